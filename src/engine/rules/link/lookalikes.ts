/**
 * Look-alike hosts (6(1), link/lookalike): a host dressed up as a trusted one — punycode, a trusted domain embedded in another
 * (city.yanagawa.fukuoka.jp.example.com), a local-government name with hyphens (city-yanagawa.com: `isLookalike`); spelt with letters
 * swapped for look-alikes or one typo (yanagavva, faceb00k, instagrarn: `isMisspelledTrusted`, `skeleton`); a public body's or a well-known
 * service's name in a host that is not its domain (e-tax-nta-refund.com: `impostedBody`); a user part before an @ that dresses up as a host
 * (https://www.city.yanagawa.fukuoka.jp@example.com/: `isDressedUserinfo`). Stays clean: the trusted domains themselves, real public-body
 * domains one letter apart (kanagawa), another body's own or.jp domain (yanagawa-shakyo.or.jp), a foreign government's domain, the
 * services' own domains. Part of the link family (index.ts runs the checks in order).
 */
import { hostMatches } from './context'
import { BARE_TLDS, LABEL } from './finding-urls'
import { isPublicBody, PREFECTURES } from './public-bodies'

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

/**
 * A user part that dresses up as a host (https://www.city.yanagawa.fukuoka.jp@example.com/, http://yanagawa-city@example.net/):
 * a domain name before the @, or a trusted one's distinctive name; the browser goes to the host after the @.
 */
export function isDressedUserinfo(userinfo: string, trusted: readonly string[]): boolean {
  const name = userinfo.replace(/:[^:]*$/, '')
  const labels = name.split('.')
  if (labels.length >= 2 && labels.every((l) => LABEL.test(l))) {
    const tld = labels[labels.length - 1]!
    if (BARE_TLDS.has(tld) || /^[a-z]{2}$/.test(tld)) return true
  }
  return distinctiveLabels(trusted).some((d) => d.label.length >= 5 && name.includes(d.label))
}
