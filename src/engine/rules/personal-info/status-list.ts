/**
 * Residents listed by name under an enforcement or arrears status (督促対象, 滞納, 未納, 未接種, 未登録, 差押え): who is being chased is
 * each one's own matter, and a list of them posted tells it of every one. Block (4(4)).
 *
 * Blind R411L-056 kind: the status qualifies the people (督促対象となっている飼い主様, 滞納が続いている世帯, 未登録の飼い主, 延滞している
 * 利用者の方), then in a bracket or after a colon two or more of them named with an honorific, or one and "ほか N 名", a district possibly
 * before each name (（矢加部 古賀様、西浜武 堤様ほか3名）, ：松尾様、堤様). unpaid-named.ts reads one person with a bracket fixing who they are.
 *
 * Not the status told to everyone (督促対象の方は…お願いします), a bracket of kinds or a count (（学生など）, （約1,200名）), names of staff or
 * lecturers in a sentence on arrears (滞納整理の研修会（講師：古賀様）): the bracket must follow the people the status is told of; an
 * honour or a selection is no enforcement (表彰対象となった方（…様）).
 */
import type { Doc } from '../../doc'
import { CONSENT, quotedOnLine, sentencesOf, withoutUrls, type Emit } from './context'

/** An enforcement or arrears status, then within a few words the people it is told of, then a bracket or a colon opening their list. */
const STATUS_PEOPLE =
  /(?:督促|滞納|未納|未払い?|未接種|未登録|未提出|未申告|未更新|未返却|未了|未完了|延滞|差し?押さ?え|催告|勧告|命令|違反|指導対象)[^。！？!?\n（(]{0,16}?(?:方|飼い主|世帯|者|保護者|利用者|事業者|入居者|所有者|納税者|住民|ご家庭|家庭)(?:様|さま|さん|の皆様|の方)?[ 　]?(?:[（(]|[:：])/u
/** One named person with an honorific, a district possibly before the name. */
const NAMED = /[\p{Script=Han}々ヶ]{1,4}[ 　]?[\p{Script=Han}々ヶぁ-ゖ]{0,4}[ 　]?(?:様|さま|さん|氏)$/u
const MORE = /(?:ほか|他|外)[ 　]?[0-9０-９一二三四五六七八九十]{1,3}[ 　]?(?:名|人|世帯|件)/u
const NOT_PERSON = /(?:者|社|会|課|係|局|所|館|園|院|校|組|団|部|室|庁|長|皆)[ 　]?(?:様|さま|さん|氏)$/u

export function statusList(doc: Doc, emit: Emit): void {
  // Most paragraphs name no status of people: one test of the whole paragraph before it is read sentence by sentence.
  if (!STATUS_PEOPLE.test(doc.norm.text)) return
  const t = withoutUrls(doc, doc.norm.text)
  if (CONSENT.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const m = STATUS_PEOPLE.exec(sentence)
    if (!m || quotedOnLine(t, s.start + m.index)) continue
    const open = m.index + m[0].length
    const bracketed = /[（(]$/u.test(m[0])
    const rest = sentence.slice(open, open + 80)
    const close = bracketed ? rest.search(/[)）]/u) : rest.search(/[。\n]/u)
    const list = close < 0 ? rest : rest.slice(0, close)
    const items = list.split(/[、，,・\/／]/u).map((x) => x.replace(MORE, '').trim())
    const named = items.filter((x) => NAMED.test(x) && !NOT_PERSON.test(x)).length
    if (named >= 2 || (named === 1 && MORE.test(list))) {
      const span = doc.fromNorm(s.start + m.index, s.start + open + list.length)
      emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '督促・滞納の対象として挙げた人の名前' } })
      return
    }
  }
}
