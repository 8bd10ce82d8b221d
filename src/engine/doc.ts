/**
 * A draft under check: the original text, its normalised views (built lazily, once) and the
 * keyword hits of the policy's word lists. Rule families read from a Doc; they never normalise
 * on their own, so every family agrees on offsets.
 */
import LinkifyIt from 'linkify-it'
import { buildDigits, buildFolded, buildNorm, buildSqueezed, toSource, type Span, type View } from './text'
import type { WordHit } from './matcher'
import { compiledLists, type Policy, type WordListName } from './policy'
import { inExampleBullets, inQuotedList, isDefined, isMention, isSentenceEnd, isWordAt, startsTopicCompound, wholeBoundaries } from './words'
export { isKatakana } from './words'

export interface UrlSpan extends Span {
  /** The URL as written (norm view), with scheme when present. */
  url: string
  /** Lower-cased host name. */
  host: string
  /** Span in the norm view. */
  normStart: number
  normEnd: number
}

const MAY_HOLD_URL = /[A-Za-z0-9]\.[A-Za-z]|:\/\//
const linkify = new LinkifyIt(undefined, { fuzzyEmail: false })
linkify.tlds(['jp', 'com', 'net', 'org', 'info', 'io', 'co', 'me', 'ly', 'gl', 'gd', 'to', 'be', 'at', 'cc', 'tokyo', 'link'], true)

/**
 * Lists whose hits are context for another finding, never a finding of their own (a policy noun
 * near 検討中, a disaster word in a reply, a tragedy word near an emoji): a word of a compound is
 * as good a context as the word alone (事業所, 地震計), so no word-boundary check is needed.
 */
const CONTEXT_LISTS: ReadonlySet<WordListName> = new Set(['policyNouns', 'disaster', 'tragedy'])

/**
 * After this many segmenter windows in one paragraph, its boundaries are computed once, whole (a
 * 40-character window costs about 1/25 of a 1,000-character paragraph).
 */
const WINDOWS_BEFORE_WHOLE = 16

export class Doc {
  readonly raw: string
  readonly policy: Policy
  private _norm?: View
  private _squeezed?: View
  private _folded?: View
  private _digits?: View
  private _urls?: UrlSpan[]
  private _normNoUrls?: string
  private _hits?: Map<WordListName, WordHit[]>
  private _digitCount?: number

  constructor(raw: string, policy: Policy) {
    this.raw = raw
    this.policy = policy
  }

  get norm(): View {
    return (this._norm ??= buildNorm(this.raw))
  }
  get squeezed(): View {
    return (this._squeezed ??= buildSqueezed(this.norm))
  }
  /** Squeezed, kana-folded, lower-cased: for word lists. Shares squeezed's offset maps. */
  get folded(): View {
    return (this._folded ??= buildFolded(this.squeezed))
  }
  /** Norm with long kanji-numeral runs as ASCII digits. Shares norm's offset maps. */
  get digits(): View {
    return (this._digits ??= buildDigits(this.norm))
  }

  /** How many ASCII digits the digits view has (kanji numerals in long runs included): detectors of numbers skip text with too few. */
  get digitCount(): number {
    if (this._digitCount !== undefined) return this._digitCount
    const t = this.digits.text
    let k = 0
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i)
      if (c >= 0x30 && c <= 0x39) k++
    }
    return (this._digitCount = k)
  }

  /** URLs found by linkify-it in the norm view (e-mail addresses are not URLs here). */
  get urls(): UrlSpan[] {
    if (this._urls) return this._urls
    const t = this.norm.text
    const out: UrlSpan[] = []
    // linkify-it scans the whole string with large regexes; only lines that can hold a URL
    // (a letter or digit, a dot, then a letter; or "://") are given to it.
    for (let lineStart = 0; lineStart < t.length; ) {
      let lineEnd = t.indexOf('\n', lineStart)
      if (lineEnd === -1) lineEnd = t.length
      const line = t.slice(lineStart, lineEnd)
      const offset = lineStart
      lineStart = lineEnd + 1
      if (!MAY_HOLD_URL.test(line)) continue
      for (const found of linkify.match(line) ?? []) {
        const m = { ...found, index: found.index + offset, lastIndex: found.lastIndex + offset }
        if (m.schema === 'mailto:') continue
        let host = ''
        try {
          host = new URL(m.url).hostname.toLowerCase()
        } catch {
          continue
        }
        const src = toSource(this.norm, m.index, m.lastIndex)
        out.push({ ...src, url: m.raw, host, normStart: m.index, normEnd: m.lastIndex })
      }
    }
    return (this._urls = out)
  }

  /** The norm text with every URL blanked out by spaces (same length), so digits inside URLs match nothing. */
  get normNoUrls(): string {
    return (this._normNoUrls ??= this.withoutUrls(this.norm.text))
  }

  /** A norm-length view text (norm or digits) with URL spans replaced by spaces. */
  withoutUrls(text: string): string {
    const urls = this.urls
    if (urls.length === 0) return text
    const parts: string[] = []
    let at = 0
    for (const u of urls) {
      parts.push(text.slice(at, u.normStart), ' '.repeat(u.normEnd - u.normStart))
      at = u.normEnd
    }
    parts.push(text.slice(at))
    return parts.join('')
  }

  /** Hits of one policy word list in the folded view (exceptions and word boundaries applied). */
  hits(list: WordListName): WordHit[] {
    if (!this._hits) this._hits = this.findAllHits()
    return this._hits.get(list) ?? []
  }

  private findAllHits(): Map<WordListName, WordHit[]> {
    const compiled = compiledLists(this.policy)
    const raw = compiled.matcher.find(this.folded.text)
    const byList = new Map<WordListName, WordHit[]>()
    if (raw.length === 0) return byList
    // Exception words ("!word" in the policy) veto any hit of the same list they cover.
    const exceptions = raw.filter((h) => compiled.isException[h.list])
    const sq = this.squeezed.text
    // Many candidates (a paste of one word repeated): after a few windows, segment the paragraph once, whole.
    let cuts: ReadonlySet<number> | undefined
    let windows = 0
    const whole = () => (++windows > WINDOWS_BEFORE_WHOLE ? (cuts ??= wholeBoundaries(sq)) : null)
    for (const h of raw) {
      if (compiled.isException[h.list]) continue
      const name = compiled.names[h.list]!
      if (exceptions.length > 0 && exceptions.some((e) => compiled.names[e.list] === name && e.start <= h.start && e.end >= h.end)) continue
      const o = compiled.options[h.list]!.get(h.word)
      if (o?.exact !== undefined && sq.slice(h.start, h.end) !== o.exact) continue
      if (!o?.substring && !CONTEXT_LISTS.has(name)) {
        if (!isWordAt(sq, h.start, h.end, whole, o?.katakana)) continue
        if (startsTopicCompound(sq, h.end)) continue
      }
      const sentence = sentenceAround(sq, h.start, h.end)
      if (o?.ordinarySense) {
        const folded = this.folded.text.slice(sentence.start, sentence.end)
        if (o.ordinarySense.some((w) => folded.includes(w))) continue
      }
      const hit: WordHit = isMention(sq, h.start, h.end, sentence) || isDefined(sq, h.start, h.end) || inQuotedList(sq, h.start, h.end) || inExampleBullets(sq, h.start, h.end) ? { ...h, mention: true } : h
      let arr = byList.get(name)
      if (!arr) byList.set(name, (arr = []))
      arr.push(hit)
    }
    return byList
  }

  /** Whether [start, end) of the squeezed view is a word (words.ts). */
  atWordBoundary(start: number, end: number): boolean {
    return isWordAt(this.squeezed.text, start, end)
  }

  /** Source span of a folded/squeezed view span. */
  fromSqueezed(start: number, end: number): Span {
    return toSource(this.squeezed, start, end)
  }
  fromNorm(start: number, end: number): Span {
    return toSource(this.norm, start, end)
  }

  /**
   * `fromNorm` as a function that holds only the norm view, for facts a family keeps after the
   * check: the offset maps are built only if a span is ever mapped.
   */
  normMapper(): (start: number, end: number) => Span {
    const norm = this.norm
    return (start, end) => toSource(norm, start, end)
  }
}

/**
 * Whether `re` (non-global, built once at module load) matches within `radius` characters
 * around [start, end) of `text`. Bounded slice, so the cost does not grow with the text.
 */
export function near(text: string, start: number, end: number, re: RegExp, before: number, after = before): boolean {
  return re.test(text.slice(Math.max(0, start - before), Math.min(text.length, end + after)))
}

/** The sentence around a position: bounded by 。！？!? or a newline, at most `max` characters each way. */
export function sentenceAround(text: string, start: number, end: number, max = 200): Span {
  let s = start
  const lo = Math.max(0, start - max)
  while (s > lo && !isSentenceEnd(text.charCodeAt(s - 1))) s--
  let e = end
  const hi = Math.min(text.length, end + max)
  while (e < hi && !isSentenceEnd(text.charCodeAt(e))) e++
  return { start: s, end: Math.min(text.length, e + 1) }
}


/**
 * The sentence around [start, end) of `text` (`sentenceAround`) widened by the sentence before it and, with `after`, the one after
 * it: where a change is told just before or after the words that carry it (…あるかもしれません。いま…話し合っています). Offsets into
 * `text`; each sentence is bounded as in `sentenceAround`.
 */
export function sentencesAround(text: string, start: number, end: number, after = true): Span {
  const s = sentenceAround(text, start, end)
  return {
    start: s.start > 0 ? sentenceAround(text, s.start - 1, s.start - 1).start : s.start,
    end: after && s.end < text.length ? sentenceAround(text, s.end, s.end).end : s.end,
  }
}
