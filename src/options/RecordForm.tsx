/**
 * 別紙1 ソーシャルメディア利用届出書 as a form (required fields marked 必須, 届出日 in 令和 beside the
 * ISO date, the tone scale explained as on the printed form), and 別紙2 廃止届出書 (a destructive
 * action that asks for confirmation; also used to correct a retired record's notice).
 */
import { useState } from 'preact/hooks'
import * as v from 'valibot'
import { AccountRecordSchema, FIELD_LABEL } from '../registry/io'
import { SERVICES, type AccountRecord, type Service } from '../registry/model'
import { serviceLabel, TONE_LEVELS, warekiDate } from '../ui/format'
import { t } from '../ui/i18n'
import { ListField } from './ListField'

/** Fields 別紙1 requires (the schema's `required` fields plus the choices). */
export const REQUIRED_FIELDS: ReadonlySet<string> = new Set(['department', 'manager', 'service', 'accountName', 'url', 'purpose', 'tone', 'approval', 'contactPerson', 'contact', 'filedOn'])

function Required({ k }: { k: string }) {
  return REQUIRED_FIELDS.has(k) ? (
    <span class="req" aria-hidden="true">
      {t('optRequired')}
    </span>
  ) : null
}

export function RecordForm({ record, onSave, onCancel }: { record: AccountRecord; onSave: (r: AccountRecord) => Promise<void>; onCancel: () => void }) {
  const [draft, setDraft] = useState<AccountRecord>(record)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const set = <K extends keyof AccountRecord>(k: K, value: AccountRecord[K]) => setDraft({ ...draft, [k]: value })
  const own = draft.ownContacts
  const field = (k: keyof AccountRecord, input: preact.ComponentChild, hint?: preact.ComponentChild) => (
    <div class={`field ${errors[k] ? 'invalid' : ''}`}>
      <div class="label-line">
        <label for={`f-${k}`}>{FIELD_LABEL[k]}</label>
        <Required k={k} />
      </div>
      {input}
      {hint && <small id={`h-${k}`}>{hint}</small>}
      {errors[k] && (
        <small class="error" id={`e-${k}`} role="alert">
          {errors[k]}
        </small>
      )}
    </div>
  )
  const described = (k: string, hint: boolean) => [errors[k] ? `e-${k}` : '', hint ? `h-${k}` : ''].filter(Boolean).join(' ') || undefined
  const text = (k: 'department' | 'manager' | 'serviceName' | 'accountName' | 'url' | 'contactPerson' | 'contact', inputMode: 'text' | 'url' = 'text', hint = false) => (
    <input
      id={`f-${k}`}
      type="text"
      inputMode={inputMode}
      spellcheck={false}
      value={draft[k]}
      required={REQUIRED_FIELDS.has(k)}
      aria-required={REQUIRED_FIELDS.has(k) ? 'true' : undefined}
      aria-invalid={errors[k] ? 'true' : undefined}
      aria-describedby={described(k, hint)}
      onInput={(e) => set(k, e.currentTarget.value)}
    />
  )
  const submit = async (e: Event) => {
    e.preventDefault()
    const r = v.safeParse(AccountRecordSchema, draft)
    if (!r.success) {
      const next: Record<string, string> = {}
      for (const issue of r.issues) {
        const path = (issue.path ?? []).map((p) => String(p.key))
        const key = path[0] === 'ownContacts' ? `ownContacts.${path[1] ?? ''}` : (path[0] ?? '')
        next[key] ??= issue.message
      }
      setErrors(next)
      return
    }
    setErrors({})
    await onSave(r.output as AccountRecord)
  }
  const retired = draft.status === 'retired'
  return (
    <form class="card form" onSubmit={submit} noValidate aria-labelledby="form-title">
      <h2 id="form-title">{retired ? t('optForm1CorrectTitle') : t('optForm1Title')}</h2>
      <p class="lead">{t('optForm1Lead')}</p>
      <p class="req-note">
        <span class="req" aria-hidden="true">
          {t('optRequired')}
        </span>
        {t('optRequiredNote')}
      </p>
      <div class="grid">
        {field('department', text('department'))}
        {field('manager', text('manager'))}
        {field(
          'service',
          <select id="f-service" value={draft.service} onChange={(e) => set('service', e.currentTarget.value as Service)}>
            {SERVICES.map((s) => (
              <option key={s} value={s}>
                {serviceLabel(s)}
              </option>
            ))}
          </select>,
        )}
        {(draft.service === 'other' || draft.service === 'blog') && field('serviceName', text('serviceName'))}
        {field('accountName', text('accountName'))}
        {field('url', text('url', 'url', true), t('optUrlHint'))}
        {field('contactPerson', text('contactPerson'))}
        {field('contact', text('contact'))}
        {field(
          'filedOn',
          <input id="f-filedOn" type="date" value={draft.filedOn} required aria-required="true" aria-describedby="h-filedOn" onInput={(e) => set('filedOn', e.currentTarget.value)} />,
          <span class="wareki">{/^\d{4}-\d{2}-\d{2}$/.test(draft.filedOn) ? warekiDate(draft.filedOn) : ''}</span>,
        )}
      </div>
      {field('purpose', <textarea id="f-purpose" rows={3} required aria-required="true" value={draft.purpose} onInput={(e) => set('purpose', e.currentTarget.value)} />)}
      {field('introduction', <textarea id="f-introduction" rows={2} value={draft.introduction} onInput={(e) => set('introduction', e.currentTarget.value)} />, t('optIntroductionHint'))}
      <fieldset class="field" aria-describedby="tone-explain">
        <legend>
          {FIELD_LABEL.tone}
          <Required k="tone" />
        </legend>
        <div class="tone-choice">
          <span class="tone-end">{t('toneStiff')}</span>
          {TONE_LEVELS.map((lv) => (
            <label key={lv} class={draft.tone === lv ? 'chip on' : 'chip'}>
              <input type="radio" name="tone" value={lv} checked={draft.tone === lv} onChange={() => set('tone', lv)} />
              {lv}
            </label>
          ))}
          <span class="tone-end">{t('toneSoft')}</span>
        </div>
        <small id="tone-explain" class="tone-explain">
          {t('optToneExplain')}
        </small>
      </fieldset>
      <div class="grid">
        <fieldset class="field">
          <legend>
            {FIELD_LABEL.approval}
            <Required k="approval" />
          </legend>
          <label class="chip-line">
            <input type="radio" name="approval" checked={draft.approval} onChange={() => set('approval', true)} /> {t('approvalRequired')}
          </label>
          <label class="chip-line">
            <input type="radio" name="approval" checked={!draft.approval} onChange={() => set('approval', false)} /> {t('approvalNotRequired')}
          </label>
        </fieldset>
        <fieldset class="field">
          <legend>{FIELD_LABEL.broadcastOnly}</legend>
          <label class="chip-line">
            <input type="checkbox" checked={draft.broadcastOnly} onChange={(e) => set('broadcastOnly', e.currentTarget.checked)} /> {t('broadcastOnlyYes')}
          </label>
        </fieldset>
      </div>
      <details class="own" open={(['phones', 'emailDomains', 'addresses', 'domains'] as const).some((k) => errors[`ownContacts.${k}`])}>
        <summary>{t('optOwnContacts')}</summary>
        <p class="lead">{t('optOwnContactsLead')}</p>
        <div class="grid">
          {(['phones', 'emailDomains', 'addresses', 'domains'] as const).map((k) => (
            <div key={k} class={errors[`ownContacts.${k}`] ? 'invalid' : ''}>
              <ListField id={`f-own-${k}`} label={FIELD_LABEL[`ownContacts.${k}`]!} values={own[k]} rows={3} live onChange={(values) => set('ownContacts', { ...own, [k]: values })} />
              {errors[`ownContacts.${k}`] && (
                <small class="error" role="alert">
                  {errors[`ownContacts.${k}`]}
                </small>
              )}
            </div>
          ))}
        </div>
      </details>
      {Object.keys(errors).length > 0 && (
        <p class="notice error" role="alert">
          {t('optFormHasErrors')}
        </p>
      )}
      <div class="form-actions">
        <button type="button" class="btn secondary" onClick={onCancel}>
          {t('dialogCancel')}
        </button>
        <button type="submit" class="btn">
          {t('optSave')}
        </button>
      </div>
    </form>
  )
}

/** 別紙2: retire a record (confirmation required), or correct a retired record's notice. */
export function RetireForm({ record, today, onSave, onCancel }: { record: AccountRecord; today: string; onSave: (r: AccountRecord) => Promise<void>; onCancel: () => void }) {
  const correcting = record.status === 'retired'
  const [reason, setReason] = useState(record.retirement?.reason ?? '')
  const [date, setDate] = useState(record.retirement?.date ?? today)
  const [confirmed, setConfirmed] = useState(correcting)
  const [error, setError] = useState('')
  return (
    <form
      class="card form retire"
      noValidate
      aria-labelledby="retire-title"
      onSubmit={async (e) => {
        e.preventDefault()
        if (!reason.trim()) return setError(t('optReasonRequired'))
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError(t('optDateRequired'))
        if (!confirmed) return setError(t('optRetireConfirmRequired'))
        await onSave({ ...record, status: 'retired', retirement: { reason: reason.trim(), date, filedOn: record.retirement?.filedOn || today } })
      }}
    >
      <h2 id="retire-title">{correcting ? t('optForm2CorrectTitle') : t('optForm2Title')}</h2>
      <p class="lead">{t('optForm2Lead', record.accountName)}</p>
      <div class="field">
        <div class="label-line">
          <label for="f-reason">{FIELD_LABEL['retirement.reason']}</label>
          <span class="req" aria-hidden="true">
            {t('optRequired')}
          </span>
        </div>
        <textarea id="f-reason" rows={3} required aria-required="true" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      </div>
      <div class="field">
        <div class="label-line">
          <label for="f-date">{FIELD_LABEL['retirement.date']}</label>
          <span class="req" aria-hidden="true">
            {t('optRequired')}
          </span>
        </div>
        <input id="f-date" type="date" required aria-required="true" aria-describedby="h-date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        <small id="h-date" class="wareki">
          {/^\d{4}-\d{2}-\d{2}$/.test(date) ? warekiDate(date) : ''}
        </small>
      </div>
      {!correcting && (
        <div class="danger-zone">
          <p>{t('optRetireWarning')}</p>
          <label class="chip-line">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} /> {t('optRetireCheck', record.accountName)}
          </label>
        </div>
      )}
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      <div class="form-actions">
        <button type="button" class="btn secondary" onClick={onCancel}>
          {t('dialogCancel')}
        </button>
        <button type="submit" class={correcting ? 'btn' : 'btn danger'}>
          {correcting ? t('optSave') : t('optRetireConfirm')}
        </button>
      </div>
    </form>
  )
}
