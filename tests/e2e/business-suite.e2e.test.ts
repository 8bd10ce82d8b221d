/**
 * Meta Business Suite (business.facebook.com/latest/composer), issue #12 items 3 and 4: the composer
 * reconstructed from docs/real-dom-mbs.md (tests/fixtures/sites/business.tsx, the real Draft.js editor),
 * served under the real address. A blocked draft is not published by click (Publish, Schedule), keyboard
 * activation, touch or Ctrl+Enter and stays as typed; "Finish later" is not a send; a clean draft from
 * registered accounts goes out exactly once; a draft that breaks an Instagram-only rule is caught (both
 * sites' rules apply); the popup shows the selected Page and the Instagram account with their
 * registrations, 未登録 when the Instagram account (or the Page's link) cannot be read.
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
import { composePolicy } from '../../src/engine'

let h: Harness
const pages = useHarness((harness) => (h = harness))

const EDITOR = '[role="main"] [contenteditable="true"][role="combobox"]'
const button = (label: string) => `[role="main"] [role="button"]:has(> div:text-is("${label}"))`
const BLOCK = '【秘】来年度の予算案について'
const CLEAN = '本日の川下りは通常どおり運航します。'
const HASHTAGS = '春の川下りが始まりました #柳川 #川下り #観光 #福岡 #春'
const WARN = '詳しくは https://bit.ly/abc をご覧ください'

const page = sample('fb', { service: 'facebook', accountName: '柳川市（Facebook）', url: 'https://www.facebook.com/yanagawa.city', approval: false, tone: 3 })
const ig = sample('ig', { service: 'instagram', accountName: '柳川市（Instagram）', url: 'https://www.instagram.com/yanagawa_city/', approval: false, tone: 3 })

async function setStorage(items: Record<string, unknown>): Promise<void> {
  await h.serviceWorker!.evaluate((i) => chrome.storage.local.set(i), items)
}

async function open(query = ''): Promise<Page> {
  const p = await h.page(`https://business.facebook.com/latest/composer/?asset_id=1887083152480681&business_id=191493022516250${query}`)
  pages.push(p)
  await p.waitForSelector(EDITOR)
  await p.waitForFunction(() => document.documentElement.getAttribute('data-post-guard') === 'protected')
  return p
}

async function type(p: Page, text: string, verdict: string): Promise<void> {
  await focusEditor(p, EDITOR)
  await insertText(p, text)
  await waitForVerdict(p, EDITOR, verdict)
}

async function refusedAndKept(p: Page, text: string): Promise<void> {
  await waitForDialog(p, 'block')
  await settle(p, 5)
  expect(await sentPosts(p)).toEqual([])
  await cancelDialog(p)
  expect(await editorText(p, 'mbs')).toBe(text)
}

/** The status the tab reported: its account (with `also`) and whether the background's context is in. */
async function reportedAccount(urlPart = 'https://business.facebook.com'): Promise<unknown> {
  const all = (await h.serviceWorker!.evaluate(() => chrome.storage.session.get(null))) as Record<string, { account?: unknown; url?: string; updatedAt?: number } | null>
  const mine = Object.values(all).filter((s) => s?.url?.includes(urlPart)).sort((a, b) => (b?.updatedAt ?? 0) - (a?.updatedAt ?? 0))
  return mine[0]?.account ?? null
}

describe('Meta Business Suite: sending', () => {
  test('a blocked draft is not published by Publish, Schedule, keyboard activation, touch or Ctrl+Enter, and stays as typed', async () => {
    const p = await open()
    await type(p, BLOCK, 'block')
    await screenshot(p, 'business-suite-finding')
    await p.locator(button('Publish')).click()
    await waitForDialog(p, 'block')
    await screenshot(p, 'business-suite-block')
    await refusedAndKept(p, BLOCK)
    // The date switch shows Schedule (M1): a second send button of the same composer.
    await p.locator('[role="switch"][aria-label="Set date and time"]').check()
    await p.locator(button('Schedule')).click()
    await refusedAndKept(p, BLOCK)
    for (const key of ['Enter', ' ']) {
      await p.locator(button('Publish')).focus()
      await p.keyboard.press(key)
      await refusedAndKept(p, BLOCK)
    }
    await tap(p, button('Schedule'))
    await refusedAndKept(p, BLOCK)
    await focusEditor(p, EDITOR)
    await p.keyboard.press('Control+Enter')
    await refusedAndKept(p, BLOCK)
    // Finish later keeps a draft in MBS and publishes nothing: not a send, no dialog.
    await p.locator(button('Finish later')).click()
    await settle(p, 5)
    expect(await dialogState(p)).toBeNull()
    expect(await p.locator('.mbs-saved').textContent()).toBe(`下書き：${BLOCK}`)
    expect(await sentPosts(p)).toEqual([])
  })

  test('Japanese labels (公開する, 予約投稿): a blocked draft is refused by both', async () => {
    const p = await open('&lang=ja')
    await type(p, BLOCK, 'block')
    await p.locator('[role="switch"][aria-label="日付と時刻を設定"]').check()
    for (const label of ['公開する', '予約投稿']) {
      await p.locator(button(label)).click()
      await refusedAndKept(p, BLOCK)
    }
  })

  test('registered Page and Instagram account (both selected and readable): a clean draft is published exactly once, with no dialog', async () => {
    await setStorage({ registry: [page, ig] })
    try {
      const p = await open()
      await fixtureAction(p, 'openPicker')
      await type(p, CLEAN, 'ok')
      await p.waitForFunction(() => document.documentElement.getAttribute('data-post-guard-context') === 'ready', null, { timeout: 15_000 })
      await expect.poll(reportedAccount, { timeout: 15_000 }).toMatchObject({ site: 'facebook', handle: 'yanagawa.city', also: [{ site: 'instagram', handle: 'yanagawa_city' }] })
      await p.locator(button('Publish')).click()
      await p.waitForFunction(() => window.__fixture.sent.length > 0)
      await settle(p, 5)
      expect(await dialogState(p)).toBeNull()
      expect(await sentPosts(p)).toEqual([{ site: 'business', composer: 'mbs', text: CLEAN, via: 'publish' }])
    } finally {
      await h.serviceWorker!.evaluate(() => chrome.storage.local.clear())
    }
  })

  test('the Instagram account cannot be read (the usual case, M1): a clean draft asks as for an unregistered account, then goes out once', async () => {
    await setStorage({ registry: [page, ig] })
    try {
      const p = await open()
      await type(p, CLEAN, 'ok')
      await expect.poll(reportedAccount, { timeout: 15_000 }).toEqual({ site: 'facebook', handle: 'yanagawa.city', name: '柳川市', url: 'https://www.facebook.com/yanagawa.city', also: [{ site: 'instagram' }] })
      await p.waitForFunction(() => document.documentElement.getAttribute('data-post-guard-context') === 'ready', null, { timeout: 15_000 })
      await p.locator(button('Publish')).click()
      const d = await waitForDialog(p, 'confirm')
      expect(d.confirms).toEqual(expect.arrayContaining(['account', 'approval']))
      expect(await sentPosts(p)).toEqual([])
      await confirmAndSend(p)
      await p.waitForFunction(() => window.__fixture.sent.length > 0)
      await settle(p, 5)
      expect(await sentPosts(p)).toEqual([{ site: 'business', composer: 'mbs', text: CLEAN, via: 'publish' }])
    } finally {
      await h.serviceWorker!.evaluate(() => chrome.storage.local.clear())
    }
  })

  test('a warned draft from registered accounts asks once; confirmed, it is published exactly once', async () => {
    expect(expected(WARN, { site: 'facebook' }).verdict).toBe('warn')
    expect(expected(WARN, { site: 'instagram' }).verdict).toBe('warn')
    await setStorage({ registry: [page, ig] })
    try {
      const p = await open()
      await fixtureAction(p, 'openPicker')
      await type(p, WARN, 'warn')
      await p.waitForFunction(() => document.documentElement.getAttribute('data-post-guard-context') === 'ready', null, { timeout: 15_000 })
      await expect.poll(reportedAccount, { timeout: 15_000 }).toMatchObject({ site: 'facebook', handle: 'yanagawa.city', also: [{ site: 'instagram', handle: 'yanagawa_city' }] })
      await p.locator(button('Publish')).click()
      const d = await waitForDialog(p, 'confirm')
      expect(d.canSend).toBe(true)
      expect(d.text).toContain('bit.ly')
      expect(d.confirms).toContain('warnings')
      // The accounts are registered: only the warning is asked about.
      expect(d.confirms).not.toContain('account')
      await settle(p, 5)
      expect(await sentPosts(p)).toEqual([])
      await confirmAndSend(p)
      await p.waitForFunction(() => window.__fixture.sent.length > 0)
      await settle(p, 5)
      await p.waitForTimeout(300)
      expect(await dialogState(p)).toBeNull()
      expect(await sentPosts(p)).toEqual([{ site: 'business', composer: 'mbs', text: WARN, via: 'publish' }])
    } finally {
      await h.serviceWorker!.evaluate(() => chrome.storage.local.clear())
    }
  })

  test('a draft that breaks an Instagram-only rule (not a Facebook one) is caught: both sites\' rules apply', async () => {
    const local = { repetition: { maxHashtags: 10, maxHashtagsInstagram: 3 } }
    await setStorage({ policy: local })
    try {
      const { policy } = composePolicy(local)
      expect(expected(HASHTAGS, { site: 'facebook', policy }).rules).not.toContain('repetition/hashtags')
      expect(expected(HASHTAGS, { site: 'instagram', policy }).rules).toContain('repetition/hashtags')
      const p = await open()
      await focusEditor(p, EDITOR)
      await insertText(p, HASHTAGS)
      await p.waitForFunction(() => document.documentElement.getAttribute('data-post-guard-context') === 'ready', null, { timeout: 15_000 })
      await waitForVerdict(p, EDITOR, 'warn')
      await p.locator(button('Publish')).click()
      const d = await waitForDialog(p, 'confirm')
      expect(d.text).toMatch(/ハッシュタグ/)
      expect(await sentPosts(p)).toEqual([])
      await cancelDialog(p)
      expect(await editorText(p, 'mbs')).toBe(HASHTAGS)
    } finally {
      await h.serviceWorker!.evaluate(() => chrome.storage.local.clear())
    }
  })
})

describe('Meta Business Suite: the popup', () => {
  async function openPopup(): Promise<Page> {
    const tab = await h.serviceWorker!.evaluate(async () => (await chrome.tabs.query({ url: 'https://business.facebook.com/*' }))[0]!.id!)
    const p = await h.context.newPage()
    pages.push(p)
    await p.setViewportSize({ width: 360, height: 720 })
    await p.goto(`chrome-extension://${h.extensionId}/src/popup/index.html?tab=${tab}`)
    await p.locator('main.popup').waitFor()
    return p
  }
  const lines = (p: Page) =>
    p.locator('.acct-line').evaluateAll((els) => els.map((l) => [l.getAttribute('data-account-site'), l.querySelector('.handle')?.textContent, l.querySelector('.reg')?.textContent]))

  test('shows the selected Page and Instagram account as registered; 未登録 when the Instagram account or the Page cannot be read', async () => {
    await setStorage({ registry: [page, ig] })
    // The harness blocks every request that is not a fixture; the extension's own pages load its packaged files.
    await h.context.route(/^chrome-extension:\/\//, (route) => route.continue())
    try {
      const mbs = await open()
      await fixtureAction(mbs, 'openPicker')
      await expect.poll(reportedAccount, { timeout: 15_000 }).toMatchObject({ also: [{ site: 'instagram', handle: 'yanagawa_city' }] })
      let p = await openPopup()
      await p.locator('.acct-line').first().waitFor()
      expect(await lines(p)).toEqual([['facebook', '@yanagawa.city', '登録済み'], ['instagram', '@yanagawa_city', '登録済み']])
      expect(await p.locator('.acct-name').textContent()).toBe('柳川市（Facebook）')
      expect(await p.locator('[role="alert"]').count()).toBe(0)
      const box = await p.evaluate(() => document.querySelector('main.popup')!.getBoundingClientRect().toJSON() as DOMRect)
      await screenshot(p, 'business-suite-popup-registered', { x: 0, y: 0, width: 360, height: Math.ceil(box.height) })
      await p.close()

      // The listbox closed: the Instagram account's name is not on the page any more (M1).
      await mbs.locator('[role="combobox"][aria-label^="Post to"]').click()
      await expect.poll(reportedAccount, { timeout: 15_000 }).toMatchObject({ also: [{ site: 'instagram' }] })
      p = await openPopup()
      await p.locator('.acct-line').first().waitFor()
      expect(await lines(p)).toEqual([['facebook', '@yanagawa.city', '登録済み'], ['instagram', '（Instagram アカウントを確認できません：未登録として扱います）', '未登録']])
      await p.getByText(/利用届出書（別紙1）で登録されていません/).waitFor()
      await p.close()

      // The preview names the Page without a link: the Page is not known to be the registered one.
      await mbs.close()
      const nolink = await open('&preview=nolink')
      await expect.poll(() => reportedAccount(), { timeout: 15_000 }).toEqual({ site: 'facebook', name: '柳川市', also: [{ site: 'instagram' }] })
      p = await openPopup()
      await p.locator('.acct-line').first().waitFor()
      expect((await lines(p))[0]).toEqual(['facebook', '柳川市', '未登録'])
      await nolink.close()
    } finally {
      await h.serviceWorker!.evaluate(() => chrome.storage.local.clear())
    }
  })
})
