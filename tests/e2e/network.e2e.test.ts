/**
 * Nothing leaves the device (DESIGN invariant 7): through a whole session on all three sites —
 * typing, findings, a blocked send, a confirmed send, the popup and options pages — no extension
 * context and no page makes a request other than the fixture files. The recorder itself is then
 * shown to catch requests from the page and from the service worker, so the empty list means something.
 */
import { afterAll, beforeAll, expect, test } from 'vitest'
import {
  cancelDialog,
  confirmAndSend,
  FB,
  fixtureAction,
  focusEditor,
  IG,
  insertText,
  launch,
  waitForDialog,
  waitForVerdict,
  X,
  type Harness,
} from './harness'

let h: Harness
beforeAll(async () => {
  h = await launch()
})
afterAll(async () => h?.close())

test('a full session makes no network request outside the fixtures, from any context', async () => {
  const x = await h.page('https://x.com/home')
  await focusEditor(x, X.editor)
  await insertText(x, '担当の携帯は090-1234-5678です')
  await waitForVerdict(x, X.editor, 'block')
  await x.locator(X.button).click()
  await waitForDialog(x, 'block')
  await cancelDialog(x)
  for (let i = 0; i < 30; i++) await x.keyboard.press('Backspace')
  await insertText(x, '詳しくは https://bit.ly/abc をご覧ください')
  await waitForVerdict(x, X.editor, 'warn')
  await x.locator(X.button).click()
  await waitForDialog(x, 'confirm')
  await confirmAndSend(x)
  await x.waitForFunction(() => window.__fixture.sent.length === 1)

  const fb = await h.page('https://www.facebook.com/')
  await fixtureAction(fb, 'openPost')
  await focusEditor(fb, FB.editor)
  await insertText(fb, 'この資料は部外秘です')
  await waitForVerdict(fb, FB.editor, 'block')

  const ig = await h.page('https://www.instagram.com/')
  await fixtureAction(ig, 'openCreate')
  await focusEditor(ig, IG.caption)
  await insertText(ig, 'あいつはバカだ')
  await waitForVerdict(ig, IG.caption, 'block')

  const popup = await h.page(`chrome-extension://${h.extensionId}/src/popup/index.html`)
  const options = await h.page(`chrome-extension://${h.extensionId}/src/options/index.html`)
  await popup.waitForTimeout(500)
  await options.waitForTimeout(500)

  // Give any delayed beacons a chance (status reports, timers).
  await x.waitForTimeout(2500)
  expect(h.requests).toEqual([])
  // The fixtures themselves were served through the recorder (it saw the traffic it lets through).
  expect(h.allRequests.filter((r) => r.resourceType === 'document').map((r) => new URL(r.url).host)).toEqual(
    expect.arrayContaining(['x.com', 'www.facebook.com', 'www.instagram.com']),
  )

  // Control: the recorder does catch requests from a page and from the extension's service worker.
  await x.evaluate(() => fetch('https://example.org/page-probe').catch(() => undefined))
  await h.serviceWorker!.evaluate(() => fetch('https://example.org/worker-probe').catch(() => undefined))
  await expect.poll(() => h.requests.map((r) => [new URL(r.url).pathname, r.serviceWorker])).toEqual(
    expect.arrayContaining([
      ['/page-probe', false],
      ['/worker-probe', true],
    ]),
  )
})
