/**
 * Meta Business Suite (business.facebook.com/latest/composer): one full-page composer that posts to a
 * Facebook Page and its Instagram account at once, so both sites' rules apply (hosts.ts gives it
 * `alsoCheckAs: ['instagram']`; the engine is told the site is facebook).
 *
 * What the real page shows, with sources and what is evidence or inferred: docs/real-dom-mbs.md.
 * In short (M1 = marcus-ao/FacebookScraper@5b5f081 docs/PROBE_FINDINGS_20260901.md, a recorded dump;
 * M2 = a publisher adapter that asserts these controls on the live page):
 *  - the text box is a contenteditable `role=combobox` (Draft.js with a mention typeahead), aria-label
 *    "Write into the dialogue box to include text with your post." (M1, M2; the label is localised);
 *  - sending is a div[role=button] with visible text "Publish" (now) or "Schedule" (M1, M2); "Finish
 *    later" saves a draft and is not a send; "Boost" is a switch;
 *  - the destination is a `combobox` "Post to <Page name>" with img[alt=Facebook] (M2); its listbox has
 *    `option[aria-selected=true]` rows with the service icon and the name (M2 for Facebook; the
 *    Instagram row is inferred); the Instagram account's name is usually not on the page at all (M1).
 * Japanese labels are inferred from Facebook's Japanese UI (none was seen in MBS).
 */
import type { Mode } from '../engine'
import type { ActingAccount } from '../shared/protocol'
import { handleOf } from './facebook'
import { closest, CONTROL, controlLabel, mediaIn, textOf, type EditorElement, type SiteAdapter } from './types'

/** The composer's text box: contenteditable combobox (the real one) or textbox (Lexical/Draft without typeahead). */
const EDITOR = '[contenteditable="true"][role="combobox"], [contenteditable="true"][role="textbox"]'

/** Buttons that publish or schedule the draft (aria-label or visible text, exact). */
export const MBS_SEND_LABELS = ['Publish', 'Schedule', 'Schedule post', '公開する', '公開', '予約投稿', '予約する', '日時を指定', '投稿する']
/** Buttons that look like sending but do not publish anything (documented here; they are simply not send controls). */
export const MBS_NOT_SEND_LABELS = ['Finish later', 'Save draft', '下書きを保存', 'あとで終了', 'Cancel', 'キャンセル', 'Boost', '広告を出す', 'Add photo/video', '写真・動画を追加']

/** "Post to <Page name>" (M2) / 「投稿先: <Page名>」 (inferred): the destination selector. */
const POST_TO = /^(?:Post to|投稿先)\s*[:：]?\s*(.+)$/
/** An Instagram username as the option shows it (letters, digits, period, underscore; 30 at most). */
const IG_HANDLE = /^@?([A-Za-z0-9._]{1,30})$/
/** Where people search or read messages: not posts. */
const IGNORED = '[role="search"], [aria-label*="Search" i], [aria-label*="検索"], [aria-label*="Messenger" i], [aria-label*="メッセージ"]'

function isSendControl(el: Element): boolean {
  return MBS_SEND_LABELS.includes(controlLabel(el)) || MBS_SEND_LABELS.includes((el.textContent ?? '').replace(/\s+/g, ' ').trim())
}

/** Send controls inside `scope`, not inside a posted item's details dialog ("Publish now" there sends nothing we can read). */
function sendControlsIn(scope: ParentNode): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>(CONTROL)].filter((el) => isSendControl(el) && !el.closest('[role="dialog"][aria-label^="Post details"], [role="dialog"][aria-label^="投稿の詳細"]'))
}

/**
 * The element that holds one composer and its Publish/Schedule buttons: its dialog if it is in one,
 * else the nearest ancestor that also holds a send control (the composer is a full page whose footer
 * buttons are far from the text box), else the main region.
 */
function container(editor: EditorElement): HTMLElement {
  const dialog = closest(editor, '[role="dialog"]')
  if (dialog) return dialog
  for (let el = editor.parentElement; el && el !== document.documentElement; el = el.parentElement) {
    if (sendControlsIn(el).length > 0) return el
  }
  return closest(editor, '[role="main"], main') ?? editor.ownerDocument.body
}

function hasIcon(el: Element, service: 'Facebook' | 'Instagram'): boolean {
  return !!el.querySelector(`img[alt="${service}" i], [role="img"][aria-label="${service}" i]`)
}

/** The Page's handle from a link in the composer's preview whose heading is that Page's name (never any other link). */
function pageHandle(doc: Document, name: string): string | null {
  const handles = new Set<string>()
  for (const article of doc.querySelectorAll('article, [role="article"]')) {
    for (const heading of article.querySelectorAll('h2, h3, [role="heading"]')) {
      if (textOf(heading) !== name) continue
      for (const a of heading.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        if (textOf(a) !== name && a.getAttribute('aria-label') !== name) continue
        const h = handleOf(a.getAttribute('href') ?? '')
        if (h) handles.add(h)
      }
    }
  }
  // Two different Pages under the same name: not known which one.
  return handles.size === 1 ? [...handles][0]! : null
}

function facebookPage(doc: Document, name: string): ActingAccount {
  const found = pageHandle(doc, name)
  // profile.php?id=<id> is registered by its id (registry handleFromUrl).
  const handle = found?.startsWith('profile.php?id=') ? found.slice('profile.php?id='.length) : found
  return handle ? { site: 'facebook', handle, name, url: found!.startsWith('profile.php') ? `https://www.facebook.com/${found}` : `https://www.facebook.com/${handle}` } : { site: 'facebook', name }
}

/**
 * Who is posting: the destinations the composer shows as selected. The Facebook Page(s) from the
 * "Post to <name>" selector or its selected options (with the Facebook icon), each with a handle only
 * from a preview link that carries the same name; the Instagram account from a selected option with the
 * Instagram icon. Instagram shown as a destination without a readable account → an Instagram account
 * with no handle (unknown: unregistered, the strictest). Nothing selected or no selector → null.
 * Never the logged-in user, an avatar, `asset_id` in the URL, or any other link on the page.
 */
export function businessSuiteAccount(doc: Document): ActingAccount | null {
  const selector = [...doc.querySelectorAll<HTMLElement>('[role="combobox"][aria-label]:not([contenteditable="true"])')].find((el) => POST_TO.test(el.getAttribute('aria-label')!.trim()))
  const selected = [...doc.querySelectorAll<HTMLElement>('[role="listbox"] [role="option"][aria-selected="true"]')]
  const pageNames: string[] = []
  const igHandles: string[] = []
  let instagram = false
  for (const option of selected) {
    const text = textOf(option)
    if (!text) continue
    if (hasIcon(option, 'Instagram')) {
      instagram = true
      const m = text.match(IG_HANDLE)
      if (m) igHandles.push(m[1]!.toLowerCase())
    } else if (hasIcon(option, 'Facebook')) pageNames.push(text)
  }
  if (selector) {
    const name = selector.getAttribute('aria-label')!.trim().match(POST_TO)![1]!.trim()
    if (hasIcon(selector, 'Instagram')) instagram = true
    // The selector names the Page; an Instagram-only selector names the Instagram account instead.
    if (hasIcon(selector, 'Facebook') || !hasIcon(selector, 'Instagram')) {
      if (!pageNames.includes(name)) pageNames.unshift(name)
    } else {
      const m = name.match(IG_HANDLE)
      if (m && !igHandles.includes(m[1]!.toLowerCase())) igHandles.push(m[1]!.toLowerCase())
    }
  }
  const accounts: ActingAccount[] = pageNames.map((n) => facebookPage(doc, n))
  if (igHandles.length > 0) accounts.push(...igHandles.map((handle): ActingAccount => ({ site: 'instagram', handle, url: `https://www.instagram.com/${handle}/` })))
  else if (instagram) accounts.push({ site: 'instagram' })
  const [first, ...also] = accounts
  if (!first) return null
  return also.length > 0 ? { ...first, also } : first
}

export const businessSuite: SiteAdapter = {
  // The engine is told facebook; hosts.ts adds alsoCheckAs: ['instagram'] for business.facebook.com.
  site: 'facebook',
  composerSelector: EDITOR,
  sendButtonSelector: CONTROL,
  accept: (editor) => !businessSuite.ignored(editor),
  container,
  // The composer makes posts; MBS's inbox replies are not handled here (their markup is not known).
  mode: (): Mode => 'post',
  attachments: (editor) => mediaIn(container(editor), 'img[src^="blob:"], img[src^="data:"], video'),
  account: businessSuiteAccount,
  sendButtonFor(editor) {
    const scope = container(editor)
    const controls = sendControlsIn(scope)
    // Publish first: when both are shown, Ctrl+Enter is re-sent as Publish only if the page has no Schedule.
    return controls.find((el) => !isScheduleLabel(el)) ?? controls[0] ?? null
  },
  // Plain Enter is a new line. Ctrl/Cmd+Enter is guarded on every site by the content script (guard.ts).
  isSendKey: () => false,
  expectations: (root) => sendControlsIn(root),
  sendControl(target) {
    const el = target.closest<HTMLElement>(CONTROL)
    if (!el || !isSendControl(el)) return null
    return el.closest('[role="dialog"][aria-label^="Post details"], [role="dialog"][aria-label^="投稿の詳細"]') ? null : el
  },
  // No step between the composer and its buttons (M1: Schedule/Publish are on the composer itself).
  flowControl: () => null,
  ignored: (field) => !!closest(field, IGNORED) || /search|検索/i.test(field.getAttribute('aria-label') ?? ''),
  profile: () => null,
}

function isScheduleLabel(el: Element): boolean {
  return /^(Schedule|Schedule post|予約投稿|予約する|日時を指定)$/.test(controlLabel(el))
}
