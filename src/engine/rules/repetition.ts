/**
 * repetition — 5(2): 同じ内容の投稿を繰り返さない（スパムと受け取られる投稿をしない）.
 * Across posts: the draft's MinHash fingerprint against the account's recent posts (the CLI passes
 * texts, the extension passes fingerprints; only fingerprints are ever stored). Within the post:
 * the same sentence twice, too many hashtags, or one letter repeated ten times or more.
 */
import { matchAllOf } from '../regex'
import { canonicalForRepetition, fingerprint, FINGERPRINT_CHARS, similarity } from '../fingerprint'
import { detached } from '../paragraphs'
import { CLAUSES } from '../clauses'
import type { PostInput, RuleFamily } from '../rule'
import type { Span } from '../text'
import type { Fingerprint } from '../types'

/** Shorter drafts are not compared with earlier posts (お知らせです, ありがとうございました). */
const MIN_CANONICAL = 15
/** A sentence this long counts as a repeat wherever its copy is in the post. */
const MIN_SENTENCE = 15
/**
 * A shorter sentence (投票日は7月20日です。) counts only when its copy comes right after it: a
 * pasted-twice accident. Apart, short sentences repeat on purpose (each ■ section of a list ends
 * with the same 問合せ line or 参加無料。).
 */
const MIN_ADJACENT = 10
/** One letter this many times in a row is a run (spam or a stuck key). */
const CHAR_RUN = 10
const LETTER = /^\p{L}$/u
const HASHTAG = /[#＃][^\s#＃、。,.!?！？「」()（）]{1,100}/gu
/** The hashtags over the limit are marked together up to this many characters. */
const MAX_HASHTAG_SPAN = 200

/** A sentence ended without 。: a polite ending, optional emoji, then a space. */
const SOFT_END = /(?:です|ます|した|さい|ません)[\p{Extended_Pictographic}\uFE0F\u200D]{0,8}[ \u3000]+/gu

function pushSentence(out: RepetitionFacts['sentences'], s: string, at: number, n: number): void {
  const key = s.trim()
  if (key.length >= MIN_ADJACENT) out.push({ key, start: at, end: at + s.length, n })
}

/** The ends of sentences and lines. */
const SENTENCE = /[^。！？!?\n]{1,2000}[。！？!?]?/gu

/** What one paragraph holds for the whole-post checks (offsets in the paragraph). */
export interface RepetitionFacts {
  /** The first line with text (at most 60 characters), where a repeat of an earlier post is shown (norm offsets). */
  firstLine: Span | null
  /** Sentences long enough to count as a copy-paste repeat, as written apart from spacing (norm offsets). */
  sentences: Array<{ key: string; start: number; end: number; n: number }>
  /** How many sentences the paragraph has (any length): the `n` of the next paragraph's first one. */
  count: number
  /** Hashtags (paragraph offsets). */
  hashtags: Span[]
  /** Norm offsets to paragraph offsets. */
  source: (start: number, end: number) => Span
}

/** The last post fingerprint computed (typing keeps the start of a long post, and so its fingerprint). */
let lastFingerprint: { text: string; fp: Fingerprint | null } | null = null
function fingerprintOf(text: string): Fingerprint | null {
  const head = text.slice(0, FINGERPRINT_CHARS * 2)
  if (lastFingerprint?.text !== head) lastFingerprint = { text: detached(head), fp: fingerprint(head) }
  return lastFingerprint.fp
}

export const repetition: RuleFamily<RepetitionFacts> = {
  id: 'repetition',
  meta: {
    clauses: [CLAUSES['5(2)']],
    title: '繰り返しの投稿',
    titleEn: 'Repeated posts',
    rules: {
      'repetition/duplicate': {
        title: '最近の投稿の繰り返し',
        titleEn: 'Repeat of a recent post',
        severity: 'warn',
        floor: 'info',
        message: 'このアカウントの最近の投稿とほぼ同じ内容です（一致度{pct}%）。同じ投稿の繰り返しはスパムと受け取られます。',
        hint: '再掲が必要なら「再掲」と明記し、新しい情報（締切の変更、残席数など）を加えてください。',
      },
      'repetition/near-duplicate': {
        title: '最近の投稿とよく似た内容',
        titleEn: 'Near-repeat of a recent post',
        severity: 'warn',
        floor: 'off',
        message: 'このアカウントの最近の投稿とよく似た内容です（一致度{pct}%）。繰り返しの投稿はスパムと受け取られることがあります。',
        hint: '前の投稿との違いが分かるように書くか、前の投稿を共有してください。',
      },
      'repetition/sentence': {
        title: '同じ文の重複',
        titleEn: 'Sentence repeated',
        severity: 'warn',
        floor: 'off',
        message: '同じ文が投稿の中で繰り返されています。コピー＆ペーストの誤りではありませんか。',
        hint: '重複している文を削除してください。',
      },
      'repetition/hashtags': {
        title: 'ハッシュタグが多すぎる',
        titleEn: 'Too many hashtags',
        severity: 'warn',
        floor: 'off',
        message: 'ハッシュタグが{count}個あります（目安は{limit}個まで）。多すぎるハッシュタグはスパムと受け取られます。',
        hint: '投稿の内容に直接関係するハッシュタグに絞ってください。',
      },
      'repetition/char-run': {
        title: '同じ文字の連続',
        titleEn: 'Run of one letter',
        severity: 'warn',
        floor: 'off',
        message: '「{char}」が{count}回続いています。同じ文字の連続はスパムや誤入力と受け取られます。',
        hint: '誤入力でなければ、繰り返しを減らしてください。',
      },
    },
  },
  run({ doc, emit }) {
    const t = doc.norm.text
    const a = t.length - t.trimStart().length
    let b = t.indexOf('\n', a)
    if (b === -1) b = t.length
    const firstLine = b > a ? { start: a, end: Math.min(b, a + 60) } : null
    const sentences: RepetitionFacts['sentences'] = []
    let count = 0
    if (t.length >= MIN_ADJACENT) {
      SENTENCE.lastIndex = 0
      for (let m = SENTENCE.exec(t); m; m = SENTENCE.exec(t)) {
        // Copy-paste repeats are exact apart from spacing.
        if (m[0].trim().length === 0) continue
        const n = count++
        if (m[0].length < MIN_ADJACENT) continue
        // Casual posts end sentences with an emoji or a space instead of 。 (…です🌿 …です🌿).
        let from = 0
        const s = m[0]
        if (s.includes(' ') || s.includes('\u3000')) {
          SOFT_END.lastIndex = 0
          for (let e = SOFT_END.exec(s); e; e = SOFT_END.exec(s)) {
            const end = e.index + e[0].length
            pushSentence(sentences, s.slice(from, end), m.index + from, n)
            from = end
          }
        }
        pushSentence(sentences, s.slice(from), m.index + from, n)
      }
    }
    const hashtags: Span[] = []
    if (t.includes('#')) {
      HASHTAG.lastIndex = 0
      for (const m of matchAllOf(HASHTAG, doc.normNoUrls)) hashtags.push(doc.fromNorm(m.index, m.index + m[0].length))
    }
    // One letter ten times or more (ああああああああああ, wwwwwwwwww). Elongation marks are the tone rule's.
    // Maximal runs of one code point, in one pass (what /(.)\1{9,}/gsu finds, without its backtracking).
    for (let i = 0; i < t.length; ) {
      const cp = t.codePointAt(i)!
      const w = cp > 0xffff ? 2 : 1
      let j = i + w
      let count = 1
      while (j < t.length && t.codePointAt(j) === cp) {
        j += w
        count++
      }
      if (count >= CHAR_RUN) {
        const c = t.slice(i, i + w)
        if (c !== 'ー' && LETTER.test(c)) {
          const { start, end } = doc.fromNorm(i, j)
          emit({
            rule: 'repetition/char-run',
            start,
            end,
            data: { char: c, count },
          })
        }
      }
      i = j
    }
    return { firstLine, sentences, count, hashtags, source: doc.normMapper() }
  },
  post(input) {
    const { facts, spans, ctx, policy, emit } = input
    if (ctx.history.length > 0) duplicates(input)
    // The same sentence twice in one post.
    let sentences = 0
    for (let p = 0; p < facts.length; p++) sentences += facts[p]!.sentences.length
    if (sentences > 1) {
      // Sentence key → its latest place in the post (the ordinal of the sentence among all sentences).
      const seen = new Map<string, number>()
      let before = 0
      for (let p = 0; p < facts.length; p++) {
        const base = before
        before += facts[p]!.count
        for (const s of facts[p]!.sentences) {
          const at = base + s.n
          const last = seen.get(s.key)
          seen.set(s.key, at)
          if (last === undefined || (s.key.length < MIN_SENTENCE && at !== last + 1)) continue
          const span = facts[p]!.source(s.start, s.end)
          emit({
            rule: 'repetition/sentence',
            start: span.start + spans[p]!.start,
            end: span.end + spans[p]!.start,
          })
        }
      }
    }
    // Too many hashtags.
    const limit = ctx.site === 'instagram' ? policy.repetition.maxHashtagsInstagram : policy.repetition.maxHashtags
    let count = 0
    for (let p = 0; p < facts.length; p++) count += facts[p]!.hashtags.length
    if (count > limit) {
      let i = 0
      let first: Span | null = null
      let last: Span | null = null
      for (let p = 0; p < facts.length; p++) {
        const at = spans[p]!.start
        for (const h of facts[p]!.hashtags) {
          if (i === limit) first = { start: h.start + at, end: h.end + at }
          last = { start: h.start + at, end: h.end + at }
          i++
        }
      }
      // The hashtags over the limit, or only the first of them when they stretch over a long text.
      const end = last!.end - first!.start <= MAX_HASHTAG_SPAN ? last!.end : first!.end
      emit({ rule: 'repetition/hashtags', start: first!.start, end, data: { count, limit } })
    }
  },
}

/** The post against the account's recent posts (`ctx.history`): the same or nearly the same post again. */
function duplicates(input: PostInput<RepetitionFacts>): void {
  const { text, facts, spans, ctx, policy, emit } = input
  const p = facts.findIndex((f) => f.firstLine !== null)
  if (p < 0 || canonicalForRepetition(text.slice(0, 200)).length < MIN_CANONICAL) return
  const mine = fingerprintOf(text)
  if (!mine) return
  let best = 0
  for (const h of ctx.history) {
    const other: Fingerprint | null = typeof h === 'string' ? fingerprint(h) : h
    if (other) best = Math.max(best, similarity(mine, other))
  }
  const pct = Math.round(best * 100)
  const line = facts[p]!.source(facts[p]!.firstLine!.start, facts[p]!.firstLine!.end)
  const start = line.start + spans[p]!.start
  const end = line.end + spans[p]!.start
  if (best >= policy.repetition.duplicate) {
    emit({
      rule: 'repetition/duplicate',
      start,
      end,
      data: { pct },
    })
  } else if (best >= policy.repetition.near) {
    emit({
      rule: 'repetition/near-duplicate',
      start,
      end,
      data: { pct },
    })
  }
}
