/**
 * The build's table of pattern needs (scripts/literal-define.ts → `__POST_GUARD_LITERALS__`): the built engine
 * takes every gated pattern's needs from it (none worked out on a page), and the table says exactly what the
 * sources work out today (a stale or partial table would skip patterns that could match).
 *
 * What the sources work out is read from a fresh Node process (scripts/literal-table.ts, as the build does):
 * unit files share one module graph per worker (`isolate: false`), so this process's own memo also holds
 * patterns that other test files built.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { patternKey } from '../../src/engine/literals'
import { ENGINE_FILES } from '../../src/shared/engine-files'

const ROOT = join(__dirname, '../..')
const LIB = join(ROOT, 'lib/engine.js')

describe('the build-time table of pattern needs', () => {
  let fresh: Record<string, readonly string[] | 0>
  beforeAll(() => {
    const json = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/literal-table.ts')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 })
    fresh = JSON.parse(json) as Record<string, readonly string[] | 0>
  }, 60_000)

  it('the built engine reads every gated pattern from its table, and the table is what the sources work out', async () => {
    expect(existsSync(LIB), 'lib/engine.js is missing: run `npm run build:lib` (npm test builds it first)').toBe(true)
    const lib = (await import(/* @vite-ignore */ LIB)) as typeof import('../../src/engine')
    expect(lib.literalStats.table).toBeGreaterThan(400)
    lib.prepare()
    lib.check('本日は市民まつりです。担当の携帯は090-1234-5678です。あいつはバカだ')
    expect(lib.literalStats.computed).toBe(0)
    expect(lib.literalStats.built).toBeGreaterThanOrEqual(lib.literalStats.table)
    expect(lib.literalTable()).toEqual(fresh)
  })

  it('the extension build carries the same table in the engine it injects, once (no pattern needs worked out on a page)', () => {
    const files = ENGINE_FILES.filter((f) => f !== 'engine-model.js').map((f) => join(ROOT, 'dist', f))
    for (const f of files) expect(existsSync(f), `${f} is missing: run \`npm run build:chrome\``).toBe(true)
    const js = files.map((f) => readFileSync(f, 'utf8'))
    for (const text of js) expect(text).not.toContain('__POST_GUARD_LITERALS__')
    const keys = Object.keys(fresh)
    // One copy of the table in all the engine's files (literals.ts is one module, in engine-lib.js: scripts/engine-split.ts).
    for (const k of keys) expect(js.filter((text) => text.includes(`"${k}":`)).length, k).toBe(1)
    // The content script that runs on every page load carries neither the engine nor its table (src/content/engine.ts).
    const main = readFileSync(join(ROOT, 'dist/src/content/main.js'), 'utf8')
    expect(keys.filter((k) => main.includes(`"${k}":`))).toEqual([])
  })

  it('keys tell sources apart by every code unit', () => {
    const base = 'あいつは(?:バカ|アホ)だ'
    const seen = new Set<string>()
    for (let i = 0; i < base.length; i++) {
      const changed = base.slice(0, i) + String.fromCharCode(base.charCodeAt(i) + 1) + base.slice(i + 1)
      seen.add(patternKey(changed))
    }
    seen.add(patternKey(base))
    expect(seen.size).toBe(base.length + 1)
    expect(patternKey(base)).toBe(patternKey(`${base}`))
  })
})
