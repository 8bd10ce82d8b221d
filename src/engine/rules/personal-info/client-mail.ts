/**
 * Blind R386K-034 kind: a private e-mail address told as a person's, an honorific or の方 right after it (メールアドレス kaori…@ezweb.ne.jp の方,
 * …@gmail.com さん): a client of the city singled out by their own address, even under a label (メールアドレス) that elsewhere may be a desk's.
 * Block. Only addresses of free-mail services and providers (email.ts FREE_MAIL, …ne.jp), which the city gives no desk.
 */
import type { Doc } from '../../doc'
import { withoutUrls, type Emit } from './context'
import { FREE_MAIL, findEmails } from './email'

const PERSON_AFTER = /^[ 　]?(?:の方|の方々|様|さま|さん|氏)(?![\p{Script=Han}ぁ-ゖァ-ヶ])|^[ 　]?の方(?=[へにがはをの、])/u

export function clientMail(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!t.includes('@')) return
  for (const e of findEmails(t)) {
    if (!(FREE_MAIL.has(e.domain) || /\.ne\.jp$/u.test(e.domain))) continue
    if (!PERSON_AFTER.test(t.slice(e.b, e.b + 6))) continue
    const span = doc.fromNorm(e.a, e.b)
    emit({ rule: 'personal-info/email', start: span.start, end: span.end, severity: 'block', data: { domain: e.domain, what: `個人向けのメールサービス（${e.domain}）のアドレス` } })
  }
}
