import { render } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import browser from 'webextension-polyfill'
import { allRecords, loadSettings, type StorageArea } from '../background/store'
import type { AccountRecord } from '../registry/model'
import '../ui/base.css'
import './options.css'
import { PrintView } from './Forms'
import { Options, type OptionsDeps } from './Options'
import { request } from '../ui/client'
import { ReviewView } from './ReviewView'

const local = browser.storage.local as unknown as StorageArea
const managed = (browser.storage as unknown as { managed?: StorageArea }).managed ?? null

const deps: OptionsDeps = {
  local,
  managed,
  requestHost: (origin) => browser.permissions.request({ origins: [origin] }),
  download: (name, data, type) => {
    const blob = typeof data === 'string' ? new Blob([data], { type: `${type};charset=utf-8` }) : new Blob([data as Uint8Array<ArrayBuffer>], { type })
    const url = URL.createObjectURL(blob)
    const a = document.createElement('a')
    a.href = url
    a.download = name
    a.click()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  },
  openPrint: (form, id) => void browser.tabs.create({ url: `${location.pathname}?print=${form}&id=${encodeURIComponent(id)}` }),
  today: () => {
    const d = new Date()
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  },
  newId: () => crypto.randomUUID(),
  problems: () => request('problems', {}),
  now: () => Date.now(),
  openReview: (q) => void browser.tabs.create({ url: `${location.pathname}?${new URLSearchParams({ print: 'review', ...q }).toString()}` }),
}

function Print({ form, id }: { form: 'form1' | 'form2'; id: string }) {
  const [record, setRecord] = useState<AccountRecord | null | undefined>(undefined)
  useEffect(() => void loadSettings(local, managed).then((s) => setRecord(allRecords(s).find((r) => r.id === id) ?? null)), [])
  if (record === undefined) return null
  return <PrintView form={form} record={record} onPrint={() => window.print()} />
}

const params = new URLSearchParams(location.search)
const print = params.get('print')
document.documentElement.lang = browser.i18n.getUILanguage().startsWith('ja') ? 'ja' : 'en'
const root = document.getElementById('app')!
if (print === 'form1' || print === 'form2') {
  document.body.classList.add('printing')
  render(<Print form={print} id={params.get('id') ?? ''} />, root)
} else if (print === 'review') {
  document.body.classList.add('printing')
  render(<ReviewView deps={deps} query={{ account: params.get('account') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '' }} />, root)
} else {
  render(<Options deps={deps} initialHash={location.hash} />, root)
}
