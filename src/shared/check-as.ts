/**
 * One text checked under several sites' rules (a Meta Business Suite draft goes to Facebook and Instagram): the worst
 * of the reports, each finding once. Pure: the content script runs it with the engine injected into its frame
 * (content/decide.ts `checkAs`), the engine host's worker with its own (src/engine-host/service.ts), so both give the
 * same report for the same draft.
 */
import type { CheckContext, Confirmation, Finding, Report, Site, Verdict } from '../engine/types'

const ORDER: Verdict[] = ['ok', 'info', 'warn', 'block']

/** One report for several drafts sent together (or one draft under several sites): the worst verdict, all findings, every confirmation. */
export function worstReport(reports: readonly Report[]): Report {
  if (reports.length === 1) return reports[0]!
  let verdict: Verdict = 'ok'
  const findings: Finding[] = []
  const confirmations = new Set<Confirmation>()
  let toneScore: number | null = null
  for (const r of reports) {
    if (ORDER.indexOf(r.verdict) > ORDER.indexOf(verdict)) verdict = r.verdict
    findings.push(...r.findings)
    for (const c of r.confirmations) confirmations.add(c)
    if (r.toneScore !== null && (toneScore === null || r.toneScore < toneScore)) toneScore = r.toneScore
  }
  return { verdict, findings, confirmations: [...confirmations], toneScore }
}

/**
 * `text` checked with `check` under `ctx`, and under each site of `also` other than `ctx.site` (the same context
 * otherwise): the worst report, a finding reported by several sites once (same rule and offsets).
 */
export function checkAsWith(check: (text: string, ctx: CheckContext) => Report, text: string, ctx: CheckContext, also: readonly Site[] = []): Report {
  const first = check(text, ctx)
  if (also.length === 0) return first
  const merged = worstReport([first, ...also.filter((s) => s !== ctx.site).map((site) => check(text, { ...ctx, site }))])
  const seen = new Set<string>()
  const findings = merged.findings.filter((f) => {
    const key = `${f.rule}:${f.start}:${f.end}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return { ...merged, findings }
}
