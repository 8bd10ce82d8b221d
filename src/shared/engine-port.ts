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
import type { CheckContext, Fingerprint, Report, Site } from '../engine/types'

/** The name of the port a content script opens to the engine host. */
export const ENGINE_PORT = 'post-guard-engine'

/** Composers whose last text each side keeps per port (for the next edit): a page's open drafts; the oldest is forgotten first. */
export const MAX_DOCS = 16

/** A check context without its policy and history (they travel by reference). */
export type WireContext = Omit<CheckContext, 'policy' | 'history'>

/**
 * A value sent by reference: `ref` (≥ 1) names it on this port; `value` is present the first time it is sent (and again
 * after the host said it does not know the ref). `ref` 0 = none (the engine's default policy, an empty history).
 */
export interface WireRef<T> {
  ref: number
  value?: T
}

/**
 * A draft's text as an edit of the text sent before for the same composer (incremental sync, as LSP's
 * `textDocument/didChange`): the UTF-16 range [start, end) of the text of request `base` replaced by `insert`. A keystroke
 * in a long post sends a few characters, not the post.
 */
export interface TextEdit {
  base: number
  start: number
  end: number
  insert: string
}

/**
 * Check a draft under `ctx` with its policy and history, as each site of `also` too (checkAsWith). The draft is `text`,
 * or `edit` applied to the text the host holds for composer `doc` (the host answers `unknown-base` when it does not
 * hold the text of `edit.base`: send the whole text).
 */
export interface EngineRequest {
  /** Increasing per port; the reply carries it back. */
  id: number
  /** The composer (numbered by the content script): the host keeps its last text for the next edit. */
  doc: number
  text?: string
  edit?: TextEdit
  ctx: WireContext
  also: Site[]
  policy: WireRef<Policy>
  history: WireRef<Array<string | Fingerprint>>
}

/**
 * The host's answer: a report, or why there is none. `unknown-ref`: the host does not hold a policy or history the
 * request named (the worker restarted): send the values again; `unknown-base`: it does not hold the text an edit
 * applies to: send the whole text. Any other error: check in the page.
 * `{ ready: true }` (no id) tells a new port that the engine has loaded and checks may start.
 */
export type EngineReply = { id: number; report: Report } | { id: number; error: string } | { ready: true }

/**
 * The edit that turns `before` into `after`: their common prefix and suffix kept, the middle replaced (never splitting a
 * surrogate pair). O(length) character comparisons, no allocation but the inserted slice.
 */
export function diffText(before: string, after: string): { start: number; end: number; insert: string } {
  const max = Math.min(before.length, after.length)
  let start = 0
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++
  // Not between the halves of a surrogate pair.
  if (start > 0 && start < max && isHigh(before.charCodeAt(start - 1))) start--
  let tail = 0
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++
  if (tail > 0 && isLow(before.charCodeAt(before.length - tail))) tail--
  return { start, end: before.length - tail, insert: after.slice(start, after.length - tail) }
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff

/** `edit` applied to `text`: the range [start, end) replaced by `insert`. Throws when the range is not in the text. */
export function applyEdit(text: string, edit: { start: number; end: number; insert: string }): string {
  if (!(Number.isInteger(edit.start) && Number.isInteger(edit.end) && edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length)) throw new RangeError('edit outside the text')
  return text.slice(0, edit.start) + edit.insert + text.slice(edit.end)
}

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
