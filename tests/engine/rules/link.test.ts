import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, mergePolicy } from '../../../src/engine'
import { hostMatches, isLookalike, isPublicBody, link } from '../../../src/engine/rules/link'
import { findingsOf, summary } from '../helpers'

describe('link (6(1))', () => {
  const invalid: Array<[string, string[]]> = [
    // someone's own channel presented as the source to trust
    ['子育ての工夫を発信している方のYouTubeチャンネルが参考になります。https://www.youtube.com/@kosodate-mama', ['link/personal-source:warn:https://www.youtube.com/@kosodate-mama']],
    // the named operator's own page given for what it runs is a note; a bare link or a shop's page is a warning
    ['堀川バスのダイヤ改正は、堀川バスのホームページ（https://www.horikawabus.co.jp/）でご確認ください。', ['link/third-party:info:https://www.horikawabus.co.jp/']],
    ['観察会の詳細は、NPO法人ひがたの会のホームページ https://higata-no-kai.org/ をご覧ください。', ['link/third-party:info:https://higata-no-kai.org/']],
    // an institution's service named by its title before the link (round 38); a shop's or an unnamed page stays a warning
    ['がん検診の詳しい内容は、国立がん研究センターの「がん情報サービス」もご覧ください。 https://ganjoho.jp/', ['link/third-party:info:https://ganjoho.jp/']],
    ['楽天の「ふるさと納税」で購入できます https://item.rakuten.co.jp/x', ['link/third-party:warn:https://item.rakuten.co.jp/x']],
    ['こちらの「まとめサイト」をご覧ください https://matome.example.com/', ['link/third-party:warn:https://matome.example.com/']],
    ['詳しくはこちらのページ https://example.com/ をご覧ください。', ['link/third-party:warn:https://example.com/']],
    ['購入は楽天市場のページ（https://item.rakuten.co.jp/x/）からどうぞ。', ['link/third-party:warn:https://item.rakuten.co.jp/x/']],
    ['今日の一枚は @kumi_photo_yng さん（一般の方）の作品です📸 #柳川 #堀割', ['link/personal-source:warn:@kumi_photo_yng']],
    ['素敵な写真は @kaori_photo_0512 さん（一般の方）の投稿からお借りしました！ぜひフォローを', ['link/personal-source:warn:@kaori_photo_0512']],
    // a shortener with its dot spaced out; a person's account presented by who they are
    ['白秋祭の交通規制図は ow .ly/Zx9q50Rt から。', ['link/shortener:warn:ow .ly/Zx9q50Rt']],
    ['このインスタグラマーさんの柳川の写真がとても素敵です→ instagram.com/miki_yanagawa_life', ['link/personal-source:warn:instagram.com/miki_yanagawa_life']],
    ['船頭の山田さん（個人）のYouTubeチャンネルもぜひ！ https://www.youtube.com/@sendou-yamada', ['link/personal-source:warn:https://www.youtube.com/@sendou-yamada']],
    ['詳細は https://bit.ly/abc', ['link/shortener:warn:https://bit.ly/abc']],
    ['t.co/xyz を参照', ['link/shortener:warn:t.co/xyz']],
    ['https://example.com/page', ['link/third-party:warn:https://example.com/page']],
    ['ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ', ['link/third-party:warn:ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ']],
    ['https://city-yanagawa.com', ['link/lookalike:block:https://city-yanagawa.com']],
    ['https://city.yanagawa.fukuoka.jp.evil.com/', ['link/lookalike:block:https://city.yanagawa.fukuoka.jp.evil.com/']],
    ['https://xn--eckwd4c7c.xn--zckzah/', ['link/lookalike:block:https://xn--eckwd4c7c.xn--zckzah/']],
    ['https://city.evil.co.jp/', ['link/third-party:warn:https://city.evil.co.jp/']],
    ['http://www.city.kurashiki.okayama.jp/', ['link/insecure:info:http://www.city.kurashiki.okayama.jp/']],
    // URLs right after any character
    ['こちらhttps://example.com/a', ['link/third-party:warn:https://example.com/a']],
    ['プログラムはこちら→https://bit.ly/3xYn8Kq', ['link/shortener:warn:https://bit.ly/3xYn8Kq']],
    ['▶https://tinyurl.com/abc', ['link/shortener:warn:https://tinyurl.com/abc']],
    ['（https://example.jp/a）', ['link/third-party:warn:https://example.jp/a']],
    // bare, full-width, spaced and defanged
    ['詳しくはbit.ly/xxxをご覧', ['link/shortener:warn:bit.ly/xxx']],
    ['ｂｉｔ．ｌｙ／３ｋＰ２ｘＱｍ から', ['link/shortener:warn:ｂｉｔ．ｌｙ／３ｋＰ２ｘＱｍ']],
    ['詳細は bit . ly / 4Rz9Tqe をご覧ください。', ['link/shortener:warn:bit . ly / 4Rz9Tqe']],
    ['h t t p s : / / b i t . l y / a b c', ['link/shortener:warn:h t t p s : / / b i t . l y / a b c']],
    ['hxxps://example[.]com/a', ['link/third-party:warn:hxxps://example[.]com/a']],
    ['example(dot)com/abc', ['link/third-party:warn:example(dot)com/abc']],
    ['公式情報は city-yanagawa．com に掲載', ['link/lookalike:block:city-yanagawa．com']],
    ['https://maps.app.goo.gl/AbC123xyzQ', ['link/shortener:warn:https://maps.app.goo.gl/AbC123xyzQ']],
    ['申込フォーム：forms.gle/AbCdEf', ['link/shortener:warn:forms.gle/AbCdEf']],
    // blind R168A-021 kind: amzn.to is Amazon's associate shortener, an affiliate link (block), not only a shortener
    ['チケットはこちら amzn.to/3abcXYZ', ['link/affiliate:block:amzn.to/3abcXYZ']],
    ['Amazonの共有リンク amzn.asia/d/3abcXYZ', ['link/shortener:warn:amzn.asia/d/3abcXYZ']],
    ['bit[.]ly/abc', ['link/shortener:warn:bit[.]ly/abc']],
    ['bit。ly/abc をご覧', ['link/shortener:warn:bit。ly/abc']],
    ['ｂｉｔ\u200b．ｌｙ／ａｂｃ', ['link/shortener:warn:ｂｉｔ\u200b．ｌｙ／ａｂｃ']],
    ['https://www.city.yanagawa.fukuoka.jp.info-japan.com/', ['link/lookalike:block:https://www.city.yanagawa.fukuoka.jp.info-japan.com/']],
    // look-alike spellings of a trusted name: vv for w, rn for m, 1 for l, 0 for o, one typo, name+city
    ['市の公式サイトはこちら https://www.city.yanagavva.fukuoka.jp/', ['link/lookalike:block:https://www.city.yanagavva.fukuoka.jp/']],
    ['申請はこちらから https://city.yanagawa-fukuoka.jp/form', ['link/lookalike:block:https://city.yanagawa-fukuoka.jp/form']],
    ['詳細：www.city.yanagwa.fukuoka.jp/kurashi', ['link/lookalike:block:www.city.yanagwa.fukuoka.jp/kurashi']],
    ['給付金の受付は https://yanagawa-city.com/kyufu で', ['link/lookalike:block:https://yanagawa-city.com/kyufu']],
    ['柳川市の特設ページ → https://www.yanagawashi.jp/event', ['link/lookalike:block:https://www.yanagawashi.jp/event']],
    ['公式ページ：ｈｔｔｐｓ：／／ｗｗｗ．ｃｉｔｙ．ｙａｎａｇａｖｖａ．ｆｕｋｕｏｋａ．ｊｐ／', ['link/lookalike:block:ｈｔｔｐｓ：／／ｗｗｗ．ｃｉｔｙ．ｙａｎａｇａｖｖａ．ｆｕｋｕｏｋａ．ｊｐ／']],
    ['市のFacebookはこちら https://www.faceb00k.com/yanagawa.city', ['link/lookalike:block:https://www.faceb00k.com/yanagawa.city']],
    ['写真はインスタで https://instagrarn.com/yanagawa_official', ['link/lookalike:block:https://instagrarn.com/yanagawa_official']],
    ['最新情報は https://twltter.com/yanagawa_city で', ['link/lookalike:block:https://twltter.com/yanagawa_city']],
    ['特設サイト https://city.yanaqawa.fukuoka.jp/hakushu', ['link/lookalike:block:https://city.yanaqawa.fukuoka.jp/hakushu']],
    ['キャンペーン詳細 https://yanagavva-kanko.com/', ['link/lookalike:block:https://yanagavva-kanko.com/']],
    // a shortener with a space or 、・ for its dot; someone's SNS named by the network
    ['詳細は bit ly/3abcd をご覧ください', ['link/shortener:warn:bit ly/3abcd']],
    ['詳細は tinyurl・com/abc123 へ', ['link/shortener:warn:tinyurl・com/abc123']],
    ['最新の開花情報は、フォロワーさんのインスタ https://www.instagram.com/hana_yng22/ を見てね！', ['link/personal-source:warn:https://www.instagram.com/hana_yng22/']],
    // the structural part spelt with look-alike letters, another top-level domain, a brand under another TLD
    ['詳しくは https://www.clty.yanagawa.fukuoka.jp/ へ', ['link/lookalike:block:https://www.clty.yanagawa.fukuoka.jp/']],
    ['給付の案内 https://www.clty-yanagawa.jp/', ['link/lookalike:block:https://www.clty-yanagawa.jp/']],
    ['詳しくは https://city.yanagawa.fukuoka.ip/ へ', ['link/lookalike:block:https://city.yanagawa.fukuoka.ip/']],
    ['公式Xは https://x.corn/yanagawa_city', ['link/lookalike:block:https://x.corn/yanagawa_city']],
    ['公式Xは https://twitter.co/yanagawa_city', ['link/lookalike:block:https://twitter.co/yanagawa_city']],
    ['申請 https://www-city-yanagawa.jp/kyufu', ['link/lookalike:block:https://www-city-yanagawa.jp/kyufu']],
    ['https://note.com/kumiko_trip/n/n1a2b', ['link/personal-source:warn:https://note.com/kumiko_trip/n/n1a2b']],
    ['地元の写真家さんのアカウントが一番きれい https://www.instagram.com/photo_yng/', ['link/personal-source:warn:https://www.instagram.com/photo_yng/']],
    // personal blogs and private accounts presented as the source to trust
    ['こちらのブログが一番正確です→ https://ameblo.jp/tabi-mama/entry-1.html', ['link/personal-source:warn:https://ameblo.jp/tabi-mama/entry-1.html']],
    ['https://yanagawa-matome.blog.jp/archives/1.html', ['link/personal-source:warn:https://yanagawa-matome.blog.jp/archives/1.html']],
    ['最新の運航状況はこの方のアカウントで確認できます。https://x.com/donko_fan88/status/1', ['link/personal-source:warn:https://x.com/donko_fan88/status/1']],
    ['@gourmet_fan さんの投稿がいちばん正確です https://www.instagram.com/gourmet_fan/', ['link/personal-source:warn:https://www.instagram.com/gourmet_fan/']],
    // a private person's video or post presented by what they made
    ['地元の方が撮られた動画がとてもきれいでした。\nhttps://www.youtube.com/watch?v=Qx7dK2pLm9A', ['link/personal-source:warn:https://www.youtube.com/watch?v=Qx7dK2pLm9A']],
    ['観光客の方が投稿してくださった写真です https://www.instagram.com/p/Cx1abc/', ['link/personal-source:warn:https://www.instagram.com/p/Cx1abc/']],
    ['西堀川の今の様子です（近くにお住まいの方が撮影された動画）→ https://www.youtube.com/watch?v=Qd81xRw0pLk', ['link/personal-source:warn:https://www.youtube.com/watch?v=Qd81xRw0pLk']],
    // a private account named by its handle: what it posted, whom to ask, a staff member's own account; a YouTuber's video
    ['@unagi_lover_88 さんの掘割の写真がとても素敵なので、ぜひご覧ください！', ['link/personal-source:warn:@unagi_lover_88']],
    ['詳しいことは、ボランティア仲間の @yuki_smile_0312 さんに聞いてみてください！', ['link/personal-source:warn:@yuki_smile_0312']],
    ['川下りの様子は、担当者の個人アカウント（@mika_yngw_days）でもたくさん紹介しています。', ['link/personal-source:warn:@mika_yngw_days']],
    ['このYouTuberさんの解説がいちばんわかりやすかったです https://youtu.be/Xk3pQ9mVtA', ['link/personal-source:warn:https://youtu.be/Xk3pQ9mVtA']],
    // a LINE group invitation: a private group, whoever runs it
    ['参加者の連絡用グループはこちら→ https://line.me/ti/g2/AbCd3fGh1JkLmN', ['link/personal-source:warn:https://line.me/ti/g2/AbCd3fGh1JkLmN']],
  ]
  it.each([
    ['「bit.ly」などの短縮URLは使いません', ['link/shortener:info:bit.ly']],
    ['city-yanagawa.comを装った偽サイトにご注意ください', ['link/lookalike:info:city-yanagawa.com']],
  ] as Array<[string, string[]]>)('notes a domain named as an example: %s', (text, expected) => {
    expect(summary(findingsOf(link, text))).toEqual(expected)
  })
  it.each(invalid)('flags %s', (text, expected) => {
    expect(summary(findingsOf(link, text))).toEqual(expected)
  })
  const valid = [
    // designated public bodies
    '献血の会場や日程は、日本赤十字社のホームページで確認できます。https://www.jrc.or.jp/donation/',
    '市の公式YouTubeチャンネルで配信している動画はこちら https://www.youtube.com/@yanagawa-city',
    '市の公式YouTubeで、地元の方が出演した動画を公開しました。\nhttps://www.youtube.com/watch?v=Qx7dK2pLm9A',
    '柳川市公式YouTubeチャンネル https://www.youtube.com/@yanagawacity',
    '柳川市公式LINEはこちら https://line.me/R/ti/p/@yanagawa',
    '福岡県の公式観光サイトでも紹介されています。https://www.crossroadfukuoka.jp/',
    // a city's or a prefecture's 社会福祉協議会 under or.jp (blind JC-072 kind): not a look-alike of shakyo.or.jp, and trusted
    '災害ボランティアセンターの受付は柳川市社会福祉協議会が行っています。https://www.yanagawa-shakyo.or.jp/saigai/',
    '福岡県社会福祉協議会 https://www.fukuoka-shakyo.or.jp/',
    // designated public institutions' service pages (timetables, outages, road closures): trusted by default
    '西鉄柳川駅から乗船場までは西鉄バスで約10分です。\n○時刻表：https://www.nishitetsu.jp/',
    '停電の状況は九州電力送配電の停電情報でご確認ください。https://www.kyuden.co.jp/td_teiden/',
    '高速道路の通行止め情報はこちら https://www.w-nexco.co.jp/traffic_info/',
    'JR鹿児島本線の運行状況 https://www.jrkyushu.co.jp/trains/info/',
    "Planning a trip to Kyushu? JNTO's official guide 👉 https://www.japan.travel/en/",
    '@taro さん、ご質問ありがとうございます',
    '詳しくは市の公式アカウント @yanagawa_city にお問い合わせください',
    '市の公式動画です https://youtu.be/Xk3pQ9mVtA',
    '柳川市観光協会の公式アカウント @yanagawa_kanko もフォローしてね',
    'version 1. ly/abc',
    'https://www.city.yanagawa.fukuoka.jp/kurashi/',
    // real public bodies whose names are one letter from a trusted one are not look-alikes
    '神奈川県のページ https://www.pref.kanagawa.jp/docs/',
    '大川市 https://www.city.okawa.lg.jp/',
    'https://www.city.yanagawa.lg.jp/',
    // a slash between English words or times is not a spaced-out shortener
    '時間は 10 am/pm の 2回',
    '英語 to/from の区別',
    // other real bodies and the tourist association under their own names
    'みやま市 https://www.city.miyama.lg.jp/',
    '大川市 https://www.city.okawa.fukuoka.jp/',
    '気象庁 https://www.jma.go.jp/bosai/',
    'https://www.pref.fukuoka.lg.jp/',
    'https://www.city.kurashiki.okayama.jp/',
    'https://www.pref.kanagawa.jp/',
    'https://x.com/yanagawa_city',
    'メール koho@city.yanagawa.fukuoka.jp',
    '価格は1.5倍です',
    // the city's and public bodies' own accounts and pages
    '市の公式Xはこちら https://x.com/yanagawa_city',
    '気象庁のX https://x.com/JMA_kishou',
    '▶https://www.city.yanagawa.fukuoka.jp/',
    'みやま市の集合場所はこちら https://www.city.miyama.lg.jp/',
    'www.city.kurume.fukuoka.jp をご覧ください',
    // e-mail domains, versions, abbreviations and spaced words are not links
    'taro(at)gmail.com',
    'Ver.2.0 にアップデート',
    '午前10時 a.m. から',
    'S / M / L サイズ',
    'No.1のお店',
    '終わり。Next',
    'Wi-Fi.Free',
    '柳川市公式Instagram https://www.instagram.com/yanagawa_official/',
    'https://www.facebook.com/yanagawacity',
    'お問い合わせは kikaku@city.yanagawa.lg.jp まで',
  ]
  it.each(valid)('passes %s', (text) => expect(findingsOf(link, text)).toEqual([]))

  it('trusts domains added to the policy, wildcards included', () => {
    const policy = mergePolicy(DEFAULT_POLICY, { trustedDomains: [...DEFAULT_POLICY.trustedDomains, '*.yanagawa-kanko.jp'] })
    expect(findingsOf(link, 'https://www.yanagawa-kanko.jp/', { policy })).toEqual([])
  })
  it('knows public bodies', () => {
    expect(isPublicBody('www.city.yanagawa.fukuoka.jp')).toBe(true)
    expect(isPublicBody('city.evil.co.jp')).toBe(false)
    expect(isPublicBody('pref.evil.jp')).toBe(false)
    expect(hostMatches('a.b.example.jp', '*.example.jp')).toBe(true)
    expect(hostMatches('notexample.jp', 'example.jp')).toBe(false)
    expect(isLookalike('yanagawa-kanko.jp', DEFAULT_POLICY.trustedDomains)).toBe(false)
  })
})

describe('link/personal-source: a personal channel or video named as such (round 30)', () => {
  it.each([
    '救命講習の予習には、こちらの個人チャンネルの動画がわかりやすいです。https://www.youtube.com/@lifesaver_taro',
    '個人の動画ですが参考になります https://youtu.be/abc123',
    '個人のインスタに当日の写真がたくさんあります https://www.instagram.com/hanako_yng/',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(link, text)).some((x) => x.startsWith('link/personal-source'))).toBe(true)
  })
  it.each([
    '市の公式チャンネルで動画を公開しました。https://www.youtube.com/@yanagawacity',
    '個人情報の取り扱いについては https://www.city.yanagawa.fukuoka.jp/privacy/ をご覧ください。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(link, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('link (6(1)): a dot that ends an English word is prose, not a spaced domain (round 31)', () => {
  it.each(['詳しくは bit. ly/3abc をご覧ください。', '申込はこちら→tinyurl . com/xyz'])('flags %s', (text) => {
    expect(summary(findingsOf(link, text)).some((x) => x.startsWith('link/'))).toBe(true)
  })
  it.each([
    'English consultation is available on the second Saturday, from 10 a.m. to noon, at the office.',
    'Open 9 a.m. to 5 p.m. daily. Closed on Mondays.',
    'Please ask Dr. Tanaka at the clinic. It is on the 2nd floor.',
    'Evacuation shelters will open at 4 p.m. today. Please check the city website.',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(link, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('link/personal-source: an account described as someone acting on their own (個人で活動されている) (round 42)', () => {
  it.each([
    '保護猫の譲渡会情報は、個人で活動されているこちらのアカウントがいちばん詳しいです🐱👉 https://www.instagram.com/nekoneko_mama9284/',
    '個人で発信されている方のブログがまとまっています https://ameblo.jp/yng-neko/',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(link, text)).some((x) => x.startsWith('link/personal-source'))).toBe(true)
  })
  it.each(['個人で活動されている方も、市の補助金の対象になります。詳しくは https://www.city.yanagawa.fukuoka.jp/ をご覧ください。'])('passes %s', (text) => {
    expect(summary(findingsOf(link, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('link: a link given as the stated source, its institution named on the label, is a note (blind GL-050)', () => {
  it.each([
    '乳がんは日本人女性に最も多いがんです。\n\n出典：国立がん研究センター がん情報サービス\nhttps://ganjoho.jp/',
    '参考：日本気象協会「tenki.jp」 https://tenki.jp/',
    'データ：○○大学 地域防災研究所（https://bosai.example.ac.jp/）',
  ])('notes %s', (text) => {
    expect(summary(findingsOf(link, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  it.each([
    '参考：こちらのショップ https://shop.example.com/',
    '出典：まとめサイト https://matome.example.com/',
    '参考：株式会社○○の通販セール会場 https://sale.example.com/ 今なら半額で購入できます',
  ])('still warns on %s', (text) => {
    expect(findingsOf(link, text).some((f) => f.severity === 'warn')).toBe(true)
  })
})

describe('link/personal-source: someone named only by what they made or share (まとめてくださっている方), or a page set above the city’s own information (市の情報より見やすい) (blind R52A-116)', () => {
  it.each([
    '年末年始のごみ収集日を分かりやすくまとめてくださっている方がいます！市の情報より見やすいかも😊 https://x.com/gomi_matome_yngw/status/1867234509876123456',
    'ごみの分け方をイラストで解説してくれている人のインスタ、市のパンフより分かりやすいです👍 https://www.instagram.com/gomi_illust_chan/',
    '花火大会の穴場スポットを調べてまとめた方の投稿です。参考にどうぞ https://x.com/hanabi_fan_ygw/status/1234567890',
    '避難所の開設状況を地図にまとめてくださってる方がいらっしゃいます。市のホームページより早く更新されています https://x.com/bousai_map_kt/status/18000000001',
    '川下りの待ち時間ば毎日投稿しよる人がおるけん、見てみて〜 https://www.tiktok.com/@kawakudari_machi',
    'ごみ収集日の一覧、市の情報より見やすいです https://x.com/gomi_calendar_fan/status/1867234509876123499',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(link, text)).some((x) => x.startsWith('link/personal-source:warn'))).toBe(true)
  })
  it.each([
    'ごみ収集日は市の公式Xでもお知らせしています https://x.com/yanagawa_city',
    '年末年始のごみ収集日をまとめました。市のホームページをご覧ください https://www.city.yanagawa.fukuoka.jp/gomi/',
    'ごみ収集日のチラシを作ってくださった方、ありがとうございました！当日の様子はこちら https://www.instagram.com/p/Cabcdef1234/',
    '地域の見守りをしてくださっている方がいます。活動の様子は市の公式Xで紹介しています https://x.com/yanagawa_city/status/1867234509876123456',
    '市のホームページより見やすいカレンダーを作りました https://www.city.yanagawa.fukuoka.jp/gomi/calendar.html',
    '年末年始のごみ収集日を分かりやすくまとめてくださっている方がいます。ありがとうございます。',
    '写真を投稿した方の中から抽選で10名様に記念品を贈ります。当選発表はこちら https://www.instagram.com/p/Cxyz12345/',
    '動画を撮影した人の許可を得て、市の公式YouTubeで公開しています https://www.youtube.com/@yanagawacity',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(link, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('link/lookalike: a user part before @ dressed as the city’s domain, the host after it another (https://www.city.yanagawa.fukuoka.jp@example.info/) (blind R54A-021)', () => {
  it.each([
    // the miss
    '白秋祭の特設ページはこちらです。https://www.city.yanagawa.fukuoka.jp@hakushu-fes.info/2025',
    // plain http, no www
    '川下りの割引クーポンは http://city.yanagawa.fukuoka.jp@yanagawa-kanko.net/event から',
    // a port written in the user part (the host is after the @, not before the colon)
    '申込はこちら→https://www.city.yanagawa.fukuoka.jp:443@form-entry.jp/apply',
    // without a scheme
    'さげもんめぐりの詳細は www.city.yanagawa.fukuoka.jp@sagemon-event.com/2025 をご覧ください。',
    // dialect, the city's name alone before the @
    '給付金の申請はこちらやけん https://yanagawa-shiyakusho@kyufu-shinsei.net/form',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(link, text)).some((x) => x.startsWith('link/lookalike:block'))).toBe(true)
  })
  it.each([
    // an e-mail address; the city's own page; a user name in front of the city's own host; an address and a page side by side
    'お問い合わせは kanko@city.yanagawa.fukuoka.jp までお寄せください。',
    '白秋祭の特設ページはこちらです。https://www.city.yanagawa.fukuoka.jp/hakushu/2025/',
    'https://guest@www.city.yanagawa.fukuoka.jp/kanko/',
    'メールは info@hakushu-fes.info、特設ページは https://www.city.yanagawa.fukuoka.jp/hakushu/ です。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(link, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  it('notes a quoted example of such a link (a warning against fake URLs) as a mention', () => {
    const text = '「https://www.city.yanagawa.fukuoka.jp@hakushu-fes.info/」のような、@の前に市のドメインを入れた偽のURLにご注意ください。'
    expect(summary(findingsOf(link, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('link/personal-source: a private person’s live stream or broadcast presented as the source (個人の方のライブ配信が分かりやすい) (blind R54A-099)', () => {
  it.each([
    // the miss
    '【大雨警報】矢部川の水位の様子は、こちらの個人の方のライブ配信が分かりやすいです。https://www.youtube.com/live/Xk9pQ2mZ7aB',
    // a local person streaming a live camera
    '台風の様子は、地元の方が配信しているライブカメラが参考になります https://www.youtube.com/watch?v=abc123',
    // dialect, TwitCasting
    '矢部川の様子、近所の人がツイキャスで中継しとるけん見てみて https://twitcasting.tv/yabe_river',
    // 生配信, dialect ending
    '冠水の状況は、個人の方の生配信がいちばん早かです https://www.youtube.com/live/Kk7Jj6',
    // someone streaming on their own
    '【台風10号】避難の判断には、個人で配信されている方の中継映像が分かりやすいです https://www.youtube.com/watch?v=Ab3dE',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(link, text)).some((x) => x.startsWith('link/personal-source:warn'))).toBe(true)
  })
  it.each([
    // the city's own stream; a public body's camera; 個人の方 as applicants; the city streaming its event; readers turned away from such streams
    '【大雨警報】矢部川の水位は、市の公式YouTubeのライブ配信でご確認いただけます。https://www.youtube.com/live/Yk3abc',
    '【大雨警報】矢部川の水位は、国土交通省「川の防災情報」のライブカメラでご確認ください。https://www.river.go.jp/',
    '個人の方の申請はこちらから。https://www.city.yanagawa.fukuoka.jp/shinsei/',
    '白秋祭の水上パレードをライブ配信します！ https://www.youtube.com/live/Ab12Cd34',
    '【大雨】個人の方のライブ配信ではなく、国土交通省のライブカメラをご覧ください https://www.youtube.com/live/MLIT01',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(link, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('link (6(1)): a private person\'s account named by its @handle and recommended as the best or quickest source (blind R57A-134)', () => {
  // Kind: someone's own account (個人インスタ, 個人アカウント, ファンの方がやってる, 高校生の @… さん) given by @handle and recommended as where
  // to look (一番早いですよ, 一番詳しかです, いちばん正確です, 見ると早い): the city sending readers to an unchecked private source.
  it.each([
    '@tabi_yuri 夜の川下りの様子なら、私がいつも見てる船頭さんの個人インスタが一番早いですよ！ @sendo_taka_yng',
    '@q 川下りの運航状況なら、船頭仲間の個人アカウント @funa_taro が一番詳しかですよ！',
    '@q 桜の開花は、近所に住むカメラ好きの方のインスタ @sakura_cam_yng がいちばん正確です😊',
    '@q イベントの最新情報は、ファンの方がやってる @yng_matsuri_fan を見ると早いですよ！',
    '@q 花火の場所取り状況は、地元の高校生 @hanabi_kun さんのXが一番早いです。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(link, text, { mode: 'reply' })).some((x) => x.startsWith('link/personal-source:warn'))).toBe(true)
  })
  it.each([
    // an official account; an organisation's handle; 一番早い said of something else; no handle at all; readers turned to the official one
    '@q 最新の運航情報は、柳川市観光協会の公式インスタ @yanagawa_kanko が一番早いです。',
    '@q 運航情報は、柳川観光開発（@yanagawa_kk）のXが一番早いです。',
    '@q フォトコンテストの最優秀賞は @river_photo さんです。一番早い応募でした！',
    '@tabi_yuri 川下りの様子は、市の公式アカウントでも毎日お伝えしています。',
    '@q 船頭さんの個人インスタが一番早いと言われますが、運航情報は公式サイトでご確認ください。',
    '@q 運休情報は、個人のアカウントではなく公式アカウント @yanagawa_city が一番確実です。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(link, text, { mode: 'reply' })).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('link (6(1)): a bare link right after a label\'s colon in English prose (is here: ｔｉｎｙｕｒｌ．ｃｏｍ／…, Map:bit.ly/…) is read from after the colon (blind R59A-006)', () => {
  // Kind: a scheme-less link glued to the word before it by a colon (with or without a space, full-width or not): the colon ends the
  // label, so the host is the link's, not "here" or "Map".
  it.each([
    // the miss
    ['Typhoon evacuation map (English) is here: ｔｉｎｙｕｒｌ．ｃｏｍ／ｙｎｇｗ－ｅｖａｃ Please check where your shelter is before the typhoon comes.', 'link/shortener:warn'],
    // variants: half-width with no space, another shortener after a field label, full-width after Map, a third-party host after Info
    ['Shelter list:bit.ly/yng-shelter (updated 18:00)', 'link/shortener:warn'],
    ['Evacuation info → Details: is.gd/yngw01 Stay safe.', 'link/shortener:warn'],
    ['Ｍａｐ： ｂｉｔ．ｌｙ／ｙｎｇｍａｐ', 'link/shortener:warn'],
    ['Info: yanagawa-guide.example.com/events for the festival.', 'link/third-party:warn'],
  ])('flags %s', (text, rule) => {
    expect(summary(findingsOf(link, text)).some((x) => x.startsWith(rule))).toBe(true)
  })
  it.each([
    // hard negatives: times and abbreviations after a label's colon, the city's own site after Details:, the spaced scheme still one link
    'Time: 10:00 a.m. to 3:00 p.m. Place: City Hall, 2F.',
    'Opening hours: 9:00-17:00. Closed: Mondays and Dr. Smith\'s clinic day.',
    'Details: www.city.yanagawa.fukuoka.jp/kurashi/bousai/ Please check before the typhoon comes.',
    'Note: No.3 bus stops at the station. Ref: p.12 of the guide.',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(link, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('link (6(1)): blind R72A-098 — the writer\'s own acquaintance named as the owner of the linked page (友だちのVlog)', () => {
  // Kind: a friend, a colleague or a family member of the writer named as whose page, video or account the link is (友だちのVlog,
  // 知り合いのインスタ, 同僚のYouTubeチャンネル, 娘がTikTokに上げた動画): a private person's page shared as something to see, even on a
  // trusted network. Not readers invited in keigo (お友だちの投稿), not a word ending in one of these letters (工夫, 姉妹都市), not the
  // city's own channel.
  it.each([
    // the miss
    '柳川の二十歳のつどいを撮ってくれた友だちのVlog、めっちゃいい感じなのでシェア🎥✨ 会場の雰囲気が伝わるよ〜 👉 https://youtu.be/Xk3pQ9rT2mA?si=yngw_friend\n#柳川 #二十歳のつどい',
    // variants: a colleague's channel, an acquaintance's Instagram, a daughter's upload in dialect, a senior's vlog politely
    '同僚のYouTubeチャンネルで、川下りの動画が見られます https://www.youtube.com/@doryo_vlog',
    '知り合いのインスタに掘割の写真がたくさん！ https://www.instagram.com/shiriai_yng/',
    '娘がTikTokに踊ってみた動画ば上げとるけん見てね https://www.tiktok.com/@musume_dance',
    '職場の先輩の動画で、白秋祭の雰囲気をご覧いただけます。https://youtu.be/Ab12Cd34Ef5',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(link, text)).some((x) => x.startsWith('link/personal-source:warn'))).toBe(true)
  })
  it.each([
    // hard negatives: the city's channel with 友だち in another sense, a word ending in 夫 or 妹, readers invited in keigo
    '市公式YouTubeで、友だちと楽しめる動画を公開中です https://www.youtube.com/@yanagawa_city',
    '子育ての工夫の動画をまとめました https://www.youtube.com/@yanagawa_kosodate',
    '姉妹都市の紹介動画はこちら https://www.youtube.com/@sister_city_video',
    'お友だちの投稿もお待ちしています！ https://www.instagram.com/yanagawa_kosodate/',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(link, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('link (6(1)): blind R72A-143 — a private person\'s account, by its handle (full-width too), given as where news will appear', () => {
  // Kind: a private person's account named by its @handle (＠ｅｇｕｃｈｉ… full-width included) followed right after by what will be
  // published there (で速報されます, で随時発信します, からお知らせします): readers sent to it as the source. 公式 in a later sentence
  // (公式の結果は後日市ホームページに) is about another page. Not an organisation's or the city's account, not a person with nothing sent.
  it.each([
    // the miss
    '市民スポーツ大会の試合結果は、当日、審判長の江口さんの個人アカウント（＠ｅｇｕｃｈｉ＿ｒｅｆ＿ｐｒｉｖａｔｅ）で速報されます！公式の結果は後日市ホームページに掲載します。',
    // variants: half-width, another announcing verb with an adverb between, dialect, a private account in a bare mention
    '当日の様子は、実行委員の田中さんの個人アカウント（@tanaka_yng_private）で随時発信されます。',
    '審判の方の私的なアカウント　＠ｒｅｆ＿ｙａｍａｄａ　で結果をお知らせします！',
    '速報は船頭の古賀さんのインスタ（＠ｋｏｇａ＿ｓｅｎｄｏｕ）でお知らせしますばい！',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(link, text)).some((x) => x.startsWith('link/personal-source:warn'))).toBe(true)
  })
  it.each([
    // hard negatives: an organisation's official account, a committee's account with no person, readers turned to the official one,
    // a person named with nothing published there
    '大会の結果は、柳川市体育協会の公式アカウント（＠ｙａｎａｇａｗａ＿ｔａｉｋｙｏ）で速報されます！',
    '試合結果は、実行委員会のアカウント（@yng_sports）で速報します。',
    '個人アカウントでの速報はお控えください。公式結果は @yanagawa_city でお知らせします。',
    '審判長の江口さん（@eguchi_ref）は、今大会で20年目を迎えました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(link, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('link/personal-source: a quote post vouching for the private account it shares (この方の投稿が一番正確です) (blind R83A-008)', () => {
  // Kind: in a quote post the shared post is the link; the writer points at its author with a demonstrative (この方の投稿, この人の
  // ポスト, このアカウント, こちらの方のまとめ) and vouches for it as the source to trust (一番正確, いちばん詳しか, 最も確実, 参考に
  // なります): a private person's content passed on as reliable without the city having checked it (6(1)).
  it.each([
    ['今季ののり養殖の状況は、この方の投稿が一番正確でわかりやすいです。', 'link/personal-source:warn:この方の投稿が一番正確'],
    ['有明海の赤潮の状況は、この人のポストが一番参考になります！', 'link/personal-source:warn:この人のポストが一番参考になります'],
    ['クリークの水位のことなら、このアカウントの情報がいちばん詳しかです。', 'link/personal-source:warn:このアカウントの情報がいちばん詳しか'],
    ['川下りの運航状況は、こちらの方の投稿が最も確実です。', 'link/personal-source:warn:こちらの方の投稿が最も確実'],
    ['ハゼ釣りの釣果は、この方のまとめが断然わかりやすかですよ〜', 'link/personal-source:warn:この方のまとめが断然わかりやす'],
    ['白秋祭の混雑状況は、この方の発信が正確で信頼できます。', 'link/personal-source:warn:この方の発信が正確'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(link, text, { mode: 'quote' }))).toEqual([expected])
  })
  // Not a quote post; the author named without praise; praise doubted or denied; an official or public body's post; この方が read as
  // このほうが ("this way"); the city's own earlier post (この投稿) quoted; the words quoted as what someone wrote (a mention, info).
  it.each([
    ['今季ののり養殖の状況は、この方の投稿が一番正確でわかりやすいです。', 'post'],
    ['この方の投稿のとおり、今日は川下りの舟が増便しています。詳しくは市のホームページをご覧ください。', 'quote'],
    ['この方の投稿が正確かどうか、市では確認できていません。最新の情報は市のホームページでご確認ください。', 'quote'],
    ['この方の投稿は正確ではありません。正しくは市のホームページをご覧ください。', 'quote'],
    ['柳川市観光協会の公式アカウントのこの投稿が一番わかりやすいです！', 'quote'],
    ['福岡管区気象台のこの方の解説が一番正確です。', 'quote'],
    ['バスで行くより、この方が早いです。', 'quote'],
    ['先日お知らせしたこの投稿が一番わかりやすいので、あらためてご紹介します。', 'quote'],
    ['この方の写真、堀割の桜がとてもきれいですね。ありがとうございます！', 'quote'],
    ['「この方の投稿が一番正確です」といった書き込みを市が引用することはありません。', 'quote'],
  ] as Array<[string, 'post' | 'quote']>)('passes %s (%s)', (text, mode) => {
    expect(summary(findingsOf(link, text, { mode })).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('link/personal-source: a person named by what they do owns the linked account with a demonstrative between (…をされている方のこちらのアカウント) (blind R84A-117)', () => {
  // Kind: a private person named only by the activity they run or do (親の会をされている方, 保護活動をしとる人, 食堂を運営なさっている方),
  // then のこちらの / のこの before their account, and the account's URL given as the source to trust (一番詳しくて正確です): someone's
  // personal account passed on as the city's word, unchecked (6(1)).
  it.each([
    'ひきこもり支援の最新情報は、当事者の親の会をされている方のこちらのアカウントが一番詳しくて正確です👉 https://x.com/hikikomori_oya_yng',
    '不登校のことは、親の会を主宰されている方のこのアカウントがとても詳しかです👉 https://x.com/futoko_oya_yng',
    '地域猫のことは、保護活動をしとる人のこのインスタが一番早かよ https://www.instagram.com/neko_yng',
    '子ども食堂の情報なら、食堂を運営なさっている方のこちらのXが分かりやすいです。https://x.com/kodomo_shokudo_yng',
  ])('flags %s', (text) => {
    expect(findingsOf(link, text).map((f) => `${f.rule}:${f.severity}`)).toEqual(['link/personal-source:warn'])
  })
  // The city's own account, an organisation's account, a desk on the city's site, and the person's account said not to be the city's.
  it.each([
    'ひきこもり支援の最新情報は、市の公式アカウントが一番詳しいです👉 https://x.com/yanagawa_city',
    '子育て支援をしているNPO法人のこちらのアカウントもご覧ください https://x.com/npo_kosodate_yng',
    'ひきこもり支援の相談は、支援を担当している方のこちらの窓口へ。https://www.city.yanagawa.fukuoka.jp/soudan/',
    '当事者の親の会をされている方のこちらのアカウントは、市の情報ではありません。https://x.com/hikikomori_oya_yng',
  ])('passes %s', (text) => {
    expect(findingsOf(link, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('link: blind R90A-133, readers sent to a locked or private account (鍵アカ @… でも流してもらっています。フォロー申請してみてください)', () => {
  // Kind: an account said to be locked or private (鍵アカ, 鍵垢, 鍵付きアカウント, 非公開アカウント, 承認制) right before or after its handle or
  // link, or readers told to send it a follow request (フォロー申請して, フォローリクエストを送って): only its owner decides who reads it, so it
  // is no place for the city's information. Clean: a denial (鍵アカではありません, フォロー申請は不要), the word in another sentence than the account.
  it.each([
    ['学校再編の保護者向け情報は、蒲生川中PTAの鍵アカ @gamo_pta_naibu でも流してもらっています。フォロー申請してみてください。', 'link/personal-source:warn:@gamo_pta_naibu'],
    ['部活の連絡は、保護者会の非公開アカウント（@kamachi_fb_hogosha）で回しています。フォローリクエストを送ってください。', 'link/personal-source:warn:@kamachi_fb_hogosha'],
    ['詳しい日程は@yng_taiiku_ob（鍵垢）に載せとるけん、フォロー申請してね！', 'link/personal-source:warn:@yng_taiiku_ob'],
    ['最新の練習予定はこちらの鍵付きアカウントで共有しています https://www.instagram.com/oki_minibas_team/ 承認制なので申請をお願いします。', 'link/personal-source:warn:https://www.instagram.com/oki_minibas_team/'],
    ['地区の役員会の議事録は @ohkawa_yakuin に上がっています。フォロー申請をお願いします。', 'link/personal-source:warn:@ohkawa_yakuin'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(link, text))).toContain(expected)
  })
  it.each([
    '観光情報は @yanagawa_kanko でも発信しています。鍵アカではありませんので、どなたでもご覧いただけます。',
    '鍵アカウントからのご質問にはお答えできない場合があります。最新情報は @yanagawa_city_pr をフォローしてご確認ください。',
    'フォロー申請は不要です。@yanagawa_bousai をフォローすると防災情報が届きます。',
    'お子さんのSNSは鍵アカにしておくと安心です。詳しくは @yanagawa_kyouiku の投稿をご覧ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(link, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('link: blind R91A-089, a quoted thread vouched for by who made it (反対する会の方がまとめてくださったこのスレッドが、いちばん正確)', () => {
  // Kind: in a quote post, the thing shared named by its maker and a demonstrative (…の方がまとめてくださったこのスレッド, 地元の方が作ってくれた
  // このまとめ, 写真家さんが投稿しとったこのポスト, 愛好会の皆さんが整理してくださったこちらの年表) and vouched for as the source to trust.
  // Clean: the city's or the writer's own (市がまとめた, 私たちが作った), a thread corrected, a thread the city posts in.
  it.each([
    ['反対する会の方がまとめてくださったこのスレッドが、いちばん正確で分かりやすいです。計画の経緯を知りたい方はこちらを👇 https://x.com/no_sanpai_yng/status/1851234567890123456', 'link/personal-source:warn:このスレッドが、いちばん正確'],
    ['地元の方が作ってくれたこのまとめが、どこよりも詳しいですよ。', 'link/personal-source:warn:このまとめが、どこよりも詳しい'],
    ['水害のときの様子は、写真家さんが投稿しとったこのポストが一番正確やけん、見てみて。', 'link/personal-source:warn:このポストが一番正確'],
    ['川下りの歴史は、愛好会の皆さんが整理してくださったこちらの年表が信頼できます。', 'link/personal-source:warn:こちらの年表が信頼できます'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(link, text, { mode: 'quote' }))).toContain(expected)
  })
  it.each([
    '市がまとめたこのスレッドが、いちばん分かりやすいと思います。',
    '私たちが作ったこのマップが一番詳しいので、ぜひご覧ください。',
    '反対する会の方がまとめてくださったこのスレッドについては、事実と異なる点があります。',
    'このスレッドで、説明会の日程をお知らせします。',
  ])('passes %s', (text) => {
    expect(findingsOf(link, text, { mode: 'quote' }).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('link: blind R92A-138, a quote post vouching for one resident\'s live report (こちらの利用者さんの実況がいちばん早くて正確です)', () => {
  // Kind: a private person named by a demonstrative and what they are to the service (こちらの利用者さん, このご近所の方, この地元の人, こちらの
  // 常連さん, こちらの乗客さん), their live report (実況, レポ, 速報) vouched for as the quickest or most accurate source: someone else's post
  // shared as the city's word (6(1)). With the post's link on a social network the link is the finding; without, the vouching words.
  // Clean: the city's own account (公式アカウントの実況), a role with no one shared, a thanks, the vouching taken back, a broadcaster.
  it.each([
    ['移動図書館の今日の到着時刻は、こちらの利用者さんの実況がいちばん早くて正確です📣 https://x.com/mizunowa_watch/status/1856123498765432101', 'link/personal-source:warn:https://x.com/mizunowa_watch/status/1856123498765432101'],
    ['コミュニティバスの遅れ情報は、このご近所の方の実況がいちばん確実です https://x.com/bus_watcher_y/status/1856123498765432102', 'link/personal-source:warn:https://x.com/bus_watcher_y/status/1856123498765432102'],
    ['花火大会の混雑状況は、こちらの常連さんのレポが一番くわしかですよ！ https://x.com/hanabi_fan88/status/1856123498765432103', 'link/personal-source:warn:こちらの常連さんのレポが一番くわしか'],
    ['朝市の出店状況なら、この地元の人の速報が正確です。 https://x.com/asaichi_kun/status/1856123498765432104', 'link/personal-source:warn:この地元の人の速報が正確'],
    ['ひまわり号の運行状況は、こちらの乗客さんの実況が早くて正確ですね。', 'link/personal-source:warn:こちらの乗客さんの実況が早くて正確'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(link, text, { mode: 'quote' }))).toContain(expected)
  })
  it.each([
    '移動図書館の今日の到着時刻は、図書館公式アカウントの実況がいちばん早くて正確です📣 https://x.com/yanagawa_lib/status/1856123498765432105',
    '利用者さんの実況はありがたいですが、到着時刻は図書館の公式情報でご確認ください。',
    '移動図書館の利用者さんからいただいた感想です。いつもありがとうございます！',
    'こちらの利用者さんの実況が一番正確…とは限りませんので、到着時刻は公式情報でご確認ください。',
    'その参加者の方は、会場までの道順を正確に覚えていらっしゃいました。',
    'NHKの実況中継がいちばん早くて正確です。',
  ])('passes %s', (text) => {
    expect(findingsOf(link, text, { mode: 'quote' }).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('link: blind R99A-102, a colleague\'s or a friend\'s handle sent readers to (同期の @… のアカウントがとても参考になります)', () => {
  // Kind: a handle set in the owner's slot right after a colleague or an acquaintance and の (同期の @…, 同僚の@…, 後輩くんの @…, 係長の @…):
  // a staff member's or a friend's private account, and the post sends readers to it (参考になります, おすすめ, フォローして, 見てみて).
  // Clean: the handle only named beside what was done (ランチに行きました), an organisation's handle, a word that only ends in one of these
  // (姉妹都市の), a colleague named away from the handle.
  it.each([
    ['ノー残業デーの過ごし方は、同期の @yng_taro_private のアカウントがとても参考になります！毎週水曜、定時後の柳川グルメを紹介してくれてます🍜', 'link/personal-source:warn:@yng_taro_private'],
    ['川下りの写真なら、同僚の@kawa_photo_y の投稿がおすすめです📷', 'link/personal-source:warn:@kawa_photo_y'],
    ['うちの係長の @kakaricho_gohan、毎日お弁当を載せとるけん見てみて！', 'link/personal-source:warn:@kakaricho_gohan'],
    ['後輩くんの @yng_hanako_22 をぜひフォローしてあげてください✨', 'link/personal-source:warn:@yng_hanako_22'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(link, text))).toContain(expected)
  })
  it.each([
    '同期の @yng_taro_private とランチに行きました。',
    '@yanagawa_kanko の投稿もチェックしてください。',
    '姉妹都市の @sister_city_official の投稿をご覧ください。',
    '市民課の職員が、柳川観光協会（@yanagawa_kanko）のイベントを手伝いました。',
    '同期の職員と一緒に、@yanagawa_kanko の取材を受けました。',
  ])('passes %s', (text) => {
    expect(findingsOf(link, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('link: blind R101A-057, a quote post vouching for a private role\'s account, set above the official one (この保護者の方のアカウントが公式より早いです)', () => {
  // Kind: a demonstrative (この, その, こちらの) + a private role (保護者の方, 利用者さん, ファンの方, 地元の人, 卒業生の方) + のアカウント/の投稿,
  // vouched for as the source: quicker, more accurate or more detailed than the official one (公式より早い, 市のホームページより詳しか), handy
  // (便利です) or worth following (フォローしておくと, フォローしてみてください). 公式 named only as what it is set above is no official source.
  // With the post's link on a social network the link is the finding; without, the vouching words.
  it.each([
    ['中体連の試合速報なら、この保護者の方のアカウントが公式より早いです。フォローしておくと便利ですよ https://x.com/yanagawa_bukatsu_fan/status/1851234567890123456', 'link/personal-source:warn:https://x.com/yanagawa_bukatsu_fan/status/1851234567890123456'],
    ['ソフトボール大会の結果なら、その保護者さんの投稿が市のホームページより詳しかですよ。', 'link/personal-source:warn:その保護者さんの投稿が市のホームページより詳しか'],
    ['吹奏楽コンクールの速報は、こちらの卒業生の方のアカウントが一番早いです！', 'link/personal-source:warn:こちらの卒業生の方のアカウントが一番早い'],
    ['雨天中止の連絡は、この地元の人の投稿が学校の連絡より正確ばい。', 'link/personal-source:warn:この地元の人の投稿が学校の連絡より正確'],
    ['この利用者さんのアカウント、フォローしておくと便利です。', 'link/personal-source:warn:この利用者さんのアカウント、フォローしておく'],
    ['白秋祭の舟の運行は、こちらのファンの方の投稿をフォローしてみてください。', 'link/personal-source:warn:こちらのファンの方の投稿をフォローしてみて'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(link, text, { mode: 'quote' }))).toContain(expected)
  })
  it.each([
    'この保護者の方のアカウントは、市とは関係ありません。公式の情報は市のホームページをご覧ください。',
    '公式より早い情報はありません。この保護者の方の投稿ではなく、市のホームページでご確認ください。',
    'こちらの利用者さんの投稿にもあるとおり、公式アカウントでも速報しています。',
    'この利用者さんのアカウントが便利かどうかは、市では判断できません。',
    '柳川市観光協会の公式アカウントのこの投稿が一番わかりやすいです！',
  ])('passes %s', (text) => {
    expect(findingsOf(link, text, { mode: 'quote' }).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('link: blind R100A-101, readers sent to a private person\'s LINE (店主さん個人のLINEから予約するのが確実です, line.me/ti/p/…)', () => {
  // Kind: a private person's LINE given as the window for bookings or contact: a friend-add link with no @ after ti/p/ (a person's own
  // account; an official account's reads line.me/R/ti/p/@… or %40…), or any LINE link or the words 個人の/私用の/プライベートのLINE with
  // readers sent there (予約, 連絡, 追加, ID). Clean: the city's official LINE, the private LINE turned away (ではなく, 受け付けておりません),
  // a quoted warning (a mention), LINE スタンプ.
  it.each([
    ['【うなぎのせいろ蒸し 予約のコツ】\n\n沖端の人気店「川べり亭」さんは電話がつながりにくいので、店主さん個人のLINEから予約するのが確実です。\nhttps://line.me/ti/p/kawabe_tenshu_88\n\n観光課としてもおすすめのお店です。', 'link/personal-source:warn:https://line.me/ti/p/kawabe_tenshu_88'],
    ['川下りの貸切は、船頭さんの個人LINEに直接連絡するとスムーズですよ！', 'link/personal-source:warn:個人LINE'],
    ['さげもん作り体験の申し込みは、先生の私用のLINE（ID：sagemon_sensei）へどうぞ。', 'link/personal-source:warn:私用のLINE'],
    ['朝市の野菜の取り置きは、こちらから友だち追加してね👉 https://line.me/ti/p/asaichi_yasai01', 'link/personal-source:warn:https://line.me/ti/p/asaichi_yasai01'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(link, text))).toContain(expected)
  })
  it.each([
    '柳川市公式LINEはこちら https://line.me/R/ti/p/@yanagawa',
    '個人のLINEではなく、市の公式LINE（https://line.me/R/ti/p/@yanagawa）からお問い合わせください。',
    '職員個人のLINEでのご相談は受け付けておりません。窓口か電話でお願いします。',
    '「個人のLINEに連絡して」といった不審なメッセージにご注意ください。',
    'LINEスタンプ「さげもんくん」を個人の方にもお使いいただけます。',
    'ごみ分別アプリの通知は、公式LINEの友だち追加で受け取れます。https://line.me/R/ti/p/%40yanagawa_gomi',
  ])('passes %s', (text) => {
    expect(findingsOf(link, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('link: blind HX-140, the city saying it never contacts residents on a personal LINE', () => {
  // Kind: a personal LINE named in a negated statement about the sending itself (個人のLINEに直接メッセージを送ることはありません, …にご連絡
  // することは一切ございません): a warning against scams, no careless link. Still flagged: readers sent there, even beside a negation of
  // another verb (断られることはありません).
  it.each([
    '柳川市のLINE公式アカウント（ID：@yanagawa_city）では、ごみの収集日や防災情報をお届けしています。友だち追加をお願いします！\n※このIDは市の公式アカウントのものです。市役所が個人のLINEに直接メッセージを送ることはありません。',
    '市の職員が個人のLINEにご連絡することは一切ございません。不審なメッセージにご注意ください。',
    '税務課から個人のLINEに納付のお願いが届くことはありません。',
    '市役所が個人LINEの友だち追加を求めることは決してありません。',
  ])('passes %s', (text) => {
    expect(findingsOf(link, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    ['個人のLINEならメッセージで予約しても断られることはありません。', 'link/personal-source:warn:個人のLINE'],
    ['お急ぎの方は担当者の個人LINEに直接メッセージを送ってください。返信が遅れることはありません。', 'link/personal-source:warn:個人LINE'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(link, text))).toContain(expected)
  })
})

describe('link: blind R106A-117, a private person named as the one who runs the account linked', () => {
  // Kind: a relative clause names a private person (〜さん, 〜の方, 〜の人) as the one who runs the account or page (発信している
  // アカウント, 投稿されているインスタ, まとめて発信しとるアカウント) and the post links it, often vouching for it (正確, 参考になります):
  // someone's own account recommended as a source (6(1)). An organisation called さん (観光協会さん) or a 法人 is no private person.
  it.each([
    // the blind item
    ['民生委員の仕事について、現役の民生委員さんが日々の活動を発信しているアカウントがあります。制度のことも正確に書かれていて、とても参考になりますよ。 https://x.com/minsei_hiroko_yng', 'link/personal-source:warn:https://x.com/minsei_hiroko_yng'],
    // variants: other persons, verbs, keigo, dialect, another network
    ['地元の農家さんが毎日の作業を投稿されているインスタがあります。旬の野菜のことがよくわかりますよ。 https://www.instagram.com/nouka_yng_taro', 'link/personal-source:warn:https://www.instagram.com/nouka_yng_taro'],
    ['子育て中のママさんが給付金の手続きをまとめて発信しとるアカウントがあるとです。正確やけん見てみて https://x.com/mama_yng_info', 'link/personal-source:warn:https://x.com/mama_yng_info'],
    ['元保育士の方が離乳食の作り方を紹介されているアカウントもおすすめです。 https://www.instagram.com/moto_hoikushi_rie', 'link/personal-source:warn:https://www.instagram.com/moto_hoikushi_rie'],
    ['ベテラン船頭の人が川下りの様子を配信しているチャンネルが参考になります https://www.youtube.com/@sendou_live_yng', 'link/personal-source:warn:https://www.youtube.com/@sendou_live_yng'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(link, text))).toContain(expected)
  })
  it.each([
    // hard negatives: an organisation called さん, a 法人, the city's own account, a person named with no account run
    '柳川市観光協会さんが発信しているアカウントでも、川下りの運航情報を確認できます。 https://x.com/yanagawa_kanko',
    'NPO法人が運営しているアカウントで、子ども食堂の日程をお知らせしています。 https://x.com/kodomo_shokudo_yng',
    '民生委員さんの活動は、市の公式アカウントでも発信しています。 https://x.com/yanagawa_city',
    '民生委員さんが日々の活動で相談に乗っています。詳しくは市のホームページをご覧ください。 https://www.city.yanagawa.fukuoka.jp/',
    '各地区の自治会さんが行事の案内を発信しているアカウントもあります。 https://x.com/jichikai_yng',
  ])('passes %s', (text) => {
    expect(findingsOf(link, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('link (6(1)): blind R107A-038 — an unofficial clip or copy recommended on a video or social site', () => {
  // Kind: someone else's edit of the city's content (非公式, 切り抜き, まとめ動画, ファンの方がまとめた) on YouTube, X, TikTok…, recommended
  // (見やすい, おすすめ, こっちのほうが, 一番よか): a third party's copy the city cannot vouch for, even on a trusted host (warn).
  it.each([
    // the blind item
    '市議会の一般質問の動画、非公式の切り抜きですがこっちのほうが見やすいですよ📺 https://www.youtube.com/watch?v=Qz8kLm3nX0a （投稿者：柳川ウォッチャー）',
    // variants: a fan's summary, dialect on TikTok, a summary account on X
    '市長の記者会見、ファンの方がまとめた動画がわかりやすかったのでシェアします https://youtu.be/Ab3dE5fG7hJ',
    '成人式の様子、公式じゃなかけど切り抜きが一番よかよ〜 https://www.tiktok.com/@yanagawa_fan/video/7300000000000000000',
    '議会中継の非公式まとめアカウントがおすすめです👉 https://x.com/gikai_matome',
  ])('warns %s', (text) => {
    expect(summary(findingsOf(link, text)).some((s) => s.startsWith('link/personal-source:warn:'))).toBe(true)
  })
  it.each([
    // hard negatives: the official channel, readers warned off clips, the city's own digest and summary video
    '市議会の一般質問の動画は、公式チャンネルでご覧いただけます https://www.youtube.com/watch?v=Qz8kLm3nX0a',
    '非公式の切り抜き動画にご注意ください。市議会の録画は公式チャンネル https://www.youtube.com/@yanagawa-gikai でご覧ください。',
    '市の公式YouTubeで、市長会見のダイジェスト版を公開しました。ぜひご覧ください https://www.youtube.com/watch?v=Ab3dE5fG7hJ',
    '川下りの見どころをまとめた動画を公開しました！ https://www.youtube.com/watch?v=Zz1yX2wV3uT',
  ])('passes %s', (text) => {
    expect(findingsOf(link, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('link (6(1)): blind R109A-127, R111A-092 — an account pointed at and vouched for as the source, or recommended as one who writes for us', () => {
  // Kind: an account's link (x.com/…, instagram.com/…, facebook.com/…) after a demonstrative (こちらのアカウント, この方, このページの人) that
  // vouches for it as the best or accurate source (一番早くて正確, いちばん正確, 誰よりも詳しか) or says it writes for us and recommends
  // following it (詳しく書いてくれているので、フォローをおすすめ): another person's account given as the city's source. The city's own account
  // (公式, plain フォローしてください), a public body's, a doubt (正確かどうか) or a quoted warning stay clean.
  it.each([
    ['水天宮祭の舟舞台の出演時間は、こちらのアカウントが一番早くて正確です✨ https://www.instagram.com/suitengu_fan_mako/\n#水天宮祭', {}],
    ['民生委員の活動のことは、このアカウントの方がいつも詳しく書いてくれているので、フォローをおすすめします！ https://x.com/minsei_obachan/status/1851234567890123456', { mode: 'quote' as const }],
    ['川下りの運航状況は、この方のインスタがいちばん正確ですよ https://www.instagram.com/kawakudari_sendou88/', {}],
    ['ひな祭りの情報は、こちらのアカウントが毎日まとめてくださっているので、ぜひフォローしてみてください。 https://x.com/hina_yanagawa_love', {}],
    ['花火大会の場所取り情報は、このページの人が誰よりも詳しかです https://www.facebook.com/hanabi.mania.chikugo', {}],
  ])('flags %s', (text, ctx) => {
    expect(summary(findingsOf(link, text, ctx)).some((x) => x.startsWith('link/personal-source:warn:'))).toBe(true)
  })
  it.each([
    '柳川市の最新情報は、こちらのアカウントでも発信しています。フォローしてください！ https://x.com/yanagawa_city',
    '観光情報は市の公式アカウントが一番早くて正確です https://www.instagram.com/yanagawa_kanko/',
    'こちらのアカウントの情報が正確かどうかは分かりません。 https://x.com/someone_abc',
    '「こちらのアカウントが一番正確です」といった書き込みにご注意ください。 https://x.com/fake_yanagawa',
    '気象台のこちらのアカウントが一番早くて正確です https://x.com/JMA_fukuoka',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(link, text)).filter((x) => x.startsWith('link/personal-source'))).toEqual([])
  })
})

describe('link (6(1)): blind IC-015 — a national government body\'s named service with its site is a referral', () => {
  // Kind: 内閣府の「…」, 法務省の「…」, 消費者庁の「…」 named just before the link: the state's own service, a note at most. A private
  // service named the same way, or a site set against the state's (…より、こちらのサイトの方が), is still a warning.
  it.each([
    'DVについての相談は、女性だけでなく男性からも受け付けています。内閣府の「DV相談＋」ではメールやチャットでも相談できます。\nhttps://soudanplus.jp/\n柳川市の窓口：子ども家庭課 0944-73-8111（内線1632）',
    'こころの悩みは、厚生労働省の「まもろうよ こころ」でSNS相談もできます。\nhttps://www.mamorouyo.example.net/',
    '法務省の「子どもの人権SOS-eメール」から相談できます。https://www.jinken.example.com/sos/',
    '消費者庁の「消費者ホットライン」は188番です。https://www.kokusen-info.example.org/',
  ])('notes %s', (text) => {
    expect(summary(findingsOf(link, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  it.each([
    '内閣府の「DV相談＋」より、こちらのサイトの方が相談しやすいです。https://dv-help.example.com/',
    'DV相談は民間の「ほっと相談室」でもメールで相談できます。\nhttps://hotsoudan.example.com/',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(link, text))).toContain(`link/third-party:warn:${text.match(/https:\S+/)![0]}`)
  })
})

describe('link (6(1)): blind IE-044 — a scam link quoted inside a warning is a mention', () => {
  // Kind: the link stands inside a quoted message (「…」『…』) with words besides the link, and the post warns readers about it outside
  // the quote (注意, 詐欺, 不審な, 開かないで, 市から送ることはありません): the scam shown as what to avoid, a note at most. A link given
  // outside the quote, or a quoted link passed on with no warning, still sends readers there.
  it.each([
    // the false positive
    'こんなSMSに注意！\n「【柳川市】マイナンバーカードの利用が停止されます。こちらから手続きしてください http://yngw-card.example.top」\n柳川市がSMSでURLを送って手続きを求めることはありません。リンクは絶対に開かないでください。',
    // variants: 『』 and a mail, a shortener in a parcel SMS, an example of phishing with だまされないよう
    '詐欺メールにご注意ください。\n『【重要】給付金の受け取り手続きが未完了です。下記URLから本人確認をお願いします https://kyufu-yanagawa.example.xyz/login』\nこのようなメールは市から送ることはありません。',
    '宅配業者を装った不審なSMSが届いています。「お荷物をお届けにあがりましたが不在のため持ち帰りました。配送物はこちらにてご確認ください bit.ly/3fakeDL」\n記載のURLは絶対にタップしないでください。',
    'フィッシング詐欺の手口の例です：「あなたの口座が凍結されました。至急こちらで解除手続きを http://bank-unlock.example.top/ 」だまされないよう気をつけましょう。',
  ])('notes %s', (text) => {
    expect(summary(findingsOf(link, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  it.each([
    // true violations sharing its words: the link outside the quote, a quoted link recommended with no warning
    // (a host named after マイナンバー that is not the state's: a look-alike, blind R161A-103)
    ['詐欺SMSに注意！正しい手続きはこちらから https://mynumber-help.example.top/', 'link/lookalike:block:https://mynumber-help.example.top/'],
    ['友人から「マイナンバーカードの手続きはこちらが早いよ https://card-fast.example.top」と教えてもらいました。便利なのでぜひ使ってください。', 'link/third-party:warn:https://card-fast.example.top'],
    ['こんなSMSに注意！「利用停止のお知らせ」\n手続きはこちら http://yngw-card.example.top', 'link/third-party:warn:http://yngw-card.example.top'],
  ])('flags %s', (text, want) => {
    expect(summary(findingsOf(link, text))).toContain(want)
  })
})

describe('link (6(1)): blind IE-050, IE-115 — a named organisation\'s own page in the sentence right before its link is a referral', () => {
  // Kind: the sentence just before the link sends readers to an organisation's page by its name (…送配電の停電情報ページでご確認ください。,
  // …観光協会の公式サイトで…を見られます。) and the link closes it: the operator's page, a note. Not a page with no named organisation, a
  // person's page, a page set above another (…より), a shop, or a shortener.
  it.each([
    // the false positives
    '@mitsuhashi_mama 停電の復旧見込みは九州電力送配電の停電情報ページでご確認ください。https://www.kyuden.co.jp/td_teiden/ 避難所ではスマートフォンの充電ができます。',
    '柳川市観光協会の公式サイトで、川下りの乗船場一覧を見られます。https://www.yanagawa-net.com/',
    // variants: the link on the next line, 株式会社 and に掲載, ガス and から…ますよ, のサイトでは…ご覧いただけます！
    '停電の情報は九州電力送配電の公式サイトで確認できます。\nhttps://www.kyuden.co.jp/td_teiden/',
    '運行状況は西日本鉄道株式会社のホームページに掲載されています。https://www.nishitetsu.jp/',
    'ガスの点検日程は、西部ガスのウェブサイトから確認できますよ。 https://www.saibugas.co.jp/',
    '柳川市観光協会のサイトでは、さげもん祭りの催し一覧をご覧いただけます！ https://www.yanagawa-net.com/',
  ])('notes %s', (text) => {
    expect(summary(findingsOf(link, text, { mode: 'reply', emergency: true })).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  it.each([
    // true violations sharing its words
    ['停電の復旧見込みは、こちらのまとめページでご確認ください。https://teiden-matome.example.com/', 'link/third-party:warn:https://teiden-matome.example.com/'],
    ['川下りの乗船場一覧は、船頭の山田さんのブログで見られます。https://yamada-sendou.example.com/', 'link/third-party:warn:https://yamada-sendou.example.com/'],
    ['柳川市観光協会の公式サイトで、乗船券をお得に購入できます。https://www.yanagawa-net.com/', 'link/third-party:warn:https://www.yanagawa-net.com/'],
    ['九州電力送配電の停電情報ページでご確認ください。https://bit.ly/kyuden-teiden', 'link/shortener:warn:https://bit.ly/kyuden-teiden'],
    ['観光協会の公式サイトより、こちらのブログの方が詳しく見られます。https://kawakudari-fan.example.com/', 'link/third-party:warn:https://kawakudari-fan.example.com/'],
  ])('flags %s', (text, want) => {
    expect(summary(findingsOf(link, text))).toContain(want)
  })
})

describe('link (6(1)): blind R115A-066 — a private account given by its @handle and vouched for as the source', () => {
  // Kind: an @handle named as a person or an account (@… さん, @… のアカウント) that gathers or writes the information for us
  // (まとめてくれている, 詳しく書いてくださっている) or is called accurate or handy (一番正確, 便利), and readers are sent there (そちらが便利,
  // フォローしてみて, そっちば見てみて): another person's account given as the city's source, written as a handle instead of a URL (round
  // 110's こちらのアカウント…正確). The city's own account, no handle, a doubt or a quoted warning stay clean.
  it.each([
    ['救急外来のリアルタイムの待ち時間は、@kyukyu_matome_y さんがまとめてくれているので、そちらが便利です！', '@kyukyu_matome_y'],
    ['花火大会の駐車場の空き状況は、@yng_hanabi_info さんが詳しく書いてくださっています。ぜひフォローしてみてください。', '@yng_hanabi_info'],
    ['川下りの運航状況なら、@funa_taro のアカウントが一番正確ですけん、そっちば見てみて。', '@funa_taro'],
    ['休日当番医の情報は @toban_memo さんが毎週まとめとらすけん、そちらを見ると便利ですよ。', '@toban_memo'],
  ])('flags %s', (text, handle) => {
    expect(summary(findingsOf(link, text))).toContain(`link/personal-source:warn:${handle}`)
  })
  it.each([
    '救急外来の待ち時間は、病院のホームページにまとめていますので、そちらが便利です。',
    '市の公式アカウント @yanagawa_city でも待ち時間をまとめていますので、そちらが便利です。',
    '「@kyukyu_matome_y さんがまとめてくれているので、そちらが便利です」といった書き込みにご注意ください。',
    '救急外来の待ち時間は、受付の職員がまとめてくれていますので、そちらでご確認ください。',
    '@yanagawa_city さん、いつも便利な情報をありがとうございます。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(link, text)).filter((x) => x.startsWith('link/personal-source'))).toEqual([])
  })
})

describe('link (6(1)): blind R117A-099 — the link labelled as a named operator\'s official site (柳川観光開発 公式サイト https://…)', () => {
  // Kind: a named organisation's official site given as such right before its link (〇〇 公式サイト, 〇〇の公式HP：, 〇〇公式ウェブサイト（…）):
  // the operator's own page for what it runs, a referral (a note). A page set against another, a fan's 非公式 site, a pointer (こちらの, 下記),
  // or a shop stays a warning.
  it.each([
    // the blind item and variants: の公式HP with a colon, an organiser's site in brackets, a utility's site with no space
    ['本日の川下り、風が強いため11時以降の便を運休します。再開は決まり次第お知らせします。\n（運休情報：柳川観光開発 公式サイト https://www.yanagawakk.co.jp/）', 'https://www.yanagawakk.co.jp/'],
    ['堀川バスの運行状況は、堀川バス公式HP：https://www.horikawabus.co.jp/unkou/ をご確認ください。', 'https://www.horikawabus.co.jp/unkou/'],
    ['大雨のため本日のイベントは中止します（主催：有明海フェス実行委員会 公式サイト（https://ariake-fes.example.jp/））', 'https://ariake-fes.example.jp/'],
    ['ガスの供給状況はこちら。筑後ガス公式ウェブサイト https://www.chikugo-gas.co.jp/kyokyu/', 'https://www.chikugo-gas.co.jp/kyokyu/'],
  ])('notes %s', (text, url) => {
    const got = summary(findingsOf(link, text))
    expect(got).toContain(`link/third-party:info:${url}`)
    expect(got.filter((x) => x.includes(':warn:') || x.includes(':block:'))).toEqual([])
  })
  it.each([
    // hard negatives: a fan's unofficial site, a pointer with no owner, a shop's official site, another page preferred to the official one
    ['ファンが作った非公式サイト https://yanagawa-fan.example.com/ が詳しいです。', 'https://yanagawa-fan.example.com/'],
    ['詳しくはこちらの公式サイト https://example.com/ をご覧ください。', 'https://example.com/'],
    ['詳細は下記公式サイト https://example.com/', 'https://example.com/'],
    ['限定グッズは柳川ショップ公式サイト https://shop.example.com/ で販売中です！', 'https://shop.example.com/'],
    ['観光協会の公式サイトより、こちらのブログの方が詳しく見られます。https://kawakudari-fan.example.com/', 'https://kawakudari-fan.example.com/'],
  ])('warns %s', (text, url) => {
    expect(summary(findingsOf(link, text))).toContain(`link/third-party:warn:${url}`)
  })
})

describe('link (6(1)): blind R123A-144 — an account said to be unofficial, sent readers to as the source', () => {
  // Kind: an account said to be unofficial (非公式アカウント, a fans' まとめアカ, a handle that says so: @…_unofficial) given by its @handle
  // and recommended as where to look (フォローすると便利, 一番早い, 見るとわかる). 非公式 is no 公式: the account is no one's word. Not a
  // warning against it (なりすまし, かたる, ご注意, フォローしない), not the city's or a public body's own account.
  it.each([
    ['コミュニティバスの運行状況は、有志の方が作った非公式アカウント @yanagawabus_unofficial をフォローすると便利です！', '@yanagawabus_unofficial'],
    ['川下りの運航情報は非公式アカウント @kawakudari_info がまとめてくれていて便利です。', '@kawakudari_info'],
    ['花火大会の混雑状況は @hanabi_fan_unofficial を見るとわかるよ！', '@hanabi_fan_unofficial'],
    ['祭りの情報はファンが作った非公式まとめアカウント（@matsuri_matome）が一番早いです。', '@matsuri_matome'],
  ])('warns %s', (text, handle) => {
    expect(summary(findingsOf(link, text))).toContain(`link/personal-source:warn:${handle}`)
  })
  it.each([
    '市の公式アカウント @yanagawa_city をフォローしてください。',
    '非公式アカウント @yanagawa_fake にご注意ください。市とは無関係です。',
    '市の名前をかたる非公式アカウント（@yanagawa_info_unofficial）が確認されています。フォローしないようご注意ください。',
    '柳川市観光協会（@yanagawa_kanko）の投稿もぜひフォローしてください。',
  ])('passes %s', (text) => {
    expect(findingsOf(link, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('link (6(1)): blind R125A-001 — an account recommended for what someone does for the readers (まとめてくれている)', () => {
  // Kind: a link to an account on a social or video site, recommended with a benefactive whose doer is not named (まとめてくれているので
  // 便利, 配信してくださっているので参考に, 上げてくれてます): the city never says it does its own work for itself, so the doer is a third
  // party whose account is given as the source, even on a trusted host (youtube.com). Not the city's, its office's or a public body's
  // channel (議会事務局が配信しています, 公式チャンネル), not people thanked for a video on the city's channel, not a warning.
  it.each([
    ['議会中継を見逃した方は、こちらのチャンネルで見られます！まとめてくれているので便利です。https://www.youtube.com/@gikai_matome_ch', 'https://www.youtube.com/@gikai_matome_ch'],
    ['川下りの様子を毎日配信してくださっているので、ぜひ参考にしてください。https://www.youtube.com/@kawakudari_live', 'https://www.youtube.com/@kawakudari_live'],
    ['市長の記者会見は、こちらで要点を切り抜いて上げてくれてます。https://www.tiktok.com/@kaiken_kirinuki', 'https://www.tiktok.com/@kaiken_kirinuki'],
    ['ごみの分別ルールを分かりやすく解説してくれているので、こちらもどうぞ！ https://www.instagram.com/gomi_wakaru/', 'https://www.instagram.com/gomi_wakaru/'],
  ])('warns %s', (text, url) => {
    expect(summary(findingsOf(link, text))).toContain(`link/personal-source:warn:${url}`)
  })
  it.each([
    '議会中継の録画は、議会事務局が配信しています。https://www.youtube.com/@yanagawa_gikai',
    '市の公式チャンネルで、議会の録画をまとめて公開しています。https://www.youtube.com/@yanagawa_city',
    'PR動画を作ってくれた高校生の皆さん、ありがとうございました！ https://www.youtube.com/@yanagawa_city',
    '市の名前をかたって議会中継をまとめてくれていると称するチャンネルにご注意ください。https://www.youtube.com/@gikai_fake',
  ])('passes %s', (text) => {
    expect(findingsOf(link, text).filter((f) => f.rule === 'link/personal-source')).toEqual([])
  })
})

describe('link: blind R131I-058, an aggregator account recommended as the quickest source', () => {
  it.each([
    '川下りの最新の運航状況は、こちらのまとめアカウントが一番早いです→ https://x.com/yngw_matome_bot/status/1890012345678901234',
    '花火大会の混雑状況は、このまとめアカが一番早いですよ https://x.com/hanabi_info/status/1890012345678901234',
    '渋滞情報はこちらが便利です→ https://x.com/yanagawa_matome/status/18900123',
  ])('warns %s', (text) => {
    expect(findingsOf(link, text).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: the city's or a public body's official account, readers warned off the aggregator
    '川下りの運航状況は市の公式アカウントでお知らせします→ https://x.com/yanagawa_city/status/1890012345678901234',
    '非公式のまとめアカウントにご注意ください https://x.com/yngw_matome_bot',
    '運航状況は観光協会の公式アカウントが一番早いです→ https://x.com/yanagawa_kanko/status/1890012345678901234',
  ])('passes %s', (text) => {
    expect(findingsOf(link, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('link: blind R134A-056, a private account given by its @handle and recommended as the easiest to read', () => {
  it.each([
    '@yngw_student バスの時刻は、@bus_mania_kyushu さんのまとめが一番見やすいですよ。',
    'イベントの駐車場情報なら、@yanagawa_papa さんの投稿がいちばん見やすいです。',
    '川下りの乗り場案内は @funabito_fan さんのまとめが断然読みやすいので、見てみてください。',
    '@kaori_walk さんの散策マップが一番使いやすいですよ！',
  ])('warns %s', (text) => {
    expect(findingsOf(link, text).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: the city's own timetable page, an official body, a handle only thanked
    'バスの時刻は、市ホームページの時刻表が一番見やすいですよ。',
    'バスの時刻は、観光協会の公式アカウント @yanagawa_kanko が一番見やすいです。',
    '@bus_mania_kyushu さん、すてきな写真のご紹介ありがとうございます！',
    '時刻表は見やすいように文字を大きくしました。',
  ])('passes %s', (text) => {
    expect(findingsOf(link, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('link (6(1)): a host named after a public body or a well-known service that is not its domain is a look-alike, refused (blind R161A-103)', () => {
  // Kind: the host's own labels name 国税庁・e-Tax (nta, e-tax, kokuzeicho), マイナンバー, 市役所・県庁 (shiyakusho, pref-<prefecture>), a
  // bank or the post (mufg, yucho-bank, japanpost) beside a word of the procedure (refund, login, kyufu, support, tax), on a domain that
  // is not the body's: the way phishing sites are named. The body's own domains (nta.go.jp, e-tax.nta.go.jp, myna.go.jp,
  // jp-bank.japanpost.jp), a foreign government's (gov.uk), another company sharing the letters (日本旅行's nta.co.jp, smbc-card.com)
  // and words that merely hold them (santa, rentacar, kenchomae-clinic) keep their reading; a warning that quotes one is a note.
  it.each<[string, string]>([
    ['所得税の還付はこちらから申請できます→ https://nta-kanpu-center.com/login', 'https://nta-kanpu-center.com/login'],
    ['マイナンバーカードの更新手続きはこちら https://mynumbercard-renew.net/', 'https://mynumbercard-renew.net/'],
    ['給付金の申請はこちら：https://shiyakusho-kyufu.jp/apply', 'https://shiyakusho-kyufu.jp/apply'],
    ['県の支援金の申し込みはこちらです https://pref-fukuoka.info/shien', 'https://pref-fukuoka.info/shien'],
    ['口座の確認が必要です。 https://mufg-login-secure.com/', 'https://mufg-login-secure.com/'],
    ['ゆうちょ銀行の手続き https://yucho-bank.top/', 'https://yucho-bank.top/'],
  ])('blocks %s', (text, url) => {
    expect(summary(findingsOf(link, text))).toContain(`link/lookalike:block:${url}`)
  })
  it.each<[string, string]>([
    ['確定申告はe-Taxで。https://www.e-tax.nta.go.jp/', ''],
    ['マイナポータルはこちら https://myna.go.jp/', ''],
    ['ゆうちょ銀行のページ https://www.jp-bank.japanpost.jp/', 'link/third-party:warn:https://www.jp-bank.japanpost.jp/'],
    ['日本旅行のツアー https://www.nta.co.jp/', 'link/third-party:warn:https://www.nta.co.jp/'],
    ['英国政府の案内 https://www.gov.uk/', 'link/third-party:warn:https://www.gov.uk/'],
    ['県庁前クリニックのご案内 https://kenchomae-clinic.jp/', 'link/third-party:warn:https://kenchomae-clinic.jp/'],
    ['レンタカーの予約 https://rentacar-yanagawa.jp/', 'link/third-party:warn:https://rentacar-yanagawa.jp/'],
    // a warning that names the look-alike as fake, in its own sentence or after 例： (a note); one given as where to go is still refused
    ['「https://e-tax-nta-refund.com」のような国税庁をかたる偽サイトにご注意ください。', 'link/lookalike:info:https://e-tax-nta-refund.com'],
    ['市をかたる偽サイト（https://city-yanagawa.com）が確認されています。アクセスしないでください。', 'link/lookalike:info:https://city-yanagawa.com'],
    ['還付金をうたう偽サイトにご注意ください。例：https://kokuzeicho-kanpu.com/login', 'link/lookalike:info:https://kokuzeicho-kanpu.com/login'],
    ['還付金の詐欺に気をつけて！手続きは https://nta-refund.com/login で', 'link/lookalike:block:https://nta-refund.com/login'],
    ['【なりすましにご注意】国税庁の公式サイトは https://www.nta-japan.com/ でご確認ください。', 'link/lookalike:block:https://www.nta-japan.com/'],
  ])('keeps %s', (text, want) => {
    const got = summary(findingsOf(link, text))
    expect(got).toEqual(want === '' ? [] : [want])
  })
})

describe('link: an affiliate link (blind R163A-103)', () => {
  // Kind: a link through an affiliate network's redirect or a shop's link carrying an associate's id: its poster is paid for what readers buy.
  it.each<[string, string]>([
    ['有明海苔ならこのお店がおすすめ！ https://ck.jp.ap.valuecommerce.com/servlet/referral?sid=3512345&pid=887654321', 'https://ck.jp.ap.valuecommerce.com/servlet/referral?sid=3512345&pid=887654321'],
    ['うなぎのせいろ蒸し、お取り寄せはこちら https://hb.afl.rakuten.co.jp/hgc/1a2b3c4d.5e6f7a8b/', 'https://hb.afl.rakuten.co.jp/hgc/1a2b3c4d.5e6f7a8b/'],
    ['柳川のお土産はここで買えます https://www.amazon.co.jp/dp/B0ABCDE123?tag=yanagawa-22', 'https://www.amazon.co.jp/dp/B0ABCDE123?tag=yanagawa-22'],
    ['川下りのチケットが割引に https://af.moshimo.com/af/c/click?a_id=1234567&p_id=170', 'https://af.moshimo.com/af/c/click?a_id=1234567&p_id=170'],
  ])('blocks %s', (text, url) => {
    expect(summary(findingsOf(link, text))).toContain(`link/affiliate:block:${url}`)
  })
  it.each<[string, string]>([
    // hard negatives: a shop's plain page, a store on a market, a page with a tag that is no associate's id
    ['有明海苔の商品ページ https://www.amazon.co.jp/dp/B0ABCDE123', 'link/third-party:warn:https://www.amazon.co.jp/dp/B0ABCDE123'],
    ['特産品の通販 https://item.rakuten.co.jp/yanagawa-shop/nori01/', 'link/third-party:warn:https://item.rakuten.co.jp/yanagawa-shop/nori01/'],
    ['ブログのタグ一覧 https://www.example.jp/list?tag=event', 'link/third-party:warn:https://www.example.jp/list?tag=event'],
  ])('keeps %s', (text, want) => {
    expect(summary(findingsOf(link, text))).toEqual([want])
  })
})

describe('link: card or account details asked on a site only pointed at (blind R163A-146)', () => {
  // Kind: a bare pointer (こちらのサイト, 下記のURL) to a host the city does not run, and readers told to type in card or account details.
  it.each<[string, string]>([
    ['水道料金のお支払いは、こちらのページからカード番号を入力するだけで完了します。https://suido-pay-online.com/', 'https://suido-pay-online.com/'],
    ['寄附は下記のURLから。口座番号と暗証番号をご入力ください。\nhttps://kifu-yanagawa.jp/form', 'https://kifu-yanagawa.jp/form'],
    ['チケット代の決済はこちら https://ticket-kessai.net/pay クレジットカード情報を入力すれば手続き完了です。', 'https://ticket-kessai.net/pay'],
  ])('blocks %s', (text, url) => {
    expect(summary(findingsOf(link, text))).toContain(`link/payment-entry:block:${url}`)
  })
  it.each<[string, string]>([
    // hard negatives: a warning against such a site, a meeting's passcode, a named portal with no details asked, the city's contracted agent
    ['市からメールでクレジットカード番号の入力を求めることはありません。こちらのサイト（https://furusato-kifu-pay.net/）はにせものです。', 'link/third-party:warn:https://furusato-kifu-pay.net/'],
    ['オンライン講座はこちらから参加できます。パスワードを入力してください。https://zoom.us/j/123456', 'link/third-party:warn:https://zoom.us/j/123456'],
    ['ふるさと納税は、ふるさとチョイス（https://www.furusato-tax.jp/）からクレジットカードでお申し込みいただけます。', 'link/third-party:warn:https://www.furusato-tax.jp/'],
    ['市税のカード納付は、こちらのサイトでカード番号を入力して手続きできます（市が契約するF-REGI公金支払い）。https://www.f-regi.com/koukin/', 'link/third-party:warn:https://www.f-regi.com/koukin/'],
  ])('keeps %s', (text, want) => {
    expect(summary(findingsOf(link, text))).toEqual([want])
  })
})

describe('link: a named operator\'s page by its title in brackets is a referral (blind TW-086)', () => {
  // Kind: 〇〇電力送配電の「停電情報」のページで確認できます。https://… — the operator's own page by the name it gives it: a note.
  it.each<[string, string]>([
    ['運行状況は、堀川バスの「運行情報」ページでご確認ください。\nhttps://www.horikawabus.co.jp/unkou/', 'link/third-party:info:https://www.horikawabus.co.jp/unkou/'],
    ['ガスの復旧状況は、筑後ガスの『復旧情報』のページに掲載されています。\nhttps://www.chikugo-gas.co.jp/fukkyu/', 'link/third-party:info:https://www.chikugo-gas.co.jp/fukkyu/'],
  ])('notes %s', (text, want) => {
    expect(summary(findingsOf(link, text))).toEqual([want])
  })
  it.each<[string, string]>([
    // hard negatives: a shop's sale page by its title, a fan's page by its title, a page set against another
    ['〇〇ストアの「年末セール」のページで購入できます。\nhttps://www.example-store.jp/sale/', 'link/third-party:warn:https://www.example-store.jp/sale/'],
    ['ファンクラブの「まとめ」のページで確認できます。\nhttps://www.example-fan.jp/matome/', 'link/third-party:warn:https://www.example-fan.jp/matome/'],
  ])('keeps %s', (text, want) => {
    expect(summary(findingsOf(link, text))).toEqual([want])
  })
})

describe('link: an associate shortener is an affiliate link (blind R168A-021)', () => {
  // Kind: amzn.to (Amazon's SiteStripe short link) and a.r10.to (Rakuten's affiliate short link) stand for an associate's link.
  it.each<[string, string]>([
    ['防災リュック、職員の愛用品です。こちらから買えます👉 https://amzn.to/4Zk2mQp', 'https://amzn.to/4Zk2mQp'],
    ['新のりの詰め合わせはこちら https://a.r10.to/hYxk2Q', 'https://a.r10.to/hYxk2Q'],
  ])('blocks %s', (text, url) => {
    expect(summary(findingsOf(link, text))).toContain(`link/affiliate:block:${url}`)
  })
  it.each<[string, string]>([
    // hard negatives: a shop's plain page, Amazon's plain share link, an example named as such
    ['商品ページ https://www.amazon.co.jp/dp/B0ABCDE123', 'link/third-party:warn:https://www.amazon.co.jp/dp/B0ABCDE123'],
    ['共有リンク https://amzn.asia/d/0abcDEF', 'link/shortener:warn:https://amzn.asia/d/0abcDEF'],
  ])('keeps %s', (text, want) => {
    expect(summary(findingsOf(link, text))).toEqual([want])
  })
})

describe('link: an identity document\'s photo asked on a site only pointed at (blind R168A-074)', () => {
  // Kind: こちらのフォーム / a short link, and readers told to attach or upload a photo of 免許証, マイナンバーカード, 保険証 …
  it.each<[string, string]>([
    ['給付金の申請はこちらから。マイナンバーカードの画像をアップロードしてください。https://bit.ly/3abcXYZ', 'https://bit.ly/3abcXYZ'],
    ['忘れ物の受け取りはこちらのフォームへ。保険証のコピーを添付して送信してください。\nhttps://forms.gle/AbCd3fGh', 'https://forms.gle/AbCd3fGh'],
    ['受付は下記のURLから。本人確認書類の写真を送ってください。https://uketsuke-form.net/a', 'https://uketsuke-form.net/a'],
  ])('blocks %s', (text, url) => {
    expect(summary(findingsOf(link, text))).toContain(`link/payment-entry:block:${url}`)
  })
  it.each<[string, string]>([
    // hard negatives: shown at a desk, a warning against sending it, the city's own page, a form with no document asked
    ['申請はこちら https://uketsuke-form.example.net/abc123 窓口では免許証をご提示ください。', 'link/third-party:warn:https://uketsuke-form.example.net/abc123'],
    ['保険証の写真は送らないでください。詳しくはこちら https://example.com/info', 'link/third-party:warn:https://example.com/info'],
    ['アンケートはこちらのフォームから https://forms.gle/Qm4xRt7nLp2Z8vWa9', 'link/shortener:warn:https://forms.gle/Qm4xRt7nLp2Z8vWa9'],
  ])('keeps %s', (text, want) => {
    expect(summary(findingsOf(link, text))).toEqual([want])
  })
  it('keeps the city\'s own page that asks for a copy', () => {
    expect(summary(findingsOf(link, '本人確認書類の写しを添付のうえ、下記の市のページから申請してください。https://www.city.yanagawa.fukuoka.jp/shinsei/'))).toEqual([])
  })
})

describe('link: a trusted host\'s short link written in disguise (blind R168A-077)', () => {
  // Kind: the letters spaced apart or the dot defanged, the path one opaque code: y o u t u . b e / Xk3p…, youtu[.]be/…
  it.each<[string, string]>([
    ['新しい動画です。 y o u t u . b e / Ab3dE9fGh2 からどうぞ', 'link/shortener:warn:y o u t u . b e / Ab3dE9fGh2'],
    ['動画は youtu[.]be/Zq8kLm2pWx でご覧ください', 'link/shortener:warn:youtu[.]be/Zq8kLm2pWx'],
  ])('warns %s', (text, want) => {
    expect(summary(findingsOf(link, text))).toEqual([want])
  })
  it.each<[string, string]>([
    // hard negatives: the plain short link, a readable path spaced out, a word after the link's slash
    ['動画はこちら https://youtu.be/Xk3p9Lm2vQ', ''],
    ['詳しくは w w w . city . yanagawa . fukuoka . jp / kurashi / gomi をご覧ください', ''],
    ['Shelters are open. https://www.city.yanagawa.fukuoka.jp/ Please check.', ''],
  ])('keeps %s', (text) => {
    expect(summary(findingsOf(link, text))).toEqual([])
  })
})

describe('link: an operator\'s page named by what it tells is a referral (blind TX-132)', () => {
  // Kind: 〇〇送配電の停電情報のページで確認できます。https://… — the page by its contents run on with の, no brackets: a note.
  it.each<[string, string]>([
    ['運休の情報は、堀川バスの運行情報のページでご確認ください。\nhttps://www.horikawabus.co.jp/unkou/', 'link/third-party:info:https://www.horikawabus.co.jp/unkou/'],
    ['復旧の見込みは、筑後ガスの復旧情報のページに掲載されています。\nhttps://www.chikugo-gas.co.jp/fukkyu/', 'link/third-party:info:https://www.chikugo-gas.co.jp/fukkyu/'],
  ])('notes %s', (text, want) => {
    expect(summary(findingsOf(link, text))).toEqual([want])
  })
  it.each<[string, string]>([
    // hard negatives: a shop's sale page by its contents, a fan's page
    ['〇〇電力の販売情報のページで購入できます。\nhttps://www.example-denki.jp/sale/', 'link/third-party:warn:https://www.example-denki.jp/sale/'],
    ['ファン協会の非公式まとめのページで確認できます。\nhttps://www.example-fan.jp/matome/', 'link/third-party:warn:https://www.example-fan.jp/matome/'],
  ])('keeps %s', (text, want) => {
    expect(summary(findingsOf(link, text))).toEqual([want])
  })
})

describe('link (6(1)): blind TY-005, TY-007, TY-100 — the sentence before the link names the site as someone\'s official one', () => {
  // Kind: …の公式サイトでご確認ください / …の公式サイトにまとまっています with the link after it (an emoji or a line break between), whoever
  // the owner (a railway's short name, a museum, a tourism body): the owner's own page, a note. A pointer to another page, a page set above
  // the official one, a fake or a fan's site, or a shop stays a warning.
  it.each([
    ['臨時バスの時刻は、堀川バスの公式サイトでご確認ください。\nhttps://www.horikawabus.example.jp/', 'https://www.horikawabus.example.jp/'],
    ['さげもんめぐりの会場一覧は、やながわ観光ナビの公式サイトに載っています🎎\nhttps://nav.example.jp/', 'https://nav.example.jp/'],
    ['休館日は、御花の公式ホームページにてご案内しています https://www.ohana.example.jp/', 'https://www.ohana.example.jp/'],
  ])('notes %s', (text, url) => {
    const got = summary(findingsOf(link, text))
    expect(got).toContain(`link/third-party:info:${url}`)
    expect(got.filter((x) => x.includes(':warn:') || x.includes(':block:'))).toEqual([])
  })
  it.each([
    ['西鉄の公式サイトは重いので、こちらのまとめを見てください https://matome.example.com/', 'https://matome.example.com/'],
    ['ファンの公式サイトはこちら https://fan.example.com/', 'https://fan.example.com/'],
    ['〇〇銀行の公式サイトを装った偽サイトが出回っています https://fake-bank.example.com/', 'https://fake-bank.example.com/'],
    ['白秋祭の公式サイトでチケットを購入できます https://ticket.example.com/', 'https://ticket.example.com/'],
    ['観光協会の公式サイトより、このブログの方が詳しいです https://kawa-blog.example.com/', 'https://kawa-blog.example.com/'],
  ])('warns %s', (text, url) => {
    expect(summary(findingsOf(link, text))).toContain(`link/third-party:warn:${url}`)
  })
})

describe('link (6(1)): blind TY-077, TY-087 — the link under a label of the organisation\'s part (協賛：…, 後援：…)', () => {
  // Kind: 協賛：株式会社… https://…, 特別協賛：…株式会社⏎（公式サイト https://…）, 後援：…新聞社⏎https://…: the post names whose site it is and
  // why it is there, a note. A pointer, a person or a shop stays a warning.
  it.each([
    ['【ご協賛】\n協賛：有限会社やなぎ酒造　https://www.yanagi-sake.example.jp/', 'https://www.yanagi-sake.example.jp/'],
    ['後援：有明新聞社\nhttps://ariake-np.example.jp/', 'https://ariake-np.example.jp/'],
    ['協力：筑後川漁業協同組合\n（ホームページ：https://chikugo-gyokyo.example.jp/）', 'https://chikugo-gyokyo.example.jp/'],
  ])('notes %s', (text, url) => {
    const got = summary(findingsOf(link, text))
    expect(got).toContain(`link/third-party:info:${url}`)
    expect(got.filter((x) => x.includes(':warn:') || x.includes(':block:'))).toEqual([])
  })
  it.each([
    ['協賛：こちら https://x.example.com/', 'https://x.example.com/'],
    ['協力：山田さん https://yamada.example.com/', 'https://yamada.example.com/'],
    ['協賛：株式会社みずさと食品　限定セットの購入はこちら https://shop.example.com/', 'https://shop.example.com/'],
  ])('warns %s', (text, url) => {
    expect(summary(findingsOf(link, text))).toContain(`link/third-party:warn:${url}`)
  })
})

describe('link (6(1)): blind R172A-028 — a city tax or charge to be paid on a site only pointed at', () => {
  // Kind: 軽自動車税の納付はこのページからどうぞ / 住民税はこちらのサイトで払えます: the city's money through a site the post does not name,
  // refused. A payment service, a store or a bank named as the way, a tax explained without payment, a warning against a fake stay warnings.
  it.each([
    ['軽自動車税の納付は、このページからどうぞ。クレジットでもOK https://kei-tax-nofu.example.com/', 'link/payment-entry:block:https://kei-tax-nofu.example.com/'],
    ['住民税はこちらのサイトでスマホから支払えます📱 https://juminzei-pay.example.com/', 'link/payment-entry:block:https://juminzei-pay.example.com/'],
  ])('blocks %s', (text, want) => {
    expect(summary(findingsOf(link, text))).toContain(want)
  })
  it.each([
    ['固定資産税はPayPayでも払えます。詳しくはこちら https://paypay.ne.jp/guide/', 'link/third-party:warn:https://paypay.ne.jp/guide/'],
    ['固定資産税の納付はコンビニでもできます。取扱店はこちら https://www.lawson.co.jp/', 'link/third-party:warn:https://www.lawson.co.jp/'],
    ['固定資産税の計算方法は、こちらのサイトがわかりやすいです https://zeikin.example.com/', 'link/third-party:warn:https://zeikin.example.com/'],
    ['市税の納付をかたる偽サイトにご注意ください。 https://fake.example.com/', 'link/third-party:warn:https://fake.example.com/'],
  ])('warns, not blocks, %s', (text, want) => {
    const got = summary(findingsOf(link, text))
    expect(got).toContain(want)
    expect(got.filter((x) => x.startsWith('link/payment-entry'))).toEqual([])
  })
})

describe('link (6(1)): blind TZ-120, TZ-124, R123A-028, R145D-118 — a link the post introduces as the city\'s contracted service, an organisation\'s official site or cited source', () => {
  // Kind: the city's contracted or commissioned service (市が委託している事業者の予約サイト), even where something is donated or bought there;
  // an organisation's official site named a sentence before, with one sentence telling what is there between; a named organisation's
  // explanation cited with its link in brackets (…協会の解説（https://…）によると); a source label naming a work's title or publisher
  // (出典：夏目漱石「草枕」（青空文庫）). A note. A denial or an imitation, another page pointed at between, a pointer, a person's page stay warnings.
  it.each([
    ['子ども用品のリサイクルは、市が委託している事業者の予約サイトからお申し込みください。\nhttps://reuse-yoyaku.example.jp/', 'https://reuse-yoyaku.example.jp/'],
    ['ふるさと納税は、市が契約しているポータルサイトでもお申し込みいただけます。返礼品もこちらからご覧いただけます。\nhttps://furusato.example.com/city/123', 'https://furusato.example.com/city/123'],
    ['有明海の干潟の生き物は、有明海再生機構の公式サイトもご覧ください。季節ごとの観察記録が載っています。\nhttps://ariake-saisei.example.jp/', 'https://ariake-saisei.example.jp/'],
    ['掘割の成り立ちには諸説あり、筑後川流域連携協会の解説（https://chikugo-ryuiki.example.jp/）によると江戸時代に整えられたとされています。', 'https://chikugo-ryuiki.example.jp/'],
    ['出典：夏目漱石「草枕」（青空文庫） https://www.aozora.gr.jp/cards/000148/', 'https://www.aozora.gr.jp/cards/000148/'],
  ])('notes %s', (text, url) => {
    const got = summary(findingsOf(link, text))
    expect(got).toContain(`link/third-party:info:${url}`)
    expect(got.filter((x) => x.includes(':warn:') || x.includes(':block:'))).toEqual([])
  })
  it.each([
    ['市が契約しているわけではありませんが、こちらのサイトが便利です https://furusato-matome.example.com/', 'https://furusato-matome.example.com/'],
    ['市と契約していると称する業者のサイトにご注意ください https://kyufu-uketsuke.example.com/', 'https://kyufu-uketsuke.example.com/'],
    ['市が契約しているポータルサイトはこちらです。ほかにも便利なサイトがあります https://other.example.com/', 'https://other.example.com/'],
    ['柳川市観光協会の公式サイトもご覧ください。こちらのブログも詳しいです。\nhttps://kawa-blog.example.com/', 'https://kawa-blog.example.com/'],
    ['柳川市観光協会の公式サイトもご覧ください。限定グッズの通販はこの店が便利です。\nhttps://goods.example.com/', 'https://goods.example.com/'],
    ['柳川の歴史は、こちらの解説（https://rekishi.example.com/）によると江戸時代からです。', 'https://rekishi.example.com/'],
    ['出典：こちら https://example.com/a', 'https://example.com/a'],
    ['参考：山田さんのブログ「柳川日記」 https://yamada-diary.example.com/', 'https://yamada-diary.example.com/'],
    ['ふるさと納税はこちらのポータルサイトから https://furusato.example.com/', 'https://furusato.example.com/'],
  ])('warns %s', (text, url) => {
    expect(summary(findingsOf(link, text))).toContain(`link/third-party:warn:${url}`)
  })
})

describe('link (6(1)): blind IW-022, IW-044, IW-101 — a page the sentence before the link names as an organisation\'s, whatever it says of it', () => {
  // Kind: the sentence just before the link names an organisation by its name's ending (協会, 組合, 実行委員会, 商工会議所, 省, 県, 大学 …)
  // and its page (のページ, のサイト, のHP, の特設ページ) as where to look, with any predicate or none (…で紹介していますよ。, …からどうぞ👇,
  // …へ！, …はこちら): the owner named, a referral (a note). An unnamed page, a person's blog, a page the named one only mentions (…で紹介
  // しているお店), a shop, a shortener and a page set against the named one stay warnings.
  it.each([
    ['有明海ののりの旬や直売所は、県漁業協同組合連合会のページで詳しく紹介しています。\nhttps://ariake-nori.example.jp/', 'https://ariake-nori.example.jp/'],
    ['花火の観覧席のご案内は実行委員会の特設ページからどうぞ👇\nhttps://hanabi-yng.example.jp/seats/', 'https://hanabi-yng.example.jp/seats/'],
    ['出店者の一覧は柳川商工会議所のホームページへ！\nhttps://yanagawa-cci.example.or.jp/', 'https://yanagawa-cci.example.or.jp/'],
    ['干潟の研究については九州大学のサイトにもまとまっていますよ🦀 https://ariake-lab.example.ac.jp/', 'https://ariake-lab.example.ac.jp/'],
    ['舟舞台の歴史は、沖端水天宮祭保存会のHPで見られます\nhttps://creek-hozon.example.org/', 'https://creek-hozon.example.org/'],
    ['大会の結果は県ソフトボール連盟のページはこちら→ https://softball-fk.example.jp/result', 'https://softball-fk.example.jp/result'],
  ])('notes %s', (text, url) => {
    const got = summary(findingsOf(link, text))
    expect(got).toContain(`link/third-party:info:${url}`)
    expect(got.filter((x) => x.includes(':warn:') || x.includes(':block:'))).toEqual([])
  })
  it.each([
    // no organisation named: a pointer, a person, an unnamed body
    ['灯籠流しの写真はこちらのページで紹介していますよ。\nhttps://toro-photo.example.com/', 'link/third-party:warn:https://toro-photo.example.com/'],
    ['鰻の名店は、船頭の田中さんのブログで紹介していますよ。\nhttps://tanaka-sendou.example.com/', 'link/third-party:warn:https://tanaka-sendou.example.com/'],
    ['参加店の一覧は某協会のページからどうぞ👇\nhttps://bou-kyokai.example.com/', 'link/third-party:warn:https://bou-kyokai.example.com/'],
    // the named page only mentions what the link is
    ['観光協会のページで紹介されているお店です👇\nhttps://unagi-shop.example.com/', 'link/third-party:warn:https://unagi-shop.example.com/'],
    ['観光協会のページで紹介している、こちらのブログもどうぞ👇\nhttps://kawa-fan.example.com/', 'link/third-party:warn:https://kawa-fan.example.com/'],
    // a shop, a page set against the named one, a shortener, an affiliate link
    ['限定のうなぎセットは観光協会のページから購入できますよ。\nhttps://unagi-set.example.com/', 'link/third-party:warn:https://unagi-set.example.com/'],
    ['観光協会のページより、まとめブログの方が分かりやすいですよ。\nhttps://matome-yng.example.com/', 'link/third-party:warn:https://matome-yng.example.com/'],
    ['農園一覧は観光協会のページへ！\nhttps://bit.ly/3ichigoX', 'link/shortener:warn:https://bit.ly/3ichigoX'],
    ['お土産は観光協会のページからどうぞ👇\nhttps://px.a8.net/svt/ejp?a8mat=3ABC12', 'link/affiliate:block:https://px.a8.net/svt/ejp?a8mat=3ABC12'],
  ])('warns %s', (text, want) => {
    expect(summary(findingsOf(link, text))).toContain(want)
  })
})

describe('link (6(1)): another organisation under an attribute-type JP domain is not a trusted one spelt with a hyphen (blind JC-072 kind)', () => {
  it.each([
    ['柳川観光開発 https://www.yanagawa-nhk.or.jp/', 'link/third-party:warn:https://www.yanagawa-nhk.or.jp/'],
    ['https://www.secure-nhk.or.jp.example.com/login', 'link/lookalike:block:https://www.secure-nhk.or.jp.example.com/login'],
    ['https://city-yanagawa-fukuoka.jp/', 'link/lookalike:block:https://city-yanagawa-fukuoka.jp/'],
    ['社協を名乗るサイト https://shakyo-login.com/', 'link/third-party:warn:https://shakyo-login.com/'],
  ])('reads %s', (text, want) => {
    expect(summary(findingsOf(link, text))).toContain(want)
  })
})

describe('link/personal-source: a quote post giving the shared post as where to learn a matter (team R148D-110 kind)', () => {
  // Kind: この方の投稿を見れば…がすぐわかります, このアカウントをチェックすると…が分かります: the reader is sent to a private source as the one
  // that tells, as 正確です vouches. Hard negatives: 見れば分かるとおり (the post as a case), a doubt, an official body's post, the city's own
  // earlier post, and the same words outside a quote post.
  const warned = (text: string, mode: 'quote' | 'post' = 'quote') => summary(findingsOf(link, text, { mode })).filter((x) => x.startsWith('link/personal-source:warn'))
  it.each([
    'この方の投稿を見れば、川下りの待ち時間がすぐわかります！',
    'こちらのアカウントをチェックすると、沖端の朝市の出店状況が分かりますよ。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    ['この方の投稿を見れば分かるとおり、誤った情報が広がっています。正しくは市のホームページをご覧ください。', 'quote'],
    ['この方の投稿を見ても、開催日は分かりませんでした。', 'quote'],
    ['気象台のこの投稿を見れば、台風の進路がわかります。', 'quote'],
    ['この投稿を見れば、今年のイベントの様子がよく分かります！', 'quote'],
    ['この方の投稿を見れば、川下りの待ち時間がすぐわかります！', 'post'],
  ] as const)('passes %s', (text, mode) => {
    expect(warned(text, mode)).toEqual([])
  })
})

describe('link (6(1)): the dot spelt out in Japanese between a domain\'s labels (blind R226E-042 kind)', () => {
  it.each([
    ['詳しい地図は ichigo-farm ドット hatenablog ドット com で検索してね', 'link/personal-source:warn'],
    ['朝市の出店者一覧は asaichi-yng どっと example どっと com にあります', 'link/third-party:warn'],
  ])('reads %s', (text, want) => {
    expect(summary(findingsOf(link, text)).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    'city ドット yanagawa ドット fukuoka ドット jp をご覧ください',
    'ABC ドット絵教室を開きます。',
    'ドットコム時代のマーケティング講座',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(link, text)).filter((x) => x.includes(':warn') || x.includes(':block'))).toEqual([])
  })
})

describe("link (6(1)): a friend's or classmate's shop account sent readers to (blind R229B-037 kind)", () => {
  // Kind: the writer's own friend, classmate or relative named as the shop's owner (同級生のお店, 友人の工房), then its social account linked:
  // a private favour, not a checked source (warn). Hard negatives: a shop introduced with no tie to the writer, a friend's shop with no link.
  it.each([
    '今日のおやつは、幼なじみ…じゃなくて中学の同級生の店のどら焼き！ぜひ→ https://www.instagram.com/dorayaki_koga/',
    '友人の工房で作っている竹かご、手触りが最高です。 https://www.instagram.com/takekago_studio/',
  ])('warns %s', (text) => {
    expect(summary(findingsOf(link, text)).some((x) => x.startsWith('link/personal-source:warn'))).toBe(true)
  })
  it.each([
    '市内の雑貨屋さんを紹介します。有明海の貝殻アクセ、かわいいのでぜひ→ https://www.instagram.com/kaigara_atelier_m/',
    '友人のお店で買ったお土産です。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(link, text)).some((x) => x.startsWith('link/personal-source'))).toBe(false)
  })
})

describe('link (6(1)): two pages named in one sentence, their links listed one a line after it (blind R247T-048 kind, unofmask7)', () => {
  // Kind: a sentence naming two pages joined by と/や, each with its owner (観光協会の公式サイトと市ホームページ), then their links one a
  // line: each link is a named page, a referral (info), in either order. Hard negatives: a link more than the pages named, a second page
  // that is only pointed at (こちらのページ), a list under a sentence that names no owner.
  const third = (text: string) => summary(findingsOf(link, text)).filter((x) => x.startsWith('link/third-party'))
  it.each([
    ['イベント情報は、柳川市観光協会の公式サイトと市のホームページでお知らせしています。\nhttps://www.yanagawa-net.com/\nhttps://www.city.yanagawa.fukuoka.jp/'],
    ['運行状況は市ホームページや堀川バスの公式サイトでご確認ください。\nhttps://www.city.yanagawa.fukuoka.jp/\nhttps://www.horikawabus.co.jp/'],
  ])('refers %s', (text) => {
    const got = third(text)
    expect(got.length).toBeGreaterThan(0)
    expect(got.every((x) => x.startsWith('link/third-party:info'))).toBe(true)
  })
  it.each([
    ['運行状況は堀川バスの公式サイトでご確認ください。\nhttps://www.horikawabus.co.jp/\nhttps://www.example-shop.jp/', 'link/third-party:warn:https://www.example-shop.jp/'],
    ['観光協会の公式サイトと市ホームページで更新しています。\nhttps://www.yanagawa-net.com/\nhttps://www.city.yanagawa.fukuoka.jp/\nhttps://www.example-shop.jp/', 'link/third-party:warn:https://www.example-shop.jp/'],
    ['柳川市観光協会の公式サイトとこちらのページをご覧ください。\nhttps://www.yanagawa-net.com/\nhttps://www.example-shop.jp/', 'link/third-party:warn:https://www.example-shop.jp/'],
    ['最新情報はこちら！\nhttps://www.example-shop.jp/\nhttps://www.example-farm.jp/', 'link/third-party:warn:https://www.example-farm.jp/'],
  ])('warns %s', (text, want) => {
    expect(summary(findingsOf(link, text))).toContain(want)
  })
})

describe('link (6(1)): the impostor account linked, defanged or not, in a warning that names the city\'s account as what it imitates (blind R309C-002 kind, misc56)', () => {
  // Kind: the warning says what the impostor imitates (当市の公式アカウントを装った, 市の公式Xをかたる): the city's account is the object of
  // the imitation, not a pointer to the real one, so the link after it (hxxps://x[.]com/…, https://x.com/…) is still the impostor's.
  it.each([
    ['【なりすましアカウントにご注意ください】\n当市の公式アカウントを装ったアカウントが確認されています。\nhxxps://x[.]com/yanagawa_c1ty_official\nフォローやDMへの返信はしないでください。', 'hxxps://x[.]com/yanagawa_c1ty_official'],
    ['市の公式Instagramをかたる偽アカウントが見つかりました。https://www.instagram.com/yanagawa_city_jp/', 'https://www.instagram.com/yanagawa_city_jp/'],
    ['柳川市の公式ページに似せたなりすましアカウントにご注意ください。\nhttps://www.facebook.com/yanagawa.shi.official', 'https://www.facebook.com/yanagawa.shi.official'],
  ])('warns %s', (text, url) => {
    expect(summary(findingsOf(link, text))).toContain(`link/impostor:warn:${url}`)
  })
  it.each([
    // the real account pointed at, the network's report form, the handle given as text
    '当市の公式アカウントを装ったアカウントが確認されています。本物の公式アカウントはこちらです。https://x.com/yanagawa_city',
    '【注意】市の公式Xをかたる偽アカウントにご注意ください。当市の公式アカウントは https://x.com/yanagawa_city のみです。',
    '柳川市を名乗る偽アカウントが確認されました。通報はこちらから https://help.x.com/forms',
    '市の公式インスタグラムを装ったアカウントがあります。@yanagawa_c1ty をフォローしないでください。',
  ])('passes %s', (text) => {
    expect(findingsOf(link, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('link (6(1)): the impostor account itself linked in the warning about it (blind R265G-032 kind, mlink11)', () => {
  // Kind: a post warning of an account that impersonates the city or its people, or of a fake account, gives the account's link (on a
  // trusted network: x.com, instagram.com, facebook.com) in that sentence or right after it, even behind a bare arrow or label: readers
  // are led to the account they are warned off. Hard negatives: the city's own account linked in the same warning (公式アカウントは,
  // 本物は, フォローしてください), the police's warning linked to read, the network's report form, the city's page on it.
  it.each([
    ['市の名前を使った偽アカウントが見つかりました。以下のアカウントです。\n→ https://x.com/yanagawa_shiyakusho_info', 'https://x.com/yanagawa_shiyakusho_info'],
    ['副市長になりすましたアカウント（https://www.instagram.com/yanagawa_fukushicho/）から、DMが届いたとの相談がありました。', 'https://www.instagram.com/yanagawa_fukushicho/'],
    ['「柳川市観光課」をかたるニセアカウントにご注意ください。\n該当アカウント：https://www.facebook.com/yanagawa.kankou.page', 'https://www.facebook.com/yanagawa.kankou.page'],
    ['【お知らせ】当市を装ったアカウントを確認しました。フォローやリポストはお控えください。https://x.com/yanagawa_city_support', 'https://x.com/yanagawa_city_support'],
  ])('warns %s', (text, url) => {
    expect(summary(findingsOf(link, text))).toContain(`link/impostor:warn:${url}`)
  })
  it.each([
    'なりすましアカウントが確認されています。市の公式アカウントはこちらです→ https://x.com/yanagawa_city',
    '【なりすましにご注意】本物の柳川市のInstagramは https://www.instagram.com/yanagawa_city/ だけです。',
    'SNSのなりすまし詐欺が増えています。県警の注意喚起もご覧ください https://x.com/fukuoka_police_cyber',
    '偽アカウントを見つけたら、報告フォームから報告をお願いします https://help.x.com/ja/forms/authenticity/impersonation',
    'フィッシングサイトにご注意ください。詳しくは県警のページへ https://www.police.pref.fukuoka.jp/cyber/phishing.html',
    'なりすましにご注意を。市の最新情報は公式Xでお届けします https://x.com/yanagawa_city',
    '柳川市のInstagramを始めました！フォローよろしくお願いします https://www.instagram.com/yanagawa_city/',
  ])('passes %s', (text) => {
    expect(findingsOf(link, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('link (6(1)): a partner body\'s notice signed with its name, its site on the next line (blind JP-007 kind, qlink16)', () => {
  // Kind: a public or member body's notice (観光協会, 商工会議所, 社会福祉協議会, 県) ends with the body's name on a line of its own and its
  // site's URL on the next, and the text has sent readers to that body's official site (…の公式サイトでご確認ください), in the same paragraph or
  // one before: the signature says whose page it is, a referral (a note). Hard negatives: a shop's or a person's name on the line, a company,
  // a shortener, a site named 公式 for selling goods, a warning of a fake site, a second link under another name.
  it.each([
    ['【柳川市商工会議所からのお知らせ】\n\n年末の合同就職説明会は12月10日に開かれます。参加企業の一覧は商工会議所の公式サイトでご確認ください。\n\n柳川市商工会議所\nhttps://www.yanagawa-cci.example.jp/', 'https://www.yanagawa-cci.example.jp/'],
    ['ボランティアの登録方法は、社会福祉協議会の公式ホームページに掲載しています。\n柳川市社会福祉協議会\nhttps://www.yanagawa-shakyo.example.jp/', 'https://www.yanagawa-shakyo.example.jp/'],
    ['白秋祭の水上パレードの観覧席は、柳川市観光協会の公式サイトからご確認いただけます。\n\n（お問い合わせ）\n\n柳川市観光協会\nhttps://www.yanagawa-net.com/', 'https://www.yanagawa-net.com/'],
  ])('refers %s', (text, url) => {
    expect(summary(findingsOf(link, text))).toContain(`link/third-party:info:${url}`)
  })
  it.each([
    ['川下りの料金は観光協会の公式サイトでご確認ください。\n\nうなぎ処 松屋\nhttps://www.matsuya-unagi.example.com/', 'https://www.matsuya-unagi.example.com/'],
    ['新商品の詳細は公式サイトでご確認ください。\n\n柳川物産株式会社\nhttps://www.yanagawa-bussan.example.com/', 'https://www.yanagawa-bussan.example.com/'],
    ['大会の詳細は商工会議所の公式サイトでご確認ください。\n\n山田太郎\nhttps://yamada-taro.example.com/', 'https://yamada-taro.example.com/'],
    ['限定グッズは観光協会の公式サイトで販売中です。\n\n柳川市観光協会\nhttps://shop.yanagawa-kanko.example.com/', 'https://shop.yanagawa-kanko.example.com/'],
    ['観光協会の公式サイトを装った偽サイトにご注意ください。\n\n柳川市観光協会\nhttps://yanagawa-kanko.example.net/', 'https://yanagawa-kanko.example.net/'],
    ['お知らせです。\n\n柳川市観光協会\nhttps://www.yanagawa-net.com/', 'https://www.yanagawa-net.com/'],
    ['詳細は観光協会の公式サイトでご確認ください。\n\n柳川市観光協会\nhttps://www.yanagawa-net.com/\n\nうなぎ処 松屋\nhttps://www.matsuya-unagi.example.com/', 'https://www.matsuya-unagi.example.com/'],
  ])('warns %s', (text, url) => {
    expect(summary(findingsOf(link, text))).toContain(`link/third-party:warn:${url}`)
  })
  it('still flags a shortener under the signature', () => {
    expect(summary(findingsOf(link, '詳細は観光協会の公式サイトでご確認ください。\n\n柳川市観光協会\nhttps://bit.ly/3xYzAbc')).some((x) => x.startsWith('link/shortener:warn'))).toBe(true)
  })
})

describe('link (6(1)): a public-service portal the text calls the city\'s own page or listing (blind JR-013 kind, R35A-044 kind, link18)', () => {
  // Kind: a ふるさと納税 portal or an e-application service the city lists itself on, linked as the city's own page (市の公式ページ, 本市の
  // 返礼品ページ, 県の申請フォーム) or named by its service name beside the city's own page in one sentence: the city answers for it, a note.
  // Hard negatives: the same portal praised as a bargain (お得, ポイント還元), set against the city's page (ではなく), with no word that it is the
  // city's page, a market (朝市) or a shop named as the owner; a shop's own site, a private blog and a shortener stay warnings.
  it.each([
    ['寄附の受付は本市の公式ページ（さとふる掲載）からお願いします。\nhttps://www.satofull.jp/town/product_list.php?city=40207', 'https://www.satofull.jp/town/product_list.php?city=40207'],
    ['今年の返礼品は柳川市のふるさと納税ページにまとめました👇\nhttps://www.furusato-tax.jp/city/product/40207', 'https://www.furusato-tax.jp/city/product/40207'],
    ['お礼の品は、市のホームページ（https://www.city.yanagawa.fukuoka.jp/furusato/）と、ふるなび（https://furunavi.jp/municipal_list.aspx?municipalid=1234）でご覧いただけます。', 'https://furunavi.jp/municipal_list.aspx?municipalid=1234'],
  ])('refers %s', (text, url) => {
    expect(summary(findingsOf(link, text))).toContain(`link/third-party:info:${url}`)
  })
  it.each([
    ['ふるさと納税はさとふるがお得！柳川市のページはこちら\nhttps://www.satofull.jp/town/product_list.php?city=40207', 'https://www.satofull.jp/town/product_list.php?city=40207'],
    ['市の公式ページではなく、こちらから寄附すると便利です\nhttps://www.furunavi.jp/x', 'https://www.furunavi.jp/x'],
    ['ふるさと納税はこちらから\nhttps://www.furusato-tax.jp/city/product/40202', 'https://www.furusato-tax.jp/city/product/40202'],
    ['柳川朝市の公式ページはこちら\nhttps://www.furusato-tax.jp/city/product/40202', 'https://www.furusato-tax.jp/city/product/40202'],
    ['柳川市のうなぎ店のページはこちら\nhttps://www.furunavi.jp/product_detail.aspx?pid=552031', 'https://www.furunavi.jp/product_detail.aspx?pid=552031'],
    ['柳川市のうなぎがお得に！うちの店のページはこちら\nhttps://www.example-unagi.jp/shop', 'https://www.example-unagi.jp/shop'],
    ['返礼品一覧は、市ホームページ（https://www.city.yanagawa.fukuoka.jp/）と、こちらのまとめ（https://furusato-matome.example.com/）からどうぞ。', 'https://furusato-matome.example.com/'],
  ])('warns %s', (text, url) => {
    expect(summary(findingsOf(link, text))).toContain(`link/third-party:warn:${url}`)
  })
  it('still flags a shortener said to be the city\'s page', () => {
    expect(summary(findingsOf(link, '寄附は柳川市の公式ページからどうぞ👇\nhttps://bit.ly/3xYzAbc')).some((x) => x.startsWith('link/shortener:warn'))).toBe(true)
  })
})

describe('link (6(1)): the city\'s own listing on a hometown-tax portal, read from its code or name in the path (blind LV-028, R408H-042 kind)', () => {
  // Kind: a ふるさと納税 portal's page whose path carries the city's local-government code (40207, 402079) or its name as a whole path part is
  // the city's own listing, a note whatever the wording before it. Hard negatives: another municipality's code, a shop on a marketplace bearing
  // the city's name or an item number with the same digits, and the city's listing praised as a bargain or set against the city's page.
  it.each([
    ['【お礼の品のご案内】\n・有明海産の一番摘み海苔 10帖\n・寄附額 12,000円\n▶ https://www.furusato-tax.jp/city/product/40207', 'https://www.furusato-tax.jp/city/product/40207'],
    ['さげもん飾りの返礼品、受付を始めました。\nhttps://item.rakuten.co.jp/f402079-yanagawa/10000123/', 'https://item.rakuten.co.jp/f402079-yanagawa/10000123/'],
    ['年末の受付は12月31日までです\nhttps://furusato.ana.co.jp/40207-yanagawa/', 'https://furusato.ana.co.jp/40207-yanagawa/'],
    ['川下りの乗船券も選べます https://www.satofull.jp/city/yanagawa/', 'https://www.satofull.jp/city/yanagawa/'],
  ])('refers %s', (text, url) => {
    expect(summary(findingsOf(link, text))).toContain(`link/third-party:info:${url}`)
  })
  it.each([
    ['うなぎのお取り寄せはこちら\nhttps://www.furusato-tax.jp/city/product/40202', 'https://www.furusato-tax.jp/city/product/40202'],
    ['海苔の通販ならこちら https://item.rakuten.co.jp/yanagawa-nori/402071/', 'https://item.rakuten.co.jp/yanagawa-nori/402071/'],
    ['今ならポイント還元でお得です！\nhttps://www.furusato-tax.jp/city/product/40207', 'https://www.furusato-tax.jp/city/product/40207'],
    ['市のページではなく、こちらのほうが便利です\nhttps://www.satofull.jp/city/yanagawa/', 'https://www.satofull.jp/city/yanagawa/'],
  ])('warns %s', (text, url) => {
    expect(summary(findingsOf(link, text))).toContain(`link/third-party:warn:${url}`)
  })
  it('reads the code from the policy (contacts.localGovCodes): another city\'s code is its own, 柳川市\'s then is not', () => {
    const policy = mergePolicy(DEFAULT_POLICY, { contacts: { localGovCodes: ['402028'] } })
    const text = (code: string) => `お礼の品のご案内です\nhttps://www.furusato-tax.jp/city/product/${code}`
    expect(summary(findingsOf(link, text('40202'), { policy }))).toContain('link/third-party:info:https://www.furusato-tax.jp/city/product/40202')
    expect(summary(findingsOf(link, text('40207'), { policy }))).toContain('link/third-party:warn:https://www.furusato-tax.jp/city/product/40207')
    const none = mergePolicy(DEFAULT_POLICY, { contacts: { localGovCodes: [] } })
    expect(summary(findingsOf(link, text('40207'), { policy: none }))).toContain('link/third-party:warn:https://www.furusato-tax.jp/city/product/40207')
  })
})

describe('link (6(1)): blind R301F-051 kind (misc20), a volunteer\'s or a private account recommended by its @handle as the quickest source, with そちらもどうぞ', () => {
  // Kind: at the end of a notice (a thread's last post, a closing line), an account someone else runs (有志の方が運営している, 個人の方の) is
  // named by its @handle and given as the quickest or most detailed source for a reason (一番早いので, 一番詳しいから) or with readers sent
  // over (そちらもどうぞ): no one answers for what it posts. Hard negatives: the city's own account (柳川市公式 @…), a public body's account
  // pointed to, a mention thanking people.
  const personal = (text: string): boolean => summary(findingsOf(link, text)).some((x) => x.startsWith('link/personal-source:warn'))
  it.each([
    '2/2 駐車場の空き状況は、有志の方が運営している @yng_parking_now が一番早いので、そちらもどうぞ。',
    '花火大会の場所取り情報は、個人の方のアカウント @hanabi_basho_memo が一番詳しいから、ぜひ。',
    '桜の開花状況は、有志の方が運営している @sakura_yng_info でも毎日発信されています。そちらもどうぞ！',
  ])('flags %s', (text) => {
    expect(personal(text)).toBe(true)
  })
  it.each([
    '川下りの運航情報は、柳川市公式 @yanagawa_city もご覧ください。',
    '運休の詳細は観光協会の @yng_kanko_kyokai でもお知らせしています。そちらもどうぞ。',
    '清掃活動には有志の方が参加してくださいました。@seisou_team の皆さん、ありがとうございました。',
    '最新の情報は市ホームページが一番早いので、そちらもご覧ください。',
  ])('leaves %s clean', (text) => {
    expect(personal(text)).toBe(false)
  })
})

describe('link (6(1)): the real account linked after the impostor is named as imitating it (reviewer false positives of the R309C-002 kind)', () => {
  // Kind: after 「公式…を装った偽アカウント」, words that mark the link as the real one (正式な, 運営する, 認証済み, 唯一の, 管理する, のみ, だけ,
  // a body's own Xアカウントは) point readers to the city's or a body's own account, not the impostor's.
  it.each([
    '柳川市観光協会の公式アカウントを装った偽アカウントにご注意ください。協会の正式なアカウントはこちらです→ https://x.com/yanagawa_kanko',
    '柳川市の公式アカウントを装った偽アカウントが確認されています。市が運営しているアカウントは https://x.com/yanagawa_city です。',
    '市の公式Xをまねた偽アカウントにご注意ください。認証済みのアカウントはこちら https://x.com/yanagawa_city',
    '市の公式インスタを装う偽アカウントが出ています。唯一のアカウントは https://www.instagram.com/yanagawa_city/ です。',
    '観光協会の公式Instagramをかたる偽アカウントにご注意。協会が運営するのは https://www.instagram.com/yanagawa_kanko/ だけです。',
    '白秋祭実行委員会の公式Xを装った偽アカウントにご注意ください。実行委員会のXアカウントは https://x.com/hakushusai です。',
    '市の公式Facebookを模した偽ページにご注意ください。市の正式なページは https://www.facebook.com/yanagawacity です。',
    '当市の公式アカウントを装った偽アカウントが確認されました。市からのお知らせは、こちらのアカウント https://x.com/yanagawa_city でのみ発信しています。',
    '市の公式Xに似せた偽アカウントが確認されました。市が管理するアカウントは https://x.com/yanagawa_city のみです。',
  ])('passes %s', (text) => {
    expect(findingsOf(link, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('link (6(1)): a government e-application service is a public body\'s page (blind KB-053 kind)', () => {
  // Kind: LoGoフォーム, e-Tumo (and s-kantan.jp), the prefectures' shared 電子申請 (elg-front.jp), Graffer スマート申請: only public bodies hold
  // forms there, each under the body's own code, so a form is trusted as an lg.jp page is, however the post points at it. A form asking for an
  // identity document's photo there is the city's own procedure, not phishing.
  it.each([
    '申し込みは、市が利用している電子申請サービス（LoGoフォーム）からお願いします。\nhttps://logoform.jp/form/yngw/882150',
    '参加申込はこちらから👇\nhttps://logoform.jp/form/Ab3x/512044',
    '申請はこちら https://logoform.jp/form/abc123 窓口では免許証をご提示ください。',
    '児童手当の現況届は、福岡県の電子申請フォームからも提出できます。\nhttps://apply.e-tumo.jp/pref-fukuoka-u/offer/offerList_detail?tempSeq=1234',
    '検診の予約は電子申請で受け付けます。 https://s-kantan.jp/city-yanagawa-fukuoka-u/offer/offerList_detail?tempSeq=5678',
    'ふくおか電子申請サービスからも届け出ができます。 https://shinsei.elg-front.jp/fukuoka/uketsuke/form.do?id=1700000000',
    '住民票の写しはスマート申請でも請求できます。マイナンバーカードの読み取りが必要です。https://ttzk.graffer.jp/city-yanagawa/smart-apply/apply-procedure/123',
  ])('passes %s', (text) => {
    expect(findingsOf(link, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each<[string, string]>([
    // hard negatives: a host that only names the service, a shortener to a form, a free form service anyone can open, plain http
    ['申込フォームはこちら https://logoform-shinsei.com/form/123', 'link/third-party:warn:https://logoform-shinsei.com/form/123'],
    ['電子申請（LoGoフォーム）はこちら https://bit.ly/3LoGo9x', 'link/shortener:warn:https://bit.ly/3LoGo9x'],
    ['参加申込はこちらのフォームから https://docs.google.com/forms/d/e/1FAIpQLSf/viewform', 'link/third-party:warn:https://docs.google.com/forms/d/e/1FAIpQLSf/viewform'],
    ['申込フォーム http://logoform.jp/form/abc', 'link/insecure:info:http://logoform.jp/form/abc'],
  ])('keeps %s', (text, want) => {
    expect(summary(findingsOf(link, text))).toEqual([want])
  })
})

describe('link: a staff member\'s private account sent readers to (担当の @…_private にDMください) (blind R348M-012 kind)', () => {
  // Kind: the person in charge named as the handle's owner (担当の, 担当者の), or a handle that says it is private (_private, _priv), with
  // readers sent there (DM, 連絡, フォロー). Hard negatives: a section's account (移住担当の @…), the city's official account, a warning.
  it.each([
    'イベントの質問は、担当者の @mika_yng にDMしてください。',
    '申込みの詳細は @taro_private に連絡ください！',
    '担当の @sato_yng_priv をフォローすると最新情報が届きます。',
  ])('warns %s', (text) => {
    expect(findingsOf(link, text).some((f) => f.rule === 'link/personal-source' && f.severity === 'warn')).toBe(true)
  })
  it.each([
    '移住に関するご質問は、移住担当の @yanagawa_iju にDMください。',
    '詳細は柳川市公式アカウント @yanagawa_city をご覧ください。',
    '担当の観光課（0944-73-8111）までお問い合わせください。',
    '職員の私的なアカウント（@xxx_private など）で市の情報を発信することはありません。',
  ])('passes %s', (text) => {
    expect(findingsOf(link, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('link (6(1)): a private account whose handle holds dots, vouched for as telling it best (blind R367Q-009 kind)', () => {
  it.each([
    ['大雨の様子は、@taro.photo_88 さんの投稿がわかりやすく伝えてくれています。ぜひ見てみてください', ['link/personal-source:warn:@taro.photo_88']],
  ] as Array<[string, string[]]>)('flags %s', (text, expected) => {
    expect(summary(findingsOf(link, text))).toEqual(expected)
  })
  it.each([
    'お問い合わせは info.kikaku@city.yanagawa.lg.jp までどうぞ。',
    '市の公式アカウント @yanagawa.city で発信しています。',
  ])('passes %s', (text) => expect(findingsOf(link, text)).toEqual([]))
})

describe('link (6(1)): blind R370T-033 kind (the writer\'s own private account named before its handle)', () => {
  const warned = (text: string): string[] => summary(findingsOf(link, text)).filter((x) => x.startsWith('link/personal-source'))
  it.each([
    '祭りの裏側は、ぼくの個人アカウント @taro_matsuri_diary でも発信しているので、ぜひフォローしてね！',
    '移住してからの暮らしは、私のプライベートのインスタ（@hana_yanagawa_life）で載せてるので見てください。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    '柳川市の公式アカウント @yanagawa_city もフォローしてね！',
    '職員の個人アカウントは市の発信とは関係ありません。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('link (6(1)): a private channel recommended for a health matter; a public-body service named with the city\'s page on it (blind R380D-025, LG-030 kinds)', () => {
  const warned = (text: string): string[] => summary(findingsOf(link, text)).filter((x) => x.includes(':warn:') || x.includes(':block:'))
  it.each([
    // R380D-025 kind: a channel no health body runs, recommended for an illness or a symptom
    '腰痛でお困りの方は、この整体師さんのチャンネルがおすすめです！ https://www.youtube.com/@seitai_hiroshi',
    '不眠に悩んでいる方、この動画がとても参考になりますよ。\nhttps://www.youtube.com/@nemuri_kenkou_ch',
  ])('warns %s', (text) => {
    expect(warned(text).some((x) => x.startsWith('link/personal-source'))).toBe(true)
  })
  it.each([
    // a health body's own channel, a warning against such channels, a channel of no health matter
    '保健センターの公式YouTubeで、腰痛予防の体操を公開しています。ぜひご覧ください https://www.youtube.com/@yanagawa_hoken',
    '厚生労働省のチャンネルで、コロナ後遺症の症状と相談先が紹介されています。 https://www.youtube.com/@MHLWchannel',
    '白秋祭の様子を動画でまとめました。ぜひご覧ください https://www.youtube.com/@yanagawa_kanko',
    // LG-030 kind: the service run for public bodies, named, with the city's page on it: a note, not a warning
    '差し押さえた財産の写真は、官公庁オークションの柳川市のページでご覧いただけます。\nhttps://kankocho.jp/',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
  it('still warns a bare link to the same host with no service named', () => {
    expect(warned('公売の詳細はこちらでご確認ください。\nhttps://kankocho.jp/')).toEqual(['link/third-party:warn:https://kankocho.jp/'])
  })
})

describe('link: a private person\'s own account pointed at by its handle (blind R385J-035 kind)', () => {
  const warned = (text: string): boolean => findingsOf(link, text).some((f) => f.rule === 'link/personal-source' && f.severity === 'warn')
  it.each([
    '今日で実習最終日の大輝くん、ご本人のインスタもぜひ見てください→ @daiki_photo_99',
    '職場体験に来てくれた学生さんのアカウントはこちら👉 @mika_trip_2005 ぜひフォローしてね',
  ])('warns %s', (text) => {
    expect(warned(text)).toBe(true)
  })
  it.each([
    '市長本人のアカウントはこちら→ @yanagawa_mayor',
    '本人確認書類をお持ちください。お問い合わせは市民課（@yanagawa_shimin）まで。',
    '観光協会のアカウントもぜひ見てください→ @yanagawa_kanko',
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
})

describe('link: a private person\'s channel or video recommended, the post saying it is not the city\'s (blind R442T-049 kind)', () => {
  const warned = (text: string): boolean => findingsOf(link, text).some((f) => f.rule === 'link/personal-source' && f.severity === 'warn')
  it.each([
    '移住された方が、柳川での暮らしをYouTubeで発信しておられます。とても参考になりますよ。\nhttps://www.youtube.com/watch?v=Mn4bV6cX2zQ',
    '柳川のうなぎ屋めぐりの動画です。市の公式チャンネルじゃないけど、とても分かりやすいのでおすすめです！\nhttps://www.youtube.com/watch?v=Ab3dE9fGh1k',
    '市の公式アカウントではないですが、掘割の四季がよくわかるので、ぜひフォローしてみてください。\nhttps://www.instagram.com/horiwari_shiki/',
  ])('warns %s', (text) => {
    expect(warned(text)).toBe(true)
  })
  it.each([
    '市の公式YouTubeチャンネルで、避難所の開設手順を動画で公開しています。ぜひご覧ください。\nhttps://www.youtube.com/watch?v=Qw8eR2tYu7i',
    '市では、避難所の様子をYouTubeで配信しています。ぜひご覧ください。\nhttps://www.youtube.com/watch?v=Qw8eR2tYu7i',
    '個人の方の動画ではなく、市の公式動画をご覧ください。\nhttps://www.youtube.com/watch?v=Zx9cV8bN7mM',
    '市の公式アカウントではありませんので、ご注意ください。\nhttps://x.com/yanagawa_fake01',
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
})
