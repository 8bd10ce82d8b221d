/**
 * What a send gesture may do, from the reports of every draft it would send and the acting
 * account's registration. No DOM, no browser API (unit-tested in tests/content/decide.test.ts); the
 * engine is the one the content script loaded (engine.ts).
 */
import type { CheckContext, Confirmation, Finding, Report, Site, Verdict } from '../engine'
import { engine, engineFailed, loadEngine, pendingReport, uncheckedReport } from './engine'
import type { Registration } from '../shared/protocol'

/** Why the account itself needs attention: retired accounts may not post; unregistered (or unknown) ones must confirm. */
export type AccountNotice = 'retired' | 'unregistered'

export interface Decision {
  /** pass: send untouched; confirm: ask (trusted input) first; block: refuse, keep the drafts. */
  kind: 'pass' | 'confirm' | 'block'
  /** The worst of the reports (findings of all drafts, confirmations of all). */
  report: Report
  account?: AccountNotice
}

const ORDER: Verdict[] = ['ok', 'info', 'warn', 'block']

/** One report for several drafts sent together: the worst verdict, all findings, every confirmation. */
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
 * The gesture's fate. A retired account never posts. A block finding in any draft refuses the send.
 * An account that is not known to be registered ('unregistered', or 'unknown' while the background's
 * answer is missing) always asks, and so do warnings and required confirmations (決裁, 肖像権).
 */
export function decide(reports: readonly Report[], registration: Registration): Decision {
  const report = worstReport(reports.length > 0 ? reports : [{ verdict: 'ok', findings: [], confirmations: [], toneScore: null }])
  if (registration === 'retired') return { kind: 'block', report, account: 'retired' }
  if (report.verdict === 'block') return { kind: 'block', report }
  const unregistered = registration === 'unregistered' || registration === 'unknown'
  if (unregistered) return { kind: 'confirm', report, account: 'unregistered' }
  if (report.verdict === 'warn' || report.confirmations.length > 0) return { kind: 'confirm', report }
  return { kind: 'pass', report }
}

/**
 * One text checked under several sites' rules (a Meta Business Suite draft goes to Facebook and
 * Instagram): the worst of the reports, each finding once. Before the engine is loaded: `pendingReport`
 * (a block) and the engine is asked for; if it could not be loaded, `uncheckedReport` (a warning).
 */
export function checkAs(text: string, ctx: CheckContext, also: readonly Site[] = []): Report {
  const e = engine()
  if (!e) {
    if (engineFailed()) return uncheckedReport()
    void loadEngine()
    return pendingReport()
  }
  const check = e.check
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
