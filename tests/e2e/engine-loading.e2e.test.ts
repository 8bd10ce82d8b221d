/**
 * The engine is not part of the content script that runs on every page load: the background injects
 * engine.js into the content script's isolated world when a composer is first seen or focused
 * (src/content/engine.ts, DESIGN "The engine in the page"). Pages without a composer never load it, the
 * page's own scripts never see it, and a draft typed before it arrives is checked when it does.
 */
import { afterAll, beforeAll, expect, test } from 'vitest'
import { fixtureAction, focusEditor, highlightTexts, insertText, launch, waitForVerdict, X, type Harness } from './harness'

let h: Harness
beforeAll(async () => {
  h = await launch()
})
afterAll(async () => h?.close())

const engineState = (p: import('playwright-core').Page) => p.evaluate(() => document.documentElement.getAttribute('data-post-guard-engine'))

test('a page with no composer does not load the engine; opening one does, in the content script’s world only', async () => {
  // A profile page: a post to read, nothing to write in.
  const x = await h.page('https://x.com/yanagawa_kankokyokai')
  // The guard is there from document_start; the engine is not asked for while nothing can be written.
  await x.waitForSelector('html[data-post-guard]')
  await x.waitForTimeout(1500)
  expect(await engineState(x)).toBe('pending')
  await fixtureAction(x, 'openCompose')
  await x.waitForSelector('html[data-post-guard-engine="ready"]', { timeout: 15_000 })
  // The page's scripts see no engine global (it lives in the extension's isolated world).
  expect(await x.evaluate(() => '__postGuardEngine' in globalThis)).toBe(false)
  // engine.js is not web-accessible: the page cannot fetch it.
  const fetched = await x.evaluate(async (id) => {
    try {
      return (await fetch(`chrome-extension://${id}/engine.js`)).status
    } catch {
      return 'refused'
    }
  }, h.extensionId)
  expect(fetched).toBe('refused')
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
