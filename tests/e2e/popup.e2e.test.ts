/**
 * Toolbar popup in Chromium with the built extension, describing the X fixture tab (acting account
 * @yanagawa_city): a registered, an unregistered and a retired account, the focused draft's findings
 * updating live, and emergency mode (災害時モード) switching itself off on time, in the popup and in
 * the page (an open reply draft is judged again without a keystroke). Screenshots of each state.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AccountRecord } from '../../src/registry/model'
import { sample } from '../registry/sample'
import { confirmAndSend, focusEditor, insertText, launch, screenshot, waitForDialog, waitForVerdict, X, type Harness } from './harness'

let h: Harness
let x: Page
let xTab = 0

beforeAll(async () => {
  h = await launch()
  // The harness blocks every request that is not a fixture; the extension's own pages load its packaged files.
  await h.context.route(/^chrome-extension:\/\//, (route) => route.continue())
  x = await h.page('https://x.com/home')
  await x.waitForFunction(() => document.documentElement.getAttribute('data-post-guard') === 'protected')
  xTab = await h.serviceWorker!.evaluate(async () => (await chrome.tabs.query({ url: 'https://x.com/*' }))[0]!.id!)
})
afterAll(async () => {
  await h?.close()
})

async function setStorage(items: Record<string, unknown>): Promise<void> {
  await h.serviceWorker!.evaluate((i) => chrome.storage.local.set(i), items)
}

/** The popup, opened as a page about the X tab (as the toolbar button would show it for that tab). */
async function openPopup(): Promise<Page> {
  const p = await h.context.newPage()
  await p.setViewportSize({ width: 360, height: 720 })
  await p.goto(`chrome-extension://${h.extensionId}/src/popup/index.html?tab=${xTab}`)
  await p.locator('main.popup').waitFor()
  return p
}

/** A screenshot of the popup as the toolbar shows it: the body, 360 px wide. */
async function shot(p: Page, name: string): Promise<void> {
  const box = await p.evaluate(() => document.querySelector('main.popup')!.getBoundingClientRect().toJSON() as DOMRect)
  await screenshot(p, name, { x: 0, y: 0, width: 360, height: Math.ceil(box.height) })
}

const registered: AccountRecord = sample('acct-x', { tone: 4, approval: true })

describe('popup', () => {
  it('shows a registered account: tone level as on the form, approval, department, people, protection', async () => {
    await setStorage({ registry: [registered], emergencyUntil: null })
    const p = await openPopup()
    await p.locator('.reg.registered').waitFor()
    expect(await p.locator('.reg').textContent()).toBe('登録済み')
    expect(await p.locator('.handle').textContent()).toBe('@yanagawa_city')
    expect(await p.locator('.acct-name').textContent()).toBe('柳川市公式')
    expect(await p.locator('[data-protection]').getAttribute('data-protection')).toBe('protected')
    expect(await p.locator('.tone-scale li').allTextContents()).toEqual(['5', '4', '3', '2', '1'])
    expect(await p.locator('.tone-scale li[aria-current="true"]').textContent()).toBe('4')
    expect(await p.locator('.tone-ends').textContent()).toMatch(/硬い ← → 柔らかい/)
    const facts = await p.locator('.facts').innerText()
    expect(facts).toMatch(/管理者の決裁\s+要/)
    for (const v of ['総務部 秘書広報課', '柳川 太郎', '水郷 花子', '内線 1234 / 0944-73-8111']) expect(facts).toContain(v)
    expect(await p.locator('.sub', { hasText: '見守っている投稿欄' }).textContent()).toMatch(/見守っている投稿欄：[1-9]/)
    await shot(p, 'popup-1-registered')
    await p.close()
  })

  it('shows the focused draft’s findings, live', async () => {
    const p = await openPopup()
    expect(await p.locator('.draft').textContent()).toContain('指摘はありません')
    await x.bringToFront()
    await focusEditor(x, X.editor)
    await insertText(x, '担当の携帯は090-1234-5678です')
    await waitForVerdict(x, X.editor, 'block')
    await p.bringToFront()
    await expect.poll(() => p.locator('.draft').textContent(), { timeout: 15_000 }).toMatch(/指摘 1件（最も重いもの：送信不可）/)
    expect(await p.locator('.draft .counts').textContent()).toBe('送信不可 1・要確認 0・参考 0')
    await shot(p, 'popup-2-findings')
    await p.close()
    await x.bringToFront()
    await x.keyboard.press('ControlOrMeta+A')
    await x.keyboard.press('Delete')
  })

  it('says plainly that an unregistered account is not registered, and links to the form prefilled', async () => {
    await setStorage({ registry: [] })
    const p = await openPopup()
    await p.locator('.reg.unregistered').waitFor()
    expect(await p.locator('.reg').textContent()).toBe('未登録')
    expect(await p.getByRole('alert').textContent()).toContain('利用届出書（別紙1）で登録されていません')
    // The guideline's strictest reading until registered: approval required.
    expect(await p.locator('.facts').innerText()).toMatch(/管理者の決裁\s+仮：要/)
    // Values the guideline assumes until the account is registered are marked provisional.
    expect(await p.locator('.tone-head').textContent()).toContain('仮：3（未登録）')
    await shot(p, 'popup-3-unregistered')
    const opened = h.context.waitForEvent('page')
    await p.getByRole('button', { name: '利用届出書（別紙1）で登録する' }).click()
    const options = await opened
    await options.waitForLoadState()
    expect(options.url()).toBe(`chrome-extension://${h.extensionId}/src/options/index.html#register?service=x&handle=yanagawa_city`)
    await options.close()
  })

  it('shows a retired account as retired, with its 廃止日', async () => {
    await setStorage({ registry: [{ ...registered, status: 'retired', retirement: { reason: '統合のため', date: '2026-03-31', filedOn: '2026-03-10' } }] })
    const p = await openPopup()
    await p.locator('.reg.retired').waitFor()
    expect(await p.locator('.reg').textContent()).toBe('廃止済み')
    expect(await p.getByRole('alert').textContent()).toContain('廃止日：令和8年3月31日')
    // No green 「保護されています」 beside the retired warning.
    expect(await p.getByText('保護されています').count()).toBe(0)
    expect(await p.locator('[data-protection]').getAttribute('data-protection')).toBe('retired')
    await shot(p, 'popup-4-retired')
    await p.close()
  })

  it('with corrupted storage, still checks with the account’s settings, asks before sending, writes the audit entry, and shows the problems', async () => {
    await setStorage({
      registry: [registered, { id: 'broken', url: 'javascript:alert(1)' }],
      history: { 'x:yanagawa_city': [{ fp: 'not a fingerprint', at: 'yesterday' }] },
      audit: 'not a list',
      emergencyUntil: Number.NaN,
    })
    await x.bringToFront()
    await x.reload()
    await x.waitForFunction(() => document.documentElement.getAttribute('data-post-guard') === 'protected')
    await focusEditor(x, X.editor)
    await insertText(x, '本日は柳川市民まつりです。ぜひお越しください。')
    await x.locator(X.button).click()
    // The registered account needs 決裁: the dialog asks for it.
    const d = await waitForDialog(x, 'confirm')
    expect(d.confirms).toContain('approval')
    await confirmAndSend(x)
    const audit = async () => (await h.serviceWorker!.evaluate(async () => (await chrome.storage.local.get('audit')).audit)) as Array<{ kind: string; account?: string; confirmed?: string[] }>
    await expect.poll(async () => (Array.isArray(await audit()) ? (await audit()).filter((e) => e.kind === 'send').length : 0), { timeout: 15_000 }).toBe(1)
    expect((await audit()).find((e) => e.kind === 'send')).toMatchObject({ account: 'x:yanagawa_city', confirmed: expect.arrayContaining(['approval']) })
    const p = await openPopup()
    await p.locator('.reg.registered').waitFor()
    const problems = p.getByTestId('problems')
    await problems.waitFor()
    expect(await problems.textContent()).toMatch(/台帳の2件目（ID broken）を読み飛ばしました/)
    await shot(p, 'popup-6-problems')
    await p.close()
    await setStorage({ registry: [registered], history: {}, audit: [], emergencyUntil: null })
  })

  it('the background refuses an emergency duration outside 15 minutes – 24 hours, and the tab status to a web page', async () => {
    const p = await openPopup()
    for (const minutes of [1e12, 5, 60.5]) {
      const answer = await p.evaluate((m) => chrome.runtime.sendMessage({ type: 'set-emergency', minutes: m }), minutes)
      expect(answer).toMatchObject({ error: expect.stringMatching(/災害時モード|分/) })
    }
    expect(await h.serviceWorker!.evaluate(async () => (await chrome.storage.local.get('emergencyUntil')).emergencyUntil ?? null)).toBeNull()
    // The popup (an extension page) may ask about a tab.
    expect(await p.evaluate((tabId) => chrome.runtime.sendMessage({ type: 'tab-status', tabId }), xTab)).toMatchObject({ site: 'x' })
    await p.close()
  })

  it('turns emergency mode on for the chosen time, and it switches itself off on time, in the popup and the page', async () => {
    await setStorage({ registry: [registered], emergencyUntil: null })
    const p = await openPopup()
    await p.locator('#em-min').selectOption('60')
    const before = Date.now()
    await p.getByRole('button', { name: 'オンにする' }).click()
    await p.locator('.emergency-banner').waitFor()
    const until = (await h.serviceWorker!.evaluate(async () => (await chrome.storage.local.get('emergencyUntil')).emergencyUntil)) as number
    expect(until).toBeGreaterThanOrEqual(before + 60 * 60_000)
    expect(until).toBeLessThan(Date.now() + 60 * 60_000 + 1000)
    expect(await p.locator('.emergency-banner').textContent()).toMatch(/災害時モード：オン.*あと1時間で自動的にオフ/)
    await shot(p, 'popup-5-emergency')

    // As if it had been switched on an hour ago: a few seconds left.
    await setStorage({ emergencyUntil: Date.now() + 5000 })
    await x.bringToFront()
    await x.locator('[data-testid="reply"]').click()
    const reply = '#layers [role="dialog"] [data-testid="tweetTextarea_0"]'
    await focusEditor(x, reply)
    await insertText(x, 'ご質問ありがとうございます。詳しくは担当課までお問い合わせください。')
    // While on, a reply from this broadcast-only account is allowed (a note only).
    await waitForVerdict(x, reply, 'info')
    // Then, with nobody typing, the draft is judged again when the mode ends.
    await waitForVerdict(x, reply, 'warn', undefined, 10_000)
    await x.locator(X.modalButton).click()
    const d = await waitForDialog(x, 'confirm')
    expect(d.text).toContain('専ら情報発信')
    // The popup, left open, has switched itself off too.
    await p.bringToFront()
    await p.locator('.emergency-banner').waitFor({ state: 'detached', timeout: 15_000 })
    expect(await p.getByRole('button', { name: 'オンにする' }).isVisible()).toBe(true)
    await p.close()
  })
})
