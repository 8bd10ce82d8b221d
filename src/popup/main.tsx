import { render } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import browser from 'webextension-polyfill'
import { allRecords, emergencyUntil, loadSettings, type StorageArea } from '../background/store'
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
  emergencyUntil: number | null
  emergencyAdminOnly: boolean
  problems: Problem[]
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
  return {
    status,
    context,
    record,
    emergencyUntil: emergencyUntil(settings, Date.now()),
    emergencyAdminOnly: settings.managed.emergencyAdminOnly,
    problems: mergeProblems(settings.problems, background),
  }
}

function App() {
  const [state, setState] = useState<State | null>(null)
  const [emergencyError, setEmergencyError] = useState<string | null>(null)
  const now = useNow()
  useEffect(() => {
    const refresh = () => void load().then(setState)
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
      onOpenOptions={(hash) => {
        void browser.tabs.create({ url: browser.runtime.getURL('src/options/index.html') + (hash ?? '') })
        window.close()
      }}
    />
  )
}

document.documentElement.lang = browser.i18n.getUILanguage().startsWith('ja') ? 'ja' : 'en'
render(<App />, document.getElementById('app')!)
