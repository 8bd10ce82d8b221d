/**
 * Post Guard rule engine: `check(text, context) → Report`.
 *
 * Pure and synchronous: no DOM, no browser API, no I/O, no clock. Same input, same report.
 * The one home of guideline knowledge (rule families in rules/, data in policy.ts).
 */
import { Doc } from './doc'
import { DEFAULT_POLICY, resolveSeverity, type Policy } from './policy'
import type { DraftFinding, RuleFamily } from './rule'
import { FAMILY_LIST } from './rules'
import { toneScore } from './rules/tone'
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
export type { RuleFamily, DraftFinding } from './rule'

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

export function check(text: string, context: CheckContext = {}): Report {
  return checkWith(FAMILY_LIST, text, context)
}

/** `check` with a chosen set of rule families (tests, benchmarks, and tools that run one family). */
export function checkWith(families: readonly RuleFamily[], text: string, context: CheckContext = {}): Report {
  const policy: Policy = context.policy ?? DEFAULT_POLICY
  const ctx = resolveContext(context)
  const findings: Finding[] = []
  const checked = text.length > MAX_CHECK_LENGTH ? cutAtBoundary(text, MAX_CHECK_LENGTH) : text
  const doc = new Doc(checked, policy)
  for (const family of families) {
    const emit = (d: DraftFinding) => {
      const severity = resolveSeverity(policy, d.rule, family.id, d.severity)
      if (severity === 'off') return
      findings.push({
        rule: d.rule,
        family: family.id,
        clause: d.clause ?? family.clause,
        severity,
        start: d.start,
        end: d.end,
        excerpt: checked.slice(d.start, d.end),
        message: d.message,
        hint: d.hint,
      })
    }
    family.run({ doc, ctx, policy, emit })
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
  return { verdict: worst(merged), findings: merged, confirmations, toneScore: toneScore(doc) }
}

function cutAtBoundary(text: string, n: number): string {
  // Never cut a surrogate pair in half.
  const c = text.charCodeAt(n - 1)
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n)
}

/** Sort by position, drop exact repeats (same rule and span), keep overlaps of different rules. */
function dedupe(findings: Finding[]): Finding[] {
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
