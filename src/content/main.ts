/**
 * Content script entry, run at document_start on X, Facebook, Instagram (and on blog hosts an
 * administrator enabled). Installs the send guard first, then finds composers as the single-page
 * apps mount them, checks each independently, and reports the tab's protection status.
 */
import browser from 'webextension-polyfill'
import { DEFAULT_POLICY, fingerprint, type CheckContext } from '../engine'
import { adapterFor } from '../sites'
import type { AccountContext, ActingAccount, ComposerStatus, Request, TabStatus } from '../shared/protocol'
import { t } from '../ui/i18n'
import { installGuard } from './guard'
import { ComposerSession } from './session'
import { BANNER_CSS } from './styles'
import { ComposerWatcher } from './watcher'

declare global {
  interface Window {
    __postGuardLoaded?: boolean
  }
}

function start(): void {
  if (window.__postGuardLoaded) return
  window.__postGuardLoaded = true
  const adapter = adapterFor(location.host)
  let account: ActingAccount | null = null
  let accountCtx: AccountContext = {
    registration: 'unknown',
    tone: 3,
    approval: false,
    broadcastOnly: true,
    emergency: false,
    policy: DEFAULT_POLICY,
    history: [],
  }
  let focused: ComposerSession | null = null

  const contextFor = (editor: HTMLElement): CheckContext => ({
    site: adapter.site,
    mode: adapter.mode(editor),
    tone: accountCtx.tone,
    approval: accountCtx.approval,
    broadcastOnly: accountCtx.broadcastOnly,
    emergency: accountCtx.emergency && (accountCtx.emergencyUntil === undefined || accountCtx.emergencyUntil > Date.now()),
    attachments: adapter.attachments(editor),
    history: accountCtx.history,
    policy: accountCtx.policy,
  })

  let emergencyTimer = 0
  const send = (msg: Request): Promise<unknown> => browser.runtime.sendMessage(msg).catch(() => undefined)

  const refreshContext = async () => {
    const reply = (await send({ type: 'context', account, site: adapter.site })) as AccountContext | undefined
    if (reply && typeof reply === 'object' && 'policy' in reply) {
      accountCtx = reply
      // Re-check on the next frame, never in the middle of an IME composition.
      for (const s of watcher.sessions()) s.schedule()
      // Emergency mode ends on its own: re-check open drafts the moment it does.
      window.clearTimeout(emergencyTimer)
      if (reply.emergency && reply.emergencyUntil !== undefined) {
        emergencyTimer = window.setTimeout(() => {
          for (const s of watcher.sessions()) s.schedule()
          scheduleStatus()
        }, Math.max(0, reply.emergencyUntil - Date.now()) + 50)
      }
    }
  }

  const watcher = new ComposerWatcher(adapter, {
    context: contextFor,
    changed: (s) => {
      if (document.activeElement && s.editor.contains(document.activeElement)) focused = s
      scheduleStatus()
    },
  })

  let statusTimer = 0
  let lastStatus = ''
  const scheduleStatus = () => {
    if (statusTimer) return
    statusTimer = window.setTimeout(() => {
      statusTimer = 0
      reportStatus()
    }, 150)
  }

  const reportStatus = () => {
    const detected = adapter.account(document)
    if (JSON.stringify(detected) !== JSON.stringify(account)) {
      account = detected
      void refreshContext()
    }
    const health = watcher.health()
    document.documentElement.setAttribute('data-post-guard', health.protected ? 'protected' : 'unprotected')
    banner(health.protected ? undefined : health.reason)
    const sessions = [...watcher.sessions()]
    const current = focused && focused.connected ? focused : (sessions[sessions.length - 1] ?? null)
    let composer: ComposerStatus | null = null
    if (current) {
      const f = current.report.findings
      composer = {
        verdict: current.report.verdict,
        findings: f.length,
        block: f.filter((x) => x.severity === 'block').length,
        warn: f.filter((x) => x.severity === 'warn').length,
        info: f.filter((x) => x.severity === 'info').length,
        mode: adapter.mode(current.editor),
      }
    }
    const status: TabStatus = {
      site: adapter.site,
      url: location.origin + location.pathname,
      protected: health.protected,
      reason: health.reason,
      composers: sessions.length,
      account,
      focused: composer,
      updatedAt: 0,
    }
    const key = JSON.stringify(status)
    if (key === lastStatus) return
    lastStatus = key
    void send({ type: 'status', status: { ...status, updatedAt: Date.now() } })
  }

  let lastSent = ''
  installGuard({
    adapter,
    sessions: () => watcher.sessions(),
    sent: (session, report, confirmed) => {
      const fp = fingerprint(session.text)
      const key = `${session.text.length}:${fp?.sig.slice(0, 4).join(',')}`
      // A click and the form submit it causes are one send.
      if (key === lastSent) return
      lastSent = key
      setTimeout(() => {
        if (lastSent === key) lastSent = ''
      }, 1500)
      void send({
        type: 'sent',
        site: adapter.site,
        account,
        fingerprint: fp,
        verdict: report.verdict,
        rules: report.findings.map((f) => f.rule),
        confirmed,
      })
      if (fp) accountCtx = { ...accountCtx, history: [...accountCtx.history, fp] }
    },
  })

  // Registry, policy and history live in local/managed storage; tab statuses (session) are not ours to react to.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'local' || area === 'managed' || area === 'sync') void refreshContext()
  })
  window.addEventListener('focusin', (e) => {
    for (const s of watcher.sessions()) if (e.target instanceof Node && s.editor.contains(e.target)) focused = s
    scheduleStatus()
  }, true)

  const begin = () => {
    watcher.start()
    reportStatus()
    void refreshContext()
    // SPA navigations and late account widgets: re-evaluate status now and then (cheap).
    window.setInterval(scheduleStatus, 2000)
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin, { once: true })
  else begin()
}

let bannerHost: HTMLElement | null = null
let bannerDismissed = false
/** The visible "not protected here" notice (fail open, visibly). */
function banner(reason: string | undefined): void {
  if (!reason || bannerDismissed) {
    bannerHost?.remove()
    bannerHost = null
    return
  }
  if (bannerHost?.isConnected) return
  const host = document.createElement('post-guard-banner')
  host.setAttribute('data-post-guard-banner', 'unprotected')
  const root = host.attachShadow({ mode: 'open' })
  const style = document.createElement('style')
  style.textContent = BANNER_CSS
  const box = document.createElement('div')
  box.className = 'banner'
  box.setAttribute('role', 'status')
  const strong = document.createElement('strong')
  strong.textContent = t('bannerTitle')
  const span = document.createElement('span')
  span.textContent = t('bannerBody')
  const close = document.createElement('button')
  close.type = 'button'
  close.textContent = '×'
  close.setAttribute('aria-label', t('close'))
  close.addEventListener('click', () => {
    bannerDismissed = true
    host.remove()
  })
  box.append(strong, span, close)
  root.append(style, box)
  document.documentElement.append(host)
  bannerHost = host
}

start()
