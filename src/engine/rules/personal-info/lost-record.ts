/**
 * Blind R365N-052 kind: a lost or handed-in health record told with the owner's name read off it (母子健康手帳の落とし物…表紙には「堤 美咲」さん
 * のお名前と「第2子」, 診察券のお忘れ物がありました。お名前は古賀 一郎様です, お薬手帳をお預かりしています（持ち主：松尾 和子さん）): the record
 * itself tells her pregnancy, the clinic he goes to or the medicine taken, and the name ties it to one person before everyone. Block. The name
 * is a full one (a space between its parts, or kanji with an honorific) said to be the owner's or written on it; a sample (記入例) or a call
 * to write one's name (お名前を記入してください) names no one.
 */
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import { withoutUrls, type Emit } from './context'

const LOST = /落とし物|落し物|忘れ物|お忘れ|遺失物|拾得|拾われ|拾って|届けられ|届きました|届いて(?:い|お)|お預かりして|お預かりしま/u
const HEALTH_RECORD =
  /母子(?:健康)?手帳|親子(?:健康)?手帳|妊婦健(?:康)?診(?:査)?(?:の)?(?:受診票|受診券)|診察券|お薬手帳|(?:身体障(?:害|がい)者|精神障(?:害|がい)者保健福祉|障(?:害|がい)者|療育)手帳|(?:医療|特定医療費|自立支援医療)?受給者証/u
const FULL = String.raw`[\p{Script=Han}々ヶ]{1,3}[ 　](?:[\p{Script=Han}々]{1,3}|[ァ-ヶー]{2,4}|[ぁ-ゖ]{2,4})(?<![様氏殿])(?=[」』 　、。)）]|さん|さま|様|氏|の|です|$)|[\p{Script=Han}々ヶ]{2,5}(?=[」』]?(?:さん|様|さま))`
/** The name on the record: 「堤 美咲」さんのお名前, 古賀 一郎様の記名, お名前は…, 持ち主：…, 名義は…. */
const OWNER_NAMED = new RegExp(
  String.raw`[「『]?(${FULL})[」』]?\s?(?:さん|様|さま)?(?:の)?\s?(?:お名前|名前|ご氏名|氏名|記名|名義)(?:が|と|で|の|は|、)|(?:お名前|名前|氏名|ご氏名|名義|持ち主|記名)(?:は|が|[:：])\s?[「『]?(${FULL})[」』]?`,
  'gu',
)
const SAMPLE = /記入例|記載例|見本|サンプル|架空|例[:：]/u

export function lostRecord(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!LOST.test(t) || !HEALTH_RECORD.test(t) || SAMPLE.test(t)) return
  for (const m of matchAllOf(OWNER_NAMED, t)) {
    const name = m[1] ?? m[2]!
    const at = m.index + m[0].indexOf(name)
    // A name quoted as an example in running text («「柳川 花子」のように»): only the owner's name as the post gives it.
    if (/^[」』]?\s?(?:のように|のような|などと|といった)/u.test(t.slice(at + name.length, at + name.length + 8))) continue
    const span = doc.fromNorm(at, at + name.length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '落とし物の持ち主の氏名と健康・妊娠の記録' } })
    return
  }
}
