/** Hover cards: the finding under the pointer, once per animation frame, for every hooked composer. */
import type { ComposerSession } from './session'

export function installHover(sessions: () => Iterable<ComposerSession>, signal: AbortSignal): void {
  let frame = 0
  let last: { x: number; y: number } | null = null
  signal.addEventListener('abort', () => cancelAnimationFrame(frame))
  document.addEventListener(
    'mousemove',
    (e) => {
      last = { x: e.clientX, y: e.clientY }
      if (frame) return
      frame = requestAnimationFrame(() => {
        frame = 0
        const p = last
        if (!p) return
        for (const s of sessions()) {
          const hit = s.findingAt(p.x, p.y)
          if (hit) s.overlay.showCard(hit.finding, hit.box)
          else if (s.overlay.cardOpen) s.overlay.hideCard()
        }
      })
    },
    { passive: true, signal },
  )
}
