/**
 * A site adapter answers, for one site, the questions the content script asks: where the
 * composers are, what mode each is in, which account is acting, what is attached, which
 * buttons and keys send. Adapters only read the page; they never change it.
 * Selectors are layered: data-testid → role/aria → structure; never the sites' CSS class names.
 */
import type { Attachment, Mode, Site } from '../engine'
import type { ActingAccount } from '../shared/protocol'

export type EditorElement = HTMLElement

export interface SiteAdapter {
  site: Site
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
  /** The send button belonging to a composer, if the page shows one. */
  sendButtonFor(editor: EditorElement): HTMLElement | null
  /** Whether this keydown inside `editor` sends the draft (Ctrl/Cmd+Enter on X, Enter in comment boxes). */
  isSendKey(e: KeyboardEvent, editor: EditorElement): boolean
  /**
   * Elements that show a composer should exist on the page (send buttons, compose regions).
   * If one of these is present but no composer near it can be read, the page is not protected.
   */
  expectations(root: ParentNode): HTMLElement[]
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

/** Button whose visible text (trimmed) is one of `labels`, inside `scope`. */
export function buttonByText(scope: ParentNode, labels: readonly string[]): HTMLElement | null {
  for (const el of scope.querySelectorAll<HTMLElement>('[role="button"], button')) {
    const text = (el.textContent ?? '').trim()
    if (labels.includes(text)) return el
  }
  return null
}
