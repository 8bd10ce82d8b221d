/**
 * Links shown as the thing to avoid, not sent to (6(1)): a bare domain quoted or named as an example (「bit.ly」などの短縮URL:
 * `isMentionedDomain`, `isQuotedExample`), a link inside a quoted scam message the post warns about (`isQuotedScam`), a look-alike the
 * sentence calls fake (市をかたる偽サイト（https://…）: `warnedAsFake`) — each a mention, a note at most; and the impostor account itself
 * linked in the warning about it (こちらが…なりすましアカウントです→ https://x.com/…: `impostorLinked`, link/impostor). Stays clean (still a
 * link sent to): a correct page given in the same warning (正しい手続きはこちら https://…), the city's or a body's own account
 * (公式アカウントは, 本物は), a page to read or report through (注意喚起をご覧ください, 通報はこちら), a network's help pages. Part of the link
 * family (index.ts runs the checks in order).
 */
import { sentenceOf } from '../../words'
import type { LinkSpan } from './context'

/** A bare domain without a path, quoted or followed by など/といった: the text talks about the domain. */
export function isMentionedDomain(t: string, u: LinkSpan): boolean {
  if (/^https?:\/\//i.test(u.url) || u.url.includes('/')) return false
  return isQuotedExample(t, u)
}
export function isQuotedExample(t: string, u: LinkSpan): boolean {
  const after = t.slice(u.normEnd, u.normEnd + 8)
  const before = t.slice(Math.max(0, u.normStart - 1), u.normStart)
  return /^[」』"”]?\s?(?:など|といった|のような|のように|等|や|と同じ|に似た|を装|をかた)/u.test(after) || (/[「『"“]/u.test(before) && /^[」』"”]/u.test(after))
}

/**
 * Blind IE-044: the link stands inside a quoted message (「【柳川市】…こちらから手続きしてください http://…」) that the post warns readers
 * about (こんなSMSに注意！, 詐欺, リンクは絶対に開かないでください, 市が…送ることはありません): the scam shown as the thing to avoid, a mention.
 * The quote holds words besides the link (a bare 「https://…」 is just the link), and the warning stands outside the quote; a link given
 * outside the quote in the same warning (正しい手続きはこちら https://…) is still one the post sends readers to.
 */
const SCAM_WARNING =
  /注意|詐欺|不審な|怪しい|あやしい|偽(?:の|物|サイト|メール|SMS|アカウント)|にせ(?:の|もの)|なりすまし|フィッシング|騙され|だまされ|(?:開か|押さ|タップし|クリックし|アクセスし|入力し|触ら)ないで|(?:送る|送信する|求める|お願いする|届く)(?:こと|事)は(?:一切|決して|絶対に?)?(?:ありません|ございません|ない)/u
export function isQuotedScam(t: string, u: LinkSpan): boolean {
  const open = Math.max(t.lastIndexOf('「', u.normStart), t.lastIndexOf('『', u.normStart))
  if (open === -1 || u.normStart - open > 150) return false
  const closeMark = t[open] === '「' ? '」' : '』'
  if (t.lastIndexOf(closeMark, u.normStart) > open) return false
  const close = t.indexOf(closeMark, u.normEnd)
  if (close === -1 || close - u.normEnd > 60) return false
  const words = (t.slice(open + 1, u.normStart) + t.slice(u.normEnd, close)).replace(/[\s【】［］\[\]]/gu, '')
  if (words.length < 6) return false
  const outside = t.slice(Math.max(0, open - 150), open) + t.slice(close + 1, close + 200)
  return SCAM_WARNING.test(outside)
}

/**
 * Blind R161A-103 (its hard negatives): a look-alike link in a sentence that calls it fake (市をかたる偽サイト（https://…）が確認されています,
 * 「https://…」のような偽サイトにご注意ください, https://… は詐欺サイトです) is shown as the thing to avoid: a mention, a note. The words stand
 * in the link's own sentence, or in the sentence before when the link's is only a label (例：https://…); a link given as the place to go
 * (詐欺SMSに注意！正しい手続きはこちらから https://…, 【なりすましにご注意】当市の公式情報は https://… でご確認ください) is still sent to.
 */
const FAKE_NAMED =
  /偽(?:の|物|者|サイト|ページ|メール|SMS|URL|ドメイン|アカウント)|にせ(?:の|もの|サイト)|ニセ|詐欺|なりすまし|成りすまし|フィッシング|かたる|かたった|騙る|騙った|装った|装う|よそおった|不審な|悪質な|(?:開か|押さ|タップし|クリックし|アクセスし|入力し|触ら|ログインし)ないで/u
const GO_THERE =
  /こちら(?:から|で|へ|に|が)|から(?:手続き|申請|ログイン|申し込|登録)|(?:で|から)(?:ご|お)?(?:確認|覧|進み|申請|手続|ログイン)|をご(?:確認|覧)|にアクセスして(?:ください|み)|(?<!非)公式(?:の)?(?:情報|サイト|ページ|ホームページ|HP|URL|アドレス)は|ではありません|ではない|じゃない|安心/u
export function warnedAsFake(t: string, u: LinkSpan): boolean {
  const s = sentenceOf(t, u.normStart, u.normEnd)
  const own = t.slice(s.start, u.normStart) + t.slice(u.normEnd, s.end)
  if (FAKE_NAMED.test(own)) return !GO_THERE.test(own)
  if (!/^\s*[（(]?(?:例|たとえば|例えば)[）)]?\s*[：:]?\s*$/u.test(t.slice(s.start, u.normStart))) return false
  const prev = t.slice(Math.max(0, s.start - 100), s.start)
  return FAKE_NAMED.test(prev) && !GO_THERE.test(prev)
}

/**
 * Blind R265G-032 kind (mlink11): a warning about an impersonating or fake account that links straight to it (こちらが確認されている
 * なりすましアカウントです。フォローしないようご注意ください。→ https://x.com/…, 市長をかたる偽アカウント（https://www.instagram.com/…）が
 * 見つかりました): the link takes readers to the account the post warns them off, and a tap there lends it views and follows; the
 * post should give its name or handle without a link. The host is a social network the city trusts (x.com, instagram.com), so no other
 * rule of this family sees it. The account is called fake in the link's sentence or in the two before it (the link's own may be only
 * an arrow); not where the link is the city's or a body's own account (公式アカウントは, 本物は, 正しい, 当市の), a page to read or to
 * report through (注意喚起をご覧ください, 詳しくは, 通報はこちら), or the help pages of the network (help.x.com, /help, /forms).
 */
const IMPOSTOR_NAMED =
  /なりすまし|成りすまし|偽(?:の)?(?:アカウント|アカ|サイト|ページ|プロフィール)|ニセ(?:の)?(?:アカウント|アカ|サイト|ページ)|にせ(?:もの|の)?(?:アカウント|アカ)|フィッシング|詐欺(?:の)?(?:アカウント|サイト|ページ)|(?:かた|騙|装|名乗)(?:る|った|って)[^。！？!?\n]{0,16}?アカウント/u
/** The link is the real account or a page to read (公式アカウントは, 本物はこちら, 当市の, 注意喚起, 詳しくは, 通報): not the impostor. */
const IMPOSTOR_NOT_LINKED =
  /(?<!非)公式(?:の)?(?:アカウント|X|インスタ|Instagram|Facebook|フェイスブック|ページ|サイト|情報)?(?:は|を|で|から|に|こちら|→)|フォロー(?:は|を|して(?:ください|ね|ほしい)|お願い|よろしく)|本物|正しい|正規の|本当の|当市の|市の(?:公式)?(?:アカウント|X|インスタ|Instagram|Facebook)|(?:協会|委員会|事務局)の(?:公式)?(?:X|インスタ(?:グラム)?|Instagram|Facebook|LINE)?(?:アカウント|ページ)は|正式(?:な|の)(?:公式)?(?:アカウント|ページ|サイト|X|インスタ|Instagram|Facebook)|(?:市|協会|委員会|事務局|課|館|センター)(?:が|で)(?:運営|管理)(?:する|して|中の)|認証済み(?:の)?(?:公式)?(?:アカウント|ページ)|唯一の(?:公式)?(?:アカウント|ページ)|(?:で)?(?:のみ|だけ)(?:です|で(?:す|発信|お知らせ|運営))|でのみ(?:発信|お知らせ|運営)|注意喚起|詳しく|詳細|ご覧|ご確認|確認して(?:ください|みて)|参考|通報|報告(?:フォーム|は|先|を(?:お願い|して))|相談(?:窓口|は|先|専用)|お問い合わせ|警察|県警|消費者庁|国民生活センター/u
const NETWORK_HELP = /^(?:help|support|safety|about|business)\.|\/(?:help|forms?|support|safety|settings|report|hashtag|search|explore|i|intent|share)(?:\/|$|\?)/iu
export function impostorLinked(t: string, u: LinkSpan): boolean {
  if (NETWORK_HELP.test(u.host) || NETWORK_HELP.test(u.url.replace(/^https?:\/\/[^/]+/iu, ''))) return false
  const own = sentenceOf(t, u.normStart, u.normEnd)
  let from = own.start
  // Two sentences back, each more than its end mark (a newline after 。 is no sentence of its own).
  for (let k = 0, n = 0; n < 2 && k < 6 && from > 0 && own.start - from < 160; k++) {
    const s = sentenceOf(t, from - 1, from - 1).start
    if (from - s > 1) n++
    from = s
  }
  from = Math.max(from, own.start - 160)
  const window = t.slice(from, u.normStart) + t.slice(u.normEnd, own.end)
  if (!IMPOSTOR_NAMED.test(window)) return false
  // A name in brackets is the name the impostor used (「柳川市公式」を名乗る): not the city pointing at its own account.
  // Blind R309C-002 kind: nor is the city's account named as what the impostor imitates (当市の公式アカウントを装った, 市の公式Xをかたる, 本市の
  // 公式ページに似せた): the object of 装う, not the account linked.
  return !IMPOSTOR_NOT_LINKED.test(window.replace(/[「『][^「」『』\n]{1,20}[」』]/gu, '「」').replace(IMITATED, '装う'))
}
/** The account or page an impostor imitates, with its verb (当市の公式アカウントを装った, 市の公式Xをかたる, 公式サイトに似せた). */
const IMITATED =
  /(?:当市|本市|柳川市|市|当課|本課|当館)?(?:の)?(?:公式|正規)?(?:の)?(?:アカウント|X|インスタ(?:グラム)?|Instagram|Facebook|フェイスブック|LINE|ページ|サイト|ホームページ|HP)?(?:を|に)(?:装|よそお|かた|騙|名乗|なの|まね|真似|模倣|模し|似せ|偽)/gu
