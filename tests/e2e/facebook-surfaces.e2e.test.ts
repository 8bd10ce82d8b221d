/**
 * Facebook beyond the one-step post dialog (issue #12): the two-step composer (次へ → 投稿の設定 → 投稿)
 * whose editor unmounts before the last button, Ctrl/Cmd+Enter in the post dialog, comments inside a
 * post opened as a dialog (form[role=presentation], Japanese and English labels incl. "Post comment"),
 * the other Facebook hosts, and who is posting (not the top navigation's links).
 */
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import {
  cancelDialog,
  confirmAndSend,
  editorText,
  FB,
  fixtureAction,
  focusEditor,
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

const BLOCK = '【秘】来年度の予算案について'
const CLEAN = '本日は市民まつりです。ぜひお越しください。'
const WARN = '詳しくは https://bit.ly/abc をご覧ください'
const NEXT = '[role="dialog"] [role="button"][aria-label="次へ"]'
const FINAL = '[role="dialog"][aria-label="投稿の設定"] [role="button"][aria-label="投稿"]'
const BACK = '[role="dialog"][aria-label="投稿の設定"] [role="button"][aria-label="戻る"]'
const VIEW_COMMENT = '[role="dialog"] form[role="presentation"] [data-lexical-editor="true"][role="textbox"]'
const VIEW_SUBMIT = '[role="dialog"] #focused-state-composer-submit [role="button"]'

async function open(url = 'https://www.facebook.com/'): Promise<Page> {
  const page = await h.page(url)
  pages.push(page)
  await page.waitForSelector(FB.comment)
  await page.waitForFunction(() => document.documentElement.getAttribute('data-post-guard') === 'protected')
  return page
}

async function compose(page: Page, text: string): Promise<void> {
  await fixtureAction(page, 'openPost')
  await page.waitForSelector(FB.editor)
  await focusEditor(page, FB.editor)
  await insertText(page, text)
}

async function expectNothingSent(page: Page): Promise<void> {
  await settle(page, 5)
  expect(await sentPosts(page)).toEqual([])
}

async function sentOnce(page: Page): Promise<Array<{ composer: string; text: string; via: string }>> {
  await page.waitForFunction(() => window.__fixture.sent.length > 0)
  await page.waitForTimeout(300)
  return (await sentPosts(page)).map(({ composer, text, via }) => ({ composer, text, via }))
}

describe('two-step composer: 次へ → 投稿の設定 → 投稿', () => {
  test('a blocked draft: the editor unmounts at step 2, and 投稿 (click, Enter, Space) is refused; 戻る shows the same text', async () => {
    const page = await open('https://www.facebook.com/?flow=1')
    await compose(page, BLOCK)
    await waitForVerdict(page, FB.editor, 'block')
    await page.locator(NEXT).click()
    await page.waitForSelector(FINAL)
    expect(await page.locator(FB.editor).count()).toBe(0)
    // The pending draft covers the last button: the page is still protected (not "no composer").
    await page.waitForTimeout(400)
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-post-guard'))).toBe('protected')

    await page.locator(FINAL).click()
    let d = await waitForDialog(page, 'block')
    expect(d.text).toContain('【秘】')
    await expectNothingSent(page)
    await screenshot(page, 'facebook-two-step-block')
    await cancelDialog(page)
    for (const key of ['Enter', ' ']) {
      await page.locator(FINAL).focus()
      await page.keyboard.press(key)
      d = await waitForDialog(page, 'block')
      await expectNothingSent(page)
      await cancelDialog(page)
    }

    // Back: the editor returns with the same text; the draft was never lost.
    await page.locator(BACK).click()
    await page.waitForSelector(FB.editor)
    expect(await editorText(page, 'post')).toBe(BLOCK)
    await waitForVerdict(page, FB.editor, 'block')
  })

  test('the text fixed after going back is what the last step judges: a clean draft is posted exactly once', async () => {
    const page = await open('https://www.facebook.com/?flow=1')
    await compose(page, BLOCK)
    await waitForVerdict(page, FB.editor, 'block')
    await page.locator(NEXT).click()
    await page.waitForSelector(FINAL)
    await page.locator(BACK).click()
    await page.waitForSelector(FB.editor)
    // Replace the draft through the editor (select all, type): the flow must follow the new text.
    await focusEditor(page, FB.editor)
    await page.keyboard.press('ControlOrMeta+A')
    await insertText(page, CLEAN)
    await waitForVerdict(page, FB.editor, 'ok')
    await page.locator(NEXT).click()
    await page.waitForSelector(FINAL)
    await page.locator(FINAL).click()
    const d = await waitForDialog(page, 'confirm')
    expect(d.confirms).not.toContain('warnings')
    await confirmAndSend(page)
    expect(await sentOnce(page)).toEqual([{ composer: 'post', text: CLEAN, via: 'flow' }])
  })

  test('a warned draft is posted exactly once after confirming at the last step', async () => {
    const page = await open('https://www.facebook.com/?flow=1')
    await compose(page, WARN)
    await waitForVerdict(page, FB.editor, 'warn')
    await page.locator(NEXT).click()
    await page.waitForSelector(FINAL)
    await page.locator(FINAL).click()
    const d = await waitForDialog(page, 'confirm')
    expect(d.confirms).toContain('warnings')
    await expectNothingSent(page)
    await confirmAndSend(page)
    expect(await sentOnce(page)).toEqual([{ composer: 'post', text: WARN, via: 'flow' }])
    // The flow is over: a later send in another dialog is not judged on the sent draft.
    await fixtureAction(page, 'openPostView')
    await page.waitForSelector(VIEW_COMMENT)
    await focusEditor(page, VIEW_COMMENT)
    await insertText(page, 'ありがとうございます。')
    await page.locator(VIEW_SUBMIT).click()
    const later = await waitForDialog(page, 'confirm')
    expect(later.text).not.toContain('bit.ly')
    expect(later.text).not.toContain('2件の本文')
  })
})

describe('Ctrl/Cmd+Enter in the post dialog', () => {
  test('refused for a blocked draft; a warned draft goes out once after confirming', async () => {
    const page = await open()
    await compose(page, BLOCK)
    await waitForVerdict(page, FB.editor, 'block')
    await page.keyboard.press('Control+Enter')
    await waitForDialog(page, 'block')
    await expectNothingSent(page)
    await cancelDialog(page)
    await page.keyboard.press('Meta+Enter')
    await waitForDialog(page, 'block')
    await expectNothingSent(page)
    await cancelDialog(page)
    expect(await editorText(page, 'post')).toBe(BLOCK)

    await focusEditor(page, FB.editor)
    await page.keyboard.press('ControlOrMeta+A')
    await insertText(page, WARN)
    await waitForVerdict(page, FB.editor, 'warn')
    await page.keyboard.press('Control+Enter')
    await waitForDialog(page, 'confirm')
    await expectNothingSent(page)
    await confirmAndSend(page)
    expect((await sentOnce(page)).map((s) => s.text)).toEqual([WARN])
  })
})

describe('comments in a post opened as a dialog', () => {
  for (const lang of ['ja', 'en'] as const) {
    test(`${lang}: judged as a comment; Enter and the ${lang === 'ja' ? 'コメントする' : 'Post comment'} button are refused for a blocked comment`, async () => {
      const page = await open(`https://www.facebook.com/${lang === 'en' ? '?lang=en' : ''}`)
      await fixtureAction(page, 'openPostView')
      await page.waitForSelector(VIEW_COMMENT)
      await page.waitForFunction(() => document.documentElement.getAttribute('data-post-guard') === 'protected')
      await focusEditor(page, VIEW_COMMENT)
      await insertText(page, 'あいつはバカだ')
      await waitForVerdict(page, VIEW_COMMENT, 'block')
      await page.keyboard.press('Enter')
      await waitForDialog(page, 'block')
      await expectNothingSent(page)
      await cancelDialog(page)
      await page.locator(VIEW_SUBMIT).click()
      await waitForDialog(page, 'block')
      await expectNothingSent(page)
      if (lang === 'ja') await screenshot(page, 'facebook-dialog-comment-block')
      await cancelDialog(page)
      expect(await editorText(page, 'dialog-comment')).toBe('あいつはバカだ')
      // The popup shows it as a comment (mode), from the tab status the content script reports.
      await expect
        .poll(async () => {
          const all = (await h.serviceWorker!.evaluate(() => chrome.storage.session.get(null))) as Record<string, { focused?: { mode: string } } | null>
          return Object.values(all).map((s) => s?.focused?.mode)
        }, { timeout: 5000 })
        .toContain('comment')
    })
  }

  test('a comment (a warning for a broadcast-only account) is sent exactly once by Enter after confirming', async () => {
    const page = await open()
    await fixtureAction(page, 'openPostView')
    await page.waitForSelector(VIEW_COMMENT)
    await focusEditor(page, VIEW_COMMENT)
    await insertText(page, 'ご意見ありがとうございます。担当課に伝えます。')
    await waitForVerdict(page, VIEW_COMMENT, 'warn')
    await page.keyboard.press('Enter')
    const d = await waitForDialog(page, 'confirm')
    expect(d.confirms).toEqual(expect.arrayContaining(['account', 'warnings']))
    await expectNothingSent(page)
    await confirmAndSend(page)
    expect(await sentOnce(page)).toEqual([{ composer: 'dialog-comment', text: 'ご意見ありがとうございます。担当課に伝えます。', via: 'button' }])
  })
})

describe('other Facebook hosts and the acting account', () => {
  test('web. and m.facebook.com run the guard; a blocked post is refused there (business.facebook.com: business-suite.e2e.test.ts)', async () => {
    for (const host of ['web.facebook.com', 'm.facebook.com']) {
      const page = await open(`https://${host}/`)
      await compose(page, BLOCK)
      await waitForVerdict(page, FB.editor, 'block')
      await page.locator(FB.button).click()
      await waitForDialog(page, 'block')
      await expectNothingSent(page)
      await cancelDialog(page)
      expect(await editorText(page, 'post')).toBe(BLOCK)
    }
  })

  test('the account is the logged-in profile from the page data, never a navigation tab (watch, marketplace)', async () => {
    const page = await open()
    await compose(page, CLEAN)
    await expect
      .poll(async () => {
        const all = (await h.serviceWorker!.evaluate(() => chrome.storage.session.get(null))) as Record<string, { account?: { handle?: string } | null; url?: string } | null>
        return Object.values(all).filter((s) => s?.url?.startsWith('https://www.facebook.com')).map((s) => s?.account?.handle)
      }, { timeout: 5000 })
      .toContain('yanagawa.city')
  })
})
