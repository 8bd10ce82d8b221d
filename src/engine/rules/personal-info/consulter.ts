/**
 * Blind R369S-015 kind: one case of a consultation desk's day told with the one who consulted described, not named, by where they live, their
 * age band or sex, and their work (うち1件は、…沖端町在住の30代の女性からで、市内の私立保育園で保育士をされている方です; 相談者は大和町にお住まいの
 * 40代の男性で、市内の工場にお勤めの方): the town, the age and the workplace leave one person, and what they consulted about (a marriage broken
 * off for where they come from, a debt, violence at home) goes out with them. Block. The person is the consultation's source in the sentence
 * (…の女性から, 相談者は, うち1件は); a desk's hours, a consultant on duty (相談員の…さん) or a sentence without both the home and the work is not
 * this.
 */
import type { Doc } from '../../doc'
import { sentencesOf, withoutUrls, type Emit } from './context'

const CONSULTATION = /相談/u
/** The one who consulted, as the source of the case: …の女性から, 相談者は, うち1件は, ご相談の方は. */
const CONSULTER =
  /(?:女性|男性|方|かた|ご夫婦|お母さん|お父さん)(?:の方)?(?:から|より)(?:で|の|、|,|ご?相談)|相談者(?:は|の方は|[:：])|(?:うち|その)[1一](?:件|人|名)(?:目)?は|ご相談(?:の|された)方は/u
/** Where they live, below the city: 沖端町在住, 大和町にお住まいの, 三橋地区の. */
const HOME_PLACE = /[\p{Script=Han}ヶノ々]{1,6}(?:町|村|地区|校区)(?:[\p{Script=Han}ヶノ々]{1,4})?(?:在住|にお住まい|に住む|に住んで|で暮らす|で暮らして)/u
/** An age band or an age: 30代, 四十代, 72歳. */
const AGE_OR_SEX = /(?<![0-9])[1-9]0代|[二三四五六七八九]十代|(?<![0-9])[0-9]{1,3}(?:歳|才)|女性|男性/u
/** Their work: a trade named with a place of work, or the work they do (保育士をされている, 市内の工場にお勤めの, 介護施設で働く). */
const WORK =
  /(?:保育士|看護師|介護士|介護職|教員|教諭|会社員|公務員|薬剤師|医師|歯科医|美容師|理容師|調理師|栄養士|事務員|店員|パート|運転手)(?:を|として|で)|を(?:され|して)(?:いる|おられる|いらっしゃる)方|(?:に|で)(?:お勤め|勤務|勤め|働)(?:の|され|して|する|く|いて)/u
const STAFF = /相談員|担当|職員|弁護士|委員の/u

export function consultedCase(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!CONSULTATION.test(t) || !HOME_PLACE.test(t) || !WORK.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const who = CONSULTER.exec(sentence)
    if (!who || STAFF.test(sentence)) continue
    const home = HOME_PLACE.exec(sentence)
    if (!home || !WORK.test(sentence) || !AGE_OR_SEX.test(sentence)) continue
    // The consultation is this sentence's or the one before's (本日の人権相談は2件でした。うち1件は…).
    const before = t.slice(Math.max(0, s.start - 80), s.start)
    if (!CONSULTATION.test(sentence) && !CONSULTATION.test(before)) continue
    const head = t.slice(t.lastIndexOf('\n', s.start + home.index - 1) + 1, s.start + home.index)
    if (head.lastIndexOf('「') > head.lastIndexOf('」')) continue
    const span = doc.fromNorm(s.start + home.index, s.start + home.index + home[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '相談者の住む地域・年齢・勤め先と相談の内容' } })
    return
  }
}
