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
export const MAX_PARAGRAPH = 200

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x3000 && c !== 0xa0) return false
  }
  return true
}

/**
 * Whether the line or piece of an over-long line that starts at `at` and ends at `end` counts as
 * blank. A piece of an over-long line never does, even when it is all spaces (a 　 cut off after
 * a sentence): a blank piece would join the paragraph before it, so where paragraphs are cut would
 * depend on text before the line, and a re-cut from the line's start (resplit) would disagree.
 */
function isBlankAt(text: string, at: number, end: number, nl: number, max: number): boolean {
  if (nl - at > max || (at > 0 && text.charCodeAt(at - 1) !== 0x0a)) return false
  return isBlankLine(text, at, end)
}

/** Paragraph spans that tile `text` (empty text: no paragraphs). Linear in the length. */
export function splitParagraphs(text: string, max = MAX_PARAGRAPH): Span[] {
  const out: Span[] = []
  scan(text, 0, max, out, NO_STOPS)
  return out
}

const NO_STOPS: readonly number[] = []

/**
 * Cut `text` into paragraphs from `from`, which must be 0 or a cut of the whole text (the start of
 * a paragraph), appending the spans to `out`. The state of the scan right after a cut is always the
 * same, so scanning from a cut gives exactly the paragraphs a scan from 0 gives there.
 *
 * `stops` (increasing) are positions where the rest of the text is known to be cut already: when a
 * cut falls on `stops[i]`, the scan stops there and returns i; otherwise −1.
 */
function scan(text: string, from: number, max: number, out: Span[], stops: readonly number[]): number {
  const n = text.length
  let start = from
  let lineStart = from
  let next = 0
  // Whether the current paragraph has a line with text yet, and whether a blank line followed it.
  let hasText = false
  let afterBlank = false
  while (lineStart < n) {
    let nl = text.indexOf('\n', lineStart)
    if (nl === -1) nl = n
    // A line longer than `max` is taken piece by piece (pieceEnd): each piece acts as a line.
    const lineEnd = nl - lineStart > max ? pieceEnd(text, lineStart, nl, max) : nl
    const blank = isBlankAt(text, lineStart, lineEnd, nl, max)
    if (!blank) {
      if (hasText && lineStart > start && (afterBlank || lineStart - start >= max)) {
        out.push({ start, end: lineStart })
        start = lineStart
        while (next < stops.length && stops[next]! < start) next++
        if (next < stops.length && stops[next] === start) return next
      }
      hasText = true
      afterBlank = false
    } else if (hasText) afterBlank = true
    lineStart = text.charCodeAt(lineEnd) === 0x0a ? lineEnd + 1 : lineEnd
  }
  if (n > start) out.push({ start, end: n })
  return -1
}

/**
 * Where the piece of a long line that starts at `start` ends (`lineEnd` when the rest is short):
 * after the first sentence end (。！？!?), 、，, or space in the second half of the next `max`
 * characters, else at `max` characters (never inside a surrogate pair). It reads only the text
 * before the cut, so a cut stands as long as the piece before it is unchanged (resplit relies on
 * that), and a scan from any cut gives the same pieces as a scan from the line start.
 */
export function pieceEnd(text: string, start: number, lineEnd: number, max: number): number {
  if (lineEnd - start <= max) return lineEnd
  const hi = start + max
  for (let i = start + Math.max(1, max >> 1); i < hi; i++) {
    const c = text.charCodeAt(i - 1)
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x3001 || c === 0xff0c || c === 0x2c || c === 0x20 || c === 0x3000) return i
  }
  const c = text.charCodeAt(hi - 1)
  return c >= 0xd800 && c <= 0xdbff && hi - 1 > start ? hi - 1 : hi
}

/** The last text checked, its paragraphs and their texts (detached: they outlive the check). */
export interface LastSplit {
  readonly text: string
  readonly spans: readonly Span[]
  readonly keys: readonly string[]
}

/**
 * `splitParagraphs(text)` after the text was `last`: the paragraphs before the first change and
 * after the last one are recognised by comparing them in place (no hashing, no re-scan), and only
 * the changed stretch is cut again. `from[i]` is the index in `last` of paragraph i when it is
 * the same paragraph unchanged (same text; the offset may have moved), else −1.
 */
export function resplit(last: LastSplit | undefined, text: string, max = MAX_PARAGRAPH): { spans: Span[]; from: number[] } {
  const spans: Span[] = []
  const from: number[] = []
  if (!last || last.spans.length === 0) {
    scan(text, 0, max, spans, NO_STOPS)
    for (let i = 0; i < spans.length; i++) from.push(-1)
    return { spans, from }
  }
  const n = text.length
  const count = last.spans.length
  if (text === last.text) {
    for (let i = 0; i < count; i++) from.push(i)
    return { spans: last.spans as Span[], from }
  }
  // Head: paragraphs still in their place. Typing mostly changes the last paragraph: one comparison
  // finds all the others unchanged.
  let k = 0
  if (count > 1 && holdsAt(text, last.text.slice(0, last.spans[count - 1]!.start), 0)) k = count - 1
  while (k < count && holdsAt(text, last.keys[k]!, last.spans[k]!.start)) k++
  // A paragraph keeps its end if the cut after it still stands: the next paragraph is still there,
  // or the text now ends with it, or it was cut before and the line after it still has text.
  // A cut inside an over-long line stands while the text it was decided on is unchanged: pieceEnd read
  // the piece before it, which started at most `max − ⌊max/2⌋` characters before the cut, and needed
  // the line to go on past the piece's `max` characters. Otherwise it is cut again from
  // the cut before it. Each earlier cut taken instead is checked the same way, until one stands.
  // The text is known to be unchanged up to `same` (the paragraphs found in place).
  const same = k > 0 ? last.spans[k - 1]!.end : 0
  let head = k
  while (head > 0) {
    const end = last.spans[head - 1]!.end
    if (!isLineStart(last.text, end)) {
      const need = end + max - (max >> 1) + 1
      if (need <= n && need <= last.text.length && (need <= same || holdsAt(text, last.text.slice(same, need), same))) break
      head--
      continue
    }
    const nl = lineEndAt(text, end)
    const stands = end === n || (head < count && !isBlankAt(text, end, pieceEnd(text, end, nl, max), nl, max))
    if (stands) break
    head--
  }
  for (let i = 0; i < head; i++) {
    spans.push(last.spans[i]!)
    from.push(i)
  }
  const resume = head > 0 ? last.spans[head - 1]!.end : 0
  if (resume === n && head > 0) return { spans, from }
  // Tail: paragraphs still there at the end, moved by the change in length, that still start a line
  // (or still start a piece of a long line): whether a piece may be blank depends on that (isBlankAt).
  const delta = n - last.text.length
  let m = count
  while (
    m > head &&
    last.spans[m - 1]!.start + delta >= resume &&
    holdsAt(text, last.keys[m - 1]!, last.spans[m - 1]!.start + delta) &&
    isLineStart(text, last.spans[m - 1]!.start + delta) === isLineStart(last.text, last.spans[m - 1]!.start)
  )
    m--
  let stop = 0
  // Unless the tail starts right at `resume` (a paragraph was removed), cut the changed stretch
  // until a cut falls where a tail paragraph starts: from there on, the rest is the tail.
  if (m === count || last.spans[m]!.start + delta !== resume) {
    const stops: number[] = []
    for (let i = m; i < count; i++) stops.push(last.spans[i]!.start + delta)
    const before = spans.length
    stop = scan(text, resume, max, spans, stops)
    for (let i = before; i < spans.length; i++) from.push(-1)
  }
  if (stop >= 0) {
    for (let i = m + stop; i < count; i++) {
      const s = last.spans[i]!
      spans.push(delta === 0 ? s : { start: s.start + delta, end: s.end + delta })
      from.push(i)
    }
  }
  return { spans, from }
}

/**
 * Whether `text` holds `part` at `at`. (A slice compared with === is a memory comparison in V8;
 * startsWith with a position compares one character at a time, about 15 times slower.)
 */
function holdsAt(text: string, part: string, at: number): boolean {
  return at + part.length <= text.length && text.slice(at, at + part.length) === part
}

/** Whether `at` is the start of a line of `text` (or its end). */
function isLineStart(text: string, at: number): boolean {
  return at === 0 || at === text.length || text.charCodeAt(at - 1) === 0x0a
}

function lineEndAt(text: string, at: number): number {
  const e = text.indexOf('\n', at)
  return e === -1 ? text.length : e
}

/** A copy of `s` that shares no memory with the string it was sliced from (V8 keeps slices' parents alive). */
export function detached(s: string): string {
  // V8 copies strings this short instead of slicing them.
  return s.length < 13 ? s : copyString(s)
}

/**
 * Paragraph results by paragraph text, for one (families, policy, paragraph context).
 *
 * `last` holds the last check's paragraphs: those still in place are found by `resplit` without a
 * lookup. The map serves the others: a paragraph typed back (undo), pasted again or moved.
 * Typing leaves a trail of paragraph versions that never come back: the check retires the
 * paragraphs it no longer has (`retire`), and only the last `RECENT_RETIRED` of them stay (a
 * backspace or an undo finds them); older ones are forgotten at once rather than kept until the memo
 * is full (they outlived the young generation and made the browser's major garbage collections, about
 * half a millisecond per keystroke on a long post). Entries not used by the last two checks are also
 * swept out when the memo is full ("full" grows with the post: a long post's paragraphs always fit).
 * If a sweep frees nothing, the memo is cleared: bounded either way.
 */
export class ParagraphMemo<T> {
  /** The paragraphs of the last check and their results, for `resplit`. */
  last?: LastSplit & { readonly values: readonly T[] }
  private map = new Map<string, { value: T; used: number }>()
  private chars = 0
  private tick = 0
  private maxEntries = MIN_ENTRIES
  private maxChars = MIN_CHARS
  /** Paragraph texts the last checks no longer had, oldest first (at most RECENT_RETIRED). */
  private retired: string[] = []

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
  /**
   * `text` (a paragraph of the last check) is not in this check (typed over, deleted, cut): it stays for
   * the next RECENT_RETIRED retirements, then is forgotten unless this check used it.
   */
  retire(text: string): void {
    this.retired.push(text)
    if (this.retired.length <= RECENT_RETIRED) return
    const old = this.retired.shift()!
    const e = this.map.get(old)
    if (e && e.used < this.tick) {
      this.map.delete(old)
      this.chars -= old.length
    }
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
/** How many retired paragraph versions a memo keeps (typing back a few keystrokes finds them). */
const RECENT_RETIRED = 8
const MIN_CHARS = 400_000
