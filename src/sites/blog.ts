/**
 * Blogs and CMSs an administrator enables: any multi-line text field or rich-text editor on the page.
 * Sending = submitting its form (or a submit/publish button of the form).
 */
import type { Mode } from '../engine'
import { closest, isDisabled, mediaIn, type EditorElement, type SiteAdapter } from './types'

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
}
