/**
 * Blind R400Z kinds: one resident's health record or health matter told with what picks them out. Block.
 * - A patient of a notifiable disease described by the district they live in and the place they work or go (患者さんは…町にお住まいの…女性で、
 *   市内の認定こども園…で保育士として勤務): a notice of a case tells the age band and the city (市内で1名、20代), never the district with the
 *   workplace.
 * - A named resident told with a screening result that needs follow-up (精密検査が必要になった方…昭和町の…さんだけまだ連絡がつきません).
 * - A named consultee of a mental-health or care consultation told with their matter (お薬が合わない件, 泣いてばかりだった), in the name's
 *   sentence or the one next to it; not a member of staff (保健師の…さん, 保健センターの…さんからお電話します), nor a matter set as a condition
 *   (眠れない方は, …場合), nor someone addressed by name after a sentence on whoever needs a follow-up (…方にはご連絡します。…さん、いつも…).
 * - In a reply, a child named with the vaccination not yet given, read off the record (…くん（令和4年3月生まれ）は…まだ接種されていない).
 * - A health ticket's or card's number told with its holder named (受診券番号 … …にお住まいの…様).
 * - Blind R443U-008 kind: a named household or person told with a test's finding judged against them (血中の鉛濃度が高めと判定された…さん
 *   ご一家, 尿検査で異常ありと判定された…さん, 数値が基準値を超えた…さん宅): the result is theirs, like a screening that needs follow-up.
 *   Not a finding told of whoever has it (高めと判定された方は…ご相談ください), nor of the soil, water or air with no one named (土壌の鉛濃度
 *   が基準値を超えた地点), nor a staff member named (保健師の…さん).
 */
import type { Doc } from '../../doc'
import { CONTACT_AFTER_NAME, HEALTH_STAFF_BEFORE, sentencesOf, withoutUrls, type Emit } from './context'

/** A person called by name with an honorific (西田 恵子さん, 吉開さん, 堤 和子様); the name is checked against STAFF_OR_GROUP. */
const NAMED_RESIDENT = /(?<![\p{Script=Han}々ァ-ヶおご御])([\p{Script=Han}々]{1,4}(?: ?[\p{Script=Han}々]{1,4}| [ぁ-ゖァ-ヶー]{1,4})?)(?:さん|様|さま)(?:宅)?(?![\p{Script=Han}])/gu
/** Words before an honorific that are no resident's name (staff before or after the name: context.ts). */
const NOT_RESIDENT = /^(?:皆|皆々|奥|先生|職員|患者|家族|利用者|参加者|[\p{Script=Han}]{0,2}医者|[\p{Script=Han}]{0,3}(?:師|員|長|士|医))$/u
/** A follow-up result said of whoever has it (要精密検査となった方には, 再検査が必要な場合は): a group, no one person. */
const FOLLOW_UP_FOR_GROUP = /(?:精密検査|要精検|要精密|再検査|要再検|要医療|要治療)[^。\n]{0,12}?(?:方|場合)(?:は|には|へ|に|を)/u
/** A notifiable disease's case: 麻しん, 結核, 腸管出血性大腸菌… */
const NOTIFIABLE = /感染症|麻しん|麻疹|はしか|風しん|風疹|結核|百日せき|百日咳|腸管出血性|O157|水痘|梅毒|新型コロナ|インフルエンザ|食中毒|ノロウイルス|デング熱|レジオネラ/u
const PATIENT_SUBJECT = /(?:患者|感染者|陽性者|罹患者)(?:さん|様)?(?:は|の方は)/u
const HOME_BELOW_CITY = /(?<![市県])[\p{Script=Han}々ヶ]{1,6}(?:町|地区|校区)?(?:にお住まい|在住|に住む|に住んで)/u
const WORK_OR_SCHOOL = /(?:に|で)(?:お勤め|勤務|勤め|働)|として(?:勤務|働)|に通(?:う|って|われ)|(?:園|学校|施設|会社|工場|病院|店)[^。\n]{0,6}?の(?:職員|従業員|保育士|教諭|児童|生徒|園児)/u
/** A screening result that needs follow-up. */
const FOLLOW_UP =
  /精密検査|要精検|要精密|再検査|要再検|要医療|要治療|異常が見つか|所見が(?:あ|見つか)|(?:高め|高値|低め|低値|異常(?:あり)?|要注意|要経過観察|陽性)(?:と|に)判定|(?:血中|尿中|血液中|体内)の[^。\n]{0,8}?(?:濃度|値|数値)が(?:高|基準値?を(?:超|上回))/u
/** A consultation a consultee came to. */
const CONSULTATION = /相談(?:窓口|会|室|日|センター|支援)|こころの相談|心の相談|カウンセリング|産後ケア|ママの(?:こころ|心)/u
/** The consultee's own matter, told as theirs. */
const CONSULTEE_MATTER =
  /お?薬が合わ|服薬|お薬の(?:量|件|こと)|主治医|泣いてばかり|泣いて(?:おられ|いらっしゃ)|落ち込んで(?:い|おられ)|ふさぎ込|眠れな(?:い日|かった|くな)|食べられなくな|死にたい|産後うつ|うつ(?:状態|症状|病)|パニック(?:発作|障)/u
const AS_CONDITION = /^[^。\n]{0,8}?(?:方|場合|など|とき|時は|なら)/u
/** A child called by given name (颯太くん, ゆいなちゃん). */
const CHILD_NAMED = /(?<![\p{Script=Han}々ぁ-ゖァ-ヶ])(?!お|みんな|あか|ねえ|にい|ばあ|じい)[\p{Script=Han}々ぁ-ゖァ-ヶー]{1,4}(?:くん|ちゃん|君)/u
const VACCINE_NOT_GIVEN = /(?:まだ|未)(?:接種|受けて|打って)|接種(?:され|し|を受けられ|を受け)て(?:い|おら)(?:ない|れない|らっしゃらない)|未接種|接種(?:漏れ|もれ)/u
const RECORD_READ = /(?:令和|平成)[0-9元]{1,2}年[0-9]{1,2}月(?:生まれ|生)|[0-9]{4}年[0-9]{1,2}月(?:生まれ|生)|台帳|記録|履歴/u
/** A health ticket's or card's number. */
const HEALTH_NUMBER = /(?:受診券|受給者証|診察券|保険証|被保険者証|接種券|健康手帳|受給券)(?:の)?(?:番号|No\.?|記号番号)[:：]? ?[0-9][0-9-]{3,}/u

function residentsIn(s: string): Array<{ index: number; name: string }> {
  const out: Array<{ index: number; name: string }> = []
  NAMED_RESIDENT.lastIndex = 0
  for (let m = NAMED_RESIDENT.exec(s); m; m = NAMED_RESIDENT.exec(s)) {
    const name = m[1]!.replace(/ /gu, '')
    if (NOT_RESIDENT.test(name) || HEALTH_STAFF_BEFORE.test(s.slice(Math.max(0, m.index - 8), m.index)) || CONTACT_AFTER_NAME.test(s.slice(m.index + m[0].length))) continue
    out.push({ index: m.index, name: m[0] })
  }
  return out
}

export function healthSubject(doc: Doc, emit: Emit, reply: boolean): void {
  const t = withoutUrls(doc, doc.norm.text)
  const notifiable = NOTIFIABLE.test(t)
  const followUp = FOLLOW_UP.test(t)
  const consultation = CONSULTATION.test(t) || reply
  const numbered = HEALTH_NUMBER.test(t)
  const vaccine = reply && VACCINE_NOT_GIVEN.test(t)
  if (!notifiable && !followUp && !consultation && !numbered && !vaccine) return
  const spans = sentencesOf(t)
  const block = (at: number, length: number, label: string): void => {
    const span = doc.fromNorm(at, at + length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label } })
  }
  let before = ''
  for (const s of spans) {
    const sentence = t.slice(s.start, s.end)
    const window = `${before}。${sentence}`
    const previous = before
    before = sentence
    if (notifiable) {
      const subject = PATIENT_SUBJECT.exec(sentence)
      if (subject && HOME_BELOW_CITY.test(sentence) && WORK_OR_SCHOOL.test(sentence)) return block(s.start + subject.index, subject[0].length, '感染症の患者の住む地域と勤め先')
    }
    if (numbered) {
      const no = HEALTH_NUMBER.exec(sentence)
      if (no && residentsIn(sentence).length > 0) return block(s.start + no.index, no[0].length, '受診券などの番号と持ち主の名前')
    }
    if (followUp && FOLLOW_UP.test(window)) {
      const named = residentsIn(sentence)[0]
      // Someone addressed by name (松尾さん、いつも…) after a sentence on whoever needs a follow-up is not one of them, unless told to see to it.
      const addressed = named && !FOLLOW_UP.test(sentence) && FOLLOW_UP_FOR_GROUP.test(previous) && sentence.startsWith('、', named.index + named.name.length) && !/受診|検査|結果|病院|医療機関|治療|精検/u.test(sentence)
      if (named && !addressed) return block(s.start + named.index, named.name.length, '名前を挙げた受診者の検診結果')
    }
    if (consultation) {
      const matter = CONSULTEE_MATTER.exec(sentence)
      if (matter && !AS_CONDITION.test(sentence.slice(matter.index + matter[0].length))) {
        const named = residentsIn(window)[0]
        if (named) return block(s.start + matter.index, matter[0].length, '名前を挙げた相談者と相談の内容')
      }
    }
    if (vaccine && VACCINE_NOT_GIVEN.test(sentence) && RECORD_READ.test(window) && !/場合|なら|ときは/u.test(sentence)) {
      const child = CHILD_NAMED.exec(sentence)
      if (child) return block(s.start + child.index, child[0].length, '返信の相手の子どもの名前と接種歴')
    }
  }
}
