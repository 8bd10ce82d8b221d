/**
 * Blind R373W-010 kind (applicantLine): a permit, a transfer or a registration told with the one who applied set out on a labelled line
 * (申請人：堤 昭夫さん（79歳）, 譲受人：古賀様): an application to the city or its boards is the applicant's business, and their name beside a
 * parcel or an age tells everyone whose land it is and why. Block. The label is a party to an application (申請人, 申請者, 譲受人, 譲渡人,
 * 借受人, 貸付人); the value is a person's name with an honorific or an age after it; the text is about a permit or an application. A
 * company or a body on the line (申請者：柳川市土地改良区) and a role (申請者：本人) are not a person.
 */
import type { Doc } from '../../doc'
import { CONSENT, withoutUrls, type Emit } from './context'

const PERMIT_MATTER = /許可|申請|転用|届出|認可|承認|審査|審議|議案|総会/u
const PARTY_LABEL_LINE =
  /^[ 　]{0,2}[・\-*●○◆◇■□]?[ 　]?(?:申請人|申請者|譲受人|譲渡人|借受人|貸付人|転用者|届出人|届出者)[ 　]*[:：][ 　]*((?![皆各])[\p{Script=Han}々ヶ]{1,4}(?:[ 　]?[\p{Script=Han}々ヶぁ-ゖァ-ヶー]{1,4})?)[ 　]?(?:(?:さん|様|さま|氏)|[（(][ 　]?[0-9]{1,3}[ 　]?(?:歳|才)?[ 　]?[)）])/gmu
const NOT_PERSON = /^(?:本人|ご本人|代表|同上|同左|不明|なし|市長|個人)|(?:者|社|会|課|係|局|所|館|園|院|校|組|団|部|室|庁|区|組合|法人|市|町|村|県)$/u

export function applicantLine(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!PERMIT_MATTER.test(t) || CONSENT.test(t)) return
  PARTY_LABEL_LINE.lastIndex = 0
  for (let m = PARTY_LABEL_LINE.exec(t), k = 0; m && k < 8; m = PARTY_LABEL_LINE.exec(t), k++) {
    const name = m[1]!.replace(/[ 　]/gu, '')
    if (NOT_PERSON.test(name)) continue
    const at = m.index + m[0].length - m[0].slice(m[0].indexOf(m[1]!)).length
    const span = doc.fromNorm(at, m.index + m[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '申請した人の名前' } })
    return
  }
}
