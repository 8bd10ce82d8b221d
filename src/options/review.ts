/**
 * The manager's periodic review (ガイドライン4(1) 管理者は定期的に発言内容を確認する): one account's
 * sends over a period — when, result, verdict, which warnings were confirmed, blocks — with the
 * post text only where an administrator enabled keeping it; as an A4 sheet and as CSV for Excel.
 */
import type { AuditEntry } from '../background/store'
import { csvCell } from '../registry/io'
import { dateTime, isoDate, warekiDate } from '../ui/format'
import { accountText, confirmedText, findingsText, RESULT_LABEL, resultOf } from './audit'

export interface ReviewQuery {
  /** Account key (`x:yanagawa_city`). */
  account: string
  /** YYYY-MM-DD, inclusive ('' = open). */
  from: string
  to: string
}

export interface ReviewSheet {
  query: ReviewQuery
  /** The account as people know it. */
  accountLabel: string
  /** Send entries of the account in the period, oldest first. */
  entries: AuditEntry[]
  /** Incident checklist and report entries of the account in the period (context for the manager). */
  events: AuditEntry[]
  counts: { sent: number; confirmed: number; blocked: number; cancelled: number }
  /** Some entries carry the text (the administrator enabled keeping it). */
  hasText: boolean
}

const VERDICT_LABEL: Record<string, string> = { ok: '指摘なし', info: '参考', warn: '要確認', block: '送信不可' }

export function reviewSheet(all: readonly AuditEntry[], query: ReviewQuery): ReviewSheet {
  const inPeriod = (e: AuditEntry) => {
    const day = isoDate(e.at)
    return (!query.from || day >= query.from) && (!query.to || day <= query.to) && e.account === query.account
  }
  const mine = all.filter(inPeriod).sort((a, b) => a.at - b.at)
  const entries = mine.filter((e) => e.kind === 'send')
  const events = mine.filter((e) => e.kind === 'incident' || e.kind === 'report')
  const counts = { sent: 0, confirmed: 0, blocked: 0, cancelled: 0 }
  for (const e of entries) {
    const r = resultOf(e)
    if (r === 'sent') counts.sent++
    else if (r === 'confirmed') counts.confirmed++
    else if (r === 'blocked') counts.blocked++
    else if (r === 'cancelled') counts.cancelled++
  }
  const named = [...mine].reverse().find((e) => e.accountName)
  return {
    query,
    accountLabel: named ? accountText(named) : accountText({ at: 0, kind: 'send', account: query.account }),
    entries,
    events,
    counts,
    hasText: entries.some((e) => e.text),
  }
}

/**
 * 「令和8年11月1日 ～ 令和8年11月30日」. An open end is the first or last record's date (「（記録の始めから）」
 * when there is none).
 */
export function periodText(q: ReviewQuery, entries: readonly AuditEntry[] = []): string {
  const first = entries.length > 0 ? isoDate(Math.min(...entries.map((e) => e.at))) : ''
  const last = entries.length > 0 ? isoDate(Math.max(...entries.map((e) => e.at))) : ''
  const a = q.from || first
  const b = q.to || last
  return `${a ? warekiDate(a) : '（記録の始めから）'} ～ ${b ? warekiDate(b) : '（記録の終わりまで）'}`
}

/** Shorter result words for the sheet's narrow column. */
export const SHEET_RESULT: Record<string, string> = { sent: '送信', confirmed: '確認して送信', blocked: '送信を止めた', cancelled: '取りやめ', incident: '緊急時の対応', report: '報告' }

/** 令和 date and time: 令和8年11月24日 10:05. */
export function warekiDateTime(at: number): string {
  return `${warekiDate(isoDate(at))} ${dateTime(at).slice(11)}`
}

const COLUMNS = ['日時', '和暦', '結果', '判定', '指摘（規則と件数）', '確認した項目', '投稿の文章'] as const

/** CSV for Excel (UTF-8 with BOM, CRLF, formulas neutralised): the rows, then the 確認欄. */
export function reviewToCsv(sheet: ReviewSheet): string {
  const lines: string[][] = [
    ['発言内容の定期確認票（ガイドライン4(1)）'],
    ['アカウント', sheet.accountLabel],
    ['期間', periodText(sheet.query, [...sheet.entries, ...sheet.events])],
    ['件数', `送信 ${sheet.counts.sent + sheet.counts.confirmed}件（うち指摘を確認して送信 ${sheet.counts.confirmed}件）、送信を止めた ${sheet.counts.blocked}件、取りやめ ${sheet.counts.cancelled}件`],
    [],
    [...COLUMNS],
  ]
  for (const e of sheet.entries) {
    lines.push([dateTime(e.at), warekiDateTime(e.at), RESULT_LABEL[resultOf(e)], e.verdict ? (VERDICT_LABEL[e.verdict] ?? '') : '', findingsText(e), confirmedText(e), e.text ?? (sheet.hasText ? '' : '（保存しない設定）')])
  }
  for (const e of sheet.events) lines.push([dateTime(e.at), warekiDateTime(e.at), RESULT_LABEL[resultOf(e)], '', e.detail ?? '', '', ''])
  lines.push([], ['確認日', '令和　　年　　月　　日'], ['確認者（職・氏名）', ''], ['所見', ''])
  return '\uFEFF' + lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
