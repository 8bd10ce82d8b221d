import { defineConfig } from 'vite'
import { literalDefine } from './scripts/literal-define'

/**
 * The rule engine for the content script, built on its own (`engine.js` in dist/ or dist-firefox/, after the
 * extension's own build): the background injects it into a frame with `scripting.executeScript` when a composer
 * is first seen or focused (src/content/engine.ts), so the content script that runs on every page load stays
 * small. An IIFE: injected files are classic scripts.
 */
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome'

export default defineConfig({
  publicDir: false,
  // The rule patterns' literal needs, worked out once at build time (scripts/literal-define.ts).
  define: literalDefine(),
  build: {
    outDir: target === 'firefox' ? 'dist-firefox' : 'dist',
    // The extension's build is already there.
    emptyOutDir: false,
    target: target === 'firefox' ? 'firefox128' : 'chrome120',
    sourcemap: false,
    lib: { entry: 'src/content/engine-entry.ts', formats: ['iife'], name: 'postGuardEngine', fileName: () => 'engine.js' },
  },
})
