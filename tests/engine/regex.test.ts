import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matchAllOf } from '../../src/engine/regex'

describe('matchAllOf', () => {
  const patterns = [/あ+/gu, /(?:)/gu, /い?/gu, /[😀-🙏]|x*/gu, /(?<=あ)い|う(?=え)/gu, /\p{Script=Han}{2}/gu, /a|ab/g, /(?:)/g]
  it('gives the matches text.matchAll gives (zero-length ones and surrogate pairs included), and leaves lastIndex at 0', () => {
    fc.assert(
      fc.property(fc.constantFrom(...patterns), fc.stringMatching(/^[あいうえ漢字ax😀🙏 ]{0,24}$/u), (re, text) => {
        const got = matchAllOf(re, text).map((m) => [m.index, m[0]])
        const want = [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, m[0]])
        expect(got).toEqual(want)
        expect(re.lastIndex).toBe(0)
      }),
      { numRuns: 1000 },
    )
  })

  it('lets the caller use the same pattern inside its loop', () => {
    const re = /い/gu
    const seen: number[] = []
    for (const m of matchAllOf(re, 'いあいあい')) {
      seen.push(m.index)
      // The caller's own use of the pattern moves lastIndex: the matches were collected before.
      re.lastIndex = 0
      expect(re.test('あい')).toBe(true)
    }
    expect(seen).toEqual([0, 2, 4])
  })

  it('refuses a pattern without the g flag (exec would give its first match forever)', () => {
    expect(() => matchAllOf(/い/u, 'いい')).toThrow(/global/)
  })
})
