/**
 * link — 6(1): 第三者のサイトへのリンクは内容を確認し、短縮URLは原則使用しない.
 *
 * URLs are found here (`findUrls`) in every form staff write them: right after any character
 * (→https://, こちらhttps://, ▶https://), full-width (ｈｔｔｐｓ：／／), spaced (bit . ly / xxx),
 * defanged (hxxps://, example[.]com, (dot)), and bare domains without a scheme (bit.ly/xxx);
 * linkify-it's Doc.urls fills in what this reader does not take (internationalised domains).
 *
 * Shorteners hide where a link goes (warn, whatever the host); public bodies (lg.jp, go.jp,
 * city.<name>.<prefecture>.jp …) and trusted domains are fine; a personal blog or free hosting
 * (ameblo.jp, note.com, hatenablog …) and a private person's account on a social network
 * presented as the source to trust are warnings of their own; a host that dresses up as a trusted
 * one (city-yanagawa.com, city.yanagawa.fukuoka.jp.example.com, punycode) is a look-alike; any
 * other host is a third-party link the writer must have checked; plain http is a note.
 * Trusted-domain entries may use * for one label (e.g. *.example.jp).
 * Blind R90A/R91A kinds: an account said to be locked or private (鍵アカ @…, 非公開アカウント, フォロー申請してみてください) is a personal
 * source whatever its host (`privateAccountAt`); in a quote post, the thread shared named by its maker (…の方がまとめてくださったこのスレッドが、
 * いちばん正確) is vouched for like この方の投稿 (MADE_BY, not the city's own: OWN_MAKER).
 * Blind R123A-144 kind: an account said to be unofficial (非公式アカウント @…, a handle that says so: @…_unofficial) sent readers to as the
 * source (フォローすると便利) is a personal source; 非公式 is never 公式 (OFFICIAL, BODY_SOURCE); a warning against it (なりすまし, ご注意) is not.
 * Blind R131I-058 kind: an aggregator account (まとめアカウント, a handle with matome or _bot) sent readers to as the quickest source (一番早い).
 * Blind R123A-028: a link to a named organisation's explanation cited as the source (柳川市観光協会の解説（https://www.yanagawa-net.com/）では)
 * is a referral (`orgCited`), a note; a domain the city links to often still belongs in the policy's trusted list.
 * Blind TZ-120, TZ-124, R145D-118 kinds: a link the post introduces as the city's contracted service (市が契約している次のポータルサイト:
 * `contractedSite`), as an organisation's official site named a sentence before with one describing sentence between (`afterDescription`),
 * or under a source label naming a work's title or publisher (出典：北原白秋「この道」（青空文庫）: `sourceLabelled`) is a referral.
 * Blind R163A kinds (block): an affiliate link (px.a8.net/…?a8mat=, amazon.co.jp/…?tag=…-22: `isAffiliate`), and card or account details to
 * be typed in on a site only pointed at (こちらのサイトから…クレジットカード番号を入力するだけで: `paymentEntry`). Blind TW-086: an operator's
 * page named by its title in brackets (九州電力送配電の「停電情報」のページで確認できます) is a referral (NAMED_PAGE_BEFORE).
 * Blind R168A kinds: an associate shortener (amzn.to, a.r10.to) is an affiliate link; an identity document's photo to be sent through a
 * pointed-at or short link (こちらのフォーム…免許証の写真も添付: `paymentEntry`); a trusted host's short link in disguise (y o u t u . b e /
 * Xk3p9Lm2vQ: `disguisedShortLink`). Blind TX-132: an operator's page named by what it tells (…送配電の停電情報のページで) is a referral.
 * Blind IW-022, IW-044, IW-101 kind: a page the sentence before the link names as an organisation's, whatever its predicate (…は観光協会の
 * ページからどうぞ👇, …観光協会のページへ！) is a referral (ORG_PAGE_SENT, read in `namedPageBefore`).
 */
import { matchAllOf } from '../regex'
import type { Doc } from '../doc'
import type { DraftFinding, RuleFamily, RuleInput } from '../rule'
import { sentenceOf } from '../words'
import { meta } from './link.meta'

const PREFECTURES = new Set(
  ('hokkaido aomori iwate miyagi akita yamagata fukushima ibaraki tochigi gunma saitama chiba tokyo kanagawa niigata toyama ' +
    'ishikawa fukui yamanashi nagano gifu shizuoka aichi mie shiga kyoto osaka hyogo nara wakayama tottori shimane okayama ' +
    'hiroshima yamaguchi tokushima kagawa ehime kochi fukuoka saga nagasaki kumamoto oita miyazaki kagoshima okinawa').split(' '),
)

/**
 * Domains only public bodies can hold: *.lg.jp, *.go.jp, *.ed.jp, and the local-government names
 * reserved under the prefecture domains (city.<name>.<prefecture>.jp, pref.<prefecture>.jp, metro.tokyo.jp).
 */
export function isPublicBody(host: string): boolean {
  const l = host.toLowerCase().replace(/\.$/, '').split('.')
  const n = l.length
  if (n < 2 || l[n - 1] !== 'jp') return false
  if (n >= 3 && ['lg', 'go', 'ed'].includes(l[n - 2]!)) return true
  if (n >= 3 && l[n - 3] === 'pref' && PREFECTURES.has(l[n - 2]!)) return true
  if (n >= 3 && l[n - 3] === 'metro' && l[n - 2] === 'tokyo') return true
  if (n >= 4 && ['city', 'town', 'vill'].includes(l[n - 4]!) && PREFECTURES.has(l[n - 2]!)) return true
  return false
}

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

/**
 * A host dressed up as a trusted one: punycode, a trusted domain embedded in another
 * (city.yanagawa.fukuoka.jp.example.com), or a local-government name with hyphens (city-yanagawa.com).
 */
export function isLookalike(host: string, trusted: readonly string[]): boolean {
  if (host.startsWith('xn--') || host.includes('.xn--')) return true
  const dotted = host.replace(/-/g, '.')
  for (const d of trusted) {
    if (!d.includes('.') || d.includes('*')) continue
    if (host.includes(d + '.')) return true
    const m = /^(city|town|vill|pref)\.([a-z0-9-]+)\./.exec(d)
    if (m && dotted.includes(`${m[1]}.${m[2]}`)) return true
  }
  return false
}

/**
 * Letters that read alike in a URL: vv for w, rn for m, nn for m, cl for d, digits for the
 * letters they resemble (1 → l, 0 → o, 5 → s, 3 → e), i for l. Two labels with the same
 * skeleton read the same at a glance.
 */
export function skeleton(label: string): string {
  // Single letters first, so that pairs read the same on both sides (city → clty → dty).
  return label
    .toLowerCase()
    .replace(/[1i|]/g, 'l')
    .replace(/0/g, 'o')
    .replace(/5/g, 's')
    .replace(/3/g, 'e')
    .replace(/q/g, 'g')
    .replace(/vv/g, 'w')
    .replace(/rn/g, 'm')
    .replace(/nn/g, 'm')
    .replace(/cl/g, 'd')
}

/** Labels every domain may have: they do not make a host look like a trusted one. */
const GENERIC_LABELS = new Set(
  'www www2 m mobile sp city town vill pref metro lg go ed ac co ne or gr jp com net org info html web official site page'.split(' '),
)

/** Whether `a` becomes `b` by one edit: a letter changed, dropped, added, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false
  const la = a.length
  const lb = b.length
  if (Math.abs(la - lb) > 1) return false
  let i = 0
  while (i < la && i < lb && a[i] === b[i]) i++
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/** The distinctive labels of the trusted domains (yanagawa of city.yanagawa.fukuoka.jp, facebook …). */
interface Target {
  label: string
  skel: string
  /** What follows the label in the trusted domain (fukuoka.jp of city.yanagawa.fukuoka.jp). */
  tail: string
}
const distinctiveCache = new WeakMap<readonly string[], Target[]>()
function distinctiveLabels(trusted: readonly string[]): Target[] {
  let out = distinctiveCache.get(trusted)
  if (out) return out
  const seen = new Set<string>()
  out = []
  for (const d of trusted) {
    const labels = d.toLowerCase().split('.')
    for (let k = 0; k < labels.length - 1; k++) {
      const l = labels[k]!
      if (l === '*' || l.length < 3 || GENERIC_LABELS.has(l) || PREFECTURES.has(l) || seen.has(l)) continue
      seen.add(l)
      out.push({ label: l, skel: skeleton(l), tail: labels.slice(k + 1).join('.') })
    }
  }
  distinctiveCache.set(trusted, out)
  return out
}

/**
 * A host spelt like a trusted one with letters swapped for look-alikes (yanagavva for yanagawa,
 * faceb00k, instagrarn), one letter changed, dropped, doubled or swapped (yanagwa, yanaagawa,
 * yangaawa), or the city's name run together with city/shi in a domain of its own
 * (yanagawa-city.com, cityyanagawa.net). Labels are compared one by one, and the parts of a
 * hyphenated label too.
 */
/**
 * Blind JC-072/JC-079 kind: a prefecture's or a city's 社会福祉協議会 under its or.jp domain (yanagawa-shakyo.or.jp, fukuoka-shakyo.or.jp,
 * shakyo-kumamoto.or.jp): the council set up by law in every municipality (社会福祉法 第109・110条), which runs the disaster volunteer
 * centre a city post sends readers to; trusted as 全国社会福祉協議会's shakyo.or.jp is. Only under or.jp, the word as a hyphen part.
 */
export function welfareCouncil(host: string): boolean {
  const l = host.toLowerCase().replace(/\.$/, '').split('.')
  const n = l.length
  return n >= 3 && l[n - 1] === 'jp' && l[n - 2] === 'or' && l[n - 3]!.split('-').includes('shakyo')
}
/**
 * Blind KB-053 kind: the e-application services local governments contract for their forms and applications: LoGoフォーム (logoform.jp,
 * トラストバンク; offered to local governments only, run over LGWAN), e-Tumo (apply.e-tumo.jp) and its sibling s-kantan.jp, the shared
 * 電子申請 of the prefectures and their towns (shinsei.elg-front.jp: ふくおか電子申請サービス), Graffer スマート申請 (ttzk.graffer.jp, a
 * govtech vendor's). Only a public body holds an account, and each form sits under that body's code (logoform.jp/form/<id>/…,
 * apply.e-tumo.jp/city-yanagawa-fukuoka-u/…), so a form there is a public body's page as one on lg.jp is: trusted, no third-party link
 * (an http:// one is still a note). A host that only names such a service (logoform-shinsei.com) is another host, judged as before.
 */
const GOV_FORM_SERVICES: readonly string[] = ['logoform.jp', 'e-tumo.jp', 's-kantan.jp', 'elg-front.jp', 'graffer.jp']
export function govFormService(host: string): boolean {
  return GOV_FORM_SERVICES.some((d) => hostMatches(host, d))
}
/** Attribute-type JP domains (属性型JPドメイン), one per registered organisation: or.jp, ac.jp, co.jp, go.jp, lg.jp, ed.jp, gr.jp. */
const ATTRIBUTE_JP = /\.(?:or|ac|co|go|lg|ed|gr)\.jp$/u
export function isMisspelledTrusted(host: string, trusted: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '')
  const labels = h.split('.')
  if (trusted.some((d) => hostMatches(h, d))) return false
  // The whole host read with look-alike letters is a trusted domain, or sits under one (clty.yanagawa.fukuoka.jp, x.corn).
  const hostSkel = skeleton(h.replace(/-/g, '.'))
  for (const d of trusted) {
    if (!d.includes('.') || d.includes('*')) continue
    const ds = skeleton(d.toLowerCase())
    // Blind JC-072 kind: another body's own domain under an attribute-type JP domain, its name before a hyphen (yanagawa-shakyo.or.jp,
    // 柳川市社会福祉協議会, beside 全国社会福祉協議会's shakyo.or.jp): only a registered organisation can hold one, so it is that
    // organisation's, not the trusted one written with a hyphen for a dot.
    if (hostSkel.endsWith('.' + ds) && h.endsWith('-' + d.toLowerCase()) && ATTRIBUTE_JP.test(d)) continue
    if (hostSkel === ds || hostSkel.endsWith('.' + ds)) return true
    // city-yanagawa with look-alike letters (clty-yanagawa.jp).
    const m = /^(city|town|vill|pref)\.([a-z0-9-]+)\./.exec(d)
    if (m && !isPublicBody(h) && hostSkel.includes(skeleton(`${m[1]}.${m[2]}`))) return true
    // A brand's own name under another top-level domain (twitter.co, facebook.net).
    const dl = d.toLowerCase().split('.')
    if (dl.length === 2 && dl[0]!.length >= 5 && labels.length >= 2 && labels[labels.length - 2] === dl[0] && !hostMatches(h, d)) return true
  }
  const targets = distinctiveLabels(trusted)
  if (targets.length === 0) return false
  const parts: string[] = []
  for (const l of labels.slice(0, -1)) {
    parts.push(l)
    if (l.includes('-')) for (const p of l.split('-')) if (p) parts.push(p)
  }
  // Real local governments have names one letter apart (yanagawa, kanagawa): under a public-body
  // pattern only a look-alike spelling counts, or a typo under the trusted one's own prefecture
  // (one city of a name per prefecture: city.yanagwa.fukuoka.jp is no city).
  const publicBody = isPublicBody(h)
  for (const p of parts) {
    if (p.length < 3 || GENERIC_LABELS.has(p) || PREFECTURES.has(p)) continue
    const sp = skeleton(p)
    for (const t of targets) {
      if (p === t.label || t.label.length < 5) continue
      if (sp === t.skel) return true
      // One typo only for long names: short words differ by one letter all the time.
      if ((!publicBody || h.endsWith('.' + p + '.' + t.tail)) && t.label.length >= 6 && p.length >= 6 && oneEditApart(sp, t.skel)) return true
    }
  }
  // The city's name glued to city/shi/shiyakusho in a domain that is not the city's.
  if (publicBody) return false
  for (const l of labels.slice(0, -1)) {
    const flat = l.replace(/-/g, '')
    for (const t of targets) {
      if (t.label.length < 5) continue
      if (flat === 'city' + t.label || flat === t.label + 'city' || flat === t.label + 'shi' || flat === t.label + 'shiyakusho') return true
    }
  }
  return false
}


/**
 * Blind R161A-103: a host that names a public body or a well-known service in its own labels but is not that body's domain
 * (e-tax-nta-refund.com for 国税庁・e-Tax, whose site is nta.go.jp; mynumber-card-support.net; shiyakusho-kyufu.com; pref-fukuoka.info;
 * mufg-login.net): a site dressed as the body, the way phishing sites are named, a look-alike. The names are read as whole labels or
 * the hyphen-separated parts of one (two neighbouring parts read together too: e-tax), never inside another word (santa, rentacar,
 * kenchomae-clinic). Short names that also name other things (nta is also 日本旅行's nta.co.jp, smbc a card company's smbc-card.com,
 * gov, etax) count only beside a word of the procedure or of the body (refund, login, support, kyufu, tax, jp, card …); a long
 * romanised name of the body (kokuzeicho, mynumber, shiyakusho) counts alone. A public-body domain (go.jp, lg.jp, city.….jp, a
 * foreign government's gov.uk, *.gov) and the service's own domains are never one.
 */
const BODY_NAMES: ReadonlyMap<string, boolean> = new Map([
  // 国税庁・e-Tax, マイナンバー, 日本年金機構, 総務省・厚労省・警察庁・デジタル庁・首相官邸, 市役所・区役所・役場・県庁, a government
  ...['kokuzei', 'kokuzeicho', 'kokuzeichou', 'zeimusho', 'mynumber', 'mynumbercard', 'mynaportal', 'mynapoint', 'kojinbango', 'nenkinkiko', 'nenkinkikou', 'shiyakusho', 'kuyakusho', 'yakuba', 'shiyakuba', 'digitalcho', 'japanpost', 'yuchobank', 'mizuhobank', 'resonabank'].map((w) => [w, true] as const),
  ...['nta', 'etax', 'myna', 'soumu', 'mhlw', 'npa', 'kantei', 'kencho', 'cityhall', 'gov', 'govt', 'egov', 'mufg', 'smbc', 'yucho', 'jpbank', 'resona', 'mizuho'].map((w) => [w, false] as const),
])
/** Words a phishing host puts beside the name: the procedure, the account, or the body's own words. */
const BODY_COMPANIONS = new Set(
  ('tax etax nta refund kanpu kanpukin kyufu kyufukin kyuufu tokubetsu login signin verify verification confirm kakunin account ' +
    'support center centre portal shinsei tetsuzuki payment pay point card help secure security update renew koshin jp japan nippon ' +
    'online official koushiki koshiki apply form mypage info notice bank kyoku office gov').split(' '),
)
/** The services' own domains (the public bodies' are public-body domains). */
const BODY_DOMAINS = [
  'nta.co.jp', 'japanpost.jp', 'mufg.jp', 'smbc.co.jp', 'smbc-card.com', 'smbcnikko.co.jp', 'smfg.co.jp', 'mizuhobank.co.jp', 'mizuho-fg.co.jp',
  'mizuho-sc.com', 'resonabank.co.jp', 'resona-gr.co.jp', 'e-gov.go.jp',
]
/** A foreign government's domain: *.gov, *.gov.uk, *.go.kr, *.gouv.fr, *.gob.mx, *.gc.ca, europa.eu. */
function isForeignGovernment(labels: readonly string[]): boolean {
  const n = labels.length
  if (['gov', 'mil', 'int'].includes(labels[n - 1]!)) return true
  if (n >= 3 && ['gov', 'go', 'gouv', 'gob', 'govt', 'gc', 'gv', 'admin'].includes(labels[n - 2]!)) return true
  return n >= 2 && labels[n - 2] === 'europa' && labels[n - 1] === 'eu'
}
/** The public body or service a host names without being its domain (e-tax-nta-refund.com: nta), or null. */
export function impostedBody(host: string): string | null {
  const h = host.toLowerCase().replace(/\.$/, '')
  const labels = h.split('.')
  if (labels.length < 2 || isPublicBody(h) || isForeignGovernment(labels) || BODY_DOMAINS.some((d) => hostMatches(h, d))) return null
  const words: string[] = []
  const named: string[] = []
  let prefecture = false
  for (const l of labels.slice(0, -1)) {
    const parts = l.split('-').filter((x) => x !== '')
    for (let k = 0; k < parts.length; k++) {
      words.push(parts[k]!)
      if (k + 1 < parts.length) words.push(parts[k]! + parts[k + 1]!)
      // 県庁 as pref-fukuoka / fukuoka-pref / kencho-fukuoka: a prefecture's name beside the word for its office.
      if (k + 1 < parts.length && PREFECTURES.has(parts[k]!) && ['pref', 'kencho'].includes(parts[k + 1]!)) prefecture = true
      if (k + 1 < parts.length && ['pref', 'kencho'].includes(parts[k]!) && PREFECTURES.has(parts[k + 1]!)) prefecture = true
    }
    if (parts.length > 1) words.push(parts.join(''))
  }
  for (const w of words) if (BODY_NAMES.has(w) && !named.includes(w)) named.push(w)
  if (prefecture) return 'pref'
  for (const w of named) {
    if (BODY_NAMES.get(w)) return w
    if (words.some((x) => x !== w && !w.includes(x) && !x.includes(w) && (BODY_COMPANIONS.has(x) || BODY_NAMES.has(x)))) return w
  }
  return null
}

// ---------- finding URLs ----------

/** Top-level domains a bare domain (no scheme) may end in: the ones links in Japanese posts use. */
const BARE_TLDS = new Set(
  ('jp com net org info io co me ly gl gd to be at cc tokyo link app dev page site xyz shop blog biz us tv fm ai gy la tw nu so ee asia ' +
    'online store club fun life work jobs news travel osaka kyoto nagoya yokohama okinawa fukuoka social world today live events art ' +
    'top tech design studio media website space inc ltd group agency tokyo uk kr cn de fr it es ca au nz ch nl se eu').split(' '),
)
const URL_CHAR = /[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]/
/** URL_CHAR by code unit (the token scan tests every character). */
const URL_CODE = new Uint8Array(128)
for (let c = 0x21; c < 0x7f; c++) URL_CODE[c] = URL_CHAR.test(String.fromCharCode(c)) ? 1 : 0
function isUrlCode(c: number): boolean {
  return c < 128 && URL_CODE[c] === 1
}
const ALNUM = /[A-Za-z0-9]/
const SEP_CHAR = /[./:]/
/** What people write for a dot to keep a link from being clickable. */
const DEFANGED_DOT = /^(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}|<dot>|\[ドット\]|\(ドット\))/i
/**
 * Blind R226E-042 kind: the dot spelt out in Japanese between a domain's labels (yanagawa-tabe ドット hatenablog ドット com, どっと): a link
 * the reader is told to type or search for, written so that no checker sees it.
 */
const SPELLED_DOT = /^[ \u3000]{0,2}(?:ドット|どっと)[ \u3000]{0,2}/u

export interface FoundUrl {
  /** Norm-view offsets. */
  normStart: number
  normEnd: number
  /** The URL with spaces and defanging undone. */
  url: string
  host: string
  scheme: string | null
  /** Written defanged or spaced out (hxxps, [.], bit . ly). */
  disguised: boolean
  /** What stands before an @ in the authority (https://www.city.yanagawa.fukuoka.jp@example.com: www.city.yanagawa.fukuoka.jp). */
  userinfo?: string
}

/** A bare link with a user part that reads as a domain: www.city.yanagawa.fukuoka.jp@example.com/a (a path after the host; an e-mail address has none). */
const BARE_USERINFO = /^[^@\/]{0,8}?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}(?::[0-9]{1,5})?@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}\//iu

/**
 * The norm text with URL disguises undone ([.] → ., hxxp → http, spaces around . / : between
 * URL characters and between spaced single letters dropped), and each character's norm offset.
 */
function compactForUrls(t: string): { text: string; map: number[]; disguised: boolean[] } {
  let text = ''
  const map: number[] = []
  const disguised: boolean[] = []
  const n = t.length
  let i = 0
  const isolated = (k: number) => !ALNUM.test(t[k - 1] ?? '') && !ALNUM.test(t[k + 1] ?? '')
  while (i < n) {
    const c = t[i]!
    if ((c === '[' || c === '(') && t[i + 1] === ':' && (t[i + 2] === ']' || t[i + 2] === ')') && /^\/\//.test(t.slice(i + 3, i + 5))) {
      text += ':'
      map.push(i)
      disguised.push(true)
      i += 3
      continue
    }
    if (c === '[' || c === '(' || c === '{' || c === '<') {
      const d = DEFANGED_DOT.exec(t.slice(i, i + 5))
      if (d && ALNUM.test(t[i - 1] ?? '')) {
        text += '.'
        map.push(i)
        disguised.push(true)
        i += d[0].length
        continue
      }
    }
    if ((c === ' ' || c === '\u3000' || c === 'ド' || c === 'ど') && ALNUM.test(t[i - 1] ?? '')) {
      const d = SPELLED_DOT.exec(t.slice(i, i + 9))
      if (d && /^(?:ドット|どっと)$/u.test(d[0].trim()) && /[A-Za-z]/.test(t[i + d[0].length] ?? '')) {
        text += '.'
        map.push(i)
        disguised.push(true)
        i += d[0].length
        continue
      }
    }
    // bit。ly: a Japanese full stop between the letters of a domain.
    if ((c === '。' || c === '｡') && ALNUM.test(t[i - 1] ?? '') && ALNUM.test(t[i + 1] ?? '')) {
      text += '.'
      map.push(i)
      disguised.push(true)
      i++
      continue
    }
    if ((c === 'x' || c === 'X') && /^[xX]{2}ps?:/.test(t.slice(i, i + 6)) && (t[i - 1] === 'h' || t[i - 1] === 'H')) {
      text += 'tt'
      map.push(i, i + 1)
      disguised.push(true, true)
      i += 2
      continue
    }
    if (c === ' ') {
      let j = i
      while (j < n && t[j] === ' ' && j - i < 3) j++
      const prev = t[i - 1] ?? ''
      const next = t[j] ?? ''
      const bothUrl = URL_CHAR.test(prev) && URL_CHAR.test(next)
      // Not before the next link or a hashtag (https://a.jp/ https://b.jp, https://a.jp/ #柳川).
      const nextStartsNew = /^(?:h[tx]{2}ps?:|www\.|[#@])/i.test(t.slice(j, j + 8))
      // A dot written with a space after it only (10 a.m. to noon, Dr. Smith) ends a word in English prose; a disguise spaces
      // both sides (bit . ly) or goes on into a path (bit. ly/3abc).
      const proseDot = prev === '.' && t[i - 2] !== ' ' && !/^[A-Za-z0-9-]{1,24}(?:\/|\.[A-Za-z])/.test(t.slice(j, j + 26))
      const aroundSep = bothUrl && (SEP_CHAR.test(prev) || SEP_CHAR.test(next)) && !nextStartsNew && !proseDot
      const spacedLetters = ALNUM.test(prev) && ALNUM.test(next) && isolated(i - 1) && isolated(j)
      if (aroundSep || spacedLetters) {
        if (disguised.length > 0) disguised[disguised.length - 1] = true
        i = j
        continue
      }
    }
    text += c
    map.push(i)
    disguised.push(false)
    i++
  }
  return { text, map, disguised }
}

const SCHEME = /h(?:tt|xx)ps?:\/\//i
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i
/** A word of letters and its colon before a bare link (here:, Map:, Web:): a label, not part of the URL (no // after it). */
const LABEL_COLON = /^[A-Za-z][A-Za-z0-9]{0,19}:(?!\/)/

/** URLs in the norm text of a paragraph (linear: one pass to compact, one per token). */
export function findUrls(t: string): FoundUrl[] {
  const out: FoundUrl[] = []
  if (!/[A-Za-z0-9][.\[(。｡]|:\/\/|\.\s|ドット|どっと/.test(t)) return out
  const { text, map, disguised } = compactForUrls(t)
  const n = text.length
  for (let i = 0; i < n; ) {
    if (!isUrlCode(text.charCodeAt(i))) {
      i++
      continue
    }
    let j = i
    while (j < n && isUrlCode(text.charCodeAt(j)) && j - i < 2048) j++
    const token = text.slice(i, j)
    const tokenStart = i
    i = j
    if (!token.includes('.')) continue
    let at = 0
    let scheme: string | null = null
    const sm = SCHEME.exec(token)
    if (sm) {
      at = sm.index
      scheme = /s:/i.test(sm[0]) ? 'https' : 'http'
    } else {
      // A bare domain: no e-mail address (a@b.jp) and no leading punctuation; a domain before the @ with a path after the
      // host (www.city.yanagawa.fukuoka.jp@example.com/a) is a link whose user part dresses up as a host, not an address.
      if (token.includes('@') && !(BARE_USERINFO.test(token) && BARE_TLDS.has(token.slice(0, token.indexOf('@')).replace(/:[0-9]{1,5}$/, '').split('.').pop()!.toLowerCase()))) continue
      // Blind R59A-006: a label's colon glued to the link, with or without the space the compacting dropped (is here: tinyurl.com/…,
      // Map:bit.ly/…, Web: www.example.jp): the colon ends the label, the link starts after it (no scheme is a word of letters).
      const label = LABEL_COLON.exec(token)
      if (label) at = label[0].length
      while (at < token.length && !ALNUM.test(token[at]!)) at++
    }
    let rest = token.slice(at + (sm ? sm[0].length : 0))
    rest = rest.replace(/[.,;:!?)\]'"*]+$/, '')
    // The authority runs to the first / ? #; a user part before its last @ (https://user:pw@host, https://www.city.…jp@evil.com)
    // is no host: the browser goes to what follows the @.
    const authEnd = rest.search(/[/?#]/)
    const authority = authEnd === -1 ? rest : rest.slice(0, authEnd)
    const atSign = authority.lastIndexOf('@')
    const userinfo = atSign === -1 ? undefined : authority.slice(0, atSign).toLowerCase()
    const hostStart = atSign + 1
    const hostEndRel = rest.slice(hostStart).search(/[/?#:]/)
    const hostEnd = hostEndRel === -1 ? -1 : hostStart + hostEndRel
    const hostPart = (hostEnd === -1 ? rest.slice(hostStart) : rest.slice(hostStart, hostEnd)).toLowerCase()
    if (hostPart.includes('@') || (userinfo !== undefined && userinfo.length === 0)) continue
    const labels = hostPart.split('.')
    if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) continue
    const tld = labels[labels.length - 1]!
    if (!/^[a-z]{2,24}$/.test(tld) && !tld.startsWith('xn--')) continue
    // A bare domain ends in a known top-level domain, or in any two-letter (country) or the shorteners' own one with a path after it.
    if (!scheme && !BARE_TLDS.has(tld) && !((tld.length === 2 || tld === 'gle') && hostEnd !== -1 && rest[hostEnd] === '/')) continue
    if (!scheme && /^[0-9]+$/.test(labels[0]!)) continue
    const urlStart = tokenStart + at
    const urlEnd = urlStart + (sm ? sm[0].length : 0) + rest.length
    const url = (scheme ? `${scheme}://` : '') + rest
    let wasDisguised = false
    for (let k = urlStart; k < urlEnd; k++) if (disguised[k]) wasDisguised = true
    out.push({ normStart: map[urlStart]!, normEnd: map[urlEnd - 1]! + 1, url, host: hostPart, scheme, disguised: wasDisguised, ...(userinfo !== undefined ? { userinfo } : {}) })
  }
  return out
}

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
const SOCIAL_HOSTS = ['x.com', 'twitter.com', 'instagram.com', 'facebook.com', 'fb.com', 'tiktok.com', 'threads.net', 'threads.com', 'youtube.com', 'youtu.be', 'note.com', 'bsky.app', 'twitcasting.tv', 'twitch.tv', 'nicovideo.jp', 'showroom-live.com', '17.live']
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
const PERSON_FRAME = new RegExp(
  String.raw`さんの(?:投稿|アカウント|ブログ|ページ|サイト|記事|動画|ポスト|まとめ|note|情報|インスタ|Instagram|X|Twitter|ツイート|TikTok|YouTube|チャンネル|Facebook|フェイスブック|写真|リール|ストーリー|${STREAM})|この方|あの方|こちらの方|その方|の方の(?:(?:こちらの|こちら|この|その|あちらの)\s?)?(?:投稿|アカウント|ブログ|ページ|サイト|記事|note|チャンネル|動画|YouTube|ユーチューブ|インスタ|Instagram|X|TikTok|${STREAM})|(?:して(?:い)?る|されて(?:い)?る|している|した|された|しとる|しよる|されとる|なさって(?:い)?る|しておられる|しとらす)(?:方|人)の(?:(?:こちらの|こちら|この|その|あちらの)\s?)?(?:YouTube|ユーチューブ|チャンネル|ブログ|インスタ|Instagram|アカウント|動画|投稿|SNS|note|TikTok|X|Twitter|ツイッター|Facebook|フェイスブック|${STREAM})|個人(?:の|が)?(?:運営|ブログ|アカウント|サイト|ページ|チャンネル|動画|YouTube|ユーチューブ|インスタ|SNS|note|TikTok|ホームページ|HP|${STREAM})|個人ブログ|個人(?:的な)?アカウント|個人で(?:活動|運営|発信|投稿|配信|中継|保護活動|ボランティア)[^。！？!?\n]{0,14}?(?:アカウント|ブログ|サイト|ページ|チャンネル|インスタ|Instagram|方|人)|私的な?アカウント|プライベート(?:の)?アカウント|私用(?:の)?アカウント|ファンの方|ファン(?:アカウント|サイト|ブログ)|有志の|[(（]個人[)）]|(?:インスタグラマー|ユーチューバー|YouTuber|ブロガー|インフルエンサー|ティックトッカー)(?:さん|の方)?の|さんの[^。！？!?\n]{0,8}(?:写真|投稿|動画|ブログ|アカウント)|一般の方|市民の方の|(?:(?:地元|近所|ご近所|市民|住民|一般|個人|ファン|観光客|旅行者|利用者|参加者|知り合い|友人)の|(?:にお住まいの|在住の|に住む|近くの))(?:方|人|皆さん|方々)(?:が|の)[^。！？!?\n]{0,12}?(?:撮|投稿|作|書|アップ|上げ|公開|編集|まとめ|配信|中継)|(?<![A-Za-z0-9_])[A-Za-z0-9_]{2,30}\s?さん|${MAKER_PERSON.source}|${PERSON_RUNS}|${PERSON_POSTS_ON}|${BETTER_THAN_CITY.source}|${ACQUAINTANCE}`,
  'u',
)
const PERSON_FRAME_ALL = new RegExp(PERSON_FRAME.source, 'gu')
/** The person's page named only to turn readers away from it (個人の方の配信ではなく, 個人のアカウントではありません). */
const DENIED_AFTER = /^[^。！？!?\n]{0,8}?(?:ではなく|でなく|じゃなく|ではありません|ではない|は(?:見ないで|控えて|避けて|ご遠慮)|に(?:惑わされ|ご注意|注意し))/u
function personFramedNotDenied(a: string): boolean {
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
const NOT_OFFICIAL_BUT_ALL = new RegExp(NOT_OFFICIAL_BUT.source, 'gu')
const UNOFFICIAL_COPY = /非公式(?:の|な)?|公式(?:の)?(?:動画|チャンネル|アカウント|配信|映像|ページ|サイト|情報|X|インスタ|Instagram)?(?:では|じゃ)(?:ありません|ないです|ない)(?:が|けど|けれど|けれども)|切り抜き|切抜き|切り取り動画|まとめ動画|まとめチャンネル|まとめアカ(?:ウント)?|転載(?:動画|アカ(?:ウント)?)?|無断転載|ファン(?:の方)?が(?:作|編集|まとめ|アップ|上げ)/u
/** Readers warned off an unofficial account, in its sentence or the next (なりすまし, 市の名前をかたる, フォローしないようご注意ください). */
const UNOFFICIAL_WARNED = /なりすまし|成りすまし|かた(?:る|って)|騙(?:る|って)|偽(?:の|アカ|物|者)|にせ(?:の|もの|アカ)|フォローしない|(?:確認|注意)(?:され|し)て(?:い|お)ります/u
function unofficialWarned(t: string, own: { start: number; end: number }): boolean {
  const next = own.end < t.length ? sentenceOf(t, own.end + 1, own.end + 1) : own
  const said = t.slice(own.start, Math.max(own.end, next.end))
  return WARNED_OFF.test(said) || UNOFFICIAL_WARNED.test(said)
}
/** A handle that calls itself unofficial (@yanagawabus_unofficial, @…_hikoushiki, @unofficial_…). */
const UNOFFICIAL_HANDLE = /unofficial|hikou?shiki|(?:^|_)fan(?:_|$)/iu
/**
 * Blind R380D-025 kind: a video or social channel recommended for an illness or a symptom (後遺症でお悩みの方は、こちらの動画チャンネルも参考に
 * なります): a channel no health body is named as running, given as medical advice. A body's own channel (公式, 保健所, 厚生労働省, 医師会,
 * 病院) or a warning against such channels is not this.
 */
const HEALTH_MATTER = /後遺症|症状|治療|治し方|治る|治す|療法|病気|持病|不眠|アトピー|認知症|糖尿病|高血圧|うつ病|腰痛|膝痛|ひざ痛|免疫力|自然治癒|がん(?:治療|予防|に効)/u
const HEALTH_BODY = /(?<!非)公式|保健所|保健センター|厚生労働省|厚労省|医師会|薬剤師会|病院|クリニック|医療機関|医療センター|大学|国立|学会|市の|県の|当市|本市|国の/u
function healthChannel(t: string, start: number, end: number): boolean {
  const around = t.slice(Math.max(0, start - 100), Math.min(t.length, end + 40))
  return HEALTH_MATTER.test(around) && (RECOMMENDED.test(around) || SENDS_TO.test(around)) && !HEALTH_BODY.test(around) && !WARNED_OFF.test(around) && !UNOFFICIAL_WARNED.test(around)
}
const RECOMMENDED = /見やす|みやす|分かりやす|わかりやす|おすすめ|オススメ|お勧め|お薦め|(?:こっち|こちら|そっち|これ)の(?:ほう|方)が|便利|ぜひ|是非|ご覧(?:ください|になって)|見てみて|見てね|参考に(?:なり|なる|して)|よかった|良かった|(?:一番|いちばん)(?:よ|良|見|分か|わか)|よか(?:よ|ばい|けん|です)|面白|おもしろ/u
const WARNED_OFF = /ご注意|注意して|ご遠慮|惑わされ|見ないで|ではなく|でなく|じゃなく|誤った|誤り|間違い|ありません|いたしません|関係(?:は)?ありません|無関係/u
function unofficialCopy(t: string, start: number, end: number): boolean {
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
const FRAME_HINT = /さん|さま|様|ちゃん|くん|氏|方|人|個人|私的|私用|プライベート|ファン|有志|グラマー|チューバー|tuber|ブロガー|インフルエンサー|ティックトッカー|より|友|知り合い|知人|先輩|後輩|同級生|同期|同僚|いとこ|従兄弟|従姉妹|娘|息子|妻|夫|旦那|嫁|親戚|姉|兄|妹|弟/iu
/** The page is the organisation's own: 公式アカウント, 市の公式X (blind R123A-144: not 非公式, which says the opposite). */
const OFFICIAL = /(?<!非)公式|当市の|市の(?:アカウント|X|インスタ|Instagram|Facebook|YouTube)/u

function isPersonalHost(host: string): boolean {
  return PERSONAL_HOSTS.some((p) => hostMatches(host, p))
}
function isSocialAccount(host: string, url: string): boolean {
  if (!SOCIAL_HOSTS.some((p) => hostMatches(host, p))) return false
  const path = url.replace(/^https?:\/\//i, '').slice(host.length)
  // An account (/@name, /name) or one of its posts (/p/…, /reel/…).
  return /^\/@?[A-Za-z0-9_.\-]{2,}|^\/(?:p|reel|reels|tv)\/[A-Za-z0-9_\-]{4,}/.test(path)
}

/** Whether the norm text right before `at` makes the host an e-mail domain (taro(at)gmail.com). */
function afterAtSign(t: string, at: number): boolean {
  return /(?:@|\(at\)|\[at\]|<at>|アットマーク|あっとまーく)\s{0,2}$/iu.test(t.slice(Math.max(0, at - 10), at))
}

/** A bare domain without a path, quoted or followed by など/といった: the text talks about the domain. */
function isMentionedDomain(t: string, u: LinkSpan): boolean {
  if (/^https?:\/\//i.test(u.url) || u.url.includes('/')) return false
  return isQuotedExample(t, u)
}
function isQuotedExample(t: string, u: LinkSpan): boolean {
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
function isQuotedScam(t: string, u: LinkSpan): boolean {
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
function warnedAsFake(t: string, u: LinkSpan): boolean {
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
function impostorLinked(t: string, u: LinkSpan): boolean {
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

/**
 * A user part that dresses up as a host (https://www.city.yanagawa.fukuoka.jp@example.com/, http://yanagawa-city@example.net/):
 * a domain name before the @, or a trusted one's distinctive name; the browser goes to the host after the @.
 */
function isDressedUserinfo(userinfo: string, trusted: readonly string[]): boolean {
  const name = userinfo.replace(/:[^:]*$/, '')
  const labels = name.split('.')
  if (labels.length >= 2 && labels.every((l) => LABEL.test(l))) {
    const tld = labels[labels.length - 1]!
    if (BARE_TLDS.has(tld) || /^[a-z]{2}$/.test(tld)) return true
  }
  return distinctiveLabels(trusted).some((d) => d.label.length >= 5 && name.includes(d.label))
}

interface LinkSpan {
  start: number
  end: number
  normStart: number
  normEnd: number
  url: string
  host: string
  disguised: boolean
  userinfo?: string
}

function linksOf(doc: Doc): LinkSpan[] {
  const t = doc.norm.text
  const mine = findUrls(t)
  const out: LinkSpan[] = []
  for (const u of mine) {
    if (afterAtSign(t, u.normStart)) continue
    const src = doc.fromNorm(u.normStart, u.normEnd)
    out.push({ ...src, normStart: u.normStart, normEnd: u.normEnd, url: u.url, host: u.host, disguised: u.disguised, ...(u.userinfo !== undefined ? { userinfo: u.userinfo } : {}) })
  }
  // linkify-it (Doc.urls) only for what this reader cannot take: internationalised names after a scheme.
  const fallback = /:\/\/[^\x00-\x7f]|[^\x00-\x7f]\.(?:jp|com|net|org)/.test(t) ? doc.urls : []
  for (const u of fallback) {
    if (mine.some((m) => m.normStart < u.normEnd && u.normStart < m.normEnd)) continue
    if (afterAtSign(t, u.normStart)) continue
    // linkify glues kana onto a bare domain (はbit.ly/…をご覧) and reads it as an internationalised name: not a link.
    if (!/:\/\//.test(u.url) && /[^\x00-\x7f]/.test(u.url)) continue
    out.push({ start: u.start, end: u.end, normStart: u.normStart, normEnd: u.normEnd, url: u.url, host: u.host, disguised: false })
  }
  return out
}

/**
 * A shortener written with a space or a 、・ for its dot (bit ly/3abc, tinyurl・com/xyz): no URL
 * reader takes it, but a reader types it in. Built from the policy's shortener list.
 */
const spacedShortenerCache = new WeakMap<readonly string[], RegExp | null>()
function spacedShortener(shorteners: readonly string[]): RegExp | null {
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
/**
 * What sends readers to the account: follow it, see its posts, its photos were borrowed; or (blind R57A-134) it is recommended as the
 * best or quickest source (船頭さんの個人インスタが一番早いですよ, …のアカウントがおすすめ, …を見ればわかる); or (blind R72A-143,
 * `NEWS_THERE`) the account, right after its handle, is where news will appear (…の個人アカウント（@…）で速報されます).
 * Blind R301F-051 kind: the quickest source given as a reason (…が一番早いので、そちらもどうぞ, 一番詳しいから), and readers pointed over to
 * the account with そちらもどうぞ (そちらもご利用ください): a third party's account (有志の方が運営している @…) recommended as the source.
 */
const SENDS_TO = /フォロー|の投稿|のアカウント|の写真|の作品|の一枚|撮影|お借り|チェック|ご覧|見てね|見てください|見てみて|紹介して|発信して|載せて|アップして|に(?:聞いて|お?問い合わせ|ご?連絡|ご?質問|DM|dm)|(?:(?:一番|いちばん|最も|もっとも|断然|ダントツで?|何より)[^。！？!?\n]{0,4}?|の方が|のほうが)(?:早い|速い|詳しい|くわしい|早か|速か|詳しか|くわしか|正確|確実|分かりやすい|わかりやすい|頼りになる|便利|参考になる)(?:です|でしょう|よ|ね|けん|ばい|と(?:よ|です)|ので|から|ため|(?=[。！!？?\s]|$))|おすすめ|オススメ|お勧め|参考に(?:して|なる|なり)|(?:見る|見た|見れ|のぞく|のぞいた)(?:と|ら|ば)(?:いい|良い|よか|わかる|分かる|早)|(?:そちら|そっち|あちら)(?:も|を|の(?:方|ほう)も)[、,]?(?:どうぞ|ご利用ください|ご参照ください|ご活用ください)/u
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
function privateAccountAt(t: string, start: number, end: number): boolean {
  const s = sentenceOf(t, start, end)
  if (PRIVATE_ACCOUNT.test(t.slice(Math.max(s.start, start - 24), start)) || PRIVATE_ACCOUNT.test(t.slice(end, Math.min(s.end, end + 12)))) return true
  const next = s.end < t.length ? sentenceOf(t, s.end + 1, s.end + 1) : s
  return FOLLOW_REQUEST.test(t.slice(s.start, Math.max(s.end, next.end)))
}
const PRIVATE_WHAT = '鍵のかかった（非公開の）アカウント'

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
function handles(t: string, doc: RuleInput['doc'], emit: (f: DraftFinding) => void): void {
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
/** An official or public body's post quoted (公式, 気象台, 市役所, 警察): not a private person's. */
const BODY_SOURCE = /(?<!非)公式|当市|本市|市の(?:アカウント|投稿|X|インスタ|Instagram|Facebook|YouTube)|市役所|県庁|気象庁|気象台|国土交通省|河川事務所|警察|消防|漁協|漁業協同組合|農協|JA|観光協会|NHK|新聞社?|放送局/u

/** A body named only as what the private source is set above (公式より早い, 市のホームページよりも詳しい): not the source quoted. */
const COMPARED_BODY = new RegExp(`(?:${BODY_SOURCE.source}|${OFFICIAL.source})(?:の[^。！？!?\\n、]{0,8}?)?よりも?`, 'gu')
function withoutCompared(a: string): string {
  return a.replace(COMPARED_BODY, '')
}

function quotedVouch(t: string, doc: RuleInput['doc'], emit: (f: DraftFinding) => void): void {
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
function accountVouched(t: string, links: readonly LinkSpan[], u: LinkSpan): boolean {
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
function favourAccount(t: string, links: readonly LinkSpan[], u: LinkSpan): boolean {
  let from = Math.max(0, u.normStart - 100)
  for (const o of links) if (o !== u && o.normEnd <= u.normStart && o.normEnd > from) from = o.normEnd
  const s = sentenceOf(t, u.normStart, u.normEnd)
  const around = t.slice(from, Math.min(t.length, Math.max(u.normEnd, s.end)))
  if (OFFICIAL.test(withoutCompared(around)) || BODY_SOURCE.test(withoutCompared(around)) || WARNED_OFF.test(around) || THANKED.test(around)) return false
  const m = FAVOUR.exec(around)
  return m !== null && !FAVOUR_OWN_DOER.test(around.slice(Math.max(0, m.index - 30), m.index))
}

/**
 * What a paragraph tells the post's other paragraphs (blind JP-007 kind): the bodies whose official site it names (BODY_OFFICIAL_NAMED,
 * not denied and with no link after the naming), and a third-party link held back because it stands under a body's signature line
 * (SIGNED_BODY_LINE): `post` reports it as a note when an earlier paragraph named that body's official site, else as the warning it is.
 */
interface LinkFacts {
  named: string[]
  hasLink: boolean
  held: Array<{ start: number; end: number; host: string; name: string; mention: boolean }>
}

export const link: RuleFamily<LinkFacts> = {
  id: 'link',
  meta,
  post({ facts, spans, emit }) {
    for (let p = 0; p < facts.length; p++) {
      for (const h of facts[p]!.held) {
        let referred = false
        // The naming paragraph may be up to three before, with no link in the paragraphs between.
        for (let k = p - 1; k >= Math.max(0, p - 3) && !referred; k--) {
          if (facts[k]!.named.some((o) => h.name.endsWith(o) || o.endsWith(h.name))) referred = true
          else if (facts[k]!.hasLink) break
        }
        const at = spans[p]!.start
        emit({ rule: 'link/third-party', start: h.start + at, end: h.end + at, ...(h.mention ? { mention: true } : {}), ...(referred ? { severity: 'info' as const } : {}), data: { host: h.host } })
      }
    }
  },
  run({ doc, ctx, policy, emit }) {
    const links = linksOf(doc)
    const t = doc.norm.text
    const facts: LinkFacts = { named: officialSitesNamed(t, 0, t.length), hasLink: links.length > 0, held: [] }
    // A quote post's own words vouching for the post it shares (この方の投稿が一番正確です): reported once, unless a link of the
    // paragraph is reported as a person's page (the link's finding says it).
    let personal = false
    if (ctx.mode === 'quote') {
      const inner = emit
      emit = (f) => {
        if (f.rule === 'link/personal-source') personal = true
        inner(f)
      }
    }
    if (/[A-Za-z0-9](?:[ ・、,]{1,2}|[ ・、,]?\.[ ・、,]|[ ・、,]\.)[A-Za-z]{2,}\s?\//.test(t)) {
      const re = spacedShortener(policy.shorteners)
      if (re) {
        re.lastIndex = 0
        for (const m of matchAllOf(re, t)) {
          if (links.some((u) => u.normStart < m.index + m[0].length && m.index < u.normEnd)) continue
          const src = doc.fromNorm(m.index, m.index + m[0].length)
          emit({ rule: 'link/shortener', start: src.start, end: src.end, data: { host: m[0].split('/')[0]!.trim(), how: '空白や記号で分断されていますが、' } })
        }
      }
    }
    handles(t, doc, emit)
    if (!links.some((u) => hostMatches(u.host, 'line.me'))) personalLineWords(t, doc, emit)
    const vouch = () => {
      if (ctx.mode === 'quote' && !personal) quotedVouch(t, doc, emit)
    }
    if (links.length === 0) {
      vouch()
      return facts
    }
    const trusted = policy.trustedDomains
    for (const u of links) {
      const host = u.host
      // A domain named as an example (「bit.ly」などの短縮URL) is a mention, not a link: a note at most.
      const mention = isMentionedDomain(t, u) || isQuotedScam(t, u)
      const where = { start: u.start, end: u.end, ...(mention ? { mention: true } : {}) }
      // A user part dressed as the city's (or any) domain in front of another host: the link goes to the other host.
      if (u.userinfo !== undefined && !trusted.some((d) => hostMatches(host, d)) && !isPublicBody(host) && isDressedUserinfo(u.userinfo, trusted)) {
        emit({ rule: 'link/lookalike', start: u.start, end: u.end, ...(isQuotedExample(t, u) || isQuotedScam(t, u) ? { mention: true } : {}), data: { host: `${u.userinfo}@${host}` } })
        continue
      }
      // An affiliate network's redirect (px.a8.net/svt/ejp?a8mat=…) or a shop's link carrying an associate's tag (amazon.co.jp/…?tag=…-22).
      if (isAffiliate(host, u.url)) {
        emit({ rule: 'link/affiliate', ...where, data: { host } })
        continue
      }
      if (policy.shorteners.some((s) => hostMatches(host, s))) {
        // Blind R168A-074: a short link to a form where an identity document's photo or card details are to be sent (forms.gle/…).
        const entry = mention ? null : paymentEntry(t, u)
        if (entry !== null) {
          emit({ rule: 'link/payment-entry', ...where, data: { host, what: entry[0], act: entry[1] } })
          continue
        }
        emit({ rule: 'link/shortener', ...where, data: { host, how: u.disguised ? '空白や記号で分断されていますが、' : '' } })
        continue
      }
      const around = () => t.slice(Math.max(0, u.normStart - 120), Math.min(t.length, u.normEnd + 40))
      const framed = (a: string) => FRAME_HINT.test(a) && PERSON_FRAME.test(a) && !OFFICIAL.test(withoutCompared(a).replace(NOT_OFFICIAL_BUT_ALL, '')) && personFramedNotDenied(a)
      if (isSocialAccount(host, u.url) && !OFFICIAL.test(t.slice(sentenceOf(t, u.normStart, u.normEnd).start, u.normEnd)) && privateAccountAt(t, u.normStart, u.normEnd)) {
        emit({ rule: 'link/personal-source', ...where, data: { host, what: PRIVATE_WHAT } })
        continue
      }
      if (SOCIAL_HOSTS.some((p) => hostMatches(host, p)) && healthChannel(t, u.normStart, u.normEnd)) {
        emit({ rule: 'link/personal-source', ...where, data: { host, what: '出所の分からない健康・医療の動画やアカウント' } })
        continue
      }
      if (SOCIAL_HOSTS.some((p) => hostMatches(host, p)) && unofficialCopy(t, u.normStart, u.normEnd)) {
        emit({ rule: 'link/personal-source', ...where, data: { host, what: '非公式の切り抜きや転載（第三者が投稿した動画・アカウント）' } })
        continue
      }
      if (isSocialAccount(host, u.url) && accountVouched(t, links, u)) {
        emit({ rule: 'link/personal-source', ...where, data: { host, what: '個人のアカウント（SNS）' } })
        continue
      }
      if (isSocialAccount(host, u.url) && favourAccount(t, links, u)) {
        emit({ rule: 'link/personal-source', ...where, data: { host, what: '第三者のアカウント（SNS・動画）' } })
        continue
      }
      if (isSocialAccount(host, u.url) && framed(around())) {
        emit({ rule: 'link/personal-source', ...where, data: { host, what: '個人のアカウント（SNS）' } })
        continue
      }
      // A LINE group or chat invitation (line.me/ti/g/…): anyone's private group, not the city's official account.
      if (hostMatches(host, 'line.me') && /line\.me\/(?:ti\/g2?\/|R\/ti\/g\/)/iu.test(u.url)) {
        emit({ rule: 'link/personal-source', ...where, data: { host, what: 'LINEのグループへの招待リンク（個人が管理するグループ）' } })
        continue
      }
      // A person's LINE: a friend-add link with no @ (line.me/ti/p/kawabe_88; an official account's is line.me/R/ti/p/@…), or any LINE
      // link given as someone's own LINE (店主さん個人のLINEから予約).
      if (hostMatches(host, 'line.me') && (PERSON_LINE_URL.test(u.url) || personalLineBefore(t, u.normStart))) {
        emit({ rule: 'link/personal-source', ...where, data: { host, what: PERSONAL_LINE_WHAT } })
        continue
      }
      const isTrusted = trusted.some((d) => hostMatches(host, d))
      // A misspelt name is a look-alike even under a public-body pattern (city.yanagavva.fukuoka.jp).
      if (!isTrusted && isMisspelledTrusted(host, trusted)) {
        emit({ rule: 'link/lookalike', ...where, ...(warnedAsFake(t, u) ? { mention: true } : {}), data: { host } })
        continue
      }
      // A trusted host's short link written in disguise (y o u t u . b e / Xk3p9Lm2vQ): no longer a link to tap or preview.
      if (isTrusted && !mention && disguisedShortLink(t, u)) {
        emit({ rule: 'link/shortener', ...where, data: { host, how: '空白や記号で分断されていますが、' } })
        continue
      }
      // Blind R265G-032 kind: the impostor account itself linked in the warning about it (こちらが…なりすましアカウントです→ https://x.com/…).
      if (isTrusted && !mention && !isPublicBody(host) && isSocialAccount(host, u.url) && impostorLinked(t, u)) {
        emit({ rule: 'link/impostor', ...where, data: { host } })
        continue
      }
      if (isTrusted || isPublicBody(host) || welfareCouncil(host) || govFormService(host)) {
        if (/^http:\/\//i.test(u.url)) {
          emit({ rule: 'link/insecure', ...where, data: { secure: u.url.replace(/^http:/i, 'https:') } })
        }
        continue
      }
      if (isLookalike(host, trusted) || impostedBody(host) !== null) {
        emit({ rule: 'link/lookalike', ...where, ...(warnedAsFake(t, u) ? { mention: true } : {}), data: { host } })
        continue
      }
      // A blog host the organisation itself uses (市の公式note) is an ordinary third-party host.
      if (isPersonalHost(host) && !OFFICIAL.test(around())) {
        emit({ rule: 'link/personal-source', ...where, data: { host, what: '個人のブログや無料ホームページのサイト' } })
        continue
      }
      // The named operator's own page, given for what it runs (西日本鉄道のホームページ（https://…）でご確認ください):
      // a referral to the source, a note; a shop, a sale or a prize is still a warning.
      const before = t.slice(Math.max(0, u.normStart - 40), u.normStart)
      const sentence = t.slice(Math.max(0, u.normStart - 80), Math.min(t.length, u.normEnd + 30))
      const described = afterDescription(t, u.normStart)
      // Blind R247T-048 kind: a link listed on its own line after others, under a sentence that names as many pages (listedAt).
      const listed = listedAt(t, links, u)
      const referral = ((namedPageBefore(t, u.normStart) || (described !== null && namedSiteSentence(t, described)) || orgCited(t, u) || GOV_SERVICE.test(t.slice(Math.max(0, u.normStart - 80), u.normStart)) || ((OWNER_PAGE.test(before) || OWNER_SERVICE.test(t.slice(Math.max(0, u.normStart - 80), u.normStart))) && REFER.test(sentence)) || sourceLabelled(t, u.normStart) || OFFICIAL_SITE_BEFORE.test(before) || OFFICIAL_NAMED_SENTENCE.test(t.slice(Math.max(0, u.normStart - 90), u.normStart)) || (listed !== null && OFFICIAL_NAMED_SENTENCE.test(t.slice(Math.max(0, listed - 90), listed))) || ROLE_LABEL_BEFORE.test(t.slice(Math.max(0, u.normStart - 60), u.normStart)) || signedBodySite(t, u) || BODY_SERVICE_PAGE.test(t.slice(Math.max(0, u.normStart - 90), u.normStart))) && !SHOPPING.test(sentence)) || contractedSite(t, u) || portalOwnPage(t, links, u, trusted) || cityListing(t, u, trusted, policy.contacts.localGovCodes)
      // Card or account details to be typed in on a site only pointed at (こちらのサイトから…クレジットカード番号を入力するだけで).
      const entry = referral ? null : paymentEntry(t, u)
      if (entry !== null) {
        emit({ rule: 'link/payment-entry', ...where, data: { host, what: entry[0], act: entry[1] } })
        continue
      }
      // Blind JP-007 kind: a link under a body's signature line, its official site named in a paragraph before (read in `post`).
      const signed = referral || SHOPPING.test(sentence) ? null : SIGNED_BODY_LINE.exec(t.slice(Math.max(0, u.normStart - 40), u.normStart))
      if (signed != null && !mention) {
        facts.held.push({ start: where.start, end: where.end, host, name: signed[1]!, mention: false })
        continue
      }
      emit({ rule: 'link/third-party', ...where, ...(referral ? { severity: 'info' as const } : {}), data: { host } })
    }
    vouch()
    return facts
  },
}

/**
 * Blind R168A-077 kind: a link written in disguise (its letters spaced apart, y o u t u . b e / Xk3p9Lm2vQ; defanged, youtu[.]be/…) whose
 * path is one opaque code, the shape of a short link (Xk3p9Lm2vQ: letters of both cases or letters and digits, 6 to 16 of them): the
 * host may be trusted, but spelt out the reader can neither tap nor preview it and must type an unreadable code whose video or page the
 * post does not name, which is what a short link hides (warn, as a shortener). A trusted page's readable path (city.yanagawa.fukuoka.jp/
 * kurashi/gomi) and a plain short link of a trusted host (https://youtu.be/…) are not this.
 */
const OPAQUE_CODE = /^[A-Za-z0-9_-]{6,16}$/u
function disguisedShortLink(t: string, u: LinkSpan): boolean {
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
function isAffiliate(host: string, url: string): boolean {
  if (AFFILIATE_HOSTS.some((d) => hostMatches(host, d)) || AFFILIATE_PARAM.test(url)) return true
  return /(?:^|\.)amazon\.(?:co\.jp|com|jp)$/iu.test(host) && AMAZON_TAG.test(url)
}

/**
 * Blind R163A-146 kind: a site only pointed at (こちらのサイト, このページ, 下記のURL, ここから), not named, where readers are told to type in
 * card or account details (クレジットカード番号を入力するだけで手続きが完了します, 口座番号と暗証番号をご入力ください): a site the city does not
 * run receiving payment details is what phishing looks like. The details are a card's or an account's (カード番号, 暗証番号, 口座番号,
 * セキュリティコード, カード情報), not a meeting's passcode; the sentence asks for them (入力, 記入, 登録, 送信), it does not warn against
 * them (入力しないで, 求めることはありません, 偽サイト, ご注意) or say they are not needed (入力は不要).
 */
const CARD_DETAILS = /(?:クレジット)?カード(?:の)?番号|クレジットカード(?:の)?情報|カード情報|暗証番号|口座番号|口座情報|セキュリティコード|有効期限とセキュリティ/u
const CARD_ENTRY = /(?:クレジット)?カード(?:の)?番号|クレジットカード(?:の)?情報|カード情報|暗証番号|口座番号|口座情報|セキュリティコード/gu
const ENTRY_VERB = /^[^。！？!?\n]{0,16}?(?:を|も|と|まで|など|等)?[\s、,]?(?:ご)?(?:入力|記入|登録|送信|入れる|入れて|打ち込)/u
const ENTRY_WARNED = /しないで|しない(?:よう|でください)|お控え|ご注意|注意して|気をつけ|気を付け|偽|にせ|ニセ|詐欺|フィッシング|不審|求めることは|お聞きすることは|尋ねることは|(?:あり|ござい)ません|不要|必要(?:は)?(?:あり|ござい)ません|絶対|決して/u
const POINTED_SITE = /(?:こちら|こっち|この|その|下記|以下|次|ここ)(?:の)?(?:サイト|ページ|URL|リンク|フォーム)?(?:から|で|に|は|を|へ|より)|こちら|下記|以下のURL/u
/** The site said to be the city's contracted payment agent (市が契約する…, 収納代行, 指定納付受託者, 公金支払い): an operator named, no bare pointer. */
const CONTRACTED = /市が(?:契約|委託|指定)|市の(?:委託|契約)|委託(?:先|事業者)|(?:収納|決済)代行|指定納付受託者|公金(?:支払|収納|決済)/u
/**
 * Blind R168A-074 kind: a photo or a copy of an identity document to be sent to a site only pointed at (こちらのフォームで受け付けます…本人確認
 * のため免許証の写真も添付してください, マイナンバーカードの画像をアップロードして, 保険証のコピーを送信): an identity document's image is
 * what identity theft collects, never what the city gathers through a form it does not run (a short link hides whose it is). The document
 * (免許証, マイナンバーカード, 保険証, パスポート, 在留カード, 本人確認書類) and a verb of sending it (添付, アップロード, 送信, 送付, 送って);
 * not shown at a desk (窓口で免許証をご提示ください: no sending verb), not warned against (送らないでください, 求めることはありません).
 */
const ID_DOCS = /(?:運転)?免許証|マイナンバーカード|個人番号カード|(?:健康)?保険証|パスポート|旅券|在留カード|本人確認書類|身分証(?:明書)?/gu
const ID_SEND = /^[^。！？!?\n]{0,16}?(?:写真|画像|コピー|写し|両面|表面|裏面|データ|スキャン)?[^。！？!?\n]{0,6}?(?:を|も)?[\s、,]?(?:ご)?(?:添付|アップロード|送信|送付|送って|お送り|貼り付け|貼付)/u
/**
 * Blind R172A-028 kind: a city tax or public charge to be paid on a site only pointed at (固定資産税はスマホで簡単に払えます！こちらのサイトが
 * 便利ですよ https://…, 住民税の納付はこのページからどうぞ): the city's money taken through a site it does not run and the post does not name,
 * what a fake payment site looks like. The charge is the city's (固定資産税, 市県民税, 軽自動車税, 国保税, 保険料, 水道料金) and is paid there
 * (払え, 支払, 納付, 納め, 決済); not when a payment service, a store or a bank is named as the way (PayPay, 楽天ペイ, コンビニ, 金融機関, 地方税
 * お支払サイト: the operator named, a referral the writer can check), nor when it is warned against (偽, ご注意) or said not to be needed.
 */
const PUBLIC_CHARGE = /(?:固定資産|住民|市県民|市民|県民|軽自動車|国民健康保険|国保|都市計画|入湯)税|市税|(?:介護|国民健康|後期高齢者医療)?保険料|(?:上下)?水道料金|保育料|給食費/gu
const CHARGE_PAID = /^[^。！？!?\n]{0,16}?(?:払え|払う|払い|支払|納付|納め|納入|決済)/u
const PAY_OPERATOR = /[A-Za-z]{1,8}\s?(?:Pay|PAY|pay|払い)|ペイ(?!ジ)|ペイジー|Pay-easy|eLTAX|エルタックス|地方税お?支払|コンビニ|銀行|金融機関|郵便局|ゆうちょ|信用金庫|農協|JA|クレジットカード会社/u
/** What the site asks to be typed in or sent: [what, act] (カード番号, 入力; 免許証の画像, 送信), or null. */
function paymentEntry(t: string, u: LinkSpan): [string, string] | null {
  const from = Math.max(0, u.normStart - 160)
  const to = Math.min(t.length, u.normEnd + 120)
  const near = t.slice(from, to)
  const card = CARD_DETAILS.test(near)
  ID_DOCS.lastIndex = 0
  const id = ID_DOCS.test(near)
  PUBLIC_CHARGE.lastIndex = 0
  const charge = PUBLIC_CHARGE.test(near) && !PAY_OPERATOR.test(near)
  if ((!card && !id && !charge) || CONTRACTED.test(near) || !POINTED_SITE.test(t.slice(Math.max(0, u.normStart - 120), u.normStart) + t.slice(u.normEnd, Math.min(t.length, u.normEnd + 24)))) return null
  // What is asked there, the verb that asks it (within `reach` characters), how the message names it, and the act: card details
  // typed in, an identity document's photo sent, a public charge paid.
  const asks: Array<[boolean, RegExp, RegExp, number, (w: string) => string, string]> = [
    [card, CARD_ENTRY, ENTRY_VERB, 24, (w) => w, '入力'],
    [id, ID_DOCS, ID_SEND, 30, (w) => `${w}の画像`, '送信'],
    [charge, PUBLIC_CHARGE, CHARGE_PAID, 24, (w) => w, '納付'],
  ]
  for (const [asked, what, verb, reach, name, act] of asks) {
    if (!asked) continue
    what.lastIndex = 0
    for (const m of near.matchAll(what)) {
      const a = from + m.index
      const b = a + m[0].length
      if (!verb.test(t.slice(b, b + reach))) continue
      const s = sentenceOf(t, a, b)
      if (ENTRY_WARNED.test(t.slice(s.start, s.end))) continue
      return [name(m[0]), act]
    }
  }
  return null
}

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
function sourceLabelled(t: string, at: number): boolean {
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
function orgCited(t: string, u: LinkSpan): boolean {
  const m = ORG_CITED_BEFORE.exec(t.slice(Math.max(0, u.normStart - 40), u.normStart))
  return m !== null && !NAMED_PAGE_NOT_OWN.test(m[0]) && ORG_CITED_AFTER.test(t.slice(u.normEnd, u.normEnd + 12))
}
/**
 * Blind TZ-120 kind: the post says the site is the city's contracted or commissioned service (市が契約している次のポータルサイトからお申し込み
 * いただけます, 市が委託している事業者の予約サイト, 本市と協定を結んでいる…のサービス): the city answers for the operator, so the link is a referral
 * (a note) even where something is bought or donated there (ふるさと納税). Not denied or imitated (契約しているわけではありません, 委託している
 * と称する業者, 市と契約しているかのように装った), and no other link between the words and this one.
 */
const CONTRACTED_SITE =
  /(?:市|町|村|県|区|市役所|本市|当市)(?:が|と|で)(?:正式に)?(?:契約|委託|提携)(?:して(?:い|お)(?:る|ます|ります)|した|する)[^。！？!?\n]{0,12}?(?:サイト|ポータル|ページ|サービス|事業者|業者|会社|フォーム|アプリ|システム)|(?:市|町|村|県)(?:と|が)(?:連携|提携)?協定を(?:結んで|締結して)(?:い|お)(?:る|ます|ります)[^。！？!?\n]{0,12}?(?:サイト|ポータル|ページ|サービス|事業者|会社|アプリ)|(?:市|町|村|県)の(?:契約|委託|指定)(?:先|事業者)(?:の|である)[^。！？!?\n]{0,12}?(?:サイト|ポータル|ページ|サービス|フォーム)/gu
const CONTRACT_DENIED = /ほか|他の|別の|その他|外部|ではありません|ではない|わけでは|ではなく|でなく|じゃなく|かのよう|ふり|フリ|称|名乗|装|かた(?:る|って|った)|騙|偽|ニセ|にせ|なりすま|成りすま|詐欺|フィッシング|注意|個人|非公式|以外|https?:\/\//u
function contractedSite(t: string, u: LinkSpan): boolean {
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
function portalOwnPage(t: string, links: readonly LinkSpan[], u: LinkSpan, trusted: readonly string[]): boolean {
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
function cityListing(t: string, u: LinkSpan, trusted: readonly string[], codes: readonly string[]): boolean {
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
/**
 * Blind TZ-124 kind: a sentence naming the site as an organisation's official one (柳川市観光協会の公式サイトもあわせてご覧ください。) may be
 * followed by one sentence that only tells what is there (季節のイベントやモデルコースが紹介されています。) before the link: the link still
 * closes the named site's sentence. The sentence between points at no other page (こちら, この, 次の, ブログ, サイト), sets nothing against it
 * (より, ではなく) and warns of nothing (偽, なりすまし, 注意); the named sentence itself is read as OFFICIAL_NAMED_SENTENCE, NAMED_PAGE_BEFORE.
 */
const DESCRIPTION_POINTS = /こちら|そちら|あちら|ここ|下記|以下|上記|次の|この|その|あの|別の|ほか|他の|ブログ|まとめ|アカウント|サイト|ページ|HP|ホームページ|URL|リンク|個人|ファン|有志|非公式|より|ではなく|でなく|じゃなく|以外|偽|ニセ|装|なりすま|詐欺|フィッシング|注意|[？?]|https?:/u
function afterDescription(t: string, at: number): number | null {
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
function listedAt(t: string, links: readonly LinkSpan[], u: LinkSpan): number | null {
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
const SIGNED_BODY_LINE = new RegExp(
  String.raw`(?:^|\n)[ \u3000]*[【［\[]?(?!某|各|他|別)([\p{Script=Han}\p{Script=Katakana}ー・]{1,16}${SIGNED_BODY_END})(?:[ \u3000]?(?:事務局|本部))?[】］\]]?[ \u3000]*\n[ \u3000]*$`,
  'u',
)
const BODY_OFFICIAL_NAMED = new RegExp(
  String.raw`([\p{Script=Han}\p{Script=Katakana}ー・]{1,16}${SIGNED_BODY_END})\s?の\s?公式(?:の)?(?:サイト|ホームページ|HP|ウェブサイト|webサイト|Webサイト|WEBサイト|ページ)`,
  'gu',
)
const SIGNED_NOT_OWN = /非公式|偽|ニセ|にせ|なりすま|成りすま|装|詐欺|フィッシング|注意|個人|ファン|有志|ではなく|でなく|じゃなく|以外/u
function signedBodySite(t: string, u: LinkSpan): boolean {
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
function officialSitesNamed(t: string, from: number, to: number): string[] {
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
function namedSiteSentence(t: string, at: number): boolean {
  return OFFICIAL_NAMED_SENTENCE.test(t.slice(Math.max(0, at - 90), at)) || namedPageBefore(t, at)
}
/**
 * Blind R117A-099: the link labelled as a named operator's official site, right before it (（運休情報：柳川観光開発 公式サイト https://…）,
 * 西鉄バスの公式HP：https://…, 九州電力送配電公式ウェブサイト（https://…）): the owner names the page as its own, a referral like OWNER_PAGE.
 * The owner is a name of two characters or more (kanji, katakana, Latin), not a pointer (こちら, 下記), a person or a fan (個人, ファン, 有志),
 * and not 非公式; nothing but spaces, a colon or an opening bracket between the label and the link. A shop is still a warning (SHOPPING).
 */
const OFFICIAL_SITE_BEFORE =
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
const OFFICIAL_NAMED_SENTENCE =
  new RegExp(String.raw`[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー・]{2,24}(?<!こちら|そちら|下記|以下|上記|個人|ファン|有志|非|偽|ニセ)\s?の\s?(?<!非|偽の|ニセの)公式(?:の)?(?:サイト|ホームページ|HP|ウェブサイト|webサイト|Webサイト|WEBサイト|ページ)${COORDINATED_PAGE}(?:で|に|から|では|には|にて|を|は|も)(?![^。！？!?\n]{0,40}?(?:こちら|そちら|ここ|下記|以下|次の|この|その|別の|ブログ|まとめ|より|ではなく|でなく|じゃなく|以外|装|偽|ニセ|なりすま|詐欺|フィッシング|注意))[、,]?[^。！？!?\n]{0,40}[。！!]?[^\p{L}\p{N}\n]{0,6}\s{0,3}$`, 'u')
/**
 * Blind TY-077, TY-087 kind: the link given under a label of the organisation's part in the event (協賛：株式会社… https://…, 特別協賛：…株式会社
 * ⏎（公式サイト https://…）, 後援：…, 協力：…): the post names whose site it is and why it is there, a referral (a note). The name is not a pointer,
 * a person (…さん, 様) or a fan, and holds no other link; a shop is still a warning (SHOPPING).
 */
const ROLE_LABEL_BEFORE =
  /(?:^|[\n\s　、。【】（(■●・])(?:特別|共同)?(?:協賛|後援|協力|主催|共催|運営|出展|出店|スポンサー)(?:企業|団体|者|社)?\s?[：:]\s?(?!こちら|そちら|下記|以下|上記|個人|ファン|有志)[^\n：:。！？!?/]{1,29}?[^\n：:。！？!?/\s　](?<!さん|様|さま|氏|ちゃん|くん|方)[\s　]{0,3}(?:\n[\s　]{0,3})?(?:[（(]\s?(?:公式)?(?:サイト|ホームページ|HP|ウェブサイト|webサイト|Webサイト)?\s?[：:]?[\s　]{0,3}|(?:公式)?(?:サイト|ホームページ|HP|ウェブサイト)\s?[：:]?[\s　]{0,3})?$/u
/** An owner named before the link: 西日本鉄道のホームページ（, 〇〇協会の公式サイト：, 気象協会のWebサイト. */
const OWNER_PAGE = /[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9][\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー々A-Za-z0-9・]{1,19}(?:株式会社|協会|機構|財団|組合|鉄道|バス|交通|電力|ガス|大学|病院|会議所|商工会|連盟|連合会|センター)?(?<!こちら|そちら|あちら|どちら|下記|以下|上記|左記|次|専用|特設|申込|申し込み|予約|応募|購入|販売|詳しく|詳細|情報)の(?:公式)?(?:ホームページ|ウェブサイト|webサイト|Webサイト|サイト|HP|ページ)[\s（(:：「『]*$/u
/**
 * An institution's service named by its title just before the link (国立がん研究センターの「がん情報サービス」もご覧ください。
 * https://…): the owner and what it runs, a referral like OWNER_PAGE.
 */
/**
 * Blind IC-015: a national government body's service named just before its site (内閣府の「DV相談＋」ではメールでも相談できます。⏎https://…,
 * 厚生労働省の「まもろうよ こころ」, 法務省の人権相談): the state's own service, a referral. Not when the link is set against it (…より
 * こちらのサイト, …ではなく).
 */
const GOV_SERVICE = /(?:内閣府|内閣官房|デジタル庁|こども家庭庁|消費者庁|[\p{Script=Han}]{1,6}省|[\p{Script=Han}]{1,6}庁)(?:が運営する|の)(?:[^。！？!?\n「『]{0,12}?[「『][^」』\n]{1,24}[」』]|[\p{Script=Han}\p{Script=Katakana}ー・]{2,16}(?:相談|窓口|ダイヤル|ライン|サイト|ページ))(?![^。！？!?\n]{0,30}?(?:より|ではなく|でなく|じゃなく|以外))[^。！？!?\n]{0,30}[。！!]?\s*$/u
/**
 * Blind LG-030 kind: a service run for public bodies, named as such (官公庁オークション, 自治体…), and the body's own page on it referred to
 * right before the link (官公庁オークションの柳川市のページでご確認いただけます): the city's page on the service it uses, a referral (a note),
 * as a named operator's page is. The service must be named in the post; its host alone trusts nothing.
 */
const BODY_SERVICE_PAGE =
  /(?:官公庁|自治体|行政|公共団体)[\p{Script=Katakana}ー]{2,12}の(?:柳川市|本市|当市|市|[\p{Script=Han}]{1,6}(?:市|町|村|県|省|庁))の(?:ページ|サイト|ホームページ)[^。！？!?\n]{0,20}[。！!]?\s*$/u
const OWNER_SERVICE = /(?:株式会社|協会|機構|財団|組合|大学|病院|センター|研究所|省|庁|学会|連盟|気象台)の[「『][^」』\n]{1,24}[」』][^。！？!?\n]{0,16}[。！!]?\s*$/u
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
function namedPageBefore(t: string, at: number): boolean {
  const w = t.slice(Math.max(0, at - 90), at)
  const m = NAMED_PAGE_BEFORE.exec(w) ?? ORG_PAGE_SENT.exec(w)
  return m !== null && !NAMED_PAGE_NOT_OWN.test(m[0])
}
/** What the reader is sent there for: to check or read more. */
const REFER = /確認|ご覧|詳しく|詳細|最新|時刻表|運行状況|ダイヤ/u
/** Selling, buying, prizes: a shop's page is never just a referral. */
const SHOPPING = /購入|買|通販|販売|セール|ポイント|クーポン|プレゼント|懸賞|応募|当たる|特価|割引|アフィリエイト|楽天|amazon|アマゾン|ふるさと納税/iu

/**
 * Blind R100A-101: readers sent to a private person's LINE (店主さん個人のLINEから予約するのが確実です, 私用のLINEに連絡してね, line.me/ti/p/…):
 * a private account the city cannot check, given as the window for bookings or questions (6(1)). A friend-add link with no @ after ti/p/
 * is a person's own account (an official account's reads line.me/R/ti/p/@… or %40…). The words alone count when readers are sent there
 * (予約, 連絡, 追加, ID); not when it is turned away (個人のLINEではなく公式LINEから, 個人のLINEでの予約は受け付けていません) or quoted.
 * Blind HX-140: nor when the city says it never does so (市役所が個人のLINEに直接メッセージを送ることはありません, 個人のLINEにご連絡することは
 * 一切ございません): the sending verb itself negated (断られることはありません negates another verb and still sends readers there).
 */
const PERSON_LINE_URL = /line\.me\/(?:R\/)?ti\/p\/(?!@|%40)[A-Za-z0-9_\-~.]{3,}/iu
const PERSONAL_LINE = /(?:個人|私用|私的な?|プライベート)(?:の|用の|で使っている|の方の)?\s?(?:LINE|ライン)(?!スタンプ|ニュース|マンガ|漫画|ペイ|Pay|PAY|ギフト|公式)/gu
const LINE_SENDS = /^[^。！？!?\n]{0,24}?(?:予約|連絡|問い合わせ|問合せ|申し込|申込|注文|友だち追加|友達追加|追加|登録|相談|送って|メッセージ|DM|ID|QR)/u
const LINE_DENIED =
  /^[^。！？!?\n]{0,24}?(?:ではなく|でなく|じゃなく|では(?:受け付け|お受け|ご案内|対応|回答)|での(?:予約|連絡|問い合わせ|やりとり|やり取り|ご相談)は|は(?:使わ|使用し|利用し|教え|お伝え|受け付け|お受け)|を(?:教え|聞か|使わ|お伝え)|しないで|お控え|ご遠慮|(?:受け付けて|お受けして|対応して|行って|おこなって)(?:い|お)?(?:りません|ません|ない)|できません|(?:送る|送信する|お送りする|連絡する|ご連絡する|届く|届ける|お届けする|聞く|お聞きする|尋ねる|お尋ねする|求める|案内する|ご案内する|登録を求める|追加を求める|お願いする)(?:こと|事)(?:は|も)(?:一切|決して|絶対に?)?(?:ありません|ございません|ない|ありえません|あり得ません|いたしません|しません))/u
const PERSONAL_LINE_WHAT = '個人のLINE（私人のアカウント）'
function personalLineBefore(t: string, at: number): boolean {
  // The link may stand on the next line after the sentence that names it: a bounded window before it.
  const from = Math.max(0, at - 80)
  PERSONAL_LINE.lastIndex = 0
  for (const m of matchAllOf(PERSONAL_LINE, t.slice(from, at))) {
    const end = from + m.index + m[0].length
    if (!LINE_DENIED.test(t.slice(end, end + 30))) return true
  }
  return false
}
function personalLineWords(t: string, doc: RuleInput['doc'], emit: (f: DraftFinding) => void): void {
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
