/**
 * Paragraphs: the unit of checking and of memoisation.
 *
 * A post is cut into paragraphs at blank lines (a paragraph keeps the blank lines after it, so
 * the paragraphs tile the text exactly). A paragraph longer than `MAX_PARAGRAPH` is cut further at
 * line ends; a single line is never cut. Paragraph-level findings and facts depend only on the
 * paragraph's text, the policy and the paragraph context (rule.ts), so they are remembered: while
 * someone types, only the paragraph under the caret is checked again.
 */
import { copyString, type Span } from './text'

/** Paragraphs longer than this are cut at line ends (bounded re-check per keystroke in long posts). */
export const MAX_PARAGRAPH = 1000

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x3000 && c !== 0xa0) return false
  }
  return true
}

/** Paragraph spans that tile `text` (empty text: no paragraphs). Linear in the length. */
export function splitParagraphs(text: string, max = MAX_PARAGRAPH): Span[] {
  const n = text.length
  const out: Span[] = []
  let start = 0
  let lineStart = 0
  // Whether the current paragraph has a line with text yet, and whether a blank line followed it.
  let hasText = false
  let afterBlank = false
  while (lineStart < n) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = n
    const blank = isBlankLine(text, lineStart, lineEnd)
    if (!blank) {
      if (hasText && lineStart > start && (afterBlank || lineStart - start >= max)) {
        out.push({ start, end: lineStart })
        start = lineStart
      }
      hasText = true
      afterBlank = false
    } else if (hasText) afterBlank = true
    lineStart = lineEnd + 1
  }
  if (n > start) out.push({ start, end: n })
  return out
}

/** A copy of `s` that shares no memory with the string it was sliced from (V8 keeps slices' parents alive). */
export function detached(s: string): string {
  // V8 copies strings this short instead of slicing them.
  return s.length < 13 ? s : copyString(s)
}

/**
 * Paragraph results by paragraph text, for one (families, policy, paragraph context).
 *
 * Typing leaves a trail of paragraph versions that never come back, so entries not used by the
 * last two checks are swept out when the memo is full ("full" grows with the post: a long post's
 * paragraphs always fit). If a sweep frees nothing, the memo is cleared: bounded either way.
 */
export class ParagraphMemo<T> {
  private map = new Map<string, { value: T; used: number }>()
  private chars = 0
  private tick = 0
  private maxEntries = MIN_ENTRIES
  private maxChars = MIN_CHARS

  /** Start a check of a post with `paragraphs` paragraphs and `length` characters. */
  begin(paragraphs: number, length: number): void {
    this.tick++
    this.maxEntries = Math.max(MIN_ENTRIES, 2 * paragraphs)
    this.maxChars = Math.max(MIN_CHARS, 2 * length)
  }
  get(text: string): T | undefined {
    const e = this.map.get(text)
    if (!e) return undefined
    e.used = this.tick
    return e.value
  }
  /** Remember a result; `text` must be `detached`. */
  set(text: string, value: T): void {
    if (this.map.size >= this.maxEntries || this.chars + text.length > this.maxChars) this.sweep()
    this.map.set(text, { value, used: this.tick })
    this.chars += text.length
  }
  get size(): number {
    return this.map.size
  }
  private sweep(): void {
    for (const [k, e] of this.map) {
      if (e.used >= this.tick - 1) continue
      this.map.delete(k)
      this.chars -= k.length
    }
    if (this.map.size >= this.maxEntries || this.chars > this.maxChars) {
      this.map.clear()
      this.chars = 0
    }
  }
}

const MIN_ENTRIES = 512
const MIN_CHARS = 400_000
