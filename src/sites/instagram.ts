/** Instagram (www.instagram.com): the caption of the create-post dialog (Lexical) and comment boxes. */
import type { Mode } from '../engine'
import { buttonByText, closest, isEnter, mediaIn, type EditorElement, type SiteAdapter } from './types'

const CAPTION =
  '[role="dialog"] [contenteditable="true"][aria-label^="Write a caption" i], [role="dialog"] [contenteditable="true"][aria-label^="キャプション"], [role="dialog"] [contenteditable="true"][data-lexical-editor="true"]'
const COMMENT = 'textarea[aria-label^="Add a comment" i], textarea[aria-label^="コメントを追加"], form textarea[placeholder^="Add a comment" i], form textarea[placeholder^="コメントを追加"]'
const SHARE_LABELS = ['Share', 'シェア', 'シェアする']
const POST_LABELS = ['Post', '投稿する', '投稿']

function isCaption(editor: EditorElement): boolean {
  return editor.tagName !== 'TEXTAREA'
}

function container(editor: EditorElement): HTMLElement {
  return isCaption(editor) ? (closest(editor, '[role="dialog"]') ?? editor.parentElement ?? editor) : (closest(editor, 'form') ?? closest(editor, 'article') ?? editor.parentElement ?? editor)
}

export const instagram: SiteAdapter = {
  site: 'instagram',
  composerSelector: `${CAPTION}, ${COMMENT}`,
  sendButtonSelector: '[role="dialog"] [role="button"], form [role="button"], form button[type="submit"]',
  // Direct messages are private conversations, not posts.
  accept: (editor) => !location.pathname.startsWith('/direct/'),
  container,
  mode: (editor): Mode => (isCaption(editor) ? 'post' : 'comment'),
  attachments: (editor) => (isCaption(editor) ? mediaIn(container(editor), 'img[src^="blob:"], img[src^="data:"]') : []),
  account(doc) {
    for (const img of doc.querySelectorAll<HTMLImageElement>('a[role="link"] img[alt$="profile picture"], a[role="link"] img[alt$="のプロフィール写真"]')) {
      const href = img.closest('a')?.getAttribute('href')
      const handle = href?.replace(/^\//, '').split('/')[0]
      if (handle) return { site: 'instagram', handle, url: `https://www.instagram.com/${handle}/` }
    }
    return null
  },
  sendButtonFor(editor) {
    const scope = container(editor)
    return isCaption(editor) ? buttonByText(scope, SHARE_LABELS) : (buttonByText(scope, POST_LABELS) ?? scope.querySelector<HTMLElement>('button[type="submit"]'))
  },
  isSendKey: (e, editor) => isEnter(e) && !e.shiftKey && !isCaption(editor),
  expectations(root) {
    const out: HTMLElement[] = []
    for (const dialog of root.querySelectorAll<HTMLElement>('[role="dialog"]')) {
      const share = buttonByText(dialog, SHARE_LABELS)
      if (share) out.push(share)
    }
    return out
  },
}
