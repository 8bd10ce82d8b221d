/**
 * 送信記録 tab: the audit log (sends, blocks, confirmed warnings, settings changes, emergency
 * switches), newest first, filtered by period, account and result, exported for Excel or as JSON.
 * Never the text of a post: only which rules found something and what was confirmed.
 */
import { useEffect, useMemo, useState } from 'preact/hooks'
import { readAudit, type AuditEntry } from '../background/store'
import { dateTime, isoDate, serviceLabel, warekiDate } from '../ui/format'
import { t } from '../ui/i18n'
import { accountText, auditToCsvShiftJis, auditToCsvUtf8, auditToJson, confirmedText, filterAudit, findingsText, RESULT_LABEL, resultOf, type AuditFilter, type AuditResult } from './audit'
import type { OptionsDeps } from './deps'
import { loadWorkflowSettings } from '../background/workflows'

const PAGE = 200

/** The first and last day of the month `offset` months from `now` (local time), as filter dates. */
export function monthRange(now: number, offset: number): { from: string; to: string } {
  const d = new Date(now)
  const first = new Date(d.getFullYear(), d.getMonth() + offset, 1)
  const last = new Date(d.getFullYear(), d.getMonth() + offset + 1, 0)
  return { from: isoDate(first.getTime()), to: isoDate(last.getTime()) }
}

export function AuditTab({ deps }: { deps: OptionsDeps }) {
  const [log, setLog] = useState<{ entries: AuditEntry[]; skipped: number } | null>(null)
  const [filter, setFilter] = useState<AuditFilter>({ from: '', to: '', account: '', result: '' })
  const [limit, setLimit] = useState(PAGE)
  const [keepText, setKeepText] = useState(false)
  useEffect(() => void readAudit(deps.local).then(setLog), [])
  useEffect(() => void loadWorkflowSettings(deps.local, deps.managed).then((w) => setKeepText(w.keepSentText)).catch(() => undefined), [])
  const accounts = useMemo(() => {
    const m = new Map<string, string>()
    for (const e of log?.entries ?? []) if (e.account && !m.has(e.account)) m.set(e.account, accountText(e))
    return [...m].sort((a, b) => a[1].localeCompare(b[1], 'ja'))
  }, [log])
  const shown = useMemo(() => filterAudit(log?.entries ?? [], filter).sort((a, b) => b.at - a.at), [log, filter])
  if (!log) return <p class="loading">{t('optionsLoading')}</p>
  const stamp = isoDate(deps.now?.() ?? Date.now())
  const set = (patch: Partial<AuditFilter>) => {
    setFilter({ ...filter, ...patch })
    setLimit(PAGE)
  }
  return (
    <section class="card" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('optAuditTitle')}</h2>
      <p class="lead">{keepText ? t('optAuditLeadKept') : t('optAuditLead')}</p>
      {log.skipped > 0 && (
        <p class="notice error" role="alert">
          {t('optAuditSkipped', log.skipped)}
        </p>
      )}
      <form class="toolbar filters" role="search" aria-label={t('optAuditFilter')} onSubmit={(e) => e.preventDefault()}>
        <label class="filter">
          <span>{t('optAuditFrom')}</span>
          <input type="date" value={filter.from} onInput={(e) => set({ from: e.currentTarget.value })} />
        </label>
        <label class="filter">
          <span>{t('optAuditTo')}</span>
          <input type="date" value={filter.to} onInput={(e) => set({ to: e.currentTarget.value })} />
        </label>
        <label class="filter">
          <span>{t('optAuditAccount')}</span>
          <select value={filter.account} onChange={(e) => set({ account: e.currentTarget.value })}>
            <option value="">{t('optAuditAll')}</option>
            {accounts.map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label class="filter">
          <span>{t('optAuditResult')}</span>
          <select value={filter.result} onChange={(e) => set({ result: e.currentTarget.value as AuditResult | '' })}>
            <option value="">{t('optAuditAll')}</option>
            {(Object.keys(RESULT_LABEL) as AuditResult[]).map((r) => (
              <option key={r} value={r}>
                {RESULT_LABEL[r]}
              </option>
            ))}
          </select>
        </label>
      </form>
      <div class="review-bar" data-testid="review-bar">
        <div>
          <strong>{t('reviewTitle')}</strong>
          <p class="hint-inline">{filter.account ? t('reviewReady', accounts.find(([k]) => k === filter.account)?.[1] ?? filter.account) : t('reviewChooseAccount')}</p>
        </div>
        <div class="review-actions">
          <button type="button" class="link" data-period="last-month" onClick={() => set(monthRange(deps.now?.() ?? Date.now(), -1))}>
            {t('reviewLastMonth')}
          </button>
          <button type="button" class="link" data-period="this-month" onClick={() => set(monthRange(deps.now?.() ?? Date.now(), 0))}>
            {t('reviewThisMonth')}
          </button>
        <button type="button" class="btn" data-action="review" disabled={!filter.account || !deps.openReview} onClick={() => deps.openReview?.({ account: filter.account, from: filter.from, to: filter.to })}>
          {t('reviewOpen')}
        </button>
        </div>
      </div>
      <div class="toolbar exports">
        <span class="count" role="status">
          {t('optAuditCount', shown.length, log.entries.length)}
        </span>
        <button type="button" class="btn secondary" disabled={shown.length === 0} onClick={() => deps.download(`post-guard-audit-${stamp}.csv`, auditToCsvUtf8(shown), 'text/csv')}>
          {t('optAuditCsvUtf8')}
        </button>
        <button type="button" class="btn secondary" disabled={shown.length === 0} onClick={() => deps.download(`post-guard-audit-${stamp}-sjis.csv`, auditToCsvShiftJis(shown), 'text/csv;charset=shift_jis')}>
          {t('optAuditCsvSjis')}
        </button>
        <button type="button" class="btn secondary" disabled={shown.length === 0} onClick={() => deps.download(`post-guard-audit-${stamp}.json`, auditToJson(shown), 'application/json')}>
          {t('optAuditJson')}
        </button>
      </div>
      {shown.length === 0 ? (
        <p class="empty">{log.entries.length === 0 ? t('optAuditEmpty') : t('optNoMatch')}</p>
      ) : (
        <table class="records audit">
          <thead>
            <tr>
              <th scope="col">{t('optAuditWhen')}</th>
              <th scope="col">{t('optAuditResult')}</th>
              <th scope="col">{t('optAuditAccount')}</th>
              <th scope="col">{t('optAuditFindings')}</th>
              <th scope="col">{t('optAuditConfirmed')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, limit).map((e, i) => {
              const r = resultOf(e)
              return (
                <tr key={`${e.at}-${i}`} data-result={r}>
                  <td class="when">
                    <div>{dateTime(e.at)}</div>
                    <div class="url">{warekiDate(isoDate(e.at))}</div>
                  </td>
                  <td>
                    <span class={`pill result ${r}`}>{RESULT_LABEL[r]}</span>
                  </td>
                  <td>
                    {e.account ? (
                      <>
                        <div class="acct">{accountText(e)}</div>
                        <div class="url">
                          {e.site ? serviceLabel(e.site) : ''}
                          {e.registration === 'unregistered' && ` ・ ${t('regUnregistered')}`}
                          {e.registration === 'retired' && ` ・ ${t('regRetired')}`}
                        </div>
                      </>
                    ) : (
                      <span class="url">—</span>
                    )}
                  </td>
                  <td class="findings">
                    {e.detail ?? (findingsText(e) || t('optAuditNoFindings'))}
                    {e.text && <div class="sent-text">{e.text}</div>}
                  </td>
                  <td>{confirmedText(e) || '—'}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {shown.length > limit && (
        <button type="button" class="btn secondary more" onClick={() => setLimit(limit + PAGE)}>
          {t('optAuditMore', shown.length - limit)}
        </button>
      )}
    </section>
  )
}
