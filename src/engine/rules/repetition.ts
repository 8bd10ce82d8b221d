/**
 * repetition — 5(2): 同じ内容の投稿を繰り返さない（スパムと受け取られる投稿をしない）.
 * Across posts: the draft's MinHash fingerprint against the account's recent posts (the CLI passes
 * texts, the extension passes fingerprints; only fingerprints are ever stored). Within the post:
 * the same sentence twice, too many hashtags, or one letter repeated ten times or more.
 * Blind GU-106: in an emergency (the post's emergency mode, or the post saying an alarm is out: 大雨特別警報が発表されました,
 * 避難指示を発令しました, 【緊急】) a call to act for one's safety said twice (直ちに命を守る行動をとってください。… at the start and
 * again at the end; すぐに避難してください as a line of its own twice) is emphasis, not a careless repeat. The information repeated
 * (…特別警報が発表されました。twice), a call that is not about safety (…ホームページをご覧ください), a call said three times or more,
 * and the same call in an ordinary post still are repeats.
 * Blind R78A-100: an earlier notice posted again with only its politeness changed (見つけたときは…お知らせください → 見つけた際は…
 * お知らせくださいますよう、お願いいたします) is a repeat: both are brought to their plainest forms (`plainForm`) and compared again.
 * Blind IA-116: circled list numbers (①サンダル ②長ぐつ ③運動ぐつ, ⑴, ❶) are not hashtags, though the norm view writes them as #:
 * only a # or ＃ typed as such starts a tag, so a quiz with three numbered choices and two tags has two tags.
 */
import { matchAllOf } from '../regex'
import { bareCaption, tooShortForCore, CALENDAR_DAY, canonicalForRepetition, canonicalOfParts, clockAsFigures, coreOfCanonical, factHash, factsOf, figuresOf, NEWS_WORD, STANDING_CALL, STANDING_CLOSURE, coreSimilarity, fingerprint, FINGERPRINT_CHARS, fingerprintOfParts, forOtherDays, partOfNorm, plainForm, similarity, type FingerprintPart } from '../fingerprint'

export { plainForm }
import type { PostInput, RuleFamily } from '../rule'
import type { Span } from '../text'
import type { Fingerprint } from '../types'
import { meta } from './repetition.meta'

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
/**
 * A shorter sentence still (熱中症に注意。, お早めにどうぞ。) counts only as half of a pair that comes again
 * right after itself (A B A B: a pasted-twice block or a chant), never alone.
 */
const MIN_PAIRED = 4
/**
 * Blind R17B-042, R40A-095 kind: a sentence of this many characters or more (its polite ending aside: 募集しています / 募集しています,
 * 今週金曜までです！ / 今週金曜まで！) said again with only one or two sentences between, in the same paragraph and section
 * (消防団員を募集しています。18歳以上の…対象です。消防団員を募集しています。, …金曜までです！ お忘れなく。…金曜まで！): the same notice
 * pasted over and over in a short stretch, not a line that closes each section of a list (other sections) nor a set phrase
 * (ご注意ください。, shorter).
 */
const MIN_NEARBY = 9
/** A sentence this long with a figure in it (先着20名) is a repeat anywhere in the post. */
const MIN_FIGURED = 7
/** One letter this many times in a row is a run (spam or a stuck key). */
const CHAR_RUN = 10
const LETTER = /^\p{L}$/u
const HASHTAG = /[#＃][^\s#＃、。,.!?！？「」()（）]{1,100}/gu
/** The character a hashtag starts with in the text as typed (the norm view also writes circled numbers ①②③ as #). */
const TYPED_HASH = /^[#＃]$/u
/**
 * Blind R391Q-019 kind: a word stretched with a run of wave dashes inside it (待ってま〜〜〜〜〜〜〜〜〜〜す！, よろしく〜〜〜〜〜〜〜〜〜〜ね): the wave
 * dash is an elongation mark as ー is, so ten or more after a letter are padding (`stretchedWave`). A rule line of dashes (～～～～～ at
 * the head of a line) or a range (2月11日〜4月3日) is no word stretched.
 */
const WAVE_DASH = /^[〜～~〰]$/u
function stretchedWave(t: string, i: number, c: string): boolean {
  return WAVE_DASH.test(c) && i > 0 && LETTER.test(t[i - 1]!)
}
/**
 * Blind R419U-048 kind: a word stretched with a run of one mark after it (忘れずにね♪♪♪♪♪♪♪♪♪♪♪♪, 待ってます！☆☆☆☆☆☆☆☆☆☆, ありがとう♡♡♡…):
 * ten or more of one symbol (\p{So}: ♪ ★ ☆ ♡ ♬ ◆ …) right after a letter (or after a letter's ！, ？, 〜 or ー, at most two of them) is
 * padding as a letter run is. A rule line (━━━, ───, ▓▓▓: box drawing and blocks are never counted), a frame of marks on both sides of a
 * heading on its line (★★★★★★★★★★夏祭り★★★★★★★★★★: the line starts with the same mark) and a run after a bracket or at a line's start
 * stay clean.
 */
const MARK_SYMBOL = /^\p{So}$/u
const MARK_LEAD = '！!？?〜～~ー'
function stretchedMark(t: string, i: number, c: string): boolean {
  const cp = c.codePointAt(0)!
  if ((cp >= 0x2500 && cp <= 0x259f) || !MARK_SYMBOL.test(c)) return false
  let k = i - 1
  while (k >= 0 && i - k <= 2 && MARK_LEAD.includes(t[k]!)) k--
  if (k < 0 || !LETTER.test(t[k]!)) return false
  // A frame: the line starts (after its spaces) with the same mark.
  let a = t.lastIndexOf('\n', k) + 1
  while (a < k && (t[a] === ' ' || t[a] === '\u3000')) a++
  return !t.startsWith(c, a)
}
/** A line this long repeated within the next three lines is a repeat (shorter ones are separators: ----, ・・・). */
const MIN_LINE = 6
/** A short line that heads a section of a list (■Aコース, 【申込方法】, ◆会場：公民館), not a sentence. */
const SECTION_HEADING = /^(?:[■□◆◇▼▽]|【[^】\n]{1,30}】|［[^］\n]{1,30}］)[^。\n]{0,20}$/u
/** What a SECTION_HEADING starts with: a paragraph or a line without one of them holds none. */
const SECTION_MARKS = '■□◆◇▼▽【［'
/** SECTION_HEADING.test(line), run only on a line that starts with one of SECTION_MARKS (the pattern is anchored there). */
function isSectionHeading(line: string): boolean {
  return line.length > 0 && SECTION_MARKS.includes(line[0]!) && SECTION_HEADING.test(line)
}
/** The same hashtag this many times is a repeat. */
const SAME_HASHTAG = 3
/**
 * A sentence of MIN_FIGURED characters or more said this many times in the post is a refrain pasted in (※申告相談は予約制です。
 * at the top, in the middle and at the end), when two of its copies stand in one section: the same line closing each ■ section
 * of a list is by design.
 */
const REFRAIN = 3
/** Emoji that may run (🎎🎎🎎…). */
const EMOJI = /^\p{Extended_Pictographic}$/u
/** A word or phrase repeated this many times in a row is a run (お待ちしてます！ ×5); units of this many characters at most. */
const WORD_RUN = 5
const WORD_MAX = 10

/**
 * Words and short phrases of 2–10 characters said `WORD_RUN` times or more in a row (お知らせお知らせ…, ドンドンドンドンドン),
 * with at least one letter; linear (for each period, one pass counting equal characters a period apart).
 */
export function wordRuns(t: string): Array<{ start: number; end: number; unit: string; count: number }> {
  const out: Array<{ start: number; end: number; unit: string; count: number }> = []
  const n = t.length
  for (let p = 2; p <= WORD_MAX; p++) {
    // A maximal run of pairs (j, j + p) of equal characters, j in [a, b]: the unit of p characters repeats
    // (b − a + 1 + p) / p times. A run long enough (`need` pairs) holds a multiple of `need`, so only those
    // pairs are looked at first, and the run is grown from one that matches.
    const need = p * (WORD_RUN - 1)
    const last = n - p
    for (let i = need - 1; i < last; i += need) {
      if (t.charCodeAt(i) !== t.charCodeAt(i + p)) continue
      let a = i
      while (a > 0 && t.charCodeAt(a - 1) === t.charCodeAt(a - 1 + p)) a--
      let b = i
      while (b + 1 < last && t.charCodeAt(b + 1) === t.charCodeAt(b + 1 + p)) b++
      // Go on after this run (its multiples of `need` are inside it).
      i = b - ((b + 1) % need)
      const length = b - a + 1
      if (length < need) continue
      const start = a
      const count = Math.floor((length + p) / p)
      const unit = t.slice(start, start + p)
      // Hashtags have their own rule; a unit of one letter is a letter run; surrogates are never cut.
      if (!/\p{L}/u.test(unit) || /[#＃]/u.test(unit) || /^(.)\1*$/u.test(unit) || /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(unit)) continue
      // A smaller period already explains it (ドンドン… is not also ドンドンドン…).
      const stop = start + count * p
      if (out.some((r) => r.start < stop && start < r.end)) continue
      out.push({ start, end: stop, unit, count })
      if (out.length >= 20) return out
    }
  }
  return out
}

/** A phrase of 4–12 characters and its mark, then the same twice more (bounded: no run-away backtracking). */
const CHANT = /([^。！？!?\n]{4,12}[！!。])\1\1/gu

/**
 * Whether `t` may hold a CHANT: three sentence stops in a row at equal distances of 5–13 characters,
 * the same mark (！, !, 。) each time. One pass over the text, so the regex runs only where it can match.
 */
function mayChant(t: string): boolean {
  // The last two stops before i.
  let s1 = -1
  let s2 = -1
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    // 。 ！ ？ ! ? and the line break end a phrase of CHANT.
    if (c !== 0x3002 && c !== 0xff01 && c !== 0xff1f && c !== 0x21 && c !== 0x3f && c !== 0x0a) continue
    const gap = i - s2
    if (s1 >= 0 && gap >= 5 && gap <= 13 && s2 - s1 === gap && (c === 0x3002 || c === 0xff01 || c === 0x21) && t.charCodeAt(s1) === c && t.charCodeAt(s2) === c) return true
    s1 = s2
    s2 = i
  }
  return false
}

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
const TANDEM_THRICE = 6
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

/** The hashtags over the limit are marked together up to this many characters. */
const MAX_HASHTAG_SPAN = 200

/** A letter or a figure: a sentence holds one, a rule line (━━━━, ＝＝＝＝, ★☆★☆) none. */
const WORDED = /[\p{L}\p{N}]/u

/** A sentence ended without 。: a polite ending, optional emoji, then a space. */
const SOFT_END = /(?:です|ます|した|さい|ません)[\p{Extended_Pictographic}\uFE0F\u200D]{0,8}[ \u3000]+/gu

/** A heading glued to the sentence after it (【配水管工事のお知らせ】10月6日から…): not part of the sentence. */
const LEADING_HEADING = /^\s*(?:【[^】\n]{1,30}】|［[^］\n]{1,30}］|\[[^\]\n]{1,30}\]|[■□◆◇●○▼▽★☆※]+)\s*/u

/** What a sentence may end with and still be the same sentence: punctuation, then です・ます or a particle. */
const TRAILING_MARKS = '。！？!?…〜ー \u3000\t'
const SAME_ENDINGS = ['ですよ', 'ですね', 'でした', 'です', 'ます', 'だよ', 'だね', 'よね', 'だ', 'よ', 'ね']

/** `s` without its trailing marks and polite or particle ending (linear: no regex anchored at the end). */
function stemOf(s: string): string {
  let e = s.length
  while (e > 0 && TRAILING_MARKS.includes(s[e - 1]!)) e--
  const body = s.slice(0, e)
  for (const w of SAME_ENDINGS) if (body.endsWith(w)) return body.slice(0, body.length - w.length)
  return body
}

/**
 * The characters LEADING_HEADING can start with after its leading spaces: a sentence whose first character that
 * `trimStart` keeps (the same spaces and line ends as `\s`) is none of them has no heading, and the regex is not run.
 */
const HEADING_MARKS = '【［[■□◆◇●○▼▽★☆※'

/**
 * `s` without spaces, tabs, commas and quotation brackets (what /[ \u3000\t、，,・「」『』〈〉《》“”〝〟"]+/gu replaced by ''; all
 * of them single UTF-16 units, never halves of a surrogate pair): one pass, and `s` itself when it has none.
 * Blind R62A-112: a sentence said again with only its brackets changed (アプリ「やながわごみナビ」の配信を… / アプリ『やながわごみナビ』
 * の配信を…, or the name in “ ” or bare) is the same sentence again.
 */
function withoutSeparators(s: string): string {
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

/**
 * /[0-9]/u.test(key) && /[はがを]/u.test(key) && !/[(（:：〜~]/u.test(key), in one pass over the key (each class is of
 * single UTF-16 units, none a half of a surrogate pair).
 */
function isFigured(key: string): boolean {
  let digit = false
  let topic = false
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i)
    if (c >= 0x30 && c <= 0x39) digit = true
    // は が を
    else if (c === 0x306f || c === 0x304c || c === 0x3092) topic = true
    // ( （ : ： 〜 ~
    else if (c === 0x28 || c === 0xff08 || c === 0x3a || c === 0xff1a || c === 0x301c || c === 0x7e) return false
  }
  return digit && topic
}

/**
 * `digits`: whether the paragraph has an ASCII digit at all (a sentence key is made of the paragraph's characters,
 * so without one no key is `figured` and `isFigured` is not run).
 */
function pushSentence(out: RepetitionFacts['sentences'], s: string, at: number, n: number, line: 'start' | 'end' | 'whole' | undefined, section: number, digits: boolean): void {
  const heading = HEADING_MARKS.includes(s.trimStart().charAt(0) || '\n') ? LEADING_HEADING.exec(s) : null
  const skip = heading && heading[0].length < s.length ? heading[0].length : 0
  // The same sentence with another ending (…9時からです！ / …9時から！) is the same sentence again.
  // Spaces or commas inside do not make another sentence (受付中です / 随時　受付中です; 返納は、警察署で / 返納は警察署で).
  const whole = withoutSeparators(s.slice(skip).trim())
  const stem = stemOf(whole)
  const key = stem.length >= MIN_SENTENCE ? stem : whole
  // The last clause, after a vocative or a lead-in (犬や猫を飼っている皆さん、|不妊・去勢手術で…防ぎましょう。): a sentence
  // right after that says only this clause says it again.
  const comma = Math.max(s.lastIndexOf('、'), s.lastIndexOf('，'), s.lastIndexOf(','))
  // (Keyed as the sentence itself is: its stem when that is long enough, else the clause with its ending, so a sentence that says only
  // this clause has the same key.)
  const tailWhole = comma > skip ? withoutSeparators(s.slice(comma + 1).trim()) : ''
  const tailStem = stemOf(tailWhole)
  const tailKey = tailStem.length >= MIN_SENTENCE ? tailStem : tailWhole
  const tail = tailKey.length >= MIN_SENTENCE && tailKey !== key ? tailKey : undefined
  // Blind GX-118: a rule line of marks with no letter or figure (━━━━━━━━━━━━━━━ above and below a newsletter's heading,
  // ＝＝＝＝, ★☆★☆★☆, ～～～～) is decoration, not a sentence: drawn twice, it frames a heading (as the line rule already reads it).
  if (key.length >= MIN_PAIRED && WORDED.test(key)) {
    // Every field is set here, in one order, also those that are empty: all sentence facts then share one shape, and the
    // whole-post pass that reads thousands of them on every keystroke stays monomorphic (optional fields added later
    // made dozens of shapes and slow megamorphic reads).
    const fact: RepetitionFacts['sentences'][number] = {
      key,
      start: at + skip,
      end: at + s.length,
      n,
      line,
      tail,
      section,
      covered: false,
      // A short sentence with a figure in it (傍聴は先着20名です。… 傍聴は先着20名です。) says a fact twice, wherever it is;
      // short set phrases without one (ご注意ください。) recur in a long post as a matter of course.
      // (A statement with its topic or subject, not a list item: 2日(土)13時〜 in a schedule recurs by design.)
      figured: digits && key.length >= MIN_FIGURED && isFigured(key) ? true : undefined,
      call: isSafetyCall(key) ? true : undefined,
      // The key without its polite ending, for a copy close by (MIN_NEARBY): worked out once here, not by `post` on every keystroke.
      stem: key.length >= MIN_NEARBY ? stemOf(key) : '',
      // Numbered by `post` (numberSentences): no epoch yet.
      id: -1,
      epoch: -1,
    }
    out.push(fact)
  }
}

/** How many sentence keys `KeyIds` holds before it starts again (far more than the sentences of the longest post checked). */
const MAX_IDS = 1 << 17

/**
 * Sentence keys as small integers, so the whole-post pass that runs on every keystroke compares numbers in typed
 * arrays instead of hashing every sentence of the post into fresh Maps (a 63,000-character post has ~2,000
 * sentences). A number is kept on the sentence's fact, which the paragraph memo keeps, so each key is looked up
 * once. Typing makes a new key per keystroke, so the table starts again (a new `epoch`) when a post's keys might
 * not fit in it any more; a fact numbered in an older epoch is numbered again.
 */
export class KeyIds {
  private readonly ids = new Map<string, number>()
  epoch = 0
  /** `limit`: how many keys are kept before the table starts again (MAX_IDS; smaller in tests). */
  constructor(private readonly limit = MAX_IDS) {}
  /** Start again (a new epoch) unless `more` keys fit beside those numbered so far. */
  makeRoom(more: number): void {
    if (this.ids.size > 0 && this.ids.size + more > this.limit) {
      this.ids.clear()
      this.epoch++
    }
  }
  /** The number of `key` in this epoch (0, 1, 2, … in order of first use). */
  idOf(key: string): number {
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.ids.size
      this.ids.set(key, id)
    }
    return id
  }
  get size(): number {
    return this.ids.size
  }
}
const keyIds = new KeyIds()

/**
 * Per key number, what the pass over one post has found, in typed arrays reused from post to post: an entry counts
 * only when its stamp is this pass's `pass` (no clearing between posts).
 */
const scratch = {
  pass: 0,
  /** Refrains: copies counted, the section of the last copy, whether two copies share a section. */
  copyStamp: new Int32Array(1024),
  count: new Int32Array(1024),
  last: new Int32Array(1024),
  shared: new Uint8Array(1024),
  /** The latest place in the post of a sentence with the key. */
  seenStamp: new Int32Array(1024),
  seenAt: new Int32Array(1024),
}

/** Make the scratch arrays hold at least `n` key numbers (doubling; the stamps of new entries are 0, never a pass). */
function reserve(n: number): void {
  if (scratch.count.length >= n) return
  let size = scratch.count.length
  while (size < n) size *= 2
  const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
    const b = new (a.constructor as new (n: number) => T)(size)
    b.set(a)
    return b
  }
  scratch.copyStamp = grow(scratch.copyStamp)
  scratch.count = grow(scratch.count)
  scratch.last = grow(scratch.last)
  scratch.shared = grow(scratch.shared)
  scratch.seenStamp = grow(scratch.seenStamp)
  scratch.seenAt = grow(scratch.seenAt)
}

/**
 * Give every sentence of the post its key's number in the current epoch. The table starts again first if the post's
 * sentences might not fit beside the keys it holds, so all numbers of one post are of one epoch (a post with more
 * sentences than the limit only makes the table larger for a while).
 */
export function numberSentences(facts: ReadonlyArray<Pick<RepetitionFacts, 'sentences' | 'epoch'>>, ids: KeyIds = keyIds): void {
  // Paragraphs numbered in this epoch are skipped whole (a keystroke leaves all but one of them as they were).
  // (Indexed loops: this runs over the whole post on every keystroke, often before the page has optimised it, where a
  // for…of allocates an iterator result per element.)
  let unnumbered = 0
  for (let p = 0; p < facts.length; p++) {
    const f = facts[p]!
    if (f.epoch === ids.epoch) continue
    for (let i = 0; i < f.sentences.length; i++) if (f.sentences[i]!.epoch !== ids.epoch) unnumbered++
  }
  if (unnumbered > 0) ids.makeRoom(unnumbered)
  const epoch = ids.epoch
  for (let p = 0; p < facts.length; p++) {
    const f = facts[p]!
    if (f.epoch === epoch) continue
    for (let i = 0; i < f.sentences.length; i++) {
      const s = f.sentences[i]!
      if (s.epoch === epoch) continue
      s.id = ids.idOf(s.key)
      s.epoch = epoch
    }
    f.epoch = epoch
  }
  if (ids === keyIds) reserve(ids.size)
}

/**
 * A call to act for one's safety (the sentence's key: without its 。 and a plain です・ます): a request or an imperative ending
 * (ください, しましょう, なさい, 逃げて, 近づくな, 筑後弁 んしゃい) with a safety act or place in it. In an emergency it may be said
 * twice on purpose (GU-106).
 */
const SAFETY_CALL_END = /(?:ください|下さい|ましょう|しよう|なさい|んしゃい|てね|て|[くぐすつぬぶむる]な)$/u
const SAFETY_WORD = /避難|逃げ|にげ|命|いのち|身を守|安全|外出|近づ|ちかづ|高い(?:所|ところ|場所)|[2２二]階|上の階|垂直|直ちに|ただちに|すぐに|急いで|早めに|控え|警戒|川|がけ|崖|海岸|屋内|室内|頑丈|堤防|用水路|側溝|水路|冠水|浸水/u
function isSafetyCall(key: string): boolean {
  return SAFETY_CALL_END.test(key) && SAFETY_WORD.test(key)
}
/** An alarm said to be out now: the post is an emergency one even when its mode is not set (…特別警報が発表されました, 【緊急】). */
const ALARM =
  /(?:特別警報|警報|避難指示|緊急安全確保|高齢者等避難|土砂災害警戒情報|氾濫危険情報|氾濫発生情報|記録的短時間大雨情報|顕著な大雨に関する(?:気象)?情報|緊急地震速報|津波注意報)(?:が|を)[^。！？!?\n]{0,6}?(?:発表|発令|発出|出)(?:され|し|まし|てい|た)|【(?:緊急|避難指示|緊急安全確保|特別警報|災害情報)[^】\n]{0,10}】/u

/** The ends of sentences and lines. */
const SENTENCE = /[^。！？!?\n]{1,2000}[。！？!?]?/gu

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

/**
 * The last post fingerprint computed per version, with the paragraph parts it was made of (the facts' own objects:
 * typing beyond the fingerprinted start leaves them all the same, and the fingerprint is reused).
 */
const lastFingerprint: Array<{ parts: readonly FingerprintPart[]; canonical: string; fp: Fingerprint | null } | null> = [null, null, null]
/**
 * The draft's fingerprint in version `v` (2, or 1 to compare with history entries stored before v: 2) from its
 * paragraphs' parts, without its content skeleton (duplicates() reads that only when a history entry is close
 * enough), and the canonical text it was made of.
 */
function fingerprintOf(parts: readonly FingerprintPart[], v: 1 | 2): { canonical: string; fp: Fingerprint | null } {
  // The parts that make the fingerprinted start (FINGERPRINT_CHARS canonical characters).
  let n = 0
  for (let length = 0; n < parts.length && length < FINGERPRINT_CHARS; n++) length += parts[n]!.canonical.length
  const last = lastFingerprint[v]
  if (last && last.parts.length === n && last.parts.every((q, i) => q === parts[i])) return last
  const used = parts.slice(0, n)
  const canonical = canonicalOfParts(used)
  const made = { parts: used, canonical, fp: fingerprintOfParts(used, false, v, canonical) }
  lastFingerprint[v] = made
  return made
}

export const repetition: RuleFamily<RepetitionFacts> = {
  id: 'repetition',
  meta,
  run({ doc, emit }) {
    const t = doc.norm.text
    const a = t.length - t.trimStart().length
    let b = t.indexOf('\n', a)
    if (b === -1) b = t.length
    const firstLine = b > a ? { start: a, end: Math.min(b, a + 60) } : null
    const sentences: RepetitionFacts['sentences'] = []
    let count = 0
    // One pass over the paragraph for what gates the regexes below: an ASCII digit (`figured` sentences), a mark a
    // section heading starts with (SECTION_HEADING).
    let digits = false
    let marks = false
    for (let i = 0; i < t.length && !(digits && marks); i++) {
      const c = t.charCodeAt(i)
      if (c >= 0x30 && c <= 0x39) digits = true
      else if (c >= 0x25a0 && !marks && SECTION_MARKS.includes(t[i]!)) marks = true
    }
    // Where the section headings' lines start (a sentence after the k-th is in section k of the paragraph).
    const headingAt: number[] = []
    if (marks) {
      for (let a = 0; a < t.length; ) {
        let e = t.indexOf('\n', a)
        if (e === -1) e = t.length
        if (isSectionHeading(t.slice(a, e).trim())) headingAt.push(a)
        a = e + 1
      }
    }
    let section = 0
    // Sentences inside a repeat found here (a line pasted again, a word run, a chant) are that repeat, not refrains of their own.
    const cover = (from: number, to: number): void => {
      for (const x of sentences) if (x.start < to && from < x.end) x.covered = true
    }
    if (t.length >= MIN_PAIRED) {
      SENTENCE.lastIndex = 0
      for (let m = SENTENCE.exec(t); m; m = SENTENCE.exec(t)) {
        // Copy-paste repeats are exact apart from spacing.
        if (m[0].trim().length === 0) continue
        const n = count++
        while (section < headingAt.length && headingAt[section]! <= m.index) section++
        if (m[0].length < MIN_PAIRED) continue
        // Casual posts end sentences with an emoji or a space instead of 。 (…です🌿 …です🌿).
        let from = 0
        const s = m[0]
        if (s.includes(' ') || s.includes('\u3000')) {
          SOFT_END.lastIndex = 0
          for (let e = SOFT_END.exec(s); e; e = SOFT_END.exec(s)) {
            const end = e.index + e[0].length
            pushSentence(sentences, s.slice(from, end), m.index + from, n, undefined, section, digits)
            from = end
          }
        }
        // Where the sentence stands on its line: a pair that is a whole line is the line rule's.
        const starts = from === 0 && (m.index === 0 || t.charCodeAt(m.index - 1) === 0x0a)
        const endAt = m.index + s.length
        const ends = endAt >= t.length || t.charCodeAt(endAt) === 0x0a
        pushSentence(sentences, s.slice(from), m.index + from, n, starts ? (ends ? 'whole' : 'start') : ends ? 'end' : undefined, section, digits)
      }
    }
    const hashtags: Span[] = []
    const tags: string[] = []
    if (t.includes('#')) {
      HASHTAG.lastIndex = 0
      for (const m of matchAllOf(HASHTAG, doc.normNoUrls)) {
        const span = doc.fromNorm(m.index, m.index + m[0].length)
        // The norm view writes a circled number (①, ⑵, ❸: a list marker) as #; only a # typed as such starts a tag.
        if (!TYPED_HASH.test(doc.raw.slice(span.start, span.start + 1))) continue
        hashtags.push(span)
        tags.push(m[0].slice(1).toLowerCase())
      }
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
        // A letter, or a stuck ー after a word (最高ーーーー…), ！ or ？, or one emoji (🎎🎎🎎…); not ━ ＝ - rules.
        if ((c !== 'ー' && LETTER.test(c)) || (c === 'ー' && i > 0 && LETTER.test(t[i - 1]!)) || stretchedWave(t, i, c) || stretchedMark(t, i, c) || /^[!?！？]$/u.test(c) || EMOJI.test(c)) {
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
    // A line, or a block of up to three lines, pasted again right below itself (拡散希望！… ×3; A⏎B⏎A⏎B): each copy.
    const callLines: RepetitionFacts['callLines'] = []
    /** The lines the line rule found (a stretch doubled inside one is that repeat). */
    const repeatedLines: Array<[number, number]> = []
    if (t.includes('\n')) {
      const recent: string[] = []
      const headings = new Set<string>()
      for (let a = 0; a <= t.length; ) {
        let e = t.indexOf('\n', a)
        if (e === -1) e = t.length
        const line = t.slice(a, e).trim()
        if (line.length >= MIN_LINE && recent.includes(line) && /\p{L}/u.test(line)) {
          const from = a + t.slice(a, e).indexOf(line)
          const { start, end } = doc.fromNorm(from, from + line.length)
          // A call for one's safety (すぐに避難してください。): post knows whether the post is an emergency one.
          const whole = withoutSeparators(line)
          const stem = stemOf(whole)
          const key = stem.length >= MIN_SENTENCE ? stem : whole
          if (isSafetyCall(key)) callLines.push({ start, end, key })
          else emit({ rule: 'repetition/sentence', start, end })
          repeatedLines.push([a, e])
          cover(a, e)
        }
        // A new section heading (■Bコース, 【申込方法】) starts another section: its lines may say what the last
        // one said. The same heading again is a block pasted again.
        if (marks && isSectionHeading(line) && !headings.has(line)) {
          headings.add(line)
          recent.length = 0
        }
        if (line.length > 0) {
          recent.push(line)
          if (recent.length > 3) recent.shift()
        }
        a = e + 1
      }
    }
    // A word said five times or more in a row (お知らせお知らせお知らせ…): one finding per run.
    const runs = wordRuns(t)
    for (const r of runs) {
      const { start, end } = doc.fromNorm(r.start, r.end)
      emit({ rule: 'repetition/word-run', start, end, data: { word: r.unit, count: r.count } })
      cover(r.start, r.end)
    }
    // A short phrase with its mark said three times in a row (見守りにご協力を！見守りにご協力を！見守りにご協力を！).
    const chants: Array<[number, number]> = []
    if (mayChant(t)) {
      CHANT.lastIndex = 0
      for (let m = CHANT.exec(t); m; m = CHANT.exec(t)) {
        if (!/\p{L}/u.test(m[1]!) || runs.some((r) => r.start < m.index + m[0].length && m.index < r.end)) continue
        const at = m.index + m[1]!.length
        const { start, end } = doc.fromNorm(at, m.index + m[0].length)
        emit({ rule: 'repetition/sentence', start, end })
        chants.push([m.index, m.index + m[0].length])
        cover(m.index, m.index + m[0].length)
      }
    }

    // A stretch said again right after itself with only spaces and emoji between (…みませんか？ 日時：… ✂️…みませんか？ 日時：…).
    const tandems: RepetitionFacts['tandems'] = []
    if (t.length >= 2 * TANDEM_THRICE) {
      for (const r of tandemRepeats(t)) {
        const overlaps = ([x, y]: readonly [number, number]): boolean => x < r.end && r.from < y
        if (runs.some((w) => overlaps([w.start, w.end])) || chants.some(overlaps) || repeatedLines.some(overlaps)) continue
        const { start, end } = doc.fromNorm(r.start, r.end)
        tandems.push({ start, end, call: isSafetyCall(stemOf(withoutSeparators(r.unit))), copies: r.copies })
        cover(r.from, r.end)
      }
    }

    return { firstLine, sentences, count, headings: headingAt.length, alarm: ALARM.test(t), callLines, tandems, hashtags, tags, source: doc.normMapper(), part: partOfNorm(t) }
  },
  post(input) {
    const { facts, spans, ctx, policy, emit } = input
    if (ctx.history.length > 0) duplicates(input)
    // In an emergency, a call for one's safety said at most twice is emphasis (GU-106): how many times each call is said.
    let emergency = ctx.emergency
    for (let p = 0; p < facts.length && !emergency; p++) emergency = facts[p]!.alarm
    const calls = new Map<string, number>()
    if (emergency) for (const f of facts) for (const s of f.sentences) if (s.call) calls.set(s.key, (calls.get(s.key) ?? 0) + 1)
    const emphasis = (key: string): boolean => emergency && (calls.get(key) ?? 2) <= 2
    // Indexed loops below: they run over the whole post on every keystroke (see numberSentences).
    for (let p = 0; p < facts.length; p++) {
      const callLines = facts[p]!.callLines
      for (let i = 0; i < callLines.length; i++) {
        const l = callLines[i]!
        if (emphasis(l.key)) continue
        emit({ rule: 'repetition/sentence', start: l.start + spans[p]!.start, end: l.end + spans[p]!.start })
      }
    }
    // The same sentence twice in one post (`marked`: the spans found in a paragraph with a doubled stretch, see below).
    const marked: Array<[number, number]> = []
    let sentences = 0
    for (let p = 0; p < facts.length; p++) sentences += facts[p]!.sentences.length
    if (sentences > 1) {
      // Refrains: sentences of MIN_FIGURED characters or more said REFRAIN times or more, two of the copies in one section.
      // Sections only grow along the post, so a copy shares its section with an earlier one exactly when the key's
      // last copy was in the same section (`last`). Keys are numbers (`KeyIds`), their counts typed arrays (`scratch`).
      numberSentences(facts)
      if (scratch.pass === 0x7fffffff) (scratch.pass = 0, scratch.copyStamp.fill(0), scratch.seenStamp.fill(0))
      const pass = ++scratch.pass
      const { copyStamp, count, last: lastSection, shared, seenStamp, seenAt } = scratch
      let headings = 0
      for (let p = 0; p < facts.length; p++) {
        const list = facts[p]!.sentences
        for (let i = 0; i < list.length; i++) {
          const s = list[i]!
          if (s.key.length < MIN_FIGURED || s.covered) continue
          const section = headings + (s.section ?? 0)
          const id = s.id!
          if (copyStamp[id] !== pass) {
            copyStamp[id] = pass
            count[id] = 1
            lastSection[id] = section
            shared[id] = 0
          } else {
            count[id]!++
            if (lastSection[id] === section) shared[id] = 1
            lastSection[id] = section
          }
        }
        headings += facts[p]!.headings
      }
      const refrain = (id: number): boolean => copyStamp[id] === pass && count[id]! >= REFRAIN && shared[id] === 1
      // The last three sentences seen, for pairs (A B A B): a ring indexed by place % 3 (no allocation per sentence).
      const ringAt = [-1, -1, -1]
      const ringKey = [-1, -1, -1]
      const ringStarts = [false, false, false]
      // The stems (polite ending aside), paragraphs and sections of the last three sentences, for a copy close by (MIN_NEARBY).
      const ringStem = ['', '', '']
      const ringPara = [-1, -1, -1]
      const ringSection = [-1, -1, -1]
      const keyAt = (at: number): number | undefined => (at >= 0 && ringAt[at % 3] === at ? ringKey[at % 3] : undefined)
      const startsAt = (at: number): boolean => at >= 0 && ringAt[at % 3] === at && ringStarts[at % 3]!
      let before = 0
      headings = 0
      // The last clause of the sentence before and its place (for 皆さん、S。S。).
      let prevTail: string | undefined
      let prevAt = -2
      // Blind R269H-013 kind: the last clauses of every sentence so far (…との書き込みが広がっておりますが、本日も通常どおり運航しております。
      // ⏎⏎…⏎⏎本日も通常どおり運航しております。): a sentence of MIN_SENTENCE characters or more that says one of them again, anywhere in
      // the post, is the same sentence said twice, as a whole sentence repeated anywhere is (a copy-paste slip). Short set phrases
      // (ご注意ください) and headings are below MIN_SENTENCE or not sentences, and are not keyed as tails.
      let tails: Set<string> | undefined
      for (let p = 0; p < facts.length; p++) {
        const base = before
        before += facts[p]!.count
        const list = facts[p]!.sentences
        for (let i = 0; i < list.length; i++) {
          const s = list[i]!
          const at = base + s.n
          const starts = s.line === 'start' || s.line === 'whole'
          const id = s.id!
          // The sentence's latest earlier place in the post (`seenAt`, by key number), then this one.
          const last = seenStamp[id] === pass ? seenAt[id]! : undefined
          seenStamp[id] = pass
          seenAt[id] = at
          // A B A B on one line: this sentence and the one before it are the two before them again.
          // (Across lines, or a pair that is a whole line, repeated lines are the line rule's.)
          const paired = last === at - 2 && keyAt(at - 1) !== undefined && keyAt(at - 1) === keyAt(at - 3) && !starts && !(s.line === 'end' && startsAt(at - 1))
          // The same sentence, its polite ending aside, one or two sentences before in the same paragraph and section (MIN_NEARBY).
          const stem = s.stem
          const section = headings + (s.section ?? 0)
          let near = false
          // (A line already found said again (the line rule's, `covered`) is not found twice.)
          if (stem.length >= MIN_NEARBY && !s.covered) {
            for (let k = at - 2; k < at; k++) {
              if (k >= 0 && ringAt[k % 3] === k && ringPara[k % 3] === p && ringSection[k % 3] === section && ringStem[k % 3] === stem) near = true
            }
          }
          ringAt[at % 3] = at
          ringKey[at % 3] = id
          ringStarts[at % 3] = starts
          ringStem[at % 3] = stem
          ringPara[at % 3] = p
          ringSection[at % 3] = section
          // The sentence right before ended with this whole sentence after a lead-in (皆さん、S。S。).
          const echoes = (prevTail !== undefined && prevAt === at - 1 && prevTail === s.key) || (tails !== undefined && tails.has(s.key))
          if (s.tail !== undefined) (tails ??= new Set()).add(s.tail)
          prevTail = s.tail
          prevAt = at
          if (last === undefined && !echoes && !near) continue
          // (A short sentence with a figure in it is a repeat wherever it is: `figured`, pushSentence.)
          if (!echoes && !paired && !near && !s.figured && !refrain(id) && (s.key.length < MIN_ADJACENT || (s.key.length < MIN_SENTENCE && at !== last! + 1))) continue
          if (s.call && emphasis(s.key)) continue
          // A call for one's safety said twice in an emergency is emphasis here too (すぐに避難してください。…。すぐに避難してください。).
          if (near && !s.call && emphasis(stem) && isSafetyCall(stem)) continue
          const span = facts[p]!.source(s.start, s.end)
          emit({
            rule: 'repetition/sentence',
            start: span.start + spans[p]!.start,
            end: span.end + spans[p]!.start,
          })
          if (facts[p]!.tandems.length > 0) marked.push([span.start + spans[p]!.start, span.end + spans[p]!.start])
        }
        headings += facts[p]!.headings
      }
    }
    // A stretch said again right after itself, spaces and emoji aside (tandemRepeats), where no sentence finding marks it already; a
    // call for one's safety said twice in an emergency is emphasis, as above.
    for (let p = 0; p < facts.length; p++) {
      const tandems = facts[p]!.tandems
      for (let i = 0; i < tandems.length; i++) {
        const r = tandems[i]!
        const start = r.start + spans[p]!.start
        const end = r.end + spans[p]!.start
        if ((r.call && emergency && r.copies <= 2) || marked.some(([x, y]) => x < end && start < y)) continue
        emit({ rule: 'repetition/sentence', start, end })
      }
    }
    // The same hashtag three times or more: marked from its second use.
    const uses = new Map<string, Span[]>()
    for (let p = 0; p < facts.length; p++) {
      const f = facts[p]!
      for (let k = 0; k < f.tags.length; k++) {
        let list = uses.get(f.tags[k]!)
        if (!list) uses.set(f.tags[k]!, (list = []))
        list.push({ start: f.hashtags[k]!.start + spans[p]!.start, end: f.hashtags[k]!.end + spans[p]!.start })
      }
    }
    for (const [tag, list] of uses) {
      if (list.length < SAME_HASHTAG) continue
      const end = list[list.length - 1]!.end - list[1]!.start <= MAX_HASHTAG_SPAN ? list[list.length - 1]!.end : list[1]!.end
      emit({ rule: 'repetition/same-hashtag', start: list[1]!.start, end, data: { tag: `#${tag}`, count: list.length } })
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

/**
 * Content-skeleton similarity (fingerprint.ts coreSimilarity) at or above which a post reworded in its endings is
 * the same post, given at least CORE_CHARS_FLOOR of character similarity; below CORE_OTHER the posts say other
 * things in a shared template. Measured on paraphrased reposts (0.80–1.00) and template notices (0.52–0.72).
 */
const CORE_SAME = 0.78
/** A skeleton this alike is the same post however its endings were reworded (休館いたします → 休館します、…をお願いします). */
const CORE_CERTAIN = 0.9
/**
 * Blind R211D-014 (decrep13): the same notice with its recommendation turned around (…が便利です ↔ …をご利用ください) and its existence
 * made more polite (にあります → にございます) keeps every content word (skeleton 0.82–0.87) but only half its characters (0.51–0.53):
 * the floor is 0.5, not 0.55. Template notices with other things in them stay below CORE_SAME whatever their characters share.
 */
const CORE_CHARS_FLOOR = 0.5
/** Below this character similarity no rewording is read (the skeleton is not even computed). */
const CORE_CHARS_MIN = 0.35
const CORE_OTHER = 0.6

/** The last draft whose plain form was fingerprinted (a keystroke outside its first FINGERPRINT_CHARS keeps it). */
let lastPlain: { canonical: string; v: 1 | 2; fp: Fingerprint | null } | null = null
function plainFingerprint(canonical: string, v: 1 | 2): Fingerprint | null {
  if (lastPlain && lastPlain.canonical === canonical && lastPlain.v === v) return lastPlain.fp
  const plain = plainForm(canonical)
  const fp = plain === canonical ? null : fingerprintOfParts([], true, v, plain)
  lastPlain = { canonical, v, fp }
  return fp
}

/**
 * Blind R92A-084: the same notice posted again with its date's weekday added or dropped (返却期限は8月31日です → 8月31日（日）です): the
 * same calendar days, one of the two naming a weekday the other leaves out, are the same day, not another notice's. Both naming weekdays
 * (第2水曜日 → 第2木曜日), other calendar days, or no calendar day at all (金曜日 → 9月5日) are still other days.
 */
function sameDaysWithWeekday(a: Fingerprint, b: Fingerprint): boolean {
  const weekdays = (f: Fingerprint) => f.dates!.filter((d) => d.startsWith('w:')).length
  if (weekdays(a) > 0 && weekdays(b) > 0) return false
  const ra = a.dates!.filter((d) => !d.startsWith('w:'))
  const rb = b.dates!.filter((d) => !d.startsWith('w:'))
  return ra.length > 0 && ra.length === rb.length && ra.every((d, i) => d === rb[i])
}

/**
 * Blind R119A-039: a post that says at its start it is a notice given again (今月2回目のお知らせです, 再掲, 【再掲】, 再度のお知らせ,
 * 改めてお知らせします, 再度ご案内します) and then repeats an earlier post: the new lead sentence lowers the whole post's similarity, so
 * the rest (the canonical text after the lead) is compared too. Read on the canonical text (no spaces or punctuation, figures in
 * digits) within its first 30 characters; a lead that says it corrects or changes something (訂正, 変更, 修正, 誤り)
 * is a new notice and is not cut. Serial notices for other days or numbered instances stay apart (forOtherDays, dates of the whole).
 */
const REPEAT_LEAD = /^.{0,30}?(?:再掲(?!載)(?:です|します|いたします|致します|となります)?|(?:再度|再び|改めて)(?:の)?(?:お知らせ|ご案内|ご連絡|告知|周知)(?:します|いたします|致します|です|となります|になります)?|[0-9]{1,2}(?:回|度)目の(?:お知らせ|ご案内|ご連絡|告知|投稿)(?:です|となります|になります)?)/u
/** What a lead says when it is a correction or a change: the post carries new content, not a repeat. */
const CORRECTION_LEAD = /訂正|変更|修正|誤り|間違い|差し替え|差替/u
/** The canonical text after a repeat notice's lead (REPEAT_LEAD), or null when the post has none or too little after it. */
function afterRepeatLead(canonical: string): string | null {
  const m = REPEAT_LEAD.exec(canonical)
  if (!m || CORRECTION_LEAD.test(m[0])) return null
  const rest = canonical.slice(m[0].length)
  return rest.length >= MIN_CANONICAL ? rest : null
}

/**
 * Blind R150A-140: a status report stamped with the hour it tells of (【避難所開設状況（15時現在）】, 17時時点, 9時30分現在) posted again with
 * another hour and its content changed (a shelter 開設準備中 → 開設, a line added) is the next report of a changing situation, not the same
 * post: the two are compared with their stamps set aside, and they are a repeat only when the rest is as alike as a duplicate. An earlier
 * post kept only as a fingerprint is read by giving the draft each other hour of the day in its own stamp's form: one of them making
 * the draft a duplicate of it is the same post with only its hour changed. Read on the canonical text (figures in digits, 15:30 → 1530).
 */
const AS_OF = /(?<![0-9])([0-9]{1,2})(時(?:[0-9]{1,2}分)?|[0-9]{2})(現在|時点)/u
function asOfUpdate(canonical: string, h: string | Fingerprint, other: Fingerprint, duplicate: number): boolean {
  const mine = AS_OF.exec(canonical)
  if (!mine) return false
  const blank = (c: string, m: RegExpExecArray) => c.slice(0, m.index) + c.slice(m.index + m[0].length)
  if (typeof h === 'string') {
    const theirs = canonicalForRepetition(h)
    const m = AS_OF.exec(theirs)
    if (!m || m[0] === mine[0]) return false
    const a = fingerprintOfParts([], false, other.v, blank(canonical, mine))
    const b = fingerprintOfParts([], false, other.v, blank(theirs, m))
    return a !== null && b !== null && (similarity(a, b) ?? 0) < duplicate
  }
  for (let hour = 0; hour < 24; hour++) {
    if (String(hour) === mine[1]) continue
    const c = canonical.slice(0, mine.index) + hour + mine[2] + mine[3] + canonical.slice(mine.index + mine[0].length)
    const f = fingerprintOfParts([], false, other.v, c)
    if (f && (similarity(f, other) ?? 0) >= duplicate) return false
  }
  return true
}

/**
 * Blind R160I-057, R160I-065, R160I-074, R160I-078, R160I-094: an announcement posted again reworded — the same days written another
 * way (7/12(土) → 7月12日（土）, 10日（月）〜14日（金） → 10日（月）から14日（金）まで), the same times, amounts and places, the same facts, only
 * the wording, the order and the heading changed (【休館のお知らせ】… 休館いたします → 【市立図書館 休館のお知らせ】… 休館します; 年末年始は
 * ごみ収集がお休みになります → 【年末年始のごみ収集】…お休みです). Reworded so far, its characters share too little with the earlier
 * post's, so the announcement's facts are compared instead (the earlier post's kept hashed in its fingerprint, fingerprint.ts
 * announcementKeys, so a history kept as fingerprints reads it as one kept as text does): the same calendar days (a weekday named or not), the
 * same figures (a time 10時 / 10:00, 10時半 / 10:30 read alike), no word of news the earlier post lacks, and its content words (kanji
 * and katakana words, figures and the words of a closing request ご利用ください, お間違えのないよう set aside) nearly all the earlier
 * post's: at most NEW_WORDS new ones, and fewer than half as many as the days and words the two share. A follow-up with real news stays
 * apart: other days or figures (a new time, 先着100名), a word of news (本日開催, 明日, いよいよ, 残りわずか, 満席, 延期, 中止, 変更, 訂正,
 * 結果, a report in the past tense …しました), or an unrelated post on the same day and topic (監視員を募集します, 転入・転出の届出…).
 */
const NEW_WORDS = 2
/** A figure with its counter, a date's weekday after it (12日土, 3日月曜日), or a weekday alone (日曜日): facts compared as figures. */
const FIGURE_WORD = /[0-9]{1,8}(?:時間|日間|分間|か月|ヶ月|カ月|月|日|時|分|年|円|人|名|歳|回|号|週)?(?:(?<=日)[月火水木金土日](?:曜日?)?(?:祝)?)?|[月火水木金土日]曜日?/gu
/** 引き続き (引続き, 引き続いて): the call goes on, no fact. Blind R419U-029 kind: nor is how it goes (順次, 適宜: 順次伺います). */
const CONTINUED = /引き?続(?:き|いて)?|順次|適宜/gu
/** The noun of a closing request (ご利用ください, ご協力をお願いします, お間違えのないよう, ご確認のほど): no fact of the announcement. */
const REQUEST_NOUN = /[ごお]([\p{Script=Han}]{1,4})[ぁ-ゖ]{0,2}?(?:のないよう|ください|をお願い|お願い|いただ|の(?:ほど|程))/gu
/** A content word: kanji (々 included), katakana (ー included) or Latin, two characters or more. */
const CONTENT_WORD = /[\p{Script=Han}々]{2,24}|[\p{Script=Katakana}ー]{2,24}|[a-z]{2,24}/gu
interface AnnouncementFacts {
  /** The figures of the text, sorted (fingerprint.ts figuresOf), as the key of the earlier post's facts. */
  figures: string
  /** Its words of news (fingerprint.ts NEWS_WORD). */
  news: string[]
  words: string[]
}
/** The draft's announcement facts, from its canonical text (the earlier post's are in its fingerprint: fingerprint.ts announcementKeys). */
function announcementFacts(canonical: string): AnnouncementFacts {
  // Blind R414P-039 kind: a repeat notice's lead (【再度のご案内】, 再掲) is no fact of the announcement, and 引き続き glued to the noun before
  // it (スマホ教室、引き続き → 教室引) is no content word.
  const t = clockAsFigures(afterRepeatLead(canonical) ?? canonical).replace(CONTINUED, '|')
  const requests = new Set<string>()
  for (const m of t.matchAll(REQUEST_NOUN)) requests.add(m[1]!)
  const words = new Set<string>()
  for (const m of t.replace(FIGURE_WORD, '|').matchAll(CONTENT_WORD)) if (!requests.has(m[0])) words.add(m[0])
  return { figures: figuresOf(t), news: [...new Set(t.match(NEWS_WORD) ?? [])], words: [...words] }
}
/**
 * Whether the word `w` is said in the earlier post whose fact hashes are `said`: a word of two or three characters when it is one of the
 * post's grams; a longer one when each of its two-character halves is (蔵書点検 / 蔵書の点検), which it is whenever the word itself is.
 */
function saidIn(w: string, said: ReadonlySet<number>): boolean {
  // Blind R420V-029 kind: a state said with 中 (受付中, 募集中) is said where its noun is (受付しています, 募集しています).
  if (w.length >= 3 && w.endsWith('中') && saidIn(w.slice(0, -1), said)) return true
  if (w.length < 4) return said.has(factHash(`w:${w}`))
  let halves = true
  for (let i = 0; i + 1 < w.length && halves; i += 2) if (!said.has(factHash(`w:${w.slice(i, i + 2)}`))) halves = false
  return halves || saidInPieces(w, said)
}
/**
 * Blind R416R-038 kind: a compound said in the earlier post with a particle inside it (河川敷遊歩道 / 河川敷の遊歩道, 市民体育館 / 市民の体育館):
 * the word is said when it splits wholly into pieces of two or three characters each said there (河川敷 + 遊歩道), not only into its
 * two-character halves. Linear: one pass marking where a run of said pieces can end (compounds are at most 24 characters).
 */
function saidInPieces(w: string, said: ReadonlySet<number>): boolean {
  const n = w.length
  const reach = new Uint8Array(n + 1)
  reach[0] = 1
  for (let i = 2; i <= n; i++) {
    if (reach[i - 2] && said.has(factHash(`w:${w.slice(i - 2, i)}`))) reach[i] = 1
    else if (i >= 3 && reach[i - 3] && said.has(factHash(`w:${w.slice(i - 3, i)}`))) reach[i] = 1
  }
  return reach[n] === 1
}
/** The calendar days of a fingerprint (its weekdays aside): `M/D` and `M/*`. */
function calendarDays(f: Fingerprint): string[] {
  return (f.dates ?? []).filter((d) => CALENDAR_DAY.test(d))
}
/**
 * Whether the draft (`mine`, its announcement facts `a`) tells the same announcement as the earlier post `other` (see NEW_WORDS), read on
 * the facts kept in its fingerprint (a history kept as text is read through its fingerprint): never for a fingerprint without them.
 */
function sameAnnouncement(a: () => AnnouncementFacts, mine: Fingerprint, other: Fingerprint, standing = false): boolean {
  const days = calendarDays(mine)
  const theirs = calendarDays(other)
  // Blind R412M-002, R416R-038 kinds: a standing call (STANDING_CALL) or closure (STANDING_CLOSURE) with no day in either post is read on
  // its facts alone (undatedCall).
  const undated = standing && days.length === 0 && theirs.length === 0
  if (!undated && (days.length === 0 || days.length !== theirs.length || days.some((d, i) => d !== theirs[i]))) return false
  const said = factsOf(other)
  if (!said) return false
  const facts = a()
  if (!said.has(factHash(`f:${facts.figures}`))) return false
  for (const w of facts.news) if (!said.has(factHash(`n:${w}`))) return false
  let added = 0
  // Words of the call itself or of a repeat notice's lead, in a dated announcement (CALL_WORD): neither news nor a fact shared.
  let asides = 0
  const calling = !undated && facts.words.some((w) => PARTICIPANTS.test(w))
  for (const w of facts.words) {
    if (saidIn(w, said)) continue
    if (!undated && (REPEAT_WORD.test(w) || (calling && CALL_WORD.test(w)))) asides++
    else added++
  }
  const shared = facts.words.length - added - asides + days.length
  if (undated) return undatedCall(facts.words, said, added, shared)
  return added <= NEW_WORDS && facts.words.length - added - asides >= 2 && 2 * added < shared
}
/**
 * Blind R414P-039 kind: a dated event's notice posted again as a call for its participants (【再掲】12月15日開催の普通救命講習、引き続き参加者を
 * 募集中です → 12月15日に普通救命講習を開催します; 再度のご案内: 3日の料理教室、受講者募集中): what it adds to the earlier post is only the call
 * (参加者, 受講者, 応募者, 募集中, 受付中, 申込受付) and the repeat notice's own word (再掲, 再度): no news and no fact of its own, so those words are
 * set aside, neither new nor shared (the call's words only when it calls for participants: 監視員を募集 is another call; the lead itself,
 * 再度のご案内, is read off as a repeat notice's lead, REPEAT_LEAD). Words of news (残りわずか, 定員, 締切, 延期) and the call for another kind of helper (ボランティア, 出店者,
 * 観覧者 stay new words) still keep a follow-up apart.
 */
const REPEAT_WORD = /^(?:再掲|再度)$/u
/** Who a call for participants seeks (参加者, 受講者募集中): a call for staff or helpers (監視員を募集, ボランティア募集) is another call. */
const PARTICIPANTS = /^(?:参加|受講|応募|申込)(?:者|生)/u
/** The words of a call for participants (参加者, 受講者募集中, 募集中, 受付中, 申込受付): set aside when the draft calls for participants. */
const CALL_WORD = /^(?:(?:参加|受講|応募|申込)(?:者|生))?(?:募集中?|受付中?|申込受付中?)?$/u
/**
 * Blind R412M-002 kind: the same standing call reworded (スポーツ少年団では新しい団員を募集中です → 新規団員募集中！スポーツ少年団は… →
 * スポーツ少年団の新規団員を募集しています！), no day named in it or the earlier post: what it calls for, who may come and how are the same
 * (the same figures, its content words nearly all the earlier post's, at least UNDATED_SHARED of them shared), and so is its subject — the
 * first two content words, the body or the thing the call is for, each said at least in part in the earlier post (partlySaid). A call of the same kind for another body or
 * event (白秋祭のボランティアを募集 → さげもんめぐりのボランティアを募集), or one with new conditions, stays apart.
 */
const UNDATED_SHARED = 4
function undatedCall(words: readonly string[], said: ReadonlySet<number>, added: number, shared: number): boolean {
  if (words.length < 2 || !partlySaid(words[0]!, said) || !partlySaid(words[1]!, said)) return false
  return added <= NEW_WORDS && shared >= UNDATED_SHARED && 2 * added < shared
}
/**
 * Blind R419U-029, R420V-029 kind: a standing call told again after it was already told twice or more reworded (赤い羽根の募金箱、市役所1階
 * ロビーにあります → 市役所1階ロビーで赤い羽根共同募金を受け付けています → 共同募金、1階ロビーでも受付しています → …でも受付中です！お昼休みや
 * お手続きのついでに; 今月の水道メーター検針は5日からです → 5日から今月の検針が始まります → メーターの検針にご協力ください…): each repost
 * borrows words of the earlier ones, so the draft is read against what those posts said together (UNION_MIN of them with no calendar day,
 * their facts kept, the draft's figures theirs and its subject, the first two content words, in each) as against one post (undatedCall).
 * A call for another body or event, new figures, or a word of news not said in any of them keeps it apart; one earlier post is read alone.
 */
const UNION_MIN = 2
function repeatedCall(facts: AnnouncementFacts, mine: Fingerprint, others: readonly Fingerprint[]): boolean {
  if (others.length < UNION_MIN || facts.words.length < 2 || calendarDays(mine).length > 0) return false
  const figures = factHash(`f:${facts.figures}`)
  const sets: Array<ReadonlySet<number>> = []
  for (const o of others) {
    if (calendarDays(o).length > 0) continue
    const said = factsOf(o)
    if (!said || !said.has(figures) || !partlySaid(facts.words[0]!, said) || !partlySaid(facts.words[1]!, said)) continue
    sets.push(said)
  }
  if (sets.length < UNION_MIN) return false
  const union = new Set<number>()
  for (const x of sets) for (const h of x) union.add(h)
  for (const w of facts.news) if (!union.has(factHash(`n:${w}`))) return false
  let added = 0
  for (const w of facts.words) if (!saidIn(w, union)) added++
  return undatedCall(facts.words, union, added, facts.words.length - added)
}
/** Whether some two characters running in the word `w` are said in the earlier post (新規団員 / 新しい団員: 団員): the same subject reworded. */
function partlySaid(w: string, said: ReadonlySet<number>): boolean {
  for (let i = 0; i + 2 <= w.length; i++) if (said.has(factHash(`w:${w.slice(i, i + 2)}`))) return true
  return false
}

/**
 * Blind R206A-010 kind: a report of an event that has happened (…を行いました, ご参加いただきました, …とのお話がありました) posted again with only
 * its date and its figures changed. A serial notice for another day is a new notice because what it announces is another day's; a report
 * tells what happened on its day, and two days never happen in the same words: a long report (REPORT_MIN_CHARS, at least REPORT_MIN_PAST
 * sentences in the past) as alike as a duplicate of an earlier post is last time's report again, whatever day it names. An announcement
 * (…を行います, 開催します), a short daily tally (…人が参加されました) and a report that tells other things stay apart.
 */
const REPORT_MIN_CHARS = 200
const REPORT_MIN_PAST = 4
const PAST_ENDING = /(?:ました|でした)/gu
function isEventReport(canonical: string): boolean {
  if (canonical.length < REPORT_MIN_CHARS) return false
  let n = 0
  for (const _ of canonical.matchAll(PAST_ENDING)) if (++n >= REPORT_MIN_PAST) return true
  return false
}

/** The post against the account's recent posts (`ctx.history`): the same or nearly the same post again. */
function duplicates(input: PostInput<RepetitionFacts>): void {
  const { facts, spans, ctx, policy, emit } = input
  const p = facts.findIndex((f) => f.firstLine !== null)
  const parts = facts.map((f) => f.part)
  let length = 0
  for (const q of parts) length += q.canonical.length
  if (p < 0 || length < MIN_CANONICAL) return
  const { canonical, fp: own } = fingerprintOf(parts, 2)
  if (!own) return
  let best = 0
  // The draft's signatures per version, made when first needed (v: 1 only for entries stored before v: 2).
  const mineCore: Array<number[] | null | undefined> = [undefined, undefined, undefined]
  // The post without its repeat notice's lead (read only when an earlier post falls short), its signatures per version.
  let rest: string | null | undefined
  const restFp: Array<Fingerprint | null | undefined> = [undefined, undefined, undefined]
  // The draft's announcement facts (sameAnnouncement), read once when first needed.
  let announced: AnnouncementFacts | undefined
  // Whether the draft is a report of an event that has happened (isEventReport), read once when first needed.
  let report: boolean | undefined
  // Whether the draft makes a standing call (STANDING_CALL: 募集, 随時受付), read once when first needed.
  let standing: boolean | undefined
  // The earlier posts read (repeatedCall).
  const read: Fingerprint[] = []
  for (const h of ctx.history) {
    const other: Fingerprint | null = typeof h === 'string' ? fingerprint(h) : h
    if (!other) continue
    if (other.v === 2) read.push(other)
    const mine = other.v === 2 ? own : fingerprintOf(parts, 1).fp!
    // A serial notice for another day (12月1日 → 12月8日) is a new notice, not the same post again; an event's report told again in the
    // same words is not (isEventReport).
    if (forOtherDays(mine, other) && !sameDaysWithWeekday(mine, other) && !((report ??= isEventReport(canonical)) && (similarity(mine, other) ?? 0) >= policy.repetition.duplicate)) continue
    const chars = similarity(mine, other) ?? 0
    // The skeleton matters only between the floor of a rewording and a duplicate: computed then, once per check.
    const core = other.core && chars >= CORE_CHARS_MIN && chars < policy.repetition.duplicate ? coreSimilarity((mineCore[other.v] ??= coreOfCanonical(canonical, other.v)), other.core, other.v) : null
    let sim = chars
    // Reworded only in its endings and particles (ご利用いただけます → ご利用ください, 明朝に → 明日の朝): its words are the same post's.
    if (core !== null && ((core >= CORE_SAME && chars >= CORE_CHARS_FLOOR) || core >= CORE_CERTAIN) && chars < policy.repetition.near) sim = policy.repetition.near
    // The same template with other words in it (今週のおすすめ本は『A』 → 『B』): a new notice, unless nearly all of it is the same.
    if (core !== null && core < CORE_OTHER && chars < policy.repetition.duplicate) sim = Math.min(sim, CORE_OTHER * chars)
    // Blind R78A-100: the same notice with its politeness changed (…際は…くださいますよう、お願いいたします / …ときは…ください): both
    // brought to their plainest, a rewording by the same measure. An earlier post's plain form is in its fingerprint (`plain`, made
    // when it was sent or read from its text); fingerprints stored before `plain` existed are compared as they are.
    if (sim < policy.repetition.near) {
      const plainMine = plainFingerprint(canonical, other.v)
      const plainTheirs: Fingerprint = other.plain ? { v: other.v, sig: other.plain.sig, core: other.plain.core } : other
      if (plainMine || plainTheirs !== other) {
        const a = plainMine ?? (other.v === 2 ? own : fingerprintOf(parts, 1).fp!)
        const plainChars = similarity(a, plainTheirs) ?? 0
        const plainCore = coreSimilarity(a.core ?? (mineCore[other.v] ??= coreOfCanonical(canonical, other.v)), plainTheirs.core, other.v)
        if (plainCore !== null && ((plainCore >= CORE_SAME && plainChars >= CORE_CHARS_FLOOR) || (plainCore >= CORE_CERTAIN && plainChars >= CORE_CHARS_MIN))) sim = policy.repetition.near
        // Blind R118A-103: a short post, too short for a skeleton, whose plain forms (a word respelt: 全部 → ぜんぶ) are as alike as a repeat's.
        else if (plainCore === null && plainChars > sim) sim = plainChars
      }
    }
    // Blind R152D-090: a short caption (too short for a skeleton) posted again with its polite ending moved, added or dropped
    // (満開🌼…みたいです✨ → 満開です🌼…みたい✨): both bare forms (bareCaption: plainest, without です・ます) compared. The earlier post's is
    // in its fingerprint (`bare`, when it differs from the post; else the post's own signature), so a history kept as fingerprints
    // reads it as one kept as text does (a text is fingerprinted above).
    if (sim < policy.repetition.near && other.v === 2 && !other.core && tooShortForCore(canonical)) {
      const a = bareCaption(canonical)
      if (a !== null && (a !== canonical || other.bare)) {
        const fa = fingerprintOfParts([], false, 2, a)
        if (fa) sim = Math.max(sim, similarity(fa, other.bare ? { v: 2, sig: other.bare } : other) ?? 0)
      }
    }
    // Blind R160I-074: the same announcement reworded, its facts the earlier post's (sameAnnouncement).
    if (sim < policy.repetition.near && sameAnnouncement(() => (announced ??= announcementFacts(canonical)), own, other, (standing ??= STANDING_CALL.test(canonical) || STANDING_CLOSURE.test(canonical)))) sim = policy.repetition.near
    // Blind R119A-039: a repeat notice's lead aside (今月2回目のお知らせです), the rest of the post against the earlier one.
    if (sim < policy.repetition.duplicate && (rest ??= afterRepeatLead(canonical)) !== null) {
      const r = (restFp[other.v] ??= fingerprintOfParts(parts, false, other.v, rest))
      if (r) sim = Math.max(sim, similarity(r, other) ?? 0)
    }
    if (sim >= policy.repetition.near && sim < policy.repetition.duplicate && asOfUpdate(canonical, h, other, policy.repetition.duplicate)) continue
    best = Math.max(best, sim)
  }
  // Blind R419U-029, R420V-029 kind: a standing call told again after several rewordings of it (repeatedCall).
  if (best < policy.repetition.near && read.length >= UNION_MIN && (standing ??= STANDING_CALL.test(canonical) || STANDING_CLOSURE.test(canonical)) && repeatedCall((announced ??= announcementFacts(canonical)), own, read)) best = policy.repetition.near
  // Blind R422X-058, R424Z-035 kind: any notice told again after several rewordings of it (restatedNotice).
  if (best < policy.repetition.near && read.length >= UNION_MIN && restatedNotice(canonical, own, read, input.text)) best = policy.repetition.near
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

/**
 * Blind R422X-058, R424Z-035 kind: a notice of any kind, not only a standing call (repeatedCall), told again after it was already posted twice
 * or more reworded (図書館の夏休み特別開館、終了まであと3日！📚 → 📚…特別開館、残り3日です → 夏休みの図書館特別開館は、あと3日で終わります;
 * 固定資産税の納税通知書を本日発送しました → 【お知らせ】…通知書を本日お送りしました → …通知書、本日発送です！…納めてくださいね):
 * emoji, a heading, the word order and the politeness moved, its content words read against what the earlier posts said together. Each of
 * UNION_MIN earlier posts or more names its subject (the draft's first content word, said at least in part), none names a calendar day, and
 * the draft's figures are one of theirs (or it has none); it adds no word of news none of them said (the end still to come, 受付終了まで,
 * 締切まで, is the deadline told, no news), and its content words are all said in them but for at most RESTATED_NEW (NEW_WORDS), with at
 * least RESTATED_LETTERS letters shared and more than twice the new ones' letters. A follow-up with new facts stays apart: the end reported
 * (受付を終了しました: 終了 said by none), a new round or a turn of the matter (第2期の受付開始, 再開, 入荷, 完売: TURN_WORD, a new figure), a
 * new day or a new place. An earlier post kept as a fingerprint is read on the facts it keeps (fingerprint.ts keeps them only for a dated
 * post, a standing call or closure); one kept as text is read on its text.
 */
const RESTATED_NEW = NEW_WORDS
/** The least letters of the content words said before (返礼品受付: 5; a compound counts by its letters, so a short post of one is read too). */
const RESTATED_LETTERS = 4
/** A new word that tells a turn of the matter (開始, 再開, 発売, 完売, 入荷, 開催, 追加募集): news, whatever else the draft restates. */
const TURN_WORD = /開始|再開|発売|完売|売切|入荷|開催|開幕|開館|開店|解禁|登場|スタート|オープン|第[0-9]|次回|新規|新しく/u
/** The end of a term still to come (受付終了まで, 締め切りまで, 〆切まで あと3日): the deadline told, not the end reported. */
const END_TO_COME = /(?:終了|締め?切り?|〆切り?)(?=まで)/gu
/**
 * Blind R436M-039 kind: a notice of the day told again after two rewordings (本日14時から市長の定例記者会見です… → 【再掲】きょう14時〜市長
 * 定例会見！… → 市長の定例会見、今日のテーマは…です！14時スタート。後日HPでも見られます). Three things its rewording moves are no new fact:
 * - the start said after the clock time (14時スタート, 10時開始, 9時30分から開始: `TIMED_START`): the time is the figure the posts share, and
 *   スタート or 開始 there starts nothing new (a turn of the matter, 第2期の受付開始, 受付開始は10時, stays one: TURN_WORD);
 * - the day word (本日, 今日, 明日: `DAY_WORD`) glued by the canonical text to the word before it (定例会見、今日の → 定例会見今日): it is read as
 *   news, never as part of a content word;
 * - the same day in another spelling (今日 / 本日, 今夜 / 今晩: `SAME_DAY`): one word of news, as it is one day.
 * A notice for another day (明日 after 本日), another time or with real news (中止, 変更, 延期) stays apart, and so does one told after a single
 * earlier post.
 */
const TIMED_START = /(?<=[0-9]時(?:[0-9]{1,2}分|半)?(?:から)?)(?:スタート|開始)/gu
const DAY_WORD = /本日|今日|明日|今夜|今晩|今朝|今週|来週|週末/gu
const SAME_DAY: Readonly<Record<string, readonly string[]>> = { 本日: ['今日'], 今日: ['本日'], 今夜: ['今晩'], 今晩: ['今夜'] }
/** Whether the word of news `w` (or the same day in another spelling, `SAME_DAY`) is said in the earlier posts' facts `said`. */
function newsSaid(w: string, said: ReadonlySet<number>): boolean {
  return said.has(factHash(`n:${w}`)) || (SAME_DAY[w]?.some((x) => said.has(factHash(`n:${x}`))) ?? false)
}
function restatedNotice(canonical: string, own: Fingerprint, history: readonly Fingerprint[], text = ''): boolean {
  // Blind R426B-049 kind: a dated notice (締切は9月30日) is read against the earlier posts that name the same calendar days (a weekday
  // named or not), and only those: another day is another notice, and a day added to an undated post is news.
  const days = calendarDays(own)
  const base = canonical.replace(END_TO_COME, '|').replace(TIMED_START, '|')
  const facts = announcementFacts(base)
  // Blind R436M-039 kind: the content words read with the day words cut off (定例会見今日 → 定例会見); the day words stay news.
  DAY_WORD.lastIndex = 0
  if (DAY_WORD.test(base)) facts.words = announcementFacts(base.replace(DAY_WORD, '|')).words
  if (facts.words.length === 0) return false
  // Blind R426B-049 kind: "one" said as a turn of phrase (みなさんの一枚, ぜひ一度, 一歩) is no figure of the notice: the figures read with
  // it and without it.
  const figures = [factHash(`f:${facts.figures}`)]
  if (ONE_PHRASE.test(canonical)) figures.push(factHash(`f:${figuresOf(clockAsFigures(canonical.replace(END_TO_COME, '|').replace(ONE_PHRASE_ALL, '|')))}`))
  // Blind R448Z-052 kind: the same figures in another notation (午後8時 / 20時) or with the places listed counted (…の3か所).
  const clocks = clockVariants(canonical.replace(END_TO_COME, '|'))
  for (const f of clocks) figures.push(factHash(`f:${f}`))
  // Blind R448Z-052 kind: a post that calls itself a repost (【再掲】, 再度のお知らせ) names its day as seen from today (明日, 本日): no news.
  if (facts.news.length > 0 && afterRepeatLead(canonical) !== null) facts.news = facts.news.filter((w) => !DAY_WORDS.has(w))
  const subject = facts.words[0]!
  const sets: Array<ReadonlySet<number>> = []
  let figured = facts.figures === ''
  // The earlier posts the main loop fingerprinted already (v2 only: `read`), not fingerprinted a second time.
  for (const other of history) {
    const theirs = calendarDays(other)
    if (theirs.length !== days.length || theirs.some((d, i) => d !== days[i])) continue
    // Read on the facts kept in the fingerprint, as a stored history is: a history kept as text gives the same verdict.
    const said = factsOf(other)
    if (!said || !partlySaid(subject, said)) continue
    if (figures.some((f) => said.has(f))) figured = true
    sets.push(said)
  }
  if (sets.length < UNION_MIN) return false
  const union = new Set<number>()
  for (const x of sets) for (const h of x) union.add(h)
  // Blind R448Z-052 kind: the count of places after a list of places all said before (…の3か所) is the list's, no figure of its own.
  if (!figured) {
    const counts = listedCounts(text, union)
    if (counts.length > 0) {
      const uncounted = clocks.map((f) => factHash(`f:${withoutDigits(f, counts)}`))
      figured = sets.some((x) => uncounted.some((f) => x.has(f)))
    }
  }
  if (!figured) return false
  for (const w of facts.news) if (!newsSaid(w, union)) return false
  let added = 0
  let addedLetters = 0
  let sharedLetters = 0
  for (const w of facts.words) {
    if (saidIn(w, union)) sharedLetters += w.length
    else if (TURN_WORD.test(w)) return false
    else {
      // Blind R448Z-052 kind: a compound said but for a short qualifier (市役所 + 本庁舎大和庁舎…: a list glued once its marks are dropped).
      const q = qualifierOf(w, union)
      added++
      addedLetters += q
      sharedLetters += w.length - q
    }
  }
  return added <= RESTATED_NEW && sharedLetters >= RESTATED_LETTERS && 2 * addedLetters < sharedLetters
}

/**
 * Blind R426B-049 kind: "one" as a turn of phrase, not a count (みなさんの一枚, ぜひ一度, 一歩ずつ, ひと言: 1枚, 1度, 1歩, 1言 in the canonical
 * text), a lone 1 with no figure before it: restatedNotice reads the figures without it too.
 */
const ONE_PHRASE = /(?<![0-9])1(?:枚|度|歩|言)(?![0-9])/u
const ONE_PHRASE_ALL = new RegExp(ONE_PHRASE.source, 'gu')

/**
 * Blind R448Z-052 kind: the same notice told a fourth time reworded (期日前投票は4月24日（土）の午後8時で終了します。本庁舎、大和庁舎… →
 * 【お知らせ】…最終日は4月24日（土）。時間は午後8時まで… → …あと1日です！4/24(土)20時まで、本庁舎・大和・三橋の各庁舎で → 【再掲】…明日
 * ４月２４日（土）午後８時までです。市役所本庁舎・大和庁舎・三橋庁舎の３か所で…): its facts are the earlier posts' once read in one notation —
 * - a clock time on the 12-hour clock or the 24-hour one (午後8時 / 20時, 午後1時半 / 13時30分): the draft's figures are read both ways;
 * - the places named counted after their list (本庁舎・大和庁舎・三橋庁舎の3か所, 図書館、公民館の2会場): the count is the list's, no new
 *   figure, when it is the number of items the list names;
 * - a compound said but for a qualifier of at most QUALIFIER_MAX letters (市役所本庁舎 / 本庁舎, the glued list 市役所本庁舎大和庁舎三橋庁舎):
 *   only the qualifier's letters are new (`qualifierOf`);
 * - in a post that calls itself a repost (【再掲】, 再度のお知らせ: REPEAT_LEAD), the day named as seen from today (明日, 本日): no news.
 * A notice with new facts on the same topic stays apart: a changed time (午後7時まで), a result or a turnout (結果, 終了しました, 投票者数),
 * another place, or a reminder after a single earlier post.
 */
const PM_CLOCK = /午後([0-9]{1,2})時/gu
const DAY_CLOCK = /(?<![0-9])(1[3-9]|2[0-3])時/gu
const DAY_WORDS: ReadonlySet<string> = new Set(['本日', '今日', '明日', '今夜', '今晩', '今朝', '今週', '来週', '週末'])
/** A count of places after a list of them (の3か所, の2会場), in the text as typed (full-width figures too). */
const LISTED_COUNT = /の[ 　]?([2-9２-９])[ 　]?(?:か所|カ所|ヶ所|ヵ所|箇所|会場|施設|拠点|地区|庁舎|館|校)/gu
/** What a list of places is cut by (・, 、, ，); a stretch ends at a sentence's or a clause's mark. */
const LIST_MARK = /[・、,，]/u
const LIST_STOP = '。！？!?\n：:「」（）()【】'
/** An item of a list: a name of at most 15 characters, no particle closing it (会場は, 受付を: a clause, not a name). */
const LIST_ITEM = /^[^\s]{0,14}[^\sはがをにでもへとや]$/u
/** The figures of the canonical text (clockAsFigures) and, when it tells a time, with it on the other clock (午後8時 → 20時, 20時 → 8時). */
function clockVariants(canonical: string): string[] {
  const out = new Set<string>([figuresOf(clockAsFigures(canonical))])
  if (canonical.includes('時')) {
    out.add(figuresOf(clockAsFigures(canonical.replace(PM_CLOCK, (m, h: string) => (Number(h) >= 1 && Number(h) <= 11 ? `${Number(h) + 12}時` : m)))))
    out.add(figuresOf(clockAsFigures(canonical.replace(DAY_CLOCK, (_m, h: string) => `${Number(h) - 12}時`))))
  }
  return [...out]
}
/** The sorted figures `f` with one of each of the digits `counts` taken out. */
function withoutDigits(f: string, counts: readonly string[]): string {
  let g = f
  for (const n of counts) {
    const i = g.indexOf(n)
    if (i >= 0) g = g.slice(0, i) + g.slice(i + 1)
  }
  return g
}
/**
 * The counts (as digits) of places that follow a list naming that many of them (本庁舎・大和庁舎・三橋庁舎の3か所: 3), each of whose items is
 * said in the earlier posts' facts `said` (its content words said, or said but for a qualifier: `qualifierOf`): a place not named before is
 * news, and so is its count.
 */
function listedCounts(text: string, said: ReadonlySet<number>): string[] {
  const out: string[] = []
  if (!text.includes('の')) return out
  for (const m of text.matchAll(LISTED_COUNT)) {
    const n = m[1]!.charCodeAt(0) >= 0xff10 ? m[1]!.charCodeAt(0) - 0xff10 : Number(m[1])
    let a = m.index
    while (a > 0 && m.index - a < 120 && !LIST_STOP.includes(text[a - 1]!)) a--
    const items = text.slice(a, m.index).split(LIST_MARK)
    let k = 0
    let named = true
    for (let i = items.length - 1; i >= 0 && k < n && LIST_ITEM.test(items[i]!.trim()); i--) {
      k++
      for (const w of canonicalForRepetition(items[i]!).matchAll(CONTENT_WORD)) if (!saidIn(w[0], said) && qualifierOf(w[0], said) === w[0].length) named = false
    }
    if (k === n && named && (n === items.length || !LIST_ITEM.test(items[items.length - n - 1]!.trim()))) out.push(String(n))
  }
  return out
}
/** The most letters of a qualifier a compound said otherwise may add (市役所, 市立, 新館 would be one: a word of its own). */
const QUALIFIER_MAX = 3
/**
 * How many letters of the content word `w` are new to the earlier posts' facts `said`: QUALIFIER_MAX or fewer when the rest of it, at least as
 * long, splits into pieces said there (市役所 + 本庁舎 + 大和 + 庁舎 …), else the whole word.
 */
function qualifierOf(w: string, said: ReadonlySet<number>): number {
  if (w.length < 4) return w.length
  for (let len = 1; len <= QUALIFIER_MAX; len++)
    for (let i = 0; i + len <= w.length; i++) {
      const before = w.slice(0, i)
      const after = w.slice(i + len)
      if ((before === '' || saidInPieces(before, said)) && (after === '' || saidInPieces(after, said)) && before.length + after.length >= Math.max(len, 2)) return len
    }
  return w.length
}
