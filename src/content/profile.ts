/**
 * Profile pages (4(1), 6(3)): reads the profile the tab shows through the site adapter, asks the
 * background whether it is registered or claims 柳川市 without being registered, and shows the
 * impersonation banner (in a shadow root of its own, outside the page's DOM; the page is never
 * changed). The profile also goes into the tab status, where the popup checks its statements.
 */
import { REPORT_PAGES } from '../registry/impersonation'
import type { SiteAdapter } from '../sites'
import type { ProfileInfo, ProfileVerdict, Request } from '../shared/protocol'
import { t } from '../ui/i18n'
import { bannerShell } from './banner'
import { IMPERSONATION_CSS } from './styles'


function isVerdict(x: unknown): x is ProfileVerdict {
  return !!x && typeof x === 'object' && 'registration' in x && 'impersonation' in x
}

export class ProfileMonitor {
  private key = ''
  private info: ProfileInfo | null = null
  private host: HTMLElement | null = null
  private dismissed = ''

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly send: (msg: Request) => Promise<unknown>,
    signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.show(null, null))
  }

  /** The profile shown now (read again on every call); a new one is judged by the background. */
  current(): ProfileInfo | null {
    let info: ProfileInfo | null = null
    try {
      info = this.adapter.profile?.(document) ?? null
    } catch {
      info = null
    }
    const key = JSON.stringify(info ? { site: info.site, handle: info.handle, name: info.name } : null)
    if (key !== this.key) {
      this.key = key
      this.show(null, null)
      if (info) void this.judge(info, key)
    } else if (this.host && !this.host.isConnected) {
      // The page replaced <html>'s children: put the banner back.
      document.documentElement.append(this.host)
    }
    this.info = info
    return info
  }

  private async judge(info: ProfileInfo, key: string): Promise<void> {
    const reply = await this.send({ type: 'profile', profile: info })
    if (key !== this.key || !isVerdict(reply)) return
    this.show(reply.impersonation ? info : null, reply)
  }

  private show(info: ProfileInfo | null, verdict: ProfileVerdict | null): void {
    this.host?.remove()
    this.host = null
    if (!info || !verdict?.impersonation || this.dismissed === this.key) return
    const { host, box, close } = bannerShell('post-guard-impersonation', IMPERSONATION_CSS, 'alert', () => {
      this.dismissed = this.key
      this.host = null
    })
    host.setAttribute('data-post-guard-banner', 'impersonation')
    host.setAttribute('data-post-guard-profile', info.handle ?? info.name ?? '')
    const head = document.createElement('div')
    head.className = 'head'
    const strong = document.createElement('strong')
    strong.textContent = t('impersonationTitle')
    close.className = 'close'
    head.append(strong, close)
    const who = document.createElement('p')
    who.className = 'who'
    const handle = info.handle ? `@${info.handle}` : ''
    who.textContent = verdict.impersonation.similarTo
      ? t('impersonationWhoSimilar', `${info.name ?? ''} ${handle}`.trim(), verdict.impersonation.similarTo)
      : t('impersonationWho', `${info.name ?? ''} ${handle}`.trim())
    const steps = document.createElement('ol')
    const report = info.site === 'blog' ? undefined : REPORT_PAGES[info.site]
    const items: Array<[string, string | undefined]> = [
      [t('impersonationStepReport'), report],
      [t('impersonationStepWebsite'), undefined],
      [t('impersonationStepPress'), undefined],
      [t('impersonationStepKikaku'), undefined],
    ]
    for (const [text, href] of items) {
      const li = document.createElement('li')
      li.textContent = text
      if (href) {
        li.append(' ')
        const a = document.createElement('a')
        a.href = href
        a.target = '_blank'
        a.rel = 'noopener noreferrer'
        a.textContent = t('impersonationReportLink')
        li.append(a)
      }
      steps.append(li)
    }
    box.append(head, who, steps)
    document.documentElement.append(host)
    this.host = host
  }
}
