/**
 * Incident checklists in the popup (ガイドライン 6(2) 炎上, 6(3) 成りすまし, 6(4) 乗っ取り): the
 * guideline's steps with who does what, ticks kept per account (the background stores them and
 * writes each change to the audit log), the platform's own pages, and — for a hijack — the posts
 * this browser sent for the account in the last 24 hours to compare with the timeline.
 */
import { INCIDENT_KINDS, PLATFORM_LINKS, PLAYBOOKS, type AccountIncidents, type IncidentAction, type SendLogLine } from '../background/workflows'
import type { Site } from '../engine'
import type { IncidentKind } from '../shared/protocol'
import { dateTime } from '../ui/format'
import { t, type MessageKey } from '../ui/i18n'

export interface IncidentsProps {
  site: Site
  incidents: AccountIncidents
  /** The account's sends from this browser in the last 24 hours (for a hijack). */
  sendLog: readonly SendLogLine[]
  /** The administrator enabled keeping the sent text. */
  keepSentText: boolean
  onIncident: (kind: IncidentKind, action: IncidentAction, step?: string) => void
}

const KIND_KEY: Record<IncidentKind, MessageKey> = { flaming: 'incidentFlaming', impersonation: 'incidentImpersonation', hijack: 'incidentHijack' }
const LINK_KEY: Record<'password' | 'sessions' | 'report', MessageKey> = { password: 'incidentLinkPassword', sessions: 'incidentLinkSessions', report: 'incidentLinkReport' }
const VERDICT_KEY: Record<string, MessageKey> = { ok: 'incidentVerdictOk', info: 'severityInfo', warn: 'severityWarn', block: 'severityBlock' }

export function Incidents(props: IncidentsProps) {
  const open = INCIDENT_KINDS.filter((k) => props.incidents[k] && props.incidents[k]!.closedAt === undefined)
  const closed = INCIDENT_KINDS.filter((k) => props.incidents[k]?.closedAt !== undefined)
  return (
    <section class="card incidents" aria-labelledby="inc-h" data-testid="incidents">
      <h2 id="inc-h" class="section-title">
        {t('incidentTitle')}
      </h2>
      {open.length === 0 && <p class="sub">{t('incidentLead')}</p>}
      <div class="inc-start" role="group" aria-label={t('incidentStart')}>
        {INCIDENT_KINDS.filter((k) => !open.includes(k)).map((k) => (
          <button key={k} type="button" class="btn secondary small" data-incident-start={k} onClick={() => props.onIncident(k, 'start')}>
            {t(KIND_KEY[k])}
            <span class="clause-no">{PLAYBOOKS[k].clause}</span>
          </button>
        ))}
      </div>
      {open.map((k) => (
        <Checklist key={k} kind={k} {...props} />
      ))}
      {closed.length > 0 && (
        <p class="sub closed-list">
          {closed.map((k) => t('incidentClosedAt', t(KIND_KEY[k]), dateTime(props.incidents[k]!.closedAt!))).join(' ／ ')}
        </p>
      )}
    </section>
  )
}

function Checklist({ kind, site, incidents, sendLog, keepSentText, onIncident }: IncidentsProps & { kind: IncidentKind }) {
  const pb = PLAYBOOKS[kind]
  const state = incidents[kind]!
  const done = pb.steps.filter((s) => state.ticks[s.id] !== undefined).length
  const links = PLATFORM_LINKS[site]
  return (
    <div class={`checklist ${kind}`} data-incident={kind}>
      <div class="cl-head">
        <strong>
          {pb.title}
          <span class="clause-no">{t('optClauses', pb.clause)}</span>
        </strong>
        <span class="cl-progress" aria-label={t('incidentProgress', done, pb.steps.length)}>
          {done}/{pb.steps.length}
        </span>
      </div>
      <p class="cl-reminder" role="note">
        {pb.reminder}
      </p>
      <ol class="steps">
        {pb.steps.map((s) => {
          const ticked = state.ticks[s.id] !== undefined
          const href = s.link ? links[s.link] : undefined
          return (
            <li key={s.id} class={ticked ? 'done' : ''}>
              <label>
                <input type="checkbox" checked={ticked} data-step={s.id} onChange={() => onIncident(kind, ticked ? 'untick' : 'tick', s.id)} />
                <span class="step-text">
                  {s.text}
                  <span class="who">{s.who}</span>
                </span>
              </label>
              {s.link && (href ? (
                <a class="step-link" href={href} target="_blank" rel="noreferrer noopener" data-link={s.link}>
                  {t(LINK_KEY[s.link])} ↗
                </a>
              ) : (
                <span class="step-link muted">{t('incidentLinkNone')}</span>
              ))}
              {kind === 'hijack' && s.id === 'compare' && <SendLog lines={sendLog} keepSentText={keepSentText} />}
            </li>
          )
        })}
      </ol>
      <div class="cl-foot">
        <span class="sub">{t('incidentStartedAt', dateTime(state.startedAt))}</span>
        <button type="button" class="link" data-incident-close={kind} onClick={() => onIncident(kind, 'close')}>
          {t('incidentClose')}
        </button>
      </div>
    </div>
  )
}

function SendLog({ lines, keepSentText }: { lines: readonly SendLogLine[]; keepSentText: boolean }) {
  return (
    <div class="sendlog" data-testid="sendlog">
      <p class="sub">{t('incidentSendLogTitle', lines.length)}</p>
      {lines.length === 0 ? (
        <p class="sub">{t('incidentSendLogEmpty')}</p>
      ) : (
        <ul>
          {lines.slice(0, 30).map((l, i) => (
            <li key={`${l.at}-${i}`}>
              <span class="when">{dateTime(l.at).slice(5)}</span>
              <span class={`verdict ${l.verdict ?? 'ok'}`}>{t(VERDICT_KEY[l.verdict ?? 'ok'] ?? 'incidentVerdictOk')}</span>
              {l.text && <span class="text">{l.text.length > 60 ? `${l.text.slice(0, 60)}…` : l.text}</span>}
            </li>
          ))}
        </ul>
      )}
      {!keepSentText && lines.length > 0 && <p class="sub">{t('incidentSendLogNoText')}</p>}
    </div>
  )
}
