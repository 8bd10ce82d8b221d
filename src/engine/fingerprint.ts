/**
 * Post fingerprints for the repetition rule: a MinHash signature of the post's character 3-grams
 * after normalisation (NFKC, lower case, URLs, hashtags, mentions, spaces and punctuation removed),
 * and a smaller one of its content skeleton (the same text without hiragana, as 2-grams) that a
 * rewording of endings and particles leaves unchanged.
 * The background keeps only these signatures, never the text; two signatures estimate the
 * Jaccard similarity of the posts' 3-gram sets (standard error about 0.045 with 128 slots).
 *
 * Two versions:
 * - `v: 2` (made now): one-permutation MinHash (Li, Owen & Zhang, "One Permutation Hashing", NIPS 2012).
 *   Each gram is hashed once; the hash's top bits choose its bin, and a bin keeps its least hash. One hash per
 *   gram instead of one per gram and slot: a 5,000-character draft is fingerprinted in about a hundredth of the
 *   time, which matters because a draft is fingerprinted again at each keystroke when the account has history.
 *   Similarity = equal non-empty bins / bins non-empty in either (bins empty in both say nothing).
 * - `v: 1` (stored before): 128 independent hash seeds. Such entries stay in the history for 30 days; a draft is
 *   compared with them by a `v: 1` fingerprint of its own (`legacyFingerprint`), made only when one is there.
 */
import type { Fingerprint } from './types'
import { buildNorm } from './text'
import { splitParagraphs } from './paragraphs'

export const SIGNATURE_SIZE = 128
/** log2 of SIGNATURE_SIZE and CORE_SIZE: a hash's bin is its top bits. */
const SIGNATURE_BITS = 7
const CORE_BITS = 6
/** The value of a bin no gram fell in (v: 2). */
export const EMPTY_BIN = 0xffffffff
/** Only the start of a very long post is fingerprinted (canonical characters): enough to recognise a repeat, bounded per keystroke. */
export const FINGERPRINT_CHARS = 4000

/** Deterministic per-slot hash seeds (xorshift from a fixed seed). */
const SEEDS: Uint32Array = (() => {
  const a = new Uint32Array(SIGNATURE_SIZE)
  let x = 0x9e3779b9
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    a[i] = x >>> 0
  }
  return a
})()

/**
 * The text reduced to what makes two posts "the same" for clause 5(2): each paragraph normalised and stripped of
 * URLs, hashtags, mentions, spaces and punctuation, joined (the first FINGERPRINT_CHARS characters).
 */
export function canonicalForRepetition(text: string): string {
  return canonicalOfParts(partsOf(text))
}

/** URLs; what they cannot match without ('http', 'www.') is looked for first (most paragraphs have no URL). */
const URL_TEXT = /https?:\/\/\S+|www\.\S+/g
const mayHoldUrl = (s: string): boolean => s.includes('http') || s.includes('www.')
/**
 * A hashtag (its letters, figures, marks and _ ・ ~ after # or ＃, to the first space, punctuation or symbol) or a mention. Team
 * R41A-142: a circled number in a heading (【協力隊募集②】, which the norm view writes as #) is no tag: nothing a tag is made of follows
 * it, and the rest of the paragraph (先輩隊員の活動を紹介します…) stays in the canonical text; a tag glued to a sentence (#柳川市！今日は…)
 * ends at its punctuation too.
 */
const TAG_OR_MENTION = /[#＃](?:[^\s\p{P}\p{S}]|[_・~])+|@[A-Za-z0-9_]+/gu
/** Spaces, punctuation and symbols, a run at a time (removing each of a run's characters or the run is the same). */
const SPACE_OR_MARK = /[\s\p{P}\p{S}]+/gu

function canonicalOfNorm(norm: string): string {
  let s = norm.toLowerCase()
  if (mayHoldUrl(s)) s = s.replace(URL_TEXT, '')
  if (s.includes('#') || s.includes('＃') || s.includes('@')) s = s.replace(TAG_OR_MENTION, '')
  return s.replace(SPACE_OR_MARK, '')
}

function hash32(s: string, i: number): number {
  // FNV-1a over three UTF-16 code units
  let h = 0x811c9dc5
  for (let k = i; k < i + 3; k++) {
    h ^= s.charCodeAt(k)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b)
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35)
  return (x ^ (x >>> 16)) >>> 0
}

/** 12月8日, 12/8 (not in a URL, a fraction of a longer number, or a year-month like 2025/12). */
const DATE = /(?<![0-9])([0-9]{1,2})月([0-9]{1,2})日|(?<![0-9\/.])([0-9]{1,2})\/([0-9]{1,2})(?![0-9\/])/g

/**
 * The days and serial numbers a text names, as sorted unique keys (at most 32): calendar dates `M/D`, a month alone
 * `M/*`, a countdown's days left `-N`, weekdays `w:金` (（金）, 金曜日) and a numbered instance `#台風14`, `#第3回`
 * (a typhoon, a session, an issue). Two notices that name other ones are notices of other days or instances.
 */
export function datesOf(text: string): string[] {
  return datesOfNorm(kanjiFiguresToDigits(buildNorm(text).text))
}

function datesOfNorm(norm: string): string[] {
  const countdown = norm.includes('あと') || norm.includes('残り') || norm.includes('日前')
  const serial = norm.includes('第') || norm.includes('号')
  const weekday = norm.includes('曜') || norm.includes('(') || norm.includes('（')
  if (!norm.includes('月') && !norm.includes('/') && !countdown && !serial && !weekday) return []
  const t = mayHoldUrl(norm) ? norm.replace(URL_TEXT, '') : norm
  const out = new Set<string>()
  // Calendar dates and months alone need 月 or /; without them their patterns are not run.
  const months = norm.includes('月')
  // A weekday (収集は金曜日, 11月1日（日）) and a numbered instance (台風14号, 第3回, 第12号).
  if (weekday) for (const m of t.matchAll(WEEKDAY)) if (out.size < 32) out.add(`w:${m[1] ?? m[2]}`)
  if (serial) for (const m of t.matchAll(SERIAL)) if (out.size < 32) out.add(`#${m[1] ? `台風${m[1]}` : `第${m[2]}${m[3]}`}`)
  if (months || norm.includes('/')) for (const m of t.matchAll(DATE)) {
    const month = Number(m[1] ?? m[3])
    const day = Number(m[2] ?? m[4])
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) out.add(`${month}/${day}`)
    if (out.size >= 32) break
  }
  // A month told apart from its days (3月の休館日は10日（月）・24日（月）です): each day is that month's; a month
  // named alone (3月の納付書) is a notice for that month.
  if (months) for (const m of t.matchAll(MONTH_ALONE)) {
    if (out.size >= 32) break
    const month = Number(m[1])
    if (month < 1 || month > 12) continue
    const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 60)
    const stop = rest.search(/[。！？!?\n]|(?<![0-9])[0-9]{1,2}月/u)
    let days = 0
    for (const d of (stop < 0 ? rest : rest.slice(0, stop)).matchAll(DAY_ALONE)) {
      const day = Number(d[1])
      if (day >= 1 && day <= 31 && out.size < 32) (out.add(`${month}/${day}`), days++)
    }
    if (days === 0 && out.size < 32) out.add(`${month}/*`)
  }
  // A countdown (あと3日, 残り7日, 10日前): each day of it is another notice.
  if (countdown) for (const m of t.matchAll(COUNTDOWN)) if (out.size < 32) out.add(`-${m[1] ?? m[2]}`)
  return [...out].sort()
}
/** A weekday: 金曜日, 金曜, or one in brackets after a date ((金), （土・祝）). */
const WEEKDAY = /([月火水木金土日])曜|[（(]([月火水木金土日])(?:・?祝)?[）)]/gu
/** A numbered instance: 台風14号; 第3回, 第12号, 第2弾, 第5期. */
const SERIAL = /台風([0-9]{1,2})号|第([0-9]{1,4})(回|号|弾|期)/gu
/** A month not followed by its day (3月の, 3月は): its days, if any, come later in the sentence. */
const MONTH_ALONE = /(?<![0-9])([0-9]{1,2})月(?![0-9]{1,2}日)/gu
/** A day of the month on its own (10日（月）), not a count of days (3日間, 10日以内, 5日前). */
const DAY_ALONE = /(?<![0-9.\/])([0-9]{1,2})日(?!間|以内|前|後|分|ほど|程度|まで前)/gu
/** Days left in a countdown: あと3日, 残り 7 日, 10日前. */
const COUNTDOWN = /(?:あと|残り)\s?([0-9]{1,3})\s?日|([0-9]{1,3})日前/gu

/**
 * Whether two posts are notices for different days: both name dates and the dates differ
 * (a fingerprint without dates, stored before they were kept, says nothing).
 */
export function forOtherDays(a: Fingerprint, b: Fingerprint): boolean {
  if (!a.dates || !b.dates || a.dates.length === 0 || b.dates.length === 0) return false
  if (a.dates.length !== b.dates.length) return true
  for (let i = 0; i < a.dates.length; i++) if (a.dates[i] !== b.dates[i]) return true
  return false
}

/**
 * What one paragraph gives its post's fingerprint: its canonical text (`canonicalForRepetition`) and the days and
 * instances it names (`datesOf`). The repetition rule keeps it with the paragraph's facts, so a keystroke normalises
 * only the paragraph it changed; `fingerprint` makes the same parts from the same paragraphs (splitParagraphs).
 */
export interface FingerprintPart {
  canonical: string
  dates: string[]
}

/** The fingerprint part of one paragraph, from its normalised text (Doc.norm.text, buildNorm). */
export function partOfNorm(norm: string): FingerprintPart {
  const figures = kanjiFiguresToDigits(norm)
  return { canonical: canonicalOfNorm(figures), dates: datesOfNorm(figures) }
}

/**
 * Round 54: a number written in kanji numerals (十一月一日, 十八時, 五百円, 二〇二五年, 第十回) is the same number as in figures
 * (11月1日, 18時, 500円, 2025年, 第10回): a post repeated with its figures respelt is the same post, and its days are the same
 * days. A run of numerals is read as a number only before a counter or a unit (一緒, 三橋町 stay as they are), and a single
 * numeral not inside a word (統一日, 唯一人): after a kanji only when that kanji ends a date, a time or a prefix (月, 日, 時, 第, 約, 毎).
 */
const KANJI_VALUE: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const KANJI_POWER: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
/** At most 12 numerals, then a counter or a unit (a figure's, not a word's: 一時的, 十分な, 一日中 are read the same on both sides). */
const KANJI_FIGURE = /[〇零一二三四五六七八九十百千]{1,12}(?=月|日|時|分|秒|年|円|人|名|回|歳|才|個|枚|本|台|件|号|番|階|丁目|か所|カ所|ヶ所|箇所|週|部|校|組|万|億|%|キロ|メートル|度|倍|位|便|席|冊|匹|頭|泊|食|区|期|代|弾|周年|世帯|棟|着|kg|km|m(?![a-z]))/gu
/** A kanji a figure may follow: the unit of the figure before it (十一月一日, 十八時三十分, 二万五千人) or a prefix (第十回, 約五百人, 毎月一日, 毎晩七時). */
const FIGURE_PREFIX = /[月日時分年週第約計全各毎同翌前後和成暦朝昼夕晩夜万億]$/u

function kanjiNumber(run: string): number | null {
  if (!/[十百千]/u.test(run)) {
    // Digit by digit (二〇二五 → 2025), as figures are read.
    let n = 0
    for (const c of run) n = n * 10 + KANJI_VALUE[c]!
    return n
  }
  let total = 0
  let digit = -1
  let lastPower = 10000
  for (const c of run) {
    const v = KANJI_VALUE[c]
    if (v !== undefined) {
      if (digit >= 0) return null
      digit = v
      continue
    }
    const power = KANJI_POWER[c]!
    if (power >= lastPower || digit === 0) return null
    total += (digit < 0 ? 1 : digit) * power
    lastPower = power
    digit = -1
  }
  return digit >= 0 ? total + digit : total
}

export function kanjiFiguresToDigits(norm: string): string {
  if (!/[〇零一二三四五六七八九十百千]/u.test(norm)) return norm
  return norm.replace(KANJI_FIGURE, (run, at: number) => {
    const before = norm.slice(Math.max(0, at - 1), at)
    // One numeral after a kanji is part of a word (統一, 唯一, 均一); two or more are a figure (大人五百円, 高校生三百五十円).
    if (run.length === 1 && /\p{Script=Han}/u.test(before) && !FIGURE_PREFIX.test(before)) return run
    const n = kanjiNumber(run)
    return n === null ? run : String(n)
  })
}

/** The parts of a text's paragraphs, as the engine cuts them, until FINGERPRINT_CHARS canonical characters. */
export function partsOf(text: string): FingerprintPart[] {
  const out: FingerprintPart[] = []
  let length = 0
  for (const { start, end } of splitParagraphs(text)) {
    const part = partOfNorm(buildNorm(text.slice(start, end)).text)
    out.push(part)
    length += part.canonical.length
    if (length >= FINGERPRINT_CHARS) break
  }
  return out
}

/**
 * The fingerprint of a text (`v: 2`, one-permutation MinHash); `null` when it has fewer than three characters to
 * compare. `withCore`: also the content skeleton's signature (`core`), stored with a sent post; a check while
 * typing asks for it only when a history entry is close enough for it to matter (`coreOfParts`).
 */
export function fingerprint(text: string, withCore = true): Fingerprint | null {
  const parts = partsOf(text)
  const canonical = canonicalOfParts(parts)
  const fp = fingerprintOfParts(parts, withCore, 2, canonical)
  if (!fp || !withCore) return fp
  // The post with its politeness brought to its plainest (plainForm), when that differs: kept beside the signatures so
  // a later plainer repost is recognised though the text is not kept (…くださいますようお願いいたします → …ください).
  const plain = plainForm(canonical)
  if (plain !== canonical && plain.length >= 3) {
    const p: NonNullable<Fingerprint['plain']> = { sig: binHash(gramHashes(plain, 3), SIGNATURE_BITS) }
    const core = coreSignature(plain, 2)
    if (core) p.core = core
    fp.plain = p
  }
  // A short caption (too short for a skeleton): its plainest form without です・ます (bareCaption), when that differs, so that the
  // same caption posted again with its polite ending moved is recognised (Blind R152D-090).
  if (!fp.core) {
    const bare = bareCaption(canonical)
    if (bare !== null && bare !== canonical) fp.bare = binHash(gramHashes(bare, 3), SIGNATURE_BITS)
  }
  // An announcement's facts (its figures, words of news and content words), hashed: a reworded repost is read against them
  // (announcementFacts). Kept for every post (about 150 characters beside the signatures' 2,000): a dated announcement, a standing call or
  // closure is read against one earlier post, any notice against several (repetition/restated-notices.ts restatedNotice, blind R422X-058, R424Z-035 kind).
  fp.facts = encodeFacts(announcementKeys(canonical))
  return fp
}

/**
 * Blind R160I-057, -065, -074, -078, -094 (repetition/reworded-announcements.ts sameAnnouncement): an announcement posted again reworded is told by its facts
 * (the same calendar days, the same figures, no word of news the earlier post lacks, its content words nearly all the earlier post's).
 * The extension keeps no text, so the earlier post's facts are kept in its fingerprint as a set of 24-bit hashes (`facts`), never as
 * words: the sorted figures (`f:0112…`), each word of news it holds (`n:本日`), and each two and three characters running in one of its
 * words (`w:蔵書`, `w:図書館`: a kanji, katakana or Latin run's 2- and 3-grams). That is all the reading asks of the earlier post: a word
 * of two or three characters is said in it when it is one of its grams, a longer one when each of its two-character halves is (saidIn).
 * A history kept as text is read through its fingerprint the same way, so the two give the same verdicts.
 */
export const CALENDAR_DAY = /^[0-9]{1,2}\//u
/**
 * Blind R412M-002 kind (repetition/reworded-announcements.ts sameAnnouncement): a standing call with no day to it — members, volunteers or applicants sought, or
 * something taken at any time (募集しています, 募集中, 随時受付, いつでも受け付けています) — is an announcement too: posted again reworded,
 * its facts are the earlier post's. Blind R419U-029, R420V-029 kind: so is a standing request or a counter open (受付しています, ご協力
 * ください, ご協力をお願いします: a meter reading's or a fund-raising's call told again reworded).
 */
export const STANDING_CALL = /募集|随時|常時|いつでも(?:受|申|ご|お|参加|見学|入)|受付中|受け付け(?:中|て(?:い|お))|受付し(?:てい|てお|ていま)|ご協力(?:を)?(?:お願い|ください|下さい|いただ|頂)/u
/**
 * Blind R416R-038 kind (repetition/reworded-announcements.ts sameAnnouncement): a standing closure with no day to it — a road, path, hall or service out of use until
 * further notice (通行止めです, 通行できません, 立入禁止, 利用できません, 閉鎖しています, 休館中, 運休中, 見合わせています) — is told again
 * reworded as a standing call is (当面の間通行できません → 当分の間通行止めです → しばらく通行できません): its facts are kept and read the same way.
 * A closure named with its days (12月1日から休館) is a dated announcement already.
 */
export const STANDING_CLOSURE = /通行止|通行(?:でき|出来)(?:ませ|な)|通行禁止|立入禁止|立ち入り禁止|(?:利用|使用)(?:でき|出来)(?:ませ|な)|閉鎖(?:中|して|され)|(?:休館|休止|運休|閉園)中|見合わせ(?:中|てい|ており)/u
/** A clock time in words (10時, 10時30分, 10時半): written as its figures (1000, 1030), as 10:00 and 10:30 are in the canonical text. */
const CLOCK = /([0-9]{1,2})時(?:([0-9]{1,2})分|(半))?/gu
/** The canonical text with its clock times as figures (CLOCK). */
export function clockAsFigures(canonical: string): string {
  return canonical.includes('時') ? canonical.replace(CLOCK, (_m, h: string, m: string | undefined, half: string | undefined) => `${h}${half ? '30' : (m ?? '00').padStart(2, '0')}`) : canonical
}
/** The figures of a text (clockAsFigures), sorted: the days, times and amounts as figures, in any order or spelling. */
export function figuresOf(t: string): string {
  return [...t.replace(/[^0-9]/gu, '')].sort().join('')
}
/**
 * A word of news: the day itself (本日, 今日, 明日, 今夜, 今週, いよいよ, まもなく), few places left (残り, 残席, わずか, 満席, 定員), a
 * change (延期, 中止, 変更, 訂正, 誤り, 修正, 追加, 新た), an outcome (結果, 決定, 終了, 完了), or a report in the past tense (ました, でした).
 */
const NEWS_WORDS = ['本日', '今日', '明日', '今夜', '今晩', '今朝', '今週', '来週', '週末', 'いよいよ', 'まもなく', '間もなく', '残り', '残席', 'わずか', '僅か', '満員', '満席', '定員', '締め切', '締切', '延期', '中止', '変更', '訂正', '誤り', '修正', '追加', '新た', '結果', '決定', '終了', '完了', 'ました', 'でした'] as const
export const NEWS_WORD = new RegExp(NEWS_WORDS.join('|'), 'gu')
/** The runs a content word is cut from (repetition/reworded-announcements.ts CONTENT_WORD): kanji (々 included), katakana (ー included), Latin. */
const WORD_RUN = /[\p{Script=Han}々]{2,}|[\p{Script=Katakana}ー]{2,}|[a-z]{2,}/gu
/** At most this many hashes are kept (4 characters each): the facts of a post of about 600 kanji and katakana. */
export const MAX_FACTS = 1024

/** The keys of an announcement's facts (see CALENDAR_DAY's note), from its canonical text. */
export function announcementKeys(canonical: string): string[] {
  const t = clockAsFigures(canonical)
  const keys = new Set<string>([`f:${figuresOf(t)}`])
  for (const w of NEWS_WORDS) if (t.includes(w)) keys.add(`n:${w}`)
  for (const m of t.matchAll(WORD_RUN)) {
    const r = m[0]
    for (let i = 0; i + 2 <= r.length && keys.size < MAX_FACTS; i++) {
      keys.add(`w:${r.slice(i, i + 2)}`)
      if (i + 3 <= r.length) keys.add(`w:${r.slice(i, i + 3)}`)
    }
    if (keys.size >= MAX_FACTS) break
  }
  // Blind R428D-002 kind: a word written with its okurigana (受け付け, 申し込み, 締め切り, 取り扱い) is the word a later post writes without
  // it (受付, 申込, 締切, 取扱): its kanji read together too (okuriganaDropped), so either spelling is said in the other.
  for (const m of okuriganaDropped(t).matchAll(OKURIGANA_WORD)) {
    const r = m[0].replaceAll('\u0000', '')
    for (let i = 0; i + 2 <= r.length && keys.size < MAX_FACTS; i++) {
      keys.add(`w:${r.slice(i, i + 2)}`)
      if (i + 3 <= r.length) keys.add(`w:${r.slice(i, i + 3)}`)
    }
    if (keys.size >= MAX_FACTS) break
  }
  return [...keys]
}
/**
 * Blind R428D-002 kind: one okurigana kana between two kanji (受け付け, 申し込み, 締め切り, 取り扱い, 問い合わせ) dropped, so the kanji
 * read as one word (受付, 申込, 締切, 取扱, 問合). A particle (の, を, に, が, と, は, で, や, も, へ) is never one: 市の審議会 stays two words.
 */
const OKURIGANA = /(?<=\p{Script=Han})[いえきけしちつみめりわ](?=\p{Script=Han})/gu
/** A kanji run that holds a dropped okurigana's place (only those runs add keys beyond WORD_RUN's). */
const OKURIGANA_WORD = /(?:[\p{Script=Han}々]{1,23}\u0000){1,4}[\p{Script=Han}々]{1,23}/gu
/** The text with each okurigana between kanji (OKURIGANA) marked by NUL, which OKURIGANA_WORD reads and then drops. */
export function okuriganaDropped(t: string): string {
  return t.replace(OKURIGANA, '\u0000')
}

/** A fact's 24-bit hash (FNV-1a of its code units, mixed). */
export function factHash(key: string): number {
  let h = 0x811c9dc5
  for (let k = 0; k < key.length; k++) {
    h ^= key.charCodeAt(k)
    h = Math.imul(h, 0x01000193)
  }
  return mix(h >>> 0, 0x5bd1e995) >>> 8
}
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
/** The facts' hashes, sorted and unique, four base64 characters each (24 bits). */
function encodeFacts(keys: readonly string[]): string {
  const hashes = [...new Set(keys.map(factHash))].sort((a, b) => a - b).slice(0, MAX_FACTS)
  let s = ''
  for (const h of hashes) s += B64[(h >>> 18) & 63]! + B64[(h >>> 12) & 63]! + B64[(h >>> 6) & 63]! + B64[h & 63]!
  return s
}
const decoded = new WeakMap<Fingerprint, ReadonlySet<number> | null>()
/** The set of an earlier post's fact hashes (`null`: a fingerprint made before they were kept, or of a post without calendar days). */
export function factsOf(fp: Fingerprint): ReadonlySet<number> | null {
  const known = decoded.get(fp)
  if (known !== undefined) return known
  let out: Set<number> | null = null
  const s = fp.facts
  if (typeof s === 'string' && s.length > 0 && s.length % 4 === 0) {
    out = new Set<number>()
    for (let i = 0; i < s.length; i += 4) {
      let h = 0
      for (let k = 0; k < 4; k++) {
        const d = B64.indexOf(s[i + k]!)
        if (d < 0) {
          out = null
          break
        }
        h = (h << 6) | d
      }
      if (!out) break
      out.add(h)
    }
  }
  decoded.set(fp, out)
  return out
}

/**
 * The `v: 1` fingerprint of a text (128 seeded hashes per gram): only to compare a draft with history entries stored
 * before `v: 2`, which are never converted (the text is not kept). About a hundred times the work of `fingerprint`.
 */
export function legacyFingerprint(text: string, withCore = true): Fingerprint | null {
  return fingerprintOfParts(partsOf(text), withCore, 1)
}

/** The canonical text a post's signatures are made of: its paragraphs' canonical texts, the first FINGERPRINT_CHARS. */
export function canonicalOfParts(parts: readonly FingerprintPart[]): string {
  let s = ''
  for (const p of parts) {
    s += p.canonical
    if (s.length >= FINGERPRINT_CHARS) break
  }
  return s.length > FINGERPRINT_CHARS ? s.slice(0, FINGERPRINT_CHARS) : s
}

/**
 * The fingerprint (version `v`) of a post given as its paragraphs' parts (`partOfNorm`, in order); `null` below three
 * canonical characters. Dates: every part's, sorted, at most 32.
 */
export function fingerprintOfParts(parts: readonly FingerprintPart[], withCore = true, v: 1 | 2 = 2, canonical = canonicalOfParts(parts)): Fingerprint | null {
  const s = canonical
  if (s.length < 3) return null
  const sig = v === 2 ? binHash(gramHashes(s, 3), SIGNATURE_BITS) : minHash(new Set(gramHashes(s, 3)), SIGNATURE_SIZE)
  const days = new Set<string>()
  for (const p of parts) for (const d of p.dates) days.add(d)
  const dates = [...days].sort().slice(0, 32)
  const core = withCore ? coreSignature(s, v) : null
  const fp: Fingerprint = { v, sig }
  if (dates.length > 0) fp.dates = dates
  if (core) fp.core = core
  return fp
}

/**
 * Blind R78A-100: a notice reposted with only its politeness raised or lowered (…見つけた際は、…お知らせくださいますよう、お願いいたします
 * / …見つけたときは、…お知らせください / …見つけましたら、…): the same request, the same facts, nothing new. Each pair of forms is
 * brought to its plainest (read on the canonical text: no spaces or punctuation, hiragana kept), then the posts are compared as before.
 * Bounded alternations only, each form tied to the kana that make it one (願 before い, 下 before さい, 際 after a verb's kana or の), so
 * 願書, 地下, 国際, 10時 are left alone.
 */
const PLAIN_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  // …くださいますよう（よろしく）お願いいたします, …いただきますようお願い申し上げます → …ください
  [/(?:くださ|下さ|いただき|頂き|いただけ|頂け)(?:います|ます|ますよう|ますように)(?:よう|ように)?(?:何卒|なにとぞ|よろしく|宜しく)?(?:お願い|御願い)(?:いたします|致します|申し上げます|申しあげます|します)/gu, 'ください'],
  // （何卒・よろしく）お願いいたします, お願い申し上げます → お願いします; 下さい → ください
  [/(?:何卒|なにとぞ|よろしく|宜しく)?(?:お願い|御願い)(?:いたします|致します|申し上げます|申しあげます)/gu, 'お願いします'],
  [/下さい/gu, 'ください'],
  // …した際は, …する時には, …した場合は, …の際に → …ときは; …しましたら, …したら → …したときは
  [/(?<=[ぁ-ゖ])(?:際|時|場合)(?:に)?(?=は|も)|(?<=[ぁ-ゖ])(?:際|時|場合)(?=に)/gu, 'とき'],
  [/(?<=[ぁ-ゖ一-龠])(?:まし)?たら(?![いこ])/gu, 'たときは'],
  [/ときには/gu, 'ときは'],
  // 皆様, お客様 → 皆さん, お客さん
  [/(?<=[皆客])様/gu, 'さん'],
  // Blind R118A-103: a short post reposted with a word respelt in kana or kanji (全部朝どれ → ぜんぶ朝どれ, 子供 → 子ども, 一緒に →
  // いっしょに): the same word. Everyday words staff write either way, each brought to its kana; one tied to the kana after it
  // (出来る, not 出来事; 頂く, not 山頂) only there.
  [/(?<![一-龠々])全部(?![署門局員会長])/gu, 'ぜんぶ'],
  [/沢山/gu, 'たくさん'],
  [/子供|子ども/gu, 'こども'],
  [/皆さん/gu, 'みなさん'],
  [/一緒/gu, 'いっしょ'],
  [/是非/gu, 'ぜひ'],
  [/宜しく/gu, 'よろしく'],
  [/色々/gu, 'いろいろ'],
  [/色んな/gu, 'いろんな'],
  [/綺麗|奇麗/gu, 'きれい'],
  [/美味し(?=[いくかそさ])/gu, 'おいし'],
  [/素敵/gu, 'すてき'],
  [/揃(?=[っいうわえお])/gu, 'そろ'],
  [/出来(?=[るまなたずれ])/gu, 'でき'],
  [/(?<![一-龠々])頂(?=[きくけい])/gu, 'いただ'],
  [/有難う|有り難う/gu, 'ありがとう'],
  [/(?<![一-龠々])更に/gu, 'さらに'],
  [/(?<![一-龠々])既に/gu, 'すでに'],
  [/様々/gu, 'さまざま'],
  [/丁度/gu, 'ちょうど'],
  [/(?<![一-龠々])又は/gu, 'または'],
  [/(?<![一-龠々])及び/gu, 'および'],
  [/(?<![一-龠々])大勢/gu, 'おおぜい'],
  [/(?<![一-龠々])今年/gu, 'ことし'],
  [/(?<![一-龠々])楽し(?=[いくかみめ])/gu, 'たのし'],
]
/** The polite endings です and ます, wherever they stand (the canonical text has no punctuation left to tell a clause's end). */
const POLITE_ENDING = /です|ます/gu
/** A short caption's comparable length at the least: below it, a caption is too short for its bare form to say anything. */
export const MIN_BARE = 11

/**
 * A short caption's bare form (Blind R152D-090): its plainest form (plainForm) without the polite endings です・ます wherever they
 * stand, so the same caption with its polite ending moved, added or dropped (満開🌼…みたいです✨ → 満開です🌼…みたい✨) reads the same.
 * Read only for captions too short for a content skeleton (coreSignature null), where a word holding です・ます is the same on both
 * sides. `null` when the bare form is shorter than MIN_BARE characters.
 */
export function bareCaption(canonical: string): string | null {
  const plain = plainForm(canonical)
  const bare = plain.includes('す') ? plain.replace(POLITE_ENDING, '') : plain
  return bare.length >= MIN_BARE ? bare : null
}

/** The canonical text with its politeness brought to its plainest (see PLAIN_FORMS): `canonical` itself when it holds none. */
export function plainForm(canonical: string): string {
  let s = canonical
  for (const [re, to] of PLAIN_FORMS) {
    re.lastIndex = 0
    s = s.replace(re, to)
  }
  return s
}
/** The hashes of a canonical text's character n-grams (n = 3: FNV-1a of the code units; n = 2: the two units packed). */
function gramHashes(s: string, n: 2 | 3): Uint32Array {
  const count = Math.max(0, s.length - n + 1)
  const out = new Uint32Array(count)
  if (n === 3) for (let i = 0; i < count; i++) out[i] = hash32(s, i)
  else for (let i = 0; i < count; i++) out[i] = ((s.charCodeAt(i) * 0x10001) ^ s.charCodeAt(i + 1)) >>> 0
  return out
}

/**
 * One-permutation MinHash of hashed grams: each gram mixed once (seed 0); its top `bits` choose one of 2^bits bins,
 * which keeps the least mixed value (EMPTY_BIN when no gram fell in it). Repeated grams change nothing.
 */
function binHash(grams: Uint32Array, bits: number): number[] {
  const sig = new Array<number>(1 << bits).fill(EMPTY_BIN)
  const shift = 32 - bits
  const seed = SEEDS[0]!
  for (let i = 0; i < grams.length; i++) {
    const x = mix(grams[i]!, seed)
    const b = x >>> shift
    if (x < sig[b]!) sig[b] = x
  }
  return sig
}

export const CORE_SIZE = 64
/** The shortest content skeleton worth comparing (shorter posts differ in too few words to tell). */
const MIN_CORE = 12

/**
 * Whether `canonical` is too short for a content skeleton (coreSignature gives null): fewer than MIN_CORE characters besides its
 * hiragana. Counts only until MIN_CORE, so a long post costs a few characters, not a signature.
 */
export function tooShortForCore(canonical: string): boolean {
  let n = 0
  for (let i = 0; i < canonical.length; i++) {
    const c = canonical.charCodeAt(i)
    if ((c < 0x3041 || c > 0x309f) && ++n >= MIN_CORE) return false
  }
  return true
}

/**
 * MinHash signature (CORE_SIZE slots) of the post's content skeleton: the canonical text without its
 * hiragana (particles, endings, okurigana), read as character 2-grams. A post reworded in its endings
 * (ご利用いただけます → ご利用ください, で → へ) keeps its skeleton; a notice that changes its place,
 * topic or title (三橋公民館…高血圧 → 大和公民館…糖尿病) does not. `null` below MIN_CORE characters.
 */
function coreSignature(canonical: string, v: 1 | 2): number[] | null {
  const skel = canonical.replace(/[\u3041-\u309f]+/gu, '')
  if (skel.length < MIN_CORE) return null
  const grams = gramHashes(skel, 2)
  return v === 2 ? binHash(grams, CORE_BITS) : minHash(new Set(grams), CORE_SIZE)
}

/** MinHash signature of a set of hashed grams: per slot (of `size`, the first seeds), the least mixed value. */
function minHash(grams: ReadonlySet<number>, size: number): number[] {
  const sig = new Array<number>(size).fill(0xffffffff)
  for (const g of grams) {
    for (let k = 0; k < size; k++) {
      const v = mix(g, SEEDS[k]!)
      if (v < sig[k]!) sig[k] = v
    }
  }
  return sig
}

/**
 * Estimated Jaccard similarity of two signatures of one version (0…1; 0 when either is empty): v: 1, the share of
 * equal slots; v: 2, the share of equal bins among those non-empty in either.
 */
function sameShare(a: readonly number[], b: readonly number[], v: 1 | 2): number {
  const n = Math.min(a.length, b.length)
  let same = 0
  let seen = 0
  for (let k = 0; k < n; k++) {
    const x = a[k]!
    const y = b[k]!
    if (v === 2 && x === EMPTY_BIN && y === EMPTY_BIN) continue
    seen++
    if (x === y) same++
  }
  return seen === 0 ? 0 : same / seen
}

/** The content skeleton's signature (see `coreSignature`, version `v`) of a post's canonical text (`canonicalOfParts`). */
export function coreOfCanonical(canonical: string, v: 1 | 2 = 2): number[] | null {
  return coreSignature(canonical, v)
}

/**
 * Estimated Jaccard similarity of two content-skeleton signatures of version `v` (0…1); `null` when either is
 * missing.
 */
export function coreSimilarity(a: readonly number[] | null | undefined, b: readonly number[] | null | undefined, v: 1 | 2 = 2): number | null {
  return a && b && a.length > 0 && b.length > 0 ? sameShare(a, b, v) : null
}

/**
 * Estimated Jaccard similarity of two fingerprints (0…1); `null` when their versions differ (signatures of two
 * versions are not comparable: make the other version's with `legacyFingerprint`).
 */
export function similarity(a: Fingerprint, b: Fingerprint): number | null {
  return a.v === b.v ? sameShare(a.sig, b.sig, a.v) : null
}
