/**
 * The engine host's worker side: answers the typing checks of every connected content script (src/shared/engine-port.ts)
 * with the engine that `engine.js` carries. Pure message handling (no Worker API here: engine-entry.ts wires it to
 * the worker's `onmessage`/`postMessage`; tests drive it directly).
 *
 * Messages from the relay (src/offscreen/main.ts), which has validated the request and numbered the port:
 * - `{ port, request }`: check; the answer is `{ port, reply }` with the same `request.id`;
 * - `{ port, close: true }`: the content script went away: forget its policies and histories.
 *
 * A policy or history arrives once per port with its value and then by `ref` alone; the service keeps each as one
 * object, so the engine's paragraph memo (a WeakMap keyed by the policy object) is reused from keystroke to keystroke.
 * At most `MAX_REFS` of each kind are kept per port (a newer account context replaces older ones); a request that names
 * one the service does not hold is answered `unknown-ref` and the content script sends the values again. Likewise the
 * last text of each composer (`doc`, at most MAX_DOCS per port): a keystroke sends an edit of it (`edit.base` = the
 * request that brought it), answered `unknown-base` when the service does not hold that text.
 */
import type { Policy } from '../engine/policy'
import type { CheckContext, Fingerprint, Report } from '../engine/types'
import { checkAsWith } from '../shared/check-as'
import { applyEdit, MAX_DOCS, type EngineReply, type EngineRequest } from '../shared/engine-port'

/** Policies (and histories) kept per port: the account contexts a page switches between. */
export const MAX_REFS = 4

export type HostMessage = { port: number; request: EngineRequest } | { port: number; close: true }
export interface HostAnswer {
  port: number
  reply: EngineReply
}

type History = Array<string | Fingerprint>

/** A bounded map that forgets its oldest entry first. */
class Refs<T> {
  private readonly map = new Map<number, T>()
  constructor(private readonly max = MAX_REFS) {}
  get(ref: number): T | undefined {
    return this.map.get(ref)
  }
  set(ref: number, value: T): T {
    this.map.delete(ref)
    this.map.set(ref, value)
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value!)
    return value
  }
}

/**
 * A service over `check` (the engine's). `handle(message)` returns the answer to post back, or null (a close).
 * Errors of the engine itself become an `{ error }` reply: the page then checks that draft itself.
 */
export function createEngineService(check: (text: string, ctx: CheckContext) => Report): { handle(message: HostMessage): HostAnswer | null; ports(): number } {
  const ports = new Map<number, { policies: Refs<Policy>; histories: Refs<History>; docs: Refs<{ id: number; text: string }> }>()
  return {
    ports: () => ports.size,
    handle(message) {
      if ('close' in message) {
        ports.delete(message.port)
        return null
      }
      const { port, request } = message
      let state = ports.get(port)
      if (!state) ports.set(port, (state = { policies: new Refs(), histories: new Refs(), docs: new Refs(MAX_DOCS) }))
      // The draft: sent whole, or an edit of the composer's text this service holds.
      let text: string
      if (request.text !== undefined) text = request.text
      else {
        const held = state.docs.get(request.doc)
        if (!request.edit || !held || held.id !== request.edit.base) return { port, reply: { id: request.id, error: 'unknown-base' } }
        try {
          text = applyEdit(held.text, request.edit)
        } catch {
          return { port, reply: { id: request.id, error: 'unknown-base' } }
        }
      }
      state.docs.set(request.doc, { id: request.id, text })
      const resolve = <T>(refs: Refs<T>, r: EngineRequest['policy'] | EngineRequest['history']): T | undefined | 'unknown' => {
        if (r.ref === 0) return undefined
        if (r.value !== undefined) return refs.set(r.ref, r.value as T)
        return refs.get(r.ref) ?? 'unknown'
      }
      const policy = resolve(state.policies, request.policy)
      const history = resolve(state.histories, request.history)
      if (policy === 'unknown' || history === 'unknown') return { port, reply: { id: request.id, error: 'unknown-ref' } }
      const ctx: CheckContext = { ...request.ctx, ...(policy ? { policy } : {}), ...(history ? { history } : {}) }
      try {
        return { port, reply: { id: request.id, report: checkAsWith(check, text, ctx, request.also) } }
      } catch (e) {
        return { port, reply: { id: request.id, error: e instanceof Error ? e.message : String(e) } }
      }
    },
  }
}
