/**
 * Referrals the city answers for (6(1), link/third-party at info): a site the post calls the city's contracted or commissioned service
 * (市が契約している次のポータルサイト: `contractedSite`), a public-service portal given as the city's own page (寄附は柳川市の公式ページ
 * （ふるさとチョイス掲載ページ）から: `portalOwnPage`), and the city's own listing on a hometown-tax portal read from the URL (its
 * local-government code or name in the path: `cityListing`). Stays a warning: a contract denied or imitated (委託していると称する業者), a
 * portal praised as a bargain (お得, ポイント還元: PORTAL_DENIED), a portal link with no word that the page is the city's, a marketplace shop
 * without the city's code. Part of the link family (index.ts runs the checks in order).
 */
import { matchAllOf } from '../../regex'
import { sentenceOf } from '../../words'
import { hostMatches } from './context'
import type { LinkSpan } from './context'
import { isPublicBody } from './public-bodies'

/**
 * Blind TZ-120 kind: the post says the site is the city's contracted or commissioned service (市が契約している次のポータルサイトからお申し込み
 * いただけます, 市が委託している事業者の予約サイト, 本市と協定を結んでいる…のサービス): the city answers for the operator, so the link is a referral
 * (a note) even where something is bought or donated there (ふるさと納税). Not denied or imitated (契約しているわけではありません, 委託している
 * と称する業者, 市と契約しているかのように装った), and no other link between the words and this one.
 */
const CONTRACTED_SITE =
  /(?:市|町|村|県|区|市役所|本市|当市)(?:が|と|で)(?:正式に)?(?:契約|委託|提携)(?:して(?:い|お)(?:る|ます|ります)|した|する)[^。！？!?\n]{0,12}?(?:サイト|ポータル|ページ|サービス|事業者|業者|会社|フォーム|アプリ|システム)|(?:市|町|村|県)(?:と|が)(?:連携|提携)?協定を(?:結んで|締結して)(?:い|お)(?:る|ます|ります)[^。！？!?\n]{0,12}?(?:サイト|ポータル|ページ|サービス|事業者|会社|アプリ)|(?:市|町|村|県)の(?:契約|委託|指定)(?:先|事業者)(?:の|である)[^。！？!?\n]{0,12}?(?:サイト|ポータル|ページ|サービス|フォーム)/gu
const CONTRACT_DENIED = /ほか|他の|別の|その他|外部|ではありません|ではない|わけでは|ではなく|でなく|じゃなく|かのよう|ふり|フリ|称|名乗|装|かた(?:る|って|った)|騙|偽|ニセ|にせ|なりすま|成りすま|詐欺|フィッシング|注意|個人|非公式|以外|https?:\/\//u
export function contractedSite(t: string, u: LinkSpan): boolean {
  const from = Math.max(0, u.normStart - 140)
  const w = t.slice(from, u.normStart)
  CONTRACTED_SITE.lastIndex = 0
  for (const m of matchAllOf(CONTRACTED_SITE, w)) {
    const s = sentenceOf(t, from + m.index, from + m.index + m[0].length)
    if (!CONTRACT_DENIED.test(t.slice(s.start, u.normStart))) return true
  }
  return false
}
/**
 * Blind JR-013 kind (link18): a public-service portal the city lists its own page on (ふるさと納税: ふるさとチョイス furusato-tax.jp, さとふる,
 * ふるなび, ふるさと本舗, 楽天ふるさと納税's www.rakuten.co.jp/f<code>-<name>/; 電子申請: e-Tumo, LoGoフォーム, Graffer, now trusted before this is
 * asked: govFormService), given as the city's own
 * page or listing (寄附は柳川市の公式ページ（ふるさとチョイス掲載ページ）からどうぞ👇, 本市の返礼品ページはこちら, 市が掲載している…ページ): the
 * city answers for the page, a referral (a note) even though something is donated there, like `contractedSite`. The owner is a city, town,
 * village or prefecture read from the start of its word (柳川市, 市, 本市, 福岡県), not a market (朝市) or a person; the page named in the
 * sentence that closes right before the link, no link of another kind between. Blind R35A-044 kind: or the portal named by its service name
 * right before its link (ふるさとチョイス（https://…）), beside the city's own page in the same sentence (市ホームページ（https://…city…）と、).
 * Not when set against another page or denied (ではなく, より, 非公式, 偽, なりすまし), nor when the portal is praised as a bargain (お得,
 * ポイント還元, 最安, キャンペーン): that is an advertisement, still a warning, as is any portal link with no word that the page is the city's.
 */
const PUBLIC_PORTALS = ['furusato-tax.jp', 'satofull.jp', 'furunavi.jp', 'furusatohonpo.jp', 'e-tumo.jp', 'logoform.jp', 'graffer.jp']
function isPublicPortal(host: string, url: string): boolean {
  if (PUBLIC_PORTALS.some((p) => hostMatches(host, p))) return true
  // 楽天ふるさと納税: a municipality's shop on rakuten.co.jp, its code the local-government code (f402079-yanagawa).
  return hostMatches(host, 'www.rakuten.co.jp') && /^(?:https?:\/\/)?www\.rakuten\.co\.jp\/f\d{6}-[a-z]/iu.test(url)
}
const LOCAL_GOV = String.raw`(?:(?<![\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー])(?:[\p{Script=Han}]{1,4}(?:市|町|村|県)|本市|当市|市役所|市)(?<!朝市|夜市|見本市|骨董市|花市|軽トラ市|都市|各市|他市|各県|他県|各町|門前町|城下町|横町))`
const PORTAL_OWN_PAGE = new RegExp(
  String.raw`${LOCAL_GOV}(?:の|が)?(?:公式(?:に|の)?)?(?:(?!店|ショップ|ストア|さん|様|会社|商店|個人)[^。！？!?\n（(「『]){0,12}?(?:ページ|サイト|ホームページ|HP|フォーム|窓口|掲載)`,
  'u',
)
const PORTAL_NAME_BEFORE = /(?:ふるさとチョイス|さとふる|ふるなび|ふるさと本舗|楽天ふるさと納税|楽天市場|LoGoフォーム|ロゴフォーム|e-Tumo|Graffer|電子申請(?:サービス|システム)?)\s?[（(「『:：]?\s?$/iu
const PORTAL_DENIED = /ではなく|でなく|じゃなく|以外|より|非公式|偽|ニセ|にせ|なりすま|成りすま|装|騙|詐欺|フィッシング|注意|個人|ファン|お得|おトク|得する|お買い得|ポイント|還元|キャンペーン|最安|安く|格安|セール|クーポン|ランキング/u
export function portalOwnPage(t: string, links: readonly LinkSpan[], u: LinkSpan, trusted: readonly string[]): boolean {
  if (!isPublicPortal(u.host, u.url)) return false
  const from = Math.max(0, u.normStart - 140)
  const w = t.slice(from, u.normStart)
  if (PORTAL_DENIED.test(w) || PORTAL_DENIED.test(t.slice(u.normEnd, u.normEnd + 40).split(/[\n。！？!?]/u)[0]!)) return false
  // The sentence that closes right before the link (its closing mark, an emoji or arrow and a line break may stand between).
  const closed = w.replace(/[^\p{L}\p{N}）)」』]*$/u, '')
  const start = Math.max(closed.search(/[^。！？!?\n]*$/u), 0)
  const sentence = closed.slice(start)
  const sentenceAt = from + start
  const between = links.filter((l) => l !== u && l.normStart >= sentenceAt && l.normEnd <= u.normStart)
  if (between.length === 0) return PORTAL_OWN_PAGE.test(sentence.replace(/https?:\/\/\S+/giu, ''))
  // Beside the city's own page: the other links of the sentence are public bodies' or trusted, and the portal is named by its name.
  if (!between.every((l) => isPublicBody(l.host) || trusted.some((d) => hostMatches(l.host, d)))) return false
  const first = between[0]!.normStart - sentenceAt
  return PORTAL_OWN_PAGE.test(sentence.slice(0, first)) && PORTAL_NAME_BEFORE.test(t.slice(Math.max(0, u.normStart - 16), u.normStart))
}
/**
 * Blind LV-028, R408H-042 kind: the city's own listing on a hometown-tax portal, read from the URL itself: a ふるさと納税 portal's page whose
 * path carries the city's local-government code (the policy's `contacts.localGovCodes`, 全国地方公共団体コード: 柳川市 40207, or 402079 with
 * its check digit: furusato-tax.jp/city/product/40207, f402079-yanagawa on 楽天ふるさと納税) or the city's own name as a whole path part (furusato.ana.co.jp/40207-yanagawa/, …/city/
 * yanagawa/), the name taken from the city's trusted domain (city.yanagawa.fukuoka.jp). The city lists and answers for that page: a referral
 * (a note) under any wording (詳しくはこちら, ▼返礼品ページ). A marketplace (item.rakuten.co.jp) counts only with the code, a shop there
 * may bear the city's name; the page still set against the city's own, denied or praised as a bargain (PORTAL_DENIED) stays a warning.
 */
/** Whether `digits` hold one of the codes as a whole number: the 5-digit code, alone or with its check digit. */
function holdsLocalGovCode(digits: string, codes: readonly string[]): boolean {
  // Whole runs of 5 or 6 digits (40207, 402079): the code alone or with its check digit, never part of a longer number.
  const runs = digits.match(/(?<![0-9])[0-9]{5,6}(?![0-9])/gu) ?? []
  return runs.some((run) => codes.some((c) => /^[0-9]{5,6}$/u.test(c) && run.startsWith(c.slice(0, 5))))
}
const HOMETOWN_TAX_PORTALS = ['furusato-tax.jp', 'satofull.jp', 'furunavi.jp', 'furusatohonpo.jp', 'furusato.ana.co.jp', 'furusato.jal.co.jp', 'furusato.rakuten.co.jp', 'furusato.yahoo.co.jp', 'furu-po.com', 'furusato.au.com']
const HOMETOWN_TAX_MARKETS = ['item.rakuten.co.jp', 'www.rakuten.co.jp', 'shopping.yahoo.co.jp', 'store.shopping.yahoo.co.jp']
function ownCityNames(trusted: readonly string[]): string[] {
  return trusted.flatMap((d) => /^city\.([a-z]+)\.(?:[a-z]+\.jp|lg\.jp)$/u.exec(d.toLowerCase())?.[1] ?? [])
}
export function cityListing(t: string, u: LinkSpan, trusted: readonly string[], codes: readonly string[]): boolean {
  const portal = HOMETOWN_TAX_PORTALS.some((p) => hostMatches(u.host, p))
  if (!portal && !HOMETOWN_TAX_MARKETS.some((p) => hostMatches(u.host, p))) return false
  const path = u.url.replace(/^(?:https?:\/\/)?[^/?#]*/iu, '').toLowerCase()
  // On a marketplace only the municipality's own shop (f402079-yanagawa): a shop's item number may hold the same digits.
  const coded = portal ? holdsLocalGovCode(path, codes) : /^\/f[0-9]{6}-/u.test(path) && holdsLocalGovCode(path.slice(2, 8), codes)
  const named = portal && ownCityNames(trusted).some((n) => path.split(/[/?#&=_.-]/u).includes(n))
  if (!named && !coded) return false
  const before = t.slice(Math.max(0, u.normStart - 140), u.normStart)
  return !PORTAL_DENIED.test(before) && !PORTAL_DENIED.test(t.slice(u.normEnd, u.normEnd + 40).split(/[\n。！？!?]/u)[0]!)
}
