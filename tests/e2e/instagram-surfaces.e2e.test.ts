/**
 * Instagram beyond the caption and the post comment textarea (issue #12): Reel comments in an
 * <input>, the contenteditable comment box of a post opened as a dialog, the create flow whose
 * caption editor unmounts before シェア (次へ → シェア), touch (controls acting on touchend or
 * touchstart), and the acting account from the own profile link, not from other users' avatars.
 */
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, test } from 'vitest'
import { sample } from '../registry/sample'
import {
  cancelDialog,
  confirmAndSend,
  dialogState,
  editorText,
  expected,
  fixtureAction,
  IG,
  insertText,
  screenshot,
  sentPosts,
  settle,
  tap,
  waitForDialog,
  waitForVerdict,
  type Harness,
} from './harness'
import { useHarness } from './lifecycle'

let h: Harness
const pages = useHarness((harness) => (h = harness))
afterEach(async () => {
  await h.serviceWorker!.evaluate(() => chrome.storage.local.clear())
})

const REEL = 'section input[placeholder^="コメントを追加"]'
const REEL_POST = 'section [role="button"].ig-post'
const NEXT = '[role="dialog"] .ig-share'
const BLOCK = '担当の携帯は090-1234-5678です'
const WARN = '詳しくは https://bit.ly/abc をご覧ください'
const CLEAN = '川下りは10時からです。ぜひお越しください'
const CLEAN_2 = '本日の川下りは通常どおり運航します。'
const CLEAN_3 = '乗り場は沖端にあります。お気をつけてお越しください'
const CAPTION = '春の川下りが始まりました。掘割をめぐる約70分の舟旅です'
const CAPTION_2 = '沖端の乗り場から、柳の新芽をご覧いただけます'
const POST_COMMENT = '[role="dialog"] form [contenteditable="true"][role="textbox"][aria-label^="コメントを追加"]'
const POST_COMMENT_BUTTON = '[role="dialog"] form [role="button"].ig-post'

/**
 * yanagawa_city registered as an Instagram account that may reply (not broadcast-only) and needs no
 * 決裁: a clean comment then goes out with no dialog. Waits until the page has the background's answer.
 */
async function registerAccount(): Promise<void> {
  const record = sample('acct-ig', { service: 'instagram', accountName: '柳川市公式（Instagram）', url: 'https://www.instagram.com/yanagawa_city/', approval: false, broadcastOnly: false })
  await h.serviceWorker!.evaluate((r) => chrome.storage.local.set({ registry: [r] }), record)
}

async function contextReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.getAttribute('data-post-guard-context') === 'ready', null, { timeout: 15_000 })
}

/** The block dialog is open, nothing was sent, and the composer still holds `text` (also after cancelling). */
async function expectRefused(page: Page, composer: string, text: string): Promise<void> {
  const d = await waitForDialog(page, 'block')
  expect(d.canSend).toBe(false)
  await expectNothingSent(page)
  expect(await editorText(page, composer)).toBe(text)
  await cancelDialog(page)
  expect(await editorText(page, composer)).toBe(text)
}

/** What the page sent, once it sent something (and a moment later, so a second send would show). */
async function sentOnce(page: Page): Promise<Array<[string, string, string]>> {
  await page.waitForFunction(() => window.__fixture.sent.length > 0)
  await page.waitForTimeout(300)
  return (await sentPosts(page)).map((s) => [s.composer, s.text, s.via])
}

/** Open the post (feed photo → the post as a dialog) and type `text` into its contenteditable comment box. */
async function commentInPost(page: Page, text: string): Promise<void> {
  await page.locator('.ig-feed-photo').click()
  await page.waitForSelector(POST_COMMENT)
  await page.locator(POST_COMMENT).click()
  await insertText(page, text)
}

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

describe('Reel comments (<input>): touch, Cmd+Enter, keyboard activation, clean sends', () => {
  test('a blocked Reel comment is refused by Cmd+Enter, Enter/Space on 投稿する and taps (touchend, touchstart); the text is kept', async () => {
    for (const query of ['?sendOn=touchend', '?sendOn=touchstart']) {
      const page = await open(query)
      await page.locator(REEL).click()
      await insertText(page, BLOCK)
      await waitForVerdict(page, REEL, 'block')
      await page.keyboard.press('Meta+Enter')
      await expectRefused(page, 'reel-comment', BLOCK)
      for (const key of ['Enter', ' ']) {
        await page.locator(REEL_POST).focus()
        await page.keyboard.press(key)
        await expectRefused(page, 'reel-comment', BLOCK)
      }
      await tap(page, REEL_POST)
      await expectRefused(page, 'reel-comment', BLOCK)
      await h.release(page)
    }
  })

  test('a warned Reel comment is posted exactly once after confirming a tap (touchend and touchstart buttons)', async () => {
    for (const gesture of ['touchend', 'touchstart']) {
      const page = await open(`?sendOn=${gesture}`)
      await page.locator(REEL).click()
      await insertText(page, WARN)
      await waitForVerdict(page, REEL, 'warn')
      await tap(page, REEL_POST)
      await waitForDialog(page, 'confirm')
      await expectNothingSent(page)
      await confirmAndSend(page)
      expect(await sentOnce(page)).toEqual([['reel-comment', WARN, `button:${gesture}`]])
      await h.release(page)
    }
  })

  test('a clean Reel comment of a registered account is posted exactly once, with no dialog (Enter, 投稿する, a tap)', async () => {
    await registerAccount()
    for (const [query, via, text] of [['', 'enter', CLEAN], ['', 'button', CLEAN_2], ['?sendOn=touchend', 'button:touchend', CLEAN_3]] as const) {
      const page = await open(query)
      await contextReady(page)
      await page.locator(REEL).click()
      await insertText(page, text)
      await waitForVerdict(page, REEL, 'ok')
      if (via === 'enter') await page.keyboard.press('Enter')
      else if (via === 'button') await page.locator(REEL_POST).click()
      else await tap(page, REEL_POST)
      expect(await sentOnce(page)).toEqual([['reel-comment', text, via]])
      expect(await dialogState(page)).toBeNull()
      expect(await editorText(page, 'reel-comment')).toBe('')
      await h.release(page)
    }
  })
})

describe('contenteditable comment box of a post opened as a dialog', () => {
  test('hooked as a comment; a blocked comment is refused by click, Enter, Ctrl/Cmd+Enter, a tap and Enter/Space on 投稿する; the text is kept', async () => {
    const page = await open('?sendOn=touchend')
    await commentInPost(page, BLOCK)
    // Judged as a comment (the broadcast-only rule applies to comments only), not as a post.
    const want = expected(BLOCK, { site: 'instagram', mode: 'comment' })
    expect(want.rules).toEqual(expect.arrayContaining(['reply/broadcast-only', 'personal-info/mobile']))
    await waitForVerdict(page, POST_COMMENT, 'block', want.findings)
    await page.locator(POST_COMMENT_BUTTON).click()
    await expectRefused(page, 'post-comment', BLOCK)
    for (const key of ['Enter', 'Control+Enter', 'Meta+Enter']) {
      await page.locator(POST_COMMENT).click()
      await page.keyboard.press(key)
      await expectRefused(page, 'post-comment', BLOCK)
    }
    await tap(page, POST_COMMENT_BUTTON)
    await expectRefused(page, 'post-comment', BLOCK)
    for (const key of ['Enter', ' ']) {
      await page.locator(POST_COMMENT_BUTTON).focus()
      await page.keyboard.press(key)
      await expectRefused(page, 'post-comment', BLOCK)
    }
  })

  test('a button acting on touchstart: a blocked comment is refused by a tap', async () => {
    const page = await open('?sendOn=touchstart')
    await commentInPost(page, BLOCK)
    await waitForVerdict(page, POST_COMMENT, 'block')
    await tap(page, POST_COMMENT_BUTTON)
    await expectRefused(page, 'post-comment', BLOCK)
  })

  test('a warned comment is posted exactly once after confirming (Enter; a tap on a touchend button)', async () => {
    // A confirmed Enter is sent again through the 投稿する button (the guard re-triggers the control).
    for (const [query, via] of [['', 'button'], ['?sendOn=touchend', 'button:touchend']] as const) {
      const page = await open(query)
      await commentInPost(page, WARN)
      await waitForVerdict(page, POST_COMMENT, 'warn')
      if (query === '') await page.keyboard.press('Enter')
      else await tap(page, POST_COMMENT_BUTTON)
      const d = await waitForDialog(page, 'confirm')
      expect(d.confirms).toContain('warnings')
      await expectNothingSent(page)
      await confirmAndSend(page)
      expect(await sentOnce(page)).toEqual([['post-comment', WARN, via]])
      expect(await editorText(page, 'post-comment')).toBe('')
      await h.release(page)
    }
  })

  test('a clean comment of a registered account is posted exactly once, with no dialog (button, Enter, a tap on a touchstart button)', async () => {
    await registerAccount()
    // Three different texts: the same text again would be flagged as a repeat of the earlier send.
    for (const [query, via, text] of [['', 'button', CLEAN], ['', 'enter', CLEAN_2], ['?sendOn=touchstart', 'button:touchstart', CLEAN_3]] as const) {
      expect(expected(text, { site: 'instagram', mode: 'comment', broadcastOnly: false, approval: false, tone: 4 }).verdict).toBe('ok')
      const page = await open(query)
      await contextReady(page)
      await commentInPost(page, text)
      await waitForVerdict(page, POST_COMMENT, 'ok')
      if (via === 'enter') await page.keyboard.press('Enter')
      else if (via === 'button') await page.locator(POST_COMMENT_BUTTON).click()
      else await tap(page, POST_COMMENT_BUTTON)
      expect(await sentOnce(page)).toEqual([['post-comment', text, via]])
      expect(await dialogState(page)).toBeNull()
      await h.release(page)
    }
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

describe('create flow by touch and keyboard', () => {
  test('次へ and シェア acting on touchend: a blocked caption is refused at シェア by a tap; going back shows the same caption', async () => {
    const page = await open('?flow=1&sendOn=touchend')
    await fixtureAction(page, 'openCreate')
    await page.waitForSelector(IG.caption)
    await page.locator(IG.caption).click()
    await insertText(page, BLOCK)
    await waitForVerdict(page, IG.caption, 'block')
    await tap(page, NEXT)
    await page.waitForSelector('[role="dialog"] .ig-details')
    expect(await page.locator(IG.caption).count()).toBe(0)
    await tap(page, IG.share)
    // Nothing went out (checked first: without the flow's pending draft the tap shares the caption).
    await expectNothingSent(page)
    const d = await waitForDialog(page, 'block')
    expect(d.text).toContain('090-1234-5678')
    await cancelDialog(page)
    await page.locator('[role="dialog"] .ig-back').click()
    await page.waitForSelector(IG.caption)
    expect(await editorText(page, 'caption')).toBe(BLOCK)
  })

  test('次へ and シェア acting on touchstart: a blocked caption is refused at シェア by a tap', async () => {
    const page = await open('?flow=1&sendOn=touchstart')
    await fixtureAction(page, 'openCreate')
    await page.waitForSelector(IG.caption)
    await page.locator(IG.caption).click()
    await insertText(page, BLOCK)
    await waitForVerdict(page, IG.caption, 'block')
    await tap(page, NEXT)
    await page.waitForSelector('[role="dialog"] .ig-details')
    await tap(page, IG.share)
    await expectNothingSent(page)
    const d = await waitForDialog(page, 'block')
    expect(d.text).toContain('090-1234-5678')
    await cancelDialog(page)
    // Back by a tap too (on this page a click right after a touch is taken for the touch's own click and ignored).
    await tap(page, '[role="dialog"] .ig-back')
    await page.waitForSelector(IG.caption)
    expect(await editorText(page, 'caption')).toBe(BLOCK)
  })

  test('次へ by keyboard, then Space and Enter on シェア: a blocked caption is refused', async () => {
    const page = await open('?flow=1')
    await fixtureAction(page, 'openCreate')
    await page.waitForSelector(IG.caption)
    await page.locator(IG.caption).click()
    await insertText(page, BLOCK)
    await waitForVerdict(page, IG.caption, 'block')
    await page.locator(NEXT).focus()
    await page.keyboard.press('Enter')
    await page.waitForSelector('[role="dialog"] .ig-details')
    for (const key of [' ', 'Enter']) {
      await page.locator(IG.share).focus()
      await page.keyboard.press(key)
      await waitForDialog(page, 'block')
      await expectNothingSent(page)
      await cancelDialog(page)
    }
  })

  /** Type a clean caption in the two-step dialog, go to the last step and press シェア (by click or by tap). */
  async function cleanCaptionToShare(page: Page, text: string, by: 'click' | 'tap'): Promise<void> {
    expect(expected(text, { site: 'instagram', mode: 'post', attachments: [{ kind: 'image' }] })).toMatchObject({ verdict: 'ok', findings: 0 })
    await fixtureAction(page, 'openCreate')
    await page.waitForSelector(IG.caption)
    await page.locator(IG.caption).click()
    await insertText(page, text)
    await waitForVerdict(page, IG.caption, 'ok')
    if (by === 'click') await page.locator(NEXT).click()
    else await tap(page, NEXT)
    await page.waitForSelector('[role="dialog"] .ig-details')
    if (by === 'click') await page.locator(IG.share).click()
    else await tap(page, IG.share)
    // The photo needs 肖像権 confirmed, however clean the caption is: nothing goes out before that.
    await expectNothingSent(page)
    const d = await waitForDialog(page, 'confirm')
    expect(d.confirms).toContain('portrait')
    expect(d.confirms).not.toContain('warnings')
    await confirmAndSend(page)
  }

  test('a clean caption is shared exactly once after confirming 肖像権 (clicks on 次へ and シェア)', async () => {
    const page = await open('?flow=1')
    await cleanCaptionToShare(page, CAPTION, 'click')
    expect(await sentOnce(page)).toEqual([['caption', CAPTION, 'flow']])
  })

  test('a clean caption is shared exactly once after confirming 肖像権 (taps on 次へ and シェア acting on touchend)', async () => {
    const page = await open('?flow=1&sendOn=touchend')
    await cleanCaptionToShare(page, CAPTION_2, 'tap')
    expect(await sentOnce(page)).toEqual([['caption', CAPTION_2, 'flow:touchend']])
  })
})

describe('acting account', () => {
  test('the own profile link of the navigation, not another user’s avatar earlier in the page', async () => {
    await open()
    await expect
      .poll(async () => {
        const all = (await h.serviceWorker!.evaluate(() => chrome.storage.session.get(null))) as Record<string, { account?: { handle?: string } | null; url?: string } | null>
        return Object.values(all).filter((s) => s?.url?.startsWith('https://www.instagram.com')).map((s) => s?.account?.handle)
      }, { timeout: 15_000 })
      .toContain('yanagawa_city')
  })
})
