/**
 * Finds composers as the single-page apps mount them: one MutationObserver on the document that
 * looks only at added nodes (and at the few attributes editors set when they initialise), a
 * WeakSet of hooked editors, no full-document rescans per mutation. Also hover cards and layout
 * tracking for all sessions, and the page's health check (fail open, visibly).
 */
import type { SiteAdapter } from '../sites'
import { ComposerSession, type SessionEnv } from './session'

export interface Health {
  protected: boolean
  /** i18n key of the reason when not protected. */
  reason?: string
}

const WATCHED_ATTRIBUTES = ['contenteditable', 'data-lexical-editor', 'role', 'data-testid', 'aria-label']

export class ComposerWatcher {
  private readonly live = new Map<HTMLElement, ComposerSession>()
  private readonly seen = new WeakSet<HTMLElement>()
  private readonly failed = new WeakSet<HTMLElement>()
  private observer: MutationObserver | null = null
  private resize: ResizeObserver | null = null
  private hoverFrame = 0
  private lastPointer: { x: number; y: number } | null = null
  private hadFailure = false

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly env: SessionEnv,
  ) {}

  sessions(): Iterable<ComposerSession> {
    return this.live.values()
  }

  start(): void {
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
    window.addEventListener('scroll', relayout, { capture: true, passive: true })
    window.addEventListener('resize', relayout, { passive: true })
    document.addEventListener('mousemove', (e) => this.onPointer(e.clientX, e.clientY), { passive: true })
    // Safety net for editors that change without events (rare): keep boxes aligned.
    window.setInterval(() => {
      this.sweep()
      relayout()
    }, 1000)
  }

  private onMutations(records: MutationRecord[]): void {
    let removed = false
    let pageChanged = false
    for (const r of records) {
      if (r.type === 'attributes') {
        if (r.target instanceof HTMLElement) this.consider(r.target)
        continue
      }
      // Typing only changes nodes inside editors (and text such as a character counter); elements
      // added or removed elsewhere (a modal opening, a timeline update) may move or cover
      // composers, so their badges are laid out again.
      if (!pageChanged && !this.insideEditor(r.target) && (hasElement(r.addedNodes) || hasElement(r.removedNodes))) pageChanged = true
      for (const n of r.addedNodes) if (n instanceof HTMLElement) this.scan(n)
      if (r.removedNodes.length > 0) removed = true
    }
    if (removed) this.sweep()
    if (pageChanged) for (const s of this.live.values()) s.scheduleLayout()
  }

  private insideEditor(node: Node): boolean {
    for (const el of this.live.keys()) if (el === node || el.contains(node)) return true
    return false
  }

  /** Hook composers in a newly added subtree (the node itself and its descendants). */
  private scan(root: ParentNode): void {
    if (root instanceof HTMLElement) this.consider(root)
    for (const el of root.querySelectorAll<HTMLElement>(this.adapter.composerSelector)) this.consider(el)
  }

  private consider(el: HTMLElement): void {
    if (this.seen.has(el) || this.live.has(el)) return
    if (!el.matches(this.adapter.composerSelector)) return
    if (el.closest('post-guard-overlay, post-guard-dialog, post-guard-banner')) return
    try {
      if (!this.adapter.accept(el)) return
      this.seen.add(el)
      const session = new ComposerSession(el, this.adapter, this.env)
      this.live.set(el, session)
      this.resize?.observe(el)
    } catch (e) {
      // Could not read or hook this composer: the page is not protected (fail open, visibly).
      this.failed.add(el)
      this.hadFailure = true
      console.warn('[Post Guard] could not hook a composer', e)
    }
  }

  /** Drop sessions whose editors left the page. */
  private sweep(): void {
    for (const [el, s] of this.live) {
      if (!el.isConnected) {
        s.destroy()
        this.live.delete(el)
        this.seen.delete(el)
        this.resize?.unobserve(el)
      }
    }
  }

  private onPointer(x: number, y: number): void {
    this.lastPointer = { x, y }
    if (this.hoverFrame) return
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0
      const p = this.lastPointer
      if (!p) return
      for (const s of this.live.values()) {
        const hit = s.findingAt(p.x, p.y)
        if (hit) s.overlay.showCard(hit.finding, hit.box)
        else if (s.overlay.cardOpen) s.overlay.hideCard()
      }
    })
  }

  /**
   * Protected unless something that should have a readable composer doesn't: a send button or
   * compose region with no hooked composer next to it, or a composer that could not be hooked.
   */
  health(): Health {
    if (this.hadFailure) return { protected: false, reason: 'statusReadFailed' }
    for (const hint of this.adapter.expectations(document)) {
      if (!hint.isConnected) continue
      let covered = false
      for (const s of this.live.values()) {
        const scope = this.adapter.container(s.editor)
        if (scope.contains(hint) || hint.contains(s.editor)) covered = true
      }
      if (!covered) return { protected: false, reason: 'statusNoComposer' }
    }
    return { protected: true }
  }
}

function hasElement(nodes: NodeList): boolean {
  for (const n of nodes) if (n.nodeType === Node.ELEMENT_NODE) return true
  return false
}
