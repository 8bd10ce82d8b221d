/**
 * The send dialog, in an open shadow root outside the page's DOM tree of the editor.
 * `block`: explains why and offers only "back to editing". Otherwise it asks for the confirmations
 * the send needs (warnings read, 決裁済み, 肖像権) and enables "send" only when all are ticked.
 * The draft is never touched: closing returns focus to the editor exactly as it was.
 */
import type { Confirmation, Finding, Verdict } from '../engine'
import { t, type MessageKey } from '../ui/i18n'
import { findingBody } from './overlay'
import { DIALOG_CSS } from './styles'

export type ConfirmKey = 'warnings' | Confirmation

export interface SendDialogOptions {
  verdict: Verdict
  findings: Finding[]
  confirmations: Confirmation[]
  onSend: (confirmed: ConfirmKey[]) => void
  onCancel: () => void
}

const CONFIRM_LABEL: Record<ConfirmKey, MessageKey> = {
  warnings: 'confirmWarnings',
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

export function openSendDialog(opts: SendDialogOptions): void {
  closeDialog()
  const host = document.createElement('post-guard-dialog')
  host.style.cssText = 'all: initial; position: fixed; inset: 0; z-index: 2147483647;'
  host.setAttribute('data-post-guard-dialog', opts.verdict === 'block' ? 'block' : 'confirm')
  const root = host.attachShadow({ mode: 'open' })
  const style = document.createElement('style')
  style.textContent = DIALOG_CSS

  const blocked = opts.verdict === 'block'
  const backdrop = div('backdrop')
  const dialog = div(`dialog ${blocked ? 'block' : 'confirm'}`)
  dialog.setAttribute('role', 'alertdialog')
  dialog.setAttribute('aria-modal', 'true')
  dialog.setAttribute('aria-labelledby', 'pg-title')
  dialog.setAttribute('aria-describedby', 'pg-lead')

  const title = document.createElement('h2')
  title.className = 'title'
  title.id = 'pg-title'
  title.append(div('shield'), document.createTextNode(t(blocked ? 'dialogBlockTitle' : 'dialogConfirmTitle')))
  const lead = document.createElement('p')
  lead.className = 'lead'
  lead.id = 'pg-lead'
  lead.textContent = t(blocked ? 'dialogBlockLead' : 'dialogConfirmLead')
  dialog.append(title, lead)

  const shown = blocked ? opts.findings.filter((f) => f.severity === 'block') : opts.findings.filter((f) => f.severity !== 'info')
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

  const boxes: HTMLInputElement[] = []
  const needed: ConfirmKey[] = blocked ? [] : [...(opts.verdict === 'warn' ? (['warnings'] as ConfirmKey[]) : []), ...opts.confirmations]
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
      box.addEventListener('change', () => {
        if (send) send.disabled = !boxes.every((b) => b.checked)
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
  send?.addEventListener('click', () => {
    if (send?.disabled) return
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
