import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { check } from '../../src/engine'
import { restoreReadings, spanOnSource } from '../../src/engine/readings'
import { buildNorm } from '../../src/engine/text'

const restore = (raw: string) => restoreReadings(raw, buildNorm(raw))

describe('kanji words spelt in katakana (readings.ts)', () => {
  it.each([
    ['ﾋﾐﾂね', '秘密ね'],
    ['ｶｲｷﾞ資料', '会議資料'],
    ['ｺｺﾀﾞｹﾉﾊﾅｼ、', 'ｺｺﾀﾞｹﾉ話、'],
    ['小学校統合ｱﾝ', '小学校統合案'],
    ['ナイブシリョウです', '内部資料です'],
    ['ﾐｺｳﾋｮｳの資料', '未公表の資料'],
    // blind R226E-006 kind: every marker of a secret
    ['ｶﾞｲﾌﾞﾋ　組織見直し（案）', '外部秘　組織見直し（案）'],
    ['シャガイヒ資料', '社外秘資料'],
    ['ﾄﾘｱﾂｶｲﾁｭｳｲ', '取扱注意'],
  ])('restores %s', (raw, restored) => expect(restore(raw)?.text).toBe(restored))

  it.each([
    // no reading; a two-kana reading inside a longer run (アンケート); hiragana is ordinary writing
    'パンフレットを配布します',
    'アンケートにご協力ください',
    'ここだけのはなし',
    '白秋祭の花火',
  ])('leaves %s', (raw) => expect(restore(raw)).toBeNull())

  it('maps spans back onto the text as written', () => {
    const raw = 'ﾋﾐﾂの話です。ｶｲｷﾞ資料'
    const r = restore(raw)!
    expect(r.text).toBe('秘密の話です。会議資料')
    const at = (w: string) => ({ start: r.text.indexOf(w), end: r.text.indexOf(w) + w.length })
    expect(spanOnSource(r, at('秘密'))).toEqual({ start: 0, end: 3 })
    expect(spanOnSource(r, at('会議資料'))).toEqual({ start: raw.indexOf('ｶ'), end: raw.length })
    // a span that touches no restored word was seen by the check of the text as written
    expect(spanOnSource(r, at('の話です'))).toBeNull()
  })

  const piece = fc.constantFrom('ﾋﾐﾂ', 'ヒミツ', 'ｶｲｷﾞ', 'ナイショ', 'ｱﾝ', 'アンケート', '資料', 'の', 'です。', '会議', 'ﾊﾅｼ', 'ー', ' ', '😀', 'ｺｺﾀﾞｹﾉ')
  it('keeps every mapped span inside the text and on the words it restored (property)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const raw = parts.join('')
        const r = restore(raw)
        if (!r) return
        for (const w of r.words) {
          expect(spanOnSource(r, w.at)).toEqual(w.source)
          expect(w.source.start).toBeLessThan(w.source.end)
        }
        const a = x % (r.text.length + 1)
        const b = a + (y % (r.text.length - a + 1))
        const s = spanOnSource(r, { start: a, end: b })
        if (s) {
          expect(s.start).toBeGreaterThanOrEqual(0)
          expect(s.end).toBeLessThanOrEqual(raw.length)
          expect(s.start).toBeLessThanOrEqual(s.end)
        }
      }),
      { numRuns: 300 },
    )
  })

  it.each([
    ['ｺｺﾀﾞｹﾉﾊﾅｼ、白秋祭の花火は今年で最後になるかもしれません…', 'unofficial/rumour', 'ｺｺﾀﾞｹﾉﾊﾅｼ'],
    ['ﾐｺｳﾋｮｳの資料ですが、来年度に統合されます。', 'confidential/pre-release', 'ﾐｺｳﾋｮｳの'],
    ['ナイショだけど、来年度で図書館の分館は廃止です', 'confidential/pre-release', 'ナイショだけど'],
  ])('the families that read kanji find %s', (text, rule, excerpt) => {
    const f = check(text).findings.find((x) => x.rule === rule)
    expect(f?.excerpt).toBe(excerpt)
  })

  it.each(['ジンジャーエールとカイギの資料をお持ちください。', 'アンケートの回答をお願いします。', 'ハナシノブの花が咲きました。'])('an ordinary katakana word stays clean: %s', (text) => {
    expect(check(text).findings.filter((f) => f.severity !== 'info')).toEqual([])
  })
})
