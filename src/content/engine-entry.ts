/**
 * The engine bundle (`engine.js`, built by vite.engine.config.ts beside the manifest), used two ways:
 * - in a page, in the content script's isolated world (engine.ts: declared in the manifest for the sites' top pages, or
 *   injected by the background into a frame that asks): it hands over the engine through one global and calls the
 *   content script's arrival hook; the page never sees either. The send guard checks with it, synchronously;
 * - loaded as a dedicated Worker by the engine host (src/offscreen/main.ts): it answers the typing checks of every tab
 *   there (src/engine-host/service.ts), off the pages' main threads. It says `{ ready: true }` once its patterns are
 *   prepared.
 */
import { check, fingerprint, prepare } from '../engine'
import { createEngineService, type HostMessage } from '../engine-host/service'
import { ENGINE_ARRIVED, ENGINE_GLOBAL, type EngineApi } from './engine'

const api: EngineApi = { check, fingerprint, prepare }
Object.defineProperty(globalThis, ENGINE_GLOBAL, { value: api, configurable: true, enumerable: false, writable: false })
// The content script takes it now (its drafts are checked again) rather than at its next look.
const arrived = (globalThis as Record<string, unknown>)[ENGINE_ARRIVED]
if (typeof arrived === 'function') (arrived as () => void)()

interface WorkerScope {
  onmessage: ((e: MessageEvent<HostMessage>) => void) | null
  postMessage(message: unknown): void
}
const G = globalThis as unknown as { WorkerGlobalScope?: abstract new () => unknown }
if (typeof G.WorkerGlobalScope === 'function' && globalThis instanceof G.WorkerGlobalScope) {
  const scope = globalThis as unknown as WorkerScope
  const service = createEngineService(check)
  scope.onmessage = (e) => {
    const answer = service.handle(e.data)
    if (answer) scope.postMessage(answer)
  }
  prepare()
  scope.postMessage({ ready: true })
}
