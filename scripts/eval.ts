/**
 * Accuracy gate: runs the engine on the shared evaluation sets and prints per-family recall, the
 * clean block/warn rates, and every miss and false positive.
 *
 *   npm run eval                 # summary + misses and false positives
 *   npm run eval -- --quiet      # summary only
 *   npm run eval -- --family tone
 *   npm run eval -- --set other.jsonl   # score another labeled file (reported, not gated)
 *   npm run eval -- --rules-only        # the families' rules alone, without the statistical reader (src/engine/model/)
 *   npm run eval -- --full              # the team set's (or --set's) violations checked by every family too
 *
 * Data: ../shared/eval/labeled-dev.jsonl (labeled violations and hard negatives) and
 * clean-public.jsonl (real municipal announcements), scored as in ../shared/eval/README.md: a
 * violation is caught when a finding of its family has at least `min` severity; a clean item is a
 * false positive when any finding is warn or block. The shared sets are checked as staff's drafts are (`check`, every
 * family). The team set's 30,000 labeled violations are checked by the families that decide their score only (their
 * own and those it echoes: `scoringFamilies`), its clean drafts by every family: the same verdicts at about 60 % of the
 * time; the gate checks on labeled-dev that the two ways agree.
 *
 * `npm run eval` starts Node with `--no-regexp-tier-up`: V8 compiles each pattern to machine code at once instead of
 * interpreting it first (the same matches; on the same drafts checked side by side, 3.4–3.9 ms a draft against
 * 5.0–5.6 ms with the default). Browsers keep their default, and `npm run bench` measures that.
 *
 * Exit status: 1 when a clean item of either file is blocked, when more than 5 % of either file's
 * clean items warn, or when a family's recall on labeled-dev falls below the floor in
 * `RECALL_FLOOR` (today's accepted level; raise it as the engine improves, never lower it).
 */
import { existsSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { checkWith, FAMILIES, FAMILY_LIST, SEVERITY_RANK, type CheckContext, type Family, type Report } from '../src/engine'
import type { RuleFamily } from '../src/engine/rule'
import { RULE_FAMILIES } from '../src/engine/rules'

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
 * The project's own labeled drafts (tests/engine/data/labeled-team.jsonl, 65,579: written for this project
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

/** `--rules-only`: score the rules alone (RULE_FAMILIES), to see what the statistical reader adds. Worker threads inherit process.argv. */
const RULES_ONLY = process.argv.includes('--rules-only')

/**
 * The engine's report on `item`. `scoped`: a labeled violation is checked by the families its recall is scored on
 * (`scoringFamilies`) instead of all thirteen; a clean item, and every item when `scoped` is false, by all of them.
 */
export function run(item: Item, scoped = false): Report {
  const all = RULES_ONLY ? RULE_FAMILIES : FAMILY_LIST
  const families = scoped && item.expect === 'violation' && item.family ? scoringFamilies(all, item.family) : all
  return checkWith(families, item.text, contextOf(item))
}

const scoring = new WeakMap<readonly RuleFamily[], Map<Family, readonly RuleFamily[]>>()

/**
 * The families whose findings decide whether a violation of `family` is caught: the family itself and the families
 * whose rules it echoes (rule.ts `echoes`: hostility reads decency's discriminatory findings as its own kind too), in
 * `all`'s order. A violation is caught by a finding of its own family only, and a family's findings depend on no
 * other family but those it echoes, so the scoped check catches exactly what the full one does: the gate checks that
 * on labeled-dev every run (`scopedDisagreements`). One array per family and family list, so the engine's paragraph
 * memo (kept per family list) is reused from draft to draft.
 */
export function scoringFamilies(all: readonly RuleFamily[], family: Family): readonly RuleFamily[] {
  let byFamily = scoring.get(all)
  if (!byFamily) scoring.set(all, (byFamily = new Map()))
  let list = byFamily.get(family)
  if (list) return list
  const own = all.find((f) => f.id === family)
  const sources = new Set((own?.echoes ?? []).map((rule) => rule.slice(0, rule.indexOf('/'))))
  list = all.filter((f) => f.id === family || sources.has(f.id))
  byFamily.set(family, list)
  return list
}

/** Whether `report` catches the labeled violation `item`: a finding of its family with at least its `min` severity (warn by default). */
function caught(item: Item, report: Report): boolean {
  const min = SEVERITY_RANK[item.min ?? 'warn']
  return report.findings.some((f) => f.family === item.family && SEVERITY_RANK[f.severity] >= min)
}

/** The labeled violations of `items` that the scoped check (`run(item, true)`) judges otherwise than the full one: their ids. */
export function scopedDisagreements(items: readonly Item[]): string[] {
  const out: string[] = []
  for (const item of items) {
    if (item.expect !== 'violation' || !item.family) continue
    if (caught(item, run(item)) !== caught(item, run(item, true))) out.push(item.id)
  }
  return out
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

/** An empty result, to merge chunks into. */
function emptyResult(): EvalResult {
  return { recall: {}, overall: { caught: 0, total: 0 }, clean: {}, misses: [], falsePositives: [], unfilled: [] }
}

/**
 * Score `items` of one labeled file (`file` is its name, used as the key of the clean counts and in each false
 * positive's line). Pure: the same items give the same result, in item order.
 */
export function evaluateItems(file: string, items: readonly Item[], scoped = false): EvalResult {
  const r = emptyResult()
  const c = (r.clean[file] = { total: 0, warn: 0, block: 0 })
  const short = (s: string) => (s.length > 70 ? `${s.slice(0, 70)}…` : s).replace(/\n/g, '⏎')
  for (const item of items) {
    const report = run(item, scoped)
    for (const f of report.findings) if (unfilledIn(f)) r.unfilled.push(`UNFILLED ${item.id} ${f.rule}: ${f.message} → ${f.hint ?? ''}`)
    if (item.expect === 'violation' && item.family) {
      const ok = caught(item, report)
      const fam = (r.recall[item.family] ??= { caught: 0, total: 0 })
      fam.total++
      r.overall.total++
      if (ok) {
        fam.caught++
        r.overall.caught++
      } else {
        const got = report.findings.map((f) => `${f.rule}:${f.severity}`).join(' ') || 'なし'
        r.misses.push(`MISS ${item.id} [${item.family} ≥${item.min}] ${short(item.text)}  → ${got}  （${item.why ?? ''}）`)
      }
    } else {
      c.total++
      const worst = report.verdict
      if (worst === 'block') c.block++
      if (worst === 'warn') c.warn++
      if (worst === 'block' || worst === 'warn') {
        const got = report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}「${f.excerpt}」`).join(' ')
        r.falsePositives.push(`FP   ${item.id} (${file}) ${short(item.text)}  → ${got}`)
      }
    }
  }
  return r
}

/** `b` added into `a` (counts summed, lines appended after a's): merging chunks in item order gives the whole file's result. */
function mergeInto(a: EvalResult, b: EvalResult): EvalResult {
  for (const [fam, x] of Object.entries(b.recall)) {
    const y = (a.recall[fam] ??= { caught: 0, total: 0 })
    y.caught += x.caught
    y.total += x.total
  }
  a.overall.caught += b.overall.caught
  a.overall.total += b.overall.total
  for (const [file, x] of Object.entries(b.clean)) {
    const y = (a.clean[file] ??= { total: 0, warn: 0, block: 0 })
    y.total += x.total
    y.warn += x.warn
    y.block += x.block
  }
  a.misses.push(...b.misses)
  a.falsePositives.push(...b.falsePositives)
  a.unfilled.push(...b.unfilled)
  return a
}

/** Score labeled files in this thread: their items in order, file after file. */
export function evaluate(dir = evalDir(), files = ['labeled-dev.jsonl', 'clean-public.jsonl']): EvalResult {
  const r = emptyResult()
  for (const file of files) mergeInto(r, evaluateItems(file, readJsonl(join(dir, file))))
  return r
}

/** Below this many items a file is scored in this thread: starting a worker (it loads the engine's sources) costs ~2 s. */
const PARALLEL_MIN_ITEMS = 2_000

/** How many contiguous chunks each worker scores: dealt out in turn, so each worker gets old and new rounds alike. */
const CHUNKS_PER_WORKER = 8

/**
 * Score labeled files as `evaluate` does, a large file split into contiguous chunks scored by worker threads at once
 * (one per core, at most `maxWorkers`): the same result, lines in item order. The chunks are dealt out in turn
 * (chunk j to worker j mod n), not one half each: the team set's older rounds take ~15 % longer a draft than its newer
 * ones (3.7 against 3.2 ms), and with halves one core waited on the other at the end. The team set's 59,819 drafts
 * take ~200 s in one thread; on CI's 2 cores, beside the type check and the build, two workers save about a minute.
 * `scoped`: labeled violations are checked by their scoring families only (`run`).
 * Errors: a worker that fails rejects the promise with its error.
 */
export async function evaluateParallel(
  dir = evalDir(),
  files = ['labeled-dev.jsonl', 'clean-public.jsonl'],
  maxWorkers = availableParallelism(),
  scoped = false,
): Promise<EvalResult> {
  const r = emptyResult()
  for (const file of files) {
    const items = readJsonl(join(dir, file))
    const n = items.length < PARALLEL_MIN_ITEMS ? 1 : Math.max(1, maxWorkers)
    if (n === 1) {
      mergeInto(r, evaluateItems(file, items, scoped))
      continue
    }
    const count = n * CHUNKS_PER_WORKER
    const size = Math.ceil(items.length / count)
    const chunks = Array.from({ length: count }, (_, j) => items.slice(j * size, (j + 1) * size))
    const dealt = Array.from({ length: n }, (_, w) => chunks.filter((_, j) => j % n === w))
    const answers = await Promise.all(dealt.map((mine) => inWorker(file, mine, scoped)))
    // Chunk j is answer j % n, place ⌊j / n⌋: merged back in chunk order.
    for (let j = 0; j < count; j++) mergeInto(r, answers[j % n]![Math.floor(j / n)]!)
  }
  return r
}

/** Run `evaluateItems(file, chunk)` for each chunk in a worker thread that loads this module's TypeScript through tsx: one result per chunk, in order. */
function inWorker(file: string, chunks: Item[][], scoped: boolean): Promise<EvalResult[]> {
  const self = import.meta.url
  const boot = `import('tsx/esm/api').then((api) => api.tsImport(${JSON.stringify(self)}, ${JSON.stringify(self)}))`
  return new Promise((done, fail) => {
    const w = new Worker(boot, { eval: true, workerData: { evalChunks: { file, chunks, scoped } } })
    w.once('message', (m: EvalResult[]) => {
      done(m)
      void w.terminate()
    })
    w.once('error', fail)
    w.once('exit', (code) => {
      if (code !== 0) fail(new Error(`評価のワーカーが終了コード ${code} で止まりました（${file}）`))
    })
  })
}

if (!isMainThread && (workerData as { evalChunks?: unknown } | null)?.evalChunks) {
  const { file, chunks, scoped } = (workerData as { evalChunks: { file: string; chunks: Item[][]; scoped: boolean } }).evalChunks
  parentPort!.postMessage(chunks.map((items) => evaluateItems(file, items, scoped)))
}

const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`)

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  const quiet = args.includes('--quiet')
  const only = args.includes('--family') ? args[args.indexOf('--family') + 1] : undefined
  // --set FILE: score another labeled file of the same format instead (reported, never gated).
  const set = args.includes('--set') ? resolve(args[args.indexOf('--set') + 1]!) : undefined
  // --full: check the labeled violations of the team set (or of --set) with every family, as the shared sets are.
  const scoped = !args.includes('--full')
  const r = set ? await evaluateParallel(dirname(set), [set.slice(dirname(set).length + 1)], undefined, scoped) : evaluate()
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
    const team = await evaluateParallel(dirname(TEAM_FILE), ['labeled-team.jsonl'], undefined, scoped)
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
  // The team set's violations are scored with their scoring families only: on labeled-dev, that must judge every
  // violation as the full check does (a family that starts to depend on another family's findings fails here).
  if (!set && scoped) {
    const differ = scopedDisagreements(readJsonl(join(evalDir(), 'labeled-dev.jsonl')))
    if (differ.length > 0) {
      failed = true
      lines.push(`scoped scoring differs from the full check on labeled-dev: ${differ.join(', ')}  ← 家族を絞った採点が全体の確認と食い違います（scoringFamilies を見直してください）`)
    }
  }
  lines.push(failed ? 'eval: FAILED' : 'eval: passed')
  console.log(lines.join('\n'))
  return failed ? 1 : 0
}

// A worker thread inherits process.argv: only the main thread runs the command.
if (isMainThread && process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exit(await main())
  } catch (e) {
    console.error(`eval: ${e instanceof Error ? e.message : String(e)}`)
    process.exit(2)
  }
}
