/**
 * The background's storage logic, written against a minimal storage-area interface so tests run
 * it on a fake. storage.local holds the registry, policy overrides, emergency mode, post history
 * fingerprints (30 days, per account) and the audit log; storage.managed (administrator) holds a
 * registry, a policy, the locked keys and flags.
 *
 * Everything read is validated (schemas.ts): a bad record or policy section is skipped and
 * reported as a `Problem`, never silently replaced by a default and never thrown. Writes to one
 * storage area are serialised (`serialised`), so concurrent sends lose no history or audit entry.
 */
import * as v from 'valibot'
import { composePolicy, FAMILY_METAS, RULES, type Fingerprint, type PartialPolicy, type Policy, type Site, type Verdict } from '../engine/meta'
import { AccountRecordSchema, FIELD_LABEL } from '../registry/io'
import { matchAccount, type AccountRecord } from '../registry/model'
import type { AccountContext, ActingAccount, Problem, Registration, SendOutcome } from '../shared/protocol'
import { AuditEntrySchema, EMERGENCY_MAX_MINUTES, HistoryEntrySchema, issueText, LegacyAuditEntrySchema, PolicySections } from './schemas'

export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>
  set(items: Record<string, unknown>): Promise<void>
}

export const HISTORY_DAYS = 30
export const HISTORY_PER_ACCOUNT = 500
/** The audit log keeps the newest entries up to this count (older ones rotate out). */
export const AUDIT_MAX = 5000
/** … and at most this many bytes of JSON. */
export const AUDIT_MAX_BYTES = 3 * 1024 * 1024
/** Distinct rule ids kept per audit entry (the rest are counted in `findings`). */
export const AUDIT_RULES_MAX = 40

export interface HistoryEntry {
  fp: Fingerprint
  at: number
}

export type AuditKind = 'send' | 'settings' | 'emergency' | 'registry' | 'incident' | 'report'

export interface AuditEntry {
  at: number
  kind: AuditKind
  site?: Site
  /** Account key (`x:yanagawa_city`). */
  account?: string
  accountName?: string
  registration?: Registration
  outcome?: SendOutcome
  verdict?: Verdict
  /** Rule ids of the findings at send time, grouped with counts (never the text). */
  rules?: Array<{ rule: string; count: number }>
  findings?: number
  /** Confirmations a person gave (trusted input only). */
  confirmed?: string[]
  /** Confirmations arrived from untrusted (script) input and were not counted. */
  untrusted?: boolean
  /** What changed, in Japanese (settings, registry, emergency mode, incident checklists). */
  detail?: string
  /** The sent text: only when an administrator enabled keeping it (at most 2000 characters). */
  text?: string
}

export interface ManagedConfig {
  registry: AccountRecord[]
  policy: PartialPolicy
  /** Lock keys (see engine `ManagedLayer.locked`). */
  locked: string[]
  /** Only the administrator may switch emergency mode (through managed `emergencyUntil`). */
  emergencyAdminOnly: boolean
  /** Emergency mode set by the administrator (epoch ms). */
  emergencyUntil: number | null
}

export interface Settings {
  registry: AccountRecord[]
  policy: PartialPolicy
  emergencyUntil: number | null
  blogHosts: string[]
  managed: ManagedConfig
  /** Local policy settings the administrator's locks or the guideline's minimums overrode. */
  overridden: string[]
  /** What was skipped while reading. */
  problems: Problem[]
}

// ---------------------------------------------------------------- serialised writes

const chains = new WeakMap<object, Promise<unknown>>()

/**
 * Run `fn` after every earlier serialised operation on the same storage area has finished (a
 * promise-chain mutex): read-modify-write sequences never interleave in this context.
 */
export function serialised<T>(area: object, fn: () => Promise<T>): Promise<T> {
  const previous = chains.get(area) ?? Promise.resolve()
  const next = previous.then(fn, fn)
  chains.set(
    area,
    next.catch(() => undefined),
  )
  return next
}

// ---------------------------------------------------------------- reading

function problem(source: Problem['source'], key: string, message: string, now = Date.now()): Problem {
  return { key, source, message, at: now }
}

const AREA_NAME: Record<'local' | 'managed', string> = { local: 'この端末の設定', managed: '管理者の設定' }

function readRecords(raw: unknown, source: 'local' | 'managed', problems: Problem[]): AccountRecord[] {
  if (raw === undefined || raw === null) return []
  if (!Array.isArray(raw)) {
    problems.push(problem(source, `${source}:registry`, `${AREA_NAME[source]}の台帳が一覧の形式ではないため、読み飛ばしました。`))
    return []
  }
  const out: AccountRecord[] = []
  raw.forEach((item, i) => {
    const r = v.safeParse(AccountRecordSchema, item)
    const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? `（ID ${(item as { id: string }).id.slice(0, 40)}）` : ''
    if (!r.success) {
      problems.push(problem(source, `${source}:registry:${i}`, `${AREA_NAME[source]}の台帳の${i + 1}件目${id}を読み飛ばしました：${issueText(r.issues)}`))
      return
    }
    const rec = r.output as AccountRecord
    if (rec.status === 'retired' && !rec.retirement) {
      problems.push(problem(source, `${source}:registry:${i}`, `${AREA_NAME[source]}の台帳の${i + 1}件目${id}は廃止の理由と廃止日がないため、読み飛ばしました。`))
      return
    }
    out.push(source === 'managed' ? { ...rec, managed: true } : (({ managed: _m, ...local }) => local)(rec))
  })
  return out
}

function readPolicy(raw: unknown, source: 'local' | 'managed', problems: Problem[]): PartialPolicy {
  if (raw === undefined || raw === null) return {}
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(problem(source, `${source}:policy`, `${AREA_NAME[source]}の確認ルールが読めないため、読み飛ばしました。`))
    return {}
  }
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(raw)) {
    const schema = (PolicySections as Record<string, v.GenericSchema>)[key]
    if (!schema) {
      problems.push(problem(source, `${source}:policy:${key}`, `${AREA_NAME[source]}の確認ルールに不明な項目「${key.slice(0, 40)}」があるため、読み飛ばしました。`))
      continue
    }
    const r = v.safeParse(schema, value)
    if (!r.success) {
      problems.push(problem(source, `${source}:policy:${key}`, `${AREA_NAME[source]}の確認ルール「${key}」が正しくないため、読み飛ばしました：${issueText(r.issues)}`))
      continue
    }
    if (key !== 'version') out[key] = r.output
  }
  return out as PartialPolicy
}

const EPOCH_MS = v.pipe(v.number(), v.finite(), v.minValue(0))

function readEmergency(raw: unknown, source: 'local' | 'managed', problems: Problem[], now: number): number | null {
  if (raw === undefined || raw === null) return null
  const r = v.safeParse(EPOCH_MS, raw)
  if (!r.success) {
    problems.push(problem(source, `${source}:emergencyUntil`, `${AREA_NAME[source]}の災害時モードの終了時刻が正しくないため、オフとして扱いました。`))
    return null
  }
  // Never longer than the longest a person may choose (a stored 1e15 is not "on for ever").
  if (r.output > now + EMERGENCY_MAX_MINUTES * 60_000 + 60_000) {
    problems.push(problem(source, `${source}:emergencyUntil`, `${AREA_NAME[source]}の災害時モードの終了時刻が24時間より先のため、オフとして扱いました。`))
    return null
  }
  return r.output
}

const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/

function readHosts(raw: unknown, problems: Problem[]): string[] {
  if (raw === undefined || raw === null) return []
  if (!Array.isArray(raw)) {
    problems.push(problem('local', 'local:blogHosts', 'ブログ・CMSのサイト一覧が読めないため、読み飛ばしました。'))
    return []
  }
  const out: string[] = []
  for (const h of raw) {
    if (typeof h === 'string' && h.length <= 253 && HOST.test(h)) out.push(h)
    else problems.push(problem('local', `local:blogHosts:${String(h).slice(0, 40)}`, `ブログ・CMSのサイト「${String(h).slice(0, 40)}」はホスト名ではないため、読み飛ばしました。`))
  }
  return out
}

export async function loadManaged(managed: StorageArea | null, problems: Problem[] = [], now = Date.now()): Promise<ManagedConfig> {
  const empty: ManagedConfig = { registry: [], policy: {}, locked: [], emergencyAdminOnly: false, emergencyUntil: null }
  if (!managed) return empty
  let raw: Record<string, unknown>
  try {
    raw = await managed.get(null)
  } catch {
    // No managed storage (no policy installed, or Firefox without an enterprise policy).
    return empty
  }
  let locked: string[] = []
  if (raw.locked !== undefined) {
    if (Array.isArray(raw.locked)) {
      locked = raw.locked.filter((x): x is string => typeof x === 'string' && x.length <= 100)
      if (locked.length !== raw.locked.length) problems.push(problem('managed', 'managed:locked', '管理者の設定の変更禁止キーに文字列でないものがあり、読み飛ばしました。'))
    } else problems.push(problem('managed', 'managed:locked', '管理者の設定の変更禁止キーが一覧の形式ではないため、読み飛ばしました。'))
  }
  let emergencyAdminOnly = false
  if (raw.emergencyAdminOnly !== undefined) {
    if (typeof raw.emergencyAdminOnly === 'boolean') emergencyAdminOnly = raw.emergencyAdminOnly
    else {
      // Fail safe: an unreadable flag keeps the switch with the administrator.
      emergencyAdminOnly = true
      problems.push(problem('managed', 'managed:emergencyAdminOnly', '管理者の設定 emergencyAdminOnly が true/false ではないため、管理者のみが切り替えられるものとして扱いました。'))
    }
  }
  return {
    registry: readRecords(raw.registry, 'managed', problems),
    policy: readPolicy(raw.policy, 'managed', problems),
    locked,
    emergencyAdminOnly,
    emergencyUntil: readEmergency(raw.emergencyUntil, 'managed', problems, now),
  }
}

export async function loadSettings(local: StorageArea, managed: StorageArea | null, now = Date.now()): Promise<Settings> {
  const problems: Problem[] = []
  const raw = await local.get(['registry', 'policy', 'emergencyUntil', 'blogHosts'])
  const m = await loadManaged(managed, problems, now)
  const policy = readPolicy(raw.policy, 'local', problems)
  const { overridden } = composePolicy(policy, { policy: m.policy, locked: m.locked })
  return {
    registry: readRecords(raw.registry, 'local', problems),
    policy,
    emergencyUntil: readEmergency(raw.emergencyUntil, 'local', problems, now),
    blogHosts: readHosts(raw.blogHosts, problems),
    managed: m,
    overridden,
    problems,
  }
}

/** All records: managed ones first (they win on the same id), then the local ones. */
export function allRecords(s: Pick<Settings, 'registry' | 'managed'>): AccountRecord[] {
  const ids = new Set(s.managed.registry.map((r) => r.id))
  return [...s.managed.registry, ...s.registry.filter((r) => !ids.has(r.id))]
}

/** Policy = guideline defaults ← local overrides ← managed policy, with the administrator's locks (engine `composePolicy`). */
export function basePolicy(s: Pick<Settings, 'policy' | 'managed'>): Policy {
  return composePolicy(s.policy, { policy: s.managed.policy, locked: s.managed.locked }).policy
}

/** Which of a record's own contacts the administrator's locks keep out of the allow-lists. */
export function lockedOwnContacts(record: AccountRecord, locked: readonly string[]): Array<keyof AccountRecord['ownContacts']> {
  if (record.managed) return []
  const has = (k: string) => locked.includes(k)
  const out: Array<keyof AccountRecord['ownContacts']> = []
  const own = record.ownContacts
  if (own.phones.length > 0 && (has('contacts') || has('contacts.phones'))) out.push('phones')
  if (own.emailDomains.length > 0 && (has('contacts') || has('contacts.emailDomains'))) out.push('emailDomains')
  if (own.addresses.length > 0 && (has('contacts') || has('contacts.addresses'))) out.push('addresses')
  if (own.domains.length > 0 && has('trustedDomains')) out.push('domains')
  return out
}

/**
 * The account's own contacts join the policy's allow-lists for its drafts — except, for a record
 * kept on this device, the lists the administrator locked (a local record cannot widen them).
 */
export function policyForRecord(base: Policy, record: AccountRecord | null, locked: readonly string[] = []): Policy {
  if (!record) return base
  const dropped = new Set(lockedOwnContacts(record, locked))
  const own = (k: keyof AccountRecord['ownContacts']) => (dropped.has(k) ? [] : record.ownContacts[k])
  return {
    ...base,
    trustedDomains: [...base.trustedDomains, ...own('domains')],
    contacts: {
      ...base.contacts,
      phones: [...base.contacts.phones, ...own('phones')],
      emailDomains: [...base.contacts.emailDomains, ...own('emailDomains')],
      addresses: [...base.contacts.addresses, ...own('addresses')],
    },
  }
}

export function accountKey(acting: ActingAccount | null): string {
  if (!acting) return 'unknown'
  return `${acting.site}:${(acting.handle ?? acting.url ?? '').toLowerCase()}`.slice(0, 300)
}

/** Emergency mode in force: the administrator's, else the local one. */
export function emergencyUntil(s: Pick<Settings, 'emergencyUntil' | 'managed'>, now: number): number | null {
  const candidates = [s.managed.emergencyUntil, s.managed.emergencyAdminOnly ? null : s.emergencyUntil].filter((x): x is number => x !== null && x > now)
  return candidates.length > 0 ? Math.max(...candidates) : null
}

export function accountContext(s: Settings, acting: ActingAccount | null, history: HistoryEntry[], now: number): AccountContext {
  const record = matchAccount(allRecords(s), acting)
  const until = emergencyUntil(s, now)
  const policy = policyForRecord(basePolicy(s), record, s.managed.locked)
  const base = {
    emergency: until !== null,
    emergencyUntil: until ?? undefined,
    policy,
    history: history.filter((h) => h.at > now - HISTORY_DAYS * 86_400_000).map((h) => h.fp),
    problems: s.problems.length,
  }
  if (!record) {
    // Unregistered: the guideline's strictest reading — approval needed, broadcast-only, tone 3.
    return { ...base, registration: acting ? 'unregistered' : 'unknown', tone: 3, approval: true, broadcastOnly: true, provisional: true }
  }
  return {
    ...base,
    registration: record.status === 'retired' ? 'retired' : 'registered',
    recordId: record.id,
    accountName: record.accountName,
    retiredOn: record.retirement?.date,
    tone: record.tone,
    // A retired account may not post at all; if a page still tries, the strictest reading applies.
    approval: record.status === 'retired' ? true : record.approval,
    broadcastOnly: record.broadcastOnly,
  }
}

/** Every account a draft is posted from: the acting account, then the ones it also goes to (`also`), each without `also`. */
export function actingAccounts(acting: ActingAccount | null): ActingAccount[] {
  if (!acting) return []
  const { also, ...first } = acting
  return [first, ...(also ?? []).map(({ also: _nested, ...a }) => a)]
}

const REG_ORDER: Registration[] = ['registered', 'unknown', 'unregistered', 'retired']

/** Only what every list allows (own contacts and trusted domains are allowances: the strictest is their intersection). */
function common(lists: ReadonlyArray<readonly string[]>): string[] {
  const [first = [], ...rest] = lists
  return first.filter((x) => rest.every((l) => l.includes(x)))
}

/**
 * One context for a draft posted from several accounts at once (Meta Business Suite: a Page and its
 * Instagram account): the strictest of them. Registration: retired if any is retired, else
 * unregistered (or unknown) if any is not registered; the highest tone level; approval and
 * broadcast-only if any needs them; only the allowances (own contacts, trusted domains) all share;
 * every account's history. The name and record are the first account's.
 */
export function combineContexts(contexts: readonly AccountContext[]): AccountContext {
  const [first, ...rest] = contexts
  if (!first) return strictestContext()
  if (rest.length === 0) return first
  const all = contexts
  const registration = all.map((c) => c.registration).reduce((a, b) => (REG_ORDER.indexOf(b) > REG_ORDER.indexOf(a) ? b : a))
  const retired = all.find((c) => c.registration === 'retired')
  const policies = all.map((c) => c.policy)
  const out: AccountContext = {
    ...first,
    registration,
    tone: Math.max(...all.map((c) => c.tone)) as AccountContext['tone'],
    approval: all.some((c) => c.approval),
    broadcastOnly: all.some((c) => c.broadcastOnly),
    history: all.flatMap((c) => c.history),
    policy: {
      ...first.policy,
      trustedDomains: common(policies.map((p) => p.trustedDomains)),
      contacts: {
        phones: common(policies.map((p) => p.contacts.phones)),
        emailDomains: common(policies.map((p) => p.contacts.emailDomains)),
        addresses: common(policies.map((p) => p.contacts.addresses)),
        localGovCodes: common(policies.map((p) => p.contacts.localGovCodes)),
      },
    },
  }
  if (all.some((c) => c.provisional)) out.provisional = true
  if (retired && first.registration !== 'retired') {
    out.retiredOn = retired.retiredOn
    out.accountName = retired.accountName
    out.recordId = retired.recordId
  }
  return out
}

/** Problems a context reveals that are not read errors: own contacts dropped by locks. */
export function contextProblems(s: Settings, acting: ActingAccount | null, now = Date.now()): Problem[] {
  const record = matchAccount(allRecords(s), acting)
  if (!record) return []
  const dropped = lockedOwnContacts(record, s.managed.locked)
  if (dropped.length === 0) return []
  const label: Record<string, string> = { phones: '電話番号', emailDomains: 'メールのドメイン', addresses: '住所', domains: 'リンクしてよいドメイン' }
  return [
    problem(
      'registry',
      `own-contacts:${record.id}`,
      `「${record.accountName}」の公開している${dropped.map((k) => label[k]).join('・')}は、管理者が変更を禁止しているため使っていません（管理者の設定に追加を依頼してください）。`,
      now,
    ),
  ]
}

/**
 * The strictest context: what a content script assumes until the background answers, and what
 * the background answers when the settings cannot be read at all (approval required, policy at
 * its floors).
 */
export function strictestContext(problems = 0): AccountContext {
  return { registration: 'unknown', tone: 3, approval: true, broadcastOnly: true, emergency: false, policy: composePolicy(undefined).policy, history: [], provisional: true, problems }
}

// ---------------------------------------------------------------- history

function readHistoryMap(raw: unknown, problems: Problem[], now: number): Record<string, HistoryEntry[]> {
  if (raw === undefined || raw === null) return {}
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(problem('history', 'history', '投稿の履歴（重複の確認用）が読めないため、読み飛ばしました。', now))
    return {}
  }
  const cutoff = now - HISTORY_DAYS * 86_400_000
  const out: Record<string, HistoryEntry[]> = {}
  let skipped = 0
  for (const [key, list] of Object.entries(raw)) {
    if (!Array.isArray(list)) {
      skipped++
      continue
    }
    const good: HistoryEntry[] = []
    for (const item of list) {
      const r = v.safeParse(HistoryEntrySchema, item)
      if (r.success) {
        if (r.output.at > cutoff) good.push(r.output)
      } else skipped++
    }
    if (good.length > 0) out[key] = good
  }
  if (skipped > 0) problems.push(problem('history', 'history', `投稿の履歴（重複の確認用）のうち${skipped}件が正しくないため、読み飛ばしました。`, now))
  return out
}

export async function readHistory(local: StorageArea, key: string, now: number, problems: Problem[] = []): Promise<HistoryEntry[]> {
  const raw = await local.get('history')
  return readHistoryMap(raw.history, problems, now)[key] ?? []
}

/** Keep a fingerprint of a sent post for 30 days (never the text). Serialised with every other write. */
export function recordSend(local: StorageArea, key: string, fp: Fingerprint | null, now: number, problems: Problem[] = []): Promise<void> {
  if (!fp) return Promise.resolve()
  return serialised(local, async () => {
    const raw = await local.get('history')
    const all = readHistoryMap(raw.history, problems, now)
    all[key] = [...(all[key] ?? []), { fp, at: now }].slice(-HISTORY_PER_ACCOUNT)
    await local.set({ history: all })
  })
}

// ---------------------------------------------------------------- audit log

/** Group rule ids with their counts, most frequent first, at most `AUDIT_RULES_MAX`. */
export function groupRules(rules: readonly string[]): Array<{ rule: string; count: number }> {
  const counts = new Map<string, number>()
  for (const r of rules) counts.set(r, (counts.get(r) ?? 0) + 1)
  return [...counts].map(([rule, count]) => ({ rule, count })).sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule)).slice(0, AUDIT_RULES_MAX)
}

/** Validate stored audit entries: current ones as they are, old ones converted, bad ones skipped (counted). */
export function readAuditList(raw: unknown): { entries: AuditEntry[]; skipped: number } {
  if (raw === undefined || raw === null) return { entries: [], skipped: 0 }
  if (!Array.isArray(raw)) return { entries: [], skipped: 1 }
  const entries: AuditEntry[] = []
  let skipped = 0
  for (const item of raw) {
    const r = v.safeParse(AuditEntrySchema, item)
    if (r.success) {
      entries.push(r.output as AuditEntry)
      continue
    }
    const old = v.safeParse(LegacyAuditEntrySchema, item)
    if (old.success) {
      const o = old.output
      entries.push({ at: o.at, kind: 'send', site: o.site, account: o.account, outcome: 'sent', verdict: o.verdict, rules: groupRules(o.rules), findings: o.rules.length, confirmed: o.confirmed.slice(0, 20) })
    } else skipped++
  }
  return { entries, skipped }
}

export async function readAudit(local: StorageArea): Promise<{ entries: AuditEntry[]; skipped: number }> {
  return readAuditList((await local.get('audit')).audit)
}

/** Keep the newest entries within the count and size caps. */
export function capAudit(list: AuditEntry[]): AuditEntry[] {
  let out = list.length > AUDIT_MAX ? list.slice(-AUDIT_MAX) : list
  // Entries are bounded, so the byte cap rarely bites; when it does, drop the oldest tenth at a time.
  while (out.length > 1 && JSON.stringify(out).length > AUDIT_MAX_BYTES) out = out.slice(Math.ceil(out.length / 10))
  return out
}

export function isQuotaError(e: unknown): boolean {
  const m = e instanceof Error ? `${e.name} ${e.message}` : String(e)
  return /quota/i.test(m)
}

export interface AuditWrite {
  ok: boolean
  /** Entries dropped to make room after a quota error. */
  dropped: number
  problem?: Problem
}

/**
 * Append an entry to the audit log (serialised). On a quota error the oldest half of the log is
 * dropped and the write retried once; what happened is returned as a problem to show, never swallowed.
 */
export function appendAudit(local: StorageArea, entry: AuditEntry, now = Date.now()): Promise<AuditWrite> {
  return serialised(local, async () => {
    const { entries, skipped } = await readAudit(local)
    let list = capAudit([...entries, entry])
    try {
      await local.set({ audit: list })
      return skipped > 0
        ? { ok: true, dropped: 0, problem: problem('audit', 'audit:skipped', `送信記録のうち${skipped}件が正しくない形式だったため、削除しました。`, now) }
        : { ok: true, dropped: 0 }
    } catch (e) {
      if (!isQuotaError(e)) {
        return { ok: false, dropped: 0, problem: problem('audit', 'audit:write', `送信記録を保存できませんでした（${e instanceof Error ? e.message : String(e)}）。`, now) }
      }
      const keep = Math.floor(list.length / 2)
      const dropped = list.length - keep
      list = list.slice(-keep)
      try {
        await local.set({ audit: list })
        return { ok: true, dropped, problem: problem('audit', 'audit:quota', `保存領域がいっぱいになったため、古い送信記録${dropped}件を削除しました。必要なら送信記録を書き出して保管してください。`, now) }
      } catch (e2) {
        return { ok: false, dropped: 0, problem: problem('audit', 'audit:quota', `保存領域がいっぱいで、送信記録を保存できません（${e2 instanceof Error ? e2.message : String(e2)}）。送信記録を書き出してから、古い記録を削除してください。`, now) }
      }
    }
  })
}

// ---------------------------------------------------------------- settings changes (for the log)

function recordLabel(r: AccountRecord): string {
  return `「${r.accountName || r.id}」`
}

const SEVERITY_JA: Record<string, string> = { block: '送信不可', warn: '要確認', info: '参考', off: '確認しない' }
const LIST_JA: Record<string, string> = {
  confidential: '秘密情報の表示', security: '警備・システム', undecided: '未決定の段階を示す語', policyNouns: '政策・事業の語', rumour: 'うわさ・未確認',
  insults: '侮辱', violence: '脅迫・暴力', confrontational: '挑発的な表現', decency: '性的な表現', discrimination: '差別表現', rebuttal: '反論・弁明',
  disaster: '災害の語', tragedy: '事故・訃報の語', slang: '俗語',
}
const SECTION_JA: Record<string, string> = { trustedDomains: 'リンクしてよいドメイン', shorteners: '短縮URLの一覧', contacts: '公開している連絡先', repetition: '繰り返しの基準', quotation: '引用の基準', tone: '硬軟の基準' }

/** A rule or family id as people know it: 「携帯電話番号」, 「リンク（規則群）」. */
function ruleName(id: string): string {
  const rule = RULES.get(id)
  if (rule) return rule.meta.title
  const family = FAMILY_METAS.find((f) => f.id === id)
  return family ? `${family.meta.title}（規則群）` : id
}

/** What changed between two values of a storage key, as Japanese log lines (registry, policy, blog hosts). */
export function describeChange(key: string, before: unknown, after: unknown): Array<{ kind: AuditKind; detail: string }> {
  if (key === 'registry') {
    const problems: Problem[] = []
    const old = new Map(readRecords(before, 'local', problems).map((r) => [r.id, r]))
    const now = new Map(readRecords(after, 'local', problems).map((r) => [r.id, r]))
    const out: Array<{ kind: AuditKind; detail: string }> = []
    for (const [id, r] of now) {
      const o = old.get(id)
      if (!o) out.push({ kind: 'registry', detail: `${recordLabel(r)}を台帳に登録しました${r.status === 'retired' ? '（廃止済み）' : ''}。` })
      else if (o.status === 'active' && r.status === 'retired') out.push({ kind: 'registry', detail: `${recordLabel(r)}を廃止しました（廃止日 ${r.retirement?.date ?? '—'}、理由：${r.retirement?.reason ?? ''}）。` })
      else if (o.status === 'retired' && r.status === 'active') out.push({ kind: 'registry', detail: `${recordLabel(r)}の廃止を取り消しました（再開）。` })
      else if (JSON.stringify(o) !== JSON.stringify(r)) {
        const fields = (Object.keys({ ...o, ...r }) as Array<keyof AccountRecord>).filter((k) => JSON.stringify(o[k]) !== JSON.stringify(r[k]))
        out.push({ kind: 'registry', detail: `${recordLabel(r)}${r.status === 'retired' ? '（廃止済み）' : ''}を訂正しました（${fields.map((f) => (f === 'ownContacts' ? '公開している連絡先' : f === 'retirement' ? '廃止届の内容' : (FIELD_LABEL[f] ?? f))).join('、')}）。` })
      }
    }
    for (const [id, o] of old) if (!now.has(id)) out.push({ kind: 'registry', detail: `${recordLabel(o)}を台帳から削除しました。` })
    // An import of many records is one entry (the names of the first few).
    if (out.length > 10) {
      const names = out.slice(0, 5).map((e) => e.detail.replace(/。$/, '')).join('、')
      return [{ kind: 'registry', detail: `台帳の${out.length}件を変更しました（${names}、ほか${out.length - 5}件）。`.slice(0, 2000) }]
    }
    return out
  }
  if (key === 'policy') {
    const problems: Problem[] = []
    const a = readPolicy(before, 'local', problems) as Record<string, unknown>
    const b = readPolicy(after, 'local', problems) as Record<string, unknown>
    const changed: string[] = []
    const sa = (a.severities ?? {}) as Record<string, string>
    const sb = (b.severities ?? {}) as Record<string, string>
    const sevName = (x: string | undefined) => (x ? (SEVERITY_JA[x] ?? x) : '既定')
    for (const k of new Set([...Object.keys(sa), ...Object.keys(sb)])) if (sa[k] !== sb[k]) changed.push(`${ruleName(k)}：${sevName(sa[k])} → ${sevName(sb[k])}`)
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (k === 'severities') continue
      if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) {
        changed.push(
          k === 'words'
            ? `語句の一覧（${Object.keys({ ...(a.words as object), ...(b.words as object) })
                .filter((n) => JSON.stringify((a.words as Record<string, unknown> | undefined)?.[n]) !== JSON.stringify((b.words as Record<string, unknown> | undefined)?.[n]))
                .map((n) => LIST_JA[n] ?? n)
                .join('・')}）`
            : (SECTION_JA[k] ?? k),
        )
      }
    }
    if (Object.keys(b).length === 0 && Object.keys(a).length > 0) return [{ kind: 'settings', detail: '確認ルールをガイドラインの既定値に戻しました。' }]
    return changed.length > 0 ? [{ kind: 'settings', detail: `確認ルールを変更しました：${changed.join('、')}`.slice(0, 2000) }] : []
  }
  if (key === 'blogHosts') {
    const a = Array.isArray(before) ? before.map(String) : []
    const b = Array.isArray(after) ? after.map(String) : []
    const added = b.filter((h) => !a.includes(h))
    const removed = a.filter((h) => !b.includes(h))
    const parts = [...added.map((h) => `${h} を追加`), ...removed.map((h) => `${h} を削除`)]
    return parts.length > 0 ? [{ kind: 'settings', detail: `ブログ・CMSのサイト：${parts.join('、')}しました。` }] : []
  }
  if (key === 'keepSentText') {
    if (Boolean(before) === Boolean(after)) return []
    return [{ kind: 'settings', detail: after === true ? '送信した文章を送信記録に保存する設定をオンにしました（管理者の設定）。' : '送信した文章を送信記録に保存する設定をオフにしました（管理者の設定）。' }]
  }
  if (key === 'reportRecipients') {
    const a = Array.isArray(before) ? before.map(String) : []
    const b = Array.isArray(after) ? after.map(String) : []
    const parts = [...b.filter((x) => !a.includes(x)).map((x) => `${x} を追加`), ...a.filter((x) => !b.includes(x)).map((x) => `${x} を削除`)]
    return parts.length > 0 ? [{ kind: 'settings', detail: `報告先のメールアドレス：${parts.join('、')}しました。`.slice(0, 2000) }] : []
  }
  return []
}
