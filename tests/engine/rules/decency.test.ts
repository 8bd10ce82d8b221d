import { describe, expect, it } from 'vitest'
import { decency } from '../../../src/engine/rules/decency'
import { checkRules as check, findingsOf, summary } from '../helpers'
import { ORDINARY_NOTICES } from './ordinary'

/** [text, rule, severity] — a finding the text must have. */
type Case = [string, string, 'block' | 'warn']

describe('decency (4(2))', () => {
  const invalid: Case[] = [
    // Blind R414P-028 kind: alcohol given as the prize of a city campaign, survey, quiz or drive (after 抽選, もれなく, 先着)
    ['市民意識調査のアンケートにご協力ください！回答者の中から抽選で20名様に、地元酒造の焼酎セットが当たります🎁', 'decency/conduct', 'warn'],
    ['防災クイズに全問正解した方には、もれなく地ビール2本をプレゼント🍺 乾杯して備えよう！', 'decency/conduct', 'warn'],
    ['交通安全運動の期間中、ボランティアに参加された方の中から先着30名様に「筑後の地酒」をお贈りします。', 'decency/conduct', 'warn'],
    ['ゴミ拾いイベントに参加してくれた皆さんに、抽選でワイン1本を差し上げます🍷', 'decency/conduct', 'warn'],
    // Blind R415Q-016 kind: a named shop or bar giving a perk (a free drink, a dish, a discount) to whoever shows the city's post
    ['「居酒屋まるよし」さんでは、この投稿を見せるとハイボールが1杯無料になるそうです！ぜひ〜', 'decency/conduct', 'warn'],
    ['駅前の『カフェ・ミナモ』さん、市のインスタを見たと伝えればケーキを1個サービスしてくれます✨', 'decency/conduct', 'warn'],
    ['『焼き鳥とりまさ』さん、このページの画面を提示したら一品おまけしてくれるって！みんなもどうぞ', 'decency/conduct', 'warn'],
    ['「スナック灯」さん、この記事のスクショを見せたら乾杯ドリンク無料だって🍻', 'decency/conduct', 'warn'],
    // Blind R414P-052 kind: death by a hazard told with a flippant word for dying, or called an easy or happy end with a shrug
    ['ストーブの前で寝落ちしたら、そのままあの世行きですよ〜😇', 'decency/insensitive', 'warn'],
    ['お餅をよく噛まずに飲み込むと、コロッと逝っちゃうかもね〜', 'decency/insensitive', 'warn'],
    ['一酸化炭素はにおいがないので、気づいたらお陀仏です（笑）', 'decency/insensitive', 'warn'],
    ['熱中症で倒れても、眠るように死ねるなら幸せな最期かもですね😅', 'decency/insensitive', 'warn'],
    ['寝たばこしてたら、三途の川を渡ることになりますよ〜w', 'decency/insensitive', 'warn'],
    // Blind R418T-044 kind: death made a hazard's yardstick or punchline (死者が出るくらい, 霊柩車一直線, あの世ルート, 死亡フラグ) with a
    // laugh, a skull or a halo beside it
    ['花火大会の会場、暑すぎて死者が出そうなくらい💀 水分補給をお忘れなく', 'decency/insensitive', 'warn'],
    ['凍った橋でスリップしたら、即霊柩車一直線ですよ〜😇 冬用タイヤに替えましょう', 'decency/insensitive', 'warn'],
    ['堤防の上で自撮りして川に落ちたら、あの世ルート確定ですw', 'decency/insensitive', 'warn'],
    ['増水した用水路に近づくのは死亡フラグです（笑）', 'decency/insensitive', 'warn'],
    // Blind R420V-016 kind: an illness of the mind or memory worn as a joke label (仲間入り, っぽい, 予備軍確定) and laughed at, past a quote
    ['課長が同じ話を三回してて、それ完全に認知症の仲間入りですよって爆笑されてました😂', 'decency/insensitive', 'warn'],
    ['会議の日程をまたダブルブッキング…私、ADHDっぽいなーってみんなに笑われました🤣', 'decency/insensitive', 'warn'],
    ['鍵の置き場所を忘れすぎて、係のみんなと「うつ病予備軍確定」って言い合って大笑いw', 'decency/insensitive', 'warn'],
    // Blind R421W-006 kind: an outbreak's spread laughed at or cheered, the trade it brings called a boom with a laugh, catching it a windfall
    ['ノロウイルスが保育園で大流行中〜（笑） 先生たちも大変そう', 'decency/insensitive', 'warn'],
    ['係の半分がコロナで全滅ｗ 今日は少人数で窓口を回しています', 'decency/insensitive', 'warn'],
    ['手足口病が流行ってて、小児科さんは書き入れ時ですね🎉', 'decency/insensitive', 'warn'],
    ['風邪がはやってますが、感染しちゃったら堂々と有給使えてお得かもですね', 'decency/insensitive', 'warn'],
    ['溶連菌が学校で広がってるみたい。子どもにうつされたら、看病休暇でのんびりできてラッキーかも？', 'decency/insensitive', 'warn'],
    // Blind R423Y-044 kind: a disability of sight or hearing set beside the writer's trivial plight, or likened to it, with a laugh
    ['祖母は耳が遠いのですが、私も最近は会議の声がまったく聞こえません笑', 'decency/insensitive', 'warn'],
    ['停電の夜は真っ暗で、まるで全盲状態でしたｗ', 'decency/insensitive', 'warn'],
    ['手話講座で耳栓をしてみたら、耳の聞こえない人の気分を味わえました（笑）', 'decency/insensitive', 'warn'],
    ['ベートーベンは晩年耳が聞こえなかったそうですが、私も課長の話は何も聞こえません😂', 'decency/insensitive', 'warn'],
    // Blind R424Z-049 kind: old people's deaths joked about as a move to a branch of the afterlife, where faces are missing
    ['デイの利用者さん、今年は3人少なくて…あの世の老人会に移籍しちゃったかな👻', 'decency/insensitive', 'warn'],
    ['老人クラブの顔ぶれもだいぶ減りました。天国支部へお引っ越しかも（笑）', 'decency/insensitive', 'warn'],
    ['グラウンドゴルフ大会、常連さんの姿が見えないと思ったら、天国のほうに出張中かな😇', 'decency/insensitive', 'warn'],
    // Blind R420V-049 kind: a disaster's coming looked forward to or wished for, or shelter life called a treat to come
    ['非常食のカレーがおいしすぎて、停電になるのが待ち遠しいくらいです😋', 'decency/insensitive', 'warn'],
    ['備蓄倉庫がこれだけ充実してると、早く地震来いって思っちゃいます笑', 'decency/insensitive', 'warn'],
    ['防災キャンプ、みんなでテントを張ってワイワイ。避難所生活もむしろ楽しみになりました♪', 'decency/insensitive', 'warn'],
    ['台風が来てほしいなあ、学校が休みになるし😆', 'decency/insensitive', 'warn'],
    // Blind R415Q-039 kind: a quake or its simulation made entertainment: the shaking as the fun, a ride, the real one wished fun
    ['起震車の揺れ、まるで絶叫マシンみたいで子どもたちも大喜び🤣', 'decency/insensitive', 'warn'],
    ['防災訓練で震度6強を体験！揺れるたびにみんなで大爆笑でした笑', 'decency/insensitive', 'warn'],
    ['実際の地震もこんなふうに楽しめたらいいのにね〜', 'decency/insensitive', 'warn'],
    ['津波の映像体験、テーマパークのアトラクション並みの迫力でテンション上がった！', 'decency/insensitive', 'warn'],
    ['地震体験コーナー、ジェットコースターより楽しかったという声も😂', 'decency/insensitive', 'warn'],
    // Blind R409J-008 / R411L-045 kind: alcohol tied to a public act as its reward, prize or discount, or a drink urged after it
    ['期日前投票を済ませた方は、投票済証を見せると駅前のバー『ミズノ』でハイボールが半額になります🥃', 'decency/conduct', 'warn'],
    ['確定申告お疲れさまでした！申告を終えた方には、抽選で地元の焼酎をプレゼントします。', 'decency/conduct', 'warn'],
    ['特定健診を受けた方には、もれなく地ビール1本を進呈します！', 'decency/conduct', 'warn'],
    ['献血に協力してくれた方の中から抽選で10名様にワインセットが当たります🍷', 'decency/conduct', 'warn'],
    ['ワクチン接種、お疲れさまでした！今夜はビールで乾杯しましょう🍻', 'decency/conduct', 'warn'],
    // Blind R411L-018 kind: one named private business singled out: a personal pick, the cheapest, or its discount on a condition
    ['粗大ごみの回収は市では行っていません。私のイチオシは「クリーン筑後」さん。対応が早くて助かりますよ。', 'decency/conduct', 'warn'],
    ['エアコンの取り付けなら「ミヤタ電器」さんが一番安いです！', 'decency/conduct', 'warn'],
    ['屋根の修理は「古賀工務店」さんへ。市のページを見たと伝えれば5,000円引きになるそうです。', 'decency/conduct', 'warn'],
    ['葬儀のことなら「やながわ葬祭」さん、ここだけの話、料金もいちばん良心的ですよ。', 'decency/conduct', 'warn'],
    // Blind R424Z-021 kind: the named business or its goods ranked best by the writer, or its sale relayed with a push to go there
    ['子育てサロンのおやつは「ベーカリーこむぎ」さんのメロンパン。市内でいちばん美味しいと思ってます🍈', 'decency/conduct', 'warn'],
    ['「うなぎの若松屋」さんのせいろ蒸し、ここ以外考えられないくらい好きです。', 'decency/conduct', 'warn'],
    ['「花屋フローラ」さんでは週末まで鉢植えが半額だそうです。皆さんもぜひ覗いてみてください🌷', 'decency/conduct', 'warn'],
    ['「酒店まつお」さんは今月、全品1割引とのこと。\nぜひお店へ足を運んでみては？', 'decency/conduct', 'warn'],
    // Blind R411L-039 kind: the old slur for crematorium workers used of a job or a person, in any script
    ['火葬場のおんぼうさんたちに、今年も差し入れを持っていきました。', 'decency/discriminatory', 'block'],
    ['【募集】隠亡の補助業務（火葬炉の清掃など）、週3日から。', 'decency/discriminatory', 'block'],
    ['昔からこの町の隠坊を務めてきた家系だそうです。', 'decency/discriminatory', 'block'],
    // Blind R411L-054 kind: a cremation, the body or a funeral told with words of cooking or grilling, or a grill emoji on it
    ['火葬場で、ご遺体がこんがり焼けるまで待つ時間って長いよね😅', 'decency/insensitive', 'warn'],
    ['お骨になるまで約1時間、ウェルダンでお願いします（笑）', 'decency/insensitive', 'warn'],
    ['斎場の新しい火葬炉、火力が強くて焼き加減もばっちりです👍', 'decency/insensitive', 'warn'],
    ['火葬場、今日もフル稼働でバーベキュー状態🍖', 'decency/insensitive', 'warn'],
    // Blind R406F kinds: smokers called by a slur, a body shape (or a person named by it) made the thing to escape or set by a
    // pig, the old term for dementia used of a person, a habit's people judged weak in character
    ['喫煙所の前でたむろしてるヤニカスども、いい加減にしてほしい。', 'decency/discriminatory', 'block'],
    ['うちの課はヤニ中ばかりで、休憩のたびに席が空っぽです。', 'decency/discriminatory', 'block'],
    ['目指せぽっちゃり卒業！ウォーキング教室の参加者を募集します。', 'decency/lookism', 'warn'],
    ['この秋こそメタボさんから卒業！健康ポイントで楽しく運動しよう', 'decency/lookism', 'warn'],
    ['体重計に乗るのが怖い方も🐷 一緒に歩きましょう', 'decency/lookism', 'warn'],
    ['デイサービスの痴呆老人たちがまた大声を出している。', 'decency/discriminatory', 'block'],
    ['痴呆が入ったばあさんの相手は本当に疲れる。', 'decency/discriminatory', 'block'],
    ['タバコをやめられない人って、結局甘えてるだけですよね。', 'decency/stereotype', 'warn'],
    ['喫煙者はみんな自分に甘い人ばかりです。', 'decency/stereotype', 'warn'],
    // Blind R402B-016 kind: a family form judged as lifelong harm to the children, or as a thing to stop short of
    ['親の離婚は、子どもの心に一生残る傷になります。', 'decency/discriminatory', 'warn'],
    ['片親で育つ子は、一生その傷を背負って生きていくことになります。', 'decency/discriminatory', 'warn'],
    ['シングルマザーになる前に、どうか思いとどまってください。', 'decency/discriminatory', 'warn'],
    // Blind R403C-018 kind: an animal killed on the road likened to food or laughed at for its flatness
    ['道路で死んでいたタヌキ、完全に干物みたいになってました。', 'decency/insensitive', 'warn'],
    ['はねられたハトを回収。ぺしゃんこで思わず笑ってしまいました。', 'decency/insensitive', 'warn'],
    // Blind W16 kinds (R162I-R166I): deaths as a score or a silver lining, お迎え of the old, a sex's calling, looks and girth
    // teased, the old's age laughed at, a people's loudness, a faith's diet taunted, victims told ドンマイ, a flood as a swim,
    // men's zeal and gaze, swimsuits wished for, people as eye candy, a landlord's exclusion relayed, children said to go astray.
    // Blind R402B-030 kind: a slur with no innocent sense heading a kanji compound, in half-width kana too
    ['正直、ｷﾁｶﾞｲ運転の車が多すぎて通学路が怖い。', 'decency/discriminatory', 'block'],
    ['うちの係はガイジ枠の人が多くて仕事が回らない', 'decency/discriminatory', 'block'],
    // Blind R421W-038 kind: a listed slur spelt in mixed kana and kanji of the same sound (ガイ児, 害児, キチ害, 基地害, 知恵おくれ),
    // and a quoted one the account's own staff say as a habit (…って言っちゃう)
    ['あの利用者さん、正直ちょっと害児っぽいよね', 'decency/discriminatory', 'block'],
    ['ｶﾞｲ児みたいな運転をする車が多くて困ります', 'decency/discriminatory', 'block'],
    ['休憩室で「あの子キチ害みたい」ってつい言っちゃう職員もいるんです😓', 'decency/discriminatory', 'block'],
    ['あの家の子は知恵おくれだから、相手にしないほうがいい', 'decency/discriminatory', 'block'],
    ['基地害みたいな運転の車に煽られました', 'decency/discriminatory', 'block'],
    ['今月の水難事故の死者、これで5人目です…あと2人で過去最悪の記録に並んじゃう（汗）', 'decency/insensitive', 'block'],
    ['昨日の死亡事故で県道が通行止めです。\n回り道になりますが、その分ドライブを満喫してくださいね🚗', 'decency/insensitive', 'block'],
    ['敬老会の皆さん、米寿とは思えない元気さ！お迎えが来るのはまだまだ先ですね笑', 'decency/insensitive', 'warn'],
    ['看護師はやっぱり女の天職だと思います。', 'decency/discriminatory', 'warn'],
    ['会長さん、今日も頭のてっぺんが光ってまぶしいです笑 懐中電灯いらずですね', 'decency/lookism', 'warn'],
    ['浴衣の着付け体験、ベルトが閉まらん方は先にご相談を笑', 'decency/lookism', 'warn'],
    ['敬老会の日帰り旅行、平均年齢85歳ｗ 歩くのがゆっくりすぎて駅で渋滞しました', 'decency/stereotype', 'warn'],
    ['韓国からの団体さん、声の大きさで鼓膜が破れるかと思いました😂', 'decency/discriminatory', 'block'],
    ['交流会ではハラル料理は出しません。日本に来たなら郷に入っては郷に従え🐷', 'decency/discriminatory', 'block'],
    ['地震で被災した隣県のみなさん、ドンマイです笑', 'decency/insensitive', 'block'],
    ['豪雨の時みたいに、商店街が川にならないといいですね🏄', 'decency/insensitive', 'warn'],
    ['女子大生のボランティアさんが来ると、おじさんたちのテンションが違う笑', 'decency/sexual', 'warn'],
    ['チアのお姉さんたちの演技中、男性陣の視線はずっと太ももでした笑', 'decency/sexual', 'block'],
    ['看板娘のみんな、夏は水着撮影会をしてくれんかな〜😍', 'decency/sexual', 'block'],
    ['受付は女子大生のボランティアです。男性の皆さん、見とれて道を間違えないように♡', 'decency/sexual', 'warn'],
    ['この地区の家主さんは外国人の入居を嫌がる方が多いので、日本人のご夫婦なら借りやすいですよ。', 'decency/discriminatory', 'block'],
    ['母子家庭の子ほどどうしても荒れやすいので、早めにご相談ください。', 'decency/discriminatory', 'block'],
    ['忘年会の出し物はナチの軍服コスで登場しました', 'decency/insensitive', 'warn'],
    // Blind W18 kinds (R171I-R173I): homes swept away savoured after an intensifier (ちょっとエモかった), a burst pipe or a caved-in
    // road laughed at, a wrong's rise put down to a group's rise, the neighbours' fear of a group's home sided with by a concession,
    // a staff member's body praised with the pleasure of seeing them, a district hinted at by a demonstrative and askers steered away.
    ['豪雨で流されていく車、なんかエモかったです', 'decency/insensitive', 'block'],
    ['大雨で流されてく小屋がゆらゆらして、めっちゃエモい', 'decency/insensitive', 'block'],
    ['配水管の破裂で交差点が噴水状態ｗ', 'decency/insensitive', 'block'],
    ['道路が陥没して車がはまってたｗｗ', 'decency/insensitive', 'block'],
    ['ポイ捨てが目立つようになったのは、留学生が住み始めてからだと思います。', 'decency/discriminatory', 'block'],
    ['最近、空き巣が増えたのは中国人が多くなったせいでしょう。', 'decency/discriminatory', 'block'],
    ['グループホームの件、近隣の住民から「なんだか怖い」という声があるそうで、その気持ちも分からんでもないです。', 'decency/discriminatory', 'block'],
    ['受付のお姉さん、くびれがきれいすぎて窓口に行くのが楽しみ😍', 'decency/lookism', 'block'],
    ['図書館の職員さん、顔がかわいすぎて通いたくなる♡', 'decency/lookism', 'block'],
    ['不動産屋さんに「あの辺りはそういうところだから」と言われ、別の物件を紹介されました。', 'decency/discriminatory', 'block'],
    ['空き家バンクでは、あの集落はああいう土地柄なので、ほかの地区をご紹介しています。', 'decency/discriminatory', 'block'],
    // Blind W17 kinds (R167I-R170I): a storm's wreckage made art, a sex as the reason to go easy, staff's dress savoured, shops of
    // Japanese preferred over a foreign group's, a workplace typed by sex, a hostess's task asked of women staff, the old's gathering
    // called a care home, men staring at swimwear, a flood made a boat ride, the column of death notices laughed at.
    ['大雨のあと、流れてきた倒木が川に刺さってて現代美術みたいでした', 'decency/insensitive', 'warn'],
    ['台風で剥がれたトタン屋根がぐにゃっと曲がってて、逆に映える✨', 'decency/insensitive', 'warn'],
    ['窓口の担当は女性職員ですので、お手柔らかにお願いします😅', 'decency/stereotype', 'warn'],
    ['今回の司会は若い女の子なので、多少のミスは大目に見てくださいね', 'decency/stereotype', 'warn'],
    ['窓口の職員さんたちの制服姿、たまりません…😍', 'decency/lookism', 'block'],
    ['ベトナム人の店員さんのお店はちょっと心配なので、日本人の店を選ぶのがおすすめです', 'decency/discriminatory', 'block'],
    ['消防団の詰所はむさくるしい男の世界なので、女の人には入りにくいかも笑', 'decency/stereotype', 'warn'],
    ['漁港は荒っぽい男衆の仕事場やけん、女の子には無理やね', 'decency/stereotype', 'warn'],
    ['女性職員のみなさんはお酌もよろしくお願いします', 'decency/discriminatory', 'warn'],
    ['役員会に出たら高齢の方ばかりで、ここはデイサービスかな？と思いました笑', 'decency/stereotype', 'warn'],
    ['水着ショーの審査員のおじさんたち、ずっとガン見してました', 'decency/sexual', 'warn'],
    ['ビキニのお姉さんの前で、男性スタッフたちはジロジロ見すぎて仕事になりません🤤', 'decency/sexual', 'block'],
    ['豪雨で商店街が運河みたいに🛶 ベネチア気分が味わえます笑', 'decency/insensitive', 'warn'],
    ['台風で道路が冠水して、町じゅうがボート乗り場状態に🚣', 'decency/insensitive', 'warn'],
    ['お悔やみ欄、今月はえらく長いですね。みんな寒さにやられたかな😂', 'decency/insensitive', 'warn'],
    // a group's supposed tendency to misbehave, stated as fact
    ['外国籍の住民が増えた地区では、どうしてもごみ出しのルールが守られなくなる傾向があります。', 'decency/discriminatory', 'block'],
    ['ひとり親家庭のお子さんは、どうしても読書習慣が身につきにくい傾向があるようです。', 'decency/discriminatory', 'block'],
    ['生活保護を受けとる人は、働かん傾向が強かごたるですね。', 'decency/discriminatory', 'block'],
    ['実習生の多いアパートは、夜遅くまで騒ぎがちです。', 'decency/discriminatory', 'block'],
    ['外国人が多く住む地区は空き家が荒れやすいので、入居者選びには注意しましょう。', 'decency/discriminatory', 'block'],
    ['北部の集落の方々は昔から気性が荒いと言われておりますが、今回の清掃活動には多くの方にご協力いただきました。', 'decency/discriminatory', 'warn'],
    ['生活保護を受給されている方も、働く意欲さえあれば参加できる就労セミナーです。', 'decency/discriminatory', 'warn'],
    ['家計を預かる主婦の皆様、必見の節約講座です。男性の方は、ぜひ奥様にお伝えください。', 'decency/discriminatory', 'warn'],
    ['浴衣の女の子たち、今年も眼福でした🙏💕 来年はもっと露出多めでお願いしま〜す🤭', 'decency/sexual', 'block'],
    ['ミス柳川の3人、今年はスタイル抜群です。水着審査がないのが残念（笑）', 'decency/sexual', 'block'],
    ['最近は外国人観光客も増えましたが、ゴミのポイ捨てが増えたのもそのせいかもしれませんね。', 'decency/discriminatory', 'warn'],
    ['防災訓練の炊き出しは、やはりお母さん方の出番ですね。男性陣は力仕事をお願いします！', 'decency/discriminatory', 'warn'],
    ['着ぐるみの中の人が女子大生だったので、思わず抱きついちゃいました♡ いい匂いでした', 'decency/sexual', 'block'],
    ['高齢ドライバーの皆さん、ブレーキとアクセルの区別はつきますか？自信のない方は運転しないでくださいね（笑）', 'decency/discriminatory', 'block'],
    ['中国人の団体客が増えて騒がしくなりましたが、川下りは今日も通常運航しています。', 'decency/discriminatory', 'block'],
    ['料理教室は、家事が得意な女性の皆さん向けに企画しました。', 'decency/discriminatory', 'warn'],
    ['掘割清掃ボランティア募集！力仕事は男性の皆さん、女性の皆さんは受付とお茶出しをお願いします。', 'decency/discriminatory', 'warn'],
    ['今年のミス柳川の3人はスタイル抜群！水着姿も見てみたいですね♡', 'decency/sexual', 'block'],
    ['うなぎは精がつく！今夜はご夫婦で“お楽しみ”くださいね♡', 'decency/sexual', 'block'],
    ['外国人の方は時間にルーズなことが多いので、集合時間は少し早めにお伝えしています。', 'decency/discriminatory', 'block'],
    // A stereotype the city relays in order to answer it (という声, との苦情, と言われ): repeated, not asserted — a second
    // look; an exclusion in the same sentence still blocks on its own.
    ['外国人観光客のマナーが悪いという声がありますが、多言語の案内板を設置しました。', 'decency/discriminatory', 'warn'],
    ['中国人はうるさいとの苦情が寄せられています。', 'decency/discriminatory', 'warn'],
    ['実習生の方はごみ出しのルールを守らないといったご意見をいただき、やさしい日本語のチラシを作りました。', 'decency/discriminatory', 'warn'],
    ['外国人観光客のマナーが悪いという声が多いため、外国人の方の乗船はお断りします。', 'decency/discriminatory', 'block'],
    // Rights called premature, a group set against "ordinary people", a job by sex, an occupation held unworthy, looks graded, innuendo, 部落 in marriage, marital jokes.
    ['同性カップルの制度なんて、柳川みたいな田舎にはまだ早いですよね。', 'decency/discriminatory', 'block'],
    ['障害者用の駐車スペース、どうせいつも空いてるんだから、普通の人が使ってもいいと思いませんか？', 'decency/discriminatory', 'warn'],
    ['やっぱり受付は若い女性のほうが、来庁者の反応がいいですね。', 'decency/discriminatory', 'warn'],
    ['夜のお店で働いている人にまで給付金を出す必要が、本当にあるんでしょうか。', 'decency/discriminatory', 'block'],
    ['ミスさげもんの候補の皆さん、今年はちょっと顔面レベルが控えめかも😅', 'decency/lookism', 'block'],
    ['川下りの船頭さんの竿さばき、夜もすごいらしいですよ♡', 'decency/sexual', 'block'],
    ['あの地区の出身者との結婚に親が反対するのも、まあ無理はないですよね。', 'decency/discriminatory', 'block'],
    ['40過ぎて独身の職員ばかりのこの課にこそ、婚活イベントが必要かもしれません（笑）', 'decency/discriminatory', 'warn'],
    // A group mocked when addressed, judged unable, praised for managing despite itself; roles by sex; 部落 as a reason; marital status; a body type kept out.
    ['高齢ドライバーの皆さ〜ん、アクセルとブレーキ、間違えないでね😂 #交通安全', 'decency/discriminatory', 'block'],
    ['お年寄りにはスマホでの電子申請は無理でしょうから、窓口へお越しください。', 'decency/discriminatory', 'block'],
    ['障害者なのに一生懸命働いていて感動しました！', 'decency/discriminatory', 'block'],
    ['料理教室はやっぱり女性の仕事！奥さまたちの腕の見せどころです', 'decency/discriminatory', 'block'],
    ['あの地区は昔から部落だったので、土地が安いんですよ。', 'decency/discriminatory', 'block'],
    ['独身の職員ばかりなので、婚活イベントに強制参加させます（笑）結婚できない人はこの機会に！', 'decency/discriminatory', 'warn'],
    ['ぽっ\u200bちゃりさんには着物は似合わないので、今年のレンタルはSサイズのみです', 'decency/discriminatory', 'block'],
    ['浴衣美人の胸元にも注目です👀 夏祭りは今夜！', 'decency/sexual', 'block'],
    // A group treated as a bother to others, kept apart, or praised with surprise; 同和地区 as a reason.
    ['同性カップルの方は、他のお客様の目もありますので、貸切プランのご利用をおすすめします。', 'decency/discriminatory', 'block'],
    ['障がいのある方は、他のお客様のご迷惑になりますので、介助者なしでの乗船はご遠慮ください。', 'decency/discriminatory', 'block'],
    ['韓国の団体客の方は、予約なしでうなぎ屋さんに押しかけないでください。', 'decency/discriminatory', 'block'],
    ['障がい者の方が作ったとは思えないクオリティです！ぜひご覧ください。', 'decency/discriminatory', 'block'],
    ['外国人の方はご遠慮ください。', 'decency/discriminatory', 'block'],
    ['あの地区は昔から同和地区だから、空き家が安いのも当然ですよね。', 'decency/discriminatory', 'block'],
    ['ひとり親家庭の子どもは非行に走りやすいので、地域で見守りましょう。', 'decency/discriminatory', 'block'],
    ['体の大きい方が座ると舟が傾くので、前の方に座ってくださいね😂', 'decency/discriminatory', 'block'],
    // blind R225R-033 kind: a fee for two made a joke of a body
    ['ぽっちゃりさんには2席分の料金でご案内するプランもあります（笑）', 'decency/discriminatory', 'block'],
    // Staff or people looked at: 目の保養 after the sentence that names them; wet clothes seen through.
    ['白秋祭では女性職員が浴衣で接客します！目の保養にどうぞ♡', 'decency/sexual', 'block'],
    ['新人の女の子たちが体を張って海苔すき体験に挑戦！濡れて💦透けちゃうかも？', 'decency/sexual', 'block'],
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
    ['かわいい職員がお出迎えします', 'decency/lookism', 'block'],
    // Relayed as a consultation or a voice still heard: a second look (warn), not a block.
    ['外国人の入居をお断りする物件が多いという相談が寄せられています。', 'decency/discriminatory', 'warn'],
    ['あの集落は部落だから、と言う人がまだいます。', 'decency/discriminatory', 'warn'],
    // …but agreed with, acted on, or a service withheld from a group blocks as before.
    ['外国人には貸したくないという声もありますが、無理もないですね。', 'decency/discriminatory', 'block'],
    ['外国人の方は分別ルールを守らない傾向があるため、外国語版の分別表の配布は行っておりません。', 'decency/discriminatory', 'block'],
    ['市営住宅の同居親族の要件を、ホ〇カップルにまで広げる必要が本当にあるのか疑問です。', 'decency/discriminatory', 'block'],
    ['レ〇同士で住むなんて、ちょっと考えられません。', 'decency/discriminatory', 'block'],
    ['床上浸水した地区の皆さん、家の中でも川下り気分が味わえますね。', 'decency/insensitive', 'warn'],
    ['停電が続く地区の皆さん、キャンプ気分で乗り切りましょう！', 'decency/insensitive', 'warn'],
    ['高齢者はトラブルが多いので窓口では職員が付き添います。', 'decency/discriminatory', 'block'],
    ['外国人の住民は近所とのトラブルが多い傾向があります。', 'decency/discriminatory', 'block'],
    // Held-out kinds, new wording: a protected group excluded through a noun phrase, in every politeness form, a reason
    // given (安全確保のため, 理解が遅いので) or not; 日本人限定; 部落 discrimination as advice; sexual words said of people.
    ['安全確保のため、車いすの方の川下り乗船はお断りしております。', 'decency/discriminatory', 'block'],
    ['台湾からのお客様のご予約はお受けできません。', 'decency/discriminatory', 'block'],
    ['当館では外国籍の方のご宿泊をお断りしています。', 'decency/discriminatory', 'block'],
    ['韓国人団体客お断りの飲食店を観光協会で紹介します。', 'decency/discriminatory', 'block'],
    ['ベトナム人実習生の方の入居は受け付けておりません。', 'decency/discriminatory', 'block'],
    ['日本人限定のツアーです。', 'decency/discriminatory', 'block'],
    ['日本人以外のお客様はご入店いただけません。', 'decency/discriminatory', 'block'],
    ['ジャパニーズ オンリーのお店です', 'decency/discriminatory', 'block'],
    ['ご高齢の方は説明の理解が遅いので、スマホ教室への参加はご遠慮願います。', 'decency/discriminatory', 'block'],
    ['障害をお持ちの方は危ないから、ボート体験には参加できません。', 'decency/discriminatory', 'block'],
    ['七十歳以上の方のご参加はお断りいたします。', 'decency/discriminatory', 'block'],
    ['目の見えない方の入館はご遠慮をお願いしております。', 'decency/discriminatory', 'block'],
    ['外国の方は言葉が通じないので、参加はご遠慮いただいています。', 'decency/discriminatory', 'block'],
    ['ゲイのカップルの宿泊はお受けしておりません。', 'decency/discriminatory', 'block'],
    ['中国人観光客はマナーが悪いけん入店不可にしとる', 'decency/discriminatory', 'block'],
    ['家を買う前に、同和地区かどうか確認しておくと安心です。', 'decency/discriminatory', 'block'],
    ['結婚相手の出身地は事前に調べておいた方がいいですよ。', 'decency/discriminatory', 'block'],
    ['部落がどこにあるか、地元の人に聞いておくといいです。', 'decency/discriminatory', 'block'],
    ['採用の前に応募者の本籍をしっかり確認しましょう。', 'decency/discriminatory', 'block'],
    ['女子高生の浴衣姿がそそるね。', 'decency/sexual', 'block'],
    ['参加者の奥様方が色っぽくて最高でした。', 'decency/sexual', 'block'],
    ['セクシーな女子大生が案内してくれる川下り！', 'decency/sexual', 'block'],
    ['生徒たちの水着姿、色気がすごい', 'decency/sexual', 'block'],
    ['外 国 人 の 方 の 利 用 は お 断 り', 'decency/discriminatory', 'block'],
    ['ﾌｨﾘﾋﾟﾝ人の方の乗船はお断りです', 'decency/discriminatory', 'block'],
    ['８０歳以上の方はご参加いただけません', 'decency/discriminatory', 'block'],
    // … other groups and activities: 入園できません, 入居は不可, 採用はいたしません, 対象外とさせていただきます, 入店NG.
    ['同性カップルは当ホテルの宿泊プランの対象外とさせていただきます。', 'decency/discriminatory', 'block'],
    ['LGBTの方の入会はお断りいたします。', 'decency/discriminatory', 'block'],
    ['精神障害のある方の応募はご遠慮ください。', 'decency/discriminatory', 'block'],
    ['知的障がいのある子どもは、他の子の迷惑になるので参加できません。', 'decency/discriminatory', 'block'],
    ['お年寄りは動きが遅いので、朝市には来ないでいただきたい。', 'decency/discriminatory', 'block'],
    ['女性は体力がないので、消防団への入団はお断りしています。', 'decency/discriminatory', 'block'],
    ['女性の方の乗船はご遠慮いただいております。', 'decency/discriminatory', 'block'],
    ['生活保護を受けている方の入居はお断りしています。', 'decency/discriminatory', 'block'],
    ['ひとり親家庭の方の申し込みは受け付けておりません。', 'decency/discriminatory', 'block'],
    ['HIV感染者の方の利用はご遠慮いただいております。', 'decency/discriminatory', 'block'],
    ['在日の方の採用はいたしません。', 'decency/discriminatory', 'block'],
    ['あの地区の出身者は採用しない方がいい。', 'decency/discriminatory', 'block'],
    ['ブラジル人の子どもは入園できません。', 'decency/discriminatory', 'block'],
    ['ネパール出身の方のアパート入居は不可です。', 'decency/discriminatory', 'block'],
    ['中国籍の方はご予約いただけません。', 'decency/discriminatory', 'block'],
    ['アジア系のお客様、入店NGです', 'decency/discriminatory', 'block'],
    ['障害児の入場はお断りします', 'decency/discriminatory', 'block'],
    ['外国人の方には部屋を貸さない方針です。', 'decency/discriminatory', 'block'],
    ['彼女の浴衣姿、めっちゃセクシーやん', 'decency/sexual', 'block'],
    ['女子中学生の体操着姿がたまらない', 'decency/sexual', 'block'],
    // … a prejudiced reason with the exclusion (犯罪を起こしやすいので, 手がかかるので), a district hinted at.
    ['あの辺りは昔そういう地域だったので、家を買うのはやめておいた方がいいです。', 'decency/discriminatory', 'block'],
    ['縁談の前に相手の家の出身地区を確認しておくのが常識です。', 'decency/discriminatory', 'block'],
    ['同和地区の物件は避けたほうが無難です。', 'decency/discriminatory', 'block'],
    ['外国人が増えると治安が悪くなるので、受け入れには反対です。', 'decency/discriminatory', 'block'],
    ['障害者を雇うと手がかかるので、採用は見送ります。', 'decency/discriminatory', 'block'],
    ['LGBTの人は子どもに悪影響なので、図書館の本は撤去します。', 'decency/discriminatory', 'block'],
    ['お年寄りは話が長いので、窓口では早めに切り上げてください。', 'decency/discriminatory', 'block'],
    ['女の子は理系に向いていないので、ロボット教室は男子向けです。', 'decency/discriminatory', 'block'],
    ['車いすの方は他のお客様の迷惑になるので、ご来店をお控えください。', 'decency/discriminatory', 'block'],
    ['外国人労働者は犯罪を起こしやすいので注意してください。', 'decency/discriminatory', 'block'],
    // … half-width and spaced spellings, more politeness forms, sexual words said of students.
    ['ﾌﾞﾗｼﾞﾙ人のお客様はご遠慮ください', 'decency/discriminatory', 'block'],
    ['外国人の方は、ご入場いただけません。', 'decency/discriminatory', 'block'],
    ['外国人のお客様の宿泊は、原則お断りさせていただいております。', 'decency/discriminatory', 'block'],
    ['高齢者の方の参加は控えていただくようお願いします。', 'decency/discriminatory', 'block'],
    ['障害のある方の参加は想定しておりませんので、ご遠慮ください。', 'decency/discriminatory', 'block'],
    ['女子高生の制服姿、なかなか色っぽいですね', 'decency/sexual', 'block'],
    ['JKの浴衣、そそられる', 'decency/sexual', 'block'],
    ['参加した女子大生の脚がエロすぎ', 'decency/sexual', 'block'],
    ['新入生の女の子たち、みんなセクシーで最高', 'decency/sexual', 'block'],
    ['中 国 人 観 光 客 お 断 り', 'decency/discriminatory', 'block'],
    // … 限定 to people without a disability, hiring by sex.
    ['ボランティアは健常者の方限定です。', 'decency/discriminatory', 'block'],
    ['障害のない方に限ります。', 'decency/discriminatory', 'block'],
    ['事務補助は男性のみ採用します。', 'decency/discriminatory', 'block'],
    ['受付スタッフは女性限定で求人中です', 'decency/discriminatory', 'block'],
    // Round 9a kinds, new wording (standard, keigo, 筑後弁, casual). Levity about a fire, an accident or a death.
    ['昨夜、三橋で住宅が全焼したそうです。消防車いっぱいで逆に映えてた📸', 'decency/insensitive', 'block'],
    ['川で溺れた子がいたらしいけど、ニュースになっててウケる🤣', 'decency/insensitive', 'block'],
    ['国道の衝突事故、渋滞すごすぎて草', 'decency/insensitive', 'block'],
    ['高齢の男性が亡くなられたとのことです😂 皆さんもお気をつけて', 'decency/insensitive', 'block'],
    ['台風で倉庫の屋根が崩落したって！テンション上がるばい🙌', 'decency/insensitive', 'block'],
    // A job given to one sex categorically; young women valued for pleasing.
    ['お茶出しはやっぱり女の子に限るばい。', 'decency/discriminatory', 'block'],
    ['司会はやっぱり女性じゃないと華がありませんね。', 'decency/discriminatory', 'block'],
    ['力仕事は男じゃなきゃ務まらんけん、よろしく。', 'decency/discriminatory', 'block'],
    ['女性はやっぱり受付が似合いますね。', 'decency/discriminatory', 'block'],
    ['若い女性が受付におると、来庁者の皆さんも喜ばれますね。', 'decency/lookism', 'warn'],
    ['若いお姉さんが来ると船頭さんたちが張り切るとですよ😊', 'decency/lookism', 'warn'],
    ['窓口に若い娘さんが座っていると、お客様のご機嫌もよろしいようです。', 'decency/lookism', 'warn'],
    // Crime tied to a group's arrival, in the sentence or the next.
    ['最近は留学生が増えたせいか、駅前の夜道が少し怖くなりました。', 'decency/discriminatory', 'block'],
    ['ベトナム人が住み始めてから、空き巣が増えとるごたる。', 'decency/discriminatory', 'block'],
    ['外国人労働者が入ってきて治安が心配という方も多かです。', 'decency/discriminatory', 'block'],
    // A people's character blamed.
    ['マナーが悪かとは、まあお国柄やけんしょうがなかです。', 'decency/discriminatory', 'block'],
    ['時間を守らんとは民族性だから仕方ないですね。', 'decency/discriminatory', 'block'],
    ['あの国の人は民度が低いけん困ります。', 'decency/discriminatory', 'block'],
    // A group's noise or rubbish called a burden (大陸 as a euphemism too).
    ['大陸からの観光客には、ごみの出し方で手を焼いとります。', 'decency/discriminatory', 'block'],
    ['中国からの団体客のマナーには、船頭一同うんざりしております。', 'decency/discriminatory', 'block'],
    ['外国人観光客の大声には本当に困っています。', 'decency/discriminatory', 'block'],
    // People of a religion, a nationality said to be avoided (the group may be named in the sentence before).
    ['モスクに通う人たちには、関わらんほうがよかですよ。', 'decency/discriminatory', 'block'],
    ['在日の方とは、正直あまり関わらないほうが無難です。', 'decency/discriminatory', 'block'],
    ['信者さんが勧誘に来ても、目を合わせないようにしてくださいね。', 'decency/discriminatory', 'block'],
    ['新興宗教の人たちは正直うさんくさかです。', 'decency/discriminatory', 'block'],
    // Prejudice condoned.
    ['国籍が違う方との結婚に、ご両親が反対されるのも当然かと思います。', 'decency/discriminatory', 'block'],
    ['障がいのある方の入居を大家さんが嫌がるのも、わからんでもなかです。', 'decency/discriminatory', 'block'],
    ['ご近所の方が同和地区の出身かどうか気にするのも仕方がないことです。', 'decency/discriminatory', 'block'],
    // Care for a group called unfair.
    ['外国人ばっかり優遇されとるって、正直同感です。', 'decency/discriminatory', 'warn'],
    ['生活保護の方だけ医療費がタダなんて不公平ですよね。', 'decency/discriminatory', 'warn'],
    ['障がい者の駐車場が優先なのはずるいという声、一理あると思います。', 'decency/discriminatory', 'warn'],
    // A person called abnormal.
    ['毎朝ロビーで独り言を言いよる方、ちょっと普通じゃなかですよね。', 'decency/discriminatory', 'warn'],
    ['あの利用者さん、頭がおかしいっちゃなかろうか。', 'decency/discriminatory', 'warn'],
    ['隣の席のおじさん、どこか変わっとると思います。', 'decency/discriminatory', 'warn'],
    // Sexual minorities said not to exist here.
    ['同性パートナーの登録、うちの町ではそういう方はいませんよね笑', 'decency/discriminatory', 'block'],
    ['LGBTとか言われても、この辺にはそういった人たちはおらんけんね。', 'decency/discriminatory', 'block'],
    ['パートナーシップ制度ができても、ああいう人はこの辺には少なかろうね😂', 'decency/discriminatory', 'block'],
    // Welfare recipients seen gambling (dialect forms of receiving).
    ['生活保護をもらっとる人が昼間から酒を飲んどるのを見ると複雑です。', 'decency/discriminatory', 'block'],
    ['受給者の方が競艇場にいらっしゃるのを見かけました。', 'decency/discriminatory', 'block'],
    ['保護費を受けとる人がパチスロ三昧って、どうなんでしょうね。', 'decency/discriminatory', 'block'],
    // Old age as a duty to give up driving; older drivers called dangerous.
    ['八十を超えたら運転はやめるべきです。', 'decency/discriminatory', 'block'],
    ['お年寄りは免許を早く返すのが当たり前やろ。', 'decency/discriminatory', 'block'],
    ['シニアの方は、ハンドルを手放すのが世のためですよ。', 'decency/discriminatory', 'block'],
    ['高齢者の運転は正直危なっかしいけん、怖かです。', 'decency/discriminatory', 'block'],
    // Stereotypes (warn).
    ['女子力高めのあなたにおすすめ！', 'decency/stereotype', 'warn'],
    ['方向音痴の女性でも迷わない！散策マップができました', 'decency/stereotype', 'warn'],
    ['ぽっちゃりさんでも安心！どんこ舟は定員たっぷり🐷', 'decency/stereotype', 'warn'],
    ['女性でも簡単に使えるアプリです', 'decency/stereotype', 'warn'],
    // A group addressed is still read when named again as the subject, sneered at, or described in the third person (round 71).
    ['留学生の皆さん、皆さんは日本語が分からないので、説明会には参加できません。', 'decency/discriminatory', 'block'],
    ['留学生の皆さん、どうせ日本語は分からないでしょうから、英語の資料を置いておきます。', 'decency/discriminatory', 'block'],
    ['留学生は日本語が分からないので、説明しても無駄です。', 'decency/discriminatory', 'block'],
    ['高齢者はスマホの操作が分からないので、家族が代わりに申請してください。', 'decency/discriminatory', 'block'],
    // Blind R146I/R147A: an injury brushed aside for the event's success or cheer, a fraud victim sneered at, an illness's death told
    // with laughter, death wished on the readers as a joke, the old called ボケた年寄り while an act (not the word) is told to stop.
    ['火の粉で観客2人がやけどしちゃいましたが、最高のフィナーレでした🎆🎆 来年はもっと近くで打ち上げます！', 'decency/insensitive', 'warn'],
    ['【収集車だより】\n昨日、収集作業中の職員が回転板に手を挟まれ、指を切断する大けがをしました。\nでも今日も収集車は元気に走ります♪ ブーンブーン🚛💨', 'decency/insensitive', 'warn'],
    ['花火大会で見物客3人が軽いやけどをしましたが、大盛況でした🎉', 'decency/insensitive', 'warn'],
    ['昨日のイベントで参加者が転んで骨折しちゃいました😅 でも今日も元気に営業します♪', 'decency/insensitive', 'warn'],
    ['作業員が重傷を負いましたが、工事は予定どおり完了🎊 みなさんお楽しみに！', 'decency/insensitive', 'warn'],
    ['大和町の高齢男性がオレオレ詐欺で1000万円だまし取られたそうです。お気の毒さまｗ 皆さんは気をつけて！', 'decency/insensitive', 'block'],
    ['特殊詐欺で80万円だまし取られた方がいたそうです笑 みなさんも気をつけて', 'decency/insensitive', 'block'],
    ['空き巣に入られた家、ご愁傷さまｗ', 'decency/insensitive', 'block'],
    ['還付金詐欺に騙されちゃったおじいちゃん😂 自業自得かな', 'decency/insensitive', 'block'],
    ['狂犬病って発症したら超苦しんで死ぬらしいｗ みんな注射行こ', 'decency/insensitive', 'warn'],
    ['エボラ出血熱って感染したら血を吐いて死ぬんだって笑', 'decency/insensitive', 'warn'],
    ['破傷風にかかると苦しんで死亡することもあるらしいｗｗ', 'decency/insensitive', 'warn'],
    ['熱中症で死ぬ人もいるらしいよ😂', 'decency/insensitive', 'warn'],
    ['市営墓地、今なら空きあります！入りたい人は早めに死んでね💀ｗ', 'decency/insensitive', 'block'],
    ['納骨堂の予約受付中です。希望者は早く死んでくださいね笑', 'decency/insensitive', 'block'],
    ['みなさん、さっさと死んでね〜ｗ 霊園の区画まだ空いてます', 'decency/insensitive', 'block'],
    ['ボケた年寄りに運転させるのはやめましょう。早く免許を取り上げて。', 'decency/discriminatory', 'block'],
    ['ボケた老人に車を運転させるのはやめてください。', 'decency/discriminatory', 'block'],
    ['呆けた爺さんに店番させるのはやめとけ。', 'decency/discriminatory', 'block'],
    // Blind FDE kinds (KU-054, KV-014, KV-039): the bounds of three clean readings below; the children themselves feared, a staff
    // member's legs, sayings on a line of their own that the next line says are not harassment.
    ['最近の子どもは何をするかわからないから怖い。', 'decency/stereotype', 'warn'],
    ['新人の受付さん、脚がきれいすぎて見とれました', 'decency/lookism', 'block'],
    ['「結婚はまだ？」「女のくせに生意気」\nこれはセクハラにはなりません。', 'decency/discriminatory', 'block'],
    // Blind R418T-010 / R420V-003 kind: an alcoholic drink as a prize in any post of the city's account (a follow giveaway, a
    // festival's bingo or lottery, a shopping street's 景品, a hashtag campaign), whatever the occasion
    ['新春お年玉企画！このアカウントをフォローしてくれた方の中から抽選で10名様に、地元の焼酎をお届けします🎍', 'decency/conduct', 'warn'],
    ['夏祭りのビンゴ大会、1等はなんとクラフトビール1ケースが当たる！', 'decency/conduct', 'warn'],
    ['秋の収穫祭の福引きでは、赤ワインも当たりますよ〜🍷', 'decency/conduct', 'warn'],
    ['商店街の歳末大売り出し、今年の景品は地元酒蔵の大吟醸です！', 'decency/conduct', 'warn'],
    ['ハッシュタグ「#わたしの柳川」で投稿してくれた方に、もれなく梅酒のミニボトルを差し上げます。', 'decency/conduct', 'warn'],
    // Blind R420V-056 kind: people with a mental illness cast as dangerous (unpredictable, violent, to be kept away from)
    ['うつ病の人は何をしでかすか分からないので、窓口では気をつけてください。', 'decency/discriminatory', 'block'],
    ['統合失調症の方は急に暴れることがあるので、近づかないほうがいいですよ。', 'decency/discriminatory', 'block'],
    ['心の病を抱えた人が近所にいると、いつ襲われるか心配ですよね。', 'decency/discriminatory', 'block'],
    ['双極性障害の人って危ない人が多いから、関わらないほうがいいよ。', 'decency/discriminatory', 'block'],
    ['精神科に通っている人は、いつ危害を加えてくるか分からないので注意してください。', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each(['インターネット上で、特定の地域を被差別部落だとして一覧にし、公開する行為が後を絶ちません。', '同和地区かどうかの問い合わせにはお答えできません。'])('passes a post against listing or telling 同和地区: %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })

  it.each([
    '「女のくせに」「ブス」といった言葉は人を深く傷つけます。',
    '「ホモ」「オカマ」などの呼び方はやめましょう。',
    '「ブス」「デブ」など容姿をからかう言葉もいじめです。',
    '「外国人は出ていけ」といったヘイトスピーチは許されません。',
    '「隠亡」は、火葬に携わる人をさげすむ差別語として、今は使いません。',
    '「おんぼう」など、職業をさげすむ呼び方はやめましょう。',
  ])('notes a mention in %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.length).toBeGreaterThan(0)
    expect(found.every((f) => f.severity === 'info')).toBe(true)
  })

  const valid = [
    // Another prize in a survey that asks about drinking, a brewery's own goods, amazake or non-alcoholic samples, a campaign against
    // drunk driving; a campaign's participating shop, a shop visited without a perk, the city's own perk, a warning against a fake
    // coupon; a hazard told plainly, ぽっくり temples, a peaceful end in end-of-life care, a word's history; a drill fun to learn from,
    // a ride said not to be an attraction, another attraction, calm in the real quake, a real disaster said not to be fun
    '市民アンケートでは飲酒の頻度もお聞きしています。回答者の中から抽選で図書カードをプレゼントします。',
    '酒蔵スタンプラリーに参加した方の中から抽選で、酒蔵オリジナル手ぬぐいをプレゼントします。',
    '年末の交通安全運動では、飲酒運転根絶を呼びかけるキャンペーンを行います。',
    '防災クイズの正解者には、もれなく甘酒の引換券をプレゼントします。',
    'アンケートに回答いただいた方の中から抽選で10名様に、市の特産品の詰め合わせをお贈りします。',
    '健康づくり教室に参加された方には、ノンアルコールビールのサンプルを先着順でプレゼントします。',
    'スタンプラリーの協力店「御花」さんでは、この投稿を見せると記念品をプレゼントします。',
    '今日は、創業60年の「居酒屋よし田」さんを訪ねました。名物のうなぎ料理を紹介します。',
    '『カフェ・ミナモ』さんで開かれる子ども食堂は、どなたでも無料でご利用いただけます。',
    'この投稿を見せたら割引になる、という市を名乗るお店の勧誘にご注意ください。',
    '市民プールでは、この投稿の画面を提示すると入場料が半額になります（市民の方限定）。',
    '寝ている間に煙を吸うと、気づかないまま命を落とすおそれがあります。住宅用火災警報器を設置しましょう。',
    'ぽっくり寺として知られるお寺で、長寿祈願の法要が営まれました。',
    '在宅医療の講演会「住み慣れた家で、穏やかな最期を」を開催します。',
    '苦しまずに楽な最期を迎えたいというご相談は、緩和ケア外来で承ります。',
    'お餅は小さく切って、よく噛んで食べましょう。高齢の方はのどに詰まらせる事故に注意してください。',
    '「お陀仏」という言葉の由来を、郷土史講座で学びます。',
    // Deaths told plainly, a funeral plan named with a smile, a condolence, a plot word in a mystery game (R418T-044 kind); an illness
    // feared, named as a term, a laugh at something else, laughing it off refused (R420V-016 kind); the wish denied, a worry, a shelter
    // to come to, what follows the storm, a game to learn from, the recovery after a quake (R420V-049 kind)
    '昨年の夏は、熱中症で死者が出るほどの猛暑でした。今年もこまめな水分補給を心がけてください。',
    '終活講座で、家族葬やお葬式コースの選び方を学びました😊',
    '水難事故で亡くなった方のご冥福をお祈りします。川遊びでは、増水に注意してください。',
    '謎解きイベント「柳川ミステリー列車」、「死亡フラグ回収！」の場面では会場が大爆笑でした😂',
    '市営斎場では、家族葬コースのご相談もお受けしています。',
    '「もしかして認知症かもしれない」と思ったら、笑ってごまかさずに早めに受診してください。',
    '軽度認知障害（MCI）は認知症予備軍とも呼ばれます。笑いヨガで脳を元気にしましょう😆',
    '認知症カフェデビューの日、参加者の皆さんと昔話で大笑いしました😂',
    '母が認知症かもしれないと心配でしたが、相談員さんが明るくて、帰りは母と笑って帰れました。',
    '認知症の方と一緒に、笑いの絶えない音楽会を開きました😊',
    '地震が来るのを楽しみにしている人はいません。だからこそ、日ごろの備えが大切です。',
    '台風が来るのが心配で、楽しみにしていた運動会が延期になりました。',
    '避難指示が出たら、ためらわずに避難所へ来てほしいと市長が呼びかけました。',
    '台風が過ぎたら、週末の花火大会が楽しみですね。',
    '水害も地震も、楽しみながら学べる防災すごろくを配布しています。',
    '台風が来てほしくないですね。週末は川下りの予約がいっぱいです。',
    '停電になるのが心配な方は、懐中電灯とモバイルバッテリーをご用意ください。',
    '震災からの復興が進む町で、秋祭りが楽しみです。',
    '起震車で震度7の揺れを体験できます。小さなお子さんも楽しみながら防災を学べます。',
    '防災フェアでは、起震車や煙体験など楽しいプログラムを用意しています。',
    '地震に備えて、家族で楽しく学べる防災クイズを配布中です。',
    '遊園地のアトラクションより人気だったのは、消防車の乗車体験でした。',
    '起震車は遊園地のアトラクションではありません。本番の地震を想定して、真剣に体験してください。',
    '本番の地震でも慌てず行動できるよう、訓練を重ねましょう。',
    '実際の災害は楽しいものではありません。備えを忘れずに。',
    // A prevention call with its laugh later, a closure notice, a busy clinic told plainly, the windfall refused, a boom with the cold
    // named after it (R421W-006 kind); a writer's blindness told respectfully, an awareness event, an aid offered (R423Y-044 kind); a
    // count told plainly, the dead remembered, a death mourned (R424Z-049 kind)
    'インフル流行ってるけん、手洗いうがいしっかりしてね〜ｗ',
    'インフルエンザによる学級閉鎖が続いています。手洗い・換気にご協力ください。',
    'インフルエンザの流行で、小児科は連日混み合っています。受診の際は事前にお電話ください。',
    'うつったら休めてラッキーなんて思わず、体調が悪いときは早めに受診してください。',
    '商店街の夏祭りは大繁盛でした🎉\n夜は冷えるので、風邪をひかないよう暖かくしてお休みください。',
    'コロナ禍も明けて、今はサウナが流行ってます笑',
    '晩年ほとんど目が見えなかった白秋は、口述で多くの詩を残しました。講演では、その創作の工夫が紹介されました。',
    'アイマスクを着けて、目の見えない方の世界を体験しました。白杖の大切さがよくわかりました。',
    '耳が聞こえにくい方には、筆談ボードをご用意しています。お気軽にお申し出ください😊',
    '視覚障害のある方も楽しめる、さわる絵本の展示を始めました。子どもたちも大喜びでした😆',
    '今年の敬老会には、昨年より12人少ない138人の皆さんにご参加いただきました。',
    '昨年亡くなられた会員さんも、きっと天国で見守ってくれていることでしょう。',
    '人気者のカピバラ「もも」が天国に旅立ちました😢 たくさんの愛をありがとう。',
    '今年は参加者が少し減りましたが、天国のお父さんに届くよう、みんなで精一杯歌いました。',
    // Alcohol and a public act in a warning, a hometown-tax gift, a brewery event or a disinfectant; a campaign's shops, the city
    // declining to name one, a shop introduced without a pick, a view with no business; the crematorium's own words, bread or
    // pottery baked, a bonfire rite, a funeral meal, a barbecue ground; おんぼろ
    'ワクチン接種の当日は、飲酒や激しい運動は控えてください。',
    '健診の前日は、お酒を控えて早めに休みましょう。',
    'ふるさと納税の返礼品に、市内の酒蔵の純米吟醸が加わりました。',
    '酒蔵開きの会場では、新酒の試飲を無料で楽しめます（20歳以上）。',
    '期日前投票所の入口には、アルコール消毒液を置いています。',
    'お酒を飲んだ方は、献血をご遠慮ください。',
    '特定の業者をご紹介することはできませんが、「全日本葬祭業協同組合連合会」さんの相談窓口をご利用ください。',
    'スタンプラリーの協力店「御花」さんなどで、今なら提示すると10%オフになります。',
    '今日は、創業60年の「みずほ亭」さんを訪ねました。せいろ蒸しは錦糸卵の彩りが自慢です。',
    '個人的には、川下りのあとに商店街を歩くのがおすすめです。',
    'プレミアム付き商品券は、今なら市内の登録店舗で1割お得に使えます。',
    '今月の「職員のおすすめ本」は、宮沢賢治『注文の多い料理店』です。',
    // The season's best, the shop's own bestseller, a venue, a sponsor thanked, a campaign's shops, a list of many (R424Z-021 kind)
    '「みずま農園」さんのいちごは、今が一番おいしい時期です。直売所でお求めください。',
    '「菓子処ふるまち堂」さんの一番人気は栗最中だそうです。',
    '今回の講座は「カフェ・ミナモ」さんを会場にお借りしました。ぜひお越しください。',
    '敬老会のお菓子は「菓子処ふるまち堂」さんにご協賛いただきました。ありがとうございます。',
    'スタンプラリーの協力店「御花」さんなどでは、期間中10%オフになります。ぜひご利用ください。',
    '朝市には「ベーカリーこむぎ」「うなぎの若松屋」「花屋フローラ」など12店が出店します。',
    // The ordinary words the mixed spellings hide in (R421W-038 kind), and the spelling talked about
    '障害児保育の補助金について、説明会を開きます。',
    '障がい児の放課後等デイサービスの利用申請は、福祉課で受け付けています。',
    'いじめの加害児童への指導と、被害児童の心のケアを進めています。',
    '米軍基地がいくつもある地域の騒音対策について学びました。',
    '「ガイ児」のように表記を変えても、人を傷つける差別語です。',
    '火葬が終わるまで、ご遺族の皆さまは待合室でお待ちください。収骨は約1時間半後です。',
    'ご遺体の焼骨は、骨壺に納めてお持ち帰りいただきます。',
    '人生の最後に食べたいのは、焼きたてのパンと母のみそ汁です。',
    '陶芸家の人生最後の作品が、窯から焼き上がりました。',
    'お盆の迎え火🔥で、故人をお迎えしましょう。',
    '告別式のあとは、精進落としのお料理をご用意しています。',
    '火葬場の隣の公園に、バーベキュー場がオープンしました。',
    'おんぼろの自転車を修理して、地域の子どもたちに贈りました。',
    // Tar as dirt, the smokers' slur talked about, cessation support; 脱メタボ and ぽっこりお腹 as health topics, body-weight
    // statistics, a piglet's weight; the renamed term's history, 認知症の方; the weak-will notion denied or named as a misconception
    '換気扇についたタバコのヤニ汚れは、重曹水で落とせます。',
    '「ヤニカス」などと喫煙者をさげすむ言葉は使わないようにしましょう。',
    'たばこをやめたい方を、禁煙外来の医師と保健師がサポートします。',
    '脱メタボ！特定保健指導で生活習慣を見直しましょう。',
    'ぽっこりお腹が気になる方へ、体幹トレーニング教室を開きます。',
    '市の健診では、肥満の割合は男性で32%、女性で21%でした。',
    '子豚🐷の体重測定をしました。生後1か月で8kgです。',
    '認知症はかつて痴呆と呼ばれていましたが、2004年に今の名称に改められました。',
    '昔は「痴呆の老人」という呼び方がされていましたが、今は使いません。',
    '認知症の方とそのご家族のための相談会を開きます。',
    '禁煙できないのは意志が弱いからではありません。ニコチン依存症という病気です。',
    '禁煙できない人は意志が弱いと言われがちですが、実は依存症の治療が必要です。',
    '禁煙がなかなかできない方は、禁煙外来をご利用ください。',
    // Support for those about to become a single parent, a lasting memory, the notion named as a belief; a carcass to report, sorrow
    'ひとり親になる前に知っておきたい、児童扶養手当などの支援制度をご紹介します。',
    'ひとり親家庭のお子さんに、一生残る思い出をプレゼントするキャンプを開催します。',
    '「離婚は子どもを傷つける」という思い込みに苦しむひとり親の方も少なくありません。',
    '道路で動物の死骸を見つけたら、道路管理課へご連絡ください。',
    '今日は車にひかれた猫の回収が2件ありました。かわいそうで胸が痛みます。',
    '縁側で死んだように眠る猫、まるでぬいぐるみみたいです。',
    // The slurs talked about as words not to use; 外国人 in katakana is not the compound kind
    '「ガイジ」「キチガイ」といった言葉は差別語です。使わないようにしましょう。',
    '障害のある子の対応で現場は手が回らない状況が続いています。',
    // The words found, then condemned (…と聞くのはセクハラにあたります) or said to be given up from now on.
    '「彼氏いるの？」と聞くのはセクハラにあたります。',
    '「女のくせに」と言うのは差別です。',
    '体型で審査するコンテストは、今年から行いません。',
    '水着審査は、昨年で廃止しました。',
    // An outing mood named in order to warn against it (…川下り気分で車を進めるのは危険です).
    '冠水した道路は通行しないでください。川下り気分で車を進めるのは危険です。',
    '夏休みは市民プールで水遊び気分を味わいましょう！',
    // A masked two-letter word needs a couple or label after it, and its first letter showing.
    '〇〇カップルの皆さん、ご成婚おめでとうございます。',
    // Trouble of a harm named before it (転倒のトラブル, 詐欺のトラブル) befalls the group; it is not caused by it.
    '高齢者は転倒のトラブルが多いため、段差にご注意ください。',
    'ひとり暮らしの高齢者はスマホ契約のトラブルが増えています。消費生活センターにご相談ください。',
    // The staff made or chose the thing an adjective describes (職員手作りの飾り): the adjective is the thing's.
    'かわいい職員手作りの飾りが窓口を彩っています。',
    'きれいなスタッフ手描きのポスターを掲示しました。',
    // the same words where no group is put down
    '障がいのある方は災害時に逃げ遅れやすい傾向があります。避難行動要支援者名簿への登録をお勧めします。',
    // まま (as it is) is not ママ (mum) once kana are folded
    '子どものころに遊んだ掘割が、いつまでもきれいなままでいてほしいです。',
    '浴衣のまま、夕涼み会にお越しください。',
    '台風の後は空き家が荒れやすいので、管理をお願いします。',
    '外国人観光客が多い地区は、ごみが散らかりやすいので多言語の看板を設置しました。',
    'ひとり親家庭は経済的に困窮しやすい傾向があります。支援制度をご利用ください。',
    '「外国人が増えると治安が悪くなる傾向がある」というのは根拠のない偏見です。',
    '同性パートナーシップ制度は必要ないという偏見をなくしましょう。',
    '炊き出しは自主防災組織の皆さんの出番です。',
    '生活保護を受給されている方も参加できる就労セミナーです。',
    '紅葉の掘割は眼福の景色です。',
    'うなぎのいい匂いが掘割沿いに漂っています。',
    '同性カップルの方も、手続きに保証人は必要ありません。',
    '同性パートナーシップ制度の導入は早くても来年度の見込みです。',
    '障がいのある方も普通の暮らしができるまちへ。',
    '窓口は女性職員が担当します。',
    '夜のお店で働く人の相談窓口を開設しました。',
    '独身の職員ばかりでしたが、今年は結婚ラッシュです！',
    '障害のある方も一生懸命働ける職場づくりを応援します。',
    '高齢者の皆さん、特殊詐欺にご注意ください。',
    '家事は女性の仕事という考えを見直しましょう。',
    '料理は女性の仕事ではありません。男女ともに家事を楽しみましょう！',
    'お年寄りにもわかりやすいよう、窓口でご説明します。',
    '高齢の方には難しい手続きもあるため、窓口でサポートします。',
    'ぽっちゃりさんにも似合う浴衣を選びましょう',
    '部落差別の解消に向けた講演会を開きます。',
    '障がいのある方は、ご遠慮なくお申し出ください。',
    '「障がいのある方は他のお客様の迷惑になる」という考えは偏見です。',
    '障がいのある方の乗船は介助者の方とご一緒にお願いします。',
    'ひとり親家庭は生活が苦しくなりやすいため、支援制度をご案内します。',
    '体の大きい方は、舟のバランスのため前の席にお座りください。',
    // R225R-033's counterpart: a second seat offered, no laugh
    '体の大きな方には、ご希望により2席分の座席をご用意できます。',
    '小さなお子様連れの方は、他のお客様のご迷惑にならないようご配慮ください。',
    '車いすの方も乗船できます。他のお客様の目を気にせずお楽しみください。',
    '紅葉がきれいで目の保養になりました。',
    '雨に濡れても透けにくい素材のレインコートを配布します。',
    '同和地区の歴史を学ぶ人権講座を開きます。',
    // 筑後弁 いっちょん (not at all) and ちょんまげ hold no slur
    'いっちょん分からんかったけど、船頭さんが教えてくれたけん楽しかったばい。',
    'ちょんまげ姿の武者行列が城下町を練り歩きます。',
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
    // Same surface shapes that are fine: a condition of the activity, a welcome, a service, appetite, a campaign.
    // a condition of the activity (height), not a group
    '安全のため、身長110cm未満のお子さまの乗船はお断りしております。',
    // a condition of the activity (drinking)
    '飲酒された方の乗船はお断りしております。',
    // an adults-only event may turn away small children: a condition, not age discrimination
    '未就学児のご入場はご遠慮ください。',
    '外国人観光客の皆さまのご来場をお待ちしております。',
    '外国人の方の川下り乗船には多言語ガイドをご用意しています。',
    '台湾からのお客様が増えています。',
    '日本人の参加者は12名でした。',
    '車いすの方のご乗船もできます。係員にお声がけください。',
    'ご高齢の方は無理をせず、ご家族と一緒にお越しください。',
    '障害をお持ちの方は介助者1名まで無料です。',
    '70歳以上の方は入館料が無料です。',
    '食欲をそそる香りが漂う、うなぎのせいろ蒸し。',
    'セクシーな香水の展示会を開催します。',
    '本籍や出身地を尋ねることは就職差別につながります。',
    // the human-rights campaign against background checks
    '身元調査お断り運動にご協力ください。',
    '戸籍証明書は本人確認のうえ窓口で交付します。',
    '講師の出身地をご紹介します。',
    '中学生の作品展、色とりどりの力作が並びます。',
    '外国籍の方も住民票の写しを取得できます。',
    '海外の方向けの観光案内所はお休みです。',
    '日本語以外の言語では受け付けておりません。',
    'ペットを連れた方の入館はお断りしています。',
    '女性の方のご乗船も歓迎します。',
    '女性限定のヨガ教室を開催します。',
    '男性の方もお気軽にご参加ください。',
    '外国籍の方の入居相談は国際交流協会で受け付けています。',
    '障がいのある方の利用料は半額です。',
    'ひとり親家庭の方の申し込みは7月1日から受け付けます。',
    '中国籍の方も予約できます。',
    '高校生以下の方の入場は無料です。',
    '女性消防団員を募集しています。',
    '外国人の方は在留カードを提示してください。',
    '女子中学生の体操大会が開かれました。',
    // a women-only event may turn men away (the reason is the event, said in the post)
    '女性限定イベントのため、男性の方のご参加はご遠慮ください。',
    '女性専用車両には男性の方は乗車できません。',
    // a legal fact about eligibility, not the city excluding
    '外国籍の方は選挙で投票できません。',
    // isolation during treatment is a condition, not the illness as such
    '新型コロナに感染した方は、療養期間中の来庁をご遠慮ください。',
    'ひとり親家庭の方は、児童扶養手当の対象となります。',
    '障害児の入園についてのご相談は保育課へ。',
    // たまらない said of the game
    '女子中学生のバレーボール大会、熱戦がたまらない！',
    '外国人労働者の受け入れについて、説明会を開催します。',
    '障害者雇用促進のための助成金のご案内です。',
    '同和問題についての講演会を開催します。',
    '女の子も男の子も参加できるロボット教室です。',
    'そういう地域の魅力を発信するため、空き家バンクに登録された物件を紹介します。',
    '高齢者は耳が遠い方も多いので、大きな声でゆっくり話しましょう。',
    'お年寄りは骨が弱いので、転倒に気をつけましょう。',
    '外国人の方も、ご入場いただけます。',
    '高齢者の方の参加をお待ちしています。',
    '障害のある方の参加を想定し、手話通訳を用意しています。',
    '女子高生が考案した新メニュー、うなぎの香りが食欲をそそる一品です。',
    '浴衣の着付け体験、女子大生ボランティアがお手伝いします。',
    // A one-sex class and a health condition for giving blood are fine.
    'ヨガ教室の参加者を女性限定で募集します。',
    '健康な方のみ献血にご協力いただけます。',
    '男性のみの料理教室、参加者募集中。',
    // Round 9a kinds: the same words in ordinary municipal posts. A fire, an accident or a death with no levity about it.
    '火事が起きたら、まずは119番！防災訓練でみんな上手にできました🙌✨',
    '死亡事故ゼロ1000日達成🎉 これからも安全運転をお願いします',
    '先日亡くなられた○○先生の作品展を開催します。多くの方のご来場をお待ちしております。',
    '昨年の火事で全焼した本堂が、ついに再建されました🎉',
    '亡くなったお父さんの味を受け継いだ二代目のうなぎ屋さん👍',
    '転落事故があったけど、けが人が出なくてよかった🙌',
    '火災予防週間です🔥 消防士さんの放水体験、子どもたち大喜び🎉',
    // Roles and young women, not given by sex.
    '受付は女性職員が担当します。',
    '「受付は女性に限る」という思い込みをなくしましょう。',
    '力仕事は男性に限らず、どなたでもご参加いただけます。',
    '女性は受付、男性は力仕事という役割分担を見直しましょう。',
    '保育士は女性じゃないとダメ、という時代ではありません。',
    '若い女性が多く参加し、会場が華やかな雰囲気に包まれました。',
    '若い女性の就農者が増え、地域が元気になっています。',
    // Foreign residents and safety, no blame.
    '外国人住民が増えています。多言語の防災マップを作りました。',
    '空き巣被害が増えています。戸締まりをしっかりしましょう。',
    '外国人が増えると治安が悪くなる、というのは根拠のない思い込みです。',
    '留学生が増えています。夜道の一人歩きは危ないので、防犯ブザーを配布します。',
    '技能実習生の受け入れが増えています。地域の皆さんも温かく迎えてください。',
    // A people's character as culture.
    '国民性の違いを楽しむ国際交流会を開きます。',
    'お国柄が表れた料理が並ぶ、多文化共生フェスタです。',
    '各国のお国柄を学ぶ講座を開催します。',
    '外国人観光客のごみ出しに困らないよう、多言語の分別表を作りました。',
    '中国からの団体客の皆さまを、船頭さんが笑顔でお迎えしました。',
    '大陸からの渡り鳥が掘割に飛来しています。',
    // Avoiding a danger, not a group.
    '不審な宗教勧誘や霊感商法には関わらないようにしましょう。消費生活センターへご相談ください。',
    '野生のサルを見かけても、目を合わせないようにしてください。',
    '台風は朝鮮半島へ進んでいます。増水した川には近づかないようにしてください。',
    '倒木などの障害物には近づかないようにしてください。',
    // Understanding that is not condoning.
    '出身地を気にするのも無理はない、と思っていませんか。それは部落差別です。',
    '初めての方が緊張するのも無理はありません。スタッフが丁寧にご案内します。',
    '障がいのある方が周りの目を気にするのも無理はありません。だからこそ、理解を広げましょう。',
    '外国人観光客が日本の交通ルールに戸惑うのも無理はありません。',
    // Fairness of a procedure; care that is not privilege.
    '障がいのある方への合理的配慮は、特別扱いではありません。',
    'くじ引きは公平に行いますので、ご安心ください。',
    '抽選が不公平だというご意見をいただきました。抽選方法を見直します。',
    // Not normal: praise, crowds, machines.
    '船頭さんのこだわりは、ちょっと普通じゃないレベルです。',
    '白秋祭の人出は普通じゃない混雑でした。',
    'エアコンの調子がちょっとおかしいので、修理を依頼しました。',
    '夕方、ちょっと変な音がしました。',
    '窓口に毎日来られる方がいらっしゃいます。いつもありがとうございます。',
    // Sexual minorities, respectfully.
    'パートナーシップ宣誓制度の申請は、今年度はまだありません。',
    '性的少数者は身近にいない、と思っていませんか？ 言い出せないだけかもしれません。',
    'そういう方のための相談窓口を設けています。',
    // Welfare and gambling, as support.
    'パチンコ依存の相談は、生活保護を受けている方も利用できます。',
    'ギャンブル依存症の相談窓口です。生活保護を受けている方もご利用いただけます。',
    '競艇場の駐車場で交通整理を行います。',
    // Older drivers: the licence-return programme.
    '70歳を過ぎたら、免許の自主返納も選択肢のひとつです。ご家族で話し合ってみませんか。',
    '高齢者の運転免許自主返納支援制度のご案内です。',
    '75歳以上の方は、免許更新時に認知機能検査を受ける必要があります。',
    '高齢の方の運転を支援するサポカー補助金のご案内です。',
    // Blind R146I/R147A hard negatives: an injury guarded against or recovered from, a fraud told plainly, an idiom, hyperbole, the
    // word quoted to be avoided, a story told on.
    '花火の火の粉でやけどしないよう、観覧エリアから出ないでください🎆',
    '作業員がけがをした事故を受け、安全講習を行いました。',
    '骨折で休んでいた職員が、今日から職場に復帰しました🎉',
    'やけどをした場合は、すぐに流水で冷やしてください。',
    '観客がやけどしたら、すぐに救護所へお連れください🎆',
    '選手が骨折しましたが、手術は無事に終わり、順調に回復しています😊',
    '特殊詐欺で300万円がだまし取られる被害がありました。不審な電話にはご注意ください。',
    'だまされたと思って食べてみて！ほんとにおいしいから😂',
    '詐欺の手口を寸劇で紹介し、会場は笑いに包まれました。',
    '熱中症で亡くなる方もいます。こまめに水分をとりましょう。',
    '病院の待ち時間が長くて死ぬかと思ったｗ',
    '花粉症でくしゃみが止まらない😂',
    'あの人は早くに死んでね、母が苦労したと聞きました。',
    'ボケ防止に、みんなで脳トレをしましょう。',
    '「ボケ老人」という言い方は控えましょう。',
    // Blind KU-054 kind (FDE): the children as the speaker's companions, feared for on a dark road (子どもと歩くのが不安).
    '夜の通学路は暗いので、子どもと歩くのが不安です。街灯の設置をお願いします。',
    '子供を連れて踏切を渡るのがこわいという声をいただきました。',
    // Blind KV-039 kind (FDE): a baby's or a doll's little hands and feet.
    '赤ちゃんの姿をかたどった人形です。\nぷくぷくの足がかわいすぎる！',
    // Blind KV-014 kind (FDE): sayings on a line of their own, named harassment on the next.
    '「結婚はまだ？」「女の子なんだから愛想よくね」\n何気ない一言でも、相手を傷つけるパワハラになることがあります。',
    // Ordinary announcements with the same words, shared by the three families.
    ...ORDINARY_NOTICES,
    // A hometown-tax gift, a lottery of other prizes beside a word on drinking, a brewery's own goods, amazake, non-alcoholic beer, a
    // vessel for sake, 当たり前; a mental illness's prejudice named as one, a danger to the ill person themselves, a consultation,
    // visits made in pairs with no group named
    'ふるさと納税の返礼品に、地酒「有明の月」が加わりました。抽選で当たるキャンペーンも実施中です。',
    '夏祭りの抽選会、景品はお米や野菜、商品券です。会場内での飲酒はご遠慮ください。',
    '地域の夏祭り、お楽しみ抽選会の景品は自転車やお米券です。お酒の販売は20時までです。',
    '酒蔵まつりの抽選会では、酒蔵オリジナル手ぬぐいが当たります。',
    '抽選で甘酒セットを30名様にプレゼントします。',
    'ノンアルコールビールが当たるクイズに挑戦しよう！',
    '日本酒の日にちなみ、抽選でオリジナル酒器をプレゼントします。',
    'お酒を飲むのが当たり前になっていませんか？飲みすぎに気をつけましょう。',
    '飲酒運転根絶キャンペーン中です。抽選でドライブレコーダーが当たります。',
    '「精神疾患の人は何をするか分からない」というのは偏見です。正しい理解を広げましょう。',
    '統合失調症は100人に1人がかかる身近な病気です。「急に暴れる」というのは思い込みにすぎません。',
    'うつ病で通院中の方は、災害時に薬が切れると危ないので、常備薬を用意しておきましょう。',
    'うつ病の方は一人で抱え込まず、こころの相談窓口にご相談ください。',
    '訪問は安全のため、原則として職員二人で行っています。',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
  // More sentences of each kind, as staff write them (replies start with @user).
  const more: string[] = [
    "ゲイのカップルはお断りしています",
    "同性カップルの参加はご遠慮いただいております",
    "同性愛なんて気持ち悪い",
    "オカマっぽい職員がいる",
    "トランスジェンダーの人は女子トイレを使わないでほしい",
    "障がい者の方の入店はお断りしております",
    "知的障害の子は周りに迷惑をかけるので参加を控えてください",
    "車いすの方はご来場をご遠慮ください",
    "外国人はゴミの出し方も知らんけん困る",
    "最近ベトナム人が増えて治安が悪くなった",
    "外国の方はご利用いただけません",
    "外国人お断り",
    "アジア人は入店禁止",
    "在日は国に帰れ",
    "シ〇人は出ていけ",
    "あそこの出身の人とは結婚せんほうがいいよ",
    "部落出身の人は採用しない方針です",
    "年寄りはもう運転するな",
    "高齢者はイベントの邪魔になるので来ないでください",
    "おばあちゃんばっかりで話が長いけん困る😂",
    "ババアは写真に入らんで",
    "女は黙ってろ",
    "女性は結婚したら仕事を辞めるべき",
    "女のくせに生意気",
    "男のくせに泣くな",
    "女性職員は笑顔で愛想よくするべき",
    "デブは乗船お断り",
    "太ってる人は舟が沈むけん乗らんで",
    "ハゲの職員が担当です笑",
    "エイズの人は来ないでほしい",
    "精神病の人は怖い",
    "うつ病なんて甘え",
    "認知症の人は迷惑",
    "生活保護の人は税金泥棒",
    "受付の女の子、胸でかすぎて仕事にならん",
    "新人職員の〇〇さん、おっぱい大きいって評判です",
    "浴衣美人がたくさん！お尻のラインがたまらん",
    "巨乳の職員さんが案内します",
    "夜の川下りはカップルでイチャイチャするのにぴったり♡ そのままホテルへ",
    "うなぎで元気になって、今夜は寝かせないぞ♡",
    "観光大使の〇〇さん、色っぽすぎて直視できない",
    "美人すぎる市長秘書",
    "うちの課はかわいい子が多いです",
    "足がきれいな女性職員",
    "セクシーな女性職員がお待ちしています",
    "エ〇い",
    "ｾｯｸｽ",
    "s e x",
    "パ〇活",
    "女性は男性を立てるべき",
    "女は料理ができて当然",
    "女性って数字に弱いよね",
    "中国人は嘘つきが多い",
    "キ●ガイ",
    "G A I J I",
    "今年の観光大使は足が長くてスタイル抜群！",
    "受付のお姉さん、めっちゃ可愛いけん会いに来て♡",
    "市民課の〇〇さん、色白美人で評判です",
    "浴衣姿の女性がたくさんで目の保養になりました",
    "ミニスカートの職員さんが案内してくれます",
    "女性職員の制服をもっと短いスカートにしてほしい",
    "夜のお店みたいなサービスが受けられるかも？",
    "ムチムチの太ももがたまらん",
    "美女だらけの観光課へようこそ",
    "可愛すぎる新人職員が入りました！",
    "こんなにかわいい子が市役所に？！",
    "外国人が多い地区は治安が悪いので注意",
    "中国人観光客のマナーの悪さにはうんざりです",
    "韓国人お断りの店",
    "黒人の方は入店できません",
    "外国人は日本から出ていけ",
    "障害者に税金を使うのは無駄",
    "障がい者は迷惑なので、混雑時は来ないでほしい",
    "知恵遅れの子には無理でしょう",
    "車椅子の人は邪魔になるけん、混む日は遠慮して",
    "ゲイは気持ち悪い",
    "同性愛者は病気だと思う",
    "レズビアンのカップルはご遠慮ください",
    "トランスの人は女湯に入るな",
    "若い女の子だけ募集します（容姿端麗な方）",
    "容姿端麗な女性スタッフ募集",
    "ブサイクは来るな",
    "年寄りは家でじっとしとけ",
    "じじいばばあはスマホ教室に来ても無駄",
    "老人は早く運転免許を返納しろ",
    "女は家事でもしとけ",
    "女には政治は分からん",
    "男のくせに料理教室？",
    "あの地区の出身者は雇わない方がいい",
    "被差別部落の場所を教えます",
    "エイズ患者は近寄らないで",
    "精神障害者は危険だから隔離すべき",
    "コロナにかかった人は来ないでください",
    "うなぎで精をつけて、奥さんを喜ばせてあげて😏",
    "浴衣の女性に男性陣は鼻の下が伸びっぱなし",
    "年寄りばっかりで活気がない商店街😂",
    "一番マナーが悪いのは中国人観光客です",
    "迷惑なのはいつも外国人ばっかり",
    "ルールを守らないのは外国人だ",
    "@user この写真の女性、めっちゃタイプです♡",
    "@user 彼氏いるの？",
    "@user 連絡先教えてよ😘"
]
  it.each(more)('flags %s', (text) => {
    const found = findingsOf(decency, text, text.startsWith('@') ? { mode: 'reply' } : {})
    expect(found.some((f) => f.severity !== 'info')).toBe(true)
  })

  // Ordinary municipal sentences of the same shapes.
  const alsoValid: string[] = [
    "女性の健康講座：更年期の体の変化について学びます\n",
    "乳幼児健診のお知らせ\n",
    "母乳育児の相談を受け付けています\n",
    "障害のある方もない方も一緒に楽しめるイベントです\n",
    "外国人観光客の皆さまへ、多言語パンフレットを用意しました\n",
    "高齢者の方は熱中症に注意してください\n",
    "高齢者の皆さんは早めの避難をお願いします\n",
    "認知症の方とそのご家族を支える講座です\n",
    "LGBTQ+の方も安心して利用できる相談窓口です\n",
    "同性パートナーシップ宣誓制度を導入しました\n",
    "部落差別の解消を推進します\n",
    "女性の活躍を応援します\n",
    "男性の育児休業取得を推進しています\n",
    "女子会プランのあるお店を紹介します\n",
    "ベビーカーや車いすの方も乗船できます\n",
    "ペットの同伴はご遠慮ください\n",
    "泥酔された方の乗船はお断りします\n",
    "小学生以下のお子さまは保護者同伴でお願いします\n",
    "身長120cm未満のお子さまはご利用いただけません\n",
    "外国人の方向けの日本語教室を開きます\n",
    "美しい掘割の景色をお楽しみください\n",
    "美人画の展示会を開催します\n",
    "色っぽい演技が話題の歌舞伎公演\n",
    "胸を張って柳川の魅力を発信します\n",
    "胸に手を当てて考えてみましょう\n",
    "お尻が痛くならないよう座布団をご用意しています\n",
    "足が痛い方はお申し出ください\n",
    "スタイルの良いシルエットのTシャツ\n",
    "夜の川下りで幻想的なひとときを\n",
    "かわいいさげもんがたくさん並んでいます\n",
    "イケメン揃いのアイドルグループがやってくる！\n",
    "中国人観光客の方々が大勢訪れています\n",
    "韓国人の留学生と交流会を開きます\n",
    "外国人住民が増えています\n",
    "生活保護の申請は福祉課へ\n",
    "精神障害のある方の就労支援\n",
    "耳の不自由な方のために手話通訳を用意します\n",
    "容姿に関係なく、どなたでも応募できます。",
    "外国人観光客の皆さんにマナーを知ってもらうため、多言語の案内板を設置しました。",
    "障害者スポーツ大会で、市内の選手が活躍しました。",
    "同性愛や性自認について理解を深める講座です。",
    "男性も女性も、誰もが働きやすい職場をめざします。",
    "高齢者の見守り活動にご協力ください。",
    "年寄り扱いしないで！シニアのためのダンス教室",
    "浴衣姿で来場された方に、記念品をプレゼントします。",
    "水着着用でご入場ください。",
    "スカートでの乗船は、風にご注意ください。",
    "可愛いさげもんに囲まれて、思わず笑顔になりました。",
    "美しい女性の着物姿が描かれた美人画の展示です。",
    "太もも・ふくらはぎのストレッチ方法を紹介します。",
    "足が長い鳥、サギが掘割にいました。",
    "スタイル抜群のヨットが入港しました",
    "女の子も男の子も参加できる剣道教室です。",
    "女性の方のみご参加いただけます。",
    "外国人の方は、パスポートをご提示ください。",
    "障害のある方は、事前にご連絡いただければ介助者を手配します。",
    "エイズについて正しく知ろう",
    "認知症の方が行方不明になった場合は、警察にご連絡ください。",
    "外国人観光客の増加に伴い、ごみのポイ捨てが問題になっています。ルールを守ってください。",
    "高齢者を狙った詐欺が増えています。不審な電話はすぐに切ってください。",
    "高齢者の方が詐欺の被害にあわないよう、ご家族で声をかけあいましょう。",
    "障害のある方への差別的な取扱いは禁止されています。",
    "障害者手帳をお持ちの方は入場無料です。",
    "障害のある方は、介助者1名まで無料でご入場いただけます。",
    "女性の方は、女性専用の更衣室をご利用ください。",
    "男性の方の入室はご遠慮ください（女性専用スペース）。",
    "女性限定のヨガ教室です。男性の方はご参加いただけません。",
    "妊婦の方や高齢者の方は、熱中症に特に注意してください。",
    "外国人の方も参加できます。通訳を用意しています。",
    "外国人住民向けの防災訓練を実施しました。",
    "外国籍の方は、在留カードをお持ちください。",
    "留学生の皆さんが、さげもん作りを体験しました。",
    "技能実習生の受け入れ企業向けの説明会を開催します。",
    "高齢者の運転免許証の自主返納を支援しています。",
    "高齢者ドライバーの事故を防ぐため、安全運転サポート車の購入を補助します。",
    "お年寄りや子どもたちが一緒に楽しめる昔遊びの会です。",
    "認知症の方への接し方を学ぶサポーター養成講座です。",
    "感染者数は減少傾向にあります。",
    "HIV検査は無料・匿名で受けられます。",
    "生活保護の相談は福祉課で受け付けています。",
    "ひとり親家庭への支援金を支給します。",
    "ひとり親家庭の方は、申請により保育料が減額されます。",
    "ホームレスの方への自立支援を行っています。",
    "女子生徒の制服にスラックスを導入しました。",
    "男子トイレ・女子トイレの改修工事を行います。",
    "車いすの方は、スロープをご利用ください。段差があるため正面入口はご利用いただけません。",
    "ぽっちゃりした猫が人気の猫カフェ",
    "太った金魚が泳いでいます",
    "高齢者は邪魔になりやすい段差に注意しましょう",
    "外国人は入国時に検疫を受ける必要があります。",
    "障害者雇用の促進に取り組む企業を表彰しました。",
    "同性カップルも申請できる市営住宅の入居要件を見直しました。",
    "LGBTについて考える講演会を開きます。",
    "部落の歴史を学ぶフィールドワークを開催します。",
    "あの地区の人たちが大切に守ってきた祭りです。",
    "その地区の住民の皆さんに感謝いたします。",
    "女性の消防団員を募集しています。",
    "女性は乳がん検診を定期的に受けましょう。",
    "男性は前立腺がん検診を受けましょう。",
    "女性でも気軽に入れる居酒屋を紹介します。",
    "高齢者向けの運動教室。無理のない範囲で体を動かしましょう。",
    "外国人観光客のマナー向上を呼びかける多言語ポスターを作成しました。",
    "子ども連れの方は、ベビーカー置き場をご利用ください。",
    "在日外国人の方向けの相談会です。",
    "移民の歴史を紹介する企画展を開催中です。",
    "難民支援のための募金を行っています。",
    "アイヌ文化を紹介する展示を行います。",
    "中国人観光客が多く訪れる春節の時期は、混雑が予想されます。",
    "迷惑メールにご注意ください。外国人を装った詐欺もあります。",
    "美人画で知られる画家の展覧会",
    "イケメン揃いと話題の舞台がやってきます",
    "胸元にワンポイントの刺繍が入ったTシャツです",
    "見どころは、お尻のように丸い形の岩です",
    "精力的な活動が評価されました",
    "窓口で「何度言えば分かるんだ」とお叱りを受けました。説明が不十分だったことをお詫びします。",
    "「嫌なら来なくていい」と言われないまちづくりを目指します。",
    "市民の方から「常識で考えれば分かるでしょう」とのご意見をいただき、案内表示を改善しました。",
    "利用者アンケートでは「職員の態度が悪い」「説明が分かりにくい」との声がありました。改善に努めます。",
    "「バカにされている気がした」とのご意見を重く受け止め、対応を見直します。",
    "いじめを受けた子どもは「死にたい」と感じることがあります。相談窓口をご利用ください。",
    // がいじ across a particle and a verb (誰か|が|いじめ, 羽交い締め) is no slur.
    "誰かがいじめを受けているのを見たときは、身近な大人や相談窓口に伝えてください。障害のある子どもへのいじめも許されません。",
    "子どもがいじめに遭っていると感じたら、学校や教育委員会にご相談ください。外国籍の子どもへの嫌がらせも同じです。",
    "消費者トラブルの例：「今すぐ契約しないと損をしますよ」と迫られた。",
    "詐欺の手口：「あなたの口座が犯罪に使われています」と電話がかかってきます。",
    "「事実と異なる報道がなされた」として、県が抗議したとの報道がありました。",
    "北原白秋の詩「待ちぼうけ」には、「ころりころげた木の根っこ」という一節があります。",
    "ヘイトスピーチの例：「〇〇人は出ていけ」「〇〇人を殺せ」などの言動は許されません。",
    "講演会「ネットいじめ〜『死ね』『消えろ』の向こう側〜」を開催します。",
    "セクハラの例：「胸が大きいね」「彼氏いるの？」などの発言は、相手を不快にさせます。",
    "「女のくせに」と言われた経験がある人は、約4割にのぼります（市民意識調査）。",
    "「障害者は迷惑」という考えは誤りです。共に生きる社会をつくりましょう。",
    "精をつけて夏を乗り切りましょう",
    "白秋祭は今年で75回目。格が違う伝統行事です。",
    "確認もしないで契約するのはやめましょう。",
    "二度と来ない大チャンス",
    "迷惑なのは路上駐車です。",
    "困ったときは外国人相談窓口へ。",
    "一番人気なのは外国人観光客向けのツアーです",
    "かわいいキャラクターのイラストが描かれた市役所の封筒",
    "職員がかわいいマスコットのぬいぐるみを配ります",
    "災害時は、デマを流さないよう、情報の発信元を確認しましょう。",
    "デマを流すと、偽計業務妨害罪に問われることがあります。",
    "はっきり言って、最高の景色です！",
    "横浜の外人墓地を訪ねるツアー",
    "誤解されやすいのですが、熱中症は夜間にも起こります。",
    "よく勘違いされますが、柳川の「川下り」は掘割をめぐる舟遊びです。",
    "「柳川は福岡市の一部」と誤解されることがありますが、独立した市です。",
    "非常識な時間帯の花火はおやめください。",
    "@user 連絡先は観光課（0944-77-8832）です。",
    "好みの味付けでお楽しみください。",
    "あなたにぴったりのタイプのお部屋が見つかります。",
    "男性も女性も、お好みのコースを選べます。"
]
  it.each(alsoValid)('passes %s', (text) => {
    const found = findingsOf(decency, text, text.startsWith('@') ? { mode: 'reply' } : {})
    expect(found.filter((f) => f.severity !== 'info').map((f) => f.excerpt)).toEqual([])
  })
})

// Round 9b/10 kinds: each with violations in new wording and hard negatives that share the surface words.
// A row starting with "!E " is checked in emergency mode; one starting with "@" as a reply.
const ctxOf = (row: string): [string, { mode?: 'reply'; emergency?: boolean }] => {
  const emergency = row.startsWith('!E ')
  const text = emergency ? row.slice(3) : row
  return [text, { ...(text.startsWith('@') ? { mode: 'reply' as const } : {}), ...(emergency ? { emergency } : {}) }]
}

describe('decency (4(2)), round 9b/10 kinds', () => {
  const invalid: Case[] = [
    // Laughter spelt with w is still read after a misfortune (the address fix below keeps it).
    ['昨夜の火事で全焼した家、今朝見に行ったら跡形もなかったｗｗ', 'decency/insensitive', 'block'],
    ['川で溺れた人がいたらしいw まじか', 'decency/insensitive', 'block'],
    ['土砂崩れで道がふさがっとるwww 通勤どうしよ', 'decency/insensitive', 'block'],
    // A death or damage, then a turn to cheer (in the next line or paragraph too), or damage made a joke of.
    ['先週の火災で住人の方が亡くなりました。\n\nさて、今週末は待ちに待ったうなぎまつり！みんなで盛り上がりましょう🎉🎉', 'decency/insensitive', 'block'],
    ['交通事故で高校生が亡くなった交差点。\n\n明日から夏祭り開幕です🥳', 'decency/insensitive', 'block'],
    ['掘割で男の子が溺れた事故、まだ意識不明らしい。\nでも明日の花火大会は決行やけん、みんな来てね〜🎆', 'decency/insensitive', 'block'],
    ['台風で倉庫が倒壊しとった笑', 'decency/insensitive', 'block'],
    ['床下浸水したお宅が何軒もあるけど、水に浮かぶ柳川もなかなか映えるね📸', 'decency/insensitive', 'block'],
    ['大雨で亡くなられた方のご冥福をお祈りします。ところで来月のイベント情報です😊', 'decency/insensitive', 'block'],
    ['土砂崩れで3名の方が亡くなりました。気を取り直して、本日も元気に営業中です✨', 'decency/insensitive', 'block'],
    // Delight at an evacuation: the shelter named, or the post in emergency mode.
    ['!E 体育館の避難所、今夜はみんなでお泊まり会気分ですね🥳', 'decency/insensitive', 'warn'],
    ['避難所になった小学校、なんだか修学旅行みたいでワクワクしますね！', 'decency/insensitive', 'warn'],
    ['!E 今夜は中央公民館がいっぱいです。キャンプみたいで楽しいですね🎉', 'decency/insensitive', 'warn'],
    // A people named by a hint (大陸, 例の国, お隣の国) with their manners mocked; surprise that they managed; the same in English.
    ['大陸からのお客さんの団体、声がでかすぎて船頭さんの案内が聞こえんかった😩', 'decency/discriminatory', 'block'],
    ['例の国の観光客って、なんでいつも列に割り込むんですかね？', 'decency/discriminatory', 'block'],
    ['お隣の国の方々は、時間を守らないのでツアーの集合は30分早めに設定しております。', 'decency/discriminatory', 'block'],
    ['外国人のお客様も、きちんとゴミを分別してくださって驚きました😂', 'decency/discriminatory', 'block'],
    ['Visitors from China, please remember this is a quiet town, no shouting on the boats 😂', 'decency/discriminatory', 'block'],
    ['Chinese tourists at the pier today were so noisy lol #Yanagawa', 'decency/discriminatory', 'block'],
    // 同和地区 or 部落 named as the reason for a price or a demand.
    ['旧同和地区であるため、当該地区の土地は買い手がつきにくい状況にある。', 'decency/discriminatory', 'block'],
    ['あそこは同和地区だけん、家賃が安かとよ。', 'decency/discriminatory', 'block'],
    ['その住宅団地は被差別部落に該当するので、入居希望者が少ないとのことです。', 'decency/discriminatory', 'block'],
    // Looks or the body as a criterion of selection.
    ['観光大使の選考にあたっては、容姿を重視いたします。', 'decency/lookism', 'block'],
    ['受付スタッフ募集：ルックスの良い方を優先採用します！', 'decency/lookism', 'block'],
    ['ミスさげもん審査項目：容姿、スリーサイズ、特技', 'decency/lookism', 'block'],
    ['キャンペーンガールは胸の大きい女性を優先して選びます', 'decency/sexual', 'block'],
    // Someone else's body likened to a heavy animal (warn).
    ['窓口に来たおじさん、お腹がもうドラム缶級やったｗ', 'decency/lookism', 'warn'],
    ['商店街のおばちゃんたち、横幅が関取並み😂', 'decency/lookism', 'warn'],
    ['隣の課の係長って、最近ほんとトドみたいになってきた', 'decency/lookism', 'warn'],
    // Faith or a rite called superstition or meaningless (warn).
    ['お盆の迎え火なんて、ただの迷信だと思いますけどね。', 'decency/discriminatory', 'warn'],
    ['地鎮祭のような神事は非科学的であり、市の工事では省略するものとする。', 'decency/discriminatory', 'warn'],
    ['お守りとかお札とか、正直気休めでしかないよね笑', 'decency/discriminatory', 'warn'],
    // A sex kept from a job (応募は想定しておりません), or a sex's nature as what the job needs (warn).
    ['消防団の事務補助員を募集します。女性からの応募は想定しておりません。', 'decency/discriminatory', 'block'],
    ['力仕事が中心のため、女性の採用は考えておりません。', 'decency/discriminatory', 'block'],
    ['保健師は母性が求められる仕事なので、女性が適任です。', 'decency/stereotype', 'warn'],
    // Women in swimwear or short skirts as an attraction (warn).
    ['ビキニのギャルが船に乗ったら、客寄せ効果ばつぐんやろうね😏', 'decency/sexual', 'warn'],
    ['海開きイベント、水着の女の子たちがたくさん来てくれて船頭さんもドキドキ💕', 'decency/sexual', 'warn'],
    ['ミニスカートのお姉さんが呼び込みしたら、行列間違いなし！', 'decency/sexual', 'block'],
    // Single parents or welfare recipients presumed to live badly.
    ['母子家庭のお子さんは、しつけが行き届かないことも多いので、地域で声かけをお願いします。', 'decency/discriminatory', 'block'],
    ['生活保護を受けている世帯は、どうしても生活リズムが乱れがちです。', 'decency/discriminatory', 'block'],
    ['ひとり親の家庭は子どもが非行に走りやすいと言われています。', 'decency/discriminatory', 'block'],
    // Young women or mothers as a treat for the men on staff (warn).
    ['若い女性の参加者が多くて、男性職員がいつもより張り切っていました（笑）', 'decency/lookism', 'warn'],
    ['綺麗なお母さんたちが集まると、課長の機嫌がいいんです', 'decency/lookism', 'warn'],
    ['若い奥さん方が来られると、係長がそわそわしてました笑', 'decency/lookism', 'warn'],
    // A victim shown being recovered.
    ['川で見つかったお子さんを、救急隊が担架で搬送する瞬間です。', 'decency/victim', 'block'],
    ['倒壊家屋から遺体で見つかった男性を運び出す様子を撮影しました。', 'decency/victim', 'block'],
    ['土砂崩れ現場で発見された遺体の写真です。', 'decency/victim', 'block'],
    // A group asked to stay away as a bother to other evacuees or users.
    ['障がいのあるお子さんがいるご家庭は、周りの避難者の迷惑になるので、できればご自宅で過ごしていただけますか。', 'decency/discriminatory', 'block'],
    ['認知症の高齢者は、ほかの利用者のご迷惑になるため、デイサービスの利用はご遠慮ください。', 'decency/discriminatory', 'block'],
    ['精神病の方は、周囲の避難者の迷惑になりますので別の場所へ。', 'decency/discriminatory', 'block'],
    // Dress across sex laughed at.
    ['女性なのに男物のスーツで来られた方がいて、二度見しました😂', 'decency/discriminatory', 'block'],
    ['男の人がスカートはいて歩いとって笑った', 'decency/discriminatory', 'block'],
    ['男のくせに女物の着物なんて着てる人がいたw', 'decency/discriminatory', 'block'],
    // A nuisance tied to where a group lives.
    ['外国人が多く住むアパートの周辺で、ごみ出しのルール違反が目立っています。', 'decency/discriminatory', 'block'],
    ['騒音の苦情は、留学生の多い地区に集中しています。', 'decency/discriminatory', 'block'],
    ['生活保護世帯が多い団地では、ポイ捨てが後を絶ちません。', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (row, rule, severity) => {
    const [text, ctx] = ctxOf(row)
    const found = summary(findingsOf(decency, text, ctx))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  const valid: string[] = [
    // An address is not laughter (https://www.…).
    '大和町の土砂崩れ現場は通行止めです。迂回路は市ホームページ（https://www.city.yanagawa.fukuoka.jp/）をご覧ください。',
    '浸水被害に遭われた方の相談窓口を開設しました。詳しくはwww.city.yanagawa.fukuoka.jpへ。',
    '沖端で発生した火災について、り災証明の申請はhttps://www.city.yanagawa.fukuoka.jp/kurashi/からできます。',
    // Misfortunes prevented, supposed, counted, answered with relief or rebuilding, mourned.
    '川下り中の事故を防ぐため、救命胴衣の着用をお願いします🙌',
    '火事が起きたら、まず119番へ。防火訓練は大成功でした🎉',
    '昨夜の火災では、けが人は出ませんでした。消防団の皆さん、ありがとうございました🙌',
    '水難事故ゼロを目指して、夏の安全教室を開きました😊',
    '大雨で浸水した商店街が、3か月ぶりに営業を再開しました🎉',
    '台風で全壊した神社の社殿が再建され、落成式が行われました🎊',
    '昨年の交通事故死者数は5人でした。\n\n交通安全ポスターの入賞作品が決まりました🎉',
    '先日の火災で亡くなられた方のご冥福をお祈りいたします。市では防火の呼びかけを続けてまいります。',
    '大雨で市内の道路が冠水しています。不要不急の外出はお控えください。',
    // Shelters told plainly, or a drill enjoyed.
    '!E 避難所の体育館に、ボランティアの皆さんが温かい食事を届けてくださいました。ありがとうございます。',
    '親子防災キャンプを開催！避難所体験、子どもたちはワクワクしていました🎉',
    '!E 避難所は今夜も開設しています。中央公民館は満員に近いため、南部体育館をご利用ください。',
    // Near: A people named by a hint (大陸, 例の国, お隣の国) with their manners mocked; surprise that they managed; the same in English.
    '島原半島の方からのお客様も多く、川下りは終日にぎわいました。',
    '大陸からの黄砂が飛来しています。洗濯物の外干しにご注意ください。',
    '海外からのお客さまが、列に並んで乗船を待っていらっしゃいました。',
    '外国人観光客の皆さまに、乗船時のマナーを多言語でご案内しています。',
    'Visitors from Korea and Taiwan are welcome! Please line up at the pier for the next boat.',
    '留学生の皆さんが、ちゃんとした日本語で発表してくれて感動しました。',
    // Near: 同和地区 or 部落 named as the reason for a price or a demand.
    '同和問題の解決に向けた講演会を開催します。',
    '旧同和地区を含む市内全域で、住環境の整備を進めてきました。',
    '部落差別解消推進法に基づき、相談体制を充実させます。',
    // Near: Looks or the body as a criterion of selection.
    '料理コンテストは、味・見た目・独創性で審査します。',
    '観光大使の応募資格：容姿・年齢・性別は問いません。',
    '特定健診では腹囲（ウエストサイズ）を測定します。',
    '採用試験は、筆記と面接で総合的に評価します。',
    '働き方のスタイルを重視する若者が増えています。',
    // Near: Someone else's body likened to a heavy animal (warn).
    '動物園のトドの赤ちゃんが、すくすく育っています。',
    '子どもたちは力士さんと一緒に、ちゃんこ鍋を味わいました。',
    '相撲大会では、小学生が関取並みの気迫でぶつかり合いました。',
    // Near: Faith or a rite called superstition or meaningless (warn).
    '「お盆に海に入ると足を引っ張られる」という言い伝えがありますが、この時期は高波に注意しましょう。',
    '精霊流しは、故人を送る大切な伝統行事です。',
    '迷信に惑わされず、熱中症予防にはこまめな水分補給を。',
    // Near: A sex kept from a job (応募は想定しておりません), or a sex's nature as what the job needs (warn).
    '男性も女性も応募できます。',
    '女性の消防団員を募集しています。',
    '応募は想定していた人数を上回りました。ありがとうございました。',
    '女性ならではの視点を防災計画に取り入れています。',
    // Near: Women in swimwear or short skirts as an attraction (warn).
    '水着の女性が溺れているとの通報があり、ライフセーバーが救助しました。',
    '水着の貸し出しはプール受付で行っています。',
    '水着の子どもたちがたくさん水遊びを楽しんでいました。',
    // Near: Single parents or welfare recipients presumed to live badly.
    'ひとり親家庭の皆さまへ、児童扶養手当のお知らせです。',
    'ひとり親家庭は、どうしても経済的に厳しくなりがちです。支援制度をご活用ください。',
    '生活リズムを整える早寝早起き講座を開催します。',
    // Near: Young women or mothers as a treat for the men on staff (warn).
    '若いお母さんの参加が多く、子育ての悩みを話し合いました。',
    '若い女性の就職を支援するセミナーに、多くの方が参加されました。',
    '男性職員も張り切って準備しました。',
    // Near: A victim shown being recovered.
    '行方不明者の捜索の様子です。',
    '被災地で撮影した遺体の写真をSNSに載せるのはやめましょう。',
    '不発弾が見つかり、自衛隊が運び出す様子です。',
    '救助された方は、病院に搬送されました。',
    // Near: A group asked to stay away as a bother to other evacuees or users.
    '認知症の方のご家族向けの相談会を開催します。',
    '障がいのある方も安心して過ごせるよう、福祉避難所を開設しました。',
    '発熱のある方は、ほかの避難者への感染を防ぐため、別室をご用意しています。',
    // Near: Dress across sex laughed at.
    '男性も女性ものの浴衣をお選びいただけます。',
    '女性用と男性用の浴衣を、それぞれ50着ご用意しています。',
    '男の子も女の子も、好きな色の浴衣を選べます。',
    // Near: A nuisance tied to where a group lives.
    '外国人住民が多く住む地区では、多言語のごみ出しカレンダーを配布しています。',
    '高齢者が多く住む地区では、ごみ出し支援を行っています。',
    '不法投棄が目立つ地区では、監視カメラを設置しています。',
    // Near neighbours of several kinds: a question of appeal, sympathy, a loud voice praised, care, advice not to judge by looks, a count of accidents, relief, a history lesson.
    '外国人観光客はなぜいつも柳川を訪れるのか？その魅力を探ります。',
    '外国籍の皆さまのご苦労をお察しいたします。',
    '留学生の皆さんは声が大きくてハキハキと発表してくれました。',
    '車いすの方は、他のお客様の目を気にせずお楽しみいただけます。',
    '障がいのある方は、ほかの参加者の視線を気にすることなく参加できます。',
    '障害のある方で避難所での生活が難しい場合は、ご自宅で過ごしていただくこともできます。',
    '人を容姿で判断するのはやめましょう。',
    '【交通安全】\n昨年、市内で交通死亡事故が3件発生しました。\n\n交通安全フェスタを開催します🎉',
    '!E 今夜、停電が復旧しました🎉 ご協力ありがとうございました。',
    '外国人の方は、日本の夏の暑さに慣れていないので熱中症にご注意ください。',
    'ひとり親家庭の子どもの学習支援を行っています。生活リズムを整える取り組みも。',
    '本日の川下りは、予定どおり運航します🚣 水難事故防止のため救命胴衣を着用してください。',
    '同和地区の歴史と、差別の解消に向けた歩みを学ぶ講座です。',
    '男性なのに育休を取るなんて、と言われない職場づくりを進めています。',
    '水着の女性が熱中症で倒れ、救急搬送されました。',
    '認知症の方が、ほかの利用者の方と一緒に作業を楽しんでいました。',
    // ところで of a place is not a turn.
    '土砂崩れがあったところで、復旧作業が始まりました✨',
    '火事があったところで、消防団が見回りをしています。今日は晴れて絶好の点検日和です。',
  ]
  it.each(valid)('passes %s', (row) => {
    const [text, ctx] = ctxOf(row)
    const found = findingsOf(decency, text, ctx)
    expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
  })
})

// Round 13 kinds, each in new wording and several registers (keigo, である調, 筑後弁, casual, spaced), with hard negatives
// that share the surface words: ordinary notices must pass.
describe('decency (4(2)), round 13 kinds', () => {
  const invalid: Case[] = [
    // A group, or its children and family, told to keep out of others' way (迷惑にならないよう, ほかの子が怖がるので).
    ['知的障がいのある方のご家族は、他のお客様のご迷惑とならないよう、平日の午前中にお越しください。', 'decency/discriminatory', 'block'],
    ['車いすの方の付き添いの方は、周りの迷惑にならんごと、空いとる時間に来てください。', 'decency/discriminatory', 'block'],
    ['自閉症のお子さんは、ほかの子がびっくりするので、別の部屋で遊んでもらっています。', 'decency/discriminatory', 'block'],
    ['障害児の保護者の皆様は、周囲のご迷惑にならないよう後方の席をご利用願います。', 'decency/discriminatory', 'block'],
    ['発達障害の子どもを連れた方は、他の利用者に配慮して、混雑時間帯を避けてご来館ください。', 'decency/discriminatory', 'block'],
    ['認知症の方は、周りの方に気を遣っていただき、午前中にお越しください。', 'decency/discriminatory', 'block'],
    // Looks as the condition to take part.
    ['観光PR動画の出演者募集！見た目に自信のある方、大歓迎です。', 'decency/lookism', 'block'],
    ['夏祭りの法被モデル、容姿に自信のある女性を募集しています。', 'decency/lookism', 'block'],
    ['イベントスタッフは美男美女のみ募集します（笑）', 'decency/lookism', 'block'],
    ['お見合いパーティー、今回はインスタ映えする顔立ちの方に限らせていただきます。', 'decency/lookism', 'block'],
    ['受付スタッフは細身の女性のみ募集します。', 'decency/lookism', 'block'],
    // A job said to suit one sex; a sex's applications not wanted.
    ['夜間の見回り当番は、やっぱり男性のほうが安心ですね。', 'decency/discriminatory', 'warn'],
    ['給食の調理は、やっぱり女の人が向いとるね。', 'decency/discriminatory', 'warn'],
    ['消防団の仕事は男じゃないと務まりませんよね。', 'decency/discriminatory', 'warn'],
    ['介護の仕事は、女性のほうが適任である。', 'decency/discriminatory', 'warn'],
    ['保育士の応募は、男性からはそれほど期待しておりません。', 'decency/discriminatory', 'block'],
    ['看護助手の募集ですが、男性の応募はあまり求めていません。', 'decency/discriminatory', 'block'],
    ['看護師の仕事は男性には向いていない仕事である。', 'decency/stereotype', 'warn'],
    // Hiring that prefers a sex or a nationality; women presumed to quit.
    ['女性職員は結婚したらすぐ辞めるので、採用は男性を優先します。', 'decency/discriminatory', 'block'],
    ['選考にあたっては、日本人を優遇いたします。', 'decency/discriminatory', 'block'],
    ['女は出産したらどうせ休むけん、男ば採る。', 'decency/discriminatory', 'block'],
    ['男なんてどうせ家事はしないでしょう。', 'decency/discriminatory', 'block'],
    // Old age: どうせ, and the whole group presumed unable.
    ['高齢者はどうせ聞いても分からないので、説明は簡単にしておきました。', 'decency/discriminatory', 'block'],
    ['年寄りはどうせ来んけん、チラシは若い人の分だけ刷っとけばよか。', 'decency/discriminatory', 'block'],
    ['お年寄りはスマホなんか使えんけん、チラシで十分たい。', 'decency/stereotype', 'warn'],
    ['高齢の方はネット予約ができないので、窓口の枠を残しておきます。', 'decency/stereotype', 'warn'],
    // A people said unable to keep a rule of daily life (分別ができない人が多い).
    ['外国人の方はごみ出しのルールが守れない人が多いので、注意書きを増やしました。', 'decency/discriminatory', 'block'],
    ['実習生はごみの分別ができんとばっかりで困っとります。', 'decency/discriminatory', 'block'],
    ['ベトナム人の入居者は分別をしない人が多く、苦情が絶えません。', 'decency/discriminatory', 'block'],
    // Crime tied to a group's arrival; a group to be watched.
    ['外国人労働者の流入で、市内の窃盗事件が増加している。', 'decency/discriminatory', 'block'],
    ['外国人が住み着いてから、万引きが目立つようになりました。', 'decency/discriminatory', 'block'],
    ['留学生が増えてきたので、玄関の施錠を徹底しましょう。', 'decency/discriminatory', 'block'],
    ['外国人のグループを見かけたら、すぐ警察に通報してください。', 'decency/discriminatory', 'block'],
    ['外国人観光客がうろうろしとったら、貴重品に気をつけてください。', 'decency/discriminatory', 'block'],
    ['外国人には十分ご注意ください。', 'decency/discriminatory', 'block'],
    ['外国人が多く住む地区では、空き巣に十分注意してください。', 'decency/discriminatory', 'block'],
    ['外国人が増えたせいか、自転車の盗難が多発しています。', 'decency/discriminatory', 'block'],
    // A slur heading a compound (オカマキャラ, ホモネタ), spaced too.
    ['ホモネタ満載のステージで盛り上がりました😂', 'decency/discriminatory', 'block'],
    ['オ カ マ キャラの芸人さんが来場します！', 'decency/discriminatory', 'block'],
    ['今年の仮装大会は、オカマバーのママ風の衣装がいちばん人気でした。', 'decency/discriminatory', 'block'],
    ['司会はオネエキャラでおなじみのタレントさんです。', 'decency/discriminatory', 'warn'],
    ['レズカップル向けの宿泊プランが登場！', 'decency/discriminatory', 'block'],
    // A delay or shortfall put down to who the staff are.
    ['外国人スタッフが多い課ですので、手続きにお時間をいただく場合がございます。', 'decency/discriminatory', 'block'],
    ['女性職員ばかりの部署なので、急なお休みでご迷惑をおかけすることがあります。', 'decency/discriminatory', 'block'],
    ['うちの係は女の人ばっかりやけん、段取りが遅かとです。すみません。', 'decency/discriminatory', 'block'],
    ['高齢の職員が多い部署であるため、対応が遅れる場合がある。', 'decency/discriminatory', 'block'],
    ['パートのおばちゃんが多い係なので、仕事が遅いのはご了承ください。', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  const valid: string[] = [
    // Near: a group's family, others in the room.
    '発達障害のあるお子さんのご家族向けに、相談会を開催します。',
    '障害のあるお子さんのご家族は、優先的にご予約いただけます。',
    '自閉症のお子さんも楽しめる、音や光を抑えた上映会です。',
    'ほかのお子さんが驚かないよう、花火の前にアナウンスします。',
    '障がいのあるお子さんのご家族は、ご遠慮なくご相談ください。',
    '認知症の方のご家族は、ほかの利用者の方と一緒にご参加いただけます。',
    '障害のある方への配慮をお願いします。',
    '車いすの方が通りやすいよう、他の利用者の方はご配慮ください。',
    'ベビーカーをお使いの方は、他の利用者に配慮して、エレベーターをご利用ください。',
    // Near: looks.
    '写真映えするスポットを巡るツアーです。',
    '見た目に自信のある料理を出品してください。',
    '見た目に自信がなくても大丈夫！どなたでもご参加ください。',
    '年齢・容姿は問いません。ボランティアの方を募集しています。',
    '美人の湯として知られる温泉で、ゆっくりお過ごしください。',
    '夏祭りのボランティアは、学生限定で募集します。',
    '細身の方でも着られる浴衣をご用意しています。',
    '高身長の方向けのレンタサイクルもあります。',
    // Near: jobs and sexes.
    '今年の講師は女性が務めます。',
    '相談員は女性が対応しますので、安心してご相談ください。',
    'この仕事は女性がいいという考えは、もう古いですね。',
    '受付は女性でも男性でも構いません。',
    '看護師は女性が多い職種ですが、男性看護師も増えています。',
    '保育士は男性も活躍しています。男性保育士の応募もお待ちしています。',
    '調理員は、男性・女性を問わず募集しています。',
    '男性の参加はあまり期待していませんでしたが、今年は半数が男性でした。',
    '女性の応募が少ないため、女性の方の応募を歓迎します。',
    '女性の管理職登用を優先的に進めています。',
    '女性職員が出産を機に育休を取得しました。',
    '採用にあたっては、障がいのある方を優先して選考します。',
    '選考は書類と面接で行います。',
    '女性は、どうせなら浴衣でお越しください。割引があります。',
    // Near: old age.
    '高齢者の方は、どうせなら景色のいい席をどうぞ。',
    '高齢者はスマホを使えない方も多いので、紙の申請書もご用意しています。',
    'スマホの使い方がわからない高齢者の方は、窓口でお手伝いします。',
    'お年寄りは、スマホの操作で分からないことがあれば窓口へどうぞ。',
    '高齢者は熱中症にかかりやすいので、こまめな水分補給を。',
    // Near: rules of daily life.
    '外国籍の方はごみの分別ができない方もいるので、やさしい日本語のチラシを作りました。',
    '外国籍の方はごみの分別がわからない場合もあるので、多言語のチラシを配布しています。',
    '外国人の方向けに、ごみの分別ルールを説明する会を開きます。',
    '外国人には日本のごみ出しルールがわかりにくいので、イラスト入りのチラシを作りました。',
    // Near: crime and watching.
    '不審者を見かけたら110番通報をお願いします。',
    '自転車の盗難が増えています。駐輪するときは必ず鍵をかけましょう。',
    '市内の窃盗事件が増加しています。外出時は施錠を忘れずに。',
    '空き巣が増えています。十分注意してください。',
    '外国人住民が多く住む地区では、ごみ出しルールの周知に注意しています。',
    '外国人観光客が増え、レンタサイクルの利用も増えています。返却時は鍵をかけてください。',
    '留学生が増えてきたので、日本語教室の定員を増やしました。',
    '困っている外国人を見かけたら、やさしい日本語で話しかけてみましょう。',
    '外国人観光客を見かけたら、スリに注意するよう声をかけてください。',
    '路上で生活されている方を見かけたら、福祉課までご相談ください。',
    '外国人観光客に熱中症への注意を呼びかけています。',
    '外国人に注意されて、ごみの出し方を直しました。',
    // Near: slurs talked about, and words that only look like them.
    'オカマという言葉は、人を傷つける差別的な表現です。',
    '「オカマキャラ」のような言葉で人をからかうのはやめましょう。',
    'ホモネタで笑いを取るのはやめてください、という声がありました。',
    'お釜で炊いたご飯が絶品です。',
    'おかまいなく、ゆっくりお過ごしください。',
    'ホモ・サピエンスの歴史を学ぶ企画展です。',
    // Each kind quoted in an awareness post: a mention.
    '【人権週間】「保育士は女性が向いている」「男性の応募は期待していない」といった決めつけが、職場から人を遠ざけています。',
    '「外国人を見かけたら注意しましょう」という張り紙は、国籍による差別につながります。',
    '「お年寄りはどうせスマホを使えない」という思い込みをなくしましょう。',
    '採用で「容姿に自信のある方」と条件をつけることは、ルッキズムにつながります。',
    '「女性職員が多い職場なので時間がかかる」という説明は、性別への偏見です。',
    // Near: who the staff are.
    '女性職員が多い職場なので、育児休業の取得率も高くなっています。',
    '女性が多い職場なので、更衣室を増設しました。',
    '女性の参加者が多いため、女性用トイレが混雑し、ご不便をおかけします。',
    '高齢者が多い地区のため、避難に時間がかかることが想定されます。',
    '外国人の利用者が多いため、英語の案内を用意しています。',
    '女性職員の多い職場であるため、育児と仕事の両立支援に力を入れています。',
    'パートの方が多い職場ですが、研修制度が充実しています。',
    '災害時、高齢者や外国人の方には特に注意して、避難情報を伝えてください。',
  ]
  it.each(valid)('passes %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
  })
})

describe('decency (4(2)) — round 14 kinds', () => {
  const invalid: Case[] = [
    // A group in a conditional clause or given as the reason, with a prejudice after it.
    ['アパートを外国籍の方に貸したら、夜中まで騒がしくて近所から苦情が来るけんね。', 'decency/discriminatory', 'block'],
    ['外国人を雇うと、すぐ辞めてしまうので採用は慎重にしたほうがよいです。', 'decency/discriminatory', 'block'],
    ['留学生に部屋を貸すとトラブルになりやすいので、大家さんはご注意ください。', 'decency/discriminatory', 'block'],
    ['ベトナムの方々なので、約束の時間は守れないと思っておいたほうがいいです。', 'decency/discriminatory', 'block'],
    ['外国人の皆さんだから、ごみの分別はできないものとして回収日を調整した。', 'decency/discriminatory', 'block'],
    // A group said to slow the rest and sent to another session or room.
    ['車いすの方がいると準備に手間がかかるので、別の回にお申し込みください。', 'decency/discriminatory', 'block'],
    ['聴覚障害のある方は、進行の妨げになるため別室での受講をお願いします。', 'decency/discriminatory', 'block'],
    ['高齢の方が参加すると進行が遅くなるので、シニア向けの別コースへどうぞ。', 'decency/discriminatory', 'block'],
    ['知的障がいのある子がおると作業が遅れるけん、別の班に回ってもらいよります。', 'decency/discriminatory', 'block'],
    // Old people named by dementia or frailty as a slur.
    ['ボケたじいさんが毎日窓口に来て同じことを聞いてきます。', 'decency/discriminatory', 'block'],
    ['痴呆老人の徘徊対策として、見守りネットワークを始めた。', 'decency/discriminatory', 'block'],
    ['老いぼれに運転させるな、という話ですよね。', 'decency/discriminatory', 'block'],
    ['ボ ケ 老 人 の 方 も 大 歓 迎 ！', 'decency/discriminatory', 'block'],
    ['ヨボヨボのじいさんばっかりで、祭りの担ぎ手が足りません。', 'decency/discriminatory', 'block'],
    ['外国籍の方にお部屋をお貸しすると、ごみ出しのトラブルが多くなります。', 'decency/discriminatory', 'block'],
    // Looks selling someone of a role.
    ['今回の講師は、イケメン講師として話題の保健師さんです！女性の皆さんはお見逃しなく。', 'decency/lookism', 'block'],
    ['かわいすぎる農家さんが育てたいちごを販売します♪', 'decency/lookism', 'block'],
    ['美しすぎる館長が案内する特別ツアー、定員わずか！', 'decency/lookism', 'block'],
    ['あの美女すぎる消防士が、防災講座にやってくる！', 'decency/lookism', 'block'],
    // A body's size or weight joked as a load.
    ['お相撲さんみたいに体格のいい方は、どんこ舟が傾くかもしれません😂', 'decency/lookism', 'block'],
    ['体重が気になる方、ボートが沈まんように真ん中に座ってくださいね笑', 'decency/lookism', 'block'],
    ['ぽっちゃりさんが乗ると、屋形船が定員オーバーになるかも（笑）', 'decency/discriminatory', 'block'],
    ['太めの方が座ると、ベンチが壊れちゃいそうですw', 'decency/discriminatory', 'block'],
    // A place or rite of death joked about: in its sentence, or a sentence later (warn).
    ['告別式の受付、参列者がほとんどおらず暇すぎて寝そうでした笑', 'decency/insensitive', 'block'],
    ['霊安室の冷房、夏は最高に涼しいので職員の休憩所にしたいくらいですw', 'decency/insensitive', 'block'],
    ['新しい霊柩車、乗り心地が良さそうで一番乗りしたいくらい😂', 'decency/insensitive', 'block'],
    ['火葬場の待合室、リニューアルしてカフェみたいになってました。ちょっと住みたいw', 'decency/insensitive', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
    '「ボケ老人」という言葉は、認知症の方を傷つけます。',
    '「美人すぎる市議」のような見出しで、容姿を売りにするのはやめましょう。',
    '「外国人に部屋を貸すとトラブルになる」という思い込みをなくしましょう。',
  ])('does not flag a quoted example in %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.every((f) => f.severity === 'info')).toBe(true)
  })

  const valid: string[] = [
    // Near: a group in a conditional or as the reason, with no prejudice.
    '空き家を貸すと、固定資産税の特例が受けられる場合があります。',
    '外国人に部屋を貸すときは、多言語の契約書をご利用いただけます。',
    '外国人の方が来庁されたら、やさしい日本語で案内してください。',
    '外国籍の方を雇用すると、在留資格の確認が必要になります。',
    'アジアの方々なので、ハラール対応のお弁当を用意しました。',
    '外国人の方なので、英語の資料をお渡ししました。',
    '女性なので、女性用の更衣室をご利用ください。',
    '高齢の方なので、ゆっくりはっきり話すよう心がけています。',
    // Near: another session or room, for access or a delay of the course itself.
    '障害のある方が参加されると伺っているので、手話通訳を手配しました。',
    '車いすの方が参加される場合は、段差のない別会場へご案内します。',
    '障害のある方が参加される場合、介助者の方も無料でご入場いただけます。',
    '講座の進行が遅れたため、別日程で補講を行います。',
    // Near: ぼけ and 老人 in ordinary words.
    'ボケ防止に、脳トレ教室へどうぞ。',
    '寝ぼけたまま出勤しちゃいました（笑）',
    '時差ぼけの解消には朝日を浴びるのが効果的です。',
    'ピンぼけ写真を直すスマホ講座を開きます。',
    '認知症の方とそのご家族を支える見守りネットワークを始めました。',
    // Near: 美人 and a role not put together.
    '美人の湯として知られる温泉で、日帰り入浴が楽しめます。',
    '美人画の講師を招いて、日本画教室を開きます。',
    '美しすぎる夕焼けを撮影した職員の写真が、コンテストで入賞しました。',
    // Near: weight and a boat, as safety.
    '体重制限があるため、体重100kgを超える方は乗船をお断りする場合があります。',
    '舟が傾くおそれがあるため、乗船中は立ち上がらないでください。',
    '体重計を新しくしたので、健康相談で体重を測ってみてください😊',
    // Near: places and rites of death, plainly told.
    '霊安室の改修工事が完了しました。ご遺族が落ち着いてお別れできる部屋になりました。',
    '斎場の予約は、葬儀社を通じてお申し込みください。',
    '市営墓地の草刈りを行います。お墓参りの際はご注意ください。',
    '葬儀の後、みんなで昔話をして笑顔でお別れしました。',
    '市営墓地周辺の草・木の手入れを行います。',
    '会議室がお通夜状態でした（笑）',
  ]
  it.each(valid)('passes %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
  })
})

describe('decency (4(2)) — round 15 kinds', () => {
  const invalid: Case[] = [
    // A service called useless to a disabled group, the group told not to count on it.
    ['目の不自由な方には、この広報紙は意味がありませんので、期待しないでください。', 'decency/discriminatory', 'block'],
    ['車いすの人にはうちの展望台は用がないけん、あてにせんでよかです。', 'decency/discriminatory', 'block'],
    ['聴覚障害者にとって防災無線など無意味である。', 'decency/discriminatory', 'block'],
    ['難聴の方は、館内放送は当てにしないでください。', 'decency/discriminatory', 'block'],
    ['耳が聞こえない人に防災無線を流しても無駄ですので、各自で情報を集めてください。', 'decency/discriminatory', 'block'],
    ['目の不自由な方に点字の案内を作っても仕方がない。', 'decency/discriminatory', 'block'],
    // A disabled group, the old, women as the yardstick of easy.
    ['障がいのある子でもできるくらいカンタンな作業なので、誰でも大丈夫です。', 'decency/discriminatory', 'block'],
    ['知的障害者ですら覚えられた手順です。', 'decency/discriminatory', 'block'],
    ['お年寄りでも使えるほど簡単なアプリです！', 'decency/stereotype', 'warn'],
    ['ばあちゃんでも操作できるレベルのシンプルさやけん、安心してね。', 'decency/stereotype', 'warn'],
    // The old presumed slow as a whole; a time recommended for being free of a group.
    ['高齢者って手続きが遅いから、窓口は午後が混むんですよね。', 'decency/stereotype', 'warn'],
    ['年寄りは話が長かけん、電話相談は時間に余裕をもってください。', 'decency/stereotype', 'warn'],
    ['外国人観光客のいない平日が狙い目です！', 'decency/stereotype', 'warn'],
    ['シニアの方がいない時間帯のほうが快適に泳げます。', 'decency/stereotype', 'warn'],
    ['年配の方は操作に手間取るので、窓口は混み合います。', 'decency/stereotype', 'warn'],
    ['お年寄りが少ない時間を狙って来ると早く済みますよ。', 'decency/stereotype', 'warn'],
    // Illness made a windfall.
    ['骨折して入院したら三食昼寝付きで、むしろラッキーかも😆', 'decency/insensitive', 'warn'],
    ['インフルにかかったら堂々と休めて役得ですね笑', 'decency/insensitive', 'warn'],
    ['病気になっても高額療養費があるけん、元が取れるばい。', 'decency/insensitive', 'warn'],
    ['入院のおかげで3キロ痩せました、ラッキー笑', 'decency/insensitive', 'warn'],
    // An old person's face made the joke.
    ['新しいゆるキャラ、シワシワの顔が近所のじいちゃんに激似で笑えます。', 'decency/lookism', 'warn'],
    ['うちの猫、寝顔がおじいちゃんそっくりでブサカワ😂', 'decency/lookism', 'warn'],
    ['この干物、しわくちゃな顔が祖母みたいで愛嬌がある（笑）', 'decency/lookism', 'warn'],
    // A person said to seem gay.
    ['あの職員さん、女言葉でしゃべるけんオネエっぽかよね。', 'decency/discriminatory', 'block'],
    ['彼、男のくせにナヨナヨしとって、女みたいな喋り方なんよ。', 'decency/discriminatory', 'block'],
    ['新任の先生はオネエ疑惑がある。', 'decency/discriminatory', 'block'],
    ['あの店員さん、ちょっとゲイっぽくない？', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
    '「障害者でもできるくらい簡単」といった言い方は、差別につながります。',
    '「オネエっぽい」「そっち系」といったからかいは、人を深く傷つけます。',
    '「がんになってもお得」などと病気を茶化す書き込みはやめましょう。',
  ])('no more than a note in %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.every((f) => f.severity === 'info')).toBe(true)
  })

  const valid: string[] = [
    // Near: a disabled group and an alternative offered.
    '耳の不自由な方には防災無線だけでは情報が届かないため、メール配信をご用意しています。',
    '目の不自由な方には、音声案内の無い展示は意味がないため、音声ガイドを貸し出しています。',
    '障害のある方にとって意味のある就労の場をつくります。',
    '車いすの方も、ご遠慮なく展望台をご利用ください。',
    '耳が聞こえにくい方には、筆談ボードをご用意しています。',
    '目の不自由な方に点字の案内を作っても、置き場所が分からなければ意味がありません。配置図もあわせてお知らせします。',
    // Near: でも of inclusion, children as the yardstick.
    '障害のある方でも安心してご参加いただけるよう、スロープを設置しました。',
    '小さなお子さんでも作れるくらい簡単なクラフト体験です。',
    '高齢の方でも無理なく続けられる体操です。',
    '車いすの方でも利用できる多目的トイレがあります。',
    // Near: time taken, a quiet hour, the old cared for.
    '窓口は月末に混み合い、手続きに時間がかかりますので、お時間に余裕をもってお越しください。',
    '高齢者の少ない地区でも見守り活動を続けています。',
    '混雑の少ない夕方の時間帯がおすすめです。',
    'お年寄りは熱中症に気づきにくいので、こまめな声かけをお願いします。',
    '年配の方が多い地域で、見守り活動を続けています。',
    '高齢者の少ない地域では、若い世代の移住を応援しています。',
    'お子さんが少ない時間帯は、プールでゆっくり泳げます。',
    // Near: illness and a benefit told plainly.
    'がんになっても、高額療養費制度で自己負担には上限があります。',
    '入院した場合でも、限度額適用認定証があれば窓口負担が軽くなります。',
    'がん検診が500円で受けられてお得です！',
    'インフルエンザにかかったら、無理をせず休みましょう。',
    'けがのおかげで家族のありがたみがわかりました。',
    '骨折して入院したけど、リハビリのおかげで元気に歩けるようになりました！',
    // Near: a face likened kindly, wrinkles of food.
    'お地蔵さまの優しいお顔が、亡くなったおばあちゃんにそっくりでした。',
    'しわしわになるまで干した梅を、おばあちゃん直伝の方法で漬けました。',
    'おじいちゃんそっくりの笑顔で、お孫さんが花束を渡しました。',
    // Near: おねえさん, men at a craft class, そっち系 of work.
    'おねえさんと一緒に手芸教室に参加しました。',
    '男性も手芸を楽しめる教室です。',
    'そっち系の仕事は経験がないので勉強中です。',
    'その気があるかもしれない方は、ぜひ説明会へ。',
    'ゲイの方もレズビアンの方も、パートナーシップ宣誓制度をご利用いただけます。',
  ]
  it.each(valid)('passes %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
  })
})

// Round 16 kinds: each with violations in new wording (varied register) and hard negatives that share the surface words.
describe('decency (4(2)), round 16 kinds', () => {
  const invalid: Case[] = [
    // A wish to keep a group out, and the account siding with it.
    ['正直、外国籍の方に部屋を貸したがらない大家さんの気持ちも分からんでもないです。', 'decency/discriminatory', 'block'],
    ['障害のある方には部屋を貸したくない、というオーナーの心情も理解できます。', 'decency/discriminatory', 'block'],
    ['市内でも、高齢の方の入居を断る家主さんがいるのは仕方ないことかもしれません。', 'decency/discriminatory', 'block'],
    ['外国人には貸したくないという声もありますが、無理もないですね。', 'decency/discriminatory', 'block'],
    ['うちは実習生は雇いたくないっていう社長さんの言い分もわかります。', 'decency/discriminatory', 'block'],
    // 部落 or 同和地区 nearby given as the reason for a price or for avoiding the place.
    ['旧同和地区の中にある土地なので、地価がかなり安いです。', 'decency/discriminatory', 'block'],
    ['あの辺りは昔部落があったけん、今でも買い手がつかんとよ。', 'decency/discriminatory', 'block'],
    ['この分譲地は被差別部落に隣接しているため、相場以下で売り出されています。', 'decency/discriminatory', 'block'],
    ['当該物件は同和地区に近接しておりますことから、お手頃な価格となっております。', 'decency/discriminatory', 'block'],
    // A body type joked at as unfit for a task.
    ['お腹の出たおじさんには、この坂道はかなりキツいですね笑', 'decency/lookism', 'block'],
    ['メタボな職員にはマラソン大会は地獄ですなw', 'decency/lookism', 'block'],
    ['体重の重い方だと、つり橋を渡るのはちょっと怖いかもしれません（笑）', 'decency/lookism', 'block'],
    ['太めの方には、この狭い通路はしんどいかも😂', 'decency/lookism', 'block'],
    // A sex said to suit a role for a supposed quality, or handed a task as its share.
    ['保育士さんはやっぱり女性のほうが優しくて向いとるけん、男性の応募は少ないんよね。', 'decency/discriminatory', 'warn'],
    ['夜間パトロールは男性のほうが体力があって安心です。', 'decency/discriminatory', 'warn'],
    ['窓口案内係は、女性の方がきめ細かくて適任であると考えます。', 'decency/discriminatory', 'warn'],
    ['炊き出しボランティア、女性陣は料理担当でお願いします♪', 'decency/discriminatory', 'warn'],
    ['祭りの準備、男衆は力仕事でよろしく！', 'decency/discriminatory', 'warn'],
    ['当日は、男性の皆様には設営をお任せいたします。', 'decency/discriminatory', 'warn'],
    // People of one sex offered to the other as a catch.
    ['新米の収穫体験、都会の若い女性の皆さんを地元の独身男性たちが首を長くしてお待ちしています💕', 'decency/sexual', 'warn'],
    ['ミカン狩りに来る女子の皆さん、農園の独身の跡取りたちが待ちわびとるよ〜♡', 'decency/sexual', 'warn'],
    ['若い男性の皆さん、川下りの後は独身の女性職員との甘い出会いがあるかも？', 'decency/sexual', 'warn'],
    // The old called stubborn as a whole.
    ['年寄りは頑固で人の話を聞かんけん、説得はご家族からお願いします。', 'decency/stereotype', 'warn'],
    ['高齢者って何度言っても分からないので、詐欺の被害が減らないんですよね。', 'decency/stereotype', 'warn'],
    ['お年寄りはわがままな方が多いので、窓口対応は大変です。', 'decency/stereotype', 'warn'],
    ['ご高齢の方はとにかく言うことを聞かないため、職員が何度も説明しております。', 'decency/stereotype', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
    '「外国人には部屋を貸したくない」という大家さんの気持ちも分かる、という考えが差別を生みます。',
    '「女性は料理担当で」という役割の決めつけはやめましょう。',
  ])('no more than a note in %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.every((f) => f.severity === 'info')).toBe(true)
  })

  const valid: string[] = [
    // Near: exclusion told in order to end it, feelings of owners in other matters.
    '外国籍の方の入居を断る事例があり、市では居住支援の相談窓口を設けています。',
    '大家さんの不安な気持ちも分かりますが、国籍を理由に入居を断ることはできません。',
    '空き家バンクの物件は、所有者さんの気持ちもよく分かる担当者がご案内します。',
    '高齢の方が入居しやすいよう、見守りサービス付きの物件を紹介しています。',
    '空き家を貸したくないという所有者さんの気持ちも分かりますので、まずは売却のご相談からどうぞ。',
    '混雑を避けるため、お車でのご来場を控える方が多いのも当然です。',
    // Near: 部落 and 同和 in awareness, a price for other reasons.
    '部落差別の解消を目指す講演会は、参加無料なのでお気軽にどうぞ。',
    '同和問題の研修会は好評のため、追加開催が決まりました。',
    'この集落は交通の便が悪いので、土地の価格が安くなっています。',
    '部落差別解消推進法に基づき、土地の調査はお断りしております。',
    // Near: weight and health advice, a weight limit, sizes offered.
    '肥満気味の方は、無理のない運動から始めましょう。医師にもご相談ください。',
    '太っている方でも無理なく続けられる、笑顔あふれる体操教室です。',
    '体重の重い方はつり橋の通行を控えてください。重量制限は一人80kgです。',
    'お腹の出た方にもぴったりの、ゆったりサイズの法被を用意しました。',
    // Near: both sexes named, rooms by sex, roles by choice.
    '保育士は男性も女性も活躍しています。',
    '夜間パトロールは二人一組で行います。',
    '男性の方は2階、女性の方は3階の更衣室をご利用ください。',
    '女性の方が多く参加されるため、託児スペースを設けました。',
    '力仕事や受付など、担当はご希望に応じて男女問わずお選びいただけます。',
    '男性は力仕事を、という思い込みをなくしましょう。',
    // Near: matchmaking the city runs, single staff, young women invited to farming.
    '独身の男女の出会いを応援する婚活イベントを開催します。',
    '若い女性の皆さん、農業に興味があれば新規就農の相談会へどうぞ。',
    '独身の職員が多い課ですが、皆さん元気に働いています。',
    '農家の跡取りの皆さんと、若い世代の就農希望者の交流会を開きます。',
    // Near: the old cared for, stubborn stains.
    'お年寄りは熱中症に気づきにくいので、こまめな声かけをお願いします。',
    '高齢者は判断力が低下しやすいため、詐欺の被害に注意しましょう。',
    '頑固な汚れはお年寄りでも簡単に落とせる洗剤で。',
    '高齢の方は、何度でもお気軽にお尋ねください。',
    'お年寄りの話を聞かない若者が増えたと言われます。',
    'お年寄りは頑固な肩こりに悩む方が多いので、ストレッチ教室を開きます。',
    '高齢者は言っても分からないと決めつけず、丁寧に説明しましょう。',
    // Near: avoiding a crowd or the heat, refusing a sales call, staff who happen to be of one sex.
    '高齢の方は、暑い時間帯の外出を避けるのは当然です。',
    'お年寄りが電話での勧誘を断るのは当然のことです。',
    '外国人観光客の方が多いので、混雑を避けるのは当然かもしれません。',
    'このイベントは女性が多くて、華やかでいいですね。',
    '女性は受付でお願いします。',
    '独身男性の皆さん、料理教室で腕を磨きましょう！女性の講師がお待ちしています♡',
  ]
  it.each(valid)('passes %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
  })
})

describe('decency round 17: kinds said without a slur', () => {
  // dementia called ボケ; the old belittled by a deficiency; a group's needs dismissed as too few; a body type presumed
  // ashamed; 部落 as a likeness; looks ranked; a sex or people said to be all alike; a sex called a burden; a people's
  // arrival said to break rules.
  const invalid: Case[] = [
    // dementia called ボケ
    ['脳トレ教室でボケ予防！今日から始めましょう（笑）', 'decency/discriminatory', 'warn'],
    ['うちの親もボケてきたけん、認知症カフェに行ってみようかな。', 'decency/discriminatory', 'warn'],
    ['ボケないための食事のコツ、栄養士さんが伝授しちゃいます😆', 'decency/discriminatory', 'warn'],
    ['認知症の講演会です。ボケ封じの秘訣もお話しします。', 'decency/discriminatory', 'warn'],
    ['認知症、いわゆるボケについて楽しく学ぶ講座です。', 'decency/discriminatory', 'warn'],
    // the old belittled
    ['飲み込みの遅いお年寄りにも、根気よく教えてあげてください。', 'decency/stereotype', 'warn'],
    ['物わかりの悪かじいさんたちにも分かるごと、説明会ば開きます。', 'decency/stereotype', 'warn'],
    ['頭の固い高齢者でもすぐ使える、かんたんアプリです。', 'decency/stereotype', 'warn'],
    ['お年寄りって、どうしても物覚えが悪いですよね。', 'decency/stereotype', 'warn'],
    ['年寄りは頭が固かけん、新しか制度は説明しても無駄よ。', 'decency/stereotype', 'warn'],
    // a group's needs dismissed
    ['障害者なんてこの施設にはほとんど来ないのだから、スロープは不要でしょう。', 'decency/discriminatory', 'block'],
    ['外国人なんか年に数人しか利用しないのに、多言語看板とは。', 'decency/discriminatory', 'block'],
    ['一部の車椅子利用者のためだけに多額の税金を使うのは、いかがなものでしょうか。', 'decency/discriminatory', 'block'],
    ['車いすの利用者は月に数人しかいないのに、エレベーター設置に何千万もかけるのは無駄です。', 'decency/discriminatory', 'block'],
    // a body type presumed ashamed
    ['太めの方は人前で踊るのが恥ずかしいでしょうが、盆踊りはどなたでも歓迎です。', 'decency/lookism', 'warn'],
    ['ふくよかな方も、体型を隠せるゆったりした浴衣を用意しています。', 'decency/lookism', 'warn'],
    ['ぽっちゃりさんたちも勇気を出してヨガ教室へ！', 'decency/lookism', 'warn'],
    // 部落 as a likeness
    ['このあたりの路地は、昔の部落のような雰囲気が残っています。', 'decency/discriminatory', 'block'],
    ['再開発が遅れて、駅裏はもはや部落同然です。', 'decency/discriminatory', 'block'],
    ['古い長屋が並んでいて、なんだか部落っぽい町並みやね。', 'decency/discriminatory', 'block'],
    // looks ranked
    ['成人式の振袖美女ランキングを勝手に作ってみました！', 'decency/lookism', 'warn'],
    ['うちの課の美人ランキング、1位は誰でしょう？', 'decency/lookism', 'warn'],
    ['参加者の皆さんのルックスを勝手に採点しちゃいます（笑）', 'decency/lookism', 'warn'],
    // a sex or people said to be all alike
    ['男性って基本的に大雑把なので、片付けは女性陣にお任せです。', 'decency/stereotype', 'warn'],
    ['女性はみんなおしゃべりが好きですからね、お茶会は盛り上がりました。', 'decency/stereotype', 'warn'],
    ['ブラジル人はだいたい陽気で、祭りが大好きなんです。', 'decency/stereotype', 'warn'],
    ['女って噂好きな生き物ですよね。', 'decency/stereotype', 'warn'],
    // a sex called a burden
    ['草刈り作業は男性でお願いします。女性がいると足手まといになるので。', 'decency/discriminatory', 'block'],
    ['女子は力仕事では戦力にならないので、受付に回ってもらいます。', 'decency/discriminatory', 'block'],
    ['男なんて育児ではお荷物ですからね。', 'decency/discriminatory', 'block'],
    // a people's arrival said to break rules
    ['外国人の入居者が増えたら、地域の決まりが守られなくなるのではと心配です。', 'decency/discriminatory', 'block'],
    ['技能実習生が来ると治安が悪化するので、夜道は気をつけましょう。', 'decency/discriminatory', 'block'],
    ['中国人観光客が増えてから、駅前のマナーが乱れてしまいました。', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
    '「ボケ防止」という言い方は、認知症の方やご家族を傷つけることがあります。',
    '「部落みたい」といった表現は差別につながるため、使わないでください。',
  ])('no more than a note in %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.every((f) => f.severity === 'info')).toBe(true)
  })

  // Hard negatives: the same surface words in ordinary municipal prose.
  const valid: string[] = [
    '御花の庭園で、ボケの花が見ごろを迎えています。',
    '寝ぼけたまま運転しないよう、十分な睡眠をとりましょう。',
    '写真がピンボケにならないよう、三脚をお使いください。',
    '認知症予防のための脳トレ教室を開きます。',
    '囲碁クラブは頭の体操、ボケ防止にもぴったりです。',
    '背景がボケている写真は、ピントを合わせ直してから応募してください。',
    '漫才教室では、ボケとツッコミの役割を体験します。',
    '物覚えに自信がない方も、繰り返し練習できるので安心です。',
    '耳の遠い高齢者にも聞こえるよう、防災無線の音量を調整しました。',
    '足腰の弱いお年寄りのために、送迎バスを運行します。',
    '車いすの方など、段差が苦手な方にも使いやすい設計です。',
    '障害者のための就労支援に、今年度は予算を増やしました。',
    '外国人の利用者はまだ少ないため、多言語の案内を充実させます。',
    '体型が気になる方も安心の、ゆったりサイズのラッシュガードを貸し出します。',
    'ぽっちゃりしたカピバラが、動物園の人気者です。',
    '太めの方も着られるLサイズの法被を用意しています。',
    '部落差別のような不当な差別をなくしましょう。',
    '山あいの集落のような、のどかな景色が広がります。',
    '人権講演会「部落差別の歴史と今」を開催します。',
    '美人の湯として知られる温泉ランキングで上位に入りました。',
    '明治の美人画を集めた展覧会を開催中です。',
    '柳川の人気スイーツランキングを発表します！',
    '女性はみんな参加無料です。',
    '男性は基本的に2階の会場をご利用ください。',
    '日本人は勤勉という思い込みに縛られず、休むことも大切です。',
    '女性は足手まといになるという思い込みをなくしましょう。',
    '男性の皆さん、家事で奥さんの足手まといにならないように！',
    '男女問わず、力仕事が苦手な方は受付をお願いします。',
    '外国人住民が増えたため、ごみ出しルールを多言語でお知らせします。',
    '外国人が増えるとルールが守られなくなる、という誤解がありますが、実際は違います。',
    '外国人の方にもルールが守られるよう、多言語で案内しています。',
    '外国人観光客が増えましたが、治安が悪化したというデータはありません。',
    '高齢になると物覚えが悪くなるのは自然なことです。',
    'お年寄りは物覚えが悪いと決めつけず、丁寧に説明しましょう。',
    '車いすの利用者はまだ少ないのですが、今後に備えてスロープを整備します。',
    '障害のある方はほとんど来られないので、窓口で個別にご案内しています。',
    '女性消防団員は、足手まといになるどころか頼もしい存在です。',
    '肥満の方は生活習慣病のリスクが高いため、ダイエット相談をご利用ください。',
    'ダイエット教室、ぽっちゃりさんも大歓迎！',
    '男子は全員、体操服で来てください。',
  ]
  it.each(valid)('passes %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
  })
})

describe('decency round 18: kinds by new writers', () => {
  // 部落 in kana or spaced and a slur heading a compound; a sex or role as a condition for a prejudice; a task called beyond
  // a disabled group and 健常者 as the condition; the old mocked as the only users or as demented; girls' clothing said to
  // please men; death joked about by a grave or an end-of-life offer; a quoted slur the account agrees with.
  const invalid: Case[] = [
    // 部落 in kana, spaced; a slur heading a compound
    ['あそこは ぶ ら く の人が多いけん、家は買わんほうがよかよ。', 'decency/discriminatory', 'block'],
    ['ブラク出身の人との縁談は、親が反対するでしょうね。', 'decency/discriminatory', 'block'],
    ['昨日の会議、課長の説明は完全にガイジ並みでした。', 'decency/discriminatory', 'block'],
    ['新人のミス、ほんと ガ イ ジ 以下ですわ。', 'decency/discriminatory', 'block'],
    // a sex or a role as the condition of the prejudice
    ['窓口対応は女性の職員だと感情的になるので、ベテランの男性が担当します。', 'decency/discriminatory', 'block'],
    ['上司が女やったら感情的になるけん、やりにくかよね。', 'decency/discriminatory', 'block'],
    ['送迎は、女性のドライバーだと運転が下手なので、男性職員にお願いしております。', 'decency/discriminatory', 'block'],
    // a task called beyond a disabled group; 健常者 as the condition
    ['車いすの方にはこの作業はこなせないので、受付だけお願いします。', 'decency/discriminatory', 'block'],
    ['知的障害のある人には務まらんやろ、あの仕事は。', 'decency/discriminatory', 'block'],
    ['清掃ボランティアは、健常者の方を対象といたします。', 'decency/discriminatory', 'block'],
    ['イベントスタッフは五体満足な方で募集しています。', 'decency/discriminatory', 'block'],
    // the old as the only users, mocked; the old called demented as a predicate
    ['この路線は高齢の方しか利用しないので廃線でいいっしょｗ', 'decency/discriminatory', 'block'],
    ['年寄りしかおらん集落やけん、どうでもよかろうもん笑', 'decency/discriminatory', 'block'],
    ['お年寄りはボケて何度も同じことを聞くので、適当に相づちを打っておけばいいです。', 'decency/discriminatory', 'block'],
    ['年寄りはもうボケとるけん、何ば言うても覚えとらんばい。', 'decency/discriminatory', 'warn'],
    ['じいさんたちはボケて何度も同じ苦情を言いに来るので、相手にしなくていいです。', 'decency/discriminatory', 'block'],
    // girls' clothing said to please men
    ['夏のユニフォーム、ショートパンツがピチピチで男性陣にも大人気です✨', 'decency/sexual', 'block'],
    ['チアの衣装、スカート丈を短くしたらおじさんたちが大喜びでした😆', 'decency/sexual', 'block'],
    ['女子の新しい水着はちょっと露出が多めで、先生方の目の保養ですね。', 'decency/sexual', 'block'],
    // death joked about by a grave or an end-of-life offer
    ['終活セミナー開催！棺桶に片足の方もぜひどうぞ（笑）', 'decency/insensitive', 'warn'],
    ['市営霊園の区画、くたばる前に予約しとかんとね〜😂', 'decency/insensitive', 'warn'],
    ['納骨堂の見学会です。死んだら入る場所、下見しておきませんか？💀', 'decency/insensitive', 'warn'],
    // a quoted slur agreed with
    ['「ホモなんて気持ち悪い」って気持ちも、正直わかります。', 'decency/discriminatory', 'block'],
    ['「オカマっぽい制服はやめて」という意見も、ごもっともです。', 'decency/discriminatory', 'block'],
    ['「ガイジは来ないで」という声も、まあ分かります。', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
    '部落差別の解消に向けた講演会を開きます。',
    'ぶらり散歩のおすすめコースをご紹介します。',
    'あぶらくさい煙が出たら、すぐに消防へ通報してください。',
    'ガイドブックのレベル別コースをご用意しました。',
    '女性なら誰でも参加できるヨガ教室です。',
    '男性の方だと着替えの場所がないため、更衣室を別にご用意しました。',
    '女性の職員だと相談しやすいという声を受け、女性相談員を配置しました。',
    '視覚障害のある方には務まらない仕事など、ほとんどありません。',
    '障害のある方には務まらないと思われがちですが、実際は多くの方が活躍しています。',
    '車いすの方にもこなせるよう、作業台の高さを調整しました。',
    '高齢者しか乗らないバスですが、地域の大切な足です。',
    '認知症予防のため、お年寄りが会話を楽しめる場をつくります。',
    'お年寄りの話を、最後までゆっくり聞いてください。',
    '高齢者の皆さん、うまいもうけ話は話半分で聞きましょう。',
    'お年寄りがボケてしまわないよう、声かけを続けましょう。',
    '高齢者の方が話し相手を求めて何度も来られることがあります。丁寧に対応しましょう。',
    '制服のスカート丈は膝が隠れる長さとし、短くしないでください。',
    '新しいユニフォームは、男女とも動きやすいと好評です。',
    '水着の露出が気になる方には、ラッシュガードの貸し出しがあります。',
    '市営墓地の申込受付中です。生前にご自身で区画を選ぶ方が増えています。',
    '終活セミナーでは、エンディングノートの書き方をお伝えします。',
    '「ホモ」という呼び方は差別です。使わないようにしましょう。',
    '「オカマ」という言葉は人を傷つけます、という意見もよく分かります。',
  ])('passes %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
  })
})

describe('decency — round 20: implicit prejudice (kinds, own wording)', () => {
  it.each([
      // mental illness as weakness
      ['うつ病になるのは気持ちの弱さが原因なので、気合いで治しましょう。', 'decency/discriminatory', 'warn'],
      ['適応障害なんて、結局は根性が足りないだけやろ。', 'decency/discriminatory', 'warn'],
      ['心の病は気の持ちようで治るものである。', 'decency/discriminatory', 'warn'],
      // a group sent to quiet days / another room for its illness or disability
      ['知的障害のある方は大きな声を出すことがあるため、平日の来館をお願いします。', 'decency/discriminatory', 'block'],
      ['自閉症のお子さんは、混雑する土日を避けてご来場いただけますと幸いです。', 'decency/discriminatory', 'block'],
      ['トランスジェンダーの方は、多目的トイレでのお着替えをお願いいたします。', 'decency/discriminatory', 'block'],
      ['ＨＩＶ陽性の方は、プールのご利用はお控えください。', 'decency/discriminatory', 'block'],
      // a trait presumed of a disabled group
      ['発達障害の子どもは落ち着きがないので、別室で受けてもらいます。', 'decency/stereotype', 'warn'],
      ['発達障がいのお子さんは集中力が続かんけん、短めのコースにしとります。', 'decency/stereotype', 'warn'],
      ['知的障害の方は、じっとしていられないため、後方の席をご用意しました。', 'decency/discriminatory', 'block'],
      // disability as inspiration
      ['障害があるのにこんなに頑張っていて、本当にえらいですね。', 'decency/discriminatory', 'warn'],
      ['ハンデを抱えながらも一生懸命な姿に、涙が出ました。', 'decency/discriminatory', 'warn'],
      ['耳の聞こえない方でもこんなに上手に踊れるなんて、感動しました！', 'decency/discriminatory', 'warn'],
      // the old as yardstick, presumed unable or idle
      ['おじいちゃんでも分かるように簡単に説明します！', 'decency/stereotype', 'warn'],
      ['高齢の方はネット申請が難しいと思いますので、窓口にお越しください。', 'decency/stereotype', 'warn'],
      ['お年寄りは暇だから、平日のボランティアにちょうどいいですね。', 'decency/stereotype', 'warn'],
      ['年金暮らしの高齢者は時間が有り余っとるけん、見守り隊にぴったりです。', 'decency/stereotype', 'warn'],
      // tasks or qualities given by sex, a father who "helps"
      ['防災訓練では、男性は救助活動を、女性はおにぎり作りを担当してください。', 'decency/stereotype', 'warn'],
      ['女性スタッフならではの細やかな気配りで、お客様をお迎えします。', 'decency/stereotype', 'warn'],
      ['旦那さんも育児をしっかり手伝ってあげてくださいね。', 'decency/stereotype', 'warn'],
      ['パパは仕事で忙しいでしょうから、ママたちで参加してくださいね。', 'decency/stereotype', 'warn'],
      // a sex called unfit for a job
      ['女には現場監督は無理でしょ。', 'decency/discriminatory', 'block'],
      ['男性には保育士なんて務まらないと思います。', 'decency/discriminatory', 'block'],
      ['女子に大工仕事とか向いてないけん。', 'decency/discriminatory', 'block'],
      // the account siding with a neighbour's fear or complaint about a group
      ['精神障害の方が近所に越してくるとなると、心配ですよね。', 'decency/discriminatory', 'block'],
      ['隣に外国の方が住まわれると、不安になるのも当然です。', 'decency/discriminatory', 'block'],
      ['確かに生活保護を受けている人が昼から飲んでいるのは問題ですね。', 'decency/discriminatory', 'block'],
      ['ルールを守らない外国の方が多いのは事実ですので、注意喚起を強化します。', 'decency/discriminatory', 'block'],
      // 同和地区 located, hinted, called over; origin looked into
      ['その土地が同和地区に当たるかどうかは、担当課からお伝えできます。', 'decency/discriminatory', 'block'],
      ['あの辺りは昔から色々と言われている土地なので、家を買うなら慎重に。', 'decency/discriminatory', 'block'],
      ['同和問題はもう過去の話で、今の子どもたちには関係ないです。', 'decency/discriminatory', 'warn'],
      ['ご紹介の前に、お相手の家柄や出身地をしっかりお調べします。', 'decency/discriminatory', 'block'],
      // welfare applicants told not to lean on it
      ['生活保護に頼る前に、甘えずに自分で働く努力をしてください。', 'decency/discriminatory', 'block'],
      ['保護費をもらう前に、まずは自分の力でがんばってみんね。', 'decency/discriminatory', 'block'],
      ['生活保護は最後の手段です。甘えることなく就職活動を続けてください。', 'decency/discriminatory', 'block'],
      // a people or region given a trait
      ['やっぱりブラジルの人は陽気でノリがいいですね！', 'decency/stereotype', 'warn'],
      ['韓国の方は辛いものに強いので、激辛メニューも大丈夫でしょう。', 'decency/stereotype', 'warn'],
      ['ベトナムの実習生は真面目で文句も言わないので、評判がいいです。', 'decency/stereotype', 'warn'],
      ['関西の人はせっかちやけん、待たせると怒るかも笑', 'decency/stereotype', 'warn'],
      // an accident's victim or a death laughed at
      ['川に落ちた観光客さん、びしょ濡れで救助されました〜🤣', 'decency/insensitive', 'block'],
      ['流されたのがうちの職員じゃなくてよかったｗ', 'decency/insensitive', 'block'],
      ['孤独死は発見が遅れると大変なことに（いろんな意味で）😅', 'decency/insensitive', 'block'],
      ['天国からのお迎えが近いってことですねｗ', 'decency/insensitive', 'block'],
      // a uniform or swimwear as a thrill, a low angle, 美女 as the draw
      ['受付の看護師さんの制服姿にドキドキしちゃいますね💕', 'decency/sexual', 'block'],
      ['あのモデルさん、ローアングルから撮りたかった〜', 'decency/sexual', 'block'],
      ['講師は元モデル！水着姿を見るためだけに参加する価値あり😍', 'decency/sexual', 'block'],
      ['今年のミスコンも美女ぞろいでした😍', 'decency/lookism', 'warn'],
  ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
      // mental illness as weakness
      'うつ病は心の弱さではなく、誰でもかかりうる病気です。',
      'うつ病の方への理解を深める講演会を開催します。',
      '心の病について、気軽に相談できる窓口を開設しました。',
      // a group sent to quiet days / another room for its illness or disability
      '混雑する土日を避けてご来館いただくと、ゆっくりご覧いただけます。',
      '多目的トイレでのお着替えも、ご希望に応じてご利用いただけます。',
      'ＨＩＶ検査は保健所で無料・匿名で受けられます。',
      // a trait presumed of a disabled group
      '発達障害のあるお子さんの相談窓口を開設しました。',
      '集中力が続かないと感じたら、休憩スペースをご利用ください。',
      '発達障害のお子さんとご家族向けの講演会を開きます。',
      // disability as inspiration
      '障害があってもなくても、一緒に楽しめるイベントです。',
      '障害があっても安心して働ける職場づくりを支援します。',
      '病気を抱えながら働く方のための両立支援セミナーを開きます。',
      // the old as yardstick, presumed unable or idle
      '高齢の方でネット申請が難しい場合は、窓口でもお手続きいただけます。',
      '高齢者でもできる簡単な体操を紹介します。',
      'お年寄りにも分かりやすいよう、大きな文字で印刷しました。',
      // tasks or qualities given by sex, a father who "helps"
      '男性は3階、女性は2階の更衣室をご利用ください。',
      '「男は仕事、女は家庭」という固定的な役割分担の意識を見直しましょう。',
      '父親の育児参加を応援するパパ講座を開きます。',
      'パパは仕事で忙しい方も多いので、土曜日にも開催します。',
      '女性ならではの悩みに応える相談窓口です。',
      // a sex called unfit for a job
      '女性に人気の講座です。',
      '男性にはこちらの講座もおすすめです。',
      '無理のない範囲でご参加ください。',
      // the account siding with a neighbour's fear or complaint about a group
      'ご近所に認知症の方がいらっしゃって心配な場合は、地域包括支援センターにご相談ください。',
      '確かに駐車場の不足は問題ですね。増設を検討します。',
      '雨の日の来館者が多いのは事実ですので、傘立てを増やします。',
      'ご近所に空き家があると、防犯上心配ですよね。見回りを強化します。',
      // 同和地区 located, hinted, called over; origin looked into
      '部落差別は過去の問題ではありません。今も結婚や就職で差別が起きています。',
      '昔からいろいろと言われている河童伝説の残る場所です。',
      '家柄や出身地を調べる身元調査は、差別につながるため行わないでください。',
      'その土地が浸水想定区域に当たるかどうかは、ハザードマップでご確認いただけます。',
      // welfare applicants told not to lean on it
      '生活保護は権利です。ためらわずにご相談ください。',
      '子どもが甘えられる居場所づくりを進めています。',
      '自分の力で生活を立て直したい方を、就労支援でサポートします。',
      // a people or region given a trait
      '北海道の方は寒さに強いと思われがちですが、実は冷え性の方も多いそうです。',
      '東京の方は電車での移動が多いので、レンタサイクルが人気です。',
      'ブラジルの皆さんによるサンバのステージがあります。',
      // an accident's victim or a death laughed at
      '川に落ちた観光客の方は、無事救助されました。ご協力ありがとうございました。',
      '川に落ちたスマホを拾ってもらいました。',
      '孤独死を防ぐため、見守り活動にご協力ください。',
      // a uniform or swimwear as a thrill, a low angle, 美女 as the draw
      '白衣姿の子どもたちがお医者さん体験をしました。',
      '制服姿の新入生が登校しました。',
      '美女と野獣の上映会を行います。',
      'ローアングルで撮ると、花の写真が迫力あるものになります。',
  ])('passes %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
  })
})

describe('decency — round 20: more implicit kinds (own wording)', () => {
  it.each([
      // one sex steered away from a post
      ['【保育士募集】女性の応募を想定しております。男性の方は調理補助の仕事をご検討ください。', 'decency/discriminatory', 'block'],
      ['力仕事が多いので、女性には事務の仕事のほうをお勧めしとります。', 'decency/discriminatory', 'block'],
      ['現場監督は男性の採用を前提としております。', 'decency/discriminatory', 'block'],
      // a generation given a trait
      ['ゆとり世代の新人さんは打たれ弱いけん、あんまり叱らんでね。', 'decency/stereotype', 'warn'],
      ['今どきの若者は電話に出ないので、連絡はSNSでお願いします笑', 'decency/stereotype', 'warn'],
      ['最近の若い人って敬語が使えないですよね。', 'decency/stereotype', 'warn'],
      // every spelling of "young people of today", and a quit-easily trait with its object
      ['今どきの若者はすぐ仕事を辞めると言われますが、柳川の若者は違うと信じています。', 'decency/stereotype', 'warn'],
      ['いまどきの若い人は礼儀を知らないけん、最初にきちんと教えんと。', 'decency/stereotype', 'warn'],
      ['近頃の若者はすぐに会社をやめるので、採用しても続きません。', 'decency/stereotype', 'warn'],
      // a district's residents asked to stay in over a case
      ['感染者が確認された三橋地区の皆さまは、当分のあいだ外出をお控えください。', 'decency/discriminatory', 'block'],
      ['陽性者が出た団地の住民の方は、しばらく来庁を自粛していただけますと助かります。', 'decency/discriminatory', 'block'],
      ['感染が確認された校区の皆さんは、イベントへの参加をご遠慮ください。', 'decency/discriminatory', 'block'],
      // a nuisance located where a group moved in
      ['ポイ捨ての苦情が増えています。実習生が増えたアパートの周辺で特に目立っています。', 'decency/discriminatory', 'block'],
      ['騒音の苦情は、外国籍の方が多く住む団地で目立っとります。', 'decency/discriminatory', 'block'],
      ['落書きの被害が、留学生が集まる公園で特に目立ちます。', 'decency/discriminatory', 'block'],
      // a disabled group all presumed to use one means
      ['耳の不自由な方は皆さん手話ができますので、通訳者を手配します。', 'decency/stereotype', 'warn'],
      ['視覚障害の方は、みんな点字が読めるので点字版をお送りします。', 'decency/stereotype', 'warn'],
      ['聴覚障害者は基本的に手話が分かるけん、筆談は要らんよ。', 'decency/stereotype', 'warn'],
      // paired roles with には (numbered event)
      ['11月の防災訓練では、男性の皆さんには土のう運びを、女性の皆さんには炊き出しをお願いします。', 'decency/stereotype', 'warn'],
      // welfare-status presumption
      ['就学援助を受けているご家庭は、しつけが行き届かないことが多いです。', 'decency/discriminatory', 'block'],
  ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
      // one sex steered away from a post
      '女性の方は女性専用の相談窓口もご利用いただけます。',
      '男女問わず、技術職への応募を歓迎します。',
      '体力に自信のない方は、軽作業の仕事もご検討ください。',
      // a generation given a trait
      '若者の意見を市政に活かすワークショップを開きます。',
      '最近の若い人の間では、掘割の写真スポットが人気です。',
      '今どきの若者の働き方について考えるセミナーです。',
      '近頃の若い世代は地元の祭りへの参加が増えています。',
      'いまどきの若者の就職事情について、ハローワークの方にお話を伺いました。',
      '新人職員はすぐに仕事を覚え、今では窓口の主力です。',
      // a district's residents asked to stay in over a case
      '感染者が確認された施設の利用者の皆様には、保健所から個別にご連絡します。',
      '発熱のある方は、外出をお控えください。',
      '感染が確認された地区でも、通常どおりごみの収集を行います。',
      // a nuisance located where a group moved in
      '外国人住民が増えた地区で、多言語のごみ出しルール説明会を開きました。',
      'ポイ捨てが駅前の公園で特に目立っています。',
      '外国人住民が増えた地域で、日本語教室の参加者が目立って増えています。',
      // a disabled group all presumed to use one means
      '耳の不自由な方には、手話通訳と筆談でご案内します。',
      '点字が読める方には、点字版の広報もお送りします。',
      '聴覚障害のある方は、手話・筆談・メールからご希望の方法をお選びください。',
      // paired roles with には (numbered event)
      // welfare-status presumption
      '就学援助を受けているご家庭にも、給食費の補助があります。',
  ])('passes %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
  })
})

describe('decency — round 20: occupation, illness welcomed, region traits, orientation (own wording)', () => {
  it.each([
      // a job's workers kept from a service
      ['水商売で働いている方は、市営住宅の申込をお断りしております。', 'decency/discriminatory', 'block'],
      ['夜のお仕事に従事されている方の相談は、お受けいたしかねます。', 'decency/discriminatory', 'block'],
      ['風俗店に勤めている人は、奨学金の対象外となります。', 'decency/discriminatory', 'block'],
      // someone's illness welcomed
      ['インフルエンザで職員が二人も休んでくれたおかげで、会議が早く終わりました笑', 'decency/insensitive', 'warn'],
      ['課長が風邪で寝込んでくれたけん、今日は平和です。', 'decency/insensitive', 'warn'],
      ['コロナで3人ダウンしてくれたおかげで残業ゼロ（笑）', 'decency/insensitive', 'warn'],
      // a people or region given a trait (comma, migrants)
      ['沖縄出身の職員さん、やっぱりのんびりしてますね笑', 'decency/stereotype', 'warn'],
      ['都会から移住してきた人は、田舎のしきたりが分からんけん困る。', 'decency/stereotype', 'warn'],
      ['東京からのお客さんは、せっかちな方が多かですね。', 'decency/stereotype', 'warn'],
      // sexual orientation called not ordinary, a harm to children
      ['同性愛は一般的なことではありませんから、学校で教える必要はないと思います。', 'decency/discriminatory', 'block'],
      ['同性カップルは子どもへの悪影響が心配です。', 'decency/discriminatory', 'block'],
  ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
      // a job's workers kept from a service
      '夜のお仕事をされている方も、子育て相談をご利用いただけます。',
      '飲食店で働いている方向けの感染対策講習会です。',
      '風俗店の客引き行為は条例で禁止されています。',
      // someone's illness welcomed
      'インフルエンザで休んだ職員の分は、他の職員が対応しています。',
      '風邪で寝込んだときは、無理せず休みましょう。',
      '職員の皆さんが休日返上で対応してくれたおかげで、無事に終わりました。',
      // a people or region given a trait (comma, migrants)
      '沖縄出身の職員さん、三線の演奏を披露してくれました。',
      '都会から移住してきた人向けの、地域のしきたり紹介冊子を作りました。',
      '東京からのお客さんは、新幹線でお越しの方が多いです。',
      // sexual orientation called not ordinary, a harm to children
      '同性カップルも利用できるパートナーシップ制度を始めました。',
      '性的少数者への理解を深める講演会を開きます。',
  ])('passes %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
  })
})

describe('decency round 19: implicit prejudice kinds', () => {
  it.each([
      // slurs spaced, half-width or masked
      ['窓口でﾅﾏﾎﾟの人がまた騒いでました', 'decency/discriminatory', 'block'],
      ['ナ マ ポで昼から酒飲んどるげな', 'decency/discriminatory', 'block'],
      ['昔のバカチョンカメラみたいに簡単に撮れます', 'decency/discriminatory', 'block'],
      ['男ふたりで来とったけど、ﾎﾓﾀﾞﾁかいな笑', 'decency/discriminatory', 'block'],
      ['今日のグラウンドゴルフはＢＢＡ軍団の圧勝でした', 'decency/discriminatory', 'block'],
      ['あの係長、そっち系なんやろ？', 'decency/discriminatory', 'block'],
      ['土方仕事の担い手が不足しています', 'decency/discriminatory', 'warn'],
      ['今回の配分は片手落ちではないかとのご意見を受けて見直しました', 'decency/discriminatory', 'warn'],
      ['受付のお姉さん、エ○すぎて通っちゃう', 'decency/sexual', 'block'],
      // women as the office's decoration or to pour drinks
      ['窓口には今年も若い女性職員が並び、まさに役所の花です', 'decency/lookism', 'warn'],
      ['女子職員が配属されて、課内がパッと華やかになりました♪', 'decency/lookism', 'warn'],
      ['宴席では美人の仲居さんではなく、美女がお酌してくれます', 'decency/lookism', 'warn'],
      // a sex as wife-to-be or cook
      ['跡取りのお嫁さん探しをお手伝いします！', 'decency/stereotype', 'warn'],
      ['柳川に嫁いでくれる女性、待っとります', 'decency/stereotype', 'warn'],
      ['旦那さんの胃袋をがっちりつかむお弁当講座です', 'decency/stereotype', 'warn'],
      // a sex told how to behave, or made the exception
      ['男の子なら弱音を吐かずに走り抜こう！', 'decency/stereotype', 'warn'],
      ['女だてらに重機を操る職員をご紹介します', 'decency/stereotype', 'warn'],
      ['プログラミング教室は男の子向けですが、女の子でもわかる内容です', 'decency/stereotype', 'warn'],
      // women presumed emotional; one sex told a job is too hard
      ['女の人って結局は感情的になるけん、話し合いは男で進めます', 'decency/discriminatory', 'block'],
      ['女性委員の意見はどうしても感情的ですが、参考にいたします', 'decency/discriminatory', 'block'],
      ['女性には夜勤は正直厳しいので、男性の方の応募をお待ちしています', 'decency/discriminatory', 'block'],
      // coordinated groups excluded; a hearing escort required
      ['杖をついた方や車いすの方は、混雑のため入場をご遠慮ください', 'decency/discriminatory', 'block'],
      ['知的障がいのある方は、健常者の付き添いと一緒にお越しください', 'decency/discriminatory', 'block'],
      ['発達障害の子は集団生活ができないけん、別の部屋で待ってもらいます', 'decency/discriminatory', 'block'],
      // people kept out by a body, a psychiatric history or a job
      ['ぽっちゃり体型の方は、モデル撮影会へのご応募はご遠慮ください', 'decency/discriminatory', 'block'],
      ['メンタル不調で通院中の方は、見守り隊への登録をお断りしています', 'decency/discriminatory', 'block'],
      ['水商売やフリーターの方は、お見合いイベントへのご参加をご遠慮願います', 'decency/discriminatory', 'block'],
      // hiring by sex or age, weddings for male-female couples only
      ['窓口補助のパート募集！明るい30代の女性の方を歓迎します', 'decency/discriminatory', 'block'],
      ['臨時職員の募集です。35歳以下の方が望ましいです。', 'decency/discriminatory', 'block'],
      ['会場での前撮りは男女のご夫婦に限らせていただきます', 'decency/discriminatory', 'block'],
      // a group's trait stated as fact
      ['やっぱり男性は片付けが苦手な人が多いですもんね', 'decency/stereotype', 'warn'],
      ['十代のママは育児が未熟になりやすいので、訪問を強化します', 'decency/stereotype', 'warn'],
      ['今時の若い子は挨拶もできんけん、研修で指導します', 'decency/stereotype', 'warn'],
      ['アフリカの人は暑さに強いけん、平気でしょう', 'decency/stereotype', 'warn'],
      // illness blamed on the person or called the end of a life
      ['うつ病なんて甘えです。気合いで治しましょう', 'decency/discriminatory', 'warn'],
      ['コロナにかかったのは自己管理が甘かったからです', 'decency/discriminatory', 'block'],
      ['認知症になれば社会のお荷物です。脳トレを始めましょう', 'decency/discriminatory', 'block'],
      // a resident's fear of a group agreed with
      ['精神科病院の建設に近所の方が不安を感じるのも無理もありません', 'decency/discriminatory', 'block'],
      ['外国人が住み始めてから、団地の空気が変わったのは確かです', 'decency/discriminatory', 'block'],
      ['生活保護の方の施設に、皆さんが抵抗を覚えるのは当然です', 'decency/discriminatory', 'block'],
  ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
      // slur look-alikes
      '三角形の底辺と高さから面積を求めます',
      '土方歳三ゆかりの史跡をめぐるツアーです',
      'エコ活動の報告会を開きます',
      '「ナマポ」といった言葉で受給者を傷つける書き込みはやめましょう',
      // decoration look-alikes
      '職場の花壇に、今年もチューリップが咲きました',
      '新しい窓口カウンターが完成し、庁舎が明るくなりました',
      'お酌の作法を学ぶ日本酒講座です',
      // wife/cook look-alikes
      '嫁いでこられた方にも地域の行事をご案内します',
      '男女の固定的な役割分担を見直し、家事はみんなで',
      '胃袋をつかむ郷土料理、うなぎのせいろ蒸しをどうぞ',
      // behave/exception look-alikes
      '女の子も男の子も、一緒に楽しめる科学教室です',
      '男女問わず、どなたでも応募できます',
      '女性消防団員が活躍しています',
      // emotional / job too hard look-alikes
      '感情的にならず、落ち着いて話し合いましょう',
      '女性の方も男性の方も、体力に合わせて作業していただけます',
      '女性の視点を生かした防災計画をつくります',
      // coordinated groups, escort, group activity look-alikes
      '車いすの方やベビーカーの方は、エレベーターをご利用ください',
      '聴覚に障がいのある方には、手話通訳者を配置します',
      '発達障害のお子さんの集団生活を支える研修会です',
      // kept out look-alikes
      '妊娠中の方や心臓病で通院中の方は、乗船をご遠慮ください',
      '生活保護を受けている方は、国民健康保険の対象外となります',
      '派遣社員の方も、育児休業を取得できます',
      // hiring look-alikes
      '若い女性の就職支援セミナーを開催します。20代の女性の方、大歓迎です！',
      '39歳以下の方を対象とした移住支援金のご案内です',
      '男女のカップルも同性のカップルも、記念撮影をお楽しみください',
      // trait look-alikes
      '高齢者は熱中症になりやすいので、こまめな水分補給を',
      '女性は男性より骨粗しょう症になりやすい傾向があります',
      '若い人ほど投票率が低い傾向があります',
      // illness look-alikes
      'がんになっても人生は終わりではありません。相談窓口をご利用ください',
      'うつ病は気の持ちようではありません。早めに受診を',
      '認知症は誰でもなりうる病気です。ご家族だけで抱え込まないでください',
      // fear look-alikes
      '子育て世代が移り住んでから地域の雰囲気が明るくなりました',
      '台風の接近にご不安を感じるのは当然です。早めに備えましょう',
      '外国人が増えて治安が悪化したというデータはありません',
  ])('passes %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
  })
})

describe('decency round 19b: a condemning trait, a group set apart, workers praised as docile', () => {
  it.each([
      ['在日の人って、ずる賢い人が多いもんね', 'decency/discriminatory', 'block'],
      ['母子家庭の方には水商売をされている方も多いので、夜間の窓口を開けています', 'decency/discriminatory', 'block'],
      ['女の人はすぐ感情的になりがちやけん、会議は短めに', 'decency/discriminatory', 'block'],
      ['ダウン症の子はみんなと同じことができないので、別の教室で過ごしてもらいます', 'decency/discriminatory', 'block'],
      ['訓練当日、外国籍の方には別のテントにまとまって待機していただきます', 'decency/discriminatory', 'block'],
      ['実習生さんは不満も言わず従順で、本当に助かっとります', 'decency/discriminatory', 'block'],
      ['留学生は安く雇える人材として、市内の工場で重宝されています', 'decency/discriminatory', 'block'],
      ['ニートの方は自己責任だと思いますが、相談はどうぞ', 'decency/discriminatory', 'block'],
  ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })
  it.each([
      '外国人の方には、別室で通訳を交えてご説明します',
      '体調がすぐれない場合は、無理をせず別室で休んでください',
      '発達障害のお子さんも、みんなと一緒に参加できるよう支援員を配置します',
      '外国人労働者は安い労働力ではありません。共に暮らす市民です',
      'ひきこもりの方の社会参加を支える居場所づくりを進めます',
      '女性は貧血になりやすい傾向があるため、鉄分を意識しましょう',
      '男性は育児休業の取得率が低い傾向にあります',
      '実習生の皆さんは真面目に研修に取り組んでいます',
  ])('passes %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
  })
})

describe('decency round 19c: districts hinted, looks of a wife, grudging welcome, watched, levity, family shape, poverty by looks', () => {
  it.each([
      // a district hinted at as one people mind
      ['家を建てるなら、地域によっては古くからのいわくを気にされる方もおられますので', 'decency/discriminatory', 'block'],
      ['あの集落は昔からああいう所やけん、説明会は慎重にね', 'decency/discriminatory', 'block'],
      ['土地によっては複雑な事情が問題になることもあるので、事前に地元で聞いておくと安心です', 'decency/discriminatory', 'block'],
      // a wife's or daughter's looks as her merit
      ['議長の奥様は相変わらずお美しい方でした！', 'decency/lookism', 'warn'],
      ['副市長のお嬢さんも本当にきれいで、会場がざわつきました', 'decency/lookism', 'warn'],
      ['日本人離れした顔立ちの子どもたち、集まれ！', 'decency/lookism', 'warn'],
      ['ミスさげもん、水着審査もあればもっと盛り上がるのに笑', 'decency/sexual', 'block'],
      // a body checked with care, a night offered
      ['新人さんの制服の胸元を、課長がじっくりチェックしてました笑', 'decency/sexual', 'block'],
      ['独身ですか？って聞かれたけど、夜なら暇ですよ😏', 'decency/sexual', 'block'],
      ['既婚者ですが夜は空いてるかも♡', 'decency/sexual', 'block'],
      // a group let in grudgingly, a disabled group as others' inspiration
      ['外国籍の方も一応ご参加いただけます', 'decency/discriminatory', 'block'],
      ['車いすの方もあんなに頑張っているのだから、私たちも負けていられません', 'decency/discriminatory', 'warn'],
      ['難病の子がこんなに努力しているのに、健常者の僕らが怠けていてはいけない', 'decency/discriminatory', 'warn'],
      // a person with dementia as someone to be watched
      ['徘徊の恐れがある方は、ご家族が責任を持って見張っておいてください', 'decency/stereotype', 'warn'],
      ['認知症のおじいちゃんがまた外に出んよう、ちゃんと監視しとってね', 'decency/stereotype', 'warn'],
      ['認知症の方が一人で出歩かないよう、ご家族でしっかり管理してください', 'decency/stereotype', 'warn'],
      // illness, death or disaster joked about
      ['この暑さ、お年寄りは昇天案件ですね笑', 'decency/insensitive', 'warn'],
      ['スマホ落として人生オワタｗ 交通安全ってこと', 'decency/insensitive', 'warn'],
      ['避難所生活、ちょっとした遠足気分で楽しめるかも！？', 'decency/insensitive', 'warn'],
      // men told leave is not for them; one family shape held up; marriage as the way to be whole
      ['奥さんがおられるなら、ご主人が育休を取る必要はないと思いますよ', 'decency/discriminatory', 'block'],
      ['同性パートナーの登録より、当たり前の家族の形を守ることが大事です', 'decency/discriminatory', 'block'],
      ['子どもを産んでこそ一人前の女性です', 'decency/stereotype', 'warn'],
      ['結婚して初めて大人の仲間入りです！婚活イベントへどうぞ', 'decency/stereotype', 'warn'],
      // the poor sorted by how they look
      ['食料の配布は、見た目で判断させていただくことがあります', 'decency/discriminatory', 'block'],
      ['給付金は、車やブランド物を持っていない本当に困っている方だけに', 'decency/discriminatory', 'block'],
      ['フードバンクでは見た目から選別させていただきます', 'decency/discriminatory', 'block'],
  ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })
  it.each([
      '地区によっては昔からの行事を大切にされるご家庭もあります。',
      'この地区は昔から水害の多い場所なので、早めの避難を。',
      '土地によって地盤の事情が異なりますので、事前に調査をお勧めします。',
      '奥様の手作りのきれいな花が飾られています。',
      'お嬢さんはお元気ですか？',
      '市長夫人が来賓としてご出席されました。',
      'プールでの水着撮影はご遠慮ください。',
      '健診では体型の変化をじっくり確認します。',
      '体育館は平日の夜は空いていますので、ご予約ください。',
      '申込は一応締め切りましたが、まだ参加できます。',
      'パラリンピックの選手たちの頑張りに、たくさんの拍手が送られました。',
      '認知症の方の財産をしっかり管理していただくため、成年後見制度をご利用ください。',
      'ご家族だけで見守るのが難しいときは、地域包括支援センターへ。',
      'デイキャンプ場でキャンプ気分を楽しもう！',
      '熱中症は命に関わります。お年寄りには声かけを。',
      '男性の育休取得を応援しています。男性も育休を取る意味は大きいです。',
      '多様な家族のかたちを尊重し、パートナーシップ宣誓制度を始めます。',
      '子どもを育てて初めて分かることもあります。',
      '見た目で判断しないでください。困っている方はどなたでもご利用できます。',
      '食料の配布は、事前の申込順とさせていただきます。',
      '中古車をお持ちの方も、申請できます。',
  ])('passes %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
  })
})

describe('decency round 19d: a district typed in dialect, leave discouraged with a hedge', () => {
  it.each([
      ['そっちの集落の人らは気の荒かけん、気ぃつけて', 'decency/discriminatory', 'block'],
      ['あそこん人は昔から柄ん悪かもんね', 'decency/discriminatory', 'warn'],
      ['向こうの地区の連中は気性が荒いので、説明会は二人で行きます', 'decency/discriminatory', 'block'],
      ['ご主人の育休ですが、奥様が専業主婦なら、取る必要は特にないと思います。旦那さんが休む必要はそれほどありません', 'decency/discriminatory', 'block'],
  ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })
  it.each([
      '向こうの人は気が荒いって言われるけど、実際は優しい人ばかりでした。',
      '大雨で川が荒れるので、あっちの地区の人は早めに避難を。',
      '海が荒れる日は、向こうの集落の人も漁を休みます。',
      '男性の育休は、取る必要があるかどうかではなく、取りたいときに取れることが大切です。',
  ])('passes %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
  })
})

describe('decency round 19e: pity, a lesser lot, an illness laughed at, care work belittled', () => {
  it.each([
      ['生活の苦しい家庭の子どもたちも、この日だけはケーキが食べられます', 'decency/stereotype', 'warn'],
      ['母子家庭でも頑張っていますが、両親が揃っている子と同じようにはいかんですね', 'decency/stereotype', 'warn'],
      ['骨折した人、松葉づえで歩きにくそうでかわいそうｗ', 'decency/insensitive', 'warn'],
      ['保育の補助は誰でもできる仕事なので、気軽に応募してください', 'decency/stereotype', 'warn'],
      ['清掃作業員は学歴不問で務まるお仕事です', 'decency/stereotype', 'warn'],
      ['療養所の入所者の方と握手しても、うつる心配はほとんどないそうです', 'decency/insensitive', 'warn'],
  ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })
  it.each([
      '受付の仕事は誰にでもできる簡単な作業です。',
      '子ども食堂は、どなたでも利用できます。経済的に苦しいご家庭のお子さんも、お気軽に。',
      'ハンセン病は治る病気で、感染の心配はありません。',
      '雨で遠足が中止、かわいそう〜笑',
      'インフルエンザの感染の心配はほとんどない時期になりました。',
      '学歴に関係なく、どなたでも応募できます。',
  ])('passes %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
  })
})

describe('decency round 19f: implicit prejudice by kind (own wording, other registers), with hard negatives', () => {
  describe('presumed trait as the reason for a measure', () => {
    it.each([
      ['お年寄りはどうしても入力ミスが多いので、申請は窓口でお願いします。', 'decency/stereotype', 'warn'],
      ['女の人は数字に弱いけん、会計係は男の人にお願いしとります。', 'decency/stereotype', 'warn'],
      ['ご年配の方はスマホの操作が苦手だと思いますので、紙の申込書もご用意しました。', 'decency/stereotype', 'warn'],
      ['ひとり親家庭の方は何かと余裕がないでしょうから、今回の清掃当番は外しておきます。', 'decency/stereotype', 'warn'],
      ['ブラジルの方は時間にルーズなので、開始時刻を早めにお伝えしています。', 'decency/stereotype', 'warn'],
      ['漁師さんは書類が苦手やけん、こっちで全部書いときます。', 'decency/stereotype', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '高齢の方は熱中症になりやすいので、こまめな水分補給を心がけましょう。',
      '高齢の方でスマホの操作が苦手な方も、窓口でお手伝いしますのでご安心ください。',
      '外国人の方は日本語が苦手な場合もあるので、やさしい日本語で案内しています。',
      '農家の皆さんは田植えの時期でお忙しいと思いますので、説明会は夜に開きます。',
      '申請書の記入ミスが多いので、記入例をご覧ください。',
      '地区の皆さんは締切を過ぎないよう、早めにご提出ください。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('presumed trait blamed for the others\' wait', () => {
    it.each([
      ['お年寄りは理解が遅いので、説明会がなかなか進まないんです。', 'decency/discriminatory', 'block'],
      ['外国人は手続きがのろいから、窓口で待たされるんですよね。', 'decency/discriminatory', 'block'],
      ['女性は運転が苦手やけん、駐車場で渋滞して迷惑しとります。', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '高齢者は手続きに時間がかかることもあるので、余裕をもってお越しください。',
      '窓口が混雑して手続きが遅くなり、ご迷惑をおかけしました。',
      '男性も女性も、手続きに間違いが多いので、記入例をよく見てください。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('a Japanese companion required', () => {
    it.each([
      ['外国籍の方は、日本人の保証人と一緒でなければ窓口で受け付けできません。', 'decency/discriminatory', 'block'],
      ['在日の方の申請には、日本人の方が同伴してください。', 'decency/discriminatory', 'block'],
      ['海外出身の方は、必ず日本人のご家族を連れてお越しください。', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '外国籍の方の転入手続きでは、通訳が同行します。',
      '日本語に不安のある方は、日本語の分かるご家族とご一緒にお越しいただくと安心です。',
      '外国籍の方は、在留カードをお持ちください。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('the normal set against a group', () => {
    it.each([
      ['障害のある息子さんとの縁談ですが、「普通の」お相手を探したいというご相談も承ります。', 'decency/discriminatory', 'block'],
      ['同性カップルは“まともな”家庭とは言えないので、今回の対象からは外れます。', 'decency/discriminatory', 'block'],
      ['外国の方との結婚より、普通の結婚を望む親御さんのための講座です。', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '同性カップルも普通の家族として暮らせるまちを目指します。',
      '普通の家庭ごみは、月曜日と木曜日に出してください。',
      'パートナーシップ宣誓をした方も、普通のご家族と同じように市営住宅に申し込めます。',
      '「普通の」という言葉の使い方を考える研修を行いました。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('set apart from the general public, or for the others\' unease', () => {
    it.each([
      ['HIVに感染している方は、一般の利用者とは別の時間帯に入浴していただきます。', 'decency/discriminatory', 'block'],
      ['精神障害のある方の見学は、ほかの参加者が怖がらないよう、後方の別席でお願いします。', 'decency/discriminatory', 'block'],
      ['トランスジェンダーの方との同室に抵抗がある方は、奥の部屋をご利用ください。', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '一般の方とは別に、報道関係者の受付を設けます。',
      '発熱のある方は、一般の方と別の入口からお入りください。',
      '障がいのある方は、一般の方と別の優先入口からもご入場いただけます。',
      '避難所では、他の避難者の方が不安にならないよう、ペットは別のスペースでお預かりします。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('polite exclusion of a named attribute', () => {
    it.each([
      ['国籍が日本でない方のご入会はお断りしております。', 'decency/discriminatory', 'block'],
      ['心療内科に通院中の方からのお申し込みは、お受けいたしかねます。', 'decency/discriminatory', 'block'],
      ['同性パートナーの方のご利用は、ご遠慮いただいております。', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '未成年の方のご参加はご遠慮ください。',
      '在留資格のない方のご応募はお受けできません。',
      '障がい者用駐車場は、障がいのある方以外のご利用はできません。',
      '小学生以下のお子さまの入場はご遠慮いただいております。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('a nuisance located where a group lives', () => {
    it.each([
      ['外国人が多く住む団地の周辺では、くれぐれも戸締まりにご注意を。', 'decency/discriminatory', 'block'],
      ['ごみ出しのルールを守らないのは、実習生が住むアパートばっかりです。', 'decency/discriminatory', 'block'],
      ['ベトナム人の多い寮の近くでは、特に自転車の施錠を。', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '外国人観光客の多い地域では、多言語の案内板を設置しています。',
      '川沿いの住宅の多い地域では、特に大雨にご注意ください。',
      '外国人の方が多く住む地域では、多言語のごみ出しカレンダーを配布しています。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('a people\'s manners as a problem, a notice in one language only', () => {
    it.each([
      ['韓国人観光客のマナーの悪さに困っています。', 'decency/discriminatory', 'block'],
      ['川下りでは中国人観光客のマナー違反が目立つため、中国語だけの注意看板を置きました。', 'decency/discriminatory', 'block'],
      ['ベトナム人実習生の素行の問題について、説明会を開きます。', 'decency/discriminatory', 'warn'],
      ['中国人客のマナー問題を受け、中国語の禁止の貼り紙だけを増やしました。', 'decency/discriminatory', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '外国人観光客向けのマナー啓発パンフレットを作成しました。',
      '英語と中国語と韓国語の案内板を設置しました。',
      '観光客のマナー向上に向けて、多言語の看板を設置しました。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('a reply siding with a resident\'s prejudice', () => {
    it.each([
      ['ご意見のとおり、生活保護受給者にまで手厚すぎるのは問題ですね。お気持ちはよく分かります。', 'decency/discriminatory', 'block'],
      ['おっしゃるとおりです。外国人ばかり優遇されるのはおかしいというお声、担当課に伝えます。', 'decency/discriminatory', 'block'],
      ['ご不安、お察しします。障がい者施設が近所にできると心配ですよね。引き続き慎重に判断してまいります。', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      'お気持ち、よく分かります。ご不便をおかけして申し訳ございません。',
      'ご指摘のとおり、外国人住民向けの多言語案内が不足していました。',
      'お気持ちは分かりますが、生活保護の受給は正当な権利です。',
      'ご心配はごもっともです。防犯カメラの設置を検討しています。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('a gendered put-down', () => {
    it.each([
      ['男のくせにめそめそ泣くなんて女々しい！', 'decency/stereotype', 'warn'],
      ['そんな女々しいこと言わんと、最後まで走り切れ！', 'decency/discriminatory', 'warn'],
      ['負けて泣くなんて女の腐ったようなやつだ。', 'decency/discriminatory', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '女性の活躍を応援するセミナーです。',
      '「女々しい」という言葉は、性別による決めつけにつながります。',
      '男らしさ・女らしさにとらわれない子育てを考える講座です。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('interview questions', () => {
    it.each([
      ['最終面接では、結婚のご予定や出産の希望について伺います。', 'decency/discriminatory', 'block'],
      ['選考の際、本籍地や家族の職業を確認することがあります。', 'decency/discriminatory', 'block'],
      ['面接で恋人の有無もお聞きしますので、ご了承ください。', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '面接では、志望動機や経験についてお聞きします。',
      '採用面接では、本籍や家族の職業についてお聞きすることはありません。',
      '面接で結婚や出産の予定を尋ねることは、就職差別につながります。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('pregnancy blamed for slow service', () => {
    it.each([
      ['産休の職員が相次いで、窓口の対応が遅れております。ご迷惑をおかけします。', 'decency/discriminatory', 'warn'],
      ['つわりで休むスタッフが続き、業務が滞っております。', 'decency/discriminatory', 'warn'],
      ['妊娠中のスタッフが増えて手薄になり、ご迷惑をおかけしています。', 'decency/discriminatory', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '育児休業中の職員が多く、臨時職員を採用しています。',
      '産休に入る職員の代わりに、会計年度任用職員を募集します。',
      '妊娠中の職員が多くても、窓口が回るよう体制を整えています。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('a sex said to cause accidents', () => {
    it.each([
      ['最近は女性の運転ミスが増えています。女性ドライバーの方はご注意を。', 'decency/stereotype', 'warn'],
      ['男の人の事故が多いので、男性の方は特に気をつけて。', 'decency/stereotype', 'warn'],
      ['女性ドライバーの事故が増えとるけん、気をつけてください。', 'decency/stereotype', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '高齢ドライバーの事故を防ぐため、安全運転サポート車の補助を行います。',
      '女性の交通事故死者数は、前年より減少しました。',
      '交通事故が増えています。安全運転をお願いします。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('the victim\'s dress blamed', () => {
    it.each([
      ['短いスカートや薄着は、痴漢被害を招く原因にもなります。', 'decency/discriminatory', 'warn'],
      ['派手な格好は犯罪につながることもあるので気をつけましょう。', 'decency/discriminatory', 'warn'],
      ['露出の高い服は性被害を誘発します。', 'decency/discriminatory', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '性犯罪の被害に遭ったのは、服装のせいではありません。悪いのは加害者です。',
      '夏祭りでは、動きやすい服装でお越しください。',
      '露出の多い服装でも、被害に遭った人が悪いわけではありません。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('aid made a shame to hide', () => {
    it.each([
      ['「生活保護の家」と思われないよう、申請は人目につかない時間にどうぞ。', 'decency/stereotype', 'warn'],
      ['就学援助の書類は、ばれないように封筒に入れてお持ちください。', 'decency/stereotype', 'warn'],
      ['「貧乏な子」と見られないよう、給食費の減免はこっそり手続きできます。', 'decency/stereotype', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '就学援助は、周りに知られずに申請できます。お気軽にご相談ください。',
      '生活保護の申請は、プライバシーに配慮して個室でお話を伺います。',
      '給付金の申請は、オンラインでもできます。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('origin or a job used as a byword', () => {
    it.each([
      ['田舎っぺ丸出しの服装で来庁しないでください。', 'decency/discriminatory', 'warn'],
      ['うちの新人は田舎くさい子ばかりですが、よろしくお願いします。', 'decency/discriminatory', 'warn'],
      ['土方みたいな口調で電話に出る職員がいて困ります。', 'decency/discriminatory', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '田舎暮らし体験ツアーの参加者を募集します。',
      '土方歳三ゆかりの地を巡るツアーです。',
      '田舎の良さを伝えるフォトコンテストです。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('a people\'s food called a stench', () => {
    it.each([
      ['にんにく臭い国の人たちのブースは外に配置しました。', 'decency/discriminatory', 'block'],
      ['中国料理の屋台は、においが気になるので会場の端っこに移しました。', 'decency/discriminatory', 'block'],
      ['キムチくさいと言われないよう、韓国の方のブースは換気を。', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '韓国料理ブースは、駐車場側に出店します。',
      'キムチ作り体験教室を開きます。キムチの漬け方を教わりましょう。',
      'キムチ鍋のにおいが食欲をそそります。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('a people tied to a night job', () => {
    it.each([
      ['タイパブ上がりのお母さんたちも多い地区です。', 'decency/discriminatory', 'block'],
      ['外国人妻の中には水商売出身の方も多いので、配慮が必要です。', 'decency/discriminatory', 'block'],
      ['フィリピンクラブで働いていた奥さんたちの交流会です。', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      'フィリピン料理のお店が新しくオープンしました。',
      '国際結婚のご家庭向けに、子育て相談会を開きます。',
      '外国人住民の方向けの就労相談会を開きます。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('a disease named after a place', () => {
    it.each([
      ['チャイナウイルス対策、手洗いを徹底しましょう。', 'decency/discriminatory', 'block'],
      ['武漢肺炎の予防にマスクを。', 'decency/discriminatory', 'block'],
      ['武・漢・コロナにご用心。', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '武漢市と友好交流を続けています。',
      '新型コロナウイルス感染症の予防に、手洗いを。',
      '中国から来た留学生の皆さんと交流しました。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('部落 hinted or vouched for', () => {
    it.each([
      ['「よつ」の人たちの地区です。', 'decency/discriminatory', 'block'],
      ['ご紹介する物件は、部落ではありませんのでご安心ください。', 'decency/discriminatory', 'block'],
      ['この土地は旧同和地区には該当しないので大丈夫です。', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '市内4つの地区で説明会を開きます。',
      '同和問題についての人権講演会を開催します。',
      'この物件は浸水想定区域には含まれておりませんので、ご安心ください。',
      '同和地区かどうかのお問い合わせにはお答えできません。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('care called a bother', () => {
    it.each([
      ['車いすの方への対応って、正直めんどくさいですよね。', 'decency/discriminatory', 'warn'],
      ['外国人観光客への多言語対応、手間だなと思ってしまいます。', 'decency/discriminatory', 'warn'],
      ['高齢の方への配慮、正直わずらわしいと感じることもあります。', 'decency/discriminatory', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '手続きが面倒な方は、窓口でお手伝いします。',
      '障がいのある方への配慮として、書類を簡素化しました。',
      '多言語対応は手間がかかりますが、しっかり取り組んでいます。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('care given to the mother, a father\'s help', () => {
    it.each([
      ['障がいのある子は、母親がつきっきりで世話をするのが当然です。', 'decency/stereotype', 'warn'],
      ['お父さんも休日はママのお手伝いを！', 'decency/stereotype', 'warn'],
      ['介護はやっぱりお嫁さんが家でみるのが一番ですね。', 'decency/stereotype', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      'お母さんが家でみるのが難しいときは、一時預かりをご利用ください。',
      'お父さんもお母さんも、一緒に子育てを楽しみましょう。',
      '子どもたちがお母さんのお手伝いをして、おにぎりを作りました。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('looks rated, the young preferred', () => {
    it.each([
      ['ミスさげもんの皆さん、今年もレベルが高いですね。', 'decency/lookism', 'warn'],
      ['おばあちゃんより若い女の子のほうが、絵になりますね。', 'decency/lookism', 'warn'],
      ['新しい看板娘、顔も性格も満点です！', 'decency/lookism', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      'ミス柳川の3人が、観光PRのため東京へ出発しました。',
      '女子ソフトボール部のレベルが高い試合でした。',
      'ミス柳川の選考は、人柄と観光への思いで選びます。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('the men stirred by a woman\'s looks', () => {
    it.each([
      ['新しい保育士さんが美人で、お父さんたちが張り切ってます。', 'decency/lookism', 'block'],
      ['受付の女性がかわいいので、男性職員がデレデレしています。', 'decency/lookism', 'block'],
      ['窓口のお姉さんがきれいやけん、おじさんたちがそわそわしとる。', 'decency/lookism', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      'かわいい園児たちに、お父さんたちもメロメロです。',
      'きれいな夜景に、参加者の皆さんもうっとりしていました。',
      'べっぴんさんの多い町、と昔から言われてきました。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('young women\'s bodies as a sight or a draw', () => {
    it.each([
      ['女子大生のボランティアの皆さん、まぶしすぎます！', 'decency/sexual', 'block'],
      ['jcに会えるイベントです。おじさんも来てね。', 'decency/sexual', 'block'],
      ['新人の女性職員、独身男性陣の熱い視線を浴びています💕', 'decency/sexual', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '浴衣姿の子どもたちの笑顔がまぶしい一日でした。',
      '女子高校生の皆さんの頑張る姿がまぶしかったです。',
      '新商品のうなぎパイが、観光客の熱い視線を集めています。',
      '女子中学生と話せる職業体験の日です。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('condescension', () => {
    it.each([
      ['障がいのある子たちにも、今日は特別に遊ばせてあげました。', 'decency/discriminatory', 'warn'],
      ['健常者の僕らもこの姿を見習わなければ！', 'decency/discriminatory', 'warn'],
      ['目の不自由な方でも努力すれば、一人で買い物ができます。', 'decency/discriminatory', 'warn'],
      ['車いすの方は、周りの方に迷惑をかけないよう、介助者とご来場ください。', 'decency/discriminatory', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '特別支援学級の子どもたちも参加しました。',
      '耳の不自由な方は、FAXまたはメールでお問い合わせください。ご家族が代わりにお電話いただくこともできます。',
      'ご本人が来られない場合は、ご家族が代わりに申請できます。',
      '健常者の私たちも、手話を学んでみませんか。',
      '車いすの方でも楽しめるよう、スロープを設置しました。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('death, suicide, disaster joked about', () => {
    it.each([
      ['亡くなった人も、ライフジャケットさえ着ていれば助かったのになぁ笑', 'decency/insensitive', 'block'],
      ['人身事故でまた電車が止まった。朝の時間帯はほんと迷惑です。', 'decency/insensitive', 'block'],
      ['台風、うちは全然被害なくてラッキー😆', 'decency/insensitive', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '人身事故の影響で、西鉄電車に遅れが出ています。ご迷惑をおかけしております。',
      '昨日の地震、こちらは大きな被害はありませんでした。被災地の皆さまにお見舞い申し上げます。',
      'こっちは台風の被害がなくてよかったです。被災地の皆さんにお見舞い申し上げます。',
      '飛び込み参加も大歓迎です！',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('illness laughed at or punned, the dead joked about', () => {
    it.each([
      ['コロナにかかった人たち、ドンマイ！笑', 'decency/insensitive', 'warn'],
      ['“ぼけ”防止の体操、なんちゃって😜', 'decency/insensitive', 'warn'],
      ['故人もきっと化けて出ますよ👻', 'decency/insensitive', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      'インフルエンザにかかった方は、無理をせず休んでください。お大事に。',
      'がん検診の「がん」は早期発見が大切です。',
      'お盆の灯籠流しで、ご先祖さまをお見送りしましょう。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('the one who passed it on blamed', () => {
    it.each([
      ['ウイルスを持ち込んだ職員には、厳しく処分を行います。', 'decency/discriminatory', 'block'],
      ['感染させた本人には、反省文を書かせました。', 'decency/discriminatory', 'block'],
      ['うつした人には責任を取ってもらいます。', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '感染した職員を責めないでください。誰でも感染する可能性があります。',
      'ウイルスを持ち込まないよう、手洗いをお願いします。',
      '感染を広めた人を探す「犯人探し」はやめましょう。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('a trans person labelled by the sex they left', () => {
    it.each([
      ['“元女性”の講師が登壇します。', 'decency/discriminatory', 'block'],
      ['「元男性」の方も参加されるそうです。', 'decency/discriminatory', 'block'],
      ['元男性のタレントさんが来てくれます！', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '元女性部長の田中さんが講演します。',
      '元男子バレー部の皆さんが集まりました。',
      '元女子高の校舎を活用した施設です。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('single-parent homes tied to delinquency, dementia a burden, a body type told to slim', () => {
    it.each([
      ['片親の家庭のお子さんは、特に非行にご注意ください。', 'decency/discriminatory', 'block'],
      ['認知症のお年寄りの徘徊で、地域の皆さんもご迷惑されていることと思います。', 'decency/discriminatory', 'block'],
      ['ぽっちゃりさんはダイエットしてからお越しください。', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '非行防止キャンペーンを実施しています。保護者の皆さまも、お子さんの様子に気を配ってください。',
      '認知症の方の徘徊に備え、見守りネットワークに登録しませんか。',
      'ダイエットしてから来てねと言うのはやめましょう。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
})

describe('decency round 19f (2): presumptions other writers put otherwise', () => {
  describe('the old country held against foreign residents', () => {
    it.each([
      ['みなさんのくにとちがって、にほんではじてんしゃをとるとけいさつにつかまります。', 'decency/discriminatory', 'block'],
      ['皆さんの国と違って、日本では人の物を盗むと逮捕されます。', 'decency/discriminatory', 'block'],
      ['あなたたちの国とは違い、日本では万引きは犯罪です。', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '皆さんの国と違って、日本では車は左側を走ります。',
      '皆さんの国の料理を紹介してください。',
      '日本と違って、ブラジルではクリスマスは夏です。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('a talent or a look presumed of a people or an orientation', () => {
    it.each([
      ['ゲイの人っておしゃれですよね。', 'decency/stereotype', 'warn'],
      ['ハーフの子はやっぱり英語がペラペラですね', 'decency/stereotype', 'warn'],
      ['ブラジル人はみんなサッカーが上手ですね！', 'decency/stereotype', 'warn'],
      ['さすが黒人選手の身体能力は次元が違います。', 'decency/stereotype', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      'ブラジル出身の選手が、サッカー教室で指導してくれます。',
      '外国人の方は英語の案内もご利用いただけます。',
      'ハーフの子もそうでない子も、一緒に英語で遊びました。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('a skill presumed lacking, the rules presumed unknown, an easy job for a disabled group', () => {
    it.each([
      ['男性の方には難しいかもしれませんが、お弁当作り講座にぜひご参加ください。', 'decency/stereotype', 'warn'],
      ['外国人は日本のルールを知らないので、最初にきちんと教えます。', 'decency/stereotype', 'warn'],
      ['障がい者の方でもできる簡単なお仕事です。', 'decency/stereotype', 'warn'],
      ['主婦の皆さんは時間に余裕があると思いますので、平日昼の当番をお願いします。', 'decency/stereotype', 'warn'],
      ['若者は電話に出ないので、連絡はLINEで行います。', 'decency/stereotype', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '外国人の方はルールがわからないこともあるので、やさしい日本語のチラシを作りました。',
      '車いすの方でも利用できるトイレがあります。',
      '初めての方には難しいかもしれませんが、丁寧にお教えします。',
      '高齢の方は階段が苦手な方も多いので、エレベーターをご利用ください。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('a uniform as comfort to the eye', () => {
    it.each([
      ['看護師さんたちの白衣姿、癒やされます💕', 'decency/sexual', 'block'],
      ['新人保育士さんのエプロン姿にキュンとしました', 'decency/sexual', 'block'],
      ['巫女さんの袴姿、萌えます！', 'decency/sexual', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '浴衣姿の子どもたちに癒やされました。',
      '消防団の法被姿が頼もしい出初式でした。',
      '白衣姿の薬剤師が、お薬の相談に応じます。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
})

describe('decency round 19f (3): ordinary replies, health rules and notices that share the words', () => {
  it.each([
    'お母さんたちは忙しいので、説明会は短めにします。',
    'お父さんは料理が苦手でも大丈夫！パパ料理教室です。',
    '初めての方は間違いが多いので、記入例をご覧ください。',
    'ご指摘のとおり、障がい者用駐車場に一般車両が止まっている状況が続いています。',
    'お気持ちはよく分かります。生活保護の申請は、まず窓口でご相談ください。',
    'ご意見ごもっともです。違法駐車には厳しく対応します。障がい者用駐車場の適正利用にご協力ください。',
    'ご指摘のとおり、障がい者用駐車場の不正利用は迷惑行為です。',
    'ご指摘のとおり、外国人観光客にまでごみ出しの説明が届いていませんでした。',
    '感染が不安に感じるお気持ちはよく分かります。感染症対策を徹底します。',
    'ご不安はよく分かります。障がい者施設の建設は、住民の皆さまのご意見を伺いながら慎重に進めます。',
    '病気があっても“普通の”人生を送れるよう支援します。',
    '外国人観光客の方は、一般の方と別の窓口（多言語対応）をご利用いただけます。',
    '新型コロナ陽性の方は、ご来場をお控えください。',
    '心臓病の病歴がある方のご参加はご遠慮ください。',
    '精神科の医師による相談はご予約が必要です。',
    '国籍を問わず、どなたでもご参加いただけます。',
    '外国のお客様のご予約は、英語サイトで承っています。',
    '男性の方のご参加もお待ちしています。',
    '女性の方は、更衣室をご利用ください。男性の方は、控室をご利用ください。',
    '外国人の方の受け入れに向けて、日本語教室を開いています。',
    '女性の皆さんへ。乳がん検診のご予約はお早めに。',
    'ひとり親家庭の方は、医療費助成の対象となります。',
    '生活保護を受けている方も、このサービスをご利用できます。',
    '高齢者の方はお体に気をつけて、無理のない範囲でご参加ください。',
  ])('passes %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
  })
})

describe('decency round 19f (3): jokes at the dead and the ill, favours, surprise, comparisons', () => {
  describe('the dead told what they should have done, a suicide on the line blamed', () => {
    it.each([
      ['水難事故で亡くなった方も、ライフジャケットを着ていればねえ…😅', 'decency/insensitive', 'block'],
      ['去年の事故の犠牲者も、ちゃんと信号を守ってたら今ごろ元気だったのにね笑', 'decency/insensitive', 'block'],
      ['線路に飛び込むのは、せめて休日にしてほしいですね。', 'decency/insensitive', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '飛び込むのはやめてください。プールでは安全に遊びましょう。',
      '亡くなった方も、ヘルメットをかぶっていれば助かったかもしれません。着用を徹底しましょう。',
      '人身事故の影響で、西鉄電車に遅れが出ています。ご迷惑をおかけしております。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('someone ill or fallen blamed with a laugh', () => {
    it.each([
      ['熱中症で倒れた人、水分とらないからですよ笑', 'decency/insensitive', 'warn'],
      ['コロナにかかった人たち、ドンマイ！笑', 'decency/insensitive', 'warn'],
      ['救急搬送された方、はしゃぎすぎですよ😂', 'decency/insensitive', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '熱中症で倒れた人が出ました。水分補給を忘れずに。',
      'インフルエンザにかかった方は、無理をせず休んでください。お大事に。',
      '救急搬送された方の回復をお祈りします。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('a group let in as a favour or told to try harder', () => {
    it.each([
      ['障がいのある子も、みんなと同じように運動会に出させてあげました。', 'decency/discriminatory', 'warn'],
      ['車いすの方でも、ご家族が頑張れば旅行できます！', 'decency/discriminatory', 'warn'],
      ['外国の方にも、特別にお祭りに参加させてあげています。', 'decency/discriminatory', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '障がいのある子もない子も、一緒に運動会に出場しました。',
      '車いすの方でも楽しめるよう、スロープを設置しました。',
      '外国の方も、お祭りに参加できます。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('surprise at a same-sex couple, a person said to seem so', () => {
    it.each([
      ['ゲイのカップルが来店して、スタッフ一同びっくりでした笑', 'decency/discriminatory', 'block'],
      ['男同士で手をつないで歩いてて、そっち系かと思いました笑', 'decency/discriminatory', 'block'],
      ['同性カップルが式場見学に来て、みんなで二度見しました😂', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      'ゲイのカップルが来店して、スタッフ一同うれしかったです。',
      '同性カップルの方も、式場見学にお越しいただけます。',
      '男同士で手をつないで歩く子どもたちの姿がほほえましい遠足でした。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('a people expected to have a talent, laughed at without it', () => {
    it.each([
      ['黒人の方なのにリズム感がないんです笑', 'decency/discriminatory', 'block'],
      ['ブラジル人のくせにサッカーが下手なんですよ笑', 'decency/discriminatory', 'block'],
      ['中国人なのに漢字が苦手なんて意外でした', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      'ブラジル出身の職員が、サッカー教室で指導します。',
      '中国から来た留学生に、書道を教わりました。',
      '外国人の方にも分かりやすい案内を用意しました。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('staff called too cute', () => {
    it.each([
      ['看護師さん、白衣の天使って感じでかわいすぎる💕', 'decency/lookism', 'warn'],
      ['新人の保育士さん、きれいすぎて園のアイドルです', 'decency/lookism', 'warn'],
      ['窓口の職員さんが美人すぎると評判です', 'decency/lookism', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '受付の花がきれいすぎる！',
      '看護師さんのかわいいイラストのポスターです。',
      '保育士さん手作りの飾りがかわいすぎる！',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('one group put before another, a disability as the measure of luck', () => {
    it.each([
      ['生活保護の人よりも、まじめに働いている人を優先すべきです。', 'decency/discriminatory', 'block'],
      ['外国人より日本人を優先すべきだと思います。', 'decency/discriminatory', 'block'],
      ['障がい者の方と比べて、健常者は恵まれていますね。', 'decency/stereotype', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '生活保護より年金の方が少ないという声もありますが、制度が違います。',
      '障がいのある方を見ていると、自分たちは恵まれていると思いがちですが、それは違います。',
      '日本人の方も外国人の方も、先着順で受け付けます。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
})

describe('decency round 19f (4): registers (である調, dialect), a group watched, exclusion reworded', () => {
  describe('written as である調 or in dialect', () => {
    it.each([
      ['高齢者はデジタル機器の操作が苦手であるため、紙の申請を残す。', 'decency/stereotype', 'warn'],
      ['シングルマザーは何かと余裕がないであろうから、役員は免除とする。', 'decency/stereotype', 'warn'],
      ['女は数字に弱かけん、会計は男に任せとき。', 'decency/stereotype', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '高齢者は熱中症になりやすいため、見守りを強化する。',
      '本事業は、子育て世帯の負担軽減を目的とするものである。',
      '外国人住民への情報提供は、多言語で行うものとする。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('a group declared watched', () => {
    it.each([
      ['生活保護の受給者には、引き続き厳しく目を光らせてまいりますので、ご安心ください。', 'decency/discriminatory', 'block'],
      ['外国人には、地域でしっかり目を光らせていきましょう。', 'decency/discriminatory', 'block'],
      ['実習生を監視して、トラブルを防ぎます。', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '生活保護の不正受給には、厳しく目を光らせてまいります。',
      '障がい者の方への虐待がないよう、施設を監視しています。',
      '高齢者を狙った詐欺に目を光らせています。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('a polite exclusion in other words', () => {
    it.each([
      ['日本語ネイティブでない方のご応募はご遠慮ください。', 'decency/discriminatory', 'block'],
      ['精神科に通っている方の入会はお断りしています。', 'decency/discriminatory', 'block'],
      ['外国籍の皆様からの御応募は受け付けておりません。', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '日本語が母語でない方も、ご応募いただけます。',
      '精神科の医師による無料相談を行います。',
      '外国籍の方のご応募もお待ちしています。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
})

describe('decency round 19f (5): a traffic or rail accident laughed at', () => {
  describe('a traffic or rail accident laughed at', () => {
    it.each([
      ['国道の交通事故で朝から大渋滞ｗｗ', 'decency/insensitive', 'block'],
      ['踏切事故で電車止まってて草', 'decency/insensitive', 'block'],
      ['人身事故で30分遅れ、今日の会議に遅刻する言い訳ができてラッキー😆', 'decency/insensitive', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '交通安全運動がスタート！交通事故のない柳川へ🚗🎉',
      '昨日の交通事故で、けが人はいませんでした。本当によかった😊',
      '踏切事故防止の啓発イベント、たくさんの方に来ていただきました🎉',
      '交通事故の被害に遭われた方への支援制度ができました🎉',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
})

describe('decency round 19f (6): the new kinds quoted in posts against them are mentions; one person is not a group', () => {
  it.each([
    '「“普通の家庭”を築いてほしい」という言葉が、同性カップルを傷つけることがあります。',
    '「高齢の方はどうしても間違いが多いので」といった決めつけは、やめましょう。',
    '「女々しい」「男らしくない」といった言葉は、性別による決めつけにつながります。',
    '「元男性」という呼び方は、トランスジェンダーの方を傷つけます。',
    '面接で「結婚のご予定は？」とお聞きすることは、就職差別につながるおそれがあります。',
    '「外国人の多い地域では特にご注意」といった表現は、偏見を助長します。',
    '「武漢ウイルス」のような地名を付けた呼び方はやめましょう。',
    '「ハーフの子は英語がペラペラ」というのも思い込みです。',
    '「飛び込むなら時間を考えて」などの書き込みは、ご遺族を深く傷つけます。',
    '「露出の多い服装が被害を招く」という考えは誤りです。悪いのは加害者です。',
    'うちのお母さんはスマホが苦手なので、窓口で教えてもらいました。',
    '田中さんのお父さんは手続きが遅いから、いつも付き添っています。',
  ])('passes %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
  })
})

describe('decency round 19f (7): looks sold, a disabled group presumed unable, inspiration, a town blamed', () => {
  describe('staff sold by their looks, the men stirred', () => {
    it.each([
      ['本日の窓口は、若くて美しい女性職員が皆さまをお迎えいたします。', 'decency/lookism', 'block'],
      ['保育士の先生たち、若くてかわいい方ばかりで、パパたちのお迎えが増えたとか笑', 'decency/lookism', 'block'],
      ['新しい受付の方、素敵すぎておじさんたちがそわそわしています。', 'decency/lookism', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '美しい女性の着物姿が描かれた美人画の展示です。',
      '素敵な景色に、参加者の皆さんも釘付けでした。',
      '保育士の先生たちが、かわいい飾りを作ってくれました。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('a disabled group presumed unable, told to endure or keep out of the way', () => {
    it.each([
      ['目の見えない方は何もできないので、職員が全部お手伝いします。', 'decency/stereotype', 'warn'],
      ['聴覚障がいの方は、電話が使えないのでご不便でしょうが、我慢してください。', 'decency/discriminatory', 'block'],
      ['車いすの方は、他の方の邪魔にならないよう、後ろの方でご覧ください。', 'decency/discriminatory', 'block'],
      ['自閉症の子は、空気が読めないので集団行動が苦手です。', 'decency/stereotype', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '障がいのある方も、他の方と同じようにご利用いただけます。',
      '障がいのある方は、一人では移動が難しい場合があるので、お声かけください。',
      '聴覚障がいの方は、FAXやメールでもお問い合わせいただけます。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('a disabled person\'s ordinary life as inspiration', () => {
    it.each([
      ['障がいのある方が働く姿に、勇気と感動をもらいました！', 'decency/stereotype', 'warn'],
      ['車いすで通勤する様子を見て、涙が出ました。', 'decency/stereotype', 'warn'],
      ['ダウン症の青年が一生懸命暮らす姿に感動しました。', 'decency/stereotype', 'warn'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '障がい者スポーツ大会で、選手の皆さんが活躍しました。',
      '障がいのある方が働くカフェが、市役所1階にオープンしました。',
      '車いすで通勤する職員の声を、庁舎の改修に生かしました。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
  describe('a changed town blamed on newcomers, welfare seen in luxury', () => {
    it.each([
      ['外国人が増えてから、まちの雰囲気が変わってしまいました。', 'decency/discriminatory', 'block'],
      ['生活保護をもらっている人に限って、高級車に乗っているという話もよく聞きます。', 'decency/discriminatory', 'warn'],
      ['実習生が住み始めてから、地区が物騒になりました。', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '生活保護世帯は高級車を所有できません。',
      '外国人観光客に限って、乗船料を割引します。',
      '外国人住民が増えて、まちが国際色豊かになりました。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
})

describe('decency round 19f (8): an illness as a joke label, a group as a weariness', () => {
  describe('an illness or a disability made a joke label, a group as a weariness', () => {
    it.each([
      ['最近物忘れがひどくて、私も認知症かも（笑）', 'decency/insensitive', 'warn'],
      ['会議の資料なくした…完全にADHDですね笑', 'decency/insensitive', 'warn'],
      ['月曜日はみんなうつ病気味です笑', 'decency/insensitive', 'warn'],
      ['うちの課長、アスペっぽいところがあって困ります。', 'decency/discriminatory', 'block'],
      ['今日の窓口、外国人ばっかりで疲れた〜', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '認知症かもと思ったら、早めにご相談ください。',
      'うつ病かなと感じたら、こころの相談窓口へ。笑顔で過ごせるように。',
      'アスペクト比16:9の動画です。',
      'アスペルガー症候群についての講演会です。',
      '子どもだらけで疲れたけど、楽しい一日でした。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
})

describe('decency round 19f (9): a group\'s lot or nature stated as fact', () => {
  describe('a group\'s lot or nature stated as fact', () => {
    it.each([
      ['A地区と違って、B地区の人たちは昔からマナーが悪いんです。', 'decency/discriminatory', 'warn'],
      ['今どきの母親は子どもを甘やかしすぎです。', 'decency/stereotype', 'warn'],
      ['生活保護の人たちは、税金で暮らしているのだから文句を言うべきではありません。', 'decency/discriminatory', 'block'],
      ['障がい者は家にいた方が幸せだと思います。', 'decency/discriminatory', 'block'],
      ['LGBTの方は、少子化の原因にもなっていると言われています。', 'decency/discriminatory', 'block'],
      ['外国人の子どもが多いクラスは、授業が遅れがちです。', 'decency/discriminatory', 'block'],
      ['ひとり親家庭の子どもは、学力が低い傾向にあります。', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      'ひとり親家庭の子どもの学力が低い傾向にあるという調査を受け、学習支援を始めます。',
      '台風の影響で、バスが遅れがちです。',
      '最近のお母さんは忙しい方が多いので、短時間の講座にしました。',
      '障がいのある方が、自宅で過ごす時間を豊かにする講座です。',
      '生活保護の方も、ご意見をお寄せください。',
      '工事の影響で作業が遅れがちです。外国人作業員の方にも多言語で案内しています。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
})

describe('decency round 19f (10): ordinary municipal sentences that name a group with the words of the new kinds', () => {
  it.each([
    '高齢の方や障がいのある方など、手続きに不安のある方は窓口でお手伝いします。',
    'スマホの操作が苦手な方向けの講座を開きます。高齢の方もお気軽に。',
    '子育て中のお母さんお父さんは、何かと忙しいと思います。短時間でも参加できる講座です。',
    '外国人住民の方は、日本の制度に不慣れなことも多いため、多言語の相談窓口を設けています。',
    '女性の方が安心して相談できるよう、女性相談員が対応します。',
    '男性の育児参加を応援する「パパ講座」を開きます。',
    '障がいのある方の就労を支援する事業所を紹介します。',
    'LGBTの方への理解を深める研修を行いました。',
    '生活保護の申請は権利です。ためらわずにご相談ください。',
    'ひとり親家庭の方への支援制度をまとめました。',
    '認知症の方とご家族が集う「認知症カフェ」を開催します。',
    '精神障がいのある方の地域生活を支える取り組みを紹介します。',
    '外国人の方が多く住む地区で、多文化交流会を開きます。',
    '一般の方の見学は午後からです。',
    '普通の日とは違うお祭りの雰囲気をお楽しみください。',
    '普通の家庭料理を学ぶ教室です。',
    '女子高校生が考案したスイーツが、道の駅で販売されます。',
    '浴衣姿の女性たちが、川下りを楽しんでいました。',
    '水着の貸し出しはありません。ご持参ください。',
    '新人職員の佐藤さんが、元気いっぱいに受付を担当しています。',
    '保健師の佐藤さんが、健康相談に応じます。',
    '看護師さんたちの頑張りに感謝します。',
    '車いすの方も、スロープからご乗船いただけます。',
    '耳の不自由な方のために、手話通訳を配置します。',
    '目の不自由な方は、点字の案内をご利用ください。',
    '生活保護を受けている方も、この講座は無料で受講できます。',
    'ハーフの子どもたちも、地域のお祭りで大活躍しました。',
    '外国籍の方の住民票の手続きについてご案内します。',
    '面接では、ご経験や志望動機について伺います。',
    '妊娠中の職員が安心して働けるよう、職場環境を整えています。',
    '男性職員の育休取得率が向上しました。',
    '女性ドライバーのためのカーメンテナンス講座を開きます。',
    '露出の多い服装は、熱中症や日焼けの原因にもなります。帽子と長袖がおすすめです。',
    '就学援助の申請書は、学校で配布しています。',
    '田舎暮らしに憧れる方向けの移住体験ツアーです。',
    '土方歳三のゆかりの品を展示します。',
    '韓国料理とベトナム料理の屋台が並びます。',
    '同和問題の解決に向けた講演会を開催します。',
    '市内の4つの地区で、防災訓練を行います。',
    '介護は家族だけで抱え込まず、サービスを利用しましょう。',
    'お父さんもお母さんも、子育てを楽しめるまちへ。',
    'ミス柳川の3人が、観光PRに出発しました。',
    '受付の女性職員が、ご案内いたします。',
    '職員の熱い視線の先には、完成したばかりの新庁舎がありました。',
    '特別支援学校の生徒さんが、作品を出品しました。',
    '健常者と障がい者が一緒に楽しめるボッチャ大会です。',
    '亡くなった方のご冥福を心よりお祈りいたします。',
    '地震による被害はありませんでした。ご安心ください。',
    '風邪をひいた方は、無理をせずお休みください。',
    'お盆には、ご先祖さまを迎える行事が各地で行われます。',
    '感染した職員は回復し、職場に復帰しました。',
    '元男性アナウンサーの講演会です。',
    '非行防止のため、地域で子どもたちを見守りましょう。',
    '認知症の方の徘徊に備え、ご近所同士で声をかけ合いましょう。',
    'ダイエット教室では、管理栄養士が食事のアドバイスをします。',
    '熱中症で倒れる方が増えています。こまめに水分を。',
    '外国人観光客の皆さんに、柳川の魅力を伝えました。',
    '外国人労働者の多い地区で、日本語教室を開きます。',
  ])('passes %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
  })
})

describe('decency round 19f (11): Chikugo dialect and keigo', () => {
  describe('presumptions and exclusions in Chikugo dialect and in keigo', () => {
    it.each([
      ['年寄りはパソコンの苦手かけん、紙で出してもらいよります。', 'decency/stereotype', 'warn'],
      ['おなごは機械に弱かけん、男衆に頼んどき。', 'decency/stereotype', 'warn'],
      ['ご高齢の皆様におかれましては、インターネットでのお手続きは難しいかと存じますので、窓口へお越しくださいませ。', 'decency/stereotype', 'warn'],
      ['同性のカップルの方のご予約は、承りかねます。', 'decency/discriminatory', 'block'],
      ['精神疾患をお持ちの方の入会は、お断りしております。', 'decency/discriminatory', 'block'],
      ['お気持ちはごもっともでございます。外国人住民の増加につきましては、私どもも懸念しております。', 'decency/discriminatory', 'block'],
    ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
      const found = summary(findingsOf(decency, text))
      expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      'ご高齢の皆様におかれましては、熱中症にご注意ください。',
      '外国人の方には日本語の書類は難しいと思いますので、翻訳版を用意しました。',
      '同性のカップルの方のご予約も、承っております。',
      '精神疾患をお持ちの方のご相談は、保健所でも承ります。',
      'お気持ちはごもっともでございます。外国人住民の皆さまへの多言語での周知に努めます。',
    ])('passes %s', (text) => {
      const found = findingsOf(decency, text)
      expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
    })
  })
})

describe('decency round 20: kinds, in wordings of our own', () => {
  // Gender roles assumed, 部落 or a district given a bad repute, a quoted age slur aimed at the readers, the old called a
  // danger on the road, violence at home or abuse joked about, a staff member's body teased.
  it.each([
    ["草刈りは体力勝負ですけん、やっぱり男の人の方が向いとります。", 'decency/stereotype', 'warn'],
    ["窓口案内は、細やかな気配りができる女性のほうが適任です。", 'decency/stereotype', 'warn'],
    ["受付業務につきましては、女性の方が適任かと存じます。", 'decency/stereotype', 'warn'],
    ["本作業は重量物を扱うため、男性が適している。", 'decency/stereotype', 'warn'],
    ["この講座は機械を扱うので、女性には不向きかもしれません。", 'decency/stereotype', 'warn'],
    ["保育のボランティアは、やっぱ女の人のほうが向いとるよね〜", 'decency/discriminatory', 'warn'],
    ["消防団の活動は、おなごには向かんけん。", 'decency/stereotype', 'warn'],
    ["子育て講座ですが、正直ママの方が向いてますよね。", 'decency/stereotype', 'warn'],
    ["この作業、男性じゃないと無理ですね。", 'decency/stereotype', 'warn'],
    ["家事はやっぱり奥さんの担当ですよね。", 'decency/stereotype', 'warn'],
    ["女性の方はご主人と一緒にお申し込みいただくと安心です。", 'decency/stereotype', 'warn'],
    ["女性の皆さんは、ご主人に相談してからお申し込みください。", 'decency/stereotype', 'warn'],
    ["女性一人では大変ですので、旦那様とご一緒にどうぞ。", 'decency/stereotype', 'warn'],
    ["昔から柄が悪いことで知られる同和地区では、夜間の巡回を強化します。", 'decency/discriminatory', 'block'],
    ["昔から評判の悪い同和地区には、近づかない方が無難です。", 'decency/discriminatory', 'block'],
    ["被差別部落のあたりは物騒なので、防犯ブザーを持ち歩いてください。", 'decency/discriminatory', 'block'],
    ["ぶっちゃけ、あの部落の方は物騒やけんね。", 'decency/discriminatory', 'block'],
    ["巡回パトロールは同和地区を中心に行っております。", 'decency/discriminatory', 'block'],
    ["パトロールは旧同和地区を重点に実施しております。", 'decency/discriminatory', 'block'],
    ["あの地区は昔から治安が悪いと言われているので、夜は近づかないでください。", 'decency/discriminatory', 'warn'],
    ["“老害ドライバー”と言われたくなければ、早めの返納を。", 'decency/discriminatory', 'block'],
    ["「ボケ老人」扱いされる前に、脳トレ教室へどうぞ！", 'decency/discriminatory', 'block'],
    ["「老害」って言われないように、私たちも気をつけましょう笑", 'decency/discriminatory', 'block'],
    ["年寄りの運転する車は走る凶器だ。", 'decency/discriminatory', 'block'],
    ["高齢者の運転はもはや走る凶器である。", 'decency/discriminatory', 'block'],
    ["高齢者がハンドルを握るのは、もう殺人マシンのようなものです。", 'decency/discriminatory', 'block'],
    ["じいちゃんばあちゃんの運転は凶器そのものやけん。", 'decency/discriminatory', 'block'],
    ["ご高齢のドライバーは事故予備軍です。", 'decency/discriminatory', 'block'],
    ["高齢ドライバーは危険なので、運転は控えてください。", 'decency/discriminatory', 'block'],
    ["高齢ドライバーって、ぶっちゃけ危ないですよね。", 'decency/stereotype', 'warn'],
    ["高齢者に運転させるのは危険すぎます。", 'decency/discriminatory', 'block'],
    ["高齢者ドライバー、迷惑なんで免許返してください。", 'decency/discriminatory', 'block'],
    ["年寄りなんか、さっさと免許返納して家でじっとしとけばいい。", 'decency/discriminatory', 'block'],
    ["ご高齢の方は事故を起こす前に、おとなしく家で過ごしていただきたい。", 'decency/discriminatory', 'block'],
    ["うちの係長、奥さんに毎晩殴られてるらしいです（笑）", 'decency/abuse-joke', 'warn'],
    ["うちの課長は家で奥様に叩かれているとか（笑）", 'decency/abuse-joke', 'warn'],
    ["旦那さんにどつかれてばかりの課長、今日も元気です🤣", 'decency/abuse-joke', 'warn'],
    ["嫁に殴られてばかりの日々ですｗ", 'decency/abuse-joke', 'warn'],
    ["児童虐待防止月間。うちの子も言うこと聞かんときは叩いとります笑", 'decency/abuse-joke', 'warn'],
    ["しつけと称して子どもをぶっ叩いてます😂", 'decency/abuse-joke', 'warn'],
    ["新人への指導がほぼ虐待レベルでしたｗ", 'decency/abuse-joke', 'warn'],
    ["体罰も愛のムチってことで（笑）", 'decency/abuse-joke', 'warn'],
    ["取材に来た新人職員、太りすぎで写真のフレームからはみ出してました（笑）", 'decency/lookism', 'warn'],
    ["課長の頭がまぶしすぎて、ライトが要りませんでしたｗ", 'decency/lookism', 'warn'],
    ["チビの若手職員は、人混みに埋もれて見えませんでした笑", 'decency/lookism', 'warn'],
    // citizens teased for their bodies, also in a sentence that names a children's service before
    ["子ども医療費の窓口、今日はふくよかなお母さんばかりで窓口がいつもより狭く感じました笑", 'decency/lookism', 'warn'],
    ["今日の健診は、ふくよかなお客さんが多くて椅子がきしんでました笑", 'decency/lookism', 'warn'],
    ["新人くん、背が低すぎてカウンターから頭しか見えない笑", 'decency/lookism', 'warn'],
    ["係長のお腹、まるでタヌキの置物みたいです笑", 'decency/lookism', 'warn'],
    ["あの体型で着物は無理があるでしょ笑", 'decency/lookism', 'warn'],
    ['車の運転は、やっぱり男性の方が上手ですよね。', 'decency/stereotype', 'warn'],
    ['細かい手作業は女の人のほうが得意やけん、お願いしとる。', 'decency/stereotype', 'warn'],
    ['75歳以上の方は、運転をやめるべきだと思います。', 'decency/discriminatory', 'block'],
    ['夫婦げんかで皿が飛んでくるのは日常茶飯事です（笑）', 'decency/abuse-joke', 'warn'],
    ['うちの係長、結婚してから幸せ太りで一回り大きくなりました笑', 'decency/lookism', 'warn'],
    ['〇〇さん、最近お腹がぽっこりしてきましたｗ', 'decency/lookism', 'warn'],
    ['ご高齢の方のご運転は、もはや凶器と申し上げても過言ではございません。', 'decency/discriminatory', 'block'],
    ['お年寄りが自転車に乗るのは危険なので、やめてください。', 'decency/discriminatory', 'block'],
    ['課長は奥様から手を上げられていらっしゃるそうです（笑）', 'decency/abuse-joke', 'warn'],
    ['ふくよかな課長が座ると、ベンチがきしみます（笑）', 'decency/lookism', 'warn'],
    ['女性の方には少し難しいかと存じますので、男性職員が対応いたします。', 'decency/stereotype', 'warn'],
    ['女の人には重いけん、男衆で運ぼう。', 'decency/stereotype', 'warn'],
    ['あの辺は昔から柄が悪かけん、気をつけんといかん。', 'decency/discriminatory', 'warn'],
  ] as [string, string, 'block' | 'warn'][])('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })
  // Ordinary municipal sentences with the same surface words.
  it.each([
    "男性の方が多く参加されました。",
    "育児休業は男性の方も取得できます。",
    "性別に関係なく、どなたでも向いているお仕事です。",
    "「力仕事は男性の方が向いている」という思い込みを見直しましょう。",
    "女性の方が向いていると決めつけず、男女ともに募集します。",
    "男性・女性とも、保育士に向いている方を募集しています。",
    "この講座は初心者の方に向いています。",
    "この作業は、経験者でないと難しいため、講習を受けた方にお願いしています。",
    "家事は家族みんなの仕事です。",
    "育児はお母さんだけの仕事ではありません。",
    "料理は奥さんの担当と決めつけず、ご夫婦で参加しませんか。",
    "女性の方はご家族と一緒に参加することもできます。",
    "女性一人でも気軽に参加できる講座です。",
    "女性だけでなく男性の参加もお待ちしています。",
    "ご主人と一緒に参加される女性の方も多くいらっしゃいます。",
    "女性に向けた起業セミナーを開催します。",
    "同和地区の歴史を学ぶ人権講座を開催します。",
    "同和地区を中心とした地域改善対策事業の歴史を学びます。",
    "旧同和地区の生活環境改善事業は完了しました。",
    "治安が悪いと言われる地区を部落と結びつけるのは偏見です。",
    "空き巣被害が多い地区では、夜間パトロールを強化しています。",
    "防犯パトロールは、市内全域を重点的に巡回しています。",
    "あの地区は治安がよくなったと評判です。",
    "あの地区は、以前は治安が悪いと言われていましたが、住民の皆さんの活動で大きく改善しました。",
    "「老害」と呼ばれることに悩む高齢者の相談が増えています。",
    "「老害」という言葉は、高齢者を傷つける差別的な表現です。",
    "「ボケ老人」などの呼び方はやめましょう。",
    "高齢者の運転による事故を防ぐため、サポカー補助金をご案内します。",
    "高齢ドライバーの方は、ペダルの踏み間違いにご注意ください。",
    "高齢ドライバー、サポカー補助金のご案内です。",
    "高齢者が運転することは、地域の足として欠かせません。",
    "高齢者に運転させるのは不安というご家族は、相談窓口へ。",
    "飲酒運転は走る凶器です。絶対にやめましょう。",
    "高齢者は熱中症の危険が高いので、エアコンを使いましょう。",
    "ご高齢の方は、猛暑日は家で涼しくお過ごしください。",
    "高齢者の方は、早めに免許の更新手続きをしてください。",
    "児童虐待の相談は、189（いちはやく）へ。",
    "お子さんを叩かないで。しつけと体罰は違います。",
    "和太鼓を叩いて、みんな笑顔になりました😊",
    "肩を叩かれて振り向くと、懐かしい友人でした（笑）",
    "生地を叩いて伸ばす麺づくり体験、子どもたちは大笑いでした😂",
    "課長が餅つきで臼を叩きすぎて、みんな大笑いでした笑",
    "うちの係長、奥さんに怒られてばかりらしいです笑",
    "叩かれても叩かれても立ち上がる、柳川高校ラグビー部の粘り強さに感動！",
    "ぽっちゃりした鯉が、画面に収まりきらないほど集まってきました😂",
    "ぽっちゃりなママも着やすいサイズをそろえました。",
    "ふくよかなお母さんが作る、昔ながらのがめ煮です😊",
    "子育て広場、ぽっちゃりの赤ちゃんたちが可愛すぎました笑",
    "さげもんちゃんの着ぐるみ、ぽっちゃり体型すぎて扉を通れませんでした笑",
    "ぽっちゃり体型の方でも着られる大きめサイズの浴衣をご用意しています。",
    "職員の荷物が多すぎて、車に入りきりませんでした笑",
    "課長の話が長すぎて、会場が笑いに包まれました😂",
    "係長の頭、寝ぐせがすごすぎて笑いました😂",
    "人が多すぎて、前が見えませんでした笑",
    "メタボ予防のウォーキング大会です。",
    '女性の方が上手に作れるよう、講師が丁寧に教えます。',
    '女性の方が平均寿命が長い傾向にあります。',
    '男性が苦手、という女性の方も安心してご相談ください。',
    '女性が得意な分野を生かして起業しませんか。',
    'この一年で、子どもたちもひと回り大きくなりました笑',
    '夫婦げんかが絶えないときは、家庭相談窓口へ。',
    '75歳以上の方は、運転免許の更新時に高齢者講習を受ける必要があります。',
    '高齢者の免許返納を支援する制度があります。',
    '女性には大変ありがたい制度です。',
    '妊娠中の女性には重い荷物は避けていただくようお願いしています。',
    'お年寄りが自転車に乗るのは危険な場合もあるので、ヘルメットを着用しましょう。',
    'お年寄りが一人で外出するのは危険なほどの暑さです。',
    'あの辺りは道が狭く、評判のうなぎ屋さんがあります。',
    '男性には難しいと思われがちな裁縫も、基礎から学べます。',
    '女性に重い負担がかからないよう、家事の分担を見直しましょう。',
  ])('passes %s', (text) => {
    const found = findingsOf(decency, text)
    expect(found.filter((f) => f.severity !== 'info').map((f) => `${f.rule}「${f.excerpt}」`)).toEqual([])
  })
  it('reads a quoted slur the readers are hurt by as a mention, and one aimed at them as a use', () => {
    expect(summary(findingsOf(decency, '「老害」と呼ばれることに悩む高齢者の相談が増えています。'))).toEqual(['decency/discriminatory:info:老害'])
    expect(summary(findingsOf(decency, '高齢ドライバーの皆様、「老害」と言われる前に、安全運転を心がけましょう。')).some((s) => s.startsWith('decency/discriminatory:block:'))).toBe(true)
  })
})

describe('decency (4(2)), round 21 kinds', () => {
  const invalid: Case[] = [
    // a foreign country's food mocked
    ['視察先の国ではカエルを普通に食べるらしく、職員一同ドン引きでした😂', 'decency/discriminatory', 'warn'],
    ['あっちの国の料理って正直くさくて食えたもんじゃなかですね。', 'decency/discriminatory', 'warn'],
    ['訪問先の国は犬も食べるそうなので、市長が何を出されるか心配であります（笑）', 'decency/discriminatory', 'warn'],
    ['某国の食べ物はゲテモノばかりで、研修生の皆様もさぞご苦労されたことと存じます。', 'decency/discriminatory', 'warn'],
    // a sexual minority set against 普通の人
    ['LGBTの方向けのトイレを作るのは構いませんが、普通の利用者が戸惑わないようにしてほしいですね。', 'decency/discriminatory', 'block'],
    ['同性パートナーの方の制度ができても、普通の家庭には関係ないので心配いりません。', 'decency/discriminatory', 'block'],
    ['性的少数者の方への配慮も結構ですが、普通の市民が我慢を強いられるのは困ります。', 'decency/discriminatory', 'block'],
    ['同性カップルの話はようわからんけど、普通の人が損せんならよかよ。', 'decency/discriminatory', 'block'],
    // a disabled person or an elder called a burden
    ['避難訓練のたびに思うけど、お年寄りはやっぱりお荷物やね。', 'decency/discriminatory', 'block'],
    ['障害のある方が班にいると、作業が進まず足手まといになってしまいます。', 'decency/discriminatory', 'block'],
    ['正直、障害者の方は職場でお荷物扱いです。', 'decency/discriminatory', 'block'],
    ['車いすの利用者は、災害時には迷惑でしかないと存じます。', 'decency/discriminatory', 'block'],
    // a group sent to other days so that the others need not feel awkward
    ['車いすのお客様がいらっしゃると周りのお客様が気まずくなりますので、空いている時間帯にお越しください。', 'decency/discriminatory', 'block'],
    ['他の参加者が戸惑うけん、障害のある子は別の日に来てもらえると助かります。', 'decency/discriminatory', 'block'],
    ['ほかのお客様が落ち着かないので、認知症の方は平日にご来館ください。', 'decency/discriminatory', 'block'],
    // volunteers of one age or sex called dull, young women wanted
    ['清掃ボランティア、毎年おじさんばかりでむさ苦しいので、若い女の子の参加大歓迎です。', 'decency/stereotype', 'warn'],
    ['受付が年配の方ばかりだと華やかさに欠けるので、今年は若手に頼みました。', 'decency/stereotype', 'warn'],
    ['花がないので、ピチピチの女子大生の応募お待ちしています♪', 'decency/stereotype', 'warn'],
    // children's bodies laughed at
    ['ぽっちゃりの子たちが運動会で一生懸命走る姿、かわいすぎて笑いました😂', 'decency/lookism', 'warn'],
    ['夏休み明け、うちのクラスの子どもたちはみんな横に成長してました笑', 'decency/lookism', 'warn'],
    ['チビの男の子が一番前で埋もれてますｗ', 'decency/lookism', 'warn'],
    // the old presumed unable to understand, the task handed to the family
    ['お年寄りには何回言っても分からんけん、息子さんか娘さんに来てもらってください。', 'decency/discriminatory', 'block'],
    ['ご高齢の方は制度の理解が難しいため、ご家族が代わりにお手続きください。', 'decency/discriminatory', 'block'],
    ['年寄りはいくら教えても覚えられないから、スマホ講座は意味がないです。', 'decency/discriminatory', 'block'],
    // 部落 masked or presumed not to object
    ['あそこはぶ〇く出身の人が多いけん、気をつけたほうがよか。', 'decency/discriminatory', 'block'],
    ['新しい処分場は同〇地区の近くなので、住民の反対は少ないでしょう。', 'decency/discriminatory', 'block'],
    ['あの家は〇落出身らしいです。', 'decency/discriminatory', 'block'],
    ['処分場は同和地区に建てるので、苦情も出ないでしょう。', 'decency/discriminatory', 'block'],
    // further wordings: the others' surprise or fear, a meal called inhuman, a parents' committee called dull, society's burden, keigo
    ['ゲイの方が来館されても、普通のお客様のご迷惑にならない範囲でお願いします。', 'decency/discriminatory', 'block'],
    ['発達障害のお子さんが騒ぐと他のお子さんがびっくりしますので、ご来館は午前中の早い時間にお願いします。', 'decency/discriminatory', 'block'],
    ['外国人の方がいると周りの利用者さんが不安に感じるので、利用時間を分けてもらえませんか。', 'decency/discriminatory', 'block'],
    ['知的障害のある方が一緒だと、ほかの参加者が気を遣ってしまうため、別日程でのご参加をお願いしております。', 'decency/discriminatory', 'block'],
    ['あの国の料理は辛すぎて人間の食べ物じゃない笑', 'decency/discriminatory', 'warn'],
    ['中国の人って何でも食べるって言いますもんね（笑）', 'decency/discriminatory', 'warn'],
    ['うちの地区は年寄りばっかりで華がなかけん、若か娘さんに来てほしか〜', 'decency/stereotype', 'warn'],
    ['PTAの役員、ママばっかりで色気がないので、パパの皆さんもぜひ！', 'decency/stereotype', 'warn'],
    ['老人ホームのお年寄りなんて、社会のお荷物でしょう。', 'decency/discriminatory', 'block'],
    ['お年寄りの方は何度ご説明してもご理解いただけないことが多いため、ご家族の同伴をお願いいたします。', 'decency/discriminatory', 'block'],
    ['タイの屋台、虫とかヘビとか売っててマジ無理〜😂', 'decency/discriminatory', 'warn'],
    ['同性カップルの方がいらっしゃると、一般の方が戸惑われるかもしれません。', 'decency/discriminatory', 'block'],
    ['障害者の方の利用が増えると一般のお客様が迷惑されます。', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
    '海外では昆虫を食べる文化もあり、食料問題の解決策として注目されています。',
    'タイ料理教室を開催します。辛くて美味しいグリーンカレーを作りましょう😊',
    'ベトナムの方々と食文化を学ぶ交流会を開催しました。',
    '犬を連れて公園に来られる方は、リードを付けてください。',
    '同性カップルも普通の家族として暮らせるまちを目指します。',
    '普通の人が気づかない段差も、車いすの方には大きな障壁です。',
    'パートナーシップ制度について、普通の市民の皆さんにも知っていただきたいと考えています。',
    '車いすの方のお荷物はスタッフがお運びします。',
    'お年寄りのお荷物が多い場合は、係員にお声がけください。',
    '障害のある方が「お荷物」と思われることのない地域づくりを進めます。',
    '障害のある方も他の利用者に気兼ねなくご利用いただけます。',
    '車いすの方が他のお客様に気を遣うことなく楽しめるよう、平日に貸切枠を設けました。',
    '混雑を避けるため、平日のご利用をお願いします。',
    '認知症の方が周りを気にせず過ごせるよう、専用の時間を設けています。',
    'ボランティアの皆さん、いつもありがとうございます。若い方の参加もお待ちしています！',
    '男性ばかりの職場ですが、女性も活躍できるよう環境を整えています。',
    '花壇に花がないので、ボランティアで植え付けをします。大学生の参加お待ちしています。',
    'この時期は花がない季節ですが、若い芽が出始めています。',
    '子どもの肥満予防教室を開催します。',
    '子どもたちが太りすぎないよう、食育に取り組んでいます。',
    '太っている子も痩せている子も、みんなで楽しく体を動かしましょう😊',
    '子豚がまるまると太って、すっかり大きくなりました笑',
    '高齢者の方で手続きが難しい場合は、ご家族が代理で申請できます。',
    'ご高齢の方には操作が難しい場合もありますので、ご家族の方がお手伝いください。',
    '高齢者の方は何度でも無料で相談できます。',
    '窓口では、お年寄りにも分かりやすく何度でも説明します。',
    '部〇〇名が大会に出場しました。',
    '〇〇部〇〇課までお問い合わせください。',
    '同和地区に関する身元調査はお断りしています。',
    '「部〇」のような伏せ字でも、差別につながる表現は使わないでください。',
    '〇〇集落の皆さん、ご協力ありがとうございます。',
    'PTAの役員はママばかりでしたが、今年はパパの皆さんにも参加していただきました。',
    '外国人の方も日本人の方も、何でも気軽にご相談ください。',
    '発達障害のお子さんが周りを気にせず楽しめるよう、午前中の早い時間を貸切にしています。',
    '何度ご説明しても分かりにくい点は、資料をお渡ししています。',
    '障害のある方も一般の方も戸惑わないよう、案内表示を大きくしました。',
    '外国人の方向けの窓口では、一般の方も利用できます。',
    'ご高齢の方でスマホ申請が難しい場合は、窓口でお手続きいただけます。',
    '高齢者の方は、ご家族に手伝ってもらいながらスマホ教室に参加されています。',
    'タイの屋台料理を楽しめるフェスを開催します😊',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency (4(2)), round 22 kinds (implicit prejudice)', () => {
  const invalid: Case[] = [
    // a fault presumed of a whole group as the reason for a measure or as a fact
    ['外国籍の方は期限を守らないことが多いので、更新の案内は早めにお送りしています。', 'decency/discriminatory', 'block'],
    ['男性職員はすぐ辞めがちやけん、長期の担当は任せられんとです。', 'decency/discriminatory', 'block'],
    ['父子家庭のお子さんは寂しい思いをしがちですので、地域で温かく見守りましょう。', 'decency/discriminatory', 'block'],
    ['知的障がいのあるお子さんは集団行動が苦手なため、遠足は別行動といたします。', 'decency/discriminatory', 'block'],
    ['ネパール出身の実習生は時間を守れない傾向があるため、始業前に必ず点呼を行う。', 'decency/discriminatory', 'block'],
    // Japanese first, Japanese speakers only
    ['窓口が混み合う日は、日本人のお客様を優先してご案内しております。', 'decency/discriminatory', 'block'],
    ['市民農園の貸し出しは、日本語が十分に話せる方に限らせていただきます。', 'decency/discriminatory', 'block'],
    ['空き家バンクの物件は日本人の方に限定してご紹介しています。', 'decency/discriminatory', 'block'],
    // an inquiry into origins
    ['お見合いの前に、お相手のご家族の本籍まで確認しておくと安心ですよ。', 'decency/discriminatory', 'block'],
    ['在日の方は、申込書に本名もご記入のうえ提出してください。', 'decency/discriminatory', 'block'],
    ['縁談がまとまる前に、相手方の出身地をよく調べておいた方がよかですよ。', 'decency/discriminatory', 'block'],
    // a district hinted at, called rough
    ['市内でも地域によっては古くからの「事情」がある場所もあるので、家を買う前に調べておくと安心です。', 'decency/discriminatory', 'block'],
    ['川向こうの団地は昔から柄の悪い連中が多いけん、夜は近寄らんがよか。', 'decency/discriminatory', 'block'],
    ['あのあたりは治安の悪い地区なので、お子さんだけで行かせないでください。', 'decency/discriminatory', 'block'],
    // a facility lowering land prices
    ['精神障がい者のグループホームが建つと地価が下がるのは避けられません。', 'decency/discriminatory', 'block'],
    ['外国人の寮ができたら住環境が悪化するとのご心配、ごもっともです。', 'decency/discriminatory', 'block'],
    ['福祉施設が近くにあると資産価値が落ちるので、建設には慎重であるべきだ。', 'decency/discriminatory', 'block'],
    // crime tied to a people, one nationality warned
    ['中国人グループによる窃盗が多発しているようですので、戸締まりを徹底しましょう。', 'decency/discriminatory', 'block'],
    ['ブラジル人の若者による迷惑行為が続いとるけん、公園の見回りを強化します。', 'decency/discriminatory', 'block'],
    ['韓国からお越しのお客様へ：乗船場では列に割り込まず、順番をお守りください。', 'decency/discriminatory', 'block'],
    ['台湾からの団体客の皆様へ。店内で大声で騒ぐのはご遠慮ください。', 'decency/discriminatory', 'block'],
    // manners said to have improved
    ['外国人の方も最近はずいぶんマナーが良くなってきて、ほっとしています。', 'decency/stereotype', 'warn'],
    ['ベトナムの人もマナーがよくなってきて驚きました。', 'decency/stereotype', 'warn'],
    ['若者もマナーが良くなったようで安心しました。', 'decency/stereotype', 'warn'],
    // blood or genes as talent
    ['ハーフのランナーさん、さすがの身体能力！やっぱりDNAが違う。', 'decency/discriminatory', 'block'],
    ['黒人の選手はやっぱり血が違うんでしょうね。', 'decency/discriminatory', 'block'],
    ['ブラジル出身のダンサーさん、生まれつきのリズム感ですね！', 'decency/discriminatory', 'block'],
    // orientation belittled, tied to disease, trans women as men
    ['LGBTなんて一時的な流行りでしょう。', 'decency/discriminatory', 'block'],
    ['性的指向は個人の嗜好の問題であり、行政が関わるものではない。', 'decency/discriminatory', 'block'],
    ['同性愛って結局は好みの問題やけん。', 'decency/discriminatory', 'block'],
    ['同性愛者の方はエイズのリスクが高いので、検査をおすすめします。', 'decency/stereotype', 'warn'],
    ['ゲイの人って性病が多いって本当？', 'decency/stereotype', 'warn'],
    ['女装した男が女子トイレに入ってきたらどうするんですか。', 'decency/discriminatory', 'block'],
    ['体は女性だけど心は男性？そんな方向けの講座です。', 'decency/discriminatory', 'block'],
    // 部落差別 said to be over
    ['同和問題は、もはや過去のものです。', 'decency/discriminatory', 'block'],
    ['部落のことなんか、寝た子を起こすなって話ですよ。', 'decency/discriminatory', 'block'],
    ['部落差別なんて、とっくに解決済みの話やろ。', 'decency/discriminatory', 'block'],
    // harassment blamed on the victim
    ['セクハラくらいで大げさに騒ぐのもどうかと思います。', 'decency/discriminatory', 'block'],
    ['痴漢に遭うのは隙があるからだと思います。', 'decency/discriminatory', 'block'],
    ['肌を出した格好は性被害を招きますので、気をつけましょう。', 'decency/discriminatory', 'block'],
    // a job or welcome for one sex or age
    ['給食調理員を募集します！主婦の方にぴったりのお仕事です。', 'decency/discriminatory', 'block'],
    ['図書館のパート募集中！ママさんスタッフ大歓迎です。', 'decency/discriminatory', 'block'],
    ['臨時職員を募集しています。20代の男性が活躍している職場です！', 'decency/discriminatory', 'block'],
    // a wife wanted for housework, a father's help, a sex's norm, colours by sex, women as decoration
    ['家事も介護も嫌がらない女性との出会いを応援する婚活イベントです。', 'decency/stereotype', 'warn'],
    ['地元の娘さんをお嫁さんにしませんか？移住相談会開催！', 'decency/stereotype', 'warn'],
    ['料理が得意なお嫁さんを探している農家の皆さん、ぜひご参加を。', 'decency/stereotype', 'warn'],
    ['育休中のパパ職員の皆さん、ママのお手伝いをしっかりね！', 'decency/stereotype', 'warn'],
    ['男性の育児参加が進んでいます。旦那さんも奥様のお手伝いを！', 'decency/stereotype', 'warn'],
    ['育休をとった夫が妻を手伝う姿が増えています。', 'decency/stereotype', 'warn'],
    ['男なら泣かずに最後まで走り切らんといかんばい！', 'decency/stereotype', 'warn'],
    ['女子たるもの、いつも笑顔でいなきゃね。', 'decency/stereotype', 'warn'],
    ['女だったら料理くらいできて当然です。', 'decency/stereotype', 'warn'],
    ['入学祝いの名札、女子はピンク、男子は青にしました。', 'decency/stereotype', 'warn'],
    ['男の子は水色、女の子は桃色の帽子をプレゼント！', 'decency/stereotype', 'warn'],
    ['記念品の色は男児は青、女児は赤で用意しています。', 'decency/stereotype', 'warn'],
    ['式典では女性職員がお茶出しで華を添えてくれました。', 'decency/stereotype', 'warn'],
    ['若い女性スタッフたちが会場に彩りを添えます。', 'decency/stereotype', 'warn'],
    ['女子社員も受付で場を華やかにしてくれます。', 'decency/stereotype', 'warn'],
    // staff bodies and swimwear as a sight
    ['係長の水着姿、ぜひ見たいですね〜😍', 'decency/sexual', 'block'],
    ['消防団の皆さんの鍛えた腕、イベントで触らせてもらえますよ♡', 'decency/sexual', 'block'],
    ['新人さん、夜のお相手も大歓迎だそうです（笑）', 'decency/sexual', 'block'],
    ['夏までに人前に出せる体型を目指しましょう！', 'decency/lookism', 'warn'],
    ['恥ずかしくない水着姿で海開きを迎えよう💪', 'decency/lookism', 'warn'],
    ['見せられるボディをつくる教室です。', 'decency/lookism', 'warn'],
    ['今年の観光大使はイケメンぞろいです！', 'decency/lookism', 'block'],
    ['成人式の女子はみんなきれい、男子はいまいちやね（笑）', 'decency/lookism', 'block'],
    ['窓口の新人さんたち、美女揃いで評判です。', 'decency/lookism', 'block'],
    ['トド係長がまた昼寝してます🦭', 'decency/lookism', 'block'],
    ['ぶた部長を先頭に、健康ウォークに挑戦しました。', 'decency/lookism', 'block'],
    ['ゴリラ先輩が重い机を運んでくれました。', 'decency/lookism', 'block'],
    // moods put down to menopause or a period, a colleague outed
    ['係長の機嫌が悪いのは更年期かな？（笑）', 'decency/discriminatory', 'block'],
    ['今日の主任、ピリピリしてるけど生理中ですかね？', 'decency/discriminatory', 'block'],
    ['部長、イライラしとるけど更年期なんじゃ？笑', 'decency/discriminatory', 'block'],
    ['広報の田中くん、彼氏募集中とのことです！', 'decency/discriminatory', 'block'],
    ['男性職員の山口くん、彼氏探し中です🌈 気になる方はぜひ', 'decency/discriminatory', 'block'],
    ['うちの佐藤くん、実は彼氏がほしいらしいです（笑）', 'decency/discriminatory', 'block'],
    // condescending thanks, work called clumsy, children labelled poor, welfare as debt
    ['学歴がないのに、清掃の方々はいつも黙々と働いてくれます。', 'decency/discriminatory', 'block'],
    ['障がい者の方々が作った木工品です。形はいびつですが、買ってあげてください。', 'decency/discriminatory', 'block'],
    ['資格がなくても一生懸命に働く作業員さんに拍手を。', 'decency/discriminatory', 'block'],
    ['学習支援教室には貧乏な家庭の子どもが通っています。', 'decency/discriminatory', 'block'],
    ['びんぼうな家の子も遠慮せずに来てね。', 'decency/discriminatory', 'block'],
    ['ビンボーなうちの子たちにも楽しい夏休みを！', 'decency/discriminatory', 'block'],
    ['税金で暮らしとる以上、地域の行事には出てもらわんと。', 'decency/discriminatory', 'block'],
    ['税金で養われている身なのだから、文句は言えないはずです。', 'decency/discriminatory', 'block'],
    ['受給者の方も税金で食べているのだから、清掃くらいは参加してほしい。', 'decency/discriminatory', 'block'],
    ['ひとり親の皆さん、再婚して幸せな家庭を取り戻しましょう！', 'decency/stereotype', 'warn'],
    ['母子家庭のお母さん、再婚すれば安定した生活が送れますよ。', 'decency/stereotype', 'warn'],
    ['バツイチの方も再婚で普通の家族に！婚活セミナーです。', 'decency/stereotype', 'warn'],
    // the old as a dull crowd or helpless with machines
    ['昨日の盆踊り、年寄りばっかりで盛り上がらんかった〜', 'decency/stereotype', 'warn'],
    ['パソコン講座の皆さん、見事な機械音痴っぷりでした😂', 'decency/stereotype', 'warn'],
    ['あの地区ではいまだにガラケーすら持ってない人が大半です（笑）', 'decency/stereotype', 'warn'],
    ['留学生のマリアさん、お箸を器用に使えてびっくり！', 'decency/stereotype', 'warn'],
    ['ALTの先生、見た目とのギャップがすごすぎる関西弁です😂', 'decency/stereotype', 'warn'],
    ['実習生さんたち、箸も上手に使いこなしててすごい！', 'decency/stereotype', 'warn'],
    // drowning, suicide, solitary death joked about
    ['花火大会で掘割に落ちたら土左衛門やけんね〜', 'decency/insensitive', 'warn'],
    ['決算の時期は毎年、線路に飛び込みたくなります', 'decency/insensitive', 'warn'],
    ['一人暮らしの皆さん、孤独死しないよう毎日LINEくださいね笑', 'decency/insensitive', 'warn'],
    // a place where infection was found, several staff for a group, radiation as contagion, slurs spaced or masked
    ['陽性者が確認された保育園の保護者の皆さん、これ以上地域に迷惑をかけないよう行動してください。', 'decency/discriminatory', 'block'],
    ['クラスターが発生した施設の職員は、周りに迷惑をかけた自覚を持ってください。', 'decency/discriminatory', 'block'],
    ['感染者の出た校区の方々は、他の地域に迷惑をかけないよう外出を控えてください。', 'decency/discriminatory', 'block'],
    ['外国人の方がご来館の際は、トラブル防止のため警備員が同席します。', 'decency/discriminatory', 'block'],
    ['障害者の方の相談は、念のため職員2名で対応します。', 'decency/discriminatory', 'block'],
    ['精神疾患のある方は、安全のため複数の職員でお話を伺います。', 'decency/discriminatory', 'block'],
    ['避難してきた子に放射能がうつるって言う人がいる。', 'decency/discriminatory', 'block'],
    ['ナマ ポの人にまで商品券って、おかしくない？', 'decency/discriminatory', 'block'],
    ['シ ナ人の店が増えたね', 'decency/discriminatory', 'block'],
    ['あの人、老〇みたいな言い方するね', 'decency/discriminatory', 'block'],
    // more wordings: plain statements of a fault, a job kept to one sex, disgust adopted, suicide in jest, masked 部落 slurs
    ['最近の若い人は約束を守らんことが多かけん、集合は早めにしとります。', 'decency/discriminatory', 'block'],
    ['生活保護の受給者は働く意欲が低いです。', 'decency/discriminatory', 'block'],
    ['女性は感情的になりがちなので、交渉の担当は男性が務めます。', 'decency/discriminatory', 'block'],
    ['障がいのある児童は集団行動が苦手である。', 'decency/discriminatory', 'block'],
    ['障がいのある方が焼いたパン、見た目はいまいちだけど買ってあげてね', 'decency/discriminatory', 'block'],
    ['おばあちゃんたち、タブレット全然使えなくて笑っちゃいました😂', 'decency/stereotype', 'warn'],
    ['外国人なのに敬語が完璧でびっくり！', 'decency/stereotype', 'warn'],
    ['留学生のアリさん、お刺身も普通に食べられるんですよ！すごい！', 'decency/stereotype', 'warn'],
    // a resident's fear of a group or its facility agreed with
    ['ご懸念はごもっともです。外国人技能実習生の寮の建設は、いったん見合わせます。', 'decency/discriminatory', 'block'],
    ['障がい者の作業所ができると治安が心配というお声、おっしゃる通りです。', 'decency/discriminatory', 'block'],
    ['確かに、ホームレスの方が公園におると怖いですよね。', 'decency/discriminatory', 'block'],
    ['混み合う時間帯は、日本国籍の皆様から順にご案内させていただきます。', 'decency/discriminatory', 'block'],
    ['外国人の方の入居は、日本人の連帯保証人がいる場合に限らせていただきます。', 'decency/discriminatory', 'block'],
    ['日本語が話せない方の参加はお断りしています。', 'decency/discriminatory', 'block'],
    ['お見合い事業にお申し込みの際は、ご両親の本籍をご記入ください。', 'decency/discriminatory', 'block'],
    ['白人のモデルさん、生まれながらにスタイルが違うね', 'decency/discriminatory', 'block'],
    ['同性愛なんて、一時の気の迷いやろ。', 'decency/discriminatory', 'block'],
    ['ハラスメントくらいで騒ぎすぎですよ。もっと大人の対応を。', 'decency/discriminatory', 'block'],
    ['アルバイト募集！若い女の子が活躍中です。', 'decency/discriminatory', 'block'],
    ['課長がピリピリしてるのは更年期のせいかもね〜', 'decency/discriminatory', 'block'],
    ['後輩の〇〇くん、どうやらゲイらしいです😏', 'decency/discriminatory', 'block'],
    ['あの係長、そっちの人っぽいよね', 'decency/discriminatory', 'block'],
    ['学がないのに頑張ってる収集作業員さん、えらいです！', 'decency/discriminatory', 'block'],
    ['税金で食べさせてもらってるんだから、贅沢は言えんやろ', 'decency/discriminatory', 'block'],
    ['インドネシアから来た実習生らによる窃盗が相次いでいます。', 'decency/discriminatory', 'block'],
    ['シングルマザーの家庭は子どもの学力が低い傾向にある。', 'decency/discriminatory', 'block'],
    ['生活保護の人って、働く気がないよね', 'decency/discriminatory', 'block'],
    ['外国籍の方は書類の不備が多うございますので、ご家族とご一緒にお越しくださいませ。', 'decency/discriminatory', 'block'],
    ['清掃作業員（男性のみ）を募集します。', 'decency/discriminatory', 'block'],
    ['女性限定で事務員を募集！', 'decency/discriminatory', 'block'],
    ['窓口スタッフ（女性に限ります）を募集します。', 'decency/discriminatory', 'block'],
    ['同性パートナーシップについて、「気色悪い」というご意見も、住民の方の正直なお気持ちとして受け止めます。', 'decency/discriminatory', 'block'],
    ['グループホームの建設に「怖い」「迷惑だ」という近隣の方々の率直な声を尊重し、計画を見直します。', 'decency/discriminatory', 'block'],
    ['同性カップルの講演会について、「子どもに悪影響」との当然のご不安に配慮してまいります。', 'decency/discriminatory', 'block'],
    ['今週も残業続きで死にたいｗ', 'decency/insensitive', 'warn'],
    ['議会答弁の準備、もう消えたい（笑）', 'decency/insensitive', 'warn'],
    ['締め切り前は飛び降りたい気分😂', 'decency/insensitive', 'warn'],
    ['昔はエ×タって呼ばれとった地区たい。', 'decency/discriminatory', 'block'],
    ['あそこはヨ〇って言われてた所です。', 'decency/discriminatory', 'block'],
    ['主任、更年期でイライラしとるんやろね', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
    // presumptions: health advice, some not all, awareness
    '高齢者は熱中症になりやすいため、こまめな水分補給を心がけましょう。',
    '外国籍の方は在留期限を守らないと更新ができなくなるので、早めの手続きをお願いします。',
    '女性職員は出産を機に退職することが多いという現状を変えるため、両立支援制度を拡充します。',
    '発達障害のあるお子さんは集団行動が苦手だと思われがちですが、一人ひとり違います。',
    '外国人住民の方の中には、ごみ出しのルールが分かりにくい方もいるため、多言語チラシを配布します。',
    'ひとり親家庭のお子さんが寂しい思いをしないよう、地域で見守り活動を行っています。',
    // Japanese and origins
    '日本人の方も外国人の方も、受付順にご案内します。',
    '日本語教室の中級クラスは、日本語で日常会話ができる方が対象です。',
    '通訳ボランティアは、日本語と英語が話せる方に限ります。',
    '選挙の投票は日本国籍の方に限られます。',
    '結婚相談では、本籍や出身地をお聞きすることはありません。',
    'パスポートの申請には本籍地の記載された戸籍謄本が必要です。',
    '本人確認のため、住民票の写しをご提出ください。',
    // districts and facilities
    '地区によっては古くからの歴史がある祭りが残っています。',
    'この地域は昔から治安の良い町として知られています。',
    '障がい者施設ができると地価が下がるという根拠はありません。',
    'グループホームの開設について、住民説明会を開催しました。',
    '駅前の地区は治安の悪い地域ではありません。',
    // crime and manners
    '特殊詐欺による被害が相次いでいます。不審な電話にご注意ください。',
    '外国人観光客の皆さまへ、多言語の案内板を設置しました。',
    '韓国からお越しのお客様へ。ハングルのパンフレットをご用意しています。',
    '中国からの観光客の皆さまに、川下りを楽しんでいただきました。',
    '観光客の皆さんのマナーのおかげで、掘割がきれいに保たれています。',
    // blood, genes, orientation
    'ハーフマラソン大会の参加者を募集します。',
    '献血にご協力ください。血液が不足しています。',
    '同性愛は趣味や嗜好の問題ではありません。',
    '性的指向は本人の意思で選ぶものではなく、趣味とは違います。',
    'HIV検査は保健所で無料・匿名で受けられます。',
    'ゲイの方もHIVの検査は保健所で匿名で受けられます。',
    'トイレの利用について、性的少数者の方の声を聞く会を開きます。',
    // 部落
    '部落差別は過去の問題ではありません。今も結婚や就職で差別が残っています。',
    '「寝た子を起こすな」という考え方では、差別はなくなりません。',
    '同和問題について、人権啓発講演会を開催します。',
    // harassment and dress
    'セクハラを受けたら、我慢せずに相談窓口へご連絡ください。',
    '痴漢被害に遭った方に落ち度はありません。',
    '露出の多い服装は日焼けの原因になります。日焼け止めを忘れずに。',
    // jobs and roles
    '女性の活躍推進に取り組む事業所を募集しています。',
    '消防団員を募集しています。女性団員も活躍しています！',
    '子育て経験を活かせるお仕事です。どなたでもご応募ください。',
    '20代から60代まで、幅広い世代の職員が働いています。',
    '子どもたちがお母さんのお手伝いをして、おにぎりを作りました。',
    'パパやママのお手伝いをする子どもたちの姿が見られました。',
    '家事も育児も夫婦で分担しましょう。男性の育休取得を応援します。',
    '男ならではの力強い演技に、会場から拍手が起こりました。',
    '男女ならどちらでも参加できます。',
    '赤と青の帽子から、お好きな色を選べます。',
    '白秋祭では、着物姿の女性たちが水上パレードに華を添えました。',
    // bodies and looks
    '職員の水着着用についての規程を改めました。',
    '救命講習では、人形の胸を押して心肺蘇生を体験します。',
    '動物ふれあい広場では、ヤギの体に触らせてもらえます。',
    '健康的な体をつくる運動教室を開催します。',
    '美人の湯として知られる温泉を紹介します。',
    'ぶた汁の炊き出しを行いました。',
    '動物園のゴリラが人気です。',
    // moods, outing
    '更年期の不調について、女性のための健康講座を開きます。',
    '生理の貧困について、市役所のトイレで生理用品を配布しています。',
    // condescension and poverty
    '学歴に関係なく、誰でも応募できます。',
    '学歴がなくても応募できる職業訓練です。',
    '子ども食堂は、貧しい家の子のためだけの場所ではありません。',
    '生活保護は税金で支えられている大切な制度です。',
    '再婚されたひとり親の方も、引き続き手当の対象となる場合があります。',
    // the old, manners, foreign guests
    'おじいちゃんおばあちゃんばかりの町内会ですが、元気いっぱいです！',
    'スマホ教室は機械が苦手な方も大歓迎です。',
    '留学生の皆さんと、お箸の使い方を体験する交流会を開きました。',
    '離乳食の時期、子どもがお箸を上手に使えるようになりました😊',
    // death, infection, staff
    '孤独死を防ぐため、見守りネットワークを強化しています。',
    '水難事故防止のため、掘割に近づかないでください。',
    'こころの相談窓口：死にたいほどつらい時は、いのちの電話へ。',
    '感染者が確認された場合は、保健所の指示に従ってください。',
    'ご相談は職員2名で対応する場合があります。',
    '放射能が人にうつることはありません。',
    '生ポテトのサラダが人気です。',
    '東シナ海で台風が発生しました。',
    '池〇さん（仮名）からのご相談です。',
    '若者は熱中症になりやすいので、こまめに水分をとりましょう。',
    '高齢者は集中力が続かないことがあります。',
    '日本語が不自由な方のご相談は、通訳がご対応します。',
    '若い女性が活躍する柳川の農業を特集しました。',
    '主婦大歓迎！お料理教室の参加者募集',
    '彼氏募集中の女性のための婚活イベント🌈',
    '実習生の方は自転車の盗難被害が多いため、施錠をお願いしています。',
    'アンケートでは「迷惑だ」という正直な声もありました。改善に努めます。',
    '「不快だ」というお声は当然のご意見として受け止め、看板を修正しました。',
    '高齢者の方でスマホが使えなくて困っている方は、窓口へどうぞ。',
    '子どもたちがお箸を上手に使えるようになってびっくり！',
    '障がいのある方が焼いたパンを販売しています。ぜひお買い求めください。',
    'ご意見ごもっともです。障害者用駐車場の増設を検討します。',
    'ご不安はもっともです。精神障害者のグループホームについては、ご意見を伺いながら慎重に検討します。',
    'ご心配はもっともですが、グループホームは地域の大切な施設です。偏見なくご理解ください。',
    'ご不安はよく分かります。外国人の方の受け入れについて、説明会を開きます。',
    '確かに、外国人の方が増えて、言葉の面で不安を感じる方もいらっしゃいます。多言語の案内を用意しました。',
    '若い女性が活躍できる職場づくりを進める企業を募集します。',
    '日本人の方から順に、外国人の方も同じ列でお待ちください。',
    'カミングアウトした職員の講演会を開催します。',
    'ハラスメントの相談は、大人も子どもも遠慮なくどうぞ。',
    '外国人の方の入居について、日本人の保証人がいなくても利用できる保証会社をご紹介します。',
    '障がいのある職員も、ミスが多いわけではありません。',
    '生活保護を受けている方の就労を支援します。',
    '高齢者の方は、詐欺のトラブルが多いので注意してください。',
    '部落差別は昔の話だと思っていませんか？',
    'ハーフタイムショーでは、さすがのリズム感を見せてくれました。',
    'セクハラを受けたときは、笑って流さずに相談してください。',
    '美人ぞろいと評判の柳川まり人形を展示しています。',
    '中国からお越しの皆さまへ。川下りの乗り場はこちらです。マナーを守って楽しい観光を。',
    '女子はピンク、男子は青のはっぴを着て、元気に踊りました。',
    '男性職員の育休取得を応援します。奥さんのお手伝いではなく、主体的な育児を。',
    '高齢者の方の相談は、念のためご家族もご同席ください。',
    '貧しい家庭の子どもへの学習支援を行っています。',
    'お年寄りばかりの集落ですが、活気があります。',
    '女性は骨密度が低くなりがちです。骨粗しょう症検診を受けましょう。',
    '高齢者は判断力が低下しやすいため、詐欺の被害に注意しましょう。',
    '女性相談員（女性のみ）を募集します。',
    '女性限定のヨガ教室の参加者を募集します。',
    '男女を問わず、職員を募集します。',
    '「気持ち悪い」といった差別的な書き込みは許されません。',
    'ご意見の中には「怖い」という声もありましたが、偏見に基づくものと考えています。',
    '死にたいほどつらい気持ちを抱えている方は、こころの相談窓口へ。',
    'エスタ（ESTA）の申請はお早めに。',
    '更年期でイライラしやすい方のための健康講座です。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency (4(2)), round 23 kinds (implicit prejudice, own wording)', () => {
  // tasks split by sex, a sex left to watch or worth its dress, 男らしさを育てる, 暇な主婦; a group as the yardstick of low
  // ability (でも…簡単な仕事, でもちゃんと…), 普通の子 against a disabled child; dementia presumed to understand nothing;
  // 健常者でないと務まらない; a disability as the reason for suspicion; やつら/連中; spaced body slurs; a group to be watched;
  // a vice presumed of most of a group; a district's people tied to trouble or a low level, far from "that district";
  // origins asked of applicants; foreigners presumed not to know the rules, fraud presumed of a people; age stereotypes;
  // a people or sex said to be all alike; pity as the frame; body parts as the score, 美しすぎる…, onlookers stirred;
  // 本物の外国人; swimwear promotion; blame on the victim's dress; a death joked about; 太っているのは自己管理.
  const invalid: Case[] = [
    ['地区の夏祭り、お茶出しはお母さんたちにお願いします。パパたちはテント設営をよろしく！', 'decency/discriminatory', 'warn'],
    ['防災訓練の炊き出しは女性陣、重い物は男性陣にお任せします。', 'decency/discriminatory', 'warn'],
    ['会場設営は男の人、料理は女の人で分担してください。', 'decency/discriminatory', 'warn'],
    ['歓迎会では、新人の女性スタッフがお酌係を務めます。', 'decency/discriminatory', 'warn'],
    ['料理はやっぱり女の人が一番上手ですね。', 'decency/discriminatory', 'warn'],
    ['神輿は男衆のみ！女子は応援だけでお願いね。', 'decency/stereotype', 'warn'],
    ['女はやっぱり浴衣着てなんぼやね！', 'decency/stereotype', 'warn'],
    ['男らしさを育てるため、男子は全員柔道を選択します。', 'decency/stereotype', 'warn'],
    ['お暇な主婦の皆さん、平日昼のボランティアにぜひ！', 'decency/stereotype', 'warn'],
    ['専業主婦の方は時間があって暇でしょうから、PTA役員をお願いします。', 'decency/stereotype', 'warn'],
    ['障害者の方でもできる簡単な仕事をご用意しています。', 'decency/stereotype', 'warn'],
    ['女性でもきちんと運転できるようになりますよ！', 'decency/stereotype', 'warn'],
    ['外国人でもちゃんと日本語で話せるんですね。', 'decency/stereotype', 'warn'],
    ['知的障がいのある子どもたちも、普通の子と変わらないくらい頑張っていました。', 'decency/discriminatory', 'warn'],
    ['認知症のお年寄りには何言っても分からんけん、家族が決めたらよか。', 'decency/stereotype', 'warn'],
    ['知的障害の方はどうせ理解できないので、説明は省略します。', 'decency/discriminatory', 'block'],
    ['接客は健常者でなければ務まりませんので、障害のある方は裏方でお願いします。', 'decency/discriminatory', 'block'],
    ['外国人ってみんな同じ顔に見えますよね（笑）', 'decency/discriminatory', 'block'],
    ['精神障害がありそうな男がうろうろしているので、気をつけてください。', 'decency/discriminatory', 'block'],
    ['障害者の連中のために予算を使うのはもったいない。', 'decency/discriminatory', 'block'],
    ['年寄りの奴らはいつも文句ばかり。', 'decency/discriminatory', 'block'],
    ['生活保護の人たちの暮らしぶりを、近所の皆さんで監視しましょう。', 'decency/discriminatory', 'block'],
    ['外国人の大半には犯罪の傾向がある、との見方を示しました。', 'decency/discriminatory', 'block'],
    ['あそこの地区の人は柄が悪いけん、子どもの学力も低かとよ。', 'decency/discriminatory', 'block'],
    ['例の地域からは遠いので、安心して暮らせます。', 'decency/discriminatory', 'block'],
    ['応募者には出身地や家族の職業をご記入いただきます。', 'decency/discriminatory', 'block'],
    ['採用条件：ご両親が日本国籍の方。', 'decency/discriminatory', 'block'],
    ['実習生の方は日本の常識を知らない人がほとんどなので、職場で徹底的に指導してください。', 'decency/discriminatory', 'block'],
    ['中国籍の方は書類の偽装が多いため、審査を厳しくしています。', 'decency/discriminatory', 'block'],
    ['今時の若者は政治に興味がないから、投票率が低いんです。', 'decency/stereotype', 'warn'],
    ['老人議員だらけの議会、そろそろ世代交代を。', 'decency/stereotype', 'warn'],
    ['高齢者はすぐに119番したがるので困ります。', 'decency/discriminatory', 'block'],
    ['シニアの方は若いスタッフについていけないと思いますので、ご応募はご遠慮ください。', 'decency/discriminatory', 'block'],
    ['女ってみんなおしゃべりで噂好きやけんね。', 'decency/stereotype', 'warn'],
    ['よそから来た人は閉鎖的なところが苦手なことが多いです。', 'decency/stereotype', 'warn'],
    ['かわいそうな障害者の方々のために、募金をお願いします。', 'decency/stereotype', 'warn'],
    ['ミスコンは胸とヒップで採点します！', 'decency/sexual', 'block'],
    ['美人すぎる市議として話題の〇〇さんが登壇します。', 'decency/lookism', 'block'],
    ['新人の〇〇ちゃん、浴衣姿がかわいくて、課長たちがそわそわしてました。', 'decency/lookism', 'block'],
    ['水着のお姉さんたちがたっぷりサービスしちゃいます♡', 'decency/sexual', 'warn'],
    ['ミニスカートの女性は痴漢に遭いやすいので、控えましょう。', 'decency/sexual', 'block'],
    ['老人ホームの敬老会、次は誰の番やろか（笑）', 'decency/insensitive', 'block'],
    ['デブキャラの職員が今日も大活躍（笑）', 'decency/discriminatory', 'block'],
    ['太ってる人って自己管理ができてないよね。', 'decency/discriminatory', 'warn'],
    ['やっぱり本物の外国人の先生は発音が違うね。', 'decency/discriminatory', 'warn'],
    ['講師は本物のネイティブ、本物の外国人ならではの授業です。', 'decency/discriminatory', 'warn'],
    ['ハーフじゃなくて本物の外国人の方に来てほしかった。', 'decency/discriminatory', 'warn'],
    ['お遊戯会、女の子たちの衣装がかわいくて、おじさん職員の目が釘付けでした。', 'decency/lookism', 'block'],
    ['受付の新人さん、美人すぎて男性陣がざわついております。', 'decency/lookism', 'block'],
    ['浴衣姿の女子大生にお父さんたちもメロメロでした。', 'decency/lookism', 'block'],
    ['特養の誕生会で、職員が「次はだれの番でしょうね」と冗談を言って盛り上がりました。', 'decency/insensitive', 'block'],
    ['あの地区の連中とはすぐ揉めるけん、関わらん方がよか。', 'decency/discriminatory', 'block'],
    ['同和地区の住民には粗暴な傾向があると言われており、対応には注意が必要です。', 'decency/discriminatory', 'block'],
    ['ひとり親世帯の多くに浪費の傾向がみられます。', 'decency/discriminatory', 'block'],
    // other writers' wordings of the same kinds
    ['PTAの懇親会、配膳と片付けはお母さんたちで、お父さんたちは乾杯の挨拶をお願いします。', 'decency/discriminatory', 'warn'],
    ['婦人会の皆さんにはおにぎり作り、男性陣には会場設営をお願いしております。', 'decency/discriminatory', 'warn'],
    ['地区の運動会では、例年どおり受付とお茶は女性、テント張りは男性でお願いします。', 'decency/discriminatory', 'warn'],
    ['敬老会の配膳係は若い女性職員にお願いしました。華やかになります！', 'decency/discriminatory', 'warn'],
    ['やっぱり家事は女の仕事やけんね。', 'decency/discriminatory', 'block'],
    ['育児はお母さんに任せて、お父さんは仕事に集中できる環境を。', 'decency/discriminatory', 'warn'],
    ['女の子なんだから、料理くらいできないとね。', 'decency/stereotype', 'warn'],
    ['障害のある方でも、単純作業ならこなせます。', 'decency/discriminatory', 'block'],
    ['お年寄りでも意外とスマホを使いこなせるんですね！', 'decency/stereotype', 'warn'],
    ['女性でも立派に消防団員が務まります。', 'decency/stereotype', 'warn'],
    ['知的障害のある方は判断能力がないため、契約はご家族が行ってください。', 'decency/discriminatory', 'block'],
    ['認知症の人に説明しても無駄なので、家族の方が来庁してください。', 'decency/discriminatory', 'block'],
    ['精神科に通院中の方は、ほかの参加者が怖がるため、参加をご遠慮ください。', 'decency/discriminatory', 'block'],
    ['発達障害のあるお子さんは、ほかのお子さんの迷惑になるので別の教室でお願いします。', 'decency/discriminatory', 'block'],
    ['同和地区の人たちは昔から気性が荒いので、対応には注意してください。', 'decency/discriminatory', 'block'],
    ['〇〇団地の住民はマナーが悪いので、ごみ置き場に監視カメラを設置しました。', 'decency/discriminatory', 'block'],
    ['採用面接では、ご家族の出身地もお聞きします。', 'decency/discriminatory', 'block'],
    ['高齢者は何度説明しても分からないので、手続きは家族がやってください。', 'decency/stereotype', 'warn'],
    ['若い子はすぐ仕事を辞めるから、採用は慎重に。', 'decency/stereotype', 'warn'],
    ['最近の若者は根性がない。', 'decency/stereotype', 'warn'],
    ['年寄りは新しいことを覚えようとしない。', 'decency/stereotype', 'warn'],
    ['関西の人はみんなケチでおしゃべりです。', 'decency/stereotype', 'warn'],
    ['九州の女は気が強い、これ常識ばい。', 'decency/stereotype', 'warn'],
    ['女子アナ並みの美人職員が窓口でお待ちしています。', 'decency/lookism', 'block'],
    ['新人保育士の〇〇先生、かわいすぎて保護者のパパたちがソワソワ😍', 'decency/lookism', 'block'],
    ['ミスコン候補者のくびれがたまらない！', 'decency/sexual', 'block'],
    ['外国人の多い地域は治安が悪くなるので、夜は一人歩きしないように。', 'decency/discriminatory', 'block'],
    ['中国人観光客はマナーを知らない人ばかりです。', 'decency/discriminatory', 'block'],
    ['生活保護を受けている人はパチンコばかりしている傾向があります。', 'decency/discriminatory', 'block'],
    ['在日の方は通名と本名を使い分けるので、確認が大変です。', 'decency/discriminatory', 'block'],
    ['LGBTの人は、普通の家庭を築けないのでかわいそうです。', 'decency/discriminatory', 'block'],
    ['同性愛は病気みたいなもの。治療すれば治ります。', 'decency/discriminatory', 'block'],
    ['太った人は自分に甘いので、ダイエットも続きません。', 'decency/discriminatory', 'warn'],
    ['水難事故で亡くなった子の幽霊が出るって噂、夏の肝試しにぴったり👻', 'decency/insensitive', 'block'],
    ['火事で全焼した家、まるでキャンプファイヤーでした（笑）', 'decency/insensitive', 'block'],
    // country people belittled, 同和地区 masked before a particle or a quote, the dead of an accident as ghosts
    ['田舎者だから都会でなめられないよう、身だしなみには気をつけよう。', 'decency/stereotype', 'warn'],
    ['方言って恥ずかしいから、面接では標準語で話しましょう。', 'decency/stereotype', 'warn'],
    ['いなかもんは都会じゃ笑われるけん、言葉づかいには気をつけんといかんよ。', 'decency/stereotype', 'warn'],
    ['近くに同〇地区があるので、保育園の建設には反対です。', 'decency/discriminatory', 'block'],
    ['お隣は〇和地域だと聞いて、購入を見送りました。', 'decency/discriminatory', 'block'],
    ['あの辺りは同×地区やけん、家は買わん方がよか。', 'decency/discriminatory', 'block'],
    ['夏の夜は、先月の火事で亡くなった方のお化けが出るかも？👻', 'decency/insensitive', 'block'],
    ['花火大会の日は、去年の水難事故の子たちも帰ってくるかな？', 'decency/insensitive', 'block'],
    ['津波で亡くなった人の幽霊スポット巡り、肝試しにぴったりです。', 'decency/insensitive', 'block'],
    // polite exclusions, agreement, condescension, surprise that a group can, looks of staff, a people's temper
    ['車いすの方は、混雑時には他のお客様のご迷惑になりますので、平日にお越しください。', 'decency/discriminatory', 'block'],
    ['聴覚障害のある方のご参加は、進行の妨げとなるためご遠慮いただいております。', 'decency/discriminatory', 'block'],
    ['HIVに感染している方のプール利用は、他の利用者が不安に感じるためお断りしています。', 'decency/discriminatory', 'block'],
    ['ご意見のとおり、外国人が増えると治安が悪くなるのは事実だと思います。', 'decency/discriminatory', 'block'],
    ['おっしゃる通り、生活保護の方には贅沢をさせるべきではありませんね。', 'decency/discriminatory', 'block'],
    ['そのお気持ち、よく分かります。障害者施設ができると地価が下がりますもんね。', 'decency/discriminatory', 'block'],
    ['女性管理職を増やすため、女性でもできる簡単な業務から任せていきます。', 'decency/stereotype', 'warn'],
    ['がんばっている障害者の姿に、健常者の私たちも勇気をもらいました。', 'decency/stereotype', 'warn'],
    ['外国人なのに日本語がとても上手で驚きました！', 'decency/stereotype', 'warn'],
    ['黒人の方なのに、足が遅いのは意外でした（笑）', 'decency/discriminatory', 'block'],
    ['女性なのに力持ちの職員が大活躍！', 'decency/stereotype', 'warn'],
    ['うちの課の女子職員はみんな若くてかわいいので、窓口に来るのが楽しみになりますよ♡', 'decency/lookism', 'block'],
    ['女性職員の制服をミニスカートにしたら、来庁者が増えるかも（笑）', 'decency/sexual', 'block'],
    ['新人看護師の白衣姿、眼福です♡', 'decency/sexual', 'block'],
    ['ミスコン、今年は水着審査を復活させてほしい！', 'decency/sexual', 'block'],
    ['男のくせに育休なんて、職場に迷惑ですよね。', 'decency/stereotype', 'warn'],
    ['女性は結婚したら辞めるので、重要な仕事は男性に任せます。', 'decency/discriminatory', 'block'],
    ['外国籍の子どもは日本語ができないので、授業についていけないのは当然です。', 'decency/discriminatory', 'warn'],
    ['生活保護の人は働く気がない人がほとんどです。', 'decency/discriminatory', 'block'],
    ['母子家庭の子どもは非行に走りやすいので、地域で見守りましょう。', 'decency/discriminatory', 'block'],
    ['韓国の人は気性が激しいので、話し合いは慎重に。', 'decency/discriminatory', 'block'],
    ['アフリカ出身の方は時間の感覚が違うので、集合時間は早めに伝えています。', 'decency/discriminatory', 'block'],
    ['同性カップルの方は、ほかの入居者が驚かれるので、別棟をご案内しています。', 'decency/discriminatory', 'block'],
    ['あの人たちは税金で食べているんだから、文句を言う資格はない。', 'decency/discriminatory', 'block'],
    ['高齢者は若者の足を引っ張る存在です。', 'decency/discriminatory', 'block'],
    ['太ってる子はかけっこが遅くてかわいそう（笑）', 'decency/lookism', 'warn'],
    ['ハゲてる方も帽子をかぶれば問題なし！', 'decency/discriminatory', 'block'],
    // keigo, である調 and dialect wordings
    ['清掃活動の際、お茶の用意は女性会の皆様、草刈りは男性の皆様にお願い申し上げます。', 'decency/discriminatory', 'warn'],
    ['祭りの準備、料理は女衆、やぐら組みは男衆でよろしゅう頼みます。', 'decency/discriminatory', 'warn'],
    ['炊き出し班は女性、搬送班は男性にて編成する。', 'decency/discriminatory', 'warn'],
    ['懇親会では女性職員がお酌をして回るのが恒例です。', 'decency/discriminatory', 'warn'],
    ['ご高齢の方は、新しい制度をご理解いただくのが難しいため、ご家族がお手続きください。', 'decency/discriminatory', 'block'],
    ['年寄りは何回説明してもわからんけん、息子さんに来てもらって。', 'decency/discriminatory', 'block'],
    ['高齢者は判断力が衰えているので、契約は家族にさせるべきである。', 'decency/discriminatory', 'block'],
    ['障がいのある方の作業所ですが、簡単な袋詰めくらいしかできません。', 'decency/discriminatory', 'block'],
    ['障がい者の方にはこの仕事は無理なので、別の部署をご案内します。', 'decency/discriminatory', 'block'],
    ['知的障がいの方には、難しい話をしても理解できませんので、簡単に済ませています。', 'decency/discriminatory', 'block'],
    ['その地区の出の方は、何かと問題を起こされることが多いと伺っております。', 'decency/discriminatory', 'block'],
    ['あの集落の人間とは付き合わん方がよかばい。', 'decency/discriminatory', 'block'],
    ['結婚相手の家が同和地区かどうか、事前に確認しておくと安心です。', 'decency/discriminatory', 'block'],
    ['若い女性の皆さん、浴衣で来てくれたらおじさんたちが大喜び♡', 'decency/lookism', 'block'],
    ['今年の新採の女の子、スタイルがよくて課長がご機嫌です。', 'decency/lookism', 'block'],
    ['受付の新人ちゃん、顔で選ばれたって噂です（笑）', 'decency/lookism', 'block'],
    ['高齢ドライバーは危険なので、一日も早く免許を返納すべきである。', 'decency/discriminatory', 'block'],
    ['最近の若い者は挨拶もろくにできん。', 'decency/stereotype', 'warn'],
    ['ゆとり世代の新人はすぐ心が折れるので、叱り方に注意しましょう。', 'decency/stereotype', 'warn'],
    ['外国人住民はゴミ出しのルールを守らない傾向にあり、指導を強化する。', 'decency/discriminatory', 'block'],
    ['フィリピンの方は陽気で踊りが得意ですよね！', 'decency/stereotype', 'warn'],
    ['ブラジル人は時間にルーズだから、集合時間を早めに伝えた方がいいよ。', 'decency/stereotype', 'warn'],
    // 頭がアレな人, a young colleague pressed about a partner for a laugh, ハーフ顔
    ['窓口にまた頭がアレな人が来てます。適当にあしらっておいてね。', 'decency/discriminatory', 'block'],
    ['あの頭がおかしい客、今日も来るのかな（笑）', 'decency/discriminatory', 'block'],
    ['例の頭がイカれたおじさん、また電話してきました。', 'decency/discriminatory', 'block'],
    ['新人さんに「旦那いるの？」って絡むのが恒例で、盛り上がりました！', 'decency/sexual', 'block'],
    ['ハーフ顔の赤ちゃん、大募集！', 'decency/lookism', 'warn'],
    ['目鼻立ちがはっきりしたハーフ顔の美人職員です。', 'decency/lookism', 'warn'],
    ['ハーフっぽい顔の子が人気です。', 'decency/lookism', 'warn'],
    ['歓迎会で部長が新人さんに「彼氏おると？」ってしつこく絡んで、みんな爆笑でした😂', 'decency/sexual', 'block'],
    ['係長が「彼女はまだか」と何度もいじってて、みんな笑ってました。', 'decency/sexual', 'block'],
    // a resident's prejudice agreed with as fact, a task given to a sex as its best fit
    ['ご指摘のとおり、外国人の方が増えてからごみ出しのマナーが悪くなったのは事実です。', 'decency/discriminatory', 'block'],
    ['おっしゃるとおりです。生活保護の方の中には働く気のない方が多いのも事実です。', 'decency/discriminatory', 'block'],
    ['ご意見ありがとうございます。確かに障害者施設が近くにあると不安ですよね。', 'decency/discriminatory', 'block'],
    ['そのお気持ちはもっともです。同和地区の近くは避けたいという方も多いですから。', 'decency/discriminatory', 'block'],
    ['貴重なご意見ありがとうございます。若い母親は育児が雑だというご指摘、職員一同も感じております。', 'decency/discriminatory', 'block'],
    ['ご心配はもっともです。外国人労働者が増えれば、治安が悪化するおそれがあります。', 'decency/discriminatory', 'block'],
    ['同感です。最近の若者はマナーがなっていません。', 'decency/stereotype', 'warn'],
    ['町内会の役員会、議事録は若い女性にお願いするのが一番ですね。字がきれいなので。', 'decency/stereotype', 'warn'],
    ['女性はやっぱり細やかな気配りができるので、受付に向いています。', 'decency/stereotype', 'warn'],
    ['男の人は料理が下手なので、調理実習は女性の方が中心になります。', 'decency/stereotype', 'warn'],
    ['ボランティアのお弁当作り、いつも奥様方にお願いしてすみません！旦那さんたちは運ぶ係で。', 'decency/discriminatory', 'warn'],
    // comparisons, an age limit for one sex, a troupe of beauties, help as a favour, likened to children or angels, talents presumed
    ['日本人と違って、外国の方は順番を守る習慣がないので、係員が整列をご案内します。', 'decency/discriminatory', 'block'],
    ['中国の方に比べて、日本人はマナーがいいですからね。', 'decency/discriminatory', 'block'],
    ['男性に比べて女性は論理的に考えるのが苦手なので、説明は簡潔にしましょう。', 'decency/stereotype', 'warn'],
    ['かわいい女子高生ボランティアがお出迎え！おじさまたちもぜひ♡', 'decency/lookism', 'block'],
    ['ミス柳川の〇〇さん、着物の下のボディラインも想像しちゃいますね。', 'decency/sexual', 'block'],
    ['婚活パーティー、女性は25歳まで、男性は年齢不問です。', 'decency/discriminatory', 'block'],
    ['市役所の美女3人衆、今日も窓口で笑顔を振りまいてます😍', 'decency/lookism', 'block'],
    ['障害のある方にも楽しんでもらえるよう、職員が手取り足取りお世話してあげました。', 'decency/discriminatory', 'block'],
    ['ホームレスの方にも、おにぎりを恵んであげました。', 'decency/discriminatory', 'block'],
    ['車いすの子も、みんなと一緒に遊ばせてあげましょうね。', 'decency/discriminatory', 'warn'],
    ['高齢者施設の慰問、お年寄りは子どもみたいなものなので、童謡を一緒に歌いました。', 'decency/stereotype', 'warn'],
    ['ダウン症の子は天使みたいにいつもニコニコしてますね。', 'decency/stereotype', 'warn'],
    ['自閉症の子は天才が多いので、才能を伸ばしましょう。', 'decency/stereotype', 'warn'],
    ['黒人の方は運動神経がいいので、リレーのアンカーをお願いしました。', 'decency/stereotype', 'warn'],
    ['ひとり親家庭のお子さんはしつけが行き届いていないことが多いです。', 'decency/discriminatory', 'block'],
    // chosen for looks, a group home dropped for the residents' fear, safe for having no foreigners, surprise at a group's work
    ['防災訓練の炊き出し、今年もお母さん方の腕の見せどころです！お父さん方は見守りをお願いします。', 'decency/discriminatory', 'warn'],
    ['盆踊りのやぐら設営はお父さんたちの仕事、浴衣の着付けはお母さんたちの仕事です。', 'decency/discriminatory', 'warn'],
    ['祝賀会の受付には、若くてきれいな女性職員を配置してください。', 'decency/lookism', 'block'],
    ['オープンキャンパスの案内役、見栄えのいい女子学生を選びました。', 'decency/lookism', 'block'],
    ['視覚障害のある方はお一人での来館はご遠慮ください。必ず介助者と一緒にお越しください。', 'decency/discriminatory', 'block'],
    ['精神障害者のグループホームの建設については、住民の皆さんの不安がもっともなので、計画を見直します。', 'decency/discriminatory', 'block'],
    ['ご近所に外国人が引っ越してきて不安というお気持ち、本当によく分かります。鍵はしっかりかけましょう。', 'decency/discriminatory', 'block'],
    ['うちの地区は昔から外国人がおらんけん、治安がよかとです。', 'decency/discriminatory', 'block'],
    ['障害者の方が作ったとは思えない、立派な作品ばかりです！', 'decency/stereotype', 'warn'],
    ['女性が書いたとは思えない力強い書ですね。', 'decency/stereotype', 'warn'],
    ['お年寄りの割には、パソコンの扱いがお上手でした。', 'decency/stereotype', 'warn'],
    // a group laughed at for a mishap, seasons left joked about, Japanese staff preferred, a body part praised, a talent taken for granted
    ['柳川のうなぎで精をつけて、今夜は奥さんを寝かせないでくださいね♡', 'decency/sexual', 'block'],
    ['看護師さんの白衣姿に癒やされたい方、献血ルームへどうぞ♡', 'decency/sexual', 'block'],
    ['今年のミス柳川は脚線美がすごい！', 'decency/lookism', 'block'],
    ['老人ホームの方々、あと何回花見ができるかな？なんて（笑）', 'decency/insensitive', 'block'],
    ['認知症のおばあちゃん、同じ話を10回もしてて笑った', 'decency/discriminatory', 'block'],
    ['車いすの人が段差で立ち往生してて、ちょっと笑っちゃいました', 'decency/discriminatory', 'block'],
    ['外国人の友達が納豆食べて変な顔してて爆笑😂', 'decency/discriminatory', 'block'],
    ['ゲイの職員が女子トークに混ざってて違和感なさすぎ（笑）', 'decency/discriminatory', 'block'],
    ['ブラジル人の子はサンバが踊れて当たり前だよね！', 'decency/stereotype', 'warn'],
    ['やっぱり日本人の職員の方が安心ですよね。', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
    '男女共同参画週間です。炊き出しも力仕事も、性別に関係なく得意な人が担当しましょう。',
    '避難所の炊き出しは、自治会の皆さんにお願いします。力仕事は消防団が担当します。',
    '女性は1階の受付へ、男性は2階の受付へお進みください（特定健診）。',
    '男性の料理教室を開きます。お父さんも料理を覚えて、家族に手料理をふるまいましょう。',
    'お母さん、お父さんの参加をお待ちしています。当日はお弁当をご持参ください。',
    '女子はピンク、男子は青のはっぴを着て、元気に踊りました。',
    '運動会では、男子が騎馬戦、女子がダンスを披露しました。',
    '炊き出し訓練には女性消防団員も参加し、男性団員と一緒に調理を担当しました。',
    'お茶出しは当番制です。性別に関係なく順番にお願いします。',
    '台所に立つお父さんを応援する料理講座です。',
    '主婦の方も、働いている方も、どなたでもご参加いただけます。',
    'お暇な時間にぜひお立ち寄りください。',
    '障がいのある方でも簡単に申請できるよう、窓口に手話通訳者を配置しています。',
    '外国人の方でもきちんと分かるよう、やさしい日本語のチラシを作りました。',
    '高齢者の方でも安心して使える簡単な操作のスマホ教室です。',
    '外国人の方でも申請できます。詳しくは窓口へ。',
    '女性でも参加しやすい消防団を目指しています。',
    '普通の人と同じように暮らせる社会を目指して、障害者差別解消法の研修を行いました。',
    '認知症の方には、ゆっくり、やさしく話しかけましょう。',
    '認知症の方にも分かりやすい案内表示を設置しました。',
    'どうせやるなら楽しく！清掃活動に参加しませんか。',
    '健常者と障害者がともに楽しむボッチャ大会を開催します。',
    '行方不明の方を捜しています。知的障害があり、青い服を着た男性です。お心当たりの方はご連絡ください。',
    '不審者情報：公園付近で不審な男性がうろついていました。',
    '車椅子の方のために、新庁舎にスロープを設置しました。',
    '生活保護の不正受給は法律で禁じられています。',
    '受給者の皆さんの就労を支援しています。',
    '高齢者の見守り活動にご協力ください。',
    '地区の子どもたちは学力テストで県平均を上回りました。',
    '〇〇地区の皆さんと一緒に清掃活動を行いました。',
    '川から離れているので、浸水の心配が少なく安心です。',
    'あの地区の方々にご協力いただき、植樹祭を開催しました。',
    '応募書類に本籍地を記入する欄はありません。',
    '戸籍証明書の請求には本籍地の記入が必要です。',
    '採用試験では、本籍地や家族の職業を尋ねることはありません。',
    '受験資格：日本国籍を有する方（外国籍の方は別途ご相談ください）。',
    'ごみ出しのルールを守らない人が多いので、集積所に看板を設置しました。',
    '外国人の方向けに、日本のルールを多言語でお伝えする説明会を開きます。',
    'なりすまし詐欺が多発しています。ご注意ください。',
    '若者の政治への無関心が課題となっています。若い世代の皆さん、ぜひ投票へ。',
    '今どきの若い人はSNSで情報を集めることが多いので、市のLINEでも発信しています。',
    '高齢の方は熱中症になりがちです。こまめに水分をとりましょう。',
    '高齢の方はすぐに脱水症状になりがちなので、ご注意ください。',
    '高齢ドライバーの皆さん、運転に不安を感じたら運転卒業も選択肢です。免許返納の相談窓口はこちら。',
    '周りに迷惑をかける前に、ペットのしつけをしましょう。',
    'おじいちゃんやおばあちゃんと一緒に参加できるイベントです。',
    '年配の方もついてこられるよう、ゆっくりしたペースで歩きます。',
    '柳川の男衆が担ぐ神輿は迫力満点です。',
    '柳川の人はみんな温かいと、観光客からよく言われます。',
    '都会の人も田舎暮らしを体験できるツアーです。',
    'かわいそうな子犬や子猫を減らすため、避妊・去勢手術の助成をしています。',
    'ミス柳川コンテストの審査は、スピーチと特技で行います。',
    '美しすぎる夕景スポットを紹介します。',
    '子どもたちの演技に、観客の目が釘付けでした。',
    '女子チームのプレーに、会場がざわつくほどの盛り上がりでした。',
    '本物の柳川を体験しよう。',
    '水着の女性用更衣室は2階です。',
    '夜道の一人歩きは危険です。明るい道を選び、防犯ブザーを持ちましょう。',
    '服装に関係なく、性犯罪は加害者が悪いのです。',
    '次は誰の番かな？じゃんけん大会で盛り上がりました。',
    '焼き魚が黒焦げになってしまいました（笑）料理教室は来月も開催します。',
    '健康のため、肥満の人は生活習慣を見直しましょう。',
    '太っているのは自己管理ができていないからだ、という偏見をなくしましょう。',
    'デブという言葉は使わないようにしましょう。',
    '宿場町として栄えた集落の町並みを歩きます。',
    '女子生徒の袴姿が華やかな卒業式でした。',
    '振袖姿の新成人の皆さん、おめでとうございます。',
    '高齢の方への声かけ運動：ご近所に迷惑をかける前に、と遠慮される方も多いので、気軽に相談を。',
    '免許返納された高齢者の方には、バスの回数券を差し上げています。周りに迷惑をかける前にと返納を決めた方の声を紹介します。',
    'お父さんとお母さんでお弁当づくりに挑戦！親子料理教室です。',
    '女性の皆さんも男性の皆さんも、片付けにご協力ください。',
    '料理は男性も女性も楽しめる趣味です。',
    '掃除当番はお母さんでもお父さんでも構いません。',
    '女子チームの優勝に、会場はドキドキの連続でした。',
    '新人職員の〇〇さん、初めての窓口業務でドキドキしたそうです。',
    '浴衣姿の子どもたちに、おじいちゃんたちもにこにこ。',
    'お酌は強要しないようにしましょう（アルハラ防止）。',
    '若者は、すぐに結果が出なくても諦めがちですが、継続が大切です。',
    '外国人の方は、すぐに役所に相談できるよう、多言語窓口をご利用ください。',
    '高齢者の方はすぐに119番を！ためらわずに救急車を呼んでください。',
    '主婦の方の再就職を支援するセミナーです。',
    'ひまわり畑が見頃です。',
    '本籍地の記入は不要です。採用選考では出身地を尋ねません。',
    '戸籍の届出には、本籍地の確認が必要です。',
    '応募者の出身地による差別はしません。',
    '高齢者の多くに、詐欺被害の傾向が見られます。',
    '障害のある方を見守る地域のネットワークづくり。',
    '認知症の方には何を言っても分からないと思われがちですが、そんなことはありません。',
    '女の子でもちゃんと楽しめるサッカー教室です。',
    '男らしさ・女らしさにとらわれない子育てを考える講座です。',
    '女らしさを押しつけない社会へ。',
    'うなじや肩のストレッチで、肩こりを解消しましょう。',
    '顔の体操で表情筋を鍛えます。',
    '最近の若い人は、政治に関心がないと言われがちですが、今回の投票率は上がりました。',
    '水着の女の子たちが、元気に水泳大会に参加しました。',
    '次は誰の番か、くじで決めます。',
    'おばちゃんたちが作る郷土料理、口の中でほどける美味しさです。',
    '柳川の男はみんなで協力して神輿を担ぎます。',
    '都会から来た人も田舎の人付き合いにすぐ慣れました。',
    '障害のある子もない子も、普通の子と同じように遊べるインクルーシブ遊具を設置しました。',
    '「本物の外国人」という言い方は、偏見につながります。',
    '本物の日本酒を味わえる酒蔵めぐりです。',
    'シニアの方もついていける、やさしい体操教室です。',
    '高齢者の方にはついていけないほど速い変化ですが、スマホ教室で一緒に学びましょう。',
    '警察は外国人観光客を狙った詐欺に目を光らせています。',
    '障害者連絡協議会の総会を開催しました。',
    '開港100年を迎えた地区の記念式典です。',
    '城下町として栄えた村の歴史を学びます。',
    '外国人が多く住む地域なので、多言語の防犯チラシを配りました。',
    '子どもたちの安全を見張ってくださる見守りボランティアを募集します。',
    '女性消防団員が炊き出し訓練で腕をふるいました。',
    '男性の育児参加を応援します。料理も掃除も、パパの出番です！',
    'デブ・ブスといった容姿をからかう言葉は、いじめにつながります。',
    '日本のルールを知らない方が多い外国人住民のため、やさしい日本語の生活ガイドを作成しました。',
    // same surface words, ordinary
    '掃除当番はお母さんでもお父さんでも構いません。',
    '育児はお母さんもお父さんも一緒に。パパの育休取得を応援します。',
    '配膳は自治会の皆さんに交代でお願いしています。',
    '障害のある方の就労支援として、軽作業の実習を行っています。',
    '女性の消防団員も増え、立派に活動しています。',
    '判断能力が十分でない方は、成年後見制度をご利用いただけます。',
    '若い人ほど、スマホで手続きを済ませる方が多いようです。',
    'お年寄りが新しいことを覚えようとする姿勢に、私たちも学ばされます。',
    '九州の女性起業家が集まるセミナーを開催します。',
    'お盆には、亡くなった方の霊をお迎えする精霊流しが行われます。',
    '水難事故で亡くなった方の霊を慰める慰霊祭を行いました。',
    '中国人観光客向けに、マナーを紹介する多言語パンフレットを作成しました。',
    '方言は恥ずかしいものではありません。柳川ことばを大切に。',
    '田舎者と笑われた経験をバネに、故郷の魅力を発信しています。',
    '柳川の方言は温かみがあると好評です。',
    '去年の豪雨で亡くなった方の霊を慰める法要を営みます。',
    '水難事故で亡くなった方のご冥福をお祈りし、慰霊祭を行いました。',
    '同和地区の歴史を学ぶフィールドワークを開催します。',
    '雨なのに、たくさんの方にご来場いただきました。',
    '「外国人なのに日本語が上手」といった言葉は、悪気がなくても相手を傷つけることがあります。',
    '女性の職員も男性の職員も、育休を取りやすい職場を目指します。',
    '小学生にしては、とても上手な作品です。',
    '初めてなのに、とても上手にできました。',
    '障害のある選手の頑張る姿に、会場から大きな拍手が送られました。',
    '職員はみんな笑顔で皆さまをお迎えします。',
    '新しい職員の制服がかわいいと評判です。',
    '保育士さんたちが作った飾りがかわいいと好評でした。',
    '女性職員が結婚後も働き続けられるよう、制度を整えています。',
    '結婚したら退職しなければならない、という時代ではありません。',
    '外国籍の子どもたちの日本語学習を支援します。',
    '外国籍の子どもは日本語が分からない場合もあるため、通訳を配置しています。',
    '韓国の方も多く訪れる、柳川の川下りです。',
    'アフリカ出身の方による料理教室を開催します。',
    '時間の感覚が違う文化を学ぶ、国際理解講座です。',
    '高齢者が若者の足を引っ張るという考え方は誤りです。',
    '家族の介護が重荷になっている方は、ご相談ください。',
    'HIV検査は無料・匿名で受けられます。',
    'HIVに感染している方への偏見をなくしましょう。',
    '水着での入場はお断りしています（プールを除く）。',
    'ミスコンの水着審査は廃止しました。',
    '清掃活動の際、お茶の用意は自治会の皆様にお願い申し上げます。',
    '草刈りは男性も女性も、どなたでも参加できます。',
    '高齢の方で手続きが難しい場合は、ご家族が代わりにお手続きいただけます。',
    'ご高齢の方は、ご家族と一緒にお越しいただくと安心です。',
    '高齢者は判断力が低下しているため、詐欺被害に注意しましょう。ご家族もお声かけを。',
    '認知症の方には、難しい話をしても伝わりにくいことがあります。短い言葉で、ゆっくり話しましょう。',
    'その地区の方々から、問題点をご指摘いただきました。',
    'あの地区の方は、地域の問題に熱心に取り組んでおられます。',
    '1日に30分くらいしかできませんが、続けることが大切です（高齢者向け体操）。',
    '障がいのある方の作業所で、クッキーづくりを体験しました。',
    '子どもたちも大喜びの浴衣で盆踊り大会でした。',
    '浴衣姿の女性がたくさん訪れ、おじいちゃんたちもご機嫌でした。',
    '若手職員はすぐに現場へ向かいます。',
    '最近の若い人は礼儀正しいと、地域の方からお褒めの言葉をいただきました。',
    '新人の女性職員、スタイリストの資格を持っています。',
    '頭が痛い人は、熱中症の可能性があります。',
    '「頭がおかしい」などの言葉で人を傷つけるのはやめましょう。',
    '彼女がいるかどうかを面接で聞くことはありません。',
    'ハーフマラソン大会の参加者を募集します。',
    'ハーフタイムには、子どもたちのダンスが披露されました。',
    'おっしゃるとおり、外国人住民が増えているのは事実です。多文化共生の取り組みを進めます。',
    'ご指摘のとおり、高齢者の交通事故が増えているのは事実ですが、年齢だけで判断することはできません。',
    '確かに、障害者施設の建設には地域のご理解が必要なのは事実です。',
    '「外国人はマナーが悪い」というご指摘をいただきましたが、市としては同意できません。',
    '花束贈呈は、市内の小学生にお願いしています。',
    '受付は女性職員と男性職員が交代で担当します。',
    '司会は、アナウンサーの経験がある職員が担当します。',
    '女性は骨密度が低くなりやすいので、骨粗しょう症検診が向いています。',
    '男の人も女の人も、料理が下手でも大丈夫！初心者歓迎の料理教室です。',
    '最近の若い人は、マナーがなっていないと言われがちですが、そんなことはありません。',
    'ボランティアのお弁当作り、いつも自治会の皆さんにお願いしています。',
    '昨年と比べて、来場者は2割増えました。',
    '日本人と外国人の区別なく、どなたでもご利用いただけます。',
    '男性に比べて女性は骨粗しょう症になりやすいため、検診をおすすめします。',
    '日本人より外国人観光客のほうが多い日もあります。',
    '女性は30歳まで、男性は35歳までの方が対象です（若者就労支援事業）。',
    '市役所の職員3人がトリオを組んで、ステージで歌いました。',
    '障害のある方に、ボランティアの皆さんが優しく声をかけてくださいました。',
    '子どもたちと一緒に遊んでくださる、高齢者のボランティアを募集します。',
    '外国人の方にも分かるよう、やさしい日本語で話しましょう。',
    'ダウン症のある方のアート作品展を開催します。',
    '自閉症の方の特性を理解するための研修会です。',
    'ブラジル出身の方によるサンバ教室を開催します。',
    '黒人の歴史を学ぶ映画上映会です。',
    '体のラインが出にくい服装でお越しください（ヨガ教室）。',
    '完成した庁舎の姿を想像しながら、模型をご覧ください。',
    '炊き出し、今年も自治会の皆さんの腕の見せどころです！',
    '見た目の良い料理を作るコツを学ぶ講座です。',
    '見栄えのいい写真を撮るコツを学びましょう。',
    'グループホームの建設について、住民の皆さんの不安の声を受け、説明会を開催します。',
    'この地区は昔から事件がないので、治安がよいとされています。',
    '外国人観光客がいないので、平日の川下りは静かです。',
    '小学生が作ったとは思えない、立派な作品ばかりです。',
    'お年寄りの方は、最初は少しくらいしかできませんが、無理せず続けましょう。',
    '障がいのある方も、簡単な体操くらいしかできなくても大丈夫です。',
    '高齢者向けの体操教室、1日10分くらいしかできませんが、毎日続けることが大切です。',
    '認知症カフェでは、笑いの絶えない時間を過ごしました（笑）',
    '車いすの方も笑顔で参加され、会場は温かい雰囲気に包まれました。',
    '外国人の友達と一緒に納豆づくりを体験しました。みんなで大笑い！',
    '外国人の方が道に迷って困っていたら、やさしく声をかけてあげましょう。',
    'あと何回か、花見のイベントを予定しています。',
    '日本人の職員が外国人の方の相談にも応じます。',
    '日本人の先生がいい、という声もありますが、どの講師も資格を持っています。',
    '美脚をつくるエクササイズ教室です。',
    'くびれが気になる方向けの体操教室です。',
    'ブラジル人の子どもたちも、サンバの練習を楽しんでいます。',
    'お年寄りが転んでけがをしないよう、段差をなくしました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency (4(2)), round 24 kinds (implicit prejudice, own wording)', () => {
  // the account agreeing with a resident's fear of a group; a fault presumed of a group, of a district's people or of the
  // old (warn); どうせ / 犯人は of a district or a group; crime tied to a group's arrival; a group said to slow the others and
  // kept out; a group sent apart for the others' sake, screened apart or asked for ID alone; tenancies refused to groups;
  // a group's worth as cheap or useless labour, お荷物; tasks and roles split by sex; a people's talent, a region's temper,
  // a group as a running gag (あるある, クレーマー系のおばさま, 片言…笑); 普通の方には関係ない; でも諦めないで, 後がない;
  // looks praised (若くてかわいい子ばかり, 超美人, rankings, レベル高すぎ, 顔が整って, スタイルのいい子が着ると映え), the body's
  // allure as a criterion, a nurse wished for a stay in hospital; death joked about (あの世行き, 成仏できませんよ); training
  // on rights mocked; 安易な申請, 未婚の妊婦, 不法滞在 presumed; theft presumed of trainees; a nuisance located where a group
  // lives; odd behaviour as the ground to send out; 事情のある地域; a disabled group's writing excused, their work capped;
  // an age limit for one sex only; a nuisance put on a group as its usual doers; spaced, masked and romaji slurs; a
  // sexual minority made the joke. Spelt in keigo, である調, Chikugo dialect and casual posts.
  const invalid: Case[] = [
    ['ご指摘のとおりでございます。生活保護を受けている方が近所に増えると不安になりますよね。市としても目を光らせてまいります。', 'decency/discriminatory', 'block'],
    ['本当にその通りだと思います。外国人の方が夜に集まっていると怖いので、巡回を強化します。', 'decency/discriminatory', 'block'],
    ['職員一同も同じ思いです。あの地区の人たちが来ると何かとトラブルになりますので、注意して見ていきます。', 'decency/discriminatory', 'block'],
    ['外国籍の方は書類の不備が多くなりがちなため、申請は窓口でのみ受け付けます。', 'decency/stereotype', 'warn'],
    ['障がいのある方は作業に遅れが出ることが多いので、別の班で作業していただきます。', 'decency/discriminatory', 'block'],
    ['あの地区の出身者って、約束を守らない傾向がありますよね。', 'decency/discriminatory', 'block'],
    ['あの団地の人たちは民度が低いけん、関わらん方がよか。', 'decency/discriminatory', 'block'],
    ['この地区の住民は昔から気性が荒いので、祭りの日は気をつけてください。', 'decency/discriminatory', 'block'],
    ['どうせ駅裏の団地の子たちの仕業でしょうね。', 'decency/discriminatory', 'block'],
    ['落書きの犯人は、たぶん近くの団地の子どもだと思われます。', 'decency/discriminatory', 'block'],
    ['どうせまた外国人のしわざだろ。', 'decency/discriminatory', 'block'],
    ['最近、実習生による自転車の盗難が相次いでいます。', 'decency/discriminatory', 'block'],
    ['ベトナム人のお客様が多くて、売り場が荒れ気味です。', 'decency/discriminatory', 'block'],
    ['車いすの方が来館されると案内に時間がかかるため、土日のご来館はご遠慮ください。', 'decency/discriminatory', 'block'],
    ['知的障害のある生徒さんは手間がかかるので、今年は受け入れを見送りました。', 'decency/discriminatory', 'block'],
    ['精神障害のある方は健常者と同じ講座は難しいので、別の日程をご案内します。', 'decency/discriminatory', 'block'],
    ['HIV陽性者の方の歯科治療は、他の患者さんへの配慮から、最終枠のみとさせていただきます。', 'decency/discriminatory', 'block'],
    ['外国籍の方、母子家庭の方は入居審査を別途行います。', 'decency/discriminatory', 'block'],
    ['当物件は、外国人・生活保護受給者への賃貸はお断りしております。', 'decency/discriminatory', 'block'],
    ['実習生は文句を言わないし安く使えるので、農家さんには助かる存在です。', 'decency/discriminatory', 'block'],
    ['障害者雇用の職員は、ぶっちゃけ戦力にならないので、簡単な仕事だけお願いしています。', 'decency/discriminatory', 'block'],
    ['お年寄りが増えると、正直お荷物です。', 'decency/discriminatory', 'block'],
    ['餅つき大会、男性は杵つき、女性の皆さんにはあんこ丸めとお茶出しをお願いします。', 'decency/discriminatory', 'warn'],
    ['運動会の準備、テント張りはお父さんたちに、お母さんたちには炊き出しを担当していただきます。', 'decency/discriminatory', 'warn'],
    ['主婦のみなさん、洗濯の際はお風呂の残り湯を使いましょう！', 'decency/stereotype', 'warn'],
    ['ブラジル出身のマリアさんは、やっぱりノリが違う！サンバで会場を盛り上げてくれました。', 'decency/stereotype', 'warn'],
    ['関西の人って気が強いですよね〜', 'decency/stereotype', 'warn'],
    ['よそ者には分からんやろうけど、この祭りは特別たい。', 'decency/stereotype', 'warn'],
    ['お年寄りあるあるですね笑', 'decency/stereotype', 'warn'],
    ['今日もクレーマー系のおじさまが来庁されました😇', 'decency/stereotype', 'warn'],
    ['咳をしている人はばい菌扱いされても仕方ないですね。', 'decency/stereotype', 'warn'],
    ['同性カップル向けの更衣室も作りました。まあ普通の人には関係ないですけど。', 'decency/discriminatory', 'block'],
    ['ゲイの方も来てくれるかも？笑', 'decency/discriminatory', 'block'],
    ['シングルマザーでも諦めないで！婚活パーティー開催です😂', 'decency/discriminatory', 'block'],
    ['婚活イベント、もう後がないアラフォー女性にこそおすすめです。', 'decency/stereotype', 'warn'],
    ['受付の新人さん、若くてきれいな方ばかりなんです！', 'decency/lookism', 'block'],
    ['窓口の〇〇さん、元モデルさんで超美人なんです😍', 'decency/lookism', 'block'],
    ['成人式の振袖女子、正直レベル高すぎ！', 'decency/lookism', 'block'],
    ['浴衣美人ランキングを発表します。', 'decency/lookism', 'warn'],
    ['ハーフの子って顔立ちが整っててうらやましい。', 'decency/stereotype', 'warn'],
    ['だらしないお腹をなんとかしましょう笑', 'decency/lookism', 'warn'],
    ['薄毛のおじさんは帽子必須ですね笑', 'decency/lookism', 'warn'],
    ['市の職員の新人ちゃん、スカート短めで男性陣からの評判も上々です。', 'decency/sexual', 'block'],
    ['浴衣審査のポイントは、うなじの色気です。', 'decency/sexual', 'block'],
    ['看護師さんがかわいくて、ちょっと入院したくなっちゃう笑', 'decency/lookism', 'block'],
    ['水着審査がなくて残念ですね笑', 'decency/sexual', 'block'],
    ['あの用水路に落ちたら即あの世行きやね笑', 'decency/insensitive', 'warn'],
    ['早く予約しないと成仏できませんよ〜', 'decency/insensitive', 'warn'],
    ['人権研修でいろいろ言われたけど、最近はなんでもハラスメントで窮屈です。', 'decency/discriminatory', 'block'],
    ['安易な生活保護の申請はお控えください。', 'decency/discriminatory', 'block'],
    ['未婚の妊婦さんには、事情をお聞きすることがあります。', 'decency/discriminatory', 'block'],
    ['外国人患者の中には不法滞在の方が紛れていることもあるので、在留カードを確認します。', 'decency/discriminatory', 'block'],
    ['実習生の寮では窃盗防止のため、夜間の外出を管理してください。', 'decency/discriminatory', 'block'],
    ['ゴミの不法投棄は、外国人の多く住む○○団地に集中しています。', 'decency/discriminatory', 'block'],
    ['様子のおかしい方には、退館していただくことがあります。', 'decency/stereotype', 'warn'],
    ['ロ ー ガ イ…失礼、ご年配の方が多くて窓口が混んでいます。', 'decency/discriminatory', 'block'],
    ['あの人の運転、ガ●ジレベルやろ。', 'decency/discriminatory', 'block'],
    ['課長の話し方が"okama"っぽいって話題になってます。', 'decency/discriminatory', 'block'],
    ['○○地区は昔からいろいろ事情がある地域なので、家を買うならやめた方がいい。', 'decency/discriminatory', 'block'],
    ['障がいのある方からの応募作品もあります。多少拙いところもありますが、温かい目でご覧ください。', 'decency/discriminatory', 'block'],
    ['障害のある方でも、袋詰めなら難しいことはありません。', 'decency/stereotype', 'warn'],
    ['ペアで参加の婚活パーティー。女性は25〜35歳、男性は年齢不問です。', 'decency/discriminatory', 'block'],
    ['毎年遅れて提出するのは決まって高齢者の方です。', 'decency/stereotype', 'warn'],
    ['年寄りはお金を使わんけん、商店街が寂しくなると。', 'decency/stereotype', 'warn'],
    ['外国人住民は騒音トラブルを起こしがちであるため、入居時に誓約書を提出させる。', 'decency/discriminatory', 'block'],
    ['あの校区の子どもは素行が悪いけん、うちの子とは遊ばせとうない。', 'decency/discriminatory', 'block'],
    ['○○町の住民は民度が低いので、イベントの警備を強化する。', 'decency/discriminatory', 'block'],
    ['どうせあの団地の連中がやったんやろ。', 'decency/discriminatory', 'block'],
    ['外国人労働者による万引きが増えております。', 'decency/discriminatory', 'block'],
    ['障害のある児童は他の児童への影響を考え、別室で給食をとっていただきます。', 'decency/discriminatory', 'block'],
    ['外国籍の方に限り、住民票の写しの提示をお願いしております。', 'decency/discriminatory', 'block'],
    ['精神疾患のある方は、他の利用者さんへの配慮から、利用時間を平日午前に限らせていただきます。', 'decency/discriminatory', 'block'],
    ['障害者枠で採用された職員は、正直あまり戦力になりません。', 'decency/discriminatory', 'block'],
    ['技能実習生は従順でよく働くので、人手不足の農家には最適です。', 'decency/discriminatory', 'block'],
    ['本当にごもっともです。外国人が増えて治安が心配というお気持ち、私どももよく分かります。', 'decency/discriminatory', 'block'],
    ['秋祭りの準備、女性会の皆さんには煮しめ作りを、男衆には神輿の担ぎ手をお願いしたいと思います。', 'decency/stereotype', 'warn'],
    ['ひな祭り会、女の子はおひなさま役、男の子はお内裏さま役で決まりやね〜', 'decency/stereotype', 'warn'],
    ['黒人の選手はやはり身体能力がちがう！', 'decency/stereotype', 'warn'],
    ['窓口に今日もクレーマー級のおばちゃんが来た😇', 'decency/stereotype', 'warn'],
    ['お年寄りあるある、また同じ話が始まった笑', 'decency/stereotype', 'warn'],
    ['片言の日本語がかわいくてつい笑っちゃう🤣', 'decency/stereotype', 'warn'],
    ['同性カップルのための制度です。普通の夫婦には特に関係ありませんが、ご理解ください。', 'decency/discriminatory', 'block'],
    ['バツイチでも諦めないで！婚活応援セミナー😂', 'decency/discriminatory', 'block'],
    ['受付のお姉さん、めっちゃ美人すぎて毎日通いたい！', 'decency/lookism', 'block'],
    ['ミス柳川の3人、超美人ぞろいです！', 'decency/lookism', 'block'],
    ['浴衣美女ランキング、1位は誰の手に？', 'decency/lookism', 'warn'],
    ['ハーフの人って目鼻立ちが整ってるよね〜', 'decency/lookism', 'warn'],
    ['ここの水路に落ちたらあの世行きやけん、気をつけんしゃい笑', 'decency/insensitive', 'warn'],
    ['人権研修、正直めんどくさいし窮屈ですね。', 'decency/discriminatory', 'block'],
    ['生活保護の申請、安易に考えないでください。と言いたいです。安易な受給はお控えいただきたい。', 'decency/discriminatory', 'block'],
    ['ひとり親世帯や外国籍の方への賃貸はご遠慮いただいております。', 'decency/discriminatory', 'block'],
    ['生活保護受給者の入居は不可の物件です。', 'decency/discriminatory', 'block'],
    ['外国人労働者は文句も言わずに働いてくれるので重宝します。', 'decency/discriminatory', 'block'],
    ['アフリカ系の子って、やっぱりリズム感が違いますね。', 'decency/stereotype', 'warn'],
    ['九州男児は亭主関白が多かけんね。', 'decency/stereotype', 'warn'],
    ['性的マイノリティ向けの相談窓口です。普通の方には縁がない話ですが。', 'decency/discriminatory', 'block'],
    ['シングルファザーでもあきらめないで〜！', 'decency/discriminatory', 'block'],
    ['年齢的にもう崖っぷちの独身女性の皆さん、婚活パーティーへ！', 'decency/stereotype', 'warn'],
    ['後がない40代男性向けの婚活セミナーです。', 'decency/stereotype', 'warn'],
    ['窓口は若くてきれいな女性職員ばかりです。', 'decency/lookism', 'block'],
    ['今年の新人は若くて可愛い子が揃いました。', 'decency/lookism', 'block'],
    ['差別の研修とか、言葉狩りみたいでうんざりです。人権研修はうるさくて窮屈。', 'decency/discriminatory', 'block'],
    ['○落の近くは不法投棄が多いので監視を強化します。', 'decency/discriminatory', 'block'],
    ['技能実習生を雇う事業所は、盗難対策のため、寮の出入りを記録してください。', 'decency/discriminatory', 'block'],
    ['滞納は、ひとり親世帯の多い団地で目立っています。', 'decency/discriminatory', 'block'],
    ['ごみの不法投棄は実習生の多い地区に集中しています。', 'decency/discriminatory', 'block'],
    ['ぶつぶつ言う人は退場していただきます。', 'decency/stereotype', 'warn'],
    ['挙動不審な方はご入館をお断りします。', 'decency/stereotype', 'warn'],
    ['色々と事情のある地区なので、土地選びはご注意を。', 'decency/discriminatory', 'block'],
    ['障害者の方の書いた文章なので、拙い部分はご容赦ください。', 'decency/discriminatory', 'block'],
    ['障がい者の方でも、シール貼りくらいなら大丈夫です。', 'decency/stereotype', 'warn'],
    ['知的障害のある方も、簡単な作業ならできます。', 'decency/stereotype', 'warn'],
    ['女性の方は25歳〜39歳まで、男性の方は年齢制限なしです。', 'decency/discriminatory', 'block'],
    ['男性は30〜45歳、女性は年齢不問です。', 'decency/discriminatory', 'block'],
    ['ごみ出しのルールを守らないのはいつも若者たちです。', 'decency/stereotype', 'warn'],
    ['窓口でクレームを言うのは決まっておじさんですね。', 'decency/stereotype', 'warn'],
    ['お年寄りってケチだから、商店街にお金が落ちない。', 'decency/stereotype', 'warn'],
    ['高齢者は金を使わんけん、しょうがなか。', 'decency/stereotype', 'warn'],
    ['あいつの運転、gaiji みたいやった。', 'decency/discriminatory', 'block'],
    ['そんなのガ○ジ並みやん。', 'decency/discriminatory', 'block'],
    ['同性カップルが来たら職員びっくりするかもｗ', 'decency/discriminatory', 'block'],
    ['オネエの人も参加できます笑', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  // ordinary municipal sentences that share the surface words of the new kinds
  it.each([
    'ご指摘のとおりです。公園の遊具が老朽化しておりますので、来年度に更新します。',
    'おっしゃるとおり、外国人観光客の増加で案内板が不足しています。多言語の案内板を設置します。',
    '職員一同も同じ思いです。ホームレスの方への支援を続けてまいります。',
    'ご意見のとおりです。外国人住民の方が不安を感じないよう、多言語の相談窓口を設けています。',
    '外国籍の方は在留カードをお持ちください。',
    '高齢者は暑さに気づかないことが多いため、こまめな水分補給を心がけましょう。',
    '一人暮らしの高齢者の方は、詐欺の被害に気づかないことが多いので、ご家族の見守りをお願いします。',
    '障がいのある方は、手続きに時間がかかる場合がありますので、お早めにお越しください。',
    '車いすの方がご乗車の際は、乗降に時間がかかりますので、他のお客様のご協力をお願いします。',
    'この地区の住民の皆さんは防災意識が高く、訓練の参加率も市内一です。',
    'あの地区の人たちは、毎年お祭りを盛り上げてくれます。',
    '○○地区の皆さんは、トラブルがあった場合は自治会長までご連絡ください。',
    'どうせなら、団地の子どもたちも一緒に参加できるようにしたいですね。',
    '犯人は現在も逃走中です。団地の住民の皆さんは戸締まりにご注意ください。',
    '外国人による犯罪は減少傾向にあります。',
    '外国人観光客が多くて、川下りの船が満席になる日もあります。',
    '障害のある方は、他の利用者への配慮は不要です。ご遠慮なくお越しください。',
    '外国籍の方でも入居できる市営住宅があります。入居審査は日本人と同じです。',
    '外国人への賃貸をお断りすることは差別にあたります。',
    '実習生は、日本の文化を学びながら働いています。',
    '障害者雇用で採用された職員は、各課で戦力として活躍しています。',
    '高齢者はお荷物ではありません。地域の大切な担い手です。',
    '餅つき大会、男性も女性も、杵つきとあんこ丸めを交代で体験できます。',
    '男子は5km、女子は3kmのコースを走ります。',
    '男性の更衣室は2階、女性の更衣室は3階です。',
    '主婦の方にも人気の料理教室です。',
    'ブラジル出身のマリアさんは、サンバ教室の講師をしています。',
    '関西の人にも柳川の魅力を知ってほしい。',
    '東京の人も柳川の川下りを楽しんでいます。',
    '子育てあるあるを語り合う座談会を開催します。',
    'モンスターペアレント対策の研修を実施しました。',
    '咳エチケットにご協力ください。',
    '多目的トイレは、どなたでもご利用いただけます。普通の方でもお使いいただけます。',
    'LGBTの方も参加しやすい映画祭です。笑いあり涙ありの作品をそろえました。',
    'ひとり親家庭でも安心して子育てできるよう、支援制度をご案内します。',
    '年齢的に不安な方も、健康相談をご利用ください。',
    '美人の湯として知られる温泉です。',
    '浴衣美人画の展示を行っています。',
    '若くて元気な職員が、皆さまをお迎えします。',
    '新人職員の皆さんは、とても意欲的です。',
    '子どもたちの顔がきれいに写る撮影のコツを紹介します。',
    'スタイルのいいシルエットのコートが人気です。',
    'スカート丈の短い制服は、冬は寒いので配慮が必要です。',
    '着物の着付け教室では、うなじの美しい見せ方も学べます。',
    '水着審査は行いません。',
    '看護師さんの仕事を体験するイベントです。入院患者さんのケアも学べます。',
    'あの世とこの世をつなぐお盆の行事を紹介します。',
    '無縁仏は成仏できないとされ、供養が行われてきました。',
    '人権研修を実施しました。職員の意識が高まりました。',
    '生活保護の申請は、どなたでもできます。お気軽にご相談ください。',
    '未婚の方も、既婚の方も参加できます。',
    '盗難防止のため、自転車には鍵をかけましょう。',
    '不法投棄の多い河川敷に、監視カメラを設置しました。',
    '様子のおかしい方を見かけたら、職員までお知らせください。',
    '地区によって収集日が異なる事情がありますので、カレンダーをご確認ください。',
    '障害者アート展です。温かい目でご覧いただくより、ぜひ作品そのものを楽しんでください。',
    '清掃や封入の作業なら、どなたでも参加できます。',
    '女性は20〜35歳、男性は20〜40歳の方が対象です。',
    '毎年、申告の締め切りに遅れるのはだいたい3月15日前後です。',
    '高齢者は詐欺に狙われやすいので、ご注意ください。',
    '外国人の方は、日本語が難しい場合は通訳をご利用ください。',
    '女性の皆さんには、健康診断の受診をお願いします。',
    'お父さんたちには、テント張りをお願いします。',
    '休憩のお茶は、ボランティアの皆さんが用意してくれました。',
    '同じ思いの仲間と、外国人の方への日本語支援を続けています。',
    'あのスーパーの近くの団地の子どもたちが、元気に遊んでいます。',
    '窓口が荒れ気味の天候で、来庁者が少なめです。',
    '外国人住民の方は、ごみの分別ルールが分かりにくいことが多いため、多言語のチラシを用意しました。',
    '外国籍の方は、手続きに必要な書類の準備に時間がかかる場合がありますので、お早めにご相談ください。',
    '高齢者の方は、薬の飲み忘れが多くなりがちです。お薬カレンダーを活用しましょう。',
    'お年寄りは転倒しやすいので、段差にご注意ください。',
    'ひとり親家庭の方は、児童扶養手当の申請を忘れがちなので、期限にご注意ください。',
    '実習生の方は、日本の交通ルールに慣れていないことが多いので、自転車教室を開きます。',
    '婦人会の皆さんが炊き出しを、消防団の皆さんが設営を担当してくださいました。',
    'お母さんたちが作ったお弁当を、子どもたちがおいしそうに食べていました。',
    'パパもママも、料理教室で一緒に包丁を握りました。',
    '男性の方も女性の方も、受付はどなたでも担当できます。',
    'お父さん向けの料理教室、お母さん向けの筋トレ教室を開催します。',
    '女性消防団員は、防火啓発や応急手当の指導で活躍しています。男性団員は消火活動を担います。',
    '子どもたちは、女の子も男の子も、お姫様やヒーローの衣装で仮装を楽しみました。',
    '車いすの方は段差のため、東口のスロープをご利用ください。',
    '障害のある方で、窓口での手続きが難しい方は、ご家族の代理申請もできます。',
    '視覚障害のある方には、点字の資料をご用意しています。',
    'ご指摘の通り、高齢者の交通事故が増えています。安全運転講習を開催します。',
    'おっしゃるとおり、外国人の方が増えて、地域の国際交流も盛んになりました。',
    'まさにその通りです。ホームレスの方の相談窓口を増やします。',
    '外国人・高齢者・障害のある方への賃貸をお断りしない「セーフティネット住宅」を紹介します。',
    '不動産会社の皆様へ。国籍を理由とした入居のお断りはやめましょう。',
    '外国人による観光ガイドツアーが人気です。',
    '外国人が多く住む地区では、多言語の防災訓練を行っています。',
    '外国人の方が多いので、英語と中国語の案内も用意しています。',
    '若い女性の皆さんに人気のスイーツ店を紹介します。',
    '若くて元気な方が多く集まりました。',
    'ベスト美人賞ではなく、ベストドレッサー賞です。',
    '女子のレベルが高い大会で、柳川の選手が優勝しました。',
    '今年の浴衣コンテストのレベルは高かったです。',
    'あの世から帰ってくるご先祖さまをお迎えするお盆の行事です。',
    '成仏できませんでした…というオチの落語会です。',
    'ハラスメント研修で、なんでもハラスメントになるわけではないことも学びました。',
    '生活保護は、安易に打ち切られることはありません。',
    '盗難防止のため、実習生の皆さんにも自転車の施錠を呼びかけています。',
    '窃盗の被害に遭った外国人の方からの相談を受け付けています。',
    '○○地区は昔からいろいろな行事がある地域です。',
    'この地域は、いろいろと事情があって、バスの本数が少なくなっています。',
    '障害のある方の作品展です。温かい目で見守ってください。',
    '障害のある方も、清掃なら経験を活かせる仕事があります。',
    '手続きが遅れがちな方は、窓口でご相談ください。',
    '約束を守らない業者には、指導を行います。',
    '外国人観光客による消費が増えています。',
    '障害のある方の雇用が、市内でも増えています。',
    '高齢者の皆さんは、雪の日は無理に外出せず、足元に気をつけてください。',
    '女子はピンク、男子は青のはっぴを着て、元気に踊りました。',
    '女の子は織姫役、男の子は彦星役を演じ、会場から大きな拍手が送られました。',
    '女性は1階の受付へ、男性は2階の受付へお進みください。',
    '女性の方は右側、男性の方は左側の列にお並びください。',
    '女子はバレーボール、男子はバスケットボールの部に分かれて練習します。',
    'お母さんたちには受付を、お父さんたちには駐車場の誘導を、それぞれボランティアでお願いしています（担当は希望制です）。',
    '女性部の皆さん、男性部の皆さん、今年もよろしくお願いします。',
    '女性の方は更衣室A、男性の方は更衣室Bをご利用ください。',
    '男性も女性も、料理も力仕事も交代で担当しましょう。',
    '女性の皆さんには乳がん検診を、男性の皆さんには前立腺がん検診をおすすめします。',
    '外国人観光客が多いエリアでは、盗難防止のため、貴重品の管理にご注意ください。',
    '実習生の皆さんの自転車が盗まれる被害が続いています。盗難防止のため、二重ロックをお願いします。',
    '留学生向けの寮では、防犯対策のため、入口にオートロックを設置しました。',
    '外国人住民の多い地区では、多言語で防災訓練の案内を行っています。',
    '外国人の多い地区に、多言語の相談窓口を設けました。',
    '生活保護のご相談は、福祉課で承ります。申請は国民の権利です。',
    'ひとり親世帯の多い地域で、子ども食堂が開かれています。',
    '障害のある方でも、簡単な作業から始められる就労支援があります。',
    '女性の方も男性の方も、年齢不問でご参加いただけます。',
    'ごみ出しのルールを守らないのはどなたであっても指導の対象です。',
    'お年寄りの皆さん、特殊詐欺にご注意ください。',
    '同性カップルのパートナーシップ宣誓制度が始まりました。',
    'LGBTの方も安心して参加できるイベントです。',
    '美人の湯で有名な温泉街を散策しました。',
    '若い女性の就農者が増えています。',
    '窓口は若い職員が多く、丁寧に対応しています。',
    '障害のある方は災害時に避難が遅れがちなため、個別避難計画の作成を進めています。',
    '外国人による犯罪は減少傾向にあります。',

  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency (4(2)), round 24 kinds (2): quotes laughed at, contact avoided, childbearing by age, origins as a concern', () => {
  // a stereotype in scare quotes with a laugh is the joke, not an example; a group's workers not to be spoken to; 若いうちが一番;
  // a partner's origins as a fair concern; a body type not to stand beside; a job or schooling as the measure of reading.
  const invalid: Case[] = [
    ['成人式に「男のくせに振袖」の新成人が来ててウケました笑', 'decency/stereotype', 'warn'],
    ['その“だらしないお腹”、夏までにどうにかしましょ😆', 'decency/lookism', 'warn'],
    ['外国人の作業員が多いけん、直接話しかけんで市に言うてください。', 'decency/discriminatory', 'block'],
    ['子どもを産むなら若いうちが一番ですよ〜', 'decency/stereotype', 'warn'],
    ['ご縁談の際、お相手のご家系が気になる方もいらっしゃるでしょう。', 'decency/discriminatory', 'block'],
    ['デブの人とは並んで写りたくないよね笑', 'decency/discriminatory', 'block'],
    ['中卒の人にもわかるように、ひらがなを多めにしました。', 'decency/stereotype', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
    '「女のくせに」という言葉、昔はよく聞きましたね。今は使わないようにしましょう😊',
    '「ブス」と言われて傷ついた経験を笑顔で話してくれました。',
    '研修では「男のくせに」などの言い方は偏見につながると学びました笑',
    '作業員には外国人の方も多いので、直接お声がけの際はやさしい日本語でお願いします。',
    '工事の苦情は、現場の作業員に直接言わずに、市までご連絡ください。',
    '出産は若いうちが一番という考えにとらわれず、ご自身のペースで。',
    '高齢出産は、医師とよく相談しながら進めましょう。',
    '結婚相手の出身地が気になるという相談は、身元調査につながるためお受けできません。',
    'ぽっちゃり体型の方も一緒に楽しめるダンス教室です。',
    '力仕事の経験がない方でも参加できます。',
    '現場作業の経験がない方にもわかるよう、動画で手順を説明しています。',

  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency (4(2)), round 24 kinds (3): other writers\' wordings of the same kinds', () => {
  const invalid: Case[] = [
    ['ご意見のとおりでございます。外国人住民が増えてから、地域の治安が悪くなったと私どもも感じております。', 'decency/discriminatory', 'block'],
    ['まったく同感です。生活保護の方が昼間からパチンコに行くのは見過ごせません。', 'decency/discriminatory', 'block'],
    ['外国人技能実習生は、無断で欠勤することが多いため、出勤簿を毎日確認してください。', 'decency/discriminatory', 'block'],
    ['精神障害のある方は、感情の起伏が激しいことが多いので、対応には注意が必要です。', 'decency/discriminatory', 'block'],
    ['外国人の利用者は、ごみを分別しないことが多いです。', 'decency/discriminatory', 'block'],
    ['あの地区の子どもたちは、学力が低い傾向にあります。', 'decency/discriminatory', 'block'],
    ['○○団地の住民はマナーが悪く、苦情が絶えません。', 'decency/discriminatory', 'block'],
    ['知的障害のある方がいると、他の参加者が集中できないため、参加はご遠慮いただいています。', 'decency/discriminatory', 'block'],
    ['外国人の方が来ると他のお客様が不安になるので、ご来店はお控えください。', 'decency/discriminatory', 'block'],
    ['高齢の方は手続きに時間がかかるので、混雑する月曜日の来庁はお控えください。', 'decency/stereotype', 'warn'],
    ['母子家庭の方への部屋の貸し出しはお断りしています。', 'decency/discriminatory', 'block'],
    ['外国人留学生は安い時給でも文句を言わないので助かります。', 'decency/discriminatory', 'block'],
    ['婦人会の皆さんにはおにぎり作りを、青年団の男性陣にはテント設営をお願いします。', 'decency/discriminatory', 'warn'],
    ['清掃活動では、男性はゴミ袋運び、女性はゴミ拾いを担当してください。', 'decency/stereotype', 'warn'],
    ['お母さんはお弁当作り、お父さんは場所取り担当でお願いします！', 'decency/stereotype', 'warn'],
    ['新人の女性職員、めちゃくちゃ美人なんです！ぜひ窓口に会いに来てください。', 'decency/lookism', 'block'],
    ['今年のキャンペーンガールは、スタイル抜群の美女ぞろい！', 'decency/lookism', 'block'],
    ['受付嬢が若くてかわいいと評判の窓口です。', 'decency/lookism', 'block'],
    ['火葬場の予約、早くしないと順番待ちであの世にも行けませんよ笑', 'decency/insensitive', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
    '女子は体育館、男子は武道場で着替えをお願いします。',
    '職員手作りのポップがかわいいと評判です。',
    '受付のお姉さんの笑顔が素敵だと評判です。',
    '発達障害のあるお子さんは、大きな音が苦手な場合があるため、静かな部屋を用意しています。',
    '外国人留学生の皆さんが、日本語スピーチ大会で発表しました。',
    '母子家庭の方への家賃補助制度があります。',
    '本当に美人になれると評判の温泉です。',
    '外国人技能実習生の皆さんの出勤初日に、歓迎会を開きました。',

  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency (4(2)), round 24 kinds (4): a matter passed to the family, a skill presumed of a sex, surprise that a group can', () => {
  const invalid: Case[] = [
    ['車いすの方のご来場は、混雑時は他のお客様のご迷惑となりますので、ご遠慮ください。', 'decency/discriminatory', 'block'],
    ['聴覚障害のある方は、電話でのお問い合わせはできませんので、ご家族を通してご連絡ください。', 'decency/discriminatory', 'block'],
    ['外国の方のご利用は、日本語が話せる方の同伴をお願いしております。', 'decency/discriminatory', 'block'],
    ['認知症の方は、他の入居者さんとトラブルになることが多いため、別フロアでお過ごしいただきます。', 'decency/discriminatory', 'block'],
    ['ご高齢の方は操作が難しいと思いますので、スマホ教室は若い方を優先します。', 'decency/stereotype', 'warn'],
    ['外国人はどうしても時間にルーズなので、集合時間を30分早めに伝えています。', 'decency/stereotype', 'warn'],
    ['女性は数字に弱いので、会計は男性職員が担当します。', 'decency/stereotype', 'warn'],
    ['男性職員は気が利かないので、受付は女性にお願いしています。', 'decency/stereotype', 'warn'],
    ['シングルマザーの方は時間に余裕がないので、役員は免除しています。', 'decency/stereotype', 'warn'],
    ['障害者の方でも、頑張ればちゃんと仕事ができるんですね。感動しました。', 'decency/stereotype', 'warn'],
    ['外国人の子どもなのに、九九がすらすら言えてびっくりしました！', 'decency/stereotype', 'warn'],
    ['車いすの方も、健常者に負けないくらい頑張っていました。', 'decency/stereotype', 'warn'],
    ['生活保護の方も、たまには社会に恩返しをしてほしいものです。', 'decency/discriminatory', 'block'],
    ['今日のボランティアは、おばちゃんばっかりで華がなかったです笑', 'decency/stereotype', 'warn'],
    ['祭りの受付は、若い女の子の方が華やかでいいですね。', 'decency/lookism', 'warn'],
    ['ミス柳川の候補者、全員スタイルがよくて目の保養でした。', 'decency/lookism', 'block'],
    ['おっしゃる通り、あの地区の方々は昔から閉鎖的で、よそ者を受け入れない傾向がありますね。', 'decency/discriminatory', 'warn'],
    ['ご意見ありがとうございます。確かに、外国人が増えると治安が心配になりますよね。', 'decency/discriminatory', 'block'],
    ['高齢者ドライバーは事故を起こしやすいので、早めに免許を返納しましょう。', 'decency/stereotype', 'warn'],
    ['川で溺れた人、成仏してね〜笑', 'decency/insensitive', 'block'],
    ['孤独死の現場って、やっぱり臭いんですかね笑', 'decency/insensitive', 'warn'],
    ['火事で全焼した家、まるでキャンプファイヤーでした🔥', 'decency/insensitive', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
    '聴覚障害のある方は、電話でのお問い合わせが難しい場合は、FAXやメールでご連絡ください。',
    '外国の方のご利用は、通訳サービスもご利用いただけます。',
    '認知症の方が安心して過ごせるよう、見守りの体制を整えています。',
    '認知症の方は、道に迷うことが多いため、見守りネットワークへの登録をおすすめします。',
    '男性職員も女性職員も、気配りのできる窓口を目指します。',
    '女性は数字に弱いという思い込みをなくしましょう。',
    '障害のある方でも安心して働けるよう、職場の環境を整えています。',
    '外国人の子どもでも、日本語が上手に話せるよう支援しています。',
    '生活保護を受けていることを、肩身が狭いと感じる必要はありません。',
    '高齢ドライバーの皆さん、安全運転サポート車の補助制度をご利用ください。',
    '高齢者は熱中症になりやすいので、エアコンを上手に使いましょう。',
    '昨夜の火災で住宅1棟が全焼しました。けが人はいませんでした。火の取り扱いにご注意ください。',
    'キャンプファイヤーを囲んで、子どもたちが歌いました。',

  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency (4(2)), round 24 kinds (5): a figure praised past measure, help told as a favour, a group kept away from', () => {
  const invalid: Case[] = [
    ['うちの課の女子職員、みんな美人ぞろいで窓口が華やかです♪', 'decency/lookism', 'block'],
    ['ミスコン出場者の皆さん、足がきれいすぎて審査員もメロメロでした笑', 'decency/lookism', 'block'],
    ['観光大使の〇〇さん、スタイル良すぎてポスター映えしまくり😍', 'decency/lookism', 'warn'],
    ['保育士さんたちのエプロン姿、かわいすぎて癒やされます〜', 'decency/sexual', 'block'],
    ['障がい者の方にもできる簡単なお仕事を用意しました。', 'decency/stereotype', 'warn'],
    ['お年寄りでも分かるように、大きな字で書きました。', 'decency/stereotype', 'warn'],
    ['外国人にも分かるように、簡単な日本語で書いてあげました。', 'decency/stereotype', 'warn'],
    ['目の見えない方にも楽しんでもらえるよう、職員が優しく手を引いてあげました。', 'decency/stereotype', 'warn'],
    ['韓国人と比べて日本人はマナーがいいですね。', 'decency/discriminatory', 'block'],
    ['外国人観光客が増えて、最近は川下りもうるさくなりました。', 'decency/discriminatory', 'block'],
    ['中国の方はどうしても声が大きいので、図書館ではご注意ください。', 'decency/discriminatory', 'block'],
    ['ゲイのカップルが婚活パーティーに来たらどうしよう笑', 'decency/discriminatory', 'block'],
    ['障害者の方が運転するバスには乗りたくないです。', 'decency/discriminatory', 'block'],
    ['ホームレスの方が公園にいると、子どもたちが怖がるので困ります。', 'decency/discriminatory', 'block'],
    ['同和地区の近くの物件は安いですが、おすすめはしません。', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
    '外国人の方が道に迷って困っていたら、やさしく声をかけてあげましょう。',
    '子どもたちが、車いすの方の荷物を運んであげました。',
    '障害のある方にもできる体操を紹介します。',
    '障がいのある方にもできる仕事を一緒に探す就労支援窓口です。',
    '観光大使の〇〇さん、ポスター撮影おつかれさまでした！',
    'この料理、見た目がきれいすぎて食べるのがもったいない！',
    '障害者の方が運転する福祉タクシーの体験会を行いました。',
    '同和地区の歴史を学ぶフィールドワークは、おすすめの研修です。',
    '同和問題について、避けた方がいい話題だと思っていませんか？',

  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency (4(2)), round 24 kinds (6): one person\'s looks as the talk, a people to be watched, 部落なので', () => {
  const invalid: Case[] = [
    ['受付の新人さん、若くてかわいい人なので、つい話しかけたくなります。', 'decency/lookism', 'warn'],
    ['ご主人の自慢の奥様、若くて美人な方だけん、みんな羨ましがっとる。', 'decency/lookism', 'warn'],
    ['あの奥さんは若くてきれいな方なので、旦那さんも鼻が高いでしょうね。', 'decency/lookism', 'warn'],
    ['外国人ドライバーには特に気をつけましょう。', 'decency/discriminatory', 'block'],
    ['外国人の若者には十分注意してください。', 'decency/discriminatory', 'block'],
    ['夜道では外国人労働者に用心してください。', 'decency/discriminatory', 'block'],
    ['あそこは部落なので、土地は安いけど買わない方がいい。', 'decency/discriminatory', 'block'],
    ['昔から同和地区なので、縁談は慎重に。', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
    '災害時、高齢者や外国人の方には特に注意して、避難情報を伝えてください。',
    '外国人観光客には、やさしい日本語で案内しましょう。',
    '外国人を名乗る詐欺の電話に注意してください。',
    '外国人観光客に注意を呼びかけています。',
    '部落なので差別されてきた歴史があります。',
    '若くて元気な方が多く参加してくれました。',

  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency (4(2)), round 24: ordinary municipal sentences with the surface words of the new kinds', () => {
  it.each([
    '外国籍の方は、住民登録の際に在留カードの提示が必要です。',
    '外国人住民の方向けに、ごみの出し方を多言語でまとめたチラシを作りました。',
    '障害のある方の就労を支援するため、市役所でも障害者雇用を進めています。',
    '車いすの方は、エレベーターのある東口をご利用ください。',
    '車いすをご利用の方は、乗降に時間がかかる場合がありますので、係員がお手伝いします。',
    'HIV検査は匿名・無料で受けられます。他の方に知られることはありません。',
    'ひとり親家庭の方は、児童扶養手当の申請ができます。',
    '生活保護受給者の方も、無料で受講できます。',
    '高齢者の方は、特殊詐欺の被害に遭うことが多いため、留守番電話の設定をおすすめします。',
    '認知症の方の行方不明が増えています。見守りネットワークにご協力ください。',
    '外国人の方にも分かりやすいよう、ふりがなを付けました。',
    'この地区の皆さんは、昔から祭りを大切にしてきました。',
    'あの地区の人たちは本当に温かく、移住者をいつも歓迎してくれます。',
    '団地の子どもたちが、清掃活動に参加してくれました。',
    '犯人は逮捕されました。団地の皆さん、ご協力ありがとうございました。',
    '技能実習生の皆さんが、地域の清掃活動に参加してくれました。',
    '外国人観光客が多い時期は、川下りの予約が取りにくくなります。',
    '障害のある方が、他の利用者と一緒に楽しめるよう工夫しています。',
    '障がいのある生徒さんも一緒に職場体験を行いました。',
    '男性も女性も、子育てに参加しやすい職場づくりを進めています。',
    'お父さんたちにはテントを、お母さんたちには受付をお願いしましたが、今年からは希望制にします。',
    '美人画で知られる画家の展覧会です。',
    '当日は若い女性スタッフと男性スタッフが案内します。',
    '振袖姿の新成人の皆さん、おめでとうございます！',
    '浴衣の着付け体験、女性にも男性にも人気です。',
    '亡くなられた方のご冥福をお祈りします。',
    'お墓の区画は先着順です。お早めにお申し込みください。',
    '人権研修を受けて、職員一同、言葉の大切さを学びました。',
    '生活保護の申請は、福祉課で受け付けています。安易に諦めず、まずはご相談ください。',
    '未婚・既婚を問わず、妊婦さんは母子健康手帳を受け取れます。',
    '留学生の皆さんは、在留カードを携帯してください。',
    '様子がおかしいと感じたら、すぐに119番に通報してください。',
    '事情がある方は、窓口でご相談ください。',
    '障害者の方が作った作品の展示・販売会です。温かいご来場をお待ちしています。',
    '清掃作業なら、どなたでも参加いただけます。',
    '申告に遅れる方が多いので、早めの準備をお願いします。',
    '外国人の方でも、日本語で手続きができるよう支援します。',
    '外国人住民の方から、ごみ出しの相談が多く寄せられています。',
    'シングルマザーでも利用できる支援制度をまとめました。',

  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency (4(2)), round 24 kinds (7): a named attribute refused in any politeness form, である調 presumptions', () => {
  const invalid: Case[] = [
    ['精神疾患のある方は他のご利用者様のご迷惑となる場合がございますので、ご利用はお受けいたしかねます。', 'decency/discriminatory', 'block'],
    ['外国籍の方のご入会は、トラブル防止のためお断りさせていただいております。', 'decency/discriminatory', 'block'],
    ['生活保護を受給されている方のお申し込みは、ご遠慮願います。', 'decency/discriminatory', 'block'],
    ['外国人は日本の習慣を理解できないことが多い。ゆえに、説明会は日本人のみを対象とする。', 'decency/discriminatory', 'block'],
    ['障害者は作業が遅い傾向がある。したがって、別ラインで作業させる。', 'decency/discriminatory', 'block'],
    ['最近の若者は我慢が足りないことが多いので、すぐ辞めてしまいます。', 'decency/stereotype', 'warn'],
    ['ひとり親家庭の子どもは非行に走りがちなので、見守りを強化します。', 'decency/discriminatory', 'block'],
    ['外国人実習生って、ちょっと目を離すとすぐサボるんですよね〜笑', 'decency/discriminatory', 'block'],
    ['障害者の方が描いた絵とは思えないほど上手！', 'decency/discriminatory', 'block'],
    ['あの地区の子とは遊ばせん方がよかよ。', 'decency/discriminatory', 'block'],
    ['認知症の方のご入居は、他の入居者様への影響を考慮し、お受けいたしかねます。', 'decency/discriminatory', 'block'],
    ['HIV陽性の方のご利用はお断りしております。', 'decency/discriminatory', 'block'],
    ['精神障害のある方からのお申し込みは受け付けておりません。', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  // limits set by a building, a programme's rules or medicine; a refusal denied; an invitation
  it.each([
    '認知症の方の徘徊に備え、見守りネットワークに登録しませんか。',
    '障害のある方の入場をお断りすることはありません。',
    'HIV感染者の方の採用をお断りすることは法律で禁止されています。',
    '車いすの方は、段差のため2階席のご利用はできません。1階席をご用意しています。',
    '生活保護受給者の方は、この給付金の対象外とさせていただきます。',
    'HIV感染者の方の献血はご遠慮ください。',
    '外国籍の方の採用は、国籍条項により一部の職種ではできません。',
    '精神疾患のある方は、主治医の許可があれば参加できます。',
    '外国籍の方の選挙への投票はできません。',
    '外国人の方は日本の制度を理解できないことが多いため、多言語で説明します。',
    '高齢者は歩くのが遅いことが多いので、信号の時間を延長しました。',

  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency (4(2)), round 24 kinds (8): replies that side with a resident\'s fear of a group', () => {
  const invalid: Case[] = [
    ['@taro_yanagawa ご心配はもっともです。障害者施設ができると地域の雰囲気が変わるので、建設場所は再検討します。', 'decency/discriminatory', 'block'],
    ['ご指摘ありがとうございます。確かに外国人の方が多い地区はごみが多いので、パトロールを増やします。', 'decency/discriminatory', 'block'],
    ['貴重なご意見ありがとうございます。私どもも、生活保護の方が増えると地域が荒れると考えております。', 'decency/discriminatory', 'block'],
    ['返信ありがとうございます！ほんとそれです、ホームレスの人って怖いですよね😅', 'decency/discriminatory', 'block'],
    ['おっしゃる通りですね。あの団地の住民は昔から問題が多いので、私たちも気をつけています。', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
    'ご心配はもっともです。障害者施設の建設にあたっては、説明会を開き、丁寧にご説明します。',
    'ご不安はもっともです。外国人住民との共生に向け、多言語の相談窓口を設けます。',
    'おっしゃる通りですね。あの団地の住民の皆さんは、いつも清掃に協力してくださいます。',
    'ご意見はもっともです。公園の遊具は来年度に見直します。',
    'その通りです。外国人観光客が増え、案内所の人手が足りていません。',
    'この地区は問題が多い交差点があるため、信号機を設置します。',

  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency (4(2)), the generic reading (round 25): a group, then a presumed fault, likeness, condescension or exclusion', () => {
  const invalid: Case[] = [
    ['ネパール出身の方は時間にルーズなので、集合時間を早めにお伝えしています。', 'decency/stereotype', 'warn'],
    ['移住者の方は地域の行事に無関心な方が多いので、自治会から声をかけてください。', 'decency/stereotype', 'warn'],
    ['派遣社員の方は責任感が弱いので、重要な書類は正職員が扱います。', 'decency/stereotype', 'warn'],
    ['シングルファーザーの家庭は、やっぱりお弁当が茶色くなりがちですね笑', 'decency/stereotype', 'warn'],
    ['さすがブラジル出身の選手、サッカーのセンスが違います！', 'decency/stereotype', 'warn'],
    ['知的障害の方にしては、ちゃんと受付ができていました。', 'decency/stereotype', 'warn'],
    ['韓国系の住民の方に限り、ごみ出しの際に名前の記入をお願いしております。', 'decency/discriminatory', 'block'],
    ['持病のある方はアルバイトにご応募いただけません。', 'decency/discriminatory', 'block'],
    ['夜のお仕事をされている保護者の方は、授業参観への出席をお控えください。', 'decency/discriminatory', 'block'],
    ['マナーの悪い外国人観光客が多いため、観光船の予約を日本人に限ります。', 'decency/discriminatory', 'block'],
    ['本日の窓口は、税務課きっての癒し系美女とイケメンです😊', 'decency/lookism', 'warn'],
    ['海水浴シーズン、無理して泳いで天国へ直行、なんてことのないように😇', 'decency/insensitive', 'warn'],
    ['ベトナム人の多い寮の周辺では、夜間のパトロールを強化します。', 'decency/discriminatory', 'block'],
    ['新しく来た地域おこし協力隊員は都会出身ですが、意外と礼儀正しい青年です。', 'decency/stereotype', 'warn'],
    ['子ども教室は、男の子向けにはロボット工作、女の子向けにはお料理のコースを用意しました。', 'decency/stereotype', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
    '外国人住民の方でも日本語で申請できます。',
    '移住者の方は地域の行事に参加しにくいと感じる方も多いので、自治会から声をかけてください。',
    '派遣社員の方の通勤手当について、人事課からお知らせします。',
    'ネパール出身の方向けに、ネパール語の防災ガイドを作りました。',
    '65歳以上の方に限り、入館料が無料になります。',
    'うちのお母さんは機械が苦手なので、窓口で教えてもらいました。',
    '「女性は感情的だから」という思い込みが、職場の働きにくさを生んでいます。',
    'ひとり親家庭の方は、児童扶養手当の対象になる場合があります。',
    '中学生はご参加いただけません。',
    '外国籍の方は在留カードを確認させていただきます。',
    '持病のある方は、医師と相談のうえご参加ください。',
    '日本語が分からない外国人住民が多いため、多言語の案内を用意しました。',
    '騒ぐ若者が多いので、公園は夜間閉鎖します。',
    '警察は外国人観光客を狙った詐欺に目を光らせています。',
    '女性限定のヨガ教室です。男性の方はご参加いただけません。',
    '美人画の名品を集めた企画展を開催します。',
    '天国のおじいちゃんも喜んでいると思います。',
    '外国人の多い地域では、多言語の案内板を増やしています。',
    '運動会の準備は、男性も女性も、テントの設営もお茶の用意も交代で担当します。',
    '白秋祭では、着物姿の女性たちが水上パレードに華を添えました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency (4(2)), round 26 kinds: a fault made the reason for a measure, the group reported, a nuisance put down to it, looks, gaze, harm laughed at, trades and 同和 districts', () => {
  const invalid: Case[] = [
    // a presumed fault given as the reason for a measure on the group: block
    ['ブラジル出身の方は時間を守らないことが多いため、説明会への参加はご遠慮いただいております。', 'decency/discriminatory', 'block'],
    ['精神障害のある方はすぐトラブルになるから、入居のときはお断りすることもあります。', 'decency/discriminatory', 'block'],
    ['80代の方は判断力が当てにならないので、ご家族が代わりに教えてあげてください。', 'decency/discriminatory', 'block'],
    // the group seen, then reported
    ['ネパール系の人たちを見かけたら、念のため警察に連絡してください。', 'decency/discriminatory', 'block'],
    ['マナーが悪いので、韓国人の団体は入店禁止にすべきです。', 'decency/discriminatory', 'block'],
    ['夜の公園でたむろしている外国人を目撃した場合は、写真を撮って市役所まで送ってください。', 'decency/discriminatory', 'block'],
    ['ホームレスの方がベンチにいるのを見つけたら、すぐ管理事務所へ通報をお願いします。', 'decency/discriminatory', 'block'],
    // a fault put before the group as what marks it
    ['毎日パチンコばかりしている生活保護受給者の皆さん、たまには就労セミナーにもどうぞ。', 'decency/discriminatory', 'block'],
    ['ルーズな外国人実習生に大事な仕事は任せられません。', 'decency/stereotype', 'warn'],
    ['暇を持て余している年配の方が多いので、平日の昼間の窓口はいつも混んでいます。', 'decency/discriminatory', 'block'],
    ['暇を持て余したおばちゃんたち、地域のお祭りで出番ですよ〜', 'decency/stereotype', 'warn'],
    // a nuisance put down to a group
    ['落書きは母子家庭の子が多い地区に集中しています。', 'decency/discriminatory', 'block'],
    ['騒音の苦情は、外国籍の住民が多い棟に多く寄せられます。', 'decency/discriminatory', 'warn'],
    ['不法投棄の大半は、独居のお年寄りのお宅です。', 'decency/discriminatory', 'block'],
    // looks judged a loss or a pig
    ['見た目の残念な人は就活でも損をするので、まずは身だしなみから。', 'decency/lookism', 'warn'],
    ['メタボ気味の皆さん、豚さんにならないよう🐷体操しましょう！', 'decency/lookism', 'warn'],
    ['肌の汚い子って第一印象で損してるよね。', 'decency/lookism', 'warn'],
    // women gazed at or offered
    ['浴衣姿の女性たちが目の保養でした。', 'decency/sexual', 'block'],
    ['公民館の受付のお姉さんたちの美脚に釘付けになりました。', 'decency/sexual', 'block'],
    ['議長、視察先で地元の女性たちにモテモテだったとか（笑）', 'decency/sexual', 'warn'],
    // a harm that happened told with a laugh; a suicide spot
    ['職員が階段から落ちて骨折しましたｗ 本人はピンピンしてます😂', 'decency/insensitive', 'warn'],
    ['台風で看板が飛ばされた店もあったらしく、ちょっとした空中ショーでした（笑）', 'decency/insensitive', 'warn'],
    ['給食に虫が混入…ではなく異物が混入、今日はおまけ付きでした笑', 'decency/insensitive', 'warn'],
    ['あの崖は自殺の名所なので、肝試しにはもってこいです。', 'decency/insensitive', 'warn'],
    // a trade belittled, ability capped
    ['清掃の仕事って誰にでもできるから、未経験でも安心！', 'decency/stereotype', 'warn'],
    ['保育のお仕事は誰でもできる簡単なお仕事です。', 'decency/stereotype', 'warn'],
    ['単純な作業しかできない方にもぴったりの求人です。', 'decency/stereotype', 'warn'],
    // a sexual orientation called a hobby
    ['同性婚の話題が増えましたが、そっちの趣味の人向けの制度は必要でしょうか。', 'decency/discriminatory', 'block'],
    ['パートナーシップ制度の申請者、その手の趣味の方が市内にもいるんですね。', 'decency/discriminatory', 'block'],
    ['LGBTの講演会、あっちの系の方ばかり集まるのかと思いました。', 'decency/discriminatory', 'block'],
    // a 同和 district pointed out, a district called that kind of place
    ['この物件が同和地区にあたる物件かどうか、担当者がこっそりお伝えします。', 'decency/discriminatory', 'block'],
    ['旧同和地区の近くの土地は値段が安いです。', 'decency/discriminatory', 'block'],
    ['あの集落はああいう土地柄だから、ごみ出しのルールが守られないんです。', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
    '外国籍の方は在留カードをご提示いただき、手続きは別日になる場合があります。',
    '高齢の方は熱中症になりやすいので、こまめに水分をとってください。',
    '持病のある方は体調を崩しやすいため、医師の判断でご参加をお控えください。',
    '認知症の方が行方不明になっています。見かけた方は警察までご連絡ください。',
    '外国人観光客が道に迷っているのを見かけたら、やさしく声をかけてください。',
    '高齢者を狙った不審な電話を見かけたら、警察に相談してください。',
    'ルールを守らない自転車が多いので、交通安全教室を開きます。',
    '高齢ドライバーの逆走を見かけたら110番通報してください。',
    '女性が暴力を受けているのを見かけたら、すぐに110番してください。',
    '定年退職されたシニアの皆さん、夏祭りボランティアに参加しませんか。',
    '外国人観光客の皆さまも、工事区域は立ち入り禁止です。',
    '65歳以上の方は重症化しやすいため、早めのワクチン接種をおすすめします。',
    '公園で不審な人物を見かけたら、110番通報をお願いします。',
    '家事ばかりしているお母さんたちに、ほっと一息つける時間を。',
    '仕事ばかりしているお父さん、たまには家族と川下りへ。',
    '時間を持て余している学生の皆さん、図書館ボランティアに参加しませんか。',
    '若い人がすぐ辞めてしまう職場の特徴について考えるセミナーです。',
    'ごみ出しのルールを守らない方がいるため、集積所に看板を設置しました。',
    '高齢者の特殊詐欺被害は、独居の方に多い傾向があります。',
    '不法投棄は重点的にパトロールしています。ご協力をお願いします。',
    '騒音の苦情が多い地区では、夜間の見回りを行っています。',
    '空き家やごみ屋敷の問題は、高齢化が進む地域に多い傾向があります。福祉課と連携して対応します。',
    '旧同和地区の生活環境改善事業は、平成14年に終了しました。',
    '夜間は黒っぽい服の方は見えにくいので、反射材をつけましょう。',
    'シングルマザーの方の再就職を支援するセミナーです。',
    'アメリカから来たALTの先生なので、英語の授業が楽しみです。',
    '歯並びの悪い人は虫歯になりやすいので、歯科健診を受けましょう。',
    '美人画の展覧会を開催します。',
    'お腹まわりが気になる方に、ぶたの角煮を使わないヘルシーレシピを紹介します。',
    '浴衣姿の女性たちが水上パレードで踊りを披露しました。',
    '女性の皆さんのご参加をお待ちしています。柳川の男性陣もお待ちしています。',
    '水着の女の子も男の子も、プールでは監視員の指示に従ってください。',
    '台風で看板が飛ばされないよう、固定をお願いします😅',
    '骨折しないように準備体操をしてから走りましょう😆',
    '今年は交通死亡事故ゼロを達成しました😆 ご協力ありがとうございます！',
    '骨折した足もすっかり治って、運動会に参加できました😆',
    '子どもは大声を出して遊ぶのが大好きです。',
    '高齢の方には向かない激しい運動もありますので、ご自身の体調に合わせてご参加ください。',
    '外国人の方も区別がつかないほどそっくりな双子の兄弟です。',
    '食中毒ゼロの夏を目指しましょう😆',
    '自殺の名所と呼ばれる場所をなくすため、見守り活動と相談窓口の周知を進めています。',
    '介護の仕事は誰にでもできる仕事ではありません。専門性の高い仕事です。',
    '障がいのある方も、簡単な作業から始められる職場体験です。',
    '清掃ボランティアは、どなたでもできる簡単な作業です。',
    'パートナーシップ宣誓制度の受付を始めました。釣りが趣味の方にはたまらない季節です。',
    '同性カップルの方も、そういう制度を使えるようになりました。',
    '同和問題に関する人権講演会を開催します。',
    '同和地区かどうかのお問い合わせにはお答えできません。',
    '柳川は昔から祭りが盛んな土地柄です。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency (4(2)), round 26 kinds (2): 利権, a mother kept from real work, women as decoration, goods of a country, poverty judged, a minority harmful to children or told to fit in, a disease tied to a group, the victim blamed, touching, skin, blood type, labels, pity, harassment urged, a disability blamed for a delay, a gift presumed from roots', () => {
  const invalid: Case[] = [
    ['あの辺りの人はどうせ同和利権で食べとるんやろ。', 'decency/discriminatory', 'block'],
    ['部落利権の話はみんな知っとるよね。', 'decency/discriminatory', 'block'],
    ['育休明けの職員には、責任ある業務は任せられませんので、補助的な仕事をお願いしています。', 'decency/discriminatory', 'block'],
    ['子育て中のママさんなので重要な仕事はお任せできませんが、頑張ってくれています。', 'decency/discriminatory', 'block'],
    ['女性職員が窓口に華を添えてくれています。', 'decency/stereotype', 'warn'],
    ['女性委員の皆さんが会議に花を添えてくださいました。', 'decency/stereotype', 'warn'],
    ['まるでおばさんたちの井戸端会議みたいな委員会でした。', 'decency/stereotype', 'warn'],
    ['外国人が書いたみたいな変な日本語の文書は直しましょう。', 'decency/stereotype', 'warn'],
    ['柳川産の野菜は中国産と比べて安心です。', 'decency/stereotype', 'warn'],
    ['ブランド品をお持ちの方は、フードバンクのご利用をご遠慮ください。', 'decency/discriminatory', 'block'],
    ['派手な服装の方は子ども食堂のご利用をお断りしています。', 'decency/discriminatory', 'block'],
    ['生活保護世帯が分かるよう、封筒に目印を付けて送っています。', 'decency/discriminatory', 'block'],
    ['受給者の皆さんは税金で暮らしているという自覚を持ってください。', 'decency/discriminatory', 'block'],
    ['フィリピン人のお客様の持ち物は、念のため入口でチェックします。', 'decency/discriminatory', 'block'],
    ['同性カップルを紹介する展示は、子どもへの影響を考慮して取りやめました。', 'decency/discriminatory', 'block'],
    ['外国人住民の方から礼拝スペースのご要望がありましたが、特別扱いはできません。', 'decency/discriminatory', 'block'],
    ['ハラールの給食はありません。日本の文化に合わせていただくようお願いします。', 'decency/discriminatory', 'block'],
    ['ゲイの方は特に検査を受けてください。エイズは怖い病気です。', 'decency/discriminatory', 'block'],
    ['HIV陽性の人の血が混じったら大変です。', 'decency/discriminatory', 'block'],
    ['夜遅くにお酒を飲んで歩いていたら、襲われても自業自得です。', 'decency/discriminatory', 'block'],
    ['暴力を受ける奥さんにも原因があるんじゃないでしょうか。', 'decency/discriminatory', 'block'],
    ['お祭りで女の子におさわりはダメですよ笑', 'decency/sexual', 'block'],
    ['あの子、肌が黒すぎてハーフかと思った。', 'decency/discriminatory', 'block'],
    ['A型の人って几帳面だから、書類係にぴったり！', 'decency/stereotype', 'warn'],
    ['あの子、発達っぽい子だから気をつけて。', 'decency/discriminatory', 'block'],
    ['メンタル弱すぎる職員が多くて困ります。', 'decency/stereotype', 'warn'],
    ['障がい者の作業所の品です。かわいそうだから買ってあげてください。', 'decency/stereotype', 'warn'],
    ['施設の子どもたちへの寄付、かわいそうな子たちにも笑顔を。', 'decency/stereotype', 'warn'],
    ['くしゃみしてる人がいたら白い目で見てやりましょう笑', 'decency/insensitive', 'warn'],
    ['車いすの利用者の乗降に時間がかかったため、バスが遅れました。', 'decency/discriminatory', 'warn'],
    ['ハーフの子って運動が得意だから、リレーの選手にぴったりだね。', 'decency/stereotype', 'warn'],
    ['黒人の人はリズム感がいいので、ダンス教室の講師にお願いしたいです。', 'decency/stereotype', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
    '同和問題の解決に向けた研修会を開催します。',
    '育休から復帰した職員も、時短勤務で重要な業務を担っています。',
    '女性職員が中心となって防災マップを作りました。',
    '地域の井戸端会議から生まれたアイデアです。',
    '外国人住民向けにやさしい日本語の文書を作りました。',
    '国産の食材を使った給食です。',
    'フードバンクは、どなたでもご利用いただけます。',
    '生活保護の申請書は窓口でお渡しします。',
    '外国籍の方は在留カードを確認させていただきます。',
    'LGBTについての講演会を開催します。子どもたちにも理解を深めてほしいと思います。',
    '議員だからといって特別扱いはいたしません。',
    '日本の文化を紹介する英語のパンフレットです。',
    'HIV検査は保健所で無料・匿名で受けられます。',
    '献血の血液はすべて検査されています。',
    '性被害に遭ったのはあなたのせいではありません。服装は関係ありません。',
    'DVを受けている方は、ひとりで悩まず相談してください。',
    '動物ふれあいコーナーでは、うさぎにさわれます。',
    '日焼けで肌が黒くなった子どもたちが元気に遊んでいます。',
    '献血ではA型の方が不足しています。',
    '発達障害のある子どもの支援について相談を受け付けています。',
    'メンタルの不調を感じたら、早めに相談してください。',
    '障がいのある方が作ったクッキーです。ぜひお買い求めください。',
    'ペットを捨てるなんて、かわいそうなことはやめましょう。',
    '咳エチケットを守りましょう。',
    '車いすの方の乗降にご協力をお願いします。',
    'ハーフの子も日本の子も、みんなで運動会を楽しみました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency (4(2)), round 26 kinds (3): reassurance by origin, a neighbour run down, skin colour made a hazard, remarriage urged, an unmarried age made a hurry, JK, harm laughed at across …, a disability blamed for a delay', () => {
  const invalid: Case[] = [
    ['今回の留学生はアメリカ出身なので安心してお任せください。', 'decency/stereotype', 'warn'],
    ['ヨーロッパからのお客様ですので、安心してご案内できます。', 'decency/stereotype', 'warn'],
    ['白人の先生だから安心です。', 'decency/stereotype', 'warn'],
    ['隣の町みたいに柄の悪い人ばかりではありません。', 'decency/stereotype', 'warn'],
    ['お隣の県と違って、ケチな人はいません。', 'decency/stereotype', 'warn'],
    ['あの市のように治安の悪いまちではありません。', 'decency/stereotype', 'warn'],
    ['黒人の方って夜だと見えにくいから反射材を！', 'decency/discriminatory', 'block'],
    ['黒人の人は暗いところでは見えないので気をつけて笑', 'decency/discriminatory', 'block'],
    ['シングルマザーのみなさん、そろそろ再婚も考えましょう。再婚相手探しも大事です。', 'decency/stereotype', 'warn'],
    ['バツイチの方も、再婚すれば生活が楽になりますよ。', 'decency/stereotype', 'warn'],
    ['ひとり親の皆さん、再婚した方が子どものためです。', 'decency/stereotype', 'warn'],
    ['アラサー独身女性の皆さん、売れ残る前に婚活を！', 'decency/stereotype', 'warn'],
    ['アラフォーの独身男性、焦りは禁物です。', 'decency/stereotype', 'warn'],
    ['JK集まれ！夏のメイク講座です。', 'decency/sexual', 'warn'],
    ['JK限定のかわいいカフェ講座です。', 'decency/sexual', 'warn'],
    ['JKさん向けの浴衣着付け教室です。', 'decency/sexual', 'warn'],
    ['川の氾濫で家が流されたお宅も…ちょっとしたノアの方舟でした（笑）', 'decency/insensitive', 'block'],
    ['工場で作業員が機械に挟まれて骨折しました…労災記録更新です😂', 'decency/insensitive', 'warn'],
    ['車いすの議員さんの移動に時間を要したため、開会が遅れました。', 'decency/discriminatory', 'warn'],
    ['LGBTの講演は、子どもへの悪影響を懸念して中止しました。', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
    'アメリカ出身の講師が、英語で柳川の歴史を紹介します。',
    'ヨーロッパからのお客様にも、柳川の川下りは大人気です。',
    'お隣の町と比べて、柳川は水路が多いのが特徴です。',
    '黒人霊歌のコンサートを開催します。',
    'ひとり親家庭の方が再婚された場合は、児童扶養手当の届出が必要です。',
    '独身の方も既婚の方も参加できる料理教室です。',
    'JKビジネスの被害に注意しましょう。',
    '川の氾濫で家屋が流される被害が出ました。一日も早い復旧をお祈りします。',
    '骨折しないよう、雪道では気をつけてください😅',
    '車いすの方の乗降に時間がかかる場合がありますので、ご理解ください。',
    'LGBTについて子どもたちが学ぶ授業を行いました。',
    '高齢者の皆さん、うまいもうけ話は話半分で聞きましょう。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency (4(2)), round 26 kinds (4): a group made the cause of a wait, an occupation or nationality singled out for scrutiny, a welcome taken back by ただし…だけ', () => {
  const invalid: Case[] = [
    ['外国人の方の手続きは時間がかかるため、日本人の方は午後の来庁がおすすめです。', 'decency/discriminatory', 'block'],
    ['障がいのある方の受付は時間を要するので、一般の方は別の窓口へどうぞ。', 'decency/discriminatory', 'block'],
    ['ご高齢の方は手続きに時間がかかるため、若い一般の方には電子申請をおすすめします。', 'decency/stereotype', 'warn'],
    ['水商売の保護者の方には、家庭訪問をさせていただく場合があります。', 'decency/discriminatory', 'block'],
    ['夜のお仕事をされている方のご家庭は、重点的に確認いたします。', 'decency/discriminatory', 'block'],
    ['風俗で働いている方は、申請の際に詳しくお聞きします。', 'decency/discriminatory', 'block'],
    ['外国籍の方の申請が増えています。本当に必要な方なのか、しっかり審査します。', 'decency/discriminatory', 'block'],
    ['特定の国の出身者の相談が急増中です。本当に困っている人か確認させていただきます。', 'decency/discriminatory', 'block'],
    ['外国出身の受給者については、本当に必要な世帯か見極めが必要です。', 'decency/discriminatory', 'block'],
    ['トランスジェンダーの方も参加できます。ただし、着替えは多目的室だけをご利用ください。', 'decency/discriminatory', 'block'],
    ['LGBTの方も歓迎します！ただし、トイレは多目的トイレのみご利用ください。', 'decency/discriminatory', 'block'],
    ['同性カップルの方も宿泊できます。ただし、大浴場ではなく客室のお風呂だけご利用ください。', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })

  it.each([
    '外国人の方の手続きは時間がかかる場合がありますので、時間に余裕をもってお越しください。',
    '障がいのある方の受付は、専用窓口でも行っています。',
    '夜のお仕事をされている方も利用しやすいよう、夜間の保育を行っています。',
    '本当に困っている方に支援が届くよう、相談窓口を設けています。',
    '本当に必要な方に食料が届くよう、フードバンクに登録をお願いします。',
    'ただし、駐車場は台数に限りがあるため、公共交通機関のみご利用ください。',
    'LGBTの方も歓迎します！更衣室は個室もご利用いただけます。',
    'LGBTの方も使いやすい多目的トイレを設置しました。ただし、工事中のため1階のトイレのみご利用ください。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency (4(2)): asked to stay in for the weather\'s sake is health advice, an exclusion with a pretext is not', () => {
  it.each(['高齢の方は暑さに弱いため、屋外での参加はお控えください。', '高齢の方は熱中症になりやすいため、日中の屋外作業はお控えください。', 'お年寄りは寒さに弱いので、早朝の外出はお控えください。'])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  it.each([
    ['市民プールをご利用の皆さまへ。感染症予防のため、ＨＩＶ陽性の方はご利用をお控えください。', 'decency/discriminatory', 'block'],
    ['持病のある方はアルバイトにご応募いただけません。', 'decency/discriminatory', 'block'],
  ] as Case[])('flags %s', (text, rule, severity) => {
    expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })
})

describe('decency (4(2)), round 27 kinds: each read as a construction (slurs the lists lack, levity about a death, pity, total incapacity, parents blamed, surprise that a group can, roles split by sex, gaze, staff offered, cross-dress mocked, districts blamed or hinted at, diseases blamed, cheap labour, 訳あり, bodies judged, disaster produce, existence denied, work belittled, abilities capped, single parents presumed lacking, agreement with a charge, grudging acceptance, care laid on mothers, looks required, a national group lectured)', () => {
  describe('slurs', () => {
    it.each([
      ['公園の東屋に浮浪者が居着いてしまい、困っています。', 'decency/discriminatory', 'block'],
      ['あの人、統失なんじゃないかと思うくらい話が噛み合わない。', 'decency/discriminatory', 'block'],
      ['最近はシナ人の観光客がバスで大挙して来ます。', 'decency/discriminatory', 'block'],
      ['窓口で同じ話を繰り返すろうがいには参ります。', 'decency/discriminatory', 'block'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '路上生活をされている方への夜回り相談を行っています。',
      'シナモンロールの販売は毎週土曜日です。',
      'シナリオライター講座の受講生を募集します。',
      'ハンセン病はかつて「らい病」と呼ばれ、患者は隔離されました。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('levity about death', () => {
    it.each([
      ['斎場の予約がスマホで完了！ご臨終から火葬の手配までサクサクです👍', 'decency/insensitive', 'warn'],
      ['仕事がきつくて死にたくなる日もあるけど、今日もがんばります笑', 'decency/insensitive', 'warn'],
      ['この講習を受けておけば、ご臨終の一歩手前でも大丈夫😂', 'decency/insensitive', 'warn'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      'ご臨終の際のお手続きは、市民課でご案内しております。',
      '死にたいほどつらい気持ちを抱えている方は、こころの相談ダイヤルへお電話ください。',
      'ご家族がご臨終を迎えられたら、まず死亡届の提出が必要です。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('pity / normal', () => {
    it.each([
      ['耳の不自由なかわいそうな方々も、字幕付きで映画が楽しめます。', 'decency/stereotype', 'warn'],
      ['施設で暮らすかわいそうな子どもたちへ、クリスマスプレゼントを届けましょう。', 'decency/stereotype', 'warn'],
      ['車いすの方も、普通の人と同じように買い物を楽しめるお店になりました。', 'decency/discriminatory', 'warn'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '子猫がかわいそうな目に遭わないよう、避妊手術の助成を行っています。',
      '障がいのある方が地域で普通の暮らしを送れるよう、グループホームを整備します。',
      '雨の中で待たされるのはかわいそうなので、テントを設置しました。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('total incapacity', () => {
    it.each([
      ['認知症になったら、もう何もわからなくなるので、早めに遺言を書いておきましょう。', 'decency/stereotype', 'warn'],
      ['知的障害のある方は、何も判断できないので、ご家族がすべて決めてください。', 'decency/stereotype', 'warn'],
      ['障がいがあると、全くできないことばかりなので、周りが代わりにやってあげましょう。', 'decency/stereotype', 'warn'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '認知症になっても、何もわからなくなるわけではありません。',
      '認知症の方の気持ちを学ぶ講座を開きます。',
      '認知症になると、道に迷うことが増えるため、見守りネットワークにご登録ください。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('parents blamed', () => {
    it.each([
      ['自閉症の子が増えているのは、親の愛情不足が原因だと言われています。', 'decency/stereotype', 'warn'],
      ['ADHDのお子さんは、家庭のしつけが足りないことが多いです。', 'decency/stereotype', 'warn'],
      ['発達障害は、育て方が悪いせいでなるものです。', 'decency/stereotype', 'warn'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '発達障害は、親のしつけや育て方が原因ではありません。',
      '発達障害のあるお子さんの子育て相談を行っています。',
      '自閉症についての講演会で、家庭でできる関わり方を学びました。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('surprised can', () => {
    it.each([
      ['女子でも力仕事をこなせるなんて、びっくりしました。', 'decency/stereotype', 'warn'],
      ['高齢の方でもスマホを使いこなせるなんて意外です。', 'decency/stereotype', 'warn'],
      ['男の子なのに編み物が得意だなんて驚きですね。', 'decency/stereotype', 'warn'],
      ['外国の方なのにお箸の使い方が上手とは驚きです。', 'decency/stereotype', 'warn'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '女子チームが優勝しました！おめでとうございます。',
      '高齢の方でもスマホを使いこなせるよう、教室を開いています。',
      '男の子も女の子も参加できる編み物教室です。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('femininity emotional', () => {
    it.each([
      ['女性らしくすぐに泣いてしまうところもありますが、仕事は丁寧です。', 'decency/stereotype', 'warn'],
      ['男らしく乱暴に片付けてしまいました。', 'decency/stereotype', 'warn'],
      ['女性らしく感情的な意見でしたね。', 'decency/stereotype', 'warn'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '女性らしく華やかな着物姿で式典に参加しました。',
      '自分らしく働ける職場づくりを進めています。',
      '女性らしく優雅な日本舞踊の発表会でした。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('split roles', () => {
    it.each([
      ['キャンプでは、男子はテント設営、女子は料理と後片付けのお手伝いをお願いします。', 'decency/stereotype', 'warn'],
      ['職場体験では、男の子は消防車に乗る体験、女の子は看護体験を用意しました。', 'decency/stereotype', 'warn'],
      ['ひなまつり会では、女の子はお人形遊び、男の子は外で凧揚げです。', 'decency/stereotype', 'warn'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '職場体験では、男の子も女の子も、消防車の乗車体験と看護体験のどちらも選べます。',
      '男子は100メートル走、女子は800メートル走で優勝しました。',
      '男性は2階、女性は3階の更衣室をご利用ください。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('male nurses', () => {
    it.each([
      ['男性保育士さんも人気ですが、やっぱりお母さんみたいな女性の先生にはかないませんね。', 'decency/stereotype', 'warn'],
      ['男性介護士も増えましたが、やはりきめ細かさでは女性に勝てません。', 'decency/stereotype', 'warn'],
      ['男性看護師さんの頑張りも、やはり白衣の天使には及ばないですね。', 'decency/stereotype', 'warn'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '男性保育士が活躍しています。',
      '男性看護師の採用を増やしています。',
      '男性看護師も女性看護師も、やはり患者さんの声を大切にしています。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('gaze', () => {
    it.each([
      ['ナースさんたちの太ももに見とれて、注射の痛みも忘れました。', 'decency/sexual', 'block'],
      ['浴衣のお姉さんたちのうなじがたまらない夏祭りでした。', 'decency/sexual', 'block'],
      ['水着の女の子が多くて、監視員の仕事にならないっす。', 'decency/sexual', 'block'],
      ['ママさんたちの胸元が気になる授乳室…なんてね😏', 'decency/sexual', 'block'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '乳がん検診では、胸のしこりがないか確認します。',
      '水着の女の子が多いプールでは、盗撮にご注意ください。',
      'ママさんたちのおしゃべりが弾む子育てサロンです。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('staff offered', () => {
    it.each([
      ['窓口の女の子、まだ独身ですよ！お見合い相手を探してるみたいです。', 'decency/sexual', 'block'],
      ['受付の子ですか？彼氏いないですよ😉', 'decency/sexual', 'block'],
      ['うちの職員、フリーですよ！狙い目です♡', 'decency/sexual', 'block'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '受付の職員が丁寧にご案内しますよ。',
      '独身の方向けの婚活イベントを開きます。',
      '受付の子ども向けコーナーは、土日も開いていますよ。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('cross-dress mocked', () => {
    it.each([
      ['成人式にドレスで来た男子がいて、みんなざわついてました🤣', 'decency/discriminatory', 'block'],
      ['スカート姿の男性？が受付に来て、びっくりしました。', 'decency/discriminatory', 'block'],
      ['女装した男の子？が仮装大会で優勝しました（笑）', 'decency/discriminatory', 'block'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '振袖の女性と袴の男性で、会場が華やかでした。',
      '男性向けのメイク講座を開きます。',
      'ドレスアップした男子高校生たちの姿が印象的でした。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('trouble pinned on a district', () => {
    it.each([
      ['ごみを散らかすのは、いつも決まってあの団地の子たちです。', 'decency/discriminatory', 'block'],
      ['夏祭りで暴れるのは毎年あの地区の若い衆なんですよね。', 'decency/discriminatory', 'block'],
      ['問題を起こすのは、だいたい特定の学校の生徒さんです。', 'decency/discriminatory', 'block'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '騒ぐのはいつも同じ学校の生徒です、という苦情を受けましたが、特定の学校を決めつけることはしません。',
      '夜に騒ぐのはやめましょう。',
      '毎年、地区の子ども会が夏祭りを盛り上げてくれます。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('土地柄 / お国柄', () => {
    it.each([
      ['あの辺は土地柄、空き巣が多いので気をつけたほうがいいですよ。', 'decency/discriminatory', 'block'],
      ['○○団地の周りは地域柄、治安が心配されるため、防犯カメラを増やします。', 'decency/discriminatory', 'block'],
      ['のんびりしたお国柄なので、時間にルーズなのは仕方ないですね。', 'decency/stereotype', 'warn'],
      ['時間にルーズな国民性ですから、集合は早めに伝えてください。', 'decency/stereotype', 'warn'],
      ['いい加減な県民性なので、書類は何度も確認しましょう。', 'decency/stereotype', 'warn'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '土地柄、水害が起きやすい地域ですので、ハザードマップをご確認ください。',
      'おおらかな県民性で知られる地域です。',
      '温暖な土地柄を生かした果樹栽培が盛んです。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('district hinted', () => {
    it.each([
      ['あの集落は昔から複雑な事情がある地域なので、住宅探しの際はよく調べてください。', 'decency/discriminatory', 'block'],
      ['△△町の物件は、地域の事情もあって買い手がつかないのが現状です。', 'decency/discriminatory', 'block'],
      ['その地区は歴史的な事情がある土地柄ですので、察してください。', 'decency/discriminatory', 'block'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '地域の事情に合わせて、ごみの収集日を決めています。',
      '家庭の事情がある方は、個別にご相談ください。',
      '地域の歴史を学ぶ講座を開きます。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('disease blamed on a group', () => {
    it.each([
      ['梅毒はゲイの人たちから広がっているので気をつけましょう。', 'decency/discriminatory', 'block'],
      ['疥癬はホームレスの方がうつすことが多いので、近づかないでください。', 'decency/discriminatory', 'block'],
      ['はしかは留学生が持ち込むので、留学生の多い地区では注意が必要です。', 'decency/discriminatory', 'block'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '麻しんは海外から持ち込まれることがあります。予防接種を受けましょう。',
      '「外国人から感染が広がる」という根拠のない噂が広がっています。',
      '結核は誰でもかかる可能性のある病気です。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('cheap labour', () => {
    it.each([
      ['外国人の方は安い時給でも文句を言わずに働いてくれるので助かります。', 'decency/discriminatory', 'block'],
      ['シルバー人材の皆さんは安い賃金でもまじめに働いてくれます。', 'decency/discriminatory', 'block'],
      ['障がい者の方は安い給料でも働いてくれるので、ぜひ雇用をご検討ください。', 'decency/discriminatory', 'block'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '実習生を低賃金で働かせる問題が報道されています。',
      '外国人労働者の方の相談窓口を開設しました。',
      '技能実習生の受け入れ企業向け説明会を開きます。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('訳あり', () => {
    it.each([
      ['離婚経験のある方、いわゆる訳ありの皆さんも大歓迎です。', 'decency/stereotype', 'warn'],
      ['バツイチの方ばかりの訳あり婚活パーティーです。', 'decency/stereotype', 'warn'],
      ['再婚を考えている方、わけありでも大丈夫な婚活イベントです。', 'decency/stereotype', 'warn'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '訳あり野菜の直売会を開きます。',
      '離婚後の手続きは市民課へ。',
      '独身の方限定の婚活イベントです。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('body by sight', () => {
    it.each([
      ['太っている人は見ればわかるので、健診の案内は送らなくていいでしょう。', 'decency/lookism', 'warn'],
      ['メタボかどうかなんて、一目でわかりますよね（笑）', 'decency/lookism', 'warn'],
      ['課長のおでこ、ライトが反射してまぶしいです。', 'decency/lookism', 'warn'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '薄毛の悩みは一目でわかるものではありません。',
      'メタボ健診のご案内です。',
      '星が輝く夜空の観察会です。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('disaster produce', () => {
    it.each([
      ['被災地産のお米も販売しますが、心配な方は買わなくても大丈夫です。', 'decency/stereotype', 'warn'],
      ['福島県産の桃もあります。気になる方は避けてください。', 'decency/stereotype', 'warn'],
      ['東北産の魚介類も並びます。無理に買わなくていいですよ。', 'decency/stereotype', 'warn'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '福島県産の桃は検査済みで安全性が確認されています。',
      '福島県産の桃の販売会を開きます。',
      '福島県産の食材を使った給食を出しました。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('existence denied', () => {
    it.each([
      ['同性パートナーシップ制度のお問い合わせですが、市内にそのような方はまずいらっしゃいません。', 'decency/discriminatory', 'warn'],
      ['LGBTの方向けの相談窓口ですが、そういう人は当市にはいないので設置しません。', 'decency/discriminatory', 'warn'],
      ['トランスジェンダーの生徒への配慮についてですが、本校にはそういった方はおりません。', 'decency/discriminatory', 'block'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '該当する方がいない場合は、空欄のままご提出ください。',
      'そういった方がいらっしゃる場合は、窓口までお知らせください。',
      'パートナーシップ宣誓制度をご利用の方は、市民課へお越しください。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('work belittled', () => {
    it.each([
      ['頭を使わなくていい仕事なので、勉強が苦手な人でも務まります。', 'decency/stereotype', 'warn'],
      ['学がなくても体力さえあれば務まる仕事です。', 'decency/stereotype', 'warn'],
      ['勉強ができなかった人でもこなせる単純な作業です。', 'decency/stereotype', 'warn'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '未経験の方でも務まるよう、研修を用意しています。',
      '体力に自信のある方を募集します。',
      '学歴不問の求人です。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('disability capped', () => {
    it.each([
      ['障がいのある職員には、簡単な作業に限って任せています。', 'decency/stereotype', 'warn'],
      ['知的障害の方は、単純な清掃の仕事に限定しています。', 'decency/stereotype', 'warn'],
      ['精神障害の方の業務は、簡単な事務作業に限らせていただきます。', 'decency/stereotype', 'warn'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '障がいのある方のご希望に合わせ、簡単な作業から始めることができます。',
      '障がいのある方の職場実習を受け入れています。',
      '精神障害のある方の就労支援について相談できます。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('single parent lacking', () => {
    it.each([
      ['母子家庭だと、どうしても子どもが寂しい思いをしますよね。', 'decency/stereotype', 'warn'],
      ['父子家庭で毎晩コンビニ弁当というお父さんも、これで安心！', 'decency/stereotype', 'warn'],
      ['ひとり親のご家庭だと、やっぱりしつけが行き届かないこともあります。', 'decency/discriminatory', 'block'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      'ひとり親家庭だと、どうしても仕事と子育ての両立が大変です。相談窓口をご利用ください。',
      '母子家庭の方への医療費助成があります。',
      '父子家庭のお父さんも参加できる料理教室です。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('generic: measures, soft refusal, tenant group, newcomers, many where', () => {
    it.each([
      ['外国籍の方は家賃の滞納が心配されるため、連帯保証人を2名お願いしております。', 'decency/discriminatory', 'block'],
      ['生活保護の方への賃貸はトラブルになりやすいので、入居をお断りしても構いません。', 'decency/discriminatory', 'block'],
      ['シニアの方はちょっと…（笑）若い方のご応募をお待ちしています。', 'decency/discriminatory', 'block'],
      ['県外から来た方は地域の行事を知らない方が多いので、まずは回覧板をよく読んでください。', 'decency/stereotype', 'warn'],
      ['外国人の多いアパートの近くで自転車が盗まれたそうです。', 'decency/discriminatory', 'block'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '外国籍の方にも連帯保証人が不要な市営住宅です。',
      '県外から来た方向けの移住相談会を開きます。',
      'ご高齢の方は、ちょっと休憩してから参加してください。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('agreement with a complaint about a group', () => {
    it.each([
      ['ご指摘のとおり、外国人の方はごみ出しのルールを守らないことが多く、困っております。', 'decency/discriminatory', 'block'],
      ['おっしゃる通り、あの団地はひとり親世帯が多く、治安が心配ですね。見回りを増やします。', 'decency/discriminatory', 'block'],
      ['認知症の方が近所にいると不安だというお気持ちはもっともです。', 'decency/discriminatory', 'block'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      'おっしゃるとおり、高齢の方の移動手段の確保は大きな課題です。',
      'ご指摘のとおり、外国人住民の方への案内が不足しておりました。多言語の案内を作成します。',
      'ご心配はもっともです。障がいのある方も安心して避難できるよう、福祉避難所を用意しています。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('grudging acceptance', () => {
    it.each([
      ['介護職員を募集中です。体力のある若い方歓迎（年配の方の応募も一応受け付けます）。', 'decency/discriminatory', 'block'],
      ['料理教室の参加者募集！男性からのお申し込みも一応お受けします。', 'decency/discriminatory', 'block'],
      ['シニアの方の入会も一応可能です。', 'decency/discriminatory', 'block'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '年配の方のご応募もお待ちしています。',
      '男性の参加も大歓迎です。',
      '応募は一応締め切りましたが、若干名の追加募集を検討しています。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('uncomplaining labour', () => {
    it.each([
      ['フィリピンの方って、みんな文句ひとつ言わないから雇いやすいですよね。', 'decency/stereotype', 'warn'],
      ['実習生たちは従順なので、現場の評判もいいです。', 'decency/discriminatory', 'block'],
      ['留学生は文句も言わずに深夜のシフトに入ってくれます。', 'decency/discriminatory', 'block'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '実習生の皆さんの相談窓口を設けています。',
      '留学生の皆さんが地域の清掃活動に参加してくれました。',
      'ベトナムの方の文化を紹介する講座です。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('care laid on mothers', () => {
    it.each([
      ['お母さんは仕事を休んででも、参観日には来てください。', 'decency/stereotype', 'warn'],
      ['ママが仕事を調整して、平日のお迎えをお願いします。', 'decency/stereotype', 'warn'],
      ['予防接種の日は、お母さんがお仕事をしていても半休を取って付き添ってください。', 'decency/stereotype', 'warn'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      'お母さんやお父さんが仕事を休まなくても受けられる休日健診です。',
      '保護者の方が仕事を休んで付き添う必要はありません。',
      'お母さんの仕事復帰を応援するセミナーです。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('old told to make way', () => {
    it.each([
      ['高齢のドライバーは、そろそろ若い人にハンドルを譲ってください。', 'decency/stereotype', 'warn'],
      ['年配の役員さんには、いい加減に引退していただきたいところです。', 'decency/stereotype', 'warn'],
      ['シニアの皆さん、さっさと後進に道を譲りましょう！', 'decency/stereotype', 'warn'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '高齢の方の運転免許の自主返納について相談を受け付けています。',
      '長年務めた会長が今年で引退されます。',
      'そろそろ年末の大掃除の季節です。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('looks as a requirement', () => {
    it.each([
      ['受付スタッフ募集。容姿に自信のある方歓迎！', 'decency/lookism', 'block'],
      ['ルックスが良い方は優先して採用します。', 'decency/lookism', 'block'],
      ['イベントコンパニオンは若さのある方にお願いしています。', 'decency/lookism', 'warn'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '容姿や年齢は問いません。やる気のある方を募集します。',
      '若さあふれるステージでした。',
      '体力に自信のある方を募集します。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('addressed to a national group', () => {
    it.each([
      ['外国人住民の皆さんへ。ごみを分けないと、近所の人に嫌われます。', 'decency/discriminatory', 'block'],
      ['留学生の皆さまへ。お店の物を勝手に持っていくのは日本では窃盗で、逮捕されます。', 'decency/discriminatory', 'block'],
      ['技能実習生の皆さんへ。自転車を勝手に使うのは泥棒と同じです。', 'decency/discriminatory', 'block'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '外国人観光客の皆さまへ。スリや置き引きなどの窃盗被害にご注意ください。',
      '外国人観光客の皆さまへ。泥棒に注意して、荷物から目を離さないでください。',
      '留学生の皆さんへ。アルバイトの相談は国際交流センターで受け付けています。',
      '外国人住民の皆さんへ。ごみの出し方を多言語で案内しています。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('infection test joked', () => {
    it.each([
      ['梅毒の検査、遊び人のあなたもぜひどうぞ😏', 'decency/discriminatory', 'block'],
      ['性感染症の無料検査です。最近ちょっと遊んでた方は要チェック！', 'decency/discriminatory', 'block'],
      ['エイズ検査のお知らせ。遊びすぎに心当たりがある方はお早めに。', 'decency/discriminatory', 'block'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      'HIV検査は無料・匿名で受けられます。',
      '性感染症が心配な方は、保健所で検査を受けられます。',
      '梅毒の患者数が増えています。早めの検査をお勧めします。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('words discounted', () => {
    it.each([
      ['高齢の方の言うことは話半分で聞いておけばいいです。', 'decency/stereotype', 'warn'],
      ['障がいのある方の訴えは、まともに取り合わないようにしています。', 'decency/stereotype', 'warn'],
      ['外国の方の意見は聞き流してください。', 'decency/stereotype', 'warn'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '認知症の方の話を聞き流さないでください。',
      '高齢の方の話をじっくり聞く傾聴ボランティアです。',
      '外国の方の意見を聞く懇談会を開きます。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('age cap with a decline presumed', () => {
    it.each([
      ['タブレット講座は、高齢の方には難しいため、50歳未満の方を対象とします。', 'decency/discriminatory', 'block'],
      ['50代以上の方は物覚えが悪くなるため、ご応募はご遠慮ください。', 'decency/discriminatory', 'block'],
      ['年配の方は、体力的にも無理があるので、お断りしています。', 'decency/discriminatory', 'block'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '安全のため、70歳以上の方は医師の診断書をご提出ください。',
      '小学生以下の方は保護者同伴でお願いします。',
      '高齢の方にはやさしいスマホ教室もご用意しています。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('the poor told not to keep', () => {
    it.each([
      ['お金のない人が犬を飼わないでください。', 'decency/discriminatory', 'block'],
      ['収入の少ない家庭は、そもそも子どもを産まないでほしいものです。', 'decency/discriminatory', 'block'],
      ['生活保護を受けている方は、ペットを飼うべきではないと思います。', 'decency/discriminatory', 'block'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '経済的に余裕のない方は、ペットの医療費助成をご相談ください。',
      '経済的に余裕のない方は、保険料の減免を受けられる場合があります。',
      'ペットを飼う前に、最後まで飼えるかよく考えましょう。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('harm laughed at (space squeezed after the laugh)', () => {
    it.each([
      ['台風で看板が飛ばされた店もあったそうで、まるで凧揚げ笑 ご注意を', 'decency/insensitive', 'warn'],
      ['食中毒で運ばれた方もいたけど、お腹は丈夫な方が勝ちですね笑 皆さんもご注意を', 'decency/insensitive', 'warn'],
      ['川で溺れて搬送された子がいたそうです笑 夏は危ない', 'decency/insensitive', 'warn'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '浸水した地区の片付けが終わり、住民の皆さんにも笑顔が戻りました。',
      '台風で飛ばされたテントは、笑顔のボランティアが片付けてくれました。',
      '骨折して搬送された選手が、笑顔で表彰式に戻ってきました。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('looks rated with a flirt', () => {
    it.each([
      ['窓口の新人さん、美人で優しいと評判です♡ ぜひ会いに来てください', 'decency/lookism', 'block'],
      ['保健師さんたち、みんな美人でドキドキしちゃいます', 'decency/lookism', 'block'],
      ['受付のイケメン職員に会いに来ませんか？😍', 'decency/lookism', 'block'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '美人画の展示会を開きます♡',
      '職員の笑顔が素敵と評判です♡',
      '窓口の職員が丁寧に対応します。お気軽にどうぞ♡',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('agreement quoted as an example', () => {
    it.each([
      ['ごもっともです。生活保護の方はトラブルが多いので、注意します。', 'decency/discriminatory', 'block'],
      ['ご指摘のとおり、外国籍の方は夜中まで騒がしいことが多いため、見回りを強化します。', 'decency/discriminatory', 'block'],
      ['おっしゃるとおり、ひとり親の家庭はしつけが甘いので、学校から指導します。', 'decency/discriminatory', 'block'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '「おっしゃるとおり、外国人の方はマナーが悪いですね」という返信はやめましょう。',
      '研修では『ご指摘のとおり、あの団地の方は治安が心配です』のような回答例を見直しました。',
      '「おっしゃる通り、ひとり親の家庭はしつけが甘い」といった返信例は、研修で使わないことにしました。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
  describe('a group\'s own choice denied', () => {
    it.each([
      ['認知症の方は、ご自分で契約するのは無理なので、必ずご家族が手続きしてください。', 'decency/discriminatory', 'block'],
      ['障がいのある方は自分で投票するのが難しいので、ご家族が代わりに書いてください。', 'decency/discriminatory', 'block'],
      ['ご高齢の方はご自分で判断するのが難しいため、契約はご家族にお願いしています。', 'decency/discriminatory', 'block'],
    ] as Case[])('flags %s', (text, rule, severity) => {
      expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
    })
    it.each([
      '障がいのある方で、ご自分で記入するのが難しい場合は、係員が代筆します。',
      'ご自分で記入するのが難しい方は、代理記入の制度をご利用ください。',
      '認知症の方も、ご本人の意思を尊重して手続きを進めます。',
    ])('passes %s', (text) => {
      expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
    })
  })
})

describe('decency (4(2)): 女・男 inside a word (彼女らしく, 長男だから) is no stereotype; a stereotype said to be wrong to say is a mention', () => {
  it.each(['彼女らしく、いつも笑顔で窓口に立っています。', '長男だから家を継ぐのが当たり前、という時代ではありません。', '少女なのに大人びた歌声でした。', '長女はおしゃべりで、いつも家族を笑わせてくれます。', '次男はやっぱり力持ちで、引っ越しを手伝ってくれました。', '彼女たちはみんな笑顔で踊っていました。'])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  it('a stereotype condemned is a mention', () => {
    expect(summary(findingsOf(decency, '女らしくしなさいと言うのはやめましょう。'))).toEqual(['decency/stereotype:info:女らしく'])
  })
  it.each(['女らしくしなさい！', '男だから泣くな。', '女はおしゃべりだから困る。', '柳川の男はみんな無口で頑固です。'])('flags %s', (text) => {
    expect(summary(findingsOf(decency, text)).some((x) => x.startsWith('decency/stereotype:warn'))).toBe(true)
  })
})

describe('decency (4(2)): 働けない is not the imperative 働け; a staff member\'s words reported with an apology are a mention', () => {
  it('passes a sympathetic fact', () => {
    expect(summary(findingsOf(decency, '生活保護受給者の多くは、高齢や病気で働けない方です。')).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  it('flags the imperative', () => {
    expect(summary(findingsOf(decency, '生活保護もらっとる暇があったら働け！')).some((x) => x.startsWith('decency/discriminatory:block'))).toBe(true)
  })
  it('reads reported words as a mention, the same words said as a use', () => {
    const reported = '市の窓口で「ご心配はもっともです。外国人が増えると治安が悪くなります」と答えた職員がいたとの報道があり、お詫びします。'
    expect(summary(findingsOf(decency, reported)).filter((x) => !x.includes(':info:'))).toEqual([])
    expect(summary(findingsOf(decency, 'ご心配はもっともです。外国人が増えると治安が悪くなりますので、パトロールを強化します。')).some((x) => x.includes(':block:'))).toBe(true)
  })
})

describe('decency (4(2)): low marks laid on a group\'s homes, a disability called unpredictable, a group relayed as dangerous and the readers set on it', () => {
  it.each<Case>([
    ['学力調査では、外国籍のお子さんの平均点が低い傾向がみられました。ご家庭での学習習慣の問題だと考えます。', 'decency/stereotype', 'warn'],
    ['精神障害のある方が病院から外出したとの情報です。何をするか分からないので近づかないでください。', 'decency/discriminatory', 'block'],
    ['実習生の運転が危ないとの苦情が続いています。見かけたら注意してあげてください。', 'decency/discriminatory', 'block'],
  ])('flags %s', (text, rule, severity) => {
    expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })
  it.each([
    '知的障害のある方は何をするか分からない、というのは誤解です。',
    'ひとり親家庭のお子さんは学習時間が短い傾向があるため、無料の学習支援教室を開きます。',
    '高齢者を狙った詐欺が危ないとの通報が続いています。不審な電話を見かけたら警察へ。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency (4(2)), round 28: a wrong charged to a group past support words, exclusion by slot, check or preference, vouching, pity, mood, roles by sex, looks, levity (own wording)', () => {
  it.each<Case>([
    ['ネパール人の方は万引きが多いので、店長さんはご注意ください。', 'decency/discriminatory', 'block'],
    ['在日の方は反日的な考えの人が多いので、交流会の人選は慎重に進めています。', 'decency/discriminatory', 'block'],
    ['高齢の方は、どうしても町内会の負担になりやすいため、役員からは外れていただいています。', 'decency/discriminatory', 'block'],
    ['外国人労働者のマナーが不安だという方も、夜間は警備員がおりますのでご安心を。', 'decency/discriminatory', 'block'],
    ['大雨の夜は、外国人住民による空き巣も懸念されます。戸締まりを徹底しましょう。', 'decency/discriminatory', 'block'],
    ['独身の方よりも、ご夫婦世帯を優先して市営住宅をご案内しております。', 'decency/discriminatory', 'block'],
    ['自閉症のお子さんは集団行動が難しいので、キャンプへの参加は慎重にご検討ください。', 'decency/discriminatory', 'block'],
    ['車いすをご利用の方は、エレベーター付きの臨時窓口をご利用ください。通常の窓口ではお手続きいたしかねます。', 'decency/discriminatory', 'block'],
    ['性的マイノリティの方は、一般の浴室ではなく家族風呂をお使いください。', 'decency/discriminatory', 'block'],
    ['盲導犬を連れた視覚障害のある方は、他のお客様のご迷惑になるので、混雑する土日の来館はご遠慮ください。', 'decency/discriminatory', 'block'],
    ['留学生のアルバイトは続かないので、次の募集では日本人の学生が望ましいと考えています。', 'decency/discriminatory', 'block'],
    ['新しい消防団員はブラジル出身の方ですが、怖くない方ですので、ご安心ください。', 'decency/discriminatory', 'block'],
    ['ご夫婦の奥さまはタイ出身ですが、ビザ目当てではなく、しっかりした方です。', 'decency/discriminatory', 'block'],
    ['店主の国籍についてのお問い合わせですが、気になる方は別のお店をお選びください。', 'decency/discriminatory', 'block'],
    ['購入予定の土地について、地域の「いわく」も含めて担当者がこっそりお話しします。', 'decency/discriminatory', 'block'],
    ['あの辺りは部落だから地価が安いと聞きました。', 'decency/discriminatory', 'block'],
    ['琉球とアイヌの展示です。アイヌって本当にいたんですか？と子どもたちも盛り上がりました。', 'decency/discriminatory', 'block'],
    ['同性カップルの皆さんの特殊な事情も、市は大目に見ていきます。', 'decency/stereotype', 'warn'],
    ['車いすの子どもたちが遠足に来ました。かわいそうなのに、にこにこ頑張っていて偉い！', 'decency/stereotype', 'warn'],
    ['聞こえなくても、手話の歌ぐらいは楽しめますよ。', 'decency/stereotype', 'warn'],
    ['定年後のシニアの皆さんでも、まだ使える人材はたくさんいます！', 'decency/stereotype', 'warn'],
    ['パニック障害で悩む方へ。結局は気持ちの問題なので、散歩でもして気分を変えましょう。', 'decency/stereotype', 'warn'],
    ['トランスジェンダーの生徒さんについては、多くが一時的な気の迷いとも言われます。', 'decency/stereotype', 'warn'],
    ['知的障害のある方の入居施設の計画について、近隣住民の皆様の不安を払拭できるよう努めます。', 'decency/stereotype', 'warn'],
    ['ハンセン病回復者の方のお話を聞く会です。うつる心配もほとんどありませんので、お気軽に。', 'decency/discriminatory', 'block'],
    ['ブラジルの子たちと一緒にサッカー！さすが運動神経が違いますね。', 'decency/stereotype', 'warn'],
    ['生活保護の世帯について。保護費でパチンコをする、ルールを守らない方も少なくありません。', 'decency/discriminatory', 'block'],
    ['外国籍住民の皆さんへ。夜中に騒いで迷惑をかける方が多く、苦情が来ています。', 'decency/discriminatory', 'block'],
    ['来月から、会議のお茶くみは女性職員が担当します。', 'decency/discriminatory', 'block'],
    ['令和9年度職員採用。土木職は体力のある男性に向いています。女性の方は事務職の受験をご検討ください。', 'decency/discriminatory', 'block'],
    ['PTAの役員募集！女性は無理せず、お弁当や掃除でお手伝いいただければ十分です。', 'decency/stereotype', 'block'],
    ['女性ならではの優しさで、相談窓口の雰囲気が和らぎました。', 'decency/stereotype', 'warn'],
    ['長男の嫁として、お盆の準備は欠かせませんね。', 'decency/stereotype', 'warn'],
    ['お父さん向け料理教室。女房に愛想を尽かされないよう、腕を磨きましょう！', 'decency/stereotype', 'warn'],
    ['三人の子のお母さんですが、美人でスタイルも良くて、とても40代には見えません！', 'decency/lookism', 'warn'],
    ['頭の寂しい課長も、この帽子なら安心です（笑）', 'decency/lookism', 'warn'],
    ['観光PRの新ポスター。モデルは美脚の新人職員で、まるで特産品そのものみたい！', 'decency/lookism', 'block'],
    ['納涼祭の受付は水着のお姉さんです。男性陣の来場が急増しそうです😏', 'decency/sexual', 'block'],
    ['あの台風のとき、公民館の屋根が飛んで行ったのは今となっては武勇伝です。', 'decency/insensitive', 'warn'],
    ['去年の猛暑で、近所のおばあちゃんに「お迎え」が来ちゃいました〜', 'decency/insensitive', 'block'],
    ['断水三日目、被災者でもないのにつらいです😂', 'decency/insensitive', 'warn'],
    ['シンママさんにも使いやすい窓口です！', 'decency/stereotype', 'warn'],
    ['浴衣の女の子たち、エ□かわでした！', 'decency/sexual', 'block'],
    ['シ ナ 語の通訳を募集します。', 'decency/discriminatory', 'block'],
    ['外国籍の方は、トラブル防止のため、入居審査を厳しくさせていただいております。', 'decency/discriminatory', 'block'],
    ['精神科に通院中の方は、ボランティア登録をご遠慮いただいております。', 'decency/discriminatory', 'block'],
    ['LGBTの方の参加は、他の参加者が戸惑うため、ご遠慮ください。', 'decency/discriminatory', 'block'],
    ['知的障害のある方は、一人での来館はお控えください。', 'decency/discriminatory', 'block'],
    ['外国人の方はゴミの分別ができないので、集積所に監視カメラを設置しました。', 'decency/discriminatory', 'block'],
    ['在日外国人の方の入会については、理事会で個別に判断します。', 'decency/discriminatory', 'block'],
    ['シングルマザーの方は家賃滞納が心配なので、保証人を2人お願いしています。', 'decency/discriminatory', 'block'],
    ['中国の方は声が大きいので、静かな席へのご案内は控えています。', 'decency/discriminatory', 'block'],
    ['ベトナムの方々はすぐに帰国してしまうので、長期の契約はお断りしています。', 'decency/discriminatory', 'block'],
    ['障害者の方が働くと、周りの職員の仕事が増えてしまうのが現実です。', 'decency/stereotype', 'warn'],
    ['女性の消防団員には危険な現場は任せられません。', 'decency/discriminatory', 'block'],
    ['男性保育士におむつ替えをさせるのは、保護者が不安に思うのでやめています。', 'decency/stereotype', 'warn'],
    ['同性カップルの入居は、近隣住民の理解が得られにくいため、お断りしています。', 'decency/discriminatory', 'block'],
    ['外国人観光客の皆さんはマナーを守ってくれるか不安ですが、温かく迎えましょう。', 'decency/discriminatory', 'block'],
    ['認知症の人が行方不明になると迷惑なので、家族はしっかり見張ってください。', 'decency/discriminatory', 'block'],
    ['コロナで寝込んだ課長、3キロ痩せたと喜んでいます（笑）', 'decency/insensitive', 'warn'],
    ['地震で本棚が倒れて、ようやく部屋の片付けができました😂', 'decency/insensitive', 'warn'],
    ['火事の現場、まるでキャンプファイヤーでした🔥', 'decency/insensitive', 'warn'],
    ['大雨で田んぼが湖になりました！ボートで出勤したいくらい😆', 'decency/insensitive', 'warn'],
    ['女性職員の皆さんは、来客時のお茶出しをお願いします。', 'decency/discriminatory', 'block'],
    ['美人すぎる女性職員が窓口でお待ちしています♡', 'decency/lookism', 'block'],
    ['女性は結婚したら辞めるので、管理職には向きません。', 'decency/discriminatory', 'block'],
    ['ママさんバレーの皆さん、家事の合間にお疲れさまです！旦那さんの晩ご飯も忘れずに😉', 'decency/stereotype', 'warn'],
    ['〇〇地区は昔からいろいろある土地なので、家を買うなら避けたほうが無難です。', 'decency/discriminatory', 'block'],
    ['あの地区の人とは関わらない方がいいって、昔から言われてますよね。', 'decency/discriminatory', 'block'],
    ['韓国籍の方は、念のため住民票の写しもご提出ください。', 'decency/discriminatory', 'block'],
    ['ブラジル人の子は落ち着きがないので、授業中は後ろの席にしています。', 'decency/discriminatory', 'block'],
    ['アジア系の方が多く住むアパートは、家賃の回収が大変だそうです。', 'decency/stereotype', 'warn'],
    ['発達障害の子がいるとクラスが荒れるので、保護者会で話し合います。', 'decency/stereotype', 'warn'],
    ['母子家庭のお子さんは、寂しい思いをしているので、優しくしてあげましょう。', 'decency/discriminatory', 'block'],
    ['トランスジェンダーの方の相談は、専門の窓口へどうぞ。一般の窓口では対応できかねます。', 'decency/discriminatory', 'block'],
    ['車いすの方は、混雑時の入館はご遠慮いただいております。', 'decency/discriminatory', 'block'],
    ['外国人さんは夜遅くまで騒ぐけん、公民館の貸し出しは断っとるとです。', 'decency/stereotype', 'warn'],
    ['車いすん人は時間のかかるけん、朝の便には乗らんでほしかです。', 'decency/discriminatory', 'block'],
    ['障がいのある方のご入会は、ほかの会員の方が戸惑われますので、ご遠慮いただいております。', 'decency/discriminatory', 'block'],
    ['ご年配の方は新しいことを覚えるのが苦手なので、今回の研修は若手職員のみとします。', 'decency/stereotype', 'warn'],
    ['中国系の住民が増えてから、ごみ置き場が汚くなったと感じる方も多いのではないでしょうか。', 'decency/discriminatory', 'block'],
    ['フィリピンの方は陽気で時間にルーズなので、集合時間は30分早めに伝えています。', 'decency/stereotype', 'warn'],
    ['聴覚障害の方には電話での受付はできませんので、窓口に来られない方は諦めてください。', 'decency/discriminatory', 'block'],
    ['知的障害の方のお話は要領を得ないことが多いので、ご家族の方とお越しください。', 'decency/stereotype', 'warn'],
    ['LGBTの方向けのイベントですが、子どもへの影響を心配される保護者もいるので、午後9時以降に開催します。', 'decency/discriminatory', 'block'],
    ['外国人の子がいるクラスは授業が遅れがちなので、転校も一つの選択肢です。', 'decency/discriminatory', 'block'],
    ['精神疾患のある方は突然暴れることもあるので、職員は二人一組で対応します。', 'decency/stereotype', 'warn'],
    ['ハーフの子って、やっぱり顔立ちが整っていてかわいいですね！', 'decency/stereotype', 'warn'],
    ['男の子なんだから泣かないの！と声をかけて、子どもたちを励ましました。', 'decency/stereotype', 'warn'],
    ['女の子はおしとやかに、男の子はたくましく育つよう、地域で見守りましょう。', 'decency/stereotype', 'warn'],
    ['主婦の皆さんは昼間お時間があるので、ボランティアにぴったりです。', 'decency/stereotype', 'warn'],
    ['若い女性職員が笑顔でお出迎え！ぜひ会いに来てくださいね♡', 'decency/lookism', 'warn'],
    ['受付の新人ちゃん、顔もスタイルも100点満点です💯', 'decency/lookism', 'block'],
    ['観光大使の3人、脚がきれいでミニスカートがよく似合います。', 'decency/lookism', 'block'],
    ['市長の薄い頭、今日もつやつや輝いてました（笑）', 'decency/lookism', 'warn'],
    ['ぽっちゃりさんは浴衣の帯が回らないかも？笑', 'decency/lookism', 'warn'],
    ['熊本地震のときは、避難所で毎日キャンプ気分でした🏕️', 'decency/insensitive', 'warn'],
    ['おじいちゃんが救急車で運ばれたけど、ただの食べすぎでした〜😂', 'decency/insensitive', 'warn'],
    ['葬儀場の隣のお店、縁起が悪くて誰も行かないらしいです😂', 'decency/insensitive', 'block'],
    ['柳川に来るなら、あの地区だけは避けた方がいいですよ。地元の人なら誰でも知ってます。', 'decency/discriminatory', 'block'],
    ['結婚相手の家柄が気になる方へ。昔の地名がわかる古地図を図書館で閲覧できます。', 'decency/discriminatory', 'block'],
    ['キ〇ガイじみた暑さが続きますね。', 'decency/discriminatory', 'block'],
    ['ガ ガ イ ジ みたいな動きで笑った', 'decency/discriminatory', 'block'],
    ['あいつ ホ モ らしいよ', 'decency/discriminatory', 'block'],
    ['ド ウ ワ の人たちには気をつけて', 'decency/discriminatory', 'block'],
    ['ブ ラ ク 出身って本当？', 'decency/discriminatory', 'block'],
    ['窓口の受付は、やっぱり若い女の子の方がお客さんも喜びますよね。', 'decency/stereotype', 'warn'],
    ['保育士さんは年配の男性より、若い女性のほうが安心ですね。', 'decency/discriminatory', 'warn'],
    ['体操教室の指導員は、男性のほうが向いています。', 'decency/discriminatory', 'warn'],
    ['健康講座の参加者は、ぽっちゃりな方が多めでした😂', 'decency/lookism', 'warn'],
    ['ご来場のお父さんたち、皆さん立派なお腹でした（笑）', 'decency/lookism', 'warn'],
    ['あのあたりは部落やけん、家の値段も安かとよ。', 'decency/discriminatory', 'block'],
    ['〇〇団地の人たちの民度が低いのは仕方ないですね。', 'decency/discriminatory', 'block'],
    ['移住者の方々は素行が悪いので、自治会の役員からは外れてもらいます。', 'decency/discriminatory', 'block'],
    ['外国人の保護者は声が大きいので、懇談会は別室でお願いしています。', 'decency/discriminatory', 'block'],
    ['今月の美術館はヌード写真展なので、男性職員のやる気が急上昇しています（笑）', 'decency/sexual', 'block'],
    ['障害のある方のご利用は、職員の手が足りないため、現在お受けしておりません。', 'decency/discriminatory', 'block'],
    ['性同一性障害の方は、トラブル防止のため、男女どちらの浴場もご利用いただけません。', 'decency/discriminatory', 'block'],
    ['高齢者の方は物忘れが多いので、重要な書類はご家族の方が管理してください。', 'decency/stereotype', 'warn'],
    ['ひとり親家庭のお子さんは寂しさから問題行動を起こしやすいので、担任の先生は特に注意してください。', 'decency/discriminatory', 'block'],
    ['生活保護受給者は税金で暮らしているのだから、贅沢は控えるべきです。', 'decency/discriminatory', 'block'],
    ['中国人の観光客は声が大きくて列に並ばないので、案内所では目を光らせています。', 'decency/discriminatory', 'block'],
    ['東南アジア出身の方は時間の感覚がおおらかなので、約束は前日にも確認しましょう。', 'decency/stereotype', 'warn'],
    ['黒人の方が夜に歩いていると、正直ちょっと怖いと感じる方もいるかもしれませんね。', 'decency/discriminatory', 'block'],
    ['ゲイの方も参加OKですが、他の参加者の迷惑にならないようお願いします。', 'decency/discriminatory', 'block'],
    ['若い女性は結婚・出産で辞めることが多いので、採用は慎重に行っています。', 'decency/discriminatory', 'block'],
    ['障害者の作った商品だから、多少の不良は大目に見てあげてください。', 'decency/stereotype', 'warn'],
    ['車いすの人が来ると準備が大変なので、事前に連絡してほしいです。', 'decency/stereotype', 'warn'],
    ['外国人のお客さんは日本のマナーを知らないから、温泉の入り方を教えてあげないといけませんね（笑）', 'decency/discriminatory', 'block'],
    ['手足が不自由なのに、笑顔で頑張っている姿に感動しました！', 'decency/stereotype', 'warn'],
    ['目の見えない方でも、点字メニューがあれば“ちゃんと”注文できます。', 'decency/stereotype', 'warn'],
    ['障害があっても、本人たちは意外と幸せそうでした。', 'decency/stereotype', 'warn'],
    ['耳の聞こえない子たちも、手話ならそれなりに会話ができるんですよ。', 'decency/stereotype', 'warn'],
    ['車いすなのに、自分でスーパーに買い物に行っているそうで、えらいですね。', 'decency/stereotype', 'warn'],
    ['認知症でも、簡単な折り紙くらいならできます。', 'decency/stereotype', 'warn'],
    ['あの辺りは昔、ヨツの人が多かったらしいですよ。', 'decency/discriminatory', 'block'],
  ])('flags %s', (text, rule, severity) => {
    expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })
  it.each([
    '市内の外国人住民のための防犯講座を開きます。空き巣被害を防ぐ戸締まりのコツをお伝えします。',
    '「外国人が増えると犯罪が増える」というデマに惑わされないでください。統計では減少しています。',
    '高齢者の方の通院の負担を減らすため、乗合タクシーを運行します。',
    '避難所では、高齢の方や障害のある方を優先してご案内します。',
    '子どもの見守りは地域の負担になりがちですが、皆さんのご協力で続いています。',
    '中学生の参加はご家庭でよくご判断のうえお申し込みください。',
    '通常の回に加えて、手話通訳のある回も設けました。どちらの回にもご参加いただけます。',
    '混雑が予想されるため、通常の駐車場ではなく臨時駐車場をご利用ください。',
    '大きな荷物は他のお客様のご迷惑となるため、車内への持ち込みはご遠慮ください。',
    '日本人も外国人も一緒に楽しめる国際交流会です。',
    '日本人の方に限らず、どなたでもご応募いただけます。',
    '会場には手話通訳がいますので、安心してご参加ください。',
    'お子さま連れでも大丈夫ですので、安心してお越しください。',
    '偽装結婚ではないかといった詮索は差別にあたります。国際結婚の手続きは市民課へ。',
    '気になる方はほかの日程もご検討ください。',
    '土地の購入にあたっては、ハザードマップで地域の浸水リスクをご確認ください。',
    '「どうわ」という読みの言葉には「童話」もあります。図書館では童話の読み聞かせ会を開きます。',
    'アイヌの人々は今も北海道などで暮らし、文化を受け継いでいます。',
    '特殊な事情がある場合は、窓口でご相談ください。',
    '障害のある方も、誰もが楽しめるイベントです。',
    '足が不自由でも参加できる、座ったままの体操教室です。',
    'まだ使える家具を回収し、必要な方にお譲りします。',
    'うつ病は「気の持ちよう」ではありません。早めに専門医にご相談ください。',
    '性的指向は一時的な迷いではありません。正しい理解を深める講座を開きます。',
    'グループホームの開設にあたり、入居者と住民の交流会を開きます。障害のある方が地域で暮らすのは当然の権利です。',
    '感染の心配がある方は、保健所の無料検査をご利用ください。',
    'ブラジル出身の選手がサッカー教室の講師として来てくれます。',
    'ごみ出しのルールを守らない方が多く、カラス被害が出ています。ネットをかけてください。',
    '会議のお茶は各自でご用意ください。',
    '女性に向いている運動として、ヨガ教室が人気です。',
    '性別を問わず、保育士職の受験をお待ちしています。',
    '女性ならではの視点を防災計画に取り入れます。',
    '花嫁として出席される方の衣装を展示します。',
    '子育て中のママたちも笑顔で参加してくれました。',
    '頭の寒さ対策に、ニット帽を手作りしませんか。',
    '返礼品の新商品、まるで宝石みたいな色のいちごです。',
    '男性職員の育休取得率がアップしました！',
    '台風で被害に遭われた方のご冥福をお祈りします。災害の教訓を語り継ぐ講演会を開きます。',
    '保育園のお迎えに来られた保護者の方へ、駐車場のご案内です。',
    '被災された方々のために、募金箱を設置しました。',
    'シングルマザーの方向けの就労相談会を開きます。',
    'おかまで炊いたごはんは格別です。',
    '「シナ」という言葉は差別的に使われてきた歴史があります。',
    '外国人住民の方がルールを守れないのは、情報が届いていないためです。多言語のチラシを作りました。',
    'ひとり親家庭のお子さんが非行に走らないよう、居場所づくりを支援します。',
    '障害のある方が地域の負担にならないよう、という発想そのものを見直します。',
    '外国人観光客の増加に伴い、土産店の万引き被害が増えています。',
    'HIV陽性の方は、治療を続けていれば感染を広げることはありません。',
    '高齢者を狙った空き巣が増えています。外出時も戸締まりを。',
    '外国籍の方は、在留カードの確認をさせていただきます。',
    '障害のある方の参加については、個別にご相談ください。',
    '手続きに時間がかかる場合は、高齢者の方も予約制の窓口をご利用ください。',
    '大雨で田んぼが湖のようになりました。農道の通行にご注意ください。',
    '女性部の皆さんが郷土料理のレシピを紹介してくれました。',
    'パパの晩ご飯づくり講座、今年も開講します！',
    '入院していた課長が元気に復帰しました！',
    '台風で倒れた街路樹の撤去作業を行っています。',
    '外国人観光客の皆さんにマナーを知っていただくため、多言語の案内を作りました。',
    '申込書は、念のため控えをお取りください。',
    '入居の審査は、収入の基準に沿って厳格に行います。',
    'お子さんは保護者の方と一緒に、前の席へどうぞ。',
    '障害者手帳の再交付は、通常の窓口では対応いたしかねます。福祉課へお越しください。',
    '外国人向け相談会は第2火曜日です。他の日は通訳をご用意できかねますのでご了承ください。',
    '国際交流会には、留学生と地元の学生が参加しました。日本人の学生がいい刺激を受けていました。',
    '災害時は、周りの方よりも、まずご自身の安全を優先してください。',
    '車いすの方は、後ろの席のスペースをご利用いただけます。',
    '台風で延期になった運動会、ようやく開催できました😆',
    '大雨で中止になった花火大会は、来週に延期です😅',
    '被災者でなくても、つらい気持ちになることがあります。こころの相談窓口へどうぞ。',
    '外国人住民の方の不安を和らげるため、多言語の相談窓口を開設しました。',
    'パートナーシップ制度は、多様な家族のかたちを寛容に受け入れる社会を目指して始めました。',
    '柳川出身のシェフのお店です。混雑が気になる方は別の店舗もご利用ください。',
    '地域の「特別」な魅力を発信する観光大使を募集します。',
    '生活保護受給者の方は、念のため受給証明書をご提出ください。',
    '女の子も男の子も、のびのび育つよう地域で見守りましょう。',
    '「女の子はおしとやかに」という押し付けは、もう古いですね。',
    '笑顔のスタッフがお出迎えします。',
    '女性職員が窓口で丁寧にご案内します。',
    '体の大きい方も座れるよう、幅の広い椅子をご用意しました。',
    '大雨の際は、あの地区は冠水しやすいので避けた方がいいです。',
    '工事中のため、あの辺りは避けた方がいいです。',
    '同和地区の人々が受けてきた差別の歴史を学ぶ講座です。',
    '車いすの方は、エレベーターで2階の会場へお越しください。',
    'お時間がある方は、展示もご覧ください。',
    '救急車で運ばれた方の容体は安定しています。',
    'インフルエンザにかかったら、無理せず休みましょう。',
    '子どもへの影響を考え、ゲーム時間のルールを家族で決めましょう。',
    '高齢の方にも分かりやすいよう、説明は大きな文字で書きました。',
    '若い女性のほうが骨粗しょう症のリスクが低いとされています。',
    '今年の講座は、男性のほうが参加者が多かったです。',
    '支援員は、男性も女性も活躍しています。',
    '立派な体格の力士が来てくれました！',
    '部落差別の解消を目指す講演会です。',
    '地域のモラル向上のため、清掃活動を行います。',
    '声が大きい方は、マイクなしでも大丈夫です。',
    '男性職員の育休取得率が上がっています。',
    '障害のある方も参加できますが、介助が必要な方は事前にご相談ください。',
    '手作りの品なので、多少の色むらはご了承ください。',
    '車いすの方の介助が大変な場合は、職員にお声かけください。',
    '物忘れが気になる高齢者の方は、お気軽にご相談ください。',
    '採用は書類選考と面接により慎重に行います。',
    '外国籍の方も、市営住宅にお申し込みいただけます。',
    'よつ葉のクローバーを探そう。',
    '四つの人形をひな壇に飾りました。',
    '障害があっても働ける職場を、地域の企業と一緒につくります。',
    '目が見えなくても楽しめる、触る絵本の展示です。',
    '認知症の方でも使いやすい、大きなボタンの電話です。',
    '車いすでも入れるお店のマップを作りました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency: a presumption asked and then denied is answered, not held (round 30)', () => {
  it.each([
    '柳川の人は口が悪い？いえいえ、「なんしよっと」は筑後弁で「何してるの」という意味です。',
    '大川の人は運転が荒い？いいえ、そんなことはありません。事故の件数は県内でも少ない方です。',
    '高齢者はスマホが使えない？実は、市のスマホ教室の受講者の半分は70代です。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  it.each([
    '外国人はマナーが悪い？そうなんです、本当に困っています。',
    '大川の人は運転が荒い？ほんとそれ。気をつけてね。',
  ])('still flags %s', (text) => {
    expect(summary(findingsOf(decency, text)).some((x) => x.startsWith('decency/'))).toBe(true)
  })
})

describe('decency: a service withheld from a group, a group called in the way, a quoted prejudice sided with (round 30 misses)', () => {
  it.each([
    ['トラブルが多いため、外国籍の方へのご紹介はお断りしています。', 'decency/discriminatory:block'],
    ['「同和地区出身の人の隣は嫌だ」という声がありましたが、気持ちはわからなくもないです。', 'decency/discriminatory:block'],
    ['階段がきついお年寄りは正直ジャマなので、若い人優先で売りたいくらいです', 'decency/'],
  ])('flags %s', (text, want) => {
    expect(summary(findingsOf(decency, text)).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    '外国籍の方へのご案内は、多言語で行っています。',
    '車いすの方が通行の邪魔にならないよう、通路を広げました。',
    '「同和地区の人とは結婚させない」という考えは、今も残る差別です。なくしていきましょう。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency: a sexual minority hinted at as "that kind" where gender is the topic', () => {
  it.each([
    ['ジェンダーレス制服って、結局そっち系の子が喜ぶだけじゃないんですかね。', 'decency/discriminatory:block'],
    ['男子もスカートを選べるって、あっちの気がある人向けでしょ。', 'decency/discriminatory:block'],
  ])('flags %s', (text, want) => {
    expect(summary(findingsOf(decency, text)).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    'そっち系の仕事は経験がないので、研修で学びます。',
    '制服の採寸会、そういう方は事前にご連絡ください。',
    'ジェンダーレス制服は、寒さ対策でスラックスを選びたい女子生徒からも好評です。',
    '「そっち系の人」という言い方は、性的少数者を傷つけます。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency: round 31 kinds (a role pushed by sex, people sorted by age, a difficulty minimised as a group\'s, a nationality tied to crime, a suicide joked, a couple called unusual with a laugh, praise that presumes incapacity, a masked slur said of a person)', () => {
  it.each([
    // a role pushed on mothers or women as the fix
    ['保育園が足りないって言うけど、母親が仕事を辞めて家にいれば済む話でしょ。', 'decency/'],
    ['少子化対策なんて、女性が家庭に入ってくれたら一発で解決しますよ。', 'decency/'],
    ['嫁さんが自宅で親の介護をしてくれればいいだけなのにね。', 'decency/stereotype:warn'],
    ['最近はママまで働きに出るせいで、しつけが行き届かない家庭が多い。', 'decency/stereotype:warn'],
    ['共働きなんて子どもがかわいそう。お母さんは家にいるべきです。', 'decency/stereotype:warn'],
    ['今どき紙で申し込むのはお年寄りくらいでしょう。', 'decency/stereotype:warn'],
    ['今月も赤字、もう死ぬしかないですね笑', 'decency/insensitive:block'],
    ['ネット予約で戸惑うのはお年寄りだけでしょう。', 'decency/stereotype:warn'],
    ['障害を持っているのに、一人で電車に乗って通勤していて偉い。', 'decency/'],
    ['また減給です。もうビルから飛び降りるしかないですね笑', 'decency/insensitive:block'],
    // people sorted by age as easy or difficult counterparts
    ['窓口のお客さん、年配の方だったので話が早くて楽でした。', 'decency/stereotype:warn'],
    ['若い子が相手だと、すぐクレームになるから面倒くさいんですよね。', 'decency/stereotype:warn'],
    ['おばちゃんって、話が通じないこと多いよね。', 'decency/stereotype:warn'],
    // a difficulty minimised as a group's alone
    ['スマホ申請で困るのは年寄りぐらいでしょうから、気にせず進めます。', 'decency/stereotype:warn'],
    ['新しいごみ分別が分からないのは、高齢の方くらいだと思います。', 'decency/stereotype:warn'],
    ['こんな詐欺に引っかかるのは、お年寄りくらいしかいないでしょ。', 'decency/stereotype:warn'],
    // a nationality tied to crime, a voice relayed included
    ['最近ベトナム人が増えたせいで、このあたりも物騒になりましたね。', 'decency/discriminatory:block'],
    ['留学生向けのアパートが建つそうで、近所では防犯面が不安との声が上がっています。', 'decency/discriminatory:block'],
    ['移民を受け入れたら、犯罪が増えるのが心配です。', 'decency/discriminatory:block'],
    ['近くに技能実習生の寮ができて、盗難が心配だという相談が寄せられています。', 'decency/discriminatory'],
    ['相手がばあちゃんやったけん話が早かった。若いもんやったらゴネとったばい。', 'decency/stereotype:warn'],
    ['リストラされた皆さん、樹海へ行く前にハローワークへ！', 'decency/insensitive:block'],
    ['女性同士で子育て中のご家庭、変わってますよね（笑）', 'decency/discriminatory:warn'],
    // a suicide joked or offered as a tip
    ['ボーナス減額で、職員一同、樹海行きを検討中ですw', 'decency/insensitive:block'],
    ['倒産した店主さん、線路に飛び込むのだけはやめてね笑', 'decency/insensitive:block'],
    ['赤字続きの商店街、海に飛び込む前にクラファンをおすすめします。', 'decency/insensitive:block'],
    // a same-sex couple called unusual with a laugh
    ['次の表紙は女性同士のご夫婦です。変わった組み合わせですが(笑)', 'decency/discriminatory:warn'],
    ['パートナーシップ宣誓の第1号は、ちょっと異色のカップルでしたｗ', 'decency/discriminatory:warn'],
    ['今回の取材先はゲイのご夫夫。なかなか珍しいおうちです😂', 'decency/discriminatory:warn'],
    ['紹介するのはパパが二人いる、ちょっと変わったご家族です。', 'decency/discriminatory:warn'],
    ['パソコンが苦手なのは年配の方くらいですから、説明会は短めにします。', 'decency/stereotype:warn'],
    // praise that presumes incapacity
    ['車いすなのに、しっかり仕事をこなしていて驚きました。', 'decency/stereotype:warn'],
    ['聴覚に障がいのある方なのに、びっくりするほど上手に話されていました。', 'decency/stereotype:warn'],
    ['目が不自由なのに、ちゃんと作業ができていて職員も感心していました。', 'decency/stereotype:warn'],
    // a two-letter slur masked, said of a person after a word
    ['あの新人、なんかホ〇みたいで笑った', 'decency/discriminatory:block'],
    ['窓口に来た男の人、すごくレ〇っぽい雰囲気だった', 'decency/discriminatory:block'],
    ['職場体験の子、オ〇マっぽい話し方で面白かった', 'decency/discriminatory:block'],
    ['あの窓口の人、ほんとにガ〇ジかと思った', 'decency/discriminatory:block'],
  ])('flags %s', (text, want) => {
    expect(summary(findingsOf(decency, text)).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    'お母さんが家で子どもを見られない日は、学童保育をご利用ください。',
    'お母さんが家で読み聞かせをすれば、子どもの語彙が増えるという研究があります。',
    'お父さんやお母さんが家でルールを決めれば、スマホのトラブルも減らせます。',
    '女性が仕事を辞めなくても済むよう、保育の受け皿を広げています。',
    '若い人だと手続きはスマホで済むので楽です。',
    '高齢の方だと窓口まで来るのが大変なので、郵送でも受け付けます。',
    '若い人だったら知らない昔の遊びを、おばあちゃんたちが教えてくれました。',
    '高齢者でも文句なしに楽しめるウォーキングコースです。',
    '平日の昼に来館されるのは、お年寄りくらいの年代の方が中心です。',
    '迷うのは最初の一回くらいなので、ぜひ挑戦してください。',
    '困ったときは、近くの職員にお声がけください。',
    '外国人観光客を狙った盗難が増えているため、ご注意ください。',
    '外国人住民の方も安心して暮らせるよう、防犯教室を多言語で開きます。',
    '「外国人が増えると治安が悪くなる」という声がありますが、根拠はありません。',
    '技能実習生の皆さんと地域の防犯パトロールを行いました。治安の向上に一役買っています。',
    '夏休み、川に飛び込む子どもが増えています。水難事故に注意！',
    '一人で悩んで命を絶つ前に、相談してください。こころの電話があります。',
    'おすすめの飛び込みスポットは市営プールです笑',
    'ちょっと珍しい郷土料理を、国際結婚のご夫婦が作ってくれました（笑）',
    '同性パートナーシップ制度の利用は珍しくなくなりました😊',
    '男性同士のカップルの方も、珍しいことではありません。',
    '障害があるのに、必要な支援を受けられず困っている方がいます。',
    '車いすなのにエレベーターが止まっていて、とても困りました。',
    '障害があるのにちゃんとした支援が受けられないのは問題です。',
    'ちょっとホ〇っとする話です。',
    'お母さんが働くから、保育の需要が増えています。',
    '母親が家にいなければ子育てができないという考えは、もう古いものです。',
    '困るのはお年寄りだけではありません。誰でも気軽にご相談ください。',
    '申請できないのは外国籍の方だけです。',
    '障がいを抱えているのに支援が届いていない方もいます。',
    '飛び降りる前に、いのちの電話にご相談ください。',
    '国際結婚のご夫婦が、珍しい家庭料理をふるまってくれました。',
    'パパが二人の家族も、ママが二人の家族も、いろんな家族がいます。',
    '同性カップルの方にも、変わらずご利用いただけます。',
    '留学生の皆さんも参加して、治安の良いまちづくりについて話し合いました。',
    '外国人観光客の増加に伴い、置き引きなどの盗難被害が増えています。',
    'ベトナム出身の実習生さんが地域の防犯パトロールに参加してくれました。治安の向上に心強い存在です。',
    '女性のお客様だったので、女性職員が対応しました。',
    'かつては「女性は家庭を守るのが当たり前」という時代でした。',
    'お年寄りの方だと、電話の方が話が早いこともあります。',
    '川に飛び込む前に、準備運動をおすすめします。',
    '原生林はまるで樹海！探検気分でした😆',
    '若い人だったら、オンラインで手続きが済んで助かったという声も。',
    '戸惑うのは初めての方くらいで、すぐ慣れますよ。',
    '車いすの方なのに、ちゃんとしたスロープがありませんでした。',
    '「死ぬしかない」と思ったら、一人で悩まずご相談ください。',
    'お母さんは家で子どもの話を聞いてあげてください。',
    '今どき紙の申込書を使う方は少なくなりましたが、窓口でもお受けします。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency: round 32 kinds (a group named as the usual culprit, the old waved off as soon to die, a resident\'s looks laughed at, a group\'s arrival made the cause of disorder)', () => {
  it.each([
    // a group named as the usual culprit of a nuisance
    ['夜の公園でたむろしているのは、たいてい外国人の若者です。', 'decency/discriminatory:block'],
    ['駐輪場に勝手に自転車を置いていくのは、ほぼ留学生なんですよね。', 'decency/discriminatory:block'],
    ['ごみを分別せずに出しているのは大体ベトナムの人たちです。', 'decency/discriminatory:block'],
    ['深夜に大声で騒ぐのはいつも外国人グループ', 'decency/discriminatory:block'],
    ['ごみ出しのルールを守らない人の多くは外国人です。', 'decency/discriminatory:block'],
    ['ポイ捨ては、だいたい外国人観光客です。', 'decency/discriminatory:block'],
    ['違法駐車しているのは、ほとんど外国人です。', 'decency/discriminatory:block'],
    ['公園ば散らかしよるとは…いや、散らかしているのは決まってブラジル人のグループたい。', 'decency/discriminatory:block'],
    // the old waved off as soon to die
    ['年寄りは老い先短いけん、バス路線がなくなってもそう困らんやろ。', 'decency/discriminatory:block'],
    ['どうせ先の短い高齢者に予算を使うより、子育て支援を優先すべきです。', 'decency/discriminatory:block'],
    ['先の長くない高齢者より若者に投資を。', 'decency/discriminatory:block'],
    ['どうせあと数年の命の年寄りに、新しい制度を説明しても無駄です。', 'decency/discriminatory:block'],
    ['残り少ない人生の高齢者に、デジタル化を押しつけても仕方ない。', 'decency/discriminatory:block'],
    ['高齢者なんてどうせすぐいなくなるんだから、意見を聞く必要はない。', 'decency/discriminatory:block'],
    // a resident's looks laughed at
    ['窓口に来たおばあちゃん、髪型が完全に大仏様でした笑', 'decency/lookism:warn'],
    ['ごみ屋敷の住人のおじさん、見た目は仙人そのものでした🤣', 'decency/lookism:warn'],
    ['相談に来られた男性、顔つきがまるで熊でした😂', 'decency/lookism:warn'],
    ['市民の方、外見がすごくインパクトあって笑いをこらえるのが大変でした。', 'decency/lookism:warn'],
    // a group's arrival made the cause of disorder
    ['ベトナム人が住み始めてから、ごみ置き場がぐちゃぐちゃです。', 'decency/discriminatory:block'],
    ['外国人労働者が入ってきてから、夜の公園が物騒になりました。', 'decency/discriminatory:block'],
    ['最近、外国の方が増えたせいか、路上駐車が目立ちます。', 'decency/discriminatory:block'],
    ['実習生が来るようになって、団地のごみ置き場が荒れ放題です。', 'decency/discriminatory:block'],
    ['不法投棄の相談は、実習生の多い地区に偏っています。', 'decency/discriminatory:block'],
    ['外国人が来てからこの辺はおかしくなった。', 'decency/discriminatory:block'],
    ['外国人だらけになってから、ごみ置き場が荒れ放題です。', 'decency/discriminatory:block'],
    ['外国人住民が増えると、ごみ出しのルールが守られなくなる。', 'decency/discriminatory:block'],
  ])('flags %s', (text, want) => {
    expect(summary(findingsOf(decency, text)).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    'ごみの出し方で困っているのは外国人の方です。多言語のチラシを用意しました。',
    '路線廃止で困るのは高齢者ばかりです。代わりの乗合タクシーを走らせます。',
    'ポイ捨てをしているのは外国人観光客だという声がありますが、調査では地元の方が大半でした。',
    'ポイ捨てごみを拾ってくれたのは、ベトナム人の実習生たちでした。',
    '不法投棄を見つけて連絡をくださったのは、近所の留学生の方でした。',
    'ルールを守らずに駐車しているのは、外国人に限りません。',
    '部屋を散らかすのはいつも旦那です笑',
    'ルール違反の多くは、ごみの分別間違いです。',
    'ポイ捨てをする人の多くは、ごみ箱が見つからなかったと答えています。',
    '違反者の多くは、市外から来た方です。',
    '勝手に花を植えたのは、近所のおばあちゃんたちでした（笑）',
    '速度違反で検挙されるのは、ほとんどが男性です。',
    'お年寄りは、もうすぐ死ぬなんて言わずに、元気に過ごしてください。',
    '高齢者の方がいなくなると、地域の見守りが手薄になります。',
    '先の長い取り組みになりますが、高齢者の見守りを続けます。',
    '老い先短いなどと言わず、何歳からでも挑戦できます。シニアの皆さんお待ちしています。',
    'デイサービスのお迎えが来るまで、高齢者の方はロビーでお待ちください。',
    '高齢者の方は、先が長くないとおっしゃる方も多いですが、健康づくりに遅すぎることはありません。',
    '新作の巨大かぼちゃ、見た目もなかなかの迫力でした（笑）',
    '利用者さん、顔がほころんで（笑）',
    '田中さんの体格を活かして、力仕事を担当してもらいました（笑）',
    'おじいさんの見た目は若々しく、とても90歳とは思えません。',
    '外国人住民が増えてから、日本語教室の参加者も増えました。',
    '外国人観光客が増えてから、商店街がにぎやかになりました。',
    '外国の方が増えてから、ごみ出しのご相談が増えたため、多言語のチラシを作りました。',
    '外国からの観光客が増えてから、ごみの量が増えたため、ごみ箱を増設しました。',
    '観光客が増えてから、川下りの待ち時間が長くなりました。',
    '外国人観光客が増えたら、川下りがにぎわいます。',
    '外国人の方が増えて、地域の祭りがにぎやかになりました。',
    '子どもが増えてから、公園が明るくなりました（笑）',
    '盗難被害に遭ったのは、だいたい高齢者の方です。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency: a trouble the city works to prevent, and stereotypes quoted in an awareness post (round 31-32 clean sets)', () => {
  it.each([
    '留学生が増えたら、トラブルが多発しないよう、生活ルールの説明会を開きます。',
    '外国人観光客が増える時期は、トラブルを防ぐため多言語の案内を増やします。',
    '「男なんだから泣くな」「女の子なんだからおしとやかに」――何気ないひとことに、性別による思い込みが隠れていることがあります。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  it.each([
    ['外国人が増えたら、トラブルが多発します。', 'decency/discriminatory:block'],
    ['女の子なんだからおしとやかにしなさい、と窓口で言われたらどう思いますか笑', 'decency/stereotype'],
  ])('flags %s', (text, want) => {
    expect(summary(findingsOf(decency, text)).some((x) => x.startsWith(want))).toBe(true)
  })
})

describe('decency: round 33 kinds (a group\'s habit laughed at as the reason, a group blamed for a public problem as coming for nothing, 部落/同和 as a district\'s repute, looks likened to a named person\'s, hiring by sex, age or disability)', () => {
  it.each([
    // a group's supposed habit given, with a laugh, as the reason for a choice
    ['駐車場を広げました。女性は運転が苦手ですからね笑', 'decency/stereotype'],
    ['男の人は買い物に時間がかからないですからね〜（笑）', 'decency/stereotype:warn'],
    ['試着室を増やしました、女性は服選びが長いので（笑）', 'decency/stereotype:warn'],
    ['ベンチ多めにしてます、じいちゃんばあちゃんはすぐ座り込むからね🤣', 'decency/stereotype:warn'],
    ['駐輪場は入口の近くにしました。若い子は歩くのが嫌いですけんね（笑）', 'decency/stereotype:warn'],
    ['女性陣は写真を撮るのに夢中になるので、撮影スポットを増やしました（笑）', 'decency/stereotype:warn'],
    ['奥様方はおしゃべりに花が咲くでしょうから、カフェスペースも用意しました笑', 'decency/stereotype:warn'],
    ['女子は荷物が多いから更衣室広めにしました笑', 'decency/stereotype:warn'],
    ['女ん人は化粧に時間のかかるけんね（笑）', 'decency/stereotype:warn'],
    ['女性の方はお化粧直しに時間がかかると思いまして、パウダールームを広めに作りました（笑）', 'decency/stereotype:warn'],
    // a group named as the cause of a public problem, coming or calling for nothing
    ['窓口が混雑するのは、お年寄りが用もないのに毎日来るからです。', 'decency/discriminatory:warn'],
    ['救急車が足りないのは、高齢者がちょっとしたことですぐ呼ぶせいです。', 'decency/discriminatory:warn'],
    ['病院の待ち時間が長いのは年寄りが用もなかとに毎日来よるけんたい。', 'decency/discriminatory:warn'],
    ['待合室が混むのは、ご年配の方々が大した用事もないのにいらっしゃるからでしょう。', 'decency/discriminatory:warn'],
    ['図書館の新聞コーナーが混むのは、高齢の男性が一日中居座っているためです。', 'decency/discriminatory:warn'],
    ['高齢者が用もないのに救急車を呼ぶので、本当に困っています。', 'decency/discriminatory:warn'],
    ['窓口が回らないのは、年寄りの長話のせいです。', 'decency/discriminatory:warn'],
    // 部落 or 同和 said of a district as its repute or as the reason others object
    ['あそこの団地は同和地区だって噂があるから、住みたがる人は少ないです。', 'decency/discriminatory:block'],
    ['あの辺りは元々部落と呼ばれていたところで、今でも嫌がる人がいます。', 'decency/discriminatory:block'],
    ['候補地のあの地域、同和だったと聞いたことがあるので、反対が出そうですね。', 'decency/discriminatory:block'],
    ['あそこは昔から同和の地区って言われとるけん、あんまり人が寄りつかん。', 'decency/discriminatory:block'],
    ['この町内は元部落だったと聞いていますので、公民館の誘致には慎重な意見もあります。', 'decency/discriminatory:block'],
    ['当該地区はいわゆる同和地区であるため、建設には反対意見も多く出ています。', 'decency/discriminatory:block'],
    ['「あの地区は部落だ」という噂があるので、結婚はやめたほうがいい。', 'decency/discriminatory:block'],
    // looks likened to a named person's, as the joke
    ['公園の芝生、課長の頭みたいにすっかり薄くなりました（笑）', 'decency/lookism:warn'],
    ['冬の田んぼは、部長の頭のようにツルツルです😂', 'decency/lookism:warn'],
    ['収穫したかぼちゃ、係長のお腹並みに丸々と太ってました笑', 'decency/lookism:warn'],
    ['冬の柳並木は、うちの部長の頭のように寂しい限りです。', 'decency/lookism:warn'],
    ['課長の頭と同じで、この畑もすっかり寂しくなりました（笑）', 'decency/lookism:warn'],
    ['収穫後の田んぼ、まるで部長の頭です（笑）', 'decency/lookism:warn'],
    ['市長の髪の毛みたいに、公園の芝生も薄くなってきました（笑）', 'decency/lookism:warn'],
    // hiring that asks for a sex or an age, or calls women or disabled people unfit
    ['清掃スタッフ募集！重い物を運ぶので、できれば30代までの男性希望です。', 'decency/discriminatory:block'],
    ['アルバイト募集。女性やご高齢の方には厳しい仕事なので、若い男の人だと助かります。', 'decency/discriminatory:block'],
    ['パート募集中です。力仕事のため障害のある方には向きません。なるべく若い男性で。', 'decency/discriminatory:block'],
    ['【急募】配送ドライバー。できれば20代〜30代の男性の方が望ましいです。', 'decency/discriminatory:block'],
    ['受付スタッフ募集中！明るく若い女性の方だと助かります♪', 'decency/discriminatory:block'],
    ['倉庫内作業のアルバイト、なるべく40歳までの方でお願いします。', 'decency/discriminatory:block'],
    ['若くて元気な男性スタッフを募集しています！', 'decency/discriminatory:block'],
    ['20代の男性作業員急募！', 'decency/discriminatory:block'],
  ])('flags %s', (text, want) => {
    expect(summary(findingsOf(decency, text)).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    '女性の方は着替えに時間がかかりますので、更衣室を広くしました。',
    '男性は参加費無料ですからね！ぜひどうぞ（笑）',
    '子どもたちははしゃぎすぎて疲れたようです（笑）',
    'お年寄りは遠慮がちですから、声をかけてあげてくださいね😊',
    '外来の待ち時間が長い原因の一つは、予約の集中です。',
    '混雑の原因は、高齢の方が多く利用される午前中に予約が集中することです。',
    'フレイルの原因の一つは、高齢の方が用事がないと外出しなくなることです。',
    '高齢者の方が暇つぶしにも使える、居心地のよい図書館を目指します。',
    'お年寄りが用がなくても気軽に立ち寄れるサロンを開設しました。',
    'あの地区は昔から祭りが盛んだと言われています。',
    '地元の部落ごとに行われてきた伝統行事を紹介します。',
    'この地域には、かつて同和地区と呼ばれた地域があり、市では人権教育に取り組んできました。',
    '「あの地区は部落だ」と言われることで、今も苦しんでいる人がいます。差別をなくしましょう。',
    '市長の頭の中は、いつも柳川のことでいっぱいです（笑）',
    '課長のお腹みたいにぽっこりしたかわいいゆるキャラが誕生しました（笑）',
    '市長の頭のように冷静な判断が求められます。',
    '先生の声くらい大きな声で歌いましょう！',
    '清掃スタッフ募集！男女問わず、体力に自信のある方歓迎です。',
    '保健師募集。女性の検診を担当していただくため、できれば女性の方を希望します。',
    '女性消防団員募集！女性の方だと助かる場面も多く、防火指導で活躍中です。',
    'パート募集。できれば土日勤務が可能な方でお願いします。',
    'ボランティア募集！できれば若い方にも参加してほしいです。',
    '障がいのある方の採用について、配慮が必要な点はご相談ください。',
    '柳川市消防団では、新しい団員を募集しています。18歳以上の方が対象で、女性団員も活躍しています。',
    '婚活パーティー参加者募集！30代の女性を募集しています。',
    '若い女性のための就職支援セミナー、参加者募集中です。',
    '高齢者のおしゃべりのおかげで、サロンがにぎやかです。',
    '高齢者の方の長話にもじっくり耳を傾けるのが、民生委員の仕事です。',
    '女性より男性のほうが熱中症になりやすいと言われています。',
    'まるで先生の頭の中をのぞいたみたい（笑）',
    'ママさんたちは忙しいと思いまして、オンライン開催にしました。',
    '「あの地区は部落だと言われとる」といううわさが、今も結婚や就職で人を傷つけています。部落差別をなくしましょう。',
    '「女の人は化粧直しに時間がかかりますからね（笑）」といった何気ないひとことに、性別による思い込みが隠れていることがあります。',
    '「できれば若い男性で」という求人は、男女雇用機会均等法に違反するおそれがあります。募集の際はご注意ください。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency: round 34 kinds (a people or the old blamed as the cause of a public problem, the group as a modifier of the culprit, a sex\'s supposed quitting as the reason to prefer the other, a sneer at long life)', () => {
  it.each([
    // a people or the old named as the cause of a public problem by a harm they do
    ['有明海のノリの色落ちがひどいのは、外国人が夜中に海へ廃油を捨てていくからだと思います。', 'decency/discriminatory:block'],
    ['最近、公園のベンチが汚れとるとは、ブラジルの人らが毎晩騒いで散らかすけんです。', 'decency/discriminatory:block'],
    ['マナーの悪い観光地になったのは、中国系の団体が好き勝手に振る舞うせいでしょう。', 'decency/discriminatory:block'],
    ['年金が減るのは、年寄りが増え過ぎたせいだよね。', 'decency/discriminatory'],
    ['商店街がさびれたのも、外国人が増え過ぎたからでしょうね。', 'decency/discriminatory:block'],
    ['税金が高いのは、生活保護の人が働かないからですよ。', 'decency/discriminatory:block'],
    // the group as a modifier of the culprit noun, after 原因は / 犯人は
    ['市民プールが狭く感じる原因は、毎日入り浸る年寄りの長居です。', 'decency/discriminatory:block'],
    ['花火大会の渋滞の要因は、結局のところ高齢者の車ばかりです。', 'decency/discriminatory:block'],
    ['夜の騒音の犯人は、近くに住む外国人の車です。', 'decency/discriminatory:block'],
    ['公園が荒れる原因は、あの外国人の子どもたちです。', 'decency/discriminatory:block'],
    ['川がこんなに汚いのは全部中国人のせいです。', 'decency/discriminatory:block'],
    // a sex's supposed quitting on marriage or birth as the reason to prefer the other
    ['女性社員は出産で休むことが多いため、今回の採用は男性を中心に行います。', 'decency/discriminatory:block'],
    ['女の方は子育てで辞めてしまう方が多いから、応募はできれば男の人にお願いしたいです。', 'decency/discriminatory:block'],
    ['定年まで勤められる男性を求めて、職員を募集しています。', 'decency/discriminatory:block'],
    ['女性だとすぐ寿退社しちゃうし、採用は男性がいいよね。', 'decency/discriminatory:block'],
    ['採用するなら、やっぱり男性の方が長く続きますから。', 'decency/discriminatory:block'],
    // a sneer at long life or at the old's numbers
    ['ここまで長生きされると、正直、家族も困りますよね。', 'decency/discriminatory:warn'],
    ['年寄りばかり長生きして、若い者は大変です。', 'decency/discriminatory:warn'],
    ['高齢者が増えすぎて、この町はもうおしまいです。', 'decency/discriminatory:warn'],
    ['医療費がかさむ一方で、長生きも良し悪しですね。', 'decency/discriminatory:warn'],
    ['長生きしても迷惑をかけるだけですよ。', 'decency/discriminatory:warn'],
  ])('flags %s', (text, want) => {
    expect(summary(findingsOf(decency, text)).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    'シラスウナギが獲れないのは、海流の変化や乱獲が原因とみられています。',
    '観光客が増えているのは、外国人の方が柳川の川下りを楽しみに来てくださるからです。',
    'アサリが減ったのは、密漁が増えたからだという指摘もあります。密漁は犯罪です。',
    'ごみが散らかるのは、カラスが袋を破るからです。ネットをかけてください。',
    '保険料が上がるのは、高齢者が増えているからです。',
    '混雑の原因は、お年寄りの車ではなく、工事による車線規制です。',
    '事故の原因は、高齢者の車のブレーキの踏み間違いでした。',
    '駐車場が不足している原因は、庁舎の建て替え工事です。',
    '女性職員が結婚や出産で辞めることなく働き続けられるよう、両立支援制度を整えています。',
    '女性は結婚や出産で仕事を辞めざるを得ないことが多く、市では再就職の相談会を開きます。',
    '市職員採用試験の受験者を募集しています。男女問わず、長く働ける職場です。',
    '長く働ける職場づくりのため、男性の育休取得も推進しています。',
    '健康で長生きするための秘訣を、保健師がお伝えします。',
    '長生きは喜ばしいことですが、健康寿命を延ばすことも大切です。',
    '100歳のお誕生日おめでとうございます。長生きの秘訣は毎日の散歩だそうです。',
    '長生きも、元気でいてこそですね。',
    '野良猫が増えすぎて困っています。不妊去勢手術の助成をご利用ください。',
    '「外国人が買い占めているから獲れない」という声もありますが、そのような根拠はありません。',
    '渋滞は高齢者のせいではありません。',
    '高齢者のせいにするのはやめましょう。',
    '空き家が増えたのは、若者が都会に出ていくからです。',
    '今年のお祭りが盛り上がったのも、外国人観光客が増えたからです。',
    '事故の原因は、高齢ドライバーの操作ミスでした。ご家族で免許返納について話し合ってみませんか。',
    '女性は出産を機に退職される方が多いため、市では子育てと仕事の両立を応援しています。',
    '女性職員の結婚・出産による退職を防ぐため、育休制度を拡充しました。',
    'みんなで長生きしましょう！',
    '花火の後のごみが多いのは、一部の若者がマナーを守らないからです。',
    '熱中症が多いのは、高齢者が暑さを我慢しすぎるからです。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency: round 35 kinds (a woman or a man as bait for the other sex, the old blamed for a slow desk and told to bring the young, 部落 or a group\'s housing blamed after のは, a group set apart for the others\' ease, a group\'s haunt or arrival as the reason for guards)', () => {
  it.each([
    // a woman or a man as the bait that draws the other sex
    ['若いお姉さんが店番してくれたら、男性客もぐっと増えるはずです！', 'decency/discriminatory:block'],
    ['体験コーナーに若い女の子が立っていると、おじさんたちの食いつきが全然違います。', 'decency/discriminatory:block'],
    ['かっこいいお兄さんが案内すれば、女性のお客さんもきっと喜びますね😊', 'decency/discriminatory:block'],
    ['夏祭りの受付は美女をそろえると、男性の来場者が喜んで集まってくれますよ♪', 'decency/discriminatory:block'],
    // the old blamed for a slow desk or a queue, and told to come with the young (warn)
    ['受付が滞るのは、たいていご年配の方のお手続きですね。', 'decency/stereotype:warn'],
    ['窓口の列がちっとも進まんのは、年寄りが説明ば分からんけんです。', 'decency/stereotype:warn'],
    ['待ち時間が長いのは、ほとんどがお年寄りの方のご相談です。', 'decency/stereotype:warn'],
    ['お年寄りの方は、できるだけ若い人に付き添ってもらって来庁してください。', 'decency/stereotype:warn'],
    // 部落 or a group's housing named after a nuisance and のは, past a longer aside
    ['ごみのルールを守らんのは、正直言うて昔からの部落のあたりばっかりです。', 'decency/discriminatory:block'],
    ['治安が悪いのは、やっぱり同和地区がある辺りやけんね。', 'decency/discriminatory:block'],
    ['ごみの分別ができていないのは、決まって同和地区の人たちです。', 'decency/discriminatory:block'],
    ['路上駐車が目立つのは、正直いうと外国人が住んでいるアパートの周りばかりです。', 'decency/discriminatory:block'],
    // a group set apart so that the others feel safe or at ease
    ['発達障害の子は別の教室にしてもらえると、周りの親御さんも安心できると思います。', 'decency/discriminatory:block'],
    ['認知症の方は、ほかの入居者が安心して暮らせるよう、別棟でお世話します。', 'decency/discriminatory:block'],
    ['外国籍の子が多いクラスは分けたほうが、ほかの家庭も安心やろうね。', 'decency/discriminatory:block'],
    ['ほかの子が集中できるよう、発達障害の子は別室で授業を受けてもらいます。', 'decency/discriminatory:block'],
    // a group's haunt to be prevented, or its arrival the reason for guards
    ['駅裏の公園が外国人労働者の溜まり場になっとるけん、パトロールば増やしてほしか。', 'decency/discriminatory:block'],
    ['実習生の寮ができるので、地域の見回りを強化します。', 'decency/discriminatory:block'],
    ['最近ベトナム人が増えてきたので、夜間の防犯パトロールを強化していきます。', 'decency/discriminatory:block'],
    ['ホームレスが居つかないよう、公園の見回りを強化しています。', 'decency/discriminatory:block'],
    // … widened: a woman placed for the impression, the men drawn as the purpose, looks as the hiring choice, a woman wanted to brighten the place
    ['窓口には若い女性を置いたほうが、来庁者の印象がいいですよね。', 'decency/discriminatory:block'],
    ['男性客を呼び込むため、売り子は20代女性に限定します。', 'decency/discriminatory:block'],
    ['美人の応募者を優先して採用しました。', 'decency/discriminatory:block'],
    ['おじさんばかりの職場なので、女の子が入ってくれたら職場が華やぐなぁ。', 'decency/discriminatory:warn'],
    ['女子大生の応募、待ってます！', 'decency/discriminatory:warn'],
    // the group's slowness as the cause of the others' wait; any fault presumed of 部落 or 同和地区 blocks
    ['高齢者の方の手続きは時間がかかるので、窓口が混雑します。', 'decency/stereotype:warn'],
    ['年寄りは手続きが遅くて、後ろの人が迷惑してます。', 'decency/stereotype:warn'],
    ['同和地区の人たちはごみ出しのマナーが悪い。', 'decency/discriminatory:block'],
    ['部落の人たちはマナーが悪いです。', 'decency/discriminatory:block'],
    // a meal time shifted, a complaint avoided; guards against a people's crimes or at its comings and goings
    ['特別支援学級の子とは給食の時間をずらしたほうが、ほかの子も落ち着いて食べられる。', 'decency/discriminatory:block'],
    ['ほかの保護者から苦情が出ないよう、障害のある子は別の部屋で過ごしてもらいます。', 'decency/discriminatory:block'],
    ['外国人による犯罪を防ぐため、パトロールを強化します。', 'decency/discriminatory:block'],
    ['外国人の出入りが多い夜間は、警備員を配置します。', 'decency/discriminatory:block'],
    // polite and dialect registers
    ['障がいのあるお子さまにつきましては、他のお子さまの保護者の方々のご安心のため、別教室でのご対応とさせていただきます。', 'decency/discriminatory:block'],
    ['外国籍の方の来館が増えておりますので、館内の警備体制を強化いたします。', 'decency/discriminatory:block'],
    ['夜の公園が外国の人らの溜まり場になっとるけん、見回りば強化してほしい。', 'decency/discriminatory:block'],
    // looks as the choice of a person, slowness as a label, a nuisance located at 旧同和地区, a hinted district nearby as the reason, guards where a people is many
    ['観光PR大使は、見た目の華やかな若い女性を選考します。', 'decency/discriminatory:block'],
    ['監視員のバイト、水着の似合う女子大生を募集中♪', 'decency/discriminatory:block'],
    ['手続きが遅いお年寄りの方は、混雑する午前中を避けてお越しください。', 'decency/stereotype:warn'],
    ['ご高齢の方の対応には時間を取られるので、若い方を優先してご案内します。', 'decency/stereotype:warn'],
    ['ごみ出しルールが守られていない地域は、旧同和地区に集中しています。', 'decency/discriminatory:block'],
    ['このあたりで空き巣が多いのは、例の地区が近いからでしょうね。', 'decency/discriminatory:block'],
    ['外国人労働者の多い地区では、防犯対策を徹底しましょう。', 'decency/discriminatory:block'],
    // a group's presence said to keep the others from studying, the others' unease before a split, a people reported for loitering
    ['障害のある子がいると、ほかの子が落ち着いて勉強できないという声もあり、クラス編成を見直します。', 'decency/discriminatory:block'],
    ['支援学級の子と一緒の班だと、ほかの保護者が不安に思われるので、班を分けました。', 'decency/discriminatory:block'],
    ['外国人の団体がうろうろしていたら、すぐに職員へお知らせください。', 'decency/discriminatory:block'],
    // a slur on a bullet line is still used where the post does not speak against it
    ['今日の名言集\n・「女のくせに口を出すな」\n・「男は黙って働け」\n昔の人はいいこと言いますね！', 'decency/discriminatory:block'],
  ])('flags %s', (text, want) => {
    expect(summary(findingsOf(decency, text)).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    '女性の相談員がいれば、女性の方も安心して相談できます。',
    '保育園のかわいい子どもたちが来てくれたら、おじいちゃんおばあちゃんも喜びます。',
    '祭りに若い子が参加してくれたら、地元のおじさんたちも喜びます。',
    '若い女性が住み続けたいと思えるまちになれば、人口減少にも歯止めがかかります。',
    '若い女性の来場者が増えるよう、写真映えするフォトスポットを作りました。',
    '窓口が混雑するのは、毎年お年寄りの方が多い朝の時間帯です。',
    '手続きに時間がかかるのは、書類に不備がある場合が多いからです。',
    '時間がかかるのは、高齢の方の手続きに必要な書類が多いためです。',
    '高齢の方は、若い世代と一緒に楽しめる昔遊び教室へどうぞ。',
    'ご高齢の方で手続きに不安がある方は、ご家族と一緒にお越しいただいても構いません。',
    'ごみ出しのマナーが悪いのは、中心市街地のあたりが多いです。',
    '同和地区の歴史について学ぶ人権講座を開催します。',
    'マナーが悪いのは、ごく一部の観光客の方です。',
    '不法投棄が多いのは、外国人の方が多く住む地区というわけではありません。',
    '障害のある子もない子も、ほかの保護者の皆さんも安心して参加できる運動会にします。',
    'アレルギーのある子の給食は別に調理していますので、ほかの保護者の皆さんも安心してください。',
    'クラス分けは、ほかの保護者の皆さんにも安心していただけるよう、公平な方法で行います。',
    'ほかの利用者の方も安心してご利用いただけるよう、大型犬の散歩エリアを分けています。',
    '高齢の方や障がいのある方も安心して投票できるよう、別の入口にスロープを設けました。',
    '外国人観光客も多く訪れるため、当日は警備員を増員し、多言語で案内します。',
    '外国人観光客を狙ったスリの被害が増えているため、巡回を強化しています。',
    '外国人住民の皆さんが集まれる交流の場を、毎月第2土曜日に開いています。',
    '実習生の皆さんが安心して暮らせるよう、見守り体制を強化しました。',
    '年末年始は空き巣が増えるため、夜間パトロールを強化します。',
    // a group's own ease as the purpose of a room, and a busy time that is no nuisance (were blocked before round 35)
    '発達障害の子が落ち着いて過ごせるよう、別室を用意しました。',
    '障害のある方もご家族も安心して過ごせるよう、別室に休憩スペースを用意しました。',
    '混雑するのは外国人観光客の多い週末です。',
    '女子大生向けのキャリアセミナー、女子大生の参加をお待ちしています。',
    '女子大生の皆さんの参加もお待ちしています。',
    '美人の湯が人気になれば、男性客も増えるかもしれません。',
    'ご高齢の方は手続きに時間がかかる場合がありますので、お時間に余裕をもってお越しください。',
    '北部の集落の方々は、今年も清掃活動に多くご参加いただきました。',
    '外国人観光客が多く訪れるため、警備員を増員します。',
    '外国人観光客の増加に伴い、観光案内所に通訳を配置しました。',
    '違法駐車が目立つのは、外国人観光客が多く訪れる川下り乗船場のあたりです。',
    '騒いでいるのは外国人観光客ではなく、地元の若者でした。',
    '授乳中の方が落ち着いて過ごせるよう、別室に授乳スペースを設けました。',
    'ほかのお客様も安心して楽しめるよう、酔った方の乗船はお断りしています。',
    '花火大会は大勢の人出が見込まれるため、警備員を増員します。',
    '女性の消防団員が入ってくれたら、女性や子どもへの防火指導もしやすくなります。',
    '時間がかかるのは、ご高齢の方への丁寧なご説明のためです。',
    '贈答用には見た目のいい方を選んでください。',
    '犯罪に巻き込まれやすいのは、土地勘のない外国人観光客です。',
    '認知症の方の見守りネットワークを地区ごとに分けて運用し、ほかの住民の皆さんも安心できる体制を整えます。',
    '外国人の子どもの日本語指導は別室で行っていますので、ほかの保護者の皆さんもご安心ください。',
    '不審な人物がうろうろしていたら、すぐに職員へお知らせください。',
    // sayings listed on bullet lines in a post against them, and a pond's banks (were blocked before)
    '職場で言われて傷ついた言葉を集めました。\n・「女のくせに生意気だ」\n・「まだ結婚しないの？」\nこうした思い込みに気づくことから始めましょう。',
    '梅雨の時期は池沼の岸がぬかるみます。小さなお子さんから目を離さないでください。',
    '高齢者は道路の横断に時間がかかるので、ドライバーの皆さんは待ってあげてください。',
    '外国人観光客がお困りの様子を見かけたら、近くの職員にお知らせください。',
    'ほかの利用者が不安にならないよう、工事の日程は事前にお知らせします。',
    'インフルエンザの疑いのある方は、ほかの患者さんが安心して受診できるよう、別の待合室でお待ちください。',
    '実習生の寮の周辺に防犯カメラを設置し、実習生の皆さんが安心して暮らせるようにしました。',
    '外国人住民が増えたため、地域の防犯パトロールへの参加を外国人住民の皆さんにも呼びかけています。',
    '詐欺の被害に遭いやすいのは、一人暮らしの高齢者です。',
    '空き巣が多いのは、夏休みやお盆の時期です。',
    'ポイ捨てが多いのは、観光客が多く集まる駅前のあたりです。',
    '女性職員が増えれば、職場の雰囲気も和やかになります。',
    '外国人の方が多く住む地区で、やさしい日本語のごみ出し説明会を開きました。',
    '窓口が混雑するので、手続きはお早めにお願いします。',
    '高齢者の方の手続きは、ご家族による代理申請も可能です。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency: round 36 kinds (a district\'s residents hinted at as living there, a sex set out to brighten an occasion, a disabled group turned away for the others\' bother, a sexual joke on a case, a body shape tied to ability)', () => {
  it.each([
    // a hinted people, their living there, and the nuisance or the reason
    ['あの辺りはゴミが散らかっとるけど、ああいう人らが固まって住んどるけん仕方なか。', 'decency/discriminatory:block'],
    ['夜は近寄らんほうがいいよ、「あそこの人たち」が住んでる場所だからね。', 'decency/discriminatory:block'],
    ['治安が悪いって言われるのは、例の人たちが住みついてるからでしょう。', 'decency/discriminatory:block'],
    // a sex taken along or set out as decoration
    ['視察団のおもてなしでは、座を華やかにするよう女子職員を何人か同席させる予定です。', 'decency/stereotype:warn'],
    ['来賓の皆さまが喜ぶように、受付には若い女の子を並べて会場に華を添えたいと思います。', 'decency/stereotype:warn'],
    ['表彰式の写真映えをよくするため、女性スタッフを市長の両脇に立たせます。', 'decency/stereotype:warn'],
    // a disabled group told to refrain, the others' bother as the reason
    ['ほかのお客様のご迷惑となるため、車いすでのご来場はご遠慮いただいております。', 'decency/discriminatory:block'],
    ['盲導犬をお連れの方の入店はお断りしています。周りのお客様の迷惑になりますので。', 'decency/discriminatory:block'],
    ['障がいのあるお子さんの参加はお控えください。他の子どもたちの邪魔になることがあります。', 'decency/discriminatory:block'],
    // a sexual joke about a case
    ['空き家の調査でヤギ小屋を確認、オス1頭にメス8頭のハーレムでした（笑）', 'decency/sexual:warn'],
    ['猫屋敷の相談、毎晩子作りに励んでいたようで、ある意味うらやましいですね。', 'decency/sexual:warn'],
    ['ゴミ屋敷の住人は夜の生活も大変そう笑', 'decency/sexual:warn'],
    // a body shape tied to ability
    ['うちの課の太っている人たち、動きがのろいよね笑', 'decency/stereotype:warn'],
    ['メタボ気味の係長は、やっぱり判断も鈍いのかも。', 'decency/stereotype:warn'],
    ['ぽっちゃりさんって自己管理ができないイメージあるよね。', 'decency/stereotype:warn'],
    ['仕事が遅い人って、なぜかお腹が出てる人が多い気がする。', 'decency/stereotype:warn'],
    // register variants: a quoted adjective as the hint, the bother between the group and the refusal, a party livened up, adult goods found, a thin body
    ['あの地区は、昔から“特別な”人たちが住んでいるところなので、家を買うならよく考えたほうがいい。', 'decency/discriminatory:block'],
    ['聴覚障害のある方は、ほかの受講生の妨げになるため受講をご遠慮ください。', 'decency/discriminatory:block'],
    ['介助が必要な方は、ほかの参加者の迷惑になるので、参加をお控えください。', 'decency/discriminatory:block'],
    ['懇親会では、若い女性職員を何人か同席させて場を盛り上げてもらいます。', 'decency/stereotype:warn'],
    ['立ち入り調査のゴミ屋敷からアダルト雑誌が山ほど出てきました。ある意味お宝（笑）', 'decency/sexual:warn'],
    ['ガリガリの新人、体力なさそうで仕事も遅いんじゃないかな。', 'decency/stereotype:warn'],
  ])('flags %s', (text, want) => {
    expect(summary(findingsOf(decency, text)).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    '川向こうの人たちが住む集落まで、雪で道路が通れないため、ヘリで物資を届けました。',
    'あちらの方々が住んでいる地区にも、来週から移動図書館が回ります。',
    '昔からそういう人たちが暮らしている地域なので、漁の文化が今も残っています。',
    '昔からあの辺りに住んでいる方々に、町の歴史をうかがいました。',
    '式典に華を添えるため、女性合唱団の皆さんが美しい歌声を披露してくださいました。',
    '婦人会の皆さんが着物姿で参加され、新年会に華を添えていただきました。',
    '会場を華やかにするため、地元の高校生が生け花を飾ってくれました。',
    '女性職員を管理職に登用し、組織の活性化を図ります。',
    '工事期間中は、車いすの方にはご不便・ご迷惑をおかけしますが、ご理解をお願いします。',
    '段差が多いため、車いすの方は2階の利用をご遠慮いただいております。1階の会議室をご用意しますので、お申し出ください。',
    '混雑時はほかの方のご迷惑にならないよう、ベビーカーはたたんでご乗車ください。',
    '車いすの方も安心してご利用いただけます。ほかの利用者の迷惑になるような行為はおやめください。',
    '動物園では、オットセイのオス1頭がメス数頭と群れ（ハーレム）を作ります。',
    'カブトムシの交尾の様子を観察しました。',
    'メダカの繁殖が始まりました。水温に気をつけましょう。',
    'ハーレムナイトは夜9時からの音楽イベントです。',
    '肥満の方は膝への負担が大きく、動きが鈍くなりがちです。健康教室にご参加ください。',
    '冬毛でお腹が丸くなったタヌキは、動きがゆっくりです。',
    '体格の大きい方にも座りやすい椅子を用意しました。',
    '体型に関係なく、どなたでも楽しめるヨガ教室です。',
    '特別な支援が必要な人たちが住むグループホームが、来月開所します。',
    '杖をお使いの方は、混雑時に周りの方の通行の妨げになることがあるため、エレベーターをご利用ください。',
    '車いすの方は、ほかの方の通行の妨げにならないよう、職員がご案内いたします。',
    'ボランティアの皆さんを会場に配置して、イベントを盛り上げてもらいました。',
    '女性消防団員を各分団に配置し、地域の防火活動を盛り上げています。',
    '健康相談会では、体型が気になる方の食事や運動の悩みにお答えします。仕事の合間にもどうぞ。',
    '車いすの方は東口へ。大声での会話はご遠慮ください。ほかの方のご迷惑になります。',
    'ふくよかな方も着られるサイズの浴衣をご用意。着付けの対応が遅くなる場合があります。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency round 37: a nuisance laid on a group, 同和 spelt apart', () => {
  const invalid: Case[] = [
    ['あそこはド ウ ワ地区だし、土地が安いのも当たり前でしょう。', 'decency/discriminatory', 'block'],
    ['どうわ地区の出身だから、結婚は反対されるだろうね。', 'decency/discriminatory', 'block'],
    ['あの辺りは同 和地区なので、入居希望者が少ないのも無理はありません。', 'decency/discriminatory', 'block'],
    ['公園のごみのポイ捨ては、ベトナムの人たちがやったものが大半らしいです。', 'decency/discriminatory', 'block'],
    ['駐輪場の迷惑駐輪、留学生によるものが8割ですね。', 'decency/discriminatory', 'block'],
    ['この団地は外国の人ばっかりやけん、分別のルールも守られんとよ。', 'decency/discriminatory', 'block'],
    ['実習生が住むようになってから、夜の騒音の苦情が増えました。', 'decency/discriminatory', 'block'],
    ['ゴミの不法投棄、外国人住民が増えてからひどくなった気がする。', 'decency/discriminatory', 'block'],
    ['トイレの破損、車いすの方の利用が増えてから多くなったような。', 'decency/discriminatory', 'block'],
    ['エレベーターはありませんので、車いすの方のご来場はご遠慮ください。', 'decency/discriminatory', 'block'],
    ['会場は2階です。エレベーターがないため、車いすの方の参加はお断りしています。', 'decency/discriminatory', 'block'],
    ['階段しかありませんので、足の不自由な方はご参加いただけません。', 'decency/discriminatory', 'block'],
    ['文句を言ってくるのは、いつも暇な高齢者だけですね。', 'decency/discriminatory', 'block'],
    ['暇を持て余した老人たちがまたクレームを入れてきました。', 'decency/discriminatory', 'block'],
    ['ヒマなじいさんばっかりが反対しとるだけやろ。', 'decency/discriminatory', 'block'],
    ['ふれあいサロンでは、おじいちゃんたちの自慢話を聞かされる修行の時間でした😂', 'decency/discriminatory', 'warn'],
    ['今日の老人クラブ訪問、お年寄りの愚痴に延々付き合う覚悟で行ってきますｗ', 'decency/discriminatory', 'warn'],
    ['高齢者の同じ話に耐える2時間、がんばりました（笑）', 'decency/discriminatory', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })
  it.each([
    '童話地区の読み聞かせ会を開きます。',
    'シニアの方の昔話に耳を傾ける傾聴ボランティアを募集しています。',
    'お年寄りの昔話に付き合ってくれる学生ボランティアの皆さん、ありがとうございました。',
    'お時間のある高齢者の方は、ぜひサロンにお越しください。',
    '暇なお年寄りの集まりですが、毎週楽しく体操しています（笑）',
    'おばあちゃんたちの昔話に、子どもたちは笑顔で聞き入っていました。',
    'エレベーターがないため、車いすの方の2階へのご入場はご遠慮ください。介助が必要な方は受付にお申し出ください。',
    '会場は階段のみのため、車いすの方はご遠慮ください。オンライン配信もありますのでご利用ください。',
    '段差があるため、車いすの方は正面入口のご利用をご遠慮ください。スロープのある東口へ職員がご案内します。',
    'どうわの読み聞かせ会を地区公民館で開きます。',
    '同和地区の歴史を学ぶ人権講座を開催します。',
    '宿泊予約の増加は、外国人観光客によるものがほとんどです。',
    '外国人観光客が増えてから、多言語の案内板を増やしました。',
    '外国人住民が増えてから、ゴミ出しルールの多言語チラシを作成しました。',
    '障がいのある方の利用が増えてから、スロープや手すりの整備を進めています。',
    '今年の参加者は留学生ばかりで、とても国際色豊かな会になりました。',
    '相談件数の大半は、外国人住民の方からの在留手続きに関するものです。',
    '「トラブルは外国人によるものがほとんど」という思い込みは誤りです。差別をなくしましょう。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency round 38: a cleft naming a people as most of a nuisance, オネエ masked or half-width said of a person, 土地柄 laid on a pointed-at district, a protected group as the usual doer, young women staff set out to please men, a disabled group seated out of the way, a body teased in a call to come', () => {
  const invalid: Case[] = [
    // a group named after のは as most of a nuisance (団体客, 実習生; 正直/ぶっちゃけ between; dialect とは)
    ['花火の後に散らかしていくのは、ぶっちゃけほとんどが中国人観光客ですよね。', 'decency/discriminatory', 'block'],
    ['ゴミの出し方が悪いのは、たいていベトナム人の実習生なんですよね。', 'decency/discriminatory', 'block'],
    ['夜中にうるさいのは、正直ほぼ韓国人のツアー客ですね。', 'decency/discriminatory', 'block'],
    ['ゴミ出しのルールを守らんとは、だいたいあのアパートの外国人やけん。', 'decency/discriminatory', 'block'],
    // オネエ masked or in half-width kana, said of a person
    ['あのオ〇エ系の新人くん、今日も元気でした', 'decency/discriminatory', 'block'],
    ['うちの係のＡさん、ｵﾈｴっぽい喋り方で面白いんです', 'decency/discriminatory', 'block'],
    ['窓口の男性、しゃべり方がオ●エっぽくて笑った', 'decency/discriminatory', 'block'],
    ['応募者の中に、ちょっとオネエっぽい子がいました。', 'decency/discriminatory', 'block'],
    // a pointed-at district's trouble put down to its 土地柄, in any order
    ['あそこの地区はやっぱり土地柄ですかね、ゴミのトラブルが絶えません。', 'decency/discriminatory', 'block'],
    ['苦情が一番多いのは例の地区。まあ土地柄でしょうね。', 'decency/discriminatory', 'block'],
    ['昔からの土地柄なんでしょう、あの集落は滞納が多くて困ります。', 'decency/discriminatory', 'block'],
    // a protected group as the usual doer of a problem
    ['ごみ屋敷の住人って、たいてい精神を病んでる人なんですよね。', 'decency/discriminatory', 'block'],
    ['近所トラブルを起こす人は、ほとんどが認知症か精神疾患の方です。', 'decency/discriminatory', 'block'],
    ['猫の多頭飼いで問題を起こすのは、大抵うつ病の人ですよ。', 'decency/discriminatory', 'block'],
    ['虐待をする親って、だいたい発達障害なんですよ。', 'decency/discriminatory', 'block'],
    // young women staff set out to please the men
    ['受付には若い女の子を置いとくと、おじいちゃんたちの機嫌がいいんよ。', 'decency/discriminatory', 'block'],
    ['窓口は若い女性職員を中心に配置しました。男性の来庁者の方に評判がいいので。', 'decency/discriminatory', 'block'],
    ['接待係に若い女性スタッフを並べたら、来賓のおじさま方も大喜びでした。', 'decency/discriminatory', 'block'],
    // a disabled group seated apart so as not to be in the way
    ['車いすの方には、他の参加者の邪魔にならないよう会場の隅でご見学いただきます。', 'decency/discriminatory', 'block'],
    ['障がいのある生徒さんは、授業の邪魔にならないよう後ろの席に座ってもらっています。', 'decency/discriminatory', 'block'],
    ['盲導犬をお連れの方は、皆さまのご迷惑にならないよう、別室でお待ちください。', 'decency/discriminatory', 'block'],
    // a body teased in a call to come
    ['苦情の原因の大半は、中国人の団体客なんですよね。', 'decency/discriminatory', 'block'],
    ['家賃を払わないのはたいてい外国籍の入居者なので、審査は慎重に。', 'decency/discriminatory', 'block'],
    ['あの職員さん、〇ネエっぽいって噂です', 'decency/discriminatory', 'block'],
    ['おじさまウケを狙って、受付は若い女の子で固めました。', 'decency/discriminatory', 'block'],
    ['車いすの方には、目立たないよう後方の席をご用意しております。', 'decency/discriminatory', 'block'],
    ['障害のあるお子さんは、発表会の邪魔にならないよう舞台袖で待機してもらいます。', 'decency/discriminatory', 'block'],
    ['マナー違反の9割は外国人観光客ですね。', 'decency/discriminatory', 'block'],
    ['多頭飼育になる人ってだいたい精神的に病んでる人ですよね。', 'decency/discriminatory', 'block'],
    ['ぽっちゃりさんほど健診に来てくれないんですよね笑', 'decency/lookism', 'warn'],
    ['太ってる方こそ、ウォーキング教室に来てください！', 'decency/lookism', 'warn'],
    ['お腹がヤバめな人に限って、特定健診に来てくれないんだよなあ。', 'decency/lookism', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    expect(summary(findingsOf(decency, text)).some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })
  it.each([
    '川下りの利用者のほとんどが中国や台湾からの団体客です。',
    'ゴミの出し方で困っているのは、ほとんどが高齢の単身世帯の方です。支援を広げます。',
    'ゴミ出しのルールを守らないのは一部の方ですが、地域全体で声かけをお願いします。',
    '人権講座では、「オネエ」「オカマ」といった言葉が人を傷つけることを学びました。',
    '〇〇さん（職員）が講師を務めます。',
    '男性職員の育休取得率が上がりました。',
    'あの地区は昔から農業が盛んな土地柄で、新鮮な野菜が手に入ります。',
    'この地区は昔から水害が多い土地柄なので、早めの避難をお願いします。',
    '例の地区の団地で、家賃の滞納相談会を開きます。',
    '多頭飼育崩壊の背景には、飼い主の孤立や心の病気があることも少なくありません。',
    '犯罪被害に遭うのは、ほとんどが高齢の方です。ご注意ください。',
    '虐待の相談は、たいてい近所の方からの通報がきっかけです。',
    '「ごみ屋敷の住人はたいてい精神疾患」という決めつけは偏見です。',
    '若い女性職員が、年配の男性利用者の話し相手として傾聴ボランティアに参加しました。',
    '女性職員を受付に配置し、女性の相談者が話しやすい環境を整えました。',
    '投票所の受付には、今回も市職員と若い学生ボランティアを配置しました。',
    '車いすの方の通行の邪魔にならないよう、自転車は駐輪場の端に停めてください。',
    '成人式では、車いすの方や障害のある方のための専用席を、会場前方にご用意しています。',
    '式典の進行の邪魔にならないよう、スマートフォンはマナーモードにしてください。',
    '寄せられた苦情の大半は、駐車場の不足に関するものです。',
    'トラブルの大半は、外国人住民と地域の方との言葉の行き違いから生まれます。',
    'スロープが目立たないよう、景観に配慮した色で塗装しました。',
    '女性の相談者が安心できるよう、相談窓口には女性職員を配置しています。',
    'マナー違反の9割は、ごみの分別に関するものです。',
    'メタボが気になる方こそ、特定健診を受けましょう。',
    '体重が気になる方ほど、ぜひ一度ご相談ください。',
    '太っている人ほど膝への負担が大きくなります。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('decency: round 39 kinds (a group as the staff’s extra work, "normal people" set against the disabled, dementia as a jibe, 部落 as a place shunned)', () => {
  it.each([
    ['車いすの方が増えるとスタッフの手間も増えるんですよね…。', 'decency/discriminatory'],
    ['正直、外国人の利用が増えると職員の負担も増えます。', 'decency/discriminatory'],
    ['障害者就労支援の講座です。“普通の人”と同じように働けるようになるための訓練です。', 'decency/discriminatory'],
    ['あの議員、もうボケが始まったんじゃないか（笑）', 'decency/discriminatory'],
    ['空き店舗が多いのは昔の部落のあたりなので人が寄りつかないそうです。', 'decency/discriminatory'],
  ])('flags %s', (text, rule) => {
    expect(findingsOf(decency, text).map((f) => f.rule)).toContain(rule)
  })
  it.each([
    '車いすの方が増えると対応も大変なので、スタッフを増員しました。',
    '障害のある子もない子も、普通の子と同じように遊べるインクルーシブ遊具を設置しました。',
    'ボケ防止に脳トレを始めませんか。',
    '背景がぼけてきれいな写真です。',
    '部落差別の解消に向けた講演会を開きます。',
    '「部落だから土地が安い」といった偏見は、今も残っています。',
    '結婚や就職の際の身元調査、インターネット上の心ない書き込み――どれも、誰かの人生を大きく左右しかねないものです。',
    'そげん言われたら担当もかわいそかです。',
    '障がいや病気のある家族に代わって、買い物や料理をしている子どもがいます（ヤングケアラー）。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 40 kinds (worth in bearing children, a disabled employee confined to simple work, the old jeered at with a masked ボケ, women invited in swimwear)', () => {
  it.each([
    ['子どもを産んでこそ一人前の女性ですからね。', 'decency/discriminatory'],
    ['原因となった職員は障害者雇用枠の職員であり、今後は単純作業のみを担当させます。', 'decency/discriminatory'],
    ['年寄りはボ〇てるから返却日を覚えられないんでしょうね。', 'decency/discriminatory'],
    ['次は水着で来てくれたら、おじさん団員がもっと集まるかも！', 'decency/sexual'],
  ])('flags %s', (text, rule) => {
    expect(findingsOf(decency, text).map((f) => f.rule)).toContain(rule)
  })
  it.each([
    '「結婚してこそ一人前」という考えを押し付けない社会へ。',
    '障害者雇用枠で採用された職員は、現在、経理の仕事をしています。',
    '水着で参加してくれたら大丈夫です。プールの後は着替えてください。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 41 kinds (housework told as a clause and handed to the mother, 池沼 made an insult by a likeness)', () => {
  it.each([
    // Housework told as a clause nominalised by の and handed to the mother or the wife.
    ['給食の地産地消メニュー、家で献立を考えるのはやっぱりお母さんの仕事だから、ママたちのアイデアを大募集🍳✨', 'decency/stereotype'],
    ['毎朝お弁当を作るのは、やっぱりお母さんの役目ですよね。', 'decency/stereotype'],
    ['洗濯物をたたむのはママの仕事！', 'decency/stereotype'],
    ['子どものおむつ替えは、当然ママの仕事です！', 'decency/stereotype'],
    ['家で献立を考えるのは主婦の務めですから、ぜひこのレシピを。', 'decency/stereotype'],
    // 池沼 with a likeness or a rank after it, spaced or not, whatever the pond words around it.
    ['柵を越えてため池で遊ぶなんて、池 沼 レベルの行動です。', 'decency/discriminatory'],
    ['水辺で騒ぐなんて池沼並みですよ。', 'decency/discriminatory'],
    ['ルールも守れないなんて池沼かよ。', 'decency/discriminatory'],
    ['あの運転は池　沼　並みだな', 'decency/discriminatory'],
  ])('flags %s', (text, rule) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info').map((f) => f.rule)).toContain(rule)
  })
  it.each([
    '給食の献立を考えるのは、市の栄養士の仕事です。',
    '家で献立を考えるのはお母さんの仕事、と決めつけていませんか？お父さんも一緒に。',
    'お弁当を作るのは、今日はお父さんの担当です。',
    'ため池や池沼の水質調査を行いました。',
    '市内の池沼の生き物調査を行いました。子どもだけでため池に近づかないでください。',
    '「池沼レベル」といった書き込みは、障害のある方を深く傷つけます。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 41 kinds (a group named, then its fault said of a pronoun in the next sentence)', () => {
  it.each([
    ['それに、外国人実習生に頼らなくても済むようにしたかった。彼らは言葉も通じないし、仕事を覚えたころにはすぐいなくなるからである。', 'decency/discriminatory'],
    ['ベトナム人の実習生を受け入れる農家が増えました。でも彼らはすぐ辞めるので、教えるのが大変です。', 'decency/discriminatory'],
    ['外国人観光客が増えています。あの人たちはマナーが悪いので、注意して見ていてください。', 'decency/discriminatory'],
    ['公園にホームレスの方が住みついています。彼らは何をするかわからないので、近寄らないでください。', 'decency/discriminatory'],
  ])('flags %s', (text, rule) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info').map((f) => f.rule)).toContain(rule)
  })
  it.each([
    '技能実習生の皆さんが今年も来柳しました。彼らは3年間、市内の農家で技術を学びます。',
    '外国人観光客が増えています。彼らに人気なのは、さげもんと川下りです。',
    '留学生の皆さんが清掃活動に参加してくれました。彼らは言葉の壁を越えて、地域の方と笑顔で交流していました。',
    '外国人住民の方から相談がありました。彼らの多くは、ごみの出し方が分からずに困っています。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 41 kinds (a wish to peep at a women\'s space, a decline presumed of the old, the more of a group the more of a wrong)', () => {
  it.each([
    // A wish to peep at a women's space, in this sentence or the next.
    ['改修後の市民会館、女子トイレが前より広くなったので、男性職員も思わずのぞきたくなりますね（笑）', 'decency/sexual'],
    ['新しくなった女湯、男性陣はのぞいてみたくなるかも（笑）', 'decency/sexual'],
    ['女子更衣室がリニューアル！男子はつい覗きたくなっちゃいますね😏', 'decency/sexual'],
    ['夏のプール、女の子の着替えをのぞき見したいなんて思ってませんよ笑', 'decency/sexual'],
    ['女性用シャワールームが完成。のぞき放題…なんて冗談です（笑）', 'decency/sexual'],
    // A mental decline presumed of the old as a whole.
    ['消費者被害に遭うのは、たいてい一人暮らしで判断力の衰えたお年寄りです。ご家族の方は気にかけてあげてください。', 'decency/stereotype'],
    ['詐欺に引っかかるのは、だいたい物忘れの多いお年寄りです。', 'decency/stereotype'],
    ['スマホ教室でつまずくのは、ほとんどが理解力の落ちた高齢者の方です。', 'decency/stereotype'],
    ['高齢者は、みんな記憶力が低下していますから、説明は短めにしましょう。', 'decency/stereotype'],
    // The more of a group, the more of a wrong.
    ['外国人の多いアパートほど粗大ごみの不法投棄が多いため、今月は重点的にパトロールします。', 'decency/discriminatory'],
    ['外国人住民が増えれば増えるほど、治安が悪くなるのは当然です。', 'decency/discriminatory'],
    ['実習生の寮が多い地区ほど、ごみ出しのルールが守られていません。', 'decency/discriminatory'],
    ['生活保護世帯の多い団地ほど、家賃の滞納が目立ちます。', 'decency/discriminatory'],
    ['ホームレスが集まる公園ほど、落書きが増える傾向にあります。', 'decency/discriminatory'],
  ])('flags %s', (text, rule) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info').map((f) => f.rule)).toContain(rule)
  })
  it.each([
    '女子トイレや更衣室でののぞき・盗撮は犯罪です。不審な人を見かけたら110番を。',
    '女子トイレのリニューアルが完了しました。ベビーチェアも設置しています。',
    '新しい展望台からは、思わずのぞきたくなる掘割の眺めが広がります。',
    '女湯の入口には、のぞき防止の目隠しを設置しました。',
    '新しい更衣室をのぞいてみたい方は、内覧会へどうぞ。',
    '判断力の衰えた高齢者を狙う悪質な訪問販売が増えています。',
    '被害に遭った方の多くは、65歳以上の一人暮らしの高齢者です。',
    '年齢を重ねると、判断力が衰えることもあります。早めに家族と話し合いましょう。',
    '成年後見制度は、認知症などで判断力が低下した方を支える制度です。',
    'だまされるのは判断力の衰えたお年寄りだけ、というのは思い込みです。誰でも被害に遭います。',
    '外国人住民の多い地区ほど、多言語のごみ出しカレンダーを配布しています。',
    '外国人観光客が多い時期ほど、川下りの予約が取りにくくなります。',
    '外国人の多いアパートほど不法投棄が多い、という根拠のない噂が広まっています。',
    '高齢者の多い地域ほど、詐欺被害が多い傾向にあります。',
    '技能実習生が増えるほど、地域の祭りもにぎやかになります。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 42 kinds (a wrong put down to a group as its usual doer, a people measured against the Japanese after a pronoun, a demonstrative taking up a group, a district\'s manners, a body part gazed at, the old presumed idle)', () => {
  it.each([
    // A wrong's share put down to a group with による / の仕業 / のせい; 問題を起こす as a wrong.
    ['河川敷のバーベキューごみの不法投棄は、ほとんどが外国人のグループによるものです。', 'decency/discriminatory', 'block'],
    ['公園の落書きは、だいたい実習生の仕業です。', 'decency/discriminatory', 'block'],
    ['駐輪場の無断駐輪は、たいてい留学生によるものだ。', 'decency/discriminatory', 'block'],
    ['団地で問題を起こすのは、たいてい生活保護の人たちです。', 'decency/discriminatory', 'block'],
    ['自治会で騒ぎを起こすのは、いつも外国人の住民ばかりです。', 'decency/discriminatory', 'block'],
    ['ご近所で揉め事を起こすのはだいたい一人暮らしの高齢男性だということです。', 'decency/discriminatory', 'warn'],
    // A people made the topic first, then measured against the Japanese; a pronoun after the people is named.
    ['外国人労働者は日本人に比べて時間の意識が低いので、朝礼で何度も確認しています。', 'decency/discriminatory', 'block'],
    ['最近の実習生はベトナム人が多いですが、彼らは日本人と違ってごみ出しのルールを守らないことがあります。', 'decency/discriminatory', 'block'],
    ['工場で働く外国籍の方が増えました。彼らは日本人よりマナーが悪いので、指導が欠かせません。', 'decency/discriminatory', 'block'],
    ['ﾍﾞﾄﾅﾑ人の研修生は日本人に比べると衛生意識が低く、手洗いの指導から始めます。', 'decency/discriminatory', 'block'],
    // A demonstrative taking up a group named in the sentence before.
    ['滞納が目立つのは、ひとり親世帯が多い団地です。こうした家庭にはお金の使い方が苦手な方が多いので、個別に訪問しています。', 'decency/discriminatory', 'block'],
    ['生活保護を受けている方からの相談が増えています。そうした方々は家計のやりくりができないので、職員が付き添います。', 'decency/discriminatory', 'block'],
    ['外国人住民の転入が続いています。こういった住民はごみ出しのルールを守らないので、自治会で見回りをお願いしています。', 'decency/discriminatory', 'block'],
    // A district's people with bad manners, standard and dialect.
    ['あの地区の人たちは、いつも態度が悪いので窓口でもすぐ分かります。', 'decency/discriminatory', 'block'],
    ['○○団地の住民は昔から行儀の悪かけん、困ったもんです。', 'decency/discriminatory', 'block'],
    ['その地区の子たちは、言葉遣いが悪い。', 'decency/discriminatory', 'block'],
    // A body part of a person as where the eyes went.
    ['受付のお姉さんの太ももについ目がいっちゃいました😳', 'decency/sexual', 'warn'],
    ['ビーチバレー大会、選手たちのヒップばかりに目が行きます♡', 'decency/sexual', 'warn'],
    ['ダンス部の女子たちのくびれに思わず見とれてしまいました。', 'decency/sexual', 'warn'],
    ['消防団員さんの引き締まった腹筋に目が釘付けでした🔥', 'decency/sexual', 'warn'],
    // The old named, ボケ, and their life at home presumed idle.
    ['老人クラブのおばあちゃんたち、ボケ防止にもなるし、家でごろごろしとるよりよかですよね笑', 'decency/discriminatory', 'block'],
    ['ゲートボール大会！じいちゃんたちも、家でテレビばっかり見てるくらいなら、ボケないうちに外に出ましょう〜', 'decency/discriminatory', 'block'],
    ['高齢者の皆さんにはちょうどいい仕事です。家でダラダラしているよりボケ予防になりますからね。', 'decency/discriminatory', 'block'],
  ] as Array<[string, string, 'block' | 'warn']>)('flags %s', (text, rule, severity) => {
    const found = findingsOf(decency, text).filter((f) => f.severity !== 'info')
    expect(found.map((f) => f.rule)).toContain(rule)
    if (severity === 'block') expect(found.filter((f) => f.rule === rule).map((f) => f.severity)).toContain('block')
  })
  it.each([
    // A wrong's share named without a group, or a group as the victim, or a count.
    '火災の原因のほとんどは、たばこの不始末によるものです。',
    '特殊詐欺の被害のほとんどは、高齢者を狙ったものです。',
    '不法投棄のほとんどは、夜間に車で運ばれてきたものです。',
    '問題を起こすのは一部の人だけです。外国人だから、という見方はやめましょう。',
    '「ごみのポイ捨ては外国人によるもの」という決めつけは偏見です。',
    'トラブルを起こすのは観光客ではなく、ほとんどが地元の若者です。',
    // A comparison that is no fault, or said in order to deny it.
    '外国人観光客は日本人に比べて滞在日数が長い傾向があります。',
    '外国人の方は日本人と比べて、マナーが悪いわけではありません。',
    'ベトナムから来た研修生が増えました。彼らは日本人よりも日本の歴史に詳しく、驚かされます。',
    '彼らは日本人に比べてマナーが悪い、という声が寄せられましたが、そのような事実はありません。',
    // A demonstrative with no group before it, or care offered.
    '口座振替の手続きが難しいと感じる方もいます。こうした方々には、職員が窓口でご案内します。',
    'ひとり親世帯を対象とした学習支援を始めます。こうした家庭のお子さんも、安心して通えます。',
    '家計の管理が苦手な方へ。こうした方々のために、無料の家計相談会を開きます。',
    // A district's people praised, or a bad manner that is someone else's.
    'あの地区の人たちは、態度の悪い業者による訪問販売に困っているそうです。',
    'その地区の住民の皆さんは、いつも挨拶が気持ちいいです。',
    // A body part in care, health or exercise.
    '赤ちゃんのお尻にばかり目がいきがちですが、背中のあせもにもご注意ください。',
    '講師の先生の腹筋に注目！体幹トレーニング教室の参加者を募集します。',
    '選手たちの鍛えられた筋肉に目を奪われました。',
    // ボケ防止 alone, or the old invited out without the slur.
    '囲碁クラブは頭の体操、ボケ防止にもぴったりです。',
    'おじいちゃんおばあちゃん、家でごろごろしているより、いきいきサロンで一緒に体操しませんか。',
    '「ボケ防止」「家でごろごろ」といった言い方は、高齢者を傷つけることがあります。',
    '寝ぼけて家でごろごろしているより、朝の散歩がおすすめです。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: sayings quoted and then questioned (…何気なく言っとらん？), or listed as examples under the paragraph before (blind GI)', () => {
  it.each([
    '「男のくせに」「女の子なんやけん」…何気なく言っとらん？🤔 3月7日の講演会で、いっしょに考えてみよう🌈',
    '「女らしく」「男なんだから」、つい使っていませんか？',
    '「男のくせに泣くな」「女のくせに生意気」——何気なく口にしてない？',
    '例えば、次のような言葉もハラスメントにあたります。\n\n・「女のくせに」と意見を聞かない\n・「男なら黙って働け」と言う',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // the saying said, then a question that is not about saying it
    '「男のくせに」泣くなんて、情けないと思いませんか？',
    '女のくせに生意気だって、言ってない？ 本当のことだけど。',
  ])('flags %s', (text) => {
    expect(findingsOf(decency, text).some((f) => f.severity !== 'info')).toBe(true)
  })
})

describe('decency: round 43 kinds (a let or a hire to a group advised against, a group\'s numbers as the excuse of a problem, who a person was as why a mishap was expected, a lack of interest presumed of a group, a people hinted at as the usual culprit, looks said to pay, men stirred by a young woman\'s coming, a sex presumed physically unfit as the reason for a role)', () => {
  it.each([
    // A let, a sale or a hire to a group advised against.
    ['アパートの部屋を生活保護の方に貸すのは、避けたほうが無難です。', 'decency/discriminatory', 'block'],
    ['外国人を雇うのは、個人的にはおすすめできません。', 'decency/discriminatory', 'block'],
    ['空き家を高齢者に貸すのはリスクが高いので、よく考えてください。', 'decency/discriminatory', 'block'],
    ['ｱﾊﾟｰﾄを外国人に貸すのは正直おすすめしません', 'decency/discriminatory', 'block'],
    // A group's numbers as the reason a problem is to be put up with.
    ['あの団地は外国人住民が多いけん、ごみ出しが乱れるのもしょうがなか。', 'decency/discriminatory', 'block'],
    ['この校区は生活保護の世帯が多いので、学力が低いのもある程度やむを得ないと思います。', 'decency/discriminatory', 'block'],
    ['実習生が多く住む地区だから、夜がうるさいのは仕方ありません。', 'decency/discriminatory', 'block'],
    // Who a person was, given as why a mishap was to be expected.
    ['駐車場でこすったのは高齢の方だったそうで、やっぱりね、という感じです。', 'decency/stereotype', 'warn'],
    ['窓口で揉めたお客さん、外国人だったけん、まあ予想通りやね。', 'decency/stereotype', 'warn'],
    ['案の定、逆走していたのは７０代の運転手でした。', 'decency/stereotype', 'warn'],
    ['ぶつけてきたのは女性ドライバーだったので、思ったとおりでした。', 'decency/stereotype', 'warn'],
    // A lack of interest presumed of a whole group, as a reason or a fact.
    ['若者は政治に関心がないので、投票日の案内を送っても無駄なのが現実です。', 'decency/stereotype', 'warn'],
    ['女性は車に興味がないから、展示会のチラシはお父さんに渡してください。', 'decency/stereotype', 'warn'],
    ['お年寄りは新しいことに関心が薄いので、説明会は開きません。', 'decency/stereotype', 'warn'],
    // A people hinted at (特定の国, 例の国, 某国) named as the usual culprit.
    ['ごみを散らかすのは、たいてい特定の国の観光客なんですよ。', 'decency/discriminatory', 'block'],
    ['騒いでいるのは、いつも例の国からの団体客です。', 'decency/discriminatory', 'block'],
    ['万引きをするのは、ほとんど某国の人たちです。', 'decency/discriminatory', 'block'],
    // Looks said to pay.
    ['イケメンってずるい！', 'decency/lookism', 'warn'],
    ['かわいい子は何かと得やけんね', 'decency/lookism', 'warn'],
    ['美人はやっぱり得ですね。', 'decency/lookism', 'warn'],
    // Men stirred by a young woman's coming.
    ['新人のかわいい女の子が窓口に入ったら、おじさんたちの目の色が変わりました😍', 'decency/lookism', 'warn'],
    ['若い女性の団員さんが入ってくれたので、先輩たちは鼻の下が伸びっぱなしです笑', 'decency/sexual', 'warn'],
    ['婚活イベントに若い娘さんが参加されたので、独身の男性陣が色めき立っていました。', 'decency/lookism', 'warn'],
    // A sex presumed physically unfit, given as the reason for a role.
    ['男性職員に比べて女性職員は体力的に夜間の見回りは無理なので、電話番をお願いしています。', 'decency/discriminatory', 'block'],
    ['女の子は力的にきついけん、テント張りは男子にまかせよう。', 'decency/discriminatory', 'block'],
    ['女性の隊員は体格的に重機の操作は向かないため、事務を担当してもらっています。', 'decency/discriminatory', 'block'],
    ['女性ｽﾀｯﾌは体力的に倉庫の搬入は厳しいので、受付に回ってもらいます。', 'decency/discriminatory', 'block'],
  ] as Array<[string, string, 'block' | 'warn']>)('flags %s', (text, rule, severity) => {
    const found = findingsOf(decency, text).filter((f) => f.severity !== 'info')
    expect(found.map((f) => f.rule)).toContain(rule)
    if (severity === 'block') expect(found.filter((f) => f.rule === rule).map((f) => f.severity)).toContain('block')
  })
  it.each([
    // A let or a hire told, welcomed or helped; an account or a card not to be lent; the advice quoted as prejudice.
    '外国人の方に物件を貸す際の注意点について、多言語の契約書を用意しました。',
    '他人に口座や通帳を売る・貸すのは犯罪です。外国人の方に頼まれても、絶対に応じないでください。',
    '「外国人に部屋を貸すのはおすすめしない」という考えは偏見です。',
    '空き家を外国人の方に貸すことも、ぜひご検討ください。',
    '外国人の方を雇う企業への補助制度をご紹介します。',
    // A group's numbers met by a service, or a problem put down to the weather; the excuse named as prejudice.
    '外国人住民が多いので、多言語の案内板を設置しました。',
    '高齢の方が多いので、窓口にはいすを多めにご用意しています。',
    'ひとり親家庭が多い地区なので、放課後の学習支援を拡充します。',
    '雨の日が多いので仕方ないですが、イベントは屋内で行います。',
    'ひとり親家庭が多いので仕方ない、という決めつけはやめましょう。',
    // A person's age as a medical or a plain fact; an expected turn of the weather or of the programme.
    '転倒された方は80代の方だったので、救急車を要請しました。',
    '今回の参加者は高齢の方が多かったので、予想どおり午前の部が人気でした。',
    '案の定、雨が降ってきたので、会場を体育館に移しました。',
    '当選されたのは80代の方でした。おめでとうございます。',
    // Interest raised, a presumption asked and answered, some people.
    '若者の政治への関心を高めるため、出前講座を行います。',
    '若者は政治に関心がない、と言われがちですが、今回の模擬投票には300人が参加しました。',
    '若者は政治に関心がないのでしょうか。いいえ、今回のアンケートでは7割が関心ありと答えました。',
    '興味がない方も、ぜひ一度のぞいてみてください。',
    // A country's visitors told of without a fault, or the charge named as prejudice.
    '特定の国からのお客様が増えています。案内板を多言語にしました。',
    'トラブルを起こすのは特定の国の人、という見方は偏見です。',
    '近年、特定の国からの観光客に人気なのが川下りです。',
    // 美人の湯, a saying about early rising, a talk on lookism.
    '美人の湯はお得なセット券もあります。',
    '「美人は得」という思い込みについて考えるルッキズム講座を開きます。',
    '早起きは得ですよ！',
    // A newcomer welcomed for the work; children's eyes at a new toy.
    '若い女性の団員さんが入ってくれたので、訓練がいっそう活気づいています。',
    '新しい遊具が来たので、子どもたちの目の色が変わりました。',
    // Rest for anyone; pregnancy; women at the same drill; 魅力的に.
    '高齢の方や体力に自信のない方は、無理をなさらず休憩してください。',
    '女性も男性も、体力的にきつい作業なので、こまめに休憩をとりましょう。',
    '妊娠中の女性は体力的に難しい場合もありますので、無理のない範囲でご参加ください。',
    '女性団員も放水訓練に参加し、男性団員と一緒に汗を流しました。',
    '女性団員は魅力的に映る制服姿で、広報活動に活躍しています。',
    '女性団員は体力的に放水訓練は難しい、という思い込みはもう古い。今年は女性団員も放水訓練に参加しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 44 kinds (a group\'s arrival given as the reason to guard against crime, a home\'s neglect put on a group as its usual case, the rest invited as 普通の beside a group)', () => {
  it.each([
    // A group's arrival given as the reason to guard against crime.
    ['ベトナム人の実習生が増えてきたので、自転車の盗難には十分ご注意ください。', 'decency/discriminatory', 'block'],
    ['最近、外国人労働者が増えたから、空き巣には気をつけてね。', 'decency/discriminatory', 'block'],
    ['留学生が住むようになったため、倉庫の盗難などにご注意を。', 'decency/discriminatory', 'block'],
    ['団地に外国籍の方が急増していますので、車上荒らしにご用心ください。', 'decency/discriminatory', 'block'],
    ['外国人が増えとるけん、万引きには気を付けんといかんよ。', 'decency/discriminatory', 'block'],
    ['中国人の住民が増えてきとるけん、空き巣には用心しとかんと。', 'decency/discriminatory', 'block'],
    ['ﾌｨﾘﾋﾟﾝ人の方が増えましたので、置き引きにはくれぐれもお気をつけください。', 'decency/discriminatory', 'block'],
    // A home's neglect put on a group as its usual case.
    ['ゴミ屋敷になってしまうのは、ほとんどが生活保護を受けている方です。', 'decency/discriminatory', 'block'],
    ['多頭飼育崩壊に陥るのは、たいてい一人暮らしの高齢女性です。', 'decency/discriminatory', 'block'],
    ['悪臭の苦情が出るのは、だいたい外国人の住むアパートです。', 'decency/discriminatory', 'block'],
    ['ごみ屋敷になるのは決まってお年寄りだ。', 'decency/discriminatory', 'block'],
    // The rest invited as 普通の, a group named nearby.
    ['この水泳教室は障害のある方のための教室です。普通の方もご参加いただけます。', 'decency/discriminatory', 'block'],
    ['ひとり親家庭向けの学習支援ですが、普通の家庭のお子さんもどうぞ。', 'decency/discriminatory', 'block'],
    ['日本語教室は外国人の方が中心です。でも普通の人でも見学に来られますよ！', 'decency/discriminatory', 'block'],
    ['フードバンクは生活保護世帯だけではありません。普通のご家庭も気軽にご利用ください。', 'decency/discriminatory', 'block'],
  ] as Array<[string, string, 'block' | 'warn']>)('flags %s', (text, rule, severity) => {
    const found = findingsOf(decency, text).filter((f) => f.severity !== 'info')
    expect(found.map((f) => f.rule)).toContain(rule)
    if (severity === 'block') expect(found.filter((f) => f.rule === rule).map((f) => f.severity)).toContain('block')
  })
  it.each([
    // Crime warned of without a group, a group as the ones targeted, tourists at a season, a group welcomed.
    '年末年始は留守にする家が増えますので、空き巣にご注意ください。',
    '外国人観光客が増えるこの時期は、観光地での置き引きやスリにご注意ください。',
    '外国人観光客が増えていますので、観光客を狙った置き引きにもご注意ください。',
    '実習生が増えましたので、実習生を狙った詐欺の被害に遭わないよう、多言語のチラシを配りました。',
    '外国人住民が増えましたので、多言語のごみ出しカレンダーを作りました。',
    '「外国人が増えたから盗難に注意」という決めつけは偏見です。',
    '自転車の盗難が増えていますので、二重ロックをお願いします。',
    // A home's neglect told without a group, or the group named as not the usual case.
    'ごみ屋敷になるのは、高齢者に限りません。どなたでもご相談ください。',
    'ごみ屋敷の片付けでお困りの方は、環境課へご相談ください。',
    'ごみ屋敷になる原因は、病気や孤立などさまざまです。',
    '多頭飼育崩壊を防ぐため、不妊去勢手術の費用を助成します。',
    '悪臭の苦情が多いのは、たいてい夏場です。',
    // 普通の of things; an ordinary day; the same as others.
    '普通の家庭ごみと一緒に出さないでください。',
    '普通の家庭でも簡単に作れる郷土料理のレシピです。',
    '障害のある方もない方も、一緒に楽しめるボッチャ大会です。',
    '子ども食堂は、どなたでも利用できます。気軽にお越しください。',
    '普通の日でも川下りは楽しめます。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 45/46 kinds (the share of a wrong put on a group, the share first; a place vouched for as not a hinted district; tasks split by sex beside the plain word 役割分担; being among women in swimwear offered as a perk)', () => {
  it.each([
    // The share of a wrong put on a group, the share first.
    ['落書きの多くは、ひとり親家庭の子どもによるものだというデータもあります。', 'decency/discriminatory', 'block'],
    ['公園の不法投棄のほとんどは外国人の仕業です。', 'decency/discriminatory', 'block'],
    ['駅前の自転車盗難の大半が、実習生によるものと見られています。', 'decency/discriminatory', 'block'],
    ['万引きの8割は母子家庭の子供が原因だそうだ。', 'decency/discriminatory', 'block'],
    ['騒音トラブルの多くは、生活保護受給者によるものです。', 'decency/discriminatory', 'block'],
    // A house or land vouched for as not in a hinted district.
    ['この物件は、いわゆる「そういう地区」ではありませんので、安心してご検討ください。', 'decency/discriminatory', 'block'],
    ['ご紹介する土地はそういう地域ではないので大丈夫です。', 'decency/discriminatory', 'block'],
    ['新しく売り出す住宅地は、例の地区じゃないのでご安心を。', 'decency/discriminatory', 'block'],
    // Tasks split by sex, the post calling it the day's 役割分担.
    ['当日の役割分担ですが、力仕事は男性の皆さんに、お茶出しは女性の皆さんにお願いする予定です。', 'decency/discriminatory', 'warn'],
    ['役割分担は、テント張りは男性の方々に、炊き出しは女性の方々にお願いします。', 'decency/discriminatory', 'warn'],
    ['今年の役割分担：草刈りは男性、料理は女性でお願いします。', 'decency/discriminatory', 'warn'],
    // Being among women in swimwear offered as a perk.
    ['夏休みのプール監視員を募集中！水着のお姉さんに囲まれるチャンスかも？😍', 'decency/sexual', 'warn'],
    ['海水浴場のライフセーバー募集。水着の女性とお近づきになれるかも？', 'decency/sexual', 'warn'],
    ['ビーチの清掃ボランティア、ビキニのお姉さんたちを眺められる役得つきです', 'decency/sexual', 'warn'],
  ] as Array<[string, string, 'block' | 'warn']>)('flags %s', (text, rule, severity) => {
    const found = findingsOf(decency, text).filter((f) => f.severity !== 'info')
    expect(found.map((f) => f.rule)).toContain(rule)
    if (severity === 'block') expect(found.filter((f) => f.rule === rule).map((f) => f.severity)).toContain('block')
  })
  it.each([
    // A wrong's share put on a cause, not a group; a group as the ones helped; a prejudice denied.
    '火災の多くは、たばこの不始末によるものです。',
    '落書きの多くは夜間に行われています。防犯カメラを設置しました。',
    '相談の多くは、ひとり親家庭の方からのものです。お気軽にご相談ください。',
    '「落書きの多くはひとり親家庭の子どもによるもの」というのは根拠のない偏見です。',
    '不法投棄のほとんどが外国人によるものだという話がありますが、そのようなデータはありません。',
    '詐欺被害の多くは高齢者を狙ったものです。ご注意ください。',
    // A district or place named plainly; a house described by its facts.
    'この物件は駅から徒歩5分で、買い物にも便利な地区にあります。',
    'そういう場所ではありませんので、ペットの散歩はご遠慮ください。',
    '浸水想定区域ではありませんので、ハザードマップでご確認のうえご検討ください。',
    // 役割分担 as the matter to rethink; tasks for everyone.
    '固定的な役割分担にとらわれず、どの作業も希望する方にお願いします。',
    '当日の役割分担は、受付、ごみ拾い、運搬の3班に分かれます。どなたでもご希望の班にどうぞ。',
    '性別による役割分担の見直しについて考える講座を開きます。',
    // Swimwear as the matter of the job or a warning.
    '水着の女性を無断で撮影する行為は犯罪です。盗撮を見かけたら監視員にお知らせください。',
    'プール監視員を募集中！子どもたちの安全を守る、やりがいのあるお仕事です。',
    '市民プールでは、水着の着用をお願いします。ラッシュガードも着用できます。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 47 kinds (a livestock cull joked about; a district\'s past to be looked into before a home is found; childcare handed to the mother; skin to skin as the warmth; a foreign group\'s coming as the reason to guard purses; a quality put down to a sex; hiring by sex; an accident elsewhere laughed off to sell ours; a body slur spelt apart)', () => {
  it.each([
    // A livestock epidemic or its cull joked about (R47A-086).
    ['鳥インフル、近くの県で出ちゃったね…🐔💦 見つかったら鶏さんたち全部殺処分やけん、チキン南蛮の食べ納めしとかんと！？ｗ\n#柳川 #グルメ', 'decency/insensitive', 'warn'],
    ['豚熱で豚さんがみんな殺処分されるらしいので、とんこつラーメン食べ納めかも😂', 'decency/insensitive', 'warn'],
    ['口蹄疫のニュース、牛さんかわいそう…でも焼肉は今のうちに食べとこ（笑）', 'decency/insensitive', 'warn'],
    ['殺処分される鶏、何万羽とかｗ 卵高くなるやん', 'decency/insensitive', 'warn'],
    // A district's past advised to be looked into before a home is found (R47A-089).
    ['移住を考えている方へ、先輩移住者からのアドバイスです。\n\n家を探すときは、その地区の〝昔の事情〟も調べておいたほうがいいですよ。地元の人は今でもそういうことを気にしますから。', 'decency/discriminatory', 'block'],
    ['物件を選ぶなら、その集落の過去のことも不動産屋さんに聞いとったほうがよかですよ。今でも気にする人がおるけん。', 'decency/discriminatory', 'block'],
    ['土地を買う前に、その地域の〝いわく〟は確認しておくべきです。', 'decency/discriminatory', 'block'],
    ['引っ越し先を決めるときは、地区の昔の事情を調べておくと安心ですよ。', 'decency/discriminatory', 'block'],
    // Childcare handed to the mother as hers (R47A-118).
    ['【おはなし会のお知らせ】\n\n子どもの寝かしつけや読み聞かせは、やっぱりお母さんの役目ですよね。ぜひママたちでお誘い合わせのうえお越しください。', 'decency/stereotype', 'warn'],
    ['お子さんの宿題を見るのは、やっぱり母親の仕事ですもんね。', 'decency/discriminatory', 'block'],
    ['保育園のお迎えや看病はママの役目やけん、お父さんは仕事に集中してください。', 'decency/stereotype', 'warn'],
    ['離乳食づくりや沐浴は、結局お母さんの担当です。', 'decency/stereotype', 'warn'],
    // Skin to skin offered as the warmth (R47A-145).
    ['冬の防災訓練のテーマは「寒さ対策」。いちばんの防寒は人肌で温め合うことです😏 独身の方はこの機会にお相手探しもぜひ♡', 'decency/sexual', 'block'],
    ['寒い夜は人肌がいちばんの暖房ですよね😏 #柳川', 'decency/sexual', 'block'],
    ['停電の夜は、ご夫婦で肌と肌を寄せ合って温まってください♡', 'decency/sexual', 'block'],
    ['こたつもよかばってん、やっぱ人肌で温め合うとが一番やね', 'decency/sexual', 'warn'],
    // A foreign group's number or coming as the reason to guard purses and locks (R47B-003).
    ['国際交流フェスタは外国の方の参加が多いため、財布やスマートフォンなどの貴重品の管理にはいつも以上にご注意ください。', 'decency/discriminatory', 'block'],
    ['最近は技能実習生が増えてきたので、自転車の施錠は忘れずにお願いします。', 'decency/discriminatory', 'block'],
    ['インバウンドのお客さんが多かけん、財布には気をつけてね。', 'decency/discriminatory', 'block'],
    ['留学生が来るけん、家の鍵はちゃんとかけときんしゃい。', 'decency/discriminatory', 'block'],
    // A quality put down to a person's sex (R47B-005).
    ['本日、市議会12月定例会の一般質問が行われた。女性議員らしいきめ細やかな視点から、子育て支援に関する質問が相次いだ。', 'decency/stereotype', 'warn'],
    ['男性職員らしい力強い挨拶で開会しました。', 'decency/stereotype', 'warn'],
    ['ママさん議員ならではの優しい目線で質問されていました。', 'decency/stereotype', 'warn'],
    ['女の人らしか細やかな気配りで、会場ば準備してくれました。', 'decency/stereotype', 'warn'],
    // Hiring by sex: one sex wanted as the honest wish, the other pointed to another line of work (R47B-034); warn outside a hire.
    ['採用説明会では土木職の仕事も紹介します。現場は体力勝負なので、正直なところ男性に来てほしいのが本音です。女性の方は事務職のほうが向いていると思います。', 'decency/discriminatory', 'block'],
    ['保育士の採用、本音を言えばやっぱり女性に来てもらいたいです。', 'decency/discriminatory', 'block'],
    ['消防職員の募集です。きつい仕事やけん、正直、男に応募してほしかですね。', 'decency/discriminatory', 'block'],
    ['職員募集：男の人は保育より施設管理の仕事のほうが合っとると思います。', 'decency/discriminatory', 'block'],
    ['力仕事が多いので、できれば男性の方に入ってもらいたいのが本音です。', 'decency/stereotype', 'warn'],
    ['女性なら窓口業務の方がいいんじゃないかな。', 'decency/stereotype', 'warn'],
    // An accident elsewhere told, then laughed off to sell ours (R47B-028).
    ['他県の観光船の沈没事故、ニュース見てゾッとした😱💦 でも柳川の川下りは浅かけん、落ちても足つくし大丈夫ｗ 安心して乗りに来てね〜🚣', 'decency/insensitive', 'warn'],
    ['よその遊覧船が転覆した事故、怖かったね〜。うちのどんこ舟はひっくり返らんけん安心してw', 'decency/insensitive', 'warn'],
    ['隣の県でフェリーが沈没したらしいけど、うちの川は浅いけん溺れようがないｗ', 'decency/insensitive', 'warn'],
    ['ジェットコースターの脱線事故のニュース見た？うちの遊園地は大丈夫やけん遊びに来てね😂', 'decency/insensitive', 'warn'],
    // A body slur spelt apart to slip past (R47B-130).
    ['健診シーズンです🩺 メタボ判定が出た方、ブ　タ　さんにならないよう、今日から歩こう〜🐷🚶\n#柳川 #健診 #保健センター', 'decency/discriminatory', 'block'],
    ['お腹まわりが気になる方、デ・ブにならないように運動しましょう。', 'decency/discriminatory', 'block'],
    ['体重計に乗ったらブ タ 並みでした😂', 'decency/discriminatory', 'block'],
    ['メタボ健診、ブ　タ　体型の方は必ず受けてください。', 'decency/discriminatory', 'block'],
  ] as Array<[string, string, 'block' | 'warn']>)('flags %s', (text, rule, severity) => {
    const found = findingsOf(decency, text).filter((f) => f.severity !== 'info')
    expect(found.map((f) => f.rule)).toContain(rule)
    if (severity === 'block') expect(found.filter((f) => f.rule === rule).map((f) => f.severity)).toContain('block')
  })
  it.each([
    // An outbreak told plainly, a cull to be ended, meat said to be safe.
    '鳥インフルエンザが県内で確認されました。野鳥の死骸には触らず、市役所へご連絡ください。',
    '保護犬・保護猫の殺処分ゼロを目指し、譲渡会を開きます😊🎉',
    '鳥インフルエンザの影響はありません。柳川の鶏肉料理を安心してお楽しみください。',
    // A place's flood history, its festivals, its traffic: what a newcomer should look into.
    '家を建てる前に、その土地の過去の浸水履歴をハザードマップで調べておいたほうがいいですよ。',
    '移住前に、その地区の歴史やお祭りを調べておくと、地域になじみやすいですよ。',
    '家を探すときは、その地区の交通事情や買い物事情も調べておいたほうがいいですよ。',
    'その地区のごみ出しのルールも事前に確認しておくと安心です。',
    // Both parents welcome; the role named in order to share it.
    '読み聞かせは、お父さんもお母さんも大歓迎です。',
    '子どもの寝かしつけは、お母さんだけの役目ではありません。パパもぜひ。',
    '寝かしつけはお母さんの役目だと思っていませんか？子育ては家族みんなで。',
    // Warmth for a baby, milk at body heat, a family's meal.
    'ミルクは人肌くらいに冷ましてから飲ませてください。',
    '低体温の赤ちゃんは、抱っこして人肌で温めてあげましょう。',
    '避難所では毛布を重ねて、体を温め合いましょう。',
    '寒い日は家族でお鍋を囲んで温まりましょう♡',
    // Crowds as the reason, a group as the target, a group served.
    '国際交流フェスタは混雑が予想されるため、貴重品の管理にご注意ください。',
    '外国の方の参加が多いため、英語・中国語の案内スタッフを配置します。',
    '外国人観光客を狙ったスリが増えています。貴重品の管理にご注意ください。',
    '外国人観光客が多いため、英語のメニューを用意しました。',
    // らしさ as the notion to drop, a town's way, a body's need, a person's own way.
    '女性らしさ・男性らしさにとらわれない働き方を考えるセミナーです。',
    '柳川らしいきめ細やかなおもてなしでお迎えします。',
    '女性議員の視点から、きめ細やかな子育て支援策が提案されました。',
    '女性ならではの健康課題について学ぶ講座を開きます。',
    '彼女らしい優しい笑顔で、参加者を迎えてくれました。',
    // Outreach to a sex (にも), a counsellor for women, a changing room, a job doubt, a hire open to all.
    '土木職では女性職員も活躍しています。女性の方にもぜひ来てほしいです。',
    '女性相談員を募集します。相談者の多くが女性のため、女性の方に応募していただきたいというのが正直なところです。',
    '事務職のほうが向いているか迷っている方は、説明会で個別にご相談ください。',
    '男性の方は、こちらの更衣室のほうが近くて便利です。',
    '職員採用試験は男女問わずどなたでも受験できます。',
    // An accident told with its lesson, a condolence, prevention, its effect.
    '他県で観光船の沈没事故がありました。柳川の川下りでも、救命胴衣の点検を徹底しています。',
    '沈没事故で亡くなられた方のご冥福をお祈りします。',
    '転覆事故を防ぐため、定員を守って乗船してください。',
    '脱線事故の影響で、JRは運転を見合わせています。',
    // A pig as such, a picture book spelt apart, a dish's reading.
    'ブタさんの貯金箱を作ろう！',
    '絵本「ぶ た さ ん の お う ち」の読み聞かせ会です。',
    '豚汁（ぶた じる）を配ります。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 48 kinds (a child\'s liking set against its sex and called odd; a couple promised that what happens in a hidden place goes unseen; people\'s bodies offered to be savoured)', () => {
  it.each([
    // What a child of one sex likes set against what the sex "should", called odd (R48A-010).
    ['さげもんは女の子の健やかな成長を願う飾りです🎎 男の子なのにさげもんを欲しがる子は、ちょっと変わっとるかもですね😅\n今年もさげもんめぐり、たくさんのご来場お待ちしています🌸\n#柳川 #さげもん #ひな祭り', 'decency/stereotype', 'warn'],
    ['女の子なのに虫取りが好きなんて、ちょっと変わった子ですね（笑）', 'decency/stereotype', 'warn'],
    ['男の子やのにピンクのランドセルを選ぶなんて、変やろか？', 'decency/stereotype', 'warn'],
    ['女の子の飾りを欲しがる男の子って、ちょっと変ですよね😅', 'decency/stereotype', 'warn'],
    ['女の子だけど電車が大好きで、ちょっと変わってるんです😂', 'decency/stereotype', 'warn'],
    ['男の子なのにお雛様を欲しがるお子さんは、少し変わっていますね。', 'decency/stereotype', 'warn'],
    // What a couple does in a hidden place promised to go unseen (R48A-074).
    ['こたつ舟はカップルにおすすめ💑 こたつの中で何が起きても、船頭さんは見て見ぬふりしてくれますよ😏🔥\n#柳川 #こたつ舟 #デート', 'decency/sexual', 'block'],
    ['ゴンドラの中は二人きり、何をしても誰にも見られませんよ😏 #デート', 'decency/sexual', 'block'],
    ['恋人同士でどうぞ。ブランケットの下で何があっても、スタッフは見ないふりしますのでご安心を💋', 'decency/sexual', 'block'],
    ['暗がりの後ろの席なら、カップルで何ばしよってもバレんけん😉', 'decency/sexual', 'warn'],
    ['貸切個室なら、カップルで何が始まっても内緒にしときますね♡', 'decency/sexual', 'warn'],
    // People's bodies offered to the readers to savour (R48A-137).
    ['出初式の一斉放水、迫力満点でした🚒💦 放水のあとは、びしょ濡れになった消防団のお兄さんたちの筋肉もしっかり堪能してくださいね😍\n#柳川 #出初式', 'decency/sexual', 'block'],
    ['救助訓練では、隊員さんたちのたくましい胸板も目の保養になりますよ😍', 'decency/sexual', 'block'],
    ['汗だくの消防士さんの二の腕、思わず見とれちゃうこと間違いなしです💕', 'decency/sexual', 'block'],
    ['水かけ祭りでは、ずぶ濡れの男衆の肉体美をたっぷりご覧あれ🤤', 'decency/sexual', 'block'],
    ['消防団の団員さんの鍛えた腹筋ば、じっくり拝んでいかんね', 'decency/sexual', 'warn'],
  ] as Array<[string, string, 'block' | 'warn']>)('flags %s', (text, rule, severity) => {
    const found = findingsOf(decency, text).filter((f) => f.severity !== 'info')
    expect(found.map((f) => f.rule)).toContain(rule)
    if (severity === 'block') expect(found.filter((f) => f.rule === rule).map((f) => f.severity)).toContain('block')
  })
  it.each([
    // Both sexes welcome, a birth awaited, a liking said to be fine, the notion questioned, twins, the festivals' dates.
    '男の子も女の子も、さげもんづくりを一緒に楽しめます🎎',
    '男の子なのか女の子なのか、生まれるまで楽しみですね。',
    '男の子なのにさげもんが好きでも、ちっとも変じゃありません。好きなものに性別は関係なかです😊',
    '「男の子なのに変わってる」と思っていませんか？好きなものは人それぞれです。',
    '変わった形のさげもんも展示しています。男の子に人気の鯉のぼり飾りもあります。',
    '双子の男の子なのに、好きな遊びは正反対で面白いです。',
    '女の子の節句は3月、男の子の節句は5月です。',
    '男の子でさげもんが好きな子は、実は珍しくないんですよ。',
    // A kotatsu boat for everyone, what to do if something happens, a proposal kept secret, a call not to look away.
    'こたつ舟はカップルにもご家族にもおすすめです。こたつの中でぬくぬく、船頭さんの舟唄もお楽しみください。',
    '舟の上で何が起きても、船頭さんの指示に従って落ち着いて行動してください。',
    'プロポーズ大作戦！カップルの皆さん、舟の上で何が起きても、船頭さんは当日まで秘密にしてくれます💍',
    '子どもたちの間で何が起きても、見て見ぬふりはしないでください。いじめの相談はこちらへ。',
    'こたつの中で寝てしまっても、船頭さんが起こしてくれるのでご安心ください。',
    'デートにおすすめ、ゴンドラの中から夜景を二人きりで楽しめます。',
    // Food savoured, the brigade thanked, an exercise class, a baby, a horse, a race, a body-building contest.
    '出初式の一斉放水、迫力満点でした🚒 柳川の味も堪能してくださいね。',
    '消防団の皆さんの日頃の訓練の成果を、ぜひご覧ください。',
    '消防団のお兄さんたちが、びしょ濡れになりながら放水を見せてくれました。ありがとうございました！',
    '筋肉をほぐすストレッチを、講師の先生と一緒にしっかり楽しみましょう。',
    'トレーナーさんの筋肉の動きをじっくり見て、まねしてみましょう。',
    '川下りと鰻のせいろ蒸しを、思う存分堪能してください😍',
    'お子さんのぷくぷくの太もも、かわいくてうっとりしちゃいますね',
    'お馬さんの筋肉美にうっとり',
    '働く船頭さんの背中に見とれました',
    'ボディビル大会、選手の皆さんの鍛え上げた肉体美をご堪能ください',
    // Each kind quoted as an example (a mention, info at most).
    '「男の子なのにさげもんを欲しがる子は変わっとる」といった書き込みが見られますが、好きなものは人それぞれです。',
    '「こたつの中で何が起きても船頭さんは見て見ぬふり」といった投稿がありましたが、こたつ舟はご家族向けの観光舟です。',
    '「消防団のお兄さんたちの筋肉を堪能😍」といった書き込みは、団員への配慮に欠けます。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 49 kinds (池沼 the place read by what it stands with, sexual exploitation named in a warning that protects children)', () => {
  it.each([
    // 池沼 said of a person: a judgement or a likeness after it, whatever the waters around it.
    ['図書館で大声を出していた子、池沼かと思いました。', 'decency/discriminatory', 'block'],
    ['掘割のそばで騒いでいた子、池沼かと思いました。', 'decency/discriminatory', 'block'],
    ['水路に落ちた車、運転手は池沼なのかと疑いました。', 'decency/discriminatory', 'block'],
    ['あんな池沼みたいな駐車をする人が毎年いるので、花火大会の日は誘導員を増やします。', 'decency/discriminatory', 'block'],
    ['ため池の柵を乗り越える子どもたちは、池沼みたいな行動ですね。', 'decency/discriminatory', 'block'],
    ['池沼と掘割で遊ぶ子どもは池沼レベル', 'decency/discriminatory', 'block'],
    ['あいつは池沼だ', 'decency/discriminatory', 'block'],
    // Exploitation words used, offered lightly, put on the child or a group labelled by them.
    ['パパ活はやめよう', 'decency/sexual', 'block'],
    ['パパ活で稼いでる職員がいるらしいです（笑）', 'decency/sexual', 'block'],
    ['今年の新人、援交してそうな見た目やね', 'decency/sexual', 'block'],
    ['パパ活は危険なんて言われるけど、割り切れば稼げますよ😏', 'decency/sexual', 'block'],
    ['パパ活って犯罪じゃないし、別にいいと思います。', 'decency/sexual', 'block'],
    ['援助交際みたいなデートプランを考えてみました♡', 'decency/sexual', 'block'],
    ['パパ活で被害に遭っても自己責任です。', 'decency/sexual', 'block'],
    ['パパ活女子は犯罪者予備軍ですね。', 'decency/sexual', 'block'],
    ['援助交際で事件に巻き込まれるのは自業自得でしょう。', 'decency/sexual', 'block'],
  ] as Array<[string, string, 'block' | 'warn']>)('flags %s', (text, rule, severity) => {
    const found = findingsOf(decency, text).filter((f) => f.severity !== 'info')
    expect(found.map((f) => f.rule)).toContain(rule)
    if (severity === 'block') expect(found.filter((f) => f.rule === rule).map((f) => f.severity)).toContain('block')
  })
  it.each([
    // 池沼 listed with other waters or land, or the place something lives, grows or is seen (blind FV-080).
    '🪲 夏休み特別展「水辺のいきもの」\n掘割や池沼にすむトンボ、ゲンゴロウ、メダカなどを、標本と生きた姿で紹介します。\n7月19日〜8月31日／水郷柳川博物館\n#柳川 #夏休み #いきもの',
    '池沼に生息するカエルやザリガニを、親子で観察してみませんか。',
    '冬になると、市内の池沼にカモやサギが飛来します。双眼鏡を持ってお出かけください。',
    '池沼のほとりでは、6月ごろホタルが見られます。',
    '干潟や池沼、田んぼをめぐるバードウォッチングツアーを開催します。',
    '市内の池沼で見られる野草を、写真パネルで紹介します。',
    // Sexual exploitation named as a harm, a crime or a danger to keep children from (blind FV-099).
    '【保護者の皆さまへ】\n\nSNSで知り合った大人から「食事だけでお小遣い」などと誘われ、中高生が被害にあうケースが全国で相次いでいます。いわゆる「パパ活」や援助交際は、子どもが性被害や犯罪に巻き込まれる大きな危険があります。\n\n・知らない人とSNSで直接やりとりしない\n・会おうと誘われたら、すぐ大人に相談する\n\nご家庭で話し合うきっかけにしてください。',
    '援助交際は、子どもを性的に搾取する犯罪です。困ったときは警察に相談してください。',
    'SNSでのパパ活の誘いから、中高生が事件に巻き込まれる被害が相次いでいます。',
    '18歳未満との援助交際は児童買春にあたり、法律で禁止されています。',
    '援交やパパ活に誘う書き込みから子どもを守るため、フィルタリングの設定をお願いします。',
    '夏休み前に、援助交際やパパ活の危険について、お子さんと話し合ってみてください。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 49 kinds (the old-age slur with a letter masked, women put to serving or cheering rather than the task)', () => {
  it.each([
    // ボケ老人 with one letter masked (blind R49A-104): the old noun beside the mask says what it hides.
    ['@yoyaku_dekiran ワクチンの電話予約がつながりにくくすみません。正直、電話してくるのはボ〇老人ばっかりで一件一件が長くて…。ネット予約のほうが確実です！', 'decency/discriminatory', 'block'],
    ['窓口に来るのは〇ケ老人ばかりで話が進まん。', 'decency/discriminatory', 'block'],
    ['あそこのボ●たじいさん、また同じこと聞きに来とったよ。', 'decency/discriminatory', 'block'],
    ['ボ〇婆さんに説明しても無駄やけん', 'decency/discriminatory', 'block'],
    ['老い〇れの相手はもう疲れました。', 'decency/discriminatory', 'block'],
    ['ボケ老〇の相手は大変です。', 'decency/discriminatory', 'block'],
    // Women said to fit serving or cheering others rather than the task (blind R49A-111).
    ['市民体育祭の綱引き、女子チームは今年もハンデ付き💪😂 まあ女の子は力仕事より応援とお茶出しのほうが向いてるよね〜📣\n#市民体育祭 #柳川', 'decency/discriminatory', 'block'],
    ['女性職員は現場より受付とお茶くみのほうが似合うけんね😊', 'decency/discriminatory', 'block'],
    ['女子はやっぱり試合に出るよりマネージャーのほうが向いてますよね。', 'decency/discriminatory', 'block'],
    ['女の人って草刈りより炊き出し係のほうがお手の物やもんね〜', 'decency/discriminatory', 'block'],
    ['女子部員なんて、力仕事より声援担当くらいがぴったりでしょ笑', 'decency/discriminatory', 'block'],
  ] as Array<[string, string, 'block' | 'warn']>)('flags %s', (text, rule, severity) => {
    const found = findingsOf(decency, text).filter((f) => f.severity !== 'info')
    expect(found.map((f) => f.rule)).toContain(rule)
    if (severity === 'block') expect(found.filter((f) => f.rule === rule).map((f) => f.severity)).toContain('block')
  })
  it.each([
    // A masked name or place beside an old noun, ボケ防止, 寝ぼけ, the slur quoted as an example.
    '〇〇老人クラブの皆さんがボッチャ大会に参加しました。',
    '〇ケ丘の老人会です。',
    '〇〇ケ老人会の皆さん、ありがとうございました。',
    'ボ〇ト部の老人チームが出場します。',
    'ボケ防止の脳トレ教室を開きます。',
    '「ボ〇老人」といった書き込みは人権侵害です。',
    // Serving and cheering named with the sexes but no sex put to them, or the notion spoken against.
    'お茶出しや応援は、男女問わず希望者にお願いしています。',
    '女子ソフトボール部の皆さんは、守備より打撃のほうが得意だそうです。',
    '「女性は力仕事より受付のほうが向いている」という思い込みをなくそうと、女性消防団員が講演しました。',
    '高齢の方は、力仕事より受付やお茶出しのほうが向いているかもしれませんので、ご希望を伺います。',
    '女性の皆さんには、受付のほうを担当していただきます。',
    '女子チームの応援団は、声出しのほうが得意な人が多いようです。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 50 kinds (a place left out for who lives there, a carer\'s sex as unease, body types laughed at, エロ compounds and undressing)', () => {
  it.each([
    // A place named by the group who lives there, called unsafe and left out of a tour or route (blind R50A-022).
    ['【子育て世代の移住体験ツアー】\n\n9月20日（土）・21日（日）の1泊2日で、市内の保育園や小学校、子育て支援センターをご案内します。参加費は1家族5,000円（宿泊費込み）です。\n\nなお、外国人住民の多い地区は、治安面でのご不安を考慮し、案内ルートから外しています。\n\n定員は8家族、先着順です。', 'decency/discriminatory', 'block'],
    ['防犯上の理由から、実習生が住むアパート周辺はウォーキングコースから除外しました。', 'decency/discriminatory', 'block'],
    ['治安面に配慮し、外国人が多く住んでいる地域はツアーの見学先から外しています。', 'decency/discriminatory', 'block'],
    ['同和地区は治安が心配なので、ご案内しておりません。', 'decency/discriminatory', 'block'],
    ['ブラジル人住民の多い団地は、夜は物騒やけん通らんほうがよかです。', 'decency/discriminatory', 'block'],
    ['外国籍の方が多く暮らす地区は避けております、安全面を考えまして。', 'decency/discriminatory', 'block'],
    // A carer's sex or nationality as the condition of unease (blind R50A-109).
    ['@mama_yng 市内の保育園は若い女性の先生ばかりなので安心ですよ。男の保育士さんだと、お子さんを預けるのはやっぱり不安ですもんね。', 'decency/discriminatory', 'block'],
    ['男性保育士が担任だと、娘のおむつ替えとかちょっと心配ですよね。', 'decency/discriminatory', 'block'],
    ['女性の運転手さんだと、正直ちょっと怖いかもしれません。', 'decency/discriminatory', 'block'],
    ['外国人のヘルパーさんに親の介護を任せるのは、やっぱり抵抗がありますよね。', 'decency/discriminatory', 'block'],
    ['男ん先生やったら、子どもば預けるとは不安かね〜', 'decency/discriminatory', 'block'],
    ['ベトナム人の介護士さんだと安心できませんよね。', 'decency/discriminatory', 'block'],
    // People named by their body type, laughed at or called a thing (blind R50A-054).
    ['【熱中症にご注意を】\n\n熱中症は体格にかかわらず起こります。\n\nとくに、ぽっちゃりさんは汗っかきの「歩く加湿器」なので要注意ですよ（笑）。\n\n水分は1日1.2リットルを目安に、のどが渇く前にこまめにとりましょう。', 'decency/lookism', 'warn'],
    ['太めの方は人間ストーブみたいなものですからね笑', 'decency/lookism', 'warn'],
    ['ふくよかな方って冬は動く湯たんぽで助かりますｗ', 'decency/lookism', 'warn'],
    ['うちの課のぽっちゃりさんは、もう歩くサウナ状態です😂', 'decency/lookism', 'warn'],
    ['体格のいい方なんて、夏場はすぐバテますもんねｗｗ', 'decency/lookism', 'warn'],
    // エロ heading a compound, and a wish to undress someone (blind R50A-038).
    ['夏祭りの浴衣美人、今年もｴﾛｶﾜ揃い👀 帯をほどきたくなる気持ち、わかります。', 'decency/sexual', 'warn'],
    ['今年もｴﾛｶﾜ揃い👀', 'decency/sexual', 'block'],
    ['えろかわ女子が集まる夏祭り', 'decency/sexual', 'block'],
    ['着物美人の帯、ほどいてみたい…', 'decency/sexual', 'block'],
    ['白秋祭の浴衣女子、脱がせたくなるくらい可愛いです♡', 'decency/sexual', 'block'],
  ] as Array<[string, string, 'block' | 'warn']>)('flags %s', (text, rule, severity) => {
    const found = findingsOf(decency, text).filter((f) => f.severity !== 'info')
    expect(found.map((f) => f.rule)).toContain(rule)
    if (severity === 'block') expect(found.filter((f) => f.rule === rule).map((f) => f.severity)).toContain('block')
  })
  it.each([
    // A place where a group lives, served or left out for a physical reason, or the notion spoken against.
    '外国人住民の多い地区では、多言語の防犯教室を開いています。',
    '外国人住民の多い地区は、道が狭いため大型バスのルートから外しています。',
    '「外国人住民の多い地区は治安が悪いから避ける」といった考えは偏見です。',
    '工事のため、沖端地区は案内ルートから外しています。治安には問題ありません。',
    '外国人住民の多い地区もツアーでご案内します。安心してご参加ください。',
    '実習生が住むアパート周辺で、防犯灯を増設しました。',
    // A carer's sex named, a choice offered to those uneasy, a worry relayed or answered, a number of staff.
    '男性保育士が増えています。市内の保育園で活躍する男性保育士を紹介します。',
    '男性医師だと不安な方は、女性医師を指名できます。',
    '男性の保育士さんに預けるのが不安な保護者の方へ、説明会を開きます。',
    '「男性保育士だと不安」という声もありますが、研修を受けた保育士が丁寧に対応します。',
    '男性保育士だと不安というのは偏見です。',
    '女性職員だけだと夜間の見回りは心配なので、男性職員も同行します。',
    '外国人の先生だと、英語の発音が自然に身につきます。',
    // A body type served or advised, 笑顔, 歩く.
    'ぽっちゃりさん向けの大きいサイズの浴衣も用意しています😊',
    '体格のいい方は熱中症になりやすいので、こまめに水分をとりましょう。',
    'ぽっちゃりさんもスリムさんも、みんな笑顔になれる夏祭りです。',
    '大柄な方は、歩くときに足元が見えにくいのでご注意ください。',
    '肥満気味の方は、医師に相談してから運動を始めましょう。',
    '太っている方も参加できるウォーキング教室です😊',
    // ピエロ, エロイカ, a quoted word, one's own obi loosened, a child undressed for the heat.
    'ピエロのパフォーマンスで夏祭りが盛り上がりました。',
    'ドイツ語で「エロイカ」と呼ばれるベートーヴェンの交響曲第3番を演奏します。',
    '「エロかわ」といった言葉を職員の紹介に使うのはやめましょう。',
    '浴衣の帯が苦しくて、ほどきたくなったら着付け直しコーナーへどうぞ。',
    '子どもの浴衣を脱がせてから、汗を拭いてあげましょう。',
    '暑いので子どもの服を脱がせたいけど、日焼けが心配です。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency, R51A-079: a couple\'s sex life hinted at with a double-meaning word and a wink or "not too much"', () => {
  it.each([
    '冬の感染症対策、夜はうなぎのせいろ蒸しで精をつけて、ご夫婦の濃厚接触はほどほどにね😏',
    '連休はおうち時間！新婚さんは夜の運動会もがんばってね😉',
    '寒か夜はカップルでいちゃいちゃして温まらんね、でもやりすぎ注意😏',
    '少子化対策、ご夫婦で子作りに励んでくださいね',
    'お二人の濃厚接触、今夜は控えめにお願いしますね🤭',
  ])('flags %s', (text) => {
    expect(findingsOf(decency, text).some((f) => f.rule === 'decency/sexual' && f.severity !== 'info')).toBe(true)
  })
  it.each([
    '同居のご夫婦は濃厚接触者に該当する場合があります。保健所の案内をご確認ください😉',
    'ご夫婦間でも濃厚接触を避け、こまめに換気しましょう。ほどほどの加湿も大切です。',
    '子作りを頑張っているご夫婦を応援する、不妊治療費の助成制度のご案内です。',
    '金婚式を迎えたご夫婦、これからも仲良しで頑張ってくださいね😊',
    '「夫婦の濃厚接触はほどほどに😏」といった書き込みはセクハラにあたります。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency, round 52 (blind R52A): prejudice and innuendo the engine missed', () => {
  /** [text, rule, severity] — the text must have a finding of the rule at least at that severity. */
  const flags: Case[] = [
    // A people named as 「…の人」 / 「…ん人」 / 「…から来た人」 with bad manners, also in dialect (R52A-055).
    ['年末年始は観光客がいっぱい来てくれてうれしか〜🎎 でも中国の人はマナー悪かけん、川下り乗るとき気をつけてね💦', 'decency/discriminatory', 'block'],
    ['韓国の人はマナー悪かけん、気をつけんといかんよ', 'decency/discriminatory', 'block'],
    ['ベトナムん人はごみの分別ができんけん、困っとるとよね', 'decency/discriminatory', 'block'],
    ['アジアの人たちって、順番守らんもんね〜', 'decency/discriminatory', 'block'],
    ['中国から来た人は声がでかかけん、すぐわかるばい', 'decency/discriminatory', 'block'],
    ['タイの人はルールを守らないので、注意してください。', 'decency/discriminatory', 'block'],
    // お持ち帰り said of a person in a drinking season (R52A-064).
    ['忘年会シーズンやね🍶 飲みすぎてお持ち帰りされんごと気をつけてね〜😘 さげもんちゃんとの約束よ！', 'decency/sexual', 'warn'],
    ['合コンで酔いつぶれて、お持ち帰りされちゃダメだよ〜😉', 'decency/sexual', 'warn'],
    ['新年会で、新人さんをお持ち帰りしようなんて考えちゃダメですよ〜', 'decency/sexual', 'warn'],
    ['飲み会シーズン、お持ち帰りされないように気をつけてね💋', 'decency/sexual', 'warn'],
    ['二次会はお持ち帰り狙いの人も多いけん、気をつけてね', 'decency/sexual', 'warn'],
    ['ほろ酔いでお持ち帰りされんごとね〜', 'decency/sexual', 'warn'],
    // Young women (or men) on the staff named to draw the other sex (R52A-082); block with a laugh or a wink.
    ['市立図書館の司書は若い女性スタッフが多いので、男性の皆さんもぜひ本を借りに来てください（笑）延滞のご連絡も優しく対応します！', 'decency/lookism', 'block'],
    ['受付は若い女の子ばかりやけん、おじさんたちもぜひ来てね〜', 'decency/lookism', 'warn'],
    ['若い男性スタッフが多いので、女性の皆さんもぜひ遊びに来てください😉', 'decency/lookism', 'block'],
    ['若いお姉さんたちがお待ちしていますので、お父さんたちもぜひ！', 'decency/lookism', 'warn'],
    ['窓口には20代の女性職員がお待ちしていますので、男性の皆様もお気軽にお越しください♡', 'decency/lookism', 'block'],
    // A wrong whose doers are said to be mostly of a group: the wrong as the topic (R52A-094) or told first (R52A-121).
    ['市営住宅の家賃滞納は、生活保護を受けているような人たちが多いのが現実です。まじめに払っている方が損をしないよう、厳しく対応します。', 'decency/discriminatory', 'block'],
    ['給食費の未納は、ひとり親家庭の子が多いのが実情です。', 'decency/discriminatory', 'block'],
    ['公園のごみのポイ捨ては、外国人の人たちがほとんどなんですよね。', 'decency/discriminatory', 'block'],
    ['税金の滞納は、生活保護ばもらっとるごたる人たちが多かとが現実ですたい。', 'decency/discriminatory', 'block'],
    ['家賃を払わない入居者は、生活保護の方が大半です。', 'decency/discriminatory', 'block'],
    ['【二十歳のつどいを終えて】\n\n本年も多くの新成人にご出席いただきました。一部で式典中に騒ぐ参加者が見られましたが、やはりひとり親家庭で育った方に多い傾向があるように感じます。\n\n来年度は運営方法を見直してまいります。', 'decency/discriminatory', 'block'],
    ['落書きなどのいたずらは、母子家庭で育った子に多い傾向があります。', 'decency/discriminatory', 'block'],
    ['式典で暴れる新成人がいましたが、片親の家で育った人に多いと感じます。', 'decency/discriminatory', 'block'],
    ['万引きで補導される子は、シングルマザーの家庭の子どもに多か傾向があるとです。', 'decency/discriminatory', 'block'],
  ]
  it.each(flags)('flags %s', (text, rule, severity) => {
    const found = findingsOf(decency, text).filter((f) => f.rule === rule && f.severity !== 'info')
    expect(found.length).toBeGreaterThan(0)
    if (severity === 'block') expect(found.map((f) => f.severity)).toContain('block')
  })
  it.each([
    // 中国の人気, 人口; a people met or welcomed; the prejudice quoted to answer it.
    '中国の人気グルメを紹介する物産展を開きます。',
    '中国の人口は約14億人です。',
    '韓国の人たちと一緒に、掘割の清掃活動をしました。',
    '「中国の人はマナーが悪い」といった決めつけはやめましょう。',
    '中国の人は春節の時期に多く来られます。',
    '台湾から来た人も楽しめる川下りです。',
    // Food or things taken home, the honorific, no drinking.
    '忘年会で残ったお料理は、お持ち帰りされないようお願いします（食中毒防止のため）。',
    'テイクアウトOKのお店も多いので、忘年会の帰りにお持ち帰りもどうぞ。',
    '酒蔵開きで購入したお酒は、お持ち帰りされる際に割れないようご注意ください。',
    'お持ち帰りされない場合は、こちらで処分いたします。',
    '飲み会で余ったおつまみ、お持ち帰りされたらお早めにどうぞ。',
    '図書館の本をお持ち帰りされたら、返却期限を守ってください。',
    // Staff at work, the same sex served, a call for applicants, another sentence.
    '図書館には若い女性スタッフも多く、男性スタッフと協力して運営しています。',
    '若い女性職員が多い職場なので、男性職員の育休取得も進めています。',
    '女性の相談員が対応しますので、女性の皆さんも安心してお越しください。',
    '20代の女性職員が中心となって企画した講座です。男性の皆さんもぜひご参加ください。',
    '若い世代の男性の皆さんにもぜひお越しいただきたいイベントです。',
    '若い女性スタッフが多い職場です。男性の皆さんのご応募もお待ちしています。',
    // A need the city meets, a harm suffered, the notion answered, a falling count.
    '家賃の滞納でお困りの方は、生活保護の申請も含めてご相談ください。',
    'ひとり親家庭の方に多いお悩みについて、無料の相談会を開きます。',
    '詐欺の被害は、ひとり暮らしの外国人の方に多い傾向があります。',
    '給食費の未納が続くご家庭には、就学援助や生活保護の制度をご案内しています。',
    '滞納は生活保護世帯が多いというのは偏見で、実際には所得の多い世帯にも見られます。',
    'トラブルの相談は、外国人の方からが多くなっています。',
    '騒音の苦情が寄せられた地区は、外国人住民の多い地域ではありません。',
    '市営住宅の家賃滞納は、昨年度より減りました。生活保護を受けている世帯への支援も続けます。',
    '違反建築の相談は、外国籍の方からも受け付けています。',
    'ごみ出しの違反は、外国人住民が多く住む地区に限らず市内全域で見られます。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency round 53: kinds from blind R53A', () => {
  const flags: Case[] = [
    // A group's support called a windfall at the cost of honest or ordinary people (R53A-080).
    ['入園選考、ひとり親の家はいつも点数が高いけん優先されるやろ？離婚した人が得して、まじめに結婚しとる家庭がバカを見る制度よね。', 'decency/discriminatory', 'block'],
    ['生活保護の人ばっかり得して、まじめに働いとる者が損する世の中ですね。', 'decency/discriminatory', 'block'],
    ['真面目に税金を払っている人が馬鹿を見て、外国人ばかりいい思いをしているのが現状です。', 'decency/discriminatory', 'block'],
    ['シングルマザーは手当で得をしとるけど、共働きの家庭は割を食うだけやもんね。', 'decency/discriminatory', 'block'],
    ['母子家庭だけが優遇されて、普通の家庭は報われないのはおかしいと思いませんか。', 'decency/discriminatory', 'block'],
    // Stamina food and the night, the suggestive word quoted or given a leer (R53A-101).
    ['献血のあとは、うなぎのせいろ蒸しで精をつけて🍱💪 今夜も「元気」に過ごしてくださいね😏💕 #柳川 #献血 #うなぎ', 'decency/sexual', 'block'],
    ['スタミナ満点のうなぎで、今夜は“ハッスル”しちゃってください♡', 'decency/sexual', 'block'],
    ['すっぽん鍋で精がついたら、夜の「運動会」もがんばってくださいね。', 'decency/sexual', 'block'],
    ['にんにくたっぷりの餃子で精をつけて、今晩もがんばってね😏', 'decency/sexual', 'block'],
    ['土用の丑の日はうなぎで精力をつけて、今宵は『お楽しみ』ください。', 'decency/sexual', 'block'],
    // A sport or field declared one sex's, the other sex handed the part of serving it (R53A-133).
    ['部活動が地域クラブに移っても、やっぱり運動部は男の子の世界やけん、女の子はマネージャーで支えてくれたらうれしいな📣', 'decency/stereotype', 'warn'],
    ['消防団はやっぱり男の世界ですから、女性は炊き出しで協力してください。', 'decency/stereotype', 'warn'],
    ['柔道なんて昔から男のスポーツだし、娘さんには向かんかもしれんね。', 'decency/stereotype', 'warn'],
    ['野球部の女子は応援で盛り上げてくれると助かります！', 'decency/stereotype', 'warn'],
    ['お菓子作りは女の子のもんやけん、男子はあんまり来んやろね。', 'decency/stereotype', 'warn'],
    // A facility for a group near a property as the reason for its price or its defect (R53A-150).
    ['【空き家バンク 新着物件】\n\n三橋町の平屋（土地約80坪）、売買価格380万円です。\n\nすぐ近くに障害者の施設があるため相場よりかなりお安くなっていますが、日中はそれほど気にならないと思います。\n\n内覧のお申し込みは定住促進課 0944-77-8207 まで。', 'decency/discriminatory', 'block'],
    ['裏手にグループホームがあるけん、相場より安かですよ。', 'decency/discriminatory', 'block'],
    ['隣に精神科の病院があることから、価格を抑えております。', 'decency/discriminatory', 'block'],
    ['この物件の唯一の難点は、近くに福祉施設があることです。', 'decency/discriminatory', 'block'],
    ['実習生の寮が隣接しているので、お値打ち価格になっています。', 'decency/discriminatory', 'block'],
  ]
  it.each(flags)('flags %s', (text, rule, severity) => {
    const found = findingsOf(decency, text).filter((f) => f.rule === rule && f.severity !== 'info')
    expect(found.length).toBeGreaterThan(0)
    if (severity === 'block') expect(found.map((f) => f.severity)).toContain('block')
  })
  it.each([
    // The group on the losing side, a loss the city prevents, fraud, a priority explained, a gain with no one said to lose.
    'ひとり親家庭の方が損をしないよう、児童扶養手当の申請をお忘れなく。',
    'まじめに働く人がバカを見ることのないよう、生活保護の不正受給には厳正に対処します。',
    'ひとり親家庭が優先される入園選考の仕組みについて、よくあるご質問にお答えします。',
    '離婚した方が年金分割で損をしないためのセミナーを開きます。',
    '外国人観光客が得をする免税制度で、地元の商店街も潤っています。',
    '生活保護の不正受給で得をする人がいて、まじめな受給者がバカを見るという声もありますが、不正はごく一部です。',
    // Rest, the night without stamina, a match or a shift cheered on.
    '献血のあとは、うなぎで精をつけて、今夜はゆっくりお休みください。',
    '夜も「元気」な柳川の屋台街をご紹介します。',
    'うなぎでスタミナをつけた選手たちに、今夜の試合も「がんばれ」の声援を送りましょう！',
    'うなぎで精をつけて、今夜も夜勤をがんばる消防職員の皆さんに感謝😊',
    '土用の丑の日、うなぎで元気をつけて、今夜の花火大会も「元気」に楽しみましょう！',
    // The notion answered or told as past, 世界大会, 世界観, girls as players, a thing owned, a programme.
    '「釣りは男の世界」というイメージを変えようと、女性向けの釣り教室を開きます。',
    'かつて山笠は男の世界とされてきましたが、今年から女の子も参加できます。',
    '男子の世界大会で、柳川出身の選手が優勝しました。',
    '女の子の世界観を表現した作品展を開催中です。',
    '女子マネージャーも選手も募集中です。',
    'マネージャーとして部を支えてくれた3年生の女の子たち、ありがとう！',
    '運動部は男の子の世界ではありません。女の子も大歓迎です。',
    // A facility that helps, a fee, convenience, an exchange, the effect denied, a hospital as such.
    '近くに障害者施設があるため、バリアフリーの歩道が整備されています。',
    '障害者施設の利用料は、所得に応じて安くなります。',
    '福祉施設が近くにあるので、買い物や通院にも便利な立地です。',
    'グループホームの開設に伴い、地域との交流会を開きます。',
    '近くにグループホームがありますが、物件価格への影響はありません。',
    '隣に病院があるため、相場よりやや高めの価格設定です。',
    'このロッカーは女子のものです。',
    '次は男の子の出番です！大きな拍手でお迎えください。',
    '絵本の主人公は、女の子の世界を広げてくれる猫です。',
    'さげもんはもともと女の子の健やかな成長を願うものです。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency blind KF: a notice against a nuisance made readable for the group living where it is put', () => {
  // KF-004: the nuisance is what the city prevents, the group is who the notice is written for, the place is named by who lives
  // there. The same words still flag when the nuisance is said to be found there or put on the group.
  const flags: Case[] = [
    ['不法投棄は外国人住民が多い地区に多いため、多言語の看板を設置しました。', 'decency/discriminatory', 'block'],
    ['不法投棄の多くは外国人住民が多い地区で起きているため、多言語の看板を設置しました。', 'decency/discriminatory', 'block'],
    ['不法投棄の防止に向けて、外国人住民が多い地区で多発している現状を踏まえ、多言語の看板を設置しました。', 'decency/discriminatory', 'block'],
    ['ポイ捨ての原因は外国人住民が多いことなので、多言語の看板を設置しました。', 'decency/discriminatory', 'warn'],
    ['ポイ捨て防止のため、外国人住民が多い地区では特にポイ捨てが目立つので、多言語の看板を設置しました。', 'decency/discriminatory', 'warn'],
    ['不法投棄の防止に向けて、外国人住民が多い地区では監視カメラを増やしました。', 'decency/discriminatory', 'block'],
  ]
  it.each(flags)('flags %s', (text, rule, severity) => {
    const found = findingsOf(decency, text).filter((f) => f.rule === rule && f.severity !== 'info')
    expect(found.length).toBeGreaterThan(0)
    expect(found.map((f) => f.severity)).toContain(severity)
  })
  it.each([
    '不法投棄の防止に向けて、外国人住民が多い地区では多言語の看板を設置しました。',
    'ポイ捨て防止のため、外国籍の方が多い団地ではやさしい日本語のポスターを掲示しています。',
    '不法投棄対策として、外国人住民が多い地域のごみステーションに4か国語の表示を付けました。',
    '不法投棄を防ぐため、外国人が多い地区では英語とベトナム語のごみ出しカレンダーも配布しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency blind R54A: a group as the yardstick of the easy, a slur in spaced kana, innuendo taken back, 同和地区 in an exposure called a wrong', () => {
  const flags: Case[] = [
    // R54A-059: women or the old as the measure of understanding, said outright or before what it modifies (stereotype, warn)
    ['難しい手続きは一切なし！パソコンが苦手な主婦やおばあちゃんでもわかる、電子申請のやり方を動画で解説しました。', 'decency/stereotype', 'warn'],
    ['スマホが苦手なお年寄りや主婦の方でもすぐわかる、マイナポータルの使い方講座です。', 'decency/stereotype', 'warn'],
    ['じいちゃんばあちゃんでん分かるごと、やさしく説明しますけん！', 'decency/stereotype', 'warn'],
    ['ご高齢の方でもわかる、スマホ決済のはじめ方をご紹介します。', 'decency/stereotype', 'warn'],
    ['機械オンチのシニアでも分かります！キャッシュレス決済の始め方', 'decency/stereotype', 'warn'],
    // R54A-061: 池沼 in kana or as 知障, spaced to slip past, made an insult by a rank or a likeness (block)
    ['地図も読めんとか、ち し ょ う レベルやん🤣', 'decency/discriminatory', 'block'],
    ['あの運転、ちしょう並みやろｗ', 'decency/discriminatory', 'block'],
    ['知障レベルの書き込みが多すぎる', 'decency/discriminatory', 'block'],
    ['チ ショ ウ みたいな駐車してる人おったｗ', 'decency/discriminatory', 'block'],
    // R54A-121: an act of the mouth taken back for an innocent word, or girth and length offered to the reader with a leer (block);
    // without a leer, warn
    ['太くて長いのがお好きなあなたへ。柳川のうなぎ、ぜひお口いっぱいに咥えて…いえ、味わってください😏', 'decency/sexual', 'block'],
    ['硬くて太いのがお好きな奥さまに🍆 柳川産のごぼう、今が旬です😏', 'decency/sexual', 'block'],
    ['お口の奥までしゃぶって…じゃなくて、骨の髄まで召し上がってください🤤', 'decency/sexual', 'block'],
    ['うなぎ、根元までくわえて…おっと失礼、味わってほしか〜', 'decency/sexual', 'block'],
    ['大きくて長いのはお好きですか？今年のアスパラは特大サイズです。', 'decency/sexual', 'warn'],
    // GR-062's words still flag where the exposure is done or urged, or the prejudice comes after the wrong is named
    ['特定の地域を同和地区であると示す書き込みを見つけたので、結婚前に確認しておくといいですよ。', 'decency/discriminatory', 'block'],
    ['あの地域は同和地区であると示す資料があるので、家を買うなら避けた方がいい。', 'decency/discriminatory', 'block'],
    ['同和地区であると示す書き込みが問題になっているが、実際に治安が悪いので結婚は避けた方がいい。', 'decency/discriminatory', 'block'],
    ['この物件が同和地区かどうか、事前に問い合わせることをおすすめします。', 'decency/discriminatory', 'block'],
    ['結婚の際は相手の身元を調べることをおすすめします。', 'decency/discriminatory', 'block'],
    ['結婚相手の身元を調べる行為は、親として当然です。', 'decency/discriminatory', 'block'],
  ]
  it.each(flags)('flags %s', (text, rule, severity) => {
    const found = findingsOf(decency, text).filter((f) => f.rule === rule && f.severity !== 'info')
    expect(found.length).toBeGreaterThan(0)
    expect(found.map((f) => f.severity)).toContain(severity)
  })
  it.each([
    // no group, everyone, care with わかりやすい, a question, a quoted example called a stereotype
    'パソコンが苦手な方でもわかるよう、電子申請のやり方を動画で解説しました。',
    '子どもからお年寄りまで、どなたでもわかる内容です。',
    'お年寄りの方にもわかりやすい、大きな文字の案内を用意しました。',
    '高齢の方でも、わからないことは窓口でお尋ねください。',
    'おばあちゃんでもわかるかどうか、実際に使ってもらいました。',
    // a verb, a general, the ponds
    'お客様をお待ちしようかと思います。',
    '柳川藩の知将・立花宗茂の生涯をたどる企画展です。',
    'ため池や池沼の水質調査を実施しました。',
    // a custom, a thing named, a child eating, delight, a feature, a dog
    '恵方巻をくわえて、恵方を向いて無言で食べましょう。',
    '太くて長いごぼうが今年も豊作です。',
    '子どもたちがソフトクリームを口いっぱいに頬張っていました😊',
    'うなぎのせいろ蒸しを口いっぱいにほおばって、いやぁ、最高の味わいでした。',
    '麺は太くて長いのが特徴です。',
    '犬がボールをくわえて走り回っています🐕',
    // GR-062 (an awareness post in である調) and the same kind: 同和地区 named by an act of exposure called a wrong
    '【部落差別（同和問題）の解消に向けて】\n\n「部落差別の解消の推進に関する法律」は、平成28年12月に施行された。同法は、現在もなお部落差別が存在することを認め、その解消を国と地方公共団体の責務としている。\n\n近年、インターネット上では、特定の地域を同和地区であると示す書き込みや、結婚や就職の際に相手の身元を調べる行為が問題となっている。こうした行為は差別を助長するものであり、決して許されない。\n\n市では、住民票の写しや戸籍謄本等の不正取得による身元調査を防ぐため、「本人通知制度」を実施している。',
    '近年、インターネット上では、特定の地域を同和地区であると示す書き込みや、結婚や就職の際に相手の身元を調べる行為が問題となっている。',
    'インターネット上で、ある地域を同和地区だと特定する投稿が問題になっています。',
    'ネット上には、特定の地区が同和地区かどうかを問い合わせる書き込みもあり、問題視されています。',
    '同和地区の所在地を載せた書籍の販売は禁止されています。',
    '結婚の際に相手の身元を調べる行為が問題となっている。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency blind R55A: the bullied blamed for a difference, hiring men as free of marriage or birth, a prejudice relayed and answered by control, a resident offered as a partner, a teacher\'s work praised', () => {
  const flags: [string, string, 'block' | 'warn'][] = [
    // R55A-028 and kin: a bullied child's difference made a cause (block); R55A-110 and kin: men hired as free of leaving for marriage or birth (block);
    // R55A-121 and kin: a prejudice relayed and answered that the group is controlled (block); R55A-147 and kin: a resident offered as a partner (warn)
    ["@hogosha_yng いじめはもちろん良くないけど、男の子なのにオネエっぽいと目立つけん、本人にも少しは原因があるっちゃない？", 'decency/discriminatory', 'block'],
    ["いじめは良くないですが、ハーフで目立つ子なので、いじめられる側にも問題があると思います。", 'decency/discriminatory', 'block'],
    ["からかわれるのはかわいそうだけど、女の子なのに男勝りな態度だと浮くし、本人にもある程度責任があるでしょう。", 'decency/discriminatory', 'block'],
    ["太ってる子がいじめられるのは、ご本人にも原因があるんじゃないかな。", 'decency/discriminatory', 'block'],
    ["【市立病院 医師募集】\n\n小児科・内科の常勤医師を募集しています。\n\n結婚や出産で辞めてしまう心配の少ない男性医師の方、大歓迎です！\n\n待遇などはお気軽にお問い合わせください。", 'decency/discriminatory', 'block'],
    ["産休や育休の心配がない男性スタッフを優先して採用します。", 'decency/discriminatory', 'block'],
    ["保育士募集！結婚退職のリスクが低い男性の方の応募をお待ちしています。", 'decency/discriminatory', 'block'],
    ["寿退社の可能性がない男の人なら、長く活躍できるので歓迎です。", 'decency/discriminatory', 'block'],
    ["【外国人技能実習生の受け入れについて】\n\n市内の事業所では、現在約180名の技能実習生が働いています。\n\n「東南アジアの人は手癖が悪いから心配」という声もありますが、受け入れ企業の皆さんがしっかり管理されているので安心してください。\n\n地域の一員として温かく迎えましょう。", 'decency/discriminatory', 'block'],
    ["「外国人が増えると治安が悪くなる」という声もありますが、警察が見回りを強化しているので大丈夫です。", 'decency/discriminatory', 'block'],
    ["ベトナム人の実習生はすぐ盗むという心配もあるかもしれませんが、寮で社長さんが目を光らせているから心配いりません。", 'decency/discriminatory', 'block'],
    ["留学生はごみ出しのマナーが悪いとの声もありますけど、大家さんがきちんと指導しているので安心です。", 'decency/discriminatory', 'block'],
    ["見守り訪問でおじゃました大和町のヨシ子おばあちゃん💄 今日も口紅ばっちりで、若いころはさぞモテモテだったはず😍 ただいま旦那さん募集中だそうです、独身の男性陣いかがですか〜？笑\n#柳川 #見守り", 'decency/sexual', 'warn'],
    ["シルバー人材センターの田中さん、彼女募集中らしいので、若い女性の方どうですか？笑", 'decency/sexual', 'warn'],
    ["うちの課の新人くん、ただいま彼女絶賛募集中です！独身女性の皆さん、立候補お待ちしています♡", 'decency/sexual', 'warn'],
    ["地区のマドンナ、ミツ子さん（85）は再婚相手を募集中とのこと。我こそはという殿方、ご連絡を〜😆", 'decency/sexual', 'warn'],
    ["書道の先生、きれいすぎる💕", 'decency/lookism', 'warn'],
    ["看護師さんの浴衣姿、きれいすぎ", 'decency/lookism', 'warn'],
    ["新人職員の顔、かわいすぎる", 'decency/lookism', 'warn'],
  ]
  it.each(flags)('flags %s', (text, rule, severity) => {
    const found = findingsOf(decency, text).filter((f) => f.rule === rule && f.severity !== 'info')
    expect(found.length).toBeGreaterThan(0)
    expect(found.map((f) => f.severity)).toContain(severity)
  })
  it.each([
    "いじめられる側にも原因があるという考えは誤りです。",
    "いじめの原因を本人に求めることはできません。学校と家庭で子どもを守りましょう。",
    "事故の原因は本人の不注意にもあったとみられます。",
    "いじめを受けた本人にも話を聞き、原因を調べています。",
    "結婚や出産で辞める心配がないよう、育児休業制度を整えています。職員募集中です。",
    "出産後も辞める心配なく働ける職場です。男性職員の育休取得も進めています。採用情報はこちら",
    "結婚や出産を理由に辞める女性が減るよう、男性の育児参加も応援しています。",
    "「外国人が増えて治安が心配」という声もありますが、犯罪が増えたというデータはありません。",
    "「実習生の住まいが足りない」という声もありますが、市が空き家をしっかり把握しているので安心してください。",
    "「川の水位が危ない」という声もありますが、河川事務所が24時間監視しているので安心してください。",
    "婚活パーティー参加者募集中！独身の男性の皆さん、いかがですか？",
    "お嫁さん募集中の農家の男性向けに、婚活イベントを開きます。独身女性の方、いかがですか？",
    "囲碁のお相手募集中です。腕に覚えのある男性の方、いかがですか？",
    "保護猫の里親さん募集中です。ご家族の方、いかがですか？",
    "公民館の書道教室🖌️ 今日は「夏」の字に挑戦！先生のお手本、きれいすぎる…✨\n#柳川 #公民館",
    "料理教室の先生の盛り付け、きれいすぎる！",
    "講師の先生の作品がかわいすぎて、みんなで写真を撮りました📸",
    "係員さんの折り紙、きれいすぎて感動！",
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency blind R56A/R57A: ボケ said of an elder with a sneer, a group kept to some hours, a sex sent home closed by って話, bodies pressed together on a date, a slur named as a way of calling', () => {
  const flags: [string, string, 'block' | 'warn'][] = [
    // R56A-059 and kin: ボケ said of an elder or of someone with dementia with a sneer (ほんと, 完全に, わ, やろ) or spelt apart (ボ ケ): block.
    ['同じことを何回も聞きに来る認知症のばあさん、ほんと ボ ケ てるわ。こっちは年末で忙しいのに。', 'decency/discriminatory', 'block'],
    ['あのじいさん、完全にボケとるね。毎日同じこと聞きに来る', 'decency/discriminatory', 'block'],
    ['窓口に来たおばあさん、マジでボケとるやん', 'decency/discriminatory', 'block'],
    ['認知症の親父、ほんま ボ ケ とるけん話にならん', 'decency/discriminatory', 'block'],
    ['うちの年寄り、ほんとにボケてて話にならん', 'decency/discriminatory', 'block'],
    ['隣のじいさん、 ボ・ケ てきとるよ', 'decency/discriminatory', 'block'],
    // R57A-061 and kin: a fault presumed of a group, then its use of a public place kept to some hours (平日の午前中だけにしてもらえると): block.
    ['図書館に障害のある子が来ると静かにできんけん、平日の午前中だけにしてもらえると助かります🙏', 'decency/discriminatory', 'block'],
    ['発達障害の子は落ち着きがないので、利用は朝の時間帯だけにしていただけると助かります', 'decency/discriminatory', 'block'],
    ['認知症の方は同じことを何度も聞いてきて対応できないので、空いている時間だけに来てもらえると助かります', 'decency/discriminatory', 'block'],
    ['高齢者は動きが遅いので、プールは平日の昼だけ使ってほしい', 'decency/discriminatory', 'block'],
    ['外国人の子は日本語がわからんけん、児童館は土日だけにしてもらえると助かる', 'decency/discriminatory', 'block'],
    // R57A-094 and kin: a sex sent home or to earn outside, closed by the writer's own って話 (not a story relayed): block.
    ['@gakudo_mama 待機児童って結局、預けたがる母親が多すぎるけんやろ。女 は 家 に お れ って話', 'decency/discriminatory', 'block'],
    ['女は家庭に入っとけって話や', 'decency/discriminatory', 'block'],
    ['母親は家にいろって話よね', 'decency/discriminatory', 'block'],
    ['女 は 家 に い ろ って話じゃん', 'decency/discriminatory', 'block'],
    ['男は黙って外で稼げって話', 'decency/discriminatory', 'block'],
    // R57A-024 and kin: two bodies pressed together offered to a couple with a leer, a heart or the night: innuendo, warn.
    ['川下りデートは舟がゆれるけん、自然と密着できて夜まで盛り上がるかも😏💕 #柳川', 'decency/sexual', 'warn'],
    ['こたつ舟は席がせまかけん、恋人同士やったら自然とくっついちゃうかも♡ 夜はもっと熱くなるかも😏', 'decency/sexual', 'warn'],
    ['揺れる舟の上なら、彼女と体を寄せ合ってドキドキ間違いなし😘', 'decency/sexual', 'warn'],
    ['ふたりで乗る観覧車は密着度100%💕 夜景のあとはお楽しみに😏', 'decency/sexual', 'warn'],
    // GT-084's kin that must still be flagged: the word used fondly or defended, or put in scare quotes of people.
    ['外国の人を親しみを込めて「外人さん」と呼んでいます。', 'decency/discriminatory', 'block'],
    ['外国の人を「外人」と呼んで何が悪いと？傷つくとか気にしすぎやろ', 'decency/discriminatory', 'block'],
    ['うちの町内の「外人」さんたちは、ごみの出し方を守らんけん困る。', 'decency/discriminatory', 'block'],    ['外国の人を「外人」と呼ぶことの何が悪いのか。言われた側が気にしすぎ。', 'decency/discriminatory', 'block'],
  ]
  it.each(flags)('flags %s', (text, rule, severity) => {
    const found = findingsOf(decency, text).filter((f) => f.rule === rule && f.severity !== 'info')
    expect(found.length).toBeGreaterThan(0)
    expect(found.map((f) => f.severity)).toContain(severity)
  })
  it.each([
    // ボケ: ボケ防止, the denial, manzai, jet lag, a blurred photo, 寝ぼけ.
    'ボケ防止に、お年寄り向けの囲碁教室はいかがですか',
    '認知症の方は「ボケている」わけではありません。正しい理解をお願いします。',
    'おじいちゃんとボケとツッコミの漫才に挑戦！',
    '時差ボケで眠そうなおばあちゃん、それでも笑顔で迎えてくれました',
    'おばあちゃんが撮った写真、ほんとピンボケしてるわ笑',
    '祖母は寝ぼけてるだけ、と笑っていました',
    // Hours: a time recommended, health advice, a quiet hour for the group, a building's limit, a programme, an interpreter's hours.
    '小さなお子さん連れの方は、比較的空いている平日の午前中がおすすめです',
    '高齢の方は暑さが苦手なので、外出は朝の涼しい時間帯だけにしてください',
    '障害のある方も利用しやすいよう、平日の午前中は静かな時間として開放します',
    '小さいお子さんは長い時間じっとしているのが苦手なので、午前中だけのプログラムにしてもらえると助かります',
    '図書館は平日の午前中だけ開館しています。障害のある子も来てください',
    '外国人の方は日本語の手続きが分かりにくいので、平日の午前中だけ通訳を置いています',
    // って話: a saying relayed or quoted, a story told, work outside for both sexes.
    '「女は家にいろ」って話を聞いて驚きました。今はそんな時代じゃありません。',
    '子育て中のお母さんが家にいながら働けるって話、説明会で詳しく聞けます',
    '男性も女性も外で働けるよう、保育所を増やします。',
    '女性部の皆さんが家にある古着を持ち寄ってくれたって話、ほっこりしました。',
    '昔は「女は家にいろ」と言われたって話、今ではもう聞きません。',
    // 密着: 地域密着, a date's footing, crowding, a baby held, a TV shoot, an anniversary, a padlock, a warm boat.
    '地域密着型のイベントとして、今年も夜まで盛り上がりました！',
    'デートにもおすすめの川下り。舟がゆれるので、乗り降りの際は足元にご注意ください。',
    '満員の車内で密着しないよう、時差出勤にご協力をお願いします',
    '赤ちゃんと肌を密着させる抱っこで、親子のきずなを深めましょう💕',
    'カップルで参加できる密着取材の番組収録が夜まで行われます',
    'ご夫婦で寄り添って歩いてこられた60年、今夜は金婚式のお祝いです💕',
    '夫婦で肩を寄せ合って暮らしてきた60年、今夜はお祝いです💕',
    '恋人の聖地で、二人の名前を書いた錠前をくっつけて💕',
    // GT-084 and kin: a slur quoted as a way of calling people, in a text that asks for another word: a mention.
    '外国の人を「外人」と呼ぶ言い方に、よそ者扱いされたように感じる人もいます。同じ地域でくらす仲間として、「外国籍の方」「海外出身の方」などの言い方を心がけましょう。（人権週間 12月4日〜10日）',
    '外国の人を「外人」と呼ぶのはやめましょう。',
    '「外人」と呼ぶ言い方に傷つく人もいます。「外国の方」と言いかえましょう。',
    '障がいのある人を「かたわ」と呼んでいた時代がありましたが、今は使いません。',
    'お年寄りを「老害」と呼ぶ書き込みを見かけますが、人を傷つける言葉です。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency blind R58A: a group named by nationality, origin or language told in English to keep out, sent home or called a drag on the rest', () => {
  const flags: [string, string, 'block' | 'warn'][] = [
    // R58A-052 itself
    ["Honestly, foreigners who can't speak Japanese should stay off the donko boats. They slow everyone down and the boatmen can't be bothered.", 'decency/discriminatory', 'block'],
    // variants: another people, a plain ban, sent home, the burden alone, a curly apostrophe, the wish before the group
    ["Chinese tourists shouldn't be allowed on the river cruise, they are such a nuisance.", 'decency/discriminatory', 'block'],
    ['No foreigners please. The lantern festival is for locals only!', 'decency/discriminatory', 'block'],
    ['Immigrants who take jobs at the nori farms should just go back home.', 'decency/discriminatory', 'block'],
    ['Honestly, people who don’t read Japanese slow the line down at the ticket counter.', 'decency/discriminatory', 'block'],
    ["We don't want any more foreign workers here.", 'decency/discriminatory', 'block'],
    ['Foreigners are not welcome here.', 'decency/discriminatory', 'block'],
  ]
  it.each(flags)('flags %s', (text, rule, severity) => {
    const found = findingsOf(decency, text).filter((f) => f.rule === rule && f.severity !== 'info')
    expect(found.length).toBeGreaterThan(0)
    expect(found.map((f) => f.severity)).toContain(severity)
  })
  it.each([
    // a welcome, help offered, a boarding rule, a hazard for everyone, a wish that they not miss out, the prejudice named, a lodging tip
    'Foreign visitors are welcome on the donko boats! English audio guides are available at the pier.',
    "Visitors who can't speak Japanese can ask for our English map at the tourist center; boatmen will slow down for photos.",
    'Please stay off the edge of the boat while boarding. Foreign residents can get help in English, Chinese and Korean.',
    'Because of the typhoon, residents and foreign visitors should stay away from the canals.',
    "We don't want foreign visitors to miss the lantern festival, so here is a guide in English.",
    'Comments like "foreigners should go home" hurt our neighbors. Let\'s build a welcoming city.',
    'Foreign students should stay at the youth hostel near the station; it is cheap and close to the boats.',
    'Foreign visitors should go back to the pier by 5 pm.',
    'Foreign residents with a fever should stay home and call the clinic.',
    'Non-Japanese speakers should keep this card with them and show it to the boatman.',
    'Korean visitors should keep their tickets until the end of the boat ride.',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency blind R59A: a sex called useless at a task, a picture in swimwear asked of someone, staff sold on their looks in English, an English disability slur spelt apart', () => {
  const flags: [string, string, 'block' | 'warn'][] = [
    // R59A-019 itself (柳川弁), then the same kind: another sex, standard and polite forms, お荷物, おなご
    ['女性団員も募集しとります！…ち言いたかばってん、正直、女は火事場じゃ役に立たんけん、炊き出しと受付ばしてもらえれば十分たい。', 'decency/discriminatory', 'block'],
    ['女性団員は現場では使い物にならないので、受付をお願いしています。', 'decency/discriminatory', 'block'],
    ['男は子育てじゃ戦力にならんけん、せめてゴミ出しくらいはしてもらわんと。', 'decency/discriminatory', 'block'],
    ['女の人って、力仕事になると正直お荷物なんよね。', 'decency/discriminatory', 'block'],
    ['おなごは消防じゃ役には立たんけ、お茶ば出してくれればよか。', 'decency/discriminatory', 'block'],
    // R59A-150 itself (a reply in dialect), then: standard, ビキニ, 湯上がりの自撮り, 送らんね, 下着姿, keigo
    ['@yui_photo 浴衣姿ばりかわいかね〜😍 今度は水着の写真もDMで送ってくれんね？', 'decency/sexual', 'block'],
    ['今度は水着姿の写真もDMで送ってね😍', 'decency/sexual', 'block'],
    ['浴衣もいいけど、次はビキニの写真見せてほしいな〜♡', 'decency/sexual', 'block'],
    ['お風呂上がりの自撮りとか、送ってくれたら嬉しいな😍', 'decency/sexual', 'block'],
    ['水着の写真も送らんね？', 'decency/sexual', 'block'],
    ['下着姿の写真も見せてくださいね♡', 'decency/sexual', 'block'],
    // R59A-033 itself, then: a place between, come for the cute waitresses, our pretty hostesses are waiting, look so beautiful
    ['Our kawakudari boatwomen are all so pretty 😍 Come for the beautiful canals, stay for the beautiful ladies! 🚣‍♀️', 'decency/lookism', 'warn'],
    ['The female guides at the tourist center are gorgeous!', 'decency/lookism', 'warn'],
    ['Visit Yanagawa for the eel, stay for the cute waitresses 😍', 'decency/lookism', 'warn'],
    ['Our pretty hostesses are waiting for you at the beer garden!', 'decency/lookism', 'warn'],
    ['Our receptionists look so beautiful and kind.', 'decency/lookism', 'warn'],
    // R59A-068 itself, then: spaced at the end, dotted, another slur, written whole
    ['Disaster drill today was total chaos 😂 People were running around like r e t a r d s lol. Next time please listen to the staff!', 'decency/discriminatory', 'block'],
    ['Those guys at the drill were total r e t a r d s.', 'decency/discriminatory', 'block'],
    ['What a r.e.t.a.r.d, he parked on the evacuation route.', 'decency/discriminatory', 'block'],
    ['Stop acting like spazzes at the bus stop!', 'decency/discriminatory', 'block'],
    ['He drives like a retard around the canals.', 'decency/discriminatory', 'block'],
    // R60A-119 itself: a staff member's belly likened to a round thing, with a laugh; variants: スイカ（笑）, dialect のごと丸々, でっぷり w, keigo 膨らんでおります
    ['うなぎまつりの試食係をがんばりすぎたうちの課長、お腹がせいろ蒸しの蒸籠みたいにまん丸になっとります😂 課長、来年はほどほどにね！', 'decency/lookism', 'warn'],
    ['係長のお腹、最近ますますスイカみたいにまん丸になってきました（笑）', 'decency/lookism', 'warn'],
    ['うちの部長、顔がおまんじゅうのごと丸々してきたばい😂', 'decency/lookism', 'warn'],
    ['船頭の田中さん、冬の間にお腹が酒樽のようにでっぷりしてきましたw', 'decency/lookism', 'warn'],
    ['課長のお腹は、まるで太鼓のように立派に膨らんでおります😆', 'decency/lookism', 'warn'],
    // GW-081's kind must still flag: an inquiry into origins advised or done, with a next sentence that only points back, turns, or denies
    ['結婚を考えているなら、相手の出身地を調べておくと安心です。こうした下調べは親として当然のことです。', 'decency/discriminatory', 'block'],
    ['娘の縁談なので、先方の身元を調べました。こうした調査を差別だと言う人もいますが、親なら当然でしょう。', 'decency/discriminatory', 'block'],
    ['家を買う前に、同和地区かどうか確認しておきましょう。', 'decency/discriminatory', 'block'],
    ['縁談の前に相手の出身地を調べるのは当たり前です。このような確認は差別ではありません。', 'decency/discriminatory', 'block'],
  ]
  it.each(flags)('flags %s', (text, rule, severity) => {
    const found = findingsOf(decency, text, { mode: text.startsWith('@') ? 'reply' : 'post' }).filter((f) => f.rule === rule && f.severity !== 'info')
    expect(found.map((f) => f.severity)).toContain(severity)
  })
  it.each([
    // a sex praised, a thing of use to them, the prejudice named or denied
    '女性団員も火災現場で大いに役に立っています。',
    '男性も女性も、防災の知識はいざという時に必ず役に立ちます。',
    '「女は役に立たん」という思い込みをなくし、女性消防団員を募集しています。',
    '女性は役に立たないなんてことはありません。現場で活躍しています。',
    '女性向けの護身術講座は、いざという時に役立ちます。',
    '女性は足手まといどころか、現場の主力です。',
    // a warning against such a request, a rule on filming, a bath for a grant, a photo contest, swimwear for rent
    '「水着の写真を送って」というDMが届いたら、すぐに相談窓口へ。',
    '知らない人から水着の写真を送ってと頼まれても、絶対に送らないでください。',
    'プールでは水着姿の写真撮影はご遠慮ください。',
    '改修前のお風呂の写真を送ってください。',
    '海水浴場の写真を送ってください！フォトコンテスト開催中。',
    '水着の貸し出しもあります。写真は受付でお見せください。',
    // English: the canals, skill, an adverb, the sunset, the heat, children in yukata, a clause on something else
    'Come for the beautiful canals, stay for the delicious eel!',
    'Our boatwomen are all so skilled — they have steered donko boats for 20 years.',
    'The guides are pretty busy this weekend, so please book early.',
    'Stay for the beautiful sunset over the Ariake Sea.',
    'The staff are very hot in this heat; please be patient.',
    'The girls are so cute in their yukata at the festival!',
    'Volunteers cleaned the canals, which are beautiful!',
    // fire-retardant, to retard the spread, the word named to be given up, tardy
    'Fire-retardant sheets were handed out at the drill.',
    'This coating helps retard the spread of fire.',
    'Please don\'t use words like "retard"; they hurt people.',
    'Tardy slips are not needed for the drill.',
    // R60A-119's kind, clean: a steamer basket, a baby's cheek, the moon, a full stomach, a watermelon, a joke taken back
    'せいろ蒸しは、蒸籠ごと熱々のまま運ばれてきます😂 お腹いっぱい！',
    '赤ちゃんのほっぺが、おまんじゅうみたいにまん丸です😍',
    '月がまん丸で、お団子みたいです😂 課長も見とれていました',
    '課長と一緒にせいろ蒸しを完食！お腹がボールみたいにまん丸で、もう満腹です😂',
    '課長が育てたスイカが、ボールみたいにまん丸に育ちました😂',
    '課長のお腹みたいにまん丸なスイカ…というのは冗談で、今年のスイカは大玉です。',
    // GW-081 itself and its kind: an inquiry into origins told as a practice, then pointed back at and condemned in the next sentence
    '【「部落差別の解消の推進に関する法律」の施行から9年】\n\n本年12月で「部落差別の解消の推進に関する法律」の施行から9年となる。同法は、現在もなお部落差別が存在することを明記し、国及び地方公共団体の責務として、相談体制の充実、教育及び啓発、実態調査を定めている。\n\nインターネット上では、特定の地域を「同和地区」であると指摘する書き込みや、結婚や就職の際に出身地を調べる身元調査が今も見られる。こうした行為は差別を助長するものであり、決して許されない。\n\nまた、同法の施行後も、戸籍謄本等を不正に取得する事件が全国で後を絶たない。市では、住民票の写しや戸籍謄本等を本人の代理人や第三者に交付した場合に、本人にその事実を通知する「本人通知制度」を設けている。登録は無料で、市民課の窓口で受け付けている。\n\n市では、人権週間（12月4日〜10日）にあわせ、12月6日（土）13時30分から柳川市民文化会館で人権啓発講演会を開催する（入場無料・申込不要）。\n\n人権に関する相談は、人権・同和対策室（0944-77-8345）で受け付けている。相談の秘密は厳守する。',
    '結婚相手の家柄や出身地を調べる身元調査が、今でも一部で行われている。こうした行為は重大な人権侵害であり、許されるものではない。',
    '土地を購入する際に、その地域が同和地区かどうかを問い合わせる事例があります。このような問い合わせは差別につながるもので、市では一切お答えしていません。',
    '就職の際に応募者の出身地を調べるケースが、いまだに見られます。これらは就職差別にあたり、法律でも禁止されています。',
    '興信所に頼んで、縁談の相手の身元を調べる人が今もいます。そうした調査も差別そのものです。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 61 kinds (a family said to fall short in upbringing as a fact; a stamina food\'s night with a partner)', () => {
  it.each([
    // R61A-115 itself: a single-parent family said to tend to have problems in upbringing; variants: 母子家庭 礼儀, 片親 素行, dialect, 父子家庭 学力
    ['【子育て相談会】\n\nひとり親のご家庭は、どうしてもしつけや生活習慣に問題を抱えがちです。気になる方はぜひ早めにご相談ください。', 'decency/discriminatory', 'しつけや生活習慣に問題を抱えがち'],
    ['母子家庭のお子さんは、どうしても礼儀や言葉遣いに欠ける傾向があります。', 'decency/discriminatory', '礼儀や言葉遣いに欠ける傾向'],
    ['片親の子は素行が悪くなりやすいので、地域で見守りましょう。', 'decency/discriminatory', '素行が悪くなりやすい'],
    ['シングルマザーの家庭は、子どもの生活習慣が乱れがちですけんね。', 'decency/discriminatory', '生活習慣が乱れがち'],
    ['父子家庭では、どうしても子どもの学力に課題がある場合が多いです。', 'decency/discriminatory', '学力に課題がある場合が多い'],
    // R61A-147 itself: the erection slang in half-width kana by the night, and a partner told to look forward; variants: ギンギン, 彼女さん with 精力, full-width, a smirk
    ['ふるさと祭りの屋台でうなぎ食べたら、今夜は元気ﾋﾞﾝﾋﾞﾝ間違いなし♡ 奥さまもお楽しみに😏', 'decency/sexual', 'ﾋﾞﾝﾋﾞﾝ'],
    ['ふるさと祭りの屋台でうなぎ食べたら、今夜は元気ﾋﾞﾝﾋﾞﾝ間違いなし♡ 奥さまもお楽しみに😏', 'decency/sexual', '奥さまもお楽しみ'],
    ['うなぎのせいろ蒸しでスタミナ満点！旦那さんも今夜はギンギンで、奥さんも寝かせてもらえんかも😏', 'decency/sexual', 'ギンギン'],
    ['すっぽん鍋で精力つけて、今夜は彼女さんもお楽しみに💋', 'decency/sexual', '彼女さんもお楽しみ'],
    ['うなぎ食べたら今夜は元気ビンビン！', 'decency/sexual', 'ビンビン'],
    ['ﾋﾞﾝﾋﾞﾝになる柳川名物、今夜いかがですか😏', 'decency/sexual', 'ﾋﾞﾝﾋﾞﾝ'],
  ])('flags %s', (text, rule, excerpt) => {
    const f = findingsOf(decency, text)
    expect(f.some((x) => x.rule === rule && x.severity !== 'info' && x.excerpt === excerpt)).toBe(true)
  })
  it.each([
    // R61A-115's kind, clean: an allowance, a consultation, the notion answered, the summer holiday, a worry with support
    'ひとり親家庭の方は、児童扶養手当の対象になる場合が多いです。',
    'しつけや生活習慣に関するお悩みは、子育て相談会でお気軽にご相談ください。',
    'ひとり親家庭だからといって、しつけに問題があるわけではありません。',
    '子どもの生活習慣は、夏休みに乱れがちです。早寝早起きを心がけましょう。',
    'ひとり親のご家庭は、仕事と子育ての両立で悩みを抱えがちです。ひとり親相談窓口をご利用ください。',
    // R61A-147's kind, clean: children full of energy, fireworks tonight, a husband pleased, vibes felt
    '子どもたちは朝から元気ビンビン！運動会、がんばりました。',
    '今夜は花火大会です。奥さまもお楽しみに！',
    'うなぎ弁当、ご主人も大喜びでした！ありがとうございました。',
    '今夜のライブ、会場の熱気がビンビン伝わってきました！',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 62 kinds (what a couple does in the dark known only to a witness; a place\'s women offered as brides)', () => {
  it.each([
    // R62A-034 itself: the boatmen's joke about couples in the dark; variants: dialect しとるか with a blanket, ご想像にお任せ, 何をしていても誰にも, 神のみぞ知る
    ['【柳川さんぽ】夜の掘割、灯りの舟でめぐる夏\n\nこんにちは、観光課です。夏の柳川は、夜もおすすめです。今回は、夏季限定の「夜の川下り」をご紹介します。\n\n■灯りに包まれる掘割\n日が落ちると、掘割沿いの灯籠に灯りがともります。水面に映る柔らかな光の中を、どんこ舟がゆっくりと進んでいきます。昼間とはまったく違う、しっとりとした雰囲気です。\n\n■船頭さんの話も楽しみのひとつ\n船頭さんは、柳川の歴史や掘割の話を、ユーモアたっぷりに聞かせてくれます。低い橋をくぐるときの掛け声も、夜はひときわ風情があります。\nちなみに、船頭さんたちの間では「夜の舟で寄り添うカップルが、暗がりで何をしているかは船頭しか知らない」というのが定番の冗談だそうです😏 気になる方は、ぜひ二人きりで乗ってみてください。\n\n■運航の概要\n・期間：7月1日〜8月31日\n・時間：19時〜21時（30分おき）\n・所要時間：約50分\n・料金：大人2,000円、小学生1,000円\n・乗船場：沖端地区の乗船場（要予約）\n\n■夜の柳川の楽しみ方\n川下りのあとは、沖端周辺で夕涼みをしながら散策するのもおすすめです。うなぎのお店の中には、夜まで営業しているところもあります。\n\n■ご注意\n・足元が暗くなりますので、歩きやすい靴でお越しください。\n・虫よけ対策をおすすめします。\n\n■写真を撮るなら\n夜の掘割を撮影するときは、フラッシュを使わずに、スマートフォンの夜景モードを使うのがおすすめです。舟の上では、船頭さんやほかのお客さまの迷惑にならないよう、立ち上がらずに撮影してください。\n\n柳川の夏の夜を、どうぞお楽しみください。', 'decency/sexual', '暗がりで何をしているかは船頭しか知らない'],
    ['こたつ舟は恋人たちに大人気。毛布の下で二人が何をしとるかは、船頭さんしか知らんとよ😏', 'decency/sexual', '毛布の下で二人が何をしとるかは、船頭さんしか知らん'],
    ['デートにおすすめの観覧車。ゴンドラの中でカップルが何をしているのかは、ご想像にお任せします♡', 'decency/sexual', 'ゴンドラの中でカップルが何をしているのかは、ご想像にお任せ'],
    ['屋形船の個室なら、カップルが何をしていても誰にもわかりませんからね😉', 'decency/sexual', '屋形船の個室なら、カップルが何をしていても誰にもわかりません'],
    ['夜のテントで恋人同士が何をやってるかは、神のみぞ知る…ですね😘', 'decency/sexual', 'テントで恋人同士が何をやってるかは、神のみぞ知る'],
    // R62A-105 itself: a place's women typed and offered as brides; variants: keigo 花嫁募集, reversed にするなら, dialect おなご, 結婚相手 with men, the men offered
    ['柳川の女は情が深かけん、お嫁さん探し中の男性はぜひ柳川に来んしゃい😉', 'decency/stereotype', 'の女は情が深かけん、お嫁さん探し'],
    ['柳川の女性は働き者で気立てがいいので、花嫁募集中の独身男性の皆さん、ぜひ移住をご検討ください！', 'decency/stereotype', 'の女性は働き者で気立てがいいので、花嫁募集'],
    ['お嫁さんにするなら、柳川の女性がいちばん！よく尽くしてくれますよ♪', 'decency/stereotype', 'お嫁さんにするなら、柳川の女性が'],
    ['ここのおなごは辛抱強うて尽くすけん、嫁さん探しの男ん人は一回来てみんね。', 'decency/stereotype', 'のおなごは辛抱強うて尽くすけん、嫁さん探し'],
    ['筑後の娘さんたちは家庭的な方が多く、結婚相手を探している男性にはぴったりです。', 'decency/stereotype', 'の娘さんたちは家庭的な方が多く、結婚相手を探し'],
    ['柳川の男性は誠実やけん、お婿さん探し中の女性はぜひどうぞ😉', 'decency/stereotype', 'の男性は誠実やけん、お婿さん探し'],
  ])('flags %s', (text, rule, excerpt) => {
    const f = findingsOf(decency, text)
    expect(f.some((x) => x.rule === rule && x.severity !== 'info' && x.excerpt === excerpt)).toBe(true)
  })
  it.each([
    // R62A-034's kind, clean: a boatman's work unseen, a vow, a child watched, a plan left free, a suspicious person reported
    'カップルや家族連れに人気の夜の川下り。暗がりで船頭さんが何をしているかは、実は乗客からは見えません。竿一本で舟の向きを変えているんです。',
    '恋人の聖地の観覧車。ゴンドラの中で二人が何を誓ったかは、二人しか知りません💕',
    'デートにもおすすめのこたつ舟。こたつの中で子どもが何をしているかは、保護者の方が見守ってください。',
    'ご家族やカップルで楽しめる屋形船。個室で何をして過ごすかは、皆さんの自由です。',
    'カップルでのご参加も歓迎です。夜のテントで何をしているか分からない不審な人を見かけたら、スタッフにお知らせください。',
    // R62A-105's kind, clean: a 婚活 event for both sexes, さげもん and 嫁入り道具, women's history, a water wedding, a counselling call, the notion answered
    '婚活イベント「やながわ縁結びパーティー」を開催します。結婚相手を探している独身の男女の皆さん、ぜひご参加ください。',
    'さげもんは、柳川の女の子の健やかな成長を願って飾られます。昔は嫁入り道具のひとつでした。',
    '柳川の女性は、明治のころから機織りや海苔づくりを支えてきました。',
    '水上結婚式では、花嫁さんがどんこ舟で掘割を進みます。柳川の女性スタッフが着付けを担当しました。',
    'お嫁さん探し中の男性も、お婿さん探し中の女性も、まずは結婚相談センターへご相談ください。',
    '柳川の女性は情が深いから嫁にぴったり、という決めつけはやめましょう。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 63 kinds (disabled people framed as objects of pity)', () => {
  it.each([
    // R63A-003 itself: a disabled workforce named, set against 健常者, then called かわいそうな人たち; variants: 気の毒な人たち in a sale,
    // 不憫な子たち of pupils, dialect かわいそうか人たち, 可哀想な方々 of wheelchair users
    ['公衆トイレの清掃は、市内の障害者就労施設の皆さんにお願いしています。健常者に比べると時間はかかりますが、かわいそうな人たちにも仕事を、という思いで続けています。', 'かわいそうな人たち'],
    ['市役所のロビーで、障がいのある方々が作ったクッキーを販売します。気の毒な人たちを応援すると思って、ぜひお買い求めください。', '気の毒な人たち'],
    ['特別支援学校の生徒さんたちが、掘割の清掃に参加してくれました。不憫な子たちですが、一生懸命がんばっていました。', '不憫な子たち'],
    ['作業所で働きよる人たちは、かわいそうか人たちやけん、みんなで助けてあげんといかんね。', 'かわいそうか人たち'],
    ['車いすの利用者さんも川下りに参加されました。可哀想な方々にも楽しんでもらえてよかったです。', '可哀想な方々'],
  ])('blocks %s', (text, excerpt) => {
    const f = findingsOf(decency, text)
    expect(f.some((x) => x.rule === 'decency/discriminatory' && x.severity === 'block' && x.excerpt === excerpt)).toBe(true)
  })
  it.each([
    // R63A-003's kind, clean: the frame named to be rejected, a workforce thanked, dogs for adoption, a disaster's victims, both working together
    '障害のある方を「かわいそうな人」と決めつけないでください。',
    '障がい者の就労について、「かわいそうな人たちに仕事を与える」という考え方は誤りです。一人ひとりが地域の大切な働き手です。',
    '公衆トイレの清掃は、市内の障がい者就労施設の皆さんにお願いしています。丁寧な仕事ぶりに、利用者からも感謝の声が届いています。',
    '足に障害のある犬も譲渡の対象です。かわいそうな子たちに、新しい家族を見つけてあげてください。',
    '大雨で家を失った方々は本当にお気の毒です。市では見舞金の申請を受け付けています。',
    '健常者も障がい者も、ともに働ける職場づくりを進めています。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 63 (GZ-026) — grass a cutting or growing verb describes, and a misfortune named as a hazard, are no levity', () => {
  it.each([
    // GZ-026 itself: 火災 and 交通事故 named as what weeds lead to, then a heading ■刈った草; variants: 抜いた草 after a fire that happened,
    // 伸び放題の草 after an accident, 刈り取った草 and 干し草 after a fire, a hazard (倒壊や火災の原因, 死亡事故につながります) before a cheer
    '【空き地の草刈りのお願い】\n\n夏から秋にかけて、空き地の雑草が伸びやすくなります。伸びた雑草は、害虫の発生や火災、不法投棄の原因になるほか、交差点付近では見通しが悪くなり、交通事故につながるおそれもあります。\n\n土地の所有者・管理者の皆さまは、定期的な草刈りなど適正な管理をお願いします。\n\n■刈った草\n燃やさずに、燃えるごみの日に指定袋で出してください（1回10袋まで）。\n\n■ご自分で管理できない場合\nシルバー人材センター（0944-72-3355）で草刈りを請け負っています（有料）。\n\n問い合わせ：環境課 0944-77-8621',
    '昨夜、空き地で火災が発生しました。\n\n■抜いた草\n燃やさずに、燃えるごみの日に出してください。',
    '先週、市道で交通事故がありました。\n\n伸び放題の草\nお近くの空き地の管理をお願いします。',
    '河川敷で火災が発生しました。\n\n■刈り取った草\n指定袋に入れて、燃えるごみの日に出してください。',
    '牛舎で火災が発生し、全焼しました。\n\n干し草\n乾燥した場所で保管し、火の気に注意してください。',
    '伸びた雑草は、見通しが悪くなり、交通事故につながるおそれもあります。\n\n草刈りボランティアを募集します🎉',
    '放置された空き家は、倒壊や火災の原因になります。\n\n空き家バンクに登録すると補助金があります👍',
    '路上駐車は死亡事故につながります。\n\n交通安全ポスターの入賞作品が決まりました🎉',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // Laughing 草 after a misfortune that happened still blocks, and so does a cheer after an accident that did cause something
    '昨日、公園の近くで火事があったらしい。\n\n消防車めっちゃ来てて草',
    '昨日、空き地で火事があったらしいです。\n\n刈った草に燃え移ったとか、まじで草',
    '昨日、農道で交通事故があったそうです。\n\n田んぼに車が突っ込んでて草',
    '昨日、国道で交通事故があり、渋滞の原因になりました。\n\n週末は花火大会です🎉',
    '空き地で火災が発生しました。\n\n草刈りイベントは予定どおり開催します🎉',
  ])('blocks %s', (text) => {
    const f = findingsOf(decency, text)
    expect(f.some((x) => x.rule === 'decency/insensitive' && x.severity === 'block')).toBe(true)
  })
})

describe('decency: round 64/65 kind — women recruited to a town or its men as brides (R65A-066)', () => {
  it.each([
    '柳川は独身男性が多くて、お嫁さん候補を大募集中の町です😉 若い女性の移住、とくに大歓迎しています！\n#柳川 #移住 #婚活',
    'うちの町は独身の男が多かけん、若か女の子はぜひ嫁に来てくれんね！',
    '農業後継者のお嫁さん、絶賛募集中です♡ 若い女性の皆さんの移住をお待ちしています。',
    '花嫁候補大募集！独身男性が多い柳川で、新しい暮らしを始めませんか。',
  ])('warns %s', (text) => {
    const f = findingsOf(decency, text)
    expect(f.some((x) => x.rule === 'decency/stereotype' && x.severity === 'warn')).toBe(true)
  })
  it.each([
    'お嫁さん募集中の男性も、お婿さん募集中の女性も、結婚相談センターへお気軽にどうぞ。',
    '白秋祭の花嫁舟に乗る新郎新婦を募集します。',
    '花嫁衣装の試着モデルを募集しています。',
    '婚活イベントの参加者（男女各20名）を募集します。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 64/65 kind — watching people in swimwear offered as what the job is (R65A-102)', () => {
  it.each([
    '夏休みの市民プール監視員を募集中！水着のお姉さんたちを眺めながらのお仕事です（笑）学生さんのご応募お待ちしてます',
    '海水浴場の監視員バイト、ビキニのお姉さんを一日中眺められる夏の職場です！',
    'プール清掃のボランティア募集！終わったら水着の女の子たちを見放題ですよ',
    '水着の姉ちゃんば眺めながら働けるけん、男子学生はぜひ応募してくれんね',
  ])('warns %s', (text) => {
    const f = findingsOf(decency, text)
    expect(f.some((x) => x.rule === 'decency/sexual' && x.severity === 'warn')).toBe(true)
  })
  it.each([
    '監視員の仕事は、水着の子どもたちの様子を常に見守ることです。',
    '水着の女性が溺れているのを見つけたら、すぐに監視員に知らせてください。',
    '水着のまま館内を歩くのはご遠慮ください。',
    'プールの監視員は、泳いでいる人を眺めるだけの仕事ではありません。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 64/65 kind — the source of a disease put on a foreign group by hearsay (R64A-015)', () => {
  it.each([
    '【鳥インフルエンザの防疫作業について】\n\n農場周辺の消毒ポイントでは、24時間体制で車両消毒を行っています。通行の際はご協力をお願いします。\n\nウイルスを持ち込んだのは、近くの農場で働いとる外国人の実習生じゃないかと地元では言われとりますが、市としても注意して見ていきます。',
    '今回の豚熱は、外国人の留学生が母国から持ち込んだに違いないと思います。',
    'コロナを広めたのはアジア系の観光客やろうって、みんな言いよるよ。',
    '鳥インフルの病原体を持ち込んだのは、ベトナム人の実習生らしいです。農場への出入りには目を光らせます。',
  ])('blocks %s', (text) => {
    const f = findingsOf(decency, text)
    expect(f.some((x) => x.rule === 'decency/discriminatory' && x.severity === 'block')).toBe(true)
  })
  it.each([
    'ウイルスを持ち込まないよう、農場に出入りする車両はすべて消毒しています。',
    '外国人実習生の皆さんにも、消毒の手順を多言語で説明しています。',
    'ウイルスを持ち込んだのは渡り鳥と考えられています。',
    '「外国人がウイルスを持ち込んだ」といううわさには根拠がありません。差別につながる書き込みはやめましょう。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 64/65 kind — tasks fixed by sex in a blunt slogan of bare 女/男 (R64A-111)', () => {
  it.each([
    '【出初式の炊き出しについて】\n\n今年も出初式のあとに、団員とご家族向けの豚汁の炊き出しを行います。\n\n準備は例年どおり各分団の奥さん方にお願いします。女は台所、男は放水、それが柳川消防団の伝統ですけん、よろしくお願いします！',
    '男は外で働き、女は家を守る。柳川の農家は昔からそうですけん。',
    '祭りの日は、女は炊事、男は神輿。それがこの地区の決まりです。',
    '女衆は台所、男衆は酒盛りってのが、うちの消防団の昔からのならわしですけん。',
  ])('blocks %s', (text) => {
    const f = findingsOf(decency, text)
    expect(f.some((x) => x.rule === 'decency/discriminatory' && x.severity === 'block')).toBe(true)
  })
  it.each([
    '男湯は右、女湯は左です。',
    '「男は仕事、女は家庭」という固定的な役割分担を見直しましょう。',
    '長女は受付、次男は駐車場の整理を手伝ってくれました。',
    '男女を問わず、炊き出しの準備にご協力ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

/**
 * A table of kinds of one round: [title, rule, severity, texts it flags, hard negatives]. Each text it flags has a finding of
 * `rule` at exactly `severity`; each hard negative has nothing above info.
 */
function describeKinds(round: string, kinds: ReadonlyArray<readonly [string, string, string, readonly string[], readonly string[]]>): void {
  for (const [title, rule, severity, hits, clean] of kinds) {
    describe(`decency: round ${round} kind — ${title}`, () => {
      it.each(hits)(`${severity}s %s`, (text) => {
        const f = findingsOf(decency, text)
        expect(summary(f).join(' | ')).toContain(`${rule}:${severity}:`)
      })
      it.each(clean)('passes %s', (text) => {
        expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
      })
    })
  }
}

/** The same, where each text it flags has a finding of `rule` at `severity` at least (a block also counts for a warn). */
function describeKindsAtLeast(round: string, kinds: ReadonlyArray<readonly [string, string, string, readonly string[], readonly string[]]>): void {
  for (const [title, rule, severity, hits, clean] of kinds) {
    describe(`decency: round ${round} kind — ${title}`, () => {
      it.each(hits)(`${severity}s (at least) %s`, (text) => {
        const found = findingsOf(decency, text).filter((f) => f.rule === rule && (severity === 'warn' ? f.severity !== 'info' : f.severity === 'block'))
        expect(found.length, summary(findingsOf(decency, text)).join(' | ')).toBeGreaterThan(0)
      })
      it.each(clean)('passes %s', (text) => {
        expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
      })
    })
  }
}

// Stop 55 review: 夜も元気 needs whose nights (a person or stamina food) and a leer, or stamina spelt out; a shop, a street or a
// crowd at night is plain, hearts and らしい included.
describeKinds('stop 55 (review)', [
  [
    'whose nights, not a shop, a street or a crowd at night',
    'decency/sexual',
    'block',
    ['新人の山田くん、夜もすごいらしいですよ♡', 'すっぽん鍋で夜も元気に！'],
    ['沖端の屋台、夜も元気に営業しているらしいですよ。', '夜も元気な商店街♡ ぜひお越しください', '夫婦で営む食堂は夜も元気に営業中です。', '夜もすごい人出でした♡ ありがとうございました'],
  ],
])

// Round 66 (blind R66A/R67A/R68A): one describe per kind — the missed text, variants of the same kind, hard negatives.
type Kind66 = [title: string, rule: string, severity: 'block' | 'warn', hits: string[], clean: string[]]
const KINDS66: Kind66[] = [
  [
    'stamina food and the night’s baby-making cheered (R66A-006)',
    'decency/sexual',
    'block',
    [
      '有明海のうなぎで精ばつけて、今夜は二人目づくりもがんばらんね〜😏\n#子育て応援 #社協 #柳川',
      'すっぽん鍋で精ばつけて、今夜は子づくりも頑張ってね😏',
      'うなぎでスタミナつけたら、今晩は三人目づくりやね♡',
      '精力のつく料理を食べて、今夜こそ赤ちゃんづくりに励んでくださいね。',
    ],
    [
      'うなぎで精をつけて、今夜の試合もがんばろう！',
      '妊活・子づくりについての相談会を、今夜19時から保健センターで開きます。',
      '今夜は親子で工作教室です。子ども向けの手作りおもちゃを作ります。',
    ],
  ],
  [
    'a sex presumed bad at a skill, as the concession of an offer (R66A-075)',
    'decency/stereotype',
    'warn',
    [
      '家事も育児も苦手なパパでも大丈夫！パパ向けの離乳食教室を開催します。\n日時：1月18日（日）10時〜11時30分 会場：総合保健福祉センター 参加費：無料',
      '料理が苦手なお父さんでも大丈夫！親子クッキング教室を開きます。',
      '子育てが不慣れな男性でも安心の、はじめてのパパ講座です。',
      '工具の扱いが苦手な女性でも、簡単に棚が作れる講座です。',
    ],
    [
      '料理が苦手な方でも大丈夫！初心者向けの料理教室です。',
      'パパも参加できる離乳食教室を開催します。',
      '泳ぎが苦手な子でも大丈夫、少人数で丁寧に指導します。',
    ],
  ],
  [
    'a theft rumoured of a foreign group, or a place named by its number as where to guard valuables (R67A-014)',
    'decency/discriminatory',
    'block',
    [
      '三橋公民館の避難所で、外国人の避難者が物資を持ち去っているという話があります。外国の方が多い避難所では、貴重品の管理にお気をつけください。',
      '避難所で、ベトナム人の実習生が支援物資を盗んでいるらしいです。',
      '外国人の人たちが配給のパンを持って行っとるって話ですけん、気をつけてください。',
      '実習生が多いアパートでは、自転車の施錠をしっかりお願いします。',
      '外国籍の方が多く住む地区では、戸締まりを忘れずにしてください。',
    ],
    [
      '「外国人が物資を持ち去っている」といううわさが広がっていますが、そのような事実は確認されていません。',
      '避難所では、貴重品の管理にお気をつけください。',
      '外国の方が多い避難所では、多言語の案内板を設置しています。',
      '外国人観光客が多い時期は、スリの被害に遭わないよう貴重品の管理にご注意ください。',
    ],
  ],
  [
    'young women’s coming said to lift the men’s spirits (R67A-027)',
    'decency/sexual',
    'warn',
    [
      'ボランティアセンターに看護学生の女の子たちが来てくれて、おじさんボランティアのやる気が急上昇中😏💕 #災害ボランティア',
      '女子大生ボランティアが参加してくれたので、男性陣のテンションが爆上がりでした💕',
      '若い女性が入ってくれて、おっさん団員の士気がうなぎのぼりです（笑）',
      'お嬢さんたちが見えたけん、男衆の気合が全開やったばい',
    ],
    [
      '高校生ボランティアが来てくれて、おじいちゃんたちも笑顔になりました。',
      '女子学生が参加してくれて、子どもたちも大喜びでした。',
      '消防団に新しい団員が入って、おじさんたちのやる気もアップしています。',
    ],
  ],
  [
    'old people’s retelling of the same story made a joke (R67A-065)',
    'decency/discriminatory',
    'warn',
    [
      '避難所のおばあちゃんたち、同じ話を何回もしてくれるけん、職員はもう台本覚えたばい😂',
      'おじいちゃんたちは同じ自慢話を何度も繰り返すので、もう暗記しちゃいました笑',
      '高齢者の皆さん、同じ質問を何べんもされるので、職員は耳にタコです😂',
      'ばあちゃんたちが同じ昔話ば何回もするけん、もう台本のごたる（笑）',
    ],
    [
      '認知症の方が同じ話を何度されても、否定せずに耳を傾けましょう。',
      'おばあちゃんたちが昔の柳川の話を何回も聞かせてくれました。',
      '高齢者の方には、同じ説明を何度でも丁寧にいたします😊',
    ],
  ],
  [
    'the homeless named and told to go elsewhere (R67A-079)',
    'decency/discriminatory',
    'block',
    [
      '避難所の体育館、ホームレスみたいな人が毛布を独り占めしとって迷惑やった。ああいう人たちは別のところに行ってほしいわ',
      '路上生活の人が避難所に来とるけど、よそに行ってほしか。',
      '浮浪者みたいなのがおって臭かった。出て行ってほしい。',
      'ホームレスっぽい人たちが公園のベンチを占領しています。ほかの場所に移ってもらいたいです。',
    ],
    [
      '満員のため、別の避難所に行っていただくようお願いしています。',
      'ホームレスの方も、避難所をご利用いただけます。',
      'ペットを連れた方は、ほかの避難所に移っていただくことがあります。',
    ],
  ],
  [
    'young women on the staff offered to the men as the comfort of a stay (R67A-097)',
    'decency/lookism',
    'block',
    [
      '避難所には若い女性の職員もおりますので、男性の避難者の方も安心して（？）お過ごしください😉',
      '避難所には若くてかわいい女性スタッフもいますので、男性の方もどうぞ安心してお過ごしください😉',
      '窓口には若い女の子もおりますけん、男性のみなさんも安心してご利用ください（笑）',
      '美人の職員もおりますので、男性の皆さんも安心してお楽しみください😘',
    ],
    [
      '若い女性の職員もおりますので、女性の避難者の方も安心してご相談ください。',
      '避難所には女性の職員もおりますので、女性の方も安心してお過ごしください。',
      '男性の避難者の方も、安心してお過ごしください。',
    ],
  ],
  [
    'a group whose presence is said to breed trouble, as the reason for a measure (R67A-117)',
    'decency/discriminatory',
    'block',
    [
      '避難所の運営にあたり、精神障害のある方がいるとトラブルになりやすいため、受入れは福祉避難所のみとさせていただきます。',
      '認知症の方がいるとトラブルが起きやすいので、デイサービスの利用はお断りしています。',
      '外国人を受け入れるとトラブルになりがちなため、当面は日本人のみとします。',
      '発達障害のお子さんが混じると問題が起きやすいため、別の教室にしています。',
    ],
    [
      '精神障害のある方が避難所で安心して過ごせるよう、静養室を用意しています。',
      '認知症の方がいるご家庭では、訪問販売のトラブルが起きやすいので、ご注意ください。',
      '精神障害のある方がいると周りが知っていれば、トラブルになりにくくなります。',
      '契約内容をよく確認しないとトラブルになりやすいので、ご注意ください。',
    ],
  ],
  [
    'a child’s body said to look grown, or her swimwear dazzling (R68A-014)',
    'decency/sexual',
    'block',
    [
      'プール開きでした🏊 6年女子もすっかり体つきが大人っぽくなって、スクール水着がまぶしい季節です😎 今年も水泳指導がんばります！\n#柳川 #プール開き',
      '4年の女の子たちも体つきが女らしくなってきました。',
      '運動会、中学生女子のブルマ姿がまぶしかったです😍',
      '教え子の女子生徒たちもスタイルが色っぽくなってきて、目のやり場に困ります。',
    ],
    [
      '6年生もすっかり大人っぽくなって、卒業式では立派な姿を見せてくれました。',
      '思春期の女子は体つきが女性らしく変化する時期です。保健の授業で学びます。',
      '夏の日差しがまぶしい季節になりました。プールでは帽子を忘れずに。',
      'スクール水着の購入は、学校指定の店舗でお願いします。',
    ],
  ],
  [
    'a memorial of the atomic bomb or a war said to be blown away by food or fun (R68A-089)',
    'decency/insensitive',
    'warn',
    [
      '修学旅行、長崎から無事に帰ってきました！原爆資料館はちょっと重かったけど、夜のちゃんぽんで全部吹き飛んだみたいで、みんな元気いっぱいです😂\n#修学旅行 #長崎',
      '平和祈念像を見学してしんみりしたけど、カステラ食べたら全部忘れちゃいました😂',
      '戦争の話は重たかったけど、お土産の買い物で一気に吹っ飛んだみたいです笑',
      '特攻の資料館は暗かったけど、夜の枕投げでどっか行っちゃいました😆',
    ],
    [
      '原爆資料館では、爆風で吹き飛んだ瓦や溶けた瓶が展示されていました。',
      '原爆資料館は重かったけど、平和の大切さを忘れないようにしたいです。',
      '台風で看板が吹き飛んだので、通行に注意してください😂',
      '平和公園で折り鶴をささげ、夜はちゃんぽんを食べました。',
    ],
  ],
  [
    'parents named by nationality told their coming is a bother (R68A-109)',
    'decency/discriminatory',
    'block',
    [
      '入学説明会の準備を進めています。ちなみに外国籍の保護者の方は日本語が通じないことが多いので、説明会に来られても正直困ります。通訳が必要な方は参加をご遠慮ください。',
      '外国籍の保護者の方は、説明会に来られても困ります。',
      '中国籍の保護者の方は日本語が通じんけん、懇談会には来んでよかです。',
      'ブラジル籍のご家族の方は、行事への参加はご遠慮ください。',
    ],
    [
      '外国籍の保護者の方には、通訳を用意しています。',
      '外国籍の保護者の方も、説明会にぜひお越しください。',
      '外国籍の保護者の方向けに、やさしい日本語の案内を作りました。',
    ],
  ],
  [
    'pupils of a special-needs class called a burden and kept out (R68A-129)',
    'decency/discriminatory',
    'block',
    [
      '運動会のクラス対抗リレー、今年は特別支援学級の子たちは足手まといになるけん別メニューにしました。そのおかげで、どのクラスも接戦で大盛り上がりでした！',
      '特別支援学級の児童は足手まといなので、合同練習には入れません。',
      '特別支援学校の生徒たちは邪魔になるけん、見学だけにしてもらいました。',
      '特別支援クラスの子どもたちは、ほかの子の迷惑になるので別の部屋で給食です。',
    ],
    [
      '特別支援学級の子どもたちも、リレーで力いっぱい走りました。',
      '特別支援学級の児童には、個別の練習メニューを用意しました。',
      '特別支援学校の生徒たちが作った作品を展示しています。',
    ],
  ],
]
describeKinds('66', KINDS66)

// Round 69 (blind R69A): the missed kind — the missed text, variants of the same kind, hard negatives.
const KINDS69: Kind66[] = [
  [
    'people named by a social status called a nuisance in a public place or a ban asked on them (R69A-130)',
    'decency/discriminatory',
    'block',
    [
      '図書館の閲覧席、最近は生活保護の人たちが朝から晩まで寝とるだけで、ほんと迷惑しとる。ああいう人たちは出入り禁止にしてほしか。',
      '市民プールに生活保護を受けとる人たちが平日から来とって、ほんに迷惑しとります。あげな人らは利用禁止にしてもらいたか。',
      '生活保護受給者が昼間から公民館のロビーでたむろしていて迷惑しています。そういう方々の入館はお断りにしてほしいです。',
      '最近、生活保護世帯の方が児童館を長時間利用されていて、他の利用者が迷惑しています。',
      '無職の人たちが昼間から児童公園のベンチにおって、ほんと迷惑しとるとよ。',
      'ホームレスの人たちは公園に出入り禁止にしてほしい。',
      '生活保護の人たちが最近よく来る。ああいう人たちは追い出してほしい。',
    ],
    [
      '図書館の閲覧席で長時間寝ている方がいて迷惑との声が寄せられています。閲覧席での睡眠はご遠慮ください。',
      '生活保護の方を出入り禁止にしてほしいというご意見をいただきましたが、図書館はどなたでもご利用いただける施設です。',
      '生活保護の申請で窓口が混み合い、ご迷惑をおかけしています。',
      '生活保護の方が、近くの工事で迷惑しています。',
      '生活保護を受けている方が、しつこい勧誘電話に迷惑しています。',
      '路上生活者の方を追い出すのではなく、相談につなげる取り組みを進めています。',
      '館内での飲食は禁止です。ルールを守らない方には、出入りをお断りすることがあります。',
      '工事車両の出入りがあるため、公園の一部を立ち入り禁止にしています。',
    ],
  ],
]
describeKinds('69', KINDS69)

// Round 69, a clean kind: a group's difficulty met with help (通訳, 多言語, やさしい日本語, 配置, 用意) is a need the city answers;
// the same words with a refusal or a move elsewhere still block.
describe('decency: round 69 clean kind — a group’s difficulty met with help, not exclusion', () => {
  const clean = [
    '外国人の方がいると言葉の違いからトラブルになりやすいため、通訳ボランティアを配置しました',
    '外国籍の方が多い避難所では、言葉の違いからトラブルになりやすいため、多言語の案内表示を用意しました。',
    '外国人の方がいると意思疎通の行き違いからトラブルになりがちなので、やさしい日本語の掲示を設置しています。',
    '外国人の方が入居されると、ごみ出しのルールの違いでトラブルになりやすいため、多言語の分別表をお配りし、相談窓口も設けました。',
    '聴覚障がいのある方がいると、館内放送が伝わらずトラブルになりやすいため、手話通訳者を配置しました。',
  ]
  const flagged = [
    '外国人の方がいると言葉の違いからトラブルになりやすいため、受入れはお断りします',
    '外国人の方がいると言葉の違いからトラブルになりやすいため、別の避難所へ移っていただきます',
    '外国人の方がいるとトラブルになりやすいので、通訳は置かず、入所はご遠慮いただいています。',
    '外国人の方がいるとトラブルになりやすいため、通訳ボランティアを配置しましたが、夜間は別の避難所へ移っていただきます。',
  ]
  it.each(clean)('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each(flagged)('blocks %s', (text) => {
    expect(summary(findingsOf(decency, text)).join(' | ')).toContain('decency/discriminatory:block:')
  })
})

// Round 70 (blind R70A): the missed kinds — the missed text, variants of the same kind, hard negatives.
const KINDS70: Kind66[] = [
  [
    'a foreign people’s standard of hygiene or morals called low, as fact or hearsay (R70A-013)',
    'decency/discriminatory',
    'block',
    [
      'のり加工場の見学に行ってきました。乾燥機の熱気の中、みなさん手際よく作業されていました。ただ、最近増えた外国人の実習生は衛生観念が低い人が多いそうで、地元の工場主さんも困っているとのことです。有明海の新のりは12月から直売所に並びます。',
      'ベトナム人の実習生の中には衛生観念の低い人もいるらしく、工場の人が困っていると聞きました。',
      '外国人労働者は衛生意識が低いので、食品工場では心配だという話です。',
      '中国人観光客はやっぱり公衆道徳が欠けとるけん、旅館の人も大変らしかです。',
      'ネパールの方々は衛生観念がゆるいそうですね。',
      '衛生観念の低い外国人実習生が多いそうで、困っているとのことです。',
    ],
    [
      '外国人の実習生の皆さんに衛生管理の研修を行いました。',
      '食品工場では衛生観念の低さが事故につながるため、全員で手洗いを徹底しています。',
      '技能実習生の方々が、のり工場の衛生管理の研修を受けました。衛生意識がとても高いと評判です。',
      '「外国人は衛生観念が低い」という偏見をなくしましょう。',
      '外国人実習生の衛生意識の低下を防ぐため、母国語の教材を用意しました。',
      '外国の方も日本の常識的なマナーを守って楽しんでいます。',
      '実習生の受け入れ企業の衛生管理は、保健所が定期的に確認しています。',
    ],
  ],
  [
    'a staff member’s body likened to an animal by being hard to tell apart from it (R70A-073)',
    'decency/lookism',
    'warn',
    [
      'がたぼうだよ🐟 きょうはイノシシのわなの見回りに同行したよ！いっしょに行った係長さん、イノシシと並んでもどっちがどっちかわからんくらいの立派な体型で、わなにかからんか心配やったよ〜🐗😂\n#柳川 #がたぼう',
      '山の見回りに同行した課長、クマと並ぶと見分けがつかないほどの体格で、猟友会の方に撃たれないか心配でした（笑）',
      '先輩職員はカバと並んでもどっちがどっちか分からないくらいの貫禄です😂',
      'うちの係長、牛舎に入ったら牛と間違えられそうな体型でした笑',
      'うちの課長、最近トドに負けない貫禄が出てきたばい😂',
    ],
    [
      'イノシシとタヌキの足跡は見分けがつきにくいので、写真で確認してください。',
      '係長がイノシシのわなの見回りに同行し、わなにかかった個体を確認しました。',
      '係長さんが、タヌキをイノシシと間違えて通報した住民の方に、見分け方を教えました笑',
      '職員がクマと並んで写真を撮れるパネルを設置しました😂',
      '猟友会の職員さんによると、子熊は母熊と並ぶと体格では見分けがつきにくいそうです。',
      '係長さん、山ではクマと間違えられないよう、明るい色の服と鈴を身につけてください😂',
      '子牛は親牛と並ぶと体の大きさの違いがよく分かります。',
    ],
  ],
]
describeKinds('70', KINDS70)

// Round 70, a clean kind: the neighbours' wish to drive a group out relayed, and the city's answer is help for the group
// (福祉の相談員, 声かけ, 自立に向けた支援, 見守り); the same words with the wish agreed with or carried out are still flagged.
describe('decency: round 70 clean kind — a wish to drive a group out relayed and answered with help', () => {
  const clean = [
    'ホームレスの方が公園に住み着いていると、近所から「追い出してほしい」という声が寄せられていますが、市は福祉の相談員と一緒に声かけを続けています',
    '路上生活の方が駅の地下通路で寝泊まりしていて、「出て行ってほしい」というご意見もいただいていますが、市では自立に向けた支援を続けています。',
    'ホームレスの方が河川敷にテントを張っていることについて、「早く追い出して」との声もありますけど、保健師と相談員が定期的に見守り訪問をしています。',
    '公園で暮らす路上生活者の方々を「追い出してほしい」という苦情が寄せられています。市では福祉の相談員が毎週声かけを行い、住まいの相談に応じています。',
  ]
  const flagged: Array<[string, 'block' | 'warn']> = [
    ['ホームレスの方が公園に住み着いていて、近所から「追い出してほしい」という声が寄せられていますが、その気持ちもよく分かります。', 'block'],
    ['ホームレスが公園に住み着いて迷惑なので、早く追い出してほしいです。', 'block'],
    ['ホームレスの方が公園に住み着いていると、近所から「追い出してほしい」という声が寄せられており、市は近く退去をお願いする予定です。', 'warn'],
    ['ホームレスの方が公園に住み着いていると近所から「追い出してほしい」という声が寄せられていますが、市は福祉の相談員と一緒に、別の場所へ移ってもらうよう声かけを続けています。', 'warn'],
  ]
  it.each(clean)('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each(flagged)('flags %s (%s)', (text, severity) => {
    expect(summary(findingsOf(decency, text)).join(' | ')).toContain(`decency/discriminatory:${severity}:`)
  })
})

// Round 71 (blind R71A): the missed texts, variants of the same kind in other words, endings and dialect, and hard negatives.
const KINDS71: Kind66[] = [
  [
    'a people said not to listen however often told (R71A-014)',
    'decency/discriminatory',
    'block',
    [
      '【観光客の皆さまへのお願い】\n沖端周辺で、私有地への立ち入りや路上での飲食のごみ放置が続いています。多言語の注意看板を増やしましたが、正直、中国人と韓国人の団体は何度言っても聞かないので困っています。ルールを守って観光をお楽しみください。',
      'ベトナム人の実習生って、いくら注意しても聞く耳を持たんけん、もう諦めとります。',
      '外国人観光客は、何回言っても聞いてくれないので本当に参ります。',
      '中国の団体さんは説明しても全然聞かないので、船頭さんたちも困っています。',
      'アジア系のお客様は、注意しても言うことを聞いてくださらないことが多く、困っております。',
      '韓国からの観光客は何べん言うても言うこと聞かんとよ。',
    ],
    [
      '外国人観光客の方にも伝わるよう、何度でも丁寧にご案内しています。',
      '中国からのお客様のご意見を聞かないまま、案内板の内容を決めることはありません。',
      '「外国人は何度言っても聞かない」といった書き込みは、偏見を助長するものです。',
      '外国人の方が多い職場では、注意しても伝わっていないことがあるので、やさしい日本語で説明しましょう。',
      '韓国人観光客の方は、ガイドの説明を聞いてから舟に乗ってください。',
      '何度言っても聞かない子どもへの声かけのコツを、外国籍の保護者の方にも多言語でお伝えします。',
    ],
  ],
  [
    'a sex presumed bad at a skill the stereotype denies it, as the concession of an offer (R71A-086)',
    'decency/stereotype',
    'warn',
    [
      '【高齢ドライバー・女性ドライバー向け 安全運転講習】\n車庫入れが苦手な女性の方も、これで安心！ 教習所のコースで、プロの指導員がやさしく教えます。\n日時：11月16日（日）9時〜12時',
      '縦列駐車が苦手な奥さまも、これで安心です♪ ペーパードライバー講習のご案内',
      '機械の操作が苦手なママも大丈夫！スマホ教室でやさしく教えます。',
      '料理が苦手なお父さんも心配いりません。基本の包丁の使い方から教えます。',
      '運転の苦手か女の人も、これなら安心たい。',
      '地図を読むのが苦手な女子も迷わない散策マップができました。',
    ],
    [
      '車庫入れが苦手な方も、これで安心！ 教習所のコースで、プロの指導員がやさしく教えます。',
      '女性ドライバーの方も、お一人で安心してご参加いただけます。',
      '運転が苦手な女性も男性も、これで安心！ ペーパードライバー講習を開きます。',
      '苦手な食べ物がある女性の方も、事前にお知らせいただければ安心です。',
      '料理が苦手なママも大丈夫！簡単レシピを紹介します。',
      '運転が苦手な女性が多いという思い込みは捨てて、性別に関係なく安心して学べる講習です。',
      '駐車場が狭いので、女性の方も安心して停められるよう誘導員を配置します。',
      '車庫入れが苦手なお父さんも、これで安心！',
    ],
  ],
  [
    'a group addressed (…の皆さん、…の方へ、…のみんな): what follows the comma is said to them, not presumed of them; the group described in the third person, named again as the subject, or given the fault as a reason is still read (blind FP 留学生の皆さん、分からないことは…)',
    'decency/stereotype',
    'warn',
    [
      '留学生の皆さんは日本語が分からないので、窓口では対応できません。',
      '留学生は分からないことが多いです。',
      '外国人住民はごみ出しのルールを知らないことが多いです。',
      '外国人の皆さん、ルールを知らないから困るんです。',
      'シニアの皆さま、スマホは苦手でしょうから職員が操作します。',
    ],
    [
      '留学生の皆さん、分からないことは何度聞いても大丈夫です。',
      '高齢者の皆さん、スマホの操作が分からなくても大丈夫です。',
      'シニアの皆さま、パソコンが苦手でも大丈夫です。',
      '外国人住民の皆さまへ、日本のごみ出しのルールを知らなくても大丈夫です。',
      '市内で暮らす外国人の方、書類の書き方が分からなくても大丈夫です。',
      'こんにちは、技能実習生のみなさん。日本語がまだ下手でも気にしなくていいですよ。',
      '留学生のみんな、わからないことがあっても恥ずかしくないですよ。',
    ],
  ],
]
describeKinds('71', KINDS71)

// Round 72 (blind R72A/R73A): the missed texts, variants of the same kind in other words, endings and dialect, and hard negatives.
const KINDS72: Kind66[] = [
  [
    'a named place said to be, or to have been, a 部落 or 同和地区, whatever the frame (R72A-041)',
    'decency/discriminatory',
    'block',
    [
      '【人権週間】身元調査による差別について考えてみましょう。\n\n結婚や就職の際に「あの地区の出身だから」と相手の身元を調べることは、重大な人権侵害です。\n例えば市内でも、沖端の北側一帯はかつての被差別部落で、今でも年配の方の中には土地の話になると気にされる方がおられます。\nこうした意識を一人ひとりが見直していきましょう。',
      '人権について考えましょう。たとえば三橋町の川沿いの集落は、昔は同和地区だったと聞いています。',
      '大和町の一部はもともと部落やけん、今でも土地の話になると嫌がる人がおるとよ。',
      '差別をなくすために知っておいてください。西蒲池の南側が、かつての同和地区にあたります。',
      '本当の話として、蒲船津の東側は被差別部落と言われてきました。',
    ],
    [
      '同和地区の所在地を調べたり、教えたりすることは差別につながります。',
      '沖端地区の北側一帯は、かつての城下町で、今も古い町並みが残ります。',
      '昭和町は部落差別の解消に向けた取り組みを続けています。',
      '人権週間では、「あの地区は部落だ」といったうわさが差別を生むことを学びます。',
      'この法律は、同和地区に指定されていた地域の生活環境の改善を目的としていました。',
      '特定の地域を同和地区であると示す書き込みは、人権侵害です。',
      '隣保館は、部落問題の解決に向けた拠点施設です。',
    ],
  ],
  [
    '池沼 with one letter masked made an insult by a likeness or a rank after it (R72A-055)',
    'decency/discriminatory',
    'block',
    [
      '市民スポーツ大会のリレー、うちの課は全員足が遅すぎて池〇レベルやったｗ 来年はちゃんと練習するばい🏃',
      'あの新人、計算ミスばっかりで池●並みやん。',
      'お前ら練習サボりすぎ、〇沼かよｗ',
      '池〇っぽいミスを連発してしまいました😂',
    ],
    [
      '池〇さんの記録は県大会レベルです。',
      '〇〇池の水位が下がっています。ため池レベルの小さな池でも転落に注意してください。',
      '池〇地区の清掃活動にご協力ください。',
      '〇沼公園の桜が見頃です。',
    ],
  ],
  [
    'a call for helpers kept to one sex for a presumed capability (R72A-068)',
    'decency/discriminatory',
    'block',
    [
      '【文化祭ボランティア募集】\n会場設営（机・パネルの搬入）をお手伝いいただける方を募集します。力仕事が多いので男性限定です。女性の方には当日のお茶出しと受付をお願いしたいと思います。\n申込は生涯学習課まで。',
      '搬入作業があるため、ボランティアは男性のみとさせていただきます。',
      '重い機材を運ぶけん、男の人限定で募集しとります。',
      '体力が必要な作業ですので、参加は男性に限らせていただきます。',
      '細かい手作業が多いので、女性限定で募集します。',
    ],
    [
      '女性限定のヨガ教室です。',
      '力仕事が多いので、動きやすい服装でお越しください。男性の方も女性の方も大歓迎です。',
      '力仕事が多いので、男性のみなさんのご協力をお願いします。',
      '宿泊を伴うため、今回の合宿は男性のみとします。',
      '力仕事が多いので、体力に自信のある方限定で募集します。',
    ],
  ],
  [
    'complainants dismissed as mentally ill (R73A-045)',
    'decency/discriminatory',
    'block',
    [
      '【騒音の苦情について】\n\n市には毎月たくさんの騒音の苦情が寄せられます。一件一件現地を確認していますが、正直なところ、苦情の多くは精神的に病んでいる方からのもので、実際には大した音ではないことがほとんどです。\n\n心配しすぎず、お互いさまの気持ちで過ごしていただければと思います。',
      '通報してくるのは、ほとんどが心を病んどる人ばっかりです。',
      'クレームの電話をかけてくる人の半分は、精神疾患のある方やと思います。',
      '苦情を言ってくる人って、だいたいメンタルを病んでいる人なので気にしなくて大丈夫です。',
      '騒音の苦情のほとんどは被害妄想です。',
    ],
    [
      '心の病気に関するご相談は、保健センターの窓口へお寄せください。',
      '苦情対応で職員が精神的に病んでしまわないよう、研修を行っています。',
      '苦情の多くは夜間の工事の音に関するものです。',
      '心を病んでいる方の相談窓口として、こころの健康相談を開いています。',
      '苦情を寄せる方を精神的に病んでいる人だと決めつけるのは偏見です。',
    ],
  ],
  [
    "a woman's revealing clothing or body offered as the draw for visitors (R73A-127)",
    'decency/sexual',
    'block',
    [
      '市営住宅の空き部屋内覧会、今回の案内係は若い女性職員です。ミニスカート姿を目当てに来てもらってもいいですよｗ',
      '受付のお姉さんの生足目当てで来てもらっても構いませんよ笑',
      '今年の案内係は新人の女性職員！胸元を拝みに来るのもアリです😏',
      '窓口の女性スタッフのミニスカ見たさに来庁する人が増えるかも（笑）',
      '夏のプール監視員は女子大生！水着姿目当てでどうぞ♡',
    ],
    [
      'ミニスカートでの登山は危険です。動きやすい服装でお越しください。',
      '花火目当てに来場される方は、公共交通機関をご利用ください。',
      '水着でのご来場はご遠慮ください。受付で更衣室をご案内します。',
      '女性職員が受付でお待ちしています。目当ての講座をお選びください。',
    ],
  ],
  [
    'a group\'s fault quoted as common talk and a member praised as the exception (R72A-102)',
    'decency/discriminatory',
    'block',
    [
      '国際交流フェスタ、無事終了しました！\n「中国の人はマナーが悪い」ってよく言われるけど、今年の留学生ボランティアのみんなは時間も守るし片付けも完璧で、いい意味で裏切られました👏\n来年もよろしくね！',
      '「外国人はマナーが悪い」ってよく聞くけど、今日の実習生の皆さんは意外とちゃんとしていて見直しました。',
      '「ベトナム人は時間を守らない」と言われますが、うちの実習生は思ったより時間を守ってくれます。',
      '「韓国の人はうるさい」っていうイメージやったけど、交流会のみんなは静かで、いい意味で裏切られたばい。',
      '中国の人はマナーが悪いってよく言われるけど、今年の留学生はいい意味で裏切られました。',
    ],
    [
      '「外国人はマナーが悪い」という思い込みは、交流してみると意外と簡単に崩れます。',
      '「中国の人はマナーが悪い」という書き込みは偏見です。',
      '「柳川の冬は寒い」ってよく言われるけど、今年は意外と暖かかったです。',
      '「留学生はすぐ辞める」と言われますが、そのようなデータはありません。',
    ],
  ],
  [
    'heavy work handed to men as theirs, or women told they need bring nothing because strong men are there (R73A-078)',
    'decency/stereotype',
    'warn',
    [
      '粗大ごみの持ち込み日は、力持ちの男性職員がそろっていますので、女性の方は手ぶらで来ていただいて大丈夫です😉 重いものは男に任せましょう！',
      '引っ越しごみの運び出し、重いものはやっぱり男性陣にお任せください！',
      'たくましい男性職員が待機していますので、女性の方は見ているだけで大丈夫ですよ。',
      '重たい荷物はお父さんの出番です！',
      '重い荷物は男衆に任せて、女の子は座っとってよかよ。',
    ],
    [
      '重いものは職員がお運びしますので、どなたも手ぶらでお越しください。',
      '力仕事は男女を問わず、できる範囲でお願いします。',
      '重いものは無理をせず、二人以上で運びましょう。',
      '男性職員が受付におりますので、お気軽にお声かけください。',
      '女性の方は更衣室をご利用いただけます。手ぶらでお越しいただいて大丈夫です。',
    ],
  ],
  [
    "an animal's heat likened to people with a leer (R73A-123)",
    'decency/sexual',
    'warn',
    [
      '春は野良猫の発情期🐈 夜中に鳴き声がうるさいのは、まあ人間も同じかも？😏 不妊去勢手術の補助、受付中です！\n#柳川 #野良猫',
      'カエルの繁殖期で田んぼがにぎやか🐸 夜通し鳴いてるのは、人間も一緒かな？😏',
      '猫の恋の季節です。夜がうるさいのは、私たちも同じですよね笑',
      '発情期の犬はそわそわしますが、まあ大人だってお盛んですからね😉',
    ],
    [
      '猫の発情期は春と秋です。不妊去勢手術で望まない繁殖を防ぎましょう。',
      '猫の発情期は鳴き声が大きくなります。人間も同じで、ストレスがたまると眠れなくなりますよね。',
      '繁殖期のカラスは気が立っています。人間も同じで、子育て中は神経質になりますよね😅',
      '夜中の鳴き声にお困りの方は、環境課にご相談ください。人間も同じく睡眠が大切です。',
    ],
  ],
  [
    "a staff member's body or looks measured against a model's or an actress's (R72A-118)",
    'decency/lookism',
    'warn',
    [
      '新しい国際交流員のケイトさんが着任しました！\nカナダ出身、モデル並みのスタイルで、職員の間でも「hot すぎる」と話題です🔥 英会話サロンの男性参加者が急増する予感…？',
      '新任の保育士さんはグラビアアイドル並みのスタイルと評判です。',
      '今度の窓口担当、女優顔負けの美貌で来庁者が増えそう！',
      '観光協会の新人ガイドさん、モデルみたいな脚の長さで目を引きます✨',
    ],
    [
      'モデル並みの美脚を目指すストレッチ教室を開きます。',
      'プラモデル並みの精巧さで作られた、掘割の模型を展示しています。',
      'モデルハウスのようなスタイルの市営住宅が完成しました。',
      '新しいモデル事業の担当職員が着任しました。',
    ],
  ],
]
describeKinds('72', KINDS72)

// Round 74 (blind R74A/R75A): the missed texts, variants of the same kind in other words, endings and dialect, and hard negatives.
const KINDS74: Kind66[] = [
  [
    'a business run by a foreign group singled out and the readers told to beware of it (R74A-070)',
    'decency/discriminatory',
    'block',
    [
      '食中毒は夏場に多く発生します。特に衛生観念の違う外国の方が経営する飲食店は、利用する際に気をつけた方がいいかもしれません。お弁当は早めに食べ切りましょう。',
      'ベトナム人がやっている食堂は、衛生面が心配なので行かない方が無難です。',
      '中国系の業者がやっとる民泊は、用心したほうがよかよ。',
      '外国人オーナーのお店では、食べ物の管理に注意してくださいね。',
      '在日の方が経営するアパートは、契約の前に気をつけたほうがいいと思います。',
      '外国人経営の居酒屋を利用する際は、衛生面に十分ご注意ください。',
    ],
    [
      '外国の方が経営する飲食店を紹介するマップを作りました。ぜひご利用ください。',
      '外国人が経営する飲食店にも、多言語で食品衛生のご案内をお送りしています。気になる点はご相談ください。',
      '飲食店を利用する際は、生肉の加熱に気をつけましょう。',
      'ベトナムの方が経営する食堂で交流会を開きますので、暑さに気をつけてお越しください。',
      '外国籍の方が経営するお店でも、食品衛生責任者の設置が必要です。',
    ],
  ],
  [
    'a group asked, politely or not, to live in another town (R75A-042)',
    'decency/discriminatory',
    'block',
    [
      '【国民健康保険の加入手続き】\n\n転入された方は14日以内に手続きをお願いします。\n\n正直に言うと、日本語ができない外国人の方の手続きは時間がかかりすぎて他の方の迷惑になるので、できれば別の町に住んでもらえると助かります。\n\n持ち物：在留カード、パスポート',
      '障害のある方は、設備の整った別の市に住んでいただいたほうがお互いのためだと思います。',
      '外国人の方には、できればこの町には住まないでいただきたいのが正直なところです。',
      '生活保護の人は、よその町に引っ越してくれたら助かるっちゃけどね。',
      '手続きに時間がかかる外国籍の方が増えています。正直、ほかの市で暮らしてもらえんやろかと思います。',
    ],
    [
      '市外の別の町に住んでいるご家族の方も、代理で手続きができます。',
      '外国人の方の手続きには時間がかかることがあるため、通訳タブレットを用意しています。',
      '柳川に住んでもらえるよう、外国人の方向けの移住相談会を開きます。',
      'ほかの町に住んでいただいても、ふるさと納税で柳川を応援できます。',
      '高齢の方で、浸水のおそれがある地区から別の地区に引っ越していただける方には、費用の一部を補助します。',
    ],
  ],
  [
    'stamina food and the night with one’s partner, with a leer or the act quoted (R75A-103)',
    'decency/sexual',
    'block',
    [
      'うなもんだよ🐟 柳川のうなぎで精をつけて、今夜は旦那さんとハッスルしちゃおう♡😏 返礼品で届くよ〜！ #ふるさと納税',
      'うなぎのせいろ蒸しで精ばつけて、今晩は奥さんと「仲良く」してね😏',
      'すっぽん鍋でスタミナ満点！今夜はご主人と燃えちゃってください💋',
      'にんにくたっぷり餃子で元気つけて、夜は彼氏とイチャイチャしちゃお😘',
    ],
    [
      'うなぎで精をつけて、今夜は旦那さんと花火大会を楽しんでくださいね😊',
      '精をつけて、今夜は旦那さんと一緒に試合の応援をがんばりましょう！',
      'スタミナ満点のうなぎで、今夜は家族みんなで元気に過ごしましょう♪',
      'うなぎで精をつけて、今夜はご夫婦で晩酌でもいかがですか？',
    ],
  ],
  [
    'size set against technique with a leer (R74A-042)',
    'decency/sexual',
    'warn',
    [
      '新入団員募集中🚒 ホースの扱いは長さと太さより、テクニックが大事😏 夜の訓練で手取り足取り教えます！',
      'ホースは太さより、テクニックで勝負😏 若手団員募集中！',
      '包丁は大きさじゃなくて使い方が大事なんよ〜💋 今夜の料理教室でね♡',
      '竿は長さより技術がものを言うけんね😏 夜釣り体験、参加者募集！',
      '太さや長さより、持続力が大事😏 ロングライフ電池のご紹介です',
    ],
    [
      'ホースの長さと太さは、現場の状況に合わせて選びます。',
      '包丁は大きさより、使い方が大事です。料理教室で基本から教えます。',
      '野菜の大きさより鮮度が大事！朝どれ野菜を直売所でどうぞ😊',
      '補聴器は大きさより使い方が大事です。夜の相談会で手取り足取りお教えします。',
    ],
  ],
  [
    'a body type teased as what the city will turn attractive (R74A-057)',
    'decency/lookism',
    'warn',
    [
      '💪消防団員募集💪\nひょろひょろの草食系男子でも、3か月でモテる体に鍛えちゃるけん安心して！\n女の子にキャーキャー言われたい人、待っとるよ🔥 #柳川市消防団',
      'ガリガリの男子でも、半年でムキムキになれるけん！自衛官募集中',
      'もやしっ子も、うちの部活で鍛えれば細マッチョでモテモテよ😎 部員募集中',
      'ぽっちゃりのお父さんも、この教室でイケメンに大変身😂',
    ],
    [
      'ひょろひょろに伸びた苗も、植え替えればしっかり育ちます。',
      '体力に自信のない方でも、3か月の訓練で基礎体力がつきます。',
      'ぽっちゃり体型が気になる方も、生活習慣病予防の教室で無理なく体を動かしましょう。',
      'もやしも、ゆでてナムルにすればおいしいおかずになります。',
    ],
  ],
  [
    'recruits promised the other sex’s admiration (R74A-057)',
    'decency/stereotype',
    'warn',
    [
      '💪消防団員募集💪\nひょろひょろの草食系男子でも、3か月でモテる体に鍛えちゃるけん安心して！\n女の子にキャーキャー言われたい人、待っとるよ🔥 #柳川市消防団',
      '消防団に入れば女子にモテるぞ！新入団員募集中',
      '女性にちやほやされたい男子、集まれ〜！ボート部部員募集',
      '男子にキャーキャー言われたい女の子、チアリーディング部で待ってます♡',
    ],
    [
      '女子サッカー部の試合には、女性ファンから黄色い声援が飛びました。部員募集中です。',
      '女の子にも男の子にも人気の消防車、今年も展示します！',
      '子どもたちにキャーキャー言われる人気者のはしご車に会いに来てね！',
    ],
  ],
  [
    'old people’s retelling or poor hearing made a joke (R75A-127)',
    'decency/discriminatory',
    'warn',
    [
      '今日も国民年金の窓口はおじいちゃんおばあちゃんでいっぱい👴👵 同じ話を3回ずつしてくれるし耳も遠いけん、職員の声はもうガラガラです😂',
      'お年寄りのお客さん、同じ質問を5回もしてくるけん、もう覚えたばい😂',
      'じいちゃんたちは耳が遠すぎて、放送が全然届かんのよｗ',
      '老人会の皆さん、同じ話を何度もするので、職員の間で台本ができそう（笑）',
    ],
    [
      '窓口ではおじいちゃんおばあちゃんが同じ話を何度されても、職員は丁寧にお聞きしています😊',
      '耳の遠いお年寄りには、筆談ボードもご用意しています。',
      '高齢者の方は、同じ話を繰り返すことがありますが、否定せずに耳を傾けましょう。',
      '窓口は今日も混雑しています。同じ手続きを3回ずつ説明する日もあり、職員も大忙しです😂',
    ],
  ],
]
describeKinds('74', KINDS74)

/** Round 76 (blind R76A/R77A): kinds of 4(2) the blind drafts found missed, each with variants and hard negatives. */
const KINDS76: Kind66[] = [
  [
    'a person or their address tied to a district called 部落 or 同和地区 and judged by it (R76A-057)',
    'decency/discriminatory',
    'block',
    [
      '情報公開請求をしてきた人の住所を見たら、昔から部落と言われとる地区やったけん、まあそういうことかと課内で話しとりました。',
      '苦情の電話をかけてきた人、住所を調べたら同和地区の人やったけん、やっぱりなと思いました。',
      '窓口で怒鳴っていた男性、実家があの部落だそうで、道理で話が通じないわけです。',
      'クレームの多い方の本籍を見たら被差別部落の辺りで、まあ、そういうことですよね。',
      '相談に来られた方の住所が昔ぶらくと呼ばれた所だったので、やっぱりねと職員同士で話しました。',
      '道理で態度が悪いと思ったら、あの人は部落出身らしいです。',
    ],
    [
      '情報公開請求をされた方の住所や氏名は、法令に基づき適切に管理し、外部には公開しません。',
      '昔から「部落」と呼ばれてきた地区の歴史を学ぶ人権講座を開きます。参加者からは、なるほどと納得の声が多く聞かれました。',
      '部落の皆さんのご協力で、地区の運動会も無事に終わりました。やっぱり地域の力はすごいですね。',
      '同和地区の住環境改善事業について、地元の方から説明を受け、事業の経緯に納得しました。',
      '相談者の住所は同和地区の中でしたが、いつもどおり丁寧にご案内し、手続きに納得していただきました。',
      '同和地区出身の講師のお話を聞き、なるほどと思うことばかりでした。',
    ],
  ],
  [
    'an old person’s frail body (shaky writing, hands, gait) made a joke, in any script (R76A-134)',
    'decency/discriminatory',
    'warn',
    [
      'パブコメのご意見、手書きの用紙がほとんどﾄｼﾖﾘの字で震えとって、読むのにひと苦労やった😂 でも全部ちゃんと読みました！',
      '高齢の方の書いた申請書、字がミミズみたいでほぼ暗号解読でした🤣',
      '窓口に来るじいちゃんたち、みんな手がプルプルしとって名前書くだけで5分かかるけん草',
      '敬老会の受付、お年寄りの足取りがよちよちで、列が全然進まんかった（笑）',
      '震える字で書かれたおばあちゃんのアンケート、職員みんなで解読大会になりましたｗ',
    ],
    [
      '手が震えて字を書くのが難しい高齢の方には、職員が代筆いたします。',
      '書道教室のおじいちゃん先生、90歳なのに字が全然震えないのがすごすぎる😂',
      '高齢者の転倒予防体操、よろよろしがちな足腰をしっかり鍛えましょう（笑）',
      '寒さで手がかじかんで、アンケートの字が震えてしまいました😂 来場の皆さんありがとう！',
    ],
  ],
  [
    'elderly drivers (もみじマーク, 高齢者マーク, 高齢ドライバー) made fun of by a clumsy or slow driving presumed of them (R77A-144)',
    'decency/discriminatory',
    'warn',
    [
      '花火大会の駐車場、もみじマークの車はだいたい3回切り返すけん、後ろの人は気長に待ってあげてね😂',
      '高齢者マークの軽トラ、前におったら時速20キロでのろのろ走るけん、朝の通勤は早めに出た方がよかよ🤣',
      '高齢ドライバーの車庫入れ、見よったら何回も切り返して10分かかっとった（笑）',
      '年寄りの運転する車の後ろについたら、ウインカー出したまま曲がらんけん要注意ｗ',
    ],
    [
      'もみじマークの車を見かけたら、幅寄せや割り込みをせず、ゆとりをもって運転しましょう。',
      '高齢ドライバー向けの安全運転講習会、皆さん車庫入れも一発で決めて教官もびっくり😂',
      '紅葉シーズンの駐車場は混み合います。切り返しに時間がかかる車もありますので、後ろの方は気長にお待ちください😂',
      'もみじマークは70歳以上の方が運転する車に表示するマークです。駐車場には高齢者等専用の区画もあります。',
      '紅葉狩りの帰り道、車がもみじだらけになって、もみじマークの車みたいになりました😂',
    ],
  ],
]
describeKinds('76', KINDS76)

/** Round 78 (blind R78A/R79A): kinds of 4(2) the blind drafts found missed, each with variants and hard negatives. */
const KINDS78: Kind66[] = [
  [
    'a district hinted at by a vague past and the people who ask steered away from it (R78A-024)',
    'decency/discriminatory',
    'block',
    [
      '【空き家バンク相談会の報告】\n先週の相談会には12組の方にお越しいただきました。市外からの方は「どの地区が住みやすいか」をよく尋ねられます。あの川向こうの地区は昔いろいろあった土地なので、相談に来られた方にはそれとなく別の地区をおすすめしています。次回は12月14日（日）に開催します。',
      'あの地区は昔いろいろあったところやけん、移住相談の人には別の地区ば紹介しとります。',
      '川向こうの集落は、昔から何かと事情のある土地ですので、ご購入を検討の方には他の地域をおすすめしております。',
      '例の地区はいわくつきの土地なので、家を探している方には候補から外してご案内しています。',
      '空き家の相談がありましたが、あそこは過去にいろいろあった地域なので、避けたほうがいいとそれとなくお伝えしました。',
    ],
    [
      'この地区は昔いろいろあった土地ですが、今は新しい住宅も増え、移住された方からも住みやすいと好評です。',
      '旧炭鉱の地区は昔いろいろあった土地なので、地盤調査の結果を確認のうえ、別の地区もあわせてご案内しています。',
      '空き家バンクでは、ご希望に合わせて別の地区の物件もご紹介しています。',
      '昔いろいろあった城下町の歴史を学ぶ講座です。',
      'この地区は昔から水害が多かった土地なので、ハザードマップをご確認のうえ、別の地区もご検討ください。',
    ],
  ],
  [
    'women (or men) of an age told in a matchmaking call that they have no time left (R78A-032)',
    'decency/stereotype',
    'warn',
    [
      '【婚活イベント🎉残り3席！】\nアラフォー女子の皆さん、正直もう後がないですよ〜😂 今回がラストチャンスかも！？ 男性は年齢不問です👍\n📅12月13日（土）18時〜 📍柳川市民会館 ※要申込',
      '30代後半の独身女性の皆さん、そろそろ焦ったほうがいいですよ〜！婚活パーティー参加者募集中です。',
      'アラサー女子のみなさま、賞味期限が切れる前にぜひご参加を♡',
      '四十路の独身男性の皆さん、もう崖っぷちですけん、今回こそ頑張りましょう（笑）',
    ],
    [
      '今回がラストチャンスです！申込締切は12月10日です。',
      '40代女性の方、今年度の乳がん検診の受診は12月末までがラストチャンスです。',
      'アラフォー女子の皆さん、肌の曲がり角もなんのその！一緒にヨガで汗を流しましょう。',
      '30代の独身男性の皆さん、最後のチャンスを逃さないよう、申込は今月中にお願いします。',
    ],
  ],
  [
    'an event’s night left to the imagination between adults (R78A-068)',
    'decency/sexual',
    'warn',
    [
      '【大人の婚活バスツアー】\n1泊2日で、川下り、うなぎのせいろ蒸し、温泉旅館をめぐります。夜の部は…まあ、大人同士ですから、あとは皆さんのご想像にお任せします♡\n定員：男女各10名　参加費：22,000円（宿泊費込み）',
      '温泉宿での夜は、大人の時間ということで、あとはお察しください😏',
      '婚活ツアー2日目の朝はゆっくり集合です。夜は大人同士、何があっても野暮なことは言いません♡',
      '大人の男女ですから、今夜のことは皆さんのご自由にどうぞ💕',
    ],
    [
      '夜の部は、大人の方のみご参加いただけます。お酒の提供がありますので、未成年の方はご遠慮ください。',
      '夜は大人同士でゆっくり語り合える交流会です。詳しくは当日のお楽しみ！',
      '温泉旅館では、夜の宴会の内容はご想像にお任せ！地元の料理を楽しみにしていてください。',
    ],
  ],
  [
    'women on staff offered as hostesses to please the men (R78A-103)',
    'decency/discriminatory',
    'warn',
    [
      '【地域の秋祭り 直会のご案内】\n今年も祭りの後に直会を行います。若い女性職員もお酌に回りますので、男性の皆さんはお楽しみに！会費は2,000円です。',
      '新人の女の子たちが皆さんのテーブルを回ってお酌しますので、男性陣はご期待ください♡',
      '懇親会では若い女性スタッフがお相手いたしますので、お父さん方はお楽しみに！',
      '打ち上げには女子職員もお酌に来てくれるけん、男衆は楽しみにしとってね😆',
    ],
    [
      '直会では地域の皆さんが料理を持ち寄り、職員もお酌に回ります。お楽しみに！',
      '女性職員も参加しますので、お酒の強要やお酌の強制はしないようお願いします。',
      '若い女性職員が受付を担当しますので、お気軽にお声がけください。',
      '女性部の皆さんが手作りの料理でおもてなしします。どうぞお楽しみに！',
    ],
  ],
  [
    'women’s dress said to trouble the men’s eyes (R79A-048)',
    'decency/sexual',
    'warn',
    [
      '庁舎の省エネで冷房は28度設定。女性職員の服装が涼しげになって、男性陣は目のやり場に困る…なんて声も？👀',
      '夏のクールビズで女子職員の服装が薄着になり、課長たちは目のやり場に困っとるらしいです😏',
      '窓口のお姉さんたちのノースリーブ、男性陣には目の毒かも！？👀',
      '新人の女性職員が夏服になって、男どもはドキドキしっぱなしです♡',
    ],
    [
      'クールビズ期間中は、職員の服装が軽装になります。ご理解をお願いします。',
      '水着での入館はご遠慮ください。目のやり場に困るとの声が寄せられています。',
      '女性職員の制服が新しくなりました。涼しげな夏服で皆さまをお迎えします。',
      '女性職員の浴衣での受付は今年もご好評で、来場者の皆さんからは「涼しげでいいね」との声をいただきました。',
    ],
  ],
  [
    'a disabled (or old) group sent to a separate session, the reason a burden on the others, in the next sentence too (R79A-068)',
    'decency/discriminatory',
    'block',
    [
      '職員研修では、今年から障害のある職員は別メニューにしました。一緒に受けると進行が遅れて、ほかの職員の足手まといになるためです。',
      '車いすの方は別の回にご案内しています。一緒だと進行が遅れ、ほかの参加者の迷惑になりますので。',
      '発達障がいのある生徒は、運動会の練習を別メニューにしました。みんなの足を引っ張ってしまうためです。',
      '高齢の参加者は別コースにしました。一緒に歩くとペースが落ちて、ほかの参加者のお荷物になるためです。',
      '進行が遅れてほかの職員の足手まといになるため、障害のある職員は別日程に分けました。',
    ],
    [
      '障害のある職員も受けやすいよう、研修は別メニューも選べるようにしました。進行はご本人のペースに合わせます。',
      '車いすの方は、段差のない別ルートをご案内します。',
      '研修の進行が遅れたため、一部の内容を別日程に移しました。',
      '障がいのある方の就労を支援する研修を、別日程で開催します。ほかの職員の皆さんもぜひご参加ください。',
      '高齢の参加者は別コースもお選びいただけます。ほかの参加者に気を遣わず、ご自分のペースでお歩きください。',
    ],
  ],
  [
    'older staff laughed at as unable to keep up or for the signs of their age (R79A-101)',
    'decency/discriminatory',
    'warn',
    [
      'パソコン研修を実施しました💻 50代のおじさん職員たちは案の定ついてこれず、老眼鏡をかけたり外したり大忙しでした😂',
      'スマホ教室、60代のおばさん職員はやっぱりお手上げで、講師に泣きついとりました🤣',
      'ベテラン職員の皆さん、新システムの研修では案の定ついていけず、目が点になってました（笑）',
      'アラフィフのおじさんたちは老眼でスライドの字が読めず、ずっと目を細めていましたｗ',
      'タブレット研修、年配の職員は予想通りちんぷんかんぷんでした😂',
    ],
    [
      'パソコン研修を実施しました💻 50代の職員も若手と教え合いながら、最後まで取り組みました😊',
      '老眼鏡の無料貸し出しを窓口で行っています。お気軽にお申し出ください😊',
      '50代からの健康づくり講座、老眼や物忘れの予防法を医師が解説します（笑いあり涙ありの90分）',
      '研修の内容が難しく、若手職員も案の定ついていけませんでした😂 次回はもう少しゆっくり進めます。',
      'ベテラン職員の皆さんのおかげで、新人もしっかりついていけました😊',
    ],
  ],
  [
    'businesses that employ foreigners to be avoided (R79A-117)',
    'decency/discriminatory',
    'block',
    [
      '新庁舎の清掃業務の委託先を選ぶにあたっては、外国人ばかり雇っている業者は避けたいところです。言葉も通じませんし、備品がなくなっても困りますので。',
      '実習生を多く使っている会社は、今回の入札ではできれば外したいですね。何かなくなったら困りますし。',
      '清掃は外国の人が働いている業者には頼まないようにしています。物がなくなると困るので。',
      'ベトナム人ばっかり雇っとる業者は避けとこうや。言葉も通じんし、盗まれたらかなわんけん。',
    ],
    [
      '外国人を多く雇用している事業者向けに、多言語の安全研修を実施します。',
      '清掃業務の委託先は、価格と実績を審査して選定します。備品の紛失を防ぐため、管理簿の提出をお願いしています。',
      '外国人材を雇用している企業の皆さま、在留資格の手続きで不安なことがあればご相談ください。',
      '実習生が働いている農家さんを訪ね、収穫体験をしました。',
    ],
  ],
  // False positives of the blind sets, each as a kind: the ordinary text and its kin stay clean, true violations with the same words still flagged.
  [
    '土方 as a surname (土方 大輔さん, （土方さん）), not the old word for labourers (HK-034); the old word still read',
    'decency/discriminatory',
    'warn',
    [
      '工事現場の土方さんたちは言葉づかいが荒いので、近くを通るときは気をつけてください。',
      '土方さんみたいに真っ黒に日焼けして、すっかり現場の人になりました（笑）',
      '土方仕事の担い手が不足しています',
    ],
    [
      '【新人職員紹介②】\n\n農林水産課に配属された土方 大輔（ひじかた だいすけ）さん。大学では海洋生物を学び、有明海の海苔養殖に関わる仕事がしたくて柳川市を志望したそうです。\n\n「漁業者の方の話を聞くたびに、有明海の奥深さを感じています。現場に足を運んで、生産者の方と一緒に悩める職員になりたいです」（土方さん）\n\n（氏名・写真・コメントは本人の了承を得て掲載しています）',
      '総務課の土方さんが受付を担当します。',
      '土方さんに今年の抱負を聞きました。',
      '新人の土方さん、初めての現場研修で海苔の摘み取りに挑戦しました。',
    ],
  ],
  [
    'a time given in minutes (11時30分から) is not 分からない: plain facts about a group’s service (HK-123); a group presumed not to understand still read',
    'decency/stereotype',
    'warn',
    [
      '子どもは説明しても分からないので、保護者の方がお読みください。',
      'お年寄りは機械のことが分からないので、職員が代わりに入力します。',
    ],
    [
      'コメントありがとうございます。子ども食堂「ひだまり」の開催日は、毎月第2・第4土曜日の11時30分からです。予約は不要ですので、ぜひお気軽にお越しください。',
      '子ども食堂は毎週水曜日の17時30分からです。どなたでもどうぞ。',
      '高齢者サロンは、毎月第1月曜日の10時15分から開きます。',
      'おばあちゃんたちのお茶会は、毎月第1水曜日の14時30分からです。',
      '子どもの見守り隊は、下校時刻の15時45分から活動しています。',
    ],
  ],
  [
    'an inquiry whether a place is 同和地区 refused in any negative form (お答えできない／できかねます／できるものではない); located for the inquirer, still read',
    'decency/discriminatory',
    'block',
    [
      '同和地区にあたるかどうかは、お電話でもお答えできます。',
      '購入予定の土地が同和地区に当たるかどうか、窓口でお調べしてお伝えしています。',
      '同和地区にあたるかどうかはお答えできないことになっていますが、近所の方に聞けばすぐ分かりますよ。',
    ],
    [
      '相談者の住所が同和地区にあたるかどうかを問い合わせる電話がありましたが、お答えできないとご説明しました。',
      '購入予定の土地が同和地区に当たるかどうか、お問い合わせにはお答えできかねますとお伝えしています。',
      '同和地区にあたるかどうかのご質問には、市としてお答えすることはできないとご説明しています。',
      '物件が同和地区に該当するかどうかのお問い合わせには、お答えできるものではないとお伝えしました。',
    ],
  ],
]
describeKinds('78', KINDS78)

/** Round 80 (blind R80A/R81A/HL): [title, rule, minimum severity, hits, clean]. A warn kind may block when the words upgrade it. */
const KINDS80: Array<[string, string, 'block' | 'warn', string[], string[]]> = [
  [
    "a people likened to an invasive species or a pest (R80A-021), told in either order",
    'decency/discriminatory',
    'block',
    [
      "外来生物は一度入り込むと、あっという間に増えて元からいる生き物の居場所を奪ってしまいます。最近、市内のアパートで増えている外国人の住人も同じようなもので、ごみ出しのルールを守らない例が目立ちます。\n\n外来生物の持ち込み・放流は絶対にやめましょう。",
      "外国人労働者ってゴキブリみたいなもんで、一匹見たら百匹いると思った方がいい。",
      "実習生もザリガニと一緒で、放っておくとどんどん増えるけんね。",
      "外国人住民の増え方は、まるで外来種そのものですね。",
      "外来種は在来の生き物を追い出してしまいます。最近増えた外国人の方たちも似たようなもんです。",
    ],
    [
      "外来生物の持ち込みは禁止です。外国人観光客の方も同じように、動植物の持ち込みにご注意ください。",
      "外来種のアカミミガメの駆除には、留学生のボランティアも参加してくれました。",
      "外来生物の講座を英語でも開きます。外国人住民の方も同じ内容を学べます。",
      "ジャンボタニシの駆除作業に、技能実習生の皆さんも加わってくれました。",
    ],
  ],
  [
    "middle-aged or old men tagged by body odour as the joke (R80A-041)",
    'decency/discriminatory',
    'warn',
    [
      "エコがめだよ🐢 真夏の掘割のにおい、正直キツいよね〜💦 でも、満員電車の加齢臭のおじさんよりはマシかな？😜 #柳川 #掘割 #エコがめ",
      "会議室、課長の加齢臭がすごくて窓を開けました（笑）",
      "夏のバスは汗くさいおっちゃんばっかりで地獄やけん😂",
      "加齢臭ただようオヤジたちより、うちのエコがめの方がいい匂いだよ🐢",
    ],
    [
      "加齢臭が気になる方へ、におい対策の講座を開きます。",
      "満員電車を避けて、時差出勤にご協力ください。おじさんもお姉さんも、みんなで快適に。",
      "真夏の掘割のにおい対策として、清掃活動を行いました。地元のおじさんたちも参加してくれました。",
      "父の日に、お父さんの加齢臭ケアの講座はいかがですか。",
    ],
  ],
  [
    "a household task’s outcome said to rest on housewives or mothers (R80A-067)",
    'decency/discriminatory',
    'warn',
    [
      "【食品ロス削減】\n\n家庭から出る食品ロスを減らせるかどうかは、毎日台所に立つ主婦の皆さんの腕にかかっています！\n\n旦那さんに残り物と気づかれないアレンジ術を、来月の料理教室でお伝えします。ぜひ奥さま同士でお誘い合わせください。",
      "家計のやりくりは、やっぱり奥さんの腕次第ですね！",
      "毎日の献立は、お母さんたちの頑張りにかかっとるけんね〜",
      "食卓の健康は、ママの手にかかっています♪",
      "冷蔵庫の中身をムダなく使い切れるかは、主婦の皆さまの知恵次第です。",
    ],
    [
      "食品ロスを減らせるかどうかは、家庭の一人ひとりの工夫にかかっています。",
      "料理教室の講師は、主婦歴30年の田中さんです。",
      "家事の分担は、家族みんなの協力にかかっています。",
      "毎日台所に立つ方の負担を減らすレシピを紹介します。",
    ],
  ],
  [
    "夜のおかず said with a leer (R80A-106)",
    'decency/sexual',
    'warn',
    [
      "有明海のムツゴロウ、ぬるっぬるでテカテカ…♡ 夜のおかずにもぴったりだよ😏 #柳川 #有明海 #ムツゴロウ",
      "このうなぎの蒲焼き、夜のおかずにどうぞ…意味深😏",
      "ぷりっぷりの牡蠣、夜のおかずにも最高やけん🤤",
      "ムツゴロウの写真集、夜のオカズにいかが？（意味深）",
    ],
    [
      "今夜のおかずにぴったり！ムツゴロウの甘露煮、道の駅で販売中です😊",
      "夜のおかずにもう一品、有明海の海苔のつくだ煮はいかがですか。",
      "昨夜のおかずの残りで作るアレンジレシピを紹介します😏",
    ],
  ],
  [
    "staff’s bodies savoured: たまらん, ドキドキ, そそられ (R81A-036)",
    'decency/sexual',
    'warn',
    [
      "今日は道路課の若手チームで歩道の除草🌿 汗だくのお兄さんたちの腕の筋肉、正直たまらんです…♡ 見学はいつでも大歓迎😏\n#柳川 #除草作業",
      "消防団のお兄さんたちの胸板、ドキドキしちゃいます♡",
      "漁師さんの日焼けした二の腕、そそられますね〜",
      "若手職員くんたちの腹筋、正直たまらないです♡",
    ],
    [
      "消防団のお兄さんたちの筋肉痛がたまらんくらいきつかったそうです。",
      "除草作業の後の冷たい麦茶、たまらんです…♡",
      "職員の皆さんの腕の筋肉をほぐすストレッチ講座です。",
      "消防団の若手の皆さん、訓練でたくましくなりました。見学はいつでも大歓迎です。",
    ],
  ],
  [
    "old drivers told to hand back their licences at once, the old named a sentence before or in dialect (R81A-071)",
    'decency/discriminatory',
    'block',
    [
      "カーブミラーを何本つけても、見とらん年寄りドライバーには意味なかけん。さっさと免許返納してほしか〜",
      "じいちゃんドライバーはもう見えとらんっちゃけん、とっとと免許ば返さんね",
      "お年寄りの事故がまた起きました。いい加減、免許を返納すべきですよ。",
      "80過ぎたじいさんばあさんは、一刻も早く免許を取り上げてほしいです。",
    ],
    [
      "運転に不安を感じたら、早めに免許の自主返納をご検討ください。返納された方にはタクシー券を交付します。",
      "高齢のご家族に早く免許を返納してほしいと悩む方のご相談を受け付けています。",
      "カーブミラーを新たに3か所設置しました。お年寄りも子どもも、安全確認にご活用ください。",
      "免許を返納された高齢者の方は、早くバスの無料パスを申請してください。",
    ],
  ],
  [
    "a sex presumed bad at a skill typed to it, named as the ones an offer especially helps (R81A-102)",
    'decency/stereotype',
    'warn',
    [
      "新しくついたカーブミラー、バックが苦手な女性ドライバーさんにはとくにありがたいはず😂 ぜひ活用してね〜",
      "駐車が苦手な奥さんには、この広い駐車場は助かるはずです（笑）",
      "地図が苦手な女子にもうれしい、わかりやすい案内板ができました😂",
      "料理が苦手な旦那さんにこそおすすめの簡単レシピです",
    ],
    [
      "新しくついたカーブミラー、バックが苦手な方にはとくにありがたいはずです。",
      "バックが苦手な方は、女性も男性も、駐車場の職員にお声かけください。",
      "女性ドライバーさんにも男性ドライバーさんにもありがたいカーブミラーです。",
      "駐車が苦手な方にも安心の、広い区画を用意しました。",
    ],
  ],
  [
    "an act of exposing 同和地区 told, then called a wrong by the next sentence that takes it up (HL-093)",
    'decency/discriminatory',
    'block',
    [
      "あの地区を同和地区であると指摘する人もいますが、結婚相手がそこの出身なら慎重に考えたほうがいいです。こうした話はよく聞きます。",
      "特定の地区を同和地区であると指摘する書き込みを見ました。やっぱりあそこの人との結婚は避けたほうがよかです。こうした話は昔からあります。",
    ],
    [
      "【12月4日〜10日は人権週間】\n\n市は、人権週間にあわせ、あらゆる差別の解消に向けた啓発に取り組む。\n\n平成28年に施行された「部落差別の解消の推進に関する法律」は、現在もなお部落差別が存在することを明記している。インターネット上では、特定の地域を同和地区であると指摘する書き込みや、結婚・就職の際の身元調査が今も見られる。こうした行為は、人の生き方や尊厳を深く傷つける差別であり、決して許されない。\n\nまた、外国人住民に対するヘイトスピーチや、障がいのある人、性的少数者への偏見に基づく言動についても、市は、一人ひとりの人権を尊重する地域づくりを進めていく。",
      "ネット上で特定の地区を同和地区だと指摘する投稿や、結婚の際の身元調べが後を絶ちません。このような行為は人権侵害です。",
      "特定の地域を被差別部落であると名指しする書き込みや、結婚相手の出身地を調べる行為が見られます。こうした差別は決して許されません。",
      "ネットには、ある地域を同和地区であると指摘する投稿や、結婚の際に相手の出身を問題にする書き込みがあります。これらの行為は人を深く傷つけます。",
    ],
  ],
  [
    "a quoted slur put as the one not to use, another quoted word asked for instead (HL-094)",
    'decency/discriminatory',
    'block',
    [
      "「外人」ではなく「外国人」と呼べと言われても、外人は外人でしょ。",
      "外人が増えて、ごみ出しのルールが守られていません。",
    ],
    [
      "「外人」ではなく「外国人」「外国出身の方」と呼びましょう。言葉ひとつで、相手が感じる距離は変わります。市内には約1,100人の外国人住民が暮らしています。",
      "「外人」ではなく、「外国人」や「外国の方」と言いかえましょう。",
      "「ガイジン」は使わず、「外国から来た方」と呼びましょう。",
      "「外人さん」ではなく「外国の方」と呼ぶようにしています。",
    ],
  ],
  [
    "\"Japanese only\" as the language a phone line, guide or page is given in (HL-022)",
    'decency/discriminatory',
    'block',
    [
      "Japanese only. Foreigners are not allowed in this bath.",
      "Sorry, Japanese only — no foreign guests at this event.",
      "Booking: 0944-77-8731 (Japanese only; foreigners not accepted)",
      // Round 115 (IG-030): the same words as an entry rule still block, a short number or national holidays near them or not.
      "Please call #7119 first. Japanese only allowed at the clinic.",
      "Call #7119 (Japanese only — foreigners will not be treated).",
      "Open on national holidays. Japanese only, no foreigners.",
      "Consultation desk (Japanese only; non-Japanese residents are not accepted)",
    ],
    [
      "[Tidal Flat Nature Walk on the Ariake Sea]\nJoin our guide on the mudflats to spot mudskippers, fiddler crabs and shellfish! Our analysis of last year's survey found 38 species here.\nDate: Sun, May 17, 2026, 10:00-12:00\nFee: 300 yen per person (insurance included)\nBooking: Environment Division, 0944-77-8731 (Japanese only) or the city website https://www.city.yanagawa.fukuoka.jp/\nPlease wear clothes and boots that can get muddy.",
      "Inquiries: Tourism Division, 0944-77-8600 (Japanese only, weekdays 8:30-17:15)",
      "The boat guide's commentary is in Japanese only; English leaflets are available at the pier.",
      "Phone support: Japanese only. For English, please use the contact form on our website.",
      // Round 115 (blind IG-030): the note in brackets after a short number or a call; national holidays are a date.
      "Outpatient services at Yanagawa City General Hospital are closed on weekends and national holidays. The emergency department is open 24 hours. For non-urgent medical advice, please call #7119 (Japanese only). Main line: 0944-72-3100.",
      "Child health advice on weekday nights and national holidays: call #8000 (Japanese only).",
      "Questions about the boat tour? Call the tourist information desk (Japanese only) at 0944-73-2145.",
      "On national holidays, dial ＃7119 （Japanese only） for medical advice.",
    ],
  ],
]
describeKindsAtLeast('80', KINDS80)

/** Round 82 (blind R82A/R83A/HM): [title, rule, severity, texts that must be flagged at least at severity, clean texts]. */
const KINDS82: Array<[string, string, 'block' | 'warn', string[], string[]]> = [
  [
    "a group word heading a name in quotes and a fault word inside a shop's name (「みずべ子ども食堂」に、市内の「ひまわり製麺」様から; blind HM-030)",
    'decency/stereotype',
    'warn',
    [
      "最近の子どもはひまさえあればゲームばかりで困ったもんです",
      "主婦の方は昼間お暇だと思いますので、平日の講座をご用意しました",
      "高齢者はひまだから、文句ばかり言うんですよね",
    ],
    [
      "先週ご紹介した「みずべ子ども食堂」に、市内の「ひまわり製麺」様からうどん300食分、「柳川青果株式会社」様から玉ねぎとにんじんをご寄付いただきました🥕\n運営のNPO法人みずべネットのみなさんが、さっそく2月28日（土）のメニューに使ってくださるそうです。\n温かいご支援、本当にありがとうございます😊",
      "子ども食堂に、ひまわり農園様から野菜をいただきました",
      "「こども食堂ひまわり」に、市内の企業様からお米をご寄付いただきました",
      "市内の子ども会に、「ヒマワリ園芸」さんから花の苗をいただきました",
      "高校生の皆さんがひまわり畑の迷路づくりを手伝ってくれたので、今年も開園できました",
    ],
  ],
]
describeKindsAtLeast('82', KINDS82)
const KINDS82B: Array<[string, string, 'block' | 'warn', string[], string[]]> = [
  [
    "parents typed by age or a look, teased for their grooming with a laugh (R82A-014, R82A-034)",
    'decency/lookism',
    'warn',
    [
      "今日の4か月児健診、会場の駐車場が満車になるくらいの大盛況でした！\n最近の若いママさんはまつエクもネイルもばっちりで、健診より撮影会みたいでしたね〜😂 赤ちゃんより気合い入ってるかも？\n次回は12月10日（水）です。母子手帳をお忘れなく。",
      "パパ向け沐浴教室、今回は12組のパパが参加🛁✨\n金髪にピアスのヤンパパも赤ちゃん抱っこしたら急にデレデレで、見た目とのギャップに職員一同ほっこり&爆笑でした🤣\n次回は1月18日（日）！\n#柳川 #パパ育 #沐浴教室",
      "最近のギャルママさんはつけまも茶髪もばっちりで、乳幼児健診がファッションショーみたいでした🤣",
      "金髪でタトゥーの入ったお父さんも、絵本の読み聞かせではデレデレでした（笑）",
      "若いお母さんたち、メイクが濃すぎて誰が誰だかわからんかった😂",
      "見た目はいかついパパさんたちも、赤ちゃんの前ではメロメロで職員も爆笑でした",
      "今どきの若かママさんたちはネイルがばっちりで、離乳食づくりも大変そうやったね〜ｗ",
    ],
    [
      "若いママさんたち向けに、ネイルサロンの店長を講師にお迎えしたハンドケア講座を開きました。",
      "金髪のパパも黒髪のパパも、みんな真剣に沐浴の練習をしていました。",
      "若いお母さんたちが笑顔で参加してくれました😊 次回はメイク講座です。",
      "妊娠中はネイルやメイクに制限がある場合があります。若いママさんもご注意ください。",
      "若いパパたちが赤ちゃんを抱っこして、見た目にも頼もしい姿でした✨",
    ],
  ],
  [
    "a people's (or a household's) children presumed without manners, given as the reason to seat or serve them apart (R82A-082)",
    'decency/discriminatory',
    'block',
    [
      "ご意見ありがとうございます。ただ、外国籍のご家庭のお子さんは給食の時間のマナーが身についていないことが多いので、学校によっては別のテーブルで食べてもらっています。ご理解ください。",
      "外国人のお子さんは箸の使い方や食事の作法が身についていないので、給食は別の机で食べさせています。",
      "ブラジル籍の子どもたちは給食のきまりを守らんけん、ほかの子とは分けて食べさせとります。",
      "外国にルーツのある児童は日本の食事マナーが分かっていないことが多いため、別室で給食をとってもらっています。",
    ],
    [
      "外国籍のお子さんには、宗教上の理由で食べられない食材があるため、別メニューを用意しています。",
      "食物アレルギーのあるお子さんは、誤食を防ぐため別のテーブルで食べています。",
      "外国籍のご家庭のお子さんも、給食の時間のマナーを楽しく学べるよう、イラスト入りのカードを作りました。",
      "外国籍のお子さんが日本の給食のマナーに慣れるまで、日本語支援員が同じテーブルでサポートします。",
    ],
  ],
  [
    "夜の + a daytime word made a euphemism, cheered to a couple with a leer or a laugh (R82A-092)",
    'decency/sexual',
    'warn',
    [
      "パパママ教室、今日も満員御礼でした🙌 「二人目はまだ？」って聞いたら真っ赤になるご夫婦もいて初々しい〜😏 夜の子育て支援もがんばってくださいね（笑）",
      "新婚のお二人、夜の運動会もほどほどにね😏",
      "子宝祈願に来られたご夫婦、夜のほうもしっかり頑張ってくださいね（笑）",
      "少子化対策のため、ご夫婦の皆さんは夜の子作りもぜひお励みください😉",
      "パパママ教室、二人目を考えているご夫婦は夜のお勤めもがんばってね〜😏",
    ],
    [
      "パパママ教室では、夜泣きや夜の授乳のコツもお伝えしました。ご夫婦でがんばってくださいね😊",
      "夜の部もがんばって盛り上げます！ご夫婦でのご参加お待ちしています",
      "夜の子育て支援として、夜間の一時預かりを始めました。ご夫婦でご利用ください。",
      "子育て支援センターは夜の7時まで。パパもママもがんばってくださいね😊",
      "ご夫婦で夜のウォーキングをがんばっている方も多いです（笑）",
    ],
  ],
  [
    "staff's bodies measured by an animal, the animal first or after the body, with a laugh (R83A-081)",
    'decency/lookism',
    'warn',
    [
      "今年のイノシシ捕獲チームには、イノシシ並みの体格の職員がそろっているので安心です😂💪",
      "消防団には、クマみたいな体つきの団員さんがそろっています😂",
      "うちの課長はゴリラ並みのガタイなので、重い荷物は全部お任せ（笑）",
      "係長の体型がイノシシそっくりで、捕獲チームに入れられそうです😂",
      "新人くんは、お相撲さん顔負けの体格で頼もしか〜🤣",
    ],
    [
      "イノシシ並みの体格の野犬が目撃されています。ご注意ください。",
      "クマ並みの体格のイノシシが箱わなにかかりました😂",
      "職員がイノシシの体格や体重を記録しています。",
      "捕獲したイノシシは、牛並みの体重でした😂 職員も驚いていました",
      "職員の体が小さいみたいで、防護服がぶかぶかでした😂",
    ],
  ],
  [
    "a body part's size in its colloquial, emphatic form (でっかい, おっきい, でっけえ) said of women (R83A-106)",
    'decency/sexual',
    'block',
    [
      "のり漁師の奥さんたちは、胸も尻もでっかくて働き者ばっかり😍 嫁探し中の新規就農者さん、柳川に来れば間違いなしです！",
      "柳川の農家の嫁さんは尻がでっかくて安産型やけん、お嫁さん探しにぴったり😍",
      "受付のお姉さん、胸がおっきくてドキドキしちゃいました",
      "浴衣の女の子たち、お尻もでっけえし最高でした",
    ],
    [
      "でっかいうなぎのせいろ蒸しで、胸もお腹もいっぱいになりました。",
      "白秋の大きな胸像の前で記念撮影をどうぞ。",
      "でっかい尻尾の鯉のぼりが、今年も掘割を泳いでいます。",
      "乳がん検診では、胸の大きさに関係なくマンモグラフィを受けられます。",
      "おっきい桜の木の下で、お尻に敷くシートをお忘れなく。",
    ],
  ],
  [
    "marriage with the people of a place advised against, even relayed from elders, unless condemned (R83A-130)",
    'decency/discriminatory',
    'block',
    [
      "昔の人は、あの干拓地の集落の出身者とは縁組みせん方がよかってよう言いよんなった。今はそげなこつ言う人は少のうなったばってんね。",
      "隣の地区の人とは結婚しない方がいいと、祖母からよく言われました。",
      "あそこの村の出の者には、娘を嫁にやらん方がよかって、親戚が言いよった。",
      "あの団地の人との縁談は避けた方がいいって、昔はよく聞いたものです。",
    ],
    [
      "同じ集落の出身者同士の結婚が、昔は多かったそうです。",
      "干拓地の集落の出身者と結婚したという話は、昔から珍しくありません。",
      "「あの地区の人とは結婚しない方がいい」という言い伝えは差別です。出身地で人を判断するのはやめましょう。",
      "集落の人たちとの交流会に、ぜひご参加ください。結婚を控えた方も歓迎です。",
      "地区の人とは結婚しない方がいいという考えは、根拠のない偏見です。",
    ],
  ],
]
describeKindsAtLeast('82', KINDS82B)

/** Round 84 (blind R84A/R85A/HN): [title, rule, severity, texts it flags, texts it passes]. */
const KINDS84: Array<[string, string, 'block' | 'warn', string[], string[]]> = [
  [
    "a race or a people given an inborn body or talent (R85A-021)",
    'decency/discriminatory',
    'block',
    [
      "市民マラソン、今年もケニアからの留学生ランナーが招待されます。まあ黒人は生まれつき身体能力が違うけん、日本人が勝てんのは仕方なかよね。地元勢の上位入賞にも期待しましょう！",
      "アフリカ系の選手は遺伝的にバネが違うので、どうしても上位は取られますね。",
      "ブラジル人はDNAにリズム感が刻まれているから、サンバが上手なのは当然です。",
      "やっぱり黒人選手は生まれながらに足が速いっちゃろうね〜",
      "白人は体の作りから違うけん、筋肉のつき方が別物たい。",
    ],
    [
      "「黒人は生まれつき身体能力が高い」という思い込みは、選手の努力を見えなくする偏見です。",
      "ケニアから来た留学生ランナーは、毎朝20キロ走って持久力を鍛えているそうです。",
      "生まれつき心臓に病気がある子どもたちも参加できる、ゆっくりペースの部門があります。",
      "ブラジル出身のダンサーさんが、練習でリズム感を身につけるコツを教えてくれます。",
      "黒人選手の身体能力が高いのは生まれつきではなく、練習量の違いだと専門家は話しています。",
    ],
  ],
  [
    "ボケ said of a person as a gag where the post speaks of dementia or the old and laughs (R84A-009)",
    'decency/discriminatory',
    'block',
    [
      "認知症カフェのボランティア初日🙋‍♀️ 同じおじいちゃんに同じ戦争の話を5回聞かされました😂 ボケ防止のためのカフェなのに、こっちがボケそう〜 でも楽しかったです！ #認知症カフェ",
      "デイサービスのお手伝い、おばあちゃんたちのおしゃべりについていけず、私の方が先にボケちゃいそうです🤣",
      "認知症予防の講座、講師の話が長すぎて、聞いてるこっちがボケるわｗ",
      "介護の勉強会で、おじいちゃんに同じ質問を10回されて、もう私までボケてしまいそう（笑）",
    ],
    [
      "寝ぼけて目覚ましを止めてしまい、敬老会の準備に遅刻しそうでした😂",
      "漫才教室、おじいちゃんたちのボケとツッコミがキレッキレで、会場は大笑いでした🤣",
      "敬老会の写真、私が撮ったのは全部ピンボケでした😂 ごめんなさい！",
      "おばあちゃん自慢の盆栽、ボケの花がもうすぐ咲きそうです🌸😊",
      "時差ボケのまま、海外研修から戻った職員が介護の現場に復帰しました😂",
      "認知症カフェでは、同じお話を何度でもゆっくり伺っています。ご家族の方もお気軽にどうぞ😊",
    ],
  ],
  [
    "a masked slur quoted as what someone said and laughed at (R84A-045)",
    'decency/discriminatory',
    'block',
    [
      "手話講座の練習を家でやってたら、子どもに「つ〇ぼのまね？」って言われて大笑いしました😂 手話むずかしいけど楽しい！",
      "点字の練習をしていたら、娘に「めく〇ごっこ？」と聞かれて爆笑🤣",
      "友達に「ガ〇ジかよｗ」って突っ込まれて、みんなで笑いました😂",
      "手話サークルの帰り、孫に「か〇わのまね？」って言われて、思わず吹き出しました😂",
    ],
    [
      "「つ〇ぼ」という言葉は、聴覚障害のある方への差別語です。使わないでください。",
      "子どもの頃「めく〇」と呼ばれて、つらい思いをしたそうです。",
      "手話講座の練習を家でやってたら、子どもも一緒に覚えてくれて大笑いしました😂",
      "「〇〇のまね？」って子どもに言われて大笑いしました😂",
    ],
  ],
  [
    "a sex steered away from an activity or a path and handed a lesser one as enough (R85A-070)",
    'decency/discriminatory',
    'block',
    [
      "部活動の地域移行の説明会、今日もたくさん来ていただきました！質問で多かった「女子の運動部はどうなるの？」ですが、個人的には女の子は無理に運動せんでも、家庭科部とかで十分やと思うんよね〜。どうせ高校行ったらやめる子が多いし。",
      "女子は無理に大学まで行かなくても、短大で十分だと思います。",
      "女の子はそんなに勉強せんでも、愛嬌があればよかよ。",
      "女性職員は無理して管理職を目指さなくても、今の窓口業務で十分ではないでしょうか。",
      "男の子は料理なんかできなくても、運動部でがんばれば十分です。",
    ],
    [
      "体調の悪い方は無理に運動せんでも、見学で十分です。",
      "女の子も男の子も、無理に運動しなくても、自分のペースで楽しめば十分です。",
      "女子の運動部は、地域のクラブで続けられるよう準備を進めています。",
      "「女の子は運動せんでもいい」という考えは、もう古いですよね。",
      "生理で体調がつらい日は、女子生徒は無理に運動しなくても、見学で十分です。",
      "妊娠中の女性は無理に運動しなくても、散歩程度で十分です。",
    ],
  ],
  [
    "old people's teeth, hearing aids or joints made a show for a laugh (R84A-025)",
    'decency/discriminatory',
    'warn',
    [
      "昨日の敬老会、会場の皆さんが一斉にお茶をすすると、入れ歯がカタカタ鳴ってちょっとした打楽器演奏会でした🤣🥁 元気で何よりです！",
      "老人会の体操教室、皆さんが屈伸するたびに膝がポキポキ鳴って、まるでオーケストラでした😂",
      "おじいちゃんたちの補聴器が一斉にピーピー鳴り出して、ちょっとした合奏会でした（笑）",
      "敬老会のカラオケ、入れ歯がガタガタで歌詞が聞き取れず、もはや打楽器ライブ状態でした🤣",
    ],
    [
      "敬老会で、入れ歯のお手入れ方法について歯科衛生士さんがお話しされました😊",
      "高齢者向けの補聴器の購入助成を始めました。詳しくは高齢福祉課へ。",
      "敬老会では、地元の小学生による打楽器演奏会も開かれ、皆さん大笑いでした😂",
      "膝がポキポキ鳴るのが気になる方は、整形外科にご相談ください。",
    ],
  ],
  [
    "the old called monsters or relics (R84A-083)",
    'decency/discriminatory',
    'warn',
    [
      "今日の介護予防教室、参加者の平均年齢はなんと82歳！もはや妖怪の集まり👻 でも体操はみんな私よりキレッキレでした🤣",
      "老人会の役員会、平均年齢85歳で、まるで化石の集まりみたいでした😂",
      "敬老会の来賓席、おじいちゃんたちがずらりと並んで、ミイラ軍団かと思いました🤣",
      "うちの地区のシルバー人材センターは、生きる化石ばかりで頼もしいです（笑）",
    ],
    [
      "夏休み企画「妖怪の集まり」展を資料館で開催します。高齢者の方も無料です。",
      "化石発掘体験に、80歳のおじいちゃんも参加してくださいました😊",
      "敬老会で、妖怪の仮装をした子どもたちがお年寄りを楽しませてくれました👻",
      "平均年齢82歳の皆さんが、体操をキレッキレでこなしていました🤣",
    ],
  ],
  [
    "a disabled person's missing limb or sense set against what they do, as a wonder (R84A-125)",
    'decency/discriminatory',
    'warn',
    [
      "車いすバスケの選手、すっごくはやい〜🏀✨ やなぎんより足がないのに、なんでそんなにはやいの〜？ #やなぎん #パラスポーツ",
      "パラ水泳の選手、片腕がないのに、私より泳ぐのが速くてびっくり！",
      "ブラインドサッカーの選手は目が見えないのに、どうしてあんなにドリブルが上手なんでしょう？",
      "義足のランナーさん、両足がないくせに、めっちゃ速かった〜😳",
    ],
    [
      "バスの便が少なく、交通の足がないのに、たくさんの方が会場に来てくださいました。",
      "人手がないのに、ボランティアの皆さんのおかげで車いすバスケ大会を無事開催できました。",
      "車いすバスケの選手のスピードとチェアワークは、本当にすごかったです！",
      "片足を失った経験を持つ講師が、パラスポーツの魅力を語ります。",
    ],
  ],
  [
    "women's clothing called daring with a leer or the men's eyes on it (R85A-089)",
    'decency/sexual',
    'warn',
    [
      "市民マラソン、今年は女子の部のユニフォームがちょっと攻めてるらしい😏 沿道の男性陣は応援にも熱が入りそうですね〜",
      "バレー大会の女子チームの新ユニフォーム、露出多めでセクシー😍 おじさんたちも応援に来てね",
      "お祭りの踊り子さん、女性陣の衣装が今年は際どいらしいですよ👀 男性の皆さんは見逃せませんね",
      "ビーチバレー大会、女子選手のウェアがぴちぴちで、男子部員の目が釘付けでした（笑）",
    ],
    [
      "市民マラソンの女子の部のユニフォームは、今年から吸汗速乾の素材に変わりました。",
      "女子サッカー部の新ユニフォームは、攻めたデザインの柳川カラーです！",
      "女子の部の選手の服装を撮影することはご遠慮ください。",
      "男子の部は地元勢が強く、沿道の男性陣も応援に熱が入りそうです。",
    ],
  ],
  [
    "a label denied right after it (AはBでもCでもない) is no stereotype; asserted it still is (HN-143)",
    'decency/discriminatory',
    'warn',
    [
      "ひきこもりは甘えです。",
      "ひきこもりなんて結局は甘えでしかない。",
      "うつ病は甘えでも病気でもなく、ただの気の持ちようです。",
      "ひきこもりの人は怠けとるだけたい。",
    ],
    [
      "【ひきこもりを考える講演会の開催について】\n\n柳川市は、ひきこもりの状態にある方とその家族への理解を深めるため、講演会を開催する。\n\n内閣府が令和5年3月に公表した調査では、15歳から64歳までの人のおよそ50人に1人が、ひきこもりの状態にあると推計されている。市の健康づくり課に寄せられたひきこもりに関する相談も、令和6年度は延べ214件と、5年前の約1.8倍に増えた。相談者の多くは親であり、本人が40代、50代という例も少なくない。ひきこもりは特別な家庭の問題ではなく、どの家庭にも起こりうることとして、地域全体で理解を深める必要がある。\n\n講師には、筑後地域で20年以上にわたり家族支援に携わってきた精神科医の内山 佳代氏を迎える。内山氏は著書の中で次のように述べている。\n\n「ひきこもりは怠けでも甘えでもない。本人はしばしば、誰よりも自分を責め、動けない自分に苦しんでいる。家族にできる最初のことは、解決を急ぐことではなく、家の中を本人にとって安心できる場所に戻すことである。」\n（出典：内山佳代『待つ力 ― ひきこもりと家族の十年』筑後書房、2021年、48ページ）\n\n講演の後には、市のひきこもり家族会「ひだまりの会」に参加している家族による体験発表と、健康づくり課の保健師による相談窓口の紹介を行う。\n\n一、日時　令和8年2月28日（土）13時30分〜16時\n一、会場　柳川市民文化会館 小ホール\n一、定員　200人（申込不要・先着順）\n一、参加費　無料\n一、その他　手話通訳・要約筆記あり。会場内に個別相談コーナー（予約不要）を設ける。\n\n当事者や家族だけでなく、民生委員、教員、職場の上司など、身近で支える立場の方にもぜひ参加してほしい。参加者の氏名を受付で記入いただくことはない。\n\n問い合わせ：健康づくり課 こころの相談係　0944-77-8717（内線3217）",
      "ひきこもりは、怠けでも甘えでもなく、誰にでも起こりうる状態です。",
      "うつ病は甘えでも気の持ちようでもありません。治療が必要な病気です。",
      "引きこもりは本人の甘えやなか。家族だけで抱え込まんでください。",
      "ニートは甘えでもなんでもない、と講師の先生は話されました。",
      "うつ病は甘えでもありません。",
    ],
  ],
]
describeKindsAtLeast('84', KINDS84)

/** Round 86 (blind R86A/R87A): [title, rule, severity, texts that must have it at least, hard negatives that must stay clean]. */
const KINDS86: Array<[string, string, 'block' | 'warn', string[], string[]]> = [
  [
    'a group generalised by a fault and, for it, sent elsewhere or refused (R86A-004, R87A-017)',
    'decency/discriminatory',
    'block',
    [
      '避難所の運営、本当に大変です。正直に言うと、外国人の方は言葉が通じず他の避難者とトラブルになるので、できれば別の場所へ行ってもらいたいというのが本音です。',
      '姉妹都市交流の報告会、無事に終わりました。来年度の研修生の受け入れについても話が出ましたが、正直あの国の人たちは時間も守らんし、言葉も通じんけん、うちの課としてはもう勘弁してほしかです。',
      '外国籍の方は日本語が分からず他の方とトラブルになりますので、別の会場へ移っていただけると幸いです。',
      '障害のある方は他の避難者とトラブルになりやすいので、できれば別の避難所で過ごしていただきたいです。',
      '正直、外国人の人たちは文化が違うけん、よそに行ってくれんかなと思っとります。',
      '留学生の人たちは言葉も通じんし約束も守らんけん、うちの課はもう勘弁してくれって感じです。',
      '避難所では、外国人の皆さんは日本語が話せんし順番も守らんけん、できればよその避難所に行ってほしかです。',
    ],
    [
      '外国人の方は言葉が通じず不安だと思いますので、別の部屋に通訳を用意しました。',
      '外国人の方は言葉が通じないことがあるため、避難所では多言語の案内板を用意しています。',
      '言葉が通じず困っている外国人の方は、別の窓口へお越しください。通訳がいます。',
      '外国人の方は言葉が通じないので、別の場所へ行ってもらいたいと思うのは差別です。',
      'あの国の人たちは時間にとても正確で、約束を必ず守ってくれました。来年もぜひ来てほしいです。',
      '研修生の皆さんは時間もきっちり守るし、言葉も上手なので、来年もまた来てほしいです。',
      '避難所のペットは鳴き声がうるさいので、別の場所で過ごしてもらっています。',
      '浸水のおそれがある地区の方は、別の避難所へ移ってください。',
    ],
  ],
  [
    "old people's hearing or understanding made a joke, a forgotten hearing aid as the setup (R86A-098)",
    'decency/discriminatory',
    'warn',
    [
      '避難所のおじいちゃんたち、補聴器を家に忘れてきとるけん、防災無線も聞こえんし、何回言っても話が通じん😂 もう笑うしかない！',
      '避難所のおばあちゃんたち、補聴器ばつけとらんけん、放送しても全然聞こえとらん😂',
      '公民館のじいちゃんたち、何べん言うても分からんけん、職員一同もう笑うしかなかｗ',
      'デイサービスのおじいさんたちは補聴器を外しとるけん、こっちが何回言っても伝わらん（笑）',
    ],
    [
      '避難所では、補聴器を家に忘れてきた方のために、筆談ボードを用意しています。',
      'おじいちゃんたちは防災無線が聞こえにくいので、職員が一軒ずつ声をかけて回りました。',
      '補聴器をお使いのお年寄りには、防災無線が聞こえないことがあります。戸別受信機の貸し出しをご利用ください😊',
      'お年寄りに何回説明しても伝わらないときは、紙に書いてゆっくりお伝えしましょう。',
      'おじいちゃんたちが、何回聞いても面白い昔話をしてくれました😂',
    ],
  ],
]
describeKindsAtLeast('86', KINDS86)

/** Round 88 (blind R88A/R89A): [title, rule, severity, texts that must have it at least, hard negatives that must stay clean]. */
const KINDS88: Array<[string, string, 'block' | 'warn', string[], string[]]> = [
  [
    "a group's arrival set beside pets or strays vanishing, or a loss with an insinuating aside (R88A-012)",
    'decency/discriminatory',
    'block',
    [
      '最近、外国人の技能実習生が増えてから野良猫の数が減った、と地元の人たちが話しているのを聞きました。まさか…ね🤔 地域猫の見守り、引き続きよろしくお願いします。',
      'ベトナムの人たちが近所に住み始めてから、公園の鳩がめっきり減りました。偶然かな🤔',
      '留学生が来てから、うちの近所の犬がおらんごとなったって話よ。まさかね。',
      'あのアパートに外国の人が越してきてから、このへんの地域猫の姿を見かけなくなりました。',
      '実習生が増えてから畑の野菜がよく盗まれるようになった気がします。まさか…ですよね。',
      '中国の方が増えてから、お堀の鯉が減った気がするんですけど、気のせいかな？',
    ],
    [
      '外国人の技能実習生が増えてから、地域猫の見守りに参加してくださる方も増えました。',
      '「外国人が増えてから野良猫が減った」といううわさがありますが、根拠はありません。差別につながるうわさは広めないでください。',
      '地域猫活動が始まってから、野良猫の数が減りました。不妊手術の効果です。',
      '外国人観光客が増えてから、川下りの乗船客も増えました。',
      '不妊手術を受けた猫が増えてから、子猫の数がめっきり減りました。',
      '留学生が来てから、町の清掃ボランティアの人手不足が解消しました。',
      'ボランティアが増えてから、野良猫の苦情が減りました。まさかこんなに効果があるとは！',
    ],
  ],
  [
    "an animal's neutering wished on people as a joke on a sex (R88A-049)",
    'decency/sexual',
    'warn',
    [
      '地域猫の不妊手術キャンペーン実施中✂️ 人間のオスにも同じ手術が必要なのがいっぱいいるんですけどね（笑）',
      '飼い猫の去勢手術、今月は助成が出ます。うちの旦那も去勢したいわ〜😂',
      '不妊去勢手術の受付中です。町内の男どもにも同じ処置ばお願いしたかです（笑）',
      '犬の去勢手術のご案内。世の男性にもちょん切ってほしいのが結構いますよね笑',
    ],
    [
      '地域猫の不妊手術キャンペーン実施中です。オス猫にも同じ手術が必要です。',
      '伸びすぎた庭木の枝は、道路にはみ出さないようちょん切ってください。',
      '去勢手術の前日は、飼い主さんにも絶食のご協力をお願いしています。',
      '不妊手術の助成について、ご主人にも申請書の記入をお願いしています。',
      '男性の前立腺がん検診は、去勢手術とは違い、予防のための検査です。',
    ],
  ],
  [
    'a bust cup size said of a person, whole, full-width or spaced apart (R88A-095)',
    'decency/sexual',
    'block',
    [
      '動物愛護週間のポスターのモデルさん、Ｅ カ ッ プ はありそう。正直、犬より目が行く',
      '受付のお姉さん、どう見てもFカップはあるよね😏',
      'ポスターの子、Ｇカップらしいです。犬より目が行く',
      'あのモデルさん、d かっぷ くらいかな',
    ],
    [
      'ワールドカップのパブリックビューイングを市民会館で開催します。',
      '計量カップ1カップ分のお米を用意してください。',
      '少年サッカーのＡカップ戦は雨天のため中止になりました。',
      'カップルでのご参加も大歓迎です。',
      '乳がん検診では、Eカップ以上の方もマンモグラフィを受けられます。',
    ],
  ],
  [
    "an owner's body likened to their dog for a laugh (R88A-113)",
    'decency/lookism',
    'warn',
    [
      'ドッグランで見かけたコーギーくん、飼い主さんとお腹の出具合がそっくりで思わず笑っちゃいました🤣 #柳川 #ドッグラン',
      '散歩中のブルドッグ、飼い主さんに似てぽっちゃり体型で思わず二度見しました😂',
      'ダックスくんの短足っぷり、飼い主さんといい勝負でしたw',
      'あのパグちゃん、飼い主さんともお腹まわりがおそろいで微笑ましかです笑',
    ],
    [
      'ワンちゃんの肥満は、飼い主さんと同じ食生活が原因のことも。おやつの量に気をつけましょう。',
      'ドッグランで見かけたコーギーくん、飼い主さんと走る姿がそっくりで笑っちゃいました。',
      '体型に合ったハーネス選びは、飼い主さんとスタッフが一緒に行います。',
      '飼い主さんに似て、人懐っこいワンちゃんでした。',
    ],
  ],
  [
    'a sex said, as a rule, not to understand what is explained (R88A-148)',
    'decency/discriminatory',
    'block',
    [
      '犬の登録や注射の手続きは、奥さんに任せず男性の世帯主の方がいらしてください。女性の方だと、ご説明してもなかなかご理解いただけないことが多いので。',
      '女の人は説明しても分からんけん、ご主人が来てください。',
      '奥様だと、制度のご説明をしても理解していただけないことが多いので、できればご主人と一緒にお越しください。',
      '女性って、何回説明しても仕組みが分からないことがほとんどなんですよね。',
    ],
    [
      '女性の方で、説明が分からない点があれば、お気軽に窓口でお尋ねください。',
      '手続きは女性の方でも男性の方でもできます。分からない点は丁寧にご説明します。',
      'ご説明してもご理解いただけない場合は、後日あらためてご案内します。',
      '男性の方は育休の制度が分からないことが多いので、パパ向けの説明会を開きます。',
      '女性の方だと手続きが分からないことが多い、という思い込みはやめましょう。',
    ],
  ],
  [
    'a weakness presumed of a sex put as a fact about the audience (R89A-014)',
    'decency/stereotype',
    'warn',
    [
      '女性のための管理職チャレンジ講座、受講者募集中です！「数字が苦手で…」という方も多い女性の皆さんのために、今回は予算書の読み方から講師がやさしく教えてくれます。11月29日（土）、市民会館で。',
      '機械が苦手な方が多い主婦の皆さんにも、スマホ決済をやさしく説明します。',
      '料理が苦手という人も多い男性の皆さん、男の料理教室へどうぞ！',
      '女性は地図が苦手な方が多いので、会場までの道順を写真付きでお送りします。',
    ],
    [
      '数字が苦手な方も多いと思いますので、予算書の読み方から講師がやさしく説明します。',
      '「数字が苦手」という女性の声も多く寄せられたため、講座の内容を見直しました。',
      '女性の皆さん、数字が苦手でも大丈夫です。どなたでも受講できます。',
      '女性は数字が苦手、というのは思い込みです。',
      'スマホ操作が苦手な方が多いとのことで、シニア向けの教室を増やしました。',
    ],
  ],
]
describeKindsAtLeast('88', KINDS88)

/** Round 90 (blind R90A/R91A): [title, rule, severity, texts that must have it at least, hard negatives that must stay clean]. */
const KINDS90: Array<[string, string, 'block' | 'warn', string[], string[]]> = [
  [
    "a district's children or people said to spoil a school once they join it (R90A-054)",
    'decency/discriminatory',
    'block',
    [
      '統合に反対される気持ちもわかります。あの地区の子どもたちと一緒になると学校が荒れる、という声は昔から地元でもよく聞きますので。',
      'あそこの団地の子と同じクラスになったら、うちの子まで悪くなるって昔からみんな言いよるけんね。',
      '川向こうの地区の子らが入ってきたら、学校の風紀が乱れるのではと心配される方が多いのも無理はありません。',
      '北町地区の生徒と一緒になれば、学力が下がるという話は地元ではよく聞きます。',
    ],
    [
      'あの地区の子どもたちと一緒に、学校の花壇づくりをしました。',
      '統合後は、両地区の子どもたちが一緒になって運動会を盛り上げました。',
      '「あの地区の子と一緒になると学校が荒れる」という声は偏見であり、根拠はありません。',
      '台風で海が荒れると、あの地区の子どもたちは通学が危険になるため、臨時のバスを出します。',
      '北町地区の子どもたちと一緒になると、クラスがにぎやかになりそうですね。',
    ],
  ],
  [
    'foreigners told to conform because this is Japan (R90A-105)',
    'decency/discriminatory',
    'block',
    [
      '最近、外国籍の子が増えて給食の除去食の対応が本当に大変です。日本の学校なんだから、日本の食事に合わせてもらうのが筋だと思うんですけどね。',
      '日本に住む以上は、日本のやり方に従うべきでしょう。',
      'ここは日本なんやけん、祭りのしきたりにも合わせてもらわんといかんやろ。',
      '日本に来たからには、日本語くらい覚えてほしいですね。',
    ],
    [
      '日本の学校が初めてのお子さんのために、給食の除去食にも対応しています。',
      '日本の食事に慣れるまでは、ご家庭の食習慣に合わせて除去食を用意します。',
      '「日本の学校なんだから日本に合わせるべき」という考え方は差別につながります。',
      '日本の夏は暑いですから、体調に合わせてこまめに休憩を取ってください。',
      '日本に住む外国籍の方のために、生活ガイドを多言語で作成しました。',
    ],
  ],
  [
    'a group said not to pay taxes or told to keep out of a say, foreigners in any script (R91A-131)',
    'decency/discriminatory',
    'block',
    [
      '今日の説明会、ｶﾞｲｺｸｼﾞﾝの人も何人か来とったけど、どうせ税金も払っとらん連中やろ？口出しせんでほしかー',
      '外国人の人たちって、税金も払ってないくせに文句ばっかり言うよね。',
      'がいこくじんは税金ば納めとらんとに、市のサービスを使うとはおかしか。',
      '実習生の連中に、まちづくりの話で口出しはしないでほしい。',
    ],
    [
      '外国人の方も、住民税を納めていただく必要があります。',
      '外国籍の方の税金の手続きについて、多言語で案内しています。',
      '「外国人は税金を払っていない」という書き込みがありますが、事実ではありません。外国籍の住民の方も納税しています。',
      '税金を払っていないとの督促状が届いた方は、税務課にご相談ください。',
      '外国籍の方も、まちづくりの説明会でご意見をお寄せください。',
    ],
  ],
  [
    'children likened to lumps of food or a fat animal for a laugh (R90A-012)',
    'decency/lookism',
    'warn',
    [
      '運動会の練習🏃 1年生のかけっこ、走ってるっていうより転がってるおイモの大群でした🍠😂 ゴールで先生にぶつかって止まる子続出…',
      '園児のお遊戯、踊ってるというより転がってる団子の集団でした（笑）',
      '2年生の徒競走、まるで子豚の群れが走り回ってるみたいでした😂',
      '運動会のちびっこたち、ころころしとって芋の集団みたいやったｗ',
    ],
    [
      '1年生がおイモ掘り体験をしました🍠 大きなおイモがたくさん取れて、まるでおイモの大群でした😂',
      '年長さんの劇「三びきのこぶた」、子どもたちがこぶたの役を元気に演じました😂',
      '子どもたちが作ったお団子、まるでお店のみたいな出来栄えでした（笑）',
      '3年生の子どもたちが、さつまいもみたいな形の粘土作品を展示しています😊',
      '1年生のかけっこ、転がるように一生懸命走る姿に、会場は笑顔でいっぱいでした。',
    ],
  ],
  [
    "staff or residents' age joked about as needing an ambulance or care (R90A-053)",
    'decency/stereotype',
    'warn',
    [
      '今年の運動会の教職員リレー、うちの学校は先生の平均年齢が高すぎて、走る前に救急車を待機させとかんといかんレベルでした笑',
      'うちの課の職員、平均年齢高すぎて、綱引きしたら全員ぎっくり腰でダウンしそうなレベル（笑）',
      '今年の消防団の操法大会、高齢化が進みすぎて、AED持って並走せんといかんかったｗ',
      'PTA役員さんの綱引き、年寄りばっかりで担架を用意しとかんと危ないレベルでした😂',
    ],
    [
      '教職員リレーでは、万一に備えて会場に救急車を待機させています。',
      '参加者の平均年齢が高いため、会場にはAEDを設置し、看護師が待機しています。',
      '高齢化が進む地区の運動会では、車いすの方も参加できる競技を増やし、笑顔あふれる一日になりました。',
      '平均年齢が高い消防団ですが、救命講習ではAEDの使い方を全員が習得しました！',
    ],
  ],
  [
    'a sex said to take things by emotion rather than reason (R91A-102)',
    'decency/stereotype',
    'warn',
    [
      '今日の陳情受付は、子育て中のお母さん方のグループでした。女性はどうしても感情で受け止められるので、説明には少し工夫が要りますね。',
      'お母さん方は、やっぱり感情的になりやすいので、説明会は短めにしました。',
      '女の人ってすぐ感情で物を言うけん、話し合いにならんとよね。',
      '主婦の皆さんは理屈より感情で判断されることが多いですから、資料はイラスト中心にしましょう。',
    ],
    [
      '女性の相談員が、相談者の感情に寄り添いながらお話を伺います。',
      '「女性は感情的」という決めつけが、職場での評価をゆがめることがあります。',
      '男性は感情を言葉にするのが苦手と思われがちですが、そんなことはありません。',
      '女性は、更年期に気分の落ち込みなど感情の変化が出ることがあります。気軽にご相談ください。',
    ],
  ],
]
describeKindsAtLeast('90', KINDS90)

/** Round 90 false positives: a difficulty stated as the reason for help given is no fault of the group; refusal, separation or blame still is. */
describe('decency: round 90 — a difficulty met with help (案内板, 通訳, 多言語, 配置, 用意)', () => {
  it.each([
    '女性は更衣室が分からないことが多いので、入口に案内板を置きました。',
    '外国人の方は言葉が通じないので、通訳ボランティアを配置しました。',
    '高齢の方は会場の場所が分からないことが多いので、駅に誘導係を配置します。',
    '留学生の方は手続きに不慣れなため、窓口に通訳を配置しています。',
    '外国人の方は言葉が通じないことがあるので、指さしで使える案内板を設置しました。',
    '外国籍の方は日本語の書類が読めないことがあるので、多言語の案内を用意しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    '外国人の方は言葉が通じないので、入居はお断りしています。',
    '外国人の方は言葉が通じないので、別室で対応します。',
    '女性は更衣室が分からないことが多いので、案内板を置いても無駄でした。',
    '外国人の方は言葉が通じないので、通訳ボランティアを配置しましたが、正直迷惑しています。',
    '高齢の方は会場の場所が分からないことが多いので、参加はご遠慮ください。',
    '高齢の方は会場の場所が分からないことが多いので、誘導係を配置しても手間がかかって困ります。',
  ])('still flags %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.rule.startsWith('decency/') && f.severity !== 'info').length).toBeGreaterThan(0)
  })
})

// Round 92 (blind R92A/R93A/R94A/R95A): one describe per kind — the missed text, variants of the same kind, hard negatives.
const KINDS92: Kind66[] = [
  [
    'a wish or an order that foreigners go back to their country (R93A-067)',
    'decency/discriminatory',
    'block',
    [
      '【ごみの出し方についてのお願い】\n\n最近、みずほ台団地周辺のごみステーションで、分別されていないごみや収集日以外に出されたごみが目立っています。\n\n正直に申し上げると、外国人が増えてから明らかにひどくなりました。ルールを守れないなら国に帰ってほしいというのが、地元の本音です。\n\n正しい出し方は、市ホームページのごみ分別ガイドをご覧ください。',
      'マナーを守れん外国人は、自分の国へ帰れって思うとです。',
      '日本のやり方が嫌なら、母国に帰ってもらいたいですね。',
      '文句ばかり言う実習生は、さっさと国に帰ればいいのに、と正直思います。',
    ],
    [
      '「国に帰れ」といった言葉はヘイトスピーチです。絶対にやめましょう。',
      '留学生のみなさん、冬休みに国に帰って家族と過ごす方も、気をつけてお帰りください。',
      '実習を終えた外国人の皆さんが国に帰っても、柳川での日々を思い出してくれたらうれしいです。',
      '外国人の方が国に帰ってからも使えるよう、修了証は英語でも発行します。',
      '技能実習生の皆さんは、コロナの間は国に帰れませんでした。',
      '実習生は国に帰れんかったけん、寂しかったろうね。',
      '留学生は、国に帰れば家族が待っています。年末年始も気をつけて。',
    ],
  ],
  [
    '池沼 (masked or plain) as the question or guess about a person who failed (R93A-079)',
    'decency/discriminatory',
    'block',
    [
      '@bunbetsu_dekin 分別表ば見てもできんとか、池〇なん？',
      '何回言うても分からんって、池●やろ',
      'こんな簡単な書類も書けないなんて、お前、〇沼なの？',
      '説明を読んでも理解できないとか、池沼ですか？',
    ],
    [
      '集合場所は池〇公園ですか？詳しい場所は後日お知らせします。',
      '池〇さん、先日はありがとうございました。',
      '池沼の水質調査を行い、結果を公表しました。',
    ],
  ],
  [
    'a disability presumed of a person as a jibe, with でも or か何か (R93A-083)',
    'decency/discriminatory',
    'block',
    [
      '分別がおできにならないのは、失礼ながら知的障害でもお持ちなのではと疑ってしまいます。',
      '何度説明しても分からないなんて、発達障害か何かなんですかね？',
      'あの職員、頭に障害でもあるんじゃないかと思うくらい仕事が遅い。',
      '字が読めんとは、知的障害でもあるっちゃないと？',
    ],
    [
      'お子さんに発達障害があるのではと心配な方は、子ども家庭課にご相談ください。',
      '障害のある方でも、分別アプリなら簡単に使えます。',
      '知的障害でも働ける職場を、ハローワークと一緒に紹介しています。',
      '発達障害か何かの診断を受けている方は、申請の際にお知らせください。',
    ],
  ],
  [
    'an elder presumed senile by conjecture, in dialect or keigo (R94A-023)',
    'decency/discriminatory',
    'block',
    [
      '夜中に「寂しいけん来て」って119番してくる年寄り、もうだいぶボケとらすとやろうね。救急車は話し相手じゃなかとですよ。',
      '毎朝同じことを聞きに窓口に来るじいさん、もうボケとるんやろうね。',
      '何回説明しても分からんおばあちゃん、たぶんボケてらっしゃるんでしょうね。',
      '苦情の電話をかけてくる老人は、だいぶボケておられるのだろう。',
    ],
    [
      'ボケ防止には、おしゃべりが一番。おじいちゃんもおばあちゃんも公民館に来てね。',
      '時差ボケでおじいちゃんも眠いっちゃろうね。ゆっくり休んでね。',
      '時差ボケでおばあちゃんも疲れとるやろうね。ゆっくり休んでね。',
      '高齢の方は、夜間でも遠慮なく119番してください。',
    ],
  ],
  [
    'a misuse whose doers are said to be mostly of a group (R94A-051)',
    'decency/discriminatory',
    'block',
    [
      '救急車をタクシー代わりに呼ぶのは、正直なところ生活保護の人と外国人が多い印象です。本当に必要な人のために、適正利用をお願いします。',
      '軽い症状なのに夜間に救急車を呼ぶ人は、やっぱり外国人の方が多いですね。',
      '市営住宅の駐車場を不正利用しているのは、ほとんどが生活保護の人たちです。',
      'コンビニ受診をするのは、ひとり親家庭の人が大半なんですよ。',
    ],
    [
      '救急車をタクシー代わりに呼ぶのは控えてください。本当に必要な人のために、適正利用をお願いします。',
      '救急車の不適正利用は、軽症の方が多いのが現状です。',
      '生活保護の方や外国人の方も、救急車が必要なときはためらわずに119番してください。',
      'タクシー代わりの利用が多いとの指摘を受け、外国人の方にも分かるよう多言語のチラシを作りました。',
    ],
  ],
  [
    'the unmarried or childless called deficient as people (R95A-042)',
    'decency/discriminatory',
    'block',
    [
      '結婚できない人って、結局どこか人として欠けているところがあるんですよね。婚活イベントはそういう方にとって最後のチャンスだと思って、ぜひご参加ください。',
      '独身の人って、やっぱり人間的にどこか問題があるんでしょうね。',
      'この歳まで結婚しとらん男は、性格に何か難があるっちゃろうね。',
      '子どもを産まない女性は、人として何か足りないと思います。',
    ],
    [
      '結婚していない人も、人として尊重される社会を目指します。',
      '独身の方は、手続きに問題がある場合は窓口へご相談ください。',
      '「結婚できない人はどこか欠けている」という決めつけは、偏見です。',
      '婚活イベントは、独身の方の新しい出会いのきっかけづくりの場です。',
    ],
  ],
  [
    "a person picked out by a sexual body part's size (R95A-075)",
    'decency/sexual',
    'block',
    [
      '婚活パーティーのスタッフ特権😏 胸の大きい参加者さんのテーブルばっかり案内しちゃう。役得役得〜',
      '受付に来た胸の大きい奥さん、思わず二度見しちゃった😏',
      'お尻の大きい女性スタッフが多いけん、イベントは男性客に大人気です。',
      '今日の体験会、バストの立派な参加者さんばかりで役得でした〜',
    ],
    [
      '乳がん検診は、胸の大きい方も小さい方も同じように受けられます。',
      '胸に大きいリボンを付けた職員が、会場をご案内します。',
      'お尻が痛くならないよう、大きいクッションを用意しました。',
      '参加者さんのテーブルには、大きいお皿でお料理をお出しします。',
    ],
  ],
  [
    '夜の + an activity asked of a woman with a leer (R92A-048)',
    'decency/sexual',
    'block',
    [
      '読み聞かせボランティアの新メンバーの若い奥さん、スタイル良すぎて子どもより先にお父さんたちが集まる🤤 夜の読み聞かせもお願いしたいって声多数らしいよ〜',
      '新しい講師は美人のお姉さん😏 夜の個人レッスンもしてほしいなあ',
      '窓口の若い女性職員さん、かわいすぎる🤤 今夜のお相手もお願いしたいくらい',
      '料理教室の先生、色っぽい人妻さんやけん、夜のお勉強も頼みたか😏',
    ],
    [
      '夜の読み聞かせ会、パジャマで参加してね🌙😊',
      '夜の部もお願いしたいという声が多く、追加で開催します！',
      '若いお母さん方にも好評の読み聞かせ、夜の回もぜひお願いしますとのご要望をいただきました。',
    ],
  ],
  [
    '夜の + an activity with a leer, about a thing (R92A-132)',
    'decency/sexual',
    'warn',
    [
      '図書館の大人向けコーナーに新刊入りました📚 ムフフな夜のおともに…なんてね😏 ※ふつうの恋愛小説です',
      '夜のお楽しみに、この一冊をどうぞ😏',
      '大人の夜のお勉強に…意味深な新刊が入荷しました',
      '今夜のおともに、ぐふふな写真集はいかが？',
    ],
    [
      '夜のおともに、ホットミルクと絵本をどうぞ☕',
      '夜のお楽しみ、花火大会は20時からです🎆',
      '夜の読み聞かせ会では、スタッフがおすすめの本を紹介します😊',
    ],
  ],
  [
    "an old person's infirmity made the joke with a laugh (R92A-011)",
    'decency/stereotype',
    'warn',
    [
      '朗読ボランティアの皆さん、平均年齢はなんと78歳！耳が遠い方も多いので、打ち合わせはいつも大声大会です😂 でも本番の声はピカイチ！',
      'シルバー人材センターの皆さん、平均年齢80歳超え！物忘れがひどくて、毎回同じ説明を3回してます（笑）',
      '老人クラブのグラウンドゴルフ、みんな老眼でボールが見えんって大騒ぎ😂',
      '高齢の参加者さんは老眼でチラシの字が読めんくて、みんな眉間にしわ寄せとった😂',
    ],
    [
      '耳が遠い方も多いので、会場では大きな声でゆっくり話しました😊',
      '補聴器の無料相談会を開きます。高齢の方もお気軽にどうぞ。',
      '敬老会では、物忘れ予防の体操でみんな笑顔になりました。',
      '老眼鏡を家に忘れてきた私、チラシが読めず😂（58歳）',
    ],
  ],
  [
    "a chore called a woman's accomplishment or domain, a husband's share a favour (R92A-058, R93A-095)",
    'decency/stereotype',
    'warn',
    [
      '図書館の手芸・料理本コーナーを充実させました。お料理やお裁縫は女性のたしなみ。奥さま方にぴったりの本がそろっています。',
      'ごみの分別は、やっぱり奥さんの腕の見せどころ！旦那さんは、せめてごみ出しくらいは手伝ってあげてくださいね。',
      '掃除はなんといっても主婦の出番です！',
      'お父さんたちも、たまには料理を手伝ってあげてくださいね。',
      '洗濯や掃除こそ、お嫁さんの出番ですよね。',
      '針仕事は、やっぱり主婦の専売特許！',
    ],
    [
      '料理や裁縫は、男女を問わず生活の基本です。',
      '「家事は女性の仕事」という固定観念を見直しましょう。',
      'ご家族みんなで、ごみの分別を手伝ってください。',
      '子どもたちは、せめて自分の部屋の片付けくらいは手伝ってね。',
    ],
  ],
  [
    'a sex given a trait as a general truth (R95A-074)',
    'decency/stereotype',
    'warn',
    [
      '【結婚新生活支援補助金】\n\n新婚世帯の引越費用や家賃を補助します。\n\n旦那さんは、奥さんにお小遣いを減らされる前に申請を済ませておきましょう😂 女の人は財布のひもが固いですからね。\n\n申請は定住促進課で受け付けています。',
      '男の人って、みんな記念日を忘れる生き物ですからね😂',
      '女性は買い物が長いですから、ご主人はベンチでお待ちください（笑）',
      '男はどうしても片付けができんけん、奥さんに任せたほうがよかです。',
    ],
    [
      '女性の方も男性の方も、財布のひもを締めて家計を見直しましょう。',
      '女性はお金に細かいというのは思い込みです。',
      'アンケートでは、女性は買い物が長い傾向があるという結果でした。',
      'うちの妻は財布のひもが固いので、家計は安心です。',
    ],
  ],
  [
    "a participant's belly or build said to need a diet to be chosen (R95A-040)",
    'decency/lookism',
    'warn',
    [
      '婚活BBQ、お肉いっぱい食べた男性陣😂 そのお腹だと次の婚活までにダイエットせんと厳しかかもね〜🍖\n#婚活 #柳川',
      '参加者の皆さん、その体型のままじゃモテませんよ〜痩せてから来てね😂',
      'あのビール腹では、ダイエットしないと結婚は無理かもね（笑）',
      '男性陣、その体重だと婚活は厳しいっちゃない？',
    ],
    [
      'そのお腹まわり、放っておくと生活習慣病のリスクが高まります。特定健診で確認を。',
      '妊娠中のお腹では、無理なダイエットは厳禁です。',
      '婚活BBQ、お肉いっぱい食べて皆さん笑顔でした🍖',
      '正月太りの私、このお腹だとダイエットせんと厳しか〜😂',
    ],
  ],
  [
    'staff called handsome or pretty and the other sex invited for it (R95A-044)',
    'decency/lookism',
    'warn',
    [
      '4月に着任した地域おこし協力隊の2人、どちらも爽やかなイケメンです！独身女性の皆さん、移住相談に来るなら今ですよ〜',
      '新しく来た保育士さん、美人ぞろいです！独身男性の皆さん、お迎えのついでに会いに来てね',
      '今年の消防団の新入団員はみんな男前！女子の皆さん、出初式はぜひ見に来てください',
      '窓口の新人くん、かなりのイケメンです。女性の皆さん、手続きは今がチャンスですよ〜',
    ],
    [
      'イケメン俳優が出演する映画の上映会です。女性の皆さんもぜひどうぞ。',
      '協力隊の2人が、移住相談会でお待ちしています。独身の方も、ご家族連れの方もぜひ。',
      '美人の湯として知られる温泉です！女性の皆さん、ぜひお越しください。',
    ],
  ],
  [
    'a visit while the husband is away said to please the wives, with a leer (R93A-091)',
    'decency/sexual',
    'warn',
    [
      '浄化槽の点検は、旦那さんのいない昼間に伺うと奥さん方がとても喜んでくださいます😏 点検員一同、張り切ってお邪魔します。',
      'ご主人が留守の時間に伺うと、奥様がお茶を出して歓迎してくれるんですよ😏',
      '旦那さんが出張中のお宅ほど、奥さんが点検を楽しみに待っとらすとです♡',
      '旦那のおらん昼間の訪問は、奥さんたちに大人気です😘',
    ],
    [
      '旦那さんがいない時間帯でも、奥様お一人で立ち会いいただけます。',
      'ご主人が不在の場合は、奥様に点検結果をお伝えします😊',
      '旦那さんのいない昼間を狙った点検商法の被害が出ています。奥さん方はご注意ください。',
    ],
  ],
]
describeKindsAtLeast('92', KINDS92)

describe('decency: a body part\'s size told of an animal or a thing is no sexual remark (found in review of round 92)', () => {
  // Kind: 胸 with 大きい (BODY + SEXY) said of a bird, an animal or a thing (ハトは胸の大きい鳥, 胸の大きいポケット, 名札は胸の大きい
  // 位置に): no person, so nothing sexual. The same words of a person (胸の大きい参加者, 受付の子は胸が大きい) stay blocked.
  it.each([
    'ハトは胸の大きい鳥です。野鳥観察会で観察してみましょう。',
    'カササギのオスは胸が大きく、白と黒の羽が目立ちます。',
    '制服のシャツは、胸の大きいポケットに名札を入れてください。',
    'ペンギンは胸の大きい体型で、水の中をすいすい泳ぎます。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.rule === 'decency/sexual').map((f) => f.excerpt)).toEqual([])
  })
  it.each([
    '受付の新人の子、胸が大きくてつい見ちゃう😏',
    '胸の大きい参加者さんのテーブルばっかり案内しちゃう',
    'ハト公園の受付のお姉さん、胸が大きくて最高やん',
  ])('still blocks %s', (text) => {
    expect(findingsOf(decency, text).some((f) => f.rule === 'decency/sexual' && f.severity === 'block')).toBe(true)
  })
})

// Round 96 (blind R96A/R97A/HT): one describe per kind — the missed text, variants of the same kind, hard negatives.
const KINDS96: Kind66[] = [
  [
    'disgust or a ban said of a demonstrative that takes up a protected group named just before (R96A-022)',
    'decency/discriminatory',
    'block',
    [
      '国保の扶養の相談で、同性パートナーのことを聞かれました。正直、そういうのは気持ち悪いので窓口に持ち込まないでほしい。',
      '今日は同性カップルの方が住民票の手続きに来られました。ああいう人たちは、正直生理的に無理です。',
      '車いすの方が3人も来館された。そういう人らは、土日には来んでほしかです。',
      'パートナーシップ宣誓の予約が入りました。こういうのは見たくないので、ほかの課でやってもらえませんか。',
      'トランスジェンダーの方から更衣室の相談がありました。そんな人は気味が悪いです。',
    ],
    [
      '同性パートナーの方から扶養の相談がありました。そういうご相談も、窓口で丁寧にお受けしています。',
      '外国人の方を狙った詐欺が増えています。そういうのは本当に気持ち悪いですね。',
      '同性カップルへのヘイトの落書きが見つかりました。ああいうのは見たくないです。',
      '車いすの方が来館されました。そういう方も安心して使えるよう、スロープを設置しています。',
      '梅雨に入りました。そういう時期は、カビが気持ち悪いですね。',
    ],
  ],
  [
    'people named by a language they cannot speak told to keep away (R96A-147)',
    'decency/discriminatory',
    'block',
    [
      'マイナ窓口、今日は外国人の申請が12件。書類の説明に1件30分かかるので、正直、日本語ができない人は来ないでほしいです。',
      '日本語が分からん人は、窓口に来んでほしか。',
      '言葉の通じない外国の方は、ご遠慮ください。',
      '日本語が話せないお客様の入店はお断りしています。',
    ],
    [
      '日本語が分からない方は、通訳タブレットを使いますので、安心して窓口へお越しください。',
      '日本語ができない方も大丈夫です。やさしい日本語で説明します。',
      '日本語が読めない方には、英語と中国語の案内もあります。',
      '言葉が通じない不安から、窓口に来づらいと感じる外国人住民もいます。',
    ],
  ],
  [
    'a colleague’s weight or health result made the joke (R97A-012)',
    'decency/lookism',
    'warn',
    [
      '特定健診の結果が届いた皆さん、お腹まわりはいかがでしたか？😏 うちの課長は今年も堂々のﾒﾀﾎﾞ判定で、ベルトの穴がまたひとつ外側に移動しました（笑） 皆さんも課長のようにならないよう、ウォーキング教室へどうぞ🚶',
      '係長は今年もメタボ認定されて、奥さんに怒られたそうです😂',
      'うちの先輩、正月明けに体重計に乗ったら3キロ増えとったって（笑）',
      '部長のお腹まわり、去年よりさらに貫禄が出てきましたｗ',
    ],
    [
      '課長もメタボ予防のためにウォーキングを始めました。皆さんもご一緒にどうぞ。',
      '係長は特定健診をきっかけに減量に成功しました！笑顔で報告してくれました。',
      '私も今年はメタボ判定でした（笑） 皆さん、一緒にウォーキング教室へ行きましょう。',
      '皆さん、お正月で体重が増えていませんか？ 健康づくり教室のご案内です。',
    ],
  ],
  [
    'mothers’ postpartum bodies made the joke (R97A-115)',
    'decency/lookism',
    'warn',
    [
      '産後太りのママさんも大丈夫！ 母子手帳といっしょにダイエット手帳も配ったほうがいいかも？（笑）',
      '出産してからお腹が戻らないママたち、まずはズボンのサイズから見直しましょうｗ',
      '育児太りのお母さん方、抱っこ紐がきつくなってきたら要注意です😂',
      'ママ体型の皆さんに朗報！ 赤ちゃんより先にお母さんが体重測定かも（笑）',
    ],
    [
      '産後の体型の変化が気になる方は、保健師にご相談ください。',
      '産後ヨガ教室を開きます。産後太りが気になる方も、笑顔で楽しく体を動かしましょう。',
      '私も産後太りで苦労しました（笑） 無理せず、ゆっくり戻していきましょうね。',
      '母子手帳の交付は、妊娠届の提出と同時に行います。',
    ],
  ],
  [
    'a mood presumed of people for a sex and age (R97A-134)',
    'decency/stereotype',
    'warn',
    [
      '更年期の女性職員が多い課なので、窓口でイライラしていたらごめんなさいね（笑） 悪気はないんです〜',
      '更年期のおばちゃんばっかりの職場やけん、ピリピリしとっても許してね。',
      '生理前の女子職員もいるため、機嫌が悪い日があるかもしれません😅',
      '更年期世代のスタッフが多いから、多少キレやすくても大目に見てください（笑）',
    ],
    [
      '更年期の女性の方へ。イライラや不眠などの症状は、女性の健康相談でご相談ください。',
      '更年期の方向けの講座です。イライラしやすいときの対処法を医師がお話しします。',
      '更年期の症状がつらい職員が休みやすいよう、休憩室を整えました。',
      '窓口が混み合い、お待たせしてイライラさせてしまい申し訳ありません。',
    ],
  ],
]
describeKindsAtLeast('96', KINDS96)

describe('decency: an example of discrimination named as such in the next sentence is awareness (HT-121)', () => {
  // Kind: a refusal or exclusion described as a scene (…と入店を断る。) and pointed back at in the next sentence as discrimination
  // (これは…差別的取扱いにあたります, それは差別です, こうした対応は…禁止されています): an awareness post, the example a mention.
  it.each([
    '【障害を理由とする差別の解消に向けて】\n\n車いすの方がお店に入ろうとしたとき、「ほかのお客さんの迷惑になるから」と入店を断る。これは、障害を理由とする不当な差別的取扱いにあたります。\n\n令和6年4月から、事業者による「合理的配慮の提供」が義務になりました。',
    '視覚障害のある方が盲導犬と来店したとき、「ほかのお客様の迷惑になるので」と入店を断る。これは差別にあたります。',
    '車いすの方に「周りのお客さんの迷惑になるので」と乗車を断る。こうした対応は、不当な差別的取扱いとして法律で禁止されています。',
    '障害のある方の入居を「ほかの入居者の迷惑になるから」と断る。それは差別です。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    '車いすの方がお店に入ろうとしたとき、ほかのお客さんの迷惑になるので入店はお断りしています。',
    '車いすの方はほかのお客さんの迷惑になるので、入店をお断りします。これは差別ではありません。',
    '車いすの方がお店に入ろうとしたら、ほかのお客さんの迷惑になるのでお断りします。これは当店の方針です。',
  ])('still blocks %s', (text) => {
    expect(findingsOf(decency, text).some((f) => f.rule === 'decency/discriminatory' && f.severity === 'block')).toBe(true)
  })
})

// Round 98 (blind R98A/R99A/HU): one describe per kind — the missed text, variants of the same kind, hard negatives.
const KINDS98: Kind66[] = [
  [
    'a broken rule or a nuisance pinned on a group in a cleft sentence (R98A-112)',
    'decency/discriminatory',
    'block',
    [
      '市営住宅の共用部のゴミ出しルール、守られていないのはだいたい外国人の部屋です。国の習慣なんでしょうけど、正直困っています。',
      '公園にごみを捨てていくのは、たいてい実習生のグループです。',
      '駐輪場のルール、守っとらんのはほとんど外国人の学生さんやけん困ります。',
      '分別していないのはいつもベトナム人の部屋なんですよね。',
      '夜中に騒いでいるのは決まって留学生の部屋です。',
    ],
    [
      'ルールが守られていないのは、案内がわかりにくいからかもしれません。多言語のチラシを作りました。',
      'ごみ出しルールが守られていないのは一部の部屋ですが、外国人の方にも分かるよう多言語の案内を貼りました。',
      'ルールを守っていないのは外国人だけではありません。',
      '詐欺の被害に遭っているのは、ほとんど高齢者の方です。',
      '守られていないのはだいたい粗大ごみの出し方です。外国人の方向けにも多言語の案内を配っています。',
    ],
  ],
  [
    'a colleague’s orientation speculated about with a masked two-letter slur and a label of suspicion (R99A-134)',
    'decency/discriminatory',
    'block',
    [
      '人事課の若手くんは仕草が女っぽいけん、課内でホ〇疑惑が出とります笑 本人は否定しよるけど、どうなんやろね〜',
      '総務の先輩、レ〇疑惑があるらしいよ笑',
      'あの新人くん、課内でホ〇説が出とるけん本人に聞いてみよ',
      '係長にホ〇疑惑浮上www',
    ],
    [
      '課内で横領疑惑が出ているという報道は事実ではありません。',
      '同性カップルのパートナーシップ宣誓制度について、課内で研修を行いました。',
      '○○課の△△さんに疑惑が出ているという書き込みは事実ではありません。',
      '新ホ〇ル建設をめぐる疑惑について、市長が会見しました。',
    ],
  ],
  [
    'an elder’s driving blunder laughed at (R98A-033)',
    'decency/discriminatory',
    'warn',
    [
      'デマンドタクシーを使えば、おじいちゃんの逆走におびえる心配もなくなりますね😂 免許返納はお早めに！',
      '年寄りの暴走運転にヒヤヒヤせんでよくなるけん、コミュニティバスはありがたかね〜ｗ',
      'ばあちゃんのアクセルとブレーキの踏み間違い、もう見慣れました（笑） 免許返納しましょう！',
      '高齢ドライバーの逆走ニュースを見るたびに笑っちゃいます😂 返納はお早めに',
    ],
    [
      '高齢ドライバーによる逆走事故を防ぐため、免許返納の相談窓口を設けています。',
      'おじいちゃんの運転が心配なご家族の方は、運転適性相談をご利用ください。',
      'デマンドタクシーを使えば、おじいちゃんもおばあちゃんも安心してお出かけできますね😊 免許返納はお早めに！',
      '逆走を見かけたら110番通報を。高齢者の方も安全運転を心がけましょう😊',
    ],
  ],
  [
    'innuendo: a word doubling for body hair or arousal and a coy aside leaving the meaning to the reader (R98A-094)',
    'decency/sexual',
    'warn',
    [
      '空き地の雑草、伸び放題でボーボー🌿 …どこの話かはご想像におまかせします😏 #柳川 #草刈り',
      '公園の草むら、手入れされずにもじゃもじゃ…何のこととは言いませんが😏',
      '雨上がりの田んぼはぬるぬるのびしょびしょ。どこの話かは、ご想像におまかせします🤭',
      '朝から元気にびんびん！何がとは言わんけど😏 #ラジオ体操',
    ],
    [
      '空き地の雑草が伸び放題でボーボーです。草刈りボランティアを募集しています🌿',
      '今年の結果がどうだったかは、ご想像におまかせします😅',
      '雨上がりの遊歩道はぬるぬるして滑りやすいので、足元にご注意ください。',
      'どこの話かというと、沖端地区の空き地のことです。草がボーボーで困っています。',
    ],
  ],
  [
    'a colleague’s single status or age pushed at with a marriage drive (R99A-094)',
    'decency/stereotype',
    'warn',
    [
      '総務課のお局さま（勤続30年・独身）、今年こそ婚活がんばってくださいね！職員一同、全力で応援しております笑',
      '経理係の先輩（アラフォー・独身）、そろそろいい人見つけてくださいね〜（笑）',
      'うちの係長、独身歴20年やけん、来年こそ結婚できるよう課内みんなで応援しとります笑',
      '独身の山田主任、いい加減お嫁さんもらわんとね😂',
    ],
    [
      '独身の皆さん、今年こそ婚活がんばってみませんか？市の婚活パーティーの参加者を募集しています。',
      '総務課の山田さん、ご結婚おめでとうございます！職員一同、心よりお祝い申し上げます。',
      '勤続30年の職員を表彰しました。今年もがんばってください！',
      '結婚を希望する独身の方を対象に、婚活セミナーを開きます😊',
    ],
  ],
  [
    'an elder’s sign of age laughed at (R99A-105)',
    'decency/discriminatory',
    'warn',
    [
      'きょうの文書事務研修、講師がおじいちゃん職員やったけん、スライドの字が全部特大で笑いました😂 老眼の人にはやさしい研修でした〜',
      '年配の先生やけん、プリントの文字が全部でっかくて笑った😂',
      '講師のおじいちゃん、耳が遠くて質問が全然通じんかったｗｗ',
      'ご高齢の方の講演、同じ話を3回繰り返されて会場が爆笑でした😂',
    ],
    [
      '高齢の方にも読みやすいよう、案内の文字を大きくしました😊',
      'おじいちゃん職員の講話は笑いあり涙ありで、とても好評でした。',
      '老眼の方向けに、拡大鏡を窓口に用意しています。',
      '耳が遠いおじいちゃんには、筆談ボードをご用意しています😊',
    ],
  ],
]
describeKindsAtLeast('98', KINDS98)

describe('decency: “Japanese only” as the language of an event with an interpreter offered is no exclusion (HU-013)', () => {
  // Kind: the language the proceedings are held in, with help for the language offered on the same line (interpreter, interpretation,
  // sign language, an English summary): no one is kept out. Who may enter (no foreigners, not allowed, entry) still blocks.
  it.each([
    'Public briefing on the Yanagawa Station East Exit redevelopment plan\n\nDate: Saturday, January 24, 2026, 2:00-3:30 p.m.\nNo registration needed. Japanese only; please ask us in advance if you need an interpreter.\n\nUrban Planning Division: 0944-77-8725',
    'Language: Japanese only. Interpretation into English is available on request.',
    'Japanese only (sign language interpretation provided).',
    'The talk is Japanese only, with an English summary handed out at the door.',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    'Japanese only. No foreigners, even with an interpreter.',
    'Bar entry: Japanese only. Interpreters will not help you get in.',
    'Japanese only! Foreign guests should not come, interpreter or not.',
    'Japanese only; interpreters are not allowed inside either.',
  ])('still blocks %s', (text) => {
    expect(findingsOf(decency, text).some((f) => f.rule === 'decency/discriminatory' && f.severity === 'block')).toBe(true)
  })
})

describe('decency: sayings quoted as a sentence of their own and named as harmful by the next are a mention (HU-103)', () => {
  // Kind: stereotyped sayings in brackets making up a whole sentence (「男のくせに泣くな」「女の子なんだから、おとなしくしなさい」。),
  // the next sentence naming them as harmful (可能性をせばめ, 傷つけ, 思い込みを押しつけ): an awareness post, however long the quote.
  it.each([
    '「男のくせに泣くな」「女の子なんだから、おとなしくしなさい」。\n何気ない一言が、子どもの可能性をせばめていることがあります。\n\n男女共同参画週間にあわせて、市民文化会館で講演会を開きます。',
    '「女の子なんだから、おしとやかにしなさい」「男の子なんだから泣かないの」。そんな言葉が、子どもを傷つけることがあります。',
    '「女の子なんだから、片付けくらいできないと」。その一言が、子どもの可能性を狭めてしまうかもしれません。',
    '「男の子なんだから、泣かずにがまんしなさい」――。何気ない言葉が、子どもに思い込みを押しつけていませんか。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    '「女の子なんだから、おとなしくしなさい」。うちではいつもそう言い聞かせています。',
    '女の子なんだから、おとなしくしなさいね。何気ない一言ですが、しつけは大切です。',
    '「女の子なんだから、おとなしくしなさい」。本当にその通りだと思います。',
  ])('still warns %s', (text) => {
    expect(findingsOf(decency, text).some((f) => f.rule === 'decency/stereotype' && f.severity !== 'info')).toBe(true)
  })
})

// Round 100 (blind R100A/R101A): one describe per kind — the missed text, variants of the same kind, hard negatives.
const KINDS100: Kind66[] = [
  [
    'people chosen by race or a race said to spoil the picture (R100A-060)',
    'decency/discriminatory',
    'block',
    [
      '観光動画のエキストラ、欧米系の白人さんだけにしぼって集めてます！ 正直アジア系の人が映ると絵的に映えんけんね😅',
      'ポスターのモデルは白人の方限定で募集します。',
      'PR動画の出演者は、金髪碧眼の外国人だけを選びました✨',
      '黒人の方が写ると、城下町のイメージに合わないので今回はご遠慮いただきました。',
    ],
    [
      'アジア系の食材だけを集めたマルシェを、駅前広場で開きます。',
      '観光動画のエキストラを募集しています。国籍や年齢を問わず、どなたでもご応募いただけます。',
      'アジア系だけでなく欧米系の方も多く訪れ、川下りはにぎわいました。',
      '白人・黒人・アジア系など多様な出演者で、柳川の魅力を紹介する動画ができました。',
      '黒人差別の歴史を学ぶパネル展を、市民ホールで開いています。',
    ],
  ],
  [
    'a group\'s growth unwanted or called a bother (R101A-041)',
    'decency/discriminatory',
    'block',
    [
      '【学校給食】\n市では、食物アレルギーのあるお子さんに除去食を提供しています。\nただ、外国籍の子が増えると宗教食の対応まで必要になって面倒なので、正直あまり増えてほしくないです。\n献立表は毎月学校からお配りします。',
      'うちの地区には、これ以上外国人の住民が増えてほしくないというのが本音です。',
      '実習生が増えると、ごみの分別の説明がいちいち厄介なんですよね。',
      'ムスリムの観光客が増えたら、お祈りの場所まで用意せんといかんけん、正直めんどくさかです。',
    ],
    [
      '外国籍の子が増えているため、日本語指導の先生を増やしました。',
      'ムスリムの観光客が増えているので、ハラール対応のお店を紹介するマップを作りました。',
      '外国人観光客が増えると、地域のお店もにぎわいます。',
      '「外国人が増えてほしくない」という声は偏見にもとづくものです。',
    ],
  ],
  [
    'a disabled group sent apart or made onlookers as a suggestion (R101A-141)',
    'decency/discriminatory',
    'block',
    [
      '特別支援学級の子たちは運動会の練習についてこられないので、当日は別のところで見学してもらえばいいと思います。',
      '障害のある子は、みんなのペースに合わせられんけん、別室で待っとってもらったらよか。',
      '支援級の児童は、発表会には参加せず見学するほうが無難でしょう。',
      '車いすの方は、行進の列が乱れるので、見学で十分だと思います…見学でいいです。',
    ],
    [
      '特別支援学級の子たちも、練習の途中で休めるよう別室を用意しています。',
      '障害のある子は、ご本人の希望に合わせて見学か参加かを選べます。',
      '車いすの方は、段差のない東口から入るほうが便利です。',
      '特別支援学級の子たちが作った作品を、別の会場でも展示します。',
    ],
  ],
  [
    'innuendo: the night said to go on, with a coy aside or a smirk (R100A-046)',
    'decency/sexual',
    'warn',
    [
      'さげもんめぐりデートの締めは、うなぎでスタミナ満タン💪 夜はまだまだこれから…ですよね？😏 詳しくは言えませんけど♡ #柳川デート',
      '川下りデートのあとは、今夜はここからが本番ですよね…詳しくは書けませんけど🤭',
      'スタミナ満点のうなぎを食べたら、夜はまだまだ長いですよ♡ ご想像におまかせします',
      'お二人の夜はこれから😘 何をするかは内緒です♡',
    ],
    [
      '白秋祭の夜はまだまだこれから！川下りの灯りをお楽しみください🏮',
      '夜はこれからが本番！花火は20時からです🎆 詳しくはプログラムをご覧ください',
      '今夜は冷え込みます。詳しくは気象台の発表をご確認ください。',
    ],
  ],
  [
    'a child named by a weak ability laughed at (R101A-052)',
    'decency/discriminatory',
    'warn',
    [
      '50m走、足の遅い子がゴールするころには、みんな次の競技の準備しとるけん誰も見とらんよ😂 気にせんでよか〜',
      '水泳大会、泳げない子がプールの端でバタバタしてて会場が和みましたｗ',
      '運動が苦手な子の徒競走、もはや歩いとるのと変わらんかった笑',
      '逆上がりができない子たち、鉄棒にぶら下がったまま動かんで爆笑でした🤣',
    ],
    [
      '足の遅い子も速い子も、みんなで最後までゴールを目指しました😊',
      '運動が苦手な子でも楽しめる鬼ごっこ教室、笑顔あふれる1時間でした',
      '泳げない子のための水泳教室、今年も開講します🏊',
      '私も子どもの頃は足の遅い子でした笑 でも毎日走って速くなりましたよ',
    ],
  ],
]
describeKindsAtLeast('100', KINDS100)

describe('decency: 〜らしい of the children themselves is praise, not the group as a topic (R101A-142)', () => {
  // Kind: 子どもらしく / 中学生らしい / 高校生らしく said of the children in the post, as praise: an adjective, so a later 分からない
  // (顔が分からない写真) is no fault presumed of the group. 女らしく / 男らしく demands and a group as the topic stay flagged.
  it.each([
    '1年生にとって初めての運動会🎌 玉入れで空を見上げる姿が、なんとも子どもらしくてかわいかったです😊（写真は学校の了解を得て、顔が分からないものを選んでいます） #柳川 #運動会',
    '中学生らしいさわやかなあいさつで、式が始まりました（写真は顔が分からないものを選んでいます）',
    '子どもらしさあふれる絵が並びました。名前は分からないように展示しています。',
    '高校生らしく元気いっぱいの演奏でした😊 曲名は分からなくても楽しめます',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    '女の子なんだから、もっと女らしくしなさい。',
    '男の子は男らしく泣かないのが一番です。',
    '子どもは分からないことが多いので、大人が決めてあげましょう笑',
  ])('still warns %s', (text) => {
    expect(findingsOf(decency, text).some((f) => f.rule === 'decency/stereotype' && f.severity !== 'info')).toBe(true)
  })
})

// Round 102 (blind R102A/HV): one describe per kind — the missed text, variants of the same kind, hard negatives.
const KINDS102: Kind66[] = [
  [
    'the old called senile as a fact, with contempt (R102A-015)',
    'decency/discriminatory',
    'block',
    [
      'また年寄りが詐欺に引っかかった。ボケとるけん、何回ポスター貼っても無駄やね。',
      'またおばあちゃんが還付金詐欺にだまされとる。もうボケとらすけん、いくら注意しても無駄よ。',
      '高齢者はみんなボケてるから、チラシを配ってもどうしようもないですね。',
      'お年寄りはボケているので、何度説明しても意味がありません。',
      'お年寄りはボケとるけん、防犯講座は開くだけ無駄です。',
    ],
    [
      'ボケ防止のための脳トレ教室、お年寄りの方も無駄なく楽しく学べます。',
      'お年寄りの方も、寝ぼけているときの電話には注意を。無駄な出費を防ぎましょう。',
      'おじいちゃんのピンボケ写真、無駄に味があります笑',
      'お年寄りの方には、「ボケ防止」の脳トレも好評です。寸劇は無駄のない構成でした。',
    ],
  ],
  [
    'a people or its trainees suspected of a crime for being seen (R102A-104)',
    'decency/discriminatory',
    'block',
    [
      '【空き巣にご注意】\n最近、夜の住宅街で外国人の実習生をよく見かけます。空き巣の下見をしよるっちゃないかと心配です。見かけたらすぐ通報してください。\n戸締まりもお忘れなく。',
      '最近、夜の公園でベトナム人の若者をよく見かけます。自転車泥棒の犯人なんじゃないかと不安です。',
      '団地の周りを外国人がうろうろしているのを見かけました。空き巣の下見に違いありません。',
      '実習生たちが夜中に歩いとるのをよく見かけるけど、あれは物色しよるっちゃなかろうか。',
      '中国人の観光客が住宅地をうろついていて怪しいので、見かけたら通報してください。',
    ],
    [
      '最近、夜の住宅街で不審な人物を見かけたとの情報があります。空き巣の下見ではないかと心配です。見かけたら通報を。',
      '外国人の実習生の方を夜の住宅街でよく見かけます。帰宅途中に空き巣の被害に遭わないよう、戸締まりを呼びかけています。',
      '「外国人を見かけたら空き巣の下見ではないかと疑う」のは偏見です。',
      '外国人観光客をよく見かけるようになりました。空き巣の下見をする不審な車には注意してください。',
      '外国人の実習生の皆さんが、夜の見守りパトロールに参加してくれています。空き巣の被害はゼロです。',
    ],
  ],
  [
    'the old laughed at as fraud victims (R102A-107)',
    'decency/discriminatory',
    'warn',
    [
      '還付金詐欺、今月もおじいちゃんおばあちゃんが見事に引っかかってます😂 素直すぎるのも考えものですね〜 皆さんもお気をつけて！',
      'オレオレ詐欺、またおばあちゃんがまんまとだまされたらしいｗ',
      '今月もお年寄りがあっさり架空請求に引っかかっとって草',
      '還付金詐欺、高齢者の方々が見事にカモにされてて😂',
      'じいちゃんたち、またワンクリック詐欺に引っかかったってｗｗ',
    ],
    [
      '詐欺に引っかかったおじいちゃんを笑いものにしないでください。',
      '防犯寸劇では、職員演じるおじいちゃんが見事に詐欺に引っかかって会場は大笑い😂',
      'おじいちゃんおばあちゃんが詐欺に引っかからないよう、楽しいクイズで学びました😂',
    ],
  ],
  [
    'a woman\'s short skirt or looks made the draw for the men (R102A-128)',
    'decency/sexual',
    'warn',
    [
      '防犯ブザー講座の講師、ミニスカの婦警さんやったけん、おじさんたちの参加率がいつもの倍やったｗ 次回もあの方でお願いしたいです',
      '交通安全教室、かわいい婦警さんが来たら、おっちゃんたちが前のめりで聞いとったｗ',
      '料理教室の先生がへそ出しのお姉さんやったけん、おっちゃんたちが大喜びで集まった笑',
      '水着のお姉さんがガイドやけん、男性の参加者が殺到しとります♡',
      '受付がミニスカの女の子やったら、男性客の申し込みも倍になるやろうね😏',
    ],
    [
      '防犯ブザー講座の講師は、柳川警察署の女性警察官です。参加者は昨年の倍になりました。',
      '婦警さんの制服の規定で、スカートかパンツかを選べるようになりました。参加者も増えました。',
      'ミニスカートの丈を直すリフォーム講座、女性の参加者が倍に増えました。',
    ],
  ],
]
describeKindsAtLeast('102', KINDS102)

describe('decency: おかしいと思ったら of the reader is advice, not a predicate about a group (HV-150)', () => {
  // Kind: おかしい as what the reader may notice in a conditional (おかしいと思ったら, おかしいと感じたら, おかしいと思ったときは), often a
  // quoted slogan, next to a group named as whom to tell (ご近所に高齢の方がいらっしゃる場合は): no fault said of the group. おかしい said of
  // the group (…はおかしいと思います, 頭がおかしい) stays flagged.
  it.each([
    '【お金にまつわる詐欺の「決まり文句」】\n\nこうした言葉が出てきたら、いったん電話を切ってください。\n\nご家族やご近所に高齢の方がいらっしゃる場合は、ぜひこの投稿を話題にしていただき、「おかしいと思ったら、まず相談」を合言葉にしてください。\n\n■柳川市消費生活センター',
    '高齢の方は、おかしいと思ったら、まず相談を。',
    'ご近所にお年寄りがいらっしゃったら、「何かおかしいと感じたら電話を切る」と伝えてください。',
    '外国人のお客様も、料金がおかしいと思ったときは窓口でご確認ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    '高齢の方はおかしいと思います。',
    'ご近所に高齢の方がいらっしゃる場合は、頭がおかしいので相手にしないでください。',
    '外国人はおかしいと思うけん、関わらんで。',
  ])('still flags %s', (text) => {
    expect(findingsOf(decency, text).some((f) => f.rule === 'decency/discriminatory' && f.severity !== 'info')).toBe(true)
  })
})

describe('decency: the person\'s own smile is no laughter at them (review, round 103)', () => {
  // Kind: an old person's misfortune told with 笑顔で / 笑みを浮かべて / 笑いながら + 語って・話して・教えてくださいました: the 笑 is the
  // speaker's own, kindly reported, not the writer laughing at them; and ださ inside ください is no ダサい. The writer's laugh at a duped
  // elder (😂, 笑った, 笑える, ｗ) and ダサい・のろい・くさい said of them stay flagged.
  it.each([
    'おばあちゃんがだまされた経験を、笑顔で語ってくださいました。',
    'おじいちゃんが詐欺の電話を受けた話を、笑いながら話してくださいました。',
    '高齢の皆さんが、昔の失敗談を笑顔で教えてくださいました。',
    'お年寄りの方が、転んだ経験を笑みを浮かべて振り返ってくださいました。',
    'おばあちゃんが、たくさんの思い出を笑顔で語ってくれました。',
    'お年寄りの皆さん、笑いヨガで一緒に笑ってください。',
    '高齢の方は、ところどころ休みながら歩いてください笑',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    '年寄りがまただまされとる😂',
    'おばあちゃんがまた詐欺にだまされて笑った😂',
    'おばあちゃんがだまされた話、笑えるｗ',
    'お年寄りってほんとダサいよね笑',
    '年寄りはのろいけん笑',
    '年寄りはいつも話がくさいｗ',
    // team R24A-113, R96A-082: dozing off and forgetting laughed at, not only via the ださ of ください
    '市議会の傍聴席はいつもお年寄りばかりで、半分くらいは寝ています（笑） 若い人もぜひ来てください！',
    'マイナンバーカードの暗証番号、おじいちゃんおばあちゃんの半分は忘れてきます😂 記憶力の衰えは窓口では治せませんので…',
  ])('still flags %s', (text) => {
    expect(findingsOf(decency, text).some((f) => f.rule === 'decency/discriminatory' && f.severity !== 'info')).toBe(true)
  })
})

describe('decency: a prejudice named and denied is no prejudice (review, round 103)', () => {
  // Kind: ボケている etc. named as the supposed reason and denied by its own ending (〜からではありません, 〜せいではありません,
  // 〜わけではありません, 〜からじゃありません, 〜からではなく): the stereotype is refuted. Said as the reason (ボケとるけん, ボケとるから) it stays.
  it.each([
    '高齢の方がだまされるのは、ボケているからではありません。',
    'お年寄りが詐欺にあうのは、ボケているせいではありません。',
    '被害にあった高齢者は、ボケているわけではありません。',
    '認知症の方が道に迷うのは、ボケたからではなく病気の症状です。',
    'お年寄りがだまされるのは、ボケとるからじゃありません。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    '高齢者はボケとるけんだまされるとよ',
    '年寄りはボケとるからすぐだまされる😂',
    'ばあちゃんはボケとるけん、すぐ詐欺にひっかかるとよ',
  ])('still flags %s', (text) => {
    expect(findingsOf(decency, text).some((f) => f.rule === 'decency/discriminatory' && f.severity !== 'info')).toBe(true)
  })
})

describe('decency: round 103 kinds (blind R103A)', () => {
  // Kinds (each: the missed text, variants of the same kind, hard negatives that share its words):
  // - a service refused to a protected group in a notice, the refusal in a plain negative + こと/方針 or a decision (R103A-051);
  // - a protected group as a simile of clumsiness for laughs: disability, nationality, sexuality block, the old warn (R103A-079);
  // - a quoted discriminatory complaint answered with reassurance or a measure (ご安心ください, 注意します), masked slur too (R103A-133);
  // - people's bodies appraised as eye candy (目の保養, キャーキャー) (R103A-005);
  // - body-typed children teased about slimming, half-width kana too (R103A-036).
  const flagged: Case[] = [
    // R103A-051
    ['【総合体育館の団体利用について】\n最近、外国人の団体による利用でトラブルが続いております。\nそのため当面の間、外国人の方のみで構成される団体からの予約はお受けしないことといたしました。\n何卒ご理解くださいますようお願い申し上げます。', 'decency/discriminatory', 'block'],
    ['障害のある方の施設のご利用は、今後受け付けない方針です。', 'decency/discriminatory', 'block'],
    ['同性カップルの方への式場のお貸し出しは、お受けしないこととしました。', 'decency/discriminatory', 'block'],
    ['ベトナム人の実習生の皆さんからの入居の申し込みは、お断りすることにしました。', 'decency/discriminatory', 'block'],
    ['外国籍の方の入会は、当面お受けしないこととします。', 'decency/discriminatory', 'block'],
    ['外国人の方の予約はお受けしません。', 'decency/discriminatory', 'block'],
    // R103A-079
    ['eスポーツカップ予選、1回戦からまさかの自滅連発😂 コントローラーを逆に持ってるみたいな、まるで障害者みたいな動きで会場大爆笑でした', 'decency/discriminatory', 'block'],
    ['外国人みたいな変な発音で自己紹介してて笑った', 'decency/discriminatory', 'block'],
    ['ゲイっぽいしゃべり方でウケてました笑', 'decency/discriminatory', 'block'],
    ['あのオカマっぽい走り方には会場も爆笑😂', 'decency/discriminatory', 'block'],
    ['新人くん、まるでお年寄りみたいな歩き方で笑いました😂', 'decency/discriminatory', 'warn'],
    ['おじいちゃんみたいなプレーばっかりでダサかった笑', 'decency/discriminatory', 'warn'],
    // R103A-133
    ['【プールご利用の皆さまへ】\n更衣室の利用マナーについて、複数のご意見をいただいています。\n中には「オ〇マみたいな人が男子更衣室にいて気持ち悪い」という声もありましたが、ご安心ください。監視員がしっかり巡回しています。', 'decency/discriminatory', 'block'],
    ['「ホモっぽい人が更衣室にいて気持ち悪い」というご意見がありましたが、ご安心ください。監視員が対応します。', 'decency/discriminatory', 'block'],
    ['「オカマが男湯にいて不快」との声が寄せられましたが、ご安心を。職員が注意いたします。', 'decency/discriminatory', 'block'],
    ['「オカ〇がトイレにいて不安」との苦情を受け、職員が注意します。', 'decency/discriminatory', 'block'],
    ['「オカ〇が女子トイレにいて怖い」という声もありましたが、ご安心ください。職員が見回りを強化しています。', 'decency/discriminatory', 'block'],
    ['「外国人が増えて怖い」という声もありますが、ご安心ください。警察と連携して巡回しています。', 'decency/discriminatory', 'block'],
    // R103A-005
    ['ラグビーの九州サザンブルズの皆さんが小学校でタグラグビー教室をしてくれました！選手の太ももが子どもの胴回りくらいあって、見学のお母さんたちは「目の保養」って大盛り上がり😍', 'decency/sexual', 'warn'],
    ['消防士さんの二の腕に、見学の奥さまたちは「目の保養やね」と大はしゃぎ', 'decency/sexual', 'warn'],
    ['コーチの胸板に女子部員たちはキャーキャー😍', 'decency/sexual', 'warn'],
    ['ラグビー部員の胸板が分厚くて、見学に来たママさんたちはキャーキャー言ってました', 'decency/sexual', 'warn'],
    // R103A-036
    ['スポーツ少年団の夏合宿、今年もやりました🔥 ﾎﾟｯﾁｬﾘ組の子たちも3日間走り込んで、ちょっとはお腹がへこんだかな？笑 来年はスリムになって帰ってきてね〜', 'decency/lookism', 'warn'],
    ['太めの子たちも、少しは痩せたかな（笑）', 'decency/lookism', 'warn'],
    ['ぽっちゃりチームのみんな、来年こそスリムになって帰ってこいよｗ', 'decency/lookism', 'warn'],
    ['ポッチャリくんも合宿で2キロ減ったらしい😂', 'decency/lookism', 'warn'],
    ['ぽっちゃりさんたちの体重も少しは減ったかな？笑', 'decency/lookism', 'warn'],
  ]
  it.each(flagged)('flags %s', (text, rule, severity) => {
    expect(findingsOf(decency, text).some((f) => f.rule === rule && f.severity === severity)).toBe(true)
  })
  it.each([
    // R103A-051
    '台風接近のため、外国人観光客の方を含め、本日の予約はお受けしないことといたしました。',
    '外国人の方からのご予約も、英語でお受けしています。',
    '障害のある方の介助者の入場料はお受けしません。',
    '在留カードをお持ちでない外国人の方の登録は、法令によりお受けしないこととなっています。',
    '改修工事のため、障害のある方を含むすべての団体の予約はお受けしないことといたしました。',
    '外国人の方の予約を受け付けないのは差別にあたります。',
    // R103A-079
    '高齢者疑似体験では、お年寄りのような動きを体験できます。',
    '外国人のような自然な発音で話せるようになりました。',
    'まるで子どもみたいな動きで会場大爆笑でした',
    '障害者スポーツの選手の動きに、会場から大きな拍手が起きました。',
    '車いすバスケの選手みたいな動きを体験して、障害への理解を深めました。',
    // R103A-133
    '「外国人が増えて不安」という声もありますが、犯罪が増えた事実はありません。どなたでも安心してご利用ください。',
    '「更衣室が狭い」という声もありましたが、ご安心ください。来月から拡張工事を行います。',
    '「外国の方にやさしい日本語の案内がほしい」という声をいただきました。ご安心ください。来月から多言語の案内板を設置します。',
    '「障害のある方用の駐車場が少ない」というご意見をいただきました。ごもっともです。来年度、増設します。',
    // R103A-005
    '選手の太ももの筋肉を鍛えるトレーニングで、会場は大盛り上がりでした。',
    '選手の太ももの肉離れが心配されましたが、無事に復帰しました。',
    '庭園の花菖蒲が見頃で、まさに目の保養です。',
    '選手のお尻で風船を割るゲームは、大盛り上がりでした😍',
    'お子さんのぷくぷくの太もも、かわいくてうっとりしちゃいますね',
    // R103A-036
    '肥満傾向のお子さんには、保健師による健康相談を行い、体重が減るよう支援します。',
    '太めの子も細身の子も、みんな元気に走りました。',
    'ぽっちゃり体型が気になる方へ、ダイエット教室を開きます。',
    '合宿では3日間しっかり走り込み、子どもたちは笑顔でゴールしました。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // a quoted slur named as such, or relayed by a victim, stays a mention
    '「オカマ」といった言葉は、人を傷つける差別的な表現です。',
    '「オ〇マ」という声もありましたが、差別的な言葉は使わないようお願いします。',
    '「外人は帰れ」という相談が寄せられています。ご安心ください。市の相談窓口が対応します。',
  ])('reads as a mention %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 104 kinds (blind R104A/R105A)', () => {
  // Kinds (each: the missed text, variants of the same kind, hard negatives that share its words):
  // - children of a family status or group presumed troublesome as a rule (片親の家の子はやっぱり落ち着きがない子が多くて) (R104A-051, block);
  // - a sex-based put-down told as the writer's own thought (男のくせに…と正直思いました) (R104A-126, block);
  // - staff looks used as a recruiting draw (新人の先生たち、みんなアイドル並みにかわいいので、見学に来たら) (R104A-064, warn);
  // - 夜のほう + がんばって with a leer or a second child (R104A-125, warn);
  // - stamina food and tonight with the partner as the subject (今夜は旦那さんも張り切るかもね😏) (R105A-030, block as R74);
  // - someone's belly teased with a pig or a laugh (パパのぽっこりビール腹🐷…ｗ) (R104A-148, warn);
  // - old people laughed at by age and dozing or deafness (平均年齢が70歳超えとって…寝とらした😂) (R105A-129, warn);
  // - a refusal followed by its denial (お断りすることはありません) is a non-discrimination statement (colleague's block).
  const flagged: Case[] = [
    // R104A-051
    ['【放課後児童クラブの支援員を募集しています】\n\n子どもたちと一緒に遊んだり、宿題を見守ったりするお仕事です。子育て経験のある方、大歓迎です。\n\n正直、片親の家の子はやっぱり落ち着きがない子が多くて手がかかりますが、そのぶんやりがいもありますよ。\n\n勤務は平日14時〜19時、時給1,050円です。', 'decency/discriminatory', 'block'],
    ['母子家庭の子はどうしてもしつけがなってないことが多いですね。', 'decency/discriminatory', 'block'],
    ['施設の子って、問題ばかり起こすもんね。', 'decency/discriminatory', 'block'],
    ['生活保護の家庭の子どもは、やっぱり乱暴な子が多かとです。', 'decency/discriminatory', 'block'],
    ['ひとり親のお子さんは落ち着きがない子が多いので、最初は大変かもしれません。', 'decency/discriminatory', 'block'],
    // R104A-126
    ['【男性の育休取得を応援しています】\n\n市では、男性職員の育児休業の取得を進めています。\n\nとはいえ、うちの課の若手が「1年取ります」と言ってきたときは、男のくせに1年も休むとか職場に迷惑だろう、と正直思いました。時代は変わりましたね。\n\n制度の詳細は人事課までお問い合わせください。', 'decency/discriminatory', 'block'],
    ['女のくせに現場監督なんて務まるのか、と内心思いました。', 'decency/discriminatory', 'block'],
    ['女だてらに消防団に入るなんて、正直どうかと思った。', 'decency/discriminatory', 'block'],
    ['男のくせに育休とか甘えとるって、正直思うとよ。', 'decency/discriminatory', 'block'],
    // R104A-064
    ['【保育士さん募集中】\n市立保育所では、会計年度任用職員の保育士を募集しています。\n今年入った新人の先生たち、みんなアイドル並みにかわいいので、見学に来たらびっくりしますよ💕\n勤務時間・給与は市ホームページをご覧ください。', 'decency/lookism', 'warn'],
    ['保育士さんたち、みんなモデル並みにきれいなので、ぜひ見学に来てください。', 'decency/lookism', 'warn'],
    ['窓口の職員たち、アイドル顔負けやけん、会いに来てね', 'decency/lookism', 'warn'],
    ['うちのスタッフはアイドル級やけん、顔を見においでよ〜', 'decency/lookism', 'warn'],
    // R104A-125
    ['育休明けのパパたち、お仕事もおうちのことも大変ですよね💦 夜のほうもがんばって、そろそろ第2子も…？😏\n#柳川 #育休 #パパ', 'decency/sexual', 'warn'],
    ['新婚さんのみなさん、夜の方も頑張ってね😏', 'decency/sexual', 'warn'],
    ['夜のほうも元気に、二人目もぜひ！', 'decency/sexual', 'warn'],
    // R105A-030
    ['有明海のアゲマキは精がつくけん、今夜は旦那さんも張り切るかもね😏 直売所で販売中！', 'decency/sexual', 'block'],
    ['うなぎで精をつけたら、今夜は奥さんもハッスルしちゃうかも😏', 'decency/sexual', 'block'],
    ['精力のつくすっぽん鍋で、今晩はご主人が燃えちゃうかもね💋', 'decency/sexual', 'block'],
    ['牡蠣で精ばつけて、旦那さんも今夜は張り切るっちゃない？😏', 'decency/sexual', 'block'],
    // R104A-148
    ['産後ママのための骨盤ケア教室、まだ空きあります🙆‍♀️ ついでにパパのぽっこりビール腹🐷もどうにかしたい方、一緒にどうぞ〜ｗ', 'decency/lookism', 'warn'],
    ['課長の中年太りのお腹、そろそろヤバいです（笑）', 'decency/lookism', 'warn'],
    ['旦那のビール腹、まるで豚さんみたい😂', 'decency/lookism', 'warn'],
    ['お父さんたちのぽっこりお腹も、これで引っ込むね笑', 'decency/lookism', 'warn'],
    // R105A-129
    ['今日の農地相続の説明会、参加者の平均年齢が70歳超えとって、説明の途中で何人か寝とらした😂 耳の遠かけん、同じことを大声で三回言いました！', 'decency/discriminatory', 'warn'],
    ['80代の皆さん、講演中に半分くらい居眠りしてました（笑）', 'decency/discriminatory', 'warn'],
    ['参加者は80歳超えの方ばかりで、半分寝とったです😂', 'decency/discriminatory', 'warn'],
    ['平均年齢75歳の教室、途中でうとうとしとる人もおって草', 'decency/discriminatory', 'warn'],
    // a refusal not denied stays a refusal
    ['外国籍の方のご予約はお断りしております。', 'decency/discriminatory', 'block'],
    ['国籍を理由に外国人の方の予約をお断りしています。', 'decency/discriminatory', 'block'],
    ['生活保護の方の入居はお断りします。', 'decency/discriminatory', 'block'],
  ]
  it.each(flagged)('flags %s', (text, rule, severity) => {
    expect(findingsOf(decency, text).some((f) => f.rule === rule && f.severity === severity)).toBe(true)
  })
  it.each([
    // R104A-051
    'ひとり親家庭のお子さんも、落ち着いて勉強できる学習支援教室です。',
    '片親だから落ち着きがない、というのは偏見です。',
    '母子家庭の子どもたちに、落ち着いて学べる居場所を提供しています。',
    '片親の家の子だからといって、落ち着きがないわけではありません。',
    '施設の子どもたちが元気に運動会に参加しました。',
    // R104A-126
    '「男のくせに」と思われるのが嫌で、育休を取れない男性もいます。',
    '「女のくせに」といった言葉は使わないようにしましょう。',
    '「男のくせに育休なんて」と言われた経験のある男性職員は、人事課にご相談ください。',
    // R104A-064
    '新人の先生たちが、子どもたちのかわいい作品を展示しています。ぜひ見学に来てください。',
    '保育所の見学に来た方から、先生たちが明るいと好評です。',
    '職員一同、かわいい園児たちと見学に来られる皆さんをお待ちしています。',
    // R104A-125
    '夜のほうも営業しています。',
    '夜の方も頑張って勉強しています。',
    '夜のほうは元気なスタッフがご案内します。',
    // R105A-030
    'スタミナ満点のうなぎで、今夜は旦那さんも元気いっぱい！',
    'うなぎで精をつけて、今夜は旦那さんも試合の応援をがんばって😏',
    'アゲマキは精がつく有明海の特産品です。直売所で販売中！',
    // R104A-148
    'ぽっこりお腹が気になるパパ向けの健康教室です。',
    'パパのぽっこりお腹解消に！メタボ予防の運動教室です。',
    'お父さんのぽっこりお腹、健診で指摘された方はご相談ください😊',
    // R105A-129
    '70歳以上の方は、耳が遠い方もいらっしゃるので、マイクを使って説明しました。',
    '参加者の平均年齢は70歳を超えていましたが、皆さん最後まで熱心に聞いてくださいました😊',
    '80代の方も寝ずに最後まで参加してくださいました！',
    // colleague's block: a refusal denied
    '国籍を理由に外国人の方の予約をお断りすることはありません。',
    '外国籍の方のご予約をお断りすることはございません。どうぞお気軽にお申し込みください。',
    '障害のある方の入会をお断りすることはありません。',
    '同性カップルの方のご利用をお断りいたしません。',
    '生活保護を受けている方の入居を、それを理由にお断りすることはない、と家主さんにお伝えしています。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 105 (colleague review)', () => {
  // Kinds: (1) a prejudice named as a common view and denied (…手がかかる、と思われがちですが、そんなことはありません) is awareness;
  // (2) the duck カモ in the animal veto is not the ending かも (…引っ込むかもね笑 is teasing); (3) スタミナ read on folded text, 😘 a leer.
  it.each([
    '母子家庭の子は手がかかる、と思われがちですが、そんなことはありません。',
    'ひとり親の子は手がかかると言われがちですが、そんなことはありません。',
    '外国人の子どもは手がかかると思われることが多いのですが、決してそんなことはありません。',
    '障がいのある子は手がかかる、と見られがちです。でも、そんなことはないんです。',
    '片親の子は手がかかるて思われがちばってん、そげなことはなかとです。',
    'カモの親子、お腹がぽっこりしてかわいい笑',
    '掘割のカモたち、冬はまん丸に膨らんでます笑',
    'カモさんたちのぽっこりお腹、今年も元気です笑',
    'ぽっこりお腹が気になる方は、健康教室で体操してみるのもいいかもしれません。',
    'スタミナ満点のうなぎ、奥さまもお楽しみに！土用の丑の日の予約受付中です。',
    'スタミナをつけて、今夜の花火大会は奥さまもお楽しみに😘',
    '夏バテ防止にスタミナ料理教室、ご主人も奥様も一緒に楽しみましょう😘',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  const flagged: Case[] = [
    ['母子家庭の子は手がかかるので、受け入れはお断りしています。', 'decency/discriminatory', 'block'],
    ['ひとり親の子は手がかかる。そう思われがちですが、事実です。', 'decency/discriminatory', 'block'],
    ['母子家庭の子は手がかかる、と思われがちですが、そんなことはないって言う人は現場を知らない。', 'decency/discriminatory', 'block'],
    ['母子家庭の子は手がかかると思われがちですが、実際その通りです。', 'decency/discriminatory', 'warn'],
    ['お父さんたちのぽっこりお腹も、これで引っ込むかもね笑', 'decency/lookism', 'warn'],
    ['パパのぽっこりお腹も、この体操で引っ込むかもね笑', 'decency/lookism', 'warn'],
    ['課長のでっぷりお腹、夏までにへこむかもよ（笑）', 'decency/lookism', 'warn'],
    ['係長のお腹、そろそろ引っ込むかもね笑', 'decency/lookism', 'warn'],
    ['旦那のビール腹、これで引っ込むかもしれんね🐷', 'decency/lookism', 'warn'],
    ['うなぎでスタミナつけて、奥さまもお楽しみに😘', 'decency/sexual', 'block'],
    ['スタミナ満点のうなぎで、今夜は奥さまも大喜び😘', 'decency/sexual', 'block'],
    ['すっぽん鍋でスタミナばっちり、今夜は旦那さんも張り切るかもね😘', 'decency/sexual', 'block'],
    ['うなぎでスタミナつけて、奥さまもお楽しみに😏', 'decency/sexual', 'block'],
  ]
  it.each(flagged)('flags %s', (text, rule, severity) => {
    expect(findingsOf(decency, text).some((f) => f.rule === rule && f.severity === severity)).toBe(true)
  })
})

describe('decency: round 106 kinds (blind R106A; hy HY-150; colleague)', () => {
  // Kinds (each: the missed text, variants of the same kind, hard negatives that share its words):
  // - support for a group called not worth the taxes (…のためにそこまで税金を使う必要があるのか疑問) (R106A-018, block);
  // - disabled applicants suspected of cheating as they do not look disabled (…ように見えない方が…目当てなのでは) (R106A-066, block);
  // - the old called useless to society (社会の役に立たなくなった老人) (R106A-098, block);
  // - the old mocked for their memory (どうせ半分は内容を覚えていないでしょうし😅 at a 敬老会) (R106A-006, warn);
  // - people with dementia likened to small children with a laugh (幼稚園の子でもできる…認知症の皆さんでも安心です（笑）) (R106A-054, warn);
  // - young women as the draw for men (若い女性の受講生が多くて…華やか…男性の皆さんもいかがですか？😏) (R106A-082, warn);
  // - false positives: the account's own wording quoted in an apology as the mistake (HY-150), an animal's belly (カモさんのお腹).
  const flagged: Case[] = [
    // R106A-018
    ['手話通訳の派遣を増やしてほしいというご意見ですが、耳の聞こえない人のためにそこまで税金を使う必要があるのか疑問です。健常者の市民のほうが圧倒的に多いのですから、優先順位を考えていただきたいです。', 'decency/discriminatory', 'block'],
    ['車いすの人のためにそんなにお金をかける必要あるんですかね。', 'decency/discriminatory', 'block'],
    ['外国人のために市の予算を使うなんて無駄でしょう。', 'decency/discriminatory', 'block'],
    ['年寄りのために税金ば使うとはもったいなかです。', 'decency/discriminatory', 'block'],
    // R106A-066
    ['今月は障害者手帳の新規申請が多く、窓口が混み合っております。正直なところ、見た目では障害があるように見えない方が「手帳がほしい」と来られることも多く、サービス目当てなのではと感じることもあります。', 'decency/discriminatory', 'block'],
    ['見た目は元気そうなのに障害者手帳を持っとる人、割引目当てじゃないかと思ってしまいます。', 'decency/discriminatory', 'block'],
    ['障がいがあるようには見えない方が駐車場を使っていて、不正じゃないかと感じます。', 'decency/discriminatory', 'block'],
    ['障害があるように見えない人がヘルプマークをつけとるけど、楽したいだけやろって思う。', 'decency/discriminatory', 'block'],
    // R106A-098
    ['老人クラブの皆さんの活動はいいと思いますけど、正直、社会の役に立たなくなった老人の集まりに補助金を出すのはどうかと思いますね。', 'decency/discriminatory', 'block'],
    ['年寄りはもう社会の役に立たないんだから、早く引退すればいい。', 'decency/discriminatory', 'block'],
    ['役立たずの年寄りに金を使うのはもったいない。', 'decency/discriminatory', 'block'],
    ['老人は所詮お荷物なんだから、施設に入ってもらえばいい。', 'decency/discriminatory', 'block'],
    // R106A-006
    ['今年の敬老会も無事に終わりました。舞台の途中でうとうとされる方が多かったので、来年はもっと短くしようと思います（どうせ半分は内容を覚えていないでしょうし😅）。', 'decency/discriminatory', 'warn'],
    ['敬老会のお話、どうせ明日には忘れてしまうでしょうけど（笑）', 'decency/discriminatory', 'warn'],
    ['老人クラブの研修会、どうせ皆さん覚えとらんやろうけど😂', 'decency/discriminatory', 'warn'],
    ['シニア講座の復習プリントを配りました。どうせ家に帰ったら忘れちゃうでしょうし💦', 'decency/discriminatory', 'warn'],
    // R106A-054
    ['認知症カフェで塗り絵タイム🖍️ 幼稚園の子でもできるくらいの簡単な絵を選んだので、認知症の皆さんでも安心です（笑） #柳川 #認知症カフェ', 'decency/discriminatory', 'warn'],
    ['デイサービスの体操は、保育園の子でもできるくらい簡単なので、お年寄りでも大丈夫です（笑）', 'decency/discriminatory', 'warn'],
    ['幼稚園児並みの工作やけど、認知症の方でも楽しめるよ笑', 'decency/discriminatory', 'warn'],
    ['赤ちゃんでもわかるレベルの説明にしたので、高齢者の皆さんでも大丈夫😂', 'decency/discriminatory', 'warn'],
    // R106A-082
    ['要約筆記ボランティア養成講座、今年は若い女性の受講生が多くて、会場がぱっと華やかになりました✨ 男性の皆さんもこの機会にいかがですか？😏', 'decency/sexual', 'warn'],
    ['料理教室、今年は若い女の子の参加が多くて華やかです！独身男性の皆さん、チャンスですよ😉', 'decency/sexual', 'warn'],
    ['若いお嬢さんばかりで会場が華やいでいます。男性もぜひどうぞ♡', 'decency/sexual', 'warn'],
    ['今年は20代の女性が多くて、教室が華やかです。男性の方、出会いがあるかも？', 'decency/sexual', 'warn'],
    // HY-150: the same words as a claim of the account's own stay flagged
    ['認知症カフェのお知らせの中で「認知症の方が徘徊しないよう見張りましょう」と記載しました。ご協力をお願いします。', 'decency/discriminatory', 'block'],
    ['「認知症の方が徘徊しないよう見張りましょう」と記載しましたが、誤解を招く表現でした。今後も認知症の方が徘徊しないよう見張りましょう。', 'decency/discriminatory', 'block'],
    ['認知症の方を一方的に監視するような取り組みを進めます。', 'decency/discriminatory', 'block'],
    ['障害のある方が迷惑をかけないよう見張りましょう。お知らせの日付に誤りがありました。お詫びして訂正します。', 'decency/discriminatory', 'block'],
    ['先日のお知らせで「認知症の方が徘徊しないよう見張りましょう」と記載しました。\n\n別件ですが、日程に誤りがありました。お詫びして訂正します。', 'decency/discriminatory', 'block'],
    // カモさん: a person's belly stays teasing
    ['課長のお腹、まん丸でかわいい（笑）', 'decency/lookism', 'warn'],
    ['田中さんのお腹、最近ぽっこりしてきましたね（笑）', 'decency/lookism', 'warn'],
  ]
  it.each(flagged)('flags %s', (text, rule, severity) => {
    expect(findingsOf(decency, text).some((f) => f.rule === rule && f.severity === severity)).toBe(true)
  })
  it.each([
    // R106A-018
    '手話通訳の派遣を増やしてほしいというご意見をいただきました。耳の聞こえない方のために、予算を確保して対応いたします。',
    '障がいのある方のために、市の予算を確保しました。',
    '高齢者のために税金を有効に使うことが必要です。',
    '「障害者のために税金を使うのは無駄」という考えは偏見です。',
    // R106A-066
    '見た目では障害があるように見えない方も、手帳の対象になることがあります。',
    '障害があるように見えないからといって、ずるいと疑うのはやめましょう。',
    '外見からは障害があるように見えない方もいます。不正受給の防止には、書類の確認で対応しています。',
    // R106A-098
    '地域の役に立ちたいというお年寄りの声に応えて、ボランティア講座を開きます。',
    '役に立たなくなった傘は、不燃ごみの日に出してください。高齢者の方は戸別収集もご利用いただけます。',
    '高齢者の皆さんの経験は、社会の大きな財産です。',
    // R106A-006
    '今年の敬老会も無事に終わりました。写真は後日アップします😊',
    '敬老会の内容は後日ホームページに掲載しますので、忘れても安心です😊',
    'どうせ忘れるなら、メモを取っておきましょう（笑）',
    // R106A-054
    '子どもからお年寄りまで、どなたでも楽しめる塗り絵です（笑）',
    '幼稚園の子どもたちと認知症カフェの皆さんで、塗り絵を楽しみました😊',
    '小学生でもできる簡単な体操です。高齢の方でも無理なく続けられます。',
    // R106A-082
    '今年は若い女性の受講生が多く、会場が華やかでした。',
    '若い女性の受講生が多くて会場が華やかになりました。男性の受講生もお待ちしています。',
    '女性の受講生が多い講座です。男性の皆さんもぜひご参加ください。',
    // HY-150: the account's own wording quoted as the mistake, or the wrong reading named
    '【お詫び】\n\n11月18日の認知症カフェのお知らせの中で「認知症の方が徘徊しないよう見張りましょう」と記載しました。認知症の方を一方的に監視するかのような、誤解を招く表現でした。\n\n認知症の方の外出には、それぞれ本人なりの目的や理由があります。市では「徘徊」という言葉は使わず、「ひとり歩き」などの表現を用いることとしています。\n\n不快な思いをされた方に、深くお詫び申し上げます。該当の投稿は修正しました。',
    '認知症カフェのお知らせの中で「認知症の方が徘徊しないよう見張りましょう」と記載しました。誤解を招く表現でした。',
    '先月の広報で「障害のある方が迷惑をかけないよう見張りましょう」と掲載しました。不適切な表現でした。',
    '外国人の方を一方的に監視するかのような、不適切な表現でした。',
    // The shared reader (words.ts ownWordingRetracted): a correction or an apology is enough, polite or plain, and という表現 names it too.
    '先日のお知らせで「認知症の方が徘徊しないよう見張りましょう」と記載しました。お詫びして訂正いたします。',
    '先日のお知らせで「認知症の方が徘徊しないよう見張りましょう」と書いた。おわびして訂正する。',
    '先月の広報で「障害のある方が迷惑をかけないよう見張りましょう」と掲載しましたが、誤りでした。削除いたしました。',
    '広報紙で「障害のある方が迷惑をかけないよう見張りましょう」という表現を使いました。お詫びして訂正いたします。',
    // colleague: an animal's belly
    'お堀のカモさんのお腹、まん丸でかわいい（笑）',
    '動物園のパンダさん、お腹がぽっこりしてきました（笑）',
    'うちの猫ちゃんのお腹、たぷたぷで癒されます😂',
    '公園の鴨さんたち、お腹まわりがふっくらしてきたかも（笑）',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 107 kinds (blind R107A; hz HZ-071)', () => {
  const invalid: Case[] = [
    // R107A-035: 部落/同和 problems blamed on the group or on its support, told as one's view
    ['人権週間ということで、あえて本音を書きます。同和地区の問題って、いつまでも特別扱いするから無くならないんじゃないかな、というのが正直な意見です。', 'decency/discriminatory', 'block'],
    ['正直、部落差別なんて、優遇ばっかりしよるけん、いつまでも無くならんとよ。', 'decency/discriminatory', 'block'],
    ['同和の人たちを甘やかすから、問題がいつまでも終わらないんだと思います。', 'decency/discriminatory', 'block'],
    ['本音を言えば、同和地区ばかり優遇されるのはおかしいよね。', 'decency/discriminatory', 'block'],
    // R107A-121: a slur spelt with lookalike kanji inside a katakana run (エ夕: 夕 for タ), and エタ itself
    ['人権啓発の研修、正直エ夕の話ばっかりで眠かった😪', 'decency/discriminatory', 'block'],
    ['人権啓発の研修、正直エタの話ばっかりで眠かった', 'decency/discriminatory', 'block'],
    ['研修でエ夕とか言われても知らんし', 'decency/discriminatory', 'block'],
    ['あそこはエ夕の集落やけん', 'decency/discriminatory', 'block'],
    ['あいつマジでオ力マっぽいよな', 'decency/discriminatory', 'block'],
    // R107A-009: a woman's public role doubted for her home duties
    ['女性の議員さんが増えるのは良いことですが、家庭がおろそかにならないか心配ですね。', 'decency/discriminatory', 'warn'],
    ['女の人が自治会長になったら、家事は大丈夫なんかなって心配になります。', 'decency/discriminatory', 'warn'],
    ['お母さんが役員をやるのはいいけど、子育てと両立できるのか不安です。', 'decency/discriminatory', 'warn'],
    ['女性が管理職になると、家庭のことがおろそかになりそうで心配やね。', 'decency/discriminatory', 'warn'],
    // R107A-034: a role said to go better with one sex, passed on and endorsed
    ['男女共同参画も大事ですが、やっぱり自治会長は男の人のほうが話がまとまるよね、と地域の皆さんもおっしゃっています😅', 'decency/discriminatory', 'warn'],
    ['班長はやっぱり男性が安心ですよね。', 'decency/discriminatory', 'warn'],
    ['会長は女の人のほうが向いとるって、みんな言いよるよ。', 'decency/discriminatory', 'warn'],
    ['リーダーって正直、男の方がうまくいくと思います。', 'decency/discriminatory', 'warn'],
    // R107A-067, R107A-145: an insult about a group hidden behind ○○ and given as the reason
    ['男女共同参画センターの新しいセンター長は女性ですが、正直○○なので心配です…', 'decency/discriminatory', 'warn'],
    ['あの地区の人たちって、まあ○○だから仕方ないよねって話を聞きました。', 'decency/discriminatory', 'warn'],
    ['外国人の人は○○だから困るよね。', 'decency/discriminatory', 'warn'],
    ['お年寄りは××なのでしょうがないです。', 'decency/discriminatory', 'warn'],
    // HZ-071's words, not a survey: advice to look into a partner's origins still blocks
    ['結婚前には相手の身元をしっかり調べておくと安心ですよ。', 'decency/discriminatory', 'block'],
    ['調査の仕事をしていますが、結婚相手の身元はちゃんと調べたほうがいいです。', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })
  const valid: string[] = [
    // R107A-035 negatives: the blame named as a misconception, history taught
    '「同和地区は優遇されているから差別がなくならない」という誤解があります。',
    '同和問題は、特別扱いしているからなくならないのではありません。偏見が残っているからです。',
    '同和問題の解決に向けて、特別措置法の経緯を学ぶ講座を開きます。',
    // R107A-121 negatives: 夕, 工, 力 as kanji words next to katakana
    '夕方のニュースで紹介されました。',
    'ホーム夕方5時からイベントを開きます。',
    'エタノールで消毒します。',
    'エネルギー力を高めるトレーニング、夕日のきれいなスポットです。',
    'デ力い荷物は粗大ごみです。',
    // R107A-009 negatives: support for combining work and family
    '女性の議員さんが増えるよう、家事や育児と両立できる支援を進めます。',
    '子育てと仕事の両立が心配な方は、子育て支援センターにご相談ください。',
    '女性が役員を引き受けてくださり、子育て中の方の視点が加わりました。',
    '女性の議員が増えることで、家事や育児の負担の偏りにも目が向くようになりました。',
    // R107A-034 negatives: a count, a service for those it serves, a fact
    '自治会長は男性の方が多いのが現状ですが、女性の就任も増えています。',
    '相談員は女性の方が安心という声を受け、女性相談員を配置しました。',
    '代表は男性が務めますが、副代表は女性です。',
    // R107A-067/145 negatives: templates and masks with no group insult
    '女性のための○○講座は、雨天なので中止です。',
    '高齢者の方は○月○日までに申請してください。',
    'あの地区の○○川は増水しやすいので心配です。',
    // HZ-071 and its kind: a survey's finding told in an awareness post
    '【同和問題の正しい理解のために】\n\n「部落」という言葉を見て、怖い、避けたいと感じる人がいるとすれば、それは差別の意識が社会に残っているからです。法務省の調査では、結婚相手の身元を調べることに「問題はない」と答えた人が一定数いました。\n\n差別は、無関心と誤った情報から生まれます。市では毎年、出前講座を無料で行っています。',
    '市の意識調査によると、結婚の際に相手の出身地を調べることを「やむを得ない」と回答した人の割合は12%でした。',
    '県のアンケートでは、交際相手の身元を確認することに抵抗がないと答えた方が2割いました。偏見の解消に向けて啓発を続けます。',
    '人権に関する市民意識調査では、家柄や身元を調べることを「当然」とする回答がありました。',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 108 kinds (blind R108A)', () => {
  // Kinds (each: the missed text, variants of the same kind, hard negatives that share its words):
  // - a foreign group's aid put last, spaced letters too (ベ ト ナ ム 人の実習生は…配給は後回しでよかろ) (R108A-043, block);
  // - a foreign group as the place to guard valuables (外国人の方の荷物の近くでは…貴重品を身に着けて) (R108A-039, block);
  // - a district's residents looked down on as poor (…地区に住んどる人って、結局土地が安いけん…自己責任) (R108A-020, warn);
  // - a bath and a peep with a leer (お風呂タイム、のぞいちゃダメだよ〜ぐふふ😏) (R108A-069, warn);
  // - the old's early rising made the joke (じいちゃんばあちゃん、朝4時から起きて…😂) (R108A-142, warn).
  const flagged: Case[] = [
    // R108A-043
    ['ベ ト ナ ム 人の実習生は日本語が通じんけん、避難所の配給は後回しでよかろ', 'decency/discriminatory', 'block'],
    ['外国人の避難者は言葉が通じないので、物資の配布は最後でいいと思います。', 'decency/discriminatory', 'block'],
    ['中国の人は後回しでよかろうもん、配給は日本人からやろ。', 'decency/discriminatory', 'block'],
    ['フ ィ リ ピ ン 人の方たちの受付は、一番後でいいでしょう。', 'decency/discriminatory', 'block'],
    // R108A-039
    ['避難所の運営スタッフの皆さんへ。外国人の方の荷物の近くでは、念のため貴重品を身に着けておいてください。盗みが多いと聞きますので。', 'decency/discriminatory', 'block'],
    ['中国人観光客のそばでは、財布から目を離さないようにしてください。', 'decency/discriminatory', 'block'],
    ['実習生の周りでは、カバンはしっかり管理しとってね。', 'decency/discriminatory', 'block'],
    ['ベトナム人の方の近くに行くときは、スマホや現金に気をつけてください。', 'decency/discriminatory', 'block'],
    // R108A-020
    ['ハザードマップで真っ赤な地区に住んどる人って、結局土地が安いけん住んどるっちゃろ😅 自己責任ですよね', 'decency/discriminatory', 'warn'],
    ['川沿いの低い地域に住んでいる人は、どうせ家賃が安いから住んでるんでしょう。', 'decency/discriminatory', 'warn'],
    ['駅の裏の団地に住む人なんて、お金がないけん仕方なかよね笑', 'decency/discriminatory', 'warn'],
    ['あのエリアに住んでる人たちって貧乏やけん、被害に遭っても自業自得やろ。', 'decency/discriminatory', 'warn'],
    // R108A-069
    ['やなぎんだよ🐟 避難所のお風呂タイム、のぞいちゃダメだよ〜ぐふふ😏 #柳川', 'decency/sexual', 'warn'],
    ['更衣室、のぞいたらいけんばい😏', 'decency/sexual', 'warn'],
    ['温泉の女湯はのぞかないでね♡ うふふ', 'decency/sexual', 'warn'],
    ['シャワーの時間は、のぞきに来ちゃだめですよ（笑）', 'decency/sexual', 'warn'],
    // R108A-142
    ['避難所のじいちゃんばあちゃん、朝4時から起きてラジオ体操始めるけん、若い職員はみんなゾンビ状態😂 年寄りの朝の早さには勝てん', 'decency/stereotype', 'warn'],
    ['公民館のおじいちゃんたち、朝5時には起きて騒いどるけん、こっちは寝不足ｗ', 'decency/stereotype', 'warn'],
    ['お年寄りは朝が早すぎて、当直の職員がついていけません（笑）', 'decency/stereotype', 'warn'],
    ['老人会の皆さんの早起きっぷり、もはや鶏レベル🤣', 'decency/stereotype', 'warn'],
  ]
  it.each(flagged)('flags %s', (text, rule, severity) => {
    const found = findingsOf(decency, text).map((f) => `${f.rule}:${f.severity}:${text.slice(f.start, f.end)}`)
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })
  const valid: string[] = [
    // aid last: a need met, no group, a question opposing it, a person's own wish
    '外国人の方への配給は後回しにせず、通訳ボランティアを通じて同時に行います。',
    'ごみの片付けは後回しでよいので、まずは安全な場所へ避難してください。',
    '外国人の避難者への物資の配布を最後にしてよいのでしょうか。言葉の壁があっても、支援は平等であるべきです。',
    '高齢者の方は、受付の順番を優先しています。配給は最後でも構わないという方は、お声かけください。',
    // valuables: a precaution for everyone, the group's own room, speaking with care
    '避難所では、貴重品は各自で身に着けて管理してください。',
    '外国人の方のそばでは、ゆっくりとやさしい日本語で話すよう気をつけてください。',
    '外国人観光客の荷物の近くでは、通路をふさがないようご注意ください。',
    '留学生の部屋では、貴重品は各自で管理してください。',
    // district: risk told, support offered
    'ハザードマップで浸水想定区域の地区に住んでいる方は、早めの避難をお願いします。',
    '家賃が安い地域に住んでいる方への住宅支援制度があります。結局どの制度が使えるか迷ったら、ご相談ください。',
    '土地が安い地区に住む人ほど浸水リスクが高いとは限りません。',
    // bath: a screen, a crime named, a view
    '避難所のお風呂は、のぞき防止のため目隠しのパーテーションを設置しました。',
    '更衣室をのぞくなどの行為は犯罪です。見かけたらスタッフにお知らせください。',
    '露天風呂から外をのぞくと、有明海の夕日が見えます😍',
    // early rising: care, thanks, no laugh
    '高齢の方は朝が早いことも多いため、起床時間は6時に設定しています。',
    '避難所のおじいちゃんたちが朝5時から起きて掃除をしてくださり、本当にありがとうございます😂',
    'お年寄りは早起きの方が多いので、ラジオ体操は6時30分から始めます。',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 110 kinds (blind R109A/R110A/R111A; own wording retracted at emit)', () => {
  const invalid: Case[] = [
    // women's bodies at an event: a body part + a gaze (気になって, 見とれ, 目がいって) + a wish for thinner clothes or a leer; a masked body word appraised (おっ○い大きかった);
    // suicide called weakness; welfare applicants called lazy; job seekers mocked as NEET; the old or the failed shops' owners belittled or laughed at; a couple's innuendo
    ['白秋祭の女性ボランティアさん、浴衣の胸元が気になって仕事にならんかった〜 来年はもっと薄い浴衣でお願いします💕', 'decency/sexual', 'block'],
    ['酒蔵イベントのコンパニオンさん、みんなおっ○い大きかった🍶😍 来年も楽しみ！', 'decency/sexual', 'block'],
    ['自殺予防週間です。とはいえ、自殺なんて心の弱い人がすることなので、強い気持ちを持ちましょう！', 'decency/discriminatory', 'block'],
    ['【生活保護の相談について】\n相談窓口は平日8時30分〜17時15分、本館1階の福祉課です。正直、窓口に来る人の中には働く気がない怠け者も多いのですが、制度として必要な方には支援します。ご理解ください。', 'decency/discriminatory', 'block'],
    ['夜の川下りは灯りも控えめで雰囲気満点♡ カップルで乗って舟の上で何が起きても、市は責任持ちませんよ〜😏', 'decency/sexual', 'warn'],
    ['就職説明会にニートっぽい子も来とったけど、働く気あるんかね🤔 #就活 #柳川', 'decency/discriminatory', 'warn'],
    ['空き店舗が増えたのは、やる気のない年寄りがだらだら店を続けてきたからだと思います。潰れて当然の店ばかりでした。', 'decency/discriminatory', 'warn'],
    ['シャッター街の商店街、ゾンビの街みたいでエモい📸 つぶれた店の店主さんたち、今なにしよるとかな笑 #柳川 #商店街', 'decency/discriminatory', 'warn'],
    ['民生委員さんはおばあちゃんばっかりやけん、LINEの話をしてもさっぱり通じんとです😂', 'decency/stereotype', 'warn'],
    ['花火大会の受付の女の子、浴衣のうなじに見とれてしもうた〜 来年はもっと短い丈の浴衣でよろしく😍', 'decency/sexual', 'block'],
    ['婚活イベントのスタッフさん、脚が気になって集中できませんでした。次回はミニスカートでお願いします♡', 'decency/sexual', 'block'],
    ['夏祭りのボランティアのお姉さん、お尻に目がいって仕事どころじゃなかった🤤', 'decency/sexual', 'block'],
    ['物産展の売り子さん、お○り大きくてたまらん😍', 'decency/sexual', 'block'],
    ['川下りの船頭体験の女子大生、おっぱ●揺れとった〜', 'decency/sexual', 'block'],
    ['イベントのコンパニオンさん、お○っぱいの形がよかった💕', 'decency/sexual', 'block'],
    ['自殺するのは心が弱いからです。みなさんは強く生きましょう。', 'decency/discriminatory', 'block'],
    ['自死なんて結局は甘えやけん、しっかりせんといかん。', 'decency/discriminatory', 'block'],
    ['自ら命を絶つのは、根性がない人間のすることだと思います。', 'decency/discriminatory', 'block'],
    ['受給者の中には働く気のない人も多いのが現実です。', 'decency/discriminatory', 'block'],
    ['生活保護を受けとる人は怠け者ばっかりやけん、もっと厳しく審査してほしか。', 'decency/discriminatory', 'block'],
    ['申請に来る人の多くは、楽をしたいと思っているだけです。', 'decency/discriminatory', 'block'],
    ['合同面接会、無職っぽい兄ちゃんもおったけど、やる気あるんやろか😅', 'decency/discriminatory', 'warn'],
    ['ハローワークの前に引きこもりみたいな子がいて、働く気あるのかなと思いました。', 'decency/discriminatory', 'warn'],
    ['職業訓練の説明会、ニートみたいな若者ばかりで、仕事する気あるのでしょうか？', 'decency/discriminatory', 'warn'],
    ['中心市街地が寂れたのは、やる気のない高齢の店主が多かったからです。', 'decency/discriminatory', 'warn'],
    ['だらだら営業していた年寄りの店は、潰れるのも当然でした。', 'decency/discriminatory', 'warn'],
    ['あの通りの店なんかつぶれて当たり前やったと思います。', 'decency/discriminatory', 'warn'],
    ['閉店したお店のオーナーさんたち、今どうしとるんやろｗ', 'decency/discriminatory', 'warn'],
    ['倒産した会社の社長さん、今ごろ何しよるとかな（笑）', 'decency/discriminatory', 'warn'],
    ['シャッターの店の店主たち、昼間から何してるんだろう😂', 'decency/discriminatory', 'warn'],
    ['老人クラブはお年寄りばかりで、スマホの話をしても全然分からんとよ🤣', 'decency/stereotype', 'warn'],
    ['自治会の役員はおじいちゃんだらけやけん、Zoomの説明をしてもちんぷんかんぷんです笑', 'decency/stereotype', 'warn'],
    ['婦人会は年配の方ばかりなので、QRコードの話をしてもついてこれません（笑）', 'decency/stereotype', 'warn'],
    ['二人きりの観覧車、てっぺんで何があっても市は責任を負いませんよ😏', 'decency/sexual', 'warn'],
    ['夜の掘割クルーズ、恋人同士で乗って何をしても知りませんよ〜🤭', 'decency/sexual', 'warn'],
    ['灯りの少ない夜の公園、カップルで何が起きても自己責任でお願いしますね♡', 'decency/sexual', 'warn'],
    // the same words used outright (not the account's own wording retracted) still block
    ['高齢者はスマホの操作が分からないので、ご家族が代わりに申し込んでください。', 'decency/discriminatory', 'block'],
    ['外国籍の住民が増えた地区では、どうしてもごみ出しのルールが守られなくなる傾向があります。', 'decency/discriminatory', 'block'],
    ['自殺なんて心の弱い人がすることです。', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })
  const valid: string[] = [
    // hard negatives: dress advice, health, a quiz, support and rights, a heat warning, thanks, a liability notice; the account's own wording retracted (ownWordingRetracted at emit)
    '浴衣の胸元が気になる方は、着付け直しコーナーへお越しください。',
    'ボランティアの皆さん、浴衣での案内ありがとうございました。来年はもっと薄い生地の法被を用意します。',
    '長時間の立ち仕事で脚が気になっていた方も、マッサージコーナーで休憩できます。',
    '乳がん検診では、胸のしこりが気になる方は医師にご相談ください。',
    '「お○り」の○に入る文字を当てるクイズです。答えは「ま」で、おまつりです。',
    '伏せ字は「○○」と表記します。',
    '自殺予防週間です。一人で悩まず、こころの相談窓口にご相談ください。',
    '自殺は心の弱い人がするものではありません。誰にでも起こりうることです。',
    '「自殺は甘え」という偏見をなくしましょう。',
    '自殺を考えるほどつらいときは、逃げてもいいんです。相談窓口があります。',
    '生活保護の受給者の方の就労を支援します。働く意欲のある方はご相談ください。',
    '働く気はあるのに仕事が見つからない方は、窓口にご相談ください。',
    '生活保護は怠けではなく、憲法で保障された権利です。',
    '窓口に来る人が多い時間帯は、お待たせすることがあります。',
    'ニートや引きこもりの方の就労相談を受け付けています。',
    '働く気はあるけど一歩が踏み出せない方へ、若者サポートステーションがあります。',
    '無職の期間があっても応募できます。',
    '高齢の店主さんがやる気を出して、新商品を開発しました。',
    '店主の高齢化と後継者不足で、空き店舗が増えています。',
    '高齢者の方がだらだら汗をかく前に、こまめに水分補給をしましょう。',
    '閉店した店舗を改装して、チャレンジショップとして活用します。',
    '閉店したお店の店主さんたち、長い間お疲れさまでした。',
    '閉店したお店の店主さんが、笑顔で新しいお店を始めました。',
    '参加者はおばあちゃんばかりでしたが、スマホ教室で皆さんLINEが使えるようになりました。',
    'お年寄りばかりの地区で、防災無線が聞き取りにくく分からないという声がありました。',
    'おばあちゃんばっかりの班でしたが、みんなで笑いながら楽しく作業しました。',
    'カップルでのご参加も歓迎です。何があってもすぐ連絡できるよう、携帯電話をお持ちください。',
    '川下りで何が起きても市は責任を負いかねますので、ライフジャケットを必ず着用してください。',
    '二人きりで夜の川下りを楽しめるプランです。灯りに照らされた掘割をどうぞ♡',
    '前回の投稿で「高齢者はスマホの操作が分からないので…」と記載しましたが、誤りでした。お詫びします',
    '広報紙に「外国籍の住民が増えた地区では…傾向があります」と掲載しました。不適切な記載でした。',
    '先日の投稿で「自殺なんて心の弱い人がすること」と書いてしまいました。誤りでした。お詫びします。',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 112 kinds (blind R112A)', () => {
  const invalid: Case[] = [
    // a people (foreign workers, 実習生, a nationality) made a thing to exterminate: the group needs 駆除/退治/殺処分, is its object, or is called 害虫/害獣
    ['クリークの外来種もやっかいだけど、最近は工場の外国人労働者の方がよっぽど駆除が必要かも笑', 'decency/discriminatory', 'block'],
    ['ジャンボタニシより、団地に増えた実習生の連中こそ退治してほしかばい。', 'decency/discriminatory', 'block'],
    ['外来魚もいいけど、本当に駆除が必要なのはベトナム人の方やろ😂', 'decency/discriminatory', 'block'],
    ['あの工場の外国人たちは害虫と変わらんけん、まとめて追い出してほしい。', 'decency/discriminatory', 'block'],
    ['増えすぎた中国人観光客を駆除してくれる業者はおらんとですか？', 'decency/discriminatory', 'block'],
    // a middle-aged or old woman (or man) mocked as lonely, no one to talk to or no friends, laughed at
    ['地域猫のルールを守らずにエサをまく「猫おばさん」たち、猫しか話し相手がおらんっちゃろうね😂\n#柳川 #野良猫', 'decency/discriminatory', 'warn'],
    ['公園で鳩にパンをやっとるおじさん、きっと友達がおらんとやろね笑', 'decency/discriminatory', 'warn'],
    ['窓口で毎日長話していくおばちゃんたち、家に話し相手がいないんでしょうね（笑）', 'decency/discriminatory', 'warn'],
    ['苦情の電話をかけてくるおばさまって、たぶん寂しい人なんだろうなｗ', 'decency/discriminatory', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })
  const valid: string[] = [
    '留学生の皆さんも、アカミミガメの駆除が必要な理由を学びました。',
    '外国人住民の方も、外来種駆除のボランティアに参加できます。',
    '技能実習生の方を対象に、害虫駆除の講習会を開きました。',
    '外国人観光客の方は、害虫よけスプレーをお持ちください。',
    '駆除が必要なのはジャンボタニシです。実習生の皆さんにも協力していただきました。',
    '一人暮らしのおばあちゃんの話し相手になるボランティアを募集しています😊',
    'サロンでは、話し相手がいないと話していたおばあちゃんたちが、今では大笑いしています😂',
    'おじさんたちの料理教室、友達がいない人も大歓迎です笑',
    '猫好きのおばさんたちと、地域猫のルールについて楽しく話し合いました（笑）',
    '地域のおじさんたちが、話し相手がいない高齢者の見守りを続けてくれています。',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 113 kinds (blind R113A/R114A)', () => {
  const invalid: Case[] = [
    // a woman met at work and a body part of hers the writer was distracted by, the work said to suffer or a wish she come again (block)
    ['さっき印鑑登録に来た女の人、胸元ばっかり気になって仕事にならんかったわ。また来てほしい。', 'decency/sexual', 'block'],
    ['今日の窓口の女性のお客さん、お尻ばっかり見てしまって手続きに集中できんかった。', 'decency/sexual', 'block'],
    ['住民票を取りに来た奥さん、脚ばかり見てしもうて仕事が手につかんかったばい。', 'decency/sexual', 'block'],
    ['転入届に来たお姉さんの太ももに目がいって、全然仕事にならなかったです。また来てくれないかな。', 'decency/sexual', 'block'],
    ['さっきの来庁者の女性、谷間が気になって説明どころじゃなかった😅', 'decency/sexual', 'block'],
    // old people made a joke of for forgetting or asking the same thing, with a laugh (warn)
    ['おじいちゃん・おばあちゃんにコンビニ交付の説明をすると、3回目くらいで「で、コンビニってどこにあると？」って聞かれるのがお約束😂 何回言っても覚えてくれんのよね〜', 'decency/discriminatory', 'warn'],
    ['お年寄りに暗証番号の話をすると、最後に「で、番号なんやったかね」って聞かれるのがお約束です（笑）', 'decency/discriminatory', 'warn'],
    ['ばあちゃんたちにLINEの使い方を教えとるけど、何度教えても覚えられんとよね笑', 'decency/discriminatory', 'warn'],
    ['高齢者の方にマイナポータルの話をしても、何回説明しても忘れてしまわれるｗ', 'decency/discriminatory', 'warn'],
    // a staff member's body weight made the joke, with a laugh (warn)
    ['新しい遊具の耐荷重テスト！うちの係長（推定体重100キロ超）が乗ってもびくともしませんでした笑 丈夫さはお墨付きです💪\n#柳川 #公園', 'decency/lookism', 'warn'],
    ['ボートの浮力テスト、体重120キロの課長が乗っても平気でした😂', 'decency/lookism', 'warn'],
    ['うちの先輩（体重は軽く100キロ超え）が座ってもベンチはびくともせんかったｗ', 'decency/lookism', 'warn'],
    ['重量級の係長が乗っても壊れない頑丈なベンチです笑', 'decency/lookism', 'warn'],
    // Left-dec (a): the same words asserted, not denied, still block; a denial turned (…が、正直お荷物だ) or laughed off is no denial.
    ['高齢者は役に立たない。', 'decency/discriminatory', 'block'],
    ['年寄りは役に立たないなんて、当たり前のことです。', 'decency/discriminatory', 'block'],
    ['高齢者は役に立たないわけではないが、正直お荷物だ。', 'decency/discriminatory', 'block'],
    ['高齢者は役に立たない、なんてことはないと言う人もいるが、実際は役に立たない。', 'decency/discriminatory', 'block'],
    // Left-dec (b): the group's own words outside a quoted example still block.
    ['田中ミツエおばあちゃんみたいな年寄りは役に立たないので、書き込みはお控えください。', 'decency/discriminatory', 'block'],
    ['「田中ミツエおばあちゃん（大和町鷹ノ尾302）」といった書き込みは、年寄りは役に立たないから当然です。', 'decency/discriminatory', 'block'],
    ['おばあちゃんたちは話が通じないので、書き込みはお控えください。', 'decency/discriminatory', 'block'],
    ['外国人の家族（三橋町高畑45）の入居はお断りします。', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })
  const valid: string[] = [
    '印鑑登録に来られた女性の方、脚が不自由とのことで、職員が窓口までご案内しました。またいつでもお越しください。',
    '窓口に来た女性の方が、脚の痛みが気になって手続きに集中できないとおっしゃるので、椅子をご用意しました。',
    '乳がん検診では、胸のしこりが気になって仕事に集中できない女性の方もぜひご相談ください。',
    'お客さんのお子さんのお尻のかぶれが気になって、と相談がありました。保健センターをご案内しました。',
    'お年寄りの方から「コンビニ交付ってどこでできると？」と聞かれるのがお約束なので、案内チラシを作りました。',
    'おじいちゃん・おばあちゃんにも、何回でも丁寧に説明します😊',
    '暗証番号を何回説明しても覚えられない…という方もご安心ください。窓口で何度でもお手伝いします。',
    'うちの子は何回言っても宿題を忘れるのがお約束😂',
    '係長が100キロの砂袋を運んでくれました笑 力持ちです',
    '耐荷重テストでは、係長が100キロ超の重りを積んで確認しました笑',
    '新しい遊具の耐荷重は100キロ超です。大人の方もご利用いただけます。',
    '耐荷重テストでは、係長が100キロ超の重りを載せて確認しました。',
    // Left-dec (a): a prejudice named and denied right after it (なんてことはありません, わけではありません, というのは誤解です,
    // と思われがちですが、そんなことはありません) is awareness, in every reading (groups, round 24, round 106).
    '高齢者は役に立たないなんてことはありません。',
    'お年寄りは役に立たないなんてことはない。',
    '年寄りは役に立たんなんてことはなかです。',
    '高齢者が役に立たないわけではありません。',
    '高齢者は役に立たないというのは誤解です。',
    '高齢者は役に立たないと思われがちですが、そんなことはありません。',
    '女性は体力がないので消防団に向かないなんてことはありません。',
    '外国人はマナーが悪いなんてことはありません。',
    // Left-dec (b): a quoted example introduced by 「…」といった書き込み/投稿 + お控えください is a mention (isMentionAt over the quote).
    '「田中ミツエおばあちゃん（大和町鷹ノ尾302）」といった書き込みはお控えください。',
    '「あそこの外国人の家族（三橋町高畑45）」といった書き込みはお控えください。',
    '「〇〇町の佐藤のおじいちゃん（本町12-3）」といった投稿はしないでください。',
    '「障がいのある山田さんの息子さん（沖端町8番地）」などの投稿はご遠慮ください。',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: a group kept from speaking to the city (書き込み, コメント, ご相談, ご質問 + ご遠慮/お断り)', () => {
  // Found while reviewing the left-dec fix: the exclusion rule knew services (ご利用, ご参加, 応募) but not a group's voice.
  const invalid: Array<[string, string, string]> = [
    ['外国人の方の書き込みはご遠慮ください。', 'decency/discriminatory', 'block'],
    ['外国籍の方の書き込みはご遠慮ください。', 'decency/discriminatory', 'block'],
    ['外国人の方のコメントはご遠慮ください。', 'decency/discriminatory', 'block'],
    ['障害のある方のご相談はお断りしています。', 'decency/discriminatory', 'block'],
    ['高齢者の方のご質問はご遠慮ください。', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })
  const valid: string[] = [
    '外国人の方への差別的な書き込みはご遠慮ください。',
    '外国人の方のご相談は、国際交流協会でも受け付けています。',
    '外国人の方の個人情報を含む書き込みはご遠慮ください。',
    '匿名の方の書き込みはご遠慮ください。',
    '高齢者の方のご相談は地域包括支援センターへどうぞ。',
    '外国人の方のコメントも大歓迎です！',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})


describe('decency: round 116/117 blind kinds (r116-dec)', () => {
  // ボケた人 as a name for people with dementia; a service wished kept to Japanese staff; women staff put to pour drinks; welfare
  // recipients resented; a sexual minority told it may come too; disabled visitors asked to keep away as a burden; an older herd
  // called noisy, a fault put down to age; a place's people held uneducated; a disabled visitor laughed off as unable.
  // [text, rule, least severity]
  const invalid: Array<[string, string, 'block' | 'warn']> = [
    ['デイサービスに通う方の中には、話が通じない人も多いので、スタッフは毎日大変です。正直、ボケた人の相手は疲れますね。', 'decency/discriminatory', 'block'],
    ['外国人の介護スタッフは日本語が不自由で、正直お年寄りを任せるのは不安です。やっぱり日本人の職員に担当してもらいたいですね。', 'decency/discriminatory', 'block'],
    ['生活保護の方は介護サービスもタダで使えてうらやましいですね。こっちは保険料払ってるのに。', 'decency/discriminatory', 'warn'],
    ['ゲイの人でも敬老会には参加できますので、ご安心ください😅', 'decency/discriminatory', 'warn'],
    ['車いすの団体さんが来ると、川下りの乗船に時間がかかって後ろがつかえるので、正直その時間帯は避けてほしいです。', 'decency/discriminatory', 'block'],
    ['観光客のおばちゃん軍団って、なんであんなにうるさいんだろ。年取るとデリカシーなくなるのかな〜', 'decency/discriminatory', 'block'],
    ['筑後の田舎の人たちって、観光案内しても方言きつすぎて何言ってるか分かんないし、やっぱ教育レベルの差かなって思う。', 'decency/discriminatory', 'block'],
    ['車いすの方は川下り無理っすよね〜ｗ 段差多いし、見てるこっちがヒヤヒヤするモン😅', 'decency/discriminatory', 'warn'],
    ['ボケた年寄りの相手ばっかりで、もう疲れたばい。', 'decency/discriminatory', 'block'],
    ['うちの課にもボケとる親を抱えた職員がおりますが、ボケとる人の世話は本当に大変です。', 'decency/discriminatory', 'block'],
    ['正直、ぼけてる老人の話は聞いてられませんよね。', 'decency/discriminatory', 'block'],
    ['フィリピン人のヘルパーさんは言葉が心配なので、できれば日本人のヘルパーさんに来てほしいです。', 'decency/discriminatory', 'block'],
    ['外国籍の先生だと不安という保護者も多く、やっぱり日本人の先生がいいですよね。', 'decency/discriminatory', 'block'],
    ['実習生ばかりの現場は不安やけん、日本人の職員に対応してもらいたか。', 'decency/discriminatory', 'block'],
    ['生活保護の人は医療費がタダでいいご身分ですね。', 'decency/discriminatory', 'warn'],
    ['生活保護もらってる人は税金で暮らせて楽でいいよね。', 'decency/discriminatory', 'warn'],
    ['ナマポの方は保育料も無料でずるいと思いませんか。', 'decency/discriminatory', 'warn'],
    ['同性愛者の方でもご入場いただけますので、心配いりません。', 'decency/discriminatory', 'warn'],
    ['LGBTの方でも参加OKです！', 'decency/discriminatory', 'warn'],
    ['レズの人でも入会できますのでご安心を。', 'decency/discriminatory', 'warn'],
    ['障害者の団体が来ると見学に時間がかかって迷惑なので、平日は控えてほしいです。', 'decency/discriminatory', 'block'],
    ['車椅子のお客さんは乗車に手間がかかるけん、朝の便は遠慮してもらいたか。', 'decency/discriminatory', 'block'],
    ['知的障害の子たちは作業が遅れて周りの邪魔になるので、別の日に来ないでほしい。', 'decency/discriminatory', 'block'],
    ['おばさん連中は図々しいから困る。', 'decency/discriminatory', 'block'],
    ['じいさん連中ときたら、マナーが悪くてかなわん。', 'decency/discriminatory', 'block'],
    ['年寄りたちって本当にうるさいよね。', 'decency/discriminatory', 'block'],
    ['歳をとると図々しくなるのかな。', 'decency/discriminatory', 'block'],
    ['年取ったら頑固になるけん、話が通じんとよ。', 'decency/discriminatory', 'block'],
    ['あの地区の人たちは民度が低いから仕方ない。', 'decency/discriminatory', 'block'],
    ['山奥の集落の人って、やっぱり学がないのかなと思う。', 'decency/discriminatory', 'block'],
    ['島の人たちは教育レベルが低いけん、説明しても通じんばい。', 'decency/discriminatory', 'block'],
    ['障害者は川下りなんて無理でしょｗ', 'decency/discriminatory', 'warn'],
    ['目の見えない方にはこの展示は無理ですよね（笑）', 'decency/discriminatory', 'warn'],
    ['車椅子の人じゃ、あの階段は無理無理😂', 'decency/discriminatory', 'warn'],
  ]
  const rank = { warn: 1, block: 2 } as const
  it.each(invalid)('flags %s', (text, rule, least) => {
    const found = findingsOf(decency, text).filter((f) => f.rule === rule && f.severity !== 'info')
    expect(found.some((f) => rank[f.severity as 'warn' | 'block'] >= rank[least])).toBe(true)
  })
  const valid: string[] = [
    '「ボケた人」という言い方は、認知症の方を傷つけるのでやめましょう。',
    'とぼけた顔のカッパ像が人気です。',
    '寝ぼけた人も目が覚める、朝の川下り体験です。',
    '写真のピントがボケた人物写真の撮り方講座。',
    '認知症の方への接し方を学ぶ講座を開きます。',
    '日本人の職員と外国人の職員が、協力して介護にあたっています。',
    '外国人の方には、通訳付きで日本人の職員が対応します。',
    '外国人観光客の皆さんには、英語が話せるガイドがご案内します。',
    '敬老会では、職員が皆さんにお茶をお配りします。',
    '懇親会でのお酌の強要はハラスメントです。女性職員にお酌させないようにしましょう。',
    'お酌は各自でお願いします。',
    '生活保護を受けている方は、介護サービスの自己負担がありません。詳しくは福祉課へ。',
    '「生活保護の人はタダでずるい」という偏見をなくしましょう。',
    '生活保護の方も無料で受けられる健診があります。',
    'どなたでも参加できますので、ご安心ください。',
    '同性カップルでもパートナーシップ制度をご利用いただけます。',
    'LGBTの方でもお気軽にご相談ください。',
    '車いすの方は、混雑する時間帯を避けていただくと、ゆったりご乗船いただけます。',
    '車いすの方の乗船には時間がかかりますので、お時間に余裕をもってお越しください。',
    'ベビーカーは混雑時は邪魔にならないよう、たたんでいただきたいです。',
    'おばちゃん軍団の皆さん、今年も炊き出しありがとうございました！',
    '年を取ると骨が弱くなるので、転倒に注意しましょう。',
    '年を取ると頑固になるというのは思い込みです。',
    '地域の教育水準の向上に取り組みます。',
    '田舎の人たちは温かくて、方言も味があります。',
    '車いすの方は、段差があるため乗船が難しい場合があります。事前にご相談ください。',
    '車いすの方でも乗船できます。係員がお手伝いします😊',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 118 blind kinds (r118-dec)', () => {
  // ボケ made a gag of forgetting where the old are spoken of and laughed at: block; victims of damage called deserving it
  // (自業自得, バチが当たった): warn; welfare recipients presumed to give up or not pay (どうせすぐ放り出す): block.
  // Foreign trainees (or a group, class or dorm made of them) presumed thieves, liars or unpunctual: block; the old as a whole
  // called idle and blamed for a place's decline (結局やる気のない年寄りばっかりだから): block; 売れ残り of stock is not a slur.
  // [text, rule, least severity]
  const invalid: Array<[string, string, 'block' | 'warn']> = [
    ['農業体験の受け入れについて。外国人の実習生が多い班は手癖が悪いので、参加者の貴重品は必ず各自で持ち歩くようお伝えください。', 'decency/discriminatory', 'block'],
    ['ベトナム人の実習生は手癖が悪いので、財布は出しっぱなしにしないでください。', 'decency/discriminatory', 'block'],
    ['留学生が多いクラスって時間にルーズやけん、集合は30分早めに伝えとってね。', 'decency/discriminatory', 'block'],
    ['実習生ばっかりの寮は嘘をつくけん、点呼は二回しとります。', 'decency/discriminatory', 'block'],
    ['耕作放棄地が多い地区って、結局やる気のない年寄りばっかりだからでしょ。', 'decency/discriminatory', 'block'],
    ['商店街がさびれたのは、やる気のない年寄りばかりだからですよ。', 'decency/discriminatory', 'block'],
    ['あの集落はだらだらした年寄りしか残っとらんけん、草刈りも進まんとよ。', 'decency/discriminatory', 'block'],
    ['空き店舗が多いのは、やる気のない高齢の店主ばっかりだからだよね。', 'decency/discriminatory', 'block'],
    ['35歳を過ぎた女性は売れ残り扱いされがちですが、婚活パーティーで一発逆転を狙いましょう！', 'decency/discriminatory', 'warn'],
    ['職員の○○さん、まだ売れ残りです（笑）', 'decency/discriminatory', 'warn'],
    ['30過ぎて独身の売れ残り同士、婚活イベントで出会いましょう！', 'decency/discriminatory', 'warn'],
    ['この野菜カゴ、腰の曲がったおばあちゃんでも持てる軽さ！…ボケて持ったこと忘れちゃうかもですけど🤣\n#道の駅やながわ', 'decency/discriminatory', 'warn'],
    ['敬老会のクイズ大会、おじいちゃんたちボケて答え忘れとるし😂', 'decency/discriminatory', 'warn'],
    ['認知症カフェで、私もボケて自分の名前も分からんごとなりそうでした（笑）', 'decency/discriminatory', 'warn'],
    ['デイサービスのばあちゃん、ぼけて昼ごはん食べたの覚えてないんですよｗ', 'decency/discriminatory', 'warn'],
    ['鳥獣被害にあった農家さん、柵をケチった自業自得って声もありますね〜まあ気持ちは分かります。', 'decency/insensitive', 'warn'],
    ['空き巣の被害にあった家、鍵をかけてなかったなら自業自得やろ。', 'decency/insensitive', 'warn'],
    ['詐欺の被害者って、欲を出したバチが当たったんでしょうね（笑）', 'decency/insensitive', 'warn'],
    ['水害で被災した方も、川の近くに家を建てたんだから自業自得という意見もあります。分からなくもないです。', 'decency/insensitive', 'warn'],
    ['生活保護を受けとる人に農地ば貸したら、どうせすぐ放り出すけん、貸さんほうがよかですよ。', 'decency/discriminatory', 'block'],
    ['生活保護受給者に空き家を貸しても、どうせ家賃を払わないので、やめたほうがいいです。', 'decency/discriminatory', 'block'],
    ['生活保護の人に仕事ば紹介しても、どうせすぐ辞めるっちゃけん意味なかよ。', 'decency/discriminatory', 'block'],
    ['ナマポの人に市民農園を貸したら、結局ほったらかしになりますよね。', 'decency/discriminatory', 'block'],
  ]
  const rank = { warn: 1, block: 2 } as const
  it.each(invalid)('flags %s', (text, rule, least) => {
    const found = findingsOf(decency, text).filter((f) => f.rule === rule && f.severity !== 'info')
    expect(found.some((f) => rank[f.severity as 'warn' | 'block'] >= rank[least])).toBe(true)
  })
  const valid: string[] = [
    '「外国人は手癖が悪い」といった偏見は差別につながります。',
    '外国人の実習生が多い班には、通訳の職員が付きます。',
    '留学生が多いクラスは、時間にルーズだと思われがちですが、そんなことはありません。',
    '技能実習生の皆さんの貴重品は、事務所でお預かりします。',
    '高齢の方ばかりの地区でも、やる気のある担い手が増えています。',
    '「やる気のない年寄りばかり」というのは偏見です。',
    '年寄りばっかりの集落ですが、みんな元気に畑に出ています。',
    '※売れ残り品の引き取りは、当日17時までにお願いします。',
    '野菜の売れ残りは、子ども食堂に寄付しています。',
    '売れ残りのパンは閉店前に半額になります。',
    '食品ロス削減のため、売れ残りを減らす工夫をしています。',
    '寝ぼけて目覚ましを止めたのを忘れてしまいました😂おばあちゃんに起こされました。',
    '敬老会の漫才大会では、ボケ役のおじいちゃんが台詞を忘れて会場大爆笑🤣',
    'カメラのピントがボケて、敬老会の集合写真の顔が分からん😂',
    '「ボケて忘れた」などと高齢者をからかう言い方はやめましょう。',
    '被害に遭った方を「自業自得」と責める書き込みは控えてください。',
    '詐欺の被害は自業自得ではありません。誰でも被害に遭う可能性があります。',
    '鳥獣被害にあった農家さんへの柵の設置補助を始めました。',
    '被災者の方に「自業自得」という声もありますが、そんなことはありません。',
    '生活保護を受けている方も、市民農園をご利用いただけます。',
    '「生活保護の人はどうせすぐ辞める」という決めつけはやめましょう。',
    '生活保護受給者の就労支援では、すぐ辞めてしまわないよう定着まで相談に乗ります。',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency round 119 (blind R119A, R116A-059, LO-3)', () => {
  const rank = { warn: 1, block: 2 } as const
  const invalid: Case[] = [
    // R119A-029: a developmental or mental-health consultation prescribed as a jibe at people's failings.
    ['うちの課、片付けできん人多すぎて、全員まとめて発達相談受けたほうがいいレベルｗ', 'decency/discriminatory', 'warn'],
    ['この課、全員精神科行ったほうがいいレベルｗ', 'decency/discriminatory', 'warn'],
    ['あいつ絶対発達っぽいｗ', 'decency/discriminatory', 'warn'],
    ['うちの上司、心療内科に連れて行った方がいいレベルで話が通じん😂', 'decency/discriminatory', 'warn'],
    // R119A-043: men on staff excited by young women (mothers) who come.
    ['今日の健診、若いママさんが多くてスタッフの男性陣のテンションが明らかに高かったです笑', 'decency/lookism', 'warn'],
    ['今日の講座、若い女性が多く参加して男性職員のテンションが上がってました笑', 'decency/lookism', 'warn'],
    ['若いお母さんたちが集まると、おじさん職員がみんな浮かれとるばい', 'decency/lookism', 'warn'],
    ['きれいなお姉さんが来ると、係長が急に上機嫌になります', 'decency/lookism', 'warn'],
    // R119A-071: a group's children called a bad influence on the others.
    ['生活保護の家庭の子は、児童クラブに来ても遅くまで親が迎えに来んし、正直ほかの子に悪影響なんよね。別の部屋に分けた方がいいと思う。', 'decency/discriminatory', 'block'],
    ['生活保護世帯の子どもは、ほかの子に悪影響なので別のクラスにしたい。', 'decency/discriminatory', 'block'],
    ['同性カップルの子育ては子どもに悪影響です。', 'decency/discriminatory', 'block'],
    ['生活保護の家庭の子は周りの子に悪影響を与えるけん、一緒に遊ばせたくなか。', 'decency/discriminatory', 'block'],
    // R119A-102: an age cohort (…世代) written off as wholly useless.
    ['パパ職員のつぶやき。最近のおばあちゃん世代は孫の世話もスマホも全然ダメで、健診に付き添われると正直めんどい…ｗ', 'decency/discriminatory', 'warn'],
    ['年寄りはスマホが全然ダメやけん、説明会はめんどい。', 'decency/discriminatory', 'warn'],
    ['高齢者世代って、ネット申請がまったく駄目ですよね。', 'decency/discriminatory', 'warn'],
    ['シニア層はデジタルがからっきしダメなので、説明が大変です。', 'decency/discriminatory', 'warn'],
    // R119A-128: a same-sex couple's wish to raise children answered with pity for the children.
    ['同性カップルが里親とか子育てとか言い出したら、子どもの方がかわいそうでしょ。市としてはそこまで面倒見きれません。', 'decency/discriminatory', 'block'],
    ['同性カップルが養子を育てたいとか言い出したら、子どもがかわいそうです。', 'decency/discriminatory', 'block'],
    ['同性カップルが里親になりたいと言い出しても、子どもが気の毒です。', 'decency/discriminatory', 'warn'],
    ['同性パートナーが子どもを欲しがっても、子どもは可哀想やろ。', 'decency/discriminatory', 'warn'],
    // R116A-059: women on staff proposed as hostesses to liven up a gathering.
    ['ばあちゃんばっかりの敬老会、正直色気がないよね〜。若い女子職員がお酌したらもっと盛り上がるのにｗ', 'decency/sexual', 'block'],
    ['忘年会、女性職員にお酌させれば課長も喜ぶはず。', 'decency/sexual', 'block'],
    ['新人の女の子たちが隣に座ってくれたら、議員さんも喜ぶと思います笑', 'decency/sexual', 'block'],
    ['懇親会は若い女性スタッフが接待してくれたら華やかになるのにね', 'decency/sexual', 'block'],
    // LO-3: a group barred from posting, commenting or asking.
    ['市政へのご意見フォームについて、外国人の方の投稿はお控えください。', 'decency/discriminatory', 'warn'],
    ['高齢者の方のご相談はお控えください。', 'decency/discriminatory', 'warn'],
    ['外国籍の方のご質問は受け付けておりません。', 'decency/discriminatory', 'warn'],
    ['生活保護受給者の方の書き込みはお断りします。', 'decency/discriminatory', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, least) => {
    const found = findingsOf(decency, text).filter((f) => f.rule === rule && f.severity !== 'info')
    expect(found.some((f) => rank[f.severity as 'warn' | 'block'] >= rank[least])).toBe(true)
  })
  const valid: string[] = [
    // hard negatives: sincere consultation advice, a quoted jibe condemned
    'お子さんの発達が気になる方は、発達相談を受けてみてください。',
    '発達相談を受けたほうがいいか迷っている保護者の方は、お気軽にご連絡ください。',
    '「発達検査受けた方がいいレベル」などと人をからかう言い方はやめましょう。',
    '心療内科を受診したほうがいい場合もあります。無理せずご相談ください。',
    // young mothers at a checkup, staff in good spirits without a gaze
    '今日の健診、若いママさんが多く来られました。スタッフもテンション高めで対応しました！',
    '若いお母さんたちが多く参加し、講座は大いに盛り上がりました。',
    '子育て広場に若いパパママが集まって、スタッフも一緒に楽しく遊びました。',
    // bad influence / children: not a group
    'ゲームのやりすぎは子どもに悪影響です。',
    '生活保護の家庭の子も、ほかの子と一緒に児童クラブで過ごせます。',
    '「生活保護の家庭の子はほかの子に悪影響」という偏見をなくしましょう。',
    '受動喫煙は周りの子どもに悪影響を与えます。',
    // an age cohort served, not written off
    'シニア世代の皆さん向けのスマホ教室を開きます。',
    'おばあちゃん世代に人気の手芸講座です。',
    '高齢者世代でもスマホが全然ダメということはありません。',
    // same-sex couples supported
    '同性カップルの里親登録も受け付けています。',
    '同性カップルの子育てを支援する制度を始めました。',
    '「同性カップルに育てられる子どもはかわいそう」という偏見は、子どもたちを傷つけます。',
    // お酌 refused, women staff at work
    '懇親会でのお酌の強要はセクハラです。',
    '敬老会では女性職員がお茶を配ってくれました。',
    '懇親会では、女性職員にお酌をさせることはしません。',
    // posting refused for conduct, not for a group
    '誹謗中傷の投稿はお控えください。',
    '外国人の方のご意見も、やさしい日本語で投稿できます。',
    '「外国人の方の投稿はお控えください」という書き込みは差別です。',
    '個人情報を含む書き込みはご遠慮ください。',
    '外国人の方の個人情報を含む書き込みはお控えください。',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency round 121 (blind R120A–R123A): levity about a real misfortune, sexual and vulgar remarks, exclusion', () => {
  const rank = { warn: 1, block: 2 } as const
  const invalid: Case[] = [
    // Levity about an accident, a fire, a death or a disaster's damage that happened (items and variants).
    ['大雨で被害を受けた地区のみなさん、がんばって〜🎉✨ 図書館は今日もふつうに開いてるよ♪', 'decency/insensitive', 'warn'],
    ['今朝、研修中の船頭さんが川に転落する事故がありました。幸い軽いけがで済んだそうですが、見事にドボンでした😂', 'decency/insensitive', 'block'],
    ['水害のがれきの山、なんだか秘密基地みたいでちょっとワクワクしちゃいました🤩', 'decency/insensitive', 'warn'],
    ['水害からひと月、被災地区もだいぶ片付いた。復興ソングでも流して気分を上げていこう🎶🎉', 'decency/insensitive', 'warn'],
    ['市営住宅で火災があり、入居者の高齢の方が亡くなりました🔥🔥 みなさんも火の元には気をつけてね〜😉', 'decency/insensitive', 'block'],
    ['本日の燃やすごみ収集、なんと火災の現場のすぐ横を通ったよ〜🔥🚒 すごい迫力だったｗｗ', 'decency/insensitive', 'block'],
    ['せいろ蒸し食べに行ったら、お店の前で交通事故があって救急車来てたモン…でもうなぎはおいしかったモン😋🎶', 'decency/insensitive', 'block'],
    ['空き家で孤独死があった家の解体、補助金で片付きました〜🎉 すっきり！', 'decency/insensitive', 'block'],
    ['夜警の帰りに火事の現場を見に行ったら、まだ煙出てて超エモかった🔥📸✨', 'decency/insensitive', 'block'],
    ['昨日、観光船が岸壁にぶつかる事故がありました。けが人は軽傷で済みましたが、船頭さん見事に吹っ飛んでましたｗ', 'decency/insensitive', 'block'],
    ['台風で被害を受けた農家のみなさん、ファイト〜🎉🥳', 'decency/insensitive', 'warn'],
    ['地震のがれきの山、映える〜📸', 'decency/insensitive', 'warn'],
    ['大雨から1か月、被災した商店街もだいぶ片付きました。今夜は気分を上げて飲みに行こう🎶', 'decency/insensitive', 'warn'],
    ['アパートで孤独死があったけど、業者さんがすぐ片付けてくれて助かった〜🎉', 'decency/insensitive', 'block'],
    ['通勤途中に事故の現場を通ったら、車がぺしゃんこでウケたｗ', 'decency/insensitive', 'block'],
    ['市場の近くで火災があり、1名が亡くなりました。でも今日のランチはおいしかったです😋🎶', 'decency/insensitive', 'block'],
    // A turn from a death or an accident to a relish of food (R123A-033).
    ['せいろ蒸しの名店「うなぎの△△」の店主が先月亡くなったって聞いたモン…。でもタレの味はちゃんと受け継がれてるから安心だモン！😋✨', 'decency/insensitive', 'warn'],
    ['老舗の和菓子屋のご主人が亡くなったそうです。でも味は息子さんが引き継いでいるので大丈夫😋', 'decency/insensitive', 'warn'],
    ['商店街で事故があったみたい。けど帰りに食べたたい焼きは最高😋✨', 'decency/insensitive', 'warn'],
    ['名物おばあちゃんが先週亡くなられたとのこと…でも名物のだご汁は健在です😋', 'decency/insensitive', 'warn'],
    // Sexual remarks about residents and vulgar wording; exclusion by nationality or illness; disaster victims' requests laughed at.
    ['成人式、振袖の子たちみんな可愛かった〜😍 やっぱり露出多めの方が写真映えするよね！', 'decency/sexual', 'warn'],
    ['乳幼児健診、今日は会場で胸を出して授乳するママさんが多くて、目のやり場に困りました😅', 'decency/sexual', 'warn'],
    ['人権講演会の会場、トイレが男女共用で変態が喜びそうｗ', 'decency/sexual', 'warn'],
    ['成人式のあとの二次会、飲みすぎてゲロ吐いとる新成人がおってカオスやった🤮 みんな飲みすぎ注意ばい！', 'decency/sexual', 'warn'],
    ['最近の滞納は外国人ばっかり。国籍で窓口を分けたほうがいいと思う。', 'decency/discriminatory', 'block'],
    ['認知症の方の申告はご家族がやってください。ご本人に来られても話が通じませんので。', 'decency/discriminatory', 'warn'],
    ['台風で家が傷んだから固定資産税をまけてくれって、毎年同じこと言いに来る人たちｗ', 'decency/insensitive', 'warn'],
    ['浴衣の女の子たち、やっぱり肌を見せた方がかわいいよね😍', 'decency/sexual', 'warn'],
    ['夏祭り、露出多めのお姉さんが多くて最高でした！', 'decency/sexual', 'warn'],
    ['胸元が開いてる方が色っぽくて写真映えします', 'decency/sexual', 'warn'],
    ['子育て広場で授乳中のお母さんがいて、目のやり場に困ったｗ', 'decency/sexual', 'warn'],
    ['水着の職員さん、目のやり場に困るんですけど笑', 'decency/sexual', 'warn'],
    ['プールの監視員さん、露出高めで目のやり場がない〜', 'decency/sexual', 'warn'],
    ['新しい公園の多目的トイレ、痴漢が喜びそうな作り😅', 'decency/sexual', 'warn'],
    ['女子更衣室の窓、変態が喜ぶ配置やん笑', 'decency/sexual', 'warn'],
    ['新年会で課長がゲロ吐いてました笑', 'decency/sexual', 'warn'],
    ['二日酔いでゲロった新人くん、お大事に〜', 'decency/sexual', 'warn'],
    ['駅前がゲロまみれで最悪やった', 'decency/sexual', 'warn'],
    ['外国人と日本人で受付を分けるべきだと思います。', 'decency/discriminatory', 'block'],
    ['国籍ごとに列を分けたほうがいいですね。', 'decency/discriminatory', 'block'],
    ['人種で席を分けたらいいのに。', 'decency/discriminatory', 'block'],
    ['高齢の方は話が通じないので、ご家族の方が来てください。', 'decency/discriminatory', 'warn'],
    ['外国人の方は日本語が通じないから困る。', 'decency/discriminatory', 'warn'],
    ['障害者の方と話が通じんけん、職員も疲れるばい', 'decency/discriminatory', 'warn'],
    ['地震で屋根が壊れたから見舞金くれって来る人、多すぎｗ', 'decency/insensitive', 'warn'],
    ['浸水したから補助してほしいって電話が毎日来るｗｗ', 'decency/insensitive', 'warn'],
    ['大雨で車が水没したから弁償してくれって、無理でしょ（笑）', 'decency/insensitive', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, least) => {
    const found = findingsOf(decency, text).filter((f) => f.rule === rule && f.severity !== 'info')
    expect(found.some((f) => rank[f.severity as 'warn' | 'block'] >= rank[least])).toBe(true)
  })
  const valid: string[] = [
    // hard negatives: the misfortune told plainly, prevented, or answered with help
    '市営住宅で火災がありました。けが人はなく、無事でした。',
    '大雨で被害を受けた地区では、災害ごみの臨時収集を行います。',
    '水害から1か月。被災地区の復旧が進んでいます。ボランティアの皆さん、ありがとうございました。',
    '事故の現場を通行される方はご注意ください。',
    '孤独死を防ぐため、見守り活動にご協力ください😊',
    '火事の現場検証が行われています。付近を通る方はご注意ください。',
    '災害がれきの撤去ボランティアを募集しています！一緒に頑張りましょう🙌',
    '交通事故がありましたら、すぐに110番へ。',
    '台風の被害を受けた方への支援金の申請を受け付けています✨',
    '亡くなったお父さんの味を受け継いだ二代目のうなぎ屋さん👍',
    '先代が亡くなった後も、味を受け継いで営業を続けています。ぜひお越しください。',
    '先代のご主人が亡くなられました。心よりご冥福をお祈りします。でも味は受け継がれています😋',
    // hard negatives: safety notes on dress, breastfeeding support, metamorphosis, care notices, equal service, help for victims
    '露出の多い服装は日焼けの原因になるので避けましょう。',
    '肌の露出が多いとハチに刺されやすいので、長袖で参加してください。',
    '授乳室をご用意しています。周りの目を気にせず授乳できます。',
    '赤ちゃんの授乳中は、周りの方もあたたかく見守ってください。',
    '授乳中のお母さんに「目のやり場に困る」と言うのはやめましょう。',
    '昆虫の完全変態を観察して、子どもたちも喜んでいました。',
    '痴漢被害を防ぐため、防犯ブザーの貸し出しを行っています。',
    'カエルがゲロゲロ鳴く季節になりました。',
    '嘔吐物の処理は、使い捨て手袋とマスクをつけて行ってください。',
    '国籍にかかわらず、同じ窓口で手続きができます。',
    '外国人の方向けに、多言語対応の窓口を設けています。',
    '国籍別の人口統計を公表しました。',
    '認知症の方と話が通じないと感じたときは、ゆっくり短い言葉で話しかけてみましょう。',
    '外国人の方とも言葉が通じるよう、翻訳機を用意しました。',
    '認知症の方の申告は、ご家族による代理申告もできます。',
    '台風で家が傷んだ方は、固定資産税の減免を申請できます。',
    '地震で被害を受けた方への見舞金の申請を受け付けています。',
    '大雨で浸水した住宅の消毒についてのご相談は環境課へ。',
    'ボールを投げろって言われて、子どもたちは大はしゃぎ（笑）',
    '地震だ、逃げろって叫んで避難する訓練をしました。',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency round 124 (blind R124A/R125A): levity at a collapse or death, rites and dementia as a joke, contempt for a faith, toilet talk, pay by sex or dress, gallows jokes', () => {
  const rank = { warn: 1, block: 2 }
  const invalid: Case[] = [
    // a collapse or an ambulance, then laughter or a cheer; a death with a cartoon face and a drawl
    ['マラソンでランナーが倒れて救急搬送されました😂😂 暑かったもんね〜ｗ', 'decency/insensitive', 'block'],
    ['集団接種の日は暑くて、熱中症で倒れたスタッフもいましたが、なんとか無事終了🎉✨ おつかれさまでした！', 'decency/insensitive', 'warn'],
    ['凍結した県道でスリップ事故があり、1名が死亡したそうです😱💦 みなさんも運転には気をつけてね〜', 'decency/insensitive', 'block'],
    ['運動会で保護者の方が救急搬送されたけど、リレーは大盛り上がり🎉', 'decency/insensitive', 'warn'],
    ['花火大会で観客が次々と倒れてたｗ 暑すぎたもんね', 'decency/insensitive', 'warn'],
    ['川で男の子が流されて亡くなったそうです😨 みんなも気をつけようね〜', 'decency/insensitive', 'block'],
    ['踏切事故で1人死亡😅', 'decency/insensitive', 'warn'],
    // a funeral, a wake or a sutra as a likeness
    ['ベテラン船頭さんの引退式、お葬式みたいに泣けた〜😂 死ぬまで漕いでほしかったｗ\n#柳川 #船頭', 'decency/insensitive', 'warn'],
    ['議会中継を見ていると、お経みたいで眠くなりますね…まるでお葬式💤', 'decency/insensitive', 'warn'],
    ['送別会なのに、お葬式みたいにしんみりしちゃった😂', 'decency/insensitive', 'warn'],
    ['校長先生の話が長くて念仏みたいｗ', 'decency/insensitive', 'warn'],
    // dementia or an old people's home as a likeness
    ['スタンプラリー、全部回ると足が棒になります。まるで老人ホームの徘徊みたいですね笑', 'decency/discriminatory', 'warn'],
    ['迷路みたいな庁舎で、気づいたら徘徊老人みたいになってました', 'decency/discriminatory', 'warn'],
    ['連休明けの職員室は、もはや寝たきり状態ｗ', 'decency/discriminatory', 'warn'],
    ['会議が終わらず、まるで認知症みたいに同じ話ばかり😂', 'decency/discriminatory', 'warn'],
    // a faith called smelly or creepy
    ['新しい投票所はお寺の本堂です。ちょっと宗教くさいけど、我慢して投票に来てくださいね。', 'decency/discriminatory', 'warn'],
    ['今度の講演会、なんか宗教っぽくて気持ち悪いかも', 'decency/discriminatory', 'warn'],
    ['教会のコンサート、ちょっと抹香臭いけど音響は最高です', 'decency/discriminatory', 'warn'],
    ['神社臭い行事は若い人に人気がないですね', 'decency/discriminatory', 'warn'],
    // toilet talk
    ['給食のあと、トイレが大渋滞でした💩💩 みんな出すもの出してスッキリ！', 'decency/sexual', 'warn'],
    ['イベント会場のトイレ、行列すごすぎ💩', 'decency/sexual', 'warn'],
    ['朝ごはんを食べたら、出すもん出してから登校しようね！', 'decency/sexual', 'warn'],
    // pay raised for a sex, youth or dress
    ['船頭さん募集中！若い女の子なら日当アップ、ミニスカで乗ってくれたらもっと上げちゃうかも♡\n#柳川 #船頭募集', 'decency/discriminatory', 'block'],
    ['受付スタッフ募集、女性なら時給プラス100円です！', 'decency/discriminatory', 'block'],
    ['イベントコンパニオン募集、20代の女性だったら日給アップします', 'decency/discriminatory', 'block'],
    ['ビアガーデンのバイト、水着で接客してくれたら時給倍にします♡', 'decency/sexual', 'block'],
    ['ミニスカートで来てくれたら謝礼を上乗せします', 'decency/sexual', 'block'],
    // gallows jokes at residents' hardship
    ['保育所に入れなかったら、ママはもう詰みですね😇 入所申込はお早めに！', 'decency/insensitive', 'warn'],
    ['凍結で断水した地区の皆さん、ご愁傷さまです🙏笑', 'decency/insensitive', 'warn'],
    ['申請期限を過ぎた方は、残念ながら詰みですｗ', 'decency/insensitive', 'warn'],
    ['停電が続く地区の皆さん、ご愁傷様でした😂', 'decency/insensitive', 'warn'],
    ['確定申告を忘れた人、人生終了のお知らせｗ', 'decency/insensitive', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, least) => {
    const found = findingsOf(decency, text).filter((f) => f.rule === rule && f.severity !== 'info')
    expect(found.some((f) => rank[f.severity as 'warn' | 'block'] >= rank[least])).toBe(true)
  })
  const valid: string[] = [
    // IM-087: a dementia café, people gathering to chat
    '【認知症カフェ「ほりわりカフェ」】\n\n認知症の方やご家族、地域の方が気軽に集まって、お茶を飲みながらおしゃべりできる場です。\n\n■日時　毎月第3水曜日　13時30分～15時\n■場所　柳川市総合保健福祉センター（水の郷）\n■参加費　100円（お茶代）\n\n問い合わせ：長寿支援課 0944-77-8551',
    '高齢の方がおしゃべりを楽しめるサロンを開いています。',
    '子育て中のママがおしゃべりしながら交流できる場です😊',
    // hard negatives: a collapse supposed, prevented or told plainly; a thing that fell; the programme finished
    '熱中症で倒れないよう、こまめに水分をとりましょう☀️',
    '熱中症で倒れる方が増えています。無理をせず休みましょう。',
    '強風で看板が倒れました。付近の方はご注意ください。',
    'マラソン大会で体調を崩した方が救急搬送されました。現在は回復に向かっています。',
    '雨の中でしたが、マラソン大会は無事終了しました🎉 ご声援ありがとうございました！',
    '交通事故で1名が亡くなりました。心よりご冥福をお祈りします。',
    '人身事故の影響で、バスが遅れています。ご迷惑をおかけします。',
    // hard negatives: the rites themselves, a place fit for them
    '本堂でお経をあげていただき、厳かな法要となりました。',
    'お葬式のマナー講座を開催します。',
    'お葬式のような場では、黒い服装でご参列ください。',
    '写経体験では、お経を一文字ずつ丁寧に書き写します。',
    // hard negatives: a watch for a lost person, a care notice
    '認知症の方の徘徊みたいな様子を見かけたら、声をかけて警察へ通報してください。',
    '老人ホームの入所相談を受け付けています。',
    '認知症の方のように、道に迷いやすい方への見守りにご協力ください。',
    // hard negatives: a faith's place and a cult warning
    'お寺の本堂が投票所になります。靴を脱いでお入りください。',
    '宗教っぽい怪しい勧誘にはご注意ください。',
    'お線香の香りが漂う本堂で、坐禅体験ができます。',
    // hard negatives: a dog's droppings, health advice
    '犬のフン💩は飼い主さんが持ち帰りましょう。',
    '便秘予防には、朝ごはんと水分が大切です。',
    'トイレの混雑を避けるため、休憩時間をずらしています。',
    // hard negatives: pay for a skill or a shift, pay the same for all
    '経験者なら時給アップ！船頭さんを募集しています。',
    '深夜は時給アップ、男女問わず募集しています。',
    '水着での入場はご遠慮ください。',
    // hard negatives: a game of shogi, a sincere condolence
    '将棋教室で、見事な詰みの一手が出ました😂',
    'このたびはご愁傷さまでございます。心よりお悔やみ申し上げます。',
    '申請期限を過ぎた方は、窓口にご相談ください。',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 126 kinds (blind R126A/R127A/R128I: spectacle, a victim laughed at, a memorial day, public-order conduct, gaze, an orientation called not normal)', () => {
  const invalid: Array<[string, string, 'block' | 'warn']> = [
    // a fire or an accident that happened as a spectacle; a tragedy then cheer; a dated misfortune laughed at
    ['沖端の火災、消防車が5台も来ててすごい迫力🔥🔥 野次馬もいっぱい！ #映え', 'decency/insensitive', 'block'],
    ['沖端の倉庫火災、すごい炎でした🔥🔥 迫力満点📸', 'decency/insensitive', 'block'],
    ['駅前の火事、野次馬がすごくてお祭りみたいでした', 'decency/insensitive', 'block'],
    ['昨夜の住宅火災、燃え上がる炎が大迫力でした', 'decency/insensitive', 'block'],
    ['近所で火事があって一人亡くなったみたい🔥🔥 びっくり〜！今日もがんばろ✨\n#地域おこし協力隊', 'decency/insensitive', 'block'],
    ['今朝の事故、まさか駅前で…嗚呼、西鉄柳川駅😭\nでも今日も元気に開館しています！', 'decency/insensitive', 'block'],
    ['川で子どもが溺れて亡くなったそうです。さて、今日も元気に営業します！', 'decency/insensitive', 'block'],
    ['さっきの地震、ジェットコースターみたいでちょっと楽しかったｗｗ', 'decency/insensitive', 'block'],
    ['昨夜の地震、ベッドが揺りかごみたいで楽しかった（笑）', 'decency/insensitive', 'block'],
    // a victim's loss laughed at
    ['詐欺で老後の資金を全部失ったおばあちゃんの話を聞きました🤣 かわいそうだけど、ちょっと笑っちゃいました。', 'decency/insensitive', 'block'],
    ['空き巣に入られたお宅の話、かわいそうだけど笑っちゃった', 'decency/insensitive', 'block'],
    ['近所の人が詐欺に遭ったらしくて、正直ウケた', 'decency/insensitive', 'block'],
    // patients made fools of
    ['熱中症の搬送が今日も3人。暑さでみんな頭がおかしくなってるのかも。', 'decency/insensitive', 'warn'],
    ['救急車で運ばれた人たち、暑さで頭がやられてたのかな', 'decency/insensitive', 'warn'],
    ['入院患者のみなさん、ずっと寝てて頭が変になってそう', 'decency/insensitive', 'warn'],
    // another region's disaster as an advert; a memorial day as a festive advert
    ['能登の地震で旅行をキャンセルされた皆さん、柳川は揺れてません！今こそ柳川へ✨', 'decency/insensitive', 'warn'],
    ['九州の豪雨で旅行が中止になった方、柳川は被害もありません！このチャンスにお越しください', 'decency/insensitive', 'warn'],
    ['台風で沖縄に行けなくなった皆さん、代わりに柳川へどうぞ！', 'decency/insensitive', 'warn'],
    ['今日は原爆の日ですが、柳川は花火日和です🎆 夜は掘割で花火大会！', 'decency/insensitive', 'warn'],
    ['終戦の日ですが、今日は夏祭りで盛り上がりましょう🎉', 'decency/insensitive', 'warn'],
    ['慰霊の日だけど、うなぎセール開催中です！', 'decency/insensitive', 'warn'],
    // death wished as a casual joke
    ['月曜の朝は死にたくなるけど、うなぎ食べて生き返ろう🍱', 'decency/insensitive', 'warn'],
    ['暑すぎて死にたくなる〜！かき氷で乗り切ろう', 'decency/insensitive', 'warn'],
    ['残業続きで死にたくなるけど、ビールで元気出そう🍺', 'decency/insensitive', 'warn'],
    // gore posted
    ['排水溝をふさいでいたのはカラスの死骸でした…グロ注意です📸', 'decency/gore', 'warn'],
    ['道路で猫がひかれていました。閲覧注意の写真です。', 'decency/gore', 'warn'],
    ['駆除したイノシシ、ちょっとグロいけど写真載せます', 'decency/gore', 'warn'],
    // old people mocked as a crowd
    ['今日の予防接種会場、おじいちゃんおばあちゃんばかりで、まるで老人ホームみたいでした。', 'decency/discriminatory', 'warn'],
    ['敬老会の会場、年寄りだらけで完全に介護施設状態でした', 'decency/discriminatory', 'warn'],
    ['バスの中が高齢者ばっかりで老人ホームみたいやった', 'decency/discriminatory', 'warn'],
    // women gazed at; a mascot or PR sexualised
    ['浴衣の女の子をじっくり眺められるのも、観覧席ならではの特権だよね♡\n#柳川 #花火大会', 'decency/sexual', 'block'],
    ['水着の女性を間近で鑑賞できる特等席です', 'decency/sexual', 'block'],
    ['着物の女子をたっぷり拝める成人式会場へ', 'decency/sexual', 'block'],
    ['うなぎの気持ちになってぬるぬる…💕 水着の「うな子」ちゃんが柳川のうなぎをPRするよ！\n#柳川 #うなぎ', 'decency/sexual', 'warn'],
    ['ビキニのみずなちゃんが柳川の夏をご案内♪', 'decency/sexual', 'warn'],
    ['ヌルヌル💋 うなぎのつかみ取り体験', 'decency/sexual', 'warn'],
    // an orientation called not normal
    ['同性愛なんて正常じゃない。パートナーシップ制度なんて柳川には必要ありません。', 'decency/discriminatory', 'block'],
    ['同性カップルって普通じゃないですよね', 'decency/discriminatory', 'block'],
    ['ゲイはやっぱりおかしいと思う', 'decency/discriminatory', 'block'],
    // sexual harm put on the victim's dress
    ['夜道での痴漢被害は、露出の多い服装にも原因があります。女性の皆さんは気をつけましょう。', 'decency/discriminatory', 'warn'],
    ['盗撮被害は短いスカートにも責任があります', 'decency/discriminatory', 'warn'],
    ['夜道の痴漢は、女性の格好にも落ち度があると思う。', 'decency/discriminatory', 'warn'],
    // conduct against public order
    ['観覧席はビール飲み放題🍻🍻 酔いつぶれるまで楽しもう〜！\n#花火大会', 'decency/conduct', 'warn'],
    ['仕事終わり〜！庁舎でかんぱい🍻 今日はとことん飲むぞー', 'decency/conduct', 'warn'],
    ['昨日は飲みすぎて二日酔い🍺 今日の草刈りは半分寝てました〜\n#地域おこし協力隊', 'decency/conduct', 'warn'],
    ['新年会は朝まで飲むぞ！', 'decency/conduct', 'warn'],
    ['役場で晩酌しながら残業中🍺', 'decency/conduct', 'warn'],
    ['研修中、ずっと居眠りしてました笑', 'decency/conduct', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`)), found.join(' | ')).toBe(true)
  })
  const valid: string[] = [
    // hard negatives: a drill, a warning, a count, a condolence
    '出初式では、はしご乗りや一斉放水など迫力満点の演技が披露されました。',
    '火災現場での野次馬は消火活動の妨げになります。近づかないでください。',
    '防災訓練で、消防車の放水の迫力に子どもたちも驚いていました。',
    '昨夜の火事で亡くなられた方のご冥福をお祈りします。',
    '今朝の事故の影響で、バスに遅れが出ています。',
    'さっきの地震、柳川市内で被害は確認されていません。',
    // hard negatives: fraud warned of; a skit laughed at
    '詐欺の被害に遭わないよう、不審な電話にはご注意ください。',
    '詐欺の手口を演じた寸劇に、会場は大笑い😂',
    'だまされたと思って食べてみてください！絶品です',
    // hard negatives: heat stroke advice
    '熱中症になると、頭がぼーっとしたり意識がもうろうとすることがあります。',
    '熱中症の搬送が相次いでいます。こまめな水分補給を。',
    // hard negatives: disaster aid, local information
    '能登の地震で被災された皆さまにお見舞い申し上げます。今こそ支援の輪を。',
    '柳川市内は地震による被害はありません。通常どおり開館しています。',
    '台風で中止になった花火大会は、来週に延期します。',
    // hard negatives: a memorial day kept
    '今日は原爆の日です。11時2分に黙とうをお願いします。',
    '終戦の日ですが、鎮魂の花火を打ち上げます。',
    // hard negatives: help for dark feelings
    '死にたくなるほどつらい時は、ひとりで抱えずにご相談ください。',
    '月曜の朝はつらいけど、うなぎ食べて元気出そう🍱',
    // hard negatives: an insect photo without the word, a ban on gore
    'グロ画像の投稿はご遠慮ください。',
    'カラスの死骸を見つけたら、環境課へご連絡ください。',
    // hard negatives: the old named plainly, a nursing home visited
    '老人ホームの皆さんが見学に来てくださいました。',
    'おじいちゃんおばあちゃんばかりでなく、子どもたちも大勢参加しました。',
    // hard negatives: girls who watch, a swimsuit rule, a slippery eel
    '浴衣の女の子たちが花火をじっくり眺めていました。',
    '水着の販売コーナーはこちらです。',
    'うなぎはぬるぬるしてつかみにくいので、軍手をどうぞ。',
    // hard negatives: prejudice named and denied
    '同性愛は異常ではありません。',
    '「同性愛なんて普通じゃない」という偏見をなくしましょう。',
    // hard negatives: the victim not blamed
    '痴漢被害は、服装に原因があるわけではありません。悪いのは加害者です。',
    // hard negatives: moderate drinking, the ordinance, an asleep child
    '飲み過ぎに注意して、酔いつぶれるまで飲むのはやめましょう。',
    '地酒で乾杯条例にちなみ、庁舎で日本酒による乾杯の催しを行いました。',
    '二日酔いを防ぐには、お水を一緒に飲むのがおすすめです。',
    '会議中の居眠りを防ぐため、休憩をこまめに入れています。',
    'お昼寝の時間、子どもたちはぐっすり寝ていました。',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 129 kinds (blind R129I/R130I: a body as a draw, a child threatened or an animal thrown for a laugh, the bomb as a simile, surgery as horror, women as charm, a storm wished for, people in police care as a catch)', () => {
  const invalid: Array<[string, string, 'block' | 'warn']> = [
    // a woman's body shown close up as a draw for men
    ['夏の観光PR作戦会議📝 浴衣女子の胸元アップの写真で男性客を増やそう！という案が出ました😏', 'decency/sexual', 'warn'],
    ['水着姿のお尻を強調したポスターで集客しよう！', 'decency/sexual', 'warn'],
    ['キャンペーンガールの太ももをどアップにした動画で、おじさん客を呼び込もう', 'decency/sexual', 'warn'],
    ['脚を見せた写真で男性ファンを釣ろうって話になりました笑', 'decency/sexual', 'warn'],
    // a child threatened for a laugh
    ['言うこと聞かない子は、どんこ舟から突き落とすぞ〜って言ったら、一瞬で静かになりました（笑）\n#川下り体験 #小学生', 'decency/abuse-joke', 'warn'],
    ['騒ぐ子は置いて帰るよ〜って脅したら、みんな真っ青😂', 'decency/abuse-joke', 'warn'],
    ['宿題忘れた生徒は川に沈めるぞと言ったら泣きそうになってた（笑）', 'decency/abuse-joke', 'warn'],
    ['うちの息子、言うこと聞かんけん殴るぞって言ったら一発で静かになったｗ', 'decency/abuse-joke', 'warn'],
    // an animal thrown for fun
    ['カメ次郎が掘割で捕まえたカメを、思いっきり投げ込んでみた🐢💦 すごい水しぶき！\n#ゆるキャラ #やってみた', 'decency/abuse-joke', 'warn'],
    ['釣ったカエルを全力でぶん投げてみた！', 'decency/abuse-joke', 'warn'],
    ['庁舎に入ってきたハトを振り回してやった笑', 'decency/abuse-joke', 'warn'],
    // the atomic bomb or an air raid as a simile
    ['今日も原爆級の日差し☀️💥 溶けそう〜\n#柳川 #夏', 'decency/insensitive', 'warn'],
    ['昨夜の雷、空襲みたいでした⚡', 'decency/insensitive', 'warn'],
    ['このカレー、辛さが核爆弾レベル🔥', 'decency/insensitive', 'warn'],
    // surgery or blood as a horror film
    ['今日の手術、出血量がすごくてスプラッター映画みたいでした🩸笑 みんなお疲れさま！', 'decency/insensitive', 'warn'],
    ['救急外来の処置室、患者さんの血で殺人現場みたいになってた', 'decency/insensitive', 'warn'],
    ['オペ室が血の海状態でした😂', 'decency/insensitive', 'warn'],
    // women's worth put in charm
    ['観光案内所の女性スタッフは愛嬌が一番！お茶くみも笑顔でね♪ 看板娘たちに会いに来てね💕\n#柳川', 'decency/stereotype', 'warn'],
    ['女の子はやっぱり愛想が大事よね', 'decency/stereotype', 'warn'],
    ['女性職員は何より可愛げが肝心です。', 'decency/stereotype', 'warn'],
    // a storm wished on the town for a day off
    ['台風が近づいてるけど、どうせなら直撃して明日休みにならないかな〜🌀笑', 'decency/insensitive', 'warn'],
    ['大雪で明日休校にならんかなー', 'decency/insensitive', 'warn'],
    ['台風上陸して会議中止になればいいのに', 'decency/insensitive', 'warn'],
    // people in police care or arrested counted as a catch
    ['今夜も酔っ払いの保護が大漁です🎣🍺 週末の柳川署はにぎやかだね〜', 'decency/insensitive', 'warn'],
    ['飲酒検問、今夜は検挙が入れ食い状態！', 'decency/insensitive', 'warn'],
    ['夏休みの夜回り、補導が豊漁でした笑', 'decency/insensitive', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = findingsOf(decency, text).filter((f) => f.rule === rule)
    expect(found.some((f) => (severity === 'warn' ? f.severity !== 'info' : f.severity === 'block'))).toBe(true)
  })
  const valid: string[] = [
    // hard negatives: a yukata photo, a name tag, a check-up
    '浴衣女子の着付け体験の写真で、観光客を増やそう！',
    '胸元に名札をつけた職員がご案内します。',
    '乳がん検診では胸のしこりを確認します。男性の方も受診できます。',
    // hard negatives: advice against threats, a safety rule
    '「置いていくよ」と脅すしつけは逆効果です。やめましょう。',
    '子どもが舟から落ちないよう、乗船中は座ってね。',
    '子どもがスマホを落とすといけないので、ストラップをつけると安心です😊',
    // hard negatives: an animal released gently, a ball thrown
    '捕まえたカメは、そっと掘割に帰しました🐢',
    'ボールを思いっきり投げてみた！',
    'うなぎのつかみ取り、思いっきり楽しんでみた',
    // hard negatives: a memorial, the bomb named plainly
    '原爆ドームのような形の雲が見えました、と被爆者の方が語ってくださいました。',
    '8月9日は原爆の日です。11時2分に黙とうをお願いします。',
    '今日は日差しが強いので、熱中症にご注意ください☀️',
    // hard negatives: a film show, a blood drive, a surgical technique
    'ホラー映画上映会を開催します！スプラッター映画好きの方もどうぞ',
    '献血にご協力ください🩸',
    '手術中の出血量を減らす新しい技術を導入しました。',
    // hard negatives: staff smiling, charm not a sex's
    '女性スタッフは笑顔で対応しています。',
    '「女性は愛嬌が一番」という決めつけはなくしましょう。',
    '当館のスタッフは愛嬌たっぷりです！',
    // hard negatives: a closure announced, a warning not to wish it
    '台風が直撃した場合、明日は休館となります。',
    '台風の接近に伴い、明日は臨時休校となります。',
    '台風で休みにならないかな、なんて油断せず備えをお願いします。',
    // hard negatives: a lost child, a good catch, a wildlife area
    '迷子のお子さんを保護しています。心当たりの方はご連絡ください。',
    '今朝の有明海は大漁でした🎣',
    '鳥獣保護区でカモが大漁に見られます。',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: round 131 kinds (blind R131I/R132I: war as a simile, a body dressed for male fans, innuendo about a night, a suicide wish about work, a theft victim blamed, disabled people as a delay to 健常者, same-sex couples as unproductive)', () => {
  const invalid: Array<[string, string, 'block' | 'warn']> = [
    // war or bombing as a simile for prices or heat
    ['物価高でうなぎの値段もまさに戦争級💥 でも柳川のせいろ蒸しは食べる価値あり！', 'decency/insensitive', 'warn'],
    ['今日の暑さは空爆レベル☀️ 水分補給を忘れずに', 'decency/insensitive', 'warn'],
    ['年末の窓口は戦争みたいな混雑でした😂', 'decency/insensitive', 'warn'],
    ['ガソリン代が世界大戦級に上がってる…', 'decency/insensitive', 'warn'],
    // a character or body dressed for male fans
    ['新キャラ「ほりこちゃん」のイラスト公開🎨 スカートはちょっと短め、胸元もサービスしちゃいました💕 男性ファンのみなさん、どうですか？', 'decency/sexual', 'warn'],
    ['ゆるキャラの新衣装、太ももを大胆にチラ見せ♡ おじさんたちも大喜び？', 'decency/sexual', 'warn'],
    ['今年のポスターはスカート丈を思い切って短くしました！男性の観光客のみなさんお待ちしてます', 'decency/sexual', 'warn'],
    // innuendo about a person's night
    ['川下りの船頭さん、竿さばきがほんとにお見事なんです♡ 夜のほうもすごいかも？笑\n#柳川 #川下り', 'decency/sexual', 'warn'],
    ['料理長の包丁さばき、見事でした！夜の方もお上手なのかな（笑）', 'decency/sexual', 'warn'],
    ['マッサージ師さんの指づかいが最高…夜のほうも達者そう♡', 'decency/sexual', 'warn'],
    // a suicide wish as a joke about work
    ['月曜の朝、仕事に行きたくなさすぎて掘割に飛び込みたい😇 #月曜日', 'decency/insensitive', 'warn'],
    ['会議資料が終わらん…締め切り前に消えたい😇', 'decency/insensitive', 'warn'],
    ['出勤したくなさすぎて、橋から身を投げたくなる朝です笑', 'decency/insensitive', 'warn'],
    // a theft or fraud victim blamed
    ['自転車の盗難が相次いでいます。鍵をかけずに置いておく人は、盗まれても自業自得ですよね😅', 'decency/insensitive', 'warn'],
    ['こんな電話に騙されても自業自得ですよ笑', 'decency/insensitive', 'warn'],
    ['玄関を開けっぱなしで空き巣に遭っても自業自得かも', 'decency/insensitive', 'warn'],
    // disabled people framed as delaying the rest, 健常者 addressed
    ['【川下りご利用の皆さまへ】車いすの方のご乗船で運航が遅れることがあります。健常者の皆さまにはご迷惑をおかけしますが、ご理解ください。', 'decency/discriminatory', 'block'],
    ['盲導犬をお連れの方の入場でお待たせする場合があります。健常者のお客様にはご不便をおかけします。', 'decency/discriminatory', 'block'],
    ['障害のある方の乗車に時間がかかり、発車が遅れることがあります。健常者の方にはご迷惑をおかけしますが', 'decency/discriminatory', 'block'],
    // same-sex couples as unproductive or childless
    ['【議員活動報告】同性カップルのパートナーシップ制度なんて、子どもを作らない、生産性のない人たちに税金を使うだけです。', 'decency/discriminatory', 'block'],
    ['LGBTの人たちは子どもを産まないのに、なんで税金で支援するの？', 'decency/discriminatory', 'block'],
    ['同性婚なんて生産性がないでしょう。', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = findingsOf(decency, text).filter((f) => f.rule === rule)
    expect(found.some((f) => (severity === 'warn' ? f.severity !== 'info' : f.severity === 'block'))).toBe(true)
  })
  const valid: string[] = [
    // hard negatives: a war memorial, a price war, 戦時中 told plainly
    '受験戦争みたいな忙しさの中、学生さんたちがんばっています。',
    '戦争の悲惨さを伝える企画展を開催します。',
    '戦時中のような食糧難を二度と繰り返さないために、平和の集いを開きます。',
    // hard negatives: a costume told plainly, a check-up, a men's event
    '新キャラのイラストを公開しました🎨 スカートは柳川の掘割をイメージした水色です。',
    '男性ファンの皆さん、サイン会でお待ちしています！',
    '胸元に名札をつけた職員がご案内します。',
    // hard negatives: a night session, a night tour
    '夜のほうも営業しています。ぜひお越しください。',
    '昼の川下りも夜の方もおすすめです！',
    '船頭さんの竿さばき、本当にお見事でした👏',
    // hard negatives: a summer swim, help offered, a jump into a pool
    '夏休み、子どもたちはプールに飛び込みたくてうずうず！',
    '仕事の悩みで「消えたい」と思ったら、こころの相談窓口へご連絡ください。',
    '月曜の朝は仕事に行くのが少しつらいですね。今週もがんばりましょう。',
    // hard negatives: a theft warning, a disclaimer
    '自転車は盗まれても戻ってこないことが多いので、必ず鍵をかけてください。',
    '盗まれた場合はすぐに警察へ届け出てください。',
    '詐欺に遭っても自分を責めないでください。ご相談をお待ちしています。',
    // hard negatives: a boarding assistance notice, priority given
    '車いすの方のご乗船もお手伝いします。お気軽にお申し付けください。',
    '乗船の際に時間がかかる場合があります。ご了承ください。',
    '健常者と障害者が共に楽しめる川下りを目指しています。',
    // hard negatives: a partnership system told, a discrimination named
    '同性カップルのパートナーシップ制度を来月から始めます。',
    '「生産性がない」という差別的な発言は許されません。',
    '子どもを作らない選択をするご夫婦も増えています。',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency — blind R133 kinds (incidents of public bodies’ accounts)', () => {
  const invalid: Case[] = [
    // eugenics: a disabled child wished not to be born
    ['教育委員会の研修で聞いた話。障害のある子が生まれないよう、妊娠初期の検査をもっと広めるべきだと私も思います。そのほうが本人も家族も不幸にならない。', 'decency/discriminatory', 'block'],
    ['ダウン症の子は産まないほうが、本人のためだと思います。', 'decency/discriminatory', 'block'],
    ['障がいのある赤ちゃんが生まれてこないように、検査を義務にすべきです。', 'decency/discriminatory', 'block'],
    ['障害児が生まれると家族みんなが不幸になりますからね。', 'decency/discriminatory', 'block'],
    // same-sex couples: the childless clause in the next sentence
    ['市議会議員・田島のブログ更新。同性カップルのパートナーシップ制度に税金を使う必要はありません。子どもを産まない人たちには生産性がないのですから。', 'decency/discriminatory', 'block'],
    ['同性カップルへの支援に予算はいらない。子どもを産めない人たちなのだから。', 'decency/discriminatory', 'block'],
    ['パートナーシップ制度の導入には反対です。子どもを作らない人を支援する必要はないでしょう。', 'decency/discriminatory', 'block'],
    // a blow to a visitor played as fun
    ['やながわ丸、今日は観光客のおじさんにドロップキック！🦵💥 倒れたところにさらにパンチ🥊 みんなも気をつけてね〜♪', 'decency/abuse-joke', 'warn'],
    ['ゆるキャラのうなぎくん、ちびっこに思いっきりビンタ😆', 'decency/abuse-joke', 'warn'],
    ['今日は通行人を蹴っ飛ばして遊んだよ〜♪', 'decency/abuse-joke', 'warn'],
    ['お客さんに必殺の頭突き！みんなも来てね🎵', 'decency/abuse-joke', 'warn'],
    // staff pranks inside a freezer or a sink
    ['仕込み用の冷凍庫に入ってみたww さむすぎｗｗｗ', 'decency/conduct', 'warn'],
    ['厨房のシンクに寝そべってみました笑', 'decency/conduct', 'warn'],
    ['売店のアイスケースに潜り込んでみた😂', 'decency/conduct', 'warn'],
    ['業務用冷蔵庫に入っちゃったｗ', 'decency/conduct', 'warn'],
    // live creatures shut in ice as an attraction
    ['道の駅やながわの新アトラクション「氷の水族館」❄️🐟 約5,000匹の本物の魚を氷に閉じ込めました！ツルツルの上を滑って、魚たちと一緒に冬を楽しもう⛸️', 'decency/conduct', 'warn'],
    ['生きたカニを氷の中に閉じ込めたオブジェを展示中！', 'decency/conduct', 'warn'],
    ['100匹の金魚を樹脂に封じ込めたインテリアが大人気です✨', 'decency/conduct', 'warn'],
    // pity brushed off with a laugh
    ['統廃合でなくなる学校の子たちはちょっとかわいそうだけど、まあ時代の流れだから仕方ないよね😂', 'decency/insensitive', 'warn'],
    ['閉店するお店の人は気の毒だけど、しょうがないよねｗ', 'decency/insensitive', 'warn'],
    ['移転で通えなくなる利用者さんはかわいそうだけど、まあ仕方ない笑', 'decency/insensitive', 'warn'],
    // クソ as an intensifier on the account
    ['クソ暑い中、掘割の水質調査に行ってきました。汗だくで死ぬかと思った。', 'decency/crude', 'warn'],
    ['今週はくそ忙しかったけど、無事にイベント終了！', 'decency/crude', 'warn'],
    ['朝の窓口、クソ混んでました💦', 'decency/crude', 'warn'],
    ['この坂道、マジでクソ長い…', 'decency/crude', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = findingsOf(decency, text).filter((f) => f.rule === rule)
    expect(found.some((f) => (severity === 'warn' ? f.severity !== 'info' : f.severity === 'block'))).toBe(true)
  })
  const valid: string[] = [
    // hard negatives: prevention of rubella, support for families, the view named to be rejected
    '先天性風しん症候群の赤ちゃんが生まれないよう、予防接種をご検討ください。',
    '障害のある子が生まれても、安心して暮らせる地域をめざします。',
    '「障害のある子は生まれないほうがいい」という優生思想は許されません。',
    '障害のある子どもが生まれたご家庭への相談窓口をご案内します。',
    // hard negatives: a partnership system told, an ordinary budget debate
    '同性カップルのパートナーシップ制度を導入しました。子育て支援の制度もご利用いただけます。',
    '子どもを産まない選択をするご夫婦も増えています。',
    // hard negatives: a class, a match, a punchy taste
    '護身術教室では、おじさんにパンチを打つ練習もしました。',
    'キッズ空手大会、ちびっこにキックの指導をしました！',
    'お客さんにパンチの効いた辛さを楽しんでもらえる新メニューです🌶️',
    '子どもにきつく当たってしまう日もありますよね。こども家庭センターにご相談ください。',
    // hard negatives: food put in, a cold store tour
    'カレーは冷蔵庫に入れてみたら、翌日さらにおいしくなりました😋',
    'マイナス25度の冷凍倉庫見学ツアー、冷凍庫に入ってみた感想は「寒い！」でした。',
    '残ったご飯は冷凍庫に入れておきましょう。',
    // hard negatives: fish kept cool, a replica
    '釣った10匹の魚は氷で冷やして持ち帰りましょう。',
    '本物の魚そっくりの模型を氷に閉じ込めた作品です。',
    '氷の上を滑るスケートリンクが今年もオープンしました⛸️',
    // hard negatives: pity without a laugh, a laugh without pity
    '雨で中止はかわいそうだけど、安全第一です。',
    '閉校になる学校の子どもたちの思い出を、みんなで残しましょう。',
    'パンダの寝顔がかわいすぎて笑っちゃいました😂',
    // hard negatives: a word クソ ends, a plant, a fertiliser
    '下手くそなりに、職員みんなで一生懸命踊りました！',
    'ヘクソカズラの花が掘割沿いに咲いています。',
    '鼻くそをほじるのはやめましょうと、保育園で教えています。',
    'やけくそにならず、こつこつ続けることが大切です。',
    '厳しい暑さの中、掘割の水質調査に行ってきました。',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: blind R137I-028 / R137I-098, a body-like size with a leer, a count of the sick joked as luck', () => {
  it.each([
    ['うなぎのように太くて長い…♡ 今夜はスタミナつけちゃおう😏\n#柳川 #うなぎ', 'decency/sexual'],
    ['ごぼうみたいに太くて硬いの、好きでしょ？😏', 'decency/sexual'],
    ['極太で長〜いアスパラ♡ 今夜はこれで精をつけて元気に😏', 'decency/sexual'],
    ['長くて太いのが欲しい人は、道の駅へ💋', 'decency/sexual'],
    ['本日の市内の新規陽性者は10人！ラッキーセブンならぬラッキーテン🎰', 'decency/insensitive'],
    ['今日の感染者数はゾロ目の111人でした🎉', 'decency/insensitive'],
    ['昨日の事故の負傷者は7人、ラッキーセブンですね', 'decency/insensitive'],
  ])('flags %s', (text, rule) => {
    expect(findingsOf(decency, text).some((f) => f.rule === rule && (f.severity === 'warn' || f.severity === 'block'))).toBe(true)
  })
  it.each([
    // hard negatives: a size told plainly, stamina food with no leer, a count told plainly, relief, a lottery
    '太くて長いごぼうが採れました！きんぴらにどうぞ',
    '今夜は太くて長いうなぎでスタミナをつけよう！',
    '大きくて硬いかぼちゃ、切るときは気をつけて♡',
    '本日の新規陽性者は10人でした。引き続き感染対策をお願いします。',
    '事故で負傷者は3人、幸い重症者はいません。',
    '新規陽性者は3人でした！ワクチン接種会場では🎉',
    '本日の新規陽性者は10人！感染対策をお願いします。明日は抽選会🎉',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('decency: blind R136D-046, deaths brushed aside with a concession and the readers invited to come and enjoy (echo of tone)', () => {
  const blocks = (text: string) => check(text, { tone: 3 }).findings.some((f) => f.rule === 'decency/insensitive' && f.severity === 'block')
  it.each([
    '台風で犠牲者が出た翌日ですが、川下りは通常運航です！みんな来てね〜🚣✨',
    '大雨で亡くなった方もいますが、祭りは予定どおり開催！遊びに来てね🎉',
    '事故で死者が出ましたが、明日のイベントはやります！楽しんでね✨',
  ])('blocks %s', (text) => {
    expect(blocks(text)).toBe(true)
  })
  it.each([
    // hard negatives: a memorial invitation, a plain operating notice, a warning after a death with no invitation
    '台風で犠牲者が出ました。心よりお悔やみ申し上げます。追悼式は明日です。お越しください🙏',
    '台風で犠牲者が出た翌日ですが、川下りは通常運航しています。',
    '市内の掘割で水難事故があり、残念ながら小学生の男の子が亡くなりました。みなさんも川遊びには気をつけてね✨😊',
  ])('does not block %s', (text) => {
    expect(blocks(text)).toBe(false)
  })
})

describe('decency: blind items8 (R138I–R140I), levity beside a misfortune told as having happened', () => {
  const flagged = (text: string) => findingsOf(decency, text).some((f) => f.rule === 'decency/insensitive' && (f.severity === 'warn' || f.severity === 'block'))
  it.each([
    // a traffic accident or death shown with a cartoon face, a mocking "見事に…", a sing-song sign-off
    '【交通事故ビフォーアフター】\n昨夜、国道208号で起きた単独事故の車両です😱💥 見事にぺちゃんこ！みなさんも安全運転でね〜🚗💨\n#柳川警察署 #交通安全',
    '昨日、県道で起きた追突事故の車です😱 見事にぐちゃぐちゃ！みんなも気をつけてね〜',
    'けさの自損事故、ガードレールに突っ込んで見事に大破してました…皆さんも安全運転で！',
    '本日の交通死亡事故の現場、車がぐちゃぐちゃでした…みんなも安全運転でね☆',
    '昨夜の交通事故で男性が亡くなりました。みんなもスピードには気をつけてね♪',
    // a suicide brushed aside (堅い話は置いといて)
    'いじめ自殺の報道を受けて…なんて堅い話は置いといて、今日の給食はみんな大好きカレーです🍛✨',
    '過労自殺のニュースが続いていますが、暗い話はさておき、今週末はマルシェ開催です🎉✨',
    // a wish to die with a laugh, even in a help-line notice
    '月曜日、もう死にたい…って思ったら、こころの相談窓口へどうぞ😂😂',
    'もう消えたい…と思ったら相談してね🤣',
    // a disaster elsewhere told by hearsay, then "here it is fine, a perfect day for …"
    '能登で地震があったみたいだけど、柳川は今日も平和です☀️ 絶好の川下り日和〜🚣\n#柳川 #川下り',
    '台風で被害が出たらしいけど、柳川は今日も快晴☀️ 川下り日和です🚣',
    '九州で豪雨が発生したとのことですが、こちらは今日もいつも通り！観光日和です✨',
    // emergency dispatches cheered as a record
    '本日の救急出動は18件！過去最高記録を更新しました🎉 隊員の皆さん、おつかれさまでした🍻',
    '今日の救急出動は12件！新記録達成🎉 この調子でがんばります💪',
    '今月の救急搬送者数は120人、過去最多を更新🎉',
    '昨日の救急出動は25件で新記録！みんなおつかれ🍻',
    // a historic disaster's photos called エモい or 映え
    '昭和28年大水害の写真展、開催中！当時の町がまるごとプールみたいでエモい🌊📸 ぜひ映えに来てね\n#柳川 #写真展 #映え',
    '水害当時の写真、エモすぎて映える📸',
    '地震で倒壊した家の跡、なんかエモい📸',
    // a mass death of fish joked about as food
    '今朝、掘割でうなぎが大量死しているのが見つかりました🐟💦 かば焼きにしたら何人前かな？笑\n#柳川 #うなぎ',
    '掘割で鯉が大量に死んでました…今夜は鯉こく食べ放題？ｗ',
    'お堀で魚がへい死してるの発見、塩焼きにしたら何人前？',
    // food contamination in school lunch joked about
    '今日の給食、金属片が混入してたらしい…今日のスパイスは鉄分多めでした🔩😂\n#給食センター #やらかし',
    '給食にガラス片が混入してたらしい😂 歯ごたえ抜群',
    '給食に虫が混入してたって🤣 たんぱく質増量中',
  ])('flags %s', (text) => {
    expect(flagged(text)).toBe(true)
  })
  it.each([
    // hard negatives: the same events told plainly, prevented, relieved, or a record that is not of misfortune
    '昨夜、県道で単独事故がありました。けが人はいませんでした。皆さんも安全運転をお願いします。',
    '交通死亡事故多発警報が発令中です。みんなで気をつけようね☆',
    'いじめ自殺をなくすため、相談窓口を開設しました✨',
    '堅い話は置いといて、今日の給食はカレーです🍛✨',
    '能登で地震があったみたいですが、けが人はいないそうです。',
    '能登で地震があったみたいですが、柳川では揺れは観測されていません。',
    '今日は雨みたいだけど、柳川は今日も元気に営業中です☀️',
    'もう死にたい…と思ったら、ひとりで悩まず、こころの相談窓口へご連絡ください。',
    '救急出動件数が過去最多となりました。熱中症にご注意ください。',
    '消防救助技術大会で新記録達成🎉 隊員の皆さんおめでとう！',
    '昭和28年大水害の写真展を開催中です。当時の被害と教訓を伝えます。',
    '水害から復興した町並みが映える📸',
    '掘割で魚の大量死が見つかりました。原因を調査しています。',
    'うなぎのかば焼き、何人前でもご注文OK😋',
    '給食への異物混入を防ぐため、点検を強化しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('decency (4(2)), round W9 kinds: deaths, accidents and groups joked about', () => {
  const rank = { info: 0, warn: 1, block: 2 } as const
  const has = (text: string, rule: string, min: 'warn' | 'block') =>
    findingsOf(decency, text).some((f) => f.rule === rule && rank[f.severity as keyof typeof rank] >= rank[min])
  const invalid: Case[] = [
    // a death announced, then taken back as a prank
    ['ヤギのメイちゃんが昨夜お星さまになりました…って言ったら信じる？🐐 うっそで〜す、エイプリルフール🤪\n#ふれあい動物広場 #エイプリルフール', 'decency/insensitive', 'warn'],
    ['看板猫のミケが今朝、虹の橋を渡りました。…なんちゃって😜 今日も元気です！', 'decency/insensitive', 'warn'],
    ['園長が亡くなりました！エイプリルフールでした〜🤪', 'decency/insensitive', 'warn'],
    ['カピバラのきなこが永眠しました…って言ったらびっくりした？笑', 'decency/insensitive', 'warn'],
    // a patient's death in slang with a laugh and the shift's treat
    ['当直明け〜。昨夜はCPA搬送が2件、うち1件はステっちゃったけど、とりあえず焼肉行ってきますｗ🍖', 'decency/insensitive', 'block'],
    ['夜勤で急変した患者さんステったけど、帰ってビール🍺', 'decency/insensitive', 'block'],
    ['救急で運ばれてきた人、結局亡くなったって😂 さて飲みに行こ', 'decency/insensitive', 'block'],
    ['病棟で看取り2件あったけど、今から焼き肉〜ｗ', 'decency/insensitive', 'block'],
    // medical waste played with
    ['院内で使い終わった点滴ボトルでクリスマスツリーを作ってみました🎄💉 #医療従事者あるある', 'decency/conduct', 'warn'],
    ['使用済みの注射器を並べてみました、アートっぽくないですか？', 'decency/conduct', 'warn'],
    ['空の輸液バッグで雪だるまを作って遊んだよ⛄', 'decency/conduct', 'warn'],
    ['余った採血管でオブジェを作成中🧪', 'decency/conduct', 'warn'],
    // a kill joked about as dinner's send-off, its blood offered for viewing
    ['今朝わなにかかったイノシシ🐗 今夜はぼたん鍋でおいしく成仏してもらいます😋 血まみれの解体写真もどうぞ👇 #有害鳥獣 #ジビエ', 'decency/insensitive', 'warn'],
    ['今朝わなにかかったイノシシ🐗 今夜はぼたん鍋でおいしく成仏してもらいます😋 血まみれの解体写真もどうぞ👇 #有害鳥獣 #ジビエ', 'decency/gore', 'warn'],
    ['捕まえたシカ、ジビエとして成仏してね笑', 'decency/insensitive', 'warn'],
    ['駆除したアライグマ、美味しく成仏させました🤤', 'decency/insensitive', 'warn'],
    ['血だらけの解体動画もアップしました！見てね', 'decency/gore', 'warn'],
    ['内臓の写真も載せちゃいます👇', 'decency/gore', 'warn'],
    // a regime of mass murder made a party costume
    ['職員ハロウィン仮装コンテスト🎃 優勝は総務課チームの「ナチス親衛隊」コスプレでした！完成度高すぎ👏 #柳川市役所 #ハロウィン', 'decency/insensitive', 'warn'],
    ['課長のヒトラーの仮装、似すぎて大ウケでした😂', 'decency/insensitive', 'warn'],
    ['忘年会の出し物はナチスの軍服で登場！', 'decency/insensitive', 'warn'],
    ['KKKのコスプレで参加してくれた学生さん、ありがとう！', 'decency/insensitive', 'warn'],
    // people who fell into the water laughed at
    ['今日も掘割に落ちちゃった観光客さんがいました〜🤣 スマホも一緒にドボン笑 みなさん気をつけてね！', 'decency/insensitive', 'warn'],
    ['川下りの途中でお堀に落ちたお客さん、びしょ濡れで草', 'decency/insensitive', 'warn'],
    ['観光客の方がまた水路にハマってて笑った😂', 'decency/insensitive', 'warn'],
    ['側溝にはまったおじさん、本日2人目ｗ', 'decency/insensitive', 'warn'],
    // foreigners laughed at for not speaking Japanese
    ['さげもんを見に来てくれた外国人観光客の皆さん、日本語がまったく通じなくて大変でした(笑) 身ぶり手ぶりでなんとか案内しました！', 'decency/discriminatory', 'warn'],
    ['中国からのお客様、日本語が全然わからなくて困りました笑', 'decency/discriminatory', 'warn'],
    ['ベトナム人の実習生、日本語がしゃべれなくて会話にならん😂', 'decency/discriminatory', 'warn'],
    ['海外の方に道を聞かれたけど、日本語が通じないｗ', 'decency/discriminatory', 'warn'],
    // a faith's canvassers laughed at
    ['駅前の宗教の勧誘、今日もおって笑える😂', 'decency/discriminatory', 'warn'],
    ['エホバの人、また来とるｗ', 'decency/discriminatory', 'warn'],
    ['モルモンの宣教師さん、自転車で必死すぎてウケる', 'decency/discriminatory', 'warn'],
    ['布教してる人たち、今日も熱心で笑っちゃった', 'decency/discriminatory', 'warn'],
    // the old presumed failing as a whole, the care talked down
    ['年寄りは夜目がきかないから、防犯灯を明るくしてあげないとね。', 'decency/stereotype', 'warn'],
    ['年寄りは耳が遠いから、大きな声で話してあげないとね。', 'decency/stereotype', 'warn'],
    ['老人は物覚えが悪いけん、何回も言うてやらんと。', 'decency/stereotype', 'warn'],
    ['年寄りは足腰が弱いので、手を引いてあげましょう笑', 'decency/stereotype', 'warn'],
    // dementia called ボケ of an older customer
    ['受付で同じことを何度も聞かれるご年配の方、ちょっとボケてるのかな…と思うこともありますが、丁寧に対応しています。', 'decency/discriminatory', 'warn'],
    ['ご年配のお客様、最近ボケてきたのか同じ話ばかり。', 'decency/discriminatory', 'warn'],
    ['シニアの参加者さん、ボケてる方もいて大変です', 'decency/discriminatory', 'warn'],
    // a death or a collapse mocked in English
    ['RIP to our oldest sea turtle Kame-san 🐢💀 lol he finally clocked out after 60 years of doing absolutely nothing 😂\n#aquarium #yanagawa', 'decency/insensitive', 'warn'],
    ['Our goat Mei passed away last night lmao', 'decency/insensitive', 'warn'],
    ['RIP old Tama, finally kicked the bucket 😂', 'decency/insensitive', 'warn'],
    ['Our koi died this morning haha, time for a new one', 'decency/insensitive', 'warn'],
    ['Marathon tip: if you collapse at km 30, at least do it in front of the photo booth so we get a good shot 📸😂\n#YanagawaMarathon', 'decency/insensitive', 'warn'],
    ['If you pass out at the finish, do it near the beer tent lol', 'decency/insensitive', 'warn'],
    ['if u puke at km 40 try not to hit the photographer 🤣', 'decency/insensitive', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    expect(has(text, rule, severity)).toBe(true)
  })
  it.each([
    // hard negatives: the same words said plainly, mourned, prevented, or of something else
    '亡くなったという情報が出回っていますが、誤りです。メイちゃんは元気です。',
    'オポッサムは危険を感じると死んだふりをします。',
    'エイプリルフールの企画として、柳川が「水の都」から「空の都」になります！🤪',
    '昨夜はCPA搬送が2件ありました。全力で処置にあたりました。',
    '当直明け、焼肉でしっかり栄養補給します🍖',
    '点滴ボトルなどの医療廃棄物は、院内の規定に従って適切に処理しています。',
    '牛乳パックでクリスマスツリーを作ってみました🎄',
    '使用済みの注射針で遊ばないでください。感染の恐れがあります。',
    '鳥獣供養祭を行い、捕獲した動物たちの成仏を祈りました。',
    '解体の様子の写真は、血まみれのため掲載を控えます。',
    'ナチスの歴史を学ぶ講座を開催します。',
    'ハロウィンの仮装について：ナチスの軍服など、不適切な仮装はご遠慮ください。',
    '掘割に落ちないよう、柵のない場所ではご注意ください😆',
    '昨日、水路に落ちた男性を消防隊が救助しました。',
    '外国人観光客の皆さん、日本語が通じなくても大丈夫！英語の案内があります😊',
    '日本語が話せない方のために、通訳ボランティアを配置しました。',
    '宗教の勧誘にご注意ください。しつこい場合は相談窓口へ。',
    'お寺の住職さんのお話に、笑顔と笑い声があふれました😊',
    '高齢の方は暑さを感じにくいため、こまめに水分をとりましょう。',
    'お年寄りは目が見えにくい方もいるので、文字を大きくしました。',
    'ボケ防止に、脳トレ教室へどうぞ。',
    'RIP, Kame-san. We will miss you so much 🐢',
    'Beware of rip currents at the beach today lol, stay safe',
    'If you feel faint, stop and tell a medical volunteer at the aid station.',
    'If you collapse or feel unwell, our medics at every aid station will help you.',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('decency (4(2)), round W11 kinds: accidents, deaths and overwork made light of; a group refused; a sex given a role', () => {
  const rank = { info: 0, warn: 1, block: 2 } as const
  type Case = [string, string, 'warn' | 'block']
  const has = (text: string, rule: string, min: 'warn' | 'block') =>
    findingsOf(decency, text).some((f) => f.rule === rule && rank[f.severity as keyof typeof rank] >= rank[min])
  const invalid: Case[] = [
    // an accident where someone was hurt, then the crash called a flashy blunder
    ['国道208号で乗用車が電柱に衝突する事故があり、運転していた男性が搬送されました。派手にやっちゃいましたね〜😱 皆さんも安全運転で！', 'decency/insensitive', 'warn'],
    ['交差点で自転車と歩行者の接触事故があり、女性がけがをしました。見事にやらかしちゃいましたね😅', 'decency/insensitive', 'warn'],
    ['トラックが横転する事故で運転手が救急車で運ばれました。ド派手にひっくり返ってます😂', 'decency/insensitive', 'warn'],
    ['坂道で転倒したランナーが搬送されました。盛大にこけましたね〜', 'decency/insensitive', 'warn'],
    // children or the people in care likened to the dead, with a laugh
    ['お昼寝タイムのひよこ組さん😴 みんな死んだみたいに静かです😂\n#保育園 #お昼寝', 'decency/insensitive', 'warn'],
    ['プールの後の園児たちは屍のように眠っています笑', 'decency/insensitive', 'warn'],
    ['遠足帰りのバス、子どもたちが死んだように寝ててウケるｗ', 'decency/insensitive', 'warn'],
    ['体操の後の利用者さん、ゾンビみたいな顔してます😂', 'decency/insensitive', 'warn'],
    // animals put down, told in a light tone
    ['今日は収容期限が過ぎた3頭を処分しました。ガス室、今日はフル稼働でした〜😅', 'decency/insensitive', 'warn'],
    ['殺処分で今日は大忙しでした笑', 'decency/insensitive', 'warn'],
    ['収容されていた猫5匹を処分しました〜😂', 'decency/insensitive', 'warn'],
    ['安楽死の日、今日もノルマ達成です✨', 'decency/insensitive', 'warn'],
    // death or collapse from overwork made the selling point of a job
    ['過労死ラインまで働ける根性のある方、大歓迎です笑 #柳川市職員採用 #公務員', 'decency/insensitive', 'warn'],
    ['倒れるまで働ける方、募集中です！', 'decency/insensitive', 'warn'],
    ['残業地獄でもへこたれない新人さん、お待ちしています💪', 'decency/insensitive', 'warn'],
    ['不眠不休で頑張れる方を求む！', 'decency/insensitive', 'warn'],
    // foreigners refused from a class with a trailing ちょっと…
    ['料理教室、外国人の方の参加はちょっと…。言葉も通じないし、衛生観念も違うので正直お断りしたいです。', 'decency/discriminatory', 'block'],
    ['外国人の方の参加は正直ちょっと困ります。', 'decency/discriminatory', 'block'],
    ['体験会ですが、外国籍の方の参加はちょっと…。ご理解ください。', 'decency/discriminatory', 'block'],
    ['ヨガ教室、外国籍の方の申し込みはちょっと遠慮してもらえると助かります。', 'decency/discriminatory', 'block'],
    // a class pitched to girls as bride training; men as only the eaters
    ['料理教室は、お嫁にいく前の女の子に特におすすめです💕 男性は食べる専門でOK！', 'decency/stereotype', 'warn'],
    ['花嫁修業にぴったりの和食教室です♪', 'decency/stereotype', 'warn'],
    ['嫁入り前の娘さんにぜひ受けてほしい家事講座です。', 'decency/stereotype', 'warn'],
    ['パン作り体験！お父さんは食べるだけでOKです😊', 'decency/stereotype', 'warn'],
    ['男性陣は見る専門で大丈夫です！', 'decency/stereotype', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    expect(has(text, rule, severity)).toBe(true)
  })
  it.each([
    // hard negatives: the same words said plainly, prevented, or of something else
    '国道208号で乗用車が電柱に衝突する事故があり、運転していた男性が搬送されました。皆さんも安全運転をお願いします。',
    '交通事故を想定した救助訓練、派手にやっちゃいました😅 隊員の皆さんお疲れさまでした。',
    '夏祭りの花火、今年も派手にやっちゃいました🎆',
    'お昼寝タイムのひよこ組さん😴 みんなぐっすり眠っています😊',
    'オポッサムは危険を感じると死んだふりをします😂',
    'マラソンの翌日は死んだように眠りました。',
    '殺処分ゼロを達成しました🎉 譲渡にご協力いただいた皆さん、ありがとうございました。',
    '収容期限の過ぎた犬を処分せずに済むよう、里親を募集しています😅',
    '粗大ごみの処分、今日は大忙しでした笑',
    '過労死ラインを超える残業をなくすため、働き方改革を進めています。職員を募集中です。',
    '11月は過労死等防止啓発月間です。相談窓口をご利用ください。',
    '倒れるまで働くことがないよう、休暇の取得を推進しています。',
    '外国人の方の参加も大歓迎です！通訳ボランティアがいます。',
    '外国人の方の参加はちょっと不安…という方も、やさしい日本語でご案内しますのでご安心ください。',
    '参加はちょっと…という方も、見学だけでも大歓迎です。',
    '「花嫁修業」という言葉は古いですね。料理教室は男女問わずおすすめです。',
    '料理教室は、男性にも女性にもおすすめです。',
    'お父さんは食べる専門でしたが、今日は初めて料理に挑戦しました！',
    'この講座は食べる専門の方も大歓迎です。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('decency (4(2)), round W12 kinds: remains joked about, a livestock cull as food, stamina innuendo with a leer', () => {
  const rank = { info: 0, warn: 1, block: 2 } as const
  type Case = [string, string, 'warn' | 'block']
  const has = (text: string, rule: string, min: 'warn' | 'block') =>
    findingsOf(decency, text).some((f) => f.rule === rule && rank[f.severity as keyof typeof rank] >= rank[min])
  const invalid: Case[] = [
    // human remains, a mummy or the dead called handsome or cute, or played with
    ['発掘調査で出土した人骨、骨格がイケメンすぎて調査員一同ざわついてます💀✨\n#柳川市 #発掘調査 #イケメン', 'decency/insensitive', 'warn'],
    ['出土した古人骨とツーショット撮ってきました✌', 'decency/insensitive', 'warn'],
    ['展示中のミイラ、よく見ると顔がかわいすぎません？😍', 'decency/insensitive', 'warn'],
    ['今回見つかった遺骨、頭の形が美形すぎて惚れそうです笑', 'decency/insensitive', 'warn'],
    // a livestock epidemic's cull joked about as food
    ['鳥インフルで近くの養鶏場の10万羽が殺処分😱\nしばらくチキン食べ放題かな〜🍗ｗ', 'decency/insensitive', 'warn'],
    ['豚熱で3000頭が処分されたらしい。豚肉安くなるかな〜', 'decency/insensitive', 'warn'],
    ['養鶏場で2万羽が殺処分…今週末は焼き鳥祭りやね🍗', 'decency/insensitive', 'warn'],
    ['鳥インフルエンザで5万羽処分だって。\nしばらく唐揚げ三昧やん', 'decency/insensitive', 'warn'],
    // a stamina food said to work tonight, with a leer
    ['うなぎって精がつくけん、今夜は期待しとってよ〜😏💕\n#柳川 #うなぎ', 'decency/sexual', 'warn'],
    ['スッポン鍋で元気になっちゃうけん、今夜は覚悟しといてね♡', 'decency/sexual', 'warn'],
    ['精力つけて、夜の方も頑張ってね😏', 'decency/sexual', 'warn'],
    ['牡蠣は精がつくけん、今晩は寝かせんよ😘', 'decency/sexual', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    expect(has(text, rule, severity)).toBe(true)
  })
  it.each([
    // hard negatives: the same words said plainly, of the living, or of something else
    '発掘調査で出土した人骨の分析結果を公開します。',
    '縄文人の人骨から分かった暮らしを紹介する企画展です。',
    '骨格診断でイケメンに見える服選び講座を開きます。',
    'ハロウィンのミイラ男の仮装がかわいい子どもたち🎃',
    '遺骨を丁寧にお納めしました。故人のご冥福をお祈りします。',
    '鳥インフルエンザの発生により、市内の養鶏場で10万羽の殺処分が行われました。\n鶏肉や卵を食べて感染することはありません。',
    '鳥インフルエンザで殺処分が行われました。\n鶏肉・卵は安全です。引き続き安心してお召し上がりください。',
    '高病原性鳥インフルエンザが確認され、約5万羽を殺処分しました。\n農家の皆様にお見舞い申し上げます。',
    '週末は焼き鳥祭り！チキン食べ放題のお店も出ます🍗',
    'うなぎで精をつけて、今夜の花火大会も楽しもう💕',
    '夏バテには精のつくうなぎ！今夜はうな丼にしよう😏',
    '土用の丑の日、うなぎで精をつけて暑い夏を乗り切りましょう！今夜は家族でうな重♡',
    '精がつく料理教室、今夜の部は満席です。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('decency (4(2)), round W13 kinds: innuendo in an advert, a disability as an insult, faith as a money-maker, an outage joked about', () => {
  const rank = { info: 0, warn: 1, block: 2 } as const
  type Case = [string, string, 'warn' | 'block']
  const has = (text: string, rule: string, min: 'warn' | 'block') =>
    findingsOf(decency, text).some((f) => f.rule === rule && rank[f.severity as keyof typeof rank] >= rank[min])
  const invalid: Case[] = [
    // an event advert dressed as sexual innuendo
    ['干潟でぬるぬるの泥んこプレイ♡ 大人のための夜のムツゴロウ観察会、参加者募集中だよ〜💋', 'decency/sexual', 'warn'],
    ['ヌルヌルのローションプレイ体験♡ 大人の夜のスライム作り教室、今夜開催！', 'decency/sexual', 'warn'],
    ['大人の夜の泥んこプレイ、まだ間に合うよ💕 お申し込みはこちら', 'decency/sexual', 'warn'],
    ['大人のための夜の酒蔵ツアー、ドキドキの体験が待ってるよ💋', 'decency/sexual', 'warn'],
    // complainers called defective of body or mind
    ['除夜の鐘がうるさいと苦情を言う人は、きっと心が貧しいか耳がおかしいかのどちらかでしょうね。', 'decency/discriminatory', 'block'],
    ['祭りの太鼓に文句を言う連中は、頭がおかしいとしか思えません。', 'decency/discriminatory', 'block'],
    ['子どもの声にクレームをつける人って、耳が悪いんでしょうか。', 'decency/discriminatory', 'block'],
    ['花火大会に反対する人なんて、どうせ頭がどうかしてるんですよ。', 'decency/discriminatory', 'block'],
    // a religion belittled as a money-maker
    ['除夜の鐘なんて所詮はお坊さんの金もうけ、というのが私の持論ですが、今年も市内各寺院で行われます。', 'decency/discriminatory', 'warn'],
    ['お寺なんて結局は商売ですからね。今年も初詣の臨時駐車場を開設します。', 'decency/discriminatory', 'warn'],
    ['神社のお守りもしょせん集金ビジネスですが、今年も多くの参拝客が訪れました。', 'decency/discriminatory', 'warn'],
    ['坊主丸儲けとはよく言ったもので、法事の費用もばかになりません。', 'decency/discriminatory', 'warn'],
    // an outage's hardship joked about
    ['断水3日目、皆さんお風呂どうしてます？笑 ちょうどいいダイエットの機会かもしれませんね😆', 'decency/insensitive', 'warn'],
    ['停電でエアコンが止まって2日目。汗だくでちょうどいいダイエットになりそう😂', 'decency/insensitive', 'warn'],
    ['土砂崩れで通行止め、集落が孤立中です。キャンプ気分でラッキーかも？', 'decency/insensitive', 'warn'],
    ['水が出ない生活も4日目ｗ 皆さんトイレどうしてるんやろ笑', 'decency/insensitive', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    expect(has(text, rule, severity)).toBe(true)
  })
  it.each([
    // hard negatives: the same words of a children's event, a plain night tour, a complaint itself, a temple's finances, an outage notice
    '親子で泥んこプレイ！田んぼでいっぱい遊ぼう♡ 参加者募集中です。',
    '大人のための夜の美術館、ゆったりご鑑賞ください♡',
    '公園のプレイパークで、夜の星空観察会を開きます♡',
    '夜のムツゴロウ観察会、参加者募集中です！',
    '今夜のナイター、選手たちの熱いプレイを応援しよう♡',
    '新人研修のロールプレイ、今夜も大人の本気で取り組みました♡',
    '「騒音で耳がおかしくなりそう」という苦情が寄せられています。',
    '苦情を言う方の気持ちもよく分かります。丁寧にご説明します。',
    '耳がおかしいと感じたら、早めに耳鼻科を受診しましょう。',
    '除夜の鐘は今年も市内各寺院で行われます。',
    'お寺の運営は拝観料とお布施で成り立っています。',
    '商売繁盛を祈願して、神社で初詣をしました。',
    '所詮は素人の演奏ですが、ぜひ聴きに来てください。',
    '断水に備えて、飲み水を汲み置きしておきましょう。ちょうどいい機会なので備蓄の見直しも。',
    '断水は本日正午に復旧しました。ご協力ありがとうございました😆',
    '停電時のダイエット？いいえ、非常食の話です。停電への備えを確認しましょう。',
    '工事のため明日は通行止めになります。ご不便をおかけします。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('decency: blind TU-087, a slur quoted as a way of calling people that leaves the one called so feeling shut out', () => {
  it.each([
    '外国にルーツを持つ人を「外人」と呼ぶことも、言われた側には疎外感を与えることがある。',
    '障がいのある人を「ガイジ」と呼ぶことは、言われた人に深い疎外感を与えます。',
    '外国出身の同僚を「外人さん」と呼ぶことで、言われた方が疎外感を覚えることもあります。',
  ])('notes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency (4(2)), round W14 kinds (blind R156I/R158A/R159D): a quake as fun, a couple\'s night, cheap labour, an elder\'s body as a tool, the ill kept from care, looks before a trade, a people to beat, broken speech laughed at, a secret touch, staff in revealing dress, an age\'s driving as a weapon, a flood and an injury joked about', () => {
  const rank = { info: 0, warn: 1, block: 2 } as const
  type Case = [string, string, 'warn' | 'block']
  const has = (text: string, rule: string, min: 'warn' | 'block') =>
    findingsOf(decency, text).some((f) => f.rule === rule && rank[f.severity as keyof typeof rank] >= rank[min])
  const invalid: Case[] = [
    // a quake's measure as the measure of fun
    ['体育祭の応援合戦、震度6強並みの大歓声でした😂', 'decency/insensitive', 'warn'],
    ['花火大会は震度7クラスの盛り上がり！みんなありがとう', 'decency/insensitive', 'warn'],
    ['避難訓練のあとの懇親会、本物の地震より会場のほうが揺れてました笑', 'decency/insensitive', 'warn'],
    // a couple's night named by a veil word, with a leer
    ['縁結びのお守り、ご夫婦の夜の生活もラブラブになりますように😏', 'decency/sexual', 'warn'],
    ['新婚さんにおすすめのうなぎ、夜の方も元気になるかも💋', 'decency/sexual', 'warn'],
    // foreign workers priced as cheap labour
    ['研修生は人件費が安くて本当に助かります。', 'decency/discriminatory', 'block'],
    ['ベトナム人の実習生さんは安いのにまじめに働いてくれるけん、農家はみんな大喜びです。', 'decency/discriminatory', 'block'],
    // an elder's body made fit for a task
    ['お年寄りは耳が遠いけん、騒音の出る作業にもってこいやね😂', 'decency/discriminatory', 'warn'],
    ['シニアの皆さんは腰が曲がってるので草取りにぴったりですね', 'decency/discriminatory', 'warn'],
    // a mental illness dismissed and the ill kept from care
    ['うつ病は気の持ちようです。病院に頼らず、根性で治しましょう！', 'decency/discriminatory', 'block'],
    ['心の病なんて甘えやけん、薬なんかより気合いで乗り切らんね。', 'decency/discriminatory', 'block'],
    // looks heading a trade or a role
    ['今年の観光大使は、美人農業者の3人です！', 'decency/lookism', 'warn'],
    ['イケメン消防士が勢ぞろい！消防フェスタへどうぞ', 'decency/lookism', 'warn'],
    // a people cast as the buyers to beat
    ['中国人に土地を取られないうちに、地元の皆さんでぜひ購入を！', 'decency/discriminatory', 'block'],
    ['古民家の売り物件、外国人に買われる前にお早めにご検討ください。', 'decency/discriminatory', 'block'],
    // a foreigner's broken speech laughed at
    ['留学生のたどたどしい発音のスピーチに、会場は大笑いでした😂', 'decency/discriminatory', 'warn'],
    ['ALTの先生の変な日本語、みんな笑っちゃいました（笑）', 'decency/discriminatory', 'warn'],
    // a touch said to make one perky, then a secret try at night
    ['お地蔵さんの頭、なでると元気になるらしいよ♡ 今夜こっそり試しに来る？', 'decency/sexual', 'warn'],
    // women staff in revealing dress to greet the men
    ['女性スタッフが水着でお出迎えします！男性の皆さん、ぜひ遊びに来てください♡', 'decency/sexual', 'block'],
    ['受付は若い女の子たちがミニスカで接客します。おじさまたち、お待ちしています！', 'decency/sexual', 'block'],
    // an age named by number and its driving called a weapon
    ['70代のドライバーは動く凶器ですからね。免許返納を考えましょう。', 'decency/discriminatory', 'warn'],
    ['正直、75歳を過ぎての運転は走る凶器です。', 'decency/discriminatory', 'warn'],
    // a body slur heading a compound after a demonstrative or a noun's の
    ['うちの課にもあのデブキャラみたいな人がいます😂', 'decency/discriminatory', 'block'],
    ['駅前のデブキャラ、今日もおったよ', 'decency/discriminatory', 'block'],
    // a flood turning a road into a river, laughed at
    ['昨日の大雨で駅前の道路が川になっとったｗ 泳いで帰ろうかと思った', 'decency/insensitive', 'block'],
    ['商店街が湖と化していました😂 ボート出せそう', 'decency/insensitive', 'block'],
    // an injury joked about: 救急搬送された + a katakana word is no supposition (…たら), 笑 after an emoji is a laugh
    ['転倒して救急搬送されたスタッフさん、見事な受け身でした🥋笑 お大事に', 'decency/insensitive', 'warn'],
    ['熱中症で救急搬送されたランナーさん、ゴール前で華麗なダイブでした🏊笑 早く元気になってね', 'decency/insensitive', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    expect(has(text, rule, severity)).toBe(true)
  })
  it.each([
    // hard negatives: a drill's shaking, a building's rating, a night tour, rent that is cheap for them, care urged, 美人画, a rule on land,
    // a warm speech, a shrine's ox, a dress code, every driver warned, …ので + ぶらり, a flood warned of, recovery
    '震度7の揺れを体験できる起震車が、子どもたちに大人気でした。',
    '震度7級の揺れに耐える耐震構造の新庁舎が完成しました🎉',
    '防災訓練を行いました。震度6強の地震を想定し、避難経路を確認しました。',
    '昼の部は満席ですが、夜の方もまだお席に余裕があります💕',
    '夜のほうも冷え込みます。ご夫婦でお出かけの際は暖かくしてね💕',
    '実習生の寮は家賃が安くて助かると好評です。',
    '留学生向けの学食は安くておいしいと評判です。',
    '外国人労働者の低賃金の是正に取り組みます。',
    '腰が曲がった方でも使いやすい杖がぴったりです。',
    '低いテーブルは、草取りのあとの休憩にちょうどいい高さです。',
    'うつ病は甘えではありません。相談する前に一人で抱え込まず、気軽に保健センターへ。',
    'つらいときは気合いで乗り越えようとせず、保健センターに相談してください。',
    '美人画家として知られる上村松園の展覧会です。',
    '美人の湯の支配人がおすすめする入浴法です。',
    '転売目的の買い占めにご注意ください。',
    '外国資本による森林の買収に関する届出制度について、条例を改正しました。',
    '外国人観光客が増えて混雑する前に、朝の時間帯がおすすめです。',
    'ベトナムからの実習生の皆さんが、片言の日本語で一生懸命スピーチしてくれました。会場は温かい拍手に包まれました。',
    '実習生の皆さんが、つたない日本語で冗談を言ってみんなを笑わせてくれました😂',
    '留学生がたどたどしい日本語でスピーチ、会場は笑顔に包まれました😊',
    '日本語教室で、先生の変な発音にみんな爆笑でした😂',
    'なでると元気になるといわれる撫で牛、今夜はライトアップされます。',
    '水着でのご来場はご遠慮ください。男性の皆さんもぜひお越しください。',
    '浴衣姿でお出迎えします！男性の皆さんもぜひお越しください。',
    '車は一歩間違えば走る凶器になります。70歳以上の方もそうでない方も、安全運転を。',
    '75歳以上の方は、運転免許の更新時に認知機能検査があります。',
    '雨なのでぶらり散歩はお休みです。',
    '大雨の日は道路が川のようになることがあります。冠水した道路には入らないでください。',
    '道路が川になっていたら、無理に通行しないでください。',
    '掘割の町は、道が川になったような景色です🎉',
    '救急搬送されたランナーさんは無事回復されました🌸笑顔で退院です',
    '救急搬送されたらどうしよう、と不安な方へ。救護所を各所に設けています。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('decency (4(2)), round W15 kinds (blind R160I/R161A): glee beside the dead, a motive put on the women, a welcome with one group waved off, deaths called natural selection, gaping clothes enjoyed, a shortage made a game; and four false positives', () => {
  const rank = { info: 0, warn: 1, block: 2 } as const
  type Case = [string, string, 'warn' | 'block']
  const has = (text: string, rule: string, min: 'warn' | 'block') =>
    findingsOf(decency, text).some((f) => f.rule === rule && rank[f.severity as keyof typeof rank] >= rank[min])
  const invalid: Case[] = [
    // others' deaths set against one's own luck
    ['台風で死者も出たらしいけど、こっちは被害ゼロでツイてたね✌', 'decency/insensitive', 'block'],
    ['地震で亡くなった人もいるのに、うちは全然揺れんでラッキーやった〜', 'decency/insensitive', 'block'],
    // the ones who come presumed to come for the women in swimwear or for their looks
    ['プールの監視員、ビキニのお姉さん目当てで応募した人もいるかも😏', 'decency/sexual', 'warn'],
    ['夏祭りは浴衣の女の子見たさに来る男性も多いとか？笑', 'decency/sexual', 'warn'],
    // a welcome, then one group waved off with a trailing ちょっと
    ['ボランティア大募集！ただ高齢の方はちょっと、手がかかるので💦', 'decency/discriminatory', 'block'],
    ['参加者募集中！でも外国の方はちょっと、言葉が通じないので😅', 'decency/discriminatory', 'block'],
    // people's deaths called natural selection or a culling
    ['コロナでお年寄りが亡くなるのは間引きみたいなもんやろ', 'decency/insensitive', 'block'],
    ['高齢者は淘汰されて当然', 'decency/insensitive', 'block'],
    // clothes gaping or short at a body part, the sight enjoyed
    ['成人式、ドレスの胸元が開いた子が多くてドキドキでした💕', 'decency/sexual', 'block'],
    ['浴衣の裾がはだけたお姉さんにドキッ♡', 'decency/sexual', 'block'],
    // a disaster's shortage made a game
    ['台風の影響で物流が止まり、スーパーの棚がガラガラ😂 争奪戦スタート', 'decency/insensitive', 'warn'],
    ['大雪で買い占め合戦、サバイバル生活の始まりです笑', 'decency/insensitive', 'warn'],
    // still caught: cheap labour praised, 夜の方 with a wink, ブス of a person
    ['実習生は安い労働力として本当に助かっています', 'decency/discriminatory', 'block'],
    ['外国人実習生は安い労働力だから問題ないでしょ', 'decency/discriminatory', 'block'],
    ['カップルで夜の方もお楽しみいただけるクルーズ😏', 'decency/sexual', 'warn'],
    ['あのブスが受付におった', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    expect(has(text, rule, severity)).toBe(true)
  })
  it.each([
    // the four false positives of the last round, and their kinds' hard negatives
    '外国人労働者を安い労働力として扱う問題の是正に取り組みます',
    '実習生を安い労働力とみなす風潮をなくしていきましょう',
    '外国人実習生は安い労働力ではありません。大切な地域の仲間です',
    'なのでブスっとした顔',
    '注射をブスッと刺されて、息子はずっとぶすっとしていました😅',
    '焚き火の薪がぶすぶすとくすぶっています',
    'ご夫婦で夜の方もお楽しみいただける川下り♡',
    'ご夫婦でどうぞ。昼の便に加えて、夜の方もお楽しみいただけます💕 灯りに照らされた掘割は格別です',
    'ご年配の方は腰が曲がっている方も多いので、低いテーブルをご用意しました',
    'お年寄りは足腰が弱い方も多いので、会場には椅子を多めに用意しています',
    'ご年配の方は目が悪い方も多いので、大きな文字の案内を作りました',
    // deaths told with condolence or denied, luck with no disaster
    '大雨で亡くなった方もいらっしゃいました。心よりご冥福をお祈りします。市内の被害状況は引き続きお知らせします',
    '台風で亡くなった方はいませんでした。皆さんご無事で本当によかったです',
    '亡くなった祖母の形見の宝くじが当たってラッキーでした',
    // a thing as the draw, a crime warned of
    '花火目当てのお客様で駅が混雑しています',
    '限定スイーツ目当てに朝から行列ができていました',
    '女子高生目当ての声かけ事案が発生しています。ご注意ください',
    '女性目当ての詐欺メールにご注意ください',
    // ちょっと of a clause that goes on, help offered
    '移住者大歓迎！ただ外国の方はちょっと驚かれるかもしれませんが、英語の案内もあります',
    '参加者募集中です。ただ、外国の方はちょっと手続きが違うので、窓口でご案内します',
    '移住相談会を開きます。外国の方もちょっとした質問からどうぞ',
    // evolution or business, the idea condemned
    '生物の進化と自然淘汰について学ぶ親子講座を開きます',
    '商店街でも競争で淘汰されるお店が出ています',
    '「高齢者が亡くなるのは自然淘汰」といった優生思想は許されません',
    // dressing advice, a dress code, worry
    '着付けのコツ：胸元がゆるいと着崩れの原因になります。襟をしっかり合わせましょう',
    '胸元が開いた服での来庁はご遠慮ください',
    '振袖の胸元がゆるい子が多くて心配😅 着付け直しコーナーも用意しています',
    // a shortage told with a request for calm, a stock kept, a sell-out of a menu
    '大雪で物流がストップし、スーパーの棚が空になっています。買い占めはお控えいただき、必要な分だけ購入してください',
    '台風に備えて備蓄を！サバイバルキットの作り方講座も開催😊',
    '雪の日限定メニューが大人気で品切れ続出😂',
    '大雪の影響で品薄が続いています。ご不便をおかけします',
    // Blind W16 hard negatives: kana names holding ナチ, sober counts and detours, pickups, one's own calling, statues, advice
    // without a laugh, age told with pride, a cheerful welcome, a plain menu notice, a cancelled event, a pool closed in rain,
    // both sexes praised alike, a child's eye level, a planned swimsuit show, a view admired, both welcome, a prevention notice.
    'ハッピーハロウィン🎃 ふなちゃんもかぼちゃの仮装してみたよ〜！',
    'みなちゃんのコスプレかわいい！ナチュラルな衣装で仮装しました',
    'はなちゃんのコスプレ、ナチョスの仮装も人気でした',
    '今年の交通事故死者は3人となり、ワースト記録に並ぶおそれがあります。安全運転をお願いします。',
    '死亡事故ゼロの記録更新にご協力ください。',
    'けさ国道で死亡事故があり、通行止めになっています。迂回路をご利用ください。',
    '保育園のお迎えが来るまで、待合室でお待ちください😊',
    '保育士は私の天職です。男性保育士も活躍しています。',
    'お地蔵さんの頭がつるつるに光っています✨',
    'お腹が引っ込まない方に！体幹トレーニング教室です😊',
    'サイズが合わない方は事前にご相談ください。',
    '平均年齢70歳超えの草刈り隊、元気いっぱいです！',
    '台湾からのお客さん、大きな声で歌ってくれて盛り上がりました😂',
    'ハラール料理はご用意がありません。ご了承ください。',
    '台風で運動会が延期になりました。みんなドンマイ！😂',
    '大雨の日は市民プールが休館です🏊',
    '大雨のときは川に近づかないでください🚣',
    '若い女性職員も男性陣もやる気十分です！',
    '市民プールで水着ファッションショーを開催します！',
    '夕日に見とれてペースを落とさないように気をつけて♡',
    '日本人も外国人も歓迎です。大家さんも喜んでいます。',
    'ひとり親家庭のお子さんが非行に走らないよう、学習支援を行っています。',
    'ひとり親家庭の子はグレやすい、と思われがちですが、そんなことはありません。',
    '秋の空は気まぐれです。',
    // Blind W17 hard negatives: driftwood for a craft, a sky after the storm, a repair praised, wreckage cleared; one new to the job,
    // a child or a pet; a grandchild's or children's dress, a dish; a taste, both praised, the advice relayed to answer it, a language
    // served; the image named to change it; a visitor's question answered, a home visited; judges at work, a lifeguard, a show, a
    // view; a course closed or changed in rain; how to be listed in the column, grief; women invited alike, a tea party.
    '台風で流れ着いた流木を使って、流木アート教室を開きます🎨',
    '台風一過の夕焼け、まるでアートみたい📸✨',
    '地震で崩れた石垣の修復が完了しました。まるで芸術作品のような石積みです',
    '台風で倒れた木を撤去しました。ご協力ありがとうございました',
    '担当は新人なので大目に見てください🙏',
    '小学生の女の子なので、温かい目で見守ってください',
    '保護猫のミケは女の子なので、優しくしてあげてください。温かい目で見守ってくださる里親さん募集',
    '孫の浴衣姿、かわいくてたまりません',
    '子どもたちの浴衣姿、たまりません♡',
    'うなぎのせいろ蒸し、この香りがたまりません♡',
    '日本人の口に合うお店を選ぶのが無難です',
    '日本人が経営するお店も、外国人が経営するお店も、それぞれの良さがあります',
    '「日本人がやっているお店のほうが安心」という声もありますが、外国人スタッフのお店も多言語メニューを用意しています',
    '英語が苦手な方は、日本語の通じるお店を選ぶのが安心です',
    '男の職場というイメージがありますが、女性も活躍しています',
    '男の世界と思われがちな消防団ですが、女性団員も大歓迎です',
    'ここは老人ホームですか？とよく聞かれますが、地域の集会所です',
    '平均年齢70歳超えの草刈り隊、元気いっぱいです！',
    '水着コンテストの審査員の皆さんは、真剣な表情で審査していました',
    '監視スタッフは水着の子どもたちから目が離せません',
    'チアのお姉さんたちの演技に、男性陣も釘付けでした',
    '男性陣は花火に釘付け、女性陣は屋台に夢中でした',
    '大雨の日は川下りが運休です🚣',
    '大雨のため、川下りコースに一部変更があります',
    '広報やながわのおくやみ欄への掲載を希望されない方は、届出の際にお申し出ください',
    'お悔やみ欄に恩師の名前を見つけ、言葉を失いました',
    'おくやみ欄の掲載は、ご遺族の同意を得て行っています😊',
    '女性職員のみなさん、歓迎会にぜひご参加ください🍶',
    '女性職員のみなさんはお茶会のほうもよろしくお願いします',
    'お酌は強要しません。女性職員のみなさんも気軽にご参加ください',
    // Blind W18 hard negatives: a photo show of an old flood, a lyric phrase (えもいわれぬ); a burst guarded against, a cave-in warned
    // of; a neutral count and a non-group cause, the claim called a misunderstanding; a fear relayed and answered, a concession turned;
    // a dress's design, a grandchild; a district's festival, a slope as the reason.
    '昭和の水害の写真展、ちょっとエモかったです。',
    'もうちょっとえもいわれぬ景色を楽しみたい',
    '水道管の破裂を防ぐため、冬は水抜きをお願いします😊',
    '道路の陥没に注意！大雨のあとはゆっくり走りましょう🚗',
    '相談件数が増えたのは、外国人住民が増えたためです。多言語の窓口を拡充しました。',
    '騒音の苦情が増えたのは、工事車両が増えたためです。',
    '作業所について、ご近所から「怖い」という声もありましたが、見学会のあとは「また来たい」との声が届いています。',
    '作業所について、ご近所から「怖い」という声もあり、その気持ちも分からなくはありません。でも、見学会に来ていただければ印象が変わるはずです。',
    'モデルさんの衣装、デザインが良すぎて着るのが楽しみ♡',
    '孫の顔がかわいすぎて、会う日が楽しみ♡',
    'あの地区は昔から、そういう土地柄なので、お祭りが盛んです。',
    '移住相談では、あの地区は坂が多い、そういう土地柄なので、別の地区をおすすめすることもあります。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('decency: a group\'s own fear, and a concession turned to understanding (review of stop 43)', () => {
  it.each([
    // the thing feared marked with が after the group as the topic: what they feel, not what they are called
    '障がいのある方の中には、人混みが怖いという方もいます。その気持ち、よく分かります。',
    '高齢の方の中には、地震が怖いという方もいます。',
    '外国の方の中には、大きな音が苦手な方もいます。',
    // a neighbours' fear agreed with, then turned to meeting the group
    'グループホームについて、近隣の方から不安の声をいただいています。その気持ちもよく分かります。でも、交流会を重ねて理解を深めていきたいと考えています。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
  it.each([
    '障がいのある方は怖い。',
    '精神障害者のグループホームができるのは怖いというお気持ち、よく分かります。計画は見合わせます。',
  ])('still flags %s', (text) => {
    expect(findingsOf(decency, text).some((f) => f.severity === 'block')).toBe(true)
  })
})

describe('decency (4(2)), round W19 kinds (blind R174I/R175A/R177I/R178A): a same-sex pair turned away from a couples\' plan, manners put down to a national character, a flood rerun for a laugh, a disabled group steered home, young women offered to the men, a stranded driver\'s panic laughed at, a group praised as surprisingly diligent, a disability as a likeness of a gait, a contest by looks alone, flood victims blamed, a pronoun for a foreign group given thieving hands; a fire dated with its place named', () => {
  const flagged = (text: string, rule: string, severity: 'block' | 'warn') =>
    findingsOf(decency, text).some((f) => f.rule === rule && (severity === 'warn' ? f.severity === 'warn' || f.severity === 'block' : f.severity === 'block'))
  const invalid: Case[] = [
    ['カップル向けのペア割です。女性どうしでのお申し込みは、周りの目もあるのでご遠慮ください', 'decency/discriminatory', 'block'],
    ['カップル向けのディナープランです。男性同士のご予約はお断りしています', 'decency/discriminatory', 'block'],
    ['観光客の方の行儀の悪さは国民性から来るものなので、仕方ないと割り切っています', 'decency/discriminatory', 'block'],
    ['ごみの出し方がルーズなのはお国柄のせいなので、期待できません', 'decency/discriminatory', 'block'],
    ['台風のときみたいに、また商店街がプールになったりしてｗ', 'decency/insensitive', 'block'],
        ['車いすの方には祭りの人混みはきついと思いますので、配信でのご覧をおすすめします', 'decency/discriminatory', 'warn'],
    ['聴覚障害の方には会場の案内放送は難しいと思いますので、自宅で中継をご覧ください', 'decency/discriminatory', 'warn'],
    ['お祭りの踊り手は若い娘さんぞろいなので、男性の皆さんは要チェックです😏', 'decency/sexual', 'warn'],
    ['雪の坂道でスリップした軽トラ、運転手さんのあたふたぶりがおもしろくて何度も見ちゃいました😂', 'decency/insensitive', 'block'],
    ['ベトナムから来た実習生たち、言葉はまだまだだけど意外と礼儀正しいんですよ', 'decency/stereotype', 'warn'],
    ['新しいゆるキャラ、動きがまるで障害者みたいで爆笑😂', 'decency/discriminatory', 'block'],
    ['ミス柳川の選考は見た目だけで十分です', 'decency/lookism', 'block'],
    ['水害で家が浸水した人たち、ちゃんと避難情報を見ておけばよかったのにね', 'decency/insensitive', 'block'],
    ['留学生を受け入れる大家さんが増えました。でも、あいつらは手癖が悪いから心配です', 'decency/discriminatory', 'block'],
    ['今朝の三橋町の倉庫火災、燃え方がすごすぎてキャンプファイヤーみたいでした', 'decency/insensitive', 'block'],
    ['大雨で逃げ遅れた人たちの映像、何度見ても笑えます', 'decency/insensitive', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    expect(flagged(text, rule, severity)).toBe(true)
  })
  it.each([
    // a space kept to one sex by name, a same-sex pair welcomed
    '女性専用のサウナです。男性同士でのご利用はできません',
    'カップル向けのプランです。女性同士のご利用も大歓迎です',
    'カップル向けのプランです。女性どうしでのご参加も大歓迎です',
    // a national character as a difference to learn, a difference met with signs
    'お国柄の違いを楽しむ国際交流フェスタを開きます',
    'ごみの出し方の違いは国民性によるものもあるため、多言語のチラシを配りました',
    // a closure in rain, a warning about a flooded road
    '台風の日は川下りコースが運休になります笑',
    '大雨のときは道路が川になることがあります。近づかないでください',
    // a choice left to the person, help offered
    '車いすの方で会場までの移動が難しい場合は、配信でもご覧いただけます',
    '障がいのある方には人混みが負担かと思いますので、専用の観覧席をご用意しました',
    // both sexes invited alike, families invited
    '出演者は若い子ばかりなので、男性の皆さんも女性の皆さんもお楽しみに',
    // a rescue told
    '雪で立ち往生した車の救助に向かいました。運転手さんは慌てていましたが、無事でした',
    // a thing praised as better than expected, staff praised
    '実習生のみなさんが作った海苔、意外とおいしいと評判です',
    '新人職員、意外とまじめでよく働いてくれます',
    // an empathy exercise, a contest that weighs more than looks
    '障がいの疑似体験で、歩き方が障害者のようになるよう重りを付けて歩きました',
    'ミス柳川の審査は見た目だけではなく、スピーチも重視します',
    // the victims' own regret relayed
    '浸水した家の方からは、ハザードマップを見ておけばよかった、という声が聞かれました',
    // a prejudice relayed and answered, a group praised
    '実習生が増えています。あの人たちは手癖が悪い、という声もありますが、それは偏見です',
    'ベトナムから来た若者を雇いました。あの人たちは本当によく働いてくれます',
    // the victims' own smiles, laughter shared with them
    '浸水被害にあった住民の皆さんが、笑顔で迎えてくれました',
    '被災した人たちと一緒に、思わず笑ってしまうような楽しい時間を過ごしました',
    // a drill's fire, a festival dated with its place
    '今日の防災訓練の火災想定、みんなで消火器を使いました😊',
    '昨日の沖端町の花火大会、最高でした🎆',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('decency (4(2)), round W20 kinds (blind R181D-013, R179I-024): a disaster\'s harm recast as a charm for those who suffered it; a smile on a hopeful scene after a flood; laughter beside a warning in force', () => {
  const flagged = (text: string, rule: string, severity: 'block' | 'warn') =>
    findingsOf(decency, text).some((f) => f.rule === rule && (severity === 'warn' ? f.severity === 'warn' || f.severity === 'block' : f.severity === 'block'))
  const invalid: Case[] = [
    // an outage, a water cut, a flood or a shelter stay made a charm or a treat for the people who lived through it
    ['大雪で停電が続いた山あいの皆さん、薪ストーブの火を囲む夜もなかなか趣があったのでは？', 'decency/insensitive', 'warn'],
    ['断水中の地区の皆さん、給水車に並ぶのもめったにない体験ですね♪', 'decency/insensitive', 'warn'],
    ['床上浸水したお宅の皆さん、たまにはこういう暮らしも悪くないかもしれませんね', 'decency/insensitive', 'warn'],
    ['避難所で一夜を過ごした皆さん、スマホが使えない夜はまさにデトックスでしたね', 'decency/insensitive', 'warn'],
    ['被災して電気もガスも止まった家で、ちょっとしたアウトドア気分を楽しめたのでは？', 'decency/insensitive', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    expect(flagged(text, rule, severity)).toBe(true)
  })
  it.each([
    // hard negatives: a tip for an outage to come, a candle event with no disaster, a lesson drawn in earnest, the sufferers' own
    // words, a place reopened, volunteers' experience, a shelter drill
    '停電に備えて、懐中電灯と予備の電池を用意しておきましょう。',
    '今夜はキャンドルナイト。照明を消して、ろうそくの灯りで趣のある夜をお過ごしください。',
    '昨年の豪雨で断水を経験し、水の備蓄の大切さを学ぶ貴重な経験となりました。',
    '避難所での生活は大変でしたが、近所の方と支え合えたのは貴重な経験でしたと語ってくださいました。',
    '浸水被害から復旧した川下りコース、今年も掘割の風情をお楽しみください。',
    '被災地でのボランティア活動は、職員にとっても貴重な経験になりました。',
    '親子で避難所に一泊する宿泊体験、ちょっとしたキャンプ気分で防災を学べます。',
    // a smile on a hopeful scene after a flood
    '浸水被害を受けた商店街で、子どもたちが元気いっぱいの笑顔を見せてくれました😄',
    '床上浸水したパン屋さんが、今日から営業を再開しました🙌',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
  it.each([
    // the harm itself smiled at, or laughed at, stays flagged
    ['浸水被害を受けた商店街、見事に水浸しでした😄', 'warn'],
    ['浸水被害を受けた商店街で、子どもたちの笑顔を見て思わず笑っちゃいました😂', 'block'],
  ] as Array<[string, 'warn' | 'block']>)('still flags %s', (text, severity) => {
    expect(flagged(text, 'decency/insensitive', severity)).toBe(true)
  })
  it('keeps laughter beside a warning in force at a warning, and blocks it beside a harm told', () => {
    const worst = (text: string) => check(text, { tone: 3, site: 'x' }).verdict
    expect(worst('大雨警報が出ています！おうちでゴロゴロするチャンスですね😆')).toBe('warn')
    expect(worst('大雨警報が出ています。床上浸水した家もあるらしいけど、おうちでゴロゴロするチャンスですね😆')).toBe('block')
  })
})

describe('decency (4(2)): blind R183I-028, where a foreign group lives named as a place to keep away from', () => {
  const flagged = (text: string) => findingsOf(decency, text).some((f) => f.rule === 'decency/discriminatory' && (f.severity === 'warn' || f.severity === 'block'))
  it.each([
    '実習生の社宅の近くは、暗くなってからはなるべく一人で出歩かないようにしましょう。',
    '留学生のシェアハウスがある通りは避けたほうがいいと思いますよ。',
    'ベトナム人が多く住むアパートの周辺には、子どもだけで近づかないように言っています。',
  ])('flags %s', (text) => {
    expect(flagged(text)).toBe(true)
  })
  it.each([
    // hard negatives: a dark road with no group, an event at the dormitory, a road closed there, a danger the group faces, an exchange party
    '川沿いの道は夜になると真っ暗です。なるべく一人で歩かないほうが安心です。',
    '技能実習生の寮がある辺りの集会所で、来週日曜に餅つき大会を開きます。',
    '留学生の宿舎の周辺は水道工事のため、しばらく通らないようお願いします。',
    '実習生の寮の近くで不審者が目撃されました。実習生の皆さんは夜は一人で歩かないようにしてください。',
    '外国人住民と日本人住民の交流パーティー、今年も公民館で開催します！',
  ])('passes %s', (text) => {
    expect(flagged(text)).toBe(false)
  })
})

describe('decency (4(2)), round W21 kinds (blind R184I-R187I): women gazed at for pleasure, a named disaster as a joke comparison, a canal overflowing laughed at, a foreign group labelled as unable to understand, a region\'s group not wanted aboard, children of a family type presumed restless, a group put last by policy, a disabled group asked to send only the family', () => {
  const flagged = (text: string, rule: string, severity: 'block' | 'warn') =>
    findingsOf(decency, text).some((f) => f.rule === rule && (severity === 'warn' ? f.severity === 'warn' || f.severity === 'block' : f.severity === 'block'))
  const invalid: Case[] = [
    // the account's people owning up to gazing at women or girls for pleasure
    ['夏祭りでは、水着のお姉さんたちを見に行くのが職員一同のひそかな楽しみです', 'decency/sexual', 'warn'],
    ['晴れ着姿の女性をじっくり眺めるのが成人式の役得ですね😏', 'decency/sexual', 'warn'],
    ['受付に座る浴衣の女子大生に、男性職員はみんな見とれていました', 'decency/sexual', 'warn'],
    // a named or dated disaster set beside a joke
    ['東日本大震災のときに比べたら、この程度の揺れは余裕ですね笑', 'decency/insensitive', 'block'],
    ['平成29年の九州北部豪雨のときより全然降ってないので、今日はノーカウントで😂', 'decency/insensitive', 'block'],
    ['令和2年の豪雨の時の川の音と比べれば、工事の音なんてかわいいものですよｗ', 'decency/insensitive', 'block'],
    // a canal, a river or a ditch overflowing, made a joke of
    ['用水路があふれて、駐車場が天然のプールになりました🤣', 'decency/insensitive', 'block'],
    ['裏の川が氾濫して、うちの前まで船で来られそうです😂', 'decency/insensitive', 'block'],
    // a foreign group named by where it came from, labelled as not understanding however told
    ['ごみの分別ができていないのは海外から来た留学生で、何度説明しても分からない人たちなんです。', 'decency/discriminatory', 'block'],
    ['外国から来た観光客は、ごみのマナーが悪いです。', 'decency/discriminatory', 'block'],
    // a region's or a nation's group not wanted aboard or to stay
    ['正直、中国からのお客さんには泊まってほしくないです。', 'decency/discriminatory', 'block'],
    ['東南アジアからの団体さんは騒がしいので、うちの舟にはあまり乗ってほしくないです。', 'decency/discriminatory', 'block'],
    // children of a family type presumed restless, whatever the support said after
    ['母子家庭のご家庭のお子さんは、やっぱり手のかかる子が多いですね。だから支援を手厚くします。', 'decency/discriminatory', 'block'],
    // a group put last by policy
    ['窓口が混んでいるときは、障がいのある方の受付を後回しにしています。', 'decency/discriminatory', 'block'],
    ['手続きに時間がかかるので、ご高齢の方は一番最後に回しています。', 'decency/discriminatory', 'block'],
    ['外国人の方の乗船は、原則として最後にさせていただいております。', 'decency/discriminatory', 'block'],
    // a disabled group asked to send only the family
    ['年度末は混雑しますので、車いすをご利用の方は、なるべく代理の方だけでお越しください。', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    expect(flagged(text, rule, severity)).toBe(true)
  })
  it.each([
    // hard negatives: a grandchild in yukata, a dance watched, a yukata class, a lesson of a quake kept, a comparison told in earnest,
    // a flood-history lecture, an overflow feared or supposed, the town's nickname, help for a language barrier, a welcome, a denial
    // of exclusion, support for single-parent families, priority for the disabled, interpreters for foreign residents, a proxy with
    // a letter of attorney, a call for manners that names no group, a family coming along
    '孫の浴衣姿を眺めるのが毎年の楽しみです',
    '浴衣の女の子たちの踊りを見るのが楽しみです',
    '浴衣の女性たちの舞に、観光客も思わず見とれていました',
    '浴衣の着付け教室、女性の皆さんのご参加をお待ちしています',
    '熊本地震の教訓を忘れず、家具の固定を進めましょう。',
    '東日本大震災のときに比べて、家庭での備蓄の意識は高まっています。',
    '令和2年の豪雨より雨量は少ない見込みですが、油断せず早めの避難をお願いします。',
    '市民講座「柳川の水害の歴史」では、昭和28年の大水害の記録をたどります。',
    '大雨で掘割があふれるおそれがあります。水路には近づかないでください。',
    '川があふれたら、すぐに高い所へ避難してください。',
    '水の都・柳川の川下りを、今年もどうぞお楽しみください😊',
    '外国人の方は日本語で説明しても分からないことがあるため、通訳を用意しています。',
    '海外から来た留学生の皆さん、柳川へようこそ！',
    '外国の方にもぜひ舟に乗ってほしいです。',
    '外国人の方に乗ってほしくないなんてことはありません。',
    'ひとり親のご家庭への支援として、児童扶養手当の申請を受け付けています。',
    '車いすの方は、優先窓口でご案内します。',
    '障害のある方の受付を後回しにすることはありません。',
    '障がいのある方が後回しにされないよう、優先窓口を設けています。',
    '外国籍の方には、通訳を用意しています。',
    '最後になりましたが、ご高齢の方にも心から感謝を申し上げます。',
    'ご本人が来庁できない場合は、代理の方が委任状をお持ちいただければ手続きできます。',
    '車いすの方は、ご家族だけでなく職員もお手伝いします。',
    '障がいのある方は、ご家族だけでのお手続きもできますので、ご相談ください。',
    '車いすの方は、ご家族の方とご一緒にお越しください。',
    '舟の上でのマナー向上にご協力ください。ごみは各自お持ち帰りください。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('decency (4(2)), round W22 kinds (blind R189I-040/054, R190A-027/045): flood victims teased with a life by boat and a laugh, a disabled group said to be unable to talk and asked to come with the family, staff made the sexual bait', () => {
  const flagged = (text: string, rule: string, severity: 'block' | 'warn') =>
    findingsOf(decency, text).some((f) => f.rule === rule && f.severity === severity)
  it.each<[string, string, 'block' | 'warn']>([
    // the people of a flooded district teased with a boat or a swim, and a laugh (a mark or a verb, in dialect too)
    ['おととし軒下まで浸水した団地の皆さん、今年はゴムボートの用意もしておきましょうね😂', 'decency/insensitive', 'block'],
    ['豪雨のたびに、川沿いの集落の人たちは泳いで帰るしかないねって、事務所で笑っとった。', 'decency/insensitive', 'block'],
    ['冠水した地域の住民の方は、浮き輪が必需品ですねｗ', 'decency/insensitive', 'block'],
    // a disabled group said to be unable to talk or understand, then sent with the family
    ['発達障害のあるお子さんは説明が理解できないので、保護者の方が代わりに来てください。', 'decency/discriminatory', 'block'],
    ['精神障害のある方は会話がかみ合わないことが多いため、なるべくご家族と一緒にお越しいただけると幸いです。', 'decency/discriminatory', 'block'],
    // staff of a named post made the sexual bait
    ['今年の案内係さんは大学生の女の子ばかりなので、お姉さん目当てで来る人が増えるかもね？', 'decency/sexual', 'block'],
    // … with no staff named, the motive put on the visitors stays a warning
    ['海開きの日は、ビキニ目当てで来る人も多いかもね？', 'decency/sexual', 'warn'],
  ])('flags %s', (text, rule, severity) => {
    expect(flagged(text, rule, severity)).toBe(true)
  })
  it.each([
    // hard negatives: the flood told with no joke, a boat the city lends or sends, an event the rain put off, support recommended
    // for a disabled group, a channel that fails with help offered, a case left to them, a call for staff, swimwear on sale
    '床上まで浸水した地区の皆さんに、消毒液と土のうをお配りしています。',
    '大雨に備えて、浸水しやすい地区の皆さんにはゴムボートの貸し出しを行っています。',
    '浸水した地域では、消防団がボートで住民の移動をお手伝いしました。',
    '大雨で延期になったカヌー体験、地区の皆さんもボートで移動しながら笑いました😂',
    '知的障害のある方には、付き添いの方の同伴をおすすめしています。',
    '聴覚障害のある方で、電話では話が通じにくいときは、ご家族の方からご連絡いただいても構いません。',
    '障がいのある方で、お一人での手続きが難しい場合は、ご家族と一緒にお越しください。',
    '手話通訳が必要な方は、事前にご連絡ください。',
    '市民プールの監視員を募集しています（男女不問）。',
    '売店で水着の販売を始めました。',
    '監視員が、水着の女性目当ての盗撮に目を光らせています。',
    '高齢者を狙った詐欺に、警察と市が目を光らせています。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('decency (4(2)), round W23 kinds (blind R191I-013/028/059, R192D-026/041): a flood made a water city or a boon with a laugh, a people judged foreign by its look met with wariness, a disabled or old group called a bother, a people of "some country" given a fault', () => {
  const flagged = (text: string, rule: string, severity: 'block' | 'warn') =>
    findingsOf(decency, text).some((f) => f.rule === rule && f.severity === severity)
  it.each<[string, string, 'block' | 'warn']>([
    // a flooded town made a famous water city or a new boat course, with a laugh (the city spelt apart too)
    ['台風で駅前のロータリーが冠水して、まるでヴェネツィア状態😂', 'decency/insensitive', 'block'],
    ['豪雨で駐車場が水没、完全に水の都じゃん（笑）', 'decency/insensitive', 'block'],
    ['浸水した県道に、カヌーの新しいコースが誕生しましたｗ', 'decency/insensitive', 'block'],
    ['通りが水につかって、もはやヴ ェ ネ ツ ィ アｗ', 'decency/insensitive', 'block'],
    // a flood wished for as a boon, with a laugh
    ['また冠水すれば、ちょっとした町おこしになるかも笑', 'decency/insensitive', 'block'],
    ['おととしみたいに家の前が水浸しになったら、玄関からボートで出勤できてラッキーですね（笑）', 'decency/insensitive', 'block'],
    // a people judged foreign by its look, or a foreign group, met with wariness
    ['窓口に外国の方っぽいお客さんが来ると、ついみんな警戒しちゃうんですよね（笑）', 'decency/discriminatory', 'warn'],
    ['アジア系っぽい人たちを見かけると、正直ちょっと避けてしまいます。', 'decency/discriminatory', 'warn'],
    // a disabled or old group called a bother by the staff who serve it
    ['支所の窓口、ご高齢のお客様が来られると正直大変なんですよね。', 'decency/discriminatory', 'warn'],
    ['図書館のエレベーター、車椅子の利用者がいると正直しんどいんだよね。まあ対応するけど。', 'decency/discriminatory', 'warn'],
    ['目の見えない方が来ると大変なんですよね〜。でもみんなでサポートしてます。', 'decency/discriminatory', 'warn'],
    // a people of "some country" given a fault
    ['特定の国の観光客は順番を守らないので困ります。', 'decency/discriminatory', 'block'],
    ['あるいくつかの国の方は声が大きくて、舟の上でもうるさかったです。', 'decency/discriminatory', 'block'],
  ])('flags %s', (text, rule, severity) => {
    expect(flagged(text, rule, severity)).toBe(true)
  })
  it.each([
    // hard negatives: the town's nickname with no flood, works against a flood, a loss feared, a warning; help prepared for foreign
    // visitors, a crime they are warned of, wariness called needless; a route offered, a dish's bother, the group's own hardship, a
    // request to tell in advance, a job called hard but rewarding; a country's custom told as culture, a country's visitors thanked
    '水の都・柳川は、ベネチアのような掘割の町です。ぜひ遊びに来てください（笑）',
    '浸水対策の工事が終わりました。これで大雨でも安心です。',
    '冠水すると観光客が減ってしまうので、排水ポンプの増設を急いでいます。',
    '浸水した道路は、まるで川のようになることがあります。絶対に近づかないでください。',
    '外国人観光客向けに、英語と中国語の案内板を用意しました。',
    '外国人観光客が来ると混み合いますので、スリに警戒してください。',
    '外国の方が来られても、身構える必要はありません。翻訳アプリで対応できます。',
    '車いすの方は、正面玄関横のスロープをご利用ください。',
    '手間のかかる料理ですが、ぜひ作ってみてください。',
    '車いすの方が来られると、段差の乗り降りが大変なんですよね。職員がお手伝いしますので、お声がけください。',
    '車いすの方が来られる場合は、スロープを準備しますので事前にご連絡ください。',
    '高齢の方の対応は大変ですが、そのぶんやりがいもあります。',
    '一部の国では、このマナーが日本と違います。握手で挨拶する文化もあります。',
    '一部の国の方は、入国の際にビザが必要です。',
    'ある国のお客様から、舟の上のマナーが素晴らしいとお褒めの言葉をいただきました。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('decency (4(2)), round W24 kind: the city\'s preparation for a group\'s visit said to take effort, as the reason to ask for word ahead (an accommodation, not a fault of the group)', () => {
  const flagged = (text: string, rule: string, severity: 'block' | 'warn') =>
    findingsOf(decency, text).some((f) => f.rule === rule && f.severity === severity)
  it.each<[string, string, 'block' | 'warn']>([
    // hard negatives that stay flagged: the group itself called a bother, a sigh, worse treatment, a refusal
    ['お年寄りは手間がかかるため、事前にご連絡ください。', 'decency/stereotype', 'warn'],
    ['障がいのある方が来ると準備に手間がかかるので、本音を言えば困るんです。前もって連絡してほしいです。', 'decency/stereotype', 'warn'],
    ['車椅子の方は準備に手間がかかるので、事前にお申し込みいただいても後回しになります。', 'decency/stereotype', 'warn'],
    ['車椅子の方が来ると準備に手間がかかるんですよね。', 'decency/stereotype', 'warn'],
    // a wish, not a polite request: the group's coming sighed at
    ['高齢の方が来ると送迎の手配に手間がかかるので、前もって予約してほしいんですよね。', 'decency/stereotype', 'warn'],
  ])('flags %s', (text, rule, severity) => {
    expect(flagged(text, rule, severity)).toBe(true)
  })
  it.each([
    // the preparation's effort as the reason to ask for word ahead, a booking or an application
    '車椅子の方がお越しになる場合は会場の準備に手間がかかるため、前もってご連絡いただけると助かります。',
    'ご高齢の方の団体で見学される際は、送迎の手配に手間がかかりますので、2週間前までにご予約ください。',
    '障害のある方が参加される場合は介助者の手配に手間がかかるので、事前にお申し込みをお願いします。',
    '車椅子の方が来館される場合は準備が大変なため、あらかじめお知らせください。',
    // near kinds already clean: an interpreter's arrangement, a lift's limits
    '要約筆記者の手配に日数がかかりますので、10日前までにお申し込みください。',
    '電動車椅子の方は、リフトの重量制限のため、事前にご相談ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('decency (4(2)), round W25 kinds (blind R193I-R197A): a hedged national character, an old crowd called dull, Japanese preferred over a foreign group, an old driver or the old as a whole laughed at, a town made a canal, a disabled group sent elsewhere, a past sexual appraisal, traffic wrongs laid on a group, a flood-as-boat-ride laughed at later in the sentence', () => {
  const flagged = (text: string, rule: string, severity: 'block' | 'warn') =>
    findingsOf(decency, text).some((f) => f.rule === rule && f.severity === severity)
  it.each<[string, string, 'block' | 'warn']>([
    ['国民性でしょうか、皆さん列に並ばないので窓口が混乱しました。', 'decency/discriminatory', 'warn'],
    ['お国柄かな、声が大きくて館内の案内放送が聞き取れなかった。', 'decency/discriminatory', 'warn'],
    ['シニア集団ばかりで、写真が地味になっちゃいました笑', 'decency/stereotype', 'warn'],
    ['今日の見学ツアーはおじさん軍団で、絵にならないなあ', 'decency/stereotype', 'warn'],
    ['祭りに来ていた女子高生、浴衣がとても色っぽかった😏', 'decency/sexual', 'block'],
    ['外国人の研修生も来ていますが、検品は日本人の方が確実だという声が多いです。', 'decency/discriminatory', 'warn'],
    ['ベトナム人の実習生もいますが、やはり仕上げは日本人の社員にやらせたほうが間違いないです。', 'decency/discriminatory', 'warn'],
    ['隣のおばあちゃん、車庫入れのたびにハンドルにしがみついてて、見てるこっちがヒヤヒヤ🤣', 'decency/discriminatory', 'warn'],
    ['高齢者って、券売機の前でずっと固まってて、ほんとウケる', 'decency/discriminatory', 'warn'],
    ['昨日の雨で商店街がすっかり川みたいになって、カヌーで買い物に行けそうでしたｗ', 'decency/insensitive', 'block'],
    ['集中豪雨のときは駅前がプールみたいになりましたけど、今日は日照りで水まきが大変です（笑）', 'decency/insensitive', 'block'],
    ['車いすの方が来られて、スタッフは大忙しでした。ああいう方には専用の会場に行ってもらいたいですね。', 'decency/discriminatory', 'block'],
    ['留学生が増えてから、信号無視の自転車が多くなった気がします。', 'decency/discriminatory', 'block'],
  ])('flags %s', (text, rule, severity) => {
    expect(flagged(text, rule, severity)).toBe(true)
  })
  it.each([
    // hard negatives: a lively people enjoyed, a custom learnt; an old crowd praised, dullness denied; staff of both kinds given the
    // same work; a careful driver praised; one grandmother who makes others laugh; a canal town described; a place offered at their
    // wish or arranged as help; a group's arrival followed by a safety class
    'お国柄なのか、皆さんとてもにぎやかで、船頭さんの歌に合わせて手拍子してくれました。',
    '国民性の違いを楽しみながら、にぎやかな交流会になりました。',
    'おばあちゃんたちばかりで、とても和やかな会でした。',
    'シニアばかりの教室ですが、盛り上がらないなんてことはありません。',
    '浴衣姿の女子大生グループが、着付け体験を楽しんでいました。',
    '外国人の実習生も日本人の職員も、同じように大事な作業を任せています。',
    'じいちゃんの運転はいつも安全運転で、安心して乗れます😊',
    'ばあちゃんの運転で初めて高速道路へ。合流も上手でびっくり😂',
    'おばあちゃんは冗談が上手で、いつも笑わせてくれます。',
    'お年寄りって、昔の遊びを教えてくれると、子どもたちが笑顔になります。',
    '川下りの舟から見ると、まち全体が掘割に囲まれているのがよくわかります笑',
    '障害のある方で、ご希望の方には別の避難所に移っていただくこともできます。',
    '障害のある方には、福祉避難所など別の施設へ移っていただくよう手配しています。',
    '実習生が増えてから、自転車の無灯火をなくす交通安全教室を開いています。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('decency (4(2)), W26 false-block kinds (dec9): language work given to those who speak it, a crowd or lights like a river, a laugh in a later sentence about something else', () => {
  const flagged = (text: string, rule: string, severity: 'block' | 'warn') =>
    check(text, { tone: 3 }).findings.some((f) => f.rule === rule && f.severity === severity)
  const blocked = (text: string) => check(text, { tone: 3 }).findings.some((f) => (f.rule.startsWith('decency/') || f.rule === 'hostility/discrimination') && f.severity === 'block')
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each<[string, string, 'block' | 'warn']>([
    // a group judged less reliable, capable or welcome, language named or not, keeps its severity
    ['ネパール人の研修生より、日本人に任せた方が確実です。', 'decency/discriminatory', 'warn'],
    ['研修生は作業がいい加減なので、日本語の説明も日本人の職員に任せた方が安心です。', 'decency/discriminatory', 'warn'],
    ['外国人の職員は信用できないので、日本語の案内も日本人の職員にお願いしたいです。', 'decency/discriminatory', 'block'],
    ['外国人の店員さんは日本語がカタコトなので、電話の応対は日本人の店員さんがいいです。', 'decency/discriminatory', 'block'],
    // a flood made a boat ride with a laugh, in the same sentence or turning back to the water later
    ['駅前の通りが川みたいになって、カヌーで出勤できそうです（笑）', 'decency/insensitive', 'block'],
    ['大雨で家の前が池みたいになった笑', 'decency/insensitive', 'block'],
    ['台風の日、商店街が川みたいになりました。来週は川下りで通勤かな笑', 'decency/insensitive', 'block'],
  ])('flags %s', (text, rule, severity) => {
    expect(flagged(text, rule, severity)).toBe(true)
  })
  it.each([
    // language work given to those who speak it: no group judged
    '外国人の団体客も多いので、日本語での館内案内は日本人スタッフにお願いしたほうが安心です。',
    'ブラジル出身の住民が多い地区なので、ポルトガル語の通訳はブラジル人の職員に担当してもらいたいです。',
    '実習生の多い職場なので、日本語での安全説明は日本人の職員が担当したほうがいいです。',
    // a crowd, traffic or lights like a river, no water named
    '盆踊りの夜、通りは川みたいになった人の流れで、舟に揺られている気分でした笑',
    '花火の帰り道、県道は車の列で川のようになっていました（笑）',
    '灯籠の明かりで、通りが光の川のようになっていました笑',
    // a flood told soberly, the laugh in a later sentence about something else
    '台風で駐車場が池みたいになった日は、職員総出で片付けました。今日はすっかり秋晴れですね（笑）',
  ])('passes %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
    expect(blocked(text)).toBe(false)
  })
  it.each([
    // a crowd's flood as a likeness (洪水のような人出): tone may warn of the word, decency does not block it
    '初詣の参道は洪水のような人出で、流されそうになりました笑',
    '台風で家の前が川みたいになった日は大変でした。でも今日はいい天気で気持ちいいですね😂',
    // stop 47: the harm only nearly befell the writer (流されそう, 溺れかけ): tone's warning, not a block
    '海水浴場は大混雑で、波に流されそうでした笑',
    '川遊びの下見で、足を滑らせて溺れかけました😂',
    '川下りの体験中、身を乗り出しすぎて流されかかったｗ',
  ])('does not block %s', (text) => {
    expect(blocked(text)).toBe(false)
  })
  it.each([
    // … but a harm that really befell someone, or one told beside the near miss, still blocks
    '海水浴場で子どもが波に流されました笑',
    '波に流されそうになった子がいて、救急搬送されました笑',
    '川で溺れた子がいたらしい😂',
  ])('blocks %s', (text) => {
    expect(blocked(text)).toBe(true)
  })
})

describe('decency: blind W27 kinds (dec10)', () => {
  const flagged = (text: string, rule: string, severity: 'block' | 'warn') =>
    check(text, { tone: 3 }).findings.some((f) => f.rule === rule && f.severity === severity)
  const blocked = (text: string) => check(text, { tone: 3 }).findings.some((f) => (f.rule.startsWith('decency/') || f.rule === 'hostility/discrimination') && f.severity === 'block')
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each<[string, string, 'block' | 'warn']>([
    // housewives presumed idle in the daytime, credited with an outcome and laughed at
    ['朝市の売り上げ好調です。昼間に時間が余ってる主婦の皆さんのおかげかな笑', 'decency/stereotype', 'warn'],
    // a disabled group's coming said to hinder the proceedings
    ['説明会の会場は狭いため、盲導犬を連れた方がいらっしゃると他の皆様の妨げになりますので、オンライン参加をお願いします。', 'decency/discriminatory', 'block'],
    ['講演会では、車いすの人が来ると進行の妨げになるため、録画配信をご覧ください。', 'decency/discriminatory', 'block'],
    // a rule of daily life presumed missing from a people's culture where a foreign group is named
    ['台湾からの観光客で満席でした。時間を守る習慣がないのか、出発はいつも遅れます😅', 'decency/discriminatory', 'block'],
    ['外国人の利用者が増えています。ごみを分別するという意識がないようです。', 'decency/discriminatory', 'warn'],
    // a belly that will not close a coat, with a laugh
    ['課長だけはLLでもウエストが閉まらず、記念写真は横向きで撮りました笑', 'decency/lookism', 'warn'],
    // a person who collapsed likened to food being cooked, with a laugh
    ['炎天下の草刈りで倒れて運ばれた方がいました。本人は体がこんがりですって笑', 'decency/insensitive', 'block'],
    // a people pointed to by its fault as the reason to guard valuables
    ['ルールを守らない国の観光客が多いので、荷物の管理にはご注意ください。', 'decency/discriminatory', 'block'],
    // a nationality group called untrustworthy; 頼んだ as the Japanese preferred
    ['外国人の作業員は正直信用できません。', 'decency/discriminatory', 'block'],
    ['ベトナム人の研修生に任せるより、日本人に頼んだ方が確実です。', 'decency/discriminatory', 'warn'],
  ])('flags %s', (text, rule, severity) => {
    expect(flagged(text, rule, severity)).toBe(true)
  })
  it.each([
    '平日の昼間に時間のある方は、ぜひ朝市にお越しください。',
    '車いすの方がいらっしゃると伺いましたので、通路に支障がないよう席を配置します。',
    '車いすの方がいらっしゃる場合は、事前にご連絡ください。係員がご案内します。',
    '台湾からの観光客が増えています。列に並ぶ文化がない国の方にも分かるよう、イラストの案内板を設置しました。',
    '日本には食事中にチップを渡す文化がないので驚かれる方もいます。',
    '法被はLLサイズもあります。お腹まわりが閉まらない方はお声がけください。',
    'ごちそうを食べ過ぎてお腹が閉まらない😂',
    '熱中症で搬送される方が増えています。締め切った車内は蒸し焼き状態になりますので、お子さんを残さないでください。',
    'マナーを守らない人も中には多いので、貴重品から目を離さないようにしましょう。',
    '治安の悪い国へ旅行される際は、貴重品から目を離さないようにしましょう。',
    '外国籍の職員は信頼できないという偏見をなくしましょう。',
    '外国籍の職員も信頼できる大切な仲間です。',
    '日本人に頼んだ方が確実かどうかは、能力次第です。',
  ])('passes %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
    expect(blocked(text)).toBe(false)
  })
})

describe('decency: blind W28 kinds (dec11)', () => {
  const flagged = (text: string, rule: string, severity: 'block' | 'warn') =>
    check(text, { tone: 3 }).findings.some((f) => f.rule === rule && f.severity === severity)
  const blocked = (text: string) => check(text, { tone: 3 }).findings.some((f) => (f.rule.startsWith('decency/') || f.rule === 'hostility/discrimination') && f.severity === 'block')
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each<[string, string, 'block' | 'warn']>([
    // a flood told sentences before, then the damage made a counted boat course and laughed at together
    ['台風の夜は、県道の冠水や家屋の床上浸水が相次ぎ、夜通しポンプで水をくみ出しました。翌朝、商店街を見て「舟下りのコースがひとつ増えたな」と、みんなで笑い合いました。', 'decency/insensitive', 'block'],
    // a flood that happened (not supposed) told as a boon, with a laugh
    ['床上まで浸かった年は、お客さんが増えて、見物の方でにぎわいました笑', 'decency/insensitive', 'block'],
    ['昔の大水のときは、通りがみんな水に浸かって、町中でボートに乗れたもんです（笑）', 'decency/insensitive', 'block'],
    ['床上まで浸かったお宅は、玄関から釣りができる特典付きでした笑', 'decency/insensitive', 'block'],
    // a dwelling turned into a paddy by a past flood, with a laugh
    ['台風の年は、住宅までまるで水田みたいになりましたっけ（笑）', 'decency/insensitive', 'block'],
    ['豪雨の翌朝は、家まですっかり田んぼになっとりましたね〜（笑）', 'decency/insensitive', 'block'],
    // women seen by their dress or youth, and men's eyes held by them, in the same or the next sentence
    ['ミスさげもんのお二人、今年も浴衣がよくお似合いで、男性スタッフは目のやり場に困っていました。', 'decency/lookism', 'warn'],
    ['受付は袴姿の女子学生ボランティアでした。来館された男性の方々の視線はすっかりそちらにくぎ付けでした。', 'decency/lookism', 'warn'],
    ['成人式の受付は振袖の若い女性職員が担当。おじさま方の目線は彼女たちに奪われていました。', 'decency/lookism', 'warn'],
    // a wrong of daily life dated from a group's coming, either order
    ['留学生が住み始めてから、夜中の騒音の苦情がひどくなりました。', 'decency/discriminatory', 'block'],
    ['不法投棄の件ですが、実習生の方々が越してきてから目立つようになったのは事実です。', 'decency/discriminatory', 'block'],
    // the old told to hand back licences gracefully, or before a confusion presumed of them all
    ['高齢の運転者の皆さん、右と左の見分けがつかなくなる前に免許を返納してください。', 'decency/discriminatory', 'block'],
    ['シニアドライバーの皆さん、そろそろ潔く免許を手放しましょう。', 'decency/discriminatory', 'block'],
    // a people's loudness presumed, the people named as visitors
    ['海外からの観光客は声が大きいので、館内では静かにと伝えてください。', 'decency/discriminatory', 'block'],
  ])('flags %s', (text, rule, severity) => {
    expect(flagged(text, rule, severity)).toBe(true)
  })
  it.each([
    // rain that fills a field, a repaired stretch, a course opened after works
    '大雨のおかげで、休耕田もすっかり水田になりました（笑）',
    '浸水対策の工事が終わり、どこでも安心して川下りができるようになりました（笑）',
    // children or a thing the eyes are held by; men puzzled by papers
    '浴衣姿の子どもたちの踊りに、おじいちゃんたちの目は釘付けでした。',
    '着物姿の女性職員が作品を解説すると、男性の皆さんの視線は展示に釘付けでした。',
    '若い女性職員が案内を担当しました。男性の皆さんの視線は花火に釘付けでした。',
    '男性職員たちは、資料の多さに目のやり場に困っていました。',
    // something other than a wrong grew, the link denied, the wrong fell
    '外国の方が入居されてから、地域のお祭りの参加者が増えました。',
    'ごみの分別が守られていない件は、外国の方が入居されてからではなく、以前からの課題です。',
    '外国人住民が増えてから、ごみ出しルールの多言語チラシへの問い合わせが増えました。',
    '外国の方が入居されてから、ごみ出しのルール違反は減りました。',
    // a licence handed back told as a deed, a campaign's request
    '高齢ドライバーの皆さん、運転に不安を感じたら、早めに免許の自主返納もご検討ください。',
    '80歳の父は、去年潔く免許を返納してくれました。',
    // a guide's voice heard by the visitors; visitors welcomed
    '外国のお客さんは、ガイドの声が大きいと聞き取りやすいそうです。',
    '外国のお客さんは大歓迎です。舟の上では船頭さんの声に耳を傾けてね',
  ])('passes %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
    expect(blocked(text)).toBe(false)
  })
})

describe('decency: blind W29 kinds (dec12)', () => {
  const flagged = (text: string, rule: string, severity: 'block' | 'warn') =>
    check(text, { tone: 3 }).findings.some((f) => f.rule === rule && f.severity === severity)
  const blocked = (text: string) => check(text, { tone: 3 }).findings.some((f) => (f.rule.startsWith('decency/') || f.rule === 'hostility/discrimination') && f.severity === 'block')
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each<[string, string, 'block' | 'warn']>([
    // a harmful disaster made the staff's stock joke, at a party or with a laugh
    ['昭和の大水害のときは、役場の一階まで水が入って、係長の自転車が流されたのが今も忘年会の定番ネタです（笑）', 'decency/insensitive', 'block'],
    ['課長の新車が豪雨で水没したのは、今でも飲み会の持ちネタです。', 'decency/insensitive', 'block'],
    ['商店街のお知らせです。\n\n台風で支所の倉庫が倒壊した年の話は、いまだに課内の鉄板ネタ笑\n\n今年もよろしくお願いします。', 'decency/insensitive', 'block'],
    // a loud or shouting nuisance laid on a group as the usual culprit, with a slur between
    ['夜の公園で大声を出しているのは、たいてい品のない外国人観光客です。', 'decency/discriminatory', 'block'],
    ['駅前でわめいているのは、だいたい外国人です。', 'decency/discriminatory', 'block'],
    // a single-parent home presumed to neglect its children, as the reason for a request
    ['母子のご家庭はどうしても子どもに目が行き届かないので、見守りをお願いします。', 'decency/stereotype', 'warn'],
    ['片親のおうちは子どもの宿題まで手が回らないので、学習会にお誘いください。', 'decency/stereotype', 'warn'],
    // young women placed at a desk and credited with the men's ease, or called the bloom of the place
    ['受付に若い女性スタッフを立たせたら、年配の男性のお客様の対応が急にスムーズになりました😂', 'decency/lookism', 'warn'],
    ['案内所に若い女の子を座らせると、やっぱり華があって違いますね。', 'decency/lookism', 'warn'],
    // a shelter's life called a camp or an outing that is fun
    ['大雨が続きます。避難所の雑魚寝も、キャンプだと思えば案外楽しいものですよ♪', 'decency/insensitive', 'block'],
    ['また川があふれたら、避難所で合宿みたいにみんなで過ごすのもワクワクしますね', 'decency/insensitive', 'block'],
  ])('flags %s', (text, rule, severity) => {
    expect(flagged(text, rule, severity)).toBe(true)
  })
  it.each([
    // a mishap with no harm, a lesson passed on
    '台風の日に傘がひっくり返った話は、課内の鉄板ネタです（笑）',
    '平成の豪雨の経験は、今も防災講座の大切な教訓として伝えています。',
    '新年会の定番ネタは、課長の若い頃の釣りの失敗談です（笑）',
    // a loud voice that is no nuisance, or not a group
    '大声で呼びかけているのは、たいてい外国人のボランティアの方です。',
    '夜の川沿いで大声を出しているのは、たいてい地元の大学生です。',
    '注意を喚起しているのは、たいてい外国人の方です。',
    // a single-parent home served without a trait presumed; the presumption named as one; no group
    'ひとり親のご家庭は、夏休み中の学童保育の利用料が減免されます。',
    'ひとり親のご家庭は子どもに目が行き届かないと思われがちですが、そんなことはありません。',
    '夏休みはどうしても子どもに目が行き届かないので、地域の見守りにご協力ください。',
    '高齢の方は庭の手入れまで手が回らないので、ボランティアが草取りをお手伝いします。',
    // staff placed for a skill, women served by women, flowers
    '窓口に手話のできる職員を置いたら、手続きがスムーズになりました。',
    '窓口に女性職員を配置したところ、女性の相談者から相談しやすくなったとの声をいただきました。',
    'ロビーに花を飾ったら、やっぱり華があると違いますね〜',
    // a shelter drill or camp to learn in, comfort provided, camping gear
    '親子で避難所体験キャンプ！段ボールベッドでの雑魚寝も楽しく学べます。',
    '避難所でも子どもたちが少しでも楽しく過ごせるよう、おもちゃや絵本を用意しています。',
    'キャンプ用品は避難生活でも役立ちます。楽しいアウトドアを防災にも生かしましょう。',
  ])('leaves %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
  })
  // the group as the victim of a wrong that rose, not its cause (false block on main); the group as the cause stays blocked
  it.each([
    '技能実習生が来てから、彼らを狙った自転車の盗難が増えています。',
    '外国人労働者が増えてから、彼らが被害に遭う空き巣が増えています。',
    '留学生が住み始めてから、留学生の自転車が盗まれる被害が増えています。',
  ])('does not block the group as victim: %s', (text) => {
    expect(blocked(text)).toBe(false)
  })
  it.each([
    '実習生が来てから、自転車の盗難が増えています。',
    '外国人が増えてから、彼らによる盗難が増えています。',
    '実習生が来てから、盗難の被害が増えています。',
    '外国人が増えてから、住民が被害に遭う空き巣が増えています。',
  ])('still blocks the group as cause: %s', (text) => {
    expect(blocked(text)).toBe(true)
  })
})

describe('decency: blind R211D kinds (decrep13)', () => {
  const flagged = (text: string, rule: string, severity: 'block' | 'warn') =>
    check(text, { tone: 3 }).findings.some((f) => f.rule === rule && f.severity === severity)
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each<[string, string, 'block' | 'warn']>([
    // the non-disabled wished for as the ones to take up a place, by a preference adverb or a comparison
    ['グループホームの空き部屋ですが、介助の手間を考えると、できれば健常者の方に入居してもらえるとありがたいです。', 'decency/discriminatory', 'block'],
    ['【臨時職員募集】\n\n事務補助を1名募集します。書類運びが多いので、なるべく健常な人が応募してくれると助かります。', 'decency/discriminatory', 'block'],
    ['貸し農園の区画は、正直、健常な方のほうが手間がかからなくて助かります。', 'decency/discriminatory', 'block'],
    // a disaster that happened made the measure of today's crowd with a laugh, or the town wished flooded again
    ['花火大会の人出、あの水害の年の濁流を思い出すくらいの勢いでした笑', 'decency/insensitive', 'warn'],
    ['朝市のにぎわい、震災のときの避難所並みの混雑です😂', 'decency/insensitive', 'warn'],
    ['あの大雨からもう5年。今年の川開きは大盛況です！\nこのまま町じゅうを見物客で浸水させちゃいましょう🌊', 'decency/insensitive', 'warn'],
  ])('flags %s', (text, rule, severity) => {
    expect(flagged(text, rule, severity)).toBe(true)
  })
  it.each([
    // the non-disabled asked to help or to give way, the notion opposed, inclusion
    'エレベーターが混み合います。なるべく健常な方は階段をご利用いただけると助かります。',
    'できれば健常な方にも参加していただき、車いすの方の介助を手伝っていただけると助かります。',
    '障がいのある方も健常な方も、どなたでもご応募いただけます。',
    'できるだけ健常者が入居すべきだという考えは差別です。',
    '健常者の方が多い職場でも、障がいのある方が働きやすい環境づくりを進めています。',
    // a disaster remembered with sorrow, recovery told, a warning against sinking a phone
    'あの豪雨の年を思い出すと、今も胸が痛みます。',
    '豪雨災害以来の人出となり、商店街の皆さんも復興を実感されていました。',
    '川下りでは、スマホを水没させないよう防水ケースをご用意ください。',
    'スープに豆腐を沈めちゃいましょう。',
    '台風の備えは早めに。ベランダの植木鉢は室内に入れましょう。',
  ])('leaves %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
  })
})

describe('decency: blind R221N / R223L kinds (dec13)', () => {
  const blocks = (text: string) => findingsOf(decency, text).some((f) => f.rule === 'decency/discriminatory' && f.severity === 'block')
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each([
    // a foreign group told to come with a Japanese person named as the companion, the reason given first at length
    '外国人のお客様は、言葉の行き違いを防ぐためにも、できるだけ日本人の同伴者とご一緒にお越しください。',
    '海外出身の方のご入居は、日本人の付き添いの上でお申し込みください。',
    '外国籍の方の貸しボート利用は、日本人同伴でお願いしております。',
    // a people's trait as the reason for a workaround the staff keep, laughed at
    'インドネシアの方は時間にルーズなので、待ち合わせは1時間前を伝えておくのがおすすめですｗ',
    'アフリカ出身の皆さんはのんびりしているから、締切は前倒しでお知らせしてます😂',
  ])('blocks %s', (text) => {
    expect(blocks(text)).toBe(true)
  })
  it.each([
    // the two met as equals, a companion said to be unneeded, a Japanese guide or volunteer offered
    '外国人と日本人が一緒に料理を作る交流会です。',
    '外国人の方のご来店は、日本人の同伴者がいなくても大丈夫です。',
    '外国人観光客向けツアーには、日本人ガイドが同行します。',
    '外国籍の方も日本人の方も、どなたでもご参加いただけます。',
    // a request reported, a trait notion opposed
    'ネパールの方から、開始時刻を早めに伝えてほしいとのご要望がありました（笑）',
    '外国の方は時間にルーズというのは思い込みです。早めに伝える必要はありません笑',
  ])('leaves %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
  })
  it.each([
    // a trait enjoyed, or one told without a laugh, stays the stereotype's warning
    'ブラジルの方は陽気なので、サンバの練習も大いに盛り上がりました笑',
    'ネパール出身の方は時間にルーズなので、集合時間を早めにお伝えしています。',
  ])('keeps the warning, not a block: %s', (text) => {
    expect(blocks(text)).toBe(false)
    expect(findingsOf(decency, text).some((f) => f.rule === 'decency/stereotype' && f.severity === 'warn')).toBe(true)
  })
})

describe('decency: team kinds (dec13) — masked kana slurs after a word, a refusal after a long reason, a quoted prejudice acted on', () => {
  const blocks = (text: string) => findingsOf(decency, text).some((f) => f.rule === 'decency/discriminatory' && f.severity === 'block')
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each([
    // a kana slur with its mask inside, after a particle or a word; one quoted as the joke its speakers laugh at
    '書類をよく読まずにめ〇ら判を押すのはやめましょう。',
    'この段差、よほどのめ●らでなければ気づくと思います。',
    '補聴器フェア開催！「耳が遠くてつ〇ぼになった」って笑ってる方、ぜひどうぞ。',
    // a group's application refused at the end of a sentence after a long reason
    '最近は外国籍の方からの消防団への応募もありますが、訓練中の指示が伝わらないと危ないので、正直ご遠慮いただきたいです。',
    // a resident's prejudice quoted and acted on with a measure of control
    '「外国人が増えると団地の治安が悪くなる」との声も寄せられており、入居時の身元確認を厳しくすることにしました。',
    // someone's words of exclusion agreed with as a matter of course
    '受付の方が「車いすの人は正直来てほしくない」と話していましたが、まあそうでしょうね。',
    '大家さんが「外国人には部屋を貸したくない」と言っていましたけど、そりゃそうですよね。',
    // welfare recipients called 生保 and tied to gambling or taxes spent on fun
    '生保の人が昼間からパチンコに行っているのを見ました、という通報が増えています。',
    '生保受給者が税金で遊んで暮らしているとの声、もっともだと思います。',
    '「グループホームができると地区の雰囲気が暗くなる」というご意見に配慮し、障害のある方の入居は見直しました。「精神障害の方が近くにいると怖い」というご意見を踏まえ、利用を制限します。',
  ])('blocks %s', (text) => {
    expect(blocks(text)).toBe(true)
  })
  it.each([
    // someone's words of exclusion answered, ordinary words agreed with
    '船頭さんが「足の悪い人は乗せたくない」と言っていましたが、それは差別にあたります。',
    'おばあちゃんが「今年の夏はとにかく暑い」と言っていましたが、そりゃそうですよね。',
    // life insurance, not welfare
    '生保の営業の方がパチンコ店の駐車場で勧誘をしていたとの苦情がありました。',
    // an ordinary word masked, a slur quoted as a wrong, one laughed at by others
    'ため〇らわずにご相談ください。',
    'はなつ〇ぼみが開きました。',
    '「つ〇ぼ」は聴覚障害のある方への差別語です。笑って済ませず、使わないようにしましょう。',
    // a refusal far on in the sentence that is of cars, not of the group
    '外国の方の参加も増えてうれしい限りです。会場が混み合いますので、お車でのご来場はご遠慮いただきたいと思います。',
    '障害のある方の参加も増えてきました。会場が狭いため、付き添いの方は1名までとし、それ以上のご同伴はご遠慮いただきたいです。',
    // a worry met with help, the view answered, the group's own worry, a worry with no group
    '「外国人が増えてごみ出しのトラブルが心配」という声を受け、多言語のごみ出しガイドを作成しました。',
    '「外国人が増えると治安が悪くなる」という声もありますが、そうしたデータはありません。見回りは従来どおりです。',
    '「障害のある方が避難所で不安を感じる」という声を受け、福祉避難所の運営を見直しました。',
    '「夜の公園が暗くて怖い」という声を受け、防犯カメラを設置しました。',
  ])('leaves %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
  })
})

describe('decency: team kinds (dec13) — a people\'s manners hinted at by trailing off, a foreign group alone given a condition', () => {
  const blocks = (text: string) => findingsOf(decency, text).some((f) => f.rule === 'decency/discriminatory' && f.severity === 'block')
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each([
    // manners or bearing left unsaid after a people, masked names included
    '中国のお客様は、正直態度が…なので、窓口は2人で対応しています。',
    '中〇人の団体さんはマナーが…ということで、張り紙を増やしました。',
    // a foreign group alone given a companion, a guarantor or a room apart
    '外国人の方だけ、日本人の保証人が必要です。',
    '外国籍のお客様のみ、スタッフの付き添いでのご利用とさせていただきます。',
  ])('blocks %s', (text) => {
    expect(blocks(text)).toBe(true)
  })
  it.each([
    // the worry answered, manners praised or improving, the notion opposed
    '外国人観光客の方はマナーが…と心配する声もありますが、実際はとても丁寧です。',
    '韓国の方はマナーが、年々よくなっています。',
    'ブラジルの方はマナーが素晴らしいと評判です。',
    'ベトナムの方はごみ出しが…という話は誤解です。',
    // a document the law asks for, help on request, a condition not of a people
    '外国籍の方のみ、在留カードの提示が必要です。',
    '外国籍の方のみ、ご希望により通訳が同伴します。',
    '18歳未満の方のみ、保護者の同伴が必要です。',
  ])('leaves %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
  })
})

describe('decency: team kinds (dec13) — a group priced as cheap labour for simple work, a group said to soil a facility', () => {
  const blocks = (text: string) => findingsOf(decency, text).some((f) => f.rule === 'decency/discriminatory' && f.severity === 'block')
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each([
    // a group able for simple work only, pitched as a saving on labour
    '障害のある方も、単純な作業なら十分こなせます。コストを抑えたい農家の皆さん、ぜひ受け入れを。',
    '留学生のアルバイトは簡単な仕事ならすぐ覚えますし、時給も安く済みます。',
    // a group said to soil a facility as a fact
    '車いすの方がタイヤで床を汚されることが多いため、玄関マットを敷いています。',
    '外国人の方が汚していくことが多いので、公園のトイレは閉鎖しました。',
  ])('blocks %s', (text) => {
    expect(blocks(text)).toBe(true)
  })
  it.each([
    // an employment subsidy, a reassurance, dirt with no group
    '障がいのある方を雇用する事業所には、簡単な手続きで人件費を抑えられる助成金があります。',
    '障害のある方がトイレを汚してしまっても大丈夫です。職員がすぐに清掃します。',
    '外国人観光客の方が増え、ごみが多くなったため清掃回数を増やしました。',
    '雨の日は床が汚れやすいため、玄関マットを敷いています。',
  ])('leaves %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
  })
})

describe('decency: blind kinds (dec2) — aid users refused, a couple\'s night veiled, a people tied to crime or its absence cheered', () => {
  const flag = (text: string, rule: string, severity: 'warn' | 'block') => findingsOf(decency, text).some((f) => f.rule === rule && f.severity === severity)
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each<[string, string, 'warn' | 'block']>([
    // people named by the aid they use, two such groups joined, and their boarding or entry refused
    ['繁忙期は、車いすをご利用の方や白杖をお使いの方のご乗船をお断りすることがあります。', 'decency/discriminatory', 'block'],
    ['白杖をお使いの方の入館はお断りしています。', 'decency/discriminatory', 'block'],
    // a night outing in scare quotes after stamina food, with a leer
    ['うなぎで精をつけたご夫婦は、今夜は「夜の運動会」ですね😏', 'decency/sexual', 'block'],
    // a person's night guessed at with an adverb
    ['ガイドさんの話術、見事でした。夜の方もさぞかしお上手なんでしょうね😏', 'decency/sexual', 'warn'],
    // a foreign group's number given as the reason crime will rise
    ['留学生が増えたので、このあたりも空き巣が心配です。', 'decency/discriminatory', 'block'],
    // a people's absence told as the place's gain
    ['中国人の団体客が来なくなって、商店街がきれいになりました', 'decency/discriminatory', 'block'],
    // an age line said to bring decline to everyone
    ['80歳を超えたら例外なく運転能力は落ちます。', 'decency/stereotype', 'warn'],
    // women told to keep quiet and keep to a task
    ['女房は黙って飯ば作っとけばよかとです。', 'decency/discriminatory', 'warn'],
    // women joining a body valued as decoration or for the tea
    ['女子職員が入ってくれて、職場に花が咲きました。', 'decency/stereotype', 'warn'],
    ['役員会に女性の方が加わり、これでお茶出しの心配もなくなりました。', 'decency/stereotype', 'warn'],
    // an election running and one candidate held up or asked to be backed
    ['市議選に出馬する山田さんは、まちを託せる方です。', 'decency/conduct', 'warn'],
    // a candidate named and the readers asked outright to back them, the ask in the next sentence
    ['来週告示の県議選に、地元出身の田中さんが立候補されます！子育て世代の代表として、ぜひご支援・応援をよろしくお願いします', 'decency/conduct', 'block'],
    // a sex said as a whole to be poor at a skill
    ['防災訓練のロープワーク、やっぱり女性は力の要る結び方が苦手なようです。', 'decency/stereotype', 'warn'],
    // a complaint that one sex's staff are unreliable met by sending the other's
    ['「若い女性ばかりで不安だ」とのお声をいただきました。今後は窓口にベテランの男性職員が対応いたします。', 'decency/discriminatory', 'block'],
    // staff labelled by a demeaning age-and-sex word
    ['窓口のおばちゃん職員に聞いたら、すぐ教えてくれました笑', 'decency/stereotype', 'warn'],
  ])('flags %s', (text, rule, severity) => {
    expect(flag(text, rule, severity)).toBe(true)
  })
  it.each([
    // aid users helped or shown the way, not refused
    '車いすをご利用の方は、スロープのある2番乗り場からご乗船ください。',
    '杖をお使いの方には、乗船時に船頭がお手伝いします。',
    // the night boat ride named as an event, no leer
    '夜の川下りは19時出発です。うなぎのせいろ蒸しを食べてから「夜の川下り」へどうぞ！',
    'うなぎで精をつけて、「夜の川下り」で涼んでくださいね😊',
    '夜のほうも営業しています。ぜひお越しください。',
    // a help for a growing group, the notion called a misconception, a quiet regretted
    '外国人観光客が増えたため、多言語の案内板を設置しました。',
    '外国人が増えると犯罪が増える、というのは誤解です。根拠はありません。',
    'コロナで外国人観光客が減って、川下りも静かになりました。早くにぎわいが戻ってほしいです。',
    // an age in a service open to all, a course offered
    '75歳以上の方は誰でも無料で受診できます。',
    '70歳を過ぎたら、年に一度は運転技能の講習を受けてみませんか。',
    // the remark named to be rejected
    '「女は黙っていろ」といった発言は、男女共同参画の観点から許されません。',
    // women members told plainly, dress brightening a festival
    '女性委員が3名に増え、多様な視点からの意見が出されました。',
    '浴衣姿の女性が増え、会場が華やかになりました。',
    // the election's own events, neutrality stated
    '市長選の立候補者による公開討論会を開催します。',
    '公務員は特定の候補を応援することはできません。',
    '生徒会選挙に立候補した3人の演説を、ぜひ応援してあげてください。',
    '選挙ボランティアを募集しています。投票所の運営にご協力をお願いします。',
    // a skill named as hard for some, not a sex; the notion answered; a sex-specific body matter
    '男性は料理が苦手だと思われがちですが、教室では皆さん手際よく作っていました。',
    '運転が苦手な方のための講習会を開きます。',
    '女性は更年期に睡眠が苦手になることもあります。',
    // a same-sex listener offered in a sensitive matter, staff added for a crowd
    'DVのご相談は、女性ばかりでは不安という方にも配慮し、女性職員が対応いたします。',
    '窓口が混雑して心配とのご意見をいただき、職員を増やして対応いたします。',
    // a staff member called by name, the elders of a neighbourhood thanked
    '近所のおじさんたちが草刈りを手伝ってくださいました。',
    // a list of quoted examples warned against
    '被災した方に向けた「自業自得だ」「出ていけ」のような書き込みはやめましょう。',
  ])('leaves %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
  })
})

describe('decency: blind kinds (dec3) — a town\'s night or a courtship as innuendo, a people blamed or marvelled at, the hearing called normal, a family role mocked, a fire savoured, the old called forgetful', () => {
  const flag = (text: string, rule: string, severity: 'warn' | 'block') => findingsOf(decency, text).some((f) => f.rule === rule && f.severity === severity)
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each<[string, string, 'warn' | 'block']>([
    // a town's night called hot or wild with a kiss or a leer
    ['週末は夜の柳川もかなり熱くなりますよ💋', 'decency/sexual', 'warn'],
    ['夜の繁華街は今日もお盛んです😏', 'decency/sexual', 'warn'],
    // an animal's courtship likened with a leer to people
    ['カササギのオスが一生懸命メスに求愛していました。人間と同じですね😏', 'decency/sexual', 'warn'],
    // litter and noise laid on a people's tour groups as the usual doers
    ['公園でゴミを捨てていくのは、いつも中国からの団体のお客様です。', 'decency/discriminatory', 'block'],
    ['遊歩道に空き缶を捨てたりされるのは、決まって海外からのお客さまです。', 'decency/discriminatory', 'block'],
    // those without a disability named as the "normal" ones
    ['目の不自由な方向けの点字ガイドもございます。もちろん普通の方もご利用いただけます。', 'decency/discriminatory', 'block'],
    // surprise that a people's visitors kept the manners
    ['ベトナムからのお客様なのに、靴もちゃんとそろえて上がってくださいました。', 'decency/stereotype', 'warn'],
    ['韓国の方々なのに行儀よく並んでいて驚きました。', 'decency/stereotype', 'warn'],
    // a spouse or a parent called by a put-down label
    ['休日は寝てばかりのダメ亭主も、この講座で変われるかも？', 'decency/stereotype', 'warn'],
    ['ダメパパ卒業！親子で作るカレー教室です。', 'decency/stereotype', 'warn'],
    // a fire that burnt a building down, its smoke savoured as a smell or a season
    ['昨日の火災で工場が半焼しました。朝は香ばしい匂いがして、秋の訪れを感じました。', 'decency/insensitive', 'block'],
    // forgetfulness called bad as the old's epithet
    ['物忘れの激しいおじいちゃんでも迷わない、わかりやすい地図です。', 'decency/stereotype', 'warn'],
  ])('flags %s', (text, rule, severity) => {
    expect(flag(text, rule, severity)).toBe(true)
  })
  it.each([
    // a night event cheered with fire, a courtship told plainly
    '夜の沖端は花火大会で熱い盛り上がりでした🔥✨',
    '夜の川下りは、灯りの中をゆったりお楽しみいただけます😊',
    'ムツゴロウのオスがメスに求愛するジャンプが見られる季節です。',
    // litter rules told, a tour group thanked, a group helped with a sign
    'ゴミを捨てるのは、決まった曜日の朝8時までにお願いします。',
    '燃えるゴミを捨てるのは月曜日です。海外からのお客様にも多言語でご案内しています。',
    // a ticket class, an event open to all
    '普通の方も特急の方もご利用いただけます。',
    '手話通訳付きの講演会です。どなたでもお気軽にご参加ください。',
    // bad weather against good manners, visitors thanked plainly
    '雨なのに、アジアからのお客様がきちんと並んでくださいました。',
    'アジアの方々も、ゴミをきちんと持ち帰ってくださいました。',
    // 夫婦 after ダメ, a cooking class for fathers
    'ここで遊んではダメ。夫婦でご参加ください。',
    'パパ向けの料理教室を開きます。ふだん料理をしない方も大歓迎です。',
    // a fire prevented, a rebuilt shop, a fire likened to
    '火災予防週間です。空気が乾燥し、冬の訪れを感じる季節になりました。',
    '昨年の火事で全焼した老舗が再建され、香ばしい香りが戻ってきました。',
    '紅葉が火事みたいに真っ赤で、秋の訪れを感じます。',
    // forgetfulness as a health matter
    '物忘れがひどくなったと感じたら、お早めにもの忘れ相談窓口へ。',
    '物忘れが多い高齢の方のための相談会を開きます。',
  ])('leaves %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
  })
})

describe('decency: blind kinds (dec4) — a place marked by shunned marriages, a people marvelled at for keeping time, a contest awaiting a body, children with a developmental trait sent off as a nuisance', () => {
  const flag = (text: string, rule: string, severity: 'warn' | 'block') => findingsOf(decency, text).some((f) => f.rule === rule && f.severity === severity)
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each<[string, string, 'warn' | 'block']>([
    // a place told by the marriages its people were refused, even as a quoted saying hung on it
    ['干拓地の奥の村は、昔から嫁入りを嫌がられてきたところですが、今は景色のいい散歩道があります。', 'decency/discriminatory', 'block'],
    ['祖母の代には縁談がまとまらんと言われた地区も、いまは新しい住宅が並んでいます。', 'decency/discriminatory', 'block'],
    ['「向こうの家の娘は嫁にもらうな」と言われてきた集落も、今は観光客でにぎわっています。', 'decency/discriminatory', 'block'],
    ['あっちの人とは付き合うなと祖父がよく言っていました。', 'decency/discriminatory', 'block'],
    // a people's students or visitors marvelled at for keeping time or the queue
    ['ベトナムからの実習生のみなさん、遅刻もせずに全員そろっていて見直しました。', 'decency/discriminatory', 'block'],
    ['ネパールからの留学生の皆さん、乗船の列にちゃんと並んでいて感心しました。', 'decency/discriminatory', 'block'],
    // a contest's entry awaited for a body
    ['ミス水郷コンテスト、プロポーション抜群の女性のエントリーをお待ちしています😍', 'decency/lookism', 'block'],
    ['着物フォトコンテスト、着物美人も大歓迎です✨', 'decency/lookism', 'block'],
    // children named by a developmental trait, sent off as a nuisance to the others
    ['読み聞かせ会について。多動のお子さんは、ほかのお子さんの迷惑になりますので、ご参加をお控えください。', 'decency/discriminatory', 'block'],
  ])('flags %s', (text, rule, severity) => {
    expect(flag(text, rule, severity)).toBe(true)
  })
  it.each([
    // marriage as a life choice or a legend, the old wedding procession, the prejudice condemned
    '結婚を避ける若者が増えている地域では、少子化対策が課題です。',
    '縁談がまとまり、花嫁行列が集落を練り歩いたのは昭和の初めのことです。',
    '結婚を反対された二人が駆け落ちしたという伝説の土地を訪ねました。',
    '「あの地区の人とは結婚するな」と言われた土地がありました。こうした部落差別は今も残っています。',
    'あそこの家とは、昔から親戚付き合いがあります。',
    // a queue kept by everyone, a group thanked, a queue others were helped to keep
    '子どもたちは時間どおりに集合して、列にもきちんと並んでいて感心しました。',
    '留学生の皆さん、時間どおりに集合し、笑顔で交流を楽しみました。',
    '留学生のみなさんが、子どもたちに列に並ぶよう声をかけてくれて感心しました。',
    // a contest judged on how the costume is worn, all welcome
    '浴衣コンテスト、着こなしや所作を審査します。どなたの応募もお待ちしています。',
    '体型に関係なく、どなたでもご参加いただけます。スタイルは問いません。',
    // a behaviour asked of every child, children with developmental concerns welcomed
    'おはなし会では、ほかの子の迷惑になりますので、会場内で走り回るのはご遠慮ください。',
    '発達に心配のあるお子さんも安心して参加できます。ほかのお子さんの迷惑になるかも、とご心配の方もご遠慮なくご相談ください。',
  ])('leaves %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
  })
})

describe('decency: blind R241E-034 kind (decmaskq5), deaths reported and the next line turning with でも to a cheerful promotion (echo of tone)', () => {
  // Kind: deaths reported, then the next sentence or line turns at once (でも, それでも, だけど) to selling or a festival with emoji
  // (食べて応援しよう, 盛り上げよう): the deaths brushed aside for the sale, block. Hard negatives: condolence said first, a charity
  // fair told soberly, a turn to caution with no promotion.
  const blocks = (text: string) => check(text, { tone: 2, site: 'instagram' }).findings.some((f) => f.rule === 'decency/insensitive' && f.severity === 'block')
  it.each([
    '昨夜の火災で1名の方が亡くなりました😢\nでも元気出していこう！駅前マルシェは今日も開催中🍓✨ みんなで買って応援しよう〜！',
    '台風で2名の方が亡くなられました。\nそれでも夏祭りは予定どおり！屋台でいっぱい食べて盛り上げよう🎉',
    '水難事故で死者が出てしまいました…だけど下ばかり向いてられない！川下りは通常運航、遊びに来てね🚣✨',
  ])('blocks %s', (text) => {
    expect(blocks(text)).toBe(true)
  })
  it.each([
    '大雨で1名の方が亡くなられました。心よりご冥福をお祈りいたします。\n被災した農家の皆さんを応援する物産展を開催します。',
    '大雨で亡くなられた方のご冥福をお祈りします😢 でも、みんなで食べて応援しよう✨',
    '市内の掘割で水難事故があり、男性が亡くなりました。\nでも、川遊びの季節はまだ続きます。ライフジャケットの着用をお願いします。',
  ])('does not block %s', (text) => {
    expect(blocks(text)).toBe(false)
  })
})

describe('decency: blind R239N-055 kind (decmaskq5), visitors of a people called loud or seated apart from the Japanese guests', () => {
  // Kind: a people's visitors, named by a hint or a country (大陸からの団体さん, 半島からのお客さん, 中国からの観光客), said to be loud as a
  // trait (は声が大きくて) or seated apart from the Japanese guests (日本のお客さまとは別の便にご案内): a joke and an exclusion by origin,
  // block. Hard negatives: a guide's voice heard by them, a tour in their language offered apart, guests riding together.
  const flag = (text: string) => findingsOf(decency, text).some((f) => f.rule === 'decency/discriminatory' && f.severity === 'block')
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each([
    'ちなみに、大陸からの団体さんは声が大きくて船頭さんも苦労するので、日本のお客さまとは別の便にご案内しています（笑）',
    '半島からのお客さんって声がでかいけん、すぐわかるね',
    '例の国からの団体さんは声が大きくて、ほかのお客さんが困っていました。',
    '中国からの観光客の方は、日本人のお客様とは別の舟にご案内しています',
  ])('flags %s', (text) => {
    expect(flag(text)).toBe(true)
  })
  it.each([
    '中国からのお客様には、日本のお客さまとは別の便で中国語ガイドがご案内します。',
    '台湾からの団体のお客様は、ガイドの声が大きいと聞き取りやすいそうです。',
    '外国人観光客の方も日本のお客様と一緒の舟で川下りを楽しまれました。',
    '団体のお客さまは人数が多いため、別の便にご案内しています。',
    'ベトナムからの実習生の皆さんは声が大きくて、発表もとても聞きやすかったです。',
  ])('leaves %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
  })
})

describe('decency: team DCG-069, R23A-133, DCH-103 kinds (decmaskq5), people or land sorted by a 同和 district, an ethnic school kept out on worries', () => {
  // Kinds: a district's residents dealt with apart (同和地区にお住まいの方のご相談は別日に), listings marked by whether they lie in the
  // district (該当しない物件には【地区外】と記載), an exchange with an ethnic school's children called off because of worries voiced about them
  // (朝鮮学校の児童との交流会は、保護者から不安の声があったため中止): block. Hard negatives: the sorting denied or condemned, the district's
  // consultations taken on a regular day, an unrelated "対象外" label, an exchange called off for a typhoon or held.
  const flag = (text: string) => findingsOf(decency, text).some((f) => f.rule === 'decency/discriminatory' && f.severity === 'block')
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each([
    'なお、部落出身の方からの申請は確認に時間がかかるため、後日あらためてお受けします。',
    '同和地区にお住まいの方からのご相談は、別日に人権・同和対策室でお受けします。',
    '移住相談で同和地区かどうかを気にされる方が多いので、該当しない土地には「地区外」と明記することにしました。',
    'ﾁｮｳｾﾝ学校の子どもたちとの交流会は、保護者から心配の声が出たため今年は見送ります。',
    'ブラジル人学校との合同運動会は、保護者から反対の声があり取りやめとなりました。',
  ])('flags %s', (text) => {
    expect(flag(text)).toBe(true)
  })
  it.each([
    '同和地区出身の方のご相談も、ほかの方と同じ日にお受けします。別日にすることはありません。',
    '同和地区にお住まいの方からの相談だけ別日に回すことは、部落差別にあたります。',
    '人権・同和対策室では、同和地区の皆さんからのご相談を毎週火曜日にお受けしています。',
    '空き家バンクでは、同和地区かどうかのお問い合わせにはお答えできません。物件に地区外などと記載することもありません。',
    '該当しない物件には「対象外」と表示しています。補助の対象は、要件を満たす空き家です。',
    '朝鮮学校の児童との交流会は、台風接近で安全面の不安があるため中止します。',
    '朝鮮学校の子どもたちとの交流会を今年も開催しました。民族楽器の演奏に大きな拍手が送られました。',
  ])('leaves %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
  })
})

describe('decency: blind R243H/R244U/R245M kinds (rebdec6), flood victims mocked in a reply, a woman staff as decoration, women as the sight of a trip, ability by nationality, a spouse in a night innuendo', () => {
  const flags = (text: string, rule: string, mode: 'post' | 'reply' | 'comment' = 'post', severity?: 'block' | 'warn') =>
    findingsOf(decency, text, { mode }).some((f) => f.rule === rule && (severity ? f.severity === severity : f.severity === 'warn' || f.severity === 'block'))
  const decencyFlags = (text: string, mode: 'post' | 'reply' | 'comment' = 'post') => findingsOf(decency, text, { mode }).filter((f) => f.severity === 'warn' || f.severity === 'block')
  // Kinds: delight offered as a gain to the flooded, said to them in a reply or a comment (R243H-036, block; a post stays warn);
  // a woman joining the office expected to brighten it (R244U-029); women or girls named as what the trip is worth coming to look at
  // (R245M-029); a foreign group judged less able than the Japanese (R245M-030, block); stamina food, then the night with the spouse
  // and a veil word with a leer (R245M-031).
  it.each<[string, string, 'post' | 'reply' | 'comment', 'block' | 'warn' | undefined]>([
    ['@user 浸水したお宅も、これでおうちでプール気分が楽しめますね🏊', 'decency/insensitive', 'reply', 'block'],
    ['床上浸水したご自宅も、おかげで川下り気分が味わえますね✨', 'decency/insensitive', 'comment', 'block'],
    ['来月から係に女性職員が来るそうで、課の雰囲気も華やかになりそうです。', 'decency/lookism', 'post', undefined],
    ['新人の女の子が入ってくれて、部署の空気が一気に華やかになりました🌸', 'decency/lookism', 'post', undefined],
    ['花火大会の夜は、浴衣の女の子たちを眺めに来るだけでも来た甲斐がありますよ✨', 'decency/sexual', 'post', undefined],
    ['ビーチには水着のお姉さんがいっぱい。お姉さんを見に来るのもおすすめです😍', 'decency/sexual', 'post', undefined],
    ['外国人労働者の方々も頑張ってくれていますが、日本人に比べて作業が雑なのが悩みです。', 'decency/discriminatory', 'post', 'block'],
    ['ベトナム人の実習生さんは真面目ですが、やっぱり日本人ほど覚えは早くないですね。', 'decency/discriminatory', 'post', 'block'],
    ['すっぽん鍋で精をつけたら、今夜はご主人も元気いっぱい😏 ご夫婦でどうぞ', 'decency/sexual', 'post', undefined],
  ])('flags %s', (text, rule, mode, severity) => {
    expect(flags(text, rule, mode, severity)).toBe(true)
  })
  it.each<[string, 'post' | 'reply' | 'comment']>([
    ['@user 床上浸水したお宅の片付けに、これから職員が伺います。', 'reply'],
    ['@user 浸水した道路を川下り気分で車で進むのは危険です。おやめください。', 'reply'],
    ['新しい課長は女性の方です。4月1日に着任します。', 'post'],
    ['課の雰囲気が明るくなるよう、朝のあいさつ運動を始めました。', 'post'],
    ['白秋祭の夜は浴衣姿の皆さんでにぎわいます。どんこ舟のパレードを見に来てください。', 'post'],
    ['子どもたちの踊りを見に来るだけでも楽しいですよ。', 'post'],
    ['技能実習生の皆さんがのり養殖を手伝ってくれています。日本語もとても上手になりました。', 'post'],
    ['日本語は日本人ほど上手ではありませんが、留学生の皆さんが一生懸命スピーチしてくれました。', 'post'],
    ['日本人より外国人のほうが劣るというのは偏見です。', 'post'],
    ['うなぎのせいろ蒸しを食べた日の夜は、家族みんなでぐっすり眠れました。', 'post'],
    ['今夜はご主人も一緒に、花火を見に来てくださいね。', 'post'],
  ])('leaves %s', (text, mode) => {
    expect(decencyFlags(text, mode)).toEqual([])
  })
})

describe('decency: blind R246S/R247T/R248B/R249C/R250G kinds (dec7), pity presuming a family, an outbreak closure as a treat, a nuisance pinned on visitors by nationality, a body as a staff role, chores handed to women, body parts offered to the gaze, a crowd mocked by its age', () => {
  const flags = (text: string, rule: string, severity?: 'block' | 'warn') =>
    findingsOf(decency, text).some((f) => f.rule === rule && (severity ? f.severity === severity : f.severity === 'warn' || f.severity === 'block'))
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  // Kinds: a family named by the parent it lacks, presumed to be struggling or lonely (R246S-029); a school closed by an epidemic
  // made a holiday treat for the children (R246S-030); a nuisance (haggling, littering, noise, queue-jumping) pinned on visitors
  // named by their country, as advice or as hearsay (R247T-029, R250G-030, block); a staff member given a body type as a role or
  // a ranking (R248B-045); serving chores handed to women on the staff (R248B-052, block); readers told to look at women's body
  // parts, with a leer (R249C-028); a crowd of one age and sex mocked by its average age, spelt out with spaces (R250G-031).
  it.each<[string, string, 'block' | 'warn' | undefined]>([
    ['父子家庭は何かと大変でしょうから、気軽に相談してくださいね。', 'decency/stereotype', undefined],
    ['母親のいない子どもたちはさぞ寂しいでしょうから、地域で見守っていきましょう。', 'decency/stereotype', undefined],
    ['シングルマザーのご家庭はきっと生活が苦しいはずなので、ぜひ申請を。', 'decency/stereotype', undefined],
    ['ノロが流行って学級閉鎖、子どもたちはゲーム三昧で大喜びかな🤣', 'decency/insensitive', undefined],
    ['コロナで休校になった子どもたち、プチ連休でラッキーかも😆', 'decency/insensitive', undefined],
    ['台湾からの観光客は列に並ばないので、窓口では気をつけてください。', 'decency/discriminatory', 'block'],
    ['中国からのお客さまは大声で騒ぐので、静かな館内ではご注意を。', 'decency/discriminatory', 'block'],
    ['海外の方は川にごみをポイ捨てする人が多いので、見かけたら声をかけてください、と地元の方から聞きました。', 'decency/discriminatory', 'block'],
    ['うちの課のムードメーカーは、ぽっちゃりキャラの係長です（笑）', 'decency/lookism', undefined],
    ['課内イチのぽっちゃりさん、今日も元気です😂', 'decency/lookism', undefined],
    ['女性スタッフが入ってくれたので、お茶くみや雑用もお願いできて助かっています。', 'decency/discriminatory', 'block'],
    ['新人の女の子が来てくれて、電話番とコピー取りは全部任せられるようになりました。', 'decency/discriminatory', 'block'],
    ['水着の女の子たち、くびれと太ももをじっくりチェックしてね♡', 'decency/sexual', undefined],
    ['盆踊りの浴衣美人、胸元とうなじにご注目😏', 'decency/sexual', undefined],
    ['ボランティア、おばちゃんばっかりで平均年齢やばかった😂', 'decency/stereotype', undefined],
    ['料理教室、お ば ち ゃ ん ばっかりで平均年齢エグい🤣', 'decency/stereotype', undefined],
  ])('flags %s', (text, rule, severity) => {
    expect(flags(text, rule, severity)).toBe(true)
  })
  it.each([
    'ひとり親家庭の方は、児童扶養手当の対象となります。申請は子育て支援課へ。',
    'ひとり親家庭だからといって生活が苦しいとは限りません。必要な方は相談を。',
    'ひとり親家庭の皆さん、就学援助の申請期限は5月31日です。',
    'インフルエンザによる学級閉鎖が続いています。閉鎖期間中は不要不急の外出を控えてください。',
    '学級閉鎖の期間はお休みではありません。ゲーム三昧にならないよう、ご家庭での声かけをお願いします。',
    '外国の方は、ごみの分別が分かりにくいことが多いので、多言語の案内を用意しました。',
    '韓国からのお客さまが増えています。韓国語のパンフレットをご用意しました。',
    '海外からのお客さまに、値切り交渉は一般的でないことをやさしくお伝えください。',
    '観光客の方は掘割にゴミを捨てないようお願いします。',
    'ぽっちゃり担当のカピバラ「モモ」が人気です。',
    'ぽっちゃりさん向けの大きいサイズの浴衣を用意しました。職員が着付けをお手伝いします。',
    '新人職員の紹介です！子育て支援課に配属された田中さん、笑顔が素敵な頑張り屋さんです。',
    '会議のお茶出しは当番制で、男女問わず全員で担当しています。',
    '女性職員が2人増えました。窓口の電話応対は新人研修の一環として交代で担当します。',
    '浴衣の着付け教室：うなじが美しく見える髪のまとめ方にも注目です。',
    '選手の太ももの筋肉にご注目ください！',
    'ボランティアの平均年齢は70歳ですが、みんな元気に活動しています。',
    '消防団は男性ばかりで平均年齢も高いため、若い方や女性の入団をお待ちしています。',
  ])('leaves %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
  })
})

describe('decency: blind R251W/R253E/R254L/R255Q kinds (dec8), men melting at a young woman on the staff, girth put politely and laughed at, a nationality habit presumed in English, stamina innuendo in English, litter pinned on a nationality, the kana slur for the blind before a copula', () => {
  const flags = (text: string, rule: string, severity?: 'block' | 'warn') =>
    findingsOf(decency, text).some((f) => f.rule === rule && (severity ? f.severity === severity : f.severity === 'warn' || f.severity === 'block'))
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  // Kinds: a woman on the staff seen for her youth or title and the men said to melt at her (デレデレ, メロメロ, 鼻の下; R251W-054);
  // a person's girth named by a polite width (横幅のある, 恰幅のいい, お腹の出た) and laughed at (R253E-036); visitors named by their
  // country in English with a habit presumed of them all (as loud as usual, always tend to be noisy; R254L-028); a food credited in
  // English with the night in bed and the reader nudged (thank us later, your partner will thank you, a leer; R254L-030); any litter
  // thrown (ペットボトル, 缶, 投げ捨て) laid on a group by nationality (R255Q-030, block); the kana slur for the blind followed by a
  // copula or a question, spaced or not (めくら なんかな, めくらなの; R255Q-036, block).
  it.each<[string, string, 'block' | 'warn' | undefined]>([
    ['受付の看板娘が対応すると、男性の来庁者はみんなデレデレです😍', 'decency/lookism', undefined],
    ['浴衣の女性職員が案内したら、おじさんたちはメロメロでした笑', 'decency/lookism', undefined],
    ['七五三の撮影会、ちょっと横幅のある子は着物がきつそうでした（笑）', 'decency/lookism', undefined],
    ['恰幅のいい職員さんは法被がパツパツでした😂', 'decency/lookism', undefined],
    ['Guests from Korea: the river is quiet at night, so please try not to be as loud as usual on the boats.', 'decency/discriminatory', undefined],
    ['Vietnamese tourists always tend to be noisy at the onsen lol', 'decency/discriminatory', undefined],
    ['Our local sake: the secret to long nights in the bedroom 😏', 'decency/sexual', undefined],
    ['Oyster season! Perfect for keeping it up all night long, your wife will thank you.', 'decency/sexual', undefined],
    ['川に空き缶を捨てていくのは、たいてい海外からの団体客です。', 'decency/discriminatory', 'block'],
    ['掘割にペットボトルを投げ捨てるのは、ほとんど外国人観光客です。', 'decency/discriminatory', 'block'],
    ['あの人 めくら なのかって思いました笑', 'decency/discriminatory', 'block'],
    ['信号見てない人多すぎ、みんなめくらなんじゃないの', 'decency/discriminatory', 'block'],
  ])('flags %s', (text, rule, severity) => {
    expect(flags(text, rule, severity)).toBe(true)
  })
  it.each([
    '孫の浴衣姿に、おじいちゃんたちはデレデレでした。',
    '看板犬のポチには、男性のお客さんもみんなデレデレです。',
    '恰幅のいい方にも合う大きいサイズの浴衣をご用意しました。',
    '横幅のある家具は、粗大ごみとしてお申し込みください。',
    'お腹の大きい方（妊婦さん）は優先席をご利用ください。',
    'Tour groups from China are welcome! The boats depart every 30 minutes as usual.',
    'Visitors from Korea: the fireworks will be as loud as usual, so bring ear plugs for small kids!',
    'Eel gives you stamina for the summer heat. Bring your partner to the eel festival!',
    'The lantern festival runs all night long. Try our eel bento and thank us later!',
    'Feeling sick? Stay in bed and rest; your partner will thank you for not spreading the flu.',
    'ペットボトルを掘割に投げ捨てるのはやめましょう。',
    '掘割にごみを投げ捨てるのは、観光客だけでなく地元の人も同じです。',
    'ページをめくらなかった人は、最後のページの説明を読んでください。',
    'カレンダーをめくらなきゃと思いつつ、もう3日です。',
    '盲導犬の育成にご協力ください。盲学校の生徒さんの作品展も開催中です。',
  ])('leaves %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
  })
})

describe('decency: blind R257P kinds (dec9), a place\'s women praised in a wife\'s role then offered as brides, the site of a fresh harm shown off as a photo spot, a district\'s people by origin typed by temper', () => {
  const flags = (text: string, rule: string) =>
    findingsOf(decency, text).some((f) => f.rule === rule && (f.severity === 'warn' || f.severity === 'block'))
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  // Kinds: a town's women (or men) praised with a wife's role or a sex's trait (夫を立てる, 尽くす, 控えめ, 家庭的) in one sentence and
  // offered to the other sex as brides or grooms in the next (R257P-012, stereotype warn); people named by the settlement or district
  // they come from (集落の出身の方, 地区出身の人) typed by temper or manners, even as hearsay then praised (R257P-048, discriminatory warn).
  it.each<[string, string]>([
    ['うちの町の女性は気立てがよくて、ご主人に尽くすタイプが多いんです。結婚相手をお探しの男性はぜひ移住を！', 'decency/stereotype'],
    ['筑後の娘さんは控えめで家庭的と昔から言われます！お嫁さん候補を探している方、婚活ツアーにどうぞ。', 'decency/stereotype'],
    ['この町の男性は働き者で、奥さんを大事にすると評判。お婿さん探し中の女性の皆さん、遊びに来て！', 'decency/stereotype'],
    ['山あいの集落出身の人は気性が荒いってよく聞きますが、運動会では本当に心強いです。', 'decency/discriminatory'],
    ['川向こうの地区の出身の方々は柄が悪いと言われがちですが、さすがの迫力でした。', 'decency/discriminatory'],
  ])('flags %s', (text, rule) => {
    expect(flags(text, rule)).toBe(true)
  })
  it.each([
    '柳川の女性は昔から働き者で、市場や工房を支えてきました。企画展「働く女性たち」を開催します。',
    '市内の独身の方を対象に、男女問わず参加できる婚活イベントを開催します。お嫁さん・お婿さん探しにどうぞ。',
    '地元の男性は働き者で、漁や農業を支えてきました。花嫁舟の行事は今年も開催します。',
    '海沿いの集落の出身の方が、祭りの歴史について語ってくださいました。',
    '地区出身の方は、申込書に出身地区をご記入ください。',
    '沖端の集落の方々は気性が荒いと言われることがありますが、それは誤解です。',
  ])('leaves %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
  })
  // Kind (echo of tone): a harm to a person told as days old (先週, 昨日, 先日 … 溺れ, 亡くな, はねられ) and the place then praised as a
  // photo spot (映え, エモい, 絶景) with emoji: the site of a fresh harm made a sight, block (R257P-017). Hard negatives: a bridge washed
  // away (no person), a fence put up at the site, a near miss, condolence said.
  const blocks = (text: string) => check(text, { tone: 2, site: 'instagram' }).findings.some((f) => f.rule === 'decency/insensitive' && f.severity === 'block')
  it.each([
    '昨日、お年寄りがはねられた交差点ですが、イルミネーションが映えてます✨',
    '先日、園児が溺れた公園の池、今日は水面がキラキラですごく映えてました✨📸',
  ])('blocks %s', (text) => {
    expect(blocks(text)).toBe(true)
  })
  it.each([
    '昨日の大雨で流された橋ですが、今日は晴れて絶景です✨',
    '先週、小学生が溺れる事故のあった川に、今日から柵を設置しました✨',
    '先週溺れかけた川ですが、今日はめちゃくちゃ映えてました✨📸',
    '先日亡くなられた写真家の方の、掘割の絶景写真展を開催します。心よりご冥福をお祈りいたします。',
  ])('does not block %s', (text) => {
    expect(blocks(text)).toBe(false)
  })
})

describe('decency: blind dec10 kinds, a people\'s fault shrugged off, a verdict by origin, a prejudice relayed unanswered, applicants sorted by presumed idleness, a woman\'s looks over her work, elders mocked with a feigned retraction, dementia as a gag, a masked slur, a people\'s loudness joked of, quoted refusals named wrong in the next paragraph', () => {
  const flags = (text: string, rule: string, min: 'warn' | 'block' = 'warn') =>
    findingsOf(decency, text).some((f) => f.rule === rule && (f.severity === 'block' || (min === 'warn' && f.severity === 'warn')))
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  // Kinds: a rule or manners broken, accepted as what a people's growing number brings (…も増えたので、騒音がうるさいのも仕方ない; R262J-028);
  // a people's firms or workers said unfit for a task by origin (…系の会社に住民データを任せるべきではない; R261D-027, block); a complaint that a
  // people is favoured over the Japanese passed on unanswered (R259H-031); applicants for support judged by a presumed unwillingness to
  // work (R259H-029); a woman's clothes or body noticed ahead of her work (R260K-028); elders labelled by a failing or a slur for senility
  // "taken back" as a joke (R261D-028); forgetfulness laughed off as being on the way to dementia (R259H-028); a masked kana slur for
  // beggars (R262J-030, block); a people's visitors laughed at as loud (R263F-027, block).
  it.each<[string, string, 'warn' | 'block']>([
    ['外国人の住民が増えたので、夜の騒音がうるさいのも仕方ないですね。', 'decency/discriminatory', 'warn'],
    ['実習生も増えてきたけん、分別のルールが守られんのもしょうがなかですね。', 'decency/discriminatory', 'warn'],
    ['中国系の会社に住民データを任せるべきではないと思います。', 'decency/discriminatory', 'block'],
    ['やっぱり外国の業者に市の仕事を頼むのは怖いですね。', 'decency/discriminatory', 'block'],
    ['最近は外国人ばかり優遇されているとのご意見もありますので、ご理解ください。', 'decency/discriminatory', 'warn'],
    ['留学生の受け入れが増えて、日本人の学生が後回しにされているという声も届いています。', 'decency/discriminatory', 'warn'],
    ['相談窓口です。ただ、働く気のない若者の申請には厳しくしてもよいと個人的には思います。', 'decency/stereotype', 'warn'],
    ['委員長の答弁より、つい脚に目がいってしまいました😊', 'decency/lookism', 'warn'],
    ['新人議員さん、演説の内容より見た目に目を奪われました🌸', 'decency/lookism', 'warn'],
    ['高齢者向け講座、毎回ボケ…いや、ユニークな回答が出ます😂', 'decency/discriminatory', 'warn'],
    ['パソコン音痴のお年寄りも歓迎です！', 'decency/discriminatory', 'warn'],
    ['物忘れがひどくて、私ももう認知症の仲間入りです笑', 'decency/insensitive', 'warn'],
    ['あそこに住みついとるのはこ○きやろ', 'decency/discriminatory', 'block'],
    ['韓国からの団体さん😂 声が大きいけん遠くからでもすぐ分かります', 'decency/discriminatory', 'block'],
  ])('flags %s', (text, rule, min) => {
    expect(flags(text, rule, min)).toBe(true)
  })
  it.each([
    '外国籍の入居者さんも増えてきたので、ゴミ出しルールが守られるよう分別表を5か国語で用意しました。',
    '市営住宅のゴミ出しルールが守られないのは仕方ないことではありません。ご協力をお願いします。',
    '海外のサーバーに個人情報を置くべきではないという国の指針に沿って、システムを更新しました。',
    '外国の事業者に業務を委託する場合も、個人情報の取扱いは契約で厳しく定めています。',
    '外国人材の受け入れが増えてきたので、職場のルールが守られないこともある程度は仕方ないと考え、研修を用意しました。',
    '外国籍の方の申請が増えて日本人が後回しになっているとの声がありますが、そのような事実はありません。申請順に対応しています。',
    '日本人の相談が後回しにならないよう、窓口を増やしました。',
    '働きたくても働けない方の申請も受け付けています。審査は公平に行います。',
    '新作の浴衣に目がいきますね。白秋祭でぜひお召しください。',
    '議会だより：質問の内容より先に、まず傍聴席の案内をご覧ください。',
    'シニア向けスマホ教室、今年もやります📱 スマホが初めての方でも大丈夫！毎年たくさんの質問をいただいています😊',
    '漫才教室、ボケとツッコミの練習で大盛り上がり😂 ボケ…じゃなくてツッコミ役が足りません！',
    '寝ぼけ…じゃなくて早起きして朝市に行ってきました😂',
    '認知症予備軍（MCI）の方も対象です。物忘れが気になる方はお気軽にご相談ください。',
    '今日の認知症カフェ、ご家族同士の情報交換で盛り上がりました。次回は10月です。',
    '台湾からの留学生の皆さんは声が大きくてハキハキと発表してくれました。',
    '川下りのガイドさんは声が大きくて、どこにいても聞き取りやすいです。',
  ])('leaves %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
  })
  // Kind (JJ-002): refusals quoted in a paragraph of their own as examples, then named wrong by the next paragraph (このような対応は…禁止
  // されています) or introduced so by the one before: a mention. Hard negatives: the same quotes with no such words, or named not wrong.
  const decencyWorst = (text: string) => check(text, { site: 'facebook', tone: 4 }).findings.filter((f) => f.rule.startsWith('decency/')).map((f) => f.severity)
  it.each([
    '【障がいを理由とした差別の禁止】\n\n「盲導犬を連れた方の入店はお断りしています」「付き添いがないと受付できません」\n\nこのような対応は、正当な理由がなければ不当な差別的取扱いにあたります。',
    '次のような対応は、不当な差別的取扱いとして禁止されています。\n\n「外国籍の方の入居はお断りしています」',
  ])('reads as a mention %s', (text) => {
    expect(decencyWorst(text).filter((s) => s !== 'info')).toEqual([])
  })
  it.each([
    '「車いすの方の入店はお断りしています」',
    'お店の貼り紙です。\n\n「車いすの方の入店はお断りしています」「付き添いの方がいないと受付できません」\n\n当店の方針ですのでご了承ください。',
    '「車いすの方の入店はお断りしています」\n\nこのような対応は差別にはあたりません。',
  ])('still blocks %s', (text) => {
    expect(decencyWorst(text)).toContain('block')
  })
})

describe('decency: blind dec11 kinds, bad manners laid on children of foreign origin, a culprit guessed by people, a staff member\'s looks made the talk, maternity leave resented, older staff likened to an old folks\' club', () => {
  const flags = (text: string, rule: string, min: 'warn' | 'block' = 'warn') =>
    findingsOf(decency, text).some((f) => f.rule === rule && (f.severity === 'block' || (min === 'warn' && f.severity === 'warn')))
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  // Kinds: a team or school said to have many children or families of foreign origin and that made the reason its manners or rules are
  // bad (R264Y-029, block); a wrong guessed to be a people's doing, named outright or by a hint (R265G-040); someone on the staff said to be
  // too good-looking and made the talk, or watched for her face over her words (R265G-001); maternity or childcare leave told as a burden on
  // the ones left (R266W-014); older colleagues likened to an old folks' club with a laugh (R266W-055).
  it.each<[string, string, 'warn' | 'block']>([
    ['うちの校区は外国にルーツを持つ子が増えたけん、給食の時間の行儀が悪いのも当然たい。', 'decency/discriminatory', 'block'],
    ['あのチームはブラジルから来た家族の子どもが多いので、応援のマナーがなってないですね。', 'decency/discriminatory', 'block'],
    ['市のホームページを改ざんしたのは、半島の連中の仕業に違いないと思います。', 'decency/discriminatory', 'warn'],
    ['怪しいメールの差出人、文面からして外国人の犯行っぽいですね。', 'decency/discriminatory', 'warn'],
    ['議会中継を見た方から、答弁した女性係長がかわいすぎるって評判です✨', 'decency/lookism', 'warn'],
    ['新任の市長、演説の中身より容姿ばかり注目されていましたね。', 'decency/lookism', 'warn'],
    ['育休を取る職員がまた出ました。おめでたいことですが、残ったメンバーはヘトヘトです💦', 'decency/discriminatory', 'warn'],
    ['産前産後休暇に入った係員の穴を埋めるのが大変で、毎日残業続きです。', 'decency/discriminatory', 'warn'],
    ['スマホ講習会を開きました。50代以上の職員が集まった会議室は、もはや老人クラブだった笑', 'decency/discriminatory', 'warn'],
  ])('flags %s as %s (≥%s)', (text, rule, min) => {
    expect(flags(text, rule, min)).toBe(true)
  })
  it.each([
    '外国から来た家庭のお子さんが多いので、学校では通訳ボランティアを配置しています。',
    '外国籍の住民が増えたため、ごみ出しのルールが守られるよう、やさしい日本語のチラシを作りました。',
    '外国にルーツを持つ子どもたちと、サッカー大会で交流しました⚽',
    '落書きは外国人の仕業ではありません。防犯カメラの映像から、市内の少年と判明しています。',
    'なりすましアカウントにご注意ください。特定の国の人の犯行と決めつけるような書き込みはおやめください。',
    '外国人観光客を狙った犯行が相次いでいます。貴重品の管理にご注意ください。',
    '記者会見で、担当課長が経緯を説明し、深くお詫び申し上げました。',
    '新作のお弁当、中身より見た目ばかり話題になりますが、味にも自信があります！',
    '市長の答弁の内容がわかりやすいと評判でした。',
    '今月から産休に入る職員がいます。業務は係内で分担し、代替職員を配置して対応します。',
    '育休から職員が戻りました。残された資料の整理もすっかり終わっています。',
    '産休に入る職員に、係のみんなで花束を贈りました。元気な赤ちゃんに会える日が楽しみです！',
    '老人会の皆さんと一緒にグラウンドゴルフを楽しみました😂',
    'テレワーク研修では、ベテラン職員も若手に教わりながらビデオ会議の操作を覚えました。',
    '地区の老人会にお招きいただき、まるで家族のように温かく迎えていただきました😊',
  ])('leaves %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
  })
})

describe('decency: blind dec12 kinds, lineage set against a district, needy families set beside "normal" ones, a critic shut out by nationality, a wife presumed unable, a drunken colleague\'s advances laughed off', () => {
  const flags = (text: string, rule: string, min: 'warn' | 'block' = 'warn') =>
    findingsOf(decency, text).some((f) => f.rule === rule && (f.severity === 'block' || (min === 'warn' && f.severity === 'warn')))
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  // Kinds: people ranked by lineage and set against another district, even as a resident's words relayed without comment (R268D-001,
  // block); one-parent or poor families set beside "normal" ones or told not to be ashamed (R268D-007); a critic told that someone of
  // another country has no say (R269H-016, block); a wife or a woman presumed unable to manage a task (R269H-020); staff drunk at a party
  // undressing or pestering a young woman colleague, told with a laugh (R270C-046).
  it.each<[string, string, 'warn' | 'block']>([
    ['この集落は昔から家柄のいい家ばかりで、向こうの地区の人とは格が違うんですよ。', 'decency/discriminatory', 'block'],
    ['案内してくれた船頭さんによると「うちの町内は血筋のしっかりした家ばかり。川向こうの集落とは違う」とのことでした。', 'decency/discriminatory', 'block'],
    ['あの地区とは違って、このあたりは素性の確かな人しか住んでいません。', 'decency/discriminatory', 'block'],
    ['母子家庭のお子さんも、普通のご家庭のお子さんと変わらず楽しめる行事です。', 'decency/discriminatory', 'warn'],
    ['生活保護を受けているご家庭も、恥ずかしがらずに制服リユースをご利用ください。', 'decency/discriminatory', 'warn'],
    ['経済的に余裕がないご家庭の方も、引け目を感じずに給食費の相談をどうぞ。', 'decency/discriminatory', 'warn'],
    ['外国の方に市の施策をとやかく言われる筋合いはありません。', 'decency/discriminatory', 'block'],
    ['日本人じゃない人に、うちの祭りのことで文句を言う資格はなか。', 'decency/discriminatory', 'block'],
    ['お母さんには少し分かりにくい書類ですので、お父さんに記入していただくと安心です。', 'decency/stereotype', 'warn'],
    ['女性の方にはやっぱり難しいと思いますので、設定は旦那様にお願いします。', 'decency/stereotype', 'warn'],
    ['歓迎会にて🍺 課長がべろべろに酔って新人の女の子にしつこく絡んでました笑', 'decency/conduct', 'warn'],
    ['新年会は部長が飲みすぎて上着を脱ぎだし、大爆笑の一夜でした🤣', 'decency/conduct', 'warn'],
  ])('flags %s as %s (≥%s)', (text, rule, min) => {
    expect(flags(text, rule, min)).toBe(true)
  })
  it.each([
    '沖端には江戸時代から続く旧家が多く、白壁の蔵が並ぶ落ち着いた町並みが残っています。',
    '「家柄のいい人ばかりで、あっちの地区とは違う」――こうした言葉が、今も結婚や就職の差別につながっています。',
    '地元の方いわく「このあたりは昔から水がきれいで、掘割の魚も多い」とのこと。',
    '隣の地区とは違う祭りの衣装にもご注目ください。',
    'ひとり親家庭のお子さんも、どなたでも無料でご参加いただけます。',
    '就学援助の申請は保護者の権利です。恥ずかしがらずに、とは言いません。必要な方はいつでもご相談ください。',
    '家庭ごみは、普通の家庭ごみと同じように燃えるごみの日に出してください。',
    '英会話教室です。初めての方も恥ずかしがらずにどうぞ。',
    '海外からのお客様にも、柳川の川下りを楽しんでいただいています。',
    '「外国人に口出しされる筋合いはない」といった書き込みは差別です。やめましょう。',
    '他国の内政に口出しする筋合いはない、との声明が出されました。',
    '妊娠中の女性には難しいポーズもありますので、無理のない範囲でご参加ください。',
    '奥様にはいつも受付を手伝っていただき、ありがとうございます。',
    '女性には無理と決めつけず、消防団では多くの女性団員が活躍しています。',
    '忘年会では、1年の労をねぎらい和やかに懇談しました😊',
    '飲みすぎて体調を崩す方が増える時期です。お酒はほどほどに。',
    '酔って女性職員に絡むのはセクハラです。飲み会でのハラスメント防止にご協力ください。',
  ])('leaves %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
  })
})

describe('decency: blind dec13 kinds, a colleague offered as a bride, a group marvelled at for an ability, an older woman colleague nicknamed or her age joked about, a region\'s people typed, an illness as a put-down, bad manners laid on a country, a foreign group laughed at', () => {
  const flags = (text: string, rule: string, min: 'warn' | 'block' = 'warn') =>
    findingsOf(decency, text).some((f) => f.rule === rule && (f.severity === 'block' || (min === 'warn' && f.severity === 'warn')))
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  // Kinds: someone at work presented as a wished-for bride or groom, even as visitors' voice relayed (R272S-003); surprise that a people
  // or an age can speak or behave well (R272S-005); an older woman colleague called お局 or her age made the joke (R272S-007); a region's
  // people given a trait, or a jab taken back with …いや (R272S-008); an illness as the measure of people's behaviour (R272S-009); the
  // ill-mannered visitors said to be mostly of one country (R274K-052, block); a foreign group laughed at for not understanding, or only
  // its body praised (R276N-005).
  it.each<[string, string, 'warn' | 'block']>([
    ['観光案内所の新人さん、笑顔がすてきで、常連のおじいちゃんたちから「孫の嫁に欲しい」と大人気です。', 'decency/lookism', 'warn'],
    ['受付の彼女、気配りが完璧で、正直お嫁さんにしたいくらいです😊', 'decency/lookism', 'warn'],
    ['留学生のグエンさん、ベトナム人なのに漢字の読み書きがすらすらで驚きました。', 'decency/stereotype', 'warn'],
    ['ご年配の方なのにスマホ決済がとても上手で、職員も驚きました。', 'decency/stereotype', 'warn'],
    ['会計課のベテラン係長は、課のおつぼね的存在です（笑）', 'decency/stereotype', 'warn'],
    ['事務のベテランさん、お歳はヒミツとのことですが、還暦を…いえ、それ以上は言えません。', 'decency/stereotype', 'warn'],
    ['さすが関西のお客さん、売店でもしっかり値切っていかれました。', 'decency/stereotype', 'warn'],
    ['さすが東京の方、せっかちで船が出るのを待ちきれないご様子でした。', 'decency/stereotype', 'warn'],
    ['さすが博多の人、声が大きくて船の上でもよく通ります。', 'decency/stereotype', 'warn'],
    ['売店のお客さま、ケチ…いや、財布のひもが固い方ばかりでした（笑）', 'decency/stereotype', 'warn'],
    ['打ち合わせでは、課長の物忘れは認知症レベルでした。', 'decency/discriminatory', 'warn'],
    ['委員のみなさん、発達障害なのかと疑うくらい話を聞いてくれませんでした。', 'decency/discriminatory', 'warn'],
    ['うちの係はコミュ障ばかりで、電話が鳴っても誰も出ません。', 'decency/discriminatory', 'warn'],
    ['ゴミの出し方が悪い住民は、だいたいベトナム人の方が多いので多言語のチラシを作りました。', 'decency/discriminatory', 'block'],
    ['マナーが悪いお客さんは、やはりある国からの団体ばかりです。', 'decency/discriminatory', 'block'],
    ['留学生の皆さん、防災訓練の説明がまったく伝わらなくて、最後まで右往左往でした笑', 'decency/discriminatory', 'warn'],
    ['ブラジル人のチームは作戦は通じませんでしたが、身体能力だけはさすがの一言！', 'decency/discriminatory', 'warn'],
  ])('flags %s as %s (≥%s)', (text, rule, min) => {
    expect(flags(text, rule, min)).toBe(true)
  })
  it.each([
    '白秋祭で花嫁舟の新郎新婦をお祝いしました。末永くお幸せに。',
    '国際交流員のマリアさんは敬語も英語もとても丁寧で、観光案内で大活躍しています。',
    '勤続30年を迎えた主任に、課から花束を贈りました。これからも頼りにしています。',
    '大奥で権勢をふるったお局の暮らしを紹介する企画展を開催します。',
    '「お嫁さんにもらいたい」「お局さま」といった言葉は、職場のハラスメントにつながります。使わないようにしましょう。',
    '大阪からのお客様を、川下りの船頭さんが笑顔でお迎えしました。',
    'さすが地元の方、掘割の歴史にとても詳しいです。',
    'ケチな節約術…いや、賢い節約術を紹介します。',
    '図々しいやつだと思われないか心配、という声にお答えします。',
    '認知症カフェを毎月第2土曜日に開いています。',
    '認知症の方への声かけのポイントを学ぶ講座を開きます。',
    '物忘れが増えて認知症かと思うほどでしたら、早めにかかりつけ医にご相談ください。',
    'マナーの悪い観光客については、国籍を問わず注意を呼びかけてまいります。',
    '外国人技能実習生の皆さんと、言葉が通じなくても身振り手振りで楽しく交流しました。',
    '市民ドッジボール大会には外国人技能実習生チームも参加し、やさしい日本語でルールを説明しました。',
  ])('leaves %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
  })
})

describe('decency: blind dec14 kinds, someone in a photo whose looks are likened to something and laughed at, a body called shameful in a fitness notice', () => {
  const flags = (text: string, rule: string, min: 'warn' | 'block' = 'warn') =>
    findingsOf(decency, text).some((f) => f.rule === rule && (f.severity === 'block' || (min === 'warn' && f.severity === 'warn')))
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  // Kinds: a person pointed out in a photo (N枚目の, 写真の, 右端の) whose face, make-up, hair, body or clothes are likened to something
  // and laughed at (R277T-007); in a diet or fitness notice, a body called shameful or made the verdict on self-control (R278M-037).
  it.each<[string, string, 'warn' | 'block']>([
    ['運動会の写真、3枚目のおじさん、お腹がまるで臨月の妊婦さんみたいで笑っちゃいました😂', 'decency/lookism', 'warn'],
    ['右端の女性、髪型が完全にライオンそっくりでインパクト大です（笑）', 'decency/lookism', 'warn'],
    ['写真の職員さん、顔がゆでダコのようで吹き出しました', 'decency/lookism', 'warn'],
    ['左から2番目の方、服装がまるで昭和のチンドン屋さんみたいですね笑', 'decency/lookism', 'warn'],
    ['夏の健康チャレンジ！だらしないお腹を、この夏で卒業しましょう。', 'decency/lookism', 'warn'],
    ['見苦しい二の腕とはさようなら。ストレッチ講座のご案内です。', 'decency/lookism', 'warn'],
    ['お腹が出ているのは自己管理ができていない証拠です。一緒に歩きましょう。', 'decency/lookism', 'warn'],
    ['体重は努力の通知表。今年こそ結果を出しましょう。', 'decency/lookism', 'warn'],
  ])('flags %s as %s (≥%s)', (text, rule, min) => {
    expect(flags(text, rule, min)).toBe(true)
  })
  it.each([
    '二枚目の写真、素敵な笑顔ですね。白秋祭の雰囲気が伝わってきます。',
    '写真のおばあちゃん、お着物がまるで女優さんみたいによくお似合いです（笑）',
    '白秋祭では歌舞伎の化粧体験コーナーも大人気でした（笑）',
    '3枚目の写真の子どもたち、フェイスペイントの顔がまるで虎みたいで楽しそう（笑）',
    '右端の船頭さん、まるでプロの写真家みたいな腕前ですね（笑）',
    '気になる症状があれば、恥ずかしがらずにご相談ください。',
    '子どもの頃の恥ずかしい体験を語り合うワークショップです。',
    '健康教室では、体重の記録と生活習慣病の予防、適正体重の目安について保健師がお話しします。',
    '恥ずかしい体なんてありません。ご自分のペースで体を動かしましょう。',
  ])('leaves %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
  })
})

describe('decency: blind dec15 kinds, levity beside a named death, one-parent children cast as ill-bred, a slur in a relayed saying, stamina and nursing leers, ボケ for decline', () => {
  // Kind (echo of tone, R274K-010 / R281B-033): a death told plainly in the post and a laugh or a celebration beside it: block.
  // Hard negatives: no one died (tone's warning stands), the death denied, a condolence or a memorial with 笑顔 told warmly.
  const insensitive = (text: string) => check(text, { tone: 3, site: 'facebook' }).findings.filter((f) => f.rule === 'decency/insensitive').map((f) => f.severity)
  it.each([
    '空き家の火災で、住んでいた男性が亡くなられました。冬場の火の元の大切さを改めて感じますね〜😅💦',
    '先月の水難事故で亡くなった方のご冥福をお祈りします。川辺の清掃も終わり、いつもの景色が戻ってきました🎉✨',
    '国道の交通事故で歩行者の方が死亡しました。年末はやっぱり道路が混みますね〜😅',
  ])('blocks %s', (text) => {
    expect(insensitive(text)).toContain('block')
  })
  it.each([
    '倉庫の火災がありましたが、けが人はいませんでした。片付けの大変さを改めて思い知らされますね〜😅💦',
    '先週の火災では、幸い亡くなった方はいませんでした。現場の片付けも終わり、元どおりの景色が戻ってきました🎉✨',
    '用水路で事故があり、男性が亡くなりました。みなさんも水辺では気をつけてくださいね✨',
    '台風で亡くなられた方のご冥福をお祈りします。被災地の特産品を買って応援しましょう✨',
  ])('keeps a warning without a death, or when the cheer goes with a safety call or support: %s', (text) => {
    expect(insensitive(text)).not.toContain('block')
  })
  it.each([
    '先週の住宅火災で亡くなられた方のご冥福を心よりお祈り申し上げます。',
    '故人の笑顔を思い出しながら、偲ぶ会では皆さんで思い出を語り合いました。',
  ])('leaves %s', (text) => {
    expect(insensitive(text).filter((s) => s === 'warn' || s === 'block')).toEqual([])
  })

  const flags = (text: string, rule: string, min: 'warn' | 'block' = 'warn') =>
    findingsOf(decency, text).some((f) => f.rule === rule && (f.severity === 'block' || (min === 'warn' && f.severity === 'warn')))
  const decencyFlags = (text: string) => findingsOf(decency, text).filter((f) => (f.severity === 'warn' || f.severity === 'block'))
  // Kinds: children of one-parent homes observed by the writer as lacking upbringing (R280C-001, block); a slur inside a resident's
  // saying the post relays as a consultation (R281B-032, block), including きちがい before じみた; a stamina food with the couple's
  // night (R279G-046, R282V-019); a nursing mother's body drawing a man's eyes, even denied with a wink (R280C-013); ボケ as the noun
  // of an older person's decline, any width (R281B-034).
  it.each<[string, string, 'warn' | 'block']>([
    ['放課後の教室に来る子は、やっぱり片親の子が多くて、あいさつや言葉遣いができていないと感じます。', 'decency/discriminatory', 'block'],
    ['母子家庭のお子さんは、礼儀が身についていないと思うことが多いです。', 'decency/discriminatory', 'block'],
    ['「夜中になると向かいの家からきちがいじみた叫び声がする」との苦情が続いています。', 'decency/discriminatory', 'block'],
    ['最近はキチガイじみた暑さが続いています。', 'decency/discriminatory', 'block'],
    ['道の駅のすっぽん鍋で精をつけて、今夜は旦那さんと…♡', 'decency/sexual', 'warn'],
    ['アゲマキは精がつくけん、今晩は嫁ば寝かせんごとね😂', 'decency/sexual', 'warn'],
    ['スタミナ満点のうなぎ、旦那さんの元気が出ますよ😏', 'decency/sexual', 'warn'],
    ['授乳室ができました。授乳中のお母さんに、男性職員もつい目が…なんてことはないのでご安心を😉', 'decency/sexual', 'warn'],
    ['お年寄りのひとり暮らし、ボケが進んだ方も多くなりました。', 'decency/discriminatory', 'warn'],
    ['ご高齢でﾎﾞｹの症状が出てきた親御さんの相談も受け付けています。', 'decency/discriminatory', 'warn'],
  ])('flags %s as %s (≥%s)', (text, rule, min) => {
    expect(flags(text, rule, min)).toBe(true)
  })
  it.each([
    'ひとり親家庭への支援のお知らせです。しつけが行き届かないと感じている保護者の方はご相談ください。',
    '子ども食堂にはたくさんの子どもが来てくれました。箸の持ち方やあいさつを一緒に練習しました。',
    '「夜中の大音量が本当に迷惑だ」というご相談が続いています。生活音のトラブルは市民相談室へどうぞ。',
    '待ち合わせの行き違いがないよう、時間と場所をご確認ください。',
    'うなぎで精をつけて夏を乗り切ろう！',
    '今夜は奥さまと花火大会へどうぞ。',
    '旦那さんの元気が出る、スタミナ料理教室を開きます。',
    '赤ちゃんの駅の授乳スペースのご案内です。周りの目が気にならない個室です。',
    '胸元の名札に、つい目がいってしまいますね。名前で呼び合える職場づくり。',
    '認知症の方のご家族向けの相談会を開きます。',
    'お笑いライブ、ツッコミとボケの掛け合いが最高でした！',
  ])('leaves %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
  })
  it('keeps an awareness post naming the word a mention', () => {
    expect(flags('「きちがい」などの言葉は、人を深く傷つけます。使わないようにしましょう。', 'decency/discriminatory')).toBe(false)
  })
})

describe('decency: blind decmisc16 kinds, a flood hazard under way joked about, a harm to people made a windfall with a laugh, staff stripped and drunk as gossip', () => {
  const found = (text: string) => check(text, { tone: 3, site: 'x' }).findings.filter((f) => f.rule.startsWith('decency/') && f.severity !== 'info').map((f) => f.rule)
  // Kinds: a canal, a river or a road about to overflow or go under, then a laugh or the water-town pun (R283Q-028, insensitive warn);
  // a food poisoning, an outbreak or an accident turned into a windfall with ｗ or 笑 (R285D-029, insensitive warn); a drunken colleague
  // stripped and diving or running about, laughed at (R283Q-029, conduct warn).
  it.each([
    ['台風で川が氾濫しそう笑 明日は休みになるかな', 'decency/insensitive'],
    ['豪雨で水路があふれそう、リアル水の都ｗ', 'decency/insensitive'],
    ['大雨で道路が冠水しかけとる。これぞ本物の水郷ｗｗ', 'decency/insensitive'],
    ['集団感染が発生したおかげで図書館がガラ空きｗｗ 今なら読み放題です', 'decency/insensitive'],
    ['食中毒騒ぎのおかげでどの店も空いてます笑 狙い目ですよ', 'decency/insensitive'],
    ['忘年会で酔っぱらって服を脱いだまま川に飛び込んだ先輩がいて草', 'decency/conduct'],
    ['歓迎会、泥酔して全裸で走り回った係長おって笑った（笑）', 'decency/conduct'],
  ])('flags %s as %s', (text, rule) => {
    expect(found(text)).toContain(rule)
  })
  it.each([
    '大雨で掘割があふれそうです。近づかないでください。',
    '水路があふれそうなときは、近寄らずに安全な場所へ避難してください。',
    '笑顔があふれそうな一日になりました。',
    '食中毒予防のポイントをまとめました。夏場は特にご注意ください。',
    '今年の夏まつりは事故なく終了しました。ご協力ありがとうございました。',
    '打ち上げは無事終了しました。皆さまお疲れさまでした。',
    '夏休みの水泳教室、脱いだ服はロッカーに入れてからプールに入りましょう。',
  ])('leaves %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('decency: blind dec17 kinds, a people called by a scornful noun or made a punchline, シナ in any width, disabled applicants not counted on, victims blamed, the old counted down, single women mocked, a contest judged by the body, innuendo about a lord', () => {
  const found = (text: string) => check(text, { tone: 3, site: 'x' }).findings.filter((f) => f.rule.startsWith('decency/') && f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  // Kinds: a people, 半島/大陸 or a vague country + 連中/奴ら/輩 (R289O-025, block); シナ as a word of its own, half-width too (R287L-026,
  // block); a disabled group's applicants told they are not expected to be of use (R290P-031, block); a vice likened to a people's
  // tourists (R286A-028, block); the dead of a disaster or accident called 自業自得/天罰 (R289O-027, insensitive warn); the elderly counted
  // down to their deaths (R289O-023, insensitive warn); single women with a pet as a husband's stand-in (R286A-029, stereotype warn); a
  // contest's criterion named as body parts (R287L-025, lookism); a historical lord's nights made innuendo (R289O-026, sexual warn).
  it.each([
    ['大陸から来た連中が最近多くて困ります。', 'decency/discriminatory:block'],
    ['あそこの店、半島の奴らばっかりやけん行かんほうがいい。', 'decency/discriminatory:block'],
    ['ｼﾅ人の団体がまた来とった。', 'decency/discriminatory:block'],
    ['シナからの観光客で川下りが満員です。', 'decency/discriminatory:block'],
    ['障害者枠で採用はしますが、戦力としてはあまり期待できません。', 'decency/discriminatory:block'],
    ['障がいのある方も応募できますが、役に立つとは思っていません。', 'decency/discriminatory:block'],
    ['ゴミのポイ捨てがひどい。まるで某国の観光客並みです。', 'decency/discriminatory:block'],
    ['どこかの国の団体さんみたいにうるさい子どもたち。', 'decency/discriminatory:block'],
    ['台風で亡くなった人たちは、避難しなかったんだから天罰ですよ。', 'decency/insensitive:warn'],
    ['事故の犠牲者は自業自得だと思います。', 'decency/insensitive:warn'],
    ['敬老会、お年寄りばかりで、いつまで生きてくれるかなと心配です笑', 'decency/insensitive:warn'],
    ['独身のおばさんたちは猫が子ども代わりなんでしょうね。', 'decency/stereotype:warn'],
    ['浴衣コンテストの審査のポイントは、うなじと脚線です', 'decency/lookism:warn'],
    ['お殿様は女をとっかえひっかえ😏', 'decency/sexual:warn'],
    ['昔の城主、夜もさぞかしお盛んだったでしょう😏', 'decency/sexual:warn'],
    // rvdec: シナ for the country stays a slur beside a noun of people or place; paraphrases the first patterns missed.
    ['シナの連中がまた川下りに来とった。', 'decency/discriminatory:block'],
    ['被災者は避難指示を無視したんだから、当然の結果でしょう', 'decency/insensitive:warn'],
    ['亡くなった人は警報を甘く見ていたんだから自己責任です。', 'decency/insensitive:warn'],
    ['参列者はお年寄りばかり。来年は何人残っているかな', 'decency/insensitive:warn'],
    ['敬老会はご高齢の方ばかりで、あと何年お会いできるかなぁ笑', 'decency/insensitive:warn'],
    ['殿様は側室が何人もいて、毎晩さぞ忙しかったことでしょう😏', 'decency/sexual:warn'],
    ['あの殿様は夜の方もずいぶんお元気だったようで😏', 'decency/sexual:warn'],
  ])('flags %s as %s', (text, rule) => {
    expect(found(text)).toContain(rule)
  })
  it.each([
    '郷土資料館では、当時の朝鮮半島から来た人々の暮らしを紹介しています。',
    '朝鮮半島の歴史を学ぶ講座を開きます。',
    '中国から来た先輩職員が通訳を担当します。',
    '障がい者雇用枠で事務補助を募集します。',
    '障がい者雇用枠の方にも戦力として大いに期待しています。',
    '外国人観光客のマナー啓発ポスターを作成しました。',
    '自業自得という言葉で被害者を責めないでください。',
    '災害で亡くなった方を自業自得と決めつけるのはやめましょう。',
    '追悼式にはご高齢のご遺族も多く参列されました。',
    '高齢の方があと何年元気に暮らせるか、健康寿命の講座です。',
    'ミス柳川コンテストの審査基準は、笑顔と着こなし、柳川への思いです。',
    '審査のポイントは脚本の構成と演技力です。',
    '立花家の歴史と側室制度について解説する企画展です。',
    '独身女性の一人暮らし防犯講座、寂しい夜道の歩き方も学べます。',
    'シナモンロールの販売を始めました。',
    '東シナ海の天気図を確認しましょう。',
    'シナリオ作りのワークショップ、シナジー効果も期待。',
    'インドシナ半島の料理教室を開きます。',
    // rvdec review: シナ the linden, as timber or tree (シナ合板, シナベニヤ, シナ材, シナの木); an event's or the work's future, not the
    // people's, counted (あと何年この祭りを続けられるか); a CPR skill or a dance's movement as the criterion (胸骨圧迫, 脚の運び); a lord's
    // work by night and the 側室 system told plainly.
    '木工教室のお知らせ。材料はシナ合板を使用します。',
    '公園のシナの木が花を咲かせています。',
    'シナベニヤで本棚を作る親子工作教室です。',
    'シナ材は軽くて加工しやすい木材です。',
    'シナノキの花が見ごろです。',
    'ラーメンのトッピングはシナチクとネギです。',
    '担い手の高齢化が進み、あと何年この祭りを続けられるか分かりません。',
    'ご高齢の方が多い地区ですが、あと何年かかっても全戸訪問を続けます。',
    '高齢化が進む中、あと何年この伝統行事を存続できるか、地域で話し合いました。',
    '評価項目は胸骨圧迫の深さとテンポです。',
    '盆踊りコンクールの審査のポイントは脚の運びと手の振りです。',
    '審査のポイントは胸部の動きと姿勢です。',
    '被災者の皆さんが避難指示に従った結果、被害は最小限でした。',
    '藩主は毎晩遅くまで政務に忙しかったそうです。',
  ])('leaves %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('decency: blind dec18 kinds, a foreigner\'s body smell derided, people from "the kind of country" that fails a rule complained of, a nationality\'s trait laughed off as お国柄, revealing uniforms as the draw, the old\'s bent backs as the low bar', () => {
  const found = (text: string) => check(text, { tone: 3, site: 'x' }).findings.filter((f) => f.rule.startsWith('decency/') && f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  // Kinds: a foreigner or a people + a body smell (匂いがきつい, 体臭, くさくて) + relief wished (勘弁, うんざり, 迷惑) (R294I-033, block);
  // 〜ないような国から来た人たち / 〜ないような外国人 + a complaint (困ったもの, 迷惑, 勘弁) (R293T-028, block); a trait (声が大きい,
  // うるさい, にぎやか) and then お国柄/国民性 hedged, with a laugh for mere liveliness (R295M-025, warn); ミニスカ (制服) 姿 + 見たくて /
  // 目当て (R293T-029, sexual); 腰の曲がった / ヨボヨボの + じいちゃん・ばあちゃん + でも余裕 / でも歩ける (R292E-029, warn).
  it.each([
    ['受付に来た外国人のお客さん、体臭がひどくて正直うんざりでした。', 'decency/discriminatory:block'],
    ['あの国の人たち、言葉も通じんし、くさくて、ほんと迷惑です。', 'decency/discriminatory:block'],
    ['ごみの出し方も知らないような国から来た人たちには、本当に困ります。', 'decency/discriminatory:block'],
    ['時間も守れないような外国人には、もう勘弁してほしいです。', 'decency/discriminatory:block'],
    ['視察に来た某国の団体さん、とにかくうるさくて…国民性ですかね（笑）', 'decency/discriminatory:warn'],
    ['ツアー客の皆さんは陽気でにぎやかで、お国柄でしょうかｗ', 'decency/discriminatory:warn'],
    ['新しい制服はミニスカです。受付のお姉さんのミニスカ姿を見たくて来庁する人が増えるかも', 'decency/sexual:block'],
    ['観光船の女性ガイドさん、ミニスカの制服姿目当てに乗る人もいそう♡', 'decency/sexual:block'],
    ['このウォーキングコースは、ヨボヨボのおばあちゃんでも楽勝で歩けます！', 'decency/discriminatory:warn'],
    ['軽い作業なので、腰の曲がったじいちゃんでもできます笑', 'decency/discriminatory:warn'],
  ])('flags %s as %s', (text, rule) => {
    expect(found(text)).toContain(rule)
  })
  it.each([
    '外国人住民向けのごみ分別ガイド（やさしい日本語・英語・ベトナム語）を配布しています。',
    'ごみ置き場の生ごみの臭いがきついとのご相談が増えています。',
    '「外国人は臭い」といった偏見をなくしましょう。',
    '分別の習慣がない国から来た方にも分かりやすいよう、多言語のガイドを用意しました。',
    '国ごとのお国柄を学ぶ国際交流講座を開きます。',
    'お国柄が表れた料理が並び、にぎやかな交流会になりました。',
    '女性ドライバーも活躍中です。コミュニティバスの運転士を募集しています。',
    '制服姿の職員が窓口でお迎えします。',
    '新しい制服姿を見に、ぜひ市役所へお越しください。',
    '腰痛予防体操の教室を開きます。',
    '足腰の弱い方もご参加いただけます。',
    '平坦なコースなので、足腰に不安のある方でも安心して歩けます。',
    '腰の曲がったおばあちゃんの荷物を、中学生が運んであげていました。',
  ])('leaves %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('decency: blind dec19 kinds, a family picked or shunned by its district in marriage advice, a photographed person\'s body view said to draw the reaction with a leer, the account falling for residents of one sex, and a thing\'s smell near a group', () => {
  const found = (text: string) => check(text, { tone: 3, site: 'x' }).findings.filter((f) => f.rule.startsWith('decency/') && f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  // Kinds: 嫁にもらうなら / 結婚するなら / 婿をとるなら + 〜の家 / 〜の集落の者 / 〜の出 + から / はやめ / は避け, even as hearsay (R298K-005, block);
  // 後ろ姿 / 胸元 / お尻 + 反響 / 人気 / 注目 + なぜでしょうね / 😏 of a photographed person (R298K-041, sexual warn); 男性って / 女性は + ぐっとくる /
  // キュンとする / 惚れる + a lover's cue (独身, 💋, デート) (R297H-053, sexual warn); a smell owned by a thing (生ごみの臭い) in a sentence that
  // names foreigners is no prejudice (stop-19 FP).
  it.each([
    ['古老の話では、結婚するなら山手の集落の者はやめとけ、と昔は言われていたそうです。', 'decency/discriminatory:block'],
    ['婿をとるなら浜の出の人は避けよ、という言い伝えもあったとか😅', 'decency/discriminatory:block'],
    ['昔は、嫁に行くなら川向こうの家はダメ、と言われたものです。', 'decency/discriminatory:block'],
    ['観光ポスターのモデルさん、正面より胸元のカットのほうが人気なのはなぜでしょうね', 'decency/sexual:warn'],
    ['水着でイベントに出てくれた参加者の方、お尻が写った写真の注目度が高すぎて😏', 'decency/sexual:warn'],
    ['期限内に納めてくださる女性って、キュンとしますよね♡ 独身の男性職員が待ってます', 'decency/sexual:warn'],
    ['窓口で笑顔の男性には惚れちゃいます💋 デートのお誘いもお待ちしてます', 'decency/sexual:warn'],
  ])('flags %s as %s', (text, rule) => {
    expect(found(text)).toContain(rule)
  })
  it.each([
    '昔の婚礼の習わしを紹介する展示を開いています。',
    '結婚するなら、市の出会い応援事業をご活用ください。',
    '結婚するなら、新婚世帯の家賃補助をご利用ください。',
    '「嫁にもらうならあの集落の家から」という言い伝えは部落差別につながります。偏見をなくしましょう。',
    '後ろ姿の写真も素敵です。',
    '後ろ姿の写真のほうが反響が大きいのはなぜでしょう？答えは、背景の夕日です。',
    '口座振替のご利用をお待ちしています。',
    '夕焼けの掘割、ぐっときますよね♡',
    '働く女性って、かっこいいですよね。',
    '外国人観光客が多い通りですが、生ごみの臭いがきついとの苦情があり、回収を増やします。',
    '生ごみの臭い対策のお知らせ',
    '海外からのお客様も多い商店街で、排水のにおいが気になるとの声があり、清掃を行いました。',
  ])('leaves %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

// Stop 55: 夜も元気 / 夜も頑張 is innuendo only with a cue in the sentence (a heart or leer, 意味深, a couple, stamina food, a
// rumour about a person); a shop or a service open at night says it plainly.
describeKinds('stop 55', [
  [
    'the night with a cue, not a shop open at night',
    'decency/sexual',
    'block',
    ['うなぎパワーで今夜も元気モリモリ♡', '川下りの船頭さんの竿さばき、夜もすごいらしいですよ♡', '新人の山田くん、夜も元気ですよ😏', 'うなぎで精をつけて夜も頑張ってね'],
    ['夜も元気に営業中です😉 お待ちしております。', '夜も頑張る救急隊の皆さんに感謝です。', '沖端の屋台は夜も元気に営業しています。', '夜もすごい人出でした。ご来場ありがとうございました。'],
  ],
])

describe('decency: blind dec20 kinds, foreign-run shops steered from, a named people\'s hedged national character, a place\'s marriage shunning handed on as custom, a problem put on a social status, a body as the measure of a feat, assimilation demanded of foreign roots, young women as a perk to watch', () => {
  const found = (text: string) => check(text, { tone: 3, site: 'x' }).findings.filter((f) => f.rule.startsWith('decency/') && f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  // Kinds: 外国人 / 〜系 / 〜人の方 + が出している / 経営する + 店 / 屋台 / 民泊 + 衛生 / 不安 / 治安 + 選んで / 避けた方が (R300S-001, block);
  // a nation or a region's visitors named + fault + お国柄 / 国民性 as a question (R303V-030, block); 集落 / 地区 / 〜の家 + とは + 縁組 / 嫁 /
  // 結婚 + しない / やらん + 習わし / 言い伝え / しきたり, unless condemned (R302K-008, block); 不登校 / 非行 / 学力の低下 + は + ひとり親 /
  // 母子家庭 / 生活保護 / 外国籍 + に多い (R299D-022, block); 体重 / 体型 / ぽっちゃり / 太め + のわりに / なのに / にしては + a feat (R299D-036,
  // lookism block); 日本の + ルール / 習慣 / 食べ方 + 慣れて / 合わせてもらわないと, or 周りの人が困る, where foreign roots are named
  // (R299D-014, warn, even in a quote); 若い子 / 女の子 / お嬢さん + 眺め / 見 + 役得 / 特権 / 見放題, even quoted (R302K-035, sexual warn).
  it.each([
    ['夏祭りの屋台ですが、ベトナム人の方がやっている店はマナーが心配なので、避けた方が無難です。', 'decency/discriminatory:block'],
    ['外国人が経営するお店は不衛生なので、日本人のお店を選んでくださいね。', 'decency/discriminatory:block'],
    ['中国系の民泊は治安が不安なので、利用しないほうがいいですよ。', 'decency/discriminatory:block'],
    ['最近は外国からのお客さまが多いですが、ゴミを平気で捨てていくのは国民性なのでしょうか。', 'decency/discriminatory:block'],
    ['アジアからの団体のお客さまは声が大きく、お国柄なのかもしれません。', 'decency/discriminatory:block'],
    ['あの地区の家とは嫁にやらんという言い伝えが、今も残っています。大切にしたい文化ですね。', 'decency/discriminatory:block'],
    ['この村には、向こうの集落の人とは結婚しないというしきたりがありました。', 'decency/discriminatory:block'],
    ['非行に走る少年は、母子家庭に多いのが現実です。', 'decency/discriminatory:block'],
    ['学力の低下は、外国籍の家庭や生活保護世帯でとくに多く見られます。', 'decency/discriminatory:block'],
    ['ぽっちゃりなのに足が速くてびっくり！', 'decency/lookism:block'],
    ['太めの体型にしては、身軽に動けていました笑', 'decency/lookism:block'],
    ['外国籍の子どもたちには、早く日本のルールに合わせてもらわないと困りますね。', 'decency/discriminatory:block'],
    ['留学生の皆さんにも日本の習慣に慣れてもらわないと、周りの住民が迷惑します。', 'decency/discriminatory:warn'],
    ['船頭さんいわく、若い女の子を眺めるのがこの仕事の役得だそうです。', 'decency/sexual:warn'],
    ['ガイドさんいわく「お嬢さんたちを見ながら案内できるのが、いちばんの特権」とのことです😄', 'decency/sexual:warn'],
    // Blind R304W-016 kind (dec21): a place pointed at as where a discriminated status lived, origin made a marriage or property concern.
    ['あの地区は昔、差別を受けていた人たちが住んでいた所なので、結婚相手があそこの出かどうか調べる人もいるそうです。', 'decency/discriminatory:block'],
    ['川向こうの集落は、かつて被差別部落と呼ばれた場所です。家を探している方は気をつけてください。', 'decency/discriminatory:block'],
    // Blind R304W-041 kind (dec21): welfare recipients as a group seen idling, many of them or to taxpayers' grievance.
    ['生活保護を受けている人の中には、昼間から飲み歩いている人も目立ちます。', 'decency/discriminatory:block'],
    ['保護費を受けている世帯が競艇に通うのを見ると、まじめに働く人が不満に思うのも当然です。', 'decency/discriminatory:block'],
    // Blind R304W-015 kind (dec21): a family status first, a failing said to run high in it.
    ['母子家庭の子どもは、成績が下がる傾向が高いという調査結果があります。', 'decency/discriminatory:warn'],
    ['シングルマザーの家庭ですと、子どもが不登校になる確率が高いと言われています。', 'decency/discriminatory:warn'],
    // Blind R304W-014 kind (dec21): a crowd or a delay put on the old as its cause.
    ['レジが混雑するのは、お年寄りが小銭を出すのに時間がかかるのが原因です。', 'decency/discriminatory:warn'],
    ['高齢者が操作に手間取るせいで、券売機の前に行列ができています。', 'decency/discriminatory:warn'],
    // Blind R304W-001 kind (dec21): a person's looks made a joke.
    ['撮影に協力してくれた係長、正直イケメン枠ではありませんが、大役を務めてくれました。', 'decency/lookism:warn'],
    ['ふくよかな体型とあの顔で、着ぐるみ役にぴったりでした。', 'decency/lookism:warn'],
    // Blind R304W-027 kind (dec21): women's wet or see-through clothes relished.
    ['水着の女の子たちがまぶしすぎて、テンションが上がりました♡', 'decency/sexual:warn'],
    ['ずぶ濡れのシャツ姿のママさんたち、まぶしかったです', 'decency/sexual:warn'],
  ])('flags %s as %s', (text, rule) => {
    expect(found(text)).toContain(rule)
  })
  it.each([
    '外国の方が出店するお店もあります。',
    '多言語メニューを用意しました。',
    'お国柄の違いを楽しむ国際交流会を開きます。',
    '昔の婚礼の習わしを紹介する展示を開いています。',
    '「川向こうの集落とは縁組をしない」という古い習わしは部落差別です。偏見をなくしましょう。',
    'ひとり親家庭への支援制度のご案内です。',
    '生活保護世帯の子どもの学習支援を行っています。',
    '不登校の児童生徒は年々増えており、学校以外の居場所づくりを進めています。',
    '体重測定のお知らせ',
    '全員が最後まで走り切りました。',
    '小さな体のわりに大きな声で歌っていました。',
    '日本語指導の取り組みを紹介します。',
    '外国にルーツのある子どもたちが、日本の食べ方やマナーに慣れてもらえるよう、支援員がサポートします。',
    '浴衣の方は乗船料が割引になります。',
    '川面を眺めながら舟をこぐのが、この仕事いちばんの役得だそうです。',
    '外国の方が出しているお店も含め、すべての露店で衛生検査を行いました。安心してお楽しみください。',
    '外国人の方の店も、地元の店も、どちらもおすすめです。',
    // dec21 hard negatives.
    '部落差別の解消に向けた人権学習会を開きます。',
    'この地区は江戸時代、身分制度のもとで差別されていた人たちが暮らしていた場所です。今も結婚の際に差別を受ける例があり、こうした部落差別をなくすため人権学習を続けています。',
    '同和問題についての講演会のお知らせ',
    '生活保護の申請はお気軽にご相談ください。',
    '不正受給は法律で罰せられます。',
    'ひとり親家庭への学習支援を行っています。',
    'ひとり親家庭のお子さんは、学力の面で支援を必要とする割合が高いため、無料の学習教室を開いています。',
    '高齢の方にも分かりやすい窓口案内を始めました。',
    '月曜の午前は混み合います。',
    '年度末に窓口が混み合うのは、転入・転出の手続きが集中するためです。',
    '森くんがモデルを務めました。',
    'この顔ぶれで今年も頑張ります！',
    '泥んこになって楽しむ干潟体験、着替えをお持ちください。',
    '夏のプール開き、水着姿の子どもたちの笑顔がまぶしい一日でした。',
  ])('leaves %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('decency: blind dec22 kinds, a neighbourhood\'s troubles put on a foreign group with annoyance, a fault put down to a named people\'s character, a cause put on the old, a role assumed of women; review of the dec20 kinds (a doubt of crowds, neighbourliness, an animal\'s or a food\'s weight, support given, young women looking, a night\'s work)', () => {
  const found = (text: string) => check(text, { tone: 3, site: 'x' }).findings.filter((f) => f.rule.startsWith('decency/') && f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    // Blind R306N-026 kind (dec22): a neighbourhood's troubles put on a foreign group, with the writer's annoyance.
    ['ごみのポイ捨ては、外国人の方が多く住むアパートのあたりに集中しています。正直迷惑しています。', 'decency/discriminatory:block'],
    ['路上駐車のトラブルは、ベトナム人の実習生が増えた地区で目立ちます。うんざりです。', 'decency/discriminatory:block'],
    ['夜中の騒音は、留学生が住むアパートのせいです。困ったものです。', 'decency/discriminatory:block'],
    // Blind review (dec22) paraphrase: a littering fault put down to a named people's character with a hedge.
    ['ごみを捨てていくのは、中国からの観光客の方の国民性なのでしょう。', 'decency/discriminatory:block'],
    ['列に割り込む方が多かったのは、韓国の方のお国柄かもしれません。', 'decency/discriminatory:block'],
    // Blind R306N-028 kind (dec22): the cause named outright and put on the old and a fault of age.
    ['ごみの収集が遅れる原因の多くは、お年寄りが分別を忘れることです。', 'decency/discriminatory:warn'],
    ['申請書類が届かない理由の大半は、高齢者の方が書類を置きっぱなしにされることです。', 'decency/discriminatory:warn'],
    // Blind R306N-030 kind (dec22): a role assumed of women.
    ['子ども食堂の配膳ボランティア、お母さんたちこそうってつけのお役目です。', 'decency/discriminatory:warn'],
    ['高齢者の見守りは、女性にこそ向いている役割だと思います。', 'decency/discriminatory:warn'],
    // Blind review (dec22): a person's body as the measure of a feat still holds with the person or a person's body word.
    ['あの子は太っているのに、かけっこで一番でした。', 'decency/lookism:block'],
    ['ぽっちゃりなのに、リレーで大活躍の選手でした。', 'decency/lookism:block'],
    ['太っているのに思ったより動けてびっくり！', 'decency/lookism:block'],
  ])('flags %s as %s', (text, rule) => {
    expect(found(text)).toContain(rule)
  })
  it.each([
    // dec22 hard negatives.
    '外国人住民向けに、多言語のごみ出しガイドを作りました。',
    '不法投棄は市内全域で増えています。見かけたら連絡をお願いします。',
    '留学生の皆さんと一緒に、地区のごみ拾いをしました。',
    'お国柄の違いを楽しみながら、交流会が盛り上がりました！',
    '高齢の方にも見やすい回覧板にしました。',
    '回覧板が遅れる原因の多くは、不在が続くお宅があることです。',
    'ご高齢の方の物忘れ相談を、地域包括支援センターで受け付けています。',
    '主婦の方も大歓迎です。',
    '男女問わずどなたでも、見守り活動にご参加ください。',
    'お母さんたちの見守りのおかげで、登下校が安全になりました。',
    // Review of the dec20 kinds (dec22): each must be clean.
    'タイ出身の店主さんのお店は、週末の行列が心配なので、開店直後の時間を選ぶのがおすすめです。',
    '香港からの団体のお客さま、お国柄なのか、列に並ばない方は一人もいませんでした。',
    'ブラジルからのお客さまは、お国柄でしょうか、声が大きくて陽気で、船頭さんも楽しそうでした。',
    '三橋では、隣近所との付き合いを欠かさないという昔からの伝統があります。',
    'この純米酒、香りはふくよかなのに、後味は軽やかです。',
    '地元の麺は太めなのに、つるっと軽やか！',
    'うちの犬は体重のわりに身軽です。',
    '外国人技能実習生の皆さんに地元のごみ出しルールを覚えてもらわないと困るので、市役所で説明会を開きました。',
    '移住された方には、ごみ出しのルールを覚えていただけるよう冊子をお配りしています。',
    '若い子たちが花火を見上げて歓声をあげていました。',
    '女の子たちが「ひな人形を見るのが一番の楽しみ」と教えてくれました。',
    'お嬢さんたちが舟を眺めながらスケッチを楽しみました。',
    '船頭さん、夜も元気に屋形船を漕いでいます♡',
    '船頭さんの話では、カッパは夜も元気に泳ぎ回るらしいです。',
  ])('leaves %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('decency: review rvdec55 of dec21, a hamlet\'s custom, a pension\'s club, a service for the old, a mascot or a pet, a smile or the sun told apart from status, idling, blame, looks and a leer', () => {
  const found = (text: string) => check(text, { tone: 3, site: 'x' }).findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    // Missed paraphrases: a slow counter put on the old with から; looks denied with とは言えません.
    ['窓口が遅いのは、お年寄りの方がなかなか説明を理解してくれないからです。', 'decency/discriminatory:warn'],
    ['レジが遅いのは、高齢の方が操作を理解してくれないからです。', 'decency/discriminatory:warn'],
    ['モデルの森くん、お世辞にも男前とは言えませんが、愛嬌は抜群です。', 'decency/lookism:warn'],
  ])('flags %s as %s', (text, rule) => {
    expect(found(text)).toContain(rule)
  })
  it.each([
    // 部落 as a hamlet with a festival or a wedding custom: no status, no origin asked.
    'この地区では昔から部落ごとにお祭りがあり、嫁入りの際には花嫁行列が練り歩いたそうです。',
    '各部落の代表が集まり、秋祭りの段取りを話し合いました。',
    // 受給者 of a pension, an activity praised: not welfare, not idling.
    '年金受給者の皆さんの中には、昼間から公民館のサークル活動を楽しまれる方も多く、地域の元気の源です。',
    '年金受給者の方の中には、昼から地域の清掃ボランティアに参加される方も多く、本当に助かっています。',
    // A service for the old (ため, いただく): no cause blamed.
    '高齢の方にゆっくりお買い物を楽しんでいただくため、火曜午前は混雑を避けたシニアタイムとしています。',
    'ご高齢の方に安心してご利用いただくため、窓口に拡大鏡を置いて混雑時もゆっくり対応します。',
    // A mascot or an animal is no person.
    '柳川のゆるキャラ「やなちゃん」は、この顔のおかげで子どもたちに大人気！',
    '保護猫のトラくん。イケメンではないけど、人懐っこさは一番です。新しい家族を募集中！',
    '看板犬のコタロウ、イケメンではないけど愛嬌たっぷりです！',
    // まぶしい of a smile or of sunshine: no leer.
    '女子チームもびしょ濡れになりながら泥んこバレーを楽しみ、まぶしい笑顔があふれました。',
    '薄着になる季節ですが、日差しがまぶしく紫外線も強まります。女性の皆さんも日焼け対策を。',
    'ずぶ濡れになりながら走り切った女子マラソンの選手たち、まぶしい笑顔でゴールしました。',
  ])('leaves %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('decency: blind dec56 kinds, tourists ranked by origin, the old kept from busy hours or steered off machines, a foreign group tied to theft or to a missing habit, young women as a draw for old men, a disability as the measure of brightness, bodies to fix, a service kept to Japanese nationals, crossdress joked as "that way", candidates\' looks enjoyed, neighbours asked of a district\'s past, a partnership kept out of sight', () => {
  const found = (text: string) => check(text, { tone: 3, site: 'x' }).findings.filter((f) => f.rule.startsWith('decency/') && f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    // Blind R308T-027 kind: visitors named by origin and a fault presumed of them, either order.
    ['ヨーロッパからのお客様はマナーが良いのですが、東南アジアからの団体さんはごみを捨てていかれることが多いです。', 'decency/discriminatory:block'],
    ['中東から来た観光客の方々は声が大きく、ほかの乗客の迷惑になりがちです。', 'decency/discriminatory:block'],
    ['騒がしくなるのは、たいてい大陸からの団体客が来る日です。', 'decency/discriminatory:block'],
    ['韓国系の団体客が帰った後は、決まってごみが散らかっています。', 'decency/discriminatory:block'],
    ['静かに川下りを楽しみたい方は、中国からの団体客が少ない午前中がおすすめです。', 'decency/discriminatory:block'],
    // Blind R308T-032 kind: the old called slow and a wait for the others, asked to keep to quiet hours.
    ['お年寄りは手続きがゆっくりで列が進まないので、混雑する月曜の午前中は避けてください。', 'decency/discriminatory:warn'],
    ['シニアの方は乗り降りにもたつき、後ろのお客様をお待たせしがちなので、できれば平日にお越しください。', 'decency/discriminatory:warn'],
    ['おじいちゃんおばあちゃんは土日は避けて平日に来てほしいな〜。乗るのに時間がかかって後ろが渋滞しちゃうので😅', 'decency/discriminatory:warn'],
    // Blind R309C-010 kind: a foreign group's presence told, then everyone told to guard valuables.
    ['外国人労働者も大勢働いています。財布や携帯は肌身離さず持ち歩いてください。', 'decency/discriminatory:block'],
    ['留学生の皆さんがたくさん住んでいる地区です。自転車の鍵は必ずかけましょう。', 'decency/discriminatory:block'],
    ['外国人技能実習生の寮が近くにあります。自宅の戸締まりには十分ご注意ください。', 'decency/discriminatory:block'],
    // Blind R310H-009 kind: young women whose coming changes the old men.
    ['若い女の子がいるだけで、おじいちゃんたちがニコニコなんです😊', 'decency/sexual:warn'],
    ['若い女性スタッフが来ると、高齢の男性利用者さんの表情が明るくなるんです。', 'decency/sexual:warn'],
    ['若いお姉さんが受付にいると、男性の来庁者がやけに素直になります笑', 'decency/sexual:warn'],
    ['デイサービスの傾聴ボランティア募集！おじいちゃんたちが喜ぶので、女子大生さん特に歓迎です。', 'decency/sexual:warn'],
    // Blind R310H-035 kind: a disability as the measure of brightness or skill; the non-disabled "we" inspired.
    ['ハンデがあるとは思えない動きで、会場がどよめきました。', 'decency/stereotype:warn'],
    ['障がいに負けず、いつも笑顔で頑張る姿に感動しました。', 'decency/stereotype:warn'],
    ['健常者の僕たちのほうが勇気をもらった一日でした。', 'decency/stereotype:warn'],
    ['車いすなのに、本当に明るくて前向きな方でした。', 'decency/stereotype:warn'],
    ['障がい者の皆さんから、むしろ私たちが元気をもらいました。', 'decency/stereotype:warn'],
    // Blind R310H-036 kind: a foreign group said to lack the habit of keeping rules or time; a duty the Japanese are spared.
    ['外国人の保護者の方は時間を守る意識が低いので、連絡は早めにしています。', 'decency/discriminatory:block'],
    ['ネパール出身の従業員は、順番を守る習慣が身についていないことが多いです。', 'decency/discriminatory:block'],
    ['外国籍のご家庭は必ず面談を受けてください。日本人のご家庭は不要です。', 'decency/discriminatory:block'],
    // Blind R311E-005 kind: looks as a loss to fix; body types welcomed with a promise to change them.
    ['見た目が残念な方でも、このメイク講座で変身できます。', 'decency/lookism:warn'],
    ['メタボさん大歓迎！この夏こそ脱メタボで見違えるほどスリムに！', 'decency/lookism:warn'],
    ['ぽっちゃり体型の方こそ、夏までに変身しましょう！見た目で損するのはもったいない！', 'decency/lookism:warn'],
    // Blind R311E-023 kind: a service kept to Japanese nationals or closed to other habits.
    ['市営住宅の入居は日本人のみとさせていただいております。', 'decency/discriminatory:block'],
    ['生活習慣の異なる方のご入居はお断りしています。', 'decency/discriminatory:block'],
    ['移住体験住宅のご利用は、日本国籍を有する方に限らせていただきます。', 'decency/discriminatory:block'],
    // Blind R311E-025 kind: the old presumed bad with machines and steered off them.
    ['スマホの操作に不慣れなお年寄りは、はじめから職員にお任せいただいたほうが早いです。', 'decency/stereotype:warn'],
    ['ご高齢の方は、オンライン申請より窓口のほうが確実ですよ。', 'decency/stereotype:warn'],
    // Blind R311E-028 kind: men in women's clothes joked about as awakening to "that way".
    ['課長のメイド服姿、似合いすぎてあっちの世界に行っちゃいそう笑', 'decency/discriminatory:block'],
    ['女装コンテストで優勝した係長、禁断の扉を開いてしまったかも😂', 'decency/discriminatory:block'],
    ['男性職員のスカート姿、何かに目覚めちゃったみたいです', 'decency/discriminatory:warn'],
    ['忘年会の余興で部長がチャイナドレス姿に。あまりにノリノリで、あっち系に目覚めたんじゃないかと噂です笑', 'decency/discriminatory:block'],
    // Blind R311E-043 kind: people being judged enjoyed as a sight.
    ['ミス柳川コンテストの審査員を務めました。出場者の皆さんが美しく、眼福のひとときでした。', 'decency/lookism:block'],
    ['観光大使の選考会、ファイナリストの方々がそろって、審査員として目の保養でした😊', 'decency/lookism:block'],
    // Blind R311E-050 kind: a district's past hinted at and the neighbours to be asked about it.
    ['土地の購入前に、その地域の過去について地元の古くから住む方にこっそり聞いておくべきです。', 'decency/discriminatory:block'],
    ['家を買うなら、近所の年配の方に、その土地のいわくをそれとなく聞いてみるのがおすすめです。', 'decency/discriminatory:block'],
    ['気になる地区の昔の話は、地元のお年寄りに聞くのが確実です。物件選びの参考にどうぞ。', 'decency/discriminatory:block'],
    // Blind R311E-053 kind: a partnership's steps kept out of sight for the residents who object.
    ['パートナーシップ宣誓は、反対の声もあるため、人目につかない会議室で行います。', 'decency/discriminatory:warn'],
    ['快く思わない市民の方もいることを考慮して、パートナーシップの宣誓式は非公開とします。', 'decency/discriminatory:warn'],
  ])('flags %s as %s', (text, rule) => {
    expect(found(text)).toContain(rule)
  })
  it.each([
    // dec56 hard negatives.
    '中国本土からのお客様も多く、乗船場が混み合いますので、時間に余裕をもってお越しください。',
    '台湾からのお客様に大人気のうなぎのせいろ蒸し、ぜひご賞味ください。',
    '海外からのお客様にもマナーを守って楽しんでいただけるよう、英語と中国語の案内板を設置しました。',
    '韓国からの団体さんと、にぎやかに交流会を楽しみました。',
    '欧米からのお客様は、一人もごみを捨てていかれませんでした。',
    '土日は大変混み合います。ゆっくりご覧になりたい方は、平日のご来館がおすすめです。',
    'ご高齢の方や小さなお子様連れの方は、比較的空いている平日のご利用がおすすめです。',
    'ご高齢の方は乗り降りに時間がかかることがありますので、船頭がお手伝いします。平日は比較的空いています。',
    '避難所には外国人の方も多く避難されています。やさしい日本語での案内を用意しました。貴重品は各自で管理してください。',
    '外国人観光客が多く訪れる時期です。人混みではスリや置き引きにご注意ください。',
    '外国人の方も多く避難されています。外国人の方を狙った詐欺にご注意ください。',
    '今年は外国人観光客も多く来られています。お財布の落とし物が増えています、ご注意ください。',
    '避難所では、貴重品は各自で身に着けて管理してください。',
    '若い女の子が来てくれると、子どもたちの顔がぱっと明るくなります。',
    '学生さんが来てくれると、おじいちゃんたちの表情が明るくなります。',
    'ヘルプマークは、外見からは障がいがあるように見えない方が、周囲に配慮を必要としていることを知らせるマークです。',
    '一見、障がいがあるようには見えない方もいます。',
    'パラスポーツの選手の皆さんの迫力あるプレーに、会場は大いに盛り上がりました。',
    '段差があります。車いすの方は介助の方もご一緒にお越しください。',
    '外国籍の保護者の方は、日本の学校の決まりを知る機会が少ないため、多言語の説明会を開きます。',
    '外国籍の方は在留カードを必ずお持ちください。日本国籍の方は不要です。',
    'ダイエット教室、ぽっちゃりさん大歓迎！一緒に健康的に体重を落としましょう。',
    '見た目で損をしている規格外野菜を、おいしく食べるレシピを紹介します。',
    '見た目で損をしないよう、学生の方に身だしなみのポイントをお伝えします。',
    '空き家バンクの物件は、日本国籍の方に限らずどなたでもご利用いただけます。',
    '市議会議員選挙に立候補できるのは、日本国籍を有する方に限られます。',
    '投票できるのは日本国籍をお持ちの18歳以上の方に限ります。',
    '生活習慣の違いによるトラブルを防ぐため、ごみ出しルールを多言語で案内しています。',
    '文化の違いを理解し合うための交流会を開きます。',
    'スマホの操作が苦手な高齢の方向けに、スマホ教室を開きます。',
    '機械の操作が苦手なご高齢の方は、窓口でも手続きできます。',
    '機械の操作が苦手な方は、最初から窓口にお越しいただいたほうがスムーズです。',
    'マイナンバーカードの手続きは、ご高齢の方も窓口で職員がお手伝いしますので、ご安心ください。',
    '新しい世界が開ける、女性のためのドレス体験会です。',
    '男性の育休取得、そっちの道に進む職員も増えています。',
    '文化祭で女装した男子生徒をからかうのはハラスメントです。「そっちの気があるの？」などの言葉は控えましょう。',
    'フラワーアレンジメントコンテストの審査員を務めました。出品作品はどれも目の保養でした。',
    '盆栽コンテストの審査、名品ぞろいで目の保養でした。',
    '観光大使の選考会で、候補の皆さんの柳川への熱い思いを伺いました。',
    '購入前に、近所の方にその地区の昔の浸水被害について聞いておくと安心です。',
    '中古住宅を買う前に、周辺の騒音や日当たりについて近所の方に聞いておくと安心です。',
    '土地の昔のことを近所の人に聞いて回ることは、部落差別につながるおそれがあります。',
    'パートナーシップ宣誓の手続きは、プライバシーに配慮し、ほかの来庁者の目に触れない個室で行います。',
    'パートナーシップ宣誓は、ご希望に応じて個室で行うこともできます。',
    '同性パートナーの方も安心して手続きできるよう、人目を気にせず相談できる窓口を設けました。',
    '日本人だけが知る柳川の魅力を、ぜひ体験してみてください。参加無料です。',
    '地元の日本人だけで運営しているお店です。ぜひご利用ください。',
    '女子大生大歓迎！男性も歓迎です。おじいちゃんたちと一緒に将棋を楽しみましょう。',
    '障がいがあっても元気に暮らせるまちづくりを進めます。',
    '外国人技能実習生の寮が完成しました。入居は来月からです。',
    '朝は混み合いますので、ご高齢の方は午後の来庁がおすすめです。',
    'ぽっちゃり体型の方は、膝に負担がかからない水中ウォーキングがおすすめです。',
    '台湾からの団体のお客様は、ガイドの声が大きいと聞き取りやすいそうです。',
  ])('leaves %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('decency: blind dec57 kinds, a group kept off for distracting others, looks or a body as the draw, a job suited to one sex, a same-sex couple sent to win their families over, a generation called weak-willed, the old unable to appreciate, and clothing choice not sexual', () => {
  const found = (text: string) => check(text, { tone: 3, site: 'x' }).findings.filter((f) => f.rule.startsWith('decency/') && f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    // Blind R312P-012 kind: the group's coming said to put anyone off, and the group sent to watch online or come apart.
    ['議会の傍聴はどなたでも可能ですが、車いすの方がいらっしゃると議員が気を取られますので、ネット中継でのご覧をお願いします。', 'decency/discriminatory:block'],
    ['発達障がいのあるお子さんが参加されると、演奏会の進行に支障が出るため、録画でのご鑑賞をお願いしております。', 'decency/discriminatory:block'],
    ['認知症の方が同席されると職員が集中できないので、説明会は別の日程でお願いします。', 'decency/discriminatory:block'],
    // Blind R312P-057 kind: youth, a body or a face given as the reason readers or visitors of one sex will come; a staff member as the draw.
    ['今回のポスターのモデルは新人さん。美人なので男性の応募者が殺到しそうです笑', 'decency/lookism:block'],
    ['観光PR動画に出演した職員、顔もかわいいし、おじさまファンが増えること間違いなし！', 'decency/lookism:block'],
    ['新人の船頭さんはイケメンだから、女性のお客様が押し寄せるかも♡', 'decency/lookism:block'],
    ['受付の新人さん目当ての男性客が増えた気がします。', 'decency/lookism:warn'],
    // Blind R315E-025 kind: a job said to suit one sex after a pause or an adverb.
    ['土木職員の採用試験です。現場仕事が中心ですので、体力のある男性に、とても向いています。', 'decency/discriminatory:block'],
    ['保育士の募集です。子育て経験のある女性に最も適したお仕事です。', 'decency/discriminatory:block'],
    ['消防団員募集！夜間の出動もあるため、若い男性にこそ向いている活動です。', 'decency/discriminatory:block'],
    // Blind R315E-042 kind: a body named as a staff member's pride; onlookers with nowhere to rest their eyes.
    ['ポスターのモデルはプロポーション自慢の職員さんです。', 'decency/lookism:block'],
    ['今年の観光大使は、抜群のスタイルを誇る新人職員に決まりました！', 'decency/lookism:block'],
    ['浴衣モデルを務めた新人さん、スタイルが良すぎて撮影チームは目のやり場がなかったです😏', 'decency/sexual:block'],
    ['水着の撮影会のモデルさん、色っぽくて目の毒でした', 'decency/sexual:warn'],
    // Blind R315E-044 kind: a same-sex couple told to win their families over first, presumed to struggle for it, or set against "normal" families.
    ['パートナーシップ宣誓を希望される同性カップルの方は、まずはご両親の理解を得てからご来庁ください。', 'decency/discriminatory:block'],
    ['同性パートナーの方にとって、親御さんの了解をもらうのはきっと難しいことと存じます。', 'decency/discriminatory:block'],
    ['LGBTの方のご相談も増えています。普通の家庭とは違う形ですが、市は応援します。', 'decency/discriminatory:block'],
    // Blind R315E-050 kind: a generation said to lack endurance, relayed or not.
    ['最近の若者は打たれ弱いので、上司の皆さんは言葉に気をつけてください。', 'decency/stereotype:warn'],
    ['新社会人の皆さんは忍耐力が不足しがちなので、早めの相談を心がけましょう。', 'decency/stereotype:warn'],
    ['メンタルが弱いと言われる若い世代ですが、研修で乗り越えましょう。', 'decency/stereotype:warn'],
    // Blind R315E-051 kind: the old said unable to appreciate something new.
    ['このアニメコラボの面白さは、年配の方にはピンとこないかもしれません。', 'decency/stereotype:warn'],
    ['高齢の方には理解できないノリかもしれませんが、若者向けに作りました！', 'decency/stereotype:warn'],
    ['じいちゃんばあちゃんにはわからんかもしれんけど、若い子にはウケとるよ', 'decency/stereotype:warn'],
  ])('flags %s as %s', (text, rule) => {
    expect(found(text)).toContain(rule)
  })
  it.each([
    // dec57 hard negatives: clothing choice and uniforms (the blind R315E false positive), a need met, a thing's looks, a misused idiom or a dress code, the notion named, consent not needed, help to understand.
    'スカートの制服を、来年度から男女どちらでも選べるようになります。',
    'スラックスの制服も選べるようになりました。女子生徒の皆さんもどうぞ。',
    '中学校の標準服は、制服を男女とも選べるよう見直しました。',
    '市民プールでは水着の貸し出しを行っています。詳しくはチラシをご覧ください。',
    'スカートやスラックスなど、制服の選択肢についてはこちらをご覧ください。',
    '浴衣の裾がほつれた場合は、こちらの窓口で補修します。',
    '水着コーナーに注目！夏の新作が入荷しました。',
    '下着類の寄付はお受けしていません。詳しくはちらしをご確認ください。',
    '障がいのある方が来られる場合は、事前にご連絡いただければ職員がお手伝いします。',
    '車いすの方が来られると段差が危ないため、傍聴席にスロープを設置しました。',
    '議会の様子はインターネット中継でもご視聴いただけます。障がいのある方もお気軽に傍聴にお越しください。',
    '障がいのある方が来られても進行に支障がないよう、傍聴席を広げました。',
    '外国の方が参加されると言葉の壁で進行が遅れることもあるため、通訳を配置します。',
    'ご高齢の方が来られると混雑するため、ご希望の方は別室でのご視聴もお選びいただけます。',
    '表紙のデザインがかわいいので、手に取ってくれる人が増えるかも。',
    'ゆるキャラのやなちゃんがかわいいので、女性ファンが増えそうです。',
    '新人さんは若くて元気いっぱいなので、男性の利用者さんも喜んでいます。',
    '見た目もきれいなスイーツなので、男性のお客様にも喜ばれています。',
    '若い職員が多く、スタイルも自由な職場です。男性の育休取得者も増えています。',
    '目のやり場に困るような服装での来庁はご遠慮ください。',
    '新人職員が企画した展示は見どころが多く、目のやり場に困るほどです。',
    '男性職員たちは、資料の多さに目のやり場に困っていました。',
    '男女問わず、体力に自信のある方に特に向いている職種です。ご応募お待ちしています。',
    '育児中の女性に向けた職業訓練の受講者を募集します。',
    'ハローワークでは女性向けの求人情報コーナーを設けています。',
    'パートナーシップ宣誓をした方も、普通のご家族と同じように市営住宅に申し込めます。',
    'パートナーシップ宣誓制度では、婚姻している夫婦と同様に、市営住宅への入居申込ができます。',
    'パートナーシップ宣誓に、ご家族の同意は必要ありません。',
    'ご家族との関係に悩む同性カップルの方のご相談もお受けしています。ご家族の理解を得るのが難しい場合もご相談ください。',
    '「普通の夫婦」という言葉が、同性カップルを傷つけることがあります。',
    '同性カップルの方も、異性のご夫婦と同じように手続きできます。',
    '若い世代のストレス耐性を高めるための講座を開きます。',
    '若い方は、心が弱っているときほど一人で抱え込みがちです。早めにご相談ください。',
    '若い世代ほど、我慢してしまう傾向があります。つらいときは相談してください。',
    '我慢強く練習を続けた若者たちが、見事優勝しました。',
    '若者の心の不調は、甘えではありません。周りの理解が大切です。',
    '根性のない若者が増えたと言われますが、実際にはそうではありません。',
    '20代・30代の方の心の不調が増えています。早めの相談が大切です。',
    'お年寄りにも良さが分かるよう、解説パネルをつけました。',
    '昔の遊びの良さを、おじいちゃんおばあちゃんに教えてもらいました。',
    '高齢の方は暑さの感覚が分かりにくくなるため、こまめな水分補給を。',
    'シニア世代に人気の講座です。若い方もぜひどうぞ。',
  ])('leaves %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('decency: dec56 review false positives fixed as kinds (origin named beside a fault the group did not commit, reassurance for the old, a call to a male-dominated field, an event for all or a place made accessible, a health programme, help from the family, a new world from a class, a contest\'s entries, local history, privacy for the couple or the participants, and the echo of levity beside damage mild, recovered from, absent or scenery)', () => {
  const found = (text: string, site: 'x' | 'instagram' = 'x') => check(text, { tone: 3, site }).findings.filter((f) => f.rule.startsWith('decency/') && f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    ['台湾からの皆さんと一緒に、掘割沿いのポイ捨てごみを拾いました！ありがとうございました。', 'x'],
    ['韓国からの観光客の皆さんは、ごみを捨てずに持ち帰ってくださいました。ありがとうございます！', 'x'],
    ['台湾からの皆さんと、ごみが散らかった河川敷を一緒に清掃しました。国際交流ボランティアの一コマです。', 'x'],
    ['韓国からのツアー客の皆さんは、船の遅延で予定の時間を守れず、ご迷惑をおかけしました。申し訳ありません。', 'x'],
    ['アメリカからの旅行者の方が、ごみを放置された自転車を見つけて交番に届けてくださいました。', 'x'],
    ['クルーズ船で中国からのお客様が多い日は、乗船場が混み合いますので時間をずらしてお越しください。', 'x'],
    ['ご高齢の方は乗り降りに時間がかかっても、ほかのお客様をお待たせしても大丈夫です。焦らずゆっくりどうぞ。', 'x'],
    ['お年寄りは乗り降りに時間がかかることもありますが、後ろの方をお待たせしても気にしないでください。混雑を避けたい方は平日がおすすめです。', 'x'],
    ['消防団員募集！若い女性の方も大歓迎です。現在は男性団員が中心ですが、女性分団も活躍中です。', 'x'],
    ['理系の女子学生の皆さん大歓迎！男性が多い職場ですが、女性技術職員も増えています。市役所の仕事説明会へぜひ。', 'x'],
    ['パラスポーツ体験会、障がいのある方もない方も、こんなに盛り上がるとは思いませんでした！ご参加ありがとうございました。', 'x'],
    ['車いすの方も乗れる川下り船があるなんて、驚きですよね！予約は観光協会まで。', 'x'],
    ['健常者の私たちこそ、日頃の行動を反省しなければなりません。点字ブロックの上に自転車を置かないでください。', 'x'],
    ['メタボさん大歓迎！特定保健指導で、一緒に脱メタボを目指しましょう。', 'x'],
    ['ぽっちゃりさんも大歓迎！ウォーキングで健康的に体重を落として、生活習慣病を卒業しましょう。', 'x'],
    ['スマホの操作に不慣れな高齢の方は、ご家族と一緒に手続きしていただくほうが安心です。', 'x'],
    ['男子同士で料理教室に参加して、新しい世界が開けたと好評です。パパ料理教室、次回は6月です。', 'x'],
    ['バラのコンテスト、参加者の皆さんが育てたバラはどれも眼福でした。', 'x'],
    ['かかしコンテストの参加者の皆さん、力作ぞろいで目の保養でした！', 'x'],
    ['さげもんコンテストにエントリーされた皆さんのさげもんは、どれも目の保養でした。', 'x'],
    ['柳川に移住して新しい住まいを構えた皆さん、地域の昔の話を近所のお年寄りに聞いてみるのがおすすめです。掘割の歴史がよく分かりますよ。', 'x'],
    ['古民家を購入された方へ。その家の昔からの歴史を、近所の年配の方に聞いてみるのもおすすめです。思わぬ発見があるかも。', 'x'],
    ['お二人が安心して手続きできるよう、パートナーシップ宣誓は、ほかの来庁者の目に触れない個室をご用意しています。', 'x'],
    ['LGBTQの方のための相談会は、参加者の安全のため、人目につかないよう会場名を非公開にしています。', 'x'],
    ['強風で落下したどんぐりを集めて、子どもたちがコマを作ったよ！🌰😆', 'x'],
    ['台風で傾いたかかしを、地元の子どもたちが元気に直してくれました😆', 'x'],
    ['強風で散らばったイチョウの葉が、お堀を黄金色に染めています🍂✨', 'instagram'],
    ['大雨で水浸しになったグラウンドも、すっかり乾いて今日は元気に運動会！🏃‍♂️✨', 'x'],
    ['今回の地震では、市内で大きな被害はありませんでした。ほっと一安心ですね😊', 'x'],
    ['今回の台風、皆さんのおかげで被害なく乗り切れました！ご協力ありがとうございました😊', 'x'],
    ['本日の台風、柳川は大きな影響なく通過しました。ご協力ありがとうございました😊', 'x'],
    ['今日の大雨、皆さん大丈夫でしたか？市内で被害の報告はありません。明日は晴れの予報です☀️😊', 'x'],
    ['台風で損壊した遊具の修理が終わり、今日から公園が再オープンしました！みんな遊びに来てね😊', 'x'],
    ['地震で散乱した図書館の本も、ボランティアの皆さんのおかげで元の棚に戻りました😊 明日から開館します！', 'x'],
    ['昨夜の強風で散乱した枝は、職員が朝のうちに片付けました。通学路も安全です😊', 'x'],
  ] as const)('leaves %s', (text, site) => {
    expect(found(text, site)).toEqual([])
  })
  it.each([
    ['中国本土からの団体さんが来る日は、どうしても騒がしくなりがちです。', 'decency/discriminatory:block'],
    ['公園でゴミを捨てていくのは、いつも中国からの団体のお客様です。', 'decency/discriminatory:block'],
    ['がんばっている障害者の姿に、健常者の私たちも勇気をもらいました。', 'decency/stereotype:warn'],
  ])('still flags %s', (text, rule) => {
    expect(found(text)).toContain(rule)
  })
})

describe('decency: blind dec58 kinds, a woman of the staff introduced by her looks or as a draw for men, staff pressed to marry, a district hinted at by a quoted euphemism, a nationality kept out of a hiring, a region\'s people typed, a people\'s manners worried over, disabled adults presumed unable or likened to children, the old kept from driving, the mentally ill sent to quiet hours, sexual minorities as catching, a same-sex pair joked as "that way", a wrong located where a group moved in, same-sex seekers kept out and the "ordinary" family as a condition', () => {
  const found = (text: string) => check(text, { tone: 3, site: 'x' }).findings.filter((f) => f.rule.startsWith('decency/') && f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    // Blind R319D-005 kind: a staff member's body or looks as her introduction, and men said to come for a woman of the staff.
    ['広報課に新しく来た女性職員さん、スタイル抜群でびっくりしました！', 'decency/lookism:block'],
    ['観光案内所の新人ガイドさんは顔もかわいくて、評判です。', 'decency/lookism:block'],
    ['新人の保健師さん、美人で優しいと話題です', 'decency/lookism:block'],
    ['受付に若い女性職員が入りました。男性の来庁者が急増しそうです笑', 'decency/lookism:block'],
    ['看板娘の新人さんが入ったので、おじさんのお客さんが通い詰めそうです', 'decency/lookism:warn'],
    // Blind R319D-036 kind: colleagues mocked for their age and being single, and pushed to marry.
    ['係の後輩、もう32なのにまだ彼氏いないんです。誰か紹介してあげて〜笑', 'decency/discriminatory:block'],
    ['総務課の女の子たち、婚期を逃す前にお見合いさせなきゃ😅', 'decency/discriminatory:block'],
    ['職員の皆さん、35過ぎたら結婚はもう難しいですよ〜', 'decency/discriminatory:block'],
    // Blind R319D-018 kind: a place hinted at by a quoted euphemism for a district, and the readers warned.
    ['今回の土地は、古くから地元で「例の地区」と呼ばれている一帯にあります。気になる方はほかの物件をご検討ください。', 'decency/discriminatory:block'],
    ['この空き家は「川向こう」と呼ばれる辺りです。抵抗のある方はご遠慮ください。', 'decency/discriminatory:block'],
    ['登録物件のうち2件は昔からいろいろ言われてきた地区にありますが、残りはそういった心配のない地域です。', 'decency/discriminatory:block'],
    // Blind R319D-020 kind: another nationality kept out of a hiring, a let or a booking.
    ['市内企業の就職面接会です。ただし外国人の方は、日本語が話せても選考の対象外です。', 'decency/discriminatory:block'],
    ['ベトナム籍の方は、アパートの入居のご紹介はできません。', 'decency/discriminatory:block'],
    ['日本人以外の方のご予約はお受けできません。', 'decency/discriminatory:block'],
    // Blind R319D-021 kind: a region's people given a trait as a whole.
    ['博多の人はやっぱり気が短いけん、待たせんようにね', 'decency/stereotype:warn'],
    ['東京出身の方は、どうしてもよそよそしいところがありますね', 'decency/stereotype:warn'],
    ['沖縄の人って時間にルーズなので、集合時間は早めに伝えています', 'decency/stereotype:warn'],
    // Blind R319D-026 kind: visitors by origin whose coming makes one worry for manners, or praised as surprisingly well-behaved.
    ['中国からの観光客が多い日は、ごみのマナーが心配です', 'decency/discriminatory:warn'],
    ['東南アジアからの団体さんは、マナーの面がちょっと不安です', 'decency/discriminatory:warn'],
    ['ブラジルの団体さん、思ったよりお行儀がよくて驚きました', 'decency/discriminatory:warn'],
    // Blind R319D-031 kind: disabled or cared-for adults presumed unable as a whole, or likened to small children.
    ['グループホームの入居者さんは複雑な話は理解できないので、説明は短くお願いします', 'decency/discriminatory:block'],
    ['作業所の皆さんは、見た目は大人でも中身は幼児なので、優しく声をかけてあげてください', 'decency/discriminatory:block'],
    ['障がい者施設での交流会です。赤ちゃんをあやすつもりで接してあげてください', 'decency/discriminatory:block'],
    ['作業所の利用者さんは単純作業しかできないので、袋詰めだけお願いしています', 'decency/discriminatory:block'],
    // Blind R319D-034 kind: the old not to be let drive for the town's sake, their licences or keys to be taken.
    ['80代のドライバーには、もう車を運転させないほうが世のためです', 'decency/discriminatory:block'],
    ['高齢の親御さんがいるご家庭は、車のキーを取り上げておきましょう', 'decency/discriminatory:block'],
    ['シニアの皆さんにはハンドルを握らせない方が安全です', 'decency/discriminatory:block'],
    // Blind R319D-043 kind: a mental illness or a disability sent to the hours when the others are few, or to come with the family.
    ['統合失調症の方は、来場者の少ない閉館間際にお越しください', 'decency/discriminatory:block'],
    ['知的障がいのある方は、ほかのお客様の迷惑にならないよう、ご家族同伴でご来館ください', 'decency/discriminatory:block'],
    ['うつ病をお持ちの方は、混雑する週末を避けてご利用ください', 'decency/discriminatory:block'],
    // Blind R319D-045 kind: sexual minorities spoken of as catching.
    ['トランスジェンダーの先生が担任だと、うちの子が感化されないか不安です', 'decency/discriminatory:warn'],
    ['同性愛は若い人にうつるので、学校で教えるのは反対です', 'decency/discriminatory:warn'],
    ['人権週間にLGBTの授業がありました。でも生徒たちが真似をしたら困ります', 'decency/discriminatory:warn'],
    // Blind R319D-049 kind: a same-sex pair joked about as "that way".
    ['男同士でおそろいのキーホルダー？あっち系と噂されちゃうよ笑', 'decency/discriminatory:block'],
    ['仲良しの男性職員二人、そっちの趣味があるんじゃないかって😂', 'decency/discriminatory:block'],
    ['女子同士で手をつなぐと、そっち系だと勘違いされるかもしれません', 'decency/discriminatory:warn'],
    // Blind R319D-058 kind: a wrong located where a group moved in, and the group's neighbours asked to watch.
    ['最近、騒音の苦情は、外国人が入居したマンションに集中しています', 'decency/discriminatory:block'],
    ['実習生が増えた地区では、ごみ出しのルール違反が目立ちます', 'decency/discriminatory:block'],
    ['同じアパートに外国の方が住んでいる方は、ごみ出しの様子を見ておいてください', 'decency/discriminatory:block'],
    // Blind R319D-060 kind: same-sex seekers kept out of an event; the "ordinary" family as the condition of a call.
    ['婚活パーティーのため、同性のお相手を希望される方のお申し込みはお受けできません', 'decency/discriminatory:block'],
    ['出会いイベントの対象は、普通の結婚を望む男女に限ります', 'decency/discriminatory:warn'],
  ])('flags %s as %s', (text, rule) => {
    expect(found(text)).toContain(rule)
  })
  it.each([
    // dec58 hard negatives: staff introduced by their work, clothes and classes, a men's programme, a matchmaking call, stock.
    '新人職員の紹介です。顔が広いので頼りにしています。',
    '職員の手作りポスター、デザインもスタイルも最高です',
    '新しい勤務スタイルを導入しました。職員のテレワークも始まります。',
    'このワンピースはスタイルよく見えると評判です。商工会のファッションショーにて。',
    '男性の来場者が増えるよう、パパ料理教室を企画しました。',
    '女性職員による子育て相談。男性の利用者も増えています。',
    '婚活イベントを開催します。30代・40代の独身の方、ぜひご参加ください。',
    '売れ残りの野菜を職員が引き取りました。フードロス削減です。',
    '職員の結婚報告がありました！おめでとうございます。',
    // A district's nickname or a hazard, and the euphemism named in an awareness post.
    'この地区は昔から「水の郷」と呼ばれてきました。空き家バンクの物件もあります。',
    '空き家バンクの物件は浸水想定区域にあります。気にされる方はハザードマップをご確認ください。',
    '人権啓発講座「部落差別について考える」を開催します。「あの地区」という言い方の裏にある偏見を学びます。',
    // Nationality: an invitation, a status of residence, a vote, a document.
    '外国籍の方も応募できます。在留資格をご確認ください。',
    '外国籍の方は、就労可能な在留資格がないと応募できません。',
    '日本国籍をお持ちでない方は、選挙の投票はできません。',
    '外国籍の方の入居については、保証会社の利用が必要です。',
    '外国籍の方のご応募をお断りすることはありません。',
    // Regions: a fare or a route, the notion answered, the hosts' traits.
    '関西の方は往復割引がお得です。',
    '九州の方は、九州新幹線をご利用ください。',
    '大阪の方は値切り上手というイメージがありますが、実際はそんなことはありませんでした。',
    '県外の方は、柳川の人の口数が少ないことに驚かれます。',
    // Visitors: a crowd, a notice made readable, a school trip, cleaning together (多文化共生).
    '海外からのお客様が多い日は、混雑が心配です。',
    '外国人観光客が増えるとマナーが心配という声もあります。多言語の案内を増やしました。',
    '今日の小学生の社会科見学、みんなお行儀よくてホッとしました。',
    '多文化共生フェスタを開催！外国人住民の皆さんと一緒に楽しみましょう。',
    // Care: help case by case, a children's setting, the child-treatment named to avoid.
    '利用者さん一人ひとりのペースに合わせて、難しい作業は職員がサポートします。',
    '障がいのある方も、難しい作業がある場合は職員がサポートします。',
    '放課後等デイサービスで、小さな子どもの相手をしてくださるボランティアを募集しています。',
    '利用者さんは簡単な作業から始めて、できることを増やしています。',
    'ボランティア研修：利用者さんを子ども扱いするような言動は避けましょう。',
    // Driving: the voluntary return, drink, a diagnosis, a ruling.
    '運転に不安のある高齢の方は、免許の自主返納もご検討ください。',
    '高齢の方の運転免許の自主返納を支援しています。ご家族の皆さんもご相談ください。',
    'お酒を飲んだ人には、絶対にハンドルを握らせないでください。',
    '認知症と診断された方には運転させないよう、ご家族もご注意ください。',
    // Quiet hours offered, a consultation's hours, a café with the family.
    '感覚過敏のある方のために、平日の午前中に照明を抑えた時間を設けています。',
    '心の病気をお持ちの方のご相談は、平日の午前中に保健センターで受け付けています。',
    '障がいのある方は、混雑を避けて平日にお越しいただくと、ゆっくりご覧いただけます。',
    '認知症の方は、ご家族と一緒にご来場ください。周りの方と楽しくお話しできます。',
    // Rights lectures, a cold, a direction, a Valentine's day for all.
    'LGBTは周りの影響でうつるものではありません。',
    '子どもたちがネットの誤った情報に影響されないよう、LGBTについて正しく学びましょう。',
    'インフルエンザが子どもたちにうつらないよう、手洗いを徹底しましょう。',
    '郵便局はそっちの方だと思われます。二人で行ってみてください。',
    '男子同士でチョコを交換するのも楽しいですね！',
    // Neighbours: a multilingual notice, help in a disaster, an invitation; an event for all or kept for the group.
    '外国人の住民が増えた地区では、多言語のごみ分別表を配布しています。',
    '近所に外国人が住んでいる方は、災害時に声をかけてあげてください。',
    '外国人が多く住む地区で、日本語教室の参加者が増えています。ごみ出しのルールも学びます。',
    '婚活イベントを開催します。結婚を希望する独身の方ならどなたでもご参加いただけます。',
    'LGBTQの方限定の交流会です。それ以外の方のご参加はご遠慮ください。',
    '将来、温かい家庭を築きたいと考えている独身の方を応援します。',
    'ふつうの家庭料理を一緒に作る料理教室です。',
    '同性カップルの方もご参加いただけます。',
  ])('leaves %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('decency: review rvdec58 of the dec58 kinds and of older readings, false positives fixed as kinds (an awareness request not to hurt a group, a law\'s requirement stated, スタイル of a goal or a technique, a mascot\'s face, a service offer to visitors, a difficulty met with help, a label denied, an animal as the draw, a volume of litter, a seat provided beside an escort, 池沼 the place in a post about water)', () => {
  const found = (text: string) => check(text, { tone: 3, site: 'x' }).findings.filter((f) => f.rule.startsWith('decency/') && f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    // Do not hurt / discriminate against <group>: the act against the group is what is asked to stop, not the group kept out.
    'LGBTの方を傷つけるような発言はお控えください。',
    'LGBTQの方を傷つけるような発言はご遠慮ください。',
    '障害のある方をからかうような言動はご遠慮ください。',
    '外国人の方を侮辱する書き込みはお控えください。',
    '高齢者を笑いものにするような投稿はお控えください。',
    // A law's requirement stated (国籍条項, 公務員の当然の法理).
    '外国籍の方は、国籍条項により一部の職種の採用試験の対象外となります。',
    '公務員の当然の法理により、外国籍の方は一部の職種を受験できません。',
    // スタイル about a goal or a technique, a thing's style, a mascot's face.
    '職員おすすめのヨガ教室で、スタイル抜群を目指しましょう！',
    '船頭さんの棹さばきのスタイルが美しい。',
    '船頭さんの棹さばきのスタイルがきれいです。',
    '職員の手描きイラストのスタイルがかわいいと好評です！',
    '窓口で配るマスコットのやなちゃん、顔がかわいいと評判です。',
    // A service offer to visitors: the adjective is a thing's, or an invitation.
    '県外の方は冷たいお飲み物をどうぞ。',
    '県外の方は、冷たい川風に驚かれるかもしれません。',
    '都会の方は、静かな柳川でのんびりしてください。',
    // A difficulty granted and help offered at once.
    'お年寄りには操作が難しいかもしれませんが、若い職員がお手伝いします',
    // A label denied (…でも…でもない).
    '人権講演会では、LGBTは病気でもうつるものでもないと学びました。',
    // An animal as the draw, a volume of litter, a seat provided beside an escort.
    '看板娘のカワウソ「やなぎ」に会いに、男性のお客さまも増えるかも？',
    '海外からのお客様が増えると、ごみの量が心配になります。皆さんも分別にご協力を。',
    '障害のある方は、付き添いの方と一緒にご来場ください。ほかのお客様とぶつからないよう、専用の観覧席をご用意しています。',
    // 池沼 the place: the post's heading or another paragraph is about water (blind KC-014 kind).
    '【環境】市内のクリーク・池沼の水質調査結果\n\n市では、ため池・池沼5地点で水質調査を行っています。\n\n・夏場はアオコの発生により、一部の池沼でCOD値が高くなる傾向が見られました。',
    '【環境】ため池の水質調査\n\n夏場は一部の池沼でCOD値が高くなりました。',
  ])('leaves %s', (text) => {
    expect(found(text)).toEqual([])
  })
  it.each([
    // Still caught: a group kept out, not an act against it; 池沼 the slur outside a post about water, and its insult phrases anywhere.
    ['LGBTの方のご参加はお控えください。', 'decency/discriminatory:block'],
    ['外国籍の方は、面接の対象外となります。', 'decency/discriminatory:block'],
    ['新人の女性職員です！スタイル抜群で、窓口が華やかになりました。', 'decency/lookism:block'],
    ['関西の人は冷たい人が多い。', 'decency/stereotype:warn'],
    ['あいつは池沼だと思う。', 'decency/discriminatory:block'],
    ['【環境】ため池の水質調査\n\n結果を見ない担当は池沼レベルやね。', 'decency/discriminatory:block'],
    ['【環境】クリークの水質調査\n\nこれ分からんとか池沼かよｗ', 'decency/discriminatory:block'],
  ])('flags %s', (text, want) => {
    expect(found(text)).toContain(want)
  })
})

describe('decency: blind dec59 kinds (R323D, R324M), prejudice told as kindness, common sense or praise: a group set against "ordinary" people, a foreign group\'s manners measured short of the Japanese, a disabled or ill group as a danger or a bother kept to some hours, a hire by sex and age or for the look, fathers presumed at work, the old as drivers, the young of today, foreign workers as cheap or docile labour, a dialect called vulgar, a disabled group\'s work capped, a named origin as "lively", newcomers said to stay away, a colleague sexualised at a party', () => {
  const found = (text: string) => check(text, { tone: 3, site: 'x' }).findings.filter((f) => f.rule.startsWith('decency/') && f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    // Blind R323D-001 kind: a group set against "ordinary" people.
    ['同性カップルの方も、普通のカップルの方も大歓迎の婚活イベントです。', 'decency/discriminatory:block'],
    ['普通の家庭のお子さんはもちろん、ひとり親家庭のお子さんも参加できます。', 'decency/discriminatory:block'],
    ['外国人の方とふつうの日本人の方が一緒に学ぶ教室です。', 'decency/discriminatory:block'],
    // Blind R323D-004 kind: a foreign group's manners measured short of the Japanese.
    ['外国人観光客の皆さんは、ごみの分別を日本人のようにはできないことが多いです。', 'decency/discriminatory:block'],
    ['ベトナム人の住民の方は、日本の方ほどにはルールを守れないこともあります。', 'decency/discriminatory:block'],
    ['外国籍の方は、時間の感覚が日本人並みにはいかないようです。', 'decency/discriminatory:block'],
    // Blind R323D-010/049 kind: a disabled or ill group as a danger, children kept from them or others' injury watched for.
    ['精神障害のある方も地域で暮らしています。小さなお子さんは近づけないようにしましょう。', 'decency/discriminatory:block'],
    ['統合失調症の方が近所に住んでいる場合、お子さんには近づかないよう言い聞かせてください。', 'decency/discriminatory:block'],
    ['知的障がいのあるお子さんも一緒に遊べます。ほかのお子さんに乱暴したりしないよう、保護者の方が付き添ってください。', 'decency/discriminatory:block'],
    ['発達障害のある児童が入学します。周りの子に手を出したりしないよう、先生方はよく見ていてください。', 'decency/discriminatory:block'],
    // Blind R323D-041 kind: a group kept to some hours so as not to bother the others, the bother first.
    ['周りのお客様のご迷惑にならないよう、障害のある方は平日の午前中にお越しください。', 'decency/discriminatory:block'],
    ['一般の利用者の方の迷惑にならないよう、高齢の方は空いている時間帯にご利用をお願いします。', 'decency/discriminatory:block'],
    // Blind R323D-023 kind: a hire by sex and age, or by sex for the look.
    ['受付を明るくしてくれる若い女性の応募をお待ちしています。', 'decency/discriminatory:block'],
    ['20代の女性の方のご応募を歓迎します。事務補助のアルバイト募集です。', 'decency/discriminatory:block'],
    ['観光案内所スタッフを募集。窓口に華を添えてくれる女性の方の応募をお待ちしています。', 'decency/discriminatory:block'],
    // Blind R323D-029 kind: fathers presumed at work, mothers with the children.
    ['親子ひろばはママのための場所です。お父さんは仕事で忙しいと思うので、お母さんだけでもどうぞ。', 'decency/stereotype:warn'],
    ['子育て講座のお知らせ。旦那さんはお仕事で参加できないでしょうから、ママ友と一緒にどうぞ。', 'decency/stereotype:warn'],
    ['赤ちゃん教室、パパはお仕事なので平日はママと赤ちゃんで来てね。', 'decency/stereotype:warn'],
    // Blind R323D-031 kind: the old as drivers a fright as a whole, an age told to give up the wheel.
    ['高齢者の方の運転は、やはりハラハラさせられます。', 'decency/stereotype:warn'],
    ['80歳を超えたら、車を手放すのが当然です。', 'decency/stereotype:warn'],
    ['70代になったら運転はやめるべきでしょう。', 'decency/stereotype:warn'],
    // Blind R323D-033 kind: the young of today given a fault as a whole.
    ['根性のない最近の若者には任せられない仕事です。', 'decency/stereotype:warn'],
    ['すぐに諦める今どきの若い人には向いていません。', 'decency/stereotype:warn'],
    ['今どきの若者とは違って、真面目で根気のある方を求めています。', 'decency/stereotype:warn'],
    // Blind R323D-042 kind: foreign workers valued as cheap or docile labour.
    ['外国人労働者は人件費が安くて助かると、農家さんにも好評です。', 'decency/discriminatory:block'],
    ['技能実習生なら、低賃金でもまじめに働いてくれます。', 'decency/discriminatory:block'],
    ['ネパール出身のスタッフさんは、不満ひとつこぼさずよく働いてくれると評判です。人手不足の事業所はぜひ。', 'decency/discriminatory:block'],
    // Blind R323D-045 kind: a dialect called vulgar or shameful.
    ['博多弁は下品なので、窓口では使わないようにしましょう。', 'decency/stereotype:warn'],
    ['方言丸出しだと田舎くさい印象になってしまいます。面接対策講座より。', 'decency/stereotype:warn'],
    ['筑後弁で話すとみっともないので、式典では標準語で。', 'decency/stereotype:warn'],
    // Blind R323D-053 kind: a disabled group's work capped at simple tasks, told as praise.
    ['知的障がいのある方は、難しい作業は無理でも、簡単な作業ならできます。', 'decency/discriminatory:block'],
    ['作業所の利用者さんは、決まった作業なら飽きずにコツコツ取り組んでくれます。', 'decency/discriminatory:block'],
    // Blind R323D-054 kind: a named origin's coming said to make a place "lively" as a rule, quiet-seekers steered off.
    ['韓国からの観光客が多い日は、どうしても館内が賑やかになりがちです。', 'decency/discriminatory:block'],
    ['台湾からの団体さんの声がにぎやかで…。静かに見学したい方には、夕方の時間帯がおすすめです。', 'decency/discriminatory:block'],
    // Blind R323D-056 kind: newcomers, the young or foreigners said to fail a civic habit as a whole.
    ['移住者の方は、地区の清掃に参加しない方が多いのですが、このご家族は違いました。', 'decency/stereotype:warn'],
    ['若い人は自治会に加入しない方がほとんどですが、今年は3世帯が加入してくれました。', 'decency/stereotype:warn'],
    ['外国人の方は、地域の行事に顔を出さない人が大半です。', 'decency/stereotype:warn'],
    // Blind R324M-021 kind: a colleague sexualised at a staff party.
    ['新人の山田さん、次の忘年会はぜひ水着でお願いしますね！', 'decency/sexual:block'],
    ['歓迎会の目玉は、新人の佐藤さんのバニーガール姿でした。', 'decency/sexual:block'],
    ['係長たちの視線はずっと新人さんの胸元に釘付けでした。飲み会楽しかった！', 'decency/sexual:block'],
    // Surprise that a single parent's child manages.
    ['母子家庭の子なのに、礼儀正しくてびっくりしました。', 'decency/stereotype:warn'],
  ])('flags %s as %s', (text, rule) => {
    expect(found(text)).toContain(rule)
  })
  it.each([
    // "Ordinary" not set against a group, or the sameness said.
    'LGBTQの方も、そうでない方も、どなたでもご参加いただけます。',
    '外国人の方も普通に利用できる窓口です。',
    '普通の家庭料理を、外国人の方と一緒に作る料理教室です。',
    'ひとり親家庭の方も、ふたり親家庭の方も、同じ手当の対象です。',
    // Language, a scheme or the same welcome, not manners.
    '外国人の方は、日本人と同じように日本語が話せるとは限りませんので、やさしい日本語で案内しています。',
    '外国籍の方は、日本人と同じようには年金を受け取れない場合がありますので、窓口でご相談ください。',
    '外国からのお客様にも、日本人のお客様と同じように川下りを楽しんでいただけます。',
    // A watch for help, a stranger, a child's own safety, a guide dog, a rule for all, a machine.
    '心の病気を抱えた方も地域で暮らしています。困っている様子の方を見かけたら、そっと声をかけて相談窓口をご案内ください。',
    '認知症の方が道に迷っている様子を見かけたら、すぐに市役所へご連絡ください。',
    '不審者を見かけたら、お子さんを近づけず、すぐに110番通報してください。',
    '発達障害のあるお子さんも参加できます。はさみを使うので、ケガをしないよう保護者の方もそばで見守ってください。',
    '盲導犬を連れた視覚障害のある方を見かけたら、お子さんを近づけないようにしてください。盲導犬はお仕事中です。',
    '障害のある方も安心してご乗船いただけます。ほかのお客様のご迷惑にならないよう、船内での大声はお控えください。',
    '車いすの方は、乗降に時間がかかりますので、早めの時間帯のご予約をおすすめします。',
    'ほかのお子さんにケガをさせたりしないよう、遊具は順番に使いましょう。',
    '車いすの方専用の昇降機です。小さなお子さんを近づけないようご注意ください。',
    // A sex welcomed too, a field short of it, a women-only class with its reason, flowers.
    '消防団員を募集しています。女性の方の応募もお待ちしています。',
    '20代から60代まで、幅広い年代の方の応募をお待ちしています。',
    '女性が少ない職場のため、女性の応募を特にお待ちしています。',
    '窓口が明るくなるよう、花を飾りました。職員一同、笑顔でお待ちしています。',
    // Working parents served, a condition, both parents welcome.
    'お仕事で平日に来られないパパのために、土曜日の回もご用意しました。',
    'お父さんがお仕事で来られない場合は、お母さんだけでも大丈夫です。',
    '子育てひろばは、パパもママもおじいちゃんおばあちゃんも大歓迎です。',
    // The voluntary return, a law's check, a subsidy, health.
    '運転に不安を感じたら、免許の自主返納もご検討ください。',
    '75歳以上の方は、免許の更新時に認知機能検査を受ける必要があります。',
    '75歳を過ぎたら、健康診断を毎年受けましょう。',
    '高齢の方の運転を支えるサポカー補助金のご案内です。',
    '70歳を超えたら、運転に不安がある方は自主返納をご検討ください。',
    // Turnover to lower, the young praised, a rate.
    'すぐに辞めてしまう若者を減らすため、企業の定着支援を行っています。',
    '最近の若者は、しっかりしていて頼もしいです。',
    '若者の早期離職率は3年以内に約3割です。',
    // A wrong named, a fair wage, an activity praised, a consultation.
    '技能実習生の賃金が不当に低いという問題があります。',
    '外国人労働者の皆さんにも、最低賃金以上の給料が保証されています。',
    '技能実習生の皆さんが、地域の清掃活動に参加してくれました。文句ひとつ言わず最後までやり遂げてくれました。',
    '給料が安いと感じている方は、労働相談窓口にご相談ください。',
    // A dialect taught or defended; 答弁, 安全弁.
    '柳川弁講座：「〜ばい」「〜けん」の使い方を楽しく学びましょう。',
    '柳川弁は品がないと思われがちですが、温かみのある大切な言葉です。',
    '方言を恥ずかしがらずに、どんどん話しましょう。',
    '市長の答弁は、品がないとの批判を受けました。',
    '安全弁が汚れていると、正しく作動しません。',
    // Strengths, one person's liking, work fitted to each.
    '障がいのある方の得意なことを生かせる仕事を一緒に考えます。',
    '障がいのある方の中には、単純作業をコツコツ続けるのが得意な方もいます。',
    '作業所では、利用者さん一人ひとりに合った作業をお願いしています。',
    // A lively day told, crowds, a festival.
    '韓国からの観光客の皆さんで、今日の川下りはにぎやかでした。',
    '海外からのお客様にも人気の川下り。静かに楽しみたい方には、朝の便がおすすめです。',
    '中国からの団体客が多く混雑します。静かに楽しみたい方は、平日の朝がおすすめです。',
    '白秋祭の日は船の上がにぎやかになりがちです。静かに楽しみたい方には、平日の朝の便がおすすめです。',
    // Not knowing, help offered, a survey.
    '移住された方は、地域の行事を知らない方がほとんどなので、案内冊子をお配りしています。',
    '都会から来られた方は、最初は地域の行事に参加しにくい方が多いので、ぜひお声がけください。',
    '外国人の方は、日本の地域行事を知らない方が多いので、多言語のチラシを作りました。',
    // Swimwear for a pool class, a party told, a costume for children, a work of art.
    '次回は水着の着用をお願いします。プールでの水中ウォーキング教室です。',
    '新人職員の歓迎会を開きました。来年もぜひよろしくお願いします！',
    '忘年会の出し物は、新人の皆さんのダンスでした。来年も楽しみです。',
    '子ども目線の高さに展示しているので、視線は自然と作品に集中します。',
    // Support for single parents.
    'ひとり親家庭でも、しっかり支援を受けられます。',
  ])('leaves %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('decency: review rvdec59 of the dec59 kinds, false positives removed as kinds: a stereotype quoted to refute it (family-wide), a rule of conduct for everyone, time to spare, a family\'s own words, a speaker\'s shyness, くださ, a plain task told, liveliness welcomed', () => {
  const found = (text: string) => check(text, { tone: 3, site: 'x' }).findings.filter((f) => f.rule.startsWith('decency/') && f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    // A stereotype quoted in order to refute it, for every reading of the family (と言われますが、実際は / と思われがちですが / という声もありますが、柳川では /
    // という言葉に傷つく / という考えは改め / という役割分担にとらわれない).
    '今どきの若者は根性がないと言われますが、実際は地域の行事を支えているのは20代の皆さんです。',
    '今どきの若者はすぐ辞めると言われますが、本市の新規採用職員の離職率は低いです。',
    '障がいのある方は働けないと言われることがありますが、実際は市内の多くの事業所で活躍しています。',
    'お年寄りはスマホが使えないと思われがちですが、スマホ教室は毎回満員です。',
    '若い人は自治会に加入しない方が多いという声もありますが、柳川では加入率が上がっています。',
    'シングルマザーなのにえらいね、という言葉に傷つく方もいます。',
    'パパはお仕事、ママは家事、という役割分担にとらわれない子育てを応援します。',
    '技能実習生の皆さんは、文句ひとつ言わず働くのが当たり前、という考えは改めましょう。',
    '障がいのある方でも、簡単な作業であればできる、という考え方は見直されつつあります。',
    // A rule of conduct for everyone, the group named with those without it.
    '障がいのある子もない子も一緒に遊べる公園です。遊具で周りの子にケガをさせないよう、順番を守りましょう。',
    '車いすの方も乗れる遊覧船です。ほかのお客様にケガをさせないよう、船内では走らないでください。',
    // Time to spare, not a slot of the day.
    'ほかのお客様のご迷惑にならないよう、ご高齢の方は時間に余裕をもってお越しください。',
    '車いすの方は、混雑の少ない午前中の見学もおすすめです（予約で貸切可）。',
    // A family's own words told, a course for fathers.
    'パパは仕事で来られないので、ママと一緒に来ました、という親子もいました。',
    '子育てひろばでは、ママを送り出してあげたいパパのための講座もあります。',
    // A speaker's shyness told; くださ is no ダサ.
    '方言のなまりが恥ずかしくて、と話す移住者の方も、今では立派な柳川弁です。',
    '筑後弁の味わいを感じてください。品のある言葉づかいの講座も開催します。',
    '「布の端切れも捨てられんとよ」と、やさしか柳川弁で話してくださいました。',
    '方言講座「柳川弁ば話そう」の参加者を募集します。',
    // A plain task told, not a cap (であれば, なら).
    '作業所の利用者さんは、繰り返しの作業を集中してこなせる方が多いです。',
    // Liveliness welcomed in its sentence.
    '外国からのお客様が多い時期は、船の上も国際色豊かでにぎやかになりがちです。',
    // Ordinary posts sharing the words.
    '女性の視点を生かした防災講座（講師は女性防災士）を開催します。',
    '高齢ドライバーの事故防止講習会を開催します。',
    '外国人技能実習生の皆さんの日本語教室を開きました。',
    '普通救命講習を開催します。障がいのある方もない方も受講できます。',
  ])('leaves %s', (text) => {
    expect(found(text)).toEqual([])
  })
  it.each([
    // The view agreed with, or ours exempted from it: still a use.
    ['今どきの若者は根性がないと言われますが、確かにその通りだと思います。', 'decency/stereotype:warn'],
    ['新成人の皆さん、おめでとうございます！今どきの若者はすぐ仕事を辞めると言われますが、柳川の若者は違うと信じています。', 'decency/stereotype:warn'],
    // The slot kept to the group so as not to bother the others.
    ['ほかのお客様のご迷惑にならないよう、車いすの方は空いている時間帯にお越しください。', 'decency/discriminatory:block'],
    // The danger reading where the watch is on the group.
    ['ＡＤＨＤや自閉症のお子さんも参加できます。ほかのお子さんにケガをさせたりしないよう、保護者の方がしっかり見ていてください。', 'decency/discriminatory:block'],
    // A dialect called vulgar, a lively day as a rule.
    ['柳川弁は封印！「〜ばい」「〜けん」は品がない印象を与えてしまいます。', 'decency/stereotype:warn'],
    ['中国からの団体客が来る日は、どうしても船の上がにぎやかになりがちです。', 'decency/discriminatory:block'],
  ])('flags %s as %s', (text, rule) => {
    expect(found(text)).toContain(rule)
  })
})

describe('decency: blind dec60 kinds (R327D, R328M), offhand assumptions in welfare, childcare, housing and community posts: a trait presumed of a group hedged as the usual case, a nationality kept to some units, a childcare matter asked of the mother, a same-sex couple kept from children\'s eyes, a foreigner praised "despite the looks", a group measured against "ordinary" people, a sexual minority said not to concern us', () => {
  const found = (text: string) => check(text, { tone: 3, site: 'x' }).findings.filter((f) => f.rule.startsWith('decency/') && f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    // Blind R327D-004 kind: a trait presumed of a group, hedged as the usual case (ことが多い, 場合が多い, 傾向がある).
    ['ひとり親のご家庭はどうしてもお子さんに目が行き届かないことが多いと思いますので、ぜひ気軽にご利用ください。', 'decency/stereotype:warn'],
    ['母子家庭はどうしてもお子さんに手が回らないことが多いので、放課後児童クラブをご活用ください。', 'decency/stereotype:warn'],
    ['シングルマザーの方は、お子さんに目が届かない場合が多いと思いますので、見守りボランティアをご紹介します。', 'decency/stereotype:warn'],
    ['外国人の方はゴミ出しのルールを知らないことが多いので、チラシを配布します。', 'decency/stereotype:warn'],
    ['高齢の方は手続きが遅い傾向がありますので、窓口を分けています。', 'decency/stereotype:warn'],
    // Blind R327D-012 kind: a nationality kept to some of a service's units, hours or places.
    ['なお、外　国　籍の方につきましては、生活習慣の違いによるトラブルを避けるため、入居いただける棟を限定しております。', 'decency/discriminatory:block'],
    ['外国人の方の入居は、〇〇団地に限らせていただきます。', 'decency/discriminatory:block'],
    ['外国籍の方については、トラブル防止のため、ご利用いただける時間帯を制限しております。', 'decency/discriminatory:block'],
    ['ベトナム人の方につきましては、入居できる住戸を限定させていただいております。', 'decency/discriminatory:block'],
    // Blind R327D-029 kind: a childcare matter asked of the mother.
    ['保育所の入所申込みは11月1日から受け付けます。お子さんの様子についても細かくお聞きしますので、できるだけお母さまが窓口にお越しください。', 'decency/stereotype:warn'],
    ['入園説明会には、お母様のご出席をお願いいたします。', 'decency/stereotype:warn'],
    ['保育園の面談は、日ごろお子さんを見ているお母さんに来ていただくようお願いしています。', 'decency/stereotype:warn'],
    ['１歳６か月健診は、お子さんの普段の様子をお聞きしますので、なるべくお母さんがお連れください。', 'decency/stereotype:warn'],
    // Blind R327D-049 kind: a same-sex couple's being seen kept from children.
    ['先日の地区の夏祭りに、男性同士のカップルが手をつないで来ておられました。本人たちの自由とは思いますが、小さい子どもたちも大勢いる場ですので、ああいうことは少し控えていただけると助かります。', 'decency/discriminatory:block'],
    ['子どもたちも見ていますので、同性カップルの方は会場でのスキンシップはご遠慮ください。', 'decency/discriminatory:block'],
    ['地区の運動会に女性同士のカップルが来ていましたが、正直子どもには見せたくないです。', 'decency/discriminatory:block'],
    ['ゲイのカップルが腕を組んで歩いているのは、子どもの教育上よくないと思います。', 'decency/discriminatory:block'],
    // Blind R327D-050 kind: a foreign person praised "despite the looks".
    ['アフリカ出身の留学生の方も、見た目によらずとても上手な日本語でスピーチしてくれて、会場から驚きの声が上がっていました。', 'decency/stereotype:warn'],
    ['ブラジル出身の実習生さん、見かけによらず礼儀正しくてびっくりしました。', 'decency/stereotype:warn'],
    ['見た目は外国人なのに、柳川弁がぺらぺらで驚きました。', 'decency/stereotype:warn'],
    ['黒人の留学生さんが、見た目に似合わずとても流暢な敬語で挨拶してくれました。', 'decency/stereotype:warn'],
    // Blind R327D-059 kind: a group measured against "ordinary" people.
    ['6月はプライド月間🌈 柳川でも、LGBTの方が普通の人と同じように安心して暮らせるまちを目指しています。', 'decency/discriminatory:warn'],
    ['同性カップルも普通の夫婦と同じように家を借りられる制度です。', 'decency/discriminatory:warn'],
    ['外国にルーツのあるお子さんも、普通の子と同じように通えるよう支援しています。', 'decency/discriminatory:warn'],
    ['ひとり親家庭が普通の家庭と同じように暮らせるよう応援します。', 'decency/discriminatory:warn'],
    // Blind R328M-020 kind: a sexual minority (or a disability) said not to concern us, all "ordinary" here.
    ['今日の職員研修は「ＬＧＢＴと職場」がテーマでした。ただ、うちの課は普通の人しかいないので、あまり関係のない話でしたね。', 'decency/discriminatory:block'],
    ['LGBTの講演会がありましたが、うちの係はみんな普通なので関係ないですね。', 'decency/discriminatory:block'],
    ['性の多様性についての研修でした。うちの職場は普通の職員ばかりなので、ピンときませんでした。', 'decency/discriminatory:block'],
    ['特別支援の話がありましたが、うちの学校は普通の子しかいないので関係ありません。', 'decency/discriminatory:block'],
  ])('flags %s as %s', (text, rule) => {
    expect(found(text)).toContain(rule)
  })
  it.each([
    // A need met or told as some, not presumed of all.
    'ひとり親家庭の方は、どなたでも児童扶養手当の相談ができます。',
    '共働きのご家庭では、放課後にお子さんの見守りが必要になることもあります。学童保育をご利用ください。',
    '働くお母さんは、どうしてもお子さんに手が回らないこともあると思います。ファミリーサポートをご利用ください。',
    '夏休みは子どもだけで過ごす時間が増えることが多いので、水の事故に気をつけましょう。',
    '高齢の方は熱中症になりやすい傾向がありますので、こまめな水分補給を。',
    // A status of residence, a procedure or help, not a unit kept to a nationality.
    '外国籍の方の入居は、在留期間が1年以上ある方に限ります。',
    '外国籍の方につきましては、在留カードの写しをご提出ください。',
    '外国籍の方のご相談は、通訳のいる水曜日に限らせていただきます。',
    '外国籍の方も入居できます。入居いただける棟は抽選で決まります。',
    '単身の方は、入居いただける住戸を一部に限定しております。',
    '外国人住民の方の転入手続きは本庁窓口に限ります。',
    // Either parent or the family, pregnancy and nursing, a class for mothers.
    '乳幼児健診には、保護者の方がお子さんと一緒にお越しください。',
    '入園説明会には、お父さんかお母さんのどちらかがご出席ください。',
    '母子健康手帳の交付は、妊婦さんご本人がお越しください。',
    '赤ちゃん訪問では、助産師がお母さんの産後の体調もお聞きします。',
    'ママ向けヨガ教室です。お子さん連れのママがご参加ください。',
    'こどもの日の工作教室、おうちの人やお母さんといっしょにきてね。',
    // Harassment asked to stop, everyone welcome, another thing refrained from, the view called prejudice.
    'LGBTの子どもたちが安心して過ごせるよう、からかうような言動は控えましょう。',
    '同性カップルの方も、お子さん連れの方も、どなたでも夏祭りにご参加いただけます。',
    'パートナーシップ宣誓制度の説明会です。お子さん連れの方もどうぞ。会場周辺での路上駐車はご遠慮ください。',
    '「同性カップルは子どもの教育上よくない」という声は偏見です。',
    '性的マイノリティの生徒への配慮について、教職員向けの研修を行いました。',
    // Looks of a thing, looks said not to matter, plain praise.
    '留学生の皆さんが作ってくれたカレーは、見た目によらず辛くありませんでした。',
    '見た目で人を判断しない、国際理解の講座です。留学生の方もお話しします。',
    'このお菓子は見た目によらずボリュームがあります。',
    'ベトナム出身の研修生が、上手な日本語で発表してくれました。',
    // The same said without "ordinary" people, or of a day or a counter.
    '外国人観光客の方も、日本人と同じように乗船できます。',
    'LGBTの方もそうでない方も、安心して暮らせるまちを目指しています。',
    'パートナーシップ宣誓の受付は、普通の窓口と同じように市民課で行います。',
    '台風が過ぎたので、今日は普通の日と同じように開館します。',
    // The assumption asked about to undo it, or no group named.
    '「うちの職場には普通の人しかいない」と思っていませんか？LGBTの方は身近にいます。',
    'LGBTについて学ぶ職員研修を行いました。誰もが働きやすい職場を目指します。',
    'マラソン大会は普通の人しか出ないので、気軽にご参加ください。',
  ])('leaves %s', (text) => {
    expect(found(text)).toEqual([])
  })
})
describe('decency: blind dec61 kinds (R330H, KJ), offhand exclusion, mockery and innuendo by front-line staff: the old presumed unable and sent with the family, people kept out by their Japanese, a sexual minority kept from sight, a group kept off busy days or made the cause of a wait, an age as the low bar and ボケ for the old, a family told to hold back from joining, body nicknames and taunts as a call, a nuisance found where a group lives, a staff member offered to the men, innuendo of old men perking up, a service for disabled readers moved away, a child set to catch up with "ordinary" ones; and awareness posts that quote a stereotype or a refusal', () => {
  const found = (text: string) => check(text, { tone: 3, site: 'x' }).findings.filter((f) => f.rule.startsWith('decency/') && f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    // A refusal quoted, then adopted as the writer's own house rule in the humble form (このような対応をとらせていただいております): a use.
    ['「外国人お断り」\n当施設ではトラブル防止のため、このような対応をとらせていただいております。', 'decency/discriminatory:block'],
    ['「障害者の入店はお断り」\n当店では安全のため、こうした形をとらせていただいております。ご理解ください。', 'decency/discriminatory:block'],
    ['「外国人お断り」\n\n当店ではこのような対応をとらせていただいております。', 'decency/discriminatory:block'],
    // Need read from how a family looks (team DCF-147 kind): 身なりのきちんとしたご家庭のお子さんはご遠慮ください.
    ['子ども食堂は生活に困っているご家庭が対象ですので、身なりのきちんとしたご家庭のお子さんはご遠慮ください。', 'decency/discriminatory:block'],
    ['フードバンクの受け取りは、服装が立派な方は対象外とさせていただきます。', 'decency/discriminatory:block'],
    // Blind R330H-007 kind: the old presumed unable to understand, hedged as the usual case, the family asked to come along or instead.
    ['ご高齢の方はお一人ですと、手続きの内容を理解するのが難しい場合が多いので、ご家族とご一緒にお越しください。', 'decency/discriminatory:block'],
    ['お年寄りは制度の説明がわからないことが多いため、ご家族の方が代理でお越しください。', 'decency/discriminatory:block'],
    ['年配の方は書類の内容を把握するのが難しいので、できるだけ息子さんや娘さんと一緒に来てください。', 'decency/stereotype:warn'],
    // Blind R330H-017 kind: people kept out of a service by their Japanese (日本語での日常会話が難しい方のお申込みはご遠慮).
    ['市営住宅の入居について、日本語での意思疎通が困難な方のお申込みはお断りしております。', 'decency/discriminatory:block'],
    ['日本語の読み書きが不自由な方のご入会はご遠慮いただいております。', 'decency/discriminatory:block'],
    ['防災訓練への参加は、日本語での会話が難しい方はご遠慮ください。', 'decency/discriminatory:block'],
    // Blind R330H-026 kind: a sexual minority's matter kept from the others' sight for their surprise (閉庁後に裏口から).
    ['パートナーシップ宣誓の手続きは、ほかの来庁者の方が戸惑われることもあるため、開庁前に通用口からお入りいただくようお願いしています。', 'decency/discriminatory:warn'],
    ['戸籍の性別に関するご相談は、一般のお客様が驚かれることがありますので、閉館後に別の入口からお越しください。', 'decency/discriminatory:warn'],
    ['トランスジェンダーの方の更衣室のご利用は、周りの利用者が困惑されることもあるため、営業時間外にお願いしております。', 'decency/discriminatory:warn'],
    // Blind R330H-028 kind: a disabled (or foreign) group alone asked off the busy days.
    ['障がいのある方は、混み合う週末を避けて、平日にご来館いただきますようお願いします。', 'decency/discriminatory:block'],
    ['車いすをご利用の方は、イベント開催日は避けて、空いている日にお越しいただきますようお願いいたします。', 'decency/discriminatory:warn'],
    ['外国人の方は、繁忙期の土日はお控えいただき、平日にご利用くださいますようお願いします。', 'decency/discriminatory:block'],
    // Blind R330H-031 kind: a foreign or disabled group's business made the cause of the wait, the Japanese told the quiet hours.
    ['外国人の方のご相談は時間を要し、ほかのお客様をお待たせすることがあります。', 'decency/discriminatory:block'],
    ['障がいのある方の申請は手間がかかるため、窓口の待ち時間が長くなっております。', 'decency/discriminatory:block'],
    ['技能実習生の住民登録は時間がかかり、窓口が混み合っております。日本人の方は、すいている午後のご来庁がおすすめです。', 'decency/discriminatory:block'],
    // Blind R330H-033 kind: an age as the low bar of vigour (お年の割に).
    ['敬老会では、皆さん年齢のわりにしっかりした足取りで、驚きました。', 'decency/stereotype:warn'],
    ['参加者のみなさん、お歳の割に覚えが早くて感心しました。', 'decency/stereotype:warn'],
    ['グラウンドゴルフ大会、80代の方も年の割にとても元気で、若い職員が負けていました。', 'decency/stereotype:warn'],
    // Blind R330H-037 kind: a minority's or a single parent's family told to hold back from joining.
    ['シングルマザーのご家庭は何かと大変でしょうから、PTA役員へのご参加は見合わせた方がよいかと思います。', 'decency/discriminatory:block'],
    ['外国にルーツのあるご家庭の場合、言葉の面で苦労されると思いますので、子ども会への入会はもう少し落ち着いてからでも良いのではないでしょうか。', 'decency/discriminatory:block'],
    ['発達障がいのあるお子さんは、ほかの子とのトラブルが心配です。サッカー教室への入団は、もう少し大きくなってからの方がいいかもしれません。', 'decency/discriminatory:block'],
    // Blind R330H-040 kind: readers called by a body-type nickname where the post frames the body by looks or teases it, a health class too.
    ['メタボさん集まれ〜！水着の季節までに、鏡を見るのが楽しくなる体を目指そう', 'decency/lookism:warn'],
    ['ぽっちゃり女子も大歓迎のヨガ教室です♪ 写真写りが気になる方もぜひ！', 'decency/lookism:warn'],
    ['健康体操教室、太めさんもお待ちしています🐷🐷', 'decency/lookism:warn'],
    // Blind R330H-041 kind: readers urged to come before their age or body is mocked (…って言われる前に).
    ['シニア向けウォーキング教室！孫に「おじいちゃん太ったね」と言われる前に始めましょう。', 'decency/lookism:warn'],
    ['中年太りと言われないように、今日からストレッチを習慣にしませんか。', 'decency/lookism:warn'],
    ['同窓会で「老けたね」って思われる前に、美容講座で若さをキープ！', 'decency/lookism:warn'],
    // Blind R330H-047 kind: a nuisance found to be almost all where a group lives (…周辺がほとんどでした, 大半が…).
    ['騒音の苦情が寄せられた場所は、外国人住民の多い団地がほとんどでした。', 'decency/discriminatory:block'],
    ['ごみの不法投棄を調べたところ、大半が実習生の住むアパートの周辺でした。', 'decency/discriminatory:block'],
    ['ポイ捨ての多い場所は、留学生が住むアパートの周辺に偏っていました。', 'decency/discriminatory:block'],
    // Blind R330H-048 kind: a staff member as the men's draw, then her looks praised or the readers urged to approach her.
    ['窓口の〇〇さん目当てに来る男性のお客様も多いんです。かわいいですもんね。ぜひ話しかけてあげてください！', 'decency/lookism:block'],
    ['受付のお姉さん目当ての男性客が多いんですよ〜。独身なので、気になる方はアタックしてみては？😉', 'decency/lookism:block'],
    ['新人職員目当てで来館する男性の利用者さんもいるとか。スタイル抜群ですからね。', 'decency/lookism:block'],
    // Blind R330H-055 kind: old men perking up at young or pretty staff, winked at (いろんな意味で); looks as a hire's draw.
    ['看護師さん募集！若い女性が来てくれると、患者のおじいさんたちがハッスルしちゃいます（違う意味で）', 'decency/sexual:block'],
    ['デイサービスのボランティアに美人の方が来ると、男性利用者さんたちのテンションが上がります（いろいろな意味で）笑', 'decency/sexual:block'],
    ['介護スタッフ募集中！かわいい子だと利用者のおじいちゃんたちが喜びます♪', 'decency/lookism:block'],
    ['ヘルパー大募集！きれいなお姉さんが来てくれると、うちの利用者さんもみんな元気になります。', 'decency/lookism:block'],
    // Blind R330H-051 kind: a service for disabled readers moved out of the way for the "general" users' ease.
    ['車いす用の閲覧席を、目立たない2階の隅へ移動しました。一般の来館者の方も通りやすくなりました。', 'decency/discriminatory:warn'],
    ['一般のお客様の邪魔にならないよう、手話通訳のブースは会場の奥へ移しました。', 'decency/discriminatory:warn'],
    ['多目的トイレ前の点字ブロック案内板を、裏の通路側へ移設しました。おかげで健常者の方の通行がスムーズになりました。', 'decency/discriminatory:warn'],
    // Blind R330H-059 kind: a single-parent or poor family's child set to catch up with "ordinary" ones.
    ['母子家庭のお子さんも、この教室で普通の家の子に負けない学力をつけましょう！', 'decency/discriminatory:warn'],
    ['生活保護世帯の子どもたちが、普通の家庭の子から遅れないよう支援します。', 'decency/discriminatory:warn'],
    ['ひとり親家庭のお子さんが、普通の家庭のお子さんに追いつけるよう、無料の塾を開きます。', 'decency/discriminatory:warn'],
    // A refusal or a saying quoted and then made the post's own (not an awareness example): still a use.
    ['「車いすの方の入店はお断りしています」\n\n安全上の理由から、ご理解をお願いします。', 'decency/discriminatory:block'],
    ['「女の子なんだから、お茶くらい出して」\nそう言われて育ちました（笑）今もお茶出しは女性職員の担当です！', 'decency/stereotype:warn'],
  ])('flags %s as %s', (text, rule) => {
    expect(found(text)).toContain(rule)
  })
  it.each([
    // A conditional or a body's task, not the old presumed unable.
    'ご高齢の方で、お手続きにご不安がある場合は、ご家族と一緒にお越しいただいても構いません。',
    'ご高齢の方は、重い荷物の運搬が難しいことが多いため、粗大ごみの持ち込みはご家族と一緒にお越しください。',
    '説明が難しいと感じる方は、ご家族と一緒にお越しいただいても大丈夫です。',
    // Help for those with little Japanese, a class for them.
    '日本語での会話が難しい方は、通訳ボランティアを手配しますので、事前にご連絡ください。',
    '日本語教室のご案内：日本語での日常会話が難しい方のご参加をお待ちしています。',
    '日本語の読み書きが難しい方には、職員が申請書の記入をお手伝いします。',
    // A room or an hour at the person's wish, or others' surprise at a thing.
    '性別の変更に関するご相談は、プライバシーに配慮し、個室でお受けしています。',
    'パートナーシップ宣誓の手続きは、ご希望に応じて閉庁後の時間帯もお受けしています。',
    'ほかのお客様が驚かれることもございますので、大きな音の出るおもちゃはお控えください。',
    // Busy days told to all, a tip with help, health advice.
    '車いすの方は、平日でしたら介助スタッフが常駐しておりますので、平日のご来園がおすすめです。',
    '土日祝日は大変混雑しますので、平日のご来園をおすすめします。',
    'ご高齢の方は、熱中症予防のため、混雑する時間帯を避けてお越しください。',
    '車いすの方は、土日は専用駐車場が満車になりやすいため、平日のご来園が便利です。',
    // A season's rush, a procedure's time with an interpreter, quiet hours told to all.
    '年度末は転入手続きが集中し、窓口混雑の原因となっております。',
    '外国人住民の方の手続きは通訳を介するため時間がかかり、お待たせすることがあります。',
    '3月から4月は混雑しますので、比較的すいている午前中のご来庁をおすすめします。',
    // A building's, a year's or a tree's age; ボケ防止 alone; the word named as hurtful.
    '築年数の割にきれいな建物で、多くの方が利用しています。',
    '今年の割には暖かい日が続いています。',
    '樹齢のわりに小ぶりな木ですが、毎年きれいな花を咲かせます。',
    '囲碁教室、ボケ防止にもどうぞ。',
    '「ボケ」という言葉は、認知症の方を傷つけることがあります。',
    // Everyone welcome, a child's health, a welcome to single parents.
    '同性カップルのご家庭も、どうぞお気軽に育児サークルにご参加ください。',
    'お子さんの体調が優れないときは、ご参加はもう少し様子を見てからで大丈夫です。',
    'ひとり親家庭の方も大歓迎です。子ども会への入会はいつでも受け付けています。',
    // Every body welcome, a plain body type named, a health class welcoming the body for its health.
    'メタボさん大歓迎！特定保健指導で、一緒にお腹まわりを引き締めましょう。',
    'どなたでも大歓迎のヨガ教室です。体型は問いません。',
    'ぽっちゃり体型の方も、マイペースで参加できる運動教室です。',
    // The taunt named as hurtful, a medical term or a check-up.
    '「太ったね」と言われて傷ついた経験はありませんか？体型について話題にするのはやめましょう。',
    '「メタボ」と言われる前に、特定健診を受けましょう。',
    '「認知症かも」と言われる前に、早めの相談を。',
    // A place of litter without a group, help given where a group lives.
    '不法投棄が多い場所を調べたところ、人通りの少ない河川敷がほとんどでした。',
    '外国人住民の多い地区で、ごみ出しルールの多言語チラシを配布しました。',
    // Staff introduced by their work, a call for staff without looks, a phrase without men or looks.
    '受付の職員が丁寧に対応しますので、お気軽に声をかけてください。',
    '図書館のお姉さんが読み聞かせをしてくれます。子どもたちに大人気です！',
    '介護スタッフ募集中！明るい職場で、利用者の皆さんもいつも笑顔です。',
    '今年の敬老会は、いろんな意味で思い出に残る会になりました。',
    '若い方が来てくれると、地域のお祭りも元気になります。ぜひご参加ください。',
    // A service moved for the group's own good, or made usable for all.
    '点字図書のコーナーを、入口近くの分かりやすい場所へ移しました。',
    '大活字本のコーナーを2階へ移しました。静かにゆっくりお読みいただけます。',
    '多目的トイレを改修し、どなたでも使いやすくなりました。',
    // A class for all families.
    'この教室では、どのご家庭のお子さんも、自分のペースで学べます。',
    'ひとり親家庭向けの学習支援教室を始めます。無料で、どなたでもご参加いただけます。',
    // Blind KJ-012 / KJ-058 / KJ-041 kinds: sayings quoted as examples in an awareness post (the reader asked whether they say it, asked how one would feel on seeing it, or the post campaigning in another paragraph).
    '「女の子なんだから料理くらいできないと」\nつい口にしていませんか？\n\n性別にかかわらず、一人ひとりの個性を大切にしましょう。',
    '「男なんだから泣くな」「女の子はおしとやかに」\n子どもに言ってしまったこと、ありませんか？',
    '「障害者の入店はお断り」\nこんな張り紙を見かけたら、当事者の方はどう感じるでしょうか。',
    '【人権週間】\n\n「外国人の方の入居はお断りします」「日本語が話せない方はご遠慮ください」\n\nこうした対応に心当たりはありませんか。誰もが暮らしやすいまちを目指しましょう。',
    // …or the quoted refusal standing as its own paragraph, the reflection or the campaign in the next one (words.ts AWARE_POST).
    '「外国人お断り」\n\nこんな貼り紙を見たら、どんな気持ちになるでしょう。',
    '「障がいのある方はご遠慮ください」\n\n令和6年4月から、事業者による合理的配慮の提供が義務になりました。',
    // Dress asked of everyone or told as an impression: no one turned away by their looks.
    '面接の際は、身なりを整えてお越しください。',
    '身なりのきちんとした方が多く、落ち着いた雰囲気の式典でした。',
    '式典には、きちんとした服装でお越しください。服装が整っていない方もご遠慮なくご参加いただけます。',
    // A refusal quoted and the practice told of others, or denied: not adopted by the writer.
    '「外国人お断り」\nこのような対応をしているお店もありますが、差別にあたるおそれがあります。',
    '「外国人お断り」\nこんな貼り紙を見たら、どんな気持ちになるでしょう。当館では、どなたでもご利用いただけます。',
    '【多文化共生フォーラム】\n\n「外国人お断り」「日本人のみ」\n\n言葉や文化の違いを越えて、共に暮らすまちについて考えます。',
  ])('leaves %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('decency: blind dec62 kinds (R336D), prejudice in health and welfare posts: welfare recipients told to keep out of pachinko, people with dementia a bother or to be kept in, the children of single parents or welfare homes presumed badly fed or raised, a foreign group’s growth made the cause of rubbish and noise, an STI put on sex work or a sexual minority; and neutral notices, support and awareness posts', () => {
  const found = (text: string) => check(text, { tone: 3, site: 'x' }).findings.filter((f) => f.rule.startsWith('decency/') && f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    // Blind R336D-009 kind: welfare recipients told to keep from gambling or drink, or checked on for it.
    ['生活保護を受けている方は、保護費をパチンコや競馬に使うことのないようお願いします。', 'decency/discriminatory:block'],
    ['受給者の皆さんには、昼間から飲み歩いたりギャンブルをしたりしないよう、ケースワーカーが指導します。', 'decency/discriminatory:block'],
    ['生活保護世帯の方がパチンコ店に出入りしていないか、定期的に確認しています。', 'decency/discriminatory:block'],
    ['保護費でお酒や宝くじを買うことは控えてください。生活保護は皆さんの税金で成り立っています。', 'decency/discriminatory:block'],
    // Blind R336D-019 kind: people with dementia (or a mental disability) made a bother by going out, or to be kept in.
    ['認知症のお年寄りが一人で外出すると、近所の方に迷惑をかけることになります。', 'decency/discriminatory:block'],
    ['精神障害のある方が来店されると、ほかのお客様のご迷惑になることがあります。', 'decency/discriminatory:block'],
    ['徘徊のある認知症の方は、ご家族が部屋から出さないようにしてください。', 'decency/discriminatory:block'],
    ['認知症の親御さんが夜中に出ていかないよう、外から鍵をかけておくと安心です。', 'decency/discriminatory:block'],
    // Blind R336D-025 kind: the children of single parents or welfare homes presumed badly raised (block) or badly fed (warn).
    ['生活保護世帯の子は礼儀がなっていないことが多いので、スタッフは厳しく接してください。', 'decency/discriminatory:block'],
    ['ひとり親のご家庭のお子さんは、親の目が行き届かないぶん、しつけが甘くなりがちです。', 'decency/discriminatory:block'],
    ['母子家庭の子どもは、家でまともな食事をとれていないことが多いので、おかわりを多めに用意してください。', 'decency/discriminatory:warn'],
    ['外国籍の家庭の子どもたちは、朝ごはんを食べてこないことが多いです。', 'decency/discriminatory:warn'],
    // Blind R336D-051 kind: a foreign group's growing or living in a district made the cause of rubbish and noise.
    ['外国人が増えたことで、夜中の騒音の苦情が増えています。', 'decency/discriminatory:block'],
    ['技能実習生が住み始めたアパートの周辺では、ごみの分別が守られず、トラブルが多発しています。', 'decency/discriminatory:block'],
    ['ベトナム人の住民が多い団地ほど、夜間の騒ぎが起きやすい傾向にあります。', 'decency/discriminatory:block'],
    // Blind R336D-055 / R336D-060 kinds: an STI put on sex work or a sexual minority, or those people singled out to be tested.
    ['梅毒の感染拡大は、性風俗店が原因と考えられます。心当たりのある方は検査を。', 'decency/discriminatory:warn'],
    ['性感染症の多くは、夜のお店で働く方から広がっています。', 'decency/discriminatory:warn'],
    ['【性感染症の検査】水商売の方は、ご家族にうつす前に必ず検査を受けてください。', 'decency/discriminatory:warn'],
    ['HIVは同性愛者の間で広がっています。特にゲイの方は必ず検査を受けてください。', 'decency/discriminatory:block'],
    ['エイズは同性愛者の病気です。', 'decency/discriminatory:block'],
    // More wordings: a report asked of recipients seen gambling, a spending rule in a welfare post, the others made uneasy, a door locked,
    // a group's home as the source of complaints, a rise put on sex work.
    ['生活保護を利用されている皆さま、保護費は生活のためのお金です。ギャンブルに使わないでください。', 'decency/discriminatory:block'],
    ['精神疾患のある方が地域で暮らすと、近隣の住民が不安がることもあるため、施設での生活をおすすめします。', 'decency/discriminatory:block'],
    ['発達障害のあるお子さんが教室で騒ぐと、ほかの子が迷惑します。', 'decency/discriminatory:block'],
    ['認知症の方が一人で外出して迷子にならないよう、ご家族は外から鍵をかけてください。', 'decency/discriminatory:block'],
    ['生活保護家庭の子どもはしつけがされていないので、ボランティアの方は注意してください。', 'decency/discriminatory:block'],
    ['外国人労働者が暮らすアパートでは、夜遅くまで騒ぐ声がして苦情が絶えません。', 'decency/discriminatory:block'],
    ['梅毒の患者が増えているのは、風俗で遊ぶ人が増えたからです。', 'decency/discriminatory:warn'],
  ])('flags %s as %s', (text, rule) => {
    expect(found(text)).toContain(rule)
  })
  it.each([
    // Welfare: the service told, addiction help open to recipients, a pension, the prejudice named.
    '生活保護の申請は、福祉課の窓口で受け付けています。お気軽にご相談ください。',
    'ギャンブル依存症でお悩みの方は、生活保護を受給されている方も含め、どなたでもご相談いただけます。',
    '年金を受給されている皆さまへ：パチンコ店などでの置き引き被害にご注意ください。',
    'ケースワーカーが定期的にご自宅を訪問し、生活のご相談に応じます。',
    '生活保護を受けている方が「パチンコに行くな」と言われるのは偏見です。',
    // Dementia: watching over, the family's worry answered, confinement named as abuse, a cat kept in.
    '認知症の方がひとりで外出されても、地域で見守る「見守りネットワーク」にご協力ください。',
    'ご近所に迷惑をかけるのではと悩まず、認知症の方のご家族はお気軽に地域包括支援センターへご相談ください。',
    '認知症の方を部屋に閉じ込めることは虐待にあたります。見守りや声かけで支えましょう。',
    '猫は室内飼いにして、外に出さないようにしましょう。',
    'GPS端末の貸し出しを行っています。認知症の方が道に迷われた際に、早く見つけることができます。',
    // Children: support offered to all, a parent's own worry, a survey's figure.
    'ひとり親家庭や生活保護世帯のお子さんは、子ども食堂を無料でご利用いただけます。',
    '子ども食堂では、栄養バランスのとれた温かい食事を、どなたにも提供しています。',
    'お子さんの偏食やしつけでお悩みの保護者の方は、子育て相談窓口へお気軽にご相談ください。',
    '市の調査では、ひとり親世帯の子どもの朝食欠食率は全体より高い傾向にありました。',
    'ひとり親家庭のお子さんの学習を、ボランティアの皆さんがサポートしています。',
    // Foreign residents: help given, events, the claim denied, harm done to them.
    '外国籍の住民の方が増えている地区では、ごみ出しルールの多言語チラシを配布しています。',
    '外国人住民が増えたことで、地域の国際交流イベントも増えています。',
    '外国人が増えると治安が悪くなるという根拠はありません。',
    '留学生が増えている地区では、留学生を狙った詐欺被害が起きやすくなっています。',
    '転入者が増えている地区では、ごみ出しのルール違反が目立っています。',
    // STI: the route told, a risk, a test open to anyone, awareness, a night session offered.
    '梅毒が増えています。主な感染経路は性的接触です。保健所では、どなたでも無料・匿名で検査を受けられます。',
    '不特定多数の人との性的接触は、感染のリスクを高めます。コンドームを正しく使いましょう。',
    'HIV検査は、性別や性的指向に関係なく、どなたでも無料・匿名で受けられます。',
    'HIV・エイズへの偏見をなくし、正しい知識を広めましょう。',
    '夜のお仕事をされている方も受けやすいよう、梅毒検査は夜間にも行っています。',
    '特に外国の方は、通訳付きで検査を受けられる日があります。HIV検査のご案内です。',
    // Public-health advice to a behaviour at risk, with no blame and no demand for the others' sake.
    '特に同性間の性的接触がある方は、定期的に梅毒検査を受けてください。',
    '男性同士の性的接触がある方は、年に一度はHIV検査を受けましょう。',
    '梅毒の検査は、特に風俗店で働く方も無料で受けられます。',
    '梅毒は性的接触で感染します。パートナーを守るためにも、気になる症状があれば検査を受けましょう。',
    'インフルエンザが流行しています。ご家族にうつさないよう、手洗いを心がけましょう。',
    // More: the family's worry met with help, the group as the victim, a case met with help, a district's need.
    '認知症のおじいちゃんを家に閉じ込めておくしかないと悩んでいませんか。ひとりで抱え込まず、ご相談ください。',
    '認知症の方に迷惑をかける悪質な訪問販売にご注意ください。',
    '認知症の方が地域で困っているときは、やさしく声をかけてください。',
    '認知症の方の見守りのため、玄関にセンサーを付けるご家庭も増えています。',
    'ひとり親家庭のお子さんは、朝ごはんを食べていない場合でも、学校で朝食をご用意しています。',
    '生活保護受給者の皆さまへ、保護費の支給日は毎月5日です。',
    '生活保護のしおりを配布しています。受給中の方の飲酒やギャンブルについてのご相談もお受けします。',
    '外国籍の住民が増えている校区では、日本語指導が必要な児童も増えています。',
    '外国人が多く住む地区でも、ごみ出しのルールはしっかり守られています。',
  ])('leaves %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('decency: blind dec63 kinds (R338N), offhand prejudice in school, library, community, sports and staff posts: a group presumed forgetful, uninterested in anything hard or neglecting notices, a foreign group said to lack the habit of keeping time or rules, a group\'s absence credited with ease, "still a woman", a same-sex pair vouched not to be "that kind", a district\'s children typed, women staff as the men\'s draw, a family\'s concern about origin sided with, girls praised for being girlish, a body joked about as eating much, mothers called of little use, a place named by its foreign residents as the reason for noise; and ordinary notices, support and refuted worries', () => {
  const found = (text: string) => check(text, { tone: 3, site: 'x' }).findings.filter((f) => f.rule.startsWith('decency/') && f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    // Blind R338N-007 / R338N-023 / R338N-028 kinds: a group presumed forgetful, uninterested in anything hard or new, or neglecting what is sent.
    ['お年寄りは何度説明してもすぐ忘れてしまうので、紙に書いてお渡ししています。', 'decency/stereotype:warn'],
    ['高齢の方は新しい操作をなかなか覚えられないので、同じ説明を繰り返しています。', 'decency/stereotype:warn'],
    ['シニアの皆さんは聞いたそばから忘れてしまいますから、案内板を大きくしました。', 'decency/stereotype:warn'],
    ['お年寄りは新しいものには興味がないので、昔ながらの品ぞろえにしました。', 'decency/stereotype:warn'],
    ['若い人は難しい本なんて読まないから、漫画コーナーを広げました。', 'decency/stereotype:warn'],
    ['外国籍の保護者の方はプリントをほとんど読まないので、電話で連絡しています。', 'decency/stereotype:warn'],
    ['高齢者は回覧板をちゃんと見ないから、掲示板にも貼っています。', 'decency/stereotype:warn'],
    ['お年寄りは一度言っても覚えていられないので、何度もお声かけしています。', 'decency/stereotype:warn'],
    ['外国人の保護者は連絡帳を見てくれないことが多いので、直接電話しています。', 'decency/stereotype:warn'],
    ['シニアの方には難しい話は分からないと思うので、簡単な内容にしました。', 'decency/stereotype:warn'],
    // Blind R338N-024 / R338N-033 kinds: the habit of keeping time or rules said to be missing or different, the group named by a demonstrative or a region.
    ['外国にルーツのある子どもたちの学習支援教室です。彼らは約束を守る感覚が日本の子どもとは違うため、スタッフは苦労しています。', 'decency/discriminatory:block'],
    ['技能実習生の皆さんは、時間を守る意識が日本人とは違うので、朝礼で毎日確認しています。', 'decency/discriminatory:block'],
    ['南米の方は時間を守る文化がないので、集合時間を30分早めにお伝えしています。', 'decency/discriminatory:block'],
    ['アフリカの国々では列に並ぶ習慣がないため、受付では特に注意して見ています。', 'decency/discriminatory:block'],
    // Blind R338N-011 kind: a group's absence credited with ease.
    ['今年は外国籍の児童が一人もいないので、学級運営が順調です。', 'decency/discriminatory:block'],
    ['今回の参加者には車いすの方がいらっしゃらなかったので、会場の設営がとても楽でした。', 'decency/discriminatory:block'],
    ['発達障がいのある子がいないクラスなので、授業がはかどります。', 'decency/discriminatory:block'],
    ['日本語が話せない方がいなかったおかげで、説明会は問題なく終わりました。', 'decency/discriminatory:block'],
    ['特別支援学級の子がいないので、今年の運動会の練習は予定どおり進みました。', 'decency/discriminatory:block'],
    // Blind R338N-016 kind: someone told she is still a woman or has not given it up.
    ['敬老会の皆さん、まだまだ女を捨てていませんね！とお伝えしたら笑ってくださいました。', 'decency/sexual:block'],
    ['80歳を超えても男として現役ですね、と声をかけました。', 'decency/sexual:block'],
    ['ご参加の奥さま方、皆さんまだまだ女盛りですね♪', 'decency/sexual:block'],
    // Blind R338N-022 kind: a same-sex pair vouched not to be "that kind", the readers reassured or laughing.
    ['女子同士で参加されたお二人、「付き合ってるわけじゃないです」とのことでした（笑）', 'decency/discriminatory:block'],
    ['男性同士のペアでのご参加もありましたが、ご本人いわくそっちの関係ではないそうなので、ご安心を。', 'decency/discriminatory:block'],
    // Blind R338N-029 kind: a named district's children or homes given a home or ability trait.
    ['南団地に住む子どもたちは、しつけが行き届いていない傾向があり、注意が必要です。', 'decency/discriminatory:block'],
    ['あの地区の家庭は、教育への関心が薄いことが多く、学力も低めです。', 'decency/discriminatory:block'],
    ['東区の子は荒れやすいので、担任はベテランを充てています。', 'decency/discriminatory:block'],
    ['大和町の子どもたちは、学習習慣が身についていないことが多いです。', 'decency/discriminatory:block'],
    ['〇〇団地の子どもたちは、家庭環境に問題があることが多く、学力が伸び悩む傾向にあります。', 'decency/discriminatory:block'],
    // Blind R338N-039 / R338N-060 kinds: young or pretty women on the staff credited with more men coming, or the reverse.
    ['受付に、この春から若くて明るい女性職員が入りました。心なしか男性の利用者さんの来館が増えた気がします。', 'decency/lookism:block'],
    ['男性のお客さまが増えたのは、若い女性のガイドさんたちのおかげかもしれません。', 'decency/lookism:block'],
    ['若い女の子が受付に入ってから、男性客が増えた気がします。', 'decency/lookism:block'],
    ['イケメンの新人職員が入ってから、奥様方の来店がぐっと増えました。', 'decency/lookism:block'],
    // Blind R338N-044 kind: a family's concern about a partner's origin sided with, even in a post about discrimination.
    ['結婚相手の出身地を気にするご家族の気持ちも、正直わかります。', 'decency/discriminatory:block'],
    ['相手が同和地区の出身かどうかを調べたがる親の心情も、無理もないと思います。', 'decency/discriminatory:block'],
    ['息子さんの結婚相手の家柄を気にされるお気持ちもよくわかります。', 'decency/discriminatory:block'],
    ['人権講座で結婚差別について学びました。国籍を理由に結婚に反対するご両親の気持ちも理解できます。', 'decency/discriminatory:block'],
    // Blind R338N-051 kind: a person praised or measured by being like her sex, girls praised for cheering rather than results.
    ['男の子なんだから男らしく泣かずに頑張ろう！', 'decency/stereotype:warn'],
    ['女の子らしい服装でご参加ください。', 'decency/stereotype:warn'],
    ['発表会の女の子たち、みんな女の子らしくてかわいかったです。', 'decency/stereotype:warn'],
    ['女性らしい細やかな気配りで、窓口を明るくしてくれています。', 'decency/stereotype:warn'],
    ['女子選手たちは、結果よりも笑顔でチームを盛り上げてくれました。', 'decency/stereotype:warn'],
    // Blind R338N-055 kind: a body type joked about as eating much.
    ['ぽっちゃりした職員さんは、給食のおかわりも一番乗りでした（笑）', 'decency/lookism:block'],
    ['大柄な選手がそろうチームなので、おにぎり100個もぺろりと平らげそうですね😂', 'decency/lookism:block'],
    ['がっしりした体格の男子生徒たちは、食欲もすごいでしょうね笑', 'decency/lookism:block'],
    // Blind R338N-058 kind: women back from leave, mothers or those on shorter hours called of little use.
    ['子育て中のママさん職員は急に休むことが多く、戦力として計算できません。', 'decency/discriminatory:block'],
    ['出産を控えた女性社員には、責任ある仕事は任せられません。', 'decency/discriminatory:block'],
    ['時短勤務のお母さん職員は使いにくいので、重要なポストには男性を充てています。', 'decency/discriminatory:block'],
    // Blind R338N-049 kind: a place named by its foreign residents as the reason for noise or mess.
    ['外国人の方が多く住むアパートなので、夜は騒がしいかもしれませんがご了承ください。', 'decency/discriminatory:block'],
    ['留学生の多い寮ですので、ごみ置き場が散らかることがあります。', 'decency/discriminatory:block'],
    ['ベトナム人実習生が大半の社宅ですから、声が大きくてうるさいかもしれません。', 'decency/discriminatory:block'],
    // Blind R338N-035 kind (round-19f reading widened): a group asked to shift its hours so the others are not uneasy.
    ['LGBTの方のご利用はご自由ですが、ほかのお客様が不安にならないよう、時間帯を変えてご利用ください。', 'decency/discriminatory:block'],
  ])('flags %s as %s', (text, rule) => {
    expect(found(text)).toContain(rule)
  })
  it.each([
    // Health reminders, hedges and conditions, help in plain language.
    'ご高齢の方は、薬の飲み忘れを防ぐためにお薬カレンダーをご活用ください。',
    '高齢の方は水分補給を忘れずに、こまめにお茶を飲みましょう。',
    'ご高齢の方は、手続きの内容を忘れてしまった場合でも、窓口で何度でもご説明します。',
    '物忘れが気になる高齢の方は、物忘れ外来にご相談ください。',
    '高齢の方は、パスワードを覚えられない場合は窓口で再発行できます。',
    'おじいちゃんおばあちゃんも難しいことは考えずに楽しめるゲームです。',
    'おじいちゃんおばあちゃんは、新しいスマホの使い方が分からないときは、お気軽に窓口へ。',
    '外国籍の保護者の方は、お便りが読めない場合もあるため、やさしい日本語版も用意しています。',
    '外国籍の方は難しい日本語は分からないので、やさしい日本語でご案内しています。',
    '高齢の方は、メールを見ない方も多いので、郵送でもお送りします。',
    // Customs told, differences learned, help for newcomers.
    '外国にルーツのある子どもたちの学習支援教室です。この子たちが日本の学校生活に慣れるよう、ボランティアが寄り添っています。',
    '東南アジアの国々では、日本とはごみの分別の習慣が違うため、多言語のチラシでご案内しています。',
    '外国籍の方は、生活習慣が日本と違うことに戸惑われることもあるため、相談窓口を設けています。',
    'アメリカでは、マナーの考え方が日本とは違うので、留学前に学びましょう。',
    'ベトナムでは、旧正月を家族で祝う習慣があります。',
    '留学生の皆さんは、日本の交通ルールを学ぶ講習会に参加しました。',
    // A group's absence not credited with ease.
    '障がいのある子がいない学校でも、スロープを設置しています。',
    '外国籍の児童がいない学校でも、国際理解教育を進めています。',
    '今年は事故やけが人がいなかったので、スムーズに進みました。',
    '今回は車いすの方のご参加がなかったのですが、次回はぜひお待ちしています。',
    '障がいのある方がいない職場では、合理的配慮の必要性に気づきにくいものです。',
    '今年は外国籍の参加者がいなかったので、通訳の手配はせず、予定どおり進みました。',
    '高齢の方は、書類に目を通していただけない場合は、窓口でご説明します。',
    // "Still active", discarding, 盛り of work.
    '「女を捨てた」なんて言葉で女性を傷つけるのはやめましょう。',
    'まだまだ現役の漁師さん、80歳とは思えない手さばきです。',
    '働き盛りの男性向けの健康講座です。',
    '彼女を捨て猫の譲渡会に誘いました。',
    // Same-sex pairs welcomed.
    '社交ダンス教室は、男性同士・女性同士のペアでもご参加いただけます。安心してお申し込みください。',
    '男性同士、女性同士のペアでも、ご夫婦やカップルの関係でなくても構いません。安心してご参加ください。',
    '女性同士のご参加も大歓迎です。初めての方もご安心ください。',
    // Districts named for a service, a survey or all of them.
    '北部地区の子どもたちは、通学距離が長いため、スクールバスを運行しています。',
    '市の学力調査では、中央校区の児童は算数の正答率が県平均を上回りました。',
    'どの地区の子どもたちも、のびのびと学んでいます。',
    '南校区の子どもたちの学力向上に向けて、放課後学習教室を開きます。',
    // Visitors and staff counted without looks.
    '若い女性の利用者が増え、男性の利用者も増えています。',
    '若い職員が多く、男性の育休取得率も上がりました。',
    '女性職員が増え、男性の育休取得率も上がりました。',
    '若い女性向けの講座を開いたところ、男性の参加者も増えました。',
    '若い女性職員が増え、男性職員も増えました。',
    // Origin and marriage: the prejudice answered.
    '出身地で結婚相手を判断することは差別です。相手の生まれを気にする親の気持ちが分かるという方もいますが、それは偏見です。',
    '出身地を気にされる方の気持ちも分かりますが、それは差別にあたります。',
    'ふるさとの出身地を聞かれると、なつかしい気持ちになります。',
    // らしい of oneself or of hearsay, and the norm set aside.
    '自分らしく働ける職場をめざしています。',
    '男らしさ・女らしさにとらわれず、自分らしく生きよう。',
    '生まれた赤ちゃんは女の子らしいです。',
    '彼女らしい明るい笑顔で、皆を迎えてくれました。',
    '女子チームは決勝まで勝ち進みました。男子チームは3勝1敗と健闘しました。',
    '女性らしく優雅な日本舞踊の発表会でした。',
    '女性消防団員は、足手まといになるどころか頼もしい存在です。',
    // Meals served to need, an animal.
    '体格のいい子がそろっているクラスで、綱引きは圧勝でした。',
    '体格のいい選手たちのために、お弁当は大盛りを用意しました。',
    'ぽっちゃりした猫のトラくんは、ご飯を倍食べます（笑）',
    '体の大きい子も小さい子も、給食をしっかり食べて元気に育っています。',
    // Working parents supported.
    '育休明けの職員も戦力として活躍できるよう、時短勤務制度を整えています。',
    '時短勤務でも戦力になれる職場づくりを進めています。',
    '育児中の職員が戦力にならないという思い込みをなくしましょう。',
    '女性消防団員は、地域の大切な戦力です。',
    '女性のお客様のお荷物はロッカーへお預けください。',
    '時短勤務の方は制度が使いにくいと感じておられるため、見直しを進めています。',
    '育休中の職員は戦力にならないため、代替職員を配置しています。',
    '出産後の職員をお荷物と感じさせない職場づくりを進めています。',
    '職場で女として見られることに悩んでいる方は、ご相談ください。',
    '外国の方は案内表示を見ずに入ってしまうことがあるため、英語の看板を設置しました。',
    // Foreign residents' places served or welcomed.
    '外国籍の方が多い団地ですので、多言語の案内板を設置しています。',
    '外国人の方が多く住む地域ですので、夜は少しにぎやかかもしれませんが、国際交流の楽しい雰囲気をお楽しみください。',
    // A worry relayed and refuted by evidence (false block seen in use).
    '外国人の方が増えると治安が悪くなるという心配の声もありますが、データでは裏付けられていません。',
    '外国人住民が増えると犯罪が増えるという不安の声が寄せられていますが、そのような事実はありません。',
  ])('leaves %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('decency: the young of today given apathy in the attributive form (team DCG-066 kind, which the reader alone had caught)', () => {
  const found = (text: string) => check(text, { tone: 3, site: 'x' }).findings.filter((f) => f.rule.startsWith('decency/') && f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each(['若者の投票率が低いのは、政治に関心がない今どきの若い人の問題です。', '地域の行事に興味のない最近の若者が増えて、担い手が足りません。', 'やる気のない今どきの若い子には任せられません。'])('%s → stereotype', (text) => {
    expect(found(text)).toContain('decency/stereotype:warn')
  })
  it.each(['政治に関心がない若い人にも届くよう、SNSで選挙の情報を発信しています。', '「政治に関心がない今どきの若者」という決めつけはやめましょう。', '興味のない方にも楽しんでいただける内容です。'])('%s → no finding', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('decency (4(2)): blind R345H kinds (fix-DM)', () => {
  // Kinds: a skill denied to a whole sex as its nature (…は…が苦手なものですから, そもそも…できない), block; a sex kept out as a party of its
  // own in the politest refusal (女性だけのグループでのお申し込みはお受けしておりません); people named by the wheelchair they come in
  // (車いすでのご来場はご遠慮ください), kept out. Hard negatives: the body, not a skill (寒さが苦手なもの); a person of the group helped
  // (…苦手な方は係員が); the prejudice named or denied; a wheelchair's way in told; a refusal of a channel, not of a group.
  const invalid: Case[] = [
    ['ご質問の件は男性職員からお答えします。女性は機械の操作が苦手なものですから。', 'decency/discriminatory', 'block'],
    ['見積もりの交渉は私がやります。女の人はどうしても計算に弱いので。', 'decency/discriminatory', 'block'],
    ['男性というのは、そもそも細かい作業が不得手なものです。', 'decency/discriminatory', 'block'],
    ['夜間の屋形船は、女性だけでのお申し込みは承っておりません。', 'decency/discriminatory', 'block'],
    ['安全のため、女性だけのご予約はお受けしておりません。必ず男性の方とご一緒にお申し込みください。', 'decency/discriminatory', 'block'],
    ['式典会場は手狭なため、車いすでのご入場はお断りしております。', 'decency/discriminatory', 'block'],
    ['通路が狭いので、車椅子でのご来館はご遠慮ください。', 'decency/discriminatory', 'block'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })
  it('reads the body, not a skill, as no ability denied: 女性は冷えが苦手なものですから (no block)', () => {
    expect(summary(findingsOf(decency, '女性は冷えが苦手なものですから、ひざ掛けをご用意しております。')).filter((x) => x.includes(':block'))).toEqual([])
  })
  const valid: string[] = [
    '女性の方で機械の操作が苦手な方は、係員がお手伝いします。',
    '「女性は数字が苦手なものだ」という思い込みを、一緒に見直しませんか。',
    '男性は家事ができないものという考えは、もう過去のものです。',
    '車いすでのご来場も歓迎します。スロープのある東口をご利用ください。',
    '車いすでお越しの方は、事前にご連絡いただければ職員がご案内します。',
    'お電話でのお申し込みはお受けしておりません。申込書をご持参ください。',
    '女性のみのグループでのご参加も大歓迎です。',
    '女性限定のヨガ教室のため、男性のお申し込みはお受けしておりません。',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info'))).toEqual([])
  })
})

describe('decency (4(2)): blind R349D/R352M kinds (fix-DM2)', () => {
  // Kinds: a trans person's identity denied, the body named as the truth and the person called a man in women's clothes, block; care for the
  // old or the disabled called a waste of money, block; a sex named by its role given a presumed fault (女の上司はすぐ…), block; a protected
  // group steered away for the neighbours' eyes (…の目もあるので、郊外の…をおすすめ), warn; a seasonal event made an adult innuendo
  // (ふたりきりで…♡ in the night, 大人の…🍆), sexual warn. Hard negatives: a festival's crossdress, a policy on facilities, the words quoted as
  // hurtful; waste prevented or the view denied; a sex's role with no fault; housing offered at the person's wish or by need; a plain 大人の.
  const invalid: Case[] = [
    ['トランスジェンダーだか何だか知らないが、生物学的に男である以上、結局は男でしょう。女湯に入れるわけにはいきません。', 'decency/discriminatory', 'block'],
    ['心は女性だと言われても、体が男なら女装したおっさんにしか見えません。', 'decency/discriminatory', 'block'],
    ['トランス女性なんて、正体は女装した変態ですよ。', 'decency/discriminatory', 'block'],
    ['認知症の老人に高い介護費を使い続けるなんて、正直もったいないと思います。', 'decency/discriminatory', 'block'],
    ['年寄りに年金を払い続けるのは、若者の金をドブに捨てるようなものだ。', 'decency/discriminatory', 'block'],
    ['男の先生はすぐ怒鳴るので、子どもが萎縮してしまいます。', 'decency/discriminatory', 'block'],
    ['女の上司って、すぐ泣くから扱いにくいんですよね。', 'decency/discriminatory', 'block'],
    ['外国籍の方の入居相談では、近隣の目が厳しいので、人通りの少ない地区の物件をご紹介するようにしています。', 'decency/discriminatory', 'warn'],
    ['同性カップルの方には、世間体もありますので、目立たない郊外の住宅をおすすめしています。', 'decency/discriminatory', 'warn'],
    ['バレンタインの夜は、ふたりきりで…♡ 素敵な時間をお過ごしください', 'decency/sexual', 'warn'],
    ['大人の七夕まつり、今年も熱い夜になりそう🍆💦', 'decency/sexual', 'warn'],
  ]
  it.each(invalid)('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })
  const valid: string[] = [
    '性自認に関係なく、どなたでも安心して利用できる多目的トイレを設置しました。',
    '市民まつりの仮装パレードでは、女装したおじさんたちが大人気でした。',
    'ＬＧＢＴ研修で「体が男なら中身は女装したおじさん」といった心ない言葉が人を傷つけることを学びました。',
    'トランスジェンダーの方の更衣室利用については、個室の更衣室もご用意しています。',
    '高齢者の医療費が無駄にならないよう、ジェネリック医薬品の利用をお願いしています。',
    'お年寄りに医療費をかけるのは無駄だとは思いません。命に値段はつけられません。',
    '障がいのある方への支援に予算を使うのは、市の大切な役目です。',
    '男の先生は、すぐに子どもたちの名前を覚えてくれました。',
    '女性の医師が担当する女性外来は、毎週水曜日です。',
    'ＬＧＢＴのカップルの方も、ご希望に応じて市内中心部から郊外まで幅広い物件をご案内します。',
    '車いすの方には、段差の少ない郊外の平屋をおすすめすることもあります。',
    '同性パートナーシップ制度を利用される方が、ご近所の目を気にせず暮らせるまちを目指します。',
    '大人の遠足、柳川の川下りツアーを開催します🚣',
    '大人の桃狩りツアー、甘い桃を味わってください🍑',
    'ふたりきりで川下り、ロマンチックな時間をどうぞ',
    '結婚50年のご夫婦、今でもふたりだけで…♡ 仲良く散歩される姿が素敵です',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((x) => !x.includes(':info'))).toEqual([])
  })
})

describe('decency: blind wave-68 kinds (DE)', () => {
  const flagged = (text: string, rule: string, severity: 'block' | 'warn') =>
    check(text, { tone: 3 }).findings.some((f) => f.rule === rule && f.severity === severity)
  const decencyFlags = (text: string) => check(text, { tone: 3 }).findings.filter((f) => f.rule.startsWith('decency/') && (f.severity === 'warn' || f.severity === 'block'))
  it.each<[string, string, 'block' | 'warn']>([
    // women told to keep quiet and out of running a matter
    ['女どもが会議に口を出すな。黙って茶でも出しとけ。', 'decency/discriminatory', 'block'],
    ['女性は黙ってて。自治会の運営に口出ししないで。', 'decency/discriminatory', 'block'],
    // a figure praised against an age
    ['会員の奥さま、とても70代とは思えない体つきでびっくり！', 'decency/lookism', 'warn'],
    ['お客様、還暦には見えないプロポーションですね✨', 'decency/lookism', 'warn'],
    // the old lumped as じじばば
    ['今日も診療所の待合室はジジババばっかりでした😂', 'decency/discriminatory', 'warn'],
    // deaths or a disaster called a season's custom
    ['市営プールで今年も溺れる事故。もう夏の恒例行事ですね😅', 'decency/insensitive', 'warn'],
    // old participants laughed at for asking again
    ['スマホ教室は平均年齢75歳！同じことを5回聞かれました笑', 'decency/stereotype', 'warn'],
    // a bald head as the room's light
    ['将棋の会、ぴかぴかの頭の参加者さんが前列に並んで、照明いらずでした🤣', 'decency/lookism', 'warn'],
    // a group named by its Japanese told to bring a Japanese companion
    ['日本語が話せない方は、日本人の付き添いの方と一緒にお申し込みください。', 'decency/discriminatory', 'block'],
    // a body remark at a screening, laughed at
    ['人間ドックの日、お尻の大きい受診者さんが多くて看護師と笑った😂', 'decency/sexual', 'block'],
    // 支那 with one half in kana
    ['支ナからの観光客が増えました', 'decency/discriminatory', 'block'],
    // a wife said unable alone and told to bring her husband
    ['奥さんお一人では手続きが進まないので、ご主人とご一緒にお越しください。', 'decency/stereotype', 'warn'],
    // visitors' girth laughed at
    ['試食コーナー、ぽっちゃりなお客様が多くてすぐ空っぽになりました笑', 'decency/lookism', 'warn'],
    // people urged to marry and bear children
    ['若いみなさん、早く結婚して子どもを産んでくださいね。', 'decency/stereotype', 'warn'],
    // a short skirt watched with a thrill
    ['きょうの受付のお姉さん、スカートが短くてドキドキ♡ ずっと見てたよ👀', 'decency/sexual', 'warn'],
  ])('flags %s', (text, rule, severity) => {
    expect(flagged(text, rule, severity)).toBe(true)
  })
  it.each([
    '「女は口出しするな」といった言葉は差別です。男女共同参画の講座で学びました。',
    '女性の皆さんも、運営に口出ししないでと遠慮せず、どんどん意見をお寄せください。',
    '60代から始める体操教室、スタイルづくりを目指しましょう。',
    '60代には見えない元気な歩きぶりで、ウォーキング大会を完走されました。',
    'じいじ・ばあばと孫の料理教室を開催します。',
    '夏の風物詩、花火大会を今年も開催します。水難事故に注意して楽しみましょう。',
    '熱中症は夏の風物詩ではありません。早めの水分補給を。',
    'スマホ教室は平均年齢75歳。同じことを何度でも、遠慮なく聞いてください。',
    '日本語が苦手な方には、通訳ボランティアが付き添います。',
    '乳がん検診では、胸の大きい方も小さい方も、マンモグラフィで丁寧に検査します。',
    '高齢の方から同じ質問をいただくことが多いので、説明資料を大きな文字にしました。',
    '昨年の水害から1年。毎年の恒例行事として防災訓練を行います。',
    '奥さまお一人でも、ご主人とご一緒でも、お気軽にご相談ください。',
    '大きめサイズの浴衣もあります。ふくよかな方もお気軽にどうぞ。',
    'ふくよかな香りの新茶、あっという間に完売しました笑🍵',
    '婚姻届は早く提出してください。結婚された方の手続きは窓口で。',
    'プールでは短い丈の水着も着用できます。',
    '独身の皆さん、婚活イベントにぜひご参加ください。',
    '相続の手続きは、ご夫婦そろってお越しいただくとスムーズです。',
    // a bow in an apology (blind KW-023 kind)
    'ご不快な思いをさせてしまい、ごめんなさい🙇 すぐに清掃しました。',
    'ご不便をおかけして、ご不快な思いをさせてしまいました🙇‍♀️ 申し訳ありません。',
  ])('passes %s', (text) => {
    expect(decencyFlags(text)).toEqual([])
  })
})

// Dead-kana kind (fixer DK): patterns written with katakana or a small kana and read on the folded view (コーヒー is こーひー there,
// ツッコミ is つつこみ, アラサー is あらさー) never matched; spelt folded, they work again.
describe('decency: katakana words of a keep read on the folded view (dead-kana kind)', () => {
  it.each<Case>([
    // An age word in katakana beside 売れ残り (the spinster talk of the round-58 keep).
    ['売れ残りのアラサー職員、誰かもらってあげて笑', 'decency/discriminatory', 'block'],
  ])('flags %s', (text, rule, severity) => {
    const found = summary(findingsOf(decency, text))
    expect(found.some((s) => s.startsWith(`${rule}:${severity}:`))).toBe(true)
  })
  it.each([
    // A soft drink raised in the office is no drinking on duty.
    'お昼休みに庁舎の中でコーヒーで乾杯しました☕',
    '役所の中でジュースで乾杯、新人歓迎会でした。',
    '庁舎の中でノンアルで乾杯しました🍺',
    // ボケ as the comic's role, with its ツッコミ.
    'ボケてるのに誰もツッコミを入れてくれない職員旅行でした笑',
    // A ranking of mascot characters' looks, not people's.
    'ゆるキャラの中で美人ランキング1位はどのキャラクター？',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
})

// Dead-kana kind, classes (fixer DK): a class in a folded source naming a small kana (笑(?![…っ…])) missed its full-size letter
// on the folded view (笑って is 笑つて there), so a 笑 of 笑って was read as a laugh mark.
describe('decency: 笑 of 笑って is no laugh mark on the folded view (dead-kana kind, classes)', () => {
  it('flags a laugh mark after a body joke', () => {
    expect(summary(findingsOf(decency, '太めの方が多いので椅子は大きめにしました笑')).some((s) => s.startsWith('decency/lookism:warn:'))).toBe(true)
  })
  it.each(['産後太りのママさんたち、笑って体操しています。'])('passes %s', (text) => {
    expect(summary(findingsOf(decency, text)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
})

// Blind R361J kinds (fixer QHD): two body parts called impressive, a couple's sounds or ヤッてる told, a heritage building joked about
// burning, staff stripped at a party hailed as a highlight.
describe('decency: blind R361J kinds (fixer QHD)', () => {
  const hard = (text: string) => summary(findingsOf(decency, text)).filter((s) => s.startsWith('decency/') && !s.includes(':info:') && !s.startsWith('decency/model'))
  it.each<[string, string]>([
    ['今度の実習生さん、胸とお尻がやばいって男性職員がざわついてます', 'decency/sexual:block:'],
    ['受付の新人さん、お尻も太ももも凄くて目のやり場に困る', 'decency/sexual:block:'],
    ['駐車場に止まった車からカップルのエッチな声が聞こえてきて気まずかった😳', 'decency/sexual:block:'],
    ['見回りしてたら車の中でヤッてる最中の二人に遭遇😂', 'decency/sexual:block:'],
    ['あの古民家、どうせ誰も住まないし燃えたらキャンプファイヤーになるね🔥', 'decency/insensitive:warn:'],
    ['旧庁舎なんか火事になってもバーベキューができるだけだよね', 'decency/insensitive:warn:'],
    ['歓送迎会、最後は課長が酔っぱらって裸踊り。まさに神回でした', 'decency/conduct:warn:'],
  ])('flags %s', (text, want) => {
    expect(hard(text).some((s) => s.startsWith(want))).toBe(true)
  })
  it.each([
    '胸と腰がすごく痛いときは、早めに受診してください。',
    '鶏の胸ともも肉がすごく安い日です。',
    'カップルの声援が響きました。',
    'ふたりの楽しそうな声が聞こえてきました。',
    '今日もヤッてみました！',
    'やってる最中に電話が鳴りました。',
    '落ち葉を集めて燃やしたら焼き芋ができました。',
    '古い蔵を公開します。火事になったら大変なので、防火訓練も行いました。',
    '夏祭り、職員も踊ってカオスな盛り上がり！',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

// Team DCA-021, DCD-003, DCF-065 kinds (caught only by the reader until it was trained again): a people presumed immune by でも, an
// origin's food told as odd before the person from it, women presumed shy and steered to an older doctor.
describe('decency: a people or a sex given a trait in the grammar that presumes it (team DCA-021, DCD-003, DCF-065 kinds)', () => {
  const hard = (text: string) => summary(findingsOf(decency, text)).filter((s) => s.startsWith('decency/') && !s.includes(':info:') && !s.startsWith('decency/model'))
  it.each<[string, string]>([
    ['ネパールから来た研修生さんも「寒い」と震えてました。ネパールの人でも寒いなら今年は本物ですね', 'decency/stereotype:warn:'],
    ['お国では虫も食べるというタイ出身のALTの先生、給食のいなごの佃煮も平気でした', 'decency/stereotype:warn:'],
    ['内気な女性は、年配の先生の診察のほうが安心だと思います。', 'decency/stereotype:warn:'],
  ])('flags %s', (text, want) => {
    expect(hard(text).some((s) => s.startsWith(want))).toBe(true)
  })
  it.each([
    'ベトナムの人にも食べやすい味付けにしました。',
    'ネパールの人でも参加できる日本語教室です。',
    'ブラジル出身の職員に聞くと、柳川の湿気は母国より蒸すそうです。',
    '母国では蛇を食べる文化もあると、留学生が自分で紹介してくれました。',
    '女性医師をご希望の方は、受付でお申し出ください。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

// Blind R365N-021/032, R367Q-040 kinds (fixer DH): a people told to go home and do a thing there (…国に帰って産めばいい), 片親 as a family
// status put down (片親のくせに), an outage or a stay-in joked about as leading to a birth boom.
describe('decency: blind R365N/R367Q kinds (fixer DH)', () => {
  const hard = (text: string) => summary(findingsOf(decency, text)).filter((s) => s.startsWith('decency/') && !s.includes(':info:') && !s.startsWith('decency/model'))
  it.each<[string, string]>([
    ['ルールが守れない外国人は、母国に帰って暮らせばいいのに。', 'decency/discriminatory:block:'],
    ['日本語が話せんなら、自分の国に帰って働けばよか。', 'decency/discriminatory:block:'],
    ['片親のくせに毎晩飲み歩いとるらしい。', 'decency/discriminatory:block:'],
    ['大雪で家にこもっとるけん、来年はベビーブームやろね😏', 'decency/sexual:warn:'],
    ['台風の夜は真っ暗で二人きり…十月十日後が楽しみ💕', 'decency/sexual:warn:'],
  ])('flags %s', (text, want) => {
    expect(hard(text).some((s) => s.startsWith(want))).toBe(true)
  })
  it.each([
    '留学生のみなさん、夏休みは国に帰ってゆっくり休めたらいいですね。',
    '留学生が国に帰って柳川の魅力を伝えたらいいなと思います。',
    '片親のご家庭でも安心して子育てできるよう、相談窓口を設けています。',
    '市内の保育園は今年ベビーラッシュで、0歳児クラスが満員です。',
    '巣ごもり期間にベビーブームは起きず、出生数は減少しました。',
    '停電に備えて、赤ちゃんのミルクやおむつも準備しておきましょう。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

// Blind R369S-046, R371U-055 and LC-044 kinds (fixer DH): the old presumed unable to keep up and a younger age preferred, the old laughed at
// for not learning however often told, and a refusal a resident met quoted as what they were told (a mention).
describe('decency: blind R369S/R371U/LC kinds (fixer DH)', () => {
  const hard = (text: string) => summary(findingsOf(decency, text)).filter((s) => s.startsWith('decency/') && !s.includes(':info:') && !s.startsWith('decency/model'))
  it.each<[string, string]>([
    ['高齢の方には続かないことが多いので、パソコン講座は40歳以下の方に限ります。', 'decency/discriminatory:warn:'],
    ['お年寄りだとついていけないので、若い方を優先して受け付けます。', 'decency/discriminatory:warn:'],
    ['シニアの皆さん、何度説明しても同じボタンで止まってしまい、こちらは毎回修行です😂', 'decency/discriminatory:warn:'],
    ['じいちゃんたちは何回教えても覚えられんけん、もうお手上げ（笑）', 'decency/discriminatory:warn:'],
    ['うちは「外国の方はお断り」です。', 'decency/discriminatory:block:'],
  ])('flags %s', (text, want) => {
    expect(hard(text).some((s) => s.startsWith(want))).toBe(true)
  })
  it.each([
    'おばあちゃん、何回教えても同じところで笑ってくれて、こちらも楽しくなりました😊',
    '高齢者の方だと操作が難しい場合もあるので、20代の職員がサポートします。',
    '65歳以上の方を優先して、1階の席にご案内します。',
    '入店を「障害のある方はお断り」とはっきり断られたという訴えがありました。',
    '「外国人は入居できません」と言われた、というご相談が寄せられています。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

// Blind R369S-019 kind (fixer DH): a disabled or ill person's own visit said to make the counter's work hard, and the family asked to come instead.
describe('decency: blind R369S-019 kind (fixer DH)', () => {
  const hard = (text: string) => summary(findingsOf(decency, text)).filter((s) => s.startsWith('decency/') && !s.includes(':info:') && !s.startsWith('decency/model'))
  it.each<[string, string]>([
    ['障害のある方がお一人で来られると窓口の対応が難しいため、なるべくご家族の方がお越しください。', 'decency/discriminatory:warn:'],
    ['精神疾患のある方が直接来られると説明が難しいので、保護者の方が来てください。', 'decency/discriminatory:warn:'],
  ])('flags %s', (text, want) => {
    expect(hard(text).some((s) => s.startsWith(want))).toBe(true)
  })
  it.each([
    '障害のある方がお一人で来られて手続きが難しい場合は、ご家族の方からのご相談もお受けしています。',
    'ご高齢の方がお一人で来られても手続きが難しくないよう、職員がお手伝いします。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

describe('decency: a protected group\'s presence set up as the trouble others must be kept safe from (team DCH-125 kind)', () => {
  const blocked = (text: string) => summary(findingsOf(decency, text)).some((x) => x.startsWith('decency/discriminatory:block'))
  it.each([
    '避難所運営訓練では「知的障害のある方が避難所にいた場合」のトラブル対応を練習します。周りの避難者の安全を守るためです。',
    '外国人が団地に入ったらトラブルが増えます。周りの住民の安全を守るため、ご協力ください。',
  ])('blocks %s', (text) => {
    expect(blocked(text)).toBe(true)
  })
  it.each([
    // the care a group needs, a danger to the person, the trouble prevented by support
    '障害のある方が避難所にいた場合の配慮について学びます。周りの避難者の安全を守るためにも、ぜひご参加ください。',
    '車いすの方が来られた時、段差が危険なのでスロープを設置しました。',
    '外国人の方が避難所に来られた時のトラブルを防ぐため、多言語の案内を用意しました。周りの避難者の安全を守るためです。',
  ])('passes %s', (text) => {
    expect(blocked(text)).toBe(false)
  })
})

describe('decency: a group set apart from the "normal" others, and the old in care made a sexual joke of (blind R369S-021, R371U-021 kinds)', () => {
  const sev = (text: string) => summary(findingsOf(decency, text)).filter((x) => /:(?:warn|block)/u.test(x))
  it.each([
    ['交流会は外国人ばかりだと思ってたら、普通の日本人の家族も来てくれました！', 'decency/discriminatory'],
    ['パレードは当事者の方だけかと思っていたら、普通のご夫婦もたくさん歩いていました。', 'decency/discriminatory'],
    ['デイサービスの利用者さん、若い看護師さんが来ると鼻の下を伸ばしてます笑', 'decency/sexual:block'],
    ['介護施設の入浴介助、お色気作戦で利用者さんもやる気アップ！？', 'decency/sexual:block'],
  ])('flags %s', (text, prefix) => {
    expect(sev(text).some((x) => x.startsWith(prefix))).toBe(true)
  })
  it.each([
    '当事者の方も普通の市民です。性の多様性を考える講座を開きます。',
    '講座には当事者の方だけでなく、親子連れやご夫婦も多く参加されました。',
    '入浴介助の研修を行いました。安全な介助の方法を学びました。',
    '映画の上映会です。お色気シーンはありません。',
  ])('passes %s', (text) => {
    expect(sev(text)).toEqual([])
  })
})

describe('decency: a look taken as what a foreigner is (team DCA-048 kind)', () => {
  const warned = (text: string) => summary(findingsOf(decency, text)).some((x) => x.startsWith('decency/stereotype'))
  it.each([
    '背が高くて彫りの深い顔、いかにもアメリカ人という感じの先生です。',
    '国際交流員の方は金髪に青い瞳で、まさにザ・外国人！子どもたちも大喜びでした。',
  ])('warns %s', (text) => {
    expect(warned(text)).toBe(true)
  })
  it.each([
    '金髪に青い目のALTの先生が来てくれました！子どもたちも大興奮でした。',
    'いかにも外国人観光客に人気のスポットです。',
    '金髪の先生が、ザ・外国人観光客向けのお土産を紹介してくれました。',
  ])('passes %s', (text) => {
    expect(warned(text)).toBe(false)
  })
})

describe('decency: bodies, excrement, a catcall and every faith made a joke (blind R374X-044, R376Z-030, R376Z-047, R376Z-056 kinds; LE-002 boundary)', () => {
  const flagged = (text: string) => summary(findingsOf(decency, text)).filter((x) => /:(?:warn|block):/u.test(x))
  it.each<[string, string]>([
    // people called heavy as a crowd, the floor or the boat feared for under them
    ['健康ウォーキング教室の受講生の皆さん、巨漢ぞろいで橋が持つか心配でした笑', 'decency/lookism'],
    ['消防団の新メンバーさん、重量級ばかりでボートが沈みそうです🐳', 'decency/lookism'],
    // the residents' excrement joked about
    ['浄化槽の点検に来ました！皆さんのうんちがたっぷり溜まってます（笑）', 'decency/crude'],
    ['くみ取り作業、市民のみなさんのおしっこの量がすごくて、くさっ！', 'decency/crude'],
    // a catcall on a staff member's body passed on as a laugh
    ['窓口で年配の男性から「いい体しとるね」って言われました😂', 'decency/sexual'],
    ['巡回中にお客さんに「お尻がええね〜」と声をかけられたｗ', 'decency/sexual'],
    // a staff member's figure given a score, the smile beside it
    ['新任の保健師の田中さんは、笑顔もプロポーションも文句なしです！', 'decency/lookism'],
    // every faith called a money-making
    ['宗教なんて所詮お金が目当てですから、お墓は宗派を気にせず選んでください。', 'decency/discriminatory'],
    ['どこのお寺も結局は商売なので、法事の費用は比べてから決めましょう。', 'decency/discriminatory'],
  ])('flags %s', (text, rule) => {
    expect(flagged(text).some((x) => x.startsWith(rule))).toBe(true)
  })
  it.each([
    // a body word inside another word (笑顔, 遠足, 満足, 度胸)
    '農家の皆さんの笑顔も最高でした！',
    '保育園の遠足が最高に楽しかったです。',
    '子どもたちの寝顔もかわいかったです。',
    'ヨガ教室で、スタイルも100点を目指しましょう！',
    '職員の皆さんの笑顔も接客も100点満点でした。',
    // weight classes, a plain notice of collection, a health lesson, harassment named, a scam warned of
    '柔道大会の重量級の部には、市内の選手が多数出場しました。',
    '参加者の皆さん、体育館の床はワックスがけしたばかりなので滑らないようにご注意ください。',
    'し尿のくみ取りは、環境課へお申し込みください。',
    '毎朝うんちが出るのは健康のしるし。腸活教室を開きます😊',
    '窓口で「いい体しとるね」と言われるのはセクハラです。困ったときは相談してください。',
    '宗教を名乗った霊感商法にご注意ください。「お金儲けになる」という勧誘は詐欺です。',
    '市営墓地は宗派を問わずご利用いただけます。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('decency: a body remarked on as drawing men\'s eyes, citizens\' bodies checked, a peep at a nursing room, undressing with a leer (blind R380D-032, R377A-007, R380D-050, R380D-058 kinds)', () => {
  const flagged = (text: string) => summary(findingsOf(decency, text)).filter((x) => (x.startsWith('decency/sexual') || x.startsWith('decency/lookism')) && !x.includes(':info:'))
  it.each([
    'ポスターのモデルさんの胸が立派で男性陣が釘付けです。',
    '白秋祭のお姉さん、お尻がきれいすぎておじさんたちが二度見してました笑',
    '運動会で参加者のお尻チェックもばっちりしておきました笑',
    'お母さん方のお腹まわりチェック、しっかりさせてもらいました！',
    '授乳中のママ、思わずのぞきたくなっちゃうかわいさです♡',
    '健診の日は下着も脱いじゃおうかな😏',
  ])('flags %s', (text) => {
    expect(flagged(text).length).toBeGreaterThan(0)
  })
  it.each([
    '男性職員が足を止めて、胸に手を当てて黙とうしました。',
    '二の腕体操で、ママさんたちの二の腕チェックをしました。',
    '特定健診では参加者の体重チェックも行いました。',
    '授乳室をリニューアルしました。どなたでもお気軽にご利用ください。',
    '授乳室をのぞきたくなる気持ちは盗撮につながります。やめましょう。',
    '予防接種は腕に打つので、ズボンを脱がなくていいですよ。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('decency: 部落 given as the reason in dialect (やけん) as in the standard form (blind R376Z-009 kind)', () => {
  it.each([
    'あそこの集落は部落やけん、昔から評判の悪かとよ。',
    '隣の地区は部落やけん、あそこの人とは付き合わん方がよか。',
  ])('blocks %s', (text) => {
    expect(findingsOf(decency, text).some((f) => f.rule === 'decency/discriminatory' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '部落差別やけん、絶対に許されんことです。',
    '部落解放同盟の方を講師に、人権講座を開きます。',
  ])('keeps clean %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: an age group said to spoil a look, a people\'s conduct left to the reader\'s guess (blind R383G-029, R383G-048 kinds)', () => {
  const flagged = (text: string) => summary(findingsOf(decency, text)).filter((x) => /:(?:warn|block):/u.test(x))
  it.each<[string, string]>([
    ['敬老の日のポスター、お年寄りが多いと絵にならないので、モデルは若手職員にお願いしました。', 'decency/discriminatory'],
    ['フォトコンテストの入賞作、おじいちゃんおばあちゃんばかりだと古臭い感じになるので、若い人の作品を多めに選びました。', 'decency/discriminatory'],
    ['@kanko_fan 韓国からの観光客は……まあ、言わずもがなですね', 'decency/discriminatory'],
    ['ベトナム人の実習生の方々って、ごみ出しのほうは、お察しください。', 'decency/discriminatory'],
    ['外国人のお客さんについては……ご想像にお任せします😅', 'decency/discriminatory'],
    // elders or the applicants themselves said not to follow, kin asked to come instead (team DCG-142 kind)
    ['ご本人だと手続きを理解できない方も多いため、なるべくご家族が窓口にお越しください。', 'decency/discriminatory'],
    ['ご本人だと話が通じないことがほとんどなので、申請は息子さんか娘さんにお願いしています。', 'decency/discriminatory'],
  ])('flags %s', (text, rule) => {
    expect(flagged(text).some((x) => x.startsWith(rule))).toBe(true)
  })
  it.each([
    '参加者が高齢の方ばかりだと移動が大変なので、送迎バスを用意しました。',
    'お年寄りが多いと移動に時間がかかるので、早めに出発します。',
    '文字ばかりだと地味な印象になるので、写真を多めに使いました。',
    'フォトコンテストは年齢を問わずどなたでも応募できます。お年寄りの方ばかりでも大歓迎です！',
    '台湾からの団体さんのご予約状況は……お察しのとおり、満席です！',
    '海外からの観光客の皆さんは、今年も川下りを楽しまれています。',
    'ベトナム人の実習生の皆さんは、地域の清掃活動にも毎回参加してくれています。',
    'ご本人が来庁できない場合は、ご家族が代理で申請することもできます。',
    '認知症の方と話が通じにくいと感じたときは、ゆっくり短い言葉で話しかけてみてください。ご家族の相談も受け付けています。',
    'ご本人の意思を大切にしながら、ご家族とも一緒に手続きを進めます。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})
describe('decency: people named by a body type sent to watch instead of taking part (blind R383G-057 kind)', () => {
  it.each([
    '浴衣の着付け体験、太めの方は見学のみとなります🙏 細身の方はぜひどうぞ！',
    'ボート体験は定員が少ないので、大柄な方は見学に回っていただけると助かります。',
    'カヌー教室、ふくよかな方は乗船が難しいかもです💦',
  ])('warns %s', (text) => {
    expect(findingsOf(decency, text).some((f) => f.rule === 'decency/lookism' && f.severity !== 'info')).toBe(true)
  })
  it.each([
    '着物レンタルのサイズはS・Mのみです。ほかのサイズは貸衣装店をご案内します。',
    '小学3年生以下のお子さんは見学のみとなります。',
    '体型を問わず、ぽっちゃりさんも細身の方も参加できます。',
    '体重100kg以上の方は、安全のため乗船をご遠慮いただいております。',
  ])('keeps clean %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('decency: an accident or a fire inside the lines of a call the reader is taught is a script, no event (blind LI-030 kind)', () => {
  it.each([
    '110番のかけ方📞 「交通事故です。場所は柳川市役所の前です」とはっきり伝えてね👍',
    '「火事ですか？救急ですか？」って聞かれたら、落ち着いて答えようね😊',
  ])('keeps clean %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    '昨日、国道で交通事故がありました👍',
    '「交通事故だ！」と叫ぶ声がして見に行ったら、すごかった笑',
  ])('flags %s', (text) => {
    expect(findingsOf(decency, text).some((f) => f.rule === 'decency/insensitive' && f.severity !== 'info')).toBe(true)
  })
})

describe('decency: a vulnerable group blamed for its condition, levity at a child\'s tragedy, a client\'s home mocked, a child\'s proposal taken up, a child\'s body laughed at, blackout drinking urged (blind R386K-024, R386K-054, R386K-055, R388M-007, R388M-026, R388M-052 kinds)', () => {
  const hard = (text: string) => summary(findingsOf(decency, text)).filter((x) => /:(?:warn|block):/u.test(x))
  it.each<[string, string]>([
    ['不登校って要するに本人の甘えでしょ。うちの甥もそうだったけど', 'decency/stereotype'],
    ['生活保護の人は結局、自己責任だと思いますよ', 'decency/stereotype'],
    ['隣町で無理心中の事件があったらしい…こわｗ でも今日も元気に開庁です', 'decency/insensitive'],
    ['訪問先のお宅、ネズミが走り回っててもう笑うしかないw', 'decency/insensitive'],
    ['保育園の年長さんに「せんせい、けっこんして！」と言われちゃいました。あと20年待っててね😏', 'decency/sexual'],
    ['園児たちのお腹、まるでだるまさんみたいにまんまるで可愛い〜😂', 'decency/lookism'],
    ['成人式のあとは吐くまで飲むのが伝統やけん！', 'decency/conduct'],
  ])('flags %s', (text, rule) => {
    expect(hard(text).some((x) => x.startsWith(rule))).toBe(true)
  })
  it.each([
    '不登校は甘えではありません。まずはご相談ください。',
    'ひきこもりは親の育て方のせいだと誤解されがちですが、誰にでも起こりうることです。',
    'ひきこもりの方のご家族向けに、接し方を学ぶ講座を開きます。',
    '児童虐待の防止に向けて、11月は啓発月間です。笑顔あふれる地域へ',
    '虐待死ゼロを目指して、関係機関が連携しています。',
    'ごみ屋敷の相談は環境課へ。玄関先のごみの片付けを支援します。',
    '結婚して十年、あと十年したら銀婚式です。',
    '小4の女子チーム、ドッジボール大会で優勝！体格差をものともせず大健闘でした🤣',
    '記憶がなくなるまで飲むのは危険です。二十歳のつどいの後の飲酒はほどほどに。',
    '一気飲みの強要はアルハラです。絶対にやめましょう。',
  ])('passes %s', (text) => {
    expect(hard(text)).toEqual([])
  })
})

describe('decency: a young woman coming to speak, the men teased that they will stay awake this time (blind R390P-030 kind)', () => {
  const flagged = (text: string) => summary(findingsOf(decency, text)).filter((x) => x.startsWith('decency/sexual') && /:(?:warn|block):/u.test(x))
  it.each([
    '来週の防災講話、講師は若い女性の消防士さんです。男性職員のみなさん、今回は居眠りせずに真剣に聞けそうですね笑',
    '今年の安全運転講習は若い女性の教官が担当します！おじさんたちも寝ないで最後まで聞けそう😏',
    '次回の研修は若い女性の講師をお招きします。男性陣は目が覚めるかも？',
  ])('warns %s', (text) => {
    expect(flagged(text).length).toBeGreaterThan(0)
  })
  it.each([
    '来月の交通安全教室、講師は若い女性の警察官です。男子生徒のみなさんも、最後まで話を聞いてください。',
    '若い女性の消防士さんが講師です。男子も女子も、眠くならないよう体を動かしながら学べる内容になっているそうです。',
    '若い女性の警察官が講師です。男性職員のみなさんも、性別に関係なく真剣に聞いてくれました。',
  ])('keeps clean %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('decency: a faith called terrorism or selfishness, broken Japanese looked down on, a people welcomed on a trait (blind R395U kinds)', () => {
  const flagged = (text: string) => summary(findingsOf(decency, text)).filter((x) => /^decency\/(?:discriminatory|stereotype):(?:warn|block):/u.test(x))
  it.each([
    ['イスラム教の礼拝所ができるらしい。テロリストみたいな連中が出入りするのは困る。', 'block'],
    ['ムスリムの方が増えて、この辺もテロの温床にならないか心配です。', 'block'],
    ['モスクの近くは、爆弾を持ってそうな人がうろうろしてて怖いです。', 'block'],
    ['ラマダン中だから会議をずらしてほしいとか、宗教を理由にしたわがままは職場では通りません。', 'warn'],
    ['ハラールだの豚肉抜きだの、そんな身勝手な要望にいちいち対応できません。', 'warn'],
    ['日本語を勉強してから窓口に来てください。こちらも暇じゃないので。', 'warn'],
    ['片言の日本語で何度も聞き返されると、正直うんざりします。', 'warn'],
    ['日本語もろくに話せないのに、役所に文句ばかり言ってくる。', 'warn'],
    ['Our cooking class welcomes Vietnamese trainees too, provided they keep the noise down in the kitchen.', 'warn'],
  ])('flags %s', (text, severity) => {
    const found = flagged(text)
    expect(found.length).toBeGreaterThan(0)
    if (severity === 'block') expect(found.some((x) => x.includes(':block:'))).toBe(true)
  })
  it.each([
    'モスクで、テロの犠牲者を追悼する礼拝が行われました。',
    'ムスリム＝テロリストという偏見をなくすため、モスク見学会を開きます。',
    '宗教上の理由で食べられない食材があるお子さんには、除去食で対応しています。',
    '宗教上の配慮を「わがまま」と捉えず、まずはご相談ください。',
    'ハラール対応の、よくばりでわがままプランをご用意しました。',
    '宗教上の都合で欠席される方は、事前にお知らせください。',
    '日本語教室で日本語を学んでから、来日したそうです。',
    '私も来日当初は日本語がまともに話せず、苦労しました。',
    '片言の日本語でも大丈夫です。困ったときは窓口へどうぞ。',
    '日本語をたくさん覚えてから、また遊びにきてね！',
    'お祈りの時間のあと、子どもたちはおばあちゃんに甘えていました。',
    'Everyone is welcome, including Chinese and Korean students, as long as you register by Friday.',
    'Everyone welcome! As long as you keep the volume down in the library, feel free to stay.',
  ])('keeps clean %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('decency: foreign-rooted children likened to animals, residents mocked for their body, bullying made light (blind R398X-052, R400Z-016, R398X-039 kinds)', () => {
  const flagged = (text: string) => summary(findingsOf(decency, text)).filter((x) => /^decency\/(?:discriminatory|lookism|abuse-joke):(?:warn|block):/u.test(x))
  it.each([
    ['外国籍の児童が多い学年は、休み時間がもはやサル山状態です。', 'block'],
    ['ブラジル系の家族が住む団地って、夜はまるでジャングルですよ。', 'block'],
    ['ハーフの子たちが集まると、教室が動物園みたいになります。', 'block'],
    ['健康診断で肥満気味だった皆さん、その体型じゃ浴衣は厳しいかもですね😂', 'warn'],
    ['体重オーバーの職員のみなさん、夏までに頑張りましょう🐷🐷', 'warn'],
    ['うちの課は仲良しです。課長への突っ込みはパワハラじゃなくてスキンシップですよ〜😆', 'warn'],
    ['人権週間によせて。職場でいちばんいじられているのは新人さんです笑', 'warn'],
  ])('flags %s', (text, severity) => {
    const found = flagged(text)
    expect(found.length).toBeGreaterThan(0)
    if (severity === 'block') expect(found.some((x) => x.includes(':block:'))).toBe(true)
  })
  it.each([
    '外国ルーツの子どもたちと一緒に、遠足でまるで動物園のような広い公園へ行きました。',
    '外国籍の児童が多い学級では、やさしい日本語で給食の配膳を説明しています。',
    '外国につながる子どもたちが、動物園の飼育員さんに質問していました。',
    'メタボ判定の方は、保健指導で食事と運動の見直しを一緒に考えましょう。',
    'そのお腹まわりの脂肪は、生活習慣病のリスクが高いサインかもしれません。',
    '「いじりのつもりだった」は通用しません。いじめではなく愛情だと思っていませんか？',
    '11月はいじめ防止強調月間です。気になることがあれば学校や相談窓口へ。',
  ])('keeps clean %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('decency: grown women in a match or at work told as squealing and watched as a charming sight (team DCG-140 kind)', () => {
  const flagged = (text: string) => summary(findingsOf(decency, text)).filter((x) => x.startsWith('decency/stereotype:warn:'))
  it.each([
    '市民バレーボール大会、女性陣もキャッキャと盛り上がりながら頑張っていて、とても微笑ましかったです。',
    'ママさんチームがキャーキャー言いながらボールを追いかける姿、かわいらしかったです😊',
    '綱引き大会の女子チーム、きゃーきゃー叫びながら綱を引く様子がほほえましかったです。',
    '女性職員の皆さんがキャーキャー言いながら作ったお弁当、かわいいです！',
  ])('flags %s', (text) => {
    expect(flagged(text).length).toBeGreaterThan(0)
  })
  it.each([
    '市民ソフトボール大会の女子の部は柳川クラブが優勝しました。逆転サヨナラの熱戦でした。',
    '小学生女子の部はキャーキャー言いながらの大熱戦、微笑ましかったです。',
    '沿道の声援がキャーキャーと響き、女子選手の力走が続きました。',
    '園児たちがキャーキャー言いながら芋掘りを楽しむ姿が微笑ましかったです。',
    '女性陣の息の合ったプレーで、見事に初優勝を飾りました。',
  ])('keeps clean %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('decency: a drink\'s vessel or goods given as a campaign prize is no drink (review of the R414P-028 and R420 kinds)', () => {
  const conduct = (text: string) => summary(findingsOf(decency, text)).filter((x) => x.startsWith('decency/conduct:'))
  it.each([
    '市民アンケートにご協力ください。回答いただいた方の中から抽選で10名様に日本酒グラスをプレゼントします。',
    '健康クイズに正解した方の中から抽選で、ワイン用のオープナーを進呈します。',
    'スタンプラリーを達成した方にもれなく、酒蔵オリジナル手ぬぐいをプレゼント！',
  ])('keeps clean %s', (text) => {
    expect(conduct(text)).toEqual([])
  })
  it('the drink itself still warns', () => {
    expect(conduct('市民アンケートにご協力ください。回答いただいた方の中から抽選で10名様に日本酒をプレゼントします。').length).toBeGreaterThan(0)
  })
})

describe('decency: discrimination against a group told as a statement (blind wave 84: R421W-010, R422X-014, R422X-047, R423Y-017, R423Y-034, R424Z-057 kinds)', () => {
  const discriminatory = (text: string) => summary(check(text).findings).filter((x) => x.startsWith('decency/discriminatory:'))
  const flagged = (text: string) => summary(check(text).findings).filter((x) => /^decency\/[a-z]+:(?:block|warn):/u.test(x))
  it.each([
    // People on welfare cast as idle as a whole, or as those the support reaches too; a frame that sides with it stays a block
    '生活保護を受けている方には、仕事をする気がない人も多いので、支給額の見直しを求める声に同感です。',
    '市営住宅の家賃減免について。生活保護世帯の多くは働こうとしない人たちで、減免まで必要なのか疑問です。',
    '生活保護を受けている家庭は、まじめに働いてこなかった人ばかりですから、給付を増やす必要はないでしょう。',
    '国保の軽減について、生活保護受給者のように働かずに暮らしてきた人たちにまで補助を出すのはおかしい、というのが正直なところです。',
    '生活保護受給者は働く意欲がない方が多いという指摘も、もっともだと思います。',
    // A crime or a nuisance put down to a group's arrival
    'ごみの不法投棄が増えています。駅裏のアパートにベトナム人が住み始めてからのことなので、地域で注意しましょう。',
    '公園の落書きが続いています。留学生が来るようになってからだと思います。',
    '商店街で万引き被害が相次いでいます。ネパール人が引っ越してきてからのことですので、店主の皆さまはご注意を。',
    // A sale or a loan refused to a group
    '韓国人のお客様には、特産の梨の苗木は販売しないよう、生産者の皆さんにお伝えしています。',
    'ベトナム人の業者には、こちらの直売所の野菜を卸さないでください。',
    'ホームレスの人たちには、集会所の部屋は貸さないことにしました。',
    // An ID or a guarantor asked of a group alone at a loan or an entry; a people said not to know the rules, and a measure
    '外国人のお客様の入館時には、パスポートを確認させていただくことになりました。',
    '外国籍の方への貸し出しの際は、保証人の署名をいただきます。',
    '中国籍の利用者が本を借りる際は、身分証を毎回提示していただきます。',
    '外国の方は日本のごみ出しのルールをご存じない方が多いため、今後はアパートの契約の際に保証金をいただきます。',
    // A class pronoun for a group named on the line before, and an exclusion
    '最近、公園のベンチで寝泊まりする路上生活者が増えています。\nそういう人たちには、公園の利用を控えてもらうよう検討中です。',
    '駅前に生活保護の方が昼から集まっています。\nああいう人たちの入店はお断りするよう、商店街に呼びかけます。',
    '体育館に外国人のグループがよく来ます。\nああいった人たちには、今後、施設の予約はご遠慮いただく方針です。',
  ])('blocks %s', (text) => {
    expect(discriminatory(text).some((x) => x.startsWith('decency/discriminatory:block:'))).toBe(true)
  })
  it('a view only relayed is a warn', () => {
    expect(discriminatory('生活保護受給者は働く意欲がないという声もあります。')).toEqual(['decency/discriminatory:warn:生活保護受給者は働く意欲がない'])
  })
  it.each([
    '生活保護を受けている世帯の方は、パソコン講座の受講料が全額免除になります。',
    '生活保護を受けている方の中には、病気や障がいで働くことができない方も多くいます。',
    '働く意欲のある生活保護受給者の方に、就労支援員がハローワークへの同行などを行っています。',
    '「生活保護を受けている人は働く意欲がない」という決めつけは偏見です。',
    '生活保護受給者の就労意欲を高めるため、就労準備支援事業を実施しています。',
    '生活保護を受けている方で、働く意欲がわかないという方も、まずはケースワーカーにご相談ください。',
    '生活保護受給者は働く意欲がないという声がありますが、受給者の多くは高齢や病気で働くことが難しい方です。',
    '生活保護の受給世帯数は、前年度より3%減少しました。',
    '外国人観光客が来るようになってから、商店街に活気が戻りました。',
    '外国人実習生が来るようになってから、地域の祭りの担い手が増えました。',
    '留学生が来日してから、詐欺の被害に遭うケースが増えています。',
    '20歳未満の方には、お酒は販売しません。',
    '海外への発送はしておりませんので、国外在住の方には返礼品をお送りできません。',
    '外国人の方にも、直売所の野菜を販売しています。',
    '貸出の際は、どなたにも利用カードの提示をお願いしています。',
    '外国籍の方も利用登録ができます。登録の際は、在留カードなど住所の分かるものをお持ちください。',
    '外国籍の方の住民票の請求には、在留カードが必要です。',
    '本を借りる際は全員に身分証の提示をお願いすることになりました。',
    '外国人の方は日本のごみ出しのルールをご存じないことも多いので、多言語のチラシを用意しました。',
    '図書館のルールをご存じない方は、カウンターでお尋ねください。',
    '外国人住民の皆さん向けに、市役所1階に多言語の相談窓口を開設しました。',
    '路上生活をされている方への支援として、毎週水曜日に市役所で生活相談を行っています。',
    '外国人だからという理由で、アパートの入居を断らないでください。',
    '市内の外国人住民は3年前より約400人増え、2,100人になりました。',
    '大声で騒ぐ方が増えています。\nそういう方には、利用をご遠慮いただくことがあります。',
    'ホームレスの方への支援を続けています。\nそういう方が安心して相談できるよう、窓口を設けています。',
    '酒に酔った方のご来館が増えています。\nああいう方には入館をお断りしています。',
  ])('keeps clean %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('decency: a group claim denied where it is told is a correction (words.ts claimDenied)', () => {
  it.each([
    '外国人住民が増えてから犯罪が増えたという根拠はありません。',
    '技能実習生が来るようになって治安が悪くなった、という話は事実ではありません。',
    '「生活保護の人は怠け者」というのは誤解です。',
    '障害のある人は働けないという考えは偏見です。',
  ])('passes %s', (text) => {
    expect(findingsOf(decency, text).filter((f) => f.severity === 'block')).toEqual([])
  })
  it.each([
    '外国人住民が増えてから犯罪が増えました。',
    '外国人住民が増えてから犯罪が増えたという根拠はありませんが、実際に増えています。',
    '生活保護を受けている人は怠け者です。',
  ])('blocks %s', (text) => {
    expect(findingsOf(decency, text).some((f) => f.severity === 'block')).toBe(true)
  })
})

describe('decency: blind wave 85 kinds (dec85: R425A-014, R425A-019, R427C-036, R427C-040)', () => {
  const flagged = (text: string) => summary(findingsOf(decency, text)).filter((x) => /^decency\/[a-z-]+:(?:block|warn):/u.test(x))
  it.each<[string, string]>([
    // R425A-014 kind: a people under a class pronoun with a fault or a watch, or any people after a concession
    ['そういう国から来た人は約束を守らないから、見張っておくべきです。', 'decency/discriminatory:block'],
    ['あんな国の連中はマナーが悪いので、正直、目を光らせておかないといけません。', 'decency/discriminatory:block'],
    ['ああいった国籍の方々は信用できないので、契約の前にしっかり確認してください。', 'decency/discriminatory:block'],
    ['留学生の権利も尊重すべきだとは思いますけど、実習生って時間を守らんけん監視せんといかん。', 'decency/discriminatory:block'],
    // R425A-019 kind: an illness as the punchline of one's own lapse
    ['会議で名前が出てこなくて、若年性アルツハイマーかと焦りました笑', 'decency/insensitive:warn'],
    ['締切を2回も忘れて、自分ADHDなんじゃないかと疑いました（笑）', 'decency/insensitive:warn'],
    ['後ろから呼ばれても気づかず、難聴になったかと思いましたｗ', 'decency/insensitive:warn'],
    ['鍵を3回も探して、ついに認知症が始まったのかと思いました😂', 'decency/insensitive:warn'],
    // R427C-036 kind: one private business ranked best with a personal frame or a push, even among a campaign's shops
    ['個人的には「カフェ川風」さんのケーキがダントツです。ぜひ一度行ってみてください！', 'decency/conduct:warn'],
    ['ランチに迷ったら『中華そば 松尾』さん一択です🍜', 'decency/conduct:warn'],
    ['プレミアム商品券が使えるお店の中で、私のイチオシは『花月堂』さん！ぜひ寄ってみてね', 'decency/conduct:warn'],
    ['鰻なら「うなぎの松川」さんが最強です。迷ったらぜひこちらへ', 'decency/conduct:warn'],
    ['個人的には「ベーカリー麦の穂」さんのクロワッサンが市内ナンバーワンです。', 'decency/conduct:warn'],
    // R427C-040 kind: a disaster said to have done good, with a laugh or a lucky word, or called useful
    ['台風で屋根が飛んだおかげで、新しい屋根になってピカピカです😆', 'decency/insensitive:warn'],
    ['停電のおかげで、家族みんなで早寝できてラッキーでした', 'decency/insensitive:warn'],
    ['大雪で電車が止まったおかげで、久しぶりにのんびりできてラッキー', 'decency/insensitive:warn'],
    ['水害もたまには役に立つもんやね。', 'decency/insensitive:warn'],
    ['台風さまさまで、3連休になりました！', 'decency/insensitive:warn'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each([
    // help, the prejudice named, the people as victims, no fault, a concession with no people after it
    'そういう国の人たちにも日本のルールを知ってもらえるよう、多言語のごみ出しガイドを作りました。',
    'ああいう国の料理は辛いものが多いですね。',
    'こういう国の人たちと交流できる機会は、とても貴重です。',
    'ルールを守らない人には、国籍に関係なく注意しています。',
    '外国人技能実習生の人権も大事だと思いますが、受け入れ企業の監視が不十分です。',
    'ああいう国の人たちはルールを守らない、という決めつけはやめましょう。',
    'そういう国から来た観光客を狙った詐欺が増えていますので、監視を強化しています。',
    // the worry told without a laugh, a simulation, a laugh at something else, a plan for one's own future
    '「自分が認知症になったかも」と思ったら、早めにかかりつけ医にご相談ください。',
    '認知症の疑似体験をした職員は、自分が認知症になったかと思うほど不安だったそうです。',
    '物忘れが増えて認知症かと心配な方は、もの忘れ相談をご利用ください😊',
    '認知症カフェでは、参加者の皆さんと一緒に大笑いしました（笑）',
    '自分が認知症になったらどう暮らしたいか、みんなで話し合いました。',
    // the list, a contest's result, a place or event ranked, the city declining to recommend, a shop named among many
    '商品券が使えるうなぎ屋さんの一覧は、市のホームページでご覧いただけます。',
    'うなぎ料理コンテストでは『鶴亀』さんが断トツの得票で優勝しました。ぜひ足を運んでみてください。',
    '個人的には、秋の川下りが断トツでおすすめです。ぜひ乗ってみてください！',
    '市として特定のお店をおすすめすることはできませんので、一覧からお選びください。',
    '『柳川うなぎまつり』は断トツの人気イベントです！ぜひお越しください。',
    'プレミアム商品券は『花月堂』さんなど市内120店舗でご利用いただけます。',
    // a lesson told soberly, thanks to helpers, a boon with no laugh, experience that helps, a disaster-ready app
    '令和5年の大雨で浸水した商店街では、その教訓から止水板を備えるお店が増えました。',
    '台風の被害を受けた商店街ですが、ボランティアの皆さんのおかげで営業を再開できました。',
    '大雨のおかげで、ダムの貯水率が回復しました。',
    '地震の経験が、今回の避難訓練に役立っています。',
    '災害時も役に立つよう、防災アプリを更新しました。',
  ])('keeps clean %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('decency: blind wave 86 kinds (dec86: R429E-010, R430F-016), exclusion by disability and a gender role asserted', () => {
  const flagged = (text: string) => summary(findingsOf(decency, text)).filter((s) => s.includes(':block:') || s.includes(':warn:'))
  it.each([
    // a group named by disability shut out of a programme, a facility or a club
    ['サッカー教室の募集です。進行の妨げになるため、障害のある児童はご参加いただけません。', 'decency/discriminatory:block'],
    ['市民プールは、知的障がいのある方のご利用をお断りしております。', 'decency/discriminatory:block'],
    ['支援学級の生徒さんは今回の合宿には参加できません。ご了承ください。', 'decency/discriminatory:block'],
    ['特別支援学校に通うお子さんは、本大会の対象となりません。', 'decency/discriminatory:block'],
    // a role given to or kept from women or men as the proper order
    ['役員はやっぱり男がやるべきだよね。', 'decency/discriminatory:block'],
    ['女性にはリーダーは向いていないと思います。', 'decency/discriminatory:block'],
    ['女なんかに自治会の議長は務まらないよ。', 'decency/discriminatory:block'],
    ['お母さんは子育てがあるので、班長は無理でしょう。', 'decency/discriminatory:block'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each([
    // the group's own programme, accommodation, a welcome, a benefit's terms, exclusion denied, a fee waived
    '特別支援学級の皆さん向けの陸上教室を開きます。',
    '車いすの方はお申し込みの際にお知らせください。',
    '障害のある方もご遠慮なくご参加ください。',
    '障害者控除の対象外となる場合があります。',
    '障害を理由に参加をお断りすることはありません。',
    '障害のある方の参加費は無料です。介助者の方も1名まで無料でご参加いただけます。',
    // the stereotype rejected, a call for sharing, a fact, health advice, a view relayed
    '「家事は女性がするもの」という思い込みをなくしましょう。',
    '男性も家事や育児に参加しましょう。',
    '会長は男性が務めることが多いのが現状です。',
    '妊娠中の女性は激しい運動を控えてください。',
    '今年度の自治会長会議では、初めて女性の会長さんが3人誕生しました。',
  ])('keeps clean %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('decency: a place reserved for a group, the others kept off it, is no exclusion of the group', () => {
  it.each([
    '障がい者用駐車場は、一般の方のご利用はご遠慮ください。',
    '車いす使用者用駐車場です。一般車両の駐車はご遠慮ください。',
    '高齢者優先席です。それ以外の方は、必要な方に席をお譲りください。',
  ])('passes %s', (text) => {
    expect(check(text).findings.filter((f) => f.severity === 'block')).toEqual([])
  })
  it.each(['障がいのある方のご参加はご遠慮ください。', '障がい者の方の利用はご遠慮ください。'])('blocks %s', (text) => {
    expect(check(text).findings.some((f) => f.rule === 'decency/discriminatory' && f.severity === 'block')).toBe(true)
  })
})

describe('decency: blind wave 87 kinds (dec87: R431G-003, R431G-050, R433J-005, R433J-017, R434K-058), disability, family type and death made light of', () => {
  const flagged = (text: string) => summary(findingsOf(decency, text)).filter((s) => s.includes(':block:') || s.includes(':warn:'))
  it.each([
    // a disability or ageing simulation told as a laughing matter
    ['福祉体験学習で高齢者疑似体験セットを着けた課長、階段でよろけて転んでしまい、みんなで大笑いでした🤣', 'decency/insensitive:warn'],
    ['目隠しをして白杖で歩く研修、見えない人ってこんなにぶつかるんだと笑えました（笑）', 'decency/insensitive:warn'],
    ['中学生の車いす体験、段差で何度もこけて爆笑の連続でした！', 'decency/insensitive:warn'],
    // a disability's benefits envied
    ['療育手帳があればバスが半額なんて、正直いいなあと思っちゃいます', 'decency/insensitive:warn'],
    ['障がい者割引で映画がタダ同然、ずるいくらいお得ですよね～', 'decency/insensitive:warn'],
    ['私も障害者になりたいくらい、手厚い支援です（笑）', 'decency/insensitive:warn'],
    // a one-parent home presumed to keep a poor table or home
    ['シングルマザーの家はどうしても部屋が散らかりがち。そんなママに片付け講座を！', 'decency/stereotype:warn'],
    ['母子家庭だと子どもがさみしい思いをしがちですよね。親子で参加できる遠足です。', 'decency/stereotype:warn'],
    ['男手ひとつで育てていると、晩ごはんはレトルトばかりになってしまうもの。料理教室へどうぞ。', 'decency/stereotype:warn'],
    // a terminal diagnosis or a death bed made the yardstick of a trifle
    ['月末の財布は虫の息です😇 そんな方は無料の家計講座へ！', 'decency/insensitive:warn'],
    ['庁舎のコピー機、ご臨終寸前ですが今日もがんばっています', 'decency/insensitive:warn'],
    ['夏休みの宿題、残り余命3日って感じです💀 図書館の学習室を使ってね', 'decency/insensitive:warn'],
    // the other world's pick-up joked at old people
    ['敬老会の皆さん、お迎えが来る前にぜひ健康診断を😆', 'decency/insensitive:warn'],
    ['デマンドバスの速さは、天国からのお迎えにも負けないスピードです！シニアの方もどうぞ', 'decency/insensitive:warn'],
    ['シルバー人材センターの皆さん、冥土からのお迎えはまだまだ先ですね（笑）', 'decency/insensitive:warn'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each([
    // a simulation told soberly, a smile, a laugh about something else, a sleep mask at a shelter
    'アイマスクをつけて歩く体験では、声をかけ合いながら笑顔でゴールしました。',
    '車いす体験を通して、段差の大変さを実感しました。',
    '高齢者疑似体験の後は、笑いの絶えない交流会を開きました。',
    'アイマスク歩行体験をしました。お昼は全員でカレーを食べて大爆笑😂',
    '避難所ではアイマスクと耳栓を配布しています。',
    // a benefit told, another card, envy named as a misunderstanding, an application
    '障害者手帳をお持ちの方は、美術館の観覧料が割引になります。',
    '母子手帳がほしい方は、保健センターの窓口へお越しください。',
    '「障害者は優遇されてずるい」という誤解がありますが、制度は生活を支えるためのものです。',
    '手帳の交付を希望される方は、福祉課へご相談ください。',
    // help for one-parent homes with no presumption, a busy life in general
    'ひとり親家庭の皆さん向けに、簡単レシピ教室を開きます。',
    '忙しい毎日、ついコンビニ弁当ばかりになりがちな方へ、簡単料理教室を開きます。',
    '父子家庭・母子家庭の方への就労支援を行っています。',
    'ひとり親家庭の子どもたちに、栄養たっぷりのお弁当を無料で配布します。',
    // a diagnosis or a rescue told
    '余命宣告を受けた方とご家族の相談窓口を開設しました。',
    'がんで余命宣告を受けた市民の方の講演会を開きます。',
    '登山中に滑落した男性が、瀕死の状態で救助されました。',
    // a pick-up service, a child's pick-up, the ancestors at お盆, a day service's car
    '乗合タクシーはご自宅までお迎えに上がります。ご高齢の方もお気軽にどうぞ😊',
    '保育園のお迎えが来るまで、児童クラブでお預かりします。',
    'お盆にはご先祖様をお迎えし、家族で手を合わせましょう。',
    'デイサービスのお迎えが来たら、玄関でお待ちください。高齢の方の見守りにご協力を。',
  ])('keeps clean %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('decency: blind wave 88 kinds (dec88: R435L-041, R435L-055, R437N-007, R437N-042, R437N-046), a foreign group blamed or shut out, a drowning and an infection joked about', () => {
  const flagged = (text: string) => summary(findingsOf(decency, text)).filter((s) => s.includes(':block:') || s.includes(':warn:'))
  it.each([
    // a foreign group lumped with a nuisance, a crime or an outbreak (rules/decency/foreign-group-lumped.ts)
    ['最近の空き巣、フィリピン人の多い団地ばっかりだって。', 'decency/discriminatory:block'],
    ['夜中に公園で騒いでるの、ネパール人ばっかりなんですよね。', 'decency/discriminatory:block'],
    ['去年の集団感染、原因になった工場は外国人実習生だらけだったらしいね。', 'decency/discriminatory:block'],
    // a sign shutting out a foreign group approved (rules/decency/exclusion-approved.ts)
    ['「外国人入店禁止」って張り紙してる居酒屋さん、正直当然だと思います。', 'decency/discriminatory:block'],
    ['ブラジル人NGのアパートが増えてるけど、大家さんの気持ちは分かるわ。', 'decency/discriminatory:block'],
    ['「外国人お断り」の貼り紙、正直ありだと思うんだよね。', 'decency/discriminatory:block'],
    // a foreign group judged unfit, or its ways unlike the Japanese (rules/decency/foreigners-judged-unfit.ts)
    ['外国人にゴミの分別なんてどうせ無理でしょ。', 'decency/discriminatory:block'],
    ['留学生ばかりの寮だったから、あの連中に火の始末なんてはなから守れるわけがない。', 'decency/discriminatory:block'],
    ['技能実習生に衛生管理なんか到底できるわけがない。', 'decency/discriminatory:block'],
    ['あの国の人たちは衛生意識が日本人とまるで違うから、屋台では気をつけて。', 'decency/discriminatory:block'],
    ['ベトナム人留学生が増えたけど、しつけが日本人とは違うよね。', 'decency/discriminatory:block'],
    // a drowning joked about (rules/decency/drowning-joked.ts)
    ['昔はこの池に子どもが落ちて、翌朝ぷかっと浮いてたなんて話も😂', 'decency/insensitive:warn'],
    ['酔って港に転落、土左衛門になった先輩の話は飲み会の鉄板ネタ🤣', 'decency/insensitive:warn'],
    ['この用水路、毎年だれか落ちてぷかぷか浮いてるのが夏の風物詩ですw', 'decency/insensitive:warn'],
    // an infection joked as a diet (rules/decency/illness-as-diet.ts)
    ['インフルで寝込んだら3キロやせたｗ これはダイエットになるかも', 'decency/insensitive:warn'],
    ['ノロにかかればダイエットいらず🤣', 'decency/insensitive:warn'],
    ['アニサキスにあたって5kg落ちたから、ある意味ラッキーでした笑', 'decency/insensitive:warn'],
    ['胃腸炎で体重が落ちたのは嬉しい誤算笑', 'decency/insensitive:warn'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each([
    // foreign visitors welcomed or helped, a lesson full of students, the lumping denied
    '外国人観光客ばかりでなく、市民の皆さんも食べ歩きのごみは持ち帰りにご協力ください。',
    '今日の日本語教室は留学生ばかりで、とてもにぎやかでした。',
    '技能実習生の多い農場でも、防疫の研修を多言語で実施しています。',
    'ごみのポイ捨ては外国人ばかりではありません。ルールを守りましょう。',
    '外国人住民の皆さまを対象としたアンケート調査を行います。',
    // a sign named as discrimination or regretted
    '「外国人お断り」の貼り紙は差別にあたります。見かけたら人権相談窓口へ。',
    '「外国人お断り」という貼り紙を見て、悲しい気持ちになりました。',
    // no strain asked, a task too hard for a child, cultures learned
    '外国人の方にも無理なく参加していただけるよう、やさしい日本語で案内します。',
    '技能実習生の皆さんには、無理のない範囲で防災訓練にご参加いただきます。',
    '子どもたちにはまだ無理なので、保護者の方が手続きをしてください。',
    '文化や習慣の違いを知る交流会です。マナーの考え方が日本人と違う国もあります。',
    // water safety, a rescue, a toy bobbing
    '子どもが川で溺れる事故が増えています。ライフジャケットを着けましょう。',
    '堀に落ちた男性が救助されました。夜間の水辺には近づかないでください。',
    '船頭さんの昔話では、むかしは堀に落ちる人も多かったそうです。今は柵を設けています。',
    'アヒルのおもちゃがぷかぷか浮いて、子どもたちも大喜び😂',
    // weight loss as a symptom, a diet class, food poisoning tallied
    'ノロウイルスにかかると脱水で体重が減ることがあります。早めに受診してください。',
    '食中毒予防で健康的にダイエット！おすすめレシピを紹介します😋',
    'コロナ禍で運動不足の方へ、ダイエット教室を開きます😊',
    '市内の食中毒の発生件数を原因別にまとめました。外国語の案内も用意しています。',
  ])('keeps clean %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('decency: blind wave 89 kinds (dec89: R439Q-015, R440R-018, R440R-036, R440R-047), a disability claimed as a joke, one business picked, alcohol as a traffic-safety prize, one-parent homes blamed', () => {
  const flagged = (text: string) => summary(findingsOf(decency, text)).filter((s) => s.includes(':block:') || s.includes(':warn:'))
  it.each([
    // a disability or an illness claimed as a joke (rules/decency/disability-self-joked.ts)
    ['片づけがまったくできない僕は、きっとADHDだな笑', 'decency/insensitive:warn'],
    ['会議の日程をまた間違えた。私も発達障がいかもｗ', 'decency/insensitive:warn'],
    ['約束をすぐ忘れるうちの係長、たぶん若年性認知症です😂', 'decency/insensitive:warn'],
    // one private business picked as the writer's own recommendation (rules/decency/business-picked-personally.ts)
    ['屋根の修理のご相談が増えています。担当者のおすすめは「筑後リフォーム」さん。対応が早くて料金も良心的です。', 'decency/conduct:warn'],
    ['私的イチオシは、三橋の『ながた電器店』。エアコン工事もお得です！', 'decency/conduct:warn'],
    ['個人的なお勧めは「川辺不動産」様です。ぜひ一度ご相談を。', 'decency/conduct:warn'],
    // alcohol given as the prize of a traffic-safety campaign (rules/decency/alcohol-prize-traffic.ts)
    ['飲酒運転根絶キャンペーン実施中！クイズに正解した方から抽選で10名様に地元の焼酎をプレゼントします。', 'decency/conduct:warn'],
    ['秋の交通安全運動にあわせたスタンプラリーです。参加者全員に缶ビールをお届けします！', 'decency/conduct:warn'],
    ['安全運転宣言に応募された方の中から、抽選で大吟醸の四合瓶が当たります。', 'decency/conduct:warn'],
    // crime or delinquency blamed on a one-parent home (rules/decency/one-parent-blamed.ts)
    ['補導される中学生って、たいてい母子家庭の子なんだよね。', 'decency/discriminatory:block'],
    ['特殊詐欺の出し子で捕まるのは、シングルマザーの家の子ばかりだそうです。', 'decency/discriminatory:block'],
    ['非行に走るのは、やっぱり片親だからなんでしょうね。', 'decency/discriminatory:block'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each([
    // a course on developmental disabilities, an earnest worry sent to a consultation, the quip named as hurtful
    '発達障害のあるお子さんの保護者向け講座を開催します。参加費は無料です。',
    '「うちの子はADHDかも」と悩んでいる方は、こども家庭課の発達相談をご利用ください。',
    '「私もADHDかも（笑）」と軽く言うことが、当事者を傷つけることもあります。',
    // a list of certified shops, the city declining to pick, a pick of no business
    '防犯設備士のいる認定店の一覧は、防犯協会のホームページで公開されています。',
    '市では特定の業者をおすすめすることはできません。複数の見積もりを比べてください。',
    '個人的なおすすめは、夕方の川下りです。水面に映る夕日がとてもきれいですよ。',
    // a traffic-safety prize that is no drink, non-alcoholic drinks, drinking refrained from
    '交通安全アンケートに答えてくださった方から、抽選で20名様に反射材セットをプレゼント！',
    '飲酒運転撲滅キャンペーンの参加者に、抽選でノンアルコールビールをプレゼントします。',
    'お酒を飲んだら運転しない。交通安全クイズの正解者には、抽選で柳川のお米が当たります。',
    // support for one-parent families, the notion denied, a notice with no family named
    'ひとり親家庭の皆さんへ、学習支援と子ども食堂のご案内です。',
    '非行の原因を母子家庭や父子家庭と結びつけるのは偏見です。家庭の形とは関係ありません。',
    '闇バイトに誘われたら、ひとりで悩まず警察に相談してください。',
  ])('keeps clean %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('decency: blind wave 90 kinds (dec90: R441S-004, R441S-030, R443U-048, R443U-054, R444V-040, R444V-059), a foreign group said mostly to dodge, a group written off, one firm pushed, a sex credited with calming', () => {
  const flagged = (text: string) => summary(findingsOf(decency, text)).filter((s) => s.includes(':block:') || s.includes(':warn:'))
  it.each([
    // a foreign group said to be mostly of one bad conduct (rules/decency/foreign-group-lumped.ts)
    ['ベトナム人の実習生は、家賃を滞納したまま夜逃げする人が大半です。', 'decency/discriminatory:block'],
    ['ほとんどの外国籍の方が、国民健康保険料を払わないまま出国してしまいます。', 'decency/discriminatory:block'],
    ['ネパールの方って、ゴミの分別ルールを守らない人がほとんどなんですよ。', 'decency/discriminatory:block'],
    // a foreign or vulnerable group, or "those people" pointing back at one, written off (rules/decency/foreigners-judged-unfit.ts)
    ['最近の騒音の苦情、留学生の部屋からが多い。あの連中は注意しても聞かないから、正直言うだけ無駄です。', 'decency/discriminatory:block'],
    ['あそこの団地は障がい者の方が多いので、あんな人たちに決まりを守れと説明しても通じないんです。', 'decency/discriminatory:block'],
    ['外国人にはルールを守る気なんてさらさらないので、相手にするだけ時間の無駄です。', 'decency/discriminatory:block'],
    ['ホームレスの人たちは、話が通じないので近寄らないでください。', 'decency/discriminatory:block'],
    // a firm named without quotes pushed by the account (rules/decency/business-picked-personally.ts)
    ['筑後リフォームさんが工事も丁寧で、個人的に断然おすすめです！', 'decency/conduct:warn'],
    ['㈱やまなみ食品様のドレッシング、職員一同おすすめしています。直売所でぜひお買い求めください。', 'decency/conduct:warn'],
    ['有限会社みどり設備さんの新しい給湯器、ぜひ試してみてください。市としても応援しています！', 'decency/conduct:warn'],
    // a sex's voice or manner credited with calming others (rules/decency/phrases.ts)
    ['女性スタッフの笑顔のほうが、来庁者の皆さんも和むんですよね〜', 'decency/discriminatory:warn'],
    ['やっぱり男の人の声のほうが、酔ったお客さんも素直に聞いてくれます。', 'decency/discriminatory:warn'],
    ['督促の電話は、やはり女性職員の柔らかさのほうが相手の怒りが収まるんです。', 'decency/discriminatory:warn'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each([
    // a tax notice for foreign residents, a share with no bad conduct, a reminder to employers, the notion named
    '外国人住民の方へ。住民税の納め方を、やさしい日本語と多言語でご案内します。',
    '留学生のほとんどが市内のアパートに住んでいます。',
    '技能実習生の受け入れ事業所の皆さまは、特別徴収の手続きをお忘れなく。',
    '外国人だから税金を払わないというのは偏見です。',
    // a user's conduct with no group, help offered, a welfare office's hours, the prejudice named
    'ルールを守る気がない一部の利用者には、利用停止の措置をとります。',
    '外国人の方にルールを説明しても伝わりにくい場合は、通訳を手配します。',
    '生活保護の方のご相談は、福祉事務所で平日8時30分から17時15分まで受け付けています。',
    '高齢者の方に言っても通じないと決めつけず、ゆっくり説明しましょう。',
    // the association's free consultation, a sponsor credit, a contractor named, a pick of no firm, an impostor warned of
    '確定申告の相談は、税理士会の無料相談をご利用ください。登録税理士の一覧はこちら。',
    '協賛：株式会社ミナモスポーツさん、有限会社きくち商店さん',
    '体育館の改修工事は株式会社中央建設さんが行います。ご不便をおかけします。',
    '個人的におすすめの散歩コースは、川沿いの遊歩道です。',
    '中島会計事務所さんを名乗る不審な電話にご注意ください。',
    // a staff member introduced, a choice offered, a survey
    '新しく採用した女性職員の田中です。よろしくお願いします。',
    '女性の相談員をご希望の方は、お申し出ください。',
    '男性の声と女性の声、どちらが聞き取りやすいか調査しました。',
  ])('keeps clean %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('decency: blind wave 91 kinds (dec91: R445W-023, R445W-039, R446X-008), a nationality refused, a group cast as a nuisance and limited, a bar pushed with a deal', () => {
  const flagged = (text: string) => summary(findingsOf(decency, text)).filter((s) => s.includes(':block:') || s.includes(':warn:'))
  it.each([
    // a nationality, written as a letter or a mark or named, refused by the account (rules/decency/exclusion-approved.ts)
    ['K国の方のご宿泊は、トラブルが多いため当面ご遠慮いただいております。', 'decency/discriminatory:block'],
    ['某国からの観光客の皆さんは、ゴミを置いていくので、来月から入館はお断りします。', 'decency/discriminatory:block'],
    ['○国から来た団体は、当館では受け入れておりません。', 'decency/discriminatory:block'],
    // a disabled, aged or foreign group cast as a nuisance to the others and its visit limited (rules/decency/disability-and-illness.ts)
    ['車いすの方のご来館は、ほかの来館者の迷惑になりますので、土曜日の午前に限定させていただきます。', 'decency/discriminatory:block'],
    ['認知症の方の参加は、周りの皆さんにご迷惑がかかるため、お控えいただいています。', 'decency/discriminatory:block'],
    ['外国人の方の団体での見学は、他の見学者の方のご迷惑となるため、閉館前の1時間に限らせていただきます。', 'decency/discriminatory:block'],
    // a shop named by its trade, pushed with a deal or a call to go (rules/decency/business-picked-personally.ts)
    ['駅の近くの焼き鳥とりよしさん、今月は生ビールが半額だそうです！皆さんもぜひ飲みに行ってみてくださいね。', 'decency/conduct:warn'],
    ['昨日の打ち上げは、まるや食堂さんで。このページの画面を提示するとクーポン扱いで1品サービスだそうです。', 'decency/conduct:warn'],
    ['カフェみなもさんのパンケーキ、市の公式インスタを見たと伝えると10%引き！ぜひ寄ってみてください。', 'decency/conduct:warn'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each([
    // the refusal denied, conduct refused with foreigners welcomed, a nationality welcomed beside a pet rule, an ID asked for a procedure
    '国籍を理由に入室をお断りすることはありません。',
    '大声で騒ぐ団体客の入室はお断りします。外国人の方も歓迎です。',
    '中国からのお客様も大歓迎です。ペット連れの方の入室はお断りしております。',
    '外国籍の方は、在留カードを持参のうえ窓口にお越しください。',
    // a reserved slot for the group's ease, groups limited by size, a nuisance named of conduct with care for the group
    '障害のある方も安心してご覧いただけるよう、平日午前に貸切見学枠を設けました。',
    '20名以上の団体は予約制です。',
    '大声での会話は他のお客様のご迷惑となりますので、ご遠慮ください。障害のある方の見学は介助者の方とご一緒にどうぞ。',
    // a shopping street's event of many shops, a city campaign's participating shops, a shop as a venue, a visit with no push
    '柳川商店街の秋祭り、居酒屋なごみさん、カフェみなもさんなど20店舗が参加！各店で半額セールもあります。ぜひお越しください。',
    '市のプレミアム商品券キャンペーン、参加店舗一覧はこちら。食堂たなかさんでもクーポンが使えます。ぜひご利用ください。',
    '説明会の会場は、駅前の食堂まつおさんの2階です。ぜひご参加ください。',
    '新しくオープンした喫茶ひだまりさんに、市長が表敬訪問しました。',
    'カフェで働く田中さんに話を聞きました。ぜひ行ってみてください。',
    '参加したいお客様は、当日のお申し込みはお受けしておりません。',
  ])('keeps clean %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('decency: a group paired with those outside it as one audience (…の方もない方も) is a rule for all', () => {
  const hits = (text: string) => findingsOf(decency, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    '車いすの方は、他のお客様の迷惑になるので、来場はご遠慮ください。',
    '障害のある方は周りのお客様のご迷惑になりますので、入館をお断りしています。',
    '外国人の方は大声で騒ぐので、夜間の利用はご遠慮ください。',
  ])('blocks %s', (text) => {
    expect(hits(text)).toContain('decency/discriminatory:block')
  })
  it.each([
    '障害のある方もない方も、他のお客様のご迷惑となる行為はご遠慮ください。',
    '車いすの方も、そうでない方も、大声での会話はお控えください。',
    '高齢の方もそうでない方も、館内での通話はご遠慮ください。',
    '外国籍の方も日本国籍の方も、ごみの分別ルールを守ってください。',
  ])('keeps clean %s', (text) => {
    expect(hits(text)).toEqual([])
  })
})

describe('decency: blind wave 92 kinds (dectone: R448Z-035, R450B-039, R448Z-045), foreigners cast as a takeover, a foreign group suspected on its numbers, a disaster\'s damage made a pun', () => {
  const flagged = (text: string) => summary(findingsOf(decency, text)).filter((s) => s.includes(':block:') || s.includes(':warn:'))
  it.each([
    // a foreign group cast as taking the town over, or the town's matters kept to Japanese alone (rules/decency/sentence-kinds.ts)
    ['移民をどんどん受け入れたら、そのうちこの町は侵略されてしまいますよね。', 'decency/discriminatory:block'],
    ['中国系の住民に市政が支配されかねないので、慎重に考えるべきだと思います。', 'decency/discriminatory:block'],
    ['外国籍の方の参加も検討中ですが、まちの大事なことは日本人だけで決めるべきでしょう。', 'decency/discriminatory:block'],
    ['外国の人に自治会の役員を任せたら、地区ごと乗っ取られるんじゃないかと思います。', 'decency/discriminatory:block'],
    // a foreign group said to be many there and suspected of the trouble (rules/decency/foreign-group-lumped.ts)
    ['最近、駅の駐輪場で自転車の盗難が続いています。あの辺はベトナムから来た人が多いし、そのせいではと思ってしまいます。', 'decency/discriminatory:block'],
    ['公園の池の鯉が減っているそうです。近くに留学生が多いので、食べられちゃったのかなと心配です。', 'decency/discriminatory:block'],
    ['畑の野菜を持ち去られる被害が続いています。外国人実習生が増えたから、犯人もそっちに違いないですね。', 'decency/discriminatory:block'],
    // a disaster's damage made a pun for something else (rules/decency/disaster-levity.ts)
    ['台風で屋根が飛ばされても、夏祭りの熱気は飛ばされません！', 'decency/insensitive:warn'],
    ['大雨で店が浸水しても、商店街の元気は浸水しません💪', 'decency/insensitive:warn'],
    ['地震で家が倒れても、うちのセール価格は倒れないよ〜！', 'decency/insensitive:warn'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each([
    // an account hijacked, the fear named a rumour, a sober talk of who may vote, a craft by Japanese hands, Japanese-only refused
    'SNSのアカウントが乗っ取られる被害が増えています。海外からの不正ログインにご注意ください。',
    '「外国人に土地が乗っ取られる」というデマが広がっていますが、事実ではありません。',
    '永住外国人の住民投票への参加について、市民の皆さんのご意見を募集しています。',
    '外国人観光客にも人気の和紙は、日本人の手で一枚ずつすかれています。',
    '多文化共生のまちづくりは、日本人だけで決めず、外国籍の住民の声も聞いて進めます。',
    // a group many there with no suspicion, a guess with no trouble, the group as the ones at risk
    'この地区は外国籍の住民が多いので、ごみの出し方を多言語でお知らせしています。',
    '今年は留学生が多いので、夏祭りはにぎやかになるのかなと楽しみです。',
    '自転車の盗難が増えています。外国人観光客も多いので、狙われることもあるのかもしれません。鍵かけをお願いします。',
    // a precaution, the pun kept for lives, another verb, a fall denied
    '地震で建物が壊れても書類は壊れないよう、耐火金庫に保管しましょう。',
    '台風で家が流されても、被災者生活再建支援金を受け取れます。',
    '家が倒れなくても、家具は倒れます。家具の固定をお願いします。',
    '大雨で家が浸水しても命は浸水しないように、早めに避難しましょう。',
  ])('keeps clean %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('decency: blind wave 93 kinds (dec93: R451C-011, R452D-017, R451C-049, R452D-008), a foreign group said to dodge dues as a matter of course or blamed in a cleft, a supported group said to abuse what it gets, a named store\'s product pushed by staff', () => {
  const flagged = (text: string) => summary(findingsOf(decency, text)).filter((s) => s.includes(':block:') || s.includes(':warn:'))
  it.each([
    // a foreign group, or "those people" pointing back at one, said to dodge a due as their way (rules/decency/foreign-group-lumped.ts)
    ['最近は外国籍の住民が増えましたが、あの人たちは家賃を踏み倒して夜逃げするのが普通だと思っています。', 'decency/discriminatory:block'],
    ['ベトナム人って、税金を払わないで帰国するのが当たり前なんですよね。', 'decency/discriminatory:block'],
    ['留学生は国保の保険料を滞納しても平気で悪びれないので困ります。', 'decency/discriminatory:block'],
    // a nuisance cleft onto the group, or a country's people called unable (foreign-group-lumped.ts, foreigners-judged-unfit.ts)
    ['公園で夜遅くまで騒いでいるのは、たいてい近くのアパートの外国人実習生です。', 'decency/discriminatory:block'],
    ['近所に外国人が増えました。あんな国の連中に日本の常識を守れと言っても、どだい無理な話です。', 'decency/discriminatory:block'],
    // a supported group said to abuse what it gets, or the honest payers said to lose out (rules/decency/foreigners-and-peoples.ts)
    ['生活保護受給者って、薬が無料なのをいいことに好きなだけもらっていくんですよ。', 'decency/discriminatory:block'],
    ['ひとり親家庭は手当に甘えている人ばかりだと感じます。', 'decency/discriminatory:block'],
    ['高齢者は医療費の負担が少ないから、救急車をタクシー代わりにしている。', 'decency/discriminatory:block'],
    ['生活保護の受給者が増える一方で、真面目に働いて税金を納めている人が損をする仕組みです。', 'decency/discriminatory:block'],
    // a named store's priced product pushed by the staff (rules/decency/business-picked-personally.ts)
    ['今月のおすすめ！ドラッグストアさくら駅前店で売っている詰め替え洗剤（1,280円）、私も愛用しています。', 'decency/conduct:warn'],
    ['スーパーまるみつ本店で販売中の防災セットは税込4,980円。ぜひお買い求めください！', 'decency/conduct:warn'],
    ['かわぐち電器店で扱っている電動生ごみ処理機（39,800円）、本当に便利でおすすめです。', 'decency/conduct:warn'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each([
    // a due told for foreign residents, the rule the same for all, a share with no trouble, a cleft with no group
    '外国籍の方も、国民健康保険の保険料の納付が必要です。払わずに帰国すると、再入国の際に不利になることがあります。',
    '外国人住民の方は、日本人と同じく住民税を納めるのが当たり前です。お知らせは多言語で用意しています。',
    '参加者のほとんどが留学生でした。楽しい交流会になりました。',
    'ごみを出し忘れるのは、ほとんどが引っ越してきたばかりの方です。分別表をお配りしています。',
    'あの人たちにこの作業は無理なので、今回は職員で対応します。',
    '外国人の方には、ルールを理解していただくのに時間がかかるので、やさしい日本語で説明しています。',
    // the service explained, a salon for the old, the taxpayers thanked
    '生活保護の方は、医療費の自己負担がありません。受診の際は医療券をお持ちください。',
    '高齢者のサロンを公民館で開いています。無料なので、お気軽にお越しください。',
    '市税は真面目に納めていただいている皆様のおかげで、まちづくりが進んでいます。',
    // designated bags sold at named shops, a store as a venue, a city giveaway at a store
    '指定ごみ袋は、ホームセンターみずま柳川店などの取扱店で販売中です（10枚入り税込400円）。ぜひお買い求めください。',
    'スーパーまるみつ本店の駐車場で、献血を行います。ご協力をお願いします。',
    'ドラッグストアさくら駅前店で、税込500円以上お買い上げの方に市の防犯グッズを配布します。',
  ])('keeps clean %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('decency: blind wave 94 kinds (dec94: R453E-013, R456H-011, R453E-031, R453E-049, R456H-040), "those people" after a foreign group told unwanted or unworthy of aid, a sex said mostly unable and a task ordered by it, the old said to slow an event and an age cap set, 老害 spelt with ー', () => {
  const flagged = (text: string) => summary(findingsOf(decency, text)).filter((s) => s.includes(':block:') || s.includes(':warn:'))
  it.each([
    // a foreign group named, then "those people" told unwanted or unworthy of public money or aid (rules/decency/foreigners-and-peoples.ts)
    ['駅前の寮は留学生だらけで夜もにぎやかすぎる。あんな連中にはこの町に住んでほしくない。', 'decency/discriminatory:block'],
    ['ネパール人の店員が増えたコンビニ、ああいう人たちのために市の予算を回すのはもったいない。', 'decency/discriminatory:block'],
    ['ベトナムから来た実習生のアパートの話です。そういう人たちは家賃補助の対象から外すべきだと思います。', 'decency/discriminatory:block'],
    ['技能実習生の寮はごみ出しがいい加減なので、ごみ袋の配布の対象から外すべきです。', 'decency/discriminatory:block'],
    // a sex said mostly unable at a skill, and the other sex put first or in charge for it (gender-roles-and-sexuality.ts)
    ['女性はパソコンが苦手な人が多いので、新システムの操作研修は男性職員から順に行います。', 'decency/discriminatory:block'],
    ['男は細かい作業がへたな人が多いから、受付の準備は女性スタッフに任せました😅', 'decency/discriminatory:block'],
    ['女子は運転が下手なのが多いけん、公用車の鍵は男性職員にだけ渡しとります。', 'decency/discriminatory:block'],
    // the old said to slow the rest when they come, then an age cap (sentence-kinds.ts)
    ['お年寄りが混じるとペースが落ちるので、ウォーキング大会は65歳未満の方に限らせていただきます。', 'decency/discriminatory:block'],
    ['スマホ教室は、シニアの方がいると説明に時間がかかるため、50歳以下の方を対象とします。', 'decency/discriminatory:block'],
    ['年配の参加者がいると手間取るので、今年のワークショップは40歳までの方のみです。', 'decency/discriminatory:block'],
    // 老害 in hiragana with the long-vowel mark (sentence-kinds.ts)
    ['図書館の新聞コーナー、朝からろーがいが占領してて座れない😩', 'decency/discriminatory:block'],
    ['バスの優先席でろーがい同士がケンカしてたｗ', 'decency/discriminatory:block'],
    ['あの課長、完全にろうがいだよね', 'decency/discriminatory:block'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each([
    // a group served, "those people" with no group before, a limit by income
    '外国人の技能実習生の方も、省エネ家電の購入補助の対象になります。多言語の案内をご覧ください。',
    '外国人住民向けの生活ガイドを、やさしい日本語と英語で配布しています。',
    '振り込め詐欺を繰り返すああいう人たちに税金を使う必要はない、という声が寄せられています。',
    '所得の高い世帯は補助の対象から外すべきだという意見もあり、制度を見直しています。',
    // a skill course for one sex with its reason, a share told with no order, a health check by sex
    '女性限定の健康講座を開きます。講師も女性の保健師です。',
    '女性は機械が苦手という思い込みをなくすため、女性職員から先にドローン研修を行います。',
    '男性は健診を受けていない人が多いので、男性の方から先に個別にご案内します。',
    // age limits by law or safety, the pace told to all
    '20歳未満の方は飲酒できません。年齢確認にご協力ください。',
    '小学生以下は保護者同伴でご参加ください。',
    '体力を使うプログラムのため、18歳以上60歳未満の方に限定させていただきます。',
    'ご高齢の方もいらっしゃるので、進行はゆっくりめにします。どなたでもご参加ください。',
    // a name before が (たろうがいる), 廊下 and うがい
    'うちには、たろうがいるので寂しくありません。',
    '手洗いとうがいを忘れずに。廊下は走らないでね。',
  ])('keeps clean %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('decency: blind wave 95 kinds (dec95: R457J-010, R457J-019, R457J-024, R457J-057, R458K-054), a disabled group\'s work called poor, women\'s looks as what fires the speaker up, a named shop ranked best in town and visits urged, land valued by its nearness to 部落, a foreign group said to lack the very notion of manners', () => {
  const flagged = (text: string) => summary(findingsOf(decency, text)).filter((s) => s.includes(':block:') || s.includes(':warn:'))
  it.each([
    // a disabled group's products judged poor as such (rules/decency/age.ts)
    ['障害のある方が作る商品って、どうしてもクオリティが低いんですよね。', 'decency/discriminatory:block'],
    ['作業所の製品は出来がいまいちだから、贈答用には向かないと思う。', 'decency/discriminatory:block'],
    ['障がい者の皆さんが作ったお菓子は味がイマイチで、正直あまり売れません。', 'decency/discriminatory:block'],
    // the women or the good-looking among participants as what fires the speaker up (lookism.ts LOOKS_LIFT)
    ['今日の出前講座、きれいな方がたくさん来てくれると、講師もやる気が出ますね😊', 'decency/lookism:warn'],
    ['窓口に女性のお客さんばかりだと、職員のテンションも上がります！', 'decency/lookism:warn'],
    ['見学会は若い女の子の参加者が多かったので、ガイドの舌もよく回っていました。', 'decency/lookism:warn'],
    // a named shop ranked the best of the town or region, visits urged (conduct-and-crude.ts PLACE_BEST)
    ['「めがねの松本」さんは品ぞろえが県内一！お近くの方はぜひ一度のぞいてみてください。', 'decency/conduct:warn'],
    ['リフォームなら『大川住建』さんが筑後でいちばん丁寧です。ぜひお問い合わせを。', 'decency/conduct:warn'],
    ['「花屋フローラ」さん、ブーケのセンスは久留米イチ✨ 母の日の花束はぜひこちらで！', 'decency/conduct:warn'],
    // land valued by its nearness to 部落 or 同和地区, in either order (buraku-and-districts.ts LAND_NEAR)
    ['あの空き家、同和地区のすぐ隣だけに、借り手がなかなか見つからないそうです。', 'decency/discriminatory:block'],
    ['川沿いの土地は部落のそばやけん、どうしても値段が安うなるとよ。', 'decency/discriminatory:block'],
    ['旧同和地区に隣接しているせいか、この団地は入居者がいないまま。', 'decency/discriminatory:block'],
    ['坪単価が低いのは、被差別部落に近いこともあってでしょう。', 'decency/discriminatory:block'],
    // a foreign group said to lack manners as a whole, through という / って or a sweeping want of sense (group-prejudice.ts HABIT_LACK)
    ['川下りの乗り場で騒いでいたのは外国の団体客でした。あの人たちって、順番を守るっていう考えがないんでしょうね。', 'decency/discriminatory:block'],
    ['技能実習生たちには常識がないので、寮の周りがいつも散らかっています。', 'decency/discriminatory:block'],
    ['ブラジルの人たちはルールという観念がまるでない。', 'decency/discriminatory:block'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text)).toEqual(expect.arrayContaining([expect.stringContaining(expected)]))
  })
  it.each([
    // purchasing from disability facilities, quality praised or improved, the prejudice named
    '障がい者施設の製品を優先調達します。品質の高い製品をぜひご利用ください。',
    '就労支援事業所で作られたパンは、品質が高く人気です。',
    '障害者就労施設の製品は品質が低いという偏見をなくし、積極的に購入しましょう。',
    '福祉施設の製品の品質向上のため、専門家によるアドバイスを行っています。',
    // a cause other than the makers named for a poor result: a bad season, a first try, a broken machine
    '実習生が作った野菜は、天候不順で出来がいまいちでした。来年に期待です。',
    '作業所の皆さんが作ったクッキーは、初めての挑戦で仕上がりが今ひとつでしたが、味は好評でした。',
    '福祉施設で作った製品は、機械の故障で今回は品質が不安定になり、出荷を延期します。',
    // participants counted plainly, zeal with no sex or looks named
    '女性の参加者が多く、活発な意見交換ができました。',
    '若い方が多いと、会場に活気が出ますね。',
    '地元の高校生が多く参加してくれたので、スタッフも気合いが入りました。',
    // the city's list of shops, a shopping street's event, a shop's contest result
    '市内の参加店舗一覧はこちらです。「いちご農園さくら」さんなど20店舗でプレミアム商品券が使えます。',
    '商店街の夏祭りでは、全店舗が出店します。日本一長いのり巻きづくりにも挑戦！ぜひお越しください。',
    '「柳川いちご狩り園」さんで、今年もいちご狩りが始まりました。',
    // 部落 named to end discrimination, as a hamlet, land priced by ordinary reasons
    '「部落に近いから土地が売れない」という考えは部落差別です。土地差別をなくしましょう。',
    '部落差別解消推進法にもとづき、同和問題の啓発パネル展を開きます。',
    '各部落の近くにバス停があるので、買い物にも便利です。',
    '空き家バンクの物件は、駅から遠いため価格を下げています。',
    // manners taught or learned together, children's traffic sense
    '外国人観光客の皆さんに、日本のマナーを伝えるパンフレットを作りました。',
    '留学生の皆さんと、ごみ出しのルールについて一緒に学びました。違いを学ぶ良い機会になりました。',
    '子どもたちには、交通ルールという意識がまだ薄いので、見守りをお願いします。',
  ])('keeps clean %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})
