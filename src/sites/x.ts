/**
 * X (x.com, twitter.com, mobile.x.com, pro.x.com): Draft.js composers (home, modal, reply, quote,
 * every part of a thread) and the <textarea> composer of the narrow/mobile /compose/post page.
 * Buttons are found by data-testid, so labels (ポストする / 投稿 / 返信 / すべてポスト / 予約設定) don't matter.
 */
import type { Mode } from '../engine'
import { closest, isEnter, mediaIn, profileInfo, textOf, type EditorElement, type SiteAdapter } from './types'

const RICH = '[data-testid^="tweetTextarea_"][role="textbox"]:not([data-testid$="_label"]):not([data-testid$="RichTextInputContainer"])'
/** The mobile/narrow compose page: a plain <textarea> inside div[data-testid^=tweetTextarea] (no testid of its own). */
const PLAIN = '[data-testid^="tweetTextarea_"] textarea'
const EDITOR = `${RICH}, ${PLAIN}`
const SEND = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]'
const DIALOG = '[role="dialog"]'

/** The composer's scope: its dialog, else the nearest ancestor that also holds a send button. */
function container(editor: EditorElement): HTMLElement {
  const dialog = closest(editor, DIALOG)
  if (dialog) return dialog
  let el: HTMLElement | null = editor.parentElement
  while (el && el !== editor.ownerDocument.body) {
    if (el.querySelector(SEND)) return el
    el = el.parentElement
  }
  return editor.parentElement ?? editor
}

function mode(editor: EditorElement): Mode {
  const scope = container(editor)
  let before = false
  let after = false
  for (const t of scope.querySelectorAll('[data-testid="tweetText"]')) {
    const pos = editor.compareDocumentPosition(t)
    if (pos & Node.DOCUMENT_POSITION_PRECEDING) before = true
    if (pos & Node.DOCUMENT_POSITION_FOLLOWING) after = true
  }
  if (before) return 'reply'
  if (after) return 'quote'
  // An inline reply box on a status page.
  if (closest(editor, '[data-testid="inline_reply_offscreen"], [data-testid="inline_reply"]')) return 'reply'
  if (/^\/[^/]+\/status\/\d+/.test(location.pathname) && !closest(editor, DIALOG)) return 'reply'
  return 'post'
}

export const x: SiteAdapter = {
  site: 'x',
  composerSelector: EDITOR,
  sendButtonSelector: SEND,
  accept: (editor) => !closest(editor, '[data-testid="DmActivityContainer"], [data-testid="DMDrawer"], [data-testid="dmComposerTextInput"]'),
  container,
  mode,
  attachments: (editor) => mediaIn(container(editor).querySelector('[data-testid="attachments"]'), 'img'),
  account(doc) {
    // The account switcher shows the acting account; other users' avatars sit in posts, not in it.
    const avatar = doc.querySelector('[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]')
    const fromAvatar = avatar?.getAttribute('data-testid')?.slice('UserAvatar-Container-'.length)
    const link = doc.querySelector<HTMLAnchorElement>('a[data-testid="AppTabBar_Profile_Link"]')
    const fromLink = link?.getAttribute('href')?.replace(/^\//, '').split(/[/?#]/)[0]
    const handle = fromAvatar || fromLink
    if (!handle) return null
    return { site: 'x', handle, url: `https://x.com/${handle}` }
  },
  sendButtonFor: (editor) => container(editor).querySelector<HTMLElement>(SEND),
  isSendKey: (e) => isEnter(e) && (e.ctrlKey || e.metaKey),
  expectations: (root) => [...root.querySelectorAll<HTMLElement>(SEND)],
  sendControl: (target) => closest(target, SEND),
  flowControl: () => null,
  ignored: (field) => !!closest(field, '[data-testid="DmActivityContainer"], [data-testid="DMDrawer"], [aria-label*="検索"], [role="search"], form[role="search"]'),
  /**
   * A profile page (x.com/<handle>): [data-testid=UserName] holds the display name and "@handle",
   * [data-testid=UserDescription] the bio. Posts use data-testid=User-Name (with a hyphen), never this.
   */
  profile(doc) {
    const header = doc.querySelector('[data-testid="primaryColumn"] [data-testid="UserName"]') ?? doc.querySelector('[data-testid="UserName"]')
    if (!header) return null
    // Leaf spans: the name's text and the "@handle" (the name may hold emoji images and a badge).
    const lines = [...header.querySelectorAll('span')].filter((sp) => !sp.querySelector('span')).map((sp) => textOf(sp)).filter(Boolean)
    const at = lines.find((l) => /^@\w{1,50}$/.test(l))
    const fromPath = location.pathname.split('/')[1]
    const handle = at?.slice(1) ?? (fromPath && /^\w{1,50}$/.test(fromPath) ? fromPath : null)
    const name = lines.find((l) => !l.startsWith('@'))
    return profileInfo('x', handle, name, textOf(doc.querySelector('[data-testid="UserDescription"]')))
  },
}
