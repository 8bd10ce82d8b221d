/**
 * Blind R370T-032, R372V-026 kind: the owner of a house or a plot the post is about, named (所有者の立花 幸子さん, 持ち主の大塚さん, 家主の古賀様),
 * and told in the same sentence how their life stands: in care or in hospital (施設に入所されていて, 入院中で), living away with kin (今は佐賀の娘さん
 * のところで暮らしておられて), passed away, or behind on the tax of the property (固定資産税もここ数年納められていない): the house tells the
 * neighbours whose it is, and the post tells everyone that person's health, whereabouts or debts, learned in the city's work. Block. Not an
 * owner thanked or told to act (所有者の古賀さんのご厚意で, 所有者の方へ), nor the owner's circumstances quoted as an example.
 */
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import { sentenceSpan, withoutUrls, type Emit } from './context'

/** A property the post is about: an empty house, a building, a plot. */
const PROPERTY = /空き家|空家|家屋|建物|土地|物件|廃屋|倉庫|納屋|住宅|お宅|ご自宅/u
/** The owner named right after the word for them (所有者の立花 幸子さん, 持ち主の大塚さん, 家主である古賀様). */
const NAMED_OWNER =
  /(?:所有者|持ち主|持主|家主|名義人|地権者)(?:の|である|で|は|、)?[ 　]?((?![皆各方])[\p{Script=Han}々ヶ]{1,4}(?:[ 　]?[\p{Script=Han}々ヶぁ-ゖァ-ヶー]{1,4})?)[ 　]?(?:さん|様|さま|氏)(?![\p{Script=Han}])/gu
/** How the owner's life stands: care, hospital, death, living away with kin, the property's tax unpaid. */
const OWNER_CIRCUMSTANCE = new RegExp(
  [
    String.raw`(?:施設|ホーム|老人ホーム|特養|病院)に(?:入所|入居|入院|入っ|入られ)`,
    String.raw`入所(?:中|して|され|な)|入院(?:中|して|され)|認知症|寝たきり|要介護`,
    String.raw`亡くな(?:られ|っ|り)|他界|逝去`,
    String.raw`(?:娘|息子|お子|子ども|子供|親族|親戚|ご家族|家族|ご兄弟|兄弟|姉妹)(?:さん|様|さま)?の(?:ところ|とこ|もと|家|お宅|近く)(?:で|に)(?:暮ら|生活|住|お住まい|身を寄せ|同居)`,
    String.raw`(?:固定資産税|市税|住民税|税金|税)[^。！？!?\n]{0,12}?(?:滞納|未納|納められて(?:い|お)(?:ない|らず|られない|りません)|納めて(?:い|お)(?:ない|られない|らず)|納付されて(?:い|お)(?:ない|らず|りません)|払われて(?:い|お)(?:ない|らず))`,
  ].join('|'),
  'u',
)
/** Not a name: a role or a word that takes an honorific (皆様, 関係者, ご本人). */
const NOT_OWNER_NAME = /^(?:皆|各|関係|本人|ご本人|代表|担当|管理|お客|ご家族|家族|親族)|(?:者|人|員|会|社|課|係)$/u

export function ownerCircumstances(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!/所有者|持ち主|持主|家主|名義人|地権者/u.test(t) || !PROPERTY.test(t)) return
  let last = -1
  for (const m of matchAllOf(NAMED_OWNER, t)) {
    const name = m[1]!.replace(/[ 　]/gu, '')
    if (NOT_OWNER_NAME.test(name)) continue
    const s = sentenceSpan(t, m.index)
    if (s.start === last) continue
    const lineStart = t.lastIndexOf('\n', m.index - 1) + 1
    const head = t.slice(lineStart, m.index)
    if (head.lastIndexOf('「') > head.lastIndexOf('」')) continue
    const end = m.index + m[0].length
    if (!OWNER_CIRCUMSTANCE.test(t.slice(end, s.end))) continue
    last = s.start
    const span = doc.fromNorm(m.index, end)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '所有者の名前と暮らし・入所・納税の事情' } })
  }
}
