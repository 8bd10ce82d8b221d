/**
 * Blogs and CMSs an administrator enables: any multi-line text field or rich-text editor on the page.
 * Sending = submitting its form (or a submit/publish button of the form).
 */
import type { Mode } from '../engine'
import { closest, isDisabled, mediaIn, type EditorElement, type SiteAdapter } from './types'

const PUBLISH_LABELS = ['公開', '公開する', '投稿する', '投稿', '更新', '予約投稿', 'Publish', 'Update', 'Schedule', 'Post']
const NEXT_LABELS = ['公開に進む', '公開設定', '次へ', 'Next']

const EDITOR = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]'
const SEND = 'button[type="submit"], input[type="submit"], form button:not([type]), [data-post-guard-send]'

function container(editor: EditorElement): HTMLElement {
  return closest(editor, 'form') ?? closest(editor, 'main, article, [role="main"]') ?? editor.ownerDocument.body
}

export const blog: SiteAdapter = {
  site: 'blog',
  composerSelector: EDITOR,
  sendButtonSelector: SEND,
  accept(editor) {
    // The root of a nested contenteditable only, never its children; skip tiny single-line fields.
    if (editor.parentElement?.closest('[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]')) return false
    if (editor.getAttribute('role') === 'combobox' || editor.getAttribute('aria-hidden') === 'true') return false
    if (editor.tagName === 'TEXTAREA' && (isDisabled(editor) || (editor as HTMLTextAreaElement).readOnly)) return false
    return true
  },
  container,
  mode: (): Mode => 'post',
  attachments: (editor) => mediaIn(editor.tagName === 'TEXTAREA' ? null : editor, 'img'),
  account: () => null,
  sendButtonFor: (editor) => container(editor).querySelector<HTMLElement>(SEND),
  isSendKey: () => false,
  expectations: () => [],
  sendControl(target) {
    const direct = closest(target, SEND)
    if (direct) return direct
    const el = closest(target, 'button, [role="button"]')
    return el && PUBLISH_LABELS.includes((el.getAttribute('aria-label') ?? el.textContent ?? '').trim()) ? el : null
  },
  flowControl(target) {
    const el = closest(target, 'button, [role="button"]')
    return el && NEXT_LABELS.includes((el.getAttribute('aria-label') ?? el.textContent ?? '').trim()) ? el : null
  },
  ignored: (field) => field.getAttribute('role') === 'combobox' || !!closest(field, '[role="search"], form[role="search"]'),
}
