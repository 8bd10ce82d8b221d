/**
 * The engine host's worker side (src/engine-host/service.ts) with the real engine: a report through the host equals
 * the page's own for the same draft and context (policy and history sent once, then by reference), whatever the
 * request went through on the wire (JSON, as runtime ports carry it); refs are per port, bounded, and forgotten on
 * close; an engine error is an error reply, never a report.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import fc from 'fast-check'
import { check, DEFAULT_POLICY, fingerprint, mergePolicy, type CheckContext, type Report } from '../../src/engine'
import { createEngineService, MAX_REFS, type HostMessage } from '../../src/engine-host/service'
import { EngineRequestSchema } from '../../src/background/schemas'
import { checkAsWith } from '../../src/shared/check-as'
import { applyEdit, diffText, isReport, wireContext, type EngineRequest } from '../../src/shared/engine-port'

const dev = readFileSync(new URL('../../tests/engine/data/clean-public.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(0, 40)
  .map((l) => (JSON.parse(l) as { text: string }).text)

const onWire = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T
const request = (id: number, text: string, ctx: CheckContext, refs: { policy?: number; history?: number; values?: boolean } = {}): EngineRequest => ({
  id,
  doc: 1,
  text,
  ctx: wireContext(ctx),
  also: [],
  policy: ctx.policy ? { ref: refs.policy ?? 1, ...(refs.values !== false ? { value: ctx.policy } : {}) } : { ref: 0 },
  history: ctx.history ? { ref: refs.history ?? 1, ...(refs.values !== false ? { value: ctx.history } : {}) } : { ref: 0 },
})
const reportOf = (a: ReturnType<ReturnType<typeof createEngineService>['handle']>): Report => {
  const reply = a!.reply as { report?: Report; error?: string }
  if (!reply.report) throw new Error(`no report: ${reply.error}`)
  return reply.report
}

describe('engine host service', () => {
  const strict = mergePolicy(DEFAULT_POLICY, { severities: { tone: 'block' } })
  const history = [fingerprint('市民まつりは今週末です。皆さまのお越しをお待ちしております。')!]
  const ctx: CheckContext = { site: 'facebook', mode: 'post', tone: 5, approval: true, broadcastOnly: true, policy: strict, history }
  const drafts = [...dev, '担当の携帯は090-1234-5678です', 'うますぎて草ｗ', '市民まつりは今週末です。皆さまのお越しをお待ちしております。', '申込はこちら→https://bit.ly/abc']

  it('reports exactly what the page’s engine reports, through JSON, with the policy and history sent once', () => {
    const service = createEngineService(check)
    drafts.forEach((text, i) => {
      const req = onWire(request(i + 1, text, ctx, { values: i === 0 }))
      expect(v.safeParse(EngineRequestSchema, req).success).toBe(true)
      const got = reportOf(service.handle(onWire({ port: 1, request: req }) as HostMessage))
      expect(isReport(onWire(got), text.length)).toBe(true)
      expect(onWire(got)).toEqual(onWire(checkAsWith(check, text, ctx)))
    })
    // The last two drafts prove the policy (tone raised to block) and the history (a repeat) were applied.
    expect(reportOf(service.handle({ port: 1, request: request(99, 'うますぎて草ｗ', ctx, { values: false }) })).findings.some((f) => f.family === 'tone' && f.severity === 'block')).toBe(true)
    expect(reportOf(service.handle({ port: 1, request: request(100, drafts[drafts.length - 2]!, ctx, { values: false }) })).findings.some((f) => f.family === 'repetition')).toBe(true)
  })

  it('keeps refs per port, at most MAX_REFS, and forgets a port on close', () => {
    const service = createEngineService(check)
    service.handle({ port: 1, request: request(1, 'こんにちは', ctx) })
    // Another port does not see port 1's policy.
    expect(service.handle({ port: 2, request: request(1, 'こんにちは', ctx, { values: false }) })!.reply).toEqual({ id: 1, error: 'unknown-ref' })
    for (let r = 2; r <= MAX_REFS + 1; r++) service.handle({ port: 1, request: request(r, 'こんにちは', ctx, { policy: r, history: r }) })
    // Ref 1 was the oldest: forgotten.
    expect(service.handle({ port: 1, request: request(9, 'こんにちは', ctx, { values: false }) })!.reply).toEqual({ id: 9, error: 'unknown-ref' })
    expect(service.handle({ port: 1, request: request(10, 'こんにちは', ctx, { policy: MAX_REFS + 1, history: MAX_REFS + 1, values: false }) })!.reply).toHaveProperty('report')
    expect(service.ports()).toBe(2)
    expect(service.handle({ port: 1, close: true })).toBeNull()
    expect(service.ports()).toBe(1)
    expect(service.handle({ port: 1, request: request(11, 'こんにちは', ctx, { policy: MAX_REFS + 1, history: MAX_REFS + 1, values: false }) })!.reply).toEqual({ id: 11, error: 'unknown-ref' })
  })

  it('checks as every site of `also` and with the default policy when none is named', () => {
    const service = createEngineService(check)
    const text = '#柳川 #川下り #うなぎ #白秋 #さげもん #水郷 #観光 #福岡 #九州 #旅行 #春 #桜 #舟'
    const req: EngineRequest = { ...request(1, text, { site: 'facebook' }), also: ['instagram'] }
    expect(onWire(reportOf(service.handle({ port: 3, request: req })))).toEqual(onWire(checkAsWith(check, text, { site: 'facebook' }, ['instagram'])))
  })

  it('answers an engine error with an error, not a report', () => {
    const service = createEngineService(() => {
      throw new Error('boom')
    })
    expect(service.handle({ port: 1, request: request(5, 'こんにちは', {}) })!.reply).toEqual({ id: 5, error: 'boom' })
  })
})

describe('EngineRequestSchema', () => {
  const ok = request(1, 'こんにちは', { site: 'x', tone: 3, policy: DEFAULT_POLICY, history: ['前の投稿です。', fingerprint('前の投稿です。')!] })
  it('accepts a real request and rejects bad shapes', () => {
    expect(v.safeParse(EngineRequestSchema, onWire(ok)).success).toBe(true)
    for (const bad of [
      { ...ok, id: -1 },
      { ...ok, text: 42 },
      { ...ok, ctx: { ...ok.ctx, tone: 7 } },
      { ...ok, ctx: { ...ok.ctx, site: 'tiktok' } },
      { ...ok, also: ['x', 'x', 'x', 'x', 'x'] },
      { ...ok, policy: { ref: 1, value: { ...DEFAULT_POLICY, severities: { 'no-such-family': 'off' } } } },
      { ...ok, policy: { ref: 1, value: { ...DEFAULT_POLICY, tone: undefined } } },
      { ...ok, history: { ref: 1, value: [{ v: 3, sig: [] }] } },
      { ...ok, text: 'あ'.repeat(1_000_001) },
    ])
      expect(v.safeParse(EngineRequestSchema, bad).success).toBe(false)
  })
})

describe('isReport', () => {
  const good: Report = { verdict: 'block', findings: [{ rule: 'personal-info/mobile', family: 'personal-info', clause: '5(1)', clauseTitle: 't', severity: 'block', message: 'm', start: 2, end: 5, excerpt: 'abc', spans: [[2, 5]] } as Report['findings'][number]], confirmations: ['approval'], toneScore: 3 }
  it('accepts a report whose offsets lie in the text, and nothing else', () => {
    expect(isReport(good, 10)).toBe(true)
    expect(isReport(good, 4)).toBe(false)
    expect(isReport({ ...good, verdict: 'fine' }, 10)).toBe(false)
    expect(isReport({ ...good, confirmations: ['other'] }, 10)).toBe(false)
    expect(isReport({ ...good, findings: [{ ...good.findings[0], start: 6, end: 5 }] }, 10)).toBe(false)
    expect(isReport({ ...good, findings: [{ ...good.findings[0], spans: [[1]] }] }, 10)).toBe(false)
    expect(isReport({ ...good, toneScore: '3' }, 10)).toBe(false)
    expect(isReport(null, 10)).toBe(false)
  })
})

describe('incremental text (edits of the composer’s last text)', () => {
  it('an edit applies to the text the host holds for that composer; an unknown base asks for the whole text', () => {
    const service = createEngineService(check)
    const first = '担当の携帯は090-1234-567'
    // Not yet a number (the statistical reader may already warn of a mobile number being typed): no block.
    expect(reportOf(service.handle({ port: 1, request: { ...request(1, first, {}), doc: 7 } })).verdict).not.toBe('block')
    const edit = { base: 1, ...diffText(first, first + '8') }
    const { text: _t, ...noText } = request(2, '', {})
    expect(reportOf(service.handle({ port: 1, request: { ...noText, doc: 7, edit } })).verdict).toBe('block')
    // Another composer, or an edit of a text the host no longer holds: unknown-base.
    expect(service.handle({ port: 1, request: { ...noText, id: 3, doc: 8, edit } })!.reply).toEqual({ id: 3, error: 'unknown-base' })
    expect(service.handle({ port: 1, request: { ...noText, id: 4, doc: 7, edit } })!.reply).toEqual({ id: 4, error: 'unknown-base' })
    // An edit outside the held text.
    expect(service.handle({ port: 1, request: { ...noText, id: 5, doc: 7, edit: { base: 2, start: 0, end: 999, insert: '' } } })!.reply).toEqual({ id: 5, error: 'unknown-base' })
  })

  it('diffText + applyEdit rebuild any text, and never cut a surrogate pair', () => {
    const chars = fc.constantFrom('あ', 'い', '。', '\n', 'a', '😀', '👨‍👩‍👧', '𠮷', '0')
    const str = fc.array(chars, { maxLength: 30 }).map((a) => a.join(''))
    fc.assert(
      fc.property(str, str, (before, after) => {
        const e = diffText(before, after)
        expect(applyEdit(before, e)).toBe(after)
        expect(e.start).toBeLessThanOrEqual(e.end)
        const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u
        expect(lone.test(e.insert.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))).toBe(false)
      }),
      { numRuns: 2000 },
    )
  })

  it('the schema wants the text or an edit, not both, and an edit’s range in order', () => {
    const base = onWire(request(1, 'こんにちは', {}))
    const { text: _t, ...noText } = base
    expect(v.safeParse(EngineRequestSchema, base).success).toBe(true)
    expect(v.safeParse(EngineRequestSchema, { ...noText, edit: { base: 0, start: 1, end: 2, insert: 'x' } }).success).toBe(true)
    expect(v.safeParse(EngineRequestSchema, noText).success).toBe(false)
    expect(v.safeParse(EngineRequestSchema, { ...base, edit: { base: 0, start: 1, end: 2, insert: 'x' } }).success).toBe(false)
    expect(v.safeParse(EngineRequestSchema, { ...noText, edit: { base: 0, start: 3, end: 2, insert: 'x' } }).success).toBe(false)
  })
})
