import { describe, expect, it } from 'vitest'
import { hostility } from '../../../src/engine/rules/hostility'
import type { CheckContext } from '../../../src/engine'
import { findingsOf, summary } from '../helpers'

const reply: CheckContext = { mode: 'reply' }

/** [text, rule, severity, excerpt] — the finding the text must have. */
type Case = [string, string, 'block' | 'warn' | 'info', string]

describe('hostility (5(3))', () => {
  const invalid: Case[] = [
    // Insult nouns and adjectives, in every spelling.
    ['バカじゃないの', 'hostility/insult', 'block', 'バカ'],
    ['ﾊﾞｶじゃないの', 'hostility/insult', 'block', 'ﾊﾞｶ'],
    ['バ カ じゃないの', 'hostility/insult', 'block', 'バ カ'],
    ['@user バーカｗ 料金も調べられんと？', 'hostility/insult', 'block', 'バーカ'],
    ['人間のクズだ', 'hostility/insult', 'block', '人間のクズ'],
    ['おまえ、ほんとｸｽﾞやな', 'hostility/insult', 'block', 'おまえ'],
    ['お前が悪い', 'hostility/insult', 'block', 'お前'],
    ['あなたのようなゴミ人間に読んでもらわなくて結構です。', 'hostility/insult', 'block', 'ゴミ人間'],
    ['あいつらは社会のゴミだ', 'hostility/insult', 'block', '社会のゴミ'],
    ['文句ばかり言う連中は虫けら同然', 'hostility/insult', 'block', '虫けら'],
    ['こういう人は地域の害虫です', 'hostility/insult', 'block', '地域の害虫'],
    ['この人、ほんとキモすぎ。ブロックしとこ', 'hostility/insult', 'block', 'キモすぎ'],
    ['コメントしてくる人ｳｻﾞい', 'hostility/insult', 'block', 'ｳｻﾞい'],
    ['平日の窓口で怒鳴ってるのはだいたいジジイ。', 'hostility/insult', 'block', 'ジジイ'],
    ['クレーム入れてくるババア、まじで何なん', 'hostility/insult', 'block', 'ババア'],
    ['税金泥棒とか言ってくる暇人', 'hostility/insult', 'block', '暇人'],
    ['ア・ホ・か。何回書けば分かると？', 'hostility/insult', 'block', 'ア・ホ'],
    ['@k バ〇じゃないの？', 'hostility/insult', 'block', 'バ〇'],
    // Contempt for the person's mind.
    ['そんなことも分からないんですか？', 'hostility/insult', 'block', 'そんなことも分からないんです'],
    ['@a こんなことも知らないの？', 'hostility/insult', 'block', 'こんなことも知らないの'],
    ['頭ついてますか？', 'hostility/insult', 'block', '頭ついてます'],
    ['日本語読めますか？予約不要と書いてあります', 'hostility/insult', 'block', '日本語読めます'],
    ['頭悪すぎて話にならん', 'hostility/insult', 'block', '頭悪すぎ'],
    ['目は節穴ですか', 'hostility/insult', 'block', '目は節穴'],
    ['さげもんの意味も知らんくせに', 'hostility/insult', 'block', 'も知らんくせに'],
    // Curses: imperatives, masked and spelt-out forms.
    ['消えろ', 'hostility/curse', 'block', '消えろ'],
    ['@shiro 失せろ。', 'hostility/curse', 'block', '失せろ'],
    ['黙れよ', 'hostility/curse', 'block', '黙れ'],
    ['市長は辞めろ', 'hostility/curse', 'block', '辞めろ'],
    ['ｸﾀﾊﾞﾚｗ 二度と来んな', 'hostility/curse', 'block', 'ｸﾀﾊﾞﾚ'],
    ['二度と来んな', 'hostility/curse', 'block', '二度と来んな'],
    ['ｼﾈ。二度と絡んでくるな', 'hostility/curse', 'block', 'ｼﾈ'],
    ['シネ', 'hostility/curse', 'block', 'シネ'],
    ['し ね', 'hostility/curse', 'block', 'し ね'],
    ['死\u200bね。ブロックしました', 'hostility/curse', 'block', '死\u200bね'],
    ['死 ね 死 ね 死 ね', 'hostility/curse', 'block', '死 ね×3'],
    ['氏ねばいいのに', 'hostility/curse', 'block', '氏ねばいい'],
    ['タヒね', 'hostility/curse', 'block', 'タヒね'],
    ['〇ね。', 'hostility/curse', 'block', '〇ね'],
    ['もう、し〇。毎回迷惑', 'hostility/curse', 'block', 'し〇'],
    ['4ね', 'hostility/curse', 'block', '4ね'],
    ['ＳＨＩＮＥ　二度と来るな', 'hostility/curse', 'block', 'ＳＨＩＮＥ'],
    ['S H I N E', 'hostility/curse', 'block', 'S H I N E'],
    ['ついでに消えて💢', 'hostility/curse', 'block', '消えて'],
    ['早く消えてくれ', 'hostility/curse', 'block', '消えてくれ'],
    // Harm wished on someone (〜ばいいのに, 〜ればよか, 〜たらいいのに, 〜てしまえ).
    ['死ねばいいのに', 'hostility/curse', 'block', '死ねばいい'],
    ['あんたみたいな人は有明海に沈めばよか', 'hostility/curse', 'block', '沈めばよか'],
    ['あなたの家こそ次の大雨で浸水すればいいと思います。', 'hostility/curse', 'block', '浸水すればいい'],
    ['そんなこと言う人は夜道で襲われればいいのに', 'hostility/curse', 'block', '襲われればいい'],
    ['こんな店、潰れたらいいのに', 'hostility/curse', 'block', '潰れたらいい'],
    ['お前みたいなクズは掘割に落ちてしまえ', 'hostility/curse', 'block', '落ちてしまえ'],
    ['批判ばかりする議員なんか辞めてしまえ', 'hostility/curse', 'block', '辞めてしまえ'],
    ['そんな人は事故にあえばいい', 'hostility/curse', 'block', '事故にあえばいい'],
    // Threats.
    ['殺すぞ', 'hostility/threat', 'block', '殺すぞ'],
    ['写真パクったやつ、見つけ次第ぶっ飛ばす👊', 'hostility/threat', 'block', 'ぶっ飛ばす'],
    ['この写真にケチつけた奴、誰か特定して晒してやって', 'hostility/threat', 'block', '特定して晒'],
    ['お前の住所くらい分かっとるけんな。覚悟しとけよ', 'hostility/threat', 'block', '住所くらい分かっと'],
    ['夜道には気をつけろよ', 'hostility/threat', 'block', '夜道には気をつけろ'],
    ['ただで済むと思うなよ', 'hostility/threat', 'block', 'ただで済むと思う'],
    // Offensive emoji aimed at people.
    ['@critic 🖕', 'hostility/insult', 'block', '🖕'],
    ['文句ばっかり言う人💩', 'hostility/insult', 'block', '💩'],
    // Condescending, sarcastic or dismissive replies (warn).
    ['いい加減にしてください', 'hostility/confrontational', 'warn', 'いい加減にして'],
    ['常識的に考えてわかるはずです', 'hostility/confrontational', 'warn', '常識的に考えて'],
    ['常識で考えれば分かると思いますが、小雨でも運航しています。', 'hostility/confrontational', 'warn', '常識で考えれば'],
    ['常 識 で 考 え れ ば 分 か り ま す よ ね ？', 'hostility/confrontational', 'warn', '常 識 で 考 え れ ば'],
    ['普通に考えたら分かると思います', 'hostility/confrontational', 'warn', '普通に考えたら分か'],
    ['文句を言う前に、ご自身で広報を読まれてはいかがでしょうか。', 'hostility/confrontational', 'warn', '文句を言う前に'],
    ['嫌なら来なくて結構です。', 'hostility/confrontational', 'warn', '嫌なら来なくて結構'],
    ['イヤなら利用しなくていいですよ', 'hostility/confrontational', 'warn', 'イヤなら利用しな'],
    ['少しはご自分で調べてからご質問ください。', 'hostility/confrontational', 'warn', '少しはご自分'],
    ['それくらいご自分でお調べください', 'hostility/confrontational', 'warn', 'それくらいご自分で'],
    ['何度も言っていますが、日程はホームページに掲載済みです。', 'hostility/confrontational', 'warn', '何度も言っていますが'],
    ['何度も申し上げておりますが、受付は終了しました。', 'hostility/confrontational', 'warn', '何度も申し上げておりますが'],
    ['同じ内容を繰り返し送られていますが、いい加減にしていただけますか。', 'hostility/confrontational', 'warn', 'いい加減にして'],
    ['市のホームページも見ずにここまで自信満々に書けるなんて、ある意味尊敬します。', 'hostility/confrontational', 'warn', 'ある意味尊敬'],
    ['写真が暗いって、画面の明るさを上げてから言ってもらえます？😅', 'hostility/confrontational', 'warn', 'てから言ってもらえ'],
    ['一度柳川に住んでから書いていただきたいものです。', 'hostility/confrontational', 'warn', 'でから書いていただき'],
    ['ろくに取材もせずに書かれた記事のようです。', 'hostility/confrontational', 'warn', 'ろくに取材もせず'],
    ['掘割の規模では柳川に到底かなわないでしょうけど。', 'hostility/confrontational', 'warn', '到底かなわないでしょう'],
    ['真似をするなら、もう少し勉強してからにしていただきたいですね。', 'hostility/confrontational', 'warn', '真似をするなら'],
    ['人生暇なんやろうね', 'hostility/confrontational', 'warn', '人生暇なん'],
    ['よくそんなことが言えますね', 'hostility/confrontational', 'warn', 'よくそんなことが言えます'],
    ['文句があるなら来なくていいです', 'hostility/confrontational', 'warn', '文句があるなら'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity, excerpt) => {
    const found = findingsOf(hostility, text, reply)
    expect(summary(found)).toContain(`${rule}:${severity}:${excerpt}`)
  })

  // Quoted as examples in an awareness context: a mention, at most info.
  it.each([
    '【ネットいじめ防止講座】SNS上の「死ね」「消えろ」といった書き込みは、冗談のつもりでも相手を深く傷つけます。',
    '【人権啓発】「バカ」「クズ」などの言葉も、画面の向こうの相手を深く傷つけます。',
    '「キモい」「ウザい」という言葉を使わないようにしましょう。',
    '「死ねばいいのに」という書き込みは脅迫になることがあります。',
  ])('notes a mention in %s', (text) => {
    const found = findingsOf(hostility, text)
    expect(found.length).toBeGreaterThan(0)
    expect(found.every((f) => f.severity === 'info')).toBe(true)
  })

  const valid = [
    'バカンスシーズンの観光案内',
    '夏のバカンスは水郷柳川へ。',
    'ウスバカゲロウの幼虫を観察します',
    'アホウドリやカモメが登場する絵本を読みます',
    '野菜くずを堆肥にしましょう',
    'くず餅の作り方教室',
    '地域の力を活かすまちづくり',
    '酒かすを使った料理',
    '燃やすごみは月曜日です',
    'ゴミ出しのルール',
    '燃えるゴミは週2回の収集です',
    'ピンボケ写真コンテスト',
    'ばかりではありません',
    '文句ばっかり言わずに楽しもう',
    '肝煎りの事業です',
    'カスタム設定',
    'うなぎのキモ吸い、ご存じですか？',
    '寝たばこは絶対にやめましょう。たばこの火が消えたことを必ず確認してください。',
    '停電で街灯が消えて、暗くなっています。',
    'さげもんめぐりは申し込みが殺到したため受付を終了しました。',
    '台風の襲来に備え、川下りは本日全便運休となります。',
    '時間もないしね、早めに行こう',
    '楽しいしね〜',
    '落とし物を見つけ次第ご連絡ください。',
    '暑さをぶっ飛ばす夏祭り！',
    '小学生以下は無料です。',
    '小学生でもできる簡単な工作教室です。',
    '常識にとらわれない発想でまちづくり',
    '予約しなくても大丈夫です。',
    'ご記入いただかなくても結構です。',
    '印鑑はお持ちいただかなくても結構です。',
    '手を洗ってから食べてください。',
    '内容をご確認いただいてからお申し込みください。',
    '帰れるうちに早めに帰宅してください。',
    '来るなら早めがおすすめです。',
    '詳しくはホームページをご覧ください。',
    '害虫駆除の補助制度があります。',
    '寄生虫卵検査を実施します。',
    '胸がむかつくときは受診してください。',
    '底辺の長さを求めましょう。',
    '船頭さんの歌声が響いてました',
    '何度も足を運んでいただきありがとうございます。',
    '白秋祭は何度来ても楽しめます。',
    'あなたのような方にこそ参加していただきたいです。',
    'ぶっちゃけ柳川のうなぎ、百倍うまいっしょ？ｗ',
    'くせになる味です。',
    'クセになる食感のお菓子です',
    '交通死亡事故が発生しています。',
    '死ぬまでに一度は見たい景色です。',
    '〇月〇日に開催します。',
    '〇ねんせいのみなさん',
    '4ねんせいのみなさんが見学に来ました。',
    '雨の日は傘を忘れないでね',
    '二度と同じ事故が起きないよう対策します。',
    '二度と来られない貴重な機会です。',
    '文句なしのおいしさです。',
    '乗り物酔いで気持ち悪くなったら休憩してください。',
    'Shine on! 柳川の夜景',
    // From real municipal bulletins (Municipal-Bulletin, CC BY 4.0).
    '正常な免疫があればかからない病気を発症した状態をいいます。',
    'リサイクル飼料は栄養があり食いつきもいい',
    'ボケの実農園　5年前からボケの実を栽培しています',
    '■映画「おまえの親になったるで」上映会とシンポジウム',
    '■かめない・かみにくい',
    'トンボは稲に付く害虫を食べてくれる益虫である。',
    '日本のがん死亡原因上位にある胃・肺・大腸の検診を受けましょう。',
    '決して手を抜いたわけではございません。',
    '夜道に気をつけてお帰りください。',
    'あかちゃんハイハイレース',
    'はがきが届きます。往復はがきは',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
})
