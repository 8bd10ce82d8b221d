/**
 * An announcement posted again reworded (5(2), repetition/near-duplicate; Blind R160I kinds): the same days written another way
 * (7/12(土) → 7月12日（土）), the same times, amounts and places, only the wording, the order and the heading changed — compared on its
 * facts (`announcementFacts`, `sameAnnouncement`: the same calendar days and figures, no word of news the earlier post lacks, its content
 * words nearly all the earlier post's); a standing call or closure with no day reworded (`undatedCall`), and one told again after several
 * rewordings (`repeatedCall`, read against what the earlier posts said together). Stays clean: a follow-up with real news (other days or
 * figures, 本日開催, いよいよ, 残りわずか, 延期, 中止, 変更), an unrelated post on the same day and topic, a call of the same kind for another
 * body or event, a call for another kind of helper. Part of the repetition family (duplicates-of-recent-posts.ts reads it).
 */
import { CALENDAR_DAY, clockAsFigures, factHash, factsOf, figuresOf, NEWS_WORD } from '../../fingerprint'
import type { Fingerprint } from '../../types'
import { afterRepeatLead } from './repeat-notice-leads'

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
export const NEW_WORDS = 2
/** A figure with its counter, a date's weekday after it (12日土, 3日月曜日), or a weekday alone (日曜日): facts compared as figures. */
const FIGURE_WORD = /[0-9]{1,8}(?:時間|日間|分間|か月|ヶ月|カ月|月|日|時|分|年|円|人|名|歳|回|号|週)?(?:(?<=日)[月火水木金土日](?:曜日?)?(?:祝)?)?|[月火水木金土日]曜日?/gu
/** 引き続き (引続き, 引き続いて): the call goes on, no fact. Blind R419U-029 kind: nor is how it goes (順次, 適宜: 順次伺います). */
const CONTINUED = /引き?続(?:き|いて)?|順次|適宜/gu
/** The noun of a closing request (ご利用ください, ご協力をお願いします, お間違えのないよう, ご確認のほど): no fact of the announcement. */
const REQUEST_NOUN = /[ごお]([\p{Script=Han}]{1,4})[ぁ-ゖ]{0,2}?(?:のないよう|ください|をお願い|お願い|いただ|の(?:ほど|程))/gu
/** A content word: kanji (々 included), katakana (ー included) or Latin, two characters or more. */
export const CONTENT_WORD = /[\p{Script=Han}々]{2,24}|[\p{Script=Katakana}ー]{2,24}|[a-z]{2,24}/gu
export interface AnnouncementFacts {
  /** The figures of the text, sorted (fingerprint.ts figuresOf), as the key of the earlier post's facts. */
  figures: string
  /** Its words of news (fingerprint.ts NEWS_WORD). */
  news: string[]
  words: string[]
}
/** The draft's announcement facts, from its canonical text (the earlier post's are in its fingerprint: fingerprint.ts announcementKeys). */
export function announcementFacts(canonical: string): AnnouncementFacts {
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
export function saidIn(w: string, said: ReadonlySet<number>): boolean {
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
export function saidInPieces(w: string, said: ReadonlySet<number>): boolean {
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
export function calendarDays(f: Fingerprint): string[] {
  return (f.dates ?? []).filter((d) => CALENDAR_DAY.test(d))
}
/**
 * Whether the draft (`mine`, its announcement facts `a`) tells the same announcement as the earlier post `other` (see NEW_WORDS), read on
 * the facts kept in its fingerprint (a history kept as text is read through its fingerprint): never for a fingerprint without them.
 */
export function sameAnnouncement(a: () => AnnouncementFacts, mine: Fingerprint, other: Fingerprint, standing = false): boolean {
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
export const UNION_MIN = 2
export function repeatedCall(facts: AnnouncementFacts, mine: Fingerprint, others: readonly Fingerprint[]): boolean {
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
export function partlySaid(w: string, said: ReadonlySet<number>): boolean {
  for (let i = 0; i + 2 <= w.length; i++) if (said.has(factHash(`w:${w.slice(i, i + 2)}`))) return true
  return false
}
