/**
 * Blog editors inside frames (issue #12, item 3): WordPress's block editor (WP 6.3+) renders the post in
 * a same-origin `<iframe name="editor-canvas">` (a blob: document) with the title and every block as a
 * contenteditable of its own; the 公開 / 更新 buttons are in the top document. The fixture
 * (tests/fixtures/sites/wordpress.ts) is served under a registered blog host.
 *
 * The blog host is enabled the way an administrator does it (blogHosts in storage → the background
 * registers the content script), with one difference: Chrome's permission prompt for the optional host
 * permission cannot be answered by a test (headless, browser UI), so the test loads a copy of the built
 * extension whose manifest already grants that one host. Everything after the grant is production code.
 */
import type { Frame, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { cancelDialog, confirmAndSend, expected, screenshot, sentPosts, settle, tap, waitForDialog, type Harness } from './harness'
import { useBlogHost } from './lifecycle'

const HOST = 'blog.city.yanagawa.lg.jp'
const URL_EDIT = `https://${HOST}/wp-admin/post.php?post=128&action=edit`

let h: Harness
const pages = useBlogHost(HOST, (harness) => (h = harness))

const TOGGLE = '.editor-header__settings .editor-post-publish-button__button'
const CONFIRM = '.editor-post-publish-panel .editor-post-publish-button'
const BLOCK3 = '.is-root-container [data-type="core/paragraph"]:nth-child(3)'
const PRIVATE_MOBILE = '申込は担当の山田さんの携帯 090-1234-5678 へどうぞ。'
const WARN = '新しい図書館の建設は、現在検討中です。'

async function open(url = URL_EDIT): Promise<{ page: Page; canvas: Frame }> {
  const page = await h.page(url)
  pages.push(page)
  await page.waitForFunction(() => document.documentElement.getAttribute('data-post-guard') === 'protected', null, { timeout: 30_000 })
  const canvas = page.frame({ name: 'editor-canvas' })
  if (!canvas) throw new Error('no editor canvas')
  await canvas.waitForSelector(BLOCK3)
  // The title and three blocks are hooked (one overlay each).
  await page.waitForFunction(() => document.querySelectorAll('post-guard-overlay').length === 4)
  return { page, canvas }
}

/** Type at the end of block 3 of the canvas (a real click, then keys). */
async function typeInBlock3(page: Page, canvas: Frame, text: string): Promise<void> {
  await canvas.click(BLOCK3)
  await page.keyboard.press('End')
  await page.keyboard.insertText(text)
}

/** A new paragraph block after block 3 (Enter splits the block, as in Gutenberg), then text in it. */
async function typeInNewBlock(page: Page, canvas: Frame, text: string): Promise<void> {
  await canvas.click(BLOCK3)
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.insertText(text)
}

async function worstVerdict(page: Page, verdict: string): Promise<void> {
  await page.waitForFunction((v) => [...document.querySelectorAll('post-guard-overlay')].some((o) => o.getAttribute('data-post-guard-verdict') === v), verdict)
}

/** Texts under the canvas document's own highlights (the frame's CSS.highlights registry). */
async function canvasHighlights(frame: Frame | Page): Promise<Record<'block' | 'warn' | 'info', string[]>> {
  return frame.evaluate(() => {
    const out = { block: [] as string[], warn: [] as string[], info: [] as string[] }
    const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights
    for (const sev of ['block', 'warn', 'info'] as const) out[sev] = [...(reg?.get(`post-guard-${sev}`) ?? [])].map((r) => r.toString())
    return out
  })
}

async function postText(page: Page): Promise<string> {
  return page.evaluate(() => window.__fixture.text('post'))
}

async function expectBlocked(page: Page, before: string): Promise<void> {
  const d = await waitForDialog(page, 'block')
  expect(d.canSend).toBe(false)
  expect(d.text).toContain('090-1234-5678')
  await cancelDialog(page)
  await settle(page, 3)
  expect(await sentPosts(page)).toEqual([])
  expect(await postText(page)).toBe(before)
  // The pre-publish panel did not open either (the toggle's click never reached WordPress).
  expect(await page.locator('.editor-post-publish-panel').count()).toBe(0)
}

describe('WordPress block editor in an editor-canvas iframe (registered blog host)', () => {
  test('the scenario texts mean what the tests say', () => {
    expect(expected(PRIVATE_MOBILE, { site: 'blog', mode: 'post' }).verdict).toBe('block')
    expect(expected(WARN, { site: 'blog', mode: 'post' }).verdict).toBe('warn')
  })

  test('the same-origin canvas is read: protected, every block hooked, nothing written into the editor', async () => {
    const { page } = await open()
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-post-guard'))).toBe('protected')
    expect(await page.evaluate(() => document.querySelector('post-guard-banner')?.shadowRoot?.textContent ?? '')).not.toContain('保護されていません')
    const status = await h.serviceWorker!.evaluate(async () => Object.values(await chrome.storage.session.get(null)))
    expect(status.some((s) => (s as { url?: string; protected?: boolean })?.url?.startsWith(`https://${HOST}/`) && (s as { protected?: boolean }).protected === true)).toBe(true)
    expect(await page.evaluate(() => window.__fixture.mutations.filter((m) => m.foreign).length)).toBe(0)
  })

  test('a private mobile number in block 3 is marked inside the canvas and blocks 公開 by click, Enter, Space and touch; the text is kept', async () => {
    const { page, canvas } = await open()
    await typeInBlock3(page, canvas, PRIVATE_MOBILE)
    await worstVerdict(page, 'block')
    const before = await postText(page)
    expect(before).toContain('090-1234-5678')
    // Highlights live in the canvas's own registry, not the top window's.
    await canvas.waitForFunction(() => ((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('post-guard-block')?.size ?? 0) > 0)
    expect((await canvasHighlights(canvas)).block.join('')).toContain('090-1234-5678')
    expect((await canvasHighlights(page)).block).toEqual([])

    await page.click(TOGGLE)
    await expectBlocked(page, before)

    await page.focus(TOGGLE)
    await page.keyboard.press('Enter')
    await expectBlocked(page, before)

    await page.focus(TOGGLE)
    await page.keyboard.press(' ')
    await expectBlocked(page, before)

    await tap(page, TOGGLE)
    await expectBlocked(page, before)
    expect(await page.evaluate(() => window.__fixture.mutations.filter((m) => m.foreign).length)).toBe(0)
  })

  test('the pre-publish panel\'s final 公開 is judged on the whole post (typed after the panel opened)', async () => {
    const { page, canvas } = await open()
    // Clean post: 公開 opens the panel (an unregistered blog account asks once; nothing is published yet).
    await page.click(TOGGLE)
    const first = await waitForDialog(page, 'confirm')
    expect(first.text).not.toContain('送信不可')
    await confirmAndSend(page)
    await page.waitForSelector(CONFIRM)
    expect(await sentPosts(page)).toEqual([])
    await typeInBlock3(page, canvas, PRIVATE_MOBILE)
    await worstVerdict(page, 'block')
    const before = await postText(page)
    await page.click(CONFIRM)
    const d = await waitForDialog(page, 'block')
    expect(d.text).toContain('090-1234-5678')
    await cancelDialog(page)
    await settle(page, 3)
    expect(await sentPosts(page)).toEqual([])
    expect(await postText(page)).toBe(before)
  })

  test('a clean post is published exactly once, as one draft of the title and every block', async () => {
    const { page } = await open()
    await page.click(TOGGLE)
    const d1 = await waitForDialog(page, 'confirm')
    // One draft: the post, not one per block.
    expect(d1.text).not.toMatch(/\d+件の本文/)
    await confirmAndSend(page)
    await page.click(CONFIRM)
    await waitForDialog(page, 'confirm')
    await confirmAndSend(page)
    await page.waitForFunction(() => window.__fixture.sent.length > 0)
    await page.waitForTimeout(300)
    const sent = await sentPosts(page)
    expect(sent).toHaveLength(1)
    expect(sent[0]!.via).toBe('publish')
    expect(sent[0]!.text).toBe(await postText(page))
    expect(sent[0]!.text.startsWith('【お知らせ】市役所本庁舎の窓口時間について\n\n柳川市役所本庁舎')).toBe(true)
  })

  test('a warned post asks once and is published once after confirming', async () => {
    const { page, canvas } = await open()
    await typeInNewBlock(page, canvas, WARN)
    // The new block is hooked too (title + 4 blocks).
    await page.waitForFunction(() => document.querySelectorAll('post-guard-overlay').length === 5)
    await worstVerdict(page, 'warn')
    await page.click(TOGGLE)
    await waitForDialog(page, 'confirm')
    await confirmAndSend(page)
    await page.click(CONFIRM)
    const d = await waitForDialog(page, 'confirm')
    expect(d.text).toContain('検討中')
    expect(d.confirms).toContain('warnings')
    await confirmAndSend(page)
    await page.waitForFunction(() => window.__fixture.sent.length > 0)
    await page.waitForTimeout(300)
    const sent = await sentPosts(page)
    expect(sent).toHaveLength(1)
    expect(sent[0]!.text).toContain(`ご覧ください。\n\n${WARN}`)
  })

  test('Ctrl/Cmd+S saves a draft untouched, but on a published post (更新) it is a send and is blocked', async () => {
    const draft = await open()
    await typeInBlock3(draft.page, draft.canvas, PRIVATE_MOBILE)
    await worstVerdict(draft.page, 'block')
    await draft.page.keyboard.press('ControlOrMeta+s')
    await draft.page.waitForFunction(() => (window as unknown as { __wpSaves: string[] }).__wpSaves.length === 1)
    expect(await draft.page.locator('post-guard-dialog').count()).toBe(0)

    const live = await open(`${URL_EDIT}&status=publish`)
    await typeInBlock3(live.page, live.canvas, PRIVATE_MOBILE)
    await worstVerdict(live.page, 'block')
    const before = await postText(live.page)
    await live.page.keyboard.press('ControlOrMeta+s')
    await waitForDialog(live.page, 'block')
    await cancelDialog(live.page)
    await live.page.click(TOGGLE)
    await waitForDialog(live.page, 'block')
    await cancelDialog(live.page)
    await settle(live.page, 3)
    expect(await sentPosts(live.page)).toEqual([])
    expect(await postText(live.page)).toBe(before)
  })

  test('a canvas replaced by a new document is hooked again', async () => {
    const { page } = await open()
    await page.evaluate(() => window.__fixture.actions.reloadCanvas!())
    await page.waitForFunction(() => document.querySelectorAll('post-guard-overlay').length === 4)
    const canvas = page.frame({ name: 'editor-canvas' })!
    await canvas.waitForSelector(BLOCK3)
    await typeInBlock3(page, canvas, PRIVATE_MOBILE)
    await worstVerdict(page, 'block')
    await page.click(TOGGLE)
    await waitForDialog(page, 'block')
    await cancelDialog(page)
    expect(await sentPosts(page)).toEqual([])
  })

  test('a cross-origin editor-canvas iframe makes the page say 「このページは保護されていません」', async () => {
    const page = await h.page(`${URL_EDIT}&canvas=cross`)
    pages.push(page)
    await page.waitForFunction(() => document.documentElement.getAttribute('data-post-guard') === 'unprotected', null, { timeout: 30_000 })
    const banner = await page.evaluate(() => document.querySelector('post-guard-banner')?.shadowRoot?.textContent ?? '')
    expect(banner).toContain('このページは保護されていません')
    expect(banner).toContain('iframe')
    await screenshot(page, 'wordpress-3-cross-origin-canvas')
  })

  test('screenshot: the canvas with a finding, its card and the block dialog', async () => {
    const { page, canvas } = await open()
    await typeInBlock3(page, canvas, PRIVATE_MOBILE)
    await worstVerdict(page, 'block')
    // Hover the marked number: the card is drawn in the top document over the canvas.
    const box = await canvas.evaluate((sel) => {
      const p = document.querySelector(sel)!
      const text = [...p.childNodes].find((n) => n.nodeType === 3 && (n.textContent ?? '').includes('090'))!
      const i = text.textContent!.indexOf('090')
      const r = document.createRange()
      r.setStart(text, i)
      r.setEnd(text, i + 3)
      const b = r.getBoundingClientRect()
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 }
    }, BLOCK3)
    const frameBox = (await page.locator('iframe[name="editor-canvas"]').boundingBox())!
    await page.mouse.move(frameBox.x + box.x, frameBox.y + box.y)
    await page.waitForFunction(() => [...document.querySelectorAll('post-guard-overlay')].some((o) => o.shadowRoot?.querySelector('.card:not([hidden])')))
    await screenshot(page, 'wordpress-1-canvas-finding')
    await page.click(TOGGLE)
    await waitForDialog(page, 'block')
    await screenshot(page, 'wordpress-2-publish-blocked')
    await cancelDialog(page)
  })
})
