/**
 * The send guard (DESIGN invariants 4–5). Capture-phase listeners on `window`, registered at
 * document_start, see every send before the page does: clicks and pointer presses on the send
 * button, keyboard activation of role=button, Ctrl/Cmd+Enter, Enter in comment boxes, form submits.
 * IME composition is never touched. `block` refuses the send and keeps the draft exactly as it
 * is; `warn` and required confirmations ask once, then re-trigger the real button inside a
 * synchronous one-shot bypass.
 */
import type { Report } from '../engine'
import type { SiteAdapter } from '../sites'
import { isDisabled, isEnter } from '../sites/types'
import { isDialogOpen, openSendDialog, type ConfirmKey } from './dialog'
import type { ComposerSession } from './session'

export interface GuardEnv {
  adapter: SiteAdapter
  sessions(): Iterable<ComposerSession>
  /** A send went through (after the guard's checks): record it (fingerprint + audit). */
  sent(session: ComposerSession, report: Report, confirmed: ConfirmKey[]): void
}

/** Whether a send of this report needs the user's attention first. */
export function needsIntervention(report: Report): boolean {
  return report.verdict === 'block' || report.verdict === 'warn' || report.confirmations.length > 0
}

export function installGuard(env: GuardEnv): () => void {
  let bypass = false

  const sessionOf = (node: EventTarget | null): ComposerSession | null => {
    if (!(node instanceof Node)) return null
    for (const s of env.sessions()) if (s.editor === node || s.editor.contains(node)) return s
    return null
  }

  const buttonOf = (target: EventTarget | null): { button: HTMLElement; session: ComposerSession } | null => {
    if (!(target instanceof Element)) return null
    const button = target.closest<HTMLElement>(env.adapter.sendButtonSelector)
    if (!button) return null
    for (const s of env.sessions()) {
      if (!s.connected) continue
      const own = env.adapter.sendButtonFor(s.editor)
      if (own && (own === button || own.contains(button) || button.contains(own))) return { button: own, session: s }
    }
    return null
  }

  const stop = (e: Event) => {
    e.preventDefault()
    e.stopImmediatePropagation()
  }

  /** Judge a send attempt. Returns true when the event must be stopped. */
  const attempt = (session: ComposerSession, resend: () => void): boolean => {
    const report = session.runCheck()
    if (!needsIntervention(report)) {
      env.sent(session, report, [])
      return false
    }
    if (isDialogOpen()) return true
    const caret = savedSelection(session.editor)
    openSendDialog({
      verdict: report.verdict,
      findings: report.findings,
      confirmations: report.confirmations,
      // Back to editing exactly where the user was: focus the editor and put the caret back
      // (selection only; the editor's content and DOM are not touched).
      onCancel: () => restoreSelection(session.editor, caret),
      onSend: (confirmed) => {
        // The text may have changed behind the dialog: judge again, never send a block.
        const again = session.runCheck()
        if (again.verdict === 'block') {
          attempt(session, resend)
          return
        }
        env.sent(session, again, confirmed)
        bypass = true
        try {
          resend()
        } finally {
          bypass = false
        }
      },
    })
    return true
  }

  const clickResend = (button: HTMLElement, session: ComposerSession) => () => {
    const current = env.adapter.sendButtonFor(session.editor) ?? button
    if (!isDisabled(current)) current.click()
  }

  const onClick = (e: MouseEvent) => {
    if (bypass) return
    const hit = buttonOf(e.target)
    if (!hit || isDisabled(hit.button)) return
    if (attempt(hit.session, clickResend(hit.button, hit.session))) stop(e)
  }

  /** Presses on a send button that must not go out are swallowed too (some UIs act on pointerdown/up). */
  const onPress = (e: Event) => {
    if (bypass) return
    const hit = buttonOf(e.target)
    if (!hit || isDisabled(hit.button)) return
    if (needsIntervention(hit.session.runCheck())) stop(e)
  }

  const onKeydown = (e: KeyboardEvent) => {
    if (bypass || e.isComposing || e.keyCode === 229) return
    // Keyboard activation of a role=button send control (native buttons turn Enter/Space into a click).
    if (isEnter(e) || e.key === ' ') {
      const hit = buttonOf(e.target)
      if (hit && hit.button.tagName !== 'BUTTON' && !isDisabled(hit.button)) {
        if (attempt(hit.session, clickResend(hit.button, hit.session))) stop(e)
        return
      }
    }
    const session = sessionOf(e.target)
    if (!session || !env.adapter.isSendKey(e, session.editor)) return
    const editor = session.editor
    const init: KeyboardEventInit = {
      key: e.key, code: e.code, keyCode: e.keyCode, which: e.which, ctrlKey: e.ctrlKey, metaKey: e.metaKey,
      shiftKey: e.shiftKey, altKey: e.altKey, bubbles: true, cancelable: true, composed: true,
    }
    const resend = () => {
      const button = env.adapter.sendButtonFor(editor)
      if (button && !isDisabled(button)) button.click()
      else editor.dispatchEvent(new KeyboardEvent('keydown', init))
    }
    if (attempt(session, resend)) stop(e)
  }

  const onSubmit = (e: SubmitEvent) => {
    if (bypass) return
    const form = e.target
    if (!(form instanceof HTMLFormElement)) return
    let session: ComposerSession | null = null
    for (const s of env.sessions()) if (s.connected && form.contains(s.editor)) session = s
    if (!session) return
    const submitter = e.submitter
    if (attempt(session, () => form.requestSubmit(submitter && form.contains(submitter) ? submitter : undefined))) stop(e)
  }

  const opts = { capture: true }
  window.addEventListener('click', onClick, opts)
  window.addEventListener('keydown', onKeydown, opts)
  window.addEventListener('submit', onSubmit, opts)
  for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup']) window.addEventListener(type, onPress, opts)
  return () => {
    window.removeEventListener('click', onClick, opts)
    window.removeEventListener('keydown', onKeydown, opts)
    window.removeEventListener('submit', onSubmit, opts)
    for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup']) window.removeEventListener(type, onPress, opts)
  }
}

/** The selection inside `editor`, if any (the caret the user had before the dialog took focus). */
function savedSelection(editor: HTMLElement): Range | null {
  const sel = document.getSelection()
  if (!sel || sel.rangeCount === 0) return null
  const r = sel.getRangeAt(0)
  return editor.contains(r.startContainer) && editor.contains(r.endContainer) ? r.cloneRange() : null
}

function restoreSelection(editor: HTMLElement, range: Range | null): void {
  if (!editor.isConnected) return
  editor.focus({ preventScroll: true })
  if (!range || !range.startContainer.isConnected || !range.endContainer.isConnected) return
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return
  const sel = document.getSelection()
  if (!sel) return
  try {
    sel.removeAllRanges()
    sel.addRange(range)
  } catch {
    /* the editor re-rendered those nodes: leave the caret where focus put it */
  }
}
