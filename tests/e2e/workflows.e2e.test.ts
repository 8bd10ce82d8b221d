/**
 * Issue #14 workflows in Chromium with the built extension: the incident checklists (6(2) 炎上,
 * 6(3) 成りすまし, 6(4) 乗っ取り) in the popup with ticks kept per account and the account's context
 * in incident mode; 「所属長・企画課に報告」 with the text selected on the X tab (read through
 * chrome.scripting); the manager's periodic review sheet (4(1)) printed on A4 and exported as CSV;
 * the 報告と記録 settings; the settings version written on start. Screenshots of each state.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditEntry } from '../../src/background/store'
import { parseCsv } from '../../src/registry/io'
import type { AccountContext } from '../../src/shared/protocol'
import { sample } from '../registry/sample'
import { launch, screenshot, SCREENSHOTS, type Harness } from './harness'

let h: Harness
let x: Page
let xTab = 0

beforeAll(async () => {
  h = await launch()
  await h.context.route(/^chrome-extension:\/\//, (route) => route.continue())
  x = await h.page('https://x.com/home')
  await x.waitForFunction(() => document.documentElement.getAttribute('data-post-guard') === 'protected')
  xTab = await h.serviceWorker!.evaluate(async () => (await chrome.tabs.query({ url: 'https://x.com/*' }))[0]!.id!)
  await h.serviceWorker!.evaluate((registry) => chrome.storage.local.set({ registry }), [sample('acct-x', { tone: 4, approval: true })])
})
afterAll(async () => {
  await h?.close()
})

const local = <T,>(key: string) => h.serviceWorker!.evaluate((k) => chrome.storage.local.get(k).then((r) => r[k]), key) as Promise<T>
const setLocal = (items: Record<string, unknown>) => h.serviceWorker!.evaluate((i) => chrome.storage.local.set(i), items)

async function openPopup(): Promise<Page> {
  const p = await h.context.newPage()
  await p.setViewportSize({ width: 360, height: 720 })
  await p.goto(`chrome-extension://${h.extensionId}/src/popup/index.html?tab=${xTab}`)
  await p.locator('main.popup').waitFor()
  await p.locator('.reg.registered').waitFor()
  return p
}

async function shot(p: Page, name: string): Promise<void> {
  const box = await p.evaluate(() => document.querySelector('main.popup')!.getBoundingClientRect().toJSON() as DOMRect)
  await p.setViewportSize({ width: 360, height: Math.ceil(box.height) + 4 })
  await screenshot(p, name, { x: 0, y: 0, width: 360, height: Math.ceil(box.height) })
}

describe('settings version', () => {
  it('the background wrote settingsVersion on start', async () => {
    await expect.poll(() => local<number>('settingsVersion'), { timeout: 15_000 }).toBe(1)
    expect(await local('keepSentText')).toBe(false)
  })
})

describe('incident checklists in the popup', () => {
  it('starts a 炎上 checklist, keeps its ticks, puts the account in incident mode, logs each step', async () => {
    const p = await openPopup()
    await p.locator('[data-incident-start="flaming"]').click()
    const list = p.locator('[data-incident="flaming"]')
    await list.waitFor()
    expect(await list.locator('.cl-reminder').textContent()).toContain('反論や言い争いはしません')
    expect(await p.getByTestId('incident-banner').textContent()).toContain('炎上への対応中')
    await list.locator('[data-step="stop"]').check()
    await list.locator('[data-step="kikaku"]').check()
    await expect.poll(() => list.locator('.cl-progress').textContent()).toBe('2/6')
    // A tick shows at once; the background stores it a moment later.
    const ticked = async () => Object.keys((await local<Record<string, Record<string, { ticks: Record<string, number> }>>>('incidents'))['x:yanagawa_city']?.flaming?.ticks ?? {}).sort()
    await expect.poll(ticked, { timeout: 15_000 }).toEqual(['kikaku', 'stop'])
    // The context the content script gets says 炎上.
    const ctx = (await p.evaluate(() => chrome.runtime.sendMessage({ type: 'context', account: { site: 'x', handle: 'yanagawa_city' }, site: 'x' }))) as AccountContext
    expect(ctx.incident).toBe('flaming')
    await shot(p, 'workflows-1-flaming')
    // Reopened, the popup shows the same ticks.
    await p.close()
    const again = await openPopup()
    await again.locator('[data-incident="flaming"]').waitFor()
    expect(await again.locator('[data-step="kikaku"]').isChecked()).toBe(true)
    await again.locator('[data-incident-close="flaming"]').click()
    await again.locator('[data-incident="flaming"]').waitFor({ state: 'detached' })
    const incidentOf = async () => ((await again.evaluate(() => chrome.runtime.sendMessage({ type: 'context', account: { site: 'x', handle: 'yanagawa_city' }, site: 'x' }))) as AccountContext).incident
    await expect.poll(incidentOf, { timeout: 15_000 }).toBeUndefined()
    const incidentLog = async () => (await local<AuditEntry[]>('audit')).filter((e) => e.kind === 'incident').map((e) => e.detail)
    await expect.poll(async () => (await incidentLog()).length, { timeout: 15_000 }).toBe(4)
    const log = await incidentLog()
    expect(log).toEqual([
      expect.stringContaining('チェックリストを開始しました'),
      expect.stringContaining('反論や言い訳の書き込みをしない'),
      expect.stringContaining('企画課に報告する'),
      expect.stringContaining('6項目中2項目を完了'),
    ])
    await again.close()
  })

  it('a 乗っ取り checklist links to X’s own password page and lists this browser’s sends of the last 24 hours', async () => {
    const now = Date.now()
    const send = (ago: number, verdict: string, extra: Record<string, unknown> = {}) => ({ at: now - ago, kind: 'send', site: 'x', account: 'x:yanagawa_city', accountName: '柳川市公式', registration: 'registered', outcome: 'sent', verdict, rules: [], findings: 0, confirmed: [], ...extra })
    const audit = await local<AuditEntry[]>('audit')
    await setLocal({ audit: [...audit, send(30 * 3_600_000, 'ok'), send(5 * 3_600_000, 'warn', { confirmed: ['warnings'] }), send(20 * 60_000, 'ok')] })
    const p = await openPopup()
    await p.locator('[data-incident-start="hijack"]').click()
    const list = p.locator('[data-incident="hijack"]')
    await list.waitFor()
    expect(await list.locator('[data-link="password"]').getAttribute('href')).toBe('https://x.com/settings/password')
    expect(await list.locator('[data-link="sessions"]').getAttribute('href')).toBe('https://x.com/settings/sessions')
    expect(await p.getByTestId('sendlog').textContent()).toContain('直近24時間・2件')
    expect(await p.getByTestId('sendlog').locator('li').count()).toBe(2)
    await shot(p, 'workflows-2-hijack')
    await p.locator('[data-incident-close="hijack"]').click()
    await p.close()
  })
})

describe('所属長・企画課に報告', () => {
  it('reads the text selected on the X tab and builds a report to copy or e-mail', async () => {
    await setLocal({ reportRecipients: ['kikaku@city.yanagawa.lg.jp', 'hisho@city.yanagawa.lg.jp'] })
    await x.evaluate(() => {
      const el = document.querySelector('[data-testid="tweetText"]')!
      const range = document.createRange()
      range.selectNodeContents(el)
      getSelection()!.removeAllRanges()
      getSelection()!.addRange(range)
    })
    const p = await openPopup()
    await p.getByRole('button', { name: '所属長・企画課に報告' }).click()
    await expect.poll(() => p.locator('.rep-quote').textContent()).toBe('川下りの運航時間を教えてください。')
    await p.locator('.report textarea').fill('観光課に確認中。返信はまだしていません。')
    const href = (await p.locator('[data-action="mail"]').getAttribute('href'))!
    expect(href.startsWith('mailto:kikaku@city.yanagawa.lg.jp,hisho@city.yanagawa.lg.jp?subject=')).toBe(true)
    const body = decodeURIComponent(href.split('&body=')[1]!)
    expect(body).toMatch(/日時：令和\d+年\d+月\d+日 \d\d:\d\d/)
    expect(body).toContain('アカウント：X（旧Twitter） @yanagawa_city（柳川市公式）')
    expect(body).toContain('ページ：https://x.com/home')
    expect(body).toContain('川下りの運航時間を教えてください。')
    expect(body).toContain('観光課に確認中。')
    expect(body).toMatch(/否定・反論はせず/)
    await p.locator('.rep-preview summary').click()
    await p.getByRole('button', { name: 'コピーする' }).click()
    await p.getByText('報告の文面をコピーしました', { exact: false }).waitFor()
    await expect.poll(async () => (await local<AuditEntry[]>('audit')).filter((e) => e.kind === 'report').length).toBe(1)
    await shot(p, 'workflows-3-report')
    await p.close()
  })
})

describe('options: periodic review (4(1)) and 報告と記録', () => {
  it('sets recipients and the text-keeping setting', async () => {
    const page = await h.context.newPage()
    await page.goto(`chrome-extension://${h.extensionId}/src/options/index.html#report`)
    await page.getByRole('heading', { name: '報告と記録の設定' }).waitFor()
    expect(await page.getByLabel('報告先のメールアドレス').inputValue()).toBe('kikaku@city.yanagawa.lg.jp\nhisho@city.yanagawa.lg.jp')
    await page.getByLabel('送信した文章を送信記録に保存する').check()
    await expect.poll(() => local('keepSentText')).toBe(true)
    await page.screenshot({ path: join(SCREENSHOTS, 'workflows-4-report-settings.png'), fullPage: true })
    await page.close()
  })

  it('makes the review sheet for one account and period, on A4 and as CSV', async () => {
    const now = Date.now()
    const e = (ago: number, over: Record<string, unknown>) => ({ at: now - ago, kind: 'send', site: 'x', account: 'x:yanagawa_city', accountName: '柳川市公式', registration: 'registered', outcome: 'sent', verdict: 'ok', rules: [], findings: 0, confirmed: [], ...over })
    const audit = await local<AuditEntry[]>('audit')
    await setLocal({
      audit: [
        ...audit,
        e(3 * 86_400_000, { text: '【お知らせ】11月30日（日）は市民まつりです。会場：柳川市総合体育館' }),
        e(2 * 86_400_000, { verdict: 'warn', rules: [{ rule: 'link/shortener', count: 1 }], findings: 1, confirmed: ['warnings', 'approval'], text: '詳しくはこちら https://bit.ly/xyz' }),
        e(86_400_000, { outcome: 'blocked', verdict: 'block', rules: [{ rule: 'personal-info/mobile', count: 1 }], findings: 1 }),
      ],
    })
    const page = await h.context.newPage()
    await page.goto(`chrome-extension://${h.extensionId}/src/options/index.html#audit`)
    await page.getByRole('heading', { name: '送信記録' }).waitFor()
    await page.getByLabel('アカウント').selectOption('x:yanagawa_city')
    await page.screenshot({ path: join(SCREENSHOTS, 'workflows-5-audit-review-bar.png') })
    const [sheet] = await Promise.all([h.context.waitForEvent('page'), page.getByRole('button', { name: '確認票を作る' }).click()])
    await sheet.locator('.sheet.review').waitFor()
    expect(await sheet.locator('h1').textContent()).toBe('発言内容の定期確認票')
    expect(await sheet.locator('table.summary').textContent()).toContain('柳川市公式（yanagawa_city）')
    expect(await sheet.locator('table.rows tbody tr').count()).toBeGreaterThanOrEqual(5)
    expect(await sheet.locator('table.rows').textContent()).toContain('市民まつり')
    expect(await sheet.locator('.confirm-box').textContent()).toContain('確認者印')
    await sheet.setViewportSize({ width: 900, height: 1200 })
    await sheet.screenshot({ path: join(SCREENSHOTS, 'workflows-6-review-sheet.png'), fullPage: true })
    await sheet.emulateMedia({ media: 'print' })
    await sheet.screenshot({ path: join(SCREENSHOTS, 'workflows-7-review-print.png'), fullPage: true })
    // Printed on A4 (the print CSS's named page): the PDF's pages are 210 × 297 mm.
    const pdf = await sheet.pdf({ preferCSSPageSize: true, path: join(SCREENSHOTS, 'workflows-7-review.pdf') })
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'))
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842])
    await sheet.emulateMedia({ media: 'screen' })
    const [download] = await Promise.all([sheet.waitForEvent('download'), sheet.getByRole('button', { name: 'CSVで書き出す（Excel用）' }).click()])
    const text = readFileSync((await download.path())!, 'utf8')
    expect(text.startsWith('\uFEFF発言内容の定期確認票')).toBe(true)
    const rows = parseCsv(text).rows
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t]/)
    expect(rows.some((r) => r.includes('詳しくはこちら https://bit.ly/xyz'))).toBe(true)
    expect(rows.some((r) => r[0] === '確認日')).toBe(true)
    await sheet.close()
    await page.close()
  })

  it('made no network request from any extension context', () => {
    expect(h.requests.filter((r) => r.serviceWorker || r.from.startsWith('chrome-extension://'))).toEqual([])
  })
})

describe('settings migration in the browser', () => {
  it('a store in the old format is upgraded when the service worker starts again', async () => {
    const legacy = { at: Date.now() - 86_400_000, site: 'x', account: 'x:yanagawa_city', verdict: 'warn', rules: ['link/shortener', 'link/shortener'], confirmed: ['warnings'] }
    await h.serviceWorker!.evaluate(async (entry) => {
      await chrome.storage.local.remove(['settingsVersion', 'keepSentText', 'reportRecipients'])
      // (A blog-host change is logged, which rewrites the log: set the old-format log after it.)
      await chrome.storage.local.set({ blogHosts: ['Blog.City.Yanagawa.lg.jp'] })
      await new Promise((r) => setTimeout(r, 300))
      await chrome.storage.local.set({ audit: [entry] })
    }, legacy)
    // The running worker leaves the old format alone (it upgrades only when it starts).
    expect(await h.serviceWorker!.evaluate(() => chrome.storage.local.get(['settingsVersion', 'audit']))).toEqual({ audit: [legacy] })
    // Stop the service worker (as the browser does when it is idle); the next message starts it again (the options
    // page's own request on load may already do so), and the new worker upgrades storage.local.
    const page = await h.context.newPage()
    await page.goto(`chrome-extension://${h.extensionId}/src/options/index.html#audit`)
    const cdp = await h.context.newCDPSession(page)
    await cdp.send('ServiceWorker.enable')
    await cdp.send('ServiceWorker.stopAllWorkers')
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'problems' }))
    const read = (key: string) => page.evaluate((k) => chrome.storage.local.get(k).then((r) => r[k]), key)
    await expect.poll(() => read('settingsVersion'), { timeout: 30_000 }).toBe(1)
    const audit = (await read('audit')) as AuditEntry[]
    expect(audit.find((e) => e.at === legacy.at)).toMatchObject({ kind: 'send', outcome: 'sent', verdict: 'warn', rules: [{ rule: 'link/shortener', count: 2 }], findings: 2 })
    expect(audit.some((e) => e.kind === 'settings' && /版0から版1/.test(e.detail ?? ''))).toBe(true)
    expect(await read('blogHosts')).toEqual(['blog.city.yanagawa.lg.jp'])
    expect(await read('keepSentText')).toBe(false)
    await page.close()
  })
})
