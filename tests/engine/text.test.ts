import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { check } from '../../src/engine'
import { buildDigits, buildFolded, buildNorm, buildSqueezed, foldString, toSource, viewIndexAt, type View } from '../../src/engine/text'
import * as ref_ from './reference-views'

/** Strings mixing what staff actually type: kana, kanji, full/half width, emoji, combining marks, odd spaces. */
const piece = fc.constantFrom(
  'マイナンバー', 'ﾏｲﾅﾝﾊﾞｰ', '０９０－１２３４－５６７８', '090ｰ1234ｰ5678', 'ハ゛カ', 'か\u3099', 'e\u0301', '😀', '👨‍👩‍👧', '🇯🇵', '1️⃣',
  '\u200b', '\ufeff', '\u3000', ' ', '\n', '①', '㍻', '㈱', '〜', '～', '‐', '―', 'ー', '・', '秘', '部 外 秘', 'https://bit.ly/x', '@user', '#柳川',
  '〇〇', '一二三四五六七八九〇一八', 'ＡＢＣ', 'abc', '。', '！！', 'ｗｗｗ', '山田さん', '5歳', '柳川市本町1-2-3', '\ud800', '\udc00',
)
const draft = fc.array(fc.oneof(piece, fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 30 }).map((a) => a.join(''))

function assertMonotonicMap(view: View, srcLength: number): void {
  for (let i = 0; i < view.text.length; i++) {
    expect(view.start[i]).toBeGreaterThanOrEqual(0)
    expect(view.end[i]).toBeLessThanOrEqual(srcLength)
    expect(view.start[i]).toBeLessThan(view.end[i]!)
    if (i > 0) expect(view.start[i]).toBeGreaterThanOrEqual(view.start[i - 1]!)
  }
}

describe('normalised views', () => {
  it.each([
    ['ﾏｲﾅﾝﾊﾞｰ', 'マイナンバー'],
    ['０９０ー１２３４ー５６７８', '090-1234-5678'],
    ['ハ゛カ', 'バカ'],
    ['a\u200bb\ufeffc', 'abc'],
    // a zero-width character put between a letter and its sound mark does not part them
    ['ﾊ\u200bﾟｽﾜ\u200bｰﾄﾞ', 'パスワード'],
    ['ﾊ\u200b\u200bﾞｶ', 'バカ'],
    ['10時〜12時', '10時~12時'],
    ['①②', '##'],
    ['センター', 'センター'],
    ['全角　スペース', '全角 スペース'],
    ['一行目\r\n二行目\r三行目', '一行目\n二行目\n三行目'],
  ])('norm(%s) = %s', (src, expected) => {
    expect(buildNorm(src).text).toBe(expected)
  })

  it.each([
    ['マ イ ナ ン バ ー', 'マイナンバー'],
    ['秘・密', '秘密'],
    ['0 9 0', '090'],
    ['version 1.5', 'version 1.5'],
    ['hello world', 'hello world'],
    // one emoji inside a word hides it; between words of different kinds, or two emoji, it stays
    ['バ🙄カ', 'バカ'],
    ['極🤫秘', '極秘'],
    ['柳川🌸まつり', '柳川🌸まつり'],
    ['バ🙄🙄カ', 'バ🙄🙄カ'],
    ['9🎉1', '9🎉1'],
  ])('squeezed(%s) = %s', (src, expected) => {
    expect(buildSqueezed(buildNorm(src)).text).toBe(expected)
  })

  it('folds katakana, small kana and case', () => {
    expect(foldString('バカ')).toBe('ばか')
    expect(foldString('ッャ')).toBe('つや')
    expect(buildFolded(buildSqueezed(buildNorm('ＰＡＳＳ'))).text).toBe('pass')
  })

  it('turns kanji numerals into digits only in long runs', () => {
    expect(buildDigits(buildNorm('一二三四五六七八九〇一八')).text).toBe('123456789018')
    expect(buildDigits(buildNorm('一丁目')).text).toBe('一丁目')
  })

  it('maps every view character back inside the source, in order (property)', () => {
    fc.assert(
      fc.property(draft, (src) => {
        const norm = buildNorm(src)
        const sq = buildSqueezed(norm)
        assertMonotonicMap(norm, src.length)
        assertMonotonicMap(sq, src.length)
        const folded = buildFolded(sq)
        expect(folded.text.length).toBe(sq.text.length)
        expect(buildDigits(norm).text.length).toBe(norm.text.length)
        // toSource of any view span covers the source characters that produced it
        for (let a = 0; a < norm.text.length; a += 3) {
          const b = Math.min(norm.text.length, a + 2)
          const span = toSource(norm, a, b)
          expect(span.start).toBe(norm.start[a])
          expect(span.end).toBe(norm.end[b - 1])
          expect(viewIndexAt(norm, span.start)).toBeLessThanOrEqual(a)
        }
      }),
      { numRuns: 400 },
    )
  })
})

describe('findings map to the text the user typed (property)', () => {
  it('every finding lies inside the text, is non-empty where it matched, and its excerpt is the original slice', () => {
    fc.assert(
      fc.property(draft, fc.constantFrom(1, 3, 5) as fc.Arbitrary<1 | 3 | 5>, (text, tone) => {
        const report = check(text, { tone })
        for (const f of report.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0)
          expect(f.end).toBeLessThanOrEqual(text.length)
          expect(f.start).toBeLessThanOrEqual(f.end)
          expect(f.excerpt).toBe(text.slice(f.start, f.end))
          if (f.rule !== 'engine/too-long') expect(f.end - f.start).toBeGreaterThan(0)
        }
      }),
      { numRuns: 300 },
    )
    // 900 full checks: allow for a busy machine (the property, not the time, is under test; speed is `npm run bench`'s).
  }, 120_000)

  it('highlights exactly the matched characters after width and kana variants', () => {
    const cases: Array<[string, string]> = [
      ['前置き０９０－１２３４－５６７８後', '０９０－１２３４－５６７８'],
      ['😀😀 【秘】 😀', '【秘】'],
      ['e\u0301e\u0301 部外秘 e\u0301', '部外秘'],
      ['ﾊﾝｶｸ 取扱注意 ﾃｷｽﾄ', '取扱注意'],
    ]
    for (const [text, excerpt] of cases) {
      const f = check(text).findings.find((x) => x.severity === 'block')
      expect(f?.excerpt).toBe(excerpt)
    }
  })
})

describe('fast view builders agree with the reference implementation', () => {
  const piece = fc.constantFrom('バ🙄カ', '極🤫秘', '9🎉1', '\r\n', '\r', 'ﾊﾞｶ', 'か\u3099', 'か゛', 'e\u0301', '０９０ー１２３４', '㍿', '①', '😀', '👨‍👩‍👧', '\u200b', '〜', '～', 'ｰ', 'ー', '・', ' ', '　', '.', '\t', '\uFE0F', 'ヿ', 'ゟ', '\ud800', 'Ａｂｃ')
  const arb = fc.array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 5 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 30 }).map((a) => a.join(''))
  const same = (a: { text: string; start: Int32Array; end: Int32Array }, b: { text: string; start: Int32Array; end: Int32Array }) =>
    a.text === b.text && Array.from(a.start).join() === Array.from(b.start).join() && Array.from(a.end).join() === Array.from(b.end).join()
  it('norm, squeezed and folded (property)', () => {
    fc.assert(
      fc.property(arb, (s) => {
        const fast = buildNorm(s)
        const ref = ref_.buildNorm(s)
        if (!same(fast, ref)) return false
        const fs = buildSqueezed(fast)
        if (!same(fs, ref_.buildSqueezed(ref))) return false
        return same(buildFolded(fs), ref_.buildFolded(ref_.buildSqueezed(ref)))
      }),
      // Counterexamples found by earlier runs, kept so they are tried every time.
      { numRuns: 2000, examples: [['ー\u200B\uFE0F'], ['１ー\u200B\u0301２']] },
    )
  })
  it('every code unit below U+3100 folds as the reference folds it (the fold table, exhaustively)', () => {
    for (let c = 0; c < 0x3100; c++) {
      if (c >= 0xd800) break
      const s = `あ${String.fromCharCode(c)}ア`
      const fast = buildFolded(buildSqueezed(buildNorm(s)))
      const ref = ref_.buildFolded(ref_.buildSqueezed(ref_.buildNorm(s)))
      expect(fast.text, `U+${c.toString(16)}`).toBe(ref.text)
    }
  })
  it('long text takes the bulk string path and still agrees', () => {
    const s = 'テスト０９０ー１２３４ ﾊﾞｶ 😀\n'.repeat(300)
    expect(same(buildNorm(s), ref_.buildNorm(s))).toBe(true)
  })
})
