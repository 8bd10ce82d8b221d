import { describe, expect, it } from 'vitest'
import { confidential } from '../../src/engine/rules/confidential'
import { findingsOf, summary } from './helpers'

describe('confidential (5(1))', () => {
  const invalid: Array<[string, string[]]> = [
    ['この資料は【秘】扱いです', ['confidential/marker:block:【秘】']],
    ['部外秘の資料をもとに', ['confidential/marker:block:部外秘']],
    ['部 外 秘の資料', ['confidential/marker:block:部 外 秘']],
    ['庁内限りでお願いします', ['confidential/marker:block:庁内限り']],
    ['取扱注意：来年度の方針', ['confidential/marker:block:取扱注意']],
    ['ﾄﾘｱﾂｶｲ注意ではなく取り扱い注意', ['confidential/marker:block:取り扱い注意']],
    ['㊙ 新庁舎の配置図', ['confidential/marker:block:㊙']],
    ['報道解禁は明日です', ['confidential/marker:block:報道解禁']],
  ]
  it.each(invalid)('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toEqual(expected)
  })

  const valid = [
    '秘書課からのお知らせです',
    '健康の秘訣を紹介します',
    '神秘的な夜景をお楽しみください',
    '便秘に悩む方へ、食物繊維のとり方講座',
    '機密性の高い情報を守るため、職員研修を実施しました',
    'ご検討ください',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(findingsOf(confidential, text)).toEqual([])
  })
})
