/**
 * Finds composers as the single-page apps mount them: one MutationObserver on the document that
 * looks only at added nodes (and at the few attributes editors set when they initialise), a
 * WeakSet of hooked editors, no full-document rescans per mutation. Keeps the sessions' overlays
 * in place when the page (not an editor) changes. Health, hover and status live in their own modules.
 */
import type { SiteAdapter } from '../sites'
import { ComposerSession, type SessionEnv } from './session'

const WATCHED_ATTRIBUTES = ['contenteditable', 'data-lexical-editor', 'role', 'data-testid', 'aria-label', 'placeholder']

export class ComposerWatcher {
  private readonly live = new Map<HTMLElement, ComposerSession>()
  private readonly seen = new WeakSet<HTMLElement>()
  private observer: MutationObserver | null = null
  private resize: ResizeObserver | null = null
  /** A composer matched the adapter but could not be hooked. */
  hadFailure = false

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly env: SessionEnv,
    /** Called when composers were added or removed. */
    private readonly onChange: () => void = () => undefined,
  ) {}

  sessions(): Iterable<ComposerSession> {
    return this.live.values()
  }

  editors(): HTMLElement[] {
    return [...this.live.keys()].filter((e) => e.isConnected)
  }

  start(signal: AbortSignal): void {
    this.scan(document)
    this.observer = new MutationObserver((records) => this.onMutations(records))
    this.observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    })
    this.resize = new ResizeObserver((entries) => {
      for (const e of entries) this.live.get(e.target as HTMLElement)?.scheduleLayout()
    })
    const relayout = () => {
      for (const s of this.live.values()) s.scheduleLayout()
    }
    window.addEventListener('scroll', relayout, { capture: true, passive: true, signal })
    window.addEventListener('resize', relayout, { passive: true, signal })
    // Safety net for editors that change without events (rare): keep boxes aligned.
    const timer = window.setInterval(() => {
      this.sweep()
      relayout()
    }, 1000)
    signal.addEventListener('abort', () => {
      window.clearInterval(timer)
      this.observer?.disconnect()
      this.resize?.disconnect()
      for (const s of this.live.values()) s.destroy()
      this.live.clear()
    })
  }

  private onMutations(records: MutationRecord[]): void {
    let removed = false
    let added = false
    let pageChanged = false
    for (const r of records) {
      if (r.type === 'attributes') {
        if (r.target instanceof HTMLElement && this.consider(r.target)) added = true
        continue
      }
      // Typing only changes nodes inside editors (and text such as a character counter); elements
      // added or removed elsewhere (a modal opening, a timeline update) may move or cover
      // composers, so their badges are laid out again.
      if (!pageChanged && !this.insideEditor(r.target) && (hasElement(r.addedNodes) || hasElement(r.removedNodes))) pageChanged = true
      for (const n of r.addedNodes) if (n instanceof HTMLElement && this.scan(n)) added = true
      if (r.removedNodes.length > 0) removed = true
    }
    if (removed && this.sweep()) added = true
    if (pageChanged) for (const s of this.live.values()) s.scheduleLayout()
    if (added || pageChanged) this.onChange()
  }

  private insideEditor(node: Node): boolean {
    for (const el of this.live.keys()) if (el === node || el.contains(node)) return true
    return false
  }

  /** Hook composers in a newly added subtree (the node itself and its descendants). */
  private scan(root: ParentNode): boolean {
    let any = false
    if (root instanceof HTMLElement && this.consider(root)) any = true
    for (const el of root.querySelectorAll<HTMLElement>(this.adapter.composerSelector)) if (this.consider(el)) any = true
    return any
  }

  private consider(el: HTMLElement): boolean {
    if (this.seen.has(el) || this.live.has(el)) return false
    if (!el.matches(this.adapter.composerSelector)) return false
    if (el.closest('post-guard-overlay, post-guard-dialog, post-guard-banner')) return false
    try {
      if (!this.adapter.accept(el)) return false
      this.seen.add(el)
      const session = new ComposerSession(el, this.adapter, this.env)
      this.live.set(el, session)
      this.resize?.observe(el)
      return true
    } catch (e) {
      // Could not read or hook this composer: the page is not protected (fail open, visibly).
      this.hadFailure = true
      console.warn('[Post Guard] could not hook a composer', e)
      return false
    }
  }

  /** Drop sessions whose editors left the page. Returns whether any was dropped. */
  sweep(): boolean {
    let any = false
    for (const [el, s] of this.live) {
      if (!el.isConnected) {
        s.destroy()
        this.live.delete(el)
        this.seen.delete(el)
        this.resize?.unobserve(el)
        any = true
      }
    }
    return any
  }
}

function hasElement(nodes: NodeList): boolean {
  for (const n of nodes) if (n.nodeType === Node.ELEMENT_NODE) return true
  return false
}
