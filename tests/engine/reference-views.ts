/**
 * REFERENCE IMPLEMENTATION for tests: the straightforward, per-cluster view builders the engine
 * started with (every cluster through String.prototype.normalize). The engine's fast builders in
 * src/engine/text.ts must produce exactly the same views; a property test compares them.
 *
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
 *              marks between digits → "-", zero-width characters and BOM removed.
 *  - squeezed: norm minus spaces, "・", ".", "_" that sit between CJK characters or digits
 *              (catches マ イ ナ ン バ ー, 秘・密, 0 9 0 …).
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

class ViewBuilder {
  private chars: string[] = []
  private starts: number[] = []
  private ends: number[] = []
  push(s: string, start: number, end: number): void {
    for (let i = 0; i < s.length; i++) {
      this.chars.push(s[i]!)
      this.starts.push(start)
      this.ends.push(end)
    }
  }
  get length(): number {
    return this.chars.length
  }
  lastChar(): string | undefined {
    return this.chars[this.chars.length - 1]
  }
  setChar(i: number, c: string): void {
    this.chars[i] = c
  }
  charAt(i: number): string | undefined {
    return this.chars[i]
  }
  build(): View {
    return { text: this.chars.join(''), start: Int32Array.from(this.starts), end: Int32Array.from(this.ends) }
  }
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

/** Build the norm view in one pass over the source. */
export function buildNorm(src: string): View {
  const out = new ViewBuilder()
  const n = src.length
  let i = 0
  while (i < n) {
    const cp = src.codePointAt(i)!
    let j = i + (cp > 0xffff ? 2 : 1)
    // Gather following combining marks into the cluster (pre-map spacing dakuten).
    // Zero-width characters between a letter and its mark (ﾊ\u200Bﾟ) do not part them.
    while (j < n) {
      const c = src[j]!
      if (c === '\u309B' || c === '\u309C' || COMBINING.test(c)) j++
      else if (ZERO_WIDTH.test(c) && /^[\u200B-\u200D\u2060\uFEFF\u00AD\u180E]{0,8}[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F\u3099-\u309C\uFF9E\uFF9F\uFE00-\uFE0F]/u.test(src.slice(j, j + 9))) j++
      else break
    }
    let cluster = src.slice(i, j)
    if (cluster.length > 1) cluster = cluster.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD\u180E]/gu, '')
    if (cluster.length === 1 && ZERO_WIDTH.test(cluster)) {
      i = j
      continue
    }
    // CRLF is one line break (the CR is dropped); a lone CR is a line break.
    if (cluster === '\r') {
      if (src[j] !== '\n') out.push('\n', i, j)
      i = j
      continue
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
        // ー between digits is a separator (０９０ー１２３４); elsewhere it is spelling.
        const next = nextBaseChar(src, j)
        norm = isDigit(out.lastChar()) && next !== undefined && isDigit(next.normalize('NFKC')) ? '-' : '\u30FC'
      } else if (HYPHENS.test(c)) norm = '-'
      else if (WAVES.test(c)) norm = '~'
      else if (c === '\u3000' || c === '\u00A0' || c === '\t') norm = ' '
    }
    out.push(norm, i, j)
    i = j
  }
  return out.build()
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

const SQUEEZABLE = new Set([' ', '・', '.', '_', '\u30FB', '･'])
/** Spacing characters, and the code units of emoji in U+1F000–U+1FFFF (an emoji run is judged whole). */
const squeezable = (c: string) => SQUEEZABLE.has(c) || /[\ud83c-\ud83e\udc00-\udfff]/.test(c)

/** Remove spacing characters between CJK characters or digits. */
export function buildSqueezed(norm: View): View {
  const t = norm.text
  const n = t.length
  const out = new ViewBuilder()
  let i = 0
  while (i < n) {
    const c = t[i]!
    if (squeezable(c)) {
      // find the run of squeezable characters
      let j = i
      while (j < n && squeezable(t[j]!)) j++
      const before = t[i - 1]
      const after = t[j]
      const joinable = (x: string | undefined) => isCjk(x) || isDigit(x)
      const run = t.slice(i, j)
      const kind = (x: string | undefined) => (x === undefined ? 0 : /[\u3040-\u30ff]/.test(x) ? 1 : /[\u3400-\u9fff\uf900-\ufaff\u3005]/.test(x) ? 2 : /[A-Za-z]/.test(x) ? 3 : 0)
      // One emoji between two kana or two kanji (バ🙄カ) is dropped; other runs with surrogates are kept.
      const emoji = /^[\ud83c-\ud83e][\udc00-\udfff]$/.test(run) && kind(before) !== 0 && kind(before) === kind(after)
      const plain = !/[\ud800-\udfff]/.test(run)
      // A dot between digits is a decimal point / version: keep; spaces within CJK/digits: drop.
      const dropping = emoji || (plain && joinable(before) && joinable(after) && !(isDigit(before) && isDigit(after) && run === '.') && j - i <= 3)
      if (!dropping) for (let k = i; k < j; k++) out.push(t[k]!, norm.start[k]!, norm.end[k]!)
      i = j
      continue
    }
    out.push(c, norm.start[i]!, norm.end[i]!)
    i++
  }
  return out.build()
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

export function buildFolded(squeezed: View): View {
  let text = ''
  const t = squeezed.text
  for (let i = 0; i < t.length; i++) text += foldChar(t[i]!)
  return { text, start: squeezed.start, end: squeezed.end }
}

