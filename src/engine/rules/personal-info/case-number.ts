/**
 * Blind R425A-032 kind: the numbers of one person's welfare or DV case told where all can read them, with the person named or answered: a
 * reply or a paragraph opening with a name (佐々木様⏎…), or a name in the sentence, and in a paragraph about public assistance, violence at
 * home, a child or disability allowance, the number the desk gave the case (相談受付番号0428, 保護決定通知の番号は第12356号, ケース番号
 * 3-118, 受給者番号 204517). The number opens the file at the desk, and the words around it say what is in it: that the named one sought
 * help from violence or lives on assistance (要配慮個人情報). Block.
 *
 * Not a hotline or a desk's number (DV相談ナビ #8008, 0120-279-889, 0944-73-8111), a number's label with no value (受付番号をお控えください),
 * a number told with no one named or answered (受付番号0428の方は窓口へ), a public notice's number (告示第12号, 第3号様式), a sample (記入例),
 * or numbers in a paragraph with no welfare or DV matter.
 */
import type { Doc } from '../../doc'
import { matchAllOf } from '../../regex'
import { inExampleBlock, isExampleValue, namesPerson, sentenceSpan, staffBefore, withoutUrls, type Emit } from './context'

/** The case's matter: public assistance, violence at home, protection, an allowance, a disability certificate, care. */
const CASE_MATTER =
  /生活保護|保護(?:決定|開始|変更|廃止|停止|費)|DV|ドメスティック|配偶者(?:からの)?暴力|女性相談|一時保護|児童扶養手当|特別児童扶養手当|児童手当|就学援助|障(?:害|がい)者?手帳|療育手帳|精神(?:障(?:害|がい)者)?保健福祉手帳|自立支援医療|障(?:害|がい)(?:福祉)?サービス|要介護認定|生活困窮|住居確保給付金|児童相談所|虐待/u
/** A case's number, by its label, then its value (相談受付番号０４２８, 保護決定通知の番号は第１２３５６号, ケース番号：3-118). */
const CASE_NUMBER = new RegExp(
  String.raw`(?:(?:相談|申請|受付|整理|管理|ケース|事件|記録|決定|通知|認定|受給者|受給|世帯|支給)(?:受付)?(?:番号|No\.?|№)|(?:決定|通知|決定通知|通知書|受給者証|認定証|手帳)の番号)` +
    String.raw`[ 　]?(?:は|が|:|：)?[ 　]?(?:No\.?|№)?[ 　]?(第[ 　]?[0-9]{2,10}[ 　]?号|[A-Za-z]{0,2}[0-9]{2,10}(?:[\-－][0-9]{1,8})?(?:号|番)?)(?![0-9\-－])`,
  'gu',
)
/** The paragraph opens by calling one person by name: 佐々木様⏎, 中島さま、, @handle 古賀 美咲様、. */
const ADDRESSED =
  /^\s?(?:@[A-Za-z0-9_]{1,15}\s?)?(?!皆|みな|利用者|お客|市民|保護者|各位|関係)[\p{Script=Han}々ヶ]{1,4}(?:[ 　]?[\p{Script=Han}々ぁ-ゖァ-ヶー]{1,5})?[ 　]?(?:さま|様|さん|殿)(?:[、,！!]|[ 　]{0,2}\n)/u
/** A name in the sentence (not staff's): 佐々木様の, 中島 一郎さん. */
const NAME_IN = /(?<![\p{Script=Han}々ヶ])([\p{Script=Han}々ヶ]{1,4}(?:[ 　]?[\p{Script=Han}々][\p{Script=Han}々ぁ-ゖ]{0,3})?)[ 　]?(?:様|さま|さん|殿)/gu
const NOT_A_NAME = /^(?:皆|みな|各|お客|利用者|市民|保護者|相談者|申請者|受給者|関係者|担当|職員)|(?:者|員|長|課|係|局|所|館|園|院|校|会|社|部|室|庁)$/u
const STAFF_BEFORE = staffBefore('ケースワーカー|相談員|支援員|民生委員')
/** What makes a number a public notice's, a form's or a phone line's, not a case's. */
const NOT_A_CASE = /告示|条例|規則|様式|要綱|法律|政令|省令|(?:#|＃)[ 　]?$/u

export function caseNumber(doc: Doc, emit: Emit, reply: boolean): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!/[0-9]/u.test(t) || !CASE_MATTER.test(t)) return
  const addressed = reply || ADDRESSED.test(t)
  for (const m of matchAllOf(CASE_NUMBER, t, 8)) {
    const value = m[1]!
    const a = m.index + m[0].length - value.length
    const b = a + value.length
    if (NOT_A_CASE.test(t.slice(Math.max(0, m.index - 8), m.index)) || isExampleValue(t, a, b) || inExampleBlock(t, a, b)) continue
    if (/記入例|記載例|見本|(?:例|例えば)[:：]/u.test(t.slice(Math.max(0, m.index - 16), m.index))) continue
    const s = sentenceSpan(t, m.index)
    if (!addressed && !nameIn(t, s.start, s.end)) continue
    // The matter in the number's sentence, in its label, or in the sentence before (佐々木様⏎DV相談受付番号…の件、生活保護の申請と…).
    const near = t.slice(Math.max(0, s.start - 80), s.end)
    if (!CASE_MATTER.test(near)) continue
    // The value only: the same span as identifiers.ts gives a certificate's number it reads too (障害者手帳の番号 4471-2093).
    const span = doc.fromNorm(a, b)
    emit({ rule: 'personal-info/personal-id', start: span.start, end: span.end, severity: 'block', data: { label: '福祉・DV相談の受付・決定番号' } })
    return
  }
}

function nameIn(t: string, start: number, end: number): boolean {
  const sentence = t.slice(start, end)
  if (!namesPerson(sentence)) return false
  for (const m of matchAllOf(NAME_IN, sentence, 6)) {
    if (NOT_A_NAME.test(m[1]!) || STAFF_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue
    return true
  }
  return false
}
