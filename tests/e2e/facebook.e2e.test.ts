/**
 * Facebook (Lexical) in Chromium with the built extension: the post dialog mounted on demand,
 * findings while typing, every send path of a blocked post refused (click, mouse press, Enter and
 * Space on the div[role=button], implicit form submit), a warned post sent exactly once, and the
 * comment box where plain Enter sends (also Ctrl/Cmd+Enter, and Enter/Space on its focused button).
 */
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import {
  cancelDialog,
  confirmAndSend,
  dialogState,
  editorText,
  expected,
  FB,
  focusEditor,
  highlightTexts,
  imeCompose,
  insertText,
  overlayFor,
  recordOverlayMutations,
  sentPosts,
  settle,
  takeOverlayMutations,
  typeText,
  waitForDialog,
  waitForVerdict,
  type Harness,
} from './harness'
import { useHarness } from './lifecycle'

let h: Harness
const pages = useHarness((harness) => (h = harness))

async function open(): Promise<Page> {
  const page = await h.page('https://www.facebook.com/')
  pages.push(page)
  await page.waitForSelector(FB.comment)
  await page.waitForFunction(() => document.documentElement.getAttribute('data-post-guard') === 'protected')
  return page
}

async function openPostDialog(page: Page): Promise<void> {
  await page.getByText('柳川市さん、その気持ち、シェアしよう').first().click()
  await page.waitForSelector(FB.editor)
  await page.waitForFunction(() => document.querySelectorAll('post-guard-overlay').length === 2)
}

const BLOCK_TEXT = '【秘】来年度の予算案について'
const WARN_TEXT = '詳しくは https://bit.ly/abc をご覧ください'

async function expectRefused(page: Page, composer: string, text: string): Promise<void> {
  const d = await waitForDialog(page, 'block')
  expect(d.canSend).toBe(false)
  await settle(page, 5)
  expect(await sentPosts(page)).toEqual([])
  expect(await editorText(page, composer)).toBe(text)
  await cancelDialog(page)
  expect(await editorText(page, composer)).toBe(text)
}

describe('post dialog', () => {
  test('mounted on demand, hooked; findings appear while typing', async () => {
    const page = await open()
    await openPostDialog(page)
    await focusEditor(page, FB.editor)
    await typeText(page, '本日は')
    await insertText(page, '市民まつりです。')
    await waitForVerdict(page, FB.editor, 'ok', 0)
    await page.keyboard.press('Enter') // a new paragraph (Lexical <p>)
    await typeText(page, 'https://bit.ly/abc')
    await waitForVerdict(page, FB.editor, 'warn', 1)
    await page.keyboard.press('Enter')
    await insertText(page, '担当の携帯は090-1234-5678です')
    await waitForVerdict(page, FB.editor, 'block', 2)
    const marks = await highlightTexts(page)
    expect(marks.block).toEqual(['090-1234-5678'])
    expect(marks.warn).toEqual(['https://bit.ly/abc'])
    expect(await editorText(page, 'post')).toBe('本日は市民まつりです。\nhttps://bit.ly/abc\n担当の携帯は090-1234-5678です')
  })

  test('a blocked post is refused by click, mouse press, Enter/Space on the button and by submitting the form', async () => {
    const page = await open()
    await openPostDialog(page)
    await focusEditor(page, FB.editor)
    await insertText(page, BLOCK_TEXT)
    await waitForVerdict(page, FB.editor, 'block')

    await page.locator(FB.button).click()
    await expectRefused(page, 'post', BLOCK_TEXT)

    const box = (await page.locator(FB.button).boundingBox())!
    await page.mouse.move(box.x + 10, box.y + 10)
    await page.mouse.down()
    await page.mouse.up()
    await expectRefused(page, 'post', BLOCK_TEXT)

    await page.locator(FB.button).focus()
    await page.keyboard.press('Enter')
    await expectRefused(page, 'post', BLOCK_TEXT)
    await page.locator(FB.button).focus()
    await page.keyboard.press(' ')
    await expectRefused(page, 'post', BLOCK_TEXT)

    // Enter in the single-line "チェックイン" field submits the form (implicit submission).
    await page.locator(FB.checkin).click()
    await page.keyboard.type('柳川市役所')
    await page.keyboard.press('Enter')
    await expectRefused(page, 'post', BLOCK_TEXT)
    expect(await page.locator(FB.editor).isVisible()).toBe(true)
  })

  test('the form submit path really sends once the text is fine', async () => {
    const page = await open()
    await openPostDialog(page)
    await focusEditor(page, FB.editor)
    await insertText(page, '本日は市民まつりです。')
    await waitForVerdict(page, FB.editor, 'ok')
    await page.locator(FB.checkin).click()
    await page.keyboard.press('Enter')
    if (await dialogState(page)) {
      expect((await dialogState(page))!.confirms).not.toContain('warnings')
      await confirmAndSend(page)
    }
    await page.waitForFunction(() => window.__fixture.sent.length > 0)
    await page.waitForTimeout(300)
    expect(await sentPosts(page)).toEqual([{ site: 'facebook', composer: 'post', text: '本日は市民まつりです。', via: 'submit' }])
  })

  test('a warned post is sent exactly once after confirming', async () => {
    const page = await open()
    await openPostDialog(page)
    await focusEditor(page, FB.editor)
    await insertText(page, WARN_TEXT)
    await waitForVerdict(page, FB.editor, 'warn')
    await page.locator(FB.button).click()
    const d = await waitForDialog(page, 'confirm')
    expect(d.confirms).toContain('warnings')
    await settle(page)
    expect(await sentPosts(page)).toEqual([])
    await confirmAndSend(page)
    await page.waitForFunction(() => window.__fixture.sent.length > 0)
    await page.waitForTimeout(300)
    expect(await sentPosts(page)).toEqual([{ site: 'facebook', composer: 'post', text: WARN_TEXT, via: 'submit' }])
    await page.waitForSelector(FB.editor, { state: 'detached' })
  })
})

describe('comment box (plain Enter sends)', () => {
  test('Enter with a blocked comment is refused; Shift+Enter is a new line; the comment button is refused too', async () => {
    const page = await open()
    await focusEditor(page, FB.comment)
    await insertText(page, 'あいつはバカだ')
    await waitForVerdict(page, FB.comment, 'block')
    await page.keyboard.press('Enter')
    await expectRefused(page, 'comment', 'あいつはバカだ')
    await page.keyboard.press('Shift+Enter')
    await insertText(page, '二行目')
    await settle(page)
    expect(await sentPosts(page)).toEqual([])
    expect(await editorText(page, 'comment')).toBe('あいつはバカだ\n二行目')
    await page.locator(FB.commentButton).click()
    await expectRefused(page, 'comment', 'あいつはバカだ\n二行目')
  })

  test('Ctrl+Enter, Cmd+Enter and Enter/Space on the focused コメントする button are refused for a blocked comment; the text is kept', async () => {
    const page = await open()
    await focusEditor(page, FB.comment)
    await insertText(page, 'あいつはバカだ')
    await waitForVerdict(page, FB.comment, 'block')
    for (const key of ['Control+Enter', 'Meta+Enter']) {
      await focusEditor(page, FB.comment)
      await page.keyboard.press(key)
      await expectRefused(page, 'comment', 'あいつはバカだ')
    }
    for (const key of ['Enter', ' ']) {
      await page.locator(FB.commentButton).focus()
      await page.keyboard.press(key)
      await expectRefused(page, 'comment', 'あいつはバカだ')
    }
  })

  test('a warned comment is sent exactly once by Enter on the focused コメントする button after confirming', async () => {
    const page = await open()
    await focusEditor(page, FB.comment)
    await insertText(page, WARN_TEXT)
    await waitForVerdict(page, FB.comment, 'warn')
    await page.locator(FB.commentButton).focus()
    await page.keyboard.press('Enter')
    await waitForDialog(page, 'confirm')
    await settle(page, 5)
    expect(await sentPosts(page)).toEqual([])
    await confirmAndSend(page)
    await page.waitForFunction(() => window.__fixture.sent.length > 0)
    await page.waitForTimeout(300)
    expect((await sentPosts(page)).map((s) => [s.composer, s.text, s.via])).toEqual([['comment', WARN_TEXT, 'button']])
  })

  test('a warned comment is sent exactly once after confirming (Enter)', async () => {
    const page = await open()
    await focusEditor(page, FB.comment)
    await insertText(page, WARN_TEXT)
    await waitForVerdict(page, FB.comment, 'warn')
    await page.keyboard.press('Enter')
    await waitForDialog(page, 'confirm')
    expect(await sentPosts(page)).toEqual([])
    await confirmAndSend(page)
    await page.waitForFunction(() => window.__fixture.sent.length > 0)
    await page.waitForTimeout(300)
    const sent = await sentPosts(page)
    expect(sent.map((s) => [s.composer, s.text])).toEqual([['comment', WARN_TEXT]])
    expect(await editorText(page, 'comment')).toBe('')
  })

  test('IME composition in the Lexical comment box is left alone', async () => {
    const page = await open()
    await focusEditor(page, FB.comment)
    await recordOverlayMutations(page)
    const steps = ['ぶ', 'ぶが', 'ぶがい', 'ぶがいひ', '部外秘']
    const mid: string[] = []
    await imeCompose(page, steps, '部外秘', async () => {
      await settle(page, 2)
      mid.push((await overlayFor(page, FB.comment))?.verdict ?? 'none')
      // The guard does not treat composition as typing to be judged: nothing was sent either.
    })
    expect(new Set(mid)).toEqual(new Set(['ok']))
    const want = expected('部外秘', { site: 'facebook', mode: 'comment' })
    expect(want.rules).toContain('confidential/marker')
    await waitForVerdict(page, FB.comment, 'block', want.findings)
    const log = await takeOverlayMutations(page)
    expect(log.filter((m) => m.composing)).toEqual([])
    expect(log.some((m) => m.kind === 'check')).toBe(true)
    // The editor's model may take the composed text a moment after compositionend: wait for it, don't race it.
    await expect.poll(() => editorText(page, 'comment'), { timeout: 2000 }).toBe('部外秘')
    expect(await sentPosts(page)).toEqual([])
  })
})

test('the post dialog and a comment box on one page are independent', async () => {
  const page = await open()
  await focusEditor(page, FB.comment)
  await insertText(page, WARN_TEXT)
  const comment = expected(WARN_TEXT, { site: 'facebook', mode: 'comment' })
  expect(comment.rules).toContain('link/shortener')
  await waitForVerdict(page, FB.comment, 'warn', comment.findings)
  await openPostDialog(page)
  await focusEditor(page, FB.editor)
  await insertText(page, BLOCK_TEXT)
  await waitForVerdict(page, FB.editor, 'block', 1)
  expect(await overlayFor(page, FB.comment)).toMatchObject({ verdict: 'warn', findings: comment.findings })
  await page.locator(FB.button).click()
  const d = await waitForDialog(page, 'block')
  expect(d.text).toContain('【秘】')
  expect(d.text).not.toContain('bit.ly')
  await cancelDialog(page)
  expect(await editorText(page, 'comment')).toBe(WARN_TEXT)
  expect(await editorText(page, 'post')).toBe(BLOCK_TEXT)
})
