/**
 * Rectangles of text spans inside a <textarea>, which cannot hold a DOM Range: an invisible
 * mirror element copies the field's box and font, holds the same text, and measures spans.
 * The mirror lives in our own shadow root, never in the page's tree.
 */
import type { Box } from './overlay'

const COPIED = [
  'boxSizing', 'width', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth',
  'borderLeftWidth', 'borderStyle', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'letterSpacing', 'lineHeight',
  'textTransform', 'textIndent', 'wordSpacing', 'tabSize', 'direction', 'textAlign',
] as const

export function textareaBoxes(field: HTMLTextAreaElement | HTMLInputElement, spans: Array<{ start: number; end: number }>, parent: ShadowRoot | HTMLElement): Box[][] {
  if (spans.length === 0) return []
  const cs = getComputedStyle(field)
  const mirror = document.createElement('div')
  const st = mirror.style
  for (const k of COPIED) st[k] = cs[k]
  st.position = 'fixed'
  st.visibility = 'hidden'
  st.whiteSpace = 'pre-wrap'
  st.overflowWrap = 'break-word'
  st.overflow = 'hidden'
  st.height = cs.height
  // A single-line <input> (Instagram Reels comments) does not wrap.
  if (field instanceof HTMLInputElement) {
    st.whiteSpace = 'pre'
    st.overflowWrap = 'normal'
  }
  const rect = field.getBoundingClientRect()
  st.left = `${rect.left}px`
  st.top = `${rect.top}px`
  const value = field.value
  let at = 0
  const sorted = spans.map((s, i) => ({ ...s, i })).sort((a, b) => a.start - b.start)
  const byIndex: HTMLSpanElement[] = []
  for (const s of sorted) {
    const start = Math.max(at, s.start)
    if (start > at) mirror.append(document.createTextNode(value.slice(at, start)))
    const mark = document.createElement('span')
    mark.textContent = value.slice(start, Math.max(start, s.end))
    mirror.append(mark)
    byIndex[s.i] = mark
    at = Math.max(at, s.end)
  }
  mirror.append(document.createTextNode(value.slice(at) + '\u200b'))
  parent.append(mirror)
  // The mirror scrolls like the field, so measured rectangles are already where the text is shown.
  mirror.scrollTop = field.scrollTop
  mirror.scrollLeft = field.scrollLeft
  const out = spans.map((_, i) => {
    const mark = byIndex[i]
    if (!mark) return []
    return [...mark.getClientRects()]
      .map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }))
      .filter((b) => b.top + b.height > rect.top && b.top < rect.bottom)
  })
  mirror.remove()
  return out
}
