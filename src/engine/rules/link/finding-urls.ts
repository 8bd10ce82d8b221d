/**
 * Finding URLs in every form staff write them (6(1)): right after any character (→https://, こちらhttps://, ▶https://), full-width
 * (ｈｔｔｐｓ：／／, read after NFKC), spaced (bit . ly / xxx, y o u t u . b e), defanged (hxxps://, example[.]com, (dot), ドット), a
 * Japanese full stop for a dot (bit。ly) and bare domains without a scheme (bit.ly/xxx): `findUrls` (also read by personal-info) and
 * `linksOf`, which adds linkify-it's internationalised names and drops e-mail domains (afterAtSign). Stays clean (no link read): an e-mail
 * address, a label's colon before a bare link (Map:, here:), a dot that ends an English word (10 a.m., Dr. Smith), a bare name whose
 * top-level domain links in Japanese posts do not use. Part of the link family (index.ts judges each link in order).
 */
import type { Doc } from '../../doc'
import type { LinkSpan } from './context'

// ---------- finding URLs ----------

/** Top-level domains a bare domain (no scheme) may end in: the ones links in Japanese posts use. */
export const BARE_TLDS = new Set(
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
export const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i
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

/** Whether the norm text right before `at` makes the host an e-mail domain (taro(at)gmail.com). */
function afterAtSign(t: string, at: number): boolean {
  return /(?:@|\(at\)|\[at\]|<at>|アットマーク|あっとまーく)\s{0,2}$/iu.test(t.slice(Math.max(0, at - 10), at))
}

export function linksOf(doc: Doc): LinkSpan[] {
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
