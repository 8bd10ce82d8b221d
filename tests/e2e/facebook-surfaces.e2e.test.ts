/**
 * Facebook beyond the one-step post dialog (issue #12): the two-step composer (次へ → 投稿の設定 → 投稿)
 * whose editor unmounts before the last button, Ctrl/Cmd+Enter in the post dialog, comments inside a
 * post opened as a dialog (form[role=presentation], Japanese and English labels incl. "Post comment"),
 * the other Facebook hosts, and who is posting (not the top navigation's links). Also: a Page video
 * that becomes a Reel (a second editor 「リールの説明を入力…」 before 投稿), touch sends (touchend and
 * touchstart buttons), Ctrl/Cmd+Enter and keyboard activation in the dialog comment box, and a comment
 * box acting as a Page judged under the Page's own registration.
 */
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { sample } from '../registry/sample'
import {
  cancelDialog,
  confirmAndSend,
  dialogState,
  editorText,
  expected,
  FB,
  fixtureAction,
  focusEditor,
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

const BLOCK = '【秘】来年度の予算案について'
const CLEAN = '本日は市民まつりです。ぜひお越しください。'
const WARN = '詳しくは https://bit.ly/abc をご覧ください'
const NEXT = '[role="dialog"] [role="button"][aria-label="次へ"]'
const FINAL = '[role="dialog"][aria-label="投稿の設定"] [role="button"][aria-label="投稿"]'
const BACK = '[role="dialog"][aria-label="投稿の設定"] [role="button"][aria-label="戻る"]'
const VIEW_COMMENT = '[role="dialog"] form[role="presentation"] [data-lexical-editor="true"][role="textbox"]'
const VIEW_SUBMIT = '[role="dialog"] #focused-state-composer-submit [role="button"]'
const REEL_CLEAN = '川下りの季節がやってきました。'
const REEL_EDITOR = '[role="dialog"] form [data-lexical-editor="true"][aria-placeholder="リールの説明を入力…"]'
const REEL_NEXT = '[role="dialog"][aria-label="リールを編集"] [role="button"][aria-label="次へ"]'
const REEL_EDIT_BACK = '[role="dialog"][aria-label="リールを編集"] [role="button"][aria-label="戻る"]'
const REEL_POST = '[role="dialog"][aria-label="新しいリール"] [role="button"][aria-label="投稿"]'
const REEL_BACK = '[role="dialog"][aria-label="新しいリール"] [role="button"][aria-label="戻る"]'

async function setStorage(items: Record<string, unknown>): Promise<void> {
  await h.serviceWorker!.evaluate((i) => chrome.storage.local.set(i), items)
}

async function clearStorage(): Promise<void> {
  await h.serviceWorker!.evaluate(() => chrome.storage.local.clear())
}

/** Open the post dialog of `?flow=reel`, write `text`, and go on (次へ, 次へ) to the reel's second editor. */
async function toReel(page: Page, text: string, verdict: string): Promise<void> {
  await compose(page, text)
  await waitForVerdict(page, FB.editor, verdict)
  await page.locator(NEXT).click()
  await page.waitForSelector(REEL_NEXT)
  expect(await page.locator(FB.editor).count()).toBe(0)
  await page.locator(REEL_NEXT).click()
  await page.waitForSelector(REEL_EDITOR)
}

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
    // The pending draft covers the last button: the page is (again) protected, not "no composer".
    await page.waitForFunction(() => document.documentElement.getAttribute('data-post-guard') === 'protected', undefined, { timeout: 15_000 })

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
    expect(later.text).not.toContain('2件の文章')
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
        }, { timeout: 15_000 })
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
      }, { timeout: 15_000 })
      .toContain('yanagawa.city')
  })
})

describe('Page video → Reel: 次へ → リールを編集 → 次へ → a second editor 「リールの説明を入力…」 → 投稿', () => {
  test('a blocked post text: 投稿 is refused by click, Enter, Space and a tap (a button that sends on touchend); going back shows the same texts', async () => {
    const page = await open('https://www.facebook.com/?flow=reel&sendOn=touchend')
    await toReel(page, BLOCK, 'block')
    await focusEditor(page, REEL_EDITOR)
    await insertText(page, '川下りの様子です。')
    await waitForVerdict(page, REEL_EDITOR, 'ok')
    // The first editor is gone, its draft is pending: the page is still protected.
    await page.waitForTimeout(400)
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-post-guard'))).toBe('protected')

    await page.locator(REEL_POST).click()
    const d = await waitForDialog(page, 'block')
    expect(d.text).toContain('【秘】')
    expect(d.canSend).toBe(false)
    await expectNothingSent(page)
    await screenshot(page, 'facebook-reel-block')
    await cancelDialog(page)
    for (const key of ['Enter', ' ']) {
      await page.locator(REEL_POST).focus()
      await page.keyboard.press(key)
      await waitForDialog(page, 'block')
      await expectNothingSent(page)
      await cancelDialog(page)
    }
    await tap(page, REEL_POST)
    await waitForDialog(page, 'block')
    await expectNothingSent(page)
    await cancelDialog(page)
    expect(await editorText(page, 'reel')).toBe('川下りの様子です。')

    // Back twice: the first editor returns with the same text; forward again, the description is kept.
    await page.locator(REEL_BACK).click()
    await page.locator(REEL_EDIT_BACK).click()
    await page.waitForSelector(FB.editor)
    expect(await editorText(page, 'post')).toBe(BLOCK)
    await waitForVerdict(page, FB.editor, 'block')
    await page.locator(NEXT).click()
    await page.locator(REEL_NEXT).click()
    await page.waitForSelector(REEL_EDITOR)
    expect(await editorText(page, 'reel')).toBe('川下りの様子です。')
    await page.locator(REEL_POST).click()
    await waitForDialog(page, 'block')
    await expectNothingSent(page)
  })

  test('a blocked description in the second editor is refused at 投稿 (click) and kept', async () => {
    const page = await open('https://www.facebook.com/?flow=reel')
    await toReel(page, REEL_CLEAN, 'ok')
    await focusEditor(page, REEL_EDITOR)
    await insertText(page, '担当の携帯は090-1234-5678です')
    await waitForVerdict(page, REEL_EDITOR, 'block')
    await settle(page)
    await screenshot(page, 'facebook-reel-marks')
    await page.locator(REEL_POST).click()
    const d = await waitForDialog(page, 'block')
    expect(d.text).toContain('090-1234-5678')
    await expectNothingSent(page)
    await cancelDialog(page)
    expect(await editorText(page, 'reel')).toBe('担当の携帯は090-1234-5678です')
  })

  test('a clean reel is posted exactly once', async () => {
    const page = await open('https://www.facebook.com/?flow=reel')
    // Not a text an earlier test sent (a repeat is warned).
    await toReel(page, REEL_CLEAN, 'ok')
    await focusEditor(page, REEL_EDITOR)
    await insertText(page, '川下りの様子です。')
    await waitForVerdict(page, REEL_EDITOR, 'ok')
    await page.locator(REEL_POST).click()
    // The account is not registered: it asks, but not about warnings.
    const d = await waitForDialog(page, 'confirm')
    expect(d.confirms).not.toContain('warnings')
    await expectNothingSent(page)
    await confirmAndSend(page)
    expect(await sentOnce(page)).toEqual([{ composer: 'reel', text: `${REEL_CLEAN}\n川下りの様子です。`, via: 'flow' }])
  })

  test('a warned reel is posted exactly once after confirming', async () => {
    const page = await open('https://www.facebook.com/?flow=reel')
    await toReel(page, WARN, 'warn')
    await page.locator(REEL_POST).click()
    const d = await waitForDialog(page, 'confirm')
    expect(d.confirms).toContain('warnings')
    expect(d.text).toContain('bit.ly')
    await expectNothingSent(page)
    await confirmAndSend(page)
    expect(await sentOnce(page)).toEqual([{ composer: 'reel', text: WARN, via: 'flow' }])
  })
})

describe('touch: buttons that send on touchend or touchstart', () => {
  for (const sendOn of ['touchend', 'touchstart'] as const) {
    test(`${sendOn}: a blocked post and a blocked comment (feed and dialog) are refused by a tap; a warned post goes out once after confirming`, async () => {
      const page = await open(`https://www.facebook.com/?sendOn=${sendOn}`)
      await compose(page, BLOCK)
      await waitForVerdict(page, FB.editor, 'block')
      await tap(page, FB.button)
      await waitForDialog(page, 'block')
      await expectNothingSent(page)
      await cancelDialog(page)
      expect(await editorText(page, 'post')).toBe(BLOCK)
      await focusEditor(page, FB.editor)
      await page.keyboard.press('ControlOrMeta+A')
      await insertText(page, WARN)
      await waitForVerdict(page, FB.editor, 'warn')
      await tap(page, FB.button)
      await waitForDialog(page, 'confirm')
      await expectNothingSent(page)
      await confirmAndSend(page)
      expect(await sentOnce(page)).toEqual([{ composer: 'post', text: WARN, via: sendOn }])

      await focusEditor(page, FB.comment)
      await insertText(page, 'あいつはバカだ')
      await waitForVerdict(page, FB.comment, 'block')
      await tap(page, FB.commentButton)
      await waitForDialog(page, 'block')
      await settle(page, 5)
      expect((await sentPosts(page)).length).toBe(1)
      await cancelDialog(page)
      expect(await editorText(page, 'comment')).toBe('あいつはバカだ')

      await fixtureAction(page, 'openPostView')
      await page.waitForSelector(VIEW_COMMENT)
      await focusEditor(page, VIEW_COMMENT)
      await insertText(page, 'あいつはバカだ')
      await waitForVerdict(page, VIEW_COMMENT, 'block')
      await tap(page, VIEW_SUBMIT)
      await waitForDialog(page, 'block')
      await settle(page, 5)
      expect((await sentPosts(page)).length).toBe(1)
      await cancelDialog(page)
      expect(await editorText(page, 'dialog-comment')).toBe('あいつはバカだ')
    })
  }

  test('touchend: a warned dialog comment is sent exactly once by a confirmed tap', async () => {
    const page = await open('https://www.facebook.com/?sendOn=touchend')
    await fixtureAction(page, 'openPostView')
    await page.waitForSelector(VIEW_COMMENT)
    await focusEditor(page, VIEW_COMMENT)
    await insertText(page, WARN)
    await waitForVerdict(page, VIEW_COMMENT, 'warn')
    await tap(page, VIEW_SUBMIT)
    await waitForDialog(page, 'confirm')
    await expectNothingSent(page)
    await confirmAndSend(page)
    expect(await sentOnce(page)).toEqual([{ composer: 'dialog-comment', text: WARN, via: 'touchend' }])
  })
})

describe('the dialog comment box: Ctrl/Cmd+Enter, keyboard activation, a clean comment', () => {
  test('a blocked comment is refused by Ctrl+Enter, Cmd+Enter, and Enter/Space on the focused コメントする button; the text is kept', async () => {
    const page = await open()
    await fixtureAction(page, 'openPostView')
    await page.waitForSelector(VIEW_COMMENT)
    await focusEditor(page, VIEW_COMMENT)
    await insertText(page, 'あいつはバカだ')
    await waitForVerdict(page, VIEW_COMMENT, 'block')
    for (const key of ['Control+Enter', 'Meta+Enter']) {
      await focusEditor(page, VIEW_COMMENT)
      await page.keyboard.press(key)
      await waitForDialog(page, 'block')
      await expectNothingSent(page)
      await cancelDialog(page)
    }
    for (const key of ['Enter', ' ']) {
      await page.locator(VIEW_SUBMIT).focus()
      await page.keyboard.press(key)
      await waitForDialog(page, 'block')
      await expectNothingSent(page)
      await cancelDialog(page)
    }
    expect(await editorText(page, 'dialog-comment')).toBe('あいつはバカだ')
  })

  test('a clean comment from a registered account (決裁不要, not broadcast-only) is sent exactly once, with no dialog', async () => {
    await setStorage({ registry: [sample('fb-profile', { service: 'facebook', accountName: '柳川市', url: 'https://www.facebook.com/yanagawa.city', approval: false, broadcastOnly: false, tone: 3 })] })
    try {
      const page = await open()
      await page.waitForFunction(() => document.documentElement.getAttribute('data-post-guard-context') === 'ready', null, { timeout: 15_000 })
      await fixtureAction(page, 'openPostView')
      await page.waitForSelector(VIEW_COMMENT)
      await focusEditor(page, VIEW_COMMENT)
      await insertText(page, 'ご質問ありがとうございます。延長後の開館時間は午後8時までです。')
      // The box says 「柳川市としてコメント」: the logged-in profile, registered; its answer may take a moment.
      await waitForVerdict(page, VIEW_COMMENT, 'ok', undefined, 15_000)
      await page.locator(VIEW_SUBMIT).click()
      expect(await sentOnce(page)).toEqual([{ composer: 'dialog-comment', text: 'ご質問ありがとうございます。延長後の開館時間は午後8時までです。', via: 'button' }])
      expect(await dialogState(page)).toBeNull()
      expect(await editorText(page, 'dialog-comment')).toBe('')
    } finally {
      await clearStorage()
    }
  })
})

describe('a comment box acting as a Page (「柳川市観光課としてコメント」, no post dialog open)', () => {
  const CASUAL = '今日の川下り、最高だったよ！また来てね〜'
  test("is judged under the Page's registration (tone 1, 決裁不要), not the logged-in profile's (tone 5, 決裁要)", async () => {
    // The scenario means what it says: casual for the profile's level, fine for the Page's.
    const base = { site: 'facebook', mode: 'comment', broadcastOnly: false } as const
    expect(expected(CASUAL, { ...base, tone: 1 }).verdict).toBe('ok')
    expect(expected(CASUAL, { ...base, tone: 5 }).rules).toContain('tone/too-casual')
    await setStorage({
      registry: [
        sample('fb-profile', { service: 'facebook', accountName: '柳川市', url: 'https://www.facebook.com/yanagawa.city', approval: true, broadcastOnly: true, tone: 5 }),
        sample('fb-kanko', { service: 'facebook', accountName: '柳川市観光課', url: 'https://www.facebook.com/yanagawa.kanko', approval: false, broadcastOnly: false, tone: 1 }),
      ],
    })
    try {
      const page = await open('https://www.facebook.com/?commentAs=page')
      await page.waitForFunction(() => document.documentElement.getAttribute('data-post-guard-context') === 'ready', null, { timeout: 15_000 })
      await focusEditor(page, FB.comment)
      await insertText(page, CASUAL)
      await waitForVerdict(page, FB.comment, 'ok', 0, 15_000)
      // The post dialog on the same page speaks for the profile: the same words are too casual there.
      await compose(page, CASUAL)
      await waitForVerdict(page, FB.editor, 'warn')
      await fixtureAction(page, 'closePost')
      await page.waitForSelector(FB.editor, { state: 'detached' })
      // Enter in the Page's comment box: registered, 決裁不要, nothing to warn about → sent with no dialog, once.
      await focusEditor(page, FB.comment)
      const since = Date.now()
      await page.keyboard.press('Enter')
      expect(await sentOnce(page)).toEqual([{ composer: 'comment', text: CASUAL, via: 'enter' }])
      expect(await dialogState(page)).toBeNull()
      // The send is logged (送信記録) under the Page it was written as, not the logged-in profile. Only this send's entries
      // count: an earlier test's audit write still in flight when its storage was cleared can land afterwards.
      await expect
        .poll(async () => {
          const { audit } = (await h.serviceWorker!.evaluate(() => chrome.storage.local.get('audit'))) as { audit?: Array<{ at?: number; outcome?: string; account?: string }> }
          return (audit ?? []).filter((e) => e.outcome === 'sent' && (e.at ?? 0) >= since).map((e) => e.account)
        }, { timeout: 15_000 })
        .toEqual(['facebook:yanagawa.kanko'])
      // The tab status (what the popup shows) speaks for the composer in use: the Page's comment box.
      await expect
        .poll(async () => {
          const all = (await h.serviceWorker!.evaluate(() => chrome.storage.session.get(null))) as Record<string, { account?: { handle?: string } | null; url?: string } | null>
          return Object.values(all).filter((s) => s?.url?.startsWith('https://www.facebook.com')).map((s) => s?.account?.handle)
        }, { timeout: 15_000 })
        .toContain('yanagawa.kanko')
    } finally {
      await clearStorage()
    }
  })
})

describe('web.facebook.com sends', () => {
  test('a clean post is sent once; a warned post is sent once after confirming', async () => {
    const clean = 'ゴールデンウィーク期間中も市立図書館は開館しています。' // not sent by an earlier test (a repeat is warned)
    let page = await open('https://web.facebook.com/')
    await compose(page, clean)
    await waitForVerdict(page, FB.editor, 'ok')
    await page.locator(FB.button).click()
    const d = await waitForDialog(page, 'confirm')
    expect(d.confirms).not.toContain('warnings')
    await expectNothingSent(page)
    await confirmAndSend(page)
    expect(await sentOnce(page)).toEqual([{ composer: 'post', text: clean, via: 'submit' }])

    page = await open('https://web.facebook.com/')
    await compose(page, WARN)
    await waitForVerdict(page, FB.editor, 'warn')
    await page.locator(FB.button).click()
    expect((await waitForDialog(page, 'confirm')).confirms).toContain('warnings')
    await expectNothingSent(page)
    await confirmAndSend(page)
    expect(await sentOnce(page)).toEqual([{ composer: 'post', text: WARN, via: 'submit' }])
  })
})
