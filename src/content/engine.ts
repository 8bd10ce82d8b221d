/**
 * The rule engine, as the content script reaches it. The engine (src/engine: ~5 MB of rule
 * patterns built) is not part of the content script that runs at document_start on every page of
 * the sites: it is built on its own (vite.engine.config.ts → `engine.js`) and arrives later, in the
 * same isolated world as the content script (never the page's), one of two ways:
 * - on the sites' top pages, as a second content script of the manifest at document_idle (the build
 *   adds it): the browser keeps declared content scripts in memory and compiled, where an injected file
 *   is read, sent and compiled again on every page load (measured on the X fixture: ~0.4 s less CPU per
 *   page in all, half of it in the browser process);
 * - anywhere else (frames, blog hosts the administrator added) and if the declared one did not come,
 *   injected by the background into the asking frame (`scripting.executeScript`) when a composer is
 *   first seen or focused.
 * Either way the file calls the arrival hook this module leaves (`ENGINE_ARRIVED`), so drafts are
 * checked again the moment it is there.
 *
 * Until the engine is there, a check gives `PENDING` (a block: the send guard refuses and keeps the
 * draft, DESIGN invariant 6 "assume the strictest until known"); when it arrives, the `onEngine`
 * listeners re-check every open draft. If it cannot be loaded, the page says it is not protected
 * (health.ts `statusEngineUnavailable`) and the send guard lets staff send (never lock them out).
 */
import type { check, fingerprint, prepare, Report } from '../engine'

/** What the content script uses of the engine. */
export interface EngineApi {
  check: typeof check
  fingerprint: typeof fingerprint
  prepare: typeof prepare
}

/** The global (of the content script's isolated world) that the injected engine.js sets. */
export const ENGINE_GLOBAL = '__postGuardEngine'
/** The global (same world) engine.js calls once it has set `ENGINE_GLOBAL`: the content script's arrival hook. */
export const ENGINE_ARRIVED = '__postGuardEngineArrived'

let api: EngineApi | null = null
let loading: Promise<EngineApi | null> | null = null
let failed = false
let loader: (() => Promise<unknown>) | null = null
/** Until this settles, the engine declared in the manifest may still come: the loader is not asked (main.ts). */
let declared: (() => Promise<unknown>) | null = null
const listeners = new Set<() => void>()

function isApi(x: unknown): x is EngineApi {
  const e = x as Partial<EngineApi> | null
  return !!e && typeof e === 'object' && typeof e.check === 'function' && typeof e.fingerprint === 'function' && typeof e.prepare === 'function'
}

/** The engine if it is loaded (taken from the global the injected file set, the first time), else null. */
export function engine(): EngineApi | null {
  if (api) return api
  const g = (globalThis as Record<string, unknown>)[ENGINE_GLOBAL]
  if (isApi(g)) installEngine(g)
  return api
}

/** Use `e` as the engine (the injected file's, or the engine module itself in tests); null forgets it (tests). */
export function installEngine(e: EngineApi | null): void {
  const arrived = e !== null && api === null
  api = e
  if (e) failed = false
  if (arrived) for (const l of [...listeners]) l()
}

/** Call `listener` each time the engine arrives (re-check the drafts); returns the unsubscribe function. */
export function onEngine(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** How to ask for the engine (main.ts: a message to the background, which injects engine.js into this frame). */
export function setEngineLoader(load: (() => Promise<unknown>) | null): void {
  loader = load
}

/**
 * Leave the arrival hook that engine.js calls (in this isolated world; the page cannot reach it): the engine is then
 * taken at once and the `onEngine` listeners run. Call before the engine can arrive (main.ts, at document_start).
 */
export function listenForEngine(): void {
  Object.defineProperty(globalThis, ENGINE_ARRIVED, { value: () => void engine(), configurable: true, enumerable: false, writable: false })
}

/**
 * Where the manifest declares engine.js for this frame (the sites' top pages): `wait` settles when it has come or can
 * no longer be expected (main.ts: the page's load event and a grace period), and `loadEngine` waits for it before
 * asking the loader, so the file is not injected a second time. null: nothing declared here (frames, blog hosts).
 */
export function setDeclaredEngine(wait: (() => Promise<unknown>) | null): void {
  declared = wait
}

/** Whether the last attempt to load the engine failed (the page is then not protected). */
export function engineFailed(): boolean {
  return failed && api === null
}

/**
 * Load the engine if it is not loaded or being loaded. Where the manifest declares it, waits for that first
 * (`setDeclaredEngine`); then, if it has not come, asks the loader. Resolves to the engine, or null when it could
 * not be loaded (no loader, the background refused or the file did not set the global); a later call tries again.
 */
export function loadEngine(): Promise<EngineApi | null> {
  if (engine()) return Promise.resolve(api)
  if (loading) return loading
  const load = loader
  const wait = declared
  if (!load && !wait) return Promise.resolve(null)
  const attempt = (async () => {
    try {
      if (wait) {
        await wait()
        // Waited for once: a later attempt (the declared file never came) goes to the loader at once.
        if (declared === wait) declared = null
      }
      if (!engine() && load) await load()
    } catch {
      /* judged below: the global is there or not */
    }
    const e = engine()
    failed = e === null
    return e
  })()
  loading = attempt
  void attempt.finally(() => {
    if (loading === attempt) loading = null
  })
  return attempt
}

function notice(rule: string, severity: 'block' | 'warn', message: string, hint: string): Report {
  return {
    verdict: severity,
    findings: [{ rule, family: 'engine', clause: '-', clauseTitle: '', severity, start: 0, end: 0, excerpt: '', message, hint }],
    confirmations: [],
    toneScore: null,
  }
}

/**
 * The report of a draft checked while the engine is still loading: a block (the send guard refuses and
 * keeps the draft), with no span to mark. A fresh object each time (callers may merge reports).
 */
export function pendingReport(): Report {
  return notice('engine/pending', 'block', 'ガイドラインの確認を準備しています。下書きはそのまま残っています。', '数秒待ってから、もう一度送信してください。')
}

/**
 * The report of a draft that cannot be checked because the engine could not be loaded: a warning, so
 * the send guard asks before sending (staff are never locked out; the page says it is not protected).
 */
export function uncheckedReport(): Report {
  return notice(
    'engine/unavailable',
    'warn',
    '投稿ガードの確認機能を読み込めなかったため、この投稿はガイドラインに沿っているか確認されていません。',
    'ガイドラインに沿っているか目視で確認してから送信してください。ページを再読み込みすると直ることがあります。',
  )
}
