/**
 * The build's table of pattern needs (scripts/literal-table.ts), as a vite `define`:
 * `{ __POST_GUARD_LITERALS__: '<JSON>' }`, written into the bundles so that no page works them out
 * (literals.ts reads it; a pattern not in it is worked out as before, so the table can make a check faster,
 * never different: tests/engine/literal-table.test.ts).
 *
 * The table is made by running the engine under Node in a child process (not imported here: the vite config
 * stays small), once per version of the engine's sources: it is cached under node_modules/.cache by a hash of
 * every file in src/engine.
 */
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name)
      return statSync(p).isDirectory() ? files(p) : [p]
    })
}

/** The `define` entry of the table. Throws (failing the build) when the engine cannot be run. */
export function literalDefine(): Record<string, string> {
  const hash = createHash('sha256')
  for (const f of files(join(ROOT, 'src/engine'))) hash.update(relative(ROOT, f)).update('\0').update(readFileSync(f)).update('\0')
  hash.update(readFileSync(join(ROOT, 'scripts/literal-table.ts')))
  const cache = join(ROOT, 'node_modules/.cache/post-guard', `literals-${hash.digest('hex').slice(0, 16)}.json`)
  let json: string
  if (existsSync(cache)) json = readFileSync(cache, 'utf8')
  else {
    json = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/literal-table.ts')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 })
    JSON.parse(json)
    mkdirSync(dirname(cache), { recursive: true })
    writeFileSync(cache, json)
  }
  return { __POST_GUARD_LITERALS__: json }
}
