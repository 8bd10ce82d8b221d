/**
 * The send dialog, in an open shadow root outside the page's DOM tree of the editor.
 * `block`: explains why and offers only "back to editing". Otherwise it asks for the confirmations
 * the send needs (warnings read, 決裁済み, 肖像権) and enables "send" only when all are ticked.
 * The draft is never touched: closing returns focus to the editor exactly as it was.
 */
import type { Confirmation, Finding, Verdict } from '../engine'
import { t, type MessageKey } from '../ui/i18n'
import type { AccountNotice } from './decide'
import { findingBody, shownFindings } from './overlay'
import { DIALOG_CSS } from './styles'

export type ConfirmKey = 'warnings' | 'account' | Confirmation

export interface SendDialogOptions {
  verdict: Verdict
  findings: Finding[]
  confirmations: Confirmation[]
  /** The account itself: retired (refused) or not registered (must be confirmed). */
  account?: AccountNotice
  /** How many drafts the send would post (several parts of a thread, or a flow's earlier step). */
  drafts?: number
  onSend: (confirmed: ConfirmKey[]) => void
  onCancel: () => void
}

const CONFIRM_LABEL: Record<ConfirmKey, MessageKey> = {
  warnings: 'confirmWarnings',
  account: 'confirmUnregistered',
  approval: 'confirmApproval',
  portrait: 'confirmPortrait',
}

let current: { host: HTMLElement; close: () => void } | null = null

export function isDialogOpen(): boolean {
  return current !== null && current.host.isConnected
}

export function closeDialog(): void {
  current?.close()
}

const openListeners = new Set<() => void>()

/**
 * Call `fn` whenever a send dialog opens (hover cards close then: a card left open beside the modal is clutter).
 * Returns a function that removes it.
 */
export function onDialogOpen(fn: () => void): () => void {
  openListeners.add(fn)
  return () => openListeners.delete(fn)
}

export function openSendDialog(opts: SendDialogOptions): void {
  closeDialog()
  for (const fn of openListeners) fn()
  const host = document.createElement('post-guard-dialog')
  host.style.cssText = 'all: initial; position: fixed; inset: 0; z-index: 2147483647;'
  host.setAttribute('data-post-guard-dialog', opts.verdict === 'block' ? 'block' : 'confirm')
  const root = host.attachShadow({ mode: 'open' })
  const style = document.createElement('style')
  style.textContent = DIALOG_CSS

  const retired = opts.account === 'retired'
  const blocked = opts.verdict === 'block' || retired
  const backdrop = div('backdrop')
  const dialog = div(`dialog ${blocked ? 'block' : 'confirm'}`)
  dialog.setAttribute('role', 'alertdialog')
  dialog.setAttribute('aria-modal', 'true')
  dialog.setAttribute('aria-labelledby', 'pg-title')
  dialog.setAttribute('aria-describedby', 'pg-lead')

  const title = document.createElement('h2')
  title.className = 'title'
  title.id = 'pg-title'
  title.append(div('shield'), document.createTextNode(t(retired ? 'dialogRetiredTitle' : blocked ? 'dialogBlockTitle' : 'dialogConfirmTitle')))
  const lead = document.createElement('p')
  lead.className = 'lead'
  lead.id = 'pg-lead'
  lead.textContent = t(retired ? 'dialogRetiredLead' : blocked ? 'dialogBlockLead' : 'dialogConfirmLead')
  dialog.append(title, lead)
  if (opts.account === 'unregistered') {
    const notice = document.createElement('p')
    notice.className = 'notice'
    notice.setAttribute('data-post-guard-notice', 'unregistered')
    notice.textContent = t('dialogUnregisteredNotice')
    dialog.append(notice)
  }
  if ((opts.drafts ?? 1) > 1) {
    const parts = document.createElement('p')
    parts.className = 'notice parts'
    parts.textContent = t('dialogSeveralDrafts', opts.drafts ?? 1)
    dialog.append(parts)
  }

  const distinct = shownFindings(opts.findings)
  const shown = retired ? [] : blocked ? distinct.filter((f) => f.severity === 'block') : distinct.filter((f) => f.severity !== 'info')
  if (shown.length > 0) {
    const list = document.createElement('ul')
    list.className = 'findings'
    for (const f of shown) {
      const li = document.createElement('li')
      li.className = `finding ${f.severity}`
      li.append(findingBody(f))
      list.append(li)
    }
    dialog.append(list)
  }
  // A refusal lists what blocks; the warnings that will still ask at the next send are counted, so nothing comes as a surprise.
  const alsoWarn = blocked && !retired ? distinct.filter((f) => f.severity === 'warn').length : 0
  if (alsoWarn > 0) {
    const more = document.createElement('p')
    more.className = 'notice'
    more.setAttribute('data-post-guard-notice', 'also-warnings')
    more.textContent = t('dialogAlsoWarnings', alsoWarn)
    dialog.append(more)
  }

  const boxes: HTMLInputElement[] = []
  const needed: ConfirmKey[] = blocked
    ? []
    : [...(opts.account === 'unregistered' ? (['account'] as ConfirmKey[]) : []), ...(opts.verdict === 'warn' ? (['warnings'] as ConfirmKey[]) : []), ...opts.confirmations]
  /** Boxes ticked by the user's own input: a page script ticking them (untrusted events) does not count. */
  const trusted = new WeakSet<HTMLInputElement>()
  const allConfirmed = () => boxes.every((b) => b.checked && trusted.has(b))
  let send: HTMLButtonElement | null = null
  if (needed.length > 0) {
    const fs = document.createElement('fieldset')
    const legend = document.createElement('legend')
    legend.textContent = t('confirmLegend')
    fs.append(legend)
    for (const key of needed) {
      const label = document.createElement('label')
      const box = document.createElement('input')
      box.type = 'checkbox'
      box.setAttribute('data-post-guard-confirm', key)
      box.addEventListener('change', (e) => {
        if (e.isTrusted && box.checked) trusted.add(box)
        else trusted.delete(box)
        if (send) send.disabled = !allConfirmed()
      })
      boxes.push(box)
      const span = document.createElement('span')
      span.textContent = t(CONFIRM_LABEL[key])
      label.append(box, span)
      fs.append(label)
    }
    dialog.append(fs)
  }

  const actions = div('actions')
  const cancel = document.createElement('button')
  cancel.type = 'button'
  cancel.className = blocked ? 'primary' : 'secondary'
  cancel.setAttribute('data-post-guard-action', 'cancel')
  cancel.textContent = t(blocked ? 'dialogBackToEdit' : 'dialogCancel')
  actions.append(cancel)
  if (!blocked) {
    send = document.createElement('button')
    send.type = 'button'
    send.className = 'primary'
    send.setAttribute('data-post-guard-action', 'send')
    send.textContent = t('dialogSend')
    send.disabled = boxes.length > 0
    actions.append(send)
  }
  dialog.append(actions)
  const note = document.createElement('p')
  note.className = 'note'
  note.textContent = t(blocked ? 'dialogBlockNote' : 'dialogConfirmNote')
  dialog.append(note)
  backdrop.append(dialog)
  root.append(style, backdrop)

  const previouslyFocused = document.activeElement as HTMLElement | null
  const close = () => {
    host.remove()
    document.removeEventListener('keydown', onKey, true)
    if (current?.host === host) current = null
  }
  const doCancel = () => {
    close()
    opts.onCancel()
    // Give focus back to where it was, unless onCancel already put it somewhere (the editor).
    const active = document.activeElement
    if (!active || active === document.body || active === document.documentElement) previouslyFocused?.focus?.({ preventScroll: true })
  }
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault()
      e.stopImmediatePropagation()
      doCancel()
    } else if (e.key === 'Tab') {
      // Keep focus inside the dialog.
      const focusables = [...root.querySelectorAll<HTMLElement>('input, button:not(:disabled)')]
      if (focusables.length === 0) return
      const active = root.activeElement as HTMLElement | null
      const i = active ? focusables.indexOf(active) : -1
      const next = e.shiftKey ? (i <= 0 ? focusables.length - 1 : i - 1) : (i + 1) % focusables.length
      e.preventDefault()
      focusables[next]!.focus()
    }
  }
  cancel.addEventListener('click', doCancel)
  send?.addEventListener('click', (e) => {
    // Only the user's own press sends (a page script's click() is not a confirmation).
    if (!e.isTrusted || send?.disabled || !allConfirmed()) return
    close()
    opts.onSend(needed)
  })
  // Clicks and keys inside the dialog stay inside it (the page must not see them as outside clicks).
  for (const type of ['click', 'mousedown', 'pointerdown', 'keydown', 'keyup'] as const) {
    host.addEventListener(type, (e) => e.stopPropagation())
  }
  document.addEventListener('keydown', onKey, true)
  document.documentElement.append(host)
  current = { host, close }
  ;(boxes[0] ?? cancel).focus()
}

function div(className: string): HTMLElement {
  const d = document.createElement('div')
  d.className = className
  return d
}
