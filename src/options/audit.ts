/**
 * The audit log for people: each entry's result in words, filters (period, account, result) and
 * exports — CSV for Excel (UTF-8 with BOM, or Shift_JIS) with formulas neutralised, and JSON.
 */
import type { AuditEntry } from '../background/store'
import { RULES } from '../engine/meta'
import { csvCell } from '../registry/io'
import { encodeShiftJis } from '../registry/encoding'
import { dateTime, isoDate, warekiDate } from '../ui/format'

export type AuditResult = 'sent' | 'confirmed' | 'blocked' | 'cancelled' | 'settings' | 'emergency' | 'incident' | 'report'

export const RESULT_LABEL: Record<AuditResult, string> = {
  sent: '送信（指摘なし・参考のみ）',
  confirmed: '確認して送信',
  blocked: '送信を止めた',
  cancelled: '送信を取りやめた',
  settings: '設定・台帳の変更',
  emergency: '災害時モード',
  incident: '緊急時の対応',
  report: '重要な書き込みの報告',
}

const CONFIRM_LABEL: Record<string, string> = { approval: '決裁済み', portrait: '肖像権の同意', warnings: '指摘を確認' }
const REGISTRATION_LABEL: Record<string, string> = { registered: '登録済み', unregistered: '未登録', retired: '廃止済み', unknown: '不明' }
const VERDICT_LABEL: Record<string, string> = { ok: '指摘なし', info: '参考', warn: '要確認', block: '送信不可' }
const SITE_LABEL: Record<string, string> = { x: 'X', facebook: 'Facebook', instagram: 'Instagram', blog: 'ブログ' }

export function resultOf(e: AuditEntry): AuditResult {
  if (e.kind === 'settings' || e.kind === 'registry') return 'settings'
  if (e.kind === 'emergency') return 'emergency'
  if (e.kind === 'incident') return 'incident'
  if (e.kind === 'report') return 'report'
  if (e.outcome === 'blocked') return 'blocked'
  if (e.outcome === 'cancelled') return 'cancelled'
  return (e.verdict === 'warn' || e.verdict === 'block') && (e.confirmed?.length ?? 0) > 0 ? 'confirmed' : 'sent'
}

export function ruleTitle(id: string): string {
  return RULES.get(id)?.meta.title ?? id
}

export function findingsText(e: AuditEntry): string {
  return (e.rules ?? []).map((r) => (r.count > 1 ? `${ruleTitle(r.rule)}×${r.count}` : ruleTitle(r.rule))).join('、')
}

export function confirmedText(e: AuditEntry): string {
  const list = (e.confirmed ?? []).map((c) => CONFIRM_LABEL[c] ?? c).join('、')
  return e.untrusted ? `${list ? list + '、' : ''}（スクリプトによる確認は無効）` : list
}

/** The account as people know it: the registered name, else the handle. */
export function accountText(e: AuditEntry): string {
  if (!e.account) return ''
  const handle = e.account.replace(/^[a-z]+:/, '')
  return e.accountName ? `${e.accountName}（${handle}）` : handle
}

export interface AuditFilter {
  /** YYYY-MM-DD, inclusive; '' = open. */
  from: string
  to: string
  /** Account key, or '' for all. */
  account: string
  /** A result, or '' for all. */
  result: AuditResult | ''
}

export function filterAudit(entries: readonly AuditEntry[], f: AuditFilter): AuditEntry[] {
  return entries.filter((e) => {
    const day = isoDate(e.at)
    if (f.from && day < f.from) return false
    if (f.to && day > f.to) return false
    if (f.account && e.account !== f.account) return false
    if (f.result && resultOf(e) !== f.result) return false
    return true
  })
}

const COLUMNS = ['日時', '和暦', '結果', 'サイト', 'アカウント', '台帳', '判定', '指摘（規則と件数）', '確認した項目', '内容'] as const

function row(e: AuditEntry): string[] {
  return [
    dateTime(e.at),
    warekiDate(isoDate(e.at)),
    RESULT_LABEL[resultOf(e)],
    e.site ? SITE_LABEL[e.site] ?? e.site : '',
    accountText(e),
    e.registration ? REGISTRATION_LABEL[e.registration] ?? '' : '',
    e.verdict ? VERDICT_LABEL[e.verdict] ?? '' : '',
    findingsText(e),
    confirmedText(e),
    e.detail ?? '',
  ]
}

/** CSV text (CRLF, Japanese headers, formulas neutralised), newest first. */
export function auditToCsvText(entries: readonly AuditEntry[]): string {
  const lines = [COLUMNS.map(csvCell).join(',')]
  for (const e of [...entries].sort((a, b) => b.at - a.at)) lines.push(row(e).map(csvCell).join(','))
  return lines.join('\r\n') + '\r\n'
}

/** For Excel: UTF-8 with a BOM. */
export function auditToCsvUtf8(entries: readonly AuditEntry[]): string {
  return '\uFEFF' + auditToCsvText(entries)
}

/** For older Excel: Shift_JIS (CP932). */
export function auditToCsvShiftJis(entries: readonly AuditEntry[]): Uint8Array {
  return encodeShiftJis(auditToCsvText(entries))
}

export function auditToJson(entries: readonly AuditEntry[]): string {
  return JSON.stringify({ format: 'post-guard-audit', version: 2, entries: [...entries].sort((a, b) => a.at - b.at) }, null, 2) + '\n'
}
