/**
 * The content script's side of the typing checks that run off the page's main thread (src/shared/engine-port.ts): one
 * port to the engine host, requests with increasing ids, replies matched back to their promises and checked for shape
 * (`isReport`) before anyone paints them.
 *
 * An optimisation only, never a condition of protection: while it is not `ready` (starting, the host refused, the
 * port closed, Firefox without offscreen documents), sessions check in the page as before, and the send guard always
 * does (session.ts `runCheck`). A failed start is tried again after `RETRY_MS`.
 */
import type { CheckContext, Fingerprint, Policy, Report, Site } from '../engine'
import { diffText, ENGINE_PORT, MAX_DOCS, isReport, wireContext, type EngineReply, type EngineRequest } from '../shared/engine-port'

/** The parts of a `runtime.Port` the client uses. */
export interface RemotePort {
  postMessage(message: unknown): void
  disconnect(): void
  onMessage: { addListener(f: (message: unknown) => void): void }
  onDisconnect: { addListener(f: () => void): void }
}

export type RemoteState = 'off' | 'starting' | 'ready' | 'failed'

export interface RemoteOptions {
  /** Ask the background to start the host; resolves true when it runs (protocol `engine-host`). */
  start(): Promise<unknown>
  /** Open a port named `ENGINE_PORT` to the host (runtime.connect); null when there is no extension API. */
  connect(name: string): RemotePort | null
  /** Told each time the state changes (the page's data-post-guard-remote attribute). */
  changed?(state: RemoteState): void
  /** Milliseconds since an origin (performance.now). */
  now?(): number
}

/** Characters an edit's fields cost on the wire beyond its inserted text: a shorter text goes whole. */
const EDIT_OVERHEAD = 48

/** How long after a failure the client may try to start the host again (ms). */
export const RETRY_MS = 10_000

type History = Array<string | Fingerprint>

export class RemoteEngine {
  private stateValue: RemoteState = 'off'
  private port: RemotePort | null = null
  private nextId = 1
  private readonly pending = new Map<number, { resolve(r: Report): void; reject(e: Error): void; length: number; request: EngineRequest }>()
  /** References of the objects sent on this port (policy, history): a new port sends them again. */
  private refs = new WeakMap<object, number>()
  private sent = new WeakSet<object>()
  /** Each composer's last text sent on this port, and the request that sent it (the base of the next edit). */
  private docs = new Map<number, { id: number; text: string }>()
  private nextRef = 1
  private failedAt = -Infinity
  private readonly o: RemoteOptions

  constructor(options: RemoteOptions) {
    this.o = options
  }

  get state(): RemoteState {
    return this.stateValue
  }

  /** Whether checks may be sent now. */
  get ready(): boolean {
    return this.stateValue === 'ready'
  }

  private set(state: RemoteState): void {
    if (state === this.stateValue) return
    this.stateValue = state
    this.o.changed?.(state)
  }

  /** Start the host and open the port, unless running, starting, or failed less than RETRY_MS ago. */
  connect(): void {
    if (this.stateValue === 'ready' || this.stateValue === 'starting') return
    const now = this.o.now?.() ?? performance.now()
    if (this.stateValue === 'failed' && now - this.failedAt < RETRY_MS) return
    this.set('starting')
    void this.o
      .start()
      .then((running) => {
        if (running !== true) return this.fail()
        const port = this.o.connect(ENGINE_PORT)
        if (!port) return this.fail()
        this.port = port
        this.refs = new WeakMap()
        this.sent = new WeakSet()
        this.docs = new Map()
        port.onMessage.addListener((m) => this.receive(port, m))
        port.onDisconnect.addListener(() => {
          if (this.port === port) this.fail()
        })
      })
      .catch(() => this.fail())
  }

  private fail(): void {
    this.port = null
    this.failedAt = this.o.now?.() ?? performance.now()
    this.set('failed')
    const waiting = [...this.pending.values()]
    this.pending.clear()
    for (const p of waiting) p.reject(new Error('engine host unavailable'))
  }

  private receive(port: RemotePort, message: unknown): void {
    if (port !== this.port || typeof message !== 'object' || message === null) return
    const m = message as Partial<EngineReply> & { id?: unknown; ready?: unknown; report?: unknown; error?: unknown }
    if (m.ready === true) {
      this.set('ready')
      return
    }
    if (typeof m.id !== 'number') return
    if (m.id === -1) {
      // The host itself failed (its worker): every check goes back to the page.
      port.disconnect()
      this.fail()
      return
    }
    const p = this.pending.get(m.id)
    if (!p) return
    this.pending.delete(m.id)
    if (m.error === 'unknown-ref' || m.error === 'unknown-base') {
      // The worker forgot our policy, history or the composer's text: send them again, whole, with this request.
      if (m.error === 'unknown-ref') this.sent = new WeakSet()
      this.docs.delete(p.request.doc)
      this.post(p.request, p)
      return
    }
    if (typeof m.error === 'string') p.reject(new Error(m.error))
    else if (isReport(m.report, p.length)) p.resolve(m.report)
    else p.reject(new Error('malformed report'))
  }

  /** The number that names `value` on this port (1, 2, …: the first object sent is 1). */
  private refOf(value: object): number {
    let ref = this.refs.get(value)
    if (ref === undefined) this.refs.set(value, (ref = this.nextRef++))
    return ref
  }

  private post(request: EngineRequest, p: { resolve(r: Report): void; reject(e: Error): void; length: number }): void {
    const port = this.port
    if (!port) return p.reject(new Error('engine host unavailable'))
    // The values go with this request; later requests name them by ref.
    const policy = request.policy.value
    const history = request.history.value
    const sent: EngineRequest = {
      ...request,
      policy: policy && this.sent.has(policy) ? { ref: request.policy.ref } : request.policy,
      history: history && this.sent.has(history) ? { ref: request.history.ref } : request.history,
    }
    // A keystroke's edit of the composer's last text instead of the text (when that is shorter).
    const text = request.text!
    const last = this.docs.get(request.doc)
    if (last) {
      const edit = diffText(last.text, text)
      if (edit.insert.length + EDIT_OVERHEAD < text.length) {
        delete sent.text
        sent.edit = { base: last.id, ...edit }
      }
    }
    this.pending.set(request.id, { ...p, request })
    try {
      port.postMessage(sent)
    } catch {
      this.pending.delete(request.id)
      this.fail()
      return p.reject(new Error('engine host unavailable'))
    }
    if (policy) this.sent.add(policy)
    if (history) this.sent.add(history)
    this.docs.set(request.doc, { id: request.id, text })
    // Bounded like the host's: the oldest composer's text is forgotten first.
    if (this.docs.size > MAX_DOCS) this.docs.delete(this.docs.keys().next().value!)
  }

  /**
   * The report on `text` under `ctx` (and as each site of `also`), from the host; `doc` numbers the composer (its next
   * text goes as an edit of this one). Rejects when the host is not ready,
   * goes away, or answers with an error or a malformed report: the caller then checks in the page.
   */
  check(text: string, ctx: CheckContext, also: readonly Site[] = [], doc = 0): Promise<Report> {
    if (!this.ready || !this.port) return Promise.reject(new Error('engine host not ready'))
    const policy = ctx.policy as Policy | undefined
    const history = ctx.history && ctx.history.length > 0 ? (ctx.history as History) : undefined
    // The values stay in the request (a resend after unknown-ref needs them); post() sends each only once per port.
    const request: EngineRequest = {
      id: this.nextId++,
      doc,
      text,
      ctx: wireContext(ctx),
      also: [...also],
      policy: policy ? { ref: this.refOf(policy), value: policy } : { ref: 0 },
      history: history ? { ref: this.refOf(history), value: history } : { ref: 0 },
    }
    return new Promise<Report>((resolve, reject) => this.post(request, { resolve, reject, length: text.length }))
  }

  /** Close the port (the page is going away, tests). */
  close(): void {
    const port = this.port
    this.port = null
    port?.disconnect()
    this.set('off')
  }
}
