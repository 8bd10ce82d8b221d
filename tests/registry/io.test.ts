import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCsv, parseRegistryCsv, parseRegistryJson, publicListCsv, registryToCsv, registryToJson } from '../../src/registry/io'
import { matchAccount, type AccountRecord } from '../../src/registry/model'
import { sample } from './sample'

describe('registry import / export', () => {
  const records = [
    sample('a1'),
    sample('a2', {
      service: 'facebook',
      accountName: '柳川市観光課, "川下り"',
      url: 'https://www.facebook.com/yanagawa.kanko',
      purpose: '観光情報\n（季節のイベント）',
      tone: 2,
      approval: false,
      broadcastOnly: false,
      status: 'retired',
      retirement: { reason: '観光協会のアカウントに統合', date: '2026-03-31', filedOn: '2026-03-15' },
    }),
  ]

  it('round-trips through CSV (BOM, CRLF, Japanese headers, quotes, commas, newlines)', () => {
    const csv = registryToCsv(records)
    expect(csv.startsWith('\uFEFF所属名') || csv.startsWith('\uFEFFID')).toBe(true)
    expect(csv).toContain('\r\n')
    expect(csv).toContain('表現の硬軟度合い')
    const back = parseRegistryCsv(csv)
    expect(back).toEqual({ ok: true, records })
  })

  it('round-trips through JSON', () => {
    expect(parseRegistryJson(registryToJson(records))).toEqual({ ok: true, records })
    expect(parseRegistryJson(JSON.stringify(records))).toEqual({ ok: true, records })
  })

  it('reads dates and yes/no as Excel writes them', () => {
    const csv = registryToCsv([sample('b1')]).replace('2025-04-01', '2025/4/1')
    const r = parseRegistryCsv(csv)
    expect(r.ok && r.records[0]!.filedOn).toBe('2025-04-01')
  })

  it('names the row and the field of every error, in Japanese, and returns nothing', () => {
    const csv = registryToCsv([sample('c1'), sample('c2')])
      .split('\r\n')
      .map((line, i) => (i === 2 ? line.replace(',4,', ',9,') : line))
      .join('\r\n')
    const r = parseRegistryCsv(csv)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors).toEqual(['3行目『表現の硬軟度合い』: 1〜5の数字で入力してください'])
  })

  it.each([
    ['an unclosed quote', '\uFEFFID,所属名\r\n"a1,総務', /引用符/],
    ['missing columns', 'ID,所属名\r\na,b\r\n', /列『/],
    ['an empty file', '', /空/],
    ['a bad URL', registryToCsv([sample('d1', { url: 'x.com/yanagawa' })]), /2行目『URL』/],
    ['a duplicate id', registryToCsv([sample('e1'), sample('e1')]), /3行目『ID』: 「e1」が重複/],
    ['a retired record without a reason', registryToCsv([sample('f1', { status: 'retired' })]), /廃止の理由/],
  ])('rejects %s', (_name, csv, message) => {
    const r = parseRegistryCsv(csv)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.join('\n')).toMatch(message)
  })

  it('rejects malformed JSON with a Japanese message', () => {
    for (const bad of ['{', '42', '{"records": 1}', '[{"id": 1}]']) {
      const r = parseRegistryJson(bad)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.errors[0]).toMatch(/[ぁ-んァ-ヶ一-龠]/)
    }
  })

  it('parses any CSV grid it wrote (property)', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 8 })
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (grid) => {
        const rows = grid.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(','))
        const { rows: back, error } = parseCsv(rows.join('\r\n'))
        return error === undefined && JSON.stringify(back) === JSON.stringify(grid)
      }),
    )
  })

  it('exports the public list of active accounts only', () => {
    const csv = publicListCsv(records)
    expect(csv).toContain('柳川市公式')
    expect(csv).not.toContain('川下り')
  })

  it('matches the acting account to its record, active before retired', () => {
    const list = [sample('g1', { status: 'retired', retirement: { reason: '統合', date: '2024-03-31', filedOn: '' } }), sample('g2')]
    expect(matchAccount(list, { site: 'x', handle: 'Yanagawa_City' })?.id).toBe('g2')
    expect(matchAccount(list, { site: 'instagram', handle: 'yanagawa_city' })).toBeNull()
    expect(matchAccount([list[0]!], { site: 'x', handle: 'yanagawa_city' })?.status).toBe('retired')
  })
})
