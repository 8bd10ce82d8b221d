/**
 * The account registry: one record per official account, with every field of 別紙1
 * (ソーシャルメディア利用届出書) and the lifecycle of 別紙2 (廃止届出書). Pure data + pure functions.
 */
import type { ToneLevel } from '../engine'

export const SERVICES = ['x', 'facebook', 'instagram', 'blog', 'other'] as const
export type Service = (typeof SERVICES)[number]

export interface OwnContacts {
  /** The account's own public phone numbers (never reported as personal information). */
  phones: string[]
  /** Its public e-mail domains. */
  emailDomains: string[]
  /** Its public addresses (facility addresses). */
  addresses: string[]
  /** Web domains its links may point to. */
  domains: string[]
}

export interface Retirement {
  /** 廃止の理由 */
  reason: string
  /** 廃止日 (YYYY-MM-DD) */
  date: string
  /** 届出日 of 別紙2 (YYYY-MM-DD) */
  filedOn: string
}

export interface AccountRecord {
  id: string
  /** 所属名 */
  department: string
  /** 所属長名（管理者） */
  manager: string
  service: Service
  /** サービス名 when service is ブログ or その他 */
  serviceName: string
  /** アカウント名（ページ名） */
  accountName: string
  /** URL of the account page */
  url: string
  /** 情報発信の内容 */
  purpose: string
  /** 市公式Webサイトでの紹介文 */
  introduction: string
  /** 表現の硬軟度合い 5 (硬い) … 1 (柔らかい) */
  tone: ToneLevel
  /** 管理者の決裁 要 (true) / 不要 (false) */
  approval: boolean
  /** 担当者名 */
  contactPerson: string
  /** 連絡先 (内線・電話・メール) */
  contact: string
  /** 届出日 (YYYY-MM-DD) */
  filedOn: string
  /** 専ら情報発信: replies only in disasters (clause 4(3)) */
  broadcastOnly: boolean
  ownContacts: OwnContacts
  status: 'active' | 'retired'
  retirement?: Retirement
  /** Distributed by the administrator through managed storage: read-only in the options page. */
  managed?: boolean
}

export const SERVICE_LABEL: Record<Service, string> = {
  x: 'X（旧Twitter）',
  facebook: 'Facebook',
  instagram: 'Instagram',
  blog: 'ブログ',
  other: 'その他',
}

export function emptyRecord(id: string, today: string): AccountRecord {
  return {
    id,
    department: '',
    manager: '',
    service: 'x',
    serviceName: '',
    accountName: '',
    url: '',
    purpose: '',
    introduction: '',
    tone: 3,
    approval: true,
    contactPerson: '',
    contact: '',
    filedOn: today,
    broadcastOnly: true,
    ownContacts: { phones: [], emailDomains: [], addresses: [], domains: [] },
    status: 'active',
  }
}

/** The account identifier in a URL: X/Instagram handle, Facebook page path, or the blog's host+path. */
export function handleFromUrl(service: Service, url: string): string | null {
  let u: URL
  try {
    u = new URL(url.trim())
  } catch {
    return null
  }
  const host = u.hostname.toLowerCase()
  const first = u.pathname.split('/').filter(Boolean)[0]
  if (service === 'x' && /(^|\.)(x|twitter)\.com$/.test(host)) return first ? first.toLowerCase() : null
  if (service === 'instagram' && /(^|\.)instagram\.com$/.test(host)) return first ? first.toLowerCase() : null
  if (service === 'facebook' && /(^|\.)facebook\.com$/.test(host)) {
    if (first === 'profile.php') return u.searchParams.get('id')
    return first ? first.toLowerCase() : null
  }
  return (host + u.pathname.replace(/\/+$/, '')).toLowerCase()
}

export interface DetectedAccount {
  site: 'x' | 'facebook' | 'instagram' | 'blog'
  handle?: string
  url?: string
}

/**
 * Find the record for the account a page acts as: same service and same handle (from the record's
 * URL). Active records win over retired ones (a handle can be re-registered after retirement).
 */
export function matchAccount(records: readonly AccountRecord[], acting: DetectedAccount | null): AccountRecord | null {
  if (!acting?.handle && !acting?.url) return null
  const wanted = acting.handle?.toLowerCase() ?? (acting.url ? handleFromUrl(acting.site, acting.url) : null)
  if (!wanted) return null
  const candidates = records.filter((r) => r.service === acting.site && handleFromUrl(r.service, r.url) === wanted)
  return candidates.find((r) => r.status === 'active') ?? candidates[0] ?? null
}
