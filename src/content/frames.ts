/**
 * Editors inside child frames (a blog's editor canvas: WordPress's block editor renders the post in
 * `<iframe name="editor-canvas">`, a same-origin blob: document). The content script runs in the
 * top frame only; it reads same-origin child documents through `contentDocument` and maps their
 * coordinates to the top viewport, where the badges and cards are drawn. Cross-origin frames cannot
 * be read: one that looks like an editor canvas makes the page "not protected" (health.ts).
 * Read-only towards the frames, like everything else.
 */

/** How deep frames inside frames are followed. */
export const MAX_FRAME_DEPTH = 3

/**
 * Names and titles of editor frames: WordPress's canvas (name="editor-canvas", title="エディターキャンバス" /
 * "Editor canvas"), TinyMCE's (title "Rich Text Area" / 「リッチテキストエリア」). Not "canvas" alone:
 * Facebook's game frames are named `iframe_canvas`.
 */
const EDITOR_FRAME = /editor|エディタ|rich ?text|リッチテキスト|wysiwyg/i

/** The document of a frame when this script may read it (same origin), else null. */
export function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    const doc = frame.contentDocument
    return doc && doc.documentElement ? doc : null
  } catch {
    return null
  }
}

/** The `<iframe>` elements a document's frames hang from, innermost first (empty in the top document). */
export function frameChain(doc: Document): HTMLIFrameElement[] {
  const out: HTMLIFrameElement[] = []
  let win: Window | null = doc.defaultView
  for (let i = 0; win && i <= MAX_FRAME_DEPTH; i++) {
    let frame: Element | null = null
    try {
      frame = win.frameElement
    } catch {
      frame = null
    }
    if (!frame) break
    out.push(frame as HTMLIFrameElement)
    win = frame.ownerDocument.defaultView
  }
  return out
}

/** Whether `el` lives in a child frame's document (not the top document the script runs in). */
export function inChildFrame(el: Element): boolean {
  return el.ownerDocument !== document
}

/**
 * Whether an element is still part of the page: connected, its document still the live one of its
 * frame (a frame that navigated or was removed leaves its old document connected but dead), and the
 * frames above it still in their documents.
 */
export function alive(el: Element): boolean {
  if (!el.isConnected) return false
  const doc = el.ownerDocument
  if (doc === document) return true
  if (!doc.defaultView) return false
  for (const frame of frameChain(doc)) {
    if (!frame.isConnected) return false
  }
  const top = frameChain(doc)[0]
  return !!top && frameDocument(top) === doc
}

/** Offset of a document's viewport origin in the top viewport (the frames' boxes, borders and padding). */
export function frameOffset(doc: Document): { x: number; y: number } {
  let x = 0
  let y = 0
  for (const frame of frameChain(doc)) {
    const r = frame.getBoundingClientRect()
    const cs = frame.ownerDocument.defaultView?.getComputedStyle(frame)
    x += r.left + frame.clientLeft + (cs ? parseFloat(cs.paddingLeft) || 0 : 0)
    y += r.top + frame.clientTop + (cs ? parseFloat(cs.paddingTop) || 0 : 0)
  }
  return { x, y }
}

export interface Rect {
  left: number
  top: number
  right: number
  bottom: number
  width: number
  height: number
}

/** A rectangle of `doc`'s viewport in the top viewport. */
export function toTop(r: { left: number; top: number; width: number; height: number }, doc: Document): Rect {
  const o = doc === document ? { x: 0, y: 0 } : frameOffset(doc)
  const left = r.left + o.x
  const top = r.top + o.y
  return { left, top, right: left + r.width, bottom: top + r.height, width: r.width, height: r.height }
}

/** An element's box in the top viewport. */
export function topRect(el: Element): Rect {
  return toTop(el.getBoundingClientRect(), el.ownerDocument)
}

/**
 * Whether `el` is scrolled into its frames' viewports: an editor below the fold of the canvas is
 * hidden even if the canvas itself is on screen. (Elements of the top document: always true.)
 */
export function insideFrames(el: Element): boolean {
  let r: DOMRect = el.getBoundingClientRect()
  for (const frame of frameChain(el.ownerDocument)) {
    const win = r && frame.contentWindow
    if (!win) return false
    if (r.bottom <= 0 || r.right <= 0 || r.top >= win.innerHeight || r.left >= win.innerWidth) return false
    r = frame.getBoundingClientRect()
  }
  return true
}

/** The iframes in a subtree (the root itself included). */
export function framesIn(root: ParentNode): HTMLIFrameElement[] {
  const out: HTMLIFrameElement[] = []
  if ((root as Element).tagName === 'IFRAME') out.push(root as HTMLIFrameElement)
  for (const f of root.querySelectorAll<HTMLIFrameElement>('iframe')) out.push(f)
  return out
}

/** Whether a frame presents itself as an editor canvas (its name or accessible title). */
export function looksLikeEditorFrame(frame: HTMLIFrameElement): boolean {
  const name = frame.getAttribute('name') ?? ''
  const title = frame.getAttribute('title') ?? frame.getAttribute('aria-label') ?? ''
  return EDITOR_FRAME.test(name) || EDITOR_FRAME.test(title)
}

function visible(el: Element): boolean {
  const r = el.getBoundingClientRect()
  return r.width > 0 && r.height > 0
}

/**
 * Visible frames that look like editor canvases and that the content script cannot read: cross-origin
 * ones always; same-origin ones too when `readable` is false (the site's adapter does not look into
 * frames), because whatever is typed there is not checked.
 */
export function unreadableEditorFrames(root: Document, readable: boolean): HTMLIFrameElement[] {
  const out: HTMLIFrameElement[] = []
  const walk = (doc: Document, depth: number) => {
    for (const frame of doc.querySelectorAll<HTMLIFrameElement>('iframe')) {
      if (!frame.isConnected || !visible(frame)) continue
      const inner = frameDocument(frame)
      if (inner && readable) {
        if (depth < MAX_FRAME_DEPTH) walk(inner, depth + 1)
        continue
      }
      if (!looksLikeEditorFrame(frame)) continue
      // A same-origin frame the adapter does not read: only a gap if it holds something editable.
      if (inner && !inner.querySelector('[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"], textarea') && inner.designMode !== 'on') continue
      out.push(frame)
    }
  }
  walk(root, 0)
  return out
}

/**
 * `x instanceof Node` for nodes of any frame: a child frame's nodes come from that frame's realm, so
 * the top window's `Node`, `Element` and `HTMLElement` constructors do not recognise them.
 */
export function isNode(x: unknown): x is Node {
  return typeof x === 'object' && x !== null && typeof (x as Node).nodeType === 'number' && typeof (x as Node).nodeName === 'string'
}

/** `x instanceof HTMLElement` for elements of any frame (see isNode). */
export function isElement(x: unknown): x is HTMLElement {
  return isNode(x) && x.nodeType === 1
}
