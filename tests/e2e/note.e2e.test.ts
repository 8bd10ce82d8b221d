/**
 * note.com's two-step publishing (issue #12, item 2): on `editor.note.com` the editor page has the
 * title textarea and the ProseMirror body with 「公開に進む」 in its header; 公開に進む moves (in-app) to
 * the publish page, where the editor is gone and 「投稿する」 posts the draft the app kept (real-dom.md
 * item 12, E29; fixture tests/fixtures/sites/note.ts). The guard keeps the draft pending from 公開に進む
 * and judges 投稿する on it.
 *
 * editor.note.com is a blog host an administrator enables (blogHosts), as in wordpress.e2e.test.ts:
 * the test loads a copy of the built extension whose manifest already grants that host (Chrome's
 * permission prompt cannot be answered by a test); everything after the grant is production code.
 */
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { cancelDialog, confirmAndSend, expected, sentPosts, settle, tap, waitForDialog, type Harness } from './harness'
import { useBlogHost } from './lifecycle'

const HOST = 'editor.note.com'
const KEY = 'n1a2b3c4d5e6'
const URL_EDIT = `https://${HOST}/notes/${KEY}/edit/`
const URL_PUBLISH = `https://${HOST}/notes/${KEY}/publish/`

let h: Harness
const pages = useBlogHost(HOST, (harness) => (h = harness))

const TITLE = 'textarea[placeholder="記事タイトル"]'
const BODY = '.ProseMirror[contenteditable="true"][role="textbox"]'
const NEXT = '.o-editor__header button:has-text("公開に進む")'
const POST = '.o-publish__header button:has-text("投稿する")'
const BACK = '.o-publish__header button[aria-label="編集に戻る"]'

const HEADLINE = '川下り運休のお知らせ'
const PRIVATE_MOBILE = '申込は担当の山田さんの携帯 090-1234-5678 へどうぞ。'
const CLEAN = '本日の川下りは通常どおり運航します。'
const WARN = '新しい図書館の建設は、現在検討中です。'

async function open(): Promise<Page> {
  const page = await h.page(URL_EDIT)
  pages.push(page)
  await page.waitForFunction(() => document.documentElement.getAttribute('data-post-guard') === 'protected', null, { timeout: 30_000 })
  // The title and the body are hooked (one overlay each).
  await page.waitForFunction(() => document.querySelectorAll('post-guard-overlay').length === 2)
  return page
}

/** Write the title and the body with real keys (a click, then typed text). */
async function write(page: Page, title: string, body: string): Promise<void> {
  await page.click(TITLE)
  await page.keyboard.insertText(title)
  await page.click(BODY)
  await page.keyboard.insertText(body)
}

async function worstVerdict(page: Page, verdict: string): Promise<void> {
  await page.waitForFunction((v) => [...document.querySelectorAll('post-guard-overlay')].some((o) => o.getAttribute('data-post-guard-verdict') === v), verdict)
}

/** 公開に進む: never a send (no dialog); the publish page replaces the editor. */
async function toPublish(page: Page): Promise<void> {
  await page.click(NEXT)
  await page.waitForSelector(POST)
  expect(page.url()).toBe(URL_PUBLISH)
  expect(await page.locator(BODY).count()).toBe(0)
  await settle(page, 3)
  expect(await page.locator('post-guard-dialog').count()).toBe(0)
}

/** The page's status, with the banner's reason when it is not protected (so a failure says why). */
async function protection(page: Page): Promise<string> {
  return page.evaluate(() => {
    const status = document.documentElement.getAttribute('data-post-guard') ?? 'none'
    const reason = document.querySelector('post-guard-banner')?.getAttribute('data-post-guard-reason')
    return reason ? `${status} (${reason})` : status
  })
}

async function draftText(page: Page): Promise<{ title: string; body: string }> {
  return page.evaluate(() => ({ title: window.__fixture.text('title'), body: window.__fixture.text('body') }))
}

async function expectBlocked(page: Page): Promise<void> {
  const d = await waitForDialog(page, 'block')
  expect(d.canSend).toBe(false)
  expect(d.text).toContain('090-1234-5678')
  await cancelDialog(page)
  await settle(page, 3)
  expect(await sentPosts(page)).toEqual([])
  // Still on the publish page: 投稿する's click never reached note.
  expect(page.url()).toBe(URL_PUBLISH)
  expect(await page.locator(POST).count()).toBe(1)
}

describe('note.com 公開に進む → 投稿する (registered blog host editor.note.com)', () => {
  test('the scenario texts mean what the tests say', () => {
    expect(expected(PRIVATE_MOBILE, { site: 'blog', mode: 'post' }).verdict).toBe('block')
    expect(expected(CLEAN, { site: 'blog', mode: 'post' }).verdict).toBe('ok')
    expect(expected(HEADLINE, { site: 'blog', mode: 'post' }).verdict).toBe('ok')
    expect(expected(WARN, { site: 'blog', mode: 'post' }).verdict).toBe('warn')
  })

  test('a blocked draft is refused at 投稿する by click, Enter, Space and touch; going back shows the same text', async () => {
    const page = await open()
    await write(page, HEADLINE, PRIVATE_MOBILE)
    await worstVerdict(page, 'block')
    const before = await draftText(page)
    expect(before).toEqual({ title: HEADLINE, body: PRIVATE_MOBILE })
    await toPublish(page)
    // The publish page stays protected after its status ticks (every 2 s): 投稿する is guarded by the
    // pending draft, and the hashtag field is not post text.
    await page.waitForTimeout(2500)
    expect(await protection(page)).toBe('protected')

    await page.click(POST)
    await expectBlocked(page)
    await page.focus(POST)
    await page.keyboard.press('Enter')
    await expectBlocked(page)
    await page.focus(POST)
    await page.keyboard.press(' ')
    await expectBlocked(page)
    await tap(page, POST)
    await expectBlocked(page)

    // Back to the editor: the same text, in the editor's own state and on screen.
    await page.click(BACK)
    await page.waitForSelector(BODY)
    expect(page.url()).toBe(URL_EDIT)
    expect(await draftText(page)).toEqual(before)
    expect(await page.locator(BODY).innerText()).toBe(PRIVATE_MOBILE)
    expect(await page.locator(TITLE).inputValue()).toBe(HEADLINE)
    await worstVerdict(page, 'block')
    // Forward again without changes: still refused.
    await toPublish(page)
    await page.click(POST)
    await expectBlocked(page)
    expect(await page.evaluate(() => window.__fixture.mutations.filter((m) => m.foreign).length)).toBe(0)
  })

  test('a clean draft is posted exactly once (an unregistered blog account asks once)', async () => {
    const page = await open()
    await write(page, HEADLINE, CLEAN)
    await worstVerdict(page, 'ok')
    await toPublish(page)
    await page.click(POST)
    const d = await waitForDialog(page, 'confirm')
    expect(d.text).not.toContain('送信不可')
    expect(d.confirms).not.toContain('warnings')
    await confirmAndSend(page)
    await page.waitForFunction(() => window.__fixture.sent.length > 0)
    await page.waitForTimeout(300)
    const sent = await sentPosts(page)
    expect(sent).toHaveLength(1)
    expect(sent[0]!.text).toBe(`${HEADLINE}\n${CLEAN}`)
    expect(await page.locator('.o-publish__done').count()).toBe(1)
  })

  test('a warned draft is posted once after confirming', async () => {
    const page = await open()
    await write(page, HEADLINE, WARN)
    await worstVerdict(page, 'warn')
    await toPublish(page)
    await page.click(POST)
    const d = await waitForDialog(page, 'confirm')
    expect(d.text).toContain('検討中')
    expect(d.confirms).toContain('warnings')
    await confirmAndSend(page)
    await page.waitForFunction(() => window.__fixture.sent.length > 0)
    await page.waitForTimeout(300)
    const sent = await sentPosts(page)
    expect(sent).toHaveLength(1)
    expect(sent[0]!.text).toBe(`${HEADLINE}\n${WARN}`)
  })

  test('refused, then back, fixed and 公開に進む again: the fixed draft is posted once, the refused one never', async () => {
    const page = await open()
    await write(page, HEADLINE, PRIVATE_MOBILE)
    await worstVerdict(page, 'block')
    await toPublish(page)
    await page.click(POST)
    await expectBlocked(page)
    await page.click(BACK)
    await page.waitForSelector(BODY)
    await page.click(BODY)
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.press('Delete')
    await page.keyboard.insertText(CLEAN)
    await page.waitForFunction((t) => window.__fixture.text('body') === t, CLEAN)
    await page.waitForFunction(() => ![...document.querySelectorAll('post-guard-overlay')].some((o) => o.getAttribute('data-post-guard-verdict') === 'block'))
    await toPublish(page)
    await page.click(POST)
    const d = await waitForDialog(page, 'confirm')
    expect(d.text).not.toContain('090-1234-5678')
    await confirmAndSend(page)
    await page.waitForFunction(() => window.__fixture.sent.length > 0)
    await page.waitForTimeout(300)
    const sent = await sentPosts(page)
    expect(sent).toHaveLength(1)
    expect(sent[0]!.text).toBe(`${HEADLINE}\n${CLEAN}`)
  })
})
