/**
 * The lifecycle most e2e files share: one browser with the extension for the file, and the pages a
 * test opened released after it (harness.release: the tab is reused). Kept apart from harness.ts, which the demo (scripts/demo.ts) imports
 * outside vitest.
 *
 *   let h: Harness
 *   const pages = useHarness((harness) => (h = harness))
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { DIST, launch, type Harness, type LaunchOptions } from './harness'

/** Launch before the file's tests (handing the harness to `set`), close after them; returns the list of pages to close after each test. */
export function useHarness(set: (h: Harness) => void, options?: LaunchOptions): Page[] {
  let harness: Harness | undefined
  const pages: Page[] = []
  beforeAll(async () => {
    harness = await launch(options)
    set(harness)
  })
  afterAll(async () => harness?.close())
  afterEach(async () => {
    // Each test's tabs go back to the harness for the next test (a fresh page, the same tab: cheaper than a new tab).
    for (const p of pages.splice(0)) await harness!.release(p)
  })
  return pages
}

/**
 * `useHarness` for a blog host an administrator registered: the built extension copied with `https://<host>/*`
 * granted at install (optional host permissions cannot be granted without a click in a test), the host enabled in
 * storage (`blogHosts`), and the file's tests started only once the background has registered the blog content
 * script for it (syncBlogScripts). Returns the pages list, as `useHarness` does.
 */
export function useBlogHost(host: string, set: (h: Harness) => void): Page[] {
  const dist = mkdtempSync(join(tmpdir(), 'post-guard-blog-dist-'))
  cpSync(DIST, dist, { recursive: true })
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { host_permissions?: string[] }
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `https://${host}/*`]
  writeFileSync(join(dist, 'manifest.json'), JSON.stringify(manifest, null, 2))
  let h: Harness | undefined
  const pages = useHarness((harness) => set((h = harness)), { dist })
  afterAll(() => rmSync(dist, { recursive: true, force: true }))
  beforeAll(async () => {
    const sw = h!.serviceWorker!
    await sw.evaluate(async (host) => {
      await chrome.storage.local.set({ blogHosts: [host] })
    }, host)
    for (let i = 0; i < 50; i++) {
      const n = await sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)
      if (n > 0) return
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error('the blog content script was not registered')
  })
  return pages
}
