// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_POLICY } from '../../src/engine'
import { Popup, type PopupProps } from '../../src/popup/Popup'
import type { AccountContext, TabStatus } from '../../src/shared/protocol'
import { installI18n } from '../options/fakes'
import { sample } from '../registry/sample'

const NOW = Date.parse('2026-11-24T10:00:00+09:00')

const status = (over: Partial<TabStatus> = {}): TabStatus => ({
  site: 'x',
  url: 'https://x.com/home',
  protected: true,
  composers: 2,
  account: { site: 'x', handle: 'yanagawa_city' },
  focused: null,
  updatedAt: NOW,
  ...over,
})
const context = (over: Partial<AccountContext> = {}): AccountContext => ({
  registration: 'registered',
  recordId: 'acct-x',
  tone: 4,
  approval: true,
  broadcastOnly: true,
  emergency: false,
  policy: DEFAULT_POLICY,
  history: [],
  ...over,
})

function show(over: Partial<PopupProps> = {}) {
  const props: PopupProps = {
    status: status(),
    context: context(),
    record: sample('acct-x'),
    now: NOW,
    emergencyUntil: null,
    onEmergency: vi.fn(),
    onOpenOptions: vi.fn(),
    ...over,
  }
  render(<Popup {...props} />)
  return props
}

beforeEach(() => installI18n())
afterEach(cleanup)

describe('Popup', () => {
  it('shows a registered account with its tone level marked, approval and people', () => {
    show()
    expect(screen.getByText('登録済み')).toBeTruthy()
    const current = document.querySelector('.tone-scale li[aria-current="true"]')
    expect(current?.textContent).toBe('4')
    expect(document.querySelector('.facts')?.textContent).toContain('要')
    for (const v of ['総務部 秘書広報課', '柳川 太郎', '水郷 花子']) expect(screen.getByText(v)).toBeTruthy()
    expect(screen.getByText('保護されています')).toBeTruthy()
    expect(screen.getByText('見守っている投稿欄：2')).toBeTruthy()
  })

  it('says an account is unregistered and opens the registration form prefilled', () => {
    const p = show({ context: context({ registration: 'unregistered', recordId: undefined, tone: 3 }), record: null })
    expect(screen.getByText('未登録')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '利用届出書（別紙1）で登録する' }))
    expect(p.onOpenOptions).toHaveBeenCalledWith('#register?service=x&handle=yanagawa_city')
  })

  it('shows a retired account with its 廃止日 in 令和', () => {
    show({ context: context({ registration: 'retired' }), record: sample('acct-x', { status: 'retired', retirement: { reason: '統合', date: '2026-03-31', filedOn: '2026-03-10' } }) })
    expect(screen.getByText('廃止済み')).toBeTruthy()
    expect(screen.getByRole('alert').textContent).toContain('廃止日：令和8年3月31日')
  })

  it('says a page is not protected, and why, and that a page that is not a supported site is not checked', () => {
    show({ status: status({ protected: false, reason: 'statusNoComposer' }) })
    const pill = document.querySelector('[data-protection="unprotected"]')
    expect(pill?.textContent).toBe('このページは保護されていません')
    expect(pill?.getAttribute('title')?.length).toBeGreaterThan(5)
    // The reason is said in words, not only in a tooltip.
    expect(document.querySelector('[data-testid="unprotected-reason"]')?.textContent).toBe(pill?.getAttribute('title'))
    expect(document.querySelector('.notice.warn')?.textContent).toMatch(/.+/)
    cleanup()
    show({ status: null, context: null, record: null })
    expect(document.querySelector('.card.muted')?.textContent).toMatch(/.+/)
    expect(document.querySelector('.reg')).toBeNull()
  })

  it('shows the focused draft’s findings and worst severity', () => {
    show({ status: status({ focused: { verdict: 'block', findings: 3, block: 1, warn: 2, info: 0, mode: 'post' } }) })
    expect(document.querySelector('.draft')?.textContent).toContain('指摘 3件（最も重いもの：送信不可）')
    expect(document.querySelector('.counts')?.textContent).toBe('送信不可 1・要確認 2・参考 0')
  })

  it('turns emergency mode on for the chosen time, shows the time left, and turns it off', () => {
    const p = show()
    fireEvent.change(screen.getByLabelText('継続時間'), { target: { value: '60' } })
    fireEvent.click(screen.getByRole('button', { name: 'オンにする' }))
    expect(p.onEmergency).toHaveBeenCalledWith(60)
    cleanup()
    const on = show({ emergencyUntil: NOW + 90 * 60_000 })
    expect(screen.getByRole('status').textContent).toContain('あと1時間30分で自動的にオフ')
    fireEvent.click(screen.getByRole('button', { name: '今すぐオフにする' }))
    expect(on.onEmergency).toHaveBeenCalledWith(null)
    cleanup()
    show({ emergencyUntil: NOW - 1 })
    expect(screen.queryByRole('status')).toBeNull()
    expect(screen.getByRole('button', { name: 'オンにする' })).toBeTruthy()
  })

  it('marks provisional values of an unregistered account 「仮：3（未登録）」', () => {
    show({ context: context({ registration: 'unregistered', recordId: undefined, tone: 3, provisional: true }), record: null })
    expect(document.querySelector('.tone-head')?.textContent).toContain('仮：3（未登録）')
    expect(document.querySelector('.facts')?.textContent).toContain('仮：要')
    expect(screen.getByText(/「仮」の値は/)).toBeTruthy()
  })

  it('never shows a green 「保護されています」 beside a 廃止 warning', () => {
    show({ context: context({ registration: 'retired' }), record: sample('acct-x', { status: 'retired', retirement: { reason: '統合', date: '2026-03-31', filedOn: '' } }) })
    expect(screen.queryByText('保護されています')).toBeNull()
    expect(document.querySelector('[data-protection]')?.textContent).toBe('廃止済みのアカウント')
    expect(document.querySelector('.pill.ok')).toBeNull()
  })

  it('shows problems and why emergency mode was refused, and hides the switch when only the administrator may use it', () => {
    show({ problems: [{ key: 'a', source: 'local', message: 'この端末の設定の台帳の2件目を読み飛ばしました：url', at: 1 }], emergencyError: '災害時モードは15分以上で指定してください' })
    expect(screen.getByTestId('problems').textContent).toContain('台帳の2件目を読み飛ばしました')
    expect(screen.getByText('災害時モードは15分以上で指定してください')).toBeTruthy()
    cleanup()
    show({ emergencyAdminOnly: true })
    expect(screen.queryByRole('button', { name: 'オンにする' })).toBeNull()
    expect(screen.getByText('災害時モードは管理者だけが切り替えられます。')).toBeTruthy()
  })
})

describe('Popup on Meta Business Suite (a Page and an Instagram account at once)', () => {
  const page = sample('fb', { service: 'facebook', accountName: '柳川市（Facebook）', url: 'https://www.facebook.com/yanagawa.city' })
  const ig = sample('ig', { service: 'instagram', accountName: '柳川市（Instagram）', url: 'https://www.instagram.com/yanagawa_city/' })
  const mbs = (also: NonNullable<TabStatus['account']>['also']) =>
    status({ site: 'facebook', url: 'https://business.facebook.com/latest/composer/', account: { site: 'facebook', handle: 'yanagawa.city', name: '柳川市', also } })
  const lines = () => [...document.querySelectorAll('.acct-line')].map((l) => [l.getAttribute('data-account-site'), l.querySelector('.handle')?.textContent, l.querySelector('.reg')?.textContent])

  it('shows the selected Page and the Instagram account, each with its own registration', () => {
    show({ status: mbs([{ site: 'instagram', handle: 'yanagawa_city' }]), record: page, records: [page, ig] })
    expect(lines()).toEqual([['facebook', '@yanagawa.city', '登録済み'], ['instagram', '@yanagawa_city', '登録済み']])
    expect(document.querySelector('.also-note')?.textContent).toMatch(/Instagram/)
  })

  it('an Instagram account that cannot be read is shown as 未登録, and so is the whole context', () => {
    show({ status: mbs([{ site: 'instagram' }]), record: page, records: [page, ig], context: context({ registration: 'unregistered', provisional: true }) })
    expect(lines()).toEqual([['facebook', '@yanagawa.city', '登録済み'], ['instagram', '（Instagram アカウントを確認できません：未登録として扱います）', '未登録']])
    expect(screen.getByText(/利用届出書（別紙1）で登録されていません/)).toBeTruthy()
  })
})
