/**
 * 「所属長・企画課に報告」 (ガイドライン4(5)): a report of an important mention — the page's URL,
 * the acting account, the text the person selected on the page, the time in 令和 and a note — to
 * copy, or to open as an e-mail to the recipients set in the options page. The extension sends
 * nothing itself; it reminds not to deny or argue on the spot.
 */
import { useState } from 'preact/hooks'
import { REPORT_REMINDER, reportMailto, reportText, warekiDateTime, type MentionReport } from '../background/workflows'
import { t } from '../ui/i18n'

export interface ReportProps {
  url: string
  account: string
  now: number
  recipients: readonly string[]
  /** The text selected on the page (empty when nothing is selected or the page cannot be read). */
  getSelection: () => Promise<string>
  copy: (text: string) => Promise<boolean>
  onReported: (via: 'clipboard' | 'mail') => void
  onOpenOptions: (hash?: string) => void
}

export function Report(props: ReportProps) {
  const [open, setOpen] = useState(false)
  const [selection, setSelection] = useState('')
  const [note, setNote] = useState('')
  const [copied, setCopied] = useState<boolean | null>(null)
  const start = async () => {
    setOpen(true)
    setCopied(null)
    setSelection(((await props.getSelection().catch(() => '')) || '').slice(0, 5000))
  }
  const report: MentionReport = { url: props.url, account: props.account, selection, when: warekiDateTime(props.now), note }
  const text = reportText(report)
  return (
    <section class="card report" aria-labelledby="rep-h" data-testid="report">
      <h2 id="rep-h" class="section-title">
        {t('reportTitle')}
      </h2>
      {!open ? (
        <>
          <p class="sub">{t('reportLead')}</p>
          <button type="button" class="btn" data-action="report" onClick={() => void start()}>
            {t('reportButton')}
          </button>
        </>
      ) : (
        <>
          <p class="cl-reminder" role="note">
            {REPORT_REMINDER}
          </p>
          <div class="rep-field">
            <span class="rep-label">{t('reportSelection')}</span>
            {selection ? <blockquote class="rep-quote">{selection}</blockquote> : <p class="sub">{t('reportNoSelection')}</p>}
            <button type="button" class="link" onClick={() => void start()}>
              {t('reportReselect')}
            </button>
          </div>
          <label class="rep-field">
            <span class="rep-label">{t('reportNote')}</span>
            <textarea rows={3} value={note} placeholder={t('reportNotePlaceholder')} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <details class="rep-preview">
            <summary>{t('reportPreview')}</summary>
            <pre>{text}</pre>
          </details>
          <div class="row">
            <button
              type="button"
              class="btn secondary"
              data-action="copy"
              onClick={async () => {
                const ok = await props.copy(text).catch(() => false)
                setCopied(ok)
                if (ok) props.onReported('clipboard')
              }}
            >
              {t('reportCopy')}
            </button>
            {props.recipients.length > 0 ? (
              <a class="btn" data-action="mail" href={reportMailto(props.recipients, report)} target="_blank" rel="noreferrer noopener" onClick={() => props.onReported('mail')}>
                {t('reportMail')}
              </a>
            ) : (
              <button type="button" class="btn" disabled>
                {t('reportMail')}
              </button>
            )}
          </div>
          {copied === true && (
            <p class="sub ok" role="status">
              {t('reportCopied')}
            </p>
          )}
          {copied === false && (
            <p class="notice warn" role="alert">
              {t('reportCopyFailed')}
            </p>
          )}
          {props.recipients.length > 0 ? (
            <p class="sub">{t('reportTo', props.recipients.join(', '))}</p>
          ) : (
            <p class="sub">
              {t('reportNoRecipients')}{' '}
              <button type="button" class="link" onClick={() => props.onOpenOptions('#report')}>
                {t('reportSetRecipients')}
              </button>
            </p>
          )}
          <p class="sub">{t('reportNothingSent')}</p>
        </>
      )}
    </section>
  )
}
