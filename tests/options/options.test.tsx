// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Options, allowedSeverities, type OptionsDeps } from '../../src/options/Options'
import { PrintView } from '../../src/options/Forms'
import { registryToCsv } from '../../src/registry/io'
import type { AccountRecord } from '../../src/registry/model'
import { sample } from '../registry/sample'
import { FakeStorage, installI18n } from './fakes'

let local: FakeStorage
let deps: OptionsDeps
let ids = 0

beforeEach(() => {
  installI18n()
  local = new FakeStorage()
  ids = 0
  deps = {
    local,
    managed: null,
    requestHost: vi.fn(async () => true),
    download: vi.fn(),
    openPrint: vi.fn(),
    today: () => '2026-11-24',
    newId: () => `new-${++ids}`,
  }
})
afterEach(cleanup)

function csvFile(text: string, name = 'registry.csv'): File {
  return new File([text], name, { type: 'text/csv' })
}

async function importFile(file: File) {
  const input = screen.getByTestId('import') as HTMLInputElement
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  fireEvent.change(input)
}

describe('options page: registry', () => {
  it('starts empty and says how to begin', async () => {
    render(<Options deps={deps} />)
    expect(await screen.findByText(/まだ登録されたアカウントはありません/)).toBeTruthy()
  })

  it('refuses an incomplete 別紙1 with field errors, then saves a complete one', async () => {
    render(<Options deps={deps} />)
    fireEvent.click(await screen.findByRole('button', { name: /新しく届け出る/ }))
    fireEvent.click(screen.getByRole('button', { name: '保存する' }))
    expect(await screen.findByText(/入力内容に誤りがあります/)).toBeTruthy()
    expect(local.writes).toBe(0)
    const fill = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } })
    fill('所属名', '総務部 秘書広報課')
    fill('所属長名（管理者）', '柳川 太郎')
    fill('アカウント名（ページ名）', '柳川市公式')
    fill('URL', 'https://x.com/yanagawa_city')
    fill('担当者名', '水郷 花子')
    fill('連絡先', '内線1234')
    fill('情報発信の内容', '市政情報の発信')
    fireEvent.click(screen.getByLabelText('2'))
    fireEvent.click(screen.getByRole('button', { name: '保存する' }))
    await screen.findByText(/「柳川市公式」を保存しました/)
    const saved = (local.data.registry as AccountRecord[])[0]!
    expect(saved).toMatchObject({ id: 'new-1', department: '総務部 秘書広報課', tone: 2, approval: true, status: 'active', filedOn: '2026-11-24' })
  })

  it('prefills the form from the popup link for an unregistered account', async () => {
    render(<Options deps={deps} initialHash="#register?service=instagram&handle=yanagawa_kanko" />)
    expect(((await screen.findByLabelText('URL')) as HTMLInputElement).value).toBe('https://www.instagram.com/yanagawa_kanko/')
  })

  it('imports a good CSV', async () => {
    render(<Options deps={deps} />)
    await screen.findByText(/まだ登録/)
    await importFile(csvFile(registryToCsv([sample('a1'), sample('a2', { accountName: '柳川市観光' })])))
    await screen.findByText('2件の記録を読み込みました。')
    expect((local.data.registry as AccountRecord[]).map((r) => r.id)).toEqual(['a1', 'a2'])
    expect(screen.getByText('柳川市観光')).toBeTruthy()
  })

  it('rejects a broken CSV naming row and field, and changes nothing', async () => {
    local.data.registry = [sample('keep')]
    render(<Options deps={deps} />)
    await screen.findByText('柳川市公式')
    const broken = registryToCsv([sample('b1'), sample('b2', { url: 'not a url' })])
    await importFile(csvFile(broken, 'broken.csv'))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('「broken.csv」を読み込めませんでした。台帳は変更していません。')
    expect(alert.textContent).toContain('3行目『URL』')
    expect((local.data.registry as AccountRecord[]).map((r) => r.id)).toEqual(['keep'])
    expect(local.writes).toBe(0)
  })

  it('retires an account with the 別紙2 fields and keeps it as history', async () => {
    local.data.registry = [sample('r1')]
    render(<Options deps={deps} />)
    fireEvent.click(await screen.findByRole('button', { name: '廃止: 柳川市公式' }))
    fireEvent.click(screen.getByRole('button', { name: '廃止を届け出る' }))
    expect(await screen.findByText('廃止の理由を入力してください。')).toBeTruthy()
    fireEvent.input(screen.getByLabelText('廃止の理由'), { target: { value: '観光アカウントに統合するため' } })
    fireEvent.click(screen.getByRole('button', { name: '廃止を届け出る' }))
    // A destructive action: it asks for an explicit confirmation first.
    expect(await screen.findByText('廃止の確認欄にチェックを入れてください。')).toBeTruthy()
    expect(local.writes).toBe(0)
    fireEvent.click(screen.getByLabelText('「柳川市公式」を廃止することを確認しました'))
    fireEvent.click(screen.getByRole('button', { name: '廃止を届け出る' }))
    await screen.findByText(/廃止しました/)
    expect((local.data.registry as AccountRecord[])[0]).toMatchObject({ status: 'retired', retirement: { reason: '観光アカウントに統合するため', date: '2026-11-24' } })
    expect(screen.getByRole('button', { name: '別紙2を印刷' })).toBeTruthy()
  })

  it('shows managed records read-only and searches', async () => {
    const managed = new FakeStorage()
    managed.data.registry = [sample('m1', { accountName: '柳川市防災' })]
    deps.managed = managed
    local.data.registry = [sample('l1', { accountName: '柳川市子育て', department: 'こども家庭課' })]
    render(<Options deps={deps} />)
    const row = (await screen.findByText('柳川市防災')).closest('tr')!
    expect(within(row).getByText('管理者が配布')).toBeTruthy()
    expect(within(row).queryByText('編集')).toBeNull()
    fireEvent.input(screen.getByLabelText('検索'), { target: { value: 'こども' } })
    await waitFor(() => expect(screen.queryByText('柳川市防災')).toBeNull())
    expect(screen.getByText('柳川市子育て')).toBeTruthy()
  })

  it('exports CSV for Excel and the public list', async () => {
    local.data.registry = [sample('x1')]
    render(<Options deps={deps} />)
    fireEvent.click(await screen.findByRole('button', { name: 'CSVで書き出す（Excel用）' }))
    const [name, text] = (deps.download as ReturnType<typeof vi.fn>).mock.calls[0]!
    expect(name).toBe('post-guard-registry.csv')
    expect(text.startsWith('\uFEFF')).toBe(true)
  })
})

describe('options page: rules and blog sites', () => {
  it('keeps the guideline floor for critical families', () => {
    expect(allowedSeverities('personal-info')).toEqual(['block', 'warn'])
    expect(allowedSeverities('link')).toEqual(['block', 'warn', 'info'])
    expect(allowedSeverities('reply')).toEqual(['block', 'warn', 'info'])
  })

  it('saves a severity and resets to the defaults', async () => {
    render(<Options deps={deps} initialHash="#policy" />)
    const select = (await screen.findByLabelText('リンク')) as HTMLSelectElement
    expect([...select.options].map((o) => o.value)).toEqual(['default', 'block', 'warn', 'info'])
    fireEvent.change(select, { target: { value: 'info' } })
    await waitFor(() => expect(local.data.policy).toEqual({ severities: { link: 'info' } }))
    const critical = screen.getByLabelText('個人情報') as HTMLSelectElement
    expect([...critical.options].map((o) => o.value)).toEqual(['default', 'block', 'warn'])
    fireEvent.click(screen.getByRole('button', { name: 'ガイドラインの既定値に戻す' }))
    await waitFor(() => expect(local.data.policy).toEqual({}))
  })

  it('adds a blog only when the browser grants the permission', async () => {
    render(<Options deps={deps} initialHash="#blog" />)
    const input = await screen.findByLabelText('サイトのホスト名')
    ;(deps.requestHost as ReturnType<typeof vi.fn>).mockResolvedValueOnce(false)
    fireEvent.input(input, { target: { value: 'blog.example.jp' } })
    fireEvent.click(screen.getByRole('button', { name: '追加する' }))
    expect(await screen.findByText(/許可されなかった/)).toBeTruthy()
    expect(local.data.blogHosts).toBeUndefined()
    fireEvent.input(input, { target: { value: 'https://blog.example.jp/admin' } })
    fireEvent.click(screen.getByRole('button', { name: '追加する' }))
    await waitFor(() => expect(local.data.blogHosts).toEqual(['blog.example.jp']))
    expect(deps.requestHost).toHaveBeenLastCalledWith('https://blog.example.jp/*')
  })
})

describe('printable forms', () => {
  it('fills 別紙1 with 令和 dates and circles the tone level and approval', () => {
    render(<PrintView form="form1" record={sample('p1', { filedOn: '2025-04-01', tone: 4 })} onPrint={() => {}} />)
    expect(screen.getByText('ソーシャルメディア利用届出書')).toBeTruthy()
    expect(screen.getByText('令和7年4月1日')).toBeTruthy()
    const circled = [...document.querySelectorAll('.circled')].map((e) => e.textContent)
    expect(circled).toEqual(['X', '4', '要'])
  })
  it('fills 別紙2 with the reason and the date', () => {
    render(<PrintView form="form2" record={sample('p2', { status: 'retired', retirement: { reason: '統合のため', date: '2026-03-31', filedOn: '2026-03-01' } })} onPrint={() => {}} />)
    expect(screen.getByText('ソーシャルメディア廃止届出書')).toBeTruthy()
    expect(screen.getByText('統合のため')).toBeTruthy()
    expect(screen.getByText('令和8年3月31日')).toBeTruthy()
  })
})
