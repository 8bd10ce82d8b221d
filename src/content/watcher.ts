/**
 * Finds composers as the single-page apps mount them: one MutationObserver on the document that
 * looks only at added nodes (and at the few attributes editors set when they initialise), a
 * WeakSet of hooked editors, no full-document rescans per mutation. Keeps the sessions' overlays
 * in place when the page (not an editor) changes. Health, hover and status live in their own modules.
 */
import type { SiteAdapter } from '../sites'
import { alive, frameChain, frameDocument, framesIn, isElement, MAX_FRAME_DEPTH } from './frames'
import { ComposerSession, type SessionEnv } from './session'
import { deferForTyping } from './typing'

const WATCHED_ATTRIBUTES = ['contenteditable', 'data-lexical-editor', 'role', 'data-testid', 'aria-label', 'placeholder']

export class ComposerWatcher {
  private readonly live = new Map<HTMLElement, ComposerSession>()
  private readonly seen = new WeakSet<HTMLElement>()
  private observer: MutationObserver | null = null
  private resize: ResizeObserver | null = null
  /** A composer matched the adapter but could not be hooked. */
  hadFailure = false
  /** Same-origin child documents being watched (adapters with `frames`: a blog's editor canvas). */
  private readonly documents = new WeakSet<Document>()
  private readonly frameObservers: MutationObserver[] = []
  private life: AbortSignal | null = null
  /** Called once for every child document that starts being watched (the guard and hover listen there too). */
  documentAdded: (doc: Document) => void = () => undefined

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
    return [...this.live.keys()].filter((e) => alive(e))
  }

  start(signal: AbortSignal): void {
    this.life = signal
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
    // A scroll moves editors or nothing: what covers an editor that did not move is not tested again.
    const rescroll = () => {
      for (const s of this.live.values()) s.scheduleLayout(false)
    }
    window.addEventListener('scroll', rescroll, { capture: true, passive: true, signal })
    window.addEventListener('resize', relayout, { passive: true, signal })
    // Safety net for editors that change without events (rare): keep boxes aligned. While someone types, the
    // composer's own checks and observers lay it out; the net waits for a pause (typing.ts).
    let relaidAt = -Infinity
    const timer = window.setInterval(() => {
      this.sweep()
      if (deferForTyping(relaidAt)) return
      relaidAt = performance.now()
      relayout()
    }, 1000)
    signal.addEventListener('abort', () => {
      window.clearInterval(timer)
      this.observer?.disconnect()
      for (const o of this.frameObservers.splice(0)) o.disconnect()
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
        if (isElement(r.target) && this.consider(r.target)) added = true
        continue
      }
      // Typing only changes nodes inside editors (and text such as a character counter): an editor's
      // own re-render (Draft.js replacing its spans on every keystroke) holds no new composer and
      // removes none, so it is not scanned. Elements added or removed elsewhere (a modal opening, a
      // timeline update) may move or cover composers, so their badges are laid out again.
      if (this.insideEditor(r.target)) continue
      if (!pageChanged && (hasElement(r.addedNodes) || hasElement(r.removedNodes))) pageChanged = true
      for (const n of r.addedNodes) if (isElement(n) && this.scan(n)) added = true
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
    if (isElement(root) && this.consider(root)) any = true
    for (const el of root.querySelectorAll<HTMLElement>(this.adapter.composerSelector)) if (this.consider(el)) any = true
    if (this.adapter.frames) for (const frame of framesIn(root)) if (this.watchFrame(frame)) any = true
    return any
  }

  /**
   * A child frame: watch the document it shows now and every document it loads later (WordPress
   * sets a blob: URL and fills the canvas on `load`; a reload replaces the document).
   */
  private watchFrame(frame: HTMLIFrameElement): boolean {
    if (this.seen.has(frame) || frameChain(frame.ownerDocument).length >= MAX_FRAME_DEPTH) return false
    this.seen.add(frame)
    frame.addEventListener(
      'load',
      () => {
        const doc = frameDocument(frame)
        if (doc && this.watchDocument(doc)) this.onChange()
        if (this.sweep()) this.onChange()
      },
      { signal: this.life ?? undefined },
    )
    const doc = frameDocument(frame)
    return doc ? this.watchDocument(doc) : false
  }

  /** Hook the composers of a same-origin child document and follow its mutations like the top document's. */
  private watchDocument(doc: Document): boolean {
    if (this.documents.has(doc) || !this.life || this.life.aborted) return false
    this.documents.add(doc)
    const observer = new MutationObserver((records) => this.onMutations(records))
    // The document itself, not its <html>: editors replace <head> and <body> (WordPress portals its own body in).
    observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES })
    this.frameObservers.push(observer)
    const rescroll = () => {
      for (const s of this.live.values()) if (s.editor.ownerDocument === doc) s.scheduleLayout(false)
    }
    doc.defaultView?.addEventListener('scroll', rescroll, { capture: true, passive: true, signal: this.life })
    doc.defaultView?.addEventListener('resize', () => {
      for (const s of this.live.values()) if (s.editor.ownerDocument === doc) s.scheduleLayout()
    }, { passive: true, signal: this.life })
    this.documentAdded(doc)
    return this.scan(doc)
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
      if (!alive(el)) {
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
