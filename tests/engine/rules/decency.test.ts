import { describe, expect, it } from 'vitest'
import { decency } from '../../../src/engine/rules/decency'
import { findingsOf, summary } from '../helpers'

/** [text, rule, severity] — a finding the text must have. */
type Case = [string, string, 'block' | 'warn']

describe('decency (4(2))', () => {
  const invalid: Case[] = [
    // Sexual words and slurs, in every spelling.
    ['パパ活はやめよう', 'decency/sexual', 'block'],
    ['エロい写真', 'decency/sexual', 'block'],
    ['その水着の写真いいね、もっとエッチなの送ってよ', 'decency/sexual', 'block'],
    ['外人が多い', 'decency/discriminatory', 'block'],
    ['キチガイじみた', 'decency/discriminatory', 'block'],
    ['女のくせに', 'decency/discriminatory', 'block'],
    ['ﾎﾓ同士でどんこ舟に乗るのはやめてほしいわ', 'decency/discriminatory', 'block'],
    ['@kid ガ〇ジかよｗ 地図も読めんと？', 'decency/discriminatory', 'block'],
    ['チョ〇ンは柳川に来るな', 'decency/discriminatory', 'block'],
    ['キ〇ガイみたいなクレーム', 'decency/discriminatory', 'block'],
    ['あいつはレズだ', 'decency/discriminatory', 'block'],
    ['ガ イ ジ ン は 日 本 の ル ー ル 守 ら ん け ん 、 乗 せ ん で よ か', 'decency/discriminatory', 'block'],
    ['老害はイベントに来んでよかけん！若者優先でいくばい', 'decency/discriminatory', 'block'],
    ['ブスは写真に写り込まんでね〜笑', 'decency/discriminatory', 'block'],
    ['で ぶ は舟が沈むけん乗らんで🤣', 'decency/discriminatory', 'block'],
    // A protected group with a negative or exclusionary predicate.
    ['同性愛は異常だと考えておりますので、婚活イベントは男女の組み合わせのみ受け付けます。', 'decency/discriminatory', 'block'],
    ['L G B T とかいう変わった人たちのためにトイレを作る予算は無駄だと思います。', 'decency/discriminatory', 'block'],
    ['ゲイの方のご参加はご遠慮ください。', 'decency/discriminatory', 'block'],
    ['障害のある方が舟に乗られると、他のお客様のご迷惑になりますので、ご遠慮いただけますでしょうか。', 'decency/discriminatory', 'block'],
    ['車椅子の方は入店お断りです。', 'decency/discriminatory', 'block'],
    ['障害者は邪魔です', 'decency/discriminatory', 'block'],
    ['中国人はマナーが悪いので正直来てほしくありません。', 'decency/discriminatory', 'block'],
    ['外国人観光客は入店禁止にしてほしい', 'decency/discriminatory', 'block'],
    ['韓国人はお断りします', 'decency/discriminatory', 'block'],
    ['市内のあの地区は昔から部落だったので、土地を買うときは気をつけたほうがいい。', 'decency/discriminatory', 'block'],
    ['同和地区の人との結婚は反対です', 'decency/discriminatory', 'block'],
    ['年寄りは引っ込んでろ', 'decency/discriminatory', 'block'],
    ['船頭さんはおじいちゃんばっかりやけん、耳が遠くて注文は大声でね😂', 'decency/discriminatory', 'block'],
    ['女性職員にはお茶くみと受付だけやらせとけばいいと思う。', 'decency/discriminatory', 'block'],
    ['女性は家庭に入るべきです', 'decency/discriminatory', 'block'],
    ['感染者は出歩くな', 'decency/discriminatory', 'block'],
    // Sexual remarks about people and innuendo.
    ['浴衣の女の子たち、胸元がチラッと見えるのもお祭りの醍醐味！？👀', 'decency/sexual', 'block'],
    ['キャンペーンガール、ＯＰＰＡＩ大きめでーす', 'decency/sexual', 'block'],
    ['コンパニオンの女性たち、全員すぐヤれそうな顔してますね。', 'decency/sexual', 'block'],
    ['スカートの女性は下からの視線に気をつけて😏 まあ見えても眼福やけど', 'decency/sexual', 'block'],
    ['新人の女の子、エロい体しとるけん会いに来てね♡ 夜のお相手も募集中らしいよ', 'decency/sexual', 'block'],
    ['うなぎで精力をつけて、今夜はがんばってくださいね♡', 'decency/sexual', 'block'],
    ['うなぎの肝はｾｲﾘｮｸがつくけん、奥さんも喜ぶよ😉', 'decency/sexual', 'block'],
    ['受付の職員さん、お尻が大きくてたまらん', 'decency/sexual', 'block'],
    // Looks of staff or residents.
    ['さげもんめぐりの受付は美人すぎる職員が担当します✨', 'decency/lookism', 'block'],
    ['市役所の若手男性職員はイケメン揃い！', 'decency/lookism', 'block'],
    ['スタイル抜群の田中さんがご案内します', 'decency/lookism', 'block'],
    ['候補者は例年よりレベルが高く、特に脚のきれいさは過去最高です。', 'decency/lookism', 'block'],
    ['かわいい女の子がお出迎えします', 'decency/lookism', 'block'],
    // Stereotypes (warn).
    ['女子力高めのあなたにおすすめ！', 'decency/stereotype', 'warn'],
    ['方向音痴の女性でも迷わない！散策マップができました', 'decency/stereotype', 'warn'],
    ['ぽっちゃりさんでも安心！どんこ舟は定員たっぷり🐷', 'decency/stereotype', 'warn'],
    ['女性でも簡単に使えるアプリです', 'decency/stereotype', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
    '「女のくせに」「ブス」といった言葉は人を深く傷つけます。',
    '「ホモ」「オカマ」などの呼び方はやめましょう。',
  ])('notes a mention in %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.length).toBeGreaterThan(0)
    expect(found.every((f) => f.severity === 'info')).toBe(true)
  })

  const valid = [
    'ちびっこマラソン大会',
    'ちびっこ広場で遊ぼう',
    'フェラーリ展示会',
    'お構いなく',
    '非人道的な行為を許さない',
    'ちょんまげ姿で行列',
    'シナモンロール',
    '東シナ海の天気',
    'ページをめくらないでください',
    'かたわらに咲く花',
    '帰ろう、かえろう',
    'ホモ・サピエンスの歴史',
    'ホモサピエンス展',
    '外国人観光客をお迎えします',
    '海外人材の受け入れを進めます',
    '是非人気のスポットへ',
    '県外人口の推移',
    '市内の池沼で水質調査を行いました',
    '障害者差別解消法に基づく合理的配慮',
    '痴漢撲滅キャンペーン',
    '本日は地震で連絡が取れず、ご迷惑をおかけしました',
    '女子サッカー九州大会が開催されます。',
    '男女共同参画講演会「家事も育児もみんなで」を開催します。',
    '市では、部落差別をはじめとするあらゆる差別の解消に向けて、人権教育に取り組んでまいります。',
    '性別、障害、国籍、出身地（部落差別を含む）、性的指向などを理由とした差別のない社会を目指します。',
    '性の多様性を考えるパネル展を開催中です。LGBTQの方々の声を紹介しています。',
    '障害者週間にあわせ、障害のある方の作品展を開催します。',
    '障害のある方は優先してご乗船いただけます。',
    '車椅子の方はご遠慮なくスタッフにお声がけください。',
    '点字ブロックの上に自転車を置くと、目の不自由な方の迷惑になります。',
    '外国人住民の皆さんのための多言語相談窓口を開設しました。',
    '外国人の方は在留カードをお持ちください。',
    '高齢者向けスマートフォン教室を開催します。申し込み不要です。',
    '高齢者の方は無理をせず、早めに避難してください。',
    '65歳以上の方は予約不要です。',
    '高齢者は耳が遠い方も多いので、大きな声でゆっくり話しましょう。',
    '船頭歴40年のベテラン、松尾さん（78）。',
    '妊娠中の方は安全上の理由から乗船をご遠慮ください。',
    '発熱などの症状がある方は来場をご遠慮ください。',
    '感染者が確認されたため臨時休館します。ご迷惑をおかけします。',
    '胸部X線撮影による検診を実施します。',
    '乳がん検診：胸のしこりなど気になる症状がある方は受診してください。',
    '「胸がいっぱいです」と話していました。',
    '下着類や汚れのひどいものは回収できません。',
    '精力的に活動されている市民活動団体の皆さま',
    '夏バテ防止に、スタミナ食のうなぎはいかがですか。',
    '着物姿のお客さまが町を歩き、華やかな色合いが掘割沿いを彩っています',
    '赤ちゃんがおっぱいを飲まないときの相談',
    '美人の湯として知られる温泉',
    'かわいい子どもたちの作品が並びます',
    'かわいい女の子の人形が飾られています',
    'ライフスタイルに合わせた働き方',
    '三脚の使用はご遠慮ください',
    'まだまだやれる！シニア体操教室',
    'やらせの写真ではありません',
    '夜のお楽しみ会を開催します',
    '今夜はお楽しみに！',
    '下半身の筋力トレーニング教室',
    '女性専用の相談窓口です',
    '女性でも安心して参加できる夜間ウォーキング',
    'そこでぶつかった',
    'ハゲタカの観察会',
    '水着の貸し出しはありません',
    '盗撮防止のため、更衣室にはカメラを設置していません',
    'ママでも参加しやすい時間帯です',
    '男性も育児に参加すべきです',
    '■もも狩り体験',
    '支那そばの名店',
    // From real municipal bulletins (Municipal-Bulletin, CC BY 4.0): bullets and crosses are not 伏せ字.
    '■くらしき健康福祉プラザまつり',
    '◇くらしき地域若者サポートステーション',
    'マッチングイベント「クリスマスパーティ×くら婚」の参加者募集',
    '■つちや産業(株)',
    '◆人が集う場所に',
    '誤った情報に惑わされず、市の公式情報をご確認ください。',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
})
