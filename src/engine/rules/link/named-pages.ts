/**
 * Referrals: a third-party link whose owner the post names, a note rather than a warning (6(1), link/third-party at info): an operator's
 * page named before the link (西日本鉄道のホームページ（https://…）, …観光協会のページからどうぞ👇: OWNER_PAGE, NAMED_PAGE_BEFORE, ORG_PAGE_SENT,
 * `namedPageBefore`), labelled as someone's official site (OFFICIAL_SITE_BEFORE, OFFICIAL_NAMED_SENTENCE, with one describing sentence between:
 * `afterDescription`, listed with others under one sentence: `listedAt`), a government service (GOV_SERVICE, BODY_SERVICE_PAGE), a sponsor's
 * role label (協賛：…, ROLE_LABEL_BEFORE), a cited source (出典：…, `sourceLabelled`; an organisation's explanation in brackets: `orgCited`),
 * a body's signature line after its official site was named (SIGNED_BODY_LINE, `signedBodySite`, `officialSitesNamed`). Stays a warning:
 * a shop, a sale or a prize (SHOPPING), a person's or a fan's page, a page set against another (…より, ではなく) or warned of (偽, なりすまし).
 * Part of the link family (index.ts runs the checks in order and reports the link).
 */
import { matchAllOf } from '../../regex'
import { sentenceOf } from '../../words'
import type { LinkSpan } from './context'

/**
 * The link given as a post's stated source, its institution named on the label (出典：国立がん研究センター がん情報サービス⏎https://…,
 * 参考：気象庁「…」 https://…): a cited source, a note like a referral.
 */
const SOURCE_LABEL = /(?:出典|出所|引用元|参考|参照|資料提供|データ)[：:]\s?[^\n：:]{0,30}?(?:株式会社|協会|機構|財団|組合|大学|病院|センター|研究所|省|庁|学会|連盟|気象台)[^\n]{0,24}?[\s（(「『]*$/u
/**
 * Blind R145D-118 kind: the source label names a work by its title in brackets or its publisher in parentheses (出典：北原白秋「この道」
 * （青空文庫） https://…, 参考：『柳川の掘割』（柳川市史編さん室） https://…): the post says what the page is and whose, a cited source like
 * SOURCE_LABEL. Not a pointer or a vague one (出典：こちら, 参考：ネットの記事), not a person's page or a fan's (…さんのブログ「…」).
 */
const SOURCE_LABEL_TITLED = /(?:出典|出所|引用元|参考|参照)[：:]\s?(?!こちら|そちら|下記|以下|上記|ネット|ある|とある|某)[^\n：:]{0,30}?(?:[「『][^」』\n]{1,30}[」』]|[（(][^）)\n]{2,20}[）)])[^\n]{0,24}?[\s（(「『]*$/u
const SOURCE_NOT_NAMED = /さん|様|さま|氏|ちゃん|くん|個人|ブログ|ファン|有志|まとめ|ネット|SNS|口コミ|非公式/u
export function sourceLabelled(t: string, at: number): boolean {
  const w = t.slice(Math.max(0, at - 80), at)
  if (SOURCE_LABEL.test(w)) return true
  const m = SOURCE_LABEL_TITLED.exec(w)
  return m !== null && !SOURCE_NOT_NAMED.test(m[0])
}
/**
 * Blind R123A-028 kind: a named organisation's explanation or document cited with its link in brackets as the source of what the sentence
 * says (柳川市観光協会の解説（https://…）では…とされています, 日本気象協会の資料（https://…）によると): the owner named and the page given as
 * the source, a referral. The organisation is named by its ending (協会, 機構, 株式会社 …); a person's or an unnamed page is not this.
 */
const ORG_NAME = String.raw`(?:[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー・]{1,16}(?:株式会社|協会|機構|財団|組合|鉄道|バス|交通|電力|送配電|ガス|水道局|大学|病院|会議所|商工会|連盟|連合会|センター|気象台|事務所|新聞社|放送局|公社|研究所|学会)|(?:株式会社|一般社団法人|公益社団法人|一般財団法人|公益財団法人|NPO法人)[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー・]{1,16})`
const ORG_CITED_BEFORE = new RegExp(`${ORG_NAME}の(?:公式)?(?:解説|説明|資料|記事|発表|報告|報告書|案内|紹介|データ|統計|調査|まとめ|年表|ページ|サイト|ホームページ|HP)\\s?[（(]\\s?$`, 'u')
const ORG_CITED_AFTER = /^\s?[）)]\s?(?:では|でも|によると|によれば|による|には|に(?:掲載|詳しく|まとめ|載って)|で(?:詳しく|紹介|解説|説明|案内|確認|ご覧))/u
export function orgCited(t: string, u: LinkSpan): boolean {
  const m = ORG_CITED_BEFORE.exec(t.slice(Math.max(0, u.normStart - 40), u.normStart))
  return m !== null && !NAMED_PAGE_NOT_OWN.test(m[0]) && ORG_CITED_AFTER.test(t.slice(u.normEnd, u.normEnd + 12))
}
/**
 * Blind TZ-124 kind: a sentence naming the site as an organisation's official one (柳川市観光協会の公式サイトもあわせてご覧ください。) may be
 * followed by one sentence that only tells what is there (季節のイベントやモデルコースが紹介されています。) before the link: the link still
 * closes the named site's sentence. The sentence between points at no other page (こちら, この, 次の, ブログ, サイト), sets nothing against it
 * (より, ではなく) and warns of nothing (偽, なりすまし, 注意); the named sentence itself is read as OFFICIAL_NAMED_SENTENCE, NAMED_PAGE_BEFORE.
 */
const DESCRIPTION_POINTS = /こちら|そちら|あちら|ここ|下記|以下|上記|次の|この|その|あの|別の|ほか|他の|ブログ|まとめ|アカウント|サイト|ページ|HP|ホームページ|URL|リンク|個人|ファン|有志|非公式|より|ではなく|でなく|じゃなく|以外|偽|ニセ|装|なりすま|詐欺|フィッシング|注意|[？?]|https?:/u
export function afterDescription(t: string, at: number): number | null {
  let end = at
  while (end > 0 && /\s/u.test(t[end - 1]!)) end--
  const head = t.slice(Math.max(0, end - 80), end)
  const m = /[。！!]([^。！？!?\n]{4,70}[。！!][^\p{L}\p{N}\n。！!]{0,6})$/u.exec(head)
  if (!m || DESCRIPTION_POINTS.test(m[1]!)) return null
  return end - m[1]!.length
}
/**
 * Blind R247T-048 kind (unofmask7): links listed one a line right after each other (https://…⏎https://…), under one sentence naming two pages
 * joined (COORDINATED_PAGE: 市ホームページと柳川市観光協会の公式サイトで…): a link after the first of the list is read at the list's head, as
 * the first is, when the sentence names at least as many pages as the list has links up to it (a third link under two named pages is no
 * page named). Returns where the list starts, or null for a link that is no later item of such a list.
 */
const PAGE_NAMED = /(?:サイト|ホームページ|HP|ウェブサイト|ページ)/gu
export function listedAt(t: string, links: readonly LinkSpan[], u: LinkSpan): number | null {
  let i = links.indexOf(u)
  let n = 0
  while (i > 0) {
    const gap = t.slice(links[i - 1]!.normEnd, links[i]!.normStart)
    if (!/^[^\S\n]*\n\s*$/u.test(gap)) break
    i--
    n++
  }
  if (n === 0) return null
  const head = links[i]!.normStart
  const named = t.slice(Math.max(0, head - 90), head).split(/[。！!？?]\s*(?=\S)/u).pop() ?? ''
  return (named.match(PAGE_NAMED)?.length ?? 0) > n ? head : null
}
/**
 * Blind JP-007 kind (qlink16): a partner body's notice signed with its name on a line of its own and its site's URL on the next line
 * (…料金・時刻は観光協会の公式サイトでご確認ください。⏎⏎柳川市観光協会⏎https://…), the post having called that body's site its official
 * one: the signature says whose page it is, and the text sent readers to it, a referral like OFFICIAL_NAMED_SENTENCE. The signed name is a
 * public or member body by its ending (観光協会, 社会福祉協議会, 商工会議所, 振興会, 公社, 県, 省, 庁 …), not a shop, a company (株式会社)
 * or a person; the body the text names (観光協会の公式サイト) is the signed one or its tail (柳川市観光協会) and its sentence is not denied,
 * set against another page or warned of (非公式, 偽の, ではなく, なりすまし); no other link stands between. A shop is still a warning (SHOPPING).
 */
const SIGNED_BODY_END = '(?:観光協会|協会|協議会|会議所|商工会|振興会|公社|機構|連合会|組合|財団|連盟|委員会|県|省|庁)'
export const SIGNED_BODY_LINE = new RegExp(
  String.raw`(?:^|\n)[ \u3000]*[【［\[]?(?!某|各|他|別)([\p{Script=Han}\p{Script=Katakana}ー・]{1,16}${SIGNED_BODY_END})(?:[ \u3000]?(?:事務局|本部))?[】］\]]?[ \u3000]*\n[ \u3000]*$`,
  'u',
)
const BODY_OFFICIAL_NAMED = new RegExp(
  String.raw`([\p{Script=Han}\p{Script=Katakana}ー・]{1,16}${SIGNED_BODY_END})\s?の\s?公式(?:の)?(?:サイト|ホームページ|HP|ウェブサイト|webサイト|Webサイト|WEBサイト|ページ)`,
  'gu',
)
const SIGNED_NOT_OWN = /非公式|偽|ニセ|にせ|なりすま|成りすま|装|詐欺|フィッシング|注意|個人|ファン|有志|ではなく|でなく|じゃなく|以外/u
export function signedBodySite(t: string, u: LinkSpan): boolean {
  const sig = SIGNED_BODY_LINE.exec(t.slice(Math.max(0, u.normStart - 40), u.normStart))
  if (sig === null) return false
  const name = sig[1]!
  const sigStart = u.normStart - (Math.min(40, u.normStart) - sig.index)
  return officialSitesNamed(t, Math.max(0, sigStart - 400), sigStart).some((owner) => name.endsWith(owner) || owner.endsWith(name))
}

/**
 * The bodies whose official site `t[from, to)` names (BODY_OFFICIAL_NAMED: 観光協会の公式サイト → 観光協会), each only when its sentence
 * does not deny or warn of it (SIGNED_NOT_OWN), is not a shop's (SHOPPING), and no link follows the naming before `to` (the page it
 * named was given there, not under a signature below).
 */
export function officialSitesNamed(t: string, from: number, to: number): string[] {
  const owners: string[] = []
  const body = t.slice(from, to)
  BODY_OFFICIAL_NAMED.lastIndex = 0
  for (const m of matchAllOf(BODY_OFFICIAL_NAMED, body)) {
    if (/https?:\/\/|www\./iu.test(body.slice(m.index + m[0].length))) continue
    const s = sentenceOf(t, from + m.index, from + m.index + m[0].length)
    if (!SIGNED_NOT_OWN.test(t.slice(s.start, s.end)) && !SHOPPING.test(t.slice(s.start, s.end))) owners.push(m[1]!)
  }
  return owners
}
export function namedSiteSentence(t: string, at: number): boolean {
  return OFFICIAL_NAMED_SENTENCE.test(t.slice(Math.max(0, at - 90), at)) || namedPageBefore(t, at)
}
/**
 * Blind R117A-099: the link labelled as a named operator's official site, right before it (（運休情報：柳川観光開発 公式サイト https://…）,
 * 西鉄バスの公式HP：https://…, 九州電力送配電公式ウェブサイト（https://…）): the owner names the page as its own, a referral like OWNER_PAGE.
 * The owner is a name of two characters or more (kanji, katakana, Latin), not a pointer (こちら, 下記), a person or a fan (個人, ファン, 有志),
 * and not 非公式; nothing but spaces, a colon or an opening bracket between the label and the link. A shop is still a warning (SHOPPING).
 */
export const OFFICIAL_SITE_BEFORE =
  /[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー・]{2,20}(?<!こちら|そちら|下記|以下|上記|個人|ファン|有志|非)\s?の?\s?(?<!非)公式(?:の)?(?:サイト|ホームページ|HP|ウェブサイト|webサイト|Webサイト|WEBサイト|ページ)[\s（(:：「『]{0,3}$/u
/**
 * Blind R247T-048 kind (unofmask7): the sentence may name two pages joined, each with its owner (柳川市観光協会の公式サイトと市ホームページで
 * 随時更新しています。⏎https://…⏎https://…, …の公式サイトや県のホームページでご確認ください): the named site is still the first link's,
 * and the links listed one a line after it are the pages named, in turn (`listedAt`). The second page has an owner of its own (市, 県,
 * 観光協会), not a pointer, a person or a fan.
 */
const COORDINATED_PAGE = String.raw`(?:(?:と|や|、|および|及び|並びに)[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー・]{1,16}?(?<!こちら|そちら|下記|以下|上記|個人|ファン|有志|非|偽|ニセ)\s?の?\s?(?:公式(?:の)?)?(?:サイト|ホームページ|HP|ウェブサイト|webサイト|Webサイト|WEBサイト|ページ))?`
/**
 * Blind TY-005, TY-007, TY-100 kind: the sentence just before the link sends readers to a site it names as someone's official one, whoever
 * the owner (西鉄の公式サイトでご確認ください。⏎https://…, …は柳川市観光協会の公式サイトにまとまっています🚣⏎https://…, 北原白秋生家・記念館の
 * 公式サイトでご確認ください): the owner says the page is its own, a referral like OFFICIAL_SITE_BEFORE, whatever the predicate and with or
 * without a full stop (an emoji may close it). The owner is a name of two characters or more, not a pointer, a person or a fan, not 非公式
 * or a fake (偽の公式サイト); the predicate points at no other page (こちら, 下記, このブログ), sets the site against none (…より, ではなく)
 * and warns of no imitation (装った, なりすまし, 詐欺). A shop is still a warning (SHOPPING, read by the caller).
 */
export const OFFICIAL_NAMED_SENTENCE =
  new RegExp(String.raw`[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー・]{2,24}(?<!こちら|そちら|下記|以下|上記|個人|ファン|有志|非|偽|ニセ)\s?の\s?(?<!非|偽の|ニセの)公式(?:の)?(?:サイト|ホームページ|HP|ウェブサイト|webサイト|Webサイト|WEBサイト|ページ)${COORDINATED_PAGE}(?:で|に|から|では|には|にて|を|は|も)(?![^。！？!?\n]{0,40}?(?:こちら|そちら|ここ|下記|以下|次の|この|その|別の|ブログ|まとめ|より|ではなく|でなく|じゃなく|以外|装|偽|ニセ|なりすま|詐欺|フィッシング|注意))[、,]?[^。！？!?\n]{0,40}[。！!]?[^\p{L}\p{N}\n]{0,6}\s{0,3}$`, 'u')
/**
 * Blind TY-077, TY-087 kind: the link given under a label of the organisation's part in the event (協賛：株式会社… https://…, 特別協賛：…株式会社
 * ⏎（公式サイト https://…）, 後援：…, 協力：…): the post names whose site it is and why it is there, a referral (a note). The name is not a pointer,
 * a person (…さん, 様) or a fan, and holds no other link; a shop is still a warning (SHOPPING).
 */
export const ROLE_LABEL_BEFORE =
  /(?:^|[\n\s　、。【】（(■●・])(?:特別|共同)?(?:協賛|後援|協力|主催|共催|運営|出展|出店|スポンサー)(?:企業|団体|者|社)?\s?[：:]\s?(?!こちら|そちら|下記|以下|上記|個人|ファン|有志)[^\n：:。！？!?/]{1,29}?[^\n：:。！？!?/\s　](?<!さん|様|さま|氏|ちゃん|くん|方)[\s　]{0,3}(?:\n[\s　]{0,3})?(?:[（(]\s?(?:公式)?(?:サイト|ホームページ|HP|ウェブサイト|webサイト|Webサイト)?\s?[：:]?[\s　]{0,3}|(?:公式)?(?:サイト|ホームページ|HP|ウェブサイト)\s?[：:]?[\s　]{0,3})?$/u
/** An owner named before the link: 西日本鉄道のホームページ（, 〇〇協会の公式サイト：, 気象協会のWebサイト. */
export const OWNER_PAGE = /[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9][\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー々A-Za-z0-9・]{1,19}(?:株式会社|協会|機構|財団|組合|鉄道|バス|交通|電力|ガス|大学|病院|会議所|商工会|連盟|連合会|センター)?(?<!こちら|そちら|あちら|どちら|下記|以下|上記|左記|次|専用|特設|申込|申し込み|予約|応募|購入|販売|詳しく|詳細|情報)の(?:公式)?(?:ホームページ|ウェブサイト|webサイト|Webサイト|サイト|HP|ページ)[\s（(:：「『]*$/u
/**
 * An institution's service named by its title just before the link (国立がん研究センターの「がん情報サービス」もご覧ください。
 * https://…): the owner and what it runs, a referral like OWNER_PAGE.
 */
/**
 * Blind IC-015: a national government body's service named just before its site (内閣府の「DV相談＋」ではメールでも相談できます。⏎https://…,
 * 厚生労働省の「まもろうよ こころ」, 法務省の人権相談): the state's own service, a referral. Not when the link is set against it (…より
 * こちらのサイト, …ではなく).
 */
export const GOV_SERVICE = /(?:内閣府|内閣官房|デジタル庁|こども家庭庁|消費者庁|[\p{Script=Han}]{1,6}省|[\p{Script=Han}]{1,6}庁)(?:が運営する|の)(?:[^。！？!?\n「『]{0,12}?[「『][^」』\n]{1,24}[」』]|[\p{Script=Han}\p{Script=Katakana}ー・]{2,16}(?:相談|窓口|ダイヤル|ライン|サイト|ページ))(?![^。！？!?\n]{0,30}?(?:より|ではなく|でなく|じゃなく|以外))[^。！？!?\n]{0,30}[。！!]?\s*$/u
/**
 * Blind LG-030 kind: a service run for public bodies, named as such (官公庁オークション, 自治体…), and the body's own page on it referred to
 * right before the link (官公庁オークションの柳川市のページでご確認いただけます): the city's page on the service it uses, a referral (a note),
 * as a named operator's page is. The service must be named in the post; its host alone trusts nothing.
 */
export const BODY_SERVICE_PAGE =
  /(?:官公庁|自治体|行政|公共団体)[\p{Script=Katakana}ー]{2,12}の(?:柳川市|本市|当市|市|[\p{Script=Han}]{1,6}(?:市|町|村|県|省|庁))の(?:ページ|サイト|ホームページ)[^。！？!?\n]{0,20}[。！!]?\s*$/u
export const OWNER_SERVICE = /(?:株式会社|協会|機構|財団|組合|大学|病院|センター|研究所|省|庁|学会|連盟|気象台)の[「『][^」』\n]{1,24}[」』][^。！？!?\n]{0,16}[。！!]?\s*$/u
/**
 * Blind IE-050, IE-115: the sentence right before the link sends readers to a named organisation's own page, the link closing it
 * (九州電力送配電の停電情報ページでご確認ください。https://…, 柳川市観光協会の公式サイトで、…を見られます。https://…): the operator's page
 * given for what it runs, a referral like OWNER_PAGE. The owner is an organisation by its name's ending (協会, 電力, 送配電, 鉄道, 株式会社 …);
 * not a person's page (個人, 非公式, ファン), not a page set against another (…より, …ではなく), not a shop (SHOPPING, read by the caller).
 */
const NAMED_PAGE_BEFORE = new RegExp(
  String.raw`(?:[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー・]{1,16}(?:株式会社|協会|機構|財団|組合|鉄道|バス|交通|電力|送配電|ガス|水道局|大学|病院|会議所|商工会|連盟|連合会|センター|気象台|事務所|新聞社|放送局|公社)|(?:株式会社|一般社団法人|公益社団法人|一般財団法人|公益財団法人|NPO法人)[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー・]{1,16})` +
    String.raw`の(?:公式)?(?:[\p{Script=Han}\p{Script=Katakana}ー]{1,8}の?|[「『][^」』\n]{1,20}[」』]の?|)(?:ホームページ|ウェブサイト|webサイト|Webサイト|サイト|HP|ページ)` +
    String.raw`(?:で|から|に|では|には|を|は)[、,]?[^。！？!?\n]{0,30}?(?:確認|ご覧|見られ|見ること|閲覧|チェック|掲載|調べられ|公開|載って|お知らせ|案内)[^。！？!?\n]{0,16}[。！!]\s{0,3}$`,
  'u',
)
/**
 * (Blind TW-086 kind: the page may be named by its title in brackets, 九州電力送配電の「停電情報」のページで地区ごとに確認できます。https://…,
 * 西日本鉄道の「運行情報」ページでご確認ください: the operator's own page by the name it gives it, a referral like the rest.
 * Blind TX-132 kind: or by what it tells, run on with の and no brackets (九州電力送配電の停電情報のページで地区ごとに確認できます。⏎https://…,
 * 西日本鉄道の運行情報のページでご確認ください).)
 */
/** What makes the named page no organisation's own: a person's page, or a page set against another. */
const NAMED_PAGE_NOT_OWN = /個人|私的|非公式|ファン|有志|より|ではなく|でなく|じゃなく|以外/u
/**
 * Blind IW-022, IW-044, IW-101 kind: the sentence just before the link sends readers to a page it names as an organisation's, by the
 * organisation's name and whatever the predicate (食べられるお店は観光協会のページで紹介していますよ。⏎https://…, 参加店舗一覧は観光協会の
 * ページからどうぞ👇, 農園一覧は観光協会のページへ！, 詳しくは実行委員会の特設ページをご覧ください, 福岡県のホームページはこちら): the owner named
 * as where to look, a referral (a note) like NAMED_PAGE_BEFORE, whose verbs of checking it does not need. The owner is named by the ending
 * of an organisation's name (協会, 組合, 連盟, 実行委員会, 財団, 公社, 商工会議所, a ministry 省・庁, a prefecture 県, a university 大学,
 * 株式会社 …), read from the start of its word and not 某, 各, 他 or 別 (no one named); the sentence closes before the link (。！, an emoji
 * or arrow, a line break) and its predicate, if any, ends as a predicate does (in kana), so the link is the named page, not a shop or a
 * person the page mentions (…のページで紹介しているお店 https://…). The predicate points at no other page or person (こちらのブログ, さんの,
 * お店, より, ではなく) and warns of nothing; a shop is still a warning (SHOPPING, read by the caller), an unnamed page (こちらのページ), a
 * person's blog (○○さんのブログ) has no organisation's name.
 */
const ORG_PAGE_SENT = new RegExp(
  String.raw`(?<![\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー・])(?!某|各|他|別|とある)` +
    String.raw`(?:[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー・]{1,16}(?:株式会社|協会|機構|財団|組合|連盟|連合会|委員会|協議会|振興会|保存会|会議所|商工会|大学|公社|研究所|気象台|省|庁|県)|(?:株式会社|一般社団法人|公益社団法人|一般財団法人|公益財団法人|NPO法人)[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー・]{1,16})` +
    String.raw`の(?:公式)?(?:特設)?(?:[\p{Script=Han}\p{Script=Katakana}ー]{1,8}の?|[「『][^」』\n]{1,20}[」』]の?|)(?:ホームページ|ウェブサイト|webサイト|Webサイト|WEBサイト|サイト|HP|ページ)` +
    String.raw`(?:(?:で|から|に|へ|では|には|にて|を|は|も|でも|からも|にも)(?![^。！？!?\n]{0,40}?(?:こちら|そちら|あちら|ここ|下記|以下|次の|この|その|別の|ほか|他の|ブログ|まとめ|アカウント|インスタ|サイト|ページ|HP|ホームページ|URL|さん|様|さま|氏|個人|店|ショップ|ストア|より|ではなく|でなく|じゃなく|以外|装|偽|ニセ|なりすま|詐欺|フィッシング|注意))(?:[、,]?[^。！？!?\n]{0,40}[\p{Script=Hiragana}])?|はこちら(?:です|から|へ|まで)?)` +
    String.raw`(?:[。！!][^\p{L}\p{N}\n]{0,6}\s{0,3}|[^\p{L}\p{N}\s。！？!?、,]{1,6}\s{0,3}|\s{0,2}\n\s{0,2})$`,
  'u',
)
export function namedPageBefore(t: string, at: number): boolean {
  const w = t.slice(Math.max(0, at - 90), at)
  const m = NAMED_PAGE_BEFORE.exec(w) ?? ORG_PAGE_SENT.exec(w)
  return m !== null && !NAMED_PAGE_NOT_OWN.test(m[0])
}
/** What the reader is sent there for: to check or read more. */
export const REFER = /確認|ご覧|詳しく|詳細|最新|時刻表|運行状況|ダイヤ/u
/** Selling, buying, prizes: a shop's page is never just a referral. */
export const SHOPPING = /購入|買|通販|販売|セール|ポイント|クーポン|プレゼント|懸賞|応募|当たる|特価|割引|アフィリエイト|楽天|amazon|アマゾン|ふるさと納税/iu
