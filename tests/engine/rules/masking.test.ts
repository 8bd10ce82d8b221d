import { describe, expect, it } from 'vitest'
import { masking } from '../../../src/engine/rules/masking'
import { findingsOf, summary } from '../helpers'

describe('masking (5(2))', () => {
  const invalid: Array<[string, string[]]> = [
    ['○○課の××さんが対応しました', ['masking/fuseji:warn:○○', 'masking/fuseji:warn:××']],
    ['某施設で事故がありました', ['masking/fuseji:warn:某施設']],
    ['あいつはバ○だ', ['masking/fuseji:warn:○']],
    ['●●駅の近くで', ['masking/fuseji:warn:●●']],
    ['開始は○時○分です', ['masking/template:block:○×2']],
    ['令和○年○月○日', ['masking/template:block:○×3']],
    ['〇〇地区の皆さん', ['masking/template:block:〇〇']],
    ['参加費××円', ['masking/template:block:××']],
    ['第○回 市民まつり', ['masking/template:block:○']],
    ['郵便物は「〒243-8511○○課」で届きます', ['masking/example:info:○○']],
    ['例：○○町△△番地', ['masking/example:info:○○', 'masking/example:info:△△']],
  ]
  it.each(invalid)('flags %s', (text, expected) => {
    expect(summary(findingsOf(masking, text))).toEqual(expected)
  })

  const valid = [
    '○日時：5月3日',
    '■日時 5月3日\n■会場 市民会館',
    '■■■ お知らせ ■■■',
    '◆◇◆◇◆',
    '評価：◎○×',
    '柳川×博多コラボ企画',
    '3×4=12',
    '二〇二四年の記録',
    'アプリ○市HPから申し込み',
    '**重要**なお知らせ',
    '※申込みは先着順',
    '○ 参加無料\n○ 申込不要',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(findingsOf(masking, text)).toEqual([])
  })
})
