// @vitest-environment happy-dom
/**
 * The composer reader (src/content/reader.ts): the full read's text and offsets, and the
 * incremental reader (only the blocks the mutation records touched are read again) always equal to
 * the full read, for random edit sequences on Draft.js-like and Lexical-like editors (fast-check).
 */
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { EditorReader, rangeFor, readEditor, type TextMap } from '../../src/content/reader'

afterEach(() => {
  document.body.replaceChildren()
})

function editorOf(html: string): HTMLElement {
  const editor = document.createElement('div')
  editor.setAttribute('contenteditable', 'true')
  editor.innerHTML = html
  document.body.append(editor)
  return editor
}

/** The map's text nodes as their data, and its starts (what two reads must share, node identity aside). */
function same(a: TextMap, b: TextMap): void {
  expect(a.text).toBe(b.text)
  expect(a.starts).toEqual(b.starts)
  expect(a.nodes.length).toBe(b.nodes.length)
  a.nodes.forEach((n, i) => expect(n).toBe(b.nodes[i]))
}

describe('readEditor', () => {
  it('joins blocks with a line break and maps offsets to text nodes', () => {
    const editor = editorOf('<p><span>担当は</span><span>山田</span></p><p><br></p><p>090-1234-5678</p>')
    const map = readEditor(editor)
    expect(map.text).toBe('担当は山田\n090-1234-5678')
    expect(map.starts).toEqual([0, 3, 6])
    const r = rangeFor(map, 6, 9)!
    expect(r.toString()).toBe('090')
  })

  it('counts a <br> only when text follows it in the same block, and skips non-editable widgets', () => {
    const editor = editorOf('<div>一行目<br>二行目<br></div><div><span contenteditable="false">@widget</span>三行目</div>')
    expect(readEditor(editor).text).toBe('一行目\n二行目\n三行目')
  })
})

describe('EditorReader', () => {
  it('re-reads only the block that changed and reuses the others', () => {
    const editor = editorOf('<p>一つ目の段落です。</p><p>二つ目の段落です。</p><p>三つ目。</p>')
    const reader = new EditorReader(editor)
    const first = reader.read()
    const untouched = first.nodes[0]
    ;(editor.children[2]!.firstChild as Text).data = '三つ目を直しました。'
    const second = reader.read()
    same(second, readEditor(editor))
    expect(second.nodes[0]).toBe(untouched)
    expect(reader.unchanged).toBe(true)
    reader.disconnect()
  })

  it('reads the current text even before the mutation records were delivered, and after a full read', () => {
    const editor = editorOf('<p>はじめ</p>')
    const reader = new EditorReader(editor)
    reader.read()
    // No await: the observer's callback has not run yet; read() takes the pending records itself.
    ;(editor.firstChild!.firstChild as Text).data = 'はじめ090-1234-5678'
    expect(reader.unchanged).toBe(false)
    expect(reader.read().text).toBe('はじめ090-1234-5678')
    ;(editor.firstChild!.firstChild as Text).data = '変更'
    expect(reader.readFull().text).toBe('変更')
    reader.disconnect()
  })

  it('notices an element that stops being a block (attribute change only)', () => {
    const editor = editorOf('<p>x</p><span data-block="true">a</span><span data-block="true">b</span>')
    const reader = new EditorReader(editor)
    expect(reader.read().text).toBe('x\na\nb')
    for (const span of editor.querySelectorAll('span')) span.removeAttribute('data-block')
    expect(reader.read().text).toBe('x\nab')
    same(reader.read(), readEditor(editor))
    reader.disconnect()
  })

  it('reads a textarea from its value', () => {
    const ta = document.createElement('textarea')
    document.body.append(ta)
    const reader = new EditorReader(ta)
    ta.value = 'こんにちは'
    expect(reader.read().text).toBe('こんにちは')
    expect(reader.unchanged).toBe(false)
  })
})

// ---- random edits ---------------------------------------------------------------------------

type Shape = 'draft' | 'lexical'

const WORDS = ['本日', 'は', '090-1234-5678', '晴れ', '🍣', '', ' ', 'です。', 'Ａ']

function leaf(shape: Shape, text: string): HTMLElement {
  const span = document.createElement('span')
  if (shape === 'draft') {
    span.setAttribute('data-offset-key', 'k')
    const inner = document.createElement('span')
    inner.setAttribute('data-text', 'true')
    inner.append(text)
    span.append(inner)
  } else {
    span.setAttribute('data-lexical-text', 'true')
    span.append(text)
  }
  return span
}

function block(shape: Shape, texts: string[]): HTMLElement {
  if (shape === 'draft') {
    const b = document.createElement('div')
    b.setAttribute('data-block', 'true')
    const inner = document.createElement('div')
    inner.className = 'public-DraftStyleDefault-block'
    if (texts.length === 0) inner.append(document.createElement('br'))
    for (const t of texts) inner.append(leaf(shape, t))
    b.append(inner)
    return b
  }
  const p = document.createElement('p')
  if (texts.length === 0) p.append(document.createElement('br'))
  for (const t of texts) p.append(leaf(shape, t))
  return p
}

function build(shape: Shape, blocks: string[][]): HTMLElement {
  const editor = document.createElement('div')
  editor.setAttribute('contenteditable', 'true')
  const container = shape === 'draft' ? document.createElement('div') : editor
  if (shape === 'draft') {
    container.setAttribute('data-contents', 'true')
    editor.append(container)
  }
  for (const b of blocks) container.append(block(shape, b))
  document.body.append(editor)
  return editor
}

/** An edit, with numbers the edit reduces to whatever exists (so every sequence is valid). */
type Edit = { op: number; a: number; b: number; word: number }

function textNodes(root: Node): Text[] {
  const out: Text[] = []
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === Node.TEXT_NODE) out.push(c as Text)
      else walk(c)
    }
  }
  walk(root)
  return out
}

function elements(root: Element): Element[] {
  return [...root.querySelectorAll('*')]
}

/** The element holding the blocks (what an editor re-renders), found from the editor's shape. */
function blocksOf(editor: HTMLElement, shape: Shape): HTMLElement {
  return shape === 'draft' ? ((editor.querySelector('[data-contents]') as HTMLElement | null) ?? editor) : editor
}

let detached: Element | null = null

/** Where a block's leaves live: Draft.js wraps them in one more <div>. */
function innerOf(b: Element, shape: Shape): Element {
  return shape === 'draft' ? (b.firstElementChild ?? b) : b
}

function apply(editor: HTMLElement, shape: Shape, e: Edit): void {
  const word = WORDS[e.word % WORDS.length]!
  const container = blocksOf(editor, shape)
  const blocks = [...container.children]
  const texts = textNodes(editor)
  const pick = <T,>(xs: T[], i: number): T | undefined => (xs.length ? xs[i % xs.length] : undefined)
  switch (e.op % 19) {
    case 0:
    case 1:
    case 2: {
      // Typing: insert or delete characters in a text node.
      const t = pick(texts, e.a)
      if (!t) break
      const at = e.b % (t.data.length + 1)
      if (e.op % 2) t.data = t.data.slice(0, at) + word + t.data.slice(at)
      else t.data = t.data.slice(0, at) + t.data.slice(at + 1)
      break
    }
    case 3: {
      // The editor renders a leaf again: a new text node in place of the old one.
      const t = pick(texts, e.a)
      t?.replaceWith(document.createTextNode(t.data + word))
      break
    }
    case 4:
      container.insertBefore(block(shape, [word, WORDS[e.b % WORDS.length]!]), pick(blocks, e.a) ?? null)
      break
    case 5:
      pick(blocks, e.a)?.remove()
      break
    case 6: {
      // Enter: split a block, its later leaves go to a new block after it.
      const b = pick(blocks, e.a)
      if (!b) break
      const leaves = [...b.querySelectorAll(shape === 'draft' ? '[data-offset-key]' : '[data-lexical-text]')]
      const moved = leaves.slice(e.b % (leaves.length + 1))
      const nb = block(shape, [])
      innerOf(nb, shape).replaceChildren(...moved)
      b.after(nb)
      break
    }
    case 7: {
      // Backspace at a block start: merge the next block into this one.
      const i = blocks.length ? e.a % blocks.length : 0
      const b = blocks[i]
      const next = blocks[i + 1]
      if (!b || !next) break
      const host = innerOf(b, shape)
      const from = innerOf(next, shape)
      host.append(...from.childNodes)
      next.remove()
      break
    }
    case 8: {
      // A <br> inside a block (a soft line break), or one removed.
      const b = pick(blocks, e.a)
      const host = b && innerOf(b, shape)
      if (!host) break
      const br = host.querySelector('br')
      if (br && e.b % 2) br.remove()
      else host.insertBefore(document.createElement('br'), pick([...host.childNodes], e.b) ?? null)
      break
    }
    case 9: {
      // A widget that is not text (contenteditable=false), or an existing element made one.
      const els = elements(container).filter((x) => x.tagName === 'SPAN')
      const el = pick(els, e.a)
      if (el && e.b % 2) el.toggleAttribute('contenteditable') ? el.setAttribute('contenteditable', 'false') : undefined
      else {
        const w = document.createElement('span')
        w.setAttribute('contenteditable', 'false')
        w.append('@mention')
        ;(pick(blocks, e.a) ?? container).append(w)
      }
      break
    }
    case 10:
      // Stray text straight in the container (no longer only blocks), or removed again.
      if (e.b % 2) container.insertBefore(document.createTextNode(word), pick([...container.childNodes], e.a) ?? null)
      else for (const n of [...container.childNodes]) if (n.nodeType === Node.TEXT_NODE) n.remove()
      break
    case 11: {
      // The editor re-renders everything: a new container with the same blocks (Draft.js) or new blocks.
      const copy = container.cloneNode(true) as HTMLElement
      if (shape === 'draft' && container !== editor) container.replaceWith(copy)
      else editor.replaceChildren(...copy.childNodes)
      break
    }
    case 12:
      // All text gone, or a single empty block.
      if (e.b % 2) container.replaceChildren()
      else container.replaceChildren(block(shape, []))
      break
    case 13: {
      // A block leaves the editor, changes while out of it, and comes back.
      if (detached) {
        const t = textNodes(detached)[0]
        if (t) t.data += word
        else detached.append(word)
        container.insertBefore(detached, pick(blocks, e.a) ?? null)
        detached = null
      } else {
        const b = pick(blocks, e.a)
        b?.remove()
        detached = b ?? null
      }
      break
    }
    case 14: {
      // data-block attribute toggled on a Draft.js block (it stays a <div>, so a block either way) or a <p> made a <span>.
      const b = pick(blocks, e.a)
      if (!b) break
      if (b.hasAttribute('data-block')) b.removeAttribute('data-block')
      else b.setAttribute('data-block', 'true')
      break
    }
    case 15: {
      // Text wrapped in an inline element (bold), within one block.
      const t = pick(texts, e.a)
      if (!t || !t.parentNode) break
      const strong = document.createElement('strong')
      t.replaceWith(strong)
      strong.append(t)
      break
    }
    case 16: {
      // A child of the block container made a block, or no longer one (a <span> with data-block).
      const child = pick([...container.children], e.a)
      if (!child) break
      if (child.tagName === 'SPAN' || e.b % 2) child.toggleAttribute('data-block')
      else {
        const span = document.createElement('span')
        if (e.b % 4 === 0) span.setAttribute('data-block', 'true')
        else if (e.b % 4 === 2) span.setAttribute('contenteditable', 'false')
        span.append(word)
        child.after(span)
      }
      break
    }
    case 17: {
      // A child of the block container becomes a non-editable widget (skipped), or editable again.
      const child = pick([...container.children], e.a)
      if (!child) break
      if (child.getAttribute('contenteditable') === 'false') child.removeAttribute('contenteditable')
      else child.setAttribute('contenteditable', 'false')
      break
    }
    case 18: {
      // Something next to the blocks' wrapper (Draft.js: beside [data-contents]; Lexical: the editor itself), or removed again.
      const extra = editor.querySelector(':scope > .extra')
      if (extra) extra.remove()
      else {
        const el = document.createElement(e.b % 2 ? 'span' : 'div')
        el.className = 'extra'
        el.append(word || '余白')
        if (e.a % 2) editor.prepend(el)
        else editor.append(el)
      }
      break
    }
  }
}

const edit = fc.record({ op: fc.nat(75), a: fc.nat(50), b: fc.nat(50), word: fc.nat(20) })
const start = fc.array(fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }), { maxLength: 5 })

describe('EditorReader on random edits', () => {
  for (const shape of ['draft', 'lexical'] as const) {
    it(`equals the full read after every batch of edits (${shape}-like DOM)`, () => {
      fc.assert(
        fc.property(start, fc.array(fc.tuple(edit, fc.boolean()), { minLength: 1, maxLength: 40 }), (blocks, edits) => {
          document.body.replaceChildren()
          detached = null
          const editor = build(shape, blocks)
          const reader = new EditorReader(editor)
          try {
            same(reader.read(), readEditor(editor))
            for (const [e, readNow] of edits) {
              apply(editor, shape, e)
              // Several edits may come in one batch of records before the next read.
              if (readNow) same(reader.read(), readEditor(editor))
            }
            same(reader.read(), readEditor(editor))
            // Offsets map to the same DOM points as a full read's.
            const map = reader.read()
            const full = readEditor(editor)
            for (let i = 0; i <= map.text.length; i += 3) {
              const a = rangeFor(map, i, Math.min(map.text.length, i + 2))
              const b = rangeFor(full, i, Math.min(full.text.length, i + 2))
              expect(a?.toString()).toBe(b?.toString())
            }
          } finally {
            reader.disconnect()
          }
        }),
        { numRuns: 400 },
      )
    })
  }
})
