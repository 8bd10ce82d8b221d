/**
 * The typing checks' protocol: a content script asks the engine host (an offscreen document of the extension, which
 * runs the engine in a dedicated Worker: src/offscreen/) to check a draft, over one long-lived `runtime.connect` port
 * named `ENGINE_PORT`. The page's main thread then pays only for reading the editor and painting the marks, not for
 * the check itself (issue #12: ≤ 2 ms per keystroke). A send is never judged through this port: the send guard checks
 * synchronously with the engine injected into the frame (content/engine.ts, DESIGN invariant "never miss a send").
 *
 * Wire format, content script → host: `EngineRequest`; host → content script: `EngineReply`. The policy and the
 * account history (large, and the same for every keystroke) travel once per port: a request names them by a number
 * (`policy.ref`, `history.ref`) and carries their value only the first time (`value`); the worker keeps each value
 * as one object, so the engine's paragraph memo (keyed by the policy object) stays warm across keystrokes.
 *
 * The host validates every request (src/background/schemas.ts `EngineRequestSchema`); the content script checks the
 * shape of every report (`isReport`) before it paints anything.
 */
import type { Policy } from '../engine/policy'
import type { Attachment, CheckContext, Fingerprint, Mode, Report, Site, ToneLevel } from '../engine/types'

/** The name of the port a content script opens to the engine host. */
export const ENGINE_PORT = 'post-guard-engine'

/** A check context without its policy and history (they travel by reference). */
export interface WireContext {
  site?: Site
  mode?: Mode
  tone?: ToneLevel
  approval?: boolean
  broadcastOnly?: boolean
  emergency?: boolean
  incident?: 'flaming' | null
  attachments?: Attachment[]
}

/**
 * A value sent by reference: `ref` (≥ 1) names it on this port; `value` is present the first time it is sent (and again
 * after the host said it does not know the ref). `ref` 0 = none (the engine's default policy, an empty history).
 */
export interface WireRef<T> {
  ref: number
  value?: T
}

/** Check `text` under `ctx` with its policy and history, as each site of `also` too (checkAsWith). */
export interface EngineRequest {
  /** Increasing per port; the reply carries it back. */
  id: number
  text: string
  ctx: WireContext
  also: Site[]
  policy: WireRef<Policy>
  history: WireRef<Array<string | Fingerprint>>
}

/**
 * The host's answer: a report, or why there is none. `unknown-ref`: the host does not hold a policy or history the
 * request named (the worker restarted): send the values again. Any other error: check in the page.
 * `{ ready: true }` (no id) tells a new port that the engine has loaded and checks may start.
 */
export type EngineReply = { id: number; report: Report } | { id: number; error: string } | { ready: true }

/** The request's context without its policy and history. */
export function wireContext(ctx: CheckContext): WireContext {
  const { policy: _p, history: _h, ...rest } = ctx
  return rest
}

const VERDICTS = new Set(['ok', 'info', 'warn', 'block'])
const SEVERITIES = new Set(['info', 'warn', 'block'])

/**
 * Whether `x` has the shape of a report on a text of `length` characters: a verdict, findings with their rule, severity,
 * message and offsets inside the text (spans too), confirmations and the tone score. Cheap (no schema library in the
 * content script): it runs for every reply while staff type.
 */
export function isReport(x: unknown, length: number): x is Report {
  if (typeof x !== 'object' || x === null) return false
  const r = x as Partial<Report>
  if (typeof r.verdict !== 'string' || !VERDICTS.has(r.verdict)) return false
  if (!Array.isArray(r.findings) || !Array.isArray(r.confirmations)) return false
  if (r.toneScore !== null && typeof r.toneScore !== 'number') return false
  const inText = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= length
  for (const f of r.findings as unknown[]) {
    if (typeof f !== 'object' || f === null) return false
    const g = f as Record<string, unknown>
    if (typeof g.rule !== 'string' || typeof g.message !== 'string' || typeof g.severity !== 'string' || !SEVERITIES.has(g.severity)) return false
    if (!inText(g.start) || !inText(g.end) || g.end < g.start) return false
    if (g.spans !== undefined && (!Array.isArray(g.spans) || !g.spans.every((s) => Array.isArray(s) && s.length === 2 && inText(s[0]) && inText(s[1]) && s[1] >= s[0]))) return false
  }
  return r.confirmations.every((c) => c === 'approval' || c === 'portrait')
}
