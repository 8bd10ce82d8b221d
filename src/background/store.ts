/**
 * The background's storage logic, written against a minimal storage-area interface so tests run
 * it on a fake. storage.local holds the registry, policy overrides, emergency mode, post history
 * fingerprints (30 days, per account) and the audit log; storage.managed (administrator) holds a
 * registry and policy that the options page shows read-only.
 */
import { DEFAULT_POLICY, mergePolicy, type Fingerprint, type PartialPolicy, type Policy, type Site, type Verdict } from '../engine'
import { matchAccount, type AccountRecord } from '../registry/model'
import type { AccountContext, ActingAccount } from '../shared/protocol'

export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>
  set(items: Record<string, unknown>): Promise<void>
}

export const HISTORY_DAYS = 30
export const HISTORY_PER_ACCOUNT = 500
export const AUDIT_MAX = 2000

export interface HistoryEntry {
  fp: Fingerprint
  at: number
}

export interface AuditEntry {
  at: number
  site: Site
  account: string
  verdict: Verdict
  /** Rule ids of the findings at send time (never the text). */
  rules: string[]
  /** Confirmations the sender ticked. */
  confirmed: string[]
}

export interface ManagedConfig {
  registry: AccountRecord[]
  policy: PartialPolicy
  /** Policy keys (rule ids, families, "words", "trustedDomains" …) users may not change. */
  locked: string[]
}

export interface Settings {
  registry: AccountRecord[]
  policy: PartialPolicy
  emergencyUntil: number | null
  blogHosts: string[]
  managed: ManagedConfig
}

export async function loadManaged(managed: StorageArea | null): Promise<ManagedConfig> {
  if (!managed) return { registry: [], policy: {}, locked: [] }
  try {
    const raw = await managed.get(null)
    return {
      registry: Array.isArray(raw.registry) ? (raw.registry as AccountRecord[]).map((r) => ({ ...r, managed: true })) : [],
      policy: raw.policy && typeof raw.policy === 'object' ? (raw.policy as PartialPolicy) : {},
      locked: Array.isArray(raw.locked) ? (raw.locked as string[]).filter((x) => typeof x === 'string') : [],
    }
  } catch {
    // No managed storage (no policy installed, or Firefox without an enterprise policy).
    return { registry: [], policy: {}, locked: [] }
  }
}

export async function loadSettings(local: StorageArea, managed: StorageArea | null): Promise<Settings> {
  const raw = await local.get(['registry', 'policy', 'emergencyUntil', 'blogHosts'])
  return {
    registry: Array.isArray(raw.registry) ? (raw.registry as AccountRecord[]) : [],
    policy: raw.policy && typeof raw.policy === 'object' ? (raw.policy as PartialPolicy) : {},
    emergencyUntil: typeof raw.emergencyUntil === 'number' ? raw.emergencyUntil : null,
    blogHosts: Array.isArray(raw.blogHosts) ? (raw.blogHosts as string[]) : [],
    managed: await loadManaged(managed),
  }
}

/** All records: managed ones first (they win on the same id), then the local ones. */
export function allRecords(s: Settings): AccountRecord[] {
  const ids = new Set(s.managed.registry.map((r) => r.id))
  return [...s.managed.registry, ...s.registry.filter((r) => !ids.has(r.id))]
}

/** Policy = guideline defaults ← local overrides ← managed policy (locked keys cannot be overridden locally). */
export function basePolicy(s: Settings): Policy {
  const local: PartialPolicy = { ...s.policy }
  if (s.managed.locked.length > 0 && local.severities) {
    local.severities = Object.fromEntries(Object.entries(local.severities).filter(([k]) => !s.managed.locked.includes(k)))
  }
  for (const key of ['words', 'trustedDomains', 'shorteners', 'contacts', 'repetition', 'quotation', 'tone'] as const) {
    if (s.managed.locked.includes(key)) delete local[key]
  }
  return mergePolicy(mergePolicy(DEFAULT_POLICY, local), s.managed.policy)
}

/** The account's own contacts join the policy's allow-lists for its drafts. */
export function policyForRecord(base: Policy, record: AccountRecord | null): Policy {
  if (!record) return base
  const own = record.ownContacts
  return {
    ...base,
    trustedDomains: [...base.trustedDomains, ...own.domains],
    contacts: {
      phones: [...base.contacts.phones, ...own.phones],
      emailDomains: [...base.contacts.emailDomains, ...own.emailDomains],
      addresses: [...base.contacts.addresses, ...own.addresses],
    },
  }
}

export function accountKey(acting: ActingAccount | null): string {
  if (!acting) return 'unknown'
  return `${acting.site}:${(acting.handle ?? acting.url ?? '').toLowerCase()}`
}

export function accountContext(s: Settings, acting: ActingAccount | null, history: HistoryEntry[], now: number): AccountContext {
  const record = matchAccount(allRecords(s), acting)
  const emergency = s.emergencyUntil !== null && s.emergencyUntil > now
  const policy = policyForRecord(basePolicy(s), record)
  const base = {
    emergency,
    emergencyUntil: emergency ? (s.emergencyUntil ?? undefined) : undefined,
    policy,
    history: history.filter((h) => h.at > now - HISTORY_DAYS * 86_400_000).map((h) => h.fp),
  }
  if (!record) {
    // Unregistered: the guideline's strictest reading — approval needed, broadcast-only, tone 3.
    return { ...base, registration: acting ? 'unregistered' : 'unknown', tone: 3, approval: acting !== null, broadcastOnly: true }
  }
  return {
    ...base,
    registration: record.status === 'retired' ? 'retired' : 'registered',
    recordId: record.id,
    accountName: record.accountName,
    tone: record.tone,
    approval: record.approval,
    broadcastOnly: record.broadcastOnly,
  }
}

export async function readHistory(local: StorageArea, key: string, now: number): Promise<HistoryEntry[]> {
  const raw = await local.get('history')
  const all = (raw.history ?? {}) as Record<string, HistoryEntry[]>
  return (all[key] ?? []).filter((h) => h.at > now - HISTORY_DAYS * 86_400_000)
}

/** Keep a fingerprint of a sent post for 30 days (never the text). */
export async function recordSend(local: StorageArea, key: string, fp: Fingerprint | null, now: number): Promise<void> {
  if (!fp) return
  const raw = await local.get('history')
  const all = { ...((raw.history ?? {}) as Record<string, HistoryEntry[]>) }
  const cutoff = now - HISTORY_DAYS * 86_400_000
  for (const k of Object.keys(all)) {
    all[k] = (all[k] ?? []).filter((h) => h.at > cutoff)
    if (all[k]!.length === 0) delete all[k]
  }
  all[key] = [...(all[key] ?? []), { fp, at: now }].slice(-HISTORY_PER_ACCOUNT)
  await local.set({ history: all })
}

export async function appendAudit(local: StorageArea, entry: AuditEntry): Promise<void> {
  const raw = await local.get('audit')
  const list = Array.isArray(raw.audit) ? (raw.audit as AuditEntry[]) : []
  await local.set({ audit: [...list, entry].slice(-AUDIT_MAX) })
}
