/**
 * Seeded random editing sessions for the editor-integrity tests: the operations (typing, IME-less
 * insertion, paste, Backspace/Delete, caret moves, new lines, emoji, finding triggers) and a model
 * of the text they should produce.
 */
import type { Page } from 'playwright-core'
import { imeCompose, insertText, pasteText, settle } from './harness'

/** mulberry32: a small seeded PRNG, so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Op =
  | { kind: 'type'; text: string }
  | { kind: 'insert'; text: string }
  | { kind: 'paste'; text: string }
  | { kind: 'backspace'; n: number }
  | { kind: 'delete'; n: number }
  | { kind: 'left'; n: number }
  | { kind: 'right'; n: number }
  | { kind: 'enter' }

const ASCII = 'abcdefghijklmnopqrstuvwxyz0123456789 .,-'
const JAPANESE = 'あいうえおかきくけこ柳川市役所観光課川下り水路、。「」ー'
const EMOJI = ['😀', '🎉', '🙏', '🌸', '👍', '🚣', '🏯'] // one code point each (a surrogate pair)
const TRIGGERS = ['090-1234-5678', 'バカ', '部外秘', 'https://bit.ly/abc', '【秘】']

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!
}
function word(rnd: () => number, alphabet: string, max: number): string {
  const n = 1 + Math.floor(rnd() * max)
  let s = ''
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rnd() * alphabet.length)]
  return s
}

export function randomOps(seed: number, count: number): Op[] {
  const rnd = prng(seed)
  const ops: Op[] = []
  for (let i = 0; i < count; i++) {
    const r = rnd()
    if (r < 0.22) ops.push({ kind: 'type', text: word(rnd, ASCII, 6).replace(/^ +| +$/g, 'x') })
    else if (r < 0.4) ops.push({ kind: 'insert', text: word(rnd, JAPANESE, 5) })
    else if (r < 0.46) ops.push({ kind: 'insert', text: pick(rnd, EMOJI) })
    else if (r < 0.52) ops.push({ kind: 'insert', text: pick(rnd, TRIGGERS) })
    else if (r < 0.6) ops.push({ kind: 'paste', text: rnd() < 0.4 ? `${word(rnd, JAPANESE, 4)}\n${word(rnd, ASCII, 4).trim() || 'p'}` : word(rnd, JAPANESE + ASCII, 8).trim() || 'q' })
    else if (r < 0.72) ops.push({ kind: 'backspace', n: 1 + Math.floor(rnd() * 3) })
    else if (r < 0.76) ops.push({ kind: 'delete', n: 1 + Math.floor(rnd() * 2) })
    else if (r < 0.86) ops.push({ kind: 'left', n: 1 + Math.floor(rnd() * 6) })
    else if (r < 0.93) ops.push({ kind: 'right', n: 1 + Math.floor(rnd() * 4) })
    else ops.push({ kind: 'enter' })
  }
  return ops
}

/** The text model: UTF-16 string and caret; caret moves and deletions go by code point (every emoji here is one). */
export class Model {
  text = ''
  caret = 0
  insert(s: string): void {
    this.text = this.text.slice(0, this.caret) + s + this.text.slice(this.caret)
    this.caret += s.length
  }
  private before(): number {
    if (this.caret === 0) return 0
    const c = this.text.charCodeAt(this.caret - 1)
    return c >= 0xdc00 && c <= 0xdfff && this.caret >= 2 ? 2 : 1
  }
  private after(): number {
    if (this.caret >= this.text.length) return 0
    const c = this.text.charCodeAt(this.caret)
    return c >= 0xd800 && c <= 0xdbff ? 2 : 1
  }
  backspace(): void {
    const n = this.before()
    this.text = this.text.slice(0, this.caret - n) + this.text.slice(this.caret)
    this.caret -= n
  }
  del(): void {
    const n = this.after()
    this.text = this.text.slice(0, this.caret) + this.text.slice(this.caret + n)
  }
  left(): void {
    this.caret -= this.before()
  }
  right(): void {
    this.caret += this.after()
  }
}

export async function apply(page: Page, ops: Op[], newline: () => Promise<void>, m = new Model(), opts: { ime?: boolean } = {}): Promise<Model> {
  for (const op of ops) {
    switch (op.kind) {
      case 'type':
        await page.keyboard.type(op.text)
        m.insert(op.text)
        break
      case 'insert':
        if (opts.ime) await imeCompose(page, [op.text], op.text)
        else await insertText(page, op.text)
        m.insert(op.text)
        await settle(page, 1)
        break
      case 'paste':
        await pasteText(page, op.text)
        m.insert(op.text)
        await settle(page, 1)
        break
      case 'backspace':
        for (let i = 0; i < op.n; i++) {
          await page.keyboard.press('Backspace')
          m.backspace()
        }
        break
      case 'delete':
        for (let i = 0; i < op.n; i++) {
          await page.keyboard.press('Delete')
          m.del()
        }
        break
      case 'left':
        for (let i = 0; i < op.n; i++) {
          await page.keyboard.press('ArrowLeft')
          m.left()
        }
        // Editors learn about native caret moves from 'selectionchange', a task later; a person is never
        // faster than that, a script is. Let it arrive before the next key.
        await settle(page, 1)
        break
      case 'right':
        for (let i = 0; i < op.n; i++) {
          await page.keyboard.press('ArrowRight')
          m.right()
        }
        await settle(page, 1)
        break
      case 'enter':
        await newline()
        m.insert('\n')
        break
    }
    // One frame between edits, as with a person at the keyboard: editors sync their caret from
    // 'selectionchange' and commit updates a task later, and a script is faster than both.
    await settle(page, 1)
  }
  return m
}

