import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
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

describe('NeedGate: one pass for all gates', () => {
  /** A fresh copy of gate.ts (no gate made yet), and how many times its automaton read a text. */
  async function freshGates() {
    vi.resetModules()
    const gates = await import('../../src/engine/gate')
    const { Matcher: M } = await import('../../src/engine/matcher')
    const reads = vi.spyOn(M.prototype, 'collect')
    return { gates, reads }
  }

  it('gates made before the first check are answered by one automaton: a text is read once for all of them', async () => {
    const { gates, reads } = await freshGates()
    const a = new gates.NeedGate([['胸'], undefined, ['あい']])
    const b = new gates.NeedGate(() => [['う'], ['胸', 'イ']])
    const c = gates.mayMatch(/(?:赤|青)信号/u)
    expect(a.tries('胸とあい')).toEqual([0, 1, 2])
    expect(b.tries('胸とあい')).toEqual([1])
    expect(c('胸とあい')).toBe(false)
    expect(reads).toHaveBeenCalledTimes(1)
    // A gate made later reads with an automaton of its own; the others keep sharing.
    const late = new gates.NeedGate([['信号']])
    expect(late.tries('赤信号')).toEqual([0])
    expect(c('赤信号')).toBe(true)
    expect(a.tries('赤信号')).toEqual([1])
    expect(reads).toHaveBeenCalledTimes(3)
    reads.mockRestore()
  })

  it('gives each gate what its own automaton would, whatever texts the gates are asked about in turn', async () => {
    const { gates, reads } = await freshGates()
    reads.mockRestore()
    const word = fc.stringMatching(/^[あいうアイウ胸尻]{1,3}$/)
    const needsArb = fc.array(fc.option(fc.array(word, { maxLength: 4 }), { nil: undefined }), { maxLength: 6 })
    const textArb = fc.stringMatching(/^[あいうアイウ胸尻 。]{0,30}$/)
    // Made once, before any is asked (as the engine's gates are): all share one pass.
    const sets = fc.sample(fc.array(needsArb, { minLength: 2, maxLength: 5 }), 1)[0]!
    const shared = sets.map((needs) => new gates.NeedGate(needs))
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(sets.length - 1), fc.nat(6)), { minLength: 1, maxLength: 30 }), fc.array(textArb, { minLength: 7, maxLength: 7 }), (asks, texts) => {
        for (const [g, t] of asks) {
          const text = texts[t]!
          const want = sets[g]!.flatMap((n, i) => (!n || n.length === 0 || n.some((w) => text.includes(w)) ? [i] : []))
          expect(shared[g]!.tries(text)).toEqual(want)
          expect(shared[g]!.any(text)).toBe(want.length > 0)
        }
      }),
    )
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
