import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import { literalDefine } from './scripts/literal-define'
import { contentMatches } from './src/sites/hosts'
import { MODEL } from './src/engine/model/weights'
import { ENGINE_FILES } from './src/shared/engine-files'

/**
 * The rule engine for the content script, built on its own (`engine.js` in dist/ or dist-firefox/, after the
 * extension's own build), so the content script that runs at document_start on every page load stays small. The
 * build then declares it in the built manifest as a second content script of the sites' top pages at document_idle
 * (`declareEngine`); in frames and on blog hosts the background injects it with `scripting.executeScript` when a
 * composer is first seen or focused (src/content/engine.ts). An IIFE: content scripts are classic scripts.
 */
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome'
const outDir = target === 'firefox' ? 'dist-firefox' : 'dist'

/** The reader's weights file (`splitModel`), first of ENGINE_FILES; engine.js is built by this config. */
const MODEL_FILE = ENGINE_FILES[0]

/** The manifest's content script entry for the engine (both files, in order): the sites' top pages, once the page is idle. */
const ENGINE_CONTENT_SCRIPT = { js: ENGINE_FILES, matches: contentMatches(), run_at: 'document_idle' } as const

/** The global `engine-model.js` sets and the engine's weights module reads (in the same isolated world or Worker). */
const MODEL_GLOBAL = '__postGuardModel'
const MODEL_MODULE = '\0post-guard-model'

/**
 * The reader's weights as their own file: the engine's `model/weights` module is replaced by one that reads them from
 * `MODEL_GLOBAL` (a Worker loads the file first with importScripts), and `engine-model.js` is written beside engine.js
 * from the same weights. Errors: the engine throws at load when the file was not run before it (the page then says it
 * is not protected, src/content/engine.ts).
 */
function splitModel(): Plugin {
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
        `if (g.${MODEL_GLOBAL} === undefined && typeof importScripts === 'function') importScripts('${MODEL_FILE}')`,
        `if (g.${MODEL_GLOBAL} === undefined) throw new Error('${MODEL_FILE} must run before engine.js')`,
        `export const MODEL = g.${MODEL_GLOBAL}`,
      ].join('\n')
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: MODEL_FILE, source: `globalThis.${MODEL_GLOBAL}=${JSON.stringify(MODEL)};\n` })
    },
  }
}

/**
 * Add `ENGINE_CONTENT_SCRIPT` to the built manifest (once). Declared content scripts are kept in memory and compiled
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
      const scripts = (manifest.content_scripts ??= [])
      if (!scripts.some((c) => c.js?.includes('engine.js'))) scripts.push({ ...ENGINE_CONTENT_SCRIPT, js: [...ENGINE_CONTENT_SCRIPT.js], matches: [...ENGINE_CONTENT_SCRIPT.matches] })
      writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`)
    },
  }
}

export default defineConfig({
  publicDir: false,
  // The rule patterns' literal needs, worked out once at build time (scripts/literal-define.ts).
  define: literalDefine(),
  plugins: [splitModel(), declareEngine()],
  build: {
    outDir,
    // The extension's build is already there.
    emptyOutDir: false,
    target: target === 'firefox' ? 'firefox128' : 'chrome120',
    sourcemap: false,
    lib: { entry: 'src/content/engine-entry.ts', formats: ['iife'], name: 'postGuardEngine', fileName: () => 'engine.js' },
  },
})
