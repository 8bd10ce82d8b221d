import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import { literalDefine } from './scripts/literal-define'
import { contentMatches } from './src/sites/hosts'

/**
 * The rule engine for the content script, built on its own (`engine.js` in dist/ or dist-firefox/, after the
 * extension's own build), so the content script that runs at document_start on every page load stays small. The
 * build then declares it in the built manifest as a second content script of the sites' top pages at document_idle
 * (`declareEngine`); in frames and on blog hosts the background injects it with `scripting.executeScript` when a
 * composer is first seen or focused (src/content/engine.ts). An IIFE: content scripts are classic scripts.
 */
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome'
const outDir = target === 'firefox' ? 'dist-firefox' : 'dist'

/** The manifest's content script entry for the engine: the sites' top pages, once the page is idle. */
export const ENGINE_CONTENT_SCRIPT = { js: ['engine.js'], matches: contentMatches(), run_at: 'document_idle' } as const

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
  plugins: [declareEngine()],
  build: {
    outDir,
    // The extension's build is already there.
    emptyOutDir: false,
    target: target === 'firefox' ? 'firefox128' : 'chrome120',
    sourcemap: false,
    lib: { entry: 'src/content/engine-entry.ts', formats: ['iife'], name: 'postGuardEngine', fileName: () => 'engine.js' },
  },
})
