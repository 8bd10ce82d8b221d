/**
 * Unit test files share one module graph per worker (`isolate: false` in vitest.config.ts: the engine is
 * loaded once, not once per file). What a file puts on globalThis for the extension APIs (fakes.ts's
 * browser.i18n) must not reach the next file: each file starts without them, as in the browser page
 * it stands for.
 */
import { beforeAll } from 'vitest'

beforeAll(() => {
  const g = globalThis as { chrome?: unknown; browser?: unknown }
  delete g.chrome
  delete g.browser
})
