import { describe, expect, it } from 'vitest'
import { quotation } from '../../../src/engine/rules/quotation'
import { findingsOf, summary } from '../helpers'

const LONG = 'この町の未来は、市民一人ひとりの小さな行動の積み重ねによって形づくられていくのです'
const PASSAGE = '水の町は、水とともに暮らす知恵の町でもある。掘割を守ってきたのは名もなき住民たちだった。'
const POEM = 'からたちの花が咲いたよ。白い白い花が咲いたよ。からたちのとげはいたいよ。青い青い針のとげだよ。'

describe('quotation (4(4))', () => {
  it.each([
    // short words agreed with, or called "these words" in the next sentence, with no source; a site named vaguely
    ['あるホームページでは「公的年金等の収入金額が400万円以下なら確定申告は一切不要」と書かれていました。'],
    ['「残業は美徳ではない、生産性の敗北である」──まさにその通りだと思います。市役所も時間外勤務の削減に本気で取り組みます。'],
    ['『旅は最も安上がりな大学である』と言われます。市長もこの言葉を胸に、海外での観光プロモーションに臨みます。'],
    ['「失敗は挑戦の証である」。名言ですね。私たちも挑戦を続けます。'],
    // a famous saying called words, with no event of the city's and no source; an SNS post's voice
    ['「努力は必ず報われる。報われない努力があるとすれば、それはまだ努力と呼べない」という言葉があります。'],
    ['「窓口の職員の対応が最悪で二度と行きたくない、市役所は何のためにあるのか」という声がSNSに投稿されていました。'],
    // a line that names a vague source, then the text (国の資料より抜粋：…)
    ['国の資料より抜粋：地域公共交通は、地域の多様な関係者が連携し、持続可能な形で維持されるべきものである。'],
    ['ある本から引用：ふるさとの川は、そこに暮らす人の心を映す鏡のようなものである。'],
    // Round 23: a claim an unnamed speaker was heard saying (テレビで専門家が言っていた『…』という話); a work referred back to with no name before it
    ['テレビで専門家が言っていた『防犯カメラがあるだけで、声かけ事案は半分以下に減る』という話を信じて、設置を進めています。'],
    ['ネットに書いてあった「堀の水は夜になると潮の満ち引きで一気に増えて危ない」という話、本当なんです。'],
    ['ネットで見た記事です。記事では「柳川の堀は日本一美しい」と書かれています。'],
    // a claim passed on from a source not named, without brackets
    ['「音楽は言葉が尽きたところから始まる」――今回の文化会館コンサートのテーマです。'],
    ['国の資料によると、昨年の救急出動件数は過去最多だったとのこと。救急車の適正利用にご協力ください。'],
    ['ある調査によれば、柳川の観光客の満足度は全国一だそうです。'],
    ['報道によると、今年のスギ花粉の飛散量は例年の倍になると言われています。'],
    ['ある専門家が「子どもたちの笑顔に毎日元気をもらうのが一番の薬です」と教えてくれました。'],
    ['ネットの記事で「柳川の堀は日本一美しいと世界でも評判になっている」と教えてくれました。'],
    // a call to action quoted from someone, with no campaign of the city's
    ['ある作家は「毎日を大切に生きましょう。人生は一度きりなのですから」と言いました。'],
    // every quotation form
    // Round 21: 報道によると is no source; an unnamed lecturer's words
    ['報道によると「花火大会の警備員は昨年より2割少なく、雑踏事故の危険が高まっている」とのことです。'],
    ['研修講師の言葉から抜粋します。「観光ボランティアはガイドではなく、まちの案内人であり、語り部であり、もてなしの顔でもあるのです」。'],
    // Round 20: a saying put in an unnamed famous person's mouth (ある有名な音楽家は…と言いました)
    ['ある有名な音楽家は「音楽は国境も世代も軽々と越えていく」と言いました。'],
    ['とある偉人は「明日死ぬかのように生きよ」と言っています。'],
    [`「${LONG}」と書かれていました`],
    [`『${LONG}』という言葉があります`],
    [`「${PASSAGE}」`],
    [`『${PASSAGE}』 #柳川`],
    [`“${PASSAGE}”――今夜は中秋の名月です。`],
    [`"${PASSAGE}"`],
    [`“${PASSAGE}"`],
    [`＂${PASSAGE}＂`],
    [`｢${PASSAGE}｣`],
    [`〝${PASSAGE}〟`],
    [`≪${PASSAGE}≫ 清掃にご協力いただいた皆さま、ありがとうございました。`],
    [`《${PASSAGE}》`],
    [`> ${LONG}`],
    [`＞${PASSAGE}\nこの言葉、本当にその通りですね。`],
    [`引用：${PASSAGE}`],
    [`引用：\n${PASSAGE}`],
    // a poem or lyrics with no author and work
    [`春の散策にぴったりの詩です。\n\n「${POEM}」\n\n白秋祭まであと1週間です。`],
    // a vague or unnamed source is no source
    [`ある本に「${LONG}」ってあった`],
    [`ある旅行雑誌で、柳川が次のように紹介されました。\n「${PASSAGE}」\nうれしいですね。`],
    [`今朝の新聞のコラムに、こんな一節がありました。\n「${PASSAGE}」`],
    [`ある有名な経営者の言葉です。「${PASSAGE}」`],
    [`口コミサイトにこんな投稿がありました。「${PASSAGE}」`],
    [`関係者によると「${PASSAGE}」とのことです。`],
    [`ある新聞のコラムより。「${PASSAGE}」`],
    [`こんな声が届きました💌\n「${PASSAGE}」\n#柳川`],
    [`「${PASSAGE}」と言われます。`],
    [`「市の文化財は市民の誇りであり、将来にわたって守り伝えるべき宝です」と述べました。`],
    [`「${PASSAGE}」（抜粋）`],
    [`本文：「${PASSAGE}」`],
    [`「${PASSAGE}」\n（作者不詳）`],
    [`友人から教えてもらった言葉です。「${PASSAGE}」`],
    [`先日テレビで紹介されていた言葉が印象的でした。\n「${PASSAGE}」`],
    [`ある経営者は「${PASSAGE}」と語っています。`],
    // a passage in another language, read by its own grammar (sentences of lower-case words, a stop)
    ['“A town is not made of buildings but of the people who greet you on the street.” 柳川もそうありたいですね。'],
    ['"The best way to find yourself is to lose yourself in the service of others." 今日は掘割清掃ボランティアの日です。'],
    ['「Life is like riding a bicycle, to keep your balance you must keep moving」自転車で柳川をめぐりましょう🚲'],
    ['“Water is the driving force of all nature and the quiet mirror of every town” #柳川 #掘割'],
    ['“Ｅｖｅｒｙ　ｃａｎａｌ　ｈａｓ　ａ　ｓｔｏｒｙ，　ａｎｄ　ｅｖｅｒｙ　ｓｔｏｒｙ　ｂｅｇｉｎｓ　ｗｉｔｈ　ａ　ｂｏａｔ．” 川下りへようこそ。'],
    ['“T h e  r i v e r  r e m e m b e r s  e v e r y t h i n g  t h a t  w e  f o r g e t .” 今日の掘割です。'],
    ['‘Don’t count the days, make the days count, and the days will remember you.’ 新年度もよろしくお願いします。'],
    ['ある海外の本にこんな言葉がありました。“Travel makes one modest, you see what a tiny place you occupy in the world.”'],
    ['“Slow down, the river has all the time in the world.”（ゆっくりいこう、川には時間がたっぷりある）'],
    ['« La ville est un livre ouvert que l’on lit en marchant le long de ses canaux. » 柳川の町歩きをどうぞ。'],
    ['"Recycling is not a chore but a small promise we make to our children" とのことです。'],
    ['海外の友人が教えてくれた言葉です。\n"Kindness is the language which the deaf can hear and the blind can see."\n柳川もそんな町でありたいです。'],
    // unbracketed passages announced as quotations
    [`以下、ガイドブックから引用します。\n${PASSAGE}`],
    [`以下、ある新聞の社説より抜粋します。\n\n${PASSAGE}\n\n当市も同じ思いで取り組んでいます。`],
    [`ある雑誌にこう書かれていました。\n${PASSAGE}`],
    [`“The river remembers everything we forget, and forgives everything we remember.” — someone on the internet`],
    [`“The river remembers everything we forget, and forgives everything we remember.” (unknown)`],
    ['ＳＮＳで見かけた言葉。“Ｔｈｅ ｒｉｖｅｒ ｒｅｍｅｍｂｅｒｓ ｅｖｅｒｙｔｈｉｎｇ ｗｅ ｆｏｒｇｅｔ．”'],
    // announced with other words (の一文をご紹介します, からの引用です), and verse spaced into lines
    ['旅行ガイドの一文をご紹介します。\n掘割を巡るどんこ舟に揺られていると、時間の感覚がゆっくりとほどけていく。ここは急ぐ旅人のための町ではない。'],
    ['以下はある方のブログからの引用です。\n柳川で食べたせいろ蒸しは、人生で一番のうなぎでした。タレの香りと蒸したご飯のふっくら感が忘れられません。'],
    ['利用者の感想をご紹介します。\n\n子どもの急な発熱でも、ファミリーサポートの方が迎えに行ってくださり、本当に助かりました。仕事を続けられています。'],
    ['ラジオで流れていた歌詞がぴったりでした。「川は流れて どこどこ行くの 人も流れて どこどこ行くの そんな流れが つくならば」'],
    ['『ふるさとの　山に向ひて　言ふことなし　ふるさとの山は　ありがたきかな』 帰省の季節ですね。'],
    // other brackets (〈〉, 【】 holding whole sentences) and a passage announced by a writer's saying
    [`〈${PASSAGE}〉 今日も掘割はきれいです。`],
    [`【${PASSAGE}】 #柳川`],
    [`‘${PASSAGE}’`],
    [`ある作家は言いました。\n${PASSAGE}`],
    [`昔の人はこう言い残しています。\n\n${PASSAGE}\n\n大切にしたい言葉です。`],
    // sentences with their punctuation left out, and hearsay after the quote (なんだって, だそうです)
    ['「水路は町の血管でありその流れが滞れば町そのものが弱っていくのだと昔から言われている」 掘割清掃にご協力を。'],
    ['『観光とは土地の光を観ることであり光とは景色だけでなく人々の営みそのものを指している』'],
    ['「観光とは土地の光を観ることであり光とは景色だけでなく人々の営みそのものを指している」なんだって'],
    ['「柳川の掘割は全長九百三十キロにも及び、日本一の規模を誇る水路網である」だそうです。'],
    ['ある人は「掘割は町の記憶そのものであり、失われた水路は二度と戻らない。だから守るのだ」と言っています。'],
    // evasion: zero-width characters, full-width brackets
    [`「水\u200bの町は、水とともに暮らす知恵の町でもある。掘割を守ってきたのは名もなき住民たちだった。」`],
    // short lines of literature: twenty characters are enough; classical kana; a poem quoted line by line
    ['「からたちの花が咲いたよ。白い白い花が咲いたよ。」今年も市内でからたちの花が咲き始めました。'],
    ['「柳川は九州のベネチアと呼ぶにふさわしい、水と緑の町である」と、ある旅行雑誌に紹介されていました！'],
    ['ふるさとを思う季節になりました。『ふるさとは遠きにありて思ふもの　そして悲しくうたふもの』'],
    ['>雨はふるふる　城ヶ島の磯に\n>利休鼠の雨がふる\n雨の日の掘割も趣がありますね。'],
    // 抜粋： with no source; a vague 専門家によると is no source
    ['以下、専門家の解説より引用します。「線状降水帯が発生すると、同じ場所に数時間にわたって激しい雨が降り続きます」'],
    ['他の自治体さんの投稿がとても分かりやすかったので、そのまま紹介します。「熱中症は室内でも起こります。エアコンを我慢せず使いましょう」'],
    ['抜粋：本市の人口は今後20年間で約2割減少すると推計され、公共施設の維持管理費の削減が喫緊の課題となっている。'],
    ['専門家によると「有明海の海苔の生育は、今年は平年より2週間ほど遅れており、品質への影響が懸念される」とのことです。'],
    // a kind of text with no name, compounded (新聞記事, ネットニュース) or in a bracket (（ウェブ記事より引用）)
    // a short line given as a vague someone's words (——ある作家の言葉です)
    ['『備えは日常の中にある』と、ある防災士の方がおっしゃっていました。'],
    // a national guideline's words with no name, a line the post then calls この言葉 (after a line break), a newspaper unnamed
    ['県の手引きにある「公共施設は災害時の避難所として機能を維持できるよう整備することが望ましい」という考え方を大切にしました。'],
    ['“続けることが、いちばんの才能。”\n講座は来週から始まります。この言葉を胸に、一緒に学びましょう。'],
    ['雑誌にも「柳川のうなぎは日本一の蒸し加減」と書かれていました！'],
    // a remark quoted with との発言 and no speaker; words named as a poet's before the bracket
    ['委員会で「子どもの居場所づくりは、待ったなしの課題だ」との発言がありました。'],
    ['ある歌人の言葉に「水の町は、夕暮れにいちばん美しい」というのがあります。'],
    // a short line called 一文 or "these words", an English motto; another city's publication is no source
    ['どこかの自治体の広報誌にあった「職員は市民の暮らしを支える黒子である」という一文を読み合わせました。'],
    ['"Leave no one behind"（誰一人取り残さない）。この言葉を胸に、福祉のまちづくりを進めます。'],
    ['ある市の広報誌に「窓口は市役所の顔であり、市民を迎える玄関である」と書かれていました。'],
    ['「掘割の水は、町の記憶を映す鏡である」——ある詩人の言葉です。'],
    ['雑誌記事より：「柳川の掘割は、町の暮らしと水とが一体となった、全国でも珍しい景観である」'],
    ['農業体験の参加者の声（ウェブ記事より引用）：「田んぼの泥に足を入れた瞬間、子どもたちの目が輝いたのが忘れられません」'],
    ['ネットニュースより：「柳川の掘割は、町の暮らしと水とが一体となった、全国でも珍しい景観である」'],
    // an authority without a name: 専門家の先生, 大学の先生
    ['専門家の先生も「掘割の水はこの十年でずいぶんきれいになり、ホタルが戻ってくる条件も整いつつある」とおっしゃっています。'],
    // short lines of a song or a saying put in a vague mouth; a role without its holder; a dialect quotative; 国の報告書
    // a vague magazine after a dash; in-house training papers; someone's favourite words; たくさん is no name
    ['「柳川の川下りは、日本でいちばんゆったりと時間が流れる場所かもしれない」——とある旅行雑誌より。'],
    ['先日の研修資料より抜粋。「納税は国民の義務であると同時に、地域社会を支える最も身近な参加の形である。」'],
    ['校長先生の好きな言葉を紹介します。「子どもは大人の言うことではなく、大人のすることを見て育っていくものである。」'],
    ['今月の一言🌿「人生は何を成したかではなく、誰と笑ったかで決まるのだと思う」 今日も公民館でたくさん笑いましょう'],
    ['今朝のラジオから流れていた「水の都に夕陽が落ちて　君と舟に揺られた夏」という歌詞が、今日の柳川にぴったりでした。'],
    ['かの偉人も「水を治める者は国を治める」と述べている。'],
    ['ある大臣が視察の際に「被災した地域の皆さんの暮らしが一日も早く元に戻るよう、国として全力で支えていく」とおっしゃっていました。'],
    ['さっき流れてきた投稿→「今週末の西鉄天神大牟田線は工事で一部区間バス代行になります」やって！'],
    ['以下、国の報告書より抜粋いたします。\n「地方公共団体は、住民との双方向の対話を通じて、行政サービスの質の向上を不断に図ることが求められる」'],
    ['大学の先生が「有明海の干潟は、世界でも珍しいほど多くの生き物を育む、かけがえのない場所である」と話されていました。'],
  ])('flags %s', (text) => {
    const f = findingsOf(quotation, text)
    expect(f.map((x) => `${x.rule}:${x.severity}`)).toEqual(['quotation/no-source:warn'])
  })

  it.each([
    // the reader's own thought quoted to address them; residents' feedback; voices heard at the city's own activity;
    // a law named with its article after the quotation; a prize-winning work named by its author and title
    ['「里親に関心はあるけれど、自分にできるだろうか」と迷っている方へ。説明会で里親の方にお話しいただきます。'],
    ['「地域のお祭りを手伝ってくれる人を探しています」という行政区からの声が増えています。登録制度を始めました。'],
    ['夏休みの「こども議会見学会」に小学生が参加しました。議長席にも座ってみました。「市のことを決める場所が、こんなふうになっているとは知らなかった」という感想も聞かれました。'],
    ['子ども食堂にお邪魔しました。運営するボランティアのみなさんの「ここに来れば、誰かがいるよって場所にしたい」という言葉が印象的でした。SNSでの紹介は了承をいただいています。'],
    ['その目的を定めた第1条で、「現在もなお部落差別が存在するとともに、情報化の進展に伴って状況の変化が生じている」と述べている（部落差別の解消の推進に関する法律第1条）。'],
    ['最優秀賞は、山口美咲さんの「祖母の手話」です。祖母との会話を通して、「伝えたい気持ちがあれば、言葉の違いは壁にならない」と気づいた体験がつづられています。'],
    // words quoted with the speaker's consent stated; a quiz statement and its answer; a scam's message in a warning;
    // the reader's own thought (…という方も歓迎です); a question asked after a gap (…と聞いたけれど本当か、というご質問)
    ['通っている保護者の方に、お話を伺いました（ご本人の了承を得て、匿名で掲載しています）。\n「家から出られなかった頃は、このまま社会とつながれないのではと不安ばかりでした。」'],
    ['○×クイズです\n「ペットボトルのキャップは、ボトルと一緒に資源ごみに出してよい」\n答えは×。キャップは外して出してください。'],
    ['「カスタマーセンター」と名乗る不審なショートメッセージにご注意ください。「水道料金が未納です。本日中に支払わないと給水を停止します」という内容です。'],
    ['「すぐに里親になるかは分からないけれど、話を聞いてみたい」という方も歓迎です。'],
    ['「家を取り壊すと、翌年から土地の税金が上がる」と聞いたけれど本当か、というご質問をよくいただきます。'],
    ['「乳幼児健診で、うちの子だけ言葉が遅いと言われた」と、不安な気持ちでご相談に来られる保護者の方がいます。'],
    // a public body's site named as where the words are (国税庁ホームページでは「…」と案内されています)
    ['国税庁ホームページでは「公的年金等の収入金額が400万円以下で、かつ、それ以外の所得金額が20万円以下の場合には確定申告は不要」と案内されています。'],
    // a resident's opinion quoted and answered; the city's own plan named with its year
    ['「下水道の臭いがひどいのに市は何もしていない」というご意見をいただきました。現在、マンホールの消臭対策を順次進めており、12月までに18か所で完了する予定です。'],
    ['柳川市下水道ビジョン（令和5年策定）には「臭気対策は市民の生活環境を守る基本である」と記されています。市では今年度、消臭蓋への交換を進めています。'],
    ['「早めの避難を」──その通りです。今夜は早めに避難所へ。'],
    // a line that names its source, then the text
    ['国土交通省「地域公共交通計画の手引き」より抜粋：地域公共交通は、地域の多様な関係者が連携し、持続可能な形で維持されるべきものである。'],
    ['令和6年版交通政策白書より抜粋：地域公共交通は、地域の多様な関係者が連携し、持続可能な形で維持されるべきものである。'],
    // Round 23: a newspaper or programme named, then referred back to (記事では, 同紙は, 番組では); a named speaker heard saying it
    ['本日付の西日本新聞で、本市の空き家バンクの取り組みが紹介されました。記事では「成約件数が3年で倍増」と報じられています。'],
    ['有明日報の特集で取り上げられました。同紙は「柳川の堀は日本一美しい」と書いています。'],
    ['ＮＨＫ福岡放送局の番組で紹介されました。番組では「川下りの船頭さんの歌が名物」と伝えていました。'],
    ['北原白秋が書いていた「水郷柳河こそは、我が生れの里である」という一節を、掲示板に記しました。'],
    // a term named (「…」と呼ばれ), even when the sentence goes on to speak of someone's words
    ['こうした思い込みは「アンコンシャス・バイアス（無意識の偏見）」と呼ばれ、言った本人に悪気がなくても、相手の可能性を狭めてしまうことがあります。'],
    ['この取り組みは「柳川方式の堀割再生（市民参加型の浄化活動）」と名付けられ、全国から視察に来られています。'],
    // a campaign's slogan that calls on the readers; what the lecturer of the city's own training said; an interview announced in the heading
    ['「薬は説明書をよく読んで、正しく飲みましょう。」10月17日からは「薬と健康の週間」です。'],
    ['「ストップ！ながら運転、スマホは置いて運転しよう」。春の交通安全運動が始まります。'],
    ['11月7日、職員研修を行いました。講師の方からは、「窓口で家族構成を聞かれたとき、説明に困る人がいることを知ってほしい」というお話がありました。'],
    ['消防団ってどんなところ？ 若手団員さんに聞きました。\n\n「地元の人から『ありがとう』と言ってもらえたのが、何よりうれしかったです」'],
    // a claim passed on from a named source
    ['「音楽は言葉が尽きたところから始まる」（ハイネ）――今回のテーマです。'],
    ['「水と緑と歴史のまち」――市の将来像を表す言葉です。'],
    ['気象庁によると、明日は大雨になるとのことです。早めの備えをお願いします。'],
    ['消防庁の資料によると、昨年の救急出動件数は過去最多だったとのことです。'],
    ['天気予報によると明日は雨とのことです。'],
    // told to us: the post's own interview of the person it presents, by role
    ['柳川市消防本部の女性救急救命士が3年目を迎えました。「患者さんに安心してもらえる声かけを大切にしています」と話してくれました。'],
    ['新人保育士が「子どもたちの笑顔に毎日元気をもらっています」と話してくれました。'],
    ['窓口の担当者が「申請は郵送でも受け付けていますので、気軽に相談してください」と教えてくれました。'],
    // a source anywhere in the post
    // an organisation's staff speaking for it
    ['柳川警察署の担当者は「この交差点の事故の多くは、右折するときの確認不足が原因です」と話しています。'],
    // a named site as the source label (…より：)
    ['国税庁ホームページより：「医療費控除の対象となる金額は、実際に支払った医療費の合計額から、保険金などで補てんされる金額を差し引いた金額です」'],
    // what people say to others, described (〜と言ったりすること), is not a quotation of a text
    ['外国にルーツを持つ人に、見た目だけで「日本語が上手ですね」と言ったりすることが、相手を傷つける場合があります。'],
    // a named speaker; children's words at an event (the staff's own report)
    ['作曲家の古賀政男は「音楽は国境も世代も軽々と越えていく」と言いました。'],
    ['参加した子どもたちは「また来年も絶対に来たいです」と言っていました。'],
    // an interview the post made, told in an earlier paragraph: the quotations after it were said to the staff
    ['三橋町で花苗を育てている松尾健一さんにお話を伺いました。\n\n「最初の年は寒さで半分近くを枯らしてしまいましたが、近所の方に教わりながら何とか続けてきました」と振り返ります。'],
    ['地域おこし協力隊の田中さんにインタビューしました（掲載は本人の了承済み）。\n\n移住のきっかけを聞くと、「水路の町並みに一目ぼれして、ここで暮らしてみたいと思ったのが始まりです」とのこと。'],
    // worries the city receives, listed as examples of what a consultation covers
    ['「親が亡くなった後、障害のある子の生活はどうなるのか」「一人暮らしの母の預金の管理が心配」といったご相談に、司法書士がお答えします。'],
    ['「夜中に何度も目が覚めてしまい、昼間に強い眠気が出て困っている」「寝つきが悪い」などのお悩みに、保健師がお答えします。'],
    // a group's representative told the staff
    ['会の代表の方は、「毎日ここを通る人が、少しでも明るい気持ちになってくれたらうれしい」と話してくださいました。'],
    // what an impostor says, quoted in a warning about the scam, is an example (not a borrowed text)
    ['市職員を名乗り「マイナンバーカードの更新手続きに口座番号が必要です」と電話で聞き出そうとする事案が報告されています。'],
    ['警察官を装って「あなたの口座が犯罪に使われています、キャッシュカードを預かります」と自宅を訪ねてくる事案が発生しています。'],
    ['銀行員をかたり「暗証番号の変更手続きが必要なので、番号を教えてください」と電話してくるケースにご注意ください。'],
    [`「${LONG}」と書かれていました（出典：柳川市総合計画）`],
    [`「${LONG}」と書かれていました https://www.city.yanagawa.fukuoka.jp/`],
    [`「${PASSAGE}」\n\n出典：福岡県ウェブサイト「有明海ノリ養殖情報」`],
    [`有明日報 11月3日付朝刊のコラム「水辺のつぶやき」より引用します。\n\n「${PASSAGE}」`],
    [`「${PASSAGE}」（有明日報 2024年5月1日）`],
    [`有明日報（2024年5月1日）のコラムに「${PASSAGE}」とありました。`],
    [`観光庁によると「${PASSAGE}」とのことです。`],
    [`「${PASSAGE}」\n（観光庁ウェブサイトより引用）`],
    ['月刊ふくおか生活（2025年5月号）より引用：「柳川の掘割は、町の暮らしと水とが一体となった、全国でも珍しい景観である」'],
    [`「${PASSAGE}」\n\n（北原白秋の言葉より）`],
    [`北原白秋「からたちの花」より。「${POEM}」 春の散策にぜひ。`],
    [`「${PASSAGE}」\n北原白秋『思ひ出』より`],
    [`『思ひ出』北原白秋\n「${PASSAGE}」`],
    [`北原白秋の詩「からたちの花」の一節です。「${POEM}」`],
    [`「${PASSAGE}」\n参考：柳川市史（2002年）`],
    [`「${POEM}」\n作詞：北原白秋`],
    [`「${POEM}」（北原白秋）`],
    [`“${PASSAGE}”――北原白秋『水郷柳河』`],
    [`引用：柳川市史\n\n「${PASSAGE}」`],
    [`出　典：柳川市史\n\n「${PASSAGE}」`],
    [`市ホームページでは「${PASSAGE}」と案内しています。`],
    [`柳川市まちづくり条例第3条には「${PASSAGE}」と定められています。`],
    [`広報やながわ5月号の特集より。「${PASSAGE}」`],
    // a named speaker or author next to the quotation
    [`市長は「${LONG}」と述べました`],
    [`船頭の松尾さんは「今年もよか天気で、みなさん喜んでくれよらすけん、うれしかですよ」と笑顔で話してくれました。`],
    [`「${PASSAGE}」と、観光大使の野中あかりさんは語りました。`],
    [`市内在住の古賀さん（80代）からいただいたお便りを、ご本人の了解を得てご紹介します💌\n「${PASSAGE}」`],
    [`本日の市長の言葉「${LONG}」（施政方針より）`],
    [`柳川市総合計画には「${PASSAGE}」と書かれています。`],
    [`有明日報は「${PASSAGE}」と報じています。`],
    [`NHKによると「${PASSAGE}」とのことです。`],
    [`北原白秋は随筆の中で「${PASSAGE}」と書いています。`],
    [`柳川市長コメント「${PASSAGE}」`],
    [`アンケートより（参加者の声）「${PASSAGE}」`],
    [`白秋の詩「帰去来」の一節「${PASSAGE}」`],
    // another language: names, titles, slogans, the city's own signs, named authors and sources
    ['“Yanagawa Canal Cruise and Eel Tasting Tour for International Visitors” のご案内'],
    ['英語版パンフレットのキャッチコピーは “Yanagawa, the Venice of Japan, Where Water Tells Stories” です。'],
    ['国際交流イベント “Let’s talk about the future of our water town together” を開催します。'],
    ['川下り乗船場に “Please do not stand up or lean out of the boat while it is moving.” と英語で書かれた案内板を設置しました。'],
    ['掘割沿いの看板には “Please do not feed the fish or throw anything into the canal. Thank you.”'],
    ['英語スピーチコンテストで最優秀賞の中学生は “I want to tell the world about the beauty of the canals in my hometown.” と話していました。'],
    ['“The river remembers everything we forget, and forgives everything we remember.” ― Emily Carter'],
    ['“The river remembers everything we forget, and forgives everything we remember.”（Emily Carter『River Notes』）'],
    ['“Tourism is the art of welcoming strangers as friends, one small kindness at a time.” (Source: Japan Tourism Review, 2024)'],
    ['英会話講座の例文：“Excuse me, could you tell me how to get to the boat pier from here?”'],
    ['ALTのエミリー・ジョーンズ先生は “Yanagawa is the most beautiful town I have ever lived in, and I love the people here.” と話してくれました。'],
    ['マーク・トウェインは “The secret of getting ahead is getting started, so start today with one small step.” と書いています。'],
    ['無料Wi-Fiのネットワーク名は “Yanagawa_City_Free_WiFi_Guest_Network_2025” です。'],
    ['“Welcome to Yanagawa!” の看板がお出迎えします。'],
    ['講演タイトル：“Sustainable tourism and the future of water towns in rural Japan”'],
    ['“The secret of getting ahead is getting started, so start today with one small step.” ――マーク・トウェイン'],
    ['“Water is the driving force of all nature and the quiet mirror of every town.” Leonardo da Vinci'],
    ['Emily Carterは著書の中で “The river remembers everything we forget, and forgives everything we remember.” と書いています。'],
    ['「人生は近くで見ると悲劇だが、遠くから見れば喜劇である。」（チャールズ・チャップリン）'],
    // the reader's own words to say or write, the city's own channels, and spaced titles
    ['受付で「マイナンバーカードの交付を受けたいのですが、必要なものは何ですか」とお尋ねください。'],
    ['お電話の際は「広報やながわを見て、健康診断の予約をしたいのですが」とお伝えください。'],
    ['柳川市公式LINEでは「災害時には市からの緊急情報をいち早くお届けします。ぜひ友だち登録をお願いします」とご案内しています。'],
    ['有明日報からの引用です。\n\n柳川の掘割は、人々の暮らしと共にあった。水を汲み、洗い物をし、舟で荷を運ぶ。掘割は町の台所であり、道でもあった。'],
    ['当日の流れをご紹介します。\n\n10時に開会式、10時30分から川下り体験、12時から昼食、13時から白秋生家見学を予定しています。'],
    ['「柳川雛祭り さげもんめぐり2025 水郷に咲く 春の彩りと 伝統の手しごと展」を開催します。'],
    ['「春の 水辺の 花と 光の 写真展 入賞作品 発表会」のお知らせ'],
    // headings and notes in 【】〈〉, and narrative about a named speaker
    ['【お知らせ】令和7年度の固定資産税の納税通知書を発送しました。納期限は4月30日です。'],
    ['【重要】市役所本庁舎は、12月29日から1月3日まで閉庁します。ご不便をおかけします。'],
    ['〈白秋祭 水上パレード 11月1日〜3日 沖端水天宮周辺 交通規制のお知らせ 臨時駐車場あり〉'],
    ['【白秋祭水上パレード・交通規制と臨時駐車場・シャトルバスのご案内（11月1日〜3日）】'],
    [`作家の檀一雄さんは柳川を愛し、こう書いています。\n${PASSAGE}`],
    // long titles and themes without punctuation, whatever they end with
    ['今年のテーマは「水の町に暮らす私たちが未来の子どもたちに残したいもの」です。'],
    ['「柳川の未来を市民と一緒に考えるワークショップ第三回まちづくり会議」を開催します。'],
    ['「子どもたちが安心して遊べる公園を地域のみんなでつくる」プロジェクトが始動しました。'],
    ['「私たちのまちは私たちの手で守り育てていくのです」運動を市内全域で展開しています。'],
    ['「水の町に暮らす私たちが未来の子どもたちに残したいもの」をテーマに作文を募集します。'],
    // reported speech of participants at an event
    ['参加した児童は「掘割の水がきれいになって、魚がたくさん泳いでいるのを見てうれしかった」と話していました。'],
    ['来場者からは「子どもと一緒に舟に乗って、柳川の水辺の美しさを改めて感じることができました」と喜びの声が聞かれました。'],
    ['体験に参加した親子は「舟の上から見る景色は普段と全然違って、子どもも大喜びでした。また来たいです」と笑顔で話していました。'],
    ['受講生からは「初めてでも丁寧に教えてもらえて、最後まで楽しく作ることができました」との感想がありました。'],
    ['地元の方は「昔はこの掘割で泳いだものです。今の子どもたちにもこの水辺を残したい」と振り返っていました。'],
    ['優勝したチームのキャプテンは「みんなで声を掛け合って最後まで諦めずに戦えたことが勝因です」と喜びを語りました。'],
    // examples of a scam's wording
    ['「市役所の税務課の者ですが、還付金があるので口座番号を教えてください」という不審な電話にご注意ください。'],
    [`【記入例】「令和7年度柳川市さげもん作り体験教室への参加を申し込みます。」`],
    [`【詐欺に注意】\n市民の方から通報があった電話の例は次のとおりです。\n\n「市役所の保険課です。医療費の還付金がありますので、今日中に近くのATMへ行って手続きをしてください。」`],
    // names, titles, themes and short quotes
    ['「三島中洲と実業家たち 山田方谷から繋がる『義利合一』と現代のSDGs」の受講者募集'],
    ['講演会「三島中洲と実業家たち?野?武吉郎、渋沢栄一、そのほか?山田方谷から繋がる『義利合一』と現代のSDGsについて」の受講者募集'],
    ['「新型コロナウイルス感染症患者（429例目から481例目）の発生について」の訂正について'],
    ['今年度のテーマは、「明日の地球を救うため、消費者にできること グリーン志向消費?どのグリーンにする?」です。'],
    ['「その人に合った消費行動を通して、人や社会、環境に配慮しよう」という意味です。'],
    ['「柳川雛祭り さげもんめぐり2025 水郷に咲く春の彩りと伝統の手しごと展」を開催します。'],
    ['「白秋祭」「さげもんめぐり」など、柳川の行事をご紹介します。'],
    ['市の将来像「水と緑と歴史の息づくまち、ふれあいと活力あふれる柳川」の実現に向けて取り組みます。'],
    ['先日お知らせした「白秋祭の水上パレードの開催時間と交通規制、臨時駐車場のご案内」について、訂正します。'],
    ['講演会「水郷柳川の掘割と暮らし　〜四百年の歴史と未来への継承〜」を開催します。'],
    ['「短い引用」と書かれていました'],
    ['参加者からは「楽しかった」「また来たい」との声をいただきました。'],
    ['船頭さんの「頭上にご注意くださーい」の声とともに、低い橋をくぐる瞬間は川下りの醍醐味です。'],
    // an unbracketed text after an ordinary line is not a quotation
    ['変更点は以下のとおりです。\n\n受付時間は平日の8時30分から17時15分まで、土日祝日はお休みとなります。よろしくお願いします。'],
    // (Blind R171I-085 kind: the lines of a children's song with its refrain and doubled word, set line by line, are lyrics: see below.)
    ['菜の花が咲きました\n掘割の水もぬるんできました\nどんこ舟で春の柳川へ\nお待ちしています'],
    ['次の文書を提出してください。\n\n住民票の写し（発行から3か月以内のもの）と本人確認書類、印鑑をお持ちください。'],
    ['写真の無断転載しないでください。\n\n柳川市の写真は観光パンフレットなどでの使用を目的として撮影したものです。ご了承ください。'],
    // speech the city reports from people it met (a team's captain, a boatman): its own report
    ['優勝したチームのキャプテンは「みんなで声を掛け合って最後まで諦めずに戦えたことが勝因です」と喜びを語りました。'],
    ['船頭さんは「今年の紅葉はとくに色づきがいいですよ」と話していました。'],
    // voices the city collected itself; an agency's call to the public
    ['参加者の声：「子どもと一緒に舟に乗れて、とても楽しかったです」（市内・30代）'],
    ['厚生労働省は「こまめな水分補給と、エアコンの適切な使用で熱中症を予防しましょう」と呼びかけています。'],
    // the wording of a scam message, quoted to warn about it
    ['「アカウントが停止されます。パスワードを入力してください」といったメールやSMSにご注意ください。市や銀行がこのような連絡をすることはありません。'],
    // a quoted line with its poet
    ['北原白秋「この道」より『この道はいつか来た道　ああ　そうだよ　あかしやの花が咲いてる』'],
    // questions the city received; messages it collected; an interview; a named person with a space in the name
    ['「実家が空き家になったけれど、どうしたらいいの？」というご相談が増えています。まずは空き家対策室にご相談ください。'],
    ['全国の皆さまから寄せられたふるさと納税の応援メッセージを一部ご紹介します💌「子どものころに遊んだ掘割が、いつまでもきれいなままでいてほしい」'],
    ['東京から移って2年になるご夫婦にお話を伺いました。「掘割沿いの散歩がすっかり日課になりました」とのことです。'],
    ['大会実行委員長の中島 修さんは、閉会式で「雨の中、最後まで走り抜いた選手の皆さんを誇りに思います。来年もお待ちしています」と述べました。'],
    // a misconception quoted to correct it
    ['「マイナンバーカードがないと住民票が取れない」と思われている方もいらっしゃいますが、本人確認書類があれば取得できます。'],
    // a short title sung; a saying with its author; a role with its holder
    ['子どもたちが「ふるさと」という歌を合唱しました。'],
    ['北原白秋は「水郷柳川こそは、我が詩歌の母体である」と述べている。'],
    ['金子市長は「水と共に生きるまちづくりを進めてまいります」と述べました。'],
    // a rumour quoted to correct it; a public body's announcement named before the quotation
    ['ネット上で「柳川市が水道水の飲用を控えるよう呼びかけている」という情報が出回っていますが、市はそのような呼びかけは行っていません。'],
    ['「市役所の職員を名乗る者が還付金の手続きのためにATMへ行くよう案内している」との電話が相次いでいます。'],
    ['福岡地方気象台の発表をお伝えします。\n「線状降水帯による非常に激しい雨が同じ場所で降り続いています。命に危険が及ぶ災害の危険度が急激に高まっています」'],
    // a course's title right after its 【…講座】 label, even with ！ inside
    // a declaration's article, a work credited in brackets after it
    // the writer's own words to someone; an interview the post made, consent stated, the words after the note
    ['派遣団の結団式で、生徒の皆さんに「相手の国の言葉で、一つでもいいからあいさつをしてきてください」とお願いしました。'],
    ['見守りを続けている古賀さんにお話を伺いました。※ご本人の同意を得て掲載しています。「顔を見てあいさつするだけでも、お互いに安心できるとですよ」'],
    // a proverb named as such; a view quoted to call it prejudice
    ['英語には "Many hands make light work."（人手が多ければ仕事は軽くなる）ということわざがあります。この言葉どおりの一日でした。'],
    ['「障害者は迷惑をかける存在だ」という考えは偏見です。'],
    // a note in brackets after the sentence names the speaker; a staff member's year in the credit; a participant's 感想
    ['続けている秘訣をうかがうと、「近所の人のちょっとしたお手伝いが一番の支え」とのことでした。（ボランティア代表・古賀さん）'],
    ['「入庁して一番驚いたのは、窓口での『ありがとう』の多さでした」（入庁3年目・若手職員）'],
    ['職場体験を受け入れました。「住民の方に『ありがとう』と言われてうれしかった」という感想も。'],
    // the city's own publication; a staff member named with their rank, who agreed to be quoted
    ['市の広報誌に「窓口は市役所の顔であり、市民を迎える玄関である」と書かれていました。'],
    ['今回は消防本部の中島 拓海 消防士長です。「救急隊員として、通報から現場到着までの1分1秒を大切にしています」と話してくれました。'],
    ['「掘割の水は、町の記憶を映す鏡である」——北原白秋の言葉です。'],
    ['世界人権宣言の第1条には、次のように書かれています。\n「すべての人間は、生れながらにして自由であり、かつ、尊厳と権利とについて平等である。」（世界人権宣言 第1条）'],
    ['標語の最優秀賞が決まりました。\n「その『いじり』　ほんとに笑っているのは　だれ？」\n（市内の中学校2年生の作品。作者と保護者の了解を得て掲載しています）'],
    ['【生涯学習講座】「長生きの秘訣は腸にあり！管理栄養士と学ぶ腸活ごはん」\n便秘に悩む方にもおすすめです。'],
    ['【健康教室】「笑って歩こう！今日から始める認知症予防」\n参加無料です。'],
  ])('passes %s', (text) => expect(findingsOf(quotation, text)).toEqual([]))

  it('says which source to name, from the words around the quotation', () => {
    const [f] = findingsOf(quotation, `今朝の新聞のコラムに、こんな一節がありました。\n「${PASSAGE}」`)
    expect(f!.message).toContain('新聞名と掲載日')
    expect(f!.hint).toContain('2025年5月1日付朝刊')
    const [g] = findingsOf(quotation, `この季節になると思い出す歌があります。\n\n「${POEM}」`)
    expect(g!.message).toContain('作者名と作品名')
  })

  it('stays fast on long adversarial input', () => {
    const started = performance.now()
    findingsOf(quotation, '「'.repeat(10_000) + '」'.repeat(10_000))
    findingsOf(quotation, ('「あ、い。' + '引用：'.repeat(20) + '\n').repeat(300))
    findingsOf(quotation, 'ある'.repeat(10_000) + 'より。')
    findingsOf(quotation, '“' + 'the river, '.repeat(2_000) + '.”')
    findingsOf(quotation, '‘Don’t '.repeat(5_000) + '’'.repeat(5_000))
    findingsOf(quotation, '【' + 'あい　'.repeat(5_000) + '】' + '〈う〉'.repeat(3_000))
    findingsOf(quotation, ('作家は言いました。\n' + 'は'.repeat(40) + 'である\n').repeat(300))
    expect(performance.now() - started).toBeLessThan(3000)
  })
})

describe('quotation (4(4)): a remark quoted as an example of what is said (「…」――こうした言葉で) needs no source', () => {
  it.each([
    '人権啓発講演会のお知らせ。「あの地区の人とは結婚させない」――今もこうした言葉で苦しむ人がいます。',
    '「女の子なんだから、もっとおしとやかに」。そんな何気ない一言が、子どもの可能性を狭めていませんか。',
    '「外国人お断り」このような貼り紙は、条例で禁止されています。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    '「すべての人間は、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である」。この言葉を胸に、人権週間を迎えます。',
    '「小さな親切が、大きな安心を生む地域をつくるのだと思います」そんな言葉を思い出す一日でした。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source'))).toBe(true)
  })
})

describe('quotation (4(4)), round 26: a saying at the head of a post and a passage framed as a quotation', () => {
  it.each([
    '▼以下引用▼有明海の干潟は、多様な生き物が暮らす日本でも有数の豊かな海であり、その保全が求められている。▲引用ここまで▲',
    '―引用ここから―有明海の干潟は、多様な生き物が暮らす日本でも有数の豊かな海であり、その保全が求められている。―引用ここまで―',
    '「走ることは、自分自身との対話だ」。市民マラソン大会、いよいよ来週の日曜日です！',
    '「努力は必ず報われる」。今年も書道教室の生徒を募集します。',
    '「夢を持つことが、人生を豊かにするのである」。今年も成人式の季節です。',
    '「読書は心の旅である」\n図書館で秋の読書週間イベントを開きます。',
    '（以下引用）台風第10号は非常に強い勢力を保ったまま北上し、九州北部には明日夕方から夜にかけて最も接近する見込みです。（引用ここまで）',
    '【引用】ワクチン接種後は、接種部位の痛みや発熱などが起こることがありますが、多くは数日以内に回復します。【引用終わり】',
    '(ここから抜粋) 有明海の干潟は、多様な生き物が暮らす日本でも有数の豊かな海であり、その保全が求められている。(抜粋ここまで)',
    '以下引用\n有明海の干潟は、多様な生き物が暮らす日本でも有数の豊かな海であり、その保全が求められている。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source'))).toBe(true)
  })
  // A source given, an invitation to reprint, the city's own copy, residents' words, a call to readers, slogans, a proverb too short.
  it.each([
    '（以下引用）台風第10号は非常に強い勢力を保ったまま北上し、九州北部には明日夕方から夜にかけて最も接近する見込みです。（引用ここまで）出典：気象庁',
    '以下の引用はご自由にどうぞ。市の広報誌の記事は、出典を明記すれば転載できます。',
    '「柳川の夏は、川下りから始まる」。今年も川下りシーズンがやってきました。',
    '「楽しかった！また来たい」。参加した子どもたちの声です。',
    '「ごみは持ち帰りましょう」。河川清掃へのご協力をお願いします。',
    '「自分の命は自分で守る」。これが防災の基本です。',
    '「早寝早起き朝ごはん」。生活リズムを整えましょう。',
    '「継続は力なり」。今年も書道教室が始まります。',
    '「笑顔があふれる子育てのまち」。市の新しい標語が決まりました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): remarks taken up as a kind, and a scam call quoted in a warning', () => {
  it.each([
    '「あの地区の人とは結婚させない」――こうした言葉は、今も私たちの身近なところで聞かれます。',
    '「電力会社のカスタマーセンターです。料金の払い戻しがあります」と電話がかかってくる事案が相次いでいます。番号を聞かれても、絶対に答えないでください。',
    '「市役所の福祉課の者ですが、保険料をお返しします」と電話で口座番号を聞かれても、決して教えないでください。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): an unnamed authority quoted, however short', () => {
  it.each(['ある専門家は「保険証の廃止で受診控えが起きる」と話しています。', '研究者も「この冬は流行が早い」と指摘しています。'])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source'))).toBe(true)
  })
  it.each(['京都大学の山田太郎教授は「保険証の廃止で受診控えが起きる」と話しています。', '医師が「安静に」と言ったので休みました。', '参加者は「楽しかった」と話していました。'])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): a short line of classical verse, and answers collected by the city (round 30)', () => {
  it.each([
    '「ふるさとは遠きにありて思ふもの」。帰省される皆さん、お気をつけて。',
    '「花の色は移りにけりないたづらに」。掘割の桜も散り始めました。',
    '「しづ心なく花の散るらむ」――今日は風の強い一日でした。',
    '「月日は百代の過客にして、行きかふ年もまた旅人なり」。新年度が始まりました。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source'))).toBe(true)
  })
  it.each([
    '市民アンケートでは「バスの本数を増やしてほしい」という回答が最も多く寄せられました。',
    '説明会で伺った「駐車場を広げてほしい」というご要望は、来年度の計画で検討します。',
    '保護者アンケートで「夏休みの開館時間を延ばしてほしい」というご意見が多く、延長を決めました。',
    '「ふるさとは遠きにありて思ふもの」（室生犀星『抒情小曲集』）。帰省される皆さん、お気をつけて。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): short sayings framed as words, > lines, and examples, interviews and named bodies (round 31)', () => {
  it.each([
    // words framed as a saying, however short; one passed on by someone who did not write them
    'ネットで見つけた言葉です。「草を刈る人は、町の明日を整えている人だ」空き地の草刈りにご協力を。',
    '市長が台南市での講演で紹介した言葉です。「水の都は、水を守る人の都でもある」。胸に響きました。',
    '研修で教わった言葉です。「迷ったときは、市民の目線で考える」。今日も一日がんばります。',
    // a short > line that reads as a sentence
    '> 投票は、民主主義の根幹をなすものです\n投票所が一部変わりますが、ぜひ足をお運びください。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source'))).toBe(true)
  })
  it.each([
    // remarks and signs given as instances of a kind the post names
    '「このごろ、一人暮らしのおとなりさんを見かけない」「郵便受けに新聞がたまっている」――そんな小さな変化に気づいたら、地域包括支援センターへご連絡ください。',
    '「誰のおかげで生活できていると思っているんだ」と怒鳴る、生活費を渡さない――これらも暴力です。',
    '「最近、物忘れが増えた気がする」――こんな様子が続くときは、早めにご相談ください。',
    // the city's own interview, a named person with a note, a named body's slogan
    '育休を取ったお父さんたちに、育休中の一日を聞きました。「最初はミルクの量ひとつで不安だったけど、今は寝かしつけが得意です」とのこと。',
    '市内の生産者、堤さん（掲載の了承をいただいています）は「冬の寒さで甘みがぐっと増します。今年は自信作です」と話します。',
    '法務省の人権啓発で掲げられている「『誰か』のこと じゃない。」という言葉を、身近なところから考えてみませんか。',
    // a short line that is not a sentence
    '> 詳しくはこちら\nhttps://www.city.yanagawa.fukuoka.jp/',
    // a statement put to the readers as a quiz
    '【○×クイズ】\n「いじめの相談は、子ども本人からしか受け付けていない」○か×か?\n答えは×。保護者の方からのご相談も受け付けています。',
    '「いじめの相談は、子ども本人からしか受け付けていない」正しいでしょうか？',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): borrowed words, an unnamed speaker before a name-like title, a remark quoted to condemn it (round 34)', () => {
  it.each([
    '協力隊の先輩の言葉を借りると「よそ者だからこそ見える柳川の宝がある」。ほんとそれ！',
    'ある市長さんが「観光客は歓迎するが、住民の暮らしを壊す観光は要らない」とつぶやいておられました。',
    'ある作家の言葉を借りると「水の都は詩の都である」。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source'))).toBe(true)
  })
  it.each([
    '北原白秋の言葉を借りると「水の都は詩の都である」。',
    '山田市長が「観光客は歓迎するが、住民の暮らしを壊す観光は要らない」と話していました。',
    '議長声明（6月12日）：本会議における「女性に議員は務まらない」との発言は、議会の品位を著しく損なうものであり、誠に遺憾です。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): the city’s own staff as the speaker (round 38)', () => {
  it.each([
    '漏水調査に同行しました。「慣れると、水の音の違いが分かるようになります」と話すのは、入局3年目の職員。',
    '「早めの受診が何より大切です」と担当の保健師は話します。',
    '「夜の掘割は本当に静かなんです」と語るのは、観光課の担当者です。',
  ])('passes %s', (text) => {
    expect(findingsOf(quotation, text)).toEqual([])
  })
  it.each(['「天才とは1%のひらめきと99%の努力である」とある職員が言っていました。', '「天才とは1%のひらめきと99%の努力である」と話すのは、ある有名な発明家。'])('still flags %s', (text) => {
    expect(findingsOf(quotation, text).map((f) => f.rule)).toContain('quotation/no-source')
  })
})

describe('quotation (4(4)): words pointed back at are not an announced passage (round 38)', () => {
  it.each(['「消えろ」「うざい」「お前なんかいなくていい」\nこんな言葉を、友だちに向けていませんか。\n言われた人の心の傷は、なかなか消えません。\n困ったときは相談してね。'])('passes %s', (text) => {
    expect(findingsOf(quotation, text)).toEqual([])
  })
})

describe('quotation (4(4)): a guest’s words at the city’s event, a work performed, a seller’s line in a consumer warning (round 39 ordinary posts)', () => {
  it.each([
    '自治会長の研修会を開きました。講師は県の防災アドバイザーの方で、「顔の見える関係が、いざという時に命を救う」とお話しいただきました。',
    '白秋の命日にあたる11月2日、詩碑の前で献花式を行います。「からたちの花が咲いたよ。白い白い花が咲いたよ。」と、小学生による合唱も予定しています。',
    '「屋根の瓦がずれていますよ。今なら無料で点検します」と突然訪ねてくる「点検商法」の相談が増えています。消費生活センターにご相談ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(quotation, text)).toEqual([])
  })
  it.each(['「天才とは1%のひらめきと99%の努力である」とお話しいただきました。'])('still flags %s', (text) => {
    expect(findingsOf(quotation, text).map((f) => f.rule)).toContain('quotation/no-source')
  })
})

describe('quotation (4(4)): a line of an old text set down without brackets (round 39)', () => {
  it.each(['水郷柳河こそは、我が生れの里である。この水の柳河こそは、我が詩歌の母體である。\n今日も掘割の水面がきれいです。', '見渡せば柳桜をこきまぜて都ぞ春の錦なりける\n春の川下りへどうぞ。'])('flags %s', (text) => {
    expect(findingsOf(quotation, text).map((f) => f.rule)).toContain('quotation/no-source')
  })
  it.each(['水郷柳河こそは、我が生れの里である。この水の柳河こそは、我が詩歌の母體である。（北原白秋『思ひ出』より）', '澤田さんが國分寺の會館で講演します。', '行ったり来たり。楽しい一日でした。'])('passes %s', (text) => {
    expect(findingsOf(quotation, text)).toEqual([])
  })
})

describe('quotation (4(4)): a charter named with its date in the bracket after the quotation is its source (round 40 ordinary posts)', () => {
  it.each(['「児童は、人として尊ばれる。児童は、社会の一員として重んぜられる。児童は、よい環境の中で育てられる。」（児童憲章、昭和26年5月5日制定）'])('passes %s', (text) => {
    expect(findingsOf(quotation, text)).toEqual([])
  })
})

describe('quotation (4(4)): words said to the writer, and a named periodical with its issue (round 41)', () => {
  it.each([
    // words said to the writer by someone met: not a work to cite
    '「海の色ば見れば、その年の海苔の出来がだいたいわかる」と、組合員の方は笑って話してくれました。',
    '「昔はこの堀で泳いで遊んだもんです」と、地区の皆さんが教えてくださいました。',
    '農家さんに「子どもたちが食べてくれると思うと、手は抜けん」と言われ、胸が熱くなった。',
    '利用者の方から「いつも丁寧に説明してくれてありがとう」と声をかけられました。',
    // a periodical named with its issue, or an organisation's named publication
    '柳川市消費生活センターの「くらしの安全通信」第12号では、「『初回無料』『お試し』と書かれていても、定期購入が条件になっている場合があります」と注意を呼びかけています。',
    '『広報やながわ』12月号では、「水の町は、水とともに暮らす知恵の町でもある。掘割を守ってきたのは名もなき住民たちだった」と紹介しています。',
    '福岡県消費生活センターの「くらしのミニ情報」によると、「契約の前に、解約の条件を必ず確かめてください。口約束だけで判断しないことが大切です」とのことです。',
  ])('passes %s', (text) => {
    expect(findingsOf(quotation, text)).toEqual([])
  })
  it.each([
    // a famous line with no one named, however it is introduced
    '「天才とは1%のひらめきと99%の努力である」と、よく言われます。',
    `ある雑誌に「${LONG}」と書かれていました。`,
    `「${PASSAGE}」という言葉を胸に、今年も頑張ります。`,
  ])('still flags %s', (text) => {
    expect(findingsOf(quotation, text).map((f) => f.rule)).toContain('quotation/no-source')
  })
})

describe('quotation (4(4)): the words of someone only called "a famous doctor" (ある有名な先生が言っていた言葉) (round 42)', () => {
  it.each(['ある有名な小児科の先生が言っていた言葉💕「子どもは親の言うとおりには育たない、親のするとおりに育つ」…ほんとそれ！', 'とある作家の名言「継続は力なり、ではなく継続こそが力」を胸に頑張ります。'])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source'))).toBe(true)
  })
  it.each(['小児科の佐藤先生が講座で話してくれた言葉「ゆっくりで大丈夫」が心に残りました。', 'ある参加者の方が「楽しかった」と話してくれました。'])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): a passage headed by a bracketed note of where it is from (（ネットからの抜粋）, 【ある本より転載】) (round 43)', () => {
  it.each([
    '（ネットからの抜粋）イノシシは嗅覚が犬並みに鋭く、一度おいしい餌場を覚えると何度でも戻ってくる習性があります。だけん、収穫残しは畑に置いとかんでね〜',
    '【ある本より転載】熱中症は、気温だけでなく湿度が高い日にも起こりやすいと言われています。こまめな水分補給を。',
    '［ネットから引用］掘割の水は、町の人々の暮らしとともに流れてきたのです。',
    '(雑誌から引用) The canals of this town have carried its people and their stories for four hundred years.',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source'))).toBe(true)
  })
  it.each([
    '（農林水産省「鳥獣被害対策の手引き」より抜粋）イノシシは嗅覚が鋭く、一度覚えた餌場に何度も戻ってきます。',
    '【農林水産省の手引きより抜粋】イノシシは嗅覚が鋭く、一度覚えた餌場に何度も戻ってきます。',
    '（市報6月号より転載）掘割清掃にご協力いただいた皆さん、ありがとうございました。',
    '（写真は昨年の様子）今年もたくさんのご来場をお待ちしています。毎年恒例の花火大会です。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): words said at the city\'s own ceremony by representatives named by role (新成人代表のお二人が「…」と誓いの言葉を述べました) (round 43)', () => {
  it.each([
    '式典では、新成人代表のお二人が「生まれ育った柳川への感謝を忘れず、社会の一員として責任ある行動をしていきたい」と誓いの言葉を述べました。',
    '開会式では、選手代表が「日頃の練習の成果を発揮し、最後まで全力でプレーすることを誓います」と力強く宣誓しました。',
    '卒業式では、卒業生代表の3人が「この学校で過ごした日々は一生の宝物です。後輩の皆さん、がんばってください」と答辞を読み上げました。',
    '入団式で、団員代表が「地域の安全を守るため、訓練に励み、いざという時に役立つ団員になります」と決意を述べました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    // a writer's words retold at the ceremony, and a line found on the net, still need their source
    '式典では、ある作家が「人は、誰かのために生きるとき、いちばん強くなれるものだ」と述べた言葉が紹介されました。',
    '新成人代表が、ネットで見つけた「夢は逃げない。逃げるのはいつも自分の方だ」という言葉を引用して誓いの言葉を述べました。',
  ])('still flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source'))).toBe(true)
  })
})

describe('quotation (4(4)): a list of quotations that one quotative closes (子どもたちは「…」「…」と真剣に話し合い) (round 43)', () => {
  it.each([
    '子どもたちは「冗談のつもりでも、言われた方は一日中気になる」「自分も言ったことがあるかもしれない」と真剣に話し合いました。',
    '講座の最後に、参加者は「思っていたよりずっと簡単で、家でもすぐに続けられそう」「今度は孫と一緒に作ってみたいと思います」と笑顔で話していました。',
    '見学に来た中学生からは「消防士さんの装備がこんなに重いとは思わなかった、毎日の訓練がすごい」、「将来は人を助ける仕事がしたい」といった感想が聞かれ、「また来たい」と話していました。',
    '受講者は『分別の基準が分かって、ごみ出しの日に迷わなくなりました』『地区の集会でも伝えたいです』と振り返っていました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    // a list of famous lines, still with no one named
    '「人生とは、自分を見つけることではなく、自分を創ることである」「明日死ぬかのように生き、永遠に生きるかのように学べ」と言われます。',
    'ある作家は「人は、誰かのために生きるとき、いちばん強くなれるものだ」「迷ったら、遠回りの道を選びなさい」と書いています。',
  ])('still flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source'))).toBe(true)
  })
})

describe('quotation (4(4)): a worry residents bring to the city, quoted, then taken up as こうした不安 the staff hear (round 43)', () => {
  it.each([
    '「入院することになったら、この子はどうなるんだろう」。見守り訪問の中で、ひとり暮らしの高齢の方からこうした不安をうかがうことが増えています。',
    '「子どもが夜中に熱を出したら、どこに連絡すればいいのか分からない」。子育て支援センターでは、若いお母さんたちからこうしたご相談をよく受けます。小児救急電話相談（#8000）をご利用ください。',
    '「免許を返したら、買い物や病院にどうやって行けばいいのか」。高齢者サロンでは、そうしたお悩みをお聞きすることが少なくありません。市では乗合タクシーを運行しています。',
    '「空き家になった実家を、この先どうしたらいいか分からない」――窓口では、このような声を伺うことが増えました。まずは空き家相談会へお越しください。',
    '「ゴミの出し方が分からない、外国語の案内はないのでしょうか」。転入された外国籍の方から、同様のご質問が多く寄せられています。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    // voices read on the net, and a saying taken up as a way of thinking, are still someone's text
    '「柳川の堀は汚くて観光地とは言えない、もっと整備すべきだ」。ネットではこうした声が多く上がっています。',
    '「人生とは、自分を見つけることではない。自分を創ることである」。こうした考えを大切にしたいと思います。',
  ])('still flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source'))).toBe(true)
  })
})

describe('quotation (4(4)): a named desk of the city\'s own casework as where the quoted words are from (round 44)', () => {
  it.each([
    '相談事例（柳川市消費生活センターに寄せられた相談から）：\n「生活保護を受けられるように手続きしてあげる。そのかわり手数料を先に払って」',
    '保護課の相談事例から。「家賃を払うと食費が残らない。誰にも言えずに、毎日つらい思いをしている」',
    '消費生活センターに実際にあった相談です。「無料点検と言われて家に上げたら、屋根の工事を勧められ、その場で契約してしまった」',
    '【子育て支援課に寄せられたご相談から】\n「夜泣きがひどくて眠れない日が続いています。夫は仕事で遅く、誰にも頼れません」\n一人で抱え込まず、お気軽にご相談ください。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    // the desk not named, or a medium rather than the city's desk
    'ある相談窓口に寄せられた相談から：「年金が増える手続きをしてあげるので、通帳と印鑑を預けてください」と言われたそうです。',
    '寄せられた相談から：「高齢の親がネットで買い物をして、知らないうちに定期購入になっていた。解約できない」',
    'テレビ局に寄せられた相談から。「子どもがスマホを手放さない。取り上げると暴れるので、どうしたらいいのか分からない」',
  ])('still flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source'))).toBe(true)
  })
})

describe('quotation (4(4)): round 45/46 kinds (a Latin-script saying at the head of a post, the 文語 perfect り, an author with a titled work and a resident tagged by age as the speaker)', () => {
  it.each([
    // a named author with the work, in brackets after the lines; a resident's voice tagged by where from and age
    '「からたちの花が咲いたよ。白い白い花が咲いたよ。」（北原白秋「からたちの花」）\n白秋のふるさと柳川の図書館では、詩集コーナーを新しくします。',
    '「雨ニモマケズ　風ニモマケズ　雪ニモ夏ノ暑サニモマケヌ　丈夫ナカラダヲモチ」（宮沢賢治『雨ニモマケズ』より）\n防災週間にあわせて、図書館で特集展示を行います。',
    '移住体験ツアー参加者の声をご紹介します。\n\n「掘割の景色に毎朝癒やされています。子どもも地域の方にかわいがってもらっています」（東京都から移住・30代女性）',
    '「子どもと一緒に川下りを楽しめて、本当に良い一日になりました。また来年も来たいです」（市内在住・40代）',
    '「窓口の方がとても丁寧に説明してくれて、手続きが思っていたより早く終わりました」（70歳・男性）',
    // the city's own English copy at the head of a post; a title in English
    '“Welcome to our town.” 川下りの英語案内を始めました。',
    '“Let’s clean up!” 今年も一斉清掃を行います。',
    '“Thank you, everyone.” 清掃ボランティアの皆さん、ありがとうございました。',
    '“Have a nice trip.” 観光案内所では外国人観光客向けの地図を配っています。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    // a Latin-script saying alone at the head of a post
    '“Stay hungry, stay foolish.” 運動公園で、新しいスポーツに挑戦してみませんか？',
    '"Imagination is more important than knowledge." 図書館の科学の本コーナーが新しくなりました。',
    '“The journey of a thousand miles begins with one step.”\n市民マラソンの練習会、参加者募集中です。',
    // the 文語 perfect り (言えり, 造れり) at the head of a post or quoted in a sentence
    '「天は人の上に人を造らず人の下に人を造らずと言えり」。市制施行20周年の節目に、まちづくりを改めて誓います。',
    '「人は城、人は石垣、人は堀、情けは味方、仇は敵なり」。市職員の研修が始まりました。',
    '「学問は身を立つるの財本なりと言えり」という言葉を胸に、生涯学習講座を開きます。',
    // a tag with no age names no one
    '「掘割の景色に毎朝癒やされています。子どもも地域の方にかわいがってもらっています」（ネットの口コミより）',
  ])('still flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source'))).toBe(true)
  })
})

describe('quotation (4(4)): round 47 kinds (a quotation led by a vague medium after a paragraph naming someone; a received message reproduced as a block quote)', () => {
  it.each([
    // the quotation's own lead names only a vague medium: the person the paragraph before names is not its author (R47A-046)
    '【市長の年頭あいさつ】\n\n本日、市長が年頭あいさつを行いました。\n\nある新聞のコラムには、こう書かれていました。\n「水の町の首長に求められるのは、掘割を守るという一点に尽きる。観光も子育ても、すべては水辺から始まるのだ。」\n\n私たちも、その思いを胸に今年一年取り組んでまいります。',
    '先日、市長が市内の小学校を訪問しました。\n\nある本に、こんな一節がありました。「子どもは未来からの留学生である。大人はその世話役にすぎないのだ。」',
    '教育長が卒業式で式辞を述べました。\n\nとある雑誌には、次のように書かれていました。\n『水郷の町を歩けば、詩人の見た景色がいまもそこにある。堀の水面は、百年前と変わらず空を映している。』',
    '副市長が新年度の抱負を述べました。\n\nネットの記事では、こう紹介されていました。「地方の小さな町こそ、これからの時代の主役になる。人が人を呼ぶ町は、決して廃れない。」',
    // a message the city received, reproduced as a block quote with no sender or leave (R47B-087)
    '保健センターに寄せられた声です。\n\n> 予約なしで健診に行ったら受けられなかった。ホームページのどこにも予約制って書いてなかった。\n\nご不便をおかけしました。ホームページの表示を見直しました。',
    '市役所に寄せられたご意見をご紹介します。\n> 図書館の開館時間をもっと延ばしてほしい。仕事帰りに寄れるのは平日の夜だけなので。\n貴重なご意見をありがとうございます。',
    '子育て支援課に寄せられたメッセージです。\n\n＞ 保育園の申し込み方法が分かりにくくて、何度も窓口に行くことになりました。もう少し簡単にしてほしいです。\n\n申し込みの手順を見直しています。',
    'ふるさと納税の寄附者の方から寄せられた感想です。\n> 届いた鰻がとてもおいしくて、家族みんなで喜びました。また来年も寄附したいと思います。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source'))).toBe(true)
  })
  it.each([
    // the speaker or the medium named, or the city's own words: the neighbouring paragraph still names them
    '本日、市長が年頭あいさつを行いました。\n\nあいさつの中で、こう述べました。「水の町を守ることが、市政の一丁目一番地です。観光も子育ても、すべては水辺から始まります。」',
    '本日、市長が年頭あいさつを行いました。\n\n西日本新聞のコラムには、こう書かれていました。\n「水の町の首長に求められるのは、掘割を守るという一点に尽きる。観光も子育ても、すべては水辺から始まるのだ。」',
    '北原白秋の生誕祭を今年も開催します。\n\n白秋は随筆『思ひ出』の中で、こう書いています。「水郷柳河こそは、我が生れの里である。この水の柳河こそは、我が詩歌の母体である。」',
    // received voices with leave stated (in another paragraph), summed up in brackets, tagged with the sender, or an interview the staff made
    '保健センターに寄せられた声です（ご本人の了承を得て掲載しています）。\n\n> 予約なしで健診に行ったら受けられなかった。ホームページのどこにも予約制って書いてなかった。\n\nご不便をおかけしました。',
    '市役所に寄せられた声の一部を紹介します。「職員の説明が丁寧でわかりやすかった」「待ち時間が長かった」。よい点も課題も受け止め、サービス向上につなげます。',
    '寄せられた応援メッセージを一部ご紹介します。\n> 子どものころに遊んだ掘割が、いつまでもきれいなままでいてほしいです。（東京都・40代女性）',
    '市民課の窓口担当の職員にお話を伺いました。\n> 繁忙期は待ち時間が長くなりがちです。オンライン予約を使っていただくとスムーズです。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation: 様 inside 様式 or 様子 is no honorific, so it names no author', () => {
  it('flags a quote after 申込書の様式', () => {
    const text = '申込書の様式を見直しました。「読書は心の栄養である。毎日少しずつでも本を開く習慣をつけよう。」という言葉があります。'
    expect(findingsOf(quotation, text).map((f) => f.rule)).toContain('quotation/no-source')
  })
  it('passes a quote given by a named person (山田様から)', () => {
    const text = '山田様から「読書は心の栄養である。毎日少しずつでも本を開く習慣をつけよう。」という言葉をいただきました。'
    expect(findingsOf(quotation, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('quotation (4(4)): round 48 kind (song lyrics quoted as a song the post presents or hums, with no title or lyricist)', () => {
  it.each([
    // the blind miss (R48A-014): a mascot presents a favourite song, the lines set apart by spaces, hummed after
    'ボクの好きな歌を紹介するモン🎵\n「冬の掘割にこたつを浮かべて　きみと見上げた白い空　春はもうすぐそこまで来てる」\nこたつ舟に乗ると口ずさみたくなるモン！\n#柳川 #こたつ舟',
    // a song presented before the lines, polite
    '最近よく聴いている曲を紹介しますね。\n「夕焼け小焼けの掘割で　きみの手を握った帰り道　明日もまた会えるかな」',
    // the lines hummed after them, no song named before
    '「川面に揺れる灯りの中で　ふたり並んだ夏の夜　花火が消えても忘れない」\n川下りの舟の上で、つい口ずさんでしまいます😊',
    // dialect (歌ば紹介する)
    'うちの好きな歌ば紹介するけん🎶\n「春の風に柳がゆれて　あなたを待つ橋のたもと　つぼみがひらく朝が来る」',
    // a song there is, then sung after
    'この季節にぴったりの歌があります♪「白い息をはずませて　きみと数えた冬の星　ぬくもりだけが残ってる」思わず歌いたくなりますね。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    // the lyricist named; the city's own song; a title of an event about songs; a short song title hummed
    '市民の歌を紹介します🎵\n「水と緑の　ふるさと柳川　みんなで守ろう　この町を　未来へつなごう」（作詞：古賀一郎）',
    'ごみ分別の歌を職員で作りました🎵\n「燃えるごみは火曜と金曜　プラは水曜　びんは第2木曜　忘れずにね」\nみんなで口ずさんでね！',
    '歌のイベントを紹介します。「親子で歌おう！童謡コンサート in 柳川市民文化会館 2025」を開催します。',
    '川下りの船頭さんが「からたちの花」を口ずさんでいました。',
    '好きな曲をリクエストしてください🎵「#柳川で聴きたい歌」をつけて投稿すると、当日のステージで流します。',
    '北原白秋作詞の童謡を紹介します。\n「この道はいつか来た道　ああ　そうだよ　あかしやの花が咲いてる」',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): an old document quoted after its title and holder are named (『…日記』（天保3年、柳川古文書館所蔵）) (blind FV-081)', () => {
  it.each([
    // the blind item: a 古文書講座 reads a diary named by title, era and the archive holding it
    "【古文書講座 第3回】\n\n今回は『蒲池組大庄屋日記』（天保3年、柳川古文書館所蔵）を読みます。同年6月の条には、次のように記されています。\n\n「六月十日より大雨降り続き、掘割の水あふれ、家々床上まで水入る。」\n\n江戸時代にも、柳川の人々は水害と向き合ってきました。当時どのように水を治めたのかを、原文から読み解きます。\n\n■日時　1月24日（土）14時〜15時30分\n■会場　柳川古文書館 講座室\n■受講料　300円\n柳川古文書館 0944-72-6631",
    // the holder before the title
    '柳川古文書館所蔵の『御用日記』には、こう書かれています。「六月十日より大雨降り続き、掘割の水あふれ、家々床上まで水入る。」',
    // a private holder, the era after it
    '「立花家文書」（個人蔵、文政5年）には、次のように記されています。「六月十日より大雨降り続き、掘割の水あふれ、家々床上まで水入る。」',
    // the title on its own line, the quotation in the next paragraph
    '今日は江戸時代の村の記録を読みます。\n『沖端村庄屋覚書』（文化2年、柳川市立図書館所蔵）\n\n「村中の者、堀の泥を揚げ、舟を通す。」\n\nこの泥上げは今の掘割清掃にも通じます。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    // no title, only a kind of document; a holder with no title; a vague holder; a vague medium
    '今回は古い日記を読みます。同年6月の条には、次のように記されています。「六月十日より大雨降り続き、掘割の水あふれ、家々床上まで水入る。」',
    '柳川古文書館所蔵の日記には、次のように記されています。「六月十日より大雨降り続き、掘割の水あふれ、家々床上まで水入る。」',
    'ある資料館所蔵の『古い日記』には、次のように記されています。「六月十日より大雨降り続き、掘割の水あふれ、家々床上まで水入る。」',
    'ネットで見つけた古文書には、次のように記されています。「六月十日より大雨降り続き、掘割の水あふれ、家々床上まで水入る。」',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): a resident described by their part or place, heard at the event the post reports (…参加しているという地区の方は「…」と笑顔で話していました) (blind R49A-022)', () => {
  it.each([
    // the blind item: a local report, a participant of 20 years speaking dialect at the cleanup
    '【水路清掃 地区の声】\n\n城内地区では朝7時から約60人が参加しました。20年以上参加しているという地区の方は「今年はごみの少なかったばい。みんなの意識の上がっとるとやろね」と笑顔で話していました。\n\nご参加の皆さん、ありがとうございました。',
    // a stall-holder described by what they do, at the market
    '沖端の朝市に、今年も多くの方が訪れました。毎年出店している地元の男性は「今年は天気に恵まれて、野菜がよう売れたばい」とうれしそうに話していました。',
    // a first-time couple at a hands-on event
    '稲刈り体験を行いました。初めて参加したというご夫婦は「鎌を使うのは難しかったけど、自分で刈ったお米を食べるのが楽しみです」と笑顔で話していました。',
    // residents of the ward at a drill, in polite speech
    '秋の防災訓練には町内の皆さんが参加されました。町内の方は「いざという時に備えて、家族で避難場所を確認しておきたいです」と話していました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    // a vague someone; an authority read in a medium; an authority with no event; a resident's words with no event told
    '水路清掃を行いました。ある地区の方は「今年はごみの少なかったばい。みんなの意識の上がっとるとやろね」と話していました。',
    'ネットの記事で、長年研究しているという専門家の方は「掘割の水質は、この十年で大きく改善しています」と話していました。',
    '掘割の水質について。長年研究しているという専門家の方は「掘割の水質は、この十年で大きく改善しています。」と話していました。',
    '地区の方は「掘割の水質は、この十年で大きく改善しています。いい町になりました」と話していました。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation: a writer named with how the passage came from them, or a citation naming the titled work, is a source', () => {
  const PASSAGE = '「水郷柳河こそは、我が生れの里である。この水の柳河こそは、我が詩歌の母体である。」'
  it.each([
    `北原白秋は故郷をこう書きました。${PASSAGE}`,
    `与謝野晶子が次のように詠んでいます。${PASSAGE}`,
    `${PASSAGE}（『思ひ出』序「わが生ひたち」、明治44年）`,
    `${PASSAGE}（『思ひ出』、1911年）`,
  ])('passes %s', (text) => {
    expect(findingsOf(quotation, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([`ある人はこう書きました。${PASSAGE}`, `ネットでこう書かれていました。${PASSAGE}`, `${PASSAGE}（ある本より）`, PASSAGE])('flags %s', (text) => {
    expect(findingsOf(quotation, text).map((f) => f.rule)).toContain('quotation/no-source')
  })
})

describe('quotation (4(4)), round 51: words said to the writer told in speech (って言われた) by someone met (blind FY-081)', () => {
  it.each([
    'さっき船頭さんに「昼と夜で雰囲気違いの川下り、どっちも見てほしか〜」って言われたよ🌙 夜の川下りは12月28日まで、毎日17時〜20時だって！',
    'お店のおばちゃんさんに「うなぎのせいろ蒸しは、冬に食べるといちばんおいしかとよ」って言われたけん、また来ます！',
    'ガイドさんから「この堀は400年前に掘られて、今も町の暮らしを支えとるとですよ」って教えられたよ〜',
    '朝市で農家さんに「今年のみかんは甘かけん、ぜひ食べてみて」っていわれて、つい3袋も買っちゃった🍊',
  ])('passes %s', (text) => {
    expect(findingsOf(quotation, text)).toEqual([])
  })
  it.each([
    // an authority or a vague someone, a rumour, a medium: no one met
    'ある作家さんに「文章は削れば削るほど、伝えたいことが浮かび上がってくるものだ」って言われたことがある。',
    'ネットで「柳川の堀は日本一美しいと、世界でも評判になっているらしい」って言われてるよ',
    '専門家の方から「掘割の水質は、この十年で大きく改善しています」って教えられました。',
    'テレビで「冬の川下りはこたつ舟で、のんびり景色を楽しむのがいちばんの贅沢です」って言われてたよ',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)), round 52: a named person’s message, the name spaced out (堤 陽菜 さん) or a surname after its role (委員長の堤さん), or given with their 了解, has its source (blind R52A-043)', () => {
  const MESSAGE = '「準備は大変だったけど、当日みんなに会えるのを楽しみにしています！」'
  it.each([
    `二十歳のつどい実行委員長の 堤 陽菜 さんから、新成人のみなさんへメッセージ💐（ご本人の了解を得て掲載しています）\n${MESSAGE}\n#柳川 #二十歳のつどい`,
    `二十歳のつどい実行委員長の 堤 陽菜 さんから、新成人のみなさんへメッセージ💐\n${MESSAGE}`,
    `実行委員長の堤さんからのメッセージです。\n${MESSAGE}`,
    `新成人のみなさんへメッセージ💐（ご本人の了解を得て掲載しています）\n${MESSAGE}`,
    '成人式で司会を務める 古賀 大翔 さんからのひと言です。\n「一生に一度の式典、みんなで楽しい一日にしましょう！」',
    '新成人のみなさんへ、お祝いのメッセージが届きました（ご本人の了解を得て掲載しています）。\n「成人おめでとう。これからの柳川をよろしくお願いします。」',
    '白秋祭実行委員会の 松尾 会長 から、来場者のみなさんへ。\n「水上パレードは今年で70回目。川面に揺れる灯りをゆっくり楽しんでください。」',
  ])('passes %s', (text) => {
    expect(findingsOf(quotation, text)).toEqual([])
  })
  it.each([
    // no one named, consent denied, found on the net, a kind of person spaced out
    `ある方から、新成人のみなさんへメッセージ💐\n${MESSAGE}`,
    `新成人のみなさんへメッセージ💐（掲載の了解は得ていません）\n${MESSAGE}`,
    `ネットで見つけた素敵な言葉を、新成人のみなさんへメッセージとして贈ります💐\n${MESSAGE}`,
    `先輩 さんから、新成人のみなさんへメッセージ💐\n${MESSAGE}`,
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)), round 53: a passage the post says it read in a medium it does not name (先日ある雑誌で読みました), quoted in the paragraphs after, is not sourced by a name next to it (市ホームページでご覧いただけます) (blind R53A-112)', () => {
  it.each([
    // the miss
    '【空き家バンク 移住者の声】\n\n昨年、空き家バンクを利用して沖端に移住された方のお話を、先日ある雑誌で読みました。\n\n移住を考えている方の参考になればと思い、一部をご紹介します。\n\n「最初は古い家に住むのが不安でしたが、近所の方が庭の手入れの仕方から掘割の水位の見方まで教えてくれて、今では町の一員になれた気がしています。」\n\n空き家バンクの登録物件は市ホームページでご覧いただけます。',
    // variants: a net article, a newspaper column, a book in dialect, an information magazine in the same sentence as the lead
    '先週、ネットの記事で柳川の干拓の歴史について読みました。\n\n「有明海の干拓は江戸時代から続き、先人たちが少しずつ海を田畑に変えてきました。その苦労の跡は、今も堤防の形に残っています。」\n\n干拓の歴史は市ホームページでもご覧いただけます。',
    'とある新聞のコラムで見かけた文章が心に残ったので、ご紹介しますね。\n\n「祭りは見るものではなく、支えるものだ。飾りを吊るす手の数だけ、町の春は明るくなる。そう教えてくれたのは、この町の人たちだった。」\n\nさげもんめぐりの情報は柳川市観光協会のサイトでご確認ください。',
    'この前、ある本で読んだとよ。よか言葉やけん紹介するね。\n\n「川の流れは毎日同じに見えるけれど、一日として同じ水は流れていない。だからこそ、今日の景色を大切にしたいと思うのです。」\n\n川下りの運航情報は市のホームページに載せとるけん、見てみてね。',
    '先日、ある情報誌に載っていた移住者の方のお話をご紹介いたします。\n\n「子育てをするなら、水と緑のある町がいいと思っていました。柳川に来て、子どもたちが毎日外で遊ぶようになり、本当に良かったと感じています。」\n\n移住相談は企画課の窓口で受け付けております。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    // the magazine named with its issue; the staff's own interview; a vague medium read with no quotation after it
    '先日、『月刊ちくご』2025年6月号で、沖端に移住された方のお話を読みました。\n\n「最初は古い家に住むのが不安でしたが、近所の方が庭の手入れの仕方から掘割の水位の見方まで教えてくれて、今では町の一員になれた気がしています。」\n\n空き家バンクの登録物件は市ホームページでご覧いただけます。',
    '昨年、空き家バンクを利用して沖端に移住された方に、お話を伺いました。\n\n「最初は古い家に住むのが不安でしたが、近所の方が庭の手入れの仕方から掘割の水位の見方まで教えてくれて、今では町の一員になれた気がしています。」\n\n空き家バンクの登録物件は市ホームページでご覧いただけます。',
    'ある雑誌で柳川のうなぎが紹介されていたのを読みました。\n\nうなぎのせいろ蒸しのお店は、市ホームページでご覧いただけます。',
    '先日ある雑誌で読みましたが、空き家バンクへの関心が全国的に高まっているそうです。\n\n柳川市の空き家バンクの登録物件は市ホームページでご覧いただけます。',
  ])('passes %s', (text) => {
    expect(findingsOf(quotation, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('quotation (4(4)), round 54: song lyrics set between music notes (♪…　…　…♪), with no title or lyricist (blind R54A-053)', () => {
  it.each([
    // the miss: the lines between ♪, hummed after
    '♪水の都のあの橋で　君と見上げた夏の月　どんこ舟ゆらゆらと　ふたりの影を運んでく♪ この季節になると口ずさみたくなりますね',
    // 🎵 marks, verse from the head of the line, hashtags after
    '🎵堀割に映る灯り　ひとり歩いた帰り道　柳の風が揺れている　あなたの声を思い出す🎵\n#柳川 #夜の川下り',
    // a song presented on the line before, polite
    'この時期になると、つい歌いたくなる曲があります♪\n♪春の小川を渡ったら　あの日の君に会えるかな　菜の花ゆれる土手の道♪',
    // dialect, the notes mid-sentence, three phrases, って口ずさむ
    '川下りの舟の上で、船頭さんの歌が聞こえてきたとよ〜 ♪さげもん揺れる雛の里　春を待つ子の笑い声　ひなの日が来る♪ って思わず口ずさんでしまうばい',
    // the notes on lines of their own, the lyrics line by line
    '♫\n夕焼け小焼けの堀割で\n君の手を握った帰り道\n明日もまた会えるかな\n♫\nふと思い出して、ハミングしてしまいました。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    // notes as decoration: a title, cheerful sentences, an event header
    '♪春のさげもんめぐり♪ 今年も開催します！皆さんのお越しをお待ちしています♪',
    '今日は晴れ♪ 掘割の桜も満開です♪ お散歩にぴったりですね♪ 川下りの舟からの眺めも最高です♪',
    '🎵 春のコンサート　市民会館大ホール　入場無料　ぜひどうぞ 🎵\n3月15日（土）14時開演',
    '白秋祭のコンサートでは、童謡や唱歌を皆さんで歌います♪ 歌詞カードは会場でお配りします♪ ぜひ一緒に歌いましょう♪',
    // the city's own song and jingle; the lyricist named; a song title performed at the city's event
    '♪水の都の柳川で　みんなで笑おう　どんこ舟に乗って　未来へ進もう♪\n職員で作ったオリジナルソングです！',
    '♪ 春が来た　さげもん揺れる　川下り　みんなでおいで ♪\n柳川雛祭りさげもんめぐり、2月11日から開催！',
    '♪水の都のあの橋で　君と見上げた夏の月　どんこ舟ゆらゆらと　ふたりの影を運んでく♪\n（「水の都の夏」作詞：古賀一郎）',
    '♪からたちの花が咲いたよ　白い白い花が咲いたよ♪を、白秋祭で市内の小学生が合唱します。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): a press release quoting the partner who speaks at a signing, named by full name and the title they hold (同行の岸川 隆一 取締役頭取は「…」と応じた), or a quotation signed by an attribution line of its own (「…」⏎⏎——柳川市長 金子健次) (blind GR-081)', () => {
  const GR081 =
    '【株式会社筑紫しらさぎ銀行と包括連携協定を締結】\n\n柳川市は7月1日、株式会社筑紫しらさぎ銀行と、地域の活性化に関する包括連携協定を締結した。協定の主な内容は次のとおりである。\n\n1　市内事業者の事業承継と創業の支援\n2　子育て世帯向けの金融教育\n3　行政手続のデジタル化の推進\n4　災害時の避難所運営への協力\n\n締結式で市長は「地域経済を知り尽くした金融機関との連携で、市民サービスの質を一段と高めたい」と述べた。同行の岸川 隆一 取締役頭取は「柳川の事業者の皆さんの挑戦を全力で後押しする」と応じた。\n\n今後、両者で連絡会議を設け、具体的な取組を進める。\n\n企画課 企画調整係（0944-73-8111 内線2305）'
  const SPEECH = '「市民の皆さんとともに、水と緑の美しいまちを次の世代へ引き継いでいきたいと考えております。」'
  it.each([
    // the false positive
    GR081,
    // variants: a president, a postmaster, a co-op's chair answering, the name written without spaces, the bank's president by role
    '協定締結式で、有明ガス株式会社の中島 正樹 代表取締役社長は「エネルギーの地産地消を、柳川から広げていきたい」と話した。',
    '調印式で、柳川郵便局の松尾 和也 局長は「高齢者の見守りに、毎日の配達の力を生かしたい」と語った。',
    'JA福岡みやまの田中 一郎 代表理事組合長は「柳川の農業の未来を、市とともに切り開いていく」と応じた。',
    '締結式で、同行の岸川隆一取締役頭取は「柳川の事業者の皆さんの挑戦を全力で後押しする」と答えた。',
    '株式会社筑紫しらさぎ銀行と協定を結びました。締結式で同行の頭取は「柳川の事業者の皆さんの挑戦を全力で後押しする」と応じました。',
    // the known case: an attribution line after the quotation, in its own paragraph or on the next line; a dash or brackets
    `新年を迎え、謹んでお喜び申し上げます。\n\n${SPEECH}\n\n——柳川市長 金子健次`,
    `${SPEECH}\n\n（柳川市長 金子 健次）`,
    `二十歳のつどいで、市長が新成人の皆さんに式辞を贈りました。\n\n「二十歳の今日、この町で育った日々を誇りに、それぞれの道を力強く歩んでいってください。」\n\n―― 柳川市長 金子健次`,
    '「ふるさとの川は、そこに暮らす人の心を映す鏡のようなものである。」\n——作家 北原白秋',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    // a vague bank, a kind of officer, a president read in a magazine with no bank named
    'ある銀行の頭取は「柳川の事業者の皆さんの挑戦を全力で後押しする」と応じた。',
    'ある金融機関の役員は「地方の中小企業は、あと十年で半分がなくなる」と話していた。',
    '先日読んだ経済誌で、とある地方銀行の頭取が「地方の中小企業は、あと十年で半分がなくなるかもしれない」と語っていました。',
    // an attribution line naming no one: a kind of person, a medium, no author known, a vague role, a date in brackets
    `${SPEECH}\n\n——先人の言葉`,
    `${SPEECH}\n——ネットの名言`,
    `${SPEECH}\n\n——詠み人知らず`,
    `${SPEECH}\n（ある市長の言葉）`,
    `${SPEECH}\n\n（7月1日撮影）`,
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): a document named by its title in brackets, the title ending in its kind (『柳川市掘割保全計画』（令和5年3月）には, 内閣府「避難情報に関するガイドライン」では), is a source (blind R55A-037, R55A-066)', () => {
  it.each([
    // the false positives
    '雨の日の掘割もしっとりきれいです☔\n\n『柳川市掘割保全計画』（令和5年3月）には、「掘割は、市民の暮らしとともに受け継がれてきた柳川の宝であり、次の世代へ確実に引き継いでいく」と記されています。\n\n#柳川 #掘割',
    '内閣府「避難情報に関するガイドライン」では、「警戒レベル4までに危険な場所から全員避難」とされています。避難指示が出たら、ためらわずに避難してください。',
    // variants: a plan with its revision, a ministry's guide by によると, a plan in 「」, a vision with に…とあります
    '『柳川市地域防災計画』（令和6年修正）では、「災害時には、自らの身は自らで守ることを基本とし、地域で互いに助け合う」と定められています。',
    '文部科学省「学校における熱中症対策ガイドライン作成の手引き」によると、「暑さ指数が31以上の場合は、運動は原則中止とする」とされています。',
    '「柳川市子ども・子育て支援事業計画」には、「すべての子どもが、地域の中で健やかに育つまちをめざす」と書かれています。',
    '『柳川市観光振興ビジョン』に、「水郷の景観と暮らしを守り、訪れる人と住む人がともに誇れるまちをつくる」とあります。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    // a vague holder before the title, a title that names no kind of document, another city's vision, a book with no title
    'ある自治体の『防災計画』には、「災害時には、自らの身は自らで守ることを基本とし、地域で互いに助け合う」と定められています。',
    '「あの日の約束」には、「水郷の景観と暮らしを守り、訪れる人と住む人がともに誇れるまちをつくる」と書かれています。',
    '他市の「観光ビジョン」では、「水郷の景観と暮らしを守り、訪れる人と住む人がともに誇れるまちをつくる」とされています。',
    'ある本には、「警戒レベル4までに危険な場所から全員避難する」と書かれています。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): a headline in 【】 at the head of a line, in the city\'s polite or calling voice (【暑さが続いています。ご近所で声をかけ合いましょう】), is the post\'s own heading (blind GS-042)', () => {
  it.each([
    // the false positive
    '【暑さが続いています。ご近所で声をかけ合いましょう】\n\n高齢の方は暑さやのどの渇きを感じにくく、室内でも熱中症になることがあります。\n\n・エアコンや扇風機を我慢せずに使う\n・のどが渇く前に水分をとる\n・ひとり暮らしの方には、ご近所やご家族が声をかける\n\n市内の公民館など16か所を「涼みどころ」として開放しています（開館時間内）。\n\n問い合わせ：健康づくり課 0944-76-2330',
    // variants: a call ending in を, an opening announced, a line alone
    '【大雨に備えましょう。早めの避難を】\n\n梅雨の時期は、急な大雨に注意が必要です。ハザードマップで避難場所をご確認ください。',
    '【本日から開館します。ぜひご利用ください】\n市内の公民館16か所を「涼みどころ」として開放しています。',
    '【インフルエンザが流行しています。手洗いとうがいを心がけましょう】',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    // a passage in its author's plain form set alone in 【】; polite sentences in 【】 after the words that announce them
    '【水の町は、水とともに暮らす知恵の町でもある。掘割を守ってきたのは名もなき住民たちだった。】\n\n掘割清掃にご参加ください。',
    'ある作家の言葉【水の町は、水とともに暮らす知恵の町です。掘割を守ってきたのは名もなき住民たちでした。】',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): a saying at the head with a job or an office plus さん next to it (支援員さん募集中); a Japanese saying set alone in "…" (blind R57A-148)', () => {
  // Kind: a saying quoted with no source (in 「」, “” or half-width "…"), followed by the post's own news that mentions a kind of
  // worker with さん (支援員さん, 司書さん, 調理員さん, 協力隊員さん, 指導員さん): a job title names no author.
  it.each([
    '"子どもたちが放課後を安心して過ごせる場所は、地域全体でつくっていくものだ"\n学童保育の支援員さん募集中です🙌 #柳川 #学童',
    '"学ぶことをやめた人は、二十歳でも八十歳でも老人である"\n図書館の司書さんおすすめの本を紹介します📚',
    '"食べることは、生きることそのものだ"\n給食センターの調理員さん、いつもありがとうございます！',
    '“一人の百歩より、百人の一歩が地域を変えていくのだ”\n地域おこし協力隊員さんを募集しています。',
    '「教育とは、学校で習ったことをすべて忘れた後に残っているものである」\n放課後子ども教室の指導員さん、今年度も募集中です！',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    // a named worker said it; a title in quotes; no quotation at all; the city's own short copy; English welcome copy
    '「放課後の居場所づくりは、地域全体で取り組んでいくものです」と、学童保育支援員の松尾 恵さんは話しています。',
    '「本を読むことは、旅をすることだ」と司書の古賀 真理さんは話します。',
    '"子どもの居場所"をテーマに、学童保育の支援員さんと語り合う座談会を開きます。',
    '学童保育の支援員さん募集中です🙌 子どもたちが放課後を安心して過ごせるよう、一緒に見守ってくれる方を待っています。#柳川',
    '"ごみは分別すれば資源になる"\n市のごみ減量キャンペーン、始まります！',
    '"Welcome to Yanagawa!"\n観光案内所のスタッフがお待ちしています。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): lyrics set out as verse right after someone is told singing them (blind R58A-086)', () => {
  // Kind: a verse of a song in brackets, phrases parted by spaces and ending in kana (a refrain or sound word in katakana too), right after
  // the post tells someone singing (歌いながら, 歌声が聞こえ, 口ずさんどりました): lyrics quoted with no title or lyricist.
  it.each([
    'OB古賀です。今日は朝から雨ですね。傘をさして掘割沿いを歩きよったら、小学生が歌いながら水たまりを跳ねていました。\n「あめあめ ふれふれ かあさんが じゃのめで おむかえ うれしいな ピッチピッチ チャップチャップ ランランラン」\n懐かしかですねえ。',
    '田んぼのそばで、子どもたちが輪唱しとりました。\n「かえるのうたが きこえてくるよ クワ クワ クワ クワ ケケケケ ケケケケ クワクワクワ」',
    'クリスマス会で、園児たちが元気に歌ってくれました🎄\n「ジングルベル ジングルベル すずがなる きょうは たのしい クリスマス」',
    '散歩の途中、孫がずっと口ずさんどりました。「いぬのおまわりさん こまってしまって ワンワンワワン ワンワンワワン」',
    '帰り道、娘が大きな声でうたってくれましたよ。『パンダ うさぎ コアラ パンダ うさぎ コアラ みんなで いっしょに』',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    // a child's words after a song, a concert's title, the city's own song, a lyricist named, a greeting, a participant's words
    '子どもたちが元気に歌ってくれました。「また きてね ありがとう」と手を振ってくれました。',
    '合唱団の皆さんが歌ってくださいました。「やながわ 水の まち 合唱 コンサート」の様子は市ホームページでご覧いただけます。',
    '職員で作った歌を、子どもたちが歌ってくれました！\n「ドンコ ドンコ ドンコぶね ホリワリ スイスイ ランランラン」',
    '北原白秋作詞の童謡を、子どもたちが歌いました。\n「ゆりかごのうたを カナリヤが うたうよ ねんねこ ねんねこ ねんねこよ」',
    '児童が歌いながら登校していました。「おはようございます！」と元気なあいさつも聞こえました。',
    '合唱のあと、参加者の方が「久しぶりに大きな声を出して気持ちよかったです」と話していました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): a quotation in an English post whose source is named in English (From the Japan Meteorological Agency: …, JMA urges people to "…") (blind GV-050)', () => {
  // Kind: the English of 気象庁は「…」と呼びかけています / 気象庁より: a body or a person named (capitalised words, an acronym, an office)
  // as the one who says the words, before or after them, or heading the post as its source (From …:, According to …,).
  it.each([
    // the false positive
    'From the Japan Meteorological Agency: a heavy rain emergency warning has been issued for Yanagawa. JMA urges people to "take the best action to protect your life." If it is dangerous to go outside, move to the second floor or higher.',
    // variants: according to, a speaker after the quote, a prefecture asking, an office with its holder
    'According to the Japan Meteorological Agency, "record-breaking heavy rain is expected in northern Kyushu through tomorrow morning."',
    '"We want every visitor to feel safe on the river and enjoy the canals," said Mayor Kaneko at the press conference.',
    'Fukuoka Prefecture asks residents to "stay away from rivers, canals and farm waterways until the rain stops."',
    'Our mayor said, "We will rebuild the riverside park together with all of you, step by step."',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    // true violations sharing its words: someone vague, a social network as the source, an office after an article, a saying of people
    'Someone on social media urges people to "take the best action to protect your life." Stay safe.',
    'From Twitter: "the river is about to overflow near the station, everyone run now."',
    'A mayor once said, "the best town is one where children can play by the water safely."',
    'People say "the eel here is the best in Japan, and you must try it at least once."',
    // a place after a preposition is not who wrote it (blind R59A-130)
    'A visitor from Australia wrote this about us: "Gliding down the canals of Yanagawa under the willow trees, I felt time slow down." Thank you so much!',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): blind R60A-049, a long remark of a celebrity named only by kind (人気俳優さん, 有名な女優さん) heard in a medium has no source', () => {
  // Kind: a kind of performer with さん (俳優, 女優, 芸人, YouTuber …) saying a long passage in a programme or a video: さん after a
  // kind of person names no one, so the programme and the speaker are missing. A named performer, or one who told the staff, is a source.
  it.each([
    // the miss
    '人気俳優さんがテレビで「柳川の川下りは、人生で一番ゆっくり時間が流れた七十分でした。また必ず家族で来たい」と話されていました！',
    // variants: an actress on the radio, a comedian in casual speech, a YouTuber in a video
    '有名な女優さんがラジオで「柳川のうなぎのせいろ蒸しは、今まで食べた中で一番おいしかったです。絶対にまた来ます」と話していました',
    'お笑い芸人さんが番組で「さげもんがこんなにきれいだとは思わなかった。柳川の春は本当に最高ですね」っておっしゃってたよ〜',
    '人気YouTuberさんが動画で「川下りの船頭さんの歌が最高すぎて、思わず泣きそうになりました。みんなも絶対行って」と言われていました',
  ])('warns on %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    // hard negatives: the performer named, a short cry, a tourism ambassador who told the staff
    '俳優の松尾健太さんが「柳川の川下りは、人生で一番ゆっくり時間が流れた七十分でした。また必ず家族で来たい」と話していました',
    '人気俳優さんが来てくれました！「最高！」と言っていました',
    '柳川観光大使で俳優の古賀 誠さんは「柳川の川下りは、人生で一番ゆっくり時間が流れた七十分でした。また必ず家族で来たい」と話してくれました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): blind GW-041, the city\'s own broadcast set out under its heading (【防災行政無線 放送内容】⏎「こちらは、防災やながわです。…」) is its own text', () => {
  // Kind: a paragraph that names the city's broadcast system (防災行政無線, 防災無線, 広報無線) and sets out what it broadcast, the
  // quotation opening with the broadcaster's name (こちらは、防災やながわです) or standing right under a heading of the broadcast's text
  // (放送内容). Another's words, or a broadcast of someone else with no city system named, still need a source.
  it.each([
    // the false positive
    '【防災行政無線 放送内容】（9月14日 17時00分）\n「こちらは、防災やながわです。大雨警報が発表されています。市は、沖端地区と両開地区に避難指示を発令しました。速やかに避難してください。」\n避難所：市総合体育館、両開公民館',
    // variants: a missing person's notice by 防災無線, a heading without the opening, 広報無線 in the sentence
    '防災無線で次のとおり放送しました。\n「こちらは柳川市役所です。行方不明者のお知らせです。昨日午後から、三橋町の80歳の男性の行方がわからなくなっています。」',
    '【防災行政無線 放送内容】\n「台風10号の接近に伴い、市内全域に高齢者等避難を発令しました。避難に時間のかかる方は、早めに避難してください。」',
    '広報無線でお知らせしたとおり、「こちらは、広報やながわです。本日の花火大会は、雨のため明日に延期します。ご注意ください。」',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text, { emergency: true })).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    // true violations sharing its words: another's broadcast on television, an expert's words under the broadcast heading
    'テレビで「こちらは、気象情報センターです。今夜から明日にかけて大雨となり、土砂災害のおそれがあります。」と放送されていました',
    '【防災行政無線 放送内容】\nある専門家は「今回の大雨は50年に一度の規模で、今後も同じような災害が毎年のように起きると考えられます。」と話しています',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): blind R61A-129, a saying given as the words of someone left vague (市長は、ある経営者の言葉として「…」と紹介し)', () => {
  // Kind: right before the quotation, its author is named only as a kind of person with a vague word (ある経営者の言葉として, ある有名な
  // 作家の言葉を引いて, 昔の偉人の言葉として, とある哲学者の名言を借りて): the one who introduces it (市長, 教育長, 校長先生) is named, its
  // author is not. A name inside the frame (北原白秋先生の言葉として) or an attribution after the quotation is a source; the speaker's own
  // words are not borrowed.
  it.each([
    '【市長年頭あいさつ】\n\n市長は、ある経営者の言葉として「未来を予測する最善の方法は、それを自ら創り出すことである」と紹介し、市民とともにまちの未来を描いていきたいと述べました。',
    '教育長は式辞の中で、ある有名な作家の言葉を引いて「人は学ぶことをやめたとき、老いるのである」と語りかけました。',
    '館長は、昔の偉人の言葉として『努力はいつか必ず実を結ぶものだ』と紹介しました。',
    '校長先生は、とある哲学者の名言を借りて「幸福とは、自分の足で立つことから始まる」と子どもたちに伝えていました。',
    '市長は、海外の有名な経営者の言葉として「失敗とは、挑戦をやめたときに初めて決まるものだ」と述べました。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    '市長は、北原白秋の言葉として「水郷柳川こそは、我が詩歌の母体である」と紹介しました。',
    '市長は、有名な作家である北原白秋先生の言葉として「水郷柳川こそは、我が詩歌の母体である」と紹介しました。',
    '市長は、ある経営者の言葉として「未来を予測する最善の方法は、それを自ら創り出すことである」（ピーター・ドラッカー）と紹介しました。',
    '市長は年頭あいさつで「市民とともに未来を創り出す一年にしたい」と述べました。',
    '市長は、ある経営者の方からいただいたお手紙を紹介しました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): blind GX-039, visitors\' words with the pair\'s consent stated (お二人の了承を得て写真とともに掲載しています)', () => {
  // Kind: the speakers consent as a pair or a party (お二人, おふたり, ご夫婦, ご夫妻, ご一家, 親子) to their words being published: as
  // ご本人の了承を得て, the consent covers the quotation. Words found in a review or a blog, or consent said not to be given, still
  // need a source.
  it.each([
    '「初めてどんこ舟に乗って、柳川がもっと好きになりました！」と、大阪から来られた20代のご夫婦😊（お二人の了承を得て写真とともに掲載しています）\n#柳川 #川下り #どんこ舟',
    '「うなぎのせいろ蒸しが本当においしくて、また来たいです」と、福岡市から来られた30代のご夫婦（お二人の了承を得て掲載しています）。',
    '「掘割の夕焼けがこんなにきれいだなんて知りませんでした」と話す、熊本から来られた親子連れ（おふたりの了解を得て掲載）。',
    '「船頭さんの歌声を聞きながら掘割を下るのが、この旅いちばんの思い出です」と、長崎から来られたご夫妻（ご夫妻の同意を得て掲載しています）。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    '「初めてどんこ舟に乗って、柳川がもっと好きになりました！」という口コミを見つけました😊\n#柳川 #川下り',
    '「初めてどんこ舟に乗って、柳川がもっと好きになりました！」と、あるブログに書かれていました。お二人で来られたそうです。',
    '「初めてどんこ舟に乗って、柳川がもっと好きになりました！」と、大阪から来られたご夫婦😊（お二人の了承は得ていません）',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): blind R63A-030, a paper of a kind of body named by its kind alone (獣医師会の資料から抜粋してお答えします)', () => {
  // Kind: 〜の資料から抜粋 / より引用 / から一部を転載 where the holder is a kind of body every prefecture or city has (獣医師会, 医師会,
  // 弁護士会, 専門機関) and the paper has no title: no publisher, no document is named. Its own name (日本獣医師会, 福岡県獣医師会,
  // 柳川山門医師会, 福岡県の獣医師会) or a title (パンフレット『ペットと防災』) names the source; a paper used with no quotation is nothing.
  it.each([
    'ペット火葬についてよくいただく質問に、獣医師会の資料から抜粋してお答えします。\n\n> ペットの遺体は、亡くなってから時間がたつと傷みが進むため、保冷剤などで体を冷やし、できるだけ早く火葬の手配をすることが望ましい。\n\nご予約は環境センターまでお電話ください。',
    '熱中症について、医師会の資料から抜粋してご紹介します。\n\n> 高齢の方は暑さやのどの渇きを感じにくいため、のどが渇く前にこまめに水分をとることが大切です。\n\n暑い日は無理をせず過ごしましょう。',
    '相続についてのよくあるご質問に、弁護士会のパンフレットより引用してお答えします。\n\n> 自筆の遺言書は、日付や署名が欠けていると無効になることがあるため、作成後に専門家に確認してもらうことが望まれます。',
    '専門機関の資料より抜粋：家庭の食品ロスの多くは、買いすぎと作りすぎから生まれるもので、買い物前に冷蔵庫の中を確かめるだけでも減らすことができます。',
    '歯科医師会が発行している冊子から一部を転載させていただきます。\n\n> 歯周病は自覚症状のないまま進むことが多く、年に一度は歯科健診を受けて、歯ぐきの状態を確かめておくことが勧められています。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    'ペット火葬についてよくいただく質問に、日本獣医師会の資料から抜粋してお答えします。\n\n> ペットの遺体は、亡くなってから時間がたつと傷みが進むため、保冷剤などで体を冷やし、できるだけ早く火葬の手配をすることが望ましい。',
    '福岡県獣医師会のパンフレット『ペットと防災』から抜粋します。\n\n> 避難所にはペットと一緒に避難できる場合とできない場合があるため、日ごろからケージに慣れさせておくことが大切です。',
    '熱中症について、柳川山門医師会の資料から抜粋してご紹介します。\n\n> 高齢の方は暑さやのどの渇きを感じにくいため、のどが渇く前にこまめに水分をとることが大切です。',
    '福岡県の獣医師会の資料から抜粋してお答えします。\n\n> ペットの遺体は、亡くなってから時間がたつと傷みが進むため、保冷剤などで体を冷やし、できるだけ早く火葬の手配をすることが望ましい。',
    '獣医師会の資料をもとに、ペットの防災についてまとめました。避難するときは、ケージやフード、常備薬を持ち出せるよう、日ごろから準備しておきましょう。',
    '獣医師会の皆さんのご協力で、狂犬病の集合注射を市内12か所で行います。お近くの会場へお越しください。',
    '日本歯科医師会が発行している冊子『歯とお口のことなら何でもわかる』から一部を転載させていただきます。\n\n> 歯周病は自覚症状のないまま進むことが多く、年に一度は歯科健診を受けて、歯ぐきの状態を確かめておくことが勧められています。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): blind R62A-076, pupils\' remarks at the city\'s own class quoted side by side (「…」「…」という声が上がりました)', () => {
  // Kind: participants of the city's own class or event quoted in a run of brackets, the frame after the last (という声, など、…感想が
  // 寄せられました) said of each, or under a heading that names them (■生徒の感想から). Voices read on the net or in a magazine still need a source.
  it.each([
    '【学校での出前講座】中学生とSNSの使い方を考えました\n\nこんにちは、秘書広報課です。先月、市内の中学校で、1年生を対象にした「SNSとのつきあい方」の出前講座を行いました。\n\n■講座の内容\n市の公式アカウントを運用している職員が講師となり、SNSの便利さと危うさについて、実例を交えて話しました。\n\n■こんな書き込み、していませんか？\n講座では、実際にSNSで見られる書き込みの例を紹介し、受け取った人がどう感じるかを考えました。\n・「お前マジでうざい」\n・「消えろ」「死ね」\n・「あいつキモいよね」\n・写真にほかの人の顔や名札が写ったままの投稿\n生徒の皆さんからは、「冗談のつもりでも、言われた側はずっと覚えていると思う」「自分も軽い気持ちで書いたことがある」という声が上がりました。\n\n■大切な3つの約束\n1. 送る前に、相手の顔を思い浮かべる\n2. 住所、電話番号、学校名など、個人が特定できる情報は書かない\n3. 困ったときは、ひとりで抱えずに大人に相談する\n\n■保護者の皆さまへ\nご家庭でも、SNSの使い方について話し合う時間をつくってみてください。\n\n■相談窓口\n・24時間子供SOSダイヤル　0120-0-78310\n・柳川市教育相談室（柳川市役所 0944-73-8111）\n\n■生徒の感想から\n「写真を投稿する前に、写っている人に聞くようにしたい」「既読スルーで怒るのはやめようと思った」など、自分の行動を振り返る感想がたくさん寄せられました。\n\n出前講座のお申し込みは、秘書広報課で受け付けています。',
    '【出前講座】\n先月、市内の小学校で防災の出前講座を行いました。\n\n■児童の感想から\n「家に帰ったら、家族と避難場所を確認しようと思いました」「非常食を食べてみたい」など、たくさんの感想が寄せられました。',
    '親子料理教室を開きました。参加した親子からは、「家でも子どもと一緒に野菜たっぷりの料理を作ってみたいと思います」「包丁が上手になった」といった感想をいただきました。',
    '受講者の皆さんからは「認知症の方への声のかけ方が、具体的によくわかって安心しました」「もっと早く知りたかった」などの声が寄せられました。(認知症サポーター養成講座)',
    '夏休み親子木工教室を開きました。参加したお子さんたちからは、「のこぎりを使うのは初めてだったけれど、最後まで自分で作れてうれしかった」「また来年も来たい」という声が聞かれました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    'ネットでは「柳川市役所の窓口は対応が遅くて、いつも一時間以上待たされるのが当たり前だ」「ひどい」という声が上がっています。',
    'ある雑誌には、「柳川の川下りは、どんな観光地よりも心が落ち着く場所だと思う」「また行きたい」などの感想が掲載されていました。',
    'SNSでは「冗談のつもりでも、言われた側はずっと覚えていると思う」「自分も軽い気持ちで書いたことがある」という声が上がっています。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): blind GY-114, wording the city writes as a sample, marked ×/○ (（例）⏎×「…」⏎○「…」)', () => {
  // Kind: a rewrite the post shows, each line marked good or bad (○/×, OK/NG) with its pair or under a 例 label: the city's own sample
  // sentence, not a quote. ○ bullets of sayings with no × beside them, or a × line next to a passage read in a vague medium, still need a source.
  it.each([
    '【多文化共生】外国人住民の皆さんと共に暮らすまちづくり\n\n柳川市に住む外国人住民の数は、令和7年12月末現在で1,482人となり、10年前の約2.5倍に増えました。ベトナム、フィリピン、インドネシアなど、25の国と地域の方が暮らしています。市内の企業では、製造業や農業、介護の現場を中心に、海外人材の受入れが進んでいます。\n\n言葉や文化、習慣の違いを認め合いながら、誰もが安心して暮らせるまちをつくるため、市が行っている取り組みをご紹介します。\n\n■やさしい日本語での情報発信\n市では、ごみの出し方や防災情報などを、「やさしい日本語」でも発信しています。やさしい日本語は、外国人住民の方だけでなく、高齢の方や子どもにも伝わりやすい表現です。\n（例）\n×「避難所に避難してください」\n○「あぶないです。ひなんじょ（みんなが にげる ところ）に いって ください」\n\n■多言語の相談窓口\n市役所本庁舎1階に「外国人生活相談窓口」を設けています。\n○対応言語：英語、ベトナム語、中国語、インドネシア語など（タブレット通訳で約30言語に対応）\n○相談できること：住民登録、子どもの入学、医療、税金、ごみの出し方など\n○受付時間：平日9時〜16時\n○電話：0944-77-8190\n\n■日本語教室\nボランティアによる日本語教室を、中央公民館で開いています。\n○日時：毎週日曜日 10時〜12時\n○参加費：無料\n○申込み：不要（直接会場へお越しください）\n\n■企業の皆さんへ\n海外人材を受け入れている、または受け入れを考えている市内企業向けに、生活オリエンテーションの教材（6言語）を無料でお貸ししています。また、毎年12月に「海外人材の受入れセミナー」を開いています。\n\n■地域の皆さんへ\n外国人住民の方の中には、日本の習慣がわからず困っている方もいます。ごみの出し方や地域の行事について、身近な方が声をかけていただくことが、何よりの支えになります。\n\n問い合わせ：企画課 国際交流係 0944-77-8190',
    '【多文化共生】\nやさしい日本語の言いかえを紹介します。\n×「ご不明な点はお気軽にお問い合わせください」\n○「わからない ことが あったら、しやくしょに きいて ください」',
    'ごみの出し方の案内も、やさしい日本語で書いています。\nNG「可燃ごみは指定袋に入れ、収集日の朝8時30分までに集積所へ排出してください」\nOK「もえる ごみは きめられた ふくろに いれて、あさ 8じ30ぷん までに だして ください」',
    '窓口での声かけを見直しました。\n（例）\n○「お待たせしました。こちらの書類に、お名前とご住所を書いてくださいね」',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    '職員研修で、心に残った言葉を紹介し合いました。\n○「人は、自分が大切にされたと感じたときに、はじめて人を大切にできるものだ」\n○「今日の小さな親切が、明日のまちの大きな信頼につながっていく」\nある本で読んだ言葉だそうです。',
    '×「避難所に避難してください」は、ある新聞のコラムで読んだ一文です。\n「どんなに立派な言葉でも、伝わらなければ意味がない。情報は届いてはじめて情報になる」とも書かれていました。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): blind GZ-131, kinds of post listed as the risk they carry (次のような投稿から、…留守の時間がわかってしまう)', () => {
  // Kind: an awareness post names a kind of post by its risk (わかってしまう, 特定される危険, トラブル, 狙われる) and lists examples as bullets:
  // what not to post, no one's text. Posts merely shown or found (次のような投稿を見つけました, 話題になっています) are quotations.
  it.each([
    '【お子さんの写真をSNSにのせる前に】\n\n次のような投稿から、自宅や学校、留守の時間がわかってしまうことがあります。\n\n・「明日から家族で3泊4日の旅行！」（留守がわかる）\n・名札や制服が写った写真（学校や名前がわかる）\n・自宅の前で撮った写真（住所がわかる）\n\n投稿する前に、写っているもの・書いたことをもう一度確かめましょう。\n問い合わせ：子ども家庭課 0944-77-8561',
    '【SNSの使い方にご注意を】\n\nこんな投稿は、住んでいる場所が特定される危険があります。\n\n・「今日から一週間、家族みんなで沖縄に行ってきます！家は空っぽです」\n・「毎朝7時に○○公園の前を通って駅まで歩いています」\n\n送信する前に、読み返してみてください。',
    '次のような書き込みは、思わぬトラブルにつながることがあります。\n・「うちの子、○○小学校の3年2組で毎日元気に頑張っています！」（学校とクラスがわかる）\n・「夫が出張中で、今週は子どもと二人きりで過ごしています」（家の状況がわかる）',
    '以下のような投稿は、空き巣に狙われるおそれがあります。\n\n「年末年始は実家に帰省します。1月5日まで家には誰もいません」\n\n旅行の写真は、帰ってからのせましょう。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    '次のような投稿を見つけましたので、ご紹介します。\n\n・「柳川の川下りは、船頭さんの歌と掘割の景色が最高で、一生の思い出になりました」',
    'SNSで次のような投稿が話題になっています。\n\n「柳川のうなぎのせいろ蒸しは、一度食べたら忘れられない味で、毎年この季節に必ず通っています」',
    '次のような投稿から、柳川の魅力がわかってきました。\n\n・「柳川の川下りは、船頭さんの歌と掘割の景色が最高で、一生の思い出になりました」',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): blind R65A-010, the paragraph before tells the words are someone left vague (市長がある経営者の言葉を紹介しました。⏎⏎「…」)', () => {
  // Kind: the sentence that introduces the quotation, in the paragraph before it or right before it, gives its author only as a kind of
  // person with a vague word (ある経営者の言葉を紹介しました, とある経営者の名言をご紹介いたしました, ある詩人の一節を引用しました); the
  // named one in that sentence (市長, 副市長, 教育長, 校長先生) introduces the words, they are not theirs. A name in the frame or after the
  // quotation, a source line, or the speaker's own words stay clean.
  it.each([
    '新規採用職員の辞令交付式で、市長がある経営者の言葉を紹介しました。\n\n「仕事とは、誰かの困りごとを自分ごととして引き受けることだ。引き受けた分だけ、人は信頼される。」\n\n新しい仲間の皆さん、一緒に頑張りましょう。',
    '入庁式で、副市長がある作家の言葉を紹介しました。\n\n「人は、自分が思っているよりもずっと遠くまで歩いていける。一歩ずつなら、どこまでも。」\n\n新しい仲間の皆さん、ようこそ柳川市役所へ。',
    '卒業式の式辞で、校長先生はある詩人の一節を引用しました。\n\n「別れは終わりではない。それぞれの道を歩き出す、始まりの合図なのだ。」\n\n卒業生の皆さん、おめでとうございます。',
    '仕事始め式で、教育長がとある経営者の名言をご紹介いたしました。\n\n「昨日と同じことをしていては、明日は変わらない。小さな挑戦を毎日続けよう。」',
    '仕事始め式で、市長がある経営者の言葉を紹介しました。\n「昨日と同じことをしていては、明日は変わらない。小さな挑戦を毎日続けよう。」',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    '辞令交付式で、市長が松下幸之助の言葉を紹介しました。\n\n「素直な心になれば、物事の実相がよく見える。それが仕事の第一歩である。」\n\n新しい仲間の皆さん、一緒に頑張りましょう。',
    '辞令交付式で、市長がある経営者の言葉を紹介しました。\n\n「素直な心になれば、物事の実相がよく見える。それが仕事の第一歩である。」（松下幸之助）',
    '辞令交付式で、市長がある経営者の言葉を紹介しました。\n\n「素直な心になれば、物事の実相がよく見える。それが仕事の第一歩である。」\n\n出典：松下幸之助『道をひらく』（PHP研究所）',
    '辞令交付式で、市長は新規採用職員に次のように述べました。\n\n「皆さんは今日から柳川市の職員です。市民の困りごとに寄り添い、一緒に考えられる職員になってください。」',
    '辞令交付式で、市長がある職員の思い出を紹介しました。\n\n新しい仲間の皆さん、一緒に頑張りましょう。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): blind R65A-062, the poet named with the work right before the verse (北原白秋の詩の一節をご紹介します。⏎⏎「…」⏎（北原白秋「からたちの花」1924年）)', () => {
  // Kind: the author named with the kind of work whose passage is presented (北原白秋の詩の一節をご紹介します, 与謝野晶子の短歌を一首ご紹介,
  // 松尾芭蕉の俳句から引用), or a citation after it giving the author and the title with its year (（金子みすゞ「ふるさと」大正13年）): the
  // quotation's source. A work of no one named (詩の一節, ある詩人の詩, 有名な詩), a title without its author, or a group's works are not.
  it.each([
    '白秋祭に向けて、北原白秋の詩の一節をご紹介します。\n\n「からたちの花が咲いたよ。白い白い花が咲いたよ。からたちのとげはいたいよ。青い青い針のとげだよ。」\n（北原白秋「からたちの花」1924年）\n\n生家・記念館では直筆原稿も展示しています。',
    `白秋祭に向けて、北原白秋の詩の一節をご紹介します。\n\n「${POEM}」\n\n生家・記念館では直筆原稿も展示しています。`,
    '秋の読書週間にちなんで、与謝野晶子の短歌を一首ご紹介します。「その子二十櫛にながるる黒髪のおごりの春のうつくしきかな」図書館では歌集の貸し出しも行っています。',
    '詩の教室のご案内です。\n\n「ふるさとの川は、今日もゆっくりと流れている。わたしの心も、いっしょに流れていく。」\n（金子みすゞ「ふるさと」大正13年）',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    `白秋祭に向けて、詩の一節をご紹介します。\n\n「${POEM}」\n\n生家・記念館では直筆原稿も展示しています。`,
    `白秋祭に向けて、ある詩人の詩の一節をご紹介します。\n\n「${POEM}」`,
    `白秋祭にちなみ、有名な詩をご紹介します。\n\n「${POEM}」\n（「からたちの花」1924年）`,
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): blind R67A-131, a bulletin headed as an excerpt with no issuer (台風第14号に関する気象情報（抜粋）⏎⏎台風は、…)', () => {
  // Kind: a heading line that labels the text under it as an excerpt or a reproduction, the label closing the line (（抜粋）, 【一部抜粋】,
  // （引用）, （転載）): it announces someone's text, as 以下、…より抜粋します does, so the passage after it (the next line or paragraph)
  // needs who issued it. A title naming the body that holds the text (福岡管区気象台 …, 柳川市地域防災計画, 柳川市環境審議会 会議録), a
  // source anywhere in the post (出典：…, a URL), or a label inside a sentence (会議録（抜粋）は市ホームページで) make it none.
  it.each([
    '台風第14号に関する気象情報（抜粋）\n\n台風は、非常に強い勢力を保ったまま北上し、明日未明にかけて九州北部にかなり接近する見込みです。暴風、高波、大雨による土砂災害や低い土地の浸水、河川の増水に厳重に警戒してください。\n\n以上',
    '■土砂災害警戒情報【一部抜粋】\n柳川市では、土砂災害の危険度が非常に高まっています。避難が必要となる危険な状況となっています。',
    '熱中症に関する注意喚起（引用）\n\n気温が高い日が続いています。のどが渇く前にこまめに水分を補給し、エアコンを適切に使用しましょう。外出時は日傘や帽子を使いましょう。',
    '記録的短時間大雨情報（一部抜粋）\n1時間に約110ミリの猛烈な雨が降ったとみられます。土砂災害や浸水害、河川の増水に厳重に警戒してください。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    '福岡管区気象台 台風第14号に関する気象情報（抜粋）\n\n台風は、非常に強い勢力を保ったまま北上し、明日未明にかけて九州北部にかなり接近する見込みです。暴風、高波、大雨による土砂災害や低い土地の浸水、河川の増水に厳重に警戒してください。',
    '台風第14号に関する気象情報（抜粋）\n\n台風は、非常に強い勢力を保ったまま北上し、明日未明にかけて九州北部にかなり接近する見込みです。暴風、高波、大雨による土砂災害や低い土地の浸水、河川の増水に厳重に警戒してください。\n\n出典：福岡管区気象台 10月3日5時発表',
    '柳川市地域防災計画（抜粋）\n\n避難所では、要配慮者の状況に応じて、福祉避難スペースを確保するものとし、その運営には地域の協力を得るものとする。',
    '第3回柳川市環境審議会 会議録（抜粋）\n\n委員からは、掘割の水質改善に向けて、地域住民との協働をさらに進めるべきとの意見が出されました。',
    '会議録（抜粋）は市ホームページでご覧いただけます。\n委員からは、掘割の水質改善に向けて、地域住民との協働をさらに進めるべきとの意見が出されました。',
    '台風第14号の概要（要約）\n\n台風は、非常に強い勢力を保ったまま北上し、明日未明にかけて九州北部にかなり接近する見込みです。暴風、高波、大雨に警戒してください。',
    '本市は、業務を委託する事業者を公募型プロポーザル方式により選定する。\n\n1 参加資格（抜粋）\n（1）柳川市暴力団排除条例に規定する暴力団員等に該当しないこと\n（2）個人情報保護に関する第三者認証を取得していること',
    '（2）対象となる方（抜粋）\n市内に住所を有し、令和7年4月1日時点で65歳以上の方で、要介護認定を受けていない方。詳しくは実施要綱をご覧ください。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): blind HC-127, a provision cited in brackets with its document, edition and section (「…」（柳川市地域防災計画 令和6年修正 第3章第5節）)', () => {
  // Kind: a citation in brackets that names a public body's document by its title (柳川市地域防災計画, 福岡県地域防災計画, 柳川市避難所運営
  // マニュアル) with its edition or its section (令和6年修正, 令和5年3月改訂, 第2編第4章, p.45): the quotation's source. A vague holder (ある
  // 自治体の地域防災計画) or no citation at all is none.
  it.each([
    '「避難所では、要配慮者の状況に応じて、福祉避難スペースを確保するものとする。」（柳川市地域防災計画 令和6年修正 第3章第5節）。この規定に基づき、中央公民館に福祉避難スペースを設けています。',
    '「避難所では、要配慮者の状況に応じて、福祉避難スペースを確保するものとする。」（福岡県地域防災計画 第2編第4章）。県の計画に沿って、中央公民館に福祉避難スペースを設けています。',
    '「市は、災害時に備え、食料や飲料水などの備蓄に努めるものとする。」（柳川市地域防災計画 令和6年度版 p.45）に基づき、備蓄を進めています。',
    '「避難所の運営は、避難者、地域、行政が協力して行うものとする。」(柳川市避難所運営マニュアル 令和5年3月改訂)。皆さんのご協力をお願いします。',
    '「要配慮者の避難支援は、地域の実情に応じて行うものとする。」（柳川市避難行動要支援者避難支援計画 令和5年3月策定 第2章）。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    '「避難所では、要配慮者の状況に応じて、福祉避難スペースを確保するものとする。」（ある自治体の地域防災計画 第3章）。この規定に基づき、中央公民館に福祉避難スペースを設けています。',
    '「避難所では、要配慮者の状況に応じて、福祉避難スペースを確保するものとする。」この規定に基づき、中央公民館に福祉避難スペースを設けています。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe("quotation (4(4)): blind R68A-104, a kind of document after a vague holder (他の自治体の部活動ガイドラインに、こんな一文がありました。“…”)", () => {
  // Kind: a document named by its kind alone after a vague holder (他の自治体の…ガイドライン, よその町の景観計画, ある県の…指針, 別の市の防災
  // 計画): every body has one, so it names no source for a long quotation. The holder named (福岡県の部活動ガイドライン, 柳川市景観計画) or the
  // document's title in brackets is one.
  it.each([
    "他の自治体の部活動ガイドラインに、こんな一文がありました。“部活動は、生徒の自主的、自発的な参加により行われるものであり、参加を強制することがあってはならない。また、休養日を適切に設け、生徒の心身の健康に配慮すること。” 本市でも大切にしたい考え方です。",
    "よその町の景観計画には、こう書かれていました。「水辺の景観は、住民が日々の暮らしの中で守り育ててきた共有の財産であり、次の世代へ確かに引き継がなければならない。」",
    "ある県の子育て支援指針では「子どもの育ちを社会全体で支えることは、地域の未来への投資であり、行政だけでなく住民一人ひとりの参加が欠かせない」とされています。",
    "別の市の防災計画に、こんな一文がありました。『避難所の運営は、避難者自身が主体となって行うことを基本とし、行政はその活動を支援する立場に徹するものとする。』",
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    "福岡県の部活動ガイドラインに、こんな一文がありました。“部活動は、生徒の自主的、自発的な参加により行われるものであり、参加を強制することがあってはならない。また、休養日を適切に設け、生徒の心身の健康に配慮すること。”",
    "柳川市景観計画には「水辺の景観は、住民が日々の暮らしの中で守り育ててきた共有の財産であり、次の世代へ確かに引き継がなければならない。」と書かれています。",
    "スポーツ庁の『運動部活動の在り方に関する総合的なガイドライン』には、「部活動は、生徒の自主的、自発的な参加により行われるものであり、休養日を適切に設けること」とあります。",
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe("quotation (4(4)): blind R69A-064, a colleague's memo left in the draft (（課長より：新聞の記事からそのまま引用しといて）『…』)", () => {
  // Kind: X より： followed by an instruction to the writer (引用しといて, 貼っといてください, 転載しておいて, 使っていいよ) is a memo from whoever asked
  // for the quotation, not its source; what the memo names after its colon (新聞の記事, 雑誌の記事) is judged as the source. A heading
  // that gives the author (市長より：「…」) or a memo that names the paper and date (有明日報11月3日付朝刊から) is a source.
  it.each([
    "（課長より：新聞の記事からそのまま引用しといて）\n『市が進める掘割再生事業は、行政主導から住民協働への転換を示す好例であり、他の自治体にとっても学ぶべき点が多い。今後は若い世代の担い手育成が課題となるだろう。』\n地元紙でも取り上げていただきました！ありがとうございます。",
    "（係長より：このコラム、そのまま貼っといてください）\n「水の町に暮らすということは、水とともに生きる知恵を受け継ぐことでもある。掘割は、その知恵の結晶なのだ。」",
    "【部長より：雑誌の記事から転載しておいて】\n「柳川の川下りは、船頭の語りと水面の光が織りなす、ほかでは味わえない時間である。訪れるたびに新しい発見がある。」",
    "（課長より：ネットの記事、使っていいよ）『地域の祭りは、人と人とをつなぐ見えない糸のようなものだ。その糸を編み直すのが、今の世代の役目である。』",
    "（課長より：雑誌の記事より引用しといて）\n「水の町に暮らすということは、水とともに生きる知恵を受け継ぐことでもある。掘割は、その知恵の結晶なのだ。」",
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    "市長より：「新しい年を迎え、市民の皆さまが健やかに過ごされることを心よりお祈り申し上げます。本年も市政へのご理解とご協力をお願いいたします。」",
    "有明日報（11月3日付朝刊）より：『市が進める掘割再生事業は、行政主導から住民協働への転換を示す好例であり、他の自治体にとっても学ぶべき点が多い。』",
    "（課長より：有明日報11月3日付朝刊から引用しといて）\n『市が進める掘割再生事業は、行政主導から住民協働への転換を示す好例であり、他の自治体にとっても学ぶべき点が多い。』",
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe("quotation (4(4)): blind R69A-135, a public body's report quoted at length without its title or year (観光庁の報告書にも「…」と書かれています)", () => {
  // Kind: a report (報告書, 白書) named only by the body that published it: the body publishes many, so a long quotation from one needs its title or
  // its year (観光庁の報告書（令和5年3月）, 観光庁の報告書『…』, 観光庁が2023年に公表した報告書). The body's announcement (気象台の発表によると)
  // stays a source.
  it.each([
    "観光庁の報告書にも「地域住民が主体となって守り伝えてきた水辺の景観は、訪れる人々にとって何にも代えがたい体験価値を生み出しており、今後の観光地域づくりの核となりうる」と書かれています。柳川の掘割は、まさにその代表例です。",
    "環境省の報告書では「身近な水辺の生き物を守ることは、地域の暮らしの豊かさを守ることでもあり、住民の参加なしには成り立たない取り組みである」と述べられています。",
    "文化庁の白書にも『伝統的な祭礼や行事は、地域の人々が世代を超えてつながる場であり、その継承は地域社会の持続性を支える基盤となっている』とあります。",
    "県の報告書によると「高齢者の移動手段の確保は喫緊の課題であり、地域の実情に応じた公共交通の再編が求められている」とのことです。",
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    "観光庁の報告書（令和5年3月）にも「地域住民が主体となって守り伝えてきた水辺の景観は、訪れる人々にとって何にも代えがたい体験価値を生み出しており、今後の観光地域づくりの核となりうる」と書かれています。",
    "観光庁の報告書『水辺空間を活かした観光地域づくり』にも「地域住民が主体となって守り伝えてきた水辺の景観は、訪れる人々にとって何にも代えがたい体験価値を生み出しており、今後の観光地域づくりの核となりうる」と書かれています。",
    "観光庁が2023年に公表した報告書にも「地域住民が主体となって守り伝えてきた水辺の景観は、訪れる人々にとって何にも代えがたい体験価値を生み出しており、今後の観光地域づくりの核となりうる」と書かれています。",
    "福岡管区気象台の発表によると「今夜遅くにかけて、線状降水帯が発生して大雨災害の危険度が急激に高まる可能性があります」とのことです。",
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe("quotation (4(4)): blind R71A-089, someone's post set out as a block quote (＞…) and answered as 'these voices' (こうした声を受け止めて)", () => {
  // Kind: a line opened with > or ＞ reproduces someone's written text; a sentence after it that calls it one of the voices the city hears
  // (こうした声を受け止めて, このようなお声を受けて) tells what the city does, not whose text it is or that they agreed to its use. Bracketed
  // worries quoted as examples of such voices (「…」。こうしたお悩みを伺います) stay the city's own; a block quote with its sender's tag
  // or their leave stays clean.
  it.each([
    "＞バスの本数が減って、通院のたびにタクシー代が3,000円かかるようになった。年金暮らしには本当に厳しい。せめて病院の前まで行く便を残してほしい。\nこうした声を受け止めて、路線の見直しを進めています。",
    "> 子どもを遊ばせられる公園が近所に一つもなくて、休日はいつも車で遠くまで出かけています。もっと身近に遊び場がほしいです。\nこのような声を受けて、地区ごとの遊び場づくりを検討しています。",
    "＞夜の駅前は街灯が少なくて、部活帰りの娘を迎えに行くたびに不安になります。もう少し明るくしてもらえないでしょうか。\nそうした不安の声が多く寄せられており、今年度中に街灯を増やします。",
    "＞ 窓口で何度も同じ書類を書かされて、半日つぶれてしまいました。もっと簡単に手続きできるようにしてほしいです。\n同じようなご要望を多くいただいており、書かない窓口の導入を進めています。",
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    "＞バスの本数が減って、通院のたびにタクシー代が3,000円かかるようになった。年金暮らしには本当に厳しい。せめて病院の前まで行く便を残してほしい。\n（ご本人の了承を得て掲載しています）\nこうした声を受け止めて、路線の見直しを進めています。",
    "「バスの本数が減って通院が大変になった」「病院の前まで行く便がほしい」。こうした声を受け止めて、路線の見直しを進めています。",
    "「夜の駅前が暗くて、迎えに行くたびに不安になります」。このようなご相談を多くいただいており、今年度中に街灯を増やします。",
    "バスの本数についてのご意見をたくさんいただいています。こうした声を受け止めて、路線の見直しを進めています。",
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe("quotation (4(4)): blind HF-059, the advice of the city's own lecturers named before it (講師の…の会の皆さまからは「…」とのアドバイスをいただきました)", () => {
  // Kind: the words of the lecturer or guest of the city's own course, with who they are before the quotation and the post thanking them for
  // their advice (とのアドバイスをいただきました, とのご助言をいただきました): the staff's report of its event, as と話していただきました is.
  // Words of an authority or a vague someone (ある作家からは), or advice read in a book, still need a source.
  it.each([
    "「おもてなし講座」を開きました。講師の観光ガイドの会の皆さまからは「外国の方には、笑顔と指さしだけでも十分伝わります」とのアドバイスをいただきました。ご参加の宿泊・飲食事業者の皆さま、ありがとうございました。",
    "防災講座を開きました。講師の消防団の皆さんからは「懐中電灯と笛は、枕元に置いておくのがいちばんです」とのご助言をいただきました。",
    "子育て講座では、講師の保育士さんから「できたことを一つずつ言葉にして褒めてあげてください」とのアドバイスをいただきました。",
    "シニア向けスマホ教室の講師を務めた地元高校の生徒さんたちからは「分からないことは何度聞いてもいいんですよ」とのお言葉をいただきました。",
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    "おもてなし講座を開きました。ある有名な作家からは「外国の方には、笑顔と指さしだけでも十分に伝わるものなのです」とのアドバイスをいただきました。",
    "おもてなしの本には「外国の方には、笑顔と指さしだけでも十分伝わります。言葉よりも心が大切なのです」とのアドバイスが書かれていました。",
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe("quotation (4(4)): blind HF-074, a public safety slogan heading its campaign (「飲酒運転は絶対にしない、させない、許さない。」…運動へのご協力を)", () => {
  // Kind: a slogan in the form of a resolve or a call (〜しない、させない、許さない; 〜守ろう; 〜行こう) quoted in the post of its campaign
  // (運動, 週間, 標語): the campaign's own words, no one's text to credit. Without the campaign, or a passage that is not a call, it is a quotation.
  it.each([
    "「飲酒運転は絶対にしない、させない、許さない。」年末年始は飲酒の機会が増えます。ハンドルキーパー運動へのご協力をお願いします。",
    "「ながらスマホは、しない、させない、見逃さない。」春の交通安全運動が始まります。",
    "「ごみは持ち帰ろう、分けよう、減らそう。」掘割クリーン週間にご協力ください。",
    "「火の用心、ことばで消そう、火の元を、みんなで守ろう。」秋の火災予防運動が始まります。",
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    "「飲酒運転は絶対にしない、させない、許さない。それが大人の責任というものだ」と、ある新聞のコラムに書かれていました。",
    "「人は一人では生きられない。だからこそ、互いに手を差し伸べ合うことが大切なのだ」。ハンドルキーパー運動へのご協力をお願いします。",
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe("quotation (4(4)): blind HF-116/HF-122, a scammer's words quoted as what to beware of, in English or やさしい日本語", () => {
  // Kind: the line a scammer says, quoted in a warning that names it a scam in the language of the post (scam, scammers, fraud; さぎ, 「…」という
  // でんわは うそ です): an example of the deceit, not a borrowed text. The same words without the warning are a quotation.
  it.each([
    "【Beware of scam calls】\nIn Yanagawa, scammers pretending to be city officials call residents and say, \"You can get a refund. Please go to an ATM.\" This is a scam. City Hall never asks you to use an ATM. If you are not sure, call Yanagawa Police Station: 0944-72-0110.",
    "Watch out for fraud: a caller may say, \"Your bank card has expired. Please tell me your PIN number.\" Hang up and call the police.",
    "Phishing warning: text messages saying \"Your parcel could not be delivered. Please check the link below.\" are fake. Do not tap the link.",
    "やさしい にほんご です。\n「おかねが もどります。ATMに いって ください」という でんわは うそ です。\nしやくしょは ATMで おかねを かえしません。\nこまったら けいさつ（110）に でんわ して ください。",
    "やさしい にほんご です。\n「あなたの カードが つかえなく なりました。ばんごうを おしえて ください」という でんわは さぎ です。",
    "「ぜいきんが もどります。きょう じゅうに てつづきを して ください」という メールは うそ です。ひらかないで ください。",
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    "A travel blog once said, \"Yanagawa is a city where time flows as slowly as its canals, and every bridge has a story to tell.\" Come and see!",
    "やさしい にほんご です。\n「かわの まちで くらす ことは、みずと ともに いきる ちえを うけつぐ ことでも ある」と ある ほんに かいて ありました。",
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe("quotation (4(4)): colleagues' notes, により is no source and a title before the full name names the speaker", () => {
  // Kind 1: により / によって is a cause or a means (大雨により, 強風により中止): unlike 〜より (from) it names no text's source, so a quotation
  // in the post still needs one. A real 〜より (市報4月号より) or によると stays a source.
  it.each([
    "「子どもたち一人ひとりの可能性を信じ、地域とともに学校を支えていきたい」。大雨により、式典は短縮して行われました。",
    "「水の町に暮らすということは、水とともに生きる知恵を受け継ぐことでもある。」強風により、舟下りは午後から運休します。",
    "『掘割は、人々の暮らしと知恵が何百年もかけて作り上げた、生きた文化財なのである。』工事により、遊歩道は通行止めです。",
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    "大雨により、式典は短縮して行われました。ご来場の皆さま、ありがとうございました。",
    "「水の町に暮らすということは、水とともに生きる知恵を受け継ぐことでもある。」（広報やながわ 2025年4月号より）強風により、舟下りは午後から運休します。",
    "福岡管区気象台によると「今夜遅くにかけて、線状降水帯が発生して大雨災害の危険度が急激に高まる可能性があります」とのことです。大雨により、避難所を開設しました。",
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  // Kind 2: a press release's speaker written title first, then the full name (教育長 大坪 和雄は, 市長 金子 健次が, 校長の中村 誠は).
  it.each([
    "教育長 大坪 和雄は「子どもたち一人ひとりの可能性を信じ、地域とともに学校を支えていきたい」と述べた。",
    "市長 金子 健次は「水の町の魅力を、次の世代にしっかりと引き継いでいきたいと考えています」とあいさつしました。",
    "式典では、校長の中村 誠が「一人ひとりが自分らしく輝ける学校を、皆さんと一緒につくっていきたい」と話しました。",
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    "ある教育長は「子どもたち一人ひとりの可能性を信じ、地域とともに学校を支えていくことこそ、教育の本質である」と述べている。",
    "教育長 大坪 和雄が出席しました。\n\nある雑誌のコラムには、こう書かれていました。「子どもたち一人ひとりの可能性を信じ、地域とともに学校を支えていくことこそ、教育の本質である。」",
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe("quotation (4(4)): blind HE-026, an article of a law cited after its short name in brackets (特別措置法（空家法）第5条は、…「…」ことを求めています)", () => {
  // Kind: a law named with its short name in brackets, then the article (…法（空家法）第5条, 条例（景観条例）第12条): the article is the
  // quotation's source, as …法第5条 is. (Found once により stopped counting as 〜より: 法改正により had stood in for the source.)
  it.each([
    "空家等対策の推進に関する特別措置法（空家法）第5条は、空き家の所有者や管理者に対し、「周辺の生活環境に悪影響を及ぼさないよう、空家等の適切な管理に努める」ことを求めています。令和5年12月の法改正により、指導・勧告を行えるようになりました。",
    "柳川市景観条例（景観条例）第12条は「建築物の外観は、周辺の水辺景観との調和に配慮したものとしなければならない」と定めています。",
    "道路交通法（道交法）第63条の11は「自転車の運転者は、乗車用ヘルメットをかぶるよう努めなければならない」と定めています。",
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    "ある法律には「周辺の生活環境に悪影響を及ぼさないよう、空家等の適切な管理に努めなければならない」と書かれています。法改正により、指導・勧告を行えるようになりました。",
    "「周辺の生活環境に悪影響を及ぼさないよう、空家等の適切な管理に努めなければならない」。令和5年の法改正により、指導・勧告を行えるようになりました。",
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): blind R72A-148, remarks quoted as instances of words the same sentence classes as abuse (「…」といった言葉や、…もDVにあたります)', () => {
  // Kind: a remark quoted, then called one of a kind of words (といった言葉, などの発言, のような暴言, みたいな言葉) that the same sentence
  // classes as abuse or harassment (DVにあたります, パワハラに当たります, 虐待です, デートDVの一つです): an awareness post's example of what
  // abusers say, no one's text. Words named as words (という言葉が…ある本にありました), a claim of an unnamed expert, or words heard somewhere
  // with no class said of them (といった言葉を、ある講演で聞きました) are quotations needing a source.
  it.each([
    "【配偶者などからの暴力に悩んでいませんか】\n身体的な暴力だけでなく、「誰のおかげで生活できていると思っているんだ」といった言葉や、生活費を渡さないこともDVにあたります。\nひとりで悩まず、DV相談ナビ「#8008」や市の男女共同参画相談（0944-77-8519）にご相談ください。",
    "【DVについて知ってください】\n「誰に食べさせてもらっていると思っているのか」といった言葉や、お金を自由に使わせないことも、DVにあたります。",
    "「付き合っているなら、スマホのパスワードくらい教えるのが当たり前だと思っているんだ」といった言葉で相手を縛るのも、デートDVの一つです。",
    "「誰が稼いだお金だと思っているの、あんたには使わせないから」みたいな言葉で相手を追いつめるのも、精神的なDVです。",
    "「お前の代わりなんていくらでもいるんだ、嫌なら辞めればいい」などの発言を部下に繰り返すことも、パワハラに当たります。",
    "「言うことを聞かない子には、ごはんなんか食べさせないと思っているんだよ」のような言葉で子どもを脅すことも、虐待です。",
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    "ある専門家は「DVは家庭という密室で起きる、最も身近で見えにくい暴力なのです」と語っています。",
    "「暴力は連鎖する。子どもの頃に見た光景は、大人になっても消えることがない」という言葉が、ある本にありました。",
    "「家庭内の暴力は、被害者の心に一生消えない傷を残すのです」といった言葉を、ある講演で聞きました。DV防止にご協力ください。",
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): blind R75A-099, a poem recalled at length after さん inside a word (掘割をおさんぽ), no poet named', () => {
  // Kind: a long poem or passage the writer likes or recalls (大好きな詩を思い出したよ, ふと浮かんだ詩), quoted with no poet and no work; さん
  // opening a word written in kana (おさんぽ, さんぽ中) before it is no honorific, so it names no one. A poet named with the work, a person
  // met and named (船頭の古賀さん), or no quotation at all stay clean.
  it.each([
    '今日は掘割をおさんぽ🐟 大好きな詩を思い出したよ。\n「水のほとりに柳はゆれて、ゆれるたびに空がほどける。わたしの町はいつも、誰かを待つ舟のかたちをしている。」\nいい詩だよね〜✨\n#柳川 #うなもん',
    '朝の公園でさんぽ中に、好きな詩を思い出しました。\n「川面に映る柳の影は、風が吹くたびに形を変えて、それでも同じ場所に帰ってくる。」\nすてきな詩ですよね。',
    '掘割沿いをおさんぽしよったら、ふと浮かんだ詩があるっちゃん。「夕暮れの水路をゆく舟は、だれかの思い出を乗せて、ゆっくりと橋の下をくぐっていく。」よか詩やろ？',
    '今日はお堀でおさんぽ日和☀️ お気に入りの詩を紹介するね！\n「しずかな水の上を、ひかりがすべってゆく。わたしはそれを追いかけて、いつまでも岸辺に立っている。」\n#柳川',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    '今日は掘割をおさんぽ🐟 柳の新芽がゆれて、空がとってもきれいだったよ。いい一日だね〜✨\n#柳川 #うなもん',
    '今日は掘割をおさんぽ🐟 北原白秋の詩を思い出したよ。\n「からたちの花が咲いたよ。白い白い花が咲いたよ。からたちのとげはいたいよ。青い青い針のとげだよ。」\n（北原白秋「からたちの花」）',
    '掘割をおさんぽ中に、船頭の古賀さんに会ったよ🐟 古賀さんは「春になると、堀の水が少しずつぬるくなって、魚も元気に泳ぎ出すんですよ。」と教えてくれたよ。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): blind R75A-134, someone’s post quoted at length, its author only a profession with さん (税理士さん)', () => {
  // Kind: a post or blog of someone named only by their trade with さん (税理士さん, 司法書士さん, 社労士さん, 建築士さん, 獣医師さん, 記者さん)
  // quoted at length: every town has many, so the trade names no author. The same trade with the person's name (税理士の山田花子さん), a trade
  // with no quotation, or a named public page (国税庁のホームページでは) stay clean.
  it.each([
    'フォロワーの多い税理士さんの投稿が話題です。“確定申告は3月15日が期限ですが、還付申告なら5年間さかのぼって提出できます。医療費控除を出し忘れた人は今からでも間に合いますよ。” 知らなかった方も多いのでは？',
    '話題になっている司法書士さんのつぶやきです。「相続登記は令和6年4月から義務になりました。3年以内に申請しないと過料の対象になることがあります。」知っておきたいですね。',
    'SNSでバズっとる社労士さんの投稿、知っとる？「育児休業給付金は、休業開始から180日までは賃金の67%が支給されます。申請は会社を通して行います。」だって。',
    '人気の建築士さんがこう書いていました。“古い木造住宅は、まず耐震診断を受けてください。壁の量と配置を見直すだけで、揺れへの強さは大きく変わります。”',
    'フォロワーの多い獣医師さんの投稿です。「夏のお散歩は、アスファルトが冷めた夕方以降にしましょう。肉球のやけどは本当に多いんです。」',
    '地元紙の記者さんが書いた記事に「柳川の掘割は、市民の手で守られてきた生きた文化財である。」とありました。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    '税理士の山田花子さんは「確定申告は3月15日が期限です。還付申告は5年間さかのぼって提出できます。」と話しています。',
    '確定申告の無料相談会を開きます。当日は税理士さんが申告書の書き方を教えてくれます。お気軽にお越しください。',
    '司法書士の松尾 和也さんは「相続登記は令和6年4月から義務になりました。早めのご相談をおすすめします。」と話していました。',
    '国税庁のホームページでは「還付申告は、確定申告の期限に関係なく、5年間さかのぼって提出できます。」と案内されています。税理士さんによる無料相談会もご利用ください。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): blind HH-024, a public body’s notice quoted under its name and cited with its month', () => {
  // Kind: a body named as the one who says what follows (〇〇事務所は、次のように呼びかけている, 柳川警察署は、次のように呼びかけています),
  // or the quotation cited after it with the issuer, the title and the month or day (（南筑後保健福祉環境事務所「食中毒予防のお知らせ」令和7年6月）):
  // its source is named. A vague body (ある警察署は, ある自治体は) or a medium in the citation (（ネットの記事「…」令和7年7月）) names none.
  it.each([
    '【鶏肉の生食・加熱不足による食中毒に注意】\n\n県内では、鶏肉の刺身や鶏たたきなど、生や加熱不足の鶏肉を原因とするカンピロバクター食中毒が毎年発生している。南筑後保健福祉環境事務所は、注意喚起として次のように呼びかけている。\n\n「新鮮な鶏肉でもカンピロバクターに汚染されていることがある。『新鮮だから生で食べても安全』ということはない。中心部を75℃で1分間以上加熱すること。」\n（南筑後保健福祉環境事務所「食中毒予防のお知らせ」令和7年6月）\n\n食中毒が疑われる症状（下痢、腹痛、発熱など）がある場合は、早めに医療機関を受診されたい。',
    '【秋の交通安全運動】\n\n柳川警察署は、次のように呼びかけています。\n\n「夕暮れ時は早めにライトを点灯してください。歩行者の方は、明るい色の服や反射材を身につけましょう。」',
    '【大雨への備え】\n福岡管区気象台は、以下のように注意を呼びかけている。\n「土砂災害警戒区域にお住まいの方は、早めの避難を心がけること。夜間の移動は危険が伴う。」',
    '【熱中症に注意】\n\n「のどが渇く前に、こまめに水分をとってください。エアコンをためらわずに使い、夜間も室温に気をつけてください。」\n（福岡県「熱中症予防のお知らせ」令和7年7月）',
    '【蚊の発生を防ぎましょう】\n「植木鉢の受け皿や古タイヤなど、水がたまる場所をなくすことが、蚊の発生をおさえる一番の近道です。」\n（南筑後保健福祉環境事務所「蚊の対策について」2025年6月10日）',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    '【秋の交通安全運動】\n\nある警察署は、次のように呼びかけています。\n\n「夕暮れ時は早めにライトを点灯してください。歩行者の方は、明るい色の服や反射材を身につけましょう。」',
    '【大雨への備え】\nある自治体は、以下のように注意を呼びかけている。\n「土砂災害警戒区域にお住まいの方は、早めの避難を心がけること。夜間の移動は危険が伴う。」',
    '【熱中症に注意】\n\n「のどが渇く前に、こまめに水分をとってください。エアコンをためらわずに使い、夜間も室温に気をつけてください。」\n（ネットの記事「熱中症予防のお知らせ」令和7年7月）',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): blind HH-080, a voice the city received, its giver told before it (施設の方からは「…」との声も寄せられています)', () => {
  // Kind: what residents or partners said to the city, its giver told as where it came from (〇〇の方からは, 保護者の方からは, 農家さんからも)
  // and the quotation called a voice received (との声も寄せられています, という声をいただいています, とのご意見が届いています): the city's own
  // report, not a text with an author. A medium (ネットの掲示板からは, SNSからは) or an authority (ある専門家からは) is no giver.
  it.each([
    '【介護の現場で働く海外人材の皆さんを応援しています】\n\n市内の介護施設では、ベトナムやインドネシア、ミャンマーなどから来た約60人の海外人材が、介護の仕事に携わっています。\n\n市は今年度から、介護施設で働く外国人職員を対象に、日本語教室（毎週水曜 18時30分〜20時、市民会館）を開いています。受講料は無料です。\n\n施設の方からは「利用者さんの名前を覚えるのがとても早く、笑顔で接してくれる」との声も寄せられています。\n\n問い合わせ：高齢支援課 0944-77-8660',
    '保護者の方からは、「先生が子どもの話をじっくり聞いてくれるので、安心して預けられます」とのご意見が届いています。',
    '地域の農家さんからも「子どもたちが田植えを手伝ってくれて、にぎやかで楽しかった」との声が寄せられました。',
    '利用者の皆さんからは「送迎の時間が分かりやすくなって、朝の準備がとても楽になりました」という声をいただいています。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    'ネットの掲示板からは「市役所の窓口はいつも混んでいて、職員の説明も分かりにくい」との声も上がっています。',
    'ある専門家からは「外国人材の受け入れは、地域の理解がなければ長続きしない」との声も寄せられています。',
    'SNSからは「送迎の時間が分かりやすくなって、朝の準備がとても楽になりました」という声も上がっています。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): blind R76A-113, a long opinion received and set out as its own paragraph, the city medium only its topic', () => {
  // Kind: a resident's opinion the city received (こんなご意見もいただいています, こんな声も届いています, こんなメールをいただきました) reproduced
  // word for word as a paragraph of several sentences, with no sender and no leave to publish: someone's text, which needs either. The city's
  // page or plan named as what the opinion is about (市ホームページの改修について, 総合計画の見直しに関して) is its topic, not where the words
  // are written, so it names no source; the page named as where the text stands (市ホームページのお知らせでは) still does.
  it.each([
    '市ホームページの改修について、こんなご意見もいただいています。\n\n「市のホームページは探したい情報にいつまでもたどり着けない。改修するなら、まず市民の声を聞くべきだ。税金の無駄遣いにだけはしないでほしい」\n\n皆さんの声を参考に、使いやすいサイトを目指します。',
    '市の公式LINEの使い勝手について、こんな声も届いています。\n\n「通知が多すぎて、大事なお知らせが埋もれてしまう。災害の情報だけを受け取れる設定にしてほしい。今のままでは登録を解除するしかない」\n\nいただいた声をもとに、配信の見直しを進めます。',
    '柳川市総合計画の見直しに関して、市民の方からこんなメールをいただきました。\n\n「計画の中身が難しすぎて、何が変わるのか全く分からない。もっと市民に分かる言葉で説明してほしい。説明会も平日の昼では参加できない」\n\n分かりやすい説明に努めます。',
    '市ホームページのリニューアルについて、こげなご意見ももろうとります。\n\n「スマホで見たら字が小さすぎて読めん。検索しても古いページばっかり出てくる。作り直すなら年寄りにも使いやすうしてほしか」\n\nしっかり参考にさせてもらいます！',
    '広報紙の紙面についてのご意見です。\n\n「広報やながわは文字ばかりで読む気がしない。写真やイラストを増やして、若い人にも手に取ってもらえる紙面にしてほしい。毎月楽しみにできる内容を期待している」',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    '市ホームページの改修について、こんなご意見をいただきました（ご本人の了承を得て掲載しています）。\n\n「市のホームページは探したい情報にいつまでもたどり着けない。改修するなら、まず市民の声を聞くべきだ。税金の無駄遣いにだけはしないでほしい」',
    '市ホームページの改修について、利用者の方からは「探している情報になかなかたどり着けない」との声も寄せられています。',
    '市ホームページの改修について、市民の皆さんからご意見を募集します。締め切りは5月31日です。ご意見は市ホームページの応募フォームからお寄せください。',
    '市ホームページのお知らせでは、次のように案内しています。\n\n「図書館は平日の夜も開けています。仕事帰りにも寄れるよう、木曜日は20時まで延長しています。ぜひご利用ください」',
    '柳川市総合計画の基本理念には、次のように書かれています。\n\n「水と緑と歴史が織りなす、人が輝くまち。市民一人ひとりが主役となり、ともに未来を築いていく」',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): blind R77A-016, a song’s lyrics set down as a line of their own, closed by a music note', () => {
  // Kind: a well-known song's lines written out without brackets, title or lyricist (a mascot humming a children's song): phrases parted by
  // spaces and ending in kana (a refrain or a sound word in katakana too: ピッチピッチ チャップチャップ ランランラン), the line closed by ♪ or 🎵
  // with no note before it, as ♪…♪ marks lyrics. The city's own spaced line in its polite voice (今年も 始まりました♪), a call to come
  // (あそびに きてね♪), a sentence with a note (きれいだよ〜♪) or a list of katakana names stay clean, as do lyrics with their lyricist.
  it.each([
    'あめあめ ふれふれ かあさんが じゃのめで おむかい うれしいな ピッチピッチ チャップチャップ ランランラン♪\n雨の日の掘割もしっとりきれいだよ〜☔ ほりわりんより🐟\n#ほりわりん #柳川 #雨の日',
    'もしもし かめよ かめさんよ せかいのうちで おまえほど あゆみの のろい ものはない どうして そんなに のろいのか🎵\nお堀の亀もひなたぼっこ中だよ🐢',
    'ぶんぶんぶん はちがとぶ おいけの まわりに のばらが さいたよ ぶんぶんぶん はちがとぶ♪♪\n菜の花畑でミツバチを見つけたっちゃん🐝 #ほりわりん',
    'ゆうやけ こやけで ひがくれて やまの おてらの かねがなる おててつないで みなかえろ からすと いっしょに かえりましょ♪\n今日の夕焼けもきれいでした。',
    'まいごの まいごの こねこちゃん あなたの おうちは どこですか おうちを きいても わからない なまえを きいても わからない♪\n迷子のネコちゃん、飼い主さんが見つかりました。',
    '♪あめあめ ふれふれ かあさんが じゃのめで おむかい うれしいな ピッチピッチ チャップチャップ ランランラン\n雨の日の掘割もしっとりきれいだよ〜☔',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    '雨の日の掘割もしっとりきれいだよ〜♪ 傘をさしてお散歩するのも楽しいね♪\n#ほりわりん',
    '川下り ひな祭り さげもん めぐり 今年も 始まりました♪\n#柳川',
    'きょうも ほりわりで まってるよ みんなで あそびに きてね♪',
    'きょうは あめが ふっています かさを わすれずに もって いって ください♪',
    'ピアノ バイオリン フルート チェロ コントラバス トランペット♪\n市民オーケストラの定期演奏会です。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): blind HJ-068, a visitor’s words with their leave to share stated, in English or Japanese', () => {
  // Kind: a visitor's short voice quoted with their permission stated after it ((shared with permission), posted with their permission,
  // quoted with their kind permission, 掲載の許可をいただいています): the words are given with leave, as ご本人の了承を得て does. Leave given
  // for photos (Photos shared with permission of the boatmen), leave refused (shared without permission) or none stay flagged.
  it.each([
    '“The boat ride through the canals was the highlight of our whole trip to Kyushu.” — a visitor from Australia (shared with permission) 🚣\nRiver cruises run daily, about 70 minutes per course.\n#Yanagawa #VisitJapan',
    '“The eel steamed in a bamboo box was the best meal we had in Japan, and the staff were so kind.” — a family from Canada, posted with their permission 🍱',
    '“We walked the canal paths at dusk and it felt like stepping into an old painting.” — guests from Singapore (quoted with their kind permission)',
    '“I will never forget the lanterns floating on the water that night.” (Used with the author’s consent.) Yanagawa Lantern Festival returns this August.',
    '「初めての川下りが旅の一番の思い出になりました。船頭さんの歌も素敵でした。」— オーストラリアからの旅行者（掲載の許可をいただいています）',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    '“The boat ride through the canals was the highlight of our whole trip to Kyushu.” — a visitor from Australia 🚣\nRiver cruises run daily, about 70 minutes per course.',
    '“The boat ride through the canals was the highlight of our whole trip to Kyushu.” — a visitor from Australia (shared without permission) 🚣',
    '“The boat ride through the canals was the highlight of our whole trip to Kyushu.” — from a travel blog. Photos shared with permission of the boatmen.',
    '「初めての川下りが旅の一番の思い出になりました。船頭さんの歌も素敵でした。」ある旅行ブログより。写真の掲載の許可をいただいています。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): blind R80A-077/130, an expert named only by their field or kind before the honorific', () => {
  // Kind: the speaker of a long quotation described by a field, a department or a kind of person before 先生, 教授 or さん (著名な生態学の
  // 先生も「…」と述べています, 研究者の先生いわく『…』そうです, 専門家の先生によると): the description (Xの先生) names no one, so the quotation
  // has no source, and neither has 曰く or によると after it. A name before the honorific (生態学の田中先生, 松尾教授いわく) is a source.
  it.each([
    '【外来生物について知ろう】\n\n先日、出前講座でお話しした内容を少しだけご紹介します。\n\n著名な生態学の先生も「ミシシッピアカミミガメを池や川に放すことは、たとえ善意であっても、在来のカメや水草にとっては侵略以外の何ものでもない」と述べています。\n\n飼えなくなった生き物は、絶対に放さないでください。',
    '研究者の先生いわく、『柳川の掘割は夏の地表温度を周辺より2度ほど下げる天然のクーラー。これを埋め立てれば、町はもっと暑くなる』そうです🌿 すごい！ #柳川 #掘割 #地球温暖化',
    '有名な医学の先生も「睡眠不足は、どんな栄養ドリンクよりも体に悪い。まずは七時間眠ることから始めよう」とおっしゃっています。',
    '専門家の先生いわく、「ムツゴロウは干潟の健康を映す鏡のような生き物で、数が減れば海が弱っている証拠だ」とのこと。',
    '小児科の先生によると、「子どもの熱中症は大人よりずっと早く進みます。のどが渇く前に水分をとらせてあげてください」とのことです。',
    '農学部の教授は「有明海の海苔は、川から流れ込む栄養があってこそ育つ。山と川と海はひとつながりなのです」と話されています。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    '生態学の田中先生も「ミシシッピアカミミガメを池や川に放すことは、たとえ善意であっても、在来のカメや水草にとっては侵略以外の何ものでもない」と述べています。',
    '九州大学の松尾教授いわく、「柳川の掘割は夏の地表温度を周辺より2度ほど下げる天然のクーラー。埋め立てれば町はもっと暑くなる」とのことです。',
    '田中先生いわく、『ムツゴロウは干潟の健康を映す鏡のような生き物で、数が減れば海が弱っている証拠だ』そうです。',
    '小児科の先生に相談しながら、子どもの熱中症対策を進めましょう。',
    '生態学の先生をお招きして、外来生物の出前講座を開きます。ご参加ください。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): team GY-104, the reader asked to write it so is shown the city\'s own sample', () => {
  // Kind: a line that tells the reader how to write something (件名を次のように書いてください, 以下のようにご記入ください, こう書いてね) before
  // the sample under it: the city's own wording for the reader to copy, not someone's text. A writer said to have written what follows
  // (ある作家は…次のように書いています, ある詩人はこう書きました) still announces a quotation.
  it.each([
    '【公民館講座のお申込み】メールで申し込むときは、件名を次のように書いてください。\n記入例）件名：○○講座申込み（○○に講座名）\n本文には、参加者の氏名と電話番号をご記入ください。中央公民館 0944-72-4105',
    '申込みメールの件名は、次のように書いてください。\n件名：親子料理教室申込み、参加する人数、お子さんの学年を書いて送ってください',
    'はがきの裏面には、以下のようにご記入ください。\n希望する講座名、住所、お名前、電話番号を書き、当日は筆記用具をお持ちになって会場にお越しください',
    '件名はこう書いてね。\nエコがめ缶バッジ希望、お名前、学年、住んでいる町名を書いて、ほりわりんまで送ってね',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    'ある作家は、故郷の川を次のように書いています。\n川は町の血管であり、水が流れているうちは町も生きている。水が止まれば、人の心も止まってしまうのだ。',
    'ある詩人はこう書きました。\n水の町に　朝がくる　舟はまだ　ねむっている　柳の影が　ひとつ　ゆれて',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): blind R83A-007, a poem set down line by line without brackets under a line pointing at it (毎年この詩を思い出します。)', () => {
  // Kind: a line that ends by pointing at a poem, a song or words that follow (この詩を思い出します, 次の一節が頭に浮かびます, この歌を口ずさんで,
  // こんな言葉があります), then at least two short lines set down without brackets, most ending in kana or a stop: a poem or lyrics quoted
  // line by line, in the next paragraph or right under the line. The work named with its author in the intro, the writer's own words
  // given (こんな言葉を贈りました), words pointed back at, a list of nouns and a line asking the reader not to use such words are not this.
  it.each([
    '有明海の干潟に夕日が沈むころ、毎年この詩を思い出します。\n\n山門は我が産土、\n雲騰る南風のまほら、\n飛ばまし、今一度。\n筑紫よ、かく呼ばへば\n恋ほしよ潮の落差、\n火照沁む夕日の潟。\n\n今年ものり漁の季節がやってきました。',
    '春の掘割を歩くと、次の一節が頭に浮かびます。\n\nからたちの花が咲いたよ。\n白い白い花が咲いたよ。\nからたちのとげはいたいよ。\n青い青い針のとげだよ。\n\n皆さんもぜひ散策を。',
    '川下りの船頭さんが、よくこの歌を口ずさんでいます。\n\nゆらり ゆらりと 舟はゆく\n柳の下を くぐりぬけ\n水面に映る 白い雲\n\n皆さんも乗ってみませんか。',
    '卒業式の季節になると、こんな言葉を思い出します。\n旅立つ君よ、振り返るな\n水の町は、いつも君の背中にある\n迷ったときは、堀の流れを思い出せ',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    '北原白秋の「帰去来」のこの一節を、毎年思い出します。\n\n山門は我が産土、\n雲騰る南風のまほら、\n飛ばまし、今一度。\n\n今年ものり漁の季節です。',
    '卒業式のあいさつで、こんな言葉を贈りました。\n旅立つ君よ、振り返るな\n水の町は、いつも君の背中にある\n迷ったときは、堀の流れを思い出せ\n\nご卒業おめでとうございます。',
    'この言葉を合言葉に、次の活動をしています。\n\n川の清掃\n花の植え付け\n見守り活動\n子ども食堂の運営\n防災訓練の実施',
    'こんな言葉を、お子さんに向けていませんか。\n\nなんでできないの\n早くしなさい\nだからダメなんだ\nお兄ちゃんはできたのに',
    '今月の「ことばの広場」は、この俳句です。\n\n堀割の 水のにおいや 春の風\n（城内小学校6年　古賀 結衣さん）',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): blind HM-007, a list of consultations the office receives, led as such (たとえば、こんな相談が寄せられています。⏎・「…」)', () => {
  // Kind: bracketed items on list lines (・, ①, 1.) right under a line that names them as consultations, worries or questions the office
  // receives (こんな相談が寄せられています, 次のようなご相談が多く寄せられます, このようなお悩みが届いています), in the same paragraph or
  // opening the next: the city's own illustration of what people bring to it. Consultations read in a medium (ネットの掲示板に…書き込まれて
  // いました, 新聞の…載っていました) or a quotation after the lead that is no list item still need a source.
  it.each([
    '【いじめで悩んでいませんか】\n\n柳川市教育相談室では、いじめや友だち関係の悩みについて、子どもからも保護者からも相談を受け付けています。たとえば、こんな相談が寄せられています。\n\n・「クラスのLINEグループから、自分だけ外された」\n・「毎日『キモい』『消えろ』と言われて、学校に行くのがつらい」\n・「子どもの持ち物がたびたび隠されているようだが、本人が話してくれない」\n\nどんな小さなことでもかまいません。秘密は守ります。名前を言わずに相談することもできます。\n\n■相談電話　0944-77-8862（平日9時〜17時）\n■メール　soudan@city.yanagawa.lg.jp\n■来所相談　柳川市教育相談室（柳川市三橋町正行60番地1 三橋庁舎2階）※予約制\n\n※紹介した相談例は、実際の相談をもとに内容を変えて作成したものです。',
    '子育て相談窓口には、次のようなご相談が多く寄せられます。\n・「夜泣きがひどくて、毎晩ほとんど眠れていない」\n・「上の子が赤ちゃん返りして、どう接したらいいかわからない」\n気軽にお電話ください。',
    '【消費生活センターから】\n\n最近、こんなご相談をいただいています。\n\n①「無料点検のはずが、高額な屋根工事の契約をさせられた」\n②「通販で一度だけ注文したのに、定期購入になっていた」\n\nおかしいなと思ったら、すぐにご相談ください。',
    'ひとり親家庭の支援窓口には、例えばこのようなお悩みが届いています。\n\n・「仕事と子育ての両立がむずかしく、相談できる相手もいない」\n・「養育費の取り決めをしないまま離婚してしまった」\n\n一人で悩まず、ご相談ください。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    'ネットの掲示板に、こんな相談が書き込まれていました。\n\n・「学校に行けなくなって、もう三か月も家から出られていない」\n・「親に話しても、怠けているとしか言ってくれない」\n\n悩んでいる人は、ぜひ窓口へ。',
    'ある新聞の人生相談に、こんな言葉が載っていました。\n\n・「悩みは、誰かに話した時点で半分になるものだと私は思います」\n\n一人で抱え込まないでくださいね。',
    'こんな相談が寄せられています。\n\n専門家はこう言います。「子どもの変化に気づいたら、まず話をじっくり聞いてあげることが大切です」',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): blind R84A-026, a public body and its document’s title named before the quotation (厚生労働省「…大綱」（令和元年）は、「…」)', () => {
  // Kind: a public body (省, 庁, 県, 市, 内閣府), the title of its document in brackets, perhaps its year or edition in brackets, then は,
  // では or によると right before the quotation: the document is named, whatever kind of document the title ends in (大綱, 提要, プラン).
  // A vague holder (ある省の「…」は), a vague medium (どこかの資料に, ネットで) or no one at all names no source.
  it.each([
    '厚生労働省「認知症施策推進大綱」（令和元年）は、「認知症の発症を遅らせ、認知症になっても希望を持って日常生活を過ごせる社会を目指す」としています。柳川市でも認知症カフェや相談窓口の充実に取り組んでいます。',
    '文部科学省「生徒指導提要」（令和4年改訂）では、「生徒指導は、児童生徒が社会の中で自分らしく生きることができる存在へと、自発的・主体的に成長や発達する過程を支える教育活動である」と定義しています。',
    '福岡県「ふくおか高齢者はつらつプラン」は、「高齢者が住み慣れた地域で、いつまでも生きがいを持って安心して暮らし続けられる社会をつくる」としています。',
    '内閣府『高齢社会白書』（令和5年版）は、「65歳以上の一人暮らしの人が増えており、地域での見守りや支え合いの重要性が一層高まっている」と指摘しています。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    'ある省の「認知症施策推進大綱」は、「認知症の発症を遅らせ、認知症になっても希望を持って日常生活を過ごせる社会を目指す」としています。',
    'どこかの資料に「認知症の発症を遅らせ、認知症になっても希望を持って日常生活を過ごせる社会を目指す」と書いてありました。',
    '「認知症の発症を遅らせ、認知症になっても希望を持って日常生活を過ごせる社会を目指す」という言葉を、ネットで見かけました。柳川市でも認知症カフェに取り組んでいます。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): blind HN-145, a visitor’s words with leave to publish told by the verb (掲載に同意いただいた方の感想をご紹介しています)', () => {
  // Kind: the leave to publish given, said with the verb rather than the noun and を (掲載に同意いただいた, 掲載を承諾いただいています, 掲載に
  // 同意してくださった, 掲載を了承された): the words are theirs, given with leave, as with 掲載の許可をいただいています. A leave still being
  // asked (同意いただけるか確認しています), denied (同意いただいていない) or given for a photo (写真の掲載に同意), or a medium read (ネットの
  // 口コミ) is none.
  const voice = '「祖母に連れられて33年前の公開を見たことを、今日まですっかり忘れていました。同じ観音様の前に、今度は自分の孫と立てたことに、胸がいっぱいになりました。」'
  it.each([
    `清流寺の特別公開に来られた方から、アンケートでこんな感想をいただきました。\n\n${voice}\n\n（アンケートで掲載に同意いただいた方の感想をご紹介しています）\n\n文化財は、こうして世代を越えて受け継がれていくのだと感じました。ご来場ありがとうございました。`,
    '体験教室に参加された方から、こんなお便りが届きました。\n\n「初めて竹細工に挑戦しましたが、先生が丁寧に教えてくださったおかげで、孫へのお土産になるかごが完成しました。」\n\n（ご本人に掲載を承諾いただいています）',
    'アンケートでこんな感想をいただきました。\n\n「子どものころに乗った川下りの舟に、今度は娘と一緒に乗ることができて、あの日の景色がよみがえるようでした。」\n\n※ご紹介した感想は、掲載に同意してくださった方のものです。',
    '図書館まつりの来場者から、こんな声をいただきました。\n\n「読み聞かせの会に毎月通っていますが、今日は子どもが初めて自分から本を選び、最後まで静かに聞いていられたのがうれしかったです。」\n\n（掲載を了承された方の感想です）',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    `清流寺の特別公開に来られた方から、アンケートでこんな感想をいただきました。\n\n${voice}\n\n（掲載に同意いただけるか、現在ご本人に確認しています）`,
    `清流寺の特別公開に来られた方から、アンケートでこんな感想をいただきました。\n\n${voice}\n\n（写真の掲載に同意いただいた方のみ写っています）`,
    `ネットの口コミに、こんな感想が載っていました。\n\n${voice}`,
    'アンケートでこんな感想をいただきました。\n\n「子どものころに乗った川下りの舟に、今度は娘と一緒に乗ることができて、あの日の景色がよみがえるようでした。」\n\n（掲載に同意いただいていない方の感想は載せていません）',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): blind HO-046, a bad trader’s lines shown as examples (次のような言葉で契約を迫る業者が現れることがあります。⏎⏎「…」)', () => {
  // Kind: the lines a trader or a caller presses people with, shown as what to beware of (次のような言葉で契約を迫る, こんな話で工事を勧める業者,
  // 以下のような口実で家に上がり込もうとする, 地震に便乗した勧誘, 悪質な訪問業者): the pitch is the scammer's, no text to cite. Words
  // introduced as someone's saying (ある作家は次のような言葉で読者を励ましました) still need a source.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    '【災害に便乗した悪質な訪問業者にご注意ください】\n\n台風の後、被害を受けた住宅を狙って、次のような言葉で契約を迫る業者が現れることがあります。\n\n「市の委託業者です。屋根を無料で点検します」\n「火災保険を使えば自己負担ゼロで直せます」\n「今日契約すれば特別に値引きします」\n\n市が業者に住宅の点検を依頼することはありません。その場で契約せず、家族や消費生活センターに相談してください。\n\n柳川市消費生活センター 0944-77-8520\n消費者ホットライン 188',
    '台風の後、次のような言葉で契約を迫る業者が現れることがあります。\n\n「市の委託業者です。屋根を無料で点検します」\n「火災保険を使えば自己負担ゼロで直せます」',
    '大雨のあと、こんな話で工事を勧める業者に気をつけてください。「近所で工事をしているので、ついでに屋根を見てあげますよ。今なら安くできます」',
    '地震に便乗した勧誘が増えています。「市から頼まれて耐震診断に来ました。今日中に申し込めば補助が出ます」と言われても、その場で決めないでください。',
    '以下のような口実で家に上がり込もうとする人がいます。「水道局の者です。水質検査のため、台所の蛇口を見せてください」',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    'ある作家は次のような言葉で読者を励ましました。「人生は、いつからでもやり直せる。大切なのは、今日の一歩を踏み出す勇気だ」',
    'ある経営者は次のような言葉で社員を鼓舞したそうです。「失敗を恐れて何もしないことこそが、最大の失敗である。まずは動いてみよう」',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind HO-056, a scam call’s words called a lie in やさしい日本語 (「…」という でんわ は、うそ です)', () => {
  // Kind: the call, the mail or the message itself called false (でんわ は、うそ です, うその でんわ, という電話は、嘘です, にせの メール), its
  // words quoted as what the caller says: a scam warning, spaces and a comma between the words as やさしい日本語 writes them. A kind word or a
  // passage read somewhere (でんわ で きいた すてきな ことば, ある ほん に こう かいて ありました) still needs a source.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    '【うその でんわ に きを つけて】\n「しやくしょ です。おかね を ふりこんで ください」という でんわ は、うそ です。\nしやくしょ は、でんわ で おかね の はなし を しません。\nこまったら、けいさつ（110ばん）に でんわ して ください。',
    '「しやくしょ です。ぎんこう の カード を あずかります」という でんわ は うそ です。',
    'うその でんわ に きを つけて ください。「ぜいきん が もどります。ATM に いって ください」と いわれても、いかないで ください。',
    '「市役所の者です。医療費の払い戻しがあるので、ATMへ行ってください」という電話は、嘘です。すぐに切ってください。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    'でんわ で きいた すてきな ことば を しょうかい します。「ひとは ひとりでは いきられない。だから たすけあう ことが たいせつ なのだ」',
    'うその ような ほんとう の はなし。ある ほん に こう かいて ありました。「かわ の みず は、むかし、のむ ことが できるほど きれい だった のである」',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind R87A-088, a resident’s opinion the city summarised or acted on (「…」というご意見をいただきました（要旨）。…設けました)', () => {
  // Kind: an opinion the city received, in its own words (というご意見をいただきました, とのご要望をいただきました, というお声が寄せられました)
  // and marked as its summary (（要旨）, （要約）) or answered by what the city did (置き場を設けました, 手すりを取り付けました): the city's report,
  // no one's text reproduced. The same words read in a medium (新聞の投書欄に…掲載, ブログに…書かれていました) still need a source.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    '【市民の声から】\n「川下りの乗船場にベビーカー置き場がほしい」というご意見をいただきました（要旨）。観光協会と協議し、11月から沖端乗船場に置き場を設けました。ご意見ありがとうございました。市民の声は市ホームページのフォームからお寄せいただけます。',
    '「図書館の開館時間を夜8時まで延ばしてほしい」というご意見をいただきました（要旨）。ありがとうございました。',
    '「公園のトイレに手すりをつけてほしい」とのご要望をいただきました。さっそく今月、手すりを取り付けました。',
    '「市役所の駐車場に屋根付きの通路があればうれしい」というお声が寄せられました（要約）。来年度の改修に合わせて検討します。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    '新聞の投書欄に「川下りの乗船場にベビーカー置き場がほしい、子育て世帯にもやさしい観光地であってほしい」というご意見が掲載されていました（要旨）。',
    'ある方のブログに「川下りの乗船場にベビーカー置き場がほしい。子連れでは本当に困る」というご意見が書かれていました。観光協会と協議し、置き場を設けました。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind R88A-029, a speaker named only by their trade with さん (獣医さんがおっしゃっていた言葉「…」)', () => {
  // Kind: the one whose words are quoted is called by a trade that ends in no 士, 師 or 員 (獣医さん, 校医さん, 大家さん, パン屋さん, 花屋さん):
  // a kind of person, not a name, so a long quotation of them has no source. A name with the trade (獣医の古賀さん, 獣医師の古賀先生), the
  // staff's own interview (獣医さんにお話を伺いました) or an event's participants heard there stay clean, as does the trade without a quotation.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    '商店街のパン屋さんでスタンプラリーの台紙を配布しています。「ぜひ親子で参加してください」と店主の松尾さん。',
    '狂犬病予防注射は、4月の集団注射のほか、市内の動物病院の獣医さんでも一年中受けられます。詳しくはかかりつけの獣医さんにご相談ください。',
    '集団注射の会場で、獣医の古賀さんは「毎年きちんと受けることが、家族と地域を守ることにつながります。来年もお待ちしています」と話していました。',
    '狂犬病予防注射の会場で、獣医さんにお話を伺いました。「注射のあとは激しい運動を控えて、ゆっくり休ませてあげてください。」とのことでした。',
    '獣医師の古賀先生がおっしゃっていた言葉が忘れられません。“ワクチンは犬のためだけではなく、その犬と暮らす家族と地域の人たちを守るためのものなんです。”',
    '参加した親子は「はじめて注射の様子を見ました。獣医さんが優しくてうちの犬も落ち着いていました」と話していました。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    '獣医さんがおっしゃっていた言葉が忘れられません。“ワクチンは犬のためだけではなく、その犬と暮らす家族と地域の人たちを守るためのものなんです。毎年きちんと受けさせてあげてください。”\n#狂犬病予防',
    'かかりつけの獣医さんがこう話していました。「猫は痛みを隠す生き物です。食欲が落ちたら、それはもう相当つらいというサインなんです。」',
    '大家さんがよく言っていた言葉です。「家は人が住まなくなると一気に傷む。窓を開けて風を通すだけでも全然違うんだよ。」',
    '校医さんが講話で話された言葉です。「睡眠は、子どもの体と心を育てるいちばんの栄養です。夜ふかしは成長のチャンスを逃しているのと同じなんです。」',
    'なじみのパン屋さんが言うとったことばです。「パンは粉と水と時間でできとる。急いだら、ぜったいおいしゅうならんとよ。」',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind R89A-066, a law’s definition quoted at length, its clauses closed by a noun (「男女が、…担うべき社会」)', () => {
  // Kind: a bracketed run of clauses (two or more parts ending in kana before their commas: 構成員として、 確保され、 でき、) forty letters or
  // longer that ends in a noun (…社会, …世界, …地域): running text of a law, a charter or a declaration, not a title, quoted with no law named.
  // The law and article named (（男女共同参画社会基本法第2条）), the city's own vision under its name (【柳川市の将来像】), a title or a target
  // group or a list in brackets followed by を/の/です stay clean.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    '【柳川市の将来像】\n「水と緑と歴史が息づき、人が集い、笑顔が輝き、誰もが住み続けたいと思える水郷のまち　柳川」\n第3次総合計画がスタートしました。',
    '令和7年度の講演会「地域で、支え合い、ともに生きる　〜認知症になっても安心して暮らせるまちづくり〜」を開催します。',
    '対象は「市内に住所があり、令和7年4月1日時点で65歳以上で、要介護認定を受けていない方」です。',
    '申込書には「氏名、住所、電話番号、参加希望日、参加人数、お子さんの年齢」を記入してください。',
    'この講座の目的は、「家庭で、地域で、職場で、誰もが自分らしく活躍できる社会」の実現です。',
    '【男女共同参画週間】\n\n「男女が、社会の対等な構成員として、自らの意思によって社会のあらゆる分野における活動に参画する機会が確保され、もって男女が均等に政治的、経済的、社会的及び文化的利益を享受することができ、かつ、共に責任を担うべき社会」（男女共同参画社会基本法第2条）\n\nこれが、私たちが目指す社会の姿です。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    '【男女共同参画週間（6月23日〜29日）】\n\n「男女が、社会の対等な構成員として、自らの意思によって社会のあらゆる分野における活動に参画する機会が確保され、もって男女が均等に政治的、経済的、社会的及び文化的利益を享受することができ、かつ、共に責任を担うべき社会」\n\nこれが、私たちが目指す社会の姿です。市では今年も啓発パネル展を開催します。',
    '【障害者週間】\n「全ての国民が、障害の有無によつて分け隔てられることなく、相互に人格と個性を尊重し合いながら共生する社会」\nその実現に向けて、市では手話講座を開きます。',
    '『すべての人々が、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である世界』。それが人権週間に私たちが願うことです。',
    '“子どもが、ひとりの人間として尊重され、その最善の利益が優先して考慮され、心身ともに健やかに育つことができる地域”\n\n市はその実現に向けて、子ども食堂への支援を続けます。',
    '「国民一人一人が、その能力を有効に発揮し、充実した職業生活を営むとともに、豊かな家庭生活を送ることができる社会」\n市役所でもノー残業デーを徹底しています。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind R94A-047, a participant\'s remark at the city\'s event said in honorifics', () => {
  // Kind: a participant described by their part in the event with an honorific verb (参加された方, 体験された方, 来場されたご家族), then
  // と話されていました / とおっしゃっていました / と語られていました: the staff's own report. A text read in a medium and passed on by the
  // participant, or a book quoted, still need a source.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    "防火訓練に参加された地区の皆さん、お疲れさまでした。\n\n最年長で参加された方は「消火器は初めて使うたばってん、思ったより簡単やったばい」と笑顔で話されていました。\n\n消火器の使用期限も確認しておきましょう。",
    "初めて体験された方は「煙の中は思ったより前が見えなくて、怖かったです」と話されていました。",
    "餅つき大会に来場されたご家族は「子どもと一緒に杵を持てて、いい思い出になりました」とおっしゃっていました。",
    "防災教室に参加されていた方は「家に帰ったら非常持ち出し袋を見直してみます」と語られていました。",
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    "防火訓練に参加された方は、新聞のコラムにあった「火災による死者の多くは逃げ遅れによるもので、住宅用火災警報器の設置が命を守る」という一文を紹介されていました。",
    "訓練に参加された方へ。ある本には「災害は忘れたころにやってくるのではなく、備えを忘れたころにやってくるのだ」と書かれています。",
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind HS-003/032, a section of the city named as the speaker (市健康づくり課は「…」と呼びかけている, …としている)', () => {
  // Kind: a body of the city named before the quotation, its name holding kana (健康づくり課, まちづくり推進室) or not (市消防本部), closed by a
  // verb of saying, としている included: a press release's attributed remark. A vague or unnamed speaker stays a quotation with no source.
  const warns = (text: string): string[] => summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/'))
  it.each([
    "市消防本部は「団員の高齢化と担い手不足が続くなかで、それぞれの得意分野を生かして地域の防災に関わっていただきたい」としている。\n\n問い合わせ：柳川市消防本部 警防課 0944-72-0119（内線215）",
    "市健康づくり課は「暑さを我慢せず、エアコンを使ってほしい。外出先で具合が悪くなったときは、近くのシェルターで休んでほしい」と呼びかけている。",
    "子ども未来課は「放課後の居場所を広げ、共働きのご家庭も安心して子どもを預けられるようにしていきたい」としている。",
    "柳川市まちづくり推進室は「掘割沿いの景観を守りながら、だれもが歩きやすい中心市街地にしていきたい」と話している。",
    "市水道課は「古くなった水道管の更新を計画的に進め、災害に強い水道をつくっていくため、ご理解をお願いしたい」としています。",
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
  it.each([
    "ある専門家は「暑さを我慢せず、エアコンを使ってほしい。外出先で具合が悪くなったときは、近くのシェルターで休んでほしい」としている。",
    "ネット上では「団員の高齢化と担い手不足が続くなかで、それぞれの得意分野を生かして地域の防災に関わっていただきたい」としている。",
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
})

describe('quotation (4(4)): blind HR-081, a trader\'s pitch quoted and disowned by the city (市はこのような回収を行っていません)', () => {
  // Kind: a pitch (an announcement, a leaflet, a call) quoted as what residents meet, with the city saying it does no such thing or the
  // trader named by what it claims (…をうたう業者, …を名乗る業者): the thing warned of, no text to cite. The same pitch recommended or read
  // in a paper with the city doing it stays a quotation needing a source.
  const warns = (text: string): string[] => summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/'))
  it.each([
    "【無料回収をうたう業者にご注意】\n\n市内を巡回するトラックから、次のようなアナウンスが流れているとの情報が寄せられています。\n\n「ご家庭で不要になったテレビ、エアコン、冷蔵庫、壊れていてもかまいません。無料で回収いたします」\n\n市はこのような回収を行っていません。積み込んだ後に高額な料金を請求されたという相談もあります。家電は購入店か指定引取場所へ。\n\n消費生活相談：消費者ホットライン 188",
    "市内の住宅に、次のようなチラシが配られているとの情報があります。\n\n「柳川市の水道管の点検を行います。費用は後日ご請求しますので、ご在宅の方は玄関を開けてお待ちください」\n\n市の職員が、このような点検で費用を請求することはありません。",
    "【市の委託を名乗る業者にご注意】\n\n「市から委託を受けて、各家庭の屋根の無料点検をしております。今なら瓦の交換も半額でお受けできますので、ぜひご検討ください」\n\nこのような訪問があっても、契約は急がず家族に相談してください。",
    "次のような電話がかかってきたとの相談が寄せられています。\n\n「こちらは市の環境課です。粗大ごみの回収料金が未納になっていますので、今日中に指定の口座へお振り込みください」\n\n柳川市ではそのような電話はしていません。",
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
  it.each([
    "市内を巡回するトラックから、次のようなアナウンスが流れています。\n\n「ご家庭で不要になったテレビ、エアコン、冷蔵庫、壊れていてもかまいません。無料で回収いたします」\n\nぜひご利用ください。",
    "市はこのような回収を行っています。ある新聞には「ご家庭で不要になったテレビ、エアコン、冷蔵庫、壊れていてもかまいません。無料で回収いたします」と書かれていました。",
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
})

describe('quotation (4(4)): blind R97A-150, words drawn from a survey named by its title or year (市民アンケート（令和6年度 …意識調査）の自由記述から)', () => {
  // Kind: the line before the quotation names the city's survey by a year or a bracketed title and says the words come from its answers
  // (自由記述から, 自由回答より, ご意見から): the survey is the source. A survey left vague (あるアンケート, ネットのアンケート) names nothing.
  const warns = (text: string): string[] => summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/'))
  const q = '\n「健診の結果を保健師さんが丁寧に説明してくれて、生活を見直すきっかけになった」\nありがとうございます。これからも続けていきます。'
  it.each([
    '今年の市民アンケート（令和6年度 健康づくりに関する意識調査）の自由記述から、ご紹介します。' + q,
    '令和5年度市民意識調査の自由回答より、一部を抜粋してご紹介します。' + q,
    '図書館利用者アンケート（2024年実施）のご意見から、いくつかお届けします。' + q,
    '子育て支援アンケート（令和6年度実施）の感想から、ご紹介します。' + q,
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
  it.each([
    'あるアンケートの自由記述から、ご紹介します。' + q,
    'ネットのアンケートの回答から紹介します。' + q,
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
})

describe('quotation (4(4)): blind HU-095, ad copy quoted as the kind of ad behind the trouble (「…」。このような広告から申し込んだところ…相談)', () => {
  // Kind: an ad's pitch quoted, then taken up right after as this kind of ad (このような広告, こうした宣伝文句, そんな広告) with the trouble,
  // the complaints or the care it calls for: the pitch the post warns of, no one's text. An ad only shown or praised tells no trouble.
  const warns = (text: string): string[] => summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/'))
  it.each([
    '【消費生活センターからのお知らせ】定期購入トラブルについて\n\n「初回限定 実質0円。今なら送料のみでお試しいただけます」。このような広告から申し込んだところ、2回目以降に高額な商品が届き、解約もできないという相談が、令和7年度は市内で37件寄せられた（柳川市消費生活センター調べ、令和8年1月末現在）。\n\n申し込みの前には、次の点を必ず確認していただきたい。\n\n○定期購入が条件になっていないか\n○2回目以降の価格と、解約の条件\n○事業者の連絡先\n\n困ったときは、消費者ホットライン「188」（いやや！）または柳川市消費生活センター（0944-77-8544）へ相談していただきたい。',
    '「今だけ半額、1回目は実質無料でお試しいただけます。いつでも解約できます」。こうした広告をきっかけに申し込み、高額な請求を受けたという相談が増えています。',
    '「モニター募集中！今なら初回500円でお届けします。定期便はいつでも停止できます」。このような宣伝文句には注意が必要です。',
    '「飲むだけで10キロやせる、満足できなければ全額返金します」――そんな広告にだまされないよう気をつけましょう。',
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
  it.each([
    '「初回限定 実質0円。今なら送料のみでお試しいただけます」。このような広告が話題になっています。',
    '「初回限定 実質0円。今なら送料のみでお試しいただけます」。このような広告コピーが上手だと評判です。',
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
})

describe('quotation (4(4)): blind HU-097, a scam call quoted in English with the body disowning it (… does not ask for payment by phone)', () => {
  // Kind: CITY_DISOWNS in English — a body saying it does not or never asks for money or personal data (does not ask for payment, will never
  // ask you to pay, does not ask for card numbers), or the calls named fake or suspicious: the quoted call is what the post warns of.
  // Asking for something else (does not charge a fee) or the words inside the quotation itself disown nothing.
  const warns = (text: string): string[] => summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/'))
  it.each([
    'Warning: fake phone calls\n\nSome foreign residents in Yanagawa have received calls like this:\n"This is the Immigration Services Agency. Your visa has a problem. Please pay a fee today."\nThe Immigration Services Agency does not ask for payment by phone. Please hang up and call the city office (0944-73-8111) or the police (#9110).',
    'Some residents have received emails like this:\n"Your water bill is overdue. Please click the link and enter your card number."\nYanagawa City does not ask for card numbers by email.',
    'Some residents have received letters like this:\n"Your pension payment is on hold. Please call us and tell us your bank account number."\nThe Japan Pension Service will never ask for your PIN by phone or letter.',
    'Beware of fake text messages.\n"Your parcel could not be delivered. Please confirm your address at the link below."\nDelete such messages.',
    'Warning: suspicious phone calls\n\nSome residents have received calls like this:\n"This is the city tax office. You have unpaid tax. Please send money today."\nThe city will never ask you to pay by phone.',
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
  it.each([
    'A visitor once told us:\n"Yanagawa is the Venice of Japan, and every canal has a story to tell you."\nWe hope you will visit soon.',
    'As someone once said:\n"The city does not ask for much, only that you walk its canals slowly."\nCome and enjoy the canals.',
    'As someone once said:\n"The canals of this town teach us to slow down and look at the sky."\nThe city does not charge a fee for the canal walk.',
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
})

describe('quotation (4(4)): blind HU-105, the item a survey named in the same sentence had its respondents choose (アンケート（令和7年11月、…実施）では…「…」と答えました)', () => {
  // Kind: a survey named by its date or who ran it in the quotation's own sentence, the quotation the answer its respondents gave (と答え,
  // と回答): the survey is its source. A survey left vague (ネットのアンケート, あるアンケート) or none at all names no source.
  const warns = (text: string): string[] => summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/'))
  it.each([
    '【保護者の皆さまへ】子どものSNSトラブルについて\n\n市内の中学校で行ったアンケート（令和7年11月、市教育委員会実施、回答1,812人）では、約8人に1人が「グループトークで嫌なことを言われた経験がある」と答えました。\n\n実際に寄せられた例として、「明日からあいつ無視な」というメッセージがグループで回っていた、というものがありました。\n\nご家庭でも、スマートフォンの使い方やルールについて、お子さんと話し合ってみてください。\n\n問い合わせ：学校教育課 0944-77-8851',
    '令和6年度市民意識調査（柳川市実施）では、約3割の方が「休日に子どもを遊ばせる場所が近くに足りないと感じている」と回答しました。',
    '市が昨年行った子育てアンケート（2024年10月実施）によると、半数以上の保護者が「平日の夜に相談できる窓口がほしい」と答えています。',
    '市教育委員会が令和7年に実施した調査では、約4人に1人の生徒が「寝る直前までスマートフォンを使っていることが多い」と答えました。',
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
  it.each([
    'ネットのアンケートでは、約8人に1人が「グループトークで嫌なことを言われた経験がある」と答えたそうです。',
    'あるアンケートでは、多くの人が「グループトークで嫌なことを言われた経験がある」と答えていました。',
    '約8人に1人が「グループトークで嫌なことを言われた経験がある」と答えたという話を聞きました。',
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
})

describe('quotation (4(4)): blind R100A-075, a post quoted from someone named only by a loan-word trade with さん (旅行クリエイターさんが…発信してくださいました「…」)', () => {
  // Kind: the one whose post is quoted at length is called by a trade in katakana with さん (クリエイターさん, ブロガーさん, フォトグラファー
  // さん, 旅行ライターさん): a kind of person, not a name, and no account, URL or date is given, so the quotation has no source. A name with
  // the trade and the account (旅行クリエイターのミホさん（@miho_travel）), a link, the staff's own interview (お話を伺いました…と話してくれました)
  // or the trade with no quotation stay clean.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  const Q = '「正直、川下りを甘く見ていました。低い橋をくぐるたびに舟の上で笑い声が起きて、船頭さんの歌が水面に響く。こんなに心がほどける70分は久しぶりです。」'
  it.each([
    `旅行クリエイターのミホさん（@miho_travel）が、柳川について次のように発信してくださいました。\n\n${Q}\n\nありがとうございます！`,
    `旅行クリエイターさんが柳川について発信してくださいました（https://x.com/miho_travel/status/123）。\n\n${Q}`,
    `モニターツアーに参加した旅行ライターさんにお話を伺いました。${Q}と話してくれました。`,
    '旅行クリエイターさんと一緒に、川下りを体験しました。低い橋をくぐるたびに、舟の上で歓声が上がりました。',
    'ブロガーさんやカメラマンさん向けのモニターツアー参加者を募集します。掘割沿いの撮影スポットを船頭さんがご案内します。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    // the miss
    `招へいした旅行クリエイターさんが、柳川について次のように発信してくださいました。\n\n${Q}\n\nありがとうございます！`,
    // variants: a blogger in plain speech, a photographer's Instagram post, a writer's tweet in 『』 in dialect
    '先月お越しいただいた人気ブロガーさんが、ブログで柳川のことをこう書いてくれました。\n「朝の掘割は、水面に映る柳がゆらゆらして、時間がゆっくり流れているようでした。うなぎのせいろ蒸しも、もう一度食べに来たい味です。」\nうれしいです！',
    'モニターツアーに参加したフォトグラファーさんがインスタに投稿してくれました📷\n\n「夕暮れの沖端は、どこを切り取っても絵になる。船着き場の灯りがともるころ、川面がオレンジに染まって、思わずシャッターを切る手が止まらなかった。」\n\nぜひ皆さんも夕方の柳川へ！',
    '旅行ライターさんのXでのつぶやきをご紹介します。『さげもんの数に圧倒された。ひとつひとつに込められた願いを聞くと、雛祭りの見え方が変わる。柳川の春、もう一度来たいばい。』',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind R103A-015, words read in a medium left unnamed, the speaker named (…選手。あるインタビューで次のように語っていました。「…」)', () => {
  // Kind: the lead of a quotation names the medium that carried the words only vaguely (あるインタビュー, とある番組, ある雑誌の対談, ある
  // 新聞の取材, 以前どこかで…話していた): the words were given to that medium, not to the city, so naming the speaker (田島 翔選手, 市長)
  // names no source. The medium named with its date, or the city's own interview of the speaker (市報の取材でお話を伺いました), is one.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  const Q = '「僕が子どものころ、体育館に来てくれたプロ選手と握手したことが、今も一番の原動力になっている。だから今度は僕が、どこかの子どもの最初のきっかけになりたい」'
  it.each([
    `田島 翔選手は、有明日報のインタビュー（2025年5月1日付）で次のように語っていました。\n${Q}`,
    `先月、市内の小学校を訪問してくださった田島 翔選手に、市報の取材でお話を伺いました。\n${Q}`,
    '市民会館にある記念碑の前で、田島 翔選手は「この町で育ったことが、僕のいちばんの誇りです。子どもたちにも、この町を好きでいてほしい」と話してくれました。',
    'あるインタビューで次のように語っていました、という書き出しの記事は、出典を書き添えましょう。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    // the miss
    `先月、市内の小学校を訪問してくださったプロバスケットボールの田島 翔選手。あるインタビューで次のように語っていました。\n${Q}\n柳川の子どもたちにも、その思いが届いていればうれしいです。`,
    // variants: the speaker as the subject, 以前どこかで, a mayor to an unnamed paper, a judoka on a programme in 筑後弁, a magazine talk
    `田島 翔選手はあるインタビューで次のように語っていました。\n${Q}`,
    '昨年、市の観光大使に就任した歌手の古賀 美咲さん。以前どこかで、こんなふうに話していました。\n「ふるさとの川の音を聞くと、どんなに疲れていても、また歌おうという気持ちになれるんです。柳川は私の原点です」',
    '市長はある新聞の取材に「掘割は市民みんなの財産であり、次の世代にきれいなまま手渡すことが私たちの務めだと考えています」と答えていました。',
    '柔道の松尾 大輔選手は、とある番組でこげん言いよったとよ。\n「負けた日の夜に何ばするかで、次の試合の結果は決まるっちゃん。だけん、悔しか日こそ道場に行くと」',
    '元日本代表の中島 健さんが、ある雑誌の対談で語られていた言葉です。「スポーツは勝ち負けだけではありません。仲間を信じ、相手を敬う心を学ぶ場所なのです」',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind HW-069, the city itself as the speaker of a press-style statement (市は「…」としている)', () => {
  // Kind: the city (市, 本市, 柳川市), the prefecture or the state as the subject saying the quotation (としている, と述べている, と呼びかけて
  // いる): the body that says it is the source, as 市長は「…」と述べた names one. Another place left vague (ある市は, よその市は) or the net
  // (ネットでは…とされている) names none.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  const S = '「改修後は、子どもから高齢者まで一年中快適に運動できる拠点として、市民の健康づくりを支えていきたい」'
  it.each([
    // the false positive (its closing paragraphs)
    `柳川市総合体育館の大規模改修工事の実施について\n\n既存の利用団体を対象とした説明会は、令和8年1月24日（土）14時から柳川市民会館小ホールで開催する。説明会では、改修後の施設の配置図と工事の工程を説明する。\n\n市は${S}としている。\n\n問い合わせ先\n柳川市 スポーツ推進課 施設係\n電話 0944-73-8111（内線3415）`,
    // variants: 本市 with 述べている, the prefecture calling on residents, the city with も
    '本市は「地域の皆さまと力を合わせ、災害に強いまちづくりを一歩ずつ着実に進めてまいります」と述べている。',
    '県は「大雨の際は早めに避難し、川や用水路には絶対に近づかないでください」と呼びかけている。',
    '市も「引き続き、利用者の声を聞きながら、より使いやすい施設となるよう運営を改善していく」としている。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    `ある市は${S}としている。`,
    `よその市は${S}としているそうです。`,
    `ネットでは${S}とされている。`,
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind HW-121, a message its givers handed to the city, told just before it (帰国前に寄せてくれたメッセージです)', () => {
  // Kind: the lead tells that the people the post presents gave the message to the city (寄せてくれたメッセージ, 送ってくれたお便り, 手紙を
  // 送ってくれました, 生徒の皆さんからのメッセージです): its givers are its source, as 寄せられたメッセージ is. A message read in a medium or
  // from someone vague (ある有名人がSNSに寄せてくれた, ネットで見つけた…からのメッセージ) has none.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  const EN = '"Thank you Yanagawa! Japanese students are very strong and very kind. We practice more and come back next year. 謝謝柳川！"'
  it.each([
    // the false positive
    `【台湾の高校生がスポーツ交流に来柳】\n\n台湾・台中市の高校バドミントン部の生徒18人が、市内の高校と交流試合を行いました。帰国前に寄せてくれたメッセージです（引率の先生の了承を得て掲載）。\n\n${EN}\n\n来年の再訪を楽しみにしています。`,
    // variants: letters sent by pupils of a sister city, a note from students after going home, the students' message
    '姉妹都市の小学生が、市内の小学校に手紙を送ってくれました。\n\n「柳川のみなさん、こんにちは。ぼくたちの町にも川があります。いつか一緒に川で遊びたいです。」',
    '先日来柳した留学生の皆さんが、帰国後に送ってくれたお便りです。\n「柳川で過ごした一週間は、私の一生の宝物です。川下りの船頭さんの歌が今も耳に残っています。」',
    `交流試合を行いました。生徒の皆さんからのメッセージです。\n\n${EN}`,
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    'ある有名人がSNSに寄せてくれたメッセージです。\n「柳川で過ごした一週間は、私の一生の宝物です。川下りの船頭さんの歌が今も耳に残っています。」',
    `ネットで見つけた、ある選手からのメッセージです。\n\n${EN}`,
    '「柳川で過ごした一週間は、私の一生の宝物です。川下りの船頭さんの歌が今も耳に残っています。」という言葉があります。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind R105A-112, a long quotation from a speaker left vague on purpose (ある漁協の組合長さん)', () => {
  // Kind: a role or a trade after ある, とある or 某 (ある漁協の組合長さん, とある旅館の女将さん, 某ホテルの料理長さん, ある保育園の園長先生):
  // a kind of person in a body left unnamed, so a long quotation of theirs has no identifiable source even when they spoke to the staff.
  // A full name, ある日 (a time), にある (a place) and a short remark stay clean.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    // the miss
    'ある漁協の組合長さんが、こんなふうに話してくださいました。\n\n「海苔は、海と人の根比べたい。水温が一度違うだけで色も味も変わる。毎年が一年生のつもりでやらんと、有明の海には勝てん。」\n\n今年の新のりも、皆さんの努力のたまものです。',
    // variants: とある…女将さん in one paragraph in dialect, ある…園長先生 with お話を聞きました, 某…料理長さん with 語ってくれました
    'とある旅館の女将さんが、こう話してくださいました。「お客さまは景色を見に来なさるとじゃなか。この町の人の顔ば見に来なさるとです。だけん、私たちは毎朝掃除ばするとです」',
    'ある保育園の園長先生から、こんなお話を聞きました。\n\n「子どもは、大人が思うよりずっと周りを見ています。だからこそ、大人が楽しそうに働く姿を見せることが一番の教育なんです。」',
    '某ホテルの料理長さんは、こう語ってくれました。「柳川の野菜は、土と水がよかけん味が濃か。料理人はその味ば邪魔せんごと、手を加えすぎんことが大事です」',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
  it.each([
    '漁協の組合長、古賀 誠さんが、こんなふうに話してくださいました。\n\n「海苔は、海と人の根比べたい。水温が一度違うだけで色も味も変わる。毎年が一年生のつもりでやらんと、有明の海には勝てん。」',
    'ある日、漁協の組合長の古賀さんが「海苔は、海と人の根比べたい。水温が一度違うだけで色も味も変わる。毎年が一年生のつもりでやらんと勝てん」と話してくださいました。',
    '三橋町にある農家の松尾さんが、こんなふうに話してくださいました。\n\n「米づくりは、毎年が一年生です。天気も水も毎年違うけん、田んぼの声ば聞きながらやるしかなかとです。」',
    'ある漁協の組合長さんが「海苔は根比べたい」と話してくださいました。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
})

describe('quotation (4(4)): blind R105A-059, a remark of someone the staff asked, the question between (生産者さんに、冬野菜のおすすめを聞きました)', () => {
  // Kind: someone named by role asked by the staff, what was asked told between (〜さんに、…を聞きました / 伺いました / 尋ねました), then
  // their words (「…」とのこと): the post's own interview, reported speech. A vague someone (ある生産者さんに) or words read in a medium still
  // want a source.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    // the false positive
    '直売所の生産者さんに、冬野菜のおすすめを聞きました。\n\n「今の時期は白菜の甘うなっとるけん、鍋にしたらよかですよ」とのこと。ぜひお試しください。',
    // variants: 伺いました in 筑後弁, について聞きました in one paragraph, 尋ねました with とのことでした
    '朝市の農家さんに、旬の食べ方を伺いました。\n\n「ナスは焼いて、しょうがじょうゆで食べるとが一番たい」とのことです。',
    '図書館の司書さんに、冬休みのおすすめの本について聞きました。「寒い日は、こたつで昔話を読むのがおすすめです」とのこと。',
    '道の駅の店長さんに、人気の商品を尋ねました。\n\n「地元のいちごを使ったジャムがよく売れていますよ」とのことでした。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    'ある生産者さんに、冬野菜について聞きました。\n\n「今の時期の白菜は、霜にあたって甘みがぐっと増します。鍋でも漬物でもおいしく食べられるので、ぜひたくさん食べてほしいです。」',
    '生産者さんのブログに、冬野菜のおすすめが書かれていました。\n\n「今の時期の白菜は、霜にあたって甘みがぐっと増します。鍋でも漬物でもおいしく食べられるので、ぜひたくさん食べてほしいです。」',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind HX-052, a short remark of the people presented at the event (実習生のみなさんが…披露してくれました。「…」という言葉に)', () => {
  // Kind: the people the post presents do something at its event in the sentence before (披露してくれました, 合唱を発表しました, スピーチをして
  // くれました), then a short remark of theirs framed as 〜という言葉 / ひと言: said there and heard by the staff. A long passage, or words found
  // in a medium, still want a source.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    // the false positive
    '交流会で、インドネシアから来た実習生のみなさんが伝統舞踊を披露してくれました。「日本のみなさんと友だちになれてうれしい」という言葉に、会場から大きな拍手が起こりました。\n（写真は出演者全員の了承を得て掲載しています）',
    // variants: a school's presentation with みんな, a foreign students' speech at a festival, nursery children at a 敬老会 with ひと言
    '学習発表会で、3年生のみんなが合唱を発表しました。「家族に聞いてもらえてうれしかった」という言葉が印象的でした。',
    '国際交流フェスタで、留学生の皆さんがスピーチをしてくれました。「柳川の人はみんなやさしくて、第二のふるさとです」という言葉に、会場が温かい雰囲気に包まれました。',
    '敬老会で、地域の園児たちがお遊戯を披露してくれました。「おじいちゃん、おばあちゃん、いつまでも元気でいてね」というひと言に、会場から笑顔があふれました。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    '交流会で、実習生のみなさんが伝統舞踊を披露してくれました。「国を離れて働くということは、言葉も文化も違う中で毎日が挑戦の連続です。それでも、ここで出会った人たちの優しさに支えられています」という言葉に拍手が起こりました。',
    '交流会で、実習生のみなさんが伝統舞踊を披露してくれました。ネットで見つけた「人は一人では生きられない。だからこそ、出会った人を大切にしなさい」という言葉を最後に紹介します。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind HY-057, a remark at a meeting the city held reported by the host (出席者からは「…」との意見が出された)', () => {
  // Kind: who spoke told by their seat at the meeting (出席者, 委員, 構成員, 関係機関) + から(は), the remark in brackets, then との意見 / 指摘 /
  // 提案 / 声 が出された, があった, が述べられた: reported speech of the city's own meeting, no text with an author. Words read in a medium
  // (新聞の投書欄に載った「…」との声), from no one at the meeting (ネット上では) or from a vague authority (ある有識者から) still want a source.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    // the false positive
    "令和7年度柳川市高齢者見守りネットワーク連絡協議会を11月26日に開催した。出席者は、柳川警察署、柳川市消防本部、市民生委員児童委員協議会、協力事業者等の代表24名である。\n\n協議会では、令和7年4月から10月までに市に寄せられた見守りに関する通報が37件であり、うち5件が行方不明者の早期発見につながったことを報告した。また、夜間の通報体制について意見交換を行い、協力事業者向けの連絡先一覧を年度内に改訂することを確認した。\n\n柳川警察署からは、県内で認知症の方が行方不明となる事案の届出が増加傾向にあること、発見までの時間が長くなるほど水路への転落や低体温症などの危険が高まることについて説明があった。出席者からは「夜間や休日でも、気づいた人がすぐに連絡できる仕組みを周知してほしい」との意見が出された。\n\n市は今後、見守りSOSネットワークへの事前登録の周知と、協力事業者の拡大に取り組む。\n\n問い合わせ先：長寿支援課 0944-77-8547",
    // variants: members' proposal in polite form, a member's remark in 常体 with があった, partner bodies' opinion with 述べられました
    '構成員の皆さんからは「通学路の危ない場所を、地図にまとめて地域全体で共有してはどうか」との提案が出されました。',
    '委員からは「空き家の所有者を早く特定できるよう、関係課の情報共有を進めるべきだ」との指摘があった。',
    '関係機関からは「認知症の方の行方不明は、早い段階での情報共有が何より大切です」との意見も述べられました。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    'ネット上では「夜間や休日でも、気づいた人がすぐに連絡できる仕組みを周知してほしい」との意見が出されている。',
    '委員からは、新聞の投書欄に載った「夜間や休日でも、気づいた人がすぐに連絡できる仕組みを周知してほしい」との声が紹介された。',
    'ある有識者からは「夜間や休日でも、気づいた人がすぐに連絡できる仕組みを周知してほしい」との意見が出された。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind HY-092, a typical worry as an example of the consultations a desk takes (「…」といった「親なき後」の相談)', () => {
  // Kind: a worry in brackets, then といった / などの and the kind of consultation it stands for (「親なき後」の, お金のトラブルの, 相続の, 介護の)
  // before 相談 / お悩み / 声が寄せられ: an illustration of the desk's work, not a quotation. The same worry read in a medium (ある雑誌に…といった
  // 記事, 新聞の投書欄に…といった相談が紹介) still wants a source.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    // the false positive
    "成年後見センターでは、「親が亡くなった後、障がいのある子の暮らしが心配」といった「親なき後」の相談も受けています。相談は無料で、秘密は守ります。\n柳川市成年後見センター 0944-72-6011",
    // variants: a trouble's consultations, an inheritance worry, a 「…」-named kind with ご相談, care voices received
    '消費生活センターでは、「通販で一度だけのつもりが、定期購入になっていて解約できない」といったお金のトラブルのご相談が増えています。',
    '法律相談の窓口では、「兄弟で話し合っても、実家の土地をどう分けるか決まらない」といった相続のお悩みも受け付けています。',
    '子育て支援センターでは、「夜泣きがひどくて、もう何日もまとまって眠れていない」といった「寝不足」のご相談もお受けしています。',
    '地域包括支援センターには、「親の物忘れが増えてきたけれど、どこに相談したらいいかわからない」といった介護の声が多く寄せられています。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    'ある雑誌に「親が亡くなった後、障がいのある子の暮らしが心配」といった「親なき後」の記事が載っていました。',
    '新聞の投書欄に、「親が亡くなった後、障がいのある子の暮らしが心配」といった「親なき後」の相談が紹介されていました。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind R106A-110, someone at the event introducing the words that follow (会長が次の言葉を紹介されました。⏎「…」)', () => {
  // Kind: a person of the event (会長, 校長先生, 館長, 市長), then 次の / この / こんな / 以下の 言葉・一節 and 紹介 / 引用 / 披露: the introducer
  // is not the author, so a long famous text after it still needs its author. With the author named before the frame (北原白秋の次の言葉,
  // 詩人サミュエル・ウルマンの次の一節) it is sourced; the speaker's own greeting (次のようにあいさつされました) is their own words.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    // the miss
    '【老人クラブ連合会 創立60周年記念式典】\n\n本日の式典で、会長が次の言葉を紹介されました。\n「青春とは人生のある期間ではなく、心の持ち方を言う。年を重ねただけで人は老いない。理想を失うときに初めて老いるのだ。」\n\n会員の皆さまのますますのご活躍をお祈りします。',
    // variants: 引用された with a place between, こんな言葉 with くださいました, 以下の言葉を披露
    '校長先生は、卒業式で次の一節を引用されました。\n「人間は考える葦である。自然のうちで最も弱いものの一つにすぎない。だが、それは考える葦である。」',
    '館長がこんな言葉を紹介してくださいました。\n「千里の道も一歩から始まる。焦らず、一歩ずつ進めばいつか必ず遠くへたどり着くものだ。」',
    '市長は、あいさつの中で以下の言葉を披露しました。\n「人は城、人は石垣、人は堀。情けは味方、仇は敵なり。人を大切にすることこそが国を守るのだ。」',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
  it.each([
    '市長が、北原白秋の次の言葉を紹介しました。\n「水郷柳河こそは、我が生れの里である。この水の柳河こそは、我が詩歌の母体である。」',
    '式典では、会長が詩人サミュエル・ウルマンの次の一節を紹介されました。\n「青春とは人生のある期間ではなく、心の持ち方を言う。年を重ねただけで人は老いない。」',
    '本日の式典で、会長が次のようにあいさつされました。\n「皆さまのおかげで60周年を迎えることができました。これからも地域の皆さまとともに歩んでまいります。」',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
})

describe('quotation (4(4)): blind R106A-010/072/100, a work or document named by its title in brackets with its date (童謡「赤い鳥小鳥」（1918年）の一節)', () => {
  // Kind: a title in 「」 or 『』, then its date in brackets (（1918年）, （令和元年6月）, （令和6年3月策定）), then what the sentence says of it
  // (の一節, では, の基本理念です), before or after the quotation: the title and year name the text. A title without its date, a date with no
  // title, or a vague holder before the title (ある本「…」（2015年）) name no source.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    // the false positives
    '敬老の日に寄せて、柳川出身の詩人・北原白秋が作詞した童謡「赤い鳥小鳥」（1918年）の一節をご紹介します。\n\n「赤い鳥、小鳥、なぜなぜ赤い。赤い実を食べた。白い鳥、小鳥、なぜなぜ白い。白い実を食べた。」\n\n長年にわたり柳川を支えてこられた皆さまに、心から感謝申し上げます。',
    '厚生労働省「認知症施策推進大綱」（令和元年6月）では、共生を「認知症の人が、尊厳と希望を持って認知症とともに生きる、また、認知症があってもなくても同じ社会でともに生きる、という意味」と説明しています。\n\n柳川市でも、認知症の方とご家族が安心して暮らせるまちづくりを進めています。',
    '「住み慣れた地域で、いつまでも自分らしく、安心して暮らし続けられるまち」――これは「柳川市高齢者福祉計画・第9期介護保険事業計画」（令和6年3月策定）の基本理念です。\n\n計画の全文は市ホームページでご覧いただけます。',
    // variants: a poet's anthology, a ministry's guide with its revision, a city plan after the quotation
    '与謝野晶子の歌集『みだれ髪』（1901年）の一首をご紹介します。\n「その子二十櫛にながるる黒髪のおごりの春のうつくしきかな」',
    '文部科学省「生徒指導提要」（令和4年12月改訂）には、「児童生徒が、深い自己理解に基づき、何をしたいのか、何をするべきかを主体的に判断し行動する」とあります。',
    '「誰もが安心して暮らせる、水と緑の文化都市」。これは『第2次柳川市総合計画』（平成30年3月）の将来像です。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    'ある本「こころの散歩道」（2015年）には「毎日少しずつ歩くことが、心と体を整える一番の近道なのです」と書かれています。',
    '童謡「赤い鳥小鳥」の一節をご紹介します。\n「赤い鳥、小鳥、なぜなぜ赤い。赤い実を食べた。白い鳥、小鳥、なぜなぜ白い。白い実を食べた。」',
    '（2020年）の講演で「人生は一度きり、だから今日を大切に生きるのだ」という言葉を聞きました。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind HY-150, the city quoting its own earlier wording to correct it (お知らせの中で「…」と記載しました)', () => {
  // Kind: the city's own post, notice or newsletter, then its words in brackets and と記載しました / と書いてしまいました / と掲載いたしました /
  // と案内しましたが, in a post of correction or apology (お詫び, 訂正, 誤り, 誤解を招く): our own text, no borrowed one. Words framed as
  // someone else's (ある作家の言葉として, ネットの記事から) or written by a writer outside an apology keep wanting a source.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    // the false positive
    '【お詫び】\n\n11月18日の認知症カフェのお知らせの中で「認知症の方が徘徊しないよう見張りましょう」と記載しました。認知症の方を一方的に監視するかのような、誤解を招く表現でした。\n\n認知症の方の外出には、それぞれ本人なりの目的や理由があります。市では「徘徊」という言葉は使わず、「ひとり歩き」などの表現を用いることとしています。\n\n不快な思いをされた方に、深くお詫び申し上げます。該当の投稿は修正しました。',
    // variants: 書いてしまいましたが with 正しくは, the newsletter with 掲載いたしました, a post with 案内しましたが
    '【訂正】先日の投稿で「ごみの収集は毎週月曜日と木曜日の朝8時までです」と書いてしまいましたが、正しくは朝8時30分までです。',
    '【おわび】広報やながわ10月号で「高齢者は外出を控えて家で過ごしましょう」と掲載いたしました。不適切な表現でした。',
    '昨日のポストで「子育て世帯は全員が対象の給付金です」と案内しましたが、誤りでした。所得制限があります。訂正してお詫びします。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    '【お詫び】先日の投稿で、ある作家の言葉として「人生は一度きり、だから今日を大切に生きるのだ」と掲載しました。',
    'ある作家はエッセイに「人生は一度きり、だから今日を大切に生きるのだ」と書きました。',
    '【お詫び】ネットの記事から「高齢者は外出を控えて家で過ごすのが一番安全なのです」と引用して掲載しました。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind R107A-076, an office holder\'s remark passed on as hearsay with no occasion (市長も「…」とおっしゃっていました)', () => {
  // Kind: a public office (市長, 知事, 議長) as the speaker and the ongoing past of hearsay after the quotation (とおっしゃっていました, って言って
  // ました, と話されていました, と言ってた), with no occasion, date or medium in the paragraph: who said it, but not where or when — no source.
  // Said at an occasion the post names (年頭あいさつで, 定例記者会見で), reported plainly (と述べました) or by the holder named (金子市長も)
  // it stays attributed.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    // the miss
    '市長も「自治会は地域の宝であり、加入しない人はその恩恵だけを受けている」とおっしゃっていました。',
    // variants: the governor in casual speech, honorific 話されていました, the council chair with と言ってたよ
    '知事も「子育て支援こそが地域の未来を左右する一番の投資なんです」って言ってました！',
    '市長は「柳川の掘割は市民みんなで守っていく宝物なのだと思います」と話されていました。',
    '議長が「議員定数の削減は避けて通れない課題であり、早急に結論を出すべきだ」と言ってたよ。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
  it.each([
    // hard negatives: the occasion named, a plain report, a participant at the city's event, a short remark
    '本日の年頭あいさつで、市長は「自治会は地域の宝であり、支え合いの要です」と述べました。',
    '1月10日の定例記者会見で市長は「自治会は地域の宝であり、支え合いの要です」と話していました。',
    '市長は「自治会は地域の宝であり、支え合いの要です」と述べました。',
    '市長も出席した成人式で、新成人代表は「ふるさと柳川に恩返しができる大人になりたいです」と話していました。',
    '市長も「おいしいね」とおっしゃっていました。',
    '金子市長も「自治会は地域の宝であり、支え合いの要です」とおっしゃっていました。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
})

describe('quotation (4(4)): blind HZ-004/060, the account\'s own mascot speaking in a balloon (やなモン「…いこうね✨」)', () => {
  // Kind: a character's name in kana (hiragana and katakana mixed, or ending in ちゃん/くん/モン) at the head of its line right before 「, and
  // words that speak to the reader ending in ね or よ: the account's own voice, not a quotation. A person's name (ゲーテ, 白秋) before 「, or
  // a quotation inside the balloon (『…』って かいてあったよ), still wants a source.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    // the false positives
    'やなモン「せんきょって むずかしそう…？ だいじょうぶ！入場券をもって いけばいいんだよ〜🗳️ 4月19日は みんなで 投票にいこうね✨」\n#柳川 #選挙に行こう',
    'やなモン「『バカ』とか『うざい』って言われたら、すごく かなしいよね…。ことばは やさしく つかおうね🍀 こまったら おとなに そうだんしてね」\n#いじめをなくそう #やなモン',
    // variants: a hiragana mascot with ちゃん, a label with a colon, くん with a hashtag line
    'さげもんちゃん「きょうは ひなまつりだよ！ みんなで さげもんを 見に きてね🎎」',
    'やなモン：「あついひは おみずを こまめに のもうね💧 むりは しないでね」',
    'かっぱくん「ほりわりに ごみを すてないでね。みんなの たいせつな かわなんだよ」\n#柳川',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    'やなモン「ある本に『水は低きに流れ、人は易きに流れるものである』って かいてあったよ」',
    'ゲーテ「人は努力している間は、迷うに決まったものである。だから進むのだよ」',
    'ガイドブックにも「柳川を訪れるなら、せいろ蒸しと川下りは外せないよね。朝一番の舟がおすすめだよ」',
    '白秋「からたちの花が咲いたよ。白い白い花が咲いたよ。からたちのとげはいたいよ」',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind HZ-036, a resident\'s opinion received and answered by what the city changes (「…」というお声をいただきました。…文字を大きくし)', () => {
  // Kind: 「…」というお声/ご意見/ご要望をいただきました (寄せられました), then what the city does about it — makes, enlarges, adds (作成します,
  // 大きくし, 拡大します): the received opinion being answered, no text to cite. Read in a medium (新聞の投書欄, ネットの口コミ) or written by an
  // author, it is still a quotation.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    // the false positive
    '【市長への手紙 回答】「ごみ収集カレンダーの字が小さくて読みにくい」というお声をいただきました。令和8年度版から文字を大きくし、英語版も作成します。',
    // variants: ご意見 with 拡大します, ご要望 with 大きくいたします, no heading with 作成しました
    '【ご意見への回答】「市役所の駐輪場が狭くて自転車を停めにくい」というご意見をいただきました。来月から駐輪スペースを拡大します。',
    '【市民の声 回答】「広報紙の文字が小さくて読みにくい」とのご要望が寄せられました。次号から文字を大きくいたします。',
    '「防災マップの避難所の表示がわかりにくい」というお声をいただきました。避難所の一覧を追加した改訂版を作成しました。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    '新聞の投書欄に「ごみ収集カレンダーの字が小さくて読みにくい」というお声が掲載されていました。令和8年度版から文字を大きくし、英語版も作成します。',
    'ネットの口コミで「ごみ収集カレンダーの字が小さくて読みにくい」というお声をいただきました。文字を大きくし、英語版も作成します。',
    'ある作家はエッセイに「ごみ収集カレンダーの字が小さくて読みにくい、役所の文書はいつもそうだ」と書いています。令和8年度版から文字を大きくします。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind IA-037, remarks quoted as the words a harm is brushed aside with (「…」という言葉で見過ごされがち)', () => {
  // Kind: short remarks quoted as what people say (「…」「…」という言葉, といった言い訳, のような一言, って言葉), the same sentence saying the
  // words hide, excuse or dismiss something (で見過ごされがち, で正当化される, で済ませていませんか, に隠れて見えにくくなる): an awareness
  // post's example of a kind of words, no one's text. Words owned by someone before them (ある作家の「…」), read in a medium (雑誌で読んだ),
  // or that end or open a work (で締めくくられた, で知られる) are quotations needing a source.
  it.each([
    'いじめは「いじられているだけ」「ふざけているだけ」という言葉で見過ごされがちです。柳川市教育委員会では、全小中学校で「いじめ防止基本方針」を定め、年2回のアンケート調査を実施しています。相談は学校教育課（内線4321）でも受け付けています。',
    '「しつけのつもりだった」「言うことを聞かないから」といった言い訳で、子どもへの暴力が正当化されることがあってはなりません。児童虐待の相談は子ども家庭課へ。',
    '「仲がいいからつい」「冗談のつもりやった」のような一言で済ませていませんか。職場のハラスメントは人事課の相談窓口へ。',
    '介護する家族の疲れは「まだ大丈夫」「家族のことだから」という言葉に隠れて見えにくくなりがちです。地域包括支援センターにご相談ください。',
    '「よかよか、気にせんでよか」って言葉で見過ごされとる困りごとはなかですか？ 民生委員にお気軽にどうぞ。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    '雑誌で読んだ「忙しいは心を亡くすと書く」という言葉で、見過ごしていた疲れに気づきました。',
    'ある作家の「笑顔は最高の化粧」という言葉で済ませるわけにはいかない、と感じた一日でした。',
    'ある評論家の「迷ったときは遠回りでもいい」という言葉で締めくくられたコラムが話題です。',
    '「迷ったときは遠回りでもいい」という言葉で知られる随筆を、市立図書館で展示しています。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): blind R109A-113, a remark passed on as hearsay in the lead (昔、こんなことを言っていたそうです。『…』)', () => {
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  // Kind: the lead before a long quotation tells it second-hand (こんなことを言っていたそうです, こう話されていたと聞きました, こげんこと
  // 言いよったげな, 次のようなことをおっしゃっていたらしい): whoever it names, nothing says where or when the words were said, so with no
  // occasion, date or medium in the paragraph the quotation has no source. Words told to the writer, or heard at a named occasion and date, stay.
  it.each([
    '姉妹都市の市長さんが昔、こんなことを言っていたそうです。\n『国と国の友情は条約でつくるものではなく、台所で一緒にご飯をつくることから始まる。私たちの交流は、いつもそこから始まってきた。』\n国際交流料理教室、参加者募集中です。',
    // variants: と聞きました with 話されていた, dialect げな, よく…おっしゃっていた, らしい in plain form
    '以前、ある校長先生がこう話されていたと聞きました。\n「子どもは叱られた言葉ではなく、見守られた時間を覚えている。だから大人は急がなくていい。」\n子育て講座の参加者を募集しています。',
    '先代の船頭さんが昔、こげんこと言いよったげな。\n「掘割は町の血管たい。水が止まれば町も止まる。だけん毎年の掘割干しば欠かしちゃならん。」\n今年も掘割干しのボランティアを募集します。',
    '亡くなった初代館長は、よく次のようなことをおっしゃっていたそうです。\n『本は読む人を選ばない。だからこそ図書館は、誰にとっても開かれた場所でなければならない。』\n図書館まつりを開催します。',
    '市長が以前、こう言っていたらしい。\n「まちづくりは行政だけのものではない。市民一人ひとりが主役となって、初めて本当の町ができる。」\n地域づくり講座の受講者を募集します。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
  it.each([
    // hard negatives: told to the writer, heard at a named occasion and date, hearsay with no quotation, a plain notice
    '国際交流員のマリアさんが、こんなことを話してくれました。\n「台所で一緒にご飯をつくると、言葉が通じなくても自然と仲良くなれるんです。料理は世界共通の言葉ですね。」\n国際交流料理教室、参加者募集中です。',
    '姉妹都市の市長さんが、2019年の友好都市締結式でこんなことを言っていたそうです。\n『国と国の友情は条約でつくるものではなく、台所で一緒にご飯をつくることから始まる。私たちの交流は、いつもそこから始まってきた。』',
    '姉妹都市の市長さんが昔、料理が得意だったそうです。その縁で、国際交流料理教室では毎年、姉妹都市の家庭料理を紹介しています。',
    '昔は掘割で洗い物をしていたそうです。今年も掘割の歴史を学ぶ講座を開催します。参加者募集中です。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
})

describe('quotation (4(4)): blind IB-129, a speaker told by role at an occasion the post names (開所式で、同社の代表は「…」とあいさつしました)', () => {
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  // Kind: the occasion (開所式で, 記念式典では, 調印式で) and the speaker's role (同社の代表, 姉妹都市の市長, 同行の頭取) come before the
  // quotation and a reported-speech verb after it (とあいさつしました, と述べました, と語りました): the staff's report of the ceremony. A
  // vague body (ある会社の代表), no occasion, or a hearsay ending leaves it a quotation without source.
  it.each([
    'サテライトオフィスの開所式で、同社の代表は「掘割の見える仕事場は、社員にとって何よりの福利厚生」とあいさつしました。',
    '新庁舎の落成式で、建設会社の社長は「市民の皆さんが集う場所を形にできたことを誇りに思います」と述べました。',
    '記念式典では、姉妹都市の市長が「これからも子どもたちの交流を続けていきましょう」とあいさつしました。',
    '協定の調印式で、同行の頭取は「地域の事業者の皆さんを全力で支えてまいります」と力強く語りました。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    '同社の代表は以前「掘割の見える仕事場は、社員にとって何よりの福利厚生だ。ここでなら良い仕事ができる」と言っていたそうです。',
    'どこかの開所式で、ある会社の代表が「掘割の見える仕事場は、社員にとって何よりの福利厚生だ。ここでなら良い仕事ができる」とあいさつしたそうです。',
    '同社の代表は「掘割の見える仕事場は、社員にとって何よりの福利厚生だ。ここでなら良い仕事ができる」と語っています。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind IB-141, a question visitors asked, answered in the post (Our friends from Taiwan asked: "…?")', () => {
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  // Kind: in English, people the city met (friends, visitors, guests, kids) asked (us) a question set out in quotation marks, and the
  // post answers it: a received voice, as 「…」というご質問 is. A medium (a travel magazine asked) or a famous someone (a famous
  // poet once asked) is a quotation without source.
  it.each([
    'Our friends from Taiwan asked: "Is the river boat open in winter?" Yes! Boats have kotatsu heaters from December to February. Please book at the boat stations. Have a nice trip, 祝你旅途愉快!',
    'A visitor asked us, "Can I bring my small dog on the river boat?" Yes, small dogs in a carrier are welcome on board!',
    'Many guests wondered: "Where can I try steamed eel rice near the station?" Check our map of local restaurants below.',
    'Kids at the festival asked: "Will the fireflies come back next year, too?" Yes! The firefly evening returns in June.',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    'A famous poet once asked: "What is a town without water? It is a body without a heart, a song without a voice." Come and see our canals.',
    'A travel magazine asked: "Is Yanagawa the most beautiful water town in all of Japan, or only the most famous one?" We think so!',
    'Our friends from Taiwan love this saying: "The journey of a thousand miles begins with a single step." Start yours in Yanagawa!',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind ID-046, a scam message quoted to warn, introduced as received (次のようなショートメッセージが届いています)', () => {
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  // Kind: a warning that sets out the text of a message, letter or call residents received (次の/以下の/こんな/こげな + メール/
  // ショートメッセージ/はがき/文書/電話 + が届いています/出回っています/かかってきています), or captions it as the wording seen
  // (（…に市内で確認された文面）, 不審メッセージ): the quotation is the specimen the warning is about, its source told. Words the
  // city wants to pass on (届けたい言葉, 心に届きました) are a quotation of someone and need their source; so is a message only asked
  // about (こんなメッセージが届いた方はいませんか？), never said to be a fake nor where it was seen.
  it.each([
    '【消費生活センターからのお知らせ】\n\n市内の方に、次のようなショートメッセージが届いています。\n\n「【柳川市役所】医療費の還付金があります。本日中に手続きしないと受け取れません。下記URLから口座番号と暗証番号を入力してください」\n（令和7年10月に市内で確認された不審メッセージの文面）\n\n市役所が、メールやSMSで口座番号や暗証番号をお聞きすることは絶対にありません。\n不審に思ったら、すぐに消費生活センター（0944-74-0188）または消費者ホットライン「188」へ。',
    '【消費生活センターより】\n\n市内の高齢の方のお宅に、こんなはがきが届いています。\n\n「あなた名義の未納料金が残っています。本日中にご連絡がない場合は、裁判所に訴訟を起こし財産を差し押さえます」\n（令和7年9月、市内で確認されたはがきの文面）\n\nこのはがきに書かれた番号には絶対に電話しないでください。',
    '【注意】\n\n以下のメールが市内で出回っています。\n\n「【重要】お客様のアカウントが一時停止されました。24時間以内にこちらから本人確認を行わないと、すべてのサービスがご利用いただけなくなります」\n（11月上旬に市民の方へ届いた文面）\n\nリンクは開かず、すぐに削除してください。',
    '市内の事業所に、こういった文書が送られてきています。\n\n「法改正により、事業者登録の更新手続きが必要になりました。期限までに同封の振込用紙で登録料3万円をお支払いください」\n（令和7年7月に市内の事業所で確認された文面）\n\n心当たりのない請求には応じず、消費生活センターへご相談ください。',
    '最近、こげなメールが市内で出回っとります。\n\n「ご当選おめでとうございます。賞金を受け取るには、下記のリンクから手数料をお支払いください」\n\n心当たりのなかメールは開かんで、すぐ消してください。',
    '先月から、市内の方のスマートフォンに届いているものです。\n\n「お荷物をお届けにあがりましたが、宛先不明のため持ち帰りました。下記より配達日時をご確認ください」\n（令和7年10月に市内で確認された文面）\n\nリンクは開かないでください。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    '【消費生活センターからのお知らせ】\n\n消費生活センターの相談員が大切にしている言葉があります。\n\n「この町の未来は、市民一人ひとりの小さな行動の積み重ねによって形づくられていくのです。だからこそ、今日の一歩を大切にしたい」\n\nお困りのことがあれば、お気軽にご相談ください。',
    '【お知らせ】\n\n市内の方に、ぜひ届けたい言葉があります。\n\n「この町の未来は、市民一人ひとりの小さな行動の積み重ねによって形づくられていくのです。だからこそ、今日の一歩を大切にしたい」\n\n今年も一年、よろしくお願いします。',
    '市内の方に届いたメッセージのように、心に響く一節をご紹介します。\n\n「水の町は、水とともに暮らす知恵の町でもある。掘割を守ってきたのは名もなき住民たちだった。それを忘れてはならない」',
    // asked, not told: the post never says the message is a fake, nor where it was seen
    'こんなメッセージが届いた方はいませんか？\n「【柳川市】未納の税金があります。本日中に下記URLからお支払いがない場合、財産を差し押さえます。」\n#柳川',
    '市内で、こんなメッセージが届いています。\n\n「この町の未来は、市民一人ひとりの小さな行動の積み重ねによって形づくられていくのです。だからこそ、今日の一歩を大切にしたい」',
    'こげなメールが届いとらんですか？\n「【柳川市】水道料金の未払いがあります。本日中に下記URLからお支払いください。お支払いがない場合は給水を停止します。」',
    '次のような言葉が心に届きました。\n\n「水の町は、水とともに暮らす知恵の町でもある。掘割を守ってきたのは名もなき住民たちだった。それを忘れてはならない」\n\n私たちもこの思いを胸に取り組みます。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind R113A-131, IF-036, IF-069, a source named before the quotation as a heading, or after it on its own line or a dash line', () => {
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  // Kind (R113A-131): a heading sentence before the quotation names the speaker, the kind of speech and its date or occasion in
  // brackets, then から/より and a stop (市長の施政方針演説（3月1日、市議会本会議）から。「…」). Kind (IF-036): a passage under an open
  // 【引用】 frame, cited on the line after it (（編者『書名』刊行年、ページより）, ――編者『書名』より, 出典：…): the frame ends at the
  // citation. Kind (IF-069): a dash line after the quotation telling the dated meeting where the words were received (——…説明会で
  // いただいたご意見です（令和7年10月14日）). A vague speaker or meeting, a medium, or no date, bracket or citation names no source.
  it.each([
    '市長の施政方針演説（3月1日、市議会本会議）から。「市役所に来なくても手続きが済む、行かなくていい市役所を目指します」。市民課でもオンライン申請の拡大に取り組んでいます。',
    '金子市長の年頭あいさつ（1月5日、仕事始め式）より。「職員一人ひとりが市民の立場に立って考える一年にしたいと思います」。今年もよろしくお願いします。',
    '教育長の式辞（令和7年4月8日、市立小学校入学式）から抜粋：「新しい友だちと、たくさん遊んで、たくさん学んでください。みんなの笑顔がこの町の宝です」',
    '北原白秋記念館の館長・田中一郎さんの講演（10月5日、市民会館）から。「白秋の詩には、いつも掘割の水の音が流れているのです」。',
    '議長のあいさつ（2025年6月10日）より。「市民の声を市政に届ける議会であり続けたいと考えております」',
    '【引用】\n「町のどこを歩いても水の音がする。掘割は柳川の人々の暮らしそのものであった」\n（柳川市史編さん委員会『柳川の水と暮らし』平成18年刊、12ページより）\n白秋のふるさとを歩く文学散歩を11月9日（日）に開催します。',
    '【引用】\n「まちの記憶は、そこで暮らした人の言葉の中に残っていくものである」\n（柳川市教育委員会『ふるさと柳川の歩み』令和2年、45ページより）\n企画展を開催中です。',
    '【引用】\n「掘割の水は、町の人々が守ってきた暮らしの知恵の結晶なのである」\n――北原白秋記念財団『水郷柳川』（1990年）より\n展示をご覧ください。',
    '【以下引用】\n「掘割の水は、町の人々が守ってきた暮らしの知恵の結晶なのである」\n出典：柳川市『柳川市史 別編』平成14年刊\nぜひご来館ください。',
    // blind KV-027 kind: the 出典： line in brackets
    '【引用】\n「大雨による河川の増水や低い土地の浸水に十分注意してください」\n（出典：気象庁 大雨に関する全般気象情報 第2号）\n市内の避難所を開設しています。',
    '「子どもが小さいころから通った図書館なので、閉館ではなく移転と聞いて安心しました。新しい建物も楽しみです」\n——三橋地区の説明会でいただいたご意見です（発言者の了承を得て掲載。令和7年10月14日）',
    '「バス停が近くなって、雨の日でも病院に通いやすくなりました。本当に助かっています」\n――大和地区の意見交換会でいただいた声です（令和7年9月20日）',
    '「公民館の和室に手すりがつけば、足の悪い私たちでも集まりやすくなるのですが」\n— 市政懇談会（10月3日、蒲池公民館）でのご発言より',
    '「小さな子ども連れでも安心して来られる窓口にしてほしいと思います。ベビーカー置き場があると助かります」\n——市民アンケート自由記述欄から（2025年8月実施）',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    'ある市長の演説（昔のもの）から。「市役所に来なくても手続きが済む、行かなくていい市役所を目指します」。市民課でもオンライン申請の拡大に取り組んでいます。',
    'どこかの校長のスピーチ（3月1日）から。「新しい友だちと、たくさん遊んで、たくさん学んでください。みんなの笑顔がこの町の宝です」',
    '市長の演説（動画）から。「市役所に来なくても手続きが済む、行かなくていい市役所を目指します」。',
    'ネットで話題の演説（3月1日）から。「市役所に来なくても手続きが済む、行かなくていい市役所を目指します」。',
    '【引用】\n「町のどこを歩いても水の音がする。掘割は柳川の人々の暮らしそのものであった」\n白秋のふるさとを歩く文学散歩を11月9日（日）に開催します。',
    '【引用】\n「町のどこを歩いても水の音がする。掘割は柳川の人々の暮らしそのものであった」\n（ある本より）\n白秋のふるさとを歩く文学散歩を11月9日（日）に開催します。',
    '【引用】\n「町のどこを歩いても水の音がする。掘割は柳川の人々の暮らしそのものであった」\n（ネットで見つけた言葉）\n文学散歩を開催します。',
    '【引用】\n「大雨による河川の増水や低い土地の浸水に十分注意してください」\n（出典は後で確認）\n市内の避難所を開設しています。',
    '「子どもが小さいころから通った図書館なので、閉館ではなく移転と聞いて安心しました。新しい建物も楽しみです」\n——ある説明会でいただいたご意見です',
    '「子どもが小さいころから通った図書館なので、閉館ではなく移転と聞いて安心しました。新しい建物も楽しみです」\n——SNSに寄せられた声です（10月14日）',
    '「子どもが小さいころから通った図書館なので、閉館ではなく移転と聞いて安心しました。新しい建物も楽しみです」\n——どこかの説明会で出た意見だそうです（10月）',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind IG-042, IG-076, IG-086, a citation after the quotation in brackets or after a dash, in Japanese and English', () => {
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  // Kind (IG-042): a citation right after the passage, in brackets or after a dash, naming the issuer, the title in 「」 and its edition,
  // year or page (（法務省人権擁護局「人権の擁護」令和6年度版）) — as 『』 was read before. Kind (IG-086): the same in English, '— from
  // <Title> (year edition, p.N)'. Kind (IG-076): the words said to be received at a meeting of the city, after a dash on the same line
  // (——子育て相談会でいただいた声です), dated or not. A vague issuer or meeting, a medium, or no edition names no source.
  it.each([
    '【12月4日〜10日は人権週間です】\n\n法務省の啓発冊子には、次のような記述があります。\n\n「インターネット上には、特定の地域を同和地区であると指摘する情報や、特定の国籍や民族の人々を排斥する差別的な書き込みが見られます」\n（法務省人権擁護局「人権の擁護」令和6年度版）\n\n差別的な書き込みをしない、広めないことが大切です。',
    '「高齢者の約4人に1人が、日常の買い物に不便を感じていると回答しています」\n（内閣府「高齢社会白書」2024年版、12ページ）\n市では移動販売車の運行を支援しています。',
    '「掘割の総延長は約930キロメートルに及び、市街地の面積の約12％を水路が占めている」——柳川市観光協会「水郷柳川ガイドブック」令和5年版より。',
    '「ごみの減量は、分けることから始まります。分ければ資源、混ぜればごみです」（福岡県環境部「ごみ減量ハンドブック」第3版）',
    '「子どもの熱が夜中に出たとき、#8000に電話して落ち着いて対応できました」——子育て相談会でいただいた声です（ご本人の了承済み）。小児救急電話相談は #8000 へ。',
    '「はじめての離乳食で不安でしたが、栄養士さんに相談できて気持ちが楽になりました」――離乳食教室で寄せられたご感想です。',
    '「散歩のときに段差が多くて困っている。手すりのある道がもう少し増えるとうれしい」— 地区懇談会でいただいたご意見です',
    '「健診の結果の見方が初めてよく分かりました。来年も必ず受けようと思います」——健康講座でお聞きした声です。',
    'Quote of the week: "Yanagawa is a town of water." — from the Yanagawa City Tourism Guide (2024 edition, p.3). Come and see the canals!',
    '"The canals were dug over four centuries ago to drain and irrigate the land." — from the Yanagawa City History Handbook (2019, p.45)',
    'Today\'s words: "Water connects our town, our history and our people." — Source: Fukuoka Prefectural Tourism Association, 2023 edition',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    '「インターネット上には、特定の地域を同和地区であると指摘する情報や、特定の国籍や民族の人々を排斥する差別的な書き込みが見られます」\n（ある団体「人権の擁護」令和6年度版）',
    '「インターネット上には、特定の地域を同和地区であると指摘する情報や、特定の国籍や民族の人々を排斥する差別的な書き込みが見られます」\n（まとめサイト「人権の話」2024年版）',
    '「高齢者の約4人に1人が、日常の買い物に不便を感じていると回答しています」\n（「高齢社会のいま」という記事から）',
    '「子どもの熱が夜中に出たとき、#8000に電話して落ち着いて対応できました」——ある相談会で聞いた話です。',
    '「子どもの熱が夜中に出たとき、#8000に電話して落ち着いて対応できました」——ネットの子育て相談会で見かけた声です。',
    '「散歩のときに段差が多くて困っている。手すりのある道がもう少し増えるとうれしい」——知り合いから聞いた話です',
    'Quote of the week: "Yanagawa is a town of water." — from a travel blog (2024). Come and see the canals!',
    'Quote of the week: "Yanagawa is a town of water." — from the Internet (2024). Come and see the canals!',
    'Quote of the week: "Yanagawa is a town of water." Come and see the canals!',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation: an internet medium in a citation is no source (ネットのまとめ記事, ネットの掲示板, まとめサイト)', () => {
  // Found by the R115A quotation fixer: （ネットのまとめ記事「…」より） passed, because the vague words knew ネット上 and ネットで only.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    '「差別は、知らないことから始まります。だからこそ、知ることが大切なのです」\n（ネットのまとめ記事「人権の話」より）',
    '「差別は、知らないことから始まります。だからこそ、知ることが大切なのです」\n（ネットの掲示板「地域の話題」より）',
    '「差別は、知らないことから始まります。だからこそ、知ることが大切なのです」\n（まとめサイト「人権の話」より）',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
  it.each([
    '「差別は、知らないことから始まります。だからこそ、知ることが大切なのです」\n（法務省人権擁護局「人権の擁護」令和6年度版より）',
    'ネットの書き込みには注意が必要です。「差別をなくそう」という声を広げましょう。',
    '「インターネットの使い方講座」を開催します。ネットのトラブル相談は消費生活センターへ。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
})

describe('quotation: blind R116A/R117A/IH (r116-quot): vague sayers, sayings pointed back at, titled works, own class voices, survey items', () => {
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  // R116A-095: a vague someone said it, told in the sentence before the words (ある先生がおっしゃっていました。「…」), however short.
  // R116A-131: a line announcing a saying (こんな言葉がありますね。⏎「…」, 昔からこんな言葉があるばい。).
  // R116A-096: a sentence without brackets pointed back at as words read somewhere vague (…だ――どこかで読んだこの言葉).
  // R117A-084: short words credited right after to someone vague (「一舟一会」。これは昔、ある船頭さんが言っていた言葉です).
  it.each([
    'ある先生がおっしゃっていました。「認知症の人は、忘れても感情は残る」。だから笑顔で接することが大切なんですね。',
    'とある医師が言っていました。「よく噛むことが、一番の健康法です」。本当にそう思います。',
    'ある方がよく言いよったです。「水は流れてこそ清くなる」。',
    'ある作家さんがこう書いていました：「旅は、帰る場所があるから楽しい」',
    'こんな言葉がありますね。\n「介護とは、その人の人生に寄り添うこと」\n包括センター職員一同、この気持ちを忘れずに頑張ります。',
    '昔からこんな言葉があるばい。\n「人の心は水のごと、流れてこそ澄む」',
    'こんな言葉があります：「継続は力なり、焦らず行こう」',
    '介護は〝愛情〟じゃなく〝技術〟だ――どこかで読んだこの言葉、本当にそうだと思います。',
    '人は城、人は石垣、人は堀。昔ある本で読んだ言葉ですが、今も大切にしています。',
    '笑顔は一番の薬になる――ネットで見かけた言葉ですが、本当にそうだなと思うばい。',
    '一日一善、それが長生きの秘訣。以前テレビで聞いたフレーズです。',
    '「一期一会」ならぬ「一舟一会」。これは昔、ある船頭さんが言っていた言葉です。どの舟にも、その日だけの出会いがあります。',
    '「段取り八分」――とある職人さんの口癖です。準備を大切に、今日も作業を進めます。',
    '「水は友だち」。ある船頭さんが話していた言葉です。',
    // hard negatives of the titled work: a vague holder or no title names no source
    'ある本『心の話』に「人は誰でも、ひとりでは生きられない生き物なのです」とあります。',
    'ネットの『まとめ』に「人は誰でも、ひとりでは生きられない生き物なのです」とありました。',
    '本に「人は誰でも、ひとりでは生きられない生き物なのです」とあります。',
    // hard negatives of the class voices: read in a medium, or a vague author
    '「外国から来た子は、仲間に入れなくていい」\n「あの子の家はお金がないから、遊ばないほうがいい」\n\nこれらは、ネットの掲示板で見かけた書き込みです。',
    '「外国から来た子は、仲間に入れなくていい」\n「あの子の家はお金がないから、遊ばないほうがいい」\n\nこれらは、ある作家が書いた言葉です。',
    // hard negatives of the survey item: a vague survey, or no survey
    'ネットのアンケートで「柳川の観光地は駐車場が少なくて行きにくいと感じる」と答えた人が半数以上だったそうです。',
    'ある調査では「柳川の観光地は駐車場が少なくて行きにくいと感じる」と答えた人が半数以上だったそうです。',
    '「柳川の観光地は駐車場が少なくて行きにくいと感じる」と答えた人が多いと聞きました。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
  it.each([
    // hard negatives of the vague sayer: ある日 is a time, a named speaker, a short reply
    'ある日、先生が言っていました。「今日はよく頑張ったね、みんな」。',
    '市長が年頭のあいさつで話していました。「市民の皆さんと一緒に前へ進みたい」。',
    '医師の古賀 誠さんがおっしゃっていました。「認知症の人は、忘れても感情は残る」。',
    'ある参加者が話していました。「楽しかった」',
    // hard negatives of the announced saying: words given to us, a proverb, a short word
    'こんな言葉をいただきました。\n「いつも丁寧にありがとう」',
    'こんなことわざがあります。「急がば回れ」',
    'こんな言葉がありますね。「ありがとう」。大切にしたい一言です。',
    // hard negatives of the saying pointed back at: the city's slogan, a named occasion, no saying
    'ごみは分ければ資源になる――市の標語として、今年も掲げています。',
    'ごみは分ければ資源になる――市長のあいさつで聞いたこの言葉を胸に、分別を進めます。',
    '今日は雨でしたね。どこかで読んだ本の話をします。',
    // hard negatives of the vague credit: a proverb called words, the city's own phrase, a named boatman
    '「一期一会」という言葉を大切にしています。',
    '「水郷柳川」。これは市のキャッチフレーズです。',
    '「一舟一会」。これは、船頭の松尾さんが言っていた言葉です。',
    // R116A-063: a work named by its title in 『』 with its part (『論語』為政篇に「…」とあります)
    '『論語』為政篇に「七十にして心の欲する所に従えども矩を踰えず」とあります。敬老会では、この言葉を胸に人生を重ねてこられた皆さまをお祝いします。',
    '『徒然草』第百五十段には「能をつかんとする人、よくせざらんほどは、うかつに人に知られじ」と書かれています。',
    '『万葉集』巻五に「銀も金も玉も何せむにまされる宝子にしかめやも」と詠まれています。',
    '『論語』に「己の欲せざる所は人に施すこと勿れ」とあります。',
    // IH-038: quotations told to be what participants of the city's own class said (これらは、…人権学習で、子どもたちが…出し合ったものです)
    "【人権について考えてみませんか】\n\n「外国から来た子は、仲間に入れなくていい」\n「あの子の家はお金がないから、遊ばないほうがいい」\n「女の子なのに、サッカーなんておかしい」――。\n\nこれらは、市内の小中学校の人権学習で、子どもたちが「言われたら悲しい言葉」として出し合ったものです。\n\n子どもたちは大人の言葉をよく聞いています。家庭や地域で何気なく口にした一言が、子どもの偏見につながることもあります。\n\n授業では、「言われた人はどんな気持ちになるか」「もし自分が言ってしまったら、どうすればよいか」を、グループで話し合いました。\n\n12月4日から10日は人権週間です。市では、12月6日（土）14時から柳川市民会館で「人権を考える市民のつどい」を開きます。講演のテーマは「子どもの目から見た差別」。入場は無料で、手話通訳と要約筆記もあります。\n\n家族で、職場で、身近な人権について話してみませんか。\n\n問い合わせ：人権・同和対策室 0944-73-8111",
    '「ごみ拾いをしたら、町がきれいになって気持ちよかった」「またみんなで一緒に参加したいです」。これらは、出前講座で小学生たちが書いてくれた感想です。',
    '「人を傷つける言葉は、冗談でも使わない」「困っている友だちには自分から声をかける」\n\nいずれも、ワークショップで参加者が書き出した意見です。',
    '「人を傷つける言葉は、冗談でも使わない」「困っている友だちには自分から声をかける」。これらは授業で生徒たちが挙げた例です。',
    // IH-085: a survey item told by the share who answered it (「…」と答えた中学生の割合も全国より高い)
    "【全国学力・学習状況調査の結果を公表します】\n\n令和7年4月に実施された全国学力・学習状況調査について、柳川市の結果の概要をまとめました。\n\n小学6年生では、国語は全国平均とほぼ同じ、算数はやや下回りました。中学3年生では、国語・数学ともに全国平均とほぼ同じでした。\n\n一方、生活習慣に関する質問では、「毎日、同じくらいの時刻に寝ている」と答えた児童生徒の割合が全国より高く、「平日に1日3時間以上スマートフォンを使う」と答えた中学生の割合も全国より高い結果でした。\n\n教育委員会では、この結果をもとに、各学校で授業の改善に取り組むとともに、家庭でのメディアとの付き合い方について保護者の皆さまと一緒に考える機会を設けていきます。\n\nなお、この調査で測れるのは学力の一部です。学校ごとの結果は公表していません。\n\n詳しい分析は市ホームページをご覧ください。\n問い合わせ：学校教育課 0944-73-8111",
    '市民意識調査の結果がまとまりました。「ごみの分別がわかりにくく、もっと丁寧な説明がほしい」と回答した人の割合は約3割でした。',
    '健康アンケートでは、「朝ごはんを毎日しっかり食べて学校に行っている」と答えた生徒が全体の8割を超えました。',
    '「体を動かすことが楽しい、と思えるようになりました」と答えた生徒は、昨年より12ポイント増えました。体力テストとあわせて行ったアンケートの結果です。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
})

describe('quotation: blind R118A-015, a short maxim called "these words" after it', () => {
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    '「農は国の本なり」。この言葉を胸に、柳川で農業を始める皆さんを全力で応援します。',
    '「継続は力なり」。この言葉のとおり、毎朝の体操を続けてきた皆さんが表彰されました。',
    '「笑う門には福来る」――この言葉を大切に、地域の話し合いを進めます。',
    '「備えあれば憂いなし」。この言葉ば胸に、今年も土のう作りばい。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
  it.each([
    // too short for a saying, no sentence end, or the city's own phrase named as such
    '「がんばろう」。この言葉を合言葉に、清掃活動を続けます。',
    '「水郷柳川」。この言葉にふさわしいまちづくりを進めます。',
    '「ありがとう」。この言葉をたくさん聞けた一日でした。',
    '市長は「農は国の本なり」と述べました。この言葉を胸に、農業振興に取り組みます。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
})

describe('quotation: blind R119A/IJ/II/R118A, a generic voice or words the city received versus a maxim with no author', () => {
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    // a maxim set off alone and held up as wisdom; a saying credited to a vague book, a vague office holder or 昔の人
    "「子どもは大人の言うことはきかないが、大人のすることはまねをする」。今日の乳幼児健診で、お父さんの口ぐせをそっくりまねする2歳さんを見て、改めてそう感じました。",
    "「叱るより、認めよ」。発達相談でいつも心がけていることです。気になる行動があっても、まずはできたことを一緒に喜びましょう。",
    "「子育ては、親育て」。健診でお母さんたちとお話ししていると、本当にその通りだなと思います。",
    "「ほめるより、まず聞け」。窓口でいつも心がけとることです。",
    "「備えは、心の余裕」。今日の防災訓練で、まさにその通りだと感じました。",
    "「挨拶は心の窓」。毎朝の登校見守りで、日頃から心がけています。",
    "冒頭のあいさつでは、ある本の一節「土を耕す者は、いつのまにか自分の心も耕している」を紹介させていただきました。",
    "市長は、ある本の一節「土を耕す者は、いつのまにか自分の心も耕している」を紹介しました。",
    "とある小説の一節「川は海へ、人は故郷へ帰るものだ」を引用して、式辞を締めくくりました。",
    "開会あいさつでは、かつてある大臣が述べた「農業は若者が夢を持てる成長産業でなければならない」という言葉を紹介しました。",
    "その昔、ある市長が語った「水路は町の血管であり、止まれば町が死ぬ」という言葉を胸に刻みます。",
    "昔の人も言っとったばい。「海は奪うところやなか、育てるところ」って。今年も網ば張るばい。",
    "先人はこう言いました。「水を制する者は、町を制する」。",
    "昔の人がよう言いよったもんです。「堀ば汚すと、町が汚るる」って。",
    // hard negatives' opposite: the same voices read in a medium, a letter from a vague someone
    "ネットで「うちの子、ずっと抱っこじゃないと泣くんです、病気でしょうか」という声をよく見かけます。",
    "新聞の投書に「朝の通学時間、子どもたちが水路のすぐ横を歩いていて危ない」という声が載っていました。",
    "先日、市民の方からお手紙をいただきました。\n「クリーンセンターの臭いのせいで、夏でも窓を開けられません。孫が遊びに来ても外で遊ばせられず、ここに家を建てたことを後悔しています。」",
    "ある作家から手紙が届きました。「川の町に生まれた人は、川のように生きるものだ。流れに逆らわず、しかし止まらずに」。",
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
  it.each([
    // typical voices, questions, worries, consultation examples, an advert's claim in a warning, a letter the city received
    "「一人で食べるより、みんなで食べるほうがおいしい」。そんな声がたくさん聞かれる、あたたかな場所です。",
    "最近「うちの子、ずっと抱っこじゃないと泣くんです…」というお話をよく聞きます。それ、すごく自然なことですよ😊",
    "「災害のとき、赤ちゃんのミルクはどうする？」「おむつは何日分用意する？」――そんな疑問に答える防災講座を開きます。",
    "【注意】インターネットで「児童手当を前払いで受け取れる」とうたうサービスの広告が見られます。市の制度ではありません。申し込む前にご相談ください。",
    "健診の日、「家ではできるのに、ここでは積み木を積んでくれなかった…」とがっかりするお母さん、お父さん。大丈夫です、よくあることです！",
    "【こども家庭センターってどんなところ？】\n\nでも、「名前は聞いたけど、何をしてくれるの？」という声も聞きます。そこで、よくあるご相談の例をご紹介します。\n\n○「妊娠したけど、一人で育てられるか不安」\n　保健師が面談します。\n\n○「家族のことで、誰に相談したらいいかわからない」\n　必要に応じて、ほかの窓口におつなぎします。",
    "「うちの子、ちょっとほかの子と違う気がする」。そんなふうに感じて、でも誰に聞いたらいいかわからない、という声をよく聞きます。",
    "「相談したら何かのレッテルを貼られるのでは」と心配される方もいますが、そんなことはありません。",
    "こども家庭課の窓口に、子ども食堂に通う小学生から手紙が届きました。「いつもごはんありがとう。ぼくもおおきくなったらつくるひとになりたい」。",
    "きっかけは、地域の方からの「朝の通学時間、子どもたちが水路のすぐ横を歩いていて危ない」という声でした。",
    "「年金の手続き、どこに行けばいいのかわからない」というご相談をよく伺います。市民課の窓口へどうぞ。",
    "「夜になると急に熱が出て、どこに電話すればいいのか迷う」――こんな不安にお答えする講座です。",
    "「おうちでは話すのに、園ではひと言もしゃべらない」と心配されるお父さん、お母さんもいらっしゃいます。",
    "「市の委託で古い家電を無料で回収します」とうたう業者のチラシが配られています。市ではこのような回収は行っていません。ご注意ください。",
    "敬老会の会場に、大和小学校の3年生からお手紙が届きました。「いつまでも元気でいてください。また一緒に遊ぼうね」。",
    "「子どもは大人の言うことはきかないが、大人のすることはまねをする」と、講師の松尾和也先生はお話しされました。",
    "「ごみは分別して出しましょう」。いつも心がけていることです。",
    "「手洗いをこまめに、うがいも忘れずに」。いつも心がけています。",
    "昔の人の知恵を学ぶ講座「掘割と暮らし」を開きます。",
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
})

describe('quotation (4(4)): blind R123A/R120A/IL/IK, documents named by kind, hearsay of a site, unnamed trades, sayings handed down', () => {
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    // R123A-014/076: a ministry's materials or a bare holder's plan, no title, year or URL
    '【コミュニティバスの減便について】\n\n4月1日から、路線の一部を減便します。\n\nなお、国土交通省の資料には「地方の乗合バスは、人口減少と運転者不足によって、路線の維持そのものが年々難しくなっている状況にある」とあり、当市も例外ではありません。\n\n新しい時刻表は各停留所に掲示します。',
    '【減便のお知らせ】\n\n4月からコミュニティバスを一部減便します。市の公共交通計画には「持続可能な地域公共交通網の形成に向け、需要に応じた運行形態への見直しを段階的に進める」と記されています。ご理解をお願いします。',
    '厚生労働省の資料には「高齢者の孤立を防ぐためには、日常的な見守りと緩やかなつながりを地域の中に重ねていくことが重要である」と書かれています。',
    '国の指針では「避難所の運営は、行政だけでなく避難者自身が主体となって担うことが望ましいとされている」とあります。',
    '県の計画には「農地の集積と担い手の確保を一体的に進めることで、持続可能な農業経営の実現を目指す」と書かれています。',
    // R123A-134: a site read second-hand
    '人権講演会のまとめ。法務省のサイトには「人権とは、すべての人々が生命と自由を確保し、それぞれの幸福を追求する権利」とあるそうです。大事なことですね。',
    '消費者庁のホームページに「通信販売にはクーリング・オフ制度がなく、返品の可否は事業者が定める特約によって決まる」と書いてあるらしいです。',
    '研修で聞いた話ですが、国税庁のサイトに「医療費控除は、その年に支払った医療費が一定額を超える場合に受けられる所得控除」と載っているそうです。',
    // R123A-146: someone else's interview, an unnamed trade
    'せいろ蒸しPRのインタビューで、料理研究家さんが「うなぎの香ばしさとタレの甘みが、蒸すことでご飯の一粒一粒にまで行き渡るのが柳川のせいろ蒸しの魅力です」って言ってたモン！',
    'テレビのインタビューで、栄養研究家さんが「朝ごはんをしっかり食べる子どもは、午前中の集中力が高く、授業の内容もよく身につく傾向があります」と話していました。',
    '雑誌の取材で、旅行ライターさんが「掘割沿いの小道を歩くと、観光地化されていない昔ながらの暮らしの風景に出会えるのが柳川の魅力です」と語っていました。',
    // R120A-132: a saying handed down
    '昔から「借りたもんは返せ、税は納めよ」て言うけんね。期限内によろしくお願いします〜。',
    '古くから「早起きは健康のもと、夜更かしは病のもと」と言われています。生活リズムを整えましょう。',
    '「火の用心は寝る前の一回り」と昔から言いますね。寝る前に火の元を確認しましょう。',
    // R120A-138: a saying alone, held up by the next paragraph
    '「入るを量りて出ずるを為す」。\n\n市の財政も、この精神で運営しています。皆さまからお納めいただいた市税を大切に使わせていただきます。',
    '「人は城、人は石垣、人は堀」。\n\n市の人材育成も、この考え方を大切にしています。',
    '『和を以て貴しと為す』\n\n地域の話し合いも、この精神で進めていきたいと考えています。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
  it.each([
    // IL-141: the author and the work named after it
    '「水の柳河は、ただ輪廓の正しい水の都市である。」と白秋は『思ひ出』の序文に記しています。今も変わらない掘割の風景を歩いてみませんか。',
    '「山路を登りながら、こう考えた。智に働けば角が立つ。情に棹させば流される。」と漱石は『草枕』の冒頭に書いています。',
    // IK-082: examples of what not to say
    '【窓口でのお願い】\n\n柳川市では、職員への暴言や威圧的な言動に対して、組織として対応する方針を定めています。\n\n例えば、「税金泥棒」「お前らの給料は誰が払っていると思っているんだ」といった言葉や、大声で長時間にわたって職員を責め続ける行為は、ほかのお客様の手続きにも支障が出ます。\n\nこのような場合は、対応を打ち切らせていただくことがあります。',
    'たとえば、「こんなこともわからないのか、早く責任者を出せ」といった言葉は、職員の心を深く傷つけます。',
    // hard negatives: a named document, a site read by the writer, an announcement, an own interview, a named proverb, a slogan
    '柳川市地域公共交通計画（令和6年3月策定）には「需要に応じた運行形態への見直しを段階的に進め、持続可能な地域公共交通網の形成を図る」と記されています。',
    '国税庁のホームページでは「還付申告は、確定申告の期限に関係なく、5年間さかのぼって提出できます。」と案内されています。',
    '気象庁の発表によると、明日は大雨になるおそれがあるとのことです。早めの備えをお願いします。',
    '消防団の若手団員さんにインタビューしました。「地元の人から『ありがとう』と言ってもらえたのが、何よりうれしかったです」と話してくれました。',
    '「急がば回れ」ということわざのとおり、焦らず安全運転を心がけましょう。',
    '「ごみゼロのまち柳川」。\n\nこの合言葉で、今年も清掃活動を行います。',
    '昔から続く「沖端水天宮祭り」が、今年も5月3日から開かれます。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
})

describe('quotation (4(4)): an issue the reader is sent to for the notice\'s own matter is no source of the quotation (blind R124A-128)', () => {
  // Kind: a dated issue (市報4月号, 広報やながわ5月号) named as where to read the schedule, venue or how to apply (日程は…をご覧ください,
  // 申込方法は…でご確認ください) points the reader at the notice's details: the quoted words still have no source. An issue named as where
  // the words are from (「…」（広報やながわ4月号より）, …4月号には「…」と) or a named speaker stays a source.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    '【狂犬病予防注射を忘れずに】\n\n「狂犬病は発症するとほぼ100%死亡する病気であり、海外からの侵入リスクがある以上、国内での予防接種の継続が不可欠である」とされています。\n\n集団接種の日程は市報4月号をご覧ください。',
    '「骨粗しょう症は自覚症状がないまま進行し、骨折して初めて気づく人が多いため、定期的な検診が何より重要である」と言われています。検診の日程は広報やながわ5月号をご覧ください。',
    '【がん検診のご案内】\n\n「がんは早期に発見すれば、その多くが治る病気であり、検診の受診こそが最も確かな予防策である」とされています。\n\n申込方法は広報やながわ6月号でご確認ください。',
    '「熱中症は、適切な予防をすれば防ぐことができ、応急処置を知っていれば命を救うこともできる病気である」といわれています。講習会の会場は市報7月号に掲載しています。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
  it.each([
    '「狂犬病は発症するとほぼ100%死亡する病気であり、国内での予防接種の継続が不可欠である」（広報やながわ4月号より）。集団接種の日程は市報4月号をご覧ください。',
    '広報やながわ4月号には「狂犬病は発症するとほぼ100%死亡する病気であり、予防接種の継続が不可欠である」と掲載されています。',
    '市長は「予防接種は、家族の一員である犬と地域の安全を守るための、飼い主の大切な責任です」と述べました。集団接種の日程は市報4月号をご覧ください。',
    '集団接種の日程は市報4月号をご覧ください。会場は各校区の公民館です。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
})

const warnsQuote = (text: string): boolean => findingsOf(quotation, text).some((f) => f.rule.startsWith('quotation/') && f.severity === 'warn')
const quietQuote = (text: string) => findingsOf(quotation, text).filter((f) => f.severity !== 'info')

describe('quotation: blind R128I-001, a song pointed at as the writer\'s pick, then its lines', () => {
  it.each([
    '今日の気分はこの歌🎵「君と歩いた川沿いの道　柳の葉が揺れていた　夏の終わりの夕暮れに　ふたり並んで見た光」',
    '最近ハマっているこの曲♪「星が降る夜に　きみの名前を呼んだ　届かない声が　川面に溶けていく」',
    'お気に入りの歌：「風に吹かれて歩こう　遠いあの日の約束　いつか会えると信じて」',
  ])('warns %s', (text) => {
    expect(warnsQuote(text)).toBe(true)
  })
  it.each([
    // hard negatives: a title after この曲, the city's own song, an event's programme
    '今日のBGMはこの曲「柳川夜曲」です。',
    '市民のみんなで作ったこの歌🎵「水の町　柳川　ふるさとの　川よ」を広めていきます。',
    'この曲「さげもんマーチ」を吹奏楽部が演奏します。',
  ])('passes %s', (text) => {
    expect(quietQuote(text)).toEqual([])
  })
})

describe('quotation: blind R128I-058, a line naming a medium\'s text with no name as where what follows is from', () => {
  it.each([
    '（今朝の新聞記事より）\n柳川市の昨年度の観光客数は前年度比12％増の約142万人となり、コロナ禍前の水準を回復した。市観光課は「うなぎと川下りの人気が戻った」と話している。',
    '【先週の雑誌のコラムから】\n掘割の町を歩くと、時間の流れがゆっくりになる。水辺の柳が風に揺れ、舟の櫓の音だけが聞こえてくる。',
    '（ネット記事より転載）\n空き家の増加は地方都市に共通する課題であり、早めの相続登記と管理の相談が解決の第一歩となる。',
  ])('warns %s', (text) => {
    expect(warnsQuote(text)).toBe(true)
  })
  it.each([
    // hard negatives: the paper named with its date, the city's own notice under a heading, a short caption
    '（有明新報 2025年5月1日付より）\n柳川市の昨年度の観光客数は前年度比12％増の約142万人となりました。',
    '【市からのお知らせ】\n昨年度の観光客数は前年度比12％増の約142万人となり、コロナ禍前の水準を回復しました。',
    '今朝の新聞に、市の観光客数の記事が載りました。詳しくは市ホームページの統計をご覧ください。',
  ])('passes %s', (text) => {
    expect(quietQuote(text)).toEqual([])
  })
})

describe('quotation: blind R126A-036, another body\'s head placed only by where it lies is no named speaker', () => {
  it.each([
    '近隣の市長が先日の会見で「水路の清掃は行政だけでは限界がある。住民の力なくして地域の水辺は守れない」と述べておられました。本市でも同じ課題を抱えています。',
    '隣町の町長は「少子化は一つの町だけで解決できる問題ではない。広域で連携して取り組むべきだ」と話していました。',
    '県内の市長が「観光は一過性のイベントではなく、住民の暮らしそのものを見せることが大切だ」と述べていました。',
  ])('warns %s', (text) => {
    expect(warnsQuote(text)).toBe(true)
  })
  it.each([
    // hard negatives: the neighbouring city named, our own mayor, a body named
    '隣の大川市の市長は「水路の清掃は行政だけでは限界がある。住民の力なくして水辺は守れない」と述べました。',
    '市長は「水路の清掃は行政だけでは限界がある。住民の力なくして地域の水辺は守れない」と述べました。',
    '近隣市町村の首長会議が開かれ、水路清掃の広域連携について意見を交わしました。',
  ])('passes %s', (text) => {
    expect(quietQuote(text)).toEqual([])
  })
})

describe('quotation: blind R130I-030, an excerpt credited only to a kind of travel or town publication', () => {
  it.each([
    '旅行ガイドより抜粋：「柳川は掘割が縦横に巡る水の都。ゆったりと進むどんこ舟から眺める柳並木と白壁の景色は、訪れる人の心を癒やしてくれます」\n#柳川',
    'タウン誌から引用：「城下町の面影を残す沖端の町並みは、歩くたびに新しい発見がある。季節ごとに表情を変える掘割の水面も見逃せない」',
    '観光情報誌より：「鰻のせいろ蒸しは、甘辛いタレと蒸したご飯の香りが一体となった柳川ならではの味。一度食べたら忘れられない」',
    '紀行文より抜粋：「舟は静かに掘割を滑り、両岸の柳が水面に影を落とす。遠くから聞こえる船頭の唄が旅情を誘う」',
  ])('warns %s', (text) => {
    expect(findingsOf(quotation, text).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: a guide who spoke in person, a guidebook recommended by title, no quotation
    '観光ガイドの方より、川下りの見どころを教えていただきました。',
    '旅行ガイドにも柳川が紹介されています。ぜひ手に取ってみてください。',
    'タウン誌の取材を受けました。来月号に掲載される予定です。',
  ])('passes %s', (text) => {
    expect(findingsOf(quotation, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('quotation: blind R131I-009, an encyclopedia-style article copied without its source', () => {
  it.each([
    '柳川市は、福岡県の南西部に位置する市。市内には総延長約930kmにも及ぶ掘割が張り巡らされ、「水郷柳川」として知られている。江戸時代には柳河藩の城下町として栄えた。',
    '大川市は、福岡県の南西部に位置する市。家具の生産が盛んで、「家具の街」として知られている。',
    '沖端は、柳川市の西部にある地区。江戸時代には漁師町として栄えた。北原白秋の生家がある。',
    '三柱神社（みはしらじんじゃ）は、福岡県柳川市にある神社。1826年に創建され、柳河藩の藩祖を祀る。境内には約300本の桜が植えられている。',
  ])('warns %s', (text) => {
    expect(findingsOf(quotation, text).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: the city's own description in its own voice, 本市, an invitation, no definition closed by a noun, a source given
    '柳川市は、福岡県の南西部に位置するまちです。総延長約930kmの掘割が流れ、「水郷柳川」として知られています。',
    '本市は、福岡県の南西部に位置する市。江戸時代には柳河藩の城下町として栄えた。',
    '柳川市は、福岡県の南西部に位置する市。掘割と川下りで知られる水郷のまちへ、ぜひお越しください！',
    '柳川市は福岡県の南西部に位置し、有明海に面している。江戸時代には城下町として栄えた。',
    '柳川市は、福岡県の南西部に位置する市。江戸時代には柳河藩の城下町として栄えた。（出典：ウィキペディア「柳川市」）',
  ])('passes %s', (text) => {
    expect(findingsOf(quotation, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('quotation: blind R132I-023, a magazine\'s words passed on with ですって and no title', () => {
  it.each([
    '旅行雑誌で柳川が紹介されました✨「水路を進むどんこ舟から眺める柳の緑と白壁の町並みは、まるで時間が止まったかのよう」ですって！\n#柳川',
    'テレビで「柳川のうなぎは日本一おいしい、一度は食べるべき名物だ」ですって！',
    'ある雑誌に柳川の特集が載りました。「掘割を渡る風が心地よく、どこを歩いても絵になる町」ですって。',
  ])('warns %s', (text) => {
    expect(findingsOf(quotation, text).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
  it.each([
    // hard negatives: a theme or a nickname said with ですって, a title named with its publisher
    '今年のテーマは「水とともに生きる」ですって！',
    '新しい愛称は「やなぎっこ」ですって。',
    'ガイドブック『るるぶ柳川2025』（JTBパブリッシング）で「水路を進むどんこ舟から眺める柳の緑と白壁の町並みは、まるで時間が止まったかのよう」ですって！',
  ])('passes %s', (text) => {
    expect(findingsOf(quotation, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('quotation: blind R133I-013, a follower\'s review reposted as a block quote; R134A-112, a child\'s question at the event', () => {
  it.each([
    'フォロワーさんのこの感想、うれしすぎる！\n> 柳川の川下りは想像以上でした。船頭さんの歌と掘割の静けさ、うなぎのせいろ蒸し、全部が一日で味わえる最高の町です\nありがとうございます！',
    'リスナーさんからのこのコメント、泣けました。\n> 初めて柳川に行きました。掘割沿いを歩くだけで心がほどけていくような、不思議な町でした\n',
    '読者さんの感想をご紹介！\n> 白秋生家の展示がとても充実していて、詩の世界にどっぷり浸かれました。また家族で来たいです\n',
    'ユーザーさんのレビューがうれしい！\n＞ さげもん巡りが最高でした。どのお店でも声をかけてもらえて、町全体があたたかい',
    // a bracketed review in a medium stays a quotation, however it is taken up
    '「柳川の川下りは想像以上でした。船頭さんの歌と掘割の静けさが忘れられません」\n口コミサイトに、そんなうれしい声がありました。',
  ])('warns %s', (text) => {
    expect(findingsOf(quotation, text).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
  it.each([
    '「としょかんって、どうして しずかにするの？」\n今日のおはなし会で、そんなかわいい質問がありました🐻 みんなで考えてみたら、いろんな答えが出てきましたよ📚\n#柳川市立図書館',
    '「どうして お堀の水は みどりいろなの？」\n出前講座で、こんな素朴な疑問が出ました。みんなで水をすくって観察してみました。',
    '「消防車って、なんで赤いの？」\n消防署見学の日、そんな鋭い質問が飛び出しました🚒 答えは署員がていねいに説明しましたよ。',
    '「はしご車にのってみたい！」\n見学に来た園児さんから、そんな元気な声が上がりました。',
    // hard negatives: a short post of the city's own, the staff's own words
    'フォロワーの皆さん、いつもありがとうございます！これからも柳川の魅力を発信していきます。',
  ])('passes %s', (text) => {
    expect(findingsOf(quotation, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('quotation: blind R136D-008, a claim passed on from "the nation\'s announcement" with no ministry named', () => {
  it.each([
    '国の発表によると「ふるさと納税の返礼品は地場産品に限り、寄附額の3割以下とすることを改めて徹底する」とのことです。',
    '政府の発表によると、来年度から児童手当の支給対象が高校生まで広がるとのことです。',
    '国の発表によれば「マイナ保険証への移行後も、資格確認書で受診できる」そうです。',
    '政府の見解によると、この制度は当面続けられるということです。',
  ])('warns %s', (text) => {
    expect(findingsOf(quotation, text).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
  it.each([
    // a named ministry or agency is a source
    '厚生労働省の発表によると、今年の夏の熱中症による救急搬送は昨年を上回っているとのことです。',
    '福岡管区気象台の発表によると、明日の朝は冷え込むとのことです。',
    // the city's own notice about the nation's system, no claim passed on
    '国の制度改正にあわせて、市でも申請の受付方法を変更します。詳しくは市ホームページをご覧ください。',
    '国の発表を受けて、市では説明会を開きます。日時は後日お知らせします。',
  ])('passes %s', (text) => {
    expect(findingsOf(quotation, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('quotation: blind R141A-130/R142D-069, a quotation announced with a source too vague to find (ある旅行サイトより引用, 大好きな本の一節より)', () => {
  // Kind: the brackets announced as quoted (より引用します, から抜粋, 以下に引用します) are a quotation whatever their form; a source named only
  // by a kind of medium and the writer's liking or finding (大好きな本, 最近読んだ雑誌, ネットで見つけた言葉, とある雑誌) names nothing to find.
  it.each([
    'ある旅行サイトより引用します。「うなぎのせいろ蒸しは柳川でしか味わえない特別な一品で、甘めのタレがご飯にしみて絶品」',
    '大好きな本の一節より引用📖「知らない土地で暮らすということは、毎朝あたらしい自分に出会うということだ」協力隊3年目、ほんとそれ〜🌿\n#地域おこし協力隊',
    '最近読んだ雑誌より引用します：「有明海の干潟は日本一の広さを誇る豊かな漁場で、ムツゴロウの楽園」',
    '好きな本の一節から抜粋します。「水の流れは絶えずして、しかももとの水にあらず」',
    'とある雑誌に載っていた言葉です。「人は旅をすることで、自分の小ささと世界の広さを知るのだ」',
    'ネットで見つけた言葉より引用。「小さな町にこそ、大きな物語が静かに眠っているのだと私は思う」',
  ])('warns %s', (text) => {
    expect(findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && (f.severity === 'warn' || f.severity === 'block'))).toBe(true)
  })
  it.each([
    // a named site is a source; a request not to quote; a menu in brackets; a liked book named
    '柳川市観光協会のサイトより引用します。「うなぎのせいろ蒸しは柳川でしか味わえない特別な一品」',
    '無断引用はご遠慮ください。「小さな町にこそ、大きな物語が静かに眠っている町」',
    '本日の献立は「うなぎのせいろ蒸しと季節の野菜の煮物、お吸い物」です。',
    '大好きな本、北原白秋『思ひ出』より引用📖「水の柳河こそは我が詩歌の母体である」',
  ])('passes %s', (text) => {
    expect(findingsOf(quotation, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('quotation: blind R143I-026/R144A-036, words of a person the post tells of, or a remark given as an instance of a harm', () => {
  // Kind: a short remark set down, its speaker told of right before (…漁師さんが…育てました。) and the words pointed back at right after (その言葉に,
  // と話す), also each as its own paragraph, is the post's portrait of someone it met; a remark taken up as "this discrimination" (こうした差別,
  // このような偏見) is an example of a harm. A vague someone, an authority, a medium, a book read or a long passage is still a quotation.
  it.each([
    '「あの地区の出身の人とは結婚させない」。今もこうした差別が残っています。\n\n部落差別の解消の推進に関する法律では、部落差別は許されないものであると定めています。正しい理解のため、人権講演会（2月8日 14時〜 市民会館）にぜひご参加ください。',
    '10年ぶりに帰ってきた若手漁師さんが、今年初めて自分の網で海苔を育てました。\n\n「父がやってきたことの重さが、やっと分かった」\n\nその言葉に、思わず涙がこぼれそうになりました。柳川の海苔は、こうして受け継がれていくんですね。',
    '商店街で50年、豆腐を作り続けてきた店主さんが、この春お店を閉じました。\n\n「毎朝お客さんの顔を見るのが楽しみだった」\n\nその一言に、胸が熱くなりました。',
    '今年、初めて田植えを経験した移住者の方がいます。\n\n「土に触れると、心が落ち着くんです」\n\nと話す笑顔が印象的でした。',
    '3年ぶりに大会に出場した高校生の選手は、見事に完走しました。「最後まで走れて、本当にうれしかった」。その言葉に、会場から大きな拍手が送られました。',
    '「女の子なんだから、家のことを手伝いなさい」。こうした無意識の偏見が、子どもの可能性を狭めてしまうことがあります。',
    '「外国人には部屋を貸せません」――このような差別は、今も身近なところで起きています。人権相談窓口にご相談ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(quotation, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
  it.each([
    // a vague someone, a book read, a long passage, words seen on TV, a saying not taken up as a harm
    'ある作家さんが、柳川を訪れました。\n\n「水の町は、水とともに暮らす知恵の町でもある。掘割を守ってきたのは名もなき住民たちだった」\n\nその言葉に、はっとしました。',
    '娘が図書館で本を借りてきました。\n\n「大切なものは、目に見えないんだよ。心で見なくちゃ、よく見えないってことさ」\n\nその言葉に、はっとさせられました。',
    '祖父はよく縁側で過ごしていました。\n\n「水の町は、水とともに暮らす知恵の町でもある。掘割を守ってきたのは名もなき住民たちだった。その営みこそが、この町の宝であり、未来へ手渡すべきものなのだ」\n\nこの言葉に、今も励まされます。',
    'テレビに出ていた漁師さんが話していました。「海は、正直だ。手をかけた分だけ、ちゃんと返してくれるんだよな」。その言葉に、心を打たれました。',
    '「人の価値は、生まれた場所で決まるものではない。その人の生き方で決まるのだ」――ある作家の言葉です。差別について考えましょう。',
    '「人の価値は、生まれた場所で決まるものではない。その人の生き方で決まるのだ」。こうした考え方を大切にしたいですね。',
  ])('warns %s', (text) => {
    expect(findingsOf(quotation, text).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
})

describe('quotation: blind IQ-026, a remark at the post\'s event, its speaker told by their part there (国際交流員からは「…」との講評がありました)', () => {
  // Kind: someone at the city's event, told before their words by their part or title (審査員, 来賓, 実行委員長, 参加者, コーチ), and the words
  // named after as said there (との講評/コメント/感想/声/お言葉/あいさつ/お話 + ありました/いただきました, と話しました, と述べました): the host's
  // report of the event. A vague someone, an authority, a medium, a saying credited to someone else or words passed on as hearsay still want a source.
  it.each([
    '【中学生英語暗唱大会を開催しました】\n\n10月25日、市内の中学生16人が出場し、英語暗唱大会を開催しました。どの出場者も、身振りを交えながら堂々と発表してくれました。\n\n審査員を務めていただいた国際交流員からは「発音がとてもきれいで、気持ちが伝わってきました」との講評がありました。\n\n出場した皆さん、お疲れさまでした。',
    '写真コンテストの表彰式を行いました。審査委員長からは「どの作品も力作ぞろいで、選ぶのに苦労しました」との講評をいただきました。',
    '地域おこし協力隊の着任式を行いました。協力隊員からは「移住して2年、地域の皆さんに支えられています」とのあいさつがありました。',
    '少年サッカー大会が開催されました。指導にあたったコーチからは「最後まで粘り強く戦った選手たちを誇りに思います」との声が聞かれました。',
    '英語スピーチコンテストを開催しました。ALTの先生からは「発音がとてもきれいで、気持ちが伝わってきました」とのコメントがありました。',
    '書道コンテストの表彰式で、審査にあたった先生からは「のびのびとした筆づかいが印象的でした」との講評がありました。',
  ])('passes %s', (text) => {
    expect(findingsOf(quotation, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
  it.each([
    '英語暗唱大会を開催しました。ある作家は「人生は一度きり。だからこそ毎日を大切に生きよう」と述べました。',
    '英語暗唱大会を開催しました。ある専門家からは「英語は毎日の積み重ねでしか身につかない。発音よりもまず量をこなすことが大切だ」とのコメントがありました。',
    '英語暗唱大会を開催しました。ネットでは「柳川の中学生の英語力は県内一だと評判になっている」という声が聞かれました。',
    '表彰式を行いました。市長は、ある経営者の言葉として「成功とは、失敗を重ねても情熱を失わないことだ」と述べました。',
    // a lecturer's words at a lecture are the lecture's content: its author, the lecturer, goes unnamed (team R135D-033)
    '【講演会の報告】\n\n講師の先生は「まちの魅力は観光資源ではなく、そこに暮らす人の日常の中にこそあるのです。柳川の掘割はまさにその象徴です」と語られました。',
    '歴史講座を開催しました。講師の教授は「掘割は四百年にわたり、人々の暮らしと水害との闘いの中で守られてきた財産です」と述べました。',
    '子育てセミナーを開きました。講師の先生は「叱るより先に、できたことを言葉にして認めてあげてください」と話しました。',
  ])('warns %s', (text) => {
    expect(findingsOf(quotation, text).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
})

describe('quotation: blind R149I-045, an image or a text taken from another\'s site or work with no leave or credit', () => {
  const warned = (text: string): boolean => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && (f.severity === 'warn' || f.severity === 'block'))
  it.each([
    '防犯教室のスライドに、アニメ『ほしぞらパトロール』の公式サイトから画像をお借りしました🙏 子どもたちに大人気でした！',
    'ネットで見つけた写真を拝借しました。きれいな夕焼けですね！',
    '交通安全の資料に、映画『はしれ！きかんしゃ』のキャラクターの画像を公式ホームページから転載しました。',
    'チラシのイラストは、人気漫画のファンサイトからお借りしています。',
    '雑誌から記事をそのまま転載しました。ぜひ読んでみてください。',
  ])('warns %s', (text) => {
    expect(warned(text)).toBe(true)
  })
  it.each([
    // hard negatives: leave and a credit stated, a thing lent by a person or a library, free material, the city's own site
    '制作会社の許可を得て、アニメ『ほしぞらパトロール』の公式サイトから画像をお借りしました。',
    '防犯教室のスライドに、アニメ『ほしぞらパトロール』の画像を使いました。\n\n画像：©ほしぞら製作委員会（許可を得て掲載）',
    '当時の写真は郷土史研究会のホームページからお借りしました（提供：柳川郷土史研究会）。',
    '地域の方から昔の写真をお借りしました。展示は3月末まで！',
    '図書館から絵本をお借りして、読み聞かせをしました。',
    'スライドのイラストはフリー素材サイトからお借りしました。',
    '研修資料の写真は、市のホームページから転載しました。',
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
})

describe('quotation: blind TS-073, an abuser\'s remark listed among acts, the list pointed back at as a harm', () => {
  const warned = (text: string): boolean => findingsOf(quotation, text).some((f) => f.severity === 'warn' || f.severity === 'block')
  it.each([
    '【DVは身近な問題です】\n「誰のおかげで生活できていると思っているんだ」と繰り返し責める、生活費を渡さない、交友関係を制限する。これらもDVにあたります。一人で悩まず、配偶者暴力相談支援センターへご相談ください。',
    '「お前は何をやってもだめだ」と部下を大声で怒鳴る、仕事を与えない。こうしたことはパワハラです。',
    '「役立たず」とみんなの前でけなす、無視する、物を隠す。これもいじめにあたります。',
    '「だれが稼いでると思ってるんだ」と怒鳴るのもDVです。ひとりで悩まず相談してください。',
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
  it.each([
    // hard negatives: a remark no harm is pointed back at, a harm named without pointing back
    '「誰のおかげで生活できていると思っているんだ」と繰り返し責める人もいます。DVについて考えてみませんか。',
    '「誰のおかげで生活できていると思っているんだ」と繰り返し責める。DVの相談は年々増えています。',
    '「誰のおかげで生活できていると思っているんだ」と繰り返し責める、生活費を渡さない、交友関係を制限する。本当につらい毎日でした。',
  ])('flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
})

describe('quotation: blind TU-056, a model script the city gives readers to say', () => {
  const warned = (text: string): boolean => findingsOf(quotation, text).some((f) => f.severity === 'warn' || f.severity === 'block')
  it.each([
    '【119番通報の練習をしてみましょう】\n\n通報の際は、落ち着いて次のように伝えます。\n\n「火事です。場所は柳川市〇〇町〇丁目〇番〇号です。」\n\n〇の部分には、ご自宅の住所を当てはめて、家族で一度声に出して練習しておきましょう。いざというとき、住所がすぐに言えることが大切です。',
    '救急車を呼ぶときは、次のように伝えましょう。\n\n「救急です。住所は柳川市〇〇町〇番地です。家族が倒れて意識がありません。」',
    '電話がつながったら、こう話してください。\n\n「〇〇地区の〇〇です。道路に大きな穴が開いていて危ないです。」',
    '不審な電話には、以下のように答えましょう。\n\n「家族に確認してから折り返します。お名前と連絡先を教えてください。」',
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
  it.each([
    // hard negatives: what someone said or wrote, told in the past, or a passage announced as a quotation
    '専門家はこう言います。\n\n「子どもの変化に気づいたら、まず話をじっくり聞いてあげることが大切です。」',
    'ある作家はこう書いていました。\n\n「人は誰かのために生きるとき、いちばん強くなれるのだと思います。」',
    '以前、どこかでこう話していた人がいました。\n\n「ふるさとは遠くにありて思うもの。帰ってくるたびにそう感じます。」',
  ])('flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
})

describe('quotation: blind TU-135, a quoted notice credited on a later line of the post', () => {
  const warned = (text: string): boolean => findingsOf(quotation, text).some((f) => f.severity === 'warn' || f.severity === 'block')
  it.each([
    '【柳川警察署からのお知らせ】\n\n「自転車のヘルメット着用は努力義務です。万一の事故の際、頭部を守ることが命を守ることにつながります。通勤・通学時にも着用をお願いします。」\n\n（情報提供：柳川警察署 交通課）\n\n市では、自転車用ヘルメットの購入費の一部を助成しています。',
    '「大雨の際は、河川や用水路に近づかないでください。早めの避難を心がけましょう。」\n\n提供：柳川市消防本部 警防課',
    '「特殊詐欺の被害が市内で相次いでいます。知らない番号からの電話には十分注意してください。」\n\n資料：福岡県警察本部 生活安全部',
    '「熱中症警戒アラートが発表された日は、外での運動は原則中止してください。」\n（情報提供：南筑後保健福祉環境事務所）',
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
  it.each([
    // hard negatives: a photo credited, a credit naming nobody, no credit at all
    '「自転車のヘルメット着用は努力義務です。万一の事故の際、頭部を守ることが命を守ることにつながります。」\n\n写真提供：市民の方',
    '「自転車のヘルメット着用は努力義務です。万一の事故の際、頭部を守ることが命を守ることにつながります。」\n\n情報提供：ある方',
    '「自転車のヘルメット着用は努力義務です。万一の事故の際、頭部を守ることが命を守ることにつながります。」\n\n市では、ヘルメットの購入費の一部を助成しています。',
  ])('flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
})

describe('quotation: blind IS-044, words of people the post says taught the staff', () => {
  // Kind: the post says those it names taught or showed the staff something (…の皆さんに、のりづくりの1年を教えていただきました,
  // 船頭さんに歴史を説明してもらいました); their words quoted later in the post were said to the staff, the post's own interview.
  const warned = (text: string): boolean => findingsOf(quotation, text).some((f) => f.severity === 'warn' || f.severity === 'block')
  it.each([
    '掘割の四季\n\n今回は、川下りの船頭さんたちに、掘割の歴史を教えていただきました。\n\n「水の色は季節ごとに少しずつ変わるんですよ、冬がいちばん澄んでいます」と船頭さん。',
    '保存会の皆さんに、山車の組み立てをご案内いただきました。\n\n「この結び方は、江戸のころから変わらず受け継がれているんです」と保存会の方。',
    '農園の皆さんに、いちごづくりの一年について説明していただきました。\n\n「寒い日ほど甘くなるから、冬の朝がいちばん楽しみなんです」と生産者の方。',
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
  it.each([
    // hard negatives: a vague someone, something read in a medium, no one the post met
    'ある方に、掘割の歴史を教えていただきました。\n\n「水の色は季節ごとに少しずつ変わるんですよ、冬がいちばん澄んでいます」と言われたことがあります。',
    'ネットで見つけた言葉です。\n\n「水の色は季節ごとに少しずつ変わるものだ。冬がいちばん澄んでいる」',
    '「寒い日ほど甘くなるから、冬の朝がいちばん楽しみなのだ」という言葉があります。',
  ])('flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
})

describe('quotation: blind TV-114, TV-118, TV-120, TV-123, the giver or the body named around the words', () => {
  // Kinds: pupils of the city's class as givers of a run of voices (生徒からは「…」「…」という声が出ていました), a named body's words given as
  // the reason of what it issued (気象庁は「…」として、…を発表しました), a credit listing the source and the giver parted by a slash
  // (（観光アンケートより／福岡市からお越しの方）), a member's remark at a meeting with a word of its weight (委員から「…」との厳しい意見が出されました).
  it.each([
    '先週、小学校で防災の出前授業を行いました。\n\n児童からは「家に帰ったら家族と避難場所を確かめたい」「非常食を自分でも準備してみたいと思った」という声が上がりました。',
    '【土砂災害警戒情報】福岡県と福岡管区気象台は「土砂災害の危険度が非常に高まっている」として、柳川市に土砂災害警戒情報を発表しました。',
    'イベントの感想をいただきました。\n「初めて掘割の清掃に参加しましたが、思っていたよりずっと楽しくて、また来たいと思いました。」（参加者アンケートより・市内在住の方）',
    '【議会だより】建設委員会では、道路の補修計画について、委員から「地域の要望をどう優先順位に反映しているのか、もっと丁寧に説明すべきだ」との率直な意見が出されました。',
  ])('passes %s', (text) => expect(findingsOf(quotation, text)).toEqual([]))
  it.each([
    // hard negatives: a vague someone as the subject, talk online, a vague site in the credit, a remark read in a newspaper
    'ある専門家は「これまでに経験したことのないような大雨となっている」として、注意を呼びかけています。',
    'ネットでは生徒から「自分も同じことをしていたかもしれない」「スタンプ一つでも、受け取る側はつらいと思う」という声が出ていました。',
    'うれしい感想です。\n「船頭さんの舟唄と案内が楽しくて、あっという間の70分でした。次は家族で来ます！」（ある旅行サイトより／口コミ）',
    '新聞の投書欄で、読者から「避難所としての利用も想定しているのに、整備の順番についての説明が不十分だ」との厳しい声が上がっていました。',
  ])('flags %s', (text) => {
    expect(findingsOf(quotation, text).map((x) => `${x.rule}:${x.severity}`)).toEqual(['quotation/no-source:warn'])
  })
})

describe('quotation: blind R166I-004/029/040/081/090, IT-015/099/147, TW-136, R163A-125 (voices the post itself introduces; vague works)', () => {
  const warned = (text: string): boolean => findingsOf(quotation, text).some((f) => f.severity === 'warn' || f.severity === 'block')
  it.each([
    // a speaker carried over from the sentence before (zero anaphora): 市長は…発表しました。…「…」と述べました
    '■施政方針\n市長は、新年度の重点施策を発表しました。子育て支援に力を入れると説明し、「子どもの声が響くまちを必ず取り戻したい」と述べました。',
    '■質疑\n知事は「観光と防災の両方に、これからも力を尽くしていきたい」と答えました。\nまた、道路の整備については、「地元の皆さんの声を聞きながら順番に進めたい」と話しました。',
    // a participant tagged by grade or part; a list under a heading of participants' voices
    '■当日の発表から\n○「公園のベンチが古くて座りにくいので、新しくしてほしいと思います」（5年生の児童）',
    '■受講者の声\n・「家に帰ってから家族と避難場所を一緒に確かめてみようと思った」\n・「非常食を自分でも準備してみたいと強く思うようになった」',
    // voices announced as received at the post's own class
    '教室のあとのアンケートでは、次のようなご感想が寄せられました。\n・孫と一緒に参加できて、昔の遊びをたくさん思い出して楽しかった',
    // a participant named after the words by their part in the event
    '見学会では、浄水場の仕組みを体験しました。「水が届くまでにこんなに多くの人が関わっていると初めて知った」と、ある参加者は話していました。',
    // a bare term named as a word; a slogan its makers are named for; a line spoken in a role-play
    '「フレイル予防」という言葉をご存じですか？年齢とともに心身の活力が低下した状態を指します。',
    '児童会で決まった合言葉は「あいさつで、みんなの笑顔をつなごう」。校門に掲示します。',
    '後半は、職員が店員役になってのロールプレイ。「お客さま、こちらの書類にご記入をお願いできますか」と話しかけられた参加者は、丁寧に答えていました。',
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
  it.each([
    // hard negatives: a vague speaker between; a vague tag; a heading naming a medium; a voice read online; a phrase with kana; a vague maker
    '市長は、新年度の重点施策を発表しました。ある経営者は「子どもの声が響くまちこそが、本当に豊かなまちなのだ」と述べました。',
    '「公園のベンチが古くて座りにくいので、新しくしてほしいと思います」（ある小学生）',
    '■ネットの声\n・「家に帰ってから家族と避難場所を確かめた。とても大切なことだと思う。」\n・「非常食を自分でも準備してみた。意外と簡単だった。」',
    '「人は城、人は石垣、人は堀、情けは味方、仇は敵なり」という言葉をご存じですか？',
    'ある人が考えた標語は「急がば回れ。心のゆとりが事故を防ぐいちばんの近道になる。」と言われています。',
    // a vague work introduced as what it says; an interview does not cover a passage from a vague book
    'ある防犯の標語にこうあります。\n「かぎかけて　わすれずかけて　心にも　あなたのまちを守るひとこと」',
    '店主の古賀さんにお話を伺いました。\n\n「本が好きで、この町に来ました」と古賀さん。\n\n背中を押したのは、ある本の中の次の一節だったそうです。「人は居場所を探して旅をするのではない。立ち止まった場所が居場所になるのだ。」',
    // the city's own issue in the heading is no source for a passage with no author
    '【広報やながわ 3月号 特集】水のまち\n\n水とともに生きる町を表した次の言葉は、今も多くの人に愛されています。\n「ふるさとの水は、ゆるやかに流れながら、人の営みのすべてを映してきたのである。」',
  ])('flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
})

describe('quotation: blind TX-022/057, R167I-110, R169D-079 kinds', () => {
  const warned = (text: string): boolean => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && (f.severity === 'warn' || f.severity === 'block'))
  it.each([
    // R167I-110: a sentence without brackets, closed by a dash and called words, no one named
    ['ごみを減らすことは、未来の子どもたちへの贈り物になる――という言葉を、いつも思い出します。'],
    ['小さな親切が、まちをいちばん明るくしてくれる――という一節が、ずっと心に残っています。'],
    // R169D-079: a statute's definition in brackets answering "what is X", followed by です
    ['空き家とは何か。「居住その他の使用がなされていないことが常態である建築物又はこれに附属する工作物及びその敷地」です。'],
    ['民生委員とは？「社会奉仕の精神をもって、常に住民の立場に立って相談に応じ、及び必要な援助を行い、社会福祉の増進に努める者」です。'],
  ])('flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
  it.each([
    // TX-022: a voice received told with を, its giver the residents or users
    ['【ご意見をもとに返却ポストを移しました】\n\n利用者の皆さまから「中央図書館の返却ポストの場所がとても分かりにくい」とのご意見をいただきました。\n\n正面玄関の横に移し、案内表示をつけました。'],
    ['市民の皆さまから「市民文化会館の駐車場の入口がとても分かりにくい」というご意見を多数いただきました。'],
    // TX-057: a participant told by their part and their school or team
    ['市内の小学生ドッジボール大会を開きました。出場した蒲池小学校のチームは「最後まで全員で声をかけ合えたのがいちばんうれしかった」と話していました。'],
    // hard negatives: a motto closed by a noun; a thought, not words; words named to the mayor; short explanations or plain-worded definitions;
    // a statute's definition with its article
    ['水と緑のまち柳川――という言葉のとおり、掘割が自慢のまちです。'],
    ['地域で子どもを育てよう――という思いで、見守り活動を続けています。'],
    ['一人ひとりの小さな行動が、まちの未来をつくります――という言葉を、市長は年頭あいさつで繰り返しました。'],
    ['フレイルとは？「加齢とともに心身の活力が低下し、介護が必要になる手前の状態」のことです。'],
    ['ローリングストックとは何でしょう。「普段の食料品を少し多めに買い置きし、食べた分だけ買い足して、常に一定量を家に備えておく方法」です。'],
    ['自治会とは何か。「住民相互の連絡、環境の整備、集会施設の維持管理など、良好な地域社会の維持及び形成に資する地域的な共同活動を行う団体」です（地方自治法第260条の2）。'],
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
  it.each([
    // still flagged: a remark heard on television; an opinion received from a vague someone
    ['テレビの番組で、優勝した東京の高校のチームは「相手の意見をよく聞くことがいちばん大事だと分かった」と話していました。'],
    ['ある評論家から「市民文化会館の駐車場の入口が分かりにくい」とのご意見をいただきました。'],
  ])('still flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
})

describe('quotation: one Latin token in brackets is a sample, an ID or a file name (blind TX-027)', () => {
  const warned = (text: string): boolean => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && (f.severity === 'warn' || f.severity === 'block'))
  it.each([
    ['講師の方が、見本として「donkobune-ni-noru-neko」という例を示しました。'],
    ['ファイル名は「yanagawa_event_2025_final.pdf」という形で保存してください。'],
    ['Wi-Fiのネットワーク名は「Yanagawa-Free-WiFi」という表示です。'],
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
  it.each([
    // still flagged: a sentence in Latin script, with spaces, said by no one named
    ['ある本に「Stay hungry, stay foolish, and never stop learning.」という言葉がありました。'],
  ])('still flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
})

describe('quotation: the speaker introduced after the words in a cleft (と話すのは…保存会のみなさん; blind R173I-102)', () => {
  // Kind: 「…」と話すのは、<who they are and what they do>さん / のみなさん: the feature's own interview, a named speaker. A vague someone, an
  // authority or a medium stays a quotation without source.
  const warned = (text: string): boolean => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && (f.severity === 'warn' || f.severity === 'block'))
  it.each([
    ['「年を取るほど、毎日が新しい発見の連続です。学び続けることが若さの秘訣です」と語るのは、柳川で40年舟をこぐ船頭の古賀さん。'],
    ['「朝4時に起きて海に出ます。のりの色つやは、その日の潮で決まるんです」と話すのは、大和町でのり養殖を続ける漁師のみなさん。'],
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
  it.each([
    ['「人は城、人は石垣。情けは味方、仇は敵なり。人を大切にすることが一番なんです」と語るのは、ある有名な経営者の方。'],
    ['「人生は一度きり。やりたいことをやった者が勝つのだと思います」と話すのは、ネットで話題のインフルエンサーさん。'],
  ])('still flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
})

describe('quotation: an organ\'s written opinion or report named with its year (監査委員の審査意見書（令和6年度決算）; blind R172A-143)', () => {
  const warned = (text: string): boolean => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && (f.severity === 'warn' || f.severity === 'block'))
  it.each([
    ['審議会の答申（令和5年3月）には、「子どもの居場所づくりを地域全体で進めることが重要である」と記されています。'],
    ['監査委員の決算審査意見書（令和5年度）では、「基金の運用について、引き続き安全性に配慮されたい」とされています。'],
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
  it.each([
    // still flagged: the organ named with no title or year (it issues many)
    ['監査委員の意見書では、「市税の収納率は前年度に比べ0.4ポイント向上しており、評価できる」とされています。'],
  ])('still flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
})

describe('quotation: a citation line under an announced passage, and readers addressed by the words they might say (blind R177I-041, IV-043)', () => {
  // Kind R177I-041: a line wholly a citation in brackets (（作者『書名』「章」より）) under the line that announces a passage is the
  // passage's source, not the announced passage (its 「章」 is a chapter's title). Kind IV-043: a run of side-by-side brackets closed by
  // という方へ / とお考えの方 is the imagined words of the readers a notice is for, no quotation. A vague source line, or the run framed as
  // something read online, stays a quotation without source.
  const warned = (text: string): boolean => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && (f.severity === 'warn' || f.severity === 'block'))
  it.each([
    ['室生犀星の『抒情小曲集』に「ふるさとは遠きにありて思ふもの、そして悲しくうたふもの」という一節があります。今日は久しぶりに帰省しました。\n（室生犀星『抒情小曲集』「小景異情」より）'],
    ['「子どもの預け先が見つからず、仕事に戻れるか不安だ」「育休明けの働き方を相談したい」という方へ。子育て支援課では、個別の相談を受け付けています。'],
    ['「空き家をどうしたらいいか分からない、管理も大変だ」「売るか貸すか迷っている」とお考えの方は、空き家相談会にお越しください。'],
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
  it.each([
    ['ある作家の随筆に「ふるさとは遠きにありて思ふもの、そして悲しくうたふもの」という一節があります。\n（ある随筆より）'],
    ['「子どもの預け先が見つからず、仕事に戻れるか不安だ」「育休明けの働き方を相談したい」という投稿をネットで見かけました。'],
    ['「人生は一度きり、やりたいことをやった者が勝つ」「努力は必ず報われる」という言葉があります。'],
  ])('still flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
})

describe('quotation: a post telling it reposts a text the writer came across, its source left out (blind R183I-065)', () => {
  // Kind: a line saying the writer found a text and puts it up (…説明があったので載せておきます, 見つけた記事を貼っておきます, 見かけた投稿を
  // シェアします) announces someone else's text reproduced in the next paragraph: it needs its source. The city's own text (市の説明を載せて
  // おきます, 市のホームページに…), a holder named in the line (県の保健所の…, 〇〇新聞の記事) or a source line under it is no miss.
  const BODY = '\n\n大雨のときは、川や用水路の様子を見に行かないでください。水位は短い時間で急に上がり、足元が見えなくなります。'
  const warned = (text: string): boolean => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && (f.severity === 'warn' || f.severity === 'block'))
  it.each([
    ['梅雨に入りました。すごく納得できる解説があったので載せておきます。' + BODY],
    ['ネットで見つけた記事を貼っておきます。' + BODY],
    ['心に響く投稿が流れてきたのでシェアします。' + BODY],
  ])('flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
  it.each([
    ['大雨への備えについて、市の説明を載せておきます。' + BODY],
    ['市のホームページに分かりやすい説明があったので載せておきます。' + BODY],
    ['福岡県砂防課の分かりやすい呼びかけがあったので載せておきます。' + BODY],
    ['すごく納得できる解説があったので載せておきます。' + BODY + '\n（国土交通省の資料より）'],
    ['梅雨の備えについて、手続きの流れを載せておきます。' + BODY],
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
})

describe('quotation: a famous line set alone as an epigraph, its topic one kanji or its voice a poet\'s; words credited to a medium left vague (blind R186D-013/032/051)', () => {
  // Kind: a literary line or aphorism in brackets standing alone as the post's first sentence (「…である」。) with no author anywhere — its topic
  // may be one kanji (雪は, 人は), and a poet speaking of their own art (我が詩歌, わが歌) makes it the poet's whatever place word it holds; words
  // credited right after to a medium left vague (ある新聞のコラムにあったこの一文, どこかで読んだ言葉) have no source. The author or work named
  // (—北原白秋『思ひ出』, 北原白秋は「…」と詠みました), a polite notice (「雨は…見込みです」) and names in brackets (「人権週間」) are not.
  const warned = (text: string): boolean => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && (f.severity === 'warn' || f.severity === 'block'))
  it.each([
    ['「人は考える葦である」。今年も図書館で哲学カフェを開きます。'],
    ['「花は散るからこそ美しいのだ」\n沖端の桜並木が見頃を迎えました。'],
    ['「水郷柳川こそは、わが歌のゆりかごである」。柳川の春を写真でお届けします。'],
    ['「窓口の笑顔は、まちの玄関である」——ある本にあったこの一文を胸に、今日も受付に立っています。'],
    ['「挨拶は、まちを明るくする魔法である」。以前どこかで読んだ言葉です。新年度も元気なあいさつを心がけます。'],
  ])('flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
  it.each([
    ['「水郷柳川こそは、わが歌のゆりかごである」—北原白秋『思ひ出』。柳川の春を写真でお届けします。'],
    ['北原白秋は「水郷柳川こそは、わが歌のゆりかごである」と詠みました。柳川の春を写真でお届けします。'],
    ['「水郷柳川は、わが町の宝である」。柳川の春を写真でお届けします。'],
    ['「人は考える葦である」（パスカル『パンセ』）。今年も図書館で哲学カフェを開きます。'],
    ['「雨は夕方まで続く見込みです」。お出かけの際は傘をお持ちください。'],
    ['「窓口の笑顔は、まちの玄関である」——西日本新聞のコラム（4月2日付）にあったこの言葉を胸に、今日も受付に立っています。'],
    ['「人権週間」にあわせて、「空き家バンク」の登録物件と人権啓発パネルを市役所ロビーで紹介します。'],
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
})

describe('quotation: a document named as the subject holding the words, or cited in brackets closing the sentence; remarks said in a class the post visited (blind R188A-027/033)', () => {
  // Kind (027): a titled document (「…宣言」, 「…憲章」) as the topic right before the quotation (「水平社宣言」は、「…」という言葉で), or a citation
  // in brackets with its issuer, title and year closing the sentence that holds it (…結ばれています（…大会「…宣言」、1922年）), names the
  // source; a vague holder (ある団体の「…宣言」) names none. Kind (033): what a teacher or a pupil said in the class the post reports, the visit
  // told in a paragraph before (先生は続けて、「…」と話し, 「…」という経験を、一人の生徒が打ち明けてくれた), is the report of the class;
  // words read in a medium or credited to a vague author are not.
  const warned = (text: string): boolean => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && (f.severity === 'warn' || f.severity === 'block'))
  const VISIT = '今日は、市内の小学校で行われた人権学習の授業を見学しました。\n\n'
  it.each([
    ['昭和に制定された「市民憲章」は、「わたしたちは、水と緑を愛し、ふるさとを誇りとするまちをつくります」という一文で始まります。'],
    ['この憲章は、「わたしたちは、水と緑を愛し、ふるさとを誇りとするまちをつくります」という一文で始まります（柳川市「市民憲章」、1975年）。'],
    [VISIT + '先生は最後に、「ひとりの小さな勇気が、だれかの明日を守ることにつながる」と話し、授業を締めくくりました。'],
    [VISIT + 'ある班では、「友だちに無視されたとき、何も言えずに一人で帰った」という経験を、一人の児童が打ち明けてくれました。'],
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
  it.each([
    ['ある団体の「人権宣言」は、「すべての人は生まれながらにして自由であり、尊厳と権利において平等である」という言葉で始まります。'],
    ['この宣言は、「すべての人は生まれながらにして自由であり、尊厳と権利において平等である」という言葉で始まります（ある団体「人権の宣言」、1948年）。'],
    [VISIT + '先生は最後に、ある作家の言葉として「ひとりの小さな勇気が、だれかの明日を守ることにつながる」と話し、授業を締めくくりました。'],
    ['ネットの記事では、「友だちに無視されたとき、何も言えずに一人で帰った」という経験を、一人の児童が打ち明けていました。'],
  ])('still flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
})

describe('quotation: voices listed each with its giver under one frame; a question the account is often asked (blind UD-022/116)', () => {
  // Kind (022): voices received at the city's own class or event, listed one after another each with its giver, under one frame after the last
  // (児童から「…」、保護者から「…」という感想が寄せられました): the frame is said of each, so the first is the city's report as the last is. A
  // giver that is a medium or a vague someone (ネットから, ある専門家から) is none. Kind (116): a question the account is often asked, told as
  // asked of it (「…？」ってよく聞かれるけど, とよく聞かれます, というご質問をよくいただきます), is its own paraphrase of a common question it answers;
  // one read in a medium (ネットで「…」ってよく見かける) is not, nor a saying that is often said (「…」とよく言われます).
  const warned = (text: string): boolean => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && (f.severity === 'warn' || f.severity === 'block'))
  it.each([
    ['見学会の後には、参加者の方から「ごみが燃料に生まれ変わる仕組みがよく分かり、分別を頑張ろうと思いました」、保護者から「子どもと一緒に学べて、家でも分別の話をしています」という感想が寄せられました。'],
    ['講座の終わりに、受講生から「包丁の持ち方から丁寧に教えてもらい、料理が楽しくなりました」、ボランティアの方から「若い人と一緒に台所に立てて、こちらも元気をもらえました」との声が届きました。'],
    ['「市の図書館って、市外に住んでいても本を借りられるの？」ってよく聞かれるけど、実は近隣の市町にお住まいの方も登録できます📚'],
    ['「粗大ごみは、年末でも出せますか？」とよく聞かれます。12月28日の受付分までは年内に収集します。'],
    ['「子どもの予防接種は、市外の病院でも受けられますか？」というご質問をよくいただきます。県内の協力医療機関であれば受けられます。'],
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
  it.each([
    ['見学会の後には、ある専門家から「ごみが燃料に生まれ変わる仕組みは、循環型社会の要である」、ネットから「分別など意味がない、全部燃やせば済むのだから手間をかける必要はない」という感想が寄せられました。'],
    ['ネットでは「市の図書館って、市外に住んでいても本を借りられないんでしょう？」ってよく見かけるけど、実は近隣の市町にお住まいの方も登録できます。'],
    ['「人の一生は重荷を負うて遠き道を行くが如し、急ぐべからず」とよく言われます。焦らず一歩ずつ進みましょう。'],
    ['「水は命の源であり、すべての生き物を育むものである」という言葉があります。蛇口をひねれば水が出る毎日に感謝しましょう。'],
  ])('still flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
})

describe('quotation: a short remark heard in person, its speaker present (blind R191I-007 kind)', () => {
  // Kind: one short spoken utterance said before the writer by a person told in its sentence or the one before (業者さんが「…ね」と言って
  // いました, 市長に同行中。車内で「…」とポツリ): the speaker is the source and no text is copied. It is told as heard there by a manner only a
  // listener sees (とポツリ, とぼそっと, と笑顔で, と声をかけてくれました), or by a plain verb of saying in the past with the utterance's own spoken
  // end (…ね, …よね, …だよ). Hearsay (と言っていたそうです), a vague someone, an authority, an author, a medium, an office holder's remark passed
  // on with no occasion, a statement of two sentences, a work told of, and a saying or text with no speaker stay quotations without a source.
  const warned = (text: string): boolean => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && (f.severity === 'warn' || f.severity === 'block'))
  it.each([
    ['網戸の張り替えをお願いしました。作業員さんが「見違えるほど明るくなりましたね、風通しもよくなりましたよ」と言っていました。'],
    ['屋根の修理をお願いしました。大工さんが「この柱はまだ百年はもつよ、いい木を使っとるけんね」と話していました。'],
    ['部長に同行して地区を回りました。帰りの車で「あの坂道に手すりがあれば、お年寄りも歩きやすいだろうね」とポツリ。'],
    ['週末に祖母を訪ねました。帰り際に「寒くなるけん、風邪ひかんごと気をつけて帰りなさいよ」とぼそっと。'],
    ['旅行の帰り、駅員さんが「雨が強くなってきたので、足元に気をつけて帰ってくださいね」と声をかけてくれました。'],
    ['旅行の帰り、運転手さんが「雨が強くなってきたけん、足元に気をつけて帰りないよ」と笑顔で。'],
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
  it.each([
    // a saying or a text with no speaker anywhere; a vague source; a line of a book or a song with no author or title; lyrics at the opening
    ['「花は散るからこそ美しく、人は別れるからこそ出会いを尊ぶのである」。今年も桜の季節がやってきました。'],
    ['ある新聞のコラムにあった「町の豊かさは、道ばたの花を育てる人の数で決まる」という一文が心に残っています。'],
    ['本を読んでいたら「夜明け前がいちばん暗い、だからこそ朝は必ずやってくる」と書いてあり、励まされました。'],
    ['「ふるさとの川に 夕陽が沈む 母の呼ぶ声 遠くに聞こえる」\n今日は川沿いを散歩しました。'],
    // hard negatives of the kind: hearsay, a medium, a vague someone, an authority, an office holder with no occasion, two sentences
    ['作業員さんが「掘割の水質はこの十年で大きく改善してきているんですよね」と言っていたそうです。'],
    ['テレビで俳優さんが「柳川のうなぎは今まで食べた中でいちばんおいしかったですね」と話していました。'],
    ['ある作家が「人生は短いからこそ、寄り道をする時間が大切なんだよね」と言っていました。'],
    ['専門家の先生が「掘割の水質はこの十年で大きく改善してきているんですよね」と話していました。'],
    ['市長が「掘割の水質はこの十年で大きく改善してきているんですよね」と言っていました。'],
    ['作業員さんが「掘割の水質はこの十年で大きく改善しています。いい町になりました」と言っていました。'],
    ['作業員さんが「掘割の水質はこの十年で大きく改善してきているのです」と言っていました。'],
    ['娘が図書館で本を借りてきました。「ひとりぼっちの夜は、星がいちばん近くに見えるんだよ」とぽつり。'],
    ['散歩の途中、「人は考える葦であり、考えることにこそ人間の尊厳があるのだよ」とポツリ。'],
  ])('still flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
})

describe('quotation: blind R195D-050 kind, a line hummed to oneself is a line of a song or a poem however short', () => {
  // Kind: a bracket that is the words of a quotative followed by humming or singing (と口ずさむ, って鼻歌, と歌いたくなる) is a line of
  // someone's song or poem, quoted however short; a title hummed (「…」を口ずさむ), a remark muttered (とつぶやいて) and a line credited stay apart.
  const warned = (text: string) => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    '川沿いを歩いていると、「春のうららの隅田川」とつい口ずさんでしまいます🌸',
    '夕焼けがきれいで、「ゆうやけこやけで日が暮れて」って鼻歌まじりに帰りました。',
    '掘割の柳を見ると「柳の下の水の町よ」と歌いたくなります。',
  ])('flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
  it.each([
    '川沿いを歩きながら「上を向いて歩こう」を口ずさんでしまいます。',
    '「よし、今日もがんばろう」とつぶやいて出勤しました。',
    '「春のうららの隅田川」とつい口ずさんでしまいます（武島羽衣作詞「花」より）。',
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
})

describe('quotation: blind R194A-037 kind, the owner of the words named with の right before them', () => {
  // Kind: a full name, a name with its honorific or an office, then の, then the words called theirs (という言葉, という一節, という一文),
  // also with their work between (著者の『書名』第一章の冒頭、「…」という一文): the named one owns the words. No owner, a vague one, a kind of
  // person or a far-off office left unnamed stays flagged.
  const warned = (text: string) => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    '知事の「子どもたちの未来のために、いま大人ができることを一つずつ」という言葉が心に残りました。',
    '夏目漱石の「智に働けば角が立つ。情に棹させば流される」という一節はよく知られています。',
    '講座では、新渡戸稲造の『武士道』第一章の冒頭、「武士道は日本の象徴たる桜の花と同じく、わが国土に固有の花である」という一文を読みました。',
    '松尾さんの「掘割は柳川の宝で、みんなで守っていくものたい」という言葉に、参加者もうなずいていました。',
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
  it.each([
    '「失敗を恐れずに挑戦しよう、人生は一度きりなのだから」という言葉を胸に頑張ります。',
    'ある作家の「失敗を恐れずに挑戦しよう、人生は一度きりなのだから」という言葉を胸に頑張ります。',
    '先輩の「失敗を恐れずに挑戦しよう、人生は一度きりなのだから」という言葉を胸に頑張ります。',
    '海外の大学教授の「失敗を恐れずに挑戦しよう、人生は一度きりなのだから」という言葉が話題です。',
    '隣町の町長の「まちの未来は子どもたちの笑顔にかかっているのです」という言葉に感動しました。',
    '船頭さんの「掘割は柳川の宝であり、みんなで守っていくものだ」という言葉が心に残りました。',
    '講座では、ある本の冒頭、「武士道は日本の象徴たる桜の花と同じく、わが国土に固有の花である」という一文を読みました。',
  ])('still flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
})

describe('quotation: blind R194A-037 / UE-063 kind, speech at the event the post reports, told with its speaker as the sentence topic or as a noun', () => {
  // Kind: the one who spoke at the class or contest the post reports, the topic opening the quotation's own sentence with a clause between
  // (先生はまず、…を説明し、「…」と問いかけました), or the speech told as a noun after と (審査員からは「…」と講評がありました). A lecture's
  // content, words read in a medium or credited to someone vague stay flagged.
  const warned = (text: string) => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    '市内の小学校で、道徳の授業を見学しました。先生はまず、教科書の挿絵を見せて、「この子は、本当はどんな気持ちだったのだろう」と問いかけました。',
    '書道コンクールの表彰式を行いました。審査員長からは「一画一画に気持ちのこもった、のびのびとした作品が多かった」と講評がありました。',
    '少年柔道大会を開きました。大会会長は全員の健闘をたたえたうえで、「勝ち負けより、礼に始まり礼に終わる心を大切にしてほしい」と述べました。',
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
  it.each([
    '市内の小学校で、道徳の授業を見学しました。先生はまず、ある作家の本を紹介し、「人生は一度きり、だからこそ毎日を大切に生きなさい」と話しました。',
    '市内の小学校で、道徳の授業を見学しました。先生はまず、新聞記事を読み上げ、「人生は一度きり、だからこそ毎日を大切に生きなさい」と話しました。',
    '子育てセミナーを開きました。講師の先生はまず、ご自身の経験を紹介し、「叱るより先に、できたことを言葉にして認めてあげてください」と話しました。',
  ])('still flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
})

describe('quotation: blind IY-097/108/141 kind, words of someone the post met or presents, told around them', () => {
  // Kind: the account asked the person it names by role, in its casual voice (船頭さんに…を聞いてみたよ); a participant of its event told as
  // having said the words right before them (参加者が話した「…」という言葉); a tag telling who said them by what they did, one of the city's
  // own people (（育児休業を取得した市職員）). Someone vague, famous or read in a medium stays flagged.
  const warned = (text: string) => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    '直売所の店主さんに、冬のおすすめ野菜を聞いてみたよ🥬\n「寒さに当たった白菜は甘みがぐっと増すけん、鍋にするならいまが一番よ」',
    '「多文化交流スピーチ会」を開きました。ベトナム出身の参加者が話した「柳川の人は、道に迷うと、いつも笑顔で声をかけてくれる」という言葉に、大きな拍手が起こりました。',
    '「最初は不安だったけれど、先輩たちが丁寧に教えてくれて、今では窓口に立つのが楽しみになった」（この春に採用された市職員）',
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
  it.each([
    'ある作家さんに、人生のコツを聞いてみたよ\n「毎日を大切に生きること。人生は一度きりなのだから後悔しないように」だって',
    '「多文化交流スピーチ会」を開きました。ある参加者がネットで読んだと話した「柳川の人は、道に迷うと、いつも笑顔で声をかけてくれる」という言葉に、拍手が起こりました。',
    '「最初は不安だったけれど、地域の人が温かく迎えてくれて、今では毎日が楽しくて仕方がない」（ノーベル賞を受賞した科学者）',
    '「最初は不安だったけれど、地域の人が温かく迎えてくれて、今では毎日が楽しくて仕方がない」（ネットで話題になった職員）',
  ])('still flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
})

describe('quotation: blind R200D-013 kind, a saying held up as what is commonly said', () => {
  // Kind: words that read as a saying, the sentence leaning on them as commonly said (「…」と言われるとおり, と言うように, とよく言われますが):
  // someone's saying with its author unnamed, however short. Clean: named as a proverb, a nickname, a claim of how things work, a speaker named.
  const warned = (text: string) => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    '梅雨に入りました。「災いは油断した時にこそ起きる」と言われるように、日頃の備えが大切です。',
    '「千里の道も一歩から始まる」とよく言われますが、毎日の練習が大切です。',
    '新学期です。「学びは一生続く旅である」と言われるとおり、大人も学び続けたいですね。',
  ])('flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
  it.each([
    '「備えあれば憂いなし」ということわざのとおり、日頃の備えが大切です。',
    '「柳川は水の都」と言われるように、掘割が町を巡っています。',
    '「朝ごはんを食べると集中力が上がる」と言われるように、朝食は大切です。',
    '物理学者の寺田寅彦が「天災は忘れた頃にやってくる」と言うように、日頃の備えが大切です。',
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
})

describe('quotation: blind UF-047 kind, a named law, ordinance, rule or plan that lays the words down', () => {
  // Kind: the law or plan named (in brackets or ending in its kind, with or without its article) as the subject of と定めています,
  // と規定しています, とされています, とうたっています: its name is where the words are written. An unnamed law, a vague holder or a
  // method (避難方法では) names none.
  const warned = (text: string) => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    '「みやま市ごみ減量推進条例」第5条は、事業者に対し「廃棄物の発生を抑え、再生利用に努めなければならない」と定めています。',
    '『大牟田市屋外広告物条例』第2条第1項は「良好な景観を損なう広告物を掲出してはならない」と規定しています。',
    '道路交通法は、運転者に対し「歩行者の通行を妨げないよう、一時停止しなければならない」と定めています。',
    '児童福祉法は「全て児童は、適切に養育され、その生活を保障される権利を有する」とうたっています。',
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
  it.each([
    'ある法律では「所有者は建物を常に安全な状態に保ち、危険を生じさせてはならない」と定められています。',
    '法律で「所有者は建物を常に安全な状態に保ち、危険を生じさせてはならない」と決まっています。',
    '避難方法では「まず高い所へ逃げなければならない、車は絶対に使わないこと」と定めています。',
  ])('still flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
})

describe('quotation: blind UF kind, a full name in kanji as who says the words', () => {
  // Kind: a person named by full name in kanji, with no role or honorific, as the subject right before the words (と言いました,
  // と書いています): the name is the source. A vague subject, a kind of person, a body, a kana nickname or hearsay stays flagged.
  const warned = (text: string) => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    '福沢諭吉は「天は人の上に人を造らず、人の下に人を造らずと言えり」と書いています。',
    '新渡戸稲造が「太平洋の橋になりたい、それが私の生涯の願いである」と語っています。',
    '勝海舟は「行いは己のもの、批判は他人のもの、知ったことではない」と言いました。',
    '宮沢賢治は「世界がぜんたい幸福にならないうちは個人の幸福はあり得ない」と記しています。',
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
  it.each([
    'ある人が「備えあれば憂いなし、日頃の準備こそが命を守るのです」と言いました。',
    '昔の人は「備えあれば憂いなし、日頃の準備こそが命を守るのです」と言いました。',
    '偉い人が「備えあれば憂いなし、日頃の準備こそが命を守るのです」と言いました。',
    '先生が「備えあれば憂いなし、日頃の準備こそが命を守るのです」と言いました。',
    'たろちゃんが「備えあれば憂いなし、日頃の準備こそが命を守るのです」と言いました。',
    '大学教授が「備えあれば憂いなし、日頃の準備こそが命を守るのです」と言いました。',
    '教育委員会が「備えあれば憂いなし、日頃の準備こそが命を守るのです」と言いました。',
    'ある人の話では、田中一郎が「備えあれば憂いなし、日頃の準備こそが命を守るのです」と言ったそうです。',
  ])('still flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
})

describe('quotation: blind R202A-024 / R205I-046 / R203I-008 kinds', () => {
  const warned = (text: string) => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  // R202A-024 kind: Q. and A. mark a page of questions and answers, not only a quiz; words told as someone's speech there are quoted.
  // R205I-046 kind: a short saying heard from someone unnamed, then said to have stayed with the writer (心に残りました), is quoted.
  // R203I-008 kind: a received message in several sentences set out alone on its line, pointed back at as a voice received, is reproduced.
  it.each([
    'Q. 朝ごはんは食べたほうがいいですか。\nA. はい。前にラジオで栄養士さんが「朝ごはんを抜くと午前中は体も頭もエンジンがかからない状態なんです」とおっしゃっていました。',
    'よくあるご質問\nQ. 冬でも脱水になりますか。\nA. なります。以前ある看護師さんが「冬は汗をかかないぶん、水を飲む量が自然と減ってしまうのが落とし穴です」と話していて、なるほどと思いました。',
    '研修で講師の方が「迷ったら現場に足を運ぶのが一番の近道だ」とおっしゃっていて、胸に刻みました。',
    '昨日の勉強会で、先生が「ことばは相手に届いてはじめて意味を持つ」と話されていて、とても心に響きました。',
    '「公園のトイレが夜になると真っ暗。子どもを連れて行くのが怖いし、電球も切れたままになっている」\nこうした声をいただきました。今月中に照明を取り替えます。',
    '「図書館の自習室がいつも満席。朝から荷物だけ置いて席を取っている人がいて、注意する人もいない」\nこのようなご意見が寄せられています。',
  ])('flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
  it.each([
    // a quiz keeps its statement to judge; a Q&A quoting no one's speech
    '○×クイズです！\nQ. 「柳川の川下りは冬はお休みである」○か×か？\nA. 答えは×。冬はこたつ舟が出ます。',
    'Q. 申請はどこでできますか。\nA. 市民課の窓口か、「電子申請サービス」のページからお申し込みください。',
    // a saying whose speaker is named; a short remark with nothing held up; someone who spoke to the writer
    '研修で講師の古賀一郎先生が「迷ったら現場に足を運ぶのが一番の近道だ」とおっしゃっていて、胸に刻みました。',
    '先生が「次回の集まりは十日です」とお話しされていました。',
    '川下りに参加した子どもが「また来たいな」と話していて、心に残りました。',
    // a worry heard, not a message reproduced; a one-sentence voice; the sender given
    '「夜中に何度も目が覚めてしまう。このまま一人で暮らせるのか心配です」\nこうした不安をうかがうことが増えています。',
    '「ごみ集積所のネットが破れている。カラスが散らかして困っている」（東町の方より）\nこうした声をいただき、新しいネットに交換しました。',
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
})

describe('quotation: blind IZ/UG kinds of words whose speaker or nature the post makes plain (qt11)', () => {
  const warned = (text: string) => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  // Kinds that pass: words said to the writer in person by their own circle (上司に教わったのは「…」という言葉でした); a facility's name with
  // its gloss (「…（…）」として); the post's own quiz question (「…。○か×か？」); a lecture's words, its lecturer named by body and office in
  // the post; the city's own staff given the floor (担当者から一言。「…」); a role speaking at the occasion the post tells it held; an
  // impostor's line shown as the trick warned of (「…」と言って…事例); a participant who told the staff the words, described in the next
  // paragraph (…参加された70代の女性は、こう話してくださいました); lines whose writer is named after them (…が作詞した童謡の一節です).
  it.each([
    '配属されて一年が経ちました。\n\n上司に最初に教わったのは、「窓口に来る人は、困っているから来るのだと思って応対しなさい」という言葉でした。今も大切にしています。',
    '市では、災害時に身を寄せられる「災害時ペット同伴避難所（同行避難受入施設）」として、体育館など3か所を指定しました。',
    '防犯クイズに挑戦！\n\n「知らない番号からの電話は、すぐに折り返したほうがよい。○か×か？」\n\n答えは会場でお知らせします。',
    '人権について、法務局の人権擁護委員さんを講師に研修会を開きました。\n\n講義で心に残ったのは、「何気ないひと言でも、受け取る側の立場によっては深く傷つけることがある」というお話です。',
    '今週末は花しょうぶまつりです。\n\n見どころを、担当者から一言。「今年は夜のライトアップがあります。19時ごろが一番きれいに見える時間です」',
    '11月3日、市民会館で市制記念式典を開催しました。\n\n自治会連合会の代表は、「これからも地域のつながりを大切にし、住みよいまちを次の世代に引き継いでいきたい」と述べました。',
    '市民会館で平和を考えるつどいを開きました。\n\n被爆者団体の代表は、「あの日の記憶を語れる人が減った今こそ、若い世代に伝えていかなければならない」と述べました。',
    '最近、「市の下水道課の者です。排水管の点検に来ました」と言って家に上がり込み、高額な清掃契約を迫る事例が相次いでいます。',
    '「この年になって、初めて一人で絵を仕上げることができました」\n\nシニア向けの水彩画教室に参加された70代の女性は、作品を手にこう話してくださいました。',
    'からたちの花が咲いたよ、\n白い白い花が咲いたよ。\n\n北原白秋が作詞した歌曲の一節です。\n\n生家の庭にも、この季節になると白い花が咲きそろいます。ぜひお立ち寄りください。',
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
  // Hard positives of the same look: someone left vague, an unnamed lecturer's words held up, a saying with no owner, lines with their
  // writer left vague, a quiz-like statement that is someone's text read in a medium.
  it.each([
    'ある先輩から最初に言われたのは、「失敗を恐れずに挑戦し続けることが成長につながるのです」という言葉でした。',
    'ある専門家から一言。「災害はいつ起きるか分からないので、日頃からの備えが何より大切なのです」',
    '先週の勉強会で、先生が「人は誰かの役に立つことで生きる力を得るものだ」とお話しされていて、心に残りました。',
    '講演会に行きました。\n\n講義で印象に残ったのは、「人は誰かの役に立つことで生きる力を得るものだ」というお話です。',
    'からたちの花が咲いたよ、\n白い白い花が咲いたよ。\n\nある詩人が作詞した歌の一節です。\n\n生家の庭にも、この季節になると白い花が咲きそろいます。ぜひお立ち寄りください。',
    'ネットで見た言葉です。「人生は一度きり。だからこそ毎日を大切に生きることが大事なのだ」',
    '被爆者団体の代表は、「あの日の記憶を語れる人が減った今こそ、若い世代に伝えていかなければならない」と述べました。',
    '講演会で、ある大学の先生を講師に迎えていました。\n\n講義で心に残ったのは、「何気ないひと言でも、受け取る側の立場によっては深く傷つけることがある」というお話です。',
  ])('still flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
})

describe('quotation: blind UH/R207I kinds (qt12) — a speaker carried past an occasion, quiz choices, a lecturer described, the refrain of a song', () => {
  const warned = (text: string) => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  // Kinds that pass: the speaker of the sentence before, opening with the occasion they spoke at, carried over to words in the next
  // sentence (会見の中で市長は、「…」と述べました。また、…については、「…」と話しました); the post's own quiz question with its numbered
  // choices inside the brackets; the lecturer of the city's own session described by what they did, telling the words.
  it.each([
    '本日、定例記者会見を開き、新年度の予算案を発表しました。\n会見の中で市長は、「駅前の再開発は、まちの顔をつくる大切な事業だと考えています」と述べました。また、財源については、「国の補助金を最大限に活用し、市民の負担を抑えていきたい」と話しました。',
    '定例会見の冒頭、市長は新しい子育て支援策を発表しました。会見の中で市長は、「子どもを育てたいと思えるまちにするため、できることは全部やりたい」と述べました。さらに、移住の相談窓口については、「相談に来られた方に、このまちの暮らしをありのまま伝えていきたい」と話しました。',
    '【今日の一問】\n「市内でいちばん古い石橋が架けられたのは、いつごろでしょう？ ①江戸時代 ②明治時代 ③昭和時代」\n答えはあすお知らせします。',
    '【まちの一問】「市の木に選ばれているのはどれでしょう？ A. クスノキ B. ヤナギ C. サクラ」答えはあすの投稿で。',
    '子育てに悩んだ経験をもとに相談員を続けてきた方を講師にお迎えし、子育て講座を開催しました。\n講師は、ご自身が孤立していた頃の思いを率直に語ってくださいました。「一人で抱え込まず、困ったら誰かに頼っていいのです」という言葉に、うなずく参加者が多くいました。',
    // the account's own line with no refrain or no doubled word; a calling refrain; a song's lines credited after them
    '梅が咲いたよ　見に来てね🌸',
    '梅が咲いたよ　桃も咲いたよ🌸 春ですね。',
    'ごみは分けて出そうよ　みんなで守ろうよ',
    '青い青い空だね　今日はいいお天気です。',
    'からたちの花が咲いたよ　白い白い花が咲いたよ🌼（北原白秋作詞「からたちの花」より）生家近くの垣根で見つけました。',
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
  // Hard positives of the same look: an occasion left vague or a medium before the carried speaker, no speaker at all; a question with no
  // choices put by someone vague, choices with no question read in a book; a lecturer left vague, a lecture the writer only attended, an
  // unnamed 先生 at an outside lecture; a saying with no owner; a song's refrain with a doubled word written out with no author.
  it.each([
    'ある会合の席で市長は、子育て支援について語りました。また、観光については、「国内外から来る方に、まちなかを歩いて楽しんでもらえるようにしたい」と話しました。',
    'ネットの動画で市長は、子育て支援について語りました。また、観光については、「国内外から来る方に、まちなかを歩いて楽しんでもらえるようにしたい」と話しました。',
    'また、観光については、「国内外から来る方に、まちなかを歩いて楽しんでもらえるようにしたい」と話しました。',
    '「地震はいつ起きてもおかしくない今、私たちは本当に備えができているでしょうか？」と、ある専門家は問いかけています。',
    '昔読んだ本に、こんな一節がありました。「①まず自分の身を守る ②次に家族の無事を確かめる ③それから近所に声をかける」',
    'ある専門家を講師にお招きし、防災講演会を開きました。\n講師は、避難所での生活の大変さを語られました。「備えていたつもりでも、足りないものばかりだった。水だけは多めに用意してほしい」という言葉が印象に残りました。',
    '被災した方が講師を務める講演会に参加してきました。\n講師は、避難所での生活の大変さを語られました。「備えていたつもりでも、足りないものばかりだった。水だけは多めに用意してほしい」という言葉が印象に残りました。',
    '先週の講演会で、先生が「備えていたつもりでも、足りないものばかりだった。水だけは多めに用意してほしい」とお話しされていて、心に残りました。',
    '「失敗を恐れず挑戦することこそ、未来を切り開くただ一つの道である」という言葉があります。',
    '青い青い空が続くよ　白い白い雲が続くよ☁ 散歩日和でした。',
  ])('still flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
})

describe('quotation (4(4)): an issue named as where the city will announce a matter later is no source of the quotation (blind R210A-027)', () => {
  // Kind: a dated issue in the non-past of the city's own announcing (詳細は市報1月号でお知らせいたします, 結果は広報3月号に掲載する予定
  // です): words not yet written, whatever the topic, so a long unattributed quotation elsewhere in the post still has no source. An issue
  // where the words stand already (広報5月号より, 5月号に掲載されています) or a named speaker stays a source.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    '1．干潟の状況\n「干潟の生き物が減っているのは、夏の高い水温と、上流からの土砂の流入が重なったためで、回復には長い年月がかかると考えられる」との見方が示されています。\n\n2．今後の予定\n調査の詳細は市報3月号でお知らせいたします。',
    '「ため池の水質が悪化しているのは、周辺の宅地化で生活排水が流れ込むようになったためであり、早急な対策が欠かせない」という指摘があります。\n\n■水路の清掃\n3月に地区ごとの清掃を行います。\n\n■今後の予定\n調査結果は広報やながわ5月号に掲載する予定です。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
  it.each([
    '「干潟の生き物が減っているのは、夏の高い水温と、上流からの土砂の流入が重なったためで、回復には長い年月がかかると考えられる」（広報やながわ3月号より）。',
    '広報やながわ5月号には「ため池の水質が悪化しているのは、周辺の宅地化で生活排水が流れ込むようになったためであり、早急な対策が欠かせない」と掲載されています。',
    '調査を担当した大学の古賀教授は「干潟の生き物が減っているのは、夏の高い水温と土砂の流入が重なったためで、回復には長い年月がかかる」と話しています。詳細は市報3月号でお知らせいたします。',
    '調査の詳細は市報3月号でお知らせいたします。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
})

describe('quotation (4(4)): a provision quoted in brackets in a statute\'s wording with no law named (blind R209I-045 kind)', () => {
  // Kind: a clause in a statute's connectives (又は, 若しくは, 当該, に規定する) closed by the noun a provision defines (者, もの, 場合), set in
  // brackets and run into the sentence (…」も請求できます): a law's text quoted, whose source is the law. Hard negatives: the law named, the
  // city's plain words, an event's title in brackets, a short phrase.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    '閲覧については、「当該農地の所有者から委任を受け、若しくは農地の利用について正当な理由があると認められる者」も申し出ることができます。',
    '届出がいらないのは「災害その他非常の場合において、当該行為を緊急に行う必要があるもの又は通常の管理行為として省令で定めるもの」です。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
  it.each([
    '農地法第3条では「当該農地の所有者から委任を受け、若しくは農地の利用について正当な理由があると認められる者」も申し出ることができるとされています。',
    '申し出ができるのは、農地の持ち主か、持ち主から頼まれた方です。',
    'イベント「市内の小学生又は中学生とその保護者で、自然観察に興味がある方を対象とした観察会」を開きます。',
    '対象は「市内在住又は在勤の者」です。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
})

describe('quotation (4(4)): a provision in brackets, the reader sent to the named rule for it (follow-up of the R209I-045 kind)', () => {
  // Kind: the body's rule or plan named by its full title after the provision, as where to read it (詳しくは…交付要綱をご覧ください): the
  // provision's source. Hard negatives: a vague holder, a kind of document alone, a pointer to a page that is no document.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  const PROVISION = '「市内に住所を有する者又は市内に所在する事業所に勤務する者であって、当該年度の市民税を完納しているもの」'
  it.each([
    `対象となるのは${PROVISION}です。詳しくは柳川市空き家改修補助金交付要綱をご覧ください。`,
    `対象となるのは${PROVISION}です。柳川市住宅リフォーム補助金交付要綱第4条でご確認ください。`,
    `届出がいらないのは「災害その他非常の場合において、当該行為を緊急に行う必要があるもの又は通常の管理行為として省令で定めるもの」です。詳しくは空家等対策の推進に関する特別措置法をご参照ください。`,
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    `対象となるのは${PROVISION}です。詳しくは要綱をご覧ください。`,
    `対象となるのは${PROVISION}です。詳しくはある市の補助金交付要綱をご覧ください。`,
    `対象となるのは${PROVISION}です。詳しくは窓口でご確認ください。`,
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): a children\'s song\'s refrain in brackets or parted by stops or line breaks (blind R15B-027, R34B-053, R171I-085 kind)', () => {
  // Kind: two phrases that end alike in the plain voice, one doubling a word (白い白い, 青い青い), as a children's song's lines: set in
  // brackets at the head of a line (「…咲いたよ　…咲いたよ」――), or as two sentences or two lines (…咲いたよ。⏎…咲いたよ。), with no author
  // or title, are lyrics quoted without a source. The same lines with the poet and the title after them, the account's own sentences that
  // end only in the same ending (…でいるよ。…っているよ。) and a line without a doubled word stay clean.
  it.each([
    '「赤い赤い夕日がしずんだよ　遠いお山にしずんだよ」。有明海の夕景もすてきです。',
    '「青い青い空の下で　白い帆をあげて空の下で」――今日は港まつりです。',
    'からたちの花が咲いたよ。白い白い花が咲いたよ。今年も生家の庭で咲いています🌼',
    '赤い赤い実がなったよ\n垣根の木にも実がなったよ\n\n生家の庭の実、今年もふくらんできました。',
    POEM.replace(/。/g, '\n'),
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    '「からたちの花が咲いたよ　白い白い花が咲いたよ」（北原白秋「からたちの花」）。市民会館のからたちも咲きました。',
    'からたちの花が咲いたよ。白い白い花が咲いたよ。（北原白秋「からたちの花」）',
    '白い白い雲が浮かんでいるよ。青い空が広がっているよ。今日は川下り日和です。',
    '梅の花が咲いたよ。見に来てね。',
    '菜の花が咲いたよ。\n桜の花も咲いたよ。\n掘割の春をどうぞ。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): another body\'s text found and put up as it is, in the same line (blind R11A-048 kind)', () => {
  // Kind: a sentence that tells the text was found somewhere not named (他の自治体のホームページに載っていた文章, ネットで見つけた説明) and is
  // used as it is (そのまま使わせていただきます, そのまま掲載します), then that text right after it without brackets: someone's text
  // reproduced without a source. The city's own page, a body named as the holder (環境省のサイトに載っていた) and the city's own
  // words after the sentence that are no text put up (…そのまま使います。詳しくは窓口へ。) stay clean.
  it.each([
    'よその町の広報誌に載っていた文章がとても良かったので、そのまま使わせていただきます。ごみの分別は、未来の子どもたちへの贈り物です。一人ひとりの小さな心がけが、美しいまちをつくります。',
    'ネットで見つけた説明を、そのまま載せます。熱中症は、気温だけでなく湿度や風の強さにも左右されるため、室内でも油断は禁物です。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    '市のホームページに載っていた文章をそのまま使います。農業用水は地域の共有財産であり、一人ひとりが大切に使うことで、次の世代へと受け継がれていきます。',
    '環境省のサイトに載っていた説明をそのまま掲載します。熱中症は、気温だけでなく湿度や風の強さにも左右されるため、室内でも油断は禁物です。',
    '昨年の案内文をそのまま使います。申込は窓口で受け付けています。',
    '配布した資料の文章を、次回の講座でもそのまま使わせていただきます。ご協力ありがとうございました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): a short > line taken up by the next line as words seen or read (blind R11B-030 kind)', () => {
  // Kind: a > line too short or too phrase-like to read as a sentence (> …が一番の才能), right under which the writer's line opens with
  // the quotative that takes it up as words they saw, read or heard somewhere (ってどっかで見て, と本に書いてあって, って言葉を聞いて): a
  // saying quoted with no source. A question received (とのご質問をいただきました) and words with their author named stay clean.
  it.each([
    '> 失敗は成功のもとって本当だね\nってネットで見て、元気出た！',
    '> 続けることがいちばんの才能\nという言葉を聞いて、ハッとしました。',
    '> 毎日の小さな一歩が大きな力\nとどこかで読んで、ずっと覚えています。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    '> 申込の締め切りはいつですか\nとのご質問をいただきました。今月末までです。',
    '> 毎日の積み重ねが一番の近道\nと、北原白秋の随筆『水の構図』に書いてありました。',
    '> 明日の朝市の開始時間\nについてお知らせします。8時からです。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): a poem presented in full, its lines under the intro (blind R11A-021 kind)', () => {
  // Kind: a line presenting a poem or lyrics in full (詩を、全文ご紹介します, 歌詞をそのまま掲載します) with the verse lines under it and no
  // author or title: a work reproduced without its source. The poet named in the intro and an ordinary notice's items presented in
  // full (応募要項を全文ご紹介します) stay clean.
  it.each([
    '読書週間にちなんで、好きな詩を全文ご紹介します。\n川の面に　ひかりがおどる\n舟のへさきに　風がとまる\nわたしはいつまでも　ここにいたい',
    '卒業式で歌った歌の歌詞を、そのまま掲載します。\nさくらの下で　手をふった\nまたあおうねと　わらいあった\nあの日の空は　わすれない',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    '朗読会で読んだ北原白秋の詩を、全文ご紹介します。\n水の町に　朝がくる\n舟はまだ　ねむっている\n柳の影が　ひとつ　ゆれて',
    '応募要項を全文ご紹介します。\n対象は市内在住の方\n締切は5月31日',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): refusals set out as examples of discriminatory conduct; a resident\'s message quoted back in thanks (blind JE-005, R240F-045 kinds, decmaskq5)', () => {
  // Kinds: words a shop might say, listed under 例えば and closed by といった一律の対応 that the sentence calls 差別的取扱い: a notice's
  // instances of what not to do. A resident's own report quoted back in a reply that thanks them (「…」とのご連絡、ありがとうございます):
  // the reply's summary of what they told the city. Neither needs a source. A saying thanked for (との名言、ありがとう) and a column
  // quoted still need one.
  it.each([
    '「盲導犬を連れた方のご利用はご遠慮ください」「介助者がいない方はお断りします」といった画一的な対応は、障害者差別にあたります。',
    '例えば、\n・「車いすのお客様の入店はお断りしています」\n・「手帳をお持ちでない方には一切対応できません」\nといった一律の対応は、不当な差別的取扱いにあたるおそれがあります。',
    '「駐輪場の屋根が壊れていて雨の日に自転車が濡れてしまう」というご指摘をいただき、ありがとうございました。修理いたしました。',
    'このたびはご不便をおかけしました。\n\n「公園のトイレの照明が夜になっても点かないままになっていた」とのご連絡、ありがとうございます。本日修理しました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    '「夢を見ることができれば、それは実現できる。いつだって忘れないでほしい」との名言、ありがとうございます。',
    'ある新聞のコラムに「人は城、人は石垣、人は堀、情けは味方、仇は敵なり」とありました。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): a report of a group named only by its kind (blind R252A-057 kind, quot8)', () => {
  // Kind: a long claim quoted from the report, survey or paper of a group named only by what it works for (環境団体, 市民団体, 消費者団体,
  // 研究グループ, 調査会社): there are many such groups, so neither publisher nor title is named. A group named by its own name or a
  // public body's report with its title stays clean.
  it.each([
    '市民団体の報告書によると、「市内の空き家の半数以上は、相続の手続きが済んでいないまま放置されているものである」とのことです。',
    '消費者団体の調査結果より引用します。「高齢者の約3割が、不要な訪問販売の契約を断りきれずに結んだ経験があると回答した」',
    'ある研究グループのレポートによれば、水路の生き物の数は十年前に比べて半分以下に減っているそうです。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    '日本野鳥の会の報告書によると、「有明海の干潟は、シギ・チドリ類の国内有数の渡来地である」とのことです。',
    '市民団体の皆さんと一緒に、沖端川の河川敷で清掃活動を行いました。集まったごみは約200キロでした。',
    '環境団体や市民団体の皆さんと意見交換会を開き、掘割の保全について話し合いました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): a post of a participant called by what they do, quoted without poster or place (blind R253E-056 kind, quot8)', () => {
  // Kind: someone called only by a katakana word for what they do, with さん (ランナーさん, サイクリストさん, ゲストさん), whose written
  // post or review is set out at length: a kind of person names no poster and no place. Said to the staff at the city's own event
  // (ゴールしたランナーさんは「…」と話していました) or with the poster's name, it stays clean.
  it.each([
    '大会に出てくれたランナーさんが、こんな感想を書いてくれていました。\n「折り返し地点の先で見た菜の花畑が本当にきれいで、足の痛みも忘れて最後まで走れました。また来年も来ます。」',
    'サイクリストさんの投稿です。\n「掘割沿いの道は信号も少なくて走りやすく、途中のうなぎ屋さんで食べたせいろ蒸しが最高でした。おすすめのコースです。」',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    '市民マラソン大会を開催しました。ゴールしたランナーさんは「沿道の応援のおかげで、最後まで走り切ることができました。ありがとう」と笑顔で話していました。',
    'ゲストの古賀 真理さんが「掘割の景色が本当にきれいで、また家族で来たいと思いました。柳川の皆さんの温かさにも感動しました」と話してくれました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): a shared post introduced with its partner named (blind R255Q-021 kind, quot8)', () => {
  // Kind: a quote post that opens by naming the body whose post it shares (〇〇観光協会の投稿をご紹介します, 〇〇大学の投稿をシェアします),
  // then their text without brackets: the body named is its source. A body left vague (ある観光協会の投稿, 他市の投稿) names none.
  it.each([
    '柳川商工会議所の投稿をご紹介します。\n\n春の物産展は3月20日から22日まで、市民体育館で開かれます。地元の特産品が一堂に集まります。',
    '福岡県警の公式アカウントの投稿をシェアします。\n\n特殊詐欺の電話が県内で相次いでいます。還付金の手続きでATMに行くよう求める電話は詐欺です。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text, { mode: 'quote' })).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    'ある観光協会の投稿をご紹介します。\n\n春の物産展は3月20日から22日まで、市民体育館で開かれます。地元の特産品が一堂に集まります。',
    '他市の投稿をご紹介します。\n\n今年の花火大会は8月10日に河川敷で開かれます。会場周辺は交通規制がありますので、公共交通機関をご利用ください。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text, { mode: 'quote' })).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): words shown as hurtful in an awareness post (blind R254L-053 kind, quot8)', () => {
  // Kind: abusive words set out (in English or Japanese, side by side) and pointed back at right after as words that hurt (こうした言葉は、
  // 人を深く傷つけます, このような発言は人を追い詰めます): an awareness post mentions what not to say, no text quoted. A saying pointed back
  // at as wise or moving still needs its source.
  it.each([
    '【いじめをなくそう】\n\n“Nobody wants you here, just leave.” 「お前なんかいなくていい」\nこうした言葉は、相手の心を深く傷つけます。',
    '「あの国の人たちはみんな信用できない。この町から出ていってほしい」\nこのような発言は、人の尊厳を踏みにじるものです。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    '「人は一人では生きていけない。だからこそ、隣の人に手を差し伸べるのだ」\nある作家の言葉です。こうした言葉に、いつも励まされています。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): a message led as 本人\'s after the post names them (blind JH-007 kind, quot8)', () => {
  // Kind: a retiring or new staff member named by name and post, then their message led as 本人からのメッセージ / ご本人のコメント: the
  // person named is the speaker. With no one named before (ある職員が…。本人からのメッセージです) it names no one.
  it.each([
    '【人事のお知らせ】\n\n市民課の古賀 智子 係長が、4月から県庁へ出向します。\n\n本人からのメッセージです。\n「窓口で皆さまとお話しできた日々は私の宝物です。新しい職場でも、柳川で学んだことを大切にして頑張ります。」',
    '農政課の松尾 健一 主任が今月で退職いたします。ご本人のコメントをご紹介します。「三十年間、農家の皆さんに支えられてきました。これからは一人の生産者として、柳川の農業を応援していきます。」',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    '【退職のごあいさつ】\n\nある職員が、3月末で退職いたします。\n\n本人からのメッセージです。\n「長い間お世話になりました。皆さまの笑顔が何よりの励みでした。これからは一人の市民として、まちを応援していきます。」',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): words given to a bare role noun, or a source phrase after a topic (blind R263F-042, R262J-043 kind, qtr10)', () => {
  // Kind: the one who spoke or wrote is only a kind of person (監督はこう語りました, 専門家は次のように述べています) with no name, team or
  // body; or the source phrase names only a kind of expert once the topic said first is read past (〜について、専門家の解説より抜粋). A role
  // with its name or body (古賀監督, 柳川高校の監督, 日本水道協会の解説) and the city's own mayor stay sources.
  it.each([
    '大会を終えて、監督はこう語りました。\n「苦しい場面でも声を掛け合い、最後まで諦めなかった。この経験は必ず来年につながるはずだ。」\n選手の皆さん、お疲れさまでした。',
    '研修会では、講師の話もありました。教授は次のように述べています。\n「地域の防災力は、日頃の顔の見える関係から生まれます。訓練は一度きりでなく、毎年積み重ねることが大切です。」',
    '食品ロスについて、専門家の解説より抜粋します。\n> 家庭から出る食品ロスの半分近くは、食べ残しと期限切れによるものであり、\n> 買い過ぎを防ぐことが最も効果的な対策となる。',
    '空き家の管理に関して、有識者の話から引用します。\n「人が住まなくなった家は、換気をしないだけで数年のうちに傷みが進みます。早めの活用や相談が欠かせません。」',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
  it.each([
    '大会を終えて、柳川高校の古賀監督はこう語りました。\n「苦しい場面でも声を掛け合い、最後まで諦めなかった。この経験は必ず来年につながるはずだ。」',
    '大会を終えて、柳川高校の監督はこう語りました。\n「苦しい場面でも声を掛け合い、最後まで諦めなかった。この経験は必ず来年につながるはずだ。」',
    '新年の式典で、市長はこう語りました。\n「人口減少の中でも、住み続けたいと思えるまちをつくる。その思いで、今年も一つひとつの事業に取り組んでまいります。」',
    '水道管の更新について、日本水道協会の解説より抜粋します。\n> 高度成長期に敷設された管路の多くが法定耐用年数を超えており、\n> 計画的な更新が全国的な課題となっている。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
})

describe('quotation (4(4)): blind R268D-041 kind (misc12), a long quotation set in the next paragraph after a lead that gives it to a medium left unnamed', () => {
  // Kind: the paragraph before the quotation tells who spoke, perhaps only by description (パラ陸上で活躍する選手, 地元出身の作家), and says
  // the words were given to an unnamed medium (あるインタビューで, 某誌の対談で, とある記事で): as in the quotation's own paragraph, that names
  // no source. The medium named with its date, or the city's own interview, is one.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  const Q = '「障がいがあってもなくても、できることを一つずつ増やしていけば、人生はきっと面白くなる。だから僕は、今日も練習に行くんです」'
  it.each([
    `車いすテニスで活躍する選手が、あるインタビューで次のように語っていました。\n\n${Q}\n\n市では来月、パラスポーツ体験会を開きます。`,
    `田島 翔選手は、某誌の対談でこう話していました。\n\n${Q}`,
    `地元出身の作家が、とある記事の中で次のように書いていました。\n\n${Q}`,
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
  it.each([
    `田島 翔選手は、有明日報のインタビュー（2025年5月1日付）で次のように語っていました。\n\n${Q}`,
    `先月、市内の小学校を訪問してくださった田島 翔選手に、市報の取材でお話を伺いました。\n\n${Q}`,
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
})

describe('quotation (4(4)): blind JL-034 kind (misc12), remarks of a meeting\'s members listed as instances with など or といった', () => {
  // Kind: members or attendees of a meeting the city held (委員, 出席者, 参加団体) quoted by the host as a few of the remarks made, with など or
  // といった before the verb of remarking (「…」「…」などの意見が出されました, 「…」といったご質問がありました): reported speech of the meeting,
  // not a text with an author. A medium that carried the remarks (新聞の投書) still needs its source.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    '柳川市地域公共交通会議を開催しました。委員からは「路線バスの本数が少なく、通院に不便を感じている高齢者が多い」「乗り継ぎの案内を分かりやすくしてほしい」などの意見が出されました。',
    '子ども・子育て会議（第3回）の会議録を公開しました。出席者からは「放課後児童クラブの待機児童を早く解消してほしい、夏休みだけでも受け入れ枠を広げてほしい」といったご意見がありました。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    'ある雑誌で読んだのですが、委員からは「路線バスの本数が少なく、通院に不便を感じている高齢者が多い。乗り継ぎの案内ももっと分かりやすくしてほしいと思う」などの意見が出されたそうです。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind R273B-028 kind (misc13), the office holder named in full or on a stated duty earlier in the paragraph, then quoted (市長は「…」と話していました)', () => {
  // Kind: the post tells of its own office holder by full name (中村 雅之 市長が…) or on a duty (お出迎え, 視察, 表敬訪問) and then quotes
  // them with 話していました: the speaker at a stated occasion is the source, not hearsay. A bare title with no occasion stays flagged.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    '本日、山口 健一 市長が沖端の商店街を回りました。市長は「掘割沿いのにぎわいをこれからも大切にしていきたい」と話していました。',
    '知事が市内のいちご農園を視察されました。知事は「柳川のいちごは全国に誇れる特産品だと思います」と話していました。',
    '議長が市内の保育園を訪問しました。議長は「子どもたちの笑顔が地域の力になると感じました」と話されていました。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    '市長は「柳川の掘割は市民みんなで守っていく宝物なのだと思います」と話されていました。',
    '昨日、市長が「ごみの分別は市民一人ひとりの心がけで大きく変わるものです」と話していました。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind R284E-043 kind (qlink16), text read on the site of a role in a body left unnamed (協賛企業の社長さん)', () => {
  // Kind: a passage set out as written on a site, a blog or a post by someone known only by a role in a body named by its kind or its tie
  // to the post (協賛企業の社長さん, 取引先の部長さん, 出店者のお店の店長さん): no company or shop a reader could find, so the words have no
  // source. Hard negatives: the company named (株式会社…の社長さん), a named person, a role speaking at the city's own event or to the staff.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    '協賛企業の社長さんがブログに書かれていた言葉に胸を打たれたので、そのまま載せます。「川の流れのように、商いも人の縁も途切れずに続いていくものだと信じています」',
    '取引先の部長さんが会社のホームページに綴っていた文章です。「地域に育ててもらった恩を、次は私たちが地域に返していく番だと思っています」',
    '地元企業の会長が自社サイトに書いていた一文をご紹介します。「掘割の水が澄んでいる町は、人の心も澄んでいる。そう信じて六十年商いを続けてきた」',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
  it.each([
    '株式会社柳川うなぎの社長さんが自社サイトに書かれていた文章をご紹介します。「うなぎのせいろ蒸しの湯気の向こうに、いつも家族の笑顔があった。あの記憶を次の世代にも残したい」',
    '本日、協賛企業の社長さんが表彰式で「柳川のうなぎを次の世代にも残したい。それが私たちの願いです」とあいさつされました。',
    '協賛企業の社長さんにお話を伺いました。社長さんは「柳川のうなぎを次の世代にも残したい。それが私たちの願いです」と話していました。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
})

describe('quotation (4(4)): blind R289O-041 kind (misc17), lyrics or a poem said to be put up, then set out as lines with no author', () => {
  // Kind: the post says it puts up the words of a song or a poem (歌詞を載せます, 詩を掲載します, 短歌をシェアします) and sets them out in a
  // bracket as lines or spaced phrases, with no lyricist, author, title or source. Hard negatives: the lyricist named (作詞：…), the city's
  // own song, a call for entries, a title in brackets.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    '商店街で流れている曲の歌詞がとても好きなので載せますね🎵\n「掘割の水　ゆらゆら光る\n柳の下で　君を待つ\n夕焼け小焼け　舟がゆく」',
    '祖母が大切にしていた短歌をシェアします。\n「ふるさとの　川の流れに　身をまかせ\n春の日ざしを　胸にうけたり」',
    '卒業式で読まれた詩が心に残ったので掲載します。\n「水の町に生まれて\n水の町で育った\nこの川を忘れない」',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
  it.each([
    '合唱団が歌い継いできた『柳川の四季』（作詞：北原白秋）の歌詞がすてきなので載せます🎶\n「川面に揺れる　さげもんの色\n母の手のひら　ひなの日の歌」',
    '職員で作った応援ソングの歌詞を載せます♪\n「掘割めぐる　どんこ舟\nみんなで行こう　柳川へ」',
    '俳句の投句を募集します。\n「季語を入れて　五七五で\n柳川の春を詠んでください」',
    '詩のコンクールの結果を掲載しました。\n「入賞作品一覧」は市ホームページでご覧ください。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
})

describe('quotation (4(4)): blind R287L-020 kind (misc17), a demonstrative pointing back at quoted example words announces nothing below', () => {
  // Kind: abusive words quoted as examples, then こんな/そんな言葉 pointing back at them (「…」「…」――⏎ネットに書かれたこんな言葉が…):
  // the line after (a plain sentence of the city's own, no brackets: 一人で悩まず、…にご相談ください) is no quotation. Hard negatives: こんな
  // 言葉 announcing what follows with nothing quoted before it, and 次の/以下の, stay announcements.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    '「うざい」「消えて」「仲間に入れない」――\nネットに書かれたこんな言葉が、子どもの心を傷つけています。\n悩んだときは、一人で抱え込まずに子どもの人権110番へお電話ください。',
    '「ばか」「来るな」。\nそんな言葉で、いま苦しんでいる子どもがいます。\n学校や家族に言いにくいときは、市の教育相談窓口にいつでもご相談ください。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    'こんな言葉を紹介します。\n失敗を恐れず挑戦し続けることが大切だと私は考えています。',
    'ある本で読んだ次の言葉を紹介します。\n川の流れのように人の縁も途切れずに続いていくものだと信じています。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind R294I-053 kind (misc18), a credit under the quote naming the author, the title and the year, closed with より', () => {
  // Kind: a line in round brackets after the quotation gives who wrote it, the work's title in 「」 or 『』 and its year, then より or から
  // (（北原白秋「からたちの花」1924年より）, （与謝野晶子『みだれ髪』明治34年から）): the quotation's source, as より right after the title is.
  // Hard negatives: the same bracket with no author (（「…」1924年より）) or with a kind of book and no one named stays warned.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    '菜の花が見頃を迎えました。\n「ふるさとの川は、今日もゆっくりと流れている。わたしの心も、いっしょに流れていく。」\n（金子みすゞ「ふるさと」大正13年より）\n#柳川',
    '白秋祭の準備が進んでいます。\n「からたちの花が咲いたよ。白い白い花が咲いたよ。からたちのとげはいたいよ。青い青い針のとげだよ。」\n（北原白秋『からたちの花』1924年作より）',
    '秋の読書週間です。\n「その子二十櫛にながるる黒髪のおごりの春のうつくしきかなと詠んだ歌人がいました。」\n（与謝野晶子『みだれ髪』明治34年から）',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    '菜の花が見頃を迎えました。\n「ふるさとの川は、今日もゆっくりと流れている。わたしの心も、いっしょに流れていく。」\n（「ふるさと」大正13年より）',
    '白秋祭の準備が進んでいます。\n「からたちの花が咲いたよ。白い白い花が咲いたよ。からたちのとげはいたいよ。青い青い針のとげだよ。」\n（ある詩集、1924年より）',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})

describe('quotation (4(4)): blind R298K-025/055/058 kind (qreb19), a long passage set off by a dash or a rule instead of brackets', () => {
  // Kind: a line opening with ―, ——, ─ or – under a line that announces words (…にこんな一節が載っていました, …が聞かせてくれた言葉です,
  // …と書かれていました), or a sentence passage wrapped in —— on a line of its own: a quotation with no brackets, which needs its author,
  // publication or date. Hard negatives: dash bullets and ranges (10時―12時), ― 以上 ―, a heading or a notice of the city's own wrapped in
  // rules, こんな言葉 pointing back at a closing bracket, and the same passage with its work and year named.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    '古い観光案内にこんな一節が載っていました。\n― 掘割をめぐる舟の上から眺める白壁の並びこそ、この町のいちばん美しい姿である。\n今月は川下り割引を実施中です。',
    '長年のり養殖を続けてきた漁師さんが聞かせてくれた言葉です。\n─ 海は毎年ちがう顔を見せる。だからこそ、同じやり方を続けていては良いのりは育たんとです。\n有明海の恵みをぜひ味わってください。',
    '駅前の古い石碑には次のように書かれていました。\n– 水を治める者が町を治める。先人は掘割を掘り、掘割を守り、その恵みを子や孫へと手渡してきた。\n',
    '——川面に映る柳の緑が、季節のうつろいを静かに告げている。舟はその緑のあいだを滑るように進んでいく。——\n\n春の川下りが始まりました。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
  it.each([
    '本日の日程です。\n― 10時―12時 受付と開会式を市民会館大ホールで行います\n― 13時 分科会\n― 以上 ―',
    '――白秋祭水上パレードのお知らせと交通規制のご案内――\n詳しくは市ホームページをご覧ください。',
    '――第60回白秋祭水上パレードを今年も盛大に開催します。――\n詳しくは市ホームページをご覧ください。',
    '北原白秋『思ひ出』（明治44年）にこんな一文があります。\n― 水郷柳川こそは、我が生れの里である。この水の柳河こそは、我が詩歌の母体である。\n今週末は朗読会です。',
    '持ち物は次のとおりです。\n- 筆記用具と上履き、それから健康保険証のコピーを必ずお持ちください\n- 飲み物',
    '窓口の受付時間は平日8時30分―17時15分です。土日祝日は閉庁しています。お間違えのないようご注意ください。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
})

describe('quotation (4(4)): blind R300S-029 kind (misc20), a guest\'s words quoted from an interview, a programme or a magazine told bare, with no outlet named', () => {
  // Kind: the speaker is a guest or a role (ゲストの選手, 講演に来る作家), and the words are said to have been given earlier to a medium that
  // is only a common noun (以前インタビューで, 取材で, 雑誌で): no outlet, title or date, so the reader cannot find the source. An outlet
  // named before the medium, a dated attribution, or words told to the writer in the city's own interview name one.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  const Q = '「生まれ育った町の川沿いを走っていると、子どもの頃の記憶が一歩ごとによみがえってくる。それが走り続ける力になるんです」'
  it.each([
    `ハーフマラソンの招待選手が、以前インタビューでこう話していました。${Q} ぜひ沿道で応援してください。`,
    `講演会にお招きする作家は、取材で次のように語っていました。\n\n${Q}`,
    `来月のゲストは、かつて雑誌でこんなことを言っていました。${Q}`,
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
  it.each([
    `ハーフマラソンの招待選手が、有明日報のインタビュー（2025年5月1日付）でこう話していました。${Q}`,
    `招待選手の田中さんに、市報の取材でお話を伺いました。取材でこう話してくれました。${Q}`,
    '招待選手へのインタビューは、来月号の市報に掲載します。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
})

describe('quotation (4(4)): blind misc22 kinds (residents\' voices received are no quotation of a work; a person\'s words quoted straight after a bare medium)', () => {
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  // JV-051 kind: what residents told the city, quoted and framed as opinions received (というご意見を多数いただいています, といったご要望が
  // 数多く寄せられています), then answered by what the city does: no source needed
  it.each([
    '「夜の公園が暗くて子どもだけで通るのが怖い」というご意見を多数いただいています。市では来月から照明を増設します。',
    '「駐輪場が足りなくて毎朝困っている」といったご要望が数多く寄せられています。市では臨時駐輪場を設置しました。',
    '「ごみの出し方の冊子がもっと分かりやすければいいのに」とのお声を多くいただいています。来年度版から絵を増やして作成します。',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  // Hard negatives of the same kind: a poet's lines, words read in a bare medium still need a source
  it.each([
    '「ふるさとの山に向ひて言ふことなし、ふるさとの山はありがたきかな」と詩人の石川啄木は詠みました。',
    '「水の柳河こそは、我が詩歌の母体である。ここに生まれた者の心は常に水とともにある」と詩人の北原白秋は詠みました。',
    // review kind: the words given to a magazine or TV told with no outlet (昔雑誌で「…」と語っていました, 以前テレビで「…」と話していました)
    'ゲストの歌手の方は、昔雑誌で「柳川の掘割は私の第二の故郷のような場所です」と語っていました。',
    '講師の先生は、以前テレビで「川下りの船頭さんの歌は日本一の観光案内です」と話していました。',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
  it.each([
    'ゲストの山田さんは、取材で「柳川の掘割は私の第二の故郷のような場所です」と話してくれました。',
    'ゲストの山田さんは、有明日報のインタビュー（2025年5月3日付）で「柳川の掘割は私の第二の故郷のような場所です」と語っていました。',
    'テレビで「柳川の川下り」が紹介されます。ぜひご覧ください。',
  ])('still passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
})

describe('quotation: blind JZ-039 kind, a voice received and answered with an apology, an order given or a report promised', () => {
  it.each([
    '白秋祭の期間中、「臨時駐車場からのシャトルバスの待ち時間が長い」というご意見を多くいただきました。寒い中お待たせしてしまい、大変申し訳ありませんでした。担当課には、運行記録を整理するよう指示しました。',
    '「窓口の案内表示がどこにあるか分かりにくい」というお声をいただきました。ご不便をおかけし、申し訳ございません。',
    '「市民プールの更衣室が寒すぎて子どもが震えている」とのご意見が寄せられました。原因を調べ、結果をこのページでご報告します。',
  ])('leaves %s clean', (text) => {
    expect(quietQuote(text)).toEqual([])
  })
  it.each([
    // words of nobody named, not received by the city, not answered
    '「掘割を守ることは、町の記憶を未来へ手渡すことである」。大変申し訳ないのですが、今回の展示は延期になりました。',
    '「水の町は、水とともに暮らす知恵の町でもある」という言葉を胸に、今年も清掃活動を行いました。',
  ])('flags %s', (text) => {
    expect(warnsQuote(text)).toBe(true)
  })
})

describe('quotation: blind misc58 kinds (KA-038, KB-032), a speaker named in the sentences before or a survey named in the post', () => {
  it.each([
    // KA-038 kind: the speaker named a sentence or two before by full name with 氏 or by surname and office, the quotation's own sentence
    // with no subject (就任にあたり「…」と抱負を述べました), or the quotative with what was said as its object (と決意を語りました)
    '【新教育長が就任しました】\n市議会12月定例会の同意を経て、本日、吉開 和久 氏が柳川市教育長に就任しました。\n吉開教育長は、市内の小中学校で校長を務めたほか、県教育委員会で学校教育の推進に携わってきました。\n就任にあたり「子どもたち一人ひとりが柳川で育ってよかったと思える教育を進めたい」と抱負を述べました。',
    '本日、新しい消防長に松藤 誠 氏が就任しました。松藤消防長は長年、救急の現場で活躍してきました。就任式では「市民の命を守る消防の使命を、職員一丸となって果たしていきたい」と決意を語りました。',
    '古賀 一郎 氏が本日、柳川市観光協会の会長に就任しました。古賀会長は「掘割の魅力を世界に発信し、多くの人に柳川を訪れてほしい」と意気込みを語りました。',
    // KB-032 kind: a survey's free answers, the survey named by its year and title in another paragraph, or in the same one
    '【市民意識調査の結果がまとまりました】\n\n令和6年度柳川市市民意識調査（回答者1,284人、令和6年11月実施）の結果を公表しました。\n\n「柳川市の魅力」では、「掘割のある風景」（71.3％）が最も多く、次いで「食べ物（うなぎ・海苔など）」（48.6％）でした。自由記述では、「子どものころに遊んだ掘割を、孫の代まで残してほしい」という声が多く寄せられました。\n\n報告書の全文は市ホームページでご覧いただけます。',
    '令和7年度子育て支援に関するアンケートの結果をまとめました。\n\n自由回答から一部をご紹介します。\n・「夜間や休日にも相談できる窓口があればもっと安心して子育てができます」\n・「公園のトイレをもっときれいにして、小さな子どもでも使いやすくしてほしい」',
    '市が実施した図書館利用者アンケートでは、満足度が9割を超えました。ご意見欄には「読みたい本がすぐ見つかり、職員の方の対応もとても親切でした」との声も寄せられています。',
  ])('leaves %s clean', (text) => {
    expect(quietQuote(text)).toEqual([])
  })
  it.each([
    // hard negatives: a vague speaker, a medium, hearsay (と言われています, と語られています), a survey left vague or read on the net
    '市長は本日、柳川港の整備現場を視察しました。ネットでは「この港は日本一美しい港になるだろう」と語られています。',
    '教育長は、昨年まで市内の中学校で校長を務めていました。昔から「教育は国家百年の計であり、人づくりこそが地域づくりの基本だ」と言われています。',
    'ある経営者は、地域の祭りに毎年協賛しています。「地域があってこその商売で、祭りは町の心そのものだ」と話していました。',
    'テレビで専門家が「この冬は例年よりも寒さが厳しくなる可能性が高いでしょう」と抱負を述べていました。',
    'ネットのアンケートの自由記述では、「柳川はうなぎ以外に特に見るところがない、一度行けば十分な町だと思う」という声がありました。',
    'あるアンケートの自由記述には、「行政の手続きはもっとオンラインでできるようにすべきで、窓口に行くのは時間の無駄だ」と書かれていました。',
  ])('flags %s', (text) => {
    expect(warnsQuote(text)).toBe(true)
  })
})

describe('quotation: blind misc59 kinds (KD-047, KE-035), a typical worry voiced as the case a service is for, an impostor\'s message quoted in a warning', () => {
  it.each([
    // KD-047 kind: residents' worries or questions in brackets, a run of them, then the post answering them (そんなときは, そのような場合は,
    // と不安なときは, と思ったら)
    '【救急車を呼ぶか迷ったら #7119】\n\n「急に熱が出たけれど、夜のうちに病院へ行くべき？」「救急車を呼んでいいのか分からない」。そんなときは、福岡県の救急医療電話相談（#7119）をご利用ください。',
    '「家計が苦しくて、今月の支払いができそうにない」。そのような場合は、まずは生活相談窓口へご相談ください。',
    '「夜中に子どもが急に熱を出したらどうしよう」と不安なときは、小児救急電話相談#8000をご利用ください。',
    '「もしかして詐欺かもしれない、家族に相談したほうがいいのかな」と思ったら、すぐに消費生活センターへ。',
    '「親の介護と仕事を両立できるのか心配」「どこに相談すればいいのか分からない」。こんなときこそ、地域包括支援センターを頼ってください。',
    // KE-035 kind: the message of an impostor or a fraud, named by its kind (という DM, メッセージ, メール, 通知) and its sender called false
    // or the readers told not to answer it
    '柳川市の公式アカウントをかたる偽のアカウントから、「給付金の手続きのため口座番号と暗証番号を送ってください」というDMが届いたとの連絡が複数寄せられています。\n市が、SNSのDMで口座番号や暗証番号、パスワードをお尋ねすることは一切ありません。返信せず、ブロックしてください。',
    '柳川市を名乗るアカウントから「当選しました。受け取りには手数料が必要です、こちらにお振込みください」というメッセージが届いたとの相談がありました。',
    '当市の観光課を装ったアカウントから「キャンペーンに当選しました。こちらのURLから個人情報を入力してください」とのDMが送られています。開かずに削除してください。',
    '身に覚えのない「未払い料金があります。本日中にご連絡ください、連絡がない場合は法的措置をとります」というメールが届いても、返信しないでください。',
  ])('leaves %s clean', (text) => {
    expect(quietQuote(text)).toEqual([])
  })
  it.each([
    // hard negatives: a saying with no worry (とあります, この言葉を胸に), a vague author's words, a letter or a message of someone real,
    // words a vague expert sent with only an ordinary warning after them
    '作家の言葉に「人生は短い、だからこそ毎日を大切に生きよう」とあります。そんなときこそ、この言葉を思い出します。',
    '「失敗を恐れるな、挑戦しない人生こそが最大の失敗だ」。この言葉を胸に、新年度も頑張ります。',
    'ある作家から「あなたの町の掘割は日本一美しい、また必ず訪れたいと思っています」という手紙が届きました。',
    'ある専門家から「今夜は線状降水帯が発生するおそれがあり、厳重な警戒が必要です」という連絡がありました。土砂災害にご注意ください。',
    '有名な俳優が「柳川のうなぎは世界一うまい、毎年必ず食べに来る」というメッセージをSNSに投稿していました。',
  ])('flags %s', (text) => {
    expect(warnsQuote(text)).toBe(true)
  })
})

describe('quotation: blind misc60 kinds (KH-002, KH-015), an excuse or a slur\'s label in an awareness post, a scam message given as the content of one named before', () => {
  it.each([
    // KH-002 kind: the sentence before calls the words mentioned harmful (差別の言葉です, 使ってはいけない言葉です): no saying announced, so a short
    // remark after it is not a work's line; and an excuse set aside right after it (じゃなくて, ではなく, では済まされません, なんて思わずに)
    // in a post about a harm done with words
    'SNSで見かける「〇〇人は出ていけ」という書き込み。\nそれは人を深く傷つける差別の言葉です。\n「ちょっとふざけただけだし」ではなく、書かない・広げないを心がけましょう。',
    '「障がい者は迷惑」――これは使ってはいけない言葉です。\n「悪気はなかったんだから」では済まされません。',
    '障がいのある人を傷つける言葉は、冗談でも使わないでください。「みんな使ってるし、ただの冗談だから別にいいでしょ」じゃなくて、使わない・広めないを一緒に。',
    '「ネットだし、誰が書いたかなんて、どうせわからないから大丈夫」なんて思わずに、書き込む前に一度立ち止まってください。誹謗中傷は犯罪になることもあります。',
    // KH-015 kind: the message given as the content (という内容で, という文面で) of a message named by its kind before it, in a warning
    '身に覚えのない未納料金を求めるはがきが届いています。「訴訟最終告知のお知らせ。本日中にご連絡がない場合は差し押さえます」という内容です。記載の番号には連絡せず、消費生活センターへご相談ください。',
    '架空の利用料請求メールが市内で確認されています。「動画サイトの利用料金が未払いです。至急ご連絡ください」という文面ですが、身に覚えのない請求には応じないでください。',
    '宅配業者を装ったショートメールが確認されています。「お荷物をお届けにあがりましたが不在のため持ち帰りました」という文面で、偽サイトへ誘導されます。リンクは開かないでください。',
  ])('leaves %s clean', (text) => {
    expect(quietQuote(text)).toEqual([])
  })
  it.each([
    // hard negatives: words announced as a saying (考えさせられる言葉です, 心に響く言葉です, 教わった言葉です), a maxim set aside with no harm
    // done with words in the post, a newspaper's content with no scam
    '差別について考えさせられる言葉です。\n「みんなちがって、みんないい」',
    '心に響く言葉です。「あきらめたら、そこで試合終了だよ」',
    '先輩に教わった言葉です。「仕事は段取り八分」',
    '「努力は必ず報われる。報われない努力があるとすれば、それはまだ努力と呼べない」ではなく、自分のペースで続けることが大切です。',
    'ある新聞の記事では「市内の空き家は10年で倍に増え、今後も増え続ける見込みだ」という内容でした。',
  ])('flags %s', (text) => {
    expect(warnsQuote(text)).toBe(true)
  })
})

describe('quotation (4(4)): a shared post whose account is named by its own name or handle (blind KJ-018 kind, unof61)', () => {
  // Kind: the account whose post is shared named by its own name marked as an account's (福岡県防災 公式アカウント, 柳川観光ナビ公式X) or by
  // its handle (福岡県防災（@bousai_fukuoka）, @yanagawa_kanko さん): its source. Hard negatives: a kind of account, not a name (ある自治体の
  // 公式アカウント, 自治体の, 他市の, お店の, 人気の公式アカウント).
  it.each([
    '【福岡県防災 公式アカウントの投稿を引用します】\n本日8月5日、福岡県に熱中症警戒アラートが発表されています。\n\n柳川市内では、市役所本庁舎と各公民館を「クーリングシェルター」として開放しています。',
    '福岡県防災（@bousai_fukuoka）の投稿を引用します。\n本日8月5日、福岡県に熱中症警戒アラートが発表されています。',
    '柳川観光ナビ公式Xのポストをシェアします。\n\n春の物産展は3月20日から22日まで、市民体育館で開かれます。地元の特産品が一堂に集まります。',
    '@yanagawa_kanko さんの投稿をご紹介します。\n\n春の物産展は3月20日から22日まで、市民体育館で開かれます。地元の特産品が一堂に集まります。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text, { mode: 'quote' })).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    'ある自治体の公式アカウントの投稿を引用します。\n本日8月5日、福岡県に熱中症警戒アラートが発表されています。',
    '自治体の公式アカウントの投稿を引用します。\n本日8月5日、福岡県に熱中症警戒アラートが発表されています。',
    '他市の公式アカウントの投稿を引用します。\n本日8月5日、福岡県に熱中症警戒アラートが発表されています。',
    'お店の公式アカウントの投稿を紹介します。\n\n春の物産展は3月20日から22日まで、市民体育館で開かれます。地元の特産品が一堂に集まります。',
    '人気の公式アカウントの投稿を紹介します。\n\n春の物産展は3月20日から22日まで、市民体育館で開かれます。地元の特産品が一堂に集まります。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text, { mode: 'quote' })).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): a document named with its edition or year in brackets before the quotation (misc62, R336D-013 kind)', () => {
  const P = '水の町は、水とともに暮らす知恵の町でもある。掘割を守ってきたのは名もなき住民たちだった。'
  it.each([
    '【人権週間に寄せて】\n\n柳川市人権教育・啓発基本計画（令和5年3月）には、「すべての市民が互いの違いを認め合い、自分らしく暮らせるまちをめざす」と書かれています。',
    `柳川市避難所運営マニュアル（令和5年3月改訂）には「${P}」と書かれています。`,
    `こども読書活動推進プラン（2024年）では、「${P}」とうたっています。`,
    `第3次柳川市総合計画（後期基本計画）では、「${P}」としています。`,
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    // a vague holder, or no document at all
    `ある市の避難計画（令和5年）には「${P}」と書かれています。`,
    `どこかの町の計画（令和5年）には「${P}」とありました。`,
    `昔読んだ本（2010年）には「${P}」とありました。`,
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): an announcement quoted with its issuers and issue time in brackets after it (misc63, KN-017 kind)', () => {
  const A = '福岡県では、熱中症の危険性が極めて高くなると予測されます。外出はなるべく避け、室内をエアコン等で涼しい環境にして過ごしてください。'
  it.each([
    `熱中症警戒アラートが発表されています。\n「${A}」（環境省・気象庁、7月18日5時発表）\n市内の公民館など18か所を「クーリングシェルター」として開放しています。`,
    `「${A}」（福岡管区気象台 18日11時00分発表）`,
    `「${A}」（7月18日5時 環境省・気象庁発表）`,
    `「${A}」（福岡県、令和6年7月18日発表）`,
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text, { mode: 'quote' })).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    // a vague body, or a bracket that names no one
    `「${A}」（ある自治体、7月18日発表）`,
    `「${A}」（どこかの県、7月18日発表）`,
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text, { mode: 'quote' })).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): sayings shown as specimens of a prejudice the text after them names (misc63, KN-035 kind)', () => {
  it.each([
    '障害者週間（12月3日〜9日）にあわせて\n\n「障がいがあるから、この仕事は無理だろう」\n「車いすの人が来ると、お店が混雑して迷惑だ」\n\nこうした思い込みは、知らないうちに誰かの機会を奪っています。障害者差別解消法の改正により、令和6年4月から、事業者による合理的配慮の提供が義務になりました。',
    '「女の子なんだから、理系に進まなくてもいいでしょう」「男なんだから泣くんじゃない」――このような決めつけが、子どもたちの可能性を狭めています。',
    '「外国の人は日本のルールを守らないから、部屋は貸せません」\n\nこれらはいずれも差別にあたります。',
    '「高齢者は新しい機械なんて使えないだろうから、説明しても無駄だ」\n\nこんな何気ない一言が、誰かを傷つけているかもしれません。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/no-source'))).toEqual([])
  })
  it.each([
    // words praised or taken up as a motto are someone's words, still to be credited
    '「一歩一歩、着実に進めば、必ず道は開ける。あきらめないことが大切なのだ」\n\nこうした言葉に励まされ、私たちも前を向いてきました。',
    '「一歩一歩、着実に進めば、必ず道は開ける。あきらめないことが大切なのだ」――この言葉を胸に、今年も頑張ります。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))).toBe(true)
  })
})

describe('quotation (4(4)): blind KR-018, KQ-040, KQ-060 kinds (fix-DM)', () => {
  const noSource = (text: string, mode: 'post' | 'quote' = 'post') => summary(findingsOf(quotation, text, { mode })).filter((x) => x.startsWith('quotation/no-source'))
  // Kinds kept clean: stereotyped remarks quoted, then pointed back at as words said without thinking that narrow or bind (何気なく口にした
  // この言葉が…狭めて); a notice quoted with its issuing department and date in brackets after it (（福岡県保健医療介護部 1月9日発表）); the line
  // under a sentence that names whose post is shared (柳川市観光協会の投稿をご紹介します。…⏎…).
  it.each<[string, 'post' | 'quote']>([
    ['「男は黙って働け」「女は家を守るもの」\nつい口にしてしまうその一言が、誰かの生き方を縛っているかもしれません。', 'post'],
    ['「大雨による土砂災害の危険性が高まっています。早めの避難を心がけ、身の安全を確保してください。」（福岡県県土整備部、7月3日発表）', 'post'],
    ['柳川商工会議所の投稿をご紹介します。年末の商店街イベントの出店者を募集しています。今年は例年より多くの出店枠をご用意しています。\n申込方法は、商工会議所の公式サイトでご確認ください。', 'quote'],
  ])('passes %s', (text, mode) => {
    expect(noSource(text, mode)).toEqual([])
  })
  // Still quoted with no source: words pointed back at as moving (この言葉を胸に), a notice whose issuer is left vague, a post of a body
  // left vague.
  it.each<[string, 'post' | 'quote']>([
    ['「人は、人によって傷つき、人によって癒やされるものだと私は思います」。何気なく読んだこの言葉を胸に、今日も窓口に立ちます。', 'post'],
    ['「大雨による土砂災害の危険性が高まっています。早めの避難を心がけ、身の安全を確保してください。」（ある自治体の防災部、7月3日発表）', 'post'],
    ['ある観光協会の投稿をご紹介します。春の川下りの予約受付が始まりました。例年より早く満席になりそうなので、お早めにどうぞ。\n詳しい予約方法は、公式サイトでご確認ください。', 'quote'],
  ])('flags %s', (text, mode) => {
    expect(noSource(text, mode).length).toBeGreaterThan(0)
  })
})

describe('quotation: a neighbour\'s change noticed, framed in the dialect\'s demonstrative, as the case a desk is for (blind KX-057 kind)', () => {
  it.each([
    '「隣のじいちゃんの姿ば最近見らんごとなった」――そげん時は、地域包括支援センターに相談してくださいね。',
    '「向かいのおばあちゃん、最近様子がおかしか気のする」。こがん時は、遠慮せんで民生委員さんに声かけてね。',
    '「ひとり暮らしの近所の方を、ここ数日見かけない」――そんなときは、福祉課までご連絡ください。',
  ])('leaves %s clean', (text) => {
    expect(quietQuote(text)).toEqual([])
  })
  it.each([
    // a saying with no worry, a vague author's words with the same frame
    'ある作家は「人は見かけによらない、最後は心だ」と書いています――そげん時こそ、この言葉を思い出します。',
    '「近所の人の姿が見えなくなって、町が寂しくなった」と新聞の投書欄に書かれていました。そんなときは、この投書を思い出します。',
  ])('flags %s', (text) => {
    expect(warnsQuote(text)).toBe(true)
  })
})

describe('quotation: a voice said in the class or meeting the sentence before tells talking it over (blind KY-003 kind)', () => {
  it.each([
    '小学校の授業で、ネットで見かける広告の言葉を集めて話し合いました。「安いと書いてあっても、すぐ買わないほうがいい」という意見が出ました。',
    '公民館の講座では、新聞の見出しの付け方について意見を出し合いました。「短い言葉ほど強く伝わる」という感想が印象に残りました。',
  ])('leaves %s clean', (text) => {
    expect(quietQuote(text)).toEqual([])
  })
  it.each([
    // the medium read together is where the voice comes from, not a talk
    '新聞の投書欄を読み合いました。「子どもの声がうるさいと感じるのは大人の余裕のなさだ」という意見が印象に残りました。',
    '授業で、雑誌のコラムを読み合いました。「川は町の鏡であり、住む人の心を映すものだ」という意見が印象に残りました。',
  ])('flags %s', (text) => {
    expect(warnsQuote(text)).toBe(true)
  })
})

describe('quotation (4(4)): a book named only by its genre is no source (blind R365N-049 kind)', () => {
  const warned = (text: string) => findingsOf(quotation, text).some((f) => f.rule === 'quotation/no-source' && f.severity !== 'info')
  it.each([
    '料理本より抜粋\n「だしは弱火でゆっくり取ると、香りが立ちます。急がないことが一番のこつです」\n今夜はお味噌汁！',
    '専門書から引用します。\n「睡眠不足が続くと、判断力は飲酒時と同じくらい落ちるのです」',
  ])('flags %s', (text) => {
    expect(warned(text)).toBe(true)
  })
  it.each([
    '『はじめての育児』（山田花子著、柳川書房）より抜粋\n「泣いたら抱っこしてあげましょう。それが一番の安心になるのです」',
    '図書館に新しい育児書が入りました。ぜひ手に取ってみてください。',
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
})

describe('quotation (4(4)): blind LC-008/LC-057 kinds (a trader\'s pitch at the door, the kind of person invited)', () => {
  const warned = (text: string): string[] => summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/') && !x.includes(':info:'))
  it.each([
    '「お宅の床下が湿っとるけん、今すぐ工事せんといかん」ち言うて家に来る業者に気をつけてください。消費生活センターに相談を。',
    '「このままでは雨漏りしますよ、今日なら半額です」と言って訪ねてくる業者には、その場で契約しないでください。',
    '12月の料理教室、まだ空きがあります。「簡単なおせちを作れるようになりたい」という方、ぜひご参加ください。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
  it.each([
    // a passage a person wrote, quoted as their words with no source, stays a quotation
    ['ある作家は「この町の未来は、市民一人ひとりの小さな行動の積み重ねによって形づくられていくのです」と言っています。'],
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
})

describe('quotation (4(4)): a magazine or a review named by its genre alone (blind R374X-010 kind)', () => {
  const warned = (text: string): string[] => summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/') && !x.includes(':info:'))
  const Q = '「四つの楽器がひとつの呼吸で歌う。緊張と解放の間合いは、今の日本の室内楽でも屈指のものだ」'
  it.each([`文芸誌の書評より引用します。\n${Q}`, `専門誌の批評から抜粋します。\n${Q}`, `雑誌のレビューより抜粋します。\n${Q}`])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([`『音楽の友』2024年5月号のレビューより抜粋します。\n${Q}`, `音楽誌『ストリングス』の演奏評より抜粋してご紹介します。\n${Q}`])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('quotation (4(4)): a translation credited to its translator, and a pupil\'s words relayed by the school (blind LH-048, LG-059 kinds)', () => {
  const warned = (text: string): string[] => summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/') && !x.includes(':info:'))
  it.each([
    'ユネスコ憲章の前文には、次の一節があります。\n「戦争は人の心の中で生まれるものであるから、人の心の中に平和のとりでを築かなければならない。」（文部科学省訳）\n11月は人権を考える月間です。',
    '子どもの権利条約には「児童は、自由に自己の意見を表明する権利を有する」とあります（政府訳）。',
    '今日の給食は、6年生が総合学習で考えた「ふるさと献立」でした。\n作ってくれた児童さんたちは「家族にも食べてほしい」とのことでした。',
    '文化祭のポスターは美術部がデザインしました。描いてくれた生徒さんは「柳川の掘割の光を表したかった」と話してくれました。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
  it.each([
    // a translation by no one named, and words relayed from someone left vague, stay unsourced
    ['ある偉人はこう言いました。\n「人生は、何を成したかではなく、どう生きたかで決まるのだ。だから今日を大切に生きよう」（筆者訳）'],
    ['ある生徒さんは「この町の未来は、わたしたち一人ひとりの小さな行動の積み重ねでできていくのです」とのことでした。'],
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
})

describe('quotation (4(4)): blind R383G-060 kind, a haiku or a tanka announced as one the writer recalls or presents, set out with no author', () => {
  // Kind: 思い出す句があります / 好きな短歌です / こんな俳句をご紹介します, then the poem in a bracket in a poem's shape (phrases parted by
  // spaces, or one run of a haiku's length): someone's poem however short. Hard negatives: a call for entries, a word's 句 (節句, 文句),
  // a title, the author named.
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    '川下りの舟に乗るたびに浮かぶ句があります。\n「舟ゆけば　柳の影の　揺れにけり」',
    '祖父が好きだった短歌です。\n「ふるさとの　堀の水面に　映る月　幾年経ても　変わらぬ光」',
    'この時期になると、こんな俳句をご紹介したくなります。「菜の花や　水路の先に　春の舟」\n「うなぎ焼く　けむりの向こう　夏が来る」',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
  it.each([
    '柳川の春を詠んだ俳句を募集します。「水ぬるむ　掘割の春」をテーマにお寄せください。',
    '3月3日は桃の節句です。「さげもんめぐり」もぜひお楽しみください。',
    '文句があります「ちょっと　待って」なんて言わずに、まずはご相談ください。',
    '毎年この季節に思い出す句があります。\n「菜の花や　月は東に　日は西に」（与謝蕪村）',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
})

describe('quotation (4(4)): blind R382F-024 kind, a model exchange set out line by line with the reader as one part is a script', () => {
  // Kind: 指令員「…」⏎あなた「…」: each line a speaker's label and their words, the reader (あなた, 通報者, 相談者) one of them: what to
  // say, not a text quoted. Hard negative: an exchange of named people with no reader part (市長「…」記者「…」).
  const noSource = (text: string): boolean => summary(findingsOf(quotation, text)).some((x) => x.startsWith('quotation/no-source:warn'))
  it.each([
    '【窓口での伝え方】\n職員「本日はどのようなご用件でしょうか、番号札をお取りください」\nあなた「転入の手続きをしたいのですが、何が必要ですか」',
    '相談の電話はこんな流れです。\n相談員「お話しできる範囲で、今困っていることを教えてください」\n相談者「夜になると眠れなくて、仕事にも行けていません」',
  ])('passes %s', (text) => {
    expect(noSource(text)).toBe(false)
  })
  it.each([
    '市長「この町の未来は、市民一人ひとりの小さな行動の積み重ねによって形づくられていくのです」\n記者「具体的にはどのような施策を考えていますか、教えてください」',
  ])('flags %s', (text) => {
    expect(noSource(text)).toBe(true)
  })
})
describe('quotation (4(4)): a talk named only by its event, another town\'s facility with さん, a belief set right (blind R388M-001/010, LK-046 kinds)', () => {
  const warned = (text: string): string[] => summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/') && !x.includes(':info:'))
  it.each([
    '市民大会の基調講演より：「地域の力は、顔の見える関係から生まれます。」',
    '人権講座でのお話から：「違いを認め合うことが、差別をなくす第一歩です。」',
    '隣町の図書館さんの投稿がとても素敵だったのでご紹介します。「本は、ひらいた人だけを遠くへ連れていってくれます。」',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    '人権講座での古賀先生のお話から：「違いを認め合うことが、差別をなくす第一歩です。」',
    '青少年健全育成大会の講演より抜粋：「スマホを取り上げても問題は解決しない。」\n講師：九州大学 古賀一郎教授',
    '柳川市立図書館さんの投稿をご紹介します。「本は、ひらいた人だけを遠くへ連れていってくれます。」',
    'よその町の児童館さんと交流会をしました。子どもたちは「また遊ぼうね」と話していました。',
    '「熱が出たらお風呂に入ってはいけない」――これは誤解です。体調がよければ短時間の入浴は問題ありません。',
    '「ワクチンを打つと不妊になる」。実はこれ、よくある思い込みなんです。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('quotation (4(4)): a holder placed only as another town\'s, a message quoted as going round (blind R390P-054, R391Q-015, LM-049 kinds)', () => {
  const warned = (text: string): string[] => summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/') && !x.includes(':info:'))
  it.each([
    'ごみの分け方について、よその町の広報誌より引用してご紹介します。\n「資源ごみは洗ってから出すのが基本です。汚れが落ちないものは燃えるごみとして出してください」',
    '隣町の防災ガイドから抜粋します。\n「避難所へ向かうときは、ブレーカーを落とし、ガスの元栓を閉めてから家を出ましょう」',
    '他県の自治体のパンフレットより転載します。「熱中症は、室内でも起こります。のどが渇く前に水分をとり、エアコンをためらわずに使いましょう」',
    '他市の消防団さんの投稿で見かけた言葉です。「地域を守るというのは、特別なことではなく、毎日の小さな声かけの積み重ねなんだと思います」。',
    'よその自治体の観光課さんのブログに、こんな一文がありました。「観光とは、まちの日常を誇りに思ってもらうことから始まるのだと思います」',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    'ごみの分け方について、隣の大川市の広報誌より引用してご紹介します。\n「資源ごみは洗ってから出すのが基本です。汚れが落ちないものは燃えるごみとして出してください」',
    '大川市の消防団さんの投稿で見かけた言葉です。「地域を守るというのは、特別なことではなく、毎日の小さな声かけの積み重ねなんだと思います」。',
    '「市役所税務課です。還付金があるのでATMへ行ってください」という電話が市内で相次いでいます。市から電話でATMへ誘導することはありません。折り返さず、警察にご相談ください。',
    '「お荷物のお届けにあがりましたが不在のため持ち帰りました」というSMSが市内で多数確認されています。リンクは開かないでください。',
    '「未払いの利用料金があります。本日中にご連絡ください」という自動音声の電話がかかってきています。心当たりがなければ折り返さず、188へご相談を。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('quotation (4(4)): lyrics set down in stanzas with a refrain, no title or author (blind R393S-049 kind)', () => {
  const warned = (text: string): string[] => summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/') && !x.includes(':info:'))
  it.each([
    '雨の日の掘割☔\n\nあめあめ ふれふれ かあさんが\nじゃのめで おむかい うれしいな\nピッチピッチ チャップチャップ ランランラン\n\nかけましょ かばんを かあさんの\nあとから ゆこゆこ かねがなる\nピッチピッチ チャップチャップ ランランラン',
    '朝の川下り\n\n春の小川は さらさらいくよ\n岸のすみれや れんげの花に\nにおいめでたく 色うつくしく\n咲けよ咲けよと ささやきながら\n\n春の小川は さらさらいくよ\nえびやめだかや 小ぶなのむれに',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    '職員が作った詩です🌸\n\n水の町に春が来た\nさあ 舟を出そう\n柳の芽がゆれている\n\n橋の下をくぐって\nさあ 舟を出そう\n光る水面をすべって',
    '北原白秋作詞の「この道」を思い出す夕暮れ。\n\nこの道はいつか来た道\nああ そうだよ\nあかしやの花が咲いてる\n\nあの丘はいつか見た丘\nああ そうだよ\nほら 白い時計台だよ',
    '春の掘割\n柳がゆれる\n舟がゆく\n\n夏の掘割\n蓮が咲く\n子らが笑う',
    '【春の川下り】\n■日時：4月5日\n■会場：沖端乗船場\n\n【夏の川下り】\n■日時：7月5日\n■会場：沖端乗船場',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('quotation: a medium named by its kind alone, a document as a topic, a contest entry shown (blind R397W-053, R399Y-049, LQ-042 kinds)', () => {
  const warned = (text: string): string[] => summary(findingsOf(quotation, text)).filter((x) => x.startsWith('quotation/') && !x.includes(':info:'))
  it.each([
    '先日のテレビより抜粋。「掘割の水は、町の人びとが何百年もかけて守ってきた暮らしの記憶そのものである」',
    '今朝の新聞から引用します。〝川下りの船頭たちは、季節ごとに変わる水の表情を誰よりもよく知っている〟',
    '総合計画について、こんなコメントを見つけました。\n> 水辺を大事にする町は、人を大事にする町だと思う。\n> これからも応援しています。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    'NHKの番組「ふるさと紀行」（11月3日放送）より抜粋。「掘割の水は、町の人びとが何百年もかけて守ってきた暮らしの記憶そのものである」',
    '柳川市総合計画には「水と緑と人が輝く、ふれあいのまち」と書かれています。',
    '人権作文コンクールの入賞作品を図書館で展示しています。\n最優秀賞は小学5年生の作品\n『ありがとうを言える人になりたい。言われた人もうれしくなるから』',
    '交通安全ポスターコンテストの受賞作品を市役所ロビーで紹介しています。金賞は中学2年生の『止まろう 見よう 確かめよう 命は一つ』です。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('quotation: staff of another town by their duty, a law cited after its words (blind R402B/LT kinds)', () => {
  const warned = (text: string) => summary(findingsOf(quotation, text)).filter((s) => s.startsWith('quotation/') && !s.includes(':info:'))
  it.each([
    // R402B-056 kind: another town's staff called by their duty, their post reproduced
    'よその町の広報担当さんの投稿に、こんな言葉がありました。「写真は一枚より三枚。迷ったら全部載せて、あとで選べばいいのです」',
    '他市の防災担当さんがこう書かれていました。「備蓄は特別なものではありません。いつもの食品を少し多めに買っておくだけで十分です」',
    // a law left unnamed is still no source
    '事業者には、法律で「従業員の健康を守るため、必要な措置を講じなければならない」ことが定められています。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    '隣の大川市の広報担当さんがこう書いていました。「写真は一枚より三枚。迷ったら全部載せて、あとで選べばいいのです」',
    // LT-036 kind: the law cited by its name in brackets after the words
    '事業者には、法律で「従業員の健康を守るため、必要な措置を講じなければならない」ことが求められています（労働安全衛生法）。',
    '運転者には「歩行者がいるときは、一時停止をして、その通行を妨げないようにしなければならない」ことが定められています（道路交通法第38条）。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('quotation: a person called by their condition or stage of life with さん is no author (blind R406F-039 kind)', () => {
  const warned = (text: string) => summary(findingsOf(quotation, text)).filter((s) => s.startsWith('quotation/') && !s.includes(':info:'))
  it.each([
    '『高齢者の転倒は、骨折から寝たきりにつながることが多く、住まいの段差をなくす工夫が勧められる』\n高齢者さんのいるご家庭は、ぜひ見直してみてください。',
    '『乳幼児の誤飲事故は、たばこや医薬品によるものが多く、手の届かない場所での保管が重要である』\nプレママさんもパパさんも、今のうちに確認を。',
    '「受験期の睡眠不足は、集中力や記憶の定着を大きく下げることがわかっており、十分な休息が欠かせない」\n受験生さんは体調第一で。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    // a named person with the same condition word before the name is still a speaker
    '妊婦健診を担当する助産師の古賀 明美さんは「妊娠中の喫煙は、赤ちゃんの発育に影響することが知られています。ご家族も一緒に禁煙を」と話していました。',
    '患者会代表の松尾さんは「同じ病気の仲間と話すだけで、気持ちがずいぶん楽になりました」と話してくれました。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('quotation: words held up as liked, a public figure by feat alone, a speaker tagged by part after the sentence (blind wave 81 kinds)', () => {
  const warned = (text: string) => summary(findingsOf(quotation, text)).filter((s) => s.startsWith('quotation/') && !s.includes(':info:'))
  it.each([
    // R410K-026 kind: a short saying set apart, then called words the writer is fond of
    '「読書は心の旅である」\nこのフレーズ、昔から大好きです📚 秋の読書週間、図書館でお待ちしています。',
    '“学ぶことに遅すぎることはない”。この一節、今でも心に残っています。市民講座の受講生を募集中です。',
    '『一日一善、十日で十善。』この言葉、本当に好きなんです。ボランティア登録はこちらから。',
    // R412M-009 kind: a public figure named only by their feat or trade
    '元プロ野球選手の方が「基本こそ最大の武器」と話していました。少年野球教室、今年も開きます。',
    'オリンピアンさんは『夢は逃げない、逃げるのはいつも自分だ』と言っていました。子どもたちもその言葉を胸に頑張っています。',
    '有名な料理人の方が“旬は最高の調味料”とおっしゃっていました。柳川の冬野菜をぜひ。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    // fondness for a thing, not for words; a short greeting called words
    '「ありがとう」この言葉、大切にしたいですね。',
    '春の掘割めぐり。この景色、ずっと好きなんです🌸',
    // the figure named, or the post's own participants
    '金メダリストの古賀 稔彦さんが「基本こそ最大の武器」と話していました。',
    '合宿中の日本代表選手の皆さんは「柳川のご飯がおいしい」と話していました。',
    '元プロ野球選手の方による野球教室を開きます。投げる・打つ・走るの基本を楽しく学べます。',
    // LX-010 kind: the lecturer credited by part and office in brackets after the sentence
    '防災講座を開きました。講師の方は「家具の固定は、今日からできるいちばんの備えです」と話されました（講師：市防災危機管理課 職員）。',
    '食育教室では「朝ごはんを食べる子は、午前中の集中力が続きやすいと言われています」と説明がありました（講演者：保健センター 管理栄養士）。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
  it('still flags a lecturer tag that names no one', () => {
    expect(warned('講座を開きました。講師は「家具の固定は、今日からできるいちばんの備えです」と話されました（講師：ある専門家）。').length).toBeGreaterThan(0)
  })
})

describe('quotation: words the day was, an official named by title and name addressing an occasion, placeholder parts of a role-play (blind wave 82 kinds)', () => {
  const warned = (text: string) => summary(findingsOf(quotation, text)).filter((s) => s.startsWith('quotation/') && !s.includes(':info:'))
  it.each([
    // R415Q-046 kind: a saying set apart, then the day called those very words, no author
    '「一期一会を大切に、出会いは人生の宝物」\n昨日の交流会は、まさにこの言葉どおりの一日でした。',
    '『学びに年齢は関係ない、好奇心こそ若さの源』。今年の市民大学は、この言葉そのものでした！',
    '“人は人によって磨かれる、だから出会いを恐れるな”\n先週の研修は、このフレーズみたいな時間になりました。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    // R414P-006 kind: an official named by title and full name addressing an occasion
    '成人式を挙行しました。式典では、教育長 古賀正和が「一人ひとりが自分の道を切り拓いてほしい、ふるさとはいつでも応援しています」と式辞を述べました。',
    '防災訓練の閉会式では、団長 松尾健太郎が「日頃の訓練こそが、いざという時に住民の命を守る力になる」と講評しました。',
    '新年互礼会を開きました。実行委員長 大石美智子が「今年も地域の皆さんと手を取り合い、明るいまちをつくっていきたい」とあいさつしました。',
    // R415Q-060 kind: role-play lines of placeholder parts, set out as examples or practice
    '窓口対応研修の会話例です。\nAさん：「本日はどのようなご用件でしょうか」\nBさん：「転入の手続きをしたいのですが、何が必要ですか」\n相手の話をよく聞くのがコツです。',
    '電話応対の練習をしました。\nA「お電話ありがとうございます。柳川市役所です」\nB「すみません、ごみの出し方について教えてください」',
    'やさしい日本語の言いかえ例\n甲さん：「ご来庁の際は身分証明書をご持参ください」\n乙さん：「市役所に来るときは、カードを持ってきてください」',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
  it.each([
    // the same words with no day, no name: still a saying held up without source where it was one before
    '「笑顔は言葉の壁をこえる世界共通のあいさつ」\nこの言葉を胸に、今年も交流事業に取り組みます。',
    // an official left vague or a kind of person addressing the occasion: no one named
    '式典では、ある消防長が「市民の安全・安心を守るため、一丸となって職務にあたってほしい」と訓示したそうです。',
    '出初式では、来賓のあいさつで「伝統の火消しの心を、次の世代へ確かに受け継いでいこう」との言葉がありました。',
    // placeholder parts, but the lines read from a book with no practice set out: quoted words
    'ある小説の一場面より。\nAさん：「人生は、思いどおりにならないからこそ面白いのだと、私は思うよ」\nBさん：「そう言える日が来るまで、ずいぶん遠回りをしてきたね」',
  ])('warns still %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
})

describe('quotation: a short > line or bracket called words heard, read or kept, and words only called a vague someone\'s (blind wave 83 kinds)', () => {
  const warned = (text: string) => summary(findingsOf(quotation, text)).filter((s) => s.startsWith('quotation/') && !s.includes(':info:'))
  it.each([
    // R418T-019/R420V-033 kind: a short > line taken up as words right after it, in its paragraph or as the next paragraph's opening
    '> 迷ったら、川の流れに聞け\n\n子どもの頃からよく聞いた言葉ですが、今も大切にしています。',
    '＞ 小さな親切が、大きな安心を生む\n民生委員の皆さんの活動を見るたびに、この言葉が浮かびます。',
    '> 一日一歩、三日で三歩\n\nこの言葉を胸に、今年もウォーキング教室を続けています。',
    // R418T-039 kind: words only called a vague someone's (ある…の言葉です)
    '「迷ったら、人の多いほうへ行くな」。とある登山家の言葉です。秋の山歩き、安全第一で。',
    '“まちは人がつくり、人はまちに育てられる”\nある社長さんのお言葉です。商工会の新年会で改めて胸に刻みました。',
    '「川が変われば、まちが変わる」\nある職人さんの言葉ですが、今も掘割清掃の原点です。',
    // R418T-049 kind: words the writer heard, read or learned somewhere, no one named who said them
    '「挨拶は、まちの体温計」\n以前、講演会で聞いて心に残った言葉です。今日も笑顔であいさつを。',
    '“小さな一歩の積み重ね”\n学生時代に本で読んで、ずっと胸に刻んでいる一節です。',
    '「観光は光を観せること」。新人研修で教わった言葉です。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    // the author named, or the words called a proverb or the city's slogan
    '> 一隅を照らす、これ則ち国宝なり\n伝教大師最澄の言葉です。地域で活動する皆さんに贈ります。',
    '> 水を守ろう、未来のために\n\n柳川市の環境標語です。この言葉を合言葉に、掘割清掃へのご参加をお待ちしています。',
    '> 備えあれば憂いなし\nよく聞くことわざですが、この言葉のとおり、非常持ち出し袋の準備をお願いします。',
    '「ごみは分けて資源に」\n市の分別キャンペーンの標語として、小学生のころから何度も聞いた言葉です。',
    '「観光は光を観せること」。新人研修で、講師の古賀一郎さんから教わった言葉です。',
    '『柳川の人は、水と一緒に暮らしている』\n作家の檀一雄さんの言葉ですが、本当にそう感じます。',
    // a short > line of a question answered, a title credited as a work, not as words
    '> 駐車場はありますか\n\nはい、市役所東側の駐車場をご利用いただけます。',
    '『水郷の四季』\nある写真家さんの作品展です。会期は3月末まで。',
    // a remark the staff often hear from the people they serve: the post's own illustration
    '「忙しくて、つい後回しにしてしまって」。健診の窓口で、よく耳にする言葉です。年に一度の健診、ぜひ受けてください。',
    '「まだ大丈夫だと思っていた」。介護の相談の中で、しばしば聞く言葉です。早めの準備をおすすめします。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('quotation: a maxim in quotes taken up with って or という言葉 and agreed with, no author named (blind wave 84, R421W-023 kind)', () => {
  const warned = (text: string) => summary(findingsOf(quotation, text)).filter((s) => !s.includes(':info:'))
  it.each([
    '「人は褒められて伸びる」という言葉、まさにその通りだと思います。今日も笑顔で窓口に立ちます。',
    '〝準備は八割〟って、身にしみますね。焦らず防災訓練の準備を進めます。',
    '"継続は力なり"って本当にそうですよね。教室に通い続けた皆さん、おめでとう！',
    '『読書は心の栄養』っていう言葉、つくづくそう感じます📚 図書館で新刊の棚を見ながら。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    // the author or the book named, the city's own copy, a fact confirmed, a question, a forecast come true
    '今日の講演で、講師の山田花子さん（県立大学教授）が話された「子育ては親育て」という言葉、本当にその通りだと思います。',
    '松下幸之助の『道をひらく』にある“素直な心は強い”って、ほんとにそうだなと思います。',
    '「柳川は住みやすい」って、本当にその通りだと思います。',
    '「雨の日は滑りやすい」って、ほんとにそうなんです。足元にご注意ください。',
    '「早起きは三文の徳」って、本当にそうですか？',
    '「明日は晴れ」って予報、本当にその通りでした。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('quotation: a quoted line called "these words" with when they were written or said, no author (blind wave 85, R425A-027 kind)', () => {
  const warned = (text: string) => summary(findingsOf(quotation, text)).filter((s) => !s.includes(':info:'))
  it.each([
    '“為せば成る、為さねば成らぬ何事も”\n二百年以上前に残されたこの言葉を胸に、今年も挑戦します。',
    '「和を以て貴しと為す」\n千四百年前に書かれたその言葉は、今も私たちのまちづくりの基本です。',
    '『ふるさとは遠きにありて思ふもの』\n昔から語り継がれてきたこの一節を、帰省の季節に思い出します。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    // the author named before or after, the city's own slogan chosen by its residents
    '「元始、女性は実に太陽であった。」\n平塚らいてうが百年以上前に書いたこの言葉から、私たちはどこまで来たでしょうか。',
    '「元始、女性は実に太陽であった。」（平塚らいてう『青鞜』創刊号）\n百年以上前に書かれたこの言葉から、私たちはどこまで来たでしょうか。',
    '「みんなでつくる、笑顔のまち」\n市民の皆さんの応募から選ばれたこの言葉を、市の新しいスローガンとします。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('quotation: a lecture\'s words said by a role with no name (blind wave 85, R427C-025 kind)', () => {
  const warned = (text: string) => summary(findingsOf(quotation, text)).filter((s) => !s.includes(':info:'))
  it.each([
    '昨日の防災講演会では、講演者の方から「備蓄は特別なことではなく、いつもの買い物の延長でできるものです」とのお話がありました。',
    '子育て講座を開きました。専門家の先生からは「叱るより先に、できたことを言葉にして認めてあげてください」とお話しいただきました。',
    '健康セミナーで、講師の先生が「毎日十分歩くだけでも、血圧は確実に下がっていくものなのです」というお話をされ、参加者もうなずいていました。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    // the lecturer named, the lecturer named as the lecture was told, a participant's words at the city's class
    '先日の企業立地セミナーでは、講師の山田太郎氏（九州大学教授）から「工場の立地は、土地の値段ではなく人で決まるのです」とのお話がありました。',
    '市内企業の経営者、山田一郎先生を講師に講演会を開きました。講師の先生から「工場の立地は、土地の値段ではなく人で決まるのです」とのお話がありました。',
    '料理教室の参加者から「家でも簡単に作れそうで、子どもと一緒にまた挑戦してみたいです」との感想をいただきました。',
    // the city's own staff training: its lecturer's words told as the training's
    '窓口職員向けの研修を行いました。講師の先生からは「ゆっくり話すだけで、伝わり方は大きく変わるものです」とのお話がありました。',
    '手話を学ぶ研修会を開きました\n\n6月3日、市の職員50人を対象に、聴覚障害者協会の方を講師にお招きして研修を行いました。\n\n講師の方からは「表情も言葉の一部だということを覚えておいてほしい」とのお話がありました。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('quotation: a saying given or introduced to people named by a clause, no author (blind R429E-057 kind)', () => {
  const warned = (text: string) => findingsOf(quotation, text).filter((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    '> 小さな一歩が、やがて大きな道になる\n\n今春退職される先生方に、この言葉を贈ります。長い間ありがとうございました。',
    '> 人は支え合って生きている、だから一人で抱えなくていい\n\n新しく就任された民生委員の皆さんに、この言葉を紹介します。',
    '> 迷ったときは、足元の花を見なさい\n\n春に入庁した職員のみなさん、この言葉を胸に一年を歩んでください。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    '> 小さな一歩が、やがて大きな道になる\n\n校長の山田先生が卒業式で贈られたこの言葉を、皆さんにも紹介します。',
    '> 小さな一歩が、やがて大きな道になる（宮沢賢治）\n\n今春退職される先生方に、この言葉を贈ります。',
    '今春退職される先生方の送別会を、3月25日に市民会館で開きます。「ありがとう」の気持ちを込めて花束を贈ります。',
    '市のスローガン「笑顔あふれるまち柳川」この言葉を胸に、職員一同取り組みます。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('quotation: a saying taken up as words met at a training or a lecture, no author (blind R431G-007 kind)', () => {
  const warned = (text: string) => findingsOf(quotation, text).filter((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    '『できない理由より、できる方法を探そう』\n昨年の管理職セミナーで教わったこの言葉を、今も手帳に書いています。',
    '「人は話し方ではなく、聴き方で信頼される」\n講演会で聞いたその一節が、窓口に立つたびに思い出されます。',
    '“迷ったら、現場に戻れ”\n新任研修の講義で紹介されたこのフレーズを胸に、地域を回っています。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    '「人は話し方ではなく、聴き方で信頼される」\n講演会で講師の古賀一郎先生が紹介されたこの言葉を胸に、窓口に立っています。',
    '市職員向けの手話研修を開きました。講師は柳川市聴覚障害者協会の方々です。',
    '研修で紹介された事例をもとに、窓口の案内表示を見直しました。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('quotation: a saying credited to a document left vague (blind R431G-016 kind)', () => {
  const warned = (text: string) => findingsOf(quotation, text).filter((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    '「すべての人は、生まれながらにして自由である」。とある宣言にうたわれた理念です。',
    '『子どもの最善の利益を第一に』――某条約に記されている考え方を、子育て支援の柱にしています。',
    '〝水は公共の財産である〟――ある条例に定められた原則です。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    '〝手話は言語である〟――障害者権利条約にも記された考え方です。',
    '「手話は言語である」――柳川市手話言語条例に定められた理念です。',
    'ある国際条約の締結から今年で30年。市でも記念の講演会を開きます。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('quotation: the press describing the city, quoted from a medium named by its kind only (blind R434K-008 kind)', () => {
  const warned = (text: string) => findingsOf(quotation, text).filter((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    'ラジオ番組で、白秋祭が「水の上に灯る光の祭典」と紹介されました。',
    '旅行雑誌の特集で、さげもんめぐりが「春を呼ぶ色とりどりの飾り」と取り上げられました！',
    'ウェブのニュースで、川下りが「日本一ゆったりした舟旅」と評されていました。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    '西日本新聞の記事で、柳川が「九州でいちばん住みやすい小さなまち」と紹介されました！',
    'NHKの番組「ブラタモリ」で、柳川が「水と共に生きてきたまち」と紹介されました。',
    '市報6月号で「暑さに負けない食事のコツ」を紹介しました。',
    'テレビ番組で、柳川の川下りが紹介されました。ぜひご覧ください。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('quotation: the words of a person the post presents by name, told to the staff at an occasion (blind MH-005 kind)', () => {
  const warned = (text: string) => findingsOf(quotation, text).filter((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    '新しく着任した地域おこし協力隊員を紹介します。\n古賀 みゆきさん。\n「掘割沿いのカフェを、まちの人が集う場所にしたいです」と着任式で抱負を語ってくださいました。',
    '今月の「まちの人」は、船頭歴30年の松尾 たけしさん。\n「川の上から見る柳川は、季節ごとに違う顔を見せてくれます」と乗船前に笑顔で話してくれました。',
    '保健センターに新しく入った保健師の中島 ゆうこさん。\n「気軽に相談できる場所にしていきたいと思っています」と、着任のあいさつで話してくれました。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
  it.each([
    'ある方が「柳川の堀割は日本一美しい水辺だと思っています」と新聞のインタビューで語ってくれました。',
    '新しい仲間をご紹介します。\n「柳川の堀割のある暮らしを、写真で全国に届けたいです！」と着任のあいさつで意気込みを語ってくれました。',
    '人気ブロガーの記事を読みました。\n「柳川の堀割は、日本でいちばん美しい水辺だと思っています」と動画の中で語ってくれました。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
})

describe('quotation: a saying set alone, then held up as what a thing comes down to (blind R438P-042 kind)', () => {
  const warned = (text: string) => findingsOf(quotation, text).filter((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    '先日、新任研修を終えました。\n「現場にこそ答えがある」\n私たちの仕事の基本は、この一言に集約されると思います。',
    '「税金は、未来への投資である」\n公共施設の再編に向けた考え方は、このひと言に集約されます。',
    '「まちは人がつくるものだ」\n地域づくりの出発点は、結局この言葉に尽きると思うんです。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    '「行政の情報は、市民のものである」\n元市長の古賀 一郎さんが、情報公開条例の制定時に語った言葉です。制度の原点は、この一言に尽きると思っています。',
    '「ありがとう」\n感謝の気持ちは、この一言に尽きます。',
    '今年の目標は「無事故」。この一言に尽きます。',
    '「ごみを減らせば、まちが変わる」\n本市の今年度のスローガンです。取り組みの思いは、この一言に尽きます。',
    '「柳川の水は、みんなの宝である」\n私たちの願いは、この一言に尽きます。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('quotation: a slogan met somewhere left vague (blind R440R-013 kind)', () => {
  const warned = (text: string) => findingsOf(quotation, text).filter((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    '「止まる勇気、ゆずる心」――ネットで見つけたスローガンですが、今月の掲示板に書いてみました。',
    '「早寝早起き朝ごはん」\n何かで聞いたこの合言葉、わが家でも続けています。',
    '『消したかな？あなたの心に火の用心』\nSNSで見かけたこの標語を、防火ポスターに使いました。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    '「かぶって守ろう、大切な命」\n本市の交通安全標語です。自転車に乗るときはヘルメットを着用しましょう。',
    '「止まる勇気、ゆずる心」\n市が決めた今年のスローガンです。どこかで見かけたら声をかけてください。',
    '「火の用心、マッチ一本火事のもと」\n昔からの標語を、今年も夜回りで呼びかけます。',
    '本市の交通安全標語「止まる勇気、ゆずる心」を掲示しています。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('quotation: a saying set alone, then praised as words in the next sentence (blind R441S-043 kind)', () => {
  const warned = (text: string) => findingsOf(quotation, text).filter((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    '「学ぶことは生きることだ」。初心を思い出させてくれるフレーズですね。',
    '「税は未来を育てる種である」――納める意味を改めて考えさせられる一言です。期限内の納付をお願いします。',
    '「人生は一度きりである」――昔ある偉人が残した、背中を押してくれる言葉です。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    '「窓口は市民のためにある」――市長が就任時に職員へ語った言葉です。',
    '「税は未来への投資である」――財務課長の田中が、説明会で語った言葉です。',
    '「税は社会の会費である」\n本市の広報紙で毎年使っている言葉です。',
    '「ありがとう」――感謝を伝える言葉です。',
    '今年の目標は「事故ゼロを続ける」です。大切な言葉です。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('quotation: words of someone the staff asked, with a word for how between (blind MN-016 kind)', () => {
  const warned = (text: string) => findingsOf(quotation, text).filter((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    '図書館で、司書さんに直接伺いました。\n答えは「返却ポストは夜間も使えますので、気軽に利用してくださいね」とのことでした。',
    '直売所で、生産者さんにさっそく聞いてみました！\n「今年のいちごは甘みが強くて、とびきりの出来なんですよ」とのこと。',
    '消防署の救急隊員さんにズバリ聞きました。\n「迷ったら、まず救急安心センターに電話して相談してくださいね」とのことです。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
  it.each([
    'ネットで見かけた、ある専門家さんにズバリ聞いてみたという記事です。\n答えは「献血は週に何度してもまったく問題ないと言われています」とのこと。',
    '先日、ある農家さんにズバリ聞いてみたという記事を読みました。\n「いちごは冷蔵庫に入れずに、常温で置いておくのが一番おいしいんです」とのこと。',
    'ある作家は「毎日を大切に生きましょう。人生は一度きりなのですから」と言いました。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
})

describe('quotation: a law named with its part before the words, or cited with its number after the sentence, is their source (blind MP-038 kind)', () => {
  const warned = (text: string) => findingsOf(quotation, text).filter((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    // The law and its part as the subject, the words called its sentence.
    'こども基本法の前文には、「全てのこどもが、将来にわたって幸福な生活を送ることができる社会の実現を目指す。」とあります。',
    // A charter as the subject, the words the sentence it opens with.
    '児童憲章は、「児童は、人として尊ばれる。児童は、社会の一員として重んぜられる。」という一文で始まります。',
    // The constitution's preamble and how it opens.
    '日本国憲法の前文は、「日本国民は、正当に選挙された国会における代表者を通じて行動し、」という書き出しです。',
    // The law's article as the subject, the words the sentence it opens with.
    '文化芸術基本法第1条は、「この法律は、文化芸術が人間に多くの恵みをもたらすものであることに鑑み、」という一文で始まります。',
    // A citation in brackets after the verb: the law, its part and its number.
    '読書週間にあわせて、「読書は、言葉を学び、感性を磨き、表現力を高め、創造力を豊かなものにする。」という一節を紹介します（子どもの読書活動の推進に関する法律 第2条／平成13年法律第154号）。',
    // …the law and its number alone.
    '敬老の日は「多年にわたり社会につくしてきた老人を敬愛し、長寿を祝う」日とされています（昭和23年法律第178号）。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
  it.each([
    // A law left unnamed.
    'ある法律の前文には、「全てのこどもが、将来にわたって幸福な生活を送ることができる社会の実現を目指す。」とあります。',
    // Another town's ordinance, left unnamed.
    '他市の条例の前文には、「わたくしたちは、水と緑を大切にし、美しく住みよいまちをつくりましょう。」と書かれていました。',
    // A law named only as a topic, the words someone's.
    '法律の話ではありませんが、「スポーツは、世界共通の人類の文化であり、誰もが楽しめるものだと思います。」という一文が心に残りました。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
})

describe('quotation: words whose owner is named before them stay sourced when the next sentence takes them up as these words (wave 92 review kind)', () => {
  const warned = (text: string) => findingsOf(quotation, text).filter((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    // An author and the part of their work.
    '与謝野晶子の『みだれ髪』の序文「ここに収めた歌は、わが若き日の心のありのままを映したものである。」。この一節を思い出しながら、秋の文学講座をご案内します。',
    // An office holder with の.
    '教育長の「子どもたちが安心して学べる学校を、地域のみなさんと一緒につくっていきたいと考えています」。その言葉どおり、今年度は見守り活動を広げます。',
    // A person with an honorific.
    '古賀先生の「水辺の生き物を守ることは、わたしたちの暮らしを守ることにつながっているのです」。この言葉に、参加した子どもたちも大きくうなずいていました。',
    // A work by its title and its part, no author.
    '『柳川の四季』の冒頭「この町の季節は、掘割の水面に映る光の色から始まるのだと、私は思っている。」。この一文のとおり、今朝の掘割も輝いていました。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
  it.each([
    // No owner anywhere.
    '『努力は必ず報われる。最後まであきらめずに続けることが大切なのだ』この言葉を胸に、受験生のみなさんを応援します。',
    '「誰一人取り残さない、やさしいまちをみんなでつくっていくことが大切なのです」。この言葉を胸に、今年度も取り組みます。',
    // An owner left vague, or a kind of person.
    'ある作家の「人生は一度きり、だからこそ毎日を大切にしなければならないのだと思います」。この言葉を胸に、今日も頑張ります。',
    '先輩の「仕事は段取りが八割、準備ができていれば本番は落ち着いてできるものなんだよ」。この言葉を胸に、今日も頑張ります。',
    // A vague book's part.
    'ある本の『はじめに』の冒頭「人生は一度きり、だからこそ毎日を大切にしなければならないのだと思います。」。この言葉を胸に、今日も頑張ります。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
})

describe('quotation: a saying set alone and told as said of old, with no quotative, in any quotes (blind wave 93, R451C-059 kind)', () => {
  const warned = (text: string) => findingsOf(quotation, text).filter((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    '『水を大切にする家に福が来る』 昔からそう言われていますね。今月も節水にご協力ください。',
    '“笑う門には福が来たる”。古くから言われていることですが、笑顔は健康にもつながるそうです。',
    '「食べてすぐ横になると体が重くなる」\n昔から言われている言葉ですが、食後の過ごし方にも気をつけたいものです。',
    '〝夜に爪を切ると縁起が悪い〟――昔から言い伝えられてきたことです。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    // named as a proverb, a place so called, said of a thing, not of a saying, a quotation inside a sentence
    '「早起きは三文の徳がある」。昔から言われていることわざですが、朝の散歩もおすすめです。',
    '「沖端の水天宮」は、昔から言われている柳川の名所です。',
    '「掘割の水を守る会」は、昔から地域で親しまれている団体です。',
    '健診の案内で「早めの受診が大切です」とお伝えしています。昔から言われていることですが、改めてお願いします。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('quotation: a maxim set off by a stop or a dash and agreed with, a public matter in it too (blind wave 93, R452D-021 kind)', () => {
  const warned = (text: string) => findingsOf(quotation, text).filter((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    '「まちは人がつくるものだ」――本当にその通りだと思います。今年も地域の清掃活動にご参加ください。',
    '“ごみは出す人のマナーが決める”。まさにそうだなと感じます。',
    '『みんなが使う場所は、みんなで守る』――つくづく名言だなぁと思います。',
    '「子どもは地域の宝である」。全く同感です。見守り活動の担い手を募集しています。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    // the city's own copy (柳川, safety), a question, a named author, words inside a sentence
    '「柳川のうなぎは日本一」――本当にその通りだと思います。',
    '「防災は日頃の備えから」――本当にその通りです。今月の防災訓練にご参加ください。',
    '「柳川の掘割は市民の誇り」。まさにその通りだと思います。',
    '「ごみは分けて出す」――本当にそうでしょうか？実は分別のルールは地域で違います。',
    '北原白秋の詩「からたちの花」の一節「からたちのとげはいたいよ」――本当にその通りだと思います。',
    '今年の目標は「ごみは分ければ資源」です。本当にその通りだと思います。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('quotation: remarks of a meeting the city held, received with を, and a voice drawn by its own survey told after it (blind wave 93, MR-018/MR-058 kinds)', () => {
  const warned = (text: string) => findingsOf(quotation, text).filter((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    '地域公共交通会議を開催しました。出席者の皆さんからは「バス停にベンチを置いて休めるようにしてほしい」「夜の便をもう少し増やしてほしい」などのご意見をいただきました。',
    '空き家対策協議会を開きました。委員からは、「空き家を地域の集いの場として活用する仕組みをもっと進めてほしい」との声を頂戴しました。',
    '参加団体の皆さまからは、「防災訓練に若い世代をもっと呼び込む工夫が必要だと思う」「情報共有の場を年に何度か設けてほしい」といったご提案をお寄せいただきました。',
    '「毎朝の散歩がすっかり習慣になって、体も軽くなりました」との声が、教室の参加者アンケートに多く寄せられました。',
    '「自分のペースで無理なく続けられたのがよかったです」と、教室を修了した方から声が届いています（2024年度 健康教室アンケート）。',
    '「体重が減って、階段を上るのがずいぶん楽になったと感じています」という感想が、令和6年度の受講者アンケートで多く聞かれました。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
  it.each([
    // a vague member, a survey left vague or read in a medium, a meeting's remark read in the paper
    'ある委員からは、「水路の柵は意味がないと専門家も言っていて、撤去すべきだと思う」とのご意見をいただきました。',
    '「この体操を続けたら腰痛がすっかり治って、薬もいらなくなりました」と、ネットのアンケートに声が寄せられていました。',
    '「この体操を続けたら腰痛がすっかり治って、薬もいらなくなりました」と、あるアンケートに声が寄せられていたそうです。',
    '新聞の投書欄で、委員からは「審議会の議論は形だけで、市民の声は届いていないと思う」との声をいただいたと紹介されていました。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
})

describe('quotation: words relayed as said by someone left vague, in any honorific (blind wave 94, R453E-014 kind)', () => {
  const warned = (text: string) => findingsOf(quotation, text).filter((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    '先日、ある先生は「子どもの睡眠がいちばん大切」とおっしゃっていました。',
    'とある研究者は「人口減少は避けられない」と話されていました。',
    '某教授も「このままでは財政がもたない」と語っていました。',
    '商店街の集まりで、ある経営者の方が「地方こそ挑戦の場だ」とおっしゃっていました。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    // ある as a verb (a place that has something), a named speaker, the post's own interview
    '歴史がある地区の方が「これからも伝統を守っていきたい」と話していました。',
    '駅前にある店の人は「人通りが増えてうれしい」と話していました。',
    '柳川高校の田中先生は「生徒の挑戦を応援したい」とおっしゃっていました。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('quotation: a poet named by a kana given name, and an owner\'s words agreed with after a dash (wave 94, FP kinds found by the lead)', () => {
  const warned = (text: string) => findingsOf(quotation, text).filter((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    '相田みつをの「つまづいたっていいじゃないか　にんげんだもの」という言葉があります。',
    '茨木のり子の「自分の感受性くらい自分で守ればかものよ」という一節を思い出します。',
    'まど・みちおの「ぞうさん　ぞうさん　おはながながいのね」という詩が好きです。',
    '金子みすゞの「こだまでしょうか、いいえ、誰でも」という一節が心に残ります。',
    '夏目漱石の「智に働けば角が立つ。情に棹させば流される」――まさにその通りだと思います。',
    '宮沢賢治の「世界がぜんたい幸福にならないうちは個人の幸福はあり得ない」――本当に同感です。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
  it.each([
    // kana after a kanji with no mark of a given name is no name; an owner left vague stays unnamed
    '子どもたちの「まちの未来は自分たちの手でつくりたい、そう強く思っています」という言葉を紹介します。',
    '思いやりの「相手の気持ちになって考えることが何よりも大切なのだと思います」という言葉を胸に。',
    'ある作家の「世界がぜんたい幸福にならないうちは個人の幸福はあり得ない」――本当にその通りだと思います。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
})

describe('quotation: a question the city is asked at times, and a promise made at the city\'s own class (wave 95, unof95b: R457J-025, R458K-023 kinds)', () => {
  const warned = (text: string) => findingsOf(quotation, text).filter((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    // a question residents put to the city, told as asked at times, then answered
    '「申請は平日しかできないって本当ですか」と聞かれることがありますが、土曜日の午前も窓口で受け付けています。',
    '「子ども医療費の助成は小学生までしか受けられないの？」というご質問をいただくことがあります。中学生まで対象です。',
    '「粗大ごみは自分で処理場に持ち込まないといけない」とたずねられることが多いのですが、戸別収集もご利用いただけます。',
    // a promise the participants made at the city's own class
    '防犯教室の最後に、子どもたちには「知らない人にはついていかない、すぐに大人に知らせる」と約束してもらいました。',
    '自転車教室では、参加した生徒全員で「ヘルメットを必ずかぶる、二人乗りはしない」と誓いました。',
    '環境学習の授業で、児童たちは「ごみを見つけたら拾う、家族にも伝える」と宣言してくれました。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
  it.each([
    // a saying said at times, a promise read in a medium, words of a vague author stay quotations
    '「人生は、自分が思っている以上に短いものだ、だから今を大切に」と言われることがあります。',
    '新聞の記事で、子どもたちが「ふるさとの海を、いつまでもきれいなまま未来へ残していきます」と約束したと読みました。',
    'ある作家は「約束とは、未来の自分に宛てて書く手紙のようなものだ」と書いています。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
})

describe('quotation: a vague someone\'s words told by a verb of grumbling or sighing (blind wave 95, R457J-046 kind)', () => {
  const warned = (text: string) => findingsOf(quotation, text).filter((f) => f.rule === 'quotation/no-source' && f.severity === 'warn')
  it.each([
    'ある農家さんが「今年の梅雨は長すぎて野菜が全然育たない」とぼやいていました。',
    'とある職人さんが『うちの工房も後継ぎがいなくて困っている』と漏らしていました。',
    '以前、ある旅館の女将さんは「週末しかお客さんが来ないのが悩み」と嘆いていました。',
    '先週、ある運送業者の方が「荷物の受け取り時間が短すぎて回りきれない」とこぼしていた。',
    // any noun with さん or 様 is a person, not only the listed ones
    'ある店主様も「柳川の夏祭りは年々にぎやかになっている」とおっしゃっていました。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    // ある as a verb, a speaker named, a voice received as an opinion, a spill with no words quoted
    '歴史がある酒蔵のご主人が「最近は若い人の日本酒離れが寂しい」とこぼしていました。',
    '柳川商工会の田中会長が「人手不足がいちばんの悩みです」とぼやいていました。',
    '先日、ある会合で田中さんが「人手不足がいちばんの悩みです」とこぼしていました。',
    '子どもがジュースをこぼしていました。ある業者さんが床をきれいに掃除してくれました。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})
