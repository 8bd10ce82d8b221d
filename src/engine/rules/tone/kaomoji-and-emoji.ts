/**
 * tone — 4(1): kaomoji and emoji, read on the original text (NFKC takes faces apart): a face in brackets with face parts and hardly
 * any letters ((^^), (´・ω・`), ヽ(…)ﾉ, (…)و✧), a net stage direction ((ｷﾘｯ), （ドヤ）), bare faces (orz, m(_ _)m), and emoji (one per ZWJ
 * sequence; skin tones are no emoji of their own). A laughing face (😂 🤣 😆 😜) is levity on a stiff account as ｗｗ is; other emoji
 * only weigh in the score. Stays clean: a bracket holding a date, a name or a word ((仮称), (金)), the ✧ of a face counted as part of it,
 * text-style pictographs without the emoji selector (☀ ✔), other than hands, faces and hearts.
 */
import type { Span } from '../../text'
import { REMOVE, WEIGHT } from './context'
import type { ToneReading } from './context'

/**
 * Blind R160I-116: hands, faces and hearts are emoji even without the emoji selector (✌, ☺, ☝, ❤ as an IME gives them); other text-style
 * pictographs (☀ ☁ ☎ ✉ ✔ of a weather line or a list) still count only with it.
 */
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|[\u261D\u2639\u263A\u270C\u270D\u2763\u2764](?![\uFE0E\uFE0F])/gu
/** Kaomoji: a short bracket with face parts and hardly any letters: (^^), (´・ω・`), (๑•̀ㅂ•́)و✧. */
const KAOMOJI_BRACKET = /[(（][^()（）\n]{1,14}[)）]/gu
const FACE = /[\^´`ω▽∀•°゜ﾟε_;；><≧≦ㅂ๑ᴗ‿∇д□ДロTー・o＾＿*＊=＝'’≡]/u
const FACE_PART = /[\^´`ω▽∀•°゜ﾟεㅂ๑ᴗ‿∇дДﾛ≧≦;；＾＿_]/u
const WORDY = /[一-龠ぁ-ゖァ-ヺ]{2}|[A-Za-z]{2}|[0-9]/u
const KAOMOJI_BARE = /orz|OTL|m\(_ _\)m|ヽ\(|\)ノ|ヾ\(|\(\s?[\^´`;]|[\^´`;]\s?\)/u
/** Letters that are face parts (ω, д, ε): not words (global: for `replace`). */
const FACE_LETTERS = /[ωдДε]/gu
/** Arms and sparkles before and after a face: ヽ(…)ﾉ, (…)و✧. */
const ARM_BEFORE = /[ヽヾ＼\\σ٩⊂]/u
const ARM_AFTER = /[ﾉノ／/و۶✧☆⊃ゞ]/u
/** Faces without a bracket of their own (global: every one is a signal). */
const BARE_KAOMOJI = /orz|OTL|m\(_ _\)m/gu
/**
 * Blind R449A-059 kind: a net-slang stage direction in brackets, read as a face (これで完璧です(ｷﾘｯ), 新しくしました（ドヤ）, 大丈夫です
 * (震え声)): the writer's smug or sheepish look acted out as on a message board, levity on a stiff account (4, 5) however polite the rest,
 * in any script (ｷﾘｯ, キリッ, きりっ). Read on the NFKC view of the bracket. Not a bracket holding a name, a note or a date (（金）, （仮称）,
 * （ドヤ街の歴史講座）: the word must fill the bracket).
 */
const STAGE_WORD = /^[(（](?:キリッ|キリリ(?:ッ)?|きりっ|ドヤ[ッァー]*|どや[っぁー]*|ドヤ顔|どや顔|震え声|白目|遠い目|棒読み|ボソッ|ぼそっ|真顔|迫真)[)）]$/u
const STAGE_BRACKET = /[(（][^()（）\n]{1,6}[)）]/gu

/** Whether a text can hold an emoji: astral characters, or the symbol blocks emoji come from. */
function mayHoldEmoji(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0xa9) continue
    if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0x2000 && c <= 0x2bff) || c === 0xa9 || c === 0xae || c === 0x3030 || c === 0x303d || c === 0x3297 || c === 0x3299) return true
  }
  return false
}
/** Faces that laugh or joke (😂 🤣 😆 😹, a tongue out 😛 😜 😝 🤪): laughter drawn, flagged on a stiff account (4, 5) as ｗｗ is. */
const LAUGHING_FACE: ReadonlySet<number> = new Set([0x1f602, 0x1f923, 0x1f606, 0x1f639, 0x1f61b, 0x1f61c, 0x1f61d, 0x1f92a])

/** Kaomoji, stage directions, bare faces and emoji of the paragraph (raw offsets), in that order. */
export function kaomojiAndEmoji(r: ToneReading): void {
  const { doc, signals } = r
  // Kaomoji and emoji are read from the original text: NFKC takes faces apart (´ → space + accent) and drops variation selectors.
  const raw = doc.raw
  const faces: Span[] = []
  if (raw.includes('(') || raw.includes('（') || raw.includes('orz') || raw.includes('OTL')) {
    KAOMOJI_BRACKET.lastIndex = 0
    // A face needs a face part inside its brackets: without one anywhere (most brackets hold a date or a name), none is read.
    if (FACE_PART.test(raw)) for (let m = KAOMOJI_BRACKET.exec(raw); m; m = KAOMOJI_BRACKET.exec(raw)) {
      const inner = m[0].slice(1, -1)
      if (!FACE_PART.test(inner) || !FACE.test(inner)) continue
      if (WORDY.test(inner.replace(FACE_LETTERS, ''))) continue
      let a = m.index
      let b = a + m[0].length
      // Arms and sparkles around the face: ヽ(…)ﾉ, (…)و✧.
      while (a > 0 && ARM_BEFORE.test(raw[a - 1]!)) a--
      while (b < raw.length && ARM_AFTER.test(raw[b]!)) b++
      signals.push({ kind: 'kaomoji', weight: WEIGHT.kaomoji, fix: REMOVE, start: a, end: b })
      faces.push({ start: a, end: b })
    }
    STAGE_BRACKET.lastIndex = 0
    for (let m = STAGE_BRACKET.exec(raw); m; m = STAGE_BRACKET.exec(raw)) {
      if (!STAGE_WORD.test(m[0].normalize('NFKC'))) continue
      const at = m.index
      if (faces.some((f) => at < f.end && f.start < at + m![0].length)) continue
      signals.push({ kind: 'kaomoji', weight: WEIGHT.kaomoji, fix: REMOVE, start: at, end: at + m[0].length })
      faces.push({ start: at, end: at + m[0].length })
    }
    if (raw.includes('orz') || raw.includes('OTL') || raw.includes('m(_ _)m')) {
      BARE_KAOMOJI.lastIndex = 0
      for (let m = BARE_KAOMOJI.exec(raw); m; m = BARE_KAOMOJI.exec(raw)) signals.push({ kind: 'kaomoji', weight: WEIGHT.kaomoji, fix: REMOVE, start: m.index, end: m.index + m[0].length })
    }
  }
  if (mayHoldEmoji(raw)) {
    EMOJI.lastIndex = 0
    for (let m = EMOJI.exec(raw); m; m = EMOJI.exec(raw)) {
      // Inside a kaomoji already counted (✧ of (…)و✧).
      const at = m.index
      if (faces.length > 0 && faces.some((s) => at >= s.start && at < s.end)) continue
      // One emoji, not several: the parts of a ZWJ sequence (🚣‍♀️) and skin-tone modifiers.
      if (at > 0 && raw.charCodeAt(at - 1) === 0x200d) continue
      const cp = raw.codePointAt(at)!
      if (cp >= 0x1f3fb && cp <= 0x1f3ff) continue
      // Blind R334Q-050 kind (misc62): a laughing face (😂 🤣 😆, a tongue out 😜) laughs as ｗｗ does: it never suits a stiff account
      // (4, 5), however polite the sentences around it (…非常食のカップ麺が担当者のお腹にすでに避難していました😂).
      signals.push({ kind: 'emoji', weight: WEIGHT.emoji, fix: '（削除するか、1〜2個までにする）', start: m.index, end: m.index + m[0].length, ...(LAUGHING_FACE.has(cp) ? { levity: true, label: '笑いの絵文字' } : {}) })
    }
  }
}
