import { describe, expect, it } from 'vitest'
import { security } from '../../src/engine/rules/security'
import { findingsOf, summary } from './helpers'

describe('security (5(1))', () => {
  const invalid: Array<[string, string[]]> = [
    ['Wi-Fiのパスワードは yanagawa2024 です', ['security/credential:block:パスワードは yanagawa2024']],
    ['暗証番号：4821', ['security/credential:block:暗証番号：4821']],
    ['ＰＩＮ＝９９１２', ['security/credential:block:ＰＩＮ＝９９１２']],
    ['サーバーは192.168.1.10です', ['security/internal-address:block:192.168.1.10']],
    ['10.20.30.40 に接続', ['security/internal-address:block:10.20.30.40']],
    ['172.16.0.5 のプリンタ', ['security/internal-address:block:172.16.0.5']],
    ['共有フォルダ \\\\fs01\\kouhou\\2024 に保存', ['security/internal-host:block:\\\\fs01\\kouhou']],
    ['¥¥fs01¥share¥file.xlsx を参照', ['security/internal-host:block:¥¥fs01¥share']],
    ['intranet.yanagawa.local を開いて', ['security/internal-host:block:intranet.yanagawa.local']],
    ['確認は localhost:8080 で', ['security/internal-host:block:localhost:8080']],
    ['資料は file:///C:/kouhou/a.xlsx にあります', ['security/internal-host:block:file:///C:/kouhou/a.xlsx']],
    ['Password=abcd1234', ['security/credential:block:Password=abcd1234']],
    ['wiki.city.corp の手順書', ['security/internal-host:block:wiki.city.corp']],
    ['防犯カメラの設置場所は駐輪場の北側です', ['security/arrangement:warn:防犯カメラの設置場所']],
    ['夜間の警備体制は2名です', ['security/arrangement:warn:警備体制']],
  ]
  it.each(invalid)('flags %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toEqual(expected)
  })

  const valid = [
    '暗証番号は絶対に他人に教えないでください',
    '市職員が電話で暗証番号を聞くことはありません。',
    'パスワードは8文字以上にしてください',
    'パスワード: ********',
    'パスワードを定期的に変更しましょう',
    'バージョン10.0.1を公開しました',
    '172.15.0.1',
    '8.8.8.8',
    '防犯パトロールを実施しました',
    '問い合わせ：柳川市役所 0944-73-8111',
    '会場：市民会館 local の皆さま',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(findingsOf(security, text)).toEqual([])
  })
})
