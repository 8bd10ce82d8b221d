/**
 * Background service worker: owns storage (registry, policy, history fingerprints, audit log),
 * answers content scripts with their account's context, keeps each tab's protection status and
 * shows it on the toolbar badge, and registers the content script on blog hosts an admin enabled.
 * It makes no network requests.
 */
import browser from 'webextension-polyfill'
import type { Request, TabStatus } from '../shared/protocol'
import { t } from '../ui/i18n'
import { accountContext, accountKey, appendAudit, loadSettings, readHistory, recordSend, type StorageArea } from './store'

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

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined => {
  const msg = message as Request
  const tabId = sender.tab?.id
  switch (msg?.type) {
    case 'context':
      return (async () => {
        const now = Date.now()
        const settings = await loadSettings(local, managed)
        const history = await readHistory(local, accountKey(msg.account), now)
        return accountContext(settings, msg.account, history, now)
      })()
    case 'status':
      if (tabId === undefined) return undefined
      return setTabStatus(tabId, msg.status).then(() => true)
    case 'sent':
      return (async () => {
        const now = Date.now()
        const key = accountKey(msg.account)
        await recordSend(local, key, msg.fingerprint, now)
        await appendAudit(local, { at: now, site: msg.site, account: key, verdict: msg.verdict, rules: msg.rules, confirmed: msg.confirmed })
        return true
      })()
    case 'tab-status':
      return tabStatus(msg.tabId)
    case 'set-emergency':
      return local.set({ emergencyUntil: msg.minutes === null ? null : Date.now() + msg.minutes * 60_000 }).then(() => true)
    default:
      return undefined
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
