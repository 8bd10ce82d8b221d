/**
 * Post Guard rule engine: `check(text, context) → Report`.
 *
 * Pure and synchronous: no DOM, no browser API, no I/O, no clock. Same input, same report.
 * The one home of guideline knowledge (rule families in rules/, data in policy.ts).
 */
import { Doc } from './doc'
import { detached, ParagraphMemo, resplit } from './paragraphs'
import { DEFAULT_POLICY, resolveSeverity, type Policy } from './policy'
import type { DraftFinding, ParagraphContext, RuleFamily } from './rule'
import { FAMILY_LIST } from './rules'
import { tone, toneFactsOf, toneScoreOf, type ToneFacts } from './rules/tone'
import {
  SEVERITY_RANK,
  type CheckContext,
  type Confirmation,
  type Finding,
  type Report,
  type ResolvedContext,
  type Verdict,
} from './types'

export * from './types'
export { DEFAULT_POLICY, mergePolicy, resolveSeverity, WORD_LISTS, type Policy, type PartialPolicy, type WordListName } from './policy'
export { fingerprint, similarity } from './fingerprint'
export { FAMILY_LIST } from './rules'
export type { RuleFamily, DraftFinding, ParagraphContext } from './rule'
export { splitParagraphs, MAX_PARAGRAPH } from './paragraphs'

/** Longest text the engine reads; the rest is still sent, but a finding says it was not checked. */
export const MAX_CHECK_LENGTH = 200_000

export function resolveContext(ctx: CheckContext = {}): ResolvedContext {
  return {
    site: ctx.site ?? 'x',
    mode: ctx.mode ?? 'post',
    tone: ctx.tone ?? 3,
    approval: ctx.approval ?? false,
    broadcastOnly: ctx.broadcastOnly ?? true,
    emergency: ctx.emergency ?? false,
    attachments: ctx.attachments ?? [],
    history: ctx.history ?? [],
  }
}

/**
 * Check a draft. The text is checked paragraph by paragraph (paragraphs.ts); paragraph results are
 * remembered per family set, policy, site and mode, so a re-check after a keystroke re-runs only the
 * changed paragraph. The report is the same as a check with nothing remembered.
 */
export function check(text: string, context: CheckContext = {}): Report {
  return checkWith(FAMILY_LIST, text, context)
}

/** What one paragraph yields: findings (paragraph offsets, with their family's index) and each family's facts. */
interface ParagraphResult {
  /** The paragraph's text (detached: it keeps no post text alive). */
  key: string
  findings: Array<{ family: number; d: DraftFinding }>
  facts: unknown[]
  tone: ToneFacts
}

/** Paragraph memos per family set, policy and paragraph context (paragraphs.ts). */
const memos = new WeakMap<readonly RuleFamily[], WeakMap<Policy, Map<string, ParagraphMemo<ParagraphResult>>>>()

const CONTEXT_KEYS = Object.fromEntries(
  (['x', 'facebook', 'instagram', 'blog'] as const).map((site) => [site, Object.fromEntries((['post', 'reply', 'comment', 'quote'] as const).map((mode) => [mode, `${site}|${mode}`]))]),
) as Record<ParagraphContext['site'], Record<ParagraphContext['mode'], string>>

function memoFor(families: readonly RuleFamily[], policy: Policy, pctx: ParagraphContext): ParagraphMemo<ParagraphResult> {
  let byPolicy = memos.get(families)
  if (!byPolicy) memos.set(families, (byPolicy = new WeakMap()))
  let byCtx = byPolicy.get(policy)
  if (!byCtx) byPolicy.set(policy, (byCtx = new Map()))
  const key = CONTEXT_KEYS[pctx.site][pctx.mode]
  let memo = byCtx.get(key)
  if (!memo) byCtx.set(key, (memo = new ParagraphMemo()))
  return memo
}

function checkParagraph(families: readonly RuleFamily[], key: string, policy: Policy, pctx: ParagraphContext): ParagraphResult {
  const doc = new Doc(key, policy)
  const findings: ParagraphResult['findings'] = []
  const facts: unknown[] = []
  let toneFacts: ToneFacts | undefined
  let current = 0
  // One input for every family (nothing per family is allocated but what it returns).
  const input = { doc, ctx: pctx, policy, emit: (d: DraftFinding) => void findings.push({ family: current, d }) }
  for (; current < families.length; current++) {
    const family = families[current]!
    const result = family.run(input)
    facts.push(result)
    if (family === tone) toneFacts = result as ToneFacts
  }
  return { key, findings, facts, tone: toneFacts ?? toneFactsOf(doc) }
}

/** `check` with a chosen set of rule families (tests, benchmarks, and tools that run one family). */
export function checkWith(families: readonly RuleFamily[], text: string, context: CheckContext = {}): Report {
  const policy: Policy = context.policy ?? DEFAULT_POLICY
  const ctx = resolveContext(context)
  const pctx: ParagraphContext = { site: ctx.site, mode: ctx.mode }
  const checked = text.length > MAX_CHECK_LENGTH ? cutAtBoundary(text, MAX_CHECK_LENGTH) : text
  const memo = memoFor(families, policy, pctx)

  // Paragraphs unchanged since the last check keep their results without being looked up; the
  // others are looked up by text (a paragraph typed back, pasted or moved), else checked.
  const last = memo.last
  const { spans, from } = resplit(last, checked)
  memo.begin(spans.length, checked.length)
  const results: ParagraphResult[] = []
  const keys: string[] = []
  for (let p = 0; p < spans.length; p++) {
    const j = from[p]!
    let r = j >= 0 ? last!.values[j] : undefined
    if (!r) {
      const slice = checked.slice(spans[p]!.start, spans[p]!.end)
      r = memo.get(slice)
      if (!r) {
        const own = detached(slice)
        r = checkParagraph(families, own, policy, pctx)
        memo.set(own, r)
      }
    }
    results.push(r)
    keys.push(r.key)
  }
  memo.last = { text: checked, spans, keys, values: results }

  const findings: Finding[] = []
  const add = (familyIndex: number, d: DraftFinding, offset: number) => {
    const family = families[familyIndex]!
    const severity = resolveSeverity(policy, d.rule, family.id, d.severity)
    if (severity === 'off') return
    const start = d.start + offset
    const end = d.end + offset
    findings.push({
      rule: d.rule,
      family: family.id,
      clause: d.clause ?? family.clause,
      severity,
      start,
      end,
      excerpt: checked.slice(start, end),
      message: d.message,
      hint: d.hint,
    })
  }
  for (let p = 0; p < results.length; p++) {
    const offset = spans[p]!.start
    for (const f of results[p]!.findings) add(f.family, f.d, offset)
  }
  let current = 0
  const emit = (d: DraftFinding) => add(current, d, 0)
  for (; current < families.length; current++) {
    const family = families[current]!
    if (!family.post) continue
    const facts: unknown[] = []
    for (let p = 0; p < results.length; p++) facts.push(results[p]!.facts[current])
    family.post({ text: checked, facts, spans, ctx, policy, emit })
  }
  if (checked.length < text.length) {
    findings.push({
      rule: 'engine/too-long',
      family: 'engine',
      clause: '-',
      severity: 'warn',
      start: checked.length,
      end: text.length,
      excerpt: '',
      message: `本文が長すぎるため、先頭の${MAX_CHECK_LENGTH.toLocaleString('ja-JP')}文字だけを確認しました。残りは確認されていません。`,
      hint: '投稿を分けるか、残りの部分を目視で確認してください。',
    })
  }
  const merged = dedupe(findings)
  const confirmations: Confirmation[] = []
  if (ctx.approval) confirmations.push('approval')
  if (ctx.attachments.length > 0) confirmations.push('portrait')
  return { verdict: worst(merged), findings: merged, confirmations, toneScore: toneScoreOf(results.map((r) => r.tone)) }
}

function cutAtBoundary(text: string, n: number): string {
  // Never cut a surrogate pair in half.
  const c = text.charCodeAt(n - 1)
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n)
}

/** Sort by position, drop exact repeats (same rule and span), keep overlaps of different rules. */
function dedupe(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings
  findings.sort((a, b) => a.start - b.start || b.end - a.end || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])
  const seen = new Set<string>()
  const out: Finding[] = []
  for (const f of findings) {
    const key = `${f.rule}:${f.start}:${f.end}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(f)
  }
  return out
}

export function worst(findings: ReadonlyArray<{ severity: Finding['severity'] }>): Verdict {
  let v: Verdict = 'ok'
  for (const f of findings) if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[v]) v = f.severity
  return v
}
