#!/usr/bin/env node
/** Entry point of `npm run check`. */
import { readFileSync } from 'node:fs'
import { runCli } from './run'

const result = runCli(process.argv.slice(2), () => {
  try {
    return readFileSync(0)
  } catch {
    return new Uint8Array()
  }
})
if (result.stdout) process.stdout.write(result.stdout)
if (result.stderr) process.stderr.write(result.stderr)
process.exitCode = result.code
