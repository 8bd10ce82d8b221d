/** The visible "not protected here" notice (fail open, visibly), with the reason. */
import { t, type MessageKey } from '../ui/i18n'
import { BANNER_CSS } from './styles'

/**
 * The frame of an in-page banner, outside the page's own DOM: a custom element (`tag`) with an open
 * shadow root holding its style and a box with `role`, and a close button that calls `onClose` and
 * removes the host. The caller fills the box and appends the host to <html>.
 */
export function bannerShell(tag: string, css: string, role: 'status' | 'alert', onClose: () => void): { host: HTMLElement; box: HTMLElement; close: HTMLButtonElement } {
  const host = document.createElement(tag)
  const root = host.attachShadow({ mode: 'open' })
  const style = document.createElement('style')
  style.textContent = css
  const box = document.createElement('div')
  box.className = 'banner'
  box.setAttribute('role', role)
  const close = document.createElement('button')
  close.type = 'button'
  close.textContent = '×'
  close.setAttribute('aria-label', t('close'))
  close.addEventListener('click', () => {
    onClose()
    host.remove()
  })
  root.append(style, box)
  return { host, box, close }
}

let bannerHost: HTMLElement | null = null
let shownReason: string | undefined
let dismissedReason: string | undefined

export function banner(reason: string | undefined): void {
  if (!reason || reason === dismissedReason) {
    bannerHost?.remove()
    bannerHost = null
    shownReason = undefined
    return
  }
  if (bannerHost?.isConnected && shownReason === reason) return
  bannerHost?.remove()
  const { host, box, close } = bannerShell('post-guard-banner', BANNER_CSS, 'status', () => {
    dismissedReason = reason
  })
  host.setAttribute('data-post-guard-banner', 'unprotected')
  host.setAttribute('data-post-guard-reason', reason)
  const strong = document.createElement('strong')
  strong.textContent = t('bannerTitle')
  const span = document.createElement('span')
  span.textContent = t('bannerUnprotected', t(reason as MessageKey))
  box.append(strong, span, close)
  document.documentElement.append(host)
  bannerHost = host
  shownReason = reason
}
