// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AuditEntry } from '../../src/background/store'
import { auditToCsvShiftJis, auditToCsvUtf8, auditToJson, filterAudit, resultOf } from '../../src/options/audit'
import { Options, type OptionsDeps } from '../../src/options/Options'
import { decodeText } from '../../src/registry/encoding'
import { parseCsv } from '../../src/registry/io'
import { FakeStorage, installI18n } from './fakes'

const at = (iso: string) => new Date(iso).getTime()

const LOG: AuditEntry[] = [
  { at: at('2026-11-01T09:00:00'), kind: 'send', site: 'x', account: 'x:yanagawa_city', accountName: '柳川市公式', registration: 'registered', outcome: 'sent', verdict: 'ok', rules: [], findings: 0, confirmed: [] },
  { at: at('2026-11-10T10:30:00'), kind: 'send', site: 'x', account: 'x:yanagawa_city', accountName: '柳川市公式', registration: 'registered', outcome: 'sent', verdict: 'warn', rules: [{ rule: 'link/shortener', count: 2 }], findings: 2, confirmed: ['warnings', 'approval'] },
  { at: at('2026-11-12T15:00:00'), kind: 'send', site: 'instagram', account: 'instagram:yanagawa_kanko', accountName: '=HYPERLINK("https://evil.example","x")', registration: 'unregistered', outcome: 'blocked', verdict: 'block', rules: [{ rule: 'personal-info/mobile', count: 1 }], findings: 1, confirmed: [] },
  { at: at('2026-11-13T08:00:00'), kind: 'emergency', detail: '災害時モードを3時間オンにしました。' },
  { at: at('2026-11-14T08:00:00'), kind: 'settings', detail: '確認ルールを変更しました：link: 既定 → info' },
]

let local: FakeStorage
let deps: OptionsDeps

beforeEach(() => {
  installI18n()
  local = new FakeStorage()
  local.data.audit = LOG
  deps = { local, managed: null, requestHost: vi.fn(async () => true), download: vi.fn(), openPrint: vi.fn(), today: () => '2026-11-24', newId: () => 'n', now: () => at('2026-11-24T12:00:00') }
})
afterEach(cleanup)

describe('audit log helpers', () => {
  it('names each entry’s result and filters by period, account and result', () => {
    expect(LOG.map(resultOf)).toEqual(['sent', 'confirmed', 'blocked', 'emergency', 'settings'])
    expect(filterAudit(LOG, { from: '2026-11-10', to: '2026-11-12', account: '', result: '' })).toHaveLength(2)
    expect(filterAudit(LOG, { from: '', to: '', account: 'x:yanagawa_city', result: '' })).toHaveLength(2)
    expect(filterAudit(LOG, { from: '', to: '', account: '', result: 'blocked' })).toEqual([LOG[2]])
  })

  it('exports CSV for Excel: BOM, CRLF, Japanese headers, formulas neutralised; Shift_JIS; JSON', () => {
    const csv = auditToCsvUtf8(LOG)
    expect(csv.startsWith('\uFEFF日時,和暦,結果,')).toBe(true)
    expect(csv).toContain('\r\n')
    const rows = parseCsv(csv).rows
    expect(rows).toHaveLength(LOG.length + 1)
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t]/)
    expect(csv).toContain(`"'=HYPERLINK(`)
    expect(csv).toContain('短縮URL×2')
    expect(csv).toContain('指摘を確認、決裁済み')
    expect(csv).toContain('令和8年11月10日')
    const sjis = auditToCsvShiftJis(LOG)
    const back = decodeText(sjis, 'a.csv')
    expect(back).toMatchObject({ ok: true, encoding: 'Shift_JIS' })
    expect(back.ok && back.text).toBe(csv.slice(1))
    expect(JSON.parse(auditToJson(LOG)).entries).toHaveLength(5)
  })
})

describe('送信記録 tab', () => {
  it('lists entries newest first with results, accounts and findings, and filters them', async () => {
    render(<Options deps={deps} initialHash="#audit" />)
    await screen.findByRole('heading', { name: '送信記録' })
    const rows = screen.getAllByRole('row').slice(1)
    expect(rows.map((r) => r.getAttribute('data-result'))).toEqual(['settings', 'emergency', 'blocked', 'confirmed', 'sent'])
    expect(within(rows[3]!).getByText('柳川市公式（yanagawa_city）')).toBeTruthy()
    expect(within(rows[3]!).getByText('短縮URL×2')).toBeTruthy()
    expect(within(rows[3]!).getByText('2026-11-10 10:30')).toBeTruthy()
    expect(within(rows[3]!).getByText('令和8年11月10日')).toBeTruthy()
    expect(screen.getByText('5件を表示（全5件）')).toBeTruthy()
    fireEvent.change(screen.getByLabelText('結果'), { target: { value: 'blocked' } })
    await waitFor(() => expect(screen.getByText('1件を表示（全5件）')).toBeTruthy())
    fireEvent.change(screen.getByLabelText('結果'), { target: { value: '' } })
    fireEvent.change(screen.getByLabelText('アカウント'), { target: { value: 'x:yanagawa_city' } })
    await waitFor(() => expect(screen.getByText('2件を表示（全5件）')).toBeTruthy())
    fireEvent.change(screen.getByLabelText('アカウント'), { target: { value: '' } })
    fireEvent.input(screen.getByLabelText('期間（から）'), { target: { value: '2026-11-12' } })
    fireEvent.input(screen.getByLabelText('期間（まで）'), { target: { value: '2026-11-13' } })
    await waitFor(() => expect(screen.getByText('2件を表示（全5件）')).toBeTruthy())
  })

  it('exports what is shown: CSV (UTF-8 / Shift_JIS) and JSON', async () => {
    render(<Options deps={deps} initialHash="#audit" />)
    fireEvent.change(await screen.findByLabelText('結果'), { target: { value: 'confirmed' } })
    await screen.findByText('1件を表示（全5件）')
    fireEvent.click(screen.getByRole('button', { name: 'CSVで書き出す（Excel・UTF-8）' }))
    fireEvent.click(screen.getByRole('button', { name: 'CSVで書き出す（Shift_JIS）' }))
    fireEvent.click(screen.getByRole('button', { name: 'JSONで書き出す' }))
    const calls = (deps.download as ReturnType<typeof vi.fn>).mock.calls
    expect(calls.map((c) => c[0])).toEqual(['post-guard-audit-2026-11-24.csv', 'post-guard-audit-2026-11-24-sjis.csv', 'post-guard-audit-2026-11-24.json'])
    expect(parseCsv(calls[0]![1] as string).rows).toHaveLength(2)
    expect(calls[1]![1]).toBeInstanceOf(Uint8Array)
    expect(JSON.parse(calls[2]![1] as string).entries).toHaveLength(1)
  })

  it('says when the log is empty, and when stored entries were unreadable', async () => {
    local.data.audit = [{ at: 'yesterday' }, LOG[0]]
    render(<Options deps={deps} initialHash="#audit" />)
    expect(await screen.findByText('形式の正しくない記録が1件あり、表示していません。')).toBeTruthy()
    cleanup()
    local.data.audit = []
    render(<Options deps={deps} initialHash="#audit" />)
    expect(await screen.findByText(/まだ記録はありません/)).toBeTruthy()
  })
})

describe('problems and locks on the options page', () => {
  it('shows skipped settings and the background’s problems in Japanese', async () => {
    local.data.registry = [{ id: 'broken' }]
    deps.problems = async () => [{ key: 'audit:quota', source: 'audit', message: '保存領域がいっぱいになったため、古い送信記録50件を削除しました。', at: 1 }]
    render(<Options deps={deps} />)
    const box = await screen.findByTestId('problems')
    await waitFor(() => expect(box.textContent).toContain('保存領域がいっぱい'))
    expect(box.textContent).toMatch(/設定や記録に問題が2件あります/)
    expect(box.textContent).toMatch(/この端末の設定の台帳の1件目（ID broken）を読み飛ばしました/)
  })

  it('a locked family or rule cannot be changed; locked lists are read-only; overridden local values are named', async () => {
    const managed = new FakeStorage()
    managed.data.locked = ['link/shortener', 'hostility', 'words.insults', 'contacts']
    managed.data.policy = { severities: { 'link/shortener': 'block' } }
    local.data.policy = { severities: { 'link/shortener': 'info' } }
    deps.managed = managed
    render(<Options deps={deps} initialHash="#policy" />)
    const rule = (await screen.findByLabelText('短縮URL')) as HTMLSelectElement
    expect(rule.disabled).toBe(true)
    expect(rule.value).toBe('block')
    expect((screen.getByLabelText('攻撃的な表現') as HTMLSelectElement).disabled).toBe(true)
    expect((screen.getByLabelText('侮辱・誹謗中傷') as HTMLSelectElement).disabled).toBe(true)
    expect((screen.getByLabelText('リンク') as HTMLSelectElement).disabled).toBe(false)
    expect((screen.getByLabelText(/^侮辱/, { selector: 'textarea' }) as HTMLTextAreaElement).readOnly).toBe(true)
    expect((screen.getByLabelText(/公開している電話番号/, { selector: 'textarea' }) as HTMLTextAreaElement).readOnly).toBe(true)
    expect(screen.getByText('次のこの端末の設定は、管理者の固定またはガイドラインの最低限のため使われていません：短縮URL')).toBeTruthy()
  })

  it('shows each rule’s actual default and floor in Japanese only', async () => {
    render(<Options deps={deps} initialHash="#policy" />)
    const select = (await screen.findByLabelText('携帯電話番号')) as HTMLSelectElement
    expect([...select.options].map((o) => o.textContent)).toEqual(['既定（送信不可）', '送信不可', '要確認'])
    const row = select.closest('tr')!
    expect(row.textContent).toContain('既定：送信不可')
    expect(row.textContent).toContain('最低：要確認')
    expect(document.body.textContent).not.toContain('Personal information')
    expect(document.body.textContent).not.toContain('Mobile')
  })
})

describe('critical word lists', () => {
  it('always show the guideline words in force, and name a removed one as not applied', async () => {
    local.data.policy = { words: { insults: ['ポンコツ'] } }
    render(<Options deps={deps} initialHash="#policy" />)
    const list = (await screen.findByLabelText(/^侮辱/, { selector: 'textarea' })) as HTMLTextAreaElement
    const { DEFAULT_POLICY } = await import('../../src/engine')
    expect(list.value.split('\n')).toEqual([...DEFAULT_POLICY.words.insults, 'ポンコツ'])
    expect(screen.getByText(/使われていません：語句の一覧：侮辱/)).toBeTruthy()
  })
})

describe('registry polish', () => {
  it('marks required fields, shows 令和 beside the date and explains the tone scale', async () => {
    render(<Options deps={deps} initialHash="#register" />)
    await screen.findByLabelText('所属名')
    expect(document.querySelectorAll('.req').length).toBeGreaterThanOrEqual(11)
    expect(screen.getByText('令和8年11月24日')).toBeTruthy()
    expect(screen.getByText(/5：市公式Webサイトと同程度（硬い）… 1：くだけた表現（柔らかい）/)).toBeTruthy()
    expect(screen.getByLabelText('所属名').getAttribute('aria-required')).toBe('true')
  })

  it('corrects and reopens a retired record', async () => {
    const { sample } = await import('../registry/sample')
    local.data.registry = [sample('r1', { status: 'retired', retirement: { reason: '統合', date: '2026-03-31', filedOn: '2026-03-01' } })]
    render(<Options deps={deps} />)
    fireEvent.click(await screen.findByRole('button', { name: '廃止届を訂正: 柳川市公式' }))
    fireEvent.input(screen.getByLabelText('廃止の理由'), { target: { value: '観光アカウントに統合するため' } })
    fireEvent.click(screen.getByRole('button', { name: '保存する' }))
    await waitFor(() => expect((local.data.registry as Array<{ retirement?: { reason: string } }>)[0]!.retirement?.reason).toBe('観光アカウントに統合するため'))
    fireEvent.click(await screen.findByRole('button', { name: '廃止を取り消す: 柳川市公式' }))
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '廃止を取り消す' }))
    await waitFor(() => expect((local.data.registry as Array<{ status: string }>)[0]!.status).toBe('active'))
    expect((local.data.registry as Array<{ retirement?: unknown }>)[0]!.retirement).toBeUndefined()
  })
})

describe('English locale', () => {
  it('shows the English rule names (and only those) when the browser is in English', async () => {
    const en = (await import('../../src/static/_locales/en/messages.json')).default as Record<string, { message: string }>
    ;(globalThis as { chrome?: unknown }).chrome = {
      i18n: { getMessage: (key: string, subs: string[] = []) => en[key]?.message.replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '') ?? '', getUILanguage: () => 'en-US' },
    }
    render(<Options deps={deps} initialHash="#policy" />)
    const select = (await screen.findByLabelText('Mobile phone numbers').catch(() => null)) ?? (await screen.findByLabelText(/mobile/i))
    expect(select).toBeTruthy()
    expect(document.body.textContent).toContain('Personal information')
    expect(document.body.textContent).not.toContain('携帯電話番号')
  })
})
