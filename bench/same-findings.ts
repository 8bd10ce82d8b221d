/**
 * Differential check for speed work on the engine: every draft of the labeled and clean sets (and any JSONL files
 * given) is checked by this tree's engine (src/, through tsx) and by a reference build (`BASE_LIB`, a `lib/engine.js`
 * built from the commit before the change), and the two reports must be identical — verdict, every finding with its
 * span, message and hint, the tone score. A speed change that alters any report is not a speed change.
 *
 *   BASE_LIB=/path/to/engine.js npx tsx bench/same-findings.ts [more.jsonl …]
 *
 * Prints the number of drafts compared, the time each engine took (a rough figure, cold), and the first differences.
 * Exit status 1 when any report differs.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { check, type CheckContext, type Report } from '../src/engine'
import { contextOf, evalDir, readJsonl } from '../scripts/eval'

const ROOT = join(import.meta.dirname, '..')
const BASE = process.env.BASE_LIB
if (!BASE || !existsSync(BASE)) {
  console.error('BASE_LIB must name a built engine (lib/engine.js of the commit before the change)')
  process.exit(2)
}
const base = (await import(BASE)) as { check: (t: string, c?: CheckContext) => Report }

const files = [
  join(ROOT, 'tests/engine/data/labeled-team.jsonl'),
  join(evalDir(), 'labeled-dev.jsonl'),
  join(evalDir(), 'clean-public.jsonl'),
  ...process.argv.slice(2),
].filter((f) => existsSync(f))

let n = 0
let tNew = 0
let tBase = 0
const diffs: string[] = []
for (const f of files) {
  for (const it of readJsonl(f)) {
    const ctx = contextOf(it)
    let a = performance.now()
    const mine = JSON.stringify(check(it.text, ctx))
    tNew += performance.now() - a
    a = performance.now()
    const theirs = JSON.stringify(base.check(it.text, ctx))
    tBase += performance.now() - a
    n++
    if (mine !== theirs && diffs.length < 20) diffs.push(`${it.id ?? '?'} (${f.split('/').pop()})\n  base: ${theirs.slice(0, 600)}\n  new:  ${mine.slice(0, 600)}`)
    else if (mine !== theirs) diffs.push('')
  }
}
console.log(`${n} drafts; this tree ${(tNew / 1000).toFixed(1)} s, base ${(tBase / 1000).toFixed(1)} s (cold-ish, one pass each)`)
if (diffs.length === 0) console.log('same findings: every report is identical')
else {
  console.log(`DIFFERENT: ${diffs.length} reports differ; the first ones:`)
  for (const d of diffs.filter(Boolean).slice(0, 10)) console.log(d)
  process.exit(1)
}
