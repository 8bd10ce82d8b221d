/**
 * 台帳 tab: the account registry (別紙1 records: list, search, add, edit, retire with 別紙2,
 * correct or reopen a retired record, import/export). Managed records are read-only.
 */
import { useMemo, useState } from 'preact/hooks'
import { allRecords } from '../background/store'
import { MAX_FILE_BYTES, tooLargeMessage } from '../registry/encoding'
import { parseRegistryFile } from '../registry/file'
import { FIELD_LABEL, publicListCsv, registryToCsv, registryToJson } from '../registry/io'
import { emptyRecord, SERVICES, type AccountRecord, type Service } from '../registry/model'
import { serviceLabel, warekiDate } from '../ui/format'
import { t } from '../ui/i18n'
import type { ViewProps } from './deps'
import { RecordForm, RetireForm } from './RecordForm'

type Message = { kind: 'ok' | 'error'; text: string; details?: string[] }

function prefill(initialHash: string, newId: () => string, today: string): AccountRecord | null {
  const m = /^#register(?:\?(.*))?$/.exec(initialHash)
  if (!m) return null
  const params = new URLSearchParams(m[1] ?? '')
  const rec = emptyRecord(newId(), today)
  const service = params.get('service') as Service | null
  if (service && (SERVICES as readonly string[]).includes(service)) rec.service = service
  const handle = params.get('handle')
  if (handle && /^[A-Za-z0-9_.-]{1,100}$/.test(handle)) {
    if (rec.service === 'x') rec.url = `https://x.com/${handle}`
    if (rec.service === 'instagram') rec.url = `https://www.instagram.com/${handle}/`
    if (rec.service === 'facebook') rec.url = `https://www.facebook.com/${handle}`
  }
  return rec
}

export function RegistryTab({ deps, settings, reload, initialHash }: ViewProps & { initialHash: string }) {
  const [query, setQuery] = useState('')
  const [editing, setEditing] = useState<AccountRecord | null>(() => prefill(initialHash, deps.newId, deps.today()))
  const [retiring, setRetiring] = useState<AccountRecord | null>(null)
  const [reopening, setReopening] = useState<AccountRecord | null>(null)
  const [message, setMessage] = useState<Message | null>(null)
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
    if (file.size > MAX_FILE_BYTES) {
      setMessage({ kind: 'error', text: t('optImportFailed', file.name), details: [tooLargeMessage(file.name, file.size)] })
      return
    }
    const bytes = new Uint8Array(await file.arrayBuffer())
    const result = parseRegistryFile(bytes, file.name)
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
    const correcting = retiring.status === 'retired'
    return (
      <RetireForm
        record={retiring}
        today={deps.today()}
        onCancel={() => setRetiring(null)}
        onSave={async (rec) => {
          await upsert(rec)
          setRetiring(null)
          setMessage({ kind: 'ok', text: correcting ? t('optSaved', rec.accountName) : t('optRetired', rec.accountName) })
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
      {reopening && (
        <div class="notice confirm" role="alertdialog" aria-labelledby="reopen-q">
          <p id="reopen-q">{t('optReopenQuestion', reopening.accountName)}</p>
          <div class="form-actions">
            <button type="button" class="btn secondary" onClick={() => setReopening(null)}>
              {t('dialogCancel')}
            </button>
            <button
              type="button"
              class="btn"
              onClick={async () => {
                const { retirement: _r, ...rest } = reopening
                await upsert({ ...rest, status: 'active' })
                setReopening(null)
                setMessage({ kind: 'ok', text: t('optReopened', reopening.accountName) })
              }}
            >
              {t('optReopenConfirm')}
            </button>
          </div>
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
      <p class="hint">{t('optImportHint')}</p>
      {shown.length === 0 ? (
        <p class="empty">{records.length === 0 ? t('optRegistryEmpty') : t('optNoMatch')}</p>
      ) : (
        <table class="records">
          <thead>
            <tr>
              <th scope="col">{FIELD_LABEL.department}</th>
              <th scope="col">{FIELD_LABEL.service}</th>
              <th scope="col">{FIELD_LABEL.accountName}</th>
              <th scope="col">{t('optToneShort')}</th>
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
                  <span class={`pill ${r.status === 'retired' ? 'retired' : 'ok'}`}>{r.status === 'retired' ? t('regRetired') : t('regRegistered')}</span>
                  {r.status === 'retired' && r.retirement?.date && <div class="url">{t('optRetiredOn', warekiDate(r.retirement.date))}</div>}
                  {r.managed && <span class="pill idle">{t('optManaged')}</span>}
                </td>
                <td class="actions">
                  {!r.managed && (
                    <button type="button" class="link" onClick={() => setEditing(r)} aria-label={`${r.status === 'retired' ? t('optCorrect') : t('optEdit')}: ${r.accountName}`}>
                      {r.status === 'retired' ? t('optCorrect') : t('optEdit')}
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
                  {!r.managed && r.status === 'retired' && (
                    <button type="button" class="link" onClick={() => setRetiring(r)} aria-label={`${t('optCorrectRetirement')}: ${r.accountName}`}>
                      {t('optCorrectRetirement')}
                    </button>
                  )}
                  {!r.managed && r.status === 'retired' && (
                    <button type="button" class="link" onClick={() => setReopening(r)} aria-label={`${t('optReopen')}: ${r.accountName}`}>
                      {t('optReopen')}
                    </button>
                  )}
                  {!r.managed && r.status === 'active' && (
                    <button type="button" class="link danger" onClick={() => setRetiring(r)} aria-label={`${t('optRetire')}: ${r.accountName}`}>
                      {t('optRetire')}
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
