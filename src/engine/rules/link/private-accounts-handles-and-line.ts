/**
 * Private accounts sent readers to without a link, or said to be locked (6(1), link/personal-source): an account named by its @handle and
 * owned by a colleague, an acquaintance or a private person, said private (@…_private), vouched for (まとめてくれている…そちらが便利) or
 * said unofficial, with readers sent there (`handles`, `handleVouched`); an account said to be locked or private, or readers told to ask
 * to follow it (鍵アカ, 非公開アカウント, フォロー申請: `privateAccountAt`); a private person's LINE given as the window for bookings (個人の
 * LINEから予約, line.me/ti/p/… with no @: `personalLineWords`, `personalLineBefore`, PERSON_LINE_URL). Stays clean: a reply's leading
 * mentions, the account's own link in the post (reported instead), the official account (公式), a denial (鍵アカではありません, 個人の
 * LINEではなく公式LINEから, 個人のLINEに連絡することはありません), a quoted mention. Part of the link family (index.ts runs the checks in order).
 */
import { matchAllOf } from '../../regex'
import type { DraftFinding, RuleInput } from '../../rule'
import { sentenceOf } from '../../words'
import { BODY_SOURCE, OFFICIAL, RECOMMENDED, SENDS_TO, withoutCompared } from './context'
import { FRAME_HINT, PERSON_FRAME, UNOFFICIAL_COPY, UNOFFICIAL_HANDLE, unofficialWarned } from './personal-pages'

/**
 * Blind R99A-102: the handle set in the owner's slot right after a colleague or an acquaintance (同期の @yng_taro_private のアカウントが
 * 参考になります, 同僚の@…の投稿, 後輩くんの @…, うちの係長の @…): a staff member's or a friend's private account, sent readers to. The word
 * stands alone (not the end of a longer word: 姉妹都市の, 市民課の) and only の (a space at most) lies between it and the handle.
 */
const OWNER_BEFORE_HANDLE =
  /(?<![\p{Script=Han}々ごお御])(?:同期|同僚|先輩|後輩|上司|部下|係長|課長|課長補佐|部長|主任|職員|担当|担当者|担当職員|友だち|友達|ともだち|友人|親友|知り合い|知人|同級生|いとこ|娘|息子|妻|夫|旦那|嫁|親戚|ママ友|パパ友|姉|兄|妹|弟)(?:さん|ちゃん|くん|君|たち)?の\s?$/u
/**
 * Blind R348M-012 kind: a handle that says it is its owner's own (@…_private, @…_priv, @kojin_…), or the person in charge named as its
 * owner (担当の @…, 担当者の @…; not 移住担当の, a section's name, which OWNER_BEFORE_HANDLE's look-behind leaves out): a staff member's
 * private account sent readers to (にDMください) instead of the city's official one.
 */
/**
 * Blind R370T-033 kind: the writer's or a person's own private account named right before its handle (わたしの個人アカ @…, 自分の
 * プライベートアカウント（@…）, 個人のインスタ @…): a private account sent readers to from the official one, as a handle saying private is.
 */
const PRIVATE_ACCOUNT_BEFORE =
  /(?:個人|プライベート|私用|私的な?|趣味)(?:の|用の?)?(?:アカウント|アカ|垢|インスタ|インスタグラム|Instagram|ツイッター|Twitter|X|ブログ|ページ)(?:は|も|が|[:：])?\s?[（(]?\s?$/u
const PRIVATE_HANDLE = /private|(?:^|_)(?:priv|prv|pvt|kojin|shiteki)(?:_|$)/iu
/**
 * Blind R385J-035 kind: the account named as a private person's own in the words before its handle, then pointed at (本人のアカウントも
 * のぞいてみてね👉 @…, 学生さんのインスタはこちら→@…, ○○ちゃんのアカウント： @…): an intern's, a student's or a child's own account sent
 * readers to from the city's. The owner is the person themself (本人, ご本人) or named as a private person (…ちゃん, …くん, 学生さん,
 * インターン生); the mayor's own (市長本人) is no private person's.
 */
const PERSON_ACCOUNT_POINTED =
  /(?:(?<![長員事])(?:ご)?本人|ちゃん|くん|学生さん|学生|生徒さん|インターン生|実習生)の(?:個人)?(?:アカウント|アカ|垢|インスタ|インスタグラム|Instagram|ページ)(?:も|を|は|が)?[^。！？!?\n@「」]{0,16}?(?:\u{1F449}|→|⇒|➡|[:：]|こちら)\s?$/u
/** An account named by its @handle in the text (not a reply's leading mentions). */
// Blind R367Q-009 kind: an Instagram handle may hold dots between its characters (@yuu.chan_0930); a dot at its end is punctuation.
const HANDLE = /(?<![A-Za-z0-9_@.\/])@([A-Za-z0-9_](?:[A-Za-z0-9_]|\.(?=[A-Za-z0-9_])){2,29})(?![A-Za-z0-9_@])/gu
/** Right after a handle (its bracket closed): the account is where news will appear (で速報されます, で随時発信します, から配信中). */
const NEWS_THERE = /^[)）]?\s?(?:で|にて|から)[^。！？!?\n]{0,8}?(?:速報|発信|配信|公開|お知らせ|告知|発表|中継|実況|更新|掲載|アップ)(?:され|し|いたし|中|予定|します|です)/u

/**
 * Blind R90A-133: a locked or private account (鍵アカ, 鍵垢, 鍵付きアカウント, 非公開アカウント, 承認制のグループ) named right before or after
 * the handle or link, or readers told to send it a follow request (フォロー申請してみてください, フォローリクエストを送って): only its
 * owner decides who reads it, so it is no place for the city's information. Not a denial (鍵アカではありません, フォロー申請は不要です).
 */
const PRIVATE_ACCOUNT =
  /(?:鍵(?:アカ|垢|アカウント)|鍵付き(?:の)?(?:アカウント|アカ|垢)|鍵のかかった(?:アカウント|アカ)|非公開(?:の)?(?:アカウント|アカ|グループ)|承認制(?:の)?(?:アカウント|アカ|グループ))(?!で(?:は|も)?な|じゃな|ではありません|には|から|の(?:方|人)|にし|にする|に設定)/u
const FOLLOW_REQUEST = /(?:フォロー|フォロワー)(?:申請|リクエスト)(?!は?(?:不要|なし|無し|いりません|必要ありません|必要ない|せずに|しなくて))(?:を|して|し|お願い|で)/u
/** Whether the account at norm [start, end) is said to be locked or private, or readers are told to ask to follow it. */
export function privateAccountAt(t: string, start: number, end: number): boolean {
  const s = sentenceOf(t, start, end)
  if (PRIVATE_ACCOUNT.test(t.slice(Math.max(s.start, start - 24), start)) || PRIVATE_ACCOUNT.test(t.slice(end, Math.min(s.end, end + 12)))) return true
  const next = s.end < t.length ? sentenceOf(t, s.end + 1, s.end + 1) : s
  return FOLLOW_REQUEST.test(t.slice(s.start, Math.max(s.end, next.end)))
}
export const PRIVATE_WHAT = '鍵のかかった（非公開の）アカウント'

/**
 * Blind R115A-066: a private account given by its @handle as the person or the account (@… さん, @… のアカウント) and vouched for as the
 * source: it gathers or writes it up for us (まとめてくれている, 書いてくださっている), or it is detailed, handy or accurate (詳しい, 便利,
 * 正確, 信頼できます), and readers are sent there (そちら/そっちが…, フォロー, 見てみて). Round 110 covered こちらのアカウント + a link;
 * this is the same vouching with the handle in place of the URL. Not a doubt or a denial (正確かどうか, 便利ではありません), not a
 * public body (消防, 観光協会: `BODY_SOURCE`), not quoted (「…」といった書き込み). Blind R134A-056: easy to read or use is vouching too
 * (@… さんのまとめが一番見やすいですよ).
 */
const HANDLE_OWNER = /^\s?(?:さん|様|さま|氏|ちゃん|くん|の(?:アカウント|アカ|垢|投稿|ポスト|まとめ|発信|インスタ|ページ))/u
const HANDLE_WRITES =
  /(?:まとめ|書い|発信し|投稿し|更新し|調べ|整理し|載せ|流し|教え|伝え|解説し|紹介し|上げ|アップし|映し|撮っ)(?:て|と)(?:くれ|くださ|る|い(?:る|ら))|(?:詳し|くわし)(?:い|か|く|です)|便利|正確(?!か|では|じゃ)|信頼でき(?:ます|る(?![かと]))|信用でき(?:ます|る(?![かと]))|頼りにな(?:ります|る(?![かと]))|わかりやす|分かりやす|役に立|役立|(?:見|読み|使い)やす(?:い|か|く)/u
const HANDLE_THERE =
  /(?:そちら|そっち|そこ|あちら)(?:が|の方が|のほうが|を|で|も|は)|フォロー|(?:見て|みて|見る|のぞいて|チェックして|参考にして)(?:みて|ください|下さい|ね|と|ごらん)|ご覧|おすすめ|オススメ|お勧め|(?:一番|いちばん|断然|最も)[^。！？!?\n]{0,6}?(?:便利|正確|詳し|くわし|早|速|わかりやす|分かりやす|見やす|読みやす|使いやす)/u
const HANDLE_VOUCH_DENIED = /(?:かどうか|とは限ら|ではありません|ではない|じゃない|ではなく|(?:便利|正確)で(?:は|も)な|わかりません|分かりません|不明)/u
function handleVouched(t: string, at: number, end: number): boolean {
  if (!HANDLE_OWNER.test(t.slice(end, end + 8))) return false
  const s = sentenceOf(t, at, end)
  // The vouching may run into the next sentence (…まとめてくれています。そちらが便利です).
  const next = s.end < t.length ? sentenceOf(t, s.end + 1, s.end + 1) : s
  const rest = t.slice(end, Math.min(Math.max(s.end, next.end), end + 60))
  const w = HANDLE_WRITES.exec(rest)
  if (!w || w.index > 30) return false
  if (!HANDLE_THERE.test(rest)) return false
  if (HANDLE_VOUCH_DENIED.test(rest)) return false
  if (BODY_SOURCE.test(t.slice(s.start, s.end))) return false
  // 「@… さんがまとめてくれているので、そちらが便利です」といった書き込み: quoted, a mention.
  const open = t.lastIndexOf('「', at)
  if (open !== -1 && t.indexOf('」', open) >= end) return false
  return true
}

/**
 * A private person's account sent readers to by its @handle (@kaori_photo さん（一般の方）の投稿からお借りしました！
 * ぜひフォローを): like a link to their page (link/personal-source), but written as a handle.
 */
export function handles(t: string, doc: RuleInput['doc'], emit: (f: DraftFinding) => void): void {
  if (!t.includes('@')) return
  HANDLE.lastIndex = 0
  for (const m of matchAllOf(HANDLE, t)) {
    // Leading mentions open a reply (the reply rule's), unless the post talks about the account (@… さんの写真).
    if (/^[\s@A-Za-z0-9_]*$/u.test(t.slice(0, m.index)) && !/^\s?(?:さん|様)(?:の|が|に)/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue
    // The account's own link in the post is reported instead (one finding per account).
    if (t.toLowerCase().includes(`/${m[1]!.toLowerCase()}`)) continue
    const s = Math.max(0, m.index - 40)
    const around = t.slice(s, Math.min(t.length, m.index + m[0].length + 60))
    // 公式 in a later sentence (…で速報されます！公式の結果は後日市ホームページに掲載します) is about another page, not this account.
    const own = sentenceOf(t, m.index, m.index + m[0].length)
    const after = t.slice(m.index + m[0].length, Math.min(t.length, m.index + m[0].length + 60))
    if (OFFICIAL.test(withoutCompared(t.slice(s, Math.max(own.end, m.index + m[0].length))))) continue
    const locked = privateAccountAt(t, m.index, m.index + m[0].length)
    const owned = OWNER_BEFORE_HANDLE.test(t.slice(Math.max(own.start, m.index - 12), m.index)) || PRIVATE_HANDLE.test(m[1]!) || PRIVATE_ACCOUNT_BEFORE.test(t.slice(Math.max(own.start, m.index - 16), m.index)) || PERSON_ACCOUNT_POINTED.test(t.slice(Math.max(own.start, m.index - 40), m.index))
    const vouched = handleVouched(t, m.index, m.index + m[0].length)
    // Blind R123A-144: an account said to be unofficial (非公式アカウント, a fans' まとめアカ, a handle that says so: @…_unofficial) sent
    // readers to as the source (フォローすると便利, 一番早い, 見るとわかる): no one answers for what it posts. Not a warning against it.
    const unofficial = (UNOFFICIAL_COPY.test(around) || UNOFFICIAL_HANDLE.test(m[1]!)) && (SENDS_TO.test(around) || RECOMMENDED.test(around) || NEWS_THERE.test(after)) && !unofficialWarned(t, own)
    if (!locked && !vouched && !unofficial && (!(owned || (FRAME_HINT.test(around) && PERSON_FRAME.test(around))) || !(SENDS_TO.test(around) || NEWS_THERE.test(after)))) continue
    const where = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'link/personal-source', ...where, data: { host: m[0], what: locked ? PRIVATE_WHAT : unofficial && !vouched ? '非公式のアカウント（SNS）' : '個人のアカウント（SNS）' } })
  }
}

/**
 * Blind R100A-101: readers sent to a private person's LINE (店主さん個人のLINEから予約するのが確実です, 私用のLINEに連絡してね, line.me/ti/p/…):
 * a private account the city cannot check, given as the window for bookings or questions (6(1)). A friend-add link with no @ after ti/p/
 * is a person's own account (an official account's reads line.me/R/ti/p/@… or %40…). The words alone count when readers are sent there
 * (予約, 連絡, 追加, ID); not when it is turned away (個人のLINEではなく公式LINEから, 個人のLINEでの予約は受け付けていません) or quoted.
 * Blind HX-140: nor when the city says it never does so (市役所が個人のLINEに直接メッセージを送ることはありません, 個人のLINEにご連絡することは
 * 一切ございません): the sending verb itself negated (断られることはありません negates another verb and still sends readers there).
 */
export const PERSON_LINE_URL = /line\.me\/(?:R\/)?ti\/p\/(?!@|%40)[A-Za-z0-9_\-~.]{3,}/iu
const PERSONAL_LINE = /(?:個人|私用|私的な?|プライベート)(?:の|用の|で使っている|の方の)?\s?(?:LINE|ライン)(?!スタンプ|ニュース|マンガ|漫画|ペイ|Pay|PAY|ギフト|公式)/gu
const LINE_SENDS = /^[^。！？!?\n]{0,24}?(?:予約|連絡|問い合わせ|問合せ|申し込|申込|注文|友だち追加|友達追加|追加|登録|相談|送って|メッセージ|DM|ID|QR)/u
const LINE_DENIED =
  /^[^。！？!?\n]{0,24}?(?:ではなく|でなく|じゃなく|では(?:受け付け|お受け|ご案内|対応|回答)|での(?:予約|連絡|問い合わせ|やりとり|やり取り|ご相談)は|は(?:使わ|使用し|利用し|教え|お伝え|受け付け|お受け)|を(?:教え|聞か|使わ|お伝え)|しないで|お控え|ご遠慮|(?:受け付けて|お受けして|対応して|行って|おこなって)(?:い|お)?(?:りません|ません|ない)|できません|(?:送る|送信する|お送りする|連絡する|ご連絡する|届く|届ける|お届けする|聞く|お聞きする|尋ねる|お尋ねする|求める|案内する|ご案内する|登録を求める|追加を求める|お願いする)(?:こと|事)(?:は|も)(?:一切|決して|絶対に?)?(?:ありません|ございません|ない|ありえません|あり得ません|いたしません|しません))/u
export const PERSONAL_LINE_WHAT = '個人のLINE（私人のアカウント）'
export function personalLineBefore(t: string, at: number): boolean {
  // The link may stand on the next line after the sentence that names it: a bounded window before it.
  const from = Math.max(0, at - 80)
  PERSONAL_LINE.lastIndex = 0
  for (const m of matchAllOf(PERSONAL_LINE, t.slice(from, at))) {
    const end = from + m.index + m[0].length
    if (!LINE_DENIED.test(t.slice(end, end + 30))) return true
  }
  return false
}
export function personalLineWords(t: string, doc: RuleInput['doc'], emit: (f: DraftFinding) => void): void {
  if (!/LINE|ライン/u.test(t)) return
  PERSONAL_LINE.lastIndex = 0
  for (const m of matchAllOf(PERSONAL_LINE, t)) {
    const a = m.index
    const b = a + m[0].length
    const after = t.slice(b, b + 30)
    if (LINE_DENIED.test(after) || !LINE_SENDS.test(after)) continue
    const sentence = sentenceOf(t, a, b)
    const open = t.lastIndexOf('「', a)
    const mention = open >= sentence.start && t.indexOf('」', open) >= b
    emit({ rule: 'link/personal-source', ...doc.fromNorm(a, b), ...(mention ? { mention: true } : {}), data: { host: m[0], what: PERSONAL_LINE_WHAT } })
    return
  }
}
