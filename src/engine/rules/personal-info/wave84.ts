/**
 * Found by blind wave 84: a home told by surname with the way to its door, a named household told as using a welfare exemption, a licence's
 * number written as its serial (第…号), a named person's care-need level told in public. Block (4(4), 5(1)).
 *
 * Blind R421W-025 kind (surnameHomeByWay): a private home by surname (…さんのおうち, さんのお宅, さん宅, さんの家) with the way to its door told
 * in the sentence: two of a walk or a drive from a station or a landmark (…駅から歩いて3分, 徒歩5分), a landmark's side (…の裏手にある, …の
 * 向かいの) and a count of houses (2軒目, 三軒隣): the door is found from the post. place-pointed.ts and house-look.ts read a landmark's side with
 * お宅 and no name; this reads the surname with the way. Not a named home with no way told (山田さんのお宅で収穫体験), a public place's way (会場は
 * 駅から徒歩5分の市民会館), the home as a mark on the way (…さんのお宅の角を右へ), nor a post that states consent.
 *
 * Blind R423Y-054 kind (namedWelfareUser): a household by surname (…さんご一家, さん一家, さん宅, 様方, さんのご家族) told, in the sentence of a
 * welfare status or the next one, as using the programme or the exemption (この制度を使って, 免除を受けて, 利用されて, …をはじめ3世帯が…).
 * welfare-households.ts reads households served by a visit or a delivery; this reads them using a scheme. Not the scheme told to all (生活保護
 * 世帯は全額免除になります), a household thanked for a gift, a role's home (民生委員の…さん宅), a quoted example.
 *
 * Blind R423Y-045 kind (licenceSerial): a driving licence named, and within the next lines a number of twelve digits written as a serial (番号
 * 第９２０４…号, 第…号の免許証), full-width or not (the norm view reads full-width digits as ASCII). licence-number.ts reads a number labelled
 * 番号 with no 第; identifiers.ts one right after the card's name. Not a count of licences or a serial of another length (第3号).
 *
 * Blind R424Z-008 kind (namedCareLevel): a named person (a full name with 様 or さん, or in a reply the reader's relative: お母様, ご主人) told
 * with the level decided for them: a care-need level (要介護２, 要支援1), a disability support class (障害支援区分3), a handbook's grade
 * (身体障害者手帳1級) or 非該当, said decided (と決定, と認定, となりました, と判定, でした). Not the result's handling told to all (要介護認定の
 * 結果は郵送でお知らせします), a level as a condition (要介護3以上の方が対象, 要介護2の場合は), nor a post that states consent.
 */
import type { Doc } from '../../doc'
import { CONSENT, HOUSEHOLD_EXAMPLE, HOUSEHOLD_NOT_SURNAME, HOUSEHOLD_ROLE_BEFORE, LANDMARK_SIDE, quotedOnLine, sentencesOf, withoutUrls, type Emit } from './context'
import { STATUS as WELFARE_STATUS } from './welfare-households'

/** The four readings of this file, in order. */
export function wave84(doc: Doc, emit: Emit, reply: boolean): void {
  surnameHomeByWay(doc, emit)
  licenceSerial(doc, emit)
  namedWelfareUser(doc, emit)
  namedCareLevel(doc, emit, reply)
}

function report(doc: Doc, start: number, end: number, rule: string, data: Record<string, string>, emit: Emit): void {
  const span = doc.fromNorm(start, end)
  emit({ rule, clause: '4(4)', start: span.start, end: span.end, severity: 'block', data })
}

// ---------- a home by surname with the way to it ----------

/** A private home by surname: 大坪さんのおうち, 古賀さんのお宅, 中島さん宅, 堤さんの家, 松尾様のご自宅. */
const SURNAME_HOME =
  /(?<![\p{Script=Han}々ヶ])([\p{Script=Han}々ヶ]{1,4})[ 　]?(?:さん|様|さま)(?:の(?:おうち|お家|お宅|ご自宅|自宅|家(?![族庭事])|ご実家|実家)|宅|ち(?=[のはがでにへ]))/gu
/** A walk or a drive to it: …から歩いて3分, 徒歩5分, 車で10分. */
const WAY_TIME = /(?:から|より)[ 　]?(?:歩いて|徒歩|車で|自転車で)[ 　]?(?:約|およそ)?[0-9０-９一二三四五六七八九十]{1,2}[ 　]?分/u
/** A landmark's side told as where it stands: …の裏手にある, …の向かいの, …の角を曲がって. */
const WAY_SIDE = new RegExp(`(?<=の)${LANDMARK_SIDE}(?:に(?:ある|建つ)|の|を(?:曲が|入っ|入る))`, 'u')
/** A count of houses: 2軒目, 三軒隣, 3件目. */
const HOUSE_COUNT = /[0-9０-９一二三四五]{1}[ 　]?(?:軒|件)(?:目|隣|先|となり)/u
/** The home as a mark on the way, right after it (…さんのお宅の角を右へ, …の前を通って). */
const AS_WAYMARK = /^の?(?:前|横|脇|角|先|手前|付近|あたり|辺り|近く|そば)(?:を|で|に|から|まで|の)/u

export function surnameHomeByWay(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!/さん|様|さま/u.test(t) || CONSENT.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const clues = (WAY_TIME.test(sentence) ? 1 : 0) + (WAY_SIDE.test(sentence) ? 1 : 0) + (HOUSE_COUNT.test(sentence) ? 1 : 0)
    if (clues < 2) continue
    SURNAME_HOME.lastIndex = 0
    for (let m = SURNAME_HOME.exec(sentence), k = 0; m && k < 6; m = SURNAME_HOME.exec(sentence), k++) {
      if (HOUSEHOLD_NOT_SURNAME.test(m[1]!) || HOUSEHOLD_ROLE_BEFORE.test(sentence.slice(Math.max(0, m.index - 10), m.index))) continue
      if (quotedOnLine(t, s.start + m.index) || AS_WAYMARK.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue
      return report(doc, s.start + m.index, s.start + m.index + m[0].length, 'personal-info/identifiable-person', { label: '道順・目印で分かる名前の家' }, emit)
    }
  }
}

// ---------- a named household using a welfare scheme ----------

/** One household by surname: 江口さんご一家, 古賀さん一家, 中島さん宅, 堤様方, 松尾さんのご家族. */
const HOUSEHOLD_NAMED =
  /(?<![\p{Script=Han}々ヶ])([\p{Script=Han}々ヶ]{1,4})[ 　]?(?:様|さん|さま)(?:ご一家|一家|方|宅|のお宅|のご家族|ご家族|家族|のおうち)(?![\p{Script=Han}])/gu
/** Using the scheme: この制度を使って, 免除を受けて, 減免を利用して, 支援を受けながら, 対象となって. */
const USING =
  /(?:制度|免除|減免|助成|補助|給付|支援|扶助|援助|保護|サービス|割引)(?:を|も)[ 　]?(?:使|利用|活用|受け|申請)|(?:利用|活用)(?:され|して)|対象(?:と|に)なって|受給(?:され|して|中)|受けて(?:おられ|いらっしゃ|い)/u
const GIFT = /寄付|寄附|寄贈|ご提供|協賛/u

export function namedWelfareUser(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!WELFARE_STATUS.test(t) || CONSENT.test(t)) return
  const sentences = sentencesOf(t)
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!
    const sentence = t.slice(s.start, s.end)
    // the status in this sentence or the one before it (a line break between them may stand as an empty piece)
    let j = i - 1
    while (j > 0 && t.slice(sentences[j]!.start, sentences[j]!.end).trim() === '') j--
    const status = WELFARE_STATUS.test(sentence) || (j >= 0 && WELFARE_STATUS.test(t.slice(sentences[j]!.start, sentences[j]!.end)))
    if (!status || !USING.test(sentence) || GIFT.test(sentence) || HOUSEHOLD_EXAMPLE.test(sentence)) continue
    HOUSEHOLD_NAMED.lastIndex = 0
    for (let m = HOUSEHOLD_NAMED.exec(sentence), k = 0; m && k < 6; m = HOUSEHOLD_NAMED.exec(sentence), k++) {
      if (HOUSEHOLD_NOT_SURNAME.test(m[1]!) || HOUSEHOLD_ROLE_BEFORE.test(sentence.slice(Math.max(0, m.index - 10), m.index))) continue
      if (quotedOnLine(t, s.start + m.index)) continue
      return report(doc, s.start + m.index, s.start + m.index + m[0].length, 'personal-info/identifiable-person', { label: '福祉の制度を使っていると名前を挙げた世帯' }, emit)
    }
  }
}

// ---------- a licence's number as its serial ----------

const LICENCE = /運転免許証?|免許証/u
/** Twelve digits as a serial: 第920411557380号, 第 9204-1155-7380 号. */
const SERIAL_TWELVE = /第[ 　]?((?:[0-9][ \-]?){11}[0-9])[ 　]?号/u

export function licenceSerial(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!t.includes('第')) return
  const card = LICENCE.exec(t)
  if (!card) return
  const near = t.slice(Math.max(0, card.index - 60), card.index + 160)
  const m = SERIAL_TWELVE.exec(near)
  if (!m) return
  const a = Math.max(0, card.index - 60) + m.index + m[0].indexOf(m[1]!)
  report(doc, a, a + m[1]!.length, 'personal-info/drivers-licence', { label: '運転免許証番号' }, emit)
}

// ---------- a named person's care-need level ----------

/** A level decided for a person: 要介護２, 要支援1, 障害支援区分3, 身体障害者手帳1級, 非該当. */
const CARE_LEVEL =
  /[「『]?(?:要介護[ 　]?[1-5１-５一二三四五]|要支援[ 　]?[12１２一二]|(?:障(?:害|がい)支援区分|支援区分)(?:は|が)?[、 　]{0,2}[「『]?(?:区分)?[ 　]?[1-6１-６一二三四五六]|(?:身体障(?:害|がい)者手帳|療育手帳|精神障(?:害|がい)者保健福祉手帳)[^。\n]{0,6}?[1-6１-６一二三四五六][ 　]?級|非該当)[」』]?/u
/** Said decided: と決定, と認定, となりました, と判定, でした, に決まり. */
const DECIDED = /^[ 　]?(?:と(?:決定|認定|判定|な[りっ]|の(?:決定|認定|判定|結果))|に(?:決ま|認定|変更|なり|な[っら])|でした|です(?:。|ね|ので|が)|の(?:認定|判定|決定)(?:が|を|と|で))/u
/** A level as a condition or told to all: 要介護3以上, 要介護2の場合, の方が対象. */
const LEVEL_RULE = /^[ 　]?(?:以上|以下|から|まで|の(?:方|人|場合|認定を受けている方)|相当|程度|または|又は|や|・|～|〜|の場合|でも|なら)/u
/** A full name with an honorific (佐藤キミエ様, 古賀 正人さん) or, in a reply, the reader's relative. */
const NAMED = /(?<![\p{Script=Han}々ァ-ヶー])[\p{Script=Han}々]{1,4}[ 　]?(?:[\p{Script=Han}々ァ-ヶー]{1,4}|[ぁ-ゖ]{2,4})[ 　]?(?:様|さん|さま|氏)(?!方|宅|たち|ら)/gu
/** Not a person: a group or a role (皆様, 利用者様, 市民の皆さん). */
const NOT_NAMED = /皆|各位|利用者|市民|住民|区民|町民|保護者|家族|職員|担当|会員|患者|入居者|関係者|ご/u
function namesPerson(s: string): boolean {
  NAMED.lastIndex = 0
  for (let m = NAMED.exec(s), k = 0; m && k < 6; m = NAMED.exec(s), k++) if (!NOT_NAMED.test(m[0])) return true
  return false
}
const READER_KIN =
  /(?:お母様|お母さま|お母さん|お父様|お父さま|お父さん|ご主人|奥様|旦那様|ご両親|ご家族|お祖母様|おばあ様|おばあさま|おばあちゃん|お祖父様|おじい様|おじいさま|おじいちゃん|娘さん|息子さん|お子さん|お子様|義母様|義父様|ご本人)/u

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
    if (LEVEL_RULE.test(after) || !DECIDED.test(after)) continue
    // the person in the sentence or the one before it
    let j = i - 1
    while (j > 0 && t.slice(sentences[j]!.start, sentences[j]!.end).trim() === '') j--
    const scope = (j >= 0 ? t.slice(sentences[j]!.start, sentences[j]!.end) : '') + sentence.slice(0, m.index)
    if (!namesPerson(scope) && !(reply && READER_KIN.test(scope))) continue
    return report(doc, s.start + m.index, s.start + m.index + m[0].length, 'personal-info/identifiable-person', { label: '名前を挙げた人の要介護度・障害の等級' }, emit)
  }
}
