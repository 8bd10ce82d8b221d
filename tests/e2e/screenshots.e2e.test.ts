/**
 * Screenshots of what staff see on each site (screenshots/*.png, gitignored): inline marks and
 * badge while typing, a hover card, the findings panel, the block dialog and the confirm dialog.
 * Each one also asserts the thing it shows is really there, visible, in Japanese, and where it belongs.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { check } from '../../src/engine'
import { FB, fixtureAction, focusEditor, IG, insertText, launch, screenshot, settle, waitForDialog, waitForVerdict, X, type Harness } from './harness'

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/

let h: Harness
beforeAll(async () => {
  h = await launch({ viewport: { width: 1280, height: 800 } })
})
afterAll(async () => h?.close())

/** Hover the first highlighted range of a severity; returns the card's text and box. */
async function hoverFinding(page: Page, severity: 'block' | 'warn'): Promise<{ text: string; box: DOMRect; target: DOMRect }> {
  const target = await page.evaluate((sev) => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights
    const r = [...(reg.get(`post-guard-${sev}`) ?? [])][0]
    return r ? (r.getClientRects()[0]!.toJSON() as DOMRect) : null
  }, severity)
  expect(target, `a ${severity} highlight`).not.toBeNull()
  await page.mouse.move(target!.x + Math.min(6, target!.width / 2), target!.y + target!.height / 2)
  await page.waitForFunction(() => [...document.querySelectorAll('post-guard-overlay')].some((o) => o.shadowRoot?.querySelector('.card:not([hidden])')))
  const card = await page.evaluate(() => {
    const c = [...document.querySelectorAll('post-guard-overlay')].map((o) => o.shadowRoot?.querySelector<HTMLElement>('.card:not([hidden])')).find(Boolean)!
    return { text: c.textContent ?? '', box: c.getBoundingClientRect().toJSON() as DOMRect }
  })
  return { ...card, target: target! }
}

function inViewport(b: DOMRect): boolean {
  return b.x >= 0 && b.y >= 0 && b.x + b.width <= 1280 && b.y + b.height <= 800
}

describe('X', () => {
  test('marks, badge, hover card, panel, block and confirm dialogs', async () => {
    const page = await h.page('https://x.com/home')
    await focusEditor(page, X.editor)
    await insertText(page, '本日の川下りは通常運航です。詳しくは https://bit.ly/abc をご覧ください。担当の携帯は090-1234-5678です')
    await waitForVerdict(page, X.editor, 'block', 2)
    await settle(page)
    await screenshot(page, 'x-1-typing')

    const card = await hoverFinding(page, 'block')
    expect(card.text).toMatch(JAPANESE)
    expect(card.text).toContain('090-1234-5678')
    expect(inViewport(card.box)).toBe(true)
    expect(card.box.y).toBeGreaterThanOrEqual(card.target.y + card.target.height) // below the marked text, not over it
    await screenshot(page, 'x-2-hover-card')

    await page.mouse.move(5, 5)
    const badge = page.locator('post-guard-overlay .badge').first()
    expect(await badge.textContent()).toMatch(JAPANESE)
    await badge.click()
    const panel = page.locator('post-guard-overlay .panel')
    await panel.waitFor({ state: 'visible' })
    expect(await panel.textContent()).toMatch(JAPANESE)
    // Worst first: the blocked phone number is listed before the short URL that comes earlier in the text.
    expect(await panel.locator('li.finding').evaluateAll((lis) => lis.map((li) => li.className))).toEqual(['finding block', 'finding warn'])
    await screenshot(page, 'x-3-panel')
    await page.keyboard.press('Escape')

    await page.locator(X.button).click()
    const d = await waitForDialog(page, 'block')
    expect(d.title).toMatch(JAPANESE)
    // The refusal lists the mobile number; the bit.ly warning that will still ask is counted.
    expect(d.text).toContain('ほかに確認が必要な指摘が1件あります')
    await screenshot(page, 'x-4-block-dialog')
    await page.locator('post-guard-dialog [data-post-guard-action="cancel"]').click()

    await focusEditor(page, X.editor)
    for (let i = 0; i < '担当の携帯は090-1234-5678です'.length; i++) await page.keyboard.press('Backspace')
    await waitForVerdict(page, X.editor, 'warn')
    await page.locator(X.button).click()
    const c = await waitForDialog(page, 'confirm')
    expect(c.text).toMatch(JAPANESE)
    await page.locator('post-guard-dialog [data-post-guard-confirm="warnings"]').check()
    await screenshot(page, 'x-5-confirm-dialog')
    await page.close()
  })
})

describe('X: one wording, two clauses', () => {
  test('the panel lists an echo under another clause, and one finding per span and clause', async () => {
    const page = await h.page('https://x.com/home')
    await focusEditor(page, X.editor)
    // Decency blocks the exclusion (4(2)) and hostility echoes it (5(3)); the fire after a death in the same post is levity that
    // tone (4(2)) and decency (4(2), its echo) both report on the same characters: listed once.
    const text = '車いすの方は、混雑する休日の川下りはご遠慮ください。\n\n沖端の住宅火災で1人が亡くなりました。今日もよく燃えてました〜🔥'
    const report = check(text, { site: 'x' })
    const shown = new Set(report.findings.map((f) => `${f.start}:${f.end}:${f.clause}`)).size
    expect(shown).toBeLessThan(report.findings.length)
    await insertText(page, text)
    await waitForVerdict(page, X.editor, 'block', shown)
    await settle(page)
    await page.locator('post-guard-overlay .badge').first().click()
    const panel = page.locator('post-guard-overlay .panel')
    await panel.waitFor({ state: 'visible' })
    const items = await panel.locator('li.finding').allTextContents()
    expect(items).toHaveLength(shown)
    expect(items.some((t) => t.includes('4(2)') && t.includes('車いすの方は'))).toBe(true)
    expect(items.some((t) => t.includes('5(3)') && t.includes('車いすの方は'))).toBe(true)
    await screenshot(page, 'x-6-panel-two-clauses')
    await page.close()
  })
})

describe('Facebook', () => {
  test('post dialog marks and block dialog; comment marks', async () => {
    const page = await h.page('https://www.facebook.com/')
    await focusEditor(page, FB.comment)
    await insertText(page, '詳しくは https://bit.ly/abc をご覧ください')
    await fixtureAction(page, 'openPost')
    await focusEditor(page, FB.editor)
    await insertText(page, '【秘】来年度の予算案について、担当の携帯は090-1234-5678です')
    await waitForVerdict(page, FB.editor, 'block')
    await settle(page)
    await screenshot(page, 'facebook-1-post-typing')
    const card = await hoverFinding(page, 'block')
    expect(card.text).toMatch(JAPANESE)
    await screenshot(page, 'facebook-2-hover-card')
    // The comment box behind the dialog's backdrop shows no badge over the dialog.
    const behind = await page.evaluate(() => [...document.querySelectorAll('post-guard-overlay')].filter((o) => o.getAttribute('data-post-guard-verdict') === 'warn').map((o) => (o.shadowRoot!.querySelector('.badge') as HTMLElement).hidden))
    expect(behind).toEqual([true])
    await page.mouse.move(5, 5)
    await page.waitForFunction(() => ![...document.querySelectorAll('post-guard-overlay')].some((o) => o.shadowRoot?.querySelector('.card:not([hidden])')))
    await page.locator(FB.button).click()
    await waitForDialog(page, 'block')
    await screenshot(page, 'facebook-3-block-dialog')
    await page.close()
  })
})

describe('Instagram', () => {
  test('caption marks, confirm dialog with 肖像権, comment textarea marks', async () => {
    const page = await h.page('https://www.instagram.com/')
    await page.locator(IG.comment).click()
    await insertText(page, 'あいつはバカだ')
    await waitForVerdict(page, IG.comment, 'block')
    await settle(page)
    await screenshot(page, 'instagram-1-comment')
    await fixtureAction(page, 'openCreate')
    await focusEditor(page, IG.caption)
    await insertText(page, '春の川下りが始まりました🌸 詳しくは https://bit.ly/abc から')
    await waitForVerdict(page, IG.caption, 'warn')
    await settle(page)
    await screenshot(page, 'instagram-2-caption')
    await page.locator(IG.share).click()
    const d = await waitForDialog(page, 'confirm')
    expect(d.confirms).toEqual(expect.arrayContaining(['warnings', 'portrait']))
    await screenshot(page, 'instagram-3-confirm-dialog')
    await page.close()
  })
})

describe('Instagram post dialog', () => {
  test('the contenteditable comment box of a post opened as a dialog: marks, hover card, block dialog', async () => {
    const page = await h.page('https://www.instagram.com/')
    await page.locator('.ig-feed-photo').click()
    const comment = '[role="dialog"] form [contenteditable="true"][role="textbox"][aria-label^="コメントを追加"]'
    await focusEditor(page, comment)
    await insertText(page, '10時からです🚣 詳しくは担当の携帯090-1234-5678まで')
    await waitForVerdict(page, comment, 'block')
    await settle(page)
    const marked = await page.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('post-guard-block') ?? [])].map((r) => r.toString()))
    expect(marked).toContain('090-1234-5678')
    await screenshot(page, 'instagram-4-post-comment')
    const card = await hoverFinding(page, 'block')
    expect(card.text).toMatch(JAPANESE)
    expect(card.text).toContain('090-1234-5678')
    expect(inViewport(card.box)).toBe(true)
    await screenshot(page, 'instagram-5-post-comment-card')
    await page.mouse.move(5, 5)
    await page.locator('[role="dialog"] form [role="button"].ig-post').click()
    const d = await waitForDialog(page, 'block')
    expect(d.title).toMatch(JAPANESE)
    await screenshot(page, 'instagram-6-post-comment-block-dialog')
    await page.close()
  })
})
