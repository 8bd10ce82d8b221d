/**
 * A stretch of a line said again right after itself with only spaces and emoji between the copies (5(2), repetition/sentence):
 * a block pasted twice (…作ってみませんか？ 日時：… ✂️…作ってみませんか？ 日時：…), or a casual sentence said three times (エコバッグ持った？🐢
 * エコバッグ持った？🐢✨ エコバッグ持った？🐢💚): `tandemRepeats`. Stays clean: a short stretch said twice (emphasis: 参加無料！参加無料！),
 * a stretch with a hashtag, a mention or a link in it (the other rules'), a block longer than TANDEM_MAX, and (in index.ts) a stretch a
 * sentence, line, word-run or chant finding already marks, or a call for one's safety said twice in an emergency. Part of the repetition
 * family (index.ts runs the checks in order and reports them).
 */
import { EMOJI } from './context'

/**
 * Blind R80A-048, R80A-112: a stretch of a line said again right after itself with nothing but spaces and emoji between the copies
 * (…作ってみませんか？ 日時：… 会場：柳川市民文化会館 ✂️古いTシャツから、…作ってみませんか？ 日時：… 会場：…; エコバッグ持った？🐢
 * エコバッグ持った？🐢✨ エコバッグ持った？🐢💚): a block pasted twice, or a sentence said over and over. Casual posts end their
 * sentences with an emoji or a space, not 。, so the copies do not start and end where sentences do and no sentence key matches: the
 * line is read without its spaces and emoji (its skeleton) and a stretch followed at once by itself is found there. Said twice, a
 * stretch of TANDEM_TWICE characters or more counts (a short one twice is emphasis: 参加無料！参加無料！); said three times, a sentence
 * of TANDEM_THRICE or more with its mark (。！？) counts, as CHANT does without the emoji. A stretch with a hashtag, a mention or a
 * link in it is the other rules'. Linear: a five-character window's last place proposes a period, then the copy is checked character
 * by character.
 */
const TANDEM_TWICE = 15
export const TANDEM_THRICE = 6
/** Longer blocks than this said twice in a row are not looked for (a pasted notice is shorter). */
const TANDEM_MAX = 600
const TANDEM_K = 5
/** What the skeleton of a line leaves out: spaces, emoji and their modifiers, joiners and keycaps. */
function isFiller(cp: number): boolean {
  return cp === 0x20 || cp === 0x09 || cp === 0x3000 || cp === 0xa0 || cp === 0xfe0f || cp === 0x200d || cp === 0x20e3 || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp > 0xff && EMOJI.test(String.fromCodePoint(cp)))
}
const TANDEM_MARK = /[。！？!?]/u
const TANDEM_WORDS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu
export interface Tandem {
  /** The second copy's start and the last copy's end (norm offsets). */
  start: number
  end: number
  /** The first copy's start (norm offset). */
  from: number
  unit: string
  copies: number
}
/** Stretches of each line of `t` said again right after themselves, spaces and emoji aside (see TANDEM_TWICE). */
export function tandemRepeats(t: string): Tandem[] {
  const out: Tandem[] = []
  for (let a = 0; a < t.length; ) {
    let e = t.indexOf('\n', a)
    if (e === -1) e = t.length
    if (e - a >= 2 * TANDEM_THRICE) tandemsInLine(t, a, e, out)
    a = e + 1
  }
  return out
}
function tandemsInLine(t: string, from: number, to: number, out: Tandem[]): void {
  // The skeleton: code points kept, and where each starts and ends in `t`.
  const sk: number[] = []
  const at: number[] = []
  const after: number[] = []
  for (let i = from; i < to; ) {
    const cp = t.codePointAt(i)!
    const w = cp > 0xffff ? 2 : 1
    if (!isFiller(cp)) {
      sk.push(cp)
      at.push(i)
      after.push(i + w)
    }
    i += w
  }
  const n = sk.length
  if (n < 2 * TANDEM_THRICE) return
  const last = new Map<number, number>()
  let p = 0
  let streak = 0
  const close = (end: number): void => {
    // The copies run from `streak - p` to `end` (exclusive) in the skeleton.
    const copies = Math.floor((end - streak) / p) + 1
    // Too few copies for its length: nothing to build (most streaks of a formulaic text end here).
    if (copies < 2 || (p < TANDEM_TWICE && copies < 3)) {
      p = 0
      return
    }
    const u0 = streak - p
    const unit = String.fromCodePoint(...sk.slice(u0, u0 + p))
    const words = unit.match(TANDEM_WORDS)?.length ?? 0
    const ok = copies >= 2 && !/[#＃@]|https?:|www\./u.test(unit) && words >= 4 && (p >= TANDEM_TWICE || (copies >= 3 && TANDEM_MARK.test(unit)))
    if (ok) out.push({ start: at[u0 + p]!, end: after[u0 + copies * p - 1]!, from: at[u0]!, unit, copies })
    p = 0
  }
  for (let i = 0; i < n; i++) {
    if (p > 0) {
      if (sk[i] === sk[i - p]) continue
      close(i)
    }
    if (i < TANDEM_K - 1) continue
    let h = 0
    for (let k = i - TANDEM_K + 1; k <= i; k++) h = (Math.imul(h, 31) + sk[k]!) | 0
    const j = last.get(h)
    last.set(h, i)
    if (j === undefined) continue
    const d = i - j
    if (d < TANDEM_THRICE || d > TANDEM_MAX) continue
    let same = true
    for (let k = i - TANDEM_K + 1; k <= i && same; k++) same = sk[k] === sk[k - d]
    if (!same) continue
    p = d
    streak = i - TANDEM_K + 1
  }
  if (p > 0) close(n)
}
