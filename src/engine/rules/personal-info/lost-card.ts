/**
 * Team R417S-015 kind: a lost or handed-in identity card told with its owner read off it, the full name and the date of birth (マイナンバー
 * カードのお忘れ物…お名前は「…」様、生年月日は昭和…年…月…日の方; 運転免許証を拾得しました（氏名：… 平成…年生まれ）; 保険証のお届け物、…さん、
 * 1987年3月生まれの方): the name and the birth date on the card are the very details that open the owner's records, told to everyone. Block.
 * The card is one that carries its holder's identity (マイナンバーカード, 通知カード, 運転免許証, 保険証, 在留カード, 学生証, 住基カード,
 * パスポート); the name a full one (a space between its parts, or kanji with an honorific) said to be the owner's; the birth told as a date,
 * an era year, or 生年月日. Not a lost-property notice without the owner's details (お名前と生年月日を確認のうえお返しします), a call to
 * bring one's card, a sample (記入例), nor a staff member named as the desk to ask (市民課の古賀までお越しください).
 *
 * Blind R439Q-036 kind: the card's details told in brackets right after the card, the owner's full name among them (保険証（記号…番号…、
 * 氏名 名前さん、平成…年…月生まれ）, 学生証（…高校、名字 名前さん・2008年4月生）): the bracket reads off the card as お名前は does. Not a
 * bracket that only says how to ask (保険証（ご本人確認のうえお返しします）), nor one naming no person (免許証（ケース入り・黒）).
 */
import type { Doc } from '../../doc'
import { withoutUrls, type Emit } from './context'

const LOST = /落とし物|落し物|忘れ物|お忘れ|遺失物|拾得|拾われ|拾って|届けられ|届きました|届いて(?:い|お)|お預かりして|お預かりしま|お届け物/u
const ID_CARD =
  /マイナンバーカード|個人番号カード|通知カード|運転免許証|免許証|(?:健康)?保険証|被保険者証|資格確認書|在留カード|特別永住者証明書|学生証|住基カード|住民基本台帳カード|パスポート|旅券/u
const FULL = String.raw`[\p{Script=Han}々ヶ]{1,3}[ 　](?:[\p{Script=Han}々]{1,3}|[ァ-ヶー]{2,4}|[ぁ-ゖ]{2,4})(?<![様氏殿])(?=[」』 　、。)）]|さん|さま|様|氏|の|です|$)|[\p{Script=Han}々ヶ]{2,5}(?=[」』]?(?:さん|様|さま))|[ァ-ヶー]{2,6}[ 　][ァ-ヶー]{2,6}(?=[」』 　、。)）]|さん|さま|様)`
/** The owner's name as the notice gives it: お名前は「…」様, 氏名：…, 持ち主は…さん, 「…」様のカード, 名義は…. */
const OWNER_NAMED = new RegExp(
  String.raw`(?:お名前|名前|氏名|ご氏名|名義|持ち主|記載のお名前|カードのお名前)(?:は|が|[:：])[ 　]?[「『]?(${FULL})[」』]?|(?:マイナンバーカード|個人番号カード|通知カード|運転免許証|免許証|保険証|被保険者証|資格確認書|在留カード|学生証|パスポート)[ 　]?[（(][^（()）\n]{0,40}?(?<=[（(、，,・　 ])(${FULL})(?:さん|様|さま)|[「『]?(${FULL})[」』]?[ 　]?(?:さん|様|さま)(?:の|名義の)[ 　]?(?:マイナンバーカード|個人番号カード|通知カード|運転免許証|免許証|保険証|被保険者証|在留カード|学生証|パスポート)`,
  'u',
)
/** The birth told: 生年月日は…, 昭和58年7月2日生まれ, 1987年3月生, H5.4.1生. */
const BIRTH =
  /生年月日|(?:明治|大正|昭和|平成|令和|[MTSHR]\.?)[ 　]?[0-9０-９元一二三四五六七八九十]{1,3}[ 　]?(?:年|\.)[ 　]?[0-9０-９一二三四五六七八九十]{1,2}[ 　]?(?:月|\.)[^。\n]{0,6}?(?:生まれ|生(?![\p{Script=Han}])|の方)|(?:19|20)[0-9]{2}[ 　]?年[ 　]?[0-9]{1,2}[ 　]?月[^。\n]{0,6}?(?:生まれ|生(?![\p{Script=Han}]))|(?:明治|大正|昭和|平成|令和)[ 　]?[0-9０-９元一二三四五六七八九十]{1,3}[ 　]?年[ 　]?(?:生まれ|生(?![\p{Script=Han}]))/u
const SAMPLE = /記入例|記載例|見本|サンプル|架空|例[:：]/u

export function lostCardOwner(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!LOST.test(t) || !ID_CARD.test(t) || !BIRTH.test(t) || SAMPLE.test(t)) return
  const m = OWNER_NAMED.exec(t)
  if (!m) return
  const name = m[1] ?? m[2] ?? m[3]!
  const at = m.index + m[0].indexOf(name)
  // The birth told within the owner's sentence or the next (no further than 80 characters from the name).
  const near = t.slice(Math.max(0, at - 80), Math.min(t.length, at + name.length + 80))
  if (!BIRTH.test(near)) return
  if (/^[」』]?\s?(?:のように|のような|などと|といった)/u.test(t.slice(at + name.length, at + name.length + 8))) return
  const span = doc.fromNorm(at, at + name.length)
  emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '落とし物の本人確認書類の持ち主の氏名と生年月日' } })
}
