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
          // Property tests run thousands of checks; on a busy 2-core machine they take seconds. Speed is
          // measured by `npm run bench`, never by a test's clock.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Two files at a time (one Chromium each): the e2e suite is most of CI's time, and each file has its own
          // browser, profile and fixture routing, so files do not share state.
          fileParallelism: true,
          maxWorkers: 2,
          // A project with its own maxWorkers runs as its own group: after the unit tests.
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
