/**
 * The repetition family's shared readings (5(2): 同じ内容の投稿を繰り返さない): what more than one detector reads — the shortest draft
 * compared with earlier posts (MIN_CANONICAL), the length from which a sentence is a repeat anywhere in the post (MIN_SENTENCE), the
 * emoji that may run or be filler between copies (EMOJI), a sentence without its separators and brackets (`withoutSeparators`) and
 * without its trailing marks and polite or particle ending (`stemOf`: …9時からです！ / …9時から！ are one sentence), and what one
 * paragraph holds for the whole-post checks (RepetitionFacts). No detector is here: nothing is reported by this file. Part of the
 * repetition family (index.ts runs the checks in order and reports them).
 */
import type { FingerprintPart } from '../../fingerprint'
import type { Span } from '../../text'

/** Shorter drafts are not compared with earlier posts (お知らせです, ありがとうございました). */
export const MIN_CANONICAL = 15
/** A sentence this long counts as a repeat wherever its copy is in the post. */
export const MIN_SENTENCE = 15
/** Emoji that may run (🎎🎎🎎…). */
export const EMOJI = /^\p{Extended_Pictographic}$/u
/** What a sentence may end with and still be the same sentence: punctuation, then です・ます or a particle. */
const TRAILING_MARKS = '。！？!?…〜ー \u3000\t'
const SAME_ENDINGS = ['ですよ', 'ですね', 'でした', 'です', 'ます', 'だよ', 'だね', 'よね', 'だ', 'よ', 'ね']

/** `s` without its trailing marks and polite or particle ending (linear: no regex anchored at the end). */
export function stemOf(s: string): string {
  let e = s.length
  while (e > 0 && TRAILING_MARKS.includes(s[e - 1]!)) e--
  const body = s.slice(0, e)
  for (const w of SAME_ENDINGS) if (body.endsWith(w)) return body.slice(0, body.length - w.length)
  return body
}

/**
 * `s` without spaces, tabs, commas and quotation brackets (what /[ \u3000\t、，,・「」『』〈〉《》“”〝〟"]+/gu replaced by ''; all
 * of them single UTF-16 units, never halves of a surrogate pair): one pass, and `s` itself when it has none.
 * Blind R62A-112: a sentence said again with only its brackets changed (アプリ「やながわごみナビ」の配信を… / アプリ『やながわごみナビ』
 * の配信を…, or the name in “ ” or bare) is the same sentence again.
 */
export function withoutSeparators(s: string): string {
  let out = ''
  let from = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    // ' ' \t 、 ， , ・ and the ideographic space; 「」『』〈〉《》 (0x3008–0x300f), “ ” 〝 〟 and ".
    if (c === 0x20 || c === 0x09 || c === 0x3000 || c === 0x3001 || c === 0xff0c || c === 0x2c || c === 0x30fb || (c >= 0x3008 && c <= 0x300f) || c === 0x201c || c === 0x201d || c === 0x301d || c === 0x301f || c === 0x22) {
      if (i > from) out += s.slice(from, i)
      from = i + 1
    }
  }
  return from === 0 ? s : out + s.slice(from)
}

/** What one paragraph holds for the whole-post checks (offsets in the paragraph). */
export interface RepetitionFacts {
  /** The first line with text (at most 60 characters), where a repeat of an earlier post is shown (norm offsets). */
  firstLine: Span | null
  /**
   * Sentences long enough to count as a copy-paste repeat, as written apart from spacing (norm
   * offsets); those shorter than MIN_ADJACENT count only as part of a repeated pair.
   */
  sentences: Array<{
    key: string
    start: number
    end: number
    n: number
    line?: 'start' | 'end' | 'whole'
    tail?: string
    section?: number
    covered?: boolean
    figured?: true
    /** A call to act for one's safety (isSafetyCall): said twice in an emergency, emphasis. */
    call?: true
    /** The key without its trailing marks and polite ending (`stemOf`) when the key has MIN_NEARBY characters or more, else ''. */
    stem: string
    /** The key's number in `keyIds` (`KeyIds`), and the epoch it was given in: a cache filled by `post`. */
    id?: number
    epoch?: number
  }>
  /** How many sentences the paragraph has (any length): the `n` of the next paragraph's first one. */
  count: number
  /** How many section headings (■A, 【申込方法】) the paragraph has: a sentence's `section` counts those before it. */
  headings: number
  /** The paragraph says an alarm is out now (ALARM). */
  alarm: boolean
  /**
   * Lines that repeat a line just above them and are a call for one's safety (paragraph offsets, with the line's sentence key): the
   * line rule's findings, left to `post`, which knows whether the post is an emergency one.
   */
  callLines: Array<{ start: number; end: number; key: string }>
  /**
   * Stretches said again right after themselves on a line, spaces and emoji aside (`tandemRepeats`; paragraph offsets of the copies
   * after the first): `post` drops those a sentence finding already marks, and a call for one's safety said twice in an emergency.
   */
  tandems: Array<{ start: number; end: number; call: boolean; copies: number }>
  /** Hashtags (paragraph offsets). */
  hashtags: Span[]
  /** Each hashtag's text without its #, lower-cased (same order as `hashtags`). */
  tags: string[]
  /** Norm offsets to paragraph offsets. */
  source: (start: number, end: number) => Span
  /** The `KeyIds` epoch every sentence of the paragraph is numbered in (set by `numberSentences`). */
  epoch?: number
  /** The paragraph's part of the post's fingerprint (kept with the facts: a keystroke normalises only its paragraph). */
  part: FingerprintPart
}
