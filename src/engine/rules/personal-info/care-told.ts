/**
 * Blind R410K-033, R410K-039 kinds: one resident's care, health or benefit matter told so that the town knows whose
 * it is. Block (4(4), 5(1): what an illness, a household's means or a family's trouble is belongs to the person, 要配慮個人情報).
 *
 * - namedDiagnosis (R410K-033 kind): a private person called by surname (佐々木さん, 古賀様) with a bracket right after the name placing them by
 *   an age band, an age or a district (（30代・沖端町）, （40歳）, （三橋町在住）) or a district right before it (沖端町の), told in the same
 *   sentence as the patient of a named illness (統合失調症で通院中の, うつ病と診断され, 糖尿病を患って, がんで闘病中). Not staff, a speaker or a
 *   public figure by role (保健師の…さん, 精神科医の, 市長の), an illness the person made public themselves (自身のブログで…と公表), an illness
 *   told of others (…で通院中の方は), nor a post stating consent.
 * - householdMeansTold (R410K-039 kind): a reply or comment, or a paragraph opening by calling one person by name (江口 幸子 様⏎), telling the
 *   reader's household its own income (ご世帯の所得はご主人の年金収入（年額78万円）のみ) or the reduction or benefit class it was found to fall
 *   under (今年度は7割軽減の対象となっております, 非課税世帯に該当しております). Guidance under a condition (所得が…以下の世帯は, …の場合は) and
 *   a rule told to all (軽減の対象となります) are not this.
 * - A child pinned down by school and grade with an initial or a name, told with the family's circumstances (R410K-054 kind), is read
 *   with the other pupil readings in pinned-person.ts (pinnedPupil).
 */
import type { Doc } from '../../doc'
import { CONSENT, HEALTH_STAFF_BEFORE, quotedOnLine, sentencesOf, withoutUrls, type Emit } from './context'

/** A named illness with the person as its patient: 統合失調症で通院中, うつ病と診断され, 糖尿病を患って, がんで闘病中, 認知症が進み. */
const DIAGNOSIS =
  /(?:統合失調症|うつ病|鬱病|双極性障害|適応障害|パニック障害|発達障害|自閉症|ADHD|認知症|アルツハイマー|パーキンソン病|がん|癌|白血病|脳梗塞|脳出血|心筋梗塞|糖尿病|腎不全|難病|ALS|依存症|摂食障害|てんかん|HIV|肝硬変|[\p{Script=Han}]{1,6}(?:症|病|障害|障がい))(?:を患|を発症|を抱え|と診断|で(?:通院|入院|治療|療養|闘病|休職|休学|寝たきり|(?:人工)?透析)|の(?:治療|療養)(?:中|を続け|のため)|が(?:進み|進ん|進行|悪化|再発))/u
/** The illness told of others, not of the person: …で通院中の方は, …の人に, …の場合. */
const OF_OTHERS = /^[^。！？!?\n]{0,6}?(?:方|人|皆|患者|場合|とき|時|世帯)(?:へ|に|の|を|は|が|も|たち|で|向け)/u
/** A private person's surname (or full name) and honorific, and the bracket after it. */
const NAME_BRACKET = /((?<![\p{Script=Han}々ヶ])(?![皆各])[\p{Script=Han}々ヶ]{1,4}(?:[ 　][\p{Script=Han}々ぁ-ゖァ-ヶー]{1,5})?)(?:さん|様|さま|氏)(?:[（(]([^（）()\n]{1,20})[)）])?/gu
/** What places the person in the bracket: an age band or an age, a district. */
const PLACING = /[0-9０-９]{2}代|[0-9０-９]{1,3}(?:歳|才)|^[0-9０-９]{1,3}$|[\p{Script=Han}々ヶ]{1,5}(?:町|地区|校区|在住)/u
/** A district right before the name: 沖端町の, 三橋地区在住の. */
const DISTRICT_BEFORE = /(?<![市県])(?!市内|町内|県内)[\p{Script=Han}々ヶ]{1,5}(?:町|地区|校区)(?:在住)?の[ 　]?$/u
/** Staff or a speaker before or in the bracket. */
const STAFF_IN_BRACKET = /課|係|室|センター|医師|先生|保健師|看護師|相談員|職員|担当|講師|院長|会長|委員/u
/** Staff, a speaker or a public figure by their role right before the name (精神科医の, 市長の, 議員の, 選手の, 講師・). */
const STAFF_BEFORE = /(?:医|ソーシャルワーカー|長|委員|議員|職員|相談員|支援員|指導員|先生|講師|選手|監督|大使|士|師)(?:の|・|である|、)? ?$/u
/** The illness made public by the person themselves (自身のブログで…と公表しています): theirs to tell, already told. */
const SELF_TOLD = /(?:自ら|ご自身で|自身で|自身の|ご自身の|ご本人が|本人が|本人の)[^。！？!?\n]{0,30}?(?:公表|公言|明らかに|発表|告白|発信)|(?:と|を)(?:公表|公言)(?:され|して|し(?:た|ま))/u

function namedDiagnosis(t: string): { start: number; end: number } | null {
  if (!DIAGNOSIS.test(t) || CONSENT.test(t) || SELF_TOLD.test(t)) return null
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const d = DIAGNOSIS.exec(sentence)
    if (d === null) continue
    const dEnd = d.index + d[0].length
    if (OF_OTHERS.test(sentence.slice(dEnd, dEnd + 14).replace(/^[ぁ-ゖ]{0,4}中?/u, ''))) continue
    NAME_BRACKET.lastIndex = 0
    for (let m = NAME_BRACKET.exec(sentence), k = 0; m && k < 8; m = NAME_BRACKET.exec(sentence), k++) {
      const at = s.start + m.index
      const before = t.slice(Math.max(0, at - 14), at)
      if (HEALTH_STAFF_BEFORE.test(before) || STAFF_BEFORE.test(before) || quotedOnLine(t, at)) continue
      const bracket = m[2]
      const placed = (bracket !== undefined && PLACING.test(bracket) && !STAFF_IN_BRACKET.test(bracket)) || DISTRICT_BEFORE.test(before)
      if (!placed) continue
      // The illness and the name in one clause: the name right after the illness (…で通院中の佐々木さん) or the illness after the name.
      const gap = m.index > d.index ? sentence.slice(dEnd, m.index) : sentence.slice(m.index + m[0].length, d.index)
      if (gap.length > 30) continue
      return { start: at, end: at + m[0].length }
    }
  }
  return null
}

/** The paragraph opens by calling one person by name: 江口 幸子 様⏎, 中島様、, @handle 古賀さま. */
const ADDRESSED =
  /^\s?(?:@[A-Za-z0-9_]{1,15}\s?)?(?!皆|みな|利用者|お客|市民|保護者|各位|関係者)[\p{Script=Han}々ヶ]{1,4}(?:[ 　]?[\p{Script=Han}々ぁ-ゖァ-ヶー]{1,5})?[ 　]?(?:さま|様|殿)[ 　]?[、,！!\n]/u
/** The reader's household as whose the means are: ご世帯の, ご主人の, 奥様の, お宅の, 貴世帯の. */
const READER_HOUSEHOLD = /ご世帯|貴世帯|お宅|ご主人|旦那様|奥様|ご夫婦|ご家族|お母様|お父様|ご本人様?|あなた(?:様)?|貴殿/u
/** The household's income told as a fact: 所得はご主人の年金収入（年額78万円）のみ, 収入は月12万円です, 所得はありませんでした. */
const MEANS_TOLD =
  /(?:所得|収入|年収|月収|年金収入|年金額|給与収入|給与|預貯金)(?:額)?(?:は|が)[^。！？!?\n]{0,30}?(?:[0-9０-９][0-9,，０-９]{0,9}(?:万|千)?円|のみ|だけ|ありません|ありませんでした|なし|ゼロ)(?![^。！？!?\n]{0,8}?(?:以下|未満|以上|を超え|の場合|であれば|でしたら|なら|まで))/u
/** The class the household was found to fall under, in the present state: 7割軽減の対象となっております, 非課税世帯に該当しております. */
const STATUS_FOUND =
  /(?:[0-9０-９一二三四五六七八九]割軽減|軽減|減免|減額|免除|非課税|猶予|支給|給付|受給)(?:の)?(?:対象|適用)(?:と|に)(?:なって(?:おり|い)|なりました)|(?:非課税世帯|課税世帯|住民税非課税|均等割のみ)(?:に|と)(?:該当して(?:おり|い)|なって(?:おり|い)|該当しました)/u
const CONDITION = /場合|であれば|でしたら|なら(?:ば)?[、,]|(?:以下|未満|以上)の(?:世帯|方)|の(?:世帯|方)は|一般に|一般的/u
/** The office's check told: 確認いたしましたところ, お調べしたところ. */
const CHECKED = /(?:確認|お調べ|調べ|照会)(?:いたしました|しました|させていただきました|した)ところ/u

function householdMeansTold(t: string, answering: boolean): { start: number; end: number } | null {
  if (!answering && !ADDRESSED.test(t)) return null
  if (!/所得|収入|年金|給与|預貯金|対象|該当/u.test(t)) return null
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const means = MEANS_TOLD.exec(sentence)
    const status = STATUS_FOUND.exec(sentence)
    const found = means ?? status
    if (found === null || quotedOnLine(t, s.start + found.index)) continue
    if (CONDITION.test(sentence)) continue
    // The class as a modifier of households counted (対象となっている世帯が約4割): a statistic, not the reader's.
    const after = found.index + found[0].length
    if (/^[ぁ-ゖ]{0,2}?(?:世帯|方|人|家庭|件|数)/u.test(sentence.slice(after, after + 6))) continue
    // Whose: the reader's household is said, or the office tells what it checked.
    if (!READER_HOUSEHOLD.test(sentence) && !CHECKED.test(sentence) && !(status !== null && CHECKED.test(t))) continue
    return { start: s.start + found.index, end: s.start + found.index + found[0].length }
  }
  return null
}

const LABELS = ['名前と年代・地区の分かる人の病名', '名前を呼んだ相手の世帯の所得や軽減区分']

/** Emit one block for a paragraph telling one resident's care, health or benefit matter (see above). */
export function careTold(doc: Doc, emit: Emit, answering: boolean): void {
  const t = withoutUrls(doc, doc.norm.text)
  const found = [namedDiagnosis(t), householdMeansTold(t, answering)]
  const i = found.findIndex((f) => f !== null)
  if (i < 0) return
  const span = doc.fromNorm(found[i]!.start, found[i]!.end)
  emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: LABELS[i]! } })
}

// ---------- a named person's care-need level ----------

/** A level decided for a person: 要介護２, 要支援1, 障害支援区分3, 身体障害者手帳1級, 非該当. */
const CARE_LEVEL =
  /[「『]?(?:要介護[ 　]?[1-5１-５一二三四五]|要支援[ 　]?[12１２一二]|(?:障(?:害|がい)支援区分|支援区分)(?:は|が)?[、 　]{0,2}[「『]?(?:区分)?[ 　]?[1-6１-６一二三四五六]|(?:身体障(?:害|がい)者手帳|療育手帳|精神障(?:害|がい)者保健福祉手帳)[^。\n]{0,20}?[1-6１-６一二三四五六][ 　]?級|非該当)[」』]?/u
/** Said decided: と決定, と認定, となりました, と判定, でした, に決まり. */
const DECIDED = /^[ 　]?(?:と(?:決定|認定|判定|な[りっ]|の(?:決定|認定|判定|結果))|に(?:決ま|認定|変更|なり|な[っら])|でした|です(?:。|ね|ので|が)|の(?:認定|判定|決定)(?:が|を|と|で))/u
/**
 * Blind R431G-002 kind: the level changed by a screening, told as from one level to another (2級から1級への変更が決まり, 要介護2から要介護3に
 * 変更となり, 区分3から4に上がりました): the decision on the person, as 1級と決定 is. A change told as a rule (…に変更になった場合は) is none.
 */
const CHANGED_TO =
  /^[ 　]?から[ 　]?(?:要介護|要支援|区分)?[ 　]?[1-6１-６一二三四五六][ 　]?級?[ 　]?(?:への|へ|に|と)[ 　]?(?:区分)?(?:変更|引き上げ|引き下げ|上が|下が|な[りっ]|決ま|認定|判定)(?![^。！？!?\n]{0,16}?(?:場合|ときは|時は|際は|方は|方が|方へ|方の))/u
/** A level as a condition or told to all: 要介護3以上, 要介護2の場合, の方が対象. */
const LEVEL_RULE = /^[ 　]?(?:以上|以下|から|まで|の(?:方|人|場合|認定を受けている方)|相当|程度|または|又は|や|・|～|〜|の場合|でも|なら)/u
/** A full name with an honorific (佐藤キミエ様, 古賀 正人さん) or, in a reply, the reader's relative. */
const FULL_NAMED = /(?<![\p{Script=Han}々ァ-ヶー])[\p{Script=Han}々]{1,4}[ 　]?(?:[\p{Script=Han}々ァ-ヶー]{1,4}|[ぁ-ゖ]{2,4})[ 　]?(?:様|さん|さま|氏)(?!方|宅|たち|ら)/gu
/** Not a person: a group or a role (皆様, 利用者様, 市民の皆さん). */
const NOT_NAMED = /皆|各位|利用者|市民|住民|区民|町民|保護者|家族|職員|担当|会員|患者|入居者|関係者|ご/u
function namesOnePerson(s: string): boolean {
  FULL_NAMED.lastIndex = 0
  for (let m = FULL_NAMED.exec(s), k = 0; m && k < 6; m = FULL_NAMED.exec(s), k++) if (!NOT_NAMED.test(m[0])) return true
  return false
}
const READER_KIN =
  /(?:お母様|お母さま|お母さん|お父様|お父さま|お父さん|ご主人|奥様|旦那様|ご両親|ご家族|お祖母様|おばあ様|おばあさま|おばあちゃん|お祖父様|おじい様|おじいさま|おじいちゃん|娘さん|息子さん|お子さん|お子様|義母様|義父様|ご本人)/u

/**
 * Blind R424Z-008 kind (namedCareLevel): a named person (a full name with 様 or さん, or in a reply the reader's relative: お母様, ご主人) told
 * with the level decided for them: a care-need level (要介護２, 要支援1), a disability support class (障害支援区分3), a handbook's grade
 * (身体障害者手帳1級) or 非該当, said decided (と決定, と認定, となりました, と判定, でした). Not the result's handling told to all (要介護認定の
 * 結果は郵送でお知らせします), a level as a condition (要介護3以上の方が対象, 要介護2の場合は), nor a post that states consent.
 */
export function namedCareLevel(doc: Doc, emit: Emit, reply: boolean): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!/要介護|要支援|支援区分|手帳|非該当/u.test(t) || CONSENT.test(t)) return
  const sentences = sentencesOf(t)
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!
    const sentence = t.slice(s.start, s.end)
    const m = CARE_LEVEL.exec(sentence)
    if (!m || quotedOnLine(t, s.start + m.index) && !/^[「『]/u.test(m[0])) continue
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 16)
    if (!CHANGED_TO.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 40)) && (LEVEL_RULE.test(after) || !DECIDED.test(after))) continue
    // the person in the sentence or the one before it
    const scope = (i > 0 ? t.slice(sentences[i - 1]!.start, sentences[i - 1]!.end) : '') + sentence.slice(0, m.index)
    if (!namesOnePerson(scope) && !(reply && READER_KIN.test(scope))) continue
    return reportLevel(doc, s.start + m.index, s.start + m.index + m[0].length, 'personal-info/identifiable-person', { label: '名前を挙げた人の要介護度・障害の等級' }, emit)
  }
}

function reportLevel(doc: Doc, start: number, end: number, rule: string, data: Record<string, string>, emit: Emit): void {
  const span = doc.fromNorm(start, end)
  emit({ rule, clause: '4(4)', start: span.start, end: span.end, severity: 'block', data })
}
