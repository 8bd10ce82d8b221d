/**
 * Options page: the account registry (別紙1 records: list, search, add, edit, retire with 別紙2,
 * import/export), the policy (severity per rule family within the guideline's limits, word lists,
 * trusted domains, public contacts, reset), and blog/CMS sites. Storage and permissions are
 * injected so component tests run it on fakes.
 */
import { useEffect, useMemo, useState } from 'preact/hooks'
import * as v from 'valibot'
import { DEFAULT_POLICY, FAMILY_LIST, familyFloor, isBelow, WORD_LISTS, type Family, type PartialPolicy, type WordListName } from '../engine'
import type { Severity } from '../engine'
import { allRecords, loadSettings, type Settings, type StorageArea } from '../background/store'
import { AccountRecordSchema, FIELD_LABEL, parseRegistryCsv, parseRegistryJson, publicListCsv, registryToCsv, registryToJson } from '../registry/io'
import { emptyRecord, SERVICES, type AccountRecord, type Service } from '../registry/model'
import { serviceLabel, TONE_LEVELS, warekiDate } from '../ui/format'
import { t, type MessageKey } from '../ui/i18n'

export interface OptionsDeps {
  local: StorageArea
  managed: StorageArea | null
  /** Ask the browser for a host permission (must run inside the click handler). */
  requestHost: (origin: string) => Promise<boolean>
  /** Save a file (download). */
  download: (name: string, text: string, type: string) => void
  /** Open a print view of a form for a record. */
  openPrint: (form: 'form1' | 'form2', id: string) => void
  today: () => string
  newId: () => string
}

type Tab = 'registry' | 'policy' | 'blog'

export function Options({ deps, initialHash = '' }: { deps: OptionsDeps; initialHash?: string }) {
  const [settings, setSettings] = useState<Settings | null>(null)
  const [tab, setTab] = useState<Tab>(initialHash.startsWith('#policy') ? 'policy' : initialHash.startsWith('#blog') ? 'blog' : 'registry')
  const reload = () => loadSettings(deps.local, deps.managed).then(setSettings)
  useEffect(() => void reload(), [])
  if (!settings) return <p class="loading">{t('optionsLoading')}</p>
  const tabs: Array<[Tab, MessageKey]> = [['registry', 'optTabRegistry'], ['policy', 'optTabPolicy'], ['blog', 'optTabBlog']]
  return (
    <main class="options">
      <header class="opt-head">
        <span class="logo" aria-hidden="true" />
        <h1>{t('optionsTitle')}</h1>
        <nav role="tablist" aria-label={t('optionsTitle')}>
          {tabs.map(([id, key]) => (
            <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`panel-${id}`} class={tab === id ? 'tab active' : 'tab'} onClick={() => setTab(id)}>
              {t(key)}
            </button>
          ))}
        </nav>
      </header>
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === 'registry' && <RegistryView deps={deps} settings={settings} reload={reload} initialHash={initialHash} />}
        {tab === 'policy' && <PolicyView deps={deps} settings={settings} reload={reload} />}
        {tab === 'blog' && <BlogView deps={deps} settings={settings} reload={reload} />}
      </div>
      <footer class="opt-foot">{t('popupPrivacy')}</footer>
    </main>
  )
}

// ---------------------------------------------------------------- registry

interface ViewProps {
  deps: OptionsDeps
  settings: Settings
  reload: () => Promise<void>
}

function RegistryView({ deps, settings, reload, initialHash }: ViewProps & { initialHash: string }) {
  const [query, setQuery] = useState('')
  const [editing, setEditing] = useState<AccountRecord | null>(() => {
    const m = /^#register(?:\?(.*))?$/.exec(initialHash)
    if (!m) return null
    const params = new URLSearchParams(m[1] ?? '')
    const rec = emptyRecord(deps.newId(), deps.today())
    const service = params.get('service') as Service | null
    if (service && (SERVICES as readonly string[]).includes(service)) rec.service = service
    const handle = params.get('handle')
    if (handle && rec.service === 'x') rec.url = `https://x.com/${handle}`
    if (handle && rec.service === 'instagram') rec.url = `https://www.instagram.com/${handle}/`
    if (handle && rec.service === 'facebook') rec.url = `https://www.facebook.com/${handle}`
    return rec
  })
  const [retiring, setRetiring] = useState<AccountRecord | null>(null)
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string; details?: string[] } | null>(null)
  const records = allRecords(settings)
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase()
    if (!q) return records
    return records.filter((r) => [r.department, r.accountName, r.url, r.contactPerson, r.purpose].some((f) => f.toLowerCase().includes(q)))
  }, [records, query])

  const saveLocal = async (next: AccountRecord[]) => {
    await deps.local.set({ registry: next })
    await reload()
  }
  const upsert = async (rec: AccountRecord) => {
    const list = settings.registry.filter((r) => r.id !== rec.id)
    await saveLocal([...list, rec])
  }

  const onImport = async (file: File) => {
    const text = await file.text()
    const result = /\.json$/i.test(file.name) || text.trimStart().startsWith('{') || text.trimStart().startsWith('[') ? parseRegistryJson(text) : parseRegistryCsv(text)
    if (!result.ok) {
      setMessage({ kind: 'error', text: t('optImportFailed', file.name), details: result.errors })
      return
    }
    const managedIds = new Set(settings.managed.registry.map((r) => r.id))
    const clash = result.records.filter((r) => managedIds.has(r.id))
    if (clash.length > 0) {
      setMessage({ kind: 'error', text: t('optImportFailed', file.name), details: clash.map((r) => t('optImportManagedClash', r.id)) })
      return
    }
    const byId = new Map(settings.registry.map((r) => [r.id, r]))
    for (const r of result.records) byId.set(r.id, r)
    await saveLocal([...byId.values()])
    setMessage({ kind: 'ok', text: t('optImportDone', result.records.length) })
  }

  if (editing) {
    return (
      <RecordForm
        record={editing}
        onCancel={() => setEditing(null)}
        onSave={async (rec) => {
          await upsert(rec)
          setEditing(null)
          setMessage({ kind: 'ok', text: t('optSaved', rec.accountName) })
        }}
      />
    )
  }
  if (retiring) {
    return (
      <RetireForm
        record={retiring}
        today={deps.today()}
        onCancel={() => setRetiring(null)}
        onSave={async (rec) => {
          await upsert(rec)
          setRetiring(null)
          setMessage({ kind: 'ok', text: t('optRetired', rec.accountName) })
        }}
      />
    )
  }
  return (
    <section class="card" aria-labelledby="registry-title">
      <div class="section-head">
        <h2 id="registry-title">{t('optRegistryTitle')}</h2>
        <button type="button" class="btn" onClick={() => setEditing(emptyRecord(deps.newId(), deps.today()))}>
          {t('optAdd')}
        </button>
      </div>
      <p class="lead">{t('optRegistryLead')}</p>
      {message && (
        <div class={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          <strong>{message.text}</strong>
          {message.details && (
            <ul>
              {message.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div class="toolbar">
        <label class="search">
          <span>{t('optSearch')}</span>
          <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} placeholder={t('optSearchPlaceholder')} />
        </label>
        <label class="btn secondary file">
          {t('optImport')}
          <input
            type="file"
            accept=".csv,.json,text/csv,application/json"
            class="sr-only"
            data-testid="import"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0]
              e.currentTarget.value = ''
              if (f) void onImport(f)
            }}
          />
        </label>
        <button type="button" class="btn secondary" onClick={() => deps.download('post-guard-registry.csv', registryToCsv(records), 'text/csv')}>
          {t('optExportCsv')}
        </button>
        <button type="button" class="btn secondary" onClick={() => deps.download('post-guard-registry.json', registryToJson(records), 'application/json')}>
          {t('optExportJson')}
        </button>
        <button type="button" class="btn secondary" onClick={() => deps.download('official-accounts.csv', publicListCsv(records), 'text/csv')}>
          {t('optExportPublic')}
        </button>
      </div>
      {shown.length === 0 ? (
        <p class="empty">{records.length === 0 ? t('optRegistryEmpty') : t('optNoMatch')}</p>
      ) : (
        <table class="records">
          <thead>
            <tr>
              <th scope="col">{FIELD_LABEL.department}</th>
              <th scope="col">{FIELD_LABEL.service}</th>
              <th scope="col">{FIELD_LABEL.accountName}</th>
              <th scope="col">{t('toneLabel')}</th>
              <th scope="col">{t('fieldApproval')}</th>
              <th scope="col">{t('optStatus')}</th>
              <th scope="col">
                <span class="sr-only">{t('optActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id} class={r.status === 'retired' ? 'retired' : ''}>
                <td>{r.department}</td>
                <td>{serviceLabel(r.service)}</td>
                <td>
                  <div class="acct">{r.accountName}</div>
                  <div class="url">{r.url}</div>
                </td>
                <td class="num">{r.tone}</td>
                <td>{r.approval ? t('approvalRequired') : t('approvalNotRequired')}</td>
                <td>
                  <span class={`pill ${r.status === 'retired' ? 'idle' : 'ok'}`}>{r.status === 'retired' ? t('regRetired') : t('regRegistered')}</span>
                  {r.managed && <span class="pill idle">{t('optManaged')}</span>}
                </td>
                <td class="actions">
                  {!r.managed && r.status === 'active' && (
                    <button type="button" class="link" onClick={() => setEditing(r)} aria-label={`${t('optEdit')}: ${r.accountName}`}>
                      {t('optEdit')}
                    </button>
                  )}
                  {!r.managed && r.status === 'active' && (
                    <button type="button" class="link" onClick={() => setRetiring(r)} aria-label={`${t('optRetire')}: ${r.accountName}`}>
                      {t('optRetire')}
                    </button>
                  )}
                  <button type="button" class="link" onClick={() => deps.openPrint('form1', r.id)}>
                    {t('optPrintForm1')}
                  </button>
                  {r.status === 'retired' && (
                    <button type="button" class="link" onClick={() => deps.openPrint('form2', r.id)}>
                      {t('optPrintForm2')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

function splitLines(s: string): string[] {
  return s.split(/\r?\n/).map((x) => x.trim()).filter(Boolean)
}

export function RecordForm({ record, onSave, onCancel }: { record: AccountRecord; onSave: (r: AccountRecord) => Promise<void>; onCancel: () => void }) {
  const [draft, setDraft] = useState<AccountRecord>(record)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const set = <K extends keyof AccountRecord>(k: K, value: AccountRecord[K]) => setDraft({ ...draft, [k]: value })
  const own = draft.ownContacts
  const field = (k: keyof AccountRecord, input: preact.ComponentChild, hint?: string) => (
    <div class={`field ${errors[k] ? 'invalid' : ''}`}>
      <label for={`f-${k}`}>{FIELD_LABEL[k]}</label>
      {input}
      {hint && <small id={`h-${k}`}>{hint}</small>}
      {errors[k] && (
        <small class="error" id={`e-${k}`} role="alert">
          {errors[k]}
        </small>
      )}
    </div>
  )
  const text = (k: 'department' | 'manager' | 'serviceName' | 'accountName' | 'url' | 'contactPerson' | 'contact', inputMode: 'text' | 'url' = 'text') => (
    <input id={`f-${k}`} type="text" inputMode={inputMode} spellcheck={false} value={draft[k]} aria-invalid={errors[k] ? 'true' : undefined} aria-describedby={errors[k] ? `e-${k}` : undefined} onInput={(e) => set(k, e.currentTarget.value)} />
  )
  const submit = async (e: Event) => {
    e.preventDefault()
    const r = v.safeParse(AccountRecordSchema, draft)
    if (!r.success) {
      const next: Record<string, string> = {}
      for (const issue of r.issues) {
        const key = String(issue.path?.[0]?.key ?? '')
        next[key] ??= issue.message
      }
      setErrors(next)
      return
    }
    setErrors({})
    await onSave(r.output as AccountRecord)
  }
  return (
    <form class="card form" onSubmit={submit} noValidate aria-labelledby="form-title">
      <h2 id="form-title">{t('optForm1Title')}</h2>
      <p class="lead">{t('optForm1Lead')}</p>
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
        {field('url', text('url', 'url'), t('optUrlHint'))}
        {field('contactPerson', text('contactPerson'))}
        {field('contact', text('contact'))}
        {field('filedOn', <input id="f-filedOn" type="date" value={draft.filedOn} onInput={(e) => set('filedOn', e.currentTarget.value)} />)}
      </div>
      {field('purpose', <textarea id="f-purpose" rows={3} value={draft.purpose} onInput={(e) => set('purpose', e.currentTarget.value)} />)}
      {field('introduction', <textarea id="f-introduction" rows={2} value={draft.introduction} onInput={(e) => set('introduction', e.currentTarget.value)} />)}
      <fieldset class="field">
        <legend>{FIELD_LABEL.tone}</legend>
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
      </fieldset>
      <div class="grid">
        <fieldset class="field">
          <legend>{FIELD_LABEL.approval}</legend>
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
      <details class="own">
        <summary>{t('optOwnContacts')}</summary>
        <p class="lead">{t('optOwnContactsLead')}</p>
        <div class="grid">
          {(['phones', 'emailDomains', 'addresses', 'domains'] as const).map((k) => (
            <div class="field" key={k}>
              <label for={`f-own-${k}`}>{FIELD_LABEL[`ownContacts.${k}`]}</label>
              <textarea id={`f-own-${k}`} rows={3} value={own[k].join('\n')} onInput={(e) => set('ownContacts', { ...own, [k]: splitLines(e.currentTarget.value) })} />
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

function RetireForm({ record, today, onSave, onCancel }: { record: AccountRecord; today: string; onSave: (r: AccountRecord) => Promise<void>; onCancel: () => void }) {
  const [reason, setReason] = useState('')
  const [date, setDate] = useState(today)
  const [error, setError] = useState('')
  return (
    <form
      class="card form"
      noValidate
      aria-labelledby="retire-title"
      onSubmit={async (e) => {
        e.preventDefault()
        if (!reason.trim()) return setError(t('optReasonRequired'))
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError(t('optDateRequired'))
        await onSave({ ...record, status: 'retired', retirement: { reason: reason.trim(), date, filedOn: today } })
      }}
    >
      <h2 id="retire-title">{t('optForm2Title')}</h2>
      <p class="lead">{t('optForm2Lead', record.accountName)}</p>
      <div class="field">
        <label for="f-reason">{FIELD_LABEL['retirement.reason']}</label>
        <textarea id="f-reason" rows={3} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="f-date">{FIELD_LABEL['retirement.date']}</label>
        <input id="f-date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        <small>{warekiDate(date)}</small>
      </div>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      <div class="form-actions">
        <button type="button" class="btn secondary" onClick={onCancel}>
          {t('dialogCancel')}
        </button>
        <button type="submit" class="btn danger">
          {t('optRetireConfirm')}
        </button>
      </div>
    </form>
  )
}

// ---------------------------------------------------------------- policy

const SEVERITY_CHOICES: Array<Severity | 'off'> = ['block', 'warn', 'info', 'off']
const SEVERITY_KEY: Record<Severity | 'off', MessageKey> = { block: 'severityBlock', warn: 'severityWarn', info: 'severityInfo', off: 'optSeverityOff' }
/** The severities a family may be given: none below the guideline's floor of its rules (engine metadata). */
export function allowedSeverities(family: Family): Array<Severity | 'off'> {
  const floor = familyFloor(family)
  return SEVERITY_CHOICES.filter((s) => !isBelow(s, floor))
}

const LIST_KEY: Record<WordListName, MessageKey> = {
  confidential: 'listConfidential', security: 'listSecurity', undecided: 'listUndecided', policyNouns: 'listPolicyNouns', rumour: 'listRumour',
  insults: 'listInsults', violence: 'listViolence', confrontational: 'listConfrontational', decency: 'listDecency', discrimination: 'listDiscrimination',
  rebuttal: 'listRebuttal', disaster: 'listDisaster', tragedy: 'listTragedy', slang: 'listSlang',
}

function PolicyView({ deps, settings, reload }: ViewProps) {
  const [policy, setPolicy] = useState<PartialPolicy>(settings.policy)
  const [saved, setSaved] = useState(false)
  const locked = new Set(settings.managed.locked)
  const sev = (id: string) => (policy.severities?.[id] ?? settings.managed.policy.severities?.[id] ?? 'default') as Severity | 'off' | 'default'
  const listValue = (name: WordListName) => (policy.words?.[name] ?? settings.managed.policy.words?.[name] ?? DEFAULT_POLICY.words[name]).join('\n')
  const save = async (next: PartialPolicy) => {
    await deps.local.set({ policy: next })
    await reload()
    setSaved(true)
  }
  return (
    <section class="card" aria-labelledby="policy-title">
      <div class="section-head">
        <h2 id="policy-title">{t('optPolicyTitle')}</h2>
        <button
          type="button"
          class="btn secondary"
          onClick={async () => {
            setPolicy({})
            await save({})
          }}
        >
          {t('optReset')}
        </button>
      </div>
      <p class="lead">{t('optPolicyLead')}</p>
      {locked.size > 0 && <p class="notice">{t('optLockedNote')}</p>}
      {saved && (
        <p class="notice ok" role="status">
          {t('optPolicySaved')}
        </p>
      )}
      <table class="records">
        <thead>
          <tr>
            <th scope="col">{t('optFamily')}</th>
            <th scope="col">{t('clause')}</th>
            <th scope="col">{t('optSeverity')}</th>
          </tr>
        </thead>
        <tbody>
          {FAMILY_LIST.map((f) => {
            const isLocked = locked.has(f.id)
            const current = sev(f.id)
            return (
              <tr key={f.id}>
                <td>
                  <label for={`sev-${f.id}`}>{f.meta.title}</label>
                  <div class="url">{f.meta.titleEn}</div>
                </td>
                <td>{f.meta.clauses[0]!.id}</td>
                <td>
                  <select
                    id={`sev-${f.id}`}
                    disabled={isLocked}
                    value={current}
                    onChange={(e) => {
                      const value = e.currentTarget.value
                      const severities = { ...policy.severities }
                      if (value === 'default') delete severities[f.id]
                      else severities[f.id] = value as Severity | 'off'
                      const next = { ...policy, severities }
                      setPolicy(next)
                      void save(next)
                    }}
                  >
                    <option value="default">{t('optSeverityDefault')}</option>
                    {allowedSeverities(f.id).map((s) => (
                      <option key={s} value={s}>
                        {t(SEVERITY_KEY[s])}
                      </option>
                    ))}
                  </select>
                  {isLocked && <span class="pill idle">{t('optManaged')}</span>}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <h3>{t('optWordLists')}</h3>
      <p class="lead">{t('optWordListsLead')}</p>
      <div class="grid lists">
        {WORD_LISTS.map((name) => (
          <div class="field" key={name}>
            <label for={`list-${name}`}>{t(LIST_KEY[name])}</label>
            <textarea
              id={`list-${name}`}
              rows={5}
              disabled={locked.has('words')}
              value={listValue(name)}
              onChange={(e) => {
                const next = { ...policy, words: { ...policy.words, [name]: splitLines(e.currentTarget.value) } }
                setPolicy(next)
                void save(next)
              }}
            />
          </div>
        ))}
      </div>
      <h3>{t('optTrustedDomains')}</h3>
      <div class="grid">
        <div class="field">
          <label for="trusted">{t('optTrustedDomainsLabel')}</label>
          <textarea
            id="trusted"
            rows={6}
            disabled={locked.has('trustedDomains')}
            value={(policy.trustedDomains ?? DEFAULT_POLICY.trustedDomains).join('\n')}
            onChange={(e) => {
              const next = { ...policy, trustedDomains: splitLines(e.currentTarget.value) }
              setPolicy(next)
              void save(next)
            }}
          />
        </div>
        {(['phones', 'emailDomains', 'addresses'] as const).map((k) => (
          <div class="field" key={k}>
            <label for={`contacts-${k}`}>{FIELD_LABEL[`ownContacts.${k}`]}</label>
            <textarea
              id={`contacts-${k}`}
              rows={6}
              disabled={locked.has('contacts')}
              value={(policy.contacts?.[k] ?? DEFAULT_POLICY.contacts[k]).join('\n')}
              onChange={(e) => {
                const next = { ...policy, contacts: { ...policy.contacts, [k]: splitLines(e.currentTarget.value) } }
                setPolicy(next)
                void save(next)
              }}
            />
          </div>
        ))}
      </div>
    </section>
  )
}

// ---------------------------------------------------------------- blog / CMS sites

function BlogView({ deps, settings, reload }: ViewProps) {
  const [host, setHost] = useState('')
  const [error, setError] = useState('')
  const add = async (e: Event) => {
    e.preventDefault()
    let h = host.trim().toLowerCase()
    try {
      h = new URL(h.includes('://') ? h : `https://${h}`).hostname
    } catch {
      return setError(t('optHostInvalid'))
    }
    if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(h)) return setError(t('optHostInvalid'))
    const granted = await deps.requestHost(`https://${h}/*`)
    if (!granted) return setError(t('optHostDenied', h))
    setError('')
    setHost('')
    await deps.local.set({ blogHosts: [...new Set([...settings.blogHosts, h])] })
    await reload()
  }
  return (
    <section class="card" aria-labelledby="blog-title">
      <h2 id="blog-title">{t('optBlogTitle')}</h2>
      <p class="lead">{t('optBlogLead')}</p>
      <form class="toolbar" onSubmit={add}>
        <label class="search">
          <span>{t('optHostLabel')}</span>
          <input value={host} onInput={(e) => setHost(e.currentTarget.value)} placeholder="blog.example.jp" />
        </label>
        <button type="submit" class="btn">
          {t('optHostAdd')}
        </button>
      </form>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      {settings.blogHosts.length === 0 ? (
        <p class="empty">{t('optHostEmpty')}</p>
      ) : (
        <ul class="hosts">
          {settings.blogHosts.map((h) => (
            <li key={h}>
              <code>{h}</code>
              <button
                type="button"
                class="link"
                onClick={async () => {
                  await deps.local.set({ blogHosts: settings.blogHosts.filter((x) => x !== h) })
                  await reload()
                }}
              >
                {t('optHostRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
