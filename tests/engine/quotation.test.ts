import { describe, expect, it } from 'vitest'
import { quotation } from '../../src/engine/rules/quotation'
import { findingsOf } from './helpers'

const LONG = 'この町の未来は、市民一人ひとりの小さな行動の積み重ねによって形づくられていくのです'

describe('quotation (4(4))', () => {
  it.each([
    [`「${LONG}」と書かれていました`],
    [`『${LONG}』という言葉があります`],
    [`ある本に「${LONG}」ってあった`],
    [`> ${LONG}`],
  ])('flags %s', (text) => {
    const f = findingsOf(quotation, text)
    expect(f.map((x) => `${x.rule}:${x.severity}`)).toEqual(['quotation/no-source:warn'])
  })
  it.each([
    [`「${LONG}」と書かれていました（出典：柳川市総合計画）`],
    [`「${LONG}」と書かれていました https://www.city.yanagawa.fukuoka.jp/`],
    [`市長は「${LONG}」と述べました`],
    ['「三島中洲と実業家たち 山田方谷から繋がる『義利合一』と現代のSDGs」の受講者募集'],
    ['「新型コロナウイルス感染症患者（429例目から481例目）の発生について」の訂正について'],
    ['「短い引用」と書かれていました'],
    [`「${LONG}」`],
  ])('passes %s', (text) => expect(findingsOf(quotation, text)).toEqual([]))
})
