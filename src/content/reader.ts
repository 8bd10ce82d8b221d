/**
 * Reads a composer's text and, in the same pass, the map from text offsets to DOM positions,
 * so findings (UTF-16 offsets) become DOM Ranges exactly. Read-only: never touches the editor.
 *
 * Blocks (Draft.js `[data-block]`, Lexical `<p>`, generic block elements) are joined with "\n";
 * a `<br>` is a line break only when text follows it in the same block (editors put filler
 * `<br>`s in empty or trailing lines). Mention/hashtag spans keep their text, so need nothing.
 */

export interface TextMap {
  text: string
  /** Text nodes in document order and the offset in `text` where each starts. */
  nodes: Text[]
  starts: number[]
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'HR',
])

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName) || el.hasAttribute('data-block')
}

export function readEditor(editor: HTMLElement): TextMap {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    return { text: editor.value, nodes: [], starts: [] }
  }
  let text = ''
  const nodes: Text[] = []
  const starts: number[] = []
  let pendingBreaks = 0
  let needBlockBreak = false

  const walk = (parent: Node): void => {
    for (let n = parent.firstChild; n !== null; n = n.nextSibling) {
      if (n.nodeType === Node.TEXT_NODE) {
        const data = (n as Text).data
        if (data.length === 0) continue
        if (needBlockBreak && text.length > 0) text += '\n'
        needBlockBreak = false
        if (pendingBreaks > 0) text += '\n'.repeat(pendingBreaks)
        pendingBreaks = 0
        nodes.push(n as Text)
        starts.push(text.length)
        text += data
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        const el = n as Element
        const tag = el.tagName
        if (tag === 'BR') {
          pendingBreaks++
          continue
        }
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || el.getAttribute('contenteditable') === 'false') continue
        if (isBlock(el)) {
          pendingBreaks = 0
          needBlockBreak = true
          walk(el)
          pendingBreaks = 0
          needBlockBreak = true
        } else walk(el)
      }
    }
  }
  walk(editor)
  return { text, nodes, starts }
}

/** Index of the last node starting at or before `offset`. */
function nodeIndexAt(map: TextMap, offset: number): number {
  let lo = 0
  let hi = map.starts.length - 1
  let ans = 0
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (map.starts[mid]! <= offset) {
      ans = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return ans
}

function domPosition(map: TextMap, offset: number, preferEnd: boolean): [Text, number] | null {
  if (map.nodes.length === 0) return null
  let i = nodeIndexAt(map, offset)
  // An end offset exactly at a node's start belongs to the end of the previous node.
  if (preferEnd && i > 0 && map.starts[i] === offset) i--
  const node = map.nodes[i]!
  const local = Math.max(0, Math.min(node.data.length, offset - map.starts[i]!))
  // Offsets inside the synthetic "\n" between blocks fall to the next node's start.
  if (!preferEnd && offset - map.starts[i]! > node.data.length && i + 1 < map.nodes.length) return [map.nodes[i + 1]!, 0]
  return [node, local]
}

/** The DOM boundary points of [start, end) of the text read by `readEditor`, without making a Range. */
export function boundsFor(map: TextMap, start: number, end: number): [Text, number, Text, number] | null {
  const a = domPosition(map, start, false)
  const b = domPosition(map, end, true)
  if (!a || !b) return null
  if (!a[0].isConnected || !b[0].isConnected) return null
  return [a[0], a[1], b[0], b[1]]
}

/** Whether `range` spans exactly these boundary points (a live Range kept from an earlier check). */
export function sameBounds(range: Range, b: [Text, number, Text, number]): boolean {
  return range.startContainer === b[0] && range.startOffset === b[1] && range.endContainer === b[2] && range.endOffset === b[3]
}

/** A DOM Range over [start, end) of the text read by `readEditor`; null for textareas or stale maps. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const b = boundsFor(map, start, end)
  return b ? rangeFromBounds(b) : null
}

export function rangeFromBounds(b: [Text, number, Text, number]): Range | null {
  const range = document.createRange()
  try {
    range.setStart(b[0], b[1])
    range.setEnd(b[2], b[3])
  } catch {
    return null
  }
  return range
}
