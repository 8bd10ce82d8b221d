/**
 * Instagram (www.instagram.com): the caption of the create dialog (Lexical; 次へ → 次へ → シェア/Share)
 * and comment boxes: <textarea> under posts, <input> under Reels (React swaps the placeholder
 * element on focus), and contenteditable comment boxes.
 */
import type { Mode } from '../engine'
import { buttonByText, closest, CONTROL, controlByLabel, controlLabel, isEnter, mediaIn, profileInfo, textOf, type EditorElement, type SiteAdapter } from './types'

const CAPTION =
  '[role="dialog"] [contenteditable="true"][aria-label^="Write a caption" i], [role="dialog"] [contenteditable="true"][aria-label^="キャプション"], [role="dialog"] [contenteditable="true"][data-lexical-editor="true"]'
const COMMENT_LABELS = ['Add a comment', 'コメントを追加']
const COMMENT = COMMENT_LABELS.flatMap((l) => [
  `textarea[aria-label^="${l}" i]`,
  `textarea[placeholder^="${l}" i]`,
  `input[aria-label^="${l}" i]`,
  `input[placeholder^="${l}" i]`,
  `[contenteditable="true"][aria-label^="${l}" i]`,
  `[contenteditable="true"][aria-placeholder^="${l}" i]`,
]).join(', ')
export const IG_SHARE_LABELS = ['Share', 'シェア', 'シェアする']
export const IG_POST_LABELS = ['Post', '投稿する', '投稿']
export const IG_NEXT_LABELS = ['Next', '次へ']

function isComment(editor: EditorElement): boolean {
  return editor.matches(COMMENT)
}

function container(editor: EditorElement): HTMLElement {
  return isComment(editor)
    ? (closest(editor, 'form') ?? closest(editor, 'section') ?? closest(editor, 'article') ?? editor.parentElement ?? editor)
    : (closest(editor, '[role="dialog"]') ?? editor.parentElement ?? editor)
}

export const instagram: SiteAdapter = {
  site: 'instagram',
  composerSelector: `${CAPTION}, ${COMMENT}`,
  sendButtonSelector: '[role="dialog"] [role="button"], form [role="button"], form button[type="submit"]',
  // Direct messages are private conversations, not posts.
  accept: (editor) => !instagram.ignored(editor),
  container,
  mode: (editor): Mode => (isComment(editor) ? 'comment' : 'post'),
  attachments: (editor) => (isComment(editor) ? [] : mediaIn(container(editor), 'img[src^="blob:"], img[src^="data:"]')),
  /**
   * The own profile link of the navigation (its text says プロフィール / Profile), never an avatar
   * in a post, story or dialog (those are other users' too).
   */
  account(doc) {
    for (const a of doc.querySelectorAll<HTMLAnchorElement>('nav a[href], [role="navigation"] a[href]')) {
      if (a.closest('article, [role="dialog"], main')) continue
      const said = `${(a.textContent ?? '').trim()} ${a.getAttribute('aria-label') ?? ''}`
      if (!/(プロフィール|\bProfile\b)/i.test(said)) continue
      const handle = a.getAttribute('href')?.replace(/^\//, '').split(/[/?#]/)[0]
      if (handle && !/^(explore|reels|direct|accounts|p|reel|stories)$/.test(handle)) return { site: 'instagram', handle, url: `https://www.instagram.com/${handle}/` }
    }
    return null
  },
  sendButtonFor(editor) {
    const scope = container(editor)
    return isComment(editor) ? (buttonByText(scope, IG_POST_LABELS) ?? scope.querySelector<HTMLElement>('button[type="submit"]')) : buttonByText(scope, IG_SHARE_LABELS)
  },
  isSendKey: (e, editor) => isEnter(e) && !e.shiftKey && isComment(editor),
  expectations(root) {
    const out: HTMLElement[] = []
    for (const dialog of root.querySelectorAll<HTMLElement>('[role="dialog"]')) {
      const share = buttonByText(dialog, IG_SHARE_LABELS)
      if (share) out.push(share)
    }
    return out
  },
  sendControl(target) {
    const el = target.closest<HTMLElement>(CONTROL)
    if (!el) return null
    const text = controlLabel(el)
    if (IG_SHARE_LABELS.includes(text) || IG_POST_LABELS.includes(text)) return el
    if (el.matches('form button[type="submit"], form input[type="submit"]')) return el
    return null
  },
  flowControl: (target) => controlByLabel(target, IG_NEXT_LABELS),
  /**
   * A profile page (instagram.com/<handle>/): the page's header section holds the handle (h2), the
   * counts (ul), the display name (span[dir=auto]) and the bio (h1[dir=auto], or the text after the name).
   * Post headers are inside article, never main > header.
   */
  profile(doc) {
    const section = [...doc.querySelectorAll('main header section')].find((el) => !el.closest('article, [role="dialog"]') && el.querySelector('h2, ul'))
    if (!section) return null
    const seg = location.pathname.split('/').filter(Boolean)
    const fromPath = seg.length === 1 && !/^(explore|reels|direct|accounts|p|reel|stories)$/.test(seg[0]!) ? seg[0] : null
    const handle = textOf(section.querySelector('h2')) || fromPath
    const isCounts = (el: Element) => !!el.closest('ul, h2, button, [role="button"], a')
    const name = [...section.querySelectorAll('span[dir="auto"]')].find((el) => !isCounts(el) && !el.closest('h1'))
    const bioEl = section.querySelector('h1[dir="auto"], h1') ?? section.querySelector('[data-post-guard-bio]')
    return profileInfo('instagram', handle, textOf(name), textOf(bioEl))
  },
  ignored: (field) => location.pathname.startsWith('/direct/') || !!closest(field, '[aria-label*="Direct" i], [aria-label*="メッセージ"], [role="search"]') || field.getAttribute('role') === 'combobox',
}
