// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_POLICY } from '../../src/engine'
import { Popup, type PopupProps } from '../../src/popup/Popup'
import type { AccountContext, TabStatus } from '../../src/shared/protocol'
import { installI18n } from '../options/fakes'
import { sample } from '../registry/sample'

const NOW = new Date(2026, 10, 24, 10, 0).getTime()

const status: TabStatus = { site: 'x', url: 'https://x.com/someone/status/1', protected: true, composers: 1, account: { site: 'x', handle: 'yanagawa_city' }, focused: null, updatedAt: NOW }
const context: AccountContext = { registration: 'registered', recordId: 'acct-x', tone: 4, approval: true, broadcastOnly: true, emergency: false, policy: DEFAULT_POLICY, history: [] }

function show(over: Partial<PopupProps> = {}) {
  const props: PopupProps = {
    status,
    context,
    record: sample('acct-x'),
    now: NOW,
    emergencyUntil: null,
    onEmergency: vi.fn(),
    onOpenOptions: vi.fn(),
    incidents: {},
    sendLog: [],
    onIncident: vi.fn(),
    reportRecipients: [],
    getSelection: vi.fn(async () => '市の対応はおかしいのでは？'),
    copy: vi.fn(async () => true),
    onReported: vi.fn(),
    ...over,
  }
  const r = render(<Popup {...props} />)
  return { props, rerender: (o: Partial<PopupProps>) => r.rerender(<Popup {...props} {...o} />) }
}

beforeEach(() => installI18n())
afterEach(cleanup)

describe('incident checklists in the popup', () => {
  it('offers the three playbooks and starts one', () => {
    const { props } = show()
    const buttons = [...document.querySelectorAll('[data-incident-start]')].map((b) => b.textContent)
    expect(buttons).toEqual(['炎上6(2)', '成りすまし6(3)', '乗っ取り6(4)'])
    fireEvent.click(document.querySelector('[data-incident-start="flaming"]')!)
    expect(props.onIncident).toHaveBeenCalledWith('flaming', 'start')
  })

  it('shows an open 炎上 checklist: reminder, steps with who, ticks, progress, close', () => {
    const { props } = show({ incidents: { flaming: { kind: 'flaming', startedAt: NOW - 600_000, ticks: { stop: NOW - 300_000 } } } })
    const list = document.querySelector('[data-incident="flaming"]')!
    expect(list.querySelector('.cl-reminder')!.textContent).toMatch(/反論や言い争いはしません/)
    expect(list.textContent).toContain('企画課に報告する')
    expect(list.querySelectorAll('.who')[0]!.textContent).toBe('投稿した所属')
    expect(list.querySelector('.cl-progress')!.textContent).toBe('1/6')
    expect((list.querySelector('[data-step="stop"]') as HTMLInputElement).checked).toBe(true)
    fireEvent.click(list.querySelector('[data-step="kikaku"]')!)
    expect(props.onIncident).toHaveBeenCalledWith('flaming', 'tick', 'kikaku')
    fireEvent.click(list.querySelector('[data-step="stop"]')!)
    expect(props.onIncident).toHaveBeenCalledWith('flaming', 'untick', 'stop')
    fireEvent.click(list.querySelector('[data-incident-close="flaming"]')!)
    expect(props.onIncident).toHaveBeenCalledWith('flaming', 'close')
    expect(screen.getByTestId('incident-banner').textContent).toMatch(/炎上への対応中.*反論や言い争いはせず/)
    // The open kind is not offered again.
    expect(document.querySelector('[data-incident-start="flaming"]')).toBeNull()
  })

  it('a 乗っ取り checklist links to the platform’s own pages and lists this browser’s recent sends (never text unless kept)', () => {
    show({
      incidents: { hijack: { kind: 'hijack', startedAt: NOW, ticks: {} } },
      sendLog: [
        { at: NOW - 60_000, outcome: 'sent', verdict: 'warn' },
        { at: NOW - 3_600_000, outcome: 'sent', verdict: 'ok' },
      ],
    })
    expect(document.querySelector<HTMLAnchorElement>('[data-link="password"]')!.href).toBe('https://x.com/settings/password')
    expect(document.querySelector<HTMLAnchorElement>('[data-link="sessions"]')!.href).toBe('https://x.com/settings/sessions')
    const log = screen.getByTestId('sendlog')
    expect(log.textContent).toContain('直近24時間・2件')
    expect(log.textContent).toContain('11-24 09:59')
    expect(log.textContent).toContain('要確認')
    expect(log.textContent).toMatch(/文章は保存していません/)
  })

  it('shows kept text in the send log when the administrator enabled it', () => {
    show({ incidents: { hijack: { kind: 'hijack', startedAt: NOW, ticks: {} } }, keepSentText: true, sendLog: [{ at: NOW - 60_000, outcome: 'sent', verdict: 'ok', text: '市民まつりは今週末です。' }] })
    expect(screen.getByTestId('sendlog').textContent).toContain('市民まつりは今週末です。')
  })

  it('a 成りすまし checklist links to the platform’s report page', () => {
    show({ incidents: { impersonation: { kind: 'impersonation', startedAt: NOW, ticks: {} } } })
    expect(document.querySelector<HTMLAnchorElement>('[data-link="report"]')!.href).toBe('https://help.x.com/forms/impersonation')
    expect(document.querySelector('[data-incident="impersonation"]')!.textContent).toMatch(/報道機関/)
  })

  it('needs an acting account; no banner without an open 炎上 checklist', () => {
    show({ incidents: { flaming: { kind: 'flaming', startedAt: NOW, closedAt: NOW + 1, ticks: {} } } })
    expect(screen.queryByTestId('incident-banner')).toBeNull()
    cleanup()
    show({ status: { ...status, account: null } })
    expect(screen.queryByTestId('incidents')).toBeNull()
  })
})

describe('所属長・企画課に報告', () => {
  it('builds the report from the selection, URL, account, 令和 time and a note; copies it and logs the report', async () => {
    const { props } = show()
    fireEvent.click(screen.getByRole('button', { name: '所属長・企画課に報告' }))
    await waitFor(() => expect(document.querySelector('.rep-quote')?.textContent).toBe('市の対応はおかしいのでは？'))
    expect(document.querySelector('.report .cl-reminder')!.textContent).toMatch(/否定・反論はせず/)
    fireEvent.input(document.querySelector('.report textarea')!, { target: { value: '返信はまだしていません' } })
    fireEvent.click(screen.getByRole('button', { name: 'コピーする' }))
    await waitFor(() => expect(props.copy).toHaveBeenCalled())
    const text = (props.copy as ReturnType<typeof vi.fn>).mock.calls[0]![0] as string
    expect(text).toContain('日時：令和8年11月24日 10:00')
    expect(text).toContain('アカウント：X（旧Twitter） @yanagawa_city（柳川市公式）')
    expect(text).toContain('ページ：https://x.com/someone/status/1')
    expect(text).toContain('返信はまだしていません')
    await waitFor(() => expect(props.onReported).toHaveBeenCalledWith('clipboard'))
    expect(screen.getByRole('status').textContent).toMatch(/コピーしました/)
  })

  it('without recipients the e-mail button is off and points to the settings; with them it is a mailto:', async () => {
    const { props } = show()
    fireEvent.click(screen.getByRole('button', { name: '所属長・企画課に報告' }))
    await waitFor(() => screen.getByText('報告先のメールアドレスが未設定です。', { exact: false }))
    expect((screen.getByRole('button', { name: 'メールを作成' }) as HTMLButtonElement).disabled).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: '設定する' }))
    expect(props.onOpenOptions).toHaveBeenCalledWith('#report')
    cleanup()
    const second = show({ reportRecipients: ['kikaku@city.yanagawa.lg.jp'] })
    fireEvent.click(screen.getByRole('button', { name: '所属長・企画課に報告' }))
    await waitFor(() => document.querySelector('.rep-quote'))
    const mail = document.querySelector<HTMLAnchorElement>('[data-action="mail"]')!
    expect(mail.getAttribute('href')!.startsWith('mailto:kikaku@city.yanagawa.lg.jp?subject=')).toBe(true)
    expect(decodeURIComponent(mail.getAttribute('href')!)).toContain('市の対応はおかしいのでは？')
    fireEvent.click(mail)
    expect(second.props.onReported).toHaveBeenCalledWith('mail')
  })

  it('says when nothing is selected, and a failed copy', async () => {
    show({ getSelection: async () => '', copy: async () => false })
    fireEvent.click(screen.getByRole('button', { name: '所属長・企画課に報告' }))
    await waitFor(() => screen.getByText(/何も選択されていません/))
    fireEvent.click(screen.getByRole('button', { name: 'コピーする' }))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/コピーできませんでした/))
  })
})
