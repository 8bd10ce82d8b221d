import { describe, expect, it } from 'vitest'
import {
  accountContext,
  appendAudit,
  AUDIT_MAX,
  AUDIT_RULES_MAX,
  basePolicy,
  capAudit,
  describeChange,
  loadSettings,
  readAudit,
  readHistory,
  recordSend,
  type AuditEntry,
  type StorageArea,
} from '../../src/background/store'
import { check, DEFAULT_POLICY, fingerprint } from '../../src/engine'
import { legacyFingerprint } from '../../src/engine/fingerprint'
import { sample } from '../registry/sample'
import { FakeStorage } from '../options/fakes'

const NOW = Date.UTC(2026, 10, 24)
const DAY = 86_400_000

describe('background store', () => {
  it('gives a registered account its tone, approval and own contacts', async () => {
    const local = new FakeStorage()
    local.data.registry = [sample('a', { tone: 5, approval: false, ownContacts: { phones: ['0944-22-1111'], emailDomains: [], addresses: [], domains: ['yanagawa-kanko.jp'] } })]
    const s = await loadSettings(local, null, NOW)
    expect(s.problems).toEqual([])
    const ctx = accountContext(s, { site: 'x', handle: 'yanagawa_city' }, [], NOW)
    expect(ctx).toMatchObject({ registration: 'registered', tone: 5, approval: false, broadcastOnly: true })
    expect(ctx.provisional).toBeUndefined()
    const r = check('問い合わせ 0944-22-1111 https://yanagawa-kanko.jp/', { policy: ctx.policy })
    expect(r.findings).toEqual([])
  })

  it('treats unregistered accounts strictly (provisional) and retired ones as retired', async () => {
    const local = new FakeStorage()
    local.data.registry = [sample('r', { approval: false, status: 'retired', retirement: { reason: '統合', date: '2026-03-31', filedOn: '' } })]
    const s = await loadSettings(local, null, NOW)
    expect(accountContext(s, { site: 'x', handle: 'someone_else' }, [], NOW)).toMatchObject({ registration: 'unregistered', approval: true, provisional: true })
    expect(accountContext(s, { site: 'x', handle: 'yanagawa_city' }, [], NOW)).toMatchObject({ registration: 'retired', retiredOn: '2026-03-31', approval: true })
  })

  it('lets the managed policy win and locks keys (engine composePolicy)', async () => {
    const local = new FakeStorage()
    local.data.policy = { severities: { link: 'off', tone: 'off', 'link/shortener': 'off' } }
    const managed = new FakeStorage()
    managed.data.policy = { severities: { tone: 'warn' } }
    managed.data.locked = ['link']
    const s = await loadSettings(local, managed, NOW)
    const p = basePolicy(s)
    expect(p.severities.link).toBeUndefined()
    expect(p.severities['link/shortener']).toBeUndefined()
    expect(p.severities.tone).toBe('warn')
    expect(s.overridden).toEqual(expect.arrayContaining(['link', 'link/shortener']))
  })

  it('keeps fingerprints (never text) for 30 days and the audit log, grouped', async () => {
    const local = new FakeStorage()
    await recordSend(local, 'x:yanagawa_city', fingerprint('柳川の川下りは春の風物詩です。'), NOW - 31 * DAY)
    await recordSend(local, 'x:yanagawa_city', fingerprint('市民まつりは今週末です。'), NOW)
    const h = await readHistory(local as StorageArea, 'x:yanagawa_city', NOW)
    expect(h).toHaveLength(1)
    expect(JSON.stringify(local.data)).not.toContain('市民まつり')
    await appendAudit(local, { at: NOW, kind: 'send', site: 'x', account: 'x:yanagawa_city', verdict: 'warn', rules: [{ rule: 'link/shortener', count: 1 }], confirmed: ['warnings'] })
    expect((local.data.audit as unknown[]).length).toBe(1)
  })
})

describe('corrupted and hostile storage', () => {
  it('skips a managed record without ownContacts and reports it; the context still answers', async () => {
    const local = new FakeStorage()
    const managed = new FakeStorage()
    const { ownContacts: _o, ...broken } = sample('m-broken')
    managed.data.registry = [broken, sample('m-good', { url: 'https://x.com/yanagawa_bousai', accountName: '柳川市防災' })]
    const s = await loadSettings(local, managed, NOW)
    expect(s.managed.registry.map((r) => r.id)).toEqual(['m-good'])
    expect(s.problems).toHaveLength(1)
    expect(s.problems[0]!.message).toBe('管理者の設定の台帳の1件目（ID m-broken）を読み飛ばしました：『公開している連絡先』がありません')
    expect(accountContext(s, { site: 'x', handle: 'yanagawa_city' }, [], NOW)).toMatchObject({ registration: 'unregistered', approval: true, problems: 1 })
  })

  it('skips history entries of the wrong shape and reports them', async () => {
    const local = new FakeStorage()
    const fp = fingerprint('市民まつりは今週末です。')!
    local.data.history = { 'x:yanagawa_city': [{ fp, at: NOW - DAY }, { fp: 'oops', at: NOW }, null, { fp, at: 'yesterday' }], 'x:other': 'not a list' }
    const problems: import('../../src/shared/protocol').Problem[] = []
    const h = await readHistory(local, 'x:yanagawa_city', NOW, problems)
    expect(h).toHaveLength(1)
    expect(problems[0]!.message).toMatch(/4件が正しくない/)
    // A write after that keeps the good entries and drops the bad ones.
    await recordSend(local, 'x:yanagawa_city', fp, NOW)
    expect((local.data.history as Record<string, unknown[]>)['x:yanagawa_city']).toHaveLength(2)
  })

  it('skips each bad piece of local settings, keeps the rest, and reports every one', async () => {
    const local = new FakeStorage()
    local.data.registry = [sample('ok'), { id: 'evil', url: 'javascript:alert(1)' }, 42]
    local.data.policy = { severities: { link: 'off', 'no-such-family': 'off' }, words: { insults: 'バカ' }, trustedDomains: ['example.jp'], bogus: 1 }
    local.data.emergencyUntil = 1e15
    local.data.blogHosts = ['blog.example.jp', 'javascript:alert(1)', 7]
    const s = await loadSettings(local, null, NOW)
    expect(s.registry.map((r) => r.id)).toEqual(['ok'])
    expect(s.policy).toEqual({ trustedDomains: ['example.jp'] })
    expect(s.emergencyUntil).toBeNull()
    expect(s.blogHosts).toEqual(['blog.example.jp'])
    const keys = s.problems.map((p) => p.key)
    expect(keys).toEqual(
      expect.arrayContaining(['local:registry:1', 'local:registry:2', 'local:policy:severities', 'local:policy:words', 'local:policy:bogus', 'local:emergencyUntil', 'local:blogHosts:javascript:alert(1)', 'local:blogHosts:7']),
    )
    for (const p of s.problems) expect(p.message).toMatch(/[ぁ-ん]/)
  })

  it('a local government code that is not 5 or 6 digits skips the contacts section with a Japanese reason; a good one applies', async () => {
    const bad = new FakeStorage()
    bad.data.policy = { contacts: { localGovCodes: ['柳川市'] }, trustedDomains: ['example.jp'] }
    const s = await loadSettings(bad, null, NOW)
    expect(s.policy).toEqual({ trustedDomains: ['example.jp'] })
    expect(s.problems.map((p) => p.key)).toEqual(['local:policy:contacts'])
    expect(s.problems[0]!.message).toMatch(/全国地方公共団体コード/)
    const good = new FakeStorage()
    good.data.policy = { contacts: { localGovCodes: ['402028'] } }
    const g = await loadSettings(good, null, NOW)
    expect(g.problems).toEqual([])
    expect(accountContext(g, { site: 'x', handle: 'yanagawa_city' }, [], NOW).policy.contacts.localGovCodes).toEqual(['402028'])
  })

  it('NaN, strings and negative numbers for emergency mode are off and reported', async () => {
    for (const bad of [Number.NaN, 'soon', -5, { until: 1 }]) {
      const local = new FakeStorage()
      local.data.emergencyUntil = bad
      const s = await loadSettings(local, null, NOW)
      expect(s.emergencyUntil).toBeNull()
      expect(s.problems.map((p) => p.key)).toEqual(['local:emergencyUntil'])
    }
  })

  it('a registry that is not a list, or a policy that is not an object, is reported, not thrown', async () => {
    const local = new FakeStorage()
    local.data.registry = { a: 1 }
    local.data.policy = 'strict'
    const s = await loadSettings(local, null, NOW)
    expect(s.registry).toEqual([])
    expect(s.policy).toEqual({})
    expect(s.problems.map((p) => p.key).sort()).toEqual(['local:policy', 'local:registry'])
  })

  it('refuses javascript: URLs and personal contacts in records', async () => {
    const local = new FakeStorage()
    local.data.registry = [
      sample('js', { url: 'javascript:alert(1)' }),
      sample('mail', { ownContacts: { phones: [], emailDomains: ['gmail.com'], addresses: [], domains: [] } }),
      sample('mobile', { ownContacts: { phones: ['090-1234-5678'], emailDomains: [], addresses: [], domains: [] } }),
    ]
    const s = await loadSettings(local, null, NOW)
    expect(s.registry).toEqual([])
    expect(s.problems.map((p) => p.message).join('\n')).toMatch(/https:\/\/ で始まるURL[\s\S]*フリーメール[\s\S]*携帯電話/)
  })

  it('users cannot empty the critical word lists (confidential, insults, security)', async () => {
    const local = new FakeStorage()
    local.data.policy = { words: { confidential: [], insults: [], security: [] } }
    const s = await loadSettings(local, null, NOW)
    const p = basePolicy(s)
    for (const name of ['confidential', 'insults', 'security'] as const) expect(p.words[name]).toEqual(DEFAULT_POLICY.words[name])
    expect(s.overridden).toEqual(expect.arrayContaining(['words.confidential', 'words.insults', 'words.security']))
    expect(check('【秘】来週の人事異動', { policy: p }).verdict).toBe('block')
  })

  it('locked word lists and severities ignore local values', async () => {
    const local = new FakeStorage()
    local.data.policy = { words: { slang: ['ヤバい'] }, severities: { 'link/shortener': 'off' }, trustedDomains: ['bit.ly'] }
    const managed = new FakeStorage()
    managed.data.locked = ['words.slang', 'link/shortener', 'trustedDomains']
    const s = await loadSettings(local, managed, NOW)
    const p = basePolicy(s)
    expect(p.words.slang).toEqual(DEFAULT_POLICY.words.slang)
    expect(p.severities['link/shortener']).toBeUndefined()
    expect(p.trustedDomains).toEqual(DEFAULT_POLICY.trustedDomains)
    expect(check('詳細は https://bit.ly/abc', { policy: p }).verdict).toBe('warn')
  })

  it('a local record cannot widen locked allow-lists (contacts, trusted domains); reported', async () => {
    const { contextProblems } = await import('../../src/background/store')
    const local = new FakeStorage()
    local.data.registry = [sample('mine', { ownContacts: { phones: ['0944-22-9999'], emailDomains: ['yanagawa-npo.jp'], addresses: [], domains: ['evil.example'] } })]
    const managed = new FakeStorage()
    managed.data.locked = ['contacts', 'trustedDomains']
    const s = await loadSettings(local, managed, NOW)
    const ctx = accountContext(s, { site: 'x', handle: 'yanagawa_city' }, [], NOW)
    expect(ctx.policy.contacts.phones).toEqual(DEFAULT_POLICY.contacts.phones)
    expect(ctx.policy.contacts.emailDomains).toEqual(DEFAULT_POLICY.contacts.emailDomains)
    expect(ctx.policy.trustedDomains).toEqual(DEFAULT_POLICY.trustedDomains)
    expect(check('お問い合わせ 0944-22-9999', { policy: ctx.policy }).findings.length).toBeGreaterThan(0)
    const problems = contextProblems(s, { site: 'x', handle: 'yanagawa_city' }, NOW)
    expect(problems[0]!.message).toMatch(/電話番号・メールのドメイン・リンクしてよいドメインは、管理者が変更を禁止している/)
    // A record the administrator distributes keeps its contacts.
    managed.data.registry = [sample('theirs', { ownContacts: { phones: ['0944-22-9999'], emailDomains: [], addresses: [], domains: [] } })]
    const s2 = await loadSettings(new FakeStorage(), managed, NOW)
    expect(accountContext(s2, { site: 'x', handle: 'yanagawa_city' }, [], NOW).policy.contacts.phones).toContain('0944-22-9999')
  })

  it('an unreadable managed emergencyAdminOnly flag fails safe (admin only)', async () => {
    const managed = new FakeStorage()
    managed.data.emergencyAdminOnly = 'yes'
    const s = await loadSettings(new FakeStorage(), managed, NOW)
    expect(s.managed.emergencyAdminOnly).toBe(true)
    expect(s.problems[0]!.key).toBe('managed:emergencyAdminOnly')
  })
})

describe('audit log', () => {
  const entry = (i: number): AuditEntry => ({ at: NOW + i, kind: 'send', site: 'x', account: 'x:yanagawa_city', outcome: 'sent', verdict: 'ok', rules: [], confirmed: [] })

  it('10 concurrent sends keep 10 audit entries and 10 history entries', async () => {
    const local = new FakeStorage()
    // Make reads and writes take a turn of the event loop, as real storage does.
    const get = local.get.bind(local)
    const set = local.set.bind(local)
    local.get = async (k) => {
      await new Promise((r) => setTimeout(r, Math.random() * 3))
      return get(k)
    }
    local.set = async (i) => {
      await new Promise((r) => setTimeout(r, Math.random() * 3))
      return set(i)
    }
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        Promise.all([appendAudit(local, entry(i), NOW), recordSend(local, 'x:yanagawa_city', fingerprint(`投稿その${i}番目の本文です。`), NOW + i)]),
      ),
    )
    expect((local.data.audit as unknown[]).length).toBe(10)
    expect((local.data.history as Record<string, unknown[]>)['x:yanagawa_city']).toHaveLength(10)
  })

  it('a failed write does not block the writes after it', async () => {
    const local = new FakeStorage()
    const set = local.set.bind(local)
    let fail = true
    local.set = async (i) => {
      if (fail) {
        fail = false
        throw new Error('disk error')
      }
      return set(i)
    }
    const [a, b] = await Promise.all([appendAudit(local, entry(1), NOW), appendAudit(local, entry(2), NOW)])
    expect(a.ok).toBe(false)
    expect(a.problem?.message).toMatch(/送信記録を保存できませんでした/)
    expect(b.ok).toBe(true)
    expect((local.data.audit as AuditEntry[]).map((e) => e.at)).toEqual([NOW + 2])
  })

  it('groups rule ids: a long post with a thousand findings is one small entry', () => {
    const many = Array.from({ length: 5000 }, (_, i): string => (i % 2 ? "masking/fuseji" : "hostility/insult")).concat(Array.from({ length: 100 }, (_, i) => `x/rule-${i}`))
    return import('../../src/background/store').then(({ groupRules }) => {
      const g = groupRules(many)
      expect(g.length).toBe(AUDIT_RULES_MAX)
      expect(g[0]).toEqual({ rule: 'hostility/insult', count: 2500 })
      expect(JSON.stringify(g).length).toBeLessThan(2000)
    })
  })

  it('caps and rotates the log', () => {
    const list = Array.from({ length: AUDIT_MAX + 10 }, (_, i) => entry(i))
    const capped = capAudit(list)
    expect(capped).toHaveLength(AUDIT_MAX)
    expect(capped[0]!.at).toBe(NOW + 10)
  })

  it('on a quota error drops the oldest half, retries, and reports it', async () => {
    const local = new FakeStorage()
    local.data.audit = Array.from({ length: 100 }, (_, i) => entry(i))
    const set = local.set.bind(local)
    local.set = async (items) => {
      if (Array.isArray(items.audit) && items.audit.length > 60) throw new Error('QUOTA_BYTES quota exceeded')
      return set(items)
    }
    const w = await appendAudit(local, entry(100), NOW)
    expect(w.ok).toBe(true)
    expect(w.dropped).toBe(51)
    expect(w.problem?.message).toMatch(/保存領域がいっぱい.*古い送信記録51件を削除/)
    expect((local.data.audit as AuditEntry[]).at(-1)!.at).toBe(NOW + 100)
  })

  it('when even the retry fails, says so', async () => {
    const local = new FakeStorage()
    local.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded')
    }
    const w = await appendAudit(local, entry(1), NOW)
    expect(w.ok).toBe(false)
    expect(w.problem?.message).toMatch(/送信記録を保存できません/)
  })

  it('reads old entries (rule lists) and skips broken ones', async () => {
    const local = new FakeStorage()
    local.data.audit = [{ at: NOW, site: 'x', account: 'x:a', verdict: 'warn', rules: ['link/shortener', 'link/shortener'], confirmed: ['warnings'] }, { at: 'x' }, entry(1)]
    const { entries, skipped } = await readAudit(local)
    expect(skipped).toBe(1)
    expect(entries[0]).toMatchObject({ kind: 'send', rules: [{ rule: 'link/shortener', count: 2 }], findings: 2 })
  })

  it('describes settings changes for the log', () => {
    const before = [sample('a')]
    const retired = [sample('a', { status: 'retired', retirement: { reason: '統合', date: '2026-03-31', filedOn: '2026-03-01' } })]
    expect(describeChange('registry', before, retired)[0]!.detail).toMatch(/「柳川市公式」を廃止しました（廃止日 2026-03-31/)
    expect(describeChange('registry', retired, before)[0]!.detail).toMatch(/廃止を取り消しました/)
    expect(describeChange('registry', retired, [{ ...retired[0]!, contact: '内線 9999' }])[0]!.detail).toMatch(/（廃止済み）を訂正しました（連絡先）/)
    expect(describeChange('registry', [], before)[0]!.detail).toMatch(/を台帳に登録しました/)
    const many = Array.from({ length: 30 }, (_, i) => sample(`m${i}`, { accountName: `アカウント${i}` }))
    const summary = describeChange('registry', [], many)
    expect(summary).toHaveLength(1)
    expect(summary[0]!.detail).toMatch(/^台帳の30件を変更しました（「アカウント0」を台帳に登録しました、.*ほか25件）。$/)
    expect(describeChange('policy', {}, { severities: { link: 'off', 'personal-info/mobile': 'warn' } })[0]!.detail).toBe('確認ルールを変更しました：リンク（規則群）：既定 → 確認しない、携帯電話番号：既定 → 要確認')
    expect(describeChange('policy', {}, { words: { slang: ['ヤバい'] }, trustedDomains: ['a.jp'] })[0]!.detail).toBe('確認ルールを変更しました：語句の一覧（俗語）、リンクしてよいドメイン')
    expect(describeChange('policy', { severities: { link: 'off' } }, {})[0]!.detail).toBe('確認ルールをガイドラインの既定値に戻しました。')
    expect(describeChange('blogHosts', [], ['blog.example.jp'])[0]!.detail).toBe('ブログ・CMSのサイト：blog.example.jp を追加しました。')
  })
})

describe('history fingerprints', () => {
  it('every fingerprint the engine makes passes the stored schema (dates, a month alone, a countdown, weekdays, numbered instances)', async () => {
    const v = await import('valibot')
    const { FingerprintSchema } = await import('../../src/background/schemas')
    for (const text of ['12月8日（月）に開催します。', '3月の休館日は10日（月）・24日（月）です。', '3月の納付書を送付しました。', '市民マラソンまであと14日！', '締切の3日前です。', '本日はお日柄もよく。', '台風14号の接近に伴い、収集は金曜日に行います。', '第12回市民講座（土・祝）を開きます。']) {
      const fp = fingerprint(text)!
      expect(v.safeParse(FingerprintSchema, fp).success, `${text} → ${JSON.stringify(fp.dates)}`).toBe(true)
      expect(v.safeParse(FingerprintSchema, legacyFingerprint(text)).success).toBe(true)
    }
  })
  it('a polite post’s fingerprint keeps its plain form, which passes the schema; a malformed plain form is refused', async () => {
    const v = await import('valibot')
    const { FingerprintSchema } = await import('../../src/background/schemas')
    const fp = fingerprint('粗大ごみを出す場合は、収集日の前日までに環境課へ電話でお申し込みいただきますよう、よろしくお願いいたします。')!
    expect(fp.plain?.sig).toHaveLength(128)
    expect(v.safeParse(FingerprintSchema, fp).success).toBe(true)
    expect(v.safeParse(FingerprintSchema, { ...fp, plain: { sig: 'abc' } }).success).toBe(false)
    expect(v.safeParse(FingerprintSchema, { ...fp, plain: { sig: new Array(600).fill(1) } }).success).toBe(false)
    expect(v.safeParse(FingerprintSchema, { ...fp, bare: 'abc' }).success).toBe(false)
    expect(v.safeParse(FingerprintSchema, { ...fp, bare: new Array(600).fill(1) }).success).toBe(false)
    expect(v.safeParse(FingerprintSchema, { ...fp, bare: new Array(128).fill(7) }).success).toBe(true)
    // A short caption's bare form (its signature without です・ます) passes too.
    const caption = fingerprint('矢部川の土手の菜の花が満開です🌼 黄色いじゅうたんみたい✨')!
    expect(caption.bare).toHaveLength(128)
    expect(v.safeParse(FingerprintSchema, caption).success).toBe(true)
  })
  it('an announcement’s fingerprint keeps its facts as hashes, which pass the schema and survive storage; malformed facts are refused', async () => {
    const v = await import('valibot')
    const { FingerprintSchema } = await import('../../src/background/schemas')
    const text = '11月10日（月）〜14日（金）は蔵書点検のため市立図書館を休館します。'
    const fp = fingerprint(text)!
    expect(fp.facts).toMatch(/^(?:[A-Za-z0-9+/]{4})+$/u)
    expect(v.safeParse(FingerprintSchema, fp).success).toBe(true)
    const local = new FakeStorage()
    await recordSend(local, 'x:yanagawa_city', fp, NOW)
    expect(JSON.stringify(local.data)).not.toMatch(/蔵書|図書館|休館/u)
    expect((await readHistory(local as StorageArea, 'x:yanagawa_city', NOW))[0]!.fp.facts).toBe(fp.facts)
    for (const facts of ['abc', 'ab-d', '図書館a', 'A'.repeat(4100), 42]) expect(v.safeParse(FingerprintSchema, { ...fp, facts }).success, String(facts).slice(0, 10)).toBe(false)
  })
  it('a fingerprint stored before the facts were kept still loads, unchanged and without a problem', async () => {
    const v = await import('valibot')
    const { FingerprintSchema } = await import('../../src/background/schemas')
    // As stored before: v: 2 with dates, core and plain, no facts.
    const { facts: _, ...old } = JSON.parse(JSON.stringify(fingerprint('11月10日（月）〜14日（金）は蔵書点検のため休館いたします。ご理解くださいますようお願いいたします。')!)) as import('../../src/engine').Fingerprint
    expect(old.plain).toBeDefined()
    expect(v.safeParse(FingerprintSchema, old).success).toBe(true)
    const local = new FakeStorage()
    local.data.history = { 'x:yanagawa_city': [{ fp: old, at: NOW - DAY }, { fp: legacyFingerprint('市民まつりは今週末です。'), at: NOW - DAY }] }
    const problems: import('../../src/shared/protocol').Problem[] = []
    const h = await readHistory(local, 'x:yanagawa_city', NOW, problems)
    expect(problems).toEqual([])
    expect(h.map((e) => e.fp)).toEqual([old, legacyFingerprint('市民まつりは今週末です。')])
    // and the engine reads it as before: the same post again is a repeat
    expect(check('11月10日（月）〜14日（金）は蔵書点検のため休館いたします。ご理解くださいますようお願いいたします。', { history: h.map((e) => e.fp) }).findings.map((f) => f.rule)).toContain('repetition/duplicate')
  })
})
