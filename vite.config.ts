import { defineConfig } from 'vite'
import preact from '@preact/preset-vite'
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin'
import sourceManifest from './manifest.json' with { type: 'json' }
import { contentMatches } from './src/sites/hosts'
import { literalDefine } from './scripts/literal-define'

/**
 * `vite build` → dist/ (Chrome, MV3 service worker); `TARGET=firefox vite build` → dist-firefox/
 * (background scripts + gecko settings, as Firefox's MV3 expects). The content script is built as a
 * standalone IIFE so it really runs at document_start, before the sites' own listeners.
 */
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome'

/**
 * manifest.json holds no host list: the content script's matches and the host permissions come from
 * the one list in src/sites/hosts.ts (which adapterFor also reads).
 */
const baseManifest = {
  ...sourceManifest,
  host_permissions: contentMatches(),
  content_scripts: sourceManifest.content_scripts.map((c) => ({ ...c, matches: contentMatches() })),
}

function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  // Chrome: typing checks run in an offscreen document's Worker (src/offscreen/), which needs the offscreen permission
  // (no install warning). Firefox has no offscreen documents: its pages check with their own engine.
  if (browser === 'chrome') return { ...baseManifest, permissions: [...baseManifest.permissions, 'offscreen'] } as ManifestV3Export
  const { background, ...rest } = baseManifest
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'post-guard@city.yanagawa.fukuoka.jp',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export
}

export default defineConfig({
  publicDir: 'src/static',
  // The rule patterns' literal needs, worked out here once instead of on every page load (scripts/literal-define.ts).
  define: literalDefine(),
  plugins: [
    preact(),
    crx({
      manifest: manifestFor(target),
      browser: target,
      contentScripts: { standaloneFiles: ['src/content/main.ts'] },
    }),
  ],
  build: {
    outDir: target === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: target === 'firefox' ? 'firefox128' : 'chrome120',
    sourcemap: false,
    // The engine host's page is named in no manifest field (the background opens it: chrome.offscreen.createDocument).
    ...(target === 'chrome' ? { rollupOptions: { input: { offscreen: 'src/offscreen/index.html' } } } : {}),
  },
})
