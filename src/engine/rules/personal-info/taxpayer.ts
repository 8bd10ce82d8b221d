/**
 * A taxpayer's own tax matter, learned at the tax desk and told with the person pointed at. Block (4(4)): what someone owes, pays or
 * leaves behind is their own matter.
 *
 * Blind R378B-002, R378B-040, R378B-049 kinds (pointedDelinquent): a sentence of arrears on a city tax or a fee (滞納, 未納, 分納, 3年分
 * たまって, 差し押さえ) with the one behind pointed at: by a surname with its honorific in any script (エガシラさんのところ, 古賀様; not the
 * desk's staff: 税務課の古賀さんまで), by a district and a trait that leaves one person (三橋町のおじいちゃん（昭和14年生まれ、奥さんを亡く
 * された方）), or by a shop placed by a landmark (角にある老舗の酒屋さん). A notice of the desk's help (滞納でお困りの方は納税相談へ) names no one.
 *
 * Blind R378B-012 kind (repliedTaxAccount): a public reply to someone, named with an honorific, telling their own tax account: what was
 * paid or is left and how much (第2期分まで納付を確認, 残りは…38,400円). A reply telling the due dates that apply to everyone is not this.
 *
 * Blind R378B-028 kind (namedEstate): a named person told as dead together with their heirs renouncing the estate or none being found
 * (亡くなった…久保 勝利さん、…みんな相続放棄), learned in the search for heirs. A guide to the procedure names no one.
 */
import type { Doc } from '../../doc'
import { CONSENT, endsWithPerson, sentencesOf, staffBefore, withoutUrls, type Emit } from './context'

/** A tax or a fee owed to the city. */
const CITY_DUE = /(?:住民|市県民|市民|固定資産|国保|国民健康保険|軽自動車|都市計画|市)税|保険料|税金|市税|水道料金|使用料|家賃|納税/u
/** Arrears: behind with it, paying it off in parts, pressed or seized; years of it piling up (3年分たまっとらす). */
const ARREARS =
  /滞納|未納|滞って|分納|督促|差し?押さえ|差押|[0-9一二三四五六七八九十]{1,3}(?:年|期|か月|ヶ月|カ月)分(?:も|が)?(?:たま|溜ま|ため|溜め)/u
/** A surname (or a full name) with its honorific, in kanji or katakana (half-width katakana is read full-width). */
const NAMED = /(?<![\p{Script=Han}々ヶァ-ヶー])(?:[\p{Script=Han}々ヶ]{1,4}(?:[ 　][\p{Script=Han}々ヶ]{1,3})?|[ァ-ヶ][ァ-ヶー]{1,6})(?:さん|様|さま|氏)(?![\p{Script=Han}]|(?:まで|へ|に(?:ご|お)?(?:相談|問い合わせ|連絡|電話)|が(?:担当|対応|ご案内)|と(?:[0-9一二三四五]人|一緒|二人|ふたり|共に|ともに)|に(?:教え|解説|説明して|講義|講演|ご指導|指導)))/gu
/** A role or a trade in katakana, no name (ヘルパーさん, ケアマネさん, パートさん). */
const KANA_ROLE = /^(?:ヘルパー|ケアマネ|パート|バイト|アルバイト|ドライバー|オーナー|マスター|ママ|パパ|シェフ|スタッフ|ボランティア|サポーター|ガイド|コーチ|トレーナー|デザイナー|カメラマン)/u
/** The desk's own people (税務課の古賀さん, 係長の…, 先輩の…): staff, no debtor. */
const STAFF_BEFORE = staffBefore('先輩|後輩|上司|同僚|係長|課長|主任|弁護士|司法書士|税理士')
/** The arrears as the desk's work or a lesson, the named one a colleague or a teacher (滞納整理の研修お疲れさまでした). */
const DESK_WORK = /お疲れ|研修|講座|講演|講義|勉強会|セミナー/u
/** A district, and a trait that leaves one person there (a birth year, an age, a spouse lost, living alone). */
const DISTRICT = /[\p{Script=Han}]{1,4}(?:町|地区|校区)/u
const TRAIT =
  /(?:明治|大正|昭和|平成)[0-9元一二三四五六七八九十]{1,3}年生まれ|[0-9]{2,3}歳|(?:奥さん|奥様|ご主人|旦那さん|夫|妻|息子さん|娘さん|お子さん)を[^。！？!?\n、]{0,6}?亡くされ|一人暮らし|ひとり暮らし|独居|寝たきり/u
const PERSON_WORD = /おじいちゃん|おばあちゃん|おじいさん|おばあさん|男性|女性|ご夫婦|(?<=[たる、）)])方/u
/** A shop placed by a landmark (角にある老舗の酒屋さん, 向かいの米屋さん). */
const LANDMARK_SHOP =
  /(?:角|隣|向かい|裏|横|そば|斜め前|奥|沿い)(?:に|の)(?:ある)?[^。！？!?\n、]{0,8}?[\p{Script=Han}ぁ-ゖァ-ヶー]{1,5}(?:屋|店)さん/u

function pointedName(t: string, sentence: { start: number; end: number }): { start: number; end: number } | null {
  const s = t.slice(sentence.start, sentence.end)
  NAMED.lastIndex = 0
  for (let m = NAMED.exec(s), k = 0; m && k < 8; m = NAMED.exec(s), k++) {
    const end = sentence.start + m.index + m[0].length
    if (!endsWithPerson(t.slice(Math.max(0, end - 24), end)) || KANA_ROLE.test(m[0])) continue
    if (STAFF_BEFORE.test(t.slice(Math.max(sentence.start, end - m[0].length - 8), end - m[0].length))) continue
    return { start: sentence.start + m.index, end }
  }
  return null
}

/** Inside an open quote on its line: someone's words, not the writer's telling. */
function quoted(t: string, at: number): boolean {
  const line = t.slice(t.lastIndexOf('\n', at - 1) + 1, at)
  return line.lastIndexOf('「') > line.lastIndexOf('」')
}

/** The sentence right before the arrears introduces the one it is about: a district, a person word and an age or a trait (大和町の…おばあちゃん（85歳）). */
function introducedBefore(t: string, at: number): { start: number; end: number } | null {
  const before = sentencesOf(t.slice(0, at)).at(-1)
  if (!before) return null
  const sentence = t.slice(before.start, before.end)
  const place = DISTRICT.exec(sentence)
  const trait = TRAIT.exec(sentence)
  if (!place || !trait || !PERSON_WORD.test(sentence) || quoted(t, before.start + place.index)) return null
  return { start: before.start + place.index, end: before.start + trait.index + trait[0].length }
}

export function pointedDelinquent(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!ARREARS.test(t) || !CITY_DUE.test(t) || CONSENT.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const arrears = ARREARS.exec(sentence)
    if (!arrears || quoted(t, s.start + arrears.index) || DESK_WORK.test(sentence)) continue
    let hit = pointedName(t, s)
    if (!hit) {
      const shop = LANDMARK_SHOP.exec(sentence)
      if (shop) hit = { start: s.start + shop.index, end: s.start + shop.index + shop[0].length }
    }
    if (!hit) {
      const place = DISTRICT.exec(sentence)
      const trait = TRAIT.exec(sentence)
      if (place && trait && PERSON_WORD.test(sentence)) hit = { start: s.start + place.index, end: s.start + trait.index + trait[0].length }
    }
    // Blind R378B-022 kind: the one paying off arrears introduced in the sentence before (大和町の中島のおばあちゃん（85歳）！毎月…分納を).
    if (!hit) hit = introducedBefore(t, s.start)
    if (!hit || hit.end <= hit.start) continue
    const span = doc.fromNorm(hit.start, hit.end)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '特定できる人の税の滞納' } })
    return
  }
}

/** What this person paid or still owes. */
const ACCOUNT_STATE =
  /(?:納付|お支払い|支払い|入金|納入)(?:を|が)?(?:確認|済)|未納|滞納|未払い|残り(?:は|が|の)|不足(?:額|分)/u
const AMOUNT = /[0-9][0-9,]{2,}円|第[0-9一二三四五六七八九十]{1,2}期/u

export function repliedTaxAccount(doc: Doc, emit: Emit, reply: boolean): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!reply && !/^\s*@[A-Za-z0-9_]/u.test(t)) return
  if (!CITY_DUE.test(t) || !ACCOUNT_STATE.test(t) || !AMOUNT.test(t)) return
  const head = sentencesOf(t)[0]
  if (!head) return
  const name = pointedName(t, head)
  if (!name) return
  const span = doc.fromNorm(name.start, name.end)
  emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '返信の相手の税額と納付の状況' } })
}

/** The heirs renouncing, or none to be found. */
const ESTATE = /相続放棄|相続(?:を)?放棄|相続人(?:が|は|も)?(?:不明|いな|見つから|全員|みんな)/u
const DEATH = /亡くな|他界|逝去|死去|亡き/u

export function namedEstate(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!ESTATE.test(t) || !DEATH.test(t) || CONSENT.test(t)) return
  const spans = sentencesOf(t)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const near = t.slice(spans[Math.max(0, i - 1)]!.start, spans[Math.min(spans.length - 1, i + 1)]!.end)
    if (!ESTATE.test(near) || !DEATH.test(t.slice(s.start, s.end))) continue
    const name = pointedName(t, s)
    if (!name || quoted(t, name.start)) continue
    const span = doc.fromNorm(name.start, name.end)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '名前を挙げた故人の相続の事情' } })
    return
  }
}
