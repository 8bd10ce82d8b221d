import { describe, expect, it } from 'vitest'
import { check, DEFAULT_POLICY, type Report } from '../../src/engine'
import { checkAs, decide, worstReport } from '../../src/content/decide'

const ok = check('本日の川下りは通常どおり運航します。', { site: 'x' })
const warn = check('詳しくは https://bit.ly/abc をご覧ください', { site: 'x' })
const block = check('担当の携帯は090-1234-5678です', { site: 'x' })
const approval = check('本日の川下りは通常どおり運航します。', { site: 'x', approval: true })

describe('the reports the test relies on', () => {
  it('are ok, warn, block and ok-with-approval', () => {
    expect([ok.verdict, warn.verdict, block.verdict, approval.verdict]).toEqual(['ok', 'warn', 'block', 'ok'])
    expect(approval.confirmations).toContain('approval')
  })
})

describe('worstReport', () => {
  it('takes the worst verdict, every finding and every confirmation of the drafts sent together', () => {
    const r = worstReport([ok, warn, block, approval])
    expect(r.verdict).toBe('block')
    expect(r.findings.map((f) => f.rule).sort()).toEqual([...warn.findings, ...block.findings].map((f) => f.rule).sort())
    expect(r.confirmations).toContain('approval')
  })
  it('a block in the LAST part decides, whatever the order', () => {
    expect(worstReport([ok, ok, block]).verdict).toBe('block')
    expect(worstReport([block, ok]).verdict).toBe('block')
  })
})

describe('decide', () => {
  const all = (rs: Report[]) => ({ registered: decide(rs, 'registered').kind, unregistered: decide(rs, 'unregistered').kind, unknown: decide(rs, 'unknown').kind, retired: decide(rs, 'retired').kind })
  it('registered account: ok passes, warn and confirmations ask, block refuses', () => {
    expect(decide([ok], 'registered')).toMatchObject({ kind: 'pass' })
    expect(decide([warn], 'registered')).toMatchObject({ kind: 'confirm' })
    expect(decide([approval], 'registered')).toMatchObject({ kind: 'confirm' })
    expect(decide([ok, block], 'registered')).toMatchObject({ kind: 'block' })
  })
  it('an unregistered or unknown account always asks (and says why); a block still refuses', () => {
    expect(decide([ok], 'unregistered')).toMatchObject({ kind: 'confirm', account: 'unregistered' })
    expect(decide([ok], 'unknown')).toMatchObject({ kind: 'confirm', account: 'unregistered' })
    expect(decide([block], 'unknown')).toMatchObject({ kind: 'block' })
  })
  it('a retired account never posts, even a clean draft', () => {
    expect(decide([ok], 'retired')).toMatchObject({ kind: 'block', account: 'retired' })
    expect(all([warn])).toEqual({ registered: 'confirm', unregistered: 'confirm', unknown: 'confirm', retired: 'block' })
  })
  it('no drafts: nothing to judge for a registered account', () => {
    expect(decide([], 'registered').kind).toBe('pass')
  })
})

describe('checkAs: Meta Business Suite drafts go to Facebook and Instagram', () => {
  const policy = { ...DEFAULT_POLICY, repetition: { ...DEFAULT_POLICY.repetition, maxHashtags: 10, maxHashtagsInstagram: 3 } }
  const text = '春の川下り #柳川 #川下り #観光 #福岡 #春'
  it('the stricter site’s rule applies, each finding once', () => {
    const fb = check(text, { site: 'facebook', policy })
    const ig = check(text, { site: 'instagram', policy })
    expect(fb.findings.filter((f) => f.rule.startsWith('repetition/'))).toEqual([])
    expect(ig.findings.some((f) => f.rule.startsWith('repetition/'))).toBe(true)
    const both = checkAs(text, { site: 'facebook', policy }, ['instagram'])
    expect(both.verdict).toBe(ig.verdict)
    expect(both.findings.map((f) => f.rule)).toEqual(ig.findings.map((f) => f.rule))
    // A finding both sites make is listed once.
    const twice = checkAs('担当の携帯は090-1234-5678です', { site: 'facebook' }, ['instagram'])
    expect(twice.findings.filter((f) => f.rule === 'personal-info/mobile')).toHaveLength(1)
  })
  it('is the plain check when no other site is involved', () => {
    expect(checkAs(text, { site: 'facebook', policy })).toEqual(check(text, { site: 'facebook', policy }))
  })
})
