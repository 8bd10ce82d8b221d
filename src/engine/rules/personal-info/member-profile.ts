/**
 * Team R42B-062 kind: a private member of a volunteer body (a fire brigade's 団員, a club's 部員, a team's 選手) named in full with their age
 * and told with two or more of where they live or work, their trade and the school they came from (第3分団の …団員（28）は、沖端町で鮮魚店を
 * 営みながら…。柳川商業高校ラグビー部の出身; 班員の … さん（35歳）、三橋町で農業を営み、柳城中出身): together they leave one person in a small
 * town. Block. The name is a full one (a space between its parts, or a title after it: 団員, 隊員, 分団長, 班長, 部員, 選手, さん); the age in
 * the bracket after it; the details told in the same sentence or the next one. Not a volunteer thanked by name (…団員（28）、おめでとう), a
 * public figure in their role (市長, 議員, 署長, 校長), nor a member told with one detail only (…さん（40）は沖端町の方です).
 */
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import { CONSENT, sentencesOf, withoutUrls, type Emit } from './context'

const MEMBER =
  /(?<![\p{Script=Han}々ヶ])([\p{Script=Han}々ヶ]{1,3}[ 　][\p{Script=Han}々]{1,3}|[\p{Script=Han}々ヶ]{1,3}[ 　][ァ-ヶー]{2,5})[ 　]?(団員|分団長|副分団長|班長|班員|隊員|部員|選手|会員|さん|くん|君|氏)[ 　]?[（(][ 　]?([0-9０-９]{1,3})(?:歳|才)?[ 　]?[)）]/gu
const PUBLIC_ROLE = /市長|副市長|町長|村長|知事|議長|議員|署長|校長|教育長|園長|館長|局長|部長|課長|大臣/u
/** Where they live or work: 沖端町で, 三橋町在住, 大和町の出身, 西蒲池に住む. */
const DISTRICT = /[\p{Script=Han}ヶノ々]{1,6}(?:町|村|地区|校区)(?:[\p{Script=Han}ヶノ々]{0,4})?(?:で(?!は)|在住|に住|にお住まい|の自宅|に暮ら)/u
/** The trade: 鮮魚店を営み, 農業を営む, 会社に勤め, 工務店で働く, 家業の…を継ぎ. */
const TRADE =
  /(?:店|屋|業|工務店|商店|医院|農園|工場|会社|事務所)(?:を|で)[ 　]?(?:営み|営む|営ん|経営|切り盛り|継ぎ|継い|働き|働く|働い|勤め|勤務)|(?:に|で)(?:お?勤め|勤務)|家業|自営|農業を|漁業を|漁師|大工/u
/** The school they came from: …高校ラグビー部の出身, …中学校卒業, …大学OB. */
const SCHOOL = /(?:小学校|中学校|中学|高校|高等学校|高専|大学|[小中高])(?:[\p{Script=Han}ァ-ヶー]{1,8}部)?(?:の)?[ 　]?(?:出身|卒業|卒|OB|OG|在学)/u

export function memberProfile(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (CONSENT.test(t)) return
  if (!/[（(][ 　]?[0-9０-９]{1,3}/u.test(t)) return
  const sentences = sentencesOf(t)
  for (const m of matchAllOf(MEMBER, t)) {
    if (PUBLIC_ROLE.test(t.slice(Math.max(0, m.index - 8), m.index + m[0].length))) continue
    const i = sentences.findIndex((s) => s.start <= m.index && m.index < s.end)
    if (i < 0) continue
    // The details told after the name, in its sentence and the next (at most 160 characters).
    const told = t.slice(m.index + m[0].length, Math.min(sentences[Math.min(sentences.length - 1, i + 1)]!.end, m.index + m[0].length + 160))
    const details = (DISTRICT.test(told) ? 1 : 0) + (TRADE.test(told) ? 1 : 0) + (SCHOOL.test(told) ? 1 : 0)
    if (details < 2) continue
    const span = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '氏名・年齢と住む町・職業・出身校で特定できる私人' } })
    return
  }
}
