/**
 * Inline marks without touching the editor: the CSS Custom Highlight API paints ranges through
 * `::highlight()` styles adopted by the document (no <style> element, so page CSPs don't block it).
 * One Highlight per severity holds the ranges of every composer of a document. Each document has its
 * own registry: ranges in a child frame (a blog's editor canvas) go to that frame window's
 * `CSS.highlights`, made with its own `Highlight` constructor, and its styles are adopted there.
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

function registry(doc: Document = document): { highlights: HighlightRegistry; Highlight: HighlightCtor } | null {
  const win = (doc === document ? globalThis : doc.defaultView) as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor } | null
  const css = win?.CSS
  const Highlight = win?.Highlight
  if (!css?.highlights || !Highlight) return null
  return { highlights: css.highlights, Highlight }
}

export function highlightApiAvailable(): boolean {
  return registry() !== null
}

const styled = new WeakSet<Document>()
function ensureStyle(doc: Document): void {
  if (styled.has(doc)) return
  styled.add(doc)
  try {
    // The sheet must be made by the document's own window to be adopted there.
    const Sheet = (doc === document ? CSSStyleSheet : (doc.defaultView as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet)
    const sheet = new Sheet()
    sheet.replaceSync(STYLE)
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
  } catch {
    styled.delete(doc)
  }
}

/** The document a range paints in (a child frame's for an editor in an editor canvas). */
function docOf(r: Range): Document {
  return r.startContainer.ownerDocument ?? document
}

/** Ranges per composer; each document's highlights are the union of its composers' ranges. */
const byOwner = new Map<object, Record<Severity, Range[]>>()
/** Documents whose registries hold our highlights now (to clear them when their last range goes). */
const painted = new Set<Document>()
let focusDoc: Document | null = null

export function setHighlights(owner: object, ranges: Record<Severity, Range[]> | null): void {
  if (!registry()) return
  if (ranges && SEVERITIES.some((s) => ranges[s].length > 0)) byOwner.set(owner, ranges)
  else byOwner.delete(owner)
  const perDoc = new Map<Document, Record<Severity, Range[]>>()
  for (const r of byOwner.values()) {
    for (const sev of SEVERITIES) {
      for (const range of r[sev]) {
        const doc = docOf(range)
        let entry = perDoc.get(doc)
        if (!entry) perDoc.set(doc, (entry = { block: [], warn: [], info: [] }))
        entry[sev].push(range)
      }
    }
  }
  for (const doc of new Set([...painted, ...perDoc.keys()])) {
    const reg = registry(doc)
    if (!reg) {
      painted.delete(doc)
      continue
    }
    const mine = perDoc.get(doc)
    if (mine) {
      ensureStyle(doc)
      painted.add(doc)
    } else painted.delete(doc)
    SEVERITIES.forEach((sev, i) => {
      const all = mine?.[sev] ?? []
      if (all.length === 0) reg.highlights.delete(`post-guard-${sev}`)
      else {
        const h = new reg.Highlight(...all)
        h.priority = 3 - i
        reg.highlights.set(`post-guard-${sev}`, h)
      }
    })
  }
}

/** Emphasise one range (the finding whose card is open). */
export function setFocusHighlight(range: Range | null): void {
  if (!registry()) return
  if (focusDoc) registry(focusDoc)?.highlights.delete('post-guard-focus')
  focusDoc = null
  if (!range) return
  const doc = docOf(range)
  const reg = registry(doc)
  if (!reg) return
  ensureStyle(doc)
  focusDoc = doc
  const h = new reg.Highlight(range)
  h.priority = 10
  reg.highlights.set('post-guard-focus', h)
}
