/**
 * Blind R377A-058 kind (unpaidNamed): one person named as not having paid, with a bracket that fixes who they are (西田さま（両開小2年・4年の
 * お子さまの保護者）, 堤様（大和町・80代）): the arrears are the person's own matter, and the bracket leaves one household. Block (4(4)). The
 * sentence tells the arrears (未納, 滞納, 納付が確認できていない) and the name with its honorific is followed by a bracket telling a child's
 * school and year, a guardian, an age or a district. A call to everyone behind (未納の方はご連絡ください) names no one; the desk's staff
 * (担当の西田まで) carry no honorific bracket.
 */
import type { Doc } from '../../doc'
import { CONSENT, sentencesOf, withoutUrls, type Emit } from './context'

const UNPAID =
  /未納|滞納|未払い?|(?:納付|お?支払い?|入金|納入)(?:が|の)?[^。！？!?\n]{0,8}?(?:確認(?:でき|出来)(?:て)?(?:い|お)?(?:ない|ません|りません)|済んで(?:い|お)(?:ない|りません|ません)|されて(?:い|お)(?:ない|りません|ません))/u
const NAMED_BRACKET =
  /(?<![\p{Script=Han}々ヶ])([\p{Script=Han}々ヶ]{1,4}(?:[ 　][\p{Script=Han}々ヶ]{1,3})?)[ 　]?(?:さん|様|さま|氏)[ 　]?[（(]([^（()）\n]{2,40})[)）]/gu
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
  }
}
