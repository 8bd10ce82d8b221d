/**
 * The rule families built into files of their own (scripts/engine-split.ts): the largest, so that no file of the
 * extension passes 5 MB, above which addons.mozilla.org's linter does not read a file.
 */
export const ENGINE_PACKS = ['decency', 'hostility'] as const

/**
 * The files of the rule engine in a page, in the order they must run (all in the extension's root): the statistical
 * reader's weights (`engine-model.js`, which sets what the engine's weights module reads), the modules the packs share
 * with the engine (`engine-lib.js`), one file per pack (`engine-<family>.js`), then the engine. Written by
 * vite.engine.config.ts, declared in the built manifest for the sites' top pages, injected by the background elsewhere,
 * loaded with importScripts by engine.js in the engine Worker.
 */
export const ENGINE_FILES = ['engine-model.js', 'engine-lib.js', ...ENGINE_PACKS.map((f) => `engine-${f}.js` as const), 'engine.js'] as const
