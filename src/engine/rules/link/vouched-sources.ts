/**
 * Someone else's account or post vouched for as the source to trust (6(1), link/personal-source): in a quote post, the shared post's author
 * pointed at and praised (この方の投稿が一番正確です, …の方がまとめてくださったこのスレッド: `quotedVouch`); an account's link pointed at with
 * a demonstrative and vouched for (こちらのアカウントが一番早くて正確です: `accountVouched`), or recommended for what a third party does for
 * the readers (まとめてくれているので便利です: `favourAccount`). Stays clean: a doubt or a denial (正確とは限りません), an official or public
 * body's post (公式, 気象台, 市役所: BODY_SOURCE), what the city or the writer made (市がまとめたこのスレッド: OWN_MAKER), people thanked
 * (ありがとう), a quoted mention. Part of the link family (index.ts runs the checks in order).
 */
import { matchAllOf } from '../../regex'
import type { DraftFinding, RuleInput } from '../../rule'
import { sentenceOf } from '../../words'
import { BODY_SOURCE, OFFICIAL, WARNED_OFF, withoutCompared } from './context'
import type { LinkSpan } from './context'

/**
 * Blind R83A-008: in a quote post (mode `quote`) the post shared is the link: the writer points at its author with a demonstrative
 * (この方の投稿, このアカウント, こちらの方のまとめ, この人のポスト, その方は) and vouches for it as the source
 * to trust: the most accurate, detailed or quickest (一番正確, いちばん詳しか, 断然わかりやすい), or accurate, reliable, useful
 * (正確です, 信頼できます, 参考になります, 間違いなか). Third-party content shared as the city's word, unchecked (6(1)). Not この方 before
 * が (このほうが早い: "this way"), not a doubt or a denial (正確かどうか, 正確ではありません, 参考にならない), not an official or public
 * body's post (公式, 気象台, 市役所), not この投稿 alone (the city may quote its own earlier post), and only in a quote post: elsewhere
 * nothing is shared.
 */
const VOUCH_SUPER = '(?:一番|いちばん|最も|もっとも|断然|ダントツで?|何より|どこより(?:も)?|誰より(?:も)?|圧倒的に)'
/** Praise that vouches on its own: accurate, reliable, useful, never wrong. */
const VOUCH_STRONG =
  '(?:正確(?=です|で(?!は)|だ|や[。！!よね]|や(?:けん|けえ|から)|な(?:ん|の|情報|投稿)|ばい|けん|[。！!]|$)|信頼でき(?:ます|る(?![かと]))|信用でき(?:ます|る(?![かと]))|頼りにな(?:ります|る(?![かと]))|参考にな(?:ります|る(?![かと])|り(?=[、。！!]))|間違いな(?:い|か|し)(?!か)|確か(?=です|な(?:情報|投稿))|確実(?=です|で(?!は)|[。！!])|便利(?=です|で(?!は)|だ|や[。！!よね]|ばい|けん|[。！!よ]|$)|フォロー(?:して(?:おく|おいて|おき|おけば|みて|ください|下さい|ね)|しとく|しとって|しておくと|すると|すれば|を(?:おすすめ|お勧め|オススメ|ぜひ)|がおすすめ|がお勧め|がオススメ|推奨|必須))'
/** Praise that vouches only as the best: detailed, clear, quick. */
/**
 * Blind R101A-057: the private source set above the official one (公式より早いです, 市のホームページよりも詳しか, 学校の連絡より正確): vouching
 * as the better source, compared with the body it replaces.
 */
const VOUCH_BODY = '(?:公式|市役所|市|学校|役所|行政|連盟|協会)'
const VOUCH_COMPARE_HEAD = `${VOUCH_BODY}(?:の[^。！？!?\\n、]{0,8}?)?よりも?`
const VOUCH_WEAK = '(?:詳し(?:い|か|く)|くわし(?:い|か|く)|わかりやす|分かりやす|早(?:い|か|く)|速(?:い|か|く)|確実)'
/**
 * Blind R91A-089: what someone else made, named by who made it and a demonstrative (反対する会の方がまとめてくださったこのスレッド, 地元の
 * 方が作ってくれたこのマップ, 〇〇さんが投稿しとったこのポスト): the thread or post shared is theirs, so vouching for it is vouching for them.
 * The maker is read in `quotedVouch` (the city's own, 市が, 私たちが, 担当課が, is not a third party).
 */
const MADE_BY = '(?:が|の)(?:まとめ|作っ|つくっ|作成し|投稿し|書い|整理し|解説し|調べ|発信し|上げ|アップし|集め)(?:て(?:くださった|くださっている|くださってる|くれた|くれている|くれてる|おられる|いらっしゃる|い(?:る|た)|る|た)|た|られた|られている|とる|とった|よる|よった|らした)'
const MADE_THING = '(?:スレッド|スレ|まとめ|ポスト|投稿|ツイート|記事|動画|ブログ|ページ|一覧|資料|解説|マップ|地図|年表)'
/**
 * Blind R92A-138: a private person named by a demonstrative and what they are to the city's service (こちらの利用者さん, このご近所の方, この
 * 地元の人, その常連さん, あの乗客の方): one resident, whose live report (実況, レポ, 速報) the quote post vouches for as the source to trust.
 * A role alone with no demonstrative (利用者さんの実況はありがたいですが) points at no one shared.
 */
const ROLE_PERSON =
  '(?:(?:ご?近所|地元|一般|現地|沿線)の(?:方|かた|人|ひと|皆さん|方々)|(?:利用者|住民|市民|常連|乗客|参加者|観光客|お客|ファン|愛好家|ユーザー|ボランティア|釣り人|ご近所|地元|保護者|親御|卒業生|在校生|部員|OB|OG)(?:さん|の(?:方|かた|人|ひと|皆さん|方々)))'
/**
 * Team R148D-110 kind: the post shared given as where to learn a matter (この方の投稿を見れば、…の状況がすぐわかりますよ, このアカウントを
 * チェックすると…が分かります): the reader is sent to the private source as the one that tells, vouching as 正確です does. Not 'as … shows'
 * (見れば分かるとおり, 分かるように: the post pointed at as a case), nor a doubt (分かりません, 分かりにくい).
 */
const VOUCH_SEE =
  '(?:を|で)(?:見れば|見ると|見たら|チェックすれば|チェックすると|読めば|読むと|ご覧いただければ|ご覧になれば|見ていただければ)[、,]?[^。！？!?\\n]{0,30}?(?:わかり|分かり|わか(?:る|っ)|分か(?:る|っ))(?!とおり|通り|よう|ませ|づら|にく|か[。？?])'
const QUOTED_VOUCH = new RegExp(
  String.raw`(?<![こそどあ])((?:この|こちらの|その|あの)(?:(?:方|かた)(?=は|の)|人|ひと|アカウント|${ROLE_PERSON})` +
    String.raw`(?:の(?:投稿|ポスト|ツイート|アカウント|情報|発信|まとめ|解説|動画|写真|ブログ|記事|説明|データ|インスタ|X|ページ|レポート|レポ|実況|速報|中継|配信))?` +
    `|(?<=${MADE_BY})(?:この|こちらの|その|あの)${MADE_THING})` +
    String.raw`(?:(?:が|は|も|、|って)?[^。！？!?\n]{0,8}?(?:(?:${VOUCH_SUPER}|${VOUCH_COMPARE_HEAD})[^。！？!?\n]{0,4}?(?:${VOUCH_WEAK}|${VOUCH_STRONG})|${VOUCH_STRONG})|${VOUCH_SEE})`,
  'gu',
)
/** The maker is the city, its office or the writer (市が, 当課で, 担当が, 私たちが, 僕が): then what they made is the city's own. */
const OWN_MAKER = new RegExp(`(?:市|市役所|本市|当市|当課|課|係|室|局|私|わたし|わたくし|僕|ぼく|我々|われわれ|私たち|わたしたち|当方|職員|担当者?|公式|県|国)(?:で)?${MADE_BY}$`, 'u')
/** The vouching taken back right after (一番正確とは限りません, 参考になるかどうか). */
const VOUCH_DENIED = /^[^。！？!?\n]{0,6}?(?:とは限ら|かどうか|か(?:は)?(?:分かり|わかり|不明)|ではありません|ではない|じゃない)/u

export function quotedVouch(t: string, doc: RuleInput['doc'], emit: (f: DraftFinding) => void): void {
  if (!/この|こちらの|その|あの/u.test(t)) return
  QUOTED_VOUCH.lastIndex = 0
  for (const m of matchAllOf(QUOTED_VOUCH, t)) {
    const a = m.index
    const b = a + m[0].length
    if (VOUCH_DENIED.test(t.slice(b, b + 16))) continue
    const sentence = sentenceOf(t, a, b)
    if (BODY_SOURCE.test(withoutCompared(t.slice(sentence.start, sentence.end)))) continue
    // The thing made by the city or the writer (市がまとめたこのスレッド, 私たちが作ったこのマップ) is no third party's.
    if (!/^(?:この|こちらの|その|あの)(?:方|かた|人|ひと|アカウント)/u.test(m[1]!) && OWN_MAKER.test(t.slice(Math.max(sentence.start, a - 40), a))) continue
    // 「この方の投稿が一番正確です」といった書き込み: the words quoted as what someone wrote, a mention.
    const open = t.lastIndexOf('「', a)
    const mention = open >= sentence.start && t.indexOf('」', open) >= b
    const where = doc.fromNorm(a, b)
    emit({ rule: 'link/personal-source', ...where, ...(mention ? { mention: true } : {}), data: { host: m[1]!, what: '引用した個人の投稿（そのアカウント）' } })
    return
  }
}

/**
 * Blind R109A-127, R111A-092: an account's link, pointed at with a demonstrative (こちらのアカウント, このアカウントの方, この方) and
 * vouched for as the source to trust (一番早くて正確です, 正確です, 信頼できます), or said to write for the reader and recommended to follow
 * (いつも詳しく書いてくれているので、フォローをおすすめします): someone else's account given as the city's source (6(1)). Plain フォロー
 * してください with no one writing for us may be the city's own account; 公式 or a public body in the words is not a private person; a
 * doubt or a denial (正確とは限りません) or a quote (「…」といった) is no vouching.
 */
const ACCOUNT_POINTED = /(?<![こそどあ])(?:この|こちらの|その|あの)(?:アカウント|方|かた|人|ひと|インスタ|ページ)(?:の(?:方|かた|人|ひと|投稿|発信|情報))?/gu
const ACCOUNT_VOUCH = new RegExp(
  `^(?:が|は|も|、|って)?[^。！？!?\n]{0,12}?(?:(?:${VOUCH_SUPER})[^。！？!?\n]{0,4}?(?:${VOUCH_WEAK}|正確)|正確(?=です|で(?!は)|だ|や|な|ばい|けん|[。！!✨]|$)|信頼でき(?:ます|る(?![かと]))|信用でき(?:ます|る(?![かと]))|間違いな(?:い|か|し)(?!か))` +
    `|^[^。！？!?\n]{0,24}?(?:て|で)(?:くれ|くださ)[^。！？!?\n]{0,16}?(?:フォロー|おすすめ|オススメ|お勧め|ぜひ)`,
  'u',
)
export function accountVouched(t: string, links: readonly LinkSpan[], u: LinkSpan): boolean {
  let from = Math.max(0, u.normStart - 100)
  for (const o of links) if (o !== u && o.normEnd <= u.normStart && o.normEnd > from) from = o.normEnd
  const before = t.slice(from, u.normStart)
  if (withoutCompared(before).match(OFFICIAL) || BODY_SOURCE.test(withoutCompared(before))) return false
  ACCOUNT_POINTED.lastIndex = 0
  for (const m of before.matchAll(ACCOUNT_POINTED)) {
    const rest = before.slice(m.index + m[0].length)
    const v = ACCOUNT_VOUCH.exec(rest)
    if (!v) continue
    if (VOUCH_DENIED.test(rest.slice(v[0].length, v[0].length + 16))) continue
    // 「こちらのアカウントが一番正確です」といった書き込み: quoted, a mention.
    const open = before.lastIndexOf('「', m.index)
    if (open !== -1 && before.indexOf('」', open) >= m.index) continue
    return true
  }
  return false
}

/**
 * Blind R125A-001: an account's link recommended for what someone does for the readers, told with a benefactive and no doer named
 * (こちらのチャンネルで見られます！まとめてくれているので便利です。, 毎日配信してくださっているので参考に, 切り抜いて上げてくれてる): the
 * city does not say it does its own work for itself (くれる, くださる), so the doer is a third party and their account is given as the
 * source. Not one the post names as the city, its office or a public body (議会事務局が配信しています, 公式チャンネル), not people thanked
 * for a video on the city's channel (動画を作ってくれた高校生の皆さん、ありがとう: the benefactive closes a noun, not a reason or a
 * statement), not readers warned off it.
 */
const FAVOUR = /(?:まとめ|作っ|つくっ|作成し|編集し|配信し|中継し|アップし|上げ|投稿し|載せ|のせ|切り抜い|切り取っ|整理し|解説し|撮っ|撮影し|更新し|公開し|発信し|紹介し|流し)(?:て|で)(?:くれ|くださ)(?:って(?:い)?る|って(?:い)?ます|ってい|っとる|った|て(?:い)?る|て(?:い)?ます|てい|とる|た|る|ます|り|い)(?=ので|から|けん|し[、,]|のが|のは|ため|んで|ん(?:です|だ)|[。！？!?、,\s✨]|$|(?:ます|ました|まして|ています)(?:ので|から|[。！？!?、,\s]|$))/u
const FAVOUR_OWN_DOER = /(?:市|市役所|本市|当市|課|係|室|局|事務局|議会|委員会|公式|職員|担当|県|国|協会|組合|センター)(?:で|が|では|から)[^。！？!?\n]{0,16}$/u
const THANKED = /ありがと|感謝|お礼/u
export function favourAccount(t: string, links: readonly LinkSpan[], u: LinkSpan): boolean {
  let from = Math.max(0, u.normStart - 100)
  for (const o of links) if (o !== u && o.normEnd <= u.normStart && o.normEnd > from) from = o.normEnd
  const s = sentenceOf(t, u.normStart, u.normEnd)
  const around = t.slice(from, Math.min(t.length, Math.max(u.normEnd, s.end)))
  if (OFFICIAL.test(withoutCompared(around)) || BODY_SOURCE.test(withoutCompared(around)) || WARNED_OFF.test(around) || THANKED.test(around)) return false
  const m = FAVOUR.exec(around)
  return m !== null && !FAVOUR_OWN_DOER.test(around.slice(Math.max(0, m.index - 30), m.index))
}
