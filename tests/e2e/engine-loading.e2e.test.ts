/**
 * The engine is not part of the content script that runs at document_start: on the sites' pages it comes as the
 * manifest's second content script once the page is idle; elsewhere (frames, blog hosts: wordpress/note tests) the
 * background injects it when a composer is first seen or focused (src/content/engine.ts, DESIGN "The engine in the
 * page"). Either way it lives in the content script's isolated world (the page's own scripts never see it), and a
 * draft typed before it arrives is checked when it does.
 */
import { afterAll, beforeAll, expect, test } from 'vitest'
import { fixtureAction, focusEditor, highlightTexts, insertText, launch, waitForDialog, waitForVerdict, X, type Harness } from './harness'
import { ENGINE_FILES } from '../../src/shared/engine-files'

let h: Harness
beforeAll(async () => {
  h = await launch()
})
afterAll(async () => h?.close())

const engineState = (p: import('playwright-core').Page) => p.evaluate(() => document.documentElement.getAttribute('data-post-guard-engine'))

test('on a page of the sites the engine comes once the page is idle, with no composer opened, in the content script’s world only', async () => {
  // A profile page: a post to read, nothing to write in yet.
  const x = await h.page('https://x.com/yanagawa_kankokyokai')
  // The guard is there from document_start; the engine arrives as the manifest's document_idle script.
  await x.waitForSelector('html[data-post-guard]')
  await x.waitForSelector('html[data-post-guard-engine="ready"]', { timeout: 15_000 })
  // The page's scripts see neither the engine global nor the arrival hook (they live in the extension's isolated world).
  expect(await x.evaluate(() => '__postGuardEngine' in globalThis || '__postGuardEngineArrived' in globalThis)).toBe(false)
  // The engine's files are not web-accessible: the page cannot fetch them.
  for (const file of ENGINE_FILES) {
    const fetched = await x.evaluate(
      async ([id, f]) => {
        try {
          return (await fetch(`chrome-extension://${id}/${f}`)).status
        } catch {
          return 'refused'
        }
      },
      [h.extensionId, file] as const,
    )
    expect(fetched).toBe('refused')
  }
  await fixtureAction(x, 'openCompose')
  await focusEditor(x, X.modalEditor)
  await insertText(x, 'この資料は部外秘です')
  await waitForVerdict(x, X.modalEditor, 'block')
})

test('a draft typed at once on a fresh page is checked with the real rules as soon as the engine is there', async () => {
  const x = await h.page('https://x.com/home')
  await x.waitForSelector(X.editor)
  await focusEditor(x, X.editor)
  await insertText(x, '担当の携帯は090-1234-5678です')
  await waitForVerdict(x, X.editor, 'block', 1)
  expect(await engineState(x)).toBe('ready')
  expect((await highlightTexts(x)).block).toEqual(['090-1234-5678'])
})

const remoteState = (p: import('playwright-core').Page) => p.evaluate(() => document.documentElement.getAttribute('data-post-guard-remote'))
/** The extension's offscreen documents (the engine host), as the service worker sees them. */
const offscreenDocs = () =>
  h.serviceWorker!.evaluate(async () => ((await (chrome.runtime as unknown as { getContexts(f: object): Promise<unknown[]> }).getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })) as unknown[]).length)

test('typing is checked by the engine host (an offscreen Worker); the marks follow, and a send still checks in the page', async () => {
  const x = await h.page('https://x.com/home')
  await x.waitForSelector(X.editor)
  await focusEditor(x, X.editor)
  await x.waitForSelector('html[data-post-guard-remote="ready"]', { timeout: 15_000 })
  expect(await offscreenDocs()).toBe(1)
  await insertText(x, '担当の携帯は090-1234-567')
  await waitForVerdict(x, X.editor, 'ok', 0)
  // One keystroke completes the number: the host's report marks it.
  await x.keyboard.type('8')
  await waitForVerdict(x, X.editor, 'block', 1)
  expect((await highlightTexts(x)).block).toEqual(['090-1234-5678'])
  // Deleting it clears the mark again.
  await x.keyboard.press('Backspace')
  await waitForVerdict(x, X.editor, 'ok', 0)
  await x.keyboard.type('8です')
  await waitForVerdict(x, X.editor, 'block', 1)
  // The send is refused at once, on the page's own check of the exact text; the draft stays.
  await x.click(X.button)
  expect((await waitForDialog(x, 'block', 5000)).kind).toBe('block')
  expect(await x.locator(X.editor).innerText()).toContain('090-1234-5678です')
  // A second tab shares the one host.
  const y = await h.page('https://x.com/home')
  await y.waitForSelector(X.editor)
  await focusEditor(y, X.editor)
  await y.waitForSelector('html[data-post-guard-remote="ready"]', { timeout: 15_000 })
  expect(await offscreenDocs()).toBe(1)
  await insertText(y, 'この資料は部外秘です')
  await waitForVerdict(y, X.editor, 'block')
  await h.release(y)
})

test('when the engine host goes away, typing is checked in the page and nothing is missed', async () => {
  const x = await h.page('https://x.com/home')
  await x.waitForSelector(X.editor)
  await focusEditor(x, X.editor)
  await x.waitForSelector('html[data-post-guard-remote="ready"]', { timeout: 15_000 })
  await h.serviceWorker!.evaluate(() => (chrome as unknown as { offscreen: { closeDocument(): Promise<void> } }).offscreen.closeDocument())
  await x.waitForSelector('html[data-post-guard-remote="failed"]', { timeout: 5000 })
  expect(await remoteState(x)).toBe('failed')
  await insertText(x, '担当の携帯は090-1234-5678です')
  await waitForVerdict(x, X.editor, 'block', 1)
  expect((await highlightTexts(x)).block).toEqual(['090-1234-5678'])
})
