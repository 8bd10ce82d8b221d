import { describe, expect, it } from 'vitest'
import { rebuttal } from '../../src/engine/rules/rebuttal'
import { findingsOf } from './helpers'

describe('rebuttal (4(5), 6(2))', () => {
  it.each([
    ['その報道は事実無根です', '事実無根', '4(5)'],
    ['それはデマです', 'デマです', '4(5)'],
    ['お言葉ですが', 'お言葉ですが', '4(5)'],
  ])('flags %s', (text, excerpt, clause) => {
    const [f, ...rest] = findingsOf(rebuttal, text)
    expect(rest).toEqual([])
    expect(f).toMatchObject({ rule: 'rebuttal/argument', severity: 'warn', excerpt, clause })
  })
  it('cites the 炎上 clause in replies', () => {
    expect(findingsOf(rebuttal, '誤解です', { mode: 'reply' })[0]?.clause).toBe('6(2)')
  })
  it.each(['誤りがありましたので訂正します', 'ご意見ありがとうございます', 'デマに注意してください', '地震に関するデマ情報にご注意ください'])(
    'passes %s',
    (text) => expect(findingsOf(rebuttal, text)).toEqual([]),
  )
})
