/**
 * Private and third-party pages given as the source (6(1), link/personal-source): personal blogs and free hosting (ameblo.jp, note.com,
 * hatenablog …: `isPersonalHost`); a social account (`isSocialAccount`) framed as a private person's (この方の投稿, …さんのインスタ, 個人の
 * アカウント, an acquaintance's shop, someone who posts on YouTube for readers: PERSON_FRAME, `personFramedNotDenied`); an unofficial copy or
 * an aggregator recommended (非公式の切り抜き, まとめアカウント, 市の公式動画ではありませんが…ぜひ: `unofficialCopy`); a video or social
 * channel recommended for an illness (`healthChannel`). Stays clean: the organisation's own page (公式, 市の公式note), a person's page named
 * only to turn readers away (個人のアカウントではありません, DENIED_AFTER), a warning against unofficial accounts (なりすまし, ご注意), a
 * health body's channel. Part of the link family (index.ts runs the checks in order).
 */
import { matchAllOf } from '../../regex'
import { sentenceOf } from '../../words'
import { hostMatches, OFFICIAL, RECOMMENDED, SENDS_TO, WARNED_OFF } from './context'

/** Hosts of personal blogs and free hosting: anyone can publish there. */
const PERSONAL_HOSTS = [
  'ameblo.jp', 'ameba.jp', 'note.com', 'note.mu', 'hatenablog.com', 'hatenablog.jp', 'hateblo.jp', 'hatenadiary.com', 'hatenadiary.jp',
  'blog.jp', 'livedoor.blog', 'blog.livedoor.jp', 'livedoor.jp', 'fc2.com', 'wixsite.com', 'jimdofree.com', 'jimdo.com', 'jimdosite.com',
  'github.io', 'wordpress.com', 'seesaa.net', 'jugem.jp', 'exblog.jp', 'blog.goo.ne.jp', 'tumblr.com', 'medium.com', 'lit.link',
  'linktr.ee', 'peraichi.com', 'studio.site', 'blogspot.com', 'webnode.jp', 'weebly.com', 'sites.google.com', 'muragon.com',
  'theblog.me', 'shopinfo.jp', 'amebaownd.com', 'localinfo.jp', 'themedia.jp', 'storeinfo.jp', 'mystrikingly.com', 'crayonsite.net',
  'blog.so-net.ne.jp', 'blog.ss-blog.jp', 'plaza.rakuten.co.jp', 'cocolog-nifty.com', 'fc2.net', 'blog.fc2.com',
]
/** Social networks: a path names one account, which may be anyone's. */
export const SOCIAL_HOSTS = ['x.com', 'twitter.com', 'instagram.com', 'facebook.com', 'fb.com', 'tiktok.com', 'threads.net', 'threads.com', 'youtube.com', 'youtu.be', 'note.com', 'bsky.app', 'twitcasting.tv', 'twitch.tv', 'nicovideo.jp', 'showroom-live.com', '17.live']
/**
 * A broadcast someone runs (ライブ配信, 生配信, 中継, ライブカメラ): in a disaster the readers watch it as the source, like a post.
 */
const STREAM = 'ライブ配信|生配信|配信|ライブカメラ|ライブ映像|生放送|中継|実況|ツイキャス|ニコ生|Twitch'
/**
 * Someone named only by what they made or share, as the owner of what follows (まとめてくださっている方がいます, 投稿しよる人が
 * おる, 解説してくれている人のインスタ, 調べてまとめた方の投稿): a private person, not an organisation. Not a thanks to them
 * (作ってくださった方、ありがとうございました) nor a group of them (投稿した方の中から抽選で): the person must be there (がいます) or own
 * the page (の投稿, のインスタ).
 */
const MAKER_PERSON =
  /(?:まとめ|作っ|作成し|投稿し|発信し|撮っ|撮影し|描い|書い|紹介し|公開し|アップし|載せ|配信し|更新し|編集し|調べ|整理し|解説し)(?:て(?:くださ(?:って(?:い)?る|った|る)|くれ(?:て(?:い)?る|た|る)|い(?:る|た)|る|いらっしゃる|おられる)|た|られ(?:て(?:い)?る|た)|よる|とる|とらす|よらす)(?:方|人)(?:が(?:い|お|いらっしゃ)|も(?:い|お|いらっしゃ)|の(?:投稿|アカウント|ページ|サイト|ブログ|まとめ|インスタ|Instagram|X|ツイート|ポスト|動画|チャンネル|note|TikTok|YouTube|ユーチューブ|Facebook|写真|地図|マップ|一覧|カレンダー|リール|ストーリー|ライブ配信|生配信|配信|ライブカメラ|ライブ映像|生放送|中継)|を(?:見つけ|発見|紹介))/u
/**
 * The page set above the city's own information (市の情報より見やすいかも, 公式サイトより分かりやすい, 市のHPよりも早い): the
 * writer recommends it as the better source, so it is not the city's.
 */
const BETTER_THAN_CITY =
  /(?:市|市役所|役所|行政|公式)の?(?:情報|ページ|ホームページ|HP|サイト|ウェブサイト|案内|お知らせ|発表|カレンダー|アプリ|広報)(?:より|よりも)[^。！？!?\n]{0,8}?(?:見やす|みやす|分かりやす|わかりやす|詳し|くわし|便利|正確|早|速|使いやす|見つけやす|役に立|役立|頼りにな|充実)/u
/**
 * Blind R72A-098: the writer's own acquaintance named as the owner of the page (友だちのVlog, 知り合いのインスタ, 同僚のYouTubeチャンネル,
 * 娘がTikTokに上げた動画): a private person's page shared as something to see. Not someone addressed in keigo (お友だちの投稿をお待ちして
 * います: readers invited), not a word that ends in one of these letters (工夫の動画, 姉妹都市の動画).
 */
/**
 * Blind R229B-037 kind: the writer's own friend's or classmate's shop (実は高校の同級生のお店なんです … ぜひ→ instagram.com/…): the shop's
 * account is a private favour sent readers to, not a source the city has checked (only with a social account's link: `framed`).
 */
const ACQUAINTANCE_SHOP = String.raw`お店|店(?![員長舗内頭])|ショップ|工房|アトリエ|カフェ|雑貨屋|パン屋|花屋|ケーキ屋|サロン`
const ACQUAINTANCE = String.raw`(?<![\p{Script=Han}々ごお御])(?:友だち|友達|ともだち|友人|親友|知り合い|知人|先輩|後輩|同級生|同期|同僚|いとこ|従兄弟|従姉妹|娘|息子|妻|夫|旦那|嫁|親戚|ママ友|パパ友|姉|兄|妹|弟)(?:さん|ちゃん|くん|君|たち)?(?:の[^。！？!?\n]{0,4}?(?:Vlog|vlog|VLOG|ブイログ|動画|YouTube|ユーチューブ|チャンネル|インスタ|Instagram|アカウント|ブログ|投稿|リール|ストーリー|TikTok|note|ツイート|ポスト|ページ|サイト|X|${STREAM}|${ACQUAINTANCE_SHOP})|が[^。！？!?\n]{0,16}?(?:撮っ|撮影し|作っ|投稿し|アップし|上げ|公開し|編集し|まとめ|配信し|載せ))`
/**
 * Blind R106A-117: a private person named as the one who runs the account or page that follows, in a relative clause (現役の民生委員さんが
 * 日々の活動を発信しているアカウント, 農家さんが作業を投稿されているインスタ, ママさんがまとめて発信しとるアカウント, 元保育士の方が紹介されて
 * いるブログ): someone's own account recommended, not the city's. Not an organisation called さん (観光協会さんが, 商店さんが, 自治会さんが),
 * not 法人 or 地方 (人 or 方 at the end of a longer word). Bounded: a few words between the person and the verb.
 */
const PERSON_RUNS = String.raw`(?:(?<!皆|みな|協会|組合|商店|会社|法人|団体|連盟|センター|事務所|役所|役場|市|町|村|県|課|係|局|署|省|庁|館|園|校|病院|会|社|店|部|所)(?:さん|さま|様|ちゃん|くん|氏)|(?<![\p{Script=Han}])(?:方|人))(?:が|の)[^。！？!?\n]{0,16}?(?:発信|投稿|配信|更新|運営|公開|紹介|解説|アップ|まとめ|管理)(?:して|されて|なさって|しと|されと|しよ|しちょ)(?:いる|る|おる|おられる|いらっしゃる)(?:アカウント|インスタ|Instagram|X|ブログ|チャンネル|YouTube|ユーチューブ|ページ|サイト|TikTok|note|SNS|Facebook|フェイスブック|Threads)`
/**
 * Blind R442T-049 kind: …or the medium named before the verb, the person doing it for readers now (避難されている方がYouTubeで発信してくださって
 * います, 地元の高校生がインスタで紹介してくれています, 農家さんが動画で配信されています): their own channel, which the city has not checked, given
 * as the one to watch. A body (市, 協会, 会社: the lookbehind above) or the city's own channel (公式) is not a person.
 */
const PERSON_POSTS_ON = String.raw`(?:(?<!皆|みな|協会|組合|商店|会社|法人|団体|連盟|センター|事務所|役所|役場|市|町|村|県|課|係|局|署|省|庁|館|園|校|病院|会|社|店|部|所)(?:さん|さま|様|ちゃん|くん|氏)|(?<![\p{Script=Han}])(?:方|人)|(?:高校生|大学生|中学生|学生|住民|市民))(?:が|も)[、,]?[^。！？!?\n]{0,16}?(?:YouTube|ユーチューブ|動画|チャンネル|インスタ|Instagram|TikTok|ティックトック|ブログ|note|SNS|X|Facebook|フェイスブック|ライブ配信|生配信|配信)(?:で|にて|に)[^。！？!?\n]{0,12}?(?:発信|投稿|配信|公開|紹介|アップ|更新|中継)(?:して|されて|なさって)(?:くださって|下さって|くれて|おられ|いらっしゃ|い|お)`
/**
 * The writer presents someone's account or page as the source to trust. Blind R84A-117: a person named by what they do (親の会をされている
 * 方, 釣具店をしとる人) may own the page with a demonstrative between (…されている方のこちらのアカウント, …しとる人のこのインスタ).
 */
export const PERSON_FRAME = new RegExp(
  String.raw`さんの(?:投稿|アカウント|ブログ|ページ|サイト|記事|動画|ポスト|まとめ|note|情報|インスタ|Instagram|X|Twitter|ツイート|TikTok|YouTube|チャンネル|Facebook|フェイスブック|写真|リール|ストーリー|${STREAM})|この方|あの方|こちらの方|その方|の方の(?:(?:こちらの|こちら|この|その|あちらの)\s?)?(?:投稿|アカウント|ブログ|ページ|サイト|記事|note|チャンネル|動画|YouTube|ユーチューブ|インスタ|Instagram|X|TikTok|${STREAM})|(?:して(?:い)?る|されて(?:い)?る|している|した|された|しとる|しよる|されとる|なさって(?:い)?る|しておられる|しとらす)(?:方|人)の(?:(?:こちらの|こちら|この|その|あちらの)\s?)?(?:YouTube|ユーチューブ|チャンネル|ブログ|インスタ|Instagram|アカウント|動画|投稿|SNS|note|TikTok|X|Twitter|ツイッター|Facebook|フェイスブック|${STREAM})|個人(?:の|が)?(?:運営|ブログ|アカウント|サイト|ページ|チャンネル|動画|YouTube|ユーチューブ|インスタ|SNS|note|TikTok|ホームページ|HP|${STREAM})|個人ブログ|個人(?:的な)?アカウント|個人で(?:活動|運営|発信|投稿|配信|中継|保護活動|ボランティア)[^。！？!?\n]{0,14}?(?:アカウント|ブログ|サイト|ページ|チャンネル|インスタ|Instagram|方|人)|私的な?アカウント|プライベート(?:の)?アカウント|私用(?:の)?アカウント|ファンの方|ファン(?:アカウント|サイト|ブログ)|有志の|[(（]個人[)）]|(?:インスタグラマー|ユーチューバー|YouTuber|ブロガー|インフルエンサー|ティックトッカー)(?:さん|の方)?の|さんの[^。！？!?\n]{0,8}(?:写真|投稿|動画|ブログ|アカウント)|一般の方|市民の方の|(?:(?:地元|近所|ご近所|市民|住民|一般|個人|ファン|観光客|旅行者|利用者|参加者|知り合い|友人)の|(?:にお住まいの|在住の|に住む|近くの))(?:方|人|皆さん|方々)(?:が|の)[^。！？!?\n]{0,12}?(?:撮|投稿|作|書|アップ|上げ|公開|編集|まとめ|配信|中継)|(?<![A-Za-z0-9_])[A-Za-z0-9_]{2,30}\s?さん|${MAKER_PERSON.source}|${PERSON_RUNS}|${PERSON_POSTS_ON}|${BETTER_THAN_CITY.source}|${ACQUAINTANCE}`,
  'u',
)
const PERSON_FRAME_ALL = new RegExp(PERSON_FRAME.source, 'gu')
/** The person's page named only to turn readers away from it (個人の方の配信ではなく, 個人のアカウントではありません). */
const DENIED_AFTER = /^[^。！？!?\n]{0,8}?(?:ではなく|でなく|じゃなく|ではありません|ではない|は(?:見ないで|控えて|避けて|ご遠慮)|に(?:惑わされ|ご注意|注意し))/u
export function personFramedNotDenied(a: string): boolean {
  PERSON_FRAME_ALL.lastIndex = 0
  let n = 0
  for (const m of matchAllOf(PERSON_FRAME_ALL, a)) {
    if (!DENIED_AFTER.test(a.slice(m.index + m[0].length, m.index + m[0].length + 24))) return true
    if (++n >= 8) return true
  }
  return false
}
/**
 * Blind R107A-038: someone else's unofficial copy of the city's content recommended on a video or social site (非公式の切り抜きですがこっちの
 * ほうが見やすいですよ https://www.youtube.com/watch?v=…（投稿者：…）, ファンの方がまとめた動画がおすすめ): a third party's edit the city cannot
 * vouch for, shared as the one to watch. The unofficial mark (非公式, 切り抜き, まとめ動画, 転載) and a recommendation (見やすい, おすすめ,
 * こっちのほうが) in the sentence; not readers warned off it (非公式の切り抜きにご注意ください, 公式チャンネルではなく…は見ないで).
 */
/**
 * Blind R442T-049 kind: the post itself saying the video or page is not the city's, then recommending it anyway (市の公式動画ではありませんが、
 * …ぜひご覧ください, 公式チャンネルじゃないけど): a third party's content the city cannot vouch for, as 非公式 is. Not official and warned off
 * (公式ではありませんのでご注意ください: no が/けど) is not this.
 */
const NOT_OFFICIAL_BUT = /公式(?:の)?(?:動画|チャンネル|アカウント|配信|映像|ページ|サイト|情報|X|インスタ|Instagram)?(?:では|じゃ)(?:ありません|ないです|ない)(?:が|けど|けれど|けれども)/u
export const NOT_OFFICIAL_BUT_ALL = new RegExp(NOT_OFFICIAL_BUT.source, 'gu')
export const UNOFFICIAL_COPY = /非公式(?:の|な)?|公式(?:の)?(?:動画|チャンネル|アカウント|配信|映像|ページ|サイト|情報|X|インスタ|Instagram)?(?:では|じゃ)(?:ありません|ないです|ない)(?:が|けど|けれど|けれども)|切り抜き|切抜き|切り取り動画|まとめ動画|まとめチャンネル|まとめアカ(?:ウント)?|転載(?:動画|アカ(?:ウント)?)?|無断転載|ファン(?:の方)?が(?:作|編集|まとめ|アップ|上げ)/u
/** Readers warned off an unofficial account, in its sentence or the next (なりすまし, 市の名前をかたる, フォローしないようご注意ください). */
const UNOFFICIAL_WARNED = /なりすまし|成りすまし|かた(?:る|って)|騙(?:る|って)|偽(?:の|アカ|物|者)|にせ(?:の|もの|アカ)|フォローしない|(?:確認|注意)(?:され|し)て(?:い|お)ります/u
export function unofficialWarned(t: string, own: { start: number; end: number }): boolean {
  const next = own.end < t.length ? sentenceOf(t, own.end + 1, own.end + 1) : own
  const said = t.slice(own.start, Math.max(own.end, next.end))
  return WARNED_OFF.test(said) || UNOFFICIAL_WARNED.test(said)
}
/** A handle that calls itself unofficial (@yanagawabus_unofficial, @…_hikoushiki, @unofficial_…). */
export const UNOFFICIAL_HANDLE = /unofficial|hikou?shiki|(?:^|_)fan(?:_|$)/iu
/**
 * Blind R380D-025 kind: a video or social channel recommended for an illness or a symptom (後遺症でお悩みの方は、こちらの動画チャンネルも参考に
 * なります): a channel no health body is named as running, given as medical advice. A body's own channel (公式, 保健所, 厚生労働省, 医師会,
 * 病院) or a warning against such channels is not this.
 */
const HEALTH_MATTER = /後遺症|症状|治療|治し方|治る|治す|療法|病気|持病|不眠|アトピー|認知症|糖尿病|高血圧|うつ病|腰痛|膝痛|ひざ痛|免疫力|自然治癒|がん(?:治療|予防|に効)/u
const HEALTH_BODY = /(?<!非)公式|保健所|保健センター|厚生労働省|厚労省|医師会|薬剤師会|病院|クリニック|医療機関|医療センター|大学|国立|学会|市の|県の|当市|本市|国の/u
export function healthChannel(t: string, start: number, end: number): boolean {
  const around = t.slice(Math.max(0, start - 100), Math.min(t.length, end + 40))
  return HEALTH_MATTER.test(around) && (RECOMMENDED.test(around) || SENDS_TO.test(around)) && !HEALTH_BODY.test(around) && !WARNED_OFF.test(around) && !UNOFFICIAL_WARNED.test(around)
}
export function unofficialCopy(t: string, start: number, end: number): boolean {
  const s = sentenceOf(t, start, end)
  const from = Math.max(0, Math.min(s.start, start - 80))
  const around = t.slice(from, Math.min(t.length, end + 40))
  // Blind R131I-058: an aggregator account sent readers to as the quickest source (こちらのまとめアカウントが一番早いです→ https://x.com/…_matome_bot/…):
  // the handle in the link may say it is a まとめ or a bot, and 一番早い sends readers there as SENDS_TO does for a handle.
  const url = t.slice(start, end)
  return (UNOFFICIAL_COPY.test(around) || (UNOFFICIAL_URL.test(url) && !OFFICIAL.test(around))) && (RECOMMENDED.test(around) || SENDS_TO.test(around)) && !WARNED_OFF.test(around.replace(NOT_OFFICIAL_BUT_ALL, ''))
}
/** An account's link whose handle says it is an aggregator or a bot (x.com/…_matome_bot, /matome_…), or unofficial. */
const UNOFFICIAL_URL = /\/@?[A-Za-z0-9_.]*(?:matome|unofficial|hikou?shiki)[A-Za-z0-9_.]*(?:\/|$)|\/@?[A-Za-z0-9_.]*_bot(?:\/|$)/iu
/** Cheap test before PERSON_FRAME. */
export const FRAME_HINT = /さん|さま|様|ちゃん|くん|氏|方|人|個人|私的|私用|プライベート|ファン|有志|グラマー|チューバー|tuber|ブロガー|インフルエンサー|ティックトッカー|より|友|知り合い|知人|先輩|後輩|同級生|同期|同僚|いとこ|従兄弟|従姉妹|娘|息子|妻|夫|旦那|嫁|親戚|姉|兄|妹|弟/iu

export function isPersonalHost(host: string): boolean {
  return PERSONAL_HOSTS.some((p) => hostMatches(host, p))
}
export function isSocialAccount(host: string, url: string): boolean {
  if (!SOCIAL_HOSTS.some((p) => hostMatches(host, p))) return false
  const path = url.replace(/^https?:\/\//i, '').slice(host.length)
  // An account (/@name, /name) or one of its posts (/p/…, /reel/…).
  return /^\/@?[A-Za-z0-9_.\-]{2,}|^\/(?:p|reel|reels|tv)\/[A-Za-z0-9_\-]{4,}/.test(path)
}
