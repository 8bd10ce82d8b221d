#!/usr/bin/env node
/**
 * Run several npm scripts at once and wait for all of them (the checks before the test run: type check, accuracy gate
 * and build are independent, and on a 2-core CI machine running them side by side saves about a minute).
 *
 * Usage: node scripts/parallel.mjs "typecheck" "eval -- --quiet" "build"
 * Each argument is an npm script with its arguments. Each script's output is kept and printed whole when it ends (so
 * the logs do not interleave), in the order the scripts end, each headed by its exit status and wall time. Exit status: 0 when every script succeeded, else 1 (the
 * failed scripts are named on stderr).
 */
import { spawn } from 'node:child_process'

const jobs = process.argv.slice(2)
if (jobs.length === 0) {
  console.error('usage: node scripts/parallel.mjs "<npm script> [args]" …')
  process.exit(64)
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const results = await Promise.all(
  jobs.map(
    (job) =>
      new Promise((resolve) => {
        const chunks = []
        const started = Date.now()
        const child = spawn(npm, ['run', ...job.split(' ')], { stdio: ['ignore', 'pipe', 'pipe'] })
        child.stdout.on('data', (c) => chunks.push(c))
        child.stderr.on('data', (c) => chunks.push(c))
        child.on('error', (e) => {
          chunks.push(Buffer.from(String(e)))
          resolve({ job, code: 1 })
        })
        child.on('close', (code) => {
          process.stdout.write(`\n── npm run ${job} (exit ${code}, ${((Date.now() - started) / 1000).toFixed(0)} s) ──\n`)
          process.stdout.write(Buffer.concat(chunks))
          resolve({ job, code: code ?? 1 })
        })
      }),
  ),
)
const failed = results.filter((r) => r.code !== 0)
for (const f of failed) console.error(`failed: npm run ${f.job} (exit ${f.code})`)
process.exit(failed.length > 0 ? 1 : 0)
