/**
 * The statistical reader: a second opinion for the families whose violations are said in more ways than rules can
 * list (model/weights.ts names them). For each such family, a logistic regression over hashed character n-grams
 * (features.ts), trained on the team's labeled drafts (scripts/train-model.ts), gives P(this post is a violation of the
 * family). At or above the family's `warnAt` the post gets a `<family>/model` finding (`block` at or above `blockAt`),
 * on the sentences whose n-grams weigh most towards the family; it is emitted only when the family's own rules found
 * nothing as severe on the post (a rule's finding names the fault better). The reader never lowers a rule's finding.
 *
 * It fits the engine's paragraph memo: `run` reads one paragraph (its n-gram weight sum, count and heaviest sentence,
 * for every modelled family at once, cached per Doc), `post` adds up the paragraphs' evidence without reading text.
 */
import { toSource } from '../text'
import type { Doc } from '../doc'
import type { DraftFinding, PostInput, RuleFamily, RuleInput } from '../rule'
import { SEVERITY_RANK, type Family, type Severity } from '../types'
import { BUCKETS, MAX_N, NORM_FLOOR, featureText, forEachGram } from './features'
import { decodeWeights, type FamilyModel } from './format'
import { MODEL } from './weights'

if (MODEL.buckets !== BUCKETS || MODEL.maxN !== MAX_N || MODEL.normFloor !== NORM_FLOOR) {
  throw new Error(`model/weights.ts was trained for ${MODEL.buckets} buckets, n ≤ ${MODEL.maxN}, norm floor ${MODEL.normFloor}; features.ts has ${BUCKETS}, ${MAX_N}, ${NORM_FLOOR}: run npm run train`)
}

/** The modelled families, in the weights file's order. */
export const MODELS: readonly FamilyModel[] = Object.entries(MODEL.families).map(([family, w]) => ({
  family: family as Family,
  bias: w!.bias,
  scale: w!.scale,
  warnAt: w!.warnAt,
  blockAt: w!.blockAt,
  q: decodeWeights(w!.weights, MODEL.buckets),
}))

/** One paragraph's evidence for one family. */
export interface Evidence {
  /** Σ q over the paragraph's distinct buckets. */
  sum: number
  /** Number of distinct buckets. */
  count: number
  /**
   * Where the paragraph weighs towards the family (paragraph offsets, UTF-16): the heaviest sentence, widened to every
   * sentence that weighs at least half as much, and the heaviest sentence's weight; null when no sentence weighs for it.
   */
  best: { start: number; end: number; sum: number } | null
}

const SENTENCE_END = /[。!?！？\n]/
/** A sentence weighing at least this share of the heaviest one is marked with it. */
const SPAN_SHARE = 0.5
const stamp = new Uint32Array(BUCKETS)
let generation = 0
const caches = new WeakMap<readonly FamilyModel[], WeakMap<Doc, Evidence[]>>()

/** Every model's evidence in a paragraph (index = index in `models`); computed once per Doc and model set. */
export function evidenceOf(doc: Doc, models: readonly FamilyModel[] = MODELS): Evidence[] {
  let cache = caches.get(models)
  if (!cache) caches.set(models, (cache = new WeakMap()))
  let ev = cache.get(doc)
  if (ev) return ev
  const view = doc.folded
  const text = featureText(view.text)
  const F = models.length
  const sum = new Float64Array(F)
  const cur = new Float64Array(F)
  // Each sentence's bounds (pairs of feature-text offsets) and its weight sum for every family (F per sentence).
  const bounds: number[] = []
  const sums: number[] = []
  let count = 0
  if (++generation === 0xffffffff) {
    stamp.fill(0)
    generation = 1
  }
  const gen = generation
  let sStart = 0
  let sEnd = sentenceEnd(text, 0)
  const close = () => {
    bounds.push(sStart, sEnd)
    for (let f = 0; f < F; f++) {
      sums.push(cur[f]!)
      cur[f] = 0
    }
  }
  forEachGram(text, (b, start) => {
    while (start >= sEnd) {
      close()
      sStart = sEnd
      sEnd = sentenceEnd(text, sEnd)
    }
    if (stamp[b] === gen) return
    stamp[b] = gen
    count++
    for (let f = 0; f < F; f++) {
      const w = models[f]!.q[b]!
      sum[f]! += w
      cur[f]! += w
    }
  })
  close()
  const sentences = bounds.length / 2
  ev = models.map((_, f) => {
    let top = -1
    for (let k = 0; k < sentences; k++) if (sums[k * F + f]! > 0 && (top < 0 || sums[k * F + f]! > sums[top * F + f]!)) top = k
    if (top < 0) return { sum: sum[f]!, count, best: null }
    // The sentences that weigh at least half as much as the heaviest: the span from the first of them to the last (a jab
    // often takes two sentences: いつも同じ時間に来られる方が多いようです。少しは工夫してみてはいかがでしょうか。).
    const least = sums[top * F + f]! * SPAN_SHARE
    let first = top
    let last = top
    for (let k = 0; k < sentences; k++) {
      if (sums[k * F + f]! < least) continue
      first = Math.min(first, k)
      last = Math.max(last, k)
    }
    let a = bounds[2 * first]!
    let z = bounds[2 * last + 1]!
    while (a < z && /\s/.test(text[a]!)) a++
    while (z > a && /\s/.test(text[z - 1]!)) z--
    if (z <= a) return { sum: sum[f]!, count, best: null }
    const s = toSource(view, a, z)
    return { sum: sum[f]!, count, best: { start: s.start, end: s.end, sum: sums[top * F + f]! } }
  })
  cache.set(doc, ev)
  return ev
}

/** The end (exclusive) of the sentence that starts at `from`: after its 。!? or line break, or the text's end. */
function sentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (SENTENCE_END.test(text[i]!)) return i + 1
  return text.length
}

/** P(violation) of a post from its paragraphs' evidence (logistic, format.ts). */
export function probability(model: FamilyModel, evidence: ReadonlyArray<Evidence>): number {
  let sum = 0
  let count = 0
  for (const e of evidence) {
    sum += e.sum
    count += e.count
  }
  const z = model.bias + (model.scale * sum) / Math.sqrt(Math.max(count, NORM_FLOOR))
  return 1 / (1 + Math.exp(-z))
}

/** The facts of a family read by the model as well: its own facts, the paragraph's evidence, the rank of its most severe own finding. */
interface ModelFacts<F> {
  own: F
  evidence: Evidence
  rank: number
}

/**
 * `family` with the statistical reader added (or `family` itself when the weights have no model for it). Its meta must
 * declare `<id>/model`. Facts, `post` and `summarise` of the family see its own facts, unchanged.
 */
export function withModel<F>(family: RuleFamily<F>, models: readonly FamilyModel[] = MODELS): RuleFamily<F> {
  const index = models.findIndex((m) => m.family === family.id)
  if (index < 0) return family
  const model = models[index]!
  const rule = `${family.id}/model`
  if (!family.meta.rules[rule]) throw new Error(`${family.id}: meta.rules has no ${rule}`)
  const rankOf = (d: DraftFinding) => SEVERITY_RANK[d.severity ?? family.meta.rules[d.rule]?.severity ?? 'info']
  const wrapped: RuleFamily<ModelFacts<F>> = {
    id: family.id,
    meta: family.meta,
    run(input: RuleInput): ModelFacts<F> {
      let rank = 0
      const emit = (d: DraftFinding) => {
        rank = Math.max(rank, rankOf(d))
        input.emit(d)
      }
      const own = family.run({ doc: input.doc, ctx: input.ctx, policy: input.policy, emit })
      return { own, evidence: evidenceOf(input.doc, models)[index]!, rank }
    },
    post(input: PostInput<ModelFacts<F>>): void {
      let rank = 0
      for (const f of input.facts) rank = Math.max(rank, f.rank)
      if (family.post) {
        family.post({
          ...input,
          facts: input.facts.map((f) => f.own),
          emit: (d) => {
            rank = Math.max(rank, rankOf(d))
            input.emit(d)
          },
        })
      }
      const p = probability(model, input.facts.map((f) => f.evidence))
      const severity: Severity | null = model.blockAt !== null && p >= model.blockAt ? 'block' : p >= model.warnAt ? 'warn' : null
      if (severity === null || SEVERITY_RANK[severity] <= rank) return
      let at = -1
      for (let i = 0; i < input.facts.length; i++) {
        const b = input.facts[i]!.evidence.best
        if (b && (at < 0 || b.sum > input.facts[at]!.evidence.best!.sum)) at = i
      }
      if (at < 0) return
      const best = input.facts[at]!.evidence.best!
      const offset = input.spans[at]!.start
      input.emit({ rule, start: offset + best.start, end: offset + best.end, severity, data: { confidence: Math.round(p * 100) } })
    },
  }
  if (family.summarise) {
    const summarise = family.summarise
    wrapped.summarise = (facts) => summarise(facts.map((f) => f.own))
  }
  if (family.echo) {
    wrapped.echo = family.echo
    wrapped.echoes = family.echoes
  }
  return wrapped as unknown as RuleFamily<F>
}
