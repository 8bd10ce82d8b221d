/**
 * The acting account and its context (registration, tone, approval, policy, history), as the
 * background knows them. Until the background's answer for the account detected NOW arrives, the
 * STRICTEST context applies (DESIGN invariant 6): registration 'unknown' (treated as unregistered),
 * approval required, broadcast-only, the default policy. The request is retried; if no answer
 * arrives within a few seconds the page says it is not protected (statusNoContext).
 */
import type { CheckContext } from '../engine'
import type { SiteAdapter } from '../sites'
import type { AccountContext, ActingAccount, Registration, Request } from '../shared/protocol'

/** The content script's view of a context: without a policy of its own, the engine's default policy applies. */
export type ContentContext = Omit<AccountContext, 'policy'> & { policy?: AccountContext['policy'] }

export function strictContext(): ContentContext {
  // No policy: the engine checks with its DEFAULT_POLICY (the engine is not part of the content script, engine.ts).
  return { registration: 'unknown', tone: 3, approval: true, broadcastOnly: true, emergency: false, history: [] }
}

/** An answer from the background, made no laxer than the guideline allows for its registration. */
export function hardened(reply: AccountContext): AccountContext {
  // Not known to be registered → the strictest reading: approval required.
  if (reply.registration !== 'registered') return { ...reply, approval: true }
  return reply
}

function isContext(x: unknown): x is AccountContext {
  return !!x && typeof x === 'object' && 'policy' in x && 'registration' in x && typeof (x as AccountContext).tone === 'number'
}

export interface AccountStateOptions {
  adapter: SiteAdapter
  send(msg: Request): Promise<unknown>
  /** The context changed (re-check open drafts). */
  changed(): void
  signal: AbortSignal
  /** Retry interval (ms). */
  retryMs?: number
  /** How long to wait, once a question came back without an answer (no background, an error), before saying the page is not protected (ms; 3 s). */
  giveUpMs?: number
  /** How long a question still being answered may take before the page is said not to be protected (ms; 10 s): a slow answer is not a missing one. */
  overdueMs?: number
}

/** The context of an account a composer names for itself (SiteAdapter.accountFor). */
interface OwnContext {
  account: ActingAccount | null
  ctx: ContentContext
  generation: number
  /** The generation of the question whose answer `ctx` is (0: none yet, the strictest applies). */
  applied?: number
  timer: number
}

/** At most this many accounts named by composers are remembered (a page shows one or two). */
const MAX_OWN = 8

/** The lag sampler's period and the lateness it tolerates per tick before counting it (ms). */
const LAG_TICK_MS = 250
const LAG_SLACK_MS = 50

const STRICTNESS: Registration[] = ['registered', 'unregistered', 'unknown', 'retired']

export class AccountState {
  account: ActingAccount | null = null
  ctx: ContentContext = strictContext()
  /** Whether the background's answer for the current account has arrived. */
  known = false
  private askedAt = 0
  /** Whether a question since `askedAt` came back without a context (the background is unreachable or failed). */
  private failed = false
  /** How long this page's thread was busy (ms, timers running late) since `askedAt`: not the background's delay. */
  private lag = 0
  private lagLast = 0
  private lagTimer = 0
  private retryTimer = 0
  private emergencyTimer = 0
  private generation = 0
  /** The generation of the question whose answer `ctx` is. */
  private appliedGeneration = 0
  /** Contexts of the accounts composers name for themselves, by account (JSON). */
  private readonly own = new Map<string, OwnContext>()
  /**
   * The account each composer posted as while it was on the page: a flow's first editor is gone at its last
   * step (Facebook's Reel, 次へ → 投稿), and so is the placeholder that named the Page, but its draft is still
   * the Page's.
   */
  private readonly seen = new WeakMap<HTMLElement, ActingAccount | null>()

  constructor(private readonly o: AccountStateOptions) {
    o.signal.addEventListener('abort', () => {
      window.clearTimeout(this.retryTimer)
      window.clearTimeout(this.emergencyTimer)
      this.stopLag()
      for (const e of this.own.values()) window.clearTimeout(e.timer)
    })
  }

  /** The account a composer posts as: the one it names itself when the adapter can tell, else the page's. */
  accountOf(editor: HTMLElement): ActingAccount | null {
    if (!editor.isConnected && this.seen.has(editor)) return this.seen.get(editor)!
    let own: ActingAccount | null | undefined
    try {
      own = this.o.adapter.accountFor?.(editor)
    } catch {
      // The composer's own account could not be read: unknown, never the page's (another account).
      own = null
    }
    const account = own === undefined ? this.account : own
    if (editor.isConnected) this.seen.set(editor, account)
    return account
  }

  /**
   * The context that applies to a composer: the page account's, or that of the account the composer
   * names for itself, the strictest until the background's answer for it arrives.
   */
  contextOf(editor: HTMLElement): ContentContext {
    const account = this.accountOf(editor)
    const key = JSON.stringify(account)
    if (key === JSON.stringify(this.account)) return this.ctx
    let e = this.own.get(key)
    if (!e) {
      e = { account, ctx: strictContext(), generation: 0, timer: 0 }
      this.keep(key, e)
      void this.ask(key, e)
    }
    return e.ctx
  }

  /** Remember an account's context (bounded: the oldest goes first). */
  private keep(key: string, e: OwnContext): void {
    const had = this.own.get(key)
    if (had) window.clearTimeout(had.timer)
    else if (this.own.size >= MAX_OWN) {
      const [oldest, old] = this.own.entries().next().value!
      window.clearTimeout(old.timer)
      this.own.delete(oldest)
    }
    this.own.set(key, e)
  }

  /** The strictest registration of the accounts the composers of one send post as (the page's when none). */
  registrationOf(editors: readonly HTMLElement[]): Registration {
    if (editors.length === 0) return this.ctx.registration
    return editors.map((ed) => this.contextOf(ed).registration).reduce((a, b) => (STRICTNESS.indexOf(b) > STRICTNESS.indexOf(a) ? b : a))
  }

  /** Ask the background for the context of an account a composer names; retried until it answers. */
  private async ask(key: string, e: OwnContext): Promise<void> {
    const gen = ++e.generation
    window.clearTimeout(e.timer)
    const reply = await this.o.send({ type: 'context', account: e.account, site: this.o.adapter.site })
    // An answer for the same account is used even when a newer question is out (see refresh), never after a newer answer.
    if (this.o.signal.aborted || this.own.get(key) !== e || gen < (e.applied ?? 0)) return
    if (!isContext(reply)) {
      if (gen === e.generation) e.timer = window.setTimeout(() => void this.ask(key, e), this.o.retryMs ?? 1000)
      return
    }
    e.applied = gen
    e.ctx = hardened(reply)
    this.o.changed()
  }

  /**
   * The background's answer is overdue: the page cannot be called protected. Meanwhile drafts are checked with the
   * strictest context, so only a background that is gone or stuck counts: 3 s once a question came back without an
   * answer, 10 s while one is still being answered (the browser opens its managed-policy store on the first read after
   * it starts: measured 1–4 s). The time this page's own thread could not run (loading the rule engine on a slow or
   * busy computer) is not counted either: the answer waits in the page's queue meanwhile.
   */
  get missing(): boolean {
    if (this.known || this.askedAt === 0) return false
    this.sampleLag()
    const limit = this.failed ? (this.o.giveUpMs ?? 3000) : (this.o.overdueMs ?? 10_000)
    return Date.now() - this.askedAt - this.lag > limit
  }

  /** Start measuring how late this page's timers run (from the first unanswered question until an answer). */
  private watchLag(): void {
    if (this.lagTimer) return
    this.lag = 0
    this.lagLast = Date.now()
    this.lagTimer = window.setInterval(() => this.sampleLag(), LAG_TICK_MS)
  }

  /** Add the lateness since the last sample beyond one tick (and a little slack) to `lag`. */
  private sampleLag(): void {
    if (!this.lagTimer) return
    const now = Date.now()
    this.lag += Math.max(0, now - this.lagLast - LAG_TICK_MS - LAG_SLACK_MS)
    this.lagLast = now
  }

  private stopLag(): void {
    window.clearInterval(this.lagTimer)
    this.lagTimer = 0
  }

  /** The engine's context for a composer: its account's registration, tone, policy and history, its mode and attachments. */
  contextFor(editor: HTMLElement): CheckContext {
    const c = this.contextOf(editor)
    return {
      site: this.o.adapter.site,
      mode: this.o.adapter.mode(editor),
      tone: c.tone,
      approval: c.approval,
      broadcastOnly: c.broadcastOnly,
      emergency: c.emergency && (c.emergencyUntil === undefined || c.emergencyUntil > Date.now()),
      // The popup's 炎上 checklist is open for this account (6(2)): replies need confirmation.
      incident: c.incident ?? null,
      attachments: this.o.adapter.attachments(editor),
      history: c.history,
      policy: c.policy,
    }
  }

  /** Detect the acting account again; a different account drops back to the strictest context until its own arrives. */
  detect(): boolean {
    let detected: ActingAccount | null = null
    try {
      detected = this.o.adapter.account(document)
    } catch {
      detected = null
    }
    if (JSON.stringify(detected) === JSON.stringify(this.account)) return false
    // The account left keeps its answer for the drafts written as it (a flow's earlier step, judged at its last).
    if (this.known && this.account) this.keep(JSON.stringify(this.account), { account: this.account, ctx: this.ctx, generation: 0, timer: 0 })
    this.account = detected
    this.ctx = strictContext()
    this.known = false
    this.o.changed()
    void this.refresh()
    return true
  }

  /** Ask the background (again) for the current account's context; retried until it answers. */
  async refresh(): Promise<void> {
    const gen = ++this.generation
    const asked = JSON.stringify(this.account)
    // The accounts composers name for themselves are asked again too (their old answers apply meanwhile).
    for (const [key, e] of this.own) void this.ask(key, e)
    if (!this.known && this.askedAt === 0) {
      this.askedAt = Date.now()
      this.failed = false
      this.watchLag()
    }
    window.clearTimeout(this.retryTimer)
    const reply = await this.o.send({ type: 'context', account: this.account, site: this.o.adapter.site })
    // An answer for the account still acting is used even if a newer question is out (a storage change asked
    // again): on a busy machine every answer could otherwise be overtaken by the next question, and the page would
    // never learn its context. An answer older than the one applied, or for an account that left, is dropped.
    if (this.o.signal.aborted || asked !== JSON.stringify(this.account) || gen < this.appliedGeneration) return
    if (!isContext(reply)) {
      this.failed = true
      if (gen === this.generation) this.retryTimer = window.setTimeout(() => void this.refresh(), this.o.retryMs ?? 1000)
      this.o.changed()
      return
    }
    this.appliedGeneration = gen
    this.ctx = hardened(reply)
    this.known = true
    this.askedAt = 0
    this.stopLag()
    this.o.changed()
    // Emergency mode ends on its own: re-check open drafts the moment it does.
    window.clearTimeout(this.emergencyTimer)
    if (reply.emergency && reply.emergencyUntil !== undefined) {
      this.emergencyTimer = window.setTimeout(() => this.o.changed(), Math.max(0, reply.emergencyUntil - Date.now()) + 50)
    }
  }
}
