/**
 * How the engine is cut into the files a page runs (vite.engine.config.ts, src/shared/engine-files.ts), so that no file
 * passes 5 MB (addons.mozilla.org's linter reads no larger file) while every module exists once in the page:
 *
 * - `engine-lib.js`: every module a pack needs that is not the pack's own family file (words, text, gate, literals and
 *   what they import). It sets one global, `LIB_GLOBAL`, with each module's namespace under `libKey(path)`.
 * - `engine-<family>.js`, one per pack (`ENGINE_PACKS`): that family's own file (or, for a family that is a folder of
 *   detectors, every file of the folder), reading the shared modules from the lib global. It sets `packGlobal(family)` to the family's exports.
 * - `engine.js`: everything else (the engine core, the other families, the registry), reading the shared modules and
 *   the packs' families from those globals.
 *
 * One instance of each module matters: the literal gates of every family share one Aho–Corasick pass (gate.ts), built
 * once by `prepare()`; a second copy of gate.ts in a pack would run its own pass on every check.
 *
 * The module graph is read from the sources' own import statements (relative value imports; `import type` is erased);
 * the builds then check that the split they made is the one worked out here (`assertPackModules`).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

/** The global that engine-lib.js sets (in the content script's isolated world, or the engine Worker). */
export const LIB_GLOBAL = '__postGuardLib'

/** The global that a pack's file sets to its family module's exports. */
export function packGlobal(family: string): string {
  return `__postGuardPack_${family.replace(/[^A-Za-z0-9]/g, '_')}`
}

/** The key of a shared module in the lib global: its path under src/engine, letters and digits only (`rules_decency_meta`). */
export function libKey(root: string, path: string): string {
  return relative(join(root, 'src/engine'), path).replace(/\.[cm]?[jt]sx?$/, '').replace(/[^A-Za-z0-9]/g, '_')
}

/** What the split is: absolute module paths. */
export interface EngineSplit {
  /** The modules of engine-lib.js, sorted by path. */
  shared: string[]
  /**
   * Each pack: its family, its own file (`rules/<family>.ts`, or `rules/<family>/index.ts` for a family that is a folder of
   * detectors), every module of its own (that file, or every file of the folder), the file name it is built to and the global it sets.
   */
  packs: Array<{ family: string; file: string; own: string[]; fileName: string; global: string }>
}

// `import … from './x'` / `export … from './x'` (named, namespace or default), and `import './x'`: at a line's start, not
// `import type` / `export type` (erased by the compiler). Comment lines start with ` * ` or `//` and never match.
const IMPORT = /^(?:import|export)\s+(?!type\s)(?:\{[^}]*\}|\*(?:\s+as\s+\w+)?|\w+(?:\s*,\s*\{[^}]*\})?)\s*from\s*'(\.{1,2}\/[^']+)'|^import\s+'(\.{1,2}\/[^']+)'/gm

/** A relative specifier as a file path (`./x` → `./x.ts` or `./x/index.ts`). Errors: throws when none exists. */
function resolveSpecifier(from: string, spec: string): string {
  const base = resolve(dirname(from), spec)
  for (const p of [base, `${base}.ts`, join(base, 'index.ts')]) if (existsSync(p) && statSync(p).isFile()) return p
  throw new Error(`engine split: cannot resolve '${spec}' from ${from}`)
}

/** The relative value imports of one source file, resolved to paths. */
export function importsOf(file: string): string[] {
  if (!/\.ts$/.test(file)) return []
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(IMPORT)].map((m) => resolveSpecifier(file, (m[1] ?? m[2])!))
}

/**
 * Work out the split for `families` (file stems under src/engine/rules, or folders there with an index.ts: a family that
 * is a folder of detectors, like hostility/). `root` is the repository root. A folder's files but its meta.ts are the
 * pack's own: they are bundled into the pack's file, never shared.
 * Errors: throws when a shared module imports a pack's own file (it could not be loaded before the pack), or a
 * family's file is missing.
 */
export function engineSplit(root: string, families: readonly string[]): EngineSplit {
  const packs = families.map((family) => {
    const single = join(root, 'src/engine/rules', `${family}.ts`)
    const folder = join(root, 'src/engine/rules', family)
    const file = existsSync(single) ? single : join(folder, 'index.ts')
    if (!existsSync(file)) throw new Error(`engine split: no family file ${single} or ${file}`)
    const own =
      file === single
        ? [file]
        : readdirSync(folder)
            // meta.ts is the family's metadata, which engine.js reads too (rules/meta.ts): shared, like a `<family>.meta.ts`.
            .filter((f) => f.endsWith('.ts') && f !== 'meta.ts')
            .sort()
            .map((f) => join(folder, f))
    return { family, file, own, fileName: `engine-${family}.js`, global: packGlobal(family) }
  })
  const own = new Set(packs.flatMap((p) => p.own))
  const shared = new Set<string>()
  const walk = (file: string): void => {
    for (const dep of importsOf(file)) {
      if (own.has(dep)) throw new Error(`engine split: ${relative(root, file)} imports the pack file ${relative(root, dep)}`)
      if (shared.has(dep)) continue
      shared.add(dep)
      walk(dep)
    }
  }
  // A pack's own files import each other; what they import from outside the pack is shared.
  for (const p of packs) {
    for (const f of p.own) {
      for (const dep of importsOf(f)) {
        if (p.own.includes(dep) || shared.has(dep)) continue
        if (own.has(dep)) throw new Error(`engine split: ${relative(root, f)} imports the pack file ${relative(root, dep)}`)
        shared.add(dep)
        walk(dep)
      }
    }
  }
  return { shared: [...shared].sort(), packs }
}
