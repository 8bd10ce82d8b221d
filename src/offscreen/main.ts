/**
 * The engine host (Chrome: an offscreen document the background creates on the first content script's request,
 * reason WORKERS). It runs the engine (`engine.js`) in one dedicated Worker and relays the typing checks of every
 * tab's content scripts to it over their `ENGINE_PORT` ports (src/shared/engine-port.ts). The checks then run in
 * neither the pages' main threads nor this document's.
 *
 * Every request is validated (`EngineRequestSchema`) before it reaches the worker; a bad one is answered with an
 * error, which makes that page check the draft itself. Only content scripts (a sender with a tab) may connect.
 * If the worker fails, every port is told (`error`) and closed (the pages check themselves and connect again later) and a
 * new worker is started, at most MAX_RESTARTS times.
 */
import * as v from 'valibot'
import type Browser from 'webextension-polyfill'
import { EngineRequestSchema, issueText } from '../background/schemas'
import type { HostAnswer, HostMessage } from '../engine-host/service'
import { ENGINE_PORT, type EngineReply, type EngineRequest } from '../shared/engine-port'

type Port = Browser.Runtime.Port
const runtime = (globalThis as unknown as { chrome: { runtime: Pick<Browser.Runtime.Static, 'onConnect' | 'getURL'> } }).chrome.runtime

/** Times the worker may be started again after it failed, before the host gives up (pages then check themselves). */
const MAX_RESTARTS = 3
let restarts = 0
let ready = false
let broken = false
let nextPort = 0
const ports = new Map<number, Port>()

function send(port: Port, reply: EngineReply): void {
  try {
    port.postMessage(reply)
  } catch {
    // The page went away between its request and the answer.
  }
}

function startWorker(): Worker {
  const w = new Worker(runtime.getURL('engine.js'))
  w.onmessage = (e: MessageEvent<HostAnswer | { ready: true }>) => {
    const data = e.data
    if ('ready' in data) {
      ready = true
      for (const port of ports.values()) send(port, { ready: true })
      document.documentElement.dataset.engine = 'ready'
      return
    }
    const port = ports.get(data.port)
    if (port) send(port, data.reply)
  }
  // An error the worker did not catch (the engine's own errors are replies): every connected page is told and goes
  // back to checking itself (its client retries later); a new worker is started, a few times at most.
  w.onerror = (e) => {
    e.preventDefault()
    w.terminate()
    ready = false
    for (const port of ports.values()) {
      send(port, { id: -1, error: `engine worker: ${e.message}` })
      port.disconnect()
    }
    ports.clear()
    if (++restarts > MAX_RESTARTS) {
      broken = true
      document.documentElement.dataset.engine = 'failed'
      return
    }
    document.documentElement.dataset.engine = 'restarting'
    worker = startWorker()
  }
  return w
}

let worker = startWorker()

runtime.onConnect.addListener((port: Port) => {
  if (port.name !== ENGINE_PORT) return
  // Content scripts only: extension pages check with the engine they bundle.
  if (broken || !port.sender?.tab) {
    port.disconnect()
    return
  }
  const key = ++nextPort
  ports.set(key, port)
  if (ready) send(port, { ready: true })
  port.onMessage.addListener((message: unknown) => {
    const parsed = v.safeParse(EngineRequestSchema, message)
    if (!parsed.success) {
      const id = typeof (message as { id?: unknown } | null)?.id === 'number' ? (message as { id: number }).id : -1
      send(port, { id, error: `bad request: ${issueText(parsed.issues)}` })
      return
    }
    worker.postMessage({ port: key, request: parsed.output as EngineRequest } satisfies HostMessage)
  })
  port.onDisconnect.addListener(() => {
    ports.delete(key)
    worker.postMessage({ port: key, close: true } satisfies HostMessage)
  })
})
