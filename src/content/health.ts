/**
 * Whether the page is protected, judged two ways:
 *  1. by the adapter's own expectations (a send button of a known kind with no hooked composer near it,
 *     a composer that could not be hooked), and
 *  2. by the frames: a visible editor canvas in a frame the script cannot read (cross-origin) is a gap, and
 *  3. WITHOUT trusting the adapter's selectors (DESIGN invariant 6): a visible editable field near a
 *     send-like control (投稿 / ポスト / シェア / 送信 / Post / Share …) that no session hooked. If a site
 *     renames both its editor and its button, (1) sees nothing, (2) still does.
 * Runs on the status tick (at most every 150 ms after changes, and every 2 s), never per keystroke.
 */
import type { SiteAdapter } from '../sites'
import { CONTROL, controlLabel, isDisabled } from '../sites/types'
import { unreadableEditorFrames } from './frames'

export interface Health {
  protected: boolean
  /** i18n key of the reason when not protected. */
  reason?: string
}

const FIELD = 'textarea, input:not([type]), input[type="text"], [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]'
/** Labels of controls that send a text, in Japanese and English (exact, after trimming). */
const SEND_LIKE =
  /^(投稿|投稿する|ポスト|ポストする|すべてポスト|送信|送信する|シェア|シェアする|今すぐシェア|公開|公開する|公開に進む|返信|返信する|コメント|コメントする|コメントを投稿|予約設定|予約投稿|post|post all|share|share now|send|publish|reply|comment|post comment|tweet|tweet all|schedule)$/i
/** How far up from a field a send control may sit and still be "its" button. */
const LEVELS = 6

export interface HookedView {
  /** Editors of live sessions. */
  editors(): HTMLElement[]
}

/** A control's label, cheaply: big containers acting as buttons (whole cards) are not send buttons. */
function shortLabel(c: HTMLElement): string {
  const aria = c.getAttribute('aria-label')
  if (aria) return aria.trim()
  if (c.childElementCount > 8) return ''
  return controlLabel(c)
}

function visible(el: HTMLElement): boolean {
  if (!el.isConnected) return false
  const r = el.getBoundingClientRect()
  return r.width > 0 && r.height > 0
}

function ours(el: Element): boolean {
  return !!el.closest('post-guard-overlay, post-guard-dialog, post-guard-banner')
}

/** Editable fields that nothing hooked and that sit near a send-like control. */
export function unhookedFields(adapter: SiteAdapter, hooked: HookedView, root: Document = document): HTMLElement[] {
  const editors = hooked.editors()
  const scopes = editors.map((e) => adapter.container(e))
  const controls: HTMLElement[] = []
  for (const c of root.querySelectorAll<HTMLElement>(CONTROL)) {
    if (ours(c)) continue
    const label = shortLabel(c)
    if (SEND_LIKE.test(label) || (!isDisabled(c) && label !== '' && adapter.sendControl(c) === c)) controls.push(c)
  }
  if (controls.length === 0) return []
  const out: HTMLElement[] = []
  for (const field of root.querySelectorAll<HTMLElement>(FIELD)) {
    if (ours(field)) continue
    if (field.parentElement?.closest('[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]')) continue
    if ((field as HTMLTextAreaElement).readOnly || (field as HTMLTextAreaElement).disabled || field.getAttribute('aria-hidden') === 'true') continue
    if (field.getAttribute('role') === 'combobox' || field.getAttribute('role') === 'searchbox') continue
    if (editors.some((e) => e === field || e.contains(field) || field.contains(e))) continue
    // A field in a hooked composer's own scope (a place or tag field of the post dialog) is part of it.
    if (scopes.some((s) => s.contains(field))) continue
    let ignored = false
    try {
      ignored = adapter.ignored(field)
    } catch {
      ignored = false
    }
    if (ignored || !visible(field)) continue
    let anc: HTMLElement | null = field.parentElement
    let near = false
    for (let i = 0; i < LEVELS && anc && !near; i++, anc = anc.parentElement) {
      if (anc === root.body || anc === root.documentElement) break
      for (const c of controls) {
        if (anc.contains(c) && visible(c)) {
          near = true
          break
        }
      }
    }
    if (near) out.push(field)
  }
  return out
}

export interface HealthInput {
  adapter: SiteAdapter
  editors: HTMLElement[]
  /** A composer matched the adapter but could not be hooked. */
  hadFailure: boolean
  /** The background's context is overdue. */
  contextMissing: boolean
  /** The rule engine could not be loaded into the page (content/engine.ts): drafts are not checked. */
  engineMissing?: boolean
  /** A send control whose drafts a pending flow holds (次へ → 投稿: the editor is gone, the draft is not). */
  flowCovers?(control: HTMLElement): boolean
}

export function health(i: HealthInput, root: Document = document): Health {
  if (i.hadFailure) return { protected: false, reason: 'statusReadFailed' }
  if (i.engineMissing) return { protected: false, reason: 'statusEngineUnavailable' }
  if (i.contextMissing) return { protected: false, reason: 'statusNoContext' }
  // An editor canvas in a frame the script cannot read (another origin, or a site that does not look into frames).
  if (unreadableEditorFrames(root, !!i.adapter.frames).length > 0) return { protected: false, reason: 'statusFrameUnreadable' }
  for (const hint of i.adapter.expectations(root)) {
    if (!hint.isConnected) continue
    const covered =
      i.editors.some((e) => {
        const scope = i.adapter.container(e)
        return scope.contains(hint) || hint.contains(e)
      }) || !!i.flowCovers?.(hint)
    if (!covered) return { protected: false, reason: 'statusNoComposer' }
  }
  if (unhookedFields(i.adapter, { editors: () => i.editors }, root).length > 0) return { protected: false, reason: 'statusUnhookedField' }
  return { protected: true }
}
