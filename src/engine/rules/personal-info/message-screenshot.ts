/**
 * Blind R137I-120: a private message shown as a screenshot with its sender left visible (こんなDMをいただきました…（画像の説明：DM画面の
 * スクリーンショット。送信者のアカウント名 @… とプロフィール写真がそのまま写っている）, LINEのスクショを載せます、相手のアイコンと名前も
 * 見えています): a private person who wrote to the city is put before everyone without their leave. The post speaks of a message
 * (DM, メッセージ, LINE, メール) and its screen, and says the sender's name, handle, icon or photo shows (写っている, 見えている, 表示
 * されている, そのまま). A screenshot said to be masked (アカウント名は消しています, ぼかし), shown with the sender's leave (ご本人の了承を得て),
 * or advice to readers to hide the sender (アカウント名が写らないように) is not reported.
 */
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import { sentenceSpan, withoutUrls, type Emit } from './context'

const MESSAGE = /DM|ダイレクトメッセージ|メッセージ|LINE|ライン|メール|チャット/u
const SCREEN = /スクショ|スクリーンショット|画面|キャプチャ|画像|写真/u
/** The sender's name, handle, icon or photo, said to show. */
const SENDER_SHOWN =
  /(?:送信者|差出人|送り主|相手|相手方|投稿者|ユーザー|フォロワー|その方|ご本人)(?:さん|の方)?(?:の)?[^。！？!?\n]{0,6}?(?:アカウント名|ユーザー名|ユーザーネーム|ハンドル(?:ネーム)?|アカウント|ID|アイコン|プロフィール(?:写真|画像|画面)?|顔写真|お名前|名前|氏名)[^。！？!?\n]{0,40}?(?:写って(?:い|お|る|ま)|写り込ん|映って(?:い|る)|見えて(?:い|お|る|ま)|見えます|読めます|読める|表示されて|そのまま(?:写|映|載|表示|残|見え|出)|残って(?:い|お|る|ま)|載って(?:い|る|ま))/gu
/** Masked, shown with leave, or advice to hide it. */
const NOT_SHOWN =
  /ぼかし|ぼかして|モザイク|黒塗り|塗りつぶ|隠して(?:い|お|あ)|伏せて|消して(?:い|お|あ)|加工して|トリミング|了承|了解を|許可を|同意を|承諾|写らない|見えない|映らない|ご注意|注意して|気をつけ|気を付け/u

export function messageScreenshots(doc: Doc, emit: Emit): void {
  const t0 = doc.norm.text
  if (!MESSAGE.test(t0) || !SCREEN.test(t0)) return
  const t = withoutUrls(doc, t0)
  if (NOT_SHOWN.test(t)) return
  for (const m of matchAllOf(SENDER_SHOWN, t)) {
    const s = sentenceSpan(t, m.index)
    if (!SCREEN.test(t.slice(s.start, s.end)) && !/スクショ|スクリーンショット|画面/u.test(t)) continue
    const span = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'personal-info/identifiable-person', start: span.start, end: span.end, severity: 'warn', data: { label: 'メッセージの送信者が分かる画面' } })
    return
  }
}
