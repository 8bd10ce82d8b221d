/**
 * Instagram beyond the caption and the post comment textarea (issue #12): Reel comments in an
 * <input>, the create flow whose caption editor unmounts before シェア (次へ → シェア), and the acting
 * account from the own profile link, not from other users' avatars.
 */
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import {
  cancelDialog,
  confirmAndSend,
  editorText,
  fixtureAction,
  IG,
  insertText,
  screenshot,
  sentPosts,
  settle,
  waitForDialog,
  waitForVerdict,
  type Harness,
} from './harness'
import { useHarness } from './lifecycle'

let h: Harness
const pages = useHarness((harness) => (h = harness))

const REEL = 'section input[placeholder^="コメントを追加"]'
const REEL_POST = 'section [role="button"].ig-post'
const NEXT = '[role="dialog"] .ig-share'
const BLOCK = '担当の携帯は090-1234-5678です'
const WARN = '詳しくは https://bit.ly/abc をご覧ください'

async function open(query = ''): Promise<Page> {
  const page = await h.page(`https://www.instagram.com/${query}`)
  pages.push(page)
  await page.waitForSelector(REEL)
  await page.waitForFunction(() => document.documentElement.getAttribute('data-post-guard') === 'protected')
  return page
}

async function expectNothingSent(page: Page): Promise<void> {
  await settle(page, 5)
  expect(await sentPosts(page)).toEqual([])
}

describe('Reel comments (<input>)', () => {
  test('hooked with marks; a blocked comment is refused by Enter, Ctrl+Enter and the 投稿する button, the text kept', async () => {
    const page = await open()
    await page.locator(REEL).click()
    await insertText(page, BLOCK)
    await waitForVerdict(page, REEL, 'block')
    for (const key of ['Enter', 'Control+Enter']) {
      await page.keyboard.press(key)
      await waitForDialog(page, 'block')
      await expectNothingSent(page)
      await cancelDialog(page)
    }
    await page.locator(REEL_POST).click()
    await waitForDialog(page, 'block')
    await expectNothingSent(page)
    await cancelDialog(page)
    expect(await editorText(page, 'reel-comment')).toBe(BLOCK)
    await screenshot(page, 'instagram-reel-comment-marks')
  })

  test('a comment with a warning is posted exactly once after confirming', async () => {
    const page = await open()
    await page.locator(REEL).click()
    await insertText(page, WARN)
    await waitForVerdict(page, REEL, 'warn')
    await page.keyboard.press('Enter')
    const d = await waitForDialog(page, 'confirm')
    expect(d.confirms).toContain('warnings')
    await expectNothingSent(page)
    await confirmAndSend(page)
    await page.waitForFunction(() => window.__fixture.sent.length > 0)
    await page.waitForTimeout(300)
    expect((await sentPosts(page)).map((s) => [s.composer, s.text])).toEqual([['reel-comment', WARN]])
  })
})

describe('create flow: 次へ → シェア without the caption editor', () => {
  test('a blocked caption is refused at シェア (click, Enter); going back shows the same caption', async () => {
    const page = await open('?flow=1')
    await fixtureAction(page, 'openCreate')
    await page.waitForSelector(IG.caption)
    await page.locator(IG.caption).click()
    await insertText(page, BLOCK)
    await waitForVerdict(page, IG.caption, 'block')
    await page.locator(NEXT).click()
    await page.waitForSelector('[role="dialog"] .ig-details')
    expect(await page.locator(IG.caption).count()).toBe(0)
    // The pending draft covers the last button: the page is still protected (not "no composer").
    await page.waitForTimeout(400)
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-post-guard'))).toBe('protected')
    await page.locator(IG.share).click()
    const d = await waitForDialog(page, 'block')
    expect(d.text).toContain('090-1234-5678')
    await expectNothingSent(page)
    await screenshot(page, 'instagram-flow-share-block')
    await cancelDialog(page)
    await page.locator(IG.share).focus()
    await page.keyboard.press('Enter')
    await waitForDialog(page, 'block')
    await expectNothingSent(page)
    await cancelDialog(page)
    await page.locator('[role="dialog"] .ig-back').click()
    await page.waitForSelector(IG.caption)
    expect(await editorText(page, 'caption')).toBe(BLOCK)
  })

  test('a warned caption is shared exactly once after confirming (warnings and 肖像権)', async () => {
    const page = await open('?flow=1')
    await fixtureAction(page, 'openCreate')
    await page.waitForSelector(IG.caption)
    await page.locator(IG.caption).click()
    await insertText(page, WARN)
    await waitForVerdict(page, IG.caption, 'warn')
    await page.locator(NEXT).click()
    await page.waitForSelector('[role="dialog"] .ig-details')
    await page.locator(IG.share).click()
    const d = await waitForDialog(page, 'confirm')
    expect(d.confirms).toEqual(expect.arrayContaining(['warnings', 'portrait']))
    await expectNothingSent(page)
    await confirmAndSend(page)
    await page.waitForFunction(() => window.__fixture.sent.length > 0)
    await page.waitForTimeout(300)
    expect((await sentPosts(page)).map((s) => [s.composer, s.text, s.via])).toEqual([['caption', WARN, 'flow']])
  })
})

describe('acting account', () => {
  test('the own profile link of the navigation, not another user’s avatar earlier in the page', async () => {
    await open()
    await expect
      .poll(async () => {
        const all = (await h.serviceWorker!.evaluate(() => chrome.storage.session.get(null))) as Record<string, { account?: { handle?: string } | null; url?: string } | null>
        return Object.values(all).filter((s) => s?.url?.startsWith('https://www.instagram.com')).map((s) => s?.account?.handle)
      }, { timeout: 5000 })
      .toContain('yanagawa_city')
  })
})
