/**
 * Content script entry, run at document_start on X, Facebook, Instagram (the hosts of
 * src/sites/hosts.ts) and on blog hosts an administrator enabled. Installs the send guard first,
 * then finds composers as the single-page apps mount them, checks each, and reports the tab's
 * protection status. Each job lives in its own module; every listener and timer hangs off one
 * AbortController.
 */
import { adapterFor } from '../sites'
import { hostEntry } from '../sites/hosts'
import type { Request } from '../shared/protocol'
import { AccountState } from './context'
import { checkAs } from './decide'
import { engine, listenForEngine, loadEngine, onEngine, setDeclaredEngine, setEngineLoader } from './engine'
import { isNode } from './frames'
import { contentApi } from './runtime'
import { installGuard } from './guard'
import { installHover } from './hover'
import { ProfileMonitor } from './profile'
import { RemoteEngine, type RemotePort } from './remote'
import type { ComposerSession } from './session'
import { StatusReporter } from './status'
import { ComposerWatcher } from './watcher'

const api = contentApi()

/** Messages to the background; a missing background (or extension context) answers undefined. */
function sendMessage(msg: Request): Promise<unknown> {
  if (!api) return Promise.resolve(undefined)
  try {
    return Promise.resolve(api.runtime.sendMessage(msg)).catch(() => undefined)
  } catch {
    // The extension was reloaded or removed: this page's script is orphaned.
    return Promise.resolve(undefined)
  }
}

declare global {
  interface Window {
    __postGuardLoaded?: boolean
  }
}

function start(): void {
  if (window.__postGuardLoaded) return
  window.__postGuardLoaded = true
  const adapter = adapterFor(location.host)
  const life = new AbortController()
  const signal = life.signal
  let focused: ComposerSession | null = null

  const recheckAll = () => {
    for (const s of watcher.sessions()) s.schedule()
    status?.schedule(true)
  }
  // The engine comes as the manifest's second content script on the sites' top pages, else the background injects it
  // when first needed (engine.ts): then every open draft is checked again, and its patterns are read while the browser
  // is idle, not at the next keystroke.
  listenForEngine()
  setEngineLoader(() => sendMessage({ type: 'engine' }))
  if (window.top === window && hostEntry(location.host) !== null) setDeclaredEngine(declaredEngineWait)
  // Support staff, tests and the bench: whether the engine is here yet (pending → ready, or failed).
  const engineState = (state: 'pending' | 'ready' | 'failed') => document.documentElement.setAttribute('data-post-guard-engine', state)
  engineState('pending')
  onEngine(() => {
    engineState('ready')
    recheckAll()
    const e = engine()
    if (!e) return
    whenIdle(() => e.prepare(), 2000, 50)
  })
  /** After an attempt to load the engine: a failure makes the page say it is not protected (and drafts are asked about). */
  const loaded = (e: unknown) => {
    if (e) return
    engineState('failed')
    recheckAll()
  }
  // Typing checks off the page's main thread (remote.ts): the engine host, started with the page's own engine. Support
  // staff, tests and the bench see its state (off → starting → ready, or failed: the page checks itself).
  const remote = new RemoteEngine({
    start: () => sendMessage({ type: 'engine-host' }),
    connect: (name) => {
      try {
        return api ? (api.runtime.connect({ name }) as unknown as RemotePort) : null
      } catch {
        return null
      }
    },
    changed: (state) => document.documentElement.setAttribute('data-post-guard-remote', state),
  })
  signal.addEventListener('abort', () => remote.close())
  /** Ask for the engine now (a composer is focused) or when the browser is idle (a composer is on the page). */
  let engineWanted = false
  const wantEngine = (now: boolean) => {
    remote.connect()
    if (engine()) return
    if (now) {
      engineWanted = true
      void loadEngine().then(loaded)
      return
    }
    if (engineWanted) return
    engineWanted = true
    const go = () => void loadEngine().then(loaded)
    whenIdle(go, 3000, 200)
  }
  document.documentElement.setAttribute('data-post-guard-context', 'pending')
  const account = new AccountState({ adapter, send: sendMessage, changed: () => recheckAll(), signal })

  const watcher = new ComposerWatcher(
    adapter,
    {
      context: (editor) => account.contextFor(editor),
      remote: () => (remote.ready ? remote : null),
      changed: (s) => {
        wantEngine(false)
        if (document.activeElement && s.editor.contains(document.activeElement)) focused = s
        status?.schedule()
      },
    },
    () => status?.schedule(true),
  )
  let status: StatusReporter | null = null

  // The guard first: it must see gestures before the page's own listeners do.
  let lastSent = ''
  const guard = installGuard({
    adapter,
    sessions: () => watcher.sessions(),
    // A comment box may post as another account than the page's (a Page): its own registration decides.
    registration: (editors) => account.registrationOf(editors),
    signal,
    // A post joined from several composers (a WordPress canvas: title + blocks) is checked as one text.
    check: (text, editor) => checkAs(text, account.contextFor(editor), adapter.alsoCheckAs),
    sent: (drafts, decision, confirmed) => {
      for (const d of drafts) {
        // A draft that passed was checked, so the engine is there (null only if it could not be loaded).
        const fp = engine()?.fingerprint(d.text) ?? null
        const key = `${d.text.length}:${fp?.sig.slice(0, 4).join(',')}`
        // A click and the form submit it causes are one send.
        if (key === lastSent) continue
        lastSent = key
        setTimeout(() => {
          if (lastSent === key) lastSent = ''
        }, 1500)
        // Logged and remembered under the account the composer posts as (a comment written as a Page is the Page's).
        const as = d.editor ? account.accountOf(d.editor) : account.account
        void sendMessage({
          type: 'sent',
          site: adapter.site,
          account: as,
          fingerprint: fp,
          verdict: decision.report.verdict,
          rules: d.report.findings.map((f) => f.rule),
          confirmed,
          // The guard counts confirmations only from trusted input (dialog.ts).
          trusted: true,
          outcome: 'sent',
          // Only when an administrator enabled keeping the text for the manager's review (4(1)).
          ...(account.ctx.keepSentText ? { text: d.text } : {}),
        })
        if (fp && JSON.stringify(as) === JSON.stringify(account.account)) account.ctx = { ...account.ctx, history: [...account.ctx.history, fp] }
      }
    },
    blocked: (drafts, decision) => {
      const own = drafts.find((d) => d.editor)?.editor
      void sendMessage({
        type: 'sent',
        site: adapter.site,
        account: own ? account.accountOf(own) : account.account,
        fingerprint: null,
        verdict: 'block',
        rules: drafts.flatMap((d) => d.report.findings.map((f) => f.rule)),
        confirmed: [],
        trusted: true,
        outcome: 'blocked',
      })
    },
  })

  // Registry, policy and history live in local/managed storage; tab statuses (session) are not ours to react to.
  const onStorage = (_changes: unknown, area: string) => {
    if (area === 'local' || area === 'managed' || area === 'sync') void account.refresh()
  }
  api?.storage.onChanged.addListener(onStorage)
  signal.addEventListener('abort', () => api?.storage.onChanged.removeListener(onStorage))
  const onFocusIn = (e: Event) => {
    for (const s of watcher.sessions()) if (isNode(e.target) && s.editor.contains(e.target)) focused = s
    // Someone is about to write: the engine now, if it is not there yet.
    if (focused) wantEngine(true)
    status?.schedule()
  }
  window.addEventListener('focusin', onFocusIn, { capture: true, signal })

  const begin = () => {
    const profile = new ProfileMonitor(adapter, sendMessage, signal)
    status = new StatusReporter({ adapter, watcher, account, focused: () => focused, send: sendMessage, signal, flowCovers: (c) => guard.covers(c), profile: () => profile.current() })
    const hover = installHover(() => watcher.sessions(), signal)
    // Same-origin child documents (a blog's editor canvas): the guard, hover cards and focus follow them there.
    watcher.documentAdded = (doc) => {
      const win = doc.defaultView
      if (win) {
        guard.attach(win)
        win.addEventListener('focusin', onFocusIn, { capture: true, signal })
      }
      hover.attach(doc)
    }
    watcher.start(signal)
    // Ask for the context of "no account yet" right away; detect() asks again for the real account.
    void account.refresh()
    status.report()
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin, { once: true, signal })
  else begin()
}

/** How long after the load event the declared engine may still come (ms) before the background is asked to inject it. */
const DECLARED_GRACE_MS = 1000

start()

/**
 * Settles when the manifest's engine.js (document_idle: at the latest just after the load event) has arrived, or when it
 * no longer can: DECLARED_GRACE_MS after the page's load event (loadEngine then asks the background to inject it).
 */
function declaredEngineWait(): Promise<void> {
  return new Promise((resolve) => {
    const off = onEngine(() => (off(), resolve()))
    const grace = () => setTimeout(() => (off(), resolve()), DECLARED_GRACE_MS)
    if (document.readyState === 'complete') grace()
    else window.addEventListener('load', grace, { once: true })
  })
}
/**
 * Run `fn` when the browser is idle, at most `timeoutMs` later; where there is no `requestIdleCallback`
 * (Safari, some embedded views), `fallbackMs` later.
 */
function whenIdle(fn: () => void, timeoutMs: number, fallbackMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout: timeoutMs })
  else setTimeout(fn, fallbackMs)
}
