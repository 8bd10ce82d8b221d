/**
 * Trains the statistical reader (src/engine/model/) on the team's labeled drafts and writes src/engine/model/weights.ts.
 *
 *   npm run train                      # train, choose thresholds, write weights.ts, print the out-of-fold figures
 *   npm run train -- --folds 5         # number of cross-validation folds (default 5)
 *   npm run train -- --curve           # also print each family's out-of-fold recall and clean flags at every threshold
 *   npm run train -- --hold R321C,KD [--miss ids.txt]
 *                                      # measure only: train without these sets, score them (at the thresholds chosen
 *                                      # without them) and write nothing; --miss: a file of ids (the rules' misses at
 *                                      # first sight) to count what the reader adds
 *
 * Per family of MODEL_FAMILIES: a logistic regression over hashed character n-grams (features.ts), trained by Adagrad
 * with a fixed seed (the same data gives the same file). Its thresholds come from out-of-fold scores: the labeled sets
 * (the id's prefix, e.g. R321C) are dealt into folds, each fold scored by a model trained on the others, so every
 * draft is scored by a model that never saw its set. `warnAt` is the least probability of WARN_GRID at which the clean
 * drafts flagged stay within WARN_FP (the team's and the tables' shares, each); `blockAt` (families of BLOCKING only)
 * the least of BLOCK_GRID within BLOCK_FP, or none. Both must also lie above every score the shipped model (its quantised
 * weights) gives the team's own clean drafts, so the reader never flags a clean draft it was trained on.
 * Input: tests/engine/data/labeled-team.jsonl and table-drafts.jsonl (their SHA-256 go into the file;
 * tests/engine/model.test.ts fails when the data changed and the weights were not trained again). Takes about two minutes on 2 cores.
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { BUCKETS, MAX_N, NORM_FLOOR, postFeatures } from '../src/engine/model/features'
import { encodeWeights, type CvFigures, type FamilyWeights, type ModelFile } from '../src/engine/model/format'
import type { Family } from '../src/engine/types'
import { MODEL_FAMILIES } from './model-families'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
/** The labeled drafts: the team's (written blind to the engine) and the rule tables' (scripts/collect-table-drafts.ts). */
const DATA = ['tests/engine/data/labeled-team.jsonl', 'tests/engine/data/table-drafts.jsonl']
/** Families whose violations the guideline makes critical: the reader may block them, at a stricter threshold. */
const BLOCKING: ReadonlySet<Family> = new Set(['personal-info', 'confidential', 'security', 'hostility', 'decency'])
/**
 * Largest shares of clean drafts a threshold may flag out of fold: of the team's drafts (ordinary posts) and of the
 * rule tables' (hard negatives: the sentences that once fooled a rule). `warn`: 0.01 % and 0.3 %; `block`: none of
 * the team's and 0.02 % of the tables'.
 */
const WARN_FP = { team: 0.0001, tables: 0.003 }
const BLOCK_FP = { team: 0, tables: 0.0002 }
const WARN_GRID = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97]
const BLOCK_GRID = [0.97, 0.98, 0.99]
/**
 * Passes over the data. Measured with `--hold` on the two waves R329C–R332M, KI, KJ and R333S–R336D, KK, KL (288 held-out
 * violations of the modelled families, 352 clean drafts): 3 epochs caught 117, 6 caught 126, 10 caught 136, 15 caught 138,
 * 20 caught 139, each flagging none of the clean drafts; 15 is where it levels off, at about 2½ times the training time of 6.
 */
const EPOCHS = 15
const RATE = 0.2
const L2 = 1e-6

interface Item { id: string; text: string; expect: string; family?: string; min?: string }

/** The labeled set a draft belongs to: its id's prefix (R321C-004 → R321C, table.DECENCY12-4871 → table.DECENCY12). */
const setOf = (it: Item) => it.id.split('-')[0]!

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Logistic regression by Adagrad over the rows `rows` of `X` (features), labels `y` (0/1). */
export function fit(X: readonly Uint16Array[], y: Uint8Array, rows: readonly number[]): { w: Float64Array; b: number } {
  const w = new Float64Array(BUCKETS)
  const g2 = new Float64Array(BUCKETS).fill(1e-8)
  let b = 0
  let gb = 1e-8
  const order = rows.slice()
  const rnd = mulberry32(7)
  for (let e = 0; e < EPOCHS; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1))
      const t = order[i]!
      order[i] = order[j]!
      order[j] = t
    }
    for (const r of order) {
      const f = X[r]!
      const v = 1 / Math.sqrt(Math.max(f.length, NORM_FLOOR))
      let z = b
      for (let k = 0; k < f.length; k++) z += w[f[k]!]! * v
      const d = 1 / (1 + Math.exp(-z)) - y[r]!
      for (let k = 0; k < f.length; k++) {
        const i = f[k]!
        const g = d * v + L2 * w[i]!
        g2[i]! += g * g
        w[i]! -= (RATE * g) / Math.sqrt(g2[i]!)
      }
      gb += d * d
      b -= (RATE * d) / Math.sqrt(gb)
    }
  }
  return { w, b }
}

export function prob(m: { w: Float64Array; b: number }, f: Uint16Array): number {
  const v = 1 / Math.sqrt(Math.max(f.length, NORM_FLOOR))
  let z = m.b
  for (let k = 0; k < f.length; k++) z += m.w[f[k]!]! * v
  return 1 / (1 + Math.exp(-z))
}

function figures(t: number, oof: Float64Array, y: Uint8Array, clean: Uint8Array, only?: Uint8Array): CvFigures {
  let tp = 0, pos = 0, fp = 0, neg = 0
  for (let i = 0; i < oof.length; i++) {
    if (only && !only[i]) continue
    if (y[i]) { pos++; if (oof[i]! >= t) tp++ }
    else if (clean[i]) { neg++; if (oof[i]! >= t) fp++ }
  }
  return { threshold: t, recall: pos ? tp / pos : 0, cleanFlagged: fp, clean: neg }
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

function main(): void {
  const args = process.argv.slice(2)
  const folds = Number(option(args, '--folds') ?? 5) || 5
  const hold = new Set((option(args, '--hold') ?? '').split(',').filter(Boolean))
  const missFile = option(args, '--miss')
  const miss = missFile ? new Set(readFileSync(missFile, 'utf8').split(/\s+/).filter(Boolean)) : null
  const raws = DATA.map((f) => readFileSync(join(root, f)))
  const every: Item[] = raws.flatMap((raw) => raw.toString('utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Item))
  const items = every.filter((it) => !hold.has(setOf(it)))
  const held = every.filter((it) => hold.has(setOf(it)))
  if (hold.size > 0 && held.length === 0) throw new Error(`--hold: no draft of ${[...hold].join(', ')} in ${DATA.join(', ')}`)
  const t0 = Date.now()
  const X = items.map((it) => Uint16Array.from(postFeatures(it.text)))
  const clean = Uint8Array.from(items, (it) => (it.expect === 'clean' ? 1 : 0))
  const tables = Uint8Array.from(items, (it) => (it.id.startsWith('table.') ? 1 : 0))
  const team = tables.map((v) => 1 - v)
  const sets = [...new Set(items.map(setOf))].sort()
  const foldOfSet = new Map(sets.map((s, i) => [s, i % folds]))
  const fold = items.map((it) => foldOfSet.get(setOf(it))!)
  console.log(`${items.length} drafts (${sets.length} sets) read in ${Date.now() - t0} ms; ${folds} folds`)
  const out: ModelFile = {
    buckets: BUCKETS,
    maxN: MAX_N,
    normFloor: NORM_FLOOR,
    data: { files: DATA, sha256: DATA.map((_, i) => createHash('sha256').update(raws[i]!).digest('hex')), items: items.length },
    families: {},
  }
  const all = items.map((_, i) => i)
  for (const family of MODEL_FAMILIES) {
    const y = Uint8Array.from(items, (it) => (it.expect === 'violation' && it.family === family ? 1 : 0))
    const oof = new Float64Array(items.length)
    for (let k = 0; k < folds; k++) {
      const m = fit(X, y, all.filter((i) => fold[i] !== k))
      for (let i = 0; i < items.length; i++) if (fold[i] === k) oof[i] = prob(m, X[i]!)
    }
    if (args.includes('--curve')) {
      for (const t of [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99]) {
        const a = figures(t, oof, y, clean, team), b = figures(t, oof, y, clean, tables)
        console.log(`  ${family} ≥${t}: team recall ${(100 * a.recall).toFixed(1)} % clean ${a.cleanFlagged}/${a.clean} | tables recall ${(100 * b.recall).toFixed(1)} % clean ${b.cleanFlagged}/${b.clean}`)
      }
    }
    const within = (t: number, budget: { team: number; tables: number }) => {
      const a = figures(t, oof, y, clean, team)
      const b = figures(t, oof, y, clean, tables)
      return a.cleanFlagged <= budget.team * a.clean && b.cleanFlagged <= budget.tables * b.clean
    }
    const m = fit(X, y, all)
    let max = 0
    for (const v of m.w) max = Math.max(max, Math.abs(v))
    const scale = max / 127 || 1
    const q = Int8Array.from(m.w, (v) => Math.max(-127, Math.min(127, Math.round(v / scale))))
    // The shipped model (quantised weights) on the team's own clean drafts: a threshold must not flag any of them. They
    // are ordinary posts it was trained on; a warning on one would be a false positive the eval already knows.
    const shipped = { w: Float64Array.from(q, (v) => v * scale), b: m.b }
    let cleanTop = 0
    for (let i = 0; i < items.length; i++) if (clean[i] && team[i]) cleanTop = Math.max(cleanTop, prob(shipped, X[i]!))
    const warnAt = WARN_GRID.find((t) => t > cleanTop && within(t, WARN_FP)) ?? 0.99
    const blockAt = BLOCKING.has(family) ? (BLOCK_GRID.find((t) => t > cleanTop && within(t, BLOCK_FP)) ?? null) : null
    const warn = figures(warnAt, oof, y, clean)
    const block = blockAt === null ? null : figures(blockAt, oof, y, clean)
    if (hold.size > 0) {
      // Measure only: the held sets, scored by a model that never saw them, at the thresholds chosen without them.
      let pos = 0, caught = 0, added = 0, cleanN = 0, flagged = 0
      for (const it of held) {
        const p = prob(m, Uint16Array.from(postFeatures(it.text)))
        const sev = block && p >= block.threshold ? 2 : p >= warn.threshold ? 1 : 0
        if (it.expect === 'clean') {
          cleanN++
          if (sev > 0) flagged++
        } else if (it.family === family) {
          pos++
          const ok = sev >= (it.min === 'block' ? 2 : 1)
          if (ok) caught++
          if (ok && miss?.has(it.id)) added++
        }
      }
      console.log(`${family.padEnd(13)} held out: caught ${caught}/${pos}${miss ? `, of the rules' misses ${added}` : ''}; clean flagged ${flagged}/${cleanN}`)
      continue
    }
    const fw: FamilyWeights = { bias: m.b, scale, warnAt: warn.threshold, blockAt: block?.threshold ?? null, cv: { warn, block }, weights: encodeWeights(q) }
    out.families[family] = fw
    const pct = (f: CvFigures) => `≥${f.threshold}: recall ${(100 * f.recall).toFixed(1)} %, clean flagged ${f.cleanFlagged}/${f.clean}`
    console.log(`${family.padEnd(13)} warn ${pct(warn)}${block ? ` | block ${pct(block)}` : ''}  (${Date.now() - t0} ms)`)
    for (const [name, mask] of [['team', team], ['tables', tables]] as const) {
      console.log(`  ${name.padEnd(6)} warn ${pct(figures(warn.threshold, oof, y, clean, mask))}${block ? ` | block ${pct(figures(block.threshold, oof, y, clean, mask))}` : ''}`)
    }
  }
  if (hold.size > 0) return
  const header = `/**
 * GENERATED by scripts/train-model.ts (npm run train) — do not edit. The statistical reader's weights (model/format.ts),
 * trained on ${DATA.join(' and ')} (${items.length} drafts). Out-of-fold figures per family are in \`cv\`.
 */
import type { ModelFile } from './format'

export const MODEL: ModelFile = `
  writeFileSync(join(root, 'src/engine/model/weights.ts'), header + JSON.stringify(out, null, 1) + '\n')
  console.log(`wrote src/engine/model/weights.ts in ${Date.now() - t0} ms`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
