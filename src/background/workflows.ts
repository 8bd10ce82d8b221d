/**
 * Incident playbooks (ガイドライン 6(2) 炎上, 6(3) 成りすまし, 6(4) 乗っ取り), the report of an
 * important mention (4(5)), the administrator's 送信文の保存 setting and the settings migration.
 * Pure data and storage logic against `StorageArea`, so tests run it on fakes.
 *
 * storage.local keys written here:
 *   incidents:        { [accountKey]: { [kind]: Incident } } (the latest checklist of each kind)
 *   reportRecipients: string[] (e-mail addresses for 「所属長・企画課に報告」)
 *   keepSentText:     boolean (administrator: keep the sent text in the audit entry; default off)
 *   settingsVersion:  number (SETTINGS_VERSION after `migrate`)
 */
import * as v from 'valibot'
import type { Site } from '../engine'
import type { IncidentKind, Problem } from '../shared/protocol'
import { LegacyAuditEntrySchema } from './schemas'
import { readAuditList, serialised, type AuditEntry, type StorageArea } from './store'

export type { IncidentKind } from '../shared/protocol'

export const INCIDENT_KINDS: readonly IncidentKind[] = ['flaming', 'impersonation', 'hijack']

export interface PlaybookStep {
  /** Stable id (ticks are stored by it). */
  id: string
  /** Who does it. */
  who: string
  text: string
  /** Where it is done (the platform's own page), opened by the person. */
  link?: 'password' | 'sessions' | 'report'
}

export interface Playbook {
  kind: IncidentKind
  title: string
  clause: string
  /** The guideline's reminder shown above the steps. */
  reminder: string
  steps: PlaybookStep[]
}

const POSTING = '投稿した所属'
const KIKAKU = '企画課'

/** The guideline's steps, in order, with who does what. */
export const PLAYBOOKS: Record<IncidentKind, Playbook> = {
  flaming: {
    kind: 'flaming',
    title: '炎上への対応',
    clause: '6(2)',
    reminder: '反論や言い争いはしません。事実を確認し、冷静に、説明・訂正・おわびをします。',
    steps: [
      { id: 'stop', who: POSTING, text: '関連する投稿・返信をいったん止め、反論や言い訳の書き込みをしない' },
      { id: 'facts', who: POSTING, text: '何が問題とされているか（元の投稿・寄せられた意見）と事実を確認する' },
      { id: 'manager', who: POSTING, text: '所属長に報告し、対応方針（説明・訂正・おわび）を決める' },
      { id: 'kikaku', who: POSTING, text: '企画課に報告する（経過と対応方針）' },
      { id: 'respond', who: POSTING, text: '冷静に説明・訂正・おわびを投稿する（反論はしない。決裁を経る）' },
      { id: 'record', who: POSTING, text: '経過と対応を記録し、落ち着いたら企画課と振り返る' },
    ],
  },
  impersonation: {
    kind: 'impersonation',
    title: '成りすましへの対応',
    clause: '6(3)',
    reminder: '成りすましのアカウントとやりとりはしません。証拠を残し、削除を依頼し、市民に知らせます。',
    steps: [
      { id: 'evidence', who: POSTING, text: '成りすましのアカウントのURL・画面を記録する（やりとりはしない）' },
      { id: 'kikaku', who: POSTING, text: '所属長と企画課に報告する' },
      { id: 'report', who: POSTING, text: 'サービスの報告ページから成りすましとして削除を依頼する', link: 'report' },
      { id: 'website', who: `${POSTING}・${KIKAKU}`, text: '市のホームページ（公式アカウントからも）で、成りすましがあることと正しいアカウントを知らせる' },
      { id: 'press', who: KIKAKU, text: '必要に応じて報道機関に情報提供する' },
      { id: 'closed', who: POSTING, text: '削除されたことを確認し、ホームページのお知らせを更新する' },
    ],
  },
  hijack: {
    kind: 'hijack',
    title: '乗っ取りへの対応',
    clause: '6(4)',
    reminder: 'すぐにパスワードを変え、身に覚えのない投稿を削除し、企画課に報告します。',
    steps: [
      { id: 'password', who: POSTING, text: 'サービス公式の設定ページで、より強いパスワードに変更する（二段階認証も確認）', link: 'password' },
      { id: 'sessions', who: POSTING, text: '他の端末・アプリのログインをすべてログアウトさせる', link: 'sessions' },
      { id: 'compare', who: POSTING, text: 'この端末から送った投稿（下の一覧）とタイムラインを見比べる' },
      { id: 'delete', who: POSTING, text: 'ここで作っていない投稿・返信・メッセージを削除する' },
      { id: 'kikaku', who: POSTING, text: '所属長と企画課に報告する（いつ・何が投稿されたか）' },
      { id: 'notice', who: `${POSTING}・${KIKAKU}`, text: '必要に応じて、乗っ取られていたことを公式アカウント・ホームページで知らせる' },
    ],
  },
}

/** The platforms' own pages (opened by the person; the extension fetches nothing). */
export const PLATFORM_LINKS: Record<Site, Partial<Record<'password' | 'sessions' | 'report', string>>> = {
  x: { password: 'https://x.com/settings/password', sessions: 'https://x.com/settings/sessions', report: 'https://help.x.com/forms/impersonation' },
  facebook: { password: 'https://accountscenter.facebook.com/password_and_security', sessions: 'https://accountscenter.facebook.com/password_and_security/login_activity', report: 'https://www.facebook.com/help/contact/295309487309948' },
  instagram: { password: 'https://accountscenter.instagram.com/password_and_security', sessions: 'https://accountscenter.instagram.com/password_and_security/login_activity', report: 'https://help.instagram.com/contact/636276399721841' },
  blog: {},
}

export interface Incident {
  kind: IncidentKind
  startedAt: number
  /** Set when the checklist was closed (finished). */
  closedAt?: number
  /** Step id → when it was ticked. */
  ticks: Record<string, number>
}

export type AccountIncidents = Partial<Record<IncidentKind, Incident>>

const finite = v.pipe(v.number(), v.finite(), v.minValue(0))
export const IncidentSchema = v.object({
  kind: v.picklist(['flaming', 'impersonation', 'hijack'] as const),
  startedAt: finite,
  closedAt: v.optional(finite),
  ticks: v.record(v.pipe(v.string(), v.maxLength(40)), finite),
})

/** Read the stored incidents; bad entries are skipped (counted in `skipped`). */
export function readIncidentMap(raw: unknown): { map: Record<string, AccountIncidents>; skipped: number } {
  const map: Record<string, AccountIncidents> = {}
  let skipped = 0
  if (raw === undefined || raw === null) return { map, skipped }
  if (typeof raw !== 'object' || Array.isArray(raw)) return { map, skipped: 1 }
  for (const [key, byKind] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof byKind !== 'object' || byKind === null || Array.isArray(byKind)) {
      skipped++
      continue
    }
    const out: AccountIncidents = {}
    for (const [kind, value] of Object.entries(byKind as Record<string, unknown>)) {
      const r = v.safeParse(IncidentSchema, value)
      if (r.success && r.output.kind === kind) {
        const steps = new Set(PLAYBOOKS[r.output.kind].steps.map((s) => s.id))
        out[r.output.kind] = { ...r.output, ticks: Object.fromEntries(Object.entries(r.output.ticks).filter(([id]) => steps.has(id))) }
      } else skipped++
    }
    if (Object.keys(out).length > 0) map[key] = out
  }
  return { map, skipped }
}

export async function readIncidents(local: StorageArea, key: string): Promise<AccountIncidents> {
  return readIncidentMap((await local.get('incidents')).incidents).map[key] ?? {}
}

/** An open (started, not closed) 炎上 checklist puts the account in incident mode. */
export function incidentOf(incidents: AccountIncidents): 'flaming' | undefined {
  const f = incidents.flaming
  return f && f.closedAt === undefined ? 'flaming' : undefined
}

export type IncidentAction = 'start' | 'tick' | 'untick' | 'close'

/** Apply a checklist action (pure). `null` when the action does not apply (unknown step, nothing open). */
export function applyIncident(current: Incident | undefined, kind: IncidentKind, action: IncidentAction, step: string | undefined, now: number): Incident | null {
  if (action === 'start') return current && current.closedAt === undefined ? current : { kind, startedAt: now, ticks: {} }
  if (!current || current.closedAt !== undefined) return null
  if (action === 'close') return { ...current, closedAt: now }
  const found = PLAYBOOKS[kind].steps.find((s) => s.id === step)
  if (!found) return null
  const ticks = { ...current.ticks }
  if (action === 'tick') ticks[found.id] = now
  else delete ticks[found.id]
  return { ...current, ticks }
}

/** Japanese wording of an action for the audit log. */
export function incidentDetail(kind: IncidentKind, action: IncidentAction, step: string | undefined, incident: Incident): string {
  const pb = PLAYBOOKS[kind]
  const name = `「${pb.title}」（ガイドライン${pb.clause}）`
  const s = pb.steps.find((x) => x.id === step)
  switch (action) {
    case 'start':
      return `${name}のチェックリストを開始しました。`
    case 'close': {
      const done = pb.steps.filter((x) => incident.ticks[x.id] !== undefined).length
      return `${name}のチェックリストを終了しました（${pb.steps.length}項目中${done}項目を完了）。`
    }
    case 'tick':
      return `${name}：「${s?.text ?? step}」（${s?.who ?? ''}）を完了にしました。`
    case 'untick':
      return `${name}：「${s?.text ?? step}」の完了を取り消しました。`
  }
}

/** Change one account's checklist (serialised with every other write). */
export function updateIncident(local: StorageArea, key: string, kind: IncidentKind, action: IncidentAction, step: string | undefined, now: number): Promise<{ incidents: AccountIncidents; changed: Incident | null }> {
  return serialised(local, async () => {
    const { map } = readIncidentMap((await local.get('incidents')).incidents)
    const mine: AccountIncidents = { ...(map[key] ?? {}) }
    const next = applyIncident(mine[kind], kind, action, step, now)
    if (!next || next === mine[kind]) return { incidents: mine, changed: null }
    mine[kind] = next
    map[key] = mine
    await local.set({ incidents: map })
    return { incidents: mine, changed: next }
  })
}

// ---------------------------------------------------------------- send log for a hijack

export interface SendLogLine {
  at: number
  outcome: AuditEntry['outcome']
  verdict: AuditEntry['verdict']
  /** Only when the administrator enabled keeping the sent text. */
  text?: string
}

/** The account's sends from this browser in the last `hours` (newest first; never text unless it was kept). */
export function recentSends(entries: readonly AuditEntry[], key: string, now: number, hours = 24): SendLogLine[] {
  const from = now - hours * 3_600_000
  return entries
    .filter((e) => e.kind === 'send' && e.account === key && e.at >= from && e.at <= now + 60_000 && (e.outcome ?? 'sent') === 'sent')
    .sort((a, b) => b.at - a.at)
    .map((e) => ({ at: e.at, outcome: e.outcome, verdict: e.verdict, ...(e.text ? { text: e.text } : {}) }))
}

// ---------------------------------------------------------------- report settings

/** A plain e-mail address (no display name, no list). */
export const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/

export const REPORT_RECIPIENTS_MAX = 20

export function isEmail(s: string): boolean {
  return s.length <= 254 && EMAIL.test(s)
}

/** Parse addresses typed one per line (or separated by commas): valid ones, and the ones that are not. */
export function parseRecipients(text: string): { ok: string[]; bad: string[] } {
  const items = text
    .split(/[\n,、，;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)
  const ok: string[] = []
  const bad: string[] = []
  for (const s of items) {
    if (isEmail(s)) {
      if (!ok.some((x) => x.toLowerCase() === s.toLowerCase())) ok.push(s)
    } else bad.push(s)
  }
  return { ok, bad }
}

export interface WorkflowSettings {
  reportRecipients: string[]
  /** Keep the sent text in the audit log (administrator setting; default off). */
  keepSentText: boolean
  /** The administrator fixed `keepSentText` through managed storage. */
  keepSentTextManaged: boolean
  /** The administrator fixed the recipients through managed storage. */
  recipientsManaged: boolean
  problems: Problem[]
}

function readRecipientList(raw: unknown, source: 'local' | 'managed', problems: Problem[], now: number): string[] | null {
  if (raw === undefined || raw === null) return null
  if (!Array.isArray(raw)) {
    problems.push({ key: `${source}:reportRecipients`, source, message: '報告先のメールアドレスが一覧の形式ではないため、読み飛ばしました。', at: now })
    return null
  }
  const ok = raw.filter((x): x is string => typeof x === 'string' && isEmail(x)).slice(0, REPORT_RECIPIENTS_MAX)
  if (ok.length !== raw.length) problems.push({ key: `${source}:reportRecipients`, source, message: `報告先のメールアドレスのうち${raw.length - ok.length}件が正しくないため、読み飛ばしました。`, at: now })
  return ok
}

export async function loadWorkflowSettings(local: StorageArea, managed: StorageArea | null, now = Date.now()): Promise<WorkflowSettings> {
  const problems: Problem[] = []
  const raw = await local.get(['reportRecipients', 'keepSentText'])
  let m: Record<string, unknown> = {}
  if (managed) {
    try {
      m = await managed.get(['reportRecipients', 'keepSentText'])
    } catch {
      m = {}
    }
  }
  const managedList = readRecipientList(m.reportRecipients, 'managed', problems, now)
  const localList = readRecipientList(raw.reportRecipients, 'local', problems, now)
  let keepSentText = false
  let keepSentTextManaged = false
  if (m.keepSentText !== undefined) {
    if (typeof m.keepSentText === 'boolean') {
      keepSentText = m.keepSentText
      keepSentTextManaged = true
    } else problems.push({ key: 'managed:keepSentText', source: 'managed', message: '管理者の設定 keepSentText が true/false ではないため、送信文は保存しません。', at: now })
  } else if (raw.keepSentText !== undefined) {
    if (typeof raw.keepSentText === 'boolean') keepSentText = raw.keepSentText
    else problems.push({ key: 'local:keepSentText', source: 'local', message: '送信文を保存する設定が読めないため、保存しないものとして扱いました。', at: now })
  }
  return { reportRecipients: managedList ?? localList ?? [], keepSentText, keepSentTextManaged, recipientsManaged: managedList !== null, problems }
}

/** Sent text kept in an audit entry, at most this many characters. */
export const SENT_TEXT_MAX = 2000

// ---------------------------------------------------------------- report of an important mention

export interface MentionReport {
  url: string
  /** Service and account (e.g. 「X @yanagawa_city（柳川市公式）」). */
  account: string
  selection: string
  /** 令和 date and time. */
  when: string
  note: string
}

export const REPORT_REMINDER = 'その場で否定・反論はせず、所属長・企画課と対応を決めてから返信します（ガイドライン4(5)）。'

/** The report as plain text (for the clipboard and the e-mail body). */
export function reportText(r: MentionReport): string {
  const lines = [
    '【重要な書き込みの報告】',
    `日時：${r.when}`,
    `アカウント：${r.account || '（不明）'}`,
    `ページ：${r.url || '（不明）'}`,
    '',
    '■ 該当の書き込み（選択した部分）',
    r.selection.trim() || '（選択なし）',
    '',
    '■ 報告者のメモ',
    r.note.trim() || '（なし）',
    '',
    `※ ${REPORT_REMINDER}`,
  ]
  return lines.join('\n')
}

export function reportSubject(r: MentionReport): string {
  return `【報告】重要な書き込み（${r.account || 'アカウント不明'}）`
}

/** A mailto: URL to the recipients (the person's mail program sends it; the extension sends nothing). */
export function reportMailto(recipients: readonly string[], r: MentionReport): string {
  const to = recipients.filter(isEmail).map((a) => encodeURIComponent(a).replace(/%40/g, '@')).join(',')
  return `mailto:${to}?subject=${encodeURIComponent(reportSubject(r))}&body=${encodeURIComponent(reportText(r).replace(/\n/g, '\r\n'))}`
}

/** 令和 date and time of an epoch-ms time: 令和8年11月24日 10:05. */
export function warekiDateTime(at: number): string {
  const d = new Date(at)
  const y = d.getFullYear()
  const n = y - 2018
  const era = y >= 2019 ? `令和${n === 1 ? '元' : n}年` : `${y}年`
  return `${era}${d.getMonth() + 1}月${d.getDate()}日 ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

// ---------------------------------------------------------------- migration

/**
 * The stored settings format. 0 (no `settingsVersion`): the format before versioning.
 * 1: audit entries in the grouped form (legacy plain lists converted), blog hosts lower-case
 *    and deduplicated, `keepSentText` false and `reportRecipients` [] written explicitly.
 */
export const SETTINGS_VERSION = 1

export interface MigrationResult {
  from: number
  to: number
  /** The keys to write (nothing when already current). */
  changes: Record<string, unknown>
  /** What was done, in Japanese (for the audit log). */
  notes: string[]
}

/** Upgrade a storage.local snapshot to the current format (pure; never drops a valid value). */
export function migrate(raw: Record<string, unknown>): MigrationResult {
  const from = typeof raw.settingsVersion === 'number' && Number.isInteger(raw.settingsVersion) && raw.settingsVersion >= 0 ? raw.settingsVersion : 0
  const changes: Record<string, unknown> = {}
  const notes: string[] = []
  if (from >= SETTINGS_VERSION) return { from, to: from, changes, notes }
  if (from < 1) {
    if (Array.isArray(raw.audit)) {
      const legacy = raw.audit.filter((e) => v.safeParse(LegacyAuditEntrySchema, e).success && !(typeof e === 'object' && e !== null && 'kind' in e)).length
      if (legacy > 0) {
        const { entries } = readAuditList(raw.audit)
        changes.audit = entries
        notes.push(`古い形式の送信記録${legacy}件を新しい形式に変換しました。`)
      }
    }
    if (Array.isArray(raw.blogHosts)) {
      const hosts = [...new Set(raw.blogHosts.filter((h): h is string => typeof h === 'string').map((h) => h.trim().toLowerCase()))]
      if (JSON.stringify(hosts) !== JSON.stringify(raw.blogHosts)) {
        changes.blogHosts = hosts
        notes.push('ブログ・CMSのサイト名を小文字にそろえました。')
      }
    }
    if (raw.keepSentText === undefined) changes.keepSentText = false
    if (raw.reportRecipients === undefined) changes.reportRecipients = []
  }
  changes.settingsVersion = SETTINGS_VERSION
  notes.push(`設定の形式を版${from}から版${SETTINGS_VERSION}に更新しました。`)
  return { from, to: SETTINGS_VERSION, changes, notes }
}

/** Run the migration once on storage.local (serialised with other writes). */
export function migrateStorage(local: StorageArea): Promise<MigrationResult> {
  return serialised(local, async () => {
    const raw = await local.get(null)
    const result = migrate(raw)
    if (Object.keys(result.changes).length > 0) await local.set(result.changes)
    return result
  })
}

