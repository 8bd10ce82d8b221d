/**
 * tone — 4(1), 4(2): 表現の硬軟度合い. Each account registers a formality level (5 = stiff like
 * the city website … 1 = soft). The text gets a formality score from casual signals
 * (research/rules.md §3); when it falls more than `policy.tone.warnGap` below the registered
 * level, each casual expression is flagged. Writing stiffer than registered is never a problem.
 * Tragedy words next to emoji, laughter or elongation are flagged on any account (不謹慎).
 */
import type { Doc } from '../doc'
import { CLAUSES } from '../clauses'
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

const MAY_LAUGH = /[w笑草]/
const MAY_ELONGATE = /[ー~〜]/
const MAY_ONOMATOPOEIA = /[ァ-ヶ]{4}/

/** Whether a text can hold an emoji: astral characters, or the symbol blocks emoji come from. */
function mayHoldEmoji(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0xa9) continue
    if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0x2000 && c <= 0x2bff) || c === 0xa9 || c === 0xae || c === 0x3030 || c === 0x303d || c === 0x3297 || c === 0x3299) return true
  }
  return false
}

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
const KINDS = Object.keys(WEIGHT) as Array<ToneSignal['kind']>
const KIND_INDEX = Object.fromEntries(KINDS.map((k, i) => [k, i])) as Record<ToneSignal['kind'], number>
/** One kind cannot sink the score alone by more than this (ten emoji in a caption are one habit). */
const KIND_CAP = 2
const POLITE = /(?:です|ます|ください|ございます|でした|ました|ません)(?=[。!?！？\s、」)]|$)/u
/** Score texts longer than this by density, so one casual phrase in a long notice does not sink it. */
const SCORE_WINDOW = 280

/** What one paragraph contributes to the post's tone (offsets in the paragraph). */
export interface ToneFacts {
  signals: ToneSignal[]
  /** Sum of signal weights per kind, in `KINDS` order (capped only over the whole post). */
  weights: Float64Array
  /** Characters other than white space. */
  letters: number
  polite: boolean
  /** The first tragedy word (事故, 訃報 …), if any. */
  tragedy: Span | null
}

export function toneFactsOf(doc: Doc): ToneFacts {
  const norm = doc.norm
  // URLs are blanked, so "www" and "~user" inside links are not signals.
  const t = doc.normNoUrls
  const signals: ToneSignal[] = []
  const add = (re: RegExp, kind: ToneSignal['kind']) => {
    re.lastIndex = 0
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const a = m.index
      const b = a + m[0].length
      signals.push({ kind, weight: WEIGHT[kind], start: norm.start[a]!, end: norm.end[b - 1]! })
    }
  }
  // Each pattern needs a character most paragraphs lack: test for it first (cheap), then match.
  add(ENDING, 'ending')
  if (MAY_LAUGH.test(t)) add(LAUGHTER, 'laughter')
  if (t.includes('(') || t.includes('orz')) add(KAOMOJI, 'kaomoji')
  add(EXCLAIM, 'exclaim')
  if (MAY_ELONGATE.test(t)) add(ELONGATION, 'elongation')
  if (MAY_ONOMATOPOEIA.test(t)) add(ONOMATOPOEIA, 'onomatopoeia')
  // Emoji are read from the original text: NFKC leaves them, but variation selectors are dropped from norm.
  if (mayHoldEmoji(doc.raw)) {
    EMOJI.lastIndex = 0
    for (let m = EMOJI.exec(doc.raw); m; m = EMOJI.exec(doc.raw)) signals.push({ kind: 'emoji', weight: WEIGHT.emoji, start: m.index, end: m.index + m[0].length })
  }
  for (const h of doc.hits('slang')) {
    const s = doc.fromSqueezed(h.start, h.end)
    signals.push({ kind: 'slang', weight: WEIGHT.slang, ...s })
  }
  signals.sort((a, b) => a.start - b.start)
  const weights = new Float64Array(KINDS.length)
  for (const s of signals) weights[KIND_INDEX[s.kind]]! += s.weight
  let letters = 0
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (!(c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)) letters++
  }
  const tragedy = doc.hits('tragedy')[0]
  return { signals, weights, letters, polite: POLITE.test(t), tragedy: tragedy ? doc.fromSqueezed(tragedy.start, tragedy.end) : null }
}

/** Scratch sums per kind for `toneScoreOf` (typed: the sums are summed on every keystroke). */
const PER_KIND = new Float64Array(KINDS.length)

/** Formality score 1…5 of a post from its paragraphs' tone facts, or null when it is too short to judge. */
export function toneScoreOf(paragraphs: readonly ToneFacts[]): number | null {
  let letters = 0
  let polite = false
  const perKind = PER_KIND
  for (let k = 0; k < perKind.length; k++) perKind[k] = 0
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!
    letters += p.letters
    polite ||= p.polite
    for (let k = 0; k < KINDS.length; k++) perKind[k]! += p.weights[k]!
  }
  if (letters < 4) return null
  let sum = 0
  for (let k = 0; k < perKind.length; k++) sum += Math.min(KIND_CAP, perKind[k]!)
  if (letters > SCORE_WINDOW) sum *= SCORE_WINDOW / letters
  if (polite) sum -= 0.5
  return Math.round(Math.max(1, Math.min(5, 5 - Math.max(0, sum))) * 10) / 10
}

const CARELESS: ReadonlySet<ToneSignal['kind']> = new Set(['emoji', 'laughter', 'kaomoji', 'elongation', 'slang'])

export const tone: RuleFamily<ToneFacts> = {
  id: 'tone',
  meta: {
    clauses: [CLAUSES['4(1)'], CLAUSES['4(2)']],
    title: '表現の硬軟',
    titleEn: 'Tone',
    words: {
      tragedy: [
        '死亡', '亡くな', '死去', '逝去', '事故', '火災', '犠牲', '被災', '事件', '殺人', '遺体', '行方不明', '重体', '重傷', '訃報', '追悼', '黙祷', '黙とう',
        '!事故防止', '!交通事故防止', '!火災予防', '!事故防止運動', '!火災予防運動', '!事件・事故に', '!防災',
      ],
      slang: [
        'マジ', 'ヤバ', 'ガチ', 'エモい', 'めっちゃ', 'めちゃくちゃ', 'ぴえん', 'それな', 'あざす', 'あざっす', '神回', 'ワロタ', '草生え',
        'ぶっちゃけ', 'しか勝たん', 'バズ', 'っす', 'ハンパない', 'パない', 'ヤダ', 'ムズい', 'キュン', 'テンアゲ', 'ズッ友',
        '!まじめ', '!マジック', '!まじわ', '!まじる', '!ガチョウ', '!がちょう', '!やばしら',
      ],
    },
    rules: {
      'tone/too-casual': {
        title: '登録より柔らかい表現',
        titleEn: 'Softer than registered',
        severity: 'warn',
        floor: 'info',
        message: '「{excerpt}」は{kind}です。このアカウントの表現の硬軟度合いは{tone}（{level}）で登録されていますが、この文章は{score}と判定されました。',
        hint: '登録した硬軟度合い（{tone}）に合う表現に改めてください。例：「〜だよ」→「〜です」、絵文字や顔文字を減らす。',
      },
      'tone/insensitive': {
        title: '深刻な話題と軽い表現',
        titleEn: 'Levity next to tragedy',
        severity: 'warn',
        floor: 'info',
        message: '「{topic}」という深刻な話題と、「{excerpt}」（{kind}）が同じ投稿にあります。不謹慎と受け取られるおそれがあります。',
        hint: '事故・災害・訃報などに触れる投稿では、絵文字や砕けた表現を使わないでください。',
      },
    },
  },
  run: ({ doc }) => toneFactsOf(doc),
  summarise: (facts) => ({ toneScore: toneScoreOf(facts) }),
  post({ text, facts, spans, ctx, policy, emit }) {
    const score = toneScoreOf(facts)
    /** Signals of the whole post in order (post offsets), at most `max`, optionally of some kinds only. */
    const signals = (max: number, kinds?: ReadonlySet<ToneSignal['kind']>): ToneSignal[] => {
      const out: ToneSignal[] = []
      for (let p = 0; p < facts.length; p++) {
        for (const s of facts[p]!.signals) {
          if (out.length >= max) return out
          if (!kinds || kinds.has(s.kind)) out.push({ ...s, start: s.start + spans[p]!.start, end: s.end + spans[p]!.start })
        }
      }
      return out
    }
    if (score !== null && score < ctx.tone - policy.tone.warnGap) {
      for (const s of signals(30)) {
        emit({
          rule: 'tone/too-casual',
          start: s.start,
          end: s.end,
          data: { kind: KIND_JA[s.kind], tone: ctx.tone, level: LEVEL_JA[ctx.tone]!, score: `${LEVEL_JA[Math.round(score)] ?? ''}（${score}）` },
        })
      }
    }
    // 不謹慎: tragedy words with careless expression anywhere in the same post.
    const withTragedy = facts.findIndex((f) => f.tragedy !== null)
    if (withTragedy < 0) return
    const careless = signals(10, CARELESS)
    if (careless.length === 0) return
    const at = spans[withTragedy]!.start
    const w = { start: facts[withTragedy]!.tragedy!.start + at, end: facts[withTragedy]!.tragedy!.end + at }
    for (const s of careless) {
      emit({ rule: 'tone/insensitive', clause: '4(2)', start: s.start, end: s.end, data: { topic: text.slice(w.start, w.end), kind: KIND_JA[s.kind] } })
    }
  },
}
