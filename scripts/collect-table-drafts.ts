/**
 * Collects the sentences of the rule families' table tests (tests/engine/rules/*.test.ts) into
 * tests/engine/data/table-drafts.jsonl, labeled by the rules alone, for the statistical reader's training
 * (scripts/train-model.ts reads it with labeled-team.jsonl).
 *
 *   npx tsx scripts/collect-table-drafts.ts
 *
 * The tables are the team's hand-written examples of each kind, above all its hard negatives: ordinary city sentences
 * with a protected group, a denial of a rumour, a password reminder…, each asserted by its test. Every string literal
 * of a table file with Japanese in it and at least 8 characters is checked by the rules alone (RULE_FAMILIES, the
 * default context), and labeled:
 * - `clean` when no rule of any family gives it a warn or a block;
 * - a violation of the table's own family (`min` its most severe finding) when that family's rules warn or block;
 * - a violation of another family (so a negative for the modelled ones) when only a family without a model flags it;
 * - left out when another modelled family flags it (its kind is not the table's).
 * Ids are `table.<FAMILY>` + the table's 400-line block + `-` + the line, so cross-validation folds keep a block together.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkWith, isBelow, type Family } from '../src/engine'
import { RULE_FAMILIES } from '../src/engine/rules'
import { MODEL_FAMILIES } from './model-families'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dir = join(root, 'tests/engine/rules')
const LITERAL = /'((?:[^'\\\n]|\\.)*)'/g
const JAPANESE = /[ぁ-んァ-ヶ一-龠]/

const out: string[] = []
const seen = new Set<string>()
let kept = 0
let dropped = 0
for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort()) {
  const family = file.replace(/(-marks)?\.test\.ts$/, '') as Family
  const tag = family.replace(/-/g, '').toUpperCase()
  const src = readFileSync(join(dir, file), 'utf8')
  // Line numbers counted forward as the literals come, in order (not by re-reading the file up to each one).
  let line = 1
  let counted = 0
  const lineAt = (i: number) => {
    for (; counted < i; counted++) if (src.charCodeAt(counted) === 10) line++
    return line
  }
  for (const m of src.matchAll(LITERAL)) {
    let text: string
    try {
      text = JSON.parse(`"${m[1]!.replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string
    } catch {
      continue
    }
    if (text.length < 8 || !JAPANESE.test(text) || text.includes('${') || seen.has(text)) continue
    seen.add(text)
    const line = lineAt(m.index!)
    const findings = checkWith(RULE_FAMILIES, text).findings.filter((f) => !isBelow(f.severity, 'warn'))
    const id = `table.${tag}${Math.floor(line / 400)}-${line}`
    let label: Record<string, string>
    if (findings.length === 0) label = { expect: 'clean' }
    else if (findings.some((f) => f.family === family)) {
      label = { expect: 'violation', family, min: findings.some((f) => f.family === family && f.severity === 'block') ? 'block' : 'warn' }
    } else if (findings.every((f) => !MODEL_FAMILIES.includes(f.family as Family))) label = { expect: 'violation', family: findings[0]!.family }
    else {
      dropped++
      continue
    }
    kept++
    out.push(JSON.stringify({ id, text, ...label, source: `tests/engine/rules/${file}:${line}` }))
  }
}
writeFileSync(join(root, 'tests/engine/data/table-drafts.jsonl'), out.join('\n') + '\n')
console.log(`${kept} drafts written, ${dropped} left out (another modelled family's kind)`)
