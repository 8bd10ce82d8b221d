import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite'
import { literalDefine } from './scripts/literal-define'
import { contentMatches } from './src/sites/hosts'
import { MODEL } from './src/engine/model/weights'
import { ENGINE_FILES, ENGINE_PACKS } from './src/shared/engine-files'
import { LIB_GLOBAL, engineSplit, libKey, packGlobal } from './scripts/engine-split'

/**
 * The rule engine for the content script, built on its own (`engine.js` in dist/ or dist-firefox/, after the
 * extension's own build), so the content script that runs at document_start on every page load stays small. The
 * build then declares it in the built manifest as a second content script of the sites' top pages at document_idle
 * (`declareEngine`); in frames and on blog hosts the background injects it with `scripting.executeScript` when a
 * composer is first seen or focused (src/content/engine.ts). IIFEs: content scripts are classic scripts.
 *
 * The engine is several files (ENGINE_FILES, in the order they run), cut as scripts/engine-split.ts says: the reader's
 * weights, the shared modules (engine-lib.js), one file per large family (ENGINE_PACKS), then engine.js. Each module is
 * in one file only; the others read it from that file's global (an IIFE's externals).
 */
const ROOT = dirname(fileURLToPath(import.meta.url))
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome'
const outDir = target === 'firefox' ? 'dist-firefox' : 'dist'

/** The reader's weights file (`splitModel`), first of ENGINE_FILES; engine.js is built by this config. */
const MODEL_FILE = ENGINE_FILES[0]

/** The manifest's content script entry for the engine (all its files, in order): the sites' top pages, once the page is idle. */
const ENGINE_CONTENT_SCRIPT = { js: ENGINE_FILES, matches: contentMatches(), run_at: 'document_idle' } as const

/** The global `engine-model.js` sets and the engine's weights module reads (in the same isolated world or Worker). */
const MODEL_GLOBAL = '__postGuardModel'
const MODEL_MODULE = '\0post-guard-model'

/**
 * The reader's weights as their own file: the engine's `model/weights` module is replaced by one that reads them from
 * `MODEL_GLOBAL` (a Worker loads the file first with importScripts, `WORKER_LOADER`), and `engine-model.js` is written
 * beside engine.js from the same weights (when `emit`: by engine.js's build only). Errors: the engine throws at load
 * when the file was not run before it (the page then says it is not protected, src/content/engine.ts).
 */
function splitModel(emit: boolean): Plugin {
  return {
    name: 'post-guard-split-model',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && /[\\/]src[\\/]engine[\\/]model[\\/]reader\.ts$/.test(importer) && source === './weights') return MODEL_MODULE
      return null
    },
    load(id) {
      if (id !== MODEL_MODULE) return null
      return [
        `const g = globalThis`,
        `if (g.${MODEL_GLOBAL} === undefined) throw new Error('${MODEL_FILE} must run before engine.js')`,
        `export const MODEL = g.${MODEL_GLOBAL}`,
      ].join('\n')
    },
    generateBundle() {
      if (emit) this.emitFile({ type: 'asset', fileName: MODEL_FILE, source: `globalThis.${MODEL_GLOBAL}=${JSON.stringify(MODEL)};\n` })
    },
  }
}

/**
 * Add `ENGINE_CONTENT_SCRIPT` to the built manifest (once; it replaces the entry of an earlier engine build). Declared content scripts are kept in memory and compiled
 * by the browser; injecting the same file on every page load cost ~0.4 s more CPU per page (X fixture, Chromium).
 * Errors: throws when the extension's manifest is not in `outDir` (build the extension first).
 */
function declareEngine(): Plugin {
  return {
    name: 'post-guard-declare-engine',
    apply: 'build',
    closeBundle() {
      const path = join(outDir, 'manifest.json')
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as { content_scripts?: Array<{ js?: string[]; matches?: string[]; run_at?: string }> }
      // An entry of an earlier engine build (its files may have been others) is replaced.
      const scripts = (manifest.content_scripts ?? []).filter((c) => !c.js?.includes('engine.js'))
      scripts.push({ ...ENGINE_CONTENT_SCRIPT, js: [...ENGINE_CONTENT_SCRIPT.js], matches: [...ENGINE_CONTENT_SCRIPT.matches] })
      manifest.content_scripts = scripts
      writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`)
    },
  }
}

/** The split of the engine into the page's files (scripts/engine-split.ts). */
const SPLIT = engineSplit(ROOT, ENGINE_PACKS)
const SHARED = new Set(SPLIT.shared)
const LIB_PREFIX = '\0post-guard-lib:'
const PACK_PREFIX = '\0post-guard-pack:'
// Entries of the other files' builds (vite makes a lib entry a path under the root: matched by their ends).
const LIB_ENTRY = 'post-guard-lib-entry'
const PACK_ENTRY = 'post-guard-pack-entry-'

/**
 * Read the modules that live in another file from that file's global (an IIFE's external: `__postGuardLib.words`):
 * the shared modules (`SHARED`, in engine-lib.js), and, for engine.js, the packs' family files. `inPack` is the family
 * file built in this bundle (not external).
 */
function fromOtherFiles(inPack: string | null): Plugin {
  return {
    name: 'post-guard-from-other-files',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || importer.startsWith('\0')) return null
      const resolved = await this.resolve(source, importer, { skipSelf: true })
      if (!resolved) return null
      const id = resolved.id.split('?')[0]!
      if (SHARED.has(id)) return { id: `${LIB_PREFIX}${libKey(ROOT, id)}`, external: true }
      const pack = SPLIT.packs.find((p) => p.file === id)
      if (pack && pack.file !== inPack) return { id: `${PACK_PREFIX}${pack.family}`, external: true }
      // A detector of a family folder is read through the folder's index.ts only (the pack's global has the index's exports).
      const owner = SPLIT.packs.find((p) => p.own.includes(id))
      if (owner && owner.file !== inPack) throw new Error(`engine split: ${importer} imports ${id}, a module inside the pack ${owner.family} (import its index.ts)`)
      return null
    },
  }
}

/** The global each external of `fromOtherFiles` is read from. */
function globalOf(id: string): string {
  if (id.startsWith(LIB_PREFIX)) return `${LIB_GLOBAL}.${id.slice(LIB_PREFIX.length)}`
  if (id.startsWith(PACK_PREFIX)) return packGlobal(id.slice(PACK_PREFIX.length))
  throw new Error(`engine split: no global for the external ${id}`)
}

/**
 * The entry of engine-lib.js: each shared module's namespace under its key. Errors: the build fails when a module
 * the lib bundles is not one of `SHARED` (the split was worked out wrong).
 */
function libEntry(): Plugin {
  return {
    name: 'post-guard-lib-entry',
    resolveId: (source) => (source.endsWith(LIB_ENTRY) ? `\0${LIB_ENTRY}` : null),
    load: (id) => (id === `\0${LIB_ENTRY}` ? SPLIT.shared.map((p) => `export * as ${libKey(ROOT, p)} from ${JSON.stringify(p)}`).join('\n') : null),
    buildEnd() {
      const stray = [...this.getModuleIds()].filter((id) => !id.startsWith('\0') && /[\\/]src[\\/]/.test(id) && !SHARED.has(id))
      if (stray.length > 0) throw new Error(`engine split: engine-lib.js bundles modules outside the split: ${stray.join(', ')}`)
    },
  }
}

/**
 * The entry of a pack's file: the family module's exports. Errors: the build fails when the pack bundles a module of
 * src/ other than its own files (its family file, or the files of its family folder): it would be a second copy of a
 * module engine.js has.
 */
function packEntry(family: string, file: string, own: readonly string[]): Plugin {
  const entry = `${PACK_ENTRY}${family}`
  return {
    name: 'post-guard-pack-entry',
    resolveId: (source) => (source.endsWith(entry) ? `\0${entry}` : null),
    load: (id) => (id === `\0${entry}` ? `export * from ${JSON.stringify(file)}` : null),
    buildEnd() {
      const stray = [...this.getModuleIds()].filter((id) => !id.startsWith('\0') && /[\\/]src[\\/]/.test(id) && !own.includes(id))
      if (stray.length > 0) throw new Error(`engine split: ${file} bundles modules outside its file: ${stray.join(', ')}`)
    },
  }
}

/** The build options every file of the engine shares. */
const BUILD = {
  outDir,
  // The extension's build is already there.
  emptyOutDir: false,
  target: target === 'firefox' ? 'firefox128' : 'chrome120',
  sourcemap: false,
} as const

/** In the engine Worker, engine.js loads the files before it (a page runs them in order itself). */
const WORKER_LOADER = `if(typeof importScripts==='function'&&globalThis.${LIB_GLOBAL}===undefined)importScripts(${ENGINE_FILES.slice(0, -1)
  .map((f) => JSON.stringify(f))
  .join(',')});`

/**
 * Build engine-lib.js and the packs' files (after engine.js, in the same `outDir`), as IIFEs that set their globals.
 * Errors: a failed build fails the command.
 */
function buildOtherFiles(): Plugin {
  const define = literalDefine()
  // A pack is built with rolldown's inlineConst off: a family that is a folder of detectors (decency/) imports its regex sources
  // across its files, and inlining them at each use copies them (engine-decency.js +1.2 %); a single module's consts are not inlined.
  const sub = (name: string, entry: string, fileName: string, plugins: Plugin[], check: string): InlineConfig => ({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    define,
    plugins: [splitModel(false), ...plugins],
    build: {
      ...BUILD,
      lib: { entry, formats: ['iife'], name, fileName: () => fileName },
      rolldownOptions: { output: { globals: globalOf, banner: check }, ...(name === LIB_GLOBAL ? {} : { optimization: { inlineConst: false } }) },
    },
  })
  return {
    name: 'post-guard-build-other-files',
    apply: 'build',
    async closeBundle() {
      await build(sub(LIB_GLOBAL, LIB_ENTRY, 'engine-lib.js', [libEntry()], ''))
      for (const p of SPLIT.packs) {
        const check = `if(globalThis.${LIB_GLOBAL}===undefined)throw new Error('engine-lib.js must run before ${p.fileName}');`
        await build(sub(p.global, `${PACK_ENTRY}${p.family}`, p.fileName, [fromOtherFiles(p.file), packEntry(p.family, p.file, p.own)], check))
      }
    },
  }
}

export default defineConfig({
  publicDir: false,
  // The rule patterns' literal needs, worked out once at build time (scripts/literal-define.ts).
  define: literalDefine(),
  plugins: [splitModel(true), fromOtherFiles(null), declareEngine(), buildOtherFiles()],
  build: {
    ...BUILD,
    lib: { entry: 'src/content/engine-entry.ts', formats: ['iife'], name: 'postGuardEngine', fileName: () => 'engine.js' },
    rolldownOptions: { output: { globals: globalOf, banner: WORKER_LOADER } },
  },
})
