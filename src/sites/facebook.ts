/**
 * Facebook (www., web., m.facebook.com): Lexical editors — the post dialog (one step, or
 * 次へ/Next → 投稿の設定/Post settings → 投稿/Post; Page videos become Reels with a second editor),
 * comment and reply boxes in the feed and inside a post opened as a dialog (form[role=presentation],
 * #focused-state-composer-submit). Meta Business Suite (business.facebook.com) has its own adapter:
 * business-suite.ts.
 */
import type { Mode } from '../engine'
import type { ActingAccount } from '../shared/protocol'
import { buttonByText, closest, controlByLabel, controlLabel, CONTROL, isEnter, mediaIn, profileInfo, textOf, type EditorElement, type SiteAdapter } from './types'

const EDITOR = '[contenteditable="true"][role="textbox"][data-lexical-editor="true"], [role="dialog"] form [contenteditable="true"][role="textbox"]'
export const FB_POST_LABELS = [
  'Post', '投稿', '投稿する', 'Share', 'シェア', 'Share now', '今すぐシェア', 'Publish', '公開', '公開する',
  'Schedule', '予約', '予約投稿', '日時を指定', 'Schedule post', 'Post now', '今すぐ投稿',
]
export const FB_COMMENT_LABELS = ['Comment', 'コメントする', 'コメント', 'Post comment', 'コメントを投稿', 'Reply', '返信する', '返信']
export const FB_NEXT_LABELS = ['Next', '次へ']
const POST_BUTTON = FB_POST_LABELS.map((l) => `[role="button"][aria-label="${l}"]`).join(', ')
const COMMENT_BUTTON = [...FB_COMMENT_LABELS.map((l) => `[role="button"][aria-label="${l}"]`), '#focused-state-composer-submit [role="button"]'].join(', ')
const SEND = `${POST_BUTTON}, ${COMMENT_BUTTON}`
const IN_DIALOG_POST_BUTTON = FB_POST_LABELS.map((l) => `[role="dialog"] form [role="button"][aria-label="${l}"]`).join(', ')
/** Labels of comment and reply boxes: "Comment as <Name>", "<Name>としてコメント", "Write a comment…", "Reply to <Name>", "…に返信". */
const COMMENT_LABEL = /comment|コメント|reply|返信|answer|回答/i
const REPLY_LABEL = /reply|返信/i
/** "What's on your mind, <Name>?" / "<Name>さん、その気持ち、シェアしよう" / "<Name>さん、今なにしてる？": the acting profile or Page. */
const ACTING_NAME = [/^What's on your mind, (.+?)\?$/i, /^What’s on your mind, (.+?)\?$/i, /^(.+?)さん、(?:その気持ち|今なにしてる|いま何してる)/]

/**
 * "Comment as <Name>" / "<Name>としてコメント" (also "Reply as <Name>" / "<Name>として返信"): the account a
 * comment box posts as. "Reply to <Name>" / "…に返信" name the person answered, never the actor.
 */
const COMMENT_AS = [/^(?:Comment|Reply|Answer) as (.+?)\s*$/i, /^(.+?)として(?:コメント|返信|回答)/]

function label(editor: EditorElement): string {
  return `${editor.getAttribute('aria-label') ?? ''} ${editor.getAttribute('aria-placeholder') ?? ''}`
}

/** Comment forms: form[role=presentation] (feed and post dialogs alike), or a comment/reply label. */
function isComment(editor: EditorElement): boolean {
  if (closest(editor, 'form[role="presentation"]')) return true
  const form = closest(editor, 'form')
  if (form?.querySelector('#focused-state-composer-submit')) return true
  if (COMMENT_LABEL.test(label(editor))) return true
  // Outside any dialog, a Lexical box is a comment box (the feed's create-post region opens a dialog).
  return !closest(editor, '[role="dialog"]') && !closest(editor, '[data-pagelet*="Composer" i], [aria-label*="Composer" i]')
}

function container(editor: EditorElement): HTMLElement {
  if (isComment(editor)) return closest(editor, 'form') ?? closest(editor, '[role="article"], article') ?? editor.parentElement ?? editor
  return closest(editor, '[role="dialog"] form') ?? closest(editor, '[role="dialog"]') ?? closest(editor, 'form') ?? closest(editor, '[role="main"], main') ?? editor.parentElement ?? editor
}

/** The acting profile's name as the composer states it (placeholder of a post editor). */
export function actingName(doc: Document): string | null {
  for (const ed of doc.querySelectorAll<HTMLElement>('[role="textbox"][aria-placeholder], [role="textbox"][aria-label]')) {
    for (const re of ACTING_NAME) {
      const m = (ed.getAttribute('aria-placeholder') ?? '').match(re) ?? (ed.getAttribute('aria-label') ?? '').match(re)
      if (m?.[1]) return m[1].trim()
    }
  }
  return null
}

/** The name a comment box says it posts as (its aria-label or aria-placeholder), or null. */
export function commentAsName(editor: Element): string | null {
  for (const attr of ['aria-label', 'aria-placeholder']) {
    const text = (editor.getAttribute(attr) ?? '').trim()
    for (const re of COMMENT_AS) {
      const m = text.match(re)
      if (m?.[1]?.trim()) return m[1].trim()
    }
  }
  return null
}

/**
 * Who a comment or reply box posts as: the name its own label states, or (a reply box labelled only
 * "Reply to <Name>") the name the comment box of the same post states. The handle comes from the
 * page's data when the name is the logged-in user's, from a link with that name in the box's own form
 * (the avatar beside it), or from the profile page the tab shows when its title is that name. A name
 * with no handle is only a name (unregistered); no name at all is unknown (null), never another account.
 */
function commentAccount(editor: EditorElement): ActingAccount | null {
  let name = commentAsName(editor)
  for (let scope = editor.parentElement?.closest<HTMLElement>('[role="article"], [role="dialog"]'); !name && scope; scope = scope.parentElement?.closest<HTMLElement>('[role="article"], [role="dialog"]')) {
    for (const other of scope.querySelectorAll(EDITOR)) {
      name = commentAsName(other)
      if (name) break
    }
  }
  if (!name) return null
  const doc = editor.ownerDocument
  const self = selfFromData(doc)
  if (self && self.name === name) return { site: 'facebook', handle: self.handle, name, url: `https://www.facebook.com/${self.handle}` }
  for (const a of closest(editor, 'form')?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? []) {
    if ((a.textContent ?? '').trim() !== name && a.getAttribute('aria-label') !== name) continue
    const handle = handleOf(a.getAttribute('href') ?? '')
    if (handle) return { site: 'facebook', handle, name, url: `https://www.facebook.com/${handle}` }
  }
  const here = handleOf(doc.defaultView?.location.href ?? '')
  const h1 = doc.querySelector('[role="main"] h1')
  if (here && h1 && !h1.closest('[role="dialog"], [role="article"]') && textOf(h1) === name) return { site: 'facebook', handle: here, name, url: `https://www.facebook.com/${here}` }
  return { site: 'facebook', name }
}

/** The Page or profile a facebook.com link points to (path segment, or profile.php?id=…); app sections are not accounts. */
export function handleOf(href: string): string | null {
  let path = href
  try {
    const u = new URL(href, 'https://www.facebook.com/')
    if (!/(^|\.)facebook\.com$/.test(u.hostname)) return null
    if (u.pathname === '/profile.php') return u.searchParams.get('id') ? `profile.php?id=${u.searchParams.get('id')}` : null
    path = u.pathname
  } catch {
    return null
  }
  const seg = path.replace(/^\//, '').split('/')[0] ?? ''
  // Top-navigation tabs and app sections are never accounts.
  if (!seg || /^(watch|marketplace|groups|gaming|reel|reels|friends|bookmarks|notifications|messages|events|pages|stories|photo|photos|videos|search|settings|help|business|latest|home\.php|feeds|saved|memories)$/i.test(seg)) return null
  return seg
}

/** What each data script says of the logged-in user: its text does not change, and comment boxes ask on every check. */
const selfIn = new WeakMap<Element, { length: number; self: { handle: string; name?: string } | null }>()

/** The logged-in user from the page's own data (script[data-sjs] … "snippet":"You"). */
function selfFromData(doc: Document): { handle: string; name?: string } | null {
  for (const s of doc.querySelectorAll('script[type="application/json"][data-sjs]')) {
    const text = s.textContent ?? ''
    const known = selfIn.get(s)
    if (known && known.length === text.length) {
      if (known.self) return known.self
      continue
    }
    const self = selfInScript(text)
    selfIn.set(s, { length: text.length, self })
    if (self) return self
  }
  return null
}

/** The logged-in user in one data script's text, or null. */
function selfInScript(txt: string): { handle: string; name?: string } | null {
  const i = txt.indexOf('"snippet":"You"')
  if (i < 0) return null
  const start = txt.lastIndexOf('{', i)
  const end = txt.indexOf('}', i)
  const obj = txt.slice(start, end + 1)
  const url = obj.match(/"link_url":"([^"]+)"/)?.[1]?.replace(/\\\//g, '/')
  const title = obj.match(/"title":"([^"]+)"/)?.[1]
  const handle = url ? handleOf(url) : null
  return handle ? { handle, name: title } : null
}

export const facebook: SiteAdapter = {
  site: 'facebook',
  composerSelector: EDITOR,
  sendButtonSelector: SEND,
  // Messenger fields are private conversations, not posts.
  accept: (editor) => !facebook.ignored(editor),
  container,
  mode(editor): Mode {
    if (!isComment(editor)) return 'post'
    return REPLY_LABEL.test(editor.getAttribute('aria-label') ?? '') ? 'reply' : 'comment'
  },
  attachments: (editor) => (isComment(editor) ? [] : mediaIn(container(editor), 'img[src^="blob:"], img[src^="data:"], [data-visualcompletion="media-vc-image"], video')),
  /**
   * Who is posting: the name the composer states ("What's on your mind, <Name>?") is the acting
   * profile or Page. Its handle comes from a link with that name in the composer's dialog, or from the
   * page's own data when the acting profile is the logged-in user. Never the top navigation's links.
   * No name and no data → null (treated as unregistered, the strictest).
   */
  account(doc): ActingAccount | null {
    const name = actingName(doc)
    const self = selfFromData(doc)
    if (name) {
      if (self && self.name === name) return { site: 'facebook', handle: self.handle, name, url: `https://www.facebook.com/${self.handle}` }
      for (const a of doc.querySelectorAll<HTMLAnchorElement>('[role="dialog"] a[href], [data-post-guard-acting] a[href]')) {
        if ((a.textContent ?? '').trim() !== name && a.getAttribute('aria-label') !== name) continue
        const handle = handleOf(a.getAttribute('href') ?? '')
        if (handle) return { site: 'facebook', handle, name, url: `https://www.facebook.com/${handle}` }
      }
      return { site: 'facebook', name }
    }
    if (self) return { site: 'facebook', handle: self.handle, name: self.name, url: `https://www.facebook.com/${self.handle}` }
    return null
  },
  /** Comment and reply boxes say who they post as (「…としてコメント」); post composers use the page's account. */
  accountFor: (editor) => (isComment(editor) ? commentAccount(editor) : undefined),
  sendButtonFor(editor) {
    const scope = container(editor)
    const comment = isComment(editor)
    return scope.querySelector<HTMLElement>(comment ? COMMENT_BUTTON : POST_BUTTON) ?? buttonByText(scope, comment ? FB_COMMENT_LABELS : FB_POST_LABELS)
  },
  // Comment boxes send on plain Enter; the post dialog takes Enter as a new line.
  isSendKey: (e, editor) => isEnter(e) && !e.shiftKey && !e.altKey && isComment(editor),
  expectations: (root) => [...root.querySelectorAll<HTMLElement>(IN_DIALOG_POST_BUTTON)],
  sendControl(target) {
    const direct = closest(target, SEND)
    if (direct) return direct
    const el = target.closest<HTMLElement>(CONTROL)
    if (!el) return null
    const text = controlLabel(el)
    return FB_POST_LABELS.includes(text) || FB_COMMENT_LABELS.includes(text) ? el : null
  },
  flowControl: (target) => controlByLabel(target, FB_NEXT_LABELS),
  /**
   * A Page or profile (facebook.com/<handle>, profile.php?id=…): the name is the main column's h1, the
   * self-description the 「自己紹介」/"Intro" card (a heading with that text; its card's other text).
   * The home feed and app sections (handleOf's list) are never profiles.
   */
  profile(doc) {
    const handle = handleOf(location.href)
    if (!handle) return null
    const h1 = doc.querySelector('[role="main"] h1')
    if (!h1 || h1.closest('[role="dialog"], [role="article"]')) return null
    let bio = ''
    for (const h of doc.querySelectorAll('[role="main"] h2, [role="main"] [role="heading"]')) {
      const label = textOf(h)
      if (!/^(自己紹介|Intro|基本データ|About)$/i.test(label)) continue
      const card = h.closest('[data-pagelet], section') ?? h.parentElement?.parentElement ?? h.parentElement
      bio = textOf(card).replace(label, '').trim()
      break
    }
    return profileInfo('facebook', handle, textOf(h1), bio)
  },
  ignored: (field) => !!closest(field, '[aria-label*="Messenger" i], [aria-label*="メッセンジャー"], [role="complementary"][aria-label*="Chat" i], [aria-label*="チャット"], [role="search"], [role="combobox"]') || field.getAttribute('role') === 'combobox',
}
