/**
 * Blind R372V-020 kind: the people who applied for a public benefit or a place in public housing, named as the ones selected (市営住宅の入居
 * 抽選、今回当たったのは大城さん、松尾さん…の4世帯でした; 入居が決まったのは古賀さんご一家です; 補助金の交付が決まったのは堤様): an application
 * to the city is the applicant's business, and the winners' names tell everyone who is moving into which estate or who needed the aid. Block.
 * The sentence tells of the housing or the benefit and says the selection (当たった, 当選, 決まった, 選ばれた) right before the names; a raffle at
 * a festival (お楽しみ抽選会で当たったのは) tells of no application to the city.
 */
import type { Doc } from '../../doc'
import { sentenceSpan, withoutUrls, type Emit } from './context'

/** What someone applies to the city for: public housing, a subsidy, an allowance, a place in a nursery. */
const PUBLIC_APPLICATION =
  /(?:市営|県営|町営|村営|公営|市|県)(?:住宅|団地)|入居|補助金|助成金|給付金|奨励金|手当|就学援助|入園|入所|貸付|融資/u
/** The selection said right before the names: 当たったのは, 当選されたのは, 入居が決まったのは, 当選者は. */
const SELECTED_BEFORE_NAMES =
  /(?:当た(?:った|られた)|当選(?:した|された|なさった)?|決ま(?:った|られた)|決定(?:した|された)|選ばれ(?:た)|交付が決ま(?:った))(?:の|方|方々|世帯|皆さん)?(?:は|が)[、,]?[ 　]?|当選者(?:は|[:：])[ 　]?/gu
/** A name with its honorific right after the selection (大城さん, 古賀 一郎様, 堤さんご一家). */
const NAME_AFTER = /^(?![皆各])[\p{Script=Han}々ヶ]{1,4}(?:[ 　]?[\p{Script=Han}々ヶぁ-ゖァ-ヶー]{1,4})?[ 　]?(?:さん|様|さま|氏)(?![\p{Script=Han}])/u
const NOT_NAME = /^(?:皆|各|関係|本人|ご本人|代表|担当|どなた|どの|何|お客|ご家族|家族)|(?:者|人|員|会|社|課|係)(?:さん|様|さま|氏)$/u

export function selectedApplicants(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!PUBLIC_APPLICATION.test(t) || !/当た|当選|決ま|決定|選ばれ/u.test(t)) return
  SELECTED_BEFORE_NAMES.lastIndex = 0
  for (let m = SELECTED_BEFORE_NAMES.exec(t); m; m = SELECTED_BEFORE_NAMES.exec(t)) {
    const at = m.index + m[0].length
    const name = NAME_AFTER.exec(t.slice(at, at + 16))
    if (!name || NOT_NAME.test(name[0].replace(/[ 　]/gu, ''))) continue
    const s = sentenceSpan(t, m.index)
    if (!PUBLIC_APPLICATION.test(t.slice(s.start, s.end))) continue
    const lineStart = t.lastIndexOf('\n', m.index - 1) + 1
    const head = t.slice(lineStart, m.index)
    if (head.lastIndexOf('「') > head.lastIndexOf('」')) continue
    const span = doc.fromNorm(at, at + name[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '入居や給付に申し込んで選ばれた人の名前' } })
    return
  }
}
