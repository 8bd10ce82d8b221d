/**
 * Who has not paid, told to everyone: a fee, a charge or a tax owed to the city or to a neighbourhood, and the ones behind with it singled
 * out. Block (4(4)): a debt is the person's own matter, learned in the city's work or the neighbourhood's.
 *
 * Blind R376Z-024 kind (unpaidRoster): the ones behind listed line by line, each by name with an honorific and a place that fixes the
 * household (・A区画12番（立花町 堤様）, ・大和町 江口様, ・3号棟 末吉さん), under a sentence telling that these have not paid (納付が確認できて
 * いない区画は次のとおりです, 未納の方（敬称略）). Two lines or more. Not a list of donors, winners or staff (no arrears told of it), nor a
 * reminder that names no one as behind (未納のないようお願いします, 未納の場合は).
 *
 * Blind R376Z-044 kind (unpaidRemaining): the households still to pay, pointed at as neighbours know them, by their surname (大坪さんち,
 * 古賀さん宅, 堤さんのところ) or by a shop placed by a landmark (角の酒屋さん, 向かいの米屋さん), in a sentence of a fee or a charge and of
 * what is left (残りは…だけ, あと…のみ, まだ払っていない). Not a house used as a landmark (大坪さんちの前の水路), a role holder's home as the
 * place to bring the money (班長さん宅へお持ちください), nor a household thanked for having paid.
 */
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import { CONSENT, sentenceSpan, withoutUrls, type Emit } from './context'

/** A list line (bullets and numbers read after NFKC: ① is 1, ＊ is *). */
const LIST_LINE = /^[ ]{0,2}(?:[・\-*●○◆◇■□▪]|[0-9]{1,2}[.)])[ ]?([^\n]{2,48})$/gmu
/** A name with its honorific, the kanji run right before it (堤様, 山田 太郎さん: 太郎). */
const HONORED = /(?<![\p{Script=Han}々ヶ])([\p{Script=Han}々ヶ]{1,4})[ ]?(?:様|さま|さん|氏)(?![\p{Script=Han}ぁ-ゖ])/gu
/** No one's name: a group, a body, a role. */
const NOT_PERSON = /^(?:皆|各位|何|貴)|(?:者|社|会|店|課|係|局|所|館|園|院|校|組|団|員|部|室|庁|長|一同|家族|一家|町|村|区|市|県|寺|神社|先生)$/u
/** A place that fixes the household on the line: a plot, a number, a town or a district. */
const PLACE = /区画|墓所|墓地|[0-9]{1,4}(?:番|号)|[\p{Script=Han}々ヶ]{1,5}(?:町|村|地区|丁目)|団地|号棟/u
const UNPAID_STATE =
  '未納|滞納|未払い?|(?:納付|お?支払い?|入金|納入)(?:が|の)?(?:確認(?:でき|出来)(?:て)?(?:い|お)?(?:ない|ません|りません)|済んで(?:い|お)(?:ない|りません|ません)|されて(?:い|お)(?:ない|りません|ません))|納められて(?:い|お)(?:ない|ません|りません)|お?支払(?:い)?(?:を)?いただけて(?:い|お)?(?:ない|ません|りません)'
/** The arrears told of the list: in a sentence pointing to it (次のとおり, 以下, 下記), or as its heading (未納の方, 滞納者). */
const UNPAID_LISTED = new RegExp(
  `(?:${UNPAID_STATE})[^。！？!?\\n]{0,24}?(?:次のとおり|次の通り|以下のとおり|以下の通り|下記|以下|次の|一覧|[:：])|(?:未納|滞納|未払い?)(?:者|の方|の世帯|の区画)(?!の?(?:ない|ならない)よう)`,
  'u',
)

export function unpaidRoster(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!UNPAID_LISTED.test(t) || CONSENT.test(t)) return
  let count = 0
  let first: { start: number; end: number } | null = null
  for (const line of matchAllOf(LIST_LINE, t)) {
    const body = line[1]!
    if (!PLACE.test(body)) continue
    const name = [...matchAllOf(HONORED, body)].find((n) => !NOT_PERSON.test(n[1]!))
    if (!name) continue
    count++
    if (!first) {
      const a = line.index + line[0].length - body.length
      first = { start: a, end: a + body.length }
    }
  }
  if (count < 2 || !first) return
  const span = doc.fromNorm(first.start, first.end)
  emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '未納と一緒に挙げた名前と地区' } })
}

/** A household pointed at by its surname (大坪さんち, 古賀さん宅, 堤さんのところ), not as a landmark (大坪さんちの前). */
const SURNAME_HOUSE =
  /(?<![\p{Script=Han}々ヶ])([\p{Script=Han}々ヶ]{1,4})(?:さん|様|さま)(?:ん?ち|家|宅|のお宅|のおうち|のところ|のとこ)(?!の?(?:前|横|裏|隣|向かい|角|近く|そば|あたり|付近|方向|方面)|へ|まで|に(?:お持ち|届け|持って))/gu
/** A shop placed by a landmark (角の酒屋さん, 向かいの米屋さん). */
const LANDMARK_SHOP = /(?:角|隣|向かい|前|裏|横|そば|斜め前|奥)の[\p{Script=Han}ぁ-ゖァ-ヶー]{1,5}屋さん(?!の?(?:前|横|裏|隣|向かい|角|近く|そば|あたり|付近))/gu
/** A role holder's home, no debtor (班長さん宅, 区長さんち). */
const ROLE = /^(?:皆|班長|区長|組長|会長|町内会長|自治会長|民生委員|隣組|当番|お隣|隣|向かい|近所|ご近所|大家|家主|担当)|長$/u
/** A fee or a charge the sentence is about. */
const PAY_MATTER = /負担金|分担金|会費|区費|管理料|管理費|使用料|[\p{Script=Han}]{1,6}税|保険料|集金|納付|納入|支払|払い|払っ|未納|滞納|寄付|協賛金|受信料|家賃|積立金/u
/** What is left: the rest are these, still not paid. */
const LEFT_OVER =
  /残り(?:は|の|が)|残る(?:は|の)|あと(?:は)?[^。！？!?\n]{0,24}?(?:だけ|のみ)|(?:だけ|のみ)(?:に|と)?(?:なり|な|とな)|を残す(?:のみ|だけ)|まだ(?:の|な|払|納|出|です)|未納|滞納|(?:払って|納めて|出して|支払って)(?:い|お)?(?:ない|ません|らん|なか)|(?:払わ|納め|出さ)(?:ない|ん|れ(?:ない|ん))/u

export function unpaidRemaining(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!PAY_MATTER.test(t) || CONSENT.test(t)) return
  const hits = [...matchAllOf(SURNAME_HOUSE, t)].filter((m) => !ROLE.test(m[1]!))
  for (const m of matchAllOf(LANDMARK_SHOP, t)) hits.push(m)
  for (const m of hits) {
    const s = sentenceSpan(t, m.index)
    const sentence = t.slice(s.start, s.end)
    if (!PAY_MATTER.test(sentence) || !LEFT_OVER.test(sentence)) continue
    if (/ありがとう|お支払いいただきました|納めていただきました|払ってくださ(?:い|っ)ました/u.test(t.slice(m.index, s.end))) continue
    const line = t.slice(t.lastIndexOf('\n', m.index - 1) + 1, m.index)
    if (line.lastIndexOf('「') > line.lastIndexOf('」')) continue
    const span = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: 'まだ払っていない世帯' } })
    return
  }
}
