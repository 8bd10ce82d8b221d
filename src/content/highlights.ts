/**
 * Inline marks without touching the editor: the CSS Custom Highlight API paints ranges through
 * `::highlight()` styles adopted by the document (no <style> element, so page CSPs don't block it).
 * One Highlight per severity holds the ranges of every composer on the page.
 */
import type { Severity } from '../engine'

export const SEVERITIES: readonly Severity[] = ['block', 'warn', 'info']

const STYLE = `
::highlight(post-guard-block) { background-color: rgba(220, 38, 38, 0.16); text-decoration: underline wavy rgb(220, 38, 38); text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(post-guard-warn) { background-color: rgba(217, 119, 6, 0.14); text-decoration: underline wavy rgb(217, 119, 6); text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(post-guard-info) { text-decoration: underline dotted rgb(37, 99, 235); text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(post-guard-focus) { background-color: rgba(250, 204, 21, 0.45); }
`

interface HighlightRegistry {
  set(name: string, h: unknown): void
  delete(name: string): void
}

type HighlightCtor = new (...ranges: Range[]) => { add(r: Range): void; clear(): void; priority: number }

function registry(): { highlights: HighlightRegistry; Highlight: HighlightCtor } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS
  const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight
  if (!css?.highlights || !Highlight) return null
  return { highlights: css.highlights, Highlight }
}

export function highlightApiAvailable(): boolean {
  return registry() !== null
}

let styled = false
function ensureStyle(): void {
  if (styled) return
  styled = true
  try {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(STYLE)
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  } catch {
    styled = false
  }
}

/** Ranges per composer; the page-wide highlights are their union. */
const byOwner = new Map<object, Record<Severity, Range[]>>()
let focusRange: Range | null = null

export function setHighlights(owner: object, ranges: Record<Severity, Range[]> | null): void {
  const reg = registry()
  if (!reg) return
  ensureStyle()
  if (ranges && SEVERITIES.some((s) => ranges[s].length > 0)) byOwner.set(owner, ranges)
  else byOwner.delete(owner)
  SEVERITIES.forEach((sev, i) => {
    const all: Range[] = []
    for (const r of byOwner.values()) all.push(...r[sev])
    if (all.length === 0) reg.highlights.delete(`post-guard-${sev}`)
    else {
      const h = new reg.Highlight(...all)
      h.priority = 3 - i
      reg.highlights.set(`post-guard-${sev}`, h)
    }
  })
}

/** Emphasise one range (the finding whose card is open). */
export function setFocusHighlight(range: Range | null): void {
  const reg = registry()
  if (!reg) return
  ensureStyle()
  focusRange = range
  if (!focusRange) reg.highlights.delete('post-guard-focus')
  else {
    const h = new reg.Highlight(focusRange)
    h.priority = 10
    reg.highlights.set('post-guard-focus', h)
  }
}
