/**
 * The tab's protection status: computed on a short throttle after changes and every 2 s, written to
 * <html data-post-guard> and the page banner, and sent to the background (popup, toolbar badge)
 * only when it changed.
 */
import type { SiteAdapter } from '../sites'
import type { ComposerStatus, ProfileInfo, Request, TabStatus } from '../shared/protocol'
import { banner } from './banner'
import { engineFailed } from './engine'
import type { AccountState } from './context'
import { health, type Health } from './health'
import { shownFindings } from './overlay'
import { deferForTyping } from './typing'
import type { ComposerSession } from './session'
import type { ComposerWatcher } from './watcher'

export interface StatusOptions {
  adapter: SiteAdapter
  watcher: ComposerWatcher
  account: AccountState
  focused(): ComposerSession | null
  /** Whether a pending flow covers a send control (the send guard knows). */
  flowCovers?(control: HTMLElement): boolean
  send(msg: Request): Promise<unknown>
  signal: AbortSignal
  /** The profile page the tab shows (profile.ts), read on every report. */
  profile?(): ProfileInfo | null
}

export class StatusReporter {
  private timer = 0
  private last = ''
  private healthDirty = true
  /** When health was last judged (performance.now() ms). */
  private healthAt = -Infinity
  current: Health = { protected: true }

  constructor(private readonly o: StatusOptions) {
    // The page health scan (every control's label, every field's box) waits for a pause in typing (typing.ts).
    const every = window.setInterval(() => {
      if (!deferForTyping(this.healthAt)) this.schedule(true)
    }, 2000)
    o.signal.addEventListener('abort', () => {
      window.clearInterval(every)
      window.clearTimeout(this.timer)
    })
  }

  /**
   * Report soon. `page`: the page changed (composers came or went, the account or its context
   * changed), so health is judged again; a draft's new report alone (typing) does not scan the page.
   */
  schedule(page = false): void {
    if (page) this.healthDirty = true
    if (this.timer) return
    this.timer = window.setTimeout(() => {
      this.timer = 0
      this.report()
    }, 150)
  }

  report(): void {
    const { adapter, watcher, account } = this.o
    if (this.healthDirty) {
      this.healthDirty = false
      this.healthAt = performance.now()
      account.detect()
      watcher.sweep()
      this.current = health({ adapter, editors: watcher.editors(), hadFailure: watcher.hadFailure, contextMissing: account.missing, engineMissing: engineFailed(), flowCovers: this.o.flowCovers })
    }
    const h = this.current
    document.documentElement.setAttribute('data-post-guard', h.protected ? 'protected' : 'unprotected')
    // Support staff and tests: whether the account's own settings are in, or the strictest defaults apply.
    document.documentElement.setAttribute('data-post-guard-context', account.known ? 'ready' : 'pending')
    banner(h.protected ? undefined : h.reason)
    const sessions = [...watcher.sessions()]
    const f = this.o.focused()
    const cur = f && f.connected ? f : (sessions[sessions.length - 1] ?? null)
    let composer: ComposerStatus | null = null
    if (cur) {
      const list = shownFindings(cur.report.findings)
      composer = {
        verdict: cur.report.verdict,
        findings: list.length,
        block: list.filter((x) => x.severity === 'block').length,
        warn: list.filter((x) => x.severity === 'warn').length,
        info: list.filter((x) => x.severity === 'info').length,
        mode: adapter.mode(cur.editor),
      }
    }
    const status: TabStatus = {
      site: adapter.site,
      url: location.origin + location.pathname,
      protected: h.protected,
      reason: h.reason,
      composers: sessions.length,
      // The composer in use speaks for itself (a comment written as a Page: the popup shows the Page's registration).
      account: cur ? account.accountOf(cur.editor) : account.account,
      focused: composer,
      ...(this.o.profile ? { profile: this.o.profile() } : {}),
      updatedAt: 0,
    }
    const key = JSON.stringify(status)
    if (key === this.last) return
    this.last = key
    void this.o.send({ type: 'status', status: { ...status, updatedAt: Date.now() } })
  }
}
