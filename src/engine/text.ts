/**
 * Normalised views of a draft with exact offset maps back to the text the user typed.
 *
 * Every view is a string plus two arrays, `start[i]` and `end[i]`: the UTF-16 range of the
 * original text that produced view character `i`. A match `[a, b)` in a view maps back to
 * `[start[a], end[b - 1])` in the original (see `toSource`). Views are built in single
 * linear passes, so building them costs O(n) per keystroke.
 *
 * Views (research/rules.md §2):
 *  - norm:     NFKC per grapheme-ish cluster (base + combining marks, spacing dakuten first
 *              mapped to combining ones), hyphen-likes → "-", wave dashes → "~", long-vowel
 *              marks between digits → "-", zero-width characters and BOM removed (also between a
 *              letter and its combining mark: ﾊ\u200Bﾟ is パ), CRLF and CR → LF.
 *  - squeezed: norm minus spaces, "・", ".", "_" that sit between CJK characters or digits
 *              (catches マ イ ナ ン バ ー, 秘・密, 0 9 0 …), and one emoji between two kana or two
 *              kanji (バ🙄カ, 極🤫秘).
 *  - folded:   squeezed with katakana → hiragana, small kana → full size, ASCII lower-cased.
 *              Same length as squeezed, so it shares squeezed's maps.
 *  - digits:   norm with kanji numerals turned into ASCII digits inside runs of ≥ 7 numerals
 *              (一丁目 stays as it is). Same length as norm.
 */

export interface View {
  readonly text: string
  /** Source start offset of each view code unit. */
  readonly start: Int32Array
  /** Source end offset (exclusive) of each view code unit. */
  readonly end: Int32Array
}

export interface Span {
  start: number
  end: number
}

/** Map a half-open span of a view back to the original text. Empty spans map to a point. */
export function toSource(view: View, a: number, b: number): Span {
  const n = view.text.length
  if (n === 0) return { start: 0, end: 0 }
  const s = Math.max(0, Math.min(a, n - 1))
  const e = Math.max(s, Math.min(b, n) - 1)
  if (b <= a) return { start: view.start[s]!, end: view.start[s]! }
  return { start: view.start[s]!, end: view.end[e]! }
}

/** Scratch code units for text-only builds: turned into a string at once, so one buffer serves every build. */
let SCRATCH = new Uint16Array(1024)
function scratch(n: number): Uint16Array {
  if (SCRATCH.length < n) SCRATCH = new Uint16Array(Math.max(n, SCRATCH.length * 2))
  return SCRATCH
}

/**
 * Growable output buffer of a view: UTF-16 code units plus (with `maps`) their source ranges, in
 * typed arrays. Without maps the code units go to the shared scratch buffer: nothing is allocated
 * but the final string.
 */
class Buf {
  codes: Uint16Array
  start: Int32Array
  end: Int32Array
  n = 0
  constructor(
    capacity: number,
    readonly maps: boolean,
  ) {
    const cap = Math.max(16, capacity)
    this.codes = maps ? new Uint16Array(cap) : scratch(cap)
    this.start = maps ? new Int32Array(cap) : EMPTY
    this.end = maps ? new Int32Array(cap) : EMPTY
  }
  private grow(extra: number): void {
    const cap = Math.max(this.codes.length * 2, this.n + extra)
    const codes = new Uint16Array(cap)
    codes.set(this.codes.subarray(0, this.n))
    this.codes = codes
    if (!this.maps) {
      SCRATCH = codes
      return
    }
    const start = new Int32Array(cap)
    start.set(this.start.subarray(0, this.n))
    const end = new Int32Array(cap)
    end.set(this.end.subarray(0, this.n))
    this.start = start
    this.end = end
  }
  push1(code: number, start: number, end: number): void {
    if (this.n === this.codes.length) this.grow(1)
    const n = this.n++
    this.codes[n] = code
    if (this.maps) {
      this.start[n] = start
      this.end[n] = end
    }
  }
  push(s: string, start: number, end: number): void {
    if (this.n + s.length > this.codes.length) this.grow(s.length)
    for (let i = 0; i < s.length; i++) this.push1(s.charCodeAt(i), start, end)
  }
  last(): number {
    return this.n > 0 ? this.codes[this.n - 1]! : -1
  }
  text(): string {
    return codesToString(this.codes, this.n)
  }
  /** The maps (subarray, not slice: views are never written after they are built, so no copy is needed). */
  offsets(): { start: Int32Array; end: Int32Array } {
    return { start: this.start.subarray(0, this.n), end: this.end.subarray(0, this.n) }
  }
}

const EMPTY = new Int32Array(0)

/** A flat copy of `s` that shares no memory with the string it was sliced from (engines keep a slice's parent alive). */
export function copyString(s: string): string {
  const n = s.length
  const codes = scratch(n)
  for (let i = 0; i < n; i++) codes[i] = s.charCodeAt(i)
  return codesToString(codes, n)
}

/**
 * A view whose offset maps are built on first use. Most paragraphs have no finding, and the
 * matching itself only reads the text: the maps are then never built.
 */
class LazyView implements View {
  private maps?: { start: Int32Array; end: Int32Array }
  constructor(
    readonly text: string,
    private readonly build: () => { start: Int32Array; end: Int32Array },
  ) {}
  get start(): Int32Array {
    return (this.maps ??= this.build()).start
  }
  get end(): Int32Array {
    return (this.maps ??= this.build()).end
  }
}

const utf16 = new TextDecoder('utf-16le')

/** Whether every surrogate in the code units is part of a pair. */
function isWellFormed(codes: Uint16Array): boolean {
  const n = codes.length
  for (let i = 0; i < n; i++) {
    const c = codes[i]!
    if (c < 0xd800 || c > 0xdfff) continue
    if (c >= 0xdc00) return false
    const d = i + 1 < n ? codes[i + 1]! : 0
    if (d < 0xdc00 || d > 0xdfff) return false
    i++
  }
  return true
}

/** Code units to a string. Exact, lone surrogates included. */
export function codesToString(codes: Uint16Array, n: number): string {
  const view = codes.subarray(0, n)
  // TextDecoder is a memory copy, but it would turn a lone surrogate into U+FFFD; only well-formed text takes it.
  if (n > 2048 && isWellFormed(view)) return utf16.decode(view)
  if (n <= 4096) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[])
  const parts: string[] = []
  for (let i = 0; i < n; i += 4096) parts.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 4096)) as unknown as number[]))
  return parts.join('')
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD\u180E]/
/** Hyphen-like characters NFKC leaves alone (and the ones it produces). */
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\uFE58\uFE63\uFF0D\u2500\u2501\u30FC\uFF70-]/
const WAVES = /[\u301C\u3030\uFF5E~\u223C\u223E\u02DC]/
const LONG_VOWEL = /[\u30FC\uFF70]/
/** Combining marks: a cluster is a base code point plus the marks that follow it. */
const COMBINING = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F\u3099\u309A\uFF9E\uFF9F\uFE00-\uFE0F]/
/** NFKC turns these circled / parenthesised numbers into bare digits that glue onto neighbours. */
const ENCLOSED_NUMBER = /[\u2460-\u24FF\u2776-\u2793\u3251-\u325F\u32B1-\u32BF\u3220-\u3229\u3280-\u3289]/

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9'
}

/** Combining marks (and the spacing dakuten NFKC turns into them) that join the preceding character. */
function isCombiningCode(d: number): boolean {
  return (
    (d >= 0x0300 && d <= 0x036f) ||
    (d >= 0x3099 && d <= 0x309c) ||
    (d >= 0xfe00 && d <= 0xfe0f) ||
    (d >= 0xfe20 && d <= 0xfe2f) ||
    (d >= 0xff9e && d <= 0xff9f) ||
    (d >= 0x1ab0 && d <= 0x1aff) ||
    (d >= 0x1dc0 && d <= 0x1dff) ||
    (d >= 0x20d0 && d <= 0x20ff)
  )
}

/**
 * What NFKC and our mappings make of one code unit that needs no context: the same code for
 * ASCII, kana, kanji and CJK punctuation, the ASCII form of full-width ASCII; -1 when the
 * general (slow) path must decide.
 */
function fastNorm(c: number): number {
  if (c < 0x80) return c === 0x09 ? 0x20 : c === 0x0d ? -1 : c
  if (c >= 0x4e00 && c <= 0x9fff) return c
  if (c >= 0x3041 && c <= 0x30fe) {
    if (c === 0x30fc || c === 0x3097 || c === 0x3098 || (c >= 0x3099 && c <= 0x309c) || c === 0x309f) return -1
    return c
  }
  if (c >= 0x3001 && c <= 0x3035) return c === 0x301c || c === 0x3030 ? 0x7e : c
  if (c === 0x3000) return 0x20
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0
  if (c >= 0x3400 && c <= 0x4dbf) return c
  return -1
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

/** Shared identity offset map (start[i] = i, end[i] = i + 1 via a shifted subarray), grown on demand. */
let IDENTITY = new Int32Array(0)
function identityView(text: string): View {
  const n = text.length
  if (IDENTITY.length < n + 1) {
    IDENTITY = new Int32Array(Math.max(n + 1, IDENTITY.length * 2, 1024))
    for (let i = 0; i < IDENTITY.length; i++) IDENTITY[i] = i
  }
  return { text, start: IDENTITY.subarray(0, n), end: IDENTITY.subarray(1, n + 1) }
}

/** Whether normalising changes nothing: every code unit maps to itself on the fast path. */
function isNormal(src: string): boolean {
  const n = src.length
  let prev = -1
  for (let i = 0; i < n; i++) {
    const c = src.charCodeAt(i)
    // ー after a digit may become a hyphen (０９０ー…): let the full builder decide.
    if (c === 0x30fc ? isDigitCode(prev) : fastNorm(c) !== c) return false
    prev = c
  }
  return true
}

/** Build the norm view in one pass over the source. */
export function buildNorm(src: string): View {
  // Most paragraphs are plain Japanese and ASCII: the view is the text itself (no copy, shared maps).
  if (isNormal(src)) return identityView(src)
  const text = normInto(src, new Buf(src.length + 8, false)).text()
  return new LazyView(text, () => normInto(src, new Buf(src.length + 8, true)).offsets())
}

/** Whether a combining mark follows `i`, possibly after zero-width characters put in to split the letter (ﾊ\u200Bﾟ). */
function combiningAfter(src: string, i: number): boolean {
  return markAfterZeroWidth(src, i + 1) !== -1
}
/**
 * Where the combining mark is after the zero-width characters at `k` (at most 8: an evader puts one or two), or -1.
 * Bounded, so a long run of zero-width characters stays linear.
 */
function markAfterZeroWidth(src: string, k: number): number {
  const end = Math.min(src.length, k + 9)
  while (k < end && isZeroWidthCode(src.charCodeAt(k))) k++
  return k < end && isCombiningCode(src.charCodeAt(k)) ? k : -1
}
function isZeroWidthCode(d: number): boolean {
  return (d >= 0x200b && d <= 0x200d) || d === 0x2060 || d === 0xfeff || d === 0x00ad || d === 0x180e
}

function normInto(src: string, out: Buf): Buf {
  const n = src.length
  let i = 0
  while (i < n) {
    const c = src.charCodeAt(i)
    const f = fastNorm(c)
    if (f !== -1 && !(i + 1 < n && combiningAfter(src, i))) {
      out.push1(f, i, i + 1)
      i++
      continue
    }
    if (c === 0x30fc && !(i + 1 < n && combiningAfter(src, i))) {
      // ー between digits is a separator (０９０ー１２３４); elsewhere it is spelling.
      const next = i + 1 < n ? src.charCodeAt(i + 1) : -1
      const nextDigit = isDigitCode(next) || (next >= 0xff10 && next <= 0xff19) || (next > 0x7f && next !== -1 && fastNorm(next) === -1 && isDigit(src[i + 1]!.normalize('NFKC')))
      out.push1(isDigitCode(out.last()) && nextDigit ? 0x2d : 0x30fc, i, i + 1)
      i++
      continue
    }
    i = slowCluster(src, i, out)
  }
  return out
}

/** The general path for one cluster (base code point + combining marks): NFKC and our mappings. */
function slowCluster(src: string, i: number, out: Buf): number {
  const n = src.length
  const cp = src.codePointAt(i)!
  let j = i + (cp > 0xffff ? 2 : 1)
  // Gather following combining marks into the cluster (pre-map spacing dakuten).
  while (j < n) {
    const c = src[j]!
    if (c === '\u309B' || c === '\u309C' || COMBINING.test(c)) j++
    // Zero-width characters put between a letter and its mark (ﾊ\u200Bﾟ) do not part them.
    else if (isZeroWidthCode(c.charCodeAt(0)) && markAfterZeroWidth(src, j) !== -1) j = markAfterZeroWidth(src, j)
    else break
  }
  let cluster = src.slice(i, j)
  if (cluster.length > 1 && /[\u200B-\u200D\u2060\uFEFF\u00AD\u180E]/u.test(cluster)) cluster = cluster.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD\u180E]/gu, '')
  if (cluster.length === 1 && ZERO_WIDTH.test(cluster)) return j
  // CRLF (a Windows file, a pasted e-mail) is one line break; a lone CR is a line break too.
  if (cluster === '\r') {
    if (src.charCodeAt(j) !== 0x0a) out.push1(0x0a, i, j)
    return j
  }
  if (cluster.includes('\u309B') || cluster.includes('\u309C')) {
    cluster = cluster.replace(/\u309B/g, '\u3099').replace(/\u309C/g, '\u309A')
  }
  let norm: string
  if (ENCLOSED_NUMBER.test(cluster)) {
    // Keep circled numbers out of digit runs: ① is a list marker, not a digit.
    norm = '#'
  } else {
    norm = cluster.normalize('NFKC')
  }
  // Remove zero-width characters and variation selectors NFKC kept.
  norm = norm.replace(/[\u200B-\u200D\u2060\uFEFF\uFE00-\uFE0F]/g, '')
  if (norm.length === 1) {
    const c = norm
    if (LONG_VOWEL.test(c)) {
      const next = nextBaseChar(src, j)
      norm = isDigitCode(out.last()) && next !== undefined && isDigit(next.normalize('NFKC')) ? '-' : '\u30FC'
    } else if (HYPHENS.test(c)) norm = '-'
    else if (WAVES.test(c)) norm = '~'
    else if (c === '\u3000' || c === '\u00A0' || c === '\t') norm = ' '
  }
  out.push(norm, i, j)
  return j
}

function nextBaseChar(src: string, j: number): string | undefined {
  return j < src.length ? src[j] : undefined
}

export function isCjk(c: string | undefined): boolean {
  if (c === undefined) return false
  const code = c.charCodeAt(0)
  return (
    (code >= 0x3040 && code <= 0x30ff) || // kana
    (code >= 0x3400 && code <= 0x9fff) || // CJK ideographs
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3005 || code === 0x3006 || code === 0x3007
  )
}

function isSqueezableCode(c: number): boolean {
  return c === 0x20 || c === 0x30fb || c === 0x2e || c === 0x5f || c === 0xff65 || (c >= 0xd83c && c <= 0xd83e) || (c >= 0xdc00 && c <= 0xdfff)
}
/** Kana (1), kanji (2), ASCII letters (3) or none (0): an emoji is dropped only between two letters of one kind (バ🙄カ, 極🤫秘, Sage🎎mon). */
function letterKind(c: number): number {
  if (c >= 0x3040 && c <= 0x30ff) return 1
  if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005) return 2
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 3
  return 0
}
function isJoinableCode(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3005 || c === 0x3006 || c === 0x3007
  )
}

/** Whether the run of squeezable characters [i, j) of `t` is dropped from the squeezed view. */
function dropsRun(t: string, i: number, j: number): boolean {
  const n = t.length
  const c = t.charCodeAt(i)
  const before = i > 0 ? t.charCodeAt(i - 1) : -1
  const after = j < n ? t.charCodeAt(j) : -1
  // One emoji inside a word (バ🙄カ, 極🤫秘) hides it: drop it, between two kana or two kanji only.
  if (c >= 0xd800) return j - i === 2 && c <= 0xd83e && t.charCodeAt(i + 1) >= 0xdc00 && letterKind(before) !== 0 && letterKind(before) === letterKind(after)
  for (let k = i + 1; k < j; k++) if (t.charCodeAt(k) >= 0xd800) return false
  // A dot between digits is a decimal point / version: keep; spaces within CJK/digits: drop.
  return isJoinableCode(before) && isJoinableCode(after) && !(isDigitCode(before) && isDigitCode(after) && j - i === 1 && c === 0x2e) && j - i <= 3
}

/** Remove spacing characters between CJK characters or digits. */
export function buildSqueezed(norm: View): View {
  const t = norm.text
  const n = t.length
  // Nothing to drop (the usual case): the squeezed view is the norm view.
  let drops = false
  for (let i = 0; i < n && !drops; ) {
    if (!isSqueezableCode(t.charCodeAt(i))) {
      i++
      continue
    }
    let j = i
    while (j < n && isSqueezableCode(t.charCodeAt(j))) j++
    drops = dropsRun(t, i, j)
    i = j
  }
  if (!drops) return norm
  const text = squeezeInto(norm, new Buf(n, false)).text()
  return new LazyView(text, () => squeezeInto(norm, new Buf(n, true)).offsets())
}

function squeezeInto(norm: View, out: Buf): Buf {
  const t = norm.text
  const n = t.length
  const ns = out.maps ? norm.start : EMPTY
  const ne = out.maps ? norm.end : EMPTY
  let i = 0
  while (i < n) {
    const c = t.charCodeAt(i)
    if (!isSqueezableCode(c)) {
      out.push1(c, ns[i]!, ne[i]!)
      i++
      continue
    }
    // the run of squeezable characters
    let j = i
    while (j < n && isSqueezableCode(t.charCodeAt(j))) j++
    if (!dropsRun(t, i, j)) for (let k = i; k < j; k++) out.push1(t.charCodeAt(k), ns[k]!, ne[k]!)
    i = j
  }
  return out
}

const SMALL_KANA: Record<string, string> = {
  ぁ: 'あ', ぃ: 'い', ぅ: 'う', ぇ: 'え', ぉ: 'お', っ: 'つ', ゃ: 'や', ゅ: 'ゆ', ょ: 'よ', ゎ: 'わ', ゕ: 'か', ゖ: 'け',
}

/** Fold one character: katakana → hiragana, small kana → full size, ASCII → lower case. Length-preserving. */
export function foldChar(c: string): string {
  const code = c.charCodeAt(0)
  let r = c
  if (code >= 0x30a1 && code <= 0x30f6) r = String.fromCharCode(code - 0x60)
  else if (code >= 0x41 && code <= 0x5a) r = String.fromCharCode(code + 0x20)
  return SMALL_KANA[r] ?? r
}

/** Fold a whole string the same way (for word lists). */
export function foldString(s: string): string {
  let out = ''
  for (const c of s) out += c.length === 1 ? foldChar(c) : c
  return out
}

/** foldChar as a table over the BMP range that folding touches. */
const FOLD_LIMIT = 0x3100
const FOLD_TABLE: Uint16Array = (() => {
  // foldChar by code unit, in integer arithmetic (built on every page load: no string per code unit).
  const small = new Map(Object.entries(SMALL_KANA).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]))
  const table = new Uint16Array(FOLD_LIMIT)
  for (let c = 0; c < FOLD_LIMIT; c++) {
    const r = c >= 0x30a1 && c <= 0x30f6 ? c - 0x60 : c >= 0x41 && c <= 0x5a ? c + 0x20 : c
    table[c] = small.get(r) ?? r
  }
  return table
})()

/**
 * `foldChar` of one UTF-16 code unit, as a code unit: katakana → hiragana, small kana → full size, ASCII capitals →
 * lower case; any other unit is itself. A table lookup (pattern sources and views fold through it).
 */
export function foldCode(c: number): number {
  return c < FOLD_LIMIT ? FOLD_TABLE[c]! : c
}

export function buildFolded(squeezed: View): View {
  const t = squeezed.text
  const n = t.length
  let first = 0
  while (first < n) {
    const c = t.charCodeAt(first)
    if (c < FOLD_LIMIT && FOLD_TABLE[c] !== c) break
    first++
  }
  // Nothing folds (no katakana, capitals or small kana): same text, same maps.
  if (first === n) return squeezed
  const codes = scratch(n)
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i)
    codes[i] = c < FOLD_LIMIT ? FOLD_TABLE[c]! : c
  }
  return sharingMaps(codesToString(codes, n), squeezed)
}

/** A view of the same length as `of`, with its maps (read when first needed). */
function sharingMaps(text: string, of: View): View {
  return new LazyView(text, () => ({ start: of.start, end: of.end }))
}

const KANJI_DIGIT: Record<string, string> = {
  〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
}

const NUMERAL_RUN = /[〇零一二三四五六七八九0-9]{7,}/g
const KANJI_NUMERAL = /[〇零一二三四五六七八九]/


/** Kanji numerals inside runs of ≥ 7 numerals (digits or kanji) become ASCII digits. */
export function buildDigits(norm: View): View {
  const t = norm.text
  // Most drafts have no long run of kanji numerals: the view is the norm view itself.
  if (!KANJI_NUMERAL.test(t)) return norm
  const parts: string[] = []
  let last = 0
  NUMERAL_RUN.lastIndex = 0
  for (let m = NUMERAL_RUN.exec(t); m; m = NUMERAL_RUN.exec(t)) {
    if (!KANJI_NUMERAL.test(m[0])) continue
    parts.push(t.slice(last, m.index))
    let run = ''
    for (const c of m[0]) run += KANJI_DIGIT[c] ?? c
    parts.push(run)
    last = m.index + m[0].length
  }
  if (last === 0) return norm
  parts.push(t.slice(last))
  return sharingMaps(parts.join(''), norm)
}

/** Line index: start offsets of each line in a string. */
export function lineBounds(text: string, at: number): Span {
  let s = at
  while (s > 0 && text[s - 1] !== '\n') s--
  let e = at
  while (e < text.length && text[e] !== '\n') e++
  return { start: s, end: e }
}

/** The first view index whose source start is at or after `offset` (binary search; views are monotonic). */
export function viewIndexAt(view: View, offset: number): number {
  let lo = 0
  let hi = view.text.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (view.start[mid]! < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
