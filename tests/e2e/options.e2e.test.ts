/**
 * Options page in Chromium with the built extension: importing a good and a broken CSV (nothing
 * changes on error), the registry and rules views, and printing 別紙1 / 別紙2 (screenshots).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registryToCsv } from '../../src/registry/io'
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

function file(name: string, text: string): string {
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

  it('shows the rules with the guideline floor', async () => {
    await page.getByRole('tab', { name: '確認ルール' }).click()
    const options = await page.getByLabel('個人情報').locator('option').allTextContents()
    expect(options).toEqual(['ガイドラインの既定', '送信不可', '要確認'])
    await page.screenshot({ path: join(SCREENSHOTS, 'options-4-rules.png'), fullPage: false })
    await page.getByRole('tab', { name: 'ブログ・CMS' }).click()
    await page.screenshot({ path: join(SCREENSHOTS, 'options-5-blog.png') })
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
