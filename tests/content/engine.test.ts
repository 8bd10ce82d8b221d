import { afterEach, describe, expect, it } from 'vitest'
import { check, fingerprint, prepare } from '../../src/engine'
import { checkAs, decide } from '../../src/content/decide'
import { ENGINE_ARRIVED, ENGINE_GLOBAL, engine, engineFailed, installEngine, listenForEngine, loadEngine, onEngine, setDeclaredEngine, setEngineLoader, type EngineApi } from '../../src/content/engine'

const real: EngineApi = { check, fingerprint, prepare }
const BLOCKED = '担当の携帯は090-1234-5678です'

afterEach(() => {
  setEngineLoader(null)
  setDeclaredEngine(null)
  delete (globalThis as Record<string, unknown>)[ENGINE_GLOBAL]
  delete (globalThis as Record<string, unknown>)[ENGINE_ARRIVED]
  installEngine(real)
})

describe('the engine in the content script (injected when first needed)', () => {
  it('before it is there, a draft is held back (block, no span marked) and the engine is asked for; when it arrives, listeners re-check', async () => {
    installEngine(null)
    let asked = 0
    let arrived = 0
    const off = onEngine(() => arrived++)
    // The loader stands for the background injecting engine.js: the file sets the global in this world.
    setEngineLoader(async () => {
      asked++
      ;(globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = real
    })
    const before = checkAs('本日の川下りは通常どおり運航します。', { site: 'x' })
    expect(before.verdict).toBe('block')
    expect(before.findings).toMatchObject([{ rule: 'engine/pending', family: 'engine', start: 0, end: 0 }])
    expect(before.findings[0]!.message).toMatch(/準備/)
    expect(decide([before], 'registered').kind).toBe('block')
    // checkAs asked for the engine; the answer comes asynchronously.
    expect(asked).toBe(1)
    expect(await loadEngine()).toBe(real)
    expect(asked).toBe(1)
    expect(arrived).toBe(1)
    expect(engine()).toBe(real)
    expect(checkAs('本日の川下りは通常どおり運航します。', { site: 'x' }).verdict).toBe('ok')
    expect(checkAs(BLOCKED, { site: 'x' }).findings.map((f) => f.rule)).toContain('personal-info/mobile')
    off()
  })

  it('asks once while a load is under way, and takes the global when the injected file set it', async () => {
    installEngine(null)
    let asked = 0
    let release!: () => void
    setEngineLoader(
      () =>
        new Promise<void>((resolve) => {
          asked++
          release = () => {
            ;(globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = real
            resolve()
          }
        }),
    )
    const a = loadEngine()
    const b = loadEngine()
    checkAs('あ', { site: 'x' })
    expect(asked).toBe(1)
    release()
    expect(await a).toBe(real)
    expect(await b).toBe(real)
  })

  it('a global that is not the engine is not taken', () => {
    installEngine(null)
    ;(globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = { check: 'not a function' }
    expect(engine()).toBeNull()
  })

  it('when it cannot be loaded, drafts are not locked: a warning asks the writer to check by eye, and a later attempt may still load it', async () => {
    installEngine(null)
    setEngineLoader(async () => {
      throw new Error('refused')
    })
    expect(await loadEngine()).toBeNull()
    expect(engineFailed()).toBe(true)
    const r = checkAs(BLOCKED, { site: 'x' })
    expect(r.verdict).toBe('warn')
    expect(r.findings).toMatchObject([{ rule: 'engine/unavailable' }])
    expect(decide([r], 'registered').kind).toBe('confirm')
    setEngineLoader(async () => {
      ;(globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = real
    })
    expect(await loadEngine()).toBe(real)
    expect(engineFailed()).toBe(false)
    expect(checkAs(BLOCKED, { site: 'x' }).verdict).toBe('block')
  })

  it('with no way to ask (outside the extension), loading gives null and nothing is thrown', async () => {
    installEngine(null)
    expect(await loadEngine()).toBeNull()
  })
})

describe('the engine declared in the manifest (the sites\' top pages)', () => {
  /** What engine.js does when it runs in this world: set the global, then call the arrival hook. */
  const arrive = () => {
    ;(globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = real
    const hook = (globalThis as Record<string, unknown>)[ENGINE_ARRIVED]
    if (typeof hook === 'function') (hook as () => void)()
  }

  it('is taken the moment the file runs: the arrival hook installs it and the listeners re-check', () => {
    installEngine(null)
    listenForEngine()
    let arrived = 0
    const off = onEngine(() => arrived++)
    expect(engine()).toBeNull()
    arrive()
    expect(arrived).toBe(1)
    expect(engine()).toBe(real)
    off()
  })

  it('a load asked for before it runs waits for it and does not have it injected as well', async () => {
    installEngine(null)
    listenForEngine()
    let asked = 0
    setEngineLoader(async () => {
      asked++
    })
    let settle!: () => void
    setDeclaredEngine(() => new Promise<void>((resolve) => (settle = resolve)))
    const loading = loadEngine()
    // Until the wait settles, the draft is held back and the background is not asked.
    expect(checkAs(BLOCKED, { site: 'x' }).findings.map((f) => f.rule)).toEqual(['engine/pending'])
    await Promise.resolve()
    expect(asked).toBe(0)
    arrive()
    settle()
    expect(await loading).toBe(real)
    expect(asked).toBe(0)
    expect(engineFailed()).toBe(false)
  })

  it('when it has not come by the end of the wait, the background is asked to inject it (once; later loads go there at once)', async () => {
    installEngine(null)
    listenForEngine()
    let asked = 0
    setEngineLoader(async () => {
      asked++
      if (asked === 2) arrive()
    })
    let waits = 0
    setDeclaredEngine(async () => {
      waits++
    })
    // The injection fails the first time: the page is not protected, and a later attempt asks again without waiting.
    expect(await loadEngine()).toBeNull()
    expect(engineFailed()).toBe(true)
    expect(await loadEngine()).toBe(real)
    expect([waits, asked]).toEqual([1, 2])
  })
})
