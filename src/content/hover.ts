/**
 * Hover cards: the finding under the pointer, once per animation frame, for every hooked composer.
 * Pointer moves inside a same-origin editor canvas (a child frame) do not reach the top document,
 * so each watched frame document is listened to as well (`HoverCards.attach`); a finding is looked
 * up in its own document's coordinates and its card placed in the top viewport.
 */
import { isElement, toTop } from './frames'
import type { ComposerSession } from './session'
import { isDialogOpen, onDialogOpen } from './dialog'

export interface HoverCards {
  /** Also follow the pointer in a child frame's document. */
  attach(doc: Document): void
}

export function installHover(sessions: () => Iterable<ComposerSession>, signal: AbortSignal): HoverCards {
  let frame = 0
  let last: { x: number; y: number; doc: Document } | null = null
  signal.addEventListener('abort', () => cancelAnimationFrame(frame))
  const attached = new WeakSet<Document>()
  // A send dialog is modal: the cards close when it opens and none opens while it is up.
  const closeCards = () => {
    for (const s of sessions()) if (s.overlay.cardOpen) s.overlay.hideCard()
  }
  signal.addEventListener('abort', onDialogOpen(closeCards))

  const onMove = (doc: Document) => (e: MouseEvent) => {
    // WordPress re-dispatches canvas mouse moves on the <iframe> element of the top document: those
    // are handled where they happened, in the frame's own listener.
    if (isElement(e.target) && e.target.tagName === 'IFRAME') return
    last = { x: e.clientX, y: e.clientY, doc }
    if (frame) return
    frame = requestAnimationFrame(() => {
      frame = 0
      const p = last
      if (!p) return
      for (const s of sessions()) {
        const own = s.editor.ownerDocument === p.doc
        if (!own) {
          // The pointer is in another document: this composer's card closes.
          if (s.overlay.cardOpen) s.overlay.hideCard()
          continue
        }
        const hit = isDialogOpen() ? null : s.findingAt(p.x, p.y)
        if (hit) s.overlay.showCard(hit.finding, toTop(hit.box, p.doc))
        else if (s.overlay.cardOpen) s.overlay.hideCard()
      }
    })
  }

  const attach = (doc: Document) => {
    if (attached.has(doc)) return
    attached.add(doc)
    doc.addEventListener('mousemove', onMove(doc) as EventListener, { passive: true, signal })
  }
  attach(document)
  return { attach }
}
