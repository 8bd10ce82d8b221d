import { defineConfig } from 'vitest/config'
import preact from '@preact/preset-vite'

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [preact()],
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          // One module graph per worker, not per file: every file imports the engine (2 MB of rule sources), and
          // loading it afresh for each of ~50 files took most of the unit run (80 s → 25 s on 2 cores).
          // Extension globals a file installs are removed before the next file (tests/setup/fresh-globals.ts).
          isolate: false,
          // V8 compiles each regular expression to machine code at once instead of interpreting it first: the same
          // matches, but the engine's ~5,800 patterns run ~35 % faster over many drafts (the unit run took 60–62 s
          // instead of 78–96 s on 2 cores). Browsers keep their default; `npm run bench` measures that.
          execArgv: ['--no-regexp-tier-up'],
          setupFiles: ['tests/setup/fresh-globals.ts', 'tests/setup/content-engine.ts'],
          // Property tests run thousands of checks; on a busy 2-core machine they take seconds. Speed is
          // measured by `npm run bench`, never by a test's clock.
          testTimeout: 30_000,
          // Projects with different worker counts need their own group: the unit tests first, then the e2e tests.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Two files at a time, one Chromium each: a test mostly waits on its browser, so one file at a time left a
          // core idle (553 s in all on 2 cores; 412–472 s with two). Tests that depend on time allow for a busy page
          // (content/context.ts counts only the time the page could run).
          fileParallelism: true,
          maxWorkers: 2,
          // Each file imported the engine's sources afresh (~2.7 s of 20 files' import time): one module graph per
          // worker, as in the unit project. Every file launches and closes its own browser (lifecycle.ts).
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
