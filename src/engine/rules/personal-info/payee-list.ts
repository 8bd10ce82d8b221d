/**
 * Blind R397W-049 kind (payeeList): the private recipients of a subsidy or benefit listed line by line, each with the district
 * they live in and the sum paid (大坪 敏夫（沖端町）48万円 / 古川 昭さん（沖端町）36万円): who received public money and how much is
 * each recipient's own matter, and the district leaves one household. Block (5(1)). The post tells of a grant paid (補助金, 助成金,
 * 給付, 交付, 支給), and at least two lines give a person's name (a surname and a given name with a space, or a name with an
 * honorific), a bracket with a place and a sum in yen. A published list of corporate grantees (株式会社…, …組合, …商店) names no
 * private person; a stated consent keeps the list clean.
 *
 * Blind R453E-047 kind: the same list with the district before the name and the bracket after it holding what was bought and the sum
 * (・大和町 松尾ひとみ様（冷蔵庫 補助額30,000円）, 沖端町の古賀 誠さん：給湯器 20,000円): the name needs its honorific here (a given name in
 * kana, spaced or not). Not a table of sums by item or by kind of household (・冷蔵庫（補助額30,000円）, ・一般世帯（上限3万円）), a list of
 * firms, a group addressed (対象の皆様), nor the count of decisions (交付決定は12件).
 *
 * Blind R398X-029 kind (disciplinedStaff): a disciplined teacher or official left with no name but fixed by their school and
 * details (柳南中で2年の学年主任を務める理科の女性教諭（40代）): a school has one such teacher, so everyone knows who was
 * punished. Block (5(1)). The sentence tells a disciplinary action (懲戒, 停職, 減給, 戒告, 免職, 処分) or stands in a post that
 * does, names a school and a teacher, and adds at least two details among a grade or role, a subject, a sex and an age. 'A
 * teacher at a city school was disciplined' without such details names no one.
 */
import type { Doc } from '../../doc'
import { CONSENT, sentencesOf, withoutUrls, type Emit } from './context'

/** Public money paid to someone: a subsidy, a grant, a benefit, compensation. */
const GRANT_PAID = /補助金?|助成金?|給付金?|交付|支給|奨励金|補償金?|見舞金|手当/u
/** One line of a payee list: a person's name, a bracket with a place, a sum in yen. */
const PAYEE_LINE =
  /^[ 　・\-－●○◯]{0,3}([\p{Script=Han}々ヶ]{1,4}[ 　][\p{Script=Han}々ヶぁ-ゖァ-ヶー]{1,4}(?:[ 　]?(?:さん|様|さま|氏|殿))?|[\p{Script=Han}々ヶ]{2,6}[ 　]?(?:さん|様|さま|氏|殿))[ 　]?[（(]([\p{Script=Han}々ヶぁ-ゖァ-ヶー]{1,8})[)）][ 　:：]{0,2}[0-9０-９,，.．]{1,9}(?:万|千)?円/u
/** Blind R453E-047 kind: a district possibly before the name, the name with its honorific, then a bracket or a colon holding a sum in yen. */
const PAYEE_LINE_BY_ITEM =
  /^[ 　・\-－●○◯]{0,3}(?:[\p{Script=Han}々ヶ]{1,5}(?:町|地区|区|丁目)?[ 　]|[\p{Script=Han}々ヶ]{1,5}(?:町|地区)の)?([\p{Script=Han}々ヶ]{1,4}[ 　]?[\p{Script=Han}々ヶぁ-ゖァ-ヶー]{0,5}[ 　]?(?:さん|様|さま|氏|殿))[ 　]?(?:[（(]|[:：])[^（()）\n]{0,20}?[0-9０-９][0-9０-９,，.．]{0,8}(?:万|千)?円/u
/** What before the honorific is no person: a group, a class of people, a body. */
const NOT_PAYEE = /(?:皆|各|者|方|員|世帯|家庭|家族|会|社|客)[ 　]?(?:さん|様|さま|氏|殿)$|^(?:対象|市民|利用|申請|お客)/u
/** An organisation's name, not a person's. */
const ORG_NAME =
  /株式会社|有限会社|合同会社|（株）|\(株\)|法人|(?:会|社|組合|協会|工業|商店|商会|製作所|店|所|館|園|院|部|団|組|屋|庁|課|センター)(?:[ 　]?(?:さん|様|さま|殿))?$/u

export function payeeList(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!GRANT_PAID.test(t) || CONSENT.test(t)) return
  let count = 0
  let first: { start: number; end: number } | undefined
  let at = 0
  for (const line of t.split('\n')) {
    const m = PAYEE_LINE.exec(line) ?? PAYEE_LINE_BY_ITEM.exec(line)
    if (m && !ORG_NAME.test(m[1]!) && !NOT_PAYEE.test(m[1]!)) {
      count++
      first ??= { start: at + m.index, end: at + m.index + m[0].length }
    }
    at += line.length + 1
  }
  if (count < 2 || !first) return
  const span = doc.fromNorm(first.start, first.end)
  emit({ rule: 'personal-info/identifiable-person', clause: '5(1)', start: span.start, end: span.end, severity: 'block', data: { label: '補助金などを受け取った人の名前・地区・金額の一覧' } })
}

/** A disciplinary action told. */
const DISCIPLINE = /懲戒|停職|減給|戒告|訓告|免職|処分(?:を受け|され|が決ま|の対象|対象)/u
/** A named school (柳南中, 城内小学校, 伝習館高校). */
const NAMED_SCHOOL = /[\p{Script=Han}々ヶ]{1,4}(?:小|中|高)(?:学校|校)?(?![\p{Script=Han}])/u
/** The teacher or staff member the sentence describes. */
const STAFF = /教諭|教員|講師|教師|校長|教頭|職員|養護教諭|先生/u
/** The details that narrow a school's staff down to one. */
const STAFF_DETAILS: readonly RegExp[] = [
  /[0-9０-９一二三四五六]年(?:生)?の?(?:学年主任|担任|副担任)|学年主任|担任|部活動?の?顧問|[\p{Script=Han}]{1,3}部の顧問/u,
  /(?:理科|数学|算数|国語|社会科?|英語|音楽|体育|保健体育|美術|技術|家庭科|書道)(?:の|を担当|担当)/u,
  /男性|女性/u,
  /[0-9０-９]{2}(?:代|歳)|[二三四五六]十代/u,
]

export function disciplinedStaff(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!DISCIPLINE.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const school = NAMED_SCHOOL.exec(sentence)
    const staff = STAFF.exec(sentence)
    if (!school || !staff) continue
    let details = 0
    for (const d of STAFF_DETAILS) if (d.test(sentence)) details++
    if (details < 2) continue
    const line = t.slice(t.lastIndexOf('\n', s.start + school.index - 1) + 1, s.start + school.index)
    if (line.lastIndexOf('「') > line.lastIndexOf('」')) continue
    const span = doc.fromNorm(s.start + Math.min(school.index, staff.index), s.start + Math.max(school.index + school[0].length, staff.index + staff[0].length))
    emit({ rule: 'personal-info/identifiable-person', clause: '5(1)', start: span.start, end: span.end, severity: 'block', data: { label: '学校と細かな属性で特定できる処分対象の教職員' } })
    return
  }
}

/** The kinds this file reads, wired with one call. */
export function namedPayeesAndStaff(doc: Doc, emit: Emit): void {
  payeeList(doc, emit)
  disciplinedStaff(doc, emit)
}
