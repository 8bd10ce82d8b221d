import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { ROOT } from './harness'

describe('npm start (the demo)', () => {
  it('opens the demo pages with the extension: a highlight and a block appear, nothing goes out', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', '--smoke', '--no-build'], { cwd: ROOT, encoding: 'utf8', timeout: 90_000 })
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain('下線と送信不可の表示を確認しました')
    expect(r.status).toBe(0)
  }, 100_000)
})
