import { describe, expect, it } from 'vitest'
import { hostility } from '../../src/engine/rules/hostility'
import { findingsOf, summary } from './helpers'

describe('hostility (5(3))', () => {
  const invalid: Array<[string, string[]]> = [
    ['バカじゃないの', ['hostility/insult:block:バカ']],
    ['ﾊﾞｶじゃないの', ['hostility/insult:block:ﾊﾞｶ']],
    ['バ カ じゃないの', ['hostility/insult:block:バ カ']],
    ['人間のクズだ', ['hostility/insult:block:人間のクズ', 'hostility/insult:block:クズ']],
    ['お前が悪い', ['hostility/insult:block:お前']],
    ['消えろ', ['hostility/insult:block:消えろ']],
    ['殺すぞ', ['hostility/threat:block:殺すぞ']],
    ['いい加減にしてください', ['hostility/confrontational:warn:いい加減にしてください']],
    ['常識的に考えてわかるはずです', ['hostility/confrontational:warn:常識的に考えて']],
  ]
  it.each(invalid)('flags %s', (text, expected) => {
    expect(summary(findingsOf(hostility, text))).toEqual(expected)
  })

  const valid = [
    'バカンスシーズンの観光案内',
    '野菜くずを堆肥にしましょう',
    'くず餅の作り方教室',
    '地域の力を活かすまちづくり',
    '酒かすを使った料理',
    '燃やすごみは月曜日です',
    'ゴミ出しのルール',
    'ピンボケ写真コンテスト',
    'ばかりではありません',
    '肝煎りの事業です',
    'カスタム設定',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(findingsOf(hostility, text)).toEqual([])
  })
})
