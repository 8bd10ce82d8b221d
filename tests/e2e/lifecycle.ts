/**
 * The lifecycle most e2e files share: one browser with the extension for the file, and the pages a
 * test opened closed after it. Kept apart from harness.ts, which the demo (scripts/demo.ts) imports
 * outside vitest.
 *
 *   let h: Harness
 *   const pages = useHarness((harness) => (h = harness))
 */
import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { launch, type Harness, type LaunchOptions } from './harness'

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
    for (const p of pages.splice(0)) await p.close().catch(() => undefined)
  })
  return pages
}
