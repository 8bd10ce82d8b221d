/**
 * Blind R377A-058 kind (unpaidNamed): one person named as not having paid, with a bracket that fixes who they are (西田さま（両開小2年・4年の
 * お子さまの保護者）, 堤様（大和町・80代）): the arrears are the person's own matter, and the bracket leaves one household. Block (4(4)). The
 * sentence tells the arrears (未納, 滞納, 納付が確認できていない) and the name with its honorific is followed by a bracket telling a child's
 * school and year, a guardian, an age or a district. A call to everyone behind (未納の方はご連絡ください) names no one; the desk's staff
 * (担当の西田まで) carry no honorific bracket.
 *
 * Blind R441S-031 kind: the person may be fixed by the town before the name instead (…市…町…の森田健一様宛て（滞納額…円）, …町在住の…様の
 * 滞納分), the honorific followed by 宛て or の, the bracket telling the amount: a named private person with their town and their arrears, as in
 * an apology for a letter sent astray. Not an apology that names no one (一部の方に別の方の督促状が届きました), a staff member at a town's
 * office (…町公民館の…さん), nor a name with no town before it.
 *
 * Blind R450B-014 kind (placedDefaulters): private persons named by surname and where they live (…駅近くの…さん, …の近くの…様, a district
 * named bare in a list: …の…さん、…の…さん) as those who have not done what they owe: not paid, not vaccinated their dog, not handed in a
 * form, not registered (未納, 滞納, 未接種, 未提出, 接種が確認できていない, 登録が済んでいない, 督促, 違反), in that sentence or the one just
 * before (…督促のハガキを…まだ…確認できていない方が…。…駅近くの…さん、…の…さん、…). A reminder in public with the name and the place
 * is one household's default told to its neighbours. Not staff or a desk named to ask (…課の…さん, 担当の…さん, 窓口の…様), a place
 * named with no one (駅前の動物病院), nor a reminder naming no one.
 */
import type { Doc } from '../../doc'
import { CONSENT, quotedOnLine, sentencesOf, withoutUrls, type Emit } from './context'

const UNPAID =
  /未納|滞納|未払い?|(?:納付|お?支払い?|入金|納入)(?:が|の)?[^。！？!?\n]{0,8}?(?:確認(?:でき|出来)(?:て)?(?:い|お)?(?:ない|ません|りません)|済んで(?:い|お)(?:ない|りません|ません)|されて(?:い|お)(?:ない|りません|ません))/u
const NAMED_BRACKET =
  /(?<![\p{Script=Han}々ヶ])([\p{Script=Han}々ヶ]{1,4}(?:[ 　][\p{Script=Han}々ヶ]{1,3})?)[ 　]?(?:さん|様|さま|氏)(?:宛て?|あて)?[ 　]?[（(]([^（()）\n]{2,40})[)）]/gu
/** Blind R441S-031 kind: a name (surname and given name, or with an honorific) right after its town (…町垂見の森田健一様, …町在住の…さん). */
const TOWN_NAMED =
  /[\p{Script=Han}々ヶ]{1,6}(?:町|村|地区|丁目|番地)[\p{Script=Han}々ヶ0-9-]{0,6}?(?:の|在住の|にお住まいの)[ 　]?([\p{Script=Han}々ヶ]{2,4}(?:[ 　][\p{Script=Han}々ヶ]{1,3})?)[ 　]?(?:さん|様|さま|氏)(?:宛て?|あて|の|[（(])/gu
/** A place named before the name that is an office or a venue, not a home (…町公民館の…さん). */
const OFFICE_BEFORE = /(?:館|所|課|係|局|校|園|院|会|部|室|署|店|社|センター)(?:の|在住の|にお住まいの)[ 　]?$/u
const FIXES_WHO = /[小中高](?:学校)?[ 　]?[0-9一二三四五六]年|保護者|お子(?:さん|さま|様)|[0-9]{1,3}[ 　]?(?:歳|才|代)|[\p{Script=Han}]{1,4}(?:町|地区|校区)/u
const NOT_PERSON = /^(?:皆|各|何)|(?:者|社|会|課|係|局|所|館|園|院|校|組|団|部|室|庁|長)$/u

/** Blind R450B-014 kind: an obligation not done, or reminded of (督促, 未接種, 未提出, 違反, …が確認できていない, …が済んでいない). */
const NOT_DONE = new RegExp(
  String.raw`${UNPAID.source}|督促|催告|未(?:接種|提出|受診|登録|申告|更新|届|回収|返却)|(?:接種|提出|届出|届け出|登録|受診|申告|更新|手続き|返却|注射)(?:が|の|を)?[^。！？!?
]{0,8}?(?:確認(?:でき|出来)(?:て)?(?:い|お)?(?:ない|ません|りません)|済んで(?:い|お)(?:ない|りません|ません)|されて(?:い|お)(?:ない|りません|ません)|(?:し|され)ていない|まだ)|違反(?:が|を)?(?:続|繰り返|あ)`,
  'u',
)
const SURNAME = String.raw`([\p{Script=Han}々ヶ]{1,3})[ 　]?(?:さん(?!ぽ)|様|さま(?!ざま)|氏)(?![\p{Script=Han}])`
/** Blind R450B-014 kind: a surname placed by a landmark's side or a town (…駅近くの…さん, …小学校の近くの…様, …町の…さん). */
const LANDMARK_NAMED = new RegExp(
  String.raw`(?:(?:駅|バス停|公民館|神社|寺|学校|小|中|橋|交差点|郵便局|病院|スーパー|コンビニ|公園)(?:の)?(?:すぐ)?(?:近く|前|そば|付近|周辺|裏|向かい|隣|横)|[\p{Script=Han}々ヶ]{1,6}(?:町|村|地区|丁目|団地|住宅))(?:の|にお住まいの|在住の)[ 　]?${SURNAME}`,
  'gu',
)
/** A district named bare before a surname in a list (…の…さん、…の…さん): two or more such names. */
const BARE_NAMED = new RegExp(String.raw`(?<![\p{Script=Han}々ヶ])([\p{Script=Han}々ヶ]{2,4})の[ 　]?${SURNAME}`, 'gu')
/** A role, a desk or a body before the name, not a place where they live (担当の, 収納課の, 館長の, 公民館の). */
const NOT_PLACE = /(?:長|員|当|者|課|係|局|所|館|会|社|店|部|室|署|師|生|主|族|庁|口|センター|先生|病院|学校|役|組|団|委員)$/u

/** Some told to be behind: …方が数名いらっしゃいます, …世帯があります, …人がいます. */
const SOME_HAVE_NOT = /(?:方|人|世帯|飼い主さん|飼い主様|ご家庭|お宅|家庭)(?:が|も)[^。！？!?\n]{0,10}?(?:います|いらっしゃいます|いらっしゃる|おられます|おります|あります|いる|ある)/u

function placedDefaulters(doc: Doc, t: string, emit: Emit): boolean {
  const spans = sentencesOf(t)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const sentence = t.slice(s.start, s.end)
    // The state in the sentence, or in the one before telling that some have not done it (…確認できていない飼い主さんが数名いらっしゃいます).
    const prev = i > 0 ? t.slice(spans[i - 1]!.start, spans[i - 1]!.end) : ''
    if (!NOT_DONE.test(sentence) && !(NOT_DONE.test(prev) && SOME_HAVE_NOT.test(prev))) continue
    const hits: { at: number; end: number }[] = []
    LANDMARK_NAMED.lastIndex = 0
    for (let m = LANDMARK_NAMED.exec(sentence), k = 0; m && k < 6; m = LANDMARK_NAMED.exec(sentence), k++) {
      if (!NOT_PERSON.test(m[1]!) && !OFFICE_BEFORE.test(sentence.slice(m.index, m.index + m[0].indexOf(m[1]!)))) hits.push({ at: m.index, end: m.index + m[0].length })
    }
    let bare = 0
    let first: { at: number; end: number } | null = null
    BARE_NAMED.lastIndex = 0
    for (let m = BARE_NAMED.exec(sentence), k = 0; m && k < 6; m = BARE_NAMED.exec(sentence), k++) {
      if (NOT_PLACE.test(m[1]!) || NOT_PERSON.test(m[2]!)) continue
      bare++
      first ??= { at: m.index, end: m.index + m[0].length }
    }
    const hit = hits[0] ?? (bare + hits.length >= 2 ? first : null)
    if (!hit || quotedOnLine(t, s.start + hit.at)) continue
    const span = doc.fromNorm(s.start + hit.at, s.start + hit.end)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '未納・未接種などで名指しした人（名字と住む場所）' } })
    return true
  }
  return false
}

export function unpaidNamed(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (CONSENT.test(t)) return
  if (NOT_DONE.test(t) && placedDefaulters(doc, t, emit)) return
  if (!UNPAID.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    if (!UNPAID.test(sentence)) continue
    NAMED_BRACKET.lastIndex = 0
    for (let m = NAMED_BRACKET.exec(sentence), k = 0; m && k < 6; m = NAMED_BRACKET.exec(sentence), k++) {
      if (NOT_PERSON.test(m[1]!.replace(/[ 　]/gu, '')) || !FIXES_WHO.test(m[2]!)) continue
      const line = t.slice(t.lastIndexOf('\n', s.start + m.index - 1) + 1, s.start + m.index)
      if (line.lastIndexOf('「') > line.lastIndexOf('」')) continue
      const span = doc.fromNorm(s.start + m.index, s.start + m.index + m[0].length)
      emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '未納と一緒に名前を挙げた人' } })
      return
    }
    TOWN_NAMED.lastIndex = 0
    for (let m = TOWN_NAMED.exec(sentence), k = 0; m && k < 6; m = TOWN_NAMED.exec(sentence), k++) {
      const nameAt = m.index + m[0].indexOf(m[1]!)
      if (NOT_PERSON.test(m[1]!.replace(/[ 　]/gu, '')) || OFFICE_BEFORE.test(sentence.slice(m.index, nameAt))) continue
      const line = t.slice(t.lastIndexOf('\n', s.start + m.index - 1) + 1, s.start + m.index)
      if (line.lastIndexOf('「') > line.lastIndexOf('」')) continue
      const span = doc.fromNorm(s.start + m.index, s.start + m.index + m[0].length)
      emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '未納と一緒に住む町と名前を挙げた人' } })
      return
    }
  }
}
