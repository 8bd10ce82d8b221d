/**
 * Blind R376Z-011 kind: a private flat pinned to its door by the building's name and the room number (西蒲池の『コーポしおみ』203号室,
 * ハイツ「みずほ」105号室, メゾン柳川302号室), and its tenant, past or present and not named, told with what they did or a trouble of theirs
 * (退去した方が家具も家電もぜんぶ置いていってました, 前の住人が家賃を滞納したまま, お住まいの方の騒音で苦情が): everyone who knows the building
 * knows whose flat it was, and the post airs that person's conduct, learned in the city's work. Block. The name may stand in brackets with
 * the dwelling word inside or before them; the tenant and the trouble follow within the flat's sentence or the next. Not a flat offered or
 * shown (203号室の入居者を募集, 内覧会), a room of a public building (会議室, 公民館), a quoted example, or a stated consent.
 */
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import { CONSENT, sentenceSpan, withoutUrls, type Emit } from './context'

const DWELLING_WORD = '団地|住宅|アパート|マンション|ハイツ|コーポ|コーポラス|レジデンス|メゾン|ハイム|荘|寮|社宅|借家|貸家'
/** The building named (in brackets, or the dwelling word with its name), then its room number. */
const NAMED_FLAT = new RegExp(
  `(?:[「『][^「」『』\\n]{0,12}?(?:${DWELLING_WORD})[^「」『』\\n]{0,12}?[」』]|(?:${DWELLING_WORD})[ ]?[「『][^「」『』\\n]{1,12}[」』]|(?:${DWELLING_WORD})[\\p{Script=Han}ァ-ヶーA-Za-z]{1,8}|[\\p{Script=Han}ァ-ヶー]{1,8}(?:${DWELLING_WORD}))[ ]?(?:の[ ]?)?(?:[0-9A-Za-z]{1,3}(?:号棟|棟|号館)[ ]?)?[0-9]{2,4}[ ]?号室`,
  'gu',
)
/** Its tenant: the one who moved out, lived or lives there. */
const TENANT =
  /退去(?:した|された|して|され)|退室(?:した|された)|出て(?:いった|行った|いかれた|行かれた)|引っ?越(?:した|された|して)|転居(?:した|された)|前の(?:住人|入居者|居住者|方|人)|住んで(?:いた|おられた|らした|た|いる|おられる|らっしゃる|る)(?:方|人|男性|女性|世帯|ご家族)|お住まい(?:だった)?の(?:方|世帯|ご家族)|入居者|居住者|住人/u
/** What they did or the trouble told of them. */
const CONDUCT =
  /置いて(?:いっ|行っ|いか|行か|ある|あっ)|置きっ?ぱなし|置き去り|放置|残して(?:いっ|行っ|いか)|残したまま|そのまま(?:に|で)|捨てて|夜逃げ|滞納|未納|未払|騒音|苦情|トラブル|散乱|悪臭|異臭|ごみ屋敷|ゴミ屋敷|孤独死|亡くな|警察|通報|連絡(?:が|も)?(?:取れ|とれ|つか)/u
/** A flat offered, shown or let; a room of a public building. */
const NOT_TOLD = /募集|内覧|空室|空き部屋|入居(?:者)?(?:の)?(?:案内|受付|申込|申し込み)|会議室|集会所|集会室|公民館|センター|ホール|教室|例えば|たとえば|記入例/u

export function tenantConduct(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!/号室/u.test(t) || CONSENT.test(t)) return
  for (const m of matchAllOf(NAMED_FLAT, t)) {
    const end = m.index + m[0].length
    const s = sentenceSpan(t, m.index)
    const next = s.end + 1 < t.length ? sentenceSpan(t, s.end + 1).end : s.end
    const told = t.slice(end, Math.min(next, end + 120))
    const tenant = TENANT.exec(told)
    if (!tenant || !CONDUCT.test(told.slice(tenant.index)) || NOT_TOLD.test(t.slice(s.start, next))) continue
    const line = t.slice(t.lastIndexOf('\n', m.index - 1) + 1, m.index)
    if (line.lastIndexOf('「') > line.lastIndexOf('」')) continue
    const span = doc.fromNorm(m.index, end)
    emit({ rule: 'personal-info/lodging', start: span.start, end: span.end, severity: 'block', data: { what: '建物名と部屋番号で分かる住まいの入居者のこと' } })
    return
  }
}
