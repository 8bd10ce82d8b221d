import { describe, expect, it } from 'vitest'
import { decency } from '../../src/engine/rules/decency'
import { findingsOf, summary } from './helpers'

describe('decency (4(2))', () => {
  const invalid: Array<[string, string[]]> = [
    ['パパ活はやめよう', ['decency/sexual:block:パパ活']],
    ['エロい写真', ['decency/sexual:block:エロ']],
    ['外人が多い', ['decency/discriminatory:block:外人']],
    ['キチガイじみた', ['decency/discriminatory:block:キチガイ']],
    ['女のくせに', ['decency/discriminatory:block:女のくせに']],
  ]
  it.each(invalid)('flags %s', (text, expected) => {
    expect(summary(findingsOf(decency, text))).toEqual(expected)
  })

  const valid = [
    'ちびっこマラソン大会',
    'フェラーリ展示会',
    'お構いなく',
    '非人道的な行為を許さない',
    'ちょんまげ姿で行列',
    'シナモンロール',
    'ページをめくらないでください',
    'かたわらに咲く花',
    '帰ろう、かえろう',
    'ホモ・サピエンスの歴史',
    '外国人観光客をお迎えします',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(findingsOf(decency, text)).toEqual([])
  })
})
