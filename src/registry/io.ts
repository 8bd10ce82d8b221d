/**
 * Import and export of the account registry: a valibot schema for records, JSON and CSV (UTF-8 with
 * BOM and Japanese headers, so Excel opens it correctly), and the public list of official accounts
 * for the city website (clause 4(1)). Parsing is all-or-nothing: any error names the row and the
 * field in Japanese, and no record is returned.
 */
import * as v from 'valibot'
import { SERVICES, SERVICE_LABEL, type AccountRecord, type Service } from './model'

const DATE = /^\d{4}-\d{2}-\d{2}$/
const trimmed = v.pipe(v.string('文字列で入力してください'), v.trim(), v.maxLength(2000, '2000文字以内で入力してください'))
const required = v.pipe(trimmed, v.minLength(1, '入力してください'))
const date = v.pipe(v.string('日付（例：2025-04-01）で入力してください'), v.trim(), v.regex(DATE, '日付は 2025-04-01 の形式で入力してください'))
const optionalDate = v.union([v.literal(''), date], '日付は 2025-04-01 の形式で入力してください')
const list = v.pipe(v.array(v.pipe(v.string('文字列で入力してください'), v.trim(), v.maxLength(300, '300文字以内で入力してください')), '一覧（配列）で入力してください'), v.maxLength(200, '200件以内にしてください'))

/** Free and carrier mail domains: never an office's public address, so never an allow-list entry. */
export const PERSONAL_MAIL_DOMAINS = [
  'gmail.com', 'googlemail.com', 'yahoo.co.jp', 'ymail.ne.jp', 'yahoo.com', 'icloud.com', 'me.com', 'mac.com', 'outlook.com', 'outlook.jp',
  'hotmail.com', 'hotmail.co.jp', 'live.jp', 'live.com', 'msn.com', 'aol.com', 'docomo.ne.jp', 'ezweb.ne.jp', 'au.com', 'softbank.ne.jp',
  'i.softbank.jp', 'ymobile.ne.jp', 'rakuten.jp', 'nifty.com', 'biglobe.ne.jp', 'so-net.ne.jp', 'ocn.ne.jp', 'excite.co.jp', 'proton.me', 'protonmail.com',
]
const personalMail = (d: string) => PERSONAL_MAIL_DOMAINS.some((p) => d.toLowerCase().replace(/^@/, '') === p || d.toLowerCase().endsWith('.' + p))
/** 070/080/090/020 numbers are mobiles (personal): an office lists its fixed line. */
const mobile = (p: string) => {
  const digits = p.normalize('NFKC').replace(/[^\d+]/g, '').replace(/^\+81/, '0')
  return /^0[2789]0\d{8}$/.test(digits)
}

const OwnContactsSchema = v.object({
  phones: v.pipe(list, v.check((xs) => !xs.some(mobile), '携帯電話の番号は登録できません（市の公開している固定電話の番号を入力してください）')),
  emailDomains: v.pipe(list, v.check((xs) => !xs.some(personalMail), 'フリーメール・携帯会社のドメインは登録できません（gmail.com など）')),
  addresses: list,
  domains: v.pipe(list, v.check((xs) => !xs.some(personalMail), 'フリーメール・携帯会社のドメインは登録できません（gmail.com など）')),
})

export const AccountRecordSchema = v.object({
  id: required,
  department: required,
  manager: required,
  service: v.picklist(SERVICES, 'X・Facebook・Instagram・ブログ・その他のいずれかを選んでください'),
  serviceName: trimmed,
  accountName: required,
  url: v.pipe(v.string('URLを入力してください'), v.trim(), v.maxLength(2000, '2000文字以内で入力してください'), v.url('https:// で始まるURLを入力してください'), v.regex(/^https?:\/\//i, 'https:// で始まるURLを入力してください')),
  purpose: required,
  introduction: trimmed,
  tone: v.pipe(v.number('1〜5の数字で入力してください'), v.integer('1〜5の数字で入力してください'), v.minValue(1, '1〜5の数字で入力してください'), v.maxValue(5, '1〜5の数字で入力してください')),
  approval: v.boolean('要・不要のどちらかを選んでください'),
  contactPerson: required,
  contact: required,
  filedOn: date,
  broadcastOnly: v.boolean('はい・いいえのどちらかを選んでください'),
  ownContacts: OwnContactsSchema,
  status: v.picklist(['active', 'retired'] as const, '登録・廃止のどちらかです'),
  retirement: v.optional(v.object({ reason: required, date, filedOn: optionalDate })),
  managed: v.optional(v.boolean()),
})

/** Japanese names of the fields, as on 別紙1 / 別紙2 (also the CSV headers). */
export const FIELD_LABEL: Record<string, string> = {
  id: 'ID',
  department: '所属名',
  manager: '所属長名（管理者）',
  service: 'サービス',
  serviceName: 'サービス名（その他・ブログ）',
  accountName: 'アカウント名（ページ名）',
  url: 'URL',
  purpose: '情報発信の内容',
  introduction: '市公式Webサイトでの紹介文',
  tone: '表現の硬軟度合い',
  approval: '管理者の決裁',
  contactPerson: '担当者名',
  contact: '連絡先',
  filedOn: '届出日',
  broadcastOnly: '専ら情報発信',
  ownContacts: '公開している連絡先',
  'ownContacts.phones': '公開している電話番号',
  'ownContacts.emailDomains': '公開しているメールのドメイン',
  'ownContacts.addresses': '公開している住所',
  'ownContacts.domains': 'リンクしてよいドメイン',
  status: '状態',
  retirement: '廃止届の内容',
  'retirement.reason': '廃止の理由',
  'retirement.date': '廃止日',
  'retirement.filedOn': '廃止届出日',
}

export type ParseResult = { ok: true; records: AccountRecord[] } | { ok: false; errors: string[] }

function issuesToErrors(issues: v.BaseIssue<unknown>[], row: string): string[] {
  return issues.slice(0, 20).map((issue) => {
    const path = (issue.path ?? []).map((p) => String(p.key)).filter((k) => !/^\d+$/.test(k)).join('.')
    const label = FIELD_LABEL[path] ?? (path || '記録')
    return `${row}『${label}』: ${issue.message}`
  })
}

function validate(candidates: unknown[], rowName: (i: number) => string): ParseResult {
  const errors: string[] = []
  const records: AccountRecord[] = []
  const ids = new Set<string>()
  candidates.forEach((c, i) => {
    const r = v.safeParse(AccountRecordSchema, c)
    if (!r.success) {
      errors.push(...issuesToErrors(r.issues, rowName(i)))
      return
    }
    const rec = r.output as AccountRecord
    if (rec.status === 'retired' && !rec.retirement) errors.push(`${rowName(i)}『廃止の理由』: 廃止した記録には廃止の理由と廃止日が必要です`)
    if (ids.has(rec.id)) errors.push(`${rowName(i)}『ID』: 「${rec.id}」が重複しています`)
    ids.add(rec.id)
    const { managed: _managed, ...local } = rec
    records.push(local)
  })
  return errors.length > 0 ? { ok: false, errors } : { ok: true, records }
}

/** A JSON export: an array of records or `{ "records": [...] }`. */
export function parseRegistryJson(text: string): ParseResult {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    return { ok: false, errors: [`JSONとして読み込めません（${e instanceof Error ? e.message : String(e)}）`] }
  }
  const arr = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { records?: unknown }).records) ? (data as { records: unknown[] }).records : null
  if (!arr) return { ok: false, errors: ['台帳の形式ではありません（記録の配列、または "records" を持つオブジェクトが必要です）'] }
  return validate(arr, (i) => `${i + 1}件目`)
}

export function registryToJson(records: readonly AccountRecord[]): string {
  return JSON.stringify({ format: 'post-guard-registry', version: 1, records: records.map(({ managed: _m, ...r }) => r) }, null, 2) + '\n'
}

// ---- CSV ----

const CSV_COLUMNS = [
  'id', 'department', 'manager', 'service', 'serviceName', 'accountName', 'url', 'purpose', 'introduction', 'tone', 'approval',
  'contactPerson', 'contact', 'filedOn', 'broadcastOnly', 'ownContacts.phones', 'ownContacts.emailDomains', 'ownContacts.addresses',
  'ownContacts.domains', 'status', 'retirement.reason', 'retirement.date', 'retirement.filedOn',
] as const

const SERVICE_FROM_LABEL: Record<string, Service> = Object.fromEntries(
  SERVICES.flatMap((s) => [[s, s], [SERVICE_LABEL[s], s], [SERVICE_LABEL[s].replace(/（.*）/, ''), s]]),
) as Record<string, Service>

/**
 * One CSV cell. A cell starting with = + - @ or a tab/CR would be a formula in Excel
 * (=HYPERLINK(…) runs when the file is opened): it is neutralised with a leading ' (OWASP CSV injection).
 */
export function csvCell(value: string): string {
  const s = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** Undo `csvCell`'s neutralising quote when reading our own exports back. */
function unneutralise(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell
}

function cellOf(r: AccountRecord, col: (typeof CSV_COLUMNS)[number]): string {
  switch (col) {
    case 'service':
      return SERVICE_LABEL[r.service]
    case 'tone':
      return String(r.tone)
    case 'approval':
      return r.approval ? '要' : '不要'
    case 'broadcastOnly':
      return r.broadcastOnly ? 'はい' : 'いいえ'
    case 'status':
      return r.status === 'retired' ? '廃止' : '登録'
    case 'ownContacts.phones':
    case 'ownContacts.emailDomains':
    case 'ownContacts.addresses':
    case 'ownContacts.domains':
      return r.ownContacts[col.slice('ownContacts.'.length) as keyof AccountRecord['ownContacts']].join('\n')
    case 'retirement.reason':
      return r.retirement?.reason ?? ''
    case 'retirement.date':
      return r.retirement?.date ?? ''
    case 'retirement.filedOn':
      return r.retirement?.filedOn ?? ''
    default:
      return String(r[col] ?? '')
  }
}

/** CSV for Excel: UTF-8 with BOM, CRLF, Japanese headers; lists are one item per line inside the cell. */
export function registryToCsv(records: readonly AccountRecord[]): string {
  const lines = [CSV_COLUMNS.map((c) => csvCell(FIELD_LABEL[c]!)).join(',')]
  for (const r of records) lines.push(CSV_COLUMNS.map((c) => csvCell(cellOf(r, c))).join(','))
  return '\uFEFF' + lines.join('\r\n') + '\r\n'
}

/** RFC 4180 CSV (quoted fields with commas, quotes and newlines; CRLF or LF). Linear, no regex backtracking. */
export function parseCsv(text: string): { rows: string[][]; error?: string } {
  const s = text.replace(/^\uFEFF/, '')
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let quoteStartLine = 0
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          cell += '"'
          i++
        } else quoted = false
      } else {
        if (c === '\n') line++
        cell += c
      }
      continue
    }
    if (c === '"' && cell === '') {
      quoted = true
      quoteStartLine = line
    } else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      line++
    } else cell += c
  }
  if (quoted) return { rows, error: `${quoteStartLine}行目: 引用符（"）が閉じられていません` }
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return { rows: rows.filter((r) => !(r.length === 1 && r[0] === '')) }
}

const YES = new Set(['要', 'はい', 'true', 'yes', '1', '○', 'TRUE'])
const NO = new Set(['不要', 'いいえ', 'false', 'no', '0', '×', '', 'FALSE'])

function toBool(s: string): boolean | string {
  const t = s.trim()
  if (YES.has(t)) return true
  if (NO.has(t)) return false
  return t
}

export function parseRegistryCsv(text: string): ParseResult {
  const { rows, error } = parseCsv(text)
  if (error) return { ok: false, errors: [error] }
  if (rows.length === 0) return { ok: false, errors: ['CSVが空です'] }
  const header = rows[0]!.map((h) => h.trim())
  const byLabel = new Map<string, (typeof CSV_COLUMNS)[number]>()
  for (const c of CSV_COLUMNS) {
    byLabel.set(FIELD_LABEL[c]!, c)
    byLabel.set(c, c)
  }
  const cols = header.map((h) => byLabel.get(h))
  const missing = CSV_COLUMNS.filter((c) => !c.startsWith('retirement.') && c !== 'serviceName' && c !== 'introduction' && !c.startsWith('ownContacts.') && !cols.includes(c))
  if (missing.length > 0) return { ok: false, errors: [`1行目（見出し）: 列『${missing.map((c) => FIELD_LABEL[c]).join('』『')}』がありません`] }
  const candidates = rows.slice(1).map((cells) => {
    const get = (c: (typeof CSV_COLUMNS)[number]) => {
      const k = cols.indexOf(c)
      return k === -1 ? '' : unneutralise(cells[k] ?? '')
    }
    const listOf = (c: (typeof CSV_COLUMNS)[number]) => get(c).split(/\r?\n|;/).map((x) => x.trim()).filter(Boolean)
    const toneText = get('tone').normalize('NFKC').trim()
    const statusText = get('status').trim()
    const reason = get('retirement.reason').trim()
    const rec: Record<string, unknown> = {
      id: get('id'),
      department: get('department'),
      manager: get('manager'),
      service: SERVICE_FROM_LABEL[get('service').trim()] ?? get('service').trim(),
      serviceName: get('serviceName'),
      accountName: get('accountName'),
      url: get('url'),
      purpose: get('purpose'),
      introduction: get('introduction'),
      tone: /^\d+$/.test(toneText) ? Number(toneText) : toneText,
      approval: toBool(get('approval')),
      contactPerson: get('contactPerson'),
      contact: get('contact'),
      filedOn: normaliseDate(get('filedOn')),
      broadcastOnly: toBool(get('broadcastOnly')),
      ownContacts: { phones: listOf('ownContacts.phones'), emailDomains: listOf('ownContacts.emailDomains'), addresses: listOf('ownContacts.addresses'), domains: listOf('ownContacts.domains') },
      status: statusText === '廃止' || statusText === 'retired' ? 'retired' : statusText === '登録' || statusText === 'active' || statusText === '' ? 'active' : statusText,
    }
    if (reason || get('retirement.date')) rec.retirement = { reason, date: normaliseDate(get('retirement.date')), filedOn: normaliseDate(get('retirement.filedOn')) }
    return rec
  })
  return validate(candidates, (i) => `${i + 2}行目`)
}

/** Excel writes dates as 2025/4/1; the registry keeps 2025-04-01. */
function normaliseDate(s: string): string {
  const m = /^\s*(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\s*$/.exec(s.normalize('NFKC'))
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : s.trim()
}

/** The list of official accounts for the city website (clause 4(1)): active accounts only. */
export function publicListCsv(records: readonly AccountRecord[]): string {
  const head = ['所属名', 'サービス', 'アカウント名（ページ名）', 'URL', '紹介文']
  const lines = [head.join(',')]
  for (const r of records.filter((x) => x.status === 'active')) {
    const service = r.service === 'other' || r.service === 'blog' ? r.serviceName || SERVICE_LABEL[r.service] : SERVICE_LABEL[r.service]
    lines.push([r.department, service, r.accountName, r.url, r.introduction || r.purpose].map(csvCell).join(','))
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n'
}
