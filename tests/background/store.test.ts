import { describe, expect, it } from 'vitest'
import { accountContext, appendAudit, basePolicy, loadSettings, readHistory, recordSend, type StorageArea } from '../../src/background/store'
import { check, fingerprint } from '../../src/engine'
import { sample } from '../registry/sample'
import { FakeStorage } from '../options/fakes'

const NOW = Date.UTC(2026, 10, 24)
const DAY = 86_400_000

describe('background store', () => {
  it('gives a registered account its tone, approval and own contacts', async () => {
    const local = new FakeStorage()
    local.data.registry = [sample('a', { tone: 5, approval: false, ownContacts: { phones: ['0944-22-1111'], emailDomains: [], addresses: [], domains: ['yanagawa-kanko.jp'] } })]
    const s = await loadSettings(local, null)
    const ctx = accountContext(s, { site: 'x', handle: 'yanagawa_city' }, [], NOW)
    expect(ctx).toMatchObject({ registration: 'registered', tone: 5, approval: false, broadcastOnly: true })
    const r = check('問い合わせ 0944-22-1111 https://yanagawa-kanko.jp/', { policy: ctx.policy })
    expect(r.findings).toEqual([])
  })

  it('treats unregistered accounts strictly and retired ones as retired', async () => {
    const local = new FakeStorage()
    local.data.registry = [sample('r', { status: 'retired', retirement: { reason: '統合', date: '2026-03-31', filedOn: '' } })]
    const s = await loadSettings(local, null)
    expect(accountContext(s, { site: 'x', handle: 'someone_else' }, [], NOW)).toMatchObject({ registration: 'unregistered', approval: true })
    expect(accountContext(s, { site: 'x', handle: 'yanagawa_city' }, [], NOW).registration).toBe('retired')
  })

  it('lets the managed policy win and locks keys', async () => {
    const local = new FakeStorage()
    local.data.policy = { severities: { link: 'off', tone: 'off' } }
    const managed = new FakeStorage()
    managed.data.policy = { severities: { tone: 'warn' } }
    managed.data.locked = ['link']
    const p = basePolicy(await loadSettings(local, managed))
    expect(p.severities.link).toBeUndefined()
    expect(p.severities.tone).toBe('warn')
  })

  it('keeps fingerprints (never text) for 30 days and the audit log', async () => {
    const local = new FakeStorage()
    await recordSend(local, 'x:yanagawa_city', fingerprint('柳川の川下りは春の風物詩です。'), NOW - 31 * DAY)
    await recordSend(local, 'x:yanagawa_city', fingerprint('市民まつりは今週末です。'), NOW)
    const h = await readHistory(local as StorageArea, 'x:yanagawa_city', NOW)
    expect(h).toHaveLength(1)
    expect(JSON.stringify(local.data)).not.toContain('市民まつり')
    await appendAudit(local, { at: NOW, site: 'x', account: 'x:yanagawa_city', verdict: 'warn', rules: ['link/shortener'], confirmed: ['warnings'] })
    expect((local.data.audit as unknown[]).length).toBe(1)
  })
})
