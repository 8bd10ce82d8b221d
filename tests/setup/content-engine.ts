/**
 * In the extension, the content script gets the rule engine injected by the background when a composer
 * appears (src/content/engine.ts). Unit tests of the content script run in one process with the engine
 * module: each file starts with it installed, as a page where it has arrived (tests/content/engine.test.ts
 * takes it away to test the time before).
 */
import { beforeAll } from 'vitest'
import { check, fingerprint, prepare } from '../../src/engine'
import { installEngine } from '../../src/content/engine'

beforeAll(() => {
  installEngine({ check, fingerprint, prepare })
})
