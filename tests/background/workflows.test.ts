import { beforeEach, describe, expect, it } from 'vitest'
import { createHandlers, dispatch, ProblemLog, type BackgroundEnv, type SenderInfo } from '../../src/background/messages'
import { readAudit, type AuditEntry } from '../../src/background/store'
import {
  applyIncident,
  isEmail,
  loadWorkflowSettings,
  migrate,
  migrateStorage,
  parseRecipients,
  PLATFORM_LINKS,
  PLAYBOOKS,
  readIncidentMap,
  recentSends,
  reportMailto,
  reportText,
  SENT_TEXT_MAX,
  SETTINGS_VERSION,
  warekiDateTime,
} from '../../src/background/workflows'
import { fingerprint } from '../../src/engine'
import type { AccountContext } from '../../src/shared/protocol'
import { FakeStorage } from '../options/fakes'
import { sample } from '../registry/sample'
import v0 from '../fixtures/settings/v0.json'

/** 10:00 local time (the test machine's zone), 2026-11-24. */
const NOW = new Date(2026, 10, 24, 10, 0).getTime()
const ORIGIN = 'chrome-extension://abcdef/'
const PAGE: SenderInfo = { id: 'abcdef', url: `${ORIGIN}src/popup/index.html` }
const CONTENT: SenderInfo = { id: 'abcdef', url: 'https://x.com/home', tab: { id: 7, url: 'https://x.com/home' } }
const ACCOUNT = { site: 'x' as const, handle: 'yanagawa_city' }

let local: FakeStorage
let managed: FakeStorage
let env: BackgroundEnv
let now = NOW

beforeEach(() => {
  now = NOW
  local = new FakeStorage()
  managed = new FakeStorage()
  env = { local, managed, extensionId: 'abcdef', extensionOrigin: ORIGIN, now: () => now, getTabStatus: async () => null, setTabStatus: async () => undefined, injectEngine: async () => undefined, ensureEngineHost: async () => false, problems: new ProblemLog() }
})

const send = (message: unknown, sender: SenderInfo) => dispatch(env, createHandlers(env), message, sender)
const context = async () => (await send({ type: 'context', account: ACCOUNT, site: 'x' }, CONTENT)) as AccountContext
const audit = async () => (await readAudit(local)).entries

describe('playbooks (6(2) 炎上, 6(3) 成りすまし, 6(4) 乗っ取り)', () => {
  it('say who does what, with the guideline’s steps', () => {
    const flaming = PLAYBOOKS.flaming.steps.map((s) => s.text).join('\n')
    expect(PLAYBOOKS.flaming.reminder).toMatch(/反論や言い争いはしません/)
    expect(PLAYBOOKS.flaming.reminder).toMatch(/説明・訂正・おわび/)
    expect(flaming).toMatch(/企画課に報告/)
    const imp = PLAYBOOKS.impersonation.steps
    expect(imp.find((s) => s.link === 'report')?.text).toMatch(/報告ページ.*削除を依頼/)
    expect(imp.map((s) => s.text).join()).toMatch(/ホームページ/)
    expect(imp.find((s) => /報道機関/.test(s.text))?.who).toBe('企画課')
    const hijack = PLAYBOOKS.hijack.steps
    expect(hijack[0]).toMatchObject({ id: 'password', link: 'password' })
    expect(hijack.map((s) => s.id)).toEqual(expect.arrayContaining(['sessions', 'compare', 'delete', 'kikaku']))
    for (const p of Object.values(PLAYBOOKS)) for (const s of p.steps) expect(s.who).toMatch(/所属|企画課/)
  })

  it('link to the platforms’ own https pages only', () => {
    for (const [site, links] of Object.entries(PLATFORM_LINKS)) {
      for (const url of Object.values(links)) {
        const host = new URL(url).hostname
        expect(new URL(url).protocol).toBe('https:')
        expect(host, site).toMatch(site === 'x' ? /(^|\.)x\.com$/ : site === 'facebook' ? /facebook\.com$/ : /instagram\.com$/)
      }
    }
  })

  it('start, tick, untick, close (pure)', () => {
    const a = applyIncident(undefined, 'flaming', 'start', undefined, 1)!
    expect(a).toEqual({ kind: 'flaming', startedAt: 1, ticks: {} })
    expect(applyIncident(a, 'flaming', 'start', undefined, 2)).toBe(a)
    const b = applyIncident(a, 'flaming', 'tick', 'kikaku', 3)!
    expect(b.ticks).toEqual({ kikaku: 3 })
    expect(applyIncident(b, 'flaming', 'tick', 'no-such-step', 4)).toBeNull()
    expect(applyIncident(b, 'flaming', 'untick', 'kikaku', 5)!.ticks).toEqual({})
    const c = applyIncident(b, 'flaming', 'close', undefined, 6)!
    expect(c.closedAt).toBe(6)
    expect(applyIncident(c, 'flaming', 'tick', 'stop', 7)).toBeNull()
    expect(applyIncident(c, 'flaming', 'start', undefined, 8)).toEqual({ kind: 'flaming', startedAt: 8, ticks: {} })
  })

  it('stored checklists are validated: bad ones skipped, unknown steps dropped', () => {
    const { map, skipped } = readIncidentMap({
      'x:a': { flaming: { kind: 'flaming', startedAt: 1, ticks: { stop: 2, bogus: 3 } }, hijack: { kind: 'flaming', startedAt: 1, ticks: {} } },
      'x:b': 'nope',
      'x:c': { impersonation: { kind: 'impersonation', startedAt: -1, ticks: {} } },
    })
    expect(map).toEqual({ 'x:a': { flaming: { kind: 'flaming', startedAt: 1, ticks: { stop: 2 } } } })
    expect(skipped).toBe(3)
  })
})

describe('incident messages', () => {
  it('a 炎上 checklist puts the account in incident mode until it is closed; every change is in the audit log', async () => {
    local.data.registry = [sample('acct-x')]
    expect((await context()).incident).toBeUndefined()
    const started = await send({ type: 'incident', account: ACCOUNT, kind: 'flaming', action: 'start' }, PAGE)
    expect(started).toMatchObject({ flaming: { kind: 'flaming', startedAt: NOW, ticks: {} } })
    expect((await context()).incident).toBe('flaming')
    // Another account is not affected.
    expect(((await send({ type: 'context', account: { site: 'x', handle: 'other' }, site: 'x' }, CONTENT)) as AccountContext).incident).toBeUndefined()
    now += 60_000
    await send({ type: 'incident', account: ACCOUNT, kind: 'flaming', action: 'tick', step: 'kikaku' }, PAGE)
    expect(local.data.incidents).toEqual({ 'x:yanagawa_city': { flaming: { kind: 'flaming', startedAt: NOW, ticks: { kikaku: NOW + 60_000 } } } })
    now += 60_000
    await send({ type: 'incident', account: ACCOUNT, kind: 'flaming', action: 'close' }, PAGE)
    expect((await context()).incident).toBeUndefined()
    const log = await audit()
    expect(log.map((e) => e.kind)).toEqual(['incident', 'incident', 'incident'])
    expect(log[0]).toMatchObject({ account: 'x:yanagawa_city', accountName: '柳川市公式', site: 'x' })
    expect(log.map((e) => e.detail)).toEqual([
      '「炎上への対応」（ガイドライン6(2)）のチェックリストを開始しました。',
      '「炎上への対応」（ガイドライン6(2)）：「企画課に報告する（経過と対応方針）」（投稿した所属）を完了にしました。',
      '「炎上への対応」（ガイドライン6(2)）のチェックリストを終了しました（6項目中1項目を完了）。',
    ])
  })

  it('an open 成りすまし or 乗っ取り checklist does not change the context', async () => {
    await send({ type: 'incident', account: ACCOUNT, kind: 'hijack', action: 'start' }, PAGE)
    await send({ type: 'incident', account: ACCOUNT, kind: 'impersonation', action: 'start' }, PAGE)
    expect((await context()).incident).toBeUndefined()
  })

  it('only extension pages change checklists; bad steps change nothing and log nothing', async () => {
    expect(await send({ type: 'incident', account: ACCOUNT, kind: 'flaming', action: 'start' }, CONTENT)).toMatchObject({ error: expect.stringMatching(/許可されていない送り手/) })
    expect(await send({ type: 'incident', account: ACCOUNT, kind: 'fire', action: 'start' }, PAGE)).toMatchObject({ error: expect.any(String) })
    expect(local.data.incidents).toBeUndefined()
    await send({ type: 'incident', account: ACCOUNT, kind: 'hijack', action: 'start' }, PAGE)
    expect(await send({ type: 'incident', account: ACCOUNT, kind: 'hijack', action: 'tick', step: 'nope' }, PAGE)).toEqual({ hijack: { kind: 'hijack', startedAt: NOW, ticks: {} } })
    expect(await audit()).toHaveLength(1)
  })

  it('a report is logged without its text', async () => {
    expect(await send({ type: 'reported', account: ACCOUNT, via: 'mail' }, PAGE)).toBe(true)
    expect(await send({ type: 'reported', account: ACCOUNT, via: 'mail' }, CONTENT)).toMatchObject({ error: expect.any(String) })
    const [e] = await audit()
    expect(e).toMatchObject({ kind: 'report', account: 'x:yanagawa_city', detail: expect.stringMatching(/メールとして作成/) })
    expect(Object.keys(e!)).not.toContain('text')
  })
})

describe('keeping the sent text (administrator setting, default off)', () => {
  const sent = (over: Record<string, unknown> = {}) => ({ type: 'sent', site: 'x', account: ACCOUNT, fingerprint: fingerprint('市民まつりは今週末です。'), verdict: 'ok', rules: [], confirmed: [], text: '市民まつりは今週末です。', ...over })

  it('off: the text is never stored and the context does not ask for it', async () => {
    expect((await context()).keepSentText).toBeUndefined()
    await send(sent(), CONTENT)
    expect((await audit())[0]!.text).toBeUndefined()
    expect(JSON.stringify(local.data)).not.toContain('市民まつり')
  })

  it('on (local): stored, bounded, only for posts that were sent', async () => {
    local.data.keepSentText = true
    expect((await context()).keepSentText).toBe(true)
    await send(sent(), CONTENT)
    await send(sent({ text: 'あ'.repeat(5000) }), CONTENT)
    await send(sent({ outcome: 'blocked', text: '止めた下書き' }), CONTENT)
    const log = await audit()
    expect(log[0]!.text).toBe('市民まつりは今週末です。')
    expect(log[1]!.text).toHaveLength(SENT_TEXT_MAX)
    expect(log[2]!.text).toBeUndefined()
  })

  it('the administrator’s managed value wins and a bad one keeps nothing', async () => {
    local.data.keepSentText = true
    managed.data.keepSentText = false
    expect(await loadWorkflowSettings(local, managed)).toMatchObject({ keepSentText: false, keepSentTextManaged: true })
    managed.data.keepSentText = 'yes'
    const s = await loadWorkflowSettings(local, managed)
    // Fail safe for privacy: an unreadable administrator value keeps nothing.
    expect(s.keepSentText).toBe(false)
    expect(s.problems.map((p) => p.key)).toEqual(['managed:keepSentText'])
  })
})

describe('report recipients and the report', () => {
  it('validates e-mail addresses', () => {
    for (const ok of ['kikaku@city.yanagawa.lg.jp', 'a.b+c@example.co.jp']) expect(isEmail(ok), ok).toBe(true)
    for (const bad of ['kikaku', 'a@b', '@city.jp', 'a b@city.jp', '企画課 <k@city.jp>', 'a@-city.jp']) expect(isEmail(bad), bad).toBe(false)
    expect(parseRecipients('kikaku@city.yanagawa.lg.jp\nKIKAKU@city.yanagawa.lg.jp, hisho@city.yanagawa.lg.jp、だれか')).toEqual({ ok: ['kikaku@city.yanagawa.lg.jp', 'hisho@city.yanagawa.lg.jp'], bad: ['だれか'] })
  })

  it('a bad stored recipient is reported by the background until it is fixed', async () => {
    local.data.reportRecipients = ['kikaku@city.yanagawa.lg.jp', 'nope']
    expect(((await send({ type: 'problems' }, PAGE)) as Array<{ key: string }>).map((p) => p.key)).toContain('local:reportRecipients')
    local.data.reportRecipients = ['kikaku@city.yanagawa.lg.jp']
    await context()
    expect(((await send({ type: 'problems' }, PAGE)) as Array<{ key: string }>).map((p) => p.key)).not.toContain('local:reportRecipients')
  })

  it('reads stored recipients, skipping bad ones (managed wins)', async () => {
    local.data.reportRecipients = ['kikaku@city.yanagawa.lg.jp', 'not-an-address', 3]
    let s = await loadWorkflowSettings(local, managed, NOW)
    expect(s.reportRecipients).toEqual(['kikaku@city.yanagawa.lg.jp'])
    expect(s.problems[0]!.message).toMatch(/2件が正しくない/)
    managed.data.reportRecipients = ['somu@city.yanagawa.lg.jp']
    s = await loadWorkflowSettings(local, managed, NOW)
    expect(s).toMatchObject({ reportRecipients: ['somu@city.yanagawa.lg.jp'], recipientsManaged: true })
  })

  it('builds the report text and a mailto: with the reminder not to argue', () => {
    const r = { url: 'https://x.com/someone/status/1', account: 'X @yanagawa_city（柳川市公式）', selection: '市の対応はおかしい', when: warekiDateTime(NOW), note: '返信はまだ' }
    const text = reportText(r)
    expect(text).toContain('日時：令和8年11月24日 10:00')
    expect(text).toContain('https://x.com/someone/status/1')
    expect(text).toContain('市の対応はおかしい')
    expect(text).toMatch(/否定・反論はせず/)
    const mailto = reportMailto(['kikaku@city.yanagawa.lg.jp', 'bad address'], r)
    expect(mailto.startsWith('mailto:kikaku@city.yanagawa.lg.jp?subject=')).toBe(true)
    const body = decodeURIComponent(new URL(mailto).searchParams.get('body') ?? '')
    expect(body).toContain('市の対応はおかしい\r\n')
  })

  it('lists the account’s sends of the last 24 hours, newest first, text only when kept', () => {
    const e = (at: number, over: Partial<AuditEntry> = {}): AuditEntry => ({ at, kind: 'send', account: 'x:yanagawa_city', outcome: 'sent', verdict: 'ok', ...over })
    const lines = recentSends([e(NOW - 25 * 3_600_000), e(NOW - 3_600_000, { text: '本文' }), e(NOW - 60_000, { verdict: 'warn' }), e(NOW - 1000, { account: 'x:other' }), e(NOW - 2000, { outcome: 'blocked' }), { at: NOW, kind: 'settings', detail: 'x' }], 'x:yanagawa_city', NOW)
    expect(lines).toEqual([
      { at: NOW - 60_000, outcome: 'sent', verdict: 'warn' },
      { at: NOW - 3_600_000, outcome: 'sent', verdict: 'ok', text: '本文' },
    ])
  })
})

describe('settings migration (settingsVersion)', () => {
  it('upgrades the unversioned format (fixture) and is idempotent', async () => {
    const r = migrate(structuredClone(v0) as Record<string, unknown>)
    expect(r).toMatchObject({ from: 0, to: SETTINGS_VERSION })
    expect(r.changes.settingsVersion).toBe(SETTINGS_VERSION)
    expect(r.changes.blogHosts).toEqual(['blog.city.yanagawa.lg.jp', 'note.com'])
    expect(r.changes.keepSentText).toBe(false)
    expect(r.changes.reportRecipients).toEqual([])
    const audit = r.changes.audit as AuditEntry[]
    expect(audit).toHaveLength(3)
    expect(audit[0]).toEqual({ at: 1763946000000, kind: 'send', site: 'x', account: 'x:yanagawa_city', outcome: 'sent', verdict: 'warn', rules: [{ rule: 'link/shortener', count: 2 }], findings: 2, confirmed: ['warnings'] })
    // Current entries stay as they were.
    expect(audit[2]).toEqual(v0.audit[2])
    // Nothing else is touched.
    expect(Object.keys(r.changes).sort()).toEqual(['audit', 'blogHosts', 'keepSentText', 'reportRecipients', 'settingsVersion'])

    Object.assign(local.data, structuredClone(v0))
    await migrateStorage(local)
    expect(local.data.registry).toEqual(v0.registry)
    expect(local.data.policy).toEqual(v0.policy)
    const writes = local.writes
    const again = await migrateStorage(local)
    expect(again).toMatchObject({ from: SETTINGS_VERSION, changes: {}, notes: [] })
    expect(local.writes).toBe(writes)
  })

  it('an empty store just gets its version; a newer version is left alone', () => {
    expect(migrate({}).changes).toEqual({ settingsVersion: 1, keepSentText: false, reportRecipients: [] })
    expect(migrate({ settingsVersion: 7, audit: [{ junk: true }] })).toMatchObject({ from: 7, to: 7, changes: {} })
    expect(migrate({ settingsVersion: 'x' }).from).toBe(0)
  })

  it('keeps an existing setting and a current-format log untouched', () => {
    const r = migrate({ keepSentText: true, reportRecipients: ['kikaku@city.yanagawa.lg.jp'], audit: [{ at: 1, kind: 'settings', detail: 'x' }], blogHosts: ['note.com'] })
    expect(r.changes).toEqual({ settingsVersion: 1 })
  })
})
