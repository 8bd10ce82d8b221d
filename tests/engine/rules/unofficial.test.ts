import { describe, expect, it } from 'vitest'
import { unofficial } from '../../../src/engine/rules/unofficial'
import { findingsOf, summary } from '../helpers'

describe('unofficial (5(1))', () => {
  const invalid: Array<[string, string[]]> = [
    // Undecided-stage words.
    ['新庁舎の移転は検討中です', ['unofficial/undecided:warn:検討中']],
    ['来年度予算の素案がまとまりました', ['unofficial/undecided:warn:素案']],
    ['図書館の統合について調整中とのこと。', ['unofficial/undecided:warn:調整中']],
    ['春の人事は内定しています', ['unofficial/undecided:warn:内定']],
    ['次のPR動画の出演者、ほぼ ないてい してます🤭', ['unofficial/undecided:warn:ないてい']],
    ['新しい観光船のデザイン、いま 検 討 中 🚤', ['unofficial/undecided:warn:検 討 中']],
    ['検\u200b討\u200b中の新事業', ['unofficial/undecided:warn:検\u200b討\u200b中']],
    ['市営駐車場、土日の無料化をｹﾝﾄｳﾁｭｳです🚗', ['unofficial/undecided:warn:ｹﾝﾄｳﾁｭｳ']],
    ['来年度から駐車場の有料化を検討しています。', ['unofficial/undecided:warn:検討しています']],
    ['まだ素案の段階ですが、新しいキャッチコピーは「水と詩のまち」です。', ['unofficial/undecided:warn:素案']],
    ['プールを廃止する方向で検討', ['unofficial/undecided:warn:廃止する方向']],
    ['料金を値上げする方向で調整中です。', ['unofficial/undecided:warn:方向で調整']],
    // Forecasts of an undecided matter.
    ['一部の会場が有料になる見込みです', ['unofficial/forecast:warn:見込み']],
    ['4月の人事異動で観光課長が交代する見込みです。', ['unofficial/personnel:warn:4月の人事異動で', 'unofficial/forecast:warn:見込み']],
    ['給食費の無償化は、来年度から実施される見通しです。', ['unofficial/forecast:warn:見通し']],
    ['次の市長選、現職が出馬しない可能性が高いです。', ['unofficial/forecast:warn:可能性が高']],
    ['1枚あたり10円ほど上がる方向です。', ['unofficial/forecast:warn:方向です']],
    ['有名タレントが来てくれる方向で話が進んでいます！', ['unofficial/forecast:warn:方向で話が']],
    ['私事ですが、4月から企画課へ異動になりそうです。', ['unofficial/forecast:warn:なりそうです']],
    ['来年度から市民プールが有料になるかも…？', ['unofficial/forecast:warn:なるかも']],
    ['新しいゆるキャラ、ほぼ決まりそうです！', ['unofficial/forecast:warn:ほぼ決まり']],
    ['来年度予算で、新しい体育館の建設費がつきそうです。', ['unofficial/forecast:warn:建設費がつきそうです']],
    ['新しいロゴの候補に、高校生の作品が挙がっています。', ['unofficial/forecast:warn:候補に、高校生の作品が挙が']],
    ['来年から有料になるようです。', ['unofficial/forecast:warn:なるようです']],
    // Unannounced matters, internal talk, personnel.
    ['未発表ですが、来年の花火大会は中止です。', ['unofficial/unannounced:warn:未発表ですが']],
    ['まだ正式には決まっていませんが、2校が対象です。', ['unofficial/unannounced:warn:まだ正式には決まっていませんが']],
    ['返礼品に川下り貸切プランを加える案が出ています🚣', ['unofficial/unannounced:warn:案が出て']],
    ['庁内で、ごみ袋の値上げが議論されています。', ['unofficial/unannounced:warn:庁内で']],
    ['市長は出馬しないのでは、という見方が庁内で広がっています。', ['unofficial/unannounced:warn:庁内で広が']],
    ['正式発表が待ち遠しいです。', ['unofficial/unannounced:warn:正式発表が待ち遠し']],
    ['次の異動で、観光課長が企画課に行きます。', ['unofficial/personnel:warn:次の異動で']],
    ['4月から観光課に異動する予定です。', ['unofficial/personnel:warn:異動する予定']],
    // Rumours and hearsay in every ending.
    ['ここだけの話ですが', ['unofficial/rumour:warn:ここだけの話']],
    ['関係者によると来月発表です', ['unofficial/rumour:warn:関係者によると']],
    ['図書館が統合されるとの噂があります。', ['unofficial/rumour:warn:噂']],
    ['駅前に店ができるらしいです', ['unofficial/rumour:warn:できるらしい']],
    ['駅前の再開発、どうやら来年の秋に着工らしいです。', ['unofficial/rumour:warn:着工らしい']],
    ['コロナってただの風邪だったらしいクリ～', ['unofficial/rumour:warn:風邪だったらしい']],
    ['来年から有料になる ら し い よ', ['unofficial/rumour:warn:なる ら し い']],
    ['来年から川下りの料金が上がるんだってニャ', ['unofficial/rumour:warn:上がるんだって']],
    ['新しい道の駅、大和町にできるってさ！', ['unofficial/rumour:warn:できるってさ']],
    ['市役所の移転、どうやら決まったみたいです。', ['unofficial/rumour:warn:決まったみたい']],
    ['来年の花火大会は中止になるそうです。', ['unofficial/rumour:warn:なるそうです']],
    ['駅前にカフェができるって話を聞きました。', ['unofficial/rumour:warn:って話を聞']],
    ['来年から駐車場が有料になると聞きました。', ['unofficial/rumour:warn:と聞きました']],
    ['来年度、市民プールは有料になるとか。', ['unofficial/rumour:warn:なるとか']],
    ['図書館の移転、決まったっぽい', ['unofficial/rumour:warn:決まったっぽい']],
  ]
  it.each(invalid)('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toEqual(expected)
  })

  const valid = [
    // The reader's consideration, a schedule to be fixed, public comment on a draft.
    '移住を検討中の方へ、補助金のご案内です',
    '移住を検討している方向けのセミナーです。',
    'ご検討ください',
    '住宅の購入をご検討中の皆さまへ',
    '日程は調整中です。決まり次第お知らせします。',
    '詳細は現在調整中です。',
    '全国の祭りへの参加を検討中。',
    '「柳川市総合計画（素案）」への意見を募集します。',
    '市では、今後の指針となる計画の素案を取りまとめました。ご意見をお寄せください。',
    '高校生の就職内定率が過去最高となりました。',
    '応募作品は未発表のものに限ります。',
    // Announced plans and decisions.
    '予定：5月3日 10時〜12時 市民会館',
    '【予定】11月1日 白秋祭開催',
    '白秋祭は11月1日から3日まで開催します。',
    '令和6年度予算が議会で可決されました',
    '検討した結果、図書館の開館時間を1時間延長することが決まりました。',
    '令和7年4月1日付の人事異動を市ホームページで公表しました。',
    '新市長の就任式を4月1日に行います。',
    '新しい観光大使が決定しました！',
    // Forecasts about weather, crowds, works, population.
    '天気予報では、明日は雨の見込みです。',
    '当日は大変な混雑が見込まれます。',
    '工事は3月末に完了する見込みです。',
    '柳川の人口は今後も減少する見通しです。',
    '当日は雨天中止の可能性があります。',
    '状況により内容が変更になる可能性があります。',
    '保育士資格の取得見込みの方も応募できます。',
    '楽しいイベントになりそうです！',
    '明日は晴れそうですね。',
    '今年の新のりは、例年より早く出回りそうです。',
    '駅の方向です。',
    // らしい that is "typical of", みたい that is "like", hearsay that is tradition or has a named source.
    '柳川らしい初夏の風景です。',
    '春らしい陽気ですね。',
    '素晴らしいです',
    '素晴らしい演奏でした。',
    'めずらしいです',
    '新しいです',
    '可愛らしいさげもんです',
    '今度、川下りに乗ってみたいです。',
    '夢みたいな時間でした。',
    '子どもみたいにはしゃいでしまいました。',
    'さげもんの「うさぎ」には願いが込められてるんだって🐰 #豆知識',
    'うなぎのせいろ蒸しは江戸時代から続く名物なんだって！',
    '白秋は幼いころ、この掘割で遊んでいたそうです。',
    '気象台によると、今夜から雨が強まるそうです。',
    '船頭さんによると、今年は鴨がたくさん来ているそうです。',
    '参加者からは「楽しかった」と聞きました。',
    '市民の方から、掘割がきれいになったと聞きました。',
    'JKの間で川下りがバズってるってマ？',
    '「市内全域に避難指示が出た」という情報が出回っていますが、誤りです。',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text))).toEqual([])
  })
})
