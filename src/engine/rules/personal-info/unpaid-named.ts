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
 */
import type { Doc } from '../../doc'
import { CONSENT, sentencesOf, withoutUrls, type Emit } from './context'

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

export function unpaidNamed(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!UNPAID.test(t) || CONSENT.test(t)) return
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
