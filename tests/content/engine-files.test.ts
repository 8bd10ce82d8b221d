/**
 * The engine as a page runs it: several files (src/shared/engine-files.ts), cut by scripts/engine-split.ts so that none
 * passes 5 MB and each module is in one file. The built files are run in order in a fresh JavaScript realm, as a
 * content script's isolated world runs them, and must give the same findings as the engine from the sources.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runInNewContext, createContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { check } from '../../src/engine'
import { ENGINE_FILES, ENGINE_PACKS } from '../../src/shared/engine-files'
import { LIB_GLOBAL, engineSplit, importsOf, packGlobal } from '../../scripts/engine-split'
import type { EngineApi } from '../../src/content/engine'

const ROOT = join(__dirname, '../..')
const DIST = join(ROOT, 'dist')
const built = ENGINE_FILES.every((f) => existsSync(join(DIST, f)))

describe('the engine split into files', () => {
  it('shares every module a pack needs, and no pack file', () => {
    const split = engineSplit(ROOT, ENGINE_PACKS)
    const rel = split.shared.map((p) => p.slice(ROOT.length + 1))
    // The literal gates of every family share one pass: gate.ts and literals.ts are one module, in engine-lib.js.
    expect(rel).toEqual(expect.arrayContaining(['src/engine/gate.ts', 'src/engine/literals.ts', 'src/engine/words.ts', 'src/engine/text.ts']))
    for (const p of split.packs) {
      expect(split.shared).not.toContain(p.file)
      // Closed: what a shared module imports is shared too.
    }
    for (const s of split.shared) for (const dep of importsOf(s)) expect(split.shared, `${s} → ${dep}`).toContain(dep)
    expect(split.packs.map((p) => p.fileName)).toEqual(ENGINE_PACKS.map((f) => `engine-${f}.js`))
    expect(ENGINE_FILES.at(-1)).toBe('engine.js')
  })

  it('reads value imports, not type imports or comments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-split-'))
    for (const n of ['a', 'b', 'c', 'd', 'e']) writeFileSync(join(dir, `${n}.ts`), 'export const x = 1\n')
    writeFileSync(
      join(dir, 'main.ts'),
      [
        "import { x } from './a'",
        "import type { X } from './b'",
        ' * import { y } from \'./c\' (an example in a comment)',
        "import {\n  x as z,\n  type Y,\n} from './d'",
        "export { x as w } from './e'",
      ].join('\n'),
    )
    expect(importsOf(join(dir, 'main.ts')).map((p) => p.slice(dir.length + 1))).toEqual(['a.ts', 'd.ts', 'e.ts'])
    writeFileSync(join(dir, 'bad.ts'), "import { x } from './missing'\n")
    expect(() => importsOf(join(dir, 'bad.ts'))).toThrow(/cannot resolve/)
  })

  it.skipIf(!built)('the built files, run in order in one realm, give the engine the sources give', () => {
    const sizes = ENGINE_FILES.map((f) => readFileSync(join(DIST, f)).length)
    for (const s of sizes) expect(s).toBeLessThan(5 * 1024 * 1024)
    // What a content script's isolated world has besides the language's own globals.
    const realm = createContext({ TextDecoder, TextEncoder, URL, atob, btoa, console, performance, queueMicrotask, setTimeout, clearTimeout })
    for (const f of ENGINE_FILES) runInNewContext(readFileSync(join(DIST, f), 'utf8'), realm, { filename: f })
    const g = runInNewContext('globalThis', realm) as Record<string, unknown>
    expect(typeof g[LIB_GLOBAL]).toBe('object')
    for (const family of ENGINE_PACKS) expect(typeof g[packGlobal(family)]).toBe('object')
    const api = g.__postGuardEngine as EngineApi
    api.prepare()
    for (const text of ['あいつはバカだ。消えろ', '外人はお断りです', 'この資料は部外秘です。担当の携帯は090-1234-5678です', '本日は地震で連絡が取れず、ご迷惑をおかけしました。']) {
      const strip = (r: ReturnType<typeof check>) => r.findings.map((f) => [f.rule, f.severity, f.start, f.end])
      expect(strip(api.check(text) as ReturnType<typeof check>), text).toEqual(strip(check(text)))
    }
    expect((api.check('あいつはバカだ。消えろ') as ReturnType<typeof check>).findings.some((f) => f.rule.startsWith('hostility/'))).toBe(true)
    expect((api.check('外人はお断りです') as ReturnType<typeof check>).findings.some((f) => f.rule.startsWith('decency/'))).toBe(true)
  })

  it.skipIf(!built)('a pack run before the shared modules says what is missing', () => {
    const realm = createContext({})
    expect(() => runInNewContext(readFileSync(join(DIST, `engine-${ENGINE_PACKS[0]}.js`), 'utf8'), realm)).toThrow(/engine-lib\.js must run before/)
  })
})
