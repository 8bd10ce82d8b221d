/**
 * The two extension APIs the content script uses (runtime messages, storage change events),
 * without webextension-polyfill (about 10 KB of the content script, 2.7 KB gzipped): Firefox gives
 * content scripts a promise-based `browser`, and Chrome's `chrome` returns promises in Manifest V3.
 * The background, popup and options pages keep the polyfill.
 */
import type Browser from 'webextension-polyfill'

export type ContentApi = Pick<Browser.Browser, 'runtime' | 'storage'>

/** The extension API of this browser's content scripts, or null outside an extension (tests, plain pages). */
export function contentApi(): ContentApi | null {
  const g = globalThis as unknown as { browser?: ContentApi; chrome?: ContentApi }
  if (g.browser?.runtime?.id) return g.browser
  if (g.chrome?.runtime?.id) return g.chrome
  return null
}
