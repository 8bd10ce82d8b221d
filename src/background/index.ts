/**
 * Background service worker: owns storage (registry, policy, history fingerprints, audit log),
 * answers content scripts with their account's context, keeps each tab's protection status and
 * shows it on the toolbar badge, and registers the content script on blog hosts an admin enabled.
 * It makes no network requests.
 */
import browser from 'webextension-polyfill'
import { ENGINE_FILES } from '../shared/engine-files'
import type { Problem, TabStatus } from '../shared/protocol'
import { t } from '../ui/i18n'
import { createHandlers, dispatch, ProblemLog, type BackgroundEnv } from './messages'
import { appendAudit, describeChange, loadSettings, type StorageArea } from './store'
import { migrateStorage } from './workflows'

const local = browser.storage.local as unknown as StorageArea
const managed = (browser.storage as unknown as { managed?: StorageArea }).managed ?? null
const session = (browser.storage as unknown as { session?: StorageArea }).session ?? null

/** Tab statuses survive service-worker restarts in storage.session (memory only, never on disk). */
const statuses = new Map<number, TabStatus>()

async function tabStatus(tabId: number): Promise<TabStatus | null> {
  const cached = statuses.get(tabId)
  if (cached) return cached
  if (!session) return null
  const raw = await session.get(`tab:${tabId}`)
  return (raw[`tab:${tabId}`] as TabStatus | undefined) ?? null
}

async function setTabStatus(tabId: number, status: TabStatus): Promise<void> {
  statuses.set(tabId, status)
  await session?.set({ [`tab:${tabId}`]: status })
  await paintBadge(tabId, status)
}

async function paintBadge(tabId: number, s: TabStatus): Promise<void> {
  const action = browser.action
  if (!s.protected) {
    await action.setBadgeText({ tabId, text: '!' })
    await action.setBadgeBackgroundColor({ tabId, color: '#b45309' })
    await action.setTitle({ tabId, title: `${t('extName')}: ${t('popupUnprotected')}` })
    return
  }
  const f = s.focused
  const n = f ? f.block + f.warn : 0
  await action.setBadgeText({ tabId, text: n > 0 ? String(n) : '' })
  await action.setBadgeBackgroundColor({ tabId, color: f && f.block > 0 ? '#b91c1c' : '#b45309' })
  await action.setTitle({ tabId, title: `${t('extName')}: ${t('popupProtected')}` })
}

/** Problems survive service-worker restarts in storage.session (a full storage.local cannot hold them). */
const problems = new ProblemLog((list) => void session?.set({ problems: list }).catch(() => undefined))
void session
  ?.get('problems')
  .then((raw) => {
    if (Array.isArray(raw.problems)) problems.restore(raw.problems.filter((p): p is Problem => typeof p === 'object' && p !== null && typeof (p as Problem).key === 'string' && typeof (p as Problem).message === 'string'))
  })
  .catch(() => undefined)

/** Chrome's offscreen documents (absent in Firefox, whose pages then check with their own engine). */
interface OffscreenApi {
  createDocument(o: { url: string; reasons: string[]; justification: string }): Promise<void>
  hasDocument?(): Promise<boolean>
}
const OFFSCREEN_URL = 'src/offscreen/index.html'
let hostStarting: Promise<boolean> | null = null

/**
 * Start the engine host (src/offscreen/: the engine in a dedicated Worker) unless it runs. One at a time: tabs asking
 * together share the start. Resolves false where there are no offscreen documents; rejects when it cannot start.
 */
async function ensureEngineHost(): Promise<boolean> {
  const offscreen = (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen
  if (!offscreen) return false
  if (hostStarting) return hostStarting
  hostStarting = (async () => {
    try {
      const contexts = await (browser.runtime as unknown as { getContexts?(f: { contextTypes: string[] }): Promise<unknown[]> }).getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] })
      if (contexts && contexts.length > 0) return true
      await offscreen.createDocument({ url: OFFSCREEN_URL, reasons: ['WORKERS'], justification: '入力中の投稿の確認を、ページとは別のスレッド（Worker）で行うため' })
      return true
    } catch (e) {
      // Another start won the race: the document is there.
      if (/single offscreen|only a single/i.test(e instanceof Error ? e.message : String(e))) return true
      throw e
    } finally {
      hostStarting = null
    }
  })()
  return hostStarting
}

const env: BackgroundEnv = {
  local,
  managed,
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  now: () => Date.now(),
  getTabStatus: tabStatus,
  setTabStatus,
  // The engine's files are not web-accessible: declared for the sites' top pages (vite.engine.config.ts), else injected
  // into the frame that asked, in ENGINE_FILES's order (the reader's weights first).
  injectEngine: async (tabId, frameId) => {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ENGINE_FILES.map((f) => `/${f}`) })
  },
  ensureEngineHost,
  problems,
}
const handlers = createHandlers(env)

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined =>
  dispatch(env, handlers, message, { id: sender.id, url: sender.url, frameId: sender.frameId, tab: sender.tab ? { id: sender.tab.id, url: sender.tab.url } : undefined }),
)

/** Settings changes (registry, rules, blog sites) are written to the audit log, whoever made them. */
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return
  const now = Date.now()
  for (const key of ['registry', 'policy', 'blogHosts', 'keepSentText', 'reportRecipients'] as const) {
    const change = changes[key]
    if (!change) continue
    for (const { kind, detail } of describeChange(key, change.oldValue, change.newValue)) {
      void appendAudit(local, { at: now, kind, detail }, now).then((w) => w.problem && problems.add(w.problem))
    }
  }
})

browser.tabs.onRemoved.addListener((tabId) => {
  statuses.delete(tabId)
  void session?.set({ [`tab:${tabId}`]: null })
})

// A navigation drops the old page's status; the new page's content script reports again.
browser.tabs.onUpdated.addListener((tabId, info) => {
  if (info.status === 'loading' && info.url) {
    statuses.delete(tabId)
    void session?.set({ [`tab:${tabId}`]: null })
  }
})

/** Blog/CMS hosts an administrator enabled get the same content script (optional host permissions). */
async function syncBlogScripts(): Promise<void> {
  const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting
  if (!scripting) return
  const { blogHosts } = await loadSettings(local, null)
  const manifest = browser.runtime.getManifest()
  const file = manifest.content_scripts?.[0]?.js?.[0]
  if (!file) return
  const granted = (await browser.permissions.getAll()).origins ?? []
  const matches = blogHosts.map((h) => `https://${h}/*`).filter((m) => granted.includes(m) || granted.includes('https://*/*'))
  const existing = await scripting.getRegisteredContentScripts({ ids: ['post-guard-blogs'] }).catch(() => [])
  if (existing.length > 0) await scripting.unregisterContentScripts({ ids: ['post-guard-blogs'] })
  if (matches.length > 0) {
    await scripting.registerContentScripts([{ id: 'post-guard-blogs', matches, js: [file], runAt: 'document_start', persistAcrossSessions: true }])
  }
}

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && 'blogHosts' in changes) void syncBlogScripts()
})
browser.permissions.onAdded.addListener(() => void syncBlogScripts())
browser.permissions.onRemoved.addListener(() => void syncBlogScripts())
browser.runtime.onInstalled.addListener(() => void syncBlogScripts())

/**
 * Upgrade storage.local to the current settings format once (`settingsVersion`), when the worker
 * starts and on install/update; the second run finds the version current and writes nothing.
 */
let migration: Promise<void> | null = null
function upgradeSettings(): Promise<void> {
  migration ??= migrateStorage(local)
    .then(async (r) => {
      if (r.notes.length === 0) return
      const now = Date.now()
      const w = await appendAudit(local, { at: now, kind: 'settings', detail: r.notes.join('').slice(0, 2000) }, now)
      if (w.problem) problems.add(w.problem)
    })
    .catch((e: unknown) => {
      migration = null
      problems.add({ key: 'migration', source: 'local', message: `設定の形式を更新できませんでした（${e instanceof Error ? e.message : String(e)}）。`, at: Date.now() })
    })
  return migration
}
void upgradeSettings()
browser.runtime.onInstalled.addListener(() => void upgradeSettings())
browser.runtime.onStartup.addListener(() => void upgradeSettings())
