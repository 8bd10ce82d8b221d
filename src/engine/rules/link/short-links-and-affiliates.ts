/**
 * Short links and affiliate links (6(1): 短縮URLは原則使用しない): a shortener written with a space or a 、・ for its dot, which no URL reader
 * takes (bit ly/3abc, tinyurl・com/xyz: `spacedShortener`, link/shortener); a trusted host's short link in disguise whose path is one
 * opaque code (y o u t u . b e / Xk3p9Lm2vQ: `disguisedShortLink`, link/shortener); an affiliate network's redirect, a shop's link with an
 * associate's tag or an associate shortener (px.a8.net, amazon.co.jp/…?tag=…-22, amzn.to: `isAffiliate`, link/affiliate). Stays clean: a
 * trusted page's readable path (city.yanagawa.fukuoka.jp/kurashi/gomi), a shop's plain page (amazon.co.jp/dp/…, an ordinary third-party
 * link). Plain shorteners of the policy's list are read in index.ts. Part of the link family (index.ts runs the checks in order).
 */
import { hostMatches } from './context'
import type { LinkSpan } from './context'

/**
 * A shortener written with a space or a 、・ for its dot (bit ly/3abc, tinyurl・com/xyz): no URL
 * reader takes it, but a reader types it in. Built from the policy's shortener list.
 */
const spacedShortenerCache = new WeakMap<readonly string[], RegExp | null>()
export function spacedShortener(shorteners: readonly string[]): RegExp | null {
  if (spacedShortenerCache.has(shorteners)) return spacedShortenerCache.get(shorteners)!
  const alts = shorteners
    .filter((d) => /^[a-z0-9.-]+$/i.test(d) && d.includes('.'))
    // The dot replaced (bit ly, tinyurl・com) or spaced out (ow .ly, bit . ly).
    .map((d) => d.split('.').map((l) => l.replace(/[-]/g, '\\-')).join('(?:[ ・、,]{1,2}|[ ・、,]?\\.[ ・、,]|[ ・、,]\\.)'))
  const re = alts.length ? new RegExp(`(?<![A-Za-z0-9.])(?:${alts.join('|')})\\s?/\\s?[A-Za-z0-9]{2,}`, 'giu') : null
  spacedShortenerCache.set(shorteners, re)
  return re
}

/**
 * Blind R168A-077 kind: a link written in disguise (its letters spaced apart, y o u t u . b e / Xk3p9Lm2vQ; defanged, youtu[.]be/…) whose
 * path is one opaque code, the shape of a short link (Xk3p9Lm2vQ: letters of both cases or letters and digits, 6 to 16 of them): the
 * host may be trusted, but spelt out the reader can neither tap nor preview it and must type an unreadable code whose video or page the
 * post does not name, which is what a short link hides (warn, as a shortener). A trusted page's readable path (city.yanagawa.fukuoka.jp/
 * kurashi/gomi) and a plain short link of a trusted host (https://youtu.be/…) are not this.
 */
const OPAQUE_CODE = /^[A-Za-z0-9_-]{6,16}$/u
export function disguisedShortLink(t: string, u: LinkSpan): boolean {
  if (!u.disguised) return false
  // The disguise is in the host as written (y o u t u . b e, youtu[.]be), not a space the reader took for the link's end (…jp/ Please).
  const written = t.slice(u.normStart, u.normEnd).replace(/^h[tx]{2}ps?:\/\//iu, '')
  if (!/[\s\[\]()（）。｡]/u.test(written.slice(0, written.search(/\s?\//u) === -1 ? written.length : written.search(/\s?\//u)))) return false
  const path = u.url.replace(/^[a-z]+:\/\//iu, '').replace(/[?#].*$/u, '')
  const slash = path.indexOf('/')
  if (slash === -1) return false
  const code = path.slice(slash + 1).replace(/\/$/u, '')
  if (!OPAQUE_CODE.test(code)) return false
  const kinds = (/[A-Z]/u.test(code) ? 1 : 0) + (/[a-z]/u.test(code) ? 1 : 0) + (/[0-9]/u.test(code) ? 1 : 0)
  // A code, not a word: a digit in it, or a capital after its first letter (Xk3p9Lm2vQ, dQwAbcXy; not Please).
  return kinds >= 2 && /[A-Za-z]/u.test(code) && (/[0-9]/u.test(code) || /.[A-Z]/u.test(code))
}

/**
 * Blind R163A-103 kind: an affiliate link, one that pays its poster for what readers buy through it: an affiliate network's redirect host
 * (px.a8.net, ck.jp.ap.valuecommerce.com, hb.afl.rakuten.co.jp, af.moshimo.com, h.accesstrade.net, click.linksynergy.com, t.afi-b.com), or
 * a shop's own link carrying an associate's id (amazon.co.jp/dp/…?tag=name-22, a8mat=…). A shop's plain page (amazon.co.jp/dp/…,
 * item.rakuten.co.jp/…) is an ordinary third-party link.
 * Blind R168A-021 kind: a shop's associate shortener (amzn.to, made by Amazon's associate tool SiteStripe; a.r10.to, Rakuten's affiliate
 * short link) hides an associate's link behind a short one (気になる方はこちらから購入できます👇 https://amzn.to/…): an affiliate link, not
 * only a shortener. Amazon's plain share links (amzn.asia, a.co) stay shorteners.
 */
const AFFILIATE_HOSTS = ['amzn.to', 'a.r10.to', 'a8.net', 'valuecommerce.com', 'valuecommerce.ne.jp', 'afl.rakuten.co.jp', 'moshimo.com', 'accesstrade.net', 'linksynergy.com', 'afi-b.com', 'affiliate-b.com', 'tcs-asp.net', 'janet.jp', 'felmat.net', 'rentracks.jp']
const AFFILIATE_PARAM = /[?&](?:a8mat|a_aid|afid|aff_id|affiliate_id|scid)=/iu
const AMAZON_TAG = /[?&]tag=[A-Za-z0-9_-]{2,40}-2[0-9](?:&|#|$)/u
export function isAffiliate(host: string, url: string): boolean {
  if (AFFILIATE_HOSTS.some((d) => hostMatches(host, d)) || AFFILIATE_PARAM.test(url)) return true
  return /(?:^|\.)amazon\.(?:co\.jp|com|jp)$/iu.test(host) && AMAZON_TAG.test(url)
}
