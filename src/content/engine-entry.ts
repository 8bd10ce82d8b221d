/**
 * The engine bundle the background injects into a frame when the content script asks for it
 * (engine.ts; built by vite.engine.config.ts into `engine.js` beside the manifest). It runs in the
 * content script's isolated world and hands over the engine through one global; the page never sees it.
 */
import { check, fingerprint, prepare } from '../engine'
import { ENGINE_GLOBAL, type EngineApi } from './engine'

const api: EngineApi = { check, fingerprint, prepare }
Object.defineProperty(globalThis, ENGINE_GLOBAL, { value: api, configurable: true, enumerable: false, writable: false })
