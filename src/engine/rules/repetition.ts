/**
 * repetition — 5(2): 同じ内容の投稿を繰り返さない（スパムと受け取られる投稿をしない）.
 * Across posts: the draft's MinHash fingerprint against the account's recent posts (the CLI passes
 * texts, the extension passes fingerprints; only fingerprints are ever stored). Within the post:
 * the same sentence twice, too many hashtags, or one letter repeated ten times or more.
 */
import { canonicalForRepetition, fingerprint, similarity } from '../fingerprint'
import type { RuleFamily } from '../rule'
import type { Fingerprint } from '../types'

/** Shorter drafts are not compared with earlier posts (お知らせです, ありがとうございました). */
const MIN_CANONICAL = 15
const MIN_SENTENCE = 15
/** One letter ten times or more. Linear: each attempt stops at the first different character. */
const CHAR_RUN_RE = /(.)\1{9,}/gsu
const HASHTAG = /[#＃][^\s#＃、。,.!?！？「」()（）]{1,100}/gu
/** The ends of sentences and lines. */
const SENTENCE = /[^。！？!?\n]{1,2000}[。！？!?]?/gu

export const repetition: RuleFamily = {
  id: 'repetition',
  clause: '5(2)',
  title: '繰り返しの投稿',
  titleEn: 'Repeated posts',
  run({ doc, ctx, policy, emit }) {
    const t = doc.norm.text
    const firstLine = (): { start: number; end: number } => {
      const a = t.length - t.trimStart().length
      let b = t.indexOf('\n', a)
      if (b === -1) b = t.length
      return doc.fromNorm(a, Math.min(b, a + 60))
    }
    if (ctx.history.length > 0 && canonicalForRepetition(t.slice(0, 200)).length >= MIN_CANONICAL) {
      const mine = fingerprint(doc.raw)
      if (mine) {
        let best = 0
        for (const h of ctx.history) {
          const other: Fingerprint | null = typeof h === 'string' ? fingerprint(h) : h
          if (other) best = Math.max(best, similarity(mine, other))
        }
        const pct = Math.round(best * 100)
        const span = firstLine()
        if (span.end > span.start && best >= policy.repetition.duplicate) {
          emit({
            rule: 'repetition/duplicate',
            ...span,
            severity: 'warn',
            message: `このアカウントの最近の投稿とほぼ同じ内容です（一致度${pct}%）。同じ投稿の繰り返しはスパムと受け取られます（ガイドライン5(2)）。`,
            hint: '再掲が必要なら「再掲」と明記し、新しい情報（締切の変更、残席数など）を加えてください。',
          })
        } else if (span.end > span.start && best >= policy.repetition.near) {
          emit({
            rule: 'repetition/near-duplicate',
            ...span,
            severity: 'warn',
            message: `このアカウントの最近の投稿とよく似た内容です（一致度${pct}%）。繰り返しの投稿はスパムと受け取られることがあります（ガイドライン5(2)）。`,
            hint: '前の投稿との違いが分かるように書くか、前の投稿を共有してください。',
          })
        }
      }
    }
    // The same sentence twice in one post.
    const seen = new Set<string>()
    for (const m of t.matchAll(SENTENCE)) {
      // Copy-paste repeats are exact apart from spacing.
      const key = m[0].trim()
      if (key.length < MIN_SENTENCE) continue
      if (seen.has(key)) {
        const { start, end } = doc.fromNorm(m.index, m.index + m[0].length)
        emit({
          rule: 'repetition/sentence',
          start,
          end,
          severity: 'warn',
          message: '同じ文が投稿の中で繰り返されています。コピー＆ペーストの誤りではありませんか（ガイドライン5(2)）。',
          hint: '重複している文を削除してください。',
        })
      } else seen.add(key)
    }
    // Too many hashtags.
    const limit = ctx.site === 'instagram' ? policy.repetition.maxHashtagsInstagram : policy.repetition.maxHashtags
    const tags = [...doc.normNoUrls.matchAll(HASHTAG)]
    if (tags.length > limit) {
      const first = tags[limit]!
      const last = tags[tags.length - 1]!
      const { start, end } = doc.fromNorm(first.index, last.index + last[0].length)
      emit({
        rule: 'repetition/hashtags',
        start,
        end,
        severity: 'warn',
        message: `ハッシュタグが${tags.length}個あります（目安は${limit}個まで）。多すぎるハッシュタグはスパムと受け取られます（ガイドライン5(2)）。`,
        hint: '投稿の内容に直接関係するハッシュタグに絞ってください。',
      })
    }
    // One letter ten times or more (ああああああああああ, wwwwwwwwww). Elongation marks are the tone rule's.
    CHAR_RUN_RE.lastIndex = 0
    for (const m of t.matchAll(CHAR_RUN_RE)) {
      const c = m[1]!
      if (c === 'ー' || !/\p{L}/u.test(c)) continue
      const n = m[0].length
      const { start, end } = doc.fromNorm(m.index, m.index + n)
      emit({
        rule: 'repetition/char-run',
        start,
        end,
        severity: 'warn',
        message: `「${c}」が${n}回続いています。同じ文字の連続はスパムや誤入力と受け取られます（ガイドライン5(2)）。`,
        hint: '誤入力でなければ、繰り返しを減らしてください。',
      })
    }
  },
}
