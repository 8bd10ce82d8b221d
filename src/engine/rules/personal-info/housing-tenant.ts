/**
 * Blind R407G-021, -029, -038, -040, -044, -058 kinds (housingTenant): a tenant or an applicant of the city's housing pinned down by
 * what the housing desk keeps on them. Block. Five shapes:
 * - the unit, by the estate and its number (西浜団地3-105, みずほ住宅5-203, 2棟104号), then its tenant named with an honorific, past or present
 *   (…3-105にお住まいだった 井 手 和 也 様, …5-203の中園さんご一家), the name's letters may stand spaced apart;
 * - a room told by its number (104号室, 百四号室) and the one who lives there with a circumstance of theirs in the same sentence
 *   (…百四号室の方（生活保護を受けておられる一人暮らしの男性）): the neighbours know whose door it is;
 * - a guarantor or a co-signer named, with where they live or work (保証人：弟の荒木 聡様・大牟田市在住、有明運送にお勤め);
 * - a named person's income told beside their name on a matter of rent or housing (堤さん（みずほ住宅・年金だけで月8万円くらい）);
 * - a ranked list of applicants with their names (1位　大坪 恵子 様（受付No.118）) on a waiting or lottery list.
 * Not a unit repaired by building with no one named, a lottery told by receipt numbers only, a reduction explained in general, or
 * "a tenant" not named; not a stated consent.
 */
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import { CONSENT, sentenceSpan, withoutUrls, type Emit } from './context'

/** A person's name, its letters possibly spaced apart (井 手 和 也), then an honorific. */
const NAMED = '(?<name>[\\p{Script=Han}々ヶ](?:[ 　]?[\\p{Script=Han}々ヶ]){0,6})[ 　]?(?:さん|様|さま|氏)'
/** A role or a kin word with an honorific, not a name (入居者様, 親族様, 保証人様, 各位). */
const ROLE_NOT_NAME = /(?:者|人|族|員|主|皆|各位|戚|父|母|兄|弟|姉|妹|妻|親|息子|娘|家族)$/u
const isName = (m: RegExpExecArray): boolean => !ROLE_NOT_NAME.test(m.groups!['name']!.replace(/[ 　]/gu, ''))
/** The first match of `re` whose name is a name, a role word skipped by one character (お兄さまの田中様: 兄さま, then 田中様). */
function firstNamed(re: RegExp, t: string): RegExpExecArray | null {
  re.lastIndex = 0
  for (let m = re.exec(t), k = 0; m && k < 8; m = re.exec(t), k++) {
    if (isName(m)) return (re.lastIndex = 0), m
    re.lastIndex = m.index + 1
  }
  re.lastIndex = 0
  return null
}
/** An estate's unit: the estate then building and room (西浜団地3-105, みずほ住宅5号棟203号室). */
const ESTATE_UNIT =
  '(?:団地|住宅|市営|県営|荘|ハイツ|コーポ)[ 　]?(?:[0-9]{1,2}[-－ー‐][0-9]{2,4}|[0-9A-Za-z]{1,3}(?:号棟|棟|号館)[ 　]?[0-9]{2,4}[ 　]?号室?)'
/** The unit, then whoever lived or lives in it named. */
const UNIT_TENANT = new RegExp(
  `${ESTATE_UNIT}(?:[ 　]?(?:に(?:お住まい|住んで|入居|居住)[ぁ-ゖ]{0,6}|の|、|・|：|:)){0,2}[ 　]{0,2}(?:元?(?:入居者|居住者|住人)[ 　]?)?${NAMED}`,
  'gu',
)
/** A room by its number, in digits or in kanji numerals, then its occupant. */
const ROOM_OCCUPANT =
  /(?:[0-9]{3,4}|[一二三四五六七八九]?[百千][〇一二三四五六七八九十]{0,3})[ ]?号室(?:の|に(?:お住まい|住んで)[ぁ-ゖ]{0,6}の?)(?:方|入居者|住人|男性|女性|世帯|ご家族|お年寄り|高齢者)/gu
/** A circumstance of theirs (not one to be avoided: 滞納がないよう). */
const TENANT_CIRCUMSTANCE =
  /(?:生活保護|保護(?:を)?受給|一人暮らし|ひとり暮らし|独り暮らし|独居|身寄り|滞納|認知症|障が?い|障碍|施設に入|入院|亡くな|年金(?:暮らし|だけ|のみ)|無職|失業)(?![がの]?(?:ない|無い)よう|しないよう)/u
/** A guarantor, then within a short reach a name (each name read in turn: お兄さまの田中様 is 兄さま, then 田中様), then where they live or work. */
const GUARANTOR = /(?:連帯)?保証人/gu
const NAME_IN_REACH = new RegExp(NAMED, 'gu')
const LIVES_OR_WORKS = /^[^。\n]{0,30}?(?:在住|にお住まい|に住む|勤め|勤務|勤続)/u
function guarantorNamed(t: string): { start: number; end: number } | null {
  for (const g of matchAllOf(GUARANTOR, t, 4)) {
    const from = g.index + g[0].length
    const reach = t.slice(from, from + 30).split(/[。\n]/u)[0]!
    for (const n of matchAllOf(NAME_IN_REACH, reach, 4)) {
      const end = from + n.index + n[0].length
      if (isName(n) && LIVES_OR_WORKS.test(t.slice(end, end + 40))) return { start: g.index, end }
    }
  }
  return null
}
/** A named person's income, inside the bracket or the clause after their name. */
const NAMED_INCOME = new RegExp(
  `${NAMED}[（(]?[^。\\n）)]{0,24}?(?:年金|収入|所得|月収|年収|給料|給与|手取り)[^。\\n）)]{0,10}?[0-9０-９一二三四五六七八九十]{1,4}万円`,
  'gu',
)
const HOUSING_MATTER = /家賃|減免|住宅|団地|入居|退去/u
/** A ranked line of a list: 1位　大坪 恵子 様. */
const RANKED_NAME = new RegExp(`^[ 　]{0,2}[0-9]{1,2}[ 　]?(?:位|番)[ 　:：.]{0,3}${NAMED}`, 'gmu')
const WAITING_LIST = /補欠|待機|順位|抽選|申込|申し込み|受付(?:No|番号|NO|no)/u
/** A unit offered or a form's sample. */
const NOT_TOLD = /記入例|例[：:]|募集中|入居者(?:を)?募集|内覧/u

export function housingTenant(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (CONSENT.test(t) || NOT_TOLD.test(t)) return
  const hit = (a: number, b: number, what: string): void => {
    const span = doc.fromNorm(a, b)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: what } })
  }
  if (/[-－ー‐号]/u.test(t)) {
    const m = firstNamed(UNIT_TENANT, t)
    if (m) return hit(m.index, m.index + m[0].length, '住宅の部屋番号と入居者の名前')
  }
  if (t.includes('号室')) {
    for (const m of matchAllOf(ROOM_OCCUPANT, t, 4)) {
      const s = sentenceSpan(t, m.index)
      if (TENANT_CIRCUMSTANCE.test(t.slice(s.start, s.end))) return hit(m.index, m.index + m[0].length, '部屋番号で分かる入居者の事情')
    }
  }
  if (t.includes('保証人')) {
    const m = guarantorNamed(t)
    if (m) return hit(m.start, m.end, '保証人の名前と住所・勤務先')
  }
  if (t.includes('万円') && HOUSING_MATTER.test(t)) {
    const m = firstNamed(NAMED_INCOME, t)
    if (m) return hit(m.index, m.index + m[0].length, '名前と収入')
  }
  if (WAITING_LIST.test(t)) {
    const lines = matchAllOf(RANKED_NAME, t, 6).filter(isName)
    if (lines.length >= 2) return hit(lines[0]!.index, lines[0]!.index + lines[0]![0].length, '順位と申込者の名前')
  }
}
