/** The visible "not protected here" notice (fail open, visibly), with the reason. */
import { t, type MessageKey } from '../ui/i18n'
import { BANNER_CSS } from './styles'

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
  const host = document.createElement('post-guard-banner')
  host.setAttribute('data-post-guard-banner', 'unprotected')
  host.setAttribute('data-post-guard-reason', reason)
  const root = host.attachShadow({ mode: 'open' })
  const style = document.createElement('style')
  style.textContent = BANNER_CSS
  const box = document.createElement('div')
  box.className = 'banner'
  box.setAttribute('role', 'status')
  const strong = document.createElement('strong')
  strong.textContent = t('bannerTitle')
  const span = document.createElement('span')
  span.textContent = t('bannerUnprotected', t(reason as MessageKey))
  const close = document.createElement('button')
  close.type = 'button'
  close.textContent = '×'
  close.setAttribute('aria-label', t('close'))
  close.addEventListener('click', () => {
    dismissedReason = reason
    host.remove()
  })
  box.append(strong, span, close)
  root.append(style, box)
  document.documentElement.append(host)
  bannerHost = host
  shownReason = reason
}
