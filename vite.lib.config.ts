import { defineConfig } from 'vite'

/** The engine as an ES module for Node tools (package.json `exports`). */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'lib',
    emptyOutDir: true,
    target: 'node20',
    lib: { entry: 'src/engine/index.ts', formats: ['es'], fileName: () => 'engine.js' },
    rollupOptions: { external: [/^node:/, /^libphonenumber-js/, 'linkify-it'] },
  },
})
