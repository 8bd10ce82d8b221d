/**
 * personal-info — 4(4), 5(1): 個人情報を発信しない.
 *
 * Precision first (research/rules.md §1): a pattern, plus a check digit where one exists, plus
 * context. Public contacts are not personal information: numbers and addresses written as an
 * organisation's 問い合わせ line are at most `info`; the account's own contacts (policy.contacts)
 * are never reported.
 */
import { findPhoneNumbersInText, parsePhoneNumberFromString, type MetadataJson, type NumberType } from 'libphonenumber-js/core'
import phoneMetadataJson from '../data/phone-metadata-jp.json'
import type { Doc } from '../doc'
import type { Policy } from '../policy'
import { CLAUSES } from '../clauses'
import type { RuleFamily, RuleInput } from '../rule'
import { viewIndexAt, type Span } from '../text'

const phoneMetadata = phoneMetadataJson as unknown as MetadataJson

// ---------- check digits ----------

/** マイナンバー check digit (番号法施行令): weights 6,5,4,3,2,7,6,5,4,3,2 left to right. */
export function isValidMyNumber(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false
  const w = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
  let sum = 0
  for (let i = 0; i < 11; i++) sum += Number(digits[i]) * w[i]!
  const r = sum % 11
  const check = r <= 1 ? 0 : 11 - r
  return check === Number(digits[11])
}

// ---------- context patterns (bounded, linear) ----------

const MY_NUMBER_KEYWORDS = /まいなんばー|個人番号|共通番号|通知かーど|個人番号かーど|my ?number/u
/** Words that present a number or address as an organisation's public contact. */
const PUBLIC_CONTACT_BEFORE =
  /【電話】|【tel】|【携帯】|電話[:：]|電話番号[:：]?|tel[.:：]?|☎|℡|fax|ファクス|問い?合わ?せ|連絡先|窓口|代表|受付|相談|申し?込|予約|課|係|室|センター|事務局|事務所|協会|株式会社|\(株\)|組合|協議会|実行委員会|委員会|館|店|市役所|役場|病院|クラブ|団体|法人|詳しくは|ダイヤル|ホットライン/iu
const PUBLIC_CONTACT_AFTER = /^\s*(?:\(代\)|\(代表\)|（代）|へ|まで|に連絡|に問い?合わ?せ)/u
/** Words that make a number or address someone's private one. */
const PERSONAL_CONTEXT = /自宅|私用|個人の|個人用|本人|さんの|様の|氏の|ちゃんの|くんの|住所は|宅の|宅は|私の|僕の|俺の|妻の|夫の|母の|父の|携帯番号は|の携帯/u
const FACILITY_CONTEXT =
  /場所|会場|所在地|住所[:：]|〒|市役所|区役所|役場|庁舎|支所|出張所|センター|公民館|会館|館|学校|小学校|中学校|高校|大学|公園|駅|病院|施設|体育館|図書館|ホール|プラザ|広場|神社|寺|課|係|事務所|事務局|株式会社|\(株\)|店|会社|協会|組合|法人|本社|工場|交番|消防署|警察署|郵便局|保育園|幼稚園|こども園/u
const ADDRESS_PERSONAL = /自宅|宅|住所は|住む|住んで|在住の[\p{Script=Han}]{1,4}(?:さん|様|氏)|さん|様|氏|方の|の家|実家/u

const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.co.jp', 'ymail.ne.jp', 'yahoo.com', 'icloud.com', 'me.com', 'mac.com', 'outlook.com',
  'outlook.jp', 'hotmail.com', 'hotmail.co.jp', 'live.jp', 'live.com', 'msn.com', 'aol.com', 'docomo.ne.jp', 'ezweb.ne.jp',
  'au.com', 'softbank.ne.jp', 'i.softbank.jp', 'disney.ne.jp', 'nifty.com', 'proton.me', 'protonmail.com', 'gmx.com', 'zoho.com',
])
/** Municipal and government mail domains are public by design. */
const PUBLIC_MAIL_DOMAIN = /(?:^|\.)(?:lg\.jp|go\.jp)$|^(?:city|town|vill|pref)\.[a-z0-9-]+(?:\.[a-z0-9-]+)?\.jp$/

// ---------- helpers ----------

function lineBefore(text: string, at: number, max: number): string {
  let s = at
  const lo = Math.max(0, at - max)
  while (s > lo && text[s - 1] !== '\n') s--
  return text.slice(s, at)
}

function lineAfter(text: string, at: number, max: number): string {
  let e = at
  const hi = Math.min(text.length, at + max)
  while (e < hi && text[e] !== '\n') e++
  return text.slice(at, e)
}

const allowedPhonesCache = new WeakMap<string[], Set<string>>()
function allowedPhones(policy: Policy): Set<string> {
  let set = allowedPhonesCache.get(policy.contacts.phones)
  if (!set) {
    set = new Set()
    for (const p of policy.contacts.phones) {
      const parsed = parsePhoneNumberFromString(p.normalize('NFKC'), 'JP', phoneMetadata)
      if (parsed) set.add(parsed.number)
      else set.add(p.replace(/\D/g, ''))
    }
    allowedPhonesCache.set(policy.contacts.phones, set)
  }
  return set
}

function domainAllowed(domain: string, allowed: readonly string[]): boolean {
  return allowed.some((d) => {
    const a = d.toLowerCase().replace(/^\*?\./, '')
    return domain === a || domain.endsWith('.' + a)
  })
}

const addressLists = new WeakMap<Policy, string[]>()
function allowedAddresses(policy: Policy): string[] {
  let list = addressLists.get(policy)
  if (!list) addressLists.set(policy, (list = policy.contacts.addresses.map(compact)))
  return list
}
const compact = (s: string) => s.normalize('NFKC').replace(/[\s\-‐－−ー]/g, '').replace(/番地の?|番|号/g, '-').replace(/-+$/, '')

// ---------- detectors ----------

type Emit = RuleInput['emit']

function myNumbers(doc: Doc, emit: Emit): void {
  if (doc.digitCount < 12) return
  const t = doc.withoutUrls(doc.digits.text)
  const re = /(?<![\d.\-])(\d{4})([ .\-]?)(\d{4})\2(\d{4})(?![\d]|[.\-]\d)/g
  for (const m of t.matchAll(re)) {
    const digits = m[1]! + m[3]! + m[4]!
    if (!isValidMyNumber(digits)) continue
    const a = m.index
    const b = a + m[0].length
    const span = doc.fromNorm(a, b)
    const keyword = MY_NUMBER_KEYWORDS.test(foldedWindow(doc, span, 300))
    emit({
      rule: 'personal-info/my-number',
      start: span.start,
      end: span.end,
      severity: keyword ? 'block' : 'warn',
      data: { how: keyword ? 'マイナンバー（個人番号）が含まれています' : 'マイナンバー（個人番号）と同じ形式の12桁の番号です（検査用数字も一致）' },
    })
  }
}

/** The folded text around a source span (for keyword proximity). */
function foldedWindow(doc: Doc, span: Span, radius: number): string {
  const f = doc.folded
  const at = viewIndexAt(f, span.start)
  return f.text.slice(Math.max(0, at - radius), Math.min(f.text.length, at + radius))
}

const PRIVATE_TYPES: ReadonlySet<NumberType> = new Set(['MOBILE', 'PAGER', 'PERSONAL_NUMBER'] as NumberType[])

/**
 * Phone-number candidates: digit runs with the separators phone numbers are written with, holding
 * at least 9 digits. libphonenumber-js reads each candidate (with a little context) instead of the
 * whole text, which keeps a 60,000-character post as cheap per keystroke as its numbers are few.
 */
const PHONE_CANDIDATE = /[+(]?\d[\d ()\-.]{6,24}\d/g

function phoneMatches(t: string): Array<{ startsAt: number; endsAt: number; number: ReturnType<typeof findPhoneNumbersInText>[number]['number'] }> {
  const out: Array<{ startsAt: number; endsAt: number; number: ReturnType<typeof findPhoneNumbersInText>[number]['number'] }> = []
  PHONE_CANDIDATE.lastIndex = 0
  for (const c of t.matchAll(PHONE_CANDIDATE)) {
    let digits = 0
    for (let k = 0; k < c[0].length; k++) if (c[0].charCodeAt(k) >= 0x30 && c[0].charCodeAt(k) <= 0x39) digits++
    if (digits < 9) continue
    // A few characters of context on each side let libphonenumber apply its own boundary rules.
    const from = Math.max(0, c.index - 4)
    const to = Math.min(t.length, c.index + c[0].length + 4)
    for (const m of findPhoneNumbersInText(t.slice(from, to), { defaultCountry: 'JP' }, phoneMetadata)) {
      out.push({ startsAt: from + m.startsAt, endsAt: from + m.endsAt, number: m.number })
    }
  }
  return out
}

function phones(doc: Doc, policy: Policy, emit: Emit): Span[] {
  const found: Span[] = []
  if (doc.digitCount < 8) return found
  const t = doc.normNoUrls
  if (!/\d(?:\D{0,3}\d){7}/.test(t)) return found
  const allowed = allowedPhones(policy)
  for (const m of phoneMatches(t)) {
    const a = m.startsAt
    const b = m.endsAt
    const span = doc.fromNorm(a, b)
    found.push(span)
    if (allowed.has(m.number.number)) continue
    // An IPv4 address (192.168.1.10) or a version number is not a phone number: the security rule reads those.
    if (/^\d{1,3}(?:\.\d{1,3}){2,3}$/.test(t.slice(a, b)) || (t[a - 1] === '.' && /\d/.test(t[a - 2] ?? ''))) continue
    const type = m.number.getType()
    const before = lineBefore(t, a, 40)
    const near20 = t.slice(Math.max(0, a - 20), a)
    const personal = PERSONAL_CONTEXT.test(near20)
    const publicContact = !personal && (PUBLIC_CONTACT_BEFORE.test(before) || PUBLIC_CONTACT_AFTER.test(lineAfter(t, b, 12)))
    const written = doc.raw.slice(span.start, span.end)
    if (type !== undefined && PRIVATE_TYPES.has(type)) {
      emit({
        rule: 'personal-info/mobile',
        start: span.start,
        end: span.end,
        severity: publicContact ? 'warn' : 'block',
      })
    } else {
      emit({
        rule: publicContact ? 'personal-info/external-phone' : 'personal-info/phone',
        start: span.start,
        end: span.end,
      })
    }
  }
  return found
}

function emails(doc: Doc, policy: Policy, emit: Emit): void {
  const t = doc.normNoUrls
  if (!t.includes('@')) return
  const re = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})(?![A-Za-z0-9-])/g
  for (const m of t.matchAll(re)) {
    const domain = m[1]!.toLowerCase()
    if (!/\.[a-z]{2,24}$/.test(domain)) continue
    if (domainAllowed(domain, policy.contacts.emailDomains) || PUBLIC_MAIL_DOMAIN.test(domain)) continue
    const isp = FREE_MAIL.has(domain) || /\.ne\.jp$/.test(domain)
    if (!isp) continue
    const a = m.index
    const b = a + m[0].length
    const span = doc.fromNorm(a, b)
    const before = lineBefore(t, a, 40)
    const personal = PERSONAL_CONTEXT.test(t.slice(Math.max(0, a - 20), a))
    const publicContact = !personal && (PUBLIC_CONTACT_BEFORE.test(before) || /【e-?mail】|【メール】|メール[:：]|e-?mail[:：]/iu.test(before))
    emit({
      rule: 'personal-info/email',
      start: span.start,
      end: span.end,
      severity: publicContact ? 'warn' : 'block',
      data: { domain },
    })
  }
}

// Address tails (house level): the anchor; the place name is found by looking back.
const ADDRESS_TAIL =
  /(?:[0-9]{1,4}|[一二三四五六七八九十]{1,4})丁目(?:[0-9]{1,4}(?:番地?|-)(?:[0-9]{1,4}号?)?)?|[0-9]{1,5}番地(?:の?[0-9]{1,4})?|[0-9]{1,4}番[0-9]{1,4}号|(?<=[\p{Script=Han}ァ-ヶ])[0-9]{1,4}-[0-9]{1,4}(?:-[0-9]{1,4})?(?![0-9]|[月日時人歳回件名円年分秒%組本枚点位号番頁ページ]|-|~)/gu
const ROOM = /^(?:[ 　]?[^\s、。]{0,20}?)?[0-9]{1,4}号室/u
const MUNICIPALITY = /[都道府県市区町村郡]|丁目/u
const ADDRESS_CHAR = /[\p{Script=Han}ァ-ヶー々ヶ0-9-]/u

function addresses(doc: Doc, policy: Policy, phoneSpans: Span[], emit: Emit): Span[] {
  const t = doc.withoutUrls(doc.digits.text)
  const out: Span[] = []
  if (!/[0-9一二三四五六七八九十]/.test(t)) return out
  const allowed = allowedAddresses(policy)
  ADDRESS_TAIL.lastIndex = 0
  for (let m = ADDRESS_TAIL.exec(t); m; m = ADDRESS_TAIL.exec(t)) {
    const tailStart = m.index
    let tailEnd = tailStart + m[0].length
    const src = doc.fromNorm(tailStart, tailEnd)
    if (phoneSpans.some((p) => p.start < src.end && src.start < p.end)) continue
    const strongTail = /丁目|番地|番[0-9]/.test(m[0])
    // Look back for the place name: the run of address characters before the tail.
    let s = tailStart
    const lo = Math.max(0, tailStart - 20)
    while (s > lo && ADDRESS_CHAR.test(t[s - 1]!)) s--
    const place = t.slice(s, tailStart)
    if (!strongTail && !MUNICIPALITY.test(place)) continue
    if (place.length === 0 && !strongTail) continue
    const room = ROOM.exec(t.slice(tailEnd, tailEnd + 30))
    if (room) tailEnd += room[0].length
    const span = doc.fromNorm(s, tailEnd)
    out.push(span)
    const written = doc.raw.slice(span.start, span.end)
    if (allowed.some((a) => a.length > 0 && compact(written).includes(a))) continue
    const before = t.slice(Math.max(0, s - 15), s)
    const after = t.slice(tailEnd, Math.min(t.length, tailEnd + 10))
    const personal = room !== null || ADDRESS_PERSONAL.test(before) || /^(?:に住む|に住ん|の自宅|在住)/u.test(after)
    if (!personal && FACILITY_CONTEXT.test(lineBefore(t, s, 40) + after)) continue
    emit({
      rule: 'personal-info/address',
      start: span.start,
      end: span.end,
      severity: personal ? 'block' : 'warn',
      data: { what: personal ? '個人の住所' : '番地までの住所' },
    })
  }
  return out
}

interface IdentifierSpec {
  rule: string
  /** The fewest digits a value has (the spec is skipped on text with fewer). */
  minDigits: number
  keyword: RegExp
  value: RegExp
  label: string
  /** Context on the same line that shows the number belongs to an organisation, not a person. */
  organisation?: RegExp
}

function lineAround(t: string, a: number, b: number): string {
  let s = a
  while (s > 0 && a - s < 80 && t[s - 1] !== '\n') s--
  let e = b
  while (e < t.length && e - b < 80 && t[e] !== '\n') e++
  return t.slice(s, e)
}

// Keyword first (in the squeezed view), then the value within 30 characters after it.
const IDENTIFIERS: IdentifierSpec[] = [
  {
    rule: 'personal-info/bank-account',
    minDigits: 7,
    keyword: /口座番号|普通預金|普通口座|当座預金|当座|預金口座|振込先口座|口座[:：]/gu,
    value: /(?<![0-9])[0-9]{7,8}(?![0-9])/u,
    label: '銀行口座番号',
    organisation: /義援金|募金|寄付|寄附|基金|役所|役場|出張所|協会|事務局|委員会|株式会社|\(株\)|協議会|法人|組合|振興会/u,
  },
  {
    rule: 'personal-info/drivers-licence',
    minDigits: 12,
    keyword: /運転免許証?(?:番号)?|免許証番号|免許番号|運転経歴証明書/gu,
    value: /(?<![0-9])[0-9]{12}(?![0-9])/u,
    label: '運転免許証番号',
  },
  {
    rule: 'personal-info/passport',
    minDigits: 7,
    keyword: /パスポート|旅券/gu,
    value: /(?<![A-Za-z])[A-Za-z]{2}[0-9]{7}(?![0-9])/u,
    label: '旅券（パスポート）番号',
  },
  {
    rule: 'personal-info/residence-card',
    minDigits: 8,
    keyword: /在留カード|特別永住者証明書/gu,
    value: /(?<![A-Za-z])[A-Za-z]{2}[0-9]{8}[A-Za-z]{2}(?![A-Za-z])/u,
    label: '在留カード番号',
  },
  {
    rule: 'personal-info/insurance',
    minDigits: 2,
    keyword: /被保険者番号|保険者番号|保険証番号|保険証の番号|基礎年金番号|年金番号|記号・?番号|介護保険番号/gu,
    value: /(?<![0-9])[0-9][0-9-]{4,14}[0-9](?![0-9])/u,
    label: '保険証・年金の番号',
  },
]

function identifiers(doc: Doc, emit: Emit): void {
  const sq = doc.squeezed
  const t = sq.text
  const digits = doc.digitCount
  for (const spec of IDENTIFIERS) {
    if (digits < spec.minDigits) continue
    spec.keyword.lastIndex = 0
    let lastEnd = -1
    for (const k of t.matchAll(spec.keyword)) {
      const from = k.index + k[0].length
      if (from <= lastEnd) continue
      const windowText = t.slice(from, from + 30)
      const v = spec.value.exec(windowText)
      if (!v) continue
      const a = from + v.index
      const b = a + v[0].length
      lastEnd = b
      const span = doc.fromSqueezed(a, b)
      // A donation or organisation account printed for the public (義援金の振込先) is not personal.
      const organisational = spec.organisation?.test(lineAround(t, k.index, b)) ?? false
      emit({
        rule: spec.rule,
        start: span.start,
        end: span.end,
        severity: organisational ? 'info' : 'block',
        data: { label: organisational ? `団体・公的機関の${spec.label}` : spec.label },
      })
    }
  }
  // 在留カード番号 has a distinctive shape: without its keyword it is still worth a second look.
  if (digits < 8) return
  for (const m of t.matchAll(/(?<![A-Za-z0-9])[A-Z]{2}[0-9]{8}[A-Z]{2}(?![A-Za-z0-9])/g)) {
    const near = t.slice(Math.max(0, m.index - 30), m.index)
    if (/在留カード|特別永住者証明書/.test(near)) continue
    const span = doc.fromSqueezed(m.index, m.index + m[0].length)
    emit({
      rule: 'personal-info/residence-card',
      start: span.start,
      end: span.end,
      severity: 'warn',
      data: { label: '在留カード番号と同じ形式の番号' },
    })
  }
}

// Quasi-identifiers of a private person (name + age + school/area/address) in one sentence.
const GENERIC_NAME = /^(?:皆|赤|奥|娘|息子|業者|農家|店員|職員|先生|孫|兄|姉|弟|妹|家族|親御|親子|子ども|子供|利用者|参加者|市民|住民|患者|皆様|大工|猫|犬|王|神|仏|鬼|熊|坊|嬢|僧|客|乙女|女将|親方|師匠|旦那|巡査|駅員|店長|社長|部長|課長|係長|園長|校長|会長|市長|議員|所長|館長|院長)$/u
/** A name: one to four kanji (not more, and not inside a longer kanji word) before an honorific. */
const NAME_SUFFIX = /さん|ちゃん|くん|君/g
function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005 || c === 0x3007
}
const AGE = /(?<![0-9])[0-9]{1,3}(?:歳|才)(?!以上|以下|未満|から|~|-|代|児|以降|頃|の方|の人|の子|以上|まで|になる方)/gu
const SCHOOL = /[\p{Script=Han}]{1,8}(?:小学校|中学校|高校|高等学校|保育園|幼稚園|こども園)(?:[0-9]年|[一二三四五六]年)?|(?<![0-9])[0-9]年生/gu
const RESIDENCE = /[\p{Script=Han}ァ-ヶ]{1,8}(?:町|地区|丁目)(?:在住|に住む)/gu

function identifiablePerson(doc: Doc, addressSpans: Span[], emit: Emit): void {
  const t = doc.normNoUrls
  const names: Span[] = []
  // Anchored on the honorific, then a look back over at most four kanji: one cheap pass.
  NAME_SUFFIX.lastIndex = 0
  for (let m = NAME_SUFFIX.exec(t); m; m = NAME_SUFFIX.exec(t)) {
    const p = m.index
    const after = p + m[0].length
    if (after < t.length && isHanCode(t.charCodeAt(after))) continue
    let k = 0
    while (k < 5 && p - k - 1 >= 0 && isHanCode(t.charCodeAt(p - k - 1))) k++
    if (k === 0 || k > 4) continue
    if (GENERIC_NAME.test(t.slice(p - k, p))) continue
    names.push({ start: p - k, end: after })
  }
  if (names.length === 0) return
  const others: Array<{ kind: string; at: number }> = []
  for (const m of t.matchAll(AGE)) others.push({ kind: 'age', at: m.index })
  for (const m of t.matchAll(SCHOOL)) others.push({ kind: 'school', at: m.index })
  for (const m of t.matchAll(RESIDENCE)) others.push({ kind: 'residence', at: m.index })
  for (const a of addressSpans) {
    others.push({ kind: 'address', at: viewIndexAt(doc.norm, a.start) })
  }
  if (others.length === 0) return
  const reported = new Set<number>()
  for (const n of names) {
    const sentence = sentenceSpan(t, n.start)
    const kinds = new Set(others.filter((o) => o.at >= sentence.start && o.at < sentence.end).map((o) => o.kind))
    if (kinds.size === 0 || reported.has(sentence.start)) continue
    reported.add(sentence.start)
    const span = doc.fromNorm(n.start, n.end)
    const label = [...kinds].map((k) => ({ age: '年齢', school: '学校・学年', residence: '住んでいる地域', address: '住所' })[k]).join('・')
    emit({
      rule: 'personal-info/identifiable-person',
      clause: '4(4)',
      start: span.start,
      end: span.end,
      data: { label },
    })
  }
}

function sentenceSpan(t: string, at: number): Span {
  let s = at
  const lo = Math.max(0, at - 120)
  while (s > lo && !/[。！？!?\n]/.test(t[s - 1]!)) s--
  let e = at
  const hi = Math.min(t.length, at + 120)
  while (e < hi && !/[。！？!?\n]/.test(t[e]!)) e++
  return { start: s, end: e }
}

export const personalInfo: RuleFamily = {
  id: 'personal-info',
  meta: {
    clauses: [CLAUSES['5(1)'], CLAUSES['4(4)']],
    title: '個人情報',
    titleEn: 'Personal information',
    rules: {
      'personal-info/my-number': {
        title: 'マイナンバー',
        titleEn: 'My Number',
        severity: 'block',
        floor: 'warn',
        message: '{how}。個人番号は法律で厳格に管理される特定個人情報で、発信できません。',
        hint: '番号を削除してください。個人番号でない番号の場合も、掲載が必要か確認してください。',
      },
      'personal-info/mobile': {
        title: '携帯電話番号',
        titleEn: 'Mobile phone number',
        severity: 'block',
        floor: 'warn',
        message: '携帯電話番号「{excerpt}」が含まれています。個人の電話番号は発信できません。',
        hint: '番号を削除し、問い合わせ先には市の担当課の番号を記載してください。団体の公開番号なら、オプション画面の「公開している連絡先」に登録してください。',
      },
      'personal-info/phone': {
        title: '電話番号',
        titleEn: 'Phone number',
        severity: 'warn',
        floor: 'warn',
        message: '電話番号「{excerpt}」が含まれています。個人の電話番号であれば発信できません。',
        hint: '誰の番号か確認してください。問い合わせ先であれば「問い合わせ：○○課 電話…」のように窓口名を添えてください。',
      },
      'personal-info/external-phone': {
        title: '登録外の窓口番号',
        titleEn: 'Unregistered public number',
        severity: 'info',
        floor: 'off',
        message: '電話番号「{excerpt}」は登録済みの市の番号ではありません。掲載してよい公開の番号か確認してください。',
        hint: 'よく使う公開の番号は、オプション画面の「公開している連絡先」に登録すると表示されなくなります。',
      },
      'personal-info/email': {
        title: '個人のメールアドレス',
        titleEn: 'Personal e-mail address',
        severity: 'block',
        floor: 'warn',
        message: '個人向けのメールサービス（{domain}）のアドレス「{excerpt}」が含まれています。個人のメールアドレスは発信できません。',
        hint: 'アドレスを削除し、問い合わせ先には市の担当課のアドレスを記載してください。',
      },
      'personal-info/address': {
        title: '個人の住所',
        titleEn: 'Home address',
        severity: 'block',
        floor: 'warn',
        message: '{what}「{excerpt}」が含まれています。番地・部屋番号までの住所は個人を特定でき、個人のものなら発信できません。',
        hint: '住所を削除するか、「○○地区」のように町名までにとどめてください。施設の所在地であれば施設名を添えてください。',
      },
      'personal-info/bank-account': {
        title: '銀行口座番号',
        titleEn: 'Bank account number',
        severity: 'block',
        floor: 'warn',
        message: '{label}が含まれています。個人を特定できる番号は発信できません。',
        hint: '番号を削除してください。団体の口座なら、名義が市や団体であることを確認してください。',
      },
      'personal-info/drivers-licence': {
        title: '運転免許証番号',
        titleEn: "Driver's licence number",
        severity: 'block',
        floor: 'warn',
        message: '{label}が含まれています。個人を特定できる番号は発信できません。',
        hint: '番号を削除してください。手続きの案内であれば「番号は窓口でお伝えください」のように書き換えてください。',
      },
      'personal-info/passport': {
        title: '旅券番号',
        titleEn: 'Passport number',
        severity: 'block',
        floor: 'warn',
        message: '{label}が含まれています。個人を特定できる番号は発信できません。',
        hint: '番号を削除してください。',
      },
      'personal-info/residence-card': {
        title: '在留カード番号',
        titleEn: 'Residence card number',
        severity: 'block',
        floor: 'warn',
        message: '{label}が含まれています。個人を特定できる番号は発信できません。',
        hint: '番号の意味を確認し、個人の番号であれば削除してください。',
      },
      'personal-info/insurance': {
        title: '保険証・年金の番号',
        titleEn: 'Insurance or pension number',
        severity: 'block',
        floor: 'warn',
        message: '{label}が含まれています。個人を特定できる番号は発信できません。',
        hint: '番号を削除してください。',
      },
      'personal-info/identifiable-person': {
        title: '個人を特定できる組み合わせ',
        titleEn: 'Identifiable person',
        severity: 'warn',
        floor: 'info',
        message: '「{excerpt}」の名前と{label}が一緒に書かれています。組み合わせると個人を特定できるおそれがあります。',
        hint: '本人（未成年の場合は保護者）の了解を得ているか確認し、不要な情報は省いてください。',
      },
    },
  },
  run({ doc, policy, emit }) {
    myNumbers(doc, emit)
    const phoneSpans = phones(doc, policy, emit)
    emails(doc, policy, emit)
    const addressSpans = addresses(doc, policy, phoneSpans, emit)
    identifiers(doc, emit)
    identifiablePerson(doc, addressSpans, emit)
  },
}
