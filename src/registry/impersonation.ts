/**
 * 6(3) 成りすまし: whether a profile that is NOT in the registry claims to be 柳川市 (its name or
 * handle says 柳川市 / 柳川市役所 / yanagawa + city, shi, official, koho …) or looks like a registered
 * account (a handle that folds to the same skeleton, or within edit distance 2 of it, after the usual
 * swaps: 0/o, 1/l/i, rn/m, vv/w, - _ . and trailing marks). Claims only: 柳川市観光協会, 柳川市在住の
 * 柳川さん or an unrelated handle are not claims. Pure functions.
 */
import { handleFromUrl, matchAccount, type AccountRecord } from './model'

export interface ProfileIdentity {
  site: 'x' | 'facebook' | 'instagram' | 'blog'
  handle?: string
  name?: string
}

export type ImpersonationReason = 'name' | 'handle' | 'lookalike'

export type ProfileJudgement =
  | { kind: 'registered'; record: AccountRecord }
  | { kind: 'impersonation'; reasons: ImpersonationReason[]; similarTo?: AccountRecord }
  | { kind: 'none' }

/** The handle's skeleton: NFKC, lower case, confusables folded (rn→m, vv→w, 0→o, 1/i/|/!→l), separators dropped. */
export function skeleton(handle: string): string {
  return handle
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^@/, '')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/0/g, 'o')
    .replace(/[1i|!]/g, 'l')
    .replace(/[._\-\s]/g, '')
}

/** Levenshtein distance (small strings). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!
    prev[0] = i
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1))
      diag = up
    }
  }
  return prev[b.length]!
}

/** What follows 柳川市 when the name is not the city itself: an association, a resident, a fan. */
const NOT_THE_CITY = /^[^\s、。・|｜/／]{0,8}?(協会|協議会|商工会|会議所|組合|連合会|振興会|財団|法人|株式会社|クラブ|同好会|後援会)|^(在住|民|出身|生まれ|育ち|好き|ファン|が好き|に住|で暮ら|周辺|近郊|の(?!公式))/

/** Whether a display name claims to be the city (柳川市, 柳川市役所, 柳川市公式, 柳川市○○課 …). */
export function nameClaimsCity(name: string | undefined): boolean {
  if (!name) return false
  const n = name.normalize('NFKC').replace(/\s+/g, ' ')
  let i = n.indexOf('柳川市')
  while (i >= 0) {
    const rest = n.slice(i + 3)
    if (!NOT_THE_CITY.test(rest.trimStart())) return true
    i = n.indexOf('柳川市', i + 3)
  }
  // 柳川市役所 spelled without 市, 柳川市公式 in kana or romaji.
  return /やながわし(やくしょ)?|ヤナガワシ|yanagawa\s*(city|shi\b|official)/i.test(n)
}

const CITY_WORDS = ['cityhall', 'city', 'shiyakusho', 'yakusho', 'shi', 'official', 'koho', 'kouhou', 'kohou', 'gov', 'jp_city']

/**
 * Whether a handle claims to be the city: "yanagawa" right before or after a city word
 * (yanagawa_city, yanagawashi, city_yanagawa, yanagawa_koho …); yanagawa_sushi is not.
 */
export function handleClaimsCity(handle: string | undefined): boolean {
  if (!handle) return false
  const s = skeleton(handle)
  const at = s.indexOf('yanagawa')
  if (at < 0) return false
  const before = s.slice(0, at)
  const after = s.slice(at + 'yanagawa'.length)
  return CITY_WORDS.some((w) => after.startsWith(skeleton(w)) || before.endsWith(skeleton(w)))
}

function recordHandle(r: AccountRecord): string | null {
  return r.service === 'x' || r.service === 'facebook' || r.service === 'instagram' ? handleFromUrl(r.service, r.url) : null
}

/**
 * The registered account of the same service a handle imitates (same skeleton, or edit distance ≤ 2
 * on skeletons of 6+ letters), if any. Without a site, every service's accounts are compared.
 */
export function lookalikeOf(records: readonly AccountRecord[], handle: string | undefined, site?: ProfileIdentity['site']): AccountRecord | null {
  if (!handle) return null
  const h = handle.toLowerCase().replace(/^@/, '')
  const s = skeleton(h)
  let best: { r: AccountRecord; d: number } | null = null
  for (const r of records) {
    if (site && r.service !== site) continue
    const rh = recordHandle(r)
    if (!rh || rh === h) continue
    const rs = skeleton(rh)
    const d = rs === s ? 0 : rs.length >= 6 ? editDistance(rs, s) : Infinity
    if (d <= 2 && (!best || d < best.d)) best = { r, d }
  }
  return best?.r ?? null
}

/** A registered account's own name used by another account (柳川市公式 → 柳川市公式 or 柳川市役所公式). */
function nameOfRecord(records: readonly AccountRecord[], name: string | undefined): AccountRecord | null {
  if (!name) return null
  const n = name.normalize('NFKC').replace(/\s+/g, '')
  return records.find((r) => r.accountName && r.accountName.normalize('NFKC').replace(/\s+/g, '') === n) ?? null
}

/**
 * Registered (the account's own profile, never warned about), impersonation (not registered, but
 * its name or handle claims 柳川市 or imitates a registered account), or none.
 */
export function judgeProfile(records: readonly AccountRecord[], profile: ProfileIdentity | null): ProfileJudgement {
  if (!profile || (!profile.handle && !profile.name)) return { kind: 'none' }
  const own = profile.handle ? matchAccount(records, { site: profile.site, handle: profile.handle }) : null
  if (own) return { kind: 'registered', record: own }
  const reasons: ImpersonationReason[] = []
  const sameName = nameOfRecord(records, profile.name)
  if (nameClaimsCity(profile.name) || sameName) reasons.push('name')
  if (handleClaimsCity(profile.handle)) reasons.push('handle')
  const similar = lookalikeOf(records, profile.handle, profile.site)
  if (similar) reasons.push('lookalike')
  if (reasons.length === 0) return { kind: 'none' }
  const similarTo = similar ?? sameName ?? undefined
  return similarTo ? { kind: 'impersonation', reasons, similarTo } : { kind: 'impersonation', reasons }
}

/** The platforms' impersonation report forms (opened by the person, never fetched). */
export const REPORT_PAGES: Record<'x' | 'facebook' | 'instagram', string> = {
  x: 'https://help.x.com/forms/impersonation',
  facebook: 'https://www.facebook.com/help/contact/295309487309948',
  instagram: 'https://help.instagram.com/contact/636276399721841',
}
