/**
 * Profile pages in Chromium with the built extension (issue #14: 4(1) and 6(3)). On a registered
 * account's profile the popup says which statements the profile lacks (運営主体, 目的, 返信しない旨)
 * with the text to add from the registry record, and that a complete profile lacks nothing. On an
 * unregistered profile that claims 柳川市 (X, Instagram, Facebook), an in-page banner in a shadow root
 * (outside the page's DOM) warns 「登録されていない柳川市名義のアカウントです」 with the 6(3) steps, and the
 * popup says the same. The real profile, 柳川市観光協会 and the home timeline never get the banner.
 * Nothing goes out on the network.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AccountRecord } from '../../src/registry/model'
import { sample } from '../registry/sample'
import { launch, screenshot, type Harness } from './harness'

let h: Harness

const records: AccountRecord[] = [
  sample('acct-x', { service: 'x', url: 'https://x.com/yanagawa_city', accountName: '柳川市公式', broadcastOnly: true }),
  sample('acct-ig', { service: 'instagram', url: 'https://www.instagram.com/yanagawa_city/', accountName: '柳川市公式（Instagram）', department: '総務部 秘書広報課', purpose: '柳川の魅力やイベント情報の発信', broadcastOnly: true }),
  sample('acct-fb', { service: 'facebook', url: 'https://www.facebook.com/yanagawacity', accountName: '柳川市', broadcastOnly: true }),
]

beforeAll(async () => {
  h = await launch()
  await h.context.route(/^chrome-extension:\/\//, (route) => route.continue())
  // Settings first, from any page of the extension's own.
  await h.serviceWorker!.evaluate((r) => chrome.storage.local.set({ registry: r, emergencyUntil: null }), records)
})
afterAll(async () => {
  await h?.close()
})

async function open(url: string): Promise<Page> {
  const p = await h.page(url)
  await p.waitForFunction(() => document.documentElement.getAttribute('data-post-guard-context') === 'ready', undefined, { timeout: 30_000 })
  return p
}

async function tabOf(url: string): Promise<number> {
  return h.serviceWorker!.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, url)
}

/** The popup as a page about a tab, once the tab's status holds its profile. */
async function popupFor(pattern: string): Promise<Page> {
  const tab = await tabOf(pattern)
  await expect
    .poll(() => h.serviceWorker!.evaluate(async (id) => {
      const status = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { profile?: unknown } | undefined
      return !!status?.profile
    }, tab), { timeout: 6000 })
    .toBe(true)
  const p = await h.context.newPage()
  await p.setViewportSize({ width: 360, height: 900 })
  await p.goto(`chrome-extension://${h.extensionId}/src/popup/index.html?tab=${tab}`)
  await p.locator('main.popup').waitFor()
  return p
}

async function shot(p: Page, name: string): Promise<void> {
  const box = await p.evaluate(() => document.querySelector('main.popup')!.getBoundingClientRect().toJSON() as DOMRect)
  await screenshot(p, name, { x: 0, y: 0, width: 360, height: Math.ceil(box.height) })
}

/** The impersonation banner's text (inside its shadow root), or null when there is none. */
async function bannerText(p: Page): Promise<string | null> {
  return p.evaluate(() => {
    const host = document.querySelector('post-guard-impersonation')
    return host?.shadowRoot?.querySelector('.banner')?.textContent ?? null
  })
}

async function waitForBanner(p: Page): Promise<string> {
  await p.waitForFunction(() => !!document.querySelector('post-guard-impersonation')?.shadowRoot?.querySelector('.banner'), undefined, { timeout: 8000 })
  return (await bannerText(p))!
}

/** Long enough for two status reports (every 2 s) and the background's answer. */
async function noBannerAfterReports(p: Page): Promise<void> {
  await p.waitForTimeout(2600)
  expect(await bannerText(p)).toBeNull()
}

describe('4(1) a registered account’s profile', () => {
  it('X: the popup lists the missing statements with the text to add', async () => {
    const x = await open('https://x.com/yanagawa_city')
    await noBannerAfterReports(x)
    const p = await popupFor('https://x.com/yanagawa_city*')
    const card = p.getByTestId('profile-check')
    await card.waitFor()
    expect(await card.locator('li.missing').count()).toBe(3)
    expect(await card.getByTestId('suggest-operator').textContent()).toBe('運営：柳川市総務部 秘書広報課')
    expect(await card.getByTestId('suggest-purpose').textContent()).toBe('市政情報、イベント、災害情報を発信します')
    expect(await card.getByTestId('suggest-noReply').textContent()).toBe('個別のご質問にはお答えしていません。お問い合わせは総務部 秘書広報課（0944-73-8111）へ')
    expect(await p.getByTestId('profile-impersonation').count()).toBe(0)
    await shot(p, 'profile-1-x-missing')
    await p.close()
    await x.close()
  })

  it('X: a complete profile lacks nothing', async () => {
    const x = await open('https://x.com/yanagawa_city?profile=complete')
    const p = await popupFor('https://x.com/yanagawa_city*')
    const card = p.getByTestId('profile-check')
    await card.waitFor()
    expect(await card.locator('li.ok').count()).toBe(3)
    expect(await card.locator('li.missing').count()).toBe(0)
    expect(await card.textContent()).toContain('ガイドライン4(1)で求める記載がそろっています')
    await shot(p, 'profile-2-x-complete')
    await p.close()
    await x.close()
  })

  it('Instagram: the bio states the operator and purpose; the no-reply statement is there too', async () => {
    const ig = await open('https://www.instagram.com/yanagawa_city/?profile=complete')
    await noBannerAfterReports(ig)
    const p = await popupFor('https://www.instagram.com/yanagawa_city/*')
    const card = p.getByTestId('profile-check')
    await card.waitFor()
    expect(await card.locator('li.missing').count()).toBe(0)
    await p.close()
    await ig.close()
  })

  it('Facebook: the Page’s intro lacks all three', async () => {
    const fb = await open('https://www.facebook.com/yanagawacity')
    await noBannerAfterReports(fb)
    const p = await popupFor('https://www.facebook.com/yanagawacity*')
    const card = p.getByTestId('profile-check')
    await card.waitFor()
    expect(await card.locator('li.missing').count()).toBe(3)
    expect(await card.getByTestId('suggest-operator').textContent()).toBe('運営：柳川市総務部 秘書広報課')
    await p.close()
    await fb.close()
  })
})

describe('6(3) impersonation', () => {
  it('X: an unregistered look-alike gets the in-page banner with the steps, and the popup says the same', async () => {
    const x = await open('https://x.com/yanagawa_clty')
    const text = await waitForBanner(x)
    expect(text).toContain('登録されていない柳川市名義のアカウントです')
    expect(text).toContain('「柳川市公式」に似ています')
    for (const step of ['サービス運営者に削除を依頼する', '市公式Webサイトで', '報道機関', '企画課に連絡する']) expect(text).toContain(step)
    const link = await x.evaluate(() => document.querySelector('post-guard-impersonation')!.shadowRoot!.querySelector('a')!.href)
    expect(link).toBe('https://help.x.com/forms/impersonation')
    // Outside the page's own DOM: nothing inside the app's root changed.
    expect(await x.evaluate(() => document.getElementById('react-root')!.querySelector('post-guard-impersonation'))).toBeNull()
    await screenshot(x, 'profile-3-x-impersonation')
    const p = await popupFor('https://x.com/yanagawa_clty*')
    const card = p.getByTestId('profile-impersonation')
    await card.waitFor()
    expect(await card.textContent()).toContain('登録されていない柳川市名義のアカウントです')
    expect(await card.textContent()).toContain('企画課に連絡する')
    await shot(p, 'profile-4-popup-impersonation')
    await p.close()
    await x.close()
  })

  it('X: 柳川市観光協会 is not the city: no banner', async () => {
    const x = await open('https://x.com/yanagawa_kankokyokai')
    await noBannerAfterReports(x)
    await x.close()
  })

  it('X: the home timeline has no profile and no banner', async () => {
    const x = await open('https://x.com/home')
    await noBannerAfterReports(x)
    await x.close()
  })

  it('Instagram: yanagawa.city_ named 柳川市 公式 gets the banner', async () => {
    const ig = await open('https://www.instagram.com/yanagawa.city_/')
    const text = await waitForBanner(ig)
    expect(text).toContain('登録されていない柳川市名義のアカウントです')
    expect(await ig.evaluate(() => document.querySelector('post-guard-impersonation')!.shadowRoot!.querySelector('a')!.href)).toBe('https://help.instagram.com/contact/636276399721841')
    await screenshot(ig, 'profile-5-ig-impersonation')
    await ig.close()
  })

  it('Facebook: a Page named 柳川市役所 that is not registered gets the banner; the real Page does not', async () => {
    const fb = await open('https://www.facebook.com/yanagawa.city.official')
    const text = await waitForBanner(fb)
    expect(text).toContain('登録されていない柳川市名義のアカウントです')
    await screenshot(fb, 'profile-6-fb-impersonation')
    await fb.close()
  })

  it('the banner can be closed', async () => {
    const x = await open('https://x.com/yanagawa_clty')
    await waitForBanner(x)
    await x.evaluate(() => (document.querySelector('post-guard-impersonation')!.shadowRoot!.querySelector('button.close') as HTMLButtonElement).click())
    await noBannerAfterReports(x)
    await x.close()
  })
})

describe('privacy', () => {
  it('made no network requests', () => {
    expect(h.requests).toEqual([])
  })
})
