/**
 * The link family's shared readings (6(1): 第三者のサイトへのリンクは内容を確認し、短縮URLは原則使用しない): what more than one detector
 * reads — a link as the family holds it (LinkSpan), a host matched against a domain pattern (hostMatches, * for one label), the words that
 * recommend a page or send readers to it (RECOMMENDED, SENDS_TO), that warn readers off it (WARNED_OFF), that make it the organisation's own
 * (OFFICIAL) or a public body's (BODY_SOURCE), and a body named only as what a private source is set above (COMPARED_BODY,
 * withoutCompared: 公式より早い). No detector is here: nothing is reported by this file. Part of the link family (index.ts runs the checks
 * in order and reports them).
 */

/** Whether `host` is `pattern` or a subdomain of it; `*` in the pattern stands for one label. */
const patternLabels = new Map<string, string[]>()
export function hostMatches(host: string, pattern: string): boolean {
  let p = patternLabels.get(pattern)
  if (!p) patternLabels.set(pattern, (p = pattern.toLowerCase().replace(/^\*\./, '').split('.')))
  // Cheap reject: the host must end with the pattern's last label.
  const last = p[p.length - 1]!
  if (last !== '*' && !host.toLowerCase().replace(/\.$/, '').endsWith(last)) return false
  const h = host.toLowerCase().replace(/\.$/, '').split('.')
  if (h.length < p.length) return false
  const tail = h.slice(h.length - p.length)
  return p.every((label, k) => label === '*' || label === tail[k])
}
export const RECOMMENDED = /見やす|みやす|分かりやす|わかりやす|おすすめ|オススメ|お勧め|お薦め|(?:こっち|こちら|そっち|これ)の(?:ほう|方)が|便利|ぜひ|是非|ご覧(?:ください|になって)|見てみて|見てね|参考に(?:なり|なる|して)|よかった|良かった|(?:一番|いちばん)(?:よ|良|見|分か|わか)|よか(?:よ|ばい|けん|です)|面白|おもしろ/u
export const WARNED_OFF = /ご注意|注意して|ご遠慮|惑わされ|見ないで|ではなく|でなく|じゃなく|誤った|誤り|間違い|ありません|いたしません|関係(?:は)?ありません|無関係/u
/** The page is the organisation's own: 公式アカウント, 市の公式X (blind R123A-144: not 非公式, which says the opposite). */
export const OFFICIAL = /(?<!非)公式|当市の|市の(?:アカウント|X|インスタ|Instagram|Facebook|YouTube)/u

export interface LinkSpan {
  start: number
  end: number
  normStart: number
  normEnd: number
  url: string
  host: string
  disguised: boolean
  userinfo?: string
}
/**
 * What sends readers to the account: follow it, see its posts, its photos were borrowed; or (blind R57A-134) it is recommended as the
 * best or quickest source (船頭さんの個人インスタが一番早いですよ, …のアカウントがおすすめ, …を見ればわかる); or (blind R72A-143,
 * `NEWS_THERE`) the account, right after its handle, is where news will appear (…の個人アカウント（@…）で速報されます).
 * Blind R301F-051 kind: the quickest source given as a reason (…が一番早いので、そちらもどうぞ, 一番詳しいから), and readers pointed over to
 * the account with そちらもどうぞ (そちらもご利用ください): a third party's account (有志の方が運営している @…) recommended as the source.
 */
export const SENDS_TO = /フォロー|の投稿|のアカウント|の写真|の作品|の一枚|撮影|お借り|チェック|ご覧|見てね|見てください|見てみて|紹介して|発信して|載せて|アップして|に(?:聞いて|お?問い合わせ|ご?連絡|ご?質問|DM|dm)|(?:(?:一番|いちばん|最も|もっとも|断然|ダントツで?|何より)[^。！？!?\n]{0,4}?|の方が|のほうが)(?:早い|速い|詳しい|くわしい|早か|速か|詳しか|くわしか|正確|確実|分かりやすい|わかりやすい|頼りになる|便利|参考になる)(?:です|でしょう|よ|ね|けん|ばい|と(?:よ|です)|ので|から|ため|(?=[。！!？?\s]|$))|おすすめ|オススメ|お勧め|参考に(?:して|なる|なり)|(?:見る|見た|見れ|のぞく|のぞいた)(?:と|ら|ば)(?:いい|良い|よか|わかる|分かる|早)|(?:そちら|そっち|あちら)(?:も|を|の(?:方|ほう)も)[、,]?(?:どうぞ|ご利用ください|ご参照ください|ご活用ください)/u
/** An official or public body's post quoted (公式, 気象台, 市役所, 警察): not a private person's. */
export const BODY_SOURCE = /(?<!非)公式|当市|本市|市の(?:アカウント|投稿|X|インスタ|Instagram|Facebook|YouTube)|市役所|県庁|気象庁|気象台|国土交通省|河川事務所|警察|消防|漁協|漁業協同組合|農協|JA|観光協会|NHK|新聞社?|放送局/u

/** A body named only as what the private source is set above (公式より早い, 市のホームページよりも詳しい): not the source quoted. */
const COMPARED_BODY = new RegExp(`(?:${BODY_SOURCE.source}|${OFFICIAL.source})(?:の[^。！？!?\\n、]{0,8}?)?よりも?`, 'gu')
export function withoutCompared(a: string): string {
  return a.replace(COMPARED_BODY, '')
}
