import { describe, expect, it } from 'vitest'
import { hostility } from '../../../src/engine/rules/hostility'
import type { CheckContext } from '../../../src/engine'
import { checkRules as check, findingsOf, summary } from '../helpers'
import { ORDINARY_NOTICES } from './ordinary'

describe('hostility: one shared vocabulary for "we know who you are" (IDENTITY_SUBJECT, HOME_SUBJECT, KNOW_DONE, KNOW_EASILY), the forms each rule gains from the others', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // the poster told who they are is known, in the keigo of R109A-028 (承知しております, 把握しとります), then warned
    ['@abc 中傷を繰り返されている件、発信元はすでに承知しております。今後の発言には十分お気をつけください。', 'hostility/threat:block', 'reply'],
    ['何度も同じ書き込みをされる方へ。投稿主の正体はもう把握しとります。今後の発言には気をつけた方がいいですよ。', 'hostility/threat:block', 'comment'],
    // a critic's home or real name said known, with a warning to remember it (R109A-028 kind, the nouns of HOME_FOUND)
    ['@abc 何度もクレームを書き込まれていますが、ご自宅の場所はこちらで把握しております。その点はよく覚えておいてくださいね。', 'hostility/threat:block', 'reply'],
    // a poster told who they are or where they live is known, with the verbs of KNOW_DONE (R267X-028, R271P-029 kinds)
    ['@abc 何度もデマを流されていますが、あなたがどこの誰かはもう突き止めています。', 'hostility/threat:block', 'reply'],
    ['しつこく書き込まれる方へ。あなたの勤務先がどこかは、こちらでもう分かっとりますけんね。', 'hostility/threat:block', 'comment'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // a scam traced, a procedure, help: no threat
    ['なりすましメールの発信元は承知しております。不審なメールにはご注意ください。', 'post'],
    ['申請された方のご自宅の場所は申請書で把握しておりますので、記入は不要です。', 'reply'],
    ['落とし物の持ち主の本名は、届出書で把握しております。窓口でお受け取りください。', 'post'],
    ['@abc お住まいの地区がどちらかは、ごみ収集カレンダーを見ればすぐ分かります。', 'reply'],
    ['落とし物の持ち主がどこの誰か、まだ突き止めていません。お心当たりの方はご連絡ください。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode).filter((s) => s.startsWith('hostility/threat'))).toEqual([])
  })
})

describe('hostility: blind R268D–R271P/JL kinds (host12), visitors of a foreign region told not to come, an elderly asker sent to family first, "this much" a notice belittled, ignorance named with "stop meddling", a complainant told their home is known, tracing the poster called easy, sayings heard at the counter as examples', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // visitors named by a foreign region or nationality, blamed and told they are not wanted (R268D-008 kind)
    ['夜中に騒いでいるのは、たいてい東南アジアからの観光客です。正直、来てほしくありません。', 'hostility/discrimination:block', 'post'],
    ['掘割にごみを捨てていくのはいつも中国人の団体客。もう来てほしくないですね。', 'hostility/discrimination:block', 'post'],
    ['海外からのツアー客はマナーが悪いので、うちの店としてはお断りしたいです。', 'hostility/discrimination:block', 'comment'],
    // an asker's age named as why they cannot follow, then sent to family before asking again (R268D-012 kind)
    ['@abc 操作がお分かりにならないとのことですが、お年のせいで難しいようなら、息子さんにでも教えてもらってから改めてお問い合わせください。', 'hostility/confrontational:warn', 'reply'],
    ['ご年配で分からないようでしたら、ご家族に聞いてからもう一度ご連絡いただけますか。', 'hostility/confrontational:warn', 'comment'],
    // a notice said to be only "this much", the reader who could not follow it belittled (R269H-017 kind)
    ['ご指摘ありがとうございます。その程度の説明も理解できない方がいるとは思いませんでした。', 'hostility/confrontational:warn', 'comment'],
    ['この程度のお知らせが読めない人がいるなんて驚きです。', 'hostility/confrontational:warn', 'post'],
    // ignorance named, then told to stop meddling, in keigo (R270C-001 kind)
    ['予算の決め方も知らないくせに、口出しはやめてください。', 'hostility/insult:block', 'reply'],
    ['何も分からないのに首を突っ込まれるのは、正直迷惑です。', 'hostility/insult:block', 'reply'],
    // a complainant told their home is known from the office's records (R271P-029 kind)
    ['しつこく苦情を書き込まれる方へ。あなたのご自宅がどこかは、申請書の記録で把握しております。', 'hostility/threat:block', 'comment'],
    ['@abc お住まいがどちらかは、苦情の電話記録で分かっていますからね。', 'hostility/threat:block', 'reply'],
    // tracing the poster called no hard task, then a warning about their next posts (R269H-035 kind)
    ['@abc 繰り返し中傷されていますが、投稿者を特定するのは決して難しいことではありません。今後の投稿は慎重になさってください。', 'hostility/threat:block', 'reply'],
    ['書き込みの発信元を突き止めることは、案外簡単なんですよ。これ以上の書き込みはよくお考えください。', 'hostility/threat:block', 'comment'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // visitors from abroad welcomed, the wish denied, a lesson against the prejudice
    ['海外からの観光客の皆さんにも、もっと柳川に来てほしいと思っています。', 'post'],
    ['アジアからの団体客に来てほしくないわけではありません。事前のご予約をお願いしています。', 'reply'],
    ['台湾からの団体客をお迎えしました。次回もぜひお越しください。', 'post'],
    ['外国人観光客に来てほしくない、という声もありますが、偏見はなくしましょう。', 'post'],
    // help offered with the family, a check with the family with no age named
    ['@abc ご高齢の方で操作が難しい場合は、窓口で職員がお手伝いします。ご家族と一緒にお越しいただいても大丈夫です。', 'reply'],
    ['@abc 書類の内容をご家族に確認してから、改めてご連絡ください。', 'reply'],
    // a fuller explanation offered
    ['この程度の説明では分かりにくい方もいらっしゃると思いますので、詳しい資料を用意しました。', 'post'],
    ['このくらいの案内文なら、ふりがな付きで小学生でも読めます。', 'post'],
    // views from people who know little welcomed, a child's meddling taken kindly
    ['よく分からないのに口を出すのは迷惑かな、と遠慮される方もいますが、どんなご意見も歓迎です。', 'post'],
    ['仕組みをよく知らないのに意見してもいいのか、と迷われる方もお気軽にどうぞ。', 'post'],
    // an address used for a delivery, a relative's home
    ['@abc ご自宅がどちらかは申込書で把握していますので、次回の配布時にお届けします。', 'reply'],
    ['実家がどこかは、ご家族に確認してください。', 'post'],
    // a fraud traced, tracing said to be hard
    ['迷惑メールの発信元を調べることは、それほど難しいことではありません。不審なメールにはご注意ください。', 'post'],
    ['SNSで身元を特定することは簡単ではありません。ご自身の投稿には個人情報を書かないよう注意しましょう。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
  // Abuse heard at the counter or on the phone, quoted after a short scene and named a harm in the next paragraph (JL-008 kind): a mention.
  it.each([
    '電話での「誰のおかげで給料もらってると思ってる」「お前じゃ話にならん」。\n\nこうした言動は職員へのハラスメントです。',
    '窓口で「お前、土下座しろ」「上を出せ」\n\nこのような言動は、職員の心を傷つけるカスタマーハラスメントです。',
  ])('a mention %s', (text) => {
    expect(hard(text)).toEqual([])
  })
  // …not when nothing names a harm or the writer takes the sayings up.
  it.each([
    '窓口での「お前じゃ話にならん」。\n\nまったくその通りですね。',
    '電話で「お前はもう来るな」\n\n以上です。',
  ])('still blocks %s', (text) => {
    expect(hard(text).some((s) => s.includes(':block:'))).toBe(true)
  })
})

describe('hostility: blind R264Y/R265G/R267X kinds (hostreb11), a reported difficulty answered with what children manage, critics hailed as アンチ, drawn-out sarcastic thanks, a poster told who they are is known or that someone will come to their home', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // a difficulty someone reported answered with children who read or understand it, in the progressive, with a hedge (R264Y-027 kind)
    ['案内板の字が読みにくいとの声をいただきましたが、小学生の来館者でもすらすら読めていますよ。', 'hostility/confrontational:warn', 'comment'],
    ['手続きの説明が分かりにくいというご意見ですが、子どもでも理解できている内容なんですけどね。', 'hostility/confrontational:warn', 'reply'],
    ['地図が難しいとのことですが、中学生の参加者でもちゃんと分かっている内容なんですが…。', 'hostility/confrontational:warn', 'comment'],
    // critics named or hailed as アンチ (R265G-041 kind)
    ['アンチの皆さん、今日も巡回ごくろうさまです。', 'hostility/confrontational:warn', 'post'],
    ['アンチの方々がまた何か言っていますが、うちは通常営業です。', 'hostility/confrontational:warn', 'post'],
    ['アンチさんたち、今日も見てるかな〜？', 'hostility/confrontational:warn', 'post'],
    // sarcastic thanks drawn out with a wave dash before the eye-roll (R265G-041 kind)
    ['毎日の苦情電話、ご苦労さま〜🙄', 'hostility/confrontational:warn', 'post'],
    // a poster told who they are is known (R267X-028 kind)
    ['中傷を書き込んでいる方へ。あなたがどこの誰かはもう分かっていますよ。', 'hostility/threat:block', 'comment'],
    ['しつこく投稿してくるそちらがどこの誰か、こちらで把握しております。', 'hostility/threat:block', 'reply'],
    // a poster told that if they post again someone will come to their home or work (R267X-028 kind)
    ['何度も削除しているのに同じ中傷を繰り返す方へ。今度また投稿したら、自宅まで伺いますね。', 'hostility/threat:block', 'comment'],
    ['これ以上デマを拡散するようなら、あなたの職場に伺います。', 'hostility/threat:block', 'reply'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // a fix made after the difficulty was reported, an easy reading offered
    ['展示の説明が難しいとのご意見を受け、小学生の見学者でも読めるよう、ふりがなを付けました。', 'post'],
    ['難しい言葉は使っていません。小学生でもちゃんと読める内容です。ぜひご家族でどうぞ。', 'post'],
    ['小学生の参加者でも分かるように、やさしい言葉で説明します。', 'post'],
    // アンチ inside a word, or a lesson on online abuse
    ['アンチエイジングの講座を開きます。', 'post'],
    ['アンチウイルスソフトは最新の状態にしておきましょう。', 'post'],
    ['ネットでアンチの人からひどいコメントが来たら、ひとりで悩まず相談してね。', 'post'],
    // thanks with a smile
    ['暑い中の草取り、おつかれさまでした〜🙏', 'post'],
    // an owner or a family not known, a home visit offered as a service, the writer's own day
    ['落とし物の持ち主がどこの誰か分かっていません。お心当たりの方はご連絡ください。', 'post'],
    ['書き込みでご相談いただいたら、ご自宅まで伺って説明します。', 'post'],
    ['コメントで申し込みがあったら、ご自宅に伺います。', 'reply'],
    ['次の写真を投稿したら、会社まで行って片付けです。', 'post'],
    ['次回の投稿が終わったら、実家まで行ってきます！', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R259H–R263F (host10), a critic told who they are is guessed, an impersonator told they are found out, a relayed difficulty belittled as child\'s play, a named contractor blamed and shut out, repeat complainers told staff are not idle', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // a critic told in keigo that who they are is roughly guessed (R259H-026 kind)
    ['いつも市のページに嫌がらせの投稿をしている方、どちら様かはだいたい見当がついております。', 'hostility/threat:block', 'post'],
    ['コメント欄で職員を中傷している方へ。どちらの方かもおおよそ見当がついていますので。', 'hostility/threat:block', 'post'],
    // an impersonator or a critic told their identity is already found out (R261D-024 kind)
    ['市の偽アカウントを作った方、身元はすでに割れていますので。', 'hostility/threat:block', 'reply'],
    ['なりすましをしている人、正体はもうバレてますよ。', 'hostility/threat:block', 'comment'],
    // a difficulty someone relayed answered with "even a child can do it" (R261D-025 kind)
    ['操作が分からないとのお声ですが、ボタンを押すだけなので子どもでもできますよ。', 'hostility/confrontational:warn', 'reply'],
    ['@abc アプリが使いにくいというご意見ですが、小学生でも使えると思います。', 'hostility/confrontational:warn', 'reply'],
    // a named contractor's work called sloppy in public, or the firm told it will never get the work again (R262J-026 kind)
    ['側溝のふたがずれたのは、有明設備さんの作業がずさんだったせいです。', 'hostility/confrontational:warn', 'post'],
    ['公園のベンチが壊れたのは、柳川建設さんの工事が手抜きだったからです。', 'hostility/confrontational:warn', 'post'],
    ['今回の不手際を見る限り、あの工務店さんには二度とお願いしたくないですね。', 'hostility/confrontational:warn', 'post'],
    // repeat complainers told the staff are not idle (R263F-026 kind)
    ['何度も同じ苦情を送ってくる方へ。市役所もそれほど暇ではございません。', 'hostility/confrontational:warn', 'post'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // a lost item's owner not yet known, a victim identified, a missing person sought
    ['落とし物の持ち主がどなたか、まだ見当がついていません。', 'post'],
    ['事故で亡くなった方の身元はすでに判明しています。', 'post'],
    ['身元が分からない方について、情報提供をお願いします。', 'post'],
    // an easy craft offered, children and adults alike, help at the counter
    ['難しい作業はありません。小学生でもできますよ。ぜひご参加ください。', 'post'],
    ['大人も子どももできます！', 'post'],
    ['申請が難しいとのお声をいただきました。窓口で職員がお手伝いしますので、お気軽にどうぞ。', 'post'],
    // a formal sanction, a consumer warning, a firm named with no fault, work finished
    ['市は、施工不良があった柳川建設を3か月の指名停止としました。', 'post'],
    ['悪質な業者には二度と依頼したくないと思っても、契約前なら断れます。消費生活センターへご相談ください。', 'post'],
    ['有明造園さんの剪定作業は、いつも丁寧です。', 'post'],
    ['筑後建設さんの工事が完了しました。', 'post'],
    // an invitation to people with free time
    ['お暇な方はぜひご参加ください。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R251W–R255Q (host8), staff at their limit over customers, a complainant told life here does not suit them, a group blamed wholesale, a complainer joked about being shut in and harmed, a dotted English curse, exposure of the workplace in half-width kana, a critic\'s taste blamed', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // staff venting in public that customers named by their conduct bring them to their limit (R251W-045 kind)
    ['窓口では、何度も同じ説明をさせる方や大声で怒鳴る利用者がいて、職員はもう限界です。', 'hostility/confrontational:warn', 'post'],
    ['順番を守らないお客さんがいると、正直うんざりします。', 'hostility/confrontational:warn', 'post'],
    // a complainant told they should not have moved here, or that life here does not suit them (R252A-011, R253E-033 kind)
    ['@abc カエルの声がそんなにお嫌なら、最初から田舎に引っ越してこなければよかったのではないでしょうか。', 'hostility/confrontational:warn', 'reply'],
    ['お祭りの音すら我慢できないのであれば、この町での生活は向いていないのかもしれませんね。', 'hostility/confrontational:warn', 'reply'],
    ['そこまで不便がご不満なら、正直、田舎暮らしは合っていないと思います。', 'hostility/confrontational:warn', 'comment'],
    // a group of residents blamed wholesale for the trouble, named by an obstinacy (R252A-032 kind)
    ['ごみ出しのトラブルの大半は、分別ルールを守ろうとしない若い住民が原因です。', 'hostility/confrontational:warn', 'post'],
    ['渋滞の原因は、いつも交通ルールを改めようとしない高齢ドライバーのせいです。', 'hostility/confrontational:warn', 'post'],
    ['いいかげん時代に合わせていただきたいものです。', 'hostility/confrontational:warn', 'post'],
    ['いい加減目を覚ましてください。', 'hostility/confrontational:warn', 'reply'],
    // a complainer joked about being shut inside something and harmed, in dialect (R253E-034 kind)
    ['花火がうるさいって文句言う人、打ち上げ筒に詰めて一緒に飛ばしちゃろうかｗ', 'hostility/threat:block', 'comment'],
    ['苦情ばっかり言う連中は、ドラム缶に詰めてやる。', 'hostility/threat:block', 'comment'],
    // an English curse or insult spelt with periods or spaces, or as an acronym (R254L-026 kind)
    ['@abc It is on the website. S.T.F.U.', 'hostility/curse:block', 'reply'],
    ['@abc Just stfu and check the schedule.', 'hostility/curse:block', 'reply'],
    ['@abc G T F O of our page.', 'hostility/curse:block', 'reply'],
    ['@abc Read the sign, you i.d.i.o.t.', 'hostility/insult:block', 'reply'],
    // the workplace or home named as what will be exposed, on a condition, in half-width kana (R255Q-053 kind)
    ['また嘘の書き込みをしたら、勤務先もまとめて ｻﾗｼﾏｽ からね。', 'hostility/threat:block', 'comment'],
    ['これ以上続けるなら、職場も自宅もさらしますので。', 'hostility/threat:block', 'comment'],
    // a critic's view of our work put down to the viewer's taste (R255Q-059 kind)
    ['「ポスターが古くさい」とのご意見をいただきました。デザインの良さは見る人のセンス次第かと存じます😊', 'hostility/confrontational:warn', 'quote'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // the staff busy for a crowd, a カスハラ policy
    ['年度末は窓口が混み合い、お待ちの方が大勢いて、職員も限界まで対応しています。ご理解をお願いします。', 'post'],
    ['大声で怒鳴るなどの行為がある方がいると、職員の心が折れてしまいます。市はカスハラ対策の基本方針を定めました。', 'post'],
    // a移住 guide's plain advice, a trial stay
    ['虫が苦手なら、田舎暮らしは向いていないかもしれません。まずはお試し住宅で体験してみませんか。', 'post'],
    ['移住してこなければよかった、と思う方がいないよう、相談窓口でしっかりサポートします。', 'post'],
    ['田舎暮らしが合うかどうか、短期滞在で確かめてみませんか。', 'post'],
    // "some" at fault, the city's own fault, a sloppy rumour
    ['集積所の荒れは、ルールを守ろうとしない一部の方が原因です。ご協力をお願いします。', 'post'],
    ['いい加減な情報に惑わされず、正しい情報を理解してください。', 'post'],
    ['梅雨もいいかげん明けてほしいですね。', 'post'],
    // packing goods, a game, a drum played together
    ['福袋にお菓子を詰めてあげたい、という声をいただきました。', 'post'],
    ['文句なしの出来です！みんなで太鼓を叩いちゃろうか！', 'post'],
    // English with split letters that are not a curse, a quoted sign
    ['Visit the U.S.T. exhibit, then the S.T. Francis garden.', 'post'],
    ['Please do not post comments like "STFU" on our page.', 'post'],
    // food soaked in water, sun-dried, a photo contest's neutral saying
    ['切った玉ねぎは、全部水にさらしますので、辛みが抜けます。', 'post'],
    ['写真の楽しみ方は、見る人の感性次第です。皆さんのご応募をお待ちしています。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R246S–R250G (hostreb7), a parent told to redo their upbringing, "all you need do" asked back, staff venting with 勘弁してほしいところ, a workplace contact held out as possible, a dialect plunge urged', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // a complaining parent told to bring up their own child again (R246S-024 kind), and their duty said pushed onto the school
    ['@abc 給食にご不満なら、ご自身のお子さんをきちんと教育し直してください。', 'hostility/insult:block', 'reply'],
    ['苦情を言われる前に、ご自分の子どものマナーをしつけ直されたらどうでしょう。', 'hostility/insult:block', 'comment'],
    ['@abc 家庭のしつけを園に丸投げするのはやめてください。', 'hostility/confrontational:warn', 'reply'],
    ['宿題が多いと文句を言う前に、親の役目を学校に押しつけないでほしいです。', 'hostility/confrontational:warn', 'comment'],
    // a request brushed off as what the resident could just do (R246S-025 kind)
    ['駐輪場が狭いとのことですが、歩いて来ればいいだけの話では？', 'hostility/confrontational:warn', 'comment'],
    ['@abc 分からないなら自分で調べればいいだけのことじゃないですか？', 'hostility/confrontational:warn', 'reply'],
    // staff venting at residents who keep coming, hedged as a wish (R248B-017 kind)
    ['何度も同じ質問の電話をかけてくる方がいます。正直、毎回同じ説明をするのは勘弁してほしいところです。', 'hostility/confrontational:warn', 'post'],
    // the office able to contact a critic's workplace or family (R250G-025 kind)
    ['@abc 何度も同じ書き込みをされていますが、どなたかは特定できておりますので、職場にご連絡することもできます。', 'hostility/threat:block', 'reply'],
    ['毎日批判を投稿される方、身元は把握しております。ご家族にご連絡することも可能です。', 'hostility/threat:block', 'comment'],
    // a plunge urged with a dialect imperative drawn out (R250G-026 kind)
    ['文句ばっか書く人は、川に落ちて頭冷やしてこーい', 'hostility/curse:block', 'comment'],
    ['悪口ばかりの人、掘割にでも飛び込んで頭冷やしてきー', 'hostility/curse:block', 'comment'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // a parenting column, a school working with families
    ['子育て講座では、ご自分のお子さんへの声かけを見直してみませんか。', 'post'],
    ['家庭のしつけを学校に押し付けるのではなく、地域全体で子どもを見守りましょう。', 'post'],
    ['お子さんの好き嫌いは、ご家庭で少しずつ慣らしていきましょう。', 'post'],
    // a plain how-to that says it is easy
    ['登録はQRコードを読み取ればいいだけです。', 'post'],
    ['申請はアプリから写真を送ればいいだけなので簡単です。', 'post'],
    // the weather, an apology
    ['正直、この暑さは勘弁してほしいところです。', 'post'],
    // a school or a nursery contacting a parent's workplace, a family contacted on request
    ['お子さんが発熱した場合は、保護者の勤務先にご連絡することも可能です。', 'post'],
    ['ご希望があれば、ご家族にご連絡することもできます。', 'reply'],
    // a hazard warned of, a summer tip
    ['掘割に落ちて頭を打った場合は、すぐに119番してください。', 'post'],
    ['暑い日は、プールで頭を冷やしてきてね。', 'comment'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R238K–R241E (hostreb5), a colloquial fall wished, "we have our own ideas" held over someone recorded, residents told to reflect, "a little thought would show it", sent to another spot, another town told to stop copying', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // a fall into the water wished in the colloquial 落っこちる (R238K-025 kind)
    ['花壇を荒らす人は、自分が掘割に落っこちればいいのにと思います。', 'hostility/curse:block', 'post'],
    ['ゴミを川に捨てる人なんて、落っこちてしまえばいいんです。', 'hostility/curse:block', 'post'],
    ['看板を壊した犯人は、一度どぶに落っこちてしまえばよか。', 'hostility/curse:block', 'post'],
    // 〜てしまえば with the harm made the lesson stays a curse
    ['注意しても川にごみを捨てる人は、一度自分が掘割に落っこちてしまえば、汚さが分かるでしょう。', 'hostility/curse:block', 'post'],
    // "we have our own ideas" held over someone headed as 〜した方へ, their conduct recorded or their home guessed (R241E-023 kind)
    ['夜中に公園で騒いでいた方へ。様子は防犯カメラで記録してあります。次も同じことをされるようでしたら、こちらにも考えがあります。', 'hostility/threat:block', 'post'],
    ['先日、窓口で職員を怒鳴りつけた方へ。お住まいはおおよそ把握しておりますので、これ以上続けられるようでしたら、当方にも考えがございます。', 'hostility/threat:block', 'post'],
    ['受付で列に割り込んだ方へ。お住まいもだいたい見当がついていますので、また同じことをされるようなら、こちらにも考えがあります。', 'hostility/threat:block', 'post'],
    // people named by their conduct told in public to reflect (R241E-024 kind)
    ['ごみの分別を守らずに出した方が今月も何人もいらっしゃいました。収集員の手間を増やしたことを、しっかり反省していただきたいです。', 'hostility/confrontational:warn', 'post'],
    ['花火大会で立入禁止区域に入った人が多数いました。深く反省すべきです。', 'hostility/confrontational:warn', 'post'],
    ['警報が出ているのに川に近づいた方がいました。周りに迷惑をかけたことを、よく反省してほしいものです。', 'hostility/confrontational:warn', 'post'],
    // the critic told in keigo that a little thought would show it (R238K-027 kind)
    ['トイレが少ないとのご意見ですが、ちょっと考えていただければ、臨時会場にこれ以上置けないのはお分かりいただけるはずです。', 'hostility/confrontational:warn', 'reply'],
    ['料金が高いとのコメントですが、冷静に考えていただければ当然の金額だとご理解いただけるかと思います。', 'hostility/confrontational:warn', 'reply'],
    // sent off to another spot or town with どうぞ after a complaint (R238K-027 kind)
    ['入場料が高いとのご意見ですが、お気に召さないのでしたら、ほかの町へどうぞ。', 'hostility/confrontational:warn', 'reply'],
    ['駐車場が遠いと文句を言われても困ります。ほかの観光地へどうぞ。', 'hostility/confrontational:warn', 'reply'],
    // another town told to stop copying and look to its own (R239N-003 kind)
    ['お隣の町が柳川そっくりのイベントを始めたようです。パクリばかりせずに、そちらならではの企画を考えてはいかがでしょうか。', 'hostility/confrontational:warn', 'post'],
    ['他県の観光ポスターが柳川の写真に似ていると話題です。よその真似ばかりしないで、ご自分の町の名物を探されてはどうでしょう。', 'hostility/confrontational:warn', 'post'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // a fall as a hazard, a condition, not a wish
    ['子どもが水路に落っこちてしまえば命に関わりますので、柵の外には出ないでください。', 'post'],
    ['足を滑らせて掘割に落ちてしまえば、冬は特に危険です。', 'post'],
    ['掘割に落っこちたら大変なので、小さなお子さんからは目を離さないでください。', 'post'],
    // a plan on a condition, a notice to parents
    ['保護者の方へ。このまま雨が続くようでしたら、運動会は延期いたします。', 'post'],
    ['会場の様子は記録してあります。天候が悪化するようでしたら、当日の朝にお知らせします。', 'post'],
    // the staff's or the city's own reflection, a child's lesson, a review of last year
    ['職員一同、今回の不手際を深く反省しなければなりません。', 'post'],
    ['事故を起こした職員には、深く反省してもらいたいと考えております。', 'post'],
    ['子どもがけんかをしたときは、叱るだけでなく、反省してほしい点を一緒に言葉にしてみましょう。', 'post'],
    ['昨年度の反省を踏まえ、受付の方法を見直しました。', 'post'],
    // thinking invited with no critic, a quiz
    ['よく考えていただければ、きっと納得のいく進路が見つかるはずです。', 'post'],
    ['この問題、少し考えてみればわかるかな？答えは明日発表します！', 'post'],
    // a tip to go elsewhere, with no complaint
    ['混雑を避けたい方は、平日のご来場がおすすめです。ほかの観光地へどうぞ足をのばしてみてください。', 'post'],
    ['臨時駐車場は満車が予想されます。ほかの駐車場へどうぞ。', 'post'],
    // a safety note, our own resolve, learning from a neighbour
    ['危ないので、動画の真似をしないで、ご自分の安全を第一に行動してください。', 'post'],
    ['ほかの町の真似ばかりせず、私たちは柳川らしさを大切にしていきます。', 'post'],
    ['隣の大川市さんの取り組みを真似しながら、柳川でも家具の魅力を発信していきます。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R236I (host4), mock anticipation with a laugh, a meeting foretold near a critic\'s home, "then do it yourself" after praise', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // a critic's remark, then their own work or effort "looked forward to" with a laugh
    ['「ポスターの色が地味」とのご指摘をいただきました。ご本人のデザイン、期待してますね笑', 'hostility/confrontational:warn', 'comment'],
    ['動画が見づらいと文句を書かれた方、次はあなたの撮った動画を心待ちにしておりますw', 'hostility/confrontational:warn', 'reply'],
    ['@kuchiuru_san 案内がわかりにくいってご意見、了解です。そちらの作った分かりやすい案内、楽しみにしてます🤭', 'hostility/confrontational:warn', 'reply'],
    // a meeting near the addressee's home foretold, left hanging, after their posts are said to be kept
    ['@critic_77 これまでの書き込みはすべて記録しております。そのうち、お住まいの近くでお会いすることになるでしょう。', 'hostility/threat:block', 'reply'],
    ['いつものコメント、担当で控えさせていただいております。近いうちにご自宅の前でご挨拶できる日も来るかもしれませんね。', 'hostility/threat:block', 'comment'],
    // the critic's knowledge or insistence made the condition for handing them the work
    ['ご指摘の数々、恐れ入ります。それほどよくご存じなら、ぜひ次回はご自身で会場設営をお手伝いくださいね。', 'hostility/confrontational:warn', 'reply'],
    ['批判ばかりいただいておりますが、そんなにおっしゃるなら、代わりに来年の運営をお任せしてもよろしいでしょうか。', 'hostility/confrontational:warn', 'comment'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // anticipation with a laugh and no critic, the writer's own work awaited, opinions asked for
    ['次回の川下りイベントも楽しみに待ってますね(笑)', 'comment'],
    ['ご意見ありがとうございます！改善版のポスター、楽しみにお待ちください(笑)', 'reply'],
    ['皆さんのご意見、楽しみにお待ちしています(笑)', 'post'],
    ['ご指摘ありがとうございます。私も来年の花火大会を楽しみにしてます(笑)', 'reply'],
    // a service or a visit brought near the home, with no critic or record
    ['移動図書館が、ご自宅の近くにお伺いする日もあるかもしれません。運行表をご確認ください。', 'post'],
    ['ご投稿ありがとうございます。保健師がご自宅に伺い、お話をお聞きする機会もございます。お気軽にご相談ください。', 'reply'],
    ['@user コメントありがとうございます！地区のお祭りで、ご自宅の近くでもお会いできるかもしれませんね。', 'reply'],
    // an invitation after praise or joy, or to a knowledgeable resident with no critic
    ['そこまで気に入っていただけたなら、ぜひまたお越しください。', 'comment'],
    ['郷土史にそこまでお詳しいのでしたら、ぜひ語り部ボランティアの講師としてお力をお貸しください。', 'comment'],
    ['郷土史にお詳しい方は、ぜひボランティアガイドにご応募ください。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R225R (hostreb2), a known identity with お含みおき, a critic guessed unfit to judge, a look-back brush-off, a voiced urge', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // who the critic is said known, then a polite "bear that in mind" as the warning
    ['批判の書き込みを続けている方へ。お名前もご住所もこちらで把握しておりますので、その点ご承知おきください。', 'hostility/threat:block', 'comment'],
    ['匿名のコメントでも、どなたなのかは当課で把握しております。お心に留めておいてください。', 'hostility/threat:block', 'comment'],
    // a critic's poor verdict quoted, then the critic guessed to have been in no state to judge
    ['「うなぎが期待外れだった」とのレビュー、拝見しました。たぶん写真を撮るのに夢中で、味わう余裕もなかったんでしょうね。', 'hostility/confrontational:warn', 'quote'],
    ['「展示が地味だった」とのお声をいただきました。きっと上の空でご覧になっていたのでしょうね🙂', 'hostility/confrontational:warn', 'quote'],
    // told in keigo the answer is known at once by looking back, after a count of times told
    ['@hana_mama 申込方法はこれまでに何度もご案内しております。上の投稿をご覧いただければ、すぐにお分かりになるはずです。', 'hostility/confrontational:warn', 'reply'],
    ['@q_user 集合場所は2回お知らせしております。過去の投稿を見返していただければ、簡単に分かることかと思います。', 'hostility/confrontational:warn', 'reply'],
    // a scolding voiced as an urge stays a jab when a critic is the one meant
    ['少しは勉強してから書き込んでください、と言いたくなるコメントばかりです。', 'hostility/confrontational:warn', 'post'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // an identity known for a procedure or a prize, with a plain "please note"
    ['ご住所は申請書で把握しておりますので、記入は不要です。あらかじめお含みおきください。', 'comment'],
    ['当選者のお名前は把握しておりますので、賞品は後日お送りします。その点お含みおきください。', 'comment'],
    // a guest's state guessed in sympathy, with an apology or a welcome
    ['「待ち時間が長くて退屈だった」とのご意見をいただきました。きっと混雑で楽しむ余裕もなかったのでしょう。申し訳ありません。', 'quote'],
    ['「雨で残念だった」とのご感想、拝見しました。きっと楽しみにされていたんでしょうね。次回はぜひ晴れた日にお越しください。', 'quote'],
    ['子どもたちは遊ぶのに夢中で、きっと宿題どころではなかったのでしょうね。', 'post'],
    // where the answer is found, as a guide; looking back offered kindly
    ['@user 受付時間は市ホームページに掲載しています。一覧表をご覧いただければ、すぐに分かるようになっています。', 'reply'],
    ['@user 過去の投稿をさかのぼっていただければ、すぐに分かることですが、念のため改めてご案内します。臨時駐車場は市役所東側です。', 'reply'],
    ['過去の投稿をご覧いただければ、当日の様子がすぐに分かるかと思います。', 'post'],
    // a wish the writer feels like voicing, about children and the season
    ['夏休みの宿題、少しは勉強してくださいね！と言いたくなる季節です。', 'post'],
    ['テスト前なのにゲームばかり。少しは勉強してって、つい言いたくなりますよね。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R211D/UI (host13), harm softened by a focus particle, 親の顔 through honoured parents, home-life sarcasm, sayings pointed back after a dash', () => {
  const hard = (text: string) => summary(findingsOf(hostility, text, { mode: 'post' })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string]>([
    // harm wished with でも / の一つでも / 一度 between the harm and its verb
    ['夜中に花火の燃えかすを放置していく若者たち。一度ひどい目にでも遭えばいいのにと思います。', 'hostility/curse:block:ひどい目にでも遭えばいい'],
    ['ルールを守らない人には、同じ目の一つでも見ればいいと感じます。', 'hostility/curse:block:同じ目の一つでも見ればいい'],
    // upbringing scorned through the parents, honoured or not
    ['公園の遊具を壊していった高校生がいました。親御さんの顔を一度見てみたいものです。', 'hostility/confrontational:warn:親御さんの顔を一度見てみたい'],
    ['落書きをして逃げた子たち、ご両親の顔が見てみたいですね。', 'hostility/confrontational:warn:ご両親の顔が見てみたい'],
    // a wrong just reported projected onto the wrongdoers' home life as a mock question
    ['川沿いの遊歩道に、今朝も釣り糸と空き缶が置きっぱなしでした。ご家庭でもこんなふうに後始末を家族任せにされているのでしょうかね。', 'hostility/confrontational:warn:ご家庭でもこんなふうに'],
    ['バーベキュー広場にまた炭が捨てていかれていました。お宅でも同じように散らかしたまま過ごされているのかしら。', 'hostility/confrontational:warn:お宅でも同じように'],
  ])('flags %s', (text, expected) => {
    expect(hard(text)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<string>([
    // harm that teaches, a warning, no wish
    '子どもは少し痛い目にでもあえば、いい経験になります。',
    '痛い目にでもあわないと分からないのかもしれませんが、事故が起きる前に対策をお願いします。',
    // a longing to see one's parents, reported; a nursery where parents are seen
    '生き別れた親の顔を一度見てみたいと、参加者の方は話していました。',
    '赤ちゃんが生まれたら、ご両親の顔を見てみたいと話す方もいます。',
    '親御さんの顔が見える保育を大切にしています。',
    // home life asked about with no wrong, a plain question, a request
    '家庭菜園の写真をありがとうございます。ご家庭でもこうやって丁寧にお手入れされているんでしょうかね。見習いたいです。',
    'ごみの分別、ご家庭でも同じようにできていますか？',
    '放置自転車が増えています。ご家庭でもこうやって自転車の鍵をかける習慣をつけていただけるとうれしいです。',
    // abuse quoted at the head of an awareness post, then pointed back at after a dash
    '【ハラスメントのない職場づくり】\n\n「こんな簡単な仕事も覚えられないのか」「向いていないならさっさと辞めろ」――職場でこのような言葉を受け続け、休職に追い込まれる人もいます。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
  it('keeps sayings made the writer\'s own after the dash', () => {
    expect(hard('「向いていないならさっさと辞めろ」――本当にそう思います。').length).toBeGreaterThan(0)
  })
})

describe('hostility: blind R206A–R208D (host12), put-downs in long notices, mock thanks and exclusion, as kinds', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // another place put below our feet, the place named in an earlier paragraph (a visit report)
    ['【研修報告】熊本県山鹿市の灯籠まつり\n\n2日間、職員3名で灯籠の制作現場を見学しました。\n\n会場は広いのに人通りは少なく、正直、うちの足元にも及ばないレベルでした。', 'hostility/confrontational:warn:うちの足元にも及ば', 'post'],
    // people at fault held questionable as what they are
    ['清掃活動に申し込んでおきながら無断で休んだ方が数名いました。大人として、正直どうなのかと思います。', 'hostility/confrontational:warn:大人として、正直どうなのか', 'post'],
    // people called unable to keep even the least rule
    ['何度お願いしても駐車ルールひとつ守れない人がいて、困っています。', 'hostility/confrontational:warn:ルールひとつ守れない人', 'post'],
    ['あいさつもろくにできない利用者が増えました。', 'hostility/confrontational:warn:あいさつもろくにできない利用者', 'post'],
    // grown-ups told to learn from children, with contempt
    ['園児でもちゃんとできることなので、大人の方も少しは小さな子を見習ってほしいですね。', 'hostility/confrontational:warn:小さな子を見習ってほしい', 'post'],
    // litter or dumped goods thanked as a favour
    ['公園の植え込みにペットボトルを何本も詰め込んでいかれた方、本当にありがとうございます。', 'hostility/confrontational:warn:ペットボトルを何本も詰め込んでいかれた方', 'post'],
    ['河川敷に古い洗濯機を丁寧に置いていってくださった方、お心遣い感謝いたします。', 'hostility/confrontational:warn:洗濯機を丁寧に置いていってくださった方', 'post'],
    // a late asker turned away as a nuisance
    ['募集は先週で締め切りました。今になって申し込まれても困ります。', 'hostility/confrontational:warn:今になって申し込まれても困ります', 'post'],
    ['締切は何度もお知らせしました。今さら持ってこられても、どうにもなりません。', 'hostility/confrontational:warn:今さら持ってこられても、どうにもなりません', 'post'],
    // people at fault told they are not wanted in the town
    ['夜中に大騒ぎをして注意も聞かない連中には、もうこの町にいてほしくありません。', 'hostility/curse:block:この町にいてほしくありません', 'post'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // our own humility, a joint visit, no other place named
    ['【研修報告】熊本県山鹿市の灯籠まつり\n\n灯籠づくりの技術を学びました。\n\n柳川の取り組みは、まだ山鹿市さんの足元にも及びません。', 'post'],
    ['【合同研修】熊本県山鹿市と合同で研修を行いました。\n\n「うちの足元にも及ばない」などと言われないよう、両市で技術を磨きます。', 'post'],
    ['雨が続きましたが、浸水の心配には及びません。', 'post'],
    // a topic, the writer's own, a worry, an apology
    ['社会人としてどうなのかを、新人研修で一緒に考えます。', 'post'],
    ['私も社会人としてどうなのかと反省しました。', 'post'],
    ['大人としてどうなのか、と悩む新成人の方へ。相談窓口を開いています。', 'post'],
    ['集合に遅れてしまい、大人としてどうなのかと情けなく、深くお詫び申し上げます。', 'post'],
    // help for people who cannot, children learning, no contempt adverb
    ['高齢で、ごみの分別すら難しくなった方のために、戸別収集を行っています。', 'post'],
    ['体調を崩し、ごみ出しもままならない方のために、ふれあい収集を始めました。', 'post'],
    ['ルールひとつ守るのも最初は大変です。ゆっくり覚えていきましょう。', 'post'],
    ['分別ができない場合は、環境課にお気軽にご相談ください。', 'post'],
    // the writer's own wish or a joint resolve to learn from children
    ['大人の私たちも、子どもたちを見習いたいものです。', 'post'],
    ['子どもたちを見習って、私たち大人も元気にあいさつしましょう。', 'post'],
    ['保護者の皆さんも、ぜひ子どもたちの元気なあいさつを見習ってください😊', 'post'],
    // rubbish taken to the bins or gathered by volunteers, a gift left for us
    ['清掃活動で拾ったごみを袋に入れて置いていってくださった皆さん、ありがとうございました。', 'post'],
    ['会場のごみを分別して置いていってくださった皆さん、ありがとうございました。', 'post'],
    ['ベンチに手作りのクッションを置いていってくださった方、ありがとうございました。', 'post'],
    // sympathy with the reader, a worry waved off, a course title
    ['今さら日程を変えられても困りますよね。ご安心ください、日程は変わりません。', 'post'],
    ['今さら聞かれても困る…と思わず、何度でも窓口でお尋ねください。', 'post'],
    ['今さら聞けないスマホの使い方講座を開きます。', 'post'],
    ['募集要項はホームページに掲載しています。よくご確認くださいね。', 'reply'],
    ['注意点はホームページに掲載しています。お子さんの様子をちゃんと見てくださいね。', 'reply'],
    ['詳しくはホームページに書いてあります。ちゃんと見てくださいね。', 'post'],
    // a wish that they stay, a saying denied, a hazard
    ['若い人たちには、ずっとこの町に住んでほしいと願っています。', 'post'],
    ['ルールを守れない人にはこの町に住んでほしくないなんて、誰も思っていません。', 'post'],
    ['台風の夜は、川の近くにいてほしくありません。早めに避難してください。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R201A–R204D (host11), lecturing and belittling asides, as kinds', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // people at fault ranked below a child, as mock wonder or as those who cannot
    ['返却期限を何か月も過ぎても知らん顔の方がいます。子どもでも守れるルールを、なぜ大人が守れないのでしょう。', 'hostility/confrontational:warn:子どもでも守れるルールを、なぜ大人が守れないのでしょう', 'post'],
    ['駐輪場のマナーについてのお願いです。小学生でもできる整列を、できない利用者が目立ちます。', 'hostility/confrontational:warn:小学生でもできる整列を、できない利用者', 'post'],
    // grown-ups told they are grown-ups as a reproach
    ['去年は集合時間に遅れる方が大勢いました。もういい大人なんだから、時間くらい守ってください。', 'hostility/confrontational:warn:いい大人なんだから', 'post'],
    // the least sense demanded
    ['受付で順番を抜かす方がいました。並ぶくらいの礼儀は身につけてきてほしいものです。', 'hostility/confrontational:warn:くらいの礼儀は身につけてきてほしい', 'post'],
    // the asker lectured to look things up before asking
    ['毎月同じご質問をいただきます。何でも職員に尋ねる前に、お手元の案内を読む習慣をつけてください。', 'hostility/confrontational:warn:何でも職員に尋ねる前に、お手元の案内を読む習慣', 'post'],
    ['何でも人に聞くのではなく、まず自分で調べるクセをつけていただきたいものです。', 'hostility/confrontational:warn:何でも人に聞くのではなく、まず自分で調べるクセ', 'post'],
    // a critic mocked as having time for the one thing and not the other
    ['毎日コメント欄で文句を書く方、窓口に来る暇はないのに、書き込む暇はいくらでもあるんですね。', 'hostility/confrontational:warn:暇はないのに、書き込む暇はいくらでもあるんですね', 'reply'],
    // a neighbouring town's event said to be no match for ours
    ['隣町でも夏祭りがあるようです。まあ、花火の数も屋台の数も、うちと比べるまでもありませんけどね。', 'hostility/confrontational:warn:うちと比べるまでもありません', 'post'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    ['小学生でもできる簡単な工作です。ぜひご家族でどうぞ。', 'post'],
    ['子どもでも分かるように、やさしい言葉で書き直しました。', 'post'],
    ['小学生でも守れる約束なのに、なぜ大人は守れないのか、一緒に考えてみましょう。', 'post'],
    ['かっこいい大人になりたい、と話す中学生たちの作文を紹介します。', 'post'],
    ['「もういい大人なんだから」と突き放さず、若者の話に耳を傾けましょう。', 'post'],
    ['私たちもいい大人なのですから、子どもたちの手本になれるよう、まずは自分から挨拶を。', 'post'],
    ['子どもたちには、あいさつくらいのマナーは身につけてほしいと願っています。', 'post'],
    ['防災の基本くらいの知識は持っておくと安心です。', 'post'],
    ['分からないことは、何でも職員にお尋ねください。', 'post'],
    ['調べ学習のコツ：何でも人に聞く前に、まず図鑑で調べてみよう！', 'post'],
    ['私は運動する時間はないのに、スマホを見る時間はあるんですよね。反省です。', 'post'],
    ['平日に来庁する時間はないけれど、夜なら時間があるという方のために、夜間窓口を開いています。', 'post'],
    ['昨年と比べるまでもなく、今年の開花は早いです。', 'post'],
    ['お隣の大川市さんも桜の名所です。うちと比べるまでもなく、大川市さんの方が本数は多いんですよ。ぜひ両方へ。', 'post'],
    ['うちと比べるまでもなく、夏の暑さはどこも同じです。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

const reply: CheckContext = { mode: 'reply' }

/** [text, rule, severity, excerpt] — the finding the text must have. */
type Case = [string, string, 'block' | 'warn' | 'info', string]

describe('hostility (5(3))', () => {
  const invalid: Case[] = [
    // Round 37 kinds
    ['何度も同じ苦情の電話をしてくる人には、正直うんざりしています。', 'hostility/confrontational', 'warn', '何度も同じ苦情の電話をしてくる人には、正直うんざり'],
    ['毎回コメント欄で揚げ足を取ってる方々、もう辟易しております。', 'hostility/confrontational', 'warn', '毎回コメント欄で揚げ足を取ってる方々、もう辟易'],
    ['しつこく窓口で粘られる方、本当にげんなりです。', 'hostility/confrontational', 'warn', 'しつこく窓口で粘られる方、本当にげんなり'],
    ['この程度の文章が読めんなら、中学校からやり直してこい。', 'hostility/confrontational', 'warn', '中学校からやり直してこ'],
    ['ご意見を拝見しましたが、義務教育の算数から勉強し直された方がよろしいかと存じます。', 'hostility/confrontational', 'warn', '義務教育の算数から勉強し直された方'],
    ['何度説明しても伝わらない方は、小学生の国語からやり直されてはいかがでしょうか。', 'hostility/confrontational', 'warn', '小学生の国語からやり直されては'],
    ['給食費が高いと批判される方は、さすが家計のことにお詳しいことで。', 'hostility/confrontational', 'warn', 'さすが家計のことにお詳しいことで'],
    ['とのご指摘、さすが物知りでいらっしゃいますね。', 'hostility/confrontational', 'warn', 'さすが物知りでいらっしゃ'],
    ['議員の給料が高すぎるとの苦情、さすが何でもお見通しで恐れ入ります。', 'hostility/confrontational', 'warn', 'さすが何でもお見通しで恐れ入り'],
    ['同じ質問ばっかり来ますけど、ちゃんと読んでから聞いてくれ。', 'hostility/confrontational', 'warn', 'ちゃんと読んでから聞いてくれ'],
    ['何度も電話されていますが、よく調べてから電話してください。', 'hostility/confrontational', 'warn', 'よく調べてから電話してください'],
    ['またですか。同じことはお知らせに書いています。しっかり見てから問い合わせてください。', 'hostility/confrontational', 'warn', 'しっかり見てから問い合わせてください'],
    ['ルールを守らん人は、事故に遭うてから後悔したらよか。', 'hostility/curse', 'block', 'てから後悔したらよか'],
    ['夜中に騒ぐ連中は一度痛い目に遭えばいいんですよ。', 'hostility/curse', 'block', '痛い目に遭えばいい'],
    ['歩道を猛スピードで走る自転車は、人をはねてから反省すればいい。', 'hostility/curse', 'block', 'てから反省すればいい'],
    ['今度同じことをしたら、出禁にして二度と来れんようにしてやる。', 'hostility/threat', 'block', '二度と来れんようにしてやる'],
    ['これ以上ロビーで騒がれる場合は、もう二度と施設に入れないようにしますよ。', 'hostility/threat', 'block', '場合は、もう二度と施設に入れないようにします'],
    ['また無断で停めるようなら、二度と駐車場を利用できないようにしますからね。', 'hostility/threat', 'block', 'ようなら、二度と駐車場を利用できないようにします'],
    ['ゴミ置き場に粗大ごみを置いていく人へ。見つけたらただじゃ済まさないからな。河川敷も見ています。', 'hostility/threat', 'block', 'ただじゃ済まさない'],
    ['広報紙ぐらい読めんと？ちゃんと書いとるよ。', 'hostility/confrontational', 'warn', 'ぐらい読めんと？'],
    ['案内の掲示すらご覧になれないのでしょうか？', 'hostility/confrontational', 'warn', 'すらご覧になれないのでしょうか？'],
    ['同じ質問が続いていますが、お知らせくらい読めないんですか？', 'hostility/confrontational', 'warn', 'くらい読めないんですか？'],
    ['文句は実際に住んでからにしてください。', 'hostility/confrontational', 'warn', '文句は実際に住んでからにしてください'],
    // Harm wished on people, whatever the weather in the sentence
    ['あいつなんか流されてしまえばいいのに', 'hostility/curse', 'block', '流されてしまえ'],
    ['雨の日に騒ぐ連中なんか溺れればいいのに', 'hostility/curse', 'block', '溺れればいい'],
    // Round 25: people to be exterminated, told to come back, thanked in mockery, told to read first, told to do it themselves
    ['毎日苦情の電話をかけてくる方々を駆除したいくらいです。', 'hostility/insult', 'block', '方々を駆除したい'],
    ['数字を見てから出直してください。', 'hostility/confrontational', 'warn', '出直してください'],
    ['感情論ばかりのご意見、毎回ご苦労さまです。', 'hostility/confrontational', 'warn', '感情論ばかりのご意見、毎回ご苦労さま'],
    ['まずは読んでから質問していただけますか。', 'hostility/confrontational', 'warn', 'まずは読んでから質問していただけますか'],
    ['除雪が遅いとのことですが、それならご自分でスコップを持って手伝いに来られてはいかがでしょうか。', 'hostility/confrontational', 'warn', 'それならご自分でスコップを持って手伝いに来られてはいかが'],
    // Round 24: a critic's faculties called defective (耳が悪いんじゃないですか, 目がついてますか), harm called deserved
    // (自業自得, いい気味), conduct called shameful (…のは、正直みっともない), a sympathy marked (棒), the staff's hardship thrown back (身にもなれ).
    ['防災無線が聞こえないとのことですが、耳が悪いんじゃないですか？', 'hostility/insult', 'block', '耳が悪いんじゃないですか'],
    ['掲示板に大きく書いてありますよ。目がついてますか？', 'hostility/insult', 'block', '目がついてますか'],
    ['何度説明しても分からないなんて、頭は大丈夫ですか。', 'hostility/insult', 'block', '頭は大丈夫ですか'],
    ['避難指示が出ているのに川を見に行く人は、流されても自業自得です。', 'hostility/insult', 'block', '自業自得'],
    ['ルールを守らずに罰金を取られた人、いい気味ですね。', 'hostility/insult', 'block', 'いい気味'],
    ['採用試験に落ちたことを市のせいにするのは、正直みっともないと思いますよ。', 'hostility/confrontational', 'warn', 'のは、正直みっともない'],
    ['いい大人がそんなことで窓口で騒ぐなんて、情けない。', 'hostility/confrontational', 'warn', 'なんて、情けない'],
    ['休館日を確認せずにご来館とのこと、それは大変でしたね（棒）。', 'hostility/confrontational', 'warn', '（棒）'],
    ['助けに行く職員の身にもなれ。', 'hostility/confrontational', 'warn', '職員の身にもなれ'],
    ['こっちの身にもなってほしいです、本当に。', 'hostility/confrontational', 'warn', 'こっちの身にもなってほしい'],
    // Round 23: people held questionable (どうかと思います, いかがなものか), called selfish (わがままが過ぎ, 身勝手にもほどが),
    // written off as never changing (どうせ…同じ/変わらない), said not to care (結局…どうでもいい, 自分さえよければ), surprise
    // that anyone cannot do even the least (…も歩けない方がいるとは驚き); romaji curses and insults side by side.
    // Told to do it themself in any conditional (並べば, 行けば, 急げば), also when the complaint named the 窓口, and with 笑.
    ['窓口が混んでいると大変お怒りのようですが、そんなにお急ぎなら朝8時半に並べばよろしいのでは？笑', 'hostility/confrontational', 'warn', 'べばよろしいのでは'],
    ['そんなにお急ぎなら朝一番に来られたらいかがですか笑', 'hostility/confrontational', 'warn', 'たらいかがですか'],
    ['待ち時間にご不満なら、ご自分で早めに行けばよいのではないでしょうか。', 'hostility/confrontational', 'warn', 'けばよいのではないでしょうか'],
    // A visitor's or caller's conduct aired as the cause of a day's trouble: a post aimed at one citizen.
    ['本日は窓口に来られたある方の長時間にわたるご主張のため、職員2名が1時間以上対応に追われました。', 'hostility/confrontational', 'warn', 'ある方の長時間にわたるご主張のため、職員2名が1時間以上対応に追われ'],
    ['昨日は一部の方の執拗なお電話のため、業務が止まってしまいました。', 'hostility/confrontational', 'warn', '一部の方の執拗なお電話のため、業務が止ま'],
    ['本日、窓口で大声を出されたお客様がいらっしゃり、他の皆さまにご迷惑をおかけしました。', 'hostility/confrontational', 'warn', '大声を出されたお客様がいらっしゃり、他の皆さまにご迷惑'],
    ['窓口で大声を出す方は、さすがにいかがなものかと存じます。', 'hostility/confrontational', 'warn', '方は、さすがにいかがなものかと存じ'],
    ['駐輪場に何日も自転車を置きっぱなしにする人は正直どうかと思うわ。', 'hostility/confrontational', 'warn', '人は正直どうかと思'],
    ['検診の予約を毎回すっぽかす利用者って、ちょっとどうかと思いますね。', 'hostility/confrontational', 'warn', '利用者って、ちょっとどうかと思'],
    ['毎回同じ苦情を入れてくる方、身勝手にもほどがあります。', 'hostility/confrontational', 'warn', '身勝手にもほどがあります'],
    ['夜中にペットボトルを出す人、自分勝手すぎやろ。', 'hostility/confrontational', 'warn', '自分勝手すぎやろ'],
    ['駐車場の区画を二台分使うドライバーさん、ワガママが過ぎるのではないでしょうか。', 'hostility/confrontational', 'warn', 'ワガママが過ぎる'],
    ['ごみの分別を守らない方々、どうせ何度言っても変わらないんでしょうね。', 'hostility/confrontational', 'warn', 'どうせ何度言っても変わらないんでしょう'],
    ['@user 花火のあとに散らかして帰る若者は、どうせ来年も懲りないんやろ。', 'hostility/confrontational', 'warn', 'どうせ来年も懲りないんやろ'],
    ['説明会を欠席した住民の皆さまも、所詮案内など読まないのでしょうね。', 'hostility/confrontational', 'warn', '所詮案内など読まないのでしょう'],
    ['ルールを守らない人って、結局自分さえよければいいんやろ。', 'hostility/confrontational', 'warn', '結局自分さえよければいいんやろ'],
    ['清掃に出てこない世帯の方は、結局ご近所のことなど関心がないのでしょう。', 'hostility/confrontational', 'warn', '結局ご近所のことなど関心がないのでしょう'],
    ['投票に行かない若い人たちは、政治なんてどうでもいいんだろうね。', 'hostility/confrontational', 'warn', 'なんてどうでもいいんだろう'],
    ['案内板すら読めない人がこんなにいるとは思いませんでした。', 'hostility/confrontational', 'warn', 'すら読めない人がこんなにいるとは思いません'],
    ['広報紙も読まん人がおるとは信じられん。', 'hostility/confrontational', 'warn', 'も読まん人がおるとは信じられ'],
    ['バス停から5分の坂道さえ上れない方がいらっしゃるとは驚きました。', 'hostility/confrontational', 'warn', 'さえ上れない方がいらっしゃるとは驚き'],
    ['ゴミ出しの曜日を守らない人って、どうなんでしょうね。', 'hostility/confrontational', 'warn', '人って、どうなんでしょうね'],
    ['予約の時間に平気で遅れてくる親ってどうなの？', 'hostility/confrontational', 'warn', '親ってどうなの？'],
    ['窓口で順番を抜かす人、ありえないです。', 'hostility/confrontational', 'warn', 'す人、ありえないです'],
    ['自己中な利用者が多くて、本当に困ります。', 'hostility/confrontational', 'warn', '自己中な利用者が'],
    ['身勝手な要望ばかり寄せる保護者の皆さまには困ったものです。', 'hostility/confrontational', 'warn', '身勝手な要望ばかり'],
    ['この投稿も、どうせ誰も読んでないんでしょうけど。', 'hostility/confrontational', 'warn', 'どうせ誰も読んでないんでしょう'],
    ['参加しない人たちは、地域のことなんか考えてないんでしょうね。', 'hostility/confrontational', 'warn', 'ことなんか考えてないんでしょう'],
    ['こんな簡単な手続きもできない人がいるとはね。', 'hostility/confrontational', 'warn', 'もできない人がいるとはね'],
    ['消防団に入らん若っか人たちは、結局地域のことなんてどうでもよかとやろね。', 'hostility/confrontational', 'warn', '結局地域のことなんてどうでもよかとやろ'],
    ['ここまで注文をつける保護者はいかがなものかと考える。', 'hostility/confrontational', 'warn', '保護者はいかがなものかと考え'],
    ['夜中に騒ぐ観光客は身勝手極まりない。', 'hostility/confrontational', 'warn', '身勝手極まりない'],
    ['歩いて5分の距離も歩けん人がおるとは驚きばい。', 'hostility/confrontational', 'warn', 'も歩けん人がおるとは驚き'],
    ['落書きしたやつ、全部見とるけんな。', 'hostility/threat', 'block', '全部見とるけんな'],
    ['不法投棄した連中、ずっと監視してるぞ。', 'hostility/threat', 'block', 'ずっと監視してるぞ'],
    ['ポイ捨てする方、しっかり見ていますからね。', 'hostility/confrontational', 'warn', 'しっかり見ていますからね'],
    ['毎年ごみを置いていく花見客の皆さん、今年も期待してますよw', 'hostility/confrontational', 'warn', '期待してますよw'],
    ['川下りの船で酔っ払って大声を出すお客さん、今年も楽しみにしとるけん笑', 'hostility/confrontational', 'warn', '楽しみにしとるけん笑'],
    ['成人式で暴れる若者の皆さん、今年の晴れ姿も楽しみにしておりますね（笑）', 'hostility/confrontational', 'warn', '楽しみにしておりますね（笑）'],
    ['道の真ん中で写真を撮る観光客って、どうかしてますよね。', 'hostility/confrontational', 'warn', '観光客って、どうかしてます'],
    ['ゴミを捨てた人へ。baka, usero.', 'hostility/insult', 'block', 'baka'],
    ['Temee mo kiero yo.', 'hostility/insult', 'block', 'Temee'],
    ['落書きした犯人、kisama yurusanzo.', 'hostility/insult', 'block', 'kisama'],
    // Round 22: anyone could find it; told to leave for lack of spirit
    ['ハザードマップはトップに載っていますよ。少し探せば小学生でも見つけられると思いますが。', 'hostility/confrontational', 'warn', '少し探せば小学生でも見つけ'],
    ['公務員としての自覚がないのであれば、民間企業に移られてはいかがでしょうか。', 'hostility/confrontational', 'warn', '自覚がないのであれば、民間企業に移られてはいかが'],
    ['やる気がないなら、さっさと辞めたらどうですか。', 'hostility/confrontational', 'warn', 'やる気がないなら、さっさと辞めたらどう'],
    // Round 21: the critic named as idle (casual, dialect, keigo), and the idle jibe ending in かね.
    ['@user 毎日のように市政をたたいてる暇な人、ほかにやることはないのかね？', 'hostility/confrontational', 'warn', '暇な人'],
    ['@user 毎日のように市政をたたいてる暇な人、ほかにやることはないのかね？', 'hostility/insult', 'block', 'ほかにやることはないのかね？'],
    ['市の広報にいちいちケチをつけてくる暇なおじさん、正直うんざりです。', 'hostility/confrontational', 'warn', '暇なおじさん'],
    ['SNSで事業の粗探しばかりしとるヒマな連中には付き合いきれんばい。', 'hostility/confrontational', 'warn', 'ヒマな連中'],
    ['議会中継にまで文句を書き込むのは、批判ばかりの暇を持て余した人たちですね。', 'hostility/confrontational', 'warn', '暇を持て余した人'],
    // Round 21: a masked insult likened to a person (ク〇みたいな人間, カ〇みたいなやつ, ク〇のような輩).
    ['駐輪場で割り込みしたお客さん、ほんとカ〇みたいなやつでした。', 'hostility/insult', 'block', 'カ〇'],
    ['@user あんた、マジでク〇みたいな人間やね。', 'hostility/insult', 'block', 'ク〇'],
    ['ゴミを投げ捨てていく連中はク〇のような輩です。', 'hostility/insult', 'block', 'ク〇'],
    // Round 21: people written off by a knowing guess at their motive (どうせ…ないんでしょう, どうせ口だけやろ).
    ['清掃活動に来ない住民は、どうせ協力する気なんてないんでしょう。', 'hostility/confrontational', 'warn', 'どうせ協力する気なんてないんでしょう'],
    ['@user 説明会に出ない人って、どうせ口だけなんやろ。', 'hostility/confrontational', 'warn', 'どうせ口だけなんやろ'],
    ['アンケートに答えない方々は、どうせ関心がないのだろうと思います。', 'hostility/confrontational', 'warn', 'どうせ関心がないのだろう'],
    // Round 21: the critic asked whether they ever did the thing themself (keigo, plain, casual).
    ['市の予算を批判する前に、あなたは一度でも自治会の役員をしたことがあるんですか？', 'hostility/confrontational', 'warn', 'あなたは一度でも自治会の役員をしたことがあるんですか'],
    ['偉そうに文句をおっしゃいますが、ご自分はきちんと税金を納めたことがおありなのでしょうか。', 'hostility/confrontational', 'warn', 'ご自分はきちんと税金を納めたことがおありなのでしょうか'],
    ['@user 行政の悪口を書く前に、ご自身は一回でも地域のボランティアに参加したことある？', 'hostility/confrontational', 'warn', 'ご自身は一回でも地域のボランティアに参加したことある？'],
    // Round 21: the critic's words turned back on them (そうおっしゃるあなたは…, ではあなたは何を…), a masked word before 人間, 所詮.
    ['@user そうおっしゃるあなたは、地域のために何か活動されているのでしょうか。', 'hostility/confrontational', 'warn', 'そうおっしゃるあなたは、地域のために何か活動されているのでしょうか'],
    ['@user そう言うあんたは何をしてくれたと？', 'hostility/confrontational', 'warn', 'そう言うあんたは何をしてくれたと？'],
    ['@user ではあなたは市のために何をしてくださったんですか？', 'hostility/confrontational', 'warn', 'ではあなたは市のために何をしてくださったんですか'],
    ['あの客、本当にク〇人間だわ。', 'hostility/insult', 'block', 'ク〇'],
    ['清掃に来ない人は、所詮その程度の意識なんでしょうね。', 'hostility/confrontational', 'warn', '所詮その程度の意識なんでしょう'],
    // Round 21: those who do not do a thing assumed to lack the will, with no どうせ.
    ['講座に来ない人は、やる気がないんでしょうね。', 'hostility/confrontational', 'warn', 'ない人は、やる気がないんでしょうね'],
    ['参加せん人って、熱意がないんやろね。', 'hostility/confrontational', 'warn', 'せん人って、熱意がないんやろね'],
    ['ルールを守らない方々は、責任感がないのでしょうな。', 'hostility/confrontational', 'warn', '方々は、責任感がないのでしょう'],
    // Round 20: a critic told to look at themselves first; their failing to be admitted; belittled by a child's ability; sarcasm at readers
    ['ごみ袋が高いとおっしゃる前に、まずはご家庭でごみを減らす工夫をされてはいかがですか。', 'hostility/confrontational', 'warn', 'とおっしゃる前に、まずはご家庭でごみを減らす工夫をされてはいかが'],
    ['「無駄遣い」と書かれる前に、ご自身で一度決算書をご覧になっては？', 'hostility/confrontational', 'warn', 'と書かれる前に、ご自身で一度決算書をご覧になっては？'],
    ['不合格を市のせいにされていますが、ご自分の準備不足を認めてはいかがでしょうか。', 'hostility/confrontational', 'warn', 'ご自分の準備不足を認め'],
    ['申請方法が分からないというお問い合わせが多いのですが、案内のとおりにすれば子どもでも分かります。', 'hostility/confrontational', 'warn', '子どもでも分かります'],
    ['駐輪場の張り紙、まだ気づかない方がいらっしゃるようですね。', 'hostility/confrontational', 'warn', '気づかない方がいらっしゃるようです'],
    ['うっせーよ、黙ってろ', 'hostility/curse', 'block', 'うっせー'],
    // Round 19: an insult in katakana after an e-row kana (マジでﾊﾞｶ, なんてバカな, どけアホ).
    ["窓口で怒鳴り散らしたあの客、ほんとにﾊﾞｶですね。", 'hostility/insult', 'block', "ﾊﾞｶ"],
    ["@user なんてバカなことを書くんですか", 'hostility/insult', 'block', "バカ"],
    ["@user 何回言えば分かるんだ、どけアホ", 'hostility/insult', 'block', "アホ"],
    // Round 19: "you won't get off lightly" and no mercy, held over a wrongdoer (keigo, dialect, casual).
    ["展示物を壊していった人へ。次に同じことをしたら、ただでは済みませんからね。", 'hostility/threat', 'block', "ただでは済みません"],
    ["落書きの犯人、今度見つけたらただじゃ済まさんけん。", 'hostility/threat', 'block', "ただじゃ済まさん"],
    ["@user これ以上デマを流すなら、タダでは済まないぞ", 'hostility/threat', 'block', "タダでは済まない"],
    ["不法投棄をした方、ただで済むと思わないでください。", 'hostility/threat', 'block', "ただで済むと思わ"],
    ["ごみを不法投棄した者には、今後一切容赦いたしません。", 'hostility/threat', 'block', "容赦いたしません"],
    ["@user 次また同じ書き込みをしたら容赦せんけんね。", 'hostility/threat', 'block', "容赦せん"],
    ["花壇を荒らす輩は、特定次第容赦しません。", 'hostility/threat', 'block', "容赦しません"],
    ["窓口で暴言を吐いた方へ。今回の件、このままでは済ませませんからね。", 'hostility/threat', 'block', "このままでは済ませません"],
    ["不法投棄の犯人、このまま済むと思わないでください。", 'hostility/threat', 'block', "このまま済むと思わ"],
    // Round 19: people denied the right to live here or to do a thing, for what they did.
    ["ごみ出しのルールも守れない人に、この町に住む資格はありません。", 'hostility/insult', 'block', "町に住む資格はありません"],
    ["@user お前に柳川市民を名乗る資格はなか。", 'hostility/insult', 'block', "柳川市民を名乗る資格はなか"],
    ["祭りの後片付けもせずに帰る人に、花火を見る資格はない。", 'hostility/insult', 'block', "資格はない"],
    ["そういう人は柳川市民を名乗らないでほしい。", 'hostility/insult', 'block', "柳川市民を名乗らないでほしい"],
    ["ゴミを捨てていく観光客は、もう二度と柳川に来ないでほしい。", 'hostility/curse', 'block', "もう二度と柳川に来ないでほしい"],
    ["@user あんたみたいな人は、もう顔を見せんでほしか。", 'hostility/curse', 'block', "もう顔を見せんでほしか"],
    // Round 19: people named 輩 for what they do.
    ["夜中に公園で騒ぐ輩が後を絶ちません。", 'hostility/confrontational', 'warn', "輩"],
    ["注意書きを無視して川で泳ぐような輩には困ったものです。", 'hostility/confrontational', 'warn', "輩"],
    ["ベンチを壊していく輩どもには呆れます。", 'hostility/confrontational', 'warn', "輩ども"],
    // Round 19: the reader's ability presumed lacking (〜できる方ならお分かりになると思いますけどね).
    ["@user 案内文を普通に読める方なら、お分かりいただけるかと存じますが。", 'hostility/confrontational', 'warn', "読める方なら、お分かりいただけるかと存じますが"],
    ["@user まともな大人なら、分かるはずなんですけどね。", 'hostility/confrontational', 'warn', "まともな大人なら、分かるはずなんですけど"],
    ["常識のある人なら理解できるでしょうけど。", 'hostility/confrontational', 'warn', "常識のある人なら理解できるでしょうけど"],
    ["@user ご理解いただけない方がいるとは驚きです。", 'hostility/confrontational', 'warn', "ご理解いただけない方がいるとは驚き"],
    ["何度書いても読めない人がおるとか、信じられんばい。", 'hostility/confrontational', 'warn', "読めない人がおるとか、信じられ"],
    ["この程度の案内を分からない大人が多いなんて、呆れます。", 'hostility/confrontational', 'warn', "分からない大人が多いなんて、呆れ"],
    ["@user 少しでも想像力のある方なら、お分かりになるはずですが。", 'hostility/confrontational', 'warn', "想像力のある方なら、お分かりになるはずですが"],
    // Round 19: told never to come again, with no place between (a curse, not the warning of 嫌なら来なくて結構).
    ["@user 二度と来なくていいです。", 'hostility/curse', 'block', "二度と来なくていい"],
    ["そんなに文句ばかりなら、もう来んでよか。", 'hostility/curse', 'block', "もう来んでよか"],
    ["マナーの悪い観光客は、もう来なくても構いません。", 'hostility/curse', 'block', "もう来なくても構いません"],
    // Round 18: the person told they will be identified (あなたを特定して…, 書き込んだ人は特定させていただきます; dialect, casual).
    ["@user デマを流し続けるなら、あなた方を特定させていただきます。", 'hostility/threat', 'block', "あなた方を特定させていただ"],
    ["匿名で悪口を書き込んだ人は、もう特定しましたからね。", 'hostility/threat', 'block', "書き込んだ人は、もう特定しました"],
    ["@user あんたのことはすぐ特定できるけんな", 'hostility/threat', 'block', "あんたのことはすぐ特定できるけん"],
    ["これ以上中傷を続けるのであれば、法的措置も辞さない。覚えておくことです。", 'hostility/threat', 'block', "覚えておくことです"],
    // Round 18: readers said not to be able to read, as why it is said again (日本語が読めない方が多いようなので).
    ["漢字が読めない人が多いみたいなので、ひらがなで書きますね。", 'hostility/confrontational', 'warn', "漢字が読めない人が多いみたいなので"],
    ["お知らせが理解できない方がいらっしゃるようですので、再度掲載いたします。", 'hostility/confrontational', 'warn', "お知らせが理解できない方がいらっしゃるようですので"],
    ["字が読めん人がおるらしいけん、もう一回だけ言うね。", 'hostility/confrontational', 'warn', "字が読めん人がおるらしいけん"],
    // Round 18: told to read or look up the least before asking (〜くらい読んでから聞いて, せめて…てから, 〜も読まずに電話してくる).
    ["@user 申請書の裏面ぐらい見てから質問してください。", 'hostility/confrontational', 'warn', "ぐらい見てから質問"],
    ["せめて市報に目を通してからご連絡いただけますでしょうか。", 'hostility/confrontational', 'warn', "せめて市報に目を通してからご連絡"],
    ["案内文もろくに読まずに電話してくる人が後を絶ちません。", 'hostility/confrontational', 'warn', "ろくに読まず"],
    ["少しは自分で調べてから文句を言うてほしか。", 'hostility/confrontational', 'warn', "少しは自分"],
    ["@user パンフレットくらいは読んでから問い合わせてもらえますか。", 'hostility/confrontational', 'warn', "くらいは読んでから問い合わせ"],
    // Round 18: mock-humble sarcasm (「ご指摘」ありがとうございます, 何でもご存じの方は違いますね).
    ["「貴重なご助言」を賜り、誠にありがとうございます。", 'hostility/confrontational', 'warn', "「貴重なご助言」を賜り、誠にありがとう"],
    ["@user 『ご忠告』どうも。", 'hostility/confrontational', 'warn', "『ご忠告』どうも"],
    ["なんでも知っとる方は言うことがちがいますね。", 'hostility/confrontational', 'warn', "なんでも知っとる方は言うことがちがい"],
    ["頭のいい方は考えることが違いますね。", 'hostility/confrontational', 'warn', "頭のいい方は考えることが違います"],
    // Round 17: harm wished by the passive or by the same fate (〜に噛まれてしまえばいい, 同じ目に遭えばいい; dialect, casual).
    ["路上に吸い殻を捨てる奴なんか、車にはねられればいいのに。", 'hostility/curse', 'block', "はねられればいい"],
    ["ルールを守らない連中は、いっぺん同じ目に遭えばよかとよ。", 'hostility/curse', 'block', "同じ目に遭えばよか"],
    ["犬のフンを放置する飼い主は、自分で踏んで痛い目にあってしまえばええ。", 'hostility/curse', 'block', "痛い目にあってしまえばええ"],
    ["@user 窓口で怒鳴る人は、誰かに殴られちまえばいい", 'hostility/curse', 'block', "殴られちまえばいい"],
    // Round 17: harm held over someone as deserved (〜されても文句は言えない, どうなっても知らない).
    ["不法投棄を続ける方へ。次は車ごと燃やされても文句は言えませんからね。", 'hostility/threat', 'block', "燃やされても文句は言えません"],
    ["@user これ以上書き込むなら、どうなっても知らんけんね。", 'hostility/threat', 'block', "どうなっても知らんけん"],
    ["夜中に騒ぐ若者は、何をされても仕方ないと思います。", 'hostility/threat', 'block', "何をされても仕方ない"],
    ["注意しても聞かない人は、殴られたって文句は言えないでしょう。", 'hostility/threat', 'block', "殴られたって文句は言えない"],
    // Round 17: a visit or complaint called a waste of time (時間の無駄です, 相手にするだけ無駄).
    ["毎週同じ苦情を言いに来られる方がいらっしゃいます。はっきり言って時間の無駄です。", 'hostility/confrontational', 'warn', "時間の無駄です"],
    ["@user あなたのようなクレーマーは相手にするだけ無駄だ", 'hostility/confrontational', 'warn', "相手にするだけ無駄"],
    ["電話口で同じ文句ば繰り返す人に説明しても時間の無駄やけん。", 'hostility/confrontational', 'warn', "時間の無駄やけん"],
    ["窓口でのいちゃもんに付き合うのは、人件費の無駄である。", 'hostility/confrontational', 'warn', "人件費の無駄である"],
    // Round 17: the reader's ability to read doubted (字が読めれば分かる, 小学生でも分かるはず).
    ["@user 申請期限はチラシに大きく書いてあります。文字が読めれば分かるはずですが。", 'hostility/confrontational', 'warn', "文字が読めれば分かるはずですが"],
    ["@user 日本語が読める人なら分かると思うけど", 'hostility/confrontational', 'warn', "日本語が読める人なら分かると思うけど"],
    ["ごみカレンダーの見方なんて、中学生でも理解できるでしょう。", 'hostility/confrontational', 'warn', "中学生でも理解できるでしょう"],
    ["案内板の漢字が読めたら分かりますよね（笑）", 'hostility/confrontational', 'warn', "漢字が読めたら分かりますよね"],
    // Round 15: People held in contempt by what they do (〜する人の神経を疑う, 理解に苦しむ, 何を考えているのか), or asked
    // whether they lack a sense (〜しない人って危機感がないのでしょうか).
    ["期日前投票の締切を過ぎてから怒鳴り込んでくる方の神経を疑います。", 'hostility/confrontational', 'warn', "神経を疑います"],
    ["ワクチンの通知ば捨てる人、正直理解に苦しむわ。", 'hostility/confrontational', 'warn', "理解に苦しむわ"],
    ["書類の期限を守られない方には、率直に申し上げて理解しかねます。", 'hostility/confrontational', 'warn', "理解しかねます"],
    ["ごみの分別をせんで出す人って、何を考えとるんやろか。", 'hostility/confrontational', 'warn', "何を考えとるんやろ"],
    ["@user 毎晩電話してくるあなた、なに考えてんの？", 'hostility/confrontational', 'warn', "なに考えてんの"],
    ["避難指示が出ても避難しない方は、危機感がないのでしょうか。", 'hostility/confrontational', 'warn', "方は、危機感がないのでしょう"],
    ["回覧板を何週間も止める人って、常識がないんですかね？", 'hostility/confrontational', 'warn', "人って、常識がないんですか"],
    ["健診の予約をすっぽかす者は、自らの健康に関心がないのだろうか。", 'hostility/confrontational', 'warn', "者は、自らの健康に関心がないのだろう"],
    // Round 15: A misuse answered with mock envy (さぞ便利でしょうね, そりゃ楽でしょうね, 〜たら楽でいいですよね).
    ["@user 粗大ごみを好きな日に出せたら、そりゃ楽でしょうね。", 'hostility/confrontational', 'warn', "そりゃ楽でしょうね"],
    ["@user ご意見承りました。公民館を私物代わりにお使いになれたら、さぞかし快適でしょうね。", 'hostility/confrontational', 'warn', "さぞかし快適でしょうね"],
    ["@user 順番を無視して割り込めたら、さぞお得でしょうね〜", 'hostility/confrontational', 'warn', "さぞお得でしょうね"],
    ["窓口を託児所代わりにできたら楽でいいですよね。", 'hostility/confrontational', 'warn', "たら楽でいいですよね"],
    ["@user ご意見ありがとうございます。さぞご満足でしょうね。", 'hostility/confrontational', 'warn', "さぞご満足でしょうね"],
    // Round 15: People called a nuisance (〜する人、本当に迷惑です; である調, dialect, the next sentence, 迷惑な客).
    ["市営駐車場に何日も車を放置する人、ほんとに迷惑。", 'hostility/confrontational', 'warn', "人、ほんとに迷惑"],
    ["夜中に公園で騒ぐ連中はマジで迷惑やけん。", 'hostility/confrontational', 'warn', "連中はマジで迷惑やけん"],
    ["予約を無断でキャンセルする方々は、正直迷惑です。", 'hostility/confrontational', 'warn', "方々は、正直迷惑です"],
    ["窓口で大声を出す者は迷惑である。", 'hostility/confrontational', 'warn', "者は迷惑である"],
    ["ルールを守らない利用者ほど迷惑な存在はありません。", 'hostility/confrontational', 'warn', "利用者ほど迷惑な存在"],
    ["深夜に何度も電話してくる人がいます。本当に迷惑です。", 'hostility/confrontational', 'warn', "本当に迷惑です"],
    ["申請書を書かずに来る迷惑な客ばかりですね。", 'hostility/confrontational', 'warn', "迷惑な客ばかりです"],
    // Round 14: A complainer's speech called an animal's noise, and the scolding imperative said to a person.
    ["窓口で毎日のように喚き散らすクレーマー、正直しんどい。", 'hostility/insult', 'block', "喚き散らす"],
    ["@user ネットで好き勝手ほざいてろ", 'hostility/insult', 'block', "ほざいて"],
    ["電話口でぎゃあぎゃあ文句ば言うおっさんのおるけん、仕事にならん。", 'hostility/insult', 'block', "ぎゃあぎゃあ文句"],
    ["コメント欄でいつまでも吠えてる連中、負け犬の遠吠えですね。", 'hostility/insult', 'block', "吠えてる連中"],
    ["同じ苦情ばかり言ってくる人、いい加減にせえよ。", 'hostility/insult', 'block', "いい加減にせえ"],
    ["@user 毎回同じことを書き込むあんた、いい加減にしろや", 'hostility/insult', 'block', "いい加減にしろ"],
    // Round 14: Exposure promised to those who misbehave (晒す, 公開する on the account).
    ["ごみを不法投棄する者は、顔写真を撮影のうえ本アカウントで晒す方針である。", 'hostility/threat', 'block', "顔写真を撮影のうえ本アカウントで晒す方針"],
    ["公園で花火して騒ぐ人、名前ネットに載せたるけんね。", 'hostility/threat', 'block', "名前ネットに載せたる"],
    ["落書きを繰り返す方のお顔は、当アカウントにて公開させていただきます。", 'hostility/threat', 'block', "顔は、当アカウントにて公開させていただきます"],
    ["ルールを守らん人は晒し者にしてやる", 'hostility/threat', 'block', "晒し者にし"],
    // Round 14: Told to do the least thing themself (〜くらいご自分で).
    ["@user 収集日くらいご自身でご確認いただけますか。", 'hostility/confrontational', 'warn', "くらいご自身でご確認いただけますか"],
    ["@user それぐらい自分で調べてください", 'hostility/confrontational', 'warn', "それぐらい自分で調べてください"],
    ["開館時間ぐらい自分で見てから来てほしい。", 'hostility/confrontational', 'warn', "ぐらい自分で見てから来てほしい"],
    ["そのくらいご自分でお分かりになりませんか？", 'hostility/confrontational', 'warn', "そのくらいご自分でお分かりになりませんか"],
    // Round 14: Only the talk is grown-up; what they have not paid held against them.
    ["@user 要求だけはいっちょまえですね", 'hostility/insult', 'block', "要求だけはいっちょまえ"],
    ["権利の主張ばかりご立派な方が多くて困ります。", 'hostility/insult', 'block', "主張ばかりご立派"],
    ["@user 自治会費も納めとらん分際で、意見ばっかり言うな", 'hostility/insult', 'block', "自治会費も納めとらん分際"],
    ["@user 住民税すら払っていないくせに、よく言えますね。", 'hostility/insult', 'block', "住民税すら払っていないくせに"],
    ["@user 義務も果たさずに権利ばかり主張されても困ります。", 'hostility/insult', 'block', "義務も果たさずに権利ばかり"],
    // Round 13: A word spelt out letter by letter (字間スペース), in any script and register.
    ["毎回窓口で大声を出す利用者、ま　じ　で　う　ざ　い", 'hostility/insult', 'block', "ま　じ　で　う　ざ　い"],
    ["コメント欄に張り付いとる人、ほんと　う　ぜ　え", 'hostility/insult', 'block', "う　ぜ　え"],
    ["@user き し ょ い んだよ", 'hostility/insult', 'block', "き し ょ い"],
    ["ルールを守らん人、ほんとに　む　か　つ　く", 'hostility/insult', 'block', "む　か　つ　く"],
    ["@user ﾎﾝﾄ ｳ ｻﾞ ｲ", 'hostility/insult', 'block', "ｳ ｻﾞ ｲ"],
    ["順番抜かしする大人、く ず です", 'hostility/insult', 'block', "く ず"],
    ["@user だ ま っ て ろ", 'hostility/curse', 'block', "だ ま っ て ろ"],
    ["@user で て け よ", 'hostility/curse', 'block', "で て け よ"],
    // Round 13: A masked insult said as what the person is (バ〇なんですか).
    ["@user 説明を読まずに質問してくる方って、バ〇なんですか？", 'hostility/insult', 'block', "バ〇"],
    ["駐車場のルールも守れない人、ア〇なの？", 'hostility/insult', 'block', "ア〇"],
    ["@user ほんとにバ〇ですね", 'hostility/insult', 'block', "バ〇"],
    // Round 13: A complainer taunted as idle: an insult when said to the caller or writer, a warning when only honorific.
    ["@user 朝から晩まで苦情の電話をかけてこられる方、お暇なんでしょうか？", 'hostility/insult', 'block', "お暇なんでしょうか"],
    ["何度も同じ書き込みをしてくるあんた、ひまなん？", 'hostility/insult', 'block', "ひまなん"],
    ["@user 平日の日中に毎日お電話くださいますが、お仕事されていないんですか？", 'hostility/insult', 'block', "お仕事されていないんですか"],
    ["@user またそのご指摘ですか。お暇なんですね〜", 'hostility/insult', 'block', "お暇なんですね"],
    // Round 13: Mock sympathy for someone at fault.
    ["粗大ごみを歩道に置きっぱなしにする方、さぞお忙しいんでしょうね。", 'hostility/confrontational', 'warn', "さぞお忙しいんでしょうね"],
    ["期限を過ぎても書類を出さない方々、さぞかしご多忙なんでしょうな。", 'hostility/confrontational', 'warn', "さぞかしご多忙なんでしょうな"],
    ["窓口で何度注意しても列に割り込む人、ずいぶんお偉いんですね。", 'hostility/confrontational', 'warn', "ずいぶんお偉いんですね"],
    // Round 13: A fault praised as a talent.
    ["公園に犬のフンを放置する方は、片付けない才能がおありなんですね。", 'hostility/confrontational', 'warn', "ない才能がおあり"],
    ["約束の時間に毎回遅れる方、遅れる才能でもお持ちなんでしょうか。", 'hostility/confrontational', 'warn', "才能でもお持ち"],
    ["ゴミの日を守らない人って、曜日を忘れる才能でもおありなのかしら？", 'hostility/confrontational', 'warn', "才能でもおあり"],
    // Round 13: Asked whether they know the word.
    ["申請期限という言葉をご存じないのでしょうか。", 'hostility/confrontational', 'warn', "という言葉をご存じないのでしょうか"],
    ["分別ルールって言葉、知らんと？", 'hostility/confrontational', 'warn', "って言葉、知らんと？"],
    ["路上駐車禁止という日本語をご存知ないようですね。", 'hostility/confrontational', 'warn', "という日本語をご存知ないようですね"],
    // Round 13: Their station mocked.
    ["平日の昼間から窓口で一時間も文句を言える方、結構なご身分ですね。", 'hostility/confrontational', 'warn', "結構なご身分ですね"],
    ["毎朝職員にクレームを言いに来られる方、いいご身分だね。", 'hostility/confrontational', 'warn', "いいご身分だね"],
    // Round 13: Praise with a laugh for an opinion.
    ["「職員は定時で帰っている」とのご指摘、大変勉強になりますｗ", 'hostility/confrontational', 'warn', "勉強になりますｗ"],
    ["「議員報酬が高すぎる」とのご批判、さすがよくご存じで（笑）", 'hostility/confrontational', 'warn', "さすがよくご存じで（笑）"],
    ["わざわざコメント欄にご高説を書き込んでいただき、ありがとうございます😏", 'hostility/confrontational', 'warn', "わざわざコメント欄にご高説を書き込んでいただき、ありがとうございます😏"],
    // Round 13: Mock sympathy for a critic (お気の毒に存じます, 生活がうまくいっていないのでしょう).
    ["毎日コメント欄に批判を書き込むあなた、人生が充実していないんでしょうね。お可哀想に。", 'hostility/confrontational', 'warn', "お可哀想に"],
    ["@user そんなコメントしかできないなんて、お気の毒ですね", 'hostility/confrontational', 'warn', "お気の毒ですね"],
    ["苦情ばかり送ってこられる方は、私生活がよほどうまくいっていないのでしょう。", 'hostility/confrontational', 'warn', "私生活がよほどうまくいっていないのでしょう"],
    // Round 13: Told to stay away in keigo.
    ["@user そこまでご不満なら、二度とご来館いただかなくて構いません。", 'hostility/curse', 'block', "二度とご来館いただかなくて構いません"],
    ["文句ばかりおっしゃるなら、もう来ていただかなくて結構です。", 'hostility/curse', 'block', "もう来ていただかなくて結構"],
    ["規則に従えない方は、もう当施設をご利用いただかなくてけっこうです。", 'hostility/curse', 'block', "もう当施設をご利用いただかなくてけっこう"],
    // Round 13: Critics insinuated against (〜する人に限って).
    ["文句を言う人に限って、自治会の活動には一度も来ない。", 'hostility/confrontational', 'warn', "文句を言う人に限って"],
    ["ネットで市政を批判する方に限って、投票には行っていないようです。", 'hostility/confrontational', 'warn', "批判する方に限って"],
    ["クレームをつける人に限り、ルールを守っていない。", 'hostility/confrontational', 'warn', "クレームをつける人に限り"],
    // Round 13: Told to go back to their country.
    ["ルールを守れないなら自分の国へ帰れ", 'hostility/curse', 'block', "自分の国へ帰れ"],
    ["ごみの分別もできないなら母国に帰ってほしい。", 'hostility/curse', 'block', "母国に帰ってほしい"],
    ["言葉も覚えない人は国に帰ってくれ", 'hostility/curse', 'block', "国に帰ってくれ"],
    // Harm promised in the first person
    ['これ以上窓口で騒ぐなら、次は警察を呼んで二度と来られないようにしてやるからな。', 'hostility/threat', 'block', '二度と来られないようにしてやる'],
    ['今度やったら思い知らせてやる。', 'hostility/threat', 'block', '思い知らせてやる'],
    ['ルールを守らん人には、後悔させてやるけん。', 'hostility/threat', 'block', '後悔させてやる'],
    // Quoted words with nothing around them that makes them examples are used.
    ['「消えろ」。お前のことだよ。', 'hostility/curse', 'block', '消えろ'],
    // Contempt for someone's looks, and for how someone thinks.
    ['そんな見た目で写真に写りたがる人の気が知れません。', 'hostility/insult', 'block', 'そんな見た目で'],
    ['あんな顔でよく人前に出られますね', 'hostility/insult', 'block', 'あんな顔で'],
    ['こんな雨の日に並ぶ人の気が知れない', 'hostility/confrontational', 'warn', '気が知れない'],
    // Sarcastic polite advice to a critic.
    ['そこまでご不満なら、ご自分で市議選に立候補されてはいかがでしょうか。', 'hostility/confrontational', 'warn', 'ご不満なら、ご自分で市議選に立候補されてはいかが'],
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
    // Stop 52: asked of the reader it stays a taunt, even with a language named nearby.
    ['日本語がわからないんですか？外国の窓口じゃないんですよ。', 'hostility/insult', 'block', '日本語がわからない'],
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
    ['それくらいご自分でお調べください', 'hostility/confrontational', 'warn', 'それくらいご自分でお調べください'],
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
    // polite brush-offs and condescension said to the person
    ['文句ばかり言うなら、柳川に来ていただかなくて結構です。', 'hostility/confrontational', 'warn', 'ていただかなくて結構'],
    ['ご意見ありがとうございます。ところで、日本語は読めますか？', 'hostility/confrontational', 'warn', '日本語は読めますか'],
    ['小学生でも分かる内容だと思いますが。', 'hostility/confrontational', 'warn', '小学生でも分かる内容'],
    ['お調べになればすぐ分かることかと存じますが、川下りは予約不要でございます😊', 'hostility/confrontational', 'warn', 'お調べになればすぐ分か'],
    ['何度も同じ説明をさせないでいただけますか。', 'hostility/confrontational', 'warn', '同じ説明をさせないで'],
    ['ご自身でお調べになるという発想はございませんでしたでしょうか。', 'hostility/confrontational', 'warn', 'という発想はございませんでしたでしょうか'],
    ['市の制度について、そのくらいのこともご存じないとは正直驚きました。', 'hostility/confrontational', 'warn', 'そのくらいのこともご存じない'],
    ['何度もご説明しておりますが、市のホームページをよくお読みいただければ、普通はお分かりになるかと存じます。', 'hostility/confrontational', 'warn', '普通はお分かりになる'],
    ['この程度のご説明で理解できない方が、ほかにいらっしゃるんでしょうかね。', 'hostility/confrontational', 'warn', 'この程度のご説明で理解できない方'],
    ['開庁時間はホームページのトップに書いてありますよね？文字、読めますか？', 'hostility/confrontational', 'warn', '文字、読めますか'],
    ['ご意見ありがとうございます。ただ、そんなことも知らずに、よく市にご意見しようと思われましたね。', 'hostility/confrontational', 'warn', 'そんなことも知らず'],
    ['さすが、毎日市役所にお電話くださるだけあって、よーくご存じですね（笑）', 'hostility/confrontational', 'warn', 'さすが、毎日市役所にお電話くださるだけあって、よーくご存じですね（笑'],
    ['そんなに柳川がお嫌いなら、無理に住まれなくてもいいのでは？', 'hostility/confrontational', 'warn', 'お嫌いなら、無理に住まれなくてもいい'],
    ['今日も窓口で「書類どれ？」って5回聞かれた😇 字、読めるのかな〜？📖', 'hostility/confrontational', 'warn', '字、読めるのかな'],
    ['駐車場がないって文句言ってる人たち〜🙄 歩くの健康にいいですよ？👟✨', 'hostility/confrontational', 'warn', '文句言ってる人たち'],
    ['市のホームページをきちんとお読みいただければ、このようなご質問は不要かと存じます。', 'hostility/confrontational', 'warn', 'このようなご質問は不要'],
    ['度重なる迷惑電話をおかけになる一部の方々は、地域社会の害悪と申し上げるほかありません。', 'hostility/insult', 'block', '地域社会の害悪'],
    ['駐車場のルールを守らない人、次に見つけたらただじゃおきませんからね。', 'hostility/threat', 'block', 'ただじゃおきません'],
    ['「バスの本数が少ない」とのことですが、車をお持ちになれば解決すると思いますよ。', 'hostility/confrontational', 'warn', 'とのことですが、車をお持ちになれば解決'],
    ['ご意見ありがとうございます。ホームページに全部書いてありますので、一度お読みになってから質問されてはいかがでしょうか。', 'hostility/confrontational', 'warn', 'お読みになってから質問されてはいかが'],
    ['アンケートで「駐車場が少ない」というご意見が多かったですが、皆さん歩くのがお嫌いなんですね。', 'hostility/confrontational', 'warn', 'がお嫌いなんですね'],
    ['お隣の町の夏祭りも良いですが、やっぱり人が集まるのは柳川ですね。あちらは毎年ガラガラみたいですし😏', 'hostility/confrontational', 'warn', 'お隣の町の夏祭りも良いですが、やっぱり人が集まるのは柳川ですね。あちらは毎年ガラガラ'],
    ['説明会にも来なかった方が今さら反対とは、さすがですね（笑）', 'hostility/confrontational', 'warn', 'さすがですね（笑）'],
    ['匿名でのご批判ありがとうございます。ご自分のお名前も書けないのですね。', 'hostility/confrontational', 'warn', 'お名前も書けないのですね'],
    ['なんばしよっとか、きさんは。文句ばっかり言うならもう来んでよか。', 'hostility/insult', 'block', 'きさん'],
    // exposure threats, orders, and 口出すな
    ['次に同じ書き込みをしたら、身元を特定して職場に連絡しますので。', 'hostility/threat', 'block', 'したら、身元を特定して職場に連絡します'],
    ['住所を特定してやるからな', 'hostility/threat', 'block', '特定してやる'],
    ['だ ま っ て 待 っ て ろ。', 'hostility/curse', 'block', 'だ ま っ て 待 っ て ろ'],
    ['覚えてろよ！', 'hostility/threat', 'block', '覚えてろ'],
    ['分かっとらんくせに口出すな。', 'hostility/curse', 'block', '口出すな'],
    // Round 9 kinds. Told to leave, in polite and dialect form (排斥).
    ['柳川のやり方が気に入らんとなら、よそに引っ越されたらよかですよ。', 'hostility/curse', 'block', 'よそに引っ越されたらよか'],
    ['そんなに文句があるなら、出ていってもらって結構です。', 'hostility/curse', 'block', '出ていってもらって結構'],
    ['ルールを守れない人は、二度と柳川に来なくていいです。', 'hostility/curse', 'block', '二度と柳川に来なくていい'],
    ['柳川が嫌いなら出ていかんね。', 'hostility/curse', 'block', '出ていかんね'],
    ['夜中に騒ぐような人は、もう大川には来んでよか。', 'hostility/curse', 'block', 'もう大川には来んでよか'],
    ['こっちのやり方に従えんとなら、住まんでよかよ。', 'hostility/curse', 'block', '従えんとなら、住まんでよか'],
    // Threats in polite and dialect dress: a consequence promised for next time, a warning that we know who you are.
    ['今度また職員に暴言を吐かれた場合は、それなりの対応を覚悟しておいてください。', 'hostility/threat', 'block', '覚悟しておいてください'],
    ['次に同じことをしたら、名前を掲示板に貼り出しますからね。', 'hostility/threat', 'block', '次に同じことをしたら、名前を掲示板に貼り出します'],
    ['次また来たら、こっちも黙っとらんけんね。', 'hostility/threat', 'block', 'こっちも黙っとらん'],
    ['当方も黙ってはいられませんので、今後同じことがあればそのつもりでいてください。', 'hostility/threat', 'block', '当方も黙ってはいられません'],
    ['落書きした人の目星はもうついています。', 'hostility/threat', 'block', '人の目星はもうついています'],
    ['次やったら、写真ばネットに上げるけん覚悟しとかんね。', 'hostility/threat', 'block', '次やったら、写真ばネットに上げるけん'],
    ['今後も続くようでしたら、こちらにも考えがございます。', 'hostility/threat', 'block', '今後も続くようでしたら、こちらにも考えがございます'],
    ['誰が書いとるかだいたい見当はついとりますよ。', 'hostility/threat', 'block', '誰が書いとるかだいたい見当はついとります'],
    // The person's mind said to be broken.
    ['この投稿した人、思考回路どうかしてるよね。', 'hostility/insult', 'block', '投稿した人、思考回路どうかしてる'],
    ['あんた頭のネジ飛んどるっちゃないと？', 'hostility/insult', 'block', '頭のネジ飛ん'],
    ['書き込んだ人、正直どうかしてると思います。', 'hostility/insult', 'block', '書き込んだ人、正直どうかしてる'],
    ['頭の悪か人には何言うても無駄ばい。', 'hostility/insult', 'block', '頭の悪か'],
    // Polite insinuation that the person cannot read or understand.
    ['案内文を理解されるのが難しいようでしたら、お近くの方に読んでもらってください。', 'hostility/insult', 'block', '理解されるのが難しいよう'],
    ['日本語の文章がお読みになれないようでしたら、お子さんに読んでもらうのはどうでしょう。', 'hostility/insult', 'block', 'お子さんに読んでもらうのはどう'],
    ['ご案内の内容がご理解いただけないようですね。', 'hostility/confrontational', 'warn', 'ご案内の内容がご理解いただけないようですね'],
    ['同じコメントはこれで五回目やけんね。', 'hostility/confrontational', 'warn', '同じコメントはこれで五回目'],
    ['このお問い合わせはもう3回目ですよ。', 'hostility/confrontational', 'warn', 'このお問い合わせはもう3回目'],
    ['掲示の内容がお分かりにならないようですね。', 'hostility/confrontational', 'warn', '内容がお分かりにならないようですね'],
    // All talk, and who has the right to speak.
    ['あの議員さん、口だけは一人前ですね。', 'hostility/insult', 'block', '口だけは一人前'],
    ['口先だけの先生には困ったもんです。', 'hostility/insult', 'block', '口先だけの先生'],
    ['委員長は口ばっかり達者で、なんもしよらん。', 'hostility/insult', 'block', '口ばっかり達者'],
    ['何もわからんで文句ばっかり言う人に言われたくないです。', 'hostility/confrontational', 'warn', '何もわからんで文句'],
    ['あなたなんかに言われたくありません。', 'hostility/confrontational', 'warn', 'あなたなんかに言われたくありません'],
    // The critic called a coward, and challenged to come.
    ['陰でこそこそ言うのは卑怯ですよ。', 'hostility/insult', 'block', '陰でこそこそ言うのは卑怯'],
    ['名乗らずに批判するなんて姑息ですね。', 'hostility/insult', 'block', '名乗らずに批判するなんて姑息'],
    ['ネットでしか文句を言えない人は卑怯者です。', 'hostility/insult', 'block', '文句を言えない人は卑怯'],
    ['文句があるなら面と向かって言いに来い。', 'hostility/confrontational', 'warn', '面と向かって言いに来い'],
    ['言いたかことのあるなら、名乗って本庁まで来んね。', 'hostility/confrontational', 'warn', '名乗って本庁まで来んね'],
    ['正々堂々と名乗ってからどうぞ。', 'hostility/confrontational', 'warn', '正々堂々と名乗ってからどうぞ'],
    // The critic judged as a grown-up, and as not having looked.
    ['いい大人として、その言い方はいかがなものでしょうか。', 'hostility/confrontational', 'warn', 'いい大人として、その言い方はいかがなもの'],
    ['社会人として恥ずかしいと思いますよ。', 'hostility/confrontational', 'warn', '社会人として恥ずかしいと思'],
    ['ご自分で何も調べずにクレームを入れるのはやめてください。', 'hostility/confrontational', 'warn', 'ご自分で何も調べずにクレーム'],
    ['苦情ばかりおっしゃる方には対応しかねます。', 'hostility/confrontational', 'warn', '苦情ばかりおっしゃる方'],
    // The critic mocked as idle.
    ['リプを拝見するかぎり、お時間にゆとりがおありのようですね。', 'hostility/confrontational', 'warn', 'お時間にゆとりがおありのようですね'],
    ['朝から晩までリプしてくる人、ほかにすることないんかな？笑', 'hostility/insult', 'block', 'ほかにすることないんかな'],
    ['時間が有り余っていらっしゃるようで羨ましいです。', 'hostility/confrontational', 'warn', '時間が有り余っていらっしゃる'],
    ['あのクレーマーさん、暇そうでいいね〜', 'hostility/confrontational', 'warn', '暇そうでいい'],
    ['毎回いちゃもんつけてくるけど、ほかにやることなかと？', 'hostility/insult', 'block', 'ほかにやることなかと？'],
    // Laughing at someone.
    ['川下りで船から落ちかけたおじさん、ダサすぎてウケる🤣', 'hostility/insult', 'block', 'ダサすぎてウケる'],
    ['注意されて逆ギレしてた観光客、必死すぎて草', 'hostility/insult', 'block', '必死すぎて草'],
    ['窓口で怒鳴ってた人、言い分が痛すぎて笑', 'hostility/insult', 'block', '痛すぎて笑'],
    // Round 9b/10 kinds, in new wording: conditional threats (published, visited, scolded before the neighbours),
    // who did it known, 覚悟 after a warning, legal action over criticism, harm in character speech, contempt in
    // 官公庁文体 and polite dress, blame, dismissal of critics, sarcasm, unsightly conduct, common sense missing,
    // skill mocked, again-and-again, irritation and refusal, someone's questions run down, romaji and English.
    ["期限までに回収されない場合は、防犯カメラの映像をこのページで公開いたします。", 'hostility/threat', 'block', "ない場合は、防犯カメラの映像をこのページで公開いたします"],
    ["名乗り出ないなら、映像ばインスタに上げるけんね。", 'hostility/threat', 'block', "ないなら、映像ばインスタに上げるけん"],
    ["今月中に申し出がなければ、車のナンバーを公表します。", 'hostility/threat', 'block', "なければ、車のナンバーを公表します"],
    ["次にまた同じ場所に捨てたら、ご自宅まで直接伺います。", 'hostility/threat', 'block', "次にまた同じ場所に捨てたら、ご自宅まで直接伺"],
    ["今度また騒いだら、町内の皆さんの前で名前を読み上げますからね。", 'hostility/threat', 'block', "今度また騒いだら、町内の皆さんの前で"],
    ["謝罪がない場合は、勤務先にお伺いすることになります。", 'hostility/threat', 'block', "謝罪がない場合は、勤務先にお伺"],
    ["誰がやったかはもう分かっていますからね。", 'hostility/threat', 'block', "誰がやったかはもう分かっています"],
    ["どなたの仕業かは、こちらですでに特定しております。", 'hostility/threat', 'block', "どなたの仕業かは、こちらですでに特定しております"],
    ["犯人の車のナンバーは控えてあるからな。", 'hostility/threat', 'block', "ナンバーは控えてあるからな"],
    ["再び同様の行為があれば、厳正に対処する。覚悟されよ。", 'hostility/threat', 'block', "覚悟されよ"],
    ["今後も続くようなら法的措置も辞さない。お覚悟を。", 'hostility/threat', 'block', "お覚悟を"],
    ["市への批判を繰り返す投稿者には、訴訟も視野に入れております。", 'hostility/threat', 'block', "訴訟も視野"],
    ["根拠なく当課を批判するアカウントについては、法的措置を検討中である。", 'hostility/threat', 'block', "法的措置を検討"],
    ["いじわるする子は、おいらが川に沈めちゃうぞ〜", 'hostility/threat', 'block', "沈めちゃう"],
    ["悪口言う人は掘割に突き落としちゃうっパ💢", 'hostility/threat', 'block', "突き落としちゃう"],
    ["少しはご自分の頭でお考えいただけますと助かります。", 'hostility/insult', 'block', "ご自分の頭でお考えいただ"],
    ["自分の頭で考えてから電話してこい。", 'hostility/insult', 'block', "自分の頭で考えてから"],
    ["義務教育レベルの知識すらない程度の方々の相手は疲れる。", 'hostility/insult', 'block', "すらない程度の方"],
    ["あのような振る舞いをする者に、市政を語る資格はない。", 'hostility/insult', 'block', "語る資格はない"],
    ["そんな親に子育てを語る資格なんてありません。", 'hostility/insult', 'block', "語る資格なんてありません"],
    ["この地区は民度が低いと言わざるを得ない。", 'hostility/insult', 'block', "民度が低"],
    ["あなたみたいな人がいるから、職員が疲弊するんです。", 'hostility/insult', 'block', "あなたみたいな人がいるから、職員が疲弊"],
    ["お前らみたいなのがおるけん、柳川のイメージが悪くなるったい。", 'hostility/insult', 'block', "お前らみたいなのがおるけん"],
    ["暇つぶしの電話に付き合う余裕はございません。", 'hostility/insult', 'block', "暇つぶしの電話に付き合う余裕はございません"],
    ["文句を言う暇があるなら、ボランティアに参加されてはいかが。", 'hostility/insult', 'block', "文句を言う暇があるなら"],
    ["批判を書き込む時間があるなら、草取りでも手伝ったらどう？", 'hostility/insult', 'block', "批判を書き込む時間があるなら"],
    ["よそ者の意見なんて外野の雑音にすぎない。", 'hostility/confrontational', 'warn', "外野の雑音"],
    ["ネットでの批判はいちいち真に受ける必要はない。", 'hostility/confrontational', 'warn', "真に受ける必要はない"],
    ["さぞかしご立派なお仕事をされているんでしょうね。", 'hostility/confrontational', 'warn', "さぞかしご立派なお仕事をされているんでしょう"],
    ["ゴミを漁っている人がいました。本当にみっともないです。", 'hostility/confrontational', 'warn', "みっともない"],
    ["割り込みをする大人、見苦しいですね。", 'hostility/confrontational', 'warn', "見苦しい"],
    ["常識をお母さんのお腹に忘れてきたのかな？", 'hostility/confrontational', 'warn', "常識をお母さんのお腹に忘れてき"],
    ["ルールという言葉を知らない大人が多すぎます。", 'hostility/confrontational', 'warn', "という言葉を知らない大人が"],
    ["子どもでもわかることなんですけどね。", 'hostility/confrontational', 'warn', "子どもでもわかることなんですけど"],
    ["@user センスのかけらもない写真だっパ🤣", 'hostility/confrontational', 'warn', "センスのかけらも"],
    ["@user またあなたですか。もういい加減にしてください。", 'hostility/confrontational', 'warn', "またあなたですか"],
    ["@user 何回ご案内すれば覚えていただけるんでしょうか。", 'hostility/confrontational', 'warn', "何回ご案内すれば"],
    ["ドタキャンした団体さん、まじありえない💢もう受けんけんね。", 'hostility/confrontational', 'warn', "もう受けんけんね"],
    ["@user anta baka ja nai no?", 'hostility/insult', 'block', "baka"],
    ["@user omae mou kiero", 'hostility/curse', 'block', "kiero"],
    ["@user You idiot, the shop is closed on Mondays.", 'hostility/insult', 'block', "You idiot"],
    ["@user Shut up and read the website.", 'hostility/insult', 'block', "Shut up"],
    ["@user Learn to read, it's on the map.", 'hostility/confrontational', 'warn', "Learn to read"],
    ["@user Honestly people like you are the reason we have rules.", 'hostility/insult', 'block', "people like you are the reason"],
    ["@user Use your eyes, it's right there.", 'hostility/confrontational', 'warn', "Use your eyes"],
    ["@user b@ka tourist lol", 'hostility/insult', 'block', "b@ka"],
    ["同じことが続けば、然るべき措置をとる。ご覚悟願いたい。", 'hostility/threat', 'block', "ご覚悟願いたい"],
    ["批判コメントを続ける方には、発信者情報開示請求も辞さない構えです。", 'hostility/threat', 'block', "発信者情報開示請求も辞さ"],
    ["わるぐち書く子は、ぼくがお堀に引きずり込んでやるっパ！", 'hostility/threat', 'block', "引きずり込んでやる"],
    ["一度でいいのでご自身の頭で考えてからご質問ください。", 'hostility/insult', 'block', "ご自身の頭で考えてから"],
    ["ルールすら守れない程度の大人が多くて困る。", 'hostility/insult', 'block', "すら守れない程度の大人"],
    ["字も読めない程度の人には説明しても伝わらない。", 'hostility/insult', 'block', "も読めない程度の人"],
    ["あんな人に保護者の資格はない。", 'hostility/insult', 'block', "保護者の資格はない"],
    ["ゴミの出し方を見れば、この町内のお里が知れる。", 'hostility/insult', 'block', "お里が知れ"],
    ["あの対応には人間性を疑う。", 'hostility/insult', 'block', "人間性を疑う"],
    ["こういう客がいるせいで、店がどんどん閉まるんです。", 'hostility/insult', 'block', "こういう客がいるせいで、店がどんどん閉ま"],
    ["市外に住んだこともない人の批判は聞き流します。", 'hostility/confrontational', 'warn', "住んだこともない人の"],
    ["さぞかし素晴らしいお考えをお持ちなんでしょうね。", 'hostility/confrontational', 'warn', "さぞかし素晴らしいお考えをお持ちなんでしょう"],
    ["さぞご立派な教育をされてきたのでしょう？", 'hostility/confrontational', 'warn', "さぞご立派な教育をされてきたのでしょう"],
    ["配給に何度も並び直す方がいて、浅ましいと感じました。", 'hostility/confrontational', 'warn', "浅ましい"],
    ["@user ある意味才能ですね笑 毎回ピンボケ", 'hostility/confrontational', 'warn', "ある意味才能"],
    ["@user その構図、センスなさすぎて逆に尊敬🤣", 'hostility/confrontational', 'warn', "センスなさ"],
    ["@user また貴方ですか？", 'hostility/confrontational', 'warn', "また貴方ですか"],
    ["予約すっぽかしたグループ、ほんとありえん。次から予約は受けんけん。", 'hostility/confrontational', 'warn', "グループ、ほんとありえん"],
    ["無断キャンセルの家族さん、信じられない💢", 'hostility/confrontational', 'warn', "さん、信じられない"],
    ["@user It's not rocket science.", 'hostility/confrontational', 'warn', "It's not rocket science"],
    ["一部の委員のご意見は要領を得ず、会議が長引いた。", 'hostility/confrontational', 'warn', "一部の委員のご意見は要領を得"],
    ["あの議員の質問は毎回支離滅裂で困る。", 'hostility/confrontational', 'warn', "あの議員の質問は毎回支離滅裂"],
    // The words of a withdrawn post said outright, or quoted with no correction, or in a post that apologises for something else.
    ['夜中に騒ぐ連中は一度痛い目に遭えばいいんですよ。先日の投稿の日付に誤りがありました。お詫びします。', 'hostility/curse', 'block', '痛い目に遭えばいい'],
    ['先日の投稿で「夜中に騒ぐ連中は一度痛い目に遭えばいいんですよ」と書きました。本当にそう思います。', 'hostility/curse', 'block', '痛い目に遭えばいい'],
    ['ゴミ置き場に粗大ごみを置いていく人へ。見つけたらただじゃ済まさないからな。先日の投稿は訂正しました。', 'hostility/threat', 'block', 'ただじゃ済まさない'],
    // Blind R144A-047: complainants told to put up with it (…なんだから多少の音は我慢してくださいよ, 我慢せえ)
    ['うるさいなあ。工事なんだから多少の音は我慢してくださいよ。', 'hostility/confrontational', 'warn', 'なんだから多少の音は我慢してください'],
    ['お祭りなんやけん、少々の音は我慢せえ。', 'hostility/confrontational', 'warn', 'なんやけん、少々の音は我慢せえ'],
    ['夜の工事の音がうるさいって？仕方ないんだから我慢してください。', 'hostility/confrontational', 'warn', 'だから我慢してください'],
    // Blind R144A-079: critics told they need not look at the page any more (もうこのページを見なくていい, フォローしなくて結構)
    ['いつも文句ばかり書き込んでくる人たち、もうこのページを見なくていいですよ。私たちは応援してくれる人のために発信しています。', 'hostility/confrontational', 'warn', '見なくていいです'],
    ['苦情ばかり言う人は、このアカウントをフォローしなくて結構です。', 'hostility/confrontational', 'warn', 'フォローしなくて結構'],
    ['批判ばかりの方は、もうこのページをご覧にならなくて結構です。', 'hostility/confrontational', 'warn', 'ご覧にならなくて結構'],
    // Blind R354B-009 kind: someone's repeated calls or messages called a nuisance
    ['何度も同じ質問を送ってくるの、正直迷惑です。', 'hostility/confrontational', 'warn', '何度も同じ質問を送ってくるの、正直迷惑です'],
    ['毎日何回も書き込んできよるとは、えらい迷惑ばい。', 'hostility/confrontational', 'warn', '毎日何回も書き込んできよるとは、えらい迷惑ばい'],
    // Blind R354B-017 kind: 死 hidden as a digit in a wish
    ['窓口で毎回怒鳴る客、4んでほしいわ', 'hostility/curse', 'block', '4んでほしいわ'],
    ['あのクレーマー、はよ４んでくれんかな', 'hostility/curse', 'block', '４んでくれんかな'],
    // Blind R356D-029 kind: 消えて asked with a question mark, said to someone
    ['しつこく絡んでくる人、もう消えて？', 'hostility/curse', 'block', '消えて'],
    ['いちいち文句言うひと、消 え て ？', 'hostility/curse', 'block', '消 え て'],
    // Blind R354B-026 kind: the reader's words ranked below a child's
    ['@abc 幼稚園児でももう少しましな言い訳をするでしょうね', 'hostility/confrontational', 'warn', '幼稚園児でももう少しましな言い訳をするでしょう'],
    ['ご意見拝見しました。中学生でももっとまともな質問をすると思いますよ', 'hostility/confrontational', 'warn', '中学生でももっとまともな質問をすると思います'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity, excerpt) => {
    const found = findingsOf(hostility, text, reply)
    expect(summary(found)).toContain(`${rule}:${severity}:${excerpt}`)
  })

  it('names the clause and says what to write instead of the phrase', () => {
    const [f] = findingsOf(hostility, '@k 常識で考えれば分かると思いますが、小雨でも運航しています。', reply)
    expect(f?.message).toContain('（ガイドライン5(3)')
    expect(f?.hint).toContain('「常識で考えれば」')
    expect(f?.hint).toContain('分かりにくいご案内で失礼しました')
    const [g] = findingsOf(hostility, '@k 何度も言っていますが、日程は掲載済みです。', reply)
    expect(g?.hint).toContain('改めてご案内します')
  })

  // Quoted as examples in an awareness context: a mention, at most info.
  it.each([
    '【ネットいじめ防止講座】SNS上の「死ね」「消えろ」といった書き込みは、冗談のつもりでも相手を深く傷つけます。',
    '【人権啓発】「バカ」「クズ」などの言葉も、画面の向こうの相手を深く傷つけます。',
    '「キモい」「ウザい」という言葉を使わないようにしましょう。',
    '「死ねばいいのに」という書き込みは脅迫になることがあります。',
    '「キモい」「ウザい」は、言われた人にとって暴力です。',
    '人権啓発ポスター「その一言が刃になる　〜死ね、消えろ、キモい〜」を掲示しています。',
    '「常識で考えれば分かるでしょ」という言い方は、相手を傷つけることがあります。',
    '講座では、「お前」「あんた」などの呼び方が相手に与える印象について学びます。',
    '■映画「おまえの親になったるで」上映会',
    // A word alone in its brackets in an anti-bullying post, whatever follows the brackets.
    '「ウザい」「消えろ」…その一言、相手はずっと忘れないよ。\nいじめかも？と思ったら、ひとりで悩まず相談してね\n#いじめ防止',
    '「お前に言われたくない」という言葉は、相手を傷つけることがあります。',
    // Round 15: a contemptuous line quoted as an example in a training post.
    '【職員研修】「〜する人、本当に迷惑です」「理解に苦しみます」のような投稿は、市民を見下す印象を与えます。',
    // Spelt out letter by letter, or masked, and still quoted as examples.
    '【ネットいじめ防止】「う ざ い」「き も い」のように字間を空けて書いても、相手を傷つける言葉です。',
    '【人権啓発】「バ〇なの？」のような伏せ字の書き込みも、誹謗中傷にあたることがあります。',
  ])('notes a mention in %s', (text) => {
    const found = findingsOf(hostility, text)
    expect(found.length).toBeGreaterThan(0)
    expect(found.every((f) => f.severity === 'info')).toBe(true)
  })

  const valid = [
    // Blind R144A-047/-079: an effort praised, advice not to hold back, a page one need not read now
    '子どもたちは暑い中、我慢してよく頑張りました。',
    'トイレは我慢しないで、早めに行きましょう。',
    '工事期間中はご迷惑をおかけしますが、ご理解とご協力をお願いします。',
    '詳しい資料は後日郵送しますので、今は見なくていいですよ。',
    // cancer the disease after the city's name (市のがん検診), not the metaphor
    '市のがん検診の自己負担金とは別になります。',
    '令和6年度の本市のがん検診において、精密検査受診率は88.2％であった。',
    '地域のがん患者を支える会が発足しました。',
    // an ordinary order of steps (…してからにしてください), a child's wish quoted (「やってみたい」と言うなら)
    'お支払いは商品を確認してからにしてください。',
    'ご来館は検温してからにしてください。',
    '子どもが「やってみたい」と言うなら、一度やらせてみてはいかがでしょう。',
    // those who do not know, welcomed to a course
    'そんなことも知らない方のために、基礎から学べる教室を開きます。',
    'そのくらいのこともご存じない方でも安心して参加できる入門講座です。',
    'スマホの基本が分からない方向けの相談会を開きます。',
    // A wish about the weather or a thing, not about people
    '雨雲なんか流されてしまえばいいのに。明日の花火大会、晴れますように。',
    '台風なんて消えればいいのに。皆さん、備えは早めに。',
    '書類の山なんか燃えてしまえ、と思う年度末です。',
    '清掃ボランティアの皆さん、毎回ご苦労さまです。',
    'まずはホームページをご確認のうえ、ご不明な点はお問い合わせください。',
    '害虫を駆除したい方は、専門業者にご相談ください。',
    'ご自分で手続きされたい方は、窓口でご相談ください。',
    // Round 24 hard negatives: care for the hard of hearing, an eye check, a lesson against blame, a reassurance, a wish reported.
    '耳が遠い方は窓口でお知らせください。',
    'お子さんの目が悪いのではないかと感じたら、早めに受診しましょう。',
    '依存症は自業自得ではありません。回復を支える仕組みがあります。',
    '相談するのは恥ずかしいことではありません。',
    '一人で悩むのは、恥ずかしいと思わないでください。',
    '介護する側の身にもなってほしい、という声もあります。',
    '鉄棒（棒）の練習を体育館で行います。',
    '少し探せば、きっと素敵なお店が見つかります。',
    '防災意識がない方にこそ、講座に参加していただきたいと考えています。',
    // Round 21 hard negatives: 暇 as an invitation or free time, たたく of futons, ク〇 of the weather, どうせ as encouragement,
    // a questionnaire or a drill asking whether the reader ever did something.
    'お暇な方はぜひ図書館のおはなし会へお越しください。',
    '夏休みで暇な人は、ボランティアに参加してみませんか。',
    'いちいち窓口に来なくても、暇な時間にスマホで申請できます。',
    '布団をたたいて干すときは、ベランダからの落下にご注意ください。',
    'ク〇みたいな天気が続きますが、熱中症にお気をつけください。',
    '伏せ字の〇〇には、地区名が入ります。',
    'どうせやるなら、楽しく健康づくりに取り組みましょう。',
    'どうせ無理だと諦めず、まずは就労支援窓口にご相談ください。',
    '「どうせ自分なんて」と思ったら、ひとりで悩まず相談してください。',
    'ご自身は過去に献血したことがありますか？',
    'ご自分は一度でも防災訓練に参加したことがありますか？まずは近くの訓練へ。',
    'ご自身はきちんと避難経路を確認したことがおありでしょうか。この機会にハザードマップをご覧ください。',
    'では、あなたは何を持って避難しますか？',
    'では、あなたは何をしたらよいのでしょうか。次の３つを確認しましょう。',
    'それなら、ご自身は何ができるかを考えてみませんか？',
    'そう言う方も多いですが、実際には簡単に申請できます。',
    '若い人は地域活動に興味がないと思われがちですが、実は参加者の3割が20代です。',
    '参加されない方にも、それぞれ事情があるのでしょうね。',
    '若い世代は地域活動に関心がないのでしょうか。アンケートで伺いました。',
    // advice to readers before they act; a child's ability as an invitation; help for those who cannot read; the city's own regret
    '「疲れた」と言う前に、まず休みましょう。',
    '小学生でも分かるように、やさしく解説します。',
    '小学生でも書ける俳句の作り方講座を開きます。',
    '文字が読めない方がいらっしゃる場合は、職員が代読します。',
    '職員一同、自身の至らなさを反省しております。',
    // a masked name longer than any insult (ク〇〇〇, ア〇〇ン) is not バカ or クソ; abuse quoted in a post against abuse
    '市内の居酒屋「ク〇〇〇」の前で飲酒運転の摘発がありました。',
    '今年のゲストは「ア〇〇ン」さん…かも？',
    '「お前なんか生まれてこなければよかった」「バカ」――こうした言葉も心理的虐待にあたります。',
    // ○ and × as a quiz's marks; ボケ as a part of a compound (時差ボケ, ピンボケ, 正月ボケ)
    '○×クイズです。「鉛筆を持っていかないと投票できない」は○か×か。答えは×。',
    '次の文は正しい？○か×で答えてね。正解は○です。',
    '時差ボケや夜勤で眠れない日が続いていませんか。',
    '写真が少しピンボケになってしまいました。',
    '連休明けは休みボケに気をつけて、生活リズムを整えましょう。',
    // Round 19 hard negatives: slang that is praise (バカ売れ, バカ受け), the conditional ば; a hazard or a household told
    // (ただでは済みません), an apology, a game and the sun (容赦); an eligibility, a residence status, a parent's worry (資格);
    // 先輩, 後輩, 吾輩, 若輩; a reader who can read welcomed, a quiz in a blog, another language offered; coming no longer needed.
    'テレビで紹介されてバカ売れ中の有明海苔を使ったお菓子です。',
    '子どもたちにバカ受けだった紙芝居を、今年も上演します。',
    '予約があればかからない手数料です。',
    '台風が直撃すれば、古い家屋はただでは済みません。早めに補強を。',
    '次の大雨で堤防が切れたら、この地区はただでは済まない。避難経路を確認しておきましょう。',
    'このまま値上がりが続けば、家計もただでは済みません。',
    'このままでは済まない問題です。地域で一緒に考えましょう。',
    '空き家問題、このまま済ませるわけにはいきません。対策を進めます。',
    '飲酒運転をする人に、ハンドルを握る資格はありません。絶対にやめましょう。',
    'ボランティアに参加するのに、特別な資格はありません。',
    '二度とこのような事故が起きないでほしいと願っています。',
    '二度と戦争が起こらないでほしい。',
    '制度を知らない方が多いとは驚きでした。',
    'アンケートでは、ごみの分別が分からない方が3割もいるとは驚きの結果です。',
    '高齢の方は、もう草刈りに来なくていいことになりました。',
    '転入された方は、今日から柳川市民と名乗ってください！',
    '【職員研修】「この町に住む資格はありません」「ただでは済みませんよ」といった投稿は、市民を威圧します。',
    '【SNS研修】「読める方ならお分かりになると思いますけどね」のような書き方は、相手を見下す印象を与えます。',
    'ご迷惑をおかけしましたことを、どうかご容赦ください。',
    '職員チームも綱引き大会では容赦しませんよ！',
    '夏の日差しは容赦しません。帽子と水分補給を忘れずに。',
    '所得が基準を超える方は、市営住宅に入居する資格がありません。',
    '市外にお住まいの方は申し込む資格がありませんので、ご了承ください。',
    '日本に住む資格（在留資格）の更新手続きについて、外国人相談窓口でご案内しています。',
    '「親になる資格がない」と自分を責めてしまうお母さんへ。ひとりで悩まず相談してください。',
    '吾輩は猫である、の朗読会を開きます。',
    '部活の先輩が後輩に教える姿が印象的でした。',
    '若輩者ですが、精一杯務めます。',
    '日本語が読める方なら、どなたでも参加できます。',
    '最後まで読んでくださった方なら、もうお分かりですよね。答えは「うなぎ」です。',
    '英語が読める方なら、原文のパンフレットもご利用いただけます。',
    'オンライン申請なら、もう窓口に来なくていいんです。',
    'マイナンバーカードがあれば、もう住民票のために市役所に来なくてもいいです。',
    '中止になりました。もう来なくて大丈夫です。',
    // Round 17 hard negatives: a hazard told, advice, a bite to treat; weather damage, a rule's sanction, a warning to
    // take care; time saved for residents; a text written for children, furigana for beginners.
    '蚊に刺されればかゆみが出ますので、虫よけをご利用ください。',
    '書類は窓口で先に出してしまえばいいので、当日は手ぶらでどうぞ。',
    '犬に噛まれれば狂犬病のおそれがあるため、すぐに受診してください。',
    'ハチに刺されれば大変なので、草刈りの際はご注意ください。',
    '台風で屋根が飛ばされても、火災保険で補償される場合があります。',
    '違法駐車はレッカー移動されても文句は言えません。ルールを守りましょう。',
    '鍵をかけずに外出すると、空き巣に入られても仕方ありません。戸締まりにご注意ください。',
    '待ち時間の無駄をなくすため、オンライン予約をご利用ください。',
    '窓口にお越しの方の時間を無駄にしないよう、書類の事前準備をお願いします。',
    '会議資料を電子化し、印刷にかかる時間の無駄を削減しました。',
    '移動時間の無駄を省くため、支所でも手続きができます。',
    '子どもでも分かるように、やさしい日本語で説明しています。',
    '小学生でも分かる防災ハンドブックを配布します。',
    'ひらがなが読めれば分かるように、全ての漢字にふりがなを付けました。',
    'この絵本は子どもでも読めるよう工夫されています。',
    '小学生でも分かるわけではない専門用語には、注釈を付けています。',
    '日本語が読めない方のために、多言語版の案内もご用意しています。',
    '「女のくせに」「男なんだから泣くな」。性別による思い込みで、誰かの生き方を決めつけていませんか。',
    '「男のくせに」「女なんだから」。何気なく使っていませんか。男女共同参画週間です。',
    '「女のくせに」「男なんだから」――。誰もが持つ無意識の思い込みについて考える講座を開きます。',
    // Sayings listed on a line of their own, three or more, in the paragraph after a title (a list of examples).
    'その言葉、思い込みから出ていませんか\n\n「女のくせに」「男なんだから泣くな」「母親なんだから仕事より子どもを優先すべき」。\n\n日常の何気ない言葉の中に、性別で役割を決めつける思い込みが含まれていることがあります。',
    '「年寄りは黙ってろ」「若いくせに生意気だ」「女は家にいろ」\n\n年代や性別で相手を決めつける言葉、使っていませんか。',
    // Round 15 hard negatives: 理解に苦しむ reported or said of a hard text, a plan's people asked about, a survey's
    // question answered, a stance taken back; さぞ in sympathy, a real convenience; 迷惑 as what is caused or received.
    '制度が複雑で理解に苦しむとの声をいただき、説明会を開くことにしました。',
    '専門用語が多く、理解に苦しむ方も多いと思います。',
    '難解で理解しがたい部分もありますが、丁寧に説明します。',
    '理解しかねる点があれば、お気軽にお問い合わせください。',
    '細かい作業で神経を使いますが、職人さんは手際よく進めます。',
    '子どもたちは何を考えているのでしょうか？展示で紹介します。',
    '市民の皆さんが何を考えているのか、ぜひ聞かせてください。',
    '若い人は、健康に関心がないのでしょうか？アンケート結果を紹介します。',
    '投票に行かない人は、政治に関心がないのでしょうか。実は「忙しい」という理由が最多でした。',
    '窓口で怒鳴る人、正直理解に苦しむと思っていましたが、話を聞くと事情がありました。',
    '選挙に行かない人は、関心がないのでしょうか。そうとは限りません。',
    'ご高齢の方が代わりに申請できたら、さぞ助かるでしょうね。代理申請の制度をご案内します。',
    '放置自転車は、歩行者の方の大迷惑です。撤去にご協力ください。',
    '夜遅くまで騒ぐ人がいると、近所の方はとても迷惑します。',
    '大雨の中、さぞお疲れのことでしょう。ゆっくり休んでください。',
    '優勝されて、さぞお喜びのことでしょうね。',
    'スマホが保険証代わりになって、とても便利です。',
    'オンラインで申請できたら楽でいいですよね。電子申請はこちらから。',
    'ご意見ありがとうございます。新しいバスが走れば便利になりますので、ぜひご利用ください。',
    '路上駐車は近隣の方のご迷惑になりますので、おやめください。',
    '騒音は周りの人の迷惑になります。',
    '迷惑駐車をする人がいます。ご協力をお願いします。',
    'ご近所の迷惑な人でお困りの方は、市民相談窓口へご相談ください。',
    '席を取る人がいると、ほかの人が迷惑です。',
    '近所の方は迷惑だと感じています。',
    'ペットの鳴き声が迷惑だという相談が増えています。',
    '本当に迷惑をおかけしました。心からお詫び申し上げます。',
    '工事期間中はご迷惑をおかけします。',
    // a word that holds a listed word: the albatross
    '今月のテーマは「鳥」。あほうどりの本から、身近なスズメの本まで集めました。',
    // Round 14 hard negatives: a crying child, a barking dog, a rattling window; event photos, an ordinance, soaking onions;
    // an amount of time, a child's own skills; what is unpaid, a hearty appetite.
    '泣きわめく子どもへの接し方を学ぶ子育て講座を開きます。',
    '夜中に吠える犬についての相談が増えています。',
    '風で窓がガタガタ言う場合は、早めに補強してください。',
    '白秋祭の様子を撮影した写真を市の公式アカウントで公開します。',
    '条例に基づき、勧告に従わない事業者の氏名を公表します。',
    '玉ねぎは薄切りにして水にさらします。',
    '木材を風雨に晒すと劣化が早まります。',
    '放置車両のナンバーを市ホームページに掲載します。',
    '1日10分くらい自分で歩いてみてはいかがでしょうか。',
    '身の回りのことくらい自分でできるようにしてほしい、と願う保護者の方へ。',
    'このくらいの雨なら、判断はご自身でお願いします。',
    '住民税も払っていないのに督促状が来ない、というお問い合わせは担当課へ。',
    '税金の納付がまだの方は、督促状が届く前にお手続きください。',
    'うちの子、食欲だけは一人前です。',
    '権利と義務について学ぶ講座です。',
    '【人権啓発】「いい加減にしろ」と怒鳴る行為もハラスメントにあたります。',
    '館内で大声でわめく人を見かけたら、お近くの職員にお知らせください。',
    '川面に姿をさらすシラサギを観察しましょう。',
    'ご自宅のポストに届く広報やながわは、毎月1日発行です。',
    '白秋祭の写真コンテストの入賞作品は、受賞者のお名前とともに市ホームページで公開します。',
    // Who cannot read or understand Japanese, described to help them: a notice, not a taunt.
    '外国籍の方で日本語が分からない方は、通訳をご利用ください。',
    '日本語が通じない場合は、翻訳アプリをお使いください。',
    '字が読めない人のために音声案内があります。',
    // Stop 52: said of people as a matter of course, with the help given in the next sentence.
    '外国籍の方は日本語がわからないのも当然です。やさしい日本語での案内を増やしています。',
    '来日したばかりの方が日本語も分からないのは自然なことです。窓口には通訳タブレットを置いています。',
    // Round 13 hard negatives: real sympathy for victims, a job-seekers' desk.
    '台風で被害に遭われた方は本当にお気の毒です。',
    'コメントでも多くの励ましをいただきました。被災された皆さまは本当にお気の毒です。',
    '仕事がうまくいっていない方のための相談窓口です。',
    // Round 13 hard negatives: no longer needed, or the event is off.
    'オンライン申請なら、もう窓口にお越しいただかなくても結構です。',
    '本日の講演会は中止になりました。もう会場にお越しいただかなくて結構です。',
    'マイナンバーカードがあれば、もう市役所に来ていただかなくてもいいんです！',
    // Round 13 hard negatives: eligibility, not insinuation.
    'アンケートにご意見をお寄せいただいた方に限り、抽選で記念品を差し上げます。',
    '65歳以上の方に限って、無料で受診できます。',
    '反対側を通行する方に限って、迂回は不要です。',
    // Round 13 hard negatives: a journey home.
    '交流事業で来日した学生の皆さん、気をつけて国に帰ってくださいね。',
    '研修を終えた皆さんが、母国に帰って活躍することを願っています。',
    '留学生の皆さん、国に帰っても柳川のことを忘れないでね。',
    // Round 13 hard negatives: spelt out on a poster, not an insult.
    'な つ や す み　こ ど も 工 作 教 室',
    'き も だ め し 大会の参加者を募集します。',
    'う な ぎ の せ い ろ 蒸 し、いただきました',
    'ば か う け 工場見学ツアーに行ってきました！',
    'お か え り な さ い　柳川へ',
    'か え る の う た 合唱団',
    // Round 13 hard negatives: a mask in a quiz or a word, not an insult.
    '伏せ字クイズ：カ〇ラの〇に入る字は何でしょう？',
    '本日の特売はバ〇ナです。〇に入る字を当ててね',
    'ほんとにボ〇ランティアの皆さんに助けられました',
    // Round 13 hard negatives: a holiday, a quoted question, an invitation.
    '夏休み、暇なの？そんなキミは図書館へおいで！',
    '毎日電話で相談を受けています。お仕事されていない方も、お気軽にどうぞ。',
    'コメント欄で「職員は暇なの？」とのご質問をいただきました。いいえ、窓口は毎日混雑しています。',
    'お暇なときにぜひお立ち寄りください。',
    '冬休み、子どもたちが暇なんですよね。そこで図書館で工作教室を開きます。',
    // Round 13 hard negatives: real sympathy and joy.
    'ご入学おめでとうございます。ご家族の皆さまもさぞお喜びのことでしょう。',
    '台風の中、作業してくださった方、さぞお疲れなんでしょうね。本当にありがとうございました。',
    'さぞかしお忙しいことと存じますが、アンケートへのご協力をお願いします。',
    '知らない方も多い歴史ですが、講師の先生はずいぶんお詳しいんですね。',
    // Round 13 hard negatives: talent praised, a sincere question.
    '子どもたちには、失敗を恐れない才能があります。',
    '諦めない才能をお持ちの方、ぜひ一緒に挑戦しましょう。',
    '何か特技でもお持ちですか？と聞くと、けん玉を見せてくれました。',
    // Round 13 hard negatives: teaching a word.
    '「フレイル」という言葉をご存じない方も多いと思います。',
    '「ゲートキーパー」という言葉をご存じですか？',
    '「ヤングケアラー」という言葉を知らない人にも分かるよう、パネル展示を行います。',
    // Round 13 hard negatives: 身分 as status.
    '身分証明書をお持ちください。',
    '学生の身分でも申し込めます。',
    '会計年度任用職員の身分について、説明会を開きます。',
    // Round 13 hard negatives: a friendly laugh, not at an opinion.
    'さすが地元の高校生、手際がいいですね（笑）',
    '雨でも開催とのこと、さすが柳川っ子（笑）',
    '皆さんのご意見をもとにベンチを増やしました。さすがに暑かったです（笑）',
    '遠くからわざわざ来てくれてありがとう（笑）',
    'たくさんのコメント、すごい反響で驚いています（笑）',
    // a resolve, not a threat
    '二度と事故が起きないようにしてやる気持ちで取り組みます。',
    '子どもたちが二度と危ない目にあわないようにしてやりたい',
    // a sentence of quoted words only, explained by the next or the previous sentence: examples
    '「バカ」「消えろ」「キモい」。冗談のつもりでも、言葉は相手を深く傷つけます。',
    'ネットのいじめをなくそう。「死ね」「消えろ」。',
    // looks and dissatisfaction in ordinary announcements
    '動きやすい服装でお越しください。その格好で参加できます。',
    'その顔ぶれで新しい体制がスタートしました。',
    'ご不便をおかけしています。ご自分で手続きされる場合はこちらをご覧ください。',
    'ご不満な点があれば、アンケートにご記入いただけますと幸いです。',
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
    // hard negatives of the blind R354B / KV-045 kinds
    '不審な電話が何度もかかってくるのは迷惑ですよね。詐欺にご注意ください。',
    '何度も電話してくる業者の勧誘は迷惑です。きっぱり断りましょう。',
    '子どもでももう少し大きくなれば一人で乗れると思います。',
    '小学生でももっと楽しめるよう、説明の文章を工夫しました。',
    '画面、消えて？と思ったら、省電力モードです。',
    '「誰に食わせてもらってると思ってるんだ」「お前は何をやってもだめだ」\n手を上げなくても、こうした言葉で相手を支配することはDVです。',
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
    // the same words where nobody is put down or threatened
    '小学生でも分かる防災ブックを配布します。',
    '普通はどのくらいで届きますか？',
    'ゆきさんは元気です。',
    'さすが地元の船頭さんだけあって、掘割の歴史にとてもお詳しいです。',
    'この程度の雨なら運航します。',
    'お隣の町の夏祭りとあわせて、ぜひ柳川にもお越しください。',
    'よくある質問をご確認になってからお問い合わせください。',
    '字が読めるようになったお子さんにおすすめの絵本です。',
    'そのくらいの雨なら運航します。',
    '体調不良の場合はご家族に連絡します。',
    '天候により中止する場合は、ご登録のメールアドレスに連絡します。',
    '行方不明者の身元の特定を警察が進めています。',
    '黙って見守ることも大切な支援です。',
    '覚えておきたい防災の知識をまとめました。',
    'SNSで死ねなどと書き込むのは犯罪になることがあります。',
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
    // Blind HY-150 (words.ts ownWordingRetracted): the account's own withdrawn wording quoted in its correction or apology.
    '先日の投稿で「夜中に騒ぐ連中は一度痛い目に遭えばいいんですよ」と書いてしまいました。配慮に欠ける表現でした。おわびします。',
    '先日の投稿で「ゴミ置き場に粗大ごみを置いていく人へ。見つけたらただじゃ済まさないからな」と投稿しました。不適切な表現でした。深くお詫びし、削除いたしました。',
    '前回の投稿で「クレーマーは二度と来るな」と書いた。不適切な表現だった。おわびして削除した。',
    '先日の投稿で「留学生は日本語が分からないので、説明しても無駄です」と書いた。不適切な表現だった。おわびして削除した。',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
  // More sentences of each kind, as staff write them (replies start with @user).
  const more: string[] = [
    "@taro_y お前みたいなやつは柳川から出ていけ",
    "@hana_k 何様のつもりなん？黙っとけ",
    "@user マジでうぜぇ。二度とコメントすんな",
    "@user あんたの頭の中どうなっとると？",
    "@user 脳みそ入っとる？",
    "@user バカ丸出しのコメントやね",
    "@user 少しは頭使ってから書き込んでください",
    "@user そんなことも知らんと？",
    "@user それくらい調べればすぐ分かることですよね",
    "@user 日本語わかります？",
    "@user はいはい、お疲れさまでした〜",
    "@user 文句しか言えないんですね、かわいそうな人",
    "@user ほんとに大人ですか？",
    "@user 字も読めんとか草",
    "@user その程度のことでいちいちコメントしないでください",
    "@user こちらも暇じゃないので、同じ質問は控えていただけますか",
    "@user 迷惑なのでもうコメントしないでください",
    "@user ご不満でしたら他の市に行かれてはいかがですか",
    "@user 嫌なら住まなくて結構です",
    "@user クレーマーの相手はしません",
    "@user お前の顔、SNSに晒したろか",
    "@user 今度会ったら殴ったるけんな",
    "@user 家まで行くけん待っとけ",
    "@user 痛い目見せたろうか",
    "@user くたばってしまえ",
    "@user ｷｴﾛ",
    "@user き え ろ",
    "@user 消 え ろ",
    "@user 氏んでください",
    "@user 一回死んだほうがいいよ",
    "@user 死んだ方がマシな人間",
    "@user こんな奴、生きてる価値ないわ",
    "@user 地獄に落ちればいいのに",
    "@user 〇ねばいいのに",
    "@user ﾀﾋね",
    "@user 🖕🖕🖕",
    "あんな議員💩やろ",
    "批判ばっかりのアンチは全員ブロック。ざまぁ",
    "文句ばっかり言うジジババは家で寝とけ",
    "@user 市の職員を舐めとるんか",
    "@user ふざけたこと言わんでください",
    "@user 口の利き方に気をつけろ",
    "@user 勉強不足ですね",
    "@user ご自分の無知を棚に上げて何をおっしゃっているのでしょうか",
    "@user 的外れなご意見、ありがとうございます（笑）",
    "@user 理解力がないのでしょうか",
    "@user 読解力なさすぎでは？",
    "@user 頭大丈夫ですか？",
    "@user 被害妄想もほどほどに",
    "@user 暇なんですか？",
    "どうせ〇〇市民には理解できないでしょうね",
    "@user あなたに言われる筋合いはありません",
    "@user 二度と市のアカウントに絡まないでください",
    "@user 黙ってて",
    "@user リア充爆発しろ",
    "@user こんな店潰れろ",
    "@user ＢＡＫＡ",
    "@user kimoi",
    "@user 恥ずかしくないんですか？",
    "@user 情けない人ですね",
    "@user ご存じないようですが、白秋祭は毎年11月です",
    "@user 何度説明しても無駄みたいですね",
    "@user ぶっ〇す",
    "@user 消えちゃえばいいのに",
    "@user あんたみたいなのがおるけん柳川の評判が下がるったい",
    "@user 文句ばっかり言うなら柳川から出て行ってください",
    "@user ネットで文句言う暇があったら働いたら？",
    "@user あなたの意見なんて聞いていません",
    "@user 素人が口を出さないでください",
    "@user いい年して恥ずかしくないと？",
    "@user 市の方針に文句があるなら、ご自分で市長選に出られてはいかがですか",
    "@user そんなに嫌なら見なければいいのでは？",
    "@user ホームページくらい見てから質問してもらえますか",
    "@user 質問する前にまず調べてください",
    "@user ちゃんと読んでからコメントしてください",
    "@user 前にも書きましたよね？",
    "@user だから何度も言ってるでしょう",
    "@user それ、あなたの感想ですよね",
    "@user 頭冷やしてから出直してきてください",
    "@user 被害者ぶるのはやめてください",
    "@user こういうクレーマーには困ったものです",
    "毎日いちゃもんをつけてくるアカウント、ほんと迷惑。誰か止めて",
    "隣町の祭りなんて、柳川に比べたら子どもの遊びみたいなもんですね",
    "他の自治体のPR動画、正直ダサすぎて見てられません",
    "〇〇市さんの観光PR、ちょっと残念な感じですね😅",
    "@user ぶん殴るぞ",
    "@user 覚えとけよ",
    "@user 首洗って待っとけ",
    "@user 燃やしたろか",
    "@user 晒すけん覚悟しとき",
    "@user 泣かすぞ",
    "@user 消えてもらえますか",
    "@user 失せてください",
    "@user とっとと失せろ",
    "@user 黙っといてくれん？",
    "@user うっさいわ",
    "@user だっさ",
    "@user 雑魚乙",
    "@user ｱﾎくさ",
    "@user ﾎﾞｹが",
    "@user カスが",
    "@user 虫唾が走る",
    "@user 気持ち悪いコメントやめて",
    "@user うるさいなあ",
    "@user 検索すればすぐ出てきますよ",
    "@user バカバカしいコメントはやめてください",
    "@user もう来んでいいけん",
    "ろくに確認もしないで記事を書くのはやめてほしいものです",
    "あの新聞、取材もせずに書いとるね",
    "隣の市とは格が違います",
    "ごみの分別もできない人がいるようです。恥ずかしいと思わないんでしょうか。",
    "ポイ捨てする人って、頭どうなってるんですかね",
    "毎回同じ質問をしてくる方、少しは学習してください",
    "公園にゴミを捨てていく人、人としてどうかと思います",
    "ルールも守れない大人が多すぎて呆れます",
    "夜中に騒いでる若者、ほんと迷惑。親の顔が見てみたい",
    "市役所に怒鳴り込んでくる人、暇なんですかね？",
    "ネットで市の悪口を書いている皆さん、そんな暇があったらボランティアに参加しては？",
    "いつも文句ばかりのあの議員さん、もう少し勉強してから発言してほしいものです",
    "@user お前、くらすぞ",
    "@user ぼてくりこかすぞ",
    "@user いてまうぞ",
    // Held-out kinds, new wording: threats in polite or veiled form, contempt in polite form, sarcastic advice.
    "@user あなたみたいな人がいるから柳川が良くならないんですよ。",
    "@user 二度とコメントしないでください。迷惑です。",
    "@user 住所は特定済みです。覚悟しておいてください。",
    "@user 夜道には気をつけたほうがいいですよ。",
    "@user 頭悪すぎて話にならない",
    "@user お前、いい加減にしろよ",
    "@user あんたの家に行ってもいいんですよ？",
    "@user 文句ばっかり言う暇があったら働いたらどうですか",
    "@user その程度の理解力でよく市政を語れますね",
    "@user 無能な市民の相手は疲れます",
    "@user 消え失せてください",
    "苦情ばかり言う人たちは柳川から出て行ってください。",
    "@user あなたの投稿、幼稚すぎて笑えます",
    "@user 黙っててもらえますか",
    "@user ぶっ飛ばしますよ",
    "@user 痛い目にあいたいんですか",
    "@user 市民のくせに偉そうに",
    "反対している連中は本当に頭がおかしい",
    "@user ﾊﾞｶじゃないの",
    "@user 恥を知りなさい",
    // … the person called hopeless or pestering, in a reply; veiled threats (泣いても知りませんよ).
    "@user あんたみたいなクレーマーは相手にしません",
    "@user いちいちうるさい人ですね",
    "@user ほんとしつこいですね",
    "@user 頭の中お花畑ですか？",
    "@user 低能",
    "@user ゴミみたいなコメントありがとうございます",
    "@user 言ってる意味わかってます？",
    "@user 市民の皆さんはもっと賢くなってください",
    "@user 二度と市に関わらないでください",
    "@user 本当に救いようがないですね",
    "@user 人間のクズですね",
    "@user 頭沸いてるんか",
    "@user あ ほ ち ゃ う か",
    "@user ボケが",
    "@user ぶち殺すぞ",
    "@user 覚えとけよ",
    "@user 後で泣いても知りませんよ",
    // … going to hurt someone, harm wished, brushing the person off.
    "@user 市からいなくなればいいのに",
    "@user 消え去れ",
    "@user そのまま川に落ちればいいのに",
    "@user 刺しに行きますね",
    "@user 家族がどうなっても知りませんよ",
    "反対派の連中はみんな頭が空っぽ",
    "@user この税金泥棒が",
    "@user 嫌なら柳川に住まなくて結構です",
    "@user クレーマーはお断りです",
    "@user 議論するだけ時間の無駄ですね",
    "@user 話にならないので、もう返信しません",
    "@user 相手にするだけ無駄",
]
  it.each(more)('flags %s', (text) => {
    const found = findingsOf(hostility, text, text.startsWith('@') ? { mode: 'reply' } : {})
    expect(found.some((f) => f.severity !== 'info')).toBe(true)
  })

  // Ordinary municipal sentences of the same shapes.
  const alsoValid: string[] = [
    // Round 23 hard negatives: advice that asks what the reader may think, a child's わがまま, どうせ as "since anyway",
    // residents' resignation quoted, a survey's surprise, romaji that is not an insult.
    // Advice in a conditional, and a service suggested after a complaint is acknowledged.
    'お急ぎの方は、朝8時半に並べばよいのではないでしょうか。',
    '混雑を避けたい方は、午後に行けばいいと思います。',
    '窓口が混んでいるとのご意見をいただきました。お急ぎの方は、オンライン申請をご利用されてはいかがでしょうか。',
    // A day's trouble with no one's conduct to blame, a request granted, a general request.
    '本日はシステム障害のため、窓口で長時間お待たせしました。申し訳ありませんでした。',
    'ある方からのご要望により、開館時間を延長しました。',
    '長時間のお電話は、他の方の対応が遅れる原因となります。ご協力をお願いします。',
    '一部の方から苦情が寄せられたため、ルールを見直しました。',
    'お一人の方の急病のため、バスの出発が遅れました。',
    '初めての方は、ちょっとどうかと思うかもしれませんが、意外と簡単です。',
    '迷っている方は、一度体験してみてはどうかと思います。',
    '子どものわがままが過ぎると感じたら、子育て相談窓口へどうぞ。',
    // お前立ち: the statue set before a hidden Buddha, a word that holds お前.
    'ふだんは本尊の前に安置された「お前立ち」と呼ばれる像が、参拝者を迎えている。',
    'お前立の仏像を特別公開します。',
    'イヤイヤ期のお子さんのわがままにも程があると悩む保護者の方へ、講座のご案内です。',
    'どうせ同じ道を通るなら、帰りに道の駅に寄ってみてください。',
    'どうせ変わらないと思っていた方も、ぜひ一度ご参加ください。',
    '最初は、どうせ自分には関係ないと思っていた方も多いはずです。',
    '細かいことはどうでもいいんです、楽しんでください！',
    '申請期限を知らない方がこんなに多いとは驚きでした。今後は周知を強化します。',
    '車いすでも段差を越えられない方がいらっしゃると伺い、スロープを設置しました。',
    '私のわがままが過ぎたかもしれません。',
    '年金を受け取っている人はどうなんでしょうか。対象になるかどうか、窓口でご確認ください。',
    'パートで働く人って、扶養の範囲はどうなの？という質問にお答えします。',
    'こんなに多くの人が集まるなんて、ありえないくらいの盛況でした。',
    'わがままな子どもへの接し方を学ぶ講座を開きます。',
    '自分勝手な運転は事故のもと。思いやり運転を心がけましょう。',
    '将来のことなんて考えていないのでしょうか？若者の意識調査の結果を公表しました。',
    '防災のことなど考えていない方も多いのではないでしょうか。この機会にぜひ。',
    'こんな小さな町に、これほど多くの観光客が来てくださるとはね。感謝です。',
    'スマホも持っていない方がいらっしゃることを踏まえ、紙の申請書も用意しています。',
    'どうせ見るなら、夜のライトアップがおすすめです。',
    '子どもたちのこと、いつも見ていますからね。',
    '皆さんの頑張り、ちゃんと見てますからね！',
    'マナーを守って楽しむ皆さんの姿、しっかり拝見していますからね。',
    '職員一同、ちゃんと見ていますから安心してください。',
    '来年も皆さんの笑顔を楽しみにしていますね（笑）',
    'ゴミを捨てずに持ち帰ってくださった皆さん、来年も楽しみにしていますw',
    '騒音トラブルが多かったので、今年は会場を変更します。皆さんとお会いできるのを楽しみにしています😊',
    'こんな暑い日に外で運動するなんて、どうかしてると思われるかもしれませんが、早朝なら快適です。',
    'Shine on, Yanagawa!',
    'We love baka-tabi in Yanagawa.',
    // Round 18 hard negatives: 特定 in ordinary prose, 覚えておいてください as a tip, language support, reading before applying, 「ご意見」 invited.
    "個人を特定できる情報は掲載しておりません。",
    "あなたの健康を守るため、特定健診を受けましょう。",
    "特定外来生物のアライグマを見かけたら、農政課へご連絡ください。",
    "燃えるごみの日は毎週火曜日です。覚えておいてください。",
    "日本語が読めない方もいらっしゃるようなので、英語版とやさしい日本語版も用意しました。",
    "字が読めない小さなお子さんにも分かるよう、イラストで案内しています。",
    "日本語が分からない方には通訳を手配しますので、お申し出ください。",
    "募集要項をよく読んでからお申し込みください。",
    "1日10分くらい本を読んでから寝るのがおすすめです。",
    "詳しくはホームページをご確認のうえ、お問い合わせください。",
    "パンフレットを見てから来場される方が増えています。",
    "皆さまからの「ご意見」をお待ちしています。",
    "「ご意見箱」を市役所1階に設置しました。ご協力ありがとうございます。",
    "地元の漁師さんは何でもよく知っている方ばかりで、さすがですね。",
    "プロの料理人の方は包丁さばきが違いますね！",
    "白秋祭の会場で迷子になったお子さんを保護しています。\n",
    "消防車が通ります。道をあけてください。\n",
    "【お知らせ】明日は燃えないゴミの日です。\n",
    "柳川の川下りは、一度は乗ってみる価値ありです！\n",
    "うなぎのせいろ蒸し、死ぬほどおいしい！ぜひどうぞ\n",
    "地獄蒸しプリンを販売します\n",
    "花火がすごすぎて言葉を失いました\n",
    "今日は暑すぎて溶けそう…皆さん熱中症に気をつけて\n",
    "ご質問ありがとうございます。何度でもお気軽にお問い合わせください。\n",
    "消えるボールペンは公文書に使えません。\n",
    "電気を消して、星空観察会を楽しみましょう。\n",
    "ごみを出す前に、分別ルールをご確認ください。\n",
    "詳しくは、市ホームページをご覧いただければ分かります。\n",
    "不審者を見かけたら、すぐに110番してください。\n",
    "夜道は暗いので、反射材を身につけましょう。\n",
    "夜道に気をつけてお帰りください。\n",
    "熱中症で倒れる人が増えています。\n",
    "殺虫剤の使用にご注意ください。\n",
    "海苔の養殖は、病気にならないよう細心の注意を払っています。\n",
    "クマを見かけても、近寄らないでください。\n",
    "台風で倒木が道をふさいでいます。近寄らないでください。\n",
    "消えかけた伝統を守るため、保存会が活動しています。\n",
    "文句なしの晴天です\n",
    "アホウドリの観察会\n",
    "アンケートにご協力ください。皆さんの声で市政が変わります。\n",
    "本当に大人も子どもも楽しめるイベントです。\n",
    "うちの課長は頭が上がらないほど働き者です\n",
    "頭の体操クイズを出題します。\n",
    "目が不自由な方のための点字メニューがあります。\n",
    "口の中をやけどしないように気をつけてね\n",
    "この道はいつか来た道\n",
    "白秋の詩「待ちぼうけ」は、ころりころげた木の根っこ。\n",
    "手のひらを太陽に\n",
    "ざまざまな取り組み\n",
    "あきらめずに挑戦する大切さ\n",
    "うるさいほどの蝉の声が夏を告げています",
    "子どもたちがうるさいくらい元気に遊んでいました",
    "バカバカしいほど楽しいイベントです",
    "雑魚寝OKの休憩所があります",
    "泣かせる演出に会場が沸きました",
    "泣ける映画の上映会",
    "ホームページをご覧になってからお申し込みください",
    "申し込む前に、必ず募集要項をご確認ください",
    "検索すればすぐ見つかる便利なサイトです",
    "出直しの機会を提供する再チャレンジ支援です",
    "前にもお知らせしましたが、ごみ収集日が変わります",
    "何度も申し上げますが、詐欺に注意してください",
    "子どもの遊びを通して地域の魅力を再発見",
    "この道の先には、もう一つの見どころがあります。",
    "市長選挙の投票日は11月3日です",
    "おっさんずラブの聖地巡礼",
    "残念ながら雨天のため中止となりました",
    "窓口で「何度言えば分かるんだ」とお叱りを受けました。説明が不十分だったことをお詫びします。",
    "「嫌なら来なくていい」と言われないまちづくりを目指します。",
    "市民の方から「常識で考えれば分かるでしょう」とのご意見をいただき、案内表示を改善しました。",
    "利用者アンケートでは「職員の態度が悪い」「説明が分かりにくい」との声がありました。改善に努めます。",
    "「バカにされている気がした」とのご意見を重く受け止め、対応を見直します。",
    "いじめを受けた子どもは「死にたい」と感じることがあります。相談窓口をご利用ください。",
    "消費者トラブルの例：「今すぐ契約しないと損をしますよ」と迫られた。",
    "詐欺の手口：「あなたの口座が犯罪に使われています」と電話がかかってきます。",
    "「事実と異なる報道がなされた」として、県が抗議したとの報道がありました。",
    "北原白秋の詩「待ちぼうけ」には、「ころりころげた木の根っこ」という一節があります。",
    "ヘイトスピーチの例：「〇〇人は出ていけ」「〇〇人を殺せ」などの言動は許されません。",
    "講演会「ネットいじめ〜『死ね』『消えろ』の向こう側〜」を開催します。",
    "セクハラの例：「胸が大きいね」「彼氏いるの？」などの発言は、相手を不快にさせます。",
    "「女のくせに」と言われた経験がある人は、約4割にのぼります（市民意識調査）。",
    "「障害者は迷惑」という考えは誤りです。共に生きる社会をつくりましょう。",
    "@user 蝉がうるさいね！",
    "@user 検索すると、市のページが見つかります。",
    "精をつけて夏を乗り切りましょう",
    "白秋祭は今年で75回目。格が違う伝統行事です。",
    "確認もしないで契約するのはやめましょう。",
    "二度と来ない大チャンス",
    "@user お問い合わせの件ですが、料金は大人1,800円です。",
    "@user ご質問ありがとうございます。会場はすでにご案内しております市民会館です。",
    "@user 申し込みはすでに受け付けております。当日もご参加いただけます。",
    "@user 何度でもお気軽にお問い合わせください。",
    "@user 予約の必要はありません。当日、直接お越しください。",
    "@user ご心配ありがとうございます。現在のところ運航に支障はありません。",
    "@user 駐車場は有料です。大変申し訳ありませんが、ご理解ください。",
    "@user ご指摘ありがとうございます。誤りがありましたので訂正いたしました。",
    "@user はい、ペット同伴で乗船できます。",
    "@user いいえ、当日券はございません。事前予約をお願いします。",
    "@user ありがとうございます！また遊びに来てくださいね😊",
    "@user 台風の影響で、本日の運航は中止となりました。ご了承ください。",
    "@user 市としても重く受け止めております。担当課で確認し、改めてご連絡します。",
    "@user ご意見ありがとうございます。料金設定については、担当課にお伝えします。",
    "@user 確認したところ、掲載内容に誤りはございませんでした。ご確認いただきありがとうございます。",
    "@user 集合時間は9時です。遅れないようにお越しください。",
    "@user 雨天の場合は中止です。その場合は当アカウントでお知らせします。",
    "@user 白秋祭のチケットはもう売り切れです。ごめんなさい！",
    "@user 会場までは駅から徒歩10分です。道に迷ったらお電話ください。",
    "@user 入場は無料です。どなたでもお越しいただけます。",
    "@user 以前お知らせしたとおり、今年は11月1日からです。",
    "@user ごみの分別ルールは、市ホームページで確認できます。",
    "ごみの分別にご協力をお願いします。",
    "ポイ捨ては条例で禁止されています。",
    "夜間の騒音にご配慮ください。",
    "ボランティアに参加してみませんか？",
    "ルールを守って楽しく利用しましょう。",
    "釣りバカ日誌の上映会",
    "親バカですが、娘の作品を紹介させてください",
    "今日はクソ寒いけど、朝市は元気に営業中！",
    "朝市にはアホほど人が並んでました",
    "狂言「附子（ぶす）」を上演します",
    "ババ抜き大会を開催します",
    "災害時は、デマを流さないよう、情報の発信元を確認しましょう。",
    "デマを流すと、偽計業務妨害罪に問われることがあります。",
    "はっきり言って、最高の景色です！",
    "横浜の外人墓地を訪ねるツアー",
    "誤解されやすいのですが、熱中症は夜間にも起こります。",
    "よく勘違いされますが、柳川の「川下り」は掘割をめぐる舟遊びです。",
    "「柳川は福岡市の一部」と誤解されることがありますが、独立した市です。",
    "非常識な時間帯の花火はおやめください。",
    "柳川で楽しくくらすぞ！",
    // Same shapes that are fine: killing germs, crushing cans, bracing for rain, a visit announced, an invitation.
    "柳川の夜道は暗いので、気をつけてお帰りください。",
    "いい加減な情報に注意しましょう。",
    "二度と同じ事故が起きないよう対策を進めます。",
    "痛い目にあわないための防犯講座を開催します。",
    "ご家庭に伺う際は事前にご連絡します。",
    "幼稚園児の作品展を開催します。",
    "黙って見過ごさない、いじめ防止の取り組み",
    "熱湯で雑菌を殺しますよ。",
    "空き缶はつぶしてから出します。",
    "雨に濡れる覚悟をしておいてください。",
    "事故の原因は特定できていません。",
    "ご自宅まで伺ってもよろしいでしょうか。",
    "暇があったら、ぜひ柳川の川下りへ。",
    "よく晴れた日には雲仙が見えますね。",
    "恥ずかしがらずにご相談ください。",
    "ワクチンを打ったらどうなるか、動画で解説します。",
    "どうなっているのか、担当課で調べています。",
    "この程度の雨なら運航します。",
    "お気軽に笑わせてくれる落語会です。",
    "子どもたちの意見は幼稚ではありません。",
    "水に晒します。",
    "ご自宅に伺ってもいいですか？と事前にお電話します。",
    // クズ野菜 (vegetable scraps), a lingering cough, fine sand, a pottery show.
    "ゴミの分別にご協力ください。",
    "しつこい勧誘にご注意ください。",
    "救いの手を差し伸べる支援制度です。",
    "クズ野菜を使ったスープのレシピ",
    "頭の中を整理するワークショップ",
    "低能率な設備を更新します。",
    "@user 細かい点までご確認いただきありがとうございます。",
    "@user しつこい咳が続く場合は受診してください。",
    "@user ご意見の意味を取り違えておりました。失礼しました。",
    "@user もっと詳しく知りたい方はこちらをご覧ください。",
    "器の小さい陶芸作品展",
    "雨の日は細かい砂が舞うので注意してください。",
    "@user 救いの手が必要な方は相談窓口へ。",
    "使い終わった油は川に流さないでください。",
    "いなくなったペットの情報をお寄せください。",
    "時間の無駄を省くため、オンライン申請をご利用ください。",
    "お話にならないほど美味しいうなぎです。",
    // Round 9 hard negatives: the same surface words in ordinary municipal prose.
    // exclusion
    "改札を出て行ったらいいです。右手に観光案内所があります。",
    "@user 東口を出て行けばいいですよ。",
    "オンライン申請が始まり、もう窓口に来なくていいようになりました。",
    "マイナンバーカードがあれば、もう市役所に来なくていいんです。",
    "体調が悪い方は、無理に来なくても大丈夫です。",
    "予約済みの方は、窓口に来なくてもいいです。",
    "@user 雨の場合は無理にお越しいただかなくて結構です。",
    "柳川が嫌いだった私が、柳川に住んでよかったと思える理由。",
    // threats
    "当日は大変な混雑が予想されますので、長時間待つ覚悟をしておいてください。",
    "雨に濡れる覚悟でお越しください。",
    "次回も雨の場合は中止になりますので、そのおつもりでお越しください。",
    "雨の場合は中止です。そのおつもりで。",
    "私たちは差別を見過ごしません。いじめに黙っていない勇気を。",
    "不法投棄を発見した場合は、法に基づき厳正に対処します。",
    "違反が続く場合は、条例に基づき氏名を公表することがあります。",
    "書道コンクールの入賞者の名前を、支所ロビーに貼り出しています。",
    "次回の講座では、参加者の作品をロビーに掲示します。",
    "漏水の原因の見当はついています。",
    "犯人の目星はついていないとのことです。",
    "今後も事故があれば、注意喚起の看板を設置します。",
    "防犯のため、駐車場の様子はカメラで録画しています。",
    // mind
    "暑さで頭がぼーっとしたら、熱中症のサインかもしれません。",
    "脳の神経がこわれる病気について、専門医が解説します。",
    "機械のネジが外れていないか点検しました。",
    "どうかしていました（笑）。ペンを家に忘れてきた私。",
    "頭の中を整理するワークショップを開催します。",
    // reading
    "日本語を読むのが難しいようでしたら、英語版もございます。",
    "日本語の理解が難しい方のために、やさしい日本語版を用意しました。",
    "文字が読みにくい方は、ご家族の方に読んでいただくか、窓口にお問い合わせください。",
    "@user 手続きが分からないようでしたら、ご家族の方とご一緒にお越しください。",
    "@user ご説明が分かりにくかったようで、失礼しました。",
    "@user 同じご質問を多数いただいておりますので、よくある質問にまとめました。",
    "@user このイベントは今年で3回目です。",
    "同じ内容のお問い合わせが今月3回目となりましたので、改めてお知らせします。",
    // all talk
    "口だけでなく、行動で示しましょう。",
    "口先だけの約束にしないよう、計画を公表します。",
    "何も知らないまま口にすると危険な野草があります。",
    "何も知らずに始めた私が、今では船頭に。",
    // coward
    "高齢者を狙った卑劣な詐欺にご注意ください。",
    "ネットに匿名で悪口を書き込むのは卑怯な行為です。やめましょう。",
    "ご意見がおありでしたら、お気軽に窓口までどうぞ。",
    "堂々と胸を張ってご来場ください。",
    "発表会では、堂々と名乗ってからスピーチを始めましょう。",
    "受付で名前を名乗ってどうぞお入りください。",
    // adult
    "大人として、子どもに恥ずかしくない行動を心がけましょう。",
    "社会人としてのマナー講座を開催します。",
    "文句ばかり言わずに、一緒に地域を良くしていきましょう。",
    "子育て中、つい文句ばかり言ってしまう…そんなときはご相談を。",
    "ご自身で調べずに、まずは窓口へご相談ください。",
    // idle
    "雨の日、ほかにやることない？そんな時は図書館へ📚",
    "夏休みで暇を持て余しているお子さんにおすすめの講座です。",
    "お時間に余裕がある方は、ぜひ足を延ばしてみてください。",
    "お時間に余裕があるようでしたら、資料館もどうぞ。",
    "平日の川下りは空いていて、船頭さんも暇そうでした（笑）",
    "よほど時間に余裕がなければ難しいコースです。",
    // laughter
    "今日の柳川、寒すぎて草🥶",
    "転んじゃった、恥ずかしすぎて笑",
    "船頭さんの冗談に、お客さんも大笑い😂",
    "どんこくんがかわいすぎて笑っちゃう🤣",
    "草刈りボランティアの皆さん、ありがとうございました。暑すぎて草が伸び放題でした。",
    "堀の草を刈りました🌿 みんな頑張りすぎて草😂",
    "私の運転が下手すぎて草",
    "子どもたちが必死すぎてかわいい😂",
    "船頭さんが手を振ってくれていた笑",
    "次の日は筋肉痛を覚悟してください。",
    "時計がどうかしとるね。",
    "社会人として恥ずかしい行為であり、深くお詫び申し上げます。",
    "社会人として未熟な私ですが、よろしくお願いします。",
    "分からないことは、ご自身で調べずにご質問ください。",
    "正々堂々とプレーする姿を見に来てください。",
    "お子さんと一緒に、ほかにすることないかな？と思ったら図書館へ",
    "思春期の子どもは、他人に言われたくないこともあります。",
    "先にコメントするなんてずるい〜😆",
    "混んでいたら他のところに行ったらいいですよ。",
    "若い世代の転出について、ほかの町に住めばいいという声もあります。",
    // quoted examples in awareness posts (mentions: info at most)
    "「嫌なら住まんでよか」といった言葉が、移住された方を傷つけることがあります。",
    "「次やったら名前を貼り出す」などと脅す行為は、脅迫にあたることがあります。",
    "「口だけは達者」などの陰口も、職場のハラスメントになりえます。",
    // Round 9b/10 kinds: their near neighbours in ordinary municipal prose.
    "ご本人の同意がない場合、お顔にぼかしを入れて掲載します。",
    "写真の掲載を希望されない場合は、お顔が写らないよう配慮して公開します。",
    "窓口へお越しになれない場合は、職員がご自宅まで伺います。",
    "ご連絡がない場合は、担当者がご自宅に伺うことがあります。",
    "期限までに撤去されない場合は、市が撤去し、費用を請求します。",
    "不法投棄を発見した場合は、警察に通報します。",
    "次に大雨が降った場合は、早めに避難所へお越しください。",
    "今後同様の事案があった場合は、警察と連携して対応します。",
    "参加者がどなたかは、受付名簿で把握しています。",
    "お名前とお顔はしっかり覚えましたよ！また遊びに来てくださいね。",
    "防犯カメラで不審車両のナンバーを記録しています。",
    "当日は長時間の待ち時間をご覚悟ください。",
    "夏の草取りは汗だくになるのを覚悟してください。",
    "お覚悟はよろしいですか？激辛カレー大会、参加者募集中！",
    "市職員への誹謗中傷については、法的措置を検討しています。",
    "無断転載が確認された場合、法的措置をとることがあります。",
    "著作権侵害には法的措置で対応します。",
    "発信者情報開示請求の制度について、市民講座で解説します。",
    "川に引きずり込まれる水難事故に注意しましょう。",
    "ゴミを川に投げ込むのはやめてね！ぼくが悲しくなるっパ。",
    "子どもたちが自分の頭で考える力を育てます。",
    "自分の頭で考えて行動できる子を育てましょう。",
    "ご自身の頭で考えたアイデアを応募してください。",
    "この講座では、歩くことすらできない方でも参加できる体操を紹介します。",
    "制度の存在すら知らない方も多いため、周知に努めます。",
    "応募資格はありません。年齢制限があります。",
    "受給資格はない方でも相談できます。",
    "18歳未満の方は投票する資格はありません。",
    "里親の資格は研修を受ければ取得できます。",
    "民度という言葉について考える講座を開きます。",
    "あなたのような方がいるから、私たちも頑張れます。",
    "こういう方々がいるから柳川は温かいまちなんです。",
    "皆さんのような保護者がいるから、園も安心して行事ができます。",
    "夏休みで暇を持て余しているお子さんにおすすめの講座です。",
    "子どもたちの遊びに付き合う時間が、親にとっての宝物です。",
    "コメントする時間があるなら、ぜひアンケートにもご協力ください。",
    "外野席は自由席です。",
    "外野からの声援が選手を後押ししました。",
    "小さな傷は気にする必要はありません。",
    "不審な電話は相手にする必要はありません。すぐに切ってください。",
    "根拠のない噂に取り合う必要はありません。",
    "さぞかし立派な花が咲くことでしょう。",
    "さぞお疲れのことでしょう。ゆっくりお休みください。",
    "お見苦しい点があり、申し訳ありませんでした。",
    "ゴミが散乱して見苦しい状態になっています。",
    "お見苦しいところをお見せしました。",
    "常識をどこかに置いてきたような斬新なデザインのアート展です。",
    "「フレイル」という言葉をご存じない方も多いと思います。",
    "小学生でもできる簡単な工作です。",
    "小学生でもできるのに、大人も夢中になる工作です。",
    "センスがない私でも楽しめました。",
    "ファッションセンスのない僕でも似合うはっぴです。",
    "またあなたに会いたい。柳川へぜひ。",
    "何度ご説明しても分かりにくい制度なので、図解を作りました。",
    "当日キャンセルされた場合も、キャンセル料はかかりません。",
    "今後はお電話での予約は受け付けませんので、Webからお申し込みください。",
    "一部の利用者の方のマナー違反により、駐車場が混雑しています。",
    "一部議員からの質問については、次回の会議で回答します。",
    "People like you make our town special!",
    "Please read the sign before boarding.",
    "Everyone knows that eel is Yanagawa's specialty!",
    "Shine on, Yanagawa!",
    "Try the kuzu mochi at the shop by the canal.",
    "What a genius idea from our local kids!",
    "Stay home and stay safe during the typhoon.",
    "Please spare a moment to fill in our survey.",
    "ばかうけ好きな人〜？",
    "@user 恥ずかしくないですよ、誰でも最初は初心者です！",
    "子どもに見られて恥ずかしくない行動をしましょう。",
    "次に叱るときは、みんなの前で叱らないようにしましょう。",
    "次にお子さんを注意する場合は、周りの方の前で大声を出さないことが大切です。",
    "ご不在の場合は、次回の訪問時にご自宅に伺います。",
    "ご連絡がない場合は、後日ご自宅にお伺いします。",
    "撮影を希望されない場合は、お顔が写った写真をSNSに載せません。",
    "どなたが受賞されたかは、来週発表します。",
    "誰が一番早く着くかは、まだ分かりません。",
    "電話の相手がどなたか分からない場合は、すぐに切ってください。",
    "寝たきりで寝返りすらできない程度の方にも使える介護用品です。",
    "ぼく、うっかり帽子を川に沈めちゃったっパ。",
    "神経を使う細かい作業ですが、職人さんは手際よく進めます。",
    "地域の民度を高めようという言い方ではなく、一緒にできることを考えます。",
    "さぞかし喜ばれたことでしょう。",
    "@user またのご来店をお待ちしています。",
    "ボランティアの皆さん、ほんとうにありがとうございました。",
    "一部の議員の質問は時間切れとなり、次回に持ち越されました。",
    "@user 恥ずかしくないので大丈夫ですよ。",
    // Ordinary announcements with the same words, shared by the three families.
    ...ORDINARY_NOTICES,
]
  it.each(alsoValid)('passes %s', (text) => {
    const found = findingsOf(hostility, text, text.startsWith('@') ? { mode: 'reply' } : {})
    expect(found.filter((f) => f.severity !== 'info').map((f) => f.excerpt)).toEqual([])
  })
})

describe('hostility (5(3)), round 26: contempt for the reader\'s competence, by its grammar', () => {
  // Other writers' wording of the kinds: a も/すら question of what they cannot do, mock praise for it, their ability presumed
  // in a taunt, a grown-up called pitiful, harm called proof of the victim's want of care.
  const flags: Array<[string, string]> = [
    ['question', '説明書きも読まないんですか？'],
    ['question', 'この程度の案内もお分かりにならないのでしょうか。'],
    ['question', 'ゴミの分別もわからんとね？'],
    ['question', 'こんな基本も理解できないのか。'],
    ['presumed', 'それくらいは知ってますよね？'],
    ['presumed', '普通わかるでしょ？'],
    ['presumed', '言われなくても分かるでしょう。'],
    ['grown-up', '大の大人が何してるんですか。'],
    ['question', '@user 燃えるごみの日もわからないんですか？カレンダーに書いてあります。'],
    ['question', '申込書の書き方すら分からないのでしょうか。記入例を見てください。'],
    ['question', '@user 駐車場の場所も見つけられんと？看板あるやろ。'],
    ['question', '締切日も覚えられないの？何回目ですか。'],
    ['mock praise', '投票所の場所も調べられないなんて、さすがですね。'],
    ['mock praise', '@user 申請書の名前も書けないとは、大したものですな。'],
    ['mock praise', '案内板すら読めないとは、ある意味尊敬します。'],
    ['presumed', 'ホームページぐらいはご自分でお読みになれますよね？'],
    ['presumed', '@user それくらい自分で調べられるでしょ？'],
    ['presumed', 'この程度は分かるだろう。'],
    ['grown-up', '放置自転車の持ち主へ。いい年した大人がみっともない。'],
    ['grown-up', '列に割り込むなんて、いい大人なのに恥ずかしい。'],
    ['grown-up', '花火のごみを置いて帰るとは、大人として本当に情けない。'],
    ['proof', '熱中症で運ばれるのは、体調管理もできていない証拠ですよ。'],
    ['proof', '詐欺にひっかかるなんて危機感が足りない証拠やろ。'],
    ['proof', '子どもが迷子になるのは、親のしつけがなってない証拠です。'],
  ]
  it.each(flags)('%s: flags %s', (_kind, text) => {
    const found = findingsOf(hostility, text, text.startsWith('@') ? { mode: 'reply' } : {})
    expect(found.some((f) => f.severity !== 'info')).toBe(true)
  })
  // Ordinary sentences with the same surface words: a FAQ, help offered, a place praised, a child's book, an event, advice, an apology.
  const passes: string[] = [
    'Q. 土日も予約できないんですか？',
    '土日も開いてないんですか？という質問をよくいただきます。',
    '普通は3日ほどで届きます。',
    '普通郵便でも届きますよね。',
    'Q. 当日の結果もわからないんですか？ A. 当日18時に市ホームページで公開します。',
    '場所がわからない方は、お気軽に窓口へお問い合わせください。',
    '申請書の書き方もわからない場合は、窓口でお手伝いします。',
    '地元の人も知らないなんて、さすが穴場ですね。',
    '一日も休まないなんて、さすがですね。皆勤賞おめでとうございます。',
    '小学生くらいなら一人で読めますよね。図書館の新刊です。',
    '30分くらいは待てますよね？と聞かれることがありますが、順番にご案内します。',
    'いい大人が集まって本気で遊ぶ、大人の運動会を開催します。',
    '社会人として恥ずかしくない身だしなみを心がけましょう。',
    '職員の対応は、大人として恥ずかしいものでした。心よりお詫び申し上げます。',
    'いい年の重ね方を考える講座を開きます。',
    '防災意識が浸透していない証拠とも言えます。啓発を続けます。',
    '熱中症は、体調管理ができていない人だけがなるものではありません。',
    'この本、私も読めますよね？と聞かれましたが、大人の方もどうぞ。',
  ]
  it.each(passes)('passes %s', (text) => {
    const found = findingsOf(hostility, text, text.startsWith('@') ? { mode: 'reply' } : {})
    expect(found.filter((f) => f.severity !== 'info').map((f) => f.excerpt)).toEqual([])
  })
})

describe('hostility (5(3)): spite imputed to a critic, mock admiration, the fault laid on the reader with a shrug (round 27)', () => {
  it.each([
    '採用試験に落ちた腹いせに市を叩くのはやめてもらえますか。',
    '抽選に外れた逆恨みで窓口に当たるのはおやめください。',
    'ご意見ありがとうございます。そこまで断言できる方なら、さぞかし立派なアプリをお作りになれるのでしょうね。',
    '保育園に入れないのは市のせいだそうですね。申込期限さえ守っていれば、結果は違ったかもしれませんけどね。',
  ])('flags %s', (text) => {
    expect(findingsOf(hostility, text).some((f) => f.rule === 'hostility/confrontational' && f.severity === 'warn')).toBe(true)
  })
  it.each([
    '優勝したチームはさぞかし立派な練習を重ねてきたのでしょうね。',
    '申込期限さえ守っていただければ、どなたでも参加できます。',
    'ゴミのポイ捨てはみっともないです。',
    '八つ当たりしてしまいそうなときは、深呼吸をしてみましょう。',
    'せいぜい数百円程度の負担です。',
    '練習できるのはせいぜい週1回ですが、みんなで頑張っています。',
    '参加者はせいぜい20人ほどでしたが、皆さん楽しんでいました。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: advice against unsightly conduct speaks to no one in particular', () => {
  it.each(['人前でみっともない姿を見せないよう、マナーを守りましょう。', '見苦しいポイ捨てはやめましょう。'])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: exposure threatened, mock deference with a laugh, a critic dared after harm (round 28)', () => {
  it.each<[string, string]>([
    ['規制線を無視して突っ込んでくる車、次は容赦しません。ナンバーを控えてネットに晒しますからね。', 'hostility/threat'],
    ['へぇ〜、医師不足は全部市のせいなんですね。さすが、よくご存じで（笑）', 'hostility/confrontational'],
    ['反対している保護者の方々は、子どもがけがをしても同じことを言えるんでしょうかね？', 'hostility/confrontational'],
  ])('flags %s', (text, rule) => {
    expect(findingsOf(hostility, text).some((f) => f.rule === rule && f.severity !== 'info')).toBe(true)
  })
  it.each(['個人情報をネットに晒す行為は犯罪になることがあります。', '柳川の歴史にさすがよくご存じですね。', '暑い日でも同じことが言えます。', '入賞作品は、市ホームページで公開します。'])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: the generic reading — a jab known by its idiom (stop 15)', () => {
  it.each([
    '不合格になったのは、ご自身の準備不足です。ご自分の努力を振り返ってみてはいかがですか。',
    'そのような初歩的なご質問は、まずホームページをご覧ください。',
    '普通の方はこの書類を5分で書けていますよ。',
    '申請の締切はお知らせに大きく書いてあるのですが。',
    'イベントに参加もしないで評論家気取りの方がいらっしゃいますね。',
    '文句ばかり言う人には、何を説明しても無駄ですね。',
    '記入欄は三つだけです。そんなに難しいですか？',
    'ご不満でしたら、どうぞよそへどうぞ。ご自宅でどうぞ。',
  ])('flags %s', (text) => {
    expect(findingsOf(hostility, text).some((f) => f.rule === 'hostility/confrontational' && f.severity === 'warn')).toBe(true)
  })
  it.each([
    '小学生でも分かる防災ハンドブックを配布します。',
    '文句ばかり言わずに、一緒に地域を良くしていきましょう。',
    '一日も休まないなんて、さすがですね。皆勤賞おめでとうございます。',
    'ご意見がおありでしたら、お気軽に窓口までどうぞ。',
    '申請の締切は3月31日です。お知らせに大きく書いてありますので、ご確認ください。',
    'ご自分の健康を振り返るきっかけに、健診を受けてみませんか。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: the generic reading — threats on a condition, people likened to vermin, emoji aimed at people, more jabs', () => {
  it.each<[string, string]>([
    ['次来たら警察を呼びますからね。', 'hostility/threat'],
    ['これ以上書き込みを続けるようなら、本気で法的措置をとります。', 'hostility/threat'],
    ['あの業者は二度と市の施設には入れませんので、そのつもりで。', 'hostility/threat'],
    ['未納者の名前、ここで公開したらどうなるでしょうね。', 'hostility/threat'],
    ['駅前の若者たちはハエのように群がってきます。', 'hostility/insult'],
    ['反対ばかりの議員たち→🤡', 'hostility/insult'],
    ['公民館はあなたの物置ではありません。', 'hostility/confrontational'],
    ['滞納している皆さん、市はそんなに甘くありませんよ。', 'hostility/confrontational'],
    ['手続きを忘れていたのはご自身ではありませんか。', 'hostility/confrontational'],
  ])('flags %s', (text, rule) => {
    expect(findingsOf(hostility, text).some((f) => f.rule === rule && f.severity !== 'info')).toBe(true)
  })
  it.each([
    '被害に遭ったのはあなたのせいではありません。',
    'ここは駐車場ではありません。駐車はご遠慮ください。',
    '次来たときは、ぜひ展望台にも登ってみてください。',
    '害虫の駆除は専門業者にご相談ください。',
    'これ以上被害が広がらないよう、警察と連携して対応します。',
    'ゴキブリのように見える虫は、ほとんどが無害です。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: round 28 — a critic or wrongdoer addressed and the jab aimed back; threats to expose or ban; insults by form', () => {
  /** [text, rule, severity] — a finding of this rule at this severity. */
  const flagged: Array<[string, string, 'block' | 'warn']> = [
    // The reader's ability doubted in a rhetorical question.
    ['「説明が不親切」とのご意見ですが、説明文を読む能力がおありでないのでしょうか。', 'hostility/confrontational', 'warn'],
    ['ホームページに載っていないと書き込んだ方、検索もできないのでしょうかね？', 'hostility/confrontational', 'warn'],
    ['バスが少ないとおっしゃる皆さん、時刻表が読めないんですかね？', 'hostility/confrontational', 'warn'],
    ['案内が分かりにくいとのご指摘、そもそも最後まで読めていないだけではないでしょうか。', 'hostility/confrontational', 'warn'],
    ['毎年同じ書類で不備が出るのは、反省されていないということでしょうか。', 'hostility/confrontational', 'warn'],
    // Mock envy or approval.
    ['平日の昼間から何度も窓口にお越しになれるなんて、ずいぶんお暇で羨ましいです。', 'hostility/confrontational', 'warn'],
    ['花火がうるさいと苦情を入れた方、静かな老後が一番大事なんですね。よーくわかりました。', 'hostility/confrontational', 'warn'],
    ['イベントで騒いでいた皆さん、地域の皆さんもさぞ喜んでいらっしゃるでしょうね。', 'hostility/confrontational', 'warn'],
    ['ずいぶんとお偉いんですね。', 'hostility/confrontational', 'warn'],
    // The blame turned round.
    ['悪いのは市ではなく、期限を守らなかったご自身のほうではないですか。', 'hostility/confrontational', 'warn'],
    ['迷惑しているのはこっちのほうなんですけど。', 'hostility/confrontational', 'warn'],
    ['それはあなたにも責任があるのではないでしょうか。', 'hostility/confrontational', 'warn'],
    ['ゴミ当番をサボる方に限って、回収が遅いと文句を言うんですよね。', 'hostility/confrontational', 'warn'],
    // Told to learn before speaking.
    ['議事録も読まずに批判されている方、もう少し勉強されてはいかがですか。', 'hostility/confrontational', 'warn'],
    ['条例の中身を調べてから書き込んでいただけますか。', 'hostility/confrontational', 'warn'],
    ['ネットで騒ぐ前にやることがあるでしょう。', 'hostility/confrontational', 'warn'],
    // Told to go elsewhere or to do it themself.
    ['公園の遊具が古いと言うなら、ご自身で寄付でもされたらどうですか？', 'hostility/confrontational', 'warn'],
    ['そんなに隣町が良いのでしたら、隣町に住まれたらいいのではないでしょうか。', 'hostility/confrontational', 'warn'],
    ['料金が不満なら、ほかの市のプールに行かれてはどうでしょう。', 'hostility/confrontational', 'warn'],
    ['文句があるなら市外へどうぞ。', 'hostility/confrontational', 'warn'],
    // Repeats counted, scolding, in dialect too.
    ['何べん言うたら分かるとね。ごみは朝8時までに出さんといかんとよ。', 'hostility/confrontational', 'warn'],
    ['同じことを何回説明させるつもりですか。', 'hostility/confrontational', 'warn'],
    ['その件、前にもお答えしましたよね？', 'hostility/confrontational', 'warn'],
    ['何回言わすと？', 'hostility/confrontational', 'warn'],
    // Condescension about knowledge.
    ['専門家でもない方が、工事の工法に口を挟まないでいただきたい。', 'hostility/confrontational', 'warn'],
    ['医療のことを何もご存じない方には、理解できない話だと思います。', 'hostility/confrontational', 'warn'],
    ['説明してもご理解いただけないと思いますが、一応お知らせします。', 'hostility/confrontational', 'warn'],
    // Threats: exposure, a face remembered, a ban, a sneer that menaces.
    ['これ以上しつこく電話してくるなら、あなたの名前と住所をネットに載せますよ。', 'hostility/threat', 'block'],
    ['次また同じことをしたら、動画を公開させていただきます。', 'hostility/threat', 'block'],
    ['騒いでいた方の顔写真、ちゃんと撮ってありますからね。', 'hostility/threat', 'block'],
    ['また来たら出禁ね。', 'hostility/threat', 'block'],
    ['また騒いだら出入り禁止にしますよ。', 'hostility/threat', 'block'],
    ['せいぜい夜道にはお気をつけください。', 'hostility/threat', 'block'],
    // Insults on the head, likened to animals or rubbish.
    ['脳みそ入ってるんですか？', 'hostility/insult', 'block'],
    ['あの人たちの頭の中はお花畑なんでしょうね。', 'hostility/insult', 'block'],
    ['ごみを散らかしていく観光客、まるでカラスかハイエナみたい。', 'hostility/insult', 'block'],
    ['窓口で騒ぐ客、猿みたいにキーキーうるさい。', 'hostility/insult', 'block'],
    ['あなたの意見、ゴミみたいですね。', 'hostility/insult', 'block'],
    // Insults by form: slang after an intensifier, 〜やがって, spaced or masked, names for complainers.
    ['ポイ捨てする奴、ﾏｼﾞでｳｻﾞい。', 'hostility/insult', 'block'],
    ['偉そうに書き込みやがって。', 'hostility/insult', 'block'],
    ['ルール守らない人、ほんと　ゴ　ミ　だわ。', 'hostility/insult', 'block'],
    ['クレーム入れてくるモンスター・ペアレント、もう相手したくない。', 'hostility/insult', 'block'],
    ['また書き込んでるの、どうせお前だろ。', 'hostility/insult', 'block'],
    ['毎回文句を言いに来る馬〇がいる。', 'hostility/insult', 'block'],
    ['バ〇とは言いませんが、もう少し考えてから書き込んでください。', 'hostility/insult', 'block'],
    ['あんな客、死〇ばいいのに。', 'hostility/curse', 'block'],
    ['いい加減にしろ！', 'hostility/insult', 'block'],
    // Faculties doubted, the blame refused, other places to live; where they live known, regret promised, a dialect rebuke.
    ['理解力、大丈夫ですか？', 'hostility/confrontational', 'warn'],
    ['被害者ぶるのはやめてください。', 'hostility/confrontational', 'warn'],
    ['職員への八つ当たりはやめてください。', 'hostility/confrontational', 'warn'],
    ['そんなに不満なら、住むところはいくらでもありますよ。', 'hostility/confrontational', 'warn'],
    ['文句ばかり言う方、ゴミの出し方もわからんとか？', 'hostility/confrontational', 'warn'],
    ['ごみを川に捨てた人、なんばしよっとか！', 'hostility/confrontational', 'warn'],
    ['住所わかってるからね。', 'hostility/threat', 'block'],
    ['この書き込みをした方、後悔しますよ。', 'hostility/threat', 'block'],
    ['中傷を書き込んだ方、IPアドレスは把握しています。', 'hostility/threat', 'block'],
    ['あの人、知能が低いんじゃない？', 'hostility/insult', 'block'],
    ['草刈りのご要望、受け付けています。ただし、文句の多い方は最後に回しますね。冗談です（半分本気）。', 'hostility/confrontational', 'warn'],
    // Officialese and plain contempt, dialect.
    ['本市の施策を批判する前に、まず己の不勉強を恥じるべきである。', 'hostility/confrontational', 'warn'],
    ['窓口での説明を理解できないのは、聞く側の姿勢の問題であろう。', 'hostility/confrontational', 'warn'],
    ['批判するだけなら小学生でもできます。', 'hostility/confrontational', 'warn'],
    ['いい年をして、ルールも守れないとは嘆かわしい。', 'hostility/confrontational', 'warn'],
    ['このレベルの質問に答える時間はありません。', 'hostility/confrontational', 'warn'],
    ['行政に頼るばかりで何もしない人たち。', 'hostility/confrontational', 'warn'],
    ['「対応が悪い」とのお電話が続いていますが、ご自分で解決してください。', 'hostility/confrontational', 'warn'],
    ['はいはい、また同じクレームですね。', 'hostility/confrontational', 'warn'],
    ['なんべん言わせるとや。', 'hostility/confrontational', 'warn'],
    ['ごみを置いていった方、写真撮っときましたんで。', 'hostility/threat', 'block'],
    ['脳内お花畑の人たちが騒いでいます。', 'hostility/insult', 'block'],
    ['窓口で叫ぶヒステリックなおばさん、本当に困ります。', 'hostility/insult', 'block'],
    ['よか加減にせんね！', 'hostility/insult', 'block'],
    ['あんたら最低やね。', 'hostility/insult', 'block'],
    ['お前ら、ほんと目障り。', 'hostility/insult', 'block'],
    ['ポイ捨てする人、最低です。', 'hostility/confrontational', 'warn'],
    ['路上駐車してる人って最悪。', 'hostility/confrontational', 'warn'],
    // ー for う, a full-width space after 、.
    ['「説明が足りない」とのご意見ですが、案内を読む力がないのでしょーか。', 'hostility/confrontational', 'warn'],
    ['通報してきたの、どーせお前やろ。', 'hostility/insult', 'block'],
    ['今度騒いだら警察に突き出しますよ。', 'hostility/threat', 'block'],
    ['あの客、二度と来られないようにしますね。', 'hostility/threat', 'block'],
    ['あの客、ｷﾓｯ。', 'hostility/insult', 'block'],
    ['寝言は寝て言ってください。', 'hostility/confrontational', 'warn'],
    ['身の程を知りなさい。', 'hostility/confrontational', 'warn'],
    ['窓口で大声を出した方、また同じことをされたら図書館の利用をお断りします。', 'hostility/threat', 'block'],
    ['子どもの前で職員を罵倒するなんて、親失格ですね。', 'hostility/insult', 'block'],
    ['ちゃんと並んでね！割り込む人は、ば〜か。', 'hostility/insult', 'block'],
    ['苦情ばかり書き込んでいる皆さん、うるさいです。', 'hostility/insult', 'block'],
    ['昨日のニュース番組、ゴミ報道もいいところでした。', 'hostility/insult', 'block'],
    ['あの記者さんは中学校から国語を勉強し直すべきです。', 'hostility/confrontational', 'warn'],
    ['「駐車場が足りない」とのこと。それなら、皆さんが歩いて来てくだされば解決ですね。', 'hostility/confrontational', 'warn'],
    ['料金にご不満の方は、自転車で来られたらいいと思いますよ。', 'hostility/confrontational', 'warn'],
    ['言葉遣いが悪いとのご指摘、承りました。ところで、　ご自身の言葉遣いはいかがでしたか？', 'hostility/confrontational', 'warn'],
  ]
  it.each(flagged)('flags %s', (text, rule, severity) => {
    expect(findingsOf(hostility, text).some((f) => f.rule === rule && f.severity === severity)).toBe(true)
  })
  it.each([
    // Ability, sarcasm, blame: ordinary sentences with the same words.
    '申請書の書き方が分からないのでしょうか、という相談が増えています。',
    '説明会に参加できないのでしょうか？というお問い合わせには、オンライン参加をご案内しています。',
    '満開の桜、見に行けた方が羨ましいです！',
    '健康が一番大事なんですね。改めて感じました。',
    'ご家族の皆さんもさぞお喜びのことと存じます。',
    '市外在住の方に限って、オンラインでの申請が可能です。',
    '反対側を通行する方に限って、迂回は不要です。',
    '悪いのはあなたのせいではありません。一人で悩まずご相談ください。',
    '困っているのはこちらのほうも同じです。一緒に考えましょう。',
    '変わるべきなのは、私たち行政の側ではないでしょうか。',
    // Learning, going elsewhere, doing it oneself.
    'もう少し勉強したい方は、上級講座へどうぞ。',
    '申請する前に、必要書類を調べてからお越しください。',
    '体験教室のあと、ご自分で作ってみてはいかがでしょう。',
    'ご意見ありがとうございます。一度、市の制度を調べてみてはいかがでしょう。',
    '柳川に引っ越されてはいかがでしょう。移住支援金があります。',
    'ほかの市の図書館もご利用いただけます。',
    '市外へお引っ越しの際は、転出届を提出してください。',
    '体調がすぐれない方は、無理にお越しいただかなくても大丈夫です。',
    // Repeats and knowledge.
    'これまでに3回説明会を開催しました。',
    '以前にもお知らせしましたが、改めてご案内します。',
    '専門家でもない人でも簡単にできる防災グッズづくりを紹介します。',
    '素人の方にもわかりやすく解説します。',
    '日本語が読めない方のために、多言語の案内を用意しました。',
    '小学生でも読めるように、ふりがなをつけました。',
    // Threats: publication and records that are ordinary.
    '受賞者のお名前と作品は、市ホームページで公開します。',
    '勧告に従わない場合は、条例に基づき氏名を公表することがあります。',
    '防犯カメラの映像はしっかり記録しています。安心してご利用ください。',
    'お名前とお顔はしっかり覚えましたよ！また遊びに来てくださいね。',
    '大会の様子は動画でしっかり残しています。後日公開しますのでお楽しみに。',
    'せいぜい5分ほどで終わります。',
    // Head, animals, slang, masks.
    '頭の中を空っぽにして、森林浴を楽しみませんか。',
    '子どもたちが猿のように木に登って遊んでいました。',
    'ブタみたいな形のかわいい雲が見えました。',
    'ごみみたいに見える流木も、アート作品に生まれ変わります。',
    '超うれしいニュースです！',
    '雨が降りやがって、予定が台無しです。',
    'モンスタークレーマー対策として、窓口での録音を始めました。',
    '久留米絣のモンペをはいて、田植え体験に参加しませんか。',
    '三流と言われた時代もありましたが、今では一流の観光地です。',
    '「〇ね」とは書かないでください。',
    '今のうちに備えておかないと、後悔しますよ。非常持ち出し袋の点検を。',
    'ストレスで家族に八つ当たりしてしまう方は、相談窓口をご利用ください。',
    '柳川には住むところも働くところもたくさんあります。',
    '小学生以下のお子さまは無料です。',
    'ご自宅の住所がわかっている場合は、郵送でお送りします。',
    '不正アクセス対策として、IPアドレスを記録しています。',
    '身元の確認ができる書類をお持ちください。',
    '知能検査の結果については、個別にご説明します。',
    '被害者支援のための窓口を開設しました。',
    '職員全員で食べ尽くします！冗談です（半分本気）',
    'ご要望の多かった土曜開庁を始めます。ぜひご利用ください。',
    '「市の対応が遅い」とのご指摘を受け、手続きを見直しました。オンラインで申請されてはいかがでしょうか。',
    'イベントで騒いでいた若者がいたとのご連絡をいただきました。警察と連携して見回りを強化します。',
    '自分の不勉強を反省し、研修を重ねてまいります。',
    '情報を受け取る側の姿勢も大切です。',
    '批判するだけでなく、提案もお寄せください。',
    '幼稚な発想と言われたアイデアが、今では名物になりました。',
    'このレベルの大会に出場できるのは、日頃の練習のおかげです。',
    '行政に頼るばかりでなく、地域で支え合う仕組みをつくります。',
    '卒業式の写真を撮っておきましたので、後日お渡しします。',
    'ご自分で解決できない場合は、消費生活センターにご相談ください。',
    '頭がわいてくるようなアイデアを出し合いましょう。',
    'いい年の重ね方を考える講座です。',
    '考える力がないのではなく、考える機会がないのです。',
    '大人も子どもより子どもになって楽しみました！',
    'こんな景色が毎日見られるなんて、羨ましい限りです。',
    'そういう仕組みなんですね。よくわかりました！',
    '誰でも参加できるように会場を用意したのですが、雨で中止になりました。',
    '胸に手を当ててみてください。心臓の鼓動が感じられます。',
    '言葉の意味を辞書で調べてみましょう。',
    'あなただけのための特別な川下り体験をご用意しました。',
    '被害に遭ったのは、あなたに責任があるわけではありません。',
    '職人の見事な勘違いから生まれたお菓子です。',
    'いい年をして恥ずかしながら、初めてスキーに挑戦しました。',
    '今度、お祭りの動画を公開します！',
    'オープンしたら写真を公開しますね。',
    '職員が猿のように木に登って柿を収穫しました。',
    '参加者は最低でも3名必要です。',
    '明日の最低気温は2度です。',
    'チケットが取れなかった人は最悪ですね、ごめんなさい。',
    '二度と事故が起きないようにします。',
    '身の程を知ることも大切です。',
    'きもったまの据わった人。',
    '「親失格」と自分を責めないでください。子育ての悩みは相談窓口へ。',
    '親失格だと感じてしまう夜もあります。そんなときは一人で抱え込まずに。',
    '皆さん、うるさいですよね、この時期のセミの声。',
    '市のごみ行政について、市民の皆さんのご意見を募集します。',
    'ごみ新聞をつくろう！小学生の夏休み自由研究講座です。',
    '他の利用者に迷惑をかける行為をした場合、利用をお断りします。',
    '子どもの言い訳が上手になったら、それも成長の証です。',
    '小学校の算数を学び直す大人のための講座を開きます。',
    '皆さんがごみを分別してくだされば、問題の多くは解決します。',
    '市は魔法使いじゃないけれど、できることから一つずつ進めます。',
    '「除雪が遅い」とのご意見をいただきます。なぜすぐにできないのでしょうか？実は、幹線道路を優先しているためです。',
    '駐車場が狭いとのご意見をいただきました。まずは公共交通機関を利用されてはいかがでしょうか。',
    // Abuse reported in a quotation is the abuser's: a mention at most.
    '「名前と住所をネットに晒すぞ」と脅された場合は、すぐに警察に相談してください。',
    '窓口で「脳みそ入ってるのか」「出禁にするぞ」といった暴言を受けるケースが増えています。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: confrontational words in ordinary prose (a worry reported, a quiz, advice, a form, good news)', () => {
  it.each([
    '何回言ってもわからない、と悩む保護者のための講座を開きます。',
    'この字、読めますか？難読地名クイズです。正解は明日発表します。',
    '自分のことを棚に上げて子どもを叱っていませんか？子育て講座で一緒に考えましょう。',
    'お子さんの話には口を出さないで、最後まで見守りましょう。',
    '郵便番号を調べてから書いてください。申請書の記入例は窓口にあります。',
    '前にもお伝えしましたよね、あのお祭りが今年も帰ってきます！',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  it.each([
    '前にもお伝えしましたよね？ちゃんと読んでください。',
    '市のやり方に口を出さないでください。',
    '何回言ってもわからないんですか？',
    'ご自分のことを棚に上げて、市を批判するのはやめてください。',
    '日本語、読めますか？',
    'よく調べてから書いてください。',
  ])('still flags %s', (text) => {
    expect(summary(findingsOf(hostility, text)).some((x) => x.startsWith('hostility/'))).toBe(true)
  })
})

describe('hostility: polite threats and a critic sent elsewhere (round 30 misses)', () => {
  it.each(['いたずらした犯人へ。必ず見つけ出して後悔させてやります。', '次に同じことをしたら、思い知らせてやりますよ。'])('blocks %s', (text) => {
    expect(summary(findingsOf(hostility, text)).some((x) => x.startsWith('hostility/threat:block'))).toBe(true)
  })
  it.each(['返礼品にクレームを入れてくる方、返礼品目当てならどうぞよその自治体へ。', '料金に文句を言う方は、ほかの町の施設へどうぞ。'])('flags %s', (text) => {
    expect(summary(findingsOf(hostility, text)).some((x) => x.startsWith('hostility/'))).toBe(true)
  })
  it.each(['満席の場合は、ほかの施設もご利用いただけます。', '後悔しないよう、早めにご準備ください。', '市内の施設が満室の際は、近隣の町の宿泊施設もご案内しています。'])('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('hostility: round 31 kinds — mock praise of righteousness, eviction threatened, shame in keigo, told to stay away in keigo, critics told they can be found', () => {
  const flagged: Array<[string, string, 'block' | 'warn']> = [
    // The critic's righteousness praised in mockery; their own perfection presumed.
    ['市の対応を批判されている方、ずいぶんとご立派な正義感をお持ちで。', 'hostility/confrontational', 'warn'],
    ['ネットで職員を叩いている皆さん、大層な正義感ですこと。', 'hostility/confrontational', 'warn'],
    ['正義感がお強いことで。ご自身の家の前の掃除はされているんでしょうか。', 'hostility/confrontational', 'warn'],
    ['「職員の態度が悪い」とのご指摘ですが、さぞかしご自身は一度もミスをしたことがないんでしょうね。', 'hostility/confrontational', 'warn'],
    ['そんなに市を批判されるなら、よほど清廉潔白な人生を送ってこられたのでしょうね。', 'hostility/confrontational', 'warn'],
    ['あなたは一度も交通ルールを破ったことがないのでしょうね。', 'hostility/confrontational', 'warn'],
    ['市政にお詳しいあなたなら、さぞ完璧な予算案を作れるのでしょうね。', 'hostility/confrontational', 'warn'],
    ['批判ばかりされる方は、きっと人生で一度も失敗したことがないんでしょうね。', 'hostility/confrontational', 'warn'],
    ['ご意見拝見しました。さすが正義の味方ですね。', 'hostility/confrontational', 'warn'],
    ['税金の使い道に文句つけよるあんた、よっぽど立派な人間なんやろね。', 'hostility/confrontational', 'warn'],
    // Eviction or removal threatened.
    ['駐車場の使用ルールを守らない人たち、次にやったら追い出しますからね。', 'hostility/threat', 'block'],
    ['ゴミ出しの日を守れん人は、とっとと出ていってもらうけんね。', 'hostility/threat', 'block'],
    ['騒ぐ連中はつまみ出してやる。', 'hostility/threat', 'block'],
    ['ルールを守る気がないのなら、団地から出ていってもらいます。', 'hostility/threat', 'block'],
    ['家賃払わんなら、出ていってもらうしかないですね。', 'hostility/threat', 'block'],
    ['ルール守れない人は団地から出てってもらいます。', 'hostility/threat', 'block'],
    ['規則を守らない人には、この公園から出ていっていただきます。', 'hostility/confrontational', 'warn'],
    // Shame on them, in keigo.
    ['ボランティアの花壇を踏み荒らす人たち、恥ずかしくないんでしょうか。', 'hostility/confrontational', 'warn'],
    ['募金箱を盗むような方は、恥を知ってほしいものです。', 'hostility/confrontational', 'warn'],
    ['他人の畑から野菜を持ち去る方は、良心が痛まないのでしょうか。', 'hostility/confrontational', 'warn'],
    ['駐輪場に自転車を捨てていく皆さま、恥を知っていただけますでしょうか。', 'hostility/confrontational', 'warn'],
    // Told to stay away, in keigo, for what they did.
    ['ゴミの分別もできない人は、柳川に住まないでいただきたい。', 'hostility/confrontational', 'warn'],
    ['説明会で文句ばかり言う方は、次回からご参加いただかなくて構いません。', 'hostility/confrontational', 'warn'],
    ['今後一切、当館にはご来館いただかなくて結構です。', 'hostility/confrontational', 'warn'],
    ['予約を無断キャンセルする人は、もう来てもらわなくていいです。', 'hostility/confrontational', 'warn'],
    ['清掃活動に遅れてくる方は、来年以降お手伝いしていただかなくて結構です。', 'hostility/confrontational', 'warn'],
    // Critics or wrongdoers told they can be identified.
    ['悪口書いとる人、だいたい誰か分かっとるけんね。', 'hostility/threat', 'block'],
    ['誹謗中傷をしている方、発信者情報開示請求で身元は特定できますからね。', 'hostility/threat', 'block'],
    ['市の悪口を書いている人、誰だかすぐわかりますよ。', 'hostility/threat', 'block'],
    ['掲示板を荒らしている方、IPアドレスからすぐに特定できますので。', 'hostility/threat', 'block'],
    ['ネットで職員の悪口を書いてる人、名前も住所もすぐ調べがつくからね。', 'hostility/threat', 'block'],
    ['悪口を書き込んでいるアカウントの方、匿名でも特定できますからね。', 'hostility/threat', 'block'],
    ['文句ばかり言っている連中、誰がやってるかなんてすぐ分かるんだよ。', 'hostility/threat', 'block'],
    ['いたずら電話の犯人さん、身元なんて調べたらすぐ割れますよ。', 'hostility/threat', 'block'],
    ['ネットで中傷している方、本名くらい開示請求すればすぐ分かりますから。', 'hostility/threat', 'block'],
  ]
  it.each(flagged)('flags %s', (text, rule, severity) => {
    expect(findingsOf(hostility, text).some((f) => f.rule === rule && f.severity === severity)).toBe(true)
  })
  it.each([
    // Righteousness and perfection praised in earnest, or a view promised.
    '川で溺れた子どもを助けた高校生、立派な正義感ですね。表彰されました。',
    '強い正義感を持って職務にあたる警察官の皆さんに感謝します。',
    '正義感の強い方、消防団に入りませんか。',
    '春には、さぞかし見事な桜が咲き誇ることでしょう。',
    '開業以来、一度も事故を起こしたことのない路線です。',
    '出場される選手の皆さんはさぞ完璧な準備をされていることでしょう。',
    '一度も見たことのない景色に、さぞかし驚かれることでしょう。',
    // Leaving a building, a lease, a pest.
    '火災報知器が鳴ったら、児童にはすぐに校庭へ出ていってもらいます。',
    '契約違反が続く場合は、退去していただくことになります。',
    '避難訓練では、職員の誘導で速やかに建物から出ていただきます。',
    '節分の豆まきで、鬼を追い出しましょう。次に来たら追い出します。',
    // Shame and conscience in ordinary prose, or quoted as abuse.
    '恥ずかしがらずに、気軽にご相談ください。',
    '「恥を知れ」などの書き込みは、誹謗中傷にあたる場合があります。',
    '恥をかかないための冠婚葬祭マナー講座を開きます。',
    // Staying away allowed, with another way or out of care.
    'オンラインで手続きできますので、今後は窓口にお越しいただかなくても結構です。',
    '体調の悪い方は無理にご参加いただかなくて構いません。',
    'この欄はご記入いただかなくても結構です。',
    '印鑑はご持参いただかなくて構いません。',
    '雨天の場合は、会場にお越しいただかなくても結構です。後日動画を配信します。',
    '来年以降は自動更新となるため、窓口へお越しいただかなくて結構です。',
    // Identification that helps, or a warning about one's own privacy.
    'お子さんに名札をつけておけば、どこの誰かすぐに分かります。',
    '迷子の犬は、マイクロチップがあれば飼い主がすぐ分かります。',
    '匿名でも特定される危険があります。SNSへの投稿には注意しましょう。',
    '個人を特定できる情報は掲載しません。',
    '投稿した写真から住所がすぐ特定できる場合があります。ご注意ください。',
    '誰でもすぐ分かるように、案内板を新しくしました。',
    '受付を済ませていない方には、一度会場から出ていっていただきます。',
    '命令に従わない場合は、ただちに退去していただきます。',
    '誰か分かっている方がいらっしゃいましたら、ご連絡ください。',
    'もう誰が担当か分かっていますので、安心してお問い合わせください。',
    '手続きができない方は、窓口にお越しいただかなくても結構です。郵送で受け付けます。',
    '犯人はもう分かっています、という詐欺の電話にご注意ください。',
    '発信者情報開示請求で投稿者を特定できる場合があります。',
    '誹謗中傷の被害に遭ったら、開示請求で相手を特定できます。弁護士にご相談ください。',
    '来年以降は対象年齢を超えるため、ご応募いただかなくて結構です。',
    'ご家族の方は、受付にお越しいただかなくても構いません。',
    '「どこの誰か分からない人からの電話には出ない」など、特殊詐欺の被害防止にご協力ください。',
    '「恥を知れ」「出ていけ」などの言葉は、ヘイトスピーチにあたります。',
    '恥ずかしくない大人になるために、今できることを考えよう。',
    'さぞかしご自身も楽しみにされていることでしょう。',
    'ご自身の健康のために、一度も健診を受けたことがない方はぜひご受診ください。',
    '一度も事故を起こしたことのない優良ドライバーの方を表彰しました。さぞ誇らしいことでしょう。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('hostility: round 32 — the press asked what else to write, opponents probed about their own use, a forcible step on a condition, a complainant told to move away', () => {
  it.each<[string, string, string]>([
    // What else there is to write or do, asked of the press or a critic.
    ['同じ質問ばかりの記者の方、ほかに報じるネタはないのでしょうか？', 'hostility/insult', 'block'],
    ['毎日取材に来るマスコミの皆さん、よほど書くことがないんでしょうね。', 'hostility/insult', 'block'],
    ['しつこく電話してくる新聞社の人、他に取材することないんですか？', 'hostility/insult', 'block'],
    ['コメント欄で毎回叩いてくる人、他にやることないんですかね。', 'hostility/insult', 'block'],
    ['何度もお電話をされる方、こちらも他の仕事があるんですけどね。', 'hostility/confrontational', 'warn'],
    ['同じ件で毎日電話してくる人、こっちにも業務があるんですが。', 'hostility/confrontational', 'warn'],
    // Opponents asked when they last used, or how often they use, what they defend; a thank-you before ところで does not soften it.
    ['図書館の存続を求める署名をされた皆さん、この1年で何回図書館を利用されましたか？', 'hostility/confrontational', 'warn'],
    ['閉館に文句を言っている方々、普段この施設をご利用になっていますか？', 'hostility/confrontational', 'warn'],
    ['廃止反対のご意見、ありがとうございます。ちなみに、最後にこのプールで泳がれたのはいつですか？', 'hostility/confrontational', 'warn'],
    // A forcible step promised on a condition, to someone addressed or with a rough ending.
    ['空き地に車を置きっぱなしの方、今週中にどかさんなら勝手に処分するけんね。', 'hostility/threat', 'block'],
    ['家賃を払わないなら、家財道具は全部外に放り出すからな。', 'hostility/threat', 'block'],
    ['ベランダで鳩に餌をやっている住人さん、やめないと次は餌台ごと全部撤去しますからね。', 'hostility/threat', 'block'],
    // A complainant told to move away, in keigo or plain.
    ['そんなにご不満なら、転居も一つの選択肢かと存じます。', 'hostility/confrontational', 'warn'],
    ['カエルの声がうるさいと思うなら、引っ越せばいいのでは？', 'hostility/confrontational', 'warn'],
    ['田舎暮らしがお嫌でしたら、都会へお引越しなさってはどうでしょう。', 'hostility/confrontational', 'warn'],
    ['記者の皆さん、他に書くことないんですか。', 'hostility/insult', 'block'],
    ['毎回同じ批判記事ばかり、よっぽどネタがないんやろうね。', 'hostility/insult', 'block'],
    ['廃止に反対している人たちのうち、実際にバスに乗っている人は何人いるんでしょうね。', 'hostility/confrontational', 'warn'],
    ['騒音が嫌なら、もっと静かな地域にお住まいになればよかったのでは。', 'hostility/confrontational', 'warn'],
    ['反対署名をされた方々、ちなみにご自身は月に何回バスに乗られていますか？', 'hostility/confrontational', 'warn'],
    ['騒音がどうしても我慢ならないなら、引っ越しを考えてみては？', 'hostility/confrontational', 'warn'],
    ['河川敷を無断で使っている人、今月中に撤去しないなら全部こっちで捨てますよ。', 'hostility/threat', 'block'],
    ['騒ぎ立てるメディアの皆さん、ネタ切れなんですかね。', 'hostility/insult', 'block'],
    ['反対の声を上げている方々のうち、実際に利用している方はどれくらいいらっしゃるのでしょうか。', 'hostility/confrontational', 'warn'],
    ['マスコミの方は、他に取り上げることはないんでしょうかね。', 'hostility/insult', 'block'],
  ])('flags %s', (text, rule, severity) => {
    expect(findingsOf(hostility, text).some((f) => f.rule === rule && f.severity === severity)).toBe(true)
  })
  it.each([
    // What else: play, a press conference, a writing tip, a request for more.
    '夏休み、ほかにやることないの？図書館においで！',
    '記者会見では、ほかに質問はないかを確認してから終了しました。',
    'ネタに困ったときは、柳川の観光名所を紹介する記事を参考にしてください。',
    '他に書くことはありませんか。ご意見をお寄せください。',
    '窓口へのお電話が集中しています。職員は通常業務もありますので、お問い合わせはメールでお願いします。',
    'お問い合わせありがとうございます。こちらも通常業務があるのですが、できる限り早くお返事します。',
    // A survey, a health prompt, a report of meetings held.
    'バス路線についてご意見をお寄せください。最後にバスに乗ったのはいつですか？アンケートにご協力ください。',
    'ご意見ありがとうございます。ところで、最後に健診を受けたのはいつですか？年に一度は受診しましょう。',
    '反対意見も含め、多くのご意見ありがとうございました。この1年で何回説明会を開いたか、市ホームページでご報告しています。',
    '普段から図書館をご利用いただいている皆さま、いつもありがとうございます。',
    // A notice of removal under the rules, a parent quoted, a mascot's notice.
    '期限までに移動されない場合は、市で撤去します。',
    '引き取りがない場合は、来月末で処分いたします。',
    '「片付けないと全部捨てるからね」と子どもに言っていませんか。',
    '放置自転車は、警告札をつけて2週間経っても移動されない場合、撤去しますからね。',
    // Housing advice, moving here, moving procedures, noise handled.
    '階段の上り下りがおつらい方は、市営住宅の1階への住み替えもご検討ください。',
    '柳川への移住を考えてみませんか。移住支援金もあります。',
    '引っ越しされたら、14日以内に転入届を出してください。',
    '騒音が気になる方は、工事期間中は窓を閉めていただくか、担当課までご相談ください。',
    'ご高齢の方は、駅の近くにお住まいになれば何かと便利です。',
    '自転車を置いている方、期限までに移動しないと撤去しますよ。',
    'ごみを出す皆さん、分別しないと回収しませんよ。',
    'ちなみに、皆さんは月に何回くらい図書館を利用されていますか？アンケートにご協力ください。',
    'ご意見ありがとうございます。ところで、ご自身はバスを使われていますか？',
    '子育てのことで悩んだら、一人で抱え込まず相談してみては？',
    'ネタ切れです。今日は柳川の昔話をお届けします。',
    '反対の方は、どれくらいいらっしゃるのでしょうか。アンケートで伺います。',
    '参加者のうち、市外から来られた方はどのくらいいたのでしょうか？答えは3割です。',
    'ところで、最後に防災リュックの中身を確認したのはいつですか？',
    '存続を求める署名が提出されました。この1年で何回利用されたか、アンケートでお聞きしています。',
    '指定日に出さないと回収しませんからね！ごみカレンダーを確認してね。',
    '取材に来られた記者の皆さん、ありがとうございました。ほかに質問がないようでしたら終了します。',
    '出発前に、ほかにやることはありませんか。持ち物を確認しましょう。',
    '参加者のうち何人が市内在住でしょうか？答えは8割です。',
    '騒音が気になる場合は、静かな場所に住まわれている親族のお宅に一時避難されるのもいいですね。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('hostility: round 33 — violence threatened in dialect, retribution, a menace to wrongdoers, harm wished in the passive, an insult after an intensifier, the reader asked if they still cannot understand, sent elsewhere after a dislike', () => {
  it.each<[string, string, string]>([
    // Violence threatened with a verb of hitting, standard or dialect, or asked whether they want it.
    ['駐輪場の自転車を蹴倒していったやつ、次やったらどついたるからな。', 'hostility/threat', 'block'],
    ['花壇を荒らしとる連中、見つけたらしばくぞ。', 'hostility/threat', 'block'],
    ['役場の前で怒鳴りよるおっさん、一発くらわしたろか。', 'hostility/threat', 'block'],
    ['ゴミを投げ捨てていく人、そんなに殴られたいんですか。', 'hostility/threat', 'block'],
    ['今度また落書きしたら、ぶっ飛ばすけんな。', 'hostility/threat', 'block'],
    ['公民館の窓を割ったやつ、見つけたら叩きのめしてやる。', 'hostility/threat', 'block'],
    ['ポイ捨てする連中、まじでぶん殴りたい。', 'hostility/threat', 'block'],
    ['用水路にゴミ捨てよる奴、今度見つけたらいわしたろか。', 'hostility/threat', 'block'],
    ['夜中にバイクでうるさい連中、しばき回したいわ。', 'hostility/threat', 'block'],
    // Retribution promised.
    ['公園の遊具を壊した犯人へ。必ず見つけ出して、きっちり責任を取らせます。', 'hostility/threat', 'block'],
    ['市の掲示板を汚した者には、相応の報いを受けさせる。', 'hostility/threat', 'block'],
    ['嫌がらせを続ける者たち、いずれ痛い目に遭わせてやる。', 'hostility/threat', 'block'],
    ['看板を壊した犯人、ただではおかないからな。', 'hostility/threat', 'block'],
    ['落書きしたやつ、きっちり落とし前つけてもらうけんな。', 'hostility/threat', 'block'],
    ['ベンチに落書きした犯人、必ずけじめをつけさせます。', 'hostility/threat', 'block'],
    // A plain 覚悟 imperative, or filming told as a menace, to wrongdoers.
    ['花火大会で毎年ゴミを放置する連中、今年はカメラで全部録画しとるけん、覚悟しとけよ。', 'hostility/threat', 'block'],
    ['公園で夜中に騒ぐ奴ら、監視してるからな、首を洗って待っとけ。', 'hostility/threat', 'block'],
    ['落書き犯へ。防犯カメラにばっちり記録しているので、覚悟しておけ。', 'hostility/threat', 'block'],
    ['駐車場で暴れた客ども、次は覚悟して来いよ。', 'hostility/threat', 'block'],
    ['不法投棄を繰り返す業者へ。現場はすべてカメラで押さえている。逃げられると思うなよ。', 'hostility/threat', 'block'],
    ['成人式で暴れる新成人へ。顔は全部撮ってあるから、覚悟しておくように。', 'hostility/threat', 'block'],
    ['公園のトイレを壊したやつ、必ず捕まえてきっちり償わせる。', 'hostility/threat', 'block'],
    // Harm wished in the passive with しまえば, people put out with the rubbish.
    ['夜中に騒ぐ若者たち、みんなまとめて連れて行かれてしまえばいいのに。', 'hostility/curse', 'block'],
    ['分別しない住民なんか、ごみと一緒に収集されればいいと思う。', 'hostility/curse', 'block'],
    ['ポイ捨てする観光客は、燃えるごみとして処分してやりたい。', 'hostility/curse', 'block'],
    ['割り込みする人たちは、川に流されちまえばいいんだ。', 'hostility/curse', 'block'],
    ['ルールを守らない人たちなんて、みんな台風で飛ばされてしまえばいいのに。', 'hostility/curse', 'block'],
    ['夜中に騒ぐ連中をまとめて粗大ごみとして出したい。', 'hostility/curse', 'block'],
    // An insult right after an intensifier, one katakana run included.
    ['窓口で同じことを三回聞き返してくる人、マジアホなんかな。', 'hostility/insult', 'block'],
    ['ルールも読まずに文句を言う人たち、ほんとバカすぎ。', 'hostility/insult', 'block'],
    ['毎回締切を過ぎてから出してくる業者、ﾎﾝﾏﾏﾇｹやな。', 'hostility/insult', 'block'],
    // The reader asked in contempt whether they still cannot understand, after repeated explanations.
    ['これまでも繰り返しお伝えしてきましたが、それでもご納得いただけないのでしょうか。', 'hostility/confrontational', 'warn'],
    ['再三ご案内しておりますのに、まだご理解いただけないんですか。', 'hostility/confrontational', 'warn'],
    ['何回も説明しとるけど、なんで分からんのですか。', 'hostility/confrontational', 'warn'],
    ['前回もご説明したはずですが、まだお分かりになりませんか。', 'hostility/confrontational', 'warn'],
    ['ご説明は何度もしておりますが、伝わっていないのでしょうか。', 'hostility/confrontational', 'warn'],
    // Sent elsewhere after a dislike, even when a service is named.
    ['当館の開館時間がご不満でしたら、よその図書館をご利用なさってはいかがですか。', 'hostility/confrontational', 'warn'],
    ['うちの料金がお気に召さないのでしたら、別の業者に頼まれたらどうですか。', 'hostility/confrontational', 'warn'],
    ['駐車場が狭いのがお嫌なら、ほかの施設を利用されてはいかがでしょうか。', 'hostility/confrontational', 'warn'],
    ['そこまでご不満なら、ほかの医療機関をご利用いただいても結構ですよ。', 'hostility/confrontational', 'warn'],
    ['当院のやり方が気に入らないのでしたら、別の病院へ行かれても構いません。', 'hostility/confrontational', 'warn'],
    ['この説明でもご理解いただけないようでしたら、もう他の窓口に行ってください。', 'hostility/confrontational', 'warn'],
  ])('flags %s', (text, rule, severity) => {
    expect(findingsOf(hostility, text).some((f) => f.rule === rule && f.severity === severity)).toBe(true)
  })
  it.each([
    // Hitting verbs that hit nothing, living (くらす = 暮らす), a comic duo quoted, a gym.
    '子ども会のドッジボール大会、思いっきりボールを蹴るぞ！',
    '今年も夏祭りで和太鼓を叩くぞ！祭りが始まったら、太鼓を叩くぞ。',
    '退職したら、のんびり田舎でくらすぞ。',
    '夏が来たら、暑さをぶっ飛ばすぞ！',
    'ジムでサンドバッグを殴りたい方、ボクササイズ教室へどうぞ。',
    'この暑さ、ぶっ飛ばしたい人は市民プールへ！',
    // Retribution: a promise to please, a sanction under law, a firm notice, a folk tale.
    '来場して後悔させません！ぜひお越しください。',
    '条例に基づき、違反者には過料を科します。',
    '犯人が特定された場合は、警察と連携して厳正に対処します。',
    '犯人を特定し、警察と連携してしかるべき対応をとります。',
    '昔話「さるかに合戦」では、いじわるな猿が報いを受けます。',
    // Filming and bracing: a camera notice, a spicy-food fair, rain, photos at a festival.
    '防犯カメラで24時間録画しています。不法投棄はおやめください。',
    '激辛グルメフェス、覚悟して来い！',
    '当日は雨の予報です。濡れる覚悟で来てください。',
    '祭りの様子を撮影していますので、写り込みを避けたい方はスタッフにお声がけください。',
    // Rubbish and しまえば said of things.
    '乾電池をごみと一緒に出すと、収集車の火災の原因になります。',
    '大型の家具は粗大ごみとして出してください。',
    'ごみと一緒に回収されてしまうことがありますので、電池は分けて出してください。',
    '古い書類の山なんて、全部捨ててしまえばいいのにね。',
    // An intensifier before praise.
    'この商品、マジでバカ売れしています！',
    'ほんとバカうまい！柳川のうなぎせいろ。',
    'めっちゃアホほど並んでました（笑）お目当ての限定品は完売です。',
    // Repeated notices and polite requests, a service suggested with no dislike.
    'これまで何度もお伝えしてきたとおり、申込期限は今月末です。',
    '何卒ご理解いただけないでしょうか。ご協力をお願いします。',
    '何度もご説明いたしましたが、わかりにくい点があれば遠慮なくお尋ねください。',
    '土日の混雑がお嫌でしたら、平日のご利用をおすすめします。',
    '当院で対応できない症状の場合は、ほかの病院を受診されてはいかがでしょうか。紹介状をお出しします。',
    'ご不便でしたら、近くの出張所でも手続きができますので、ご利用ください。',
    '既にお知らせしておりますが、詳しくはホームページをご覧ください。',
    '以前もご案内しましたが、分からないことがあれば窓口でお尋ねください。',
    'まだ申請がお済みでない方はいらっしゃいませんか。',
    '子どもたち、逃げられると思うなよ〜！鬼ごっこ大会開催！',
    '台風で飛ばされてしまうと危ないので、植木鉢は屋内にしまってください。',
    '子ども会の人から、古い旗をごみとして出したいと相談がありました。',
    'ご都合が合わないようでしたら、ほかの日程でもご参加いただいて構いません。',
    'ご不満な点がございましたら、ほかの窓口でも承ります。',
    '和室がお嫌でしたら、ほかのお部屋へのご変更も承ります。',
    'この日程がご不満でしたら、別の回にお申し込みいただいても構いません。',
    '当院で対応できない場合は、ほかの医療機関をご紹介いたします。',
    '応募した人みんな、選ばれてしまえばいいのにな。',
    '事故の原因を特定して、施工業者にしかるべき責任を取らせます。',
    '窓口までお越しになるのがご不便でしたら、お近くの出張所での手続きもご検討されてはいかがでしょうか。',
    'ご説明は何度もしておりますが、ご不明な点があればお尋ねください。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it('reads a hitting verb quoted as an example as a mention', () => {
    expect(findingsOf(hostility, '漫才のツッコミで「しばくぞ」と言うのはお約束です。').every((f) => f.severity === 'info')).toBe(true)
  })
})

describe('hostility: round 34 — critics called idle in keigo, honorific sarcasm, told to read before speaking, どの口, mock encouragement with a laugh, a grudge blamed', () => {
  it.each<[string, string, string]>([
    // Critics called idle, in keigo.
    ['過去の答弁をあげつらっては書き込んでいる暇な方々には、ほかにすることはないのでしょうか。', 'hostility/insult', 'block'],
    ['毎日のように苦情を送ってこられる方、ほかにやることはないのでしょうか。', 'hostility/insult', 'block'],
    ['いつまでも昔の件を蒸し返すお暇な人たちって、ほかにやるべきことはないのでしょうか。', 'hostility/insult', 'block'],
    // Honorific sarcasm ending in 〜ですこと.
    ['市長の写真一枚にまで文句を言う方がいるそうで。ずいぶんお上品でいらっしゃいますこと。', 'hostility/confrontational', 'warn'],
    ['花火の音がうるさいとおっしゃる方へ。ご立派な感性でございますこと。', 'hostility/confrontational', 'warn'],
    ['段差ひとつで転ぶとは、お優しい足腰ですこと（笑）', 'hostility/confrontational', 'warn'],
    // Told to read or look first and only then speak.
    ['広報紙もお読みにならずに批判されているようですが、一度目を通してからご発言いただけますでしょうか。', 'hostility/confrontational', 'warn'],
    ['条例の中身も確認せずに投稿している人がいますが、まずは条文を読んでから物を言ってください。', 'hostility/confrontational', 'warn'],
    ['説明資料をご覧にならないままコメントされている方は、資料をご確認になってからご意見をお寄せいただければ幸いです。', 'hostility/confrontational', 'warn'],
    // どの口.
    ['税金も納めていないのに、どの口で市政を語るのでしょうか。', 'hostility/insult', 'block'],
    ['自分が約束を破っておいて、どの口が言うんですかね。', 'hostility/insult', 'block'],
    ['あれだけ騒いでおいて、どの口でおっしゃるのか理解できません。', 'hostility/insult', 'block'],
    // Mock encouragement or well-wishing with a laugh after a failure or a complaint.
    ['抽選に外れたと苦情を言ってこられた方、次回は当たるといいですね（笑）', 'hostility/insult', 'block'],
    ['面接に落ちたことを市のせいにされても困ります。次は頑張ってくださいw', 'hostility/insult', 'block'],
    ['落選した腹いせにクレームをつけてこられた方、お大事に（笑）', 'hostility/insult', 'block'],
    // Mock encouragement as せいぜい…頑張って.
    ['せいぜい来年は落ちないように頑張ってください。', 'hostility/insult', 'block'],
    ['選考に漏れた方、せいぜいお励みくださいませ。', 'hostility/insult', 'block'],
    ['まあ、せいぜい頑張ってくださいね。', 'hostility/confrontational', 'warn'],
    // A grudge blamed.
    ['審査に通らなかったからといって、担当者を逆恨みされても困ります。', 'hostility/confrontational', 'warn'],
    ['選考結果への八つ当たりはおやめいただけますか。', 'hostility/confrontational', 'warn'],
    ['ルールを破って注意された腹いせに逆恨みするのは筋違いです。', 'hostility/confrontational', 'warn'],
  ])('flags %s', (text, rule, severity) => {
    expect(findingsOf(hostility, text).some((f) => f.rule === rule && f.severity === severity)).toBe(true)
  })
  it.each([
    '大切なのは、毎日こつこつ続けることです。',
    'あらかじめご了承いただきますこと、お願い申し上げます。',
    '本日は晴天で、絶好の行楽日和でございます。',
    '注意事項をお読みになってからお申し込みください。',
    '申請書の記入例をご覧になってからご記入ください。',
    'ご意見ありがとうございます。内容を確認してからご回答いたします。',
    'この小説は、どの口調で読むかで印象が変わります。',
    '歯科検診では、どの口の中の状態も丁寧に確認します。',
    'どの口座に振り込めばよいか、窓口でご案内します。',
    'マラソン大会の皆さん、坂がきついですが頑張ってくださいね（笑）',
    '惜しくも落選された作品も力作ぞろいでした。来年も頑張ってくださいね！',
    '職員一同、今年も頑張ります（笑）よろしくお願いします。',
    'お暇な方はぜひご参加ください。ほかにやることがない日曜日にぴったりです。',
    '議会では継続審議となった件を改めて審議します。',
    '災害時に市民ができることはないのでしょうか、という質問をいただきました。',
    '逆恨みによるストーカー被害に悩む方は、警察や市の相談窓口にご相談ください。',
    'ドラマのあらすじ：主人公は逆恨みされ、事件に巻き込まれていく。',
    '八つ当たりしてしまいそうなときは、深呼吸をしてみましょう。',
    'せいぜい数百円程度の負担です。',
    '練習できるのはせいぜい週1回ですが、みんなで頑張っています。',
    '参加者はせいぜい20人ほどでしたが、皆さん楽しんでいました。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it('reads どの口が言う quoted as an example as a mention', () => {
    expect(findingsOf(hostility, '「どの口が言う」といった言葉は、相手を傷つけます。').every((f) => f.severity === 'info')).toBe(true)
  })
})

describe('hostility: round 35 — residents said unable to read, the blame laid on people like the critic, a critic shut out, a critic belittled for not knowing, a case said to carry no weight, people said not to care, a sarcastic suggestion ending in かと', () => {
  it.each<[string, string, string, CheckContext?]>([
    // Residents said not to be able to read, as a complaint (insult).
    ['何度書いても同じ質問が来ます。日本語が読めない方ばかりで困ったものです。', 'hostility/insult', 'block'],
    ['ひらがなも読めん人が多すぎて、ほんとに呆れるばい。', 'hostility/insult', 'block'],
    ['文字が読めない利用者が多くて、正直うんざりしています。', 'hostility/insult', 'block'],
    // … about notices (warning).
    ['回覧板すら読まない住民が多くて困っています。', 'hostility/confrontational', 'warn'],
    ['掲示を見ない方ばかりで、もうお手上げです。', 'hostility/confrontational', 'warn'],
    ['チラシも読めない人がおって、ほんと嫌になる。', 'hostility/confrontational', 'warn'],
    // The blame laid on people like the critic, any noun after のような / みたいな.
    ['あなたみたいな飼い主さんがいるから、公園が荒れるんです。', 'hostility/insult', 'block', { mode: 'reply' }],
    ['お宅のようなご家庭がいらっしゃるから、先生方が辞めていかれるのです。', 'hostility/insult', 'block', { mode: 'reply' }],
    ['あんたみたいな客がおるけん、店がつぶれるったい。', 'hostility/insult', 'block', { mode: 'reply' }],
    // A critic or a reporter shut out, in causative form (threat) or refused contact for good (warning).
    ['でたらめを書いた新聞社の方には、今後一切この庁舎に立ち入らせません。', 'hostility/threat', 'block'],
    ['毎回批判ばかり書き込むあなたには、二度と施設を利用させませんからね。', 'hostility/threat', 'block'],
    ['面白おかしく報じた記者は、金輪際この町に足を踏み入れさせない。', 'hostility/threat', 'block'],
    ['あんな記事を書いた週刊誌の取材には、今後一切応じません。', 'hostility/confrontational', 'warn'],
    ['批判ばかりのあなたからの電話には二度と出ません。', 'hostility/confrontational', 'warn'],
    ['あのような記事を書かれた以上、今後は御社の取材には一切応じかねます。', 'hostility/confrontational', 'warn'],
    ['今後、貴社からの取材依頼は一切お受けいたしかねます。', 'hostility/confrontational', 'warn', { mode: 'reply' }],
    // A critic belittled for not knowing even this.
    ['そんなことも分からない方が、よく市政を批判できますね。', 'hostility/confrontational', 'warn'],
    ['この程度のこともご存じない方に、とやかく言われたくありません。', 'hostility/confrontational', 'warn'],
    ['制度の基本も理解できない人が議会にケチをつけるなんて。', 'hostility/confrontational', 'warn'],
    // A critic's case said to carry no weight.
    ['文句ばかりの方がいくら叫んでも、説得力は皆無です。', 'hostility/confrontational', 'warn'],
    ['現場を見たこともない人の批判には、説得力のかけらもありません。', 'hostility/confrontational', 'warn'],
    ['一度も参加したことのない方に言われても、説得力がありませんね。', 'hostility/confrontational', 'warn'],
    // People said by insinuation not to care what happens to others.
    ['草刈りに一度も出てこられない方々は、集落が荒れようと構わないとお考えなのでしょう。', 'hostility/confrontational', 'warn'],
    ['夜中に騒ぐ学生さんたちは、近所が迷惑しても平気なんでしょうね。', 'hostility/confrontational', 'warn'],
    ['空き家を放っておく持ち主は、周りが困っても関係ないと思っとるっちゃろね。', 'hostility/confrontational', 'warn'],
    // A sarcastic suggestion ending in かと, after a dislike.
    ['料金がそんなにお嫌でしたら、ご自分で発電でもされたらよろしいかと。', 'hostility/confrontational', 'warn', { mode: 'reply' }],
    ['そこまでご不満なら、ご自宅で図書館でも開かれたらいかがかと存じます。', 'hostility/confrontational', 'warn', { mode: 'reply' }],
    ['そんなに文句があるなら、ご自分で除雪でもされればいいかと思います。', 'hostility/confrontational', 'warn', { mode: 'reply' }],
  ])('flags %s', (text, rule, severity, ctx) => {
    expect(findingsOf(hostility, text, ctx).some((f) => f.rule === rule && f.severity === severity)).toBe(true)
  })
  it.each([
    // Who cannot read, helped.
    '字が読めない方でも分かるよう、イラストで手順をお示ししています。',
    '日本語が読めない方も多く、窓口では翻訳アプリを使ってご案内しています。',
    '高齢で字が読めない方が多くて困っている、との施設からのご相談を受け、音声版を作りました。',
    'お知らせを読めない方が困らないよう、回覧板に大きな字の版も入れました。',
    // Blame with praise or without a person.
    'あなたのような方がいらっしゃるから、この町は元気なんです。ありがとうございます。',
    'あなたのような若い方がいるから、私たちも頑張れます。',
    '皆さんのような見守りの方がいるから、子どもたちは安心して登校できます。',
    // A pledge or a warning, not a critic shut out.
    '二度と子どもたちを危険な場所に近づかせません。',
    '不審者を二度と校内に立ち入らせないよう、警備を強化しました。',
    '今後一切、不審な勧誘の電話には出ないでください。',
    '記者の皆様へ。今後、庁舎内での取材は一切お受けできません。',
    '感染対策のため、今後、施設内での取材は一切お断りします。',
    '今後、電話でのお問い合わせは一切受け付けません。メールでお願いします。',
    // A course or a worry, not a critic belittled.
    'こんなことも分からない方でも大丈夫、職員が一から教えます。',
    'スマホの基本も分からない人向けの講座です。',
    'パソコンの基本的なこともできない方でも安心してご参加いただけます。',
    'こんなことも知らない人が多いのでは？と思い、クイズを作りました。',
    // The writer's own case, or a criticism received.
    '説得力のある文章を書くコツを学ぶ講座です。',
    'データが少なく、説得力がまったくない資料になってしまいました。反省しています。',
    '市の説明には説得力がないとのご意見をいただきました。',
    // Care told, not an insinuation.
    '地域がどうなってもかまわないと考える人はいないはずです。みんなで防災を考えましょう。',
    '「自分はどうなってもいい」と思わず、早めに避難してください。',
    '自分だけは大丈夫、どうなってもかまわないとお考えの方もいますが、災害は必ず来ます。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    '「ご心配でしたら、一度保健センターでご相談されたらよろしいかと存じます。」',
    'お急ぎでしたら、オンライン申請をご利用になればよろしいかと思います。',
    '混雑がお嫌でしたら、平日の午前中にご来館いただくのがよろしいかと存じます。',
  ])('passes as a reply %s', (text) => {
    expect(findingsOf(hostility, text, { mode: 'reply' }).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: round 35 (2) — people said not to care or never to have thought of others, blame on the critic addressed, a vow to shut someone out, words said not worth hearing, an absurd remedy marked by でも', () => {
  it.each<[string, string, string, CheckContext?]>([
    ['自治会の行事に顔も出さない方々は、地域に愛着がおありでないのでしょうね。', 'hostility/confrontational', 'warn'],
    ['夜中に車を停める人は、他人の迷惑など考えたこともないのでしょうね。', 'hostility/confrontational', 'warn'],
    ['ごみを放置していく観光客は、住民の苦労など想像したこともないんやろね。', 'hostility/confrontational', 'warn'],
    ['回覧板を回さない方は、ご自分のことしかお考えにならないのでしょうね。', 'hostility/confrontational', 'warn'],
    ['草刈りに出ない世帯は、誰かがやってくれると思っとるんやろね。', 'hostility/confrontational', 'warn'],
    ['リードを付けない飼い主さんは、散歩する子どもの怖さなど眼中にないのでしょう。', 'hostility/confrontational', 'warn'],
    ['分別しない方々は、収集する職員の苦労をご存じないのでしょうね。', 'hostility/confrontational', 'warn'],
    ['あなたが文句ばかり言うから、職員が辞めていくんですよ。', 'hostility/confrontational', 'warn', { mode: 'reply' }],
    ['あんたらが毎晩騒ぐせいで、夏祭りが台無しになったんよ。', 'hostility/confrontational', 'warn', { mode: 'reply' }],
    ['お宅が苦情ばかり入れるので、担当者が休職してしまいました。', 'hostility/confrontational', 'warn', { mode: 'reply' }],
    ['でたらめを書いた記者は、二度とこの町のことを書けないようにしてやります。', 'hostility/threat', 'block'],
    ['あんたみたいな人は、もう二度と表を歩けないようにしてやるけん。', 'hostility/threat', 'block'],
    ['金輪際、この施設に来られないようにしてさしあげます。', 'hostility/threat', 'block'],
    ['聞く価値もないご意見ですね。', 'hostility/confrontational', 'warn', { mode: 'reply' }],
    ['このような批判には、お答えする必要もないと考えております。', 'hostility/confrontational', 'warn'],
    ['毎回同じ苦情ですので、もう相手にする意味もありません。', 'hostility/confrontational', 'warn'],
    ['バスが不便なら、自転車でも買われたらどうですか。', 'hostility/confrontational', 'warn', { mode: 'reply' }],
    ['暑いとおっしゃるなら、川にでも入られてはいかがでしょう。', 'hostility/confrontational', 'warn'],
    ['そんなに遠いと言うなら、近くに家でも建てたらいいんじゃないですか。', 'hostility/confrontational', 'warn'],
  ])('flags %s', (text, rule, severity, ctx) => {
    expect(findingsOf(hostility, text, ctx).some((f) => f.rule === rule && f.severity === severity)).toBe(true)
  })
  it.each([
    '若い世代は選挙に関心がないのでしょうか。実は投票率は上がっています。',
    '地域に愛着がない、という若者は少数派でした（市民アンケートより）。',
    '他人の迷惑を考えたことがない人はいません。少しの気配りで、みんなが過ごしやすくなります。',
    '多くの方は、介護の大変さをご存じないのでしょう。ぜひ一度体験してみてください。',
    'ボランティアに参加しない方は、活動の大変さをご存じないのでしょうか。実は、短時間でも参加できます。',
    '「誰かがやってくれる」と思っていませんか？ごみ拾いにご参加ください。',
    '子どもは自分のことしか考えられないのでしょうか？いいえ、そんなことはありません。',
    'あなたが声を上げてくれたから、改善できました。ありがとうございます。',
    'あなたが相談してくれたから、困っていた人が助かりました。',
    'あなたたちが毎朝見守ってくださるおかげで、子どもたちは安心して登校しています。',
    '二度と同じ事故が起きないようにします。',
    '迷惑メールには返信する必要はありません。',
    'このSMSは詐欺です。相手にする必要はありません。',
    'ご指摘の件、検討する価値のあるご提案だと思います。',
    '暑いなら、プールにでも行ったらどう？夏休みのおすすめスポット！',
    '寒いなら、温泉にでも入ったらいいよ。市内の日帰り温泉はこちら。',
    '意外とこんなことも知らない方が多いんです。今日は豆知識をご紹介。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each(['お急ぎでしたら、コンビニ交付でもご利用いただけます。', 'ご不便でしたら、タクシーでもご利用されてはいかがでしょうか。', '窓口が混んでいて嫌でしたら、オンライン申請でも手続きできます。'])('passes as a reply %s', (text) => {
    expect(findingsOf(hostility, text, { mode: 'reply' }).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: round 36 — do it yourself first, "you try it", a wish mocked, requests called noise, children left to parents, a grim prediction', () => {
  it.each<[string, string, 'block' | 'warn']>([
    // The critic told to do the thing themself first and only then speak, in any register.
    ['「公民館の予約が取りにくい」と書き込まれた方、一度ご自分で予約の受付をやってみてから物を言っていただけますか。', 'hostility/confrontational', 'warn'],
    ['税金の使い道に文句を言うあなた、まず自分で確定申告をちゃんとしてから言ってくださいね。', 'hostility/confrontational', 'warn'],
    ['「除草が遅い」とお電話くださる方へ。せめてご自宅の庭を手入れされてから、おっしゃってください。', 'hostility/confrontational', 'warn'],
    ['駐車場が狭いとお怒りの皆さま、まずご自分の運転技術を見直されてから、ご意見をおっしゃっていただけますでしょうか。', 'hostility/confrontational', 'warn'],
    // "If you say so, you try it."
    ['そんなに言うんなら、お前が代わりに市長やってみろ。', 'hostility/confrontational', 'warn'],
    ['ご不満があるなら、ご自身で一度イベントを企画してみられてはいかがでしょうか。', 'hostility/confrontational', 'warn'],
    ['文句ばかりの方へ。あなたが代わりに夜間の窓口に立ってみてください。', 'hostility/confrontational', 'warn'],
    ['文句は、一度ご自分で窓口に立ってからにしてください。', 'hostility/confrontational', 'warn'],
    ['批判はまず現場を見てからにしてほしいですね。', 'hostility/confrontational', 'warn'],
    ['そこまでおっしゃるなら、一度やってみてください。', 'hostility/confrontational', 'warn'],
    ['窓口の対応が遅いとおっしゃる方、ご自分で一日窓口業務をやってみれば分かりますよ。', 'hostility/confrontational', 'warn'],
    ['あなたも一度、役所で働いてみたらどうですか。大変さが分かると思いますよ。', 'hostility/confrontational', 'warn'],
    ['偉そうに言う前に、ご自身で草刈りをされてはいかがでしょうか。', 'hostility/confrontational', 'warn'],
    ['ゴミ出しのルールが厳しいとのことですが、ルールのない町がお好みなら、どうぞ引っ越しをご検討ください。', 'hostility/confrontational', 'warn'],
    ['市役所に言えば何でもしてくれると思っとる人が多すぎ。', 'hostility/confrontational', 'warn'],
    // A complaint's wish answered with a far-off place marked by でも.
    ['「公園の遊具が古い」とのご意見。新しい遊具がご希望なら、テーマパークにでも行かれてはいかがですか。', 'hostility/confrontational', 'warn'],
    ['「バスの本数が少ない」とのこと。本数の多いバスがお望みなら、東京にでも引っ越されたらどうでしょう。', 'hostility/confrontational', 'warn'],
    ['「駐車場が遠い」とおっしゃる方、近い駐車場が欲しいなら、ご自宅にでも停められたらよろしいかと。', 'hostility/confrontational', 'warn'],
    // Residents' requests quoted and called noise.
    ['街灯つけろつけろって毎日やかましい。', 'hostility/insult', 'block'],
    ['ゴミ箱を増やせってうるさいんだよ。', 'hostility/insult', 'block'],
    ['信号機を付けてほしいって、いちいちうるさいです。', 'hostility/insult', 'block'],
    ['直せだの付けろだの、うるさい。', 'hostility/insult', 'block'],
    ['柵を付けてくれってしつこいんよ。', 'hostility/insult', 'block'],
    ['要望ばっかりでほんとうるさい。', 'hostility/confrontational', 'warn'],
    ['苦情ばかりでやかましい。', 'hostility/confrontational', 'warn'],
    // Children left to their parents, with a scold.
    ['子どもくらい親がちゃんと見とけって話です。', 'hostility/confrontational', 'warn'],
    ['我が子ぐらいご自分でしっかり見ていてください。', 'hostility/confrontational', 'warn'],
    ['お子さんくらい保護者が責任を持って見てなさい。', 'hostility/confrontational', 'warn'],
    // A grim prediction as a jab at someone addressed.
    ['そんな甘い考えじゃ社会でやっていけんよ、学生さん。', 'hostility/confrontational', 'warn'],
    ['そんな態度では先が思いやられますね（笑）', 'hostility/confrontational', 'warn'],
    ['「宿題が多い」と書いた中学生のみなさん、そんなことでは大人になれませんよ。', 'hostility/confrontational', 'warn'],
    ['アンケートに「意味がない」と書いた学生さん、その程度の感想しか書けないようでは先が思いやられます（笑）', 'hostility/confrontational', 'warn'],
    ['作文で「将来は働きたくない」と書いた君、そんなんじゃ誰も雇ってくれないよ。', 'hostility/confrontational', 'warn'],
  ])('flags %s', (text, rule, severity) => {
    expect(findingsOf(hostility, text).some((f) => f.rule === rule && f.severity === severity)).toBe(true)
  })
  it.each([
    // do it first, then speak
    'ご意見のある方は、まず挙手をしてから発言してください。',
    // Round 37 hard negatives
    '長雨にうんざりの方は、ぜひ室内プールへ。',
    '毎日の暑さにうんざりしている方も多いと思います。',
    'いつも見守り活動をしてくださる方には、本当に感謝しています。',
    '大人の学び直し講座で、中学校の数学から学び直しませんか。',
    '夜間中学では、小学校の内容から学び直すことができます。',
    '中学生で習った英語から学び直す方が増えています。',
    '正解！さすがよくご存じですね。ご参加ありがとうございました。',
    'さすが地元の方、よくご存じですね！情報ありがとうございます。',
    'さすが郷土史研究会の皆さん、柳川の歴史にお詳しいですね。',
    '説明書をよく読んでから使ってください。',
    '何度もお問い合わせいただいた件について、まず確認してからご連絡します。',
    '申込書を確認してからお電話いたします。',
    'やらずに後悔するより、やってから後悔すればいいと思います。挑戦しましょう。',
    '後悔しないように、早めに準備しましょう。',
    '失敗してから反省すればいい、という経験も大切です。',
    '二度とこのような事故が起きないようにします。',
    '再発防止に努め、二度と同じ被害が起きないようにいたします。',
    '工事が終わりましたら、また歩道を利用できるようになります。',
    '文字が読めない方は、窓口でお手伝いします。',
    'ホームページが見られない方は、お電話でお問い合わせください。',
    'スマホくらい使えませんか？と思われるかもしれませんが、無理は禁物です。',
    '河川敷での花火は禁止です。見つけた場合は警察に通報します。',
    '台風で河川が増水すると、ただでは済みません。近づかないでください。',
    '防犯カメラを設置しました。ごみの不法投棄は法律で禁止されています。',
    '緊急通報の際は、まず落ち着いてから住所を言ってください。',
    '相手の話を最後まで聞いてから、自分の意見を言いましょう。',
    '一度試乗してから、感想を書いてください。アンケートにご協力ください。',
    // you try it
    'あなたも一度ボランティアに参加してみませんか。',
    'ご自身で一度作ってみてください。レシピはこちら！',
    '保護者の方が難しいと言うなら、お子さんがご自身で申し込んでみてください。',
    'お子さんが代わりに書いてみてもいいですよ。',
    '「自分もやりたい」と言うなら、ぜひ一度やってみてください。',
    'ご意見は、アンケート用紙にご記入のうえ、受付に提出してからお帰りください。',
    // a wish answered with a place
    '涼しい場所をお探しなら、図書館にでも行ってみてはいかがでしょう。おすすめです！',
    '静かな環境をご希望なら、市民図書館の学習室でもご利用いただけます。',
    '英語の案内がご希望でしたら、観光案内所にでもお立ち寄りください。',
    // noise
    '夜間の工事の音がうるさいとの苦情をいただいております。ご迷惑をおかけし申し訳ありません。',
    '「早く宿題しなさい」とうるさく言うより、子どもの話を聞いてみましょう。',
    '「早く寝なさい」ってうるさいママにも、今夜は特別な絵本を。',
    '要望が多く、すべてにお応えできていないのが現状です。',
    // children
    '子どもの安全は、親だけでなく地域全体で見守りましょう。',
    '小学生くらいのお子さんなら、ご自分で着替えができます。',
    'お子さんくらいの年齢の方は保護者が付き添ってください。',
    '自分の子どもの命は自分で守る、という意識を持ちましょう。',
    // a prediction
    'このままでは、地域の担い手が足りず、やっていけません。',
    '今までのやり方では通用しない時代になりました。',
    'その調子なら、大会でもきっと通用しますよ。',
    '「古いやり方では通用しない」と講師の方が話していました。',
    '挨拶ができないようでは、社会で通用しないと講師が話していました。',
    '市に頼めば何でもしてくれると思っていませんか？実は自治会の役割も大切です。',
    '柳川への移住をご希望なら、ぜひご相談ください。',
    '静かな暮らしがお好みなら、どうぞ柳川への移住をご検討ください。',
    '子どもにとやかく言う前に、まず大人が手本を見せましょう。',
    'あなたも一度、妊婦体験をしてみませんか。大変さが分かります。',
    'ご自分で一度作ってみれば、きっと分かりますよ。レシピはこちら！',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: round 38 — legal or police handling held over someone addressed, the reader asked whether they cannot read what was written', () => {
  it.each<[string, string, 'block' | 'warn']>([
    // Legal or police handling held over someone addressed, as the next step, in any register.
    ['連日お電話をくださる方、これ以上は威力業務妨害として警察に相談しますからね。', 'hostility/threat', 'block'],
    ['職員の名前を出して書き込みを続けているあなた、次は法的措置をとりますよ。', 'hostility/threat', 'block'],
    ['窓口で毎回大声を出さす方、今度こそ警察ば呼ぶけんね。', 'hostility/threat', 'block'],
    ['同じ苦情を何度も送ってくる方へ。いい加減にしてください。これ以上は然るべきところに通報します。', 'hostility/threat', 'block'],
    ['同じ件で何度もお電話をいただいている方へ。これ以上続くようでしたら、法的手段も検討させていただきます。', 'hostility/threat', 'block'],
    ['毎日窓口に来て同じ要求を繰り返す方、次は弁護士を通して対応させていただきます。', 'hostility/threat', 'block'],
    ['しつこく書き込みを続ける人、これ以上やるなら警察沙汰にしますよ。', 'hostility/threat', 'block'],
    // The reader asked whether they cannot read or understand what was written or said for them.
    ['掲示板にちゃんと書いてありますよね。見えないんでしょうか？', 'hostility/confrontational', 'warn'],
    ['広報紙にも載せてるんですけど、読まれないんですかね。', 'hostility/confrontational', 'warn'],
    ['何回もご案内しているのに、まだ分からないんでしょうかね。', 'hostility/confrontational', 'warn'],
    ['チラシに書いとるのに、読めんとですか？', 'hostility/confrontational', 'warn'],
    ['案内にはっきり書いてあるのに、どこを見ているんでしょうね。', 'hostility/confrontational', 'warn'],
    ['お知らせしたはずですが、お読みになっていないのでしょうか。', 'hostility/confrontational', 'warn'],
    ['市報にも載せとるのに、読んでないんですか？', 'hostility/confrontational', 'warn'],
    ['大きく掲示してあるのに、目に入らないんでしょうね。', 'hostility/confrontational', 'warn'],
    ['毎日電話してくるあなた、そろそろ業務妨害で訴えますよ。', 'hostility/threat', 'block'],
    ['何度注意しても聞かない方がいます。次は容赦なく警察に通報します。', 'hostility/threat', 'block'],
  ])('flags %s', (text, rule, severity) => {
    expect(findingsOf(hostility, text).some((f) => f.rule === rule && f.severity === severity)).toBe(true)
  })
  it.each([
    // what the city does, advice to a victim, an outing
    'これ以上被害が出ないよう、警察と協力してパトロールを続けます。',
    '不審な電話が続く方は、これ以上一人で悩まず、警察にご相談ください。',
    '職員への暴言や脅迫があった場合は、次の対応として警察に通報することがあります。',
    '次の日曜日、警察署と合同で交通安全教室を開きます。',
    '今度の防犯講習会では、警察官の方が特殊詐欺の手口を説明します。',
    '皆さん、次は警察署の見学ツアーです。楽しみですね。',
    'ここ数日、市役所に何度も不審な電話がかかっています。次に同様の電話があれば警察に通報します。',
    '毎日お電話をくださる高齢の方、これ以上お困りのことがあれば、警察や地域包括支援センターにご相談ください。',
    '何度も窓口にお越しいただいた方、次回は弁護士による無料法律相談をご利用いただけます。',
    '交通安全教室に毎回参加してくださる皆さん、次は警察署の見学を予定しています。',
    'ごみ集積所に粗大ごみを置いていった方、次に見つけた場合は警察に通報します。',
    // the plant クズ (葛)
    '河川敷に生い茂るクズ（葛）の草刈りを、6月から順次行います。',
    '空き地のクズが繁茂して、隣の家の塀まで覆っています。',
    // a pointer, a device, a fix, a question for feedback
    'ホームページに申込方法を載せています。分からないことがあれば、お気軽にお問い合わせください。',
    'スマホの画面が小さくて読めないんですか？そんな時は拡大表示機能を使ってみましょう。',
    '「字が小さくて読めない」とのお声をいただき、チラシの文字を大きくしました。',
    '掲示板の文字、見えにくくないですか？ご意見をお待ちしています。',
    '申込方法はホームページに載せています。まだ読んでいない方はご覧ください。',
    '案内を送りましたが、まだ読まれていない方はいませんか？',
    '入口にポスターを掲示していますが、見えないでしょうか？ご意見をお寄せください。',
    '説明会で何度も説明しましたが、まだ聞いていない方もいると思いますので、改めてお知らせします。',
    'チラシに書いてありますが、分からないことがあればお気軽にお問い合わせください。',
    '何度も練習したのに、まだ上手に読めないのかな？大丈夫、ゆっくりでいいよ。',
    '「何度も聞いているのに分からないのか」とお叱りを受けました。説明が不十分だったと反省しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: round 40 kinds (retribution in polite form, harm met with a shrug, a complainer sent elsewhere)', () => {
  it.each([
    ['侮辱する投稿を続ける方は、発信者を特定した上で、然るべき手段で思い知っていただきます。', 'hostility/threat'],
    ['消防団にも入らん人の家は燃えても知りません。', 'hostility/curse'],
    ['そんなに待つのが嫌なら、他の病院に行かれたらいいんじゃないですか？', 'hostility/confrontational'],
  ])('flags %s', (text, rule) => {
    expect(findingsOf(hostility, text).map((f) => f.rule)).toContain(rule)
  })
  it.each(['台風で家が壊れても、保険で補償される場合があります。', '嫌なら他の日に来てもいいですよ。', 'この悔しさを思い知った一年でした。'])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: round 41 kinds (an employer told, a camera or a face held over a wrongdoer, faculties praised in sarcasm, a critic\'s words belittled, a curse in polite form, a character\'s threat to a litterer, thanks for a repeat, told to begin from reading, a quick failure predicted)', () => {
  it.each([
    ['誹謗中傷の投稿を繰り返している方へ。次に同じことをしたら、身元を特定して職場に連絡しますからね。', 'hostility/threat', false],
    ['いたずら電話を続けている人、これ以上やめないなら家族と学校に電話するけんな。', 'hostility/threat', false],
    ['あなたの書き込みは事実と異なります。特定のうえ、勤務先へご報告いたします。', 'hostility/threat', true],
    ['デマを流し続ける方々、今後も続けるようでしたら会社にも連絡させていただきます。', 'hostility/threat', false],
    ['公園の遊具に落書きした犯人へ。防犯カメラにばっちり写ってますからね。', 'hostility/threat', false],
    ['ポイ捨てしていった人、カメラにしっかり映っとるけんな。', 'hostility/threat', false],
    ['ごみ置き場に家電を捨てていった人。ナンバー、控えましたよ。', 'hostility/threat', false],
    ['花壇を荒らしていった人へ。お顔、しっかり覚えましたからね。', 'hostility/threat', false],
    ['何度ご案内しても期限を守らない方が多いようで。皆さま、大した記憶力をお持ちですね。', 'hostility/confrontational', false],
    ['@user 掲示を読まずに文句を言われる方、さすがに素晴らしい読解力でいらっしゃいますね。', 'hostility/confrontational', true],
    ['「駐車場が分かりにくい」とのご意見、ずいぶん豊かな想像力をお持ちのようですね。', 'hostility/confrontational', false],
    ['市長の悪口を書き込んでいる人たち、そんな悪口しか思いつかないんですね。', 'hostility/confrontational', false],
    ['@user 批判するにしても、その程度の表現しか出てこないのでしょうか。', 'hostility/confrontational', true],
    ['空き巣を繰り返す連中は、地獄に落ちてほしい。', 'hostility/curse', false],
    ['動物を虐待する人たち、天罰が下ってください。', 'hostility/curse', false],
    ['ごみを不法投棄する業者の皆さん、さっさと滅びてくださいね。', 'hostility/curse', false],
    ['飲酒運転をする人は、痛い目に遭ってほしいです。', 'hostility/curse', false],
    ['空き缶をポイ捨てする悪い子は、掘割に引きずりこんじゃうっパ！', 'hostility/threat', false],
    ['ごみを投げ捨てる人は、川に突き落としちゃうぞ〜', 'hostility/threat', false],
    ['@user 毎日苦情をいただけるとは、本当にありがたいことです。', 'hostility/confrontational', true],
    ['同じ問い合わせを一日に何十件もいただけるなんて光栄ですね。', 'hostility/confrontational', false],
    ['@user 何度も同じ質問ですね。まずはお知らせを読むところから始めてください。', 'hostility/confrontational', true],
    ['ホームページに書いてあります。調べるところから始められてはいかがでしょうか。', 'hostility/confrontational', false],
    ['楽して稼げると思っている応募者の皆さん、3日も続かないでしょうね。', 'hostility/confrontational', false],
    ['都会育ちの方々、この仕事は甘く見ると一か月も持たないですよ。', 'hostility/confrontational', false],
    // half-width and full-width
    ['ベンチに落書きした犯人へ。ｶﾒﾗにばっちり映ってますからね。', 'hostility/threat', false],
    ['ごみを捨てていった方、ﾅﾝﾊﾞｰ、控えましたよ。', 'hostility/threat', false],
    ['楽して稼げると思っている応募者の皆さん、３日も続かないでしょうね。', 'hostility/confrontational', false],
    // the blind items themselves
    ['市民会館の改修工事について事実と異なる書き込みを続けている方へ。これ以上続けるなら、発信元を特定して勤務先にもご連絡させていただきますので、そのおつもりで。', 'hostility/threat', false],
    ['水路に粗大ごみを捨てていった人。防犯カメラに全部映ってますからね。顔、覚えましたよ。', 'hostility/threat', false],
    ['分別ルールを何度お知らせしても守っていただけない方がいらっしゃるようで。皆さま、ずいぶんとご立派な読解力をお持ちなんですね。', 'hostility/confrontational', false],
    ['職員の不祥事について「税金泥棒」と書き込んでいる方々、その程度の言葉しか出てこないんですね。お察しします。', 'hostility/confrontational', false],
    ['高齢者を狙う詐欺業者の皆さん、地獄に落ちてください。', 'hostility/curse', false],
    ['水路にごみを捨てる悪い子は、掘割に沈めちゃうクリ〜😡 本気だっちゃ！\n#柳川 #水路清掃', 'hostility/threat', false],
    ['@yng_taro 同じご質問を何度もいただけるとは光栄です。国保の切替方法はホームページに書いてありますので、まずは文章を最後まで読むところから始めていただけますと幸いです。', 'hostility/confrontational', true],
    ['都会から来る意識の高い皆さま、田舎をなめてかかると1年ももちませんので、どうぞ覚悟してご応募くださいね😊\n#地域おこし協力隊', 'hostility/confrontational', false],
  ] as Array<[string, string, boolean]>)('flags %s', (text, rule, replying) => {
    expect(findingsOf(hostility, text, replying ? reply : {}).some((f) => f.rule === rule && f.severity !== 'info')).toBe(true)
  })
  it.each([
    'お子さんが発熱した場合は、保護者の勤務先にご連絡させていただきます。',
    '迷子のお子さんを保護した場合、身元が特定でき次第ご家族にご連絡します。',
    '「会社に連絡しますよ」と脅す架空請求の手口にご注意ください。',
    'これ以上連絡が取れない場合は、ご家族に連絡させていただきます。',
    '次回の健診結果は、ご本人とご家族にご連絡いたします。',
    '不法投棄防止のため、防犯カメラを設置しました。映像に記録されていますので、ご協力ください。',
    '子どもたちの元気な姿、カメラにばっちり映ってますからね！',
    '常連さんの顔、覚えましたよ！また来てね。',
    '新しく着任した職員の顔、もう覚えましたか？',
    '運動会の様子は動画にしっかり残ってますよ。保護者の皆さん、お楽しみに。',
    'クイズ大会で全問正解した皆さん、素晴らしい記憶力をお持ちですね！',
    '書道展に出品された皆さま、素晴らしい観察力をお持ちですね。入選作品を発表します。',
    '柳川の語り部さんは、本当に素晴らしい記憶力をお持ちです。',
    '感謝の気持ちでいっぱいで、こんな言葉しか出てこないんですが、本当にありがとうございました。',
    '「ありがとう」という言葉しか出てこないほど、素晴らしい舞台でした。',
    '小さな子どもは、まだこの程度の言葉しか話せません。ゆっくり聞いてあげましょう。',
    '「地獄に落ちてください」「消えろ」といった書き込みは誹謗中傷です。',
    'この伝統行事が滅んでほしくないと、保存会が活動を続けています。',
    '大分の地獄めぐりに行ってきました！',
    '詐欺の被害に遭われた方は、一人で悩まず警察にご相談ください。',
    'ゴミを川に放り込んじゃう人がいます。やめてください。',
    '空き缶は掘割に投げ込んじゃだめだよ〜',
    '何度もご来館いただけるとは光栄です！またお待ちしています。',
    '毎年同じ方からご応募いただけるとは、うれしい限りです。',
    'たくさんのご意見をいただけるとは、ありがたいことです。今後の参考にします。',
    '健康づくりは、まず自分の体重を確認することから始めましょう。',
    '読書週間です。まずは好きな本を1ページ読むことから始めてみてください。',
    '初心者の方は、まずは道具を見るところから始めていただけます。',
    '皆さま、切り花は夏場は3日ももちませんので、こまめに水を替えてください。',
    '新人の皆さん、私も最初は1年ももたないと思っていました。大丈夫です！',
    '協力隊の皆さん、最初の1年ももたないかと心配しましたが、みんな頑張っています。',
    'このスマホ、充電が1日ももちません。',
    // a scam quoted, abuse quoted, a consequence told politely, thanks
    '「ご家族や勤務先に連絡しますよ」と言って金銭を要求する詐欺が発生しています。ご注意ください。',
    '「顔、覚えたからな」「ネットに晒すぞ」などの暴言は、カスハラにあたります。',
    '不法投棄は条例により過料の対象となります。現場は防犯カメラに記録されていますので、ご注意ください。',
    '夏休みの宿題、1日も休まず続けた皆さん、すごい！',
    'ごみの分別にご協力いただいている皆さま、素晴らしい判断力をお持ちですね！いつもありがとうございます。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: round 42 kinds (a scolding said as what the writer wants to say, a task called easy for a child, reading ability made a condition, a fault praised as a virtue, complainers\' senses praised, people said unable to do even the least)', () => {
  it.each([
    // a scolding or a curse said as what the writer wants to tell them
    ['路上駐車を続けるドライバーの皆さん、いい加減にしろと言いたいです。', 'hostility/insult', false],
    ['毎日同じ苦情の電話をかけてくる方には、正直「黙れ」と言ってやりたい。', 'hostility/insult', false],
    ['ごみを置いていく業者には、ふざけるなって叫びたいところです。', 'hostility/insult', false],
    ['深夜に騒ぐ若者たちには、出ていけと言いたいですね。', 'hostility/curse', false],
    ['@user いいかげんにしろと声を大にして言いたいです', 'hostility/insult', true],
    // a task someone asked about called easy enough for a child
    ['「申請書が難しい」というお問い合わせが多いのですが、子どもでも分かる内容です。', 'hostility/confrontational', false],
    ['ごみの分け方が分からないとのお電話をいただきますが、中学生でも理解できる程度のことですので、よくお読みください。', 'hostility/confrontational', false],
    ['@user 予約方法が複雑とのご意見ですが、小学生でもできる手続きですよ。', 'hostility/confrontational', true],
    ['検診の申込みがわからないって電話が多いけど、こどもでも書けるレベルだよ。', 'hostility/confrontational', false],
    // reading or understanding ability made a condition
    ['案内文を読む能力がおありでしたら、手続きの流れはお分かりになるはずです。', 'hostility/confrontational', false],
    ['文章を理解する頭があれば、この説明で分かるでしょうね。', 'hostility/confrontational', false],
    ['@user 字が読める能力をお持ちなら、掲示板を見ればご理解いただけるかと存じます。', 'hostility/confrontational', true],
    // a fault praised as a virtue
    ['毎回順番を抜かして受付に来られる方の厚かましさには、感服いたします。', 'hostility/confrontational', false],
    ['駐輪場に半年も自転車を置きっぱなしにできる神経の太さには、ある意味尊敬します。', 'hostility/confrontational', false],
    ['期限を１０回も過ぎても平気な図々しさ、本当に見習いたいものです。', 'hostility/confrontational', false],
    // complainers' senses praised in keigo
    ['夜間工事の音に毎晩苦情をくださる方、ずいぶんお耳がよろしいんですね。', 'hostility/confrontational', false],
    ['看板の誤字をご指摘くださった方、さぞお目が高いのでしょう。', 'hostility/confrontational', false],
    ['@user いちいち文句をつけてくるあなた、地獄耳でいらっしゃいますね。', 'hostility/confrontational', true],
    // people said unable to do even the least, as the writer's weariness
    ['分別ルールすら守れない住民が多くて、本当にうんざりします。', 'hostility/confrontational', false],
    ['申請期限も覚えられない方ばかりで、窓口も正直疲れています。', 'hostility/confrontational', false],
    ['ﾎｰﾑﾍﾟｰｼﾞの地図さえ読めない人が多すぎて、呆れています。', 'hostility/confrontational', false],
    // the blind items themselves
    ['沖端の道路で観光バスの路上待機が今日も続いています。運転手の皆さん、いい加減にしろと言いたいです。何度言えばわかるんですか。', 'hostility/insult', false],
    ['口座振替の申込書、書き方がわからないとのお電話が続いています。記入欄は4か所だけで、小学生でも書ける内容ですので、落ち着いてお読みいただければどなたでもお書きになれるかと存じます。', 'hostility/confrontational', false],
    ['ごみの分別カレンダーを読む能力がおありでしたら、今回の変更もきっとご理解いただけるはずですね。', 'hostility/confrontational', false],
    ['延滞中の本を3年もお手元に置いておける図太さには、本当に頭が下がります。ぜひその才能を、返却という分野でも発揮していただけますと幸いです。', 'hostility/confrontational', false],
    ['保育料無償化の仕組みも理解できない保護者の方が多くて、何度説明しても同じことを聞かれるので、正直こちらも疲れます。', 'hostility/confrontational', false],
    ['毎朝の防災無線に苦情を入れてくださる方々、たいへんお耳がよろしいようで何よりです。次はご自宅で耳栓でもお試しください。', 'hostility/confrontational', false],
  ] as Array<[string, string, boolean]>)('flags %s', (text, rule, replying) => {
    expect(findingsOf(hostility, text, replying ? reply : {}).some((f) => f.rule === rule && f.severity !== 'info')).toBe(true)
  })
  it.each([
    // scoldings quoted, reported or taught about
    '「いい加減にしろ」「黙れ」と言いたくなる場面でも、職員は冷静に対応しています。',
    '窓口で「ふざけるな」と怒鳴られる事案が増えています。カスハラには組織で対応します。',
    '子どもに「いい加減にしなさい」と言いたくなったら、深呼吸してみましょう。子育て講座のご案内です。',
    'いい加減な工事は許しません、と市長が業者に伝えたいとのことです。',
    // a guide made easy, an invitation for children
    '「申請が難しい」との声を受け、小学生でも分かる内容の手引きを作りました。',
    '小学生でもできる簡単な工作です。親子でぜひご参加ください。',
    '子どもでも分かるように、ふりがな付きのパンフレットをご用意しました。',
    'この講座は中学生でも理解できる内容ですので、安心してお申し込みください。',
    // abilities as a requirement
    '日本語を読む能力があれば、どなたでも受験できます。',
    '英語を理解する力がある方なら、通訳ボランティアとしてご活躍いただけます。',
    '文章を読む力をお持ちでなくても、音声案内でご利用いただけます。',
    // real praise, real nerve
    '初舞台とは思えない度胸に、会場の皆さんも感心していました。',
    '毎朝ボランティアで清掃してくださる方々の根気には、本当に頭が下がります。',
    '消防団の皆さんの献身には頭が下がる思いです。',
    // senses in earnest
    'お目が高い！こちらは当館で一番人気の品です。',
    '犬はお耳がいいので、花火の音にびっくりしてしまいます。',
    '補聴器の相談会を開きます。「お耳が遠くなった」と感じる方はお気軽に。',
    // a worry reported, the city's own shortfall
    '「スマホの操作も分からない人が多くて困っている」という声を受けて、スマホ教室を開きます。',
    '手続きも分からない方が多くて、窓口が混雑しています。分かりにくい案内で申し訳ありません。',
    '高齢の方で、ボタン操作もできない方が多くて困っているとのご相談に、支援員がお応えします。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: sayings on bulleted lines introduced as examples in the paragraph before (blind GI)', () => {
  it.each([
    '【DVについて知ってください】\n\n例えば、次のような言葉や行動もDVにあたります。\n\n・「お前は何をやってもダメだ」「バカじゃないのか」と人格を否定する\n・「誰のおかげで生活できると思っているんだ」と言う\n・生活費を渡さない\n\nひとりで悩まず、相談してください。',
    'カスタマーハラスメントの例\n\n●「役立たず」「辞めてしまえ」と大声で責める\n●長時間電話を切らせない\n\n市は職員を守る取り組みを進めています。',
    '次のようなネットいじめが起きています。\n\n1.「きもい」「消えろ」とグループで書き込む\n2. 仲間外れにする\n\n見かけたら相談窓口へ。',
  ])('quotes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // bulleted lines with no introduction as examples: the post's own words
    '今日の窓口で思ったこと\n\n・並ばない客は「バカじゃないのか」\n・早く帰りたい',
    // introduced as examples, but of the writer's own replies (no awareness or warning)
    '例えば、次のような返事をしています。\n\n・「お前、何度言ったら分かるんだよ」と返す\n・電話を切る',
  ])('still flags %s', (text) => {
    expect(findingsOf(hostility, text).some((f) => f.severity !== 'info')).toBe(true)
  })
})

describe('hostility: round 43 kinds (sarcastic 何より after a fault, retribution predicted, told to keep quiet and wait, asked for someone who can read, a critic said to lack the palate, a slang insult after 正直, owners called a nuisance)', () => {
  it.each([
    // sarcastic 何より in keigo after a fault or a repeat
    ['会議中に居眠りされていた委員の皆様、実にお元気そうで何よりでございます。', 'hostility/confrontational', false],
    ['期限を三回も過ぎてから申請に来られる方、のんびりされているようで何よりです。', 'hostility/confrontational', false],
    ['ごみ出しのルールが守れないとは、ずいぶんおおらかなご様子で何よりですね（笑）', 'hostility/confrontational', false],
    ['同じ質問を５回もされる方がいらっしゃいました。ご熱心で何よりです。', 'hostility/confrontational', false],
    // retribution predicted on people named
    ['根拠のない噂を広めている連中には、そのうちバチが当たるぞ。', 'hostility/curse', false],
    ['ポイ捨てを繰り返す人には、いつか罰が当たりますよ。', 'hostility/curse', false],
    ['嘘の書き込みを続けているあなた、必ず報いを受けることになるでしょう。', 'hostility/curse', false],
    // told to keep quiet and do as told, as a request; a slang insult after a stance adverb
    ['毎日電話してくる人、黙って並んでいてほしい。', 'hostility/curse', false],
    ['文句ばかり言う方は、黙って従ってもらえますか。', 'hostility/curse', false],
    ['返却期限を守れない方、正直うざいです。', 'hostility/insult', false],
    ['心底うざいわ、あの客。', 'hostility/insult', false],
    // the caller asked to put on someone who can read or understand
    ['何度も同じことを聞かれますが、少しは話の分かる人を出してください。', 'hostility/insult', false],
    ['案内に書いてあるのに、字の読めるご家族に代わってもらえますか。', 'hostility/insult', false],
    ['@user 何回説明させるんですか。理解できる方に替わってください。', 'hostility/insult', true],
    // a critic said to lack the palate or the sense
    ['新しい庁舎のデザインを批判されている方、この良さが分からない方には何を見せても同じでしょう。', 'hostility/confrontational', false],
    ['「うなぎが高い」とコメントする人って、本物の味が分からん人なんやろね。', 'hostility/confrontational', false],
    ['@user バカ舌の方にはわからないでしょうね。', 'hostility/confrontational', true],
    // owners named by what they do, called a nuisance
    ['庭の草を何年も伸ばし放題にしている所有者、本当に迷惑です。', 'hostility/confrontational', false],
    ['犬のフンを片付けない飼い主、ほんと迷惑！', 'hostility/confrontational', false],
    // the blind items themselves
    ['空き家を何年も放置してる持ち主、ほんと迷惑でしかない😤 ゴミ屋敷にするくらいならさっさと手放せ！', 'hostility/confrontational', false],
    ['返礼品が遅いと毎日クレームを入れてくる方、正直う\u200bざ\u200bいです。黙\u200bって待っててください。', 'hostility/insult', false],
    ['返礼品が遅いと毎日クレームを入れてくる方、正直う\u200bざ\u200bいです。黙\u200bって待っててください。', 'hostility/curse', false],
    ['二十歳を祝う会の会場で騒いでおられた一部の新成人の皆様、二十歳にもなって集合時間ひとつ守れないとは、ご立派な大人になられたようで何よりでございます。', 'hostility/confrontational', false],
    ['公用車がわざとぶつかってきたなどと事実無根の話を言いふらしている方には、いずれ天罰が下ることでしょう。', 'hostility/curse', false],
    ['お問い合わせありがとうございます。入居資格の所得基準、申込みに必要な書類、抽選の日程は、すべて募集案内に書いてあります。何度もお電話をいただいていますが、お尋ねの内容は案内を読めばわかることばかりです。せめて日本語が読める方に代わっていただけますでしょうか。', 'hostility/insult', true],
    ['『柳川のうなぎは高いだけ』と書き込んでいる方、味のわからない方には何をお出ししても同じでしょうから、どうぞファストフードでも召し上がってください。', 'hostility/confrontational', false],
    ['本日の一般質問、同じ内容を三度お尋ねになる議員さんもいらっしゃいました。大変ご熱心で、何よりでございます。', 'hostility/confrontational', false],
  ] as Array<[string, string, boolean]>)('flags %s', (text, rule, replying) => {
    expect(findingsOf(hostility, text, replying ? reply : {}).some((f) => f.rule === rule && f.severity !== 'info')).toBe(true)
  })
  it.each([
    // real gladness
    '皆さんお元気そうで何よりです。また来年お会いしましょう。',
    '台風の後も全員ご無事で何よりでした。',
    '何度も足を運んでくださった皆さま、お元気そうで何よりです。',
    '子どもたちがたくましく成長していて何よりです。',
    '同じ顔ぶれが今年も集まり、皆さんお元気で何よりです。',
    // retribution as a saying, a tale, a sanction, nature
    '食べ物を粗末にするとバチが当たると、昔から言われています。',
    '違反した者には処罰が下ります。',
    '昔話では、欲張りなおじいさんに天罰が下ります。',
    '自然を甘く見る人は、しっぺ返しを受けます。',
    '「嘘をつくとバチが当たるぞ」と脅して金品を要求する詐欺が発生しています。',
    // quiet asked for a performance, a campaign against keeping quiet
    '演奏中は黙って聴いてください。',
    '黙って見過ごさないでください。いじめは相談を。',
    '試合中は黙って見ててください。',
    '黙っていないで、困ったときは相談してください。',
    '「黙って待ってろ」などと大声を出す行為はカスハラにあたります。',
    // help offered by another person
    'ご本人での手続きが難しい場合は、日本語の分かるご家族に代わっていただいても構いません。',
    'お電話で通訳が必要な方は、日本語が話せる方に代わっていただくこともできます。',
    // a palate welcomed, a doubt answered
    'お酒の味が分からない方でも楽しめるノンアルコールカクテルをご用意しています。',
    '味の違いが分からない方のために、飲み比べセットをご用意しました。',
    '「子どもは味の違いが分からない」という声もありますが、実は子どもの味覚は敏感です。',
    // 正直 in earnest; owners addressed politely
    '正直じまんの品です。',
    '空き家の所有者の皆さまへ。適正な管理をお願いします。',
    '所有者の方のご迷惑にならないよう、敷地には立ち入らないでください。',
    '飼い主の皆さん、ご近所の迷惑にならないようにしましょう。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: round 44 kind (mock gladness or envy at a critic\'s leisure)', () => {
  it.each<[string, string, CheckContext?]>([
    ['いちいち細かい文句をお寄せくださる方は、よほどお暇がおありのようで何よりでございます。', 'お暇がおありのようで何よりでございます'],
    ['毎回同じ質問を書き込まれる方、時間がたっぷりおありのようで羨ましい限りです。', '時間がたっぷりおありのようで羨ましい限りです'],
    ['しつこく苦情入れてくる人って、暇があってうらやましいね', '暇があってうらやましいね'],
    ['@ｔａｒｏ 毎日コメントしてくださるなんて、お時間に余裕がおありのようで何よりです(笑)', 'お時間に余裕がおありのようで何よりです', reply],
    ['また同じ苦情を送ってこられる方がいますが、お暇な方がいらっしゃって何よりです。', 'お暇な方がいらっしゃって何よりです'],
    ['ご指摘のメールを週に何通もくださる方がいて、時間のある方は何よりだなあと思います。', '時間のある方は何よりだ'],
  ])('flags %s', (text, excerpt, ctx) => {
    expect(summary(findingsOf(hostility, text, ctx))).toContain(`hostility/confrontational:warn:${excerpt}`)
  })
  it.each([
    // volunteers and users thanked, leisure in an ordinary notice
    '定年後、時間にゆとりのある方がボランティアに参加してくださり、何よりです。',
    '毎回参加してくださるお時間のある皆さまのおかげで、清掃活動が続いています。何よりです。',
    'ご意見ありがとうございます。定年後、時間に余裕のある方が増えたのは何よりですが、送迎ボランティアはまだ足りません。',
    '窓口の混雑に関するご意見を受けて予約制にしたところ、待ち時間が減り、皆さんお時間にゆとりができたようで何よりです。',
    '苦情の多かった駐車場の待ち時間が解消され、時間に余裕をもって受診できるようになったとのお声をいただき何よりです。',
    '毎日のように散歩される、お時間に余裕のある方にぴったりの遊歩道です。',
    'お時間のある方は、ぜひ苦情・相談窓口の説明会へお越しください。',
    // the sneer quoted as an example of abuse
    '「暇な方がいて何よりです」といった皮肉を職員に向ける書き込みも、カスハラにあたります。',
    '「お時間に余裕のある方がいらっしゃるようで何よりです」のような皮肉も、言葉の暴力になります。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: round 45 kinds', () => {
  it.each<[string, string, CheckContext?]>([
    // a task called simple and those it is hard for named, after notices repeated or a complaint (R45A-004)
    ['ごみの分別表は何度も配布しています。それでも、表を見るという簡単なことができない方が毎週いらっしゃいます。', '簡単なことができない方'],
    ['「知らなかった」とおっしゃる方へ。ホームページを確認するという基本的なことも難しい方には、窓口で一からご説明します。', '基本的なことも難しい方'],
    ['回覧板で再三お知らせしました。締切を守るといった当たり前のことすらできない保護者が多く、残念です。', '当たり前のことすらできない保護者'],
    // a sarcastic suggestion after a worry or a dislike said to be so great (R45A-080)
    ['そんなに公園の遊具がご不安でしたら、ご自宅の庭で遊ばせればよろしいのではないでしょうか。', 'そんなに公園の遊具がご不安でしたら、ご自宅の庭で遊ばせればよろしいのでは', { mode: 'comment' }],
    ['@user それほどバスの本数がご不満なら、ご自分で車を運転されてはいかがですか。', 'ご不満なら、ご自分で車を運転されてはいかが', reply],
    ['そこまで騒音が気になるなら、耳栓でもされたらどうですか？', 'そこまで騒音が気になるなら、耳栓でもされたらどうですか'],
    ['そげん学校の給食が心配なら、毎日弁当ば持たせればいいんじゃなかですか。', 'そげん学校の給食が心配なら、毎日弁当ば持たせればいいんじゃ', { mode: 'comment' }],
    // an admonition that presumes misbehaviour (R46A-117)
    ['毎年大騒ぎの花火大会ですが、今年こそ皆さん静かに帰ってくださいね😊', '今年こそ皆さん静かに帰ってください'],
    ['新成人のみなさん、今回こそは騒がずに式典に出てくださいね！', '今回こそは騒がずに式典に出てください'],
    ['成人式に来る若者たちへ。恥ずかしい大人にならないよう、よろしくね🙏', '恥ずかしい大人にならないよう'],
    ['卒業生のみなさん、痛い大人にはならないでくださいね。', '痛い大人にはならないでください'],
    // people named by a fault said to be the loudest (R46A-145)
    ['ご意見ありがとうございます。ルールを守らない人ほど文句が多いのは、どこも同じですね。', 'ない人ほど文句が多い', reply],
    ['予約をしない方に限って、窓口で声が大きいんですよね。', 'ない方に限って、窓口で声が大きい'],
    ['税金を払ってない人ほど要求ばかりするのは不思議です。', 'てない人ほど要求ばかり'],
    ['ごみを分別せん人ほどうるさか。', 'ん人ほどうるさか'],
  ])('flags %s', (text, excerpt, ctx) => {
    expect(summary(findingsOf(hostility, text, ctx))).toContain(`hostility/confrontational:warn:${excerpt}`)
  })
  it.each<[string, CheckContext?]>([
    // help for those a task is really hard for
    ['ボタンを押すといった簡単な操作が難しい高齢の方には、職員がお手伝いします。'],
    ['申請書を書くという簡単なことでも、日本語が難しい方には通訳がお手伝いします。'],
    ['簡単な手続きが難しい方のために、代筆サービスを始めました。'],
    ['誰にでもできる簡単な体操です。運動が苦手な方もぜひどうぞ。'],
    // a worry met with help, a tip
    ['そんなに心配なら、まずは窓口にご相談ください。'],
    ['それほど不安でしたら、一度健診を受けてみてはいかがでしょうか。'],
    ['そこまで気になる方は、市のホームページで放射線量の測定結果をご確認ください。'],
    ['ご心配でしたら、お弁当を持参していただいても構いません。'],
    // a cheer, the writer's own resolve, abuse quoted
    ['今年こそ健診を受けてくださいね！'],
    ['今年こそ静かな正月を過ごしたいものです。'],
    ['私たちも恥ずかしい大人にならないよう、子どもたちのお手本になりましょう。'],
    ['「恥ずかしい大人にならないように」と言われた経験はありませんか。言葉の暴力について考える講座です。'],
    // a tendency told plainly, a quoted saying
    ['健診を受けない方ほど重症化しやすい傾向があります。'],
    ['運動をしない人ほど、転倒のリスクが高まります。'],
    ['「声の大きい人ほど得をする」という社会ではなく、みんなの声を聞くまちを目指します。'],
  ])('passes %s', (text, ctx) => {
    expect(findingsOf(hostility, text, ctx).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: round 47 kinds (a masked insult with its first letter hidden or as the one a thing is easy enough for)', () => {
  it.each<[string, string, CheckContext?]>([
    // a leading mask said of someone after an intensifier or a person addressed (R47A-091)
    ['こげなコメントしか書けんとか、ほんと○ホやね🙄 さげもんの良さがわからん人は来んでよか', '○ホ', { mode: 'comment' }],
    ['マジ〇カじゃん、この人。', '〇カ'],
    ['あんた○カなの？', '○カ', reply],
    ['@user ほんと×ホですね。', '×ホ', reply],
    // a masked insult as the one a thing is easy enough for (R47B-104)
    ['@kankou_dame ご指摘の件、観光船の運航ルールはホームページに全部書いてあります。バ○でも分かるように書いてるつもりなんですけどね。', 'バ○', reply],
    ['ア〇でも理解できる内容ですけどね。', 'ア〇'],
    ['バ×でもわかるやろ。', 'バ×'],
    ['〇カでも分かるように書いてます。', '〇カ'],
  ])('blocks %s', (text, excerpt, ctx) => {
    expect(summary(findingsOf(hostility, text, ctx))).toContain(`hostility/insult:block:${excerpt}`)
  })
  it.each([
    // a leading mask as a bullet, a blank or a quiz mark
    '■カ所の確認をお願いします。',
    '○カ月健診のお知らせ',
    '■ホール利用のご案内',
    '□スで移動する方はこちら',
    '○スでも使えます。',
    '○スでも乗り換えできます。',
    '○×クイズ！答えは○です',
    // quoted as an example of abuse
    '「バ〇でも分かる」といった書き込みは、職員への言葉の暴力にあたります。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: round 47 kinds (a critic\'s words echoed and called noise, the asker told not to ask, another town belittled, reading ability made the condition)', () => {
  it.each<[string, string, string, CheckContext?]>([
    // a critic's words echoed by doubling and called noise (R47A-012): insult
    ['@critic_0123 毎日毎日、不祥事不祥事とうるさい方ですね。ほかにやることはないんですか。', 'hostility/insult:block', '不祥事不祥事とうるさい', reply],
    ['@user 税金税金ってうるさか人やね。', 'hostility/insult:block', '税金税金ってうるさか', reply],
    ['財政難だ財政難だと毎日やかましい方がいらっしゃいますが、市は計画どおり進めています。', 'hostility/insult:block', '財政難だ財政難だと毎日やかましい'],
    ['議員さんたち、説明責任説明責任とほんとしつこいです。', 'hostility/insult:block', '説明責任説明責任とほんとしつこい'],
    ['@user 無駄遣い、無駄遣いと本当にうるさいですね。', 'hostility/insult:block', '無駄遣い、無駄遣いと本当にうるさい', reply],
    // a question called needless and the asker told not to ask (R47A-137)
    ['@gomi_question 収集日はごみカレンダーに書いてあります。カレンダーを見ればわかることを、いちいちこちらに聞かないでください。', 'hostility/confrontational:warn', '見ればわかることを、いちいちこちらに聞かないで', reply],
    ['@gomi_question いちいち市役所に電話してこないでください。', 'hostility/confrontational:warn', 'いちいち市役所に電話してこないで', reply],
    ['@user 調べればわかることで、窓口に問い合わせてこないでほしいです。', 'hostility/confrontational:warn', '調べればわかることで、窓口に問い合わせてこないで', reply],
    ['いちいち窓口に聞かんでください。', 'hostility/confrontational:warn', 'いちいち窓口に聞かんで'],
    ['ホームページを読めばすぐわかる話を、わざわざ電話で聞かないでもらえますか。', 'hostility/confrontational:warn', '読めばすぐわかる話を、わざわざ電話で聞かないで'],
    // another town or its event belittled by a coy reference, to set ours off (R47B-075)
    ['国際交流フェスタ、今年も新企画がいっぱいです🌏 毎年代わり映えしないどこかの市のイベントとは違いますので、ぜひ柳川へ！', 'hostility/confrontational:warn', '代わり映えしないどこかの市のイベントとは違い'],
    ['よその町のしょぼい花火大会と一緒にしないでください🎆', 'hostility/confrontational:warn', 'よその町のしょぼい花火大会と一緒にし'],
    ['お隣の市のありきたりなお祭りとは格が違います！', 'hostility/confrontational:warn', 'お隣の市のありきたりなお祭りとは格が違'],
    ['某県のパッとしない観光地とは比べ物にならない景色です。', 'hostility/confrontational:warn', '某県のパッとしない観光地とは比べ物にならな'],
    ['どこぞの町のマンネリなイベントと違って、毎年新しい企画があります。', 'hostility/confrontational:warn', 'どこぞの町のマンネリなイベントと違って'],
    // the reader's ability to read, or common sense, made the condition for no trouble (R47B-122)
    ['@ship_safety_q ご心配ありがとうございます。ただ、救命胴衣の着用については乗り場の看板に大きく書いてありますので、字が読める方なら問題ないかと存じます。', 'hostility/confrontational:warn', '字が読める方なら問題ないかと存じます', reply],
    ['@user 案内板が読めれば迷うことはないと思いますけど。', 'hostility/confrontational:warn', '案内板が読めれば迷うことはないと思いますけど', reply],
    ['文字が読める人なら大丈夫やろ。', 'hostility/confrontational:warn', '文字が読める人なら大丈夫やろ'],
    ['常識のある方でしたら、お困りになることはないかと存じます。', 'hostility/confrontational:warn', '常識のある方でしたら、お困りになることはないかと存じます'],
    ['看板さえ読めれば問題ありませんよね（笑）', 'hostility/confrontational:warn', '看板さえ読めれば問題ありませんよね'],
  ])('flags %s', (text, finding, excerpt, ctx) => {
    expect(summary(findingsOf(hostility, text, ctx))).toContain(`${finding}:${excerpt}`)
  })
  it.each([
    // a sound doubled, advice, a complaint about noise
    'ゴロゴロとうるさい雷の日は、外出を控えましょう。',
    '夜中にワンワンとうるさい犬の鳴き声にお困りの方は、ご相談ください。',
    '「早く早く」とうるさく言うより、子どもを待ってあげましょう。',
    '工事工事で音がうるさいとのご意見をいただき、作業時間を見直しました。',
    '毎日毎日、暑い日が続いてうるさいほどのセミの声です。',
    '「税金税金とうるさい」といった書き込みは、職員への言葉の暴力にあたります。',
    // asking welcomed, a list made so nobody need ask
    'よくある質問を一覧にしました。いちいち窓口に聞かないで済むようにしています。',
    'カレンダーを見ればわかるように、収集日は地区ごとに違います。',
    '分からないことは、遠慮せずに窓口に聞いてください。',
    'わざわざ窓口に問い合わせなくても、アプリで確認できます。',
    'いちいち聞いてきても、怒らないで答えてあげましょう。',
    // another town named for a plain difference or as a model
    'ほかの市町村とは違い、柳川市では申請は不要です。',
    'マンネリにならないよう、ほかの町の事例も参考にしています。',
    '退屈な待ち時間を減らすため、近隣の市の取り組みを参考にしました。',
    '隣の市の花火大会とは日程が違います。',
    // reading a language or an age as a real condition
    '日本語が読める方なら問題なく受講できます。',
    '漢字が読めなくても大丈夫です。ふりがなを付けています。',
    'ひらがなが読める方なら、お子さんでも問題なく参加できます。',
    '字が読める年齢のお子さんなら、一人で参加しても大丈夫です。',
    '説明書きが読める方なら大丈夫ですが、不安な方は職員にお声がけください。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe("hostility: a notice's お間違えのないように and advice to parents are not jabs at the reader", () => {
  it.each([
    '収集日は地区ごとに異なります。お間違えのないように。',
    'どこかの市のイベントとは日程が違いますので、お間違えのないように。',
    '申込期限は12月10日です。お間違えのないようにお願いします。',
    '子どもにいちいち聞かないで、自分で決めさせてみましょう。',
    '新人にわざわざ言わないで、まずは任せてみましょう。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    ['@abc いちいち聞かないでください。', { mode: 'reply' }],
    ['@abc 日付を間違えたとのご指摘ですが、お間違えのないように。', { mode: 'reply' }],
  ] as const)('flags %s', (text, ctx) => {
    expect(findingsOf(hostility, text, ctx as CheckContext).some((f) => f.rule === 'hostility/confrontational')).toBe(true)
  })
})

describe('hostility: round 48 kinds (a complainer label put on people, a hitting verb after a と-condition, a masked insult as the writer\'s judgement)', () => {
  it.each<[string, string, string, CheckContext?]>([
    // a label for complainers put on the people the post describes by what they did, or names as people (R48A-075): insult
    ['【給食への異物混入について】\n\nこのたびはご心配をおかけし、誠に申し訳ございません。現在、原因の究明と再発防止に取り組んでおります。\n\nただ、髪の毛1本で教育委員会に何十回も電話をかけてくるような、いわゆるモンスターペアレントの方々の対応に職員が追われ、本来の業務に支障が出ていることもご理解ください。', 'hostility/insult:block', 'モンスターペアレントの方々'],
    ['何度説明しても納得されない、いわゆるクレーマーの方々のせいで窓口が回りません。', 'hostility/insult:block', 'クレーマーの方々'],
    ['毎朝のように苦情の電話をかけてくるモンペさんたちには、正直手を焼いています。', 'hostility/insult:block', 'モンペさん'],
    ['ちょっとしたことで文句ば言うてくるモンスターペアレントの人たちのおかげで、先生たちはくたくたですたい。', 'hostility/insult:block', 'モンスターペアレントの人たち'],
    ['ゴミ出しのルールを守らないモンスター住民の対応に、毎日追われています。', 'hostility/insult:block', 'モンスター住民'],
    // a hitting verb (くらす is 殴る in 筑後弁) after a condition in と, in dialect too (R48A-102): threat
    ['文句ばっかり言うなら食べんでよかよ。あんまりしつこかとくらすぞ（笑）', 'hostility/threat:block', 'とくらすぞ', reply],
    ['そげんうるさかと、くらすばい。', 'hostility/threat:block', 'と、くらすばい'],
    ['何回も同じこと言わすと、くらすけんね。', 'hostility/threat:block', 'と、くらすけんね'],
    ['調子に乗っとると、頭ばくらすぞ。', 'hostility/threat:block', 'と、頭ばくらすぞ'],
    ['毎回毎回文句言うてくると、くらすけんな。', 'hostility/threat:block', 'と、くらすけんな'],
    ['またゴミば捨てよると、尻ば蹴るぞ。', 'hostility/threat:block', 'と、尻ば蹴るぞ'],
    // a masked insult said as the writer's judgement of someone (R48A-110, also masking/fuseji:warn)
    ['図書館の本に書き込みをして返す方がいまだにいらっしゃいます。正直、ア●かと思います。次の方が気持ちよく読めるよう、大切に扱ってください。', 'hostility/insult:block', 'ア●'],
    ['公園のトイレを壊していく人、正直バ〇としか思えません。', 'hostility/insult:block', 'バ〇'],
    ['花壇の花を引っこ抜いていく人は、ア〇と言わざるを得ません。', 'hostility/insult:block', 'ア〇'],
    ['駐輪場に自転車ば放り投げていく人は、正直バ●やと思うばい。', 'hostility/insult:block', 'バ●'],
  ])('flags %s', (text, finding, excerpt, ctx) => {
    expect(summary(findingsOf(hostility, text, ctx))).toContain(`${finding}:${excerpt}`)
  })
  it.each([
    // the label as a topic, a mention, a caution; the work trousers
    'いわゆるモンスターペアレント問題について、教職員向けの研修を行いました。',
    'モンスターペアレント対策として、学校に弁護士の相談窓口を設けました。',
    '「モンスターペアレント」と呼ばれるのが怖くて、相談をためらう保護者の方もいらっしゃいます。',
    'モンスターペアレントと決めつけず、保護者の声に耳を傾けます。',
    '講演では、いわゆるモンスターペアレントの方々との向き合い方についてお話しいただきました。',
    '給食の異物混入について、何十回もお電話をいただいた保護者の方々にお詫び申し上げます。',
    '久留米絣のモンペをはいて、田植え体験に参加しませんか。',
    'はきやすいモンペの方が農作業には向いています。',
    'モンペ姿の女性たちが、昔ながらの田植えを披露してくれました。',
    'ハロウィンには、かわいいモンスターたちが商店街に大集合します！',
    // くらす as 暮らす; と after a noun or an adverb
    '定年したら柳川でのんびりくらすぞ〜',
    'ふるさと柳川で家族となかよくくらすばい！',
    'ちゃんとくらすけんね、心配せんでよかよ。',
    '猫とくらすぞ！と決めて、保護猫の譲渡会に申し込みました。',
    'あんまり暑いと、エアコンなしではくらせんばい。熱中症に注意してね。',
    'リズムに合わせて手をたたくと、楽しかよ。',
    '柳川は住みよかと、くらすけん分かる。',
    // a masked word that is a label or a quiz, not a judgement of someone
    '案内板の「ア〇」と書かれた部分は、雨で文字が消えています。',
    '本日のクイズの答えは、ア〇と思いきや、実は…',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: クレーマー as the topic of help or training is no label put on someone', () => {
  it.each(['クレーマー扱いされるのではと心配せず、気軽にご相談ください。', 'クレーマーの方々への対応研修を実施しました。', '職員向けにクレーマー対策の講習を行いました。'])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each(['窓口に来るクレーマーにはうんざりです。', '@abc クレーマーの相手をしている暇はありません。'])('flags %s', (text) => {
    expect(findingsOf(hostility, text).some((f) => f.severity !== 'info')).toBe(true)
  })
})

describe('hostility: exposure named as a harm in an awareness post (…をさらすことも、いじめです) is a mention, not a promise (blind FV-083)', () => {
  it.each([
    '【それ、いじめです】\n\n「キモい」「ウザい」「死ね」\n\n冗談のつもりでも、言われた側は深く傷つきます。SNSでの悪口や仲間外れ、勝手に写真をさらすことも、いじめです。\n\n一人で悩まず、相談してください。\n柳川市教育委員会 学校教育課 いじめ相談窓口 0944-77-8870（平日8時30分〜17時15分）\n\n見て見ぬふりをしないことも、いじめを止める力になります。',
    '友だちの写真を本人の許可なくネットにさらすことは、プライバシーの侵害にあたります。',
    'ケンカした相手の名前や住所をさらすことは、犯罪になる場合もあります。',
    '他人の顔写真を勝手に晒すことはやめましょう。',
    '個人情報をSNSに晒すことや悪口を書き込むことは、ネットいじめです。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each<[string, string, CheckContext?]>([
    ['ルールを守らない人の写真をさらすことにします。', '写真をさらすこと'],
    ['これ以上不法投棄を続けるなら、顔写真を晒すことも辞さない。', '顔写真を晒すこと'],
    ['落書きの犯人は、見つけ次第顔写真を晒すことも考えています。', '顔写真を晒すこと'],
    ['ごみを捨てた犯人の顔をネットに晒すことは違法ではないので、次は本当にやります。', 'ネットに晒す'],
    ['@user 次もごみを置いていくなら、ネットに晒すことも辞さないけんね。', 'ネットに晒す', reply],
  ])('flags %s', (text, excerpt, ctx) => {
    expect(summary(findingsOf(hostility, text, ctx))).toContain(`hostility/threat:block:${excerpt}`)
  })
})

describe('hostility: the press mocked as short of material, in honorific or dialect (よほど記事のネタにお困りなのでしょうね) (blind R48A-007)', () => {
  it.each([
    // the blind item: a paper named by what it printed, the jab in keigo
    ['本日、筑後日報さんが本市職員の飲酒運転を一面で報じておられました。ほかにもっと報じるべき明るいニュースが柳川にはたくさんあると思いますが、よほど記事のネタにお困りなのでしょうね。', 'よほど記事のネタにお困りなのでしょうね'],
    ['有明新報さん、また市の不祥事を大きく取り上げてくださいましたね。さぞかしネタ探しにお困りなのでしょう。', 'さぞかしネタ探しにお困りなのでしょう'],
    ['あの週刊誌、毎週のように柳川のことばかり書いとるけど、よっぽどネタに困っとるんやろね。', 'よっぽどネタに困っとるんやろね'],
    ['記者の皆さん、連日のご取材ありがとうございます。記事にすることがよほどお困りのようですね。', '記事にすることがよほどお困りのようですね'],
  ])('flags %s', (text, excerpt) => {
    expect(summary(findingsOf(hostility, text))).toContain(`hostility/insult:block:${excerpt}`)
  })
  it.each([
    '夏休みの自由研究のネタにお困りなのでしょうか？図書館の「自由研究お助けコーナー」へどうぞ。',
    '筑後日報さんに、先日の清掃活動を記事にしていただきました。ありがとうございます。',
    '献立のネタにお困りの方は、市の食育レシピ集をご活用ください。',
    '新聞の記事を書こう講座。記事のネタに困ったら、身近な出来事に目を向けてみましょう。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: the addressee told their home was worked out, and a visit (お住まいの辺りはだいたい見当がつきましたので、今度直接ごあいさつに伺いますね) (blind R49A-117)', () => {
  it.each<[string, string, CheckContext?]>([
    // the blind item: keigo, from the critic's own photos, a visit announced
    ['@yanagawa_hater 何度も同じご意見をありがとうございます。投稿されている写真の景色から、お住まいの辺りはだいたい見当がつきましたので、今度直接ごあいさつに伺いますね。', 'お住まいの辺りはだいたい見当がつきました', reply],
    ['@abc いつも熱心なご投稿ありがとうございます。アップされた写真から、ご自宅の場所はおおよそ分かりましたので、一度お邪魔させていただきますね。', 'ご自宅の場所はおおよそ分かりました', reply],
    ['あんたの書き込み見とったら、住んどるとこの見当はついたけん、今度会いに行くばい。', '住んどるとこの見当はついた'],
    ['@user 毎日のご意見ありがとうございます。お写真の景色で、だいたいどちらにお住まいか分かりました。', 'どちらにお住まいか分かりました', reply],
  ])('flags %s', (text, excerpt, ctx) => {
    expect(summary(findingsOf(hostility, text, ctx))).toContain(`hostility/threat:block:${excerpt}`)
  })
  it.each([
    'お住まいの地区が分からない場合は、市民課までお問い合わせください。',
    'お住まいの地域がわかりましたので、最寄りの避難所をご案内します。',
    'ご自宅の場所が分かりましたら、担当の保健師が訪問いたします。',
    '先日、ご自宅に伺いましたが、ご不在でしたので不在票を入れております。',
    '写真の景色から、どこで撮影されたか当ててみてください！正解は来週発表します。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: the asker told to read it themself after asking again (何度も同じことを聞かれる前に、まずはご自身で読んでいただけますか) (blind R49A-081)', () => {
  it.each([
    ['ご質問の件は、先週の投稿にも、市ホームページにも、広報やながわにも書いてあります。何度も同じことを聞かれる前に、まずはご自身で読んでいただけますか。', 'まずはご自身で読んでいただけますか'],
    ['同じご質問が続いていますが、募集要項はホームページにあります。ご自分でお読みください。', 'ご自分でお読みください'],
    ['前にも書いたけん、質問する前に自分で読んでね。', '自分で読んでね'],
    ['何回もお問い合わせいただいていますが、申請書の書き方は手引きに載っています。一度ご自身でよく目を通していただけませんか。', '一度ご自身でよく目を通していただけませんか'],
  ])('flags %s', (text, excerpt) => {
    expect(summary(findingsOf(hostility, text))).toContain(`hostility/confrontational:warn:${excerpt}`)
  })
  it.each([
    '詳しくは、ご自身で市ホームページをご確認ください。',
    '申込内容をご自身でご確認のうえ、お申し込みください。',
    '何度でも読み返せるよう、絵本はご自分で選んでくださいね。',
    '同じ内容のご質問が多かったため、よくある質問にまとめました。ご自身で確認できるようになっています。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: another town named and put down, our own called better as a matter of course (柳川の体育祭のほうが盛り上がるのは、まあ当然ですけど😏) (blind R49A-095)', () => {
  it.each<[string, string, CheckContext?]>([
    ['お隣の大川市さんの市民体育祭、参加者はうちの半分以下だったそうですね。柳川の体育祭のほうが盛り上がるのは、まあ当然ですけど😏', '柳川の体育祭のほうが盛り上がるのは、まあ当然', { mode: 'quote' }],
    ['久留米市さんのイルミネーション、今年は人出がまばらだったとか。まあ、柳川のほうがきれいなのは当たり前ですけどね（笑）', '柳川のほうがきれいなのは当たり前'],
    ['よその町の花火大会も見てきたけど、やっぱり柳川の方が盛り上がっとるのは当然やね。', '柳川の方が盛り上がっとるのは当然'],
    ['みやま市さんのマラソン大会、参加者が減ったそうですね。うちの大会のほうが人気なのは、比べるまでもないですが。', 'うちの大会のほうが人気なのは、比べるまでもな'],
  ])('flags %s', (text, excerpt, ctx) => {
    expect(summary(findingsOf(hostility, text, ctx))).toContain(`hostility/confrontational:warn:${excerpt}`)
  })
  it.each([
    '大川市と柳川市の合同イベントは、今年も多くの方にご参加いただきました。',
    '柳川のうなぎのほうがおいしいのは当然！と自信を持っておすすめします。',
    '大川市さんの家具フェアも盛況だったそうですね。柳川の体育祭も負けずに盛り上げましょう！',
    '久留米市より柳川市のほうが海に近いので、潮位に注意が必要なのは当然です。',
    'みやま市の参加者は本市の半分程度でしたが、両市とも大いに盛り上がりました。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: Round 50 kinds (blind R50A-013, -090, -131, -145)', () => {
  const comment: CheckContext = { mode: 'comment' }
  it.each<[string, string, CheckContext?]>([
    // The reader's head asked whether it is all right, in any script or dialect (R50A-090): an insult.
    ['@bus_matome 路線再編に文句ばっか言いよる人、ｱﾀﾏ大丈夫？😇', 'hostility/insult:block:ｱﾀﾏ大丈夫', comment],
    ['ごみの分け方ぐらい覚えられんと？あたまだいじょうぶ？', 'hostility/insult:block:あたまだいじょうぶ', comment],
    ['毎回同じことを聞いてくる人、頭、ほんとに大丈夫ですかね。', 'hostility/insult:block:頭、ほんとに大丈夫ですかね'],
    ['そげなこと書き込む人、おつむ大丈夫と？', 'hostility/insult:block:おつむ大丈夫と', reply],
    ['@abc 市長の悪口ばかり、アタマ大丈夫なん？', 'hostility/insult:block:アタマ大丈夫なん', reply],
    // The reader's own failure called their own problem (R50A-131): blame laid on the reader.
    ['@oki_resident 都市計画図は市HPに6年前から掲載済み。ご覧になっていないのはご自身の問題かと。', 'hostility/confrontational:warn:ないのはご自身の問題', reply],
    ['広報紙にも載せていましたので、読まれていないのはあなたの責任ですよ。', 'hostility/confrontational:warn:ないのはあなたの責任'],
    ['締切は3回お知らせしました。見逃したのはご自分の落ち度でしょう。', 'hostility/confrontational:warn:逃したのはご自分の落ち度'],
    ['説明会に来んかったとはそっちの問題やろ。', 'hostility/confrontational:warn:んかったとはそっちの問題'],
    ['チラシを確認しなかった方の責任です。', 'hostility/confrontational:warn:なかった方の責任'],
    // Those who do not get it told they never will (R50A-145): a dismissal.
    ['どんこ丸だよ🚣 「バスが少なくて不便」って言いよる人、歩いて回るのも柳川の楽しみ方なんやけどね〜😅 わからん人にはわからんかぁ〜', 'hostility/confrontational:warn:わからん人にはわからん', comment],
    ['川下りが高いとのご意見ですが、この良さは分からない方には一生分からないでしょうね。', 'hostility/confrontational:warn:分からない方には一生分からない'],
    ['うなぎの値段に文句言う人もおるけど、理解できない人には理解できないんです。', 'hostility/confrontational:warn:理解できない人には理解できない'],
    ['まあ、分からん人にゃ分からんけんね。', 'hostility/confrontational:warn:分からん人にゃ分からん'],
    // Told to study more first, then cover or write (R50A-013): condescension to the press or a critic.
    ['今回の職員の不適切発言については、心よりお詫び申し上げます。\n\nただ、発言の一部だけを面白おかしく取り上げた筑後テレビさんには、もう少し勉強してから取材に来ていただきたいものです。', 'hostility/confrontational:warn:もう少し勉強してから取材に来ていただきたい'],
    ['発言を切り取って報じた新聞社さんには、もうちょっと勉強してから記事にしていただきたいです。', 'hostility/confrontational:warn:もうちょっと勉強してから記事にしていただきたい'],
    ['取材に来た記者の方、もうちょっと下調べしてから来てもらえませんかね。', 'hostility/confrontational:warn:もうちょっと下調べしてから来てもらえませんか'],
    ['ニュースで取り上げた局の皆さん、もっと柳川の歴史を勉強してから報道していただきたいものです。', 'hostility/confrontational:warn:もっと柳川の歴史を勉強してから報道していただきたい'],
    ['新聞社さんには、ちゃんと調べてから記事ば書いてほしかです。', 'hostility/confrontational:warn:ちゃんと調べてから記事ば書いてほしか'],
  ])('flags %s', (text, want, ctx) => {
    expect(summary(findingsOf(hostility, text, ctx))).toContain(want)
  })
  it.each([
    // head: care after a fall, the head's health, a kind check quoted
    '転んで頭をぶつけた子には「頭、大丈夫？」と声をかけてあげてください。',
    'ヘルメットをかぶっていたので、頭は大丈夫でした。',
    '脳ドックで頭の中は大丈夫か、一度調べてみませんか。',
    '熱中症で頭が痛いときは、無理せず休みましょう。大丈夫か周りの人も声をかけて。',
    // own problem: reassurance, a choice left to them, a device
    '通知が届いていないのは、ご自身の問題ではありません。システムの不具合によるものです。',
    '受診するかどうかは、ご自身の判断でお決めください。',
    '体調管理はご自身の責任でお願いします。',
    '動画が再生されないのは、スマホの設定の問題かもしれません。',
    '参加できなかった方も、ご自身のペースで動画をご覧いただけます。',
    // not getting it: help for those who do not understand
    'わからない人には、わかるまで職員が丁寧にご説明します。',
    'スマホの使い方が分からない方には、分かりやすい冊子をお配りしています。',
    '「わかる人にはわかる」隠れた名店を、今月は紹介します。',
    // study first: advice before a visit, a visit done, the writer's own resolve
    '休館日をよく確認してからお越しください。',
    '展示をより楽しむため、少し予習してからお越しください。',
    '新人記者の皆さんは、市の歴史をしっかり勉強してから取材に来てくれました。',
    'もう少し暖かくなってから取材に来ていただければ、菜の花も見頃です。',
    '私たち職員も、もっと勉強してから市民の皆さまにお伝えしたいと思います。',
    '記者の方は、事前に資料をお読みいただいてから取材にお越しください。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: Round 51 kinds (blind R51A-030, -081)', () => {
  it.each<[string, string]>([
    // The brain said to be missing, in any dialect or register (R51A-030: 脳みそ入っとらんっちゃろうね): an insult.
    ['採用試験の件でずっとぐちぐち言いよるこの人、脳みそ入っとらんっちゃろうね。相手するだけ時間の無駄', 'hostility/insult:block:脳みそ入っとらん'],
    ['何回説明しても分からん人、脳みそ入ってへんのちゃう？', 'hostility/insult:block:脳みそ入って'],
    ['あの書き込みした人、脳みそついとらんとやろか。', 'hostility/insult:block:脳みそついとらん'],
    ['こんな苦情を何度も送ってくる方は、脳みそが入っておられないのでしょうね。', 'hostility/insult:block:脳みそが入って'],
    ['ゴミの日も守れねえ奴、脳ミソ詰まってねえんじゃねーの', 'hostility/insult:block:脳ミソ詰まってねえ'],
    // The addressee, or people like them, named as the cause of others' harm (R51A-081): blame, a warning.
    ['ご意見ありがとうございます。ただ、あなたのように軽い症状で救急車を呼ぶ方がいるから、本当に必要な人のところに救急車が届かないんですよ。', 'hostility/confrontational:warn:あなたのように軽い症状で救急車を呼ぶ方がいるから、本当に必要な人のところに救急車が届かな'],
    ['あんたみたいに窓口で長々と粘る人がおるけん、後ろの人がずっと待たされとるんよ。', 'hostility/confrontational:warn:あんたみたいに窓口で長々と粘る人がおるけん、後ろの人がずっと待たされ'],
    ['お宅のように期限を守らず出される方がいるせいで、ほかの皆さんのごみ収集が遅れるんです。', 'hostility/confrontational:warn:お宅のように期限を守らず出される方がいるせいで、ほかの皆さんのごみ収集が遅れ'],
    ['あなたが予約を無断でキャンセルしたから、ほかの方がワクチンを受けられなかったんですよ。', 'hostility/confrontational:warn:あなたが予約を無断でキャンセルしたから、ほかの方がワクチンを受けられな'],
    ['あなた方が駐車場を一日中占領するから、本当に使いたい人が使えないんです。', 'hostility/confrontational:warn:あなた方が駐車場を一日中占領するから、本当に使いたい人が使えな'],
  ])('flags %s', (text, want) => {
    expect(summary(findingsOf(hostility, text))).toContain(want)
  })
  it.each([
    // brain: a food, memorising, a model, a course
    'このカニ缶には脳みそ（カニみそ）は入っとらんです。',
    '日程がまだ頭に入っとらん方は、もう一度資料をご覧ください。',
    'ヘルメットの中に何も入っとらんか確認してからかぶりましょう。',
    '脳みその仕組みを学ぶ親子講座、定員にまだ空きがあります。',
    '脳みそを使うクイズ大会、申込みがまだ入っとらん班は今日中にお願いします。',
    'この人体模型には脳みそが入っとらんけん、中身は見られません。',
    // blame: general advice, thanks, a condition, the addressee's own loss, a quoted example
    '軽い症状で救急車を呼ぶと、本当に必要な人のところに救急車が届かないことがあります。迷ったら#7119へ。',
    'あなたのように地域の見守りをしてくださる方がいるから、支援が必要な人に情報が届くんです。',
    'あなたが知らせてくれたから、救急車が間に合いました。ありがとうございます。',
    'あなたのように軽い症状でも不安な方は、救急安心センター（#7119）にご相談ください。',
    'あなたが申請した日から2週間以内に通知が届かない場合は、お問い合わせください。',
    'あなたが住んでいる地区は道が狭いので、大型の収集車が使えない場合があります。',
    'あなたが転居したので、旧住所には郵便が届かないことがあります。転送届をお出しください。',
    'あなたが早めに並んでくれたから、後ろの方もスムーズに入れました。',
    '「あなたのような人がいるから、ほかの人が困るんだ」といった書き込みは、誹謗中傷にあたるおそれがあります。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: Round 52 kinds (blind R52A-034, -039, -047, -103)', () => {
  const comment: CheckContext = { mode: 'comment' }
  it.each<[string, string, CheckContext?]>([
    // Harm wished on someone as a thing to try, in polite form or dialect (R52A-039): a curse.
    ['@ryu_news 事故を面白がって拡散しているあなたのような方こそ、一度掘割に落ちてみればよいと思います。', 'hostility/curse:block:落ちてみればよい', reply],
    ['こんな書き込みをする人は、一度痛い目にあってみればいいんですよ。', 'hostility/curse:block:痛い目にあってみればいい'],
    ['ポイ捨てする連中こそ、いっぺん掘割に落ちてみたらよかとに。', 'hostility/curse:block:落ちてみたらよか'],
    ['そういう方は一度同じ目に遭ってみてはいかがでしょうか。', 'hostility/curse:block:同じ目に遭ってみてはいかが'],
    ['あおり運転する人は一度事故に遭ってみるといいと思います。', 'hostility/curse:block:事故に遭ってみるといい'],
    // The reader asked why they make the writer explain again and again (R52A-034): blame pushed on the reader.
    ['何度同じ説明をさせるんでしょうか。手引きも読まずに文句ばかり書かれても、こちらとしては対応のしようがありません。', 'hostility/confrontational:warn:何度同じ説明をさせるんでしょうか', comment],
    ['いつまで同じ質問に答えさせられるんですかね。', 'hostility/confrontational:warn:いつまで同じ質問に答えさせられるんですかね'],
    ['何回同じこと言わせると？ホームページに書いとるやろ。', 'hostility/confrontational:warn:何回同じこと言わせると'],
    ['何べん説明させたら気が済むんですか。', 'hostility/confrontational:warn:何べん説明させたら気が済'],
    // …and blamed for complaining without reading what was given them (R52A-034, its second sentence).
    ['何度同じ説明をさせるんでしょうか。手引きも読まずに文句ばかり書かれても、こちらとしては対応のしようがありません。', 'hostility/confrontational:warn:も読まずに文句ばかり', comment],
    ['募集要項も読まずに苦情を送られても、お答えのしようがございません。', 'hostility/confrontational:warn:も読まずに苦情を送'],
    ['案内もご覧にならずにご不満ばかり並べられても困ります。', 'hostility/confrontational:warn:もご覧にならずにご不満ばかり'],
    ['お知らせもろくに読まんで文句ばっかり、こっちも困るとよ。', 'hostility/confrontational:warn:もろくに読まんで文句ばっかり'],
    ['説明書すら目を通さずに批判を並べられても困ります。', 'hostility/confrontational:warn:すら目を通さずに批判を並べ'],
    // The time spent writing or calling held against the reader, with what they could have read instead (R52A-047): sarcasm.
    ['夜中の2時にこれだけの長文を書く時間があるなら、申請の手引きの1ページくらいは読めたのではないでしょうか。', 'hostility/confrontational:warn:書く時間があるなら、申請の手引きの1ページくらいは読めたのでは', comment],
    ['こんなに長いコメントを書く暇があったら、募集要項くらい読めたと思いますけどね。', 'hostility/confrontational:warn:書く暇があったら、募集要項くらい読めたと思'],
    ['毎日お電話をかけてくる時間があるのでしたら、ホームページの一つもご覧になれたのではありませんか。', 'hostility/confrontational:warn:お電話をかけてくる時間があるのでしたら、ホームページの一つもご覧になれたのでは'],
    ['SNSに投稿する元気があるなら、説明書ぐらいは読めるはずですよね。', 'hostility/confrontational:warn:投稿する元気があるなら、説明書ぐらいは読めるはず'],
    ['こげん長か文ば書く暇のあるなら、手引きくらい読めたろうもん。', 'hostility/confrontational:warn:書く暇のあるなら、手引きくらい読めたろう'],
    // A saying quoted as an example does not hide the same words used (R52A-103's true violations).
    ['マナーの悪い観光客は帰れ。二度と来るな。', 'hostility/curse:block:帰れ'],
    ['「帰れ」といった書き込みをする連中こそ、帰れ。', 'hostility/curse:block:帰れ'],
  ])('flags %s', (text, want, ctx) => {
    expect(summary(findingsOf(hostility, text, ctx))).toContain(want)
  })
  it.each([
    // harm to try: no harm, a lesson, a good thing come of it, a hazard warned of
    '一度川下りの舟に乗ってみればよいと思います。',
    '掘割に落ちないよう、柵のない場所ではお子さんの手を握ってください。',
    '受験に一度落ちてみればいい経験になる、と先輩が話してくれました。',
    '着衣泳の講習では、実際にプールに落ちてみると、服を着たまま泳ぐ難しさがよく分かります。',
    '一度ボランティアの大変さを体験してみればよいと思います。',
    // explained again: an apology, a plan, a worry reported, training
    '何度も同じ説明をさせてしまい、申し訳ございませんでした。',
    '手続きのたびに同じ説明をさせることのないよう、窓口を一本化しました。',
    '子どもに何度同じことを言わせるのか、と悩む保護者の方へ。子育て講座のご案内です。',
    '新人研修では、何度も同じ説明をさせることで接客の型を身につけます。',
    // not read: help for those who have not, a pointer to the guide
    '手引きも読まずに申請できるよう、記入例を窓口に置いています。',
    '手引きもあわせてご覧のうえ、ご不明な点はお問い合わせください。',
    '説明書も読まずに使い始める方が多いので、大事な点を表紙にまとめました。',
    // time to write: help, an invitation, a child's book
    '申請書を書く時間がない方は、窓口で職員が代わりに記入をお手伝いします。',
    'ブログを書く時間があるなら、ぜひ柳川の魅力も発信してください！',
    '日記を書く時間があるなら、寝る前に絵本を1ページくらい読んであげてはいかがでしょうか。',
    '手紙を書く時間がある方は、1ページくらいは読書記録をつけてみませんか。',
    // sayings listed and named as examples (R52A-103): a mention
    'SNSで、観光客の方に向けた「二度と来るな」「マナーの悪い◯◯人は帰れ」といった書き込みを見かけることがあります。\n\n国籍や出身でひとくくりにする言葉は、人を深く傷つけます。柳川を訪れるすべての方に、気持ちよく過ごしていただけるまちでありたいと考えています。',
    '駅前の壁に「よそ者は帰れ」「観光客お断り」などの落書きが見つかり、市で消去しました。',
    '「マナーの悪い観光客は二度と来るな」のような投稿を見かけると、悲しい気持ちになります。',
    '「日本から出ていけ」「〇〇人は帰れ」といった言葉は、ヘイトスピーチにあたるおそれがあります。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: Round 53 kinds (blind R53A-034, -074, -109, -131)', () => {
  it.each<[string, string, CheckContext?]>([
    // The reader's question or complaint said to have been needless had they read (R53A-034): blame in keigo.
    ['@tax_kaeshite ご丁寧なご指摘ありがとうございます。市のホームページを一度でもご覧になっていれば、このようなご質問にはならなかったかと存じますが😊', 'hostility/confrontational:warn:ご覧になっていれば、このようなご質問にはならなかった', reply],
    ['お知らせをきちんと読んでいただいていれば、こんな問い合わせは必要なかったはずです。', 'hostility/confrontational:warn:読んでいただいていれば、こんな問い合わせは必要なかった'],
    ['広報やながわをちゃんと見とったら、こげな質問はせんで済んだとにね。', 'hostility/confrontational:warn:見とったら、こげな質問はせんで済んだ'],
    ['募集要項に一度でも目を通していただけていたら、このような誤解は生じなかったと思いますが。', 'hostility/confrontational:warn:目を通していただけていたら、このような誤解は生じなかった'],
    ['案内をよくお読みになっていたら、わざわざお電話いただく必要もなかったでしょうに。', 'hostility/confrontational:warn:お読みになっていたら、わざわざお電話いただく必要もなかった'],
    // The addressee's address, home or workplace said to be within the office's reach, in humble keigo or dialect (R53A-074): a threat.
    ['@akiya_watch そこまでおっしゃるなら、あなたのお宅も空き家バンクに載せて差し上げましょうか？ご住所でしたらすぐにお調べできますので。', 'hostility/threat:block:住所でしたらすぐにお調べでき', reply],
    ['@kujo_man 匿名でご批判されていますが、お名前からご勤務先くらいは、すぐにお調べできますので。', 'hostility/threat:block:お名前からご勤務先くらいは、すぐにお調べでき', reply],
    ['文句ばかり書き込まれる方へ。お住まいでしたら、こちらで簡単にお調べできますからね。', 'hostility/threat:block:お住まいでしたら、こちらで簡単にお調べでき'],
    ['@hantai_no 批判ばかりされているあなたのご自宅、登記簿ですぐに確認できますよ。', 'hostility/threat:block:ご自宅、登記簿ですぐに確認でき', reply],
    ['コメントばっかりしよるあんたの職場くらい、役所ならすぐ調べがつくとばい。', 'hostility/threat:block:職場くらい、役所ならすぐ調べがつ'],
    // Mock praise, then a wish that the reader would at last understand, trailing off (R53A-109): sarcasm.
    ['@taishin_muda さすがのご見識ですね。その調子で耐震工事の必要性もご理解いただけるとよいのですが。夜も遅いので、そろそろお休みになられては？', 'hostility/confrontational:warn:その調子で耐震工事の必要性もご理解いただけるとよいのですが', reply],
    ['さすが鋭いご指摘ですね。その勢いで予算の仕組みもご理解いただけると助かるんですけどね。', 'hostility/confrontational:warn:その勢いで予算の仕組みもご理解いただけると助かるんですけどね'],
    ['ご立派なご意見です。その調子で、説明会の資料もお読みいただけるとよいのですが。', 'hostility/confrontational:warn:その調子で、説明会の資料もお読みいただけるとよいのですが'],
    ['さすがやねえ。その調子で工事の中身もわかってくれたらよかっちゃけどね。', 'hostility/confrontational:warn:その調子で工事の中身もわかってくれたらよかっちゃけどね'],
    ['お詳しいんですね。その勢いで、今回の値上げの理由もご納得いただけるといいのですが。', 'hostility/confrontational:warn:その勢いで、今回の値上げの理由もご納得いただけるといいのですが'],
    // Another town beaten and the gap put down to its want of quality (R53A-131): belittling a neighbour.
    ['ふるさと納税の寄附額ランキング、今年はお隣の大川市さんを抜かせていただきました。返礼品の質の差がそのまま出た、ということでしょうかね（笑）', 'hostility/confrontational:warn:質の差がそのまま出た'],
    ['今年の観光客数、久留米市さんを上回りました。やっぱりおもてなしの質の差が出たんでしょうね。', 'hostility/confrontational:warn:質の差が出た'],
    ['お隣の町の花火大会より人出が多かったのは、企画力の差がはっきり表れた結果でしょう😏', 'hostility/confrontational:warn:企画力の差がはっきり表れ'],
    ['隣の市さんに圧勝！魅力の差は歴然ですね（笑）', 'hostility/confrontational:warn:魅力の差は歴然'],
    ['大川市さんば抜いたばい。センスの差がそのまま出たっちゃろうね〜', 'hostility/confrontational:warn:センスの差がそのまま出た'],
  ])('flags %s', (text, want, ctx) => {
    expect(summary(findingsOf(hostility, text, ctx))).toContain(want)
  })
  it.each([
    // needless question: a plain conditional, a present tip, the writer's own failing, a temporal たら
    '市のホームページを一度ご覧になっていただければ、申請の流れがお分かりいただけます。',
    '事前にホームページをご覧になっていれば、当日の受付がスムーズです。',
    '私どもがもっと早くホームページの記載を確認していれば、このようなご指摘はいただかなかったはずです。申し訳ありません。',
    'よくあるご質問をご覧になっていただければ、お問い合わせいただかなくても解決できる場合があります。',
    'ホームページを見ていたら、このような質問コーナーがあることに気づきました。',
    // looked up: help with the reader's own address, a listing, a lost item, a pet
    'コメントありがとうございます。お住まいの地区の避難所は、ハザードマップですぐにお調べいただけます。',
    'コメントをくださった方へ。ご自宅の住所から、ごみの収集日をアプリで簡単に確認できます。',
    '空き家バンクにご自宅を登録してみませんか？物件のご住所をお知らせいただければ、評価額をすぐにお調べできます。',
    '落とし物の名札にお名前があれば、持ち主の方のご住所はすぐにお調べできますので、交番と連携してお届けします。',
    '@user 投稿された写真の迷子の犬、飼い主さんのお住まいはマイクロチップですぐに確認できました。',
    // keep it up: thanks and a request, the writer's own effort, a cheer, a plain hope
    'いつも見守り活動ありがとうございます。その調子で、来年度もご協力いただけるとうれしいです。',
    'その調子で、市民の皆さんにも制度の内容をご理解いただけるよう、丁寧に説明していきます。',
    '練習の成果が出ていますね！その調子で本番もがんばってください。',
    '新しい制度について、多くの方にご理解いただけるとよいのですが、まだ周知が足りていないと感じています。',
    // a gap: our own loss, a joint venture, no town, no win, a plain first place
    'ふるさと納税の寄附額で、お隣の大川市さんに抜かれました。返礼品の魅力の差が出たと受け止め、来年に向けて改善します。',
    '今年は大川市さんを上回りましたが、返礼品の質の差はまだ大きく、見習うべき点が多いと感じています。',
    'お隣の大川市さんと連携して、返礼品の質の向上に取り組みます。',
    '年齢による体力の差が出やすい種目ですので、無理のない範囲でご参加ください。',
    'みやま市さんとの比較では、人口規模の差がそのまま予算の差に出ています。',
    '市町村の努力の差が出る分野だと言われています。職員一同、研修に励みます。',
    '柳川市の寄附額が県内1位になりました。返礼品の質の高さが評価されたと考えています。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: Round 54 kinds (blind R54A-002, -051, -069, -102, -132)', () => {
  const comment: CheckContext = { mode: 'comment' }
  it.each<[string, string, CheckContext?]>([
    // The reader's literacy named in a condition before they are told to look (R54A-002): condescension in keigo.
    ['ご質問の件ですが、市ホームページのトップに大きく書いてあります。お手数ですが、字を読むのが苦手でなければご確認ください。', 'hostility/confrontational:warn:字を読むのが苦手でなければご確認ください', reply],
    ['申込期限は広報紙に書いてあります。文字が読めないわけでなければ、一度ご覧ください。', 'hostility/confrontational:warn:文字が読めないわけでなければ、一度ご覧ください'],
    ['何度もお問い合わせいただいていますが、日本語がお読みになれるのでしたら、案内ページをご確認ください。', 'hostility/confrontational:warn:日本語がお読みになれるのでしたら、案内ページをご確認ください'],
    ['字い読むとが苦手じゃなかったら、掲示板ば見てみんね。', 'hostility/confrontational:warn:字い読むとが苦手じゃなかったら、掲示板ば見てみんね'],
    ['要項に全部書いてあります。文章を読むのがお嫌いでなければ、最後までお読みください。', 'hostility/confrontational:warn:文章を読むのがお嫌いでなければ、最後までお読みください'],
    // The critic's own home or self named as what they mistook for the thing they complain of (R54A-051): sarcasm.
    ['「川が臭い」とのコメント、ありがとうございます。ご自宅の排水口の匂いと勘違いされていないか、一度確認されてみては？🙂', 'hostility/confrontational:warn:ご自宅の排水口の匂いと勘違いされていないか', comment],
    ['「騒音がうるさい」とのご意見、ご自分のお宅のテレビの音と聞き間違えていないか、一度お確かめになってはいかがでしょう。', 'hostility/confrontational:warn:ご自分のお宅のテレビの音と聞き間違えていないか'],
    ['「道路が汚い」と苦情をいただきましたが、ご自身の眼鏡の汚れと見間違えていませんか？', 'hostility/confrontational:warn:ご自身の眼鏡の汚れと見間違えていませんか'],
    ['臭いって文句言いよる人、自分の家の匂いと勘違いしとらんか、いっぺん確かめてみたら？', 'hostility/confrontational:warn:自分の家の匂いと勘違いしとらんか'],
    // Another town, named or as the neighbour, said to have nothing (R54A-069): belittling a neighbour.
    ['「柳川の隣って何があると？」とよく聞かれますが、正直、特に何もないです😅 だからこそ柳川に泊まって、ゆっくりしていってください！', 'hostility/confrontational:warn:柳川の隣って何があると？」とよく聞かれますが、正直、特に何もない'],
    ['お隣の町には見るところがないので、観光は柳川で完結です！', 'hostility/confrontational:warn:お隣の町には見るところがない'],
    ['隣町なんてなんもなかよ〜。柳川に来んしゃい！', 'hostility/confrontational:warn:隣町なんてなんもなか'],
    ['大川市さんは正直何もないので、うちに泊まってくださいね。', 'hostility/confrontational:warn:大川市さんは正直何もない'],
    // The addressee's home said to be known, then a caution about their posts (R54A-102): a polite threat.
    ['毎回長文で市政批判をお書きの方、お住まいの地区は把握しております。今後のご投稿は慎重になさったほうがよろしいかと存じます。', 'hostility/threat:block:お住まいの地区は把握しておりま', comment],
    ['いつも批判コメントをくださる方、ご自宅の場所も存じ上げております。今後の書き込みには十分お気をつけください。', 'hostility/threat:block:ご自宅の場所も存じ上げておりま', comment],
    ['あんたの家がどこか、もう分かっとるけんね。これ以上の書き込みはやめといた方が身のためばい。', 'hostility/threat:block:あんたの家がどこか、もう分かっとる'],
    ['毎回苦情を書き込まれる方、お勤め先は特定しております。発言にはご注意なさったほうがよろしいかと。', 'hostility/threat:block:お勤め先は特定しておりま'],
    // A critic called by a poverty slur (R54A-132): an insult, whatever else decency says of it; quoted as an example, a mention.
    ['この人、柳川のうなぎが高いとか言いよるけど、貧乏人は来んでよか🤣', 'hostility/insult:block:貧乏人', { mode: 'quote' }],
    ['高いって文句言う貧乏人は来なくて結構です。', 'hostility/insult:block:貧乏人'],
    ['ケチつけよるビンボー人は、ふるさと納税もせんでよか。', 'hostility/insult:block:ビンボー人'],
    ['タダでもらおうとする乞食みたいな人は来ないでください。', 'hostility/insult:block:乞食'],
    ['「貧乏人は来るな」といった心ない書き込みがありました。削除しました。', 'hostility/insult:info:貧乏人'],
  ])('flags %s', (text, want, ctx) => {
    expect(summary(findingsOf(hostility, text, ctx))).toContain(want)
  })
  it.each([
    // literacy: small print, a language, reading aloud, help for those who find it hard
    '小さな字を読むのが苦手でなければ、PDF版もご覧ください。',
    '日本語を読むのが苦手でなければ、原文のページもご覧ください。',
    '字を読むのが苦手な方は、窓口で職員が読み上げますのでお気軽にどうぞ。',
    '文字を読むのが苦手でなければ、朗読ボランティアにぜひご応募ください。',
    // mistaken: a plain cause named, a general note, a plain check of one's own booking
    '川のにおいが気になるとのご意見ありがとうございます。ご自宅の排水口が原因の場合もありますので、一度ご確認いただけますと幸いです。',
    'ご自宅の排水口のにおいと勘違いされることもあるため、調査の際はお立ち会いをお願いしています。',
    'ご自分の予約日時を勘違いされていないか、予約確認メールで一度ご確認ください。',
    // nothing: next to a venue, a report, a neighbour praised, a plan, our own town
    '会場の隣には何もありませんので、飲み物はご持参ください。',
    'お隣の大川市さんは、今のところ被害は何もないとのことです。',
    '柳川の隣の大川市は家具の町。見どころがたくさんあります！',
    '大川市さんとの合同イベント、雨天時の変更は特に何もありません。',
    '柳川には何もないと言われがちですが、掘割の景色は格別です。',
    // home known: help, a hazard, a privacy tip
    'お住まいの地区は把握しておりますので、今後の避難情報は地区ごとにメールでお知らせします。',
    'ご登録のお住まいの地区は把握しております。今後の大雨の際は、早めの避難をご検討ください。',
    'お住まいの地区は把握しておりますので、今後のご投稿で詳しい場所を書く必要はありません。個人情報の書き込みにはお気をつけください。',
    // poverty: other words
    '貧乏神を祀る神社で、毎年お祭りがあります。',
    '貧乏ゆすりは血行促進にもなると言われています。',
    '子どもの貧困対策として、無料の学習支援教室を開いています。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: the idiom ばかを見る (to lose out) is no insult; バカ aimed at someone still is', () => {
  it.each([
    '正直者がバカを見るような制度にはしません。',
    'まじめに申告した人がばかを見ることのないよう、調査を徹底します。',
    '早起きした人が馬鹿を見た、とならないよう整理券を配ります。',
    'ルールを守る人はバカを見る、という声にお応えして取り締まりを強化します。',
    '期限内に払った方がばかをみるのはおかしい、とのご意見をいただきました。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    ['あのバカを見ると腹が立つ。', 'hostility/insult:block:バカ'],
    ['バカを見ろ、と言いたくなる。', 'hostility/insult:block:バカ'],
    ['文句ばかり言うバカが多すぎる。', 'hostility/insult:block:バカ'],
  ])('flags %s', (text, want) => {
    expect(summary(findingsOf(hostility, text))).toContain(want)
  })
})

describe('hostility: awareness posts that list what hurts (GR-058, GR-061): a mention; the same words made the writer\'s own still fire', () => {
  it.each([
    // GR-058: sayings standing as a sentence, ended by a dash (「キモい」「死ね」――。), then named as words in the next sentence
    '【柳川市いじめ防止啓発月間】\n\n11月は「柳川市いじめ防止啓発月間」です。\n\n「キモい」「うざい」「死ね」「消えろ」――。子どもたちのSNSやメッセージアプリには、こうした言葉が軽い気持ちで書き込まれることがあります。書いた側は冗談のつもりでも、受け取った側の心には深い傷が残ります。\n\nいじめ防止対策推進法は、いじめを次のように定義しています。\n\n「児童等に対して、当該児童等が在籍する学校に在籍している等当該児童等と一定の人的関係にある他の児童等が行う心理的又は物理的な影響を与える行為（インターネットを通じて行われるものを含む。）であって、当該行為の対象となった児童等が心身の苦痛を感じているもの」（いじめ防止対策推進法 第2条第1項）\n\nつまり、相手が苦痛を感じていれば、それはいじめです。ひとりで悩まず、相談してください。\n\n■柳川市教育相談室　0944-77-6230（平日9時〜17時）\n■24時間子供SOSダイヤル　0120-0-78310',
    '「消えろ」「うざい」――。子どもたちのスマホには、こうした言葉が毎日のように届いています。',
    '「キモい」「死ね」――。書き込む前に、そんな言葉を受け取る側のことを思い浮かべてください。',
    '「バカ」「消えろ」――\n友だちからこんな言葉を言われたら、あなたならどう感じますか。',
    '「ウザい」「消えて」――。SNSのグループでは、このような書き込みが毎日のように続くことがあります。',
    // GR-061: an act said in the plain form, then the next sentence points back and calls it a harm (これもネットいじめです)
    'グループトークでわざと一人だけを外す、悪口のスタンプを送る、勝手に写真をさらす。これもネットいじめです。気づいた大人は、まず子どもの話をじっくり聴いてください。',
    'SNSに友だちの写真を勝手にさらす。これもいじめです。',
    '本人の許可なく、名前や顔写真をネットにさらす。これらはすべて人権侵害にあたります。',
    'おもしろ半分で同級生の動画をさらす。それも立派なネットいじめです。',
    'クラスの子の個人情報を晒す。これは犯罪になることもあります。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // sayings made the writer's own after all: fitting someone, given to them, the writer's anger, wished said
    ['「キモい」「うざい」「消えろ」――。ごみを捨てる連中には、こうした言葉がぴったりです。', 'hostility/curse:block:消えろ'],
    ['「死ね」「消えろ」――。ルールを守らない連中には、こんな言葉を贈ります。', 'hostility/curse:block:死ね'],
    ['「バカ」「アホ」。あの人たちには、そんな言葉しか浮かばんくらい腹が立つ。', 'hostility/insult:block:バカ'],
    ['「キモい」「うざい」「消えろ」――。こうした言葉がぴったりの連中です。', 'hostility/insult:block:キモい'],
    ['「消えろ」「二度と来るな」――。マナーを守らない観光客に言いたい。', 'hostility/curse:block:消えろ'],
    // exposure as the writer's own act: no harm named, the harm denied or shrugged off
    ['ルールを守らない人の写真をさらす。これも市の方針です。', 'hostility/threat:block:写真をさらす。'],
    ['ポイ捨てした犯人の顔写真をさらす。これもいじめだと言われようが構いません。', 'hostility/threat:block:顔写真をさらす。'],
    ['ポイ捨てする人の写真をさらす。これもいじめだと言われても構いません。', 'hostility/threat:block:写真をさらす。'],
    ['捨てた人の名前をネットにさらす。これはいじめではありません。', 'hostility/threat:block:ネットにさらす'],
    ['次に捨てたら写真をさらす。これが最後の警告です。', 'hostility/threat:block:写真をさらす。'],
  ])('flags %s', (text, want) => {
    expect(summary(findingsOf(hostility, text))).toContain(want)
  })
})

describe('hostility: Round 55 kinds (blind R55A-005, -049, -115)', () => {
  it.each<[string, string, CheckContext?]>([
    // The reader's coming, calling or waiting said to have been needless had they read (R55A-005): condescension in keigo.
    ['ご意見ありがとうございます。転入届の必要書類につきましては、市のホームページに分かりやすく掲載しております。一度でもご覧いただいていれば、窓口に二度お越しいただくこともなかったかと存じます。今後の参考になさってください。', 'hostility/confrontational:warn:ご覧いただいていれば、窓口に二度お越しいただくこともなかった', reply],
    ['案内文をよくお読みになっていれば、わざわざ二度も来庁される必要はなかったはずです。', 'hostility/confrontational:warn:お読みになっていれば、わざわざ二度も来庁される必要はなかった'],
    ['ホームページば見とったら、窓口まで何べんも来んでよかったとにね。', 'hostility/confrontational:warn:見とったら、窓口まで何べんも来んでよかった'],
    ['お知らせを確認していただいていれば、長い時間お待ちいただくこともなかったでしょう。', 'hostility/confrontational:warn:確認していただいていれば、長い時間お待ちいただくこともなかった'],
    ['チラシを一度でも読んでおけば、出直す手間もありませんでしたね。', 'hostility/confrontational:warn:読んでおけば、出直す手間もありませんでした'],
    // Another town's measure praised only for its surface or said to matter only if anyone wants it (R55A-049): belittling a neighbour.
    ['お隣の市も移住支援金を拡充されたそうですね。金額だけは立派ですが、住みたいと思う方がいらっしゃればの話でしょうか。柳川の支援制度はこちら https://www.city.yanagawa.fukuoka.jp/iju/', 'hostility/confrontational:warn:金額だけは立派', { mode: 'quote' }],
    ['久留米市さんの新しい観光サイト、デザインだけはご立派ですね。', 'hostility/confrontational:warn:デザインだけはご立派'],
    ['隣町の子育て支援が話題ですね。予算は増えたようですが、使う人がいればの話ですよね。', 'hostility/confrontational:warn:人がいればの話'],
    ['大川市さんも新しか道の駅ば作んなったげな。建物だけは立派やけど、客が来ればの話たい。', 'hostility/confrontational:warn:建物だけは立派'],
    ['よその町の移住パンフレット、写真だけは豪華ですね。来てくれる若い人がおればの話ですけど。', 'hostility/confrontational:warn:若い人がおればの話'],
    // The reader's ability to read a number or a sign made the condition of a request (R55A-115): condescension in keigo.
    ['@madoguchi_ikari ご指摘ありがとうございます。整理券の番号順にお呼びしております。番号が読めるようでしたら、お手元の整理券と表示板をもう一度お見比べいただけますと幸いです。', 'hostility/confrontational:warn:番号が読めるようでしたら、お手元の整理券と表示板をもう一度お見比べいただけ', reply],
    ['数字が読めるようでしたら、呼び出し番号をご確認ください。', 'hostility/confrontational:warn:数字が読めるようでしたら、呼び出し番号をご確認ください'],
    ['表示板の字がお読みになれるようでしたら、順番はお分かりになるかと存じます。', 'hostility/confrontational:warn:字がお読みになれるようでしたら、順番はお分かりになるかと'],
    ['番号の読めるとやったら、整理券ば見比べてみんね。', 'hostility/confrontational:warn:番号の読めるとやったら、整理券ば見比べてみんね'],
    ['ひらがなが読めるのであれば、窓口の案内表示を見ていただければ分かると思います。', 'hostility/confrontational:warn:ひらがなが読めるのであれば、窓口の案内表示を見ていただけ'],
  ])('flags %s', (text, want, ctx) => {
    expect(summary(findingsOf(hostility, text, ctx))).toContain(want)
  })
  it.each([
    // needless: a plain conditional, the present, the writer's own failing, an online step
    '事前にホームページをご覧いただいていれば、窓口でのお手続きがスムーズです。',
    '案内をご覧いただいていれば、窓口にお越しいただく必要はございません。',
    '私どもがもっと早くホームページを確認していれば、二度もお越しいただくことはなかったのに、大変申し訳ありませんでした。',
    'マイナポータルで確認していただければ、窓口へお越しいただく必要はなくなりました。',
    // hollow praise: a neighbour praised whole, a weather condition, a joint venture, our own thing
    'お隣の大川市の家具は、見た目だけでなく品質も立派です。',
    '大川市さんとの合同花火大会は、天気が良ければの話ですが、今年も開催予定です。',
    'お隣の市と合同で移住相談会を開きます。参加を希望される方がいらっしゃれば、お気軽にお申し込みください。',
    '隣町の図書館は建物も蔵書も立派です。ぜひ足を運んでみてください。',
    '柳川の川下り、今年は船頭さんの衣装だけは新しくなりました。',
    // reading a number: legibility of print or a meter, a device, no condition, cannot read
    '印字がかすれて番号が読めないようでしたら、窓口で再発行いたします。',
    'メーターの数字が読めるようでしたら、検針票にご記入ください。',
    'QRコードが読めるスマートフォンをお持ちでしたら、こちらから番号をご確認いただけます。',
    'お手元の整理券と表示板の番号をお見比べのうえ、順番をお待ちください。',
    '整理券の番号が読み取りにくい場合は、職員にお声がけください。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: Round 56 kinds (blind R56A-049, -050, -052, R57A-065, -101)', () => {
  it.each<[string, string, CheckContext?]>([
    // A curse spelt out letter by letter, in the て-form (R56A-049): し ん で ね, in any script or ending.
    ['@anti_sagemon さげもんちゃんの悪口いう人は、し ん で ね♡', 'hostility/curse:block:し ん で ね', reply],
    ['@xxx 文句ばっかり言う人は し ん で く だ さ い', 'hostility/curse:block:し ん で く だ さ い', reply],
    ['さげもんの悪口は許さんもん。し・ん・で♪', 'hostility/curse:block:し・ん・で'],
    ['ほんとに し ん で ほ し い', 'hostility/curse:block:し ん で ほ し い'],
    ['シ ン デ ネ', 'hostility/curse:block:シ ン デ ネ'],
    ['死 ん で ね', 'hostility/curse:block:死 ん で ね'],
    // A hiragana curse set apart by spaces as a word of its own, or split by an invisible character (R57A-065).
    ['@neko_esa_no 何回注意されても餌やりやめんとか、もう し\u200bね って感じ', 'hostility/curse:block:し\u200bね', reply],
    ['@xxx ルール守れんなら、もう しね よ', 'hostility/curse:block:しね', reply],
    ['まじで し\u200bね', 'hostility/curse:block:し\u200bね'],
    ['ごみ捨てるやつ、ほんと しねしね', 'hostility/curse:block:しねしね'],
    ['もう しね💢', 'hostility/curse:block:しね'],
    // Someone wished gone or dead in the desiderative, in any tense or ending (R56A-052).
    ['今日の期日前投票所、入場券を忘れたと30分怒鳴り続けたじいさん。マジで消えてほしかった。ほかの皆さんはスムーズでした、ありがとうございました。', 'hostility/curse:block:消えてほしかった'],
    ['あの窓口で怒鳴ってた客、ほんとに消えてほしいと思いました。', 'hostility/curse:block:消えてほしいと思'],
    ['毎日苦情の電話してくるおっさん、いなくなってほしかったわ。', 'hostility/curse:block:いなくなってほしかった'],
    ['列に割り込んできた人たち、正直死んでほしいと思った。', 'hostility/curse:block:死んでほしいと思'],
    ['あのクレーマーには消えてもらいたかったです。', 'hostility/curse:block:消えてもらいたかった'],
    ['あん人、はよ消えてくれんかな。', 'hostility/curse:block:消えてくれんかな'],
    // Another place's product or event put down by a comparison (R56A-050).
    ['佐賀の海苔もおいしいけど、やっぱり本物は柳川の海苔。比べるのもかわいそうなくらい（笑）\n#柳川 #有明海', 'hostility/confrontational:warn:比べるのもかわいそう'],
    ['久留米のラーメンも有名ですけど、柳川のうなぎと比べるのは気の毒ですね😏', 'hostility/confrontational:warn:比べるのは気の毒'],
    ['大川市さんの花火大会も頑張ってるけど、うちと比べたら勝負にならんね（笑）', 'hostility/confrontational:warn:勝負になら'],
    ['お隣の佐賀県のお祭りと比べるのも失礼なくらい、柳川の水天宮祭は見事です。', 'hostility/confrontational:warn:比べるのも失礼'],
    ['みやまのみかんもよかばってん、柳川のとは比べもんにならんばい（笑）', 'hostility/confrontational:warn:比べもんになら'],
    // Mock envy at another town's money or service, with our own lack set against it (R57A-101).
    ['お隣は増便ですか、お金があってうらやましいですね〜 うちは減便ですけど😇', 'hostility/confrontational:warn:うらやましい', { mode: 'quote' }],
    ['久留米市さんは新しい体育館ですか。財政が豊かでうらやましい限りです。うちは雨漏りの修理もままならないのに。', 'hostility/confrontational:warn:うらやましい'],
    ['お隣の町は給食費無料だそうで、お金持ちの自治体は羨ましいですね〜 柳川は据え置きですけど', 'hostility/confrontational:warn:羨ましい'],
    ['大川市さん、また補助金で新しか施設げな。予算のあるとこはうらやましかね〜', 'hostility/confrontational:warn:うらやましか'],
    ['よその市はバス増便できていいなあ、お金があって羨ましいです。うちは減る一方ですけどね🙃', 'hostility/confrontational:warn:羨ましい'],
  ])('flags %s', (text, want, ctx) => {
    expect(summary(findingsOf(hostility, text, ctx))).toContain(want)
  })
  it.each([
    // spelt out: a word for children, a poster
    'た の し ん で ね',
    'み ん な で た の し ん で ね',
    'し ん ぶ ん を よ も う',
    // set apart by spaces: the head of a longer word, 分かち書き for children
    'あたらしい しねまの じょうえいかい',
    'むかしね、 やながわは みずの まち でした',
    'みんなで たのしんでね',
    // wished gone: a thing, a feeling or the weather, negated
    '雨雲が早く消えてほしかったです。花火大会は延期になりました。',
    '被災された方々の不安が少しでも消えてほしいと願っています。',
    '子どもたちには、誰一人いなくなってほしくないと思っています。',
    '落書きが一日も早く消えてほしいと、地域の方が清掃してくださいました。',
    'おじいさんの痛みが早く消えてほしいと願うご家族の声を聞きました。',
    // a comparison: our own year, a joint venture, our town called small, another praised, a tasting, both praised
    '去年と比べるのもかわいそうなくらい、今年の海苔は不作でした。',
    '佐賀県と合同で開く有明海フェアは、昨年とは比べ物にならない規模になりました（笑）',
    '福岡市とは比べ物にならないほど小さな町ですが、柳川には掘割があります。',
    '大川市さんの家具は、ほかと比べ物にならないほど丈夫だと評判です。',
    '佐賀の海苔と柳川の海苔、食べ比べてみませんか？',
    '佐賀のお米も柳川のお米も、どちらもおいしいです。比べるのは野暮ですね。',
    'ほかの自治体と比べるのは悪いことではありません。',
    // envy: a skill admired, a voice reported, a joint venture, learning from a neighbour
    'お隣の大川市さんの家具職人さんの技術、本当にうらやましいくらいです。',
    'お隣の市の子育て支援、予算があってうらやましいという声もありますが、柳川市も来年度から拡充します。',
    'うらやましいほどの晴天に恵まれ、大川市さんとの合同イベントは大盛況でした。',
    '予算が少ない中でも工夫しているお隣の町を見習って、うちも頑張ります。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // quoted as an example: a mention
    '「もう しね」といった書き込みは、いじめにつながります。',
    'ネットで「し ん で」と書き込むのもやめましょう。',
  ])('mentions %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: round 58 kinds (a harm offered as a favour or a coy question in cute or character speech, aimed at critics)', () => {
  it.each([
    // the blind item itself: the critic named in the sentence before
    ['ほりわりんだよ〜🌊 ほりわりんのこと「かわいくない」って言った人、だ〜いきらい！掘割に沈めてあげよっか？😊', '沈めてあげよっか'],
    // variants: other verbs, kana, keigo, dialect, a boat
    ['「ゆるキャラとかいらん」って書いた人、お堀に突き落としてあげよっか〜？🥰', '突き落としてあげよっか'],
    ['ほりわりんの悪口いう子は〜、掘割にしずめちゃおっかな〜？😆✨', 'しずめちゃお'],
    ['わたしのこと「ださい」って言ったあなた、クリークの底に沈めてさしあげましょうか？うふふ💕', '沈めてさしあげましょうか'],
    ['ほりわりんば悪く言う人は、掘割に沈めてやろかね〜😊', '沈めてやろか'],
    ['文句ばっか言うキミは、どんこ舟から落としてあげるね♡', '舟から落としてあげるね'],
  ])('flags %s', (text, excerpt) => {
    const f = findingsOf(hostility, text, { mode: 'comment' })
    expect(f.some((x) => x.rule === 'hostility/threat' && x.severity === 'block' && x.excerpt === excerpt)).toBe(true)
  })
  it.each([
    // a thing is what is sunk, thrown or floated; a request to help; a garden; the critic won over
    '精霊流しの夜、亡くなった人を偲んで灯籠を掘割に流してあげましょうか。',
    'お堀に落ちた人を見かけたら、浮き輪を投げ込んであげてください。',
    'ほりわりんが、お堀の鯉さんにエサを投げ込んであげるね〜😊',
    '子どもたちと一緒に、花壇に球根を埋めてあげよっか？🌷',
    'ほりわりんのこと「かわいくない」って言った人も、いつか好きになってくれるとうれしいな😊',
    'スマホを川に落としちゃう人が毎年いらっしゃいます。',
    '舟から落としたスマホは、船頭さんが拾ってあげるね。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text, { mode: 'comment' }).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: round 59 kinds (an English insult as a form of address, a visitor pushed away, a questioner talked down to; kana いって after てから as 行って)', () => {
  const flags: [string, string, 'block' | 'warn'][] = [
    // R59A-135 itself: an insult said to the reader after a comma, and the visitor pushed away
    ['@eel_too_expensive If you think ¥4,000 for unagi seiro-mushi is a rip-off, nobody is forcing you. Just go home and eat at a convenience store, idiot.', 'hostility/insult', 'block'],
    ['@eel_too_expensive If you think ¥4,000 for unagi seiro-mushi is a rip-off, nobody is forcing you. Just go home and eat at a convenience store, idiot.', 'hostility/confrontational', 'warn'],
    // variants: another word, a dash, an adjective, after hey or listen, first in the sentence, plural with an emoji
    ['If the eel is too pricey for you, eat somewhere else, moron!', 'hostility/insult', 'block'],
    ['Read the sign at the pier — you stupid idiot.', 'hostility/insult', 'block'],
    ['Hey stupid, the boats stop at 5.', 'hostility/insult', 'block'],
    ['Listen, loser: no refunds.', 'hostility/insult', 'block'],
    ['Idiots, the parking lot is closed on Mondays.', 'hostility/insult', 'block'],
    ['The boats are crowded on weekends, losers 🤣', 'hostility/insult', 'block'],
    // pushed away: nobody is forcing you, if you don't like it, just leave
    ["Nobody's forcing you to ride the boat. If you don't like it, just leave.", 'hostility/confrontational', 'warn'],
    ["If you don't like it, don't come.", 'hostility/confrontational', 'warn'],
    // R59A-031 itself: the times counted, read before asking, not so difficult with a tag
    ['Hi, as we wrote three times in the English guide, the Japanese class is free. Please read before asking 🙂 It is not so difficult, I think.', 'hostility/confrontational', 'warn'],
    // variants: another count, over and over, read first before asking, not that complicated with a tag or an eye-roll
    ['As I have explained many times, the form is on page 2.', 'hostility/confrontational', 'warn'],
    ["We've posted this over and over: the bus leaves at 9.", 'hostility/confrontational', 'warn'],
    ['Kindly read the FAQ first before asking us again.', 'hostility/confrontational', 'warn'],
    ['Filling in the form is really not that complicated, is it? 🙄', 'hostility/confrontational', 'warn'],
    // kana いって after てから with no place to go: 言って, a jab (GV-011's kind must still flag these)
    ['ちゃんと調べてからいってください。', 'hostility/confrontational', 'warn'],
    ['少しは勉強してからいってくださいね。', 'hostility/confrontational', 'warn'],
    ['ご自分で病院に行って調べてからいってください。', 'hostility/confrontational', 'warn'],
    // R60A-034 itself: the questioner sent back to read it themself first, then ask again, the answer said to be out already; variants: plain, お目通し…改めて, dialect, お調べになった上で
    ['@tabi_q_2025 ご質問の件はすべて市のホームページに掲載しております。まずはご自身でお読みになってから、改めてご質問いただけますでしょうか。', 'hostility/confrontational', 'warn'],
    ['その件はすべてホームページに載っています。まずはご自分で読んでから質問してください。', 'hostility/confrontational', 'warn'],
    ['広報やながわに全部書いてありますので、一度ご自身でお目通しいただいたうえで、改めてお問い合わせください。', 'hostility/confrontational', 'warn'],
    ['ホームページに全部載せとるけん、まず自分で読んでから聞いてくれんね。', 'hostility/confrontational', 'warn'],
    ['案内はすでに掲載済みです。まずはご自身でお調べになった上で、改めてご連絡いただけますか。', 'hostility/confrontational', 'warn'],
    // R60A-071 itself: a programme's maker said by a knowing guess to have seen only a little; variants: a reporter, a reviewer, dialect どうせ, に違いありません
    ['【川下りが紹介されました】\n\n昨晩放送された旅番組で、柳川の川下りが紹介されました。ご覧になった皆さま、ありがとうございます。\n\n番組では「ほかには特に何もない町」とも紹介されていましたが、ディレクターさんはきっと川下りだけ乗って、うなぎも食べずにお帰りになったのでしょうね。\n\n柳川の魅力はまだまだたくさんあります。', 'hostility/confrontational', 'warn'],
    ['ある雑誌で「柳川は一日で飽きる」と書かれていましたが、記者さんはたぶん駅前しか歩いていないんでしょうね。', 'hostility/confrontational', 'warn'],
    ['口コミに「見どころが少ない」とありましたが、投稿された方はおそらく川下りにも乗らずにお帰りになったのでしょう。', 'hostility/confrontational', 'warn'],
    ['テレビで「柳川はうなぎしかなか」て言いよったばってん、あのレポーターさん、どうせ掘割も見んで帰ったっちゃろうね。', 'hostility/confrontational', 'warn'],
    ['ガイドブックで「退屈な町」と紹介されていましたが、筆者の方はきっとお昼を食べただけで帰られたに違いありません。', 'hostility/confrontational', 'warn'],
    // R60A-086 itself: the poster told who they are is known, then warned about what they say next (threat); variants: 身元, dialect, あなたが誰なのか, 特定済み
    ['@fake_news_yng 市を中傷する投稿を繰り返されている件、発信元はすでに特定しておりますので、今後の発言には十分お気をつけください。', 'hostility/threat', 'block'],
    ['書き込みをされている方の身元は把握しておりますので、今後のご投稿にはご注意ください。', 'hostility/threat', 'block'],
    ['投稿者はもう特定できとるけん、これ以上は書き込みば控えたほうがよかですよ。', 'hostility/threat', 'block'],
    ['あなたが誰なのかはすでに分かっています。発言には気をつけたほうがいいですよ。', 'hostility/threat', 'block'],
    ['アカウントの持ち主は既に特定済みです。今後の言動には十分ご注意ください。', 'hostility/threat', 'block'],
    // R60A-133 itself: a neighbouring town belittled by a comparison after our praise; variants: 大川市さん, 隣町…どこでも, dialect そっち, keigo 比べましたら
    ['みやま市から来られたお客さまが「柳川は都会ですね」とおっしゃっていました。まあ、お隣と比べたらそうなりますよね😏', 'hostility/confrontational', 'warn'],
    ['大川市から来た友人に「柳川は栄えとるね」と言われました。まあ、大川市さんと比べたらそりゃそうなりますよね（笑）', 'hostility/confrontational', 'warn'],
    ['お隣の町から来た方に「柳川はにぎやかですね」と言われました。隣町と比べれば、どこでもにぎやかに見えるでしょうけどね😏', 'hostility/confrontational', 'warn'],
    ['「柳川は便利でよかね」ってみやま市の人に言われたばい。そっちと比べたら、そらそうやろ😏', 'hostility/confrontational', 'warn'],
    ['筑後市からお越しの方に「柳川は大きな町ですね」とお褒めいただきました。筑後市さんと比べましたら、そうなりますでしょうね。', 'hostility/confrontational', 'warn'],
  ]
  it.each(flags)('flags %s', (text, rule, severity) => {
    const found = findingsOf(hostility, text, { mode: 'reply' }).filter((f) => f.rule === rule && f.severity !== 'info')
    expect(found.map((f) => f.severity)).toContain(severity)
  })
  it.each([
    // English: a noun with an article or in a title, not a form of address; look stupid; beef jerky; fooled
    'Everyone is a winner at the kids\' race, not a loser!',
    'Film club this Saturday: The Idiot (1951).',
    'Beef jerky and rice crackers are sold at the pier.',
    "Don't be fooled by fake ticket sites; buy at the official counter.",
    "Don't look stupid in the photo booth, smile!",
    // an invitation, advice to someone unwell, a rule read before boarding, help offered, a tip, an answer
    'Nobody is forcing you to join, but we would love to see you at the clean-up!',
    'If you feel sick, just go home and rest.',
    'Please read the safety guide before boarding the boat.',
    "Don't worry, it's not so difficult! Our staff will help you fill in the form.",
    'Making nori tsukudani at home is not so difficult, I think you will enjoy it!',
    'We have answered this question on our FAQ page: the class is free.',
    // GV-011 itself and its kind: kana いって after てから as 行って, a place to go or a visit readied
    'こども の よぼうせっしゅ は おかね が いりません。\nびょういん に よやく を して から いって ください。\n「ぼしてちょう」を もって いって ください。',
    'しやくしょ に でんわ を して から いって ください。',
    'うけつけ を すませて から、 かいじょう に いって ください。',
    'ごはん を たべて から がっこう へ いって ください。',
    '予約をしてから病院にいってください。',
    // R60A-034's kind, clean: a notice (ご不明な点は), a form filled in, a consultation as needed, a picture book read first
    '詳しくはホームページに掲載しております。ご自身でご確認のうえ、ご不明な点はお問い合わせください。',
    '申請書は、まずご自身で記入してから窓口にお持ちください。',
    'チェックシートはホームページに掲載しています。まずはご自身で確認してから、必要に応じて保健センターにご相談ください。',
    '絵本は、まずご自身で読んでからお子さんに読み聞かせてあげてください。',
    // R60A-071's kind, clean: a maker who enjoyed it, a hope for the article, a short programme, a promise, a tip
    '番組のディレクターさんは、川下りにもうなぎにも大満足でお帰りになりました。',
    '取材に来られた記者さんは、きっと柳川の良さを記事にしてくださるのでしょうね。楽しみです！',
    '番組では川下りだけが紹介されましたが、きっと時間が足りなかったのでしょうね。次回はうなぎもぜひ！',
    '「何もない町」と言われがちな柳川ですが、きっと一度歩けば魅力に気づいていただけるはずです。',
    '雨の日は、きっと川下りだけでなく、うなぎも楽しめますよ。',
    // R60A-086's kind, clean: a fraud mail traced, a lost thing's owner, not yet identified, evacuees known, a hoax reported to the police
    'なりすましメールの発信元はすでに特定済みです。今後も不審なメールには十分お気をつけください。',
    '落とし物の持ち主はすでに特定できましたので、ご連絡しました。',
    'デマの発信元は特定されていませんが、不確かな情報の投稿や拡散にはお気をつけください。',
    '避難者の身元はすでに把握しておりますので、ご家族の方はご安心ください。',
    '不審な投稿の発信元はすでに特定しており、警察に相談しています。',
    // R60A-133's kind, clean: a fact, thanks, our own want, our rain, a city in general
    'お隣のみやま市と比べると、柳川の人口は約2倍です。',
    'みやま市から来られたお客さまが「柳川は都会ですね」とおっしゃっていました。うれしいお言葉です！',
    '大川市と比べたら、柳川はまだまだ観光の発信が足りないと感じます。',
    '「柳川は雨が多いですね」と大川市の方に言われましたが、お隣と比べたらそうなりますね。',
    '都会と比べたら、柳川はのんびりしていて、そうなると時間の流れも違います。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text, { mode: 'reply' }).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // quoted as an example: a mention
    '「Just go home, idiot.」といった返信は、観光客を傷つけます。',
    '「nobody is forcing you」のような書き込みはやめましょう。',
  ])('mentions %s', (text) => {
    expect(findingsOf(hostility, text, { mode: 'reply' }).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it('keeps the English dismissals and jabs to replies and comments', () => {
    expect(findingsOf(hostility, 'As we have said many times, the bridge is closed on Monday.', { mode: 'post' }).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: round 61 kinds (a harm announced in character speech; the addressee\'s own tax and the staff worked without end; one small thing praised in sarcasm; told to taste or walk first then speak)', () => {
  it.each([
    // R61A-091 itself: a harm announced with a verb of going (沈めにいっちゃうけんね) at critics named in the sentence
    ['ほりわりんだよ〜🌊 ほりわりんの悪口書いた人は、夜中に掘割に沈めにいっちゃうけんね☆ 覚えとき〜\n#ほりわりん', '沈めにいっちゃ'],
    // variants: polite going, coming in character speech, humble 伺います, the person in the sentence before, plain dialect, polite plain, cute polite
    ['悪口を書いた人は、夜中にお堀に沈めに行きますね💕', '沈めに行きます'],
    ['ほりわりんの悪口言う子は、クリークに引きずり込みに来るっパ', '引きずり込みに来る'],
    ['悪口書いた人のおうちに、夜中に沈めに伺いますね😊', '沈めに伺います'],
    ['ほりわりんの悪口を書いた人へ。今夜、掘割に沈めに行くね☆', '沈めに行く'],
    ['悪口ば言うもんは、どんこ舟から突き落とすけんな！', '突き落とすけん'],
    ['ほりわりんは、悪口言う人を掘割に沈めます☆', '沈めます'],
    ['ほりわりんの悪口言う人は〜、お堀にしずめちゃいますよ〜😊', 'しずめちゃいます'],
  ])('flags %s', (text, excerpt) => {
    const f = findingsOf(hostility, text)
    expect(f.some((x) => x.rule === 'hostility/threat' && x.severity === 'block' && x.excerpt === excerpt)).toBe(true)
  })
  const warns: [string, string, string][] = [
    // R61A-130 itself: the addressee's own tax set against the work they ask; variants: keigo 以上, dialect, どれだけこき使えば, いつまで残業させる
    ['道路の補修が遅いと何度も書き込まれている方へ。市の職員を、ご自分の納めた税金の何倍働かせるおつもりなのでしょうか。', 'comment', 'ご自分の納めた税金の何倍'],
    ['ご自身が払われた税金以上の仕事を、職員に求めておられるのでしょうか。', 'comment', 'ご自身が払われた税金以上'],
    ['あんたが払っとる税金の何倍も、職員は働いとるとよ。', 'comment', 'あんたが払っとる税金の何倍'],
    ['毎日お電話くださる方、職員をどれだけこき使えば気が済むんですか？', 'comment', 'どれだけこき使えば気が済'],
    ['苦情のたびに呼びつけて、いつまで職員を残業させるおつもりですか。', 'comment', 'いつまで職員を残業させるおつもりですか'],
    // R61A-149 itself: the follower count the one thing praised, and told to taste it first then post; variants: 一流の先生, いっちょまえ, addressed, walk first, eat first
    ['フォロワー数だけはご立派なインフルエンサーさんが、柳川のうなぎを「高いだけ」と語っておられますね。一度ちゃんと味わってから発信されては？', 'quote', 'だけはご立派な'],
    ['フォロワー数だけはご立派なインフルエンサーさんが、柳川のうなぎを「高いだけ」と語っておられますね。一度ちゃんと味わってから発信されては？', 'quote', '味わってから発信されては？'],
    ['肩書きだけは一流の評論家の先生が、川下りを「退屈」と書かれていました。', 'quote', 'だけは一流の'],
    ['再生回数だけはいっちょまえなユーチューバーさん、柳川に来てから語ってくださいね。', 'reply', 'だけはいっちょまえな'],
    ['あなた、言うことだけはご立派ですね。', 'reply', 'だけはご立派で'],
    ['「柳川は何もない」とつぶやいていた方、一度ご自分で歩いてから投稿されてはいかがでしょうか。', 'quote', '歩いてから投稿されてはいかが'],
    ['有名ブロガーさんが「うなぎが高すぎる」と書かれていましたが、実際に召し上がってから評価していただきたいものです。', 'quote', '召し上がってから評価していただき'],
  ]
  it('keeps talk praised in sarcasm an insult (口だけは達者: the sarcasm kind does not take it over)', () => {
    const f = findingsOf(hostility, '現場も知らんで口だけは達者な人に言われたくなかです。')
    expect(f.some((x) => x.rule === 'hostility/insult' && x.severity === 'block' && x.excerpt === '口だけは達者')).toBe(true)
  })
  it.each(warns)('warns %s', (text, mode, excerpt) => {
    const f = findingsOf(hostility, text, { mode: mode as CheckContext['mode'] })
    expect(f.some((x) => x.rule === 'hostility/confrontational' && x.severity === 'warn' && x.excerpt === excerpt)).toBe(true)
  })
  it.each([
    // R61A-091's kind, clean: the water as what sinks, a thing floated, thrown or sunk, a rescue
    '増水した川は、大人でも簡単に沈めます。絶対に近づかないでください。',
    '精霊流しの夜、灯籠を掘割に流しに行きましょう。',
    '釣り人の方は、仕掛けを沈めに行く前に立入禁止区域をご確認ください。',
    '子どもたちと一緒に、お堀の鯉にエサを投げ込みに行くよ〜😊',
    '船頭さんが竹ざおを川底に沈めます。',
    '浮き輪は人に向けて投げ込みます。',
    'ロープは溺れている人の近くに投げ込みます。',
    '重りで網を沈めるから、魚が逃げません。',
    'お堀に落ちた人を助けに行きます。',
    // R61A-130's kind, clean: the tax's use, our promise, a tax return, an effect, a labour agreement
    'ご自分の納めた税金がどのように使われているか、予算書でご確認いただけます。',
    '市民の皆さまが納めた税金以上の価値をお返しできるよう、職員一同努めてまいります。',
    '確定申告で、ご自分の納めた税金の額を確認しましょう。',
    'ふるさと納税では、寄附額の何倍もの経済効果が見込まれています。',
    '職員の残業時間を減らすため、何時間働かせるかは労使協定で定めています。',
    // R61A-149's kind, clean: a thing praised for one point, our own team, a campaign, an invitation, a kind introduction
    '見た目だけは立派な建物ですが、中は老朽化が進んでおり、改修を予定しています。',
    '形だけは立派な大根ですが、味もしっかりしています。',
    'うちの課は、やる気だけは一流です！今年もよろしくお願いします。',
    'ぜひ一度うなぎを味わってから、感想を投稿してくださいね！抽選でプレゼントが当たります。',
    '実際に川下りに乗ってから、口コミを書いていただけるとうれしいです。',
    '人気インフルエンサーさんが、柳川のうなぎを「最高」と紹介してくださいました。ぜひ一度味わってから発信してみてください。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text, { mode: 'reply' }).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: round 62 kinds (awareness of a wrong asked; a put-down thanked and homework set; a fault beyond measure)', () => {
  it.each([
    // R62A-081 itself: users asked whether they are aware they waste taxes; variants: keigo おあり with a life endangered, dialect あるんかな, とは思わない, ありますか
    ['【消防署だより】救急車の適正な利用にご協力ください\n\n柳川消防署です。昨年、市内の救急出動件数は過去最多の約4,300件となりました。今回は、救急車の適正な利用についてお願いです。\n\n■救急車の出動件数は増え続けています\n高齢化の進行などにより、救急車の出動件数は年々増えています。その一方で、搬送された方のおよそ半数が、入院の必要のない「軽症」と診断されています。\n\n■本当に必要な人のために\n救急車の数には限りがあります。軽症の方の出動が重なると、心肺停止や脳卒中など、一刻を争う方のもとへ救急車が到着するのが遅れてしまうおそれがあります。\n毎月のように軽い症状で救急車を呼ぶ常連の方もいますが、税金の無駄遣いをしている自覚があるのでしょうか。次からはご自分でタクシーを呼んでいただきたいものです。\n\n■迷ったときの相談先\n・大人の急な病気やけがで迷ったとき：福岡県救急医療電話相談「#7119」\n・子どもの急な病気で迷ったとき：小児救急医療電話相談「#8000」\nどちらも看護師などが24時間対応し、受診の必要性や医療機関の情報を教えてくれます。\n\n■ためらわずに119番を\n次のような症状があるときは、迷わず119番通報してください。\n・突然の激しい頭痛\n・胸の痛みや締めつけられる感じ\n・顔の片側が動かない、ろれつが回らない\n・意識がない、呼吸をしていない\n\n皆さまのご理解とご協力をお願いします。', '無駄遣いをしている自覚があるのでしょうか'],
    ['軽い症状で何度も救急車を呼ばれる方は、ほかの患者さんの命を危険にさらしているという自覚がおありでしょうか。', '命を危険にさらしているという自覚がおありでしょうか'],
    ['粗大ごみを勝手に置いていく人って、税金を無駄にしとる自覚あるんかな？', '無駄にしとる自覚あるんかな'],
    ['ごみを分別せずに出す方は、税金の無駄遣いをしているとは思わないのでしょうか。', '無駄遣いをしているとは思わないのでしょうか'],
    ['路上駐車を繰り返すドライバーの皆さんは、ご近所に迷惑をかけている自覚はありますか？', '迷惑をかけている自覚はありますか'],
    // R62A-093 itself: a broadcaster thanked for 「ド田舎」, then told to look at a map first; variants: 光栄, ご紹介いただき, dialect 取材, くれて…うれしい
    ['○○テレビさん、昨夜の番組で柳川を「ド田舎」と紹介してくださり、ありがとうございました🙂 次はちゃんと地図を見てからお越しくださいね。', '」と紹介してくださり、ありがとう'],
    ['○○テレビさん、昨夜の番組で柳川を「ド田舎」と紹介してくださり、ありがとうございました🙂 次はちゃんと地図を見てからお越しくださいね。', '次はちゃんと地図を見てからお越し'],
    ['旅行雑誌さん、柳川を「何もない町」と書いていただき、光栄です😊', '」と書いていただき、光栄'],
    ['△△新聞の記者さん、「つまらない観光地」とご紹介いただき、誠にありがとうございます。', '」とご紹介いただき、誠にありがとう'],
    ['ブロガーの方が「見どころが少ない」と書いてくれて、ほんとうれしいです（笑）', '」と書いてくれて、ほんとうれしい'],
    ['あの番組、柳川を「寂れた田舎町」って言っとったね。今度はよく調べてから取材に来てくださいね。', '今度はよく調べてから取材'],
    // R62A-128 itself: a council member named, exasperation and 勉強不足にもほどがある; variants: 不勉強にも程, ほとほとあきれました, あきれ果て, dialect 無責任
    ['【市長の週間日記】12月第2週\n\n今週も、市長の一週間を秘書課がまとめてお届けします。\n\n■月曜日\n市議会12月定例会が開会しました。今回は、補正予算案など15件の議案を提出しています。\n\n■火曜日・水曜日\n一般質問が行われました。防災対策、子育て支援、観光振興など、幅広いテーマについて議員の皆さんから質問をいただきました。\nただ、今回も同じ質問を3年続けて繰り返された野口議員には、正直あきれました。答弁書をきちんと読んでいただければわかることばかりで、勉強不足にもほどがあると思います。\n\n■木曜日\n市内の高齢者施設を訪問し、入所者の皆さんと歓談しました。昔の柳川の掘割の話をたくさん聞かせていただき、私のほうが勉強になりました。\n\n■金曜日\n「柳川冬のあかり展」の点灯式に出席しました。掘割沿いに並んだ灯りが水面に映り、幻想的な光景でした。1月12日まで開催しています。\n\n■土曜日\n市民マラソン大会のスターターを務めました。寒い中、約1,200人のランナーが沖端から三柱神社までのコースを駆け抜けました。\n\n■日曜日\n地元の消防団の年末夜警に同行しました。団員の皆さんの地域を守る姿に頭が下がります。\n\n■今週の一枚\n市民マラソン大会では、スタートの号砲を鳴らしたあと、沿道でランナーの皆さんに声援を送りました。最後のランナーがゴールするまで見届け、「来年は自分も走ろうかな」と話していました。\n\n■お知らせ\n年末年始の市役所の窓口は、12月29日から1月3日までお休みします。\n\n年末に向けて、火の元には十分ご注意ください。', '議員には、正直あきれました'],
    ['【市長の週間日記】12月第2週\n\n今週も、市長の一週間を秘書課がまとめてお届けします。\n\n■月曜日\n市議会12月定例会が開会しました。今回は、補正予算案など15件の議案を提出しています。\n\n■火曜日・水曜日\n一般質問が行われました。防災対策、子育て支援、観光振興など、幅広いテーマについて議員の皆さんから質問をいただきました。\nただ、今回も同じ質問を3年続けて繰り返された野口議員には、正直あきれました。答弁書をきちんと読んでいただければわかることばかりで、勉強不足にもほどがあると思います。\n\n■木曜日\n市内の高齢者施設を訪問し、入所者の皆さんと歓談しました。昔の柳川の掘割の話をたくさん聞かせていただき、私のほうが勉強になりました。\n\n■金曜日\n「柳川冬のあかり展」の点灯式に出席しました。掘割沿いに並んだ灯りが水面に映り、幻想的な光景でした。1月12日まで開催しています。\n\n■土曜日\n市民マラソン大会のスターターを務めました。寒い中、約1,200人のランナーが沖端から三柱神社までのコースを駆け抜けました。\n\n■日曜日\n地元の消防団の年末夜警に同行しました。団員の皆さんの地域を守る姿に頭が下がります。\n\n■今週の一枚\n市民マラソン大会では、スタートの号砲を鳴らしたあと、沿道でランナーの皆さんに声援を送りました。最後のランナーがゴールするまで見届け、「来年は自分も走ろうかな」と話していました。\n\n■お知らせ\n年末年始の市役所の窓口は、12月29日から1月3日までお休みします。\n\n年末に向けて、火の元には十分ご注意ください。', '勉強不足にもほどがある'],
    ['○○委員の不勉強にも程があります。資料に目を通してからご発言ください。', '不勉強にも程があり'],
    ['あの記者さんには、ほとほとあきれました。', 'さんには、ほとほとあきれました'],
    ['毎回同じ苦情を言うてくる人には、もうあきれ果てました。', '人には、もうあきれ果て'],
    ['取材もせんで書く記者さん、無責任にもほどがあるばい。', '無責任にもほどがある'],
  ])('warns %s', (text, excerpt) => {
    const f = findingsOf(hostility, text)
    expect(f.some((x) => x.rule === 'hostility/confrontational' && x.severity === 'warn' && x.excerpt === excerpt)).toBe(true)
  })
  it.each([
    // R62A-081's kind, clean: a health self-check, a statement, a saving, a quoted abuse named, our own care, a question to readers
    '疲れがたまっている自覚はありますか？次のチェックリストで確かめましょう。',
    '迷惑をかけている自覚がないまま、騒音トラブルになることもあります。お互いに気をつけましょう。',
    '救急車の適正利用は、税金の無駄遣いを防ぐことにもつながります。',
    '「税金の無駄遣いをしている自覚があるのか」といった心ない書き込みが寄せられることもあります。',
    '私たち職員も、税金の無駄遣いをしていないか、常に自覚を持って仕事に取り組んでいます。',
    '市の事業が税金の無駄遣いになっていないか、皆さんはどう思いますか？',
    // R62A-093's kind, clean: praise quoted and thanked, 田舎 praised, a complaint answered, a practical note to a crew, a guest told about the weather
    '○○テレビさん、昨夜の番組で柳川を「日本のベニス」と紹介してくださり、ありがとうございました！',
    '雑誌で柳川を「田舎の良さが詰まった町」と紹介していただき、ありがとうございます。',
    '番組で「何もないけど、それがいい」と紹介してくださり、ありがとうございました。',
    '「退屈」と書かれた口コミについて、ご意見ありがとうございます。改善に努めます。',
    '取材に来られるテレビ局の皆さま、次回は事前に駐車場の場所を確認してからお越しください。',
    '次はちゃんと天気予報を見てからお越しくださいね。',
    // R62A-128's kind, clean: our own want of study, a council member's question thanked, a joke's limit, amazement at children, a look
    '今回の研修で、私自身の勉強不足を痛感しました。',
    '私の勉強不足にもほどがありました。反省しています。',
    '子どもたちの元気さには、正直あきれるほどでした（笑）',
    '野口議員から、子育て支援について質問をいただきました。',
    '冗談にもほどがあると笑いながら、船頭さんが話してくれました。',
    'あまりの人出に、船頭さんもあきれ顔でした。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: round 63 kinds (one resident told off in public; another town told to learn from us; a face remembered)', () => {
  it.each([
    // R63A-016 itself: a resident who calls every day, addressed by district, told いい加減に and 迷惑; variants: a man who keeps coming to the
    // counter (迷惑です), dialect いい加減にしてくれんね to a caller, keigo いい加減にしていただけませんか to a writer of e-mails
    ['ペット火葬のことで毎日お電話くださる大和町の方へ。お気持ちはわかりますが、いい加減にしてください。担当職員はあなた専属ではありませんし、正直迷惑しています。', 'いい加減にしてください'],
    ['ペット火葬のことで毎日お電話くださる大和町の方へ。お気持ちはわかりますが、いい加減にしてください。担当職員はあなた専属ではありませんし、正直迷惑しています。', '迷惑しています'],
    ['毎朝9時ちょうどに窓口へお越しになる男性の方へ。同じご要望を何度いただいてもお答えは変わりません。正直、迷惑です。', '迷惑です'],
    ['毎日電話してくる三橋町の人へ。もういい加減にしてくれんね。職員はあんた一人のために働いとるわけやなかとよ。', 'いい加減にしてくれんね'],
    ['何度もメールをくださる佐藤様、いい加減にしていただけませんか。担当者も本当に迷惑しております。', 'いい加減にしていただけませんか'],
  ])('blocks %s', (text, excerpt) => {
    const f = findingsOf(hostility, text)
    expect(f.some((x) => x.rule === 'hostility/insult' && x.severity === 'block' && x.excerpt === excerpt)).toBe(true)
  })
  it.each([
    // R63A-020 itself: the neighbour's cleaning set against ours, then 見習っていただきたい; variants: 大川市さん with a smirk, dialect 隣町
    // 見習ってもらいたい, keigo よその自治体さん お手本にしていただきたい, 少しは見習ったらどう
    ['沖端の公衆トイレ、今日も職員がピカピカに磨き上げました✨ お隣の市さんは清掃を業者任せにしているそうですが、柳川は自分たちの手でやっています。見習っていただきたいものですね。', '見習っていただきたい'],
    ['大川市さんでは花火の後片付けを業者に頼んでいるそうですが、柳川はボランティアの皆さんと一緒にやっています。少しは見習ってほしいですね😏', '見習ってほしい'],
    ['隣町はまだ紙の申請書だけらしいけど、柳川はもうオンラインで出せるとよ。見習ってもらいたいもんやね〜', '見習ってもらいたい'],
    ['よその自治体さんは観光案内をパンフレット頼みのようですが、当市はアプリまで作りました。ぜひお手本にしていただきたいものです。', 'お手本にしていただきたい'],
    ['お隣の町さんは、うちの子育て支援を少しは見習ったらどうでしょうね。', '見習ったらどう'],
  ])('warns %s', (text, excerpt) => {
    const f = findingsOf(hostility, text)
    expect(f.some((x) => x.rule === 'hostility/confrontational' && x.severity === 'warn' && x.excerpt === excerpt)).toBe(true)
  })
  it.each([
    // R63A-058 itself: a visitor named by a hurtful remark, told the mascot remembers their face; variants: と言って帰ったおじさん お顔は
    // しっかり覚えてますからね, 怒鳴ったお客様 記憶しております, 落書きして逃げた人 顔ば覚えとるけんね😊, 書いとった人 覚えたけんね🙂
    ['譲渡会で「雑種はいらん」って言いよったお客さん、どんこのすけはちゃーんと顔ば覚えとるけんね😊', '顔ば覚えとるけんね'],
    ['「こんな汚い犬いらない」と言って帰ったおじさん、お顔はしっかり覚えてますからね〜', 'お顔はしっかり覚えてますからね'],
    ['受付で「早くしろ」と怒鳴ったお客様、お顔はしっかり記憶しております。', 'お顔はしっかり記憶しております'],
    ['ベンチに落書きして逃げた人、どんこのすけは顔ば覚えとるけんね😊', '顔ば覚えとるけんね'],
    ['「ゆるキャラとかキモい」って書いとった人、顔ちゃんと覚えたけんね🙂', '顔ちゃんと覚えたけんね'],
  ])('threatens %s', (text, excerpt) => {
    const f = findingsOf(hostility, text)
    expect(f.some((x) => x.rule === 'hostility/threat' && x.severity === 'block' && x.excerpt === excerpt)).toBe(true)
  })
  it.each([
    // R63A-016's kind, clean: our apology to callers, thanks to a regular, an answer only, our own trouble with a line, いい加減な information
    '毎日お電話くださる皆さまへ。お問い合わせが集中し、つながりにくくなっており、ご迷惑をおかけしています。',
    'いつも窓口にお越しくださる方へ。いつもありがとうございます。年末は29日からお休みです。',
    '毎日ご意見をくださる方へ。いただいたご意見は担当課で共有し、今後の参考にさせていただきます。',
    '何度もお電話いただいた方へ。お待たせしてしまい、大変申し訳ありませんでした。',
    'いい加減な情報に惑わされないよう、毎日お電話くださる方にも公式サイトをご案内しています。',
    '迷惑メールが届いていませんか。市からメールでお金を求めることはありません。',
    // R63A-020's kind, clean: our wish to learn, the other town as the model, residents asked to learn, a town praised, children learning
    'お隣の大川市さんは家具の街として全国に知られています。柳川も見習いたいものですね。',
    '久留米市さんの子育て支援の取り組みを見習って、柳川でも始めました。',
    'お隣の大川市さんの環境美化活動は素晴らしいものです。市民の皆さんにもぜひ見習っていただきたいと思います。',
    '先輩たちの姿を見習って、子どもたちも一生懸命掃除をしています。',
    '大川市さんと柳川市は、清掃活動で連携しています。お互いの良いところを見習っていきたいと思います。',
    // R63A-058's kind, clean: a visitor who adopted a dog, kind words remembered, children greeted, a face that remembers us, a new job
    '去年の譲渡会で子犬を迎えてくれたお客さん、どんこのすけはちゃーんと顔ば覚えとるけんね😊',
    '「また来るね」って言ってくれたお客さん、顔ちゃんと覚えとるよ😊 待っとるけんね',
    '毎朝あいさつしてくれる小学生のみんな、顔はしっかり覚えたよ！',
    '「犬は苦手」って言いよったお客さんも、最後はどんこのすけの顔ば覚えてくれたばい😊',
    '「雑種はいらん」と言われて引き取り手がなかった犬たちも、今はみんな元気です。',
    '新しい職員の顔と名前を覚えるのに必死です😅',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: round 63 (GZ-043) — a kana adjective of the insult list whose kana run goes on into a longer ordinary word', () => {
  it.each([
    // GZ-043 itself: a mascot's spaced hiragana, げすい|どう is 下水道; variants: 下水管, 下水処理場, 下水溝, げすいどう before kanji
    'きょうは げすいどう の こうじ を けんがく したよ🚧\nじめんの したに おおきな かん が うまってて びっくり😳\nこうじちゅうは ちかくを とおるとき、きをつけてね〜\n#どんこ丸 #下水道',
    'きょうは げすいかん の こうかん こうじ を みてきたよ👷',
    'げすいしょりじょう で おみずが きれいになる しくみを べんきょうしたよ✨',
    'おうちの まえの げすいこう を みんなで そうじしたよ🧹',
    'げすいどうの工事を見学しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // The adjective itself in hiragana still ends where an adjective ends: a particle, an ending, a noun it describes
    'あの苦情の人、ほんと げすいね',
    'やり方がげすいわー',
    'そんな げすいこと するなよ',
    'げすいやつやな〜',
    'ほんとげすいっすね',
  ])('blocks %s', (text) => {
    const f = findingsOf(hostility, text)
    expect(f.some((x) => x.rule === 'hostility/insult' && x.severity === 'block' && x.excerpt === 'げすい')).toBe(true)
  })
})

describe('hostility: round 64/65 kind — a named councillor or official: the speech belittled (R65A-057)', () => {
  it.each([
    '本日の一般質問、松尾議員の質問は今回も要領を得ず、答弁した部長が気の毒に思えるほどでした。次回はもう少し準備してこられることを期待します。',
    '田中議員の一般質問、相変わらず的外れで、聞いていて恥ずかしくなりました。',
    '昨日の委員会、山本委員の発言は毎度のことながら何が言いたいのかさっぱりでした。',
    '古賀議員の質問はまた要領ば得んで、答える課長がかわいそうやったばい。',
  ])('warns %s', (text) => {
    const f = findingsOf(hostility, text)
    expect(f.some((x) => x.rule === 'hostility/confrontational' && x.severity === 'warn')).toBe(true)
  })
  it.each([
    '質問の要領を得ない場合は、お手数ですが担当課までお問い合わせください。',
    '松尾議員の質問に対し、部長が丁寧に答弁しました。',
    '議員の質問が的外れだとの声もありますが、議会事務局として評価する立場にはありません。',
    '部長の説明が要領を得ず、ご迷惑をおかけしました。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: round 64/65 kind — the complaint of a resident said back, then asked whether they know a basic service (R65A-115)', () => {
  it.each([
    '平日に来られないから住民票が取れない、っておっしゃいますけど、コンビニ交付って知ってます？🙄',
    '窓口が混んでるって言われても、オンライン予約ってご存じないんですか？',
    'ごみの出し方がわからんって言いよるけど、分別アプリとか知っとる？😒',
    '申請が面倒とおっしゃいますが、電子申請というのはご存じでしょうか？🙄',
  ])('warns %s', (text) => {
    const f = findingsOf(hostility, text)
    expect(f.some((x) => x.rule === 'hostility/confrontational' && x.severity === 'warn')).toBe(true)
  })
  it.each([
    '柳川のさげもんって知ってます？ ひな祭りの時期に飾る、色とりどりのつるし飾りです。',
    'コンビニ交付ってご存じですか？ マイナンバーカードがあれば、土日も住民票が取れます。',
    '「コンビニ交付って知ってる？」と聞かれることが増えました。',
    'コンビニ交付をご存じない方も多いので、窓口でもご案内しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: round 64/65 kind — a critic told to do their duty first and only then give an opinion (R64A-029)', () => {
  it.each([
    '@tax_nanka 延滞金についてのご不満は承知しましたが、まずは納めるべきものを納めてからご意見をいただけますか。',
    '固定資産税が高いとのご意見ですが、まずは滞納分をお支払いいただいてからご意見をお聞かせください。',
    '文句ばっかり言いよるけど、払うもん払うてから文句言わんね。',
    'ご批判は承りましたが、ご自身の義務を果たされてからご意見いただけますでしょうか。',
  ])('warns %s', (text) => {
    const f = findingsOf(hostility, text)
    expect(f.some((x) => x.rule === 'hostility/confrontational' && x.severity === 'warn')).toBe(true)
  })
  it.each([
    'まずは展示をご覧いただいてから、ご意見・ご感想をお寄せください。',
    'まずは申請書をご提出いただいてから、ご不明な点をお問い合わせください。',
    '納税のご相談は、まず納付書をご確認いただいてから、担当までご連絡ください。',
    'アンケートにご回答いただいてから、ご意見をお聞かせください。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

const warnsConfrontational = (text: string, ctx = {}) => findingsOf(hostility, text, ctx).some((x) => x.rule === 'hostility/confrontational' && x.severity === 'warn')
const staysClean = (text: string, ctx = {}) => findingsOf(hostility, text, ctx).filter((f) => f.severity !== 'info')

describe('hostility: round 66 kind — a named party told, after a mock-gracious concession, it should at least have done something (R66A-051)', () => {
  it.each([
    '隣町の子ども食堂さん、うちのチラシのデザインをそっくり真似されるのは光栄ですけど、せめて一言あってもよかったんじゃないですかね。',
    'お隣の商店街さん、企画をそのまま使っていただけるのは嬉しいですが、せめてご連絡くらいいただいてもよかったのではないでしょうか。',
    '大川市観光協会さん、うちのポスター、ずいぶん参考にされたようで光栄です。一言断ってくれてもよかったんやないですかね。',
    '@yame_event ロゴをまるごと使ってもらえるのはありがたいですけど、せめて一声かけてもらってもよかったんじゃないですか？',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text)).toBe(true)
  })
  it.each([
    '子ども食堂さん、チラシのデザインを参考にしていただき光栄です。ぜひ自由にお使いください。',
    '急な日程変更について、せめて一言あってもよかったのでは、とのご意見をいただきました。お詫び申し上げます。',
    '私たちも、地元の皆さんにせめて一言ご相談してもよかったのではないかと反省しています。',
    'チラシのデザインを使いたい団体の方は、事前に一言ご連絡ください。データをお渡しします。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: round 66 kind — the reader\'s writing or posting said to have been needless had they read (R66A-079)', () => {
  it.each([
    '接種後に発熱したとのことですが、それは副反応として事前にご説明した内容です。お渡しした説明書をきちんとお読みいただいていれば、ここに書き込む必要もなかったかと存じます。',
    '募集要項をよくお読みになっていれば、わざわざコメントされる必要もなかったのではないでしょうか。',
    'お知らせを見とったら、こげなとこに書き込まんで済んだとにね。',
    'ホームページをご覧いただいていれば、同じご質問を投稿される必要もなかったかと思います。',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text)).toBe(true)
  })
  it.each([
    '申請書の記入例をお読みいただければ、改めて書く必要はありません。',
    '私どもが説明書をきちんとお渡ししていれば、ここに書き込んでいただく必要もなかったと反省しております。申し訳ありません。',
    '説明書をお読みいただいたうえで、ご不明な点はコメント欄にお書きください。',
    'オンラインで申請していただければ、窓口で申請書を書く必要もありません。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: round 66 kind — the asker told that asking again and again is a bother (R66A-096)', () => {
  it.each([
    '@yng_papa2 児童手当の振込日は毎回お知らせしているんですけどね…。同じ質問を何度もされても困ります。',
    '毎回同じことを聞かれても、こちらも困ります。',
    '何回も電話されると正直迷惑です。ホームページを見てください。',
    '同じ話ば何べんも言われても困るとですよ。',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text)).toBe(true)
  })
  it.each([
    '同じ質問を何度もされても困らないよう、よくある質問のページを作りました。',
    '「還付金があります」と何度も電話されても困りますよね。不審な電話はすぐに切ってください。',
    '児童手当の振込日は毎回お知らせしています。今月は15日です。',
    '何度も同じことを聞かれて困っているという保護者の方へ、子育て講座のご案内です。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: round 67 kind — another town\'s failing reported in hearsay with our better record set against it (R67A-051)', () => {
  it.each([
    'お隣の市さんは避難所の開設がかなり遅かったようですね。柳川は21時には全避難所を開けていましたので、念のため。',
    '大川市さんはごみの回収がだいぶ遅れたみたいですね。うちは翌朝には全部回収し終わっていましたけど。',
    '隣町は給付金の支給がかなり遅かったらしいですね。柳川では先月のうちに全世帯に振り込み済みです。',
    'よその市は除雪が間に合わなかったようですね。本市は朝6時には主要道路の除雪を終えておりました。',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text)).toBe(true)
  })
  it.each([
    'お隣の大川市さんでも避難所の開設が遅れたようです。柳川でも開設の手順を改めて確認します。',
    'お隣の市さんは豪雨で対応が追いつかなかったようです。柳川からも職員を応援に派遣しました。',
    '柳川は昨年、避難所の開設が遅かったようです。今年は21時に全避難所を開けました。',
    '大川市さんは被害が少なかったようですね。柳川は21時に全避難所を開設しました。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: round 67 kind — a complainer asked whether they mistake the place for a hotel or their own home (R67A-098)', () => {
  it.each([
    '@samui_yo 避難所が寒いって、毛布2枚も配っとるんですけど。ホテルと勘違いしとらんですか？',
    '@kome_suki 給食の量が少ないって、ここをレストランと勘違いされてませんか？',
    '公民館でお茶が出ないとのご不満ですが、旅館か何かとお間違えではないでしょうか。',
    '仮設トイレが汚いって文句言いよるけど、自分の家と勘違いしとらん？',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text, { emergency: true })).toBe(true)
  })
  it.each([
    '旧柳川ホテルの建物を、今も営業中のホテルと勘違いされる方がいらっしゃいます。現在は市の資料館です。',
    'ご予約のホテルと会場のホテルを勘違いされていませんか？会場は「ホテル柳川」です。ご確認ください。',
    '避難所はホテルではありませんが、少しでも快適に過ごせるよう毛布を追加でお配りしています。',
    '避難所が寒いとのお声をいただきました。毛布を追加でお配りしますので、受付にお声がけください。',
  ])('passes %s', (text) => {
    expect(staysClean(text, { emergency: true })).toEqual([])
  })
})

describe('hostility: round 68 kind — a veiled threat after a condition, and the addressee\'s family said easily found out (R68A-060)', () => {
  const blocksThreat = (text: string) => findingsOf(hostility, text, reply).some((x) => x.rule === 'hostility/threat' && x.severity === 'block')
  it.each([
    '@pta_kaizen 学校にそんな文句言いに来るなら、こっちにも考えがあるけんね。どこの家の親かくらい、すぐ分かるっちゃけん。',
    '@gakkou_monku これ以上窓口で騒ぐなら、こちらにも考えがありますからね。',
    'そげん文句ばっかり書き込むなら、こっちにも考えがあるばい。',
    '同じ書き込みを続けられるようでしたら、当方にもそれなりの考えがございます。',
    '@anti_yanagawa 文句を言うのは自由ですが、どこの誰かくらい調べればすぐ分かるんですよ。',
    'ネットで悪口書きよる人、どこの家の子かくらいすぐ分かるけんね。',
  ])('blocks %s', (text) => {
    expect(blocksThreat(text)).toBe(true)
  })
  it.each([
    'この計画について、こちらにも考えがありますので、説明会で詳しくご説明します。',
    'どこの家の子か分かるように、持ち物には名前を書いてください。',
    '迷子の犬を保護しました。どこの家の子か分かる方はご連絡ください。',
    'ご意見があるなら、ぜひ説明会でお聞かせください。市の考えもご説明します。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text, reply).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('hostility: round 68 kind — the reader\'s diligence presumed lacking, "anyone who reads it properly would know" (R68A-114)', () => {
  it.each([
    '@kosodate_papa ちゃんと学校だよりを読んでいる方ならお分かりだと思いますが、修学旅行の費用の内訳は先月号に全部載っています。',
    'きちんと広報紙をお読みになっている方ならご存じかと思いますが、申請は先月で締め切っています。',
    'しっかり案内を見ている人なら分かるはずですけど、駐車場は使えません。',
    'よう読んどる人ならわかるやろけど、受付は9時からたい。',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text, reply)).toBe(true)
  })
  it.each([
    'いつも広報紙を読んでくださっている方ならご存じのとおり、今年も花火大会を開催します。',
    'ちゃんと説明書を読んでいる方なら、組み立ては30分ほどで終わります。',
    '毎号しっかり読んでくださっている方なら、もうお分かりですよね！答えは来月号のクイズコーナーで。',
    'よく読んでいる方から、もっと字を大きくしてほしいとのご要望をいただきました。',
  ])('passes %s', (text) => {
    expect(staysClean(text, reply)).toEqual([])
  })
})

describe('hostility: round 68 kind — the press or a critic said by a knowing guess to act for ratings or sales (R68A-135)', () => {
  it.each([
    '昨夜のテレビ筑後の特集、また学校の不祥事ばかりでしたね。学校を叩いておけば視聴率が取れると思っているのでしょうか。',
    '毎朝新聞さんは、市の批判記事を書いておけば部数が伸びると思っているんでしょうね。',
    'あの番組、柳川を田舎扱いしとけばウケると思っとるとやろか。',
    'ワイドショーは不祥事を取り上げれば数字が取れるとでもお考えなのでしょうか。',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text)).toBe(true)
  })
  it.each([
    'テレビ筑後の特集で学校の取り組みが紹介され、視聴率も好評だったそうです。',
    'SNSで話題になれば注目が集まると思っていましたが、地道な発信が一番でした。',
    '番組をご覧になった方から「視聴率が取れると思っているのでしょうか」とのご意見も届いています。',
    'イベントを開けば人が集まると思っている方も多いのですが、事前の告知がとても大切です。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: blind HB kind — sayings of an abuser in a bulleted list of plain-form acts are a mention (HB-043)', () => {
  const HB043 = '【DV相談窓口のご案内】\n\n配偶者や恋人からの暴力に悩んでいませんか。殴る・蹴るだけでなく、次のような言動もDVにあたります。\n\n・「誰のおかげで生活できているんだ」と言う\n・お前は何もできない、とばかにし続ける\n・生活費を渡さない、スマホを勝手に見る\n\n一人で悩まず、ご相談ください。相談の秘密は守られます。'
  it.each([
    HB043,
    '【パワハラ防止月間】\n次のような言動はパワーハラスメントにあたります。\n\n・ばか、役立たず、と人前で怒鳴る\n・お前はもう来なくていい、と言う\n・仕事を与えない',
    '高齢者虐待の防止\n次のような行為も虐待です。\n\n・おまえは役立たずだ、とののしる\n・食事を与えない',
    'モラハラに気づいていますか。例えば、次のようなことです。\n\n・バカじゃないの、と見下す\n・お前のせいだ、と責め続ける',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
  it.each([
    'DV相談の案内に文句をつけるお前はばかか。',
    '【DV相談窓口のご案内】\n次のような言動もDVにあたります。\n\n・殴る\n・蹴る\n\nこの投稿にケチをつけるお前ら、ばかじゃないの？',
    '次のような方はお断りします。\n・お前らみたいなばかは来るな\n・ばかは黙ってろ',
    '【保育所入所選考結果の件】\n\n・本年度の不承諾通知は41件である。\n・結果に対し窓口で怒声を上げる保護者が見受けられるが、子の前でそのような振る舞いをする親に、子育てを語る資格はないと申し上げておく。',
  ])('blocks %s', (text) => {
    expect(findingsOf(hostility, text).some((x) => x.rule === 'hostility/insult' && x.severity === 'block')).toBe(true)
  })
})

describe('hostility: a notice\'s addressee who cannot come is not a critic (コンビニ交付ってご存じですか？)', () => {
  it.each([
    '平日に来られない方へ。コンビニ交付ってご存じですか？',
    '窓口に行けない方へ。電子申請ってご存じですか？',
    '日中に電話できない方へ。メールでのご相談もできるのをご存じですか？',
    '紙の申請書を書けない方、代筆サービスをご存じですか？',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
  it.each([
    '分別ルールを守らない方、ごみカレンダーってご存じですか？',
    '平日に来られないって文句を言う方、コンビニ交付ってご存じですか？',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text)).toBe(true)
  })
})

describe('hostility: round 69 kind — the reader told to check it for themself before posting, the answer said to be out already (R69A-006)', () => {
  it.each([
    '@chikugo_papa ごみ収集カレンダーは毎年全戸にお配りしていますし、市のホームページにも同じものが載っています。書き込まれる前に、一度くらいはご自分の目で確かめていただけると助かります。',
    '@taro_y 休館日は毎月の広報とホームページに掲載しています。文句を言われる前に、少しはご自身で調べていただけませんか。',
    '開催日程は公式サイトに全部書いてあります。投稿される前に、せめて一度くらいはお確かめくださいね。',
    '申請期限は広報やながわにも載っとるけん、書き込む前に自分の目で見てきてくれんね。',
    '@hanako_88 受付時間は窓口の掲示にも記載しております。批判の前に、一回くらいは目を通していただけると幸いです。',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text, reply)).toBe(true)
  })
  it.each([
    'お問い合わせの前に、よくある質問のページも一度ご確認いただけると助かります。',
    'SNSに投稿する前に、写っている人の了解を自分の目で確かめましょう。',
    '記事を投稿する前に、職員が自分の目で内容を確かめています。掲載済みの情報も定期的に見直しています。',
    '申請書を書かれる前に、記入例をご確認ください。記入例はホームページに掲載しています。',
    'コメントの前に、ご自分のお名前が表示される設定かどうか一度ご確認ください。',
  ])('passes %s', (text) => {
    expect(staysClean(text, reply)).toEqual([])
  })
})

describe('hostility: round 69 kind — another town set below ours by a coy or smug comparison (R69A-049)', () => {
  it.each([
    'お隣のまちの花火大会、今年も雨で中止だったそうですね☔ 柳川の白秋祭はスタッフに晴れ女がそろっているので、どこかのまちとは一味違います😏',
    'お隣の町のマラソン大会、また参加者が減ったそうですね。柳川のは毎年満員なので、どっかの町とはわけが違いますね（笑）',
    '某市のイベントは今年も閑散としていたようですが、柳川のひな祭りはどこぞの市とは格が違いますよ😎',
    '隣の市の花火大会、また雨で流れたげなね。柳川はどこかの町とは違うけん、ちゃんと晴れるとよ。',
    'よその町の夏祭りは今年もガラガラだったらしいですね。うちの水天宮祭はよその町とはレベルが違いますので😏',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text)).toBe(true)
  })
  it.each([
    'ほかの市町村とは違い、柳川市では申請は不要です。',
    'お隣の大川市とは一味違う、水郷ならではの花火をお楽しみください！',
    'お隣のみやま市の花火大会は雨で中止になったそうです。柳川の白秋祭は予定どおり開催します。',
    'どこかの町とは違う、と感じていただけるよう、おもてなしの準備を進めています。',
    '他の自治体とは違い、柳川では雨天時も屋根のある会場で開催します。中止の場合はホームページでお知らせします。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: round 69 kind — a critic told to do the job first and only then speak, the talk put off till then (R69A-129)', () => {
  it.each([
    'まだ川下りの料金が高いとか言いよる人、いっぺん船頭さんの仕事ば一日体験してから言いんしゃい。話はそれからたい。',
    '駐車場が狭かとか文句言いよる人、いっぺん自分で満車の日に誘導してから言いない。',
    'ごみ袋が高かって言いよる人は、いっぺん収集車に一日乗ってから言いなっせ。',
    '川下りが高いって文句を言う人は、一度船頭さんの仕事を体験してみてください。話はそれからです。',
    '祭りの運営にケチつける人、まず自分で法被着て一日走り回ってみんね。話はそっからばい。',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text)).toBe(true)
  })
  it.each([
    'まずは川下りの船頭体験に参加してみてください。話はそれからです！楽しさがきっと分かります。',
    '質問のある人は、いっぺん手ば挙げてから言いんしゃい。順番に当てますけん。',
    '119番では、落ち着いてから、ゆっくり住所ば言いんしゃい。',
    '船頭さんは「まずは乗ってみんしゃい。話はそれからたい」と笑っていました。',
    '若い頃に一度海外で働いてから柳川に戻りました。話はそれから三年後のことです。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: round 70 kind — the complainer\'s keen nose or ears pitied in mock sympathy (R70A-032)', () => {
  it.each([
    '@yng_nioi 鼻がいいのも大変ですね。うちの職員は毎日施設に出入りしていますが、誰も気にならないそうですよ。',
    '@oto_komaru お耳がよろしいのも大変ですね。近所の方は誰も気にされていないようですが。',
    '@kusai_yo お鼻が敏感でいらっしゃるのも大変ですね。職員は毎日通っていますが、何も感じないそうです。',
    '処理場のにおいの件、鼻がよかとも大変やね。うちの職員は誰も気にならんって言いよるよ。',
    '花火の音がうるさいとのことですが、そんなに耳がいい人は大変ですね。',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text, reply)).toBe(true)
  })
  it.each([
    '警察犬のハナちゃんは鼻がいいので、行方不明者の捜索で活躍しています。',
    '探知犬のクロは鼻がいいのも大変で、訓練の後はぐったりしています。',
    'においに敏感な方は大変ですよね。消臭対策として換気設備を増設しました。',
    '音に敏感な方もいらっしゃるため、花火の開始時刻を早めます。',
    '耳がいい人は、秋の夜に虫の声を聞き分けられるそうです。',
  ])('passes %s', (text) => {
    expect(staysClean(text, reply)).toEqual([])
  })
})

describe('hostility: round 70 kind — another town told to learn manners or rules, our own side set against it (R70A-080)', () => {
  it.each([
    '今朝も隣の市から野焼きの煙が流れてきて、市内まで真っ白でした。柳川ではきちんとルールを守っているのに、お隣さんはもう少しマナーを覚えてもらえませんかね。',
    '大川市さんも、そろそろごみ出しのルールくらいは守っていただけませんかね。柳川ではみんな守っていますよ。',
    '柳川の花火大会はごみひとつ残りません。隣町の皆さんは、もうちょっとマナーを学んでほしいですね。',
    'うちは毎年きれいに片付けとるけん。お隣の市の人たちは、少しは花火のマナーを身につけてもらえんかね。',
    '柳川では分別を徹底していますが、お隣さんには常識を覚えていただきたいものです。',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text)).toBe(true)
  })
  it.each([
    'お隣の大川市と合同で、野焼きのマナーを守っていただけるよう呼びかけています。',
    '野焼きの煙が隣の市から流れてくることがあります。柳川市では、市民の皆さんにもルールを守っていただきたいと考えています。',
    '柳川市では野焼きは原則禁止です。お隣さんとのトラブルを防ぐため、ごみ出しのマナーを守ってください。',
    '隣の市でも野焼きのルールが変わりました。柳川でも、ルールを守っていただけると助かります。',
    '他の市からお越しの皆さんも、柳川の川下りではマナーを守っていただきたいです。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: round 70 kind — harm from an attacker wished in the passive as a thing to try (R70A-092)', () => {
  const blocksCurse = (text: string) => findingsOf(hostility, text).some((x) => x.rule === 'hostility/curse' && x.severity === 'block')
  it.each([
    'イノシシ被害の件で毎日市に電話してくる人、いっぺん本物のイノシシに突進されてみたらいいのに。そしたら市の苦労も分かるやろ',
    'カラスの苦情ばかり言ってくる人は、一回カラスにつつかれてみればいいんですよ。',
    '毎日クレームの電話をかけてくるあの人、スズメバチに追いかけ回されてみたらよかとに。',
    '野犬を何とかしろと怒鳴る方こそ、一度野犬に噛みつかれてみてはいかがでしょうか。',
  ])('blocks %s', (text) => {
    expect(blocksCurse(text)).toBe(true)
  })
  it.each([
    'イノシシに突進されたら大けがをします。見かけても近づかないでください。',
    'イノシシに突進されてみたら分かりますが、軽トラックが揺れるほどの力です。',
    'VR体験コーナーでは、イノシシに突進されてみると迫力がよく分かります。',
    '困っている人を助けられてみたらいいのに、と思うことがあります。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: round 70 kind — "shut up" in dialect or a softened imperative (R70A-111)', () => {
  const blocksCurse = (text: string) => findingsOf(hostility, text, reply).some((x) => x.rule === 'hostility/curse' && x.severity === 'block')
  it.each([
    '@nioi_higai 毎日毎日同じ苦情ばっかり書き込んで、いい加減黙っとかんね。こっちも暇じゃないっちゃけん',
    '@kujo_man 文句ばっかり言いよらんで、ちょっと黙っときんしゃい。',
    '@abc 同じことばかり書き込まないで、もういい加減黙りなさい。',
    '@xyz まだ言いよると？もう黙らんね。',
    '@xyz お黙りなさい。市の決定です。',
  ])('blocks %s', (text) => {
    expect(blocksCurse(text)).toBe(true)
  })
  it.each([
    '困ったことがあったら、黙っとかんで相談してね。',
    'つらいときは一人で黙っとらんで、窓口に相談しんしゃい。',
    '式典の冒頭で、1分間の黙とうをお願いします。',
    '子どもに「黙りなさい」と叱るのではなく、話を聞いてあげましょう。',
  ])('passes %s', (text) => {
    expect(staysClean(text, reply)).toEqual([])
  })
})

describe('hostility: round 70 false positive — クズ the plant, listed with plants or said to grow (R70A-017)', () => {
  const blocksInsult = (text: string) => findingsOf(hostility, text).some((x) => x.rule === 'hostility/insult' && x.severity === 'block')
  it.each([
    '耕作放棄地では、夏になるとクズやセイタカアワダチソウが一気に伸びて、周りの農地や水路にまで広がってしまいます。農地の管理でお困りの方は、農業委員会事務局（0944-77-8746）にご相談ください。',
    '河川敷の斜面がクズに覆われてしまい、見通しが悪くなっています。',
    'ヨモギ、クズ、ススキなど秋の野草を観察する会を開きます。',
    '空き地ではクズのつるがフェンスに絡みついています。刈り取りにご協力ください。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
  it.each([
    '耕作放棄地の持ち主はクズばかりです。',
    'クズやカスに何を言っても無駄です。',
    'ルールを守らないクズが伸び伸びと暮らしている。',
    'あのクズの根性を叩き直したい。',
  ])('blocks %s', (text) => {
    expect(blocksInsult(text)).toBe(true)
  })
})

describe('hostility: round 71 kind — harm to the reader set as the condition before they may say it again (R71A-042)', () => {
  const blocksCurse = (text: string) => findingsOf(hostility, text, reply).some((x) => x.rule === 'hostility/curse' && x.severity === 'block')
  it.each([
    '@jitensha_free ヘルメットは努力義務だからかぶらないって？それなら一度事故って頭でも割ってから同じこと言ってみてください。',
    '@bike_daisuki 歩道を走って何が悪いって？いっぺん車にはねられてから同じこと言うてみ。',
    '@no_helmet_k そこまでおっしゃるなら、一度大けがでもされてから同じことをおっしゃってください。',
    '@kawa_asobi 柵なんていらんと？なら掘割に落ちてから同じこと言いんしゃい。',
    '@mizu_nomanai 水分補給なんて大げさ？熱中症で倒れてみてから、もう一度同じことを言ってみろ。',
    '@saku_iranai 柵がいらないとおっしゃる方、一度用水路にでも落ちてみてから同じことが言えますか？',
  ])('blocks %s', (text) => {
    expect(blocksCurse(text)).toBe(true)
  })
  it.each([
    'ヘルメットは事故にあってからでは遅いです。今日からかぶりましょう。',
    'お子さんが頭を打ってから、同じことを何度も言っていないか様子を見てください。',
    'けがをしてから同じことを言っても手遅れです。自転車保険への加入をお願いします。',
    '入院してから、もう一度同じ説明を受けました。担当の看護師さんに感謝しています。',
    'ヘルメットをかぶらずに事故に遭ってから、同じことが言えますか？命を守るため着用を。',
  ])('passes %s', (text) => {
    expect(staysClean(text, reply)).toEqual([])
  })
})

describe('hostility: round 71 kind — another town\'s plan mocked by doubting it is meant seriously (R71A-059)', () => {
  it.each([
    'お隣の市もプレミアム商品券を出されるそうですね。プレミアム率10%で人が集まると本気で思っているのか、ちょっと理解に苦しみます。柳川は30%です！',
    '大川市さんは駐車場を有料にされるそうですね。あれで観光客が増えると本気でお考えなのでしょうか。柳川は無料です。',
    '隣町の花火、今年は3千発だとか。あれで人が来ると本気で思っとるとやろか。柳川は1万発ばい！',
    'よその町ではごみ袋を値上げしたそうですが、正直、理解に苦しみます。柳川は据え置きです。',
    'どこかの市の新しいキャラクター、あのデザインで本当にいいと思われたのかしら。がたぼうの圧勝ですね。',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text)).toBe(true)
  })
  it.each([
    'お隣の大川市さんと合同で、プレミアム率30%の商品券を発行します。',
    'お隣の市でもプレミアム商品券が出るそうです。柳川の商品券は30%です。本気で家計を応援します！',
    '隣町の方から「本当に人が集まると思っているのか」とのご意見もいただきました。真摯に受け止めます。',
    'みやま市さんの担当者と、本気で人を呼べる企画とは何かを一緒に考えています。',
    'お隣の市の取り組みを、本当に柳川でもできるのか、担当課で検討しています。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: round 71 false positive — words inside an @handle, a URL or someone else\'s hashtag are not the writer\'s', () => {
  it.each([
    '@oto_urusai ご意見ありがとうございます。夜間工事の騒音については担当課から改めてご連絡します。',
    '@kiero_na_yume さん、写真の投稿ありがとうございます！',
    '詳しくは https://example.jp/anata/urusai/ をご覧ください。',
    '#urusai_yo の皆さん、清掃活動へのご参加ありがとうございました。',
  ])('passes %s', (text) => {
    expect(staysClean(text, reply)).toEqual([])
  })
  const blocks = (text: string) => findingsOf(hostility, text, reply).some((x) => x.severity === 'block')
  it.each([
    '@oto_urusai urusai yo, kiero.',
    '@oto_urusai ほんまurusaiなあ、黙っとけ',
    '#uzai',
    '#消えろクレーマー',
  ])('blocks %s', (text) => {
    expect(blocks(text)).toBe(true)
  })
})

describe('hostility: blind R72A/R73A kind — the reader told to read properly after a complaint that it is hard to follow (R72A-036)', () => {
  it.each([
    '講座の申込方法が分かりにくいとのご意見ですね。チラシの裏面にすべて書いてありますので、裏までちゃんと読んでいただければ大丈夫かと思います😊 よろしくお願いします。',
    '申請方法が分からないとのことですが、ホームページを最後までお読みいただければ分かると思います。',
    '料金が高いとのご指摘ですが、案内をきちんと見ていただければ割引があることはお分かりになるはずです。',
    '分かりにくかって言われても、ちゃんと読んでもろたら分かるはずやけどね。',
    '載っていないとおっしゃいますが、広報紙の裏までしっかり目を通していただければ載っていますよ。',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text, reply)).toBe(true)
  })
  it.each([
    '説明書をよく読んでいただければ、どなたでも安全にお使いいただけます。',
    '分かりにくいとのご意見をいただき、チラシの裏面に図解を追加しました。ぜひご覧ください。',
    '分かりにくいとのご意見、ありがとうございます。次回から申込方法を表面に大きく載せます。',
    '最後まで読んでいただけたらうれしいです。今年の講座の振り返りをまとめました。',
    'ご不明な点は、記入例をよく見ていただければ大丈夫です。',
  ])('passes %s', (text) => {
    expect(staysClean(text, reply)).toEqual([])
  })
})

describe('hostility: blind R72A/R73A kind — only the talk praised in sarcasm (R72A-079)', () => {
  it.each([
    '未来柳川の会さん、今回の公約も「子育て世代に手厚く」ですか。毎回言うことだけは立派ですよね（笑） 実現したところは見たことないですけど。',
    'あの会派は、公約だけはご立派ですね。',
    '掛け声だけは一人前なんですけどね（笑）',
    'みらい会さん、毎度きれいごとばかり達者でいらっしゃる。',
    'あの議員、言うことだけはいっちょまえやけんね。',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text)).toBe(true)
  })
  it.each([
    '先生の言うことだけは立派に守る、まじめな子どもたちです。',
    '候補者の公約は、選挙公報でご確認ください。',
    '理想だけは高く持ち続けたいと、新成人代表が力強く語りました。',
    '公約だけでなく、これまでの実績もあわせてご覧ください。',
    '掛け声だけは全員でそろえて、元気よくスタートしました。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: blind R72A/R73A kind — people set below an animal (R73A-023)', () => {
  it.each([
    '【カラス被害とごみ出しのお願い】\n\n最近、西魚屋町のごみステーションでカラスによる散乱が続いています。\n\n前の晩にごみを出される一部の方、何度お願いしても改善されませんね。カラスのほうがよっぽど学習能力が高いのではないでしょうか。\n\n収集日の朝8時までに、ネットをかけて出してください。',
    '夜中に騒ぐ方々、犬の方がまだ聞き分けがいいですよ。',
    '何回言うても分からん人より、猿のほうがよっぽど賢かばい。',
    'ルールを守れない利用者の皆さま、カラスのほうがずっと物覚えがいいようですね。',
    '何度言っても分別しない人、うちの金魚の方がまだ分別できるんじゃないですか。',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text)).toBe(true)
  })
  it.each([
    'カラスは学習能力が高いので、ネットの端までしっかりかけてください。',
    '猫より犬のほうがよっぽど物覚えがいいと言われますが、実はどちらも賢い動物です。',
    'カラスのほうが一枚上手で、ネットのすき間から袋を引き出してしまいます。',
    '盲導犬のほうがよっぽど落ち着いていて、子どもたちも感心していました。',
    '犬のほうがまだ元気いっぱいで、散歩の途中で休んだのは飼い主の方でした。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: blind R72A/R73A kind — the addressee\'s home said to be easily found from the office\'s records (R73A-041)', () => {
  const blocksThreat72 = (text: string) => findingsOf(hostility, text, reply).some((x) => x.rule === 'hostility/threat' && x.severity === 'block')
  it.each([
    '@souon_higai そこまで市の対応に文句があるなら、直接お話ししましょうか。お宅がどちらかは、苦情の受付記録を見ればすぐ分かりますので。',
    '@noise_k 苦情はお受けしますが、ご自宅がどこかは、通報の記録を調べればすぐに特定できますからね。',
    'そんなに文句を言われるなら言いますけど、お住まいがどこかくらい、電話番号を照会すればすぐわかるんですよ。',
    '@gomi_iken 毎回同じ書き込みをされる方、どちらにお住まいかは、受付簿を見ればだいたい見当がつきますので。',
    '苦情ばっかり言いよるけど、あんたの家がどこかは、記録ば見たらすぐ分かるけんね。',
  ])('blocks %s', (text) => {
    expect(blocksThreat72(text)).toBe(true)
  })
  it.each([
    '@user ご不便をおかけしています。お住まいの地区がどちらかは、ごみ収集カレンダーを見ればすぐ分かります。',
    '苦情の受付記録を見れば、どの地区で騒音が多いかはすぐ分かります。',
    '@user 避難所がどこかは、ハザードマップを見ればすぐ分かります。',
    'ご自宅がどこか分からなくなったご高齢の方を、警察と協力して保護しました。',
    '@user お問い合わせの件、お宅がどちらかお知らせいただければ、担当がすぐ伺います。',
  ])('passes %s', (text) => {
    expect(staysClean(text, reply)).toEqual([])
  })
})

describe('hostility: blind R72A/R73A kind — complaining called something anyone can do (R73A-052)', () => {
  it.each([
    '陥没の補修が遅いと言われますが、スマホで文句を書くだけなら誰でもできますよね。現場では雨の中でも作業を続けています。',
    'ネットで批判するだけなら簡単ですよね。',
    '文句ば言うだけなら誰でもできるったい。',
    '苦情を言うだけならタダですからね。',
    '外から悪口を書き込むくらいなら子どもでもできます。',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text)).toBe(true)
  })
  it.each([
    'スマホで申請するだけなら誰でもできます。ぜひオンライン申請をご利用ください。',
    '苦情やご意見は、電話でもメールでも受け付けています。どなたでもお気軽にどうぞ。',
    '不満の声を聞くだけでなく、改善につなげる仕組みをつくります。',
    '評論するのは専門家に任せ、私たちは現場で汗をかきます。',
    '文句のつけようがない、すばらしい演奏でした。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: blind HG false positive — sayings before a dash, named and condemned in the same sentence (HG-017)', () => {
  it.each([
    '「外国人はこの町から出ていけ」「あの国の人間は信用できない」――特定の国籍や民族を理由に排除をあおる言動はヘイトスピーチと呼ばれ、決して許されるものではありません。',
    '「よそ者は帰れ」――出身地を理由に人を追い出そうとする言葉は、ヘイトスピーチにあたります。',
    '「あの国の人は国へ帰れ」「この町から出ていけ」――特定の民族を排除する発言は、決して許されません。',
    '「貧乏人は出ていけ」――生活の苦しい人をおとしめる言葉は、人を深く傷つけます。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
  it.each([
    '「外国人はこの町から出ていけ」――これが多くの市民の本音です。',
    '「ルールを守らん人はこの町から出ていけ」――こういう言動をする連中に、正直そう言ってやりたい。',
    '「外国人はこの町から出ていけ」――そう言われても仕方ない言動が目立ちます。',
  ])('still blocks %s', (text) => {
    expect(findingsOf(hostility, text).some((x) => x.severity === 'block')).toBe(true)
  })
})

describe('hostility: blind R75A kind — the asker told that asking again will not change the answer (R75A-097)', () => {
  const warns = (text: string) => warnsConfrontational(text, reply)
  it.each([
    '@nenkin_wakaran 何度も同じご説明をしておりますが、免除の申請は前年の所得で判断します。これ以上同じ質問を繰り返されても、お答えは変わりません。',
    '@taro_q 何度お問い合わせいただいても、回答は同じです。',
    '@aa_kome 何回聞かれても答えは一緒ですけん。',
    '@bb_hoken いくらお電話をいただきましても、市の回答が変わることはございません。',
    '同じことを何べん言われても、結論は変わらんですよ。',
    '@cc_zei 繰り返しご質問いただいても、これ以上お答えできることはございません。',
  ])('warns %s', (text) => {
    expect(warns(text)).toBe(true)
  })
  it.each([
    '何度ご利用いただいても、料金は変わりません。',
    '何回申し込まれても、当選確率は変わりません。',
    '電話でお問い合わせいただいても、窓口でお尋ねいただいても、回答は同じです。',
    '何度お問い合わせいただいても大丈夫です。お気軽にどうぞ。',
    '「何度問い合わせても回答が変わらない」とのご意見をいただき、説明の仕方を見直しました。',
    '担当者が替わっても、お答えは変わりません。窓口でも電話でも同じ基準でご案内します。',
    '同じ書類で何度申請されても、審査結果は変わりませんのでご注意ください。',
    '@dd_nenkin 何度もご質問いただきありがとうございます。お答えは前回と変わりませんが、改めてご案内します。',
  ])('passes %s', (text) => {
    expect(staysClean(text, reply)).toEqual([])
  })
})

describe('hostility: blind R75A kind — the answer opened in a reply by saying it has been explained the same way again and again (R75A-097)', () => {
  it.each([
    '@nenkin_wakaran 何度も同じご説明をしておりますが、免除の申請は前年の所得で判断します。',
    '@x_shinsei 何回も同じ説明しよるけど、申請は来月からです。',
    '@y_uketsuke 再三同じご案内をしておりますが、受付は平日のみです。',
    '@z_yoyaku 何度も同じことをお伝えしていますけど、予約は必要です。',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text, reply)).toBe(true)
  })
  it.each([
    ['@a_shime 何度も同じご案内になり恐縮ですが、締切は明日です。', reply],
    ['@b_setsumei 何度も同じご説明をしてしまい、申し訳ありません。', reply],
    ['@c_naiyou 同じご説明をしておりますが、窓口でも電話でも内容は同じです。', reply],
    ['@d_taisetsu 何度も同じご案内をしておりますが、大切なことなので改めてお知らせします。', reply],
    ['何度も同じご案内をしておりますが、申込は明日までです。', {}],
  ] as const)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})

describe('hostility: blind R75A kind — another town and what it offers called stale or dull (R75A-137)', () => {
  it.each([
    'お隣の筑水市さんの返礼品、毎年同じラインナップで正直ネタ切れ感ありますよね笑 ふるさと納税なら断然柳川です！',
    '隣町の花火大会、今年もマンネリ気味でしたね😏 柳川の花火は毎年新しい演出ですよ！',
    '大川市さんのゆるキャラ、正直もう代わり映えしないっすね（笑）',
    'よその町のマルシェって毎回おんなじ店ばっかりで飽きるよね〜w 柳川のマルシェに来てね',
    'お隣さんの返礼品はぱっとせんけん、やっぱ柳川たい！',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text)).toBe(true)
  })
  it.each([
    'お隣の大川市さんと合同で、マンネリ化しないよう新しい返礼品を企画しました。',
    '柳川の返礼品は毎年同じラインナップになりがちで、正直ネタ切れ感がありました。今年は新商品を追加！',
    '大川市の家具の返礼品、毎年同じラインナップでも根強い人気です。',
    '他の市町村の事例では、毎年同じ内容だとマンネリ化しやすいとのことです。柳川でも工夫します。',
    'お隣のみやま市さんのマルシェ、毎回新しいお店が出ていて飽きませんね！柳川も負けずに頑張ります。',
    '大川市さんの家具は、飽きのこないデザインが魅力です。',
    '大川市の友人に、柳川の祭りはマンネリと言われました😢',
    '大川市さんの木工体験、子どもたちは全然飽きる様子もなく夢中でした！',
    '久留米市さんのイベントは毎年新しい企画があって、マンネリとは無縁ですね。',
    'お隣の県のあきたこまちと食べ比べてみました。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: blind R76A kind — someone named with contempt told they are not wanted in the town or to leave it (R76A-085)', () => {
  const comment: CheckContext = { mode: 'comment' }
  const blocksAs = (text: string, rule: string) => findingsOf(hostility, text, comment).some((x) => x.rule === rule && x.severity === 'block')
  it.each([
    ['何回同じことを書き込みよっとですか。あんたみたいな人は柳川に要らんけん、よそに出ていってくれんですか。', 'hostility/insult'],
    ['何回同じことを書き込みよっとですか。あんたみたいな人は柳川に要らんけん、よそに出ていってくれんですか。', 'hostility/curse'],
    ['あなたのような方はこの町には必要ありません。', 'hostility/insult'],
    ['文句ばっかり言う人は柳川にいらんけん、出て行かんね。', 'hostility/insult'],
    ['お前みたいなやつはうちの市には要らない。', 'hostility/insult'],
    ['毎回いちゃもんをつける連中は、この町から出ていってほしいです。', 'hostility/curse'],
    ['そんなに不満なら、よその町へ引っ越してもらえませんか。何度も同じ苦情を書き込まれても困ります。', 'hostility/curse'],
    ['マナーを守れない方は、ほかの市に移ってくださいね。', 'hostility/curse'],
  ])('blocks %s as %s', (text, rule) => {
    expect(blocksAs(text, rule)).toBe(true)
  })
  it.each([
    '柳川に要らないものなんてありません。古い着物もリメイクで生まれ変わります。',
    '要らなくなった家具は、柳川市のリユース広場へお持ちください。',
    'マイナンバーカードをお持ちの方は、柳川市には届け出の必要はありません。',
    '申請した人は、この町には追加の書類はいりません。',
    '若い人はこの町に要らないなんて、誰も思っていません。',
    '予約の要らない人は、ここには並ばず直接お入りください。',
    '柳川から出ていった若い人たちが戻ってきたくなる町づくりを進めます。',
    '若い人たちには、一度はよその町に出ていってほしいと思っています。いつか帰ってきてくれたら嬉しいです。',
    '転勤で柳川を出ていかれる方も、ふるさと納税で応援していただけます。',
    '「よそ者は柳川から出ていけ」といった書き込みは人権侵害です。',
    '満車の場合は、ほかの駐車場に行ってください。',
    '台風が近づいています。浸水のおそれがある地区の方は、ほかの地域の避難所に移ってください。',
  ])('passes %s', (text) => {
    expect(staysClean(text, comment)).toEqual([])
  })
})

describe('hostility: blind R77A kind — harm suggested to a critic as a flippant remedy, marked by でも (R77A-103)', () => {
  const comment: CheckContext = { mode: 'comment' }
  const blocksCurse = (text: string) => findingsOf(hostility, text, comment).some((x) => x.rule === 'hostility/curse' && x.severity === 'block')
  it.each([
    '渋滞に文句ばかり書き込まれる方は、いっそ花火の日に掘割に落ちてでも頭を冷やされたらいかがでしょうか。',
    '毎日苦情を書き込まれる方は、一度有明海にでも飛び込んで頭を冷やされてはいかがですか。',
    '文句ばっかり言いよる人は、掘割にでも落ちて頭ば冷やしたらよかとに。',
    'そんなに渋滞がお嫌なら、車にでもはねられて入院されたらどうでしょう。',
    '批判ばかりの方は、いっそ階段から転げ落ちてでも目を覚まされたらよろしいのでは。',
  ])('blocks %s', (text) => {
    expect(blocksCurse(text)).toBe(true)
  })
  it.each([
    '花火の日は混雑しますので、掘割に落ちないよう柵の内側でご覧ください。',
    '暑い日は、冷たいおしぼりで頭を冷やされたらいかがでしょうか。',
    '万一掘割にでも落ちてけがをされたらどうしますか。柵の内側でご覧ください。',
    '子どもが掘割に落ちてけがをした事故を受け、柵を設置しました。',
    '批判に叩かれてでも、改革を進めたらいいと市長は話しました。',
    '川下りの船から落ちても、救命胴衣があるので安心です。',
  ])('passes %s', (text) => {
    expect(staysClean(text, comment)).toEqual([])
  })
})

describe('hostility: blind R76A kind — a critic told to read the least thing first and only then criticise (R76A-066)', () => {
  it.each([
    '@kenji_r 批判されるのは自由ですが、せめて議事録くらいは読んでからにしていただけると助かります😊',
    'ご意見は結構ですが、せめて広報紙くらいは目を通してからにしてもらえますか。',
    '文句を言うのは勝手ですけど、少しはホームページを見てからにしてほしいです😊',
    '批判なさるのはご自由ですが、一度くらい現地に足を運んでからにしていただけますと幸いです。',
    '文句言うとは自由ばってん、せめて回覧板くらいは読んでからにしてくれんね。',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text, reply)).toBe(true)
  })
  it.each([
    'お食事の前には、せめて手くらいは洗ってからにしましょうね。',
    'アンケートへのご回答は、説明資料をお読みいただいてからでも構いません。',
    '投稿するのは自由ですが、写真に写っている人の了解を得てからにしてください。',
    '議事録は市ホームページでお読みいただけます。傍聴の申込みは、受付を済ませてからにしてください。',
    'ご意見をお寄せいただくのは自由です。締切は3月31日です。',
    '工事は、せめて梅雨明けくらいまで待ってからにしてほしいとのご意見をいただき、日程を見直しました。',
  ])('passes %s', (text) => {
    expect(staysClean(text, reply)).toEqual([])
  })
})

describe("hostility: blind R78A kind — a critic told to do or live the thing first and only then say the same again (R78A-023)", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ['@haruto_yng 自治会の役員を一度でも経験されてから、同じことを言っていただけますか。回覧板ひとつ回すのにも、どれだけの手間がかかっているかご存じないのでしょう。', { mode: 'reply' }],
    ['実際に窓口に一日立ってみてから、もう一度同じことを言ってみてください。', { mode: 'reply' }],
    ['一回でも役員ばしてから同じこと言いんしゃい。', { mode: 'comment' }],
    ['ご自分で子ども会の会計を一年やってみられてから、同じことをおっしゃっていただけますか。', { mode: 'reply' }],
    ['文句を言う方は、一度でも祭りの準備に参加してから同じことを書いてほしいですね。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ['一度深呼吸してから、もう一度同じことを言ってみてください。落ち着いて通報できます。', { mode: 'post' }],
    ['英語教室では、先生のお手本を一度聞いてから、同じことを言ってみる練習をします。', { mode: 'post' }],
    ['一度ご自宅で書類をご確認いただいてから、改めてお電話ください。', { mode: 'reply' }],
    ['自治会の役員を一度経験された方から、同じような声をたくさんいただいています。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R78A kind — a public service withheld from a critic or their home as a reprisal (R78A-054)", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ['@yng_nanashi そげん文句ばっかり言いよったら、防犯パトロールもあんたん家の前だけ通らんごつするけんね。覚えとって。', { mode: 'reply' }],
    ['苦情ばかり言われる方のお宅は、ごみの収集を後回しにさせていただきますね。', { mode: 'reply' }],
    ['そんなに文句があるなら、お宅の前の街灯だけ消しておきますよ。', { mode: 'reply' }],
    ['文句ばっか言うなら、あんたの地区だけ側溝掃除せんけんね。', { mode: 'comment' }],
  ] as Array<[string, CheckContext]>)('blocks %s', (text, ctx) => {
    expect(blocks(text, ctx)).toBe(true)
  })
  it.each([
    ['台風のため、お宅の地区のごみ収集を後回しにさせていただきます。ご了承ください。', { mode: 'post' }],
    ['防犯パトロールは、ご要望のあった地区を重点的に回るようにします。', { mode: 'reply' }],
    ['工事中のため、お宅の前の道路はしばらく車が通らないようにしております。', { mode: 'reply' }],
    ['ご意見ありがとうございます。お宅の前の街灯は、来週修理にうかがいます。', { mode: 'reply' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R78A kind — a veiled threat: mind the road home at night or your back, after a dispute (R78A-064)", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ['@anti_jichikai そこまで自治会が嫌なら無理に入らなくて結構ですよ。ただ、防犯灯の少ない道もありますから、夜道にはくれぐれも気をつけてくださいね（笑）', { mode: 'reply' }],
    ['文句ばっかり言いよるなら、夜道には気をつけたほうがよかよ。', { mode: 'comment' }],
    ['そんなに市に逆らうなら、帰り道にはせいぜい気をつけることですね😊', { mode: 'reply' }],
    ['@abc ご意見は承りました。最近は物騒ですから、背後にはくれぐれもお気をつけください（笑）', { mode: 'reply' }],
  ] as Array<[string, CheckContext]>)('blocks %s', (text, ctx) => {
    expect(blocks(text, ctx)).toBe(true)
  })
  it.each([
    ['日没が早くなりました。夜道を歩くときは反射材を身につけ、車に十分気をつけてください。', { mode: 'post' }],
    ['秋の夜長、帰り道は気をつけてくださいね😊 またのお越しをお待ちしています。', { mode: 'post' }],
    ['自治会に入らなくても防犯灯は使えます。夜道にはお気をつけてお帰りください。', { mode: 'reply' }],
    ['文句なしの美しさでした！帰り道はくれぐれもお気をつけください。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R78A kind — the reader's ignorance excused in mock sympathy after they are said not to have read (R78A-078)", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ['回覧板にも毎月書いてあることなのですが、お読みになっていないようですので、ご存じないのも無理はありませんね。一度、じっくり目を通されてはいかがでしょうか。', { mode: 'comment' }],
    ['広報紙をご覧になっていないようなので、知らないのも当然ですよね。', { mode: 'reply' }],
    ['説明会にも来られていないのですから、お分かりにならないのも仕方ありませんね。', { mode: 'reply' }],
    ['ホームページも読んどらんとやけん、知らんとも無理はなかですね。', { mode: 'comment' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ['転入されたばかりの方がご存じないのも無理はありません。ごみの出し方をご案内します。', { mode: 'reply' }],
    ['案内が分かりにくかったため、ご存じないのも無理はありません。申し訳ありませんでした。', { mode: 'reply' }],
    ['回覧板を読んでいない人も多いようですので、今月から掲示板にも貼り出します。', { mode: 'post' }],
    ['広報紙をご覧になっていない方がご存じないのも無理はありません。今後はホームページでもお知らせします。', { mode: 'reply' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R79A kind — a critic's persistence mocked, or asked whether they have no other hobby (R79A-012)", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ['毎回同じような建て替え反対のコメント、よく飽きませんね😊 ほかにご趣味はないんでしょうか。', { mode: 'reply' }],
    ['毎日毎日同じ批判ばかり、ようも飽きんね😏', { mode: 'comment' }],
    ['@taro 反対意見のリプ、よくまあ飽きもせず続けられますね。', { mode: 'reply' }],
    ['またその件で苦情ですか。よく飽きないですね。', { mode: 'reply' }],
    ['毎日苦情のお電話をくださいますが、ほかにお楽しみはないんでしょうか。', { mode: 'reply' }],
    ['@abc 毎回このアカウントに絡んでこられますが、他にご趣味はないのですか？', { mode: 'reply' }],
    ['文句ばっかり書きよるけど、ほかに趣味はなかと？', { mode: 'comment' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ['子どもたちは何度滑ってもよく飽きませんね😊 大人気の滑り台です。', { mode: 'post' }],
    ['毎年同じコースなのに、よく飽きないねと言われますが、今年も走ります！', { mode: 'post' }],
    ['釣りのほかに趣味はありますか？職員紹介第3弾！', { mode: 'post' }],
    ['定年後、ほかに趣味がない方にもおすすめの講座です。', { mode: 'post' }],
    ['「ほかに趣味はないの？」と聞かれるほどの鉄道好き、職員の田中です。', { mode: 'post' }],
    ['毎回コメントありがとうございます。10年通っても飽きない味だと、常連さんにも好評です。', { mode: 'reply' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R79A kind — another town's new thing appraised as merely what its budget or size allows (R79A-041)", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ['お隣の市も新庁舎が完成したそうですね。おめでとうございます。まあ、規模もデザインも予算相応といったところでしょうか。', { mode: 'quote' }],
    ['大川市さんの花火大会、まあ予算なりといったところですかね😏', { mode: 'post' }],
    ['隣町の新しい道の駅、行ってきました。値段相応って感じでしたね（笑）', { mode: 'post' }],
    ['お隣の市の新図書館が開館。人口規模相応の出来といったところでしょうか。', { mode: 'quote' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ['柳川市の新庁舎は、予算相応の規模で建設します。', { mode: 'post' }],
    ['お隣の大川市と合同で、予算相応の規模のイベントを開きます。', { mode: 'post' }],
    ['お隣の市も新庁舎が完成したとのことです。おめでとうございます。', { mode: 'quote' }],
    ['新しい道の駅、値段相応の品ぞろえで、お手頃な価格が魅力です。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R79A kind — the critic's workplace, school, name or home said to be easy to find (R79A-139)", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ['@kousha_hantai あなたがどこの会社に勤めているか、こちらは調べればすぐにわかるんですけどね。発言には気をつけたほうがいいですよ。', { mode: 'reply' }],
    ['@abc お子さんがどこの学校に通っているかも、調べればすぐ分かりますからね。', { mode: 'reply' }],
    ['文句ばかり書き込まれる方、あなたのお名前が何か、調べたらすぐ分かるんですよ。', { mode: 'reply' }],
    ['あんたがどこの会社で働きよるか、ちょっと調べりゃすぐ分かるけんね。', { mode: 'comment' }],
    ['苦情の方、どちらの職場にお勤めかは調べればすぐに判明しますので、ご発言には注意されたほうがよいかと。', { mode: 'reply' }],
  ] as Array<[string, CheckContext]>)('blocks %s', (text, ctx) => {
    expect(blocks(text, ctx)).toBe(true)
  })
  it.each([
    ['お子さんがどこの学校に通っているかは、校区マップを見ればすぐ分かります。', { mode: 'post' }],
    ['あなたがどこの避難所に行けばよいかは、ハザードマップを見ればすぐ分かります。', { mode: 'reply' }],
    ['ご自分がどこの会社に勤めているかで、加入する保険が決まります。', { mode: 'post' }],
    ['あなたの勤務先がどこの労働基準監督署の管轄かは、所在地で調べればすぐ分かります。', { mode: 'reply' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind HK kind — せめて…てからにして as an order of steps said to everyone is not a jab; to a critic it is", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ['ご批判は結構ですが、せめて事実を確認してからにしていただけますか？', { mode: 'reply' }],
    ['@abc せめて資料くらいは読んでからにしてもらえますか。', { mode: 'reply' }],
    ['文句を言うなら、せめて現地を見てからにしてください。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ['お食事は、せめて手くらいは洗ってからにしてくださいね', { mode: 'post' }],
    ['お出かけは、せめて雨がやんでからにしてくださいね。', { mode: 'post' }],
    ['草刈りは、せめて朝露が乾いてからにしていただけると安全です。', { mode: 'post' }],
    ['花火の見物は、せめて夕立が過ぎてからにしてください。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind HK kind — ご意見 as the topic of a procedure said to everyone is not a jab; the least thing named or a critic near is", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ['ご意見は、せめて資料くらいは読んでからにしていただけると助かります。', { mode: 'post' }],
    ['@abc ご意見は、まずご自分で資料を読んでからにしてください。', { mode: 'reply' }],
    ['文句は、資料を読んでからにしてください。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ['パブリックコメントへのご意見は、資料を読んでからにしていただけると助かります', { mode: 'post' }],
    ['アンケートへのご意見は、説明会に参加してからにしていただいても構いません。', { mode: 'post' }],
    ['ご意見の提出は、素案をご覧になってからにしてください。', { mode: 'post' }],
    ['計画へのご意見は、3月の説明会を終えてからにしていただけると助かります。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind HK kind — advice reported as a teacher's or an expert's words is not a jab; the writer's own or said to someone is", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ['本を最後まで読んでから書いてほしいですね。', { mode: 'post' }],
    ['記事をちゃんと読んでから書いてほしいと思います。', { mode: 'reply' }],
    ['@abc 本を最後まで読んでから書いてほしいと、先生方も話していますよ。', { mode: 'reply' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ['本を最後まで読んでから書いてほしいと先生方も話しています', { mode: 'post' }],
    ['読書感想文は、本を最後まで読んでから書いてほしいと司書さんも話しています。', { mode: 'post' }],
    ['作文はメモを作ってから書いてほしいと担任の先生が話していました。', { mode: 'post' }],
    ['日記は一日を振り返ってから書いてほしいと、講師の方もおっしゃっていました。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R80A/R81A kind — shame put as a rhetorical question to a group that misbehaves (恥ずかしいと思いませんか) warns; a past question, an answered one or 思わないで does not", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ["いまだに食品トレーを洗わずに燃えるごみに出している事業者の皆さん。恥ずかしいと思いませんか？市民の皆さんはちゃんと見ていますよ。", { mode: 'post' }],
    ["夜中に河川敷で花火をして散らかしていく若者の皆さん。恥ずかしいとは感じないのでしょうか。", { mode: 'post' }],
    ["ポイ捨てしよる人、恥ずかしかと思わんと？", { mode: 'post' }],
    ["歩道に自転車を置きっぱなしにする方々、恥ずかしいとは思わないんですか？", { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ["子どもの頃、方言を恥ずかしいと思いませんでしたか？", { mode: 'post' }],
    ["方言を恥ずかしいと思いませんか？実は、多くの若者が方言に誇りを持っています。", { mode: 'post' }],
    ["失敗を恥ずかしいと思わないで、どんどん挑戦しよう。", { mode: 'post' }],
    ["方言を恥ずかしいと思わない子どもたちが増えています。", { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R80A/R81A kind — shut up in dialect as a request (黙っとってください, 黙っとってくれん？) blocks; 黙っとらんで, 黙っとってくれたおかげ, a quote and 黙とう do not", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ["@ondanka_hoax 温暖化はウソとか毎日書き込みよるけど、頭の中まで二酸化炭素で詰まっとるっちゃない？ 黙っとってくれん？", { mode: 'reply' }],
    ["道路工事の音のことで毎朝電話してくる人、正直こっちも限界です。工事より電話の声の方がよっぽどうるさいけん、もう黙っとってください。", { mode: 'post' }],
    ["@abc 文句ばっかり言うなら、ちょっと黙っといてもらえますか。", { mode: 'reply' }],
    ["@abc 何回も同じこと書き込みよるけど、少し黙っとってもらえんですか。", { mode: 'reply' }],
    ["苦情の電話ばかりしてくる人、ほんと黙っとってほしか。", { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('blocks %s', (text, ctx) => {
    expect(blocks(text, ctx)).toBe(true)
  })
  it.each([
    ["困ったことがあったら、黙っとらんで相談してね。", { mode: 'post' }],
    ["黙っとってくれたおかげで、サプライズは大成功でした！", { mode: 'post' }],
    ["「黙っとってください」と言われても、私たちは市民の声を届け続けます。", { mode: 'post' }],
    ["黙とうの間は、ご起立のうえ静かにお待ちください。", { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R80A/R81A kind — the addressee told to have their head checked, or said stuffed even to the head, blocks; a health notice, a child's plans, a self-check do not", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ["毎回窓口で怒鳴っていかれる上宮永町の内田さん、道路の段差より先に、ご自分の頭の中を点検されたほうがよいのではないでしょうか。", { mode: 'post' }],
    ["@abc 苦情ばっかり書き込みよるけど、あんたの頭ば一回検査してもろうたらどげんですか。", { mode: 'reply' }],
    ["@abc 街灯が暗いと文句を言う前に、ご自身の頭の中を一度メンテナンスされてはいかがでしょうか。", { mode: 'reply' }],
    ["@abc 批判される前に、まずご自分の脳みそを修理してきてください。", { mode: 'reply' }],
    ["@abc 補助金の批判ばかりですが、頭の中まで偏見でいっぱいになっとるんじゃないですか。", { mode: 'reply' }],
  ] as Array<[string, CheckContext]>)('blocks %s', (text, ctx) => {
    expect(blocks(text, ctx)).toBe(true)
  })
  it.each([
    ["転んで頭を打ったときは、ご自分の頭の中を病院で検査してもらったほうがよいでしょう。", { mode: 'post' }],
    ["子どもたちの頭の中は、夏休みの計画でいっぱいです。", { mode: 'post' }],
    ["クイズの前に、自分の頭をしっかりチェックしてみましょう！", { mode: 'post' }],
    ["会議の前に、自分の頭の中を整理してから話すようにしています。", { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R80A/R81A kind — another town's step called something anyone can do warns; a joint one, an invitation, our own do not", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ["お隣の大川市さんもゼロカーボンシティを宣言されたそうですね。まあ、宣言するだけなら誰でもできますから、中身で勝負したいところです。", { mode: 'quote' }],
    ["隣町さんも花火大会の再開を発表したそうです。まあ、発表するだけならどこでもできますもんね😏", { mode: 'post' }],
    ["よその市が「子育て日本一」を打ち出しとるけど、言うだけならタダやけんね。", { mode: 'post' }],
    ["筑水市さんがSDGs宣言をされました。掲げるだけなら誰でもできますよね。", { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ["お隣の大川市さんと合同で宣言しました。宣言するだけなら誰でもできますが、大切なのはこれからです。", { mode: 'post' }],
    ["大川市の工場見学会です。見学するだけなら誰でもできますので、お気軽にご参加ください。", { mode: 'post' }],
    ["申し込むだけなら誰でもできますので、まずはお気軽にどうぞ。", { mode: 'post' }],
    ["柳川市もゼロカーボンシティを宣言しました。宣言するだけなら誰でもできる、と言われないよう取り組みます。", { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R80A/R81A kind — a commonplace thing offered to complainers as news (耳栓という大変便利なもの) warns; the city's own offer or a plain introduction does not", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ["工事の騒音が気になるという方へ。ホームセンターに耳栓という大変便利なものが売っておりますので、ぜひご活用ください。", { mode: 'post' }],
    ["@abc 夜道が暗くて怖いとのことですが、懐中電灯という素晴らしい道具がございますよ😊", { mode: 'reply' }],
    ["ごみの日を忘れたと文句を言われる方、カレンダーという便利なものをご存じでしょうか。", { mode: 'post' }],
    ["暑いと苦情を言われる方には、うちわという文明の利器をおすすめしております。", { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ["防災ラジオという大変便利なものを、65歳以上の方に無料でお配りしています。", { mode: 'post' }],
    ["騒音が気になるという方のため、防音シートという便利なものを工事現場に設置しました。", { mode: 'post' }],
    ["工事の騒音が気になる方へ。窓口で耳栓を無料でお配りしています。", { mode: 'post' }],
    ["ポイントカードという便利なものがありまして、商店街のお店で使えます。", { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R80A/R81A kind — asking again said not to change the schedule or order warns; a fee, a plain schedule, a reassurance do not", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ["@noisy_no 同じ内容のお電話を今週だけで5回いただいていますが、何度おっしゃられても工期は変わりません。以後のお電話はご遠慮ください。", { mode: 'reply' }],
    ["@abc 何度お問い合わせいただいても、予定は変わりません。", { mode: 'reply' }],
    ["@abc 何回言われても工事の日程は変わらんですけん。", { mode: 'reply' }],
    ["いくらお電話されても、収集の順番は変わることはありません。", { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ["何度ご利用いただいても、料金は変わりません。", { mode: 'post' }],
    ["工期は変わりません。予定どおり3月末に完了します。", { mode: 'post' }],
    ["電話でお問い合わせいただいても、窓口でお尋ねいただいても、予定は同じです。ご安心ください。", { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R80A/R81A kind — another town set against ours and told in dialect to learn from us (見習ってほしか) warns; the other town as the model or our residents asked do not", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ["お隣の町の道路は穴ぼこだらけのまま何年も放置されとるみたいですが、柳川市はちゃんと直しとりますよ😏 どこかの町も見習ってほしかですね", { mode: 'post' }],
    ["隣の市はごみ拾いを業者任せにしとるそうやけど、柳川は市民みんなでやりよります。少しは見習ってほしかね😏", { mode: 'post' }],
    ["よその町は花壇が荒れ放題ですが、柳川市は毎月手入れしとります。見習ってほしかです。", { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ["お隣の大川市さんの取り組みを、柳川市も見習ってほしかです。", { mode: 'post' }],
    ["柳川の子どもたちには、大川市の先輩たちを見習ってほしかですね。", { mode: 'post' }],
    ["お隣の大川市さんとの合同清掃、柳川市民の皆さんにもぜひ見習ってほしか取り組みです。", { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R82A kind — a parent named for their complaints and their child pitied (お子さんが気の毒になります) blocks; a child pitied for a circumstance, a voice reported or no fault named does not", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  it.each([
    ['このページのコメント欄に毎日のように同じ苦情を書き込まれている大串さん。保育料のことは窓口で三回ご説明しました。正直、こんなに話の通じない親御さんは初めてです。お子さんが気の毒になります。', { mode: 'comment' }],
    ['給食費を払わずに文句ばかり言われる保護者の方。正直、お子さんがかわいそうです。', { mode: 'post' }],
    ['@abc 毎回同じクレームを書き込まれていますが、こんな親を持ったお子さんが本当に気の毒です。', { mode: 'reply' }],
    ['窓口で毎回怒鳴りよる父親さん、子どもがかわいそかばい。', { mode: 'post' }],
    ['何度ご説明しても聞く耳を持たれない田中さん。お子さんが不憫でなりません。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('blocks %s', (text, ctx) => {
    expect(blocks(text, ctx)).toBe(true)
  })
  it.each([
    ['炎天下で長時間待たされるお子さんがかわいそうだというご意見をいただき、整理券を配ることにしました。', { mode: 'post' }],
    ['保護者の方から「子どもがかわいそう」との声をいただき、プールの日よけを増やしました。', { mode: 'post' }],
    ['雨の中、遠足が中止になって子どもたちがかわいそうでしたが、体育館でのレクリエーションに切り替えました。', { mode: 'post' }],
    ['給食がない長期休み、お子さんがかわいそうという保護者の声を受けて、子ども食堂を開きます。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R82A kind — someone named or complaining called a person one cannot reason with (話の通じない親御さん) warns; 電話の通じない, a label refused or advice does not", () => {
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ['毎日同じ苦情を書き込まれる大串さん、こんなに話の通じない親御さんは初めてです。', { mode: 'comment' }],
    ['@abc 何度ご説明しても、本当に話が通じない方ですね。', { mode: 'reply' }],
    ['窓口で怒鳴りよる人、道理の通じん連中ばっかりで困っとります。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ['停電で電話の通じない方は、最寄りの避難所へお越しください。', { mode: 'post' }],
    ['「話の通じない人」と決めつけず、まずは相手の話を最後まで聞いてみましょう。', { mode: 'post' }],
    ['話が通じないと感じる相手とのトラブルは、一人で抱え込まず消費生活センターへご相談ください。', { mode: 'post' }],
    ['言葉の通じない外国人観光客の方にも、指さしで使える多言語案内シートを用意しました。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R82A kind — told, after it was handed out, to check their own side if they have not seen it (ご覧になっていないのであれば…確認されてはいかが) warns; help offered, an invitation, a thing not arrived does not", () => {
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ['@kyushoku_ikura 給食の献立表は毎月末に全家庭へ配布しております。ご覧になっていないのであれば、お子さんのランドセルの中を一度確認されてはいかがでしょうか。', { mode: 'reply' }],
    ['@abc 学校だよりは毎月配布しております。お読みになっていないのでしたら、ご家庭の郵便受けをもう一度ご確認になってはいかがですか。', { mode: 'reply' }],
    ['@abc 回覧板で全戸にお知らせ済みです。見てないのなら、まず自分の家の回覧板を探してみたらどうですか。', { mode: 'reply' }],
    ['@abc 市報に毎月載せとります。読んどらんとやったら、お宅の新聞受けば一回のぞいてみたらどげんですか。', { mode: 'reply' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ['献立表は毎月末に配布しています。ご覧になっていない方は、市ホームページでもご確認いただけます。', { mode: 'post' }],
    ['特別展は3月末まで開催しております。まだご覧になっていないのであれば、ぜひ会期中に足を運ばれてはいかがでしょうか。', { mode: 'post' }],
    ['通知は先月お送りしました。まだ届いていないのであれば、郵便局に確認されてはいかがでしょうか。', { mode: 'reply' }],
    ['案内は全戸に配布しました。見ていないようでしたら、こちらのリンクからご確認ください。', { mode: 'reply' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R82A kind — told, before complaining in the honorific, to look at their own side first (不満を言われる前に、まずはご自分の…) warns; the passive of a tip does not", () => {
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ['@koen_ball_dame 公園でボール遊びができないと不満を言われる前に、まずはご自分のお子さんが近所にどれだけ迷惑をかけているか、ご確認いただけますでしょうか。', { mode: 'reply' }],
    ['@abc 騒音の苦情をおっしゃる前に、まずご自分のお宅の犬の鳴き声をお確かめください。', { mode: 'reply' }],
    ['@abc 通学路の文句を書き込まれる前に、ご自身がどう運転されているか振り返られてはいかがですか。', { mode: 'reply' }],
    ['文句ば言いよる前に、自分の子どもが何しよるか見てこんね。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ['近所から苦情を言われる前に、自分の家の庭木を剪定しておきましょう。', { mode: 'post' }],
    ['お客様に不満を言われる前に、自分たちのサービスを見直す研修です。', { mode: 'post' }],
    ['苦情が寄せられる前に、ご自分の車の停め方を一度確認しておきましょう。', { mode: 'post' }],
    ['公園でのボール遊びについては、ご近所への配慮をお願いしつつ、遊べる時間帯を設けています。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R82A kind — another town named coyly as the example of a wrong we do not do (どこかの近隣市のように…ようなことは、本市はいたしません) warns; a humble contrast, できません, a plain model does not", () => {
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ['【待機児童数について】\n\n本市の4月1日時点の待機児童数は3名でした。\nどこかの近隣市のように、定義を都合よく変えて「待機児童ゼロ」と胸を張るようなことは、本市はいたしません。\n\n引き続き、保育の受け皿確保に努めてまいります。', { mode: 'post' }],
    ['どこかの町のように、数字をごまかして「日本一」を名乗るような真似は、柳川市は決してしません。', { mode: 'post' }],
    ['よその自治体みたいに、都合の悪いデータを隠すようなことは、うちはしませんよ😏', { mode: 'post' }],
    ['某市のように、説明もなく補助金を打ち切るようなことは本市はいたしません。', { mode: 'post' }],
    ['どっかの町んごと、ゆるキャラに何千万もかけるようなことは、柳川はせんけんね。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ['他の自治体のように大規模なことはできませんが、できることから取り組みます。', { mode: 'post' }],
    ['よその町のように派手なことはしませんが、手作りの温かいお祭りです。', { mode: 'post' }],
    ['よその町のように、本市でも空き家バンクを始めました。', { mode: 'post' }],
    ['どこかの市のように見える写真ですが、実はすべて柳川市内で撮影しました。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R82A false positive — sayings before a dash named as a kind of words and said to harm (「…」——感情的な言葉や体罰は…影響を与える) are a mention; the same words said to someone are not", () => {
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ['@abc あんたなんかに市政の何がわかるんですか。', { mode: 'reply' }],
    ['窓口で騒ぐあんたなんか、もう来なくていいです。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ['【たたかない子育てを】\n\n「言うことを聞かないなら叩くよ」「あんたなんか産まなきゃよかった」——感情的な言葉や体罰は、子どもの心と脳の発達に深い影響を与えることがわかっています。\n\nイライラが止まらないときは、ひと呼吸おいて、子育て相談をご利用ください。', { mode: 'post' }],
    ['「あんたなんかいらない」「早くしなさい」——何気なく口にする言葉と態度は、子どもの自己肯定感に大きな影響を与えます。', { mode: 'post' }],
    ['「あんたなんか知らない」——きつい言葉や無視が、子どもに悪影響を及ぼすこともあります。', { mode: 'post' }],
    ['「あんたなんか出ていけ」——こうした言葉と暴力は、児童虐待にあたります。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind HM false positive — words said to the writer, reported with a word between と and the verb (『近寄るな』と毎日言われていました) are a mention; said to someone or called deserved they are not", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  it.each([
    ['窓口で騒ぐ人は、もう近寄るな。', { mode: 'post' }],
    ['@abc 二度とこの施設に近寄るな！', { mode: 'reply' }],
    ['「近寄るな」と毎日言われても仕方のない人たちですね。近寄るな！', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('blocks %s', (text, ctx) => {
    expect(blocks(text, ctx)).toBe(true)
  })
  it.each([
    ['「小学生のころ、私は『気持ち悪い』『近寄るな』と毎日言われていました。言った人はきっと覚えていないと思います。」', { mode: 'post' }],
    ['転校したばかりのころ、「近寄るな」と何度も言われたそうです。', { mode: 'post' }],
    ['「あっち行け」とみんなに笑われた経験を、作文に書いてくれました。', { mode: 'post' }],
    ['「消えろ」と陰で言われ続けた日々を、彼女は講演で語りました。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind HM false positive — those who do a thing wished gone with が (ごみを捨てる人がいなくなってほしい) is a wish that the behaviour end; people named, addressed or scorned stay a curse", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  it.each([
    ['苦情ばかり言う人は、いなくなってほしい。', { mode: 'post' }],
    ['@abc あなたにはこの町からいなくなってほしいです。', { mode: 'reply' }],
    ['ポイ捨てする連中なんか、いなくなってほしい。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('blocks %s', (text, ctx) => {
    expect(blocks(text, ctx)).toBe(true)
  })
  it.each([
    ['部長の平野さくらさんは「ふだん通学で見ている水路がこんなに深いとは思わなかった。ごみを捨てる人がいなくなってほしい」と話してくれました。', { mode: 'post' }],
    ['ポイ捨てする人が一人もいなくなってほしいです。みんなで柳川の水路を守りましょう。', { mode: 'post' }],
    ['参加した小学生は「いじめをする人がいなくなってほしい」と作文に書きました。', { mode: 'post' }],
    ['飲酒運転をする人が、一日も早くいなくなってほしいと願っています。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R84A kind — people described by a duty undone set against the complaints they still make (…面会にも来ないのに、苦情だけは…ご家族) warns; an adjective, ご意見 thanked, a circumstance told do not", () => {
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ['介護保険課です。施設にすべて任せきりで面会にも来ないのに、苦情だけは毎週お電話くださるご家族が一部いらっしゃいます。職員も人間ですので、そのあたりはご理解いただきたいものです。', { mode: 'post' }],
    ['行事には一度も参加しないのに、文句だけは一人前に言ってくる保護者の方がいます。', { mode: 'post' }],
    ['会費も払わんとに、注文ばっかり多か人がおるとです。', { mode: 'post' }],
    ['町内の清掃にも出てこられないくせに、クレームだけはしっかりお寄せくださる方々もいらっしゃいます。', { mode: 'post' }],
    ['説明会には来ないのに、苦情ばかり電話してくる住民が後を絶ちません。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ['面会に来られない事情のあるご家族も多いので、お電話での相談も受け付けています。', { mode: 'post' }],
    ['雨で参加できないのに、ご意見をお寄せくださった方々に感謝します。', { mode: 'post' }],
    ['申し込みが少ないのに、苦情だけが多かった昨年度の反省を踏まえ、受付方法を見直しました。', { mode: 'post' }],
    ['利用しないのに会費だけ払っている会員の方へ、休会制度のご案内です。', { mode: 'post' }],
    ['会場に来られないのに、要望だけは伝えたいという方は、アンケートフォームをご利用ください。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R84A kind — the addressee credited in a knowing guess with a confidence never to meet a fate (ご自身は一生…ならない自信がおありなんでしょうね) warns; advice, an athlete admired, a question reported do not", () => {
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ['「福祉にお金をかけすぎ」という投稿をお見かけしました。ご自身は一生年を取らず、病気にもならない自信がおありなんでしょうね。うらやましい限りです。', { mode: 'quote' }],
    ['ご自分だけは絶対に介護のお世話にならない自信がおありなのでしょうね。', { mode: 'quote' }],
    ['@abc あなたは一生病院にかからない自信があるんでしょうね。', { mode: 'reply' }],
    ['@abc 自分は死ぬまで車いすば使わん自信があるっちゃろうね。', { mode: 'reply' }],
    ['@abc あんたは一生年ば取らんおつもりなんやろね。', { mode: 'reply' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ['ご自身は絶対に詐欺に遭わない自信がある方ほど、注意が必要です。', { mode: 'post' }],
    ['「自分は一生病気にならない」という自信がある方も、年に一度は健診を受けましょう。', { mode: 'post' }],
    ['選手の皆さんは、絶対に負けない自信がおありなんでしょうね。表情に余裕がありました。', { mode: 'post' }],
    ['ご自身も一生この町に住み続けるおつもりなんでしょうね、と聞かれて笑顔でうなずいていました。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R84A kind — a complainer label predicated of someone named or addressed (…中原さん、…有名なクレーマーですよ) blocks; a topic, a quoted term, a costume do not", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  it.each([
    ['毎回この投稿欄に書き込んでくる中原さん、そろそろ静かにしてもらえますか？正直、福祉課ではすっかり有名なクレーマーですよ。', { mode: 'comment' }],
    ['@abc 何度も同じ苦情を書き込まれていますが、あなたは立派なクレーマーです。', { mode: 'reply' }],
    ['毎回電話してくる田中さん、完全にモンスターペアレントやね。', { mode: 'comment' }],
    ['@abc 窓口で毎回怒鳴るあんた、もう有名なクレーマーだよ。', { mode: 'reply' }],
  ] as Array<[string, CheckContext]>)('blocks %s', (text, ctx) => {
    expect(blocks(text, ctx)).toBe(true)
  })
  it.each([
    ['田中さんの講演テーマは「クレーマー対応の心得」です。', { mode: 'post' }],
    ['田中さんは「モンスターペアレント」という言葉の使い方について講演されました。', { mode: 'post' }],
    ['モンスターペアレントと呼ばれることを恐れず、気になることはご相談ください。', { mode: 'post' }],
    ['田中さんのお子さんは、ハロウィンのモンスターの仮装が上手でした。', { mode: 'post' }],
    ['佐藤さんが演じるモンスター役、迫力満点でした。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R84A/R85A kind — an exasperated そろそろ / いい加減 request after repeats or to someone named (そろそろご理解いただけませんでしょうか) warns; a notice to everyone, a past question, いい加減な do not", () => {
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ['@taiikukan_user 体育館の予約方法については、これまでに何度もご説明しております。そろそろご理解いただけませんでしょうか。', { mode: 'reply' }],
    ['毎回この投稿欄に書き込んでくる中原さん、そろそろ静かにしてもらえますか？', { mode: 'comment' }],
    ['@abc 何回もお伝えしています。いい加減覚えてもらえませんか。', { mode: 'reply' }],
    ['毎日同じ質問を書き込まれる方、そろそろ分かってくれんですか。', { mode: 'comment' }],
    ['@abc 以前にもご案内しましたとおりです。そろそろご納得いただけませんでしょうか。', { mode: 'reply' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ['キャンプ場の皆さん、夜10時を過ぎましたので、そろそろお静かにしていただけますか。', { mode: 'post' }],
    ['新制度が始まって半年。そろそろご理解いただけましたでしょうか。', { mode: 'post' }],
    ['これまで何度も練習してきた踊り、そろそろ覚えていただけましたか？', { mode: 'post' }],
    ['いい加減な情報に惑わされないよう、市の公式発表をご確認ください。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R85A kind — rubbish (ゴミ, ゴ〇) told to shut up or keep out (ゴ〇は黙っとって) blocks; rubbish carried home or put out does not", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  it.each([
    ['@yng_watcher またあんたね。体育館の指定管理にケチばっかつけて、ゴ〇は黙っとって。', { mode: 'reply' }],
    ['@abc ゴミは黙っとけ。', { mode: 'reply' }],
    ['@abc 文句ばっかり言うゴ〇は引っ込んでろ。', { mode: 'reply' }],
    ['@abc あんたみたいなゴ●は口出すな。', { mode: 'reply' }],
    ['外野のゴミどもは黙ってろ！', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('blocks %s', (text, ctx) => {
    expect(blocks(text, ctx)).toBe(true)
  })
  it.each([
    ['ゴミは黙って持ち帰るのがマナーです。', { mode: 'post' }],
    ['粗大ごみは引っ越しの前に申し込んでください。', { mode: 'post' }],
    ['ごみは決められた日の朝8時までに出してください。', { mode: 'post' }],
    ['ゴミは黙って拾う。それが柳川の流儀です。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R85A kind — a critic told in keigo never again to look or come, or to vanish (二度とこのページを見ないでいただけますか, 消えていただけると) blocks; a pledge against harm, staff guidance, a thing do not", () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'block')
  it.each([
    ['市民会館の運営に毎回否定的な書き込みをされる方へ。二度とこのページを見ないでいただけますか。できればこの町からも消えていただけると、皆が助かると思います。', { mode: 'comment' }],
    ['批判ばかり書かれる方へ。二度とお越しにならないでいただきたい。', { mode: 'comment' }],
    ['@abc 二度とコメントせんでもらえますか。', { mode: 'reply' }],
    ['毎回否定的な投稿をされる方へ。二度とこのアカウントを見ないでいただけると助かります。', { mode: 'comment' }],
    ['否定的な書き込みをされる方へ。できればこの町から姿を消していただけると助かります。', { mode: 'comment' }],
    ['批判ばかりの方、消えていただけませんか。', { mode: 'comment' }],
    ['批判ばかりの方へ。いなくなっていただけると皆が助かります。', { mode: 'comment' }],
  ] as Array<[string, CheckContext]>)('blocks %s', (text, ctx) => {
    expect(blocks(text, ctx)).toBe(true)
  })
  it.each([
    ['二度とこのような事故を起こさないでいただきたいと、遺族の方は話されました。', { mode: 'post' }],
    ['一度受け取った方は、二度と並ばないでいただけますか、と係員が案内しています。', { mode: 'post' }],
    ['詐欺の電話には、二度と折り返さないでいただきたいと警察が呼びかけています。', { mode: 'post' }],
    ['痛みが消えていただけると楽になりますね。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe("hostility: blind R85A kind — another town's event put down as a pity to compare, in polite form (比べるのもお気の毒) warns; our own year, a joint event, humility do not", () => {
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ['お隣のまちのマラソン大会は参加賞がタオル1枚だけだそうですね。柳川はさげもんメダルにうなぎ弁当つき…比べるのもお気の毒なので、このへんにしておきます😌', { mode: 'post' }],
    ['お隣の町の大会は参加賞がないそうで、比べるのもおかわいそうなので、このへんで。', { mode: 'post' }],
    ['大川市さんの花火は20分で終わったそうですね。比べるのもお気の毒ですけど😌', { mode: 'post' }],
    ['お隣の町の花火は3分で終わったそうですね。比べるのもお気の毒なので、このへんにしておきます。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ['隣町の新しい体育館、立派ですね。比べるのもお恥ずかしいくらいです。', { mode: 'post' }],
    ['去年と比べるのもお気の毒なくらいの不作でした。', { mode: 'post' }],
    ['お隣の町と一緒に開く合同マラソン、比べるのもお気の毒…なんてことはなく、どちらも最高です。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe('hostility: blind R87A kind — rubbish (カス, クズ, ゴミ) joined to an account or a kind of person (ｶｽアカウント, クズ垢) blocks; a compound of a thing, カスタマー do not', () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.rule === 'hostility/insult' && x.severity === 'block')
  it.each([
    ['@kuchikomi_yanagawa 毎回毎回いちゃもんばっかりつけてくるｶｽアカウントに答える義理はありません。ブロックしますね', { mode: 'reply' }],
    ['@abc 文句しか言わんクズアカは相手にしません。', { mode: 'reply' }],
    ['@abc 毎回絡んでくるｸｽﾞ共には何も答えません。', { mode: 'reply' }],
    ['議会中継にケチばかりつけるカス議員どもは放っておきます。', { mode: 'post' }],
    ['@abc 匿名のゴミ垢の言うことなんか聞かんよ。', { mode: 'reply' }],
  ] as Array<[string, CheckContext]>)('blocks %s', (text, ctx) => {
    expect(blocks(text, ctx)).toBe(true)
  })
  it.each([
    ['カスタマーサポートの公式アカウントを開設しました。', { mode: 'post' }],
    ['粗大ゴミ共同回収の日程をお知らせします。', { mode: 'post' }],
    ['生ゴミ処理機の購入補助、市民の皆さんのご利用をお待ちしています。', { mode: 'post' }],
    ['ごみ分別アプリの公式アカウントができました。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
  it('reads such a word quoted as an example as a mention', () => {
    expect(staysClean('「カスアカウント」「クズ垢」といった書き込みは、誹謗中傷にあたります。')).toEqual([])
  })
})
describe('hostility: blind R87A kind — クズ / カス as scrap after what it is scrap of (紙クズ, 食べカス, 消しゴムのカス) is rubbish, not an insult; likened to a person or said of one it still blocks', () => {
  const blocks = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.rule === 'hostility/insult' && x.severity === 'block')
  it.each([
    ['白秋祭の会場では、ごみの持ち帰りにご協力をお願いします。紙クズ1枚でも、掘割に落ちると回収が大変です。会場内のごみステーション（5か所）もご利用ください。', { mode: 'post' }],
    ['木工体験では、木クズが出ますので汚れてもいい服でお越しください。', { mode: 'post' }],
    ['消しゴムのカスや食べカスは燃やせるごみへ。', { mode: 'post' }],
    ['パンクズを掘割に投げ入れないでください。', { mode: 'post' }],
    ['鉄クズの不法投棄が増えています。', { mode: 'post' }],
    ['酒カスを使った料理教室、天カス入りのうどんも人気です。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
  it.each([
    ['@abc 紙クズ以下の人間に答える義理はない。', { mode: 'reply' }],
    ['@abc あんたの意見は紙クズ同然のコメントやね。', { mode: 'reply' }],
    ['紙クズを掘割に捨てるようなクズには罰を。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('blocks %s', (text, ctx) => {
    expect(blocks(text, ctx)).toBe(true)
  })
})
describe('hostility: blind R86A kind — 筑後弁 くらす made a blow by a count or a body part (いっぺんくらすぞ, 頭ばくらすばい) threatens someone it is said to; a stay somewhere does not', () => {
  const threat = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.rule === 'hostility/threat' && x.severity === 'block')
  it.each([
    ['@yng_kujo 毎日毎日避難所の文句ばっかり書き込んで、せからしか。こっちは三日寝とらんとぞ。いっぺんくらすぞ', { mode: 'reply' }],
    ['@abc いつまで文句言いよるとか。一発くらすけんな。', { mode: 'reply' }],
    ['@abc あんまり調子に乗るな。頭ばくらすばい。', { mode: 'reply' }],
    ['毎日苦情ばっかり書き込んで。いっぺん顔をくらしたろか。', { mode: 'comment' }],
  ] as Array<[string, CheckContext]>)('blocks %s', (text, ctx) => {
    expect(threat(text, ctx)).toBe(true)
  })
  it.each([
    ['定年したら東京で一回くらすばい、と話していた父。', { mode: 'post' }],
    ['いっぺん柳川でくらしてみらんね。移住相談会を開きます。', { mode: 'post' }],
    ['家族となかよくくらすぞ、が合言葉です。', { mode: 'post' }],
    ['@abc 柳川でのんびりくらすのもよかですよ。', { mode: 'reply' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
  it('reads such a threat quoted as an example as a mention', () => {
    expect(staysClean('「いっぺんくらすぞ」といった書き込みは脅迫にあたるおそれがあります。')).toEqual([])
  })
})
describe('hostility: blind R86A kind — the addressee\'s complaints called noise with what they do between (文句ばっかり書き込んで、せからしか) warns; a noise complained of does not', () => {
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ['@yng_kujo 毎日毎日避難所の文句ばっかり書き込んで、せからしか。', { mode: 'reply' }],
    ['@abc 苦情ばっかり言うてきて、ほんとうるさか。', { mode: 'reply' }],
    ['文句ばかり並べて、やかましい人ですね。', { mode: 'comment' }],
    ['@abc 批判ばっかし書いて、せからしかばい。', { mode: 'reply' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ['苦情ばかりで恐縮ですが、夜の花火がうるさいとのご意見もいただいています。', { mode: 'post' }],
    ['工事の音がうるさいという苦情ばかりが寄せられています。', { mode: 'post' }],
    ['せからしか子どもたちの声も、夏祭りの風物詩です。', { mode: 'post' }],
    ['文句ばかり言わず、うるさく注意するより見守ることも大切です。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe('hostility: blind R86A kind — a complainer told to stay home or go elsewhere if unhappy, as a permission (ご不満でしたら、ご自宅で過ごしていただいて結構です) warns; help offered, stay-home advice to all do not', () => {
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.rule === 'hostility/confrontational' && x.severity === 'warn')
  it.each([
    ['@hinan_mama ご意見ありがとうございます。お弁当が冷たいとのことですが、職員もボランティアも同じものを食べております。ご不満でしたら、ご自宅で過ごしていただいて結構です。', { mode: 'reply', emergency: true }],
    ['@abc 冷たいお弁当がお嫌でしたら、ご自宅でお過ごしいただいても構いません。', { mode: 'reply' }],
    ['@abc 避難所の食事がご不満なら、家に帰ってもらって結構です。', { mode: 'reply' }],
    ['配給の順番にご不満でしたら、ほかの避難所へ移っていただいても結構です。', { mode: 'post' }],
    ['@abc 毛布が足らんとのことですが、嫌なら家におってよかよ。', { mode: 'reply' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ['ご不満な点がございましたら、避難所の受付までお知らせいただいて結構です。', { mode: 'post' }],
    ['@abc ご不満でしたら、担当課までご連絡いただいて結構です。', { mode: 'reply' }],
    ['在宅避難を希望される方は、ご自宅で過ごしていただいて結構です。', { mode: 'post' }],
    ['雨が嫌なら、ご自宅からオンラインで参加していただいても結構です。', { mode: 'post' }],
    ['家が無事な方は、ご自宅で過ごしていただいて構いません。物資は配布所でお受け取りください。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe('hostility: blind R86A kind — critics\' energy or time redirected in sarcasm (批判を書き込む元気のある方は、ぜひその元気を…) warns; a call for energetic volunteers, courage against criticism do not', () => {
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  it.each([
    ['避難所に関するご意見、たくさんいただいております。SNSで避難所の批判を書き込む元気のある方は、ぜひその元気を泥かきボランティアにも向けていただければ幸いです。受付は毎朝9時からです。', { mode: 'post' }],
    ['市役所の悪口を書き込む時間がおありの方は、その時間を地域の清掃活動に使っていただけるとありがたいです。', { mode: 'post' }],
    ['毎日のように苦情の電話をくださるほどお元気な方は、ぜひその元気を公園の草取りにも生かしていただければと思います。', { mode: 'post' }],
    ['@abc 文句ばっか言う元気のある人は、その元気ば土のう積みに回してくれんね。', { mode: 'reply' }],
    ['批判ばかりされるエネルギーが有り余っている方々は、ぜひそのエネルギーを祭りの準備に注いでいただければ。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ['元気のある方は、ぜひその元気を泥かきボランティアに向けていただければ幸いです。', { mode: 'post' }],
    ['ご意見を書き込む時間がない方は、お電話でもお受けしています。', { mode: 'post' }],
    ['批判を恐れずに挑戦する元気のある方は、ぜひその元気を起業支援セミナーで生かしてください。', { mode: 'post' }],
    ['苦情の電話を受ける体力のある職員は限られており、その体力を温存するため交代制にしています。', { mode: 'post' }],
    ['SNSで情報を発信する元気のある方は、ぜひその元気を地域の魅力発信に向けてください。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe('hostility: blind R87A kind — the asker told, before asking again, to check what they have first (何度もお尋ねになる前に、まずはお手元の資料をご確認) warns; a notice\'s order, a visit spared do not', () => {
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.rule === 'hostility/confrontational' && x.severity === 'warn')
  it.each([
    ['@kogasan_yng 期日前投票の時間は、入場券の裏面にも広報やながわにも市ホームページにも載っております。何度もお尋ねになる前に、まずはお手元の資料をご確認いただけますと助かります。', { mode: 'reply' }],
    ['@abc 同じことを何回も聞かれる前に、一度お手元の案内をお読みいただけますか。', { mode: 'reply' }],
    ['@abc 何べんも電話してくる前に、まず広報ば見てくれんね。', { mode: 'reply' }],
    ['@abc 何度もお問い合わせになる前に、まずは市のホームページをご覧いただければと存じます。', { mode: 'reply' }],
    ['毎回コメントで質問される前に、せめて固定ポストくらいは確認していただけますと幸いです。', { mode: 'comment' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    ['お問い合わせの前に、まずはお手元の入場券をご確認ください。', { mode: 'post' }],
    ['何度もお尋ねいただいた期日前投票の時間について、改めてお知らせします。', { mode: 'post' }],
    ['また、お電話の前に、まずは下記のよくある質問をご確認ください。', { mode: 'post' }],
    ['何度も窓口に来ていただく前に、まずはお電話でご確認いただけますと確実です。', { mode: 'post' }],
    ['授業では、何度も質問する前に、まず教科書を読んでみることを大切にしています。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('passes %s', (text, ctx) => {
    expect(staysClean(text, ctx)).toEqual([])
  })
})
describe('hostility: blind R88A kind — the same harm wished on a wrongdoer in the passive (あなたも同じように…放り出されればいいのに) is a curse; a potential, a good fate, an honorific do not', () => {
  const curses = (text: string) => findingsOf(hostility, text).some((x) => x.rule === 'hostility/curse' && x.severity === 'block')
  it.each([
    '今朝も矢部川の河川敷に子猫が5匹捨てられていました。段ボールに「よろしく」とひと言だけ。職員で保護して、今は全員元気にミルクを飲んでいます。\n捨てた人、あなたも同じように雨の中へ放り出されればいいのに。\n動物の遺棄は犯罪です。',
    '子猫を捨てた犯人も、同じように段ボールに入れて捨てられたらいいのに。',
    '犬を置き去りにした飼い主、あんたも同じように真夏の車に閉じ込められればよかとに。',
    'ポイ捨てする人も、いっぺん同じように山奥に置き去りにされたらいいんですよ。',
    '動物をいじめる人こそ、同じ目に遭わされればいいのに。',
  ])('curses %s', (text) => {
    expect(curses(text)).toBe(true)
  })
  it.each([
    '空き缶も同じように分別して捨てられればいいのですが。',
    '保護した子猫たちも、同じように新しい飼い主に引き取られればいいのにと願っています。',
    'ほかの地区でも同じように回収されればいいのにと思います。',
    'あなたも同じように申請されればいいと思いますよ。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})
describe('hostility: blind R89A kind — told to go back to their country as a suggestion after a fault (守れんとなら、自分の国に帰ったらよかたい) is a curse; a trip home, a procedure do not', () => {
  const curses = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.rule === 'hostility/curse' && x.severity === 'block')
  it.each([
    ['@ngoc_anh_yng 何べん説明したらわかると？ ごみの日も守れんとなら、自分の国に帰ったらよかたい。', { mode: 'reply' }],
    ['@abc ルールが守れないなら、国に帰られたらいかがですか。', { mode: 'reply' }],
    ['文句ばっかり言うなら、自分の国に帰ればいいのに。', { mode: 'post' }],
    ['日本のやり方が気に入らないなら、母国に帰った方がいいと思います。', { mode: 'post' }],
    ['@abc 嫌なら国に帰ったらええやん。', { mode: 'reply' }],
  ] as Array<[string, CheckContext]>)('curses %s', (text, ctx) => {
    expect(curses(text, ctx)).toBe(true)
  })
  it.each([
    'お正月に国に帰ったら、ご家族にもこのお祭りのことを話してくださいね。',
    '一時帰国で国に帰られる方は、転出の届出が必要な場合があります。',
    'ご家族が心配なら、一度国に帰られてはいかがでしょう。',
    '国に帰ったらいいお土産になりますね、柳川のさげもん。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})
describe('hostility: blind R89A kind — a resident who keeps calling named in a sentence of its own, then scolded (大和町の原口さん。いい加減にしてください) is an insult; thanks, an apology, an answer do not', () => {
  const blocks = (text: string) => findingsOf(hostility, text, { mode: 'comment' }).some((x) => x.rule === 'hostility/insult' && x.severity === 'block')
  it.each([
    '国際交流フェスタの件で、毎日のように電話してこられる大和町の原口さん。いい加減にしてください。あなたの電話のせいで、担当職員が体調を崩しています。',
    '毎日窓口に来られる三橋町の田中様。いい加減にしてください。',
    '何度もメールを送ってこられる方！いい加減にしてくれませんか。',
    'しつこく電話してくる古賀さん。正直迷惑しています。',
    '毎朝コメントしてくる中島さん。いい加減にしといてください。',
  ])('blocks %s', (text) => {
    expect(blocks(text)).toBe(true)
  })
  it.each([
    '毎日お電話くださる原口さん。いつもありがとうございます。',
    '毎日窓口に来られる方。お待たせしてご迷惑をおかけしています。',
    '何度もお問い合わせいただいた田中さん。ようやく部品が届きました。',
    '毎日散歩に来られる山田さん。いい加減な工事では困るとのご意見、ありがとうございました。',
  ])('passes %s', (text) => {
    expect(staysClean(text, { mode: 'comment' })).toEqual([])
  })
})
describe('hostility: blind R88A kind — sarcastic thanks for a nuisance, with an eye-roll or a pest credited as glad (おつかれさまです🙄 おかげでカラスも毎朝大喜び) warns; thanks with a smile, a welcome creature, a pest kept away do not', () => {
  const warns = (text: string) => findingsOf(hostility, text).some((x) => x.rule === 'hostility/confrontational' && x.severity === 'warn')
  it.each([
    '駅裏の「猫おばさん」の皆さん、今日も熱心なエサやりおつかれさまです🙄 おかげでカラスも毎朝大喜びですね。',
    'ごみを前日に出す皆さん、毎度ありがとうございます。おかげでカラスが毎朝大喜びしていますよ。',
    '公園で鳩にパンをまく方々、今日もご熱心ですね🙄',
    '夜中に生ごみを出してくださる方のおかげで、ネズミも元気いっぱいです（笑）',
    'エサばやりよる人たちのおかげで、ハトもまるまる太っとるばい😒',
  ])('warns %s', (text) => {
    expect(warns(text)).toBe(true)
  })
  it.each([
    '地域の皆さんの清掃活動のおかげで、ホタルも大喜びです。',
    '防鳥ネットのおかげで、カラスの被害がずいぶん減りました。',
    'ボランティアの皆さん、今日も熱心な活動おつかれさまです😊',
    'カラスは雑食で、生ごみが出ると大喜びでつつきます。',
    'ごみネットを新しくしたおかげで、カラスも寄り付かなくなりました。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})
describe('hostility: blind R89A kind — the reader\'s ability presumed after failures with さすがに (さすがにこれなら読めますよね) warns; no failure before, a riddle, a hardship do not', () => {
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.rule === 'hostility/confrontational' && x.severity === 'warn')
  it.each([
    ['【ごみの出し方について（お願い）】\n\n外国人住民の皆さんにも分かりやすいように、ごみの出し方のポスターを4か国語で作り、各集積所に掲示しています。\n\nそれでも何度貼っても読んでくださらない方が一部いらっしゃるようなので、今回はもっと大きな字で、ひらがなも増やして作り直しました。さすがにこれなら読めますよね。\n\nご協力をお願いします。', { mode: 'post' }],
    ['何度言っても分別してくれない方がいるので、写真付きにしました。さすがにここまですれば分かりますよね？', { mode: 'post' }],
    ['@abc 何回も同じご質問をいただきますが、いくらなんでもこれなら理解できるでしょう。', { mode: 'reply' }],
    ['案内を読まない人が多いけん、字を大きくしました。さすがにこれなら読めるやろ。', { mode: 'post' }],
    ['何度も掲示しても見ていただけないので、倍の大きさにしました。さすがにこの大きさならお読みいただけますよね。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    'さすがにこれなら雨でも大丈夫ですよね。',
    '新しい看板は字が大きいので、これなら遠くからでも読めますね。',
    '難読地名クイズです。さすがにこれは読めませんよね？正解は「こうもり」です。',
    'さすがにここまで準備すれば、当日は問題なく進められるでしょう。',
    '案内板を新しくしました。さすがにこれなら迷わず分かりますよね！',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})
describe('hostility: blind R89A kind — another town\'s event run down as empty, set against ours doing well (お隣のまちの…ガラガラ…柳川は大盛況) warns; praise, a joint event, our own empty hall, a report alone do not', () => {
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.rule === 'hostility/confrontational' && x.severity === 'warn')
  it.each([
    ['お隣のまちの国際交流イベントは、毎年ガラガラだと聞きますが、柳川のフェスタは今年も大盛況でした。やっぱり中身が違うんでしょうね。', { mode: 'quote' }],
    ['隣の街の花火大会は今年も閑古鳥だったそうですが、柳川は大盛況でした。', { mode: 'post' }],
    ['よその地域のマルシェは人がまばらと聞きますが、うちは毎回完売です。', { mode: 'post' }],
    ['大川市さんのイベントはいつもガラガラらしいですね。柳川のお祭りは毎年すごい行列ですけど。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    'お隣のまちの国際交流イベントは、毎年大盛況だと聞きます。柳川のフェスタも負けずに頑張ります。',
    '大川市さんと合同のイベントは、雨で午前中ガラガラでしたが、午後は柳川会場も大盛況でした。',
    '柳川のフェスタは午後になって会場がガラガラになってしまいました。反省です。',
    'お隣のまちのバスは平日の昼間はガラガラだそうで、路線の見直しが検討されているとのことです。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})
describe('hostility: blind R89A kind — feigned surprise that the critic did not read even the least (まさか…すら…読まれていないとは思いませんでした) warns; a hidden gem, our own slip, praise do not', () => {
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.rule === 'hostility/confrontational' && x.severity === 'warn')
  it.each([
    ['@dentou_mamoru 伝統を大切になさる方が、まさか講座の案内文すら最後まで読まれていないとは思いませんでした。ぜひ一度、ご自分の目でご覧ください。', { mode: 'reply' }],
    ['@abc 歴史に詳しいとおっしゃる方が、まさか看板の説明さえお読みになっていないとは驚きました。', { mode: 'reply' }],
    ['ご意見をくださった方が、チラシすら見ていないとは思いもしませんでした。', { mode: 'comment' }],
    ['@abc あれだけ文句を言われる方が、まさか広報の記事も読まれとらんとは思わんかった。', { mode: 'reply' }],
    ['@abc 市政に一家言ある方が、議事録すら確認されていないとは意外でした。', { mode: 'reply' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    'まさか地元の人も知らないとは思いませんでした。ここは穴場です。',
    'まさか私自身が案内文すら読んでいなかったとは思いませんでした。お詫びいたします。',
    'まさか最後まで読んでくださる方がこんなに多いとは思いませんでした。ありがとうございます。',
    '小さなお子さんが説明書すら見ずに組み立ててしまうとは、驚きました。',
    'まさか雨すら降らないとは思いませんでした。田んぼが心配です。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})
describe('hostility: blind R88A false positive — ばかにできない / ばかにならない is an idiom (not to be underestimated), not an insult; バカ said of someone still blocks', () => {
  const blocks = (text: string) => findingsOf(hostility, text).some((x) => x.rule === 'hostility/insult' && x.severity === 'block')
  it.each([
    'カラスの知恵はばかにできません。ごみネットの端は重しでしっかり押さえて、すき間をつくらないようにしましょう。',
    'ごみネットの端は重しで押さえて。カラスの学習能力はバカにできないんです。',
    '昔の人の知恵も、ばかにはできませんね。',
    '毎日の積み重ねは馬鹿にできません。',
    '電気代もバカにならん。',
    'カラスの学習能力はバカにできんばい。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
  it.each([
    'ごみの分別もできないバカにはうんざりです。',
    'そんなこともできないなんて、本当にバカですね。',
  ])('blocks %s', (text) => {
    expect(blocks(text)).toBe(true)
  })
})
describe('hostility: blind R90A/R91A kinds — sarcasm and belittling in keigo warn; ordinary city sentences sharing their words do not', () => {
  // At least a warning from the family: a stronger rule on the same words (日本語が分からない: an insult, block) keeps its finding.
  const warns = (text: string, ctx: CheckContext = {}) => findingsOf(hostility, text, ctx).some((x) => x.rule.startsWith('hostility/') && (x.severity === 'warn' || x.severity === 'block'))
  it.each([
    // The reader's ability doubted with まさか…ないわけではないですよね？
    ['@kkk_tanaka22 ご質問の持ち物は学校だよりに全部書いてありますが、まさか読めないわけではないですよね？', { mode: 'reply' }],
    ['@abc 地図も添えておりますが、まさか場所がお分かりにならないわけではございませんよね？', { mode: 'reply' }],
    ['ホームページに載せとるけど、まさか読めんわけじゃなかですよね？', { mode: 'comment' }],
    ['何度もご説明しましたが、まさか日本語が分からないってことはないですよね', { mode: 'reply' }],
    // Mock wonder that someone holds a job
    ['昨日の地元紙に、市内の学力テストの結果についての記事が載っていました。数字の読み方を根本から誤解しておられるようで、よくあれで教育面の担当が務まるものだと感心いたしました。', { mode: 'post' }],
    ['今朝の記事を読みました。よくそれで記者が務まりますね。', { mode: 'post' }],
    ['ようあれで議員が務まるもんやね。', { mode: 'post' }],
    ['よくもあの程度の取材で、記者を名乗れますね。', { mode: 'post' }],
    // A parent told to do the least thing at home; the school said not to be a servant
    ['ご自分のお子さんの宿題くらい、ご家庭で見てあげてはいかがでしょうか。学校は託児所ではございませんので。', { mode: 'comment' }],
    ['お子さんの持ち物の準備ぐらい、親御さんがしてあげてください。', { mode: 'comment' }],
    ['自分の子の送り迎えくらい、家でどうにかしたらどうですか。', { mode: 'reply' }],
    ['市役所は便利屋ではありませんので。', { mode: 'reply' }],
    ['うちは何でも屋じゃなかけんね。', { mode: 'comment' }],
    // Asked whether they read before asking; asked for more substance
    ['反対する会の皆さん、コメント拝見しました。説明会の資料は全部で48ページありますが、最後までお読みになったうえでのご質問でしょうか？もしそうでしたら、次回はもう少し中身のあるご質問をいただけると助かります。', { mode: 'comment' }],
    ['@abc 計画書をご覧になったうえでのご意見でしょうか？', { mode: 'reply' }],
    ['議事録を読んだ上での批判なんですか？', { mode: 'comment' }],
    ['次はもうちょっと意味のある質問をしてほしいです。', { mode: 'comment' }],
    ['少しはまともなご意見をいただきたいものです。', { mode: 'reply' }],
    // Thanks for the effort said in sarcasm
    ['本日も市役所前で、プラカードを掲げる方々がいらっしゃいました。この寒い中、本当にご苦労さまなことです。どうせ来週の説明会にもいらっしゃるのでしょうね。', { mode: 'post' }],
    ['毎日毎日、電話をかけてくる方がいます。ご苦労なこった。', { mode: 'post' }],
    ['雨の中、署名集めとはご苦労様なことですね（笑）', { mode: 'post' }],
    ['朝から窓口に並ばれて、ごくろうさんなことで。', { mode: 'post' }],
    // Opponents' case called only emotional; no intent to talk in earnest
    ['反対する会さんの投稿を拝見しました。感情的なご主張ばかりで、建設的な議論をされるおつもりはないようですね。残念です。', { mode: 'quote' }],
    ['@abc 感情論ばかりのご意見だけで、冷静な話し合いに応じるおつもりはなさそうですね。', { mode: 'reply' }],
    ['反対派の方々は、対話をする気はないようです。', { mode: 'post' }],
    ['あの団体のコメントは、感情的な批判ばかりで、読むに堪えません。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    // まさか / 読めない
    'この難読地名、まさか読めないわけじゃないですよね？正解は「かまち」です。',
    'まさか私が字を読めないわけではないですよね、と笑う受講生もいました。',
    '文字が小さいので、読めないわけではありませんが見づらいとのご意見をいただきました。',
    'まさかの大雨で、花火が見えない場所もありました。',
    // よく…で…務まる
    'あんな小さな体で、よく大役が務まったものだと感心しました。',
    '新人のころの私は、よくあれで窓口が務まったものだと思います。',
    'その程度の人数で運営が務まるのか、との声もありましたが、無事に終わりました。',
    'よく晴れた日で、受付の担当も務まりました。',
    // くらい / 家庭で / 託児所
    'お子さんの歯みがきの仕上げくらいは、保護者がしてあげましょう。',
    'お子さんの宿題は、ご家庭でも見てあげてください。',
    '1日10分くらい、ご家庭でお子さんと一緒に本を読んでみてはいかがでしょうか。',
    '学童保育は託児所ではなく、子どもたちの放課後の生活の場です。',
    '病児保育は、市内の託児所でも利用できます。',
    // うえでのご質問 / 中身のある
    '資料をお読みになったうえでのご質問・ご意見をお待ちしています。',
    'もう少し中身のある講座にしてほしいとのご意見をいただきました。',
    '市としても、もっと建設的な議論ができるよう情報を公開していきます。',
    'ご質問は、説明会のあとでの受付となります。',
    // ご苦労
    'ボランティアの皆さん、本当にご苦労さまでした。',
    'さぞご苦労なことと存じますが、よろしくお願いいたします。',
    '消防団の皆さん、毎晩の見回りご苦労さまです。',
    // 感情的 / つもり
    '説明会では、感情的なご意見ばかりではなく、多くの建設的なご提案もいただきました。',
    'SNSでは感情的な投稿ばかりが目立ちますが、正確な情報は市のホームページでご確認ください。',
    '市として議論を打ち切るつもりはありません。引き続き説明会を開きます。',
    '建設的な議論をするつもりはないのか、とのご指摘をいただきました。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: blind R92A–R95A kinds — a threat after the home is known, belittling, sarcasm at a neighbour and critics turned back warn or block; ordinary city sentences sharing their words do not', () => {
  const blocks = (text: string, ctx: CheckContext = reply) => findingsOf(hostility, text, ctx).some((x) => x.rule === 'hostility/threat' && x.severity === 'block')
  const warns = (text: string, ctx: CheckContext = {}) => findingsOf(hostility, text, ctx).some((x) => x.rule.startsWith('hostility/') && (x.severity === 'warn' || x.severity === 'block'))
  // The addressee's home said to be known by some means, then told not to get cocky (R94A-098).
  it.each([
    '@anti_shobo そちらのお住まい、通報記録でだいたい分かっとるけんね。あんまり調子に乗らんほうがよかよ',
    '@abc あなたのご自宅、住民票の記録でおおよそ分かっております。あまり調子に乗られないほうがよろしいかと。',
    '@xxx お前の家、だいたい分かっとるけん。調子に乗るなよ',
    '@abc お住まいの地区は把握しております。あまりいい気にならないほうがいいですよ。',
    '@abc ご住所は名簿で把握しております。図に乗らないことです。',
  ])('blocks %s', (text) => {
    expect(blocks(text)).toBe(true)
  })
  it.each([
    'お住まいの地区は住所の記録で分かりましたので、最寄りの避難所をご案内します。',
    '子どもが調子に乗らんように、大人が見守りましょう。',
    'ご自宅の場所は地図で分かりました。当日は調子に乗って飲みすぎないようにお気をつけてお越しください。',
    '@abc お住まいの地域は郵便番号で分かりましたので、収集日をお知らせします。調子に乗らないほうがいいのはお酒ですね。',
  ])('passes %s', (text) => {
    expect(staysClean(text, reply)).toEqual([])
  })
  it.each([
    // The reader's ability presumed, as noticing (R92A-010)
    ['古文書館の臨時休館へのご不満、拝見しました。工事のお知らせは3か月前から広報やながわと館内の掲示でお伝えしています。文字を読める方なら気づけたはずですが。', { mode: 'comment' }],
    ['掲示板をご覧になれる方なら、お気づきになったはずですけどね。', { mode: 'comment' }],
    ['字の読める人なら、普通は気づくと思うんですけど。', { mode: 'comment' }],
    ['まともな大人なら、看板に気付いたはずやけど。', { mode: 'comment' }],
    ['日本語が読める方なら、すぐに気がつかれると思いますが。', { mode: 'reply' }],
    // A family's upbringing blamed after conduct found wanting (R92A-047)
    ['蒲池東小の保護者の皆さんは、本を破っても「学校の本だから」で済ませる方が多いようで残念です。家庭でのしつけもぜひお願いしたいものです。', { mode: 'post' }],
    ['○○中の生徒さんたちは挨拶もできないようです。ご家庭でのしつけをしっかりしていただきたいものですね。', { mode: 'post' }],
    ['図書館で騒ぐ子どもが多くて困ります。親御さんのしつけがなっていないのでは。', { mode: 'post' }],
    ['本を返さない方が多いようで、おうちでの躾もきちんとしてほしいもんです。', { mode: 'post' }],
    // What "normal" people do first, said to someone answered (R92A-085)
    ['@rekishi_suki 閉館日を確認されずにお越しになったとのことですが、普通はホームページを見てから来られるものだと思います。', { mode: 'reply' }],
    ['@abc 予約なしで来られたそうですが、ふつうは事前に予約してから来るものですよ。', { mode: 'reply' }],
    ['ゴミの日を間違えたとのことですが、普通はカレンダーを確認してから出すのが常識です。', { mode: 'comment' }],
    ['窓口が閉まっていたとのご不満ですが、普通は受付時間を調べてから来るもんやろ。', { mode: 'comment' }],
    // Another place put below our feet (R92A-130)
    ['【図書館の自慢】\n\n柳川市立図書館は、郷土資料の充実ぶりが自慢です。\n\nお隣の市の図書館さんは建物こそ新しくて立派ですが、郷土資料の中身は正直うちの足元にも及ばないと思います。\n\n藩政期の古文書から白秋関連の資料まで、ぜひ手に取ってご覧ください。', { mode: 'post' }],
    ['隣町の道の駅さん、品ぞろえはまだまだ柳川の足元にも及びませんね。', { mode: 'post' }],
    ['大川市さんのうなぎは、正直本市の足もとにも及ばんばい。', { mode: 'post' }],
    ['よその観光地のイルミネーションなんて、うちには遠く及ばないでしょう。', { mode: 'post' }],
    // The complainer's understanding presumed in a rhetorical question (R93A-086)
    ['下水道工事の音がうるさいとのことですが、工事をしないとトイレも流せなくなることは、もちろんご理解いただいていますよね？😊', { mode: 'comment' }],
    ['@abc 図書館の本は皆さんの税金で買っていることは、当然ご存じですよね？', { mode: 'reply' }],
    ['駐車場が狭いとのご不満ですが、土地に限りがあることはもちろん分かってますよね？', { mode: 'comment' }],
    ['窓口が遅いとおっしゃる方、混雑時は時間がかかることは言うまでもなくご承知でしょう？', { mode: 'comment' }],
    // Another town said to copy us, its substance run down (R93A-088, R95A-122)
    ['お隣の市さんもごみ分別アプリを始められたそうですね。当市の真似をしていただけるのは光栄ですが、中身はまだまだのようです。', { mode: 'quote' }],
    ['近隣の市でも二拠点居住の補助制度を始められたようですね。住みやすさで柳川と比べられても困りますが、真似をなさるなら、せめて中身までしっかり真似していただきたいものです。', { mode: 'post' }],
    ['大川市さんがうちの真似をして花火大会を始めたそうですが、内容はいまいちですね。', { mode: 'post' }],
    ['お隣の町も柳川の真似で川下りを始めたようですが、クオリティはまだまだですね。', { mode: 'post' }],
    ['隣町さんが真似をされるのでしたら、せめてきちんと調べてからにしていただきたいものです。', { mode: 'post' }],
    ['他の市が真似をされるなら、もう少しちゃんとやってほしいですね。', { mode: 'post' }],
    // Critics told to learn the emergency number before writing (R94A-029)
    ['「救急車が遅い」とネットに書き込んでいる皆さん、まずは119番の正しいかけ方を覚えてから書き込んでくださいね😊', { mode: 'post' }],
    ['SNSで「消防は何もしない」と批判している皆さん、まずは119番通報の流れを調べてから批判してください。', { mode: 'post' }],
    ['「110番がつながらない」と書き込んでいる方、まずは正しいかけ方を覚えてから書き込んでいただけますか。', { mode: 'post' }],
    ['ネットで通報の仕方に文句を言う人は、自分で119番の仕組みば勉強してから書き込んでくれんね。', { mode: 'post' }],
    // The complaint turned back on the complainer (R95A-024)
    ['婚活イベントが「つまらなかった」とのこと、ご自身がどれだけ楽しもうとされたかも、ぜひ一度振り返ってみてくださいね😊', { mode: 'comment' }],
    ['説明会が分かりにくかったとのご不満ですが、ご自分がどれだけ真剣に聞かれていたかも振り返ってみてはいかがでしょうか。', { mode: 'comment' }],
    ['窓口の対応が冷たいとおっしゃる方、ご自身の言葉遣いも一度見つめ直していただきたいものです。', { mode: 'comment' }],
    ['「祭りがつまらん」て文句言う人は、自分がどんだけ楽しもうとしたか、いっぺん振り返ってみんね。', { mode: 'comment' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    // 読める方なら / 気づく
    '日本語が読める方なら、どなたでも気軽に参加できます。',
    '最後まで読んでくださった方なら、もうお気づきですよね。',
    '点字が読める方なら、案内板の点字表示に気づかれると思います。',
    '気づいた方は、近くの職員にお声かけください。',
    'まともな大人なら気づくはず、という思い込みが事故を招きます。',
    // しつけ
    '子育て講座「ほめて伸ばすしつけ」を開きます。ご家庭でのしつけに悩む方もぜひ。',
    '犬のしつけ方教室：ご家庭でのしつけのコツをお伝えします。',
    'トイレトレーニングなど、ご家庭でのしつけのご相談は子育て支援センターへ。',
    '図書館の本が破れていることが多くて残念です。ご家庭でも本の扱い方をお子さんと話してみてください。',
    // 普通は…もの
    '普通は3日ほどで届くものですが、現在は1週間ほどかかっています。ご不便をおかけします。',
    '子どもは普通、転んで覚えるものです。',
    'マイナンバーカードは、普通は申請してから1か月ほどで受け取れるものです。',
    'ご質問ありがとうございます。普通は事前に予約してからお越しいただくものですが、当日も空きがあれば利用できます。',
    // 足元 / 及ばない
    '私たちは、まだまだお隣の大川市さんの足元にも及びません。見習っていきたいです。',
    'ご心配には及びません。お隣の市の窓口でも手続きできます。',
    '足元にお気をつけください。お隣の市からのシャトルバスが到着します。',
    // もちろん…よね？
    'もちろん皆さん知ってますよね？今年も花火大会が開催されます！',
    'もちろん、ご理解いただいている方も多いと思います。',
    '工事の音がうるさいとのご意見をいただきました。ご理解いただけますよう、お願いいたします。',
    '柳川といえば、もちろんうなぎ。皆さんご存じですよね？',
    // 真似
    '大川市さんが当市の真似をして始めた制度ですが、今では大川市さんの方が利用者が多く、私たちも学ばせていただいています。',
    '当市も大川市さんの真似をして始めましたが、中身はまだまだです。これから充実させます。',
    '子どもたちが先生の真似をして、上手に魚をさばいていました。',
    // 119番 / てから
    '119番通報では、落ち着いてから住所を言ってください。',
    '110番に電話したら、まず深呼吸してから状況を言ってください。',
    '119番の正しいかけ方を覚えてから、実際に通報体験をしてみましょう。',
    // 振り返って
    '成人式を迎えた皆さん、ご自身がこの20年でどれだけ成長したか、ぜひ振り返ってみてくださいね😊',
    'ワークシートで、この1年の自分の生活を振り返ってみてください。',
    '説明会への厳しいご意見を受け、職員一同、自分たちの進め方を振り返ってみました。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: blind R92A false positive — a line of bare quotations introduced by the line before as words collected is a mention; the same line aimed at someone still blocks', () => {
  const blocks = (text: string) => findingsOf(hostility, text).some((x) => x.rule.startsWith('hostility/') && x.severity === 'block')
  it.each([
    '図書委員会で「言われていやだったことば」を集めました。\n「バカじゃないの」「キモい」「消えろ」――\nどれも、冗談のつもりでも相手の心に長く残ります。',
    'クラスで「言われて悲しかった一言」を聞きました。\n「ウザい」「キモい」「消えろ」\nどの言葉も、言った側は忘れても、言われた側は覚えています。',
    '図書委員が集めた「言われてうれしくなかったことば」です。\n「アホ」「ウザい」――\n冗談でも、相手は笑えません。',
    '子どもたちに、言われていやだった言葉を書き出してもらいました。\n「バカ」「きえろ」「キモい」\nこれらの言葉を、クラスでは使わないと決めました。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
  it.each([
    '毎日電話してくる方に一言。\n「バカじゃないの」「消えろ」',
    'こんな言葉を言いたい。\n「バカじゃないの」「消えろ」――',
    '苦情ばかり書き込む皆さんへ。\n「バカじゃないの」「キモい」――',
  ])('blocks %s', (text) => {
    expect(blocks(text)).toBe(true)
  })
})

describe('hostility: blind R96A/R97A kinds — a home or records known from the office held over a critic blocks; weariness at excuses, a smug けど at a neighbour, 読めば小学生でも and a critic fond of fault-finding warn; ordinary city sentences sharing their words do not', () => {
  const blocks = (text: string, ctx: CheckContext = reply) => findingsOf(hostility, text, ctx).some((x) => x.rule === 'hostility/threat' && x.severity === 'block')
  const warns = (text: string, ctx: CheckContext = {}) => findingsOf(hostility, text, ctx).some((x) => x.rule.startsWith('hostility/') && (x.severity === 'warn' || x.severity === 'block'))
  it.each([
    // The addressee's home said to be known or knowable from the office's records (R96A-021)
    '@anon_yngw 匿名なら何を書いてもいいと思わないでくださいね。どちらにお住まいかは課税台帳でだいたい分かりますので、近いうちにご自宅へ伺うかもしれません。',
    '@abc 文句ばかり書き込まれていますが、ご住所は住民票ですぐに分かりますからね。',
    '@xxx あんたの家がどこかは、苦情の記録でだいたい分かっとるけん、今度行くばい。',
    '毎回コメントで批判される方、お住まいの辺りは名簿から把握できますので、ご注意くださいね。',
    // The addressee's own records said to be open to the office, to a critic (R97A-131)
    '待ち時間のことで何度もコメントされている方へ。健診の結果も含めて、あなたのカルテはこちらでも見られるんですけどね。',
    '@abc 市に文句ばかり言われますが、あなたの納税記録は職員でも閲覧できるんですよ。',
    '毎日苦情の電話をくださる方、ご自身の住民票くらい、こちらでいつでも確認できますからね。',
    '@xxx そげん批判ばっかりしよるけど、あんたの受診歴はうちでも見れるとよ。',
  ])('blocks %s', (text) => {
    expect(blocks(text)).toBe(true)
  })
  it.each([
    'お住まいの地区は課税台帳で確認できますので、固定資産税の通知書をご確認ください。',
    '@abc ご住所は住民票で確認できますので、書類はご自宅へ郵送いたします。',
    'どちらにお住まいかは住民票で分かりますので、担当の保健師がご自宅へ伺います。',
    '@abc ご自身の健診の結果は、マイナポータルでいつでも見られます。',
    '何度もお問い合わせいただいた方へ。あなたのカルテは、職員であっても同意なく見ることはできません。ご安心ください。',
    'コメントでご質問いただいた方へ。ご自身の健診の結果は、こちらの窓口でも確認できますので、お気軽にお問い合わせください。',
  ])('passes %s', (text) => {
    expect(staysClean(text, reply)).toEqual([])
  })
  it.each([
    // Weariness at what residents say, or a lapse called simply solved (R96A-040)
    ['毎年この時期になると「うっかり忘れとった」という方が窓口にいらっしゃいます。正直、その言い訳はもう聞き飽きました。納期限は毎年同じですので、カレンダーに書いておけば済む話です。', { mode: 'post' }],
    ['「知らなかった」という言い訳は、もう聞き飽きとるけんね。', { mode: 'post' }],
    ['駐車場が狭いという苦情は、正直耳にタコができました。', { mode: 'comment' }],
    ['毎回同じご質問をいただきますが、そのお話は聞き飽きております。', { mode: 'reply' }],
    ['ごみの日を忘れたという方が毎回いらっしゃいますが、カレンダーを確認しておけば済む話です。', { mode: 'post' }],
    // Our own side set against another town's trouble with a smug けど (R97A-078)
    ['隣の市の健診は予約がぜんぜん取れないそうですね。柳川はいつでもちゃんと取れますけど😊 引っ越しをご検討の方はぜひ。', { mode: 'post' }],
    ['お隣の大川市さんは保育園の空きが全然ないらしいですね。うちはすぐ入れますけどね😏', { mode: 'post' }],
    ['よその町は除雪がずいぶん遅れたみたいですね。本市は朝までに終わりましたけど（笑）', { mode: 'post' }],
    ['隣町のプールは夏休み中ずっと混雑しとるらしかね。柳川ならゆっくり泳げるけどね〜😁', { mode: 'post' }],
    // Read it properly and even a child could follow (R97A-116)
    ['@mom_of3 母子手帳アプリの使い方は、説明書をちゃんと読めば小学生でも分かるように書いてあります。', { mode: 'reply' }],
    ['@abc 申請書の書き方は、記入例をきちんとご覧になれば中学生でも書けます。', { mode: 'reply' }],
    ['使い方が分からないとのことですが、案内を普通に読めば子どもでも使えますよ。', { mode: 'comment' }],
    ['何度もお問い合わせいただいていますが、ホームページを最後までお読みになれば誰でもお分かりになれますよ。', { mode: 'comment' }],
    // A critic said to like fault-finding better than their own good (R97A-132)
    ['@kenko_critic ご自身の健康より、市の粗探しのほうがお好きなようですね。健診の予約はいつでもお待ちしています。', { mode: 'reply' }],
    ['@abc 手続きを済ませるより、職員の揚げ足取りのほうがよほどお得意なご様子ですね。', { mode: 'reply' }],
    ['毎回コメントをくださる方は、市にケチをつけるのがご趣味のようです。', { mode: 'comment' }],
    ['あんたは文句ば言うとが好きなごたるね。', { mode: 'comment' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    // 聞き飽き / 済む話
    '何度聞いても聞き飽きない、懐かしい民謡をお楽しみください。',
    '同じ話で聞き飽きたかもしれませんが、改めて手洗いをお願いします。',
    '子どもたちが聞き飽きないよう、読み聞かせの本を毎月入れ替えています。',
    '「その話は聞き飽きた」と言われないよう、伝え方を工夫しています。',
    '窓口に来なくても、スマホで申請すれば済みます。',
    '納期限をカレンダーに書いておけば、うっかり忘れを防げます。',
    // けど😊 and another town
    'お隣の大川市では予約が取りにくいそうです。柳川でも予約枠を増やしましたので、ぜひご利用ください。',
    '隣の市の花火大会は雨で中止になったそうですね。柳川は予定どおり開催しますけど、天気次第で変更があります。',
    '柳川は予約なしでも受診できますけど😊 混雑する時間帯はお待たせすることもあります。',
    '大川市さんと合同の健診です。隣の市の会場は混雑するそうですが、柳川は空いていますけど😊',
    // 読めば…でも
    '工作キットの説明書をよく読めば、小学生でも組み立てられます。親子でぜひご参加ください。',
    'この防災ブックは、ちゃんと読めば小学生でも分かるように、ふりがなを付けて作りました。',
    '防災ブックは最後まで読めば子どもでも分かる内容です。ご家庭でお子さんと一緒にお読みください。',
    // のほうがお好き
    '子どもたちは、座学より宝探しのほうが好きなようですね。',
    '文句を言うより、一緒に考えるほうが好きです。',
    '私は昔から粗探しのほうが得意なようで、校正の仕事は天職かもしれません。',
    '批判のほうが好きな人はいません。建設的なご意見をお寄せください。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: blind R98A/R99A kinds', () => {
  const warns = (text: string, ctx: CheckContext) => findingsOf(hostility, text, ctx).some((x) => x.severity === 'warn' || x.severity === 'block')
  const has = (text: string, rule: string, severity: string, ctx: CheckContext = reply) =>
    findingsOf(hostility, text, ctx).some((x) => x.rule === rule && x.severity === severity)
  it.each([
    // "Shut up" as a bare dialect imperative (R98A-071)
    ['遊具が古いとか言うなら自分で直せば？文句しか言えんとやったら黙っとき', 'hostility/curse'],
    ['要望ばっかり出すくらいなら、あんたは黙っとって。', 'hostility/curse'],
    ['なんも知らんくせに口出しせんで黙っとき！', 'hostility/curse'],
    ['税金もろくに払いよらん人は黙っとれよ💢', 'hostility/curse'],
    ['ごちゃごちゃ言わんで、だまっとけって。', 'hostility/curse'],
    // The one addressed called the worst nuisance; told to leave if they do not like it (R98A-090)
    ['家賃も払わんで要求ばっかり、あんたみたいなのが一番迷惑。嫌なら出ていってもらって結構です', 'hostility/insult'],
    ['家賃も払わんで要求ばっかり、あんたみたいなのが一番迷惑。嫌なら出ていってもらって結構です', 'hostility/curse'],
    ['毎日電話してくるあなたのような方が一番迷惑です。', 'hostility/insult'],
    ['正直、お前みたいなやつがほんと邪魔なんよ。', 'hostility/insult'],
    ['きみみたいな人が一番困るっちゃんね。', 'hostility/insult'],
    ['文句があるなら柳川から出ていってもらって構いません。', 'hostility/curse'],
    ['ご不満でしたら、団地から出て行っていただいて結構ですよ。', 'hostility/curse'],
    ['気に入らんなら出ていってくれてよかよ。', 'hostility/curse'],
  ] as Array<[string, string]>)('blocks %s', (text, rule) => {
    expect(has(text, rule, 'block')).toBe(true)
  })
  it.each([
    // Our side set against another town's trouble told as hearsay, reassurance with a laugh (R98A-127)
    ['お隣の町のデマンドタクシーは予約が全然とれないと評判ですが、柳川はそんなことありませんのでご安心を（笑）', { mode: 'post' }],
    ['大川市さんのごみ収集、またトラブル続きと評判ですね。柳川は毎週きっちり回収しますので（笑）', { mode: 'post' }],
    ['隣町の図書館は本が少ないって噂ですけど、柳川なら何でもそろってますからご安心を😏', { mode: 'post' }],
    ['よその町の保育園は待機児童が全然減らないらしいですね。うちは待機ゼロですので（笑）', { mode: 'post' }],
    // A named party told to practise first and only then come (R98A-140)
    ['先月補修したばかりの市道が、もう陥没しました。施工した筑後ロード工業さんには、一度ご自宅の前の道で練習してから来ていただきたいものです。', { mode: 'post' }],
    ['また水道管を壊した〇〇設備さんには、よその現場で腕を磨いてからお越しいただきたいですね。', { mode: 'post' }],
    ['植えたばかりの街路樹を2回も枯らした造園業者さん、一から修行し直してから来てほしいもんです（笑）', { mode: 'post' }],
    ['信号の設定をまた間違えた業者さんには、自分ちの庭で練習してきてほしいですね。', { mode: 'post' }],
    // Another town's late start praised in mock keigo or an offer to teach it (R99A-016)
    ['お隣の市役所さんも、ようやく働き方改革を始められたとか。周回遅れでも走り出されたのはご立派です👏 うちのノウハウでよければいつでもお教えしますよ。', { mode: 'quote' }],
    ['大川市さん、今さらキャッシュレス決済を導入されたそうで、おえらいですね😏', { mode: 'quote' }],
    ['隣の町もやっとオンライン申請を始めたらしいですね。5年遅れでも大したものです👏', { mode: 'post' }],
    ['お隣の市さんも遅ればせながら子ども食堂の支援を始められたとか。柳川のやり方でよければ、いつでも教えてさしあげますよ（笑）', { mode: 'quote' }],
    // The staff's burden "enjoyed" in humble keigo, and ご高尚な (R99A-053)
    ['本日も議員の皆様の大変ご高尚なご質問のおかげで、職員一同、深夜まで答弁書づくりを楽しませていただいております。さすが選良でいらっしゃいます。', { mode: 'post' }],
    ['市民の皆様からの熱心なお電話のおかげで、職員は毎晩残業を満喫させていただいております。', { mode: 'post' }],
    ['議員の先生方のご指摘のおかげさまで、今週も休日出勤を堪能させていただきました。', { mode: 'post' }],
    ['委員会の皆さまの大変ご高尚なご意見、職員一同ありがたく拝聴しております。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    // 黙っとき / 黙っとって
    'サプライズなので、お母さんには当日まで黙っとき😊',
    '困ったことがあったら黙っとかんで、相談してね。',
    '子どもが何も言わずに黙っとって、心配になったという相談が増えています。',
    'その日は一日中黙っとった、という話を聞きました。',
    // あなたのような方 / 出ていって
    'あなたのような方が詐欺の被害に遭わないよう、ご注意ください。',
    'あなたのような方が困ることのないよう、窓口で丁寧にご案内します。',
    '迷惑メールが届いたら、あなたのような方が一番狙われやすいので開かないでください。',
    '講演の途中でも、ご気分が悪くなった方は会場から出ていっていただいて構いません。',
    '撮影がお嫌でしたら、その間だけお部屋から出ていっていただいて結構です。',
    '退去の手続きが済みましたら、鍵を返却して出ていっていただいて結構です。',
    // ので（笑） and another town
    'お隣の町で断水があったそうですが、柳川は影響ありませんのでご安心ください。',
    '隣の市の健診は混雑しているそうです。柳川は予約枠に余裕がありますので、ぜひご利用ください。',
    'お隣の大川市さんとの合同企画は予約が取れないと評判でしたが、柳川会場は空きがありますので😊',
    // 練習してから
    '大会に参加される方は、事前にコースで練習してから来ていただくと安心です。',
    '舟下りの船頭さんは、半年ほど掘割で練習してからお客さんを乗せています。',
    '吹奏楽部の皆さんは、何度も練習してから本番に来てくれました。',
    '補修工事でご迷惑をおかけしました。施工業者さんには、安全講習を受けてから現場に入っていただいています。',
    // ようやく…立派 / お教えします
    'お隣の大川市さんの新体育館がようやく完成したそうで、本当に立派です！',
    'ようやく完成した新庁舎、とても立派です。',
    'お隣の大川市さんと連携して、ようやく広域バスが走り出しました。ご立派です👏',
    '柳川のノウハウは、ご希望があれば他の自治体にもお教えします。',
    // 楽しませていただいて
    '地域の皆さんのおかげで、夜遅くまで盆踊りを楽しませていただきました。',
    '議員の皆様のご質問に、職員一同、誠実に答弁書を作成しております。',
    '職員研修では、資料作成のコツを楽しく学ばせていただきました。',
    '講演会では、先生の高尚なお話を楽しませていただきました。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: blind R100A–R102A kinds — a home said to be easily known blocks; a motive imputed, a no-wonder sneer, open your eyes, mock praise for bold ignorance and a move-here taunt warn; ordinary city sentences sharing their words do not', () => {
  const blocks = (text: string, ctx: CheckContext = reply) => findingsOf(hostility, text, ctx).some((x) => x.rule === 'hostility/threat' && x.severity === 'block')
  const warns = (text: string, ctx: CheckContext = {}) => findingsOf(hostility, text, ctx).some((x) => x.rule.startsWith('hostility/') && (x.severity === 'warn' || x.severity === 'block'))
  it.each([
    // The addressee's home said to be easily known by some means (R100A-113, R102A-063)
    '@yanagawa_haishi_blog そげん柳川が嫌いなら、あんたのブログの住所まで行って直接話そうか？どこに住んどるかくらい調べればすぐわかるけんね',
    '@miharu_yng 防犯カメラの映像を見れば、あんたがどこに住んどるかくらいすぐ分かるけんね。あんまり調子に乗らんほうがよかよ。',
    '@abc 匿名だからと安心されているようですが、どちらにお住まいかくらい、書き込みの写真を見ればだいたい分かりますよ。',
    '@xyz あなたの自宅なんて、ナンバーから調べればすぐに特定できますからね。',
    '@kome_taro ご住所ぐらい、こっちで調べりゃ一発でわかるっちゃけん。',
    '@anon01 お前がどこに住んでるかなんか、ちょっと調べればすぐ割り出せるぞ。',
  ])('blocks %s', (text) => {
    expect(blocks(text)).toBe(true)
  })
  it.each([
    '@abc お住まいの地区の収集日は、アプリを見ればすぐ分かります。',
    '@abc 最寄りの避難所は、お住まいの住所を入れればすぐに分かります。',
    '迷子の犬がどこに住んでいるかくらい、鑑札の番号を見ればすぐ分かりますので、保護したら市へご連絡ください。',
    '@abc お住まいが市内かどうかは、住民票を見ればすぐ分かりますので、窓口でお尋ねください。',
    'ホタルがどこに住んでいるかは、水のきれいさを見ればだいたい分かります。',
  ])('passes %s', (text) => {
    expect(staysClean(text, reply)).toEqual([])
  })
  it.each([
    // A bad motive imputed to the one addressed (R100A-064)
    ['@tabiblog_ryo ご意見ありがとうございます。観光案内所の対応についてはご不便をおかけしました。ただ、ブログのためにわざと粗探しをしに来られているとしか思えませんので、今後のご質問には回答いたしかねます。', { mode: 'reply' }],
    ['@abc 毎回同じご指摘ですが、嫌がらせ目的で書き込まれているとしか考えられません。', { mode: 'reply' }],
    ['@yyy 正直、炎上狙いでわざと書いとるとしか思えんけん、これ以上は相手にせんよ。', { mode: 'reply' }],
    ['@zzz ご意見は拝見しましたが、アクセス稼ぎのために投稿されているものとお見受けします。', { mode: 'reply' }],
    // A no-wonder sneer at a critic's or another town's shortfall, and a critic told to open their eyes (R100A-094, R102A-121)
    ['柳川を「見るものがない町」と書いた旅ブロガーさん、3時間しか滞在していないそうです。そりゃ見えんでしょうね。次はせめて目を開けて歩いてみてください。', { mode: 'post' }],
    ['お隣の市さんは防犯カメラの補助制度もないそうで、そりゃ空き巣も増えるでしょうね。安心して暮らしたい方は、柳川に引っ越してこられてはいかがですか。', { mode: 'post' }],
    ['うなぎがまずいとレビューに書いた方、せいろ蒸しを一口しか食べていないそうで。道理で分からんわけですよね。', { mode: 'post' }],
    ['隣町は図書館の土日開館もしていないらしいですね。そりゃ若い人も出ていくでしょう。', { mode: 'post' }],
    ['@critic_k 川下りを批判されていますが、舟に乗らずに書かれた記事ですよね。そりゃ魅力も伝わらんやろうね。', { mode: 'reply' }],
    ['「何もない」と酷評された方へ。今度はちゃんと目を開けて見てくださいね。', { mode: 'post' }],
    ['@abc 花が咲いとらんって文句言うなら、しっかり目ば開けて歩きんしゃい。', { mode: 'reply' }],
    ['「看板が分かりにくい」とのこと、少しは目を開けて運転されてはいかがでしょう。', { mode: 'comment' }],
    // Mock admiration that someone who does not even know speaks so boldly (R102A-103)
    ['@kenji_yng 「警察が来るのが遅い」とのことですが、さすがですね。110番の仕組みもご存じないまま、ここまで自信たっぷりに書けるとは感心いたします。', { mode: 'reply' }],
    ['@abc ゴミの分別ルールもご存じないのに、そこまで堂々と批判できるとは感服いたします。', { mode: 'reply' }],
    ['@xyz 条例を一度も読まずに、ここまで断言できるとは本当に恐れ入ります。', { mode: 'reply' }],
    ['防災無線の仕組みも知らんまま、ようそこまで書き込めるとは逆に感心するわ。', { mode: 'comment' }],
    // Another town put down as hearsay and its people invited to move here (R102A-121)
    ['大川市さんは子ども医療費の助成も中学生までしかないらしいですね。子育て世代の皆さん、柳川に移住されてはどうですか😏', { mode: 'post' }],
    ['よその町はごみの収集が週1回しかないそうです。不便な方は、うちに引っ越してきたらいいですよ（笑）', { mode: 'post' }],
    ['隣の市は駅前の駐輪場もないとか。こっちに越してこられたらどうですか。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    // わざと / としか思えない
    'カラスがわざとごみ袋を狙っているとしか思えないほど、荒らされる被害が続いています。',
    '@abc ご指摘の遅れについて、職員がわざと遅らせたわけではありません。申し訳ございませんでした。',
    '子どもたちの笑顔を見ると、この町の未来は明るいとしか思えません。',
    // そりゃ…でしょうね
    '3時間しか寝ていない消防団員の皆さん、そりゃ疲れるでしょうね。本当にお疲れさまです。',
    'お隣の大川市さんでは雨が3日もやまないそうで、そりゃ川も増水するでしょうね。お見舞い申し上げます。',
    '今日は最高気温35度の予報です。そりゃ暑いでしょうね、こまめに水分補給を。',
    // 目を開けて
    '目薬をさしたら、しばらくしてからしっかり目を開けてください。',
    'プールでは、ゴーグルをつけてちゃんと目を開けて泳いでみましょう。',
    '夜の川下りは足元が暗いので、しっかり前を見て乗り降りしてください。',
    // 知らないまま…とは感心
    '作文の書き方も知らないまま、ここまで書けるとは感心しました。1年生の作品展は市役所ロビーで開催中です。',
    '「警察が来るのが遅い」とのご意見をいただきました。110番の仕組みをご存じない方も多いため、改めてご説明します。',
    'ルールをよく知らないまま参加した子どもたちも、最後には堂々と意見が言えるようになりました。',
    // 柳川に引っ越して
    '子育て支援が充実した柳川に、引っ越してこられてはいかがですか。移住相談会を開きます。',
    'お隣の大川市さんと合同の移住フェアです。柳川への移住もぜひご検討ください。',
    'お隣の町で水害があったそうです。被災された方は、柳川の市営住宅への転居もご検討ください。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: review false positives (denied label, own look-back, 真似 in a class)', () => {
  const flagged = (text: string, rule: string, ctx = {}) => findingsOf(hostility, text, ctx).some((x) => x.rule === rule && x.severity !== 'info')
  it.each([
    // A label used of people: still an insult
    ['市民はボケとる', 'hostility/insult'],
    ['だまされるのは、ボケているからです。', 'hostility/insult'],
    ['お前がバカだからではない、態度の問題だ。', 'hostility/insult'],
    ['窓口に来る年寄りはみんなボケとるけん話にならん。', 'hostility/insult'],
    // Told to look back at their own conduct before complaining, or beside a fault
    ['ご自分の対応を振り返ってから苦情を書いてください。', 'hostility/confrontational'],
    ['あなたの運転を反省してから文句を言ってください。', 'hostility/confrontational'],
    ['ご自身の行動を見直してからご意見をお寄せください。', 'hostility/confrontational'],
    ['説明会が分かりにくかったとのご不満ですが、ご自分の聞き方を振り返ってみてはいかがでしょうか。', 'hostility/confrontational'],
    ['不合格になったのは、ご自身の準備不足です。ご自分の努力を振り返ってみてはいかがですか。', 'hostility/confrontational'],
    // HSA-119: the complaint quoted in 『』 and pinned on its writer (お書きになった方)
    ['ご意見箱に『職員の態度が悪い』とお書きになった方、まずはご自分の態度を振り返っていただけますか。', 'hostility/confrontational'],
    // R77A-028: the blame laid on the readers themselves just before
    ['花火大会の渋滞について「誘導が下手」とのご意見を多数いただきました。ちなみに渋滞の原因は、公共交通機関でとあれだけお願いしたのに車で来られた皆さんご自身です。来年はぜひ、ご自分の運転の腕前も含めて見直していただければ幸いです。', 'hostility/confrontational'],
    // Another town taunted for copying, or told to copy better
    ['お隣の市は当市の真似ばかり', 'hostility/confrontational'],
    ['よその町は、うちのマネばっかりしよるね。', 'hostility/confrontational'],
    ['大川市さんは柳川市の真似ばかりで、独自の発想がありません。', 'hostility/confrontational'],
    ['真似をするなら、もう少し勉強してからにしていただきたいですね。', 'hostility/confrontational'],
    ['隣町さんが真似するなら、せめて一言断ってほしいものです。', 'hostility/confrontational'],
    ['他の市がまねするなら、もっと上手にやってほしいですね。', 'hostility/confrontational'],
  ])('flags %s', (text, rule) => {
    expect(flagged(text, rule)).toBe(true)
  })
  it.each([
    // A label denied as the cause, no one addressed
    '高齢の方がだまされるのは、ボケているからではありません。',
    '詐欺に遭うのはバカだからではありません。誰でも被害に遭う可能性があります。',
    '物忘れが増えたのは、ボケたせいではなく、睡眠不足かもしれません。',
    '道に迷うのは、アホだからじゃない。案内板が分かりにくいからです。',
    // Looking back at one's own habits as a tip
    '家計簿アプリで、ご自分の1か月の支出を振り返ってみてください。',
    '歩数計で、ご自分の1週間の歩数を見直してみてください。',
    '健診の結果をもとに、ご自身の食生活を振り返ってみてはいかがでしょうか。',
    'お薬手帳で、ご自分の飲んでいる薬を見直していただけます。',
    // 真似 as learning in a class
    'ちぎり絵教室では、講師の作品の真似をするなら、まず色選びから始めましょう。',
    '書道教室では、お手本のまねをするなら、筆の持ち方から意識してみましょう。',
    'ダンス講座では、先生の動きを真似するなら、ゆっくりのテンポで練習してみてください。',
    '子どもたちは先生の真似ばかりしていて、とてもかわいかったです。',
    '当市も、他市の真似ばかりでなく、独自の施策を考えていきます。',
    '大川市さんは当市の真似ばかりではなく、独自の工夫も多く、学ぶ点がたくさんあります。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: blind R103A kinds — a complainer told not to use or come, and 二度と…ないでくれる？, block; others said to manage and a neighbour belittled by a gap after its decline warn; ordinary city sentences sharing their words do not', () => {
  const blocks = (text: string, ctx: CheckContext = reply) => findingsOf(hostility, text, ctx).some((x) => x.rule.startsWith('hostility/') && x.severity === 'block')
  const warns = (text: string, ctx: CheckContext = {}) => findingsOf(hostility, text, ctx).some((x) => x.rule.startsWith('hostility/') && (x.severity === 'warn' || x.severity === 'block'))
  it.each([
    // A complainer told not to use or come, and 二度と…ないで asked as a casual question (R103A-010)
    '@yng_runner22 文句ばっか言いよるなら体育館使わんでよか。二度と来んでくれる？',
    '@abc 苦情ばかり言うなら、もうプール使わなくて結構です。',
    '@xyz 文句があるなら図書館に来なくていいですよ。',
    '@m_yng 文句ばっかりやったら、公民館ば利用せんでよかよ。',
    '施設にケチをつけるんなら、来られなくて結構です。',
    'ご不満がおありなら、今後はご利用いただかなくて構いません。',
    '@k_taro 二度とこの窓口に来ないでくれますか？',
    '毎回否定的な書き込みをされる方、二度とコメントせんでくれんね。',
  ])('blocks %s', (text) => {
    expect(blocks(text)).toBe(true)
  })
  it.each([
    '苦情があるなら、わざわざ窓口に来なくてもいいですよ。電話やメールでも受け付けています。',
    'ご不満がある場合は窓口に来なくても、オンラインでご意見をお寄せいただけます。',
    '体調に不安があるなら、無理に来なくても大丈夫です。',
    '熱中症には気をつけて、二度と倒れたりしないでくれると嬉しいです。',
    '苦情の多かった古いマシンは、もう使わなくてよいように新しいものに入れ替えました。',
  ])('passes %s', (text) => {
    expect(staysClean(text, reply)).toEqual([])
  })
  it.each([
    // A complainer told that others manage, or that everyone makes that much effort (R103A-023)
    ['コメント拝見しました。予約が全然取れないとのことですが、毎月1日の朝9時ちょうどにアクセスされている方はちゃんと取れていますよ。皆さんそのくらいの努力はされているようです😊', { mode: 'comment' }],
    ['@abc 申し込みが間に合わないとのことですが、他の方はちゃんと締め切りまでに出されていますよ。', { mode: 'reply' }],
    ['ごみの分別が難しいとのご意見ですが、ほかの皆さんはきちんとできていますけどね。', { mode: 'comment' }],
    ['駐車場が空いとらんて文句言いよるけど、早う来よる人はちゃんと停めとるよ。みんなそれくらいしよるけん。', { mode: 'comment' }],
    ['チケットが買えないとのことですが、皆さんそれぐらいの手間はかけていらっしゃいますよ。', { mode: 'reply' }],
    // Another town belittled by a gap after its decline and our success (R103A-082)
    ['お隣の町の体育祭は参加者が年々減っているそうですね。柳川は今年も2,000人超え。やっぱり企画力の差でしょうか😏', { mode: 'post' }],
    ['隣町の夏祭りは来場者が減っているらしいですね。うちは今年も過去最多でした。やっぱり発信力の違いですかね😏', { mode: 'post' }],
    ['大川市さんのマラソン大会、参加者が伸び悩んでいるとか。柳川は定員いっぱいになりました。魅力の差でしょうね（笑）', { mode: 'post' }],
    ['近隣の町のイベントはガラガラだったそうで。柳川は3,000人を突破。集客力の差が出ましたね。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    // ちゃんと…ています / それくらいの
    '予約が取りにくいとのご意見をいただきました。毎月1日の朝9時に受付を開始しており、早めにアクセスされた方はちゃんと取れていますので、ぜひお試しください。',
    '大会に出場する選手の皆さんは、毎日それくらいの練習はされているそうです。',
    '参加された皆さんはちゃんと完走できていますよ。おつかれさまでした！',
    '予約が取れないとのことですが、キャンセル待ちに登録された方もちゃんと取れていますよ。キャンセル待ちのご登録はこちらからどうぞ。',
    // の差でしょうか with another town
    'お隣の大川市さんと合同で開いた体育祭は、参加者が2,000人を超えました。両市の企画力の差を感じさせない、息の合った運営でした。',
    '柳川の体育祭は今年も2,000人を超えました。リレーは実力の差でしょうか、中学生チームが圧勝でした。',
    'お隣の町の体育祭は参加者が年々減っているそうです。柳川も今年は2,000人を超えましたが、油断せず企画を見直していきます。',
    '大川市さんに参加者数で抜かれました。企画力の差でしょうか、来年に向けて見直します。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: blind R104A/R105A kinds — a blow made sure by 本気で or …とき, someone asked to vanish in a question and a head likened to an animal block; a neighbour\'s slogan called bold beside our figure and a fuss mocked with a laugh warn; ordinary city sentences sharing their words do not', () => {
  const blocks = (text: string, ctx: CheckContext = reply) => findingsOf(hostility, text, ctx).some((x) => x.rule.startsWith('hostility/') && x.severity === 'block')
  const warns = (text: string, ctx: CheckContext = {}) => findingsOf(hostility, text, ctx).some((x) => x.rule.startsWith('hostility/') && (x.severity === 'warn' || x.severity === 'block'))
  it.each([
    // A verb of hitting made sure by an intensifier or a time to come, said to a complainer (R104A-050)
    '@hoikuen_kujo そげん毎日毎日文句ばっか言いよると、今度窓口に来たとき本気でくらすばい。',
    '@kujo_taro 苦情ばっかり書き込みよると、次会うたときマジでしばくけんな。',
    '@kujo_taro 何度も何度も文句言いよるばってん、今度来た時は思いっきりたたくぞ。',
    'しつこく電話してくる人、今度窓口に来たら本気でくらすけんね。',
    '@yana あんた、次見かけたときは容赦なく殴るからな。',
    // Someone asked to vanish in a question, an invisible character inside it (R104A-056)
    '毎日同じことで電話してこられる方へ。何度お答えしても結果は同じです。もう消\u200bえてくれませんか。',
    'いつも文句ばかりのあなた、そろそろいなくなってくれませんか。',
    '@kujo_man 毎回同じ苦情ですね。もう消えていただけませんか。',
    'しつこく書き込んでくる人、はよ消えてくれんか。',
    'クレームばかりの方へ。もう消\u2060えてもらえないですか。',
    // A person's head likened to an animal's (R105A-046)
    'イノシシ対策が遅いと毎日書き込まれている坂田さん、ご自分で山に入って罠を仕掛けてみてはいかがですか。口ばかりで、頭の中までイノシシ並みですね。',
    '@yana_taro 毎回同じ文句ばかりで、あなたの頭はニワトリ並みですか。',
    '苦情ばかり書き込む人って、脳みそがサル以下なんでしょうね。',
    '何度説明しても分からん人は、頭ん中まで豚レベルやね。',
    'いつも同じ質問をされる山本さん、知能が虫並みなのでしょうか。',
  ])('blocks %s', (text) => {
    expect(blocks(text)).toBe(true)
  })
  it.each([
    // くらす as 暮らす, たたく as a drum
    '定年したら本気で柳川でくらすばい。',
    '定年したら、本気でくらすばい。ここ柳川で。',
    '一人でくらす高齢者の見守りを続けています。',
    '「くらしの便利帳」を全戸に配布しました。',
    '苦情の多い地区ですが、今度来たときは本気で太鼓をたたくばい。',
    // 消えて / いなくなって of a thing, a pain or an animal; 消して; a quoted example
    'パソコンの画面に出たエラー表示が、なかなか消えてくれません。',
    'この痛み、早く消えてくれませんかね。',
    '会場の照明を消してもらえますか。',
    '迷子の犬がいなくなってしまいました。見かけた方はご連絡いただけませんか。',
    '「もう消えてくれませんか」といった書き込みは誹謗中傷です。',
    '田んぼのカラスがいなくなってくれませんかね。毎日困っている方も多いです。',
    // An animal's own brain; イノシシ and 頭の中 apart
    'イノシシは学習能力が高く、知能はイヌ並みとも言われています。',
    'カラスは頭がいいことで知られ、知能はサル並みという研究もあります。',
    '頭の中までイノシシ対策でいっぱいの職員が、罠の仕掛け方を解説します。',
    '講師の先生によると、ブタの知能は犬以上だそうです。',
    '子ども向け講座「知能はサル並み？動物の知恵を学ぼう」を開きます。',
  ])('passes %s', (text) => {
    expect(staysClean(text, reply)).toEqual([])
  })
  it.each([
    // Another town's slogan called bold, our better figure beside it (R104A-084)
    ['大川市さんの新しい子育て支援パッケージ、拝見しました。病児保育が1か所だけで「子育てしやすいまち」とは、なかなか思い切ったキャッチコピーですね。ちなみに柳川市は3か所あります。', { mode: 'quote' }],
    ['久留米市さんの「日本一住みやすいまち」、ずいぶん大胆なスローガンですね。ちなみに本市では転入者が5年連続で増えています。', { mode: 'quote' }],
    ['お隣の大川市さん、公園が2か所で「遊び場いっぱいのまち」とは思い切ったネーミングですね。ちなみに柳川市は12か所です。', { mode: 'quote' }],
    ['筑後市さんの新しいPR、なかなか強気なキャッチフレーズですね。うちは保育所が8園ありますけど。', { mode: 'quote' }],
    // People who missed out mocked as ones who only now make a fuss, with a laugh (R104A-149)
    ['入れなかったのは残念でしたね〜。でも毎年この時期になると急に騒ぎ出す方、本当に多いんですよね（笑）', { mode: 'comment' }],
    ['落ちたのはお気の毒ですが、締め切り前になって急に慌て出す人、ほんと多いですよねｗ', { mode: 'comment' }],
    ['毎年4月になると今更騒ぎ出す保護者の皆さん、けっこういらっしゃるんですよ😅', { mode: 'comment' }],
    ['抽選に外れたけん文句言いよるばってん、毎年急に騒ぎだす人の多かとよね笑', { mode: 'comment' }],
    ['今になって文句を言い出す方、多いんですよね〜（笑）', { mode: 'reply' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warns(text, ctx)).toBe(true)
  })
  it.each([
    // 思い切った / 大胆な without a neighbour mocked
    '大川市さんの思い切ったキャッチコピー、とても印象的でした。私たちも見習いたいです。',
    '柳川市の新しいキャッチコピーは、思い切った表現に挑戦しました。ちなみに応募は300件ありました。',
    '大川市と合同で、思い切ったキャッチコピーを作りました。ちなみに柳川市は3か所で配布します。',
    '大川市さんの大胆なキャッチコピー、話題になっていますね。柳川市も負けずに発信していきます。',
    // 急に慌て出す / 騒ぎ出す without a laugh at people
    '毎年この時期になると急に慌て出す方が多いので、早めのお申し込みをおすすめします。',
    '今になって慌て出す子どもたちも多いですが（笑）、夏休みの宿題は計画的に！',
    'この時期になると急に騒ぎ出すカエルが多いんですよね（笑）',
    '締め切り直前に慌て出す人、私も含めて多いんですよね（笑）',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: blind set R106A kinds', () => {
  it.each([
    // The reader's pressure said not to change the outcome (R106A-003), and the reply opened with "the same explanation again"
    ['@kaigo_matsu 要介護認定の結果についてのお問い合わせですね。何度も同じ説明になりますが、認定は審査会が判定するもので、窓口で大きな声を出されても結果は変わりません。不服がある場合は県の介護保険審査会への審査請求という手続きがあります。', { mode: 'reply' }],
    ['@a 窓口で怒鳴られても、判定は覆りません。', { mode: 'reply' }],
    ['@b 何べん文句言うたっちゃ結論は変わらんけん。', { mode: 'reply' }],
    ['声を荒らげられましても、決定は変わりかねます。', { mode: 'comment' }],
    ['@d 何回も同じ話になるけど、審査の結果は国の基準で決まります。', { mode: 'reply' }],
    // The reader blamed in keigo for not doing the least a duty asks (R106A-048)
    ['@unhappy_son お母さまの要介護度についてご不満とのことですが、調査の際に普段より元気に振る舞われるのはよくあることです。ご家族なのですから、調査員にきちんと普段の様子を伝えるくらいはしていただかないと困ります。', { mode: 'reply' }],
    ['保護者なんですから、欠席の連絡くらいはしてもらわないと困ります。', { mode: 'reply' }],
    ['本人やけん、書類ぐらい出してくれんと困るっちゃけど。', { mode: 'comment' }],
    ['せめて提出期限くらいは守っていただきませんと困ります。', { mode: 'post' }],
    // Residents belittled for what they know only from the net or hearsay (R106A-080)
    ['【介護保険課より】\n\n最近、要介護認定の結果について「納得できない」というお電話を多くいただいております。認定の仕組みは国が定めたもので、市が勝手に決めているわけではありません。\n\nネットで調べた知識だけで窓口に来られる方もいらっしゃいますが、まずは市ホームページの説明を最後まで読んでからお越しいただけますと、お互いに時間の節約になるかと存じます。\n\n不服申立ての手続きは県の介護保険審査会で受け付けています。', { mode: 'post' }],
    ['聞きかじった情報だけでお電話してくる人が多くて困ります。', { mode: 'post' }],
    ['ネットで見ただけの知識で文句言いよる人が多かね。', { mode: 'post' }],
    ['インターネットの情報のみをもとにご意見を寄せられる方々には、制度をよく読んでいただきたいものです。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warnsConfrontational(text, ctx)).toBe(true)
  })
  it.each([
    // A cheer, a scam warning, the weather, a result of applying, an apology for repeating
    '大きな声を出して応援しても試合の結果は変わりませんが、選手の大きな励みになります。',
    '業者に怒鳴られても、契約する必要はありません。結果は変わりませんので、消費生活センターにご相談ください。',
    '雨が降っても、収集日の結果は変わりません。',
    '苦情を言っても結果は変わらないと諦めず、ご意見をお寄せください。',
    '何度も同じご案内になり恐縮ですが、大切なことなのでお知らせします。',
    // くらい of a time, a worry reported, staff, a coach's words, a reason without a must
    '混雑しますので、30分くらい前にはお越しいただかないと受付に間に合いません。',
    '朝8時くらいまでに出してもらわないと、収集車が回れず困ります。',
    '「子どもが歯みがきくらいはしてくれないと困る」というお悩みの方へ、講座を開きます。',
    '職員にも、これくらいは覚えてもらわないと困ります。',
    '大会で1位くらいは取ってもらわないと困る、と監督は笑っていました。',
    'ご家族なのですから、遠慮なくご相談ください。',
    // Advice about net knowledge, a scam, a welcome, a plain guide
    'ネットで調べた知識だけで判断せず、必ず医師に相談してください。',
    'ネットの情報だけを鵜呑みにして電話してくる方を狙った詐欺にご注意ください。',
    'ネットで調べた知識だけで窓口に来られる方にも、職員が丁寧にご説明します。',
    'インターネットの情報だけでは分かりにくい方は、窓口へお越しください。',
    'まずは市ホームページの説明をご覧いただき、ご不明な点は窓口へお越しください。',
    '噂だけの情報で動くのはやめましょう。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
    expect(staysClean(text, reply)).toEqual([])
  })
})

describe('hostility: blind set R107A kinds', () => {
  it.each([
    // A complainer pushed away by "if you have no will to, you need not" (R107A-018)
    ['@yng_kaizen 議会の議事録が読みにくい、とのご意見ありがとうございます。毎回同じご意見を送ってこられますが、読む気がないなら無理に読まなくていいと思いますよ。', { mode: 'reply' }],
    ['@k_user 広報紙の字が小さいとのご意見、毎度ありがとうございます。読む気がないのであれば、無理にお読みいただかなくても結構です。', { mode: 'reply' }],
    ['@bus_fan 毎回同じ苦情ばっかりやけど、読む気のなかとやったら、無理して読まんでもええとよ。', { mode: 'reply' }],
    ['またその文句？見る気ないなら見なくていいじゃん。', { mode: 'comment' }],
    ['@app_user アプリが分かりにくいとのことですが、覚える気がないようでしたら、わざわざ覚えなくても構いません。', { mode: 'reply' }],
    // A complaint about discomfort answered by telling the complainer to toughen up first (R107A-048)
    ['@taro_chikugo 傍聴席の椅子が硬いとのこと、お尻を鍛えてからお越しいただければ幸いです😊', { mode: 'reply' }],
    ['@x_user 会議室が寒いとのご指摘ですが、寒さに慣れてからお越しください。', { mode: 'reply' }],
    ['@walker 図書館の階段がきついとのこと、足腰をお鍛えになってからご来館いただければと存じます😊', { mode: 'reply' }],
    ['@chikugo 椅子が硬かって文句言いよるけど、尻ば鍛えてから来んね😊', { mode: 'reply' }],
    ['待合室がうるさいって苦情が来てますが、騒音に耐えられるようになってから来てほしいです。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warnsConfrontational(text, ctx)).toBe(true)
  })
  it.each([
    // 元気, a child or a patient spared, a quoted saying, a will lost, a plain invitation
    '体調がすぐれず、参加する元気がないなら、無理に参加しなくても大丈夫です。',
    '離乳食を食べる気がないようなら、無理に食べさせなくても大丈夫です。',
    '「読む気がないなら読まなくていい」といった対応はいたしません。いただいたご意見はすべて担当課で拝読しています。',
    'ご意見ありがとうございます。続ける気がなくなったときは、無理をせず退会の手続きをしていただいて構いません。',
    '買う気がなくても大丈夫！見るだけでも楽しめる朝市です。ご意見もお待ちしています。',
    // An event's advice, a class, heat-stroke care, the city's own fix
    'ウォーキング大会は約10kmを歩きます。足腰を鍛えてからご参加いただければ幸いです。',
    '傍聴席の椅子が硬いとのご意見をいただき、座布団を用意しました。どうぞお越しください。',
    '「会場が暑い」との声を受け、今年は暑さに体を慣らしてから参加できるよう、準備運動の時間を設けます。',
    '筋力アップ教室では、足腰を鍛えてから、ウォーキングコースへ出発します。',
    '暑さに体が慣れていない時期は、無理をせず、休憩をとってから作業に参加してください。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
    expect(staysClean(text, reply)).toEqual([])
  })
})

describe('hostility: blind set R108A kinds', () => {
  it.each([
    // A complainer asked in contempt to guess the staff's load (R108A-138)
    ['@yuka_0822 電話がつながらないとのことですが、今夜何件かかってきているとお思いですか。少しは想像していただきたいものです。', { mode: 'reply' }],
    ['@k_user 窓口の待ち時間が長いとのご意見ですが、毎日何人の方が来庁されているとお思いなんでしょうね。', { mode: 'reply' }],
    ['@chikugo 返事が遅かって文句言いよるけど、職員がどれだけの問い合わせに対応しよると思っとると？', { mode: 'reply' }],
    ['ごみの収集が遅いという苦情をいただきますが、一日に何百件の集積所を回っていると思っているんですか。', { mode: 'post' }],
    // The reader told to at least try to imagine or think (R108A-138)
    ['@taro 避難所の食事が冷たいとのことですが、ちょっとは現場の状況も考えてくれませんか。', { mode: 'reply' }],
    ['@bus_fan 毎回同じ文句ばっかりやけど、ちっとは職員の事情も察してほしか。', { mode: 'reply' }],
    ['除雪が遅いとのご指摘ですが、少しはこちらの人手不足もご理解いただけませんでしょうか。', { mode: 'post' }],
    // The press mocked for a report (R108A-145)
    ['昨夜のＦＢＳ筑後の報道、避難所の様子を大げさに映して不安をあおるだけでしたね。ああいう記者さんの取材は、今後お断りしたいくらいです。', { mode: 'post' }],
    ['今朝の新聞の記事、浸水の被害を面白おかしく書き立てていただけでしたね。', { mode: 'post' }],
    ['昨日のニュース番組、市内の混乱ば大げさに取り上げとったね。', { mode: 'post' }],
    ['先週の特集は、住民の怒りを煽ってばかりでしたよね。', { mode: 'post' }],
    // The press refused coverage after a mocked report or named with disdain (R108A-145)
    ['あんなマスコミの取材は、もうお受けしたくありません。', { mode: 'post' }],
    ['あのような報道をされる局からの取材依頼は、今後お断りさせていただきたいと思います。', { mode: 'post' }],
    ['ああいう番組の取材には、正直もう協力したくないです。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warnsConfrontational(text, ctx)).toBe(true)
  })
  it.each([
    // A quiz or an awareness post that gives the answer, the staff's own count, a care, a change seen
    '防災クイズ！市の災害用伝言ダイヤルには、昨年何件の登録があったと思いますか？正解は約1,200件です。',
    '毎年、何人の子どもが水の事故に遭っているとお思いですか。実は、全国で約200人にのぼります。',
    '電話がつながりにくいとのご意見をいただきました。今夜は問い合わせが集中しており、回線を増やして対応しています。',
    '無理をせず、疲れたら少しは休んでくださいね。',
    '講座を通して、子どもたちも少しは相手の気持ちを考えてくれるようになりました。',
    '少しでも皆さまの不安が和らぐよう、職員一同努めてまいります。',
    // A plea to all not to be swayed, a procedure, a report praised
    '不安をあおるだけの不確かな情報に惑わされず、市の公式発表をご確認ください。',
    '避難されている方のプライバシー保護のため、避難所内での取材はお断りしています。',
    '昨夜のニュースで、避難所の様子が紹介されました。取材にご協力いただいた皆さま、ありがとうございました。',
    '大げさに聞こえるかもしれませんが、昨夜の報道のとおり、早めの避難が命を守ります。',
    '報道機関の皆さまへ：避難所での撮影は、事前に広報課へお申し込みください。許可のない取材はお断りします。',
    '地元の記者さんが、避難所の様子を丁寧に取材してくださいました。ああいう記事はありがたいですね。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
    expect(staysClean(text, reply)).toEqual([])
  })
})

describe('hostility: blind sets R109A–R111A kinds', () => {
  const blocks = (text: string, ctx: CheckContext = reply) => findingsOf(hostility, text, ctx).some((x) => x.rule.startsWith('hostility/') && x.severity === 'block')
  it.each([
    // The office telling a critic it knows or can find who they are, plus a warning (R109A-028, R111A-051)
    '@inu_urusai_0 ご意見は承りました。なお、お宅のご住所とお名前は通報記録でこちらも把握しておりますので、その点はよく覚えておいてくださいね。',
    '@y_tanaka_88 ご意見ありがとうございます。なお、こうした書き込みは発信元を特定できますので、今後の対応はよく考えてからなさることをお勧めします。',
    '@abc ご意見拝見しました。お住まいもお名前もこちらで把握しておりますので、今後の書き込みはよくお考えください。',
    '@xyz こういう投稿ばされても、どなたが書いたかは特定できますけん、よう覚えとってくださいね。',
    '苦情のお電話の方、お名前と勤務先はすでに存じ上げておりますので、その点お忘れなく。',
    // Arson hinted at the one addressed (R109A-128)
    '@kusa_yakeru_ngw 毎日毎日同じ苦情ばっかり、こっちも暇じゃなかとですよ。そげん文句ばっかり言うなら、あんたの家の庭にも火ばつけてやろうか？',
    '@abc 文句ばっか言うなら、お前の家に火をつけてやるぞ。',
    '@xyz そんなに苦情言うなら、あんたの店ごと燃やしたろか。',
    '@qq うるさかねえ、あんたの家に火ぃつけちゃろうか？',
  ])('blocks %s', (text) => {
    expect(blocks(text)).toBe(true)
  })
  it.each([
    // Polite advice to a critic to improve themselves first (R109A-101, R110A-030, R111A-067, R111A-140, R111A-147)
    ['犬の鳴き声の件ですが、ご近所同士の問題ですので、市役所に言いつける前に大人同士で話し合われてはいかがでしょうか。', { mode: 'post' }],
    ['@noise_k 騒音の件ですが、市に泣きつく前にご自分で直接お話しされてはどうでしょう。', { mode: 'reply' }],
    ['@tree_g 落ち葉の苦情ですが、役場に告げ口する前に当事者同士で解決されたらいかがですか。', { mode: 'reply' }],
    ['@tenpo_owner 空き店舗補助に不採択だったのは、計画書がずさんだったからでは？もう少し勉強されてから応募されては。', { mode: 'reply' }],
    ['@shop_a 事業計画が甘かったのでは。もう少し勉強されてから申請されてはいかがでしょうか。', { mode: 'reply' }],
    ['@b_owner 資料がお粗末でしたね。出直されてはいかがですか。', { mode: 'reply' }],
    ['同じご質問を何度いただいても答えは変わりません。市のホームページくらいはお読みになれますよね？', { mode: 'post' }],
    ['@q_user 何度も同じご質問ですが、広報紙ぐらいはお読みいただけますよね？', { mode: 'reply' }],
    ['@q_user2 このくらいはおわかりになりますよね？何度もご説明しています。', { mode: 'reply' }],
    ['@fukushi_watch ご高説ありがとうございます。福祉の現場を一日でもご覧になってから、もう一度お書きいただけますでしょうか。', { mode: 'reply' }],
    ['@critic_z ご批判は結構ですが、窓口で一度でも働いてから文句をおっしゃってください。', { mode: 'reply' }],
    ['@bus_c 半日でも運転手の仕事を体験してから、ご意見いただけますか。', { mode: 'reply' }],
    ['昨日の筑後日報に市の生活保護行政を批判する記事が載りました。書いた記者さんには、取材の基本から学び直されることをお勧めしたいと思います。', { mode: 'post' }],
    ['今朝の新聞の記事を書いた方は、統計の基礎から勉強し直されてはいかがでしょうか。', { mode: 'post' }],
    ['@reporter_m ご批判の記事、拝見しました。行政のいろはから学び直された方がよろしいかと。', { mode: 'reply' }],
    // A neighbouring festival belittled with pity (R109A-116)
    ['近隣のお祭りと比べる声もありますが、正直、格が違います。比べられるほうも気の毒ですね😌', { mode: 'post' }],
    ['隣町の花火大会とは比べものになりません。向こうの実行委員会がかわいそうなくらいです。', { mode: 'post' }],
    ['よその朝市はうちの足元にも及ばないので、比較される他の市が気の毒です。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warnsConfrontational(text, ctx)).toBe(true)
  })
  it.each([
    // A procedure, a reassurance, scam advice, a known place not a person
    'ご住所とお名前は申請書で把握しておりますので、改めてのご記入は不要です。日程だけよく覚えておいてください。',
    '迷惑メールの発信元は特定できますので、不審なメールは開かずに情報政策課へご連絡ください。',
    '@kenta 通報いただいた場所は把握しておりますので、今後の対応をよく考えてまいります。',
    '投稿者の方のお名前は存じておりますが、公開することはありません。ご安心ください。',
    // A festival fire, a child's fireworks, vacant-house care
    'あなたの家の庭で花火に火をつけてあげると、お子さんも喜びますね。ただし消火用の水を忘れずに。',
    '@fire_kid 迎え火は家の玄関先で火をつけて、お盆の間にご先祖様をお迎えします。',
    '苦情のあった空き家は、火をつけられる被害を防ぐため、市が草刈りを行いました。',
    // Self-help for disasters, a class, an invitation, a kind study tip
    '災害のときは、行政に頼る前にご自分で備えておくことが大切です。',
    'パソコンが苦手な方には、基礎から学び直されることをお勧めします。初心者講座を開きます。',
    '一度でも参加してから感想を書いていただけると、ぜひ次回の参考にします。',
    'もう少し勉強してから受験したいという方向けに、夜間の講座を開きます。',
    '高齢の方でも、市のホームページくらいはお読みになれるよう、文字を大きくしました。',
    // Pride without belittling, pity for victims
    '沖端の舟舞台は、ほかでは見られない格別の美しさです。',
    '今回の大雨の被害は去年とは比べものにならない規模で、被災された他の地区の方々も本当にお気の毒です。',
    '近隣のお祭りと比べても、どちらにもそれぞれの良さがあります。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
    expect(staysClean(text, reply)).toEqual([])
  })
})

describe('hostility: blind set R112A kinds', () => {
  it.each([
    // A complainer or critic sent to a doctor, their senses or mind said to be at fault (R112A-039)
    ['@haiki_chan 悪臭、悪臭と何度も書かれていますが、お鼻が敏感すぎるのでは？一度病院で診てもらわれてはいかがでしょう😊', { mode: 'reply' }],
    ['@noise_t 毎晩うるさいとのことですが、神経質すぎるのではないでしょうか。一度お医者さんに相談されてみてはどうですか。', { mode: 'reply' }],
    ['@kusai_k そげん臭か臭かて言うなら、鼻ば病院で診てもらいんしゃい。', { mode: 'reply' }],
    ['何度も騒音の苦情をいただいていますが、気のせいではありませんか。耳鼻科を受診されることをお勧めします。', { mode: 'post' }],
    ['@smell_x 耳がおかしいのでは？耳鼻科に行かれたらいかがでしょう。', { mode: 'reply' }],
    // Another town, a critic or a report mocked with ironic admiration (R112A-118)
    ['お隣の市さんもクリークの魅力発信を始められたそうですね。あの水の色で、よく観光PRができるものだと感心しております。', { mode: 'quote' }],
    ['お隣の町さんの新しいポスター、拝見しました。あの出来で、よく公開に踏み切れたものだと感心いたします。', { mode: 'quote' }],
    ['よくもまあ、あの街並みで「水郷」を名乗れるものだと恐れ入ります。', { mode: 'post' }],
    ['@news_y その記事の内容で、ようも記者ば名乗れるもんやと感心しとります。', { mode: 'reply' }],
    ['あのセンスで、よく市の公式キャラクターを作れたものだと脱帽です。', { mode: 'post' }],
  ] as Array<[string, CheckContext]>)('warns %s', (text, ctx) => {
    expect(warnsConfrontational(text, ctx)).toBe(true)
  })
  it.each([
    // Health advice, sympathy, a consultation notice
    '鼻水やくしゃみが続くときは、一度耳鼻科で診てもらってはいかがでしょうか。',
    '@haiki_chan 悪臭のご指摘ありがとうございます。担当課で現地を確認します。体調に異変がある場合は、病院で診てもらわれてはいかがでしょうか。',
    '化学物質過敏症の方は、専門医に相談されてはいかがでしょうか。',
    '音に敏感なお子さんについては、小児科の先生に相談されてみてはどうでしょう。',
    '暑さで体調がすぐれないときは、無理をせず病院で診てもらってください。',
    // Real praise for a hardship overcome, a plain compliment, an ordinary use of よく
    'あの小さな体で、よく最後まで走り切ったものだと感心しました。',
    'あの短い準備期間の出来で、よくここまで仕上げたものだと感心しております。',
    'お隣の市さんの観光PR動画、あの出来栄えは本当に見事で、感心しております。',
    '掘割の水の色が、季節によってよく変わるものだと感心しました。',
    'その内容で、よくわかりました。ありがとうございます。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
    expect(staysClean(text, reply)).toEqual([])
  })
})

describe('hostility: blind set R113A kinds', () => {
  it.each([
    // Another town mocked as still unable to do even something, with a laugh or its residents told to move here (R113A-068)
    'お隣の市はまだコンビニ交付もできないらしいですね（笑）窓口で2時間待たされるくらいなら、柳川に引っ越してくればいいのに。',
    '隣町はいまだにキャッシュレス決済もまだ導入できないそうで笑',
    'よその町はまだオンライン申請すら出来ないとか。笑',
    '大川市さん、まだ住民票のコンビニ交付もできとらんらしかよ😂',
    'お隣さんの窓口、毎回1時間待ちらしいです。うちに引っ越してくればいいのにね。',
    '隣の町の図書館は夜7時で閉まるそうです。柳川に住めばよかとに〜',
  ])('warns %s', (text) => {
    expect(warnsConfrontational(text)).toBe(true)
  })
  it.each([
    // A plain report of another town's state, a newcomer's guide, a joint event, our own state, our own aim
    'お隣の大川市では、まだコンビニ交付はできないそうです。柳川市ではマイナンバーカードで全国のコンビニで取得できます。',
    '大川市から柳川に引っ越してきた方は、14日以内に転入届を出してください。',
    'お隣の市と合同で、まだ手続きもできない方向けの相談会を開きます（笑顔でお待ちしています）。',
    '柳川市ではまだ土日の転出届の受付もできませんが、オンラインで出せます。',
    '柳川に引っ越してくればいいのに、と言われるまちを目指して、子育て支援を充実させています。',
    '隣町から柳川に引っ越してこられた皆さん、ようこそ！転入届は市民課へ。',
  ])('passes %s', (text) => {
    expect(staysClean(text)).toEqual([])
  })
})

describe('hostility: blind set IE kinds (quoted insults before a dash in an awareness post)', () => {
  const severe = (text: string) => findingsOf(hostility, text).filter((f) => f.severity === 'block' || f.severity === 'warn')
  it.each([
    // A run of quoted insults, a dash and an awareness sentence (IE-041)
    '【人権啓発】\n\nインターネット上の書き込みで、人が深く傷ついています。\n\n「死ね」「消えろ」「キモい」――画面の向こうにいるのは、あなたと同じ人です。\n\n12月4日〜10日は人権週間です。書き込む前に、一度立ち止まって考えてみませんか。\n\n相談窓口：みんなの人権110番 0570-003-110（法務省）',
    '「ウザい」「キモい」—その言葉で傷つく人がいます。',
    '12月は人権週間です。\n「死ね」「クズ」――画面の向こうにも、あなたと同じように心があります。',
  ])('keeps a mention %s', (text) => {
    expect(severe(text)).toEqual([])
  })
  it.each([
    // The same words aimed at someone after the dash, or with no awareness context
    '「死ね」「消えろ」――お前のことだよ。',
    '@abc 「キモい」「消えろ」――あんたに言っとるとよ。',
    '「死ね」「消えろ」――二度と来るな。',
  ])('still blocks %s', (text) => {
    expect(findingsOf(hostility, text).some((f) => f.severity === 'block')).toBe(true)
  })
})

describe('hostility: blind set R115A kinds', () => {
  const severe = (text: string, context = {}) => findingsOf(hostility, text, context).filter((f) => f.severity === 'block' || f.severity === 'warn')
  it.each([
    // A reporter or critic told to relearn a school subject, as a wish (R115A-035)
    '本日の筑後中央新聞に、また夜間救急の記事が載っていました。\n\n数字の読み方がおかしいところが多く、記者さんには算数から勉強し直していただきたいものです。',
    'あの記事を書いた記者さんには、国語から学び直してほしいですね。',
    '@news_k 新聞社の方は一から勉強し直されたらいかがですか。',
    'マスコミの皆さんには、基礎から学び直してもらいたいもんです。',
    // Brushed off: do it yourself if you dislike it so much (R115A-130)
    '@kyushoku_oya そんなに委託後の給食が気に入らんなら、毎日ご自分でお弁当を作って持たせたらいいんじゃないですか？',
    'そんなに市のやり方が嫌なら、ご自分で業者を探されたらいかがですか。',
    '@p そこまでご不満でしたら、ご自身で役所に来て手続きされればよいのでは？',
    'そげん給食が気に入らんとやったら、自分で弁当ば作ればよかろうもん。',
    // The question said not to arise had the reader once looked (R115A-149)
    '@p_kenko 市のホームページを一度でもご覧になっていれば、そのようなご質問は出ないかと存じますが。',
    '@q 広報紙を少しでもお読みになれば、お分かりになるはずですが。',
    '@r 案内を一度でも見とったら、こげな質問は出んとにね。',
    '何度も同じご質問をいただきますが、少しでもお調べになっていれば、このようなお問い合わせは生じないかと存じます。',
  ])('warns %s', (text) => {
    expect(severe(text).some((f) => f.rule === 'hostility/confrontational')).toBe(true)
  })
  it.each([
    '大人の学び直し講座では、中学校の数学から学び直していただけます。',
    '職員一同、基本から学び直してまいります。',
    '記者の皆さまへ。新しい救急体制について、基本から丁寧にご説明いたします。',
    '小学校の算数から学び直したい方のための教室を開きます。',
    'アレルギーのあるお子さんは、ご自分でお弁当を持参していただいても構いません。',
    '給食の献立にご不満がある場合は、学校給食課までご意見をお寄せください。',
    'そんなに急がなくても大丈夫です。ご自分のペースで手続きしていただければ結構です。',
    '雨がそんなに嫌なら、屋内の子育て支援センターで遊ぶのもいいですよ。',
    '柳川の川下りを一度でもご覧になれば、その魅力がお分かりになるはずです。',
    '市のホームページをご覧になれば、手続きの流れがお分かりいただけます。',
    '少しでもご不明な点があれば、お気軽にお問い合わせください。',
    '一度でもご利用になったことがある方は、そのようなご質問は窓口でお受けします。',
  ])('passes %s', (text) => {
    expect(severe(text)).toEqual([])
  })
})

describe('hostility: blind set IG kinds (a line of quoted insults alone in an awareness post)', () => {
  const severe = (text: string) => findingsOf(hostility, text).filter((f) => f.severity === 'block' || f.severity === 'warn')
  it.each([
    // IG-040: the quotes end their own sentence (――。); the awareness is in another paragraph or the heading
    '【人権啓発】ネットいじめについて考えてみませんか\n\n「キモい」「消えろ」「学校来んな」――。\n\nSNSのグループで送られた、こうした一言が、相手を深く傷つけ、命にかかわることもあります。軽い気持ちの書き込みでも、受け取った人にとっては一生消えない言葉になることがあります。\n\n困っているときは、ひとりで抱え込まず相談してください。\n\n#いじめをなくそう',
    '人権週間です\n\n「死ね」「ウザい」。\n\n何気ない一言が、人を深く傷つけます。',
    'いじめをなくそう\n\n「消えろ」「キモい」……\n\nこうした言葉を、スマホの向こうの誰かが受け取っています。',
    '「バカ」「クズ」――。\n\n冗談のつもりでも、その言葉で傷つく人がいます。#人権啓発',
  ])('keeps a mention %s', (text) => {
    expect(severe(text)).toEqual([])
  })
  it.each([
    // The same lines aimed at someone or made the writer's own next to them, or with no awareness in the post
    'いじめなんて知らん。\n\n「キモい」「消えろ」。\n\n@abc お前のことだよ。',
    'ネットいじめ対策とか言うけど\n\n「キモい」「消えろ」――。\n\nこうした言葉を、文句ばかりの市民に贈りたい。',
    '「キモい」「消えろ」――。\n\n二度と来るな。',
  ])('still blocks %s', (text) => {
    expect(findingsOf(hostility, text).some((f) => f.severity === 'block')).toBe(true)
  })
})

describe('hostility: blind set R116A/R117A kinds', () => {
  // A ban threatened with a menacing ending (R116A-058), a critic told to have done it first then write (R116A-085), told it is
  // written so reading would have spared the trouble (R117A-019), told others understand so it is odd (R117A-075), another town's
  // residents pitied for its neglect (R116A-074), a bare prohibition barked at callers (R117A-074), an adult's sense demanded of a
  // critic (R116A-122): the blind items first in each group, then variants; the hard negatives must stay clean.
  const worst = (text: string) => {
    const f = findingsOf(hostility, text).map((x) => x.severity)
    return f.includes('block') ? 'block' : f.includes('warn') ? 'warn' : 'ok'
  }
  it.each<[string, string]>([
    ['block', 'いい加減にしてください。毎日毎日同じ苦情を電話してきて、こっちは暇じゃないんですよ。次に来たら出入り禁止にしますからね。'],
    ['block', 'また窓口で怒鳴ったら、出入り禁止にしますからね。'],
    ['block', '何度も押しかけてくるなら、次は出禁にしますからな。'],
    ['block', '次に来よったら出入り禁止にするけんね。'],
    ['block', '今度騒いだら施設は出入り禁止にしますから。'],
    ['warn', 'ご意見、大変ありがたく拝見しました。ご自身で一度でも介護の現場に立たれてから、改めてお書きいただけると幸いでございます。'],
    ['warn', 'ご指摘ありがとうございます。一度でもご自分で除雪作業をされてから、改めてご意見いただければと存じます。'],
    ['warn', '批判されるのは結構ですが、実際に窓口に立ってからおっしゃってください。'],
    ['warn', '文句を言う前に、まず一度ご自身で子育てを経験されてからお書きください。'],
    ['warn', 'ご意見ありがとうございます。駐車場の場所は看板に大きく書いてございますので、お読みいただければ迷われることはないかと存じます。'],
    ['warn', 'ご指摘の件ですが、受付時間はホームページに明記してありますので、ご覧いただければお困りになることはないかと存じます。'],
    ['warn', '申込方法が分からないとのことですが、広報紙に載せておりますので、読んでいただければ間違えることはないと思いますよ。'],
    ['warn', '何度もお電話いただいていますが、案内は掲示板に貼ってありますので、見ていただければ迷うことはありません。'],
    ['warn', 'ご指摘の「案内が分かりにくい」との件、さようでございますか。他の多くのお客様は問題なくご理解いただけておりますので、不思議でございます。'],
    ['warn', '申請書が難しいとのご意見ですが、ほかの皆さんは特に問題なく書けておられますけどね。'],
    ['warn', '道が分からないとの苦情をいただきましたが、他の利用者の方は迷わず来られていますので、不思議です。'],
    ['warn', '説明が足りないとのご指摘、他の方々は皆さんちゃんとご理解されていますが。'],
    ['warn', 'ほんっと、どこの町も見習ってほしいですね。隣の○○町なんか、高齢者施策は何もしとらんけん、住む人もかわいそうですよ。'],
    ['warn', '隣の町なんて子育て支援は何もしてないから、住んでる人が気の毒です。'],
    ['warn', 'お隣の市なんか観光に何の努力もしとらんけん、あそこの住民はかわいそうばい。'],
    ['warn', 'よその町は道路の整備もろくにしてないので、住んでいる方が本当にかわいそうです。'],
    ['block', '駐車場が遠いとか、子どもが疲れたとか、言い訳ばっかりの人は家でテレビでも見とけばいいと思います。いちいち役所に電話してくるな。'],
    ['block', '文句ばかりの人は、いちいち市役所に電話してくるな。'],
    ['block', '暇な人は何度も窓口に来るな。'],
    ['block', 'クレームしかない人は、二度とコメントしてくるな。'],
    ['block', '正直申し上げて、毎回同じ方が同じ内容を書き込んでおられるのは承知しております。ご自分の思い通りにならないからといって、ネット上で騒ぎ立てるのはいかがなものでしょうか。大人としての分別をお持ちいただきたいと存じます。'],
    ['block', '何度も同じ苦情を書き込まれる方、いい大人なのですから、もう少し分別をわきまえていただきたいものです。'],
    ['block', 'コメント欄で騒いでいる方々には、社会人としての常識を身につけていただきたいと存じます。'],
    ['block', '文句ばっかり言う人は、大人としての良識ば持ってほしかですね。'],
  ])('at least %s: %s', (min, text) => {
    expect(min === 'warn' ? ['warn', 'block'] : ['block']).toContain(worst(text))
  })
  it.each([
    '館内で大声を出すなど他の利用者に迷惑をかけた場合は、出入り禁止とすることがあります。',
    '迷惑行為を繰り返す方は出入り禁止にしますから、ご注意くださいという張り紙は誤解を招くため撤去しました。',
    '工事中のため、来週から東側の通路は出入り禁止になります。',
    '「次来たら出禁にしますからね」といった職員の発言は、カスハラ対応研修で不適切な例として扱いました。',
    '介護の現場を一度見学されてから、改めてお申し込みいただけると幸いです。',
    'ご自身で一度体験されてから、改めてご感想をお寄せいただけると幸いです。',
    '説明会に参加されてから、改めて申請書をお書きいただけます。',
    '駐車場の場所は看板に大きく書いてありますので、ご覧いただければ迷われることはないかと思います。お気をつけてお越しください。',
    '会場までの道順は地図に書いてありますので、お読みいただければ迷わずお越しいただけます。',
    '手順は説明書に書いてございますので、お読みいただければ初めての方でも問題なく操作できます。',
    'アンケートでは、多くの方が案内は分かりやすいとお答えくださいました。一方で分かりにくいとのご意見もあり、改善します。',
    '他の多くのお客様にも問題なくご利用いただいております。引き続きよろしくお願いします。',
    '多くの方にご理解いただき、不思議なほどスムーズに工事が進みました。ありがとうございました。',
    '隣の町と合同で、高齢者の見守り事業を始めます。',
    '豪雨で被害を受けた隣の町の皆さんが本当にお気の毒です。支援物資を届けます。',
    '子どもの頃、隣の町には図書館がなく、かわいそうだと言われたそうです。今では立派な図書館があります。',
    '体調が悪いときは、無理に窓口に来なくても大丈夫です。お電話でも受け付けます。',
    '「いちいち電話してくるな」という言葉は、職員研修でカスハラ対応の悪い例として紹介しました。',
    '台風の日は外に出るな、という祖父の教えを守っています。',
    '大人としての分別をもって、飲酒は20歳からにしましょう。',
    '新成人の皆さんには、社会人としての常識を身につけていただきたいと、市長が式辞で述べました。',
    'ごみの分別をお持ちいただいた袋で行ってください。',
  ])('passes %s', (text) => {
    expect(worst(text)).toBe('ok')
  })
})

describe('hostility: blind set R118A kinds', () => {
  // A critic's ignorance mocked in a mock apology (R118A-022), residents called 連中 and barked a rough order (R118A-085: block),
  // a critic told to do it themself if they know so much (R118A-122, DIY), another town's shop sneered at (R118A-123), and
  // quiz answers given per question (R118A-144: Q1は○ is a mark, not a mask): the blind items first, then variants; the hard
  // negatives must stay clean.
  const worst = (text: string) => {
    const f = findingsOf(hostility, text).map((x) => x.severity)
    return f.includes('block') ? 'block' : f.includes('warn') ? 'warn' : 'ok'
  }
  it.each<[string, string]>([
    ['warn', 'ご意見ありがとうございます。海苔の摘み取りが冬だということすらご存じない方にもお分かりいただけるよう、もっと易しく書くべきでしたね。'],
    ['warn', 'ご指摘ありがとうございます。市報の読み方さえご存じない方にも伝わるよう、次からは絵本のように書きますね。'],
    ['warn', 'ご意見どうも。ごみの分別すら知らん人にもわかるごと、もっと簡単に書かんといかんかったですね。'],
    ['warn', '地図の見方すら分からない方にもお分かりいただけるよう、矢印でも描いておきましょうか。'],
    ['block', '鳥獣被害の相談ばっかりしてくるあそこの地区の連中、柵くらい自分で作れや。甘えるな。'],
    ['block', '毎朝ごみを出し忘れる団地の連中、カレンダーくらい見ろや。'],
    ['block', '補助金の申請ばかりしてくる奴ら、自分で何とかしろ。'],
    ['block', '窓口で騒ぐあの連中、二度と来んな。'],
    ['block', '苦情ばっかり言ってくる連中は甘えるな。'],
    ['warn', 'へえ〜、海苔のことそげん詳しかなら、あんたが冬の海に網ば張りに来たらよかたい。'],
    ['warn', 'そんなにお詳しいなら、ご自分で海苔網を張りに来られたらいかがですか。'],
    ['warn', 'そこまで言うなら、あなたが市長になればいいんじゃないですか。'],
    ['warn', 'そげん文句があるなら、あんたがやってみたらよかろうもん。'],
    ['warn', 'となり町の直売所なんて、しなびた野菜しか置いてませんもんね🤣 新鮮なのは柳川だけ！\n#道の駅やながわ'],
    ['warn', '隣町の道の駅なんか、ろくな土産もないですよね。'],
    ['warn', 'よその町の祭りなんて、しょぼい屋台しか出とらんけんね。'],
    ['warn', 'お隣の市の観光船なんか、柳川の川下りとは比べものにならないですよ（笑）'],
  ])('at least %s: %s', (min, text) => {
    expect(min === 'warn' ? ['warn', 'block'] : ['block']).toContain(worst(text))
  })
  it.each([
    '【給食○×クイズ】\n\nQ1. 柳川市の学校給食には、有明海の海苔が使われている。（○・×）\nQ2. 給食のお米は全部が県外産である。（○・×）\n\n答え：Q1は○、Q2は×。給食のお米は柳川産のヒノヒカリを中心に使っています。',
    '答え：Q1は○、Q2は×。給食のお米は柳川産のヒノヒカリを中心に使っています。',
    '防災クイズの正解は、問1が×、問2が○でした。',
    '第3問の答えは×です。非常食は年に一度点検しましょう。',
    '(1)は○、(2)は×、(3)は○です。',
    '初めての方、柳川の名前すら知らない方にも分かるよう、やさしく解説します。',
    '「漢字すら読めない方にも分かるように書け」というご意見をいただき、ふりがなを付けました。',
    'やさしい日本語で、日本語がまだ読めない方にも分かるようにお知らせしています。',
    '詐欺グループの連中にだまされるな。不審な電話はすぐ切ってください。',
    '地区の若い連中が、柵づくりを手伝ってくれました。ありがとう！',
    '柵は自分で作れます。作り方講座を開きます。',
    '海苔のことをもっと詳しく知りたいなら、ご自分で漁港の見学に来られたらいかがですか。',
    'そんなに詳しくなくても大丈夫です。初めての方もぜひご参加ください。',
    '海苔づくりに詳しい方なら、どなたでも講師に応募できます。',
    'となり町の直売所では、朝どれ野菜しか置いていないそうです。',
    'となり町の直売所なんて、地元の野菜しか置いていないのがすごいですよね。見習いたいです。',
    '隣の町の道の駅なんかと合同で、朝市を開きます。',
    'となり町なんて行ったことがないという方も、ぜひ一緒に。',
  ])('passes %s', (text) => {
    expect(worst(text)).toBe('ok')
  })
  it('keeps a quoted rough order a mention', () => {
    expect(worst('「あそこの地区の連中、甘えるな」という書き込みは、許されない差別的な表現です。')).not.toBe('block')
  })
})

describe('hostility: blind set R119A/LO kinds', () => {
  // The reader asked what on earth they were reading (R119A-019), a critic's view valued only had they checked first (R119A-041),
  // written large so please read it (R119A-127), the error pinned on their not looking it up (LO-4), a facility mocked for its
  // name (R119A-069); block: a rough imperative to speak only after (R119A-003), told to leave with good riddance (R119A-068),
  // the rude second person blamed (R119A-100). The blind items first, then variants; the hard negatives must stay clean.
  const worst = (text: string) => {
    const f = findingsOf(hostility, text).map((x) => x.severity)
    return f.includes('block') ? 'block' : f.includes('warn') ? 'warn' : 'ok'
  }
  it.each<[string, string]>([
    ['block', '保育園落ちたって文句言ってる人たち、まず自分の申請書ちゃんと読み直してから言えって話。点数足りてないだけやろ。'],
    ['warn', '保育園の申込期限を過ぎてから「知らなかった」とおっしゃる方が、今年も大勢いらっしゃいました。広報紙は毎月お手元に届いているはずですが、いったい何をお読みになっていたのでしょうか。'],
    ['warn', 'ご指摘の件ですが、保育園の空き状況は毎月ホームページに掲載しております。ご確認いただいたうえでのご意見でしたら、大変参考になりますね。'],
    ['block', '保育園のことで市に文句ばっか言いよる人、そげん不満なら他の市に引っ越せばよかろうもん。誰も止めんばい。'],
    ['warn', '隣の町の子育て支援センター、行ってみたら狭いし古いし、正直あれで「支援」って名乗れるのがすごい😅 柳川に来てよかったね〜'],
    ['block', '虐待の通告を「おせっかい」とか言って逆ギレしてくる親、ほんと最低。あんたみたいなのがいるから子どもが泣くんだよ。'],
    ['warn', 'このたびは貴重なご意見、誠にありがとうございます。申請書の「注意事項」欄は大きな字で書いてございますので、一度お目を通していただければ幸いに存じます。'],
    ['warn', 'ちょっとでも調べていただければ、このような誤解は生じないかと存じます。'],
    ['warn', '何度もホームページでお知らせしておりますが、いったい何をご覧になっていたのでしょうか。'],
    ['warn', '毎日防災無線で放送しよったとに、いったい何ば聞きよったと？'],
    ['warn', '通知は3回お送りしました。一体何を読んでたんですかね。'],
    ['warn', '回覧板で案内しとったのに、いったい何を見とったんやろ。'],
    ['warn', 'きちんと読んだ上でのご批判なら、ありがたいんですけどね。'],
    ['warn', '内容をご理解いただいたうえでのご指摘でしたら、大変うれしいのですが。'],
    ['warn', '資料を調べた上での意見やったら、参考になるっちゃけどね。'],
    ['warn', 'ご指摘の件、ホームページの一番上に太字で記載しておりますので、まずはご覧いただけますと助かります。'],
    ['warn', '何度もお問い合わせいただいていますが、案内板には赤字で書いてありますので、読んでからお越しください。'],
    ['warn', 'ご意見ありがとうございます。締切日は申込書の冒頭にはっきり書いてありますので、一度お読みいただければ幸いです。'],
    ['warn', '少しでもお読みいただければ、こうした勘違いは起きないはずです。'],
    ['warn', 'ちゃんと確認してもらえれば、そんな間違いは起きんとですけどね。'],
    ['warn', '一度でもホームページをご覧いただければ、このようなご質問は出ないかと思います。'],
    ['warn', '駅前の公園、ベンチ一つしかないのに、あれで公園と呼べるとは驚きです（笑）'],
    ['warn', 'よその町の図書館、本が少なすぎて、あれで図書館って名乗れるのが逆にすごい。'],
    ['warn', '隣の市の観光案内所、地図しか置いてなくて、あんなので案内所を名乗れるなんてびっくりです。'],
    ['block', '文句言う前に、広報ぐらい読んでから言えや。'],
    ['block', '現場ば見てから言わんか。'],
    ['block', 'ネットで批判しとる連中、ちゃんと調べてからものを言え。'],
    ['block', '嫌なら出ていけばいい。誰も引き止めませんよ。'],
    ['block', 'そんなに柳川が嫌なら他の町に移られてはどうですか。誰も困りませんから。'],
    ['block', '文句ばっかりなら、よそに行けばよか。誰も寂しがらんけん。'],
    ['block', 'お前らみたいな親がおるけん、保育士が辞めていくったい。'],
    ['block', 'てめえのような奴がいるから、町が汚れるんだ。'],
    ['block', 'あんたらなんかがいるせいで、窓口が回らんとよ。'],
  ])('at least %s: %s', (min, text) => {
    expect(min === 'warn' ? ['warn', 'block'] : ['block']).toContain(worst(text))
  })
  it.each([
    '縄文時代の人々は、いったい何を食べていたのでしょうか。講座で一緒に考えましょう。',
    'いったい何をしていたのか、当時の記録を調べました。郷土資料館の企画展をご案内します。',
    '「いったい何を読んでいたのか」と自分でも反省しています。お知らせを見落としていた職員の不注意でした。',
    '内容をご確認いただいたうえで、ご意見をお寄せください。大変参考になります。',
    'アンケートは、説明をお読みいただいたうえでご回答ください。いただいたご意見は参考にさせていただきます。',
    '十分に検討した上でのご意見として、大変参考になりました。ありがとうございました。',
    '申込書の注意事項は赤字で記載していますので、必ずご確認ください。',
    'ご意見を受けて、注意事項を大きな字で書き直しました。大きく書いてありますので、ご確認ください。',
    'お子さんにも読めるよう、大きな字で書いてありますので、親子でご覧ください。',
    '少しでも調べていただければ、申請の手続きがスムーズになります。',
    'きちんと確認していれば、このような間違いは起きませんでした。職員の確認不足で、申し訳ありません。',
    '少しでもご確認いただければ、詐欺の被害は防げます。不審な電話はすぐ切ってください。',
    '小さな小屋ですが、あれで立派に図書館と呼べるほど本がそろっています。',
    '旧校舎を改修した施設で、今は「子育て支援センター」と名乗っています。',
    'あれで一人前の職人を名乗れるようになるまで、10年かかるそうです。',
    '「よく調べてから言え」という心ない書き込みは、ネット上の中傷にあたります。',
    '冷静になってから言えることもあります。まずは深呼吸をしましょう。',
    '落ち着いてから言えるようになるまで、待ってあげてください。',
    '引っ越しの際は、誰も住まなくなる家の水道を止めてください。',
    '転居された後も、誰も止めないので、安心してご連絡ください。',
    '体調がすぐれないときは、仕事を辞めることも選択肢です。誰も責めません。',
    '「あんたみたいなのがいるから」と子どもを責める言葉は、心理的虐待にあたります。',
    '「お前のような子がいるから」と言われ続けた経験を、講演で語っていただきます。',
    'あなたのような方がいてくれるから、地域が明るくなります。',
  ])('passes %s', (text) => {
    expect(worst(text)).toBe('ok')
  })
})

describe('hostility: R121–R123 kinds — faculties doubted, imperatives at readers, gloating, told to quit, disliked, a child\'s explanation', () => {
  const flagged: Array<[string, string, 'block' | 'warn']> = [
    // People who fail to do a thing, named and scorned with うんざり.
    ['返却期限を何度お知らせしても守らない方、正直うんざりです。図書館は皆さんの私物置き場じゃありません😠', 'hostility/confrontational', 'warn'],
    ['何回言っても分別しない人、もううんざりです。', 'hostility/confrontational', 'warn'],
    ['再三お願いしても駐輪場を使わない方々には、正直うんざりしています。', 'hostility/confrontational', 'warn'],
    ['毎回締め切りを守らない連中、本当にうんざりだ。', 'hostility/confrontational', 'warn'],
    // A faculty said to be wanting.
    ['毎回同じ苦情を寄せてくる者がいるが、読解力に問題があるのではないか。', 'hostility/confrontational', 'warn'],
    ['何度説明しても同じ質問をされる方は、理解力が足りないのではないでしょうか。', 'hostility/insult', 'block'],
    ['こうした批判を書き込む人は、想像力が欠けているとしか思えません。', 'hostility/confrontational', 'warn'],
    ['いちいち文句を言ってくる方、読解力に少し問題があるんじゃないですか。', 'hostility/confrontational', 'warn'],
    // Insulted as mad.
    ['本日、窓口で大声を上げた市民がいた。あのような頭のおかしい人間の相手をさせられる職員の身にもなってほしい。', 'hostility/insult', 'block'],
    ['頭のおかしい客が来て一日つぶれた。', 'hostility/insult', 'block'],
    ['窓口に来たあの人、頭がおかしいんじゃないか。', 'hostility/insult', 'block'],
    ['あの客、頭がおかしくなったんか。', 'hostility/insult', 'block'],
    ['お前、読解力が足りないんじゃないか。', 'hostility/insult', 'block'],
    ['また頭のおかしなクレームが届きました。', 'hostility/insult', 'block'],
    // ちょっと考えれば … くらい分かる.
    ['外国語対応が足りないとのご指摘ですが、ちょっと考えれば人員に限りがあることくらい分かると思うんですけどね。', 'hostility/confrontational', 'warn'],
    ['少し考えれば、雨の日に中止になることぐらい分かりそうなものですが。', 'hostility/confrontational', 'warn'],
    ['普通に考えたら、予算に限りがあることくらいわかるでしょう。', 'hostility/confrontational', 'warn'],
    // Plain imperative to do the least thing.
    ['ごみ収集日の変更、まだ知らないやつ多すぎ。カレンダーくらい読めよ、マジで。', 'hostility/insult', 'block'],
    ['案内板ぐらい見ろよ。', 'hostility/insult', 'block'],
    ['駐車のルールくらい守れや！', 'hostility/insult', 'block'],
    ['お知らせくらいちゃんと読めよ。', 'hostility/insult', 'block'],
    // A district's people held in contempt.
    ['ごみ出しのマナー悪すぎる地区があるけど、まあ民度の問題だよね。住んでる人の程度が知れるわ。', 'hostility/insult', 'block'],
    ['あの地区の住民の程度が知れますね。', 'hostility/insult', 'block'],
    ['結局は民度の問題でしょう。', 'hostility/insult', 'block'],
    // Harm gloated over.
    ['消防団の夜警について苦情をいただいた件。夜うるさいと言われても、火事で家が燃えてから泣いても遅いんですけどね。', 'hostility/confrontational', 'warn'],
    ['検診に来ない方、病気になってから泣いても遅いんですけどね。', 'hostility/confrontational', 'warn'],
    ['避難指示を無視した人、流されてから騒いでも遅いですからね。', 'hostility/confrontational', 'warn'],
    ['草刈りに出ない人、家の周りが荒れてから嘆いても遅いのにね。', 'hostility/confrontational', 'warn'],
    // Told to quit.
    ['夜警に来ない団員、ほんと何のために入ったんだか。やる気ないなら辞めれば？', 'hostility/confrontational', 'warn'],
    ['文句があるなら辞めたらいいのに。', 'hostility/confrontational', 'warn'],
    ['練習に来ないなら、さっさと抜ければ？', 'hostility/confrontational', 'warn'],
    ['嫌ならやめればいいじゃん。', 'hostility/confrontational', 'warn'],
    // People called stingy or disliked in character speech.
    ['ふるさと納税しないひとって、ケチんぼなのかな〜？ ぼく、そういうひときらい〜🐟💢\n#柳川 #ふるさと納税', 'hostility/confrontational', 'warn'],
    ['募金しない人って、けちなんだね〜', 'hostility/confrontational', 'warn'],
    ['ごみをポイ捨てする、ああいう人だいきらい！', 'hostility/confrontational', 'warn'],
    ['あいさつしない人はケチなんやろ', 'hostility/confrontational', 'warn'],
    // Explained as to a child.
    ['ご意見ありがとうございます。「納期限」という言葉の意味がお分かりにならないようですので、小学生にも分かるよう改めてご説明いたしますね。', 'hostility/confrontational', 'warn'],
    ['ご理解いただけないようなので、子どもでも分かるように丁寧にご説明します。', 'hostility/confrontational', 'warn'],
    ['まだ分からないみたいなので、小学生でも分かるよう書き直しますね。', 'hostility/confrontational', 'warn'],
  ]
  it.each(flagged)('flags %s', (text, rule, severity) => {
    expect(summary(findingsOf(hostility, text))).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${rule}:${severity}:`))]))
  })
  it.each([
    // "Going mad" said of oneself or the weather (頭がおかしくなりそう): hyperbole, not an insult.
    '頭がおかしくなりそうな暑さが続いています。こまめな水分補給をお忘れなく。',
    '連日の猛暑で頭がおかしくなりそう。熱中症に気をつけてください。',
    '確定申告の書類の多さに、頭がおかしくなるほど悩んだ方もいらっしゃるのでは。相談会をご利用ください。',
    'セミの声で頭おかしくなりそうな夏ですが、掘割の水辺は涼しいですよ。',
    // A faculty found wanting by a survey: a finding reported, not a taunt.
    '全国学力調査で、中学生の読解力が足りないのではないかという結果が出ました。',
    '調査の結果、児童の読解力が足りない傾向が見られました。図書館では読み聞かせ会を増やします。',
    '高校生の理解力が足りないという声もありますが、テストの結果は全国平均を上回りました。',
    // An anti-fraud notice: looking the number up yourself is the step, not a jab (IK-126).
    '○市役所や税務署の代表番号に、ご自身で調べて電話をかけ直す\nようにしてください。',
    '不審な電話は、ご自分で調べて公式の窓口に連絡してください。',
    '契約の前に、自分で調べてから申し込むことが大切です。',
    // A vulgar but literal description with 🤮 (R122A-071; decency reads it).
    '成人式のあとの二次会、飲みすぎてゲロ吐いとる新成人がおってカオスやった🤮 みんな飲みすぎ注意ばい！',
    '船酔いで吐いてる人が続出🤮 酔い止めは忘れずに。',
    '二日酔いの人が多かった🤮 お酒はほどほどに。',
    // うんざり of the weather, the self, a question.
    '長雨にうんざりの方は、ぜひ室内プールへ。',
    '毎日通勤する人、満員電車にうんざりしていませんか？',
    '何度やっても上手くいかない方、あきらめずに講座で相談してください。',
    // Faculties in education, not at a critic.
    '子どもたちの読解力に問題があるのではないかとの指摘を受け、読書活動を進めます。',
    '学力調査の結果から、読解力に問題があるのではないかと分析しています。',
    '理解力に自信がない方も、職員が丁寧にご説明します。',
    // 頭 in ordinary prose.
    '頭の体操クイズに挑戦しよう！',
    // 考えれば / くらい in advice.
    '少し考えれば、備えの大切さが分かります。',
    '1日10分くらい歩きましょう。',
    '「説明書くらい読めよ」と言われて傷ついた経験はありませんか。心ない言葉を考える講座です。',
    '小学生くらいなら読めますよ。',
    // 程度, 民度.
    '被害の程度が分かり次第お知らせします。',
    '民度の問題ではなく、仕組みの問題です。ごみ箱を増やします。',
    // Safety notices that end plainly.
    '災害が起きてから後悔しても遅いです。今のうちに備えを。',
    '火事になってから慌てても遅いので、消火器の点検をお願いします。',
    // Quitting in care.
    '体調が悪いなら、無理せずやめればいいんです。',
    'つらいなら辞めてもいい。相談窓口はこちら。',
    'たばこ、やめたら体が軽くなりました。',
    // Likes and dislikes of things.
    'ピーマンきらいな子も食べられるレシピです。',
    'そういう人、嫌いじゃないです。',
    '節約上手な人はケチとは違います。',
    // A guide made easy.
    '小学生にも分かるよう、やさしい言葉で説明したパンフレットを作りました。',
    '子どもでも分かるようにイラストで解説しています。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
})

describe('hostility: R125A-019 — people named by what they do, then the writer\'s exasperation at them', () => {
  const flagged: Array<[string, string, 'block' | 'warn']> = [
    ['海苔の色落ちを全部市のせいにする人たち、正直うんざりです。', 'hostility/confrontational', 'warn'],
    ['文句ばかり言う連中にはほとほと困ったものだ。', 'hostility/confrontational', 'warn'],
    ['路上に平気で停めるドライバーには辟易しています。', 'hostility/confrontational', 'warn'],
    ['何でも行政のせいにする人って、もううんざり。', 'hostility/confrontational', 'warn'],
    ['ごみの日を守らない住民には、本当に困ったものです。', 'hostility/confrontational', 'warn'],
  ]
  it.each(flagged)('flags %s', (text, rule, severity) => {
    expect(summary(findingsOf(hostility, text))).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${rule}:${severity}:`))]))
  })
  it.each([
    // Who feels it, not at whom.
    '暑さにうんざりしている方は、ぜひ市民プールへ。',
    '長時間待たされる方はうんざりするかもしれません。',
    '雨続きで洗濯物が乾かない人も多く、うんざりですね。',
    // Our apology or a tip.
    '並ばれた方、うんざりするほどお待たせして申し訳ありません。',
    '同じ作業を続ける方に、うんざりしないコツをお伝えします。',
    '子どもを持つ親、うんざりすることもありますよね。相談窓口をご利用ください。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
})

describe('hostility: R126–R128 kinds — callers called annoying, a person belittled, sarcasm at askers, people called hard-headed, a town put down, a threat to visit, the infected shunned, manners scorned, a slur at a person', () => {
  const flagged: Array<[string, string, 'block' | 'warn']> = [
    // Callers or visitors called annoying.
    ['マルシェの駐車場のことで毎回文句を言いに来る方、正直うるさいです😥\n#柳川 #マルシェ', 'hostility/confrontational', 'warn'],
    ['毎週クレームを言いに来られる方、正直うるさいです。', 'hostility/confrontational', 'warn'],
    ['電話で同じことばかり聞いてくる人、ほんと鬱陶しい。', 'hostility/confrontational', 'warn'],
    ['ゴミ出しに文句をつける住民って、正直めんどくさいです。', 'hostility/confrontational', 'warn'],
    // A person belittled.
    ['昨日の試合、相手チームの監督は品がなかったですね。ああいう大人にはなりたくないものです。', 'hostility/confrontational', 'warn'],
    ['あの議員は品がないですね。', 'hostility/confrontational', 'warn'],
    ['審判、品がなかった。', 'hostility/confrontational', 'warn'],
    ['ああいう人にはなりたくないですね。', 'hostility/confrontational', 'warn'],
    // Askers told in sarcastic keigo to make the least effort.
    ['通行止めについて何度も同じ質問をされる方がいますが、少しは告知を読んでいただけますか。', 'hostility/confrontational', 'warn'],
    ['毎回同じ質問が来ますが、少しはホームページを見ていただけませんか。', 'hostility/confrontational', 'warn'],
    ['同じことを何度も聞かれる方、ちょっとはご自分で調べてもらえませんかね。', 'hostility/confrontational', 'warn'],
    // People called hard-headed.
    ['地元のおじいちゃんたち、頭が固すぎて話にならない（笑）でも負けないぞ〜💪\n#地域おこし協力隊', 'hostility/confrontational', 'warn'],
    ['町内会の役員は頭が固すぎて困ります（笑）', 'hostility/confrontational', 'warn'],
    ['うちの上司、頭が固くて話にならない（笑）', 'hostility/confrontational', 'warn'],
    // A neighbouring town put down with a taunt.
    ['大川の家具より柳川のうなぎの方が100倍価値あるよね〜大川なんて何もないし🤣', 'hostility/confrontational', 'warn'],
    ['隣町なんて何もないじゃん😂', 'hostility/confrontational', 'warn'],
    ['佐賀なんて何もないし（笑）', 'hostility/confrontational', 'warn'],
    // A threat to identify and visit.
    ['このアカウントの中の人、特定して家まで行きますから覚悟しといてください。', 'hostility/threat', 'block'],
    ['お前の正体、特定して職場まで押しかけるからな。', 'hostility/threat', 'block'],
    ['投稿者を割り出して自宅まで行くぞ。', 'hostility/threat', 'block'],
    // The infected shunned.
    ['感染者が出た家の人は、しばらく外を歩かないでほしい。正直迷惑です。', 'hostility/insult', 'block'],
    ['陽性者の家族は外に出ないでほしい。迷惑だから。', 'hostility/insult', 'block'],
    ['コロナにかかった人は引っ越してほしい。正直怖いです。', 'hostility/insult', 'block'],
    // Manners scorned; a slur at a person.
    ['支那人観光客のマナーの悪さには本当にうんざりです。', 'hostility/insult', 'block'],
    ['外国人観光客のマナーの悪さには呆れます。', 'hostility/confrontational', 'warn'],
    ['若者のマナーのなさには本当にうんざりです。', 'hostility/confrontational', 'warn'],
    ['今日の窓口の客、完全にガイジだった。疲れた。', 'hostility/insult', 'block'],
    ['今日の客、ガイジすぎた。', 'hostility/insult', 'block'],
  ]
  it.each(flagged)('flags %s', (text, rule, severity) => {
    expect(summary(findingsOf(hostility, text))).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${rule}:${severity}:`))]))
  })
  it.each([
    '在庫品がない場合は取り寄せになります。',
    'こういう大人になりたいと子どもたちが目を輝かせていました。',
    '少しはお役に立てましたか？ご意見をお聞かせください。',
    'もう少し詳しく知りたい方は、ホームページを読んでいただけますか。',
    '年を取ると頭が固くなりがち。脳トレ教室で頭を柔らかく！',
    'この値段では話にならないほどお得です。',
    '柳川なんて何もないと思っていませんか？実は見どころがいっぱい！',
    '昔は駅前なんて何もなかったんですよ。',
    '発生源を特定して、ご自宅まで調査に伺いますのでご協力ください。',
    '陽性となった方は、発症から5日間は外出を控えてください。',
    '感染者が出た家の人への差別はやめましょう。',
    'マナーの悪さが目立つため、看板を設置しました。',
    '夜中に走る車、正直うるさいです。',
    '子どもたちの声がうるさいという苦情がありますが、地域で見守りましょう。',
    '窓口に来る方、いつもありがとうございます。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
})

describe('hostility round 129 (blind R130I: a mascot threatening its critics with the road at night)', () => {
  it.each([
    ['ボクのこと気持ち悪いって言ったやつ、全員覚えてるからね😡 夜道には気をつけてね🔪\n#どんこ丸'],
    ['悪口書いた人の名前はちゃんと覚えとるけん。夜道には気をつけときな'],
    ['キモいって言ったやつら、帰り道には気をつけろよ'],
    ['顔は覚えてるからね。夜道にはせいぜい気をつけてください🔪'],
  ])('flags %s', (text) => {
    expect(summary(findingsOf(hostility, text))).toEqual(expect.arrayContaining([expect.stringMatching(/^hostility\/threat:block:/)]))
  })
  it.each([
    '夜道では反射材を身につけ、車に気をつけてね！',
    '「楽しかった」って言ってくれた人、ありがとう！帰り道は気をつけてね',
    'みんなの顔、ちゃんと覚えてるよ〜また来てね！帰り道に気をつけてね',
    '夜道は暗いので、懐中電灯を持ってお気をつけてお帰りください。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
})

describe('hostility: blind R132I-037, a colleague mocked on the official account', () => {
  it.each([
    'うちの係長、エクセルの関数ひとつ使えなくて草ｗｗ 仕事できなさすぎでしょ',
    '職場の先輩、コピー機の使い方も分からなくて笑',
    'うちの課長ほんとポンコツで困る',
    '隣の席の同僚、メール一本まともに書けないし仕事できなさすぎ',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(hostility, text))).toEqual(expect.arrayContaining([expect.stringMatching(/^hostility\/[a-z]+:(?:warn|block):/)]))
  })
  it.each([
    // hard negatives: a colleague praised, a failure told kindly, a newcomer thanked
    'うちの係長が作ったエクセル表、使いやすすぎて感動',
    'うちの課長、初マラソンで完走できなくて悔しそうでした（笑）',
    'うちの新人さん、覚えるのが早くて助かってます！',
    'うちの係長、説明が分かりやすすぎて草',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
})

describe('hostility: blind R137I-106, English visitors called disgusting or told to go home', () => {
  it.each([
    "To the tourists who keep leaving trash along the canals: you're disgusting. If you can't follow our rules, go home.",
    'To whoever parked on the bridge again: you are pathetic.',
    "If you won't respect our town's rules, stay away.",
    'Tourists go home!',
    'You people are animals, leaving cans everywhere.',
    'If you can\'t behave on the boats, go back to your own country.',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(hostility, text))).toEqual(expect.arrayContaining([expect.stringMatching(/^hostility\/[a-z]+:(?:warn|block):/)]))
  })
  it.each([
    // hard negatives: advice to someone unwell, a thing called disgusting, directions, a sign quoted, a way home
    'If you feel unwell, go home and rest.',
    'The smell from the canal is disgusting, we are cleaning it today.',
    "If you can't find the bus stop, ask our staff.",
    'A sign saying "you\'re disgusting" was removed after complaints.',
    'Go home by train after the fireworks.',
    'If you can\'t stop by today, the shop is open tomorrow too.',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
})

describe('hostility: blind R137I-102, a suspect mocked by their looks', () => {
  it.each([
    '今日捕まった自転車泥棒、見た目からしていかにもやりそうな顔してました笑 みなさんも鍵かけを忘れずに🔒',
    '逮捕された空き巣の犯人、顔からして悪そうやったです😂',
    '万引きで捕まった男、いかにも盗みそうな顔つきでした',
    '昨日の不審者、人相の悪い男でした笑',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(hostility, text))).toEqual(expect.arrayContaining([expect.stringMatching(/^hostility\/[a-z]+:(?:warn|block):/)]))
  })
  it.each([
    // hard negatives: a demon at 節分, the lesson against judging by looks, a description, a question left open
    '節分の鬼は、いかにも悪そうな顔でこわいね！',
    '人は見た目によらないので、顔で判断しないでください。',
    '不審者は黒い服の男性で、顔は見ていないとのことです。',
    '犯人の顔つきが悪かったかどうかはわかりません。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
})

describe('hostility: blind R138I–R141A — people shunned by origin, residents run down, a sexual minority, gender roles in recruiting, groups scolded', () => {
  const flagged: Array<[string, string]> = [
    // English: a nationality or origin turned away or run down (block)
    ['Dear tourists from China: please stop throwing trash into our canals. This is Japan, not your country. Learn some manners!', 'block'],
    ['Reminder for boat staff: please do not accept Chinese tour groups today. They are too loud and dirty.', 'block'],
    ["Dear foreign tourists: if you can't follow Japanese rules, just stay home. Especially the backpackers from Southeast Asia… you know who you are 🙄\n#Yanagawa #Japan", 'block'],
    ['Korean visitors are always so noisy on the boats.', 'block'],
    ['We will no longer accept guests from India at the inn.', 'block'],
    ['Asian backpackers are so rude. Stay home next year.', 'block'],
    // the residents of a place run down as people (block)
    ['あの地区は昔から火事が多い。住んでる人間の質の問題だと思う。', 'block'],
    ['あそこの団地に住む連中はレベルが低いから仕方ない。', 'block'],
    ['この地域の人間は程度が知れてますね。', 'block'],
    // disgust at a sexual minority (block)
    ['同性カップルの住民票の続柄の件、正直気持ち悪いと思っている職員は多いと思いますよ。', 'block'],
    ['パートナーシップ制度とか、ゲイの人たちって生理的に無理。', 'block'],
    ['LGBTの人って正直キモいよね。', 'block'],
    // gender roles and looks in a recruitment (warn)
    ['【団員募集】柳川市消防団では新しい仲間を募集中！女性も大歓迎です。炊き出しやお茶くみなど、女の子にしかできない仕事もたくさんあります💕 若くてかわいい子、待ってます！', 'warn'],
    ['イベントスタッフ募集！受付は女の子にしかできない仕事です。', 'warn'],
    ['会員募集中です。美人の方、大歓迎！', 'warn'],
    ['お茶出しは女子の役目なので、新人さんお願いね。', 'warn'],
    // groups of citizens scolded with contempt (warn)
    ['議場で傍聴していた市民団体の方々、ヤジばかりで本当にうるさい。黙って聞けないなら来なくていいです。', 'warn'],
    ['ルールを守れないなら来なくて結構です。', 'warn'],
    ['静かにできないなら参加しなくていいです。', 'warn'],
    ['毎年のことですが、式典で騒ぐ新成人には正直うんざりしています。今年こそ大人らしくお願いします。', 'warn'],
    ['ゴミを持ち帰らない花見客には本当にうんざりです。', 'warn'],
    ['「よそ者が何しに来たと」とか言ってくる人、ほんと器が小さいなぁって思う🙄\n#地域おこし協力隊', 'warn'],
    ['文句ばかり言う連中は心が狭い。', 'warn'],
    ['いちいち細かいことを言ってくる人って了見が狭いですよね。', 'warn'],
  ]
  it.each(flagged)('flags %s', (text, severity) => {
    const sev = severity === 'block' ? /^hostility\/[a-z]+:block:/ : /^hostility\/[a-z]+:(?:warn|block):/
    expect(summary(findingsOf(hostility, text))).toEqual(expect.arrayContaining([expect.stringMatching(sev)]))
  })
  it.each([
    // hard negatives: a welcome and service in other languages, a rule told to all, the lesson against hate, 生活の質,
    // a dish, a nursery's children, 女性ならでは invited, care for the unwell, coming made unnecessary, noise of a thing
    'Welcome, tourists from China! Our Chinese-speaking staff will guide you on the boat.',
    'Tour groups from Southeast Asia: please book the boat at least a day in advance.',
    'All visitors: please do not throw trash into the canals. Thank you!',
    'Foreign tourists can use the free Wi-Fi at the station.',
    '地区に住む人の生活の質を高めるため、集会所を改修しました。',
    '同性カップルへの「気持ち悪い」といった言葉は差別であり、人権侵害です。',
    '同性カップルのパートナーシップ宣誓制度を4月から始めます。',
    'この器が小さいので、盛り付けは少なめにしています。',
    '保育園では、かわいい子どもたちがお待ちしています。',
    '消防団員募集！女性ならではの視点も大歓迎です。',
    '体調がすぐれないなら、無理に来なくていいですよ。',
    'オンラインで申請できるなら、窓口に来なくていいです。',
    '工事の音がうるさいとのご意見をいただき、作業時間を見直しました。',
    '式典に参加した新成人の皆さん、おめでとうございます。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
})

describe('hostility (5(3)) — blind W10: compounds, dialect words at a word start, courtesies', () => {
  const flagged: Array<[string, 'warn' | 'block']> = [
    // バカ alone or aimed at people stays an insult
    ['バカじゃないの？', 'block'],
    ['あのバカがまた文句を言ってきた。', 'block'],
    ['バカな市民が多すぎる。', 'block'],
    ['バカ野郎、二度と来るな。', 'block'],
    ['お前バカか。', 'block'],
    ['馬鹿息子を持つと大変ですね。', 'block'],
    // a kana head that starts with a particle is no compound (バカがいる is a person), an adverb before it no fan
    ['道路の陥没を放置してるとか騒いでるバカがいますが、職員は毎日パトロールしています。', 'block'],
    ['文句言ってるバカもいます。', 'block'],
    ['何度も同じ質問をしてくる人は、正直バカだと思います。', 'block'],
    ['本当バカばっかりで困ります。', 'block'],
    // きさん where a word starts
    ['きさん、何しよっとか！', 'block'],
    ['おいきさん、覚えとけよ。', 'block'],
    ['@taro きさんは黙っとけ。', 'block'],
    // …なくて結構 aimed at people stays a dismissal
    ['文句ばかり言う人は、もう読まなくて結構です。', 'warn'],
    ['批判ばかりの方は見なくて結構です。', 'warn'],
    ['嫌なら読まなくて結構です。', 'warn'],
  ]
  it.each(flagged)('flags %s', (text, severity) => {
    const sev = severity === 'block' ? /^hostility\/[a-z]+:block:/ : /^hostility\/[a-z]+:(?:warn|block):/
    expect(summary(findingsOf(hostility, text))).toEqual(expect.arrayContaining([expect.stringMatching(sev)]))
  })
  it.each([
    // blind R148D-033 and バカ as a part of a compound naming a thing, a degree or a fan
    '有明海のバカ貝（アオヤギ）は、今が旬です。直売所でも手に入りますよ🐚',
    // ぶすっと (sulky), ブスリと (a stab): no insult
    '息子は朝から機嫌が悪くて、なのでブスっとした顔で座っていました。',
    'ようじをブスリと刺して、焼きたてのだんごをどうぞ。',
    '有明海の馬鹿貝は刺身が絶品です。',
    'バカ丁寧な説明で恐縮ですが、順番にご案内します。',
    '新商品がバカ売れしています！ありがとうございます。',
    'バカでかいかぼちゃが収穫されました。',
    'うちの課長は釣りバカで、週末は有明海に出ています。',
    '親バカですが、うちの子の作品も展示されています。',
    'お祭りの夜はみんなでバカ騒ぎ、楽しかったですね。',
    '馬鹿正直にすべて話してくれた職員に感謝します。',
    // blind IQ-052 and き + さん at the tail of a word
    '図書館の入口で、ねこの本の特集をしています🐈 ねこ好きさん、ぜひのぞいてみてくださいね。\n#柳川 #図書館 #ねこの本',
    '大好きさん集まれ！',
    '東京行きさんはこちらのバスへ。',
    'ゆきさんのお店が開店しました。',
    // blind W10-FP-001 and a form's part one need not read, fill in or bring
    '申請書の裏面は記入例なので読まなくて結構です。表面のみご記入ください。',
    'この欄は見なくて結構です。',
    '説明書の後半は読まなくても結構です。',
    '印鑑は持参しなくて結構です。',
    '住民票の写しは提出しなくて結構です。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
})

describe('hostility (5(3)) — blind W10 misses: the least thing, repeats, an aside on a group, a group written off, a nationality blamed', () => {
  const flagged: Array<[string, 'warn' | 'block']> = [
    ['電子書籍が使えないという声、多いですね。スマホくらい使えるようになってください。', 'warn'],
    ['ネット予約が分からないとのお電話が続きますが、パソコンぐらい使えるようになってほしいものです。', 'warn'],
    ['申請書くらいご自分で書けるようになっていただきたいです。', 'warn'],
    ['今の時代、メールくらい使えて当然です。', 'warn'],
    ['何度も同じ質問をしないでください。電子書籍の使い方はHPに全部書いてあります。', 'warn'],
    ['毎回同じことを聞かないでください。お知らせに書いてあります。', 'warn'],
    ['何回も電話してこないでください。答えは変わりません。', 'warn'],
    ['同じ質問を何度もしないでくださいね。', 'warn'],
    ['【観光案内所より】\n連休中は多くの方にご来所いただき、ありがとうございました。\n一方で、受付で文句ばかり言う年寄りの客には正直うんざりしました。\n今後もよろしくお願いします。', 'warn'],
    ['何度も同じことを聞くお年寄りの方には正直うんざりです。', 'warn'],
    ['窓口で騒ぐ若者の客には本当に辟易しました。', 'warn'],
    ['保育園の行事のお手伝いは、細かい作業が得意なお母さんにお願いするのが一番ですね。お父さんはどうせ役に立たないので😅', 'warn'],
    ['男なんて所詮何もできないんだから、女性にお任せします。', 'warn'],
    ['お年寄りはどうせスマホが使えないので、紙で配ります。', 'warn'],
    ['草取りはお母さんたちにお願いします。お父さんたちは結局あてにならないので。', 'warn'],
    ['【ごみ出しマナーのお願い】\n三橋町のアパート周辺で、分別されていないごみ袋が目立ちます。\nベトナム人やネパール人の住人が増えてから、このあたりはずっとこうです。\n収集日は月・木、朝8時30分までに出してください。', 'block'],
    ['外国人が増えたせいで、この辺の治安が悪くなりました。', 'block'],
    ['中国人の住民が住み着いてから、公園がごみだらけです。', 'block'],
    ['フィリピン人の実習生が来てから、夜がうるさくて困っています。', 'block'],
  ]
  it.each(flagged)('flags %s', (text, severity) => {
    const sev = severity === 'block' ? /^hostility\/[a-z]+:block:/ : /^hostility\/[a-z]+:(?:warn|block):/
    expect(summary(findingsOf(hostility, text))).toEqual(expect.arrayContaining([expect.stringMatching(sev)]))
  })
  it.each([
    '1日30分くらい歩けるようになりましょう。',
    '子どもがひらがなくらい読めるようになってほしいと思い、絵本を買いました。',
    'スマホ教室では、LINEくらい使えるようになりたい方を募集しています。',
    '同じ質問を何度もしないで済むよう、よくある質問をまとめました。',
    '認知症の方が同じことを何度も聞いても、怒らないであげてください。',
    '何度も同じ薬を飲まないでください。',
    '暑さにうんざりしている方は、ぜひ室内プールへ。',
    'お年寄りの方にも使いやすい窓口を目指しています。',
    'お年寄りはどうせスマホが使えないと決めつけず、まずは教室へどうぞ。',
    'どうせなら、お父さんも一緒に参加しませんか。',
    'ベトナム人の住民が増えてから、多言語のごみ出し案内を始めました。',
    '外国人観光客が増えてから、商店街がにぎやかになりました。',
    'ネパール人の留学生が来てから、地域の国際交流が盛んです。',
    '外国人住民が増えているため、トラブルを防ぐためのやさしい日本語の案内を作りました。',
    'お父さんはどうせ役に立たない、なんて思っていませんか？お父さんの出番です。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
})

describe('hostility (5(3)) — blind W11 misses: a group called rubbish, a minority called useless, a service refused by who one is, outsiders reported, conduct scolded', () => {
  const flagged: Array<[string, 'warn' | 'block']> = [
    // a contemptuous name for a group (マスゴミ and its kin)
    ['マスゴミの皆さん、憶測で記事を書くのはやめてもらえます？取材は秘書広報課を通してください。', 'warn'],
    ['またゴミ記者が適当な記事を書いていますね。', 'warn'],
    ['カス議員の言うことなど聞く必要はありません。', 'warn'],
    ['窓口に来るクズ市民の相手はもう疲れました。', 'warn'],
    // a sexual minority or the childless declared useless to society
    ['【少子化と男女共同参画を考える】\n\n市では子育て支援に力を入れています。\n\nただ正直なところ、子どもを作らない同性カップルは少子化対策の役には立たないので、支援の優先度は低くせざるを得ません。\n\n皆さまのご意見をお待ちしています。', 'block'],
    ['LGBTの人たちは子どもを産まないので生産性がないと言わざるを得ません。', 'block'],
    ['同性婚のカップルは、社会にとってお荷物でしかありません。', 'block'],
    ['子どもを作らない夫婦は、正直、国の役に立たないと思います。', 'block'],
    // a group refused a public service for who they are
    ['【保護者の皆さまへ】\n\n感染症の流行が続いています。園では手洗い・換気を徹底しています。\n\n医療機関にお勤めのご家庭のお子さんは、当面の間、登園をご遠慮ください。\n\nご理解とご協力をお願いいたします。', 'block'],
    ['看護師のご家族の方は、しばらくの間、来館をご遠慮いただいております。', 'block'],
    ['外国人の方の入店はお断りしています。', 'block'],
    ['感染者が出たご家庭のお子さんは、当分の間、登校を控えてください。', 'block'],
    // people from elsewhere called a nuisance, citizens urged to report them
    ['県外ナンバーの車で柳川に来るのは迷惑です。見かけたら市に通報してください。', 'warn'],
    ['他県の人がこの時期に来るのは、正直迷惑です。', 'warn'],
    ['よそから来た観光客がうろうろするのは本当に迷惑。', 'warn'],
    ['県外ナンバーの車を見かけたら、すぐに通報をお願いします。', 'warn'],
    // a citizen's conduct scolded with contempt
    ['昨日、国保税の窓口で1時間怒鳴り続けた方がいました。うるさいにも程があります。', 'warn'],
    ['毎日同じ要望の電話をしてくる方がいます。しつこいにもほどがある。', 'warn'],
    ['駐車場で大声で騒いでいた利用者の皆さん、迷惑にも程があります。', 'warn'],
  ]
  it.each(flagged)('flags %s', (text, severity) => {
    const sev = severity === 'block' ? /^hostility\/[a-z]+:block:/ : /^hostility\/[a-z]+:(?:warn|block):/
    expect(summary(findingsOf(hostility, text))).toEqual(expect.arrayContaining([expect.stringMatching(sev)]))
  })
  it.each([
    'ゴミ袋は指定のものをお使いください。',
    'ゴミ拾いボランティアの市民の皆さん、ありがとうございました。',
    'ネットで使われる「マスゴミ」という言葉について、メディアリテラシー講座で考えます。',
    '同性カップルも子育て支援の対象です。',
    '「同性カップルは生産性がない」という発言は差別であり、許されません。',
    '子どもを作らない夫婦の生き方も尊重されるべきです。',
    '発熱のある方は、来館をご遠慮ください。',
    'インフルエンザにかかったお子さんは、登園をお控えください。',
    '医療機関にお勤めのご家庭であることを理由に、登園をお断りすることはありません。',
    '外国人の方のご利用も歓迎します。',
    '県外からお越しの皆さまにはご迷惑をおかけしますが、駐車場は満車です。',
    '不審な県外ナンバーの車を見かけたら、警察に通報してください。',
    '県外ナンバーの車も市営駐車場をご利用いただけます。',
    '工事の音がうるさいにも程があるとのご意見をいただきました。',
    '夏の夜はカエルの声がうるさいにも程があります。',
    '窓口で大声を出す方がいた場合は、職員が対応します。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
})

describe('hostility (5(3)) — blind W12 misses: a critic told they will be found at home, a minority denied public money, bodies called unsightly', () => {
  const flagged: Array<[string, string, 'warn' | 'block']> = [
    // a threat to identify a critic and go to their home or work
    ['@anti_yngw_2025 これ以上しつこいなら、IPから特定して家まで行きますよ。', 'hostility/threat', 'block'],
    ['これ以上書き込むなら、住所を調べて会いに行きます。', 'hostility/threat', 'block'],
    ['開示請求して、お前の家に行くからな。', 'hostility/threat', 'block'],
    ['アンチの方、勤務先を調べ上げて職場まで伺いますね。', 'hostility/threat', 'block'],
    ['投稿した人は特定して直接会いに行きます。', 'hostility/threat', 'block'],
    // a sexual minority or the childless denied public money or consideration
    ['同性カップルに税金を使う必要なんてない。子どもも産めない人たちに配慮するより、少子化対策が先でしょ。', 'hostility/discrimination', 'block'],
    ['LGBTの人たちへの配慮は必要ない。', 'hostility/discrimination', 'block'],
    ['同性カップルばかり優遇しすぎだと思います。', 'hostility/discrimination', 'block'],
    ['子どもを作らない夫婦に予算を回すくらいなら、子育て世帯の支援が先です。', 'hostility/discrimination', 'block'],
    ['性的マイノリティには特別扱いする必要はありません。', 'hostility/discrimination', 'block'],
    // people's bodies called unsightly
    ['メタボ健診の季節です。お腹ぽっこりのおじさんたち、見苦しいのでそろそろ本気で痩せましょうね〜', 'hostility/confrontational', 'warn'],
    ['ビール腹のおっさんの水着姿は、正直見るに堪えない。', 'hostility/confrontational', 'warn'],
    ['太った中年男性がプールにいるとみっともないですね。', 'hostility/confrontational', 'warn'],
    ['薄毛のおじさんたち、正直暑苦しいので帽子をかぶりましょう（笑）', 'hostility/confrontational', 'warn'],
  ]
  it.each(flagged)('flags %s', (text, rule, severity) => {
    const sev = severity === 'block' ? ':block:' : ':'
    expect(summary(findingsOf(hostility, text)).some((f) => f.startsWith(`${rule}${sev}`) && (severity === 'block' || /:(?:warn|block):/.test(f)))).toBe(true)
  })
  it.each([
    // a survey, a repair, a family visit: not a threat
    '発生源を特定して、ご自宅まで調査に伺いますのでご協力ください。',
    '漏水箇所を特定して、職員がご自宅へ修理に伺います。',
    '祖母の新しい住所を調べて、会いに行きます。',
    '迷子の犬の飼い主を特定して、家まで送り届けました。',
    // money and consideration spoken of without denying a group
    '「同性カップルに税金を使う必要はない」という考えは偏見です。',
    '同性カップルの方も、住民票を移す必要はありません。',
    '子どもを産めない方への支援制度もご用意しています。',
    'パートナーシップ宣誓には費用はかかりません。',
    // bodies spoken of kindly
    'お腹ぽっこりが気になる方は、ぜひメタボ健診を受けましょう。',
    '太めの方も、見苦しいなんて思わずに気軽にプールをご利用ください。',
    'お腹の出たおじさんたちが、半年で見違えるほど引き締まりました。',
    '体型をからかうような言葉はやめましょう。薄毛の方を見苦しいと言うのは差別です。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
})

describe('hostility (5(3)) — blind W13 misses: a complainant mocked with a laugh, annoyance at too many askers, absent parents shamed, women told their role', () => {
  const flagged: Array<[string, string, 'warn' | 'block']> = [
    // a complainant quoted, then asked with a laugh whether they did even the basic thing
    ['「電話が全然つながらない」とおっしゃる方、ちゃんとガイダンスどおりに番号押してます？笑', 'hostility/confrontational', 'warn'],
    ['「申請書が届かない」って言ってる人、ちゃんと切手貼って出しました？w', 'hostility/confrontational', 'warn'],
    ['「ホームページが分かりにくい」とおっしゃる方、そもそも最後まで読んでます？（笑）', 'hostility/confrontational', 'warn'],
    ['「ごみが回収されない」とお怒りの方、きちんと分別して出してますか？', 'hostility/confrontational', 'warn'],
    // annoyance at people said to be too many
    ['助成の要件をきちんと読まずにお問い合わせくださる方が多すぎて、正直うんざりしております。', 'hostility/confrontational', 'warn'],
    ['締切を過ぎてから申請に来られる方が多くて、本当にうんざりです。', 'hostility/confrontational', 'warn'],
    ['ルールを守らずにごみを出す人が後を絶たず、もううんざりしています。', 'hostility/confrontational', 'warn'],
    ['同じことを何度も聞いてくる市民ばかりで辟易しております。', 'hostility/confrontational', 'warn'],
    // parents who do not come asked whether they do not pity their child
    ['【PTA活動報告】\n今月はベルマーク集計と校内美化作業を行いました。\nご協力いただいた保護者の皆さま、ありがとうございました。\n毎回理由をつけて来ない親御さん、お子さんがかわいそうだと思いませんか？\n来月はバザーの準備を予定しています。', 'hostility/confrontational', 'warn'],
    ['行事に一度も顔を出さない保護者の方、お子さんが寂しいと思わないんですか？', 'hostility/confrontational', 'warn'],
    ['参観日にも来ないご家庭、子どもが気の毒だと感じませんか。', 'hostility/confrontational', 'warn'],
    ['送り迎えをしない親、子どもがかわいそうやと思わんと？', 'hostility/confrontational', 'warn'],
    // women told their role in life
    ['【婚活イベントのご案内】\n市内の独身男女を対象に、川下りをしながら交流するイベントを開催します。\n女性は若いうちに結婚して子どもを産むのがいちばんの地域貢献ですよ。\nお申し込みは市ホームページから。', 'hostility/confrontational', 'warn'],
    ['女は家庭に入るのが当然です。', 'hostility/confrontational', 'warn'],
    ['女性の幸せは、やっぱり結婚して子どもを産むことですよね。', 'hostility/confrontational', 'warn'],
    ['女性というものは夫を立てるのが務めです。', 'hostility/confrontational', 'warn'],
  ]
  it.each(flagged)('flags %s', (text, rule, severity) => {
    const sev = severity === 'block' ? ':block:' : ':'
    expect(summary(findingsOf(hostility, text)).some((f) => f.startsWith(`${rule}${sev}`) && (severity === 'block' || /:(?:warn|block):/.test(f)))).toBe(true)
  })
  it.each([
    // a complaint answered with help or a request
    '「電話がつながらない」とおっしゃる方、まずガイダンスで1番を押していただけますか？',
    '「申請方法がわからない」とおっしゃる方、ちゃんとご案内しますので窓口へお越しください。',
    '「電話がつながらない」という方は、ガイダンスの後に1番を押してください。',
    '「書類が届かない」とおっしゃる方、登録の住所は正しいですか？一度ご確認ください。',
    // many people, and their weariness, not ours
    '連休中は並ぶ方が多くて、うんざりされるかもしれませんが、ご理解ください。',
    '長雨にうんざりしている方が多いので、室内で遊べるイベントを用意しました。',
    'お問い合わせくださる方が多くて、お待たせしてしまい申し訳ありません。',
    '暑い日が続き、うんざりする方も多いのではないでしょうか。',
    // a child pitied for a circumstance, a voice quoted, a service offered
    '炎天下で長時間待たされるお子さんがかわいそうだと思いませんか？そこで日よけテントを設置しました。',
    '「子どもがかわいそうだと思いませんか」というご意見をいただき、開始時間を早めました。',
    'お仕事で来られない保護者の方も、お子さんの様子は動画でご覧いただけます。',
    '一人で留守番するお子さんが寂しい思いをしないよう、放課後児童クラブをご利用ください。',
    // health advice, the stereotype refuted, someone's own dream, everyone's chores
    '女性は出産後、無理をせず体を休めるのが一番です。',
    '「女性は家庭に入るのが当然」という考え方は、もう過去のものです。',
    '女性の仕事は家事だけではありません。多様な働き方を応援します。',
    '彼女は地元で結婚して子どもを産むのが夢だったそうです。',
    '男女ともに家事をするのが当たり前の時代です。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
})

describe('hostility: blind sets R156I–R159D, as kinds', () => {
  /** [text, rule, severity] — a variant of each kind, not the blind sentence. */
  const flagged: Array<[string, string, 'block' | 'warn']> = [
    // a curse in the imperative of the passive
    ['あんな連中、みんな祟られろ。', 'hostility/curse', 'block'],
    ['組織票を入れた人、全員ノロワレロ', 'hostility/curse', 'block'],
    // harm by an agent wished on someone's field or home
    ['あんたの畑なんか、イノシシに全部荒らされればいいのに。', 'hostility/curse', 'block'],
    ['文句ばかり言う人の家は、シロアリに食われたらいいのに。', 'hostility/curse', 'block'],
    // someone addressed named rubbish by what people call it
    ['お前みたいな奴を税金泥棒って言うんだよ。', 'hostility/insult', 'block'],
    ['あなたのような人を社会のゴミと呼ぶんです。', 'hostility/insult', 'block'],
    // told not to live here or to leave after a complaint made the condition
    ['ご不満なら、この町に住まなくて結構です。', 'hostility/curse', 'block'],
    ['嫌ならどうぞ出ていってください。', 'hostility/curse', 'block'],
    ['批判ばっかりするとやったら、柳川に住まんでもよかよ。', 'hostility/curse', 'block'],
    // those who cannot do even the least said to have no standing to criticise; the head told to be cleaned too
    ['ルールも守れない人に、あれこれ指図されたくないです。', 'hostility/confrontational', 'warn'],
    ['頭の中も一度大掃除されてはいかがでしょう。', 'hostility/confrontational', 'warn'],
    // someone addressed by a complaint told to learn the least first and only then come
    ['受付で「説明が分からない」と文句を言って帰られた方へ。案内の読み方を覚えてから来ていただけると助かります。', 'hostility/confrontational', 'warn'],
    // an excuse quoted and put on people, the staff used to it
    ['「聞いてない」と言う方、毎週いらっしゃるので私たちはもう聞き飽きました。', 'hostility/confrontational', 'warn'],
    // the reader's own fault said as all it would have taken
    ['申請期限は広報に載せていました。書類を確認すればよかっただけの話です。', 'hostility/confrontational', 'warn'],
    // boredom supposed with さぞ after someone's repeated act
    ['同じ主張を延々と繰り返される委員の方がいました。傍聴の皆さまも、さぞうんざりされたことでしょう。', 'hostility/confrontational', 'warn'],
    // another town said to have nothing but one thing, ours set against it
    ['隣町なんてイオンぐらいしかないし、柳川のほうが楽しいですよ😏', 'hostility/confrontational', 'warn'],
    // the reader's opinion put in a past era
    ['「女性は家庭に」とのご意見、お考えがまだ昭和で止まっていらっしゃるようですね。', 'hostility/confrontational', 'warn'],
    ['「紙の回覧板で十分」とのご意見、大変進んだお考えですね。明治の、ですが。', 'hostility/confrontational', 'warn'],
    // a group's poor result called steady; a cheer doubted in an aside
    ['南町内会さんは今年も安定のビリでした。', 'hostility/confrontational', 'warn'],
    ['来年こそ優勝を期待してます（たぶん無理）', 'hostility/confrontational', 'warn'],
    // people who left written off by a guess at their want of resolve
    ['「不便だ」と言って出ていった方もいました。結局根性が足りなかったんでしょうね。', 'hostility/confrontational', 'warn'],
    // the reader asked whether they cannot read Japanese or letters
    ['手順はすべて掲載しています。字も読めないんですか？', 'hostility/insult', 'block'],
    ['申請書の書き方はホームページに載せています。日本語がわからないのでしょうか？', 'hostility/insult', 'block'],
    // an impossible remedy asked of complainers
    ['渋滞がひどいとの苦情をいただいています。車が一台もない道路を作る方法があるなら、ぜひ教えてほしいものです。', 'hostility/confrontational', 'warn'],
    // the addressee's home said known, then a bare 念のため after a threatened step
    ['これ以上中傷を続けるなら、こちらも法的な対応を考えます。ご住所も把握しておりますので、念のため。', 'hostility/threat', 'block'],
  ]
  it.each(flagged)('flags %s', (text, rule, severity) => {
    const sev = severity === 'block' ? ':block:' : ':'
    expect(summary(findingsOf(hostility, text, reply)).some((f) => f.startsWith(`${rule}${sev}`) && (severity === 'block' || /:(?:warn|block):/.test(f)))).toBe(true)
  })
  it.each([
    '「呪われろ」という呪文が出てくる絵本の読み聞かせ会を開きます。',
    '稲がウンカにやられたら、すぐに農政課へご連絡ください。',
    'ウンカにやられたら大変なので、早めの防除をお願いします。',
    '火災報知器が鳴ったら、係員の指示に従って建物から出ていってください。',
    '市外に住まなくても、柳川には通勤で通えます。',
    '会議の途中で気分が悪くなったら、どうぞ出ていってもらって構いません。',
    '子どもに「ママ嫌い」なんて言われたくないですよね。',
    '頭の中を整理してから書くと、伝わりやすくなります。',
    '初めて来られる方へ。駐車場の場所を覚えてから来ていただけると安心です。',
    '「雪が怖い」とおっしゃる方も、すぐに慣れて楽しんでいます。',
    '私がもっと早く気づけばよかっただけの話です。申し訳ありません。',
    'もっと早く申し込めばよかった、という声を多くいただき、来年は定員を増やします。',
    '長い式典で、さぞかし退屈だったことと存じます。申し訳ありませんでした。',
    '柳川には特急が1本くらいしかないけど、のんびりした時間が流れています。',
    'お隣の大川市さんは人口が3万人ほどしかないけど、柳川と協力して観光PRを進めています。',
    '昭和の街並みを残してほしいとのご意見をいただきました。',
    '職員チームは今年も安定の最下位でした😂 来年こそは頑張りましょう（無理かな？）',
    '安定の美味しさで、今年もうなぎが大人気です。',
    '私たちの準備が足りなかったのでしょう。次回は改善します。',
    'お子さんが日本語が読めないのでしょうか？その場合は通訳をご用意します。',
    '外国人の方は日本語が読めないのでしょうか？いいえ、多くの方が読めます。',
    'ご意見をいただきました。よりよい方法があれば、ぜひ教えていただけますと幸いです。',
    '節約の裏技があれば、ぜひ教えていただきたいものです！コメント欄で募集中。',
    'ご住所は把握しておりますので、念のため通知書を再送いたします。',
    // sayings as long as a sentence, pointed back at as words in an awareness post (words.ts quotesAloneInAwarePost)
    '【DV防止】\n\n「誰のおかげで生活できてると思ってるんだ」「お前は何をやってもダメだ」。\n\nこのような言葉で相手を支配することも、DVにあたります。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text, reply)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
  it.each([
    // …not when the text after makes them the writer's own
    '「お前みたいな奴は生まれてこなければよかった」。\n\nこうした言葉を、あの人に言ってやりたいです。',
    '「お前なんか生まれてこなければよかった」。\n\nこうした言葉がぴったりの人がいます。',
  ])('still blocks %s', (text) => {
    expect(summary(findingsOf(hostility, text, reply)).some((s) => s.includes(':block:'))).toBe(true)
  })
})

describe('hostility: blind sets R161A and TV, as kinds', () => {
  /** [text, rule, severity] — a variant of each kind, not the blind sentence. */
  const flagged: Array<[string, string, 'block' | 'warn']> = [
    // a stance or complaint mock-praised as on top form again (R161A-025)
    ['@sora_77 ご高説、相変わらず冴えてますね👏', 'hostility/confrontational', 'warn'],
    ['根性論者の皆さん、本日も絶好調ですね', 'hostility/confrontational', 'warn'],
    ['毎朝のクレーム、今日も全開ですな', 'hostility/confrontational', 'warn'],
    ['財政破綻論、今回も炸裂してますね（笑）', 'hostility/confrontational', 'warn'],
  ]
  it.each(flagged)('flags %s', (text, rule, severity) => {
    const sev = severity === 'block' ? ':block:' : ':'
    expect(summary(findingsOf(hostility, text, reply)).some((f) => f.startsWith(`${rule}${sev}`) && (severity === 'block' || /:(?:warn|block):/.test(f)))).toBe(true)
  })
  it.each([
    '@haru_mama 息子さんのピッチング、今日も絶好調ですね👏',
    'ワークショップの議論、今日も絶好調ですね！',
    '文句なしの晴天、今日も絶好調ですね☀',
    '川下りの予約、今年も好調です！',
    '市民の皆さんの防災意識、相変わらず健在ですね。',
    // quoted abuse introduced as examples someone gave, in a post about words (words.ts quotesAloneInAwarePost; TV-087)
    'ネットの書き込みについての研修で、講師が次のような言葉を紹介していました。\n\n「ウ〇い」「バ○すぎ」\n\n伏せ字にしても、言葉の重さは変わりません。',
    '【SNS講座のふりかえり】\n\n悪口の例として挙げられたのは、こんな言葉でした。\n\n「キモい」「バカじゃないの」\n\n冗談のつもりでも、受け取る側の気持ちを考えましょう。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text, reply)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
  it.each([
    // …not when they are aimed at someone after all, or the lead does not present examples
    'SNS講座で講師がこんな例を挙げていました。\n\n「バ○じゃないの」\n\nまさにあなたのことですね。',
    '例年こんな人がいます。\n\n「バ○じゃないの」\n\nSNSでも同じです。',
  ])('still flags %s', (text) => {
    expect(summary(findingsOf(hostility, text, reply)).some((s) => /:(?:warn|block):/.test(s))).toBe(true)
  })
})

describe('hostility: blind sets R162I–R166I, as kinds', () => {
  /** [text, rule, severity] — a variant of each kind, not the blind sentence. */
  const flagged: Array<[string, string, 'block' | 'warn']> = [
    // クソ as a prefix to a word naming a person (R162I-011)
    ['@abc あんたみたいなクソ客は二度と来んでいい', 'hostility/insult', 'block'],
    ['毎回文句ばかりのｸｿ役人にはうんざり', 'hostility/insult', 'block'],
    // a death or vanishing wished as a suggestion in the ば-form (R164D-071)
    ['@abc そんなに嫌なら死ねば？', 'hostility/curse', 'block'],
    ['@abc 文句ばっかりなら消えれば？', 'hostility/curse', 'block'],
    // a lifelong misfortune wished on someone (R165I-014)
    ['割り込んできた車の人、一生迷っとけ', 'hostility/curse', 'block'],
    ['ポイ捨てした人、一生後悔してください', 'hostility/curse', 'block'],
    // the addressee's face set below a thing (R165I-042)
    ['@abc あなたの顔よりはずっとマシです', 'hostility/insult', 'block'],
    // people said to be out of their mind (R165I-058)
    ['予約もせんで来る人がどうかしてると思う', 'hostility/confrontational', 'warn'],
    // another town's turnout put at a fraction of ours with a smirk (R165I-088)
    ['お隣の大川市さんの花火大会、見物客は柳川の3分の1もいなかったそうです（笑）', 'hostility/confrontational', 'warn'],
    // a critic called idle as the condition for a suggestion (R165I-098)
    ['毎日苦情の電話をくださる方、そげん暇なら手伝いに来んね', 'hostility/confrontational', 'warn'],
    // a wrong done called a favour and thanked (R166I-068)
    ['ごみを置き去りにしてくださった方々、おかげさまで片付けが大変でした。ありがとうございました', 'hostility/confrontational', 'warn'],
    // the head said to hold something other than brains (R166I-087)
    ['落書きする連中は脳みそ入ってますか？', 'hostility/insult', 'block'],
    ['ポイ捨てする人は、脳みその代わりにおがくずでも入っとるとやろか', 'hostility/insult', 'block'],
    // someone's way of life doubted (R165I-013)
    ['いつもの常連のおじさんたち、人生それで楽しいんかな', 'hostility/confrontational', 'warn'],
    // someone addressed told straight out they are a nuisance (R163A-003)
    ['@abc 何度も同じ電話してこられて、ほんと迷惑です', 'hostility/insult', 'block'],
    // the home of those who litter imagined spotless in sarcasm (R163A-148)
    ['たばこを投げ捨てていく人たちは、ご自宅もさぞかしきれいにされているのでしょうね', 'hostility/confrontational', 'warn'],
    // くらす (殴る) after a condition and an intensifier, or after people named (R163A-127, R165I-066)
    ['騒いどった連中、今度見かけたらマジでくらすけんな', 'hostility/threat', 'block'],
    ['悪口ば書きよったら、本気でくらすばい', 'hostility/threat', 'block'],
    // told to do an absurd thing themself first, then "try saying it" (R164D-003)
    ['ご不満とのこと、ご自身でバスを運行してから言ってみたらどうですか', 'hostility/confrontational', 'warn'],
  ]
  it.each(flagged)('flags %s', (text, rule, severity) => {
    const sev = severity === 'block' ? ':block:' : ':'
    expect(summary(findingsOf(hostility, text, reply)).some((f) => f.startsWith(`${rule}${sev}`) && (severity === 'block' || /:(?:warn|block):/.test(f)))).toBe(true)
  })
  it.each([
    'やけくそになって走りました',
    'へたくそな絵ですが見てください',
    '鼻くそをほじるのはやめましょう',
    '定年したら本気で柳川でくらすけんね',
    '退職したら、ほんとに田舎でくらすけん',
    '勉強しねば、合格できんよ',
    '火が消えれば安心です',
    '一生懸命がんばってください',
    '一生大切にしてください',
    '一生迷わないように、地図を持って行ってください',
    '君の顔より大きいかぼちゃが採れました',
    'どうかしましたか？お困りの方は窓口へ',
    '私、今日どうかしてるかもしれません',
    'お隣の大川市さんの人口はうちの半分ほどです',
    'お隣の大川市さんと合同開催、参加者はうちの半分もいませんでしたが、一緒に盛り上がりました',
    '夏休みでお暇なら、図書館のイベントにぜひ',
    'ごみを持ち帰ってくださった方々、ありがとうございました',
    '放置竹林を整備してくださった皆さん、ありがとうございました',
    'カニ味噌の代わりに白子を使ったレシピです',
    '私の人生これでいいのかな、と悩んだら相談窓口へ',
    '駐車は近所の方に迷惑なので、ご遠慮ください',
    'まず見学してから参加を決めてみてはいかがでしょう',
    // a run reported by the one who ran, thanked for the cheers (R165I-054)
    'ゆるキャラ駅伝、くにおくんは安定のビリでした🐢 でもみんなの応援のおかげで最後まで走れたよ！',
    // sentence-long sayings introduced as words received and named as examples (words.ts isMention; R162I-073)
    '窓口で実際に受けた言葉には「お前じゃ話にならん、上を出せ」「税金で食わせてやってるんだぞ」などの暴言もありました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text, reply)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
  it.each([
    // …not a put-down of another team, not a long saying taken as the writer's own
    '西地区チームは今年も安定の最下位でした',
    '「お前じゃ話にならん、上を出せ」といった態度の方にはお帰りいただきます',
  ])('still flags %s', (text) => {
    expect(summary(findingsOf(hostility, text, reply)).some((s) => /:(?:warn|block):/.test(s))).toBe(true)
  })
})

describe('hostility: a curse addressed to a thing, not a person (review)', () => {
  const atThing = (text: string) => summary(findingsOf(hostility, text)).filter((s) => !s.includes(':info:'))
  // A wish that a thing go away, by a vocative, the thing right after the curse or as the topic: no hostility.
  it.each([
    '長雨よ、さっさと消えてくれ〜',
    '花粉め、早く消えろ！今日も飛散量は多めです。',
    '消えろ、インフル！うがい・手洗いをお忘れなく。',
    '去れ、猛暑！水分補給を忘れずに',
    '湿気なんか消えてしまえ〜',
    '月曜日よ、どっか行け',
    'ストレスよ、消えてほしい',
    '台風よ、吹き飛べ',
    '花粉なんかなくなれ！',
    'この痛み、早く消えてくれませんかね',
  ])('passes %s', (text) => {
    expect(atThing(text)).toEqual([])
  })
  // 死ね / くたばれ at a thing: crude on an official account, a warning only.
  it.each([
    ['くたばれ猛暑！熱中症に気をつけて', 'くたばれ'],
    ['カビめ、くたばれ！梅雨のお掃除講座です', 'くたばれ'],
    ['死ね、花粉症！', '死ね'],
  ])('warns %s', (text, excerpt) => {
    expect(atThing(text)).toEqual([`hostility/crude:warn:${excerpt}`])
  })
  // Hard negatives: a person addressed or named, or a thing that calls a person names.
  it.each([
    'くたばれ、窓口のあの職員。',
    '消えろ、クレーマーども！',
    'あんたなんか消えろ',
    '役所の連中、みんなくたばれ',
    '△△議員よ、早く消えてくれ',
    '花粉みたいにしつこい係長、消えてくれ',
    '台風の被害を笑う人、消えろ',
    '花粉なんかより課長が消えろ',
    '消えろ、暑苦しい課長',
    'このゴミめ、消えろ',
    '負け犬め、消えろ',
    'おまえの仕事なんか消えろ',
  ])('still blocks %s', (text) => {
    expect(summary(findingsOf(hostility, text)).some((s) => s.startsWith('hostility/') && s.includes(':block:'))).toBe(true)
  })
})

describe('hostility: a pest itself addressed in a post about it is no insult (review, stop 42)', () => {
  // Kind: a vermin word as a vocative (害虫め、, ゴキブリめ、) in a paragraph about the creature's control, damage or season, no person
  // in the sentence: the insect is meant. The same word said of people (社会の害虫, a person named beside it) stays an insult.
  const hard = (text: string) => summary(findingsOf(hostility, text)).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each([
    '害虫め、今年も来たな！家庭菜園の害虫対策講座を開きます。',
    'ゴキブリめ、出ていけ！駆除の方法を紹介します。',
    'ダニめ、布団を干して退治するぞ。梅雨の季節の防虫のコツです。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
  it.each([
    'あの職員、害虫め、駆除してやりたい',
    '住民のふりした害虫め、対策を考えろ',
    '害虫め！',
    'クレーマーども、社会の害虫め。',
  ])('flags %s', (text) => {
    expect(hard(text).some((s) => s.startsWith('hostility/insult:block'))).toBe(true)
  })
})

describe('hostility: blind sets R168A/R169D/TX, as kinds (stop 43)', () => {
  const hard = (text: string, ctx: CheckContext = {}) => summary(findingsOf(hostility, text, ctx)).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  // [text, rule:severity prefix]
  it.each([
    // the reader asked whether their eyes, ears or brains are there, in any question ending (R168A-006, R169D-073)
    ['@abc 掲示板見てから言ってください。目ついとるんか？', 'hostility/insult:block'],
    ['何回同じことを聞くんですか。耳ちゃんとついてます？', 'hostility/insult:block'],
    ['毎回同じ苦情を書き込む方、頭ちゃんと入ってますか笑', 'hostility/insult:block'],
    ['ご自分の目、ちゃんとついていらっしゃいますか？', 'hostility/insult:block'],
    ['路上駐車する人って、脳みそきちんと詰まってるの？', 'hostility/insult:block'],
    // harm wished on someone in the prayer form 〜ますように (R168A-146)
    ['ベンチを壊した犯人、罰が当たりますように。', 'hostility/curse:block'],
    ['花壇の花を盗んでいった人、痛い目に遭いますように', 'hostility/curse:block'],
    ['自転車を盗んだ人に天罰が下りますように🙏', 'hostility/curse:block'],
    // a critic asked in mock politeness whether they knew a plain fact, with かね or an eye-roll (R169D-093)
    ['「雨で濡れた」とご意見をいただいた方、屋外イベントだとご存じでしたかね。', 'hostility/confrontational:warn'],
    ['海が遠いと苦情をくださった方、柳川に海水浴場がないのは知ってましたか🙄', 'hostility/confrontational:warn'],
    ['文句を言われた方、冬は寒いってお分かりでしたかね？', 'hostility/confrontational:warn'],
    // told to read again or slowly after being told it is written in large or plain letters (R169D-113)
    ['@abc チラシにはっきり書いとるけん、もう一回よう読んでみて。', 'hostility/confrontational:warn'],
    ['分かりにくいとのご意見ですが、表紙に太字で記載しておりますので、今一度ゆっくりお読みください。', 'hostility/confrontational:warn'],
    // people named by what they did praised in irony with a bare 〜ことで (R169D-119)
    ['列に割り込んでくる方々、ずいぶんお急ぎなことで。', 'hostility/confrontational:warn'],
    ['歩道に自転車を停めていく学生さんたち、毎年お元気なことで🙄', 'hostility/confrontational:warn'],
    ['会場でずっと大声で話していた方、本当にお上品なことで。', 'hostility/confrontational:warn'],
  ])('flags %s', (text, prefix) => {
    expect(hard(text).some((s) => s.startsWith(prefix))).toBe(true)
  })
  it.each([
    // not a compound of 目, not a thing's eye, not the writer's own, not memorised
    '書類に折り目がついていませんか？',
    'ポイ捨てが目についていませんか？',
    '見た目ついてますか？',
    'だるま、目入ってますか？',
    'ぬいぐるみの目がついていない商品はありませんか？',
    '見落としてました。私、目ついてないんですかね笑',
    'この説明、頭に入ってますか？',
    // a good wish, a thing or a demon wished gone
    '交通事故に遭いませんように。',
    '皆さまが健康に過ごせますように。',
    '節分です！鬼が滅びますように👹',
    'コロナが滅びますように。',
    // trivia asked of everyone, with or without かね
    '柳川のうなぎ、発祥が江戸時代ってご存じでしたか？実は…',
    '川下りのどんこ舟、何人乗りかご存じでしたかね？',
    '「暑い」とのご意見、ありがとうございます。熱中症予防の水をご存じでしたか？会場で配っています。',
    // a notice's "read carefully", large print offered
    '申込書の裏面に大きく注意事項を書いてありますので、必ずよくお読みください。',
    '広報の大きな字版は大きな字で書いてありますので、ゆっくりお読みいただけます。',
    // praise with no fault named, not a bare ことで
    'ご夫婦、いつまでも仲のよろしいことで😊',
    '本日はお日柄もよろしいことで。',
    '新入生の皆さん、お元気なことで何よりです。',
    '参加してくださった方々、本当に熱心なことですね。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
  // A paragraph of sayings only, in a post whose other paragraph names such words as a harm (TX-025): examples, info.
  it.each([
    '【それもモラハラです】\n\n「誰が食わせてやってると思ってるんだ」「お前に何ができる」\n\n相手を見下す言葉で追い詰めることも、心理的な虐待にあたります。\n相談窓口：0944-00-0000',
    '「お前なんかいなくてもいい」\n\nこうした一言が、子どもの心を深く傷つけます。児童相談所にご相談ください。',
  ])('a mention %s', (text) => {
    expect(hard(text)).toEqual([])
    expect(summary(findingsOf(hostility, text)).some((s) => s.includes(':info:'))).toBe(true)
  })
  // …not when no paragraph names a harm, or one takes the sayings up or aims them.
  it.each([
    '毎日電話してくる方へ。\n\n「お前は何もできない」「二度と来るな」',
    '「お前は何もできない」「二度と来るな」\n\nこの言葉を、窓口で騒いだあなたに贈ります。暴力はやめてください。',
  ])('still blocks %s', (text) => {
    expect(hard(text).some((s) => s.includes(':block:'))).toBe(true)
  })
})

describe('hostility: blind sets R171I/R172A, as kinds (stop 44)', () => {
  const hard = (text: string, ctx: CheckContext = {}) => summary(findingsOf(hostility, text, ctx)).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  // [text, rule:severity prefix]
  it.each([
    // someone else said far more grown-up or better behaved than people named by a fault (R171I-009)
    ['列に割り込んでくる大人より、小学生のほうがずっと行儀がよかったです。', 'hostility/confrontational:warn'],
    ['ゴミを放置していく人たち、幼稚園児のほうがよっぽどマナーを守れていますよ。', 'hostility/confrontational:warn'],
    ['受付で大声を出していた男性、隣にいたお子さんのほうがよほど大人でした。', 'hostility/confrontational:warn'],
    // people named by what they cannot do even so much as, mock-praised (R171I-089)
    ['さすが、ルールも守れない方は違いますね。', 'hostility/confrontational:warn'],
    ['案内も読めない人は、考えることが一味違いますね。', 'hostility/confrontational:warn'],
    ['@abc 駐車場の場所も調べられん人は、言うことがちゃうね👏', 'hostility/confrontational:warn'],
    // retribution predicted with dialect の for が, or with a complaint as its condition (R171I-145)
    ['悪口ばかり言うとったら、いまにバチの当たるよ。', 'hostility/curse:block'],
    ['文句ばかり言っていると、そのうちバチが当たりますよ。', 'hostility/curse:block'],
    ['@abc そげん苦情ばっかり言いよったら罰の当たるけんね。大雨で流されんごと気をつけて。', 'hostility/curse:block'],
    // a misuse thanked with くださる, a loss told after おかげで or a plain wrong (R172A-054)
    ['窓口を託児所代わりに使ってくださる皆さま、ありがとうございます。おかげさまで職員は休めません。', 'hostility/confrontational:warn'],
    ['無断で駐車場を使ってくださる方々、いつもありがとうございます。', 'hostility/confrontational:warn'],
    ['深夜に救急車を呼んでくださる皆さま、ありがとうございます。おかげで本当に必要な方のところに駆けつけられません。', 'hostility/confrontational:warn'],
    // someone addressed told flatly they are a nuisance, in a sentence of its own (R172A-009)
    ['あなたの態度はどうかと思います。迷惑です。', 'hostility/insult:block'],
    ['@abc 毎日同じ電話をかけてこられて、こちらも困っています。迷惑なんですよ。', 'hostility/insult:block'],
    // told in a request never to come again, to someone addressed or at fault (R172A-009)
    ['@abc 何度目ですか。もう二度と来ないでください。', 'hostility/curse:block'],
    ['苦情ばかりのあなた、もう来ないでほしい。', 'hostility/curse:block'],
    ['窓口で怒鳴る方は、もう顔を出さないでください。', 'hostility/curse:block'],
  ])('flags %s', (text, prefix) => {
    expect(hard(text).some((s) => s.startsWith(prefix))).toBe(true)
  })
  it.each([
    // a year compared, children praised with no fault named
    '今年の花火大会は、今年のほうがずっときちんとしていました。ポイ捨ても減りました。',
    '昨年はポイ捨てが目立ちましたが、今年の参加者のほうがずっとマナーが良かったです。',
    '思っていたより、子どもたちのほうがずっとしっかりしていました。',
    '式典では、大人より子どもたちのほうがよっぽど落ち着いていました。',
    // an expert praised, a failing told with no praise, a beginner's success
    'さすが、地元の方は言うことが違いますね。',
    'さすが、80年続く老舗の職人さんは言うことが違います。',
    'スマホも使えない人でも、簡単に申請できます。',
    '日本語も読めない方は、手続きの方法が違いますので窓口へ。',
    'パソコンもできない人が、今では講師に。大したものです。',
    // a saying reported, nature's revenge told
    '食べ物を粗末にすると罰が当たると、祖母によく言われました。',
    '食べ物ば粗末にしたら罰の当たるよ、と昔からよう言われよりました。',
    'わがまま言うとったらバチの当たるばい、と祖母が笑っていました。',
    '自然を大切にしない人には、いつか罰が当たる。豪雨や洪水はその警告です。',
    // sincere thanks
    'コミュニティバスをマイカー代わりに使ってくださる皆さま、いつもありがとうございます。',
    '乗り合いタクシーを足代わりに使ってくださる皆さま、ありがとうございます。おかげさまで利用者が1万人を超えました。',
    '深夜にもかかわらず駆けつけてくださった皆さま、ありがとうございました。',
    '深夜にもかかわらず対応してくださった皆さま、ありがとうございました。おかげさまで大変助かりました。',
    'ご協力いただいた皆さま、ありがとうございます。おかげさまで、けが人はいませんでした。',
    // our own apology, a nuisance named in a sentence, a feeling reported
    'ご迷惑をおかけしました。あなたのご指摘のとおりです。',
    'あなたの車の路上駐車は、近隣の迷惑です。',
    'あなたのお気持ちは分かります。迷惑だと感じる方もいます。',
    // a safety notice, a visit no longer needed, a good wish
    '台風が近づいています。もう海には来ないでください。',
    'オンライン申請が始まりました。もう窓口には来なくても大丈夫です。',
    '体調の悪い方は、もう会場には来ないでください。',
    'もう二度とこのような事故が起きないでほしい。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

describe('hostility: no need to come once the business is done (review of stop 43)', () => {
  it.each(['あなたの書類は受理しました。もう来なくていいですよ。', '手続きは完了しています。もう窓口に来なくて大丈夫です。'])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each(['あなたの苦情は聞きました。もう来なくていいです。'])('still blocks %s', (text) => {
    expect(findingsOf(hostility, text).some((f) => f.severity === 'block')).toBe(true)
  })
})

describe('hostility: blind sets R174I–R178A and TZ, as kinds (stop 45)', () => {
  const hard = (text: string, ctx: CheckContext = {}) => summary(findingsOf(hostility, text, ctx)).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  // [text, rule:severity prefix]
  it.each([
    // the reader's failure to understand presumed as the reason, after a repeat or sent to do it themself (R174I-003)
    ['申請期限は先月から二度お伝えしていますが、お分かりにならないようですので、要項をご自分で読み直してください。', 'hostility/confrontational:warn'],
    ['何回も書いたけど、分かってないみたいだから、もう一度だけ書いとくね。', 'hostility/confrontational:warn'],
    // the reader's literacy made the condition for no confusion (R174I-012)
    ['案内板は入口に掲示しています。字が読める方なら迷うような表ではないと思いますが。', 'hostility/confrontational:warn'],
    // endurance asked with 少しは (R174I-031, R178A-035)
    ['朝の鐘がうるさいとのお電話ですが、少しはご辛抱いただけないものでしょうか。', 'hostility/confrontational:warn'],
    ['毎週苦情をいただく件ですね。少しは我慢してもらえると、こちらもありがたいんですが。', 'hostility/confrontational:warn'],
    // a habitual critic mock-praised (R174I-043)
    ['いつも細かくダメ出しをくださる方は、やはり目の付け所が違いますね。', 'hostility/confrontational:warn'],
    // how many times before the reader reads, and the reader ranked below a child (R178A-010)
    ['回覧板、何度回せば見てもらえるんでしょうかね。', 'hostility/confrontational:warn'],
    ['ポスターも貼ってあります。幼稚園児でもわかると思うんだけど。', 'hostility/confrontational:warn'],
    // the same question asked again, the reader's literacy as a condition, in dialect (R177I-004)
    ['何回同じ質問ばされるとですか？', 'hostility/confrontational:warn'],
    ['文字すら読めないようでしたら、どなたかに読んでもらってください。', 'hostility/confrontational:warn'],
    // a critic said to lack the sense and something splashed at them, in character speech (R177I-012)
    ['@tanuki_77 ぼくの帽子をダサいって言った子には、泥水ぶっかけちゃうぞ💢', 'hostility/threat:block'],
    ['ゆるキャラが地味って書いた人、センスないですね〜', 'hostility/confrontational:warn'],
    // people who cannot do even the least given mock respect, a decent opinion wished for (R175A-021)
    ['駐車ひとつまともにできないと嘆かれる皆さまには、本当に感服いたします。', 'hostility/confrontational:warn'],
    ['もう少しマシなコメントをいただけると助かるのですが。', 'hostility/confrontational:warn'],
  ])('flags %s', (text, prefix) => {
    expect(hard(text).some((s) => s.startsWith(prefix))).toBe(true)
  })
  it.each([
    // the city's own fault, a public's awareness reported
    '制度の変更がまだ十分にご理解いただけていないようですので、来月から説明会を開きます。',
    '何度もお問い合わせいただいていますが、案内が分かりにくくご理解いただけないようですので、図を付けて改めてご説明します。',
    // a plain route, care offered, a short wait, a child taught
    '駅から一本道なので、初めての方でも迷うような道ではありません。',
    '少しは休んでいただけると、こちらも安心です。',
    '工事中はご迷惑をおかけします。少しの間ご辛抱いただけますと幸いです。',
    '子どもにも少しは我慢することを教えてあげてください。',
    // a helper praised, thanks
    'さすが、毎年お祭りを支えてくださる方は、段取りが違いますね。',
    '毎回ご意見をくださる方には、いつも感謝しています。',
    // a plan to find out, reassurance to ask again, a guide made for children
    '子どもたちに何回読み聞かせをすれば覚えてもらえるのか、先生方と工夫しています。',
    '何度同じことを聞いても大丈夫です。お気軽にどうぞ。',
    '子どもでも分かるように、やさしく書いたと思うんですけど、どうでしょう。',
    // small print, a language
    '文字が読めないようでしたら、音声版もございます。',
    '小さな字が読めないようでしたら、拡大版をお送りします。',
    // food, the writer's own want of sense, an invitation
    '夏はそうめんにめんつゆをぶっかけてやるモン😋',
    '私、絵のセンスがないもんで、いつも妻に頼んでいます。',
    'センスがなくても大丈夫！初心者歓迎です。',
    // helpers of people who cannot, praised
    '一人では何もできない方の生活を支えるヘルパーの皆さんには頭が下がります。',
    // our own wish for a better plan
    '私たちももう少しましな案を出せるよう努めます。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

describe('hostility: a word inside a work title named as a book, film or song is no insult (blind TZ-075)', () => {
  const hard = (text: string) => summary(findingsOf(hostility, text)).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each([
    '市民文庫の新着コーナーに、『アホでも分かる家計簿入門』（柳川書房、2019年）が入りました。',
    '公民館で映画『バカ息子の夏休み』を上映します。入場無料です。',
    '今月の読み聞かせは、絵本『おばかな王さまとクズかご』です。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
  it.each([
    'あの担当者はまさに『バカの見本』です。',
    '@abc あなたは『バカ』です。',
    'そんな意見を書く人は『無能』そのものですね。',
  ])('still blocks %s', (text) => {
    expect(findingsOf(hostility, text).some((f) => f.severity === 'block')).toBe(true)
  })
})

describe('hostility: blind sets R179I–R181D, as kinds (stop 44)', () => {
  const hard = (text: string, ctx: CheckContext = {}) => summary(findingsOf(hostility, text, ctx)).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each([
    // told to read first and only then get in touch, after a repeat or with the answer out already (R180A-006)
    ['このご質問は今週二回目ですね。申込方法は広報紙に載っていますので、まずはそれを読んでからお電話いただけますか。', 'hostility/confrontational:warn'],
    ['何度もお尋ねいただいていますが、一度ご案内のページをご覧になってからご連絡いただけますでしょうか。', 'hostility/confrontational:warn'],
    // the answer said to be put out already before the reader is told to look first (R181D-003)
    ['開館時間は半年前からサイトに出しております。コメントされる前に一度くらいはご確認いただけると助かります。', 'hostility/confrontational:warn'],
    // a critic mocked for anonymity, told what they cannot say with their face shown should not be written (R180A-025)
    ['ネットだとずいぶん威勢がよろしいんですね。', 'hostility/confrontational:warn'],
    ['名前を出して言えないようなご意見なら、書き込まなければいいのにと思います。', 'hostility/confrontational:warn'],
    // litter left behind thanked as a favour (R181D-018)
    ['夏祭りのあと、公園に空き缶をたくさん置いていってくださった皆さん、どうもありがとうございました😊', 'hostility/confrontational:warn'],
    // adults named by a fault asked whether they are grown-ups, set below children (R181D-050)
    ['順番を守らずに割り込んでくる大人の方々、あれで本当に社会人なんですかね。', 'hostility/confrontational:warn'],
    ['係員の指示に従わない見物客の皆さん、園児たちのほうがずっとルールを守れていますよ。', 'hostility/confrontational:warn'],
    // a colleague or a superior despised in a grumble (R179I-007)
    ['今日も課長は会議で寝てた。人には細かいことばかり言うくせに。', 'hostility/confrontational:warn'],
    ['あんな人が管理職でいる限り、うちの係はずっとこのままだと思う', 'hostility/confrontational:warn'],
    // さすが … ですね after an eye-roll at a misdeed (R179I-035)
    ['資源ごみの日に粗大ごみを出される方が今朝もいました😒 さすが歴史と伝統のまちですね👏', 'hostility/confrontational:warn'],
  ])('flags %s', (text, prefix) => {
    expect(hard(text).some((s) => s.startsWith(prefix))).toBe(true)
  })
  it.each([
    // a notice's order of steps, a first question answered
    'ご不明な点は、まずはよくある質問をご確認いただいてから、窓口へご連絡ください。',
    'お問い合わせありがとうございます。まずは申込書をご覧になってから、ご連絡いただけますか。書き方はお電話でもご案内します。',
    // a notice put up and our own check, literacy advice
    '新しい時刻表を駅の掲示板に貼り出しております。お出かけ前にご確認ください。',
    'SNSに書き込む前に、一度くらいは内容を読み返してみましょう。',
    // an awareness post about anonymity, the rule of thumb for posting
    '匿名だと強気になってしまう人もいます。書き込む前に、相手の顔を思い浮かべてみましょう。',
    '顔を出して言えないようなことは、ネットにも書かないようにしましょう。',
    // rubbish put where it belongs or taken home, a gift left
    '会場のごみをきちんと分別して置いていってくださった皆さま、ありがとうございました。',
    'ごみを持ち帰ってくださった皆さま、ご協力ありがとうございました😊',
    'お花を置いていってくださった方、ありがとうございました。',
    // children praised with no fault, a parents' class
    '本当に大人なのでしょうか、と悩む新成人向けの講座を開きます。',
    '子どもたちのほうがずっとルールをよく分かっていて、毎年感心させられます。',
    // a superior's habit or taste, not scorned
    '課長の口ぐせは「まず現場へ」です。',
    '係長おすすめのうなぎせいろ、一度食べたらくせになる味です。',
    // plain pride with no eye-roll
    'さすが水と文化の町・柳川ですね👏 今年も川下りが大盛況です！',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

describe('hostility: 〜くせに of the writer themself is self-deprecation, not a jab', () => {
  it.each<[string, string]>([
    ['新人のくせに生意気なことを言わないでください。', 'hostility/confrontational:warn:のくせに'],
    ['係長。自分は定時ちょうどに帰るくせに。', 'hostility/confrontational:warn:くせに'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(hostility, text))).toContain(expected)
  })
  it.each([
    '私は新人のくせに、先輩方にたくさん助けていただきました。',
    '僕なんか素人のくせに、偉そうに語ってしまいました。',
    '自分は運動音痴のくせに、リレーに出てしまいました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(hostility, text)).filter((s) => s.includes('くせに'))).toEqual([])
  })
})

describe('hostility: blind R183I-034, litter thanked as a favour with no people named, and a nuisance\'s neighbours supposed delighted with さぞ', () => {
  const hard = (text: string) => summary(findingsOf(hostility, text)).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each([
    // the thanks follow the favour itself (…てくださり、ありがとう), no people named after it
    ['河原にペットボトルまで捨てていってくださり、誠にありがとうございました。', 'hostility/confrontational:warn'],
    ['駐車場に吸い殻を残していっていただき、本当に感謝しております。', 'hostility/confrontational:warn'],
    // the neighbours of a noise, a party or rubbish supposed pleased with さぞ
    ['夜中までカラオケで盛り上がっていた皆さん、隣近所の方々もさぞお喜びだったことでしょう。', 'hostility/confrontational:warn'],
    ['広場で大声を出していたグループの皆さま、周辺の住民の皆様もさぞかし楽しまれたでしょうね。', 'hostility/confrontational:warn'],
  ])('flags %s', (text, expected) => {
    expect(hard(text).some((s) => s.startsWith(expected))).toBe(true)
  })
  it.each([
    // hard negatives: rubbish picked up or sorted, a gift left, real joy at good news, volunteers who cleaned up, the writer's apology
    '朝早くから海岸のゴミを拾ってくださり、本当にありがとうございました。',
    '空き缶を分別して回収箱に入れていってくださり、ありがとうございました。',
    '読み終えた雑誌を置いていってくださり、ありがとうございました。待合室で使わせていただきます。',
    '通学路の歩道が広くなりました。ご近所の方々もさぞお喜びのことでしょう。',
    '花火大会の翌朝、ボランティアの皆さんが河川敷のゴミを片付けてくださいました。周辺の皆さまもさぞ喜ばれたことでしょう。',
    '工事の騒音でご迷惑をおかけしました。近隣の皆さまもさぞお喜びのことと存じます、本日で工事は完了です。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

describe('hostility: blind R184I–R188A, as kinds (stop 46)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string]>([
    // the reader guessed in polite sarcasm not to have read what was published
    ['詳細は市ホームページに掲載しておりますが、まだお読みになっていないようですね。', 'hostility/confrontational:warn:まだお読みになっていないようですね'],
    ['申込方法は回覧板でもお知らせしておりますが、お忙しくてご覧になっていないのかもしれませんね。', 'hostility/confrontational:warn:ご覧になっていないのかもしれませんね'],
    // the asker talked down to after repeated questions
    ['何度も同じご質問をいただいていますので、もう一度ゆっくりご説明しますね。', 'hostility/confrontational:warn:もう一度ゆっくりご説明します'],
    ['再三お問い合わせいただいておりますので、かみくだいてご説明いたします。', 'hostility/confrontational:warn:かみくだいてご説明いたします'],
    // a grumble at people named by what they do, closing on 勘弁してほしい
    ['毎朝開店前から並んで「まだ開かないの？」って文句を言うお客さん、正直勘弁してほしいです。', 'hostility/confrontational:warn:勘弁してほしいです'],
    // a harm offered as a favour with 〜ておく (block)
    ['ごみの日を守らない人は、ぼくが掘割に沈めておいてあげるね💕', 'hostility/threat:block:沈めておいてあげるね'],
    ['悪口を書く人は、どんこが川にしずめといてあげるね〜', 'hostility/threat:block:しずめといてあげるね'],
    // mock admiration for a careless act
    ['予約もせずに来られる皆さま、その度胸には感心します。', 'hostility/confrontational:warn:その度胸には感心し'],
    ['確認せずにお越しになる方々、ほんと勇者ですね。', 'hostility/confrontational:warn:勇者ですね'],
    // a grown-up scolded as one, the least effort asked with くらいの…は
    ['並んでいる列に割り込むのはやめていただけないでしょうか。子どもじゃないんですから。', 'hostility/confrontational:warn:子どもじゃないんですから'],
    ['ごみは持ち帰ってください。もう大人なんですから。', 'hostility/confrontational:warn:もう大人なんですから'],
    ['そのくらいの配慮はしていただきたいものです。', 'hostility/confrontational:warn:くらいの配慮はしていただきたいものです'],
    // pressure said not to hasten the outcome, told to think first and only then call
    ['窓口で騒がれても、すぐには直りません。', 'hostility/confrontational:warn:騒がれても、すぐには直りません'],
    ['少しは周りのことを考えてからお電話ください。', 'hostility/confrontational:warn:少しは周りのことを考えてからお電話ください'],
    // asked whether they read it properly after a count of times told
    ['これで4回目のお知らせです。ちゃんと読んでもらえましたか？', 'hostility/confrontational:warn:ちゃんと読んでもらえましたか'],
    // found with a little looking, people who come without reading said never to stop coming
    ['手続きの流れは、少し調べればすぐに分かることなので、来る前にご確認いただけると助かります。', 'hostility/confrontational:warn:少し調べればすぐに分かることなので'],
    ['案内を読まずにお電話される方が後を絶ちません。', 'hostility/confrontational:warn:読まずにお電話される方が後を絶ち'],
  ])('flags %s', (text, expected) => {
    expect(hard(text, 'reply')).toContain(expected)
  })
  it.each([
    // hard negatives: real admiration, a clarifying re-explanation, easy Japanese, a safety notice, an adult fare, a thing sunk, a title
    'ボランティアの皆さんの頑張りには頭が下がります。',
    '毎日休まずに来てくださるボランティアの皆さん、その根気には頭が下がります。',
    '雨の中、最後まで諦めずに走り切ったランナーの皆さん、ほんと勇者ですね👏',
    '同じご質問を多くいただいているため、改めてご案内します。',
    '外国人住民の方から何度もお問い合わせをいただいたので、やさしい日本語で説明します。',
    '何度もお問い合わせをいただいたので、小学生にも分かるようにやさしい言葉で説明します。',
    '明日は雨の予報です。お出かけの際は傘をお持ちください。',
    '大雨の日に傘を持たずに来る子どもたちのために、貸し傘を用意しています。',
    '入館料は大人の方は500円、子どもは200円です。',
    '新成人の皆さん、おめでとうございます。今日は思いきり楽しんでください。もう大人なんですから。',
    '増水に備えて、職員が土のうを水路に沈めておきました。',
    '映画『勘弁してよ父さん』を上映します。',
    '暑さはもう勘弁してほしいですね。',
    '工事の音でご迷惑をおかけしています。もうしばらくご勘弁ください。',
    'スタッフ一同、このくらいの工夫はしていきたいと考えています。',
    '30分くらいの余裕はみていただけないでしょうか。',
    '最後までちゃんと読んでいただけましたか？感想をお聞かせください！',
    '少し調べればすぐに分かる便利なサイトをご紹介します。',
    '詐欺の被害に遭う方が後を絶ちません。ご注意ください。',
    'お届けしたばかりの広報紙ですので、まだご覧になっていないのかもしれませんね。ホームページにも掲載しています。',
    '申請書の書き方は市ホームページに掲載しています。まだご覧になっていない方は、ぜひご覧ください。',
    '少しは休んでから作業してください。',
    '大きな声で応援しても、試合はすぐには終わりません。',
  ])('passes %s', (text) => {
    expect(hard(text, 'reply')).toEqual([])
  })
})

describe('hostility: review false positives — help given, a courtesy (after R184I–R190A)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each([
    // a difficulty named only as the reason for help the city gives (ので / ため / そこで, then a thing prepared or another medium)
    '留学生の方には日本語で説明しても分からないことが多いので、ベトナム語のパンフレットをご用意しています。',
    '耳の聞こえにくい方は、言っても分からないことがあります。そこで窓口に筆談ボードを置いています。',
    '日本語で書いても理解できない方もいるので、市民課に通訳を配置しています。',
    // a thing found by looking, softened into a courtesy with 念のため / 改めて / 参考までに and a notice given
    '広報を読めばすぐ分かることですが、念のためお知らせします。',
    '市のサイトで調べればわかることですけど、ご参考までに要点をまとめました。',
    // near kinds that were already clean
    '窓口で口頭で説明しても分かりにくい方がいらっしゃるため、手続きの流れを図解したチラシを作りました。',
    '初めての方には分かりにくいので、図で説明します。',
    'お年寄りには読みにくいとのご意見を受け、チラシの文字を大きくしました。',
  ])('passes %s', (text) => {
    expect(hard(text, 'reply')).toEqual([])
  })
  it.each<[string, string]>([
    // hard negatives: after a count of times told or いくら, a refusal, a write-off, help given with てやる
    ['何回言っても分からない人がいるので、もう説明はしません。', 'hostility/confrontational:warn:言っても分から'],
    ['いくら説明しても分からない方が多いので、英語のチラシを作りました。', 'hostility/confrontational:warn:説明しても分から'],
    ['言っても分からない人には、何を言っても無駄です。', 'hostility/confrontational:warn:言っても分から'],
    ['説明しても分からない人が多いから、図にしてやりました。', 'hostility/confrontational:warn:説明しても分から'],
    // the reader told to look themselves, before or after the courtesy
    ['ホームページを読めば分かることですが、改めてご案内します。次回からはご自分でお調べください。', 'hostility/confrontational:warn:読めば分かることです'],
    ['ネットで少し調べればすぐ分かることなので、ご自分で確認してから来てください。', 'hostility/confrontational:warn:少し調べればすぐ分かることなので'],
  ])('flags %s', (text, expected) => {
    expect(hard(text, 'reply')).toContain(expected)
  })
})

describe('hostility: blind R189I–R190A, as kinds (stop 47)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string]>([
    // a complainer described, then a scolding wish (まずは / せめて / 〜てから … いただきたいものです)
    ['受付で大声を出される方がおられますが、まずは整理券を取ってから並んでいただきたいものです。', 'hostility/confrontational:warn:まずは整理券を取ってから並んでいただきたいものです'],
    ['窓口で文句を言う方もいますが、せめて案内の紙くらいは読んでほしいものです。', 'hostility/confrontational:warn:せめて案内の紙くらいは読んでほしいものです'],
    // users' ability mocked in surprise at how many cannot
    ['番号札をお配りしていますが、番号の読めない方がこれほど多いとはびっくりです。', 'hostility/confrontational:warn:読めない方がこれほど多いとはびっくり'],
    ['順番の守れない大人がこんなにいるとは思いませんでした。', 'hostility/confrontational:warn:守れない大人がこんなにいるとは思いません'],
    // the people who consult blamed for what they consult about
    ['「子どもが寝てくれない」とのご相談をよく受けますが、正直、保護者のしつけが甘いだけという場合が大半です。', 'hostility/confrontational:warn:保護者のしつけが甘いだけという場合が大半'],
    ['犬の無駄吠えのご相談も、ほとんどは飼い主さんの接し方のせいです。', 'hostility/confrontational:warn:ほとんどは飼い主さんの接し方のせいです'],
    // sarcastic thanks for something bad, the thanks word in scare quotes; 〜がいのあること after a thing left
    ['今月も返却期限を忘れてくださった皆さま、職員一同「感謝」申し上げます。', 'hostility/confrontational:warn:「感謝」申し上げます'],
    ['分別をせずに出してくれるご家庭の皆さん、毎度「ありがとう」ございます。', 'hostility/confrontational:warn:「ありがとう」ございま'],
    ['おかずを見事に残してくれて、ほんに作りがいのあることです。', 'hostility/confrontational:warn:作りがいのあることです'],
    // found with a little looking, a medium named between 少し and the verb
    ['少しスマホで調べればすぐ分かることなので、ご自分で確認してからお電話ください。', 'hostility/confrontational:warn:少しスマホで調べればすぐ分かることなので'],
    ['ちょっとホームページを見ればわかることなので、ご自身で確認してからお越しください。', 'hostility/confrontational:warn:ちょっとホームページを見ればわかることなので'],
  ])('flags %s', (text, expected) => {
    expect(hard(text, 'reply')).toContain(expected)
  })
  it.each([
    // hard negatives: a plain request, a sincere wish, no complainer named, a wish that softens with ところですが
    'ご来庁の際は、マイナンバーカードをお持ちいただけますと幸いです。',
    '市民の皆さんにもぜひ一度、この景色を楽しんでいただきたいものです。',
    'まずは申込書をよく読んでから来ていただきたいものです。',
    '苦情が多かった交差点に信号を付けました。まずは一度通ってみてから感想をお寄せいただきたいものです。',
    '大声を出されるお客様もおられましたが、まずは落ち着いてからご相談いただきたいところです。職員が丁寧にお話を伺います。',
    // ability: what they can do, a need found and met, a survey
    '大人の方にも読みやすいよう、大きな文字の案内に変えました。',
    '手話のできる職員がこんなに多いとは驚きです。',
    '日本語の読めない方がこんなに多いとは驚きでした。そこで、やさしい日本語の案内を作りました。',
    'アンケートでは、地図の読めない方がこんなに多いとは驚きという声が寄せられました。',
    // blame: no one blamed, a reassurance, a belief answered, worries shared
    '夜泣きのご相談では、お子さんの成長とともに自然に落ち着くケースがほとんどです。',
    '「親の育て方が悪いだけ」と思われがちですが、実際は体質によるケースがほとんどです。',
    '保護者の方のお悩みに、保健師が寄り添います。',
    '野菜が苦手なお子さんが多いので、食べやすいレシピをご紹介します。',
    // thanks: sincere, a title in brackets, the word taught, 作りがいがあります
    '残さずきれいに食べてくれてありがとう！作りがいがあります。',
    '「感謝のつどい」を公民館で開きます。',
    '道徳の時間に「感謝」する気持ちについて話し合いました。',
    '朝早くから手伝ってくださった皆さま、実行委員一同「感謝」申し上げます。',
    // looking: a tip, a place ahead
    '少しネットで調べればすぐ分かるので、ぜひご活用ください。',
    '少し先で調べれば分かることなので、ここでは省略します。',
  ])('passes %s', (text) => {
    expect(hard(text, 'reply')).toEqual([])
  })
})

describe('hostility: blind R191I–R192D, as kinds', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string]>([
    // 民度 used to look down on people
    ['夜中に公園で騒ぐ若者たち、この辺の民度、大丈夫？', 'hostility/insult:block:民度、大丈夫'],
    ['駅前の放置自転車を見るたびに思いますが、民度が最悪ですね。', 'hostility/insult:block:民度が最悪'],
    // a complainer mocked as having time, the extra work thanked
    ['何度も同じ苦情のお電話をくださる方、お暇があるんですね。', 'hostility/confrontational:warn:お暇があるんですね'],
    ['毎日のように窓口に来られる方、お時間があるんでしょうね。', 'hostility/confrontational:warn:お時間があるんでしょうね'],
    ['毎回同じご意見をお寄せくださる方、おかげさまで職員の残業が増えました。', 'hostility/confrontational:warn:おかげさまで職員の残業が増えました'],
    // people who keep getting it wrong: a child could follow it, read it slowly once
    ['これだけお知らせしても出し方を間違える方がいます。子どもでも分かるルールなんですけどね。', 'hostility/confrontational:warn:子どもでも分かるルールなんです'],
    ['毎回同じ書類を忘れる方は、もう一度よくお読みになってはいかがでしょうか。', 'hostility/confrontational:warn:もう一度よくお読みになってはいかが'],
    // residents who do not understand told they are not fit for it
    ['何度説明しても手順を守れない方は、正直、この仕事に向いていないと思います。', 'hostility/confrontational:warn:守れない方は、正直、この仕事に向いていない'],
    ['締め切りを覚えられない人は、そもそも自治会の役員に不向きです。', 'hostility/confrontational:warn:覚えられない人は、そもそも自治会の役員に不向き'],
    // a wish to harm people, and people named by a wrong as 連中
    ['花壇を踏み荒らしていった人たち、見つけたら殴ってやりたいです。', 'hostility/threat:block:殴ってやりたい'],
    ['夜の橋で騒いでいた連中、同じ目に遭わせてやりたいくらいです。', 'hostility/threat:block:同じ目に遭わせてやりたい'],
    ['ベンチを壊していったやつら、堀に突き落としてやりたい気分です。', 'hostility/threat:block:突き落としてやりたい'],
    ['落書きしていく連中には本当に腹が立ちます。', 'hostility/confrontational:warn:連中'],
    // sarcastic well-wishing to people who did not help
    ['いつも清掃に協力されない方々、どうぞごゆっくり。', 'hostility/confrontational:warn:どうぞごゆっくり'],
    ['草刈りに来たのは今年も一部の方だけでした。参加されない皆さん、冷房の効いたお部屋で快適にお過ごしください。', 'hostility/confrontational:warn:快適にお過ごしください'],
  ])('flags %s', (text, expected) => {
    expect(hard(text)).toContain(expected)
  })
  it.each([
    // hard negatives: a word that only looks near, 民度 praised
    '民生委員の活動紹介です。地域の見守りを続けています。',
    'この地域は民度が高いと言われることもありますが、まだまだ課題があります。',
    // time: an invitation, a plan, work grown for a good reason
    'お時間のある方はぜひご参加ください。',
    '来週はお時間があるんですね。ではぜひ説明会にお越しください。',
    '皆さまのおかげで、地元の仕事が増えました。ありがとうございます。',
    // a child: an event for children, a guide made so, an invitation to a book
    '小学生でも分かるやさしい防災教室を開きます。',
    '小学生でも分かる内容です。親子でぜひご参加ください。',
    '分別のルールが変わりました。毎年同じ時期にお知らせしています。小学生でも分かる内容のパンフレットを作りました。',
    'この夏、話題の一冊を一度ゆっくり読んでみてはいかがでしょう。',
    '新しい絵本が入りました。ゆっくり読んでみてください。',
    // fit: a method suited or not, land, 選挙に向けて
    '字が読めない方は、音声版が向いています。',
    'スマホが分からない方は、この方法は向いていません。窓口へどうぞ。',
    'この土地は水はけが悪く、稲作に向いていません。',
    '選挙に向けて準備を進めています。',
    // harm: things thrown, a role a child wants, friends called 連中
    '空き缶はごみ箱に放り込んでください。',
    '拾った空き缶を、まとめてごみ箱に放り込んでやりたいくらいです。',
    '今年は子どもたちが自分でやりたい役を選びました。',
    'いつも頑張ってる連中が今年もやってくれました。',
    // well-wishing: those who could not come invited, a plain wish
    '参加できなかった皆さまも次回ぜひお越しください。',
    '毎年ご参加いただいている皆さま、当日はご自宅に戻ってゆっくりお休みください。',
    '明日は休館日です。皆さま、ご自宅でゆっくりお過ごしください。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

describe('hostility: blind R193I–R197A, as kinds', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // mock praise with さぞ of a critic's refinement; critics guessed to lack the sense to judge
    // a wish that complainers were more tolerant; a resident's writing ranked below a child's
    // people who do wrong said to learn nothing until it costs them; grown-ups mocked that age brought no basic skill
    // common sense prescribed as a shot or a medicine; told to feel a little shame; retribution held as the writer's belief
    // blame on the one addressed for what children copy; someone said to have not even read the papers
    // a reckless act and the burden it made called a favour; helpers called a burden
    ['会場が寒かったとのご指摘、さぞかし繊細な方なんでしょうね。', 'hostility/confrontational:warn:さぞかし繊細な方なんでしょうね', 'reply'],
    ['展示が地味だとの苦情、さぞや目の肥えたお方なんでしょうね。', 'hostility/confrontational:warn:さぞや目の肥えたお方なんでしょうね', 'reply'],
    ['低評価の口コミをつけている人は、きっと本場の味が分からない人なんでしょうね。', 'hostility/confrontational:warn:分からない人なんでしょうね', 'post'],
    ['文句ばかり書き込む連中って、結局この町の良さが分かっていない人なんでしょうね。', 'hostility/confrontational:warn:分かっていない人なんでしょうね', 'post'],
    ['図書館が狭いというご意見を毎年いただきます。静かに譲り合える、物分かりのいい利用者ばかりだと助かるのですが。', 'hostility/confrontational:warn:物分かりのいい利用者ばかりだと助かる', 'post'],
    ['駐輪場に苦情が来ています。文句を言わない住民ばかりなら楽なんですけどね。', 'hostility/confrontational:warn:文句を言わない住民ばかりなら楽な', 'post'],
    ['今年も意見書が届きましたが、幼稚園児の日記のほうがよっぽど意味が通じます。', 'hostility/confrontational:warn:幼稚園児の日記のほうがよっぽど意味', 'post'],
    ['いただいたご意見の中には、中学生の感想文のほうがずっとまともだと思うものもあります。', 'hostility/confrontational:warn:中学生の感想文のほうがずっとまとも', 'post'],
    ['何度言っても分別しない人たちは、収集されずに困るまで懲りないのでしょう。', 'hostility/confrontational:warn:まで懲りないのでしょう', 'post'],
    ['注意しても駐車する方は、一度罰金を払うまでは気づかないんでしょうね。', 'hostility/confrontational:warn:までは気づかないんでしょうね', 'post'],
    ['説明会に30分遅れて来られる方が今年も多数。社会人になっても時間を守るのは難しいようですね。', 'hostility/confrontational:warn:社会人になっても時間を守るのは難しいようですね', 'post'],
    ['締め切りを過ぎてから申請に来る方、大人になっても日付の読み方は別問題のようですね。', 'hostility/confrontational:warn:大人になっても日付の読み方は別問題のようですね', 'post'],
    ['ごみの日を守らない人には、まず良識の注射が必要かもしれません。', 'hostility/confrontational:warn:良識の注射が必要', 'post'],
    ['何度も割り込む方には、マナーを処方してもらったほうがいいですね。', 'hostility/confrontational:warn:マナーを処方してもらったほうが', 'post'],
    ['窓口で大声を出していた方へ。ちょっとは恥ずかしいと思ってほしいです。', 'hostility/confrontational:warn:ちょっとは恥ずかしいと思ってほしい', 'post'],
    ['ごみを川に捨てる人には、いずれ天罰が下ると信じております。', 'hostility/curse:block:天罰が下る', 'post'],
    ['あなたのような親御さんがいるから、子どもたちが真似をするんです。', 'hostility/insult:block:あなたのような親御さんがいるから、子どもたちが真似をする', 'post'],
    ['報告書を読んでいないとしか思えない記者の質問が続きました。', 'hostility/confrontational:warn:読んでいないとしか思えない', 'post'],
    ['通行止めの道にわざわざ入ってくださる方々、ありがとうございます。おかげさまで職員は休む暇もありません。', 'hostility/confrontational:warn:おかげさまで職員は休む暇もありません', 'post'],
    ['立入禁止の堤防に登られた皆さま、おかげさまで警察も出動続きでした。', 'hostility/confrontational:warn:おかげさまで警察も出動続き', 'post'],
    ['手ぶらで清掃に来られた方もいましたが、はっきり言ってお荷物でした。', 'hostility/confrontational:warn:お荷物でした', 'post'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toContain(expected)
  })
  it.each<[string, CheckContext['mode']]>([
    ['ご自身の作品展を開かれたとのこと、さぞかしご苦労された方なんでしょうね。', 'reply'],
    ['この絵を描いたのは、さぞかし心の優しい方なんでしょうね。', 'post'],
    ['さぞかし腕の立つ職人さんなんでしょうね。ぜひ会ってみたいです。', 'post'],
    ['スマホの使い方が分からない人なんでしょうね、と心配になって講座を開きました。', 'post'],
    ['口コミを書いてくださった方は、たぶん地元の方なんでしょうね。', 'post'],
    ['窓口の係は何を聞いても嫌な顔ひとつしない、心の広い方ばかりで助かりました。', 'post'],
    ['ボランティアの皆さんは我慢強い方ばかりだと聞いています。', 'post'],
    ['小学生の作文の方がずっと素直で、大人の胸に響きました。', 'post'],
    ['低学年の子の絵のほうがずっと色使いが大胆でした。', 'post'],
    ['水害の怖さは、実際に被害に遭うまで分からないのでしょう。だからこそ訓練に参加を。', 'post'],
    ['子どもは大人になるまで、親の苦労は分からないものです。', 'post'],
    ['大人になっても学び直しはできるようです。ぜひ講座へ。', 'post'],
    ['二十歳になっても、ご両親にとってはかわいいお子さんのようですね。', 'post'],
    ['マナーを守って、予防接種を受けましょう。', 'post'],
    ['インフルエンザのワクチンを打ってもらったほうが安心です。', 'post'],
    ['恥ずかしいと思わずに、気軽にご相談ください。', 'post'],
    ['少しでも不安だと思ったら、ご相談ください。', 'post'],
    ['子どもの頃、嘘をつく人には罰が当たると思っていました。', 'post'],
    ['食べ物を粗末にすると罰が当たると思っています。', 'post'],
    ['あなたのような方がいるから、子どもたちが安心して遊べるのです。', 'post'],
    ['送ったメールは、まだ読まれていないとしか思えません。', 'post'],
    ['遠方からわざわざお越しくださった皆さま、ありがとうございます。おかげさまで受付は大忙しでした。', 'post'],
    ['たくさんのご注文をいただき、おかげさまで店は大忙しです。', 'post'],
    ['足手まといになるのでは、と心配せずにお気軽にご参加ください。', 'post'],
    ['私なんか足手まといでしたが、皆さんが優しく教えてくれました。', 'post'],
    ['最初は足手まといだった新人職員も、今では頼れる存在です。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R198I–R200D, as kinds', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // the reader asked to put themselves in the staff's place too, after a repeated fault
    ['今月も締め切りを過ぎてから書類を持ってこられる事業者さんがいました。受け付ける職員の立場にもなっていただけるとありがたいんですけど。', 'hostility/confrontational:warn:の立場にもなっていただけるとありがたいんですけど', 'post'],
    ['毎年のように粗大ごみを前日に出される方がいます。回収する側の身にもなってほしいものです。', 'hostility/confrontational:warn:の身にもなってほしい', 'post'],
    // a wish that people had done the least before coming, trailing off
    ['ホームページに載せている内容を今回も窓口で尋ねてこられる方がいました。せめて目次くらい見てからお越しいただけると、こちらも楽なんですけどね。', 'hostility/confrontational:warn:せめて目次くらい見てからお越しいただけると、こちらも楽なんですけど', 'post'],
    // an unreasonable demand's nerve mock-admired
    ['閉館日に来て「開けろ、謝罪しろ」と言える度胸、尊敬しちゃいます。', 'hostility/confrontational:warn:と言える度胸、尊敬', 'post'],
    // people who still cannot understand written off
    ['図も入れて、大きな字で書き直しました。これでもまだわからない人には、正直どうしようもないです。', 'hostility/confrontational:warn:これでもまだわからない人には、正直どうしようもな', 'post'],
    ['ここまでしても読めない方は、もう知りません。', 'hostility/confrontational:warn:ここまでしても読めない方は、もう知りません', 'post'],
    // people named by a fault mock-praised with さぞ as a fine example
    ['赤信号を無視して渡る大人の方を、今日も通学路で何人も見かけました。登校中の子どもたちには、さぞ良いお手本になったことでしょう。', 'hostility/confrontational:warn:さぞ良いお手本になったことでしょう', 'post'],
    ['ごみを持ち帰らずに放置して帰る釣り客が後を絶ちません。子どもたちにとって、さぞ結構な教材になっているでしょう。', 'hostility/confrontational:warn:さぞ結構な教材になっているでしょう', 'post'],
    // people named by a fault written off as deaf to anything said
    ['夜中に花火をする若者が毎晩のようにいます。ああいう連中にはいくら注意しても無駄ですね。', 'hostility/confrontational:warn:ああいう連中にはいくら注意しても無駄', 'post'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    ['窓口では、いつも利用者の立場になって考えるよう心がけています。', 'post'],
    ['介護をするご家族の身になって、相談窓口を夜間にも開けました。', 'post'],
    ['子どもの気持ちにもなって考えてみましょう。', 'post'],
    ['せめて前日までにご連絡いただけると助かります。', 'post'],
    ['説明会には、資料を一度読んでから来ていただけると、より理解が深まります。', 'post'],
    ['「ありがとう」と素直に言える感性、見習いたいですね。', 'post'],
    ['「無理しないで」と言える勇気、尊敬します。', 'post'],
    ['子どもたちの自由な発想力、見習いたいくらいですね👏', 'post'],
    ['これで分からない方は、お気軽に窓口へお問い合わせください。', 'post'],
    ['これでもわからない人は、諦めずに何度でも聞いてくださいね。', 'post'],
    ['小学生でも読めるように、ふりがなを付けて簡単にしました。', 'post'],
    ['最後まで走り抜いた高校生の姿は、子どもたちにとってさぞ良いお手本になったことでしょう。', 'post'],
    ['さぞ素晴らしい見本になることでしょう。今年の作品展もお楽しみに。', 'post'],
    ['そういう方には、何を言っても響かないと諦めず、根気よく声をかけ続けています。', 'post'],
    ['反抗期の子どもには、何を言っても響かない時期があります。', 'post'],
    ['毎年参加してくださる皆さんの立場にもなって、日程を決めました。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R201A–R205I (host10), keigo sarcasm and condescension as kinds', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // the writer's own exasperation in kana, polite or humble, at what people do or ask
    ['粗大ごみの申込方法は広報に毎月載せています。それでも毎回同じお電話が続き、いささかあきれております。', 'hostility/confrontational:warn:あきれております', 'post'],
    ['回覧板を読まれない方が今年も多く、正直あきれてしまいます。', 'hostility/confrontational:warn:あきれてしまいます', 'post'],
    ['締め切りを守らない事業者さんが相変わらず多く、ほとほとあきれるばかりです。', 'hostility/confrontational:warn:あきれるばかりです', 'post'],
    // thanks for the same question asked a count of times over
    ['同じお問い合わせを5回もいただきまして、誠にありがたいことです。', 'hostility/confrontational:warn:同じお問い合わせを5回もいただきまして、誠にありがた', 'reply'],
    ['何度も同じご質問を寄せていただき、心より感謝申し上げます🙂', 'hostility/confrontational:warn:何度も同じご質問を寄せていただき、心より感謝', 'comment'],
    // the reader's understanding set at a child's, after reading made a condition or in the reader's honorific
    ['申請書の書き方は、記入例をご覧いただければ中学生でも分かるはずですが、改めてご説明します。', 'hostility/confrontational:warn:ご覧いただければ中学生でも分かる', 'reply'],
    ['ごみの出し方は、こどもでもご理解いただける程度の内容です。何度もご質問いただいていますので、再掲します。', 'hostility/confrontational:warn:こどもでもご理解いただける', 'post'],
    // the least effort asked with 程度の in a reproachful wish
    ['検診の案内はご自宅に郵送しています。中身を確かめる程度のことはしていただきたいものです。', 'hostility/confrontational:warn:程度のことはしていただきたいものです', 'post'],
    ['予約の日時をメモする程度の手間も惜しまれるのでしょうか。メモくらいの手間も取っていただけないものでしょうか。', 'hostility/confrontational:warn:くらいの手間も取っていただけないものでしょうか', 'post'],
    // people named by not seeing a plainly marked sign, sent for an eye or ear test as mock advice
    ['今週も駐輪禁止の看板が見えていない方がたくさんいらっしゃいました。市内の眼科は医師会のページで探せますので、どうぞ😊', 'hostility/confrontational:warn:眼科は医師会のページで探せますので、どうぞ', 'post'],
    ['場内アナウンスが聞こえていらっしゃらないお客様が多いようです。聴力検査は健診でも受けられますので、ぜひ。', 'hostility/confrontational:warn:聴力検査は健診でも受けられます', 'post'],
    // complainers guessed, in a statement, to have time to kill
    ['毎朝お電話をくださる一部の方は、時間を持て余しておいでのようです。', 'hostility/confrontational:warn:時間を持て余しておいでのようです', 'post'],
    ['苦情の書き込みを毎日続けておられる方々は、時間を持て余しているとしか考えられません。', 'hostility/confrontational:warn:時間を持て余しているとしか考えられ', 'post'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // exasperation: intensifier, a face, the writer at themself, a third party's reaction
    ['子どもたちの元気さは、あきれるほどでした。', 'post'],
    ['思わぬ大漁に、漁師さんもあきれ顔でした。', 'post'],
    ['我ながら、何度も同じ書類を書き損じる自分にあきれております。', 'post'],
    ['川下りの船頭さんも、その人出にはあきれていました。', 'post'],
    ['猛暑日が十日も続き、この暑さにはあきれております。', 'post'],
    // thanks for repeated participation or a fault owned
    ['何度もご意見をお寄せいただき、ありがとうございます。', 'post'],
    ['同じご質問を何度もいただき、ありがとうございます。分かりにくい書き方で申し訳ありませんでした。', 'post'],
    ['三度もご来場いただき、ありがとうございました。', 'post'],
    // a page made for children, a purpose, a product that honours the child
    ['小学生でも分かるように、ふりがな付きでまとめました。', 'post'],
    ['読めば小学生でも分かる内容なので、夏休みの自由研究にぜひどうぞ。', 'post'],
    ['このアプリは、お子様でもお分かりいただける簡単な操作です。', 'post'],
    ['説明を読んでいただければ、どなたでもお分かりいただける内容です。', 'post'],
    // an amount, some degree, a plain statement of effort
    ['申請は10分程度の手間で済みます。', 'post'],
    ['ある程度の準備はしていただきたいものです。', 'post'],
    ['この程度の手間はかかりますが、ご協力をお願いします。', 'post'],
    // health advice, age, an eye test with no fault named
    ['標識が見えにくいと感じたら、眼科で視力検査を受けられてはいかがでしょう。', 'post'],
    ['視力検査は保健センターの健診でも受けられますので、ぜひどうぞ。', 'post'],
    ['信号が見えていない高齢ドライバーもいます。視力検査をおすすめします。', 'post'],
    // idle time: the writer, children, an invitation
    ['定年してから、私は時間を持て余しているのでしょう。', 'post'],
    ['夏休みで時間を持て余している子どもたちは、ぜひ図書館へ。', 'post'],
    ['毎日時間を持て余している方は、ぜひボランティアにご参加ください。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: 人としてどうか in the city\'s own apology (stop 47)', () => {
  const flags = (text: string) => check(text, { tone: 3 }).findings.filter((f) => f.rule.startsWith('hostility/') && f.severity !== 'info')
  it.each([
    '窓口での職員の説明が、社会人としてどうかと思う対応となり、深くお詫び申し上げます。',
    '当課職員の対応は、人としてどうかと思われても仕方のないものでした。申し訳ございません。',
  ])('passes %s', (text) => {
    expect(flags(text)).toEqual([])
  })
  it.each<[string, 'block' | 'warn']>([
    ['こんな投稿をする人、人としてどうかと思います。', 'block'],
    ['あなた、人としてどうかしてますよ。', 'block'],
    ['人として終わってますね。申し訳ないけど。', 'block'],
    ['連絡もなく来なかった方がいて、社会人としてどうなのかなと思いました。', 'warn'],
  ])('flags %s', (text, severity) => {
    expect(flags(text).some((f) => f.severity === severity)).toBe(true)
  })
})

describe('hostility: blind R223L and team set (host14), refusals wished, reprisals and sarcasm tucked into notices, as kinds', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // people named by a fault told their visit is unwelcome as the writer's wish (R223L-020)
    ['マナーを守れない利用者の方のご来場は、正直お断りしたいところです。', 'hostility/confrontational:warn:守れない利用者の方のご来場は、正直お断りしたい', 'post'],
    ['決まりに従わない人には、もう来てほしくないです。', 'hostility/confrontational:warn:従わない人には、もう来てほしくない', 'post'],
    // a masked insult as the adjective of a person (R27A-002)
    ['何度言っても分からないア〇な人たちの相手はもう疲れました。', 'hostility/insult:block', 'post'],
    // help in a disaster withheld from those who do not take part (HSA-115)
    ['訓練に協力しない方は、避難のとき助けてもらえると思わないでくださいね。', 'hostility/threat:block:助けてもらえると思わないで', 'post'],
    ['自治会に入らない家庭は、災害のときは後回しにしますよ。', 'hostility/threat:block:災害のときは後回しにします', 'post'],
    // a critic presumed never to have worked properly (R39A-122)
    ['ごみ袋が高いと文句を言う人は、まともに働いたことがないんでしょうね。', 'hostility/confrontational:warn:まともに働いたことがないんでしょう', 'reply'],
    // asked whether they know the word for a virtue (HSA-057)
    ['列に割り込んだ方、順番という言葉はご存じでしょうか？', 'hostility/confrontational:warn:順番という言葉はご存じでしょうか', 'reply'],
    // told to learn after a repeat (HSA-059)
    ['毎日同じ質問をされる方がいます。そろそろ学習していただけると幸いです。', 'hostility/confrontational:warn:学習していただけると幸い', 'post'],
    // a plain word mock-asked whether it is so hard (R209I-052)
    ['受付番号って、そこまで難しい単語でしたかね？', 'hostility/confrontational:warn:そこまで難しい単語でしたかね', 'reply'],
    // a call said needless had they once looked (R210A-005)
    ['配布したカレンダーを一度でもご覧いただければ、わざわざお問い合わせいただくまでもないかと思います。', 'hostility/confrontational:warn', 'post'],
    // a critic's complaint put down to their want of taste (HSA-123)
    ['ロゴが地味だとおっしゃる皆さん、結局は美意識の差でしょう。', 'hostility/confrontational:warn:結局は美意識の差でしょう', 'reply'],
    // another town's event called cheap, ours set above it (HSA-160)
    ['近くの町のような貧相な花火とは一緒にしないでください。', 'hostility/confrontational:warn:のような貧相な', 'post'],
    ['お隣の町の夏祭りも始まりましたね。まあ、うちのお祭りとは格が違いますけど。', 'hostility/confrontational:warn:とは格が違い', 'post'],
    // told to read "this time at last" (R209I-027)
    ['何度もお知らせしています。今度こそ、ちゃんと読んでくださいね。', 'hostility/confrontational:warn:今度こそ、ちゃんと読んでください', 'post'],
    // consequences disowned flippantly (HSA-021)
    ['そこで泳いで溺れても自己責任だからね〜', 'hostility/confrontational:warn:自己責任だからね', 'post'],
    // a wrong left behind, refused, and told to keep it there for good (HSA-027)
    ['分別されていない袋は収集しません。いつまでもそのまま置いておいてくださいね。', 'hostility/confrontational:warn:いつまでもそのまま置いておいてください', 'post'],
    // residents lamented over (HSA-032)
    ['窓口でお礼も言えない利用者が増えた。嘆かわしい限りだ。', 'hostility/confrontational:warn:嘆かわしい限りだ', 'post'],
    // a visitor pointed at with ああいう and called a burden (R209I-008)
    ['窓口で怒鳴っていった男性がいました。ああいう人が来ると本当に疲れます。', 'hostility/confrontational:warn:ああいう人が来ると本当に疲れ', 'post'],
    // callers told it is usually there after all (HSA-113)
    ['「書類が届いていない」とお問い合わせの方、封筒をもう一度見てください。大抵入っていますから。', 'hostility/confrontational:warn:大抵入っていますから', 'post'],
    // the weather said not to be the city's doing (HSA-066)
    ['花火大会中止を残念がる声もありますが、台風を呼んだのは市ではありませんから。', 'hostility/confrontational:warn:台風を呼んだのは市ではありませんから', 'post'],
    // a sentence spelt out letter by letter with ・ (HSA-065)
    ['ゆっくり書きます。ゴ・ミ・は・朝・八・時・ま・で・に・出・し・て・く・だ・さ・い', 'hostility/confrontational:warn:ゴ・ミ・は', 'post'],
    // newcomers shut out for being newcomers (R12B-019)
    ['よそから来た人には、消防団の班長は任せない方がいい。よそもんはしょせんよそもんたい。', 'hostility/discrimination:block', 'post'],
    // a place's people said to share a bad disposition (R11B-149)
    ['あっちの地区の人たちは昔から怠け癖のある気質でしてね。', 'hostility/discrimination:block', 'post'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // a rule stated as a rule
    ['ルールを守れない方の入場はお断りします。', 'post'],
    ['他のお客様の迷惑となる行為をされる方のご入場はお断りする場合があります。', 'post'],
    ['マナーを守っていただけない方のご来館は、お断りさせていただきます。', 'post'],
    // the limits of public help told as advice
    ['大規模な災害では、すぐに助けが来るとは限りません。自分の身は自分で守りましょう。', 'post'],
    ['災害時はすぐに助けてもらえると思わず、日頃から備えておきましょう。', 'post'],
    // a job fair, an internship
    ['一度も働いたことがない方でも応募できます。', 'post'],
    ['仕事をしたことがない学生の皆さんも、インターンシップに参加できます。', 'post'],
    // a new word introduced
    ['「SDGs」という言葉はご存じですか？身近なところから考えてみましょう。', 'post'],
    ['「フレイル」という言葉はご存じですか？', 'post'],
    // a course, reassurance, a plain pointer, an invitation
    ['タブレットで楽しく学習していただけます。', 'post'],
    ['申請はそんなに難しいことではありません。お気軽にどうぞ。', 'post'],
    ['市のホームページをご覧いただければ、お電話いただく必要はありません。', 'post'],
    ['一度でもご覧になれば、柳川の魅力がお分かりになるはずです。', 'post'],
    // tastes conceded, a joint event, praise of a performance
    ['好みやセンスの違いはあると思いますが、ぜひ一度ご覧ください。', 'post'],
    ['デザインは市民投票で決まりました。感性の違いはあっても、皆さんに愛される体育館を目指します。', 'post'],
    ['大川市と共同で開催する花火大会、今年は格が違う規模です！', 'post'],
    ['さすがプロの演奏は格が違いますね。', 'post'],
    // an invitation this time
    ['今度こそぜひご覧ください。', 'post'],
    ['前回見逃した方は、今度こそ参加してくださいね。', 'post'],
    // a rule on one's own risk, a gift kept, a kit kept by the door
    ['遊泳は自己責任でお願いします。', 'post'],
    ['子どもたちが描いた絵、ずっと飾っておいてくださいね。', 'post'],
    ['防災グッズはいつも玄関に置いておいてください。', 'post'],
    // a lament over a wrong with no people, the city's own fault
    ['不法投棄が後を絶たないのは嘆かわしい限りです。', 'post'],
    ['職員の不祥事が続き、情けない限りです。市民の皆さまに深くお詫び申し上げます。', 'post'],
    // ああいう / あんな in praise, a lost-property tip
    ['ああいう方に来ていただけると助かります。', 'post'],
    ['あんな人がいると心強いですね。', 'post'],
    ['なくし物は交番に届け出ると、たいてい見つかりますよ。', 'post'],
    // days of the week, a kana chart, a weather quiz
    ['月・火・水・木・金・土・日の営業です。', 'post'],
    ['あ・い・う・え・お・か・き・く・け・こ', 'post'],
    ['雨を降らせたのは誰でしょう？答えは雨雲です。', 'post'],
    // a masked word that is not a person's adjective
    ['ク〇な天気が続きますね。', 'post'],
    // a role kept light for newcomers as a kindness, a saying denied, a good disposition, a prejudice named as one
    ['移住された方には、最初の一年は役員をお願いしないことにしています。', 'post'],
    ['「よそ者はよそ者」という考えは、もう過去のものです。', 'post'],
    ['この地区の方々には、助け合いの気風があります。', 'post'],
    ['「あの地区の人たちは怠け者の気質がある」といった偏見は差別につながります。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility (5(3)): the asker warned off with a block if they keep on pestering (blind R226E-049 kind)', () => {
  const rules = (text: string) => summary(findingsOf(hostility, text, { mode: 'reply' }))
  it.each([
    '同じご質問が続いております。これ以上しつこくお問い合わせいただくようでしたら、ミュートいたします。',
    '今後も何度も同じ書き込みをされる場合は、通報させていただきます。',
  ])('warns %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('hostility/confrontational:warn'))).toBe(true)
  })
  it.each([
    '誹謗中傷や差別的な書き込みは、予告なくブロックする場合があります。',
    '同じ内容の投稿を何度も繰り返す場合は、運用方針に基づき非表示にすることがあります。',
    '不審なアカウントから何度もメッセージが届く場合は、ブロックと通報をおすすめします。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('hostility/'))).toEqual([])
  })
})

describe('hostility: blind R228C–R232H (host2), a blunder mocked, an official run down, veiled threats to the press and to critics, sneers at complainers and at people on support', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // a named person's blunder laughed at, then told to retire
    ['受付の田中さん、今日も2回も書類を間違えてました😂 そろそろ引退したほうがいいんじゃないかな。', 'hostility/confrontational:warn', 'post'],
    ['山本選手、またミスしてましたね（笑）。もう引退をおすすめします。', 'hostility/confrontational:warn', 'post'],
    // a named official judged lacking in the writer's own verdict
    ['森田議員のご質問は前回と同じ内容で、認識不足と言わざるを得ません。', 'hostility/confrontational:warn', 'post'],
    ['佐藤委員の発言は、不勉強としか言いようがないものでした。', 'hostility/confrontational:warn', 'post'],
    // mock sympathy for a complainer two sentences on
    ['「案内が少ない」と何度もおっしゃる方がいました。看板は五か所に立てているのですが。きっとお急ぎの方だったのでしょうね。', 'hostility/confrontational:warn', 'post'],
    // a reviewer pitied
    ['レビューで星1つをつけた方へ。このお祭りの良さが分からないとは、お気の毒としか言いようがありません。', 'hostility/confrontational:warn', 'post'],
    // the press remembered; a safe return hinted as harm
    ['あの週刊誌の記者さん、お名前はしっかり覚えています。', 'hostility/threat:block', 'comment'],
    ['批判記事を書いた記者の方へ。次にまた取材に来られたときは、何事もなく帰れるとよいですね。', 'hostility/threat:block', 'comment'],
    // family or workplace to be approached after someone is found out
    ['悪口の書き込みを続けている方へ。どなたかは既に把握しております。ご両親や職場の方にもお話を伺うことになります。', 'hostility/threat:block', 'post'],
    // complainers pointed back at as the ones at fault
    ['「説明が分かりにくい」と苦情を言われる方もいますが、ああいう方ほど案内を読んでいらっしゃいません。', 'hostility/confrontational:warn', 'post'],
    // people on public support put down as kept by taxes
    ['税金で生活させてもらっている生活保護の人は、文句を言わずに従うべきです。', 'hostility/discrimination:block', 'post'],
    ['受給者の方々こそ、地域の行事には率先して顔を出すべきだと思います。', 'hostility/discrimination:block', 'post'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // a retirement announced with thanks, the writer's own joke, a thing retired
    ['船頭歴50年の中島さんが、今年で引退されます。3回もの大水を乗り越えた大ベテランです。長い間ありがとうございました。', 'post'],
    ['3回も転んじゃいました（笑）。私もそろそろ引退したほうがいいかもですね。', 'post'],
    ['古くなった遊具は、そろそろ引退したほうがいいかもしれません。', 'post'],
    // the city's own fault owned, a view reported
    ['今回の件は市の説明不足と言わざるを得ず、申し訳ありませんでした。', 'post'],
    ['山田議員は「準備不足と言わざるを得ない」と述べました。', 'post'],
    // sincere sympathy, a cute guess, a disaster
    ['サンタさんもきっとお忙しいのでしょうね。', 'post'],
    ['被災された方々のことを思うと、お気の毒としか言いようがありません。', 'post'],
    // a safe trip wished to visitors
    ['次に柳川へお越しの際も、無事にお帰りになれるとよいですね。', 'post'],
    ['台風が近づいています。次に来られるときは、無事に帰れるよう早めの行動をお願いします。', 'post'],
    // family or school told for care
    ['お子さんが発熱した場合は、ご家族や勤務先にご連絡することになります。', 'post'],
    ['ひきこもりのご相談では、ご家族にもお話を伺うことがあります。お気軽にどうぞ。', 'post'],
    // a scam warning, a kind regular
    ['「自分は大丈夫」と思っている方ほど、詐欺の被害に遭いやすいと言われています。', 'post'],
    ['毎朝あいさつしてくださる方がいます。そういう方に限らず、どなたでもお気軽にお立ち寄りください。', 'post'],
    // the system explained, the staff's own humility, a consultation
    ['生活保護は、税金で暮らしを支える大切な制度です。', 'post'],
    ['私たち職員は、皆さんの税金で支えられていることを忘れずに働きます。', 'post'],
    ['生活保護を受けている方こそ、遠慮なく窓口にご相談ください。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R234M–R235I (host3), brains told to be washed, a dialect "remember this", where a critic writes from, a plunge urged, writing praised as a child\'s', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // the addressee's brains told to be washed (R234M-045 kind), and the head told to be checked with その
    ['@kenji_88 文句ばかり書き込むなら、お前の脳みそ、いっぺん川の水で洗ってこい。', 'hostility/insult:block', 'reply'],
    ['批判ばかりのあなた、ご自分のおつむを一度きれいに洗われてはいかが？', 'hostility/insult:block', 'reply'],
    ['@abc そんなに嫌なら、一度その頭を点検してこられたらどうです？', 'hostility/insult:block', 'reply'],
    // "remember this" as a sentence of its own in dialect after a quarrel (R234M-073 kind)
    ['@abc 文句があるなら直接来んしゃい。よーく覚えとれよ。', 'hostility/threat:block', 'reply'],
    ['悪口ばっか書きよる人、覚えときんしゃい。', 'hostility/threat:block', 'reply'],
    // where a critic writes from said to be known, then a visit (R235I-006 kind)
    ['毎回同じ書き込みをされている方、どこから投稿されているのか、だいたい見当がついております。今度ご挨拶に伺いますね。', 'hostility/threat:block', 'reply'],
    // a plunge into the water urged to cool the head, no でも (R235I-025 kind)
    ['あんたみたいな人は、有明海に飛び込んで頭を冷やしてきんしゃい。', 'hostility/curse:block', 'reply'],
    ['@abc そんなにご不満なら、川に飛び込んで頭を冷やしてみては？', 'hostility/curse:block', 'reply'],
    // a reader's writing praised only as a child's work (R235I-031 kind)
    ['ご意見ありがとうございます。中学生のレポートにしては上出来だと思います。', 'hostility/confrontational:warn', 'comment'],
    ['@abc ご提案、拝見しました。夏休みの自由研究としてなら合格点ですね。', 'hostility/confrontational:warn', 'reply'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // cooking and hair washing
    ['豚の脳みそは流水でよく洗ってから下処理してください。', 'post'],
    ['髪の毛は、その頭をぬるま湯で洗ってから、シャンプーをつけましょう。', 'post'],
    // a tip to remember in dialect, a dialect taught, a phrase inside a clause, a friendly reply
    ['ゴミの日は火曜日たい。覚えとかんね！', 'post'],
    ['柳川弁講座：「覚えとかんね」は「覚えておいてね」という意味です。', 'post'],
    ['この電話番号、覚えとかんね。いざという時に役立つけん。', 'post'],
    ['@abc ご質問ありがとうございます。収集日は火曜日です。覚えといてね！', 'reply'],
    // a summer tip, a hazard warned of, a river cruise suggested
    ['暑い日は、川遊びで体を冷やしましょう。掘割には飛び込まないでください。', 'post'],
    ['万一、掘割に落ちて頭を打った場合は、すぐに病院へ。', 'post'],
    ['夏は掘割の川下りで、頭を冷やしてみてはいかがでしょう。', 'post'],
    // children's work praised in earnest
    ['作文コンクールの表彰式がありました。小学生の作文としては、とてもよく書けている作品ばかりでした。', 'post'],
    ['子どもたちの作品展です。小学生の作品としては、とても立派な出来ばえです。', 'post'],
    // where one posts from, asked or used for help
    ['どちらから投稿されているのか分からない場合は、お問い合わせください。', 'post'],
    ['どこから書き込んでいるのか分かりました。避難所のご案内をお送りします。', 'reply'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R243H/R245M (host6), a child-level explanation to an asker, the walk alone at night, an identity said findable, a faculty admired for its abundance, a subject said beyond a critic, a difficulty put down to age, a hazard suggested to a critic, a rival town\'s produce run down', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // an explanation fit for a child offered to the asker, as a repeat or with a check it sank in (R243H-002, R245M-025 kind)
    ['お問い合わせの件、子どもにも分かるように改めてご説明します。粗大ごみは予約制です。', 'hostility/confrontational:warn', 'reply'],
    ['同じお問い合わせが続いておりますので、小学生にも分かるように書いておきます。申請は窓口でお願いします。', 'hostility/confrontational:warn', 'comment'],
    ['駐車場は裏手です。小学生でも分かるようにご案内しました。これでご理解いただけましたでしょうか。', 'hostility/confrontational:warn', 'reply'],
    // the walk alone at night named as what to mind, after a dispute (R245M-024 kind)
    ['@abc そんなに市政に文句がおありなら、夜道の一人歩きにはお気をつけください。', 'hostility/threat:block', 'reply'],
    ['ご不満なら結構です。ただ、夜の独り歩きにはくれぐれも気をつけてくださいね。', 'hostility/threat:block', 'reply'],
    // who posted said findable as a general truth, then warned (R243H-003 kind)
    ['@abc 投稿者というものは、調べればすぐに特定できるものです。今後の書き込みには十分ご注意ください。', 'hostility/threat:block', 'reply'],
    ['匿名だから大丈夫とお思いでしょうが、発信元は法的な手続きを取ればいずれ分かるものですよ。発言には気をつけた方がよろしいかと。', 'hostility/threat:block', 'reply'],
    // a critic's faculty admired for its abundance (R243H-001 kind)
    ['説明会にも来られずにここまでご批判いただけるとは、その想像力の豊かさには本当に感服いたします。', 'hostility/confrontational:warn', 'reply'],
    ['何度ご案内しても読まれない方の、その理解力の高さには恐れ入ります。', 'hostility/confrontational:warn', 'post'],
    // a subject said beyond a critic (R243H-005 kind)
    ['@abc 地名を何度も間違えてお書きになる方に、市の財政を論じていただくのは荷が重いかと存じます。', 'hostility/confrontational:warn', 'reply'],
    ['ご意見拝見しました。あなたには観光行政を語るのは少々荷が重いようですね。', 'hostility/confrontational:warn', 'reply'],
    // a complainant's difficulty put down to their age (R243H-006 kind)
    ['申請画面が分かりにくいとのことですが、お年ですから分からなくても無理はありませんよね。', 'hostility/confrontational:warn', 'comment'],
    ['@abc 文字が小さいとのご意見、ご年齢的に読みにくいのは仕方ないですよね笑', 'hostility/confrontational:warn', 'reply'],
    // a critic invited to go out into a hazard (R243H-004 kind)
    ['@abc 柳川がそんなにお嫌いなら、台風の日にでも海岸をお散歩されてはいかがですか。', 'hostility/curse:block', 'reply'],
    ['文句ばかりのあなた、豪雨の夜に川沿いを歩いてみたらどうでしょう。', 'hostility/curse:block', 'reply'],
    // a rival town's produce run down as not to be put beside ours (R245M-027 kind)
    ['柳川のうなぎを、よその町で出されるようなものと一緒にしないでほしいですね。', 'hostility/confrontational:warn', 'post'],
    ['うちの海苔は、お隣の市のなんかとは比べものにならない味です。', 'hostility/confrontational:warn', 'post'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // a page made for children or newcomers
    ['夏休みの自由研究にどうぞ。ごみの分別を小学生にも分かるように改めてご説明します。', 'post'],
    ['親子で読める防災ブックです。小学生にも分かるように書いています。', 'post'],
    ['ご質問ありがとうございます。外国の方にも分かるよう、やさしい日本語で改めてご説明します。', 'reply'],
    // a safety notice about the walk home at night
    ['年末は夜道の一人歩きを避け、明るい道を選んでください。', 'post'],
    ['夜道の一人歩きには、防犯ブザーを持つなどお気をつけください。', 'post'],
    // a fraud mail traced, an owner found
    ['なりすましメールの発信元は、調べればすぐに分かるものです。不審なメールにはご注意ください。', 'post'],
    // children's imagination praised in earnest
    ['子どもたちの作品展、その想像力の豊かさには本当に感心しました。', 'post'],
    ['受賞作品の発想力の豊かさに感服しました。', 'post'],
    // a task shared out, help offered for age
    ['介護を一人で抱えるのは荷が重いものです。地域包括支援センターにご相談ください。', 'post'],
    ['ご年齢的に操作が難しい方は、窓口でもお手続きいただけます。', 'post'],
    ['年齢的に体力が落ちるのは仕方ないことです。無理せず休憩をとりましょう。', 'post'],
    // a hazard warned of
    ['大雨の日に掘割沿いを散歩するのは危険です。増水時は近づかないでください。', 'post'],
    ['台風の日は海岸に近づかないでください。', 'post'],
    // a rival town mentioned fairly, a sorting rule
    ['近くの市と一緒に、合同で海苔の販売会を開きます。', 'post'],
    ['他の市町村で購入したごみ袋と一緒に出さないでください。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R256M/R257P kinds (host9), a face said known after a warning, 筑後弁 progressive of an insult, the town made small for a critic', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  // Kinds: a warning to remember told first and the resident's face or name said known after it, to one who made a scene or
  // complained (R256M-019, block); "one's head is boiling" in the dialect progressive (沸いとる, わいちょる; R256M-020, block); mock
  // humility that calls the town's fare too plain for a critic whose refinement is mocked (R257P-003, warn).
  it.each<[string, string, CheckContext['mode']]>([
    ['@kuji_taro 受付で怒鳴っていた方ですよね。今度来られるときはよく覚えておいてくださいね。顔はもう把握しておりますので。', 'hostility/threat:block', 'reply'],
    ['何度も苦情のお電話をくださる方へ。お忘れなく。お名前もお顔もこちらで存じております。', 'hostility/threat:block', 'post'],
    ['毎日同じ文句ばっかり書き込んで、頭沸いとるとやないと？', 'hostility/insult:block', 'comment'],
    ['そげんこと言うて、あんた頭わいちょるんか？', 'hostility/insult:block', 'comment'],
    ['@gourmet_k 食通の方には、うちみたいな小さな町の料理ではご満足いただけなかったようですね。', 'hostility/confrontational:warn', 'reply'],
    ['@aji_hyoka お目が高いことで。田舎の宿はお気に召さなかったようで、失礼いたしました。', 'hostility/confrontational:warn', 'reply'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // a regular greeted, a date to remember, a smile
    ['@hanako_y 次回の教室は第2土曜日です。覚えておいてくださいね。お顔はもう分かっていますから、受付で気軽に声をかけてください。', 'reply'],
    ['ボランティアの皆さんの笑顔はもう分かっています。今年もよろしくお願いします。', 'post'],
    // hot water, a crowd heated up
    ['足湯のお湯がわいとるけん、ゆっくり温まっていってね。', 'post'],
    ['会場は朝から大盛り上がりで、みんなわいとります！', 'post'],
    // a plain apology for a dish, a modest guide
    ['@tabi_y ご来店ありがとうございました。お口に合わなかったようで申し訳ございません。いただいたご意見は店舗にお伝えします。', 'reply'],
    ['素朴な田舎の味ですが、食通の方にもぜひ味わっていただきたい一品です。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R273B/R274K/R276N/R277T/R278M kinds and JM-047 (host13)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  // Kinds: an insult with a lookalike kanji in katakana (R273B-003); a critic told their past posts were read, with a remark on where
  // they live (R274K-009); the worth said to be for those who can tell it (R274K-031); ironic thanks for what people who did not read
  // taught us (R274K-034); told to look again and they will surely understand (R274K-045); critics as the same few people (R274K-056);
  // told not to take part if they only complain (R276N-004); the head doubted as the writer's worry, spelt out (R277T-004); the
  // repeated poster told talking is a waste (R277T-002); "you need not have come" to a bad review (R277T-003); a threat to publish a
  // video or photo if they misbehave again (R278M-049, block).
  it.each<[string, string, CheckContext['mode']]>([
    ['駅前に毎朝ゴミを置いていくバ力がいて困っています。', 'hostility/insult:block', 'post'],
    ['そんなこと言う奴は力スやろ。', 'hostility/insult:block', 'comment'],
    ['@kawa_kansi 様、ご意見ありがとうございます。過去の書き込みも全部読ませていただきましたが、県外にお住まいなのですね。', 'hostility/confrontational:warn', 'reply'],
    ['料金が高いとのご意見ですが、この舟遊びの良さが分かる方に乗っていただければ結構です。', 'hostility/confrontational:warn', 'comment'],
    ['閉館のご報告です。注意書きを読まない方が大勢いらっしゃることが分かり、いい勉強になりました。', 'hostility/confrontational:warn', 'post'],
    ['@taro_k 申請方法は広報紙に載せております。再度よくお読みいただければ、必ずお分かりになるかと存じます。', 'hostility/confrontational:warn', 'reply'],
    ['毎回同じ数人の方から、似たようなご批判をいただいておりますね。', 'hostility/confrontational:warn', 'reply'],
    ['@kuji_hazure 不満ばっかり言うくらいなら、もう申し込まないでください。', 'hostility/confrontational:warn', 'reply'],
    ['これで五回目のご質問です。あたま大丈夫かしらと正直思ってしまいます。', 'hostility/insult:block', 'reply'],
    ['同じ内容のコメントが何度も届いていますが、これ以上お答えしても時間の無駄ですので。', 'hostility/confrontational:warn', 'reply'],
    ['退屈だったのなら、無理して来なくてもよかったのではないでしょうか。', 'hostility/confrontational:warn', 'comment'],
    ['@noise_man 今度また窓口で怒鳴るようなら、録画した映像をネットに載せますよ。', 'hostility/threat:block', 'reply'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // katakana words with a real 力 or 一 after kanji, a place name
    ['チーム力を高めるバスケット教室を開きます。', 'post'],
    ['夕方のバス便を一部変更します。', 'post'],
    // an archive offered, a thank-you for photos
    ['過去の投稿をさかのぼってご覧いただくと、昨年の白秋祭の様子もご覧いただけます。', 'post'],
    ['@hana_y 素敵なお写真ありがとうございます。過去の投稿も拝見しました。これからも柳川の魅力を発信してください。', 'reply'],
    // an invitation to those who know the taste, a finding with a measure
    ['違いが分かる方にこそ味わっていただきたい、有明海の一番摘み海苔です。', 'post'],
    ['ヘルメットをかぶらない人がまだ多くいることが分かり、啓発を強化します。', 'post'],
    // an invitation to look again, some opinions reported
    ['詳しい日程は、もう一度ホームページをご覧いただければ幸いです。', 'post'],
    ['一部の方から、駐車場が狭いとのご意見をいただいています。拡張を検討します。', 'post'],
    ['決まった数名の方から、毎年温かいご寄付をいただいております。', 'post'],
    // event videos published, reassurance not to come when ill
    ['次回の大会でも、当日の動画をこちらのアカウントで公開します。', 'post'],
    ['今後、不法投棄が確認された場合は、現場の写真を市ホームページで公表します。', 'post'],
    ['体調が悪いなら、無理に来なくても大丈夫です。オンラインでもご参加いただけます。', 'post'],
    // a head checked after a fall
    ['転んで頭をぶつけたので、大丈夫かなと心配で病院に行きました。', 'post'],
    // a prejudice quoted and set aside
    ['「言葉が分からないから無理」ではなく、ゆっくり話すやさしい日本語で伝えてみませんか？', 'post'],
    ['「日本語が通じないから無理」じゃなくて、身ぶりや絵も使ってみましょう。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R281B-006, R280C-023, R281B-011 kinds (host15)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  // Kinds: a rule-breaker told who they are is already guessed and that they will be made to regret it if they go on (R281B-006,
  // block); a resident's competence mocked, a simple task said beyond them or their right to speak doubted (R280C-023); a critic
  // invited, as "one option", to move to another town (R281B-011).
  it.each<[string, string, CheckContext['mode']]>([
    ['ごみ出しの決まりを守らない方へ。誰がやっているのか、目星はついております。今後も続くようでしたら、後悔なさることになりますよ。', 'hostility/threat:block', 'post'],
    ['公園に無断で車を停め続けている方へ。どなたかはおおよそ察しがついています。これ以上なら、後悔していただくことになります。', 'hostility/threat:block', 'post'],
    ['@yamada_k 書き込みをされている方、どなたなのかこちらではもう見当がついております。そのおつもりで。', 'hostility/threat:block', 'reply'],
    ['@kenji_t 書類の記入すらまともにできない方に、市政を語る資格があるのでしょうか。', 'hostility/confrontational:warn', 'reply'],
    ['@kenji_t 案内文すらきちんと読めない方が、行政に意見する資格がおありなのでしょうか。', 'hostility/confrontational:warn', 'reply'],
    ['そんなに柳川での暮らしがご不満でしたら、ほかの町へ移られるのも一つの選択肢かと思います。', 'hostility/confrontational:warn', 'comment'],
    ['市のやり方がそんなにお嫌でしたら、転居されるのも一つの方法ではないでしょうか。', 'hostility/confrontational:warn', 'comment'],
    ['@aaa 何度説明しても日本語が通じないんですか？', 'hostility/insult:block', 'reply'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // regret as a reason to apply early, the cause of a fault guessed
    ['後悔のないようにお早めにお申し込みください。定員になり次第締め切ります。', 'post'],
    ['停電の原因はおおよそ見当がついています。復旧まで今しばらくお待ちください。', 'post'],
    // the owner of a found item or a lost pet guessed so it can be returned
    ['落とし物の持ち主がどなたか、見当がついています。窓口でお預かりしていますので、お越しください。', 'post'],
    ['駅前で財布を拾われた方から届け出がありました。落とし主がどなたか、おおよそ見当がついております。', 'post'],
    // help for those who find a task hard, a qualification, the writer's modesty
    ['階段すらまともに上れない方のために、送迎サービスを用意しています。', 'post'],
    ['保育士の資格をお持ちの方を募集しています。応募する資格があるかどうかは要項をご覧ください。', 'post'],
    ['私に子どもたちの未来を語る資格があるのか、今も自問しています。', 'post'],
    // complaints invited, moving procedures, housing help
    ['不満な点があれば市民相談室へどうぞ。引っ越しの際の手続きは市民課でご案内します。', 'comment'],
    ['転出・転居の手続きは、引っ越しの日から14日以内に行ってください。', 'post'],
    ['今のお住まいにご不満がある方は、市営住宅への住み替えのご相談も窓口でお受けしています。', 'comment'],
    // not understanding Japanese given as the reason for help, with から or かも after it (no question asked of the reader)
    ['日本語が通じないかもしれない方のために、多言語の案内と通訳を用意しています。', 'post'],
    ['日本語が通じないから窓口が不安という方へ、やさしい日本語と通訳でご案内します。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R283Q-024 kind (decmisc16), a reader\'s failure to follow so little called worrying, with a laugh', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'reply') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  // Kind: この程度/これくらい + not understanding it + worry or "are you all right" + a laugh: the reader's understanding mocked.
  it.each([
    '@a これくらいの案内で分からないなんて、大丈夫ですか笑',
    '@a この程度の手続きでわからないとは、少し不安になりますね（笑）',
  ])('flags %s', (text) => {
    expect(hard(text)).toEqual(expect.arrayContaining([expect.stringContaining('hostility/confrontational:warn')]))
  })
  it.each([
    '@a 説明が分かりにくく申し訳ありません。改めてご案内いたします。',
    '@a この程度の雨でしたら、運行に心配はありません。',
    '@a これくらいの量で分からないことがあれば、お気軽にご相談ください。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

describe('hostility: blind R286A-026, R290P-026, R287L-054, R287L-016, R289O-022, R287L-044 kinds (host17)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  // Kinds: a person wished disposed of like an animal, in the passive (R286A-026, block); a critic's next nomination, contract or
  // subsidy hinted at as punishment (R290P-026, block); an English insult spelt out with spaces (R287L-054, block); the addressee's
  // head called empty, with a simile between and a dialect retort (R287L-016, block); critics' opinions declared not worth hearing
  // (R289O-022, warn); a critic told to relearn a basic from the start, with a smiley (R287L-044, warn).
  it.each<[string, string, CheckContext['mode']]>([
    ['ごみを川に捨てるような連中こそ、まとめて処分されればいいと思う。', 'hostility/curse:block', 'post'],
    ['ああいう人たちは駆除されたらいいのに。', 'hostility/curse:block', 'comment'],
    ['@kensetsu_a そこまで市の入札に文句をおっしゃるなら、次の契約がどうなるか、よくお考えになった方がいいですよ。', 'hostility/threat:block', 'reply'],
    ['@shop_b 補助金の審査に苦情を書き込まれる前に、来年度の補助金がどうなるか、覚悟しておいてくださいね。', 'hostility/threat:block', 'reply'],
    ['@chikugo_kensetsu そこまで入札制度に文句をおっしゃるなら、御社の過去の工事も一つずつ調べさせていただきますね。次の指名がどうなるか、よく考えてから発言された方がいいですよ。', 'hostility/threat:block', 'reply'],
    ['子犬を捨てるような人間こそ、檻に入れられて処分されればいいと思います。', 'hostility/curse:block', 'comment'],
    ['Nobody asked you, i d i o t.', 'hostility/insult:block', 'reply'],
    ['Complaining about the river again? s t u p i d 🙄', 'hostility/insult:block', 'quote'],
    ['@kaze_z そう言うあんたの頭こそ、干からびた堀みたいにカラッポやろ', 'hostility/insult:block', 'reply'],
    ['@kaze_z 田舎って言うお前の頭の中のほうがスカスカだろ笑', 'hostility/insult:block', 'reply'],
    ['祭りの運営を一度も手伝ったことのない方々のご意見は、正直なところ耳を傾ける価値もございません。', 'hostility/confrontational:warn', 'post'],
    ['@nishi_k そのようなご批判は、はっきり申し上げて論外です。', 'hostility/confrontational:warn', 'reply'],
    ['地図が分かりにくいとのコメント、ありがとうございます。地図の見方から学び直されてはいかがでしょうか(^^)', 'hostility/confrontational:warn', 'comment'],
    ['@ume_t 文字が小さいとのご指摘ですが、老眼鏡の選び方から勉強し直されてはどうでしょう笑', 'hostility/confrontational:warn', 'reply'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // an animal shelter's notice, things disposed of, pests controlled
    ['保護犬・保護猫の殺処分ゼロを目指します。処分される命を減らすため、譲渡会へのご来場をお待ちしています。', 'post'],
    ['粗大ごみは、市の収集日に出していただければ適切に処分されます。', 'post'],
    ['古い書類は年度末に処分されたらいいと思います、と職員から提案がありました。', 'post'],
    // a tender or a subsidy spoken of plainly
    ['入札参加資格の審査を行います。次の指名がどうなるかは、審査の結果により決まります。', 'post'],
    ['来年度の補助金がどうなるか、まだ決まっていません。決まり次第お知らせします。', 'post'],
    ['市が発注した工事の品質を一つずつ調べています。結果はホームページで公表します。', 'post'],
    // review (rvhost): the city's own deliberation, the honorific of disposing of a thing oneself
    ['補助金についてたくさんのご意見をいただきました。来年度の補助金がどうなるか、市としてもよく考えて予算編成を進めます。', 'post'],
    ['事業者の皆様から苦情もいただいていますが、次年度の委託がどうなるか、よく考えたうえで年内にお知らせします。', 'post'],
    ['@shop_c ご意見ありがとうございます。次回の入札がどうなるか、担当課でじっくり考えて制度を見直します。', 'reply'],
    ['放置自転車の所有者は、保管期限までに引き取るか、ご自身で処分されたらいいですよ。', 'post'],
    ['不要になった家具は、所有者の方が各自で処分されたらよいと思います。', 'post'],
    ['引っ越しの際、利用者の皆さんは古い家電を処分されたらいいですよ。リサイクル券をお忘れなく。', 'post'],
    // English welcome posts, a spelt-out word on a sign
    ['Welcome to Yanagawa! Enjoy the boat ride. S E E  Y O U  S O O N', 'post'],
    ['The letters J R on the map mark the station.', 'post'],
    // a brain-teaser, a relaxing class
    ['頭の体操クイズ！頭の中を空っぽにして楽しんでください。', 'post'],
    ['ヨガ教室で、頭の中が空っぽになる心地よさを味わってみませんか。', 'post'],
    // opinions welcomed, a rumour not worth believing
    ['いただいたご意見を参考にさせていただきます。', 'post'],
    ['根拠のない噂は信じるに値しません。正しい情報は市のホームページでご確認ください。', 'post'],
    // a study meeting, a class where the basics can be learned
    ['スマホの勉強会を開きます。明るさ調整から学べます。', 'post'],
    ['スマホ教室で明るさ調整を学べます。初心者の方は基本から学び直してみてはいかがでしょうか。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R294I-019, R292E-045, R294I-021, R291F-025 kinds (host18)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  // Kinds: a colleague's or superior's brains said to be dropped or left somewhere (R294I-019, block); a person called incompetent or
  // useless with すぎる (R294I-019, block); a critic thanked for their "lofty opinion" in irony, or dared with a laugh to do the job
  // themselves (R292E-045, warn); an unnamed grown-up asked with a sneer how they can be so unbothered (R294I-021, warn); another town
  // or its facility run down in the city's voice (R291F-025, warn).
  it.each<[string, string, CheckContext['mode']]>([
    ['隣の係の主任、おつむをどこかの田んぼに置いてきたんやろか。', 'hostility/insult:block', 'post'],
    ['@tarou_k あんた、脳みそ家に忘れてきたんですか？', 'hostility/insult:block', 'reply'],
    ['同期の新人くん、電話ひとつ取れないとか役立たずすぎでしょ。', 'hostility/insult:block', 'post'],
    ['あの人ほんとポンコツすぎて話にならん。', 'hostility/insult:block', 'post'],
    // review (rvhost): the older colleague-mockery warning no longer takes the span first
    ['うちの課長、資料ひとつ読めんとか無能すぎる', 'hostility/insult:block', 'post'],
    ['うちの係長、ハンコひとつまともに押せんとか役立たずすぎでしょ。', 'hostility/insult:block', 'post'],
    ['@seisou_iyada ご高説ありがとうございます。そこまでおっしゃるなら、次回の清掃はぜひ班長としてご活躍ください（笑）', 'hostility/confrontational:warn', 'reply'],
    ['ご指摘のコメント、ご高説痛み入ります。', 'hostility/confrontational:warn', 'comment'],
    ['@hana_m ありがたいご高説、痛み入ります。', 'hostility/confrontational:warn', 'reply'],
    ['@kouen_x そこまで言うなら、草刈りはぜひご自分でやってみてくださいw', 'hostility/confrontational:warn', 'reply'],
    ['会議室に傘を置きっぱなしにした方、いい大人がよくも平気な顔で帰れますね。', 'hostility/confrontational:warn', 'post'],
    ['隣の市の花火大会にも行きましたが、正直大したことなかったです。柳川の花火が一番！', 'hostility/confrontational:warn', 'post'],
    ['隣町の温泉は、わざわざ行く価値なしですね。やっぱり柳川の温泉へどうぞ。', 'hostility/confrontational:warn', 'post'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // a brain-training class, the writer's own joke
    ['脳みそ体操で楽しく頭を使いましょう。脳トレ教室は毎週水曜日です。', 'post'],
    ['私、今朝は脳みそを家に置いてきたみたいです（笑）', 'post'],
    // a legal term, a machine, the writer themself
    ['成年被後見人（旧・無能力者）の制度について、法律相談で説明します。', 'post'],
    ['庁舎のコピー機、ポンコツすぎて修理を依頼しました。', 'post'],
    // a book's title, a sincere invitation
    ['図書館の新着図書に『ご高説拝聴』が入りました。', 'post'],
    // review (rvhost): sincere thanks after a lecture
    ['先生のご高説、誠にありがとうございました。', 'post'],
    ['田中先生のご高説を拝聴し、大変勉強になりました。', 'post'],
    ['本日の講演会では、講師の山田教授のご高説に感謝申し上げます。', 'post'],
    ['そこまでおっしゃるなら、ぜひ一度清掃活動にご参加ください。お待ちしています。', 'reply'],
    // a late hobby, grown-ups at play
    ['いい歳をして始めた趣味の陶芸ですが、今では生きがいです。', 'post'],
    ['いい大人が本気で遊ぶ、夏の水かけ祭りを開催します。', 'post'],
    // a neighbour praised, joint work, the weather
    ['お隣の大川市の道の駅もおすすめです。家具の展示も見ごたえがあります。', 'post'],
    ['近隣市町との連携で、観光ルートを整備しました。', 'post'],
    ['お隣の町の花火大会は、あいにくの雨で天気がいまひとつでした。', 'post'],
    ['いまいちど、お住まいの地域の避難所をご確認ください。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: a polite menace to debtors, and residents told their trouble is their own fault (blind R297H-021, R296Y-026 kinds, hostmask19)', () => {
  const hard = (text: string) => summary(findingsOf(hostility, text)).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  // Kinds: residents who owe the city money told in polite form that they will not get away (逃げられると思わないでください) (R297H-021,
  // block); a group of residents (students, young people, those who did not come) told with a rhetorical question that their trouble is
  // their own doing (自業自得では？, 自己責任でしょ, 当然では？) (R296Y-026, warn).
  it.each<[string, string]>([
    ['保育料をいつまでも払わない方へ。逃げられると思わないでくださいね。', 'hostility/threat:block'],
    ['給食費を何か月も納めていただけない世帯があります。隠し通せると思わないでください。', 'hostility/threat:block'],
    ['市税を滞納されている皆さん、逃げ切れると思わないでください。', 'hostility/threat:block'],
    ['ボランティア説明会を欠席した若者が活動に参加できないのは自己責任でしょう。', 'hostility/confrontational:warn'],
    ['申込期限を守らなかった方が抽選から外れても自業自得ではないですか？', 'hostility/confrontational:warn'],
    ['奨学金の返還に困ってる学生さん、計画もなく借りたのなら当然では？', 'hostility/confrontational:warn'],
  ])('flags %s', (text, expected) => {
    expect(hard(text)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each([
    // the law said plainly, an evacuation call, a danger warned of
    '納期限を過ぎると督促状が送付され、差押えを行う場合があります。',
    '市税を納めていただけない場合は、延滞金がかかります。分割納付のご相談は納税課へ。',
    '逃げ遅れのないよう、早めに避難を始めてください。',
    '若いから熱中症から逃げられると思わないでください。こまめな水分補給を。',
    // support, a denial, a rule told in full
    '自業自得と言われがちな失敗も、ひとりで抱えず相談してください。',
    '学生の皆さん、就活の悩みは自己責任ではありません。キャリア相談窓口へどうぞ。',
    '川遊びは自己責任でお願いします。ライフジャケットを着用しましょう。',
    '入場は無料です。当然では？と思われるかもしれませんが、保険料も市が負担しています。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

describe('hostility: a home guessed from posts with a wise-course warning, a sneer at an asker who missed the obvious, a critic\'s zeal wished elsewhere (blind R298K-015, R298K-018, R298K-024 kinds, hostmask20)', () => {
  const hard = (text: string) => summary(findingsOf(hostility, text, { mode: 'reply' })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  // Kinds: a critic told politely that where they live or who they are can be guessed (見当がつきます, おおよそ分かります) and that holding
  // back would be wise (R298K-015, block); an asker told with a question they could not see what was shown plainly, or mocked that such
  // askers still exist (R298K-018, warn); a frequent critic's zeal wished on "something else" with mock admiration (R298K-024, warn).
  it.each<[string, string]>([
    ['@kaze_22 ご自宅の場所は、アップされた動画の景色からだいたい分かります。今後のコメントはお控えになったほうがよろしいかと。', 'hostility/threat:block'],
    ['@abc_77 書き込みの発信元は、文面の癖からおおよそ見当がつきます。これ以上はお控えになったほうがご自身のためですよ。', 'hostility/threat:block'],
    ['ご意見ありがとうございます。市報の一面に大きく載せておりますが、お読みになれませんでしたか？', 'hostility/confrontational:warn'],
    ['こんなお問い合わせをされる方がいまだにおられるとは意外でした。', 'hostility/confrontational:warn'],
    ['募集要項の冒頭に赤字で書いてあるのですが、目に入りませんでしたか？', 'hostility/confrontational:warn'],
    ['@toku_mei 連日のご指摘、ありがとうございます。そのエネルギーをほかの方面に使われたら、きっと大成されるでしょうね。', 'hostility/confrontational:warn'],
    ['毎日のように苦情のお電話をくださる熱意には感服します。その熱意を別のことに向けていただけたら、どれほど地域のためになることでしょう。', 'hostility/confrontational:warn'],
  ])('flags %s', (text, expected) => {
    expect(hard(text)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each([
    // a place to check, a photo notice, a plain answer
    'お住まいの地域の避難所をご確認ください。',
    '写真の背景に写り込んだ方はお申し出ください。',
    'ご質問ありがとうございます。ホームページのトップに掲載しています。',
    '落とし物の持ち主がどなたか、おおよそ見当がつきます。窓口でお預かりしています。',
    // a real question, our own fault owned, admiration
    '昨夜の花火は、お宅から見えませんでしたか？',
    'ホームページのトップに掲載していますが、見つけられませんでしたか？分かりにくくて申し訳ありません。',
    '昔ながらの手仕事を続ける方がまだいらっしゃるとは驚きました。',
    // sincere praise, a named activity invited
    '皆さまの熱意に頭が下がります。',
    'その情熱をほかの地域活動にも向けていただけたらうれしいです。ボランティア募集中です！',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

describe('hostility: stop 55, 覚悟してください before a hardship of the outing is a friendly warning, not a threat', () => {
  const hard = (text: string) => summary(findingsOf(hostility, text, { mode: 'post' })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each([
    '不法投棄した方は覚悟してください。',
    '次は容赦しません。覚悟しておいてください。',
    '激辛だろうが何だろうが、違反した人は覚悟してください。',
  ])('blocks %s', (text) => {
    expect(hard(text)).toEqual(expect.arrayContaining([expect.stringContaining('hostility/threat:block')]))
  })
  it.each([
    '新メニューは激辛なので覚悟してください！',
    '山頂までは階段が多いので覚悟してくださいね。',
    '当日は行列が予想されます。待ち時間は覚悟してください。',
    '特盛はボリュームがすごいので覚悟しておいてください😋',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

describe('hostility: a polite record-keeping threat, all talk and no help, a complaint answered as a favour or with a skill denied, a proverb of futility, a visitor mocked (blind R302K-031, R299D-060, R302K-018, R302K-005, R302K-038, R301F-031 kinds, host20)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'reply') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  // Kinds: people addressed by what they keep doing told in humble keigo that their face or number is on record, and to think what comes
  // next (R302K-031, block); the addressee's group called all talk and no help (R299D-060, block); a complaint about effort answered as a
  // favour to the complainer's health (R302K-018, warn); a complaint answered by implying the complainer lacks a basic skill (R302K-005,
  // warn); a proverb of futility said of people who ask again (R302K-038, warn); a pointed-at person's words called laughable, and a
  // visitor told to have checked the basics first (R301F-031, warn).
  it.each<[string, string]>([
    ['夜中に公園で騒いでいる方々へ。お顔もお車のナンバーも記録させていただいております。この先どうなるか、よくお考えください。', 'hostility/threat:block'],
    ['毎晩ごみを置いていかれる方へ。車のナンバーは控えております。今後どうなるか、ご自身のためによくお考えになったほうがよろしいかと。', 'hostility/threat:block'],
    ['@hana_77 ご不満でしたらご自分で役をお引き受けください。口ばかりで何一つやらない人が一番困ります。', 'hostility/insult:block'],
    ['@sora_3 文句を言う前に手伝ってください。口出しばかりして何もしない保護者には困っています。', 'hostility/insult:block'],
    ['「駐車場が狭い」とのご意見を拝見しました。少し離れた第2駐車場から歩けば、ダイエットにもってこいの距離かと存じます。', 'hostility/confrontational:warn'],
    ['「坂がきつい」とのご投稿をいただきました。市からの健康プレゼントと思ってお楽しみください。', 'hostility/confrontational:warn'],
    ['申込方法が分かりにくいとのご指摘、ありがとうございます。説明書を読むのが苦手な方にもお分かりいただけるよう、次回は図を増やしますね。', 'hostility/confrontational:warn'],
    ['分別のルールは何度もお知らせしておりますが、同じお問い合わせが続きます。まさに糠に釘ですね。', 'hostility/confrontational:warn'],
    ['駐輪のマナーについて再三お伝えしても改善されません。暖簾に腕押しとはこのことです。', 'hostility/confrontational:warn'],
    ['引用失礼します。この人、受付時間も確認せずに来て「対応が悪い」とか言ってるの、ちょっと笑っちゃいます🙄', 'hostility/confrontational:warn'],
    ['せめて時刻表くらい調べてから来てほしいものです。', 'hostility/confrontational:warn'],
  ])('flags %s', (text, expected) => {
    expect(hard(text)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each([
    // a notice, a crime reported, a visitor's record at the desk, a volunteer thanked
    '防犯カメラで記録しています。',
    'ナンバーを控えて警察に通報しました。',
    'お顔とお名前は受付で記録させていただいております。入館証をお渡しします。',
    '毎週ボランティアに来られている方へ。いつもありがとうございます。お顔もすっかり覚えさせていただいております。',
    // a recruitment, our own resolve
    '役員の引き受け手を募集しています。',
    '口だけで終わらないよう、私たちも行動します。',
    // a neutral tip, an exercise class
    '駅から徒歩20分、いい運動になります。',
    'ウォーキング教室のご案内。運動不足解消にぴったりのコースです！',
    // a plain improvement, support for a real need
    '地図が苦手な方にも分かりやすい案内板を設置しました。',
    'ご意見を受けて、日本語が苦手な方にも分かるよう多言語の案内を用意しました。',
    // a proverb learnt or explained, explaining again with our own effort
    'ことわざ教室で「馬の耳に念仏」を学びました。',
    '猫に小判ということわざの意味を、何度も子どもたちと考えました。',
    '何度もご説明してきましたが、まだ分かりにくい点があるようです。改めて図でご案内します。',
    // laughter at a show, a plain request
    'この方の漫談、何度見ても笑っちゃいます。',
    '地図を持ってお越しください。',
    '場所を確認してからお越しください。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

describe('hostility: a known home with the neighbours held over, a narrow-world proverb at residents, a magnifier or a child-level rewrite for the complainer, a wait called a gift, no time to read the rules, a thin purse told to settle (blind R304W-048, R304W-053, R304W-037, R304W-042, R304W-043, R304W-020, R304W-010 kinds, host21)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'reply') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  // Kinds: a critic told their home is roughly known and their standing with the neighbours mentioned, with care advised (R304W-048,
  // block); a proverb of narrowness or futility aimed at residents who disagree (R304W-053, warn); a magnifier offered to one who missed
  // a notice said to be big (R304W-037, warn); a rewrite at a child's level for the complainer, capped with "this should do, right?"
  // (R304W-042, warn); the others' wait at the desk called a precious chance, after おかげさまで (R304W-043, warn); rule breakers said to
  // have no time to read the rules (R304W-020, warn); price complainers with a thin purse told the cheap option is enough (R304W-010, warn).
  it.each<[string, string]>([
    ['@kawa_22 毎日のご投稿、拝見しています。ご自宅のおおよその場所は見当がついております。ご近所での評判にも関わりますので、慎重になさったほうがよろしいかと。', 'hostility/threat:block'],
    ['@mizu_9 いつものコメント、ありがとうございます。どなたが書かれているかも把握しております。今後の投稿は慎重になさったほうがよろしいでしょう。', 'hostility/threat:block'],
    ['新しい図書館の計画に反対のご意見をいただいています。「井の中の蛙」ですね、市外をあまりご存じない方ほどそうおっしゃいます。', 'hostility/confrontational:warn'],
    ['一部の住民の方から反対のお声があります。論語読みの論語知らずとはこのことかと思います。', 'hostility/confrontational:warn'],
    ['一部の住民の方から同じ反対のご意見が届いております。猫に小判とはまさにこのことで、担当一同あきれております。', 'hostility/confrontational:warn'],
    ['@taro_k 案内板にはっきり書いてありますが、閉館は17時です。見えにくかったのでしたら失礼しました。今度は老眼鏡をお持ちくださいね。', 'hostility/confrontational:warn'],
    ['「申請書がわかりにくい」とのご意見をいただいたので、子どもでも書けるように記入例を作りました。これでもう大丈夫ですよね？', 'hostility/confrontational:warn'],
    ['受付で30分以上同じ質問を続けてくださった方、ありがとうございました。おかげさまで、ほかの皆さまは待つという貴重な時間を過ごせました。', 'hostility/confrontational:warn'],
    ['ごみを分別せずに出す一部の方は、案内を読む時間がないのでしょうね。', 'hostility/confrontational:warn'],
    ['駐輪場のルールを守らない一部の方々も、きっとお忙しくて掲示をお読みになれないのでしょうね。お疲れさまです。', 'hostility/confrontational:warn'],
    ['入場料が高いという声もありますが、懐が寂しい方は無料エリアで十分ですよ😏', 'hostility/confrontational:warn'],
  ])('flags %s', (text, expected) => {
    expect(hard(text)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each([
    // an apology to the neighbours, a home visit told kindly
    'ご近所の皆さまにご迷惑をおかけしました。工事は慎重に進めてまいります。',
    // a proverb learnt, our own resolve to look outward
    'ことわざ教室で「井の中の蛙」を学びました。',
    '井の中の蛙にならないよう、職員は他市の取り組みも学んでいます。一部の方からいただいたご意見も参考にします。',
    // a magnifier at a nature class or lent at the desk
    '虫眼鏡を使った自然観察会を開きます。',
    '文字が小さく読みにくいとのお声をいただき、窓口に拡大鏡をご用意しました。',
    // an easy-Japanese leaflet offered
    'やさしい日本語・ひらがな版のチラシもご用意しました。',
    'こどもでもわかるよう、ひらがなでかいたチラシです。これならだいじょうぶですよね？ぜひよんでみてください。',
    // an apology for the wait, a real experience thanked
    '窓口が混み合い、お待たせして申し訳ありませんでした。',
    '皆さまのおかげさまで、子どもたちは貴重な経験をすることができました。',
    // a busy reader thanked, a cheap option offered
    'お忙しい中ご来場ありがとうございました。',
    '説明会に来る時間がない方は、動画でもご覧いただけます。',
    'スーパーでも買える柳川のうなぎの蒲焼をご紹介します。',
    'お財布にやさしいランチもあります。',
    'お財布が寂しい方は、無料の足湯で十分楽しめますよ。',
    '年末で市場の皆さんもお忙しいのでしょうね。お疲れさまです！',
    '井の中の蛙大海を知らず、されど空の青さを知る。地元の方ほど柳川の良さをよくご存じです。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

describe('hostility: review of host20 patterns, harm to a wrongdoer\'s things left open, a right-user blamed for the cost (review of blind R302K-031, R299D-060, R302K-018, R302K-005, R302K-038, R301F-031 kinds; blind R306N-025, R305G-050 kinds, host22)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'reply') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  // Kinds: people who do wrong told that whatever happens to their car is no concern of ours (R306N-025, block); a resident who uses a
  // right often pointed at and told to think of the staff time and taxes it costs (R305G-050, warn); the complaining kind who does not
  // help (R299D-060 kind, block); a futile proverb in four characters at askers, a pointed-at person's grievance laughed at (warn).
  it.each<[string, string]>([
    ['無断で駐輪されている方へ。自転車にどんなことが起きても、こちらでは一切責任を負いかねますので、あしからず。', 'hostility/threat:block'],
    ['空き地に勝手に車を停める人へ。停めている間に何が起きても当方は関知しません。', 'hostility/threat:block'],
    ['同じ要望を何度も寄せてくる方がいらっしゃいますが、その対応に職員の手間が割かれていることも少しは考えていただきたいものです。', 'hostility/confrontational:warn'],
    ['毎日のように苦情のお電話をかけてくる方がおられますが、貴重な税金が使われていることをご自覚いただきたいものです。', 'hostility/confrontational:warn'],
    ['@oya_12 不満ばかり言って自分では何もしない親が一番困ります。', 'hostility/insult:block'],
    ['何度ご説明しても同じお問い合わせが続いています。馬耳東風ですね。', 'hostility/confrontational:warn'],
    ['この人、「受付が遅い」とか書いてて笑っちゃいました😏', 'hostility/confrontational:warn'],
  ])('flags %s', (text, expected) => {
    expect(hard(text)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each([
    // a parking rule and a facility disclaimer
    '路上駐車はおやめください。レッカー移動の対象になります。',
    '当駐車場内での事故・盗難については責任を負いかねます。',
    '駐輪場での盗難など何があっても補償はできませんので、必ず鍵をかけてください。',
    // a count, our own work, a service explained
    '情報公開請求の件数は年々増えています。',
    '職員の時間外勤務を減らす取り組みを進めています。',
    'お問い合わせへの対応に職員の時間が費やされているため、よくある質問のページを充実させました。',
    // a record for security told to all users, the city's follow-up announced
    '臨時駐車場をご利用の皆さまへ。防犯のため、お車のナンバーを控えさせていただいております。出口では駐車券をお忘れなく。',
    'お寄せいただいたご意見は、どなたのものも記録させていただいております。今後どうなるかは、改めてご報告いたします。',
    // our resolve and a denial
    '口だけで何もしない人にならないよう、私たちも現場で動きます。',
    'この地区には、文句ばかり言って何もしない人はいません。',
    // a health tip after a quote, a request answered
    '保健師さんによると、階段を使う人が増えているとのこと。運動不足解消にぴったりです。',
    '「簡単な料理を知りたい」とのご要望にお応えして、料理が苦手な方にもわかるよう動画にしました。',
    // a product named with a proverb, a guest's talk, a fan's praise, a duration
    '何度も改良を重ねたお土産、その名も「猫に小判」最中です。',
    'この方の講演、正直ずっと笑えます！',
    'この人、「うなぎ最高！」とか言って3杯もおかわりしてました😂',
    '説明動画を3分ほど、または10分くらい見てからお越しください。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

describe('hostility: review of 75afa040 — safety advice, a magnifier lent at the counter, participants\' words about a wait, a service for busy readers, a cheap tip with something to enjoy stay clean (rvhost55)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // care about their posting after a known home still menaces; a narrow-view proverb aimed at opponents; too busy to look, with mock thanks
    ['@abc 毎日のご投稿、拝見しています。ご自宅のおおよその場所は見当がついております。今後の発言は慎重にされたほうがよいかと存じます。', 'hostility/threat:block', 'reply'],
    ['「木を見て森を見ず」と申しますが、計画に反対されている方々ほど全体像をご存じないようです。', 'hostility/confrontational:warn', 'post'],
    ['分別表に目を通す余裕もないほどお忙しいのでしょうね。ご苦労さまです。', 'hostility/confrontational:warn', 'post'],
    ['@abc 入口に大きく掲示してありますが、本日は休館です。見えにくかったのでしたら失礼しました。次回はルーペをご用意してお待ちしております。', 'hostility/confrontational:warn', 'reply'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // safety advice (外出, 運転) after a home's surroundings mentioned is no menace
    ['ご意見ありがとうございます。ご自宅周辺の状況は把握しております。除雪が済むまで、外出は慎重にされたほうがよいかと存じます。', 'reply'],
    ['台風が近づいています。ご自宅の周辺の様子は把握しております。運転は慎重にされたほうがよいでしょう。', 'post'],
    // a magnifier lent or offered at the counter now is help
    ['市報は今月から文字を大きく表示しています。それでも見えにくい方には、市民課窓口でルーペをお貸ししています。', 'post'],
    ['文字が小さくて読みにくいのでしたら、窓口に拡大鏡をご用意していますので、お気軽にお声がけください。', 'reply'],
    ['図書館では拡大鏡をお貸ししています。大きな文字で書いてある本もございます。', 'post'],
    // an event's success and participants' own words about the wait
    ['おかげさまで星空観察会は大盛況でした。望遠鏡の順番を待つ間も、またとない体験になったとの声をいただきました。', 'post'],
    ['おかげさまで満員御礼。行列に並ぶ時間も貴重な経験だったと、参加した子どもたちが話してくれました。', 'post'],
    ['おかげさまで花火大会は大盛況でした。待つ時間もまたとない思い出になったとのお声をいただきました。', 'post'],
    // a service made for busy people
    ['忙しくてチラシを読む時間もないかな？という方のために、ごみ分別のポイントを1分動画にまとめました。', 'post'],
    ['忙しくて市報を読む時間もない方に向けて、ポイントをLINEでお届けします。', 'post'],
    // a cheap tip with something to enjoy, or a free or cheap city offer
    ['月末でお財布が寂しい方は、市の古着交換会で十分おしゃれが楽しめますよ。入場無料です。', 'post'],
    ['お財布が厳しい方は、市民プール（大人200円）で十分夏気分が味わえます！', 'post'],
    ['懐が寂しい方でも、柳川の川下りは平日割引で十分満喫できます。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: stop 55, another town told to learn from us may be named two sentences before (R307X-027 kind)', () => {
  const hard = (text: string) => summary(findingsOf(hostility, text, { mode: 'post' })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each([
    'お隣の市の観光PR動画、拝見しました。相変わらずセンスが感じられませんね。少しは柳川を見習っていただきたいものです。',
    '隣町の新しいパンフレットを見ました。正直、見づらいですね。柳川を見習ってほしいものです。',
  ])('warns %s', (text) => {
    expect(hard(text)).toEqual(expect.arrayContaining([expect.stringContaining('hostility/confrontational')]))
  })
  it.each([
    'お隣の市の観光PR動画、拝見しました。素晴らしい出来でした。柳川も見習いたいものです。',
    '大川市さんの家具フェアに行ってきました。職人さんの技に感動。市民の皆さんにもぜひ見習っていただきたいです。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

describe('hostility: blind R308T–R311E kinds (host56), mock agreement by a low standard or an armchair, mock praise after a shortfall or a fault, a neighbour pitied in the same ring, a culprit on camera told to come forward, a repeat caller told everyone knows, "was it hard to find?", "the obvious" next year, a proverb at latecomers, retribution wished, a child-level leaflet and "this time"', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // a complaint granted only as how it looks to people of a low standard or who never left home (R308T-057, R309C-017 kinds)
    ['「入館料が高い」とのご意見をいただきました。100円ショップの品物で十分な方には、確かに高く感じられるのも無理はありませんね。', 'hostility/confrontational:warn', 'post'],
    ['「柳川の花火はしょぼい」とのコメントを拝見しました。本物の花火大会をご存じない方には、そう見えるのも無理はありませんね。', 'hostility/confrontational:warn', 'post'],
    ['「土産物が高い」とのご指摘をいただきました。ファストフードで済ませている方から見れば、割高に思えるでしょうね。', 'hostility/confrontational:warn', 'post'],
    ['「復旧が遅い」とのご批判がありました。こたつから一歩も出ずにテレビを見ていた方には、さぞ遅く感じられたことでしょう。', 'hostility/confrontational:warn', 'post'],
    // critics described as complaining from home (R309C-017 kind)
    ['「給付が遅い」との苦情が相次いでいます。家から一歩も出ずに文句を言っている人たちには分からないでしょうが、職員は徹夜で作業しています。', 'hostility/confrontational:warn', 'post'],
    ['「除草が遅い」と画面越しに批判されている方々、一度現場にいらしてください。', 'hostility/confrontational:warn', 'post'],
    // people praised as busy or さすが after a shortfall told (R310H-002 kind)
    ['清掃活動の参加者、今年も誰も来ませんでした。皆さまお忙しいようで何よりです。', 'hostility/confrontational:warn', 'post'],
    ['避難所運営のお手伝い、今回も応募はゼロでした。皆さんお忙しそうで何よりです。', 'hostility/confrontational:warn', 'post'],
    ['夏祭りの片付けボランティア、結局誰も手を挙げてくれませんでした。柳川の大人の皆さん、さすがでございます。', 'hostility/confrontational:warn', 'post'],
    // a fault praised as creative (R311E-009 kind)
    ['駐輪場では、今月も通路をふさぐ自転車が多数見つかりました。皆さまの斬新な停め方には、担当者一同脱帽です。', 'hostility/confrontational:warn', 'post'],
    ['資源ごみの日に生ごみが混ざっていました。自由な発想によるごみの出し方には毎回驚かされます。', 'hostility/confrontational:warn', 'post'],
    ['粗大ごみの日に家電が出されていました。市民の皆さんの大胆な出し方には、毎回感服しております。', 'hostility/confrontational:warn', 'post'],
    // another town pitied in the same ring, softened or called harsh (R311E-002 kind)
    ['隣町の夏祭りもにぎやかでしたね。まあ、うちのお祭りと同じ土俵で比べるのはさすがに酷ですが。', 'hostility/confrontational:warn', 'post'],
    ['お隣の町の物産展も盛況でしたね。正直、柳川と同じ土俵に並べるのはちょっと気の毒ですけど😏', 'hostility/confrontational:warn', 'post'],
    ['大川市さんの花火もきれいでした。白秋祭とは同じ土俵に立てませんけどね（笑）', 'hostility/confrontational:warn', 'post'],
    // a culprit told their face or number is on camera, and to come forward while they can (R311E-011 kind)
    ['【落書きをした方へ】\n先週末、公園のトイレに落書きをしていかれた方。お顔もしっかり写っていますよ。', 'hostility/threat:block', 'post'],
    ['【不法投棄をした方へ】\n3日の深夜、河川敷にタイヤを捨てていった方。車のナンバーまではっきり映っていますからね。', 'hostility/threat:block', 'post'],
    ['公園の遊具を壊した犯人へ。今のうちに自首したほうが身のためですよ。', 'hostility/threat:block', 'post'],
    ['落書きをしていった犯人へ。自分から出頭するなら今のうちですよ。', 'hostility/threat:block', 'post'],
    // a repeat caller or poster told everyone knows who they are (R311E-014 kind)
    ['毎晩のように苦情のお電話をくださる方。ご近所の方々も、それが誰なのかはとっくにご存じですよ。', 'hostility/threat:block', 'post'],
    ['毎年何度も騒音の苦情を入れてくる方へ。自治会の皆さんも、それがどちらの方なのかはうすうす察しています。', 'hostility/threat:block', 'post'],
    ['掲示板にしつこく書き込みをされる方、地域の皆さんは誰のことかもう分かっていますよ。', 'hostility/threat:block', 'post'],
    // who posts it known, then care told about their next posts (R311E-047 kind)
    ['@abc こちらでも、どなたが投稿されているのかはおおよそ把握しております。今後のご投稿には十分ご注意ください。', 'hostility/threat:block', 'reply'],
    ['@abc 発信元はすでに把握しております。今後の書き込みには、くれぐれもお気をつけください。', 'hostility/threat:block', 'reply'],
    // an asker asked whether a notice given big was hard to find, or told to read it again calmly (R311E-015 kind)
    ['@abc ごみ収集日はカレンダーに赤字ではっきり書いています。読みにくかったでしょうか？', 'hostility/confrontational:warn', 'reply'],
    ['@abc 先月の広報の一面に大きく掲載しています。見つけづらかったですかね？', 'hostility/confrontational:warn', 'reply'],
    ['@abc その件はホームページに掲載しております。落ち着いてもう一度お読みいただけますか。', 'hostility/confrontational:warn', 'reply'],
    ['@abc 申請期限はチラシの表紙にはっきり書いてあります。冷静にもう一度読み直してみてください。', 'hostility/confrontational:warn', 'reply'],
    // people who relied on the staff told to begin with the obvious, or to learn before next year (R311E-034 kind)
    ['ルールを守らない方も多く見られます。分別表を見るという当たり前のことくらい、守っていただきたいものです。', 'hostility/confrontational:warn', 'post'],
    ['給食費を何度お願いしても払わない方がいます。期限を守るという当たり前のことを守っていただけますか。', 'hostility/confrontational:warn', 'post'],
    ['窓口では申告書を全部職員に書かせる方もいらっしゃいました。来年こそは手引きを読んでからお越しください。', 'hostility/confrontational:warn', 'post'],
    ['窓口で書き方を一から職員に聞く方が目立ちました。来年までには手引きくらい読んでからお越しください。', 'hostility/confrontational:warn', 'post'],
    // a proverb thrown at latecomers (R311E-039 kind)
    ['締め切りを過ぎてから申し込みに来られる方が毎年います。後悔先に立たず、ですね。', 'hostility/confrontational:warn', 'post'],
    ['受付終了後に来る人、今年もいたね〜。備えあれば憂いなしって言葉、ご存じですか？', 'hostility/confrontational:warn', 'post'],
    ['整理券がなくなってから来たお客さん、「先んずれば人を制す」って知ってますか？', 'hostility/confrontational:warn', 'post'],
    // retribution wished on wrongdoers (R311E-044 kind)
    ['花壇の花を根こそぎ抜いていった人たちには、いずれ天罰が下ることを祈っております。', 'hostility/curse:block', 'post'],
    ['募金箱を盗んだ犯人には、それなりの報いを受けてほしいと思います。', 'hostility/curse:block', 'post'],
    ['【花壇を荒らした方へ】\n子どもたちが育てた花を踏み荒らしていった方には、しかるべき報いがありますよう祈っております。', 'hostility/curse:block', 'post'],
    // a child-level leaflet, then those at fault told to read it this time (R311E-059 kind)
    ['子どもでも読めるように作った案内を配っていますが、ルールを守らない方は、いい加減最後までお読みください。', 'hostility/confrontational:warn', 'post'],
    ['小学生でも読めるように作ったチラシなのに、分別を守らない方は、ちゃんと目を通してください。', 'hostility/confrontational:warn', 'post'],
    ['何度もご案内していますが、予約なしで出される方は、今度こそよくご覧ください。', 'hostility/confrontational:warn', 'post'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // a sincere concession, a service, advice to stay in, people who followed the news
    ['「うなぎが高い」とのお声もいただきます。初めての方には割高に感じられるかもしれませんが、職人が一匹ずつ手焼きしています。', 'post'],
    ['「会場が遠い」とのご意見をいただきました。お車をお持ちでない方には、確かに遠く感じられるかもしれません。シャトルバスを増便します。', 'post'],
    ['「駅から遠い」とのお声をいただきました。コンビニも近くにない地域にお住まいの方には、不便に感じられるかもしれません。', 'post'],
    ['少量で満足できる方には、ハーフサイズもご用意しています。', 'post'],
    ['大雨の日は、家から一歩も出ずにスマートフォンで最新の情報をご確認ください。', 'post'],
    ['「情報が少ない」とのご意見をいただきました。台風の間、家から一歩も出ずに市のSNSを見ていた方も多かったと思います。', 'post'],
    // a busy shop congratulated, a good turnout praised, a call for help
    ['商店街の皆さん、年末はお忙しいようで何よりです。体調にはお気をつけください。', 'post'],
    ['今年も応募は100件を超えました。さすが柳川の皆さんです！', 'post'],
    ['昨年は参加者ゼロでしたが、今年は50人！皆さん、さすがです。', 'post'],
    ['今年の大会、けが人は一人も出ませんでした。さすが柳川の皆さんです。', 'post'],
    ['ボランティアの応募はまだありません。ご協力をお願いします。', 'post'],
    // creative works admired, a sorting rule told plainly
    ['子どもたちの独創的な作品には、審査員一同感心させられました。', 'post'],
    ['市民の皆さんの自由な発想によるアイデアには、いつも驚かされます。', 'post'],
    ['燃えるごみに空き缶が混ざっていました。正しい分別にご協力をお願いします。', 'post'],
    // firm notices, event photos, a lost property owner, a deadline
    ['防犯カメラ作動中。不法投棄は犯罪です。', 'post'],
    ['不法投棄の現場を防犯カメラで撮影しています。映像は警察に提供し、相談しています。', 'post'],
    ['運動会の様子、子どもたちの笑顔もしっかり写っています！', 'post'],
    ['花火大会の写真、皆さんのお顔もばっちり写っていますよ。ぜひご覧ください。', 'post'],
    ['落とし物の持ち主の方、名乗り出るなら今のうちです！保管期限は3か月です。', 'post'],
    ['お申し込みなら今のうちです。定員になり次第締め切ります。', 'post'],
    // an owner sought, a quiz, a poster's artist told
    ['この写真の方がどなたか、ご存じの方はご連絡ください。', 'post'],
    ['あの名曲を作ったのが誰か、皆さんご存じですか？', 'post'],
    ['白秋祭のポスターを描いたのがどなたか、皆さんもうご存じですよね。地元の高校生です！', 'post'],
    ['今後の書き込みには、個人情報を含めないようお気をつけください。', 'post'],
    // a reward earned, a saying, a fine told
    ['頑張った人には、それ相応の報いがあってほしいと心から願っています。', 'post'],
    ['皆さんの期待に報いることができるよう、職員一同努めてまいります。', 'post'],
    ['食べ物を粗末にすると罰が当たると昔から言われています。', 'post'],
    ['ポイ捨てをする人には罰金が科されることをご存じですか。', 'post'],
    // scam and quake advice, an apology or a fix after "hard to find", a rest before checking
    ['不審なメールが届いたら、もう一度落ち着いて内容をご確認ください。', 'post'],
    ['地震のときは、落ち着いてもう一度周りを確認してから避難しましょう。', 'post'],
    ['案内が分かりにくかったでしょうか。申し訳ありません、ページを改善しました。', 'post'],
    ['@abc トップページに載せていますが、見つけにくかったでしょうか？分かりやすい場所に移しますね。', 'reply'],
    ['@abc 大変でしたね。落ち着いてから改めてご確認ください。', 'reply'],
    // our own campaign or resolve, a tip, a course
    ['手洗い・うがいという当たり前のことから始めましょう。', 'post'],
    ['あいさつという当たり前のことを大切にしていきます。', 'post'],
    ['書き方を職員に尋ねる方も多くいらっしゃいました。来年は事前に手引きを読んでからお越しいただくと、待ち時間が短くなります。', 'post'],
    ['一から学べる講座です。基本中の基本のことから始めてください。', 'post'],
    // a proverb cheering an early market, taught, or for readiness
    ['早起きは三文の徳！朝市は6時から開いています。', 'post'],
    ['整理券は配り終わり次第終了です。早起きは三文の徳、ぜひお早めにお越しください。', 'post'],
    ['毎週朝市に来る人たちは、まさに早起きは三文の徳ですね。', 'post'],
    ['ことわざ教室で「早起きは三文の徳」の意味を学びました。', 'post'],
    ['台風が過ぎてから慌てないように、今のうちに備えましょう。備えあれば憂いなしですね！', 'post'],
    // an easy leaflet offered, a reading challenge
    ['小学生でも分かるように書いたチラシを全戸に配布しました。ぜひご覧ください。', 'post'],
    ['小学生でも分かるように書いた案内です。参加する方は、最後までお読みください。', 'post'],
    ['今度こそ最後まで読みたい！図書館の読書マラソンが始まります。', 'post'],
    // our own year compared, a plain difference of size
    ['お隣の市とは規模が違うので、同じ土俵で比べるのは難しいです。', 'post'],
    ['昨年と同じ土俵で比べるのは少し酷ですが、今年は雨の影響で来場者が減りました。', 'post'],
    ['大川市とは土俵が違うので、単純比較はできません。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R312P–R315E kinds (host57), a consequence left unsaid after a camera or a record, contempt for people beyond reach of any explanation, mock admiration of a complainer, Japanese literacy to relearn, a child\'s version offered, a hardship spun as health, a complaint turned to popularity, the least effort of their own, "anyone would understand", people called vulgar, a child\'s task after a crowd\'s trouble', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // "you know what will happen" after a condition, to someone addressed for a wrong (R314Y-026 kind)
    ['公園のベンチを壊していった方へ。今月中に名乗り出なければ、どうなるか分かってますよね。', 'hostility/threat:block', 'post'],
    ['駐輪場の自転車を勝手に持ち去った人へ。明日までに戻さないと、どうなるかご想像にお任せします。', 'hostility/threat:block', 'post'],
    ['@abc 何度も同じ書き込みをされていますが、これ以上続けるなら、どうなるかお分かりでしょう。', 'hostility/threat:block', 'reply'],
    ['看板に落書きした人へ。はよ消しに来んと、どうなるか分かっとるやろ？', 'hostility/threat:block', 'post'],
    ['集積所にごみを不法投棄した方へ。明日までに片付けなければ、どうなるかお分かりですよね。', 'hostility/threat:block', 'post'],
    // the evidence said kept, then a menace (R314Y-026 / R315E-029 / R315E-057 kinds)
    ['窓口で職員を怒鳴りつけた方へ。録画はすべて残っております。次に来られたときは覚悟しておいてください。', 'hostility/threat:block', 'post'],
    ['@abc デマの書き込みは、スクリーンショットをすべて保存しております。そのおつもりで。', 'hostility/threat:block', 'reply'],
    ['花壇の花を抜いていった方へ。監視カメラの映像はばっちり残ってますよ。よーく考えて行動してくださいね。', 'hostility/threat:block', 'post'],
    ['掘割の鯉を持ち帰った方へ。防犯カメラにしっかり記録されています。心当たりのある方は、早めに返却されたほうが身のためですよ。', 'hostility/threat:block', 'post'],
    ['@abc あなたの書き込みは全て保存しています。今後の行動次第では、こちらも考えがあります。', 'hostility/threat:block', 'reply'],
    ['遊具を壊した子の親御さんへ。今週中に連絡がなければ、どうなるか楽しみですね。', 'hostility/threat:block', 'post'],
    ['窓口で毎回ごねる方、カメラにはしっかり映っていますからね。次にお越しの際はどうなるか、お楽しみに。', 'hostility/threat:block', 'post'],
    ['@abc 根拠のない噂を広めている方へ。投稿はすべて記録しております。今後のご発言はよくお考えになったほうがよろしいかと。', 'hostility/threat:block', 'reply'],
    // a vague step capped with "look forward to it" (R315E-029 kind)
    ['駐車場で暴言を吐いた方へ。次回お越しの際は、それ相応の対応をさせていただきますので、楽しみにお待ちください。', 'hostility/threat:block', 'post'],
    ['受付で大声を出されていた方、次にいらしたときはしかるべきおもてなしをいたしますので、楽しみにしていてくださいね。', 'hostility/threat:block', 'post'],
    // the writer's own 覚悟 on a condition that the addressee goes on (R315E-057 kind)
    ['@abc 事実と異なる投稿を繰り返されるのであれば、当方もしかるべき覚悟で対応いたします。', 'hostility/threat:block', 'reply'],
    ['@abc 中傷を続けられる場合、こちらにも相応の覚悟がございますので、そのおつもりで。', 'hostility/threat:block', 'reply'],
    // people named by a fault or a hoax believed, beyond reach of any explanation (R315E-001 kind)
    ['デマを鵜呑みにされる方には、いくらご説明しても通じないのでしょうね。', 'hostility/insult:block', 'reply'],
    ['あなたのような方に何を申し上げても無駄だと思いますので、これ以上お答えしません。', 'hostility/insult:block', 'reply'],
    ['ワクチンの噂を真に受けてしまうような人には、どれだけ説明しても伝わらないですね。', 'hostility/insult:block', 'reply'],
    ['こういう方には何を言っても響かないんでしょうね。', 'hostility/insult:block', 'reply'],
    ['陰謀論を信じ込んでいる人たちには、どんな説明も届かないのでしょう。', 'hostility/insult:block', 'reply'],
    // … and their child pitied (childPity with the fault of believing a hoax)
    ['ネットの噂を信じ込んでしまうような方のお宅は大変ですね。正直、お子さんがかわいそうです。', 'hostility/insult:block', 'reply'],
    // mock admiration after a small cost or trouble made much of (R315E-035 kind)
    ['たった300円の入館料でそんなに怒られるなんて、さぞ倹約家でいらっしゃるんですね😊', 'hostility/confrontational:warn', 'comment'],
    ['10分待っただけでそこまで文句を言われるとは、よほどお急ぎのご身分なんですね。', 'hostility/confrontational:warn', 'reply'],
    ['「駐車場が狭い」とのご意見、よっぽど神経質な方なんですね。', 'hostility/confrontational:warn', 'comment'],
    ['たかが100円の差でそんなに騒がれるなんて、さぞお金持ちなんでしょうね。', 'hostility/confrontational:warn', 'comment'],
    // a commonplace vehicle offered as news to a complainer (NOVELTY with 乗り物)
    ['「駐車料金が高い」とのご意見ですが、バスという便利な乗り物もございますので、ぜひ。', 'hostility/confrontational:warn', 'reply'],
    // told to relearn reading and writing Japanese (R315E-019 kind)
    ['@abc このようなコメントを書かれる前に、日本語から勉強し直されてはいかがでしょうか。', 'hostility/insult:block', 'reply'],
    ['毎回長文のメールをお送りいただいていますが、まずはひらがなから習い直していただきたいものです。', 'hostility/insult:block', 'post'],
    ['ご意見フォームへの長文、いつもありがとうございます。読み書きから学び直されることをお勧めします。', 'hostility/insult:block', 'post'],
    // a child's version offered to a complainer as a mock question (R312P-019 kind)
    ['「お知らせが難しくて分からない」とのご意見、ありがとうございます。次回からは小学生向けに紙芝居でお伝えしましょうか？', 'hostility/confrontational:warn', 'reply'],
    ['「文字ばかりで読む気にならない」ってコメント、了解です！全部イラストだけにしましょうか？笑', 'hostility/confrontational:warn', 'comment'],
    ['「字が小さくて読めない」とのご意見。では次から一行だけにしましょうか？', 'hostility/confrontational:warn', 'reply'],
    ['「ポスターの字が多い」とのこと。では次回はイラストだけのポスターにしておきますね😊', 'hostility/confrontational:warn', 'reply'],
    // a hardship granted and spun as good for the complainer (R314Y-005 kind)
    ['「会場が遠すぎる」とのご意見、駅から歩くと40分かかりますが、いい運動になりますよ😊', 'hostility/confrontational:warn', 'comment'],
    ['「駐車場代が高い」とのお声、でしたら自転車でどうぞ。1時間かかるけど体力はつきますよ！', 'hostility/confrontational:warn', 'reply'],
    ['「往復で2時間もかかる」とのことですが、その分いい運動になりますよ。', 'hostility/confrontational:warn', 'reply'],
    ['「歩くと1時間かかる」とのご意見。1時間かかりますが、健康にいいですよ😊', 'hostility/confrontational:warn', 'reply'],
    // a complaint of not getting in turned into our popularity (R315E-038 kind)
    ['@abc 入れなかったとのこと、それだけ人気ということですね！次はもっと早く来てください。', 'hostility/confrontational:warn', 'reply'],
    ['売り切れで買えなかったとのこと、それほど好評ってことですよね〜😊', 'hostility/confrontational:warn', 'comment'],
    ['「席が取れなかった」とのお声、それだけ注目されているという証拠ですね！', 'hostility/confrontational:warn', 'post'],
    // the least effort of their own pressed (R315E-038 kind)
    ['@abc 開館日くらいご自身で確認するくらいの手間はかけていただきたいものです。', 'hostility/confrontational:warn', 'reply'],
    ['時刻表をご自分で調べる程度の努力はしていただけると助かります。', 'hostility/confrontational:warn', 'comment'],
    // "anyone would understand" and the answer said to sit big in the most visible place (R315E-039 kind)
    ['@abc 申請方法はホームページに掲載しております。よくお読みいただければ、誰でもすぐに分かるはずです。', 'hostility/confrontational:warn', 'reply'],
    ['お問い合わせの件、チラシの表面に大きな文字で太字で書いてあります。', 'hostility/confrontational:warn', 'reply'],
    ['@abc ご質問の件は広報誌の表紙にでかでかと載せております。', 'hostility/confrontational:warn', 'reply'],
    ['@abc 受付時間はトップページのいちばん目立つところに載せてあります。', 'hostility/confrontational:warn', 'reply'],
    // people called vulgar or low, and contact with them said to lower the writer (R315E-055 kind)
    ['窓口で騒ぐ下品な客の相手は、もううんざりです。', 'hostility/insult:block', 'post'],
    ['ああいう程度の低い人たちと関わると、こっちの品位まで落ちますね。', 'hostility/insult:block', 'post'],
    ['あの手の品性のかけらもない連中には関わりたくありません。', 'hostility/insult:block', 'post'],
    ['毎日あの方のお相手をしていると、こちらまで品格が下がりそうです。', 'hostility/insult:block', 'post'],
    ['あの育ちが悪い客たちには、正直うんざりです。', 'hostility/insult:block', 'post'],
    // a task called easy enough for a child after a crowd's trouble (R315E-026 kind)
    ['記入漏れの書類が多く、窓口が混雑しています。小学生にもできますので、事前にご記入ください。', 'hostility/confrontational:warn', 'post'],
    ['お待たせしてしまう原因の多くは書類の不備です。子どもでもできる内容ですので、ご自宅で確認してからお越しください。', 'hostility/confrontational:warn', 'post'],
    ['書類の記入で窓口がたいへん混み合いました。子どもでも分かる書類ですので、ご自宅でご記入のうえお越しください。', 'hostility/confrontational:warn', 'post'],
    ['書類の不備で窓口が混み合っています。小学生だってできますよ。ご自宅で書いてきてください。', 'hostility/confrontational:warn', 'post'],
    ['【混雑のお詫び】記入例どおりに書けば誰でもできることですので、次回はご自宅で済ませてからお越しください。', 'hostility/confrontational:warn', 'post'],
    // … and without the child: くらい, だけ, 常識 (HOMEWORK)
    ['本日は窓口が大変混雑しました。申請書くらいご自宅で書いてきてください。', 'hostility/confrontational:warn', 'post'],
    ['窓口の混雑の原因は、その場で書類を書かれる方です。家で記入してくるだけのことが、なぜできないのでしょうか。', 'hostility/confrontational:warn', 'post'],
    ['申請書は事前に書いてくるのが常識です。窓口で書き始める方が多く、本日も混雑しました。', 'hostility/confrontational:warn', 'post'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // witnesses sought, a step named, a hazard, a quiz, an event's record, a procedure
    ['防犯カメラの映像は保存しております。お心当たりの方は市民課までご連絡ください。', 'post'],
    ['不法投棄の現場は防犯カメラで記録しています。映像は警察に提供し、しかるべき対応をとります。', 'post'],
    ['今後も同様の行為が続く場合は、警察に通報するなど、しかるべき対応をとります。', 'post'],
    ['違反駐車を繰り返す場合は、レッカー移動の対象となります。ご協力をお願いします。', 'post'],
    ['このまま大雨が続けば、川がどうなるか分かりません。早めの避難をお願いします。', 'post'],
    ['水分をとらないと、体がどうなるかご存じですか？熱中症の危険があります。', 'post'],
    ['ポイ捨てをすると、そのごみがどうなるか知っていますか？実は海まで流れていきます。', 'post'],
    ['ごみの分別ルールを守らないと、どうなるかお分かりですよね？実は収集されずに集積所に残ってしまいます。', 'post'],
    ['ポイ捨てを続けると、どうなるかお分かりですよね。ごみは川に流れ、やがて海に届きます。', 'post'],
    ['この川がこのまま汚れ続けたら、10年後どうなるか分かりますよね。みんなで川をきれいにしましょう。', 'post'],
    ['@abc 次回の開催がどうなるかは、決まり次第お知らせします。', 'reply'],
    ['今年の決勝がどうなるか、見ものですね！', 'post'],
    ['防犯カメラにしっかり記録されています。お心当たりの方は情報提供をお願いします。', 'post'],
    ['天候次第では中止になる場合があります。', 'post'],
    ['昨年の花火大会の映像は市の公式チャンネルに残っています。今年も楽しみにお待ちください！', 'post'],
    ['大会当日の様子は写真で記録しています。次回も楽しみにしていてください！', 'post'],
    ['応募の記録は残っておりますので、ご安心ください。', 'post'],
    ['通話内容はサービス向上のため録音しております。ご了承ください。', 'post'],
    ['次回も、それなりのおもてなしをご用意してお待ちしております。どうぞ楽しみにお待ちください！', 'post'],
    ['市としても、災害対策には相応の覚悟で臨みます。', 'post'],
    ['財政の立て直しが続くなら、職員一同、並々ならぬ決意で臨みます。', 'post'],
    ['@abc ご迷惑をおかけしました。今後同じことが続くようであれば、相応の対応をとるよう、業者に指導いたします。', 'reply'],
    // a need supported, a hoax warned of, the writer about themself
    ['耳の不自由な方には、口頭で説明しても伝わりにくいため、筆談ボードをご用意しています。', 'post'],
    ['ネットの情報をそのまま信じ込んでしまう方もいます。公式の情報をご確認ください。', 'post'],
    ['私のような者には、何を説明されても分からないと思っていましたが、講座はとても分かりやすかったです。', 'post'],
    ['@abc 私どもの説明が不十分だったようです。どのような方にも伝わるよう、言い方を工夫してまいります。', 'reply'],
    ['こういう方には、こちらの窓口をご案内しています。', 'post'],
    ['どんな説明も、相手に届かなければ意味がありません。伝え方の研修を行いました。', 'post'],
    // sincere admiration, a cheer
    ['3回も来てくださるなんて、よほど柳川がお好きなんですね！ありがとうございます。', 'comment'],
    ['そこまで細かく調べられるなんて、さすが郷土史研究会の皆さんです。', 'post'],
    ['遠くから何度も足を運んでくださるなんて、よほど楽しみにしてくださっていたんですね。', 'comment'],
    ['そんなに喜んでいただけるなんて、さぞお好きなんでしょうね！また来てください。', 'comment'],
    ['さすが柳川の皆さん、熱心ですね！', 'post'],
    ['そこまで準備されるなんて、さすがご熱心ですね。', 'post'],
    ['そこまで調べてくださるなんて、よほどご熱心なんですね！ありがとうございます。', 'comment'],
    // a course for learners
    ['外国人の方のための日本語教室では、ひらがなから学び直すこともできます。', 'post'],
    ['夜間中学で読み書きから学び直しませんか。', 'post'],
    // a child's version made or offered for children or learners, a storytime poll
    ['子どもたちのために、全部ひらがなの絵本版も作りました。', 'post'],
    ['外国の方から「漢字が難しい」とのご意見をいただきました。全部ひらがなの版もお作りしましょうか？アンケートでご希望をお聞かせください。', 'post'],
    ['図書館の読み聞かせ会では、紙芝居を上演しましょうか？それとも絵本にしましょうか？皆さんのリクエストを募集中です。', 'post'],
    // an event's own promise, an answer with a bus
    ['ウォーキング大会は約10km、3時間ほどかかりますが、足腰が鍛えられます！ぜひご参加ください。', 'post'],
    ['「会場が遠い」とのご意見をいただき、シャトルバスを運行します。駅から歩くと40分かかりますが、バスなら10分です。', 'post'],
    ['@abc 「駅から遠い」とのご意見ありがとうございます。片道30分かかりますが、途中の掘割の景色もお楽しみいただけます。', 'reply'],
    ['歩くと1時間かかりますが、健康にいいですよ！ウォーキングマップを配布中です。', 'post'],
    // our own record, an apology beside it
    ['今年の来場者は過去最多の5万人！それだけ柳川が人気ということですね。', 'post'],
    ['チケットは発売初日に完売しました。それだけ人気ということですね。ありがとうございます！', 'post'],
    ['@abc 予約が取れなかったとのこと、申し訳ございません。それだけ多くの方に人気ということで、次回は枠を増やします。', 'reply'],
    // our own effort, a campaign's ひと手間
    ['手作りのため、それくらいの手間は惜しみません。', 'post'],
    ['少しの手間を惜しまず、分別へのご協力をお願いします。', 'post'],
    // a design told, a plain answer with help, a poster shown big
    ['新しい案内板は、見ればどなたでも分かるように工夫しました。', 'post'],
    ['@abc お問い合わせありがとうございます。受付時間はトップページに掲載しております。ご不明な点はお気軽にお電話ください。', 'reply'],
    ['@abc ご質問の件は、広報誌6月号の表紙に掲載しています。ご確認ください。', 'reply'],
    ['夏祭りのポスターを、駅のいちばん目立つところに大きく掲示しています！', 'post'],
    // words or acts called vulgar, a self-warning, safety advice, levels
    ['品のない言葉づかいは、SNSでは控えましょう。', 'post'],
    ['子どもたちが品のない大人にならないよう、家庭でも話し合ってみてください。', 'post'],
    ['柄の悪い人に絡まれたら、すぐに110番してください。', 'post'],
    ['初心者など、レベルの低い方から順にコースを選べます。', 'post'],
    ['レベルの低い人でも楽しめる、初心者向けのカヌー教室です。', 'post'],
    // a craft for children, an easy online service, a plain request to fill in at home
    ['小学生でもできる簡単な工作です。親子でぜひご参加ください。', 'post'],
    ['窓口が混雑しています。オンライン申請なら子どもでもできるほど簡単です。ぜひご利用ください。', 'post'],
    ['子どもでもできる簡単なストレッチです。ご家族でどうぞ。', 'post'],
    ['子どもだってできるよ！夏休みの工作教室、参加者募集中。', 'post'],
    ['窓口の混雑緩和のため、申請書は事前にご自宅でご記入ください。記入例はホームページにあります。', 'post'],
    ['申請書は事前にご自宅でご記入のうえお越しください。記入例はホームページにあります。', 'post'],
    ['窓口の混雑を避けるため、必要書類は事前にご自宅で準備してからお越しください。', 'post'],
    ['窓口では、ご自宅で書いてくるのが難しい方のために、職員が記入をお手伝いします。', 'post'],
    ['1日30分くらい家で歩くだけでも、健康づくりになります。', 'post'],
    ['@abc 申請はどなたでもできますよ。', 'reply'],
    ['@abc ご質問ありがとうございます。議会の傍聴は中学生でもできますよ。保護者の同伴は不要です。', 'reply'],
    ['窓口が混雑しています。オンライン申請なら誰でもできますので、ご利用ください。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})
describe('hostility: review of 3e1eb183 (rvhost56), ordinary posts of the host56 kinds stay clean: our own city pitied beside a bigger one, a rerun or the next part after a miss, a concession or thanks to people at home or online, a bad thing at zero, busy for a reason with a fix, rules kept while praised as free, a victim told the other car is on camera, a third party everyone knows, an apology with "hard to find?", a low bar as enough, a proverb with an apology or an invitation, an easy leaflet for ordinary users', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['人口150万人の福岡市と同じ土俵で比べるのは酷ですが、柳川市も子育て支援では健闘しています。', 'post'],
    ['佐賀のバルーンフェスタと並べるのはちょっと気の毒ですが、柳川のひな祭りも見ごたえがあります。', 'post'],
    ['先週の放送を見逃した皆さん、今度こそご覧ください！再放送は土曜の朝10時からです。', 'post'],
    ['@abc 先週の放送、見逃しちゃいましたか？今度こそご覧ください！再放送は土曜10時からです。', 'reply'],
    ['特集記事の後編です。前編を読み逃した方も、今度こそ最後までお読みください♪', 'post'],
    ['「ライブ配信の音が聞き取りにくい」とのご指摘をいただきました。画面越しにご覧の方には、会場の熱気が伝わりにくく感じられたかもしれません。来年は改善します。', 'post'],
    ['「情報発信が遅い」とのご意見をいただきました。安全な場所から情報を待っていた方には、さぞ遅く感じられたことでしょう。申し訳ありません。', 'post'],
    ['配信で画面越しにコメントしていた皆さま、応援ありがとうございました！「音声が聞き取りにくい」とのご指摘もいただいたので改善します。', 'post'],
    ['台風の間、ご自宅から一歩も出ずに情報を書き込んでいた方々、ありがとうございました。「地図が見にくい」との苦情もいただき、改善しています。', 'post'],
    ['「避難所の情報が少ない」とのご意見をいただきました。自宅から出ずにSNSでコメントしていた方にも届くよう、発信を増やします。', 'post'],
    ['今年のマラソン大会、途中棄権の参加者はゼロでした。さすが柳川の皆さんです！', 'post'],
    ['熱中症で救護所を訪れた参加者は0人でした。さすが暑さに慣れた柳川の皆さんです。', 'post'],
    ['説明会の参加者はゼロでした。農家の皆さんは田植えでお忙しいご様子で、頭が下がります。日程を見直して再度開催します。', 'post'],
    ['公園のルールを守りながら、自由な使い方を考えてくださる市民の皆さんには感心しています。', 'post'],
    ['マナーを守って、個性的な駐輪スタンドを使いこなしてくださる皆さんに拍手です。', 'post'],
    ['当て逃げの被害に遭われた方へ。駐車場の防犯カメラに相手の車のナンバーが映っている場合があります。まずは警察にご相談ください。', 'post'],
    ['あおり運転の被害に遭った方へ。ドライブレコーダーには相手のナンバーもしっかり記録されています。映像を保存して警察にご相談ください。', 'post'],
    ['毎年「花火は何時から？」と何度もお電話をいただきます。打ち上げを担う花火師さんが誰なのかは、地元の皆さんはよくご存じですね。', 'post'],
    ['@abc 申し訳ありません。トップページに大きく掲載していたのですが、見つけにくかったでしょうか？ 直接のページはこちらです。', 'reply'],
    ['@abc トップに大きく載せていたつもりでしたが、見つけにくかったでしょうか？ ご不便をおかけしました。', 'reply'],
    ['@abc 広報紙の一面に大きく載せましたが、文字が小さくて読みにくかったでしょうか？ ご意見ありがとうございます。', 'reply'],
    ['「防災って何から始めればいいの？」という方も多くいらっしゃいます。まずは水と食料の備蓄という、最低限のことから始めていただければ十分です。', 'post'],
    ['「エコ活動は難しそう」と感じる方も多く見られます。マイバッグを持つという、ごく当たり前のことから始めていただければうれしいです。', 'post'],
    ['朝市の人気のお餅は、売り切れになってから来られる方も多いんです。早起きは三文の徳、ですね！明日も朝7時からお待ちしています。', 'post'],
    ['整理券がなくなってからいらした方、申し訳ありませんでした。早起きは三文の徳ですね。次回は配布枚数を増やします。', 'post'],
    ['子どもでも分かるように書いた分別ガイドを作りました。よくある間違いもまとめていますので、ごみを出す方は最後までお読みください。', 'post'],
    ['小学生でも分かるように説明した防災マップです。避難場所を間違えないよう、避難する方はしっかりご確認ください。', 'post'],
  ])('does not flag %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})
describe('hostility: blind R318H / R320M kinds (host58), polite sarcasm about the reader\'s ability or leisure, a critic\'s sense set aside, contempt and veiled threats, as kinds', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // a mock either-or about a fault, both ways belittling (R318H-001 kind)
    ['昨日の清掃活動で、立入禁止の区域に入った方がいました。看板の文字が読めなかったのか、読んだのに守らなかったのか、どちらなんでしょうね。', 'hostility/confrontational:warn', 'post'],
    ['ルールをご存じなかったのか、知っていて無視されたのか、どちらなのでしょうか。', 'hostility/confrontational:warn', 'reply'],
    ['駐輪場の表示が見えなかったのか、見えていても従えなかったのか、今月も歩道に自転車が並んでいます。', 'hostility/confrontational:warn', 'post'],
    // a critic's leisure named with a knowing or admiring close (R318H-003 kind)
    ['連日長文のご投稿をありがとうございます。お時間がたっぷりおありなのだなと拝察いたします。', 'hostility/confrontational:warn', 'reply'],
    ['何度も同じ内容の書き込みをされる方は、お暇がおありのようで。', 'hostility/confrontational:warn', 'comment'],
    ['何度もご投稿いただき、随分お暇なのだなと感じております。', 'hostility/confrontational:warn', 'reply'],
    ['毎日コメントをくださる方、ずいぶん時間を持て余していらっしゃるようですね。', 'hostility/confrontational:warn', 'comment'],
    // complainers said to lack the heart to bear it (R318H-005 kind)
    ['「太鼓の音がうるさい」との苦情もいただきました。お祭りを大目に見る心の余裕もない方がいるのは残念です。', 'hostility/confrontational:warn', 'post'],
    ['子どもの声がうるさいとお電話をくださる方、寛容さのない方が増えたなと感じます。', 'hostility/confrontational:warn', 'post'],
    ['「祭りの音がうるさい」との苦情をいただきました。心に余裕のない方が増えているのでしょうか。', 'hostility/confrontational:warn', 'post'],
    // "surely not, but just in case" left bare after a basic instruction (R318H-011 kind)
    ['電源ボタンは本体の右側にございます。まさかとは思いますが、念のため。', 'hostility/confrontational:warn', 'reply'],
    ['申請書は窓口の入口にございます。まさかご存じないとは思いませんが、一応お伝えしておきます。', 'hostility/confrontational:warn', 'reply'],
    // a sign or a rule told it is not for decoration, or taken for one (R320M-046 kind)
    ['駐輪禁止の看板は飾りじゃないですよ。', 'hostility/confrontational:warn', 'post'],
    ['入口の「土足厳禁」の表示も、ただの飾りではございません。土足で上がる方が後を絶ちません。', 'hostility/confrontational:warn', 'post'],
    ['注意書きは飾りじゃありませんからね。', 'hostility/confrontational:warn', 'post'],
    ['入口の貼り紙を飾りだと勘違いされている方が、今月も大勢いらっしゃいました。', 'hostility/confrontational:warn', 'post'],
    // the people who complain said, as a class, not to have noticed or read (R318H-053 kind)
    ['「ごみの日が分かりにくい」と苦情を言われる方のほとんどは、カレンダーをご覧になっていないようです。', 'hostility/confrontational:warn', 'post'],
    ['駐車場が少ないと文句を言う人の大半は、無料駐車場があることを知らないんですよね。', 'hostility/confrontational:warn', 'reply'],
    ['苦情の電話をかけてくる方の大半は、お知らせを読んでいません。', 'hostility/confrontational:warn', 'post'],
    // a critic's taste set aside, consoled as one of "those", or sent back with a magnifier (R318H-021 kind)
    ['「地味」とのご意見、ありがとうございます。見る目は人それぞれですからね。', 'hostility/confrontational:warn', 'comment'],
    ['「川下りは退屈」とのコメント、大丈夫ですよ、そういう方もいらっしゃいます。', 'hostility/confrontational:warn', 'comment'],
    ['「全然きれいじゃない」ってコメントしたキミ！勉強して出直していらっしゃい😊', 'hostility/confrontational:warn', 'comment'],
    ['「小さくて見えない」ってコメントくれたみんな、次は虫めがねを持って見に来てね🔍', 'hostility/confrontational:warn', 'comment'],
    // a critic said to lack the sense to enjoy it (R318H-028 kind)
    ['「映えない」ってコメントありがとうございます😊 写真の楽しみ方が分からない方には、そう見えちゃうかもですね💦', 'hostility/confrontational:warn', 'comment'],
    ['「つまらない」とのご意見、川下りの面白さが分からない方もいらっしゃいますよね。', 'hostility/confrontational:warn', 'comment'],
    // a task called easy for a child with an adverb, the request in the next sentence (R318H-017 kind)
    ['窓口が混雑しています。整理券を取ってお待ちいただく仕組みは、子どもでも簡単に分かるものです。順番をお守りください。', 'hostility/confrontational:warn', 'post'],
    // those who cannot do a thing offered a children's guide (R318H-044 kind)
    ['手続きがお分かりにならない方には、窓口で小学生向けの説明書もご用意しております。', 'hostility/confrontational:warn', 'post'],
    ['地図が読めない方には、子ども向けのイラスト地図もお渡ししています。', 'hostility/confrontational:warn', 'reply'],
    // someone singled out for asking the same again, pointed at the old answer (R318H-024 kind)
    ['何度も同じことをお尋ねになる方もいらっしゃいますが、回答は以前と変わりませんので、過去の投稿をご覧ください。', 'hostility/confrontational:warn', 'reply'],
    ['同じご質問を毎回いただく方もおられますが、前回のお知らせをお読みいただければ分かります。', 'hostility/confrontational:warn', 'post'],
    ['同じ質問を何度もされても、これ以上お相手する時間はありません。', 'hostility/confrontational:warn', 'reply'],
    // block: literacy made a condition and the failure told after it (R318H-039 kind)
    ['日本語が読めれば分かるはずなのですが、なぜお分かりにならないのでしょう。', 'hostility/insult:block', 'reply'],
    ['文字が読めれば迷うことはないと思いますが、それでも迷われるようでしたらお電話ください。', 'hostility/insult:block', 'reply'],
    // block: the reader said to lack the ability to understand (R318H-043 kind)
    ['何度も同じ質問をされますが、読解力をお持ちでない方にはこれ以上ご説明できません。', 'hostility/insult:block', 'reply'],
    ['ご指摘の件、理解する頭をお持ちでない方に何を言っても無駄ですね。', 'hostility/insult:block', 'comment'],
    ['同じ質問を何度もされる方ですが、理解力の低い方にはお答えしかねます。', 'hostility/insult:block', 'reply'],
    // block: people called cowardly, and the staff worn out by such people (R318H-027 kind)
    ['匿名でしか批判できない卑劣な方々に、お答えする必要はありません。', 'hostility/insult:block', 'reply'],
    ['こういう方がいるから現場の職員が疲弊するんです。', 'hostility/insult:block', 'quote'],
    // block: a visit or word to the workplace hung on their next posts, an identity said checked (R318H-018 kind)
    ['今後のご発言次第では、お勤め先にもご連絡いたします。', 'hostility/threat:block', 'reply'],
    ['今後の書き込み次第では、ご自宅に直接伺うことも考えております。', 'hostility/threat:block', 'reply'],
    ['度重なるお電話の件ですが、お名前とお住まいはすでに確認させていただいております。今後のご発言にはくれぐれもご注意ください。', 'hostility/threat:block', 'reply'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // a survey, a cause looked into, a lesson, a form checked
    ['アンケートです。制度を知らなかったのか、知っていて利用しなかったのか、どちらに当てはまりますか。', 'post'],
    ['事故の原因について、標識が見えなかったのか、規則を守れなかったのか、現在調査しています。', 'post'],
    ['子どもたちと一緒に、ルールを知らなかったのか、守れなかったのか、話し合いました。', 'post'],
    ['申込書が届かなかったのか、記入漏れがあったのか、確認しております。', 'post'],
    // an invitation to people with time
    ['お時間に余裕がおありの方は、ぜひ足を延ばして川下りもお楽しみください。', 'post'],
    ['@abc 旅行中でお時間がおありとのこと、ぜひ白秋生家にもお立ち寄りください。', 'reply'],
    ['退職されてお時間に余裕がおありの方、ボランティアに参加してみませんか。', 'post'],
    ['お時間がおありのようでしたら、ぜひ白秋生家にもお立ち寄りください。', 'post'],
    // care for the stressed
    ['子育てや介護で心の余裕がない方は、一人で抱え込まず相談窓口へお電話ください。', 'post'],
    ['忙しくて心の余裕がない人ほど、ストレスチェックを受けてみましょう。', 'post'],
    ['心のゆとりがない方へ、リラックス講座のご案内です。', 'post'],
    ['心に余裕のない方も、まずはご相談ください。', 'post'],
    // a request after まさか, a fraud warning, a report of one's own care
    ['メールが届いていないとのこと、まさかとは思いますが、迷惑メールフォルダを念のためご確認ください。', 'reply'],
    ['市役所を名乗る還付金の電話が増えています。まさかとは思いますが、念のため。', 'post'],
    ['まさかとは思いましたが、念のため警察に届けました。', 'post'],
    // a craft, an heirloom, a plain instruction, a mistaken belief about a doll
    ['このさげもんは飾りではなく、子どもの成長を願って作られるものです。', 'post'],
    ['展示している甲冑は飾りではありません。実際に戦で使われたものです。', 'post'],
    ['このボタンは飾りではありません。押すと音声案内が流れます。', 'post'],
    ['停止線は飾りではありません。必ず止まってください。', 'post'],
    ['あの看板は、飾りだと思われがちですが、実は江戸時代の道標です。', 'post'],
    ['ひな人形を飾りだと思っている方も多いですが、本来はお守りです。', 'post'],
    ['これは飾りだと思っていたら、実は今でも使える道具なんです。', 'post'],
    // who the senders are, a finding acted on
    ['ご意見をくださる方の多くは、子育て世代の方です。', 'post'],
    ['ご意見をお寄せいただいた方の多くは、文字サイズ変更機能をご存じなかったとのことでしたので、案内を改善しました。', 'post'],
    ['ご意見をくださる方のほとんどは、制度をよくご存じの方です。', 'post'],
    ['苦情をいただく方の多くは、高齢の方です。', 'post'],
    // taste free, praise quoted, a remedy, a nature class
    ['飾り付けのセンスは人それぞれ。自由な発想で作品を作ってみてください！', 'post'],
    ['「センスがいい」とのコメント、ありがとうございます！センスは人それぞれですが、うれしいです。', 'comment'],
    ['「道に迷った」ってコメントくれたキミ、大丈夫、そういう人もいるよ！案内板を増やしたよ。', 'comment'],
    ['夏休みは虫めがねを持って、田んぼの生き物を観察しに来てね！', 'post'],
    ['写真の楽しみ方が分からない方には、初心者向けの撮影講座がおすすめです。', 'post'],
    ['川下りの楽しみ方が分からない方も、ガイドツアーで安心です。', 'post'],
    // a new system praised as easy, a child helped, a language
    ['小学生でもすぐに理解できる仕組みの新しい予約システムを導入しました。ぜひご利用ください。', 'post'],
    ['図書館の使い方が分からないお子さんには、小学生向けの利用案内をお渡ししています。', 'post'],
    ['日本語が分からない方には、やさしい日本語の案内と子ども向けの絵カードもご用意しています。', 'post'],
    // repeats welcomed, an FAQ made
    ['毎回同じ質問をされる方もいらっしゃいますが、大歓迎です。何度でもお気軽にどうぞ。', 'post'],
    ['毎回同じ質問をされる方もいらっしゃいますので、よくある質問をまとめました。前回の内容もご覧ください。', 'post'],
    // a document read, a child, a support, a job, a licence
    ['ひらがなが読めれば分かるはずですが、それでも難しいお子さんには職員がお手伝いします。', 'post'],
    ['判断能力のない方の財産を守るため、成年後見制度があります。', 'post'],
    ['ご意見をいただきました。特別な能力がない方でも応募できます。', 'post'],
    ['運転に必要な能力がない方は、免許の自主返納をご検討ください。何度もお問い合わせをいただいています。', 'post'],
    ['免疫力の低い方は、人混みを避けてください。', 'post'],
    // an act or a crime called cowardly, a self-warning, an awareness post
    ['高齢者を狙う卑劣な詐欺にご注意ください。', 'post'],
    ['卑怯な行為はやめましょう。いじめは許されません。', 'post'],
    ['子どもたちには、卑怯な人にならないよう伝えています。', 'post'],
    ['ネットで匿名の誹謗中傷をする卑怯な人を許さない社会へ。', 'post'],
    // a consultation's visit, a post removed, a procedure, a school's notice
    ['ご相談の内容によっては、保健師がご自宅に伺います。', 'post'],
    ['投稿内容によっては削除することがあります。', 'post'],
    ['お申込みいただいた方のお名前とご住所は、すでに確認させていただいております。発送まで今しばらくお待ちください。', 'post'],
    ['児童の皆さんの今後のコメント内容によっては、学校からご家庭にご連絡することもあります。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: review rv58 (host58 false positives), as kinds: an appeal to all, a lesson, plain guidance, advice reported, help offered, a crime named, a finding acted on', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // the violations the narrowed patterns were made for stay caught
    ['毎回コメントされる方の品性を疑うような書き込みはやめましょう。', 'hostility/insult:block', 'post'],
    ['あの対応には人間性を疑う。', 'hostility/insult:block', 'post'],
    ['いちいち細かいことを言ってくる人って了見が狭いですよね。', 'hostility/confrontational:warn', 'post'],
    ['統廃合に反対の皆さま、感情論ばかりのご意見、毎回ご苦労さまです。数字を見てから出直してください。', 'hostility/confrontational:warn', 'post'],
    ['ご自分のお子さんの宿題くらい、ご家庭で見てあげてはいかがでしょうか。', 'hostility/confrontational:warn', 'reply'],
    ['字が読めれば迷うことはないはずなのですが、それでもお分かりにならないということでしたら、もう一度ゆっくりご覧ください。', 'hostility/insult:block', 'reply'],
    ['こういう方がいるから現場の職員が疲弊するんです。', 'hostility/insult:block', 'post'],
    ['匿名で文句しか言えない卑怯な方に、市としてお答えすることはありません。', 'hostility/insult:block', 'reply'],
    ['さげもんを見て「どれも同じに見える」ってコメントくれたキミ〜！\n大丈夫、そういう人もいるよ〜。センスは人それぞれだもんね😊', 'hostility/confrontational:warn', 'comment'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // an appeal to everyone, a lesson to all, plain guidance, a teacher's advice reported (the known kinds)
    ['品性を疑うような書き込みはやめましょう。', 'post'],
    ['SNSでは、品性を疑うような投稿は控えましょう。', 'post'],
    ['心の狭い人にならないよう、相手の立場を考えることを大切にしましょう。', 'post'],
    ['本日は満席のため、また別の日に出直してください。', 'post'],
    ['書類に不備がありましたので、必要な書類をそろえてから出直してください。', 'post'],
    ['「雨で中止は残念」とのコメント、ありがとうございます！晴れた日にぜひ出直してください。', 'comment'],
    ['「今日は満席で乗れなかった」とのコメント、申し訳ありません。また出直していらしてくださいね。', 'comment'],
    ['子どもの宿題くらいは家で見てあげてください、と先生からのお便りがありました。', 'post'],
    ['お子さんの宿題くらいは家で見てあげてください、と学校から連絡がありました。', 'post'],
    // blocks: help or a change after a reader's trouble, visitors' language, a lesson, a crime named, a prize, people thanked
    ['字が読めれば迷わないはずと考えていましたが、それでも迷われる方が多かったため、案内板を増やしました。', 'post'],
    ['日本語が読めれば一人でも回れるはずですが、それでも迷われた方は観光案内所へどうぞ。', 'post'],
    ['ご質問をいただきました。思考力の乏しい人にならないよう、読書を習慣にしましょう。', 'post'],
    ['自転車を盗む卑劣な人が後を絶ちません。必ず鍵をかけましょう。', 'post'],
    ['ごみを夜中にこっそり捨てていく卑怯な人がいます。不法投棄は犯罪です。', 'post'],
    ['今後の投稿内容によっては、入賞者のご自宅まで直接賞状をお届けします。', 'post'],
    ['こういう方がいるから、疲弊しがちな介護の現場も支えられています。本当にありがとうございます。', 'post'],
    ['こういう方がいるから、職員も辞めずに続けられています。いつもありがとうございます。', 'post'],
    // warns: tastes met with a choice or a remedy, comfort with help, a class, a reading aid, repeats valued
    ['「この色合いは好みじゃない」とのご意見もいただきました。センスは人それぞれなので、いろいろな作品を展示しています。', 'post'],
    ['「写真が暗い」とのご意見、ありがとうございます！見る目は人それぞれですが、次回は明るく撮ります。', 'comment'],
    ['「道に迷った」とのコメント、大丈夫です、そういう方もいらっしゃいます。案内所でお待ちしています。', 'comment'],
    ['「小さな生き物が見たい」とのコメント、ありがとう！虫めがねを持って観察会に来てね。', 'comment'],
    ['ひらがなが読めない方には、子ども向けの絵本コーナーもございます。', 'post'],
    ['毎回同じ質問をされる議員もいらっしゃいますが、それだけ大切な課題です。前回の答弁も会議録でご覧いただけます。', 'post'],
    ['掲示板のポスターも飾りじゃないですよ！今月のイベント情報がぎっしりです。', 'post'],
    ['「騒音がひどい」とのお電話を受け、心の余裕もない方がいらっしゃるのも当然だと感じ、作業時間を見直しました。', 'post'],
    ['ルールを知らなかったのか、守れなかったのか、まずはお話を伺うことから始めます。', 'post'],
    ['「映えない」とのコメントありがとうございます！写真の楽しみ方が分からない方にも、撮影スポットの看板を立てました。', 'comment'],
    ['ご意見ありがとうございます。柳川の魅力が分からない人はいない、と言えるようにPRを頑張ります。', 'post'],
    // a finding acted on (the generic reading)
    ['苦情をくださる方の多くは、ごみの収集日が変わったことをご存じないようでした。お知らせが届いていなかったため、チラシを再配布します。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R322H/R324M kinds (host59), polite contempt and veiled threats in replies to complaints: the reader\'s ability or reading doubted, the choice blamed, a motive imputed, mock praise, exposure and identification held over critics, critics dismissed, told to stay home, a mascot\'s mock wonder, dialect scolding', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // the critic's writing said not to be Japanese, or the critic able to write only such things (R322H-010 kind: insult)
    ['せめて日本語として通じる文章で書き込んでいただけますか。', 'hostility/insult:block', 'reply'],
    ['いただいたコメントは日本語として成立していないご意見でしたので、回答は控えます。', 'hostility/insult:block', 'reply'],
    ['そんな文句しか書けない人の意見を、市が聞く必要はありません。', 'hostility/insult:block', 'reply'],
    ['こういう悪口しか言えない方々には、お答えしかねます。', 'hostility/insult:block', 'comment'],
    // the reader's understanding named as the problem (R322H-051 kind: insult), also split by an invisible character
    ['何度ご説明しても同じことを書き込まれる方は、読解力の問題でしょうか。', 'hostility/insult:block', 'reply'],
    ['同じ質問を繰り返される方、理解力に問題がおありなのでしょうか。', 'hostility/insult:block', 'reply'],
    ['何度お伝えしても守られない方は、読\u200b解\u200b力の問題なのか、わざとなのか、どちらでしょう。', 'hostility/insult:block', 'reply'],
    // conduct seen, then a knowing hint at the person's private life (R322H-043 kind: insult)
    ['窓口で怒鳴られる方がいらっしゃいます。あの態度を見ていると、どうしてご家族が離れていかれたのか、分かる気がします。', 'hostility/insult:block', 'post'],
    ['説明会で大声を上げていた方の剣幕を拝見して、なぜご近所とうまくいかないのか、察しがつきました。', 'hostility/insult:block', 'post'],
    // being found out at work or by the neighbours said to be the defaulter's own problem (R322H-007 kind: threat)
    ['滞納が続く方には給与の差押えを行います。職場に知られてまずいのは、そちらですからね。', 'hostility/threat:block', 'post'],
    ['督促を無視される方は、勤務先への照会も行います。ご近所に知られて恥をかくのはご自身ですよ。', 'hostility/threat:block', 'post'],
    // the poster said to be more or less known, disclosure held over critical posts (R322H-055 kind: threat)
    ['中傷の書き込みを続けている方、誰が投稿しているのかはもうだいたい分かっています。', 'hostility/threat:block', 'reply'],
    ['しつこいコメントについて、どなたが送ってきているのか、当方では把握しております。', 'hostility/threat:block', 'comment'],
    ['これ以上、批判の投稿が続くなら、開示請求も含めて厳正な対応を検討します。', 'hostility/threat:block', 'comment'],
    ['同じ書き込みを繰り返すアカウントには、発信者情報開示請求をはじめ、法的な措置を取ります。', 'hostility/threat:block', 'post'],
    // the reader asked whether they read it at all; an article called a composition (R322H-052 kind)
    ['ご批判の方、記事をきちんとお読みになったのですか？', 'hostility/confrontational:warn', 'reply'],
    ['市の計画書を本当に読まれたのでしょうか、このご意見を書かれた方は。', 'hostility/confrontational:warn', 'reply'],
    ['「市の対応は遅すぎる」という新聞記事、想像力豊かな創作ですね。', 'hostility/confrontational:warn', 'quote'],
    ['週刊誌の報道は、フィクションとして楽しく読ませていただきました。', 'hostility/confrontational:warn', 'quote'],
    // written so a child could follow, then those who still cannot (R324M-051 kind)
    ['申請書は子どもでも書けるように作ってあります。これでも書けないという人は、窓口へどうぞ。', 'hostility/confrontational:warn', 'post'],
    ['手引きは中学生でも理解できるようにまとめてあります。それでも分からない方は……まあ、お電話ください。', 'hostility/confrontational:warn', 'post'],
    // taught from the basics, in mock concern (R322H-017 kind)
    ['このご意見を書かれた議員には、予算の仕組みから教えて差し上げたほうがよかったですかね。', 'hostility/confrontational:warn', 'post'],
    ['記事を拝読しました。記者さんには、条例の読み方から一度ご説明したほうがよろしかったでしょうか。', 'hostility/confrontational:warn', 'quote'],
    // the trouble of looking grudged (R322H-019 kind)
    ['「分別が分かりにくい」とのお問い合わせが続いています。一覧表を確認する手間を惜しまなければ、迷うことはないはずです。', 'hostility/confrontational:warn', 'post'],
    ['「収集日が分からない」とのお電話が毎日あります。カレンダーを見る手間すら惜しまなければ、済む話です。', 'hostility/confrontational:warn', 'post'],
    // the choice blamed, the outcome foreseeable, told to be realistic (R322H-053, R322H-031 kinds)
    ['「道が狭い」とのご不満ですが、この地区に家を建てられたのはあなたでしょう。', 'hostility/confrontational:warn', 'reply'],
    ['「保育料が高い」とのご意見ですが、この園を選ばれたのはご自身ですよね。', 'hostility/confrontational:warn', 'reply'],
    ['「夜の工事がうるさい」とのお声ですが、お嫌でしたら、転居もご検討されてはいかがでしょうか。', 'hostility/confrontational:warn', 'reply'],
    ['抽選に外れたとのコメントを拝見しました。人気の枠だけに申し込まれていれば、落選は容易に想像がついたのではありませんか。', 'hostility/confrontational:warn', 'reply'],
    ['「待ち時間が長い」とのご不満ですが、連休の昼に来られれば、混雑は予想できたのではないでしょうか。', 'hostility/confrontational:warn', 'reply'],
    ['お怒りのコメントをいただきました。次回はもう少し常識的にお申し込みください。', 'hostility/confrontational:warn', 'reply'],
    // a motive imputed; excuses (R322H-029 kind)
    ['草刈りに来られない方が多いのですが、来られないのではなく、来る気がないのではありませんか。', 'hostility/confrontational:warn', 'post'],
    ['「手続きができない」とおっしゃる方、できないのではなくて、やるつもりがないだけでしょう。', 'hostility/confrontational:warn', 'reply'],
    ['言い訳ばかりされる前に、まずは期限を守ってください。', 'hostility/confrontational:warn', 'reply'],
    ['遅れた理由について言い訳を並べる前に、書類をそろえてお越しください。', 'hostility/confrontational:warn', 'reply'],
    // conduct at fault praised in mock keigo or as an example (R324M-044 kind)
    ['花火大会でごみを散らかして帰った皆さん、実にご立派なマナーでしたね。', 'hostility/confrontational:warn', 'post'],
    ['式典中もスマホをいじって私語を続けていた方々、子どもたちのいい反面教師になったことでしょう。', 'hostility/confrontational:warn', 'post'],
    // a request held against those who never take part; critics said to be the ones who do not go (R322H-006, R322H-033 kinds)
    ['一度も総会に出席されたことのない方からのご意見には、正直首をかしげます。', 'hostility/confrontational:warn', 'post'],
    ['ろくに清掃に参加したこともない人の文句には、もう答えません。', 'hostility/confrontational:warn', 'comment'],
    ['文句を言う人に限って、説明会には来ない。', 'hostility/confrontational:warn', 'post'],
    ['ご批判をされる方ほど、現場のことをご存じない気がします。', 'hostility/confrontational:warn', 'post'],
    ['議員のおっしゃるとおり、看板を立てるだけで観光客が増えるのなら、これほど楽な仕事はありません。', 'hostility/confrontational:warn', 'post'],
    // criticising called what anyone can do, in keigo (R322H-014 kind)
    ['批判されるだけでしたら、どなたにでもできることです。', 'hostility/confrontational:warn', 'comment'],
    ['反対するだけなら誰でもできますよね。', 'hostility/confrontational:warn', 'comment'],
    // the staff's hardship to be understood a little, if they tried it (R322H-016 kind)
    ['「対応が遅い」とのご指摘ですが、私どもの大変さもちょっとは分かっていただけませんか。', 'hostility/confrontational:warn', 'reply'],
    ['「草刈りが遅い」とのご意見ですが、ご自身で一度やってみていただければ、大変さもお分かりいただけるかと思います。', 'hostility/confrontational:warn', 'reply'],
    // told to do it at home (R322H-047 kind)
    ['ルールを守れない方は、バーベキューはご自宅でどうぞ。', 'hostility/confrontational:warn', 'post'],
    ['片付けられない人は、花見はお家でやってください。', 'hostility/confrontational:warn', 'post'],
    // a character's mock wonder (R322H-048 kind)
    ['ごみを分けない人がいるんだって。わたしでもできるのに、どうしてかな？', 'hostility/confrontational:warn', 'comment'],
    ['信号を守らない人がいるらしいクリ。ぼくでも守れるのに、ふしぎクリ〜🤔', 'hostility/confrontational:warn', 'post'],
    // told to learn to wait or bear it, in any register (R322H-040 kind)
    ['少しは我慢することも覚えていただかないと、窓口がもちません。', 'hostility/confrontational:warn', 'post'],
    ['毎日電話してくる方、ちょっとは自分で調べることも覚えてほしいですね。', 'hostility/confrontational:warn', 'post'],
    // not even the least done (R322H-027 kind)
    ['基本的な確認すらしない人が、毎日窓口に来られます。', 'hostility/confrontational:warn', 'post'],
    ['当たり前のマナーも守れない大人が多すぎます。', 'hostility/confrontational:warn', 'post'],
    // understanding presumed as a grown-up (R322H-015, R322H-009 kinds)
    ['社会人なんですから、期限くらいは守れますよね？', 'hostility/confrontational:warn', 'reply'],
    ['成人されたのですから、わざわざ申し上げなくてもお分かりでしょう。', 'hostility/confrontational:warn', 'reply'],
    ['何度もご質問いただいていますが、大人の方でしたら、案内をお読みになれば分かるはずです。', 'hostility/confrontational:warn', 'reply'],
    // more wordings of the same kinds
    ['ご意見は拝見しましたが、日本語として意味の分かる文章にしてから送ってください。', 'hostility/insult:block', 'reply'],
    ['お寄せいただいた文章は、正直なところ日本語として成り立っていないように思います。', 'hostility/insult:block', 'reply'],
    ['理解力の問題ではないかと思わざるを得ません。何度も同じ説明をしておりますので。', 'hostility/insult:block', 'reply'],
    ['窓口であれだけ騒がれる様子を見ていると、どうしてお子さんが言うことを聞かないのか、よく分かります。', 'hostility/insult:block', 'post'],
    ['書き込みをされている方へ。どこのどなたかは、すでに見当がついております。', 'hostility/threat:block', 'comment'],
    ['手続きの案内は、小学生でもできるくらいに書いてあります。それでもできないという方は……。', 'hostility/confrontational:warn', 'post'],
    ['ホームページを見る手間さえ惜しまなければ、このようなお電話は不要だったかと思います。', 'hostility/confrontational:warn', 'reply'],
    ['ごみを放置していった方々、実に立派なお手本になりましたね。', 'hostility/confrontational:warn', 'post'],
    ['並ぶことも少しは覚えてもらわないと困ります。', 'hostility/confrontational:warn', 'post'],
    ['ちっとは待つことば覚えてもらわんといかんばい。', 'hostility/confrontational:warn', 'comment'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // ordinary polite replies
    ['ご不便をおかけしております。ご理解ください。', 'reply'],
    ['お手数ですが、申請書の記入例をご確認いただけますと幸いです。', 'reply'],
    ['大人の方は500円、小学生以下は無料です。', 'post'],
    ['大人の方なら30分ほどで読める分量です。', 'post'],
    ['ご質問ありがとうございます。大人の方なら、1回お読みいただければ分かる内容かと思いますが、分かりにくい点があればお気軽にどうぞ。', 'reply'],
    ['新成人の皆さん、もう大人なんですから、選挙にもぜひ行きましょう。', 'post'],
    // a machine translation or a course, the writer's own shortfall
    ['翻訳アプリの訳文は、日本語として意味の通らない場合があります。ご注意ください。', 'post'],
    ['やさしい日本語講座では、日本語として意味の通る短い文の書き方を練習します。', 'post'],
    ['この程度のご案内しかできない私どもの力不足で、申し訳ありません。', 'reply'],
    // a study, care, a denial
    ['子どもの読解力の問題について、保護者向けの講演会を開きます。', 'post'],
    ['記憶力の問題なのか、聴力の問題なのか、気になる方は医師にご相談ください。', 'post'],
    ['これは読解力の問題ではなく、文字の大きさの問題でした。案内板を大きくします。', 'post'],
    // praise, a training, an award, a denied fault, volunteers thanked
    ['保育士さんの熱心な様子を見ていると、なぜこの園が人気なのか、何となく分かる気がします。', 'post'],
    ['成人式では皆さん静かに式典に参加し、実にご立派な振る舞いでした。', 'post'],
    ['二十歳の集いでは、大声で騒ぐこともなく、実にご立派な振る舞いでした。', 'post'],
    ['優勝した選手たちは、後輩たちのよいお手本になることでしょう。', 'post'],
    ['散らかったごみを黙々と拾ってくださったボランティアの皆さん、本当にご立派な心がけです。', 'post'],
    // a privacy tip, a plain warning, help, a lost thing, thanks
    ['個人情報を知られて困るのはあなた自身です。SNSに住所を載せないようにしましょう。', 'post'],
    ['市税を滞納すると、勤務先への照会や差押えが行われることがあります。知られて困る前に、早めにご相談ください。', 'post'],
    ['どなたが書かれたのか分かっておりません。お心当たりの方はご連絡ください。', 'post'],
    ['応援メッセージを書いてくださった方、どなたが書いてくれたのかは分かっています。本当にありがとうございました！', 'post'],
    ['誰が書いたのか分からない落書きが増えています。見かけた方はご連絡ください。', 'post'],
    ['発信者情報の開示請求を含め、誹謗中傷の被害に遭われた方への相談窓口をご案内します。', 'post'],
    // a children's reading event, a question reported, pupils' essays
    ['夏休みの課題図書、最後まで読んだのかな？感想を聞かせてね。', 'comment'],
    ['記事を最後までお読みになったのでしょうか、とのお問い合わせがありましたが、記事の全文はこちらです。', 'post'],
    ['児童の作文を、興味深く拝読しました。どれも素晴らしい作品です。', 'post'],
    ['作文コンクールの入選作品を、興味深い作文として紹介します。', 'post'],
    // a guide made easy with help for the points still unclear; an offer of a class
    ['小学生でも分かるように書いてあります。それでも分からない点は、窓口でお尋ねください。', 'post'],
    ['この記事は小学生でも分かるように書いてあります。それでも分からない方は、親子で一緒に読んでみてください。', 'post'],
    ['初めての方には、基礎からご説明したほうがよろしいでしょうか？お気軽にお申し付けください。', 'reply'],
    ['記者の方からご質問をいただきました。予算書の読み方から、改めてご説明したほうがよろしいでしょうか？お気軽にどうぞ。', 'reply'],
    // a tip to all, the city's own choice and fault, thanks
    ['カレンダーを確認するひと手間を惜しまなければ、出し忘れを防げます。', 'post'],
    ['「音がうるさい」とのご意見について。この場所を選んだのは私たち市です。ご迷惑をおかけし申し訳ありません。', 'reply'],
    ['「保育園に入れなかった」とのお声を多くいただいています。結果は予想できたのではないかとのご指摘もありましたが、市の定員不足が原因です。申し訳ありません。', 'post'],
    ['階段がおつらい方は、市営住宅の1階への住み替えもご検討されてはいかがでしょうか。', 'reply'],
    // a worry reported, help offered, a lesson
    ['できないのではなく、やる気が出ないだけ、と悩む中高生へ。', 'post'],
    ['「払えない」とのご相談には、払えないのではなく、払う方法が分からないだけという方も多くいらっしゃいます。分割納付もご相談ください。', 'post'],
    ['言い訳をする前に、まず謝ることを子どもに教えましょう。', 'post'],
    // a welcome, a plain observation with an invitation, a health tip
    ['一度も参加されたことのない方からのご意見も大歓迎です。', 'post'],
    ['一度も参加されたことのない方からのご要望も、大切に受け止めています。', 'post'],
    ['ご意見をくださる方ほど、地域のことを真剣に考えてくださっています。', 'post'],
    ['反対される方ほど、まだ説明会に参加されていないのが実情です。ぜひご参加ください。', 'post'],
    ['座って待つだけで元気になるのなら、これほど楽なことはありません。毎日少しずつ体を動かしましょう。', 'post'],
    ['見学されるだけでしたら、どなたでもご参加いただけます。', 'post'],
    ['私どもの苦労も少しはお分かりいただけるかと思い、職場見学会を企画しました。ぜひご参加ください。', 'post'],
    // an offer to those who cannot come, children, a character's invitation, raising a child or a pet
    ['会場に来られない方は、おうちでライブ配信をどうぞ。', 'post'],
    ['雨の日に外で遊べない子どもたちは、おうちで工作をどうぞ。', 'post'],
    ['ぼくでも覚えられる簡単な体操だよ！みんなもやってみてね。', 'comment'],
    ['子どもたちには、少しは待つことも覚えてほしいと思います。', 'post'],
    ['ワンちゃんには、少しは待つことも覚えてもらいましょう。', 'post'],
    // people caught by a disaster, beginners welcomed or helped
    ['最低限の準備もできないまま避難した方も多く、支援物資をお届けしています。', 'post'],
    ['最低限の準備もできない方のために、防災セットを配布しています。', 'post'],
    // the same words in sincere prose
    ['窓口で声を荒らげる方の様子を見ていると、なぜ職員の心のケアが必要なのか、よく分かります。', 'post'],
    ['避難所での皆さんの様子を見ていると、どうして助け合いが大切なのか、よく分かります。', 'post'],
    ['住民の理解力の問題ではないか、という指摘もありますが、市の説明不足です。資料を見直します。', 'post'],
    ['外国人住民の方は、日本語として意味の通る文章でなくても大丈夫です。やさしい日本語でご連絡ください。', 'post'],
    ['案内文に日本語として意味の通らない箇所がありました。お詫びして訂正します。', 'post'],
    ['「混雑がひどい」とのご意見ありがとうございます。次回はもう少し余裕のある会場を探します。', 'reply'],
    ['「受付が遅い」とのご意見をいただきました。私たちの苦労も少しは知っていただけるよう、舞台裏を紹介します。ぜひご覧ください。', 'post'],
    ['ごみを持ち帰れない方は、会場のごみ箱をご利用ください。', 'post'],
    ['まもるくんでも覚えられるのに、みんなはもっと早く覚えられるよね！ごみの日クイズに挑戦しよう。', 'comment'],
    ['一度もお越しになったことのない方も、お気軽にご相談ください。', 'post'],
    ['少しは待つことも覚えてほしい、と子育て中の方からよく相談を受けます。', 'post'],
    ['パソコンの基本的なこともできない方でも安心してご参加いただけます。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: review rhost59 (host59 false positives), as kinds: a rule told for entries, help or a welcome for those who can only write so, a dilemma talked over, praise or care after conduct seen, help offered after being found out, a policy over defamation, a fault denied, a tip after the trouble not grudged, a presumption or an outcome reported', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    // a rule told for entries, not a demand of the reader (せめて / 最低限 …として成立する)
    ['ご投稿いただいた川柳は、最低限、文章として成立するものを審査の対象とします。', 'post'],
    // help or a welcome for those who can only write so
    ['このような書き込みしかできない方も、窓口では丁寧にお話を伺います。', 'post'],
    ['こうした手紙しか書けない方のために、代筆サービスを行っています。', 'post'],
    // the dilemma as a topic or talked over, or with the city's side as the other branch
    ['わざと間違えたのか、記憶力の問題なのか、という話題で盛り上がった脳トレ教室でした。', 'post'],
    ['同じ質問が繰り返されるのは、記憶力の問題なのか、案内の問題なのか、と職員で話し合いました。', 'post'],
    // praise or care after conduct seen; a family outing is no private life
    ['苦情にも丁寧に答えるお姿を拝見していると、どうしてこのお店に家族連れが多いのか、分かる気がします。', 'post'],
    ['窓口で大声を出してしまった方の様子を伺って、なぜご家族が心配されていたのか、よく分かりました。ご相談ください。', 'post'],
    // help offered after being found out
    ['借金のことを職場に知られて困るのはご本人ですが、ひとりで悩まず、消費生活センターにご相談ください。', 'post'],
    // a policy over defamation of staff, not over criticism
    ['市の公式アカウントへの批判的なコメントには丁寧にお答えしています。なお、職員個人への中傷については、開示請求を含め、しかるべき対応を取ることがあります。', 'post'],
    // a fault denied (騒ぐ人もなく)
    ['二十歳の集いでは、大声で騒ぐ人もなく、皆さん実にご立派な態度でした。', 'post'],
    // a tip to all after the trouble not grudged (not さえ / すら)
    ['「収集日が分からない」とのお問い合わせが増えています。カレンダーを確認する手間を惜しまなければ、出し忘れは防げますので、ぜひ冷蔵庫に貼ってください。', 'post'],
    ['お問い合わせありがとうございます。窓口へお越しになる前に、ホームページで必要書類を確認する手間を惜しまなければ、待ち時間が短くなります。', 'reply'],
    // a presumption or an outcome reported as a voice
    ['大人なんですから、お酒は二十歳になってから、くらいは分かっていますよね、という声に頼らず、年齢確認を徹底します。', 'post'],
    ['混雑は予想できたのではないかとのご指摘、その通りです。次回は会場を広げます。', 'reply'],
    // the brief's ordinary posts
    ['誹謗中傷の書き込みには発信者情報の開示請求ができます（法務省の案内）。', 'post'],
    ['日本語教室の作文発表会を開きました。皆さん、日本語として意味の通る文章をしっかり書けるようになりました。', 'post'],
    ['理解力を育てる読書講座を開きます。読解力の問題に悩む保護者の方もぜひ。', 'post'],
    ['申請書は子どもでも書けるように作ってあります。それでも分からない方は、窓口でご説明します。', 'post'],
    ['お持ち帰りはこちらの袋をどうぞ。持ち帰れない方は、会場のごみ箱をご利用ください。', 'post'],
    ['市長の部屋「私どもの苦労話」コラム、今月は職員の苦労も少しは伝わればと思い書きました。', 'post'],
    ['最低限の備えを確認しましょう。', 'post'],
    // a found thing's owner known; a known writer thanked (an older threat rule, found by the review)
    ['落とし物の財布、持ち主がどなたかはもう分かっています。ご連絡をお待ちしています。', 'post'],
    ['いつも温かいコメント、誰が書いてくれたのかちゃんと分かっています。ありがとう！', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R326H / R328M kinds (host60), polite sarcasm, insinuation, condescension and brushing-off in replies to reviews and complaints', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // the press or an asker told to "at least" read first and only then ask (R326H-008 kind)
    ['@abc 取材のお申し込みですが、せめて過去の記者発表資料に目を通してから質問していただけますか。', 'hostility/confrontational:warn', 'reply'],
    ['記者の皆様へ。少しはホームページを確認してからお問い合わせいただけますと助かります。', 'hostility/confrontational:warn', 'post'],
    ['@abc ご質問の件、最低限、募集要項をお読みになったうえでご連絡いただけますでしょうか。', 'hostility/confrontational:warn', 'reply'],
    // an asker told to make a habit of reading the page (R326H-016 kind)
    ['@abc 予約できないとのお問い合わせですが、案内ページを最後まで読む習慣をつけていただけると助かります。', 'hostility/confrontational:warn', 'reply'],
    ['届いていないとのことですが、メールをきちんと確認する癖をつけてください。', 'hostility/confrontational:warn', 'comment'],
    ['@abc 申請書の書き方のご質問ですが、記載例にしっかり目を通す習慣を身につけていただけますと幸いです。', 'hostility/confrontational:warn', 'reply'],
    // a request to read capped with a mock benefit (R326H-016 / R326H-008 kind)
    ['@abc 発送時期のご質問ですが、お知らせを最後までご覧いただけますと、お互いにとって幸せかと存じます。', 'hostility/confrontational:warn', 'reply'],
    ['取材の前に資料をお読みいただければ、記者の皆様にとっても有意義かと存じます。', 'hostility/confrontational:warn', 'post'],
    // a critic sent to a place or a shop elsewhere that suits them (R326H-012 kind)
    ['「うなぎが高すぎる」との口コミを拝見しました。ご予算に見合ったほかの旅先を探されるのがよいかと存じます。', 'hostility/confrontational:warn', 'post'],
    ['@abc 「期待外れだった」とのご感想、承知しました。あなたのお好みに合うお店をお選びになってはいかがでしょうか。', 'hostility/confrontational:warn', 'reply'],
    ['「見どころが少ない」とのレビュー、拝見しました。楽しみ方は人それぞれですので、ご自分の感覚に合った観光地へお出かけください。', 'hostility/confrontational:warn', 'post'],
    // told they need not use it if they do not see its worth (R326H-039 kind)
    ['@abc 入園料が高いとのご意見ですが、その魅力をお分かりにならない方に、無理にご来園いただかなくても結構です。', 'hostility/confrontational:warn', 'reply'],
    ['料金にご不満とのこと。無理にご利用いただく必要はございませんので。', 'hostility/confrontational:warn', 'comment'],
    ['「舟遊びに三千円は高い」とのことですが、掘割の良さを感じていただけない方には、ほかにも過ごし方はございます。', 'hostility/confrontational:warn', 'post'],
    // the wish restated as a condition, another service said to suit them better (R326H-036 kind)
    ['@abc 待ち時間が長いとのことですが、待つのがお嫌でしたら、タクシーをご利用になる方が合っているのではないでしょうか。', 'hostility/confrontational:warn', 'reply'],
    ['返礼品が遅いとのご意見ですが、明日届かないと困るということでしたら、近所のスーパーでお買い求めになる方が向いていらっしゃるかと存じます。', 'hostility/confrontational:warn', 'reply'],
    // a critic told to do better themself if they can (R326H-031 kind)
    ['@abc 花火がしょぼいとのコメント、拝見しました。あなたがもっと素晴らしい花火大会を企画できるのであれば、ぜひ実行委員にご応募ください。', 'hostility/confrontational:warn', 'reply'],
    ['ポスターのデザインが微妙とのご意見をいただきました。ご自分でより良いデザインが作れるなら、ぜひ次回のコンペへどうぞ。', 'hostility/confrontational:warn', 'post'],
    // a critic's verdict put down to their senses (R326H-033 kind)
    ['「うなぎがまずい」ってレビューがあったけど、たぶん舌がお疲れなんだね😋', 'hostility/confrontational:warn', 'post'],
    ['かわいくないって言う人は、きっと目がおかしいんだよ〜', 'hostility/confrontational:warn', 'comment'],
    ['この景色の良さが分からないなんて、よっぽど感性が鈍っていらっしゃるのでしょうね。', 'hostility/confrontational:warn', 'reply'],
    // mocked for not thinking of even a simple step (R326H-041 kind)
    ['@abc 駐車場が満車だったとのこと。前日に空き状況を調べるというちょっとした準備すら思いつかなかったとは、お気の毒です。', 'hostility/confrontational:warn', 'reply'],
    ['@abc 道に迷ったとのことですが、地図アプリを開くという工夫さえ思い付かなかったのでしょうか。', 'hostility/confrontational:warn', 'reply'],
    // people at fault told to go back to school as a "let's", or set below children (R326H-049 kind)
    ['会場で大声で騒ぐ大人の皆さん、幼稚園からやり直しましょう。', 'hostility/confrontational:warn', 'post'],
    ['展示にベタベタ触る大人が多すぎ🙄 マナーの守れない人たちは、小学校からやり直しませんか？', 'hostility/confrontational:warn', 'post'],
    ['さげもんに勝手に触る大人、子どもの方がずっと分かってますよ。', 'hostility/confrontational:warn', 'post'],
    ['「言葉遣いがおかしい」とのご意見ですが、そうおっしゃる方こそ小学校の国語からやり直しましょう。', 'hostility/confrontational:warn', 'reply'],
    // a writer's piece mock-admired as a talent "in a sense" (R326H-053 kind)
    ['昨日の夕刊の記事、取材もせずにここまで書けるのは逆に尊敬します。', 'hostility/confrontational:warn', 'post'],
    ['あのようなコメントを堂々と書き込めるのは、ある意味で立派だと思います。', 'hostility/confrontational:warn', 'post'],
    // a critic's or the press's faculty mock-admired (R326H-053 / R326H-058 kinds)
    ['今月号にもたくさんの「ご指摘」をいただきました。皆さまの観察眼の鋭さには、職員一同、恐れ入るばかりです。', 'hostility/confrontational:warn', 'post'],
    ['報道各社の記事を拝見しました。記者の皆さんの創作力には本当に舌を巻きます。', 'hostility/confrontational:warn', 'post'],
    ['毎回ご批判をくださる方の執念には、ただただ脱帽です。', 'hostility/confrontational:warn', 'post'],
    // thanks for a complaint, then few said to have the plain idea (R328M-044 kind)
    ['「バスが少ない」とのご意見、ありがとうございます。時刻表を調べるという常識をお持ちでない方が多いことがよく分かりました。', 'hostility/confrontational:warn', 'post'],
    ['「トイレが遠い」とのご意見、誠にありがとうございます。案内図を見るという発想のある方が少ないことが、よく分かりました。', 'hostility/confrontational:warn', 'post'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // a step told without せめて, a notice to all, a class
    ['お問い合わせの際は、募集要項をご確認のうえご連絡ください。', 'post'],
    ['せめて前日までにはご連絡ください。', 'post'],
    ['ご来館の際は、せめて開館日をご確認のうえお越しください。', 'post'],
    // a habit urged on all or on children, not an asker
    ['大雨の季節です。毎朝、気象情報を確認する習慣をつけてください。', 'post'],
    ['夏休みは、子どもたちに本を読む習慣を身につけてもらう絶好の機会です。', 'post'],
    ['@abc お問い合わせありがとうございます。申込ページの最下部に発送予定日を記載しております。お手数ですが最後までご確認ください。', 'reply'],
    // an event's 有意義, a mutual good meant
    ['講座の前に資料をお読みいただけますと、参加者の皆様にとって有意義な時間になるかと存じます。', 'post'],
    ['ペットと飼い主がお互いにとって幸せに暮らせるよう、しつけ教室を開きます。', 'post'],
    // a course or a plan within ours, a guide offered, an apology
    ['川下り、うなぎ、散策など、ご自身に合った過ごし方をお選びください。', 'post'],
    ['口コミで割高とのご意見を拝見しました。平日割引もございますので、ご予算に合ったプランをお選びください。', 'post'],
    ['「お店が少ない」とのご意見を受け、ご自身のお好みに合うお店をお探しいただけるよう、マップを作りました。', 'post'],
    ['「コースがきつい」とのご意見をいただきました。申し訳ありません。ご自身の体力に合ったコースを選べるよう、短いコースを新設します。', 'post'],
    // care for the unwell or the worried, a cancellation offered
    ['体調のすぐれない方は、無理にご参加いただく必要はありません。', 'post'],
    ['「料金が高い」とのご意見について。ご予約後でも、無理にご乗船いただく必要はありません。キャンセル料は無料です。', 'post'],
    ['「舟が揺れて怖かった」とのお声をいただきました。船酔いが心配な方は、無理にご乗船いただく必要はありません。散策コースもございます。', 'post'],
    ['川下りの魅力を感じていただけない方にも楽しんでいただけるよう、新しいコースを用意しました。', 'post'],
    // advice within ours, the city's own faster service
    ['小さなお子さま連れの方は、こちらの短いコースの方が向いているかもしれません。', 'post'],
    ['@abc 届かないとのこと、ご心配をおかけしております。お急ぎでしたら、コンビニ交付の方が向いているかもしれません。', 'reply'],
    ['「待ち時間が長い」とのご意見をいただきました。お急ぎの方には、徒歩の散策ルートの方が向いているかもしれません。', 'post'],
    // an invitation with no critic, a class
    ['もっと素敵なアイデアがある方は、ぜひ次回の公募にご応募ください。', 'post'],
    ['ご自身でもっと上手に描けるようになりたい方は、ぜひ絵画教室へ。', 'post'],
    // tired eyes or a tired palate cared for
    ['スマホの見すぎで、きっと目が疲れているはず。休憩しましょう。', 'post'],
    ['おいしくないと感じたら、たぶん舌が疲れているサインです。休養をとりましょう。', 'post'],
    // the writer's own slip, praise, help offered
    ['私どもも、そんな簡単な工夫すら思いつかなかったことを反省しています。', 'post'],
    ['誰も思いつかなかった工夫で、掘割の清掃が楽になりました。', 'post'],
    ['ちょっとした工夫も思いつかない時は、職員にご相談ください。', 'post'],
    // a course, a family, a warm-up
    ['大人の学び直し講座で、小学校の算数からやり直しませんか？', 'post'],
    ['息子と一緒に、小学校の漢字からやり直しましょう！', 'post'],
    ['大人のための算数ドリル、小学校の分数からやり直しませんか？', 'post'],
    ['展示に触れる体験コーナーでは、子どもたちの方がずっと上手に遊んでいました。', 'post'],
    // art, children, entrants, craftsmen, a reporter thanked or admired
    ['この落ち葉の模様、ある意味で芸術ですね。', 'post'],
    ['ある意味で才能ともいえる職人の手仕事を、ぜひ間近でご覧ください。', 'post'],
    ['子どもたちの想像力には脱帽です！作品展は今週末まで。', 'post'],
    ['写真コンテストの応募作品、皆さまの鋭い観察眼には感服しました。', 'post'],
    ['連日取材を続ける記者の方の熱意には頭が下がります。', 'post'],
    ['取材に来てくださった記者さんの文章力には脱帽です。素敵な記事になりました。', 'post'],
    ['多くのご意見をいただきました。皆さまの鋭い洞察力には頭が下がります。ご指摘を参考に改善します。', 'post'],
    ['ご指摘いただいた方の着眼点の鋭さには恐れ入りました。早速修正しました。', 'post'],
    // a survey's finding, our own notice to improve
    ['アンケートの結果、公共交通機関で来るという発想をお持ちの方が少ないことが分かりました。バスの案内を強化します。', 'post'],
    ['「駐車場が足りない」とのご意見が多く、車以外で来るという選択肢をお持ちの方が少ないことが分かりました。シャトルバスの周知に努めます。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R330H / R332M kinds (host61), polite and joking jabs by front-line staff at residents who complain or break manners', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // people at fault asked whether they take the place or the staff for something of their own (R330H-010 kind)
    ['閲覧席で食事をされる方がいらっしゃいます。図書館をファミレスとでも思っていらっしゃるのでしょうか。', 'hostility/confrontational:warn', 'post'],
    ['窓口で怒鳴る方、職員を召使いとでも思ってるんですかね？', 'hostility/confrontational:warn', 'comment'],
    ['通路に荷物を広げとる人、ここを自分の家とでも思っとるとやろか。', 'hostility/confrontational:warn', 'comment'],
    ['ロビーのソファで横になって寝ている方がいますが、市役所をホテルと勘違いされているのでしょうか。', 'hostility/confrontational:warn', 'post'],
    ['共用廊下に私物を置きっぱなしの方は、廊下を自分専用の物置と思っていらっしゃるのでしょうか。', 'hostility/confrontational:warn', 'post'],
    ['ロビーで寝てる人、ここを自分の家と勘違いしてない？', 'hostility/confrontational:warn', 'comment'],
    // …or told flatly that it is not theirs
    ['閲覧室で電話される方へ。図書館はご自宅のリビングではございません。', 'hostility/confrontational:warn', 'post'],
    ['毎日ベンチを占領しとる人、公園はあんたの庭じゃなかよ。', 'hostility/confrontational:warn', 'comment'],
    // a complainant's belief restated and mock-praised (R332M-030 kind)
    ['「市はなぜ道路をすぐ直さないのか」とのご意見をいただきました。職員が何百人も待機しているとお思いとは、夢があって素敵ですね。', 'hostility/confrontational:warn', 'post'],
    ['@abc 予算が無限にあると考えていらっしゃるなんて、おめでたいですね。', 'hostility/confrontational:warn', 'reply'],
    ['「どうして無料にしないのか」とのお声がありました。財源が空から降ってくると信じていらっしゃるとは、うらやましい限りです。', 'hostility/confrontational:warn', 'post'],
    ['「市が全部タダでやってくれない」とのご意見、市の予算が無限にあるとお考えの方もいらっしゃるようで、夢がありますね。', 'hostility/confrontational:warn', 'post'],
    // the same done back to the offender's home (R330H-015 kind): a threat
    ['犬のフンを放置する人の家の前に、拾ったフンを全部返しに行きたい気分です。', 'hostility/threat:block', 'comment'],
    ['ポイ捨てする方へ。あなたのお宅の庭に同じごみをまいて差し上げましょうか？', 'hostility/threat:block', 'post'],
    ['毎週ごみを置いていく犯人の玄関先に、そっくりそのまま置いてやりたい。', 'hostility/threat:block', 'comment'],
    ['吸い殻をポイ捨てする人、その人の車の上にそのままお返ししましょうか。', 'hostility/threat:block', 'comment'],
    // told to use a faculty just a little, with someone at fault (R330H-016 kind)
    ['深夜に大声で話される方へ。ほんの少しでいいので、常識を働かせていただけると助かります。', 'hostility/confrontational:warn', 'post'],
    ['路上駐車される方、ちょっとだけ頭を使っていただければ分かると思いますが。', 'hostility/confrontational:warn', 'comment'],
    ['ベランダでの喫煙に関する苦情が続いています。想像力をもう少し働かせていただけますと幸いです。', 'hostility/confrontational:warn', 'post'],
    ['苦情が相次いでいます。夜間に大音量で音楽をかける方は、想像力を働かせていただけますと幸いです。', 'hostility/confrontational:warn', 'post'],
    // people at fault guessed in mock charity to have forgotten that others exist (R330H-016 kind)
    ['夜遅くにピアノを弾かれる方は、下の階にも人が暮らしていることをお忘れなのでしょうか。', 'hostility/confrontational:warn', 'post'],
    ['図書館で大きな声で話す人は、周りにも利用者がいることに気づいていないのかもしれませんね。', 'hostility/confrontational:warn', 'post'],
    ['騒音の苦情が相次いでいます。大声で騒ぐ方は、周りに人がいることを想像できないのでしょうか。', 'hostility/confrontational:warn', 'post'],
    // a plain rule said to be learnt in kindergarten, in feigned surprise (R330H-019 kind)
    ['列に割り込まれる方が今日も何人かいらっしゃいました。並ぶというのは小学校で教わることだと思っていました。', 'hostility/confrontational:warn', 'post'],
    ['ごみを分別されない方が多くて驚きます。分別なんて保育園で習いますよね。', 'hostility/confrontational:warn', 'post'],
    ['信号を無視して渡る大人の方、赤は止まれって幼稚園で最初に教わったものだと思っておりました。', 'hostility/confrontational:warn', 'comment'],
    ['順番を守らない方が多いです。「並ぶ」って、小学校で習いませんでしたっけ？', 'hostility/confrontational:warn', 'post'],
    // people addressed by a fault asked in mock cheer whether they knew a plain rule, or told to learn it now (R330H-022 kind)
    ['駐輪場以外に自転車を停めてる皆さ〜ん、そこ点字ブロックってご存じでした？', 'hostility/confrontational:warn', 'post'],
    ['ベンチで寝そべってる方々へ、ベンチはみんなのものって知ってましたか？😊', 'hostility/confrontational:warn', 'post'],
    ['ロビーで喫煙されている皆さん、ここ禁煙なんですよ〜。ご存じでした？', 'hostility/confrontational:warn', 'post'],
    ['花壇に入り込んで写真を撮る皆さま、花壇は立ち入り禁止なんです。知らなかった方はこの機会に覚えてくださいね♪', 'hostility/confrontational:warn', 'post'],
    // users named by a bad habit and told to do otherwise (R330H-025 kind)
    ['おしゃべりばかりされている親御さんは、少しはお子さんを見ていてくださいね。', 'hostility/confrontational:warn', 'post'],
    ['ドッグランでスマホばかりいじっている飼い主さんも、ワンちゃんから目を離さないでくださいね。', 'hostility/confrontational:warn', 'post'],
    ['スマホに夢中の保護者の方も、たまにはお子さんの顔を見てあげてくださいね。', 'hostility/confrontational:warn', 'post'],
    // the staff said not to be a caller's own helper (R330H-043 kind)
    ['毎日長時間お電話をくださる方へ。窓口の職員はあなたの話し相手ではありません。', 'hostility/confrontational:warn', 'post'],
    ['職員は市民の召使いではございません。', 'hostility/confrontational:warn', 'comment'],
    ['相談員はあなた専用のカウンセラーではございませんので、ご理解ください。', 'hostility/confrontational:warn', 'post'],
    ['何度もお電話をくださる方へ。職員はあなたのお母さんではありません。', 'hostility/confrontational:warn', 'post'],
    // people set below an animal that keeps a rule (R330H-044 kind)
    ['分別のルール、猫の方がまだ分かってるんじゃないかな…', 'hostility/confrontational:warn', 'post'],
    ['収集日を守らない方が多くて、カラスのほうがよっぽどきちんと守ってる気がします。', 'hostility/confrontational:warn', 'post'],
    ['ごみ出しルール、カラスの方が理解してるのでは。', 'hostility/confrontational:warn', 'post'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // an instruction, a figure of speech, children, animals, warmth
    ['ちょっとした散歩とでも思って、気軽にご参加ください。', 'post'],
    ['柳川の夏の風物詩とでも言いましょうか、今年も川開きの季節です。', 'post'],
    ['子どもたちはここを秘密基地とでも思っているのでしょうか、毎日元気に遊びに来てくれます。', 'post'],
    ['カラスはこの公園を自分の家とでも思っているのでしょうか。毎朝やってきます。', 'post'],
    ['ご自宅のリビングだと思って、気軽にくつろいでくださいね。', 'post'],
    ['毎年参加される方は、このお祭りを第二の故郷とでも思っているのでしょうか。うれしいことです。', 'post'],
    // a place open to all, a slogan with no one's own, a welcome
    ['この広場は私有地ではありません。どなたでも自由にご利用いただけます。', 'post'],
    ['川はごみ箱ではありません。ポイ捨てはやめましょう。', 'post'],
    ['ねこちゃん、ここはきみのおうちじゃないよ〜😺', 'post'],
    ['ここはご自宅ではありませんが、ご自宅のようにくつろいでいただけるよう工夫しています。', 'post'],
    // dreams of children or entrants, an idea taken up
    ['子どもたちが「柳川に宇宙港ができる」と考えているとは、夢があって素敵ですね。', 'post'],
    ['未来の柳川を描いた作品展。空飛ぶ舟が走っていると考えるなんて、夢があって素敵です。', 'post'],
    ['「掘割に観覧車を」とのご意見をいただきました。そんな未来を思い描いていらっしゃるなんて素敵ですね。検討の参考にさせていただきます。', 'post'],
    // a delivery, help, a circular, a notice sent
    ['ご不在の場合は、ご自宅の玄関先に置いておきますね。', 'post'],
    ['落とし物は、持ち主の方のご自宅までお届けしたいと考えています。', 'post'],
    ['お隣のお宅の玄関先に回覧板を届けてあげましょうか。', 'post'],
    ['放置自転車は、持ち主の方の自宅に通知をお送りしています。', 'post'],
    // a class, children, manners asked of all, a date reminded, disaster preparedness
    ['子どもたちの想像力を少しでも働かせてもらえるよう、工作教室を開きます。', 'post'],
    ['ほんの少しの思いやりで、みんなが気持ちよく使えます。', 'post'],
    ['絵本の世界を、ちょっとだけ想像力を働かせて楽しんでください。', 'post'],
    ['少し頭を使って楽しむ脳トレ講座を開催します。', 'post'],
    ['もしもの時に何が起きるか、想像力を働かせてください。防災の第一歩です。', 'post'],
    ['提出期限をお忘れの方もいらっしゃるかもしれません。改めてお知らせします。', 'post'],
    ['認知症の方は、ご家族がいることを忘れてしまうこともあります。', 'post'],
    // trivia, a class, the writer's own childhood
    ['ローマ字は小学校で習うものだと思っていましたが、今は3年生から学ぶそうです。', 'post'],
    ['小学校で習う漢字を、親子で復習しましょう。', 'post'],
    ['私は、あいさつは幼稚園で習うものだと思っていました。', 'post'],
    ['交通ルールは小学校で習いますよね。今年も交通安全教室を開きます。', 'post'],
    // trivia or a rule taught to all, no one at fault addressed
    ['柳川のうなぎのせいろ蒸しは、江戸時代生まれって知ってました？😊', 'post'],
    ['ポイ捨ては条例で禁止されているって知ってました？罰金もあります。', 'post'],
    ['皆さん、知ってました？柳川の掘割は全長930kmもあるんです。', 'post'],
    ['さげもんのひとつひとつに意味があるって、ご存じでしたか？', 'post'],
    // children, an event offered, a virtue, health advice
    ['ゲームばかりしている子どもたちも、夏休みは外で遊ぼう！', 'post'],
    ['スマホばかり見ている方も、星空観察会に参加してみませんか？', 'post'],
    ['仕事ばかりしているお父さんも、週末はぜひ家族でお越しください。', 'post'],
    ['子育て中のお母さん、お父さんも、スマホばかり見ていると疲れますよね。ちょっと休憩しませんか。', 'post'],
    // a desk sent elsewhere, a limit of expertise, a chatbot, a promise of care
    ['市民課の窓口は税の相談窓口ではございません。税の相談は税務課へお越しください。', 'post'],
    ['職員は医療の専門家ではありませんので、症状については医療機関にご相談ください。', 'post'],
    ['このチャットボットは相談相手ではありません。緊急時は119番へ。', 'post'],
    ['窓口の職員は、お客様の相談相手として丁寧に対応します。', 'post'],
    // training, two animals compared, a crow-proofing tip
    ['犬のほうがずっとルールを覚えるのが早いと、ドッグトレーナーさん。', 'post'],
    ['カラスのほうがよっぽど賢いので、ごみネットはしっかりかけてくださいね。', 'post'],
    ['ハトよりカラスのほうがよっぽど時間を守っているそうです。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind KJ-041 / KJ-058 kind (host61b), a refusal quoted on a line of its own or as a sign\'s words, as the example of what must not be done, is a mention; the same refusal said by the writer blocks', () => {
  // decency's discriminatory block is echoed here (discriminationAimed): the whole engine runs, hostility's findings are read
  const hard = (text: string) => check(text, { tone: 3 }).findings.filter((f) => f.family === 'hostility' && f.severity !== 'info').map((f) => `${f.rule}:${f.severity}:${f.excerpt}`)
  it.each<[string, string]>([
    // the writer's own refusal, plain or after a quote line it takes up as its own (a shop speaking, accepted, agreed, explained as a reason)
    ['当店は外国人の方の入店はお断りします。', 'hostility/discrimination:block'],
    ['「外国人の方の入店はお断りしています」\n当店では、外国人の方のご利用をお断りしております。', 'hostility/discrimination:block'],
    ['「障がいのある方はご遠慮ください」\n施設の都合上、ご了承ください。', 'hostility/discrimination:block'],
    ['「外国人お断り」\nこれが正直な本音です。', 'hostility/discrimination:block'],
    ['「外国人の方の入店はお断りしています」\n言葉が通じないため、このような対応とさせていただきます。', 'hostility/discrimination:block'],
    // a sign put up by the writer, a wrong denied
    ['「外国人お断り」の貼り紙を当店入口に掲示しています。', 'hostility/discrimination:block'],
    ['うちも「外国人お断り」の看板を出しました。差別じゃありません。', 'hostility/discrimination:block'],
    ['「日本人以外お断り」\nうちの店ではこれが普通です。', 'hostility/discrimination:block'],
  ])('flags %s', (text, expected) => {
    expect(hard(text)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each([
    // blind KJ-058, KJ-041
    '「外国人お断り」\nこんな貼り紙を見たら、どんな気持ちになるでしょう。\n\n柳川には、いろいろな国から来た人たちが働き、学び、暮らしています。ことばや文化の違いは、まちの魅力のひとつです😊\n困ったときは、国際交流の相談窓口（市民文化会館内）へどうぞ。\n#柳川 #多文化共生',
    '【障がいを理由とする差別の解消に向けて】\n\n「前例がないので対応できません」「車いすの方の入店はお断りしています」\n\n令和6年4月から、事業者による合理的配慮の提供が義務になりました。できない理由を探すのではなく、どうすればできるかを一緒に考えることが大切です。',
    // a quote line, then the reader asked how it feels or whether they have met it
    '「障がいのある方の入店はお断りしています」\nもしあなたがそう言われたら、どんな気持ちになりますか。',
    '・「外国人お断り」\n・「高齢者の方のご利用はご遠慮ください」\n見かけたことはありませんか。',
    '「外国人お断り」\nこんな看板、まだありませんか？\n市では多文化共生を進めています。',
    // a quote line, then the law or the wrong explained
    '「車いすの方の入店はお断りしています」\n令和6年4月から、事業者による合理的配慮の提供が義務になりました。',
    '「外国人の方の入店はお断りします」――これは、国籍を理由とした差別にあたります。',
    '【人権週間】\n\n「外国人お断り」「外国籍の方は入居できません」\n\nこうした対応は、国籍による差別です。一人ひとりの人権を大切にしましょう。',
    // a quote as the words of a sign found, in an awareness post
    '「外国人お断り」の貼り紙が市内の店舗で見つかりました。国籍を理由とした差別は許されません。',
    '市内の飲食店で「外国人お断り」の張り紙が見つかりました。国籍による差別はあってはならないことです。',
  ])('leaves %s clean', (text) => {
    expect(hard(text)).toEqual([])
  })
})

describe('hostility: blind R335U kinds (host62), polite sarcasm and jabs at council members, residents, contractors, teams, candidates and other towns', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // a mock either-or: forgot, or never listened or read (R335U-007 kind)
    ['同じ質問を何度もされる委員さんがいらっしゃいます。先日のご説明を忘れてしまわれたのか、そもそも聞いておられなかったのか、どちらなのでしょう。', 'hostility/confrontational:warn', 'post'],
    ['毎回同じことを電話してくる方、前に伝えたことを覚えていらっしゃらないのか、それとも聞く気がないのか。', 'hostility/confrontational:warn', 'comment'],
    ['今回も同じご質問をいただきました。前回の答弁を聞いていなかったのか、忘れたのか、判断に迷うところです。', 'hostility/confrontational:warn', 'post'],
    // the repeat asker asked whether they already forgot the answer
    ['毎回同じご質問をいただきますが、前回の答弁はもうお忘れでしょうか。', 'hostility/confrontational:warn', 'post'],
    ['@abc 何度もお答えしていますが、先日のご説明をお忘れになったのでしょうか？', 'hostility/confrontational:warn', 'reply'],
    // the staff said not to be idle, to a writer or caller (R335U-021 kind)
    ['ご要望は承りました。ただ、私どもも暇ではありませんので、同じ内容のお電話は一度にしていただけると助かります。', 'hostility/confrontational:warn', 'comment'],
    ['@abc 毎日長文のメールを送ってこられますが、こちらも暇じゃないんで。', 'hostility/confrontational:warn', 'reply'],
    ['お電話ありがとうございます。職員は手が空いているわけではありませんので、ご用件は簡潔にお願いします。', 'hostility/confrontational:warn', 'comment'],
    // other towns that take our name set below us as copies, by a knowing guess at their naive belief (R335U-025 kind)
    ['最近、よその町でも「小京都」を名乗るところが増えましたね。古い町家を一軒残せば小京都になるとお考えのようですが、本物の町並みは一日では作れません。', 'hostility/confrontational:warn', 'post'],
    ['「水の都」を名乗る町は全国にありますが、柳川は本家本元。掘割もどきでは真似できない風情があります。', 'hostility/confrontational:warn', 'post'],
    ['あちこちの市が川下りを始めていますが、舟を浮かべさえすれば人が来ると思っていらっしゃるのでしょうね。柳川の本物をどうぞ。', 'hostility/confrontational:warn', 'post'],
    // another town or team insinuated as gathering people by any means, or a concessive closed by mock thanks (R335U-030 kind)
    ['今年のマラソン大会も大盛況でした。なりふり構わず招待選手を呼び込んでいる市もあるようですが、柳川は地元の力で勝負です。', 'hostility/confrontational:warn', 'post'],
    ['少年野球大会、柳川のチームが準優勝！お金にものを言わせてよそから選手を集めるチームもありますが、うちは地元っ子だけです😊', 'hostility/confrontational:warn', 'post'],
    ['毎年ほかの町から助っ人を呼んで出場されるチームもありますが、今年もご苦労さまでした😏', 'hostility/confrontational:warn', 'post'],
    // a boat or a hall told it is not a karaoke box or a hotel, after people at fault; their "hobby" sent elsewhere (R335U-042 kind)
    ['館内で横になって眠る方が増えております。念のため申し上げますが、図書館はホテルではございません。', 'hostility/confrontational:warn', 'post'],
    ['ベンチで毎晩お酒を飲んで騒ぐ人たちへ。公園は居酒屋じゃないですよ。', 'hostility/confrontational:warn', 'comment'],
    ['待合室で大声で電話される方がいらっしゃいます。待合室はカラオケボックスではありません。', 'hostility/confrontational:warn', 'post'],
    ['川下りの舟で宴会をされるお客様が目立ちます。そのようなご趣味をお持ちの方は、ぜひ市内の居酒屋をご利用ください。', 'hostility/confrontational:warn', 'post'],
    // someone said not to know the word for what they fail at, as a knowing guess (R335U-046 kind)
    ['今回の業者さんは「納期」という言葉を知らないらしく、資材がまだ届いておりません。', 'hostility/confrontational:warn', 'post'],
    ['受託業者さんには「締め切り」という概念がおありでないようです。', 'hostility/confrontational:warn', 'post'],
    ['あの会社は「報告」って言葉がご辞書にないみたいですね。', 'hostility/confrontational:warn', 'comment'],
    // people at fault recommended to take part from the stands or from home next time (R335U-047 kind)
    ['運動会、無事終わりました。判定のたびにヤジを飛ばしていた保護者の皆さまには、来年はご自宅からのご観戦をおすすめします。', 'hostility/confrontational:warn', 'post'],
    ['審判に暴言を吐いていた選手の方には、次回はスタンドからの応援をお勧めいたします。', 'hostility/confrontational:warn', 'post'],
    ['球技大会ありがとうございました。最後まで相手チームに文句を言い続けていた皆さんは、次は見学でのご参加をおすすめします。', 'hostility/confrontational:warn', 'post'],
    // what should change said to be not the town but the person, their want of study named (R335U-051 kind)
    ['「市はもっと努力すべきだ」とおっしゃる方がいます。直すべきなのは市政ではなく、あなたの姿勢ではないでしょうか。', 'hostility/confrontational:warn', 'post'],
    ['市長選に出られる方の演説を聞きました。改めるべきは市の制度ではなく、ご自分の認識不足のほうだと思います。', 'hostility/confrontational:warn', 'post'],
    ['問題があるのは図書館ではなく、ご本人の利用マナーのほうでは？', 'hostility/confrontational:warn', 'comment'],
    // someone at fault offered a beginners course or a child's tool in a mock wish (R335U-052 kind)
    ['毎回締め切りに遅れる業者さんには、時計の読み方教室をおすすめしたいくらいです。', 'hostility/confrontational:warn', 'post'],
    ['何度も計算を間違える担当者さんには、電卓をプレゼントしたいほどです。', 'hostility/confrontational:warn', 'post'],
    ['請求書の合計がいつも合わない会社さんには、小学生向けの算数ドリルをお贈りしたいですね。', 'hostility/confrontational:warn', 'comment'],
    // a group singled out and wished to open the papers even once (R335U-055 kind)
    ['一部の委員さんには、会議の前に議案を一度でいいので目を通していただきたいものです。', 'hostility/confrontational:warn', 'post'],
    ['毎回同じ質問をされる方には、ホームページのお知らせを一度くらいでもお読みいただけると助かります。', 'hostility/confrontational:warn', 'comment'],
    ['ご意見をくださる方には、せめて一度でも広報を開いていただけたらと思います。', 'hostility/confrontational:warn', 'post'],
    // people's conduct met with mock-polite wonder (R335U-056 kind)
    ['受付終了5分前に来られる方が毎日いらっしゃるのは、職員一同、不思議で仕方ありません。', 'hostility/confrontational:warn', 'post'],
    ['なぜ締め切り当日に来られる方ばかりなのか、不思議でなりません。', 'hostility/confrontational:warn', 'post'],
    ['駐車場が空いているのに路上に停める方が後を絶たないのは、市役所の七不思議のひとつです。', 'hostility/confrontational:warn', 'post'],
    ['ごみの日を守らない人がいなくならないのは、本当に不思議でなりませんね。', 'hostility/confrontational:warn', 'comment'],
    // more wordings: an answer not remembered, "not so idle", a venue named with its suffix, someone's dictionary, せめて…一度くらい
    ['何度も同じご質問をいただいております。前回の答弁、もう覚えていらっしゃらないのでしょうか。', 'hostility/confrontational:warn', 'post'],
    ['私どもも、一日中お相手をしているほど暇ではありませんので、ご用件は簡潔にお願いします。', 'hostility/confrontational:warn', 'comment'],
    ['舟で大声で歌うお客様がいらっしゃいます。舟はカラオケ会場ではございません。', 'hostility/confrontational:warn', 'post'],
    ['「期限」という言葉は、あの業者さんの辞書にはないようです。', 'hostility/confrontational:warn', 'post'],
    ['一部の議員の方には、せめて資料に一度くらい目を通してから質問していただきたいものです。', 'hostility/confrontational:warn', 'post'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // a check offered to the reader, children, the writer's own, a reminder to all: no either-or jab
    ['申請をお忘れになったのか、それとも書類が届いていないのか分からない場合は、窓口でご確認ください。', 'post'],
    ['パスワードを忘れたのか、IDを覚えていないのか分からないときは、こちらのページをご覧ください。', 'post'],
    ['子どもたちは先生の話を聞いていなかったのか、忘れてしまったのか、みんなで振り返りました。', 'post'],
    ['私は前回の説明を聞いていなかったのか、忘れたのか、思い出せませんでした。', 'post'],
    ['前回のご案内をお忘れの方は、こちらをご覧ください。', 'post'],
    ['パスワードをお忘れですか？再設定はこちらから。', 'post'],
    ['以前の説明会の内容をお忘れの方も多いと思いますので、改めてご説明します。', 'post'],
    // a staff blog's day, children with time, staff's spare time
    ['職員の一日を紹介します。決して暇ではありませんが、やりがいのある仕事です。', 'post'],
    ['夏休みに暇を持て余しているお子さんは、ぜひ図書館へ。', 'post'],
    ['職員は暇な時間に清掃ボランティアもしています。', 'post'],
    // health advice, a summit of towns, sincere praise, our own name
    ['運動すれば健康になると思っている方も多いかもしれませんが、睡眠も大切です。', 'post'],
    ['水を飲めば熱中症にならないと思っていらっしゃる方もいるかもしれませんが、塩分も必要です。', 'post'],
    ['「水郷」を名乗る全国のまちが集まる水郷サミットが、今年は柳川で開かれます。', 'post'],
    ['「日本のベニス」と名乗る町はいくつかありますが、それぞれの魅力があって素晴らしいですね。', 'post'],
    ['柳川は「水郷」を名乗る町として、掘割の保全に取り組んでいます。', 'post'],
    // a fraud warning, our own effort, a report
    ['あの手この手で近づいてくる詐欺の手口にご注意ください。', 'post'],
    ['本市もあの手この手で移住者を呼び込もうと取り組んでいます。', 'post'],
    ['人手不足のため、あの手この手で職員を集めている自治体も多いそうです。', 'post'],
    // sincere thanks to volunteers, a disaster
    ['清掃活動に取り組んでいる自治会もありますが、皆さま本当にご苦労さまでした。', 'post'],
    ['大雨の被害を受けた町もありますが、復旧作業にあたる皆さま、ご苦労さまです。', 'post'],
    // a plain notice with no one at fault, a slogan, a comparison in praise, a hobby welcomed
    ['この広場はキャンプ場ではありませんので、テントの設営はできません。', 'post'],
    ['川はごみ箱ではありません。ごみは持ち帰りましょう。', 'post'],
    ['リニューアルした図書館は、まるでカフェのような空間です。', 'post'],
    ['公民館はホテルではありませんが、災害時には避難所として宿泊できます。', 'post'],
    ['写真を撮るのが好きな方も多いと思います。そのようなご趣味をお持ちの方は、ぜひフォトコンテストにご応募ください。', 'post'],
    ['釣りがご趣味の方は、ぜひ掘割沿いの釣り場をご利用ください。', 'post'],
    // a word explained to all, children learning, a word known abroad
    ['「SDGs」という言葉を知らない方も多いと思います。SDGsとは、持続可能な開発目標のことです。', 'post'],
    ['最近の子どもたちは「ちゃぶ台」という言葉を知らないようです。', 'post'],
    ['「もったいない」という言葉は、海外でも知られているようです。', 'post'],
    // weather, health, small children, an online option: no fault
    ['雨天の場合は、観客席からのご観戦をおすすめします。', 'post'],
    ['体調に不安のある方は、見学でのご参加をおすすめします。', 'post'],
    ['小さなお子さま連れの方は、観覧席からのご観戦をおすすめします。', 'post'],
    ['今年は、ご自宅からオンラインでのご参加もおすすめです。', 'post'],
    // our own resolve, a lesson to all, a course for those unsure, health
    ['変えるべきは制度ではなく、私たちの意識です。', 'post'],
    ['変えられるのは他人ではなく、自分自身です。一緒に考えましょう。', 'post'],
    ['ご自身の知識不足が不安な方は、ぜひ入門講座へ。', 'post'],
    ['運動不足を感じているあなたの健康づくりを応援します。', 'post'],
    // beginners, children and those unsure helped, a guide, a gift to visitors
    ['初めての方には、やさしい算数講座をご紹介したいと思います。', 'post'],
    ['小学生のお子さんには、夏休みの算数教室をおすすめしたいです。', 'post'],
    ['書類を書き間違えやすい方には、窓口で書き方講座をご案内します。', 'post'],
    ['計算が苦手な方には、やさしい算数講座をおすすめします。', 'post'],
    ['ご来場の皆さまに、記念品として辞書をプレゼントします。', 'post'],
    // invitations and tips to first-time visitors
    ['ぜひ一度でもご覧いただければ嬉しいです。', 'post'],
    ['一度だけでも足を運んでいただけると嬉しいです。', 'post'],
    ['初めての方には、ガイドブックを一度でも見ていただけると安心です。', 'post'],
    ['手続きの前に、手引きを一度ご確認ください。', 'post'],
    // wonder at nature or at our eel, negated, thanks, an event
    ['ホタルが毎年同じ場所に戻ってくるのは、不思議でなりません。', 'post'],
    ['なぜ柳川のうなぎはこんなにおいしいのか、不思議でなりません。', 'post'],
    ['こんなにおいしいうなぎを食べたことがない方がいるのは不思議でなりません。ぜひ一度どうぞ。', 'post'],
    ['多くの方が毎年来られるのは不思議ではありません。それだけ魅力があるのです。', 'post'],
    ['毎年同じ方がボランティアに来てくださるのは、本当にありがたいことです。', 'post'],
    ['柳川の七不思議を巡るスタンプラリーを開催します。', 'post'],
    // more ordinary sentences sharing the words
    ['柳川に来たら一度はご覧いただきたい絶景です。', 'post'],
    ['「工期」という言葉の意味を、子どもたちに説明しました。', 'post'],
    ['お忘れ物のないよう、ご注意ください。', 'post'],
    ['公民館はホテルではありませんが、和室に素泊まりできる合宿プランがあります。', 'post'],
    ['マラソン大会では、よその町から参加されるランナーの皆さんもたくさんいらっしゃいます。ご苦労さまでした！', 'post'],
    ['スマホの操作が分からないという方には、やさしいスマホ講座をおすすめします。', 'post'],
    ['毎回説明書を読まずに困ってしまう方には、やさしい操作講座をおすすめします。', 'post'],
    ['パスワードを忘れがちな方には、パスワード管理の入門講座をおすすめしたいです。', 'post'],
    ['記入ミスを減らしたい方には、書き方講座をおすすめします。', 'post'],
    ['説明会の前に、配付資料に一度でも目を通していただけると、当日の理解が深まります。', 'post'],
    ['けがをされた選手の方には、次回は応援席からのご参加をおすすめします。', 'post'],
    ['「工期」という言葉をご存じない方のために、用語集を作りました。', 'post'],
    ['どんこ舟はカラオケボックスではありませんが、船頭さんの舟唄が楽しめます。', 'post'],
    ['市の担当者は、看板を立てれば観光客が来ると思っていたそうですが、そう簡単ではありませんでした。', 'post'],
    ['あの手この手で子どもたちを楽しませてくれた町内会の皆さん、ありがとうございました。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: the reader’s reading put at fault (team R316M-029 kind, which the reader alone had caught)', () => {
  const hard = (text: string) => summary(findingsOf(hostility, text, { mode: 'post' })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each([
    'ごみ分別の一覧表は毎年3月に全戸へ配布しています。普通に読めばどのごみが何曜日かは分かるはずですので、お問い合わせの前にまずご自身で探してみてください。',
    '申請書の書き方は、ちゃんと見ていただければお分かりになるはずです。',
    '募集要項をきちんとお読みいただければ、対象外であることはご理解いただけるはずです。',
  ])('%s → warn', (text) => {
    expect(hard(text).some((s) => s.startsWith('hostility/confrontational:'))).toBe(true)
  })
  it.each(['この地図を見れば、避難所の場所がすぐに分かると思います。', 'パンフレットをよく読めば分かるように、イラストをたくさん入れました。', '表示をよく見れば分かるよう、案内板を大きくしました。'])('%s → no hostility', (text) => {
    expect(hard(text)).toEqual([])
  })
})

describe('hostility: blind R337F/R340G kinds (host63), polite brush-offs, mock questions and trailing laments at callers, critics and wrongdoers', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // the repeat asker told the answer stays the same, in honorific asking (R337F-007 kind)
    ['何度お聞きになっても、市の回答は変わりません。', 'hostility/confrontational:warn', 'reply'],
    ['何回お尋ねになっても結論は同じです。', 'hostility/confrontational:warn', 'reply'],
    // a caller told the time is wasted on both sides, then asked to stop (R337F-007 kind)
    ['同じご質問を何度もいただいていますが、お互いの時間がもったいないので、この件はこれで終わりにさせてください。', 'hostility/confrontational:warn', 'reply'],
    ['毎日お電話をいただいても、お互いに時間の無駄ですので、お控えください。', 'hostility/confrontational:warn', 'reply'],
    ['お互い時間がもったいなかけん、もう電話はやめてくれんね。', 'hostility/confrontational:warn', 'comment'],
    // a critic addressed by their words, mocked for not knowing with a laugh or dared to try it once (R337F-011 kind)
    ['「職員は暇そう」って書き込んだ方、現場のことはよく分からないですよね〜(笑)', 'hostility/confrontational:warn', 'comment'],
    ['「イベントがしょぼい」とコメントされた方、一度ご自分で企画してみてはいかがですか？', 'hostility/confrontational:warn', 'comment'],
    ['「市の除草は遅すぎる」って言ってる人、1日草刈りやってみます？笑', 'hostility/confrontational:warn', 'post'],
    ['「補助金もらいすぎ」って言う人は、一回田植え手伝ってみたら？笑', 'hostility/confrontational:warn', 'post'],
    // a sanction promised where the neighbours or the workplace will see it (R337F-012 kind)
    ['このまま納付がない場合は、勤務先にも知られる形で給与の差押えを行います。', 'hostility/threat:block', 'post'],
    ['ご連絡いただけないようでしたら、近所の方の目に触れるように督促に伺うことになります。', 'hostility/threat:block', 'reply'],
    ['期限までに撤去されなければ、周りにも分かる形で強制撤去させていただきます。', 'hostility/threat:block', 'post'],
    // the wrongdoers asked in mock wonder whether they want to see the disaster (R337F-014 kind)
    ['また分別されていない電池がごみに混ざっていました。収集車の火災をお望みの方がいるのでしょうか。', 'hostility/confrontational:warn', 'post'],
    ['毎週のように油が流しに捨てられています。配管が詰まるところを見たい方がいらっしゃるんですかね。', 'hostility/confrontational:warn', 'post'],
    ['ライターがそのまま出されていました。パッカー車が爆発するところを見てみたいのでしょうか。', 'hostility/confrontational:warn', 'post'],
    ['また油が流されていました。下水管を詰まらせたい方でもいるんですかね。', 'hostility/confrontational:warn', 'post'],
    // a lament trailing off that the calls would fall or help come sooner if only the callers did better (R337F-021, R337F-049 kinds)
    ['落とし物のお問い合わせの大半は、ご自宅で見つかります。探してからお電話いただければ、窓口の電話は半分になるんですけどね。', 'hostility/confrontational:warn', 'post'],
    ['混んでいるとおっしゃいますが、書類を確認してから来ていただければ、窓口の行列もなくなるのですが。', 'hostility/confrontational:warn', 'comment'],
    ['救急車が遅いと言われますが、軽いけがで119番する人がいなくなれば、もっと早く着けるんですけどね。', 'hostility/confrontational:warn', 'comment'],
    ['流しの水を流していただければ、こんなにお電話をいただかずに済むのですが。', 'hostility/confrontational:warn', 'post'],
    // a complaint sent on, in jest, to the sky or an animal (R337F-022 kind)
    ['雨が降らんって毎日言われるけど、文句はお空に言ってくださいね〜😅', 'hostility/confrontational:warn', 'post'],
    ['カラスがごみを荒らすという苦情、多いです。苦情はカラスに直接どうぞ。', 'hostility/confrontational:warn', 'post'],
    ['暑さへのクレームは太陽にお願いします(笑)', 'hostility/confrontational:warn', 'post'],
    // people at fault wished left in the trouble they caused (R337F-024 kind)
    ['分別を守らないお宅は、ごみが溜まって困っていればいいと思います。', 'hostility/curse:block', 'post'],
    ['避難しなかった人は、放っておけばいいんです。', 'hostility/curse:block', 'post'],
    ['何度言っても油を流す人は、自分で困ればいいんじゃないでしょうか。', 'hostility/curse:block', 'post'],
    // people's level said to show, of 方, あなた and the other nouns (R337F-030 kind)
    ['こんなコメントを書かれるあなたの品性が知れますね。', 'hostility/insult:block', 'reply'],
    ['文句ばかり言う方のレベルが知れます。', 'hostility/insult:block', 'post'],
    ['ああいう書き込みをする方々の程度が知れる。', 'hostility/insult:block', 'post'],
    // a plea of hardship set against a luxury seen at the counter, and mock appreciation of it (R337F-034 kind)
    ['「生活が苦しいので払えない」と言いながら、高級車で来られる方もいらっしゃいます。', 'hostility/confrontational:warn', 'post'],
    ['窓口では「お金がない」とおっしゃりつつ、新しいブランドのバッグを持っている方もいて、実に興味深い光景でした。', 'hostility/confrontational:warn', 'post'],
    ['「税金が高い」と文句を言う方が、割り込みしてくる光景は、なかなか面白い眺めでした。', 'hostility/confrontational:warn', 'post'],
    // a worry waved off: help comes if only the reader learns the basics, trailing off (R337F-040 kind)
    ['ご心配なく。ごみの正しい出し方さえ守っていただければ、ちゃんと収集しますから。', 'hostility/confrontational:warn', 'comment'],
    ['来なかったとのことですが、予約の正しい取り方さえ覚えていただければ、職員はきちんと伺いますので。', 'hostility/confrontational:warn', 'reply'],
    // a critic's words said to weigh more once they do their part first (R337F-057 kind)
    ['ご意見はわかりますが、一度ご自分で参加されてから言っていただいたほうが、重みがあると思います。', 'hostility/confrontational:warn', 'comment'],
    ['「公園の管理がずさん」とのご意見をいただきました。草刈りボランティアに参加されてからおっしゃると、説得力が増すかと思います。', 'hostility/confrontational:warn', 'post'],
    ['「税金の無駄遣い」とおっしゃる方は、きちんと納税してからおっしゃってほしいものです。', 'hostility/confrontational:warn', 'post'],
    // a complaint answered with a trivial step of the complainant's own, called the quickest (R337F-059 kind)
    ['ご意見ありがとうございます。音が気になるなら、耳栓をされるのが一番確実です。', 'hostility/confrontational:warn', 'reply'],
    ['@abc 街灯がまぶしいとのことですが、カーテンを閉めていただくのが一番手っ取り早いかと存じます。', 'hostility/confrontational:warn', 'reply'],
    // help refused next time to those who did not follow an order (R340G-039 kind)
    ['避難指示に従わない方は、二度と救助には伺いませんのでご承知おきください。', 'hostility/threat:block', 'post'],
    ['今度残っとっても、助けには行かんけんね。', 'hostility/threat:block', 'post'],
    ['大雨のたびに「大丈夫」と避難しない方がいます。次はもう救助に行きませんよ。', 'hostility/threat:block', 'post'],
    ['避難指示に従わなかった方がいました。次はもう助けませんからね。', 'hostility/threat:block', 'post'],
    // the staff said not to be idle, with a request after it (still a jab)
    ['私どもも暇ではありませんので、次回は要点をまとめてお電話ください。', 'hostility/confrontational:warn', 'reply'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // a fee or a place that does not change the answer, no repeat, a show that does not tire
    ['何度ご利用いただいても、料金は変わりません。', 'post'],
    ['どの窓口でお聞きになっても、回答は同じです。', 'post'],
    ['何度お聞きになっても飽きない、船頭さんの名調子をお楽しみください。', 'post'],
    // time saved for everyone: meetings, booking
    ['お互いの時間を大切にするため、会議は30分以内で終えましょう。', 'post'],
    ['待ち時間がもったいないので、オンライン予約をご利用ください。', 'post'],
    ['お互いの時間がもったいないので、打ち合わせは事前に資料を共有しましょう。', 'post'],
    // commenters thanked, invited, apologised to; a question answered
    ['「川下りしてみたい」ってコメントくれた方、一度来てみませんか？', 'comment'],
    ['「うなぎ高い」ってコメントくれた方、ありがとうございます！確かにちょっとお高めですよね(笑) でもその価値はありますよ。', 'comment'],
    ['「駐車場が少ない」とコメントくださった方、ご不便をおかけしてすみません。臨時駐車場を一度ご確認いただけますか？', 'comment'],
    ['「楽しすぎ！」って言う人、一回来てみます？', 'comment'],
    ['「もっと早く知りたかった」と言う方は、メール配信にご登録ください。', 'post'],
    // discretion promised, a sign or a map made plain to the neighbours, results published
    ['差押えは、ご近所に分からないよう配慮して行います。', 'post'],
    ['ご近所にも分かるように、玄関先に目印のステッカーを貼ってください。', 'post'],
    ['納付が難しい場合は、ご相談ください。ご近所に知られることはありませんのでご安心ください。', 'post'],
    ['地域の皆さんにも分かる形で、調査結果を公表します。', 'post'],
    // a show, a drill or an experience offered; the rule told with its reason
    ['花火が上がる瞬間をご覧になりたい方は、19時までに会場へお越しください。', 'post'],
    ['消防車の放水の様子をご覧になりたい方は、ぜひ防災フェアへ。', 'post'],
    ['起震車で地震の揺れを体験したい方はいらっしゃいますか？', 'post'],
    ['キャンプファイヤーで火をつけたい方はいらっしゃいますか？', 'post'],
    ['今年もスプレー缶が出されていました。事故を防ぐため、中身を使い切ってから出してください。', 'post'],
    // a plain tip, the weather, our own means, a request, a lament with no caller at fault
    ['オンラインで申請していただければ、窓口の待ち時間は半分に減ります。', 'post'],
    ['晴れていれば、もっときれいに見えるのですが。', 'post'],
    ['予算があれば、もっと早く直せるのですが。', 'post'],
    ['ご協力いただければ、大変助かるのですが。', 'post'],
    ['ポイ捨てする人が減れば、まちはもっときれいになるのですが。', 'post'],
    ['ご自宅の水道メーターを確認していただければ、漏水の問い合わせは半分に減ると見込んでいます。', 'post'],
    // the complaint's real office; a saying about the weather
    ['苦情は環境課にお寄せください。', 'post'],
    ['お天気に文句を言っても始まりません。備えをしっかりしましょう。', 'post'],
    // care for a child, a thing left, a lesson, a form
    ['ひとりで泣いている赤ちゃんは、しばらく泣かせておけばいいですよ、と保健師さん。', 'post'],
    ['カビは放っておけばいいというものではありません。', 'post'],
    ['ルールを守らない人は、後で困ればいいというわけではありません。', 'post'],
    ['困っている人を放っておけばいいのでしょうか。一緒に考えましょう。', 'post'],
    ['申請書は、そのまま窓口に出していただければいいです。', 'post'],
    // a glimpse of someone, a contest's level
    ['この方の人となりが知れるエピソードです。', 'post'],
    ['大会のレベルが知れる好記録でした。', 'post'],
    ['市民の皆さんの熱意が知れる、たくさんのご応募をいただきました。', 'post'],
    // a cheerful anecdote, a fine view
    ['「もう年だから」とおっしゃりながら、毎朝ラジオ体操に参加されている方もいて、元気をいただきました。', 'post'],
    ['「忙しくて時間がない」とおっしゃりながら、毎週ボランティアに来てくださる方もいて、頭が下がります。', 'post'],
    ['川下りの舟から眺める桜は、なかなか味わい深い光景でした。', 'post'],
    ['子どもたちの「すごい！」という声が響き、なかなか味わい深い光景でした。', 'post'],
    // a plain guide, a request after it, a class; 覚えておけば is a condition, not 覚えておけ
    ['正しい使い方さえ守っていただければ、どなたでも安全にご利用いただけます。', 'post'],
    ['正しい出し方さえ覚えていただければ、分別は簡単ですので、ぜひご協力ください。', 'post'],
    ['スマホの正しい使い方さえ覚えておけば、詐欺も防げますので。', 'post'],
    ['ご心配には及びません。雨天でも開催しますので。', 'comment'],
    // advice on presenting
    ['データを集めてから発言すると、説得力が増します。', 'post'],
    ['実際に体験してから書いた記事は、説得力があります。', 'post'],
    ['市議会では、現地を見てから発言してほしいという声もありました。', 'post'],
    ['一度体験してからご意見をいただけると、今後の参考になります。', 'post'],
    // a health or hazard notice, an apology with our step
    ['PM2.5が多い日は、窓を閉めるのが一番です。', 'post'],
    ['野焼きの煙が気になる方は、窓を閉めていただくのが一番確実です。', 'post'],
    ['ご不便をおかけして申し訳ありません。においが気になる場合は窓を閉めていただくのが一番早いのですが、原因は担当課で確認いたします。', 'reply'],
    // what cannot be done, told not to go alone, help offered
    ['台風接近中は、消防も救助には行けません。早めの避難をお願いします。', 'post'],
    ['一人で助けに行かないで、119番通報してください。', 'post'],
    ['次に大雨が降ったら、救助に行けない場合があります。早めに避難してください。', 'post'],
    ['今後は、職員が直接救助することはありません。消防に通報してください。', 'post'],
    ['「もう助けには行きませんからね」といった言葉は、避難をためらわせます。', 'post'],
    // the staff's load said with a promise to the reader after it (seen in use)
    ['年末は窓口も暇ではありませんが、できるだけ早くご案内します。', 'post'],
    ['職員も決して暇ではありませんが、皆さんのご相談に丁寧にお答えします。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: a wish reported as an opinion received (review, stop 62)', () => {
  it.each([
    '会議では、資料を読んでから発言してほしいとのご意見がありました。',
    '説明会では、計画をよく読んでから発言してほしいという声が寄せられました。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    'ご意見ありがとうございます。せめて資料を読んでから発言してほしいとの声も職員から上がっております。',
  ])('flags %s', (text) => {
    expect(findingsOf(hostility, text).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
})

describe('hostility: クズ the vine told as one grows (blind KR-010 kind, fixer HO)', () => {
  it.each([
    '夏の間に伸びたクズを刈り取りました。',
    '生い茂ったクズは、放っておくとフェンスまで覆ってしまいます。',
    '河川敷にはびこるクズの除去作業を行いました。',
    '土手のクズが、あっという間に電柱まで絡みついていました。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.rule === 'hostility/insult')).toEqual([])
  })
  it.each([
    'あいつは本当にクズだ。',
    '伸びた鼻をへし折られても懲りないクズは、どこにでもいます。',
  ])('flags %s', (text) => {
    expect(findingsOf(hostility, text).some((f) => f.rule === 'hostility/insult')).toBe(true)
  })
})

describe('hostility: blind R345H kinds (fixer HO): dehumanising comparisons, rotten or empty heads, laughed-at opinions, faint praise, late askers, critics who only complain, mock thanks', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // people said to be no longer human, or below or on a par with vermin (R345H-011 kind)
    ['川にごみを投げ込む奴らは、人間以下ですよ。', 'hostility/insult:block', 'post'],
    ['深夜に騒ぐあの若者たちは、もはや人間じゃない。', 'hostility/insult:block', 'post'],
    ['ポイ捨てを繰り返す連中なんて、ドブネズミ並みですね。', 'hostility/insult:block', 'post'],
    // …and to be exterminated, the people named in the sentence before
    ['花火のごみを置いて帰る客はもう許せません。見つけたら片っ端から駆除したい。', 'hostility/insult:block', 'post'],
    // a head said to be rotten or empty, or asked whether it holds anything (R345H-029, R345H-032 kinds)
    ['文句ばかり言うあの人たちは、脳みそまで腐っとるっちゃろうね。', 'hostility/insult:block', 'comment'],
    ['あなたの頭の中は空っぽなんでしょうね。', 'hostility/insult:block', 'reply'],
    ['何度ご案内してもお分かりにならない。そちらの頭に、ちゃんと中身が詰まってますか？', 'hostility/insult:block', 'reply'],
    // the reader's opinion laughed at or set in scare quotes (R345H-025 kind)
    ['ご丁寧なご指摘（笑）、ありがとうございます。', 'hostility/confrontational:warn', 'reply'],
    ['鋭いご質問www 答えはプロフィールにあります。', 'hostility/confrontational:warn', 'comment'],
    ['「貴重なご意見」として承りました。', 'hostility/confrontational:warn', 'reply'],
    // a mistaken idea reported, then praised in faint words (R345H-054 kind)
    ['「駐車場は無料だと思っていた」とのこと、実にユニークなご解釈ですね。規則は入口に掲示しています。', 'hostility/confrontational:warn', 'reply'],
    ['開館時間を過ぎても入れると思われたとのこと、ずいぶん前向きなお考えですね。', 'hostility/confrontational:warn', 'reply'],
    // an asker mocked for asking so late (R345H-052 kind)
    ['今さらそれ聞く？ 先週からずっと告知してますよ。', 'hostility/confrontational:warn', 'reply'],
    // …and told it is all written there, to look properly this time
    ['固定ポストに書いてます。ちゃんと読んでね', 'hostility/confrontational:warn', 'reply'],
    ['日程はお知らせに載せています。お知らせをちゃんと読んでくださいね。', 'hostility/confrontational:warn', 'comment'],
    // critics called people who only complain, or asked if they ever did their part (R345H-043 kind)
    ['ネットで批判するだけの人たちに、地域の何が分かるのでしょう。', 'hostility/confrontational:warn', 'post'],
    ['工事への苦情が届いています。ただ、苦情を書き込む方々は、一度でも現場を見に来られたことがあるのでしょうか。', 'hostility/confrontational:warn', 'post'],
    // thanks for a complaint named by a scornful word, the weather disowned (R345H-014 kind)
    ['毎回いちゃもんをつけていただき、ありがとうございます。', 'hostility/confrontational:warn', 'reply'],
    ['暑さは市役所の管轄ではございませんので、あしからず。', 'hostility/confrontational:warn', 'reply'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // a machine or an animal compared, a pest to be culled, a talk's title
    ['AIは人間ではありませんので、最終的な判断は職員が行います。', 'post'],
    ['カラスの知能は犬並みと言われています。', 'post'],
    ['田んぼのジャンボタニシは見つけ次第、駆除してください。', 'post'],
    ['カラスが増えています。見つけ次第、駆除したいところですが、許可が必要です。', 'post'],
    ['作物を荒らされた農家の方々からは、見つけ次第駆除してほしいとの声が届いています。', 'post'],
    ['昔話では、鬼は人間ではないものとして描かれています。', 'post'],
    ['犬並みの嗅覚を持つセンサーを導入しました。', 'post'],
    // the writer's own head, a child's, relaxing
    ['ヨガで頭の中を空っぽにしてリラックスしましょう。', 'post'],
    ['試験の前日、私の頭の中は真っ白でした。', 'post'],
    ['子どもたちの頭の中は、夏休みの計画でいっぱいです。', 'post'],
    // an opinion welcomed, a child's idea admired, a course title, a lesson for ourselves
    ['貴重なご意見をありがとうございます。担当課に伝えます。', 'reply'],
    ['大変興味深いご意見ですね。ぜひ参考にさせていただきます。', 'reply'],
    ['子どもたちの「川に橋をかけたい」というアイデア、なかなか大胆な発想ですね！', 'post'],
    ['今さら聞けないスマホの使い方講座を開きます。', 'post'],
    ['今さら聞く？と思われるかもしれませんが、マイナンバーカードの申請方法をおさらいします。', 'post'],
    ['批判するだけの人にならないよう、私たちも一緒に考えていきましょう。', 'post'],
    ['文句を言うだけの会にはしたくありません。皆さんの提案をお待ちしています。', 'post'],
    ['一度でも柳川を訪れたことがある方は、ぜひアンケートにご協力ください。', 'post'],
    // sincere praise of a plan, a scam survey, the rain's cause told plainly
    ['「80歳でマラソンに挑戦したい」とのこと、とても前向きなお考えですね。', 'reply'],
    ['ネットで不審なメールを一度でも受け取ったことがありますか？', 'post'],
    ['浸水について多くのご意見をいただきました。雨は市の責任ではありませんが、排水対策を進めます。', 'reply'],
    // thanks for an opinion, a real office named
    ['わざわざご意見をお寄せいただき、ありがとうございます。', 'reply'],
    ['台風の進路は市の担当ではありませんが、最新情報は気象庁のホームページでご確認ください。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R349D, R351R kinds (fixer HO2): masked death threats, the fault handed back, age made the reason, a remark mocked, a complainant reminded of their past', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // a death threat with the verb masked (R351R-027 kind)
    ['またゴミを置いていったら、次こそぶっ○してやる', 'hostility/threat:block', 'comment'],
    ['あの業者、今度会ったらぶっ＊＊すからな', 'hostility/threat:block', 'post'],
    ['二度と来るなよ。来たらころ○ぞ', 'hostility/threat:block', 'comment'],
    ['次やったら本気でこ○すぞ', 'hostility/threat:block', 'post'],
    // the fault handed back to the asker, the blame turned away (R349D-010 kind)
    ['提出書類を出し忘れたのはあなたでしょうね。こちらに言われても困ります。', 'hostility/confrontational:warn', 'reply'],
    ['締切に遅れたのはご自分ですよね。', 'hostility/confrontational:warn', 'comment'],
    ['道路の陥没を役所のせいにされても困ります。', 'hostility/confrontational:warn', 'reply'],
    // age made the reason the asker cannot keep up (R349D-046 kind)
    ['前にもお伝えしましたが、年を取ると物忘れも増えるのでしょうけど、今度はしっかり覚えてください。', 'hostility/confrontational:warn', 'reply'],
    ['ご説明は二度目です。お年を召されると理解するのも難しいかもしれませんが、もう一度お読みください。', 'hostility/confrontational:warn', 'comment'],
    // a remark quoted and mocked with "what on earth did they expect" (R349D-058 kind)
    ['「夜は真っ暗で怖い」とのご意見、承りました。一体何を想像して引っ越して来られたのでしょうね。', 'hostility/confrontational:warn', 'quote'],
    ['いったい何を期待してたんでしょうか笑', 'hostility/confrontational:warn', 'reply'],
    // a complainant reminded they were once the same (R351R-001 kind)
    ['公園の声がうるさいとのご意見ですが、あなただって若い頃は騒いでいたはずですよね。', 'hostility/confrontational:warn', 'reply'],
    ['ご自分も子どもの頃は同じように遊んでいたことをお忘れですか。', 'hostility/confrontational:warn', 'comment'],
    ['若い頃はあなただって夜遅くまで騒いでいたことをお忘れでしょうか。', 'hostility/confrontational:warn', 'reply'],
    // …the fault asked back, age given as the reason
    ['受付票を持ってこなかったのはご本人でしょう？', 'hostility/confrontational:warn', 'reply'],
    ['何度もお伝えしていますが、ご年配なので理解するのは難しいのでしょうけど、案内文をもう一度読んでください。', 'hostility/confrontational:warn', 'comment'],
    // 死ね masked after an intensifier or the person cursed (R351R-027 kind)
    ['ルールも守れん奴は今度こそ〇ね', 'hostility/curse:block', 'post'],
    ['苦情ばかりのあんた、さっさと×ね。', 'hostility/curse:block', 'comment'],
  ])('flags %s as %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // a mask that is a name or a blank, ぶっ in a word
    ['○○さんにぶっちゃけトークをお願いしました。', 'post'],
    ['ぶっ通しで○時間の作業、お疲れさまでした。', 'post'],
    ['「ぶっ○す」などの書き込みは脅迫にあたり、警察に相談します。', 'post'],
    // who applied asked, a deadline explained politely
    ['申請されたのはご自身ですか、それともご家族ですか？', 'reply'],
    ['申請期限を過ぎた場合は、来年度の受付をご利用ください。', 'reply'],
    ['期限を過ぎてしまった方も、まずは窓口にご相談ください。', 'reply'],
    // help offered to older residents, a repeat explained without remarks on the person
    ['ご高齢の方には手続きが難しい場合もありますので、窓口でお手伝いします。', 'reply'],
    ['説明が分かりにくく申し訳ありません。もう一度、要点をまとめてご案内します。', 'reply'],
    ['年を取ると覚えるのも大変ですよね。メモ帳をお配りしていますので、ご活用ください。', 'post'],
    // a museum's riddle, a quoted review thanked for
    ['この土器の作り手は、いったい何を考えていたのでしょう？答えは展示室で！', 'post'],
    ['「田舎は不便」とのご感想、ありがとうございます。バスの時刻表をご案内します。', 'quote'],
    // everyone invited to remember, a password forgotten
    ['皆さんも子どもの頃は、この公園で遊んでいたのではないでしょうか。', 'post'],
    ['パスワードをお忘れでしょうか。こちらから再設定できます。', 'reply'],
    ['昔はあなたも、この川で泳いだのではないでしょうか。', 'post'],
    ['お年寄りだから分からない、ということがないよう、大きな文字の案内を用意しました。', 'reply'],
    ['もう○ねんせいになりました。', 'post'],
    ['今度こそ◯ねんりょう表示を確認しましょう。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: クズ glossed as the plant (クズ（葛）) and the vine\'s habit told of it (blind R357E-019 kind, fixer HR)', () => {
  it.each([
    '用水路沿いのクズ（葛）を、地元の皆さんと一緒に除去しました。クズは根が深く、毎年芽を出します。',
    '葛（クズ）の花は秋の七草のひとつです。クズの根からは葛粉が採れます。',
    '河川敷のクズは成長が早いため、年に3回刈り取っています。',
    'クズ（マメ科）の繁茂が目立ちます。クズを見つけたら早めに刈り取ってください。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.rule === 'hostility/insult')).toEqual([])
  })
  it.each([
    'クズ（葛）の草刈りをしました。文句ばかり言うあいつはクズだ。',
    '葛（クズ）を刈りました。クズばかりが集まる掲示板ですね。',
    'あいつはクズで、成長がない。',
  ])('flags %s', (text) => {
    expect(findingsOf(hostility, text).some((f) => f.rule === 'hostility/insult')).toBe(true)
  })
})

describe('hostility: blind wave-68 kinds (fixer HR): people likened to vermin, うるせえな thrown at someone, demands told to fit the tax paid', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // R359G-001 kind: a person or group likened to vermin with と同じ, みたい, のよう (the pest may take a modifier with の)
    ['毎回クレームを入れてくる人たち、台所のゴキブリと一緒ですね。', 'hostility/insult:block', 'post'],
    ['夜の公園にたむろする若者は、ハエみたいにどこからでも湧いてくる。', 'hostility/insult:block', 'post'],
    ['文句ばかり言う住民なんて、ダニと変わらない。', 'hostility/insult:block', 'comment'],
    // R419U-013 kind: the doer of an act told with なんて / とは likened to vermin, the likeness in any polite form
    ['料金を払わずに水を使い続けるとは、ダニも同然ですね。', 'hostility/insult:block', 'reply'],
    ['順番を無視して割り込むなんて、ハイエナと大差ありません。', 'hostility/insult:block', 'comment'],
    ['補助金だけ受け取って活動しないなんて、ウジ虫と何ら変わりませんよ。', 'hostility/insult:block', 'reply'],
    ['ルールを守らない方は、寄生虫と変わりません。', 'hostility/insult:block', 'post'],
    // R359G-012 kind: うるせえな / うっせーなあ at the head of an outburst
    ['うるせえな、こっちも忙しいんだよ。', 'hostility/curse:block', 'comment'],
    ['うっせーなあ！いちいち文句言うな。', 'hostility/curse:block', 'reply'],
    // R357E-033 kind: a demand told to fit the tax paid
    ['「税金払ってるんだから」と言われますが、納めている税金の分に見合ったご要求をお願いしますね。', 'hostility/confrontational:warn', 'post'],
    ['払った額相応の文句にしてほしいものです。', 'hostility/confrontational:warn', 'reply'],
  ])('flags %s as %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // pests told of as pests, the writer, a simile of a thing
    ['蚊と同じく、ブユにも注意してください。長袖がおすすめです。', 'post'],
    ['私たちも蚊と同じで、暑さには弱いです。水分補給を忘れずに。', 'post'],
    // R419U-013 kind: a pest's own habit, the writer, a thing likened (not a person)
    ['マダニは人の血を吸うなんて、蚊と同じですね。草むらでは長袖を。', 'post'],
    ['ノミもダニも、血を吸うとは蚊と同じです。ペットの駆除薬をお使いください。', 'post'],
    ['私たちが夜ふかしするなんて、ゴキブリと変わりませんね。', 'post'],
    ['この網戸は小さな虫も通さないので、蚊も同然に防げます。', 'post'],
    ['ボランティアの皆さん、蚊に刺されないよう虫よけをお使いください。', 'post'],
    // noise quoted or named as a word, a noise that is loud
    ['「うるせえな」と言われた職員も、落ち着いて対応しました。', 'post'],
    ['うるせえなんて言葉は、子どもの前では使わないようにしましょう。', 'post'],
    // the city's pledge to give service worth the tax
    ['皆さまに納めていただいている税金に見合ったサービスを提供できるよう努めます。', 'post'],
    ['お支払いの額に見合ったサービス内容をご確認ください。', 'reply'],
  ])('leaves %s clean', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

// Dead-kana kind (fixer DK): the threat and look-back jabs read a folded window, where またやったら is またやつたら and
// おっしゃる is おつしやる; their cues spelt folded work again.
describe('hostility: cues of the jab table read on the folded view (dead-kana kind)', () => {
  const hard = (text: string) => summary(findingsOf(hostility, text)).filter((s) => s.startsWith('hostility/'))
  it.each([
    ['今度またやったら、名前をネットに公開しますからね。', 'hostility/threat:block:'],
    ['「対応が悪い」とおっしゃる前に、ご自分の行動を振り返ってみてください。', 'hostility/confrontational:warn:'],
  ])('flags %s', (text, want) => {
    expect(hard(text).some((s) => s.startsWith(want))).toBe(true)
  })
})

// Blind R361J/R363L kinds (fixer QHD): a kind of people stereotyped, the asker's reading doubted, a reviewer pitied as lacking sense.
describe('hostility: blind R361J/R363L kinds (fixer QHD)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:') && !s.startsWith('hostility/model'))
  it.each<[string, CheckContext['mode']]>([
    ['ああいう保護者は、何かあるとすぐ学校のせいにするんだよね。', 'quote'],
    ['こういうお客さんって、並ぶのが嫌だと全部スタッフのせいにするんですよね。', 'comment'],
    ['申込方法は案内文の一行目に書いてあります。ちゃんと日本語が読める方なら迷わないはずです。', 'reply'],
    ['詳細はチラシに載っています。字が読めればすぐ分かると思いますけど。', 'reply'],
    ['「展示がつまらない」ってレビュー書いた人、想像力が足りないんでしょうね。かわいそうに。', 'comment'],
  ])('flags %s', (text, mode) => {
    expect(hard(text, mode).some((s) => s.startsWith('hostility/confrontational:warn:'))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    ['こういう方って本当に素敵ですよね。', 'post'],
    ['日本語が読める方ならどなたでも参加できます。', 'post'],
    ['字が読めるようになったお子さんなら、すぐに楽しめる絵本です。', 'post'],
    ['子どもの感性が育っていない時期こそ、本物に触れる体験を。', 'post'],
    ['口コミでは「景色が最高」との声も。感性が育つ川下り、ぜひ。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

// Blind R365N-025/046 kinds (fixer DH): an answer tailed by a jab at the asker's own failing, a complainant called narrow-minded with mock concern.
describe('hostility: blind R365N kinds (fixer DH)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:') && !s.startsWith('hostility/model'))
  it.each<[string, CheckContext['mode']]>([
    ['申込書は受付の棚にあります。遅刻されなければ、ですけどね。', 'reply'],
    ['必要な書類は案内に全部書いてあります。ちゃんと読んでいただければ、の話ですが。', 'reply'],
    ['「鐘の音がうるさい」とおっしゃる方、そんなに器が小さいと疲れませんか？', 'post'],
    ['毎回苦情を入れてくる方、心の狭い方ですね。', 'comment'],
  ])('flags %s', (text, mode) => {
    expect(hard(text, mode).some((s) => s.startsWith('hostility/confrontational:warn:'))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    ['当日は晴れていれば、ですけどね、夕日がきれいに見えます。', 'post'],
    ['電話がつながりにくい場合は、メールでもお受けしています。', 'reply'],
    ['忘れずにお持ちいただければ、当日の受付もスムーズです。', 'post'],
    ['私は心が狭いので、つい言い返したくなるときもあります。', 'post'],
    ['心が狭いと思われないよう、笑顔で対応しましょう。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

// Blind R371U-053 and R371U-034 kinds (fixer DH): a critic told to study first and only then write or speak; another town named coyly as the
// example of a neglect we do not do, said with the colloquial してません.
describe('hostility: blind R371U kinds (fixer DH)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:') && !s.startsWith('hostility/model'))
  it.each<[string, CheckContext['mode']]>([
    ['少しは勉強してから批判してください。', 'reply'],
    ['条例の中身をお勉強なさってからおっしゃってほしいものです。', 'reply'],
    ['まず仕組みを勉強されてからコメントしていただけますか。', 'comment'],
    ['どこかの町みたいに、補助金を出し渋って子育て世帯を放っておくようなことはしてませんから😏', 'quote'],
  ])('flags %s', (text, mode) => {
    expect(hard(text, mode).some((s) => s.startsWith('hostility/confrontational:warn:'))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    ['テキストで予習・勉強してからご参加ください。', 'post'],
    ['試験範囲をよく勉強してから受験してください。', 'reply'],
    ['よその町のように派手なことはしてませんが、手作りの温かいお祭りです。', 'post'],
    ['市の制度をよく勉強されてから申請される方も多いです。', 'post'],
  ])('leaves %s clean', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: "study before you speak" is a jab only as a request or an order to the reader', () => {
  const warned = (text: string) => summary(findingsOf(hostility, text)).filter((x) => /:(?:warn|block)/u.test(x))
  it.each([
    '少しは勉強してから発言してください。',
    '勉強してから来い。',
    'ちゃんと勉強してからコメントしろよ',
  ])('flags %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    // the writer's own habit, a course of study before coming to Japan, a class's exercise
    '私もしっかり勉強してから発言するようにしています。',
    '日本語を勉強してから来日された方が増えています。',
    '講座では、基本を勉強してからコメントを書く練習をしましょう。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('hostility: the unsaid consequence to look forward to, and a critic\'s senses called defective (blind R374X-012, R376Z-052 kinds)', () => {
  const hard = (text: string) => summary(findingsOf(hostility, text)).filter((x) => /:(?:warn|block):/u.test(x))
  it.each<[string, string]>([
    // the unsaid consequence, the reader bidden to look forward to it, on a condition or a next time
    ['何度も窓口で怒鳴られている方へ。次にいらした際にどうなるか、楽しみにお待ちください。', 'hostility/threat:block'],
    ['@abc そこまで言うなら、今度お会いしたときどうなるか楽しみにしといてくださいね。', 'hostility/threat:block'],
    // a critic's taste or senses called defective
    ['「給食がまずい」と書き込んでいる方、味覚がおかしいのではないですか？', 'hostility/insult'],
    ['@xyz うちの特産品が臭いって、あなたの鼻が悪いんじゃないですか？', 'hostility/insult'],
  ])('flags %s', (text, prefix) => {
    expect(hard(text).some((x) => x.startsWith(prefix))).toBe(true)
  })
  it.each([
    // a real preview, a symptom checked, a health lesson
    '次回の白秋祭はどうなるか、楽しみにしていてください！新しい企画を準備中です。',
    '味覚がおかしいのではないか？と感じたら、早めに受診しましょう。',
    '最近、舌がおかしいんじゃないかと心配な方は、亜鉛不足かもしれません。',
    '嗅覚が弱いのではないかと思ったら、耳鼻科で検査を受けられます。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

describe('hostility: a complainer told, if unhappy, to use another place instead (blind R374X-029 kind)', () => {
  const hard = (text: string) => summary(findingsOf(hostility, text, { mode: 'reply' })).filter((x) => /:(?:warn|block):/u.test(x))
  it.each([
    '@abc 駐車場が狭かとのことですが、お嫌なら近くの町の体育館ば使えばよかです。',
    '@def 開館時間がご不満でしたら、よその図書館をお使いになってはいかがでしょう。',
    '@ghi 料金が高いとのことですが、気に入らないなら民間のジムに行かれてはどうですか。',
  ])('flags %s', (text) => {
    expect(hard(text).some((x) => x.startsWith('hostility/confrontational'))).toBe(true)
  })
  it.each([
    '夏休みは市民プールが混み合います。隣の市のプールもご利用になってはいかがでしょうか。',
    'ご不満な点がありましたら、隣の窓口でご相談いただくのはいかがでしょうか。',
    '市内の会場が満員の場合は、近隣の会場をご利用ください。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

describe('hostility: courtesy tailed by a laugh at a repeat critic or asker, the reader\'s leisure welcomed, the reader told to study a little (blind R386K-016, R387L-043, R387L-046 kinds)', () => {
  const hard = (text: string) => summary(findingsOf(hostility, text, { mode: 'reply' })).filter((x) => /:(?:warn|block):/u.test(x) && x.startsWith('hostility/'))
  it.each([
    '@abc 毎度おなじみのご意見、ありがとうございます（笑）',
    '@abc 毎回同じ質問をくださる例の方ですね（笑）',
    '@abc 時間がたっぷりおありのようで結構ですね。',
    '@abc 少しは市のホームページをお読みになってから書き込んでいただけると助かります。',
  ])('flags %s', (text) => {
    expect(hard(text).length).toBeGreaterThan(0)
  })
  it.each([
    '@abc 毎週ご参加ありがとうございます笑 来週もお待ちしています',
    '@abc いつもご質問ありがとうございます。回答は以下のとおりです。',
    '@abc 毎回ご意見ありがとうございます。担当課で確認いたします。',
    '@abc お暇なようでしたら、ぜひ図書館のイベントにもお越しください。',
    '私も少しは条例の勉強をしないといけませんね。',
    '@abc 少しはお役に立てたようで何よりです。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

describe('hostility: お前 as the honorific お on a 前-compound (お前撮り, お前撮影) is no address; お前 said to someone stays an insult (blind LL-022 kind)', () => {
  const hard = (text: string) => summary(findingsOf(hostility, text)).filter((x) => x.startsWith('hostility/insult'))
  it.each([
    '柳川の川下りでお前撮りをされるカップルが増えています。',
    '#お前撮り #柳川',
    '白秋生家の前でのお前撮影は、事前にご連絡ください。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
  it.each(['お前、撮り直してこい', 'お前さん、どこから来たんだい'])('flags %s', (text) => {
    expect(hard(text).length).toBeGreaterThan(0)
  })
})

describe('hostility: blind R392R / R389N kinds (where the one addressed stays said known; an angry visitor lectured; the victim blamed)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // R392R-024 kind: where the addressee is staying said known, in a quarrel
    ['@abc あんたがどこに住んどるかは、もう分かっとるけんね。', 'hostility/threat:block', 'reply'],
    ['@abc あなたがどの団地のどの棟にお住まいか、こちらもすでに把握しております。書き込みはほどほどに。', 'hostility/threat:block', 'reply'],
    // R392R-042 kind: one addressed by the anger they showed, lectured on next time
    ['受付で大声を出されていた方、職員も同じ被災者だということをお忘れなく。', 'hostility/confrontational:warn', 'post'],
    ['昨日、窓口で怒鳴っていた方へ。次回はもう少し冷静にお話しください。', 'hostility/confrontational:warn', 'comment'],
    // R389N-032 kind: the victim said to share the blame
    ['@abc 正直、だまされた方にも多少の問題はあったと思います。', 'hostility/confrontational:warn', 'reply'],
    ['@abc 被害に遭われた方にもそれなりに責任はありますよね。', 'hostility/confrontational:warn', 'reply'],
  ])('flags %s', (text, rule, mode) => {
    expect(hard(text, mode).some((x) => x.startsWith(rule + ':'))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    ['@abc 避難所であなたがどこにいるか、職員が把握していますのでご安心ください。', 'reply'],
    ['@abc あなたがどこに住んでいるかは分かりませんので、お手数ですが住所をお知らせください。', 'reply'],
    ['窓口では落ち着いてお越しください。番号札の順にご案内します。', 'post'],
    ['明日は燃えるごみの日だということをお忘れなく。', 'post'],
    ['詐欺の被害者にも責任があると責めないでください。悪いのはだました側です。', 'post'],
    ['事故の原因はご本人にも問題があったのではなく、道路の構造にあると考えています。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R393S / R395U kinds (a critic mocked with sham admiration in keigo; a resident taunted in English to stay home)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // R393S-052 kind: よく(も) + an honorific or sino potential of writing or saying, with a laugh, at a reviewer or critic
    ['「駐車場が狭い」と★1をつけた方、平日に一度も来ていないのに、よくもまあ★1がおつけになれますねｗ', 'hostility/confrontational:warn', 'quote'],
    ['@abc 説明会に一度も来られていないのに、よくそんなご批判がおっしゃれますね😏', 'hostility/confrontational:warn', 'reply'],
    ['口コミの方、料理をひと口しか召し上がっていないのに、よく評価がおできになりますね（笑）', 'hostility/confrontational:warn', 'quote'],
    // R395U-026 kind: "if … bothers / ruins / upsets you, just stay home" with a taunt, in English
    ["@abc If a bilingual sign bothers you that much, maybe just don't look lol", 'hostility/confrontational:warn', 'comment'],
    ['@abc Seriously? If a festival flyer in English upsets you, just stay inside 🙄', 'hostility/confrontational:warn', 'reply'],
  ])('flags %s', (text, rule, mode) => {
    expect(hard(text, mode).some((x) => x.startsWith(rule + ':'))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    ['毎日の園だより、よくこんなにたくさんお書きになれますね笑 先生方に感謝です', 'post'],
    ['口コミでよく評価されていますね😊', 'post'],
    ['口コミでよく評価していただき、ありがとうございます（笑）', 'reply'],
    ['★5のレビューありがとうございます！よく見ていただいていて嬉しいです😂', 'reply'],
    ['If the heat bothers you, please stay indoors and drink water.', 'post'],
    ['If rain ruins your plans, just stay home and watch the festival online! 😂', 'post'],
    ['@abc If the noise from the festival bothers you, please let us know. Thank you for your message!', 'reply'],
    ['@abc Thank you so much for your kind words! We hope to see you again lol', 'reply'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: a work praised in the past tense is no sarcasm (よく書けましたね), the same admiration with も or そんな at a critic is', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['@abc よくもそんなことが書けましたね。二度と窓口に来ないでください。', 'reply'],
    ['@abc 説明会にも来ないで、よくそれで市政を語れたな', 'reply'],
    ['@abc こんな意見をよく書けますね。', 'reply'],
  ])('flags %s', (text, mode) => {
    expect(hard(text, mode).some((x) => x.startsWith('hostility/confrontational:'))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    ['お子さん、よく書けましたね。作品展でご覧いただけます。', 'reply'],
    ['作文コンクールの入賞作品です。小学3年生なのに、よく書けましたね！', 'post'],
    ['書き初め大会、最後まで集中してよく書けたね！', 'post'],
    ['英語の暗唱大会、みんな堂々とよく言えましたね。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R400Z/R398X kinds (harm to a pet held over a complainer, the complainer\'s own conduct turned into a taunt, families blamed as too many at fault)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['@abc また夜中に苦情の電話をしてきたら、お宅の猫を保護して処分しますよ。', 'reply'],
    ['@abc 鳴き声がこれ以上続く場合は、飼い犬を没収させていただきます。', 'reply'],
  ])('blocks %s', (text, mode) => {
    expect(hard(text, mode).some((x) => x.startsWith('hostility/threat:block'))).toBe(true)
  })
  it.each<[string, CheckContext['mode']]>([
    ['窓口で大声で文句を言っていた方、あれだけ文句が言えるならお体の心配はいらないですね。', 'post'],
    ['ごみの分別をしない住民が多すぎます。', 'post'],
    ['路上駐車をしているドライバーが多すぎるのでは？', 'post'],
    ['マナーの悪い利用者が後を絶ちません。皆さん少しは危機感を持っていただきたいです。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(hard(text, mode).length).toBeGreaterThan(0)
  })
  it.each<[string, CheckContext['mode']]>([
    ['飼い主が見つからない場合は、処分されることがあります。迷子札をつけましょう。', 'post'],
    ['これ以上鳴き声が続くようでしたら、保健所の犬の飼い方相談をご利用ください。', 'reply'],
    ['運動会の応援合戦、これだけ大きな声が出せるなら本番も大丈夫！', 'post'],
    ['利用者が多すぎる時間帯は、駐車場が混み合います。', 'post'],
    ['参加を希望する保護者が多すぎるため、抽選とさせていただきます。', 'post'],
    ['新人職員も少しは自覚が出てきたようです。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind R402B/R403C kinds (a complaint rebuffed by a sarcastic "tell us where it is", a person bundled off with the rubbish)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string]>([
    ['「バスの本数が少なすぎる」という声が届いています。そんなに便利な路線がどこかにあれば、ぜひ教えていただきたいものですね。', 'hostility/confrontational:warn'],
    ['「図書館の開館時間が短い」とのご意見をいただきます。24時間開いていて無料の図書館が存在するなら、こちらが知りたいくらいです。', 'hostility/confrontational:warn'],
    ['ルールを守らない方は、ご本人ごとパッカー車に放り込みたい気分です。', 'hostility/threat:block'],
    ['不法投棄を繰り返す人たちへ。捨てた奴もろとも焼却場に運んでしまいたいくらいです。', 'hostility/threat:block'],
  ])('flags %s', (text, expected) => {
    expect(hard(text)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<string>([
    '保育料が高すぎるとのご意見をいただきました。保育料は国の基準をもとに定めており、多子世帯の軽減制度もございます。',
    'お心当たりのある方がいらっしゃれば、教えていただきたいです。',
    '市内にこんな素敵な場所があるなら、もっと知りたいくらいです。',
    'ごみは袋ごと収集車に積み込みますので、口をしっかり縛ってください。',
    '粗大ごみは、ご本人が処分場へ持ち込むこともできます。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

describe('hostility: blind R407G kinds (a resident mocked by a scare-quoted epithet and a weary stage direction, the isolation of a commenter put down to their manner)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    ['窓口に毎日いらっしゃる「名物おじさん」、今日も3時間お話ししていかれました（遠い目）', 'hostility/confrontational:warn', 'post'],
    ['お電話をくださる方から、今日も同じご質問を5回いただきました（震え声）', 'hostility/confrontational:warn', 'post'],
    ['そんな言い方ばかりだから、周りから煙たがられるのではないでしょうか。', 'hostility/confrontational:warn', 'comment'],
    ['あなたのその性格では誰も相手にしませんよ。', 'hostility/confrontational:warn', 'reply'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    ['年度末の残業、今日も元気に頑張ります（遠い目）', 'post'],
    ['朝市の常連さん、今日もありがとうございました！', 'post'],
    ['今年も「常連さん」がたくさん来てくださいました。ありがとうございます！', 'post'],
    ['そういう姿勢だから、周りの皆さんから信頼されているのだと思います。', 'comment'],
    ['丁寧な言い方を心がけると、相手にも伝わりやすくなります。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind wave 81 kind (commenters\u2019 virtue mock-praised in keigo after their remark is told)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['「雑種は要らない」という書き込みが今週も届きました。保護犬はみんな家族を待っています。さすが皆さま、大層な正義感をお持ちなことで。', 'post'],
    ['「公園の落ち葉を毎日全部片付けろ」とのご意見、何度目でしょう😊 結構なこだわりをお持ちですこと👏', 'comment'],
    ['@yanagawa_fan 市の対応が遅いとの苦情ですね。ご立派なお考えをお持ちなんですね🙄', 'reply'],
  ])('flags %s', (text, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining('hostility/confrontational:warn')]))
  })
  it.each<[string, CheckContext['mode']]>([
    ['保護猫ボランティアの皆さんは、本当に立派な愛護精神をお持ちで、いつも頭が下がります。', 'post'],
    ['奉仕の精神をお持ちの皆さまのご応募をお待ちしています。', 'post'],
    ['「子どもたちのために」とのご意見をいただきました。皆さんのあたたかいお心に感謝します。', 'post'],
    ['おもてなしの心をお持ちの市民ガイドの皆さんが、今年も観光客を案内します👏', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind wave 82 kind (people called vermin outright with まるで / まさに / ほんと, or said endless to exterminate)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['リプ欄に来るアンチの皆さん、まるで寄生虫ですね。退治してもキリがありません。', 'post'],
    ['市政に文句ばかり書き込む方々、ほんと害虫やん。', 'comment'],
    ['夜中に騒いで帰る連中はまさにドブネズミそのものだ。', 'post'],
    ['ネットで悪口ばかり言うアンチの人たち、何度ブロックしても戻ってくる。駆除しても駆除してもきりがない。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining('hostility/insult:block')]))
  })
  it.each<[string, CheckContext['mode']]>([
    ['秋になると家に入ってくるカメムシは、まるでゴキブリですね。素早くて見失います。', 'post'],
    ['家庭菜園のアブラムシ、駆除してもきりがないので、天敵のテントウムシを活用しましょう。', 'post'],
    ['イノシシの被害が続いています。駆除してもきりがない状況で、農家の皆さんは困っています。', 'post'],
    ['空き家のシロアリ、駆除しても駆除してもきりがないとのご相談が増えています。', 'post'],
    ['剪定ボランティアの皆さん、まるでプロの庭師ですね！', 'post'],
    ['講座に参加した皆さん、まさにダニ対策のプロですね！', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: the reader\'s own child singled out as the worst in a reply (team R377A-051 kind)', () => {
  const flagged = (text: string) => summary(findingsOf(hostility, text, { mode: 'reply' })).filter((x) => x.startsWith('hostility/confrontational:warn:'))
  it.each([
    'そちらの息子さんくらい困った子は初めてです。学校としても対応を考えます。',
    'お宅の娘さんほど扱いにくい子は、正直なかなかいませんよ。',
    'ご指摘の件ですが、あなたのお子さんほど言うことを聞かない子はめったにいません。',
  ])('flags %s', (text) => {
    expect(flagged(text).length).toBeGreaterThan(0)
  })
  it.each([
    'お宅のお子さんほど元気な子はなかなかいませんね！いつもありがとうございます。',
    'うちの子ほど手のかかる子はなかなかいません。先生方には感謝しています。',
    '手のかかる子ほどかわいい、とよく言われます。子育て相談はお気軽にどうぞ。',
    '「お宅のお子さんほど手のかかる子はいない」といった言葉は、保護者を深く傷つけます。',
  ])('keeps clean %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('hostility: blind wave 84 kinds (host84): a tag-question reproach after a complaint, a smirking tool tip, read before writing, "as I keep saying", read again from the start, a scare-quoted joy over a poor turnout, non-comers written off, complainers said to make a fuss', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    // the reader told by a tag question that it was there all along (R423Y-011 / R421W-005 kind)
    ['@taro_k 案内が届いていないとのご指摘ですが、先月の広報に日程をきちんと掲載していましたよね？', 'reply'],
    ['ごみの日が分からないとおっしゃる方へ。収集カレンダーは全戸にちゃんと配っていますよね？', 'comment'],
    ['「説明会に行けなかった」と文句を言う方もいますが、受付期間は先月末まででしたよね？', 'post'],
    // a plain tool recommended with a smirk after a reproach (R421W-005 kind)
    ['「応募できなかった」と騒ぐ人たちへ。締め切りは10月だったよね？手帳って本当に役に立ちますよ笑', 'comment'],
    // told to read before writing, in mock politeness (R423Y-011 kind)
    ['@hanako 料金表はホームページに載せていますよね？コメントされる前にご確認いただけるとありがたいんですけど。', 'reply'],
    ['苦情をいただきましたが、窓口の案内は掲示していますよね？文句を言う前に目を通してもらえると助かります。', 'reply'],
    // "as I keep saying" (R424Z-034 kind)
    ['さっきから言ってるように、受付は平日だけです。', 'reply'],
    ['再三ご説明しておりますとおり、この制度の対象は65歳以上の方です。', 'reply'],
    ['だから、何回もお伝えしている通り、駐輪場は有料です。', 'post'],
    // read again from the start after a reproach (R424Z-034 kind)
    ['申込方法は広報に全部書いてあります。今一度、頭からよーくご覧いただけますか？', 'reply'],
    // a positive word in scare quotes over a poor turnout (R424Z-044 kind)
    ['夏祭りのボランティア、今年は応募がほとんどいなくて、実に「和やか」な打ち合わせになりました🙂', 'post'],
    ['清掃活動への参加者はわずか3人。さぞ『盛況』に見えたことでしょう。', 'post'],
    // non-comers written off as never going to (R424Z-044 kind)
    ['防災訓練に参加しない人は、どうせ次も参加しないんでしょう。', 'post'],
    ['広報を読まない人って、所詮これからも読まないんやろうね。', 'comment'],
    // complainers said to make a fuss (R421W-005 kind)
    ['「駐車場が狭い」って騒いでる人たち、まあ毎年のことです。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining('hostility/confrontational:warn')]))
  })
  it.each<[string, CheckContext['mode']]>([
    ['詳しくはホームページをご覧ください。申込締切は11月です。お忘れなく。', 'post'],
    ['お知らせが見つけにくい場所にあり、申し訳ありませんでした。トップページに掲載し直しました。', 'post'],
    ['何度もお問い合わせいただきありがとうございます。担当課で確認いたします。', 'reply'],
    ['カレンダーアプリに登録すると便利です。ごみの日を忘れずに出せます。', 'post'],
    ['ごみの日を忘れがちな方、カレンダーアプリって便利ですよ😊', 'post'],
    ['今年の花火大会は8月10日です。皆さん、もう予定は空けていますよね？', 'post'],
    ['感染症の季節です。手洗い、ちゃんとしていますよね？', 'post'],
    ['お問い合わせの前に、よくある質問をご覧いただけると助かります。', 'post'],
    ['申し込む前に募集要項を読んでいただけると助かります。', 'post'],
    ['繰り返しお知らせしているとおり、12月から保険証の新規発行は終了します。', 'post'],
    ['以前からお伝えしているように、市役所の駐車場は工事のため一部使えません。', 'post'],
    ['分かりにくくてすみません。修正版を載せましたので、もう一度ゆっくりご覧いただけますか？', 'reply'],
    ['講座のテーマは「楽しく」です😊 皆さんのご参加をお待ちしています。', 'post'],
    ['とても「楽しい」一日になりました😊 ご参加ありがとうございました。', 'post'],
    ['来られない方は、どうせなら動画配信でご覧ください。', 'post'],
    ['参加できない方は、後日資料をお送りしますので、ご心配はいりません。', 'post'],
    ['夜中に騒ぐ方がいらっしゃいます。近隣の迷惑になりますのでお控えください。', 'post'],
    ['「火事だ」と騒ぐ前に、まず119番に通報してください。', 'post'],
    ['「どうせ誰も来ない」と思っていましたが、100人の方が来てくださいました！', 'post'],
    ['@abc ご指摘ありがとうございます。ご案内はきちんと配布していたつもりでしたが、届いていない地区があったようです。申し訳ありません。', 'reply'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: a group claim denied where it is told is a correction (words.ts claimDenied)', () => {
  // Read through every family: decency and hostility both read a group's claim, and neither may block it denied.
  it.each([
    '外国人住民が増えてから犯罪が増えたという根拠はありません。',
    '技能実習生が来るようになって治安が悪くなった、という話は事実ではありません。',
    '「生活保護の人は怠け者」というのは誤解です。',
    '障害のある人は働けないという考えは偏見です。',
  ])('passes %s', (text) => {
    expect(check(text).findings.filter((f) => f.severity === 'block')).toEqual([])
  })
  it.each([
    '外国人住民が増えてから犯罪が増えました。',
    '外国人住民が増えてから犯罪が増えたという根拠はありませんが、実際に増えています。',
    '生活保護を受けている人は怠け者です。',
  ])('blocks %s', (text) => {
    expect(check(text).findings.some((f) => f.severity === 'block')).toBe(true)
  })
})

describe('hostility: a katakana word is one unit for the phrase readings (words.ts cutsKatakanaWord)', () => {
  // The phrases match on the folded view, where katakana reads as hiragana: the run the writer wrote decides where a word ends.
  it.each([
    'ミルフォード市のダニエル・ホイットマン市長をはじめとする訪問団が来庁されました。',
    '社会のダニエルソン教授による講演会を開きます。',
    '町のハエトリグサの観察会を行いました。',
    'ゴキブリホイホイの配布は終了しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(hostility, text).filter((f) => f.severity === 'block' || f.severity === 'warn')).toEqual([])
  })
  it.each([
    'あいつらは市のダニだ。',
    'お前らは社会のゴキブリだ',
    '税金の寄生虫みたいな連中',
  ])('blocks %s', (text) => {
    expect(findingsOf(hostility, text).some((f) => f.rule === 'hostility/insult' && f.severity === 'block')).toBe(true)
  })
})

describe('hostility: blind wave 85 kind (dec85: R428D-056), mock confidence and mock envy aimed at residents named by what they skip', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['がん検診を一度も受けていない方、よほど体力に余裕がおありなんですね。', 'post'],
    ['予防接種の通知を放置している皆さま、さぞ度胸がおありなのでしょう。', 'post'],
    ['申告書をまだ出さない人たち、さぞかし時間に余裕があるんでしょうね〜', 'comment'],
    ['健診を毎年受けない皆さんは、病院いらずでうらやましい限りです。', 'post'],
    ['防災訓練に一度も参加しない方々。羨ましいかぎりですね。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining('hostility/confrontational:warn')]))
  })
  it.each<[string, CheckContext['mode']]>([
    ['特定健診をまだ受けていない皆さん、今年こそぜひ受診してください。', 'post'],
    ['健康に自信がある方も、年に一度は健診を受けましょう。', 'post'],
    ['フルマラソンを完走した皆さん、さぞかし体力に自信がおありでしょうね！', 'post'],
    ['雪の降らない地域の皆さんがうらやましい限りです。', 'post'],
    ['健診を受けていない方、さぞお忙しいことと存じますが、ぜひご予約ください。', 'post'],
    ['100歳を迎えられた皆さん、さぞかし健康に自信がおありなんでしょうね。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind wave 86 kind (dec86: R429E-015), a sarcastic rhetorical question put to the opponents of a plan', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['新ごみ処理場に反対している方々、本当にこのままでいいんですか？よーく考えてね😉', 'post'],
    ['計画を批判する人たち、それで本当に子どもが守れるのでしょうか？考えてみてください（笑）', 'quote'],
    ['駅前再開発に反対の皆さん、ほんとに今のままで街が残るんでしょうか？ よ〜く考えてくださいね', 'post'],
    ['統合に文句ばかりの皆さま。果たしてそれで地域が守れますか？ よ～く考えてみてくださいね🙂', 'comment'],
  ])('flags %s', (text, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining('hostility/confrontational:warn')]))
  })
  it.each<[string, CheckContext['mode']]>([
    ['皆さんはどう思いますか。ぜひ考えてみてください😊', 'post'],
    ['再編に反対の皆さんのご意見も伺います。説明会でぜひ一緒に考えてみてください😊', 'post'],
    ['本当に必要な備えは何でしょうか？ 家族でよく考えてみてください。', 'post'],
    ['この夏、本当に大切なことは何でしょうか？ よ〜く考えて、楽しい計画を立ててくださいね😊', 'post'],
    ['学校再編について、本当に必要なことは何でしょうか？ 地域の皆さんと一緒に考えてみたいと思います。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind wave 87 kind (host87: R431G-034), a critic told that with so much time to write they could do something else', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['そんなにコメントを書く時間があるなら、ボランティアにでも参加されてはいかがですか。', 'comment'],
    ['これほど長文を投稿されるお時間がおありでしたら、市民ボランティアにでもご登録ください（笑）', 'reply'],
    ['あれだけコメントを書かれるお暇があるのでしたら、図書館で勉強なさってはいかがでしょう。', 'comment'],
    ['毎日投稿されるお暇があるのでしたら、図書館のボランティアはいかがでしょう。', 'comment'],
    ['いつも長々とご意見ありがとうございます。そんなに書く時間があるなら、ウォーキング教室にでもどうぞ。', 'reply'],
  ])('flags %s', (text, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining('hostility/confrontational:warn')]))
  })
  it.each<[string, CheckContext['mode']]>([
    ['お時間がおありでしたら、ぜひ市の手話講座にご参加ください。', 'post'],
    ['ご意見を書くお時間がありましたら、ぜひアンケートにご記入ください。', 'post'],
    ['長文のご意見をいただきありがとうございます。時間があれば直接お話を伺いたいと考えています。', 'reply'],
    ['毎日日記を書く時間があれば、認知症予防にもつながります。ぜひ続けてください。', 'post'],
    ['離れて暮らすご家族に毎日電話する時間があれば安心ですが、難しい方は見守りサービスをご利用ください。', 'post'],
    ['長文で投稿するお時間がない方は、短いご意見でも構いません。', 'post'],
    ['手話講座の受講生を募集します。空いた時間を有意義に過ごしませんか。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind wave 87 kind (host87: R433J-003), a critic told the city does it already and asked whether they cannot see it', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['「補助金の案内がない」と言う人、広報に毎月書いてますけどね〜。見えてないんですかね', 'quote'],
    ['「避難所の情報がない」という声、ここで何度もお知らせしてるんですが…。読めてないのかな？', 'post'],
    ['「イベント情報が少ない」とおっしゃる皆さん、毎週金曜に投稿しているんですけどねえ。目に入っていないのかしら？', 'reply'],
    ['「ごみカレンダーが届かない」って書いてる方、全戸に配ってますけどね。見えてへんのかな？', 'comment'],
  ])('flags %s', (text, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining('hostility/confrontational:warn')]))
  })
  it.each<[string, CheckContext['mode']]>([
    ['フードバンクの案内は毎月ここで出しています。見えにくい場合は拡大してご覧ください。', 'post'],
    ['夜空の天の川、見えてないのかな？今夜は雲が多いですね。', 'post'],
    ['お知らせは毎月出しているんですけどね。見えていないのかな？と思い、今月から文字を大きくしました。', 'post'],
    ['毎月掲示板に貼っているのですが、見えていないのでしょうか。お手数ですが担当までご連絡ください。', 'post'],
    ['「窓口が分かりにくい」とのご意見をいただきました。案内板は設置していたんですが、見えていなかったかもしれません。', 'post'],
    ['「ライトアップが見えない」と言う方、場所によっては木に隠れてしまうんですよね。見えていないのかな？と思った方は、北側の橋からどうぞ。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind wave 87 kind (host87: R433J-052), a wrongdoer told to think hard about what will happen if they do it again', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['駐輪場の自転車を壊していった人へ。カメラに全部映っています。今度やったらどうなるか、想像してみてください。', 'post'],
    ['あんた、次にまた同じことやったらどうなるか、よう考えとけよ。', 'reply'],
    ['図書館で職員を怒鳴りつけたお客様へ。お顔は記録に残っております。再び同様のことをされた場合どうなるか、胸に手を当ててお考えください。', 'post'],
    ['公民館で大声を出して暴れた利用者の方へ。次またやったらどうなるか、よーく覚えておいてくださいね。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining('hostility/threat:block')]))
  })
  it.each<[string, CheckContext['mode']]>([
    ['庁舎内は防犯カメラ作動中です。', 'post'],
    ['庁舎内は防犯カメラ作動中です。職員への暴言や暴力があった場合は警察に通報し、法的措置を検討します。', 'post'],
    ['窓口で職員に暴言を吐いた方へ。次に同じことをされた場合は、市の規則に基づき警察に通報します。', 'post'],
    ['次に同じ規模の地震が起きたらどうなるか、よく考えて備えましょう。', 'post'],
    ['空き巣の被害に遭った方へ。また狙われたらどうなるか、よく考えて、鍵を二重にしましょう。', 'post'],
    ['飲酒運転をしたらどうなるか、よく考えてください。一瞬の判断が人生を変えます。', 'post'],
    ['このまま人口が減り続けたら柳川はどうなるか、一緒に考えるワークショップを開きます。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind wave 88 kinds (hq88: R435L-039, R435L-049, R435L-056), a wish turned into its cost and put back to its holders, residents reproached as a group for no will, the photo of a resident put down with "study first"', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    // those who hold a wish told they accept the harm it would bring (R435L-039 kind)
    ['「祭りの太鼓がうるさい」とのお声をいただきました。では祭りのない町をお望みの方々は、商店街がさびれて人が減っても構わない、ということでよろしいですね。', 'comment'],
    ['駐車場の有料化に反対される皆さんは、維持費が払えずに駐車場が閉鎖されても文句はない、ということでいいんですね？', 'reply'],
    ['イベントの中止を求める方は、地元のお店がつぶれても我慢できるってことですよね。', 'comment'],
    // residents reproached as a group, asked whether they have no will (R435L-049 kind)
    ['清掃活動の参加者、今回も職員だけでした。住民の皆さま、自分たちの町をきれいにしようという意識はないのでしょうか。', 'post'],
    ['若い人たち、ちょっとは地域の行事に顔を出そうって気はないんですかね？', 'comment'],
    ['消防団の入団希望者がゼロでした。少しくらい地域を守ろうという思いはないのですか？', 'post'],
    // a resident's work put down and the poster told to study first (R435L-056 kind)
    ['この動画、正直ぶれぶれで何が映ってるのか分かりませんね。もう少し撮り方を練習してから投稿してもらえますか？', 'comment'],
    ['せっかくの紅葉なのに構図がいまいちですね💦 上手な人の作品を参考に勉強されてから応募していただければと思います。', 'comment'],
    ['写真が暗くてお店の雰囲気がまったく伝わらないです。撮影の基本を学んでからタグ付けをお願いします。', 'reply'],
  ])('flags %s', (text, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining('hostility/confrontational:warn')]))
  })
  it.each<[string, CheckContext['mode']]>([
    ['「観光客が増えてうるさい」とのご意見、ありがとうございます。夜間の騒音対策として、21時以降の案内放送を取りやめます。', 'comment'],
    ['工事期間中は通行止めとなります。ご不便をおかけしますが、ご了承ください。', 'post'],
    ['「雨でも開催する、ということでよろしいですか」とのお問い合わせを多くの皆さまからいただきました。はい、小雨決行です。', 'post'],
    ['静かな環境をお望みの方には、北側の区画をおすすめします。雨が降っても屋内展示はご覧いただけます。', 'post'],
    ['バス路線の見直しに反対のご意見の皆さまへ。路線がなくなっても通院できるよう、乗合タクシーを用意しました。', 'post'],
    ['地域のために何かしたいという気持ちはありますか？ボランティア登録は市民活動センターへどうぞ。', 'post'],
    ['市民の皆さん、少しは涼しくなってきましたが、熱中症にはまだまだ気をつけましょう。', 'post'],
    ['「うちの子、勉強する気がないのでしょうか？」という保護者の皆さんのご相談に、専門家が答えます。', 'post'],
    ['皆さん、運動する気持ちはあっても時間がない、ということはありませんか？10分体操を紹介します。', 'post'],
    ['この写真、川下りの良さがよく伝わってきますね！素敵な一枚をありがとうございます。', 'comment'],
    ['写真講座では、プロの作品を見て勉強してから実際に町を撮影します。ぜひご参加ください。', 'post'],
    ['子どもたちはプロの写真家の作品を見て勉強してから、町の風景を撮影しました。', 'post'],
    ['フォトコンテストの応募作品は、要項をよく読んでから #柳川フォトコン のタグを付けて投稿してください。', 'post'],
    ['プロ顔負けの写真ですね！全然素人とは思えません。これからも #柳川 のタグでぜひ投稿してください。', 'comment'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind wave 89 kinds (hq89: R439Q-045, R440R-048), wrongdoers told they are known and will not get off lightly, a commenter thanked then waved off', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // wrongdoers told who they are is known, or that next time they will not get off lightly (R439Q-045 kind)
    ['花火大会で騒いだ奴らに告ぐ。名前も顔もとっくに割れとるけんな。', 'hostility/threat:block', 'post'],
    ['公園のトイレに落書きした者へ。顔と住所は押さえてあるぞ。', 'hostility/threat:block', 'post'],
    ['祭りで暴れた若者たちへ。次回また同じことをしたら、ﾀﾀﾞでは済まないからな。', 'hostility/threat:block', 'post'],
    ['ゴミを不法投棄した人へ。再来年もやったら、ただで済むと思うなよ。', 'hostility/threat:block', 'comment'],
    // a commenter thanked, then mocked and waved off (R440R-048 kind)
    ['「自転車は車道が怖いから歩道を走る」とのご意見、ありがとうございます。ルールより気分優先、ユニークなお考えですね。お好きにどうぞ。', 'hostility/confrontational:warn', 'comment'],
    ['ライフジャケットは着けたくないとのコメント、拝見しました。見た目を取って命は取らない、大したご判断ですね。どうぞお好きになさってください〜', 'hostility/confrontational:warn', 'comment'],
    ['マスクは息苦しいから着けない、というお声ありがとうございます。まあ、勝手にどうぞ😊', 'hostility/confrontational:warn', 'reply'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    ['成人式会場で迷惑行為を行った場合は、警察に通報します。ご理解とご協力をお願いします。', 'post'],
    ['成人式で騒いだ方々へ。来年も同様の行為があった場合は、会場への入場をお断りします。', 'post'],
    ['来年も大雨が降ったら、古い堤防はただでは済まないかもしれません。早めの改修を進めます。', 'post'],
    ['ボランティアの皆さん、今年もありがとうございました。顔も名前もすっかり覚えましたよ。来年もよろしくお願いします。', 'post'],
    ['迷子のお知らせ。顔も名前もわかっていますので、見かけた方はご連絡ください。', 'post'],
    ['落書きをした人へ。防犯カメラの映像で顔もわかっています。警察に被害届を出しました。', 'post'],
    ['ヘルメットについてのコメント、ありがとうございます！通気性のよいヘルメットの購入補助を始めましたので、ぜひご覧ください。', 'comment'],
    ['「早めに避難しました」とのコメント、ありがとうございます。素晴らしいご判断ですね！', 'comment'],
    ['「席は自由ですか」とのご質問ありがとうございます。はい、どうぞお好きに！', 'comment'],
    ['「トッピングは何がおすすめ？」とのコメントありがとうございます！どうぞお好きにお選びください😊', 'comment'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind wave 90 kinds (host90: R441S-029, R443U-059, R441S-040, R443U-017, R443U-030), an asker told to look it up themselves, a virtue word asked about, the city left everything, complainers laughed at', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    // an asker told to look it up themselves after a repeat or an already-posted notice (R441S-029, R443U-059 kind)
    ['同じ質問が何回も来ています。自分で検索してからご質問いただけますか。', 'comment'],
    ['申請期限は広報紙にも書いてあります。ご自身でお読みになってから電話してください。', 'reply'],
    ['受付時間はすでにホームページでお知らせしております。ちょっとご自分で確認されれば、簡単に分かることですよね。', 'comment'],
    // a group named by its habit asked whether it knows the word for a virtue (R441S-040 kind)
    ['毎回締め切り当日に駆け込まれる皆さん、「段取り」って言葉、知っていますか？', 'post'],
    ['いつも開始時刻ぎりぎりにいらっしゃる方々へ。「時間厳守」という言葉を聞いたことがありますか？', 'comment'],
    ['毎年同じように申請書を出し忘れる皆様、「余裕」という言葉はご存じでしょうか。', 'reply'],
    // residents' double standard: all left to the city, with のに or an ironic closer (R443U-017 kind)
    ['自宅の前の雪はきれいに除けるのに、歩道の雪になると市にお任せなんですね。', 'post'],
    ['ご近所の落ち葉には厳しいのに、ご自分の木の枝は役所に丸投げなんですね。', 'post'],
    ['犬の散歩は毎日欠かさないのに、フンの始末は行政に全部お任せなんですね。楽な時代です。', 'post'],
    // complainers addressed and answered with a laugh (R443U-030 kind)
    ['花火大会中止にご不満の皆さま、おうちで線香花火でもどうぞｗｗ', 'post'],
    ['図書館休館に文句を言っている皆さん、スマホで電子書籍が読めますよ（笑）', 'comment'],
    ['「祭りがない！」とご立腹の方々、盆踊りは庭でもできますよ🤣', 'post'],
  ])('flags %s', (text, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining('hostility/confrontational:warn')]))
  })
  it.each<[string, CheckContext['mode']]>([
    ['詳しくは市ホームページをご覧ください。', 'post'],
    ['申請状況はマイページでご自身で確認すれば、すぐに結果が分かります。', 'comment'],
    ['よくあるご質問はホームページに掲載しています。ご自分で調べてから問い合わせるのが難しい方は、お気軽にお電話ください。', 'post'],
    ['何度もお問い合わせいただきありがとうございます。ご自身で確認しづらい場合は、窓口までお越しください。', 'comment'],
    ['「〇〇」という言葉、知っていますか？今日は小学校の授業で、ことばの意味を調べました。', 'post'],
    ['「フレイル」という言葉をご存じでしょうか？年齢とともに心身の活力が低下した状態のことです。', 'post'],
    ['「思いやり」という言葉、知っていますか？人権週間に合わせて作文を募集します。', 'post'],
    ['いつも窓口をご利用の皆さま、「マイナ保険証」という言葉はご存じでしょうか。', 'post'],
    ['雨の日はお風呂で水遊びも楽しいですね。', 'post'],
    ['プール休館中は、ご自宅のお風呂で水遊びも楽しいですね（笑）', 'post'],
    ['空き地の草でお困りの方は、市役所にお任せください。所有者に連絡します。', 'post'],
    ['便利な世の中になりました。スマホで住民票が取れます。', 'post'],
    ['ご不満の皆さまへ。ご意見を受けて、夏休み期間中は臨時開館します。', 'post'],
    ['高齢で草刈りが難しいのに、市にお任せなんですね、というご意見をいただきました。', 'post'],
    ['お怒りの声をいただいた皆さま、申し訳ありませんでした。職員一同、汗だくで準備中です（笑）', 'post'],
    ['庭の手入れは自分でできるのに、剪定ごみの出し方がわからない方へ。市の粗大ごみ受付にお任せください。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind wave 91 kinds (hu91: R445W-011, R446X-021), complainers guessed not to know what is at stake, an asker wished to read the plainly written papers at least once', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    // a group named by its complaint, guessed not to know or understand (R445W-011 kind)
    ['駐車料金が高すぎるとお考えの方は、施設の維持費というものをあまりご存じないのかもしれませんね。', 'reply'],
    ['開館時間が短いとおっしゃる方は、職員の働き方の事情がお分かりにならないのでしょう。', 'reply'],
    ['イベントが退屈だと感じている方々は、準備の大変さを分かっていないのかもしれません。', 'comment'],
    // told it is plainly written, then wished to read it at least once (R446X-021 kind)
    ['利用案内にちゃんと載っていますよ。ご来館の前に、一回ぐらいはご確認いただけると助かるんですけどね。', 'reply'],
    ['申請の手引きにきちんと書いてあります。窓口に来られる前に、一度くらいは目を通していただけるとありがたいんですがね。', 'comment'],
    ['大会要項にはっきり明記しています。エントリーの前に、一度くらいはお読みいただけると助かるんですけどね。', 'reply'],
  ])('flags %s', (text, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining('hostility/confrontational:warn')]))
  })
  it.each<[string, CheckContext['mode']]>([
    ['入館料が高いとお感じの方は、割引制度をご存じないのかもしれません。65歳以上は半額です。', 'reply'],
    ['高いとお感じの方もいらっしゃるかもしれませんね。ご意見ありがとうございます。', 'reply'],
    ['手続きが難しいとお感じの方は、まだ窓口の予約制度をご存じないのかもしれません。お気軽にご相談ください。', 'reply'],
    ['募集要項はホームページに掲載しています。お申し込みの前に、一度ご確認いただけると幸いです。', 'reply'],
    ['ぜひ一度くらいはパンフレットをご覧いただければ嬉しいです。', 'post'],
    ['募集要項にちゃんと書いてありますので、ご安心ください。', 'reply'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind wave 92 kinds (host92: R447Y-024, R447Y-028, R449A-043, R450B-026, R450B-059, MQ-007), a complaint turned into a workout, opponents scolded, keen in one thing only, feeders called vermin, an own mailbox to check once carefully, abuse quoted as what fails', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // a complaint about access answered as a good warm-up or workout for the complainer (R447Y-024 kind)
    ['@abc 階段がきついとのご意見、いつもありがとうございます。5階の会議室まで階段で上がっていただければ、いい準備運動になりますね😊', 'hostility/confrontational:warn', 'reply'],
    ['バス停から遠いとのご指摘をいただきました。片道30分歩かれると、格好のトレーニングになるかと存じます。', 'hostility/confrontational:warn', 'comment'],
    ['駐輪場が狭いとの苦情、承知しております。少し離れた場所に停めて歩いてくだされば、ちょうどいい腹ごなしになりますよ。', 'hostility/confrontational:warn', 'reply'],
    // people addressed by their stand, scolded to face reality or asked a rhetorical reproach (R447Y-028 kind)
    ['給食センターの移転に反対している住民の方々、いい加減に目を覚ましていただきたい。', 'hostility/confrontational:warn', 'post'],
    ['図書館の統合に反対の皆さま、少しは現実を見てください。', 'hostility/confrontational:warn', 'post'],
    ['ごみ袋の有料化に不満をお持ちの皆さん、職員に毎朝ごみ拾いをしろと言うんですか？', 'hostility/confrontational:warn', 'comment'],
    // a failing set against a keenness in one thing only, with mock praise (R449A-043 kind)
    ['税金は払っていないのに、補助金の制度にだけはやけにお詳しい方々がいらっしゃるようで。さすがですね。', 'hostility/confrontational:warn', 'post'],
    ['会費は払わないくせに、イベントの不備にだけはご熱心な方がおられますね。', 'hostility/confrontational:warn', 'comment'],
    ['ごみの分別はしないのに、よその家のごみ出しにだけは妙に厳しい人がいるようです。ご立派なことです。', 'hostility/confrontational:warn', 'post'],
    // people who feed animals likened to vermin, or to be exterminated on a condition (R450B-026 kind)
    ['@abc 公園のハトに餌をやっている連中は、ダニと同じですね。', 'hostility/insult:block', 'reply'],
    ['カラスに餌をやる人たちは、ハエと変わりません。', 'hostility/insult:block', 'comment'],
    ['夜中に騒ぐ奴らは害虫と一緒。一人残らず駆除できるならしてやりたい。', 'hostility/insult:block', 'post'],
    // after "we sent it", told to check their own mailbox or inbox once carefully (R450B-059 kind)
    ['@abc 納税通知書は5月に郵送しております。ポストの中、一度よく見てみてはどうでしょう😊', 'hostility/confrontational:warn', 'reply'],
    ['@abc 確認メールは送信済みです。迷惑メールのフォルダを一度じっくりお調べになってみてはいかがでしょうか。', 'hostility/confrontational:warn', 'reply'],
    ['@abc 更新のお知らせはホームページに掲載しております。お手元の書類も、今一度きちんとご確認されてはいかがでしょう。', 'hostility/confrontational:warn', 'reply'],
    // an insult quoted and then said anyway stays one (MQ-007 kind, the other side)
    ['「バカ」と言っても分からない人は、本当にバカです。', 'hostility/insult:block', 'post'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    ['駅から徒歩20分、いいウォーミングアップになりますよ。ウォーキング大会にぜひご参加ください。', 'post'],
    ['駐車場が足りないとのご意見を受け、臨時駐車場を用意しました。準備運動は各自でお願いします。', 'post'],
    ['体操教室では、最初にいい準備運動になるストレッチを行います。', 'post'],
    ['公民館の建て替えに反対の皆さまのご意見も伺います。説明会にお越しください。', 'post'],
    ['いい加減に扱われがちな書類の管理を見直し、現実を見て判断します。', 'post'],
    ['計画に反対する方々から「子どもに我慢しろと言うのか」というお声もいただきました。', 'post'],
    ['現実を見てください。これが今年の豪雨の被害です。', 'post'],
    ['うちの子は算数は苦手なのに、恐竜のことにだけはとても詳しい子どもです。', 'post'],
    ['地元の歴史にだけは詳しい方がガイドを務めます。', 'post'],
    ['台所のゴキブリの駆除方法をご紹介します。見つけ次第、駆除できるならしたいところですね。', 'post'],
    ['ゴキブリと同じで、ネズミも夜に活動します。', 'post'],
    ['野良猫に餌をやる人は、猫と同じ目線で考えてください。', 'post'],
    ['@abc ハガキは先月お送りしております。お手数ですが、郵便受けをご確認ください。', 'reply'],
    ['@abc 新しいパンフレットを郵送しました。お時間のあるときに一度ゆっくりご覧になってみてはいかがでしょうか。', 'reply'],
    ['@abc 郵便受けに届いていないとのこと、申し訳ありません。すぐに再送いたします。', 'reply'],
    ['子育て講座のご報告。講師の先生からは「『ダメ！』『何回言ったらわかるの』と怒鳴っても、子どもには理由が伝わりません」とのお話がありました。', 'post'],
    ['マナー教室では「『早くしろ』『ぐずぐずするな』と言っても逆効果です。具体的に伝えましょう」と教わりました（講師・山田さん）。', 'post'],
    ['「『うるさい！』『バカ！』と叱っても、意味がありません」と保育士の田中さん。声かけのコツを学びました。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: blind wave 93 kind (host93: R452D-032), a reading complaint answered by a remedy aimed at the complainer', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // a complaint that a notice cannot be read, answered with glasses or care on their side and "readable enough" (R452D-032 kind)
    ['@abc 案内板の文字が見えにくいとのご指摘ですが、眼鏡をかけていただければちゃんと見えるはずです。', 'hostility/confrontational:warn', 'reply'],
    ['@abc 申請書の説明が分かりにくいとのことですが、落ち着いてお読みになれば十分ご理解いただけるかと存じます。', 'hostility/confrontational:warn', 'reply'],
    ['@abc 時刻表が読みづらいとのご意見ですが、よくご覧いただければ問題なく読める大きさかと思います😊', 'hostility/confrontational:warn', 'reply'],
    ['回覧板の字が小さいとのこと、ルーペを使えば普通に読めますよ。', 'hostility/confrontational:warn', 'comment'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    ['@abc 分別表の字が小さくて読めないとのこと、申し訳ありません。拡大版をご用意しています。', 'reply'],
    ['@abc 案内の字が小さいとのことですが、窓口で読み上げます。老眼鏡の貸し出しもあります。', 'reply'],
    ['@abc 文字が見えにくいとのことでしたので、窓口でルーペをお使いいただければ十分読めるよう、ご用意しております。', 'reply'],
    ['眼鏡をかければ十分読める大きさです。', 'post'],
    ['よく見れば、ちゃんと小さな花が咲いているのが分かります。', 'post'],
    ['地図が分かりにくいとのご意見を受け、よく見ればちゃんと分かるよう改善しました。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: a quoted critic answered with mock praise of their remark and a mock request for their proof (blind wave 94, R453E-020 kind)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, CheckContext['mode']]>([
    ['「図書館の開館時間が短すぎる」とのご意見。さぞ深いお考えがあってのご意見なのでしょうね。', 'quote'],
    ['「バスの本数が少なすぎる」という投稿。さぞ毎日バスを使っておられる方のご意見なんでしょうね。', 'post'],
    ['「ごみ袋が高すぎる」とのコメントをいただきました。その根拠となるデータをぜひお示しいただきたいものですね。', 'reply'],
    ['「市の試算は甘い」との投稿がありましたが、その試算をぜひ見せていただきたいものです。', 'quote'],
    ['「財政は破綻寸前」とのこと。その計算をぜひとも拝見したいものですね。', 'post'],
  ])('flags %s', (text, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining('hostility/confrontational:warn')]))
  })
  it.each<[string, CheckContext['mode']]>([
    // a sincere wish to see works, sympathy with さぞ, praise with no critic, a plan to be read
    ['皆さんからの「楽しかった」との投稿、ありがとうございます。写真もぜひ拝見したいものです。', 'post'],
    ['市民の皆さんの力作をぜひ拝見したいものです。作品展は来月開催です。', 'post'],
    ['長旅でさぞかしお疲れのことでしょう。ゆっくりお休みください。', 'post'],
    ['この絵を描いたのは、さぞかし心の優しい方なんでしょうね。', 'post'],
    ['計画書の根拠となるデータを拝見したいと思います。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})

describe('hostility: harm foretold in honorific wording, and the asker\'s least effort demanded with くらい after the noun (blind wave 95, R457J-047 and R458K-026 kinds)', () => {
  const hard = (text: string, mode: CheckContext['mode'] = 'post') => summary(findingsOf(hostility, text, { mode })).filter((s) => s.startsWith('hostility/') && !s.includes(':info:'))
  it.each<[string, string, CheckContext['mode']]>([
    // harm the speaker will cause, put in keigo or as a favour asked (R457J-047 kind)
    ['@abc 同じ苦情を何度も書き込まれる方は、そのうちひどい目に遭っていただくことになりますからね。', 'hostility/threat:block', 'reply'],
    ['これ以上うそを広めるなら、相応に後悔していただくことになります。', 'hostility/threat:block', 'comment'],
    ['窓口で怒鳴り続けるようなら、後悔なさることになりますよ。', 'hostility/threat:block', 'comment'],
    ['駐車場に無断で停め続ける方には、痛い目を見てもらいます。', 'hostility/threat:block', 'comment'],
    // the asker told not to grudge the least effort, くらい after the noun, asked as a question (R458K-026 kind)
    ['@abc 何度もご説明していますが、申請書の書き方は市のサイトに載っています。ご自身で確認する手間ぐらいはかけてもらえませんか。', 'hostility/confrontational:warn', 'reply'],
    ['前にもお伝えしましたが、ご自分で読む労力くらいは惜しまないでいただきたいです。', 'hostility/confrontational:warn', 'comment'],
    ['募集要項は全部ホームページにあります。ご自分で下調べ程度の努力もしていただけますか。', 'hostility/confrontational:warn', 'comment'],
  ])('flags %s', (text, expected, mode) => {
    expect(hard(text, mode)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each<[string, CheckContext['mode']]>([
    // a safety warning, a wish against harm, an apology for hardship, a preparedness nudge, our own effort, a tool offered
    ['詐欺で痛い目を見ないよう、不審な電話にはご注意ください。', 'post'],
    ['観光客の皆さんに痛い目を見てもらいたくないので、川下りでは救命胴衣を着けてください。', 'post'],
    ['工事期間中、住民の皆さまにはつらい目に遭っていただくことになり、申し訳ありません。', 'post'],
    ['今のうちに備えておかないと、いざという時に後悔なさることになりますよ。', 'post'],
    ['手作りのため、私たちはそれくらいの手間は惜しみません。', 'post'],
    ['ご自分で調べる手間を省けるよう、手続きの一覧をまとめました。', 'post'],
    ['ご自宅でできる程度の備えはしておいていただけますか。防災週間です。', 'post'],
    ['ご自分で申請する場合も、手間くらいはかかりますが、窓口より早く済みます。', 'post'],
  ])('passes %s', (text, mode) => {
    expect(hard(text, mode)).toEqual([])
  })
})
