/**
 * tone/too-casual — 4(1): the formality score (research/rules.md §3) and the finding when the post is too casual for the account. Every
 * signal weighs by its kind, one kind capped (ten emoji in a caption are one habit); casual endings sentence after sentence are the voice
 * of the whole text; plain endings count unless the post is in である調 or written 常体; a long text is scored by density; です・ます lifts
 * the score. When the score falls more than `policy.tone.warnGap` below the registered level, each casual expression is flagged with a
 * formal rewrite; laughter, kaomoji, slang and a friend's sign-off are flagged on a stiff account (4, 5) whatever the score, a crude
 * intensifier on any. In 災害時モード, a sentence said in chat (ピンチ〜😭 でもみんなで乗り切ろっ✊✨) inside a stiff notice is flagged on an
 * account registered at 3 or stiffer. Stays clean: a post at or near its registered level, a lone emoji or ！ (not casual alone),
 * serious and warning emoji in a chat sentence, a text too short to judge (fewer than 4 letters).
 */
import { sentenceOf } from '../../words'
import { KIND_INDEX, KIND_JA, KINDS, LEVEL_JA, PRIORITY, REMOVE, SERIOUS_EMOJI, WARNING_EMOJI } from './context'
import type { ToneFacts, TonePost, ToneReading, ToneSignal } from './context'
import { scoreInWords } from './rewrite-hints'

/** One kind cannot sink the score alone by more than this (ten emoji in a caption are one habit); casual endings sentence after sentence are the voice of the whole text. */
const KIND_CAP: Record<ToneSignal['kind'], number> = { ending: 3, dialect: 2, laughter: 2, slang: 2, kaomoji: 2, emoji: 3, exclaim: 2, elongation: 2, onomatopoeia: 2, babytalk: 2 }
const CAPS = Float64Array.from(KINDS.map((k) => KIND_CAP[k]))
export const POLITE = /(?:です|ます|ください|ございます|でした|ました|ません)(?=[。!?！？\s、」)~ー♪]|$)/u
/** What casual endings weigh when every sentence of the post ends casually (with no です・ます: やや柔らかい, 2). */
const ALL_CASUAL = 2.5
/** Score texts longer than this by density, so one casual phrase in a long notice does not sink it. */
const SCORE_WINDOW = 280

/** The signals sorted, one kept per expression (the first and longest), and every signal's weight by kind (plain endings apart). */
export function weighSignals(r: ToneReading) {
  const { signals } = r
  signals.sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY[a.kind] - PRIORITY[b.kind])
  // One expression, one signal: an ending inside a slang hit (っす) or the same span twice.
  const kept: ToneSignal[] = []
  for (const s of signals) {
    const prev = kept[kept.length - 1]
    // Overlapping signals (‼️ is an emoji and two ！, っす is slang and an ending): the first and longest one.
    if (prev && s.start < prev.end) {
      if (PRIORITY[s.kind] < PRIORITY[prev.kind]) kept[kept.length - 1] = s
      continue
    }
    kept.push(s)
  }
  const weights = new Float64Array(KINDS.length)
  let plain = 0
  // Every signal weighs (っす is slang and an ending); only one of overlapping ones is shown.
  for (const s of signals) {
    if (s.plain) plain += s.weight
    else weights[KIND_INDEX[s.kind]]! += s.weight
  }
  return { kept, weights, plain }
}

/** Kinds of signal that make a text casual on their own (not emoji or ！ alone). */
export const STRONG: ReadonlySet<ToneSignal['kind']> = new Set(['ending', 'dialect', 'slang', 'laughter', 'kaomoji'])

/** Scratch sums per kind for `toneScoreOf` (typed: the sums are summed on every keystroke). */
const PER_KIND = new Float64Array(KINDS.length)

/**
 * Formality score 1…5 of a post from its paragraphs' tone facts, or null when it is too short to judge.
 * The last result is remembered by the array's identity: pass a fresh array per check (the engine does).
 */
export function toneScoreOf(paragraphs: readonly ToneFacts[]): number | null {
  // A check asks twice for the same paragraphs (its summary, then the post-level judgement).
  if (paragraphs === lastScored) return lastScore
  const score = scoreOf(paragraphs)
  lastScored = paragraphs
  lastScore = score
  return score
}
/** The paragraphs last scored (by identity) and their score. */
let lastScored: readonly ToneFacts[] | null = null
let lastScore: number | null = null

/**
 * The running sums of `scoreOf` after each paragraph of the last post summed (`sums.at`), so the next post re-sums only
 * from its first paragraph that is not the same object (typing changes one paragraph; the ones before it keep their
 * facts objects). The sums are taken in the same order either way: the score is exactly the one summed from scratch.
 * Layout per paragraph: SUM_FIELDS fields, then one per kind.
 */
const SUM_FIELDS = 8
const sums = {
  paragraphs: [] as ToneFacts[],
  at: new Float64Array(0),
}

function scoreOf(paragraphs: readonly ToneFacts[]): number | null {
  const width = SUM_FIELDS + KINDS.length
  // The first paragraph that differs from the last post's.
  const known = sums.paragraphs
  let from = 0
  while (from < paragraphs.length && from < known.length && paragraphs[from] === known[from]) from++
  if (sums.at.length < paragraphs.length * width) {
    const grown = new Float64Array(Math.max(paragraphs.length, 2 * (sums.at.length / width)) * width)
    grown.set(sums.at.subarray(0, from * width))
    sums.at = grown
  }
  const at = sums.at
  known.length = from
  let letters = 0
  let polite = false
  let dearu = false
  let written = false
  let plain = 0
  let casual = false
  let plainVoice = false
  let sentences = 0
  const perKind = PER_KIND
  if (from === 0) for (let k = 0; k < perKind.length; k++) perKind[k] = 0
  else {
    const o = (from - 1) * width
    letters = at[o]!
    polite = at[o + 1] === 1
    dearu = at[o + 2] === 1
    written = at[o + 3] === 1
    plain = at[o + 4]!
    casual = at[o + 5] === 1
    plainVoice = at[o + 6] === 1
    sentences = at[o + 7]!
    for (let k = 0; k < perKind.length; k++) perKind[k] = at[o + SUM_FIELDS + k]!
  }
  for (let i = from; i < paragraphs.length; i++) {
    const p = paragraphs[i]!
    letters += p.letters
    polite ||= p.polite
    dearu ||= p.dearu
    written ||= p.written
    plain += p.plain
    casual ||= p.casual
    plainVoice ||= p.plainVoice
    sentences += p.sentences
    for (let k = 0; k < KINDS.length; k++) perKind[k]! += p.weights[k]!
    const o = i * width
    at[o] = letters
    at[o + 1] = polite ? 1 : 0
    at[o + 2] = dearu ? 1 : 0
    at[o + 3] = written ? 1 : 0
    at[o + 4] = plain
    at[o + 5] = casual ? 1 : 0
    at[o + 6] = plainVoice ? 1 : 0
    at[o + 7] = sentences
    for (let k = 0; k < KINDS.length; k++) at[o + SUM_FIELDS + k] = perKind[k]!
    known.push(p)
  }
  if (letters < 4) return null
  // Plain endings are casual unless the post is written in である調, or in written 常体 with nothing casual in it.
  dearu ||= written && !casual
  if (!dearu) perKind[KIND_INDEX.ending]! += plain
  // Endings are the voice of the text: a post whose every sentence ends casually is casual, however short.
  const endings = perKind[KIND_INDEX.ending]! + perKind[KIND_INDEX.dialect]!
  if (sentences > 0) perKind[KIND_INDEX.ending] = Math.max(perKind[KIND_INDEX.ending]!, (ALL_CASUAL * endings) / sentences)
  let sum = 0
  for (let k = 0; k < perKind.length; k++) sum += Math.min(CAPS[k]!, perKind[k]!)
  if (letters > SCORE_WINDOW) sum *= SCORE_WINDOW / letters
  // No です・ます anywhere and casual wording: the whole post speaks casually.
  if (polite) sum -= 0.5
  else if (casual || (plainVoice && !dearu)) sum += 0.5
  return Math.round(Math.max(1, Math.min(5, 5 - Math.max(0, sum))) * 10) / 10
}

/** Signs of a chat voice in a sentence (`chatSentences`): with any other sign, one of these makes the sentence chat. */
const CHAT_VOICE: ReadonlySet<ToneSignal['kind']> = new Set(['ending', 'dialect', 'slang', 'laughter', 'kaomoji', 'elongation'])
function seriousEmoji(cp: number): boolean {
  return SERIOUS_EMOJI.has(cp) || WARNING_EMOJI.has(cp)
}
/** The signals (post offsets, in order) of the sentences said in chat: a chat voice and a sign of another kind in one sentence. */
function chatSentences(text: string, signals: readonly ToneSignal[]): ToneSignal[] {
  const out: ToneSignal[] = []
  for (let i = 0; i < signals.length; ) {
    const sen = sentenceOf(text, signals[i]!.start, signals[i]!.end)
    let j = i
    while (j < signals.length && signals[j]!.start < sen.end) j++
    const kinds = new Set(signals.slice(i, j).map((s) => s.kind))
    if (kinds.size >= 2 && [...kinds].some((k) => CHAT_VOICE.has(k))) out.push(...signals.slice(i, j))
    i = j
  }
  return out
}

/** tone/too-casual: the post's signals when its score is too low or it has levity for a stiff account; else, in 災害時モード, its chat sentences. */
export function tooCasual(p: TonePost): void {
  const { text, facts, ctx, policy, emit, score, signals } = p
  // Laughter, kaomoji, slang and a friend's sign-off (ｗｗｗ, (^^), マジで, めっちゃ, おやすみ〜) never suit a stiff
  // account (4, 5), however polite the rest.
  const levity = (ctx.tone >= 4 && facts.some((f) => f.signals.some((s) => s.kind === 'laughter' || s.kind === 'kaomoji' || (s.kind === 'slang' && s.weak !== true) || s.levity === true || (ctx.tone >= 5 && s.levity5 === true)))) || facts.some((f) => f.signals.some((s) => s.crude === true))
  if (score !== null && (score < ctx.tone - policy.tone.warnGap || levity)) {
    for (const s of signals(30)) {
      emit({
        rule: 'tone/too-casual',
        start: s.start,
        end: s.end,
        data: {
          kind: (s.label ?? KIND_JA[s.kind]),
          tone: ctx.tone,
          level: LEVEL_JA[ctx.tone]!,
          score: scoreInWords(score),
          // Flagged for its levity on a stiff account though the whole reads stiff enough: say that, not the score.
          judged: score !== null && score < ctx.tone - policy.tone.warnGap ? `この文章は${scoreInWords(score)}と判定されました。` : '笑い・顔文字・俗語・くだけたあいさつや話し言葉の文末は、この硬さのアカウントには合いません。',
          fix: s.fix,
        },
      })
    }
  }
  // Blind R189I-060 kind: in 災害時モード, a sentence said in chat (お水が出ないとピンチ〜😭 でもみんなで乗り切ろっ✊✨) inside a notice that is
  // otherwise stiff, on an account registered at 3 or stiffer: the post's score is diluted by the formal notice around it, but the sentence
  // itself speaks as a friend in an emergency. A chat sentence holds a casual voice (a casual ending, dialect, slang, laughter, a kaomoji or
  // a drawn-out word) with another sign of it; a serious or warning emoji (🚰, ⚠️) is no sign, and one emoji alone makes no chat.
  else if (ctx.emergency && ctx.tone >= 3) {
    const chat = chatSentences(text, signals(30, undefined, (s, at) => !s.plain && !(s.kind === 'emoji' && seriousEmoji(text.codePointAt(s.start + at) ?? 0))))
    for (const s of chat) {
      emit({
        rule: 'tone/too-casual',
        start: s.start,
        end: s.end,
        data: { kind: (s.label ?? KIND_JA[s.kind]), tone: ctx.tone, level: LEVEL_JA[ctx.tone]!, score: scoreInWords(score ?? ctx.tone), judged: '災害時の告知の中に、くだけた話し言葉の文が混じっています。', fix: s.kind === 'emoji' || s.kind === 'kaomoji' || s.kind === 'laughter' ? REMOVE : s.fix },
      })
    }
  }
}
