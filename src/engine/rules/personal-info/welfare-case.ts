/**
 * Blind R402B-007, -027, -031, -034, -038 kinds: one family's child-welfare or benefit case told so that the family is found. What the city
 * decided on an application, whom it took into care and whose home it visited are the family's own business (要配慮個人情報), and in a town
 * the district, the child's age and sex or the nursery leave one household. Block.
 *
 * - selectionOfNamed: a named applicant placed by district or by their child's age, told with the result of a selection or an application
 *   (鷹尾の西田さん（1歳の双子ちゃん）には…指数が基準に届かず今回は保留です). Staff (子育て支援課の西田さん) and results told to all (保留となった方
 *   には郵送でお知らせします) are not this.
 * - childInCare: a child described by district and by age or grade, with the sex or the nursery, in a sentence telling that the city took them
 *   into protection or visited their home (大和町在住の小学4年生の女子児童を一時保護いたしました; 沖端町の保育園に通う5歳の男の子のご自宅を職員が
 *   訪問しました). Counts (一時保護件数は…件), the city as a whole (市内の) and a programme to come (訪問します) are not this.
 * - namedChildDwelling: a child called by name (りくとくん, ゆいちゃん) with the building of their housing estate (みずはし団地の3号棟) and their age
 *   or a stay in hospital, unless the post states consent.
 * - readerMeansTold: a reply, or a paragraph addressed to one person by name (中島様、), telling back the reader's own money as they said it
 *   (養育費が月3万円あるとのことですので): what a household lives on is theirs. A condition (所得が…円以下とのことであれば) is general guidance.
 */
import type { Doc } from '../../doc'
import { CONSENT, quotedOnLine, sentencesOf, withoutUrls, type Emit } from './context'

/** What a selection or an application to the city decides: a nursery's place, an allowance, an index. */
const SELECTION_MATTER = /選考|指数|利用調整|入所|入園|保育所|保育園|こども園|手当|給付|支給|審査|認定|申請/u
/** The result told: on hold, not admitted, refused, decided. */
const SELECTION_RESULT =
  /保留(?:です|となり|になり|とな[っる]|にな[っる]|とさせ)|不承諾|不承認|不採択|不支給|落選|見送り(?:です|とな|にな|とさせ)|却下|(?:入所|入園|支給|認定)(?:が|は)?(?:決定(?:しました|いたしました|です)|決まりました|内定)|基準に(?:届かず|達せず|満たず|届きませんでした|達しませんでした)/u
/** A named person placed by the district before the name or by an age in the bracket after it: 鷹尾の西田さん, 西田さん（1歳の双子ちゃん）. */
const NAMED_PLACED = /(?:([\p{Script=Han}々ヶ]{1,5})の)?((?![皆各])[\p{Script=Han}々ヶ]{1,4})(?:さん|様|さま)(?:[（(]([^（）()\n]{1,20})[)）])?/gu
const STAFF_PLACE = /(?:課|係|室|局|所|園|館|部|センター|担当|職員|市|県|国|会|社)$/u
const AGE_IN = /[0-9一二三四五六七八九十]{1,2}(?:歳|才|さい|か月|ヶ月|カ月)|年長|年中|年少|乳児|未満児/u

function selectionOfNamed(t: string): { start: number; end: number } | null {
  if (!SELECTION_MATTER.test(t) || !SELECTION_RESULT.test(t)) return null
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    if (!SELECTION_RESULT.test(sentence)) continue
    NAMED_PLACED.lastIndex = 0
    for (let m = NAMED_PLACED.exec(sentence), k = 0; m && k < 6; m = NAMED_PLACED.exec(sentence), k++) {
      const district = m[1] !== undefined && !STAFF_PLACE.test(m[1])
      const aged = m[3] !== undefined && AGE_IN.test(m[3])
      if (!(district || aged) || quotedOnLine(t, s.start + m.index)) continue
      if (!SELECTION_MATTER.test(t.slice(Math.max(0, s.start - 60), s.end))) continue
      return { start: s.start + m.index, end: s.start + m.index + m[0].length }
    }
  }
  return null
}

/** A district the child lives in: 大和町在住の, 沖端町の, 三橋地区にお住まいの (not the city as a whole). */
const CHILD_DISTRICT = /(?<![市県])(?!市内|町内|県内|村内)[\p{Script=Han}々ヶ]{1,5}(?:町|地区|校区)(?:在住の|にお住まいの|に住む|の)/u
/** An age or a school year, not a year of the calendar (令和6年度, 3年前). */
const CHILD_AGE = /[0-9一二三四五六七八九十]{1,2}(?:歳|才|さい|か月|ヶ月|カ月)|(?<![0-9和成])(?:小学|中学|小|中)?[0-9一二三四五六]年生?(?![度前後間目ぶ])/u
const CHILD_SEX_OR_PLACE = /女子|男子|女の子|男の子|女児|男児|(?:保育園|保育所|幼稚園|こども園|認定こども園|小学校|中学校|学童)(?:に通う|に通われている|に在籍)/u
/** The care done for that child: taken into protection, the home visited, the safety checked. */
const CARE_DONE =
  /一時保護(?:いたしました|しました|した|され(?:ました|た|てい)|しており|しています|を(?:行い|実施し)ました)|(?:ご?自宅|お宅|ご家庭|家庭|お住まい)を[^。！？!?\n]{0,10}?訪問(?:いたしました|しました|した|させていただきました)|家庭訪問(?:を)?(?:いたしました|しました|行いました|実施しました)|安否(?:を)?確認(?:いたしました|しました|を行いました)/u

function childInCare(t: string): { start: number; end: number } | null {
  if (!CARE_DONE.test(t)) return null
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const care = CARE_DONE.exec(sentence)
    if (!care) continue
    const district = CHILD_DISTRICT.exec(sentence.slice(0, care.index))
    if (!district || quotedOnLine(t, s.start + district.index)) continue
    const between = sentence.slice(district.index, care.index)
    if (!CHILD_AGE.test(between) || !CHILD_SEX_OR_PLACE.test(between)) continue
    return { start: s.start + district.index, end: s.start + care.index + care[0].length }
  }
  return null
}

/** A child called by name and the housing block they live in, in the bracket after the name or right after it. */
const NAMED_CHILD = /[\p{Script=Han}ぁ-ゖァ-ヶー]{2,5}(?:くん|ちゃん|君)(?![ぁ-ゖ])/gu
const ESTATE_BUILDING = /(?:団地|住宅|アパート|マンション|ハイツ|コーポ|荘)(?:の)?[ 　]?[0-9一二三四五六七八九十]{1,3}(?:号棟|棟|号室|号館)/u
const AGE_OR_HOSPITAL = /[0-9一二三四五六七八九十]{1,2}(?:歳|才|さい)|退院|入院|手術|通院/u

function namedChildDwelling(t: string): { start: number; end: number } | null {
  if (!ESTATE_BUILDING.test(t) || CONSENT.test(t)) return null
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    if (!AGE_OR_HOSPITAL.test(sentence)) continue
    NAMED_CHILD.lastIndex = 0
    for (let m = NAMED_CHILD.exec(sentence), k = 0; m && k < 6; m = NAMED_CHILD.exec(sentence), k++) {
      const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 30)
      const building = ESTATE_BUILDING.exec(after)
      if (!building || quotedOnLine(t, s.start + m.index)) continue
      // A name in kana runs on from the particle before it (ばかりのりくとくん): the name starts after the last の.
      const from = m[0].lastIndexOf('の') + 1
      return { start: s.start + m.index + from, end: s.start + m.index + m[0].length + building.index + building[0].length }
    }
  }
  return null
}

/** The paragraph opens by calling one person by name: 中島様、 / @handle 古賀 美咲さま、. */
const ADDRESSED_BY_NAME = /^\s?(?:@[A-Za-z0-9_]{1,15}\s?)?(?!皆|みな|利用者|お客|市民|保護者|各位)[\p{Script=Han}々ヶ]{1,4}(?:[ 　]?[\p{Script=Han}々ぁ-ゖァ-ヶー]{1,5})?[ 　]?(?:さま|様|さん|殿)[、,！!\n]/u
/** The reader's own means with a sum, told back as they said it: 養育費が月3万円あるとのことですので, ご主人の収入は年200万円と伺っております. */
const READER_MEANS =
  /(?:養育費|仕送り|所得|収入|年収|月収|給与|給料|手取り|預貯金|貯金|借金|借入(?:金)?|年金)(?:額)?(?:が|は|として)[^。！？!?\n]{0,12}?[0-9][0-9,]{0,9}(?:万|千)?円[^。！？!?\n]{0,10}?(?:とのこと|と伺|とお伺|とお聞き|と聞いて|とのお話|とご申告|と申告)(?!であれば|でしたら|なら|の場合|の方)/u

function readerMeansTold(t: string, reply: boolean): { start: number; end: number } | null {
  if (!reply && !ADDRESSED_BY_NAME.test(t)) return null
  const m = READER_MEANS.exec(t)
  if (!m || quotedOnLine(t, m.index)) return null
  return { start: m.index, end: m.index + m[0].length }
}

const LABELS = ['名前と地区・子の年齢の分かる申請者の選考結果', '地区・年齢などで特定できる子どもの保護や家庭訪問', '名前の分かる子どもの団地の棟と年齢・入院歴', '返信の相手の養育費や収入']

/** Emit one block for a paragraph telling one family's welfare or benefit case. */
export function welfareCase(doc: Doc, emit: Emit, reply: boolean): void {
  const t = withoutUrls(doc, doc.norm.text)
  const found = [selectionOfNamed(t), childInCare(t), namedChildDwelling(t), readerMeansTold(t, reply)]
  const i = found.findIndex((f) => f !== null)
  if (i < 0) return
  const span = doc.fromNorm(found[i]!.start, found[i]!.end)
  emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: LABELS[i]! } })
}
