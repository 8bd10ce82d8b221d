/**
 * What a send gesture may do, from the reports of every draft it would send and the acting
 * account's registration. No DOM, no browser API (unit-tested in tests/content/decide.test.ts); the
 * engine is the one the content script loaded (engine.ts).
 */
import type { CheckContext, Report, Site } from '../engine'
import { checkAsWith, worstReport } from '../shared/check-as'
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

export { worstReport }

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
  return checkAsWith(e.check, text, ctx, also)
}
