/**
 * The files of the rule engine in a page, in the order they must run (both in the extension's root): the statistical
 * reader's weights (`engine-model.js`, which sets what the engine's weights module reads), then the engine. Written by
 * vite.engine.config.ts, declared in the built manifest for the sites' top pages, injected by the background elsewhere.
 * Two files so that none passes 5 MB, above which addons.mozilla.org's linter does not read a file.
 */
export const ENGINE_FILES = ['engine-model.js', 'engine.js'] as const
