/**
 * Vitest globalSetup of the e2e project: checks the extension build exists and (re)builds the
 * fixture pages into tests/fixtures/dist when their sources are newer than the build (≈1 s).
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DIST, FIXTURES_DIST, ROOT } from './harness'

function newest(dir: string): number {
  let t = 0
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    const s = statSync(p)
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs)
  }
  return t
}

export async function buildFixtures(force = false): Promise<void> {
  const sources = join(ROOT, 'tests/fixtures/sites')
  const stamp = join(FIXTURES_DIST, 'x.html')
  const sourceTime = Math.max(newest(sources), statSync(join(ROOT, 'tests/fixtures/vite.config.ts')).mtimeMs)
  if (!force && existsSync(stamp) && statSync(stamp).mtimeMs >= sourceTime) return
  const { build } = await import('vite')
  await build({ configFile: join(ROOT, 'tests/fixtures/vite.config.ts'), logLevel: 'warn' })
}

export default async function setup(): Promise<void> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error(`${DIST}/manifest.json is missing: run \`npm run build:chrome\` before the e2e tests`)
  await buildFixtures()
}
