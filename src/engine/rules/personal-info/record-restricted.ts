/**
 * Blind R381E-021 kind: someone who asked the counter to keep their resident record from a person they fled (住民票を見られないようにして
 * ほしい, 支援措置を申し出られた, 閲覧制限をかけた) told by what sets them apart: their age, the children with them, where they lived before and
 * where they live now (…30代のお母さん。前に住んでいた久留米のアパート…今は皿垣開の市営住宅で). The measure exists so that the one they fled
 * cannot find them; a post placing them by two such details undoes it. Block, named or not. The restriction is told as one person's request
 * in the paragraph, and two details of that person: an age band, the children by number, the place left, the dwelling now in a district.
 * The measure explained (支援措置を申し出ることができます), or a case told as an example (…といったケース), is not this.
 */
import type { Doc } from '../../doc'
import { sentencesOf, withoutUrls, type Emit } from './context'

/** The restriction of a resident record asked for: the support measure, or the record or the address kept from someone. */
const RESTRICTED =
  /(?:DV|ドメスティック・?バイオレンス)?等?支援措置|(?:閲覧|交付)(?:の)?制限|(?:住民票|戸籍の?附票|住所|転居先|引っ越し先)(?:を|が)[^。！？!?\n]{0,6}?(?:見られ|知られ|取られ|教えられ|分から|わから)(?:ない|ん)よう/u
/** A person told as the one it is about: a mother, a woman, a household. */
const PERSON = /お母さん|お母様|母親|ママ|お父さん|父親|女性|男性|母子|親子|ご家族|世帯|奥さん|方(?:が|は|で|。|$)/u
const AGE_BAND = /(?<![0-9])[1-9]0代|[二三四五六七八九]十代|(?<![0-9])[0-9]{2}(?:歳|才)/u
const CHILDREN = /(?:お子さん|子ども|子供|お子様|息子さん|娘さん)[^。！？!?\n]{0,3}?(?:[0-9]{1,2}|[一二三四五])人|(?:[0-9]{1,2}|[一二三四五])人の(?:お子さん|子ども|子供|お子様)/u
const PLACE_LEFT = /(?:前に|以前|もともと|元々)[^。！？!?\n]{0,6}?(?:住んで|暮らして|お住まい)[^。！？!?\n]{0,4}?[\p{Script=Han}ヶノ々]{2,6}の|[\p{Script=Han}ヶノ々]{2,6}から[^。！？!?\n]{0,8}?(?:越して|越され|引っ越|転入)/u
const DWELLING_NOW =
  /[\p{Script=Han}ヶノ々]{2,6}(?:町|地区)?の(?:市営住宅|県営住宅|町営住宅|公営住宅|団地|アパート|マンション|借家|貸家|一軒家|住宅|ご実家|実家)(?:で|に)[^。！？!?\n]{0,12}?(?:暮ら|住|生活|入居|過ご|お住まい)/u
const AS_EXAMPLE = /ケース|例えば|たとえば|ような|場合|ください|できます|ことができ/u

export function restrictedRecord(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!RESTRICTED.test(t) || !PERSON.test(t)) return
  let told = false
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    if (RESTRICTED.test(sentence) && !AS_EXAMPLE.test(sentence)) told = true
  }
  if (!told) return
  const details = [AGE_BAND, CHILDREN, PLACE_LEFT].filter((re) => re.test(t)).length
  const now = DWELLING_NOW.exec(t)
  if (details + (now ? 1 : 0) < 2) return
  const at = now ?? RESTRICTED.exec(t)!
  const span = doc.fromNorm(at.index, at.index + at[0].length)
  emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '住民票の支援措置を求めた人とその住まい' } })
}
