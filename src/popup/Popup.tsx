/**
 * Toolbar popup: for the current tab, the acting account's registration (tone level as the form
 * shows it, 決裁 要/不要, department, manager, person in charge, contact, broadcast-only), whether
 * the page is protected, the focused draft's findings, and the emergency-mode switch.
 */
import { useEffect, useState } from 'preact/hooks'
import { matchAccount, type AccountRecord } from '../registry/model'
import type { AccountContext, ActingAccount, Problem, TabStatus } from '../shared/protocol'
import { remaining, serviceLabel, TONE_LEVELS, warekiDate } from '../ui/format'
import { t, type MessageKey } from '../ui/i18n'
import { ProblemList } from '../ui/Problems'
import type { AccountIncidents, IncidentAction, SendLogLine } from '../background/workflows'
import type { IncidentKind } from '../shared/protocol'
import { Incidents } from './Incidents'
import { ProfileSection } from './Profile'
import { Report } from './Report'

export interface PopupProps {
  /** null: the tab is not a supported site (or has not reported yet). */
  status: TabStatus | null
  context: AccountContext | null
  record: AccountRecord | null
  now: number
  emergencyUntil: number | null
  onEmergency: (minutes: number | null) => void
  onOpenOptions: (hash?: string) => void
  /** Skipped settings, failed writes (from the background and this page's own read). */
  problems?: readonly Problem[]
  /** Why the last emergency switch was refused. */
  emergencyError?: string | null
  /** Only the administrator may switch emergency mode. */
  emergencyAdminOnly?: boolean
  /** The acting account's incident checklists (6(2)–6(4)). */
  incidents?: AccountIncidents
  /** The account's sends from this browser in the last 24 hours (shown in the 乗っ取り checklist). */
  sendLog?: readonly SendLogLine[]
  keepSentText?: boolean
  onIncident?: (kind: IncidentKind, action: IncidentAction, step?: string) => void
  /** E-mail addresses for 「所属長・企画課に報告」 (options page). */
  reportRecipients?: readonly string[]
  /** The text selected on the current tab. */
  getSelection?: () => Promise<string>
  copy?: (text: string) => Promise<boolean>
  onReported?: (via: 'clipboard' | 'mail') => void
  /** Every registry record (the profile check and the impersonation warning compare the shown profile with them). */
  records?: readonly AccountRecord[]
}

/** An account's own registration from the registry (an account with no handle is never registered). */
function ownRegistration(records: readonly AccountRecord[], account: ActingAccount): 'registered' | 'retired' | 'unregistered' {
  const r = matchAccount(records, account)
  return r ? (r.status === 'retired' ? 'retired' : 'registered') : 'unregistered'
}

const EMERGENCY_CHOICES = [60, 180, 360, 720, 1440]

const REG_KEY: Record<AccountContext['registration'], MessageKey> = {
  registered: 'regRegistered',
  unregistered: 'regUnregistered',
  retired: 'regRetired',
  unknown: 'regUnknown',
}

export function Popup(props: PopupProps) {
  const { status, context, record, now, emergencyUntil } = props
  const also = status?.account?.also ?? []
  const [minutes, setMinutes] = useState(180)
  const emergencyOn = emergencyUntil !== null && emergencyUntil > now
  return (
    <main class="popup">
      <header class="head">
        <span class="logo" aria-hidden="true" />
        <h1>{t('extName')}</h1>
        <ProtectionPill status={status} context={context} />
      </header>

      <ProblemList problems={props.problems ?? []} compact />

      {status && !status.protected && status.reason && (
        <p class="unprotected-reason" role="status" data-testid="unprotected-reason">
          {t(status.reason as MessageKey)}
        </p>
      )}

      {emergencyOn && (
        <div class="emergency-banner" role="status">
          <strong>{t('emergencyOnTitle')}</strong>
          <span>{t('emergencyRemaining', remaining(emergencyUntil - now))}</span>
        </div>
      )}

      {status?.account && props.incidents?.flaming && props.incidents.flaming.closedAt === undefined && (
        <div class="incident-banner" role="status" data-testid="incident-banner">
          <strong>{t('incidentBannerTitle')}</strong>
          <span>{t('incidentBannerBody')}</span>
        </div>
      )}

      {!status ? (
        <section class="card muted">
          <p>{t('popupNotSupported')}</p>
        </section>
      ) : (
        <>
          <section class="card" aria-labelledby="acct-h">
            <h2 id="acct-h" class="section-title">{t('popupAccount')}</h2>
            {also.length === 0 ? (
              <div class="acct-line">
                <span class="site">{serviceLabel(status.site)}</span>
                <span class="handle">{status.account?.handle ? `@${status.account.handle}` : t('popupAccountUnknown')}</span>
                {context && <span class={`reg ${context.registration}`}>{t(REG_KEY[context.registration])}</span>}
              </div>
            ) : (
              <>
                {/* Meta Business Suite: each destination with its own registration; the context below is the strictest of them. */}
                {[status.account!, ...also].map((a, i) => {
                  const reg = ownRegistration(props.records ?? [], a)
                  return (
                    <div class="acct-line" data-account-site={a.site} key={i}>
                      <span class="site">{serviceLabel(a.site)}</span>
                      <span class="handle">{a.handle ? `@${a.handle}` : (a.name ?? (a.site === 'instagram' ? t('popupAccountUnknownInstagram') : t('popupAccountUnknown')))}</span>
                      <span class={`reg ${reg}`}>{t(REG_KEY[reg])}</span>
                    </div>
                  )
                })}
                <p class="sub also-note">{t('popupAlsoNote')}</p>
              </>
            )}
            {record && <p class="acct-name">{record.accountName}</p>}

            {context?.registration === 'unregistered' && (
              <div class="notice warn" role="alert">
                <p>{t('popupUnregisteredBody')}</p>
                <button type="button" class="link" onClick={() => props.onOpenOptions(`#register?service=${status.site}&handle=${encodeURIComponent(status.account?.handle ?? '')}`)}>
                  {t('popupRegisterLink')}
                </button>
              </div>
            )}
            {context?.registration === 'retired' && (
              <div class="notice warn" role="alert">
                <p>{t('popupRetiredBody', record?.retirement?.date ? warekiDate(record.retirement.date) : '—')}</p>
              </div>
            )}

            {context && (
              <>
                <div class="tone" role="group" aria-label={t('toneLabel')}>
                  <div class="tone-head">
                    <span>
                      {t('toneLabel')}
                      {context.provisional && <strong class="provisional">{t('popupProvisional', String(context.tone))}</strong>}
                    </span>
                    <span class="tone-ends">
                      {t('toneStiff')} ← → {t('toneSoft')}
                    </span>
                  </div>
                  <ol class={context.provisional ? 'tone-scale provisional' : 'tone-scale'}>
                    {TONE_LEVELS.map((n) => (
                      <li class={n === context.tone ? 'on' : ''} aria-current={n === context.tone ? 'true' : undefined} key={n}>
                        {n}
                      </li>
                    ))}
                  </ol>
                </div>
                <dl class="facts">
                  <dt>{t('fieldApproval')}</dt>
                  <dd class={context.approval ? 'strong' : ''}>{provisional(context, context.approval ? t('approvalRequired') : t('approvalNotRequired'))}</dd>
                  <dt>{t('fieldBroadcastOnly')}</dt>
                  <dd>{provisional(context, context.broadcastOnly ? t('broadcastOnlyYes') : t('broadcastOnlyNo'))}</dd>
                  {record && (
                    <>
                      <dt>{t('fieldDepartment')}</dt>
                      <dd>{record.department || '—'}</dd>
                      <dt>{t('fieldManager')}</dt>
                      <dd>{record.manager || '—'}</dd>
                      <dt>{t('fieldContactPerson')}</dt>
                      <dd>{record.contactPerson || '—'}</dd>
                      <dt>{t('fieldContact')}</dt>
                      <dd>{record.contact || '—'}</dd>
                    </>
                  )}
                </dl>
                {context.provisional && <p class="sub provisional-note">{t('popupProvisionalNote')}</p>}
              </>
            )}
          </section>

          {status.profile && <ProfileSection profile={status.profile} records={props.records ?? (record ? [record] : [])} />}

          <section class="card" aria-labelledby="draft-h">
            <h2 id="draft-h" class="section-title">{t('popupDraft')}</h2>
            {!status.protected ? (
              <p class="notice warn">{t('popupUnprotectedBody')}</p>
            ) : status.focused && status.focused.findings > 0 ? (
              <p class={`draft ${status.focused.verdict}`}>
                <span class={`dot ${status.focused.verdict}`} aria-hidden="true" />
                {t('popupFindings', status.focused.findings, t(verdictKey(status.focused.verdict)))}
                <span class="counts">{t('popupCounts', status.focused.block, status.focused.warn, status.focused.info)}</span>
              </p>
            ) : (
              <p class="draft ok">
                <span class="dot ok" aria-hidden="true" />
                {status.composers > 0 ? t('popupNoFindings') : t('popupNoComposer')}
              </p>
            )}
            <p class="sub">{t('popupComposers', status.composers)}</p>
          </section>

          {props.onIncident && status.account && (
            <Incidents site={status.site} incidents={props.incidents ?? {}} sendLog={props.sendLog ?? []} keepSentText={props.keepSentText ?? false} onIncident={props.onIncident} />
          )}

          {props.getSelection && props.copy && (
            <Report
              url={status.url}
              account={reportAccount(status, record)}
              now={now}
              recipients={props.reportRecipients ?? []}
              getSelection={props.getSelection}
              copy={props.copy}
              onReported={props.onReported ?? (() => undefined)}
              onOpenOptions={props.onOpenOptions}
            />
          )}
        </>
      )}

      <section class="card" aria-labelledby="em-h">
        <h2 id="em-h" class="section-title">{t('emergencyTitle')}</h2>
        <p class="sub">{t('emergencyBody')}</p>
        {props.emergencyError && (
          <p class="notice warn" role="alert">
            {props.emergencyError}
          </p>
        )}
        {props.emergencyAdminOnly ? (
          <p class="sub">{t('emergencyAdminOnly')}</p>
        ) : emergencyOn ? (
          <button type="button" class="btn danger" onClick={() => props.onEmergency(null)}>
            {t('emergencyTurnOff')}
          </button>
        ) : (
          <div class="row">
            <label class="sr-only" for="em-min">
              {t('emergencyDuration')}
            </label>
            <select id="em-min" value={minutes} onChange={(e) => setMinutes(Number((e.target as HTMLSelectElement).value))}>
              {EMERGENCY_CHOICES.map((m) => (
                <option value={m} key={m}>
                  {remaining(m * 60_000)}
                </option>
              ))}
            </select>
            <button type="button" class="btn" onClick={() => props.onEmergency(minutes)}>
              {t('emergencyTurnOn')}
            </button>
          </div>
        )}
      </section>

      <footer class="foot">
        <button type="button" class="link" onClick={() => props.onOpenOptions()}>
          {t('popupOpenOptions')}
        </button>
        <span>{t('popupPrivacy')}</span>
      </footer>
    </main>
  )
}

/** 「X @yanagawa_city（柳川市公式）」 */
function reportAccount(status: TabStatus, record: AccountRecord | null): string {
  const handle = status.account?.handle ? `@${status.account.handle}` : (status.account?.name ?? '')
  if (!handle && !record) return ''
  return `${serviceLabel(status.site)} ${handle}${record ? `（${record.accountName}）` : ''}`.trim()
}

function verdictKey(v: string): MessageKey {
  return v === 'block' ? 'severityBlock' : v === 'warn' ? 'severityWarn' : 'severityInfo'
}

/** A value assumed for an unregistered account: 「仮：要（未登録）」. */
function provisional(context: AccountContext, value: string): string {
  return context.provisional ? t('popupProvisionalValue', value) : value
}

function ProtectionPill({ status, context }: { status: TabStatus | null; context: AccountContext | null }) {
  if (!status) return <span class="pill idle">{t('popupIdle')}</span>
  // Never a green "protected" beside a retired account's warning: posting from it is not allowed.
  if (status.protected && context?.registration === 'retired') {
    return (
      <span class="pill bad" data-protection="retired">
        {t('popupRetiredPill')}
      </span>
    )
  }
  return status.protected ? (
    <span class="pill ok" data-protection="protected">
      {t('popupProtected')}
    </span>
  ) : (
    <span class="pill bad" data-protection="unprotected" title={status.reason ? t(status.reason as MessageKey) : undefined}>
      {t('popupUnprotected')}
    </span>
  )
}

/** Re-render every 30 s so the emergency countdown stays true while the popup is open. */
export function useNow(): number {
  const [now, setNow] = useState(Date.now())
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 30_000)
    return () => clearInterval(id)
  }, [])
  return now
}
