/**
 * Options page in Chromium with the built extension: importing a good and a broken CSV (nothing
 * changes on error) and a Shift_JIS CSV from Excel, the registry and rules views, administrator
 * locks, the 送信記録 tab and its CSV export (formulas neutralised), and printing 別紙1 / 別紙2
 * (screenshots).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeShiftJis } from '../../src/registry/encoding'
import { parseCsv, registryToCsv } from '../../src/registry/io'
import { sample } from '../registry/sample'
import { launch, SCREENSHOTS, type Harness } from './harness'

let h: Harness
let page: Page
const dir = join(tmpdir(), 'post-guard-options-e2e')

beforeAll(async () => {
  mkdirSync(dir, { recursive: true })
  mkdirSync(SCREENSHOTS, { recursive: true })
  h = await launch({ viewport: { width: 1180, height: 900 } })
  // The harness blocks every request that is not a fixture; the extension's own pages load its packaged files.
  await h.context.route(/^chrome-extension:\/\//, (route) => route.continue())
  page = await h.page(`chrome-extension://${h.extensionId}/src/options/index.html`)
})
afterAll(async () => {
  await h?.close()
})

const stored = () => page.evaluate(async () => (await chrome.storage.local.get('registry')).registry as Array<{ id: string; status: string }> | undefined)

function file(name: string, text: string | Uint8Array): string {
  const p = join(dir, name)
  writeFileSync(p, text)
  return p
}

describe('options page', () => {
  it('imports a good CSV', async () => {
    const good = registryToCsv([
      sample('a1'),
      sample('a2', { service: 'instagram', accountName: '柳川市観光（Instagram）', url: 'https://www.instagram.com/yanagawa_kanko/', tone: 2, approval: false }),
      sample('a3', { service: 'facebook', accountName: '柳川市子育て支援', url: 'https://www.facebook.com/yanagawa.kosodate', department: 'こども家庭課', status: 'retired', retirement: { reason: '市公式ページに統合するため', date: '2026-03-31', filedOn: '2026-03-10' } }),
    ])
    await page.setInputFiles('[data-testid="import"]', file('good.csv', good))
    await page.getByText('3件の記録を読み込みました。').waitFor()
    expect((await stored())?.map((r) => r.id)).toEqual(['a1', 'a2', 'a3'])
    await page.screenshot({ path: join(SCREENSHOTS, 'options-1-registry.png'), fullPage: true })
  })

  it('rejects a broken CSV with row and field, and changes nothing', async () => {
    const before = await stored()
    const broken = registryToCsv([sample('b1'), sample('b2', { tone: 3 })]).replace(/\r\n([^\r\n]*),3,/, '\r\n$1,7,')
    await page.setInputFiles('[data-testid="import"]', file('broken.csv', broken))
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(/「broken.csv」を読み込めませんでした。台帳は変更していません。.*行目『表現の硬軟度合い』: 1〜5の数字で入力してください/)
    expect(await stored()).toEqual(before)
    await page.screenshot({ path: join(SCREENSHOTS, 'options-2-import-error.png'), fullPage: true })
  })

  it('opens the 別紙1 form for editing', async () => {
    await page.getByRole('button', { name: '編集: 柳川市公式' }).click()
    await page.getByRole('heading', { name: 'ソーシャルメディア利用届出書（別紙1）' }).waitFor()
    await page.screenshot({ path: join(SCREENSHOTS, 'options-3-edit-form.png'), fullPage: true })
    await page.getByRole('button', { name: 'キャンセル' }).click()
  })

  it('retiring (別紙2) is a destructive action that asks for confirmation', async () => {
    await page.getByRole('button', { name: '廃止: 柳川市公式' }).click()
    await page.locator('#retire-title').waitFor()
    await page.getByLabel('廃止の理由').fill('観光アカウントに統合するため')
    await page.getByRole('button', { name: '廃止を届け出る' }).click()
    await page.getByText('廃止の確認欄にチェックを入れてください。').waitFor()
    expect(await page.locator('button.btn.danger').count()).toBe(1)
    await page.screenshot({ path: join(SCREENSHOTS, 'options-3c-retire.png'), fullPage: true })
    await page.getByRole('button', { name: 'キャンセル' }).click()
    expect((await stored())?.find((r) => r.id === 'a1')?.status).toBe('active')
  })

  it('imports a CSV that Excel saved in Shift_JIS', async () => {
    const csv = registryToCsv([sample('sj1', { accountName: '柳川市観光（髙橋）', department: '観光課①', url: 'https://x.com/yanagawa_kanko' })]).replace(/^\uFEFF/, '')
    await page.setInputFiles('[data-testid="import"]', file('excel-sjis.csv', encodeShiftJis(csv)))
    await page.getByText('1件の記録を読み込みました。').waitFor()
    expect((await stored())?.map((r) => r.id)).toContain('sj1')
    await page.getByText('柳川市観光（髙橋）').waitFor()
    expect(await page.getByText('観光課①').count()).toBe(1)
  })

  it('opens the 別紙1 form with required marks, 令和 and the tone scale explained', async () => {
    await page.getByRole('button', { name: '新しく届け出る' }).click()
    await page.getByRole('heading', { name: 'ソーシャルメディア利用届出書（別紙1）' }).waitFor()
    expect(await page.locator('.req').count()).toBeGreaterThanOrEqual(11)
    expect(await page.locator('.wareki').first().textContent()).toMatch(/^令和\d+年\d+月\d+日$/)
    expect(await page.locator('#tone-explain').textContent()).toContain('5：市公式Webサイトと同程度')
    await page.screenshot({ path: join(SCREENSHOTS, 'options-3b-new-form.png'), fullPage: true })
    await page.getByRole('button', { name: 'キャンセル' }).click()
  })

  it('shows the rules with their actual defaults and the guideline floor', async () => {
    await page.getByRole('tab', { name: '確認ルール' }).click()
    const options = await page.getByLabel('個人情報', { exact: true }).locator('option').allTextContents()
    expect(options).toEqual(['規則ごとの既定', 'すべて「送信不可」', 'すべて「要確認」'])
    await page.locator('details.rules').first().evaluate((d) => ((d as HTMLDetailsElement).open = true))
    const mobile = await page.getByLabel('携帯電話番号').locator('option').allTextContents()
    expect(mobile).toEqual(['既定（送信不可）', '送信不可', '要確認'])
    expect(await page.locator('.rule-table').first().textContent()).toContain('既定：送信不可')
    expect(await page.locator('main').textContent()).not.toContain('Personal information')
    await page.screenshot({ path: join(SCREENSHOTS, 'options-4-rules.png'), fullPage: false })
    // The city's local government code (hometown-tax listings) is policy, shown with the default in force.
    const codes = page.getByLabel('全国地方公共団体コード（1行に1件）')
    expect(await codes.inputValue()).toBe('402079')
    await codes.scrollIntoViewIfNeeded()
    await page.locator('#contacts-localGovCodes').locator('xpath=ancestor::div[contains(@class, "grid")][1]').screenshot({ path: join(SCREENSHOTS, 'options-4b-contacts.png') })
    // Full-width digits from the IME are saved as the code; anything else is refused with a Japanese reason and nothing is saved.
    const storedCodes = () => page.evaluate(async () => ((await chrome.storage.local.get('policy')).policy as { contacts?: { localGovCodes?: string[] } } | undefined)?.contacts?.localGovCodes)
    await codes.fill('４０２０７９')
    await codes.blur()
    await expect.poll(storedCodes).toEqual(['402079'])
    await codes.fill('40207-yanagawa')
    await codes.blur()
    await page.getByText('全国地方公共団体コードは5桁（検査数字を含めて6桁）の数字で書いてください：40207-yanagawa（保存していません）').waitFor()
    expect(await storedCodes()).toEqual(['402079'])
    // The box shows again the code in force; the next good entry clears the message.
    expect(await codes.inputValue()).toBe('402079')
    await codes.fill('402028')
    await codes.blur()
    await expect.poll(storedCodes).toEqual(['402028'])
    expect(await page.locator('[role="alert"]', { hasText: '全国地方公共団体コード' }).count()).toBe(0)
    await codes.fill('402079')
    await codes.blur()
    await expect.poll(storedCodes).toEqual(['402079'])
    await page.getByRole('tab', { name: 'ブログ・CMS' }).click()
    await page.screenshot({ path: join(SCREENSHOTS, 'options-5-blog.png') })
  })

  it('lists the 送信記録 and exports CSV with formulas neutralised', async () => {
    const now = Date.now()
    await page.evaluate(async (t) => {
      await chrome.storage.local.set({
        audit: [
          { at: t - 3 * 86_400_000, kind: 'send', site: 'x', account: 'x:yanagawa_city', accountName: '柳川市公式', registration: 'registered', outcome: 'sent', verdict: 'ok', rules: [], findings: 0, confirmed: [] },
          { at: t - 2 * 86_400_000, kind: 'send', site: 'x', account: 'x:yanagawa_city', accountName: '柳川市公式', registration: 'registered', outcome: 'sent', verdict: 'warn', rules: [{ rule: 'link/shortener', count: 2 }, { rule: 'tone/too-casual', count: 1 }], findings: 3, confirmed: ['warnings', 'approval'] },
          { at: t - 86_400_000, kind: 'send', site: 'instagram', account: 'instagram:yanagawa_kanko', accountName: '=HYPERLINK("https://evil.example","詳細")', registration: 'unregistered', outcome: 'blocked', verdict: 'block', rules: [{ rule: 'personal-info/mobile', count: 1 }], findings: 1, confirmed: [] },
          { at: t - 3_600_000, kind: 'emergency', detail: '災害時モードを3時間オンにしました。' },
        ],
      })
    }, now)
    await page.getByRole('tab', { name: '送信記録' }).click()
    await page.getByRole('heading', { name: '送信記録' }).waitFor()
    // Settings changes made above (imports) are logged by the background, too.
    await expect.poll(async () => page.locator('table.audit tbody tr').count()).toBeGreaterThanOrEqual(4)
    expect(await page.locator('tr[data-result="confirmed"]').first().textContent()).toContain('短縮URL×2')
    await page.screenshot({ path: join(SCREENSHOTS, 'options-8-audit.png'), fullPage: true })
    await page.getByLabel('結果').selectOption('blocked')
    await expect.poll(() => page.locator('table.audit tbody tr').count()).toBe(1)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSVで書き出す（Excel・UTF-8）' }).click()])
    const text = readFileSync((await download.path())!, 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const rows = parseCsv(text).rows
    expect(rows).toHaveLength(2)
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t]/)
    expect(rows[1]!.join(',')).toContain(`'=HYPERLINK("https://evil.example","詳細")（yanagawa_kanko）`)
    const [sjis] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSVで書き出す（Shift_JIS）' }).click()])
    const bytes = readFileSync((await sjis.path())!)
    expect(new TextDecoder('shift_jis').decode(bytes)).toContain('送信を止めた')
    // A settings change is written to the log by the background, whoever makes it.
    await page.getByRole('tab', { name: '確認ルール' }).click()
    await page.getByLabel('リンク', { exact: true }).selectOption('warn')
    await page.getByText('保存しました。開いている', { exact: false }).first().waitFor()
    await page.getByRole('tab', { name: '送信記録' }).click()
    await expect.poll(async () => page.locator('tr[data-result="settings"]').allTextContents(), { timeout: 15_000 }).toContainEqual(expect.stringContaining('確認ルールを変更しました：リンク（規則群）：既定 → 要確認'))
  })

  it('keeps a locked rule locked: the administrator’s policy is read-only on the options page', async () => {
    // Chromium reads storage.managed from a system policy, which a test cannot install: the page is
    // given the same managed values through its storage API (the background's enforcement of the same
    // locks is covered by tests/background/store.test.ts).
    const locked = await h.context.newPage()
    await locked.addInitScript(() => {
      const values = { locked: ['link/shortener', 'hostility', 'words.insults'], policy: { severities: { 'link/shortener': 'block' } } }
      const managed = (globalThis as unknown as { chrome: { storage: { managed: { get: unknown } } } }).chrome.storage.managed
      managed.get = (_keys: unknown, cb?: (v: unknown) => void) => {
        if (typeof cb === 'function') return void cb(structuredClone(values))
        return Promise.resolve(structuredClone(values))
      }
    })
    await locked.goto(`chrome-extension://${h.extensionId}/src/options/index.html#policy`)
    await locked.getByRole('heading', { name: '確認ルール' }).waitFor()
    const linkRules = locked.locator('section.family', { has: locked.locator('#sev-link') }).locator('details.rules')
    await linkRules.evaluate((d) => ((d as HTMLDetailsElement).open = true))
    const shortener = locked.getByLabel('短縮URL')
    expect(await shortener.isDisabled()).toBe(true)
    expect(await shortener.inputValue()).toBe('block')
    expect(await locked.getByLabel('攻撃的な表現').isDisabled()).toBe(true)
    expect(await locked.locator('#list-insults').getAttribute('readonly')).not.toBeNull()
    // Nothing the page offers switches it off.
    await shortener.selectOption('off', { force: true, timeout: 1000 }).catch(() => undefined)
    const policy = await locked.evaluate(async () => (await chrome.storage.local.get('policy')).policy as { severities?: Record<string, string> } | undefined)
    expect(policy?.severities?.['link/shortener']).toBeUndefined()
    await linkRules.scrollIntoViewIfNeeded()
    await locked.screenshot({ path: join(SCREENSHOTS, 'options-9-locked.png'), fullPage: false })
    await locked.close()
  })

  it('prints 別紙1 and 別紙2 on A4 with 令和 dates', async () => {
    const form1 = await h.page(`chrome-extension://${h.extensionId}/src/options/index.html?print=form1&id=a2`)
    await form1.getByText('ソーシャルメディア利用届出書').waitFor()
    expect(await form1.locator('.sheet').textContent()).toContain('令和7年4月1日')
    await form1.screenshot({ path: join(SCREENSHOTS, 'options-6-form1.png'), fullPage: true })
    const pdf = await form1.pdf({ format: 'A4' })
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF')
    const form2 = await h.page(`chrome-extension://${h.extensionId}/src/options/index.html?print=form2&id=a3`)
    await form2.getByText('ソーシャルメディア廃止届出書').waitFor()
    expect(await form2.locator('.sheet').textContent()).toContain('令和8年3月31日')
    await form2.screenshot({ path: join(SCREENSHOTS, 'options-7-form2.png'), fullPage: true })
  })
})
