/**
 * The same sentence or line twice in one post (5(2), repetition/sentence): how a paragraph's sentences are read and keyed (SENTENCE,
 * SOFT_END for casual sentences ended with an emoji or a space, a heading glued to the sentence set aside: LEADING_HEADING; `pushSentence`),
 * and the lengths from which a copy counts — anywhere (MIN_SENTENCE), right after itself (MIN_ADJACENT), as half of a pair said again
 * (A B A B: MIN_PAIRED), one or two sentences apart in the same paragraph and section (MIN_NEARBY), a short statement with a figure in it
 * anywhere (先着20名です: MIN_FIGURED, `isFigured`), a refrain said REFRAIN times with two copies in one section; a line pasted again within
 * the next three lines (MIN_LINE). The keys are numbered once for the whole-post pass on every keystroke (`KeyIds`, `numberSentences`,
 * `scratch`). Stays clean: short set phrases said apart (ご注意ください。), the same line closing each ■ section of a list (sections read by
 * SECTION_HEADING), a rule line of marks with no letter or figure (━━━━, ＝＝＝＝: WORDED), a schedule's list items (2日(土)13時〜), and
 * (Blind GU-106) a call to act for one's safety (すぐに避難してください: `isSafetyCall`) said twice in a post in emergency mode or one saying an
 * alarm is out (大雨特別警報が発表されました, 【緊急】: ALARM) — emphasis; the information repeated, a call not about safety or said three times
 * still repeats. Part of the repetition family (index.ts runs the checks in order and reports them).
 */
import { MIN_SENTENCE, stemOf, withoutSeparators, type RepetitionFacts } from './context'

/**
 * A shorter sentence (投票日は7月20日です。) counts only when its copy comes right after it: a
 * pasted-twice accident. Apart, short sentences repeat on purpose (each ■ section of a list ends
 * with the same 問合せ line or 参加無料。).
 */
export const MIN_ADJACENT = 10
/**
 * A shorter sentence still (熱中症に注意。, お早めにどうぞ。) counts only as half of a pair that comes again
 * right after itself (A B A B: a pasted-twice block or a chant), never alone.
 */
export const MIN_PAIRED = 4
/**
 * Blind R17B-042, R40A-095 kind: a sentence of this many characters or more (its polite ending aside: 募集しています / 募集しています,
 * 今週金曜までです！ / 今週金曜まで！) said again with only one or two sentences between, in the same paragraph and section
 * (消防団員を募集しています。18歳以上の…対象です。消防団員を募集しています。, …金曜までです！ お忘れなく。…金曜まで！): the same notice
 * pasted over and over in a short stretch, not a line that closes each section of a list (other sections) nor a set phrase
 * (ご注意ください。, shorter).
 */
export const MIN_NEARBY = 9
/** A sentence this long with a figure in it (先着20名) is a repeat anywhere in the post. */
export const MIN_FIGURED = 7
/** A line this long repeated within the next three lines is a repeat (shorter ones are separators: ----, ・・・). */
export const MIN_LINE = 6
/** A short line that heads a section of a list (■Aコース, 【申込方法】, ◆会場：公民館), not a sentence. */
const SECTION_HEADING = /^(?:[■□◆◇▼▽]|【[^】\n]{1,30}】|［[^］\n]{1,30}］)[^。\n]{0,20}$/u
/** What a SECTION_HEADING starts with: a paragraph or a line without one of them holds none. */
export const SECTION_MARKS = '■□◆◇▼▽【［'
/** SECTION_HEADING.test(line), run only on a line that starts with one of SECTION_MARKS (the pattern is anchored there). */
export function isSectionHeading(line: string): boolean {
  return line.length > 0 && SECTION_MARKS.includes(line[0]!) && SECTION_HEADING.test(line)
}
/**
 * A sentence of MIN_FIGURED characters or more said this many times in the post is a refrain pasted in (※申告相談は予約制です。
 * at the top, in the middle and at the end), when two of its copies stand in one section: the same line closing each ■ section
 * of a list is by design.
 */
export const REFRAIN = 3
/** A letter or a figure: a sentence holds one, a rule line (━━━━, ＝＝＝＝, ★☆★☆) none. */
const WORDED = /[\p{L}\p{N}]/u

/** A sentence ended without 。: a polite ending, optional emoji, then a space. */
export const SOFT_END = /(?:です|ます|した|さい|ません)[\p{Extended_Pictographic}\uFE0F\u200D]{0,8}[ \u3000]+/gu

/** A heading glued to the sentence after it (【配水管工事のお知らせ】10月6日から…): not part of the sentence. */
const LEADING_HEADING = /^\s*(?:【[^】\n]{1,30}】|［[^］\n]{1,30}］|\[[^\]\n]{1,30}\]|[■□◆◇●○▼▽★☆※]+)\s*/u

/**
 * The characters LEADING_HEADING can start with after its leading spaces: a sentence whose first character that
 * `trimStart` keeps (the same spaces and line ends as `\s`) is none of them has no heading, and the regex is not run.
 */
const HEADING_MARKS = '【［[■□◆◇●○▼▽★☆※'

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
export function pushSentence(out: RepetitionFacts['sentences'], s: string, at: number, n: number, line: 'start' | 'end' | 'whole' | undefined, section: number, digits: boolean): void {
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
export const scratch = {
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
export function isSafetyCall(key: string): boolean {
  return SAFETY_CALL_END.test(key) && SAFETY_WORD.test(key)
}
/** An alarm said to be out now: the post is an emergency one even when its mode is not set (…特別警報が発表されました, 【緊急】). */
export const ALARM =
  /(?:特別警報|警報|避難指示|緊急安全確保|高齢者等避難|土砂災害警戒情報|氾濫危険情報|氾濫発生情報|記録的短時間大雨情報|顕著な大雨に関する(?:気象)?情報|緊急地震速報|津波注意報)(?:が|を)[^。！？!?\n]{0,6}?(?:発表|発令|発出|出)(?:され|し|まし|てい|た)|【(?:緊急|避難指示|緊急安全確保|特別警報|災害情報)[^】\n]{0,10}】/u

/** The ends of sentences and lines. */
export const SENTENCE = /[^。！？!?\n]{1,2000}[。！？!?]?/gu
