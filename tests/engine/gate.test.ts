import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mayMatch, NeedGate, prepareGates } from '../../src/engine/gate'
import { Matcher } from '../../src/engine/matcher'

describe('NeedGate', () => {
  it('tries exactly the patterns one of whose need words occurs (as text.includes would say), in order, each once', () => {
    const word = fc.stringMatching(/^[あいうアイウ胸尻]{1,3}$/)
    fc.assert(
      fc.property(fc.array(fc.option(fc.array(word, { maxLength: 4 }), { nil: undefined }), { maxLength: 8 }), fc.array(fc.stringMatching(/^[あいうアイウ胸尻 。]{0,30}$/), { minLength: 1, maxLength: 3 }), (needs, texts) => {
        const gate = new NeedGate(needs)
        // Several texts through one gate: nothing of one call is left over for the next.
        for (const text of texts) {
          const want = needs.flatMap((n, i) => (!n || n.length === 0 || n.some((w) => text.includes(w)) ? [i] : []))
          expect(gate.tries(text)).toEqual(want)
        }
      }),
    )
  })
})

describe('NeedGate: needs worked out when first needed', () => {
  it('reads its needs once, on the first tries or on prepareGates, with the same answers as given at once', () => {
    let reads = 0
    const needs = [['胸'], undefined, ['あい', 'う']]
    const lazy = new NeedGate(() => (reads++, needs))
    expect(reads).toBe(0)
    for (const text of ['胸とう', 'あい', '', 'なし']) expect(lazy.tries(text)).toEqual(new NeedGate(needs).tries(text))
    expect(reads).toBe(1)
    const other = new NeedGate(() => (reads++, needs))
    prepareGates()
    expect(reads).toBe(2)
    other.tries('う')
    prepareGates()
    expect(reads).toBe(2)
  })
  it('mayMatch says whether a literal every match needs occurs; a pattern with none is always tried', () => {
    const may = mayMatch(/(?:赤|青)信号/u)
    expect(may('赤信号です')).toBe(true)
    expect(may('黄色')).toBe(false)
    expect(mayMatch(/\d+/u)('abc')).toBe(true)
  })
})

describe('Matcher', () => {
  it('finds every occurrence of every word, overlapping ones included (as indexOf would)', () => {
    const word = fc.stringMatching(/^[あいう漢字aｱ]{1,4}$/)
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 6 }), { minLength: 1, maxLength: 4 }), fc.stringMatching(/^[あいう漢字aｱ]{0,40}$/), (lists, text) => {
        const got = new Matcher(lists).find(text).map((h) => `${h.list}|${h.word}|${h.start}`)
        const want: string[] = []
        lists.forEach((list, k) => {
          for (const w of new Set(list)) for (let i = text.indexOf(w); i !== -1; i = text.indexOf(w, i + 1)) for (const _ of list.filter((x) => x === w)) want.push(`${k}|${w}|${i}`)
        })
        expect(got.sort()).toEqual(want.sort())
      }),
    )
  })

  it('keeps many states apart (a large list: no lost or wrong transitions in the hash table)', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `語${String.fromCharCode(0x4e00 + (i % 500))}${String.fromCharCode(0x3042 + (i % 70))}${i}`)
    const m = new Matcher([words])
    const text = words.filter((_, i) => i % 7 === 0).join('・')
    const found = new Set(m.find(text).map((h) => h.word))
    for (const [i, w] of words.entries()) expect(found.has(w), w).toBe(i % 7 === 0 || text.includes(w))
  })
})
