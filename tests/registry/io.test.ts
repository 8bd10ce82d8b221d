import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvCell, parseCsv, parseRegistryCsv, parseRegistryJson, publicListCsv, registryToCsv, registryToJson } from '../../src/registry/io'
import { parseRegistryFile } from '../../src/registry/file'
import { decodeText, encodeShiftJis, MAX_FILE_BYTES } from '../../src/registry/encoding'
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

describe('files from Japanese offices', () => {
  it('imports a CSV that Excel saved in Shift_JIS (CP932), and the same file in UTF-8', () => {
    const records = [sample('s1', { department: '総務部 秘書広報課①', accountName: '柳川市公式（髙橋）' }), sample('s2', { accountName: '柳川市観光', url: 'https://x.com/yanagawa_kanko' })]
    const csv = registryToCsv(records).replace(/^\uFEFF/, '')
    const sjis = parseRegistryFile(encodeShiftJis(csv), 'registry.csv')
    expect(sjis.ok && sjis.records.map((r) => r.accountName)).toEqual(['柳川市公式（髙橋）', '柳川市観光'])
    expect(sjis.ok && sjis.records[0]!.department).toBe('総務部 秘書広報課①')
    const utf8 = parseRegistryFile(new TextEncoder().encode('\uFEFF' + csv), 'registry.csv')
    expect(utf8.ok).toBe(true)
    expect(decodeText(encodeShiftJis(csv), 'a.csv')).toMatchObject({ ok: true, encoding: 'Shift_JIS' })
  })

  it('detects UTF-8 without a BOM, plain ASCII, half-width katakana in Shift_JIS, and UTF-16 with a BOM', () => {
    expect(decodeText(new TextEncoder().encode('所属名,ｶﾅ'), 'a.csv')).toEqual({ ok: true, text: '所属名,ｶﾅ', encoding: 'UTF-8' })
    expect(decodeText(new TextEncoder().encode('id,url'), 'a.csv')).toMatchObject({ ok: true, encoding: 'UTF-8' })
    expect(decodeText(encodeShiftJis('ｼｮｿﾞｸ,柳川市'), 'a.csv')).toEqual({ ok: true, text: 'ｼｮｿﾞｸ,柳川市', encoding: 'Shift_JIS' })
    const le = new Uint8Array([0xff, 0xfe, ...[...'柳川'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])
    expect(decodeText(le, 'a.txt')).toEqual({ ok: true, text: '柳川', encoding: 'UTF-16' })
  })

  it('says clearly when a file is neither UTF-8 nor Shift_JIS, or too large', () => {
    const bad = parseRegistryFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]), 'photo.csv')
    expect(bad).toEqual({ ok: false, errors: [expect.stringMatching(/「photo.csv」の文字コードを判別できません。UTF-8 または Shift_JIS/)] })
    const big = parseRegistryFile(new Uint8Array(MAX_FILE_BYTES + 1), 'big.csv')
    expect(big.ok || big.errors[0]).toMatch(/「big.csv」は大きすぎます/)
  })

  it('neutralises formulas in exported cells and reads them back unchanged', () => {
    const evil = sample('f1', { accountName: '=HYPERLINK("https://evil.example","クリック")', purpose: '+SUM(A1)', introduction: '-1+2', contactPerson: '@user', contact: '\tTAB' })
    const csv = registryToCsv([evil])
    const row = parseCsv(csv).rows[1]!
    for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t]/)
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""クリック"")"`)
    const back = parseRegistryCsv(csv)
    expect(back.ok && back.records[0]).toMatchObject({ accountName: evil.accountName, purpose: '+SUM(A1)', introduction: '-1+2', contactPerson: '@user' })
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell('0944-73-8111')).toBe('0944-73-8111')
  })

  it('refuses URLs that are not http(s)', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'ftp://example.jp/']) {
      const r = parseRegistryJson(JSON.stringify([sample('u', { url })]))
      expect(r.ok, url).toBe(false)
    }
  })

  it('refuses personal contacts in a record’s allow-lists (free mail, mobiles)', () => {
    const r = parseRegistryJson(JSON.stringify([sample('p', { ownContacts: { phones: ['080-1111-2222'], emailDomains: ['gmail.com'], addresses: [], domains: ['docomo.ne.jp'] } })]))
    expect(r.ok).toBe(false)
    expect(!r.ok && r.errors.join('\n')).toMatch(/携帯電話の番号は登録できません[\s\S]*フリーメール/)
  })
})
