/**
 * Blind R425A-053 kind: someone who wrote under a handle (コメントくださった「ゆう」さん, @yuu_0428 さん, ニックネーム「みかん」で投稿された方)
 * tied in public to their real name: the name told as theirs (…野田優子さんですよね？, 本名は…さん, 「ゆう」さんこと野田優子さん, …さんだったんですね).
 * A handle is how a resident chose to be seen; an account that names the person behind it takes that choice away, and what they wrote, or what
 * the post adds (お母様の介護で休職中), becomes theirs by name. Block.
 *
 * The handle is a name in quotation marks with an honorific, told as one who commented or posted, or an @handle; the tie is the real name
 * with an honorific, in the handle's sentence or the next, asked or told as the same person (…さんですよね, …さんですか, …さんでしょうか, 本名,
 * 正体, 中の人, こと, ＝). Not a handle thanked or answered with no name told (「ゆう」さん、ありがとうございます), a name of staff or a
 * speaker (担当の野田が, 講師の野田優子さん), a name told as who will answer (…さんからご連絡します), or a quoted example.
 */
import type { Doc } from '../../doc'
import { matchAllOf } from '../../regex'
import { quotedOnLine, sentencesOf, staffBefore, withoutUrls, type Emit } from './context'

/** A handle told as one who wrote: 「ゆう」さん with コメント, 投稿, ニックネーム… near it; or an @handle. */
const QUOTED_HANDLE = /[「『]([^「」『』\n]{1,16})[」』][ 　]?(?:さん|様|さま|氏)?/gu
const WROTE = /コメント|書き込|投稿|ニックネーム|ハンドル|アカウント|ユーザー名|ユーザ名|DM|メッセージ|リプライ|ご意見|レビュー|口コミ|名義で|というお名前で|の名前で|名で/u
const AT_HANDLE = /(?<![A-Za-z0-9_])@[A-Za-z0-9_]{2,15}(?![A-Za-z0-9_])/gu
/** A real name with its honorific: 野田優子さん, 野田 優子様, ノダ ユウコさん. */
const REAL_NAME =
  /(?<![\p{Script=Han}々ヶァ-ヶー])([\p{Script=Han}々ヶ]{1,4}(?:[ 　]?[\p{Script=Han}々][\p{Script=Han}々ぁ-ゖ]{0,3})?|[ァ-ヶー]{2,6}[ 　][ァ-ヶー]{2,6})[ 　]?(?:さん|様|さま|氏)/gu
const NOT_A_NAME =
  /^(?:母|父|兄|姉|弟|妹|娘|息子|子|孫|祖父|祖母|奥|主人|旦那|皆|みな|各|お客|利用者|市民|保護者|関係者|担当|職員|本人|ご本人)$|(?:者|員|長|課|係|局|所|館|園|院|校|会|社|部|室|庁|家)$/u
/** The name asked or told as the same person as the handle. */
const SAME_AFTER = /^[ 　]?(?:で(?:す|いらっしゃいます|いらっしゃる|しょう|は(?:ない|ありません))(?:よね|か|ね|でしょうか)?[？?]|ですよね|だよね|じゃない(?:です)?か|ではないでしょうか|だった(?:んです|のです|んだ)|でした(?:よね|か)|ご本人|本人)/u
const SAME_BEFORE = /(?:本名|実名|正体|中の人|素性|お名前)(?:は|が|って|＝|=)[ 　]?[^。！？!?\n]{0,6}$|(?:こと|＝|=|イコール)[ 　]?$/u
const STAFF_BEFORE = staffBefore('講師|代表|会長|委員|市長|議員')

export function handleUnmasked(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  const quoted = t.includes('「') || t.includes('『')
  if (!quoted && !t.includes('@')) return
  if (!/さん|様|さま|氏/u.test(t)) return
  const handles: number[] = []
  if (quoted && WROTE.test(t)) {
    for (const m of matchAllOf(QUOTED_HANDLE, t, 8)) {
      // Told as one who wrote, right before or after the handle (コメントくださった「ゆう」さん, 「ゆう」さんのコメント).
      const around = t.slice(Math.max(0, m.index - 24), m.index + m[0].length + 12)
      if (WROTE.test(around)) handles.push(m.index + m[0].length)
    }
  }
  for (const m of matchAllOf(AT_HANDLE, t, 4)) handles.push(m.index + m[0].length)
  if (handles.length === 0) return
  const sentences = sentencesOf(t)
  for (const h of handles) {
    // The handle's sentence and the next one.
    const i = sentences.findIndex((s) => h > s.start && h <= s.end)
    if (i < 0) continue
    const from = h
    const to = sentences[i + 1]?.end ?? sentences[i]!.end
    for (const n of matchAllOf(REAL_NAME, t.slice(from, to), 6)) {
      const at = from + n.index
      const end = at + n[0].length
      if (NOT_A_NAME.test(n[1]!.replace(/[ 　]/gu, '')) || quotedOnLine(t, at)) continue
      if (STAFF_BEFORE.test(t.slice(Math.max(0, at - 12), at))) continue
      if (!SAME_AFTER.test(t.slice(end, end + 16)) && !SAME_BEFORE.test(t.slice(Math.max(from, at - 16), at))) continue
      const span = doc.fromNorm(at, end)
      emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: 'ハンドル名で書き込んだ人の実名' } })
      return
    }
  }
}
