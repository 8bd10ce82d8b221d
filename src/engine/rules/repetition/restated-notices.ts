/**
 * Any notice told again after it was already posted twice or more reworded (5(2), repetition/near-duplicate; Blind R422X-058, R424Z-035
 * kinds: `restatedNotice`): its content words read against what the earlier posts said together, with its notations brought to theirs —
 * the deadline still to come (受付終了まで: END_TO_COME), the start said after the clock time (14時スタート: TIMED_START), the day word glued
 * to a noun or spelt another way (今日 / 本日: DAY_WORD, SAME_DAY), "one" as a turn of phrase (ぜひ一度: ONE_PHRASE), a clock time on the
 * other clock (午後8時 / 20時: `clockVariants`), the places listed counted (…の3か所: `listedCounts`), a compound said but for a short
 * qualifier (`qualifierOf`). Stays clean: a follow-up with new facts (the end reported, 受付を終了しました; a new round or turn, 第2期の受付開始,
 * 再開, 入荷: TURN_WORD; a new figure, day or place) and a reminder after a single earlier post. Part of the repetition family
 * (duplicates-of-recent-posts.ts reads it last).
 */
import { canonicalForRepetition, clockAsFigures, factHash, factsOf, figuresOf } from '../../fingerprint'
import type { Fingerprint } from '../../types'
import { afterRepeatLead } from './repeat-notice-leads'
import { type AnnouncementFacts, NEW_WORDS, CONTENT_WORD, announcementFacts, saidIn, saidInPieces, calendarDays, UNION_MIN, partlySaid } from './reworded-announcements'

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
export function restatedNotice(canonical: string, own: Fingerprint, history: readonly Fingerprint[], text = ''): boolean {
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
  let sets: Array<ReadonlySet<number>> = []
  let figured = facts.figures === ''
  const gather = (subject: string): void => {
    sets = []
    figured = facts.figures === ''
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
  }
  gather(facts.words[0]!)
  // Blind R454F-059 kind: a short lead of the season or the moment set before the notice (引っ越しシーズンです。, 寒い季節になりました。, 年度末
  // ですね。): its word is no subject of the notice; the subject is the first content word after it (the lead's word stays a new word).
  if (sets.length < UNION_MIN) {
    const after = leadFacts(text)
    if (after !== null && after.words.length > 0 && after.words[0] !== facts.words[0]) {
      gather(after.words[0]!)
      if (sets.length >= UNION_MIN) {
        facts.words = after.words
        facts.news = after.news
      }
    }
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
 * Blind R454F-059 kind: a lead sentence that only sets the season or the moment (引っ越しシーズンです。, 寒い季節になりました。, 梅雨の時期
 * ですね！, 年度末を迎えました。, 新年度がスタートしました。): a few words, no figure, closed by its stop. Gives the content words of the notice
 * after the lead and its words of news (the first content word is its subject; the lead's own words, 季節 or になりました, are no part of what is
 * restated), or null when the draft opens with no lead.
 */
const SEASON_LEAD = /^[^。！!？?\n0-9０-９]{0,14}(?:シーズン|季節|時期|時季|頃|ころ|年度末|年度初め|新年度|年末|年の瀬|春|夏|秋|冬)(?:です|ですね|になりました|となりました|を迎えました|がやってきました|が近づいてきました|がスタートしました|到来)[ね〜ー！!]*[。！!\n]+\s*/u
function leadFacts(text: string): AnnouncementFacts | null {
  const lead = SEASON_LEAD.exec(text.trimStart())
  if (lead === null) return null
  return announcementFacts(canonicalForRepetition(text.trimStart().slice(lead[0].length)))
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
