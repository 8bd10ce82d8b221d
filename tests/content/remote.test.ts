/**
 * The content script's client of the engine host (src/content/remote.ts) over a fake port: it starts the host, waits
 * for `ready`, sends the policy and history once per port and then by reference (again after `unknown-ref` or on a
 * new port), matches replies to requests, refuses malformed reports, and on any failure rejects what is pending, says
 * `failed` (the page checks itself) and tries again only after RETRY_MS.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, fingerprint, type CheckContext, type Report } from '../../src/engine'
import { RemoteEngine, RETRY_MS, type RemotePort, type RemoteState } from '../../src/content/remote'
import { ENGINE_PORT, type EngineRequest } from '../../src/shared/engine-port'

class FakePort implements RemotePort {
  sent: EngineRequest[] = []
  closed = false
  private onMsg: Array<(m: unknown) => void> = []
  private onGone: Array<() => void> = []
  postMessage(m: unknown) {
    if (this.closed) throw new Error('Attempting to use a disconnected port object')
    this.sent.push(JSON.parse(JSON.stringify(m)) as EngineRequest)
  }
  disconnect() {
    this.closed = true
  }
  onMessage = { addListener: (f: (m: unknown) => void) => void this.onMsg.push(f) }
  onDisconnect = { addListener: (f: () => void) => void this.onGone.push(f) }
  reply(m: unknown) {
    for (const f of this.onMsg) f(JSON.parse(JSON.stringify(m)))
  }
  gone() {
    this.closed = true
    for (const f of this.onGone) f()
  }
}

const OK: Report = { verdict: 'ok', findings: [], confirmations: [], toneScore: 4 }
const tick = () => new Promise<void>((r) => setTimeout(r, 0))

function setup(started: unknown = true) {
  let now = 0
  const ports: FakePort[] = []
  const states: RemoteState[] = []
  const names: string[] = []
  let starts = 0
  const remote = new RemoteEngine({
    start: async () => {
      starts++
      return started
    },
    connect: (name) => {
      names.push(name)
      const p = new FakePort()
      ports.push(p)
      return p
    },
    changed: (s) => states.push(s),
    now: () => now,
  })
  return { remote, ports, states, names, starts: () => starts, advance: (ms: number) => void (now += ms) }
}

describe('RemoteEngine', () => {
  const ctx: CheckContext = { site: 'x', tone: 3, policy: DEFAULT_POLICY, history: [fingerprint('前の投稿です。')!] }

  it('starts the host, connects, and is ready only when the host says so', async () => {
    const t = setup()
    await expect(t.remote.check('a', ctx)).rejects.toThrow(/not ready/)
    t.remote.connect()
    await tick()
    expect(t.names).toEqual([ENGINE_PORT])
    expect(t.remote.ready).toBe(false)
    t.ports[0]!.reply({ ready: true })
    expect(t.remote.ready).toBe(true)
    expect(t.states).toEqual(['starting', 'ready'])
    // Connecting again does nothing.
    t.remote.connect()
    await tick()
    expect(t.starts()).toBe(1)
  })

  it('sends the policy and history once, then by reference; matches replies by id', async () => {
    const t = setup()
    t.remote.connect()
    await tick()
    const port = t.ports[0]!
    port.reply({ ready: true })
    const a = t.remote.check('一つ目', ctx)
    const b = t.remote.check('二つ目です', ctx)
    expect(port.sent[0]!.policy).toEqual({ ref: 1, value: DEFAULT_POLICY })
    expect(port.sent[0]!.history.value).toHaveLength(1)
    expect(port.sent[1]!.policy).toEqual({ ref: 1 })
    expect(port.sent[1]!.history).toEqual({ ref: 2 })
    expect(port.sent[1]!.ctx).toEqual({ site: 'x', tone: 3 })
    port.reply({ id: port.sent[1]!.id, report: { ...OK, toneScore: 2 } })
    port.reply({ id: port.sent[0]!.id, report: OK })
    expect((await a).toneScore).toBe(4)
    expect((await b).toneScore).toBe(2)
    // No policy, no history: ref 0.
    void t.remote.check('三つ目', { site: 'x' })
    expect(port.sent[2]!.policy).toEqual({ ref: 0 })
    expect(port.sent[2]!.history).toEqual({ ref: 0 })
  })

  it('sends the values again when the host forgot them (unknown-ref)', async () => {
    const t = setup()
    t.remote.connect()
    await tick()
    const port = t.ports[0]!
    port.reply({ ready: true })
    void t.remote.check('一つ目', ctx).catch(() => undefined)
    const second = t.remote.check('二つ目', ctx)
    expect(port.sent[1]!.policy.value).toBeUndefined()
    port.reply({ id: port.sent[1]!.id, error: 'unknown-ref' })
    expect(port.sent[2]!.id).toBe(port.sent[1]!.id)
    expect(port.sent[2]!.policy).toEqual({ ref: 1, value: DEFAULT_POLICY })
    port.reply({ id: port.sent[2]!.id, report: OK })
    expect((await second).verdict).toBe('ok')
  })

  it('refuses an error or a malformed report (offsets outside the text)', async () => {
    const t = setup()
    t.remote.connect()
    await tick()
    const port = t.ports[0]!
    port.reply({ ready: true })
    const a = t.remote.check('短い', ctx)
    port.reply({ id: port.sent[0]!.id, report: { ...OK, findings: [{ rule: 'x/y', message: 'm', severity: 'block', start: 0, end: 99 }] } })
    await expect(a).rejects.toThrow(/malformed/)
    const b = t.remote.check('短い', ctx)
    port.reply({ id: port.sent[1]!.id, error: 'bad request' })
    await expect(b).rejects.toThrow(/bad request/)
    expect(t.remote.ready).toBe(true)
  })

  it('a port that closes fails what is pending; a new start waits RETRY_MS and sends the values again', async () => {
    const t = setup()
    t.remote.connect()
    await tick()
    t.ports[0]!.reply({ ready: true })
    const pending = t.remote.check('一つ目', ctx)
    t.ports[0]!.gone()
    await expect(pending).rejects.toThrow(/unavailable/)
    expect(t.remote.state).toBe('failed')
    t.remote.connect()
    await tick()
    expect(t.starts()).toBe(1)
    t.advance(RETRY_MS)
    t.remote.connect()
    await tick()
    expect(t.starts()).toBe(2)
    t.ports[1]!.reply({ ready: true })
    void t.remote.check('二つ目', ctx)
    expect(t.ports[1]!.sent[0]!.policy.value).toEqual(DEFAULT_POLICY)
  })

  it('a host that failed (id -1) or will not start leaves the page to check itself', async () => {
    const t = setup()
    t.remote.connect()
    await tick()
    t.ports[0]!.reply({ ready: true })
    t.ports[0]!.reply({ id: -1, error: 'engine worker: out of memory' })
    expect(t.remote.state).toBe('failed')
    expect(t.ports[0]!.closed).toBe(true)
    const firefox = setup(false)
    firefox.remote.connect()
    await tick()
    expect(firefox.remote.state).toBe('failed')
    expect(firefox.ports).toHaveLength(0)
  })
})

describe('RemoteEngine: a composer’s next text goes as an edit', () => {
  it('sends the whole text first, then edits; unknown-base sends the whole text again', async () => {
    const t = setup()
    t.remote.connect()
    await tick()
    const port = t.ports[0]!
    port.reply({ ready: true })
    const long = '一月は市役所で清掃活動を開きます。'.repeat(20)
    void t.remote.check(long, { site: 'x' }, [], 3)
    expect(port.sent[0]!.text).toBe(long)
    const second = t.remote.check(long + 'あ', { site: 'x' }, [], 3)
    expect(port.sent[1]!.text).toBeUndefined()
    expect(port.sent[1]!.edit).toEqual({ base: port.sent[0]!.id, start: long.length, end: long.length, insert: 'あ' })
    // Another composer's first text goes whole.
    void t.remote.check(long, { site: 'x' }, [], 4)
    expect(port.sent[2]!.text).toBe(long)
    port.reply({ id: port.sent[1]!.id, error: 'unknown-base' })
    expect(port.sent[3]!.id).toBe(port.sent[1]!.id)
    expect(port.sent[3]!.text).toBe(long + 'あ')
    port.reply({ id: port.sent[3]!.id, report: OK })
    expect((await second).verdict).toBe('ok')
    // A short text goes whole even after an earlier one.
    void t.remote.check('短い', { site: 'x' }, [], 4)
    expect(port.sent[4]!.text).toBe('短い')
  })
})
