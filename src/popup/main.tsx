import { render } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import browser from 'webextension-polyfill'
import { accountKey, allRecords, emergencyUntil, loadSettings, readAudit, type StorageArea } from '../background/store'
import { applyIncident, loadWorkflowSettings, readIncidents, recentSends, type AccountIncidents, type SendLogLine } from '../background/workflows'
import { matchAccount, type AccountRecord } from '../registry/model'
import type { AccountContext, Problem, TabStatus } from '../shared/protocol'
import { request } from '../ui/client'
import { mergeProblems } from '../ui/Problems'
import '../ui/base.css'
import './popup.css'
import { Popup, useNow } from './Popup'

const local = browser.storage.local as unknown as StorageArea
const managed = (browser.storage as unknown as { managed?: StorageArea }).managed ?? null

interface State {
  status: TabStatus | null
  context: AccountContext | null
  record: AccountRecord | null
  records: AccountRecord[]
  emergencyUntil: number | null
  emergencyAdminOnly: boolean
  problems: Problem[]
  tabId: number | undefined
  incidents: AccountIncidents
  sendLog: SendLogLine[]
  keepSentText: boolean
  reportRecipients: string[]
}

/** The tab the popup describes: the active tab, or `?tab=<id>` when the popup is opened as a page. */
async function tabId(): Promise<number | undefined> {
  const param = Number(new URLSearchParams(location.search).get('tab'))
  if (Number.isInteger(param) && param > 0) return param
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true })
  return tab?.id
}

async function load(): Promise<State> {
  const id = await tabId()
  const status = id !== undefined ? await request('tab-status', { tabId: id }).catch(() => null) : null
  const settings = await loadSettings(local, managed)
  let context: AccountContext | null = null
  let record: AccountRecord | null = null
  if (status) {
    context = await request('context', { account: status.account, site: status.site }).catch(() => null)
    record = matchAccount(allRecords(settings), status.account)
  }
  const background = await request('problems', {}).catch(() => [] as Problem[])
  const workflow = await loadWorkflowSettings(local, managed)
  const key = status?.account ? accountKey(status.account) : null
  const incidents = key ? await readIncidents(local, key) : {}
  const sendLog = key ? recentSends((await readAudit(local)).entries, key, Date.now()) : []
  return {
    tabId: id,
    incidents,
    sendLog,
    keepSentText: workflow.keepSentText,
    reportRecipients: workflow.reportRecipients,
    status,
    context,
    record,
    records: allRecords(settings),
    emergencyUntil: emergencyUntil(settings, Date.now()),
    emergencyAdminOnly: settings.managed.emergencyAdminOnly,
    problems: mergeProblems(settings.problems, workflow.problems, background),
  }
}

/** The text the person selected on the tab (every frame the extension may read; '' when none or not allowed). */
async function selectedText(tab: number | undefined): Promise<string> {
  if (tab === undefined) return ''
  const results = await browser.scripting.executeScript({ target: { tabId: tab, allFrames: true }, func: () => String(globalThis.getSelection?.() ?? '') }).catch(() => [])
  return results.map((r) => (typeof r.result === 'string' ? r.result.trim() : '')).filter(Boolean).join('\n')
}

/**
 * Checklist actions in flight: `sent` counts actions (an answer to an older one is stale), `pending` those not yet
 * answered, and `epoch` changes at each send and answer (a storage load that spans one may be stale).
 */
const incidentActions = { sent: 0, pending: 0, epoch: 0 }

function App() {
  const [state, setState] = useState<State | null>(null)
  const [emergencyError, setEmergencyError] = useState<string | null>(null)
  const now = useNow()
  useEffect(() => {
    // A load that ran while a checklist action was sent or answered may have read storage before the action's
    // write (an earlier tick's change event): it must not undo the action on screen, so the screen's checklists
    // are kept. A load begun after the last answer has read the write.
    const refresh = () => {
      const epoch = incidentActions.epoch
      void load().then((next) => setState((s) => (s && (incidentActions.epoch !== epoch || incidentActions.pending > 0) ? { ...next, incidents: s.incidents } : next)))
    }
    refresh()
    browser.storage.onChanged.addListener(refresh)
    return () => browser.storage.onChanged.removeListener(refresh)
  }, [])
  // Emergency mode ends on its own: re-render the moment it expires, not at the next 30-second tick.
  const [, expired] = useState(0)
  const until = state?.emergencyUntil ?? null
  useEffect(() => {
    if (until === null || until <= Date.now()) return
    const id = setTimeout(() => expired((n) => n + 1), until - Date.now() + 50)
    return () => clearTimeout(id)
  }, [until])
  if (!state) return null
  return (
    <Popup
      {...state}
      now={Math.max(now, Date.now())}
      emergencyError={emergencyError}
      onEmergency={(minutes) =>
        void request('set-emergency', { minutes })
          .then((r) => setEmergencyError(r.ok ? null : r.error))
          .catch((e: unknown) => setEmergencyError(e instanceof Error ? e.message : String(e)))
      }
      onIncident={(kind, action, step) => {
        const account = state.status?.account
        if (!account) return
        // Shown at once (the background applies the same pure rule); the stored result replaces it when it comes.
        incidentActions.epoch++
        incidentActions.pending++
        const mine = ++incidentActions.sent
        setState((s) => {
          if (!s) return s
          const next = applyIncident(s.incidents[kind], kind, action, step, Date.now())
          return next ? { ...s, incidents: { ...s.incidents, [kind]: next } } : s
        })
        void request('incident', { account, kind, action, ...(step ? { step } : {}) })
          // Only the answer to the latest action is shown: an earlier one's lacks the later ticks.
          .then((incidents) => setState((s) => (s && incidentActions.sent === mine ? { ...s, incidents } : s)))
          // Refused or failed: show what is stored, not the action.
          .catch(() => void load().then((next) => setState((s) => (s ? { ...s, incidents: next.incidents } : next))))
          .finally(() => {
            incidentActions.pending--
            incidentActions.epoch++
          })
      }}
      getSelection={() => selectedText(state.tabId)}
      copy={async (text) => {
        await navigator.clipboard.writeText(text)
        return true
      }}
      onReported={(via) => void request('reported', { account: state.status?.account ?? null, via }).catch(() => undefined)}
      onOpenOptions={(hash) => {
        void browser.tabs.create({ url: browser.runtime.getURL('src/options/index.html') + (hash ?? '') })
        window.close()
      }}
    />
  )
}

document.documentElement.lang = browser.i18n.getUILanguage().startsWith('ja') ? 'ja' : 'en'
render(<App />, document.getElementById('app')!)
