import { describe, expect, it } from 'vitest'
import { reply } from '../../../src/engine/rules/reply'
import { check, type CheckContext } from '../../../src/engine'
import { findingsOf, summary } from '../helpers'

describe('reply (4(3)): a thanks for a voice given at a shelter or about a drill is no disaster reply (blind R309C-004 kind, misc56)', () => {
  // Kind: a broadcast-only account thanks a commenter and passes their voice on; a disaster word only says where or about what the voice was
  // given (避難所でいただいたお声, 防災訓練へのご意見). With nothing going on now, the reply is an ordinary one: a warning. A shelter open now, a
  // question about a shelter, or a need reported from one stays a disaster reply.
  const first = (text: string, mode: CheckContext['mode'] = 'comment') => summary(findingsOf(reply, text, { mode, broadcastOnly: true }))[0] ?? ''
  it.each([
    'ありがとうございます！避難所でいただいたお声は、担当の部署にしっかり届けますね😊',
    '避難所についてのご感想、ありがとうございました。今後の運営の参考にさせていただきます。',
    '避難所の運営へのご意見ありがとうございます。担当課と共有します。',
  ])('warns %s', (text) => {
    expect(first(text)).toMatch(/^reply\/broadcast-only:warn/)
  })
  it.each([
    '現在、避難所を開設しています。避難所でいただいたお声は担当へ届けます。',
    '避難所についてのご質問ありがとうございます。市民体育館に開設しています。',
    '避難所の毛布が足りないとのお声をいただきました。すぐに担当部署へ伝えます。',
    'ご心配ありがとうございます。大雨で浸水した地区の方は、避難所へ避難してください。',
  ])('notes %s', (text) => {
    expect(first(text)).toMatch(/^reply\/emergency:info/)
  })
})

describe('reply (4(3))', () => {
  it('warns on a reply from a broadcast-only account', () => {
    expect(summary(findingsOf(reply, 'ご質問ありがとうございます', { mode: 'reply' }))).toEqual([
      'reply/broadcast-only:warn:ご質問ありがとうございます',
    ])
  })
  it('calls comments comments', () => {
    const [f] = findingsOf(reply, 'ありがとうございます', { mode: 'comment' })
    expect(f?.message).toContain('コメント')
  })
  it('treats a post opening with @mentions as a reply', () => {
    expect(summary(findingsOf(reply, '@taro @hanako 確認します'))).toEqual(['reply/broadcast-only:warn:@taro @hanako'])
  })
  it('allows replies in emergency mode, as a note', () => {
    expect(summary(findingsOf(reply, '確認します', { mode: 'reply', emergency: true }))).toEqual(['reply/emergency:info:確認します'])
  })
  it('allows replies about a disaster, as a note', () => {
    expect(summary(findingsOf(reply, '避難所は開設済みです', { mode: 'reply' }))).toEqual(['reply/emergency:info:避難所は開設済みです'])
  })
  it.each([
    // a disaster going on now stays a disaster reply, whatever else the reply names
    '大雨で川の水位が上がっています。避難所は開設済みです。',
    '火災が発生しています。近づかないでください。',
    '台風の接近で、本日の窓口は12時で閉めます。避難所は市民体育館です。',
  ])('a reply about a disaster going on is a note: %s', (text) => {
    expect(summary(findingsOf(reply, text, { mode: 'reply' }))[0]).toMatch(/^reply\/emergency:info/)
  })
  it.each([
    ['台風一過の青空、本当にきれいですね。', '台風一過の青空、本当にきれいですね。'],
    ['台風シーズンの前に、ハザードマップで避難所の場所をご確認ください。', '台風シーズンの前に、ハザードマップで避難所の場所をご確認ください。'],
    ['先日の大雨の際の避難所運営へのお礼のお言葉、ありがとうございます。', '先日の大雨の際の避難所運営へのお礼のお言葉、ありがとうございます。'],
    ['大雨の際の避難についてのご質問ですね。団地の集会所ではなく、市の指定避難所をご利用ください。', '大雨の際の避難についてのご質問ですね。団地の集会所ではなく、市の指定避難所をご利'],
    // a prevention topic (火災予防, 地震訓練) and a disaster that put an event off are no disaster going on
    ['火災予防のポスターは、市内の全小中学校に配布済みです。', '火災予防のポスターは、市内の全小中学校に配布済みです。'],
    ['地震訓練の日程は広報12月号に載せています。', '地震訓練の日程は広報12月号に載せています。'],
    ['大雨で延期になった水路清掃は、来週日曜の8時から行います。', '大雨で延期になった水路清掃は、来週日曜の8時から行います。'],
    ['台風の影響で中止になった花火大会の代替日は未定です。', '台風の影響で中止になった花火大会の代替日は未定です。'],
  ])('a reply about a disaster that is over is an ordinary reply: %s', (text, line) => {
    expect(summary(findingsOf(reply, text, { mode: 'reply' }))).toEqual([`reply/broadcast-only:warn:${line}`])
  })
  it.each([
    // planned works and a closure with no disaster named are no disaster
    ['通行止めの区間は辻町交差点から本町郵便局前までです。', '通行止めの区間は辻町交差点から本町郵便局前までです。'],
    ['配水管の工事のため、明日の9時から12時まで断水します。', '配水管の工事のため、明日の9時から12時まで断水します。'],
    ['電気設備の点検で、庁舎は日曜に停電します。', '電気設備の点検で、庁舎は日曜に停電します。'],
    ['マラソン大会の給水所はコースの5か所です。', 'マラソン大会の給水所はコースの5か所です。'],
  ])('a reply about works or a closure with no disaster named is an ordinary reply: %s', (text, line) => {
    expect(summary(findingsOf(reply, text, { mode: 'reply' }))).toEqual([`reply/broadcast-only:warn:${line}`])
  })
  it.each([
    // getting ready, with nothing going on now
    ['台風シーズン前のご確認ありがとうございます。避難所の一覧は防災マップに載っています。', '台風シーズン前のご確認ありがとうございます。避難所の一覧は防災マップに載っていま'],
    ['日頃から、ハザードマップで避難所の場所を確認しておいてください。', '日頃から、ハザードマップで避難所の場所を確認しておいてください。'],
  ])('a reply about getting ready for a disaster is an ordinary reply: %s', (text, line) => {
    expect(summary(findingsOf(reply, text, { mode: 'reply' }))).toEqual([`reply/broadcast-only:warn:${line}`])
  })
  it.each([
    // round 44: what is stocked or kept for a disaster, with nothing going on now
    '避難所の備蓄品の内容は、防災危機管理課のページで公開しています。',
    '地区の防災倉庫には、避難所用の毛布と非常食を備蓄しています。',
    '非常持ち出し袋の中身は、台風が来る前に一度見直してみてください。',
    '体育館が避難所に指定されている件で、備蓄の量についてのご質問ですね。担当課からお答えします。',
    '防災グッズは、地震の揺れで倒れない場所にしまっておくと安心です。',
  ])('a reply about a disaster stock, with nothing going on now, is an ordinary reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => f.rule)).toEqual(['reply/broadcast-only'])
  })
  it.each([
    // the stock in use now: a disaster reply
    '避難所で備蓄品の毛布を配布しています。',
    '現在、避難所の備蓄の飲料水をお配りしています。',
    '避難所の非常食が不足しています。ご自宅からお持ちください。',
    '大雨で川が氾濫しています。防災倉庫の土のうをご利用ください。',
  ])('a reply about a disaster stock in use now is a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => f.rule)).toEqual(['reply/emergency'])
  })
  it.each([
    // round 53 (R53A-015): a drill or a disaster-prevention class, with nothing going on now
    '@bousai_mama 来月の総合防災訓練では、各地区の避難所で開設体験と炊き出し訓練を行います。ぜひご家族でご参加ください。',
    '@mama_k 今度の日曜は地区の防災訓練ばい。公民館で避難所の開設体験と炊き出しばするけん、子どもさんも一緒に来てね！',
    '@kodomo_ie シェイクアウト訓練の日は、学校でも地震を想定して机の下に隠れる練習をします。',
    '@kumi 水防訓練では、消防団が大雨で堤防が崩れたという想定で土のうを積みます。',
    '@jiji 防災フェアでは、起震車で震度7の地震を体験できますよ〜！',
    '避難所運営訓練では、段ボールベッドの組み立てや受付の体験ができます。',
    // blind R384H-045 kind: a class or an exercise for a disaster only assumed
    '@taro_y 津波の発生を想定した図上演習を、今月末に消防本部で行います。',
    '@yanagawa_mama 大雨を想定した避難の練習は、各小学校で毎年しとりますよ。',
    '@kumi_s 災害対応研修は新任職員向けに年2回開いています。',
    '@ogura 南海トラフ地震を想定して、職員の危機管理セミナーを予定しています。',
  ])('a reply about a drill, with nothing going on now, is an ordinary reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => f.rule)).toEqual(['reply/broadcast-only'])
  })
  it.each([
    // a disaster going on beside a drill named, or said to be no drill
    '@xxx これは訓練ではありません。大雨で川が氾濫しています。高台へ避難してください。',
    '@xxx 訓練じゃありません！津波警報が出ています。すぐに高台へ避難してください。',
    '@xxx 本日予定していた防災訓練は中止します。現在、大雨のため避難所を開設しています。',
    '@xxx 台風接近中のため、明日の避難訓練は延期します。避難所は市民体育館で開設中です。',
    '@xxx 職業訓練校の周辺が浸水しています。避難所は市民体育館です。',
    // a class assumed the disaster, but one is going on now
    '@xxx 地震を想定した研修は中止します。現在、避難所を開設しています。',
    '@xxx 防災研修の会場付近で冠水が発生しています。直ちに避難してください。',
  ])('a disaster going on beside a drill named is still a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => f.rule)).toEqual(['reply/emergency'])
  })
  it('a post announcing a drill is no reply', () => {
    expect(findingsOf(reply, '来月の総合防災訓練では、各地区の避難所で開設体験と炊き出し訓練を行います。ぜひご家族でご参加ください。')).toEqual([])
  })
  it.each([
    // the disaster set-up said not to be in place now
    ['災害ボランティアセンターは現在開設しておりません。開設時はこのアカウントでお知らせします。', '災害ボランティアセンターは現在開設しておりません。開設時はこのアカウントでお知ら'],
    ['現在、市内に避難指示は出ていません。引き続き気象情報にご注意ください。', '現在、市内に避難指示は出ていません。引き続き気象情報にご注意ください。'],
    ['避難所は今のところ開設されていません。', '避難所は今のところ開設されていません。'],
  ])('a reply that says nothing is set up for a disaster now is an ordinary reply: %s', (text, line) => {
    expect(summary(findingsOf(reply, text, { mode: 'reply' }))).toEqual([`reply/broadcast-only:warn:${line}`])
  })
  it.each([
    '避難所は開設していませんが、大雨で川が氾濫しています。高台へ避難してください。',
    '第2避難所は開設しておりませんが、市民体育館を避難所として開設しました。',
    '大雨で川が氾濫していますが、避難所はまだ開設していません。',
  ])('one thing not set up beside a disaster going on is still a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => f.rule)).toEqual(['reply/emergency'])
  })
  it.each([
    // a condition or a rule for such days, with nothing going on now
    ['強風の日は、河川敷の駐車場を閉鎖しています。', '強風の日は、河川敷の駐車場を閉鎖しています。'],
    ['「台風のときも窓口は開いていますか」とのお問い合わせですが、警報が出た場合は閉庁します。', '「台風のときも窓口は開いていますか」とのお問い合わせですが、警報が出た場合は閉庁'],
    ['地震の際は、まず机の下に入って身を守ってください。', '地震の際は、まず机の下に入って身を守ってください。'],
  ])('a reply about what is done on such days is an ordinary reply: %s', (text, line) => {
    expect(summary(findingsOf(reply, text, { mode: 'reply' }))).toEqual([`reply/broadcast-only:warn:${line}`])
  })
  it.each([
    '大雨の日が続いていますが、現在、避難所を開設しています。',
    '今夜は台風が近づいたら避難所を開設しますので、ただちに準備を。',
  ])('a condition beside a disaster going on now is still a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => f.rule)).toEqual(['reply/emergency'])
  })
  it('a reply about a disaster going on is a disaster reply even when it points to the map', () => {
    expect(findingsOf(reply, '避難所は現在開設しています。防災マップでご確認ください。', { mode: 'reply' }).map((f) => f.rule)).toEqual(['reply/emergency'])
  })
  it.each([
    '大雨のため通行止めの区間があります。迂回をお願いします。',
    '地震で断水している地区に給水車を出しています。',
    '台風で停電している地区があります。',
  ])('a closure, cut or supply with a disaster named is a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => f.rule)).toEqual(['reply/emergency'])
  })
  it('a reply about a disaster still going on is a disaster reply, even after a past one', () => {
    expect(findingsOf(reply, '先日の大雨で被害が出た地区です。現在も避難所を開設しています。', { mode: 'reply' }).map((f) => f.rule)).toEqual(['reply/emergency'])
  })
  it.each([
    // a figure of speech is no disaster
    ['今日は台風の目みたいに忙しい一日でしたが、温かいお言葉に元気が出ました。', '今日は台風の目みたいに忙しい一日でしたが、温かいお言葉に元気が出ました。'],
  ])('a reply with a disaster word as a figure of speech is an ordinary reply: %s', (text, line) => {
    expect(summary(findingsOf(reply, text, { mode: 'reply' }))).toEqual([`reply/broadcast-only:warn:${line}`])
  })
  it.each([
    // a post that opens by addressing one person, a quote that answers the quoted post
    ['先ほどコメント欄でお問い合わせくださった方へ。検針日は毎月10日前後です。', { mode: 'post' as const }],
    ['田中さんへ。先日のご質問の件、窓口でご案内できます。', { mode: 'post' as const }],
    ['昨日ブログで当市の対応を批判された方へ。経緯をご説明します。', { mode: 'post' as const }],
    ['今朝お電話でご相談された方へ。必要な書類をご案内します。', { mode: 'post' as const }],
    ['こちらのご質問にお答えします。川下りは通常どおり運航しています。', { mode: 'quote' as const }],
    ['この方のおっしゃるとおりです。申請書はホームページからも入手できます。', { mode: 'quote' as const }],
    // Blind R255Q-049 kind: a quote that tells of one question received or thanks the one who asked, and answers it
    ['ご質問をいただきました。さげもんめぐりの会場マップは観光案内所で配布しています。', { mode: 'quote' as const }],
    ['お問い合わせを頂きましたので、お答えします。ごみ収集カレンダーは市役所の窓口でもお渡ししています。', { mode: 'quote' as const }],
    ['ご質問ありがとうございます。白秋祭の水上パレードは小雨なら開催します。', { mode: 'quote' as const }],
    ['駐輪場の場所について、お問い合わせくださった方、ありがとうございました。西鉄柳川駅の東口にございます。', { mode: 'quote' as const }],
  ])('a reply in another form is a reply: %s', (text, ctx) => {
    expect(findingsOf(reply, text, ctx).map((f) => f.rule)).toContain('reply/broadcast-only')
  })
  it('notes quotes', () => {
    expect(findingsOf(reply, '県の発表です', { mode: 'quote' }).map((f) => f.rule)).toEqual(['reply/quote'])
  })
  it.each([
    // Blind R255Q-049 kind, hard negatives: a partner's notice shared with a desk to ask, questions received by many told to all
    '柳川市観光協会からのお知らせです。こたつ舟の運航状況は各舟会社にお問い合わせください。',
    '福岡県の発表です。県税についてのお問い合わせは各県税事務所へお願いします。',
    '多くの方からご質問をいただいている確定申告の期限について、国税庁の案内を共有します。',
    '市民の皆様からご質問をいただいていた件について、県が見解を公表しました。',
  ])('a quote that shares a notice is only noted: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'quote' }).map((f) => f.rule)).toEqual(['reply/quote'])
  })
  it.each([
    ['an interactive account replying', 'ご質問ありがとうございます', { mode: 'reply' as const, broadcastOnly: false }],
    ['a normal post', '本日は市民まつりです', {}],
    ['a mention inside a post', '詳しくは @yanagawa_city をご覧ください', {}],
    ['an e-mail address at the start', 'info@example.jp までどうぞ', {}],
    ['an empty reply', '   ', { mode: 'reply' as const }],
    ['a notice to a group', '高齢者の皆さんへ。特殊詐欺の被害が増えています。', {}],
    ['a notice to residents', '外国人住民の皆さまへ。相談窓口を設けています。', {}],
    ['a notice to readers in a situation', '胸部X線検査で「要精密検査」と判定された方へ。早めに受診してください。', {}],
    ['a notice to newcomers', '今年度に転入された方へ。ごみの出し方をご案内します。', {}],
    ['a notice to the bereaved', 'ご家族を亡くされた方へ。手続きの窓口をまとめました。', {}],
  ])('passes %s', (_name, text, ctx) => {
    expect(findingsOf(reply, text, ctx)).toEqual([])
  })
})

describe('reply: a disaster of a time long past set up as the topic (blind R61A-096)', () => {
  it.each([
    '@kasa_nashi_t 昨年は大雨で中止となりましたが、今年のふるさと祭りは小雨なら予定どおり開催します。',
    '去年は台風で延期になりましたが、今年の花火大会は予定どおり8月に行います。',
    '一昨年は豪雨で通行止めになっとりましたが、今は通れますよ。',
    '前回は地震の影響で中止しましたが、次回の朝市は3月2日に開きます。',
    '昨年の秋は大雨で客足が落ちましたが、今年は天気に恵まれそうですね。',
    '3年前は浸水で休館しましたが、図書館はその後改修を終えています。',
  ])('is an ordinary reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => f.rule)).toEqual(['reply/broadcast-only'])
  })
  it.each([
    // a disaster of today beside last year's, in the next clause or sentence
    '昨年は大雨で中止となりましたが、現在も大雨警報が発令中のため、本日の祭りは中止します。',
    '去年は台風で被害が出ましたが、今年も台風が接近中です。避難所を開設しました。',
    '昨年は避難所の開設が遅れましたが、ただいま市民体育館に避難所を開設しています。',
    '前回は地震で延期しましたが、今回は地震の影響で断水が続いているため中止します。',
  ])('a disaster of today stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => f.rule)).toEqual(['reply/emergency'])
  })
})

describe('reply during a 炎上 (6(2))', () => {
  it.each([
    ['reply', false, false],
    ['comment', true, false],
    ['reply', true, true],
  ] as const)('a %s needs confirmation while the 炎上 checklist is open (broadcast-only %s, emergency %s)', (mode, broadcastOnly, emergency) => {
    const f = findingsOf(reply, 'ご意見ありがとうございます。担当課で確認します。', { mode, broadcastOnly, emergency, incident: 'flaming' })
    expect(f.find((x) => x.rule === 'reply/incident')).toMatchObject({ severity: 'warn', clause: '6(2)' })
  })
  it('is silent without the incident, and on an ordinary post during it', () => {
    expect(findingsOf(reply, 'ご意見ありがとうございます。', { mode: 'reply', broadcastOnly: false }).map((x) => x.rule)).toEqual([])
    expect(findingsOf(reply, '本日の川下りは通常どおり運航します。', { mode: 'post', incident: 'flaming' })).toEqual([])
  })
})

describe('reply: a disaster whose forecast or threat is denied is not coming (blind R63A-040)', () => {
  it.each([
    '@mitsuhashi_k 今週は大雨の予報は出ていませんので、下水道工事は予定どおり10日から始めます。',
    '@yamada_t 今のところ台風が接近する予報は出ていないので、花火大会は予定どおり開催します。',
    '@kenta_0203 今週は大雨の予報も出とらんけん、工事は予定どおり始めますよ。',
    '@mori_s 週末は大雨の恐れもありませんので、川下りは通常どおり運航いたします。',
    'ご質問の件、土曜は台風の心配はなかです。朝市は予定どおり開きます。',
  ])('is an ordinary reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => f.rule)).toEqual(['reply/broadcast-only'])
  })
  it.each([
    // a disaster going on beside the denied one, a quake whose tsunami is denied, a forecast or threat said to be there
    '@m 台風は接近中ですが、現時点で大雨の予報は出ていません。',
    '@m 大雨の予報は出ていませんが、川の氾濫が続いています。',
    '@m この地震による津波の心配はありません。今後の情報にご注意ください。',
    '@m 大雨の予報が出ています。土のうは市役所東側で配布しています。',
    '@m 大雨の恐れがあります。不要な外出は控えてください。',
  ])('a disaster of today stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => f.rule)).toEqual(['reply/emergency'])
  })
})

describe('reply: a forecast conceded before an ordinary event that goes ahead is weather to come (blind R65A-071)', () => {
  // Kind: a disaster word's forecast conceded in a contrast (大雨の予報ですが、, 予報が出とりますばってん、, 予想ですけど、) and, in the same
  // sentence, an ordinary event said to go ahead (予定どおり開催します, 予定通りやります, 雨天決行です), with nothing going on now: no disaster reply.
  it.each([
    '@ame_shinpai 明日は大雨の予報ですが、移住相談会は予定どおり開催します。お足元にお気をつけてお越しください。',
    '@user 土曜は豪雨の予報が出とりますばってん、朝市は屋根の下やけん予定通りやりますよ。',
    '@user 週末は台風の予想ですけど、講演会は屋内のため通常どおり実施いたします。',
    '@user 明日は大雨の見込みですが、健康まつりは雨天決行です。傘をお持ちください。',
  ])('is an ordinary reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => f.rule)).toEqual(['reply/broadcast-only'])
  })
  it.each([
    // a shelter opened, an alert in force, a river in flood, a forecast told as a warning: a disaster reply still
    '@user 大雨の予報ですが、避難所は予定どおり開設します。',
    '@user 大雨の予報が出ていますが、現在大雨警報が発令中のため、祭りは予定どおりには開催できません。',
    '@user 大雨の予報ですが、すでに川が氾濫しています。イベントは予定どおり行いますが、河川敷には近づかないでください。',
    '@user 大雨の予報が出ています。土のうは市役所東側で配布しています。',
  ])('a disaster of today stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => f.rule)).toEqual(['reply/emergency'])
  })
})

describe('reply: a disaster word in a clause about the aftermath, with nothing going on now (blind R67A-004/020/036/108)', () => {
  // Kind: a reply from a broadcast-only account, with 災害時モード off, whose disaster word (台風, 停電, 災害ボランティアセンター) sits in a
  // clause that says the disaster or its set-up is over (復旧しています, 閉所しました, 解除されました, 復旧しとります) or that names the
  // administrative follow-up or clean-up after it (罹災証明書, 撤去, 見舞金): no disaster going on, so an ordinary reply (warn).
  it.each<[string, CheckContext]>([
    // the blind items
    ['@nagisa_yng 台風第14号の罹災証明書は、税務課の窓口で受け付けています。被害の写真をお持ちいただくと手続きがスムーズです。', { mode: 'reply' }],
    ['ご質問ありがとうございます。災害ボランティアセンターは10月31日をもって閉所しました。現在、個別のご依頼は社会福祉協議会で承っております。', { mode: 'reply', site: 'facebook' }],
    ['@yng_mama22 停電はすべて復旧しています。冷蔵庫の食品は念のため状態をご確認のうえお召し上がりください🙏', { mode: 'reply' }],
    ['お問い合わせありがとうございます。台風で倒れた街路樹の撤去は、今週中に完了する予定です。ご不便をおかけしております。', { mode: 'reply', site: 'facebook' }],
    // variants: other paperwork, endings, dialect, a comment
    ['@x 大雨で浸水した住宅のり災証明書は、本庁舎の市民課で申請できます。', { mode: 'reply' }],
    ['@x 地震のあいだ開けていた避難所は、すべて閉鎖しました。ご協力ありがとうございました。', { mode: 'reply' }],
    ['@x 台風の影響による停電は、昨夜のうちにすべて復旧しとります。', { mode: 'reply' }],
    ['ご連絡ありがとうございます。大雨で崩れた市道の土砂は撤去が済み、通行止めも解除されました。', { mode: 'reply' }],
    ['台風で被災された方への見舞金の申請は、12月28日まで受け付けております。', { mode: 'comment' }],
  ])('is an ordinary reply: %s', (text, ctx) => {
    expect(findingsOf(reply, text, ctx).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    // hard negatives: a restoration still awaited, a disaster going on beside the paperwork, the over clause beside a live one,
    // a conditional end, a shelter open now, an order in force
    '@x 停電はまだ復旧していません。九州電力送配電が作業を進めています。',
    '@x 断水は18時ごろに復旧する見込みです。給水所は大和庁舎に設けています。',
    '@x 大雨で川が氾濫しています。罹災証明書の受付は後日お知らせします。',
    '@x 停電は復旧しましたが、三橋町では今も断水が続いています。',
    '@x 避難指示が解除されたら、片付けのボランティアを募集します。',
    '@x 現在、三橋体育館を避難所として開設しています。',
    '@x 避難指示が出ています。復旧した地区でも川には近づかないでください。',
  ])('a disaster still going on stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
  it.each<[string, CheckContext]>([
    // the same words in a post, or from an interactive account, or in 災害時モード: no reply warning
    ['台風第14号の罹災証明書は、税務課の窓口で受け付けています。', {}],
    ['停電はすべて復旧しています。', { mode: 'reply', broadcastOnly: false }],
    ['@x 災害ボランティアセンターは10月31日をもって閉所しました。', { mode: 'reply', emergency: true }],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(reply, text, ctx).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('reply: blind R72A-018 — a disaster word heading a compound that names a simulation to try (地震体験車) is no disaster reply', () => {
  // Kind: 地震, 津波, 火災, 台風 … as the first part of a compound naming an exhibit or a vehicle where the disaster is simulated (地震体験車,
  // 津波体験VR, 火災体験ハウス, 台風体験コーナー, 地震の揺れを体験): an event's attraction, a disaster acted out like a drill. With nothing
  // going on now, a reply about it from a broadcast-only account is an ordinary reply (warn); a disaster going on beside it stays one.
  it.each<[string, CheckContext]>([
    // the blind item
    ['@bousai_fan ご質問ありがとうございます。地震体験車は、市民スポーツ大会の当日、総合体育館の北側駐車場に来る予定です。', { mode: 'reply', tone: 4 }],
    // variants: other simulations, endings, dialect, a comment
    ['@q 津波体験VRは、図書館まつりの会場で体験できますよ。', { mode: 'reply' }],
    ['@x 消防署の火災体験ハウスは、土曜日も見学できます。', { mode: 'reply' }],
    ['@x 台風体験コーナーは小学生から入れるとよ〜。', { mode: 'reply' }],
    ['地震の揺れを体験できる車両は、産業まつりの2日目だけ来場いたします。', { mode: 'comment' }],
  ])('is an ordinary reply: %s', (text, ctx) => {
    expect(findingsOf(reply, text, ctx).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    // hard negatives: the same exhibits named while a disaster is going on now
    '@x 地震体験車の出展は中止します。現在、地震の被害確認を行っています。',
    '@x 台風が接近中のため、地震体験コーナーは中止です。',
    '@x 避難所を開設しています。津波体験VRのイベントは延期します。',
    '@x 大雨で川が氾濫しています。火災体験ハウスの見学会は取りやめます。',
  ])('a disaster still going on stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
})

describe('reply: blind R75A-131 — a disaster word in the name of a programme, a relief, an insurance or a deduction is no disaster reply', () => {
  // Kind: 災害, 地震, 台風, 被災, 緊急 … as the qualifier of a relief or a programme's name (災害による固定資産税の減免, 災害弔慰金, 被災者生活
  // 再建支援金, 台風被害の見舞金, 緊急小口資金; 火災保険 and 地震保険料控除 before): a kind of case a rule covers, told in normal times. A
  // broadcast-only account's reply about it is an ordinary reply (warn); a disaster going on beside it stays a disaster reply.
  it.each<[string, CheckContext]>([
    // the blind item
    ['@genmen_q 災害による固定資産税の減免は、被害を受けた日から3か月以内の申請が必要です。申請書は税務課窓口にあります。', { mode: 'reply', site: 'x', tone: 4 }],
    // variants: another relief, another disaster word, endings, dialect, a comment
    ['@q 災害弔慰金の支給については、福祉課でご相談を受け付けております。', { mode: 'reply' }],
    ['@q 被災者生活再建支援金の対象になるかは、住宅の被害の程度で決まります。', { mode: 'reply' }],
    ['@x 台風被害の見舞金の制度は、市のホームページに載っとるけん見てみてね。', { mode: 'reply' }],
    ['緊急小口資金の貸付は、社会福祉協議会が窓口です。', { mode: 'comment' }],
    ['@x 地震で被害を受けた住宅の固定資産税の減額は、翌年度から適用されます。', { mode: 'reply' }],
  ])('is an ordinary reply: %s', (text, ctx) => {
    expect(findingsOf(reply, text, ctx).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    // hard negatives: the same reliefs named while a disaster is going on now, or a disaster word that is no name's
    '@x 現在、避難指示が発令されています。災害見舞金については後日お知らせします。',
    '@x 大雨で川が氾濫しています。地震保険や固定資産税の減免の相談は後日受け付けます。',
    '@x 大雨の影響で給付金の支給が遅れています。',
    '@x 地震による被害が広がっています。被災者への支援制度は追ってお知らせします。',
    '@x 台風が接近中です。災害弔慰金の受付窓口は本日休止します。',
  ])('a disaster still going on stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
})

describe('reply: blind R77A-130 — 避難 heading a compound that names a safety fixture (避難経路, 避難口) is no disaster reply', () => {
  // Kind: 避難 as the first part of a compound naming a venue's or a building's safety facility or equipment (避難経路, 避難経路図, 避難口,
  // 避難はしご, 避難通路, 避難誘導灯), told beside 救護所 or 非常口 in an event's or a facility's guide in normal times: a fixture, not a
  // disaster. A broadcast-only account's reply about it is an ordinary reply (warn); a disaster going on beside it stays a disaster reply.
  it.each<[string, CheckContext]>([
    // the blind item
    ['@hakushu_fan2 白秋祭の期間中、会場には救護所と迷子センターを設けております。避難経路の案内図も各所に掲示します。', { mode: 'reply', tone: 4 }],
    // variants: another fixture, endings, dialect, a comment
    ['@q 館内の避難口は、1階の東側と2階の西側の2か所にございます。', { mode: 'reply' }],
    ['@q 市民会館の避難はしごは、各階のベランダ側に設置しとるけん安心してね。', { mode: 'reply' }],
    ['@x 花火大会の会場図に、避難経路と救護所の場所も載せております。', { mode: 'reply' }],
    ['体育館の避難通路には物を置かないようお願いします。', { mode: 'comment' }],
  ])('is an ordinary reply: %s', (text, ctx) => {
    expect(findingsOf(reply, text, ctx).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    // hard negatives: the same fixtures named while a disaster is going on now
    '@x 現在、避難指示が出ています。避難経路は市のホームページでご確認ください。',
    '@x 大雨で道路が冠水しています。避難経路の状況にご注意ください。',
    '@x 避難所を開設しました。避難経路の案内図は各地区の公民館にも掲示しています。',
    '@x 川が氾濫しています。避難口から速やかに避難してください。',
  ])('a disaster still going on stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
})

describe('reply: blind R85A-068 — a disaster word in a negative condition (台風が来なければ予定どおり開催します) is no disaster reply', () => {
  // Kind: an ordinary plan told with the weather it hangs on, the disaster word in a negative condition (来なければ, ならなければ, 出なければ,
  // さえ来なければ, 来ない限り, dialect 来んやったら): nothing is going on now, so a broadcast-only account's reply is an ordinary reply (warn).
  // A disaster going on beside such a condition stays a disaster reply; a post (no reply) stays clean.
  it.each<[string, CheckContext]>([
    // the blind item
    ['@kyudo_yng お問い合わせありがとうございます。来週の市民弓道大会は、台風が来なければ予定どおり総合体育館弓道場で開催します。', { mode: 'reply', tone: 4 }],
    // variants: another disaster, endings, an alert between, dialect, a comment
    ['@hanabi_fan お問い合わせありがとうございます。来月の花火大会は、大雨にならなければ予定どおり開催します。', { mode: 'reply' }],
    ['@undokai_mama 明日の運動会は、大雨警報が出なければ実施いたします。', { mode: 'reply' }],
    ['@asaichi_yng 日曜の朝市は台風の来んやったら、いつもどおりやりますけん！', { mode: 'reply' }],
    ['台風さえ来なければ、週末の清掃活動は予定通りです。', { mode: 'comment' }],
    ['@q 川下りは台風が来ない限り、通常どおり運航しております。', { mode: 'reply' }],
  ])('is an ordinary reply: %s', (text, ctx) => {
    expect(findingsOf(reply, text, ctx).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    // hard negatives: the same condition beside a disaster going on now
    '@x 台風が来なければいいのですが、現在、市内全域に避難指示が発令されています。',
    '@x 大雨で川が氾濫しています。雨がやまなければ避難所を開設し続けます。',
    '@x 台風が接近中です。警報が出なければ窓口は開けますが、避難所はすでに開設しています。',
  ])('a disaster still going on stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
  it('a post (no reply) with the condition stays clean', () => {
    expect(findingsOf(reply, '来週の市民弓道大会は、台風が来なければ予定どおり開催します。', { mode: 'post' })).toEqual([])
  })
})

describe('reply: blind R86A-029 — a disaster only forecast, with the set-up said not planned now, is no disaster reply', () => {
  // Kind: a disaster word whose clause is its forecast or threat (台風は週明けに接近する見込みですが, 大雨は明日の夜から強まる予報ですが,
  // 接近するおそれがありますが, 来るかもしれんですが) beside the set-up said not in place or not planned now (現時点で避難所を開設する予定は
  // ありません, 開設の予定はありません, 発令する予定はなかです): a reply in normal times that reassures, not a disaster going on. A
  // broadcast-only account's reply is an ordinary reply (warn). A forecast beside a shelter opened or an order in force stays a disaster reply.
  it.each<[string, CheckContext]>([
    // the blind item
    ['@ame_shinpai ご心配ありがとうございます。台風は週明けに九州に接近する見込みですが、現時点で避難所を開設する予定はありません。', { mode: 'reply', tone: 4 }],
    // variants: another disaster, another forecast word, the plan as a noun, dialect, two sentences, a comment
    ['@q ご心配ありがとうございます。大雨は明日の夜から強まる予報ですが、現在のところ避難所を開設する予定はございません。', { mode: 'reply' }],
    ['@x 台風が週末に接近するおそれがありますが、今のところ避難所の開設予定はありません。', { mode: 'reply' }],
    ['@x 台風は来週こっちに来るかもしれんですが、今んところ避難所ば開設する予定はなかです。', { mode: 'reply' }],
    ['@x 大雨の予報が出ています。現時点で避難指示を発令する予定はありません。', { mode: 'reply' }],
    ['台風の接近が予想されますが、災害ボランティアセンターを設置する予定はございません。', { mode: 'comment' }],
  ])('is an ordinary reply: %s', (text, ctx) => {
    expect(findingsOf(reply, text, ctx).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    // hard negatives: a forecast beside a shelter opened, an order in force, a disaster approaching now, a call to evacuate
    '@x 台風が接近する見込みです。避難所を開設しました。',
    '@x 台風が接近しています。避難所はまだ開設していませんが、早めの避難をお願いします。',
    '@x 大雨で川が氾濫するおそれがあります。現在、避難所を開設しています。',
    '@x 大雨は今夜がピークの見込みです。避難所は市民体育館に開設しています。',
    '@x 台風が接近中です。新たに避難所を開設する予定はありません。',
  ])('a disaster going on stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
  it('a post (no reply) with the forecast stays clean', () => {
    expect(findingsOf(reply, '台風は週明けに九州に接近する見込みですが、現時点で避難所を開設する予定はありません。', { mode: 'post' })).toEqual([])
  })
})

describe('reply: blind R86A-128 — in 災害時モード, a reply that recommends leisure is still a reply the guideline forbids', () => {
  // Kind: a reply whose business is a sightseeing spot, a season's sight, a festival or a local dish, recommended or with the asker
  // invited (見ごろは例年…です, ぜひお越しください, 遊びに来てね, おすすめです), with a disaster word at most as a sympathy (台風で大変な中
  // ですが, 大雨でお困りのところ) or as over (台風が過ぎたら). The disaster exception (安否・避難の問い合わせ) does not cover it, so even
  // in 災害時モード a broadcast-only account's reply warns. A notice that the sight is suspended (運休, 中止), a shelter named, a disaster
  // going on, or a reply on a disaster matter with no leisure stays a note.
  it.each<[string, CheckContext]>([
    // the blind item
    ['@unagi_lover 台風で大変な中ですが、川下りの紅葉の見ごろは例年11月下旬ごろです😊 台風が過ぎたらぜひお越しください。', { mode: 'reply', emergency: true }],
    // variants: another sympathy, another sight, no disaster word, dialect, a comment, not in 災害時モード
    ['@x 大雨でお困りのところ恐縮ですが、白秋祭のイルミネーションは今年も見ごたえがありますよ。落ち着いたらぜひ遊びに来てください。', { mode: 'reply', emergency: true }],
    ['@x うなぎのせいろ蒸しなら、沖端のお店がおすすめです！またお待ちしております。', { mode: 'reply', emergency: true }],
    ['@x 地震で不安な時期ですが、春の花見は例年3月末が見頃ですよ。ぜひ来てね〜', { mode: 'reply', emergency: true }],
    ['川下りは桜の季節が一番のおすすめです。ぜひ乗りに来んね！', { mode: 'comment', emergency: true }],
    ['@unagi_lover 台風で大変な中ですが、川下りの紅葉の見ごろは例年11月下旬ごろです😊 台風が過ぎたらぜひお越しください。', { mode: 'reply' }],
  ])('warns: %s', (text, ctx) => {
    expect(findingsOf(reply, text, ctx).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    // hard negatives: a shelter named, the sight suspended, a festival cancelled, visitors sent to a shelter, a warning to visitors,
    // a disaster matter with no leisure, an invitation to a cooling shelter
    '@x 台風で大変な中ですが、避難所は市民体育館に開設しています。ぜひご利用ください。',
    '@x 台風接近のため、川下りは本日全便運休です。再開後はぜひお越しください。',
    '@x 紅葉まつりは台風の接近に伴い中止します。また来年お待ちしております。',
    '@x 観光客の皆さまも、最寄りの避難所へお越しください。',
    '@x 観光客の皆さまは、ぜひ宿泊先の案内に従ってください。',
    '@x 罹災証明書は税務課の窓口にお越しください。',
    '@x 市役所本庁舎1階ロビーをクーリングシェルターとして開放しています。どうぞ涼みにお越しください。',
  ])('in 災害時モード stays a note: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply', emergency: true }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
  it('an interactive account may answer it', () => {
    expect(findingsOf(reply, '@x 紅葉の見ごろは例年11月下旬です。ぜひお越しください。', { mode: 'reply', emergency: true, broadcastOnly: false })).toEqual([])
  })
})

describe('reply: blind R89A-143 — 避難 from a person\'s violence or abuse is no disaster, so a broadcast-only reply about it warns', () => {
  // Kind: a disaster word (避難, 緊急) right after a harm done by a person in its clause (配偶者からの暴力で避難を考えている, DVから
  // 避難したい, 夫の暴力から逃れて避難, ストーカー被害で一時避難, 虐待から避難せんといかん): a flight from violence at home, a matter for a
  // counselling desk, not a disaster. In normal times a broadcast-only account's reply about it is an ordinary reply. A disaster going
  // on in the sentence (台風接近中のため避難してください), another disaster named (大雨で避難所を開設しました), or a harm named after the
  // word (避難所での暴力の相談) keeps it a disaster reply; 暴力団 is no harm done to the asker.
  it.each<[string, CheckContext]>([
    // the blind item
    ['@mina_y2024 配偶者からの暴力で避難を考えている場合は、まず家庭児童相談室にお電話ください。一時保護の流れについてもご説明します。', { mode: 'reply', tone: 4 }],
    // variants: DV, another harm, another verb, dialect, a comment, 緊急 too
    ['@abc DVから避難したいとお考えの方は、女性相談窓口（平日9時〜17時）へご相談ください。', { mode: 'reply' }],
    ['@abc 夫の暴力から逃れて避難される場合、住民票の閲覧制限の手続きができます。', { mode: 'reply' }],
    ['@abc ストーカー被害で一時避難が必要なときは、警察署の生活安全課にご相談を。', { mode: 'reply' }],
    ['@abc 虐待から避難せんといかん時は、子ども家庭課に電話してくれんね。', { mode: 'reply' }],
    ['パートナーからのモラハラで家を出て避難されたい方も、ご相談いただけます。', { mode: 'comment' }],
    ['@abc DV被害で緊急に避難が必要な場合は、夜間でも警察（110番）へ。', { mode: 'reply' }],
    // 安否 after the harm: the word is one of the "going on" words, so it must not count as its own disaster going on
    ['@abc 虐待が疑われる子どもの安否確認は、児童相談所と連携して行っています。ご心配ありがとうございます。', { mode: 'reply' }],
    ['@abc 虐待の通告があった子の安否は、48時間以内に職員が直接確認しています。', { mode: 'reply' }],
    ['@abc DV被害を受けた方の安否確認も、相談員が継続して行っております。', { mode: 'reply' }],
  ])('warns: %s', (text, ctx) => {
    expect(findingsOf(reply, text, ctx).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    // hard negatives: a disaster going on beside the harm, a harm in a shelter, 暴力団, a spouse in an evacuation order
    '@abc 大雨で避難所を開設しました。DV被害で住所を知られたくない方は受付でお申し出ください。',
    '@abc 避難所での暴力やハラスメントの相談は、各避難所の女性相談員へどうぞ。',
    '@abc 暴力団事務所付近の方も、台風接近中のため避難してください。',
    '@abc DV被害の方も、台風接近中のため避難してください。',
    '@abc 地震で避難している方へ。避難所での性暴力防止のため、更衣室を設けています。',
    '@abc 配偶者の方と一緒に避難所へ避難してください。現在、避難指示が発令中です。',
    '@abc 虐待防止の担当職員も、地震で被災された方の安否確認にあたっています。',
    '@abc 虐待の相談窓口は休止中です。台風接近中のため、ご家族の安否確認をお願いします。',
  ])('stays a disaster note: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
  it('in 災害時モード the reply is still allowed', () => {
    expect(findingsOf(reply, '@abc DVから避難したい方は、女性相談窓口へご相談ください。', { mode: 'reply', emergency: true }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
})

describe('reply: a disaster whose effect is denied in the past or that has gone by, with nothing going on now (blind R91A-104)', () => {
  // Kind: a broadcast-only reply, 災害時モード off, whose disaster word is followed by its effect or damage denied in the past or the
  // continuative (影響はありませんでした, 被害はなく, 特になかったけん) or by its going by (過ぎ去り, 通過しました): the disaster did not touch
  // the city or is gone, told as the reason an ordinary plan goes ahead. No disaster now, so an ordinary reply (warn).
  it.each<[string, CheckContext]>([
    // the blind item
    ['@kasa_motte_ko 台風の影響はありませんでしたので、本日の市政懇談会（沖端地区）は予定どおり19時から開催します。', { mode: 'reply' }],
    // variants: damage denied in the continuative, a disaster gone by, dialect, keigo in a comment
    ['@x 大雨による被害はなく、明日の朝市は通常どおり開きます。', { mode: 'reply' }],
    ['@x 台風は夜のうちに過ぎ去りましたので、図書館は10時から開館します。', { mode: 'reply' }],
    ['@x 地震の影響は特になかったけん、今日の健診はいつもどおりやっとるよ。', { mode: 'reply' }],
    ['お問い合わせありがとうございます。台風による市内の被害は幸いございませんでしたので、明日のごみ収集は通常どおりです。', { mode: 'comment' }],
  ])('is an ordinary reply: %s', (text, ctx) => {
    expect(findingsOf(reply, text, ctx).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    // hard negatives: the effect itself, an effect still there, a check asked or going on, a question, a future passing, something
    // going on beside the denial
    '@x 台風の影響で停電が続いています。',
    '@x 台風の影響がなくなるまで、市民体育館の受け入れを続けます。',
    '@x 台風の被害がなかったか、職員が市内を見回っています。',
    '@x 地震による被害は確認されていません。引き続き余震にご注意ください。',
    '@x 台風は今夜、市内を通過する見込みです。',
    '@x 台風が遠ざかってから外出するようにしてください。',
    '@x 大雨の影響はありませんでしたが、現在、矢部川が氾濫危険水位に達し避難指示を発令しています。',
  ])('a disaster still going on stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
})

describe('reply: the broadcast-only hint fits the mode', () => {
  const text = '@unagi_lover 台風で大変な中ですが、川下りの紅葉の見ごろは例年11月下旬ごろです😊 台風が過ぎたらぜひお越しください。'
  it('in 災害時モード it says the exception does not cover a reply off the disaster, instead of asking to switch the mode on', () => {
    const f = check(text, { site: 'x', mode: 'reply', broadcastOnly: true, emergency: true }).findings.find((x) => x.rule === 'reply/broadcast-only')!
    expect(f.hint).toContain('災害時モード中でも')
    expect(f.hint).not.toContain('有効にしてください')
  })
  it('in normal times it still suggests the mode for a disaster response', () => {
    const f = check('@kyudo_yng 来週の市民弓道大会は予定どおり開催します。', { site: 'x', mode: 'reply', broadcastOnly: true }).findings.find((x) => x.rule === 'reply/broadcast-only')!
    expect(f.hint).toContain('災害時モードを有効にしてください')
  })
})

describe('reply: 警報 of a disease or of the air is no disaster (blind R97A-104)', () => {
  it.each([
    '@netsu_kids インフルエンザの流行警報は、県の発表をもとに市のホームページでもお知らせしています。お子さんの体調、どうぞお大事に。',
    '@mama_tk 県内にインフルエンザ警報が発令されています。手洗い・うがいをお願いします。',
    '@bento_q 食中毒警報が出とるけん、お弁当は早めに食べてね。',
    '@hoikuen_m 手足口病が警報レベルになっとります。保育園からのお知らせもご確認ください。',
    '@run_club 光化学スモッグ警報が発令されたときは、屋外での運動を控えてください。',
    '@kaze_x 感染性胃腸炎の警報が出ているので、調理の前の手洗いをお願いします。',
  ])('a reply about a public-health alert is an ordinary reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    // hard negatives: a weather alert stays a disaster, even beside a health topic
    '@x 暴風警報のため、本日の予防接種は中止します。',
    '@x インフルエンザで休校中ですが、大雨警報が発令されています。',
    '@x 流行性の感冒ではなく、大雨警報が発令されています。高台へ避難してください。',
    '@x 食中毒の相談窓口は、洪水警報が出ているため本日は閉めています。',
  ])('a weather alert stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
})

describe('reply: a disaster said to have gone by in any of its wordings (抜けました, 離れました, 峠を越えました) as the reason an ordinary plan goes ahead (blind R101A-082)', () => {
  // Kind: a broadcast-only reply, 災害時モード off, whose disaster word is followed (a short gap) by a verb of going by in the past or the
  // resulting state: 抜けました, 抜けとります, 過ぎました, 去りました, 離れました, 遠ざかった, 峠を越えました (R91A-104 had only 過ぎ去り and
  // 通過しました). The disaster is over; the reply is an ordinary one (warn). A condition or a wait (抜けたら, 過ぎてから, 離れるまで), a
  // not-yet (まだ抜けていません, 峠はまだ越えていません) or something going on beside it keeps it a disaster reply.
  it.each<[string, CheckContext]>([
    // the blind item
    ['@kaze_tsuyoi_k 台風はもう抜けましたので、明日の部活動は通常どおりです。', { mode: 'reply' }],
    // variants: other verbs, dialect, keigo, a comment
    ['@a 台風は夜のうちに九州から離れましたけん、朝市は予定通りやります。', { mode: 'reply' }],
    ['@b 大雨の峠は越えましたので、図書館は午後から開館します。', { mode: 'reply' }],
    ['@c 台風はすでに過ぎましたので、明日のごみ収集は通常どおりです。', { mode: 'reply' }],
    ['@d 台風も去りましたし、週末のマルシェは予定どおり開催いたします。', { mode: 'reply' }],
    ['@e 台風はもう抜けとりますけん、バスは通常運行です。', { mode: 'reply' }],
    ['お問い合わせありがとうございます。台風は遠ざかったため、本日の窓口は通常どおり開いております。', { mode: 'comment' }],
  ])('is an ordinary reply: %s', (text, ctx) => {
    expect(findingsOf(reply, text, ctx).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    // hard negatives: a condition, a not-yet, a wait, a forecast of going by, 過去 (去 inside a word), going by beside something going on
    '@f 台風が抜けたら、避難所を閉鎖します。',
    '@g 台風はまだ抜けていませんので、避難所は開設しています。',
    '@i 大雨の峠はまだ越えていません。引き続き警戒してください。',
    '@j 台風が九州から離れるまでは、不要不急の外出はお控えください。',
    '@k 地震は過去最大級の揺れでした。避難所を開設しています。',
    '@m 台風が抜けるのは明日の朝の見込みです。避難所は開設しています。',
    '@l 台風は抜けましたが、現在も大雨警報が発令されています。',
  ])('stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
})

describe('reply: a disaster in a condition or a wait (過ぎてから, 過ぎたら, 過ぎるまで, 通過後に) is now or coming, not over (review, no blind id)', () => {
  // Kind: a broadcast-only reply, 災害時モード off, whose disaster word is followed by が過ぎ / が去 in a condition or a wait (過ぎてから,
  // 過ぎたら, 過ぎるまで, 去ってから, 過ぎた後に) or by 通過後に: the disaster is going on or coming, the reply tells what the city will do
  // once it has passed. It stays a disaster reply (info). PAST_AFTER's bare が過ぎ read it as over; now only the past or the resulting
  // state (過ぎました, 過ぎ去り, 去った, 過ぎ、) counts as over.
  it.each([
    // the review item
    '@x 台風が過ぎてから被害の確認を行います。',
    // variants: other endings, other disasters, dialect, keigo
    '@a 大雨が過ぎるまでは、不要不急の外出はお控えください。',
    '@b 台風が過ぎたら、道路の点検を行います。',
    '@c 台風が去ってから、農地の被害調査を始めますけん。',
    '@d 台風通過後に、職員が公園の倒木を確認いたします。',
    '@e 台風が過ぎた後に、避難所を閉鎖いたします。',
    '@f 台風が過ぎるのを待って、被害の確認を行います。',
  ])('stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
  it.each([
    // true violations sharing its words: the disaster said to be over (past or resulting state), an ordinary plan told
    '@g 台風が過ぎましたので、図書館は通常どおり開館します。',
    '@h 台風が過ぎ去りましたので、明日の朝市は予定どおりです。',
    '@i 台風が去ったため、週末のマルシェは開催いたします。',
    '@j 台風が過ぎ、本日のごみ収集は通常どおりです。',
    // a leisure reply inviting for after the disaster (R86A-128's 台風が過ぎたら): the wait is not its business, like a sympathy
    '@k 紅葉の見ごろは11月下旬です。台風が過ぎてからぜひお越しください。',
    '@l 大雨がやんだら、川下りにぜひ乗りに来てください。',
    '@m 台風通過後に、白秋祭の花火をお楽しみください。',
  ])('is an ordinary reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
})

describe('reply: a disaster on its way conceded before an ordinary event that goes ahead is weather to come (blind R106A-078)', () => {
  // Kind: a broadcast-only reply, 災害時モード off, whose disaster word is said to be on its way in a contrast (台風が近づいていますが、,
  // 接近しておりますけれども、, 近づいとりますばってん、, 大雨が心配されますが、) and, in the same sentence, an ordinary event is said to go
  // ahead (予定どおり開催します, 通常どおり実施いたします): an event's schedule, not evacuation, safety or damage, so an ordinary reply (warn).
  it.each([
    // the blind item
    '@keiro_kai_q 台風が近づいていますが、週末の敬老会は今のところ予定どおり開催します。変更がある場合は前日までに市ホームページでお知らせします。',
    // variants: other verbs, keigo, dialect, another disaster word
    '@user 台風が接近しておりますけれども、明日の健康相談会は通常どおり実施いたします。',
    '@a 台風の近づいとりますばってん、日曜の朝市は予定通りやります。',
    '@b 週末は大雨が心配されますが、文化祭は体育館で予定どおり行います。',
    '@c 台風が九州に近づきつつありますが、図書館は平常どおり開館します。',
  ])('is an ordinary reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    // hard negatives: a disaster already here, a shelter opened as planned, an order in force, no contrast (a warning told)
    '@d 大雨が降っていますが、炊き出しは予定どおり行います。',
    '@e 台風が近づいていますが、避難所は予定どおり18時に開設します。',
    '@f 台風が近づいていますが、すでに避難指示が発令されています。敬老会は予定どおり開催します。',
    '@g 台風が近づいています。川や用水路には近づかないでください。',
    '@h 台風が接近中ですが、敬老会は予定どおり開催します。',
  ])('stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
})

describe('reply: a disaster named as the contingency an ordinary service hangs on is weather that may come (blind R250G-037)', () => {
  // Kind: a broadcast-only reply, 災害時モード off, whose disaster word is only what the plan depends on (台風の進路次第ではありますが、,
  // 大雨の状況によっては…ありますが、) before a service said to run as usual: tourist or event information, not disaster response (warn).
  it.each([
    '@abc 大雨の状況によっては変更もありえますが、今のところ朝市は予定どおり開催します。',
    '@b 台風次第ですけど、明日の遊覧船は通常どおり運航します。',
    '@c 台風の動き次第ではございますが、現時点では週末のまつりは予定どおり開催いたします。',
  ])('is an ordinary reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    // hard negatives: a cause, not a contingency; a shelter to be opened; an evacuation urged
    '@d 台風の影響により欠航していますが、明日は通常どおり運航します。',
    '@e 台風の進路次第では避難所を開設しますが、現在は通常どおり開館しています。',
    '@f 台風が接近中です。進路次第ですが、早めに避難してください。',
  ])('stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
})

describe('reply: a disaster word said not to reach its own degree is weather denied (blind R257P-056)', () => {
  // Kind: a broadcast-only reply, 災害時モード off, whose only disaster word is denied its degree (…というほどの予報ではありません,
  // …と言えるほどではない, …になるほどの雨ではない): the weather is named to reassure, not a disaster going on, so an ordinary reply (warn).
  it.each([
    '@a 週末は大雨と言えるほどの予報ではないので、朝市は予定どおり開きます。',
    '@b 今回の台風というほどの勢力ではございませんので、遊覧船はいつもどおり運航いたします。',
    '@c 大雨になるほどの雨ではなかけん、花しょうぶまつりはやりますよ。',
  ])('is an ordinary reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    // hard negatives: the degree affirmed, or a disaster going on named beside the denial
    '@d 台風の接近で大雨になるほどの雨量が予想されています。早めに避難してください。',
    '@e 大雨というほどではありませんが、避難所を開設しています。',
    '@f 大雨というほどの予報ではありませんでしたが、川が氾濫しています。',
  ])('stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
})

describe('reply: an advisory or a warning conceded before an ordinary event that goes ahead is the day\'s weather (blind R107A-095)', () => {
  // Kind: a broadcast-only reply, 災害時モード off, whose disaster word is an advisory or a warning said to be out in a contrast
  // (大雨注意報が出ていますが、, 警報が発表されておりますが、, 警報の出とりますばってん、) and, in the same sentence, an ordinary event is
  // said to go ahead (予定どおり開催します, いつもどおりやります): an event's schedule, not evacuation, safety or damage, so an ordinary reply.
  it.each([
    // the blind item
    '@rain_chikugo 大雨注意報が出ていますが、今日の人権講演会は予定どおり開催します。足元にお気をつけてお越しください。',
    // variants: a warning, keigo, dialect, a bare 警報, ものの
    '@a 大雨・洪水警報が発表されておりますが、本日の健康相談会は通常どおり実施いたします。',
    '@b 暴風警報の出とりますばってん、朝市はいつもどおりやります。',
    '@c 警報が出ていますが、図書館は平常どおり開館しています。',
    '@d 大雨注意報が出ているものの、子ども会のお楽しみ会は予定通り行います。',
  ])('is an ordinary reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    // hard negatives: a shelter opened as planned, a special warning, relief going ahead, no contrast (a warning told), an order in
    // force, the advisory beside a call to evacuate
    '@e 大雨警報が出ていますが、避難所は予定どおり開設します。',
    '@f 大雨特別警報が出ていますが、講演会は予定どおり開催します。',
    '@g 大雨警報が出ていますが、炊き出しは予定どおり行います。',
    '@h 大雨警報が出ています。川には近づかないでください。',
    '@i 大雨警報が発令されていますが、講演会は予定どおり開催します。',
    '@j 大雨注意報が出ていますが、川の水位が上がっています。早めの避難をお願いします。',
  ])('stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
})

describe('reply: a disaster word compounded with 時, naming the case a standing service covers, is no disaster going on (blind R111A-053)', () => {
  // Kind: a broadcast-only reply, 災害時モード off, whose disaster word only qualifies a standing service or rule with 時 (災害時の
  // 要援護者名簿, 地震時の, 大雨時には, 災害発生時における) or names the standing register 避難行動要支援者: a system told in normal
  // times, with nothing going on now (避難, 発令, 開設, 現在), so an ordinary reply.
  it.each([
    // the blind item
    '@kita_yanagawa 災害時の要援護者名簿への登録は、地区の民生委員を通じて受け付けています。',
    // variants: another disaster word, dialect, keigo, the register's legal name
    '@a 地震時の家具の転倒防止器具の取り付けは、高齢者世帯を対象に無料で行っています。',
    '@b 避難行動要支援者名簿への登録は、福祉課の窓口でいつでも申請できますよ。',
    '@c 大雨時には側溝の清掃を業者に依頼しとります。ご相談は道路課へどうぞ。',
    '@d 災害発生時における要配慮者の受け入れについては、市内の福祉施設と協定を結んでおります。',
  ])('is an ordinary reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    // hard negatives: the same words with a disaster going on now (a shelter opened, an order in force, a safety check now, landfall)
    '@e 現在、避難所を開設しています。災害時の要援護者の方は職員がお迎えに伺います。',
    '@f 大雨で避難指示が発令されています。災害時要援護者の方は早めに避難してください。',
    '@g 避難行動要支援者の方の安否確認を、民生委員と一緒に今行っています。',
    '@h 台風が上陸しました。災害時の給水は市民体育館で行っています。',
  ])('stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
})

describe('reply: a closure by the disaster told in the past before the service comes back is no disaster going on (blind R165I-016)', () => {
  // Kind: after a disaster word, what it closed in the past or past progressive (お休みしていた, 運休となっておりました, 休館していましたが)
  // and the service said to reopen or run as usual in the same sentence (通常どおり営業します, 平常どおり運行します, 再開します).
  it.each([
    '@a 大雨で運休していた循環バスは、本日から平常どおり運行します。',
    '@b 地震の影響で休館しておりましたが、歴史資料館は明日から開館いたします。',
    '@c 台風のため休園となっておりました市民の森は、土曜日から再開します。',
    '@d 大雨の影響によりお休みしていた朝市は、今週から通常通り開きます。再開しますのでぜひどうぞ。',
  ])('is an ordinary reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    // hard negatives: the closure still on, the reopening not yet or undecided, a closure now with a shelter open
    '@e 台風の影響でお休みしています。再開は未定です。',
    '@f 大雨で運休していたバスは、まだ再開していません。',
    '@g 台風の影響で休館していましたが、再開のめどは立っていません。',
    '@h 台風の影響で休館しています。避難所を開設しています。',
  ])('stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
})

describe('reply: a reply about getting ready spread over paragraphs is an ordinary reply (blind R166I-002)', () => {
  // Kind: one paragraph names the material of getting ready (防災マップ, ハザードマップ, 日頃から), the others list what to look at on it
  // (想定される浸水, 指定避難所) or what to sign up for (避難情報を受け取る), and no paragraph tells of anything going on now.
  it.each([
    'ハザードマップは市役所の窓口でお渡ししています。\n\n■確認しておきたいこと\n・想定される浸水の深さ\n・最寄りの指定避難所',
    'お問い合わせの件、防災マップは市ホームページからダウンロードできます。\n\n土砂災害の警戒区域も地区ごとに載っています。',
    '日頃からの備えについてのご質問ですね。\n\n防災メールに登録すると、避難情報や警報を受け取れます。',
  ])('is an ordinary reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    // hard negatives: a paragraph tells of a disaster going on or on its way now
    '防災マップは窓口でお渡ししています。\n\n現在、避難指示が発令されています。最寄りの避難所へ避難してください。',
    'ハザードマップは市HPにあります。\n\n大雨で浸水した地区があります。避難所を開設しています。',
    'ハザードマップは市HPにあります。\n\n台風10号が接近しています。早めに避難してください。',
    '防災マップでご確認ください。\n\n川の水位が上がっています。避難所は市民体育館です。',
  ])('stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
})

describe('reply: a disaster said to be on its way now (接近しています, 近づいております) outweighs a request to check a shelter (review of blind R166I-002)', () => {
  // Kind: the approach told in the progressive (接近しています, 近づいております) is going on now, as 接近中 is; a request to look something up
  // (避難所の場所をご確認ください) then belongs to the disaster, not to getting ready. The approach to come (接近する前に, 接近する見込み) or a
  // season (台風シーズン前に) is still getting ready.
  it.each([
    '台風10号が接近しています。避難所の場所をご確認ください。',
    '台風が近づいております。お住まいの地区の避難所をご確認ください。',
    '大型の台風が接近しているため、避難経路を事前にご確認ください。',
  ])('stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
  it.each([
    '台風が接近する前に、ハザードマップで避難所の場所をご確認ください。',
    '台風シーズン前に、避難所の場所をご確認ください。',
    '日頃から、避難所の場所をご確認ください。',
  ])('is an ordinary reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
})

describe('reply: a disaster word naming what a subscription service carries (blind R194A-021)', () => {
  // Kind: 避難情報 or 警報 as the kind of message a channel sends once subscribed (登録すると、避難情報などをお届けします, アプリで警報や
  // 避難情報を受け取れます): the channel is explained in normal times, nothing is going on. Something going on now, or the message said
  // sent today with no subscription, stays a disaster reply.
  it.each([
    'ご意見ありがとうございます。防災アプリをダウンロードすると、避難情報などがスマホに届きます。',
    'お問い合わせありがとうございます。防災メールに登録すると、警報や避難情報を受け取れます。',
  ])('is an ordinary reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    'お問い合わせありがとうございます。現在、大雨のため避難指示を発令しています。LINEに登録すると避難情報をお届けします。',
    'お問い合わせありがとうございます。先ほど避難情報を配信しました。',
    'お問い合わせありがとうございます。避難所は市民体育館です。',
  ])('stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
})

describe('reply: disaster words coordinated before a condition for such days (blind R210A-008)', () => {
  // Kind: a list of weather nouns joined by や/・/と/か before の日は/のときは/の場合は (大雨や強風の日は欠航します) names the days a
  // standing rule covers; every word of the list is in the condition, not only the last. A list told as going on now (台風や大雨で
  // 避難所を開設しています) or a condition beside something going on now stays a disaster reply.
  it.each([
    'ご質問ありがとうございます。遊覧船は小雨なら運航しますが、台風や大雪の日は欠航となります。',
    'お問い合わせの件、雷・大雨のときは屋外プールを閉めております。',
    'ご質問ありがとうございます。大雨と強風の場合は、朝市はお休みです。',
  ])('is an ordinary reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    'お問い合わせありがとうございます。台風や大雨で、ただいま避難所を開設しています。',
    '大雨や洪水のときは開設済みの避難所へ。現在、避難指示を発令しています。',
    'ご質問ありがとうございます。大雨や強風で、川の水位が上がっています。',
  ])('stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
})

describe('reply: a disaster word naming the season it comes in is no disaster going on (blind R28B-060 kind)', () => {
  // Kind: a broadcast-only reply, 災害時モード off, whose disaster word only names a time of year (台風の時期は, 大雨の季節には,
  // 台風が多い時期も): small talk about such days, with nothing going on now, so an ordinary reply. A season named beside a disaster
  // going on now (現在接近しています, 避難所を開設しました) stays a disaster reply.
  it.each([
    '台風の時期は遊覧船の欠航が心配になりますよね。運航状況は事業者のサイトでご確認いただけます。',
    'ご質問ありがとうございます。大雨の季節には、側溝の清掃依頼が増えますので、お早めに道路課へどうぞ。',
    '@b 台風が多い時期も、朝市は原則開催しとります。',
  ])('is an ordinary reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    '台風の時期ですが、現在、台風が接近しています。早めの避難をお願いします。',
    'お問い合わせありがとうございます。大雨の季節に入り、ただいま避難所を開設しています。',
  ])('stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
})

describe('reply: a water stop said as planned in advance is no disaster (blind R262J-037 kind, qtr10)', () => {
  // Kind: a broadcast-only reply, 災害時モード off, about a water stop the city set in advance (計画断水, 断水を予定しています, 断水の予定は):
  // planned works with a timetable, not a disaster, so an ordinary reply. A water stop going on with no plan said (断水が続いています), or
  // one caused by a disaster, stays a disaster reply.
  it.each([
    '@suido_q 計画断水は来週火曜の10時から14時までです。給水車を地区の集会所に置きます。',
    '@m_k 明後日の午前中、この地区で断水を予定しています。ご不便をおかけします。',
    '@aa 断水の予定は13日の夜間のみです。前日にお水の汲み置きをお願いします。',
  ])('is an ordinary reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    '@aa 断水が続いています。給水所は三橋公民館です。',
    '@bb 地震の影響で断水しています。復旧は明日の予定です。',
  ])('stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
})

describe('reply: a disaster word used as a comparison is no disaster (blind R287L-052 kind, misc17)', () => {
  // Kind: a broadcast-only reply, 災害時モード off, where a disaster word only measures something else (台風なみの人気, 地震級の盛り上がり,
  // 洪水のような人出, 嵐のような拍手): a figure of speech, so an ordinary reply that stays a warning. Hard negatives: the comparison of a
  // storm's own wind or strength (台風並みの暴風, 台風級の勢力) and a real typhoon named stay disaster replies.
  it.each([
    '@funanori 台風なみの人気で、連休の川下りは大にぎわいです。早めのご予約がおすすめです。',
    '@ab 昨日の白秋祭は地震級の盛り上がりでした！ありがとうございました。',
    '@cd 洪水のような人出で、うなぎ屋さんにも行列ができていました。',
    '@ef 嵐のような拍手をいただき、出演者一同感激しています。',
  ])('is an ordinary reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    '@gh 台風並みの暴風が吹く見込みです。不要不急の外出は控えてください。',
    '@ij 台風10号の接近に伴い、避難所を開設しています。',
    '@kl 台風級の勢力の低気圧が接近中です。',
  ])('stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
})

describe('reply: an alert as the condition of a standing rule, with the time it is checked at, is no disaster (blind R299D-032 kind, misc20)', () => {
  // Kind: a broadcast-only reply, 災害時モード off, explaining a general rule keyed to an alert at a set time or stage (警報が朝6時の
  // 時点で出ている場合は休校, 警報が午前7時に出ていれば, 登校時刻までに出たときは): ordinary-time guidance, so an ordinary reply that
  // stays a warning. Hard negatives: an alert out today (出ているため、本日は), something going on now (現在, 避難所を開設), a shelter open.
  it.each([
    '@hogosha_a 暴風警報が午前6時の時点で発表されている場合は、中学校は休校になります。',
    '@b_mama 大雨警報が朝7時に出ていれば、保育園は自宅保育のお願いとなります。',
    '@cc 警報が登校時刻までに出たときは、自宅で待機してください。解除後の対応は学校からお知らせします。',
  ])('is an ordinary reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    '@dd 大雨警報が朝7時の時点で出ているため、本日は臨時休校です。',
    '@ee 現在、大雨警報が朝7時の時点で出ている地区では、避難所を開設しています。',
    '@someone 避難所は開設中です。',
  ])('stays a disaster reply: %s', (text) => {
    expect(findingsOf(reply, text, { mode: 'reply' }).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
})

describe('reply (4(3)): a thanks for a voice from a shelter that tells relief delivered is a disaster reply (reviewer false positives of the R309C-004 kind)', () => {
  // Kind: the reply delivers disaster relief (毛布, 段ボールベッド, 炊き出し, 給水車, 仮設トイレ, 排水ポンプ): a disaster reply, not a thanks only.
  const first = (text: string) => summary(findingsOf(reply, text, { mode: 'reply', broadcastOnly: true }))[0] ?? ''
  it.each([
    '@abc 避難所でのご要望ありがとうございます。毛布を追加でお届けします。',
    '@abc 避難所へのご意見ありがとうございます。明日の朝から炊き出しを行います。',
    '@abc 避難生活でのご要望、ありがとうございます。仮設トイレを2基追加します。',
    '@abc 避難所でのご要望、担当に伝えます。給水車は午後2時に到着予定です。',
    '@abc 大雨へのご心配のお声、ありがとうございます。排水ポンプを稼働させています。',
  ])('notes %s', (text) => {
    expect(first(text)).toMatch(/^reply\/emergency:info/)
  })
})

describe('reply (4(3)): in 災害時モード a fan\'s reply to a performer is no disaster reply (blind R367Q-045 kind)', () => {
  const ctx: CheckContext = { mode: 'reply', broadcastOnly: true, emergency: true }
  it.each([
    '@hana_fan 昨日のコンサートおつかれさまでした！本当に最高でした✨',
    '@band_x 公演よかったです！また行きます！',
  ])('warns %s', (text) => {
    expect(findingsOf(reply, text, ctx).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/broadcast-only:warn'])
  })
  it.each([
    '@abc 公演は中止になりました。避難所は市民体育館です。',
    '@abc 避難所の運営おつかれさまでした。最高のチームでした！',
    '@abc 給水車は午後3時に到着予定です。',
  ])('notes %s', (text) => {
    expect(findingsOf(reply, text, ctx).map((f) => `${f.rule}:${f.severity}`)).toEqual(['reply/emergency:info'])
  })
})
