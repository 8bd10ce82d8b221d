import { defineConfig } from 'vite'
import { literalDefine } from './scripts/literal-define'

/** The engine as an ES module for Node tools (package.json `exports`). */
export default defineConfig({
  publicDir: false,
  // The rule patterns' literal needs, worked out once at build time (scripts/literal-define.ts).
  define: literalDefine(),
  build: {
    outDir: 'lib',
    emptyOutDir: true,
    target: 'node20',
    lib: { entry: 'src/engine/index.ts', formats: ['es'], fileName: () => 'engine.js' },
    rollupOptions: { external: [/^node:/, /^libphonenumber-js/, 'linkify-it'] },
  },
})
