import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, mergePolicy } from '../../../src/engine'
import { isValidMyNumber, personalInfo } from '../../../src/engine/rules/personal-info'
import { findingsOf, summary } from '../helpers'

const run = (text: string) => summary(findingsOf(personalInfo, text))

describe('マイナンバー check digit', () => {
  it.each(['123456789018', '621498320257', '465281266333'])('accepts %s', (n) => expect(isValidMyNumber(n)).toBe(true))
  it.each(['123456789019', '12345678901', 'abcdefghijkl', '621498320258'])('rejects %s', (n) => expect(isValidMyNumber(n)).toBe(false))
})

describe('personal-info (4(4), 5(1))', () => {
  const invalid: Array<[string, string[]]> = [
    // マイナンバー: check digit + keyword = block; without keyword = warn
    ['マイナンバー：１２３４－５６７８－９０１８', ['personal-info/my-number:block:１２３４－５６７８－９０１８']],
    ['個人番号は 6214 9832 0257 です', ['personal-info/my-number:block:6214 9832 0257']],
    ['番号4652-8126-6333を控えて', ['personal-info/my-number:warn:4652-8126-6333']],
    ['ﾏｲﾅﾝﾊﾞｰは一二三四五六七八九〇一八', ['personal-info/my-number:block:一二三四五六七八九〇一八']],
    // phones: mobile = block, labelled as an organisation's contact = warn; fixed-line = warn / info
    ['私の携帯は090-1234-5678です', ['personal-info/mobile:block:090-1234-5678']],
    ['０９０ー１２３４ー５６７８に電話して', ['personal-info/mobile:block:０９０ー１２３４ー５６７８']],
    ['ﾃﾞﾝﾜは080ｰ1234ｰ5678', ['personal-info/mobile:block:080ｰ1234ｰ5678']],
    ['0 9 0 - 1 2 3 4 - 5 6 7 8', ['personal-info/mobile:block:0 9 0 - 1 2 3 4 - 5 6 7 8']],
    ['+81 90 1234 5678', ['personal-info/mobile:block:+81 90 1234 5678']],
    ['詳しくは、はれとこ【電話】080-7494-3220へ', ['personal-info/mobile:warn:080-7494-3220']],
    ['山田さんの自宅 092-711-4111', ['personal-info/phone:block:092-711-4111']],
    ['092-711-4111', ['personal-info/phone:warn:092-711-4111']],
    ['問合せ：ファジアーノ岡山スポーツクラブ【電話】086-948-5654', ['personal-info/external-phone:info:086-948-5654']],
    ['フリーダイヤル【電話】0120-60-3412', ['personal-info/external-phone:info:0120-60-3412']],
    // e-mail
    ['連絡はtaro.yamada@gmail.comまで', ['personal-info/email:block:taro.yamada@gmail.com']],
    ['【E-mail】souzoku@mx4.kct.ne.jp', ['personal-info/email:warn:souzoku@mx4.kct.ne.jp']],
    // addresses: tail anchored; 号室 or a person = block; no context = warn
    ['山田さんの自宅は福岡県柳川市本町1-2-3です', ['personal-info/identifiable-person:warn:山田さん', 'personal-info/address:block:福岡県柳川市本町1-2-3']],
    ['港区芝公園4-2-8 ABCマンション302号室', ['personal-info/address:block:港区芝公園4-2-8 ABCマンション302号室']],
    ['美浜区若葉3丁目1-21に住む男性', ['personal-info/address:block:美浜区若葉3丁目1-21']],
    ['千葉市中央区千葉港1丁目2番3号', ['personal-info/address:warn:千葉市中央区千葉港1丁目2番3号']],
    ['柳川市三橋町五丁目12番地', ['personal-info/address:warn:柳川市三橋町五丁目12番地']],
    // keyword-bound identifiers
    ['口座番号 普通 1234567', ['personal-info/bank-account:block:1234567']],
    ['振込先口座：中国銀行倉敷市役所出張所　普通2519544　倉敷市豪雨災害義援金', ['personal-info/bank-account:info:2519544']],
    ['運転免許証番号 123456789012', ['personal-info/drivers-licence:block:123456789012']],
    ['パスポート番号はTK1234567です', ['personal-info/passport:block:TK1234567']],
    ['在留カード AB12345678CD', ['personal-info/residence-card:block:AB12345678CD']],
    ['被保険者番号 01130012', ['personal-info/insurance:block:01130012']],
    ['基礎年金番号 1234-567890', ['personal-info/insurance:block:1234-567890']],
    // several quasi-identifiers of one private person
    ['太郎くん（5歳）は〇〇小学校1年です', ['personal-info/identifiable-person:warn:太郎くん']],
    ['三橋町在住の花子さん（8歳）', ['personal-info/identifiable-person:warn:花子さん']],
  ]
  it.each(invalid)('flags %s', (text, expected) => expect(run(text)).toEqual(expected))

  const valid = [
    '問い合わせ：柳川市役所 0944-73-8111',
    '【電話】0944-73-8111(代)',
    '住所：〒832-8601 福岡県柳川市本町87番地1',
    '〒832-8601',
    '郵便番号 832-8601',
    '2-3人でお越しください',
    '5-6月に開催',
    '令和6年4月1日',
    '10時〜12時',
    '10:00-12:00',
    '価格は1,234,567円です',
    '法人番号 8000020130001',
    '123456789019', // bad check digit
    '1234567890180', // part of a longer run
    '場所：飯山462番地　他',
    '会場：柳川市民会館（柳川市三橋町正行431）',
    '千葉市中央区で花火大会',
    '市役所への郵便物は「〒243-8511○○課」で届きます。',
    '【電話】426-3061',
    '【E-mail】koho@city.kurashiki.okayama.jp',
    'お問い合わせは kikaku@city.yanagawa.lg.jp へ',
    'https://example.jp/0312345678 をご覧ください',
    '皆さんのご参加をお待ちしています（対象：5歳以上）',
    '赤ちゃん（1歳）の写真を募集',
    '口座振替の登録は12月10日まで',
    '第2-3会議室',
    '市内在住の小学生（1年生〜6年生）',
  ]
  it.each(valid)('passes %s', (text) => expect(run(text)).toEqual([]))

  it('never reports the account’s own registered contacts', () => {
    const policy = mergePolicy(DEFAULT_POLICY, {
      contacts: { phones: ['092-711-4111'], addresses: ['柳川市三橋町五丁目12番地'], emailDomains: ['example.ne.jp'] },
    })
    const text = '電話 092-711-4111／柳川市三橋町五丁目12番地／info@example.ne.jp'
    expect(findingsOf(personalInfo, text, { policy })).toEqual([])
  })
})
