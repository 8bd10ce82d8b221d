/**
 * The send guard (DESIGN invariants 4–5). Capture-phase listeners on `window`, registered at
 * document_start, see every send gesture before the page does: clicks, pointer/mouse/touch presses
 * on a send control, keyboard activation of role=button, Ctrl/Cmd+Enter in any hooked composer, the
 * site's own send keys (Enter in comment boxes), form submits. Guard the gesture, not the button:
 * a gesture is judged on EVERY draft it would send — all composers in the same dialog, form or
 * composer card (all parts of an X thread) plus the drafts a flow left pending (次へ → 投稿) — and the
 * worst report decides. IME composition is never touched. `block` refuses and keeps every draft as
 * it is; `confirm` asks once (trusted input only), then re-triggers the real control inside a
 * synchronous one-shot bypass.
 */
import type { Report } from '../engine'
import type { SiteAdapter } from '../sites'
import { isDisabled, isEnter } from '../sites/types'
import type { Registration } from '../shared/protocol'
import { decide, type Decision } from './decide'
import { isDialogOpen, openSendDialog, type ConfirmKey } from './dialog'
import { isElement, isNode } from './frames'

/** What the guard needs of a hooked composer. */
export interface GuardSession {
  readonly editor: HTMLElement
  readonly connected: boolean
  readonly text: string
  /** Read and check now (the exact current text). */
  runCheck(): Report
}

export interface SentDraft {
  text: string
  report: Report
  /** The composer it was written in (its account may be its own: SiteAdapter.accountFor). */
  editor?: HTMLElement
}

export interface GuardEnv {
  adapter: SiteAdapter
  sessions(): Iterable<GuardSession>
  /**
   * The acting account's registration as known now ('unknown' until the background answers): of the
   * accounts the gesture's composers post as (`editors`; the strictest), or the page's when none.
   */
  registration(editors: readonly HTMLElement[]): Registration
  /** A send went through (after the guard's checks): record each draft (fingerprint + audit). */
  sent(drafts: SentDraft[], decision: Decision, confirmed: ConfirmKey[]): void
  /** A send was refused (the block dialog opened): recorded in the audit log, never the text. */
  blocked?(drafts: SentDraft[], decision: Decision): void
  signal?: AbortSignal
  /**
   * Check a draft joined from several composers (the adapter's `draftRoot`: a WordPress post's title
   * and blocks) in the context of its first composer. Without it such composers are judged one by one.
   */
  check?(text: string, editor: HTMLElement): Report
}

/** Drafts a flow step (次へ / Next) left behind, judged again at the flow's last button. */
interface PendingFlow {
  drafts: SentDraft[]
  /**
   * The element the flow lives in (its dialog); a modal flow ends when no dialog is left on the page.
   * A flow outside any dialog (note.com: 公開に進む → the publish page → 投稿する) ends when it is sent,
   * replaced by the next flow step, or abandoned (`openFlowAbandoned`).
   */
  scope: HTMLElement | null
  /** What kind of editors the step left (`editorKind`): the same kind back on the page is the flow's editor again. */
  editors: string[]
  /** The addresses the flow has been seen at: the step's page, then the page it led to (at most two). */
  urls: string[]
}

/** A gesture's drafts: live composers (checked again now) and drafts pending from a flow. */
interface Group {
  sessions: GuardSession[]
  pending: SentDraft[]
}

export interface Guard {
  /** The pending flow's drafts (tests and status). */
  pending(): readonly SentDraft[]
  /** Whether a pending flow's drafts are what `control` would send (the flow's last step is guarded). */
  covers(control: HTMLElement): boolean
  /** Guard another window too: a same-origin child frame whose editors are hooked (keys typed in an editor canvas). */
  attach(win: Window): void
  dispose(): void
}

const PRESS_EVENTS = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'touchstart'] as const

export function installGuard(env: GuardEnv): Guard {
  const { adapter } = env
  let bypass = false
  let flow: PendingFlow | null = null
  const ctl = new AbortController()
  const signal = env.signal ? anySignal(env.signal, ctl.signal) : ctl.signal

  const live = (): GuardSession[] => [...env.sessions()].filter((s) => s.connected)

  const sessionOf = (node: EventTarget | null): GuardSession | null => {
    if (!isNode(node)) return null
    for (const s of live()) if (s.editor === node || s.editor.contains(node)) return s
    return null
  }

  /**
   * A flow outside any dialog was abandoned when the page says so: the user went on to a third address
   * (neither the step's page nor the page it led to), or the flow's editor is back on the page and no
   * longer holds the pending drafts (emptied or rewritten; the live editor is then the draft, and the
   * next flow step records it again). Until then the drafts stay pending: going back and forth with the
   * same text keeps them.
   */
  const openFlowAbandoned = (f: PendingFlow): boolean => {
    const here = pageUrl()
    if (!f.urls.includes(here)) {
      if (f.urls.length >= 2) return true
      f.urls.push(here)
    }
    const back = live().filter((s) => f.editors.includes(editorKind(s.editor)))
    if (back.length === 0) return false
    const texts = new Set(back.map((s) => s.text.trim()))
    return !f.drafts.every((d) => texts.has(d.text.trim()))
  }

  /** The flow is over when its dialog and every other dialog left the page (closed or sent), or when a flow outside a dialog was abandoned. */
  const flowAlive = (): boolean => {
    if (!flow) return false
    if (!flow.scope) {
      if (!openFlowAbandoned(flow)) return true
      flow = null
      return false
    }
    if (flow.scope.isConnected) return true
    if (document.querySelector('[role="dialog"]')) return true
    flow = null
    return false
  }

  /** Every draft a send control would send: composers whose scope holds the control, plus a pending flow. */
  const groupForControl = (control: HTMLElement): Group => {
    const sessions = live().filter((s) => {
      const scope = adapter.container(s.editor)
      const own = adapter.sendButtonFor(s.editor)
      return scope.contains(control) || own === control || (own !== null && (own.contains(control) || control.contains(own)))
    })
    const pending = flowAlive() && flowCovers(control) ? flow!.drafts : []
    return { sessions, pending }
  }

  /** Every draft a key in `editor` would send: the composers sharing its scope (all parts of a thread). */
  const groupForEditor = (session: GuardSession): Group => {
    const scope = adapter.container(session.editor)
    const sessions = live().filter((s) => s === session || scope.contains(s.editor) || adapter.container(s.editor) === scope)
    return { sessions, pending: [] }
  }

  const flowCovers = (control: HTMLElement): boolean => {
    if (!flow) return false
    // The last step lives in the flow's dialog, or in the dialog that replaced it.
    return !flow.scope?.isConnected || flow.scope.contains(control) || !!control.closest('[role="dialog"]')
  }

  const judge = (g: Group): { decision: Decision; drafts: SentDraft[] } => {
    const drafts: SentDraft[] = []
    const joined = new Map<Element, GuardSession[]>()
    for (const s of g.sessions) {
      const report = s.runCheck()
      const root = env.check ? (adapter.draftRoot?.(s.editor) ?? null) : null
      if (root) joined.set(root, [...(joined.get(root) ?? []), s])
      else drafts.push({ text: s.text, report, editor: s.editor })
    }
    // Composers that are one draft (a post's title and blocks): their texts in document order,
    // a blank line apart (the engine's paragraphs), judged once as the whole post.
    for (const parts of joined.values()) {
      parts.sort((a, b) => (a.editor.compareDocumentPosition(b.editor) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
      const text = parts.map((p) => p.text.trim()).filter((t) => t !== '').join('\n\n')
      drafts.push({ text, report: env.check!(text, parts[0]!.editor), editor: parts[0]!.editor })
    }
    drafts.push(...g.pending)
    const nonEmpty = drafts.filter((d) => d.text.trim() !== '')
    // The accounts of every draft the gesture sends: a flow's earlier drafts were written as their own (a Page's Reel).
    const editors = [...g.sessions.map((s) => s.editor), ...g.pending.flatMap((d) => (d.editor ? [d.editor] : []))]
    return { decision: decide(nonEmpty.map((d) => d.report), env.registration(editors)), drafts: nonEmpty }
  }

  const empty = (g: Group) => g.sessions.length === 0 && g.pending.length === 0

  const stop = (e: Event) => {
    e.preventDefault()
    e.stopImmediatePropagation()
  }

  /** Judge a send attempt. Returns true when the event must be stopped. */
  const attempt = (group: () => Group, resend: () => void, focusOn: GuardSession | null): boolean => {
    const g = group()
    const { decision, drafts } = judge(g)
    if (drafts.length === 0) return false
    // The composer to return to on cancel: the one the gesture came from, or the one that has focus.
    const active = document.activeElement
    const focusBack = focusOn ?? g.sessions.find((s) => active && s.editor.contains(active)) ?? g.sessions[0] ?? null
    if (decision.kind === 'pass') {
      finish(drafts, decision, [])
      return false
    }
    if (isDialogOpen()) return true
    if (decision.kind === 'block') env.blocked?.(drafts, decision)
    const caret = focusBack ? savedSelection(focusBack.editor) : null
    openSendDialog({
      verdict: decision.kind === 'block' ? 'block' : decision.report.verdict,
      findings: decision.report.findings,
      confirmations: decision.report.confirmations,
      account: decision.account,
      drafts: drafts.length,
      // Back to editing exactly where the user was: focus the editor and put the caret back
      // (selection only; the editor's content and DOM are not touched).
      onCancel: () => {
        if (focusBack) restoreSelection(focusBack.editor, caret)
      },
      onSend: (confirmed) => {
        // The text may have changed behind the dialog: judge again, never send a block.
        const again = judge(group())
        if (again.decision.kind === 'block') {
          attempt(group, resend, focusOn)
          return
        }
        finish(again.drafts, again.decision, confirmed)
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

  const finish = (drafts: SentDraft[], decision: Decision, confirmed: ConfirmKey[]) => {
    // The flow's drafts went out: the flow is over.
    if (flow && drafts.some((d) => flow!.drafts.includes(d))) flow = null
    env.sent(drafts, decision, confirmed)
  }

  const clickResend = (control: HTMLElement) => () => {
    if (control.isConnected && !isDisabled(control)) control.click()
  }

  /**
   * The confirmed touch again: a touchstart/touchend pair on the control, then a click unless the
   * page cancelled it (a control that acts on touchend prevents the click that would follow).
   */
  const touchResend = (control: HTMLElement, e: TouchEvent) => {
    const t0 = e.changedTouches?.[0]
    return () => {
      if (!control.isConnected || isDisabled(control)) return
      let handled = false
      try {
        const r = control.getBoundingClientRect()
        const touch = new Touch({ identifier: t0?.identifier ?? 1, target: control, clientX: t0?.clientX ?? r.left + r.width / 2, clientY: t0?.clientY ?? r.top + r.height / 2 })
        control.dispatchEvent(new TouchEvent('touchstart', { bubbles: true, cancelable: true, composed: true, touches: [touch], targetTouches: [touch], changedTouches: [touch] }))
        const end = new TouchEvent('touchend', { bubbles: true, cancelable: true, composed: true, touches: [], targetTouches: [], changedTouches: [touch] })
        control.dispatchEvent(end)
        handled = end.defaultPrevented
      } catch {
        handled = false
      }
      if (!handled && control.isConnected) control.click()
    }
  }

  /** A flow step: remember the drafts it leaves behind (they are judged again at the last button). */
  const onFlowStep = (control: HTMLElement) => {
    const g = groupForControl(control)
    if (g.sessions.length === 0) return
    const drafts = g.sessions.map((s) => ({ report: s.runCheck(), text: s.text, editor: s.editor })).filter((d) => d.text.trim() !== '')
    // An empty composer moving on leaves nothing pending: an earlier flow's drafts are not this one's.
    if (drafts.length === 0) {
      flow = null
      return
    }
    flow = { drafts, scope: control.closest<HTMLElement>('[role="dialog"]') ?? null, editors: [...new Set(g.sessions.map((s) => editorKind(s.editor)))], urls: [pageUrl()] }
  }

  /** Whether `target` is a flow step (次へ, 公開に進む); if so its drafts are taken (`onFlowStep`). */
  const flowStepAt = (target: EventTarget | null): boolean => {
    if (!isElement(target)) return false
    const next = adapter.flowControl(target)
    if (!next) return false
    onFlowStep(next)
    return true
  }

  const sendTarget = (target: EventTarget | null): HTMLElement | null => {
    if (!isElement(target)) return null
    const control = adapter.sendControl(target)
    if (!control || isDisabled(control)) return null
    return control
  }

  /** A flow outside a dialog notes the addresses it passes through at every gesture (see `openFlowAbandoned`). */
  const trackFlow = () => {
    if (flow && !flow.scope) flowAlive()
  }

  const onClick = (e: MouseEvent) => {
    if (bypass) return
    trackFlow()
    if (isElement(e.target)) {
      const next = adapter.flowControl(e.target)
      if (next) {
        onFlowStep(next)
        return
      }
    }
    const control = sendTarget(e.target)
    if (!control) return
    const group = () => groupForControl(control)
    if (empty(group())) return
    if (attempt(group, clickResend(control), null)) stop(e)
  }

  /** Presses on a send control that must not go out are swallowed too (some UIs act on pointerdown/up or touch). */
  const onPress = (e: Event) => {
    if (bypass) return
    trackFlow()
    // A flow step may act on the press itself (次へ on pointerdown or touchstart) and unmount the editor before any click:
    // its drafts are taken now (again at the click, if the editor is still there).
    if (flowStepAt(e.target)) return
    const control = sendTarget(e.target)
    if (!control) return
    const g = groupForControl(control)
    if (empty(g)) return
    if (isDialogOpen() || judge(g).decision.kind !== 'pass') {
      // touchstart is listened to passively (a non-passive one would make every scroll wait for us):
      // the page's handlers don't see it; the click it would lead to is cancelled at touchend.
      if (e.type === 'touchstart') e.stopImmediatePropagation()
      else stop(e)
    }
  }

  /** touchend: stopping it also cancels the click the browser would make, so the dialog opens here. */
  const onTouchEnd = (e: TouchEvent) => {
    if (bypass) return
    if (flowStepAt(e.target)) return
    const control = sendTarget(e.target)
    if (!control) return
    const group = () => groupForControl(control)
    if (empty(group())) return
    if (isDialogOpen()) {
      stop(e)
      return
    }
    if (attempt(group, touchResend(control, e), null)) stop(e)
  }

  const onKeydown = (e: KeyboardEvent) => {
    if (bypass || e.isComposing || e.keyCode === 229) return
    if (!e.repeat) trackFlow()
    // Keyboard activation of a role=button send control (native buttons turn Enter/Space into a click).
    if (isEnter(e) || e.key === ' ') {
      const control = sendTarget(e.target)
      if (control && control.tagName !== 'BUTTON') {
        const group = () => groupForControl(control)
        if (!empty(group()) && attempt(group, clickResend(control), null)) stop(e)
        return
      }
      if (isElement(e.target) && !sessionOf(e.target)) {
        const next = adapter.flowControl(e.target)
        if (next && next.tagName !== 'BUTTON') onFlowStep(next)
      }
    }
    const session = sessionOf(e.target)
    if (!session) return
    // Ctrl/Cmd+Enter sends on every site that has a shortcut; the site's own send keys too.
    const shortcut = isEnter(e) && (e.ctrlKey || e.metaKey)
    if (!shortcut && !adapter.isSendKey(e, session.editor)) return
    const editor = session.editor
    const init: KeyboardEventInit = {
      key: e.key, code: e.code, keyCode: e.keyCode, which: e.which, ctrlKey: e.ctrlKey, metaKey: e.metaKey,
      shiftKey: e.shiftKey, altKey: e.altKey, bubbles: true, cancelable: true, composed: true,
    }
    const resend = () => {
      const button = adapter.sendButtonFor(editor)
      if (button && !isDisabled(button)) button.click()
      else editor.dispatchEvent(new KeyboardEvent('keydown', init))
    }
    if (attempt(() => groupForEditor(session), resend, session)) stop(e)
  }

  const onSubmit = (e: SubmitEvent) => {
    if (bypass) return
    if (!isElement(e.target) || e.target.tagName !== 'FORM') return
    const form = e.target as HTMLFormElement
    const group = (): Group => ({ sessions: live().filter((s) => form.contains(s.editor) || form.contains(adapter.container(s.editor))), pending: [] })
    if (empty(group())) return
    const submitter = e.submitter
    if (attempt(group, () => form.requestSubmit(submitter && form.contains(submitter) ? submitter : undefined), null)) stop(e)
  }

  const listen = (win: Window) => {
    const opts = { capture: true, signal }
    win.addEventListener('click', onClick as EventListener, opts)
    win.addEventListener('keydown', onKeydown as EventListener, opts)
    win.addEventListener('submit', onSubmit as EventListener, opts)
    win.addEventListener('touchend', onTouchEnd as EventListener, { capture: true, signal, passive: false })
    for (const type of PRESS_EVENTS) win.addEventListener(type, onPress, { capture: true, signal, passive: type === 'touchstart' })
    win.addEventListener('popstate', trackFlow, { signal })
  }
  // Per document, not per window: a frame that loads a new document keeps its window proxy but drops its listeners.
  const attached = new WeakSet<Document>()
  const attach = (win: Window) => {
    if (attached.has(win.document)) return
    attached.add(win.document)
    listen(win)
  }
  attach(window)
  return {
    pending: () => (flowAlive() ? flow!.drafts : []),
    covers: (control) => flowAlive() && flowCovers(control),
    attach,
    dispose: () => ctl.abort(),
  }
}

/** The page's address without its fragment (a flow outside a dialog is bound to the addresses it passed). */
function pageUrl(): string {
  return location.href.replace(/#.*$/, '')
}

/**
 * What kind of editor an element is, from attributes that survive a remount (a flow's editor unmounts
 * at the publish step and a new element with the same attributes comes back), never its text or state classes.
 */
function editorKind(editor: HTMLElement): string {
  const a = (name: string) => editor.getAttribute(name) ?? ''
  return [editor.tagName, a('role'), a('contenteditable'), a('placeholder'), a('aria-placeholder'), a('data-placeholder'), a('aria-label'), a('data-testid'), a('name')].join('|')
}

function anySignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  const any = (AbortSignal as unknown as { any?: (s: AbortSignal[]) => AbortSignal }).any
  if (any) return any([a, b])
  const c = new AbortController()
  const abort = () => c.abort()
  a.addEventListener('abort', abort, { once: true })
  b.addEventListener('abort', abort, { once: true })
  return c.signal
}

/** The selection inside `editor`, if any (the caret the user had before the dialog took focus). */
function savedSelection(editor: HTMLElement): Range | null {
  const sel = editor.ownerDocument.getSelection()
  if (!sel || sel.rangeCount === 0) return null
  const r = sel.getRangeAt(0)
  return editor.contains(r.startContainer) && editor.contains(r.endContainer) ? r.cloneRange() : null
}

function restoreSelection(editor: HTMLElement, range: Range | null): void {
  if (!editor.isConnected) return
  editor.focus({ preventScroll: true })
  if (!range || !range.startContainer.isConnected || !range.endContainer.isConnected) return
  if (editor.tagName === 'TEXTAREA' || editor.tagName === 'INPUT') return
  const sel = editor.ownerDocument.getSelection()
  if (!sel) return
  try {
    sel.removeAllRanges()
    sel.addRange(range)
  } catch {
    /* the editor re-rendered those nodes: leave the caret where focus put it */
  }
}
