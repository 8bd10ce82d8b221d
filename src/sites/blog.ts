/**
 * Blogs and CMSs an administrator enables: any multi-line text field or rich-text editor on the page,
 * also inside same-origin editor frames (WordPress's block editor renders the post in
 * `<iframe name="editor-canvas">`: the title and every block are contenteditables of their own, and
 * together they are ONE post; its 公開 / 更新 / 予約投稿 buttons sit in the top document).
 * Sending = submitting its form, or a submit / publish button; Ctrl/Cmd+S only where the post is
 * already live (WordPress saves a published post's changes straight to the site).
 */
import type { Mode } from '../engine'
import { CONTROL, closest, controlLabel, isDisabled, mediaIn, type EditorElement, type SiteAdapter } from './types'

/** Labels of controls that publish (WordPress: Publish / Update / Schedule, their 「…」 toggles, note: 投稿する). */
const PUBLISH_LABELS = ['公開', '公開する', '投稿する', '投稿', '更新', '予約投稿', '予約', 'Publish', 'Update', 'Schedule', 'Post']
/** Labels of the control a published post shows: saving it changes the live post. */
const LIVE_LABELS = ['更新', 'Update']
const NEXT_LABELS = ['公開に進む', '公開設定', '次へ', 'Next']

const EDITABLE = '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]'
const EDITOR = `textarea, ${EDITABLE}`
const SEND = 'button[type="submit"], input[type="submit"], form button:not([type]), [data-post-guard-send]'

/** A control's label without the 「…」 of toggles that open a panel first (WordPress 「公開…」「予約投稿…」). */
function label(el: Element): string {
  return controlLabel(el).replace(/(\u2026|\.\.\.)$/, '').trim()
}

/** The outermost frame an editor of a child document hangs from, or null in the top document. */
function outerFrame(editor: EditorElement): HTMLElement | null {
  let doc = editor.ownerDocument
  let frame: HTMLElement | null = null
  for (let i = 0; i < 4 && doc !== document; i++) {
    const el = doc.defaultView?.frameElement as HTMLElement | null | undefined
    if (!el) return frame
    frame = el
    doc = el.ownerDocument
  }
  return frame
}

/** Whether `el` holds a control that sends or moves a post on (submit, 公開 / 投稿する, 公開に進む / 次へ). */
function holdsPostControl(el: Element): boolean {
  if (el.querySelector(SEND)) return true
  for (const c of el.querySelectorAll(CONTROL)) {
    const l = label(c)
    if (PUBLISH_LABELS.includes(l) || NEXT_LABELS.includes(l)) return true
  }
  return false
}

function container(editor: EditorElement): HTMLElement {
  // An editor canvas in a frame: the page around it (its header and panels hold the publish controls).
  if (outerFrame(editor)) return document.body ?? document.documentElement
  const form = closest(editor, 'form')
  if (form) return form
  // The main area, when the post's controls are in it; an editor whose 公開に進む / 投稿する sit in a
  // header outside it (note.com's editor) belongs to the whole page.
  const main = closest(editor, 'main, article, [role="main"]')
  return main && holdsPostControl(main) ? main : editor.ownerDocument.body
}

/** The enabled publish control of the page (top document), preferring the last one opened (a confirm panel's). */
function publishControl(): HTMLElement | null {
  let found: HTMLElement | null = null
  for (const el of document.querySelectorAll<HTMLElement>(CONTROL)) {
    if (!isDisabled(el) && PUBLISH_LABELS.includes(label(el))) found = el
  }
  return found
}

/** A one-line field for a post's tags (note.com's publish page 「ハッシュタグを追加する」): not the post's text. */
function isTagField(field: HTMLElement): boolean {
  if (field.tagName !== 'INPUT') return false
  const hint = `${field.getAttribute('placeholder') ?? ''} ${field.getAttribute('aria-label') ?? ''}`
  return /ハッシュタグ|タグ|\btags?\b|hashtag/i.test(hint)
}

export const blog: SiteAdapter = {
  site: 'blog',
  frames: true,
  composerSelector: EDITOR,
  sendButtonSelector: SEND,
  accept(editor) {
    // The root of a nested contenteditable only, never its children; skip tiny single-line fields.
    if (editor.parentElement?.closest(EDITABLE)) return false
    if (editor.getAttribute('role') === 'combobox' || editor.getAttribute('aria-hidden') === 'true') return false
    if (editor.tagName === 'TEXTAREA' && (isDisabled(editor) || (editor as HTMLTextAreaElement).readOnly)) return false
    if (outerFrame(editor)) {
      // In a canvas, an editable holding other editables is the editor's selection surface, not a
      // draft: WordPress makes the canvas body contenteditable while several blocks are selected.
      if (editor.querySelector(EDITABLE)) return false
      // Frames hold rich-text editors; a frame's <textarea> (code views) is not read there.
      if (editor.tagName === 'TEXTAREA') return false
    }
    return true
  },
  container,
  draftRoot: (editor) => outerFrame(editor),
  mode: (): Mode => 'post',
  // In a canvas the whole post's images count (each block is a composer; the post is the draft).
  attachments: (editor) => mediaIn(editor.tagName === 'TEXTAREA' ? null : outerFrame(editor) ? editor.ownerDocument.body : editor, 'img'),
  account: () => null,
  sendButtonFor: (editor) => (outerFrame(editor) ? publishControl() : container(editor).querySelector<HTMLElement>(SEND)),
  isSendKey(e, editor) {
    // Ctrl/Cmd+S saves; on a published post (the page offers 更新 / Update) that changes the live post.
    if (!(e.ctrlKey || e.metaKey) || e.altKey || (e.key !== 's' && e.key !== 'S' && e.code !== 'KeyS')) return false
    if (!outerFrame(editor)) return false
    for (const el of document.querySelectorAll(CONTROL)) if (LIVE_LABELS.includes(label(el))) return true
    return false
  },
  expectations: () => [],
  sendControl(target) {
    const direct = closest(target, SEND)
    if (direct) return direct
    const el = closest(target, 'button, [role="button"]')
    return el && PUBLISH_LABELS.includes(label(el)) ? el : null
  },
  flowControl(target) {
    const el = closest(target, 'button, [role="button"]')
    return el && NEXT_LABELS.includes(label(el)) ? el : null
  },
  ignored: (field) => field.getAttribute('role') === 'combobox' || !!closest(field, '[role="search"], form[role="search"]') || isTagField(field),
}
