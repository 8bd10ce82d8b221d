/**
 * A site adapter answers, for one site, the questions the content script asks: where the
 * composers are, what mode each is in, which account is acting, what is attached, which
 * buttons and keys send. Adapters only read the page; they never change it.
 * Selectors are layered: data-testid → role/aria → structure; never the sites' CSS class names.
 */
import type { Attachment, Mode, Site } from '../engine'
import type { ActingAccount, ProfileInfo } from '../shared/protocol'

export type EditorElement = HTMLElement

export interface SiteAdapter {
  site: Site
  /** Other sites' rules that also apply to every draft here (Meta Business Suite: Facebook and Instagram). */
  alsoCheckAs?: Site[]
  /**
   * Also look for composers inside same-origin child frames (a blog's editor canvas). The built-in
   * sites render their composers in the top document and use frames only for other things (ads,
   * embeds, login helpers), so they leave this off: reading those frames would cost time for nothing.
   */
  frames?: boolean
  /**
   * The element that makes several composers ONE draft (WordPress: the title and every block of the
   * editor canvas are one post), or null when the composer is a draft on its own. The send guard
   * joins such composers in document order, paragraphs apart, and judges the joined text once.
   */
  draftRoot?(editor: EditorElement): Element | null
  /** Matches every element that holds a draft's text (contenteditable root or textarea). */
  composerSelector: string
  /** Matches every button that sends a draft. */
  sendButtonSelector: string
  /** Extra filter (e.g. skip search boxes and DM fields). */
  accept(editor: EditorElement): boolean
  /** The element that scopes one composer: its dialog, form or card. Media and buttons are looked up inside it. */
  container(editor: EditorElement): HTMLElement
  mode(editor: EditorElement): Mode
  attachments(editor: EditorElement): Attachment[]
  account(doc: Document): ActingAccount | null
  /**
   * The account one composer says it posts as, when it says so itself (Facebook's comment box:
   * 「<Name>としてコメント」 / "Comment as <Name>"): that account; null when the composer acts for an
   * account it does not name (unknown: treated as unregistered, the strictest); undefined when the
   * composer says nothing of its own and the page's account (`account`) applies.
   */
  accountFor?(editor: EditorElement): ActingAccount | null | undefined
  /** The send button belonging to a composer, if the page shows one. */
  sendButtonFor(editor: EditorElement): HTMLElement | null
  /** Whether this keydown inside `editor` sends the draft (Ctrl/Cmd+Enter on X, Enter in comment boxes). */
  isSendKey(e: KeyboardEvent, editor: EditorElement): boolean
  /**
   * Elements that show a composer should exist on the page (send buttons, compose regions).
   * If one of these is present but no composer near it can be read, the page is not protected.
   */
  expectations(root: ParentNode): HTMLElement[]
  /**
   * The control at or above `target` that sends a draft (a post, share, publish, schedule, comment or
   * reply button, in Japanese or English), or null. Looked up at event time: buttons move and re-render.
   */
  sendControl(target: Element): HTMLElement | null
  /**
   * The control at or above `target` that moves a composer flow on without sending (次へ / Next), or
   * null. The drafts it leaves behind stay pending until the flow is sent or closed.
   */
  flowControl(target: Element): HTMLElement | null
  /** Fields the adapter leaves alone on purpose (private messages): not a gap in protection. */
  ignored(field: HTMLElement): boolean
  /**
   * The profile page the tab shows (name, handle, self-description), or null on any other page.
   * Read only: for the profile check (4(1)) and the impersonation warning (6(3)).
   */
  profile?(doc: Document): ProfileInfo | null
}

/** Visible text of an element: spaces squeezed, lines kept. */
export function textOf(el: Element | null | undefined): string {
  if (!el) return ''
  const raw = (el as HTMLElement).innerText ?? el.textContent ?? ''
  return raw.replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim()
}

/** A ProfileInfo without empty fields. */
export function profileInfo(site: ProfileInfo['site'], handle: string | null | undefined, name: string | null | undefined, bio: string | null | undefined): ProfileInfo | null {
  const out: ProfileInfo = { site }
  if (handle) out.handle = handle.replace(/^@/, '').slice(0, 200)
  if (name) out.name = name.slice(0, 300)
  if (bio) out.bio = bio.slice(0, 2000)
  return out.handle || out.name ? out : null
}

/** Elements that act as buttons. */
export const CONTROL = 'button, [role="button"], input[type="submit"], input[type="button"]'

/** The accessible label of a control: aria-label, else its visible text (trimmed, spaces squeezed). */
export function controlLabel(el: Element): string {
  const aria = el.getAttribute('aria-label')
  if (aria && aria.trim()) return aria.trim()
  if (el instanceof HTMLInputElement) return el.value.trim()
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/** The closest control at or above `target` whose label is one of `labels` (exact match). */
export function controlByLabel(target: Element, labels: readonly string[]): HTMLElement | null {
  const el = target.closest<HTMLElement>(CONTROL)
  if (!el) return null
  return labels.includes(controlLabel(el)) ? el : null
}

/** Closest ancestor matching a selector, including the element itself. */
export function closest(el: Element | null, selector: string): HTMLElement | null {
  return (el?.closest(selector) as HTMLElement | null) ?? null
}

export function isVisible(el: HTMLElement): boolean {
  if (!el.isConnected) return false
  const r = el.getBoundingClientRect()
  return r.width > 0 || r.height > 0
}

export function isDisabled(el: HTMLElement): boolean {
  return el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true'
}

export function isEnter(e: KeyboardEvent): boolean {
  return e.key === 'Enter' || e.code === 'Enter' || e.code === 'NumpadEnter'
}

/** Media attached inside a scope: images (blob:/data: previews and media containers) and videos. */
export function mediaIn(scope: ParentNode | null, imageSelector: string): Attachment[] {
  if (!scope) return []
  const out: Attachment[] = []
  scope.querySelectorAll(imageSelector).forEach(() => out.push({ kind: 'image' }))
  scope.querySelectorAll('video').forEach(() => out.push({ kind: 'video' }))
  return out
}

/** Button whose label (aria-label or visible text) is one of `labels`, inside `scope`. */
export function buttonByText(scope: ParentNode, labels: readonly string[]): HTMLElement | null {
  for (const el of scope.querySelectorAll<HTMLElement>('[role="button"], button')) {
    if (labels.includes(controlLabel(el)) || labels.includes((el.textContent ?? '').trim())) return el
  }
  return null
}
