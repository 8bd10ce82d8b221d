import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NeedGate } from '../../src/engine/gate'

describe('NeedGate', () => {
  it('opens exactly the patterns one of whose need words occurs (as text.includes would say)', () => {
    const word = fc.stringMatching(/^[あいうアイウ胸尻]{1,3}$/)
    fc.assert(
      fc.property(fc.array(fc.option(fc.array(word, { maxLength: 4 }), { nil: undefined }), { maxLength: 8 }), fc.stringMatching(/^[あいうアイウ胸尻 。]{0,30}$/), (needs, text) => {
        const open = new NeedGate(needs).open(text)
        needs.forEach((n, i) => expect(open(i)).toBe(!n || n.length === 0 || n.some((w) => text.includes(w))))
      }),
    )
  })
})
