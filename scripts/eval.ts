/**
 * Accuracy gate: runs the engine on the shared evaluation sets and prints per-family recall, the
 * clean block/warn rates, and every miss and false positive.
 *
 *   npm run eval                 # summary + misses and false positives
 *   npm run eval -- --quiet      # summary only
 *   npm run eval -- --family tone
 *   npm run eval -- --set other.jsonl   # score another labeled file (reported, not gated)
 *
 * Data: ../shared/eval/labeled-dev.jsonl (labeled violations and hard negatives) and
 * clean-public.jsonl (real municipal announcements), scored as in ../shared/eval/README.md: a
 * violation is caught when a finding of its family has at least `min` severity; a clean item is a
 * false positive when any finding is warn or block.
 *
 * Exit status: 1 when a clean item of either file is blocked, when more than 5 % of either file's
 * clean items warn, or when a family's recall on labeled-dev falls below the floor in
 * `RECALL_FLOOR` (today's accepted level; raise it as the engine improves, never lower it).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { check, FAMILIES, SEVERITY_RANK, type CheckContext, type Family, type Report } from '../src/engine'

/** Per-family recall (%) on labeled-dev that must not be lost. */
export const RECALL_FLOOR: Partial<Record<Family, number>> = {
  'personal-info': 100,
  confidential: 100,
  security: 100,
  unofficial: 100,
  masking: 100,
  repetition: 100,
  hostility: 100,
  decency: 100,
  rebuttal: 100,
  reply: 100,
  link: 100,
  quotation: 100,
  tone: 100,
}
/**
 * The project's own labeled drafts (tests/engine/data/labeled-team.jsonl, 58,019: written for this project
 * by people who had not seen the engine, scored blind once, then kept as a regression set): overall
 * recall must stay at or above this, and its clean items are held to the same rule as the shared ones.
 * The floor is the recall after the last rounds were added (97.2 %, their remaining misses included: three
 * decency-only sets of implicit prejudice joined at 84–85 % and a hostility-only set of indirect hostility at
 * 63 %), rounded down to the half point: changes may only raise it; a new round of harder drafts may set it anew,
 * as its recall on joining.
 */
export const TEAM_RECALL_FLOOR = 97.0

/** At most this share of clean items may warn. */
const MAX_WARN_RATE = 0.05

const here = dirname(fileURLToPath(import.meta.url))
const TEAM_FILE = resolve(here, '../tests/engine/data/labeled-team.jsonl')

/** Where the shared evaluation data is: $POST_GUARD_EVAL, else ../shared/eval beside the repository. */
export function evalDir(): string {
  const candidates = [process.env.POST_GUARD_EVAL, resolve(here, '../../shared/eval'), resolve(here, '../shared/eval')].filter((x): x is string => !!x)
  for (const c of candidates) if (existsSync(join(c, 'labeled-dev.jsonl'))) return c
  throw new Error(`評価データが見つかりません（../shared/eval）。POST_GUARD_EVAL で場所を指定してください。探した場所: ${candidates.join(', ')}`)
}

export interface Item {
  id: string
  text: string
  site?: CheckContext['site']
  mode?: CheckContext['mode']
  tone?: CheckContext['tone']
  broadcastOnly?: boolean
  emergency?: boolean
  attachments?: CheckContext['attachments']
  history?: string[]
  expect?: 'violation' | 'clean'
  family?: Family | null
  min?: 'warn' | 'block' | null
  why?: string
}

export function readJsonl(path: string): Item[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as Item)
}

/** The engine's context for a labeled draft (its site, mode, registered tone, account flags, attachments, history). */
export function contextOf(item: Item): CheckContext {
  return {
    site: item.site,
    mode: item.mode,
    tone: item.tone,
    broadcastOnly: item.broadcastOnly,
    emergency: item.emergency,
    attachments: item.attachments,
    history: item.history,
  }
}

export function run(item: Item): Report {
  return check(item.text, contextOf(item))
}

export interface EvalResult {
  recall: Record<string, { caught: number; total: number }>
  overall: { caught: number; total: number }
  clean: Record<string, { total: number; warn: number; block: number }>
  misses: string[]
  falsePositives: string[]
  /** Findings whose message or hint still shows a `{placeholder}` its rule did not fill (the draft's own text aside). */
  unfilled: string[]
}

const UNFILLED = /\{[A-Za-z]\w*\}/u

/** The message and hint of a finding with the draft's excerpt taken out: a `{name}` left there is a template its rule did not fill. */
function unfilledIn(f: Report['findings'][number]): boolean {
  const strip = (s: string | undefined) => (s === undefined ? '' : f.excerpt ? s.split(f.excerpt).join('') : s)
  return UNFILLED.test(strip(f.message)) || UNFILLED.test(strip(f.hint))
}

export function evaluate(dir = evalDir(), files = ['labeled-dev.jsonl', 'clean-public.jsonl']): EvalResult {
  const recall: EvalResult['recall'] = {}
  const clean: EvalResult['clean'] = {}
  const misses: string[] = []
  const falsePositives: string[] = []
  const unfilled: string[] = []
  let caught = 0
  let total = 0
  const short = (s: string) => (s.length > 70 ? `${s.slice(0, 70)}…` : s).replace(/\n/g, '⏎')
  for (const file of files) {
    const c = (clean[file] = { total: 0, warn: 0, block: 0 })
    for (const item of readJsonl(join(dir, file))) {
      const report = run(item)
      for (const f of report.findings) if (unfilledIn(f)) unfilled.push(`UNFILLED ${item.id} ${f.rule}: ${f.message} → ${f.hint ?? ''}`)
      if (item.expect === 'violation' && item.family) {
        const min = SEVERITY_RANK[item.min ?? 'warn']
        const ok = report.findings.some((f) => f.family === item.family && SEVERITY_RANK[f.severity] >= min)
        const r = (recall[item.family] ??= { caught: 0, total: 0 })
        r.total++
        total++
        if (ok) {
          r.caught++
          caught++
        } else {
          const got = report.findings.map((f) => `${f.rule}:${f.severity}`).join(' ') || 'なし'
          misses.push(`MISS ${item.id} [${item.family} ≥${item.min}] ${short(item.text)}  → ${got}  （${item.why ?? ''}）`)
        }
      } else {
        c.total++
        const worst = report.verdict
        if (worst === 'block') c.block++
        if (worst === 'warn') c.warn++
        if (worst === 'block' || worst === 'warn') {
          const got = report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}「${f.excerpt}」`).join(' ')
          falsePositives.push(`FP   ${item.id} (${file}) ${short(item.text)}  → ${got}`)
        }
      }
    }
  }
  return { recall, overall: { caught, total }, clean, misses, falsePositives, unfilled }
}

const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`)

function main(): number {
  const args = process.argv.slice(2)
  const quiet = args.includes('--quiet')
  const only = args.includes('--family') ? args[args.indexOf('--family') + 1] : undefined
  // --set FILE: score another labeled file of the same format instead (reported, never gated).
  const set = args.includes('--set') ? resolve(args[args.indexOf('--set') + 1]!) : undefined
  const r = set ? evaluate(dirname(set), [set.slice(dirname(set).length + 1)]) : evaluate()
  const lines: string[] = []
  if (!quiet) {
    for (const m of r.misses) if (!only || m.includes(`[${only} `)) lines.push(m)
    for (const f of r.falsePositives) if (!only || f.includes(`${only}/`)) lines.push(f)
    lines.push('')
  }
  lines.push('family            recall')
  let failed = false
  for (const fam of FAMILIES) {
    const x = r.recall[fam]
    if (!x) continue
    const floor = RECALL_FLOOR[fam]
    const value = (100 * x.caught) / x.total
    const low = !set && floor !== undefined && value < floor
    if (low) failed = true
    lines.push(`${fam.padEnd(18)}${pct(x.caught, x.total).padStart(7)}  (${x.caught}/${x.total})${low ? `  ← 下限 ${floor}% を下回りました` : ''}`)
  }
  lines.push(`${'overall'.padEnd(18)}${pct(r.overall.caught, r.overall.total).padStart(7)}  (${r.overall.caught}/${r.overall.total})`)
  for (const [file, c] of Object.entries(r.clean)) {
    const bad = !set && (c.block > 0 || c.warn > c.total * MAX_WARN_RATE)
    if (bad) failed = true
    lines.push(`clean ${file}: block ${c.block}/${c.total} (${pct(c.block, c.total)}), warn ${c.warn}/${c.total} (${pct(c.warn, c.total)})${bad ? '  ← 基準（送信不可 0件、要確認 5%以下）を満たしていません' : ''}`)
  }
  if (!set && existsSync(TEAM_FILE)) {
    const team = evaluate(dirname(TEAM_FILE), ['labeled-team.jsonl'])
    const value = (100 * team.overall.caught) / team.overall.total
    const low = value < TEAM_RECALL_FLOOR
    const c = team.clean['labeled-team.jsonl']!
    const bad = c.block > 0 || c.warn > c.total * MAX_WARN_RATE
    if (low || bad) failed = true
    if (!quiet) for (const m of [...team.misses, ...team.falsePositives]) lines.push(m)
    r.unfilled.push(...team.unfilled)
    lines.push(`team labeled-team.jsonl: recall ${pct(team.overall.caught, team.overall.total)} (${team.overall.caught}/${team.overall.total})${low ? `  ← 下限 ${TEAM_RECALL_FLOOR}% を下回りました` : ''}; clean block ${c.block}/${c.total}, warn ${c.warn}/${c.total}${bad ? '  ← 基準（送信不可 0件、要確認 5%以下）を満たしていません' : ''}`)
  }
  // Every finding's message and hint are filled from its rule's data: a `{placeholder}` shown to staff fails the gate.
  if (r.unfilled.length > 0) {
    failed = true
    for (const u of r.unfilled.slice(0, 20)) lines.push(u)
    lines.push(`unfilled placeholders: ${r.unfilled.length} findings  ← メッセージに埋まっていない {…} があります`)
  }
  lines.push(failed ? 'eval: FAILED' : 'eval: passed')
  console.log(lines.join('\n'))
  return failed ? 1 : 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exit(main())
  } catch (e) {
    console.error(`eval: ${e instanceof Error ? e.message : String(e)}`)
    process.exit(2)
  }
}
