/**
 * The background's message handlers: one named handler per request type of `Protocol`, each given
 * a validated payload and the checked sender. `dispatch` validates the shape, checks who asks and
 * never lets an exception drop a reply (a context request always gets a context: the strictest one
 * when the settings cannot be read). Written against injected storage and tab-status functions so
 * tests run it without a browser.
 */
import * as v from 'valibot'
import type { AccountContext, MessageType, Problem, Protocol, Refusal, ResponseOf, TabStatus } from '../shared/protocol'
import { remainingJa } from './text'
import { incidentDetail, incidentOf, loadWorkflowSettings, readIncidents, SENT_TEXT_MAX, updateIncident } from './workflows'
import { issueText, RequestSchemas } from './schemas'
import { judgeProfile } from '../registry/impersonation'
import { matchAccount } from '../registry/model'
import { hostEntry } from '../sites/hosts'
import {
  accountContext,
  actingAccounts,
  allRecords,
  accountKey,
  appendAudit,
  combineContexts,
  contextProblems,
  emergencyUntil as emergencyInForce,
  groupRules,
  loadSettings,
  readHistory,
  recordSend,
  serialised,
  strictestContext,
  type AuditEntry,
  type StorageArea,
} from './store'

/** Who sent a message, from `runtime.MessageSender`. */
export interface SenderInfo {
  /** Extension id of the sender (undefined: the same extension in some browsers). */
  id?: string
  url?: string
  /** 0 for a tab's top frame. */
  frameId?: number
  tab?: { id?: number; url?: string }
}

export type SenderKind = 'page' | 'content' | 'other'

export interface BackgroundEnv {
  local: StorageArea
  managed: StorageArea | null
  extensionId: string
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionOrigin: string
  now: () => number
  getTabStatus: (tabId: number) => Promise<TabStatus | null>
  setTabStatus: (tabId: number, status: TabStatus) => Promise<void>
  /** Run the engine bundle (`engine.js`) in a tab's frame, in the extension's isolated world (scripting.executeScript). */
  injectEngine: (tabId: number, frameId: number) => Promise<void>
  /** Start the engine host (offscreen document) if it is not running; false where the browser has none. Throws if it cannot start. */
  ensureEngineHost: () => Promise<boolean>
  problems: ProblemLog
}

/** The problems the background knows of (one per key, newest wins, bounded). */
export class ProblemLog {
  private readonly byKey = new Map<string, Problem>()
  constructor(private readonly onChange?: (list: Problem[]) => void) {}
  add(...problems: Problem[]): void {
    if (problems.length === 0) return
    for (const p of problems) {
      this.byKey.delete(p.key)
      this.byKey.set(p.key, p)
    }
    while (this.byKey.size > 200) this.byKey.delete(this.byKey.keys().next().value!)
    this.onChange?.(this.list())
  }
  /** Forget problems of a source that a fresh read no longer finds (a fixed record). */
  replaceSource(sources: ReadonlyArray<Problem['source']>, current: Problem[]): void {
    for (const [k, p] of this.byKey) if (sources.includes(p.source)) this.byKey.delete(k)
    this.add(...current)
    this.onChange?.(this.list())
  }
  remove(match: (p: Problem) => boolean): void {
    let changed = false
    for (const [k, p] of this.byKey) {
      if (match(p)) {
        this.byKey.delete(k)
        changed = true
      }
    }
    if (changed) this.onChange?.(this.list())
  }
  restore(list: Problem[]): void {
    for (const p of list) this.byKey.set(p.key, p)
  }
  list(): Problem[] {
    return [...this.byKey.values()].sort((a, b) => b.at - a.at)
  }
}

/**
 * Who is asking. An extension page is a document of this extension: the popup (no tab), or the
 * options page, which opens in a tab of its own (the tab's top frame). The extension's pages are not
 * web-accessible, so no web page can frame one; a frame of ours inside a tab is not trusted as a page.
 * Anything else with a tab is a content script (its `url` is the web page's).
 */
export function senderKind(sender: SenderInfo, env: Pick<BackgroundEnv, 'extensionId' | 'extensionOrigin'>): SenderKind {
  if (sender.id !== undefined && sender.id !== env.extensionId) return 'other'
  const ours = typeof sender.url === 'string' && sender.url.startsWith(env.extensionOrigin)
  if (ours && (!sender.tab || sender.frameId === 0)) return 'page'
  if (sender.tab) return !ours && typeof sender.tab.id === 'number' && sender.tab.id >= 0 ? 'content' : 'other'
  return 'other'
}

/** The other sites a page posts to at once (hosts.ts `alsoCheckAs`: Meta Business Suite → Instagram). */
export function alsoSitesOf(url: string | undefined): string[] {
  try {
    return url ? [...(hostEntry(new URL(url).hostname.toLowerCase())?.alsoCheckAs ?? [])] : []
  } catch {
    return []
  }
}

/**
 * The site a content script's page belongs to, from the one host list (hosts.ts `SITE_HOSTS`, the
 * same list the manifest and `adapterFor` are built from): a listed host is its entry's site; any
 * other host is a blog (a content script runs there only for a blog an admin registered).
 */
export function siteOfUrl(url: string | undefined): 'x' | 'facebook' | 'instagram' | 'blog' | null {
  if (!url) return null
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase()
  } catch {
    return null
  }
  return hostEntry(host)?.site ?? 'blog'
}

type Payload<K extends MessageType> = Protocol[K]['request']
type Handler<K extends MessageType> = (payload: Payload<K>, sender: SenderInfo & { kind: SenderKind }) => Promise<ResponseOf<K> | Refusal>
export type Handlers = { [K in MessageType]: Handler<K> }

/** Which senders may make each request. */
const ALLOWED: Record<MessageType, readonly SenderKind[]> = {
  context: ['content', 'page'],
  status: ['content'],
  engine: ['content'],
  'engine-host': ['content'],
  profile: ['content', 'page'],
  sent: ['content'],
  'tab-status': ['page'],
  'set-emergency': ['page'],
  problems: ['page'],
  incident: ['page'],
  reported: ['page'],
}

export function createHandlers(env: BackgroundEnv): Handlers {
  const refuse = (key: string, message: string): Refusal => {
    env.problems.add({ key: `message:${key}`, source: 'message', message, at: env.now() })
    return { error: message }
  }
  return {
    async context(msg, sender) {
      if (sender.kind === 'content') {
        const site = siteOfUrl(sender.tab?.url ?? sender.url)
        if (site !== null && site !== msg.site) return refuse('context-site', `ページ（${site}）と異なるサイト（${msg.site}）のアカウント情報の問い合わせを断りました。`)
        const allowed = [msg.site, ...alsoSitesOf(sender.tab?.url ?? sender.url)]
        const other = (msg.account?.also ?? []).find((a) => !allowed.includes(a.site))
        if (other) return refuse('context-also', `このページ（${site}）からは投稿できないサイト（${other.site}）のアカウント情報の問い合わせを断りました。`)
      }
      const now = env.now()
      try {
        const settings = await loadSettings(env.local, env.managed, now)
        const historyProblems: Problem[] = []
        env.problems.replaceSource(['local', 'managed'], settings.problems)
        // A draft posted from several accounts at once (Meta Business Suite) gets the strictest of their contexts.
        const accounts = actingAccounts(msg.account)
        const contexts: AccountContext[] = []
        for (const acting of accounts.length > 0 ? accounts : [null]) {
          const history = await readHistory(env.local, accountKey(acting), now, historyProblems)
          const own = contextProblems(settings, acting, now)
          // A record whose contacts are no longer locked out has no problem any more.
          const record = matchAccount(allRecords(settings), acting)
          if (record && own.length === 0) env.problems.remove((p) => p.key === `own-contacts:${record.id}`)
          env.problems.add(...own)
          contexts.push(accountContext(settings, acting, history, now))
        }
        // Problems a fresh read no longer finds are fixed.
        if (historyProblems.length === 0) env.problems.remove((p) => p.key === 'history')
        env.problems.add(...historyProblems)
        const ctx = combineContexts(contexts)
        // Incident mode and the text-keeping setting never make a context fail.
        const incident = msg.account ? incidentOf(await readIncidents(env.local, accountKey(msg.account)).catch(() => ({}))) : undefined
        const workflow = await loadWorkflowSettings(env.local, env.managed, now).catch(() => null)
        if (workflow) {
          // A fresh read decides: fixed settings are no longer reported.
          env.problems.remove((p) => /^(local|managed):(reportRecipients|keepSentText)$/.test(p.key))
          env.problems.add(...workflow.problems)
        }
        return { ...ctx, ...(incident ? { incident } : {}), ...(workflow?.keepSentText ? { keepSentText: true } : {}) }
      } catch (e) {
        // Never drop the reply: the page gets the strictest context and the problem is shown.
        env.problems.add({ key: 'context:failed', source: 'local', message: `設定を読めなかったため、最も厳しい設定（決裁要・ガイドラインの既定）で確認しています（${e instanceof Error ? e.message : String(e)}）。`, at: now })
        return strictestContext(1)
      }
    },
    async status(msg, sender) {
      const tabId = sender.tab?.id
      if (tabId === undefined) return false
      const site = siteOfUrl(sender.tab?.url ?? sender.url)
      if (site !== null && site !== msg.status.site) return refuse('status-site', `ページ（${site}）と異なるサイト（${msg.status.site}）の状態の報告を断りました。`)
      await env.setTabStatus(tabId, msg.status)
      return true
    },
    async engine(_msg, sender) {
      const tabId = sender.tab?.id
      if (tabId === undefined) return false
      try {
        await env.injectEngine(tabId, sender.frameId ?? 0)
        env.problems.remove((p) => p.key === 'engine:inject')
        return true
      } catch (e) {
        env.problems.add({ key: 'engine:inject', source: 'message', message: `ページに確認機能を読み込めませんでした（${e instanceof Error ? e.message : String(e)}）。そのページは「保護されていません」と表示されます。`, at: env.now() })
        return refuse('engine-inject', '確認機能を読み込めませんでした。')
      }
    },
    async 'engine-host'() {
      try {
        const running = await env.ensureEngineHost()
        env.problems.remove((p) => p.key === 'engine:host')
        return running
      } catch (e) {
        // Not a protection problem: each page checks with its own engine; typing costs the page more.
        env.problems.add({ key: 'engine:host', source: 'local', message: `入力中の確認を別スレッドで動かせませんでした（${e instanceof Error ? e.message : String(e)}）。各ページで確認します（保護は変わりません）。`, at: env.now() })
        return false
      }
    },
    async profile(msg, sender) {
      if (sender.kind === 'content') {
        const site = siteOfUrl(sender.tab?.url ?? sender.url)
        if (site !== null && site !== msg.profile.site) return refuse('profile-site', `ページ（${site}）と異なるサイト（${msg.profile.site}）のプロフィールの問い合わせを断りました。`)
      }
      const settings = await loadSettings(env.local, env.managed, env.now())
      const j = judgeProfile(allRecords(settings), msg.profile)
      if (j.kind === 'registered') return { registration: j.record.status === 'retired' ? 'retired' : 'registered', impersonation: null }
      if (j.kind === 'none') return { registration: 'unregistered', impersonation: null }
      return { registration: 'unregistered', impersonation: { reasons: j.reasons, ...(j.similarTo ? { similarTo: j.similarTo.accountName } : {}) } }
    },
    async sent(msg, sender) {
      if (sender.kind === 'content') {
        const site = siteOfUrl(sender.tab?.url ?? sender.url)
        if (site !== null && site !== msg.site) return refuse('sent-site', `ページ（${site}）と異なるサイト（${msg.site}）の送信記録を断りました。`)
      }
      const now = env.now()
      const key = accountKey(msg.account)
      const outcome = msg.outcome ?? 'sent'
      const problems: Problem[] = []
      let settingsName: string | undefined
      let registration: AuditEntry['registration']
      try {
        const settings = await loadSettings(env.local, env.managed, now)
        const ctx = combineContexts(actingAccounts(msg.account).map((a) => accountContext(settings, a, [], now)))
        settingsName = ctx.accountName
        registration = ctx.registration
      } catch {
        registration = undefined
      }
      const untrusted = msg.trusted === false && msg.confirmed.length > 0
      // The text is kept only when the administrator enabled it, and only for a post that was sent.
      let text: string | undefined
      if (msg.text && outcome === 'sent') {
        const workflow = await loadWorkflowSettings(env.local, env.managed, now).catch(() => null)
        if (workflow?.keepSentText) text = msg.text.slice(0, SENT_TEXT_MAX)
      }
      const entry: AuditEntry = {
        at: now,
        kind: 'send',
        site: msg.site,
        account: key,
        ...(settingsName ? { accountName: settingsName.slice(0, 300) } : {}),
        ...(registration ? { registration } : {}),
        outcome,
        verdict: msg.verdict,
        rules: groupRules(msg.rules),
        findings: msg.rules.length,
        confirmed: untrusted ? [] : msg.confirmed,
        ...(untrusted ? { untrusted: true } : {}),
        ...(text ? { text } : {}),
      }
      // Bad history entries found while writing are dropped by the write itself (nothing left to report).
      // A draft posted from several accounts at once is in each one's history (the repetition rule asks any of them).
      const alsoKeys = actingAccounts(msg.account).slice(1).filter((a) => a.handle || a.url).map(accountKey)
      if (outcome === 'sent') for (const k of alsoKeys) await recordSend(env.local, k, msg.fingerprint, now, []).catch(() => undefined)
      if (outcome === 'sent') await recordSend(env.local, key, msg.fingerprint, now, []).catch((e: unknown) => problems.push({ key: 'history:write', source: 'history', message: `投稿の履歴を保存できませんでした（${e instanceof Error ? e.message : String(e)}）。`, at: now }))
      const written = await appendAudit(env.local, entry, now)
      if (written.problem) problems.push(written.problem)
      // A write that worked ends an earlier write failure.
      // (Deleted entries — audit:skipped, audit:quota — stay reported: people should know.)
      if (written.ok) env.problems.remove((p) => p.key === 'audit:write')
      if (outcome === 'sent' && msg.fingerprint && !problems.some((p) => p.source === 'history')) env.problems.remove((p) => p.key === 'history' || p.key === 'history:write')
      env.problems.add(...problems)
      return written.ok
    },
    async 'tab-status'(msg) {
      return env.getTabStatus(msg.tabId)
    },
    async 'set-emergency'(msg) {
      const now = env.now()
      const settings = await loadSettings(env.local, env.managed, now)
      if (settings.managed.emergencyAdminOnly) return { ok: false, error: '災害時モードは管理者だけが切り替えられる設定です。情報政策担当にご連絡ください。' }
      const until = msg.minutes === null ? null : now + msg.minutes * 60_000
      const wasOn = emergencyInForce(settings, now) !== null
      await serialised(env.local, () => env.local.set({ emergencyUntil: until }))
      const detail = msg.minutes === null ? (wasOn ? '災害時モードをオフにしました。' : '災害時モードをオフにしました（すでにオフでした）。') : `災害時モードを${remainingJa(msg.minutes)}オンにしました。`
      const written = await appendAudit(env.local, { at: now, kind: 'emergency', detail }, now)
      if (written.problem) env.problems.add(written.problem)
      return { ok: true, emergencyUntil: until }
    },
    async incident(msg) {
      const now = env.now()
      const key = accountKey(msg.account)
      const { incidents, changed } = await updateIncident(env.local, key, msg.kind, msg.action, msg.step, now)
      if (changed) {
        const settings = await loadSettings(env.local, env.managed, now).catch(() => null)
        const name = settings ? matchAccount(allRecords(settings), msg.account)?.accountName : undefined
        const written = await appendAudit(
          env.local,
          { at: now, kind: 'incident', site: msg.account.site, account: key, ...(name ? { accountName: name.slice(0, 300) } : {}), detail: incidentDetail(msg.kind, msg.action, msg.step, changed) },
          now,
        )
        if (written.problem) env.problems.add(written.problem)
      }
      return incidents
    },
    async reported(msg) {
      const now = env.now()
      const detail = msg.via === 'mail' ? '重要な書き込みの報告を、メールとして作成しました（ガイドライン4(5)）。' : '重要な書き込みの報告を、クリップボードにコピーしました（ガイドライン4(5)）。'
      const settings = msg.account ? await loadSettings(env.local, env.managed, now).catch(() => null) : null
      const name = settings ? matchAccount(allRecords(settings), msg.account)?.accountName : undefined
      const written = await appendAudit(env.local, { at: now, kind: 'report', ...(msg.account ? { site: msg.account.site, account: accountKey(msg.account) } : {}), ...(name ? { accountName: name.slice(0, 300) } : {}), detail }, now)
      if (written.problem) env.problems.add(written.problem)
      return written.ok
    },
    async problems() {
      const now = env.now()
      try {
        const settings = await loadSettings(env.local, env.managed, now)
        const workflow = await loadWorkflowSettings(env.local, env.managed, now).catch(() => null)
        env.problems.replaceSource(['local', 'managed'], [...settings.problems, ...(workflow?.problems ?? [])])
      } catch {
        // The list keeps what is known.
      }
      return env.problems.list()
    },
  }
}

function isMessageType(t: unknown, handlers: Handlers): t is MessageType {
  return typeof t === 'string' && Object.prototype.hasOwnProperty.call(handlers, t)
}

/**
 * Validate a message, check its sender and run its handler. `undefined` for messages that are not
 * ours (other listeners may answer them); a `Refusal` for a bad shape or a sender that may not ask.
 */
export function dispatch(env: BackgroundEnv, handlers: Handlers, message: unknown, sender: SenderInfo): Promise<unknown> | undefined {
  if (typeof message !== 'object' || message === null) return undefined
  const type = (message as { type?: unknown }).type
  if (!isMessageType(type, handlers)) return undefined
  const kind = senderKind(sender, env)
  const refuse = (key: string, text: string) => {
    env.problems.add({ key: `message:${key}`, source: 'message', message: text, at: env.now() })
    return Promise.resolve<Refusal>({ error: text })
  }
  if (!ALLOWED[type].includes(kind)) return refuse(`${type}:sender`, `「${type}」の要求を、許可されていない送り手（${kind === 'content' ? 'ページのスクリプト' : kind === 'page' ? '拡張機能の画面' : '不明'}）から受け取ったため断りました。`)
  const { type: _t, ...payload } = message as Record<string, unknown>
  const parsed = v.safeParse(RequestSchemas[type] as v.GenericSchema, payload)
  if (!parsed.success) {
    if (type === 'context') {
      // A context request always gets an answer: the strictest one.
      env.problems.add({ key: 'message:context:shape', source: 'message', message: `形式の正しくないアカウント情報の問い合わせに、最も厳しい設定で答えました（${issueText(parsed.issues)}）。`, at: env.now() })
      return Promise.resolve(strictestContext(1))
    }
    return refuse(`${type}:shape`, type === 'set-emergency' ? (parsed.issues[0]?.path?.[0]?.key === 'minutes' && /[ぁ-ん]/.test(parsed.issues[0].message) ? parsed.issues[0].message : '災害時モードの時間は15分から24時間の分数で指定してください') : `形式の正しくない「${type}」の要求を断りました（${issueText(parsed.issues)}）。`)
  }
  const handler = handlers[type] as Handler<MessageType>
  return handler(parsed.output as Payload<MessageType>, { ...sender, kind }).catch((e: unknown) => {
    const text = `「${type}」の処理中に問題が起きました（${e instanceof Error ? e.message : String(e)}）。`
    env.problems.add({ key: `message:${type}:failed`, source: 'message', message: text, at: env.now() })
    return type === 'context' ? strictestContext(1) : { error: text }
  })
}
