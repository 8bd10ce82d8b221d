/**
 * One private home or one named resident, pointed at, told with what is theirs: an adverse inspection result of the household's well, tank
 * or house; the resident's illness, age and living alone; the days the named person will be away (the home empty). Block (4(4)).
 *
 * Blind R419U-009, R419U-055 kind: a household by surname with 様方, さん宅 or のお宅 (…町鷹ノ尾の山口和夫さん方, バス停前、赤い屋根の田中さん
 * のお宅), a district, a landmark's side or its look before it, told in that sentence or the next with an adverse result of a check on what is
 * theirs (大腸菌が検出, 検査結果は「不適正」, 基準値を超え, 不合格, 要改善). welfare-households.ts reads a surname's household under a welfare
 * status; this one reads it under a result.
 *
 * Blind R419U-045 kind: a home by a landmark's side alone (…乗船場のすぐ裏のお宅, 公民館の二軒隣のお家), no look told, with at least two of the
 * resident's circumstances in that sentence or the next (an age, an illness or treatment, living alone: 70代, 人工透析, 一人で暮らして).
 * house-look.ts asks for the house's look; place-pointed.ts for a complaint.
 *
 * Blind R417S-007 kind: a named person with an age in brackets (…さゆりさん（34）) told with a coming trip and its length or the home left
 * empty (来週金曜からハワイへ…2週間, 明日から10日間帰省, 来月から留守).
 *
 * Not a result told to all or of no household (大腸菌が検出された井戸は…; 井戸水の検査をおすすめします), a household thanked for a gift or a
 * venue, a volunteer's or an officer's home, a clear result (検出されませんでした), a house as a mark on the way or turned venue, a group, one
 * circumstance only (公民館の隣のお宅で赤ちゃんが); a named person's event from a date (…さん（34）の個展が来週金曜から), a trip already back
 * (ハワイから帰ってきた), a trip with no name or age (来週から2週間、窓口を休みます), a quoted example.
 */
import type { Doc } from '../../doc'
import { CONSENT, LANDMARK_SIDE, HOUSEHOLD_EXAMPLE as EXAMPLE, HOUSEHOLD_NOT_SURNAME as NOT_SURNAME, HOUSEHOLD_ROLE_BEFORE as ROLE_BEFORE, PLACE_GROUP as GROUP, PLACE_VENUE as VENUE, PLACE_WAYMARK as WAYMARK, quotedOnLine, sentencesOf, withoutUrls, type Emit } from './context'

function report(doc: Doc, start: number, end: number, label: string, emit: Emit): void {
  const span = doc.fromNorm(start, end)
  emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label } })
}

/** One household by surname (or full name): 山口和夫さん方, 田中さんのお宅, 松永様宅, 古賀さんち. */
const HOUSEHOLD =
  /(?<![\p{Script=Han}々ヶ])([\p{Script=Han}々ヶ]{1,4}[ 　]?[\p{Script=Han}々ヶぁ-ねは-ゖ]{0,4})[ 　]?(?:様|さん|さま)(?:方|宅|のお宅|のご自宅|のお家|のおうち|の家|ち)(?![\p{Script=Han}])/gu
/** Where the home stands, told just before it: a district (…町鷹ノ尾の), a landmark's side (バス停前、, 公民館の裏の), a look (赤い屋根の). */
const PLACE_BEFORE =
  /(?:[\p{Script=Han}]{1,6}(?:町|地区|丁目|校区|番地)[\p{Script=Han}ノヶ々]{0,4}(?:の|に(?:ある|お住まいの))|(?:前|裏|裏手|隣|向かい|角|横|そば|並び|沿い)(?:の|、|,|にある)|屋根の|外壁の|壁の)[ 　]?[^。！？!?\n]{0,12}$/u
/** An adverse result of a check on what is the household's. */
const ADVERSE =
  /検出(?:され(?!ず|ませ|なかっ)|しまし|があ)|不適正|不適合|不合格|基準値?を(?:超え|上回)|基準(?:値)?超過|超過して|(?:水質|検査)?不良|要改善|改善が必要|改善指導|使用(?:禁止|中止)|飲用(?:不可|に適さ)/u
/** A gift, a loan or a venue from the household. */
const THANKED_FOR = /寄付|寄附|寄贈|ご提供|お借りし|貸して|会場|協賛/u

/** Blind R419U-009, R419U-055 kind: a household pointed at by place and told with an adverse result. */
export function householdResult(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!ADVERSE.test(t) || CONSENT.test(t)) return
  const spans = sentencesOf(t)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const sentence = t.slice(s.start, s.end)
    if (THANKED_FOR.test(sentence) || EXAMPLE.test(sentence)) continue
    const next = spans[i + 1]
    const further = sentence + (next ? t.slice(next.start, next.end) : '')
    if (!ADVERSE.test(further)) continue
    HOUSEHOLD.lastIndex = 0
    for (let m = HOUSEHOLD.exec(sentence), k = 0; m && k < 6; m = HOUSEHOLD.exec(sentence), k++) {
      if (NOT_SURNAME.test(m[1]!.trim())) continue
      const before = sentence.slice(Math.max(0, m.index - 30), m.index)
      if (!PLACE_BEFORE.test(before) || ROLE_BEFORE.test(before.slice(-10))) continue
      if (quotedOnLine(t, s.start + m.index)) continue
      return report(doc, s.start + m.index, s.start + m.index + m[0].length, '場所で分かる世帯と検査の結果', emit)
    }
  }
}

/** A home by a landmark's side (…のすぐ裏のお宅, …の二軒隣のお家), the side right after the landmark. */
const HOME_BY_SIDE = new RegExp(
  `(?<=の|がある|のある)(?:すぐ|真)?${LANDMARK_SIDE}(?:に(?:ある|建つ)|の)[ 　]?(?:お宅|おうち|お家|ご家庭|民家|一軒家)(?![\\p{Script=Han}ァ-ヶー])`,
  'u',
)
/** The resident's circumstances, by kind: an age, an illness or treatment, living alone. Two kinds must be told. */
const AGE = /(?<![築創])[0-9０-９一二三四五六七八九十百]{1,3}(?:代(?:の|前半|後半|半ば)|歳(?!体操|以上|未満|以下|から|まで)|才(?!以上|未満|以下))/u
const ILLNESS =
  /持病|糖尿病|認知症|脳梗塞|心臓病|人工透析|透析|がん治療|抗がん剤|在宅酸素|寝たきり|車いす|車椅子|難病|障(?:害|がい)|通院|入院|退院/u
const ALONE = /(?:ひとり|一人|独り)(?:暮らし|で(?:暮らし|暮らす|住ん|住ま|生活))|独居|身寄り/u

/** Blind R419U-045 kind: a home by a landmark's side, told with two of its resident's circumstances. */
export function sideHomeResident(doc: Doc, emit: Emit): void {
  // Most paragraphs point at no home by a landmark's side: one test of the whole paragraph before it is read sentence by sentence.
  if (!HOME_BY_SIDE.test(doc.norm.text)) return
  const t = withoutUrls(doc, doc.norm.text)
  if (CONSENT.test(t)) return
  const spans = sentencesOf(t)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const sentence = t.slice(s.start, s.end)
    const m = HOME_BY_SIDE.exec(sentence)
    if (!m || GROUP.test(sentence) || quotedOnLine(t, s.start + m.index)) continue
    const tail = sentence.slice(m.index + m[0].length)
    if (VENUE.test(tail.slice(0, 20)) || WAYMARK.test(tail)) continue
    const next = spans[i + 1]
    const further = tail + (next ? t.slice(next.start, next.end) : '')
    const kinds = [AGE, ILLNESS, ALONE].filter((r) => r.test(further)).length
    if (kinds < 2) continue
    return report(doc, s.start + m.index, s.start + m.index + m[0].length, '目印で分かる家と住む人の病気・年齢・暮らし', emit)
  }
}

/** A name with an honorific and an age in brackets (堤さゆりさん（34）, 古賀 健一様(52歳)). */
const NAMED_AGED =
  /(?<![\p{Script=Han}々ヶ])[\p{Script=Han}々ヶ]{1,4}[ 　]?[\p{Script=Han}々ヶぁ-ねは-ゖァ-ヶー]{0,5}[ 　]?(?:さん|様|さま|氏|ちゃん|くん|君)[ 　]?[（(][ 　]?[0-9０-９]{1,3}[ 　]?(?:歳|才|さい)?[ 　]?[)）]/gu
/** A coming start (来週金曜から, 明日から, 来月1日より, 12月3日から). */
const COMING_FROM =
  /(?:来週|再来週|今週末|週明け|明日|あした|明後日|あさって|来月|再来月|[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９]{1,2}日)(?:の)?(?:[月火水木金土日](?:曜日?)?)?(?:から|より)/u
/** Away from home: a trip, a stay elsewhere, the home empty. */
const AWAY =
  /旅行|ハワイ|海外|帰省|里帰り|留学|遠征|出張|単身赴任|長期入院|入院|留守|不在|家を空け|家を留守/u
/** The length of the absence (2週間, 10日間, 三泊). */
const SPAN = /[0-9０-９一二三四五六七八九十]{1,3}(?:週間|日間|泊|か月|ヶ月|カ月)/u
/** The trip already back, or an event the person holds from the date. */
const NOT_AWAY = /帰ってき|戻ってき|戻られ|帰られ|行ってき|個展|展示|出店|開催|出演|講演|教室|受付|開店|オープン/u

/** Blind R417S-007 kind: a named person with age told with the coming days they will be away. */
export function namedAway(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!COMING_FROM.test(t) || !AWAY.test(t) || CONSENT.test(t)) return
  const spans = sentencesOf(t)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const sentence = t.slice(s.start, s.end)
    NAMED_AGED.lastIndex = 0
    const m = NAMED_AGED.exec(sentence)
    if (!m || quotedOnLine(t, s.start + m.index)) continue
    const next = spans[i + 1]
    const further = sentence.slice(m.index + m[0].length) + (next ? t.slice(next.start, next.end) : '')
    const from = COMING_FROM.exec(further)
    if (!from || NOT_AWAY.test(further)) continue
    const after = further.slice(from.index, from.index + 60)
    if (!AWAY.test(after) || !(SPAN.test(after) || /留守|不在|家を空け/u.test(after))) continue
    return report(doc, s.start + m.index, s.start + m.index + m[0].length, '名前と年齢を挙げた人の不在の日程', emit)
  }
}
