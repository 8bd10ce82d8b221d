import { beforeEach, describe, expect, it } from 'vitest'
import { createHandlers, dispatch, ProblemLog, senderKind, type BackgroundEnv, type SenderInfo } from '../../src/background/messages'
import type { AuditEntry } from '../../src/background/store'
import { fingerprint } from '../../src/engine'
import { createClient, RequestRefused, type AccountContext, type TabStatus } from '../../src/shared/protocol'
import { FakeStorage } from '../options/fakes'
import { sample } from '../registry/sample'

const NOW = Date.UTC(2026, 10, 24)
const ORIGIN = 'chrome-extension://abcdef/'
const PAGE: SenderInfo = { id: 'abcdef', url: `${ORIGIN}src/popup/index.html` }
const CONTENT: SenderInfo = { id: 'abcdef', url: 'https://x.com/home', tab: { id: 7, url: 'https://x.com/home' } }

let local: FakeStorage
let managed: FakeStorage
let env: BackgroundEnv
let tabs: Map<number, TabStatus>
/** Frames the engine was injected into (`tabId:frameId`), and whether injecting fails. */
let injected: string[]
let injectFails: boolean
let hostFails: boolean
let hostRuns: boolean

beforeEach(() => {
  local = new FakeStorage()
  managed = new FakeStorage()
  tabs = new Map()
  injected = []
  injectFails = false
  hostFails = false
  hostRuns = true
  env = {
    local,
    managed,
    extensionId: 'abcdef',
    extensionOrigin: ORIGIN,
    now: () => NOW,
    getTabStatus: async (id) => tabs.get(id) ?? null,
    setTabStatus: async (id, s) => void tabs.set(id, s),
    injectEngine: async (tabId, frameId) => {
      if (injectFails) throw new Error('Cannot access contents of the page')
      injected.push(`${tabId}:${frameId}`)
    },
    ensureEngineHost: async () => {
      if (hostFails) throw new Error('Only a single offscreen document may be created.x')
      return hostRuns
    },
    problems: new ProblemLog(),
  }
})

const send = (message: unknown, sender: SenderInfo) => dispatch(env, createHandlers(env), message, sender)
const status = (): TabStatus => ({ site: 'x', url: 'https://x.com/home', protected: true, composers: 1, account: { site: 'x', handle: 'yanagawa_city' }, focused: null, updatedAt: NOW })
const sent = (over: Record<string, unknown> = {}) => ({ type: 'sent', site: 'x', account: { site: 'x', handle: 'yanagawa_city' }, fingerprint: fingerprint('市民まつりは今週末です。'), verdict: 'warn', rules: ['link/shortener'], confirmed: ['warnings'], ...over })

describe('sender checks', () => {
  it('knows extension pages from content scripts and strangers', () => {
    expect(senderKind(PAGE, env)).toBe('page')
    expect(senderKind(CONTENT, env)).toBe('content')
    expect(senderKind({ id: 'other-extension', url: 'chrome-extension://other/x.html' }, env)).toBe('other')
    expect(senderKind({ url: 'https://evil.example/' }, env)).toBe('other')
    // The options page opens in a tab of its own: the tab's top frame is the page.
    expect(senderKind({ id: 'abcdef', url: `${ORIGIN}src/options/index.html`, frameId: 0, tab: { id: 3, url: `${ORIGIN}src/options/index.html` } }, env)).toBe('page')
    // A frame of ours inside a web page's tab is neither a page nor a content script.
    expect(senderKind({ id: 'abcdef', url: `${ORIGIN}src/popup/index.html`, frameId: 4, tab: { id: 3, url: 'https://x.com/' } }, env)).toBe('other')
  })

  it('refuses set-emergency and tab-status from content scripts', async () => {
    expect(await send({ type: 'set-emergency', minutes: 60 }, CONTENT)).toMatchObject({ error: expect.stringMatching(/許可されていない送り手/) })
    expect(local.data.emergencyUntil).toBeUndefined()
    tabs.set(3, status())
    expect(await send({ type: 'tab-status', tabId: 3 }, CONTENT)).toMatchObject({ error: expect.any(String) })
    expect(await send({ type: 'tab-status', tabId: 3 }, PAGE)).toEqual(status())
    expect(env.problems.list().map((p) => p.key)).toEqual(expect.arrayContaining(['message:set-emergency:sender', 'message:tab-status:sender']))
  })

  it('a content script reports only its own tab and sends only for its own site', async () => {
    expect(await send({ type: 'status', status: status() }, CONTENT)).toBe(true)
    expect([...tabs.keys()]).toEqual([7])
    expect(await send({ type: 'status', status: status() }, PAGE)).toMatchObject({ error: expect.any(String) })
    expect(await send({ type: 'status', status: { ...status(), site: 'facebook' } }, CONTENT)).toMatchObject({ error: expect.stringMatching(/異なるサイト/) })
    expect(await send({ type: 'context', account: { site: 'facebook', handle: 'yanagawa' }, site: 'facebook' }, CONTENT)).toMatchObject({ error: expect.stringMatching(/異なるサイト/) })
  })

  it('injects the engine only into the frame of the content script that asks; a failure is a refusal and a problem', async () => {
    expect(await send({ type: 'engine' }, CONTENT)).toBe(true)
    expect(await send({ type: 'engine' }, { ...CONTENT, frameId: 3 })).toBe(true)
    expect(injected).toEqual(['7:0', '7:3'])
    // An extension page or another extension gets nothing injected anywhere.
    expect(await send({ type: 'engine' }, PAGE)).toMatchObject({ error: expect.any(String) })
    expect(await send({ type: 'engine' }, { id: 'other-extension', url: 'https://x.com/', tab: { id: 9, url: 'https://x.com/' } })).toMatchObject({ error: expect.any(String) })
    expect(injected).toEqual(['7:0', '7:3'])
    injectFails = true
    expect(await send({ type: 'engine' }, CONTENT)).toMatchObject({ error: expect.stringMatching(/確認機能を読み込めませんでした/) })
    expect(env.problems.list().find((p) => p.key === 'engine:inject')?.message).toMatch(/保護されていません/)
    // A later success clears the problem.
    injectFails = false
    expect(await send({ type: 'engine' }, CONTENT)).toBe(true)
    expect(env.problems.list().some((p) => p.key === 'engine:inject')).toBe(false)
  })

  it('starts the engine host for content scripts only; no host or a failed start is a false answer, a failure a problem', async () => {
    expect(await send({ type: 'engine-host' }, CONTENT)).toBe(true)
    expect(await send({ type: 'engine-host' }, PAGE)).toMatchObject({ error: expect.any(String) })
    // Firefox: no offscreen documents; pages check with their own engine, nothing to report.
    hostRuns = false
    expect(await send({ type: 'engine-host' }, CONTENT)).toBe(false)
    expect(env.problems.list().some((p) => p.key === 'engine:host')).toBe(false)
    hostFails = true
    expect(await send({ type: 'engine-host' }, CONTENT)).toBe(false)
    expect(env.problems.list().find((p) => p.key === 'engine:host')?.message).toMatch(/保護は変わりません/)
    hostFails = false
    hostRuns = true
    expect(await send({ type: 'engine-host' }, CONTENT)).toBe(true)
    expect(env.problems.list().some((p) => p.key === 'engine:host')).toBe(false)
  })

  it('ignores messages that are not ours', () => {
    expect(send({ type: 'something-else' }, PAGE)).toBeUndefined()
    expect(send('hello', PAGE)).toBeUndefined()
    expect(send(null, PAGE)).toBeUndefined()
  })
})

describe('message shapes', () => {
  it('emergency duration: 15 minutes to 24 hours, whole minutes, numbers only', async () => {
    for (const minutes of [1e12, Number.NaN, 0, 14, 1441, 90.5, '60', -60, Infinity]) {
      const r = await send({ type: 'set-emergency', minutes }, PAGE)
      expect(r, String(minutes)).toMatchObject({ error: expect.stringMatching(/[ぁ-ん]/) })
    }
    expect(local.data.emergencyUntil).toBeUndefined()
    expect(await send({ type: 'set-emergency', minutes: 180 }, PAGE)).toEqual({ ok: true, emergencyUntil: NOW + 180 * 60_000 })
    expect(local.data.emergencyUntil).toBe(NOW + 180 * 60_000)
    expect(await send({ type: 'set-emergency', minutes: null }, PAGE)).toEqual({ ok: true, emergencyUntil: null })
    const log = local.data.audit as AuditEntry[]
    expect(log.map((e) => e.detail)).toEqual(['災害時モードを3時間オンにしました。', '災害時モードをオフにしました。'])
    expect(log.every((e) => e.kind === 'emergency')).toBe(true)
  })

  it('emergency mode can be reserved for the administrator', async () => {
    managed.data.emergencyAdminOnly = true
    expect(await send({ type: 'set-emergency', minutes: 60 }, PAGE)).toMatchObject({ ok: false, error: expect.stringMatching(/管理者だけ/) })
    expect(local.data.emergencyUntil).toBeUndefined()
    // … whose own switch (managed emergencyUntil) is in force, and a stale local value is not.
    local.data.emergencyUntil = NOW + 60_000
    managed.data.emergencyUntil = NOW + 3_600_000
    const ctx = (await send({ type: 'context', account: null, site: 'x' }, CONTENT)) as AccountContext
    expect(ctx).toMatchObject({ emergency: true, emergencyUntil: NOW + 3_600_000 })
  })

  it('a context request with a bad shape still gets the strictest context', async () => {
    const ctx = (await send({ type: 'context', account: { site: 'mixi', handle: 5 }, site: 'x' }, CONTENT)) as AccountContext
    expect(ctx).toMatchObject({ registration: 'unknown', approval: true, provisional: true })
    expect(env.problems.list()[0]!.message).toMatch(/最も厳しい設定/)
  })

  it('a context request with corrupted storage still answers with a context, and the problems are listed', async () => {
    local.data.registry = [sample('ok'), { broken: true }]
    local.data.history = { 'x:yanagawa_city': [{ fp: 1, at: 'x' }] }
    managed.data.registry = [{ id: 'm', department: '' }]
    const ctx = (await send({ type: 'context', account: { site: 'x', handle: 'yanagawa_city' }, site: 'x' }, CONTENT)) as AccountContext
    expect(ctx).toMatchObject({ registration: 'registered', tone: 4, approval: true, problems: 2 })
    const list = (await send({ type: 'problems' }, PAGE)) as Array<{ key: string }>
    expect(list.map((p) => p.key).sort()).toEqual(['history', 'local:registry:1', 'managed:registry:0'])
  })

  it('forgets a history problem once the history has been rewritten', async () => {
    local.data.history = { 'x:yanagawa_city': [{ fp: 1, at: 'x' }] }
    const ask = () => send({ type: 'context', account: { site: 'x', handle: 'yanagawa_city' }, site: 'x' }, CONTENT)
    await ask()
    expect(env.problems.list().map((p) => p.key)).toContain('history')
    expect(await send(sent(), CONTENT)).toBe(true)
    expect(env.problems.list().map((p) => p.key)).not.toContain('history')
    await ask()
    expect(env.problems.list().map((p) => p.key)).not.toContain('history')
  })

  it('a storage that throws still answers the context request', async () => {
    local.get = async () => {
      throw new Error('IO error')
    }
    const ctx = (await send({ type: 'context', account: { site: 'x', handle: 'a' }, site: 'x' }, CONTENT)) as AccountContext
    expect(ctx).toMatchObject({ approval: true, registration: 'unknown' })
    expect(env.problems.list()[0]!.message).toMatch(/最も厳しい設定/)
  })

  it('sent: today\'s shape still works, entries are grouped, untrusted confirmations do not count', async () => {
    local.data.registry = [sample('a')]
    expect(await send(sent(), CONTENT)).toBe(true)
    expect(await send(sent({ trusted: false, rules: Array(3000).fill('hostility/insult') }), CONTENT)).toBe(true)
    expect(await send(sent({ outcome: 'blocked', verdict: 'block', confirmed: [] }), CONTENT)).toBe(true)
    const log = local.data.audit as AuditEntry[]
    expect(log[0]).toMatchObject({ kind: 'send', account: 'x:yanagawa_city', accountName: '柳川市公式', registration: 'registered', outcome: 'sent', rules: [{ rule: 'link/shortener', count: 1 }], confirmed: ['warnings'] })
    expect(log[1]).toMatchObject({ confirmed: [], untrusted: true, rules: [{ rule: 'hostility/insult', count: 3000 }], findings: 3000 })
    expect(log[2]).toMatchObject({ outcome: 'blocked' })
    // A blocked post was not posted: no fingerprint for it.
    expect((local.data.history as Record<string, unknown[]>)['x:yanagawa_city']).toHaveLength(2)
    expect(await send(sent({ verdict: 'fine' }), CONTENT)).toMatchObject({ error: expect.any(String) })
  })

  it('10 concurrent sends through the handler keep 10 entries', async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => send(sent({ fingerprint: fingerprint(`投稿その${i}です。本文はこちら。`) }), CONTENT)))
    expect((local.data.audit as unknown[]).length).toBe(10)
    expect((local.data.history as Record<string, unknown[]>)['x:yanagawa_city']).toHaveLength(10)
  })
})

describe('locked allow-lists through the context request', () => {
  it('reports a local record whose contacts the administrator locked out, and forgets it once unlocked', async () => {
    local.data.registry = [sample('mine', { ownContacts: { phones: ['0944-22-9999'], emailDomains: [], addresses: [], domains: [] } })]
    managed.data.locked = ['contacts.phones']
    const ask = () => send({ type: 'context', account: { site: 'x', handle: 'yanagawa_city' }, site: 'x' }, CONTENT) as Promise<AccountContext>
    expect((await ask()).policy.contacts.phones).not.toContain('0944-22-9999')
    expect(env.problems.list().map((p) => p.key)).toContain('own-contacts:mine')
    managed.data.locked = []
    expect((await ask()).policy.contacts.phones).toContain('0944-22-9999')
    expect(env.problems.list().map((p) => p.key)).not.toContain('own-contacts:mine')
  })
})

describe('typed client', () => {
  it('sends { type, ...payload } and turns a refusal into an error', async () => {
    const client = createClient((m) => Promise.resolve(send(m, PAGE)))
    tabs.set(4, status())
    expect(await client('tab-status', { tabId: 4 })).toEqual(status())
    await expect(client('set-emergency', { minutes: 5 })).rejects.toBeInstanceOf(RequestRefused)
    await expect(client('set-emergency', { minutes: 5 })).rejects.toThrow(/^災害時モードは15分以上で指定してください$/)
    await expect(client('set-emergency', { minutes: '60' as unknown as number })).rejects.toThrow(/^分数で指定してください$/)
  })
})

describe('Meta Business Suite: a draft posted from a Page and an Instagram account at once', () => {
  const MBS: SenderInfo = { id: 'abcdef', url: 'https://business.facebook.com/latest/composer/', tab: { id: 9, url: 'https://business.facebook.com/latest/composer/' } }
  const page = sample('fb', { service: 'facebook', accountName: '柳川市（Facebook）', url: 'https://www.facebook.com/yanagawa.city', tone: 3, approval: false, broadcastOnly: false, ownContacts: { phones: ['0944-73-8111', '0944-73-0001'], emailDomains: [], addresses: [], domains: [] } })
  const ig = sample('ig', { service: 'instagram', accountName: '柳川市（Instagram）', url: 'https://www.instagram.com/yanagawa_city/', tone: 4, approval: true, broadcastOnly: true, ownContacts: { phones: ['0944-73-8111'], emailDomains: [], addresses: [], domains: [] } })
  const both = { site: 'facebook', handle: 'yanagawa.city', name: '柳川市', also: [{ site: 'instagram', handle: 'yanagawa_city' }] }
  const ask = (account: unknown, sender = MBS) => send({ type: 'context', account, site: 'facebook' }, sender) as Promise<AccountContext>

  it('both registered: the strictest of the two (higher tone, approval and broadcast-only if either, only shared own numbers)', async () => {
    local.data.registry = [page, ig]
    const ctx = await ask(both)
    expect(ctx).toMatchObject({ registration: 'registered', recordId: 'fb', accountName: '柳川市（Facebook）', tone: 4, approval: true, broadcastOnly: true })
    expect(ctx.policy.contacts.phones).toContain('0944-73-8111')
    expect(ctx.policy.contacts.phones).not.toContain('0944-73-0001')
    // The Page alone keeps its own settings.
    expect(await ask({ site: 'facebook', handle: 'yanagawa.city' })).toMatchObject({ registration: 'registered', tone: 3, approval: false, broadcastOnly: false })
  })

  it('an Instagram account that is selected but unknown, or not registered, makes the whole unregistered (never another account)', async () => {
    local.data.registry = [page, ig]
    expect(await ask({ ...both, also: [{ site: 'instagram' }] })).toMatchObject({ registration: 'unregistered', approval: true, provisional: true })
    expect(await ask({ ...both, also: [{ site: 'instagram', handle: 'yanagawa_city_fan' }] })).toMatchObject({ registration: 'unregistered', approval: true })
    expect(await ask({ site: 'facebook', name: '柳川市', also: [{ site: 'instagram', handle: 'yanagawa_city' }] })).toMatchObject({ registration: 'unregistered', approval: true })
  })

  it('a retired account among them refuses the whole', async () => {
    local.data.registry = [page, { ...ig, status: 'retired', retirement: { date: '2026-03-31', reason: '統合', filedOn: '2026-03-01' } }]
    expect(await ask(both)).toMatchObject({ registration: 'retired', retiredOn: '2026-03-31' })
  })

  it('only business.facebook.com may ask about an Instagram account beside a Facebook one; a sent post goes into both histories', async () => {
    local.data.registry = [page, ig]
    expect(await ask(both, { id: 'abcdef', url: 'https://www.facebook.com/', tab: { id: 5, url: 'https://www.facebook.com/' } })).toMatchObject({ error: expect.stringMatching(/投稿できないサイト/) })
    expect(await send(sent({ site: 'facebook', account: both }), MBS)).toBe(true)
    const history = local.data.history as Record<string, unknown[]>
    expect(Object.keys(history).sort()).toEqual(['facebook:yanagawa.city', 'instagram:yanagawa_city'])
  })
})
