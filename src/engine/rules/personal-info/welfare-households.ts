/**
 * Households named as those a welfare programme serves, under the welfare status it is for. Block (4(4)): that a household lives on public
 * assistance, is tax-exempt, a single parent's, in need of care or elderly only is its own matter (要配慮個人情報 for 生活保護), and a surname
 * with 様方 or 宅 in a district is one door.
 *
 * Blind R414P-044 kind: a programme's target told by a welfare status (生活保護を受けておられる世帯, 非課税世帯, ひとり親家庭, 要介護の方のいる
 * 世帯, 高齢者のみの世帯), and in that sentence, or in the next one telling the service done to them (訪問, 設置, お届け), households named as a
 * surname with 様方, さん宅 or のお宅, a district possibly before them (…町高畑の中村様方、同じく松永様方をはじめ…). status-list.ts reads
 * residents listed under an enforcement or arrears status; this one reads a welfare status.
 *
 * Not the status told to all with staff or a contact named (…世帯の方は、福祉課の中村までご相談ください), a volunteer's or an officer's home as a
 * place to ask (民生委員の中村様宅でも受け付け), a household thanked for a gift (中村様方からご寄付), a quoted or example address (「中村様方」のように),
 * groups (皆様方, 保護者様方), a household named in another sentence on another matter.
 */
import type { Doc } from '../../doc'
import { CONSENT, HOUSEHOLD_EXAMPLE as EXAMPLE, HOUSEHOLD_NOT_SURNAME as NOT_SURNAME, HOUSEHOLD_ROLE_BEFORE as ROLE_BEFORE, quotedOnLine, sentencesOf, withoutUrls, type Emit } from './context'

/** A welfare status a programme is for. */
export const STATUS =
  /生活保護|保護(?:受給)?世帯|(?:住民税)?非課税世帯|ひとり親(?:家庭|世帯)|母子(?:家庭|世帯)|父子(?:家庭|世帯)|要介護|要支援|障(?:害|がい|碍)(?:者手帳|のある方|をお持ち)|高齢者(?:のみ|だけ)の世帯|独居(?:高齢者|老人)|(?:ひとり|一人)暮らしの(?:高齢者|お年寄り)|低所得|就学援助|生活困窮|困窮世帯/u
/** One household by surname: 中村様方, 松永さん宅, 堤様のお宅. */
const HOUSEHOLD = /(?<![\p{Script=Han}々ヶ])([\p{Script=Han}々ヶ]{1,4})[ 　]?(?:様|さん|さま)(?:方|宅|のお宅|のご自宅)(?![\p{Script=Han}])/gu
/** A gift or help from the household: they are thanked, not served. */
const GIFT = /寄付|寄附|寄贈|ご提供|提供(?:いただ|して)|お借りし|協賛/u
/** The service done to the households, for a name in the sentence after the status. */
const SERVED = /訪問|伺い|伺っ|設置|取付|取り付け|お届け|配布|配付|支給|給付|支援|作業|点検|完了/u

// ---------- a named household using a welfare scheme ----------

/** One household by surname: 江口さんご一家, 古賀さん一家, 中島さん宅, 堤様方, 松尾さんのご家族. */
const HOUSEHOLD_NAMED =
  /(?<![\p{Script=Han}々ヶ])([\p{Script=Han}々ヶ]{1,4})[ 　]?(?:様|さん|さま)(?:ご一家|一家|方|宅|のお宅|のご家族|ご家族|家族|のおうち)(?![\p{Script=Han}])/gu
/** Using the scheme: この制度を使って, 免除を受けて, 減免を利用して, 支援を受けながら, 対象となって. */
const USING =
  /(?:制度|免除|減免|助成|補助|給付|支援|扶助|援助|保護|サービス|割引)(?:を|も)[ 　]?(?:使|利用|活用|受け|申請)|(?:利用|活用)(?:され|して)|対象(?:と|に)なって|受給(?:され|して|中)|受けて(?:おられ|いらっしゃ|い)/u

/**
 * The households named under a welfare status, read sentence by sentence, one finding a paragraph: served by the programme (the file's
 * docstring) or, blind R423Y-054 kind, using it: a household by surname (…さんご一家, さん一家, さん宅, 様方, さんのご家族) told, in the
 * sentence of a welfare status or the next one, as using the programme or the exemption (この制度を使って, 免除を受けて, 利用されて, …を
 * はじめ3世帯が…). Not the scheme told to all (生活保護世帯は全額免除になります), a household thanked for a gift, a role's home (民生委員の
 * …さん宅), a quoted example.
 */
export function welfareHouseholds(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!STATUS.test(t) || CONSENT.test(t)) return
  const sentences = sentencesOf(t)
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!
    const sentence = t.slice(s.start, s.end)
    // The status in this sentence, or in the one before it with the service or the use told in this one.
    const here = STATUS.test(sentence)
    const before = i > 0 && STATUS.test(t.slice(sentences[i - 1]!.start, sentences[i - 1]!.end))
    if ((!here && !before) || GIFT.test(sentence) || EXAMPLE.test(sentence)) continue
    const served = here || SERVED.test(sentence) ? householdIn(t, s.start, sentence, HOUSEHOLD, 8) : null
    const using = served === null && USING.test(sentence) ? householdIn(t, s.start, sentence, HOUSEHOLD_NAMED, 6) : null
    const found = served ?? using
    if (found === null) continue
    const span = doc.fromNorm(found.start, found.end)
    const label = served !== null ? '福祉の対象として名前を挙げた世帯' : '福祉の制度を使っていると名前を挙げた世帯'
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label } })
    return
  }
}

/** The first household by surname in `sentence` (at `from` in `t`) that is no group, no role's home and not quoted; its span in `t`, or null. */
function householdIn(t: string, from: number, sentence: string, re: RegExp, max: number): { start: number; end: number } | null {
  re.lastIndex = 0
  for (let m = re.exec(sentence), k = 0; m && k < max; m = re.exec(sentence), k++) {
    if (NOT_SURNAME.test(m[1]!) || ROLE_BEFORE.test(sentence.slice(Math.max(0, m.index - 10), m.index))) continue
    if (quotedOnLine(t, from + m.index)) continue
    return { start: from + m.index, end: from + m.index + m[0].length }
  }
  return null
}
