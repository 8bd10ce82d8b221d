/**
 * 報告と記録 tab: the e-mail addresses 「所属長・企画課に報告」 writes to (4(5)), and the
 * administrator's setting to keep the sent text in the send log for the periodic review (4(1);
 * default off). A value the administrator set through managed storage is shown read-only.
 */
import { useEffect, useState } from 'preact/hooks'
import { loadWorkflowSettings, parseRecipients, REPORT_RECIPIENTS_MAX, type WorkflowSettings } from '../background/workflows'
import { t } from '../ui/i18n'
import type { OptionsDeps } from './deps'

export function ReportTab({ deps }: { deps: OptionsDeps }) {
  const [ws, setWs] = useState<WorkflowSettings | null>(null)
  const [text, setText] = useState('')
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const reload = async () => {
    const s = await loadWorkflowSettings(deps.local, deps.managed)
    setWs(s)
    setText(s.reportRecipients.join('\n'))
  }
  useEffect(() => void reload(), [])
  if (!ws) return <p class="loading">{t('optionsLoading')}</p>
  const save = async (e: Event) => {
    e.preventDefault()
    const { ok, bad } = parseRecipients(text)
    if (bad.length > 0) return setMessage({ kind: 'error', text: t('reportRecipientsInvalid', bad.slice(0, 3).join('、')) })
    if (ok.length > REPORT_RECIPIENTS_MAX) return setMessage({ kind: 'error', text: t('reportRecipientsTooMany', REPORT_RECIPIENTS_MAX) })
    await deps.local.set({ reportRecipients: ok })
    await reload()
    setMessage({ kind: 'ok', text: t('reportRecipientsSaved', ok.length) })
  }
  return (
    <section class="card" aria-labelledby="report-title">
      <h2 id="report-title">{t('optReportTitle')}</h2>
      <p class="lead">{t('optReportLead')}</p>
      <form onSubmit={save} class="form">
        <div class="field">
          <label for="recipients">
            {t('reportRecipientsLabel')}
            {ws.recipientsManaged && <span class="pill lock">{t('reportManaged')}</span>}
          </label>
          <textarea id="recipients" rows={4} value={text} disabled={ws.recipientsManaged} placeholder="kikaku@city.yanagawa.lg.jp" onInput={(e) => setText(e.currentTarget.value)} />
          <small>{t('reportRecipientsHint')}</small>
        </div>
        {message && (
          <p class={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        {!ws.recipientsManaged && (
          <div class="form-actions">
            <button type="submit" class="btn">
              {t('reportRecipientsSave')}
            </button>
          </div>
        )}
      </form>

      <h3>{t('keepTextTitle')}</h3>
      <p class="hint">{t('keepTextLead')}</p>
      <label class="chip-line keep-text">
        <input
          type="checkbox"
          checked={ws.keepSentText}
          disabled={ws.keepSentTextManaged}
          data-setting="keepSentText"
          onChange={async (e) => {
            await deps.local.set({ keepSentText: e.currentTarget.checked })
            await reload()
          }}
        />
        {t('keepTextLabel')}
        {ws.keepSentTextManaged && <span class="pill lock">{t('reportManaged')}</span>}
      </label>
      <p class="notice warn-note">{t('keepTextNote')}</p>
    </section>
  )
}
