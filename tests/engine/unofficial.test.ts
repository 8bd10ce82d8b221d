import { describe, expect, it } from 'vitest'
import { unofficial } from '../../src/engine/rules/unofficial'
import { findingsOf, summary } from './helpers'

describe('unofficial (5(1))', () => {
  const invalid: Array<[string, string[]]> = [
    ['新庁舎の移転は検討中です', ['unofficial/undecided:warn:検討中']],
    ['来年度予算の素案がまとまりました', ['unofficial/undecided:warn:素案']],
    ['図書館の統合について調整中とのこと。', ['unofficial/undecided:warn:調整中']],
    ['春の人事は内定しています', ['unofficial/undecided:warn:内定']],
    ['プールを廃止する方向で検討', ['unofficial/undecided:warn:廃止する方向', 'unofficial/undecided:warn:方向で検討']],
    ['ここだけの話ですが', ['unofficial/rumour:warn:ここだけの話']],
    ['関係者によると来月発表です', ['unofficial/rumour:warn:関係者によると']],
    ['駅前に店ができるらしいです', ['unofficial/rumour:warn:らしいです']],
  ]
  it.each(invalid)('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toEqual(expected)
  })

  const valid = [
    '移住を検討中の方へ、補助金のご案内です',
    'ご検討ください',
    '日程は調整中です。決まり次第お知らせします。',
    '住宅の購入をご検討中の皆さまへ',
    '予定：5月3日 10時〜12時 市民会館',
    '素晴らしいです',
    '新しいです',
    '令和6年度予算が議会で可決されました',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(findingsOf(unofficial, text)).toEqual([])
  })
})
