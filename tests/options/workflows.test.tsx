// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AuditEntry } from '../../src/background/store'
import { Options, type OptionsDeps } from '../../src/options/Options'
import { periodText, reviewSheet, reviewToCsv } from '../../src/options/review'
import { ReviewPage, ReviewView } from '../../src/options/ReviewView'
import { parseCsv } from '../../src/registry/io'
import { FakeStorage, installI18n } from './fakes'

const at = (iso: string) => new Date(iso).getTime()
const base = { site: 'x' as const, account: 'x:yanagawa_city', accountName: '柳川市公式', registration: 'registered' as const }

const LOG: AuditEntry[] = [
  { ...base, at: at('2026-10-31T09:00:00'), kind: 'send', outcome: 'sent', verdict: 'ok', rules: [], findings: 0, confirmed: [] },
  { ...base, at: at('2026-11-01T09:00:00'), kind: 'send', outcome: 'sent', verdict: 'ok', rules: [], findings: 0, confirmed: [] },
  { ...base, at: at('2026-11-10T10:30:00'), kind: 'send', outcome: 'sent', verdict: 'warn', rules: [{ rule: 'link/shortener', count: 1 }], findings: 1, confirmed: ['warnings', 'approval'], text: '=詳しくは https://bit.ly/xyz' },
  { ...base, at: at('2026-11-12T15:00:00'), kind: 'send', outcome: 'blocked', verdict: 'block', rules: [{ rule: 'personal-info/mobile', count: 1 }], findings: 1, confirmed: [] },
  { ...base, at: at('2026-11-13T08:00:00'), kind: 'incident', detail: '「炎上への対応」（ガイドライン6(2)）のチェックリストを開始しました。' },
  { at: at('2026-11-14T08:00:00'), kind: 'send', site: 'instagram', account: 'instagram:yanagawa_kanko', outcome: 'sent', verdict: 'ok', rules: [], findings: 0, confirmed: [] },
]

let local: FakeStorage
let managed: FakeStorage
let deps: OptionsDeps

beforeEach(() => {
  installI18n()
  local = new FakeStorage()
  managed = new FakeStorage()
  local.data.audit = LOG
  deps = { local, managed, requestHost: vi.fn(async () => true), download: vi.fn(), openPrint: vi.fn(), openReview: vi.fn(), today: () => '2026-11-24', newId: () => 'n', now: () => at('2026-11-24T12:00:00') }
})
afterEach(cleanup)

describe('periodic review (4(1))', () => {
  const q = { account: 'x:yanagawa_city', from: '2026-11-01', to: '2026-11-30' }

  it('one account, one period: sends, confirmations, blocks, incident events', () => {
    const s = reviewSheet(LOG, q)
    expect(s.accountLabel).toBe('柳川市公式（yanagawa_city）')
    expect(s.entries.map((e) => e.at)).toEqual([LOG[1]!.at, LOG[2]!.at, LOG[3]!.at])
    expect(s.events).toHaveLength(1)
    expect(s.counts).toEqual({ sent: 1, confirmed: 1, blocked: 1, cancelled: 0 })
    expect(s.hasText).toBe(true)
    expect(periodText(q)).toBe('令和8年11月1日 ～ 令和8年11月30日')
  })

  it('CSV for Excel: BOM, CRLF, 令和 dates, text where kept, formulas neutralised, 確認欄', () => {
    const csv = reviewToCsv(reviewSheet(LOG, q))
    expect(csv.startsWith('\uFEFF発言内容の定期確認票')).toBe(true)
    expect(csv).toContain('\r\n')
    const rows = parseCsv(csv).rows
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t]/)
    expect(rows.find((r) => r[0] === '期間')?.[1]).toBe('令和8年11月1日 ～ 令和8年11月30日')
    const sent = rows.find((r) => r[2] === '確認して送信')!
    expect(sent[1]).toBe('令和8年11月10日 10:30')
    expect(sent[5]).toBe('指摘を確認、決裁済み')
    expect(sent[6]).toBe("'=詳しくは https://bit.ly/xyz")
    expect(rows.some((r) => r[0] === '確認日' && r[1]!.startsWith('令和'))).toBe(true)
    expect(rows.some((r) => r[0] === '確認者（職・氏名）')).toBe(true)
    expect(csv).not.toContain('yanagawa_kanko')
  })

  it('the A4 sheet has the rows and a 確認欄 with 確認日・確認者印; no text column when nothing was kept', () => {
    const noText = LOG.map(({ text: _t, ...e }) => e)
    render(<ReviewPage sheet={reviewSheet(noText, q)} printedOn="令和8年11月24日" />)
    const sheet = document.querySelector('.sheet.review')!
    expect(sheet.querySelector('h1')!.textContent).toBe('発言内容の定期確認票')
    expect(sheet.querySelectorAll('table.rows tbody tr')).toHaveLength(3)
    expect(sheet.querySelector('table.rows thead')!.textContent).not.toContain('投稿の文章')
    expect(sheet.textContent).toMatch(/投稿の文章は保存していません/)
    expect(sheet.querySelector('.confirm-box')!.textContent).toMatch(/確認日令和\s+年\s+月\s+日/)
    expect(sheet.querySelector('.confirm-box')!.textContent).toContain('確認者印')
    expect(sheet.textContent).toContain('炎上への対応')
  })

  it('the print page exports the CSV', async () => {
    render(<ReviewView deps={deps} query={q} />)
    await waitFor(() => document.querySelector('.sheet.review'))
    expect(document.querySelector('.sheet.review thead')!.textContent).toContain('投稿の文章')
    fireEvent.click(screen.getByRole('button', { name: 'CSVで書き出す（Excel用）' }))
    expect(deps.download).toHaveBeenCalledWith('post-guard-review-x_yanagawa_city-2026-11-24.csv', expect.stringMatching(/^\uFEFF/), 'text/csv')
  })

  it('送信記録 tab: choose an account, then open the sheet for the filtered period', async () => {
    render(<Options deps={deps} initialHash="#audit" />)
    const open = await screen.findByRole('button', { name: '確認票を作る' })
    expect((open as HTMLButtonElement).disabled).toBe(true)
    const [from, to] = document.querySelectorAll<HTMLInputElement>('.filters input[type="date"]')
    fireEvent.input(from!, { target: { value: '2026-11-01' } })
    fireEvent.input(to!, { target: { value: '2026-11-30' } })
    fireEvent.change(document.querySelectorAll<HTMLSelectElement>('.filters select')[0]!, { target: { value: 'x:yanagawa_city' } })
    expect(screen.getByTestId('review-bar').textContent).toContain('柳川市公式（yanagawa_city）')
    fireEvent.click(open)
    expect(deps.openReview).toHaveBeenCalledWith({ account: 'x:yanagawa_city', from: '2026-11-01', to: '2026-11-30' })
    // Incident entries are named in the log.
    expect(document.querySelector('tr[data-result="incident"]')!.textContent).toContain('炎上への対応')
    // 先月 fills the period with last month's first and last day.
    fireEvent.click(screen.getByRole('button', { name: '先月' }))
    expect(from!.value).toBe('2026-10-01')
    expect(to!.value).toBe('2026-10-31')
    fireEvent.click(open)
    expect(deps.openReview).toHaveBeenLastCalledWith({ account: 'x:yanagawa_city', from: '2026-10-01', to: '2026-10-31' })
  })
})

describe('報告と記録 tab', () => {
  it('saves valid recipients and refuses invalid ones', async () => {
    render(<Options deps={deps} initialHash="#report" />)
    const box = (await screen.findByLabelText('報告先のメールアドレス')) as HTMLTextAreaElement
    fireEvent.input(box, { target: { value: 'kikaku@city.yanagawa.lg.jp\n企画課' } })
    fireEvent.click(screen.getByRole('button', { name: '宛先を保存' }))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('メールアドレスではないものがあります：企画課'))
    expect(local.data.reportRecipients).toBeUndefined()
    fireEvent.input(box, { target: { value: 'kikaku@city.yanagawa.lg.jp\nhisho@city.yanagawa.lg.jp' } })
    fireEvent.click(screen.getByRole('button', { name: '宛先を保存' }))
    await waitFor(() => expect(local.data.reportRecipients).toEqual(['kikaku@city.yanagawa.lg.jp', 'hisho@city.yanagawa.lg.jp']))
    expect((await screen.findByRole('status')).textContent).toBe('報告先を2件保存しました。')
  })

  it('keepSentText: off by default, switched on here, read-only when the administrator set it', async () => {
    render(<Options deps={deps} initialHash="#report" />)
    const box = (await screen.findByLabelText('送信した文章を送信記録に保存する')) as HTMLInputElement
    expect(box.checked).toBe(false)
    fireEvent.click(box)
    await waitFor(() => expect(local.data.keepSentText).toBe(true))
    cleanup()
    managed.data.keepSentText = false
    managed.data.reportRecipients = ['somu@city.yanagawa.lg.jp']
    render(<Options deps={deps} initialHash="#report" />)
    const locked = (await screen.findByLabelText(/送信した文章を送信記録に保存する/)) as HTMLInputElement
    expect(locked.checked).toBe(false)
    expect(locked.disabled).toBe(true)
    expect(((await screen.findByLabelText(/報告先のメールアドレス/)) as HTMLTextAreaElement).disabled).toBe(true)
    expect(screen.queryByRole('button', { name: '宛先を保存' })).toBeNull()
  })
})
