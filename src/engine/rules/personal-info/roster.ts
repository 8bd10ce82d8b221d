/**
 * A photo of a list that holds people's names or addresses, posted (受付簿（お名前・ご住所）の写真を載せておきます, 参加者名簿の
 * 画像を添付します, 記帳いただいた芳名録をアップしました): everyone on it is published at once (round 43). A blank form or a
 * sample (申込書の記入例の写真), a photo said to be masked (名前はぼかしています), or one not posted (名簿の写真は掲載しません) is
 * not reported.
 */
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import { sentenceSpan, withoutUrls, type Emit } from './context'

/** A list of people kept by the city: a register, a sign-in sheet, a roster, filled-in forms. */
const LIST =
  '(?:名簿|受付簿|受付表|受付名簿|来場者(?:名簿|記録|カード)|参加者(?:名簿|一覧|リスト)|出席者(?:名簿|一覧|リスト)|出席簿|芳名録|芳名帳|芳名簿|記帳(?:簿|ノート)|署名簿|署名用紙|連絡網|申込書|申込用紙|申し込み用紙|申請書|届出書|アンケート(?:用紙|回答)|回答用紙|受講者(?:名簿|一覧)|会員(?:名簿|一覧))'
/** The list's image, posted (a bracket may say what it holds: 受付簿（お名前・ご住所）の写真を載せておきます, 画像を添付します, そのままアップしました). */
const ROSTER_PHOTO = new RegExp(
  `${LIST}(?:[（(][^（()）\\n]{0,20}[)）])?(?:の|を|も)?[^。！？!?\\n]{0,8}?(?:写真|画像|スキャン|スクショ|スクリーンショット|コピー|PDF|データ)(?:を|も|は)?[^。！？!?\\n]{0,12}?(?:載せ|のせ|掲載|アップ|あげ|上げ|投稿|添付|公開|貼(?:っ|り)?|シェア)(?:て(?:おき|い|あり|お)|し|させ|いたし|ます|ました|る|た)` +
    `|${LIST}(?:[（(][^（()）\\n]{0,20}[)）])?(?:を|も)(?:そのまま|撮影して|撮って|写真に撮って|スキャンして)[^。！？!?\\n]{0,8}?(?:載せ|のせ|掲載|アップ|投稿|添付|公開|貼(?:っ|り)?)(?:て(?:おき|い|あり|お)|し|させ|いたし|ます|ました|る|た)`,
  'gu',
)
/** A blank form, a sample, a masked photo, a photo not posted, or advice: no one's details. */
const NOT_EXPOSED =
  /記入例|見本|様式|ひな形|ひな型|雛形|書き方|白紙|未記入|空欄|ぼかし|モザイク|黒塗り|塗りつぶ|隠して|伏せて|加工して|写らない|写っていない|載せません|掲載しません|掲載しておりません|公開しません|公開しておりません|載せないで|掲載しないで|しないで|ないよう|ダウンロード|注意|お控え|控えて|禁止|やめ/u

export function rosterPhotos(doc: Doc, emit: Emit): void {
  const t0 = doc.norm.text
  if (!/写真|画像|スキャン|スクショ|スクリーンショット|コピー|PDF|データ|そのまま|撮/u.test(t0) || !/簿|名簿|一覧|リスト|用紙|申込書|申請書|届出書|芳名|連絡網|アンケート/u.test(t0)) return
  const t = withoutUrls(doc, t0)
  for (const m of matchAllOf(ROSTER_PHOTO, t)) {
    const s = sentenceSpan(t, m.index)
    if (NOT_EXPOSED.test(t.slice(s.start, s.end))) continue
    const span = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'personal-info/roster-photo', start: span.start, end: span.end, severity: 'block' })
  }
}
