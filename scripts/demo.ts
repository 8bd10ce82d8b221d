/**
 * `npm start`: a demo anyone can run, with no live account.
 *
 * Builds the extension (dist/) and the demo pages (tests/fixtures: the real draft-js and lexical
 * editors in the markup of X, Facebook and Instagram), then opens Chromium with Post Guard loaded.
 * The demo pages are served under the real addresses (https://x.com/…) from this machine; every
 * other request is blocked, so nothing reaches the network. The account registry gets three sample
 * accounts: X @yanagawa_city registered (表現の硬軟度合い 4, 決裁 要), the Facebook page 柳川市
 * retired (廃止), and Instagram @yanagawa_city left unregistered.
 *
 *   npm start                  # a window (when a display is available), until you close it
 *   npm start -- --headless    # no window: prints what the pages say, then exits
 *   npm start -- --smoke       # headless check for CI: a highlight and a block appear on the X page
 *   npm start -- --no-build    # use the existing dist/ and demo pages
 *
 * Exit status: 0 when the demo ran (and, with --smoke, the check passed), 1 otherwise.
 */
import { execSync } from 'node:child_process'
import type { Page } from 'playwright-core'
import { emptyRecord, type AccountRecord } from '../src/registry/model'
import { buildFixtures } from '../tests/e2e/global-setup'
import { launch, type Harness } from '../tests/e2e/harness'

const args = new Set(process.argv.slice(2))
const smoke = args.has('--smoke')
const headless = smoke || args.has('--headless') || !process.env.DISPLAY

/** The sample registry (別紙1 records) the demo starts with. */
export function demoRegistry(): AccountRecord[] {
  const base = {
    department: '総務部 秘書広報課',
    manager: '柳川 太郎',
    purpose: '市政情報、観光・イベント、災害情報の発信',
    contactPerson: '水郷 花子',
    contact: '0944-73-8111',
    ownContacts: { phones: ['0944-73-8111'], emailDomains: ['city.yanagawa.fukuoka.jp'], addresses: [], domains: [] },
  }
  return [
    {
      ...emptyRecord('demo-x', '2025-04-01'),
      ...base,
      service: 'x',
      accountName: '柳川市公式',
      url: 'https://x.com/yanagawa_city',
      introduction: '柳川市の公式Xアカウントです。返信は行っていません。',
      tone: 4,
      approval: true,
      broadcastOnly: true,
    },
    {
      ...emptyRecord('demo-fb', '2023-04-01'),
      ...base,
      service: 'facebook',
      accountName: '柳川市',
      url: 'https://www.facebook.com/yanagawa.city',
      introduction: '柳川市の公式Facebookページでした。',
      tone: 3,
      approval: false,
      status: 'retired',
      retirement: { reason: '市公式アカウントへ統合', date: '2026-03-31', filedOn: '2026-03-10' },
    },
  ]
}

const X_EDITOR = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"][role="textbox"]'

async function waitForVerdict(page: Page, verdict: string): Promise<void> {
  await page.waitForFunction(
    (v) => [...document.querySelectorAll('[data-post-guard-verdict]')].some((el) => el.getAttribute('data-post-guard-verdict') === v),
    verdict,
    { timeout: 15_000 },
  )
}

/** Type a draft with a private mobile number on the X page; a block must show, and sending must be refused. */
async function smokeCheck(h: Harness, x: Page): Promise<string[]> {
  const problems: string[] = []
  await x.locator(X_EDITOR).click()
  await x.keyboard.type('明日の説明会の連絡先は担当者の携帯 090-2345-6789 です。', { delay: 5 })
  await waitForVerdict(x, 'block').catch(() => problems.push('送信不可（block）の表示が出ませんでした'))
  const highlighted = await x.evaluate(() => {
    const reg = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights
    return !!reg && reg.has('post-guard-block')
  })
  if (!highlighted) problems.push('下線（CSS Custom Highlight）が描かれていません')
  await x.keyboard.press('Control+Enter')
  const dialog = await x
    .locator('post-guard-dialog')
    .waitFor({ state: 'attached', timeout: 5_000 })
    .then(() => true)
    .catch(() => false)
  if (!dialog) problems.push('送信しようとしても確認画面（送信不可）が出ませんでした')
  if (h.requests.length > 0) problems.push(`外部への通信がありました: ${h.requests.map((r) => r.url).join(', ')}`)
  return problems
}

async function main(): Promise<number> {
  if (!args.has('--no-build')) {
    console.log('拡張機能とデモページをビルドしています…')
    execSync('npm run --silent build:chrome', { stdio: 'inherit' })
    await buildFixtures()
  }
  const h = await launch({ headless, viewport: headless ? undefined : { width: 1280, height: 860 } })
  // The options page and popup load their own files from the extension package.
  await h.context.route(/^chrome-extension:\/\//, (route) => route.continue())
  await h.serviceWorker!.evaluate((registry) => chrome.storage.local.set({ registry }), demoRegistry())
  const x = await h.page('https://x.com/home')
  if (!smoke) {
    await h.page('https://www.facebook.com/')
    await h.page('https://www.instagram.com/')
    const options = await h.context.newPage()
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html`)
    await x.bringToFront()
  }
  const status = await x.evaluate(() => document.documentElement.getAttribute('data-post-guard'))
  console.log(`X のデモページ: ${status === 'protected' ? '保護されています' : `状態 ${status ?? '不明'}`}`)
  if (smoke) {
    const problems = await smokeCheck(h, x)
    await h.close()
    if (problems.length > 0) {
      console.error(`デモの確認に失敗しました:\n- ${problems.join('\n- ')}`)
      return 1
    }
    console.log('デモの確認: 下線と送信不可の表示を確認しました。外部への通信はありません。')
    return 0
  }
  if (headless) {
    console.log('画面がないため、確認だけして終了します（--smoke で送信不可の確認もできます）。')
    await h.close()
    return 0
  }
  console.log('Chromium を開きました。X・Facebook・Instagram のデモページで投稿を入力してみてください。ウィンドウを閉じると終了します。')
  await new Promise<void>((done) => h.context.on('close', () => done()))
  await h.close()
  return 0
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`デモを起動できませんでした: ${e instanceof Error ? e.message : String(e)}`)
    process.exit(1)
  },
)
