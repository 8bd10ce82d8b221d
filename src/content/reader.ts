/**
 * Reads a composer's text and, in the same pass, the map from text offsets to DOM positions,
 * so findings (UTF-16 offsets) become DOM Ranges exactly. Read-only: never touches the editor.
 *
 * Blocks (Draft.js `[data-block]`, Lexical `<p>`, generic block elements) are joined with "\n";
 * a `<br>` is a line break only when text follows it in the same block (editors put filler
 * `<br>`s in empty or trailing lines). Mention/hashtag spans keep their text, so need nothing.
 *
 * While staff type, `EditorReader` reads only the blocks the editor's mutation records touched and
 * reuses the rest of the previous read (a keystroke on a 5,000-character post re-reads one block);
 * `readEditor` is the full read, the reference the incremental one always equals.
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

/** Elements whose content is not the draft's text (widgets inside the editor, scripts). */
function isSkipped(el: Element): boolean {
  const tag = el.tagName
  return tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || el.getAttribute('contenteditable') === 'false'
}

function isField(editor: HTMLElement): editor is HTMLTextAreaElement | HTMLInputElement {
  return editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement
}

/** Appends the text under `root` (its children, `root` itself not judged as a block) to `out`. */
function walkInto(root: Node, out: TextMap): void {
  let pendingBreaks = 0
  let needBlockBreak = false
  const walk = (parent: Node): void => {
    for (let n = parent.firstChild; n !== null; n = n.nextSibling) {
      if (n.nodeType === Node.TEXT_NODE) {
        const data = (n as Text).data
        if (data.length === 0) continue
        if (needBlockBreak && out.text.length > 0) out.text += '\n'
        needBlockBreak = false
        if (pendingBreaks > 0) out.text += '\n'.repeat(pendingBreaks)
        pendingBreaks = 0
        out.nodes.push(n as Text)
        out.starts.push(out.text.length)
        out.text += data
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        const el = n as Element
        if (el.tagName === 'BR') {
          pendingBreaks++
          continue
        }
        if (isSkipped(el)) continue
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
  walk(root)
}

/** The whole editor's text and text→node map (a textarea or input: its value, no nodes). */
export function readEditor(editor: HTMLElement): TextMap {
  if (isField(editor)) return { text: editor.value, nodes: [], starts: [] }
  const out: TextMap = { text: '', nodes: [], starts: [] }
  walkInto(editor, out)
  return out
}

/**
 * The element whose children are the editor's blocks: the deepest element of the chain of only
 * children from the editor down (Draft.js: the editor → `[data-contents]` → `[data-block]`s;
 * Lexical: the editor → `<p>`s) whose children are all blocks. Null when none is (text or a `<br>`
 * straight in the editor): then there are no blocks to read one by one.
 *
 * Why blocks can be read one by one: the full read leaves a block in the same state whatever it
 * held (no pending `<br>`, a block break due), and a block's first text gets a "\n" exactly when
 * some text came before it. So the text is the non-empty blocks' own texts joined by "\n"; skipped
 * children (contenteditable=false widgets), comments and empty text nodes add nothing, and an only
 * child wraps everything, so what it is does not matter.
 */
function blockContainer(editor: HTMLElement): Element | null {
  let found: Element | null = null
  for (let c: Element = editor; ; ) {
    if (holdsBlocks(c)) found = c
    const only = c.firstChild
    if (!only || only !== c.lastChild || only.nodeType !== Node.ELEMENT_NODE) break
    const el = only as Element
    if (el.tagName === 'BR' || isSkipped(el)) break
    c = el
  }
  return found
}

/** Whether every child of `c` that adds text is a block element (and there is one at least). */
function holdsBlocks(c: Element): boolean {
  let any = false
  for (let n = c.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === Node.TEXT_NODE) {
      if ((n as Text).data.length > 0) return false
    } else if (n.nodeType === Node.ELEMENT_NODE) {
      const el = n as Element
      if (isSkipped(el)) continue
      if (el.tagName === 'BR' || !isBlock(el)) return false
      any = true
    }
  }
  return any
}

/** One block read on its own: its text (no leading break) and its text nodes with offsets in that text. */
interface Piece {
  text: string
  nodes: Text[]
  starts: number[]
}

/**
 * A composer's reader that remembers the last read per block. Its MutationObserver (childList,
 * characterData and the `contenteditable`/`data-block` attributes of the editor's subtree) marks
 * the blocks each change touched and calls `onChange`; `read()` first takes the records not yet
 * delivered, then reads only the marked blocks again and reuses every other block's text and nodes.
 * `readFull()` ignores what is remembered (the send guard's read: the current text, whatever the
 * records said). Never writes to the editor.
 */
export class EditorReader {
  private pieces = new WeakMap<Element, Piece>()
  private container: Element | null = null
  /** Which children of the container are blocks must be judged again (blocks added or removed). */
  private structureDirty = true
  private last: TextMap = { text: '', nodes: [], starts: [] }
  /** No change since `last` was read. */
  private fresh = false
  private readonly observer: MutationObserver | null

  /**
   * `onChange(records)` is called after the reader marked a batch of the editor's mutation records
   * (not for textareas and inputs, whose value changes make no records: listen to `input` for them).
   */
  constructor(
    readonly editor: HTMLElement,
    onChange: (records: readonly MutationRecord[]) => void = () => undefined,
  ) {
    if (isField(editor)) {
      this.observer = null
      return
    }
    this.observer = new MutationObserver((records) => {
      this.changed(records)
      onChange(records)
    })
    this.observer.observe(editor, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['contenteditable', 'data-block'] })
  }

  /** Stop observing the editor. */
  disconnect(): void {
    this.observer?.disconnect()
  }

  /** Whether nothing changed since the last read (no mutation record since, delivered or not). */
  get unchanged(): boolean {
    if (!this.observer) return false
    this.changed(this.observer.takeRecords())
    return this.fresh
  }

  /**
   * Mark the blocks the records touched (their targets as the tree is now: a node moved between
   * blocks is recorded in both). Blocks added to the container are read again even if they were
   * read before (a node edited while out of the editor is not observed), and a change above the
   * blocks (the container replaced) forgets every block.
   */
  private changed(records: readonly MutationRecord[]): void {
    if (records.length === 0) return
    this.fresh = false
    for (const r of records) {
      const c = this.container
      if (!c) {
        this.forget()
        return
      }
      // The block holding the record's target: the child of the container on its way up.
      let n: Node | null = r.target
      let child: Node | null = null
      while (n && n !== c) {
        child = n
        n = n.parentNode
      }
      if (!n) {
        // Not under the container: the structure above the blocks changed (or a node left the editor).
        if (r.target === this.editor || this.editor.contains(r.target)) {
          this.forget()
          return
        }
        continue
      }
      if (child === null) {
        // Blocks added or removed: which children are blocks is judged again; added ones are read again.
        this.structureDirty = true
        for (const a of r.addedNodes) if (a.nodeType === Node.ELEMENT_NODE) this.pieces.delete(a as Element)
        continue
      }
      if (child.nodeType !== Node.ELEMENT_NODE) {
        this.structureDirty = true
        continue
      }
      // A block's own attributes (contenteditable, data-block) may make it a block or not: judged again.
      if (r.type === 'attributes' && child === r.target) this.structureDirty = true
      this.pieces.delete(child as Element)
    }
  }

  /** Forget every remembered block: the next read reads them all. */
  private forget(): void {
    this.pieces = new WeakMap()
    this.container = null
    this.structureDirty = true
    this.fresh = false
  }

  /** The full read (and the remembered blocks rebuilt from it). */
  readFull(): TextMap {
    if (this.observer) this.observer.takeRecords()
    this.forget()
    return this.readBlocks(true)
  }

  /** The text now, reading again only the blocks changed since the last read (all of them after a structure change). */
  read(): TextMap {
    if (this.observer) this.changed(this.observer.takeRecords())
    if (this.fresh) return this.last
    return this.readBlocks(false)
  }

  private readBlocks(full: boolean): TextMap {
    const editor = this.editor
    if (isField(editor)) return (this.last = { text: editor.value, nodes: [], starts: [] })
    if (this.structureDirty || !this.container || !this.container.isConnected) {
      const next = blockContainer(editor)
      // Blocks are remembered only as children of the container they were read in.
      if (next !== this.container) this.pieces = new WeakMap()
      this.container = next
      this.structureDirty = false
    }
    const c = this.container
    if (!c) {
      // No blocks (text straight in the editor): the full read, and the next read is one too.
      this.structureDirty = true
      this.fresh = true
      return (this.last = readEditor(editor))
    }
    const out: TextMap = { text: '', nodes: [], starts: [] }
    const parts: string[] = []
    let length = 0
    for (let n = c.firstChild; n !== null; n = n.nextSibling) {
      if (n.nodeType !== Node.ELEMENT_NODE || isSkipped(n as Element)) continue
      const el = n as Element
      let piece = full ? undefined : this.pieces.get(el)
      if (!piece) {
        piece = { text: '', nodes: [], starts: [] }
        walkInto(el, piece)
        this.pieces.set(el, piece)
      }
      if (piece.text.length === 0) continue
      if (length > 0) {
        parts.push('\n')
        length++
      }
      for (let i = 0; i < piece.nodes.length; i++) {
        out.nodes.push(piece.nodes[i]!)
        out.starts.push(length + piece.starts[i]!)
      }
      parts.push(piece.text)
      length += piece.text.length
    }
    out.text = parts.join('')
    this.fresh = true
    return (this.last = out)
  }
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
