/**
 * Blind R406F-011, R406F-028, R406F-032, R406F-037, R406F-041 kinds: a named person's health-check or screening result told (要精密検査, 陽性,
 * クラスIIIa, しこりが見つかった, 体重の増え方がゆっくり…もう一度みせて). The name may be written in any script or spacing: kanji with an honorific
 * (坂田 美奈子様 heading a comment), katakana in full (カワノ ヒロコさん, half-width in the source), a child's given name (はるとくん), a name with
 * a space between every character (北 島 美 紀 さ ん), or names listed one a line under a heading that tells the result (…要精密検査となり…方
 * (敬称略) ⏎・江口 康夫). Block. The name and the result are in one sentence or next to each other. Not a schedule (no result told), nor a
 * count (要精密検査は12人でした), nor a result set as a condition for a class (…となった方は), nor a stated consent or a speaker's talk, nor staff
 * named as the contact (保健師の…さん, …さんまでお問い合わせ).
 *
 * Blind R437N-019 kind: a stool test (検便) among the tests, a result told as 陽性が出た or as a germ found (…菌が検出), and a member of staff
 * named with the test as theirs (調理員の…さんの検便で…陽性, OWN_TEST). Not the staff's routine tests told with no one named or no result
 * (調理員は毎月検便を受けています), nor the one who explains a result (保健師の…さんが説明します).
 */
import type { Doc } from '../../doc'
import { CONSENT, CONTACT_AFTER_NAME, HEALTH_STAFF_BEFORE, sentencesOf, withoutUrls, type Emit } from './context'

/** A health check, a screening or a medical test (the result is read only where one is told of). */
const SCREENING =
  /健診|検診|検便|細胞診|人間ドック|(?:ウイルス|血液|尿|便|肝炎|がん|PCR|抗原|抗体|精密|超音波|エコー|レントゲン|X線|マンモ(?:グラフィ)?|内視鏡|胃カメラ|聴力|視力|発達)検査|マンモグラフィ|胃カメラ/u
/** The result told: a follow-up needed, a positive test, a cytology class, a finding, a baby's growth to be seen again. */
const SCREEN_RESULT = new RegExp(
  String.raw`要精密検査|要精検|要精密|要再検査?|要医療|要治療|経過観察|精密検査の結果|陽性(?:で|と|が出|反応|判定|でした|だっ)|クラス ?(?:III|IV|V|[3-5])` +
    String.raw`|(?:菌|ウイルス|O-?157)(?:が|も)検出` +
    String.raw`|(?:しこり|影|ポリープ|腫瘍|異常|所見|病変)(?:が|も)(?:見つか|あ[りっ]|認められ|疑われ)|(?:異常|所見)あり|引っかか|ひっかか` +
    String.raw`|(?:体重|身長|発達|成長|言葉|首のすわり|頭囲)[^。！？!?\n]{0,6}?が(?:ゆっくり|遅れ|遅い|遅め|少な|小さ|気にな)` +
    String.raw`|もう一度(?:みせ|診せ|見せ|診|来|受診)|再受診|再診`,
  'u',
)
/** A person called by name: kanji with an honorific, a katakana full name, a child's given name. */
const CALLED =
  /(?:(?<![\p{Script=Han}々ァ-ヶーおご御])([\p{Script=Han}々]{1,4}(?: ?[\p{Script=Han}々]{1,4}| [ぁ-ゖァ-ヶー]{1,4})?)(?:さん|様|さま)|(?<![ァ-ヶー])[ァ-ヶー]{2,6} [ァ-ヶー]{2,6}(?:さん|様|さま)|(?<![ぁ-ゖ])(?!お|みんな|あか|ねえ|にい|ばあ|じい|あんぱん)[ぁ-ゖ]{2,4}(?:くん|ちゃん(?!と))|(?<![\p{Script=Han}々])(?![赤兄姉弟妹孫娘坊嬢][ちく君])[\p{Script=Han}々]{1,3}(?:くん|ちゃん|君))(?![\p{Script=Han}])/gu
/** Kanji before an honorific that are no one's name (皆さん, 患者さん, 保健師さん, 先生). */
const NOT_NAME = /^(?:皆|皆々|奥|先生|娘|息子|旦那|主人|嫁|孫|[兄姉弟妹夫妻父母]|祖[父母]|職員|患者|家族|利用者|参加者|受診者|対象者|赤|[\p{Script=Han}]{0,3}(?:師|員|長|士|医|者|課|係|所|会|局))$/u
/** A class the result is set for, or a count (…となった方は, 要精密検査は12人). */
const AS_CLASS = /(?:た|る|な|の)(?:方|人|皆さん)(?:は|へ|に|も|が|を|で)|場合|[0-9]+ ?(?:人|名)/u
/** A speaker's talk, a story told with leave (講演, 体験談). */
const TALK = /講演|講話|講師|体験談|体験を(?:語|話)|語って(?:くださ|いただ)|お話し(?:いただ|くださ)|登壇|トークショー/u
/** A line of a list that is a name bare (・江口 康夫). */
const LISTED_NAME = /^[・\-*●○◆]? ?[\p{Script=Han}々]{1,3} [\p{Script=Han}々]{1,3}$/u
/** Characters spaced one by one (北 島 美 紀 さ ん): read as one word. */
const SPACED = /(?<![\p{Script=Han}々ぁ-ゖァ-ヶー])(?:[\p{Script=Han}々ぁ-ゖァ-ヶー] ){3,12}[\p{Script=Han}々ぁ-ゖァ-ヶー](?![\p{Script=Han}々ぁ-ゖァ-ヶー])/gu

/** The text with letter-spaced runs closed up, and each character's offset in the text. */
function closeUpSpacing(t: string): { text: string; at: number[] } {
  let text = ''
  const at: number[] = []
  let last = 0
  SPACED.lastIndex = 0
  for (let m = SPACED.exec(t); m; m = SPACED.exec(t)) {
    for (let i = last; i < m.index; i++) (text += t[i]), at.push(i)
    for (let i = m.index; i < m.index + m[0].length; i++) if (t[i] !== ' ') (text += t[i]), at.push(i)
    last = m.index + m[0].length
  }
  for (let i = last; i < t.length; i++) (text += t[i]), at.push(i)
  at.push(t.length)
  return { text, at }
}

/**
 * Blind R437N-019 kind: the test right after the name, as the name's own (…さんの検便で, …さんの PCR 検査の結果, …さんの健診で): the result
 * is that person's even when a role stands before the name (支援員の…さんの検便で陽性, 保育士の…さんの抗原検査で陽性): a member of staff's
 * health is theirs as a resident's is. A role then the name with no test of theirs (保健師の…さんが説明します) stays the one who serves.
 */
const OWN_TEST = /^の[ 　]?(?:検便|便の?検査|[^。、！？!?\n]{0,8}?検査(?:で|の結果|結果|は|が)|健診|検診|人間ドック)/u

/** Residents called by name in `s` (not staff, not a word before an honorific). */
function calledIn(s: string): Array<{ index: number; length: number }> {
  const out: Array<{ index: number; length: number }> = []
  CALLED.lastIndex = 0
  for (let m = CALLED.exec(s); m; m = CALLED.exec(s)) {
    if (m[1] !== undefined && NOT_NAME.test(m[1].replace(/ /gu, ''))) continue
    const own = OWN_TEST.test(s.slice(m.index + m[0].length, m.index + m[0].length + 16))
    if ((!own && HEALTH_STAFF_BEFORE.test(s.slice(Math.max(0, m.index - 8), m.index))) || CONTACT_AFTER_NAME.test(s.slice(m.index + m[0].length))) continue
    out.push({ index: m.index, length: m[0].length })
  }
  return out
}

export function screenedPerson(doc: Doc, emit: Emit): void {
  const raw = withoutUrls(doc, doc.norm.text)
  if (!SCREENING.test(raw) && !/陽性|クラス ?(?:III|IV)/u.test(raw)) return
  const { text: t, at } = closeUpSpacing(raw)
  if (!SCREEN_RESULT.test(t) || TALK.test(t) || (/[了承同許]/u.test(t) && CONSENT.test(t))) return
  const block = (start: number, end: number): void => {
    const span = doc.fromNorm(at[start]!, at[end - 1]! + 1)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '名前を挙げた受診者の検査結果' } })
  }
  // Names listed one a line under a heading that tells the result.
  const lines = t.split('\n')
  let offset = 0
  for (let i = 0; i + 2 < lines.length; i++) {
    const heading = lines[i]!
    if (SCREEN_RESULT.test(heading) && LISTED_NAME.test(lines[i + 1]!) && LISTED_NAME.test(lines[i + 2]!) && !HEALTH_STAFF_BEFORE.test(heading)) {
      const start = offset + heading.length + 1
      return block(start, start + lines[i + 1]!.length)
    }
    offset += heading.length + 1
  }
  const spans = sentencesOf(t)
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!
    const sentence = t.slice(s.start, s.end)
    const result = SCREEN_RESULT.exec(sentence)
    if (!result) continue
    const named = calledIn(sentence)[0]
    if (named) return block(s.start + named.index, s.start + named.index + named.length)
    if (AS_CLASS.test(sentence)) continue
    for (const n of [spans[k - 1], spans[k + 1]]) {
      if (!n) continue
      const next = t.slice(n.start, n.end)
      const near = calledIn(next)[0]
      if (near && !AS_CLASS.test(next)) return block(n.start + near.index, n.start + near.index + near.length)
    }
  }
}
