/**
 * tone — 4(1), 4(2): 表現の硬軟度合い. Each account registers a formality level (5 = stiff like
 * the city website … 1 = soft). The text gets a formality score from casual signals
 * (research/rules.md §3); when it falls more than `policy.tone.warnGap` below the registered
 * level, each casual expression is flagged. Writing stiffer than registered is never a problem.
 * Tragedy words next to emoji, laughter or elongation are flagged on any account (不謹慎).
 */
import type { Doc } from '../doc'
import type { RuleFamily } from '../rule'
import type { Span } from '../text'

export interface ToneSignal extends Span {
  kind: 'ending' | 'laughter' | 'slang' | 'kaomoji' | 'emoji' | 'exclaim' | 'elongation' | 'onomatopoeia'
  weight: number
}

const KIND_JA: Record<ToneSignal['kind'], string> = {
  ending: 'くだけた文末',
  laughter: '笑いの表現',
  slang: '俗語・若者言葉',
  kaomoji: '顔文字',
  emoji: '絵文字',
  exclaim: '感嘆符・疑問符の連続',
  elongation: '語尾の伸ばし',
  onomatopoeia: '擬音語・擬態語',
}

const LEVEL_JA: Record<number, string> = { 5: '硬い', 4: 'やや硬い', 3: '中間', 2: 'やや柔らかい', 1: '柔らかい' }

// All patterns are linear: no nested quantifiers, bounded repetition.
const ENDING = /(?:だよ|だね|よね|じゃん|っすね?|だぜ|わよ|よな|なぁ|ねぇ|よー|ねー|てね|でね|かなぁ?|だもん|なの|よ〜|ね〜)(?=[。!?！？\s~〜♪wｗ笑)）]|$)/gu
const LAUGHTER = /(?<![A-Za-z])w{2,}(?![A-Za-z.])|\(笑\)|（笑）|(?<![\p{Script=Han}])草(?=[。!?\s]|$)/gu
const KAOMOJI = /\([^()\p{L}\p{N}\s]{0,3}[\^*´`;ω・_-][^()\n]{0,8}\)|m\(_ _\)m|orz/gu
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F/gu
const EXCLAIM = /[!?！？]{2,}/g
const ELONGATION = /[ぁ-ん][ー~〜]+(?=[。!?！？\s♪]|$)|[ァ-ヶ][~〜]+|[ー~〜]{2,}/gu
const ONOMATOPOEIA = /([ァ-ヶ]{2})\1/gu

const WEIGHT: Record<ToneSignal['kind'], number> = {
  ending: 1,
  laughter: 1.5,
  slang: 1,
  kaomoji: 1,
  emoji: 0.5,
  exclaim: 0.5,
  elongation: 0.5,
  onomatopoeia: 0.3,
}
/** One kind cannot sink the score alone by more than this (ten emoji in a caption are one habit). */
const KIND_CAP = 2
const POLITE = /(?:です|ます|ください|ございます|でした|ました|ません)(?=[。!?！？\s、」)]|$)/u
/** Score texts longer than this by density, so one casual phrase in a long notice does not sink it. */
const SCORE_WINDOW = 280

const cache = new WeakMap<Doc, { signals: ToneSignal[]; score: number | null }>()

function collect(doc: Doc): { signals: ToneSignal[]; score: number | null } {
  const hit = cache.get(doc)
  if (hit) return hit
  const norm = doc.norm
  // URLs are blanked, so "www" and "~user" inside links are not signals.
  const t = doc.normNoUrls
  const signals: ToneSignal[] = []
  const add = (re: RegExp, kind: ToneSignal['kind']) => {
    re.lastIndex = 0
    for (const m of t.matchAll(re)) {
      const a = m.index
      const b = a + m[0].length
      signals.push({ kind, weight: WEIGHT[kind], start: norm.start[a]!, end: norm.end[b - 1]! })
    }
  }
  add(ENDING, 'ending')
  add(LAUGHTER, 'laughter')
  add(KAOMOJI, 'kaomoji')
  add(EXCLAIM, 'exclaim')
  add(ELONGATION, 'elongation')
  add(ONOMATOPOEIA, 'onomatopoeia')
  // Emoji are read from the original text: NFKC leaves them, but variation selectors are dropped from norm.
  EMOJI.lastIndex = 0
  for (const m of doc.raw.matchAll(EMOJI)) signals.push({ kind: 'emoji', weight: WEIGHT.emoji, start: m.index, end: m.index + m[0].length })
  for (const h of doc.hits('slang')) {
    const s = doc.fromSqueezed(h.start, h.end)
    signals.push({ kind: 'slang', weight: WEIGHT.slang, ...s })
  }
  signals.sort((a, b) => a.start - b.start)
  const letters = t.replace(/\s/g, '').length
  let score: number | null = null
  if (letters >= 4) {
    const perKind = new Map<ToneSignal['kind'], number>()
    for (const s of signals) perKind.set(s.kind, Math.min(KIND_CAP, (perKind.get(s.kind) ?? 0) + s.weight))
    let sum = 0
    for (const v of perKind.values()) sum += v
    if (letters > SCORE_WINDOW) sum *= SCORE_WINDOW / letters
    if (POLITE.test(t)) sum -= 0.5
    score = Math.round(Math.max(1, Math.min(5, 5 - Math.max(0, sum))) * 10) / 10
  }
  const result = { signals, score }
  cache.set(doc, result)
  return result
}

/** Formality score 1…5 of a text, or null when it is too short to judge. */
export function toneScore(doc: Doc): number | null {
  return collect(doc).score
}

const CARELESS: ReadonlySet<ToneSignal['kind']> = new Set(['emoji', 'laughter', 'kaomoji', 'elongation', 'slang'])

export const tone: RuleFamily = {
  id: 'tone',
  clause: '4(1)',
  title: '表現の硬軟',
  titleEn: 'Tone',
  run({ doc, ctx, policy, emit }) {
    const { signals, score } = collect(doc)
    if (score !== null && score < ctx.tone - policy.tone.warnGap) {
      for (const s of signals.slice(0, 30)) {
        emit({
          rule: 'tone/too-casual',
          start: s.start,
          end: s.end,
          severity: 'warn',
          message: `「${doc.raw.slice(s.start, s.end)}」は${KIND_JA[s.kind]}です。このアカウントの表現の硬軟度合いは${ctx.tone}（${LEVEL_JA[ctx.tone]}）で登録されていますが、この文章は${score}程度と判定されました（ガイドライン4(1)）。`,
          hint: `登録した硬軟度合い（${ctx.tone}）に合う表現に改めてください。例：「〜だよ」→「〜です」、絵文字や顔文字を減らす。`,
        })
      }
    }
    // 不謹慎: tragedy words with careless expression anywhere in the same post.
    const tragedies = doc.hits('tragedy')
    if (tragedies.length > 0) {
      const careless = signals.filter((s) => CARELESS.has(s.kind))
      if (careless.length > 0) {
        const h = tragedies[0]!
        const w = doc.fromSqueezed(h.start, h.end)
        for (const s of careless.slice(0, 10)) {
          emit({
            rule: 'tone/insensitive',
            clause: '4(2)',
            start: s.start,
            end: s.end,
            severity: 'warn',
            message: `「${doc.raw.slice(w.start, w.end)}」という深刻な話題と、「${doc.raw.slice(s.start, s.end)}」（${KIND_JA[s.kind]}）が同じ投稿にあります。不謹慎と受け取られるおそれがあります（ガイドライン4(2)）。`,
            hint: '事故・災害・訃報などに触れる投稿では、絵文字や砕けた表現を使わないでください。',
          })
        }
      }
    }
  },
}
