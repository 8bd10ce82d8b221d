/** Facebook (www.facebook.com): Lexical editors — the post dialog and comment boxes. */
import type { Mode } from '../engine'
import { buttonByText, closest, isEnter, mediaIn, type EditorElement, type SiteAdapter } from './types'

const EDITOR = '[contenteditable="true"][role="textbox"][data-lexical-editor="true"], [role="dialog"] form [contenteditable="true"][role="textbox"]'
const POST_BUTTON_LABELS = ['Post', '投稿', 'Share', 'シェア', 'Publish', '公開']
const POST_BUTTON = POST_BUTTON_LABELS.map((l) => `[role="button"][aria-label="${l}"]`).join(', ')
const COMMENT_BUTTON = '[role="button"][aria-label="Comment"], [role="button"][aria-label="コメントする"], [role="button"][aria-label="Reply"], [role="button"][aria-label="返信する"]'
const SEND = `${POST_BUTTON}, ${COMMENT_BUTTON}`
const IN_DIALOG_POST_BUTTON = POST_BUTTON_LABELS.map((l) => `[role="dialog"] form [role="button"][aria-label="${l}"]`).join(', ')

function postForm(editor: EditorElement): HTMLElement | null {
  return closest(editor, '[role="dialog"] form[method="post"], [role="dialog"] form')
}

function container(editor: EditorElement): HTMLElement {
  return postForm(editor) ?? closest(editor, '[role="dialog"]') ?? closest(editor, 'form') ?? closest(editor, '[role="article"], article') ?? editor.parentElement ?? editor
}

function isComment(editor: EditorElement): boolean {
  if (postForm(editor)) return false
  const label = (editor.getAttribute('aria-label') ?? '') + (editor.getAttribute('aria-placeholder') ?? '')
  return /comment|コメント|reply|返信|answer|回答/i.test(label) || !closest(editor, '[role="dialog"]')
}

export const facebook: SiteAdapter = {
  site: 'facebook',
  composerSelector: EDITOR,
  sendButtonSelector: SEND,
  // Messenger fields are private conversations, not posts.
  accept: (editor) => !closest(editor, '[aria-label*="Messenger" i], [aria-label*="メッセンジャー"], [role="complementary"][aria-label*="Chat" i]'),
  container,
  mode(editor): Mode {
    if (!isComment(editor)) return 'post'
    const label = editor.getAttribute('aria-label') ?? ''
    return /reply|返信/i.test(label) ? 'reply' : 'comment'
  },
  attachments: (editor) => (isComment(editor) ? [] : mediaIn(container(editor), 'img[src^="blob:"], img[src^="data:"], [data-visualcompletion="media-vc-image"]')),
  account(doc) {
    const link = doc.querySelector<HTMLAnchorElement>('[role="banner"] a[aria-label][href^="/"]:not([href="/"]), a[data-post-guard-profile], [aria-label="Your profile" i] a[href^="/"], [aria-label="プロフィール"] a[href^="/"]')
    const href = link?.getAttribute('href')
    if (!href) return null
    const handle = href.replace(/^\//, '').split(/[/?#]/)[0]
    if (!handle) return null
    return { site: 'facebook', handle, name: link?.getAttribute('aria-label') ?? undefined, url: `https://www.facebook.com/${handle}` }
  },
  sendButtonFor(editor) {
    const scope = container(editor)
    return scope.querySelector<HTMLElement>(isComment(editor) ? COMMENT_BUTTON : POST_BUTTON) ?? (isComment(editor) ? null : buttonByText(scope, POST_BUTTON_LABELS))
  },
  // Comment boxes send on plain Enter; the post dialog takes Enter as a new line.
  isSendKey: (e, editor) => isEnter(e) && !e.shiftKey && !e.altKey && isComment(editor),
  expectations: (root) => [...root.querySelectorAll<HTMLElement>(IN_DIALOG_POST_BUTTON)],
}
