/**
 * E-mail addresses of private people: free-mail and mobile-carrier domains (gmail.com,
 * docomo.ne.jp …), and any address a person owns (坂田さんの個人アドレス). Public bodies'
 * and the account's own domains are never reported.
 *
 * Written forms: plain, full-width, spaced (sakata.yng ＠ gmail . com), letter-spaced (s a k a t a @ g m a i l . c o m), and the obfuscations
 * people use against address harvesters: (at) [at] ＜at＞ (アットマーク) 【at mark】 アットマーク ★, a spaced " at " / あっと, [.] (dot) ドット, a spaced " dot ".
 */
import type { Doc } from '../../doc'
import type { Policy } from '../../policy'
import { findUrls } from '../link'
import { isExampleValue, ownerOf, type Emit } from './context'

export const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.co.jp', 'ymail.ne.jp', 'yahoo.com', 'icloud.com', 'me.com', 'mac.com', 'outlook.com',
  'outlook.jp', 'hotmail.com', 'hotmail.co.jp', 'live.jp', 'live.com', 'msn.com', 'aol.com', 'docomo.ne.jp', 'ezweb.ne.jp',
  'au.com', 'softbank.ne.jp', 'i.softbank.jp', 'disney.ne.jp', 'nifty.com', 'proton.me', 'protonmail.com', 'gmx.com', 'zoho.com',
  'rakuten.jp', 'excite.co.jp', 'biglobe.ne.jp', 'ocn.ne.jp', 'so-net.ne.jp', 'willcom.com', 'pdx.ne.jp', 'uqmobile.jp', 'yahoo.ne.jp',
])
/** Municipal and government mail domains are public by design. */
const PUBLIC_MAIL_DOMAIN = /(?:^|\.)(?:lg\.jp|go\.jp)$|^(?:city|town|vill|pref)\.[a-z0-9-]+(?:\.[a-z0-9-]+)?\.jp$/

/** Whether an e-mail domain is a public body's: the policy's own domains or a municipal or government one. */
export function isPublicMailDomain(domain: string, policy: Policy): boolean {
  const d = domain.toLowerCase()
  return domainAllowed(d, policy.contacts.emailDomains) || PUBLIC_MAIL_DOMAIN.test(d)
}

function domainAllowed(domain: string, allowed: readonly string[]): boolean {
  return allowed.some((d) => {
    const a = d.toLowerCase().replace(/^\*?\./, '')
    return domain === a || domain.endsWith('.' + a)
  })
}

/** Free-mail services people name without the rest of the domain (taro@gmail). */
const FREE_BASE: Record<string, string> = {
  gmail: 'gmail.com', yahoo: 'yahoo.co.jp', docomo: 'docomo.ne.jp', ezweb: 'ezweb.ne.jp', icloud: 'icloud.com', hotmail: 'hotmail.com',
  outlook: 'outlook.jp', softbank: 'softbank.ne.jp',
}

/** What stands for "@" (norm view: ＠ is already @). */
/**
 * Round 90 (blind R90A-032): the word in brackets may be the whole name of the sign, not just "at": tajiri.kenta1958（アットマーク）gmail.com,
 * ［あっとまーく］, 【アットマーク】, (at mark); and a spaced " at mark " in place of the sign. The norm view has already made （ ［ into ( [.
 */
const AT =
  /\s{0,2}(?:@|[(\[<{＜《【〔]\s?(?:at\s?mark|at|あっと(?:まーく)?|アット(?:マーク)?)\s?[)\]>}＞》】〕]|アットマーク|あっとまーく|★|☆)\s{0,2}|\s{1,2}(?:at\s?mark|at|あっと|アット)\s{1,2}|(?<=[A-Za-z0-9])(?:あっと|アット)(?=[A-Za-z])/giu
/** What stands for "." between domain labels. */
const DOT = /^\s{0,2}(?:\.|[(\[<{【〔]\s?(?:\.|dot|ドット|どっと)\s?[)\]>}】〕]|ドット|どっと)\s{0,2}|^\s{1,2}dot\s{1,2}/iu
const LOCAL_CHAR = /[A-Za-z0-9._%+\-]/
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})/

export interface EmailMatch {
  /** Norm offsets. */
  a: number
  b: number
  domain: string
}

/**
 * Round 70 (blind R70A-086): an address spelt out letter by letter with a space between every character (a r a k i . h a c h i 7 @
 * g m a i l . c o m, s a t o 1 2 ＠ y a h o o . c o . j p, k o g a アットマーク g m a i l . c o m), against harvesters: a run of at
 * least five single characters of an address, each standing alone between spaces (the norm view squeezes spaces to one). Such runs
 * are closed up and the text read again; an address found there maps back to the spaced span. A word of English or a spaced heading
 * (Y A N A G A W A) holds no "@" and no domain, so closing it up finds nothing.
 */
const SPACED_RUN = /(?<![A-Za-z0-9._%+\-@])(?:[A-Za-z0-9._%+\-@] ){4,254}[A-Za-z0-9._%+\-@](?![A-Za-z0-9._%+\-@])/gu

function spacedEmails(t: string): EmailMatch[] {
  if (!/(?:^|[^A-Za-z0-9])[A-Za-z0-9] [A-Za-z0-9.@] [A-Za-z0-9.@] /u.test(t)) return []
  // The text with every spaced run closed up, and where each of its characters stands in `t`.
  let closed = ''
  const at: number[] = []
  let k = 0
  let runs = 0
  SPACED_RUN.lastIndex = 0
  for (let m = SPACED_RUN.exec(t); m; m = SPACED_RUN.exec(t)) {
    for (; k < m.index; k++) {
      closed += t[k]
      at.push(k)
    }
    for (; k < m.index + m[0].length; k++) {
      if (t[k] === ' ') continue
      closed += t[k]
      at.push(k)
    }
    runs++
  }
  if (runs === 0) return []
  for (; k < t.length; k++) {
    closed += t[k]
    at.push(k)
  }
  at.push(t.length)
  return findPlainEmails(closed)
    .map((e) => ({ a: at[e.a]!, b: at[e.b - 1]! + 1, domain: e.domain }))
    .filter((e) => /\s/u.test(t.slice(e.a, e.b)))
}

/** E-mail addresses in the norm text `t`, obfuscated ones included (bounded scans, linear). */
export function findEmails(t: string): EmailMatch[] {
  const out = findPlainEmails(t)
  for (const e of spacedEmails(t)) if (!out.some((o) => o.a < e.b && e.a < o.b)) out.push(e)
  return out.sort((x, y) => x.a - y.a)
}

function findPlainEmails(t: string): EmailMatch[] {
  const out: EmailMatch[] = []
  if (!/@|at|あっと|アット|★|☆/iu.test(t)) return out
  AT.lastIndex = 0
  for (let m = AT.exec(t); m; m = AT.exec(t)) {
    const sepStart = m.index
    const sepEnd = m.index + m[0].length
    // The local part, read backwards.
    let a = sepStart
    while (a > 0 && sepStart - a < 64 && LOCAL_CHAR.test(t[a - 1]!)) a--
    if (a === sepStart || !/[A-Za-z0-9]/.test(t[a]!)) continue
    if (a > 0 && /[A-Za-z0-9]/.test(t[a - 1]!)) continue
    // The domain: labels joined by dots (or what stands for them).
    const labels: string[] = []
    let k = sepEnd
    let b = sepEnd
    for (let n = 0; n < 8; n++) {
      const l = LABEL.exec(t.slice(k, k + 64))
      if (!l) break
      labels.push(l[0])
      k += l[0].length
      b = k
      const d = DOT.exec(t.slice(k, k + 12))
      if (!d) break
      k += d[0].length
    }
    // sakata@gmail: a free-mail service named without its top-level domain is still that service.
    if (labels.length === 1 && FREE_BASE[labels[0]!.toLowerCase()] !== undefined && !/^[.\-]/.test(t.slice(b, b + 1))) {
      out.push({ a, b, domain: FREE_BASE[labels[0]!.toLowerCase()]! })
      AT.lastIndex = Math.max(AT.lastIndex, b)
      continue
    }
    const tld = labels[labels.length - 1] ?? ''
    if (labels.length < 2 || !/^[A-Za-z]{2,24}$/.test(tld)) continue
    // A plain "at" inside English words (meet at station) is not an address: it needs an address-like local part and domain.
    if (!m[0].includes('@') && !/[.\-_0-9]/.test(t.slice(a, sepStart)) && labels.length < 2) continue
    out.push({ a, b, domain: labels.join('.').toLowerCase() })
    AT.lastIndex = Math.max(AT.lastIndex, b)
  }
  return out
}

/**
 * Team R339W-018 kind: a free-mail address given as a named staff member's own, the person in charge or a lecturer named by surname and the
 * address owned through の or あて (担当・堤のアドレス …＠gmail…, 係の古賀あてのメール …@yahoo.co.jp, 講師 松尾さんのGmail …): a private account
 * of one person, whatever desk posts it (the city gives its staff no free-mail address). Block. Not a desk or a body before の (担当・市民課の
 * アドレス: ORG-like names end in 課, 係, 室, …), nor an address with no staff word before it.
 */
const STAFF_MAIL_BEFORE =
  /(?:担当(?:者)?|係員?|職員|スタッフ|講師|先生|コーチ)[ 　・:：の]{0,2}([\p{Script=Han}々]{1,4}|[ァ-ヶー]{2,6})(?:さん|様|さま)?[ 　]?(?:の|あて(?:の)?|宛て?(?:の)?)[ 　]?(?:個人(?:の)?)?(?:メール(?:アドレス)?|アドレス|アド|[Gg]mail|ＧＭＡＩＬ)?[ 　]?(?:は|[:：])?[ 　]?$/u
const STAFF_NAME_NOT_PERSON = /[課係室局所館部班会]$|センター$/u
function staffOwnsMail(t: string, a: number): boolean {
  const m = STAFF_MAIL_BEFORE.exec(t.slice(Math.max(0, a - 28), a))
  return m !== null && !STAFF_NAME_NOT_PERSON.test(m[1]!)
}

export function emails(doc: Doc, policy: Policy, emit: Emit): void {
  // The norm text with URLs left in: linkify reads the domain of taro(at)gmail.com as a link.
  const t = doc.norm.text
  const found = findEmails(t)
  if (found.length === 0) return
  const urls = findUrls(t).filter((u) => u.scheme !== null)
  for (const e of found) {
    // An address inside a link (https://example.jp/contact?to=a@b.jp) belongs to the link.
    if (urls.some((u) => u.normStart < e.a && e.a < u.normEnd)) continue
    const domain = e.domain
    if (domainAllowed(domain, policy.contacts.emailDomains) || PUBLIC_MAIL_DOMAIN.test(domain)) continue
    const owner = ownerOf(t, e.a)
    const example = isExampleValue(t, e.a, e.b)
    const isp = FREE_MAIL.has(domain) || /\.ne\.jp$/.test(domain)
    if (!isp && !(owner.kind === 'person' || owner.privateLabel)) continue
    // Free-mail services are personal unless something names the owner (はれとこ【E-mail】…); a provider's
    // address (…@mx4.kct.ne.jp) under a contact label may be a small organisation's.
    const named = FREE_MAIL.has(domain) ? owner.labelled && owner.named : owner.labelled
    // The person in charge named before a free-mail address (担当の松尾あてに …@gmail.com): the staff member's own account,
    // not the desk's (the city gives its staff no free-mail address).
    const ownAccount = (owner.kind === 'org' && owner.inCharge === true && FREE_MAIL.has(domain)) || (FREE_MAIL.has(domain) && staffOwnsMail(t, e.a))
    const severity = owner.kind === 'person' || owner.privateLabel || ownAccount ? 'block' : owner.kind === 'org' && owner.immediate ? 'info' : named ? 'warn' : 'block'
    const span = doc.fromNorm(e.a, e.b)
    emit({
      rule: 'personal-info/email',
      start: span.start,
      end: span.end,
      severity,
      ...(example ? { mention: true } : {}),
      data: { domain, what: isp ? `個人向けのメールサービス（${domain}）のアドレス` : '個人のメールアドレス' },
    })
  }
}
