import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLAUSES, DEFAULT_POLICY, FAMILIES, FAMILY_LIST, FAMILY_METAS, isBelow, RULES, WORD_LISTS } from '../../src/engine'

const root = join(__dirname, '../..')
const rulesDir = join(root, 'src/engine/rules')

/**
 * The source of a family: every file of its folder rules/<id>/ (index.ts the family, meta.ts its metadata, one detector per
 * file). Each file must open with a docstring saying what it catches or holds.
 */
function sourceOf(id: string): string {
  const dir = join(rulesDir, id)
  expect(existsSync(dir) && statSync(dir).isDirectory(), `src/engine/rules/${id}/ is a folder`).toBe(true)
  expect(existsSync(join(dir, 'index.ts')), `src/engine/rules/${id}/index.ts`).toBe(true)
  expect(existsSync(join(dir, 'meta.ts')), `src/engine/rules/${id}/meta.ts`).toBe(true)
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'))
  for (const f of files) {
    const head = readFileSync(join(dir, f), 'utf8').replace(/^(?:import [^\n]*\n|\s*\n)*/u, '')
    expect(head.startsWith('/**'), `src/engine/rules/${id}/${f} opens with a docstring`).toBe(true)
  }
  return files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n')
}

describe('every rule family is wired, declared, tested and documented', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')

  it.each(FAMILIES.map((f) => [f]))('%s', (id) => {
    const family = FAMILY_LIST.find((f) => f.id === id)
    expect(family, `${id} is in FAMILY_LIST (src/engine/rules/index.ts)`).toBeDefined()
    const meta = family!.meta
    // Metadata: clauses with titles, Japanese and English names, rules with templates.
    expect(meta.clauses.length).toBeGreaterThan(0)
    for (const c of meta.clauses) expect(CLAUSES[c.id as keyof typeof CLAUSES]?.title).toBe(c.title)
    expect(meta.title).toMatch(/[ぁ-んァ-ヶ一-龠]/)
    expect(meta.titleEn).toMatch(/[A-Za-z]/)
    const ids = Object.keys(meta.rules)
    expect(ids.length).toBeGreaterThan(0)
    for (const [rule, m] of Object.entries(meta.rules)) {
      expect(rule.startsWith(`${id}/`), rule).toBe(true)
      expect(m.message, rule).toMatch(/[ぁ-んァ-ヶ一-龠]/)
      expect(m.hint, rule).toMatch(/[ぁ-んァ-ヶ一-龠]/)
      expect(m.message, `${rule}: the engine appends the citation`).not.toMatch(/（ガイドライン/)
      expect(isBelow(m.severity, m.floor), `${rule}: default below its floor`).toBe(false)
    }
    // Every rule id the family's source emits is declared (and so has a message and a floor).
    const emitted = new Set([...sourceOf(id).matchAll(new RegExp(`'(${id}/[a-z0-9-]+)'`, 'g'))].map((m) => m[1]!))
    for (const rule of emitted) expect(ids, `${rule} is emitted but not declared in meta.rules`).toContain(rule)
    // A table test of its own.
    expect(existsSync(join(root, `tests/engine/rules/${id}.test.ts`)), `tests/engine/rules/${id}.test.ts`).toBe(true)
    // Its row in the README's rule-family table.
    expect(readme, `README row for ${id}`).toMatch(new RegExp(`^\\| ${id} \\|`, 'm'))
  })

  it('the rule index covers every declared rule exactly once', () => {
    const declared = FAMILY_LIST.flatMap((f) => Object.keys(f.meta.rules))
    expect(new Set(declared).size).toBe(declared.length)
    expect([...RULES.keys()].sort()).toEqual([...declared].sort())
  })

  it('every default word list comes from a family and is not empty', () => {
    for (const name of WORD_LISTS) expect(DEFAULT_POLICY.words[name].length, name).toBeGreaterThan(0)
  })

  it('FAMILY_METAS is FAMILY_LIST without the readers: same order, the same meta objects', () => {
    expect(FAMILY_METAS.map((f) => f.id)).toEqual(FAMILY_LIST.map((f) => f.id))
    for (const [i, f] of FAMILY_LIST.entries()) expect(FAMILY_METAS[i]!.meta, f.id).toBe(f.meta)
  })

  it('each family metadata module imports no reader (only clauses and types)', () => {
    for (const id of FAMILIES) {
      const file = join(rulesDir, id, 'meta.ts')
      const imports = [...readFileSync(file, 'utf8').matchAll(/^import (type )?.* from '([^']+)'$/gm)].map((m) => (m[1] ? `type ${m[2]}` : m[2]))
      expect(imports.length).toBeGreaterThan(0)
      for (const from of imports) expect(from, `${file}: ${from}`).toMatch(/^(type .*|(\.\.\/)+(clauses|types))$/)
    }
  })

  it('the background, popup and options page take the engine metadata, never its readers (engine/meta, engine/types)', () => {
    const files: string[] = []
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f)
        if (statSync(p).isDirectory()) walk(p)
        else if (/\.tsx?$/.test(f)) files.push(p)
      }
    }
    for (const d of ['background', 'options', 'popup', 'ui', 'registry', 'shared']) if (existsSync(join(root, 'src', d))) walk(join(root, 'src', d))
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      // Each value import's module (a quote ends the statement's scan: type-only imports are erased from the bundle).
      for (const m of readFileSync(file, 'utf8').matchAll(/^import (?!type )[^']*? from '([^']+)'/gm)) {
        // Any module under src/engine/ (resolved from the importing file), whatever the path spells: only meta or types.
        const target = m[1]!.startsWith('.') ? resolve(dirname(file), m[1]!) : m[1]!
        if (target.startsWith(join(root, 'src', 'engine'))) expect(m[1], `${file} imports ${m[1]}`).toMatch(/\/engine\/(meta|types)$/)
      }
    }
  })
})
