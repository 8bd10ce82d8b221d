import { describe, expect, it } from 'vitest'
import { unofficial } from '../../../src/engine/rules/unofficial'
import { findingsOf, summary } from '../helpers'
import type { CheckContext } from '../../../src/engine'

describe('unofficial (5(1))', () => {
  const invalid: Array<[string, string[]]> = [
    // Blind R431G-019 kind (wave 87): らしい drawn out in casual or a mascot's speech (らしー, らしぃ)
    ['ねえねえ、近所のおばちゃんに聞いたんだけど、再来年には市民プールがなくなるらしーよ😢', ['unofficial/rumour:warn:なくなるらしー']],
    ['やっほー！来月から市役所の駐車場が有料になるらしーです！', ['unofficial/rumour:warn:なるらしー']],
    ['図書館の休館日、4月から月曜じゃなくて火曜に変わるらしぃよ〜', ['unofficial/rumour:warn:変わるらしぃ']],
    // Blind R432H-021 kind (wave 87): a service of the city said to become possible at an occasion to come, second-hand
    ['図書館の人から聞いたんだけど、次のシステム入れ替えで本の予約がスマホからできるようになるみたい。', ['unofficial/rumour:warn:なるみたい']],
    ['体育館、改修後はキャッシュレスで利用料が払えるようになるって係長が言ってました。', ['unofficial/rumour:warn:って係長が言ってました']],
    ['税務課の人に聞いたら、来年度から固定資産税もスマホで納付できるようになるって！', ['unofficial/rumour:warn:なるって']],
    // Blind R434K-032 kind (wave 87): a development no one announced, foretold on a vague horizon
    ['この勢いなら近い将来、インターの近くに大きな工場が進出してくるはず。', ['unofficial/forecast:warn:進出してくるはず']],
    ['いずれは三橋のあたりに新駅ができるはずです！今のうちに土地を見ておくのもありかも？', ['unofficial/forecast:warn:できるはずです']],
    ['ここ数年で若い世帯が増えましたし、あと数年もすれば人口も増加に転じるはずです。', ['unofficial/forecast:warn:転じるはずです']],
    ['ゆくゆくは駅の東側にアウトレットができて、観光客もぐっと増えると思いますよ。', ['unofficial/forecast:warn:増えると思います']],
    // Blind R434K-053 kind (wave 87): a measure raised or cut (上げます, 下げます, 増やします) while the council is conceded to be deliberating it
    ['来年度から、指定ごみ袋の値段を1枚40円に上げます。手数料条例の改正案はいま委員会で審議中ですが、まず通ると思います。', ['unofficial/undecided:warn:審議中ですが', 'unofficial/forecast:warn:通ると思います']],
    ['4月からコミュニティバスの本数を1日20便に増やします。現在、議会で審議中ですけど、大きな反対はありません。', ['unofficial/undecided:warn:審議中ですけど']],
    ['令和8年度より、第2子の保育料を月額5,000円下げます。市議会で審議中ですが、ご期待ください！', ['unofficial/undecided:warn:審議中ですが']],
    // Blind R431G-009 kind stays strict: a change beside a procedure, a works' length
    ['来年度から交付手数料は500円に値上げされる見込みです。', ['unofficial/forecast:warn:見込み']],
    ['補助金の申請受付は、来年度から廃止される見込みです。', ['unofficial/forecast:warn:見込み']],
    // Blind R432H-053 kind (wave 87): an advantage in the city's own selection promised for taking part
    ['市の職員採用試験、ボランティア活動に参加しておくと選考で優遇されますよ！', ['unofficial/personal-view:warn:選考で優遇されます']],
    ['市役所の就業体験に来てくれた学生さんは、採用面接でかなり有利です😊', ['unofficial/personal-view:warn:採用面接でかなり有利です']],
    ['うちの課の説明会に参加した人は、職員採用の二次試験で加点されるので、ぜひ！', ['unofficial/personal-view:warn:採用の二次試験で加点される']],
    ['市のインターンを経験しておけば、採用試験にも通りやすくなりますよ！', ['unofficial/personal-view:warn:採用試験にも通りやすくなります']],
    // Blind R406F-031, R406F-053 kinds: a date, a venue or a start told as likely while the answer is awaited or nothing is formal yet
    ['秋の文化祭は10月12日の土曜、市民ホールで開催できそうです。ホールからの回答待ちですが、ひとまずご予定ください。', ['unofficial/unannounced:warn:秋の文化祭は10月12日の土曜、市民ホールで開催できそうです']],
    ['移動図書館の巡回は、たぶん春にはスタートすると思います。まだ正式ではないですが、お楽しみに。', ['unofficial/unannounced:warn:移動図書館の巡回は、たぶん春にはスタートすると思います']],
    ['防災講座は12月7日の日曜、蒲池公民館でやれそうです。公民館の許可待ちですが、予定に入れておいてください。', ['unofficial/unannounced:warn:防災講座は12月7日の日曜、蒲池公民館でやれそうです']],
    // Round 40: げな after any verb, the rainy season is no weather talk; outsourcing as a change; a cause the city "thinks" with no inquiry
    ['業者さんの話やと来年の梅雨まではかかるげな。', ['unofficial/rumour:warn:かかるげな']],
    ['工事は来年まで続くげな。', ['unofficial/rumour:warn:続くげな']],
    ['来月から業者に委託するとになるかもしれません。', ['unofficial/forecast:warn:なるかもしれ']],
    ['正直なところ窓口の人員不足が原因だと市は考えています。', ['unofficial/personal-view:warn:が原因だと市は考えて']],
    // a move still to come told in the past tense of a decision (就任することになりました)
    ['4月の人事異動で、観光課長には今の商工振興課長が就任することになりました。', ['unofficial/personnel:warn:4月の人事異動で']],
    // the city's stance as a colloquial verdict: one thing ranked far above another, a cause the city "sees"
    ['市としては、アンケートよりも、先生が毎日子どもの顔を見ることの方がずっと大事だと考えています。', ['unofficial/personal-view:warn:市としては、アンケートよりも、先生が毎日子どもの顔を見ることの方がずっと']],
    ['柳川市としては、ノリの色落ちは河川の水質悪化が主な原因だと見ています。', ['unofficial/personal-view:warn:柳川市としては、ノリの色落ちは河川の水質悪化が主な原因だと見て']],
    // round 39: hearsay before a dialect ending
    ['改修の工期が半年ぐらい延びるみたいですばい。', ['unofficial/rumour:warn:延びるみたい']],
    // a forecast and hearsay with their endings spelt in katakana
    ['私事ですが、4月から企画課へ異動になりソウデス。', ['unofficial/forecast:warn:なりソウデス']],
    ['来月から無料になるミタイデスよ', ['unofficial/rumour:warn:なるミタイ']],
    // sentences parted by a space only (no 。)
    ['駅前の再開発、どうやら来年の秋に着工らしいです 楽しみですね', ['unofficial/rumour:warn:着工らしい']],
    // Round 38: an ordinance's enactment forecast; 筑後弁 hearsay (げな) about a change from this year
    ['多頭飼育に罰則を設ける条例は、来年度中に制定される見込みです。', ['unofficial/forecast:warn:見込み']],
    ['採用試験、今年から面接が3回になるげな。', ['unofficial/rumour:warn:なるげな']],
    // Round 38: hearsay in romaji after Japanese; a cause passed on as hearsay (…が原因みたい); a stance marked as a private view
    ['潮干狩り会場、来年から閉鎖になる rashii desu…', ['unofficial/rumour:warn:なる rashii']],
    ['体育館が休館になる mitai です', ['unofficial/rumour:warn:なる mitai']],
    ['道路の陥没は、近くの工事の施工ミスが原因みたいです。', ['unofficial/rumour:warn:原因みたい']],
    ['昨夜の停電、変電所の点検不足が原因らしいです。', ['unofficial/rumour:warn:原因らしい']],
    ['柳川市としては、式典は20歳で行うのが当然だと考えています。（私見も入っていますが）', ['unofficial/personal-view:warn:柳川市としては、式典は20歳で行うのが当然だと考えて']],
    // an opinion opened by a bare 正直、 then the city said to lean that way; hearsay in 筑後弁 (っち話)
    ['正直、政務活動費は議員さんに今ほど必要ないと思うんです。市としても減額の方向で考えていると言っていいと思います。', ['unofficial/personal-view:warn:市としても減額の方向で考えて']],
    ['中央公園の遊具、来年には全部撤去されるっち話ばい。', ['unofficial/rumour:warn:部撤去されるっち話']],
    // a cause laid on a group, then the city said to think so too; a council's vote foretold
    ['投票率が低いのは、若い世代が地元のことに関心を持っていないからです。柳川市としてもそのように考えています。', ['unofficial/personal-view:warn:柳川市としてもそのように考えて']],
    ['多頭飼育を規制する条例、9月議会で可決されるのはほぼ確実です。', ['unofficial/forecast:warn:ほぼ確実']],
    ['条例案は9月議会で可決される見込みです。', ['unofficial/forecast:warn:見込み']],
    // the city's own current practice judged wrong by the writer
    ['毎年お金をかけて人を集める今のやり方は、正直おかしいと思います。', ['unofficial/personal-view:warn:今のやり方は、正直おかしいと思']],
    ['今の制度は正直、無駄だと感じます。', ['unofficial/personal-view:warn:今の制度は正直、無駄だと感じ']],
    ['市の方針って、どう考えても納得できません。', ['unofficial/personal-view:warn:市の方針って、どう考えても納得できません']],
    // the cause of a harm passed on as hearsay (原因は…みたい／らしい)
    ['今年の海苔の色落ち、原因は筑後川の水量不足みたいです。', ['unofficial/rumour:warn:水量不足みたい']],
    ['停電の原因はカラスの巣だったみたいです。', ['unofficial/rumour:warn:巣だったみたい']],
    ['原因は水量不足らしいです。', ['unofficial/rumour:warn:水量不足らしい']],
    // a deliberation said to go on, then its outcome stated as certain
    ['水道料金審議会での議論はまだ続いていますが、来年4月から約2割の値上げになります。', ['unofficial/undecided:warn:議論はまだ続いて']],
    ['審議会ではまだ審議中ですが、来年度から料金は2割上がります。', ['unofficial/undecided:warn:審議中ですが']],
    ['まだ議会で審議中ですが、4月からバス路線は廃止になります。', ['unofficial/undecided:warn:審議中ですが']],
    // Round 25: one person's verdict on the city's affairs
    ['個人的には、柳川市の財政はもう破綻寸前だと思っています。', ['unofficial/personal-view:warn:破綻']],
    ['個人的には、あの補助金は無駄だと思いますね。', ['unofficial/personal-view:warn:無駄']],
    // Round 24: talk among the staff passed on
    ['台風12号について、職員の間では「柳川直撃はほぼ確実」と言われています。', ['unofficial/rumour:warn:職員の間では「柳川直撃はほぼ確実」と言われてい']],
    ['職員同士の間では、来年度の体育館建て替えはもう決まったも同然と言われています。', ['unofficial/rumour:warn:職員同士の間では、来年度の体育館建て替えはもう決まったも同然と言われてい']],
    // Round 23: the city's view said to be about the same as one's own; a market price passed on second-hand
    ['私としては、駐車場は有料化すべきだと思います。市の考えとしてもおおむね同じです。', ['unofficial/personal-view:warn:市の考えとしてもおおむね同じ']],
    ['正直なところ、夏祭りは縮小したほうがいいと思う。役所の方針もまあそんな感じやけど。', ['unofficial/personal-view:warn:役所の方針もまあそんな感じ']],
    ['個人的な意見ですが、図書館の開館時間は延ばすべきと思っています。市の認識もほぼ近いです。', ['unofficial/personal-view:warn:市の認識もほぼ近いです']],
    ['私見ですが、成人式は平日でもいいと思うんです。課内でもみんな同じ意見です。', ['unofficial/personal-view:warn:課内でもみんな同じ意見です']],
    ['個人的には、公民館の予約はネットだけでいいと思う。上の人たちも同じ考えみたいです。', ['unofficial/personal-view:warn:上の人たちも同じ考えみたい']],
    ['個人的には、ごみ袋はもっと安くていいと思います。市としても大体そういう認識です。', ['unofficial/personal-view:warn:市としても大体そういう認識']],
    ['来年はガソリン代がもっと高くなるらしいよ。', ['unofficial/rumour:warn:高くなるらしい']],
    ['今年は柑橘の価格が高騰するらしいですよ。', ['unofficial/rumour:warn:高騰するらしい']],
    ['来月から卵が品薄になるみたいです。', ['unofficial/rumour:warn:なるみたい']],
    ['米の値段が上がるって聞きました。', ['unofficial/rumour:warn:って聞きました']],
    ['来年度の廃止はもう決まったと思います。', ['unofficial/forecast:warn:決まったと思います']],
    // Told by a superior (〜と言われた: the writer's own experience, not a saying passed down): the hearsay after it still counts.
    ['係長に「内緒だよ」と言われた話ですが、来年度から窓口の受付時間が短くなるらしいです。', ['unofficial/rumour:info:内緒', 'unofficial/rumour:warn:短くなるらしい']],
    // Round 22: the city's stance, then one's own agreement; a personal view the city says it will follow
    ['柳川市としては、職員の副業規制はもはや時代遅れだと考えています。個人的にも、早く撤廃すべきだと思います。', ['unofficial/personal-view:warn:柳川市としては、職員の副業規制はもはや時代遅れだと考えて']],
    // Round 21: hearsay in half-width katakana; the city's stance as one's feeling; certain while the budget has not passed
    ['ﾄﾞｯｸﾞﾗﾝは夏ごろｵｰﾌﾟﾝﾗｼｲです。', ['unofficial/rumour:warn:ｵｰﾌﾟﾝﾗｼｲ']],
    ['飲酒トラブルを見ると、市としてはもう式典自体やめるべきだと思っています。', ['unofficial/personal-view:warn:市としてはもう式典自体やめるべきだと思っています']],
    ['まだ議会で予算は通っていませんが、有料観覧席は来年から確実に導入されます。', ['unofficial/undecided:warn:予算は通っていません']],
    // Round 20: a personal view in the city's stance, the council still to come, hearsay about who takes a post
    ['正直なところ、柳川市としては、給付金を配るより水道料金を据え置くほうが市民のためになったと考えています。', ['unofficial/personal-view:warn:柳川市としては、給付金を配るより水道料金を据え置くほうが市民のためになったと考えて']],
    ['来年から市民農園の利用料は無料になります！（議会はこれからですが）', ['unofficial/undecided:warn:議会はこれから']],
    ['新しい観光課長は、県からの出向の方に決まったって話です。', ['unofficial/rumour:warn:って話です']],
    // the post's own aside stays a rumour
    ['内緒ですが、来年は市民プールがなくなるらしいです。', ['unofficial/rumour:warn:内緒', 'unofficial/rumour:warn:なくなるらしい']],
    ['個人的には、図書館は夜9時まで開けるべきだと思います。市としても、いずれそうなるはずです。', ['unofficial/personal-view:warn:市としても、いずれそうなる']],
    ['個人的には、駐輪場は無料にすべきだと思っています。正直、これが市の本音です。', ['unofficial/personal-view:warn:これが市の本音']],
    ['来年度から給食費の無償化が決まりました！まだ議会と協議中ですが、ほぼ確定です。', ['unofficial/undecided:warn:協議中']],
    // the city's stance, marked as one person's view
    ['市としては、プールの有料化はやむを得ないと考えています。（※担当者個人の意見です）', ['unofficial/personal-view:warn:市としては、プールの有料化はやむを得ない']],
    ['係長としての考えですが、公民館の使用料は見直すべきだと思います。市としてもその方向で動いています。', ['unofficial/personal-view:warn:市としてもその方向']],
    // a new building said to be coming, passed on (ができるみたい, が建つらしい)
    ['来年、駅前に新しい図書館が建つらしいよ。', ['unofficial/rumour:warn:建つらしい']],
    ['運動公園の横に大きな駐車場ができるみたいです。', ['unofficial/rumour:warn:できるみたい']],
    // a change in other forms (見直される, 引き上げ, 転用, 来年度が最後) and a forecast said with だろうと考え
    ['まだ何も決まっていませんが、学童保育の利用料は上がるだろうと考えています。', ['unofficial/undecided:warn:まだ何も決まっ', 'unofficial/forecast:warn:上がるだろうと考え']],
    ['図書館の分館は、来年度が最後になるかもしれません。', ['unofficial/forecast:warn:なるかもしれ']],
    ['市営住宅の家賃は来年度から引き上げの見込みです。', ['unofficial/forecast:warn:見込み']],
    ['旧小学校の跡地は、いずれ福祉施設に転用されることになろうかと思います。', ['unofficial/forecast:warn:転用されることになろう']],
    ['運動公園の利用ルールが見直されるかもしれないそうです。', ['unofficial/forecast:warn:見直されるかもしれ']],
    // a personal view given as the city's; a decision announced while the post says it is still before the council
    ['私見ですが、公民館の駐車場はもっと広げるべきだと思います。市としてもその方向で検討を進めています。', ['unofficial/personal-view:warn:市としてもその方向']],
    ['担当者個人としては、川下りの料金は据え置くべきだと考えています。当課としても同じ考えです。', ['unofficial/personal-view:warn:当課としても同じ']],
    ['個人的には、防犯灯を増やしたほうがいいと感じています。市も設置を進めます。', ['unofficial/personal-view:warn:市も設置']],
    ['新しい学校給食センターの建設が決まりました！詳細は現在、市議会で審議されています。', ['unofficial/undecided:warn:審議されています']],
    ['来年度から子ども医療費が無料になることが決定しました（予算成立前のため変更の可能性があります）。', ['unofficial/undecided:warn:予算成立前']],
    ['次の花火大会、会場がまるっと変わるかも⁉️ 上の人たちが話してるのを聞いちゃった👂💭', ['unofficial/rumour:warn:話してるのを聞いちゃ']],
    ['指定ごみ袋の値上げ、たぶん10月からになります。まだ議会に出す前ですが、心の準備をお願いします。', ['unofficial/undecided:warn:議会に出す前']],
    ['まだ決まっとらんけど、三橋庁舎の窓口は再来年で閉めるごたるよ。', ['unofficial/undecided:warn:まだ決まっとらん', 'unofficial/rumour:warn:閉めるごたる']],
    // Hearsay in 筑後弁 (らしか, っちゅう話) and about changes told as hearsay
    ['来年は花火ばなくすっちゅう話になっとるらしかばい。さびしかね〜', ['unofficial/rumour:warn:花火ばなくすっちゅう話', 'unofficial/rumour:warn:るらしか']],
    ['市長さん、次の選挙には出ないみたいだワン。', ['unofficial/rumour:warn:出ないみたい']],
    // Voices that pass on a change (the clause before という声 says it).
    ['来年度で図書館の分館が閉館するという声があります。', ['unofficial/rumour:warn:という声が']],
    // Hearsay endings spelt in katakana (half-width ﾗｼｲ is ラシイ after normalisation).
    ['西鉄柳川駅に新しい観光案内所ができるﾗｼｲですよ！', ['unofficial/rumour:warn:できるﾗｼｲ']],
    ['来月から無料になるミタイですよ', ['unofficial/rumour:warn:なるミタイ']],
    // Evasion: spaced-out う わ さ, らしい after a stage word, みたい after ほぼ確定.
    ['う わ さ では、市民プールが廃止されるとか', ['unofficial/rumour:warn:う わ さ','unofficial/rumour:warn:廃止されるとか']],
    ['来年度から川下りが値上げになる方向で調整中らしい', ['unofficial/undecided:warn:方向で調整']],
    ['課長の異動、ほぼ確定みたい', ['unofficial/forecast:warn:ほぼ確定']],
    ['図書館が閉館するという話は、職員の間ではもう常識です。', ['unofficial/rumour:warn:という話は']],
    // Fourth round: hearsay after an ellipsis or a bare noun (値上げらしい), idioms of a foregone decision (も同然, 秒読み,
    // 時間の問題), 予定らしい, 内定済みとか.
    ['来年度から、市営駐車場が有料になる方向で最終調整中', ['unofficial/undecided:warn:調整中']],
    ['来年から川下りの料金が上がる…らしい。', ['unofficial/rumour:warn:上がる…らしい']],
    ['川下り、値上げらしい', ['unofficial/rumour:warn:値上げらしい']],
    ['体育館の建て替え、決まったっぽい', ['unofficial/rumour:warn:決まったっぽい']],
    ['噂だけど図書館が移転とか', ['unofficial/rumour:warn:噂']],
    ['駅前の広場、来年には無くなっちゃうんだって〜', ['unofficial/rumour:warn:くなっちゃうんだって']],
    ['給食費の値上げ、もう決まったも同然です', ['unofficial/forecast:warn:決まったも同然']],
    ['市民プールの廃止は秒読みです', ['unofficial/forecast:warn:秒読み']],
    ['支所の統合は時間の問題でしょう', ['unofficial/forecast:warn:時間の問題']],
    ['新図書館の場所は沖端地区で内定済みとか', ['unofficial/undecided:warn:内定']],
    ['来年度、ごみ収集が週２回に減る予定らしいです', ['unofficial/rumour:warn:予定らしい']],
    // Third round: 議論中 about a change, a guess about a change (有料化されると思います).
    ['来年度から川下りが予約制になるかどうか、今まさに議論中です', ['unofficial/undecided:warn:議論中']],
    ['たぶん来年から駐車場は有料化されると思います', ['unofficial/forecast:warn:有料化されると思います']],
    ['真偽はわかりませんが、白秋祭が2日間に短縮されるとか', ['unofficial/rumour:warn:短縮されるとか']],
    ['次の異動で観光課長が交代するとささやかれています', ['unofficial/personnel:warn:次の異動で']],
    // Second round: 方針を固めた/最終調整/固まった told second-hand, dialect and casual endings (らしいっす), a character's voice.
    ['川下りの料金、来年度から上げる方針を固めたようです。', ['unofficial/undecided:warn:方針を固め']],
    ['新しい観光大使は〇〇さんで最終調整に入ったとか。', ['unofficial/rumour:warn:入ったとか']],
    ['市民プールの廃止、ほぼ固まったみたいだよ〜', ['unofficial/rumour:warn:固まったみたい']],
    ['白秋祭の花火、今年は見送りになりそう。', ['unofficial/forecast:warn:なりそう']],
    ['次の副市長は教育長が濃厚らしいっす。', ['unofficial/rumour:warn:濃厚らしい']],
    ['駅前の再開発、延期なんだって！', ['unofficial/rumour:warn:延期なんだって']],
    ['図書館が移転するってウワサを聞いたよ', ['unofficial/rumour:warn:移転するって','unofficial/rumour:warn:ウワサ']],
    ['さげもんちゃんだよ〜 来年から川下りの新しいコースができるって！', ['unofficial/rumour:warn:できるって']],
    ['噂レベルですが、給食センターが民営化されるかも。', ['unofficial/rumour:warn:噂','unofficial/forecast:warn:民営化されるかも']],
    // Generalisation: talk of a plan coming up (話/構想が出ている, 持ち上がって), conjecture passed on (〜んじゃないかと言われ),
    // reported information (との情報/との声/って話、), a status noun before らしい (つもりらしい), a service ending at a period (今年度いっぱいで終わる).
    ['来年度から川下りの乗船料金を引き上げる方向で話が進んでいます。', ['unofficial/forecast:warn:方向で話が']],
    ['市民会館、建て替えの話が出ているようです。', ['unofficial/unannounced:warn:話が出て']],
    ['図書館の開館時間が延びるとか。', ['unofficial/rumour:warn:延びるとか']],
    ['次の市長選に副市長が出るんじゃないかと言われています。', ['unofficial/unannounced:warn:るんじゃないかと言われ']],
    ['白秋祭、今年は規模を縮小するって聞きました。', ['unofficial/rumour:warn:って聞きました']],
    ['来月から駐車場が有料になるとの情報が入っています。', ['unofficial/rumour:warn:との情報が']],
    ['給食費、来年から上がるっぽいです。', ['unofficial/rumour:warn:上がるっぽい']],
    ['噂では、駅前に大型商業施設ができるそうですよ。', ['unofficial/rumour:warn:噂', 'unofficial/rumour:warn:できるそうです']],
    ['小学校の統合、ほぼ決まりと聞いています。', ['unofficial/forecast:warn:ほぼ決まり','unofficial/rumour:warn:と聞いてい']],
    ['課長が4月で辞めるって話、本当なのかな？', ['unofficial/rumour:warn:って話']],
    ['まだ内緒ですが、有名人が観光大使になるかもしれません！', ['unofficial/rumour:warn:内緒','unofficial/forecast:warn:なるかもしれ']],
    ['水上バスの運航が来年度で終わるかもしれないとのことです。', ['unofficial/forecast:warn:終わるかもしれ']],
    ['どうやら保育料が無料化されるようです。', ['unofficial/forecast:warn:無料化されるようです']],
    ['来春には、駅前の再開発が動き出すと耳にしました。', ['unofficial/rumour:warn:と耳にし']],
    ['関係者から聞いた話では、花火大会は8月に延期になる模様です。', ['unofficial/rumour:warn:聞いた話では']],
    ['市長、次は出ないつもりらしいよ。', ['unofficial/rumour:warn:つもりらしい']],
    ['温水プールは来年の夏で閉鎖になるとの声も。', ['unofficial/rumour:warn:との声も']],
    ['図書館の統合の構想が持ち上がっているみたいです。', ['unofficial/unannounced:warn:構想が持ち上が']],
    ['水上バス、今年度いっぱいで終わりになるって噂です。', ['unofficial/rumour:warn:噂']],
    ['温水プールは来年の夏で閉鎖になるとの声も。', ['unofficial/rumour:warn:との声も']],
    ['来年度の予算、観光課はかなり削られるのではないかと見られています。', ['unofficial/unannounced:warn:るのではないかと見られ']],
    ['駅前のホテル、撤退するんじゃないかって話だよ。', ['unofficial/rumour:warn:って話だ']],
    ['保育園の統廃合の話が出ているので、保護者の皆さんは覚悟しておいたほうがいいかも。', ['unofficial/unannounced:warn:話が出て','unofficial/forecast:warn:いいかも']],
    ['来年からごみ袋が値上がりするとの情報あり！', ['unofficial/rumour:warn:との情報あり']],
    ['中学校の給食、来年度は業者が変わるという噂を耳にしました。', ['unofficial/rumour:warn:噂']],
    ['課長、3月末で辞めるらしいですよ。', ['unofficial/rumour:warn:辞めるらしい']],
    ['図書館の日曜開館、年度末で取りやめになるみたい。', ['unofficial/rumour:warn:なるみたい']],
    // Other wordings of the same kinds.
    ['白秋祭のフィナーレに花火が復活するって噂、本当みたいですよ！', ['unofficial/rumour:warn:噂', 'unofficial/rumour:warn:本当みたい']],
    ['新しい観光大使は地元出身の俳優さんになる予定らしいです。', ['unofficial/rumour:warn:予定らしい']],
    ['市長が来年の選挙に出ないと聞きました。', ['unofficial/rumour:warn:と聞きました']],
    ['コロナワクチンは打たないほうがいいらしいよ', ['unofficial/rumour:warn:いいらしい']],
    ['今年の白秋祭の花火、中止になるらしいです…。', ['unofficial/rumour:warn:なるらしい']],
    ['新庁舎の建設、延期になるかもしれません。', ['unofficial/forecast:warn:なるかもしれ']],
    ['来月から市営駐車場が有料化されるとのことです。', ['unofficial/forecast:warn:有料化されるとのこと']],
    ['観光課長、4月で異動だってさ〜寂しくなるね', ['unofficial/rumour:warn:異動だって']],
    ['市民プールの廃止がほぼ決まったみたいです。', ['unofficial/rumour:warn:決まったみたい']],
    ['新しいゆるキャラの名前、「ほりわりん2号」に内定しました！', ['unofficial/undecided:warn:内定']],
    ['学校の統廃合、来年度中に結論が出る見込みです。', ['unofficial/forecast:warn:見込み']],
    ['川下りの料金、来年から値上げする方向で話が進んでいるようです。', ['unofficial/forecast:warn:方向で話が','unofficial/forecast:warn:でいるようです']],
    ['図書館の新館建設は、現在調整中です。', ['unofficial/undecided:warn:調整中']],
    ['来年度、柳川市にも大型商業施設ができるらしいニャ～', ['unofficial/rumour:warn:できるらしい']],
    ['まだ内緒だけど、来月すごいゲストが来るよ！', ['unofficial/rumour:warn:内緒']],
    ['駅前再開発の計画案がまとまったようです（正式発表はまだ）', ['unofficial/forecast:warn:まったようです','unofficial/unannounced:warn:正式発表はまだ']],
    ['噂によると、夏祭りは今年で最後だそうです。', ['unofficial/rumour:warn:噂', 'unofficial/rumour:warn:最後だそうです']],
    // Undecided-stage words.
    ['新庁舎の移転は検討中です', ['unofficial/undecided:warn:検討中']],
    ['来年度予算の素案がまとまりました', ['unofficial/undecided:warn:素案']],
    ['図書館の統合について調整中とのこと。', ['unofficial/undecided:warn:調整中']],
    ['駅前の駐輪場、増設を検討中です！', ['unofficial/undecided:warn:検討中']],
    ['コミュニティバスの減便を検討中です。', ['unofficial/undecided:warn:検討中']],
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
    ['新しいロゴの候補に、高校生の作品が挙がっています。', ['unofficial/forecast:warn:候補に、高校生の作品が挙がって']],
    ['川下りの新コース、検討中です🚣 お楽しみに！', ['unofficial/undecided:warn:検討中']],
    ['来年度は見送りの公算が大きいです。', ['unofficial/forecast:warn:公算が大き']],
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
    ['新しい道の駅、大和町にできるってさ！', ['unofficial/rumour:warn:できるって']],
    ['市役所の移転、どうやら決まったみたいです。', ['unofficial/rumour:warn:決まったみたい']],
    ['来年の花火大会は中止になるそうです。', ['unofficial/rumour:warn:なるそうです']],
    ['駅前にカフェができるって話を聞きました。', ['unofficial/rumour:warn:って話を聞']],
    ['観光課の課長、春から企画課に行くって聞いた〜', ['unofficial/rumour:warn:って聞いた']],
    ['来年から駐車場が有料になると聞きました。', ['unofficial/rumour:warn:と聞きました']],
    ['来年度、市民プールは有料になるとか。', ['unofficial/rumour:warn:なるとか']],
    ['図書館の移転、決まったっぽい', ['unofficial/rumour:warn:決まったっぽい']],
    // not announced yet, said in dialect, then a guess
    ['説明会の日程はまだ出とらんですが、たぶん秋ごろになると思います。', ['unofficial/unannounced:warn:まだ出とらんですが']],
    ['開館日はまだ発表されとらんけど、たぶん四月やろうね。', ['unofficial/unannounced:warn:まだ発表されとらんけど']],
    // a forecast about a route or a reorganisation
    ['バス路線は、利用者が減っているため見直しの対象になる見通しです。', ['unofficial/forecast:warn:見通し']],
    ['小学校の再編は、再来年度になる見込みです。', ['unofficial/forecast:warn:見込み']],
    // what a private informant said is going to happen
    ['近所の方が教えてくださったとですけど、堀沿いの市道は年明けから車が通れんごとなるとのことです。', ['unofficial/forecast:warn:なるとのこと']],
    // an informal channel as the source, in any register (関係者筋, 電話で話した感じ, の間で話題, English)
    ['関係者筋によれば、県において港の再整備が検討されているとのことである。', ['unofficial/rumour:warn:関係者筋によれば']],
    ['補助金は来年度拡充されると関係者から聞きました。', ['unofficial/rumour:warn:関係者から聞']],
    ['会場を再来年から体育館に移す案が内々に検討されています。', ['unofficial/unannounced:warn:内々に検討']],
    ['消息筋の話では、駅前の再開発はもう動き出しているそうです。', ['unofficial/rumour:warn:消息筋の話では', 'unofficial/rumour:warn:出しているそうです']],
    ['県の担当者と電話で話した感じでは、補助金は今年で終わりそうです。', ['unofficial/rumour:warn:電話で話した感じでは', 'unofficial/forecast:warn:終わりそうです']],
    ['駅前に大きなホテルができるとかできんとか、もっぱらの評判です。', ['unofficial/rumour:warn:できるとかできんとか']],
    ['来年は花火大会がなくなるって、商店街の間で話題になってます', ['unofficial/rumour:warn:の間で話題']],
    ['Rumor has it the night market is coming back next summer!', ['unofficial/rumour:warn:Rumor has it']],
    // conclusions not yet reached, and a view or a date guessed anyway
    ['プールの存廃につき、結論は出ていないものの、廃止は避けられないと考える。', ['unofficial/unannounced:warn:結論は出ていないものの']],
    ['統合の時期は、まだはっきりしたことは申し上げられないのですが、再来年の春ごろになりそうです。', ['unofficial/unannounced:warn:まだはっきりしたことは申し上げられないのですが', 'unofficial/forecast:warn:なりそうです']],
    ['保育料を無料にする案は、庁内で前向きに進んでいます。議会に諮るのはこれからです。', ['unofficial/unannounced:warn:庁内で前向きに進', 'unofficial/unannounced:warn:議会に諮るのはこれから']],
    ['両開小は数年内に蒲池小と一体化することとなろう。', ['unofficial/forecast:warn:一体化することとなろう']],
    ['利用料は月額1,000円程度引き上げる方向で内部調整を進めている。', ['unofficial/forecast:warn:方向で内部調整']],
    ['市長は新しい排水機場の建設に踏み切るのではないかとみられています。', ['unofficial/unannounced:warn:るのではないかとみられ']],
    // damage reported second-hand in a disaster
    ['住民の方から、西堀川で車が2台流されたと聞きました。', ['unofficial/rumour:warn:と聞きました']],
    ['知り合いから聞いた話では、あの橋は来月から通れなくなるとのことです。', ['unofficial/rumour:warn:聞いた話では', 'unofficial/forecast:warn:通れなくなるとのこと']],
    // Round 19: a measure stated as settled while the council or budget is still to come; a personal view the city is said to share (そういう考え, 市の考えも同じ, 同様の考えでございます, そげな考え).
    ['4月から市内の全中学校でタブレットの持ち帰りが始まります！関連予算はまだ議会を通っていませんが、準備は進んでいます。', ['unofficial/undecided:warn:議会を通っていません']],
    ['来年度より、第3子以降の保育料を完全無料にいたします。なお、関連議案は6月議会に提出予定です。', ['unofficial/undecided:warn:提出予定']],
    ['新しか子育て支援センターば駅前に作ることが決まったばい！議会ば通っとらんけど、もう決まりたい。', ['unofficial/undecided:warn:議会ば通っとらん']],
    ['令和9年度から市営プールは有料になります。条例改正案は12月議会で審議される予定です。', ['unofficial/undecided:warn:12月議会で審議']],
    // A measure stated with its own verb, not only する/なる (…桟敷席を設けます, …運行を行います), while its bill or budget is still to come.
    ['10月からは、水上パレードの沿道に有料の桟敷席を設けます。関連議案は9月議会に提出予定です。', ['unofficial/undecided:warn:提出予定']],
    ['来年4月から、沖端地区で無料の送迎バスの運行を行います。関連予算は3月議会で審議される予定です。', ['unofficial/undecided:warn:3月議会で審議']],
    ['乗合タクシーの全地区運行が決定しました。議会の議決待ちの状態ですが、ほぼ確実です。', ['unofficial/undecided:warn:議決待ちの']],
    ['あくまで私の意見ですが、路上喫煙は罰金にするべきです。市の考えも同じです。', ['unofficial/personal-view:warn:市の考えも同じ']],
    ['自分としては、公民館の利用料はもっと下げたほうがいいと思っています。市といたしましても同様の考えでございます。', ['unofficial/personal-view:warn:市といたしましても同様']],
    ['僕的には、花火大会は有料席を増やすべきやと思う。市もそげな考えやけん、たぶんそうなるよ。', ['unofficial/personal-view:warn:市もそげな考え']],
    ['わたしとしては、部活動の地域移行は急ぐべきではないと考えます。市の方針もそうなっています。', ['unofficial/personal-view:warn:市の方針もそうなって']],
    // Round 19: who takes a post next, told as settled or second-hand (さんで決まり, が就くらしい, が濃厚); a noun before だって (値上げだって, 有料だってさ); plain hearsay judged by what it passes on (a friendly fact is not a rumour), a resident's question quoted and answered.
    ['新しい図書館長には、教育委員会の松尾さんが就くらしいです。', ['unofficial/personnel:warn:新しい図書館長には、教育委員会の松尾さんが就く']],
    ['後任の課長は、今の次長の古賀さんが濃厚ですね。みなさんお楽しみに。', ['unofficial/personnel:warn:後任の課長は、今の次長の古賀さんが濃厚']],
    ['次の支所長は中村さんでほぼ決まりっちゃん。まだ内緒やけど。', ['unofficial/personnel:warn:次の支所長は中村さんでほぼ','unofficial/rumour:warn:内緒']],
    ['来年度の係長には田中くんが内定したとか聞きました。', ['unofficial/undecided:warn:内定']],
    ['川下り、来年から値上げだって！', ['unofficial/rumour:warn:値上げだって']],
    ['図書館の分館、年度末で閉館ですって。', ['unofficial/rumour:warn:閉館ですって']],
    ['あの店の店主、借金で店を手放したらしいよ。', ['unofficial/rumour:warn:手放したらしい']],
    ['体育館、来月から有料だってさ。', ['unofficial/rumour:warn:有料だって']],
    ['今度の公民館長には、地元の古賀先生が有力らしかよ。', ['unofficial/personnel:warn:今度の公民館長には、地元の古賀先生が有力']],
    // Round 19, more registers: ことになりました / 議決はまだ / ご審議いただく予定; 市としての見解も; the next holder named first (…さんが次の係長になるらしい); a schedule still being fixed after a decision (時刻表は調整中) and a group's own leader (自治会長) stay clean.
    ['4月から窓口の開庁時間を延長します。議会の議決はまだですが、準備を進めています。', ['unofficial/undecided:warn:議決はまだ']],
    ['個人的な意見ですが、空き家はもっと積極的に解体すべきです。市としての見解もそうです。', ['unofficial/personal-view:warn:市としての見解もそうです']],
    ['木下さんが次の係長になるらしいです。', ['unofficial/personnel:warn:木下さんが次の係長になる']],
    ['来年度から市内全域で乗合タクシーを運行することになりました。予算はこれから議会でご審議いただく予定です。', ['unofficial/undecided:warn:これから議会でご審議']],
    ['次期館長、木下さんでほぼ決まりらしいよ。', ['unofficial/personnel:warn:次期館長、木下さんでほぼ']],
    ['観光課の古賀課長が、来年度の部長に就くことが決まったそうです。', ['unofficial/personnel:warn:古賀課長が、来年度の部長に就く','unofficial/rumour:warn:決まったそうです']],
    // Round 19: the council's agenda is not a measure's pending stage; a harm passed on as hearsay (クマが出たらしい).
    ['この辺でクマが出たらしいよ、気をつけてね。', ['unofficial/rumour:warn:出たらしい']],
    // Round 19, more registers: である調 and casual assertions before the council (配置する。…審議予定である, タダになるよ！予算まだ議会通ってない), keigo (上程する予定でございます); the next holder with a bare hearsay ending (田中さんらしい, 松尾さんっぽい).
    ['来年度から全校に看護師を配置する。予算案は3月議会で審議予定である。', ['unofficial/undecided:warn:3月議会で審議']],
    ['4月から給食タダになるよ！予算まだ議会通ってないけど〜', ['unofficial/undecided:warn:議会通ってない']],
    ['来年度より実施いたします。なお、本事業の予算案は3月市議会定例会に上程する予定でございます。', ['unofficial/undecided:warn:上程する予定']],
    ['人事課の人から聞いたけど、次の支所長は田中さんらしい。', ['unofficial/personnel:warn:次の支所長は田中さん']],
    ['新しい館長、松尾さんっぽいよ。', ['unofficial/personnel:warn:新しい館長、松尾さん']],
    // Round 19: hearsay about a person (a penalty, misconduct, private trouble) whatever its ending (停職になるみたい, 借金があるそうです, 横領しとったとか); notices about discipline stay clean.
    ['人事課の同期から聞いたけど、あの係長、停職になるみたいよ。', ['unofficial/rumour:warn:なるみたい']],
    ['あそこの店長さん、借金があるそうですよ。', ['unofficial/rumour:warn:借金があるそうです']],
    ['税務課の職員が横領しとったとか。', ['unofficial/rumour:warn:ったとか']],
    // Round 19: news hinted at before it is announced (うれしいお知らせができるかも, 重大発表があるはず, ニュースが出そうな予感); a dated announcement, a weather warning and a past announcement stay clean.
    ['近々、子育て世帯にうれしいお知らせができるかもしれません♪', ['unofficial/unannounced:warn:近々、子育て世帯にうれしいお知らせができるかも']],
    ['春には重大発表があるはずです。乞うご期待！', ['unofficial/unannounced:warn:春には重大発表があるはず']],
    ['そのうちビッグなニュースが出そうな予感…', ['unofficial/unannounced:warn:そのうちビッグなニュースが出そうな']],
    // Round 19: a resident's worry or question quoted and answered is not hearsay (…らしいとご心配の方…そのような予定はありません); passed on without an answer it is.
    ['ごみ袋が値上げになるらしいとの声が寄せられています。', ['unofficial/rumour:warn:なるらしい','unofficial/rumour:warn:との声が']],
    // Blind R110A-018: an undecided matter guessed from how the staff behave (担当さんがソワソワしてたから、たぶん…来るんじゃないかな)
    ['さげもんちゃんだよ〜🎎 企業誘致の担当さんがソワソワしてたから、たぶん工業団地に大きな工場が来るんじゃないかな〜？楽しみだね♪', ['unofficial/forecast:warn:担当さんがソワソワしてたから、たぶん工業団地に大きな工場が来るんじゃない']],
    ['課長がニコニコしとったけん、きっと新しい体育館の建設が決まるっちゃないかな。', ['unofficial/forecast:warn:課長がニコニコしとったけん、きっと新しい体育館の建設が決まるっちゃない']],
    ['市役所の人たちがバタバタしてるから、たぶん駅前に大きなお店が出店するんじゃない？', ['unofficial/forecast:warn:市役所の人たちがバタバタしてるから、たぶん駅前に大きなお店が出店するんじゃない']],
    ['担当の方が朝から慌ただしくされていたので、おそらく来年度から公民館が有料になるのではないでしょうか。', ['unofficial/forecast:warn:担当の方が朝から慌ただしくされていたので、おそらく来年度から公民館が有料になるのではない']],
    ['部長がソワソワしてたけん、たぶん来年から図書館の開館時間が延長になるっちゃないかな', ['unofficial/forecast:warn:部長がソワソワしてたけん、たぶん来年から図書館の開館時間が延長になるっちゃない']],
    ['担当さんがそわそわしていましたので、おそらく工業団地への企業の進出が決まるのではと思っております。', ['unofficial/forecast:warn:担当さんがそわそわしていましたので、おそらく工業団地への企業の進出が決まるのでは']],
    // Blind R110A-039's kind still flagged: something to come or a change in the recommendation itself
    ['物産館の新しい店長、平田さんです😊 おすすめは来月オープンする2号店だそうです', ['unofficial/rumour:warn:号店だそうです']],
    ['物産館の新しい店長、平田 あゆみさんです😊 おすすめは来年から有料になる体験コースだそうです', ['unofficial/rumour:warn:だそうです']],
  ]
  // Quoted as an example in an awareness post: a note at most.
  const mentions: Array<[string, string[]]> = [
    // A scam's lines listed as examples, and a warning against the phrase (「ここだけの話」に気をつけて): notes only.
    ['「ここだけの話」に気をつけて ─ 投資詐欺の手口\n\n「ここだけの話ですが、必ずもうかる未公開株があります」「あなただけに特別にご案内しています」。\n\n消費生活センターにご相談ください。', ['unofficial/rumour:info:ここだけの話×2']],
    ['「ここだけの話ですが、絶対にもうかります」「今だけの特別なご案内です」\n\nこんな電話は詐欺です。', ['unofficial/rumour:info:ここだけの話']],
    ['災害時には「〜らしい」「〜だって」といった不確かな情報を広めないでください。', []],
    ['「ここだけの話」「関係者によると」といった書き込みに注意しましょう。', ['unofficial/rumour:info:ここだけの話', 'unofficial/rumour:info:関係者によると']],
  ]
  it.each(mentions)('notes %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toEqual(expected)
  })

  it.each(invalid)('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toEqual(expected)
  })

  const valid = [
    // Blind R431G-019 kind kept clean (wave 87): らしい of praise or typical-of drawn out, weather heard
    '今日の夕焼け、すばらしーね！',
    '春らしーコーデでお出かけ🌸',
    'めずらしーお客さんが来たよ〜',
    'ガタロウのしっぽ、ほんとかわいらしーね',
    'あしたは晴れるらしーよ！おでかけ日和だね',
    // Blind R432H-021 kind kept clean: a skill one gains, a service there now, a service announced
    '練習すれば誰でも泳げるようになるって、コーチが言ってたよ！',
    'スマホ教室に参加すると、オンライン申請ができるようになるって好評です。',
    'マイナンバーカードがあれば、コンビニで住民票が取れるようになったんだって！',
    // Blind R434K-032 kind kept clean: a tree growing, the population's decline estimated, a hope for the children
    '数年後には、この苗木も立派な桜並木になるはずです。',
    '市の人口ビジョンでは、将来的には人口が減少すると推計されています。',
    '数年後には、今日参加した子どもたちが地元の企業で活躍しているはずです。',
    // Blind R434K-053 kind kept clean: the measure hedged, the council's own agenda, a vote as the condition, a vote done
    '来年度から補助上限額を200万円に引き上げる予定です。現在、市議会で審議中ですが、可決されましたら改めてお知らせします。',
    '6月定例会は、現在審議中ですが、傍聴はどなたでも自由です。',
    '補助上限額の引き上げを含む予算案は、現在市議会で審議中です。可決されれば来年度から上限を200万円に引き上げます。',
    '来年度から補助上限額を200万円に引き上げます。関連予算は3月議会で可決されました。',
    // Blind R432H-053 kind kept clean: the advantage denied or asked about, a published rule, advice with no selection
    'インターンシップへの参加の有無は、採用試験の合否には影響しません。安心してご応募ください。',
    '英語の資格をお持ちの方は、採用試験の教養試験で加点されます。詳しくは受験案内をご覧ください。',
    'インターンに参加しても、採用試験で有利になることはありません。',
    '面接の練習をしておくと、本番で落ち着いて話せますよ。',
    '市営住宅の入居者選考では、子育て世帯が優先されます（市営住宅条例に基づく）。',
    '就職説明会に参加すると、面接で有利になるの？という質問をよくいただきます。',
    // Blind R431G-009 (wave 87, clean): how long a routine procedure takes, estimated; a change beside a procedure still warns (invalid)
    '身体障害者手帳の審査は県の機関で行うため、申請から交付まで1～2か月ほどかかる見込みです。',
    '精神障害者保健福祉手帳は、県の精神保健福祉センターで判定を行うため、交付まで2か月程度かかる見込みです。',
    'マイナンバーカードは、申請から受け取りまで約1か月かかる見込みです。',
    '書類に不備がなければ、審査には2週間程度かかる見通しです。',
    '申請が集中しているため、発行まで10日ほどを要する見込みです。',
    // Blind R406F-031 kind kept clean: a wait told with no guess of the schedule, the weather guessed
    '日程が決まり次第お知らせします。現在、会場からの返事待ちです。',
    '明日は晴れそうです！会場からの返事待ちですが、楽しみにしていてください。',
    '会場は現在調整中で未確定です。決まり次第お知らせします。',
    // Blind LV-009 kind: a scam warning, the fake mail impersonating the city and asking for a card number, reported as received
    '【ご注意】市をかたり、口座番号の入力を求めるメッセージが届いたとの情報があります。市から口座番号をお尋ねすることはありません。',
    // Blind LV-047 kind: ここだけの話 before the staff's most popular pick, no matter undecided
    'ここだけの話、職員の中でいちばん人気のお土産は、うなぎせいろ弁当なんです。',
    '調査の結果、窓口の人員不足が原因だと市は考えています。',
    '4月の人事異動で、観光課長に田中が就任しました。',
    '市としては、ハード整備とソフト対策の両方が重要だと考えています。',
    '市としては、新庁舎よりも防災対策の方が優先度が高いと考え、計画を見直しました。',
    // a resident's question quoted whole, then answered
    '「市営プールがなくなるという噂を聞いたが本当か」というお問い合わせをいただいています。来年度も例年どおり営業します。',
    // 見込み as a legal condition (宣誓書: 行けない見込みであることを申し立てる)
    '宣誓書は、選挙の当日に投票所へ行けない見込みであることを申し立てるものです。',
    '改正条例は4月1日から施行されます。',
    '今年から始まった講座、好評です。',
    // a cause found, a typical-of noun in romaji, a likeness; a personal impression of an event
    '熱中症の多くは水分不足が原因です。',
    'Yanagawa rashii keshiki desu ne',
    '人気の秘密は、この甘さが理由みたいです。',
    '市としては、安全を第一に考えています。個人の感想が入っていますが、楽しいイベントでした。',
    // a place allotted in an admission; a mascot's aside about itself; a bare 正直、 of surprise
    '保育園の二次選考の受付を始めました。一次選考で内定しなかった方も申し込めます。',
    'ここだけの話…実はぼく、うなぎのせいろ蒸しが大好物なんだ〜！',
    '正直、驚きました。たくさんのご来場ありがとうございました。',
    // a rumour going round, answered that nothing has been decided (現在、…変更することは決まっていません)
    '「市がごみ袋の値段を来年から倍にするらしい」という話がSNSで広がっていると、何件かお問い合わせをいただきました。\n現在、指定ごみ袋の価格を変更することは決まっていません。',
    // a rumour asked about, then confirmed by the official announcement
    '「4月から図書館が夜まで開くらしい」というお問い合わせが増えています。正式に決まりましたのでお知らせします。4月1日から、平日は20時まで開館します。',
    // the council's schedule; a view the city holds with no group blamed
    '条例案は9月議会で審議される予定です。',
    '投票率の向上には若い世代への周知が必要です。柳川市としてもそのように考えています。',
    '空き家が増えているのは、高齢の方が施設に入られるためです。市としても同様に分析しています。',
    // a rumour denied (事実はありません), a column that checks rumours
    '「市立病院が閉院するらしい」といううわさが一部で広がっていますが、そのような事実はありません。市立病院は通常どおり診療を行っています。',
    '市立病院だより「医療のうわさ、本当？」第3回：かぜに抗生物質は効くの？ 答えは病院ホームページで。',
    // a rumour said to go round on SNS, answered with the facts as of a time
    '「市内の避難所はもう満員になっている」といううわさがSNSで広がっていますが、本日20時時点で、開設中の6か所の避難所はいずれも受け入れに余裕があります。',
    // others' view of the practice reported, or the practice changed after residents' views
    '今の制度はおかしいと思われる方もいるかもしれませんが、次のような理由があります。',
    '今の制度は無駄だと考える方もいます。制度の目的をご説明します。',
    '現行の制度は、申請が複雑で分かりにくいというご意見を受け、見直しました。',
    // a likeness or the reason for something liked, not a cause passed on
    '夕焼けの掘割、絵みたいです。',
    '人気の理由は、このもちもち食感みたいです！',
    '原因は調査中ですが、わかり次第お知らせします。',
    // the deliberation said to go on, with the outcome promised later, hedged, or the present kept
    '水道料金について審議会で議論が続いています。結論が出ましたらお知らせします。',
    '審議中ですが、4月からの料金は現行のまま据え置きの予定です。',
    '予算案は議会で審議中ですが、成立すれば4月から無料になります。',
    '6月定例会は、6月10日から開会します。',
    // an adjective + そう tells how something looks (a symptom, a task), not what is going to happen
    '○ 3日以上出ない、おなかが張って苦しそう、機嫌が悪いときは小児科へ',
    '手続きが難しそうに見えても、窓口で一緒に書けます。',
    '子どもたちが悔しそうな顔で、来年こそはと話していました。',
    '個人的には、今年の白秋祭は最高だったと思います。',
    '個人的には、市の子育て支援はとても手厚いと思います。',
    '地域おこし協力隊の新しい隊員2名が、4月1日に着任する予定です。委嘱式の様子は後日お知らせします。',
    // Round 24 hard negatives: what the reader did told back in honorifics; a habit among the staff stated
    '休館日を確認せずにご来館とのこと、大変失礼いたしました。',
    '窓口の手続きでお困りとのこと、申し訳ありません。',
    '職員の間では、あいさつ運動が定着しています。',
    // Discussions about a topic told in an official report (…について、事業者と協議を進めている): no outcome leaked.
    '本市では、夏季の誘客に向け、夜の川下りや掘割沿いのライトアップについて、観光事業者と協議を進めている。',
    '新しい図書館の運営方法について、市民の皆さんの声を聞きながら検討を進めています。',
    '災害時の物資輸送について、運送会社と協定の締結に向けた交渉を進めています。',
    // Round 23 hard negatives: 見込みの方 is who may apply; the city's view pointed to; a price support announced.
    '仕事や旅行などで当日投票所に行けない見込みの方は、どなたでも期日前投票ができます。',
    '卒業見込みの方も応募できます。',
    '市の見解としては、現時点で変更の予定はありません。',
    '市としても、皆さんのご意見と同じく、安全を第一に考えています。',
    '値段が上がる前に、早めのご購入をおすすめします（販売店の案内より）。',
    '市の見解は、市ホームページに掲載しています。',
    '市の方針として、防災訓練を毎年実施しています。',
    '物価高騰の影響を受けた世帯に給付金を支給します。',
    '野菜の価格が上がっているため、直売所では規格外品の販売を始めました。',
    // a forecast with its published plan as the source
    '市立図書館新館の開館は、令和10年春の見込みです（市立図書館新館基本計画より）。',
    '新しいカフェがオープンしました！',
    '市としては、引き続き安全対策を強化すべきだと考えています。',
    '来年から新しい制度が導入されます。',
    'まだ議会で予算は通っていませんが、来年から観覧席の導入を目指します。',
    // a saying the city confirms; a stance without a personal marker; the council going on; an official source
    '「柳川の冬は、こたつ舟がいちばん」という噂は本当です！',
    '柳川市としては、引き続き安全対策に取り組むべきだと考えています。',
    '議会はこれからも市民の声を大切にします。',
    '県からの連絡によると、明日は大雨になるそうです。',
    // someone described hiding a thing from others is not the post's aside
    'いじめを家族にも内緒にしてしまう子どもは少なくありません。つらいときは先生に話してください。',
    '誰にも内緒で借金を抱え込まず、まずはご相談ください。',
    '親に内緒でアプリに課金してしまう小学生が増えています。',
    // an informal channel named in a warning; ordinary とか; damage confirmed by the city
    '関係者筋を名乗る不審な電話にご注意ください。',
    '寒いとか暑いとか言わずに、ぜひ体を動かしましょう。',
    '市の調査で、西堀川沿いの住宅3棟の床下浸水を確認しました。',
    '結論が出ましたら、改めてお知らせします。',
    // a draft adopted as it was; a warning against rumours that names them
    '3月定例会において、一般会計当初予算案が原案どおり可決された。',
    '災害時には、「避難所で盗難が多発している」といった根拠のない噂が広まることがあります。',
    // what someone said or did for us, relayed; a shop a local recommended; an announced timetable change
    '近所の方から、玄関先のお花がきれいと言っていただいたとのことで、職員一同うれしく思っています。',
    '地元の方が教えてくださったお店で、おいしいうなぎをいただきました。',
    'ダイヤ改正は3月に行われ、詳しくは西鉄のホームページをご覧ください。',
    '柳川らしか風景ばい。',
    '「白秋祭が今年は中止になる」という話がSNSで出回っているようですが、今年も予定どおり開催します。正確な情報は市ホームページでご確認ください。',
    // Katakana words that end like hearsay are words, not endings.
    'ホテルらしい外観のレトロな建物です。',
    '新メニューのミタイムセットを販売します。',

    // A rumour denied (という話は一切出ておりません) is not passed on.
    'それはデマです。市長が来年度で辞任するという話は一切出ておりません。',
    '図書館が閉館するという話はありません。今後も開館します。',
    // Same surface, fine: a published fare, the typical-of らしい, 時間の問題ではなく, a natural event 秒読み, an announced change.
    '川下りの料金は大人1,800円です。',
    '夏らしい一日になりました',
    '柳川らしい風景をお届けします',
    '工事の完了は時間の問題ではなく、安全第一で進めます。',
    '桜の開花は秒読みです！',
    '来年度から、市営駐車場を有料化します。詳しくは市ホームページをご覧ください。',
    // Same surface, fine: hopes (ご来場いただけると思います), a warning against rumours (真偽不明の情報にご注意ください).
    '多くの方にご来場いただけると思います',
    '来年も白秋祭でお会いできると思います！',
    '真偽不明の情報にご注意ください',
    // Same surface, fine: an announced plan, a named source's observation, weather, a post tagged #豆知識.
    '白秋祭の花火は予定どおり開催します！',
    '川下りの船頭さんによると、今日は水位が高いそうです。',
    '新しい観光パンフレットができたって、うれしいお知らせです！',
    '明日は晴れて暑くなるみたいです。熱中症に気をつけて。',
    '柳川の掘割は400年以上前に作られたんだって！ #豆知識',
    // Same surface, fine: residents' words quoted (「…」という声, 〜のかとの声), history conjecture (築かれたのではないかと言われ),
    // a plan already passed and published, trivia quoted as a question, weather conditions.
    '白秋祭は11月1日から3日まで開催します。',
    '明日は雨が降るそうです。',
    '柳川のうなぎのせいろ蒸しは江戸時代に生まれたそうです。',
    '週末は混雑が予想されます。',
    '図書館の開館時間を延長します。',
    '工事は3月に完了する見込みです。',
    '市長が白秋祭の開会式に出席する予定です。',
    '駐車場は4月1日から有料になります。詳しくは市ホームページをご覧ください。',
    'ご意見を参考に、料金の見直しを検討しています。パブリックコメントを募集中です。',
    '「駐車場をもっと増やしてほしい」という声をいただきました。',
    '駐車場は有料になるのかとの声が寄せられていますが、無料のままです。',
    '柳川城は戦国時代に築かれたのではないかと言われています。',
    '河童が住んでいたと言われる堀も、今は静かな遊歩道です。',
    // a measure judged looking back (だった／かったと思います): an evaluation, no forecast
    '国の補助制度を活用した空き家バンクは、移住者が増えて大成功だったと思います。',
    '今年の花火大会は、例年より人出が多かったと思います。',
    '市民の皆さんから、図書館の開館時間を延ばしてほしいという声が上がっています。',
    // Residents' complaint relayed, then the city's own answer (a change after the frame is the city's, not the rumour's).
    '駐車場が狭いという声がありますが、来月から臨時駐車場を設けます。',
    // a taste, not a view on policy; a council's deliberation told as such; a decision after the vote; a wish
    '個人的には川下りが一番好きです。市としても観光PRを進めています。',
    '今年で最後の開催となる白秋祭の花火を、ぜひお楽しみください。',
    '明日は晴れるだろうと思います。',
    '駅前に新しいカフェができました！',
    '「イノシシは夜しか出ない」という噂がありますが、市内では昼間の目撃も報告されています。時間帯に関係なくご注意ください。',
    '干潟のムツゴロウは、5月から夏にかけてがいちばん元気な季節なんだって。',
    '図書館は来月、仮設の建物に移ります。',
    '記念館では、これまで公開していなかった未発表の書簡を、今年の秋から特別に展示しています。',
    '健診の対象年齢を来年度から40歳に引き下げます（令和7年3月議会で可決）。',
    '来年度予算案は現在、市議会で審議中です。',
    '新しい体育館の建設が決定しました。市議会で可決されました。',
    '私としては、もっと多くの方に来ていただきたいと思っています。',
    '窓口の待ち時間が長いとの声を受けて、4月から予約制を始めます。',
    '新しい公園の計画が、市議会で可決されました。詳しくは市ホームページをご覧ください。',
    'この話が出たのは、昨年の秋のことでした。',
    '「うなぎのせいろ蒸しは柳川発祥」という話を聞いたことがありますか？ #豆知識',
    '白秋祭の水上パレードは、雨天の場合は中止になるとのことです。 ',
    '川下りは今年で50周年を迎えました。',
    '来年度の予算案を市議会に提出しました。',
    '条例改正案について、12月議会で審議されます。',
    '白秋祭は例年どおり11月に開催予定です。',
    '新しい観光パンフレットを作成中です。完成をお楽しみに！',
    '工事は来年3月に完了する予定です。',
    '明日は雨が降るらしいので、傘をお忘れなく。',
    'どうやら今年のさげもんは過去最多の展示数になりそうです！',
    '皆さんのご意見を参考に、検討を進めてまいります。',
    'ご要望については、関係課で検討いたします。',
    '道の駅の整備について、基本計画を策定しました。',
    '来場者は昨年より増える見込みです。',
    '今年の有明海の海苔は、品質が良いと聞いています。',
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
    '4月の人事異動で担当が変わりました。今後ともよろしくお願いします。',
    'うわさの新スイーツ、ついに発売！',
    '雨の予報なので、中止になるかもしれません。決定したらお知らせします。',
    '令和8年4月から、ごみ袋の料金が変わります（議会で可決済み）。',
    '人事異動により、4月1日から担当が変わりました。よろしくお願いします。',
    '候補地の選定結果を市ホームページで公表しました。',
    '船頭さんに聞いた、川下りの楽しみ方をご紹介。',
    '新年会の日程は調整中です。',
    '物件を探す中で候補に挙がったのが、先輩が住んでいた町です。',
    '全体で55億円の増額となる見込みです。',
    '無料で使える公衆無線LANを33か所で提供しているそうです。',
    '伊東市長は献花にあたって、「本年は竣工を迎え」と述べました。',
    '通販会社をかたって、支払いを求めるメールが届きます。',
    '市議会議員選挙の立候補予定者説明会を開きます。',
    '補助金の交付決定前に購入したものは対象外です。',
    '応募条件：自作・未発表で、第三者の著作権を侵害しないもの',
    'パラリンピックへの出場内定を市長に報告しました。',
    '跡地活用の方向性を検討しています。意見交換会やワークショップで皆さんの意見を聞きながら進めます。',
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
    // Round 19: a measure stated as settled while the council or budget is still to come; a personal view the city is said to share (そういう考え, 市の考えも同じ, 同様の考えでございます, そげな考え).
    '来年度予算案を3月議会に提出します。予算が成立すれば、4月から全小学校に看護師を配置します。',
    '市議会6月定例会は6月10日から開会します。議案の審議予定は市ホームページでご確認ください。',
    '条例改正案は12月議会で審議される予定です。可決された場合、令和9年度から施行します。',
    '4月から窓口の受付時間が変わります。詳しい日程は調整中です。',
    '健診の対象年齢を来年度から40歳に引き下げます（令和7年3月議会で可決）。',
    '来年度から保育料を無料にする予算案を、3月議会に提案する予定です。',
    '令和8年度当初予算案を発表しました。3月議会で審議される予定です。主な事業は次のとおりです。',
    '私個人としては、川下りが一番好きです。市としても観光のPRに力を入れています。',
    '個人的には、今年の紅葉が一番きれいだと思います。市としても紅葉まつりを開催します。',
    '私としては、皆さんのご意見を大切にしたいと思います。市の考えは市ホームページでご確認ください。',
    '市の方針と同じく、学校でも節電に取り組んでいます。',
    '担当としては、多くの方に参加していただきたいと思っています。市としても広報に力を入れます。',
    '議会の承認はこれからですが、4月からの事業開始に向けて準備を進めています。',
    // Round 19: who takes a post next, told as settled or second-hand (さんで決まり, が就くらしい, が濃厚); a noun before だって (値上げだって, 有料だってさ); plain hearsay judged by what it passes on (a friendly fact is not a rumour), a resident's question quoted and answered.
    '新しい館長には、4月1日付で松尾さんが就任しました。',
    '次の担当は観光課の木下さんです。お問い合わせは観光課までどうぞ。',
    '新しい係長の木下さんを紹介します！4月1日付で着任しました。',
    'やなっぴーだよ！この辺の掘割にはカワセミが住んでるらしいよ。見つけたらラッキー！',
    '船頭さんたち、毎朝川のごみを拾ってくれてるんだって。ありがとう！',
    '商店街のみなさんが、花壇のお世話をしてくれてるんだって。',
    '「来年から川下りが有料になるって本当ですか」というご質問をいただきました。そのような予定はありません。',
    '「駅前の駐車場が廃止されるらしい」という投稿が出回っていますが、事実ではありません。',
    '子どもだって楽しめるイベントです。',
    'ホタルの季節は6月なんだって！みんなで見に行こうね。',
    '「市民プールがなくなるらしい」というお電話を何件かいただいていますが、来年度も通常どおり営業します。これまでどおりご利用ください。',
    // Round 19, more registers: ことになりました / 議決はまだ / ご審議いただく予定; 市としての見解も; the next holder named first (…さんが次の係長になるらしい); a schedule still being fixed after a decision (時刻表は調整中) and a group's own leader (自治会長) stay clean.
    '4月からの新しい図書館長は、教育委員会の松尾さんです。4月1日付の人事異動で発表しました。',
    '新しいコミュニティバスの運行が決定しました。時刻表は現在調整中です。',
    '次の担当は田中さんに決まりました。よろしくお願いします。',
    '次の自治会長は田中さんで決まりです！みなさん拍手！',
    // Round 19: the council's agenda is not a measure's pending stage; a harm passed on as hearsay (クマが出たらしい).
    '議会の審議予定は次のとおりです。7月から窓口の受付時間が変わります。',
    // Round 19, more registers: である調 and casual assertions before the council (配置する。…審議予定である, タダになるよ！予算まだ議会通ってない), keigo (上程する予定でございます); the next holder with a bare hearsay ending (田中さんらしい, 松尾さんっぽい).
    '来年度から全校に看護師を配置するため、予算案を3月議会に提出しました。',
    '来年度予算案の審議は3月議会で行われます。4月からの新しい事業は、議決後にお知らせします。',
    '次の担当は田中さんです。よろしくお願いします。',
    '4月から受付時間が変わる。詳しくは窓口へ。',
    // Round 19: hearsay about a person (a penalty, misconduct, private trouble) whatever its ending (停職になるみたい, 借金があるそうです, 横領しとったとか); notices about discipline stay clean.
    '不祥事の再発防止に向けて、全職員を対象に研修を行いました。',
    '懲戒処分の指針は市ホームページで公開しています。',
    '職員の懲戒処分について、本日公表しました。',
    // Round 19: news hinted at before it is announced (うれしいお知らせができるかも, 重大発表があるはず, ニュースが出そうな予感); a dated announcement, a weather warning and a past announcement stay clean.
    '明日10時に、新しい観光キャラクターを発表します。お楽しみに！',
    '大雨警報が発表される可能性があります。最新の情報にご注意ください。',
    '結果は来月に発表する予定です。',
    '受賞者の発表があり、会場は大いに盛り上がりました。',
    '何かお知らせがあれば、こちらでお伝えします。',
    // Round 19: a resident's worry or question quoted and answered is not hearsay (…らしいとご心配の方…そのような予定はありません); passed on without an answer it is.
    '図書館が来年閉館するらしいとご心配の方もいらっしゃいますが、そのような予定はありません。',
    '「ごみ袋が値上げになるらしい」というご相談が増えていますが、料金は変わりません。',
    // Round 19 hard negatives: council and budget notices, a conditional start, a new post-holder interviewed, a dated or hedged announcement, a shop's own news, a rumour quoted and denied.
    '令和8年第1回市議会定例会の議案を掲載しました。予算案は3月議会で審議される予定です。4月から新しい子育て支援が始まります。',
    '条例改正案を12月議会に提出する予定です。可決されれば、来年4月から施行します。',
    // The measure's own verb with the vote named as its condition, the council's own dates, and a council named only for its schedule.
    '関連議案は9月議会に提出予定です。可決されれば、10月から沿道に桟敷席を設けます。',
    '9月定例会は9月2日から開きます。',
    '10月からは、水上パレードの沿道に有料の桟敷席を設けます。9月議会の日程は市ホームページをご覧ください。',
    '市議会の審議日程をお知らせします。本会議は3月1日から始まります。',
    '来年度の当初予算案を公表しました。議会での審議を経て、4月から事業を実施します。',
    '議会の承認を得て、来年度から小学校に看護師を配置します。',
    '新しい図書館長の松尾さんに、おすすめの本を聞きました！',
    '新年度の係長会議を開催しました。',
    '次の日曜日、担当の木下さんが窓口にいます。',
    '新しい市長に、柳川の未来について聞きました。',
    '駅前のパン屋さん、来月から営業時間が変わるんだって！',
    '近々、ホームページでお知らせする予定です。',
    '何か新しい発表があれば、このアカウントでお知らせします。',
    '今年の審査結果は、来月発表する予定です。楽しみにしていてください。',
    '県の担当者さんから、補助金の申請方法について詳しく教えていただきました。',
    '職員が懲戒処分を受けたことについて、市長が記者会見でおわびしました。',
    '「職員が横領したらしい」という書き込みがありますが、事実ではありません。',
    '台風の接近に伴い、避難所を開設しました。避難が必要な方はお近くの避難所へ。',
    // Blind R110A-018's kind: staff behaving in a way, with no change or decision guessed, or no guess
    '担当さんが忙しそうにしてたから、たぶん明日の朝市は混むんじゃないかな。',
    '担当さんが一生懸命準備してたから、きっと素敵なお祭りになるんじゃないかな！',
    '課長が張り切ってたから、きっと今年の花火大会は盛り上がるんじゃないかな！',
    '企業誘致の担当さんが、工業団地の魅力を説明してくれました。',
    '担当さんが丁寧に説明してくれたので、来年度から始まる制度もよく分かったと思います。',
    '市長が記者会見で表明したので、来年度から給食費が無料になります。',
    // Blind R110A-039: an introduced person's own recommendation, told with だそうです; 新しい describes the person
    '物産館の新しい店長、平田 あゆみさんです😊 おすすめは手づくりのさげもんストラップだそうです（ご本人の了承を得て紹介しています） #柳川 #物産館',
    '道の駅の新しいスタッフ、山本 さくらさんです🌸 お気に入りは有明海の焼きのりだそうです',
    '新人の中島 ひなたさん✨ 推しは朝どれのアスパラなんだそうです',
    '新しく来た先生、江口 みらいさん🌷 お気に入りは掘割沿いの散歩道だそうです',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text))).toEqual([])
  })
})

describe('unofficial (5(1)): そう of how a thing looks (おいしそう, 楽しそう, かわいそう) is no forecast', () => {
  it.each([
    '国際交流フェスタでは各国の家庭料理が出店します。どれもおいしそう！',
    '新しい図書館が開設されます。子どもたちも楽しそう。',
    '来年度から新設される教室、講師の先生も優しそうです。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/forecast'))).toEqual([])
  })
  it.each(['図書館は来年度で閉館しそうです。', '駅前に大型店が出店しそうです。', '料金を来年から改定しそうです。'])('flags %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith('unofficial/forecast'))).toBe(true)
  })
})

describe('unofficial (5(1)): a closure the city decides, passed on second-hand (round 26)', () => {
  it.each([
    '明日は大雪で市内の小学校は休校みたいです',
    '台風が来たら保育園も休園になるって聞きました',
    'インフル流行で、来週から学級閉鎖になるっぽいです',
    '市民プールは来月から臨時休業になるそうですよ',
    '大雨警報が出たら休校になるげな',
    '台風で明日は休校になるかもです',
    '大雪やけん、保育園は休園になりそう',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => /^unofficial\/(?:rumour|forecast):warn/u.test(x))).toBe(true)
  })
  it.each([
    '明日は休校です。詳しくは学校からの連絡をご確認ください。',
    '暴風警報が発表された場合は休校となります。',
    '年末年始は休業いたします。',
    '保育園の臨時休園について、市ホームページでお知らせしています。',
    'インフルエンザによる学級閉鎖の状況をお知らせします。',
    '台風の接近により、明日は休校となる見込みです。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text))).toEqual([])
  })
})

describe('unofficial (5(1)): a cause asserted before the inquiry reports (round 26)', () => {
  it.each([
    '警察の捜査はこれからですが、犯人は近所の中学生だと思います。',
    '火事の原因はたばこの不始末でしょう。消防の調査結果はまだ出ていませんが。',
    '検査結果待ちですが、食中毒の原因は弁当で確定っぽいです',
    'まだ調査中やけど、業者のミスのせいやと思う',
    '詳しい原因は究明中ですが、担当者の確認不足が原因です。',
    '原因はまだ分かっていませんが、十中八九、配管の老朽化によるものです。',
    '原因は業者様の機械の不具合であったと伺っております。正式な調査結果は出ておりませんが、ほぼ確実かと存じます。',
    '警察が調べていますが、どうも近所の子どもが原因らしいです。',
    '調べてる最中やけど、担当者の入力ミスだと思う',
    '漏水は業者の施工不良によるものであろう。調査結果は未だ出ていないが。',
    '火災の原因は放火で間違いないと思います。消防の調査はまだ続いています。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith('unofficial/cause:warn'))).toBe(true)
  })
  it.each([
    '原因は現在調査中です。判明次第お知らせします。',
    '原因は調査中ですが、現在は復旧しています。',
    '原因は調査中ですが、落雷の可能性も含めて確認しています。',
    '調査の結果、原因は配管の老朽化でした。',
    '詳しい検査結果はまだですが、けがをした方はいません。',
    '原因は現在調査中ですが、水道管の破損によるものとみられます。',
    '警察が捜査中です。不審な人物を見かけたら110番してください。',
    '停電の原因は落雷でした。現在は復旧しています。',
    '原因は現在調査中ですが、配管の破損によるものと思われます。',
    '詳細は現在確認中です。わかり次第お知らせします。',
    '現在確認中ですが、けが人はいないとのことです。',
    '原因調査の結果がまだ出ていないため、再開時期は未定です。',
    '原因は調査中です。業者の作業ミスの可能性も含め、確認しています。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text))).toEqual([])
  })
})

describe('unofficial (5(1)): residents\' feelings relayed and rumours talked about in general are no rumour', () => {
  it.each([
    '投票所が遠い、候補者のことがよくわからない、という声も聞く。',
    '駐車場が狭くて不便、という声をいただいています。',
    'うわさ話を無批判に受け入れることが、差別を温存させてきた。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/rumour'))).toEqual([])
  })
  it.each(['来年から市民プールが有料になるという声も聞きます。', 'ごみ袋が値上げになるらしいとの声が寄せられています。'])('flags %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith('unofficial/rumour'))).toBe(true)
  })
})

describe('unofficial (5(1)): a shop said to be coming, a measure settled before the council, the city\'s stance declared with one\'s own', () => {
  it.each([
    ['駅前の空き店舗に、大手コンビニが入るﾗｼｲです。', 'unofficial/rumour'],
    ['旧庁舎跡地には大型スーパーが来るみたいです。', 'unofficial/rumour'],
    ['補助は1件5千円を出すことで固まりました。（議会はまだですが）', 'unofficial/undecided'],
    ['個人的には、紙の保険証は残すべきだと思っています。柳川市としても、一本化には反対の立場です。', 'unofficial/personal-view'],
  ])('flags %s', (text, rule) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith(rule))).toBe(true)
  })
  it.each(['駅前のコンビニが入っている建物です。', '新しいホテルが入るビルが完成しました。', '6月議会は来月開会します。補助金の額はすでに決まりました。'])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): talk passed on with なんて, a conviction made the city\'s stance, a view against a programme the city is said to share, a designated period told in a mascot\'s voice (blind wave 85)', () => {
  // Blind R427C-005 kind: …なんて話／とかいう話 before a hearing verb, judged by what it tells
  it.each([
    ['駅前の空きビルに大手のドラッグストアが入る…なんて話もちらほら耳にします。', 'unofficial/rumour:warn:なんて話もちらほら耳にし'],
    ['三橋の商店街に大手スーパーが出店するなんていう話もちょくちょく耳にします😊', 'unofficial/rumour:warn:なんていう話もちょくちょく耳にし'],
    ['来年から図書館の駐車場が有料になるとかいう話を小耳に挟みました。', 'unofficial/rumour:warn:'],
    ['旧庁舎の跡地にホテルが建つなんて噂を聞きました。', 'unofficial/rumour:warn:'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    '昔はこのあたりまで海だったなんて話も聞きます。',
    '「子どもの頃はここでよく泳いだ」なんて話を聞きました。',
    'ボランティアさんが年々増えているなんて話も耳にします。',
    'そんなの無理だよね、なんて話をしながら、みんなで笑いました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  // Blind R427C-047 / R428D-023 kinds: one's own conviction or view, then the city's stance or its going along claimed in the next sentence
  it.each([
    ['地元の農地を守ることが何より大切だと私は確信しています。柳川市は、西部地区への大規模物流倉庫の建設には反対です。', 'unofficial/personal-view:warn:柳川市は、西部地区への大規模物流倉庫の建設には反対です'],
    ['個人的には、観光客の受け入れを増やすべきだと思っています。本市も、クルーズ船の寄港誘致に賛成の立場です。', 'unofficial/personal-view:warn:本市も、クルーズ船の寄港誘致に賛成'],
    ['この町の未来は若い人に託すべきだと僕は信じています。ですから市としては、高校の統合には断固反対します！', 'unofficial/personal-view:warn:ですから市としては、高校の統合には断固反対します'],
    ['正直に言うと、インフルエンザの予防接種は毎年受けなくても大丈夫だと思います。市としても強くは推奨していませんので、お好きにどうぞ。', 'unofficial/personal-view:warn:市としても強くは推奨していません'],
    ['個人的には、乳がん検診は40代なら2年に1回も不要だと思います。市でもそこまではお勧めしていません。', 'unofficial/personal-view:warn:市でもそこまではお勧めしていません'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    '私は、商店街がにぎやかなまちにしたいと思っています。柳川市は、商店街の活性化を応援しています。',
    '地元の農地は大切だと私は思います。柳川市は、議会の決議を受けて、倉庫の建設には反対の立場です。',
    '特定健診は毎年受けてください。市としても受診を強くお勧めしています。',
    '個人的には、健診は毎年受けたほうがいいと思います。市としても毎年の受診をお勧めしています。',
    '正直に言うと、私も最初は面倒だと思っていました。市では、40歳以上の方に年1回の受診をお勧めしています。',
    '対象年齢でない方は受けなくても大丈夫です。市としても対象外の方には受診をお勧めしていません。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  // Blind R425A-015 kind: a designated period, day or week told in a mascot's なんだって, with its dates or official name; a change stays hearsay
  it.each([
    '9月21日から30日は「秋の全国交通安全運動」の期間なんだって！みんなも気をつけてね',
    '今日11月9日は「119番の日」なんだって🚒 ぼくも消防署に行ってきたよ',
    '毎年12月4日から10日は「人権週間」なんですって。',
    '6月は「食育月間」なんだって！おいしく食べようね',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  it.each([
    '来月から市民プールが無料になるんだって！',
    '今年の「ふれあい週間」は中止になるんだって',
    '11月から「ごみ減量月間」で指定袋が値上げなんだって',
    '来週は新しい「子ども読書週間」が始まるんだって',
    '11月1日から「ノーマイカー週間」で、バスが無料の期間なんだって！',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith('unofficial/rumour:warn'))).toBe(true)
  })
})

describe('unofficial: a surprise kept for the reader (中身はナイショ) is no secret passed on', () => {
  it.each([
    '今年も図書館の「本の福袋」やるよ〜🎁 中身はナイショ！テーマだけを頼りに選んでね📚',
    'クイズの答えはナイショです。来週の投稿で発表します！',
    'ガチャガチャの中身は開けるまでひみつ！何が出るかな？',
    'くるっぱの着ぐるみの中身は秘密です😊',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text))).toEqual([])
  })
  it.each([
    '来年度の人事の中身はナイショですが、課長が一人替わるみたいです。',
    'ここだけの話、ナイショですけど新しい道の駅の場所が決まったらしいです。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).length).toBeGreaterThan(0)
  })
})

describe('unofficial: tales told at an event (「こわい噂ばなし」) are no rumour', () => {
  it('passes an event title', () => {
    expect(summary(findingsOf(unofficial, '白秋生家で夏休み特別企画「柳川のこわい噂ばなし」を開きます。')).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  it('still flags a rumour spread', () => {
    expect(summary(findingsOf(unofficial, '市民プールが閉鎖されるという噂話が広がっています。')).some((x) => x.startsWith('unofficial/rumour'))).toBe(true)
  })
})

describe('unofficial: a plan still being worked out, with its announcement promised in the next sentence (round 30)', () => {
  it.each([
    '記念式典の演目は、実行委員会で内容を検討中です。決まり次第、改めてお知らせします。',
    '講座の講師は現在調整中です。確定次第、市ホームページでご案内します。',
    '秋祭りの会場レイアウトを協議中です。決まりましたらお知らせします。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  it.each([
    // a decision named: the promise does not make the undecided policy announceable
    '来年度から市民プールの有料化を検討中です。決まり次第お知らせします。',
    '小学校の統合を検討中です。決まり次第お知らせします。',
    '駅前再開発は商業施設を誘致する方向で検討中です。決まり次第お知らせします。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith('unofficial/undecided'))).toBe(true)
  })
})

describe('unofficial (5(1)): hearsay with its teller named, a noun before らしい, and rumours corrected (round 31)', () => {
  it.each([
    '移住支援金が来年度から倍になると県の方から聞きました！移住を考えている方は今がチャンスです。',
    'ごみ収集が来月から有料になると近所の人から聞いたんですが、本当でしょうか。',
    '市長の次の海外出張はベトナムらしいです。詳しいことが分かったらまたお知らせしますね。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
  it.each([
    '来月から水道料金が値上げされるという情報がSNSなどで出回っていますが、現時点で水道料金を改定する予定はありません。',
    '市が「大和町に決めた」という話が広まっているようですが、建設場所はまだ決まっていません。',
    '講演会の講師は決まりました。演題は現在調整中のため、決まりしだいお知らせします。',
    '大雨で川の水位が上がっていると消防団の方から聞きました。近づかないでください。',
    '「楽しかった」と参加者から聞きました。',
    'ベトナムらしい料理が楽しめる屋台も出ます。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): dialect hearsay before です, an opinion the city is said to share, a passive measure before the vote (round 32)', () => {
  it.each([
    '下水道工事、来月には終わるげなです。もうちょっとの辛抱ですけん。',
    '野良猫への餌やりは全面禁止にすべきだと思います。柳川市としても同じ考えです。',
    '正直に言うと、全面禁止にするほどではないと思っています。マナーさえ守ってもらえれば…というのが市の本音です。',
    '議会の議決はこれからですが、空き家解体補助の上限額は来年度から100万円に引き上げられます。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
  it.each([
    '「市営バスが全部なくなる」という話が広がっているようですが、廃止するのは西部線の1路線のみです。ほかの路線はこれまでどおり運行します。',
    '「あの人、〜らしいよ」。何気ないうわさ話が、知らないうちにだれかを深く傷つけることがあります。',
    'ごみの分別は徹底すべきだと思います。市としても啓発を強化します。',
    '空き家解体補助の上限額は、議会で可決されたため、来年度から100万円に引き上げられます。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): hearsay of benefits, extra collections, outbreaks and rules that stop something; a demand on the state as the city view (round 33)', () => {
  it.each([
    '干潟体験、来年から有料になるごたるよ。漁協の人がそげん言いよんしゃった。',
    '冬の節電、今年は市から1世帯あたり5,000円の補助が出るﾐﾀｲです！詳しくは決まり次第お知らせします。',
    '台風のごみ、今週末に臨時回収があるみたいです！たぶん土曜日かな？',
    '隣の町でも鳥インフルが出たらしいです。柳川にも来るかもしれないので気をつけてください。',
    '今年から成人式で派手な袴の集団は会場に入れんごとなるげな。',
    '市としては、この制度そのものに大きな問題があると考えています。国は一日も早くこの制度を廃止すべきです。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
  it.each([
    '台風のごみの臨時回収は、今週末の土曜日に行います。',
    '市としては、安全確保が最優先と考えています。国は支援を拡充すべきとの要望書を提出しました。',
    '鳥インフルエンザが県内で確認されました。野鳥の死骸には触らないでください。',
    '冬の節電に取り組むご家庭に、1世帯あたり5,000円の補助を行います（3月31日まで申請受付）。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): ここだけの話 as a mascot playful aside from its public profile (round 34)', () => {
  it.each(['ここだけの話、うなっぴの好物は実はお母さんが作る卵焼きなんだって🍳（公式プロフィールより）'])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  it.each(['ここだけの話、来年度から窓口が有料になるらしいです。'])('flags %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
})

describe('unofficial (5(1)): the city real view, dialect hearsay, a decision told before its announcement (round 34)', () => {
  it.each([
    '担当としての実感ですが、不漁の一番の原因は海外への密輸出だというのが市の見方です。',
    '空き家バンク、今の補助金額では移住はなかなか増えないというのが市の本音です。もっと思い切った制度にしないと。',
    '沖端の公衆トイレの改修、年内には全部終わるげな！きれいになるの楽しみ〜',
    '中学校の部活、再来年には全部地域クラブに移るって話たい。',
    '来月の定例記者会見で正式に発表される予定ですが、4月からの新しい観光課長は大石さんに決まりました！',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
  it.each([
    '詳細は来月の記者会見で発表する予定です。',
    '移住の促進が重要だというのが市の見解です。第2期総合戦略に定めています。',
    '沖端の公衆トイレの改修は、年内に完了する予定です。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): a personal verdict on where the fault lies, or on a decision of the city in hindsight (round 41)', () => {
  it.each([
    // where the fault lies: in a body or a system, or not in the one person blamed
    ['正直なところ、窓口の混乱は担当者だけの責任ではなく、人員を減らし続けた市役所の問題だと思います。', '正直なところ、窓口の混乱は担当者だけの責任ではなく'],
    ['私個人としては、不法投棄が減らないのは今のルールに無理があるからだと考えています。', '私個人としては、不法投棄が減らないのは今のルールに無理があるからだと考え'],
    ['個人的な意見ですが、待機児童が減らないのは国の制度そのものに欠陥があると感じます。', '個人的な意見ですが、待機児童が減らないのは国の制度そのものに欠陥があると感じ'],
    ['ぶっちゃけ、あの件は上司の責任だと思うっす。', 'ぶっちゃけ、あの件は上司の責任だと思'],
    ['正直に申し上げれば、今回の事故は県の管理体制に問題があったと私は考えております。', '正直に申し上げれば、今回の事故は県の管理体制に問題があったと私は考え'],
    ['個人的には,職員ひとりの責任ではないと思います!', '個人的には,職員ひとりの責任ではない'],
    // a decision of the city judged in hindsight
    ['個人的には、花火大会は中止ではなく延期にすべきだったと思います。', '個人的には、花火大会は中止ではなく延期にすべきだった'],
    ['正直、ごみ袋の値上げはしなければよかったと思っています。', '正直、ごみ袋の値上げはしなければよかった'],
    ['私としては、図書館は駅前に移転したほうがよかったと考えています。', '私としては、図書館は駅前に移転したほうがよかった'],
    ['ぶっちゃけ、あの補助金は廃止したほうが良かったと思うよ。', 'ぶっちゃけ、あの補助金は廃止したほうが良かった'],
  ])('flags %s', (text, excerpt) => {
    expect(summary(findingsOf(unofficial, text))).toContain(`unofficial/personal-view:warn:${excerpt}`)
  })
  it.each([
    // a taste, advice, or one's own day out judged in hindsight
    '個人的には、川下りは午前中の便がおすすめだと思います。',
    '個人的には、もっと早く会場に来たほうがよかったなと思いました。駐車場がすぐ満車に！',
    '正直、雨の中で不安でしたが、思い切って参加してよかったと思いました！',
    '個人的には、申し込みはお早めにしたほうがよいと思います。',
    // the city's finding, not one person's view; a training quoted; abuse quoted in a campaign against it
    '市は、今回の事案は組織としての管理体制に問題があったと判断し、再発防止策を取りまとめました。',
    'ハラスメントは、受けた人の問題ではなく、組織の問題として取り組む必要があります。',
    '「お前なんか生まれてこなければよかった」――こうした言葉も心理的虐待にあたります。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): a benefit the city would grant, forecast or second-hand (round 41)', () => {
  it.each([
    ['任期が終わったら、役場で正職員に登用してもらえるらしいですよ。', 'unofficial/rumour'],
    ['卒業後は市の職員として雇ってもらえるみたい！', 'unofficial/rumour'],
    ['来年度は、希望する全世帯に防災ラジオが無料で配られるはずです。', 'unofficial/forecast'],
    ['実証がうまくいけば、農家さんに自動給水栓がタダで貸し出されることになりそうです。', 'unofficial/forecast'],
    ['ﾄﾞﾛｰﾝは全農家に無償で配られる見込みです', 'unofficial/forecast'],
    ['結果次第では、全小学校にタブレットを無償で貸与することになるだろう。', 'unofficial/forecast'],
  ])('flags %s', (text, rule) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith(`${rule}:warn:`))).toBe(true)
  })
  it.each([
    // a hand-out going on or announced; hiring announced; a resident's question quoted and answered
    '市内の観光案内所では、英語の観光マップを無料で配布しています。',
    '防災ラジオは、6月から希望する世帯に無償で配布します。申込は防災課まで。',
    '令和7年度の柳川市職員採用試験の受付を開始しました。',
    '「任期後は市の職員として採用されると聞いた」というお問い合わせがありましたが、そのような制度はありません。',
    '除籍本を、ご希望の方に無料でお譲りします。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): the cause of a harm guessed or inferred (round 41)', () => {
  it.each([
    ['昨日の断水は、おそらく配管の老朽化が原因でしょう。', 'unofficial/guessed-cause:warn:おそらく配管の老朽化が原因でしょう'],
    ['公民館の窓ガラスが割られた件、近所の中学生の仕業じゃないかと思います。', 'unofficial/guessed-cause:warn:近所の中学生の仕業じゃないか'],
    ['今朝の停電の原因は、たぶん工事の業者が電線を傷つけたことだろう。', 'unofficial/guessed-cause:warn:原因は、たぶん工事の業者が電線を傷つけたことだろう'],
    ['先週の水道管の破裂は､施工ミスが原因だったようだ｡', 'unofficial/guessed-cause:warn:施工ミスが原因だったようだ'],
    ['先日の給食の異物混入は、調理器具の部品が欠けたせいだと思います。詳しくは調査中です。', 'unofficial/cause:warn:調理器具の部品が欠けたせいだと思'],
    ['昨夜の火事、火元は空き家のたばこの吸い殻のようです。', 'unofficial/guessed-cause:warn:火元は空き家のたばこの吸い殻のようです'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    // causes in general (a fire-safety column), weather, a question, the cause found, the inquiry itself
    '冬に多い住宅火災は、ストーブの消し忘れが原因のことが多いようです。火の元には十分ご注意ください。',
    '昨日は雨のせいでしょうか、いつもより来館者が少なめでした。',
    '先週の花火大会は、天候のせいでしょう、来場者が例年より少なめでした。',
    '先週の住宅火災について、消防署の調査の結果、原因はストーブの消し忘れと判明しました。火の元には十分ご注意ください。',
    '本日の断水の原因は、現在調査中です。分かりしだいお知らせします。',
    '昨夜の火災の原因は、漏電とみられています。',
    // a fraudster's line quoted in a warning
    '「この前の雨漏りは屋根の工事のせいでしょう」と突然訪ねてくる業者にご注意ください。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): hearsay framed as what people were saying, a fee said to rise, a remark taken as a guarantee, an arrangement guessed (round 42)', () => {
  it.each([
    // what people were saying, passed on (standard, polite, 筑後弁)
    ['来年からごみ袋が値上げになるって、近所の人たちが言ってました。', 'unofficial/rumour:warn:って、近所の人たちが言ってました'],
    ['お米の値段がまた上がると、直売所のおばちゃんが言っていました。', 'unofficial/rumour:warn:と、直売所のおばちゃんが言っていました'],
    ['あの店、今月で閉店するって常連さんが言いよったばい。', 'unofficial/rumour:warn:って常連さんが言いよった'],
    // a fee said to rise or fall, passed on
    ['介護保険料が来年度から上がると聞きました。', 'unofficial/rumour:warn:と聞きました'],
    ['公民館の使用料が安くなるらしいです。', 'unofficial/rumour:warn:安くなるらしい'],
    ['スポーツ教室の受講料、倍になるって聞いたよ', 'unofficial/rumour:warn:って聞いた'],
    // someone's word taken as a guarantee
    ['課長が「予算は必ずつく」と言っていたので、来年度の実施は確実です。', 'unofficial/forecast:warn:と言っていたので、来年度の実施は確実です'],
    ['業者さんが大丈夫って言ってたから、年内の開通は間違いないです！', 'unofficial/forecast:warn:って言ってたから、年内の開通は間違いないです'],
    // an arrangement guessed at (passive or potential + ことになる + a conjecture)
    ['改修後の市民プールは、冬も一般開放されることになるはずです。', 'unofficial/forecast:warn:開放されることになるはず'],
    ['新しい支所では、住民票の発行もできることになるでしょう。', 'unofficial/forecast:warn:できることになるでしょう'],
    ['旧校舎は地域の集会所として使われることになるかもしれません。', 'unofficial/forecast:warn:使われることになるかも'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    // residents' words quoted, feelings, a fraud warning with the fraudster's line, a rumour put right
    '参加した子どもたちは「来年も絶対に来たい」と言っていました。',
    '利用者の方が、駐車場の料金が高いと言っていました。ご意見は担当課に伝えました。',
    '「保険料が安くなる」と言って訪ねてくる業者にご注意ください。',
    '「水道料金が上がる」と言っていた人がいますが、そのような予定はありません。',
    '来年度から保育料が下がります。詳しくは市ホームページをご覧ください。',
    // certainty of one's own, announced plans, and a fraud story
    '「絶対にもうかる」と言われたので、確実だと信じてしまったそうです。不審な勧誘にご注意ください。',
    '市議会で可決されたので、4月からの実施が決定しました。',
    // a procedure stated, the reader's inconvenience, an announced opening
    '申請から2週間ほどで交付されることになります。',
    '工事期間中はご不便をおかけすることになるかと思いますが、ご理解をお願いします。',
    '改修後の市民プールは、冬も一般開放することが決まりました。',
    // a campaign against rumours
    '【「そのうわさ、本当？」キャンペーン】災害時はSNSでうわさやデマが広がりがちです。情報は市の公式アカウントでご確認ください。',
    'デマやうわさは、不安なときほど広まりやすいものです。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): a system condemned on the city\'s account in the humble stance (round 43)', () => {
  it.each([
    ['ふるさと納税は返礼品競争となっており、柳川市といたしましても制度そのものに問題があると考えております。', 'unofficial/personal-view:warn:柳川市といたしましても制度そのものに問題があると考えて'],
    ['本市といたしましては、この交付金の仕組み自体に無理があると考えています。', 'unofficial/personal-view:warn:本市といたしましては、この交付金の仕組み自体に無理があると考えて'],
    ['市としましては、マイナ保険証の制度そのものに大きな欠陥があると思っております。', 'unofficial/personal-view:warn:市としましては、マイナ保険証の制度そのものに大きな欠陥があると思って'],
    ['柳川市としても、国の補助制度自体に矛盾があると感じております。', 'unofficial/personal-view:warn:柳川市としても、国の補助制度自体に矛盾があると感じて'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    // a difficulty named and acted on; the city's own set-up found wanting in an apology; a resident's opinion quoted
    '市といたしましても、現行の予約の仕組み自体に課題があると考えており、来年度から見直します。',
    '市としましても、確認の仕組み自体に問題があったと考えております。再発防止に努めてまいります。',
    '「制度そのものに問題がある」とのご意見もいただいております。今後の参考にさせていただきます。',
    'ふるさと納税の制度について、市といたしましては国の基準に沿って適正に運用しております。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): a cause or a fault concluded in the formal voice of judgment (round 43)', () => {
  it.each([
    ['今年のうなぎの不漁は、上流のダムの放流量が減ったことが原因だと考えられます。', 'unofficial/guessed-cause:warn:上流のダムの放流量が減ったことが原因だと考えられます'],
    ['昨日の断水は、工事業者の確認不足が原因であったものと思われます。', 'unofficial/guessed-cause:warn:工事業者の確認不足が原因であったものと思われます'],
    ['今回の給食の異物混入は、納入業者の管理の甘さによるものと考えられます。', 'unofficial/guessed-cause:warn:納入業者の管理の甘さによるものと考えられます'],
    ['先週の体育館の雨漏りは、屋根の施工不良が原因と推測されます。', 'unofficial/guessed-cause:warn:屋根の施工不良が原因と推測されます'],
    ['1月20日に発生した公用車の事故につきまして、運転職員に過失はなかったものと考えております。', 'unofficial/guessed-cause:warn:運転職員に過失はなかったものと考えて'],
    ['昨日の接触事故は、相手の運転手に過失があったと考えています。', 'unofficial/guessed-cause:warn:相手の運転手に過失があったと考えて'],
    ['今回の件について、担当者に落ち度は一切ないと判断しています。', 'unofficial/guessed-cause:warn:担当者に落ち度は一切ないと判断して'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    // a generalisation, weather, an inquiry's finding, an authority as the source, the police's hedge, an apology or a settlement
    '熱中症の多くは、水分不足が原因と考えられます。こまめに水分補給をしましょう。',
    '今年のノリの色落ちは、雨が少なかったことが原因と考えられます。',
    '調査の結果、昨日の断水は水道管の老朽化が原因であったものと考えられます。',
    '保健所によると、今回の食中毒は加熱不足が原因と考えられます。',
    '昨夜の火災は、たばこの不始末が原因とみられています。',
    '1月20日に発生した公用車の事故につきましては、市職員に過失があったものと考えております。相手方に深くお詫び申し上げます。',
    '昨年の事故について、相手方との示談が成立しました。市に過失はなかったものと判断されています。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): why something is so, passed on second-hand (round 43)', () => {
  it.each([
    ['最近イノシシの多かとは、山の方で誰かが餌ばやりよるけんげ\u200bな🐗 ほんなこつやろか〜', 'unofficial/rumour:warn:やりよるけんげ\u200bな'],
    ['ごみ収集の遅れとるとは、運転手さんの辞めたけんげな。', 'unofficial/rumour:warn:辞めたけんげな'],
    ['公園の噴水が止まっとるのは、業者が手を抜いたかららしいです。', 'unofficial/rumour:warn:抜いたかららしい'],
    ['バスの本数が減ったのは、市が補助金を削ったからみたいですよ。', 'unofficial/rumour:warn:削ったからみたい'],
    ['カラスの多かとは、誰かが夜に生ごみば出しよるけんげな🐦', 'unofficial/rumour:warn:出しよるけんげな'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    // a reason stated, a reason from tradition, the weather as the reason, a rumour warned against
    'この季節にホタルが多いのは、水がきれいだからです。',
    '柳川の川下りが人気なのは、四季の景色が楽しめるからだそうです。',
    '今年は雨の多かとは、梅雨前線の停滞しとるけんげな。',
    '「イノシシが多いのは誰かが餌をやっているからだ」といったうわさに惑わされず、正しい情報をご確認ください。',
    '野生のイノシシに餌を与えないでください。人里に出てくる原因になります。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): a wish to keep a good thing to oneself, said as praise (round 43)', () => {
  it.each([
    // a concession that goes on to tell, a wish for the reader to keep it, a "degree" of news about a change
    ['まだ内緒にしておきたいんですが、来年度から図書館が有料になります。', 'unofficial/rumour:warn:内緒'],
    ['内緒にしておいてほしいけど、次の館長は田中さんらしいよ。', 'unofficial/rumour:warn:内緒'],
    ['内緒にしておきたいくらいの話ですが、駅前の店が撤退するそうです。', 'unofficial/rumour:warn:内緒'],
    ['ナイショにしときたいけど、新しい図書館の場所が決まりました。', 'unofficial/rumour:warn:ナイショ'],
    ['内緒にしておきたいほどの大ニュース、来年から駐車場が無料になります！', 'unofficial/rumour:warn:内緒'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    // praise of a dish, a view, a seat, a lane, a hot spring (half-width katakana), in plain and polite forms
    '司書さんイチオシの絵本コーナーができたよ〜📖 ほんとは内緒にしておきたいくらいの名作ぞろい！おはなし会のあとにのぞいてみてね😊',
    'このカフェのプリン、ほんとは内緒にしておきたいほどのおいしさです🍮',
    '川下りの船から見る夕焼けは、ナイショにしときたいくらいキレイでした✨',
    '図書館の窓際の席は、みんなに内緒にしたくなるくらい居心地がいいんです。',
    '沖端の路地裏は、ないしょにしておきたいほど静かで素敵な散歩道です。',
    'ﾅｲｼｮにしておきたいくらいの穴場の温泉、ついにご紹介します♨',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): a poor harvest or catch passed on second-hand (round 44)', () => {
  it.each([
    // other crops, other endings (らしい, そうです, みたい, って…言って, half-width), plain and polite
    ['今年のミカンは夏の日照り続きで不作らしいよ。', 'unofficial/rumour:warn:不作らしい'],
    ['今季のノリは不漁だそうです。', 'unofficial/rumour:warn:不漁だそうです'],
    ['今年は米が凶作になるみたいです。', 'unofficial/rumour:warn:なるみたい'],
    ['アスパラの収穫が半減するって農家さんが言っていました。', 'unofficial/rumour:warn:って農家さんが言っていました'],
    ['ｲﾁｺﾞの出荷量が激減するらしいですね。', 'unofficial/rumour:warn:激減するらしい'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    // an official source, a tale of old times, a resident's question answered, advice, good news, 不作為 (omission)
    '水産センターによると、今季の漁獲量は例年並みになるそうです。',
    '昔、この地域は不作が続き、人々が苦労したそうです。',
    '不作の年に備えて、農業共済への加入をおすすめしています。',
    '今年のノリは豊作らしいです！',
    '行政の不作為を問う訴訟について、市の対応をお知らせします。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): a cause guessed in the spontaneous passive 〜だと思われます (round 44)', () => {
  it.each([
    ['本日は返却ポストがあふれています。おそらく隣町の図書館が休館しているせいだと思われます。', 'unofficial/guessed-cause:warn:'],
    ['今朝の断水は、業者が配管を傷つけたせいだと思われます。', 'unofficial/guessed-cause:warn:業者が配管を傷つけたせいだと思われます'],
    ['昨日の停電は、変電所の点検が不十分だったのが原因だと思われる。', 'unofficial/guessed-cause:warn:変電所の点検が不十分だったのが原因だと思われる'],
    ['今回のバスの遅れは、運転手さんが道を間違えているせいだと思われます。', 'unofficial/guessed-cause:warn:運転手さんが道を間違えているせいだと思われます'],
    ['先週の漏水、古い配管が原因であると思われます。', 'unofficial/guessed-cause:warn:古い配管が原因であると思われます'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    // the weather, causes in general, an authority's finding, the inquiry still open, an apology for one's own delay
    '本日の窓口は大変混雑しています。雨のせいだと思われます。',
    '冬場の火災は、ストーブの消し忘れが原因だと思われるケースが多くあります。',
    '昨日の火災の原因は、消防によると電気配線のショートだと思われるとのことです。',
    '本日の事故の原因は現在調査中です。判明しだいお知らせします。',
    '窓口が混雑しているせいで、お待たせしております。申し訳ありません。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): a remark let slip off the record, reported (round 44)', () => {
  it.each([
    ['視察後の立ち話で、副市長は「あの施設はもう閉めるしかない」と漏らしていました。', 'unofficial/off-record:warn:立ち話で、副市長は「あの施設はもう閉めるしかない」と漏らし'],
    ['懇親会の席で、教育長が「小学校の統廃合は避けられない」と本音をのぞかせた。', 'unofficial/off-record:warn:懇親会の席で、教育長が「小学校の統廃合は避けられない」と本音をのぞかせ'],
    ['飲み会で課長がぽろっと、来年は窓口を減らすつもりだと言っていました。', 'unofficial/off-record:warn:飲み会で課長がぽろっと'],
    ['式典のあとの雑談で、市長は来年度の予算は厳しいとこぼしていました。', 'unofficial/off-record:warn:雑談で、市長は来年度の予算は厳しいとこぼし'],
    ['記者との懇親会では、部長が新庁舎の建設は延期になるだろうと口を滑らせた。', 'unofficial/off-record:warn:懇親会では、部長が新庁舎の建設は延期になるだろうと口を滑らせ'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    // an event to chat with the mayor, residents' and children's words, a greeting, a press conference, a user talking to staff
    '市長と気軽に雑談できる「まちかどトーク」を開催します。どなたでもご参加ください。',
    '雑談の中で、子どもたちが「川がきれいになった」とうれしそうに話してくれました。',
    'ふれあいサロンでは、雑談の中で参加者の方が「一人暮らしが寂しい」と本音をこぼす場面もありました。',
    '懇親会では、市長が「来年もぜひ柳川へお越しください」とあいさつしました。',
    '市長は会見で「子育て支援を充実させたい」と述べました。',
    '職員との雑談の中で、利用者さんが「ここに来ると元気が出る」とこぼしてくれました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): a frank verdict on a price, then the city said to act on it (round 44)', () => {
  it.each([
    ['率直に申し上げて、駐車場の料金は高すぎます。市としても、管理会社に見直しを求めるべきだと考えています。', 'unofficial/personal-view:warn:市としても、管理会社に見直しを求めるべきだと考え'],
    ['率直に言って、このバスの運賃は高すぎると思います。市としても値下げを働きかけるべきだと思います。', 'unofficial/personal-view:warn:市としても値下げを働きかけるべきだと思'],
    ['率直に言うと、ごみ袋はもっと安くすべきです。市としても同じ考えです。', 'unofficial/personal-view:warn:市としても同じ'],
    ['正直言って、体育館の使用料は高過ぎる。本市としても、指定管理者に値下げを求めるべきであると考える。', 'unofficial/personal-view:warn:本市としても、指定管理者に値下げを求めるべきであると考え'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    // frank opinions invited, praise, the weather, the city's stance with no personal verdict
    '率直なご意見をお寄せください。市としても、いただいたご意見をもとに改善を進めます。',
    '率直に言って、今年の花火大会は最高でした！市としても来年の開催に向けて準備を進めます。',
    '率直に言って、暑すぎる日が続きます。市としても熱中症対策を進めています。',
    '本市としては、国に対して制度の見直しを求めるべきと考えております。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): round 45/46 kinds', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    // a personal view, then foretold to come true (R45A-019)
    ['個人的には、窓口は土曜日も開けるべきだと思います。いずれそうなるはずです。', 'unofficial/personal-view:warn:いずれそうなるはず'],
    ['正直、ごみ袋の値段は見直したほうがいいと思っています。おそらくその方向になるでしょう。', 'unofficial/personal-view:warn:おそらくその方向になるでしょう'],
    ['ぶっちゃけ、夏祭りは夜だけにすべきやと思う。たぶんそうなるやろ…いや、たぶんそうなると思う。', 'unofficial/personal-view:warn:たぶんそうなると思'],
    // a private person's talk named as the source of a harm or a change (R45A-057)
    ['火事のあった家について、近所の方の話では、前から配線が古かったそうです。', 'unofficial/rumour:warn:近所の方の話では'],
    ['常連さんの話によれば、あの店の店主は借金を抱えています。', 'unofficial/rumour:warn:常連さんの話によれば'],
    ['知人のお話では、例の倉庫で火災があったとのことです。', 'unofficial/rumour:warn:知人のお話では'],
    // talk going round among locals, about a culprit or a cause (R45A-112)
    ['公園のベンチが壊されたのは、夜に集まる若者のせいだと近所ではもっぱらの評判です。', 'unofficial/rumour:warn:と近所ではもっぱらの評判'],
    ['ゴミの不法投棄は隣町の業者の仕業ともっぱらの評判です。', 'unofficial/rumour:warn:ともっぱらの評判'],
    // humble hearsay pointing back to the sentence before (R45A-117)
    ['昨日の断水は、水道管の継ぎ目が外れたためのようでございます。工事業者がそのようにおっしゃっていたと伺っております。', 'unofficial/rumour:warn:と伺って'],
    ['給食への異物混入は、納入業者の包装の破片だったようです。業者さんがそう言っていたと聞きました。', 'unofficial/rumour:warn:と聞きました'],
    // a famous guest's appearance hinted (R45A-072)
    ['花火大会には、あの人気歌手さんがサプライズで登場するかも！？', 'unofficial/forecast:warn:登場するかも'],
    ['成人式に地元出身のタレントさんが来てくれるかもしれません😉', 'unofficial/forecast:warn:来てくれるかもしれ'],
    // a service's capacity forecast to grow (R46A-076)
    ['来年度は学童保育の定員が大幅に増える見込みです。', 'unofficial/forecast:warn:見込み'],
    ['コミュニティバスの便数が秋から拡充される見通しです。', 'unofficial/forecast:warn:見通し'],
    // who is behind a crime, guessed with no source (R46A-016)
    ['一連の空き巣は、土地勘のある人物が関わっている可能性が高いです。', 'unofficial/guessed-cause:warn:人物が関わっている可能性が高'],
    ['今回の不正アクセスには、内部の者が関与しているのではないかと考えています。', 'unofficial/guessed-cause:warn:者が関与しているのではないか'],
    // a personal view, then the city said to recommend "that" (R46A-098)
    ['私としては、庭木は業者に頼むより自分で剪定したほうが安くて良いと思います。市としてもそちらを推奨します。', 'unofficial/personal-view:warn:市としてもそちらを推奨'],
    ['個人的には、車より自転車で通勤する方がいいと思う。柳川市としてもそっちをおすすめしたいです。', 'unofficial/personal-view:warn:柳川市としてもそっちをおすすめ'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // announcements and the city's own recommendation, with no personal view
    '市としても、早めの避難をおすすめします。',
    '個人的には川下りが一番好きです。市としてもぜひおすすめします。',
    '来年度から申告相談は完全予約制になります。詳しくは市ホームページをご覧ください。',
    'ご意見ありがとうございます。そのように改善できるよう検討いたします。',
    // neighbours' memories, praise spread by word of mouth, a kind act reported
    '地元の方の話では、昔はこの堀で子どもたちが泳いでいたそうです。',
    'このお店のうなぎせいろは、おいしいと地元ではもっぱらの評判です。',
    'ご近所の方の話では、毎朝この通りを掃除してくださっている方がいるそうです。ありがとうございます。',
    // a guest announced, a surprise teased without a person, the weather
    '記念式典には、柳川市出身の俳優 田中一郎さんが出演します。',
    '当日はサプライズもあるかも！？お楽しみに。',
    '週末は混雑が見込まれます。公共交通機関をご利用ください。',
    // a capacity announced, a wider crowd forecast by nature
    '来年度から学童保育の定員を40名に拡大します。',
    // the police's finding passed on, a fraud warning that quotes the fraudster
    '警察によると、一連の空き巣は同じ人物が関わっているとみられます。戸締まりにご注意ください。',
    '「市役所の職員が関わっている」などと話す不審な電話にご注意ください。',
    // a resident's question and the answer
    '業者の方がそのようにおっしゃっていたとのお問い合わせがありましたが、そのような事実はありません。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial (5(1)): round 47 kinds', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    // a policy settled or drafted inside, told with a sign it is not out yet: a leak, block (R47A-107, R47B-048, R47B-072, R47B-113)
    ['【固定資産税の減免制度について】\n\n平素より市税の納付にご協力いただき、ありがとうございます。\n\n固定資産税の減免制度につきましては、現在、3月議会に提出予定の令和8年度予算案において、災害減免を除く独自減免を廃止する内容で最終調整が行われております。対象となる方には、議決後に個別にお知らせする予定です。\n\n詳しくは税務課資産税係までお問い合わせください。', 'unofficial/leak:block:内容で最終調整が行われ'],
    ['学童保育のお迎え、いつもおつかれさまです😊\n\n冬休みの一日利用の申込は12月10日までです。お忘れなく🌟\n\nそれと、まだ内緒なんですが…来年度から利用料を月4,000円から5,500円に上げる方向で、いま庁内で調整しているところです💦 決まったらまたお知らせしますね。', 'unofficial/leak:block:方向で、いま庁内で調整して'],
    ['ふるさと納税の返礼品について、市は来年度から有明海産海苔の定期便（年4回）を追加する方針を固めた。寄附額は2万円を想定している。正式発表は来月の予定である。', 'unofficial/leak:block:方針を固めた'],
    ['一般質問で取り上げられた市立保育所の統廃合、執行部ではもう3園を2園にまとめる素案ができているそうです。来年の3月議会で出てくるかもしれません。', 'unofficial/leak:block:素案ができて'],
    // …the same kind in other words, registers and dialect
    ['市は、来年度から公民館の使用料を1.5倍に引き上げる方針を固めた。正式な発表は年明けになる見込み。', 'unofficial/leak:block:方針を固めた'],
    ['ここだけの話ですけど、来年から花火大会は有料観覧席をつくる方向で、もうほぼ固まっとります。', 'unofficial/leak:block:方向で、もうほぼ固まっとり'],
    ['まだナイショやけど、春からコミュニティバスを2路線減らす案で課内で詰めよるところです🤫', 'unofficial/leak:block:案で課内で詰めよ'],
    ['庁内では、市民プールを廃止して跡地を駐車場にする原案がもうまとまっているらしいです。', 'unofficial/leak:block:原案がもうまとまっ'],
    ['上程前の条例改正案では、犬の登録手数料を3,000円に上げる内容で調整中です。', 'unofficial/leak:block:内容で調整中'],
    ['公表前ですが、学校給食費を月300円上げる方向で最終調整に入りました。', 'unofficial/leak:block:方向で最終調整に入'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // a plan under consideration said plainly, hearsay alone, a denial, a secret kept by someone else: at most a warning
    '来年度から保育料の見直しを検討しています。決まり次第お知らせします。',
    '子ども医療費の助成を高校生まで拡大する方向で検討しています。',
    '市は、ごみ袋の値上げ方針を固めたとの一部報道がありましたが、そのような事実はありません。',
    '親に内緒で相談できる窓口です。来年度は窓口を増やす方向で検討しています。',
    '来年度からごみ袋が値上げになるらしいです。',
    '新しいキャラクターのデザインは、市民投票で選ぶ方向で検討しています。結果の発表は3月の予定です。',
  ])('does not block %s', (text) => {
    expect(rules(text).filter((x) => x.includes(':block:'))).toEqual([])
  })
  it.each([
    // a draft put out for comment or explained, a budget published, a schedule being finalised, a policy announced
    '第3次総合計画の素案ができました。1月31日まで皆さんのご意見を募集しています。',
    '検討委員会で基本構想の素案がまとまり、説明会を開きます。',
    '3月議会に提出予定の予算案の概要を、市ホームページで公表しました。',
    '新年度予算案は、3月議会に提出する予定で、現在最終調整を行っております。',
    '市は、避難所の運営方針を固めました。詳しくは市ホームページをご覧ください。',
    '正式発表は来月の予定です。お楽しみに！',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial (5(1)): round 48 kinds (unofficial/leak)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    // a concrete change said to be put into a budget or a bill still to be compiled or submitted (R48A-011)
    ['【空き家の解体補助】\n\n今年度の受付は予算の上限に達したため終了しました。たくさんのお申し込みありがとうございました。\n\nなお、来年度は補助の上限額を１００万円に引き上げる見込みで、当初予算案に計上する予定です。解体をお考えの方は、来年度のお申し込みをご検討ください。', 'unofficial/leak:block:当初予算案に計上する予定'],
    ['来年度から第2子の保育料を無料にする方針で、当初予算案に盛り込む予定です。', 'unofficial/leak:block:当初予算案に盛り込む予定'],
    ['防犯灯LED化の補助率は3分の2に引き上げる見通しで、6月補正予算案に計上する見込みです。', 'unofficial/leak:block:補正予算案に計上する見込み'],
    ['敬老祝い金は来年度から5千円に引き下げて、予算案に入れる予定げなよ。', 'unofficial/leak:block:予算案に入れる予定'],
    ['市民プールの入場料を200円値上げする改定を、新年度予算に反映する方針です。', 'unofficial/leak:block:新年度予算に反映する方針'],
    // a direction in (final) coordination, a change or a penalty as its content, the release promised once decided (R48A-063, R48A-099)
    ['@yng_watch ご意見ありがとうございます。当該職員の処分につきましては、懲戒免職とする方向で最終調整を行っているところです。決定次第、市ホームページで公表いたします。', 'unofficial/leak:block:方向で最終調整を行っ'],
    ['@tsutsumi_m ご質問いただいた件ですが、次回の選挙から西宮永と東宮永の投票所を統合する方向で、選挙管理委員会において調整中と伺っております。正式に決定しましたら改めてお知らせいたします。', 'unofficial/leak:block:方向で、選挙管理委員会において調整中'],
    ['市民プールの利用料を来年度から200円上げる方向で最終調整しています。決まり次第お知らせします。', 'unofficial/leak:block:方向で最終調整して'],
    ['当該職員は停職3か月とする方向で調整が進んでいます。正式に決定しましたら公表いたします。', 'unofficial/leak:block:方向で調整が進ん'],
    ['例の職員の処分、減給の線でほぼまとまったみたいです。決まったら発表するけんね。', 'unofficial/leak:block:線でほぼまとまった'],
    ['小中学校の統合について、2校を1校にする案で教育委員会と調整中と聞いております。確定しましたらご案内いたします。', 'unofficial/leak:block:案で教育委員会と調整中'],
    // a direction said under the writer's secret aside (R48A-098)
    ['保育士さんの採用試験、たくさんのご応募ありがとうございました！ここだけの話、来年度は募集人数を倍に増やす方向みたいです。お楽しみに😉', 'unofficial/leak:block:方向みたい'],
    ['内緒なんですけど、来年から図書館の開館時間を夜9時まで延長する方向らしいです。', 'unofficial/leak:block:方向らしい'],
    ['ここだけの話ばってん、来年度はごみ袋ば値上げする方針げな。', 'unofficial/leak:block:方針げな'],
    ['オフレコでお願いしたいんですが、春から市民プールは有料化の方向です。', 'unofficial/leak:block:有料化の方向です'],
    ['まだナイショですよ〜🤫 秋から公民館の使用料を引き下げる方向です！', 'unofficial/leak:block:方向です'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // a plan still being considered, hearsay or an aside about nothing the city decides, a secret that is someone else's: no block
    '子ども医療費の助成を高校生まで拡大する方向で検討しています。決まり次第お知らせします。',
    '来年度は募集人数を増やす方向で検討しています。',
    'ここだけの話、職員もみんなこのパン屋さんの大ファンです。',
    'ここだけの話、この道を北へまっすぐ進む方向が一番の近道です。',
    '親に内緒で相談できる窓口です。来年度は窓口を増やす方向です。',
  ])('does not block %s', (text) => {
    expect(rules(text).filter((x) => x.includes(':block:'))).toEqual([])
  })
  it.each([
    // an event being scheduled, a decision published, a penalty announced, a bill submitted, a budget put out for comment or published
    '秋の講演会は11月に開催する方向で講師と調整中です。決まり次第お知らせします。',
    '投票所の統合について、選挙管理委員会が決定した内容を市ホームページで公表しました。',
    '職員の懲戒処分を行いました。詳しくは市ホームページをご覧ください。',
    '空き家解体補助の関連経費を補正予算案に計上し、6月議会に提案しました。',
    '来年度予算に計上する予定の事業について、市民の皆さまのご意見を募集しています。',
    '予算の範囲内で、来年度も補助の受付を実施する予定です。',
    '補助制度の拡充に必要な経費を来年度予算に計上するよう、国に要望しました。',
    '当初予算案を市ホームページで公表しました。補助の上限額は100万円に引き上げる予定で、予算案に計上しています。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind FV kinds (a draft out for comment, rumours as the subject of an awareness post)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    // a 素案 put out for public comment, the comment asked for after a gap (意見を1月9日まで募集中) or in another paragraph (FV-131, FV-137)
    "「第3次柳川市男女共同参画プラン（素案）」への意見を1月9日まで募集中です。「○ページの△△について」のように該当箇所を添えてお寄せください。https://www.city.yanagawa.fukuoka.jp/jinken/plan/",
    "【「第3次柳川市男女共同参画プラン（素案）」に対するご意見を募集します】\n\n市では、令和8年度から5年間の男女共同参画の取り組みの方向性を示す「第3次柳川市男女共同参画プラン」の素案を取りまとめました。広く市民の皆さまのご意見をお聞きするため、パブリックコメントを実施します。\n\n素案では「家庭・地域」「職場」「教育」「安全・安心」の4つの分野に、合わせて18の施策を掲げています。特に、男性の家事・育児への参画と、審議会などにおける女性委員の割合の向上を重点項目としています。\n\n■募集期間\n令和7年12月10日（水）〜令和8年1月9日（金）\n\n■説明会\n12月14日（日）14時〜15時、柳川市民文化会館 中会議室（申込不要）\n\n■素案の閲覧場所\n・市ホームページ\n・人権・男女共同参画課（本庁舎3階）\n・各支所、市立図書館\n\n■提出方法\n意見書（様式自由）に住所・氏名・ご意見を書いて、次のいずれかの方法でご提出ください。\n・持参または郵送：〒832-8601 柳川市本町87番地1 柳川市役所 人権・男女共同参画課\n・FAX：0944-73-8190\n・メール：danjo@city.yanagawa.fukuoka.jp\n・市ホームページの意見募集フォーム\n\n■記入例\n「素案12ページの『家庭における男女共同参画の推進』について、○○のような取り組みを加えてほしい」のように、該当箇所を示していただくと助かります。\n\n■ご注意\n・電話や窓口での口頭によるご意見はお受けできません。\n・いただいたご意見に個別の回答はいたしませんが、ご意見の概要と市の考え方を、後日市ホームページで公表します。\n・住所・氏名などの個人情報は、この意見募集の目的以外には使用しません。\n\n問い合わせ：人権・男女共同参画課 0944-77-8538",
    '「柳川市地域公共交通計画（素案）」への意見を2月末まで受け付けています。',
    '新しい観光振興計画の原案について、市民の皆さんからの意見を3月10日まで募集しています。',
    '【ご意見募集】\n\n柳川市環境基本計画の素案をまとめました。\n\n素案では、2030年までの温室効果ガス削減目標を掲げています。\n\n■パブリックコメント\n期間：2月1日〜2月28日',
    '「こどもの居場所づくり方針」のたたき台について、意見公募を行っています。\n\nたたき台では、放課後の居場所を市内10か所に広げることを掲げています。',
    '都市計画の変更案を縦覧に供しています。\n\n原案では、用途地域の見直しを示しています。',
    // rumours in general as the subject of a harm done to people: an awareness post, none passed on (FV-087)
    "💬 うわさ話や決めつけが、だれかを追いつめることがあります。\n「〜らしいよ」と聞いた話を広める前に、ちょっと立ち止まってみませんか。\n人権・男女共同参画課\n#柳川 #人権 #ひとりひとりを大切に",
    '噂や陰口が、友だちを苦しめていませんか。',
    'SNSのうわさが、だれかを孤立させてしまうこともあります。',
    '人のうわさは、知らないうちにその人を追い詰めてしまうことがあります。',
    'うわさ話って、言われた人を苦しめることもあるんです。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    // a draft with no comment asked for anywhere in the post: a mere ご意見 or ホームページ in another paragraph does not publish it
    ['市民プール有料化の素案ができたばい。\n\nご意見はまたこんど聞かせてね。', 'unofficial/undecided:warn:素案'],
    ['庁内で新庁舎の素案をまとめています。\n\n詳しくは市ホームページをご覧ください。', 'unofficial/undecided:warn:素案'],
    ['来年度の組織再編のたたき台ができました。課内で意見を出し合っています。', 'unofficial/undecided:warn:たたき台'],
    ['校区再編の原案が固まりました。まだ表に出せない内容です。\n\n保護者の皆さんの声も聞かせてください。', 'unofficial/undecided:warn:原案'],
    // a rumour whose content is given, or told with a change or hearsay in the sentence, still is one
    ['うわさ話ですが、来年度から市民プールが有料になるらしいです。', 'unofficial/rumour:warn:うわさ'],
    ['駅前の食堂が食中毒を出したといううわさが、店主を追い詰めているそうです。', 'unofficial/rumour:warn:うわさ'],
    ['うわさでは、課長が辞めるらしく、それが職員を追い詰めています。', 'unofficial/rumour:warn:うわさ'],
    ['うわさが職員を追い詰めとるけど、課長は来月で辞めるげな。', 'unofficial/rumour:warn:うわさ'],
    ['その噂が本人を追い詰めたらしいです。', 'unofficial/rumour:warn:噂'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
})

describe('unofficial (5(1)): blind R49 kind (a change told under an aside that it may not be said in public yet)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    // R49A-058: a wage rise before the budget passes, told under 大きな声では言えませんが
    ['【児童クラブ指導員 募集中】\n\n勤務は平日の放課後、時給は現在1,080円です。\n\nまだ議会で予算が通っていないので大きな声では言えませんが、来年度からは時給1,200円に上がる予定です！この機会にぜひご応募ください。\n\n問い合わせ：子ども家庭課 0944-77-8753', 'unofficial/unannounced:warn:大きな声では言えませんが'],
    // the same kind in other words, endings and dialect
    ['大きか声じゃ言えんばってん、来年度から市民プールの使用料が上がるとよ。', 'unofficial/unannounced:warn:大きか声じゃ言えんばってん'],
    ['表立っては言えないんですが、4月から窓口の受付時間が変わる予定です。', 'unofficial/unannounced:warn:表立っては言えないんですが'],
    ['本当はまだ言っちゃいけないんですけど、来年から子ども医療費が高校生まで無料になります！', 'unofficial/unannounced:warn:本当はまだ言っちゃいけないんですけど'],
    ['公にはまだ申し上げられませんが、来春には新しい図書館ができる見込みです。', 'unofficial/unannounced:warn:公にはまだ申し上げられませんが'],
    ['大きな声では言えませんが…。来年度から指導員の時給が1,150円になります。', 'unofficial/unannounced:warn:大きな声では言えませんが'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // an aside about oneself, no change passed on
    '大きな声では言えませんが、実は私、ピーマンが苦手です。',
    '大きな声では言えませんが、新しい庁舎の食堂、実はかなりおいしいです。',
    '恥ずかしくて大きな声では言えませんが、今年初めて健康診断を受けました。来年からは毎年受けるつもりです。',
    '大きな声では言えませんが、実は来年から私も健康のため毎朝ジョギングを始めます。',
    // 大きな声 with no concession, or the council still to come with the announcement promised
    '大きな声では言えない悩みも、お気軽にご相談ください。',
    '図書館では大きな声でのおしゃべりはご遠慮ください。来年度から開館時間が変わります。',
    'まだ議会で予算が通っていないため、来年度の時給は決まり次第お知らせします。',
    // a scammer's line quoted as an example: a mention
    '「大きな声では言えないけど、あなたの口座だけ手数料が無料になります」といった電話にご注意ください。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial: the effect of a decided measure, in figures, is no undecided forecast', () => {
  it.each([
    '市は令和8年度から国民健康保険税の税率を改定する。3月定例会で関係条例の改正案が可決されたことによるもので、1人当たりの年間税額は平均で約2,300円増える見込みである。',
    '請負契約議案が可決されたことを受け、本契約を結んだ。完成後は所要時間が約5分短縮される見込みである。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each(['来年度から保育料が約2割上がる見込みです。', '市は改定を検討している。年間税額は約2,300円増える見込みです。'])('flags %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
})

describe('unofficial (5(1)): blind FY kinds (a mascot\'s taste told as a secret, a teaser shown by the post, a projection behind a passed measure)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    'ここだけの話、うなっぴの好物はうなぎ…じゃなくて、海苔のおにぎりなんだ🍙 え、意外？ｗ\n#うなっぴ #柳川 #ゆるキャラ',
    'ここだけの話、ぼくの好物はうなぎのせいろ蒸しじゃなくて、実はお団子なんだ🍡',
    '内緒だけど、うなっぴの特技は川下りの舟こぎなんだよ〜',
    'ここだけの話…わたしのマイブームは掘割の散歩です。',
    'ナイショだよ、うなっぴの苦手なものはお化け屋敷！',
    '本番まで内緒にしておこうと思ったけど…白秋祭の水上パレードの新しい灯り舟、ちょっとだけ見せちゃう👀（実行委員会にOKもらったよ）本番は11月1日〜3日、18時スタート！\n#柳川 #白秋祭 #うなっぴ',
    '完成まで秘密にしようと思ってたけど、新しいマンホールのデザイン、チラ見せします！',
    '当日まで内緒にしておこうと思ったけど…うなっぴの新しい衣装、ちょっとだけお見せしちゃいます✨',
    'オープンまでナイショにしとこうと思ったけど、新しい展示室、ちょっとだけ見せちゃう！（実行委員会のOKもらったよ）',
    '【水道料金の改定について】\n\n柳川市は、令和8年10月検針分から水道料金を改定し、平均12.8％引き上げる。本改定は、令和7年12月市議会定例会において「柳川市水道事業給水条例の一部を改正する条例」が可決されたことによるものである。料金の改定は平成21年以来、17年ぶりとなる。\n\n市の水道管は、昭和40年代から50年代に整備したものが多く、法定耐用年数の40年を超えた管の割合は、令和6年度末で31％に達している。令和6年度に市内で発生した漏水は214件で、10年前の約1.6倍となった。\n\n一方、人口減少と節水機器の普及により、水道料金の収入は10年前に比べて約9％減少している。市は令和7年3月に改定した「柳川市水道事業経営戦略」に基づき、今後10年間で約86億円をかけて老朽管の更新と浄水場の耐震化を進めるが、現行の料金水準のままでは令和9年度に資金不足が生じる見通しとなっていた。\n\n一般家庭（口径20ミリ、1か月20立方メートル使用）の場合、1か月あたりの料金は税込3,520円から3,971円となり、451円の増額となる。ひとり暮らしなど使用量の少ない世帯（1か月8立方メートル使用）では、税込1,650円から1,815円となる。\n\n市は、改定後も料金の一部を減免する制度を継続する。生活保護を受けている世帯や、重度の障害のある方がいる世帯は、申請により基本料金が免除となる。\n\n改定後の料金表と、使用量ごとの試算は市ホームページに掲載している。市民の皆様のご理解をお願いする。\n\nhttps://www.city.yanagawa.fukuoka.jp/suido/ryokin/\n\n問い合わせ：水道課 業務係 0944-77-8811',
    '【下水道使用料の改定】\n\n令和8年9月市議会定例会で改正条例が可決されました。\n\n現行の使用料のままでは、令和10年度に約3億円の資金不足が生じる見通しでした。',
    '市は、ごみ処理手数料を改定する。条例の改正案は3月議会で可決された。\n\n手数料を据え置いた場合、処理費用の赤字は5年間で約4億円に達する見込みだった。',
    '【市営駐車場の料金改定】\n\n本件は、市議会で承認されました。\n\n改定により、年間の収入は約1,200万円増える見込みです。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    ['ここだけの話、うなっぴの好きな川下りが来年度で廃止になるんだって。', 'unofficial/rumour:warn:ここだけの話'],
    ['ここだけの話、課長の趣味は釣りで、来月で退職するみたいです。', 'unofficial/rumour:warn:ここだけの話'],
    ['ここだけの話、市長の好物のうなぎ、来年から補助がなくなるらしい。', 'unofficial/rumour:warn:ここだけの話'],
    ['発表まで内緒にしておこうと思ったけど、来年度から川下りの料金が上がるの、ちょっとだけ見せちゃう。', 'unofficial/rumour:warn:内緒'],
    ['公表まで内緒にしておこうと思ったけど、来年度の予算案、ちょっとだけ見せちゃいます。', 'unofficial/rumour:warn:内緒'],
    ['本番まで内緒にしておこうと思ったけど…今年で水上パレードは最後になるらしいので、ちょっとだけ見せちゃう。', 'unofficial/rumour:warn:内緒'],
    ['本番まで内緒にしておこうと思ったけど、ちょっとだけ教えちゃう。来年から花火大会が有料になります。', 'unofficial/rumour:warn:内緒'],
    ['【水道料金の改定について】\n\n改正条例案を12月市議会に提出する予定です。\n\n現行の料金水準のままでは、令和9年度に約5億円の資金不足が生じる見通しです。料金は平均12.8％引き上げる見込みです。', 'unofficial/forecast:warn:見込み'],
    ['【水道料金】\n\n料金は来年度から平均12.8％引き上げる見込みです。\n\n一般家庭で月451円の増額となる見通しです。', 'unofficial/forecast:warn:見込み'],
    ['【水道料金の改定】\n\n条例は可決されました。\n\n近所の方によると、来年度から料金が月約450円上がるとのことです。', 'unofficial/forecast:warn:円上がるとのこと'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
})

describe('unofficial (5(1)): blind R53 kinds (筑後弁 らしか before です／ばってん／っちゃ／もん; a mascot\'s own profile withheld in play)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Hearsay of an unannounced change in 筑後弁: らしか (らしい) followed by a polite or dialect ending (らしかです, らしかばってん,
  // らしかっちゃん, らしかもんね).
  it.each([
    ['庁舎の耐震工事、どうも工期が半年くらい延びるらしかですよ〜。仮設窓口ももうしばらく続きそうです🏗️', 'unofficial/rumour:warn:延びるらしか'],
    ['体育館の改修、予算が足りんで来年度に延期になるらしかです。', 'unofficial/rumour:warn:なるらしか'],
    ['市民プールは今年で閉鎖するらしかばってん、ほんなこつやろか。', 'unofficial/rumour:warn:閉鎖するらしか'],
    ['保育料が来年から上がるらしかっちゃん。', 'unofficial/rumour:warn:上がるらしか'],
    ['コミュニティバスの路線が減便されるらしかもんね。', 'unofficial/rumour:warn:減便されるらしか'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    '沖端のうなぎ、ほんなこつ素晴らしかです！',
    'ひなまつりの飾り、かわいらしかですよ〜。',
    '柳川らしかです、この川下りの風景。',
    '堀割の水は有明海までつながっとるらしかよ〜、不思議やね。',
    '工期が延びる予定です。詳しくは市ホームページをご覧ください。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  // A mascot's or the writer's own profile withheld in play (血液型, 年齢, 体重, 誕生日 はナイショ): nothing passed on.
  it.each([
    'ほりわりんだよ〜🌊 きょうは献血バスのお手伝いに来たよ！ほりわりんの血液型はナイショ🤫 がんばる人をいっぱい応援するね〜💪✨ #柳川 #ほりわりん #献血',
    'わたしの年齢はヒミツだよ〜😊 でも川下りの歴史にはちょっとくわしいんだ！',
    'さげもんちゃんの体重は内緒です♪ 今日もお堀端をおさんぽ中🌸',
    'ぼくの誕生日はないしょ！当ててみてね🎂',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    ['ほりわりんの誕生日はナイショだけど、来年で引退するらしいよ。', 'unofficial/rumour:warn:ナイショ'],
    ['次の課長の名前はまだ内緒ですが、4月の異動で総務課の係長に決まったそうです。', 'unofficial/rumour:warn:内緒'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
})

describe('unofficial (5(1)): blind R54 kinds', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  const flagged = (text: string): boolean => rules(text).some((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  // R54A-045: a staff member's own proposal to change a measure of the city (budget, festival, fee), with colleagues said to share it
  // or the proposal foretold to come true: one person's plan for an undecided matter, said on the city's account.
  it.each([
    '観光課の担当者です。個人的な意見ですが、来年度の白秋祭は花火をやめて、その分の予算を掘割の照明に回すべきだと思っています。庁内でもそういう声が出始めているので、実現するかもしれません。',
    '私見ですが、市民プールの予算は図書館の改修に回したほうがいいと考えています。',
    '個人的には、成人式の記念品はやめて、その分を会場費に充てるべきやと思う。',
    'ぶっちゃけ、ひな祭りの人形展は規模を縮小すべきだと思います。課内でも同じような声が上がっています。',
    '僕としては、駐輪場は有料にしたほうがよかと思います。たぶん実現するかもしれんです。',
  ])('flags %s', (text) => {
    expect(flagged(text)).toBe(true)
  })
  it.each([
    '個人的には、申し込みはお早めにしたほうがよいと思います。',
    '個人的には、白秋祭の花火は川下りの舟から見るのがいちばんだと思います。',
    '来年度の白秋祭の予算は、3月議会で可決されました。花火大会は例年どおり開催します。',
    '庁内でも、防災訓練に参加する職員が増えています。',
    '皆さんのアイデアが実現するかもしれません！まちづくりのご意見を募集しています。',
    '私としては、皆さんにもっと掘割を楽しんでいただきたいと思っています。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  // R54A-088: an unconfirmed report passed on — the post says itself the news is not confirmed (未確認ですが, 裏は取れていませんが,
  // 真偽は分かりませんが), or hands on damage a private person reported (…という情報が地元の方から入っています).
  it.each([
    '【大雨】現在、市内に大雨警報が出ています。なお、花宗川の堤防が決壊しそうだという情報が地元の方から入っています。未確認ですが、念のためお知らせします。',
    '沖端の橋が流されたそうです。裏は取れていませんが、近づかないでください。',
    '真偽は分かりませんが、給食に異物が混入していたという話があります。',
    '三橋町で道路が冠水しているという情報が住民の方から寄せられています。',
    '確認は取れてないけど、矢部川が氾濫したって話やけん気をつけてね！',
  ])('flags %s', (text) => {
    expect(flagged(text)).toBe(true)
  })
  it.each([
    '【大雨】市内に大雨警報が出ています。河川の水位情報は市ホームページでご確認ください。',
    '行方不明の2人の安否は未確認ですが、消防が捜索を続けています。',
    '現時点で市内の被害は確認できていませんが、引き続き警戒してください。',
    '「堤防が決壊した」という情報がSNSで出回っていますが、デマです。堤防に異常はありません。',
    '三橋町で道路が冠水しているとの情報が住民の方から寄せられ、職員が現地で確認しました。通行止めにしています。',
    '消防によると、沖端の住宅で火災が発生したとの通報があり、現在消火活動中です。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  // R54A-095: a political opinion on a national issue taken by the account (a mascot or a staff member), in any register.
  it.each([
    '河太くんは、消費税はすぐにゼロにするべきやと思うっちゃん🥒 国会の先生たち、はよ決めてね〜！\n#河太くん #柳川',
    '原発の再稼働には断固反対です！',
    'うなっぴは、憲法はそろそろ改正したほうがいいと思うよ〜',
    '防衛費はもっと減らすべきだと思います。',
    '今の内閣は早く退陣してほしいですね。',
  ])('flags %s', (text) => {
    expect(flagged(text)).toBe(true)
  })
  it.each([
    '消費税率の引き上げに伴い、施設使用料を改定しました。',
    '消費税の申告は3月15日までに済ませてください。',
    '憲法記念日です。憲法を改正すべきかどうか、家族で話し合ってみませんか。',
    '「消費税はゼロにすべき」といった意見について、各候補者の主張を比べてみましょう。',
    '市は、国に対して原発事故に備えた避難道路の整備を求めるべきと考え、要望書を提出しました。',
    'インボイス制度の説明会を開催します。対象の事業者の方はご参加ください。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind R55 / GS kinds (the wait a decided change brings, told to users; spreading rumours named as an act of bullying)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  const flagged = (text: string): boolean => rules(text).some((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  // R55A-122: the forecast is of waiting or crowding; the change (異動, 退職, 更新) is only its cause (に伴い, により, のため).
  it.each([
    '市立病院の外来は、医師の異動に伴い7月から待ち時間が長くなる見込みです。予約制の診療科は、予約時間の10分前までにお越しください。',
    '窓口システムの更新により、4月は転入の手続きに時間がかかる見込みです。',
    '看護師の退職に伴って、しばらくの間は受付が混み合う見込みです。お時間に余裕をもってお越しください。',
    '担当職員の異動のため、年度初めは電話がつながりにくくなる見通しです。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    // the effect is itself a change, or the change a rumour or a guess
    '医師の異動に伴い、7月から外来を休止する見込みです。',
    '院長の退任に伴い、後任は福岡の大学病院の医師になる見込みです。',
    '医師が辞めるらしく、7月から待ち時間が長くなる見込みです。',
    '医師が辞めるって、7月から待ち時間が長くなる見込みです。',
    '7月の人事異動で外科の医師が異動する見込みのため、待ち時間が長くなります。',
  ])('flags %s', (text) => {
    expect(flagged(text)).toBe(true)
  })
  // GS-027: うわさを広める listed among the acts a bullying post names.
  it.each([
    '【その言葉、冗談ですか？】\n\n「キモい」「うざい」「消えろ」。\n\n言った側は冗談のつもりでも、言われた側の心には深い傷が残ります。\n\nLINEのグループからわざと外す、話しかけられても無視する、うわさを広める、持ち物を隠す。これらもすべていじめです。\n\nいじめに気づいたら、見て見ぬふりをせず、先生やおうちの人、相談窓口に伝えてください。',
    'うわさを広めるのも、立派ないじめです。',
    '悪口やうわさを書き込むことは、ネット上のいじめにつながります。',
    '友だちのうわさを流したり、無視したりするのはハラスメントです。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    // a rumour with its content, or passed on as hearsay, in the same words
    '新しい市長が3月に交代するといううわさを広めているのは誰でしょう。これもいじめでしょうか。',
    'いじめがあったとのうわさがあります。',
    'うわさによると、あの学校でいじめがあったそうです。',
    'うわさを広めるのはいじめです。2組の田中先生、来月で辞めるらしいです。',
  ])('flags %s', (text) => {
    expect(flagged(text)).toBe(true)
  })
})

describe('unofficial (5(1)): blind R56A/R57A kinds (検討中 in hiragana, an undecided change beside a pointer to the current system)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  const flagged = (text: string): boolean => rules(text).some((x) => x.startsWith('unofficial/undecided') && x.includes(':warn:'))
  // R57A-084: 検討中 / 調整中 spelt in hiragana after a particle, 方向で before it (the strong 方向で検討), a している form after を.
  it.each([
    '学童保育の待機児童対策として、城内小の空き教室に第2学童をつくる方向でけんとうちゅうです✏️ きまったらお知らせしま',
    '来年度から、公民館の使用料を見直す方向でちょうせいちゅうです。',
    '市民プールを統合する方向でけんとうしています。決まったらお知らせしますね！',
    'コミュニティバスの新しい路線を、けんとう中です🚌',
    '来年度の予算で、子ども医療費の無料化をけんとうしとります。',
  ])('flags %s', (text) => {
    expect(flagged(text)).toBe(true)
  })
  it.each([
    // 健闘 (intransitive, after が or は), 競技中, a schedule to be fixed, someone considering a move
    '選手たちがけんとうしています！市長杯の決勝は明日です。',
    'きょうぎちゅうは、コートに入らないでください。',
    '運動会の日程はちょうせいちゅうです。きまったらお知らせします。',
    '移住をけんとうちゅうのかたへ。今年度の補助制度は市ホームページでご確認ください。',
    '来年度の移住をけんとう中の方へ、相談会を開きます。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  // R56A-028: a change being considered, while another sentence points to the current system on the city's site (今年度の補助制度は
  // 市ホームページで): that page publishes the system in force, not the change.
  it.each([
    '空き家を改修して住みたい方へ🏠\n空き家バンク登録物件の改修補助金、上限を100万円に引き上げる案を検\u200b討\u200b中です！\n今年度の補助制度は市ホームページでご確認ください。',
    '保育料の第2子無料化を検討中です。\n現在の保育料は市ホームページでご確認いただけます。',
    'コミュニティバスの路線の見直しを調整中です。今の時刻表は市HPに掲載しています。',
    '空き家改修補助金の上限引き上げを検討しています。今年度の補助要件は市ホームページをご覧ください。',
  ])('flags %s', (text) => {
    expect(flagged(text)).toBe(true)
  })
  it.each([
    // the pointer is to the matter itself, or the stage word is a schedule or a reader's plan
    '補助金の拡充を検討しています。詳しくは市ホームページでお知らせしています。',
    '日程は調整中です。今年度の開催概要は市ホームページでご確認ください。',
    '空き家の改修を検討中の方へ。今年度の補助制度は市ホームページでご確認ください。',
    '改修補助金の申請を検討されている方は、今年度の補助要件を市ホームページでご確認ください。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind R58A kind (a plan for a change said to be taking shape inside)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  const flagged = (text: string): boolean => rules(text).some((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  // R58A-027: 案 / 方針 / 方向性 / 骨子 as the subject of まとまりつつある, 固まりつつある, 煮詰まってきている, 練られている: a decision in the making.
  it.each([
    '【職員採用】来年度の採用試験から、受験できる年齢の上限を35歳まで引き上げる案が人事課でまとまりつつあります。社会人経験のある方もぜひ。',
    '来年度から図書館の開館時間を延長する方針が、教育委員会の中で固まりつつあります。',
    'ごみ袋の料金ば上げる案が、いま環境課でまとまりよります。',
    '市民プールを統合する方向性が、庁内で煮詰まってきています。',
    '第2子の保育料を無料にする制度の骨子が、子育て支援課で練られているところです。',
    'コミュニティバスの路線を見直す案も、ほぼできつつあるんですよ！',
  ])('flags %s', (text) => {
    expect(flagged(text)).toBe(true)
  })
  it.each([
    // feelings coming together, a plan done and published, a public workshop's plan, a draft put out for comment, 案内, concrete setting
    '自治会の皆さんの気持ちがひとつにまとまりつつあります。来年度もよろしくお願いします。',
    '来年度の事業計画がまとまりましたので、市ホームページで公開しています。',
    '市民ワークショップでは、公園の将来像についての案がまとまりつつあります。次回は来月開催します。',
    '総合計画の素案がまとまりつつあります。まとまり次第、パブリックコメントで皆さんのご意見を募集します。',
    'ご案内が遅くなりましたが、新しい窓口の受付は4月から始まります。',
    '道路のコンクリートが固まりつつあるので、来週まで通行できません。',
    // quoted as an example: a mention
    '「水道料金を上げる案が庁内でまとまりつつある」といった書き込みが出回っていますが、そのような事実はありません。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind R59A-023, the city\'s deliberation said in plain words or やさしい日本語 (市役所の中で話し合っているところ) with the change it is about told as a possibility', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  const flagged = (text: string): boolean => rules(text).some((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  // Kind: 庁内で協議中 said plainly (市役所/役場/…課 の中で + 話し合って/相談して/検討して いる(ところ)), next to a change told as a maybe.
  it.each([
    // the miss
    '【にほんご きょうしつ】\nいま は すいようび の よる 7じ から です。\nらいねん から は どようび の あさ も ある かも しれません。いま しやくしょ の なか で はなしあって いる ところ です。きまったら また おしらせ します。',
    // variants: kanji, 筑後弁, a change told after the deliberation, polite humble form
    '来年からは土曜日の朝もあるかもしれません。今、市役所の中で話し合っているところです。',
    'バスの停留所の場所が変わるかもしれんです。いま役場の中で相談しよるところです。',
    '図書館の休館日について、教育委員会の中で検討しております。来年度から月曜日も開館する可能性があります。',
    'ごみ の あつめかた が らいねん から かわる かも しれません。しやくしょ の なか で そうだん して いる ところ です。',
  ])('flags %s', (text) => {
    expect(flagged(text)).toBe(true)
  })
  it.each([
    // hard negatives: consultation offered to residents, a decision already made, a meeting shown in a photo, a stance, a plan put out for comment
    'しやくしょ の なか で そうだん が できます。らいねん から も つづけます。',
    '来年から土曜日の朝も開きます。市役所の中で話し合って決めました。',
    '市役所の中で職員が話し合っているところを写真でご紹介します。新しくなった会議室です。',
    '市役所の中で、みなさんの安全をいつも考えています。新しく防災無線を整備しました。',
    '来年度の計画について、市役所の中で話し合っているところです。素案へのご意見を募集しています。',
    'にほんご きょうしつ は どようび の あさ も あります。しやくしょ の なか の へや で します。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind GV-074, a secret aside straight into the speaker\'s own liking (ここだけの話、どんこまるは…が大好き) is profile trivia', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: ここだけの話 / 内緒 / ナイショ, then the mascot or the writer and what they like or dislike (…が大好き, …に目がない, …が苦手).
  it.each([
    // the false positive
    'どんこまるだよ〜！今日はアスパラのハウスにおじゃましたよ🌱\nにょきにょき伸びてて、暑い日は1日で10センチも伸びるんだって😳\nここだけの話、どんこまるは穂先のいちばんやわらかいところが大好き💚\nみんなも食べてみてね〜\n#柳川 #アスパラ #どんこまる',
    // variants: another mascot in dialect, the writer, a dislike
    'ここだけの話、うなっぴはあまおうに目がないっちゃん🍓',
    '内緒だけど、ぼくは掘割の夕焼けがいちばん好きなんだ🌇',
    'ナイショね、わたしは実はピーマンが苦手…',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    // true violations sharing its words: a liking that leaks where a decision leans; a liking with a closure or a retirement passed on
    ['ここだけの話、市長は新庁舎のデザインはB案が好きです。', 'unofficial/rumour:warn:ここだけの話'],
    ['ここだけの話、どんこまるは穂先が大好きだけど、あの直売所は来月閉店するんだって。', 'unofficial/rumour:warn:ここだけの話'],
    ['ここだけの話、課長は釣りが好きで、来月で退職するみたいです。', 'unofficial/rumour:warn:ここだけの話'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
})

describe('unofficial (5(1)): blind R60A-020, a change still under discussion told with its new figures (改定（大人1,800円を2,200円に）について…協議を進めております)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: a stage verb in the ongoing form (協議を進めております, 調整しております, 協議しているところ, 交渉中) after a change of figures with
  // their units in the same sentence (X円をY円に, X円からY円に, X円→Y円): the matter is open, its content handed out before the decision.
  it.each([
    // the miss
    ['【川下りのご案内】\n\n秋の行楽シーズンを迎え、川下りには多くのお客さまにお越しいただいています。\n\n乗船場は市内に4か所あり、所要時間は約70分です。現在、乗船料金の改定（大人1,800円を2,200円に）について各事業者と協議を進めております。\n\n水面に映る紅葉をぜひお楽しみください。', '協議を進めており'],
    // variants: an arrow in brackets with 調整, から…に with 協議しているところ, dialect with 交渉中
    ['駐車場の利用料（1回200円→300円）の見直しについて、現在関係団体と調整しております。', '調整しており'],
    ['市民プールの入場料を大人300円から500円にすることについて、指定管理者と協議しているところです。', '協議してい'],
    ['バスの運賃、150円を200円にする件は、いま交渉中ばい！', '交渉中'],
  ])('warns on %s', (text, excerpt) => {
    expect(rules(text)).toContain(`unofficial/undecided:warn:${excerpt}`)
  })
  it.each([
    // hard negatives: the same change decided, the discussion with no figures and the announcement promised, figures of a decided
    // change beside a schedule still being fixed, opening hours beside an adjustment
    '乗船料金は、4月1日から大人1,800円を2,000円に改定しました。',
    '乗船料金の改定について、各事業者と協議を進めております。決まり次第お知らせします。',
    '参加費を1,000円から500円に値下げしました。日程は現在調整中です。',
    '受付は9時から17時まで。混雑状況により時間を調整しています。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial (5(1)): blind R60A-109, 噂の before the name of a thing (噂のうなぎパン) means much talked about', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: 噂の / うわさの / ウワサの right before a noun (a food, a view), in a sentence that tells no change, no decision, no harm and no
  // hearsay: praise of a thing everyone talks about. 噂の with a plan, a closure or hearsay in the sentence still passes a rumour on.
  it.each([
    // the false positive
    '噂のうなぎパン、ついに食べてきた〜🥖 ほんとにうなぎの形でかわいすぎる😍\n#柳川 #うなぎパン #パン屋さん巡り #柳川グルメ #福岡グルメ',
    // variants: hiragana with a drink, a particle after the noun, katakana in dialect
    'うわさのカフェラテ、やっと飲めました☕',
    '噂のかき氷は、想像以上のふわふわでした',
    'ウワサの夕日、ほんとにきれいやった〜',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    // true violations sharing 噂の: a plan to be decided, a harm with hearsay, a closure passed on
    '噂の移転計画、来年度には決まるみたいです',
    '噂の食中毒の件、まだ原因はわかっていないそうです',
    '噂のパン屋さん、来月で閉店するらしい',
  ])('flags %s', (text) => {
    expect(rules(text)).toContain('unofficial/rumour:warn:噂')
  })
})

describe('unofficial (5(1)): blind GW-133, a quiz whose answer is held back (…まだ内緒だよ🤫 ヒントは「有明海」！ 答えは金曜日に発表するね) is a game', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: 内緒 / 秘密 / ないしょ / ヒミツ, then within the paragraph a hint or the answer's reveal (ヒントは, 答えは, 正解は, こたえ合わせ,
  // わかるかな): the post plays a guessing game with its readers. A held-back matter the city decides (a new event's budget, a candidate,
  // a fee) is still unannounced, hint or not.
  it.each([
    // the false positive
    'ほりわりんの好きな食べものは…まだ内緒だよ🤫\nヒントは「有明海」！ 答えは金曜日に発表するね〜\n#ほりわりん #柳川',
    // variants: a photo quiz, a mascot's treasure in hiragana, a place held back with a hint and a call to comment
    'この写真、どこの掘割か分かるかな？場所はまだ秘密！ヒントは「赤レンガ」。正解は来週のせるね',
    'ぼくの宝物は…まだないしょ！ ヒントは「川」に関係あるもの。明日こたえ合わせしようね',
    'ほりわりんが今日行った場所はヒミツ🤫 ヒントは「白秋」！ わかった人はコメントしてね',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    // true violations sharing its words: a new event with its budget undecided, a candidate, a fee rise
    '来年度の新しいイベントはまだ内緒です。ヒントは「花火」！ 予算が決まったら発表します',
    '次の市長選の候補者はまだ内緒ですが、ヒントは「元職員」です',
    'まだ内緒ですが、川下りの料金が上がる方向です。答えは来月の発表で',
  ])('flags %s', (text) => {
    expect(rules(text)).toContain('unofficial/rumour:warn:内緒')
  })
})

describe('unofficial (5(1)): blind R61A-062, a discipline of a person not yet decided, told as expected or heard (担当職員は処分される見込みです)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:')).map((x) => x.split(':').slice(0, 2).join(':'))
  // Kind: a personnel decision of the city (処分, 懲戒, 停職, 減給 …) falling on a person (職員は, 係長が, 当該職員には), forecast (見込み,
  // 見通し, 可能性が高い, 公算が大きい) or passed on (っぽい, とのこと): the discipline is not decided, so the post tells what is not.
  // 処分 of goods (備品は…処分される, 処分場) and a discipline decided and published are not this.
  it.each([
    '今回の不適切投稿を受け、担当職員は処分される見込みです。市として重く受け止めております。',
    '関係した職員は懲戒処分となる見通しです。',
    '当該職員には停職などの処分が下される可能性が高いです。',
    '運転していた職員は、近く処分を受ける見込みとのことです。',
    '事故を起こした職員は処分される公算が大きいです。',
    '担当の人は処分される見込みやけん、市も重く受け止めとるばい。',
    '問題の職員さん、処分されるっぽいです。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x === 'unofficial/forecast:warn' || x === 'unofficial/rumour:warn')).toBe(true)
  })
  it.each([
    '古い備品は年度内にすべて処分される見込みです。',
    '関係職員の処分については、調査結果を踏まえ厳正に対処いたします。',
    '粗大ごみ処分場の受け入れは、明日から通常どおり再開される見込みです。',
    '本日、職員1名を停職1か月の懲戒処分としました。',
    '不用品は職員が回収し、処分する予定です。',
    '職員さん、処分に困った家具があればご相談ください。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial (5(1)): blind R61A-011, a rumour word in the bracketed title of a series or a work (人気連載「船頭さんのここだけの話」第3回)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: ここだけの話, うわさ, 内緒 inside 「」『』 that the post names as a title, by what stands before (連載, コーナー, コラム, 朗読劇,
  // 講座) or what follows (第3回, の最新号, を上演): the name of what the post presents, no rumour passed on. The same word outside the
  // brackets, or hearsay or a change in the sentence, is still a rumour.
  it.each([
    '人気連載「船頭さんのここだけの話」第3回🚣\n\n今回は船頭歴30年の大石さん（ご本人の了解を得て掲載しています）に、掘割の水位の見分け方を教えてもらいました。',
    '市報の人気コーナー「係長のここだけの話」、今月は防災グッズの選び方を紹介します。',
    'コラム『ここだけの話』の最新号を市ホームページに掲載しました。',
    '朗読劇「うわさの真相」を市民会館で上演します。',
    '連続講座「知って得する内緒の話」第2回は、家計簿のつけ方です。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    'ここだけの話、船頭さんの連載は来年度で終了するらしいです。',
    '人気連載「船頭さんのここだけの話」は、ここだけの話、来年度で打ち切りになるみたいです。',
    'コラム「ここだけの話」の最新号によると、川下りの料金が来年から上がるらしいです。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/rumour:warn'))).toBe(true)
  })
})

describe('unofficial (5(1)): blind GX-002/004, a scam reported to the city, told to warn residents (…というメッセージが届いたという情報が寄せられています)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: という情報が寄せられています after a fake contact (a message, a call, an SMS, an account) that impersonates or deceives
  // (名乗る, 装った, かたる, 偽の, なりすまし): what the city received and warns of, no rumour about a matter. A change, a decision or a
  // claim about someone reported that way, or a message with no deceit named, is still hearsay.
  it.each([
    '【市をかたる偽アカウント・偽サイトにご注意ください】\n\nInstagram上で、柳川市の公式アカウントになりすました「yanagawa.city.official_」というアカウントから、「ふるさと納税の返礼品が当選しました」というメッセージが送られているとの情報が寄せられています。',
    '【ご注意ください】柳川市長を名乗るアカウント（@yngw_mayor_official）から、投資を勧誘するメッセージが届いたという情報が寄せられています。市長がSNSで投資の勧誘をすることはありません。',
    '市長を名乗る人物から、寄付を求める電話があったという情報が複数寄せられています。市長が電話で寄付をお願いすることはありません。',
    '「給付金の手続きが必要です」と市役所を装ったSMSが届いたとの情報が相次いでいます。URLは開かないでください。',
    '市の税務課をかたる偽のメールで、税金の還付手続きを求められたという情報が寄せられました。',
    '市長ば名乗る人から、補助金の出るけん口座ば教えてって電話のかかってきたという話が何件も入っとります。気をつけてください。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    '来年度から川下りの料金が上がるとの情報が寄せられています。',
    '市長が近く辞任するという情報が寄せられています。',
    '市の公式アカウントから、来月で川下りが廃止になるというメッセージが届いたとの情報が寄せられています。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/rumour:warn'))).toBe(true)
  })
})

describe('unofficial (5(1)): blind GX-113, 未発表 of a work now shown (これまで未発表だった地元の俳人の句稿も含まれています)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: 未発表 (だった, のまま, とされてきた, の) describing a writer's or an artist's work (句稿, 原稿, 楽譜, スケッチ, 日記) that the
  // post shows (公開, 展示, 見つか): the piece's history, not a matter of the city not yet announced. A plan, a content or a design of the
  // city called 未発表 is still one.
  it.each([
    '【郷土資料室 新収蔵品展】\n\n市民の方からご寄贈いただいた明治期の商家の帳簿や書簡を、初めて一般に公開します。これまで未発表だった地元の俳人の句稿も含まれています。',
    '白秋の未発表だった童謡の楽譜が見つかり、記念館で展示しています。',
    '今回の企画展では、これまで未発表のままだった画家のスケッチ20点を初公開します。',
    '地元出身の作家が遺した未発表原稿を、図書館で特別に展示します。',
    '市民の方から寄贈された、未発表とされてきた戦時中の日記を公開しています。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    '未発表だった来年度の組織再編の内容を、少しだけお伝えします。',
    'これまで未発表だった新庁舎の設計図を、ここで先にお見せします。',
    '展示館の移転先はまだ未発表ですが、本町になる見込みです。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/undecided:warn') || x.startsWith('unofficial/unannounced:warn'))).toBe(true)
  })
})

describe('unofficial (5(1)): blind R62A-141, a fee the city sets said to rise before its announcement (来年度の給食費は、月額３００円上がる見通し)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: a fee, charge or local tax the city or its schools set (給食費, 保育料, ごみ袋の値段, 固定資産税) said to go up or down, often by
  // an amount (月額300円, 1枚10円), as a forecast (見通し, 見込み, そう) or as settled while the post says the official announcement
  // comes after the council (正式な発表は12月議会のあと): the rise is not decided. Prices of the market (電気代), a fee kept as it is, a
  // payment date, a count falling and an announcement after a ceremony are not this.
  it.each([
    ['【給食費について】来年度の給食費は、月額３００円上がる見通しになりました。正式な発表は１２月議会のあとになります。', 'unofficial/forecast:warn:見通し'],
    ['保育料は来年から月2,000円ほど高くなりそうです。', 'unofficial/forecast:warn:高くなりそうです'],
    ['来年度の固定資産税は、税率が0.1%上がる見込みです。', 'unofficial/forecast:warn:見込み'],
    ['給食費は来年度、月に三百円ほど上がる見込みとなりました。詳しくは議会で決まってからお知らせします。', 'unofficial/forecast:warn:見込み'],
    ['給食費、来年から300円上がるごたるよ。', 'unofficial/rumour:warn:円上がるごたる'],
    ['来年度から給食費を月300円値上げします。正式な発表は12月議会のあとになります。', 'unofficial/undecided:warn:正式な発表は12月議会のあと'],
    ['来年度から給食費が月300円上がります。正式な発表は議会の議決後になります。', 'unofficial/undecided:warn:正式な発表は議会の議決後'],
  ])('flags %s', (text, finding) => {
    expect(rules(text)).toContain(finding)
  })
  it.each([
    '給食費は、来年度もいまの金額のまま据え置く見通しです。',
    '給食費の口座振替日は毎月10日です。残高が足りない場合は翌月に再振替となる見込みです。',
    '物価高で電気代が上がる見通しです。こまめな節電にご協力ください。',
    '給食費の未納額は年々減少する見通しです。',
    '受賞者の正式な発表は12月の表彰式のあとになります。',
    '来年度予算案を発表しました。正式な決定は3月議会の議決後となります。',
    '来年4月から保育料を無料にする予算案を3月議会に提出します。正式な決定は議会の議決後となります。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial (5(1)): blind R62A-092, a measure told while the budget is not yet through its inner stages (まだ予算査定の前ですが、来年4月からの実施を目指したい)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: the post says the budget has not passed its own stages (予算査定の前, 予算要求はこれから, 予算がつくかどうかはまだ, 予算化は
  // されとらん) and tells, in that sentence or the one either side, the content of the measure it would fund (a scope widened, a fee made
  // free, a hand-out, a service extended, with a time to come): the city has not decided it, however it is hedged (目指したい, 予定,
  // つもり). The budget's stages with no measure, a measure whose budget is published, and a review before the 査定 are not this.
  it.each([
    ['こうした声を受けて、子ども医療費の助成を高校生まで広げる方向で、いま担当課と詰めているところです。まだ予算査定の前ですが、来年4月からの実施を目指したいと考えています。', 'unofficial/undecided:warn:予算査定の前'],
    ['予算がつくかどうかはまだ分かりませんが、来年度から通学路に防犯カメラを20台増設したいと考えています。', 'unofficial/undecided:warn:予算がつくかどうかはまだ'],
    ['予算要求はこれからですが、来年度は市民プールの開館時間を夜8時まで延ばす予定です。', 'unofficial/undecided:warn:予算要求はこれから'],
    ['まだ予算化はされとらんとですが、来年の春から高齢者のバス運賃ば無料にしようと思うとります。', 'unofficial/undecided:warn:予算化はされとらん'],
    ['予算の査定はこれからやけど、来年度から子育て応援券を1人1万円配るつもりです。', 'unofficial/undecided:warn:予算の査定はこれから'],
  ])('flags %s', (text, finding) => {
    expect(rules(text)).toContain(finding)
  })
  it.each([
    '来年度予算の編成作業が始まりました。各課からの予算要求は11月中に取りまとめます。',
    '予算要求の段階から、市民の皆さんの声を聞いて事業を組み立てています。',
    '花火大会は、予算の確保がまだのため、来年度の開催は未定です。',
    '予算の査定前に、各課の担当者が事業の効果を検証しています。',
    '来年度の予算編成が始まります。今年も、新しい事業の提案を職員から募りました。',
    '予算の確保が今後の課題です。来年度以降も、できる範囲で事業を続けていきます。',
    '来年度予算案を発表しました。子ども医療費の助成を高校生まで広げます。予算案は3月議会で審議されます。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial (5(1)): blind R63A-132, a penalty or an ordinance not decided, passed on in dialect hearsay (「条例ば作って罰金取るごとするらしか」って言いよった)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: a fine, a penalty or an ordinance to come (罰金ば取る, 過料ば科す, 条例ば作る; ば is the dialect を) told second-hand, the hearsay
  // ending in 筑後弁 (らしか, げな, っち話) also where it closes the words quoted (…らしか」って言いよった): the city has not decided it. The
  // typical-of らしか (柳川らしか), a passed ordinance, a fine in force and a question answered are not this.
  it.each([
    '空き地の草ぼうぼう問題、議会の人が「条例ば作って罰金取るごとするらしか」って言いよったばい😳 ほんなこつやろか？ 持ち主さんは早めに刈っとかんと！ #どんこのすけ',
    'ポイ捨てしたら罰金ば取るごとなるらしかばい！みんな気をつけてね #どんこのすけ',
    '近所の人が「犬のフンば放置したら過料ば取られるごとなるげな」って言いよったよ🐶',
    '職員さんが「来年から空き家ば放置したら過料ば科すごとなるらしか」って言いよったです。',
    '川にごみば捨てたら罰金ば取るごとするっち話ばい😳',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/(?:rumour|forecast|undecided):warn/u.test(x))).toBe(true)
  })
  it.each([
    '市議会で空き地の適正管理条例が可決されたばい！草ば伸び放題にした持ち主さんには、来年4月から指導ができるごとなるよ。',
    '議会の人が「今年の草はよう伸びるらしか」って言いよったばい😳 早めに刈っとかんと！',
    '柳川らしか風景やね〜。掘割の柳が風にゆれとるばい🌿',
    'ポイ捨ては条例で禁止されとって、罰金の対象になることもあるけん、ごみは持ち帰ってね！',
    '空き地の草刈りは、持ち主さんにお願いしとるばい。困ったら環境課に相談してね。',
    '犬の散歩のときはフンを持ち帰ってね。罰金を取られるらしいよ、というお問い合わせがありましたが、そのような予定はありません。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial (5(1)): blind GY-002, a colleague\'s routine that mentions fees (料金や運航時間など、数字の確認は必ず二人で行っているとのこと)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: とのこと / そうです reporting how the staff work now (確認している, 行っている), 料金 named as what they check or answer about: no
  // change is passed on. 料金 is a change only with one (料金が上がる, 変わる, 改定される, かかるようになる; 値上げ is one by itself).
  it.each([
    '【職員ブログ】新人職員の一日（観光課編）\n\nこんにちは、秘書広報課です。職員ブログでは、市役所で働く職員の仕事をシリーズでご紹介しています。今回は、この4月に入庁した観光課の古賀 奈央さんの一日に密着しました。（本人の了承を得て掲載しています）\n\n■8時30分　朝礼\n課内の朝礼で、その日の予定と来客を確認します。観光課では、週末のイベント情報や川下りの運航状況もここで共有します。\n\n■9時　観光案内所との打ち合わせ\n西鉄柳川駅前の観光案内所と電話で打ち合わせ。外国からのお客様が増えているため、英語・韓国語・中国語のパンフレットの在庫を毎週確認しているそうです。\n\n■11時　さげもんめぐりの会場準備\n2月から始まる「柳川雛祭り さげもんめぐり」に向けて、会場の飾り付けを手伝いました。古賀さんは「一つひとつの飾りに込められた願いを聞くと、準備にも力が入ります」と話していました。\n\n■13時　取材の立ち会い\n昼休み明けは、旅行雑誌の取材の立ち会いです。掲載する写真の確認や、撮影先の施設への連絡も観光課の仕事です。\n\n■15時　お問い合わせへの回答\n観光に関するメールのお問い合わせには、担当者が内容を確認したうえで回答しています。料金や運航時間など、数字の確認は必ず二人で行っているとのこと。\n\n■17時15分　終業\n一日の振り返りを業務日誌に書いて終業です。\n\n○古賀さんからひとこと\n「入庁前は、観光課は華やかなイベントの仕事が中心だと思っていました。実際は、準備や確認といった地道な仕事の積み重ねです。その分、お客様から『また来ます』と言っていただけたときの喜びは大きいです。」\n\n次回は税務課の新人職員をご紹介する予定です。お楽しみに。\n\n問い合わせ：秘書広報課 広報係 0944-77-8412',
    '窓口では、料金表を毎朝確認してから受付を始めているとのことです。',
    '船着き場のスタッフさんは、料金の受け取りとおつりの確認を必ず声に出して行っているそうです。',
    '施設の料金や開館時間のお問い合わせは、受付の職員が一つひとつ台帳で確認して答えているとのこと。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    '川下りの料金を値上げする方向で検討しているとのこと。',
    '来年度から駐車場の料金が上がるとのことです。',
    '市民プールの料金が変わるみたいです。',
    '観光船の料金が改定されるらしいよ。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/(?:rumour|forecast|undecided):warn/u.test(x))).toBe(true)
  })
})

describe('unofficial (5(1)): blind R65A-113, a grant raised in a budget still a proposal, told as a prospect (上限が…増額される見通しです！（まだ予算案の段階なので…）)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: the amount of a grant the city pays (支援金, 給付金, 奨励金, 助成の上限額) said to be raised or cut (増額, 減額, 引き上げ) as a
  // forecast (見通し, 見込み), and/or the post saying the budget is still a proposal (まだ予算案の段階): the council has not passed it, so
  // the amount is undecided. 確定したら (a conditional) is no decision. An amount in force, a raise passed or published, a budget
  // proposal's stage with no measure and a count forecast stay clean.
  it.each([
    '【移住支援金】来年度は支援金の上限が100万円から150万円に増額される見通しです！（まだ予算案の段階なので、確定したら改めてお知らせします）移住を考えている方、朗報ですよ〜',
    '来年度から子育て応援給付金が1人3万円から5万円に増額される見込みです。まだ予算案の段階ですが、楽しみにしていてください。',
    '住宅リフォーム助成の上限額、来年度は20万円→30万円に引き上げられる見通しです〜！（予算案が通ったらまたお知らせしますね）',
    '新年度は移住支援金が増額になりそうばい！まだ予算案の段階やけん、決まったらまた教えるね。',
    '来年度の就農奨励金は、現行の10万円から減額される見込みとなっております。なお、現時点では予算案の段階です。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/(?:forecast|undecided):warn/u.test(x))).toBe(true)
  })
  it.each([
    '移住支援金の上限は100万円です。詳しくは市ホームページをご覧ください。',
    '3月議会で予算案が可決され、来年度から移住支援金の上限が150万円に増額されます。',
    '来年度予算案を発表しました。移住支援金の上限を150万円に引き上げる内容です。',
    '今年度から移住支援金の上限が150万円に増額されました。お早めにご相談ください。',
    '今年度のふるさと納税の寄附額は約3億円となる見通しです。',
    '移住支援金の申請は、予算の範囲内で先着順です。予算額に達し次第、受付を終了します。',
    '予算案の段階から市民の皆さんのご意見を伺っています。',
    '移住支援金の上限額が確定したら、ホームページでお知らせします。',
    '会費が確定したらご連絡します。参加人数は約50人となる見込みです。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial (5(1)): blind HA-136, a mascot\'s favourite food told as a playful secret (ここだけの話…どんこちゃんの好きな食べものは…なんだ🤫)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: a secret aside (ここだけの話, ナイショだけど) straight into the mascot's or the writer's own taste, whatever the spelling of the thing
  // liked (食べもの, たべ物, 飲みもの, おやつ, 遊び): profile trivia, no undisclosed matter. The same aside with a change, a closure or hearsay
  // in the sentence still is a rumour.
  it.each([
    'ここだけの話…どんこちゃんの好きな食べものは、うなぎのせいろ蒸しなんだ🤫 みんなの好きな柳川グルメも教えてね〜！\n#柳川 #どんこちゃん #柳川グルメ',
    'ここだけの話、ほりわりんの好きな飲みものは、ラムネなんだよ〜🤫',
    'ナイショだけど…ぼくの好きなたべ物はね、鰻めし！',
    'ここだけの話、どんこちゃんの好きな遊びは、川下りの舟に手をふることなんだ！',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    'ここだけの話…どんこちゃんの好きな川下りが、来年度で廃止になるんだって🤫',
    'ここだけの話…どんこちゃんの好きな食べもののお店が、来月で閉店するらしい🤫',
    'ここだけの話…どんこちゃんの好きな食べものを出してる食堂、来月で閉店することになったんだ🤫',
    'ここだけの話、どんこちゃんの好きなおやつの無料配布、来年度で廃止になるんだ🤫',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/rumour:warn/u.test(x))).toBe(true)
  })
})

describe('unofficial (5(1)): blind R66A-065, talk heard of a service ending (…来年度で終わりになるかも…という話を耳にしました)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: hearsay framed as talk the writer heard (という話を耳にしました, って話を伺いました, っていう話ば耳にしたばい): it passes on what it
  // tells when that is a change (a service ending, a closure, a cut), a benefit, a harm or a claim about someone. A friendly fact heard or
  // words quoted in brackets pass nothing on.
  it.each([
    '認知症カフェ「ほっとひと息」、来年度で終わりになるかも…という話を耳にしました😢 ずっと続いてほしいなぁ。\n#認知症カフェ #柳川',
    'ふれあいサロン、来年3月で終了になるかもという話を耳にしました。さみしいなぁ。',
    '地区の公民館、建て替えで閉館になるかもって話を伺いました…残念です。',
    'あの体操教室、来年度でなくなるかもっていう話ば耳にしたばい😢',
    '子ども食堂への補助が今年度で打ち切りになるかも…という話を耳にしました。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/(?:rumour|forecast):warn/u.test(x))).toBe(true)
  })
  it.each([
    '認知症カフェ「ほっとひと息」は来年度も毎月第2水曜日に開催します。',
    'ボランティアさんが増えているという話を耳にしました。うれしいですね。',
    '参加者の皆さんから「毎月楽しみにしている」という話を耳にして、スタッフ一同うれしく思っています。',
    '認知症カフェで、参加者の方から昔の柳川のお話を伺いました。',
    '認知症カフェが来年度で10周年を迎えるという話を伺い、スタッフも驚きました。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial (5(1)): blind HC-045, a rumour quoted as an example of what not to forward (「…来るらしい」といった…情報を転送するのはやめましょう)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: hearsay closing a quotation, a kind of message right after it (といった…情報, などのうわさ, のような投稿) and the sentence warning
  // against spreading or believing it (やめましょう, 惑わされないで, 拡散はしないで, うのみにせず): the post names a kind of rumour, it passes none
  // on — a mention. A quotation handed on (という情報を転送してください) or hearsay of the writer's own still is a rumour.
  it.each([
    '「明日また大きな台風が来るらしい」といった、出どころのわからない情報を転送するのはやめましょう。気象情報は、気象庁のページで確かめてください。https://www.jma.go.jp/',
    '「来週から避難所が閉鎖されるらしい」などのうわさに惑わされないでください。避難所の情報は市ホームページでご確認ください。',
    '「断水が3日続くみたい」といった投稿を見かけても、拡散はしないでください。',
    '『市役所が明日休みになるんだって』みたいなメッセージは、うのみにせず市の発表を確かめてください。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    '「来週から避難所が閉鎖されるらしい」という情報を転送してください。',
    '明日また大きな台風が来るらしいです。学校も休校になるみたい。',
    '出どころはわからないけど、明日から市役所が休みになるらしいので転送します。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/rumour:warn/u.test(x))).toBe(true)
  })
})

describe("unofficial (5(1)): blind R70A-031, a reply that thanks for the opinion, then tells a move under study (ご意見ありがとうございます。…庁内では施設の移転も含めて検討中)", () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: a reply thanking the reader for their ご意見 (ご意見ありがとうございます, 貴重なご意見をありがとうございました) is no public comment process; a measure still
  // under study told in it (移転も含めて検討中, 有料化も含めて検討中) is an undecided matter let out. ご意見を募集 (a real process), a stage word
  // about a date to be announced, or 検討中の方 (the reader's plan) stay clean.
  it.each([
    "ご意見ありがとうございます。臭いについてはご不便をおかけしております。現在、脱臭設備の点検を進めております。なお、苦情が多いことから、庁内では施設の移転も含めて検討中で、候補地もいくつか挙がっている段階です。",
    "ご意見ありがとうございます。駐車場については、来年度から有料化することも含めて庁内で検討中です。",
    "ご意見・ご要望ありがとうございます。体育館の移転について、候補地を含めて調整中でございます。",
    "貴重なご意見をありがとうございました。市民プールの廃止についても協議中です。",
    "ご意見ありがとう！公民館の建て替え、いま検討中だよ〜",
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/[a-z-]+:warn/u.test(x))).toBe(true)
  })
  it.each([
    "ご意見ありがとうございます。いただいたご意見は担当課と共有し、今後の参考にさせていただきます。",
    "ご意見ありがとうございます。日程は調整中です。決まり次第お知らせします。",
    "ご意見ありがとうございます。移住を検討中の方向けの相談会は、毎月第1土曜日に開いています。",
    "計画の素案について、ご意見を募集しています。移転候補地についても検討中です。",
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe("unofficial (5(1)): blind R70A-071, an administrative enforcement told as a prospect before its procedure (来年度には行政代執行で解体する見通しです)", () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: an enforcement the city has still to decide and carry through its procedure (行政代執行, 略式代執行, 強制撤去, 除却命令) told as a forecast
  // (見通し, 見込み, 可能性が高い) or hearsay (らしい) is a decision announced before it is made. Works under way (解体工事は…完了する見込み),
  // an execution done (解体を行いました) and a subsidy told plainly stay clean.
  it.each([
    "【空き家の倒壊危険について】\n\n沖端町の市道沿いで屋根が崩れかけている空き家について、多くのご心配の声をいただいています。\n\n所有者の方と連絡が取れない状態が続いているため、来年度には行政代執行で解体する見通しです。\n\n当面は通行される方の安全のため、バリケードを設置しています。",
    "所有者不明の空き家は、年明けにも略式代執行で取り壊される見込みです。",
    "不法投棄された車両は、来月には強制撤去となる見通しです。",
    "あの倒れかけの家、来年には代執行で解体されるらしいよ。",
    "特定空家の所有者には、近く除却命令が出される可能性が高いです。",
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/[a-z-]+:warn/u.test(x))).toBe(true)
  })
  it.each([
    "行政代執行による空き家の解体工事は、3月末に完了する見込みです。",
    "本日、行政代執行により危険な空き家の解体を行いました。",
    "空き家の解体に使える補助制度があります。詳しくは都市計画課へ。",
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe("unofficial (5(1)): blind R70A-134, the section said to be guessing an outcome among itself (係内では沖端町になりそう、と話しているところです)", () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: talk inside the section or the office (係内では, 課内では, 部署内では) about how an undecided matter will come out, told with a guess and
  // a verb of saying (になりそう、と話している, に決まりそうって話しとる, が有力と話しています): the stage of a decision let out. The section's
  // resolve or a look back (ミスゼロでいこうと話している, 順調だったねと話しています) and a promise to announce stay clean.
  it.each([
    "今年の地籍調査もいよいよ大詰めです。次の調査地区は、係内では沖端町になりそう、と話しているところです。正式には来年の春に決まります。",
    "来年度の重点地区、課内では三橋町に決まりそうって話しとるとこです。",
    "新しい公民館の名前は、係内では「みずべ館」になるかも、と言っているところです。",
    "次の会場は、部署内では大和町が有力と話しています。",
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/[a-z-]+:warn/u.test(x))).toBe(true)
  })
  it.each([
    "係内では、来年度もミスゼロでいこうと話しているところです。",
    "課内では、今年の調査は順調だったねと話しています。",
    "次の調査地区は、来年の春に決まり次第お知らせします。",
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe("unofficial (5(1)): blind R69A-071, hearsay in its continuative form going on into the sentence (会社が来年度から変わるらしく、…心配しています)", () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: らしい, みたい and そうだ (伝聞) also hand on a change in their continuative forms (変わるらしく、 減るみたいで、 上がるそうで、) after a verb's
  // ending; the typical-of らしく (春らしく, 子どもらしく) and words that only end in らしく (めずらしく, かわいらしく) are no hearsay.
  it.each([
    "【図書館だより 11月号】\n今月の特集は「冬に読みたい絵本」です。児童コーナーに30冊を展示しています。\nまた、図書館の運営を委託している会社が来年度から変わるらしく、今の司書さんたちがどうなるのか心配しています。\n寒くなってきましたので、温かい飲み物と一緒に読書をお楽しみください。",
    "市民プールの指定管理者が来年度から替わるらしく、スタッフの皆さんも不安そうでした。",
    "バスの路線が4月から減るみたいで、困っている方も多いです。",
    "公民館の使用料が上がるそうで、サークルの皆さんも心配しています。",
    "体育館、来年休館になるらしく、部活どうしようって話しとる。",
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/[a-z-]+:warn/u.test(x))).toBe(true)
  })
  it.each([
    "春らしく、暖かな日が続いています。",
    "今日はめずらしく雪が積もりました。",
    "子どもらしく元気いっぱいに遊んでいました。",
    "かわいらしく飾りつけをした会場で、表彰式を行いました。",
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe("unofficial (5(1)): blind R70A-109, っぽい guessing what stands before it (イノシシくん、今年もサツマイモ畑ねらっとるっぽい🐗💨 …柵の補助は農政課までだよ！)", () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: っぽい is a guess from what one sees, and what it guesses is the clause before it: a mascot's guess about an animal, followed in the run-on
  // sentence by a pointer to a subsidy desk, passes nothing on. A change guessed with っぽい (補助、来年度から廃止されるっぽい) still is hearsay.
  it.each([
    "イノシシ対策の補助、来年度から廃止されるっぽい🐗💦",
    "柵の補助金、今年で終わるっぽいよ〜",
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/[a-z-]+:warn/u.test(x))).toBe(true)
  })
  it.each([
    "イノシシくん、今年もサツマイモ畑ねらっとるっぽい🐗💨 電気柵ビリッとくるけん気をつけてね〜⚡ 柵の補助は農政課までだよ！",
    "カラスくん、今日もゴミ置き場ねらっとるっぽい💦 ネットをしっかりかけてね〜 ネットの補助は環境課まで！",
    "タヌキさん、今夜も柿の木に来とるっぽい🦝 畑の柵の補助は農政課へどうぞ！",
    "うなぎくん、最近ちょっと太ったっぽい🍙 来年もよろしくね",
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe("unofficial (5(1)): blind R68A-134, a point made by a speaker the sentence names (講師の先生からは、…強く伝わるという話がありました)", () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: という話 after a named speaker (講師の先生からは, 校長先生からは, 助産師さんからは) reports that speaker's own talk: a source is named. What the
  // talk tells, read after the speaker, still counts when it is a change, a harm or a claim (…講座が廃止になるという話), and an unnamed
  // source (近所の人から, 講座の中で) stays hearsay.
  it.each([
    "講師の先生からは、来年度からこの講座が廃止になるという話がありました。",
    "近所の人から、あの店が閉店するという話が出ています。",
    "講座の中で、市の補助金が打ち切られるという話がありました。",
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/[a-z-]+:warn/u.test(x))).toBe(true)
  })
  it.each([
    "【中学生向け 情報モラル講座を開きました】\n\n講師の先生からは、「うざい」「消えて」などの短い言葉でも、画面越しだと何倍も強く伝わるという話がありました。送る前に一度読み返す「3秒ルール」を、ご家庭でも話題にしてみてください。",
    "校長先生からは、あいさつは自分から、という話がありました。",
    "講師の田中さんからは、写真に位置情報が残ることがあるという話がありました。",
    "助産師さんからは、赤ちゃんの眠りのリズムは少しずつ整っていくという話がありました。",
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe("unofficial (5(1)): blind HD-053, との at the end of a word is no hearsay frame (好きなことの話だけでも大歓迎です)", () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: との read as a hearsay frame (…になるとの話) must follow the words it reports; こと, あと, ふるさと end in と, so ことの話 is "talk of things".
  // A frame after a clause (有料になるとの話, 休館するとの話です) still is hearsay.
  it.each([
    "来年度から有料になるとの話が出ています。",
    "図書館が休館するとの話です。",
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/[a-z-]+:warn/u.test(x))).toBe(true)
  })
  it.each([
    "【スタッフ紹介】\n\n教育支援センター「みずべ」に、この春から相談員として加わった田島 由香さん（公認心理師）です。\n\n「話したくなったときに、いつでも話せる場所でありたいと思っています。好きなことの話だけでも大歓迎です」\n\n毎週火・木曜日にセンターにいます。\n\n（本人の了承を得て掲載しています）",
    "子どもたちは、好きなことの話が大好きです。",
    "ふるさとの話で盛り上がりました。",
    "あとの話は、また来週します。",
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe("unofficial (5(1)): blind HD-107, 原案 in the outcome of a vote (議案第78号 …条例 原案可決)", () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: 原案 named in a vote's result (原案可決 in a list of bills, 原案を全会一致で可決しました, 原案は…承認されました) is a draft the council decided.
  // A draft still being shaped or described (原案がまとまりました, 原案では…値上げ) or a vote foretold (原案を可決する見込み) stays undecided.
  it.each([
    "条例の原案がまとまりました。来年度から施行する方向です。",
    "原案では、ごみ袋が1枚50円に値上げされます。",
    "議会は原案を可決する見込みです。",
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/[a-z-]+:warn/u.test(x))).toBe(true)
  })
  it.each([
    "【12月定例会の主な議決結果】\n\n議案第78号　柳川市立学校設置条例の一部を改正する条例　原案可決\n議案第79号　令和7年度柳川市一般会計補正予算（第5号）　原案可決\n議案第80号　柳川市放課後児童クラブ条例の一部を改正する条例　原案可決\n\n全議案の結果と各議員の賛否は、市議会のホームページに掲載している。\nhttps://www.city.yanagawa.fukuoka.jp/gikai/giketsu/",
    "議案第12号　柳川市手数料条例の一部を改正する条例　原案可決",
    "本日の本会議で、補正予算の原案を全会一致で可決しました。",
    "条例改正の原案は賛成多数で承認されました。",
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe("unofficial (5(1)): blind R70A-137, unconfirmed reports said to go round, then disowned or warned against (…などの未確認情報が出回っていますが、市では確認していません。デマに惑わされず…)", () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: the words of a rumour (未確認情報, 真偽不明の情報) said to be going round (が出回っています, が広がっています) and followed by the city saying it
  // has not confirmed them or warning the reader (デマに惑わされず, 公式の情報をご確認ください) are a warning, not a rumour. An unconfirmed report
  // told as such (未確認情報ですが、…決壊したそうです) or going round with no warning after it still is one.
  it.each([
    "未確認情報ですが、クリークの堤防が決壊したそうです。",
    "未確認情報が出回っていますが、どうやら堤防が決壊したらしいです。",
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/[a-z-]+:warn/u.test(x))).toBe(true)
  })
  it.each([
    "【大雨に関する情報】\n現在、市内全域に大雨警報が発表されています。SNSでは「クリークの堤防が決壊した」などの未確認情報が出回っていますが、市では確認していません。デマに惑わされず、市の防災メールや防災行政無線の情報をご確認ください。",
    "SNSで「市役所が停電している」などの真偽不明の情報が広がっていますが、市では確認されていません。",
    "ネット上で「断水が3日続く」といった未確認情報が出回っていますが、事実ではありません。公式の情報をご確認ください。",
    "「避難所が閉鎖された」などの未確認情報が流れていますが、デマに惑わされないでください。",
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe("unofficial (5(1)): blind R71A-021, who will be chosen told before the choice is made (審査はこれからなんですが、…さんはほぼ決まりっぽいです)", () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: a review, a selection, a tender or a draw said in the post to be still to come (審査はこれから, 選考はまだ, 入札前, 結果発表前) and
  // an outcome said to be settled or likely (ほぼ決まり, 決まりっぽい, ほぼ確定らしい, 当確, 本命, 選ばれそう): it hands out, and favours, a
  // result the city has not decided. A pending review with no outcome told, or an outcome announced after it, is ordinary.
  it.each([
    "商店街に新しいお店が続々🏪✨ 今年の創業支援補助金、審査はこれからなんですが、新町の古着屋「ふるぎや灯」さんはほぼ決まりっぽいです🤫 オープンが楽しみ！\n#柳川 #商店街 #創業",
    "選考はまだなんだけど、来年のポスターは柳城高校さんの作品で決まりっぽいよ😏",
    "入札はこれからですが、地元の有明建設さんがほぼ確定らしいです。",
    "審査前やけど、グランプリは堀端のパン屋さんで当確やろね〜",
    "補助金の採択はまだですが、沖端の旅館さんが選ばれそうです。",
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/[a-z-]+:warn/u.test(x))).toBe(true)
  })
  it.each([
    "創業支援補助金の審査はこれからです。結果は3月中旬に市ホームページで発表します。",
    "創業支援補助金の採択事業者が決まりました。新町の古着屋「ふるぎや灯」さんほか3件です。",
    "選考はこれからですが、たくさんのご応募ありがとうございました！どの作品も力作ぞろいで、審査員も迷いそうです。",
    "写真コンテストは現在審査中です。結果発表をお楽しみに！",
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe("unofficial (5(1)): blind R71A-067, a measure's budget request sent up and still to pass (…30%に上げる予算要求を出しているので、議会で通れば…)", () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: a budget request the city has made for a change (予算要求を出している, 予算を要求中, 予算要望をしとる) is its inner stage: the
  // budget is not compiled, let alone passed, so the change told with it is undecided. A request to the state (国への予算要望), a budget
  // published or passed, or the stage told with no measure is not this.
  it.each([
    "プレミアム付き商品券、今年も完売しました！ありがとうございました🙏 来年度はプレミアム率を30%に上げる予算要求を出しているので、議会で通ればもっとお得になりますよ。",
    "子どもの医療費を高校生まで無料にするため、いま予算を要求中です。認められたら来年4月からスタートです！",
    "図書館の開館時間を夜9時まで延長する予算要求をしています。通ったらお知らせしますね。",
    "ごみ袋の料金を下げる予算要求を出しとるけん、通ったら安くなるばい。",
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/[a-z-]+:warn/u.test(x))).toBe(true)
  })
  it.each([
    "プレミアム付き商品券、今年も完売しました！ありがとうございました🙏 次回の販売が決まりましたら、改めてお知らせします。",
    "市長が国土交通省を訪れ、有明海沿岸道路の整備促進について予算要望を行いました。",
    "令和8年度当初予算案を公表しました。プレミアム率を30%に上げる商品券事業も盛り込んでいます。",
    "予算要求の段階から、市民の皆さまの声をお聞きしています。",
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe("unofficial (5(1)): blind HF-076, a sign the reader may notice in their own life (…そんなときは、運転を見直すサインかもしれません)", () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: かもしれません after a sign (サイン, 兆候, 合図) the reader may read in themselves is advice: the hedge is about what they notice,
  // not a matter the city decides. A change of the city's foretold with かも (路線を見直すかもしれません, 見直す時期かもしれません) still is one.
  it.each([
    "【運転に不安を感じたら】\n\n「最近、車をこすることが増えた」「信号の見落としにヒヤリとした」。そんなときは、運転を見直すサインかもしれません。\n\nご家族で話し合うきっかけにしてください。",
    "朝起きるのがつらい日が続いたら、生活リズムを見直すサインかもしれませんね。",
    "料理の味付けが濃くなったと感じたら、それは体からの合図かもしれません。食生活を見直してみましょう。",
    "物忘れが増えたと感じたら、暮らし方を変える兆候かもしれません。気軽に地域包括支援センターへご相談ください。",
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    "利用者が減っているので、来年度からバスの路線を見直すかもしれません。",
    "施設の利用料を見直す時期かもしれません。",
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/[a-z-]+:warn/u.test(x))).toBe(true)
  })
})

describe("unofficial (5(1)): blind HF-080, a change already made told with the schedule it came in, in a mascot's voice (新しいダイヤで…19:40になったんだって！)", () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: 〜んだって after a change made (なった, 変わった, 始まった) with the published schedule or rules it came in (新しいダイヤで, ダイヤ改正で,
  // 4月1日から): the mascot passing on what the city announced. A change still to come (廃止になるんだって) or one with no schedule named is hearsay.
  it.each([
    "うなりんもバスに乗ってきたよ〜🚌✨ 新しいダイヤで、三橋線の最終便が19:40になったんだって！お仕事帰りも安心だね〜\n#うなりん #コミュニティバス",
    "ダイヤ改正で、大和線の始発が6:30になったんだって！朝の通学にぴったりだね〜",
    "4月1日から、市民プールの開館時間が夜8時までに延びたんだって！仕事帰りに泳げるね🏊",
    "新しい時刻表で、土日も病院前に停まるようになったんだって〜🚌",
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    "来年の新しいダイヤで、三橋線が廃止になるんだって！さみしいね〜",
    "三橋線の最終便が廃止になったんだって、運転手さんがこっそり言ってたよ",
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/[a-z-]+:warn/u.test(x))).toBe(true)
  })
})

describe("unofficial (5(1)): blind HF-093, 内定 as a step of the hiring an exam notice sets out (内定の通知は3月上旬の予定です)", () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: 内定 with の before what the hiring sends or schedules (内定の通知, 内定の連絡, 内定の時期) is a step of an employment exam, as 内定通知
  // and 内定者 are; 内定 of a policy, a post or a grant (次期館長の内定の話, 交付先が内定) is still undecided.
  it.each([
    "最終合格者は、原則として令和8年4月1日付で採用します。内定の通知は3月上旬の予定です。",
    "最終合格者には、内定の連絡を2月下旬に郵送でお送りします。",
    "採用試験の日程：第1次試験 1月18日、第2次試験 2月上旬。内定の時期は3月上旬を予定しています。",
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    "次期館長の人事は、もう内定の段階に入っています。",
    "補助金の交付先は、市内の3社で内定しています。",
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/[a-z-]+:warn/u.test(x))).toBe(true)
  })
})

describe("unofficial (5(1)): blind R73A-048, a budget item foretold before the council votes (…改良工事は、来年度予算に盛り込まれる見通しです)", () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: money for a measure said to go into a budget (予算に盛り込まれる, 予算に計上される, 予算化される, 予算がつく) right before a forecast
  // (見通し, 見込み): the budget is still to be passed, so the item is undecided, even when the measure is works or traffic (工事, 復旧,
  // 渋滞), which alone are no decision. Works forecast to finish, a budget passed with the item in it and a plan said as 予定 stay clean.
  it.each([
    "【道路の補修工事の状況】\n\n11月の大雨で傷んだ市道の補修は、これまでに38か所が完了しました。残る12か所も年内に終える予定です。\n\nなお、沖端線の全面改良工事は、来年度予算に盛り込まれる見通しです。\n\n工事中は片側交互通行となる区間があります。ご協力をお願いします。",
    "城堀水門の改修工事費は、6月補正予算に盛り込まれる見込みです。",
    "大雨で崩れた農道の復旧費用は、来年度に予算化される見通しです。",
    "渋滞対策の交差点改良工事、来年度の予算がつく見通しです。",
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/forecast:warn'))).toBe(true)
  })
  it.each([
    "補修工事は、3月末までに完了する見通しです。",
    "来年度予算に盛り込まれた主な事業を紹介します。",
    "令和7年度予算が可決され、沖端線の改良工事費が盛り込まれました。工事は来年秋に完了する見込みです。",
    "沖端線の改良工事は、来年度予算で実施する予定です。",
    "3月議会で可決された当初予算に工事費が盛り込まれ、工事は年内に完了する見通しです。",
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe("unofficial (5(1)): blind R72A-136, the city's deliberation passed on second-hand (…献血ルームを作れないか協議中みたいです)", () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: a weak stage word (協議中, 検討中, 調整中, 交渉中) straight before hearsay (みたい, らしい, げな, だそう, って聞きました, とのこと),
  // with the city or a public body as a party (市と, 県と市が, 役場と, 教育委員会が) or a measure asked after (…を作れないか, 増やせないか,
  // 造れんか): an undecided plan handed on unconfirmed. A club's or a family's own plan, a reader's plan (検討中の方), a schedule to be
  // announced and a deliberation that ended in a decision stay clean.
  it.each([
    "献血にご協力いただいた皆さん、ありがとうございました。\n日赤さんと市で、西鉄柳川駅前に常設の献血ルームを作れないか協議中みたいです。実現したら毎月の献血バスを待たずに済みますね！",
    "市と商工会で、駅前に屋根付きの広場をつくれないか検討中らしいです。",
    "教育委員会が、中学校の給食を温かいまま届けられないか協議中だそうです。",
    "役場と漁協で、沖端に船着き場ば造れんか協議中げな。",
    "県と市が、西鉄柳川駅と病院を結ぶシャトルバスを走らせられないか調整中って聞きました。",
    "川下りの乗り場にトイレを増やせないか、観光協会と交渉中とのことです。",
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/undecided:warn'))).toBe(true)
  })
  it.each([
    "高校の生徒会で、文化祭の出し物を検討中みたいです。",
    "移住を検討中の方は、市の相談窓口へどうぞ。",
    "息子が市内の大学に行けないか検討中みたいで、オープンキャンパスに行ってきました。",
    "市と日赤の協議で、献血バスの日程が決まりました。",
    "日程は日赤さんと調整中みたいです。決まり次第お知らせしますね。",
    "献血ルームは西鉄久留米駅の近くにあります。市内には毎月献血バスが来ています。",
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe("unofficial (5(1)): blind HG-027, someone seen off is no plan shelved (献血バスのお見送りに行ってきたりん🚌 …協力してくれたって！)", () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: 見送 after お, or before りに行く／来る or ってくれる, is seeing someone off, not shelving a plan: a mascot's friendly fact heard
  // after it (…58人の方が協力してくれたって！) passes no change on. A plan shelved (開催を見送る, 見送りになる) told second-hand still is one.
  it.each([
    "ほりわりんも献血バスのお見送りに行ってきたりん🚌 きょうは58人の方が協力してくれたって！ありがとうだりん〜✨ 次は1月21日（水）だよ！ #献血 #ほりわりん",
    "ガタロウも卒業生のお見送りに行ったよ🌸 みんな笑顔で手を振ってくれたって！",
    "うなりんも最終便のお見送りに来たよ🚢 きょうは120人が川下りを楽しんでくれたんだって！",
    "船頭さんたちが手を振って見送ってくれたって！また来てね〜",
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    "花火大会、今年は開催を見送るらしいよ🎆",
    "献血バスの配車、来年度は見送りになるって！",
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/rumour:warn'))).toBe(true)
  })
})

describe("unofficial (5(1)): blind R73A-074, a mascot's knack told under a secret aside (ここだけの話…ガタロウ、じつはカッパやけん泳ぎがとくいっちゃん)", () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: ここだけの話, 内緒, ナイショ straight into the speaker's own knack or weakness (泳ぎがとくい, 料理がじょうず, 泳ぎが苦手), the name
  // set off by a comma as well as by は: profile trivia, no undisclosed matter. A change, a hearsay or a matter the city decides in the
  // sentence still makes it a rumour.
  it.each([
    "ここだけの話…ガタロウ、じつはカッパやけん泳ぎがとくいっちゃん🏊✨ 夏は掘割でスイスイ〜🐸\n#柳川 #ガタロウ",
    "ここだけの話、ほりわりん、じつは泳ぎが得意なんだりん🏊",
    "内緒だけど、どんこまるは早起きがとくいなんだ☀️",
    "ナイショね、ぼく、実は料理がじょうずなんだよ🍳",
    "ここだけの話…うなりん、じつはカナヅチやけん泳ぎが苦手っちゃん💦",
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    "ここだけの話…ガタロウのイベント、来年度で廃止になるっちゃん",
    "ここだけの話、新しい課長、じつは予算の交渉が得意らしいけん、来年度は増額されるかも",
    "ここだけの話、市長、じつは駅前の再開発が一番好きなんだって",
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/rumour:warn'))).toBe(true)
  })
})

describe("unofficial (5(1)): blind R73A-123, a hedge read in its own sentence (…人間も同じかも？😏 不妊去勢手術の補助、受付中です！)", () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: a forecast's word closed by ？ or 。 (同じかも？, 一緒かも。) belongs to its own sentence: a musing there forecasts nothing, and the
  // announcement in the next sentence (補助、受付中です) is not what it hedges. A change hedged in its own sentence still is a forecast.
  it.each([
    "春は野良猫の発情期🐈 夜中に鳴き声がうるさいのは、まあ人間も同じかも？😏 不妊去勢手術の補助、受付中です！\n#柳川 #野良猫",
    "夜ふかししちゃうのは、人間も猫も同じかも？ 猫の不妊去勢手術の補助、申請受付中です！",
    "寒い朝に布団が恋しいのは、猫もわたしたちも一緒かも。 ペットの防寒講座の補助、受付を始めました！",
    "このカッパ像、ちょっとガタロウに似てるかも？😆 ガタロウのぬいぐるみの予約、受付中です！",
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    "不妊去勢手術の補助、来年度はなくなるかも？ お早めにどうぞ。",
    "補助の受付、来月で終わるかも？ 申請はお早めに！",
    "夜中に鳴き声がうるさいのは、まあ人間も同じかも？ 来年度から不妊去勢手術の補助は廃止になるかもしれません。",
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/forecast:warn'))).toBe(true)
  })
})

describe("unofficial (5(1)): blind R75A-132, a policy settled inside passed on from a superior (…差押えに入る方針ば固めたって、上の人が話しよったよ)", () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: a policy said settled (方針を固めた, 筑後弁 方針ば固めた, 方針が固まった) with a superior or a colleague named as who said it or
  // from whom it was heard (上の人が話しよった, 上司が言ってたんだけど, 課長の話では, 幹部の方から伺った): the inside as the source of a decision
  // in the making, handed out before the city releases it (a leak). The dialect spelling 方針ば固め is the stage word 方針を固め. Said at a
  // public occasion (記者会見, 議会で答弁) or with no policy settled (課長が言っていたとおり、…お越しください), it is no leak.
  it.each([
    "滞納しとる人は聞いとってね〜。来年度からは、督促から3か月たったらすぐ差押えに入る方針ば固めたって、上の人が話しよったよ。早めに払っとった方がよかばい！",
    "上司が言ってたんだけど、来年度から公民館の貸し出しを有料にする方針を固めたらしいよ。",
    "うちの課長の話では、督促状ば出すとを月1回に減らす方針ば固めたげなよ。",
    "部長たちが、4月から窓口の受付ば午後4時までにする方針ば固めとるって言いよらしたです。",
    "幹部の方から伺ったところでは、来年度は滞納者への電話催告をやめ、文書催告に一本化する方針が固まったとのことです。",
    "上の人が言いよったけど、差押えの基準ば厳しくする方針が固まったげな。",
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/leak:block'))).toBe(true)
  })
  it('reads 方針ば固め as the stage word', () => {
    expect(rules('市は、来年度から差押えを早める方針ば固めたばい。')).toContain('unofficial/undecided:warn:方針ば固め')
  })
  it.each([
    "上司が話していたとおり、窓口の受付時間は午後5時15分までです。",
    "課長が言っていたとおり、督促状が届いたら早めに納付相談にお越しください。",
    "差押えに入る前に、必ず督促状と催告書をお送りしています。",
    "上の人が話しよったけど、今年の花火はほんとにきれかったね〜",
    "市税の滞納が続くと、財産の差押えを行う場合があります。お早めにご相談ください。",
    "市は、滞納整理を強化する方針を固め、本日の記者会見で発表しました。",
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it('a policy stated at the council is no leak', () => {
    expect(rules('部長が市議会で、滞納整理を強化する方針を固めたと答弁しました。').some((x) => x.startsWith('unofficial/leak'))).toBe(false)
  })
})

describe("unofficial (5(1)): blind HH-119, a secret aside into the speaker's own feeling (ここだけの話、ぼくも注射はちょっとドキドキするんだ…💦)", () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: ここだけの話, 内緒, ナイショ straight into the speaker's own feeling, fear, liking or habit (ドキドキする, こわい, 緊張する, ソワソワ
  // して, ついつい夜ふかししちゃう), the speaker the writer (ぼく, わたし, うち) or a name in kana: a mascot confiding about itself. A change, a
  // hearsay, a rumour's topic or a matter the city decides in the sentence still makes it a rumour.
  it.each([
    "ここだけの話、ぼくも注射はちょっとドキドキするんだ…💦\nでも、みんなといっしょにインフルエンザに負けないように、今年もしっかり受けるよ！💪\n高齢者の予防接種は1月31日までだよ〜\n#ほりわりん #予防接種",
    "ここだけの話、ほりわりんも歯医者さんはちょっとこわいりん…🦷 でも、6月4日からは歯と口の健康週間！みんなで歯みがきしようね",
    "内緒だけど、ぼく、雷がちょっとこわいんだ⚡ 大雨の日はおうちで過ごそうね",
    "ナイショね、わたしは毎晩ついつい夜ふかししちゃうの🌙 早寝早起きで元気に過ごそう！",
    "ここだけの話、ガタロウも人前で話すときは緊張するっちゃん💦 でもお祭りのステージ、がんばるけん見に来てね！",
    "ここだけの話、うちも健診の前の日はソワソワして眠れんとよ😅 特定健診は12月27日まで受けられます。",
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    "ここだけの話、ぼくもドキドキしとるんだけど、来年度から予防接種の助成がなくなるらしいよ💦",
    "ここだけの話、ぼくも注射はちょっとドキドキするんだ…来年から高齢者の予防接種は有料になるけん、今年のうちに受けてね💦",
    "ここだけの話、わたしも新しい課長がちょっとこわいんです…",
    "ここだけの話、ぼくも心配なんだけど、市内の保育園でインフルエンザの集団感染が出とるらしいよ",
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/rumour:warn'))).toBe(true)
  })
})

describe('unofficial (5(1)): blind R77A-024, a guess of a change quoted and passed on (「たぶん中止になるっちゃないかな」って言ってました)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: someone's guess about a change the city or the organisers decide (中止, 延期, 値上げ, 統合, なくなる), quoted in brackets and closed by
  // って/と 言ってました, 言いよった, 言うとった, 話していました, おっしゃっていました: the post hands on the guess (かも, んじゃないかな,
  // っちゃないかな, やろう, たぶん) before the call is made. Quoted feelings, wishes and thanks stay clean.
  it.each([
    '明日の花火大会、雨予報で心配ですよね☔ さっき実行委員会の人に聞いたら「たぶん中止になるっちゃないかな」って言ってました…正式な発表は朝7時です！\n#柳川 #花火大会',
    '役所の人が「来年は花火大会なくなるっちゃないかな」って言いよったよ〜',
    '観光協会の人が「今年の川下りイベントは中止になるんじゃないかな」って言ってました。',
    '組合長さんが「来年から入場料は値上げやろうね」って言いよりました。',
    '実行委員長が「たぶん延期やろうな」と話していました。',
    '地区の役員さんが「公民館、統合されるっちゃないかな」って言うとったよ。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/rumour:warn'))).toBe(true)
  })
  it.each([
    '実行委員会の人に聞いたら「雨でも花火は予定どおり上げます」って言ってました！',
    '子どもたちが「花火、中止にならないといいね」って言ってました。',
    '参加者の方が「来年もぜひ来たいかも」って言ってました。',
    '実行委員長が「今年も無事に開催できてよかった」と話していました。',
    '子どもたちが「来年も花火見に来たい！」って言ってました。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial (5(1)): blind R77A-060, a plan named as what is being arranged (…に移す案で調整しております)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: 〜する案で調整, 案を軸に検討, 案を中心に協議, 案で話ば進めよる — policy-speak for 方向で調整: a plan still being arranged, its
  // content told before the city decides, even with 決まり次第ご案内 after it. 提案, 案内, 答案 and a plan already decided stay clean.
  it.each([
    '来年度から、図書館の休館日を月曜から水曜に変える案で調整しております。',
    '市民プールの営業を7月だけにする案を軸に検討しています。',
    'ごみの分別区分ば減らす案で話ば進めよります。',
    '市民会館は閉館して、機能を公民館へ移す案を中心に協議を進めているところです。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/undecided:warn'))).toBe(true)
  })
  it.each([
    '皆さんから出された案で話し合いを行い、愛称を決定しました。',
    'いただいたご提案で検討した結果、ベンチを設置しました。',
    '申請の方法はこちらのご案内でご確認ください。',
    '市の答案用紙は回収します。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial (5(1)): blind R77A-099, a personnel move in plain words passed on (別の部署に行かれるかもって聞いて寂しいです)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: a move of staff said without 異動 (別の部署に行く, 違う課に移る, 本庁に戻る) as a guess or a hearsay (かも, らしい, みたい, って聞いた),
  // and って聞いて run on into a sad or startled feeling: an unannounced move passed on. A reader sent to another desk, the desk for a matter
  // announced to change (予定です) and a farewell wish stay clean.
  it.each([
    'インターン最終日でした🌻 お世話になった観光課の皆さん、ありがとうございました！課長さん、来年の春には別の部署に行かれるかもって聞いて寂しいです😢 また柳川に遊びに来ます！\n#柳川 #インターン',
    '係長、4月から本庁に戻られるらしいですね。さみしくなります。',
    '館長さん、来年は別の課に移るみたいで寂しくなるね〜',
    '○○さん、春からほかの部署に行くって聞いたばい。ほんと？',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/(?:personnel|rumour):warn/u.test(x))).toBe(true)
  })
  it('names the move', () => {
    expect(rules('課長さん、来年の春には別の部署に行かれるかもって聞いて寂しいです😢')).toContain('unofficial/personnel:warn:別の部署に行かれるかも')
    expect(rules('来年は図書館がなくなるって聞いてびっくりしました。')).toContain('unofficial/rumour:warn:って聞いて')
  })
  it.each([
    '手続きによっては、別の課に行っていただく場合があります。',
    '4月から、子育て支援の担当が別の課に変わる予定です。',
    '窓口が混んでいるときは、別の窓口にご案内することがあります。',
    '「ありがとう」って聞いて、うれしくて涙が出ました。',
    '皆さんが楽しみにしてるって聞いて嬉しいです。',
    '別の部署に行っても、柳川のことはずっと応援しています。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial (5(1)): blind R77A-120, a change said to move forward in talks inside (…値上げする方向で内部の話が進んでいます)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: 内部の話が進んでいる, 庁内で着々と進んでいる, 役所内で進みよる, 内部的な協議が進められている, 内々に話がまとまりつつある, with a
  // change (値上げ, 廃止, 再編, 休館) in the sentence: a decision in the making handed out. Talk done and decided, works in progress and a
  // progress report with no change stay clean.
  it.each([
    '【花火大会の臨時駐車場について】\n\n今年も有明海沿いの臨時駐車場（約八百台）をご用意します。料金は一回千円です。\n\nなお、来年からは料金を二千円に値上げする方向で内部の話が進んでいます。渋滞対策として公共交通機関の利用を促すためです。\n\n当日はシャトルバスもご利用ください。',
    '来年度から駐車料金を五百円に上げる話が、庁内で着々と進んでいるところです。',
    '市民プール、来年度で廃止する話が役所内で進みよるとよ。',
    'コミュニティバスの路線を再編する方向で、現在、内部的な協議が進められております。',
    '公民館の休館日を増やすことで内々に話がまとまりつつあります。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/unannounced:warn'))).toBe(true)
  })
  it.each([
    '庁内の検討が進み、4月から窓口の受付時間を延長することを決定しました。',
    '内部の点検が進んでいます。完了まで今しばらくお待ちください。',
    '課内の話し合いが進んでいて、職場の雰囲気もよくなりました。',
    '庁内の話し合いで決まった新しいロゴを発表します。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial (5(1)): blind R78A-066, the city\'s deliberation passed on second-hand (…条例改正が検討されていると聞いています)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: a stage verb in the passive or progressive (検討されている, 協議されている, 調整が進められている, 議論されている, 検討されよる) right
  // before a hearsay frame (と聞いています, そうです, とのこと, らしい, と伺っています, げな), with a measure or a change in the sentence: what is
  // under study handed on unconfirmed; a section of the city named as the source (担当課の話では, 財政課によると) is the inside, not a
  // public source. A reader's plan, a club's own talk, the press and an answer in the council stay clean.
  it.each([
    '【自治会加入のお願い】\n災害が多発するなか、地域での助け合いの大切さが改めて見直されています。ご近所同士の顔が見える関係づくりに、ぜひご協力ください。なお、担当課の話では、将来的には転入届の際に自治会への加入を事実上求める方向で条例改正が検討されていると聞いています。',
    '担当課の話では、来年度から公民館の使用料を見直す方向で協議されているそうです。',
    '市の方では、コミュニティバスの路線を減らすことが検討されているとのことです。',
    '財政課によると、ふるさと納税の返礼品を大きく絞ることが議論されていると伺っています。',
    '担当課の人の話やと、校区の見直しが検討されよるげな。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/undecided:warn'))).toBe(true)
  })
  it.each([
    '移住を検討されている方は、定住促進課までご相談ください。',
    '担当課の話では、申請の締め切りは3月31日だそうです。',
    '市長は議会で、図書館の建て替えが検討されていると答弁しました。',
    '新聞によると、県では高校の再編が検討されているそうです。',
    '自治会では、夏祭りの出し物について話し合いが続けられているそうです。楽しみですね。',
    '子ども会の役員さんたちで、遠足の行き先を話し合っているそうです。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial (5(1)): blind R79A-138, a measure named as what a unit of the city weighs (…減らすことを、財政課でいま 検 討 中 です)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: a weak stage word (検討中, 調整中, 協議中), spaced out or not, whose object is a measure made a noun (…を減らすこと, …をふやすこと,
  // …できるようにすること) with a unit of the city named as where it is weighed (財政課で, 庁内で) or what it would bring once realised
  // (実現すれば…): undecided, though no policy noun is in the sentence. A reader's plan, a schedule being fixed, a club's or a committee's
  // own plan stay clean.
  it.each([
    '市の借金（市債）について、よくご質問をいただきます。高金利の市債を借り換えて利払いを減らすことを、財政課でいま 検 討 中 です。実現すれば年間数千万円の節約になりそうです。',
    'ごみの収集回数をふやすことを、環境課でいま 検 討 中 です。',
    '窓口の受付時間を延ばすことを、市民課で調整中です。実現すれば、仕事帰りにも手続きができるようになります。',
    '図書館の本をスマホで予約できるようにすることを、いま 協 議 中 です。実現したら、ぜひ使ってくださいね。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/undecided:warn'))).toBe(true)
  })
  it.each([
    '移住を検討中の方は、定住促進課までご相談ください。',
    '講座の日程を、いま生涯学習課で調整中です。決まり次第お知らせします。',
    '参加することをご検討中の方は、お早めにお申し込みください。',
    '講師の先生と内容を調整中です。',
    '合宿に行くことを、野球部で検討中です。',
    '皆さんが安心して参加できることを第一に、実行委員会で調整中です。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial (5(1)): blind R79A-019, a tender\'s winner guessed before it is decided (…どこが取るかはまだ分かりませんが、…会社さんかなぁ)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: a selection of the city (入札, 受注, プロポーザル, 指定管理の選定) said to be open (どこが取るかはまだ分からない, 入札はまだこれから,
  // 審査は来週) and a bidder named with a guess (…さんかなぁ, …落札するんじゃないかな, …選ばれる気がしています, という雰囲気): one applicant
  // favoured before the city decides. A game's winner, a tender's date or a call to bidders stay clean.
  it.each([
    '契約課の机から📝 新庁舎の入札、参加申請がたくさん来てます！どこが取るかはまだ分かりませんが、個人的には地元の大きな会社さんかなぁ…という雰囲気です😌\n#柳川市役所 #入札',
    '入札はまだこれからですが、たぶん地元の建設会社さんが落札するんじゃないかな。',
    'プロポーザルの審査は来週ですが、個人的にはA社さんが選ばれる気がしています。',
    'どこが受注するかはまだ決まっていませんが、市内の業者さんになりそうな雰囲気です。',
    '指定管理者の選定はこれからやけど、どうも今の団体さんが続けるっぽいばい。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/(?:forecast|unannounced|rumour):warn/u.test(x))).toBe(true)
  })
  it('names the guess', () => {
    expect(rules('入札はまだこれからですが、たぶん地元の建設会社さんが落札するんじゃないかな。')).toContain('unofficial/forecast:warn:落札するんじゃないかな')
  })
  it.each([
    '新庁舎の入札には、地元の会社さんもたくさん参加申請をされています。開札は12月5日です。',
    'どこが優勝するかはまだ分かりませんが、地元チームさんを応援しています！',
    'どのチームが勝つかはまだ分かりませんが、地元チームさんかなぁ…という雰囲気です',
    '入札の結果は、決まり次第ホームページでお知らせします。',
    '入札はまだこれからです。参加を予定されている業者の皆さんは、書類の準備をお願いします。',
    '入札に参加する業者さんかな？と思ったら、ただの見学の方でした。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial (5(1)): the colleague\'s false positives and blind R79A-041 (reported words, said in the council, a draft out for comment, talk denied, a facility done)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kinds: a speaker's own words in brackets reported with おっしゃっていました (a conditional instruction, no guess); a deliberation the city
  // stated in the council or to the press (議会で答弁しました, 記者会見で明らかにしました); talk inside whose draft is put out for comment; talk
  // inside or a stage said not to go on (議論は進んでいません, 検討しておりません); a facility's completion or opening already done, passed on
  // (新庁舎が完成したそうですね。おめでとうございます: 新庁舎 is no future matter).
  it.each([
    '講師の先生が「中止になったときは、前日の夕方までに連絡します」とおっしゃっていました。',
    '館長さんが「休館日は変更になることがあります」とおっしゃってました。',
    '先生は「雨で延期になったら、またご連絡しますね」とおっしゃっていた。',
    '保健師さんが「予約の変更はお電話でどうぞ」とおっしゃっていました。',
    '市長は、新しい図書館の整備について、庁内で協議を進めていることを議会で答弁しました。',
    '市長は、バス路線の見直しについて、現在協議中であることを議会で答弁しました。',
    '副市長は定例記者会見で、学校給食の無償化を検討していることを明らかにしました。',
    '市長は12月議会で、新庁舎の建設について庁内で検討していると述べました。',
    '庁内で話し合いが進んでいる総合計画の素案について、ご意見を募集します。',
    '庁内で検討してきた公共施設の再編計画の素案を公表し、パブリックコメントを実施します。',
    '内部で議論を重ねてきた料金見直しの素案について、1月9日まで意見を募集しています。',
    '料金の改定について、内部での議論は進んでいません。',
    '公民館の統廃合について、庁内では検討しておりません。',
    'バスの減便について、庁内では話し合いは行われていません。',
    '使用料の値上げについて、役所内で議論はまだしていない状況です。',
    'お隣の市も新庁舎が完成したそうですね。おめでとうございます。まあ、規模もデザインも予算相応といったところでしょうか。',
    '大川市の新しい図書館が開館したんだって！行ってみたいな。',
    '隣町に新しい道の駅がオープンしたらしいです。おめでとうございます🎉',
    'みやま市の新校舎が完成したって！すごいね。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    '講師の先生が「たぶん中止になると思う」とおっしゃっていました。',
    '来年から教室が有料になるとおっしゃっていました。',
    '来月の議会で答弁する予定ですが、庁内では図書館の有料化を検討中です。',
    '答弁では触れませんでしたが、庁内では中学校の統合が検討されています。',
    '庁内で話し合いが進んでいる新しい料金体系について、近く発表できると思います。',
    'ご意見ありがとうございます。庁内で検討中の料金の見直しについては、まだお話しできません。',
    '料金の改定について、内部での議論が進んでいます。',
    '公民館の統廃合について、庁内では検討しておりますが、まだ公表できません。',
    'お隣の市の新庁舎、来年完成するそうですね。',
    '新庁舎の完成が延期になったそうです。',
    '新庁舎が完成したら、窓口はそっちに移るらしいです。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/[a-z-]+:warn/u.test(x))).toBe(true)
  })
})

describe('unofficial (5(1)): blind R80A-093, a price forecast to go from one amount to another (五十円から六十円になる見通し)', () => {
  // Kind: the price of something the city sells or charges said to go from one amount to another (XからY円になる, に上がる, に変わる), in
  // figures or kanji numerals, under a forecast's word (見通し, 見込み, なりそう, かもしれません): a fee change told before the council votes on
  // it. A range (500円から), a change already made, a plan announced (予定です) and the city's own costs (電気代が…下がる見込み) are not this.
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    '可燃ごみの指定袋、大袋が一枚五十円から六十円になる見通しです。三月議会にかかる予定ですので、買いだめはお早めに。',
    '粗大ごみの処理券、1枚300円から400円に上がる見込みです。',
    '市民プールの入場料、大人が二百円から三百円になりそうです。',
    'コミュニティバスの運賃、百円から百五十円に変わるかもしれません。',
    '公民館の使用料、1時間500円から800円に引き上げられる見通しやけん、予約はいまのうちに！',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/(?:forecast|rumour):warn/u.test(x))).toBe(true)
  })
  it.each([
    '入館料は大人500円から、子ども300円からご利用いただけます。',
    '指定袋は大袋一枚五十円です。10枚入りで五百円から販売しています。',
    '4月1日から、市民プールの入場料は大人200円から300円に改定しました。',
    'LED化により、電気代は年間約120万円から60万円に下がる見込みです。',
    '可燃ごみの指定袋の値段は、4月以降も一枚五十円のまま変わりません。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind R81A-127, a contractor\'s hearsay about the extra cost or delay of the city\'s works', () => {
  // Kind: what a party to the city's works (業者さん, 職人さん, 施工業者さん) is heard to say about its cost overrunning or its term running on
  // (追加費用が…出そうらしい, 改修費が増えるみたい, 費用が追加で出るげな, 工期も延びるかもって), in any dialect: unconfirmed news of the city's
  // business. 業者さん names no one, unlike a named person (船頭の松尾さんによると). A schedule said to be kept, a fact about the works, a fee
  // for a service and a cost with no hearsay stay clean.
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    '掘割の護岸工事、業者さんから聞いた話やと、鋼材の値上がりで追加費用が1,000万円くらい出そうらしいです😥 工期も延びるかもって…。\n決まったらちゃんとお知らせしますね！',
    '施工業者さんから聞いたんですが、橋の補修工事は工期が3か月延びるらしいです。',
    '現場の職人さんの話では、体育館の改修費が500万円ほど増えるみたいです。',
    '業者さんが言いよったけど、護岸工事の費用が追加で出るげな。',
    '業者さんから聞いた話だと、市民会館の建設費がかなり膨らむそうですよ。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/(?:forecast|rumour):warn/u.test(x))).toBe(true)
  })
  it.each([
    '施工業者さんからの説明によると、工事は予定どおり3月に完了する見込みです。',
    '工事業者さんに聞いたところ、鋼材はすべて国産だそうです。',
    '職人さんの話では、この石垣は江戸時代に積まれたものだそうです。',
    '追加費用はかかりません。お気軽にご参加ください。',
    '一時預かりは追加の費用がかかるそうです。事前にご確認ください。',
    '工事費の増額について、3月議会で補正予算が可決されました。',
    '業者さんの作業は、今日で3日目です。暑い中ありがとうございます！',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind HL-128, a plan put forward in a past era, told as history (昭和五十年代…案も出された)', () => {
  // Kind: a plan said to have been put forward in an era named before it (昭和五十年代, 明治の頃, かつて, 戦後), in the past tense (出された,
  // 浮上した, 出ていた): local history, no plan in the making. A plan out now (案が出ています), with an era only as what it ends (昭和の頃から
  // 続く祭りを廃止する案), or put forward lately with no era (先月の会議で…案も出されました) still is an unannounced matter.
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    '【図書館の郷土資料から】\n\n掘割の浚渫の歴史について、市立図書館の郷土資料コーナーに興味深い記録があります。\n\n「昭和五十年代、掘割はごみと泥で埋まりかけ、埋め立てて下水路にする案も出された。しかし住民と市職員が話し合い、自らの手で泥を上げる道を選んだ」\n\n（出典：柳川掘割史編集委員会編『水の郷 柳川の記録』柳川文化出版、二〇〇五年、45頁）\n\n現在の浚渫工事も、この「掘割を生かす」考えの延長線上にあります。',
    'かつて掘割を埋め立てる案も出されましたが、市民の手で守られてきました。',
    '明治の頃には、ここに鉄道を通す案が浮上したこともあったそうです。',
    '戦後まもなく、城堀を埋め立てて道路にする案が出ていたといいます。',
    '昭和40年代には、川下りの舟を動力船にする案も出ていました。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    '掘割を埋め立てて駐車場にする案も出されています。',
    '昭和の頃から続く夏祭りを廃止する案が出ています。',
    '先月の会議で、掘割を埋め立てて下水路にする案も出されました。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/unannounced:warn'))).toBe(true)
  })
})

describe('unofficial (5(1)): blind R83A-016, where an undecided plan will end up, foretold by the writer (…方向になると思っています)', () => {
  // Kind: a verb's plain form before 方向 (埋め立てる方向, 統合しない方向) is the content of a plan, and なる/進む/落ち着く/まとまる with a guess
  // after it (と思う, でしょう, はず, んじゃない) hands out the outcome before the city decides, in any register or dialect. An adjective or a
  // noun before 方向, a direction the reader is told to take, the weather's course and a wish (といいですね) are no forecast.
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    ['お問い合わせいただいた三橋町のクリーク埋め立ての件ですが、まだ案の段階です。ただ、担当としては埋め立てる方向になると思っています。', '埋め立てる方向になると思'],
    ['あの公民館は、たぶん統合しない方向で落ち着くんじゃないかな。', 'たぶん統合しない方向で落ち着くんじゃない'],
    ['旧校舎の扱いはまだ決めていませんが、取り壊す方向に進むでしょう。', '取り壊す方向に進むでしょう'],
    ['個人的には、市民プールは残す方向にまとまるはずだと見ています。', '残す方向にまとまるはず'],
    ['沖端の駐車場は、有料にする方向になると思うばい。', 'する方向になると思'],
  ])('flags %s', (text, excerpt) => {
    expect(rules(text)).toContain(`unofficial/forecast:warn:${excerpt}`)
  })
  it.each([
    '駅から川下りの乗船場へ向かう方向に進むと、左手に見えます。',
    '台風は東へ進む方向になるでしょう。',
    '景気は明るい方向になると思います。',
    '子どもたちの笑顔が増える方向に進むといいですね。',
    '今後の方向性については、決まり次第お知らせします。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind R83A-097, a stage word spelt out letter by letter to slip past a check (け ん と う ち ゅ う です)', () => {
  // Kind: 検討中, 協議中, 調整中 written with spaces or dots between its letters (け ん と う ち ゅ う, 検 討 中, 検・討・中): the spacing
  // shows the writer hiding the word, so the undecided matter is let out whatever the sentence holds and whatever is promised after it. The
  // word written plainly keeps its gates; a reader's plan, a stage denied and 健闘 stay clean.
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    ['直売所の営業時間を夕方6時まで延ばしてほしいという声をたくさんいただいています🙏 実は今、け ん と う ち ゅ う です…！決まったらまたお知らせしますね🥕', 'け ん と う ち ゅ う'],
    ['実はいま、き ょ う ぎ ち ゅ う です。決まったらお知らせします！', 'き ょ う ぎ ち ゅ う'],
    ['図書館の開館時間の件、ただいま 検 討 中 です😊', '検 討 中'],
    ['駐車場のこと、ち ょ う せ い 中 なので、もう少し待っててね', 'ち ょ う せ い 中'],
    ['あの件は今、検・討・中です！', '検・討・中'],
  ])('flags %s', (text, excerpt) => {
    expect(rules(text)).toContain(`unofficial/undecided:warn:${excerpt}`)
  })
  it.each([
    '図書館の開館時間の件、ただいま検討中です😊',
    '日程は現在調整中です。決まったらお知らせします。',
    '移住を け ん と う 中 の方へ、相談会のご案内です。',
    'そのような計画は、市では 検 討 し て お り ま せ ん。',
    '選手の皆さんの け ん と う を祈っています！',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind R82A-130, a polite guess at how the readers feel (…皆さまも、ひとまず胸をなでおろしていただけるかと思います)', () => {
  // Kind: the readers named (保護者の皆さま, 利用者の方, 子どもたち), perhaps after a clause in the past describing them (延期でご心配を
  // おかけした), then a feeling in a benefactive or honorific form guessed with と思います (安心していただける, ほっとされている, 喜んでくれる):
  // courtesy, not a forecast; the change in the describing clause is done. A change told in the rest of the sentence is still foretold.
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    '【乳幼児健診の再開】会場の空調工事が予定どおり終わり、12月から乳幼児健診を通常どおり再開します。延期でご心配をおかけした保護者の皆さまも、ひとまず胸をなでおろしていただけるかと思います。日程は市ホームページでご確認ください。',
    '庁舎の移転で戸惑われた利用者の方も、新しい窓口にはすぐ慣れていただけるかと思います。',
    '休館が長引いてご不便をおかけした皆さんにも、新しい図書館を楽しんでいただけると思います。',
    '中止が続いて残念な思いをした子どもたちも、きっと喜んでくれると思います。',
    '延期でお待たせしたみなさんも、ほっとされているかと思います。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    '来年度から駐車場が無料になり、皆さまにも喜んでいただけるかと思います。',
    '利用者の皆さまも、来年度からの料金の値上げには納得していただけるかと思います。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/forecast:warn'))).toBe(true)
  })
})

describe('unofficial (5(1)): blind R83A-013, the completion date of a measure the post says was decided (可決された…完成は令和9年3月の見込みです)', () => {
  // Kind: when a measure passed, approved or contracted will be finished or opened (完成は…の見込み, 供用開始は…の見通し), in the same or
  // another paragraph of the post: the schedule the city publishes with the decision, as an effect in figures is. A measure still before
  // the council, one passed only on a condition (可決されれば), or a fee change forecast beside a decided measure is still undecided.
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    '市議会で可決された大和町中島地区の幹線水路改修事業が、来月から始まります。完成は令和9年3月の見込みです。工事期間中はご迷惑をおかけします。',
    '議会で承認された新図書館の建設事業は、完成が令和8年度末になる見込みです。',
    '昨年度に事業者との契約を締結しました。新しい給食センターの供用開始は、令和9年4月の見通しです。',
    '3月議会で可決された予算で、新庁舎の建設事業を進めています。\n\n新庁舎の完成は令和10年春の見込みです。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    '新体育館の建設事業は、来月の市議会で審議されます。完成は令和9年3月の見込みです。',
    '市議会で可決された改修事業ですが、利用料金は来年度から値上げになる見込みです。',
    '予算が可決されれば、新庁舎の完成は令和10年春の見込みです。',
  ])('flags %s', (text) => {
    expect(rules(text)).toContain('unofficial/forecast:warn:見込み')
  })
})

describe('unofficial (5(1)): blind R85A-025, a matter the writer overheard handed on (こっそり聞いちゃったんやけど、来年の…新しいコースになるかもしれん)', () => {
  // Kind: an aside that the writer overheard what follows rather than being told it (こっそり聞いちゃった, たまたま耳にした, ちらっと聞いた,
  // 立ち聞きした, 偶然聞こえてきた), as a concession (…んやけど、…ですが、…ばってん、) or a sentence of its own: what it introduces is picked up on
  // the side, unconfirmed. Judged by what follows, as the secret aside is: a change, a benefit, or a future matter told as coming. What the
  // writer enjoyed overhearing, a wish about next year or an announcement with no aside stay clean.
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    ['どんこまるだよ〜🚣 きのう体育館でこっそり聞いちゃったんやけど、来年の市民マラソンは掘割沿いの新しいコースになるかもしれんっちゃん🤫 まだないしょやけん、みんなもないしょね！ #柳川 #どんこまる', 'こっそり聞いちゃったんやけど'],
    ['たまたま廊下で耳にしたんですが、来年の花火大会は新しい会場になるみたいですよ。', 'たまたま廊下で耳にしたんですが'],
    ['ちらっと聞いたばってん、来年の白秋祭は会場が変わるごたるよ。', 'ちらっと聞いたばってん'],
    ['立ち聞きしちゃったんだけど、来年から子ども食堂の補助が増えるかも…！', '立ち聞きしちゃったんだけど'],
    ['こっそり聞いちゃった！来年の川下りは新しいコースになるっちゃん🤫', 'こっそり聞いちゃった'],
    ['偶然聞こえてきたんですけど、来年度から公民館の使用料が上がるかもしれません。', '偶然聞こえてきたんですけど'],
  ])('flags %s', (text, excerpt) => {
    expect(rules(text)).toContain(`unofficial/rumour:warn:${excerpt}`)
  })
  it.each([
    'きのう体育館で、子どもたちの合唱をこっそり聞いちゃったんやけど、とっても上手でびっくりしたっちゃん🎵',
    'たまたま耳にしたんですが、この曲は白秋の詩に曲をつけたものなんですね。',
    'こっそり聞いちゃったけど、来年の市民マラソンもたくさんの応援があるといいな',
    '来年の市民マラソンは、掘割沿いの新しいコースで開催します。詳しくは市ホームページをご覧ください。',
    '練習をこっそり聞いてたけど、来年の発表会が楽しみになったよ！',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind R85A-082, talk heard in 筑後弁 (…休みになるっち話ば聞いたばい)', () => {
  // Kind: the dialect quotative っち / ち (or って, という) before 話 or 噂, the object marker ば (or を, or none), then 聞いた or 耳にした: talk
  // heard, passed on. Judged by what it tells, as という話を耳にしました is: a change (休みになる, 有料になる, 廃止, 統合, 使用料が上がる) is a
  // rumour; a friendly fact, trivia of old times or the current schedule stated are not.
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    ['図書館の休館日、来年度から月曜だけやなくて火曜も休みになるっち話ば聞いたばい。ほんなこつやったら困るね〜', 'なるっち話ば聞い'],
    ['市民プール、来年の夏から有料になるち話を聞きました。', 'なるち話を聞き'],
    ['コミュニティバスの三橋線、今年度いっぱいで廃止になるっち話ば耳にしたばってん、ほんとやろか。', 'なるっち話ば耳にし'],
    ['公民館の使用料が上がるって話ば聞いたけど、ほんなこつね？', 'って話ば聞い'],
    ['給食センターが統合されるっち話聞いた？', '統合されるっち話聞い'],
  ])('flags %s', (text, excerpt) => {
    expect(rules(text)).toContain(`unofficial/rumour:warn:${excerpt}`)
  })
  it.each([
    'ボランティアさんが増えとるっち話ば聞いたばい。うれしかね〜',
    '船頭さんから、掘割にはカワセミがよう来るっち話ば聞いたばい。',
    'おばあちゃんから、昔は掘割で泳ぎよったっち話ば聞いたよ。',
    '図書館の休館日は毎週月曜日です。火曜日は通常どおり開館しとるけん、来てね。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind R84A-007, a skill learnt (…ができるようになったよ), then how to do it passed on (…上にあげるんだって)', () => {
  // Kind: 〜ができるようになった (…ました) is a skill the speaker has learnt, not a thing built or opened, so the hearsay after it (how to
  // sign a word, a trick, a knack: …のせて、上にあげるんだって) passes on instructions, no change. A thing to be built or a service to come
  // (…ができるんだって, …ができるようになるんだって) or a change beside the skill is still a rumour.
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    'やなぎんね、手話で「ありがとう」ができるようになったよ〜👐✨ 左手の甲に右手をのせて、上にあげるんだって！みんなもやってみてね〜 #手話の日 #やなぎん',
    'ぼく、手話で「おはよう」ができるようになったっちゃん✨ 右手のこぶしをこめかみにあてて、下におろすんだって！',
    'ガタロウ、あやとりで「ほうき」ができるようになりました🧶 指にかけた糸を、くるっと返すんだって！',
    'うなっぴね、けん玉で「もしかめ」ができるようになったよ！ひざを曲げて、リズムよく玉をのせるんだって！みんなもやってみてね',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    ['やなぎんね、聞いたんだけど、来年から図書館でネット予約ができるようになるんだって！', 'なるんだって'],
    ['駅前に新しいスーパーができるんだって！', 'できるんだって'],
    ['やなぎんね、手話ができるようになったよ〜 手話講座、来年度から無料になるんだって！みんなもやってみてね', 'なるんだって'],
  ])('flags %s', (text, excerpt) => {
    expect(rules(text)).toContain(`unofficial/rumour:warn:${excerpt}`)
  })
})

describe('unofficial (5(1)): blind R86A-073, damage the city has not confirmed, passed on second-hand (堤防の切れたげなです。まだ市では確認できとらんですが)', () => {
  // Kind: damage told as what befell a structure (堤防が切れた, 筑後弁 堤防の切れた, 道路が陥没しとる, 土手が崩れた, 橋の落ちた) passed on with a
  // hearsay ending (げな, らしい, って聞きました) or with the city's own word that it has not confirmed it (まだ市では確認できとらんですが,
  // 市としてはまだ確認が取れていませんが): a rumour spread in a disaster. Damage checked and not found, a drill's scenario, 切れ目 and
  // things that run out (電池が切れた) stay clean.
  const warns = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  it.each([
    '沖端の方で堤防の切れたげなです。まだ市では確認できとらんですが、近くにお住まいの方は念のため高いところへ移動してください。分かり次第お知らせします。',
    '沖端の方で堤防が切れたらしいです。近くの方は念のため高いところへ移動してください。',
    '三橋で道路が陥没しとるげな。市では確認できとらんけど、通らんごとしてください。',
    '矢部川の土手が崩れたって聞きました。市としてはまだ確認が取れていませんが、念のため避難を。',
    '堤防の一部が切れたという情報があります。まだ市では確認できておりませんが、念のため避難してください。',
    '大和町の方で橋の落ちたげな。まだ確認できとらんばってん、近づかんでください。',
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
  it.each([
    '堤防の点検を行いました。決壊や漏水などの異常は確認されていません。',
    '市では、現時点で堤防の被害は確認できておりません。引き続き川には近づかないでください。',
    '堤防の切れ目から見える有明海の夕日がきれいだそうです。',
    '大雨で堤防が決壊したと想定して、避難訓練を行いました。',
    '防災ラジオの電池が切れた場合は、交換してお使いください。',
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind R86A-102, a rumour going round relayed as something to act on (という話が回っているようです。詳しいことはわかりませんが、念のため)', () => {
  // Kind: a harm, a damage or a change said to be going round (という話が回っている, といううわさが広がっています, という投稿が拡散されています)
  // and handed on with the post's own word that it does not know (詳しいことはわかりませんが, 真偽はわかりませんが) or a call to act on it
  // (念のため): the city spreads an unverified rumour. A rumour set right (事実ではありません, デマ, 惑わされないで), an awareness post about
  // rumours (根拠のないうわさが広がりがちです, 【災害時のうわさに注意】) and a plain precaution with no rumour stay clean.
  const warns = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  it.each([
    'SNSで「三橋の避難所に不審者が出た」という話が回っているようです。詳しいことはわかりませんが、念のため避難所にいる方は貴重品の管理にお気をつけください！',
    'LINEで「沖端の避難所で食中毒が出た」って話が回っとるみたいです。詳しかことはわからんですが、念のため食べ物には気をつけてください。',
    '「城内小の近くで不審者が出た」といううわさが広がっています。真偽はわかりませんが、念のためお子さんの送り迎えをお願いします。',
    '矢部川の堤防が決壊しそうだという情報が出回っているようです。本当かどうかはわかりませんが、念のため避難の準備をしてください。',
    'Xで「避難所の水が汚染されている」という投稿が拡散されています。詳細は不明ですが、念のため飲み水は配布のペットボトルをお使いください。',
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
  it.each([
    '【災害時のうわさに注意】\n災害のときには、「○○から動物が逃げた」「××で盗難が多発している」といった根拠のないうわさが広がりがちです。\n情報を広める前に、市や国などの公式な発表かどうかを確かめましょう。',
    '【災害時のデマにご用心】\n不確かな情報を広めないよう、市の発表をご確認ください。',
    'SNSで「三橋の避難所が閉鎖された」という話が回っていますが、事実ではありません。避難所は通常どおり開設しています。',
    '「水道水が飲めなくなる」といううわさが回っているようですが、水質に問題はありません。正確な情報は市ホームページでご確認ください。',
    '避難所で不審な人を見かけたら、念のため職員に声をかけてください。',
    'SNSでは「矢部川が決壊した」などの未確認情報が出回っていますが、市では確認していません。デマに惑わされず、市の発表をご確認ください。',
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
  // True rumours sharing the awareness post's words (うわさ, 注意) still warn.
  it.each([
    'うわさでは、沖端の堤防が切れたそうです。注意してください。',
    '【うわさ】来年度から川下りの乗船料が上がるらしいです。',
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
})

describe('unofficial (5(1)): blind R87A-055, a draft told while its comment process is still ahead (パブリックコメントはまだ先ですが、…素案では…見通し)', () => {
  // Kind: a draft (素案, 原案, たたき台) or its forecast told while the post says the comment process or briefing has not begun (パブリック
  // コメントはまだ先ですが, パブコメはまだこれからですが, 意見募集の前ですが, 説明会の日程が決まったら): the process named is not under way, so
  // it does not make the draft public. A comment process going on (実施しています, まだ受け付けています) or done stays public.
  const warns = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  it.each([
    'パブリックコメントはまだ先ですが、学校のあり方検討委員会の素案では、市内の中学校を将来的に今の7校から4校に再編する見通しになっています。地域説明会の日程が決まったらお知らせしますね。',
    'パブコメはまだこれからですが、新しい公共施設計画のたたき台では、市内の公民館を5館から3館に統合する方向になっています。',
    '意見募集の前ですが、こども園再編計画の原案では、市立の4園を2園にまとめる見込みです。',
    'パブリックコメントの実施前ですが、ごみ処理計画の素案では、指定ごみ袋の値段を1枚10円上げる見通しとなっています😊',
    '素案の説明会はまだ開いていませんが、地域公共交通計画の素案では、コミュニティバスの路線を2本廃止する見込みです。',
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
  it.each([
    '学校のあり方検討委員会の素案がまとまり、本日からパブリックコメントを実施しています。素案では、中学校を7校から4校に再編する案を示しています。',
    'パブリックコメントは終了しました。いただいたご意見を踏まえて素案を修正し、計画を策定しました。',
    'パブリックコメントはまだ受け付けています。素案は市ホームページでご覧いただけます。',
    '総合計画の素案について、12月1日から意見を募集します。素案では、中学校の再編についても触れています。',
    '説明会の前に、素案を市ホームページで公表しました。ぜひご覧ください。',
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind R88A-137, who did a wrong passed on second-hand in a cleft (捨てたのは近くのブリーダー業者らしいです)', () => {
  // Kind: a cleft whose topic is a wrongful act (捨てたのは, 壊したのは, 投げ込んだのって, 落書きしたとは, 不法投棄したのは) and whose focus is
  // the one accused, closed by hearsay (らしい, みたい, らしか, だそうです): an accusation nobody has confirmed, as 犯人は…らしい is. The
  // accused may be a noun that else reads typical-of (中学生らしか) or people in the plural (高校生たちみたい). A good deed in the cleft
  // (片づけたのは, 拾ったのは), a wrong with no hearsay or with the police's announcement, typical-of らしい and a quoted example stay clean.
  const warns = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  it.each([
    '知り合いの方から回ってきた動画なのですが、市内の河川敷で子犬が段ボールごと捨てられる瞬間が映っていました。捨てたのは近くのブリーダー業者らしいです。本当に許せません。',
    'LINEで回ってきた写真を見ました。公園のベンチを壊したのは近所の高校生たちみたいです。',
    '沖端の掘割に自転車を投げ込んだのって、夜中に騒いどった若い子たちらしかよ。',
    'お地蔵さんに落書きしたとは、隣の町内の中学生らしか。',
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
  it.each([
    '不法投棄されたごみを片づけたのは、地元の中学生たちだったそうです。ありがとうございました。',
    'ペットを捨てるのは犯罪です。最後まで責任を持って飼いましょう。',
    '子犬を捨てたのは誰か分かっていません。情報をお持ちの方は環境課までご連絡ください。',
    '子犬を捨てたのは飼い主本人だったと、警察が発表しました。',
    'ブリーダーらしい丁寧な説明で、譲渡会の参加者も納得の様子でした。',
    '最初に河川敷のごみを拾ったのは、地元の小学生たちだったそうです。',
    '清掃活動でいちばんたくさんごみを拾ったのは、柳城中学校の生徒さんたちみたいです。お疲れさまでした！',
    '「子犬を捨てたのは近所の業者らしい」といった書き込みを見かけても、拡散しないでください。確かな情報は市の公式サイトでお知らせします。',
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind R89A-116, an aside that the matter is not out yet (まだ表には出ていないのですが、…帰国される予定と伺っております)', () => {
  // Kind: the writer concedes the matter has not been made public (まだ表には出ていないのですが, まだ公になっていないのですが, まだ公表して
  // いないのですが, まだ世間には出ていない話ですけど, まだおおやけにはなっとらんけど) and tells it: a personnel move, a change of manager, a
  // closure, a fee. Out of doors (まだ表に出ていないので, まだ表に出ていない方は), a thing to be published when ready (完成しだいお知らせ
  // します, まとまり次第…お知らせ) and nature (ホタルは…見頃) stay clean.
  const warns = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  it.each([
    'ご質問ありがとうございます。国際交流員のマリアナさんは、まだ表には出ていないのですが、来年の夏に任期を終えて帰国される予定と伺っております。寂しくなりますね。',
    'まだ公にはなっていないのですが、道の駅の指定管理者が来年度から変わる予定です。',
    'まだ公表していないのですが、〇〇地区の公民館は来年3月で閉館になる見込みです。',
    'まだ世間には出ていない話ですけど、新しいゆるキャラのデザインが来月決まる予定なんです。',
    'まだおおやけにはなっとらんけど、来年度から学童保育の利用料が上がるとよ。',
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
  it.each([
    '子猫たちはまだ表に出ていないので、もう少し大きくなったら譲渡会でご紹介します。',
    '新しいパンフレットはまだ公開されていませんが、完成しだいホームページでお知らせします。',
    'まだ表に出ていない方は、係員の誘導に従って順番にお進みください。',
    'ホタルはまだ表には出てきていませんが、来週あたりから見頃になりそうです。',
    '調査の結果はまだ公表していませんが、まとまり次第、市ホームページでお知らせします。',
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind R90A-069, an overheard aside closed by an emoji, a wave dash or a particle (こっそり聞いちゃった👂 …)', () => {
  // Kind: the writer says they overheard what follows (こっそり聞いちゃった, たまたま聞こえちゃった, ちらっと耳にしちゃった, 偶然聞いてしもうた)
  // and a mascot's voice closes the aside with an emoji, 〜, ♪ or a particle (よ〜, っ) instead of a comma: the same unconfirmed matter handed
  // on when it tells a change or a future matter as coming. What the writer enjoyed overhearing, a wish, a concert's date stay clean.
  const warns = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  it.each([
    'ほりっぴーこっそり聞いちゃった👂 来年の修学旅行、沖縄になるかも〜って先生たちが話してたよ🌺 まだヒミツね〜🤫 #ほりっぴー #柳川',
    'たまたま聞こえちゃった🙊 来年度から学童の利用料が上がるかもしれません',
    'ちらっと耳にしちゃった〜♪ 次の夏まつりは会場が新しくなるかもしれんばい',
    '偶然聞いてしもうた😳 来月から市民プールの開館時間が変わるかも',
    'こっそり聞いちゃったよ〜🤭 来年の遠足、行き先が動物園に変わるかもね',
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
  it.each([
    '子どもたちの合唱をこっそり聞いちゃった👂 とっても上手でした🎵',
    '図書館のおはなし会、こっそり聞いちゃった〜🎶 みんな真剣に聞いててかわいかった！',
    'たまたま聞こえてきた🎵 来年も見守り隊の皆さんと一緒に歩けたらうれしいな',
    '練習中の吹奏楽部の音がこっそり聞こえちゃった♪ 本番の定期演奏会は3月15日です！',
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind R90A-042, a plan said to be out in a body of the city, the body between (案がいま教育委員会で出ている)', () => {
  // Kind: 〜する案が出ています with the place where it is out put between the plan and the verb (案がいま教育委員会で出ている, 案が、いま
  // 地域づくり課の中で出ていて, 案も環境課で検討されとる, 案が現在庁内で挙がって): a plan of the city still in the making, told before it
  // is decided. Only a body of the city as the place (委員会, 議会, 課, 係, 庁内, 役所, 市); a children's or a student council, 案内, 答案 and
  // a plan published for comment stay clean.
  const warns = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  it.each([
    '新学期の通学路点検、各地区の見守り隊の皆さまありがとうございました。蔵町三丁目の交差点には新しく横断旗を設置しています。ちなみに、蔵町の一部を白秋台小の学区に変える案がいま教育委員会で出ているので、来年は通学路が変わる子もいるかもしれません。引き続き見守りをお願いします。',
    '沖端地区の公民館を小学校に移す案が、いま地域づくり課の中で出ていて、再来年には引っ越すことになるかもしれません。',
    '実は、ごみ収集を週2回から1回にする案も環境課で検討されとるけん、来年から変わるかもしれんよ。',
    '市民プールを夏休みだけにする案が現在庁内で挙がっておりますので、今後開館日が変わることもあり得ます。',
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
  it.each([
    '新しい遊具の案が子ども会議で出て、みんなで投票しました。',
    '学園祭の出し物の案が生徒会で出されました。',
    '学区についてのご案内が教育委員会から届きました。保護者の皆さまはご確認ください。',
    '通学路の安全対策の案を、教育委員会のホームページで公表しています。ご意見をお寄せください。',
    '答案が教室で返されました。',
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind HQ-117, 内定 as a step of an announced recruitment (最終合格者には…内定の手続を行う)', () => {
  // Kind: 内定 followed by its paperwork or notice (内定の手続, 内定を通知, 内定書, 内定のご案内) in a post that names the exam or its
  // successful applicants: the published procedure of the hiring, no personnel decision let out. A person or a post named as who gets the
  // place (次の教育長には古賀さんが内定) is still one.
  const warns = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  it.each([
    '【令和8年4月採用 柳川市職員採用試験（後期）を実施】\n\n第1次試験は教養試験と適性検査、第2次試験は個別面接と集団討論により行う。最終合格者には令和8年1月下旬に結果を通知し、内定の手続を行う。',
    '柳川市職員採用試験の最終合格者の皆さんには、2月上旬に内定を通知します。',
    '保育士採用試験について。合格者には、面接の翌週までに内定書を郵送します。',
    '職員採用試験（社会人経験者枠）の受験資格をご確認ください。最終合格者には後日、内定のご案内をお送りします。',
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
  it.each([
    '次の教育長には古賀さんが内定しています。',
    '採用試験の結果とは別に、新しい館長には田中さんが内定したそうです。',
    '最終合格者の発表とは別の話ですが、4月からの総務部長の人事が内定しました。正式発表は来月です。',
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
})

describe('unofficial (5(1)): blind HQ-132, how good an announced event is, heard (座談会もあって、マジで参考になるらしい！)', () => {
  // Kind: らしい, みたい or んだって closing a clause of praise (参考になる, 勉強になる, 役に立つ, 楽しい, 人気): a friendly recommendation
  // of an event, no rumour about a plan, even with 採用 in the sentence. The clause itself must tell no change, benefit, harm or future
  // matter: the same event said to end or to become paid is still hearsay.
  const warns = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  it.each([
    '先生になりたい人、あつまれ〜！11月15日に教員採用の説明会があるよ📚 現役の先生と話せる座談会もあって、マジで参考になるらしい！申込は市のHPからね〜',
    '12月の保育士採用の説明会、先輩保育士の体験談がすごく勉強になるみたい！予約は市のHPからどうぞ',
    '職員採用ガイダンス、若手職員とのトークセッションがめっちゃ楽しいんだって✨ 申込は人事課まで',
    '教員採用の説明会、現役の先生の話がほんとに役に立つらしいよ📚',
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
  it.each([
    '11月15日の教員採用の説明会、来年からなくなるらしい！',
    '教員採用の面接、今年から集団面接が廃止になるらしい',
    '教員採用の説明会、参考になるらしいけど来年から有料になるらしい',
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
})

describe('unofficial (5(1)): blind R93A-034, a named bidder\'s win guessed before the tender', () => {
  // Kind: a bidder named (…さん, …建設, …グループ) and a guess at the outcome (で決まりだと思います, が落札するんじゃないかな, で決まりでしょう)
  // in a paragraph about a procurement still to come (入札, 発注, 指定管理, プロポーザル, 手を挙げ). The result announced, a guess about no
  // procurement and a fair-process notice stay clean.
  const warns = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  it.each([
    "【下水道工事の業者説明会を開催しました】\n\n本日は、来年度発注予定の管更生工事について、市内の事業者の皆さまへの説明会を開きました。多数のご参加ありがとうございました。\n\n正直なところ、今回の規模だと実績のある有明建設さんで決まりだと思います。他の業者さんは手を挙げても厳しいかもしれません。\n\n入札公告は1月中旬の予定です。",
    "実績から見て、今度の指定管理は〇〇グループで決まりでしょうね。",
    "今回の入札、たぶん筑後管工さんが落札するんじゃないかな。",
    "プロポーザルは大和設備工業で決まりだろうと見ています。",
    "今度の入札は有明建設さんで決まりやろうと思うばい。",
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
  it.each([
    "入札の結果、有明建設さんに決まりました。工事は3月に始まります。",
    "今年の夏祭りのポスターは、高校生の作品で決まりだと思います！",
    "指定管理者は、公募と審査を経て株式会社ABCに決定しました。",
    "入札は公正に行います。どの業者さんに決まるかは、開札までわかりません。",
    "暑い日の差し入れは、やっぱり老舗の松尾商店さんで決まりだと思います！",
    "市内の業者さんにお願いしている清掃は、やっぱり丁寧な松尾さんで決まりだと思います！",
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind R95A-085, 〜方向で with who arranges it between', () => {
  // Kind: a plan's content (a verb's plain form before 方向で), then who works on it (庁内の, 関係課との, 市の内部で) and a deliberation in
  // progress (調整が進んでいます, 協議を進めています, 検討が始まった): undecided. A direction to walk, a plan published and a venue's own
  // arrangements stay clean.
  const warns = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  it.each([
    "二十歳のつどいの会場は、再来年から市民会館を離れ、総合体育館に移す方向で庁内の調整が進んでいます。正式な決定は追ってお知らせします。",
    "駐車場を有料化する方向で、関係課との協議を進めています。",
    "図書館の休館日を月曜から火曜に変える方向で、市の内部で話し合いが続いています。",
    "ごみ収集を週2回に減らす方向で、担当課同士の検討が始まったところです。",
    "まだ案の段階やけど、プールは廃止する方向で上の人たちの調整が進みよるらしい。",
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
  it.each([
    "矢印の方向で順番にお進みください。受付の調整が済み次第ご案内します。",
    "駅前広場の整備は、基本計画に基づき、南側に建てる方向で検討を進めてきました。計画書はホームページでご覧いただけます。",
    "避難所へは、川から離れる方向で移動してください。移動の調整は自治会ごとに進めています。",
    "会場の総合体育館では、受付の動線を調整しています。市民会館からの移動はシャトルバスをご利用ください。",
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind HS-149, English cues match whole words only (No password is needed)', () => {
  // Kind: an English rumour cue (word is, rumours are, not official, unofficially) is a phrase of whole words; inside another word
  // (password is, crossword is, swordfish) it is no cue.
  const warns = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  it.each([
    "For visitors from Taiwan, Hong Kong and Singapore: Yanagawa's Sagemon Festival is held until April 3. You can see colorful hanging dolls at many shops and the Ohana garden. Free Wi-Fi is available at the tourist information center near Nishitetsu-Yanagawa Station. No password is needed.",
    'Entering a keyword is not required; Swordfish is the name of the boat tour.',
    'The password is printed on the sticker at the counter.',
    'The crossword is on page 4 of the city newsletter.',
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
  it.each([
    ['Word is the night market is coming back next summer!', 'Word is'],
    ['Rumors are that the library will close next year.', 'Rumors are'],
    ['It is not officially decided yet, but the bus route may change.', 'not officially'],
    ['I heard that the festival will be cancelled.', 'I heard that'],
  ])('flags %s', (text, excerpt) => {
    expect(warns(text)).toContain(`unofficial/rumour:warn:${excerpt}`)
  })
})

describe('unofficial (5(1)): blind HR-018, a secret about oneself closed by ナイショだよ', () => {
  // Kind: what a mascot or the writer confides about itself (じつは…読んでるんだ, ぼく、ほんとは…大好きなんだ), then the aside that closes it
  // (みんなにはナイショだよ, 内緒にしてね, ヒミツだぞ): play, no undisclosed matter. A change, a decision or hearsay confided stays a rumour.
  const warns = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  it.each([
    'しおりんのひみつ📖 じつは夜の図書館で、こっそり本を読んでるんだ〜🌙 みんなにはナイショだよ🤫\n#しおりん #柳川 #図書館',
    'ぼく、ほんとはお堀の鯉とお昼寝するのが大好きなんだ。みんなには内緒にしてね🤫',
    'わたしね、じつは毎朝こっそりうなぎのせいろ蒸しの夢を見てるの〜 ないしょだよ♪',
    'じつはおいら、カッパなのに泳ぐのがちょっと苦手なんだ。ヒミツだぞ！',
    '個人情報は、家族にも内緒にせず相談してください。',
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
  it.each([
    'じつは来年から図書館が有料になるんだ〜🌙 みんなにはナイショだよ🤫',
    'じつは館長さんが来月でやめるらしいんだ。みんなにはナイショだよ🤫',
    'ぼく、じつは新しい図書館の場所がもう決まったって聞いちゃったんだ。ナイショにしてね',
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
})

describe('unofficial (5(1)): blind HR-033, the reason of a change the post has just told plainly (…ためなんだって)', () => {
  // Kind: a change told as a plain fact (4月から水道料金がかわるんだ。), then its reason passed on in a friendly voice (…ためなんだって,
  // …からなんだって): why, not whether. A hedged change, a change in the same sentence as its reason, or a reason that is a further
  // change to come stays hearsay.
  const warns = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  it.each([
    'すいごっちだよ💧 4月から水道料金がかわるんだ。古くなった水道管を新しくするためなんだって🔧 くわしくは市のホームページを見てね〜\n#すいごっち #柳川',
    '4月からごみ袋の値段が上がります。材料費が高くなったからなんだって！',
    '来月から図書館の閉館時間が変わるよ。利用者のアンケートで決まったからなんだって📚',
    '10月からバスの時刻表が新しくなりました。駅の乗り継ぎをよくするためなんですって。',
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
  it.each([
    '4月から水道料金がかわるらしいよ。古くなった水道管を新しくするためなんだって🔧',
    '水道料金がかわるのは、古くなった水道管を新しくするためなんだって',
    '4月から水道料金がかわるんだ。来年には下水道も値上げするためなんだって',
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
})

describe('unofficial (5(1)): blind HR-049, gladness about what one did (つないでよかったと思っています)', () => {
  // Kind: 〜て/でよかった, 助かった, 安心した before と思う: a feeling looking back at one's own act, no forecast. A change foretold with
  // と思う (…上がると思っています) stays a forecast.
  const warns = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  it.each([
    '【下水道につなぎませんか】\n\n下水道が使えるようになった地区では、早めの接続をお願いしています。\n\n昨年接続された方からは、次のようなお声をいただいています。\n「下水道につないでからトイレのにおいが気にならなくなりましたし、掘割の水もきれいになると聞いて、つないでよかったと思っています」（西蒲池地区の方・ご本人の了承を得て掲載）\n\n接続工事には、費用の一部を補助する制度があります。詳しくは下水道課（0944-77-8755）へ。',
    '浄化槽から下水道に切り替えて、水道料金の明細も見やすくなり、本当によかったと思います。',
    '「補助金が使えると知って、早めに申し込んで助かったと思っとります」（三橋町の方）',
    '講座に参加して、とてもうれしかったと思い出します。',
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
  it.each([
    '下水道の使用料は来年度から上がると思っています。',
    '接続しておけば、補助金がもらえるようになると思います。',
    '下水道につないでよかったです。でも使用料は来年度から上がると思っています。',
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
})

describe('unofficial (5(1)): blind R96A-001/R98A-117, a demolition or a move of a venue foretold (取り壊しになる見込み, 会場を…に移す見込み)', () => {
  // Kind: a facility's demolition (取り壊し) or a venue or office moved (会場を…に移す, 窓口を…へ集約) is a change the city decides;
  // told with 見込み, 見通し, そう, かも it is an undecided matter. Crowds told as the background in a concession (混雑していますが、) do not
  // make the forecast one of crowds.
  const warns = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  it.each([
    '今年の確定申告相談会は本庁舎3階で開催しています。毎年駐車場が混雑してご迷惑をおかけしていますが、来年からは会場を三橋の市民会館に移す見込みです。',
    '築50年を超える市営住宅 西蒲池団地は、数年後には取り壊しになる見込みです。入居者の皆さんへの説明はこれからですが、早めに住み替えを考えておかれたほうがいいかもしれません。',
    '旧大和支所は、来年度中に取り壊される見通しです。',
    '毎回受付が混み合っていますが、次回からは窓口を本庁1階へ集約する見通しです。',
    '古い公民館、そのうち取り壊すことになりそうですばい。',
    '健診の会場ば、来年は保健センターから体育館に移すかもしれんです。',
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
  it.each([
    '旧校舎の取り壊し工事は、3月末に完了する見込みです。',
    '確定申告相談会の会場は混雑が見込まれます。時間に余裕をもってお越しください。',
    '空き家の取り壊しにかかる費用の一部を補助しています。詳しくは建築住宅課へ。',
    '鉢植えの花は、冬の間は日当たりのよい場所に移すと長持ちします。',
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind R98A-122, a direction said to be nearly settled (方向でほぼ固まっています)', () => {
  // Kind: a verb's plain form before 方向で, then a degree adverb (ほぼ, おおむね, 大筋で) before 固まる/決まる/まとまる: the plan's content
  // told while the adverb says it is not decided yet.
  const warns = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  it.each([
    '【駅前のまちづくりワークショップを開催しました】\n本日は市民の皆さま32名にご参加いただき、駅前広場の使い方について多くのアイデアをいただきました。\nなお、事業手法は区画整理ではなく市街地再開発で進める方向でほぼ固まっています。\n次回は12月14日（日）14時から、市民会館で開催する予定です。',
    '小学校の統合は、二校を一つにする方向でおおむねまとまっております。',
    '市民プールは来年度で廃止する方向で大筋決まりよります。',
    '駐車場は有料にする方向で、ほぼほぼ固まったみたいです。',
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
  it.each([
    'コンクリートは一晩でほぼ固まりますので、翌日以降に通行できます。',
    '矢印の方向でほぼ一周できます。',
    '来月の行事の日程がほぼ固まりました。決まり次第お知らせします。',
    'ワークショップでは、広場を芝生にする方向でほぼ意見が一致しました。',
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind R97A-074/R99A-036, a proposal for a change named by its content (…分散する案について, …委託する構想)', () => {
  // Kind: a verb's plain form telling a change before 案 or 構想 (…へ分散する案について協議を進めております, …民間に委託する構想について説明が
  // ありました): the plan is undecided and its content is handed out. Put out for comment, published, voted on, denied or in the past it is not.
  const warns = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  it.each([
    '【お知らせ】\n現在、乳幼児健診の会場を保健センターから各地区の公民館へ分散する案について、関係機関と協議を進めております。実施時期など詳細が固まりましたら、改めてお知らせいたします。',
    '【新規採用職員研修を実施しました】\n4月7日から5日間、新規採用職員28名を対象に研修を行いました。初日は市長講話、2日目以降は公務員倫理、文書事務、接遇、防災について学びました。なお最終日には、来年度から新人研修の一部を民間に委託する構想についても人事課から説明がありました。\n新人職員の皆さんの今後の活躍に期待しています。',
    '三つの児童館を一つに統合する案が、いま話し合われています。',
    '市民プールを廃止するという構想もあるとです。',
    'ごみ袋の値段を引き上げる案について、関係課で協議しております。',
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
  it.each([
    '駅前を歩行者優先の広場にする案について、パブリックコメントでご意見を募集しています。',
    '図書館を移転する案は、昨年の議会で否決されました。',
    '児童館を統合する案は、現在ありません。',
    '市民会館のご案内です。窓口は1階にあります。',
    '子どもたちが考えた、公園を楽しくする案を発表しました。',
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind HU-011, a resident\'s voice quoted and tagged as theirs is no forecast', () => {
  // Kind: a resident's hope or guess in 「…」 closed by a tag of who they are (（市内在住・40代）, （参加者・60代）) or framed as a voice
  // received (「…」というご意見): theirs, given as theirs, not the city's forecast. Unquoted, or tagged as the city's staff, it stays one.
  const forecasts = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/forecast'))
  it.each([
    '駅東口の再開発説明会には、2日間で延べ142人の方にお越しいただきました。ありがとうございました。\n\n参加された方の声をご紹介します（アンケートから、ご本人の了承を得て掲載）。\n\n「工事中も駅まで歩いて行けるか心配だったが、迂回路の図を見て安心した。」（市内在住・70代）\n「交流施設に観光案内所が入ると聞いて、駅を降りた観光客が迷わなくなると思う。」（市内在住・40代）\n\nいただいたご質問と回答は、市ホームページに掲載しています。',
    '「バスの本数が増えれば、高校生の通学がずっと楽になるはずです。」（参加者・60代）',
    '「市民プールが無料になるので、夏休みの利用者が増える見込みです」（市民・50代）',
    '「バスが増便されるなら、通学がだいぶ楽になるっちゃないかと思う」（市内在住・高校生の保護者）',
    '「図書館の開館時間が延びるので、仕事帰りに寄れるようになると思います」というご意見もいただきました。',
  ])('passes %s', (text) => {
    expect(forecasts(text)).toEqual([])
  })
  it.each([
    '交流施設に観光案内所が入ると聞いて、駅を降りた観光客が迷わなくなると思う。',
    '「交流施設に観光案内所が入るので、観光客が迷わなくなると思う。」（市職員・40代）',
    '課長も「交流施設には観光案内所が入ると思う」と話していました。',
    '市民プールが無料になるので、夏休みの利用者が増える見込みです。',
    'バスが増便されるなら、通学がだいぶ楽になるっちゃないかと思う。',
  ])('flags %s', (text) => {
    expect(forecasts(text)).not.toEqual([])
  })
})

describe('unofficial (5(1)): blind R100A-065, 噂の before a name in brackets (SNSで噂の「さげもんパフェ」) means much talked about', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: 噂の / うわさの right before the name of a dish, a product or a spot set in 「」 or 『』 (SNSで噂の「…」, 口コミで噂の『…』), in a
  // sentence that tells no change, no decision and no hearsay: buzz, as 話題の is. 噂の「…」 with a closure or hearsay in the sentence,
  // 〜という噂 and 噂では still pass a rumour on.
  it.each([
    // the false positive
    'SNSで噂の「さげもんパフェ」、観光案内所の職員も食べてきました🎎 期間限定で、御花の近くのカフェ数店舗で提供されています。',
    // variants: 『』 and a particle, a spot with は, hiragana うわさ, a set the staff ate
    'インスタで噂の『うなぎおにぎり』を、沖端の商店街で買ってみました！ ふっくら香ばしくて、食べ歩きにぴったりです。',
    '地元で噂の「川辺のベンチ」は、夕焼けがきれいに見える穴場です🌇 散歩の途中にどうぞ。',
    'うわさの「さげもんパフェ」は、御花の近くのカフェで食べられます。',
    '口コミで噂の「せいろ蒸し食べ比べセット」、職員もお昼にいただきました😋 どのお店もおいしかったです。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    // true violations sharing 噂の「…」: a closure passed on, hearsay of a new facility, a rumour told as such
    'SNSで噂の「市民プール」、来年で廃止になるらしいです。',
    '噂の「新しい道の駅」、駅前にできるって聞きました。',
    '「さげもんパフェ」が来月で終わるという噂がSNSで広がっています。',
    '噂では「さげもんパフェ」の提供店が来年から減るそうです。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/rumour:warn:'))).toBe(true)
  })
})

describe('unofficial (5(1)): blind R102A-109, a named party said to be involved in a wrong, second-hand (…さんが関わっているらしいです)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: a party as the subject (「ふとんの杉本」さんが, 解体屋さんが), a verb of involvement as a state or a past act (関わっている, 関与しとる,
  // 絡んでる, 一枚かんでる), then hearsay or a guess (らしい, みたい, ようです, って話, っちゅう話, げな), with a wrong (詐欺, 苦情, 不法投棄, 空き巣,
  // 架空請求 …) in the sentence or the one before: an unconfirmed suspicion cast on someone. A part in fighting the wrong, the police as the
  // source, a risk to come warned of, a good cause and a line quoted as an example stay clean.
  it.each([
    // the miss
    ['最近、「健康布団の無料点検」をうたう訪問業者についての相談が続いています。相談者のお話では、どうも本町の「ふとんの杉本」さんが関わっているらしいです。点検の電話があっても、すぐに家に上げないようにしてください。', 'unofficial/rumour:warn:関わっているらしい'],
    // variants: 関与 with みたい, 筑後弁 絡んどるらしか, the humble polite ようでございます, 一枚かんでるって話, っちゅう話
    ['ここ数日、高齢者宅を回る「屋根の無料点検」業者の苦情が相次いでいます。聞いた話では、駅前の「丸山工務店」が関与しているみたいです。', 'unofficial/rumour:warn:関与しているみたい'],
    ['不法投棄の件、近所の人の話やと、川沿いの解体屋さんが絡んどるらしかよ。', 'unofficial/rumour:warn:絡んどるらしか'],
    ['先日の空き巣騒ぎですが、利用者さんから伺ったところでは、大和町の新聞販売店さんが関わっておられるようでございます。', 'unofficial/rumour:warn:関わっておられるようで'],
    ['架空請求のメール、どうも「やながわ商事」さんが裏で一枚かんでるって話です。', 'unofficial/rumour:warn:一枚かんでるって話'],
    ['市内の老人ホームで起きた盗難事件ですが、元職員が関わっとるっちゅう話ですよ。', 'unofficial/rumour:warn:関わっとるっちゅう話'],
  ])('flags %s', (text, want) => {
    expect(rules(text)).toContain(want)
  })
  it.each([
    // hard negatives sharing the words: a part in preventing the harm, the police as the source, a risk warned of, no wrong, a quotation
    '特殊詐欺の被害防止には、市内の金融機関さんも関わっているそうです。窓口での声かけにご協力いただいています。',
    '警察によると、今回の訪問販売トラブルには県外の業者が関与しているとのことです。不審な訪問にはご注意ください。',
    '「ふとんの杉本」さんは、市の高齢者見守りネットワークに協力店として関わっていただいています。',
    '今年のさげもんめぐりには、商店街の多くのお店が関わっているそうです。',
    '空き巣の被害を受けたお宅の片付けには、地元の消防団の方々も関わってくださったそうです。',
    '闇バイトに応募すると、若者も犯罪に関与する可能性があります。',
    '軽い気持ちでも、お子さんが闇バイトに関わってしまうかもしれません。ご家庭で話し合ってください。',
    '「近所の工務店が詐欺に関わっているらしい」といった書き込みを見かけても、拡散しないでください。',
    '相談者のお話では、点検業者は「市役所から来た」と名乗ったそうです。市が業者に点検を依頼することはありません。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial (5(1)): a rumour said to be false is the city correcting it, not passing it on (found in review)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: the rumour word is the topic of a predicate that calls it false (…というネットのうわさは誤りです, …という噂は事実では
  // ありません, その噂はデマです), or the rumour is said to go round and the party is cleared after it (…という噂がありますが、同店は一切
  // 関係ありません). A rumour said to be true or only partly wrong, or passed on, still warns.
  it.each([
    '「市役所職員を名乗り還付金があるので口座番号を教えて」ってネットのうわさは誤りです。市はそのような電話をしません。',
    '市民プールが廃止されるという噂は事実ではありません。来年度も営業します。',
    '「給食センターが民営化される」といううわさは、まったくのデマです。',
    'ネットで広がっているその噂は、事実無根です。ご安心ください。',
    '「杉本さんが訪問業者に関わっている」という噂がありますが、同店は一切関係ありません。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    '市民プールが廃止されるといううわさを聞きました。',
    '市民プールが廃止されるという噂は、あながち誤りとは言えません。',
    '市民プールが廃止されるという噂は一部誤りですが、縮小はあるらしいです。',
    '給食センターが民営化されるという噂がありますが、どうも本当みたいです。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
})

describe('unofficial (5(1)): blind HW-055, a person\'s own past told second-hand in an introduction (学生時代は…選手だったそうです)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: そうです in the past (〜だったそうです, 〜していたそうです) about a time of the person's own past (学生時代, 子どものころ, 以前は,
  // 高校時代) in a staff or guest introduction: harmless hearsay about a biography, not about an undecided or unofficial matter, though
  // the sentence runs on from one that calls the person new (新しい指導員…着任しました💪). A change, a decision, a discipline or a claim
  // about someone in the sentence still makes a rumour.
  it.each([
    // the false positive
    '【スタッフ紹介】総合体育館のトレーニング室に、新しい指導員の江島 陸（えじま・りく）さんが着任しました💪 学生時代は陸上の短距離選手だったそうです。マシンの使い方は気軽に声をかけてください😊（本人の了承を得て掲載）\n#柳川 #総合体育館 #スタッフ紹介',
    // variants: a librarian's childhood, a nurse's former job, a coach's high-school days in dialect
    '新しく着任した司書の古賀さん🌸 子どものころは図書館に毎日通う本の虫だったそうです。おすすめの本を聞いてみてくださいね。',
    '今年度から新しく配属された保健師の松尾さん。以前は病院で看護師として働いていたそうです！',
    '新しいコーチの中島さん、高校時代はバレー部のキャプテンやったそうです♪ 気軽に話しかけてみてね。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    '新しい指導員の江島さんは、前の職場を懲戒処分で辞めたそうです。',
    '新しい指導員の江島さん、学生時代は陸上選手だったそうですが、来年度には別の施設に異動するそうです。',
    '新しく着任した江島さんは、以前は別の施設で不正をしていたそうです。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
})

describe('unofficial (5(1)): blind R104A-091, an undecided plan told from its draft (素案の段階では…統合…方向性も示されています)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: the draft's stage said (素案, 原案, たたき台, 案 + の段階では/段階ですが), then a concrete change it holds (統合, 廃止, 移転,
  // 民営化) as a direction shown or weighed (方向性も示されています, 案も検討されています, 出ている, ことになっています): the content of an
  // undecided plan handed out. A mere ホームページ elsewhere (the meetings' dates) does not make the draft public; a draft put out for comment,
  // a plan decided, 発達の段階 and 提案 stay clean.
  it.each([
    // the miss
    ['次期「柳川市子ども・子育て支援事業計画」の策定に向けて、子ども・子育て会議で議論を進めています。素案の段階では、市立保育所2園を統合して認定こども園にする方向性も示されています。今後の会議の日程は市ホームページでお知らせします。', 'unofficial/undecided:warn:素案の段階では、市立保育所2園を統合して認定こども園にする方向性も示され'],
    // variants: 原案 with 検討されています, 筑後弁 示されとります after たたき台, a casual 案の段階ですけど, 素案段階 with ことになっています
    ['図書館のあり方について話し合いを重ねています。計画の原案の段階では、中央図書館を駅前に移転する案も検討されています。詳しくは市ホームページをご覧ください。', 'unofficial/'],
    ['たたき台の段階ですが、小学校3校を統合して義務教育学校にする方向が示されとります。', 'unofficial/undecided:warn:たたき台'],
    ['まだ案の段階ですけど、市民プールを廃止する方向も出ているんですよ。日程は市ホームページで。', 'unofficial/undecided:warn:案の段階ですけど、市民プールを廃止する方向も出てい'],
    ['素案段階では、公民館の運営を民営化することになっています。会議の様子は市ホームページに掲載しています。', 'unofficial/undecided:warn:素案段階では、公民館の運営を民営化することになっ'],
  ])('flags %s', (text, want) => {
    expect(rules(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    // hard negatives sharing the words: the draft out for comment, 発達の段階, a direction of the state, a plan decided, 提案 in a workshop
    '素案の段階では、市立保育所2園を統合する方向性が示されています。素案への意見を1月9日まで募集しています。',
    '発達の段階に応じて、保育所では遊びの内容を工夫しています。',
    '国の指針では、幼保一体化の方向性が示されています。保育所の統合は、昨年の計画で決定しました。',
    '保育所2園の統合は、9月議会で条例が可決され、来年4月に認定こども園として開園します。',
    '提案の段階では、公園の一部を駐車場に転用するアイデアも出ていましたが、ワークショップで見直しました。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial (5(1)): blind R105A-006, a plan for a change said to move forward inside (…転用する計画が庁内で進んでいます)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: a plan noun as the subject (計画, 案, 構想, 話), the inside as where it goes on (庁内で, 水面下で, 内々に, 役所内で) and a verb of
  // progress (進んでいます, 進められています, 進みよる), with a concrete change in the sentence (転用, 取り壊し, 統合, 売却, 解体): a plan in the
  // making handed out before the city releases it. Work done inside with no plan noun, a plan announced or passed, and talk of it denied
  // stay clean.
  it.each([
    // the miss
    ['【耕作放棄地の現状】\n\n市内では、高齢化や後継ぎ不足により耕作放棄地が増えています。\n\nまだ議会にも説明していない段階ですが、三橋町の約12haをまとめて太陽光発電用地に転用する計画が庁内で進んでいます。\n\n農地を守るため、皆さんの知恵をお貸しください。', 'unofficial/unannounced:warn:計画が庁内で進んで'],
    // variants: 水面下で, 内々に with ようです, the passive 進められています, 筑後弁 進みよる
    ['議会への報告はまだですが、市営住宅2棟を取り壊して駐車場にする計画が水面下で進んでいます。', 'unofficial/unannounced:warn:計画が水面下で進んで'],
    ['大和町の支所を本庁に統合する話が、内々に進んでいるようです。', 'unofficial/unannounced:warn:話が、内々に進んで'],
    ['市民プールを民間に売却する構想が庁内で進められています。', 'unofficial/unannounced:warn:構想が庁内で進められて'],
    ['旧校舎ば解体する計画が役所内で進みよるとよ。', 'unofficial/unannounced:warn:計画が役所内で進みよ'],
  ])('flags %s', (text, want) => {
    expect(rules(text)).toContain(want)
  })
  it.each([
    // hard negatives sharing the words
    '庁内で進めている業務改善の取り組みを、職員研修で紹介しました。',
    '内部で進んでいた統合の計画は、本日の記者会見で正式に発表しました。',
    '水面下で進む温暖化の影響について、講演会を開きます。支所の移転先はこちらです。',
    '支所を移転する計画は、庁内での検討が終わり、3月議会で可決されました。',
    '市営住宅の建て替え計画が庁内で進んでいるという話は事実ではありません。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial (5(1)): blind HX-038, a private person\'s own schedule told second-hand (出荷は12月中旬の予定だそうです)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: そうです after the date of a private person's own harvest, shipment or opening (出荷は…予定だそうです, 収穫は…ごろだそうです,
  // 開店は…予定だそうです), the person named with さん in the sentence or the one before: what they told the post about their own work, not a
  // rumour about the city's undecided matters. A body of the city in the sentence, or a change, a benefit or a harm, still makes a rumour.
  it.each([
    // the false positive
    '新規就農者の松藤さんのハウスで、いちごが色づき始めました🍓 はじめての出荷は12月中旬の予定だそうです。（本人の了承を得て掲載）\n#柳川 #新規就農 #いちご',
    // variants: a harvest with ごろ, a cafe's opening after an emoji, a couple's shop in the sentence before
    '田中さんのみかん園では、今年の収穫は11月上旬ごろだそうです🍊',
    '地域おこし協力隊OBの田中さんが始めたカフェ☕ オープンは来月10日の予定だそうです。',
    'パン屋を営む古賀さんご夫妻。新しいお店の開店は春ごろの予定だそうです。（ご本人の了承を得て掲載）',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    '新規就農者向けの補助金は、来年度から廃止になる予定だそうです。',
    '道の駅のオープンは来年4月の予定だそうです。',
    '松藤さんのハウスの隣の市有地は、来年売却される予定だそうです。',
    '松藤さんのいちご、出荷は12月中旬の予定だそうですが、JAの集荷場は来年で閉鎖になるそうです。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
})

describe('unofficial (5(1)): blind HY-061, a named person\'s own likes and pastimes told second-hand (…が楽しみだそうです)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: そうです after a word of liking or habit (楽しみだ, 大好きなんだ, 日課だ, 楽しみにしている) of a person named with さん in the sentence or
  // the one before: what they told the post about themself, as their past or their schedule, no rumour. A 新 inside an ordinary noun (新聞,
  // 新作, 新幹線) tells no news; something new or still to come (新しくできる体育館, 来年), a change, a benefit or a claim still makes a rumour.
  it.each([
    // the false positive
    '【百歳おめでとうございます】\n\n9月15日（月・祝）、三橋町にお住まいの堤 ハルヨさんが100歳の誕生日を迎えられ、市長がお祝いに伺い、お祝い状と記念品をお贈りしました。\n\nハルヨさんは、毎朝新聞を読むことと、ひ孫さんとのテレビ電話が楽しみだそうです。「みんなのおかげで、ここまで元気に来られました」と笑顔で話してくださいました。\n\nいつまでもお元気でお過ごしください。\n\n※ご本人とご家族の了承を得て掲載しています。',
    // variants: a new book, the newspaper's haiku column as a habit, a bullet train trip with なんだ, a name closing its own sentence
    '古賀さんは、好きな作家の新作を読むのが楽しみだそうです。',
    '松尾さんは、毎朝の新聞の俳句欄に投稿するのが日課だそうです。',
    'キヨさんは、新幹線で博多の孫に会いに行くのが何よりの楽しみなんだそうです。',
    '百歳を迎えたキヨさん。新聞のクロスワードを解くのが何よりの楽しみだそうです。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    '田中さんは、来年できる新しい体育館が楽しみだそうです。',
    '田中さんは、新しくできる市の体育館が楽しみだそうです。',
    '山田さんは、来月から市のバスが無料になるのが楽しみだそうです。',
    '古賀さんは、課長が懲戒処分になるのが楽しみだそうです。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
})

describe('unofficial (5(1)): blind R106A-070, a stage word spelt in katakana, spaced out or not (見直しを ケ ン ト ウ 中 です)', () => {
  // Kind: 検討中, 調整中, 協議中, 交渉中 written in katakana (ケントウ中, チョウセイ中, キョウギ中), with spaces between its letters or not,
  // after a particle: the same undecided matter as the hiragana spelling; the spacing shows the writer hiding the word. Small kana
  // (ョ, ュ) read as the folded view has them. 健闘 (ケントウを祈ります), a match under way (キョウギ中) and a reader's plan stay clean.
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    // the miss
    ['認知症カフェの運営補助金、来年度から見直しを ケ ン ト ウ 中 です。カフェを続けていけるか、運営団体の皆さんと一緒に考えていきたいと思います。', 'ケ ン ト ウ 中'],
    // variants: full-width spaces with small kana, katakana ちゅう, dialect, polite
    ['公民館の統合を　チ　ョ　ウ　セ　イ　中　です。', 'チ　ョ　ウ　セ　イ　中'],
    ['バス路線の廃止は ケ ン ト ウ チュウ です。', 'ケ ン ト ウ チュウ'],
    ['図書館の建て替えを、キョウギ中やけん、まだ言えんとよ。', 'キョウギ中'],
    ['保育料の値上げを コ ウ シ ョ ウ 中 でございます。', 'コ ウ シ ョ ウ 中'],
  ])('flags %s', (text, excerpt) => {
    expect(rules(text)).toContain(`unofficial/undecided:warn:${excerpt}`)
  })
  it.each([
    '選手たちは最後までケントウしました。',
    '体育館では現在キョウギ中です。お静かにお願いします。',
    '来年度の移住を ケ ン ト ウ 中 の方へ、相談会のご案内です。',
    '大会に出場する選手の皆さんのケントウを祈ります！',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind R107A/HZ kinds', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  const flagged = (text: string, rule: string): boolean => rules(text).some((x) => x.startsWith(`${rule}:`))
  // R107A-091. Kind: a rule of the city (要綱, 条例, 規則) to be changed, its content in the clause before it, the change told as planned or
  // aimed at (〜にする要綱改正を予定しています, 〜の方向です, 〜を目指しています) while nothing says it was decided, put to the council or out
  // for comment: the content of an undecided decision.
  it.each([
    '【男女共同参画】来年度から、審議会の女性委員の割合を５割にする要綱改正を予定しています。',
    '来年度から、市営住宅の入居要件を緩和する規則改正を予定しとります。',
    '次年度、補助の上限額を引き上げる要綱改正の方向です。',
    '放課後児童クラブの利用料を無料にするための条例改正を目指しています。',
  ])('flags a rule change told as planned: %s', (text) => {
    expect(flagged(text, 'unofficial/undecided')).toBe(true)
  })
  it.each([
    '市営住宅の入居要件を緩和する条例改正案を、12月議会に提出する予定です。',
    '来年度から、審議会の女性委員の割合を５割にする要綱改正を行いました。',
    '要綱改正に伴い、申請様式を変更しました。',
    '手数料を見直す条例改正を予定しています。パブリックコメントでご意見を募集します。',
    '条例改正を予定している自治体の担当者向けの研修会を開きます。',
  ])('passes a rule change done, submitted, out for comment or without content: %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  // R107A-096. Kind: a staff member's own proposal (個人的な意見ですが, 私見ですが, 個人的には) that a fee, a tax or a grant the city sets be
  // raised, cut or dropped (もっと上げるべき, 下げたほうがいい, 安くすべき, なくしたほうがよい): a policy opinion on the official account.
  it.each([
    '個人的な意見ですが、情報公開請求の手数料はもっと上げるべきだと思います。大量請求で職員が疲弊しています。',
    '私見ですが、市営駐車場の料金は下げたほうがいいと思います。',
    '個人的には、ごみ袋代はもっと安くすべきやと思うっちゃん。',
    'あくまで私の考えですが、公民館の使用料はなくしたほうがよいと考えています。',
  ])('flags a personal proposal on a fee: %s', (text) => {
    expect(flagged(text, 'unofficial/personal-view')).toBe(true)
  })
  it.each([
    '個人的には、手数料のかからない口座振替がおすすめです。',
    '個人的な意見ですが、申請は早めにしたほうがいいと思います。',
    '個人的には、この料金でこの景色が見られるなら安いと思います。',
    '情報公開請求の手数料は、1件300円です。',
  ])('passes a taste, advice or a fee stated: %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  // R107A-123. Kind: the writer's own candidacy (選挙に挑戦／立候補／出馬 + することにしました, いたします, を決意) named as their own affair
  // (私ごと, 私事, 個人的なこと): a staff member's political activity told on the official account.
  it.each([
    '私ごとですが、このたび来年の市議会議員選挙に挑戦することにしました。広報の仕事で学んだことを活かしたいです。詳しくはまた改めて！',
    '私事で恐縮ですが、次の市長選に立候補いたします。',
    'わたくしごとですが、来春の県議選に出馬することを決意しました。',
    '個人的なことですが、今度の市議選に出ることにしたっちゃん。応援よろしく！',
  ])('flags one\'s own candidacy: %s', (text) => {
    expect(flagged(text, 'unofficial/personal-view')).toBe(true)
  })
  it.each([
    '市議会議員選挙に立候補を予定している方を対象に、立候補予定者説明会を開きます。',
    '私ごとですが、このたび結婚することになりました。',
    '私ごとですが、今年はフルマラソンに挑戦することにしました。',
    '私は、選挙の投票に行ってきました。期日前投票は便利です。',
  ])('passes briefings, a private challenge or voting: %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  // R107A-129. Kind: a proposal of the city foretold before it is out (〜案が示されるかもしれません, 出されるかもしれん, 示される可能性が
  // あります, 提示される見込み), and the writer's aside that it is inside talk (内々の話ですが, ないないの話やけど).
  it.each([
    ['来月の自治会長会で、会費の市による一括徴収案が示されるかもしれません。あくまで内々の話ですが、皆さんの反応が知りたくて投稿しました。', 'unofficial/forecast'],
    ['年明けには保育料の見直し案が示される可能性があります。', 'unofficial/forecast'],
    ['来週の審議会に、バス路線の再編案が提示される見込みです。', 'unofficial/forecast'],
    ['ないないの話やけど、近く公民館の統合案が出てくるらしいです。', 'unofficial/rumour'],
    ['内々の話ですが、来年度は窓口の受付時間を短くするそうです。', 'unofficial/rumour'],
  ])('flags a proposal foretold or told as inside talk: %s', (text, rule) => {
    expect(flagged(text, rule)).toBe(true)
  })
  it.each([
    '次回の検討委員会で、計画案が示される予定です。',
    '説明会では、市から整備計画案が示されました。',
    '国の方針が示されるまで、現行の取扱いを続けます。',
    '内々の話し合いではなく、公開の場で議論します。',
    '皆さんからの提案が示されるかもしれません。',
    '今年度中に、国から新しい指針案が示される見込みです。',
  ])('passes a draft scheduled, shown, a body outside or no aside: %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  // R107A-031 (clean). Kind: a named person's profile told second-hand in an introduction (趣味は…だそうです, 特技は…, 好物は…, …出身だそうです):
  // what they told the post about themself, no rumour. Something new or a change in the sentence still is one.
  it.each([
    'きょうは議会事務局の新人・前田さんをご紹介します😊 趣味は川下りの写真撮影だそうです📸（ご本人の了解を得て掲載しています） #柳川市議会',
    '新しく着任した古賀さん。特技は書道だそうです。',
    '山口さんの好物は、地元のうなぎのせいろ蒸しなんだそうです。',
    'ALTのエミリーさんをご紹介します。カナダのバンクーバー出身だそうです。',
  ])('passes a profile told second-hand: %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    '前田さんの趣味は川下りだそうです。その川下りの乗船料が、来年から上がるそうです。',
    '前田さんの趣味は、来年できる新しい体育館でのジム通いだそうです。',
  ])('flags hearsay of a change beside a profile: %s', (text) => {
    expect(flagged(text, 'unofficial/rumour')).toBe(true)
  })
  // Blind R163A-048: a named person's move to a section, heard, is a personnel decision let out before notice (block).
  it('flags a named move heard beside a profile', () => {
    expect(flagged('新人の前田さんは、来月から企画課に異動になるそうです。', 'unofficial/personnel-leak')).toBe(true)
  })
  // HZ-020 (clean). Kind: そうだん (相談), spaced or not, after に (まどぐちに そうだん ください): no そうだ of a forecast.
  it.each([
    '選挙の日に、投票所まで行くのがむずかしい人は、まちの 選挙管理委員会（せんきょかんりいいんかい）に そうだん してください。',
    'こまったら おとなに そうだんしてね。',
    '子育てのなやみは、市役所の まどぐちに そうだん ください。',
    '来年から引っ越す予定の方は、窓口にそうだんしてください。',
  ])('passes そうだん: %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    'としょかんが 来年から 有料に なりそうだ。',
    '相談窓口が来年で廃止になりそうです。',
  ])('flags a forecast beside it: %s', (text) => {
    expect(flagged(text, 'unofficial/forecast')).toBe(true)
  })
  // HZ-057 (clean). Kind: the weak stage word in a relative clause on the readers the post addresses (検討している市内の事業者が対象です,
  // 検討している県外の方へ, 検討中の市内企業の皆さまを対象に): their plan, not the city's.
  it.each([
    '海外人材の受け入れに関するセミナーを開きます。外国人材を雇用している、または検討している市内の事業者が対象です。',
    '移住を検討している県外の方へ、オンライン相談会のご案内です。',
    '太陽光発電の導入を検討中の市内企業の皆さまを対象に、説明会を開きます。',
    '住宅の建て替えを検討されている子育て世帯の皆さん、補助制度をご活用ください。',
  ])('passes a relative clause on the readers: %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    '市は、外国人材を雇用する事業者への補助金の新設を検討しています。',
    '来年度から、外国人材を雇用している市内の事業者への補助を検討しているところです。',
    '統合を検討している学校は3校です。',
  ])('flags the city\'s own deliberation: %s', (text) => {
    expect(flagged(text, 'unofficial/undecided')).toBe(true)
  })
})

describe('unofficial (5(1)): blind R108A/IA kinds', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  const flagged = (text: string, rule: string): boolean => rules(text).some((x) => x.startsWith(`${rule}:`))
  // R108A-107. Kind: an emergency measure (a dam's release, an evacuation order, a flood gate shut) passed on second-hand (らしい, みたい,
  // げな, って聞きました, そうです) before it is announced, often with the concession that it is not out (まだ正式な発表は出ていませんが):
  // unconfirmed disaster information, also in the rain that would make other hearsay weather talk.
  it.each([
    '上流の日向神ダムが今夜11時ごろから放流を始めるらしいです。まだ正式な発表は出ていませんが、矢部川沿いの方は念のため準備をしておいてください。',
    '今夜、日向神ダムの放流が始まるみたいです。念のため川には近づかないでください。',
    'ダムの放流量ば増やすげなです。正式な発表はまだやけど、川沿いの人は気をつけて。',
    '上流のダムが緊急放流するって聞きました。まだ公式には出ていませんが、早めに避難を。',
    '大雨で水門を閉めるそうです。まだ正式な発表は出ていませんが、準備をお願いします。',
  ])('flags an emergency measure passed on: %s', (text) => {
    expect(flagged(text, 'unofficial/rumour')).toBe(true)
  })
  it.each([
    '本日18時から日向神ダムの放流が始まります。矢部川には近づかないでください。',
    '河川事務所によると、今夜から日向神ダムの放流量を増やすそうです。',
    '矢部川でウナギの稚魚を放流するそうです！みんなで見に行こう。',
    'ダムの放流を知らせるサイレンが鳴ったら、川から離れてください。',
    '「ダムが放流するらしい」といった未確認の情報を広めないでください。',
    '大雨の時にはダムが放流することがあるそうです。サイレンを聞いたら川から離れましょう。',
  ])('passes a release announced, sourced, of fish or in general: %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  // R108A-137. Kind: an undecided plan told as talk in 筑後弁 (〜するごたる話, 〜するげな話), often said to come up inside (課内で出とる).
  it.each([
    'ハザードマップの改訂版は、来年度に全戸配布するごたる話も課内で出とるとですよ。楽しみにしとってください！',
    '防災無線の受信機ば全世帯に配るごたる話が出とるばい。',
    '来年から公民館の使用料ば無料にするごたる噂があります。',
    '避難所にWi-Fiば置くごたる話も係内で出とります。',
  ])('flags a plan told as talk: %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/(?:rumour|unannounced):warn:/u.test(x))).toBe(true)
  })
  it.each([
    '夢のごたる話ですね、ありがとうございます。',
    '雨の降るごたる空やけん、傘ば持っていかんね。',
    '昔はこの堀で子どもが泳ぎよったごたる話ば、じいちゃんがしてくれました。',
    '課内で出とる弁当、今日はうなぎやった！',
    'ハザードマップの改訂版を、全戸に配布しました。ご家庭で確認してください。',
  ])('passes a likeness, history or a plan done: %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  // IA-065 (clean). Kind: an existing rule explained in a friendly voice (…持ってくる決まりなんだって, …出すルールなんだって): how things
  // are, no plan. A rule said to come, to be new or to change still is a rumour.
  it.each([
    'ほりわりん、避難所のペットスペースを見学してきたよ🐶🐱 ケージ、リード、えさ、トイレシートは飼い主さんが持ってくる決まりなんだって。いまのうちに準備しておこうね！\n#柳川 #ペット防災',
    '避難所ではペットはケージに入れる決まりなんだって。',
    'ごみは朝8時までに出すルールなんだって！',
    '貸し出しは一人5冊までという決まりだそうです。',
  ])('passes a rule explained: %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    '来年から避難所にはペットを連れてこれん決まりになるんだって。',
    'ペットの同行避難、新しいルールなんだって。来月から変わるみたい。',
    '避難所はペット禁止の決まりになったらしいよ。',
  ])('flags a rule to come or changed: %s', (text) => {
    expect(flagged(text, 'unofficial/rumour')).toBe(true)
  })
})

describe('unofficial: blind R113A', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  const flagged = (text: string): boolean => rules(text).some((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  // R113A-034. Kind: an office of the city said to move (お引っ越しする, 引っ越す) passed on as heard in secret (ないしょで聞いちゃった,
  // 内緒で聞いた, ナイショで耳にした) or as a guess or hearsay (かもしれないんだって, らしい): an unannounced 移転 in plain words.
  it.each([
    'さげもんちゃん、ないしょで聞いちゃった🤫 来年の秋から、市民課が新しい庁舎の2階にお引っ越しするかもしれないんだって〜！エレベーター乗るの楽しみ〜🎎',
    'ほりわりん、内緒で聞いたんだけど、来年の春に図書館が駅の近くに引っ越すらしいよ〜📚',
    'うなっぴ、ないしょで聞いちゃったっちゃん。再来年、保健センターが三橋のほうにお引っ越しするかもって！',
    'ナイショで耳にしたんですが、税務課が来年度から別館へ引っ越しする方向みたいです。',
    'ひみつで聞いちゃった！支所が本庁舎にお引っ越ししちゃうかもしれないんだって〜',
  ])('flags an office\'s move heard in secret: %s', (text) => {
    expect(flagged(text)).toBe(true)
  })
  it.each([
    '市民課は、引っ越しする方の手続きで3月は混み合います。',
    '窓口は引っ越しの時期に混み合います。お早めにお越しください。',
    '市民課でお引っ越しの手続きをしました。転入届は14日以内に。',
    '図書館で、こっそり聞いちゃった。子どもたちの読み聞かせ、とっても上手だったよ',
    'ないしょで聞いちゃった🤫 ほりわりんの好きな食べものはうなぎなんだって！',
  ])('passes a resident\'s move or a friendly secret: %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  // R113A-037. Kind: a change of a procedure or a service guessed by the writer: a hedge adverb (おそらく, たぶん, きっと), a time to come
  // (来年度には, 4月から), a change (やめて, だけになる, 変わる, 切り替わる, 値上げ) and a guess's ending (と思います, でしょう, はず).
  it.each([
    '郵便請求の手数料の払い方についてのご質問ありがとうございます。現在は定額小為替か現金書留でお願いしています。ただ、おそらく来年度には小為替をやめてキャッシュレス決済だけになると思いますので、その際はまたお知らせします。',
    'おそらく来年度から、住民票の郵送請求は電子申請だけになると思います。',
    'たぶん来年からは窓口の受付時間が変わると思いますので、決まったらまたお知らせしますね。',
    '多分4月からは証明書の手数料が値上げになるでしょう。',
    'きっと再来年には、紙の申請書はなくなって、オンラインに切り替わるはずです。',
  ])('flags a change of a procedure guessed: %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/forecast:warn:'))).toBe(true)
  })
  it.each([
    'たぶん来年度も、3月は窓口が混み合うと思いますので、お早めにお越しください。',
    'おそらく来年度には進学や就職で生活が変わる方も多いと思います。転出届は早めに。',
    '来年度から小為替をやめてキャッシュレス決済だけになります。詳しくは市ホームページをご覧ください。',
    'たぶん来月には紅葉の色も変わると思います。ぜひ散策へ。',
    'たぶん来年も、さげもんめぐりは変わらず楽しいと思います。',
    'ポイ捨てはやめてください。たぶん来年には、きれいな川になると思います。',
  ])('passes a guess with no change of the city\'s: %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  // R113A-089 (clean). Kind: the readers' own job offer (就職の内定, 内定をもらった方, 企業から内定をいただいた方): their employment, no
  // undecided personnel matter of the city. A post's holder named, or 内定 passed on as hearsay, still is one.
  it.each([
    '就職の内定で4月から県外に引っ越す皆さんへ🎓 転出届は引っ越しの14日前から出せます。マイナンバーカードがあれば、オンラインで転出届を出すこともできます。',
    '内定をもらった学生の皆さん、4月からの転入手続きは市民課で受け付けています。',
    '企業から内定をいただいた方へ。引っ越しの前に転出届をお忘れなく。',
    '就職の内定が出た方は、住民票の異動もお忘れなく。',
  ])('passes the readers\' own job offer: %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    '就職支援センターの新しいセンター長、もう内定が出てるらしいですよ。',
    '新しい教育長には、県教委の古賀さんが内定しています。',
    '就職の内定が決まった方へのお祝いに合わせて、次の副市長も内定したみたいです。',
  ])('flags a post\'s holder decided in secret: %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/undecided:warn:'))).toBe(true)
  })
})

describe('unofficial (5(1)): left from review, hearsay from a person named with さん about a change of the city\'s fee or service', () => {
  // Kind: a private person named with さん as the source (古賀さんの話では, 田中さんによると, 松尾さんに聞いたところ, 中島さんの話によると)
  // and what they pass on is a change of a fee, a service or a plan of the city (乗船料が来年から上がる, 利用料が値上げになる, 有料になる),
  // ended as hearsay (そうです, らしい, みたい, らしか): a named person vouches for their own matters, not for the city's undecided ones.
  // The person's own news (水位, 紅葉, a fee as it is, their shop or family, their past) stays clean.
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    '古賀さんの話では、川下りの乗船料が来年から上がるそうです。',
    '近所の田中さんによると、市民プールの利用料が4月から値上げになるらしいです。',
    '中島さんの話によると、ごみ袋の値段が来年度から上がるみたいです。',
    '松尾さんに聞いたところ、公民館の使用料が来年から有料になるそうです。',
    '古賀さんの話では、来年から市営駐車場が有料になるらしかです。',
    '田中さんによれば、川下りの乗船料が来春から値上げされるそうですね。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/(?:rumour|forecast):warn/u.test(x))).toBe(true)
  })
  it.each([
    '船頭の古賀さんによると、今日は水位が高めだそうです。',
    '古賀さんの話では、今の時期は川下りの舟から見る紅葉がきれいだそうです。',
    '古賀さんによると、乗船料は大人1,800円だそうです。',
    'パン屋の古賀さんによると、お店は来月から移転するそうです。',
    '古賀さんによると、娘さんが来年から東京の大学に通うそうです。',
    '乗船料の改定については、観光課の古賀さんが説明会で説明しました。',
    '古賀さんの話では、学生時代は陸上部だったそうです。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind R117A-126 — a matter the city decides, told as coming, passed on from what someone said', () => {
  // Kind: a city matter (契約, 入札, 委託, 補助金 …) told as coming (来年から, 来年度から, 次年度から) and framed as someone's words
  // (…って係長が言いよった, …と課長が言ってました, …って上司が言うとった): a plan passed on second-hand before the city decides it, as
  // らしい or …るって pass it on. Feelings, a plan told as past, words in brackets and a rumour shown as an example stay clean.
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    '観光協会との契約、来年から随意契約じゃなくて入札になるってうちの係長が言いよった。決まったらまた教えるけん！',
    '来年度から給食センターの運営は民間委託になるって課長が言ってました。',
    '来年度から市民プールの運営は業者に委託するって上司が言うとったばい。',
    '次年度から補助金の申請はオンラインだけになるって部長が話していました。',
  ])('flags %s', (text) => {
    expect(rules(text).some((x) => /^unofficial\/rumour:warn/u.test(x))).toBe(true)
  })
  it.each([
    '来年のお祭りは楽しみだって係長が言いよった。',
    '新しい計画について、説明会で市長が「来年度から実施します」と言っていました。',
    '「来年から入札になるらしい」といった根拠のない話を広めないようにしましょう。',
    '来年の花火大会の計画を、係長が楽しそうに話していました。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial: blind R118A — a city measure guessed (んじゃないかな), a works plan told as settled, a scam call quoted', () => {
  // R118A-082 kind: a change of the city's guessed with a conjecture's ending (んじゃないかな, のではないか, っちゃないか, とやないか).
  // R118A-097 kind: the city's land or waterways filled in or converted (埋め立て, 暗渠化, 道路になる) foretold, and a verdict standing
  // alone after it (ほぼ確定！, 本決まりばい) judged with the sentence before.
  it.each<[string, string]>([
    ['柳川市も来年度から有害鳥獣の捕獲報奨金を倍にするんじゃないかな。たぶんですけど。', 'unofficial/forecast:warn:するんじゃないかな'],
    ['来年度からごみ袋の値段が上がるんじゃないかな。', 'unofficial/forecast:warn:上がるんじゃないかな'],
    ['市民プール、来年から有料になるのではないかと思います。', 'unofficial/forecast:warn:なるのではないか'],
    ['たぶん4月から駐車場が有料になるっちゃないかな。', 'unofficial/forecast:warn:なるっちゃないかな'],
    ['来年度から有料になるんじゃないかなあと思っとります。', 'unofficial/forecast:warn:なるんじゃないかなあ'],
    ['市内の農業用水路のうち12路線が、令和9年度までに埋め立てられて道路になることになりそうです。ほぼ確定！', 'unofficial/forecast:warn:なりそうです'],
    ['旧城内小学校の跡地は、令和10年度までに駐車場になりそうです。ほぼ決まり！', 'unofficial/forecast:warn:ほぼ決まり'],
    ['沖端地区のクリークの一部、来年度中に暗渠化されて車道になるみたいやけど、本決まりばい。', 'unofficial/forecast:warn:本決まり'],
    ['市営住宅の古い棟は来年度に取り壊されることになりそうです。ほぼ確定です。', 'unofficial/forecast:warn:ほぼ確定'],
    ['三橋の水路沿いは令和9年度までに埋め立てられる見込みです。', 'unofficial/forecast:warn:見込み'],
    // a rumour of a change received is still passed on: the quoted-request exception is for a scam's contact only
    ['来年度から市民プールが有料になるという情報が寄せられています。', 'unofficial/rumour:warn:という情報が'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  // II-067 kind: a scam call or mail reported to the city, its deceit told by the caller's words quoted (口座番号を教えて, 手数料を振り込んで).
  it.each([
    '最近、「道の駅やながわの者ですが、出荷代金の振込口座を変更したので、新しい口座番号を教えてください」という電話が出荷者の方に入っているとの情報が寄せられています。',
    '「市役所の福祉課です。医療費の還付があるのでATMへ行ってください」という電話が高齢者のお宅に相次いでいるとの情報が寄せられています。',
    '「水道局ですが、未納料金の手数料を今日中に振り込んでください」というメールが市民の方に届いているという情報が複数寄せられています。',
    '「市の職員ですが、キャッシュカードを預かりに伺います」という電話が入っているとの連絡が相次いでいます。',
    '「来年度から水道料金が2倍になる」という話が寄せられていますが、そのような事実はありません。',
    // hard negatives: a guess quoted or reported, nature, feelings, history, a verdict on something else
    '「来年から有料になるんじゃないか」と心配する声もありますが、そのような予定はありません。',
    '明日は雨で花火が見えにくいんじゃないかな。',
    '来年度から有料になるのではないかとのお問い合わせをいただいていますが、料金は変わりません。',
    'きっと子どもたちも喜んでくれるんじゃないかな。',
    '市立図書館が移転するのではないか、というお問い合わせをいただいていますが、現時点で移転の予定はありません。',
    '課長が張り切ってたから、きっと今年の花火大会は盛り上がるんじゃないかな！',
    '市民プールが来年から有料になるんじゃないかって心配していましたが、無料のままで安心しました。',
    '掘割の埋め立てに反対する市民運動が、昭和50年代に川下りの観光を生みました。',
    '昭和の頃、市内の堀割は埋め立てられて道路になる寸前でしたが、市民の力で守られました。',
    '新しい公園は遊具が多く、子どもたちに人気の場所になりそうです。',
    '参加者はほぼ確定しました。当日はよろしくお願いします。',
    '今日の試合、勝ちはほぼ確定！みんなの応援のおかげです。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((s) => !s.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): blind R119A-123 — a change heard and passed on with the 筑後弁 hearsay ending っちゃて (…やるようになるっちゃて)', () => {
  // Kind: 〜るっちゃて / 〜るっちゃって (= 〜るんだって) after a verb telling a change of a city service still to come: hearsay of an
  // undecided matter, as 〜んだって is. Not the te-form of ちゃう (忘れちゃって), a friendly fact or history heard, a rumour quoted and corrected.
  it.each([
    ['うちのパパ職員仲間の話だと、来年から3歳児健診が土曜日もやるようになるっちゃて。たぶんね！知らんけど🤣', 'なるっちゃて'],
    ['来年から市民プールが有料になるっちゃって。知らんけど。', 'なるっちゃって'],
    ['友達の話やと、4月から図書館の休館日が変わるっちゃてよ。', '変わるっちゃて'],
    ['ママ友の話だと、保育園の送迎バスが来年からなくなるっちゃて！', 'なくなるっちゃて'],
  ])('warns %s', (text, excerpt) => {
    expect(summary(findingsOf(unofficial, text)).some((s) => s.startsWith('unofficial/rumour:warn:') && s.includes(excerpt))).toBe(true)
  })
  it.each([
    '白秋は柳川で生まれたっちゃて。知っとった？',
    'ボランティアさんが増えとるっちゃて、うれしかね。',
    '書類を出し忘れちゃって、すみませんでした。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('unofficial (5(1)): blind R119A-149 — the readers\' worries guessed politely (…手続きなど、心配なことがたくさんあるかと思います)', () => {
  // Kind: the writer's sympathy with what worries or puzzles the readers (心配なこと, ご不安な方, お困りの方, わからんこと) guessed with と思います,
  // perhaps after the list of those worries: no forecast of a change. A change told outside the worry, or guessed itself, is read as ever.
  it.each([
    '二次選考の結果、保留の通知が届いたご家庭もあると思います。職場への説明や、育休の延長手続きなど、心配なことがたくさんあるかと思います。',
    '制度の変更や手続きのことなど、ご不安な方もいらっしゃるかと思います。',
    '窓口の場所や必要な書類など、わからんことも多かと思います。',
    '保険証の切り替えなど、お困りの方も多いかと思います。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    // hard negatives: the change itself guessed, a change guessed before the worry
    ['来年度から保育料が上がるかと思います。', '上がるかと思います'],
    ['たぶん来年から窓口が予約制になって、困る方も多いと思います。', '予約制'],
    ['ゴミ袋の値段が来年から上がるかと思います。', '上がるかと思います'],
  ])('warns %s', (text, excerpt) => {
    expect(summary(findingsOf(unofficial, text)).some((s) => s.startsWith('unofficial/forecast:warn:') && s.includes(excerpt))).toBe(true)
  })
})

describe('unofficial (5(1)): blind R121A-111 / R120A-049 — a direction in talks in the progressive; the city\'s intention guessed', () => {
  // Kinds: an undecided plan told as a direction with the stage word in the progressive (引き上げる方向で、観光課と協議中である), and the
  // city's intention about a change guessed in any register (市は…引き上げるつもりではないでしょうか, 統合する考えなんじゃないかな).
  it.each([
    '船頭後継者の研修手当を月額15万円に引き上げる方向で、観光課と協議中である。',
    '統合する方向で県と調整しております。',
    '駐車場を有料化する方向で、いま地元の方と話し合い中です。',
    '出張所を廃止する方向で関係課と協議しています。',
    'このところの財政状況を見ると、市は来年あたり都市計画税の税率を引き上げるつもりではないでしょうか。個人的な見立てですが。',
    '市は公民館を統合する考えなんじゃないかな。',
    '市長はプールを廃止する腹づもりやなかと思う。',
  ])('warns %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((s) => s.startsWith('unofficial/') && s.includes(':warn:'))).toBe(true)
  })
  it.each([
    '矢印の方向で、係員と協議中です。',
    '来年も参加するつもりではないでしょうか。',
    '早めに避難するつもりではないか確かめておきましょう。',
    '日程は関係団体と調整中です。決まり次第お知らせします。',
    '子どもたちは将来どんな仕事に就く気なのかな。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

const warnsUnofficial = (text: string) => summary(findingsOf(unofficial, text)).some((s) => s.startsWith('unofficial/') && s.includes(':warn:'))
const quiet = (text: string) => findingsOf(unofficial, text).filter((f) => f.severity !== 'info')

describe('unofficial: blind R127A-125, a plan being arranged with what it would bring once realised foretold next', () => {
  it.each([
    '放課後児童クラブの待機児童について、城内小の空き教室を使う方向で教育委員会と調整中です。実現すれば来年度は20人ほど受け入れられる見通しです。',
    '旧公民館を子ども食堂の拠点に使う方向で地元自治会と協議中です。まとまれば秋には開設できる見込みです。',
    '市営バスの路線を病院前まで延ばす方向で事業者と調整しています。合意できれば10月から運行できる予定です。',
  ])('warns %s', (text) => {
    expect(warnsUnofficial(text)).toBe(true)
  })
  it.each([
    // hard negatives: an event's date being fixed, a decided plan, a schedule to be announced
    '講演会は11月に開催する方向で講師と調整中です。決まり次第お知らせします。',
    '城内小の空き教室を放課後児童クラブに使うことが決まりました。来年度は20人を受け入れます。',
    '説明会の日程は関係団体と調整中です。詳しくは後日お知らせします。',
  ])('passes %s', (text) => {
    expect(quiet(text)).toEqual([])
  })
})

describe('unofficial: blind R128I-052, candidates in an election judged or backed', () => {
  it.each([
    '知事選、正直どの候補もピンとこないけど、現職だけはないわ。',
    '市長選は田中さんに入れるつもり。',
    '今度の県議選、現職には勝ってほしくないなあ。',
    '衆院選、野党の候補は頼りないよね。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.rule === 'unofficial/personal-view' && f.severity === 'warn')).toBe(true)
  })
  it.each([
    // hard negatives: notices of the vote and its candidates
    '知事選の投票日は4月9日です。候補者の政策は選挙公報でご確認ください。',
    '市長選挙の立候補予定者説明会を2月3日に開きます。',
    '市議選の期日前投票は、市役所本庁舎で行っています。候補者は12人です。',
  ])('passes %s', (text) => {
    expect(quiet(text)).toEqual([])
  })
})

describe('unofficial: blind R128I-069, a report the post itself labels as unconfirmed in a closing note', () => {
  it.each([
    '【拡散】沖端の貯水池の堤防が決壊しそうだという情報が入っています。近くの方は念のため注意してください（未確認情報です）。',
    '三橋町の県道で土砂崩れがあったとの話があります。※未確認情報です。',
    '大和町で断水しているようです（未確認の情報）。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.rule === 'unofficial/rumour')).toBe(true)
  })
  it.each([
    // hard negatives: a search's state, a rumour warned against, damage the city confirmed
    '行方不明の方の安否は未確認です。引き続き捜索しています。',
    '「堤防が決壊する」という未確認情報に惑わされないでください。市から発信する情報をご確認ください。',
    '沖端の貯水池の堤防に亀裂を確認しました。近くの方は避難してください。',
  ])('passes %s', (text) => {
    expect(quiet(text)).toEqual([])
  })
})

describe('unofficial: blind R128I-097, a private entry into a company\'s prize draw posted on the official account', () => {
  it.each([
    '#有明ビール夏のキャンペーン 応募します！当たりますように🍺 @ariake_beer_jp',
    'プレゼント企画に参加しました、当たれ〜！',
    '#秋の新米キャンペーン エントリー完了 @komeya_shop',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.rule === 'unofficial/private-post' && f.severity === 'warn')).toBe(true)
  })
  it.each([
    // hard negatives: the city's own campaign, a contest the city entered, a resident's entry called for
    '#柳川フォトキャンペーン 応募をお待ちしています！抽選で10名様に特産品が当たります。@yanagawa_city',
    '柳川市も全国ふるさと名物コンテストに応募しました。結果は来月発表です。',
    'スタンプラリーに参加して、抽選で豪華賞品を当てよう！',
  ])('passes %s', (text) => {
    expect(quiet(text)).toEqual([])
  })
})

describe('unofficial: blind R129I-008, one person\'s stand against a measure of the city', () => {
  it.each([
    '正直に言うと、今回の下水道料金の値上げには職員としても反対です。市民の負担が重すぎると思います（個人的見解です）。',
    '個人的には、図書館の統合には賛成できません。',
    '私としては、市民プールの廃止は納得できません。',
    'ぶっちゃけ、ごみ袋の有料化には反対の立場です。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.rule === 'unofficial/personal-view' && f.severity !== 'info')).toBe(true)
  })
  it.each([
    // hard negatives: opposition reported, a taste, a stand of the public asked for
    '下水道料金の値上げに反対する声が寄せられています。',
    '個人的には、川下りが一番好きです。',
    '図書館の統合について、皆さんのご意見をお聞かせください。',
    '正直、今日の花火は最高でした！',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.rule === 'unofficial/personal-view')).toEqual([])
  })
})

describe('unofficial: blind R129I-033, まだ言っちゃダメなんですが… then the matter told', () => {
  it.each([
    'まだ言っちゃダメなんですが、来春放送のドラマで沖端がロケ地になります！撮影は5月中旬の予定です🎬 お楽しみに！\n#柳川 #ロケ地',
    'まだ言っちゃダメなんですが、来月から図書館の開館時間が延びます！',
    'まだ言ってはいけないんですけど、新しい道の駅の名前が決まりました。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.severity !== 'info')).toBe(true)
  })
  it.each([
    // hard negatives: advice not to tell, a rule for children
    'パスワードは他人に言っちゃダメですよ。',
    '暗証番号は家族にも言ってはいけません。',
    'まだ食べちゃダメだよ、と子どもたちに声をかけながら餅つきをしました。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('unofficial: blind R131I-061, the writer\'s own day off and outing posted', () => {
  it.each([
    '明日は有給とって福岡の推しのライブ行ってきます〜！最前列当たったから全力で楽しむ💪 このアカウントはお休みです笑',
    '代休なので、今日は家族と温泉に行ってきます♨️',
    '週末は推しのコンサートに参戦してきます！',
    '有休もらって友だちと飲みに行ってきまーす🍻',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.rule === 'unofficial/private-post' && f.severity !== 'info')).toBe(true)
  })
  it.each([
    // hard negatives: readers' leave, leave as a labour topic, the city's event, staff on leave as a notice
    '年末年始の休暇を取って帰省される方は、お出かけ前に戸締まりをご確認ください。',
    '市では職員の有給休暇の取得促進に取り組んでいます。',
    '人気アイドルのライブが市民会館で開催されます！',
    '担当者が休暇のため、お問い合わせへの回答は来週になります。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.rule === 'unofficial/private-post')).toEqual([])
  })
})

describe('unofficial: blind R131I-095, a political campaign backed on the official account', () => {
  it.each([
    '【市長より】市長として、#憲法改正反対 の運動を応援します。皆さんもハッシュタグで声を上げましょう！',
    '原発再稼働反対の署名活動に賛同します！',
    '消費税増税反対のデモに参加しましょう。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.rule === 'unofficial/personal-view' && f.severity !== 'info')).toBe(true)
  })
  it.each([
    // hard negatives: a civic campaign, a notice of a national day, a question to readers
    '交通安全運動を応援します。皆さんもご協力ください。',
    '5月3日は憲法記念日です。図書館で憲法に関する本の展示を行います。',
    '赤い羽根共同募金の活動に参加しましょう。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.rule === 'unofficial/personal-view')).toEqual([])
  })
})

describe('unofficial: blind R132I-052, a superior\'s word given as the ground for a matter still to be decided', () => {
  it.each([
    '商店街リニューアル補助金の件、課長いわく「たぶん予算は通る」らしいので、申請予定の皆さんは準備を進めておいて大丈夫です！',
    '部長の話では、子育て応援金は来年度も続くみたいなので安心してください。',
    '財政課によると、この事業の予算はつくそうなので、準備しておいてください。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.severity !== 'info')).toBe(true)
  })
  it.each([
    // hard negatives: the mayor on the record, a budget passed, a staff member's guidance on an open call
    '市長は記者会見で、補助金は来年度も続けると述べました。',
    '商店街リニューアル補助金の予算は3月議会で可決されました。申請は4月1日からです。',
    '課長が講師を務め、補助金の申請方法を説明しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('unofficial (5(1)): blind R133I-031, the writer’s own small mischief kept secret in play (…したのはナイショ)', () => {
  // Kind: a verb of the speaker's own doing in the past made the topic by のは, then ナイショ/ヒミツ closing the sentence: play, no
  // undisclosed matter. Someone else as the doer, a change, a decision or hearsay kept secret stays a rumour.
  const warns = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  it.each([
    'やながわ丸、今日はさげもんの飾り付けをお手伝いしたよ🎎 ちょっとだけつまみ食いしそうになったのはナイショ😋',
    '今朝はうっかり寝坊しちゃったのは内緒だよ💦',
    '本番前にこっそり川下りの練習をしたのはヒミツ🤫',
    'おみやげのお団子、帰り道でひとつ食べちゃったのはみんなにはナイショね😋',
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
  it.each([
    // hard negatives: someone else's doing, a decision, hearsay kept secret
    '課長さんが会議中に居眠りしてたのはナイショだよ🤫',
    '来年度から補助金が廃止されることが決まったのはまだ内緒です。',
    '新しい図書館の場所がもう決まったのはナイショね',
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
})

describe('unofficial (5(1)): blind R133I-023, an alarming event passed on second-hand (the 熊本地震 lion hoax kind)', () => {
  const warns = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/') && x.includes(':warn:'))
  it.each([
    '【拡散希望】近くの動物公園からライオンが逃げたらしいです！！沖端方面の方は外に出ないでください🦁',
    '川の堤防が決壊したみたいです！すぐ逃げて！',
    '動物園からクマが脱走したらしいけん、気をつけて！',
    '給水所の水に毒が入れられたらしいです。飲まないでください。',
  ])('flags %s', (text) => {
    expect(warns(text)).not.toEqual([])
  })
  it.each([
    // hard negatives: the zoo's own news, a hoax denied, an old tale, the office named as the source
    '動物園のライオンの赤ちゃんが公開されました。',
    '昔、動物園からトラが逃げたという話が残っています。',
    '県の発表によると、堤防が決壊したとのことです。',
  ])('passes %s', (text) => {
    expect(warns(text)).toEqual([])
  })
})

describe('unofficial: blind R137I-039, one person\'s verdict against a national measure on the city\'s account', () => {
  it.each([
    '個人的には、今回の国の制度改正は小さなお店いじめだと思っています。市としてもはっきり反対すべきではないでしょうか。',
    '正直、政府の方針は地方の切り捨てだと感じています。',
    '私としては、国の新しい規制はおかしいと思います。',
    '個人的な意見ですが、国の法改正はどう考えても改悪だと思っています。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
  it.each([
    '国の制度改正により、来月から申請の手続きが変わります。詳しくは窓口へお問い合わせください。',
    '個人的には、国の制度改正の説明会はとてもわかりやすかったと思います。',
    '国の方針を受けて、市でも子育て支援の拡充を進めています。',
    '個人的には、川下りは午前中の便がおすすめだと思います。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('unofficial: blind R139I-061, a staff member\'s verdict that a national policy misses the point', () => {
  it.each([
    '個人的には、国の教員の働き方改革はまったくの的外れだと思っています。文科省はもっと現場を見てほしい。',
    '正直、文科省の新しい方針は現場を分かっていないと思います。',
    '私としては、厚労省の今回の制度改正は机上の空論だと感じています。',
    '個人的な意見ですが、政府の少子化対策はどれも見当違いだと思っています。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.rule.startsWith('unofficial/') && (f.severity === 'warn' || f.severity === 'block'))).toBe(true)
  })
  it.each([
    // hard negatives: a national measure told as news, a ministry's guide, praise of a talk, the city's own stance stated formally
    '文部科学省の方針に基づき、来年度から小学校の英語の授業時間が変わります。',
    '個人的には、文科省の方が来られた研修会はとても勉強になりました。',
    '国の働き方改革に合わせて、市役所でも定時退庁日を設けています。',
    '全国の制度改正の動きについては、市ホームページでお知らせします。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('unofficial: blind R139I-079, new equipment hinted at while its budget is not yet through', () => {
  it.each([
    'Big news coming soon👀 市立病院に新しいMRIが入るかも…まだ予算が通るかわからないけど！\n#柳川市立病院',
    '予算がつくかどうかはまだわかりませんが、図書館に新しい自動貸出機が入る予定です。',
    'まだ予算が通るかわからないけど、来年度は給食センターの食器を新しく買い替えるつもりです！',
    '予算要求はこれからですが、新しい消防車を購入したいと考えています。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.rule.startsWith('unofficial/') && (f.severity === 'warn' || f.severity === 'block'))).toBe(true)
  })
  it.each([
    // hard negatives: equipment already bought, a passed budget, the budget stage with no purchase, a patient's guide
    '市立病院に新しいMRIが入りました！4月から検査を始めます。',
    '来年度予算が可決され、市立病院に新しいMRIを導入します。',
    '予算要求の段階から、市民の皆さんの声を聞いて事業を組み立てています。',
    'MRI検査を受ける方は、金属類を外してから検査室に入ってください。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('unofficial: blind R146I-106, one person\'s verdict of failure or no worth on a national measure', () => {
  it.each([
    '個人的な意見ですが、今回の軽減税率は複雑すぎて、国の政策としては失敗だと思います。',
    '個人的には、政府の子育て支援策は正直ダメだと思っています。',
    '私見ですが、国の今回の制度改正はまったく評価できません。',
    'あくまで個人の感想ですが、国のマイナ保険証への移行方針は逆効果だと感じます。',
    '個人的な意見ですが、国のガソリン補助金の政策は愚策だと思います。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.rule.startsWith('unofficial/') && (f.severity === 'warn' || f.severity === 'block'))).toBe(true)
  })
  it.each([
    // hard negatives: failure as the reader's risk, the measure told as news, one's own cooking, a grant worth a try
    '国の制度を使えば、事業に失敗しても再挑戦できます。詳しくは商工課へ。',
    '国の政策として進められている軽減税率について、対象品目をまとめました。',
    '個人的な意見ですが、昨日の料理教室は味付けが失敗だったかも。次は頑張ります！',
    '個人的には、国の制度の申請はダメ元でも出してみる価値があると思います。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('unofficial: blind R149I-015, one person\'s prescription for national policy on the city\'s account', () => {
  it.each([
    'センターには毎月たくさんの犬や猫が持ち込まれます。\n\n個人的には、国はペット税を導入して飼い主の責任をもっと重くするべきだと思います。\n\n譲渡会は毎月第2日曜日です。',
    '私見ですが、政府にはもっと地方に予算を回してほしいと思っています。',
    '個人的には、国が早く法律で空き家の管理を義務化すべきだと考えています。',
    '正直、厚労省は介護職員の給料をもっと上げたほうがいいと思います。',
    'あくまで個人の意見ですが、国として消防団員の報酬を引き上げるべきだと思います。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.rule.startsWith('unofficial/') && (f.severity === 'warn' || f.severity === 'block'))).toBe(true)
  })
  it.each([
    // hard negatives: the nation as maker of a rule to keep, a national grant to use, the city's formal request, the nation's measure as news
    '個人的には、国が定めた基準はしっかり守るべきだと思います。',
    '個人的には、国が作ったこのパンフレットは、ぜひ皆さんに読んでほしいと思います。',
    '市では、国に対して制度の拡充を要望しています。',
    '国は来年度からペットのマイクロチップ登録制度を見直します。詳しくは環境省のホームページをご覧ください。',
    '私見ですが、譲渡会には家族みんなで来てほしいと思います。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('unofficial: blind TS-041, a plea for secrecy quoted in advice on what to do when it comes', () => {
  it.each([
    '子どもから「内緒にしてね」と打ち明けられたら、まずは話してくれたことを受け止めてください。虐待が疑われるときは、児童相談所虐待対応ダイヤル「189」へご連絡ください。',
    '友だちから「秘密にしてね」と相談されたときは、一人で抱え込まず、信頼できる大人に相談しましょう。',
    '生徒に「先生、ないしょだよ」って言われたら、まず気持ちを受け止め、必要なら学校の相談窓口につないでください。',
    '高齢の方から「家族には内緒にして」と頼まれた場合も、詐欺が疑われるときは警察相談専用電話「#9110」へご相談ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    '内緒の話ですが、来年度から窓口の受付時間が短くなるらしいです。',
    '内緒って言われたけど、来年度から窓口の受付時間が短くなるらしいよ。',
    'ここだけの話、内緒で聞いたんだけど、市長が来月辞めるらしいよ。',
  ])('flags %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
})

describe('unofficial: blind TU-009, a new teacher or guest introduced by the city, their profile passed on with だそうです', () => {
  it.each([
    '新しいALTのエミリー・ジョンソン先生が着任しました🇦🇺 オーストラリア出身で、趣味は写真とカヌーだそうです🛶\n市内の中学校で英語の授業を担当します。見かけたら気軽に「Hello!」と声をかけてくださいね😊\n（ご本人の了承を得て紹介しています）\n#柳川 #国際交流 #ALT',
    '国際交流員のマイケル・ブラウン先生が着任しました。カナダ出身で、趣味はスノーボードと料理だそうです。',
    '新しい地域おこし協力隊員の中島氏をご紹介します。熊本県の出身で、特技は木工だそうです。（ご本人の了承を得て紹介しています）',
    '今年度から英語を教えるサラ・リー先生です。好物はうなぎのせいろ蒸しなんだそうです😊',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
  it.each([
    // hard negatives: hearsay about plans, decisions or incidents, even in an introduction
    '新しいALTのエミリー・ジョンソン先生が着任しました。市民会館は来月閉館するそうです。',
    '新しいALTのジョンソン先生が着任しました。来年度から中学校の英語の授業が減るそうです。',
    '国際交流員のブラウン先生が着任しました。駅前の交差点で昨夜事故があったそうです。',
  ])('flags %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
})

describe('unofficial: blind R158A-057, R158A-079, R159D-089, a grant raised, a designation or a new tax foretold', () => {
  // Kinds: the amount of a grant said to rise or fall with 上がる/下がる as a forecast (支援金は…万円に上がる見込み); a designation by the
  // state still to be made told as near-certain, forecast or heard (重要文化財に指定されるのはほぼ確実); a new tax or charge said to be
  // introduced (宿泊税を導入することになると思います).
  it.each([
    '子育て応援給付金は、来年度から1人5万円に上がる見込みです。',
    '就農奨励金が、再来年度から少し下がるらしいですよ。',
    '三柱神社の楼門、県の有形文化財に指定される見通しです！',
    '柳川の掘割が国の名勝に登録されるのは間違いないと聞いています。',
    '観光客が増えたので、市も入湯税を導入するかもしれません。',
    'ごみ処理の負担金を新設する方向になるんじゃないかと思います。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.rule.startsWith('unofficial/') && f.severity === 'warn')).toBe(true)
  })
  it.each([
    // hard negatives: an amount in force or raised already, a designation made or advised publicly, a wish, a tax explained
    '移住支援金の上限は、今年度から150万円に上がりました。',
    '移住支援金の申請件数は、今年も上がる見込みです。',
    '支援金は、申請から1か月ほどで振り込まれる見込みです。',
    '沖端の米蔵は、国の重要文化財に指定されています。',
    '文化審議会の答申を受け、米蔵が国の重要文化財に指定される見込みとなりました。',
    '天然記念物に指定されるのは、学術的に価値の高い動植物です。',
    '消費税が導入されたのは平成元年のことです。',
    '入湯税は、鉱泉浴場の利用者に課される税です。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('unofficial: blind R158A-133, R157I-087, a personal view in a cleft or on a board of the city, then the body said to share it', () => {
  // Kinds: the writer's thought in the cleft 思うのは、…ということです, then the city said to share it (市としてもその方向がよいと
  // 考えています); a personal verdict that the present is enough, then a board of the city said to share it (選管としても, 教育委員会と
  // しても …つもりはありません).
  it.each([
    '担当として長年見てきて思うのは、朝市は日曜だけにしたほうがいいのではないかということです。市としてもその考えです。',
    '現場で感じるのは、補助の対象をもっと広げるべきだということです。市としても同じ考えです。',
    '個人的には今の学区で十分ですし、教育委員会としても見直すつもりはありません。',
    '正直、投票所はこれで十分だと思います。選挙管理委員会としても同じ考えです。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.rule === 'unofficial/personal-view' && f.severity === 'warn')).toBe(true)
  })
  it.each([
    // hard negatives: a thought with no view on a measure, a quoted thought, the board's own announcement, advice to readers
    '毎年思うのは、ボランティアの皆さんの力の大きさです。市としても心から感謝しています。',
    '不便だと思うのは当然のことです。市としても改善を進めています。',
    '選挙管理委員会では、期日前投票所を2か所増やします。',
    '個人的には、時間に余裕を持ってお出かけいただくのが十分だと思います。',
    '担当として思うのは、皆さんに楽しんでほしいということです。',
    '防災の担当として思うのは、早めの避難が何より必要だということです。市としても早めの避難の呼びかけに取り組んでいます。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.rule === 'unofficial/personal-view' && (f.severity === 'warn' || f.severity === 'block'))).toEqual([])
  })
})

describe('unofficial: blind R161A-044, R161A-051, R161A-070, R161A-120, a named move before notice, a grant changed, the city\'s contempt', () => {
  it.each<[string, string]>([
    // who will hold a post, named, with a sign the move is not out yet: block
    ['次の春の人事で、観光課長は今の商工課の古賀さんになるみたい。内示前だから内緒ね', 'unofficial/personnel-leak:block:観光課長は今の商工課の古賀さんになる'],
    ['図書館の館長、中村さんに決まりらしいです。正式発表はまだですけど！', 'unofficial/personnel-leak:block:館長、中村さんに決まり'],
    // a grant's amount said to change, forecast or second-hand
    ['子育て応援給付金は、来年度から1人あたり5万円に増額される見込みです。', 'unofficial/forecast:warn:見込み'],
    ['住宅リフォームの補助金の上限、来年から引き上げられるらしいよ', 'unofficial/rumour:warn:上げられるらしい'],
    // the city's stance given to a sweeping verdict of worth
    ['市としては、手作り以外はありえないと考えています。', 'unofficial/personal-view:warn:市としては、手作り以外はありえないと考えています'],
    ['当市としては、輸入品のい草は買う価値なしと思っております。', 'unofficial/personal-view:warn:当市としては、輸入品のい草は買う価値なしと思っております'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    // hard negatives: a move announced, a one-day chief of an event, a rumour of a move with no name, a grant announced, the city's
    // finding, a boast, the reader's trouble echoed in an answer
    '4月1日付の人事異動で、子ども家庭課の課長は平川さんになりました。',
    '一日署長は地元出身の俳優・古川さんに決定！発表前からワクワクしています',
    '今年度から移住支援金が最大200万円に増額されました！詳しくは市ホームページへ。',
    '移住支援金は最大100万円です。来年度の内容は決まり次第お知らせします。',
    '柳川市としては、うなぎは国産が一番だと思っています。',
    '@nanase_0215 窓口が閉まっていて困ったとのこと、大変失礼いたしました。休業日の案内を見直します。',
    '案内が分かりにくいとのことですが、ご指摘を受けて地図を大きくしました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text))).toEqual([])
  })
})

describe('unofficial: blind R162I–R166I, IT kinds', () => {
  it.each<[string, string]>([
    // R162I-062: who wins a vote, guessed
    ['市長選の開票、結果は新人が勝つんじゃないかな。', 'unofficial/personal-view:warn:新人が勝つんじゃない'],
    ['選挙の結果、たぶん現職で決まりでしょう。', 'unofficial/personal-view:warn:現職で決まりでしょう'],
    // R162I-063: a bidder guessed with 決まりそう while the tender is open
    ['入札はまだですが、地元の建設会社さんで決まりそうです。', 'unofficial/forecast:warn:決まりそう'],
    // R162I-072: a service turned into a booking system, guessed or heard
    ['来年度から、粗大ごみの回収は予約制になるみたいです。', 'unofficial/rumour:warn:なるみたい'],
    ['窓口の相談、来年からは抽選制に変わると思います。', 'unofficial/forecast:warn:変わると思います'],
    // R163A-048: a named member of staff's move heard
    ['総務課の山田課長、来年度からは財政課に異動するらしいです。', 'unofficial/personnel-leak:block:山田課長、来年度からは財政課に異動する'],
    // R163A-069: a change told as decided before the council is briefed
    ['北部公民館は来年3月で廃止することになりました。議会への説明はまだですが、ほぼ確定です。', 'unofficial/leak:block:廃止することになりました'],
    // R164D-150/R163A-111: a change proposed on the city's account in one person's voice
    ['市としては、駐車場の有料化はやめたほうがいいと考えています。', 'unofficial/personal-view:warn:市としては、駐車場の有料化はやめたほうがいいと考えています'],
    ['市としても、この事業は廃止する方向でいいのではないかと思っています。', 'unofficial/personal-view:warn:市としても、この事業は廃止する方向でいいのではないかと思っています'],
    // R164D-117: a section's real intention
    ['料金を上げるしかないというのが財政課の本音みたいです。', 'unofficial/personal-view:warn:というのが財政課の本音'],
    // R165I-116: the inside said all to say so
    ['図書館の建て替えを先にすべきだと思うし、課の中でもみんな同じこと言ってます。', 'unofficial/personal-view:warn:課の中でもみんな同じこと言って'],
    // R166I-049: shops ranked by taste on the city's account
    ['本市としては、市内のラーメン屋の中でも駅前の2軒が一番うまいと思っています。', 'unofficial/personal-view:warn:本市としては、市内のラーメン屋の中でも駅前の2軒が一番うまいと思っています'],
    // R165I-024: a budget's state heard or guessed
    ['橋の補修、予算が取れなかったらしいです。', 'unofficial/forecast:warn:予算が取れなかったらしい'],
    // R162I-026: a measure's timing judged in hindsight
    ['ごみ袋の無料配布がやっと廃止されました。正直、遅すぎたと思います。', 'unofficial/personal-view:warn:正直、遅すぎた'],
    // R166I-016: the state of the subject is the reason, the merger is what is foretold
    ['人口が減っている北部地区の2つの公民館は、統合されることになりそうで、来年度には新しい施設に移る見込みです。', 'unofficial/forecast:warn:見込み'],
    // IT-146: a plan of late told in the experience form is still one
    ['去年、庁舎を移転する計画が持ち上がったこともありました。', 'unofficial/unannounced:warn:計画が持ち上が'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    '開票結果は、市ホームページでお知らせします。',
    '市長選挙の開票速報、現職の田中氏が当選しました。',
    '投票率が低かったので、次回はぜひ投票に行きましょう。',
    '入札の結果、地元の建設会社さんに決まりました。',
    '当センターは予約制になっています。お電話でお申し込みください。',
    '山田課長は4月から財政課に異動しました。',
    '田中さん、4月からは福岡の大学に行くそうです。',
    '議会への説明はこれからです。詳しくは決まり次第お知らせします。',
    '市としても、熱中症予防のため早めに休憩したほうがいいと考えています。',
    'というのが利用者の皆さんの本音のようです。',
    '課の中でもみんなそう言っていただいて、うれしいです。',
    '本市としては、柳川のうなぎをぜひ味わっていただきたいと考えています。',
    'ご予算に合わせてプランをお選びいただけます。',
    '正直、気づくのが遅すぎたと思います。早めの受診を。',
    '児童数が減っている学校は、今後も減少する見込みです。',
    // R163A-059: the buzz of a product passed on
    'うわさの「栗どら焼き」、道の駅で見つけたよ！すぐ売り切れちゃうんだって〜',
    // R163A-122: a scam call reported, the impersonation in the continuative
    '市長を名乗り、寄附を求める電話があったとの情報が寄せられています。市からそのような電話をすることはありません。',
    // IT-146: a plan of old in the experience form
    'かつては埋め立てる計画が持ち上がったこともあります。',
    '昭和の中ごろには、掘割を道路にする計画が持ち上がったこともありました。',
    // R166I-025: placeholders in a page being made
    '原稿のまだ決まっていない箇所には「〇〇」と仮の文字を入れます。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text))).toEqual([])
  })
})

describe('unofficial: blind R167I–R170I, TX kinds', () => {
  it.each<[string, string]>([
    // R167I-063: a view, then the inside named as the city or an office said to voice the same (市の中でも, 市役所の中でも)
    ['個人的には、成人式は日曜のほうがいいと思います。市役所の中でも同じような声が上がっています。', 'unofficial/personal-view:warn:市役所の中でも同じような声が上が'],
    ['正直、あの批判は的外れだと思います。市の中でもそういう考えが多いです。', 'unofficial/personal-view:warn:市の中でもそういう考えが多'],
    // R168A-013: a named member of staff's move heard, the name in the sentence before, a season for its date, a return to a section
    ['新しく来た古賀さん！実は冬には総務課に戻るって聞きました。', 'unofficial/personnel-leak:block:冬には総務課に戻る'],
    ['広報係の田中係長。来年度からは本庁の財政課に移られるそうです。', 'unofficial/personnel-leak:block:来年度からは本庁の財政課に移られる'],
    // R168A-082: works halted or put off as the budget goes, foretold or heard
    ['業者さんの話では、予算がつかなければ改修工事は先送りになるかもしれないとのことです。', 'unofficial/forecast:warn:なるかもしれ'],
    ['予算次第では、遊歩道の整備工事が途中で中断する見込みです。', 'unofficial/forecast:warn:見込み'],
    // R169D-120: a change mused on the city's account as allowed (…やめてもよいのではないかと考えています)
    ['市としては、利用の少ない路線は廃止してもいいんじゃないかと思っています。', 'unofficial/personal-view:warn:市としては、利用の少ない路線は廃止してもいいんじゃないかと思っています'],
    // R170I-013: the writer's own work grumbled about, the employer condemned
    ['残業続きでもう3週間休みなし。うちの役所、マジで終わってる', 'unofficial/private-post:warn:うちの役所、マジで終わって'],
    ['人も減らされて仕事は増える一方。この職場はおかしい。', 'unofficial/private-post:warn:この職場はおかしい'],
    // R170I-015: a price judged too high in one's own view, the sellers pressed
    ['中の人的にも、駐車場が1日1500円というのは高すぎると思います。運営会社さん、何とかしてもらえませんか。', 'unofficial/personal-view:warn:中の人的にも、駐車場が1日1500円というのは高すぎると思'],
    // R170I-057: one's own complaint about a measure, a unit of the city asked to do better
    ['個人的には、申請書の書き方が複雑すぎると思っています。担当課にはもう少し考え直してほしいです。', 'unofficial/personal-view:warn:担当課にはもう少し考え直してほしい'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    // TX-149: a plan or a change denied by whom the writer asked
    '「花火大会が中止になる」という投稿がありましたが、実行委員会に確認したところ、中止の予定はないとのことです。',
    'バスの減便について事業者に問い合わせたところ、ダイヤの変更はないとのことでした。',
    // no view before the inside's voice; a permission to readers; a plain change announced
    '「バスを増やしてほしい」というご意見をいただきました。市の中でもそういう声が多く、検討を始めています。',
    '市としては、体調がすぐれない場合は参加をやめてもよいと考えています。',
    // a move done or announced, a private person's return, a season inside a word
    '古賀さんは4月1日付で総務課に異動しました。',
    '古賀さんは去年の秋に総務課に戻りました。',
    // works delayed by the weather or finished on budget
    '台風次第では工事がいったん止まるかもしれません。',
    '工事は予算の範囲内で3月に完了する見込みです。',
    // a workload thanked for, a reform told, a resident's verdict quoted, praise in the same words
    '20連勤おつかれさまでした！消防団の皆さん、本当にありがとうございます。',
    '残業を減らすため、この市では働き方改革を進めています。',
    '「残業ばかりでこの職場はおかしい」という相談が寄せられています。',
    '残業続きの方も、この町どうかしてるくらい桜がきれいなので見に来てください。',
    // a price judged with no plea, an own experience; praise with a wish to the section
    '中の人としても、この値段でこのボリュームは安すぎるくらいだと思います！',
    '正直、ちょっと高いかなと思っていましたが、乗ってみたら大満足でした。',
    '個人的には、とても良い取り組みだと思います。担当課の皆さんにもぜひ続けてほしいです。',
    '正直、最初は分け方が細かすぎると思いました。でも慣れると簡単です！',
    '正直、手続きが複雑すぎると感じていました。担当課にもっと分かりやすくしてほしいと伝え、案内を改善しました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text))).toEqual([])
  })
})

describe('unofficial: blind R168A-013, a private person\'s return is no personnel move', () => {
  it.each([
    '古賀さん、春からは大学に戻るそうです。',
    '佐藤さん、来年度からは福岡の教室に戻るらしいです。',
    '今日はいい天気ですね。秋には企画課に戻るって聞きました。',
  ])('no personnel leak in %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.rule.startsWith('unofficial/personnel'))).toEqual([])
  })
})

describe('unofficial: blind R171I–R173I kinds', () => {
  it.each<[string, string]>([
    // R171I-106: talk among the staff passed on, what is said before the inside, the contracted ending
    ['駐輪場の混雑は、アプリの不具合のせいじゃないかって職員の間では言われてます。', 'unofficial/rumour:warn:って職員の間では言われてます'],
    ['窓口の待ち時間は、システム更新のせいだと職員の間でもよく言われています。', 'unofficial/rumour:warn:と職員の間でもよく言われてい'],
    // R172A-066: a system condemned with the city named after the verdict
    ['この交付金は仕組み自体に限界があると本市は考えています。', 'unofficial/personal-view:warn:仕組み自体に限界があると本市は考えて'],
    ['国民健康保険は、制度そのものに無理があると市としては考えております。', 'unofficial/personal-view:warn:制度そのものに無理があると市としては考えて'],
    // R172A-091: who takes a post named by the post they hold now, before the notice said to come on a day ahead
    ['次の人事で、子ども家庭課長は健康づくり課の係長が昇任してくるらしい。内示は3月20日やけん、まだ内緒ね', 'unofficial/personnel-leak:block:家庭課長は健康づくり課の係長が昇任してくる'],
    ['図書館長は、生涯学習課の課長補佐がなられるみたいです。内示は来月です。', 'unofficial/personnel-leak:block:図書館長は、生涯学習課の課長補佐がなられる'],
    // R173I-077: the city's side taken, then marked as the writer's feeling or real mind
    ['本市としては、この計画には賛成です。（※中の人の本音です）', 'unofficial/personal-view:warn:本市としては、この計画には賛成です'],
    ['市としては、ダムの建設には反対の立場です。担当者個人の感想ですが。', 'unofficial/personal-view:warn:市としては、ダムの建設には反対の立場'],
    // R173I-067's hard positives: a change or hearsay in a folklore sentence is still a rumour
    ['「怪談ナイトは今年で最後になる」という噂が流れています。', 'unofficial/rumour:warn:噂'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    // R173I-067: a legend's or a ghost story's rumour is folklore
    '幽霊が出るとうわさの古井戸を、語り部さんと歩くナイトツアーです。',
    '昔から「大蛇が棲む」という噂が伝わるお堀で、民話の朗読会を開きます。',
    // an instruction, not talk; a verdict denied or a mere difficulty; a stance with no note, a participant's feeling
    '窓口では丁寧に説明するように言われています。',
    '制度自体に課題があると市は考えています。',
    '制度そのものに問題があると市は考えていません。',
    '市としては、高速道路の延伸に賛成です。参加者の感想です',
    // a move announced, a notice already given
    '4月1日付の人事異動で、税務課長は農林水産課の課長補佐が昇任しました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text))).toEqual([])
  })
})

describe('unofficial: blind R177I kinds (dialect hearsay, the inside overheard)', () => {
  it.each<[string, string]>([
    // R177I-006: げな before a mascot's モン, casual っていう話が
    ['図書館の分館、来年度いっぱいで閉めるっていう話が出とるモン…', 'unofficial/rumour:warn:っていう話が'],
    ['バスの路線、春から減るげなモン😢', 'unofficial/rumour:warn:減るげな'],
    // R177I-031: officials overheard weighing a change as an open question
    ['廊下で課長たちが「駐輪場、来年から有料にするかどうか」って話しよったよ。', 'unofficial/rumour:warn:「駐輪場、来年から有料にするかどうか」って話しよった'],
    ['上の人が「公民館の使用料、上げるか」って相談しとったばい。', 'unofficial/rumour:warn:「公民館の使用料、上げるか」って相談しとった'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    // 〜げな of an adjective's look; residents wondering; officials' talk of nothing the city decides
    '寂しげなもんだね。',
    'お客さんが「川下りの料金、来年から上がるかどうか」って話しよったよ。',
    'えらい人たちが「今日の昼ごはんはどこにしようか」って話しよったモン',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text))).toEqual([])
  })
})

describe('unofficial: blind R174I–R177I kinds (a staff member\'s view slipped into the city\'s answer)', () => {
  it.each<[string, string]>([
    // R174I-026: a view, then the matter said not to be the writer's to decide
    ['盆踊りの会場ですが、個人的には広場より駐車場の方が広くていいと思ってます！担当ではないので決められないんですが。', 'unofficial/personal-view:warn:個人的には広場より駐車場の方が広くていいと思ってます'],
    // R174I-046: a cause of a matter of the city's named as one's own feeling
    ['歩道の補修が遅れている件は、あくまで私見ですが、予算が新庁舎の建設に取られているのが原因だと思っております。', 'unofficial/personal-view:warn:私見ですが、予算が新庁舎の建設に取られているのが原因だと思'],
    // R177I-022: a mascot speaking for itself by its name, then the city said to agree
    ['ほりわりん的には、新しい図書館は駅前にできるのが一番いいと思うよ！市もきっと同じ考えだよ', 'unofficial/personal-view:warn:市もきっと同じ'],
    // R175A-036: the city said to share the view two sentences on
    ['私は個人的には学校の給食費の無償化に賛成です。反対意見もありますが、子育て世帯には大きな支えです。市としても、ぜひ進めるべきだと考えています。', 'unofficial/personal-view:warn:市としても、ぜひ進めるべきだと考え'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    // a taste with a disclaimer of knowledge, not of a decision; a recommendation to readers; a health view with no city affairs
    '個人的には、夜の川下りがいちばん好きです！私は担当じゃないので詳しくは観光課へ。',
    '個人的には、早い時間の方が空いていておすすめだと思います。',
    '個人的には、寝不足が肩こりの一番の原因だと思います。',
    // a noun with 的 is a respect, not a speaker; a mascot's taste with no city said to share it
    '気持ち的には、もう少し涼しくなってほしいと思います。市も熱中症対策を実施しています。',
    'うなっち的には、川下りがいちばん好きだモン！',
    // the city's action two sentences on, not a stance shared
    '私は個人的にはこの企画に大賛成です。とても楽しみです。市としても全力で取り組みます。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text))).toEqual([])
  })
})

describe('unofficial: many made one is a change, one not to be picked is a taste', () => {
  it.each<[string, string]>([
    ['たぶん来年には二つの小学校が一つになると思います。', 'unofficial/forecast:warn:なると思います'],
    ['おそらく来年度から二つの公民館をひとつにまとめると思います。', 'unofficial/forecast:warn:めると思います'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    '個人的にはどのコースもおすすめで、ひとつに決められないと思っています。',
    'どのお店もおいしくて、一つに選べないと思います。',
    '見どころが多すぎて、ひとつに絞れないと思いますよ。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text))).toEqual([])
  })
})

describe('unofficial: blind R179I/R180A/R181D kinds (a candidate backed, a city fee judged, a move heard across a line break)', () => {
  it.each<[string, string]>([
    // R179I-006: a declared candidate named, then praised or backed
    ['次の市議会議員選挙に出馬を表明した山田花子さん。子育て支援に熱心な方で、期待しています！', 'unofficial/personal-view:warn:出馬を表明した山田花子さん。子育て支援に熱心な方で、期待しています'],
    ['佐藤一郎さんが来春の市長選挙への立候補を表明されました。まさに市長にふさわしい方です。', 'unofficial/personal-view:warn:佐藤一郎さんが来春の市長選挙への立候補を表明されました。まさに市長にふさわしい'],
    // R180A-027: a fee the city sets judged too cheap or too dear, as one's own feeling
    ['粗大ごみの手数料ですが、私の個人的な印象では、今の料金は高すぎるくらいだと感じています。', 'unofficial/personal-view:warn:個人的な印象では、今の料金は高すぎるくらいだと感じ'],
    // R181D-020: a move heard, the word broken by a line break
    ['4月から税務課の田中係長が福祉課へ異\n動されるらしいです。', 'unofficial/rumour:warn:されるらしい'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    // a declaration reported with no praise; one not to run, thanked; a notice of the candidates' briefing
    '来月の市長選挙に立候補を表明された山田太郎さんが、本日、記者会見を行いました。',
    '現市長の山田太郎さんは、次の市長選挙に立候補しないことを表明されました。3期12年、誰よりも柳川のために尽くしていただき、ありがとうございました。',
    '市長選挙の立候補予定者説明会を開きます。立候補を予定されている方は、期待を込めてご参加ください。',
    // a product's price, or a fee stated with no verdict
    '個人的な感覚では、道の駅のいちごは今の値段だと安すぎるくらいだと思います。',
    '指定ごみ袋の価格は1枚40円です。個人的な感覚では、使いやすい袋だと思います。',
    // a heading broken over lines: not a word of a change
    '人事\n異動のお知らせ\n4月1日付の人事異動を掲載しました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text))).toEqual([])
  })
})

describe('unofficial: blind R183I-061 kind (one person\'s pick on an undecided choice, the city said to want the same)', () => {
  // Kind: the writer's own preference among options not yet decided (個人的には…案が一番いいと思っていて), then the city said to want the option
  // pointed back at (市としてもそっちで行きたい, そうしたい): one person's pick given as the city's wish. A favourite place or view with no city
  // stance, and the city's own request stated with no personal view, stay clean.
  it.each<[string, string]>([
    ['新しい体育館の建設場所ですが、個人的には旧高校のグラウンド跡がいちばんいいと思っていて、市としてもそちらで行きたいと考えています。', 'unofficial/personal-view:warn:市としてもそちらで行きたい'],
    ['バス路線の再編案、私としては西回りの案がいいと思うんです。市としてもそうしたいところです。', 'unofficial/personal-view:warn:市としてもそうしたい'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    '個人的には旧高校のグラウンド跡から見る夕焼けがいちばんいいと思っています。ぜひ行ってみてください。',
    '個人的には西回りのバスから見える景色がいちばん好きです。皆さんのお気に入りはどこですか？',
    'バス路線の再編について、市としては西回りの案で運行事業者と協議を進めています。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text))).toEqual([])
  })
})

describe('unofficial: blind R184I–R188A kinds (hearsay of a reason or an outcome, an amount being settled, a view given as the city\'s, a verdict on another authority, a stance on another body\'s plan)', () => {
  // Kinds: a reason passed on with みたい (…というのが主な理由みたいです); talk with nothing settled (〜とか〜ないとか, そんな話が聞こえてきます); an
  // outcome told from someone's words before the post promises the news once decided; an amount the city pays or charges told while it is
  // being settled (3万円程度で調整中, 20万円前後で話が落ち着きそう) or foretold with that promise; a misgiving of the staff's, then the city said to
  // share it (本音を言えば同じ); an authority's act judged too late in one's own voice; the city's side declared on another body's plan with no
  // formal act. Clean: a reason of popularity, nouns listed with とか, weather talk, a fact, an official statement, a date being fixed, an
  // amount decided, an estimate, gladness, the season, a denial, and a stance taken through a written opinion.
  it.each<[string, string]>([
    ['今年の夏祭りが延期になったのは、会場の改修工事が間に合わないというのが主な理由みたいです。', 'unofficial/rumour:warn:理由みたい'],
    ['図書館の分館を閉めるとか閉めないとか、そういう話がちらほら出ています。', 'unofficial/rumour:warn:閉めるとか閉めないとか'],
    ['来年から図書館が有料になるとか、そんな話がよく聞こえてきます。', 'unofficial/rumour:warn:そんな話がよく聞こえて'],
    ['県道の通行止めは明日の朝には解除されると工事の方が話していました。正式に決まりましたらお知らせします。', 'unofficial/rumour:warn:と工事の方が話していました'],
    ['子育て応援手当は、1人あたり3万円程度で調整中です。', 'unofficial/forecast:warn:3万円程度で調整中'],
    ['被災農家への支援金は、1戸20万円前後で話が落ち着きそうです。', 'unofficial/forecast:warn:20万円前後で話が落ち着きそう'],
    ['公民館の使用料は500円になりそうです。正式に決まったらお知らせします。', 'unofficial/forecast:warn:500円になりそう'],
    ['部活動の地域移行には、職員としても正直疑問を感じています。市としても、本音を言えば同じです。', 'unofficial/personal-view:warn:市としても、本音を言えば同じ'],
    ['個人的には、県の避難指示の発令が遅かったと思います。', 'unofficial/personal-view:warn:個人的には、県の避難指示の発令が遅かった'],
    ['本市としては、国の新しい統合計画には反対です。', 'unofficial/personal-view:warn:本市としては、国の新しい統合計画には反対です'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    'この景色が人気の理由みたいですね。ぜひ見に来てください。',
    'お土産はうなぎとかお団子とか、いろいろありますね！',
    '週末は雨が降るとか降らないとか、天気予報も迷っているようです。',
    'ボランティアさんが楽しかったとか、そんな話がよく聞こえてきます。',
    '県道の通行止めは午後3時に解除されました。ご協力ありがとうございました。',
    '市長は記者会見で、来週には通行止めが解除になると述べました。',
    '来年度の開催については現在検討中です。正式に決まりましたらお知らせします。',
    '説明会の日程は3月10日で調整中です。決まり次第お知らせします。',
    '支援金は1戸20万円で決定しました。申請は来月からです。',
    '事業費は約3億円となる見込みです。',
    '職員としても、皆さんに楽しんでいただけてうれしく思います。',
    '正直、今年の梅雨明けは遅すぎたと思います。',
    '個人的には、消防の対応が遅すぎたとは思いません。',
    '柳川市としては、県の統合計画に反対の立場です。先月、県に意見書を提出しました。',
    '市としては反対の意見書を提出しました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text))).toEqual([])
  })
})

describe('unofficial: blind R189I-036 kind (a service said not to open or run from a time to come, guessed or passed on from someone\'s words)', () => {
  // Kind: a facility's closure or the end of a service still undecided, told in plain words (来年度からはもう開かない, 来季は営業しない,
  // 次年度以降は開催されない) as a guess (かもしれない, そう) or from what someone outside said (…と管理人さんが話していました), with or
  // without a promise of the news once decided; a guess's い (…かもしれない) is no feeling of the speaker. Clean: a closure announced, works
  // announced, someone's words about a thing done, a caveat for the day's weather, a request, a denial and a complaint reported.
  it.each<[string, string]>([
    ['ふれあい動物園は、来年度からはもう開かないかもしれないと管理人さんが話していました。', 'unofficial/rumour:warn:と管理人さんが話していました'],
    ['ふれあい動物園は、来年度からはもう開かないかもしれません。', 'unofficial/forecast:warn:開かないかもしれ'],
    ['川下りの夜便、来季は運航しないかもしれないって船頭さんが言ってました。', 'unofficial/rumour:warn:って船頭さんが言ってました'],
    ['あの児童館、再来年からは開館しないと清掃の方が言っていました。', 'unofficial/rumour:warn:と清掃の方が言っていました'],
    ['旧公民館の体育室は、次年度以降は利用できなくなるらしいです。', 'unofficial/rumour:warn:きなくなるらしい'],
    ['市民会館は再来年から民営化される可能性が高いと設備屋さんが言っていました。', 'unofficial/rumour:warn:と設備屋さんが言っていました'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    'ふれあい動物園は、来年度から休園します。詳しくは市ホームページをご覧ください。',
    '体育館は老朽化のため、来月から改修工事を行います。',
    '清掃の方が、窓がぴかぴかになったと言っていました。',
    '今日の朝市は、雨で開かないかもしれません。開催の可否は朝7時にお知らせします。',
    '来年からはもう開けないでくださいね。',
    'ふれあい動物園を閉園する予定はありません。',
    '駐車場が足りないと利用者の方が言っていました。',
    '来年も暑い夏になるかもしれないと農家さんが言っていました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text))).toEqual([])
  })
})

describe('unofficial (5(1)): an official\'s private remark about a plan, reported (blind R191I-007 kind)', () => {
  it.each([
    ['副市長と公用車で移動中。「市民プールは再来年には閉館する方向なんだよね」とぼそっと。', 'unofficial/off-record:warn:「市民プールは再来年には閉館する方向なんだよね」とぼそっと'],
    ['控室で教育長が「来年度は二つの分校をひとつに統合したい」と漏らしていました。', 'unofficial/off-record:warn:控室で教育長が「来年度は二つの分校をひとつに統合したい」と漏らし'],
    ['課長のお供で出張中。「いずれ窓口を駅前の支所に移すつもりなんだ」と課長。まだ誰にも言っていない話なんだとか。', 'unofficial/off-record:warn:「いずれ窓口を駅前の支所に移すつもりなんだ」'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    // a plan stated at a press conference or in a speech, a greeting, a wish with no change, a plan denied, no official named
    '市長は定例記者会見で「来年度から市民プールを閉館したい」と述べました。',
    '控室で市長が「みなさん暑い中ありがとう」と声をかけてくださいました。',
    '帰りの車で市長が「来年もまたこの祭りに来たいね」とぽつり。',
    '移動中、部長が「あの施設を閉鎖するつもりはないよ」と話していました。',
    '車内で娘が「来年は引っ越したいな」とぽつり。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): one person\'s verdict that a project of the city is not worth it (blind R191I-051 kind)', () => {
  it.each([
    ['私見ですが、北口の駐車場の整備は予算に見合っていないと思います。', 'unofficial/personal-view:warn:私見ですが、北口の駐車場の整備は予算に見合っていない'],
    ['個人的な意見ですが、あのバイパスの延伸は必要ないと考えています。', 'unofficial/personal-view:warn:個人的な意見ですが、あのバイパスの延伸は必要ない'],
    ['正直なところ、新しいホールの建設は税金の無駄だと感じています。', 'unofficial/personal-view:warn:正直なところ、新しいホールの建設は税金の無駄'],
  ])('flags %s', (text, expected) => {
    expect(summary(findingsOf(unofficial, text))).toContain(expected)
  })
  it.each([
    // a taste, the city weighing cost, advice about a facility, works named beside a reassurance
    '個人的には、夕暮れの掘割の景色がいちばん好きです。',
    '北口駐車場の整備について、費用対効果を検証しています。',
    '個人的には、この公園は予約いらないので気軽に行けると思います。',
    '個人的には、工事中も川下りは楽しめるので心配はいらないと思います。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): a surprise of an event kept for the readers (…会のゲストは内緒です。当日をお楽しみに！) tells nothing', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  // Kind: a thing of an event the account invites to (a guest, a present, a prize, the programme, the menu, an event's contents) as the
  // topic right before 内緒 / ナイショ / ひみつ, the word ending its sentence: a teaser, nothing secret is told. A concession that goes on
  // (内緒ですが、…), a secret aside (ここだけの内緒の話), hearsay, a change or a decision in the sentence or just after still flag.
  it.each([
    '夏祭りのスペシャルゲストはまだ内緒です！当日をお楽しみに✨',
    'うなっぴのお誕生日パーティー、おみやげは当日までナイショだよ〜🎀',
    '秋の演奏会の曲目は内緒です♪ 会場で聴いてのお楽しみ！',
    'ビンゴ大会の景品はまだ内緒です。みんな来てね',
    'お正月のもちつき大会、おみやげはナイショです😊',
    '市民まつりのステージの内容は当日まで内緒です！',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it.each([
    // a concession that hands something on, an aside, hearsay after the word, a decision of the city held back
    ['ゲストはまだ内緒ですが、来年度から祭りの会場が移転するそうです。', 'unofficial/rumour:warn:内緒'],
    ['ここだけの内緒の話ですが、花火大会の予算が削られるみたいです。', 'unofficial/rumour:warn:内緒'],
    ['夏祭りのゲストはまだ内緒です。有名な歌手が来るらしいです。', 'unofficial/rumour:warn:内緒'],
    ['商品券のプレゼントはまだ内緒です。来月から市民全員に無料で配られるみたい。', 'unofficial/rumour:warn:内緒'],
    ['来年度の新しい事業の内容はまだ内緒です。', 'unofficial/rumour:warn:内緒'],
    ['まだ内緒だけど、クリスマス会のゲストは市長に決まったよ！', 'unofficial/rumour:warn:内緒'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
})

describe('unofficial (5(1)): blind R193I–R197A kinds', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  const has = (text: string, prefix: string): boolean => rules(text).some((x) => x.startsWith(prefix))
  // Kind: a shop or a facility said to close at a time to come with its noun between (今年いっぱいでお店をたたむ, 来年の秋で二か所閉める) or
  // a business said to fold in plain words (店をたたむ, 廃業): a closure passed on second-hand or foretold. Clean: a closure long past
  // (昭和の…たたんだそうです), daily hours, an announcement of one's own closing, たたむ of laundry, a window shut.
  it.each([
    ['駅前の和菓子屋さん、今年いっぱいでお店をたたむらしいです。', 'unofficial/rumour:warn'],
    ['川沿いのカフェ、今年の冬で店を閉めるって聞きました。', 'unofficial/rumour:warn'],
    ['商店街の酒屋さん、廃業するって聞きました。', 'unofficial/rumour:warn'],
    ['あの乗り場、来年の秋で二か所閉めることになりそうです。', 'unofficial/forecast:warn'],
  ])('flags a closure passed on or foretold: %s', (text, prefix) => {
    expect(has(text, prefix)).toBe(true)
  })
  it.each([
    '祖父は昭和の終わりにお店をたたんだそうです。',
    '冬場は17時で窓口を閉めます。',
    '今年いっぱいで営業を終了いたします。長い間ありがとうございました。',
    '洗濯物をたたむのが好きだそうです。',
    '寒い日は早めに窓を閉めるそうです。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })

  // Kind: a poor harvest told in plain words (出来があまり良くない, アサリがよくない) passed on second-hand, as 不作 is. Clean: a good harvest
  // heard, ノリが悪い of a person, someone's health.
  it.each([
    '今年はみかんの出来があまり良くないらしいです。',
    '今季はアサリがよくないって、組合の人が言ってたみたいです。',
  ])('flags a poor harvest passed on: %s', (text) => {
    expect(has(text, 'unofficial/rumour:warn')).toBe(true)
  })
  it.each([
    '今年はお米の出来がとても良いそうです。',
    'うちの子、ノリが悪いって言われました。',
    '体調があまり良くないって、先生が言ってたみたいです。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })

  // Kind: a road or a line reopening foretold from the writer's impression of someone's words (…に聞いた感じだと、…通れるようになりそう,
  // 聞いた印象では…運転が再開しそう): not what its administrator announced. Clean: an impression of anything else, a crowd, an office as source.
  it.each([
    '作業員さんに聞いた感じだと、夕方には県道が通れるようになりそうです。',
    '駅員さんに聞いた印象では、今夜中に運転が再開しそうです。',
  ])('flags a reopening foretold from an impression: %s', (text) => {
    expect(has(text, 'unofficial/forecast:warn')).toBe(true)
  })
  it.each([
    '講師の先生に聞いた感じだと、初心者でも楽しめそうです。',
    '係の人に聞いた感じだと、週末は混雑しそうです。',
    '県の道路事務所によると、明日の朝には通れるようになる見込みです。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })

  // Kind: an office moved from one of the city's premises to another (本庁から支所へ移す) is a change a forecast tells, and a direction with talk
  // going on somewhere between (…移す方向で、上の方で話が進んでいます) is a decision in the making. Clean: a move done, directions to readers.
  it.each([
    '子育て相談の窓口は、来年度から本庁から支所へ移す方向で、上の方で話が進んでいます。',
    '来年度には、福祉の相談を本庁から支所へ移す見込みです。',
  ])('flags an office move in the making: %s', (text) => {
    expect(has(text, 'unofficial/forecast:warn')).toBe(true)
  })
  it.each([
    '相談窓口は4月に本庁から支所へ移しました。',
    '本庁から支所へ移動するときは、シャトルバスをご利用ください。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })

  // Kind: one person's verdict that a measure or a benefit of the city has outlived its role (もう役目を終えた, 今の時代に合っていない).
  // Clean: a building retired with no personal marker, a role praised.
  it.each([
    '私見ですが、成人の記念品を配る事業は、もう役目を終えたと思います。',
    '正直、この補助制度は今の時代に合っていないと感じています。',
  ])('flags a measure judged outlived: %s', (text) => {
    expect(has(text, 'unofficial/personal-view:warn')).toBe(true)
  })
  it.each([
    '旧庁舎は役目を終え、来年解体されます。',
    '個人的には、この公園は子どもたちの遊び場として大きな役割を果たしていると思います。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })

  // Kind: 育児休業 / 介護休業 is a leave a person takes, not a closure: a staff member's past worry told with it forecasts nothing. A shop's
  // 休業 still is a closure.
  it('passes a leave taken: 「…と思っていたけど…」（育児休業を取った市の職員）', () => {
    expect(rules('「同僚に負担がかかると思っていたけど、休んでみて家族の大切さが分かった」（育児休業を取った市の職員）').filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it('flags a closure 休業 foretold', () => {
    expect(has('駅前のパン屋さん、来月から休業になるかもしれません。', 'unofficial/forecast:warn')).toBe(true)
  })
})

describe('unofficial (5(1)): blind R198I–R200D kinds', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  const has = (text: string, prefix: string): boolean => rules(text).some((x) => x.startsWith(prefix))

  // Kind: a shop's closing told as 店じまい after its time (今月いっぱいで店じまい), guessed or heard, is the closure 閉店 is.
  // Clean: closing for the day, the shop's own notice in the past or a site the city reuses.
  it.each([
    '駅前の本屋さん、今月いっぱいで店じまいらしいよ。',
    '川沿いの団子屋さん、年度末で店じまいするかもって常連さんが言ってました。',
  ])('flags a shop closing foretold or heard: %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
  it.each([
    '今日はもう店じまいです。また明日もお待ちしています！',
    '年内で店じまいした老舗の建物を、市が交流拠点として活用します。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })

  // Kind: a storm's strike on a place foretold second-hand (台風が…を直撃するらしい): disaster information only the weather office gives.
  // Clean: the weather office named, a past strike, a general warning, the storm's mere coming.
  it.each([
    '友達によると、今度の台風は土曜日に大川あたりを直撃するコースらしいよ。',
    '近所の人の話では、台風が明日の朝に上陸するって。',
  ])('flags a storm strike passed on second-hand: %s', (text) => {
    expect(has(text, 'unofficial/rumour:warn')).toBe(true)
  })
  it.each([
    '気象台によると、台風は週末に九州北部に上陸するおそれがあります。',
    '先週の台風は柳川を直撃したそうで、堀の水位もかなり上がったそうです。',
    '台風が直撃すると、停電することがあります。',
    '台風が来るらしいので、ベランダの植木鉢を片付けました。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })

  // Kind: a personal view, then the city urged to decide it now, the time said to have come (市としても…決断する時期ではないでしょうか).
  // Clean: the city's own timing without a personal view, a season's work.
  it.each([
    '個人的には、プールの開放は8月末まで延ばすべきだと思います。市としても、もうそういう決断をする時期ではないでしょうか。',
    '正直に言うと、バスの路線は減らすべきだと感じています。市としても見直しを判断するタイミングに来ていると思います。',
  ])('flags a view the city is urged to decide now: %s', (text) => {
    expect(has(text, 'unofficial/personal-view:warn')).toBe(true)
  })
  it.each([
    '市としても、補助制度の見直しを判断する時期に来ています。来年度に向けて検討を始めます。',
    '個人的には、紅葉は今が一番きれいだと思います。市としても、写真コンテストの審査をする時期です。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })

  // Kind: a vote's outcome told as arranged before it is taken (可決される運びです). Clean: a plan announced (開館の運びとなりました), a vote done.
  it('flags a vote outcome told as arranged', () => {
    expect(has('来週の議会で、保育料を改める条例案は可決される運びとなっています。', 'unofficial/forecast:warn')).toBe(true)
  })
  it.each([
    '新しい体育館は4月に開館の運びとなりました。',
    '条例改正案は本日の本会議で可決されました。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial (5(1)): blind R203I–R205I kinds', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  const has = (text: string, prefix: string): boolean => rules(text).some((x) => x.startsWith(prefix))

  // Kind: a named member of staff said to move or take up a post from a time to come, told as settled (…ことになりました, …ことになりそう).
  // Clean: a move announced (付で, 辞令), an office moving, a private person's move, a move done, a bare word that names no one.
  it.each([
    '来年度から、地域の防災訓練を支えてくれた防災課の山口係長が、会計課に移ることになりそうです。',
    'お問い合わせありがとうございます。担当の大塚から折り返します。なお大塚は来月から県庁のほうに出向することになったので、以降は別の者が伺います。',
    '4月から、新しい図書館長には市民課の大塚が就任することになりました。',
    '4月から、子育て支援課の新しい係長には、税務課の野田さんが着任することになりました。',
  ])('flags a named move told as settled: %s', (text) => {
    expect(has(text, 'unofficial/personnel')).toBe(true)
  })
  it.each([
    '4月1日付で、防災課の山口係長が会計課に異動することになりました（辞令交付は本日行いました）。',
    '4月から、市民課の窓口は新しい庁舎の2階に移ることになりました。',
    '長女は4月から東京の大学に進むことになりました。',
    '山口係長は昨年の4月から会計課に移り、いまも元気に働いています。',
    '4月から、市民課の受付は別館の総合窓口センターに移ることになりました。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })

  // Kind: an event's dates guessed to shift (…後ろにずれるんじゃないかと思います), nothing decided. Clean: nature shifting, a shift announced.
  it.each([
    '夏の花火大会、今年はお盆と重なるので、数日ほど後ろにずれるんじゃないかと思います。',
    '秋の市民運動会は、ほかの行事と重なるので日程が前倒しになるかもしれません。',
  ])('flags a guessed shift of an event: %s', (text) => {
    expect(has(text, 'unofficial/forecast')).toBe(true)
  })
  it.each([
    '今年は気温が低いので、桜の見頃は少し後ろにずれるんじゃないかと思います。',
    '秋の市民運動会は、10月12日に日程を繰り下げて開催します。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })

  // Kind: a plan said nearly settled inside the office (…に切り替える案で、課内ではおおむねまとまっています). Clean: a plan decided and
  // announced, a noun's plan settled among readers.
  it('flags a plan nearly settled inside', () => {
    expect(has('粗大ごみの戸別収集は、来年度から予約制に切り替える案で、担当課の中ではおおむねまとまっています。', 'unofficial/forecast')).toBe(true)
  })
  it.each([
    '粗大ごみの戸別収集は、来年度から予約制に切り替えることを決定しました。',
    '文化祭の出し物は、クラスの中ではほぼ固まっています。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })

  // Kind: a personal view, then the city told what it should do with a guess's ending (市としても…べきでしょう). Clean: the city's course
  // with no personal view, a personal taste.
  it('flags a view then the city told what it should do', () => {
    expect(has('正直、今の補助の仕組みは現場に合っていないと思います。市としても県に強く見直しを求めるべきでしょう。', 'unofficial/personal-view')).toBe(true)
  })
  it.each([
    '市としても、県と連携して見直しを求めていきます。',
    '正直、今年の紅葉は例年より鮮やかだと思います。ぜひ足を運んでみてください。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })

  // Kind: a work of the city judged in hindsight where or that it was built (…この場所に造るべきではなかったと思います). Clean: one's own
  // house, a lesson for the reader.
  it('flags a city work judged in hindsight', () => {
    expect(has('新しい図書館について、個人的には駅の裏手に建てるべきではなかったと思っています。', 'unofficial/personal-view')).toBe(true)
  })
  it.each([
    '個人的には、もっと早く自宅を建てるべきだったと思っています。',
    '個人的には、もう少し早く家を出るべきだったと反省しています。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })

  // Kind: a direction told as a memo, the residents' views and a briefing only promised for later (ご意見を伺いながら決めます, 説明会の
  // 日程は追ってご案内します): no public step has happened. Clean: views heard and the decision made, a briefing held.
  it('flags a memo direction with the public steps still ahead', () => {
    expect(has('【保育園の再編】⏎・A保育園とB保育園は令和10年度をめどに統合する方向⏎・新しい園の場所は皆さまのご意見を伺いながら決めます⏎説明会の日程は追ってご案内します。'.replace(/⏎/gu, '\n'), 'unofficial/undecided')).toBe(true)
  })
  it.each([
    '【保育園の再編】⏎・A保育園とB保育園は令和10年度をめどに統合する方向⏎・皆さまのご意見を踏まえて決定しました'.replace(/⏎/gu, '\n'),
    '【保育園の再編】⏎・A保育園とB保育園は令和10年度をめどに統合する方向⏎・先月、保護者説明会を開きました'.replace(/⏎/gu, '\n'),
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial: blind UG-025 kind — the city saying reports of a fake contact reached it, in its own scam warning', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  const nl = (s: string): string => s.replace(/⏎/gu, '\n')
  it.each([
    // the deceit said by imitation in the clause (まねた, 似せた, そっくりの), a matter's noun of the fake's (税, 市長) no news
    '税務課の封筒に似せた封書が高齢者宅に届いているとの情報が寄せられています。',
    '市長の名刺とそっくりの名刺を持った男性が各家庭を訪問しているとの情報が寄せられています。',
    // the deceit said by the warning heading, or by the sentence right after the frame
    nl('【ご注意ください】市役所をかたる不審な電話⏎「固定資産税の還付があります」と電話がかかってきたとの情報が寄せられています。'),
    'ごみ袋の料金を知らせるメールが送られているとの情報が寄せられています。メールに書かれたリンク先は偽のサイトです。',
    // the fake's subject line quoted (what it says is the fake's words, not told by the post)
    '「【市役所】補助金の申請受付は本日までです」という件名で、市のロゴに似せたメールが届いているとの情報が寄せられています。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    // a rumour passed on (もあります) on something undecided, whatever the look of the clause
    '市の封筒に似せた封書の件とは別に、来年度から手数料が上がるとの情報もあります。',
    // a change or a decision reported that way under a scam heading is still hearsay
    nl('【注意】偽メールにご注意ください⏎来年度から国保税が上がるとの情報が寄せられています。'),
    '市のチラシをまねたメールで、来年度から新しい給付金が始まるとの情報が寄せられています。',
    '児童館が来年閉館するとの情報が寄せられています。',
  ])('warns %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/rumour:warn:'))).toBe(true)
  })
})

describe('unofficial: blind cu12 kinds (R206A–R208D, UH)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  const nl = (s: string): string => s.replace(/⏎/gu, '\n')
  // Kind (UH-010): the stage word as a class of information a disclosure rule keeps closed, in a paragraph explaining the system.
  it.each([
    nl('公文書は原則として開示しますが、次の情報が含まれる部分は開示しないことがあります。⏎・個人が特定できる情報⏎・市の内部で協議中の情報'),
    '情報公開条例では、審議・検討中の事項に関する情報に該当する部分は開示しないことがあると定めています。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    // the class said of a matter, or the stage told with no disclosure system explained
    '開示請求のあった駅前再開発の件は検討中の情報なので、来年度から民営化する方向としか言えません。',
    '駅前の市営駐車場の有料化は、まだ庁内で検討中の情報です。',
  ])('warns %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })

  // Kind (R206A-002): a session named by its month with the vote told as past is no pending council.
  it.each([
    '6月定例会で議決をいただいた補正予算で、通学路の防護柵を整備します。詳しい日程が決まりましたらお知らせします。',
    '12月議会で議決された条例により、4月から手数料が無料になります。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it('flags a measure told as sure while the council vote is still to come', () => {
    expect(rules('3月定例会でご審議いただく予算で、4月から手数料が無料になります。').some((x) => x.startsWith('unofficial/undecided:warn:'))).toBe(true)
  })

  // Kind (R206A-009): a direction quoted as an official's answer to a question in the council, in a report of the session.
  it.each([
    nl('■一般質問⏎公共交通に関する質問には、企画部長が「来年度からデマンド交通を拡充する方向で検討を進めている」と答弁しました。'),
    '定例会の代表質問に対し、市長は「小学校の統合は地域の合意を得る方向で協議している」と述べました。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it('flags the same direction heard on the side, no session asked', () => {
    expect(rules('担当の課長に聞いたら「来年度からデマンド交通を廃止する方向で調整している」と答えてくれました。').some((x) => x.startsWith('unofficial/'))).toBe(true)
  })

  // Kind (R208D-033): a likelihood said high with a degree adverb between.
  it.each<[string, string]>([
    ['市営プールの使用料、来年度から上がる可能性が非常に高いです。', 'unofficial/forecast:warn:可能性が非常に高'],
    ['体育館の夜間開放は、来年度で廃止になる公算がかなり大きいです。', 'unofficial/forecast:warn:公算がかなり大き'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each(['明日は雨が降る可能性がかなり高いので、傘をお持ちください。', '熱中症になる可能性がとても高い日です。こまめに水分をとりましょう。'])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })

  // Kind (R208D-049): voices heard with a frequency adverb between, judged by what they tell.
  it('flags a closure passed on as voices heard now and then', () => {
    expect(rules('秋の文化祭、今年はなくなるかもという声をよく聞きます。').some((x) => x.startsWith('unofficial/rumour:warn:'))).toBe(true)
  })
  it.each(['駐車場が狭いという声をよく聞きます。来月から臨時駐車場を設けます。', '「もっと遊具を増やして」という声をちらほら聞きます。'])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })

  // Kind (R208D-066): the staff member's own feeling announced as such, then a view on where the city's money should go.
  it('flags one person\'s feeling on spending given on the account', () => {
    expect(rules('職員としての本音を言えば、新しい体育館よりも道路の補修にお金を回すべきだと考えています。').some((x) => x.startsWith('unofficial/personal-view:warn:'))).toBe(true)
  })
  it.each(['担当者としての思いを込めて、この冊子を作りました。', '職員としての本音を言えば、毎年このお祭りが一番楽しみです。'])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })

  // Kind (R206A-005): the city's policy declared as following from the writer's own preference, no formal step named.
  it('flags a policy declared from one\'s own preference', () => {
    expect(rules('私としては、旧校舎は図書館にするのが一番だと考えております。そこで、旧校舎を図書館として整備することを市の方針といたしました。').some((x) => x.startsWith('unofficial/personal-view:warn:'))).toBe(true)
  })
  it.each([
    '私としては、旧校舎は図書館にするのが一番だと考えております。そこで、9月議会で議決をいただき、旧校舎を図書館として整備することを市の方針といたしました。',
    '審議会の答申を受け、旧校舎を図書館として整備することを市の方針といたしました。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial: one person\'s verdict that a city project is out of proportion to the city (blind R210A-034)', () => {
  // Kind: a personal marker (私としては, 個人的には, 正直), a project of the city named in the sentence, and a verdict measuring it against the
  // city's scale, population, demand or finances (規模には大きすぎる, 人口に比べて立派すぎる, 身の丈に合わない): a call to shrink the city's own
  // project on the account that speaks for it, wherever the paragraph sits in a long report. Something too big for a child, a serving too
  // large, praise, or the city's own design told with no personal marker is not this.
  const rules = (text: string): string[] => findingsOf(unofficial, text).map((f) => `${f.rule}:${f.severity}`)
  it.each([
    '●市民プールの建て替え\n建て替えの設計が始まりました。\n\nただ、予定されている新しい屋内プールについては、担当している私としては、正直なところ市の人口に比べて大きすぎると感じています。\n\n●公園の清掃\n来月、清掃を行います。',
    '個人的には、駅前の再開発計画はこの町の財政規模からすると過大だと思っています。',
    '正直、新しい文化ホールの整備は身の丈に合っていないと感じます。',
  ])('flags %s', (text) => {
    expect(rules(text)).toContain('unofficial/personal-view:warn')
  })
  it.each([
    '個人的には、この公園の遊具は小さなお子さんには大きすぎると感じています。',
    '私としては、学校給食の量は低学年には多すぎると感じます。',
    '新しい体育館は、市の人口規模に見合った大きさで設計しています。',
    '私としては、完成した市民ホールは本当に見ごたえがあると感じています。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe("unofficial (5(1)): one person's side taken while the city's own position is said not to be out yet (blind R225R-001 kind)", () => {
  const rules = (text: string) => summary(findingsOf(unofficial, text))
  it.each([
    '個人的には、路線バスの減便には反対です。市としての見解はまだ決まっていませんが、なんとか維持してほしいと思っています。',
    '市の方針はまだ固まっていないのですが、私としては、この事業は続けるべきだと思います。',
  ])('warns %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/personal-view:warn'))).toBe(true)
  })
  it.each([
    // a taste, not a side; the city's position alone; the city's decision to come, told as such
    '個人的には、川下りは春がいちばん好きです。市としての立場はまだ出ていません。',
    '私としては、白秋祭の夜の川下りがおすすめです。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/personal-view'))).toEqual([])
  })
})

describe('unofficial: a line agreed in the making, a pick told after a secret aside, a personal view announced in its own sentence (blind R224T-053, R224T-012, R221N-022 kinds)', () => {
  // Kind (R224T-053): 線で for 方向で after a verb (有料にする線で話がまとまりつつある, 統合する線で調整中): an undecided measure's course.
  // A railway line (天神大牟田線で) or a line a proposal drew for an event's date does not count.
  // Kind (R224T-012): a secret aside in the potential (まだ表には出せないのですが) introducing a pick among candidates (本命, 最有力).
  // Kind (R221N-022): the writer announces a personal view in a sentence of its own (担当者の私見を少しだけ。), then prescribes what the
  // nation should do in the next one. A taste after the same announcement stays clean.
  const rules = (text: string): string[] => findingsOf(unofficial, text).map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    ['市民プールを来年度から有料にする線で話がまとまりつつあります。', 'unofficial/forecast:warn'],
    ['二つの公民館を統合する線で調整しています。', 'unofficial/undecided:warn'],
    ['まだ表には出せないのですが、新しい体育館の建設地は三橋町の運動公園が最有力です。', 'unofficial/unannounced:warn'],
    ['まだ表には出せないんですが、新庁舎の候補地は駅の東側がほぼ本命らしいです。', 'unofficial/unannounced:warn'],
    ['ノリ養殖について、私見を少しだけ。国はもっと漁業者への支援を手厚くするべきだと考えています。', 'unofficial/personal-view:warn'],
    ['個人的な意見を一言：政府には地方の声をもっと聞いてほしいと思います。', 'unofficial/personal-view:warn'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    '西鉄天神大牟田線で柳川駅までお越しください。',
    'ご提案いただいた線で調整し、11月3日に開催することになりました。',
    '担当者の私見を少しだけ。今年の川下りは、紅葉の時期が一番おすすめです。',
    '国は、補助金の申請期限を3月末と定めています。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial: a new rule told as settled before any step, and the city prescribing on a cause laid on a group (team R31B-145, R14A-059 kinds)', () => {
  // Kind (R31B-145): the making of an ordinance or a rule told as settled in the future (条例をつくることになります, 要綱を新たに定める
  // 予定です): the council's decision foretold. Made already, put to the council or out for comment stays clean.
  // Kind (R14A-059): a cause laid on a group of people (…のは、若い人が…無関心だからです), then the city's stance prescribing on it
  // (柳川市としては、…すべきだと考えています). The city acting on a reason (準備を進めています) stays clean.
  const rules = (text: string): string[] => findingsOf(unofficial, text).map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    ['ペットのふん害の相談が増えているので、市としても来年度には新しい条例をつくることになります。', 'unofficial/undecided:warn'],
    ['空き家の管理について、市では新たに要綱を定める予定です。', 'unofficial/undecided:warn'],
    ['献血が減っているのは、若者が社会に関心を持たないからです。柳川市としては、学校で献血の授業をもっとやるべきだと考えています。', 'unofficial/personal-view:warn'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    'ポイ捨て防止条例を定めることになりました。詳しくは市ホームページをご覧ください。',
    '空き家の管理条例を制定する予定です。9月議会に提案します。',
    '空き家の管理条例を新たに定める予定です。現在、パブリックコメントを募集しています。',
    '投票率が低いのは、若い世代が投票所に行きにくいためです。市としては、駅前に期日前投票所を設けるべきだと考え、準備を進めています。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial: one\'s own remedy set against the city\'s view given just before (team R42B-042 kind)', () => {
  // Kind: …というのが市の考えです。まあ個人的には、…配ればいいと思うんですけどね — the account says the city thinks one thing and its writer
  // another. A personal tip with no contrast, or no city view before it, stays clean.
  const rules = (text: string): string[] => findingsOf(unofficial, text).map((f) => `${f.rule}:${f.severity}`)
  it('flags a remedy set against the city\'s view', () => {
    expect(rules('図書館の開館時間は今のままで十分というのが市の考えです。でも個人的には、夜9時まで開ければいいと思うんですけどね。')).toContain('unofficial/personal-view:warn')
  })
  it.each([
    '市の方針として、ごみの分別をお願いしています。個人的には、マイバッグを使えばいいと思います。',
    '個人的には、川下りは朝の便に乗ればいいと思うんですけどね。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('unofficial/rumour: an event\'s course, venue or stop said to move, passed on from someone\'s words (blind R226E-015 kind)', () => {
  const rules = (text: string) => summary(findingsOf(unofficial, text))
  it.each([
    '来年のマラソン大会は、コースが沖端側に変わるかもと担当の人が言っていました。',
    '次回の朝市から、会場が駅前広場に移るらしいと出店者さんが話していました。',
  ])('warns %s', (text) => {
    expect(rules(text).some((x) => x.startsWith('unofficial/rumour:warn'))).toBe(true)
  })
  it.each([
    '雨天の場合、会場は市民体育館に変更になります。',
    '今年から、乗り場が駅の東口へ移りました。ご注意ください。',
    'パレードのコースは三橋町側を回ります。沿道での応援をお願いします。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial: blind R227W/R229B/R230A/R233P kinds and team R27A-090, R42B-071 kinds (unof2)', () => {
  const rules = (text: string): string[] => findingsOf(unofficial, text).map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // R227W-001 kind: a figure given while the post says it is not checked or final yet
    ['先月の豪雨による道路の損害は約3億円にのぼる見込みです。未精査の金額ですが、早急に復旧を進めます。', 'unofficial/undecided:warn'],
    ['市内の浸水被害は120棟と把握しています。まだ確定前の数字ですが、引き続き調査します。', 'unofficial/undecided:warn'],
    // R227W-003 kind: an unofficial seismic intensity going round, relayed as something to act on
    ['ネットで「三橋町は震度5強だった」という書き込みが広がっています。念のため、ブロック塀の点検をお願いします。', 'unofficial/rumour:warn'],
    // R229B-014 kind: one person's side on a matter the post says is still under deliberation
    ['図書館の指定管理については委員会で審議中です。ただ、私としては、直営を続けるべきだと思っています。', 'unofficial/personal-view:warn'],
    ['ごみ袋の値上げは審議会での議論がまだ続いています。担当者個人としては、値上げには賛成です。', 'unofficial/personal-view:warn'],
    // R229B-017 kind: a staff member's guess of a quota or a fee cut, quoted with the joining form of the frame
    ['係の方が「来年は定員を半分に減らすかもね」と言っていて、ちょっと心配です。', 'unofficial/rumour:warn'],
    // R230A-020 kind: works dated and stated as certain while their budget is still to go to the council (across paragraphs)
    ['【市民プールを改修します】\n\n来年6月に着工し、再来年の夏までに完成します。\n\n改修費は、来月の定例会に提出する補正予算に計上しています。', 'unofficial/undecided:warn'],
    // R230A-042 kind: a plan's figure told as settled inside the city hall
    ['新しい観光振興計画の来訪者目標は年200万人です。庁内の検討会議でまとまった数字です。', 'unofficial/undecided:warn'],
    // R233P-048 kind: a sale of the city's land or building passed on
    ['旧公民館の敷地は、近く民間業者に売却されるらしいです。', 'unofficial/rumour:warn'],
    ['聞いたところでは、市有地の跡地は払い下げになる見通しだそうです。', 'unofficial/forecast:warn'],
    // R27A-090 kind: the city's stance prescribing what a class of residents should do
    ['本市としては、75歳以上の方は自転車に乗るのをやめるべきだと考えています。', 'unofficial/personal-view:warn'],
    // R42B-071 kind: a trend of the city's affairs explained by a guessed cause
    ['窓口の待ち時間が長くなっているのは、職員が足りないからだと思います。', 'unofficial/guessed-cause:warn'],
    ['公民館の利用が減っているのは、駐車場が狭いからでしょう。', 'unofficial/guessed-cause:warn'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // a figure under review with no number, and the usual note on provisional figures
    '被害額は現在精査中です。まとまりしだいお知らせします。',
    '市内の浸水被害は120棟です（速報値）。数値は今後の精査により変わることがあります。',
    // a seismic intensity from the official source
    '気象庁の発表によると、柳川市の震度は4でした。念のため、家の周りを点検してください。',
    // a deliberation and the readers' interest asked for, not a side
    '図書館の指定管理については委員会で審議中です。私としては、多くの方に関心を持ってほしいと思っています。',
    // a resident's feeling quoted, no change
    '参加者の方が「また来たいね」と言っていて、うれしくなりました。',
    // works dated with the budget passed, or with no budget pending
    '【市民プールを改修します】\n\n来年6月に着工し、再来年の夏までに完成します。\n\n改修費を盛り込んだ補正予算は、6月定例会で可決されました。',
    '新しい体育館は来年3月に完成します。完成記念のイベントもお楽しみに。',
    // a plan settled and published
    '庁内の検討会議でまとまった観光振興計画の素案を公表しました。ご意見を募集しています。',
    // a reader's own sale of land
    '土地を売却する際は、事前に届出が必要です。詳しくは都市計画課へ。',
    // the city's own duty, not residents' lives
    '市としては、引き続き高齢者の見守りを強化すべきだと考えています。',
    // a trend with its cause found, or a question
    'アンケートの結果、公民館の利用が減っているのは、駐車場が狭いためだと分かりました。',
    '川の水位が低いのは、雨が少ないからでしょう。',
    '利用者が増えているのは、なぜでしょうか。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial: blind R234M/R235I kinds (unof3)', () => {
  const rules = (text: string): string[] => findingsOf(unofficial, text).map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // R234M-005 kind: a fee said to become free in the plain word, foretold; the mood of the staff's meeting on a measure passed on
    ['来年度から、第2子の給食費がタダになるらしいよ！役所の友達が言ってた', 'unofficial/rumour:warn'],
    ['課長たちが会議で、ごみ袋の値下げにかなり前向きな反応でした', 'unofficial/unannounced:warn'],
    // R234M-024 / R235I-029 kind: a change said agreed among the staff before any public step
    ['学童保育の利用料を見直す方向で、部内の考えがほぼ固まっています。', 'unofficial/undecided:warn'],
    ['二つの公民館は一つの施設として再出発します。市役所の内部ではその方向でまとまっています。', 'unofficial/undecided:warn'],
    // R234M-074 kind: the running of a facility handed to another body, agreed between the staff, and the aside put in brackets after it
    ['図書館の管理を指定管理者にお任せすることで、部内ではもう話がついているようです', 'unofficial/undecided:warn'],
    ['来年度からは観光船の運航を民間にお任せする方向です（まだ公にはなっていない話ですが）。', 'unofficial/unannounced:warn'],
    // R235I-022 kind: a measure stated as settled while the budget's passing is its condition
    ['来年の花火大会から、有料の桟敷席が登場します！6月議会で予算が認められれば、1席3,000円で販売する予定で動いています。', 'unofficial/undecided:warn'],
    // R235I-051 kind: talks with another party still under way in plain words, the change told as coming beside them
    ['市民プールの売店、来年の春には入口の横に移転です！業者さんとはいま交渉を詰めている最中なので、お楽しみに', 'unofficial/unannounced:warn'],
    // R235I-055 kind: the writer's own move foretold, the successor guessed, before the notice
    ['私は4月から税務課に移るみたいです。辞令はまだ出ていないので、ふんわり聞いてください', 'unofficial/personnel-leak:block'],
    ['この係の後任は、総務課の吉田さんになる雰囲気です。辞令はまだですが', 'unofficial/personnel-leak:block'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // a fee that is free now, a handover in force
    'このイベントは参加費無料です。タダで楽しめるのでぜひどうぞ',
    '公園の管理は地元の自治会にお任せしています。いつもありがとうございます',
    // details of a thing decided being worked out, no change told
    'イベントの詳細は、現在関係団体と詰めているところです。決まり次第お知らせします',
    '春の植樹祭の内容について、地域の皆さんとお話を詰めているところです。決まり次第お知らせします',
    // a move after the notice, a notice ceremony, an errand to a desk
    '4月1日付で企画課に異動することになりました。辞令をいただき、身の引き締まる思いです',
    '本日、辞令交付式を行いました。新しく着任した職員は次のとおりです',
    '私は今日、税務課に行って証明書をもらってきました',
    // a budget passed, a residents' meeting agreeing, a decision announced at a press conference
    '令和6年度予算は3月議会で可決されました。4月から子ども医療費の助成を高校生まで広げます',
    '子ども会の話し合いで、夏祭りの内容がほぼまとまりました！',
    '地域の皆さんと話し合い、ルールの内容で話がつきました。ご協力ありがとうございます',
    '市長は記者会見で、来年度から保育料を無料にすると発表しました',
    // residents' positive views at a meeting
    '参加者の皆さんは前向きな意見をたくさん出してくださいました。会議の場で出た声は今後の参考にします',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial: blind R236I/R237M kinds (unof4)', () => {
  const rules = (text: string): string[] => findingsOf(unofficial, text).map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // R236I-010 kind: a facility's end stated as certain at a time while the bill that abolishes it is still to go to the council
    ['旧中央公民館は、今年度末をもって閉館します。関連する条例案は12月議会に提出しますので、よろしくお願いします。', 'unofficial/undecided:warn'],
    ['温水プールは来年3月で営業を終了します。廃止の条例案は次の議会に提出します。', 'unofficial/undecided:warn'],
    // R236I-039 kind: the budget's passing named as a point in time, the measure after it stated as settled
    ['予算が成立し次第ですが、来年度から中学生の医療費は窓口負担がゼロになります。', 'unofficial/undecided:warn'],
    ['議会で予算がまとまり次第、4月から市内の全小学校にエアコンが設置されます。', 'unofficial/undecided:warn'],
    // R236I-019 kind: who takes a role next named by the unit they are in now
    ['来年度から広報の担当が交代します。新しい担当は、いま税務課にいる職員です。', 'unofficial/personnel:warn'],
    ['次の係長は、現在子育て支援課の松尾さんです。', 'unofficial/personnel:warn'],
    // R237M-016 kind: a fixed number of seats cut, foretold
    ['議員定数を削減する条例案は、来年の定例会に提出される見通しです。', 'unofficial/forecast:warn'],
    ['職員定数を減らす方向で、提出が有力と聞いております。', 'unofficial/forecast:warn'],
    // R237M-018 kind: an aside that the matter is not out, then offices gathered into one
    ['まだ表に出ていない話ですが、三橋出張所は本庁舎に集約される方向です。', 'unofficial/unannounced:warn'],
    ['まだ公表していないのですが、二つの支所の窓口は、再来年には本庁舎へまとめる形になりそうです。', 'unofficial/unannounced:warn'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // a closure after the council passed the bill, or with no council named
    '市民プールは、今年の夏で営業を終えます。廃止の条例は6月議会で可決されました。長い間ありがとうございました。',
    '今年度の受付は、3月末をもって終了します。来年度の募集は4月にお知らせします。',
    // a budget promised once passed with no measure stated as settled
    '予算が成立し次第、詳しい内容をお知らせします。',
    // a successor after the move, a reader's unit, a desk to ask
    '4月1日付の人事異動で、新しい担当は税務課から来た田中です。よろしくお願いします。',
    '新しい制度の担当は、現在子育て支援課の窓口で受け付けています。',
    'ご不明な点は、いま市民課にいる担当までお尋ねください。',
    // an event's capacity, seats listed, papers gathered at a desk
    '講座の定員は20人です。定数に達し次第締め切ります。',
    '必要な書類を窓口にまとめて提出してください。',
    '各支所の窓口は、本庁舎と同じ時間に開いています。',
    // something not out of doors
    '子猫はまだ表に出ていないので、お家の中で元気に遊んでいます。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial: blind R239N kinds, backing a candidate or a party (unof5)', () => {
  const rules = (text: string): string[] => findingsOf(unofficial, text).map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // R239N-019 kind: in an election's context, a named person held up as the one to take office
    ['市長選挙が近づいています。古賀 一郎さんのような方にこそ、市政に加わってほしいと思います。', 'unofficial/personal-view:warn'],
    ['来週は市議会議員選挙です。松尾さんには、ぜひ議員として活躍してほしいですね。', 'unofficial/personal-view:warn'],
    // R239N-028 kind: a party's or group's platform cited and praised
    ['「ひかり柳川の会」さんの公約、子育て世代に寄り添っていて頼もしいです。', 'unofficial/personal-view:warn'],
    ['やながわ未来党のマニフェストには共感しかありません。', 'unofficial/personal-view:warn'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // R239N-019 kind: notices of the vote, the candidates listed, a debate, a member in their role, readers urged to vote
    '明日は市議会議員選挙の投票日です。投票所は午前7時から午後8時まで開いています。皆さんの大切な一票を投じてください。',
    '明日は市議会議員選挙の投票日です。若い世代の皆さんにこそ、ぜひ市政に参加してほしいと思います。',
    '市議会議員選挙の立候補者は次のとおりです（届出順）。清水孝明さん、田中一郎さん、古賀花子さん。',
    '市長選挙の公開討論会を開催します。出席予定：清水孝明氏、田中一郎氏。',
    '清水孝明議員が一般質問で掘割の再生について取り上げました。',
    // R239N-028 kind: platforms reported, the city's own plan
    '各会派の政策集は市議会のホームページで公開されています。',
    '「みらい筑後の会」が新しい政策集を発表したとの報道がありました。',
    '市の新しい政策集「やながわビジョン」がまとまりました。子育て世代にとって心強い内容です。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial: blind R238K/R240F/R241E/JE kinds (unof5)', () => {
  const rules = (text: string): string[] => findingsOf(unofficial, text).map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // R238K-015 kind: a charge or a closure worked out with another section, 詰める for 調整する
    ['市民プールは、再来年度から民営化する方向で財政課と詰めております。', 'unofficial/forecast:warn'],
    ['公民館の駐車場は来年4月から有料とする方向で担当課と詰めているところです。', 'unofficial/forecast:warn'],
    // R238K-015 kind: an amount said to settle (に落ち着く, にまとまりそう)
    ['ごみ袋の手数料は1枚50円程度に落ち着く見通しです。', 'unofficial/forecast:warn'],
    ['新しい補助金は上限20万円前後にまとまりそうです。', 'unofficial/forecast:warn'],
    // R238K-016 kind: an event's scale said to shrink against last time, passed on second-hand
    ['夏祭りの屋台、例年より少なくなるって聞いたよ〜。', 'unofficial/rumour:warn'],
    ['花火大会の花火の数が去年より減るらしいです。', 'unofficial/rumour:warn'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // R238K-015 kind: an event's date or a speaker being arranged; an estimate the city publishes
    '秋の音楽祭は11月に開催する方向で講師の先生と詰めているところです。',
    '新しい体育館の事業費は約12億円となる見込みです。',
    // R238K-016 kind: a fall already seen, a caveat for the day, nature
    '川下りのお客さんは去年より減っているそうです。',
    '雨の場合は花火の打ち上げが減ることがあります。',
    '今年は干潟のムツゴロウが去年より少ないみたいだよ。',
    // R240F-043 kind: an event detail being arranged, a comma after its topic
    'ステージの出演者は、現在調整中です。決まり次第、このページでお知らせします。',
    '会場は、ただいま調整中です。決まり次第お知らせします。',
    // R241E-002 kind: a rumour quoted and called baseless in an awareness post
    '過去の地震では「川の水があふれた」という根も葉もない噂が広まり、多くの方が不安を感じました。',
    // JE-073 kind: an aside taken back at once before a tip
    'ここだけの話…ってほどでもないけど、朝の掘割は水面が鏡みたいで写真がきれいに撮れるよ！',
    '内緒ってわけじゃないけど、図書館の2階の窓際は静かでおすすめです。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial: blind R243H/R244U/R245M kinds (unof6)', () => {
  const rules = (text: string): string[] => findingsOf(unofficial, text).map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // R243H-027 / R245M-014 kind: a charge cut or a benefit's reach widened, worked out or talked over inside (詰める, 相談, 話し合う)
    ['来年度から入館料を割り引く方向で、いま観光課が詰めております。', 'unofficial/forecast:warn'],
    ['子ども医療費の助成は、対象を高校生まで広げる方向で、課長たちと相談しているところです。', 'unofficial/forecast:warn'],
    ['高齢者の入浴料を減免する方向で、関係課と話し合っているところです。', 'unofficial/forecast:warn'],
    // R244U-003 / R245M-016 kind: the writer's aside that what follows is a secret or inside talk (ないしょのお話, 内々の話なので)
    ['ないしょのお話なんだけど、公民館の図書室が来年から別の建物に移るかもしれないんだって！', 'unofficial/rumour:warn'],
    ['来月から窓口の受付時間が延びそうです（まだ内々の話なので、詳しくはもう少しお待ちください）。', 'unofficial/rumour:warn'],
    // R244U-006 kind: a stage word in katakana after an adverb of time (ただいまケントウ中), about hours extended (延ばす)
    ['体育館の夜間利用を22時まで延ばす案、ただいまケントウ中です！', 'unofficial/undecided:warn'],
    ['プールの営業期間を9月まで延ばすことを、現在けんとう中です。', 'unofficial/undecided:warn'],
    // R244U-001 kind: the line for a site worked out, a disposal or a merger named among the options (売却も含めて, 統合も視野に)
    ['旧保育園の建物は、解体も含めて、いま活用の方向性を詰めているところです。', 'unofficial/unannounced:warn'],
    ['二つの公民館の統合も視野に、今後の方針を詰めている段階です。', 'unofficial/unannounced:warn'],
    // R244U-005 kind: an event or a service to be run jointly with other towns, named as a plan still in talks
    ['来年以降の花火大会は、隣町と合同で開催する案について、関係者と協議を進めております。', 'unofficial/undecided:warn'],
    // R245M-015 kind: talk of moving a farm stand or a boat landing raised in a meeting
    ['組合さんとの会議では、来年から売店を駅前広場に移す話も出ています。', 'unofficial/unannounced:warn'],
    // R244U-056 kind, its other side: the city's own budget 内示 to its sections, leaked before the budget is out
    ['来年度予算の内示が出て、夏祭りの補助金が半分になりそうです。', 'unofficial/undecided:warn'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // R243H-027 kind: an event's date or a speaker being arranged; a discount already in force
    '秋の講演会は11月に開催する方向で、講師の先生と相談しているところです。',
    '市民の方は川下りの乗船料が2割引きになります。窓口で市民証をお見せください。',
    // R244U-003 kind: a mascot's own taste kept secret; a picture book's title
    'ないしょだけど、ぼくは掘割の夕焼けがいちばん好きなんだ。',
    // R244U-006 kind: a reader's plan; a match fought hard
    '移住をただいまけんとう中の方へ、オンライン相談会のお知らせです。',
    // R244U-056 kind: a grant's notice received from the state or the prefecture
    '県から補助金の内示があり、来年度の通学路の整備を進めることになりました。',
    '国の交付金の内示を受け、公園の遊具の更新工事を秋から行います。',
    // R244U-001 kind: an event's line being shaped, with only 決まり次第 after it
    '来年度の子ども向け講座の方向性を詰めているところです。決まり次第お知らせします。',
    // R244U-005 kind: a joint event announced as held
    '今年の運動会は、3つの校区合同で開催します。',
    // R245M-015 kind: a farm stand where it has always been
    '新のりの直売所は、例年どおり道の駅の隣で営業しています。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial: blind R246S/R248B kinds (unofmask7)', () => {
  const rules = (text: string): string[] => findingsOf(unofficial, text).map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // R246S-015 kind: a change worked out with another section or body named as the partner, 詰める with no object noun, a time to come
    ['保育料の第2子無料化、来年度から始められるよう財政課といま詰めているところです！', 'unofficial/unannounced:warn'],
    ['市民プールの入場料の値下げについて、来年の夏に間に合うよう県と詰めている最中です。', 'unofficial/unannounced:warn'],
    // R248B-037 kind: an official's wish for a change overheard in passing, or passed on with a guess that it may come true
    ['会議室の前を通りかかったら、副市長が「来年度から駐輪場を無料にしたい」と話していました。', 'unofficial/off-record:warn'],
    ['教育長が「二つの分校を統合したいんだよね」と言っていました。もしかしたら実現するかもしれません！', 'unofficial/off-record:warn'],
  ])('flags %s', (text, expected) => {
    expect(rules(text)).toContain(expected)
  })
  it.each([
    // R246S-015 kind: an event's details worked out with a speaker or a partner, with no change named
    '秋の講演会は、講師の先生と日程を詰めているところです。決まり次第お知らせします。',
    '来年度の子ども会の行事について、自治会と詰めているところです。',
    // R248B-037 kind: a wish said in public, a remark with no change overheard, a resident's wish
    '市長は記者会見で「来年度から駐輪場を無料にしたい」と述べました。',
    '市長室の前を通ったら、市長が「今日も暑いね、みんな水分とってね」と声をかけてくれました。',
    '公園の前を通ったら、子どもたちが「また来たいね」と話していました。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.startsWith('unofficial/') && !x.endsWith(':info'))).toEqual([])
  })
})

describe('unofficial: blind R252A–R255Q kinds (conf8)', () => {
  const rules = (text: string): string[] => findingsOf(unofficial, text).map((f) => `${f.rule}:${f.severity}`)
  const flagged = (text: string): string[] => rules(text).filter((x) => x.startsWith('unofficial/') && (x.endsWith(':warn') || x.endsWith(':block')))
  it.each([
    // R252A-004 kind: a measure stated as settled while the post says the council is still to deliberate it (お諮りする前)
    '来年度から高校生の通学定期代を全額補助することになりました。まだ議会に提案する前ですが、お知らせします。',
    '4月から子どもの医療費を高校卒業まで無料にすることになりました。まだ議会にお諮りする前の段階ですが、先にお伝えします。',
    // R253E-021 kind: the direction spelt in hiragana, spaced out or not
    '駐車場を有料にする ほ う こ う で 話が進んでいます。',
    'ごみ袋の料金を上げるほうこうで調整しています。',
    // R254L-014 kind: English hearsay, and a fee said to rise next time
    'A little birdie told me the venue might change next year!',
    'Admission to the museum may be raised next April, so come now!',
    // R254L-017 kind: the matter not decided yet, in やさしい日本語's hiragana, with talk going on
    'ほいくえんの ばしょが かわるかも しれません。まだ きまって いませんが、いま はなしあって います。',
    // R255Q-025 kind: insiders said to hold a rumour likely
    '駅前に映画館ができるという噂、関係者の間では決まりらしいですよ！',
    'ご投稿の新しい道の駅の件、関係者の間でもかなり有力とのことです。',
  ])('flags %s', (text) => {
    expect(flagged(text).length).toBeGreaterThan(0)
  })
  it.each([
    // the way to walk in hiragana; a thing not decided yet with its announcement promised
    'みぎの ほうこうで まっすぐ すすんで ください。',
    'まだ きまって いない ことは、きまったら おしらせします。',
    // English: a reply to feedback with the fare stated; a caveat with no time; praise among those involved
    'We hear you! Thank you for your feedback. The fare for the canal boats is 1,800 yen.',
    'Ticket prices may change. Please check the official website before your visit.',
    '地元の関係者の間でも好評です。ぜひお越しください。',
    // a budget to be put to the council as planned, published
    'この予算案は3月議会にお諮りする予定です。詳しくは市ホームページをご覧ください。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('unofficial: 方向で + a stage word after a compass point or a way to go is no plan (colleague review, stop 51)', () => {
  const flagged = (text: string) => findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')
  it.each(['北の方向で話が進んでいます。', '矢印の方向で進んでください。', '川下りの舟は、進行方向で左側の席から降ります。', '南西の方向で雷が発生しています。'])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
  it.each(['駐車場は有料化の方向で検討しています。', '来年度から値上げの方向で調整中です。'])('still flags %s', (text) => {
    expect(flagged(text).length).toBeGreaterThan(0)
  })
})

describe('unofficial: a new facility planned behind the scenes, a line settling inside, a measure stated as sure if the budget passes (blind conf9)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // R256M-006 kind: a new facility to be built, said moving inside or behind the scenes
    ['西鉄柳川駅の南側に、新しい子育て支援施設をつくる計画が庁内で進んでいるようです。', 'unofficial/unannounced:warn'],
    ['新たな道の駅を整備する話が水面下で動いています。楽しみですね', 'unofficial/unannounced:warn'],
    // R256M-050 kind: 線で with the settling verb straight after it
    ['二つの公民館の統合は、内部では来年度中とする線で固まりつつあります。', 'unofficial/forecast:warn'],
    ['運動公園の有料化は、4月から実施する線でまとまっています。', 'unofficial/forecast:warn'],
    // R257P-053 kind: the budget's passing the only hedge, the measure after it stated as sure (an emoji closing the statement)
    ['予算が成立すれば、10月から全小学校の給食費が無料になります！', 'unofficial/undecided:warn'],
    ['6月議会で予算が認められれば、夏から市民プールの入場料が半額になります。', 'unofficial/undecided:warn'],
    ['議会で予算が通れば、来春から駅と沖端を結ぶ無料のバスが走ります🚌 もう少しお待ちください！', 'unofficial/undecided:warn'],
  ])('flags %s', (text, expected) => {
    expect(rules(text).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    // a new facility opened, a workshop held in the open, work inside with no plan, a plan already announced
    '新しい観光案内所がオープンしました。駅前で皆さんをお待ちしています',
    '市では新しい公園をつくるため、ワークショップを開いています。ご意見をお寄せください',
    '庁内で新しい研修の準備が進んでいます。職員一同がんばります',
    '新しい図書館をつくる計画は、先月の記者会見で発表しました。庁内で準備が進んでいます',
    // a line that runs
    '線路沿いの道は、電車が走る線で固まりつつある雪に注意してください。',
    // a further hedge after the condition, a budget passed, a service started, preparation promised
    '予算が成立すれば、10月から給食費の無償化を実施する予定です。',
    '3月議会で予算が可決されました。10月から給食費が無料になります！',
    '4月から循環バスが走ります🚌 お楽しみに！',
    '議会で予算が通れば、実施に向けて準備を進めます。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))).toEqual([])
  })
})

describe('unofficial: a closure readers are said to have heard of, a figure before its publisher releases it, a local campaign backed, whom to vote for hinted (blind R259H-015, R259H-018, R260K-015, R260K-016 kinds)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // R259H-015 kind: the rumour of a closure said to have reached the readers, then confirmed with the section's talk heard
    ['蒲池の保育園が再来年で閉園するという話を耳にされた方もいるでしょう。子ども保育課でも、受け入れ先の相談が始まったと聞いています。', 'unofficial/rumour:warn'],
    ['大和の診療所が来年度で閉所するという噂をお聞きになった方も多いと思います。', 'unofficial/rumour:warn'],
    // R259H-018 kind: a figure handed out before the body that publishes it has done so
    ['今年の観光客数は、国の公表前の集計ですが過去最多になりそうです。', 'unofficial/unannounced:warn'],
    ['市内の出生数は、県の発表前の数字ですが前年より1割ほど少なくなる見込みです。', 'unofficial/unannounced:warn'],
    // R260K-015 kind: a campaign on a measure of the city, backed or joined by the account
    ['図書館移転の見直しを求める署名活動を応援しています。', 'unofficial/personal-view:warn'],
    ['私は、公民館統廃合に反対する運動に参加しています。皆さんもぜひ。', 'unofficial/personal-view:warn'],
    // R260K-016 kind: in an election's notice, whom to vote for hinted as plain to see
    ['県知事選挙まであと2週間。これまでの県政を見れば、誰を選ぶべきか答えはもう出ていますよね。', 'unofficial/personal-view:warn'],
    ['市議会議員選挙の投票日が近づいてきました。この町の将来をどなたに任せるべきかは、言うまでもありません。', 'unofficial/personal-view:warn'],
  ])('flags %s', (text, expected) => {
    expect(rules(text).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    // a closure rumour readers heard, denied; a figure published; a petition reported; a campaign of the city's own; readers left to choose
    '大和町の保育園が来年度で閉園するという話を耳にされた方もいるかもしれませんが、そのような事実はありません。',
    '統計データは県の公表後に市ホームページでもお知らせします。',
    '市民プール存続を求める署名約1万2千筆が、市長に手渡されました。',
    '水泳教室の参加者を募集しています。',
    '市議選の投票日は4月20日です。誰に託すかは、皆さん一人ひとりが決めることです。選挙公報で各候補の考えを比べてみてください。',
    '選挙では、誰に投票するかは自由です。どの候補を選ぶか分からない方は選挙公報をご覧ください。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))).toEqual([])
  })
})

describe('unofficial: a plan with another body whose assent has not come, told with the city’s dated aim (blind R270C-005 kind, conf12)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    ['県と、有明海沿いのサイクリングロードの共同整備について協議しています。県の了承はまだですが、来年度には着工したい考えです。', 'unofficial/unannounced:warn'],
    ['隣町さんとのごみ処理施設の共同利用、先方のOKはまだもらえていませんが、来年の春から始める予定です。', 'unofficial/unannounced:warn'],
    ['みやま市側の同意はまだ得られていませんが、来年度中の開設を目指しています。', 'unofficial/unannounced:warn'],
  ])('flags %s', (text, expected) => {
    expect(rules(text).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    // a partner's answer awaited with nothing planned, a plan agreed, a promise to tell when decided
    '先方からのお返事はまだです。',
    '県の了承はまだですので、決まり次第お知らせします。',
    '大川市さんと周遊バスの共同運行について協定を締結しました。来年の夏から運行する予定です。',
    '保護者の同意が得られていない場合は、参加できません。来年度の募集は4月の予定です。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))).toEqual([])
  })
})

describe('unofficial: hearsay from an insider with an honorific or another particle (関係者の方の話では, 関係者さんによると) (blind R274K-019 kind, conf13)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    ['関係者の話によると、駅前の空き店舗には大型の書店が出店するらしいです。', 'unofficial/rumour:warn'],
    ['ご質問の件ですが、関係者さんの話では、旧公民館は来年には解体される予定みたいです。', 'unofficial/rumour:warn'],
    ['関係者の方によると、新しい図書館は大和町に移転することに決まったそうですよ！', 'unofficial/rumour:warn'],
  ])('flags %s', (text, expected) => {
    expect(rules(text).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    // insiders consulted by the city; a plan announced by the city; insiders thanked
    '関係者の方のお話を伺いながら、跡地の活用方針を検討してまいります。',
    '旧保育所跡地の活用方針を決定しました。詳しくは市ホームページをご覧ください。',
    '関係者の皆さまのご協力で、無事に開催できました。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))).toEqual([])
  })
})

describe('unofficial: an undecided plan passed on as the likeliest option, a degree or a time before 有力 (案がいちばん有力, 案が今のところ最も有力) (blind R277T-024 kind, conf14)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    ['うちの保育園、来年度から駅前の新園舎に移る案が一番有力らしいです。', 'unofficial/unannounced:warn'],
    ['給食センターは二つを一つにまとめる案が、今のところ最も有力です。', 'unofficial/unannounced:warn'],
    ['市民プールは廃止して民間に任せる案がいま有力みたいですね。', 'unofficial/unannounced:warn'],
  ])('flags %s', (text, expected) => {
    expect(rules(text).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    // a published plan; a site reported to the council as a strong candidate; a forecast quoted from the press with its source; a plan adopted
    '市は小中学校の統合計画を公表しました。詳しくは市ホームページをご覧ください。',
    '新しい消防署は、大和町の市有地を有力な候補地として議会に報告しました。',
    '有明新聞は「現職が有力」と報じています（有明新聞 3月5日付）。',
    '検討委員会の答申を受け、市は駅前案を採用することを決定しました。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))).toEqual([])
  })
})

describe('unofficial: a leaning or outlook told before the council hears it, a facility said to be folded into another, a swindler’s aside quoted (blind conf15)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // R282V-011 kind: the writer's mind made up on a project, before the council is told
    ['新しい図書館は駅前の市有地に整備する方向で、ほぼ腹を固めました。議会へのご説明はこれからです。', 'unofficial/forecast:warn'],
    // R280C-040 kind: an outlook on a measure before it is put to the council
    ['給食費の無償化について、議会に諮る前ではありますが、かなり前向きな感触を得ています。', 'unofficial/forecast:warn'],
    ['議会への報告はまだですが、保育料の第2子無料化は実現すれば市として初めての取り組みです。', 'unofficial/forecast:warn'],
    // R280C-041 kind: a facility said to be folded into another, passed on as hearsay
    ['うわさでは、蒲池公民館は近くの小学校にまとめられるらしいです。', 'unofficial/rumour:warn'],
    ['聞いた話ですが、三橋の児童館は数年後にほかの施設へ集約されるとか。', 'unofficial/rumour:warn'],
  ])('flags %s', (text, expected) => {
    expect(rules(text).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    // a direction already explained to the council; a consolidation decided and published; things gathered in one place; a swindler's line quoted
    '駅東側に商業施設を誘致する方向で検討していることを、本日の議会で説明しました。',
    '蒲池公民館は、来年4月に近くの小学校の施設へ統合されます。詳しくは市ホームページをご覧ください。',
    '資料は一つのファイルにまとめられます。',
    'SNSで知り合った人から「ここだけの話、絶対に値上がりする土地がある」と持ちかけられる詐欺が増えています。',
    '「内緒だけど、あなただけに教える」と誘われたら、だましの手口です。消費生活センターへご相談ください。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))).toEqual([])
  })
})

describe('unofficial: a facility operator said to change, heard; measures weighed openly after an event (blind conf16)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // R284E-015 kind: hearsay that who runs a facility will change
    ['市民プールの運営会社が来年から変わるらしいよ。', 'unofficial/'],
    ['総合運動公園の指定管理者、ほかの業者に交代するって話を耳にしました。', 'unofficial/'],
  ])('flags %s', (text, expected) => {
    expect(rules(text).some((x) => x.startsWith(expected) && (x.includes(':warn') || x.includes(':block')))).toBe(true)
  })
  it.each([
    // R285D-059 kind: measures weighed openly after an event, the announcement promised; operators called for or changed and published
    'イベント会場での事故を受け、警備員の増員や動線を見直すなど、安全対策を検討しています。決まりましたら改めてお知らせします。',
    '利用者の方からのご指摘を踏まえ、案内表示の改善策を検討しています。内容が決まり次第お知らせします。',
    '指定管理者の公募を開始しました。',
    '4月から指定管理者が変わりました。新しい運営会社は株式会社ABCです。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))).toEqual([])
  })
})

describe('unofficial: a decision said almost settled before its formal announcement (blind conf17)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // R289O-012 kind: nearly settled, the formal word still to come
    ['市民プールを統合する方針が固まりつつあります。正式決定は来月の予定です。', 'unofficial/'],
    ['駐車場を有料化することでほぼまとまりました。正式な発表はこれからです。', 'unofficial/undecided'],
  ])('flags %s', (text, expected) => {
    expect(rules(text).some((x) => x.startsWith(expected) && x.includes(':warn'))).toBe(true)
  })
  it.each([
    // decided and published; a date nearly fixed with no plan; settled with no announcement to come
    '来年の白秋祭から観覧席を有料にすることが決定しました。詳しくは市ホームページをご覧ください。',
    '来年の白秋祭の日程がほぼ固まりました。正式な発表はもう少し先になりそうです。',
    '観覧席の料金について、正式な発表はもう少し先になりそうです。決まり次第お知らせします。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))).toEqual([])
  })
})

describe('unofficial: a session only arranged inside is no public step, a charge to come held in view (blind conf18)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // R295M-013 kind: the plan's stage told, the residents' session only arranged (段取り, 手はず)
    ['市としては2つの公民館を統合する方向で検討中で、秋には地元説明会を開く段取りです。', 'unofficial/undecided'],
    ['保育園は廃止する方向で調整しており、説明会の手はずを整えているところです。', 'unofficial/undecided'],
    // R292E-021 kind: a fee to be charged named as an option in view
    ['来年度からは駐車場の利用料を徴収することも選択肢に入れています。', 'unofficial/unannounced'],
    ['来年からは講座の受講料を1回500円いただく形にすることも視野に入れています。', 'unofficial/unannounced'],
  ])('flags %s', (text, expected) => {
    expect(rules(text).some((x) => x.startsWith(expected) && x.includes(':warn'))).toBe(true)
  })
  it.each([
    // a session announced with its date; a fee published; a broader view; nothing under study
    '2校の統合について、年度内に地元説明会を開催します。日時は決まり次第お知らせします。',
    '来年度の教室の参加費は1回300円です。お申し込みをお待ちしています。',
    '視野を広げる講座を開きます。',
    '現在、検討中の事項はまだありません。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))).toEqual([])
  })
})

describe('unofficial: a plan prepared before the council, a closure passed on as hearsay (blind conf19)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // R297H-030 kind: a measure being prepared while the council has not been asked
    ['まだ議会にかけていませんが、子ども医療費の助成を高校生まで広げる案で調整を進めています。', 'unofficial/undecided'],
    ['議会前ですが、2つの公民館を1つにまとめる方針で準備を進めております。', 'unofficial/undecided'],
    // R298K-056 kind: a facility's end passed on as hearsay, no official source
    ['駅前の観光案内所、今年度いっぱいで業務を終えるそうです。', 'unofficial/'],
    ['市民体育館の売店、来年の3月末で営業を終えるとのことです。', 'unofficial/'],
  ])('flags %s', (text, expected) => {
    expect(rules(text).some((x) => x.startsWith(expected) && x.includes(':warn'))).toBe(true)
  })
  it.each([
    // a vote done; a closure published by the city
    '議会で可決されました。新しい上限額での受付に向けて準備を進めています。',
    '市民プールは3月末で閉館します（市の発表）。',
    '市のお知らせによると、温水プールは来年度いっぱいで営業を終えるとのことです。',
    '今年度の受付は3月31日で終了します。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))).toEqual([])
  })
})

describe('unofficial: a plan named with で said almost settled or fixed, the formal word still to come (review of dc198ae7, rvconf)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    ['有料化でほぼ決まりです。正式なお知らせはもう少し先です', 'unofficial/'],
    ['統合案でほぼ確定しました。正式な発表は来月の予定です', 'unofficial/undecided'],
    ['公民館の移転案でほぼ決まりです。正式決定は来月の予定です', 'unofficial/undecided'],
    ['来年の白秋祭から、水上パレードの観覧席を有料にすることがほぼ固まりました。正式な発表はもう少し先になりそうです。', 'unofficial/undecided'],
  ])('flags %s', (text, expected) => {
    expect(rules(text).some((x) => x.startsWith(expected) && x.includes(':warn'))).toBe(true)
  })
  it.each([
    // decided and announced; a date nearly fixed with no plan
    '来年度の予算案は議会で可決され、正式に決定しました。',
    '観覧席の有料化が正式に決定しました。詳しくは市ホームページをご覧ください。',
    '来月の行事の日程がほぼ確定しました。正式な発表はもう少し先になりそうです。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))).toEqual([])
  })
})

describe('unofficial: blind unof20 kinds (overheard date shift, insiders overheard, a plan at a district gathering, だそうで, a view against the city, a mascot’s taste kept secret)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // R299D-006 kind: an event's dates said to come earlier or later, passed on as heard
    ['成人式の開催日が去年より少し遅くなるかもしれないと耳にしました。', 'unofficial/'],
    ['運動会の日程が1週間ほど早まるらしいです。', 'unofficial/'],
    // R300S-006 kind: insiders as the source of what was picked up
    ['花火大会に有名な歌手が来るかも、と関係者から小耳に挟みました！', 'unofficial/rumour'],
    ['白秋祭のゲストについて、関係者から耳にしたところでは大物らしいです。', 'unofficial/'],
    // R302K-004 kind: an official's remark about a coming closure at an informal district gathering
    ['先週の町内の集まりで、副市長が「あの体育館は近いうちに取り壊すことになる」と話されていました。', 'unofficial/off-record'],
    ['懇親会で部長が「分館は来年度で閉館する予定」とおっしゃっていました。', 'unofficial/'],
    // R302K-030 kind: a plan passed on with the joining hearsay after a copula
    ['駅の西側に新しい図書館を建てる計画だそうで、楽しみです。', 'unofficial/rumour'],
    // R299D-003 kind: one person's call for what should be done, set against the city's course
    ['担当としては、もっと早く無料化すべきだと思っています。市の判断を待っていられません。', 'unofficial/personal-view'],
    ['個人的には今すぐ見直すべきだと考えています。行政の対応は遅すぎると感じます。', 'unofficial/personal-view'],
  ])('flags %s', (text, expected) => {
    expect(rules(text).some((x) => x.startsWith(expected) && x.includes(':warn'))).toBe(true)
  })
  it.each([
    // dates announced; a guest to be announced; a greeting at a gathering; a plan published; a staff member's duty
    '入学式は4月8日です（教育委員会発表）。',
    '今年の運動会は日程が早まりました。ご確認ください。',
    'スペシャルゲストは後日お知らせします。お楽しみに！',
    '市長が地区の集まりでごあいさつしました。',
    '新しい交流施設の基本構想を公表しました。',
    '担当として、これからも地域移行を丁寧に進めてまいります。',
    '市の方針を待っていられないという声もいただいております。',
    // JT-014 kind: a mascot's own favourite food kept secret in play
    'ここだけの話だけど…ガタロウの好物は、焼きたてのうなぎパイなんだ🤫 みんなにはナイショだよ〜！',
    'ぼくの好きなおやつは、じつはみかん大福なんだ😋 みんなにはヒミツね！',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))).toEqual([])
  })
  it('still warns a secret about staff moves', () => {
    expect(rules('ここだけの話、職員の異動が決まったらしい').some((x) => x.includes(':warn') || x.includes(':block'))).toBe(true)
  })
})

describe('unofficial: blind unreb21 kinds (the city’s plan in the press’s words, a stand against a cut named before the personal marker, a proposal heard from the council)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // R304W-006 kind: the city's own undecided plan reported as if from outside (構え, plan noun + とみられる)
    ['市は、市民プールの利用料を来年度から値上げする構えです。', 'unofficial/forecast'],
    ['市教委は、中学校2校を統合する方針とみられます。', 'unofficial/forecast'],
    ['市は駐車場を有料化する構えで、近く条例改正案を出す段取りとみられる。', 'unofficial/forecast'],
    // R304W-017 kind: a cut of the city's named first, then one person's stand against it
    ['今回のバスの減便、職員の私見ですが正直納得がいきません。', 'unofficial/personal-view'],
    ['公民館の休館日の変更と開館時間の短縮、個人的には反対です。', 'unofficial/personal-view'],
    // R304W-032 kind: a proposal still to be made in the council, heard from its side
    ['議員さんからお聞きしたところ、来月の議会で公民館の統合案が提出される予定とのことです。', 'unofficial/rumour'],
    ['議会の方から伺ったところ、次の定例会で学校給食費の無償化が提案されるとのことです。', 'unofficial/rumour'],
  ])('flags %s', (text, expected) => {
    expect(rules(text).some((x) => x.startsWith(expected) && x.includes(':warn'))).toBe(true)
  })
  it.each([
    '市は来年度からごみ袋料金を改定します（条例改正済み）。',
    '議会で可決されました。',
    '火災の原因は、ストーブの消し忘れとみられます。',
    '冷静な構えで、落ち着いて避難してください。',
    '担当者として、利用者の声をお聞きしながら進めます。',
    '開館時間の短縮について、ご理解のほどお願いいたします。',
    '私個人としては、今回の開館時間短縮でご不便をおかけし申し訳なく思っています。',
    '議会事務局に伺ったところ、傍聴は先着20名とのことです。',
    '議会の方から伺ったところでは、次の定例会は6月10日開会とのことです。',
    '6月定例会に提案する議案を公表しました。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))).toEqual([])
  })
})

describe('unofficial: blind misc22 review kinds (a resident\'s labelled voice is theirs; a hope for next year\'s event said at its party)', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each([
    // a resident's view inside a voice labelled as theirs (参加者の声：「個人的には…べきだと思います…」)
    '参加者の声：「個人的には、もっと早く避難所を開くべきだと思います。市の判断を待っていては間に合わないので、自主避難しました」',
    '利用者の方の感想「個人的には、もっと早く開館時間を延ばすべきだと思います。市の対応は遅すぎると感じます」',
    // an organiser's hope for the next edition of the event, said at its party
    '打ち上げで館長が「来年も体験コーナーを新設したい」と笑顔で話していました。',
    '懇親会で課長が「次回も子ども向けの工作教室を増やしたいね」と話していました。',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each<[string, string]>([
    // hard negatives: the writer's own view, a staff label, a closure or a move let out at a party stay flagged
    ['個人的には、もっと早く避難所を開くべきだと思います。市の判断を待っていては間に合いません。', 'unofficial/personal-view'],
    ['担当職員の声：「個人的には、もっと早く避難所を開くべきだと思います。市の判断を待っていては間に合わないので」', 'unofficial/personal-view'],
    ['打ち上げで館長が「来年は会場を駅前に移したい」と話していました。', 'unofficial/off-record'],
    ['打ち上げで市長が「来年も入場料を無料にしたい」と話していました。', 'unofficial/off-record'],
  ])('flags %s', (text, expected) => {
    expect(rules(text).some((x) => x.startsWith(expected))).toBe(true)
  })
})

describe('unofficial: review of d6c3fa8d (rvunreb55), the city’s own department or mayor asked on the record is the city speaking; a cut said in a verb before one person’s stand', () => {
  const rules = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    '担当課にお聞きしたところ、補助金の申請受付は4月1日からで、予算がなくなり次第終了とのことです。',
    '市長に伺ったところ、来年も花火大会を継続するとのことです！お楽しみに。',
    '観光課にお聞きしたところ、川下りの乗船受付は9時からとのことです。',
    '副市長に伺ったところ、来年度もこの事業を継続するとのことです。',
    '開館時間が短くなることについて、ご理解をお願いします。',
  ])('passes %s', (text) => {
    expect(rules(text).filter((x) => x.includes(':warn') || x.includes(':block'))).toEqual([])
  })
  it.each<[string, string]>([
    ['議会の方から伺ったところでは、次の定例会で、市立図書館への指定管理者制度の導入が提案される運びとのことです。', 'unofficial/rumour'],
    ['議員さんからお聞きしたところ、来月の議会で公民館の統合案が提出される予定とのことです。', 'unofficial/rumour'],
    ['議会筋によると、来月の議会で条例改正案が提出されるらしい。', 'unofficial/rumour'],
    ['課長に伺ったところ、来年度は予算がつくらしいです。', 'unofficial/rumour'],
    ['開館時間が短くなることについて、私個人としては納得いきません。', 'unofficial/personal-view'],
    ['バスの便が少なくなることについて、職員の私見ですが納得いきません。', 'unofficial/personal-view'],
    ['公民館が閉館されることには、個人的には反対です。', 'unofficial/personal-view'],
    // team R222S-011: another body's department asked is not the city speaking of itself
    ['一方で、県の担当課から伺ったところでは、来季から漁業者向けの燃油補助を縮小する意向とのことです。', 'unofficial/rumour'],
  ])('flags %s', (text, expected) => {
    expect(rules(text).some((x) => x.startsWith(expected) && x.includes(':warn'))).toBe(true)
  })
})

describe('unofficial: stop 55, living up to its name (噂にたがわぬ, 噂どおり) is praise, not a rumour; an unpublished postcard is a work', () => {
  const flagged = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    '先日、取材でうなぎのせいろ蒸しをいただきました。噂にたがわぬ香ばしさで、おいしかったです。',
    '噂どおりの絶景でした。',
    '噂以上のおいしさ！',
    '北原白秋記念館で、白秋の未発表のはがき3通を初公開します。',
    // Blind JW-026 kind: a work unpublished until now, shown at last in the same sentence
    '北原白秋記念館では、これまで未発表だった白秋直筆のはがき3通を、11月1日から初公開します。',
    '未発表だった画家の作品20点を、市立図書館で一般公開します。',
    'ひな祭りの由来をご存じですか。そういう話があるらしいですよ。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
  it.each([
    '来年は課長が替わるという噂です。',
    '噂によると、来年は料金が上がるそうです。',
    '新しい図書館の場所は未発表です。',
    'これまで未発表だった新庁舎の設計図を、ここで先にお見せします。',
    // Blind R307X-015 kind: talk named back (そういう話があるらしい) passes on the sentence before
    '「川下りの新しいコースができる」と聞きました。そんな話があるらしいです。',
    '窓口で「駅の東口に大型ショッピングモールができる」とよく聞かれます。どうやらそういう話があるらしいですよ。',
  ])('still flags %s', (text) => {
    expect(flagged(text).length).toBeGreaterThan(0)
  })
})

describe('unofficial: blind round 56 (unof56), one staff member against the city’s course, hearsay of damage, a fee all but fixed, the building’s talk, an informant’s road, a merger with no date, a guest not to be told, a measure awaiting the council', () => {
  const flagged = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // Blind R308T-028, R309C-053, R310H-040, R311E-021 kind: the city's course told, then the writer's own stand against it
    ['市は公民館を2館に減らす方針ですが、個人的には今のまま残してほしいと思っています。', 'unofficial/personal-view'],
    ['市は新庁舎の建設を進めていますが、私は正直、反対です。', 'unofficial/personal-view'],
    ['市の方針は「ごみ袋の値上げ」ですが、担当者としては疑問に感じています。', 'unofficial/personal-view'],
    ['市はごみの分別を細かくする予定です。でも私個人としては、もう少し簡単にするべきだと思います。', 'unofficial/personal-view'],
    ['市はレンタサイクルを有料にしようとしていますが、担当の私としては納得できません。', 'unofficial/personal-view'],
    ['中央公民館を取り壊す計画が進んでいますが、私としては反対です。', 'unofficial/personal-view'],
    ['市は成人式を18歳で行う方針を決めましたが、職員の私としては20歳のままがよかったと思っています。', 'unofficial/personal-view'],
    ['市の方針とは異なりますが、私は公民館の統合はやめるべきだと思います。', 'unofficial/personal-view'],
    ['【中の人のつぶやき】\n市は花火大会を1日に短縮する方針です。ただ、2日間続けたほうがいいと思うんですよね。', 'unofficial/personal-view'],
    // Blind R311E-020 kind: one's priorities for the city's money, or a camp taken on its measure
    ['個人的には、イベントより道路の補修に予算を使ってほしいです。', 'unofficial/personal-view'],
    ['正直、市役所の移転には反対派です。', 'unofficial/personal-view'],
    // Blind R309C-056 kind: a levee or a bridge said to be cracked, leaking or tilting, second-hand
    ['沖端川の堤防から水が漏れているらしいです。', 'unofficial/rumour'],
    ['三柱橋の橋脚が傾いているそうです。通行の際はご注意を。', 'unofficial/rumour'],
    ['山の斜面に亀裂ができているみたいです。', 'unofficial/rumour'],
    // Blind R311E-010 kind: not official yet, the content all but fixed
    ['来年度から市民プールの利用料が500円になります。正式決定ではないですが、内容はほぼ決まっています。', 'unofficial/undecided'],
    ['ごみ袋の値上げ、正式にはまだですが、金額はほぼ固まっています。', 'unofficial/undecided'],
    // Blind R311E-017 kind: an official's course passed on as the building's talk
    ['市長、今期で引退するって役所の中じゃもっぱらの評判ですよ。', 'unofficial/rumour'],
    ['議長は今期限りで勇退されると、職員の間ではもっぱらの話です。', 'unofficial/rumour'],
    // Blind R311E-033 kind: a private informant's word on works a year or more ahead
    ['知り合いから聞いたところでは、来年の春には新しい橋が完成します。', 'unofficial/rumour'],
    ['県庁に勤める友人に聞いたら、新しいバイパスは再来年に完成するそうです。', 'unofficial/rumour'],
    // Blind R311E-035 kind: a merger or a closure told as fact with no date but a vague horizon
    ['近い将来、2つの保育園は統合されます。', 'unofficial/forecast'],
    ['いずれ中央公民館は廃止されます。今のうちにぜひご利用ください。', 'unofficial/forecast'],
    ['ゆくゆくは、三つの中学校が一校になるんです。', 'unofficial/forecast'],
    // Blind R311E-041 kind: told not to say it yet, then told
    ['口止めされてるんですが、来月のイベントに人気芸人さんが出演します！', 'unofficial/unannounced'],
    ['まだ言わないでねって課長に念を押されてるんだけど、川下りの新しいコースができるんだ〜', 'unofficial/unannounced'],
    // Blind R311E-051 kind: the measure stated as settled, the council's vote awaited as the last step
    ['来年度から、中学生まで医療費が無料になります。あとは議会次第ですが、ほぼ間違いありません。', 'unofficial/undecided'],
    ['4月から市民プールの利用料が半額になります！議会の承認を待つだけです。', 'unofficial/undecided'],
    ['来年度から給食費が無料になります！残るは議会の議決だけです。', 'unofficial/undecided'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text).some((x) => x.startsWith(expected) && x.includes(':warn'))).toBe(true)
  })
  it.each([
    // the course supported, the readers asked to join, a taste, the weather, the writer agreeing
    '市は移住支援を進めています。私としては、もっと多くの方に柳川の良さを知ってほしいと思っています。',
    '市は防災訓練を毎年行っていますが、私個人としては、若い世代の方にもぜひ参加してほしいです。',
    '市は子育て支援に力を入れています。私個人としても大賛成です。',
    '市は来年度から新しい図書館を開館する予定です。個人的には、カフェスペースが楽しみです。',
    '市は花火大会を開催する予定ですが、個人的には雨が降らないでほしいです。',
    '市は来年度からごみ袋を値上げする方針です。私としては、反対の立場の方のご意見も大切にしたいと考えています。',
    '市は新しい制度を始めました。私としては、納得できない点があれば窓口でご相談いただきたいです。',
    '市の方針とは異なる情報がSNSで出回っていますが、正しくは市ホームページをご確認ください。',
    '正直、目玉焼きには醤油をかけてほしい派です。担当のひとりごとでした。',
    '【担当のひとりごと】\n市は今年も花火大会を開催します。ただ、雨が心配ですね。',
    // damage checked or repaired by the city, an echo's name
    '堤防に亀裂が入っていないか、職員が点検しました。',
    '体育館の外壁にひびが入っていたため、改修工事を行います。',
    '橋の名前の由来は、鐘のひびきだそうです。',
    // a name not official, a programme coming together with its announcement promised
    '新しい公園の愛称は、まだ正式ではありませんが「ほりわりパーク」の名前で親しまれています。',
    '夏祭りの内容はほぼ固まってきました！詳しくは来週お知らせします。',
    // praise among the staff, an instruction in the building
    '職員の間では、新しい食堂のランチがおいしいともっぱらの評判です。',
    '庁舎の中では、エレベーターが混むので階段を使うよう言われています。',
    // an informant's small talk; the prefecture's own schedule; a road reopening after a storm
    '近所の方から聞いたところ、今年も見事な藤が咲いているそうです。',
    '県によると、有明海沿岸道路の次の区間は来年春に開通する予定です。',
    '台風の影響で通行止めになっていた県道は、明日には開通する見込みです。',
    // a dated merger, one under a published plan, an anniversary, a dream, both halls closed for the holidays
    '矢留小学校と城内小学校は、令和9年4月にひとつの学校になります。',
    '再編計画に基づき、あと数年で2つの保育園は統合されます。',
    'あと数年で創立100周年を迎えます。',
    'いずれは自分のお店を持つのが夢です。',
    '両館はいずれも年末年始は閉館します。',
    // a mascot's harmless secret, a guest announced, a childhood lesson
    'まだ言っちゃダメって言われてるんだけど…ほりわりん、実はうなぎが苦手なんだ🤫',
    'まだ内緒って言われてるけど、ほりわりんの好きな色は青だよ！',
    '今年の白秋祭には、歌手の〇〇さんがゲストで来てくれます！（実行委員会発表）',
    '小さい頃、親から「人の秘密は言っちゃダメ」と言われて育ちました。',
    // the council's step announced or already taken
    '条例案を6月議会に提出します。議会の判断を待って、来年度から実施する予定です。',
    '給食費の無償化が3月議会で可決されました。来年4月から無料になります。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('unofficial: blind round 57 (unof57), a change told as likely, a staff preference against a plan under comment, a measure all but fixed, an acquaintance’s news, a fee’s rise with its amount open, a measure before the council, a person’s own goal', () => {
  const flagged = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // Blind R312P-001, R315E-020, R315E-059 kind: a service's frequency, a revival or a closure a year ahead, told as likely or as the course set
    ['広報やながわ、来年度からは月1回の発行になるかもです📰', 'unofficial/forecast'],
    ['市報は来年度から隔月の発行になるかもしれません。', 'unofficial/forecast'],
    ['ごみの収集、来年度からは週1回に減りそうです…', 'unofficial/forecast'],
    ['市報は来年の春から休刊になるかもしれません。', 'unofficial/forecast'],
    ['来年の白秋祭、花火が復活することになりそうです🎆', 'unofficial/forecast'],
    ['川下りの夜便、来年は復活するかもです！', 'unofficial/forecast'],
    ['大和支所の窓口は、再来年の春には閉まる流れになっています。', 'unofficial/forecast'],
    ['三橋出張所の窓口は、来年度いっぱいで閉まる流れです。', 'unofficial/forecast'],
    ['市民プールは有料になる流れになってきています。', 'unofficial/forecast'],
    // Blind R312P-052 kind: one of the staff preferring the present state to the city's plan (its 案 conceded, or its course told)
    ['パブリックコメント中の図書館移転案ですが、担当の一人としては、正直いまの場所のままのほうが市民にとって使いやすいと思っています。', 'unofficial/personal-view'],
    ['バスのルート見直し案ですが、職員のひとりとしては、今のルートのままのほうが便利だと感じています。', 'unofficial/personal-view'],
    ['市は公民館を統合する方針ですが、私個人としては、今の公民館のほうが地域に合っていると考えています。', 'unofficial/personal-view'],
    ['意見募集中の保育園再編案ですが、一職員としては、現状のままのほうがいいと思っています。', 'unofficial/personal-view'],
    // Blind R315E-036 kind: a measure as the topic said all but fixed (zero-width characters inside too), a site said the strong pick
    ['柳川市と近隣2町の消防本部の統合は、令和9年度でほぼ固\u200bまりました。', 'unofficial/undecided'],
    ['2つの保育園の統合は、大筋でまとまっています。', 'unofficial/undecided'],
    ['駐車場の有料化は、ほぼ固まりました。', 'unofficial/undecided'],
    ['新しい本部の場所は、旧中学校の跡地が有力です。', 'unofficial/forecast'],
    // Blind R315E-046 kind: news still to come, closed by an acquaintance named as its source
    ['有名な旅行雑誌の次の号で、柳川が巻頭特集になるそうです！出版社にいる知り合いから聞きました。', 'unofficial/rumour'],
    ['テレビの旅番組で、今度柳川が取り上げられるそうです。放送局に勤める友人から聞きました。', 'unofficial/rumour'],
    ['次の号の情報誌で、うなぎ特集が組まれるみたいです。知人から教えてもらいました。', 'unofficial/rumour'],
    // Blind R315E-053 kind: a fee's rise by a rough amount, the amount itself said not fixed
    ['指定ごみ袋の価格は、来年4月から1枚あたり10円ほど上がります。具体的な金額は決まり次第お知らせします。', 'unofficial/forecast'],
    ['公民館の使用料は、来年度から1回200円ほど上がります。正式に決まりましたらお知らせします。', 'unofficial/forecast'],
    ['市営駐車場の料金は、来年度から100円程度値上げします。金額は現在調整中です。', 'unofficial/forecast'],
    // Blind R315E-054 kind: a measure stated with its year while the council has not had it, agreed among the sections concerned
    ['老朽化が進む市立図書館は、令和10年度に御花周辺へ移転・新築します。まだ議会にはかかっていませんが、来年度から設計に入ります。', 'unofficial/undecided'],
    ['議会にはまだ上がっていない話ですが、旧庁舎は再来年に取り壊します。', 'unofficial/undecided'],
    ['北部の2つの小学校は来年度中に統合します。議会にはかかっていませんが、準備を始めます。', 'unofficial/undecided'],
    ['市民体育館の建て替えは、関係部署の間ではもう話がまとまっています。', 'unofficial/undecided'],
    // JY-039 kind, the other side: a body's plan or a change told as someone's goal or wish is still hearsay
    ['課長は来年、窓口を統合したいんだそうです。', 'unofficial/rumour'],
    ['市は来年、図書館を移転するのが目標だそうです。', 'unofficial/rumour'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text).some((x) => x.startsWith(expected) && x.includes(':warn'))).toBe(true)
  })
  it.each([
    // a procedure's or a day's flow, a daily closing, a revival past, nature's revival, a rhythm held
    '申請書を受け付けたあと、審査をして補助金を交付する流れになっています。',
    '当日は受付のあと、説明を聞いてから体験する流れです。',
    '窓口は平日17時に閉まります。',
    'プールは冬の間は閉まっています。来年の夏にまたお会いしましょう。',
    '3年ぶりに花火大会が復活しました！たくさんのご来場ありがとうございました。',
    'ホタルが少しずつ復活しつつあります。',
    'この教室は毎月1回開催しています。',
    '広報やながわは毎月1日に発行しています。',
    '広報やながわは年末年始も休刊せず発行します。',
    // a staff member agreeing or inviting views, residents' views reported, a design liked
    '担当の一人としても、この取り組みを多くの方に知ってほしいと思っています。',
    'パブリックコメント中の計画案です。担当の一人として、皆さんのご意見をお待ちしています。',
    'ごみの分別方法の変更案ですが、いまの分け方のほうがわかりやすいというご意見もいただいています。',
    // an event's content settling, a race's favourite, a published design
    '閉校式の内容もほぼ固まりました。',
    '優勝は地元の高校が有力です。',
    '見頃は来週末が有力です。',
    '新庁舎の設計案はほぼ固まりました。市ホームページで公表しています。',
    // a name or a taste learnt from a neighbour
    'この花の名前は、近所の方から教えてもらいました。',
    '柳川のうなぎのせいろ蒸しはとてもおいしいそうです。知り合いから聞きました。',
    // a fee decided, a market's price, a form still to come
    '指定ごみ袋の価格は、4月1日から1枚50円に改定されます。詳しくは市ホームページをご覧ください。',
    '道の駅の野菜が10円ほど値上がりします。詳しくは決まり次第お知らせします。',
    '公民館の使用料は、4月から1回200円上がります。申込方法は決まり次第お知らせします。',
    // a measure passed or published, a bill only pending
    '2つの小学校は来年度中に統合します。市議会で可決されました。',
    '市立図書館は令和10年度に移転します。詳しくは市ホームページをご覧ください。',
    'この件はまだ議会にはかかっていません。今後の予定が決まり次第お知らせします。',
    // JY-039 kind: a person's own goal, dream or wish told from an interview
    '【若手職員インタビュー】\n\n市民課で2年目を迎えた中園翔太さん。\n\n来年は、手話での窓口案内に挑戦するのが目標だそうです。',
    '将来は柳川の川下りの船頭になるのが夢だそうです。',
    '今年の目標は、簿記2級に合格することだそうです。',
    'いつか全国大会に出たいんだそうです。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('unofficial: blind JZ-059 kind, ここだけの話 before a sightseeing tip', () => {
  const flagged = (text: string) => summary(findingsOf(unofficial, text)).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each([
    'ここだけの話、夕方の沖端の掘割はとっておきの撮影スポット🌇 17時ごろ、水面が一面オレンジ色に染まります。',
    'ここだけの話、朝いちばんの川下りは人が少なくて穴場なんです。',
    'ナイショだけど、からたち文人の足湯の裏手が桜の絶景ポイントだよ🌸',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
  it.each([
    'ここだけの話、来年から川下りの料金が上がるらしいです。',
    'ここだけの話、あのお店は穴場ですが、来月閉店するそうです。',
  ])('flags %s', (text) => {
    expect(flagged(text).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
})

describe('unofficial: blind R316M-052 kind, an event called off told as likely or on hearsay (取りやめになるかもしれないみたい)', () => {
  const flagged = (text: string) => summary(findingsOf(unofficial, text)).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each(['白秋祭の花火大会、今年は警備の人手が足りなくて取りやめになるかもしれないみたいです。', '花火大会、今年は取りやめになるみたいです。'])('flags %s', (text) => {
    expect(flagged(text).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
  it.each(['雨天の場合は取りやめとなります。', '荒天のため、本日の川下りは取りやめとなりました。', '大雨のため花火大会は取りやめになりました。'])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('unofficial: review of 4fc3d0ed/f9033116 (rv/unof), ordinary city posts the unof56/57 patterns flagged', () => {
  const flagged = (text: string) => summary(findingsOf(unofficial, text)).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each([
    // personal-view: someone else's doubt (…が疑問に思うこと, 疑問に思う方の声) is no stand of the writer's
    '市は来年度からごみ袋を有料化する方針です。私としては、疑問に思う方の声にも一つひとつ丁寧にお答えしていきます。',
    '市は学校の統合について検討を進めています。私としては、保護者の皆さんが疑問に思うことを説明会でしっかりお聞きしたいと考えています。',
    // personal-view: a wish addressed to residents for their own use or pace
    '市は公共施設の再編計画を進めています。ただ、担当としては、今ある施設を大切に使ってほしいと思っています。',
    '市は子育て支援に力を入れています。ただ、私個人としては、お父さんたちにも育休をもっと使ってほしいと思っています。',
    '市はごみの減量を目指しています。ただ、担当の私としては、無理のない範囲で続けてほしいと思っています。',
    // personal-view: a spending wish asked of the residents or quoted as their voice
    '【担当のひとりごと】市民アンケートでは、税金をどこに使ってほしいかをお聞きしています。ぜひご回答ください！',
    '【中の人のつぶやき】ふるさと納税では、寄付のお金を何に使ってほしいか選べるんです。知ってました？',
    '【職員のひとりごと】予算の説明会では「お金をもっと防災に使ってほしい」という声をたくさんいただきました。しっかり検討します。',
    // undecided: an event's programme or stalls all but fixed before their announcement
    '白秋祭のプログラムは、内容がほぼ決まっています。正式な発表は来月の予定です。詳しいご案内をお楽しみに！',
    '夏祭りの出店内容はほぼ決まっています。正式なお知らせは来週です！料金などの詳細もそこでお伝えします。',
    // rumour: praise of staff among the staff
    '館長は子どもたちへの読み聞かせが上手だと、職員の間ではもっぱらの評判です。',
    '市長は毎朝いちばんに庁舎に出ると、職員の間ではもっぱらの評判です。',
    // forecast: a shortage (足りなくなる) is no closure
    '寄贈本がどんどん増えていて、近いうちに図書館の書架が足りなくなります。ご寄贈は一時お休みさせていただきます。',
    'このままでは、近い将来プールの監視員が足りなくなります。夏のアルバイトを募集中です！',
    // rumour: a crack relayed in the city's own works notice
    '点検の結果、三柱橋の橋脚にひびが見つかったそうです。安全のため、本日から当面の間、通行止めとします。',
    '市道沖端線で水道管が破損し、路面に亀裂が入っているそうです。現在復旧作業中のため迂回をお願いします。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
  it.each([
    '市は来年度からごみ袋を有料化する方針です。私としては、疑問に思います。',
    '市は公共施設の再編計画を進めています。ただ、担当としては、今の公民館を残してほしいと思っています。',
    '【担当のひとりごと】税金はもっと道路に使ってほしいです。',
    '市長は次の市長選には出ないつもりだと、職員の間ではもっぱらの評判です。',
    'いずれ公民館はなくなります。',
    '三柱橋の橋脚にひびが入っているそうです。',
    '公民館の統合案は、内容がほぼ決まっています。正式な発表は来月の予定です。',
  ])('flags %s', (text) => {
    expect(flagged(text).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
})

describe('unofficial: blind unof58 kinds, an undecided matter told as settled in ordinary words', () => {
  const flagged = (text: string) => summary(findingsOf(unofficial, text)).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each([
    // R319D-009 kind: a plan's content said to be settling (ことで話がまとまりつつあります)
    '市民プールの運営は、指定管理者に任せることで調整がまとまりかけています。',
    '中学校の統合は、来年度から段階的に進めることで話が固まりつつあります。',
    '道の駅の建て替えは、民間の資金を使う手法で話が進んでいます。',
    '駐車場は有料にすることで話がつきそうです。',
    // R319D-002 kind: an outcome all but fixed while the deciding body has not concluded, or told as the staff's mood
    '検討委員会の答申はこれからですが、学校の統合は2校案でほぼ固まっています。',
    '庁内では、新しい図書館は駅前でほぼ決まりという空気です。',
    '審議会の結論はまだ出ていませんが、新しいごみ処理施設は大和町の候補地でほぼ決まりです。',
    // R319D-013 kind: the briefing conceded as still to be held, then the measure stated as settled
    '地元説明会はこれからですが、旧公民館は来年3月で閉館します。',
    '住民の皆さまへの説明の前ですが、4月から市民プールは有料になります。',
    '保護者への説明会はまだですが、来年度から中学校の部活動は地域クラブに移行します。',
    // R319D-025 kind: the deliberation only just begun, then the outcome stated
    '検討委員会で議論を始めたばかりですが、来年度から市民会館の使用料は2割上がります。',
    '運営協議会での話し合いがスタートしたところですが、再来年度から図書館の休館日は週2日になります。',
    // R319D-015 kind: a date ahead promised in the formal voice of expectation
    '来年の春には新しい体育館を完成させられるものと見込んでおります。',
    '来年度には駐車場を有料にできると考えています。',
    '地域の要望が強い橋の架け替えは、再来年には着工できると考えております。',
    // R319D-023 kind: a decision guessed as a noun (決まりのようです)
    '市内の小学校の再編は、3校を1校にまとめることで決まりのようです。',
    'ごみ袋の値上げ、来年度からで決まりみたいですね。',
    '新しい図書館は駅前で決まりっぽいです。',
    // R319D-030 / R320M-043 kind: a start a year ahead foretold (運びです, 見込み)
    '新しい循環バスは、来年の春から走らせる運びになりそうです。',
    '市民会館の建て替えに合わせ、再来年から新しい窓口サービスが導入される運びです。',
    '令和9年度から、新しい路線バスの運行が始まる見込みです。',
    '来年度から、小学校の給食費の無償化が実施される見\u200b込\u200bみです。',
    // R319D-055 kind: what a site will become, passed on
    '旧三橋中学校の跡地は、地域の防災拠点として整備されるそうです。',
    '跡地は市営住宅になるらしいです。',
    '旧庁舎は子育て支援施設に生まれ変わると聞いています。',
    // R320M-025 kind: the city's course said not worth pursuing, after 正直に書くと
    '市は中心市街地の再開発を進めていますが、正直に申せば、多額の費用をかけてまで推し進めるべき事業ではないと思っています。',
    '市では新しい体育館の建設を計画していますが、担当として正直に書きますと、今のまま急ぐべきではないと感じています。',
    '市は駅前の再開発を進めていますが、私個人としては、これ以上続けるべきではないと感じています。',
    // KB-049 kind kept apart: 非公表 of a pending matter is still the stage word
    '新庁舎の候補地は非公表です。',
    '協議の中身はまだ非公表なんですが、来年度から変わります。',
  ])('flags %s', (text) => {
    expect(flagged(text).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
  it.each([
    // decided and announced plans
    '地元の皆さんと協議した結果、来年も開催することで話がまとまりました。',
    '総合体育館の建て替えはPFI方式で進めることを、議会で可決いただきました。',
    '委員会で協議した結果、新庁舎の建設場所は駅東側の市有地に決定しました。',
    '審議会の答申を踏まえ、来年度から燃やすごみの収集を週1回とすることを決定しました。',
    '公共施設の再編計画を策定し、市ホームページで公表しました。旧公民館の跡地は公園になります。',
    '市議会で可決され、令和9年度に2つの保育園を統合して一つの園になります。保護者説明会は来月開催します。',
    '2つの保育園の統合が決定しました。保護者説明会はこれからです。',
    '令和9年度に2つの保育園を統合します。保護者説明会はこれから開催します。',
    '議会で予算が可決されました。令和9年度には着工できると考えております。',
    '川下りの夜間運航は、来年度から通年で実施します。',
    // 予定 of announced events, formal reports of an arrangement
    '白秋祭は11月1日から3日まで開催の予定です。水上パレードは2日に行われます。',
    'このたび、下記のとおり開催の運びとなりました。',
    '駅前広場は3月末に完成し、4月1日から供用開始の運びとなります。',
    '台風の影響で、明日の始発から運行が始まる見込みです。',
    // shared words, other senses
    'マイナンバーカードを使うことで、手続きが早く進みます。',
    '地域の皆さんと話し合うことで、防災への意識が高まります。',
    '検討委員会の結論はまだ出ていません。結論が出ましたらお知らせします。',
    '職員の間では、今年の夏祭りも盛り上がりそうという雰囲気です。',
    '説明会はまだ先ですが、資料は市ホームページで公開しています。',
    '皆さまのご協力で、ごみの量を減らすことができると考えております。',
    'この制度により、手続きの時間を短縮できると考えております。',
    '旧校舎は現在、公民館として使われています。',
    '跡地は公園として整備され、来月オープンします。',
    '跡地は、住民の皆さんのご意見を伺いながら活用方法を検討していきます。',
    '市は熱中症対策を進めています。私としては、暑い日に無理に外出するべきではないと思います。',
    '正直に書くと、今回の台風では職員も寝ずに対応しました。',
    '市は健康づくりを進めています。ただ、体調が悪い日は無理にウォーキングを続けるべきではありません。',
    // KB-049 kind: a detail withheld as the city's handling
    '【第20回 白秋こども短歌大会 結果発表】\n\n入賞作品は、12月1日から市立図書館で展示しています。なお、入賞者のお名前は、ご本人・保護者の希望により一部非公表としています。',
    '審査員の講評は非公表とします。',
    '応募者の氏名は非公表とします。',
    '選考の経過は非公表とさせていただきます。',
    '受賞者の住所は、個人情報保護のため非公表です。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('unofficial: blind KC-016 kind, a rumour as the thing a course or column checks (ネットの噂、その真相は？)', () => {
  const flagged = (text: string) => summary(findingsOf(unofficial, text)).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each(['体育館が閉まるという噂、その真相はまだ分かりません。', '新しい体育館は来年できるという噂です。', '市役所の移転の噂、本当みたいですよ。'])('flags %s', (text) => {
    expect(flagged(text).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
  it.each([
    '【市民講座】ネットの噂、その真相は？ 〜情報を見極める力を身につけよう〜',
    '噂の真偽を見極める力を身につけましょう。',
    'ネットの噂を検証する講座です。',
    '災害時に広がる噂と事実の見分け方を学びます。',
    'この講座では、実際に広まった噂の真相を専門家が解説します。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('unofficial: review of unof58 (rv/misc), ordinary city posts sharing the new patterns\' words', () => {
  // Kinds fixed: the personnel notice said to be ahead with no one named (人事異動の内示はまだ先です); staff buzz about a popular thing (職員の間で
  // 噂になっているパン屋さん, 話題になっている絵本); 決まりのよう about a lunch, a match or an outing; an effect hoped for by a means (…の導入により、
  // 待ち時間を短縮できると考えております); a works' or a facility's start a year ahead (供用が始まる見込み); a works briefing before works start;
  // an activity planned with residents (地元の皆さんと一緒に…する形で、話が進んでいます); a site's use after the use was decided; a guess marked as
  // fancy (…かも!?…なんて想像しながら); 運び after the budget was passed.
  const flagged = (text: string) => summary(findingsOf(unofficial, text)).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each([
    // the violations beside them stay caught
    '田中さんに異動の内示が出たらしいです。',
    '職員の間では、ごみ袋が値上げされるという噂です。',
    '市内の小学校の再編は、3校を1校にまとめることで決まりのようです。',
    '新しい図書館は駅前で決まりっぽいです。',
    '中学校の部活動の地域移行、柳川市は2年後にすべての部活を地域クラブへ切り替えることで決まりのようです。',
    '来年度には駐車場を有料にできると考えています。',
    '令和9年度から、新しい路線バスの運行が始まる見込みです。',
    '地元説明会はこれからですが、旧公民館は来年3月で閉館します。',
    '道の駅の建て替えは、民間の資金を使う手法で話が進んでいます。',
    '跡地は市営住宅になるらしいです。',
    '跡地は市営住宅になるかも！',
    '市民会館の建て替えに合わせ、再来年から新しい窓口サービスが導入される運びです。',
  ])('flags %s', (text) => {
    expect(flagged(text).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
  it.each([
    '人事異動の内示はまだ先です。',
    '人事異動の内示は例年3月中旬です。年度末は窓口が混み合いますのでご注意ください。',
    '職員の間で噂になっているパン屋さんに行ってきました。',
    '職員の間で話題になっている絵本を、図書館でご紹介します。',
    'SNSで噂になっているかき氷を食べてきました！',
    '今日のお昼は、みんなでうなぎのせいろ蒸しで決まりのようです😋',
    '優勝は柳川中学校で決まりのようです！みなさん、おめでとうございます🎉',
    'この週末は、お堀めぐりで決まりみたいですね！',
    '新しいシステムの導入により、来年度から窓口の待ち時間を短縮できると考えております。',
    '来春には新駅舎の供用が始まる見込みです。（工事は予定どおり進んでいます）',
    '工事説明会はまだですが、4月から下水道工事が始まります。日程は回覧でお知らせします。',
    '地元の皆さんと一緒に花壇を整備する形で、話が進んでいます！完成したらまたご報告しますね。',
    '跡地の活用方針を決定しました。旧三橋中学校の跡地は、令和9年春に防災公園として整備される見込みです。',
    '旧校舎がキャンプ場に生まれ変わるかも!?…なんて想像しながら、今日は廃校めぐりツアーを開催しました。',
    '3月議会で予算が可決され、来年度から実施される運びです。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('unofficial: blind unof59 kinds, undecided changes told as settled, foretold or heard', () => {
  const flagged = (text: string) => summary(findingsOf(unofficial, text)).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each([
    // R323D-002 kind: an undecided works' start foretold with でしょう or 早ければ…には
    '道路の延伸は、あと三年ほどで着工となるでしょう。',
    '県との協議は順調で、再来年には新庁舎の建設に着手することになるでしょう。',
    '県の担当者とも話しましたが、早ければ来年度にも駅前の再開発に着工します。',
    // R323D-009 kind: a change told plainly, then put down to talk pointed back to
    '来年度から市民プールが有料になります。先日、地区の会合でそんな話が出ていました。',
    '4月から小学校の給食費が上がります。PTAの集まりで、そういうお話を伺いました。',
    '循環バスは来年の春で廃止になるみたいで、その話は商店街で耳にしました。',
    // R323D-024 kind: a cancellation or a postponement all but fixed
    '今年の花火大会は、中止でほぼ決まりです。',
    '秋のマラソン大会は延期でほぼまとまっています。正式には来月の実行委員会で決めます。',
    '本年の灯籠流しは、見送りでほぼ固まっております。正式な決定は理事会ののちにお知らせします。',
    // R323D-030 / R324M-045 kind: a gift's content or an event's scale cut
    '来年のふるさと納税、のりの返礼品は品数が少なくなりそうです。',
    '出演者が集まらなくて、パレードの規模が小さくなるかもしれません。',
    '返礼品のうなぎは、来年度から内容量が減ると聞きました。',
    // R323D-037 kind: a grant's top-up doubled
    '来年度は、出産祝い金が倍額になる見込みです。',
    '移住支援金の子育て加算は、来年度から2倍になるそうです。',
    // R323D-040 kind: a change arranged in the formal voice while worked out inside
    '市民プールは、来年度から有料となる運びとなっております。現在、関係課と調整しております。',
    '保育料の第二子無償化は、来年度より実施されることとなっております。詳細は庁内で検討中です。',
    // R323D-043 kind: a period lengthened in kana or with 伸びる
    '今年の白秋祭、会期がのびるらしいよ！',
    'ひな祭りの開催期間が例年より伸びそうです。',
    // R323D-047 kind: ほぼ確定 is no decision, a figure with it is no published estimate
    '下水道使用料の値上げ、来年4月から月300円ほどでほぼ確定しました。まだ審議会の答申前です。',
    '答申前ですが、来年4月からごみ袋は1枚10円値上げになります。',
    // R323D-051 kind: hearsay in hiragana
    'ぼく、らいねんから あたらしい なかまが できるって きいたよ〜！',
    '新しいマスコットができるときいたよ！',
    // R323D-052 kind: a company's move and its jobs passed on
    '大手の家電メーカーが市内に進出するらしいです。',
    '工業団地に新しい工場が建って、200人くらいの雇用が生まれるそうです。',
    // R323D-055 kind: the staff member's stand against the city's plan in the negative potential
    '市が進める駅前再開発には、正直なところ私も同意できずにいます。',
    '図書館の移転計画について、個人的には賛成できずにいます。',
    // R324M-025 kind: a fee from one amount to another with が
    'ごみ袋は、来年度から1枚５０円が７０円になる見込​みです。議会の議決はまだですが、お知らせします。',
    '乗船料は大人1,500円が1,800円に上がるかもしれません。',
  ])('flags %s', (text) => {
    expect(flagged(text).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
  it.each([
    // decided and announced changes, events' schedules, a procedure's turnaround
    '審議会の答申を受け、ごみ袋の値段を1枚10円引き上げることが決定しました。',
    '来年度から開館時間を延長いたします。現在、庁内で詳細を調整しております。',
    '本事業は議会で可決され、来年度から実施される運びとなっております。詳細は関係課と調整しています。',
    'ご来館の際は受付で記帳いただくことになっております。現在、庁内で感染対策を検討中です。',
    '申請から早ければ翌月には給付金が支給されます。',
    '工事は早ければ来月にも完了する予定です。',
    '早ければ今月中にも開花が始まります。',
    '早ければ早いほど効果があります。',
    'お申し込みが早ければ、ご希望の日時でご案内できます。',
    // でしょう of the weather, a crowd or a wish
    '明日は晴れとなるでしょう。',
    '週末は多くの人出となるでしょう。',
    '新しい図書館は市民の憩いの場となるでしょう。',
    '会期中はさげもんめぐりの会場が混雑するでしょう。',
    // residents' voices, a change past, a vote reported, the city's own briefing
    '来年度から図書館の開館時間を延長します。利用者アンケートでも、そうした声が多く寄せられていました。',
    '昨年度で巡回バスは廃止されました。その話を聞いて、残念に思う方も多いと思います。',
    '来年度から駐車場が有料になります。3月議会で、その案が可決されました。',
    '来月、川下りの料金が改定されます。先日の説明会で、そうしたお話をさせていただきました。',
    '新しい公園が来月オープンします。子どもたちにその話をすると、とても喜んでいました。',
    // shrinking, shops and jobs of other kinds
    'ごみの量が減ることになりそうです。',
    '今年は規模を小さくして開催しました。',
    '会場の都合で、例年より規模を縮小して開催します。',
    '市内の企業では、毎年10人程度の採用があるそうです。',
    '大手スーパーが出店しているので便利です。',
    '受付時間が伸びて便利になったそうです。',
    // a nearly-done thing that is no measure, prices in a sale
    '大会の中止でほぼ全員が帰宅しました。',
    '通常500円が、本日は300円になります！',
    '大人1人1,000円が、団体割引で800円になります。',
    'アンケートでは「賛成できない」という意見もありました。',
    '市が進める防災の取り組みについて、ご意見をお寄せください。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('unofficial: review of unof59 (rv/runof59), ordinary city posts sharing the new checks\' words', () => {
  const flagged = (text: string) => summary(findingsOf(unofficial, text)).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each([
    // hearsay of a benign public fact about something called new: a shop opened, a place busy, a thing liked
    '駅前に新しいお店ができて、にぎわっているそうです。',
    '新しくできた公園は、休日になると家族連れでにぎわっているそうです。',
    '駅前に新しいパン屋さんがオープンして、行列ができているそうです。',
    '新しいカフェができたらしいよ！',
    '新しい遊具が入った公園、子どもたちに大人気なんだって！',
    '新しい市民ホール、すごくきれいなんだって！',
    // a decided change announced, its detail said to be set inside or announced once decided
    '来年度から図書館の開館期間を延長することとなりました。開始日は庁内で調整中です。',
    '夏休み期間中の開館時間を延長することとなりました。開始日は庁内で調整中です。',
    '窓口の受付時間を変更することとなりました。具体的な日程は庁内で調整中です。決まり次第お知らせします。',
    '詳細は庁内で検討しております。決まり次第お知らせします。',
    '令和7年4月から開館時間を延長することとなっております。詳しい時間は現在、関係課と調整中です。決まり次第お知らせします。',
    // a day's event called off for the weather
    '大雨のため、本日のイベントは中止でほぼ決まりです。最終判断は午前7時にお知らせします。',
    // jobs at a company already there, or with a source named
    '工業団地に立地した工場では、100人規模の採用があるそうです。地元の皆さんもぜひ応募してください。',
    'ハローワークによると、今月は30人以上の求人があるそうです。',
    // readers who heard the talk (a relative clause), not the writer's source
    '4月から市民プールが有料になります。そういう話を聞いた方も多いかもしれません。',
    // a stand given up, told in the past
    '市が進める子育て支援について、正直、職員の私も同意できずにいた時期がありましたが、今はその大切さを実感しています。',
    // the brief's examples: the city's own delivery, a decided smaller event, a company come, a published fee revision
    'ご注文いただいた記念品は、早ければ今月中にも発送します。',
    '会場の工事のため、今年は規模を小さくして開催します。',
    '企業が進出しました。',
    '令和7年3月議会で議決された料金改定により、4月1日からごみ袋1枚50円が70円になります。',
    '新しい図書館の工事は順調に進んでおり、早ければ年内にも完成する予定です。',
    '3月に立地協定を締結した〇〇株式会社が、市内に進出します。約50名の雇用が見込まれます。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
  it.each([
    // still caught: something new still to come, a change heard, a detail that is a fee, a change still in the making
    '新しいお店が来年できるらしいです。',
    '新しい体育館は来年度から有料になるそうです。',
    '新しくできる公園は、子どもたちにも人気になりそうだそうです。',
    '来年度から保育料を値上げする方向です。開始日は庁内で調整中です。',
    '来年度から開館時間を延長することとなりました。料金は庁内で検討しています。',
    '市民プールの有料化は、庁内で調整中です。',
    '実施方法は、民間委託も含めて庁内で検討中です。',
    '市内に大手物流会社の大型倉庫ができて、300人規模の採用があると聞きました。',
  ])('flags %s', (text) => {
    expect(flagged(text).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
})

describe('unofficial: blind misc60 kinds (R327D-005, R328M-005, KH-046, R326H-034), a staff verdict against a decided course, a rumour corrected', () => {
  const flagged = (text: string) => findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block').map((f) => f.rule)
  it.each([
    // R327D-005 kind: the city's decision told (判断をしましたが, ことに決めましたが), then one staff member's hindsight verdict against it
    '市は学童保育の利用料を据え置く判断をしましたが、担当としては、値下げすべきだったと今でも思っています。',
    '市は旧公民館を取り壊すことに決めましたが、個人的には、改修して残したほうがよかったと感じています。',
    '市はバス路線を再編する判断をしました。しかし職員のひとりとしては、もっと住民の声を聞くべきだったと思っています。',
    '市は奨学金の返還支援を市内在住者に限る判断をしましたが、担当の一人としては、市外に住む人も対象にすべきだったと今も思っています。',
    // R328M-005 kind: the city's policy or target told (施政方針で…が掲げられました, 目標が示されました, 方針です), then, after a turn, the course
    // doubted as not feasible or set behind another priority
    '市長の所信表明で「子育て日本一」が掲げられました。ただ、現場の職員としては、今の保育士の数でそれを実現するのは難しいと思っています。',
    '市の総合計画では、移住者を年間500人に増やす目標が示されました。でも、私個人としては、正直その数字は現実的ではないと感じています。',
    '市は来年度から図書館の開館時間を延ばす方針です。ただ、担当としては、まず職員の確保が先だと思います。',
    '市は新しいアリーナを建てる計画を進めています。でも個人的には、それより今ある体育館の修繕のほうが先決だと考えています。',
  ])('flags %s', (text) => {
    expect(flagged(text)).toContain('unofficial/personal-view')
  })
  it.each([
    // hard negatives: the staff supporting the course, wishing, promising, advising the readers, a doubt led into what they will do, the weather
    '市は子ども医療費の助成を高校生まで広げる判断をしました。担当としても、多くの方に利用していただきたいと思っています。',
    '市長の施政方針で「観光客倍増」が掲げられました。担当としては、受け入れ体制の充実に全力で取り組んでまいります。',
    '市長の施政方針で「観光客倍増」が掲げられました。現場の担当としても、まずは受け入れ体制を整えるのが大切だと感じています。',
    '市は花火大会の開催を決めました。ただ、担当としては、雨が続けば開催は難しいと思っています。',
    '市は防災無線の更新を決定しました。ただ、担当としては、全世帯に聞こえるようにするのは難しいと感じていますので、戸別受信機もご活用ください。',
    '市は所得制限を撤廃することにしました。ただ、担当としては、申請はお早めにしたほうがよいと思います。',
    '市はイベントの中止を決めました。ただ、担当としては、来年こそ開催したいと思っています。',
    '市は新しい体育館の建設を決めましたが、個人的には完成がとても楽しみです。',
    '昨年の大会は雨で中止になりました。個人的には、もっと早く判断すべきだったと反省しています。',
    // KH-046 kind: a resident's question quoted, answered in another paragraph (予定はありません, 市の公式な情報として…お知らせします)
    '【ごみ袋の値上げに関する情報について】\n\n市民の方から「来月からごみ袋が倍の値段になるらしい」というお問い合わせが増えています。\n\nごみ袋の価格を改定する予定はありません。これまでどおりの価格でお求めいただけます。',
    '「市民プールが今年で廃止されるらしい」というご質問をいただいています。\n\n市の公式な情報として、次のとおりお知らせします。\n・市民プールは来年度も通常どおり営業します。',
    // R326H-034 kind: a rumour going round, then any such announcement, decision or plan denied
    '「来年から市民プールが廃止される」という話がSNSで広がっていますが、市ではそのような決定は一切しておりません。',
    'ごみ袋が来月から値上げになる、という投稿が拡散されていますが、市からそのようなお知らせは一切出しておりません。',
    '「体育館が来年閉鎖される」といううわさが流れていますが、そのような計画はまったくございません。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
  it.each([
    // still caught: a question quoted and left unanswered in the post, hearsay that is no question, a leak conceding the release is ahead
    '「来月からごみ袋が倍の値段になるらしい」というお問い合わせが増えています。\n\n詳しくは環境課までお問い合わせください。',
    '来月から市民プールが有料になるらしいです。\n\n市の公式な情報として、次のとおりお知らせします。',
    '庁内では来年度から保育料を値上げする方針を固めました。そのような発表はまだしておりませんので、ここだけの話でお願いします。',
  ])('still flags %s', (text) => {
    expect(flagged(text).some((r) => r.startsWith('unofficial/'))).toBe(true)
  })
})

describe('unofficial: blind unof61 kinds, a vote foretold, a measure taken as the premise, an outcome read from the mood, a rumour given weight', () => {
  const flagged = (text: string) => summary(findingsOf(unofficial, text)).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each([
    // R329C-002 kind: the council's vote on a bill foretold with a guess
    '条例案はまだ審議中ですが、まあ可決されるでしょう。',
    '新しい体育館の予算、議会はすんなり通ると思いますよ。',
    '条例改正案は、否決されることはまずないでしょう。',
    '補正予算、議会もどうせ通るでしょ。',
    // R329C-002 kind: a change taken as the premise of the work while the council has not passed it
    '条例はまだ議会を通っていませんが、4月から新しい課ができる前提で席替えを考えています。',
    '予算はまだ通っていませんが、来年度から窓口が統合されることを前提に準備しています。',
    // R329C-036 kind: an undecided cut or change foretold by the mood (雲行き, 気配, 空気, 雰囲気)
    '来年度は、敬老祝い金が減らされる雲行きです。',
    '子育て支援金が減らされる雲行きで、心配です。',
    '循環バスは廃止される気配です。',
    '課内では、窓口を本庁に一本化するという雰囲気になっています。',
    // R329C-039 kind: a company's decision to come told as near
    '大和町の工業団地に、全国規模の物流会社さんが進出を決めてくれそうな空気です。',
    '大手の食品メーカーさんが、工業団地への進出を決めてくれそうです。',
    // R329C-020 kind: a rumour about an official's course or a change, asked of the writer, then given weight
    '最近、地元の会合に同行すると「市長は次の選挙に出ないって本当？」と聞かれることが増えました。周りではそう受け止めている方も多いようです。',
    '「副市長が辞めるって本当ですか」とよく聞かれます。まだ何も発表されていませんが、そう信じている職員も多いみたいです。',
    '「来年から川下りが有料になるんでしょ？」と聞かれることがあります。そういう見方が市民の間で広がっているようです。',
  ])('flags %s', (text) => {
    expect(flagged(text).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
  it.each([
    // a vote reported, asked about or conditional; a road passing by; another topic between
    '条例は3月議会で可決され、4月から施行されます。',
    'この議案は本会議で審議されます。可決されるでしょうか。',
    '予算は限られていますが、職員一同、工夫して取り組みます。',
    'この道は議会棟の前を通るはずです。',
    '市役所の前を通る際は、足元にお気をつけください。',
    '議案は全会一致で可決されました。来年度から施行されるでしょう。',
    // a premise with no council pending
    '雨が降る前提で、テントを多めに用意しています。',
    '新庁舎ができる前提で、市民の皆さまにアンケートをお願いしています。',
    // mood words that describe a place, the weather or a festival
    '来月オープンするカフェは、ゆったりくつろげる雰囲気です。',
    '新しくなった図書館は、落ち着いた雰囲気になっています。',
    '会場は、子どもからお年寄りまで楽しめる雰囲気です。',
    '梅雨明けはもう少し先になる気配です。',
    '春の気配が感じられるようになりました。',
    'お祭りは今年も盛り上がる雰囲気です！',
    '雨が降りそうな空気です。',
    // a company's move announced, a support scheme
    '大手メーカーが工場の進出を決めました。来年春に操業を開始します。',
    '市内に進出した企業への支援制度をご案内します。',
    // a rumour answered, readers' feelings about a thing done or no change
    '「川下りの料金が上がるって本当？」とよく聞かれます。料金の改定予定はありません。そう思っている方も多いようですが、ご安心ください。',
    '来年度から窓口が一本化されます。そう受け止めている方も多いと思いますが、手続きの場所は変わりません。',
    '「ごみの分別って難しいね」とよく言われます。そう感じている方も多いようです。',
    '「市長は次の選挙に出ないって本当？」と聞かれることが増えました。市長ご本人は来月の記者会見で進退を表明すると発表しています。',
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('unofficial (5(1)): one staff member telling readers they need not follow the city\'s recommendation (misc62, R335U-017 kind)', () => {
  it.each([
    'ご質問ありがとうございます。市ではマイナ保険証への切り替えをおすすめしていますが、私自身は今の保険証で困ることはないと思っていますので、急いで替えなくても大丈夫ですよ。',
    '市は65歳以上の方にインフルエンザの予防接種を呼びかけていますが、僕は毎年受けていませんし、無理に受ける必要はないと思います。',
    '市では家庭ごみの分別アプリの利用をお願いしていますが、個人的には紙のカレンダーのままで十分だと思っています。',
    '市ではマイナ保険証への切り替えをおすすめしています。ただ、私は今の保険証でも困ることはないと感じています。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(unofficial, text, { mode: 'reply' })).some((x) => x.startsWith('unofficial/personal-view:warn'))).toBe(true)
  })
  it.each([
    // the writer following the course, the city's own exception, the city's own reassurance, the writer's own habit
    '市ではマイナ保険証への切り替えをおすすめしています。私自身も昨年切り替えましたが、手続きは10分ほどで終わりました。',
    '市では早めの申し込みをおすすめしていますが、当日参加の方は事前に申し込む必要はありません。',
    '市ではマイナ保険証の利用をおすすめしていますが、今お持ちの保険証も有効期限までは使えますので、急いで替えなくても大丈夫です。',
    '市では節水をお願いしていますが、私は毎朝のシャワーを短くしています。',
    '私は入庁3年目です。市では職員の健康診断を毎年実施していますが、特に問題はありません。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text, { mode: 'reply' })).filter((x) => x.startsWith('unofficial/personal-view'))).toEqual([])
  })
})

describe('unofficial (5(1)): hours lengthened or a proposal said to come true, foretold (misc62, R335U-059 kind)', () => {
  it.each([
    'その帰り道、幹部職員と少し話をしたのですが、市立図書館の開館時間を夜9時まで延ばす件は、来年度にはほぼ実現できそうです。',
    '地元から要望のあった通学路の歩道整備は、再来年度には実現しそうです。',
    '申請の受付期間を1週間延ばすかもしれません。',
    '市民プールの営業時間を夜8時まで延ばす方向で調整しています。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => /^unofficial\/(?:forecast|undecided)/u.test(x))).toBe(true)
  })
  it.each([
    // a change announced, a dream of a person, a period set
    '申請の受付期間を1週間延ばします。詳しくは市ホームページをご覧ください。',
    '子どもたちの夢が実現しそうです。',
    '図書館の開館時間を、4月1日から夜8時まで延ばしました。',
    '皆さまのご協力で、長年の要望だった歩道の整備が実現しました。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): hearsay quoted in order to answer it with the facts as they stand (misc62, KL-015 kind)', () => {
  it.each([
    'ご質問ありがとうございます。「市が新しく給付金を配るらしい」というお話ですが、現在、市が受け付けている給付金は、市ホームページの「給付金・手当の一覧」に掲載しているものだけです。',
    '「4月から市民プールが有料になるらしい」というお問い合わせをいただきました。市から利用料金を変更するご案内はしておりません。',
    '「ごみ袋が値上げされるらしい」との声をいただいていますが、現時点でそのような予定はございません。',
    '「市の職員が戸別訪問で還付金の手続きをするらしい」という話を耳にされた方へ。市では職員が自宅を訪ねて手続きをお願いすることはありません。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text, { mode: 'comment' })).filter((x) => x.startsWith('unofficial/rumour'))).toEqual([])
  })
  it.each([
    // the hearsay passed on, not answered
    '「来年から給付金が出るらしい」という話を聞きました。楽しみですね！',
    '「市民プールが来年で廃止になるらしい」という話を聞きました。今のところ正式な発表はまだみたいです。',
    '「市が新しく給付金を配るらしい」というお話、私も聞きました。くわしくわかり次第お知らせします。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(unofficial, text, { mode: 'comment' })).some((x) => x.startsWith('unofficial/rumour'))).toBe(true)
  })
})

describe('unofficial (5(1)): 内定 as one outcome of an admission sent to its applicants (misc63, KM-017 kind)', () => {
  it.each([
    '保育所・認定こども園等の4月入園について、一次利用調整の結果通知（内定・保留）を2月6日（金）に発送しました。',
    '4月入所の利用調整の結果（保留・内定）は、2月上旬に郵送でお知らせします。',
    '放課後児童クラブの利用決定（内定）通知を、申込者の皆さまへ送付しました。',
    '保育園の4月入園について、内定となった方は、2月20日までに健康診断書を園へ提出してください。',
    '市営住宅の入居について、内定を辞退される場合は、建築課までご連絡ください。',
    // blind KO-017 kind: the procedure after the result (内定後は…)
    '【保育所等の4月入所】利用調整の結果（内定通知）は、2月上旬に申請者あてに郵送します。内定後は各園での面談と健康診断がありますので、園からの連絡をお待ちください。',
    '放課後児童クラブの利用申込について、内定の後は、4月の説明会の日程をクラブからお知らせします。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/undecided'))).toEqual([])
  })
  it.each([
    // a person named in a post, a successor body told second-hand, a contractor let out before the release
    '保育園の新しい園長には古賀さんが内定しています。',
    '保育園の民営化で、移管先の法人が内定したそうです。',
    '新しい保育所の設計業者が内定しました。正式な発表は来月です。',
    '保育園の入園の時期に合わせて、新しい園長には古賀さんが内定後、4月に着任する予定です。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
})

describe('unofficial (5(1)): no formal announcement conceded, then the matter told as arranged or heard (misc63, R339W-019 kind)', () => {
  it.each([
    'プレミアム付き商品券の第2弾について、会員事業所の皆さまから多数お問い合わせをいただいております。現時点で市からの正式発表はございませんが、夏頃の発行で最終調整に入ったと伺っております。',
    '市からの正式なお知らせはありませんが、第2弾の商品券は秋に発行される見込みです。',
    '正式には発表されていないものの、来年度から対象が中学生まで広がる予定と聞いています。',
    '第2弾の商品券は、7月からの発行で最終調整に入ったとのことです。',
    'プレミアム率は30%で最終調整に入ったそうです。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => /^unofficial\/(?:unannounced|undecided|rumour):warn/u.test(x))).toBe(true)
  })
  it.each([
    // a rumour put right, a promise to announce, the weather, a rehearsal, an event being readied, a place
    '市からの正式な発表はございませんので、SNS上の不確かな情報にご注意ください。',
    '現時点で正式な発表はありませんが、詳しい情報が入り次第お知らせします。',
    '気象台からの正式な発表はありませんが、梅雨明けしたような暑さが続いています。',
    '選手たちは大会に向けて、会場で最終調整に入ったそうです。',
    '夏祭りのステージは最終調整に入りました。当日をお楽しみに！',
    '夏休み中に各学校で調整に入ったと聞いています。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): who runs a facility next term, told as expected before the designation (misc63, R339W-056 kind)', () => {
  it.each([
    '（指定管理者よりお知らせ）\n来年度以降も引き続き当社が本施設の運営を担当する見通しとなりました。スタッフ一同、これからも皆さまに愛される施設を目指してまいります。',
    '次期も当協会が指定管理者として管理を担う見込みです。',
    '令和8年度からの指定管理者には、当社が引き続き選ばれる見込みとのことです。',
    '4月からも引き続き、私どもが温泉施設の運営を受託する方向で話が進んでいます。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
  it.each([
    // the designation voted, an ordinary statement of who runs it, staff shortages forecast
    '4月からは引き続き当社が運営を担当いたします。市議会12月定例会で指定の議決をいただきました。',
    '来年度も引き続き、当社が本施設の運営を担当いたします。今後ともよろしくお願いいたします。',
    '施設の管理を担う人材の不足は、今後も続く見込みです。',
    '本施設は、指定管理者である当社が運営を担当しています。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): an office of the city said to move, set off by a comma in a mascot\'s chat (misc63, R339W-060 kind)', () => {
  it.each([
    'みんな〜きいて！ぼくのおうちの観光案内所、こんど駅の反対側にお引っこしするかもなんだって😳\nまだないしょだよ🤫',
    '資料館、来年の春にお引っこしするんだって！',
    '観光案内所がこんど駅の反対側にお引っ越しするらしいよ',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => /^unofficial\/(?:rumour|forecast)/u.test(x))).toBe(true)
  })
  it.each([
    // readers who move, a move done and announced
    '観光案内所、引っ越しされる方向けのパンフレットを置いています。',
    '観光案内所は、4月1日に駅の東口へお引っ越ししました。新しい案内所にもぜひお越しください。',
    '図書館、お引っ越しの時期には返却ボックスをご利用ください。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('unofficial (5(1)): a vote\'s figures and the next contractor foretold (blind R346C-021/025 kinds)', () => {
  it.each([
    '市議会議員選挙の投票率は、前回を下回ると予想しています。',
    '今度の知事選挙、投票率は3割前後とみています。',
    '市長選の投票率、5割には届かないんじゃないかな。',
    '公民館の清掃業務、次も地元の業者さんに決まると思います。',
    '図書館の指定管理、今回も今の団体で落ち着くでしょう。',
    '給食の配送委託は来年度も同じ会社になるんじゃないかな。',
  ])('flags %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith('unofficial/forecast:warn'))).toBe(true)
  })
  it.each([
    // a result, an interim figure, a call to vote
    '前回の市長選挙の投票率は38.5%でした。',
    '市長選挙の投票率は、14時現在で18.3%です。',
    '投票率が上がるよう、期日前投票もぜひご利用ください。',
    '市議会議員選挙の投票率を上げるため、出前授業を行っています。',
    // a question, a contract concluded, the city's plain statement
    '給食センターの運営委託、今回はどの会社に決まるんでしょうか。',
    '給食センターの運営委託は、今回も前と同じ会社に決まりました。',
    '清掃業務は、来年度も引き続き地元の業者さんに委託しています。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/forecast'))).toEqual([])
  })
})

describe('unofficial: unof66 kinds (blind R350K)', () => {
  it.each([
    // a restriction forecast as the writer's own guess from how things stand
    ['このままでは来月には取水制限がかかるかもしれません。', 'unofficial/forecast'],
    ['利用者が減っているので、この調子だと来年度には休館になると思います。', 'unofficial/forecast'],
    // hearsay of a stir inside, or of an audit's finding
    ['人事で何かあったらしく、課内がざわざわしてます。', 'unofficial/rumour'],
    ['会計検査で何か指摘されたみたいで、上層部がピリピリしています。', 'unofficial/rumour'],
    // a schedule told from a staff member's feel
    ['新しい図書館は再来月には開館できそうです。私の個人的な感触ですが。', 'unofficial/forecast'],
    ['駅前の歩道橋、年内には渡れるようになりそうです！現場の感触ですけどね。', 'unofficial/forecast'],
  ])('warns %s', (text, rule) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith(`${rule}:warn`))).toBe(true)
  })
  it.each([
    '渇水が続いています。市では8月1日から給水制限を実施します。',
    'このままだと明日は雨になると思います。',
    'お祭りのステージでサプライズがあり、会場がざわつきました！',
    '新しい図書館は3月に開館します。',
    '市の一般会計予算の概要を、市役所1階のパネル展で紹介しています。',
    // a figure read at the city's own exhibition or publication
    '市のホームページで見たけど、ごみ袋の値段は1枚40円なんだって！',
    '「予算のおはなし」パネル展を見てきたよ。市の1年間の予算は約300億円なんだって！',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).filter((x) => /:(?:warn|block):/u.test(x))).toEqual([])
  })
})

describe('unofficial: wave-68 kinds (blind R358F-024, R358F-058, R360H-039)', () => {
  // Kinds: a forecast owned as one's own and stated as certain; a plan named by a clause with で said all but settled; a resident's
  // question answered with a guess from memory.
  it.each<[string, string, CheckContext?]>([
    ['私の経験上、この雨なら明日の朝には確実に道路が冠水します。', 'unofficial/personal-view'],
    ['個人的な予想ですが、今年の花火大会は間違いなく中止になります。', 'unofficial/personal-view'],
    ['新しい給食センターは旧中学校の跡地に建てる方針でおおむね決まりました。', 'unofficial/undecided'],
    ['臨時の給水所は中央公民館の駐車場に置く案でほぼ固まりそうです。', 'unofficial/undecided'],
    ['@ken_1 記憶が正しければ、申請の締め切りは月末だったはずです。', 'unofficial/personal-view', { mode: 'reply' }],
    ['@mika_22 たぶん手当の支給は15日だと思います。うろ覚えですが、去年もそうだったはずです。', 'unofficial/personal-view', { mode: 'reply' }],
  ])('warns %s', (text, rule, ctx) => {
    expect(findingsOf(unofficial, text, ctx ?? {}).some((f) => f.rule === rule && f.severity === 'warn')).toBe(true)
  })
  it.each([
    '個人的には、必ず事前に予約されることをおすすめします。',
    '市の発表では、今夜は間違いなく満潮と重なります。',
    '個人的には間違いなくおいしいと思うお店です。',
    '子どものころの記憶では、この掘割でよく泳いでいました。',
    '新しい給食センターは旧中学校の跡地に建てることを決定しました。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('unofficial: a service said to end some day, a zone said likely to change while under review (blind R355C-022, R355C-006 kinds)', () => {
  it.each([
    '巡回バスは利用が少なく、いずれなくなるんじゃないかなと思います。',
    'この補助金も利用が少ないので、近いうちに打ち切りになりそうです。',
    '学区の見直しを進めています。三橋町の一部が城南小の校区に入るかもしれません。',
    'ハザードマップの改定作業中です。大和町の一部が土砂災害警戒区域から外れる見込みです。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.rule === 'unofficial/forecast' && f.severity === 'warn')).toBe(true)
  })
  it.each([
    'ハザードマップを改定しました。お住まいの地域が浸水想定区域に入る可能性があるか、ご確認ください。',
    '本日のイベントもそろそろ終わりそうです。',
    '夏休みもそのうち終わるかもしれませんね。',
    '大雨の際は浸水区域に入る可能性があります。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('unofficial: a measure the section only talks over in the volitional with か (blind R362K-033 kind)', () => {
  it.each([
    '窓口の受付時間を延ばそうかと課内で相談しているところです。',
    '駐車場を有料にしようかって係内で話しとるところです。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.severity === 'warn')).toBe(true)
  })
  it.each([
    '課内で話しているうちに、良いアイデアが出ました。',
    '新しいゆるキャラの名前をどうしようかと課内で話しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('unofficial: schools said to become one as the only way left, read from the figures (blind R364M-030 kind)', () => {
  it.each([
    '児童数の推移を見ていると、二つの小学校はいずれ一つになるしかないでしょうね。',
    '利用者数から考えると、北と南の公民館はそのうち一つになるしかなかろうと思います。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.rule === 'unofficial/forecast' && f.severity === 'warn')).toBe(true)
  })
  it.each([
    '天気図を見ると、明日は雨になるでしょう。',
    '運動会では、学校が一つになって盛り上がりました。',
    '雨の日は家で過ごすしかないですね。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('unofficial (5(1)): a staff member\'s own hunch, a rumour acted on, a unit reorganised, a plan all but settled (blind R366P-023, R367Q-029, R367Q-053, R368R-004, R368R-016, R368R-052, R367Q-004 kinds)', () => {
  const warns = (text: string, rule: string) => findingsOf(unofficial, text).some((f) => f.rule === rule && f.severity !== 'info')
  it.each([
    // a forecast owned as one's own hunch, closed by a plain guess, about a cut or a flood
    ['個人的な見立てですが、敬老祝い金は来年度で廃止になると思います。', 'unofficial/personal-view'],
    ['私の肌感覚では、このまま雨が続けば二ツ川があふれると思います。', 'unofficial/personal-view'],
    ['長年の勘ですが、市民プールは来年から有料になるかと思います。', 'unofficial/personal-view'],
    // an unconfirmed forecast of a quake passed on with a call to act on it
    ['「来週また大きな地震が来る」という話がSNSで回っています。念のため、非常持ち出し袋を確認しておきましょう。', 'unofficial/rumour'],
    // a unit of the city foretold to be split off or split
    ['再来年度、観光係が「観光振興課」として独立する見込みです。', 'unofficial/forecast'],
    ['来年度、うちの係が二つに分割されるかもしれません。', 'unofficial/forecast'],
    // nothing decided, in 筑後弁 with a long vowel
    ['公民館の建て替えの件、まだなんも決まっとらんけど、みんなもう移転の前提で話しよる。', 'unofficial/undecided'],
    // a plan all but settled, passed on second-hand or with the formal release still ahead
    ['図書館の開館日、月曜も開けることでおおむね固まったと聞いています。', 'unofficial/undecided'],
    ['新しい給食センターの建設地は旧中学校跡地でほぼ固まったようです。正式な発表はもう少し先になりそうです。', 'unofficial/undecided'],
  ])('warns %s', (text, rule) => {
    expect(warns(text, rule)).toBe(true)
  })
  it.each([
    '私個人の見立てですが、今年の紅葉は例年よりきれいだと思います。',
    '担当者の肌感覚ですが、今年の夏祭りは例年より人出が多いと思います。',
    '経験上、補助金の申請は早めに出したほうがいいと思います。',
    '「来週また大きな地震が来る」という話がSNSで回っていますが、地震の予知はできません。デマに惑わされないでください。',
    '4月から観光課は新しく独立した組織になりました。',
    'ゼリーは冷蔵庫で1時間ほど冷やすと、ほぼ固まったようになります。',
    '会議の日程は10月でほぼ固まったと聞いています。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
})

describe('unofficial (5(1)): blind R370T/R372V kinds (a plan talked over inside, a leader said to lean, a route or a site foretold, a service widened)', () => {
  const warned = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => x.startsWith('unofficial/') && !x.includes(':info:'))
  it.each([
    // a change in the making, told by its line or draft as being talked over inside (…する線で/案で、いま課内で詰めている, 上と相談している)
    '図書館の休館日を月曜から火曜に変更する線で、いま係内で詰めているところです。',
    '子ども医療費の助成対象を高校生まで広げる案で、今ちょうど上と相談しています。',
    // a leader's leaning on an undecided measure, passed on second-hand
    '公民館の使用料を無料にする方向で、部長も乗り気らしいです。',
    'プールの改修計画について、副市長も前向きとのことです。',
    // a planned road's route foretold or heard
    '計画中のバイパスは、どうも川沿いを通すらしいです。',
    '新しくできる道路は、うちの裏の畑あたりを通ることになりそうです。',
    // a site's use guessed with the topic set off by a comma
    '旧保育園の跡地、たぶん防災倉庫になるっぽいです。',
    // a service widened to more days from a time ahead, hedged
    'おそらく来年度からは日曜も窓口を開けることになると思います。',
  ])('warns %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0)
  })
  it.each([
    // the city's own draft put to a public hearing, or open for reading
    '都市計画マスタープラン（素案）に関する公聴会を開催します。公述を希望される方は都市計画課へお申し出ください。',
    '総合計画の素案は、市ホームページと各支所で閲覧できます。',
    // a line or a plan talked over with no change in it
    'この案で、いま先方と日程を相談しているところです。',
    // a leader's stance said at a public occasion, or on no plan
    '市長は議会で、通学路の安全対策に前向きに取り組むと答弁しました。',
    '市長は定例会見で、新庁舎の建設に前向きとの考えを示しました。',
    // a road running now, no plan
    'このバスは駅前を通ります。',
    '新しい道路は通りやすくて快適です。',
    // a site's use now, a service open now
    '旧校舎の跡地、いまは駐車場として使われています。',
    '図書館は日曜も開館しています。',
  ])('passes %s', (text) => {
    expect(warned(text)).toEqual([])
  })
})

describe('unofficial: one person\'s call to reshape a rule, and a product\'s secret heard (blind R373W-039 kind, LE-002 false positive)', () => {
  const warned = (text: string) => summary(findingsOf(unofficial, text)).filter((s) => s.startsWith('unofficial/') && !s.includes(':info:') && !s.startsWith('unofficial/model'))
  it.each([
    // R373W-039 kind: a standard or a rule said, as one's own view, to be loosened or tightened
    ['私見ですが、駐輪の規制はもっと厳しくしてもいいと思います。', 'unofficial/personal-view'],
    ['個人的には、空き家補助の要件はもう少し緩めていいと感じています。', 'unofficial/personal-view'],
    // real hearsay stays caught, an emoji before it or not
    ['直売所、来月で閉店なんだって😢', 'unofficial/rumour'],
    ['あの店、つぶれるらしいよ😳 店長の借金が原因なんだって', 'unofficial/rumour'],
  ])('warns %s', (text, rule) => {
    expect(warned(text).some((s) => s.startsWith(`${rule}:`))).toBe(true)
  })
  it.each([
    // keeping or explaining a rule is no change of it; a rule changed, announced
    '個人的には、ルールを守っていただければいいと思っています。',
    '個人的には、基準を分かりやすく説明してもいいと思います。',
    '農地転用の基準が4月から緩和されます。詳しくは農業委員会へ。',
    // LE-002 kind: what makes a product good, heard from its makers; a line run on past an emoji is another sentence
    'あまおうの初出荷、めっちゃ甘くてヤバい😳 甘さの秘訣は寒い夜と日中の日差しなんだって！',
    'このうなぎ、おいしさの秘密はタレを百年継ぎ足してることなんだって！',
    // a rumour denied as contrary to the facts
    '会議録を書き換えたという話は事実とまるで違います。',
  ])('passes %s', (text) => {
    expect(warned(text).filter((s) => s.startsWith('unofficial/rumour') || s.startsWith('unofficial/personal-view'))).toEqual([])
  })
})

describe('unofficial: a rumour hinted at, a post change before its notice, and a draft discussed in an open session (blind R379C kinds, R379C-046 false positive)', () => {
  const warned = (text: string) => summary(findingsOf(unofficial, text)).filter((s) => s.startsWith('unofficial/') && !s.includes(':info:') && !s.startsWith('unofficial/model'))
  it.each([
    // A rumour neither confirmed nor denied, then said not to be baseless.
    ['道の駅の民営化の話、ノーコメントです。ただ、まったくのデマというわけでもありません。', 'unofficial/rumour'],
    // A post holder's change foretold before the notice.
    ['図書館の館長、この春で交代します。辞令はまだ出ていないんですけどね。', 'unofficial/personnel-leak'],
  ])('warns %s', (text, rule) => {
    expect(warned(text).some((s) => s.startsWith(`${rule}:`))).toBe(true)
  })
  it.each([
    // a rumour denied
    'ネットで話題の合併協議の件、詳しくは言えませんが、検討した事実はなく根も葉もない話です。',
    // a change told after its notice
    '4月1日付の人事異動で、広報の担当が交代になりました。辞令交付式も行われました。',
    // a draft on the agenda of a session open to the public
    '環境審議会を開催します。議題は、第2次環境基本計画の素案についてです。傍聴を希望される方は当日会場へお越しください。',
  ])('passes %s', (text) => {
    expect(warned(text).filter((s) => s.startsWith('unofficial/rumour') || s.startsWith('unofficial/personnel-leak') || s.startsWith('unofficial/undecided'))).toEqual([])
  })
  it('still warns a draft leaked before the session, the session closed to the public', () => {
    expect(warned('まだ内緒ですが、審議会に出す素案では、公民館3館を統合する方向です。傍聴はできません。').length).toBeGreaterThan(0)
  })
})

describe('unofficial: a measure guessed to come true by a time ahead (blind R378B-024 / R379C-012 kind)', () => {
  it.each([
    '子ども医療費の拡充、来年あたりには実現するんじゃないかと見ています。',
    'バスの増便ですね。再来年くらいには実現するでしょう！',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.rule === 'unofficial/forecast')).toBe(true)
  })
  it.each([
    '来年には子どもたちの夢が実現すると思います。',
    '総合計画では、来年度に実現する予定の事業を掲載しています。',
    '市民の皆さまのご意見を、来年度の実現に向けて検討してまいります。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('unofficial: a cause guessed, given as what the city sees (blind R373W-005 kind)', () => {
  it.each([
    '市としては、下水の処理能力不足が原因じゃないかと見ています。',
    '本市としても、おそらく上流の工事のせいだろうと思っています。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.rule === 'unofficial/personal-view')).toBe(true)
  })
  it.each([
    '市としても、大雨による増水が原因だろうとみて、現在調査を進めています。',
    '調査の結果、市としては配管の老朽化が原因だと考えています。',
    '原因はまだ分かっていませんが、市としても早期の復旧に努めます。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('unofficial: an outcome all but fixed while the reader is asked to wait for the formal announcement (blind R383G-024 kind)', () => {
  it.each([
    '@yanagawa_fan 新しい図書館の建設地ですが、旧市民会館の跡地でほぼ固まっています。正式な発表まで今しばらくお待ちください。',
    'バス路線の再編については、来春からの減便でほぼ決まりつつあります。正式決定はもうしばらくお待ちくださいね。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.rule === 'unofficial/undecided')).toBe(true)
  })
  it.each([
    '花火大会の日程は8月10日でほぼ固まっています。正式な発表はもう少しお待ちください。',
    '入賞作品の正式な発表はもう少しお待ちください。審査員の皆さんが最後の確認をしています。',
    '新しいキャラクターの名前は、皆さんの投票で決まります。正式な発表をお待ちください。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('unofficial: an event\'s place moved by the city, passed on second-hand (blind R382F-045 kind)', () => {
  it.each([
    'ひな祭りのステージ、今年は会場ば市民体育館に移すげなよ。',
    '花火大会の会場を、来年は沖端の河川敷に変えるらしいです。',
    '水上パレードのコースを川沿いに移すそうです。まだ決まってないけど。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
  it.each([
    '雨天の場合は、会場を市民体育館に移して開催します。',
    '出初式の会場を中学校のグラウンドに変更しました。詳しくは市ホームページをご覧ください。',
    '会場を移すときは、荷物をお忘れなくお持ちください。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('unofficial: blind R77A-060 with the place moved by the city is a plan\'s content told, as with 移る (blind R382F-045 kind)', () => {
  it('flags a move of the venue in a plan still being arranged as a leak, as 会場が…に移る案 is', () => {
    const text = '毎年ご好評いただいている柳川ふるさと物産展ですが、来年度からは会場を駅前の新施設に移す案で調整しております。出店者の皆さまには、決まり次第ご案内いたします。'
    expect(summary(findingsOf(unofficial, text))).toContain('unofficial/leak:block:案で調整して')
    expect(summary(findingsOf(unofficial, text.replace('会場を', '会場が').replace('移す', '移る')))).toContain('unofficial/leak:block:案で調整して')
  })
})

describe('unofficial: the leaning of the city\'s inside on a measure still to be decided (blind R382F-016 kind)', () => {
  it.each([
    '庁内では、窓口業務の民間委託に傾いていると聞いております。',
    '上層部はごみ袋の有料化に傾きつつあるようです。',
    '執行部の間では、新しい補助制度の導入へ傾いているとのことです。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.rule === 'unofficial/rumour' || f.rule === 'unofficial/forecast')).toBe(true)
  })
  it.each([
    '市民アンケートでは、新制度の導入に賛成の意見が多く寄せられました。',
    '台風の影響で、庁舎前の街路樹が道路側に傾いています。',
    '市長は定例記者会見で、導入に傾いていると述べました。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('unofficial: an aside into the speaker\'s own practice, no one named (blind LJ-059 kind)', () => {
  it.each([
    'ここだけの話、本番に向けて毎晩こっそり特訓してたんだ🤫',
    '内緒だけど、夜な夜なダンスの練習しとったとよ〜',
    'ここだけの話、実は毎朝ストレッチしてるの😊',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
  it.each([
    'ここだけの話、職員がこっそり練習してたけど、来年で祭りは中止になるらしいよ。',
    'ここだけの話、毎日練習してたけど、来年からは有料になるんだって。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
})
describe('unofficial: the staff member\'s own voice read as the city\'s (blind R385J kinds)', () => {
  it.each([
    // a personal view on a policy matter: a prescription for a measure, or a guess at why a public body acts
    ['正直、公民館の使用料は全部無料にするべきだと私は思っています。', 'unofficial/personal-view'],
    ['個人的には、敬老祝い金はやめて、その分を子育て支援に回したほうがいいと思います。', 'unofficial/personal-view'],
    ['補助金が打ち切られたのは、正直、県がもうこの事業に興味がないからだと思います。', 'unofficial/personal-view'],
    // an idea floated inside the section
    ['来年は掘割で夜市みたいなのをやれたら楽しいね〜って話を、課内でしてるところです。', 'unofficial/unannounced'],
    ['新しい遊具を入れられたらいいねという話が、いま庁内で出ています。どうなるかはわかりません。', 'unofficial/unannounced'],
    // a date guessed before it is official
    ['秋のスポーツ大会、たぶん10月の第3日曜になると思います。まだ正式じゃないので参考までに！', 'unofficial/unannounced'],
  ])('warns %s', (text, rule) => {
    expect(findingsOf(unofficial, text).some((f) => f.rule === rule && f.severity === 'warn')).toBe(true)
  })
  it.each([
    '正直、こんなにたくさんの方に来ていただけるとは思いませんでした。',
    '正直、もっと早く準備しておくべきだったと思います。反省です。',
    '台風が近づいています。早めに避難するべきだと思います。',
    '個人的には、川下りの船から見る夕焼けがいちばん好きです。',
    '「もっと夜のイベントがあったらいいな」という声を参加者の方からいただきました。',
    '例年、花火大会は7月の第4土曜日に開催しています。詳しい日程は決まり次第お知らせします。',
    'たぶん明日の午後には雨もあがると思います。',
    '国の制度が変わったのは、少子化が進んでいるためだと考えられています。',
    // a supposition as the condition of a procedure, and a rumour refused as the way to pass a thing on
    '詐欺の被害にあったと思われるときは、すぐに警察（#9110）にご相談ください。',
    '市の契約に不正があると思われる場合は、監査委員に監査を求めることができます。',
    '体調が悪いと感じたら、無理せず休んでください。',
    '「市役所が移転するらしい」という噂を広めないでください。',
    '「あの家の子が休んでいるらしい」といった噂話として広めるのではなく、学校にご相談ください。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})


describe('unofficial: talk inside that ended in the decision the post announces, and a rumour only heard invited to be reported (colleague review of blind wave 75)', () => {
  it.each([
    '課内で話し合った結果、今年の夏祭りは例年どおり8月に開催することにしました。',
    '庁内で検討した結果、窓口の受付時間を19時まで延長することといたしました。',
    '内部で協議の末、旧庁舎の解体は来年度に行うこととなりました。詳しくは市ホームページをご覧ください。',
    '噂話として聞いた内容でも、気になることがあれば子ども家庭課にご相談ください。',
    'うわさ程度のことでも構いませんので、不審な勧誘があれば消費生活センターにお知らせください。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
  it.each([
    '課内で話し合っているところですが、来年から有料にする方向です。',
    '庁内で検討していて、来年度はごみ袋が値上げになりそうです。',
    '噂で聞いた話では、来年の花火大会は中止になるらしいですよ。',
    '庁内で話し合った結果、新しい体育館は駅前に決まったそうです。',
  ])('warns %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.severity === 'warn' || f.severity === 'block')).toBe(true)
  })
})

describe('unofficial: a plan aired higher up, a plan settling inside by a pointing word, a direction talked over, an amount guessed, a benefit under a stage word (blind wave 76)', () => {
  it.each([
    ['学童保育の利用料を下げられないか、上のほうで話が出ているみたいです。', 'unofficial/unannounced:warn:上のほうで話が出て'],
    ['公民館の夜間開放を始めないか、上の人たちが検討しているようです。', 'unofficial/unannounced:warn:上の人たちが検討して'],
    ['旧図書館を倉庫にする案、庁内ではほぼその線で固まりかけています。', 'unofficial/forecast:warn:その線で固まりかけ'],
    ['支所の窓口を減らす話ですが、上層部では大筋その方向でまとまりつつあるようです。', 'unofficial/forecast:warn:その方向でまとまりつつ'],
    ['給食費の補助を広げる方向で、県と話をしているところです。', 'unofficial/forecast:warn:方向で、県と話をしてい'],
    ['受付期間を2週間延長する方向で、関係課と話を進めています。', 'unofficial/forecast:warn:方向で、関係課と話を進めてい'],
    ['弔慰金は、おそらく1人5万円になると思います。', 'unofficial/forecast:warn:5万円になると思'],
    ['見舞金はたぶん3万円くらいになるはずです。', 'unofficial/forecast:warn:3万円くらいになるはず'],
    ['住宅改修の補助に、市が上乗せする分をいま調整中です。', 'unofficial/undecided:warn:調整中'],
    ['子育て世帯への加算をけんとう中です。', 'unofficial/undecided:warn:けんとう中'],
    ['相談窓口が来年から週3日になるかも…と小耳にはさみました。', 'unofficial/rumour:warn:小耳にはさ'],
    ['【見舞金の支給状況（7月10日現在）】\n申請：530件\n支給済み：488件\n見舞金は来年から廃止される見込みです。', 'unofficial/forecast:warn:見込み'],
  ])('warns %s', (text, want) => {
    expect(summary(findingsOf(unofficial, text))).toContain(want)
  })
  it.each([
    '上の方で話が出ていた防災訓練の日程は、決まり次第お知らせします。',
    '上のほうでは、その話は出ていません。',
    '上の方からも「来場者の安全を第一に」との声が出ています。',
    '上の方の棚に、市の補助制度のパンフレットを置いています。',
    '説明会のご意見を受け、その方向でまとまりました。',
    '講演会は来年2月に開催する方向で、講師の先生と話をしています。',
    '義援金の配分額は1世帯10万円です。',
    '会費は1000円くらいになりそうです。',
    '補助員の配置を調整中です。',
    '補助犬の受け入れについて調整中の施設があります。',
    '「今だけ」「内緒ですよ」と急がせる勧誘は、悪質商法を疑ってください。',
    '【支援金の交付状況（7月10日現在）】\n申請：530件\n交付済み：488件\n残りの交付は7月末までに終える見込みです。',
    '【ごみ収集の状況（8月5日現在）】\n収集済み：820件\n残りの収集は来週中に終える見込みです。',
    '川下りの舟は、お堀を上流に向かう方向で進みます。',
    'コミュニティバスは、駅から国道を北へ走る方向で回ります。',
    '迂回路は、旧道を南に下る方向で進んでください。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('unofficial: a measure told while the talks inside or the budget that decides it are still ahead (blind R395U-027/-028/-030 kinds)', () => {
  it.each([
    '子ども食堂への補助、来年度から対象を高校生まで広げる予定です。まだ課長と調整しているところなので、正式に決まったらお知らせします。',
    '図書館の夜間開館、土日も夜まで開けられるかもしれません！まだ上の方と相談しているところです。',
    '予算がつけば、来年は公民館の講師がもう一人増えるかもって話です。',
    '市内の農家さん向けに、農機具の購入費を補助する仕組みを作ろうとしています。中身はこれから財政課と詰めるところです。',
    '公民館の使用料、来年度から無料化する案で、いま部長と協議しているところです。まだ内容は固まっていません。',
  ])('warns %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith('unofficial/') && x.includes(':warn:'))).toBe(true)
  })
  it.each([
    '来年度から相談窓口を平日は毎日開けます。詳しくは市ホームページをご覧ください。',
    '説明会の日程はまだ上と調整しているところです。決まり次第お知らせします。',
    '予算が成立すれば、来年度から窓口を毎日開ける予定です。',
    '今日はこれから課長と一緒に現場を見に行きます。',
    '予算が通ったので、来年度から窓口を平日は毎日開けます！',
    'まだ上司と相談中ですが、来週の研修の資料は今日中に仕上げます。',
    'これから財政課と打ち合わせです。がんばります💪',
    '家計の予算がつけば、新しい自転車を買おうかな。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('unofficial: talk passed on before the city tells it (blind R397W-003, R399Y-003, R400Z-052 kinds)', () => {
  it.each([
    '組合長さんが言っていましたが、来年の川下りは乗船場を沖端に移すそうです。正式な連絡はまだですが。',
    '役所の人が言いよったけど、夏祭りの日程ば一週間早めるとって。正式な発表はまだやけん、内緒ね。',
    '駐車場の一部を有料化するって聞きました。正式にはまだ決まっていないそうです。',
    '公民館の窓口を土曜も開けられないか、いま課内で検討しているところです。',
    '図書館に自習室を増やせないか、担当で話し合っているところです！',
    'ネットで広まってる「しょうが湯を毎晩飲むと風邪をひかない」って話、本当みたいですね。',
    'インスタで回ってる『お酢を飲むと血圧が下がる』ってやつ、私も始めてみました！',
  ])('warns %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith('unofficial/') && x.includes(':warn:'))).toBe(true)
  })
  it.each([
    '台風の影響で、明日の舟の運航を遅らせる可能性があります。正式な決定はまだですので、決まり次第お知らせします。',
    '正式な通知はまだ届いていませんが、届き次第ホームページでお知らせします。',
    '子どもたちと一緒に、雨の日でも遊べる場所を作れないか話し合っています。',
    'どうすればもっと参加しやすくなるか、担当で話し合っています。',
    'SNSで出回っている「水道水が汚染されている」という情報は誤りです。デマに惑わされないでください。',
    'インスタで回ってる掘割の夕焼け写真、本当にきれいですね。',
    '先生が言っていた通り、今日の講座はとても分かりやすかったです。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('unofficial: a self-care tip passed on in a caring voice stays clean (blind LR-023 kind)', () => {
  it.each([
    '朝起きたらカーテンを開けて日光を浴びるだけで、目覚めがよくなるらしいよ☀️',
    '湯船につかると疲れがとれるみたいです。今夜はゆっくり休んでね。',
    '寝る前に軽くストレッチすると、寝つきが良くなるらしいです🌙',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
  it.each([
    '来年度から市民プールが有料になるらしいよ。泳ぐと疲れがとれるのに残念。',
    '温泉施設が来月で閉館するらしい。お風呂に入ると体調が整うのにね。',
    '納豆を食べるとコロナにかからないらしいよ。',
  ])('warns %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith('unofficial/') && x.includes(':warn:'))).toBe(true)
  })
})

describe('unofficial: the inside\'s leaning and one\'s own outlook on an undecided measure, a call\'s procedure dated (blind R401A/R403C, LS kinds)', () => {
  it.each([
    // R401A-054 kind: an opinion said to prevail at a meeting inside the office, about a change
    '課内の打ち合わせで、公民館の休館日を週2日に増やす意見が大勢を占めました。',
    '庁内の会議では、コミュニティバスの運賃を200円に値上げする案に賛成が多数でした。',
    '係内では、敬老祝い金を廃止する方向で意見がまとまりました。予算の審議はこれからです。',
    // R403C-033 kind: the writer's own outlook on a change or on a service spreading to the whole city
    '来年度には、ごみ袋の値段が上がるものと私はみています。',
    '係長の立場で言えば、高齢者の見守り事業は、そのうち全地区に拡大されるでしょう。',
    '資源物の回収は、数年のうちに市内全域へ広がると思います。',
  ])('warns %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith('unofficial/') && x.includes(':warn:'))).toBe(true)
  })
  it.each([
    'アンケートでは、図書館の開館時間を延長してほしいという意見が多数を占めました。',
    '市民説明会では、バス路線の見直しに賛成する声が多く聞かれました。',
    '課内の打ち合わせで、来年度の研修のテーマについて意見が一致しました。',
    '週末には天気が回復するものと見ています。',
    '今年も補助金を活用する事業者が増えるものと見ています。',
    '部内会議で、補助金の周知方法について意見が一致しました。',
    '今年の夏祭りは去年より来場者が増えるものとみています。',
    'インフルエンザが市内全域に広がる可能性があります。',
    '粗大ごみの戸別収集は、4月から市内全域で実施します。',
    // LS-002 kind: a call's own procedure dated as expected
    '創業支援補助金の申請を受け付けています。交付決定は11月中旬になる見込みです。',
    '申請は9月30日まで受け付けます。補助金の支給は12月ごろとなる見通しです。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('unofficial: hours of a facility changed ahead told second-hand, an election outcome told as the view going round, one\'s own conclusion made the city\'s stand (blind R412M-031, R409J-038, R409J-021 kinds)', () => {
  it.each([
    // R412M-031 kind: a facility of the city said to open later or earlier in a season or a year to come, passed on as hearsay or a secret aside
    'ないしょで聞いたんだけど、来年度から図書館は夜8時まで開くんだって✨',
    '来シーズンの体育館、22時まで使えるようになるらしいよ。',
    '4月からは市役所の窓口が朝8時から開いてるみたいです。',
    // R409J-038 kind: who wins a vote told as the view going round, or as near-certain
    '市議会議員選挙の告示まで1か月。関係者の間では、新人の当選が濃厚との見方が広がっています。',
    '知事選挙は今週末。与党系候補の優勢が伝えられていますが…',
    '参院選の投票日まであと3日。現職の三選は固いと言われていますが、まずは投票所へ。',
    '市長選挙は明日投票です。大方の予想では、現職の勝利が確実視されています。',
    // R409J-021 kind: the writer's own conclusion, then the city said to take the same stand
    '窓口を10年担当してきた自分なりの答えは、手続きをすべてオンラインにするしかない、です。本市の考えも同じです。',
    '僕の実感としては、バスより乗合タクシーの方が地域に合っています。市としても同様の認識で、県に働きかけていきます。',
    '私の持論ですが、子ども食堂への補助はもっと手厚くすべきです。市としてもそういう考えで予算を組んでいます。',
  ])('warns %s', (text) => {
    expect(summary(findingsOf(unofficial, text)).some((x) => x.startsWith('unofficial/') && x.includes(':warn:'))).toBe(true)
  })
  it.each([
    // hours: this season's, a shop's, or announced as the city's plan
    '市民プールは、今年の夏も夜9時まで開いているんだって！',
    '駅前のパン屋さん、来月から朝7時から開いてるんだって！',
    '来年度から図書館は夜8時まで開館する予定です。詳しくは市ホームページをご覧ください。',
    '来月からの開館時間は午後7時までです。お間違えのないようご注意ください。',
    // elections: a result counted, a candidate's aim, a race that is no vote, a crowd
    '開票の結果、現職の再選が確定しました。当選証書付与式は後日行います。',
    '市長選挙の候補者は、現職と新人の2名です。現職は再選を、新人は初当選を目指しています。',
    '前回の市長選挙では、現職が再選を果たしました。今回も投票所へ足をお運びください。',
    '柳川高校の優勝が確実と見られています。みんなで応援しましょう！',
    '選挙当日は投票所の混雑が確実と見られています。期日前投票をご利用ください。',
    // conclusions: a committee's, a quiz answer, one's impression with the city acting on its own
    '検討委員会の結論は、現行の制度を続けるというものでした。柳川市としても同じ立場で対応してまいります。',
    '私の答えは「有明海」です！市としても、クイズへのたくさんのご応募をお待ちしています。',
    '私の実感としても、今年は観光客が増えていると感じます。市としても受け入れ体制の整備を進めています。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
})

describe('unofficial: blind wave 82 kinds (unoff82), a vote outcome guessed, an incident passed on as heard, an opinion called the city\'s view, the city\'s own dated schedule', () => {
  const flagged = (text: string) => summary(findingsOf(unofficial, text)).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each<[string, string]>([
    // R413N-005 kind: the council's vote on a petition or a bill foretold as its outcome
    ['陳情第3号は、委員会の空気からすると賛成多数で採択されることになるでしょう。', 'unofficial/forecast:warn:採択されることになるでしょう'],
    ['議員発議の意見書、全員一致で可決される見通しです。', 'unofficial/forecast:warn:見通し'],
    ['先週出された請願は、不採択となると思われます。', 'unofficial/forecast:warn:なると思われ'],
    ['本会議では、おそらく満場一致で承認されるはずです。', 'unofficial/forecast:warn:承認されるはず'],
    // R415Q-004 kind: an incident or a harm passed on as heard, as the ground of a warning
    ['隣の町で自転車の盗難が相次いでいるそうで、柳川駅の駐輪場でも被害があったと聞いています。鍵を二重にかけましょう。', 'unofficial/rumour:warn:いるそうで'],
    ['高齢者を狙った還付金詐欺が近くの市で多発しているみたいです。お気をつけください。', 'unofficial/rumour:warn:いるみたいです'],
    ['蒲池地区で空き巣の被害が出たらしいです。戸締まりを忘れずに。', 'unofficial/rumour:warn:出たらしい'],
    // R415Q-028 kind: an opinion declared the city's own view
    ['ごみ袋は無料で配るべきです、というのが市の考えです。', 'unofficial/personal-view:warn:ごみ袋は無料で配るべきです、というのが市の考えです'],
    ['夜間の花火は禁止して当然だ、というのが当市の立場です。', 'unofficial/personal-view:warn:夜間の花火は禁止して当然だ、というのが当市の立場です'],
    ['国の補助金の配り方はおかしい、っていうのが市役所の本音です。', 'unofficial/personal-view:warn:国の補助金の配り方はおかしい、っていうのが市役所の本音です'],
    // R414P-059, R415Q-034 kinds, the other side: a change, the council still to decide, or a matter not yet formal stays a forecast
    ['市民プールは令和8年7月から有料化される見込みです。詳しくは広報でお知らせします。', 'unofficial/forecast:warn:見込み'],
    ['新しい図書館は令和9年3月に開館する見込みですが、建設費の予算案はこれから議会で審議されます。詳細は決まり次第お知らせします。', 'unofficial/forecast:warn:見込み'],
    ['【ご案内】統合後の新しい小学校は、令和9年4月に開校する見込みです。説明会は5月に開催する予定です。', 'unofficial/forecast:warn:見込み'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text)).toContain(expected)
  })
  it.each([
    // a vote reported, a condition, a question, the vote's date
    '通学路の安全対策を求める陳情は、本日の本会議で全会一致で採択されました。',
    '請願が採択されれば、市として速やかに対応を検討します。',
    '意見書は賛成多数で可決されるでしょうか。採決は最終日の予定です。',
    '請願の審査は、6月定例会の最終日に行われる予定です。',
    // an incident told by its official source, stated by the city, or a rumour warned against
    '柳川警察署によると、市内で空き巣の被害が続いているそうです。戸締まりをお願いします。',
    '市内で自転車の盗難が増えています。駐輪の際は必ず鍵をかけてください。',
    '「詐欺の被害が広がっている」といううわさに惑わされず、公式情報をご確認ください。',
    '特殊詐欺の被害に遭わないよう、不審な電話はすぐに切りましょう。',
    // a voice reported, a policy stated
    '公共交通を充実させるべきだ、というご意見をいただきました。',
    '子どもの安全を最優先に考える、というのが市の基本方針です。',
    '駐車場を増やすべきだ、というのが多くの市民の声でした。',
    // R414P-059, R415Q-034 kinds: 見込み for a dated step of the city's own project or procedure in a formal notice
    '【お知らせ】新しい学校給食センターは、令和8年8月に完成する見込みです。9月から給食の提供を開始する予定です。',
    '既にお知らせしているとおり、新体育館は令和8年10月に開館する見込みであり、11月から一般利用を開始する予定です。',
    '市民プールの改修工事は、6月下旬に完了する見込みです。オープン日は決まり次第、ホームページでお知らせします。',
    '新しい市民活動センターの利用申込は、4月1日から受付を開始する見込みです。問合せ：市民協働課',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial: blind wave 83 kinds (unoff83), one\'s own view made the reason of the city\'s course, a pending review\'s outcome asserted', () => {
  const flagged = (text: string) => summary(findingsOf(unofficial, text)).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each<[string, string]>([
    // R418T-013 kind: a view marked as one's own, then the city's course said to change on that ground in the next sentence
    ['個人的な意見ですが、成人式は日曜のほうが集まりやすいと思います。ですから本市としても、来年からは日曜開催に切り替えていきます。', 'unofficial/personal-view:warn:本市としても、来年からは日曜開催に切り替えていきます'],
    ['ぶっちゃけ、花火大会より灯りのイベントのほうが柳川らしいと思うんですよね。だから市も、来年からは花火をやめてランタン祭り一本でいきます！', 'unofficial/personal-view:warn:市も、来年からは花火をやめてランタン祭り一本でいきます'],
    ['個人的には、朝市は日曜より土曜のほうがよかと思うとです。やけん市としても、来年度からは土曜開催に切り替えていきます。', 'unofficial/personal-view:warn:市としても、来年度からは土曜開催に切り替えていきます'],
    ['僕の考えでは、図書館は夜こそ開けておくべきです。なので当市でも、これからは夜間開館を拡大していきます！', 'unofficial/personal-view:warn:当市でも、これからは夜間開館を拡大していきます'],
    // R419U-026 kind: the writer's idea labelled as theirs, then the city's policy on that reason
    ['担当者個人の思いですが、子ども食堂の運営は本当に大変なので、市としては今後、この補助を拡充していく方針です。', 'unofficial/personal-view:warn:市としては今後、この補助を拡充していく方針です'],
    ['私見ですが、紙の広報紙はもう役目を終えたと感じています。そこで市としては、今後は広報をSNS中心に絞っていく方針です。', 'unofficial/personal-view:warn:市としては、今後は広報をSNS中心に絞っていく方針です'],
    // R418T-060 kind: a review or a selection still pending, its outcome asserted
    ['県の観光振興補助金、審査はこれからですが、市の計画なら確実に採択されます。来年度はイベント予算を増やせますので、お楽しみに！', 'unofficial/forecast:warn:確実に採択されます'],
    ['国のモデル事業の選考中ですが、柳川の提案は絶対に選ばれます！', 'unofficial/forecast:warn:絶対に選ばれます'],
    ['作品の審査はまだですが、うちの応募作品なら100％入賞しますよ。', 'unofficial/forecast:warn:100％入賞します'],
    ['助成金の選考はまだですけど、この事業計画なら絶対に受かりますね。', 'unofficial/forecast:warn:絶対に受かります'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text)).toContain(expected)
  })
  it.each([
    // the city's course with no reason in the view and not joined to it, an ongoing effort, a view disowned, a feeling set against a policy
    '個人的には、うなぎも夕景もどちらも大好きです。柳川市では、これからも両方の魅力をPRしていきます。',
    '個人的には、もっと多くの方に献血に協力してほしいと思っています。市としても、引き続き献血の呼びかけに力を入れていきます。',
    'これは私の考えではなく、市としての決定です。市としては、来年度から受付を電子申請に切り替えていく方針です。',
    '私の考えですが、皆さんにもぜひ一度、夕暮れの川下りを体験してほしいです。市では、今年度から夕方の便を増やしています。',
    '個人的には少し寂しいですが、市としては、施設の老朽化に伴い来年度から利用を縮小していく方針です。',
    // a grant's rule, a result to be told, a doubt, a prize for every entrant, a review carried out
    '補助金の審査はこれからです。要件を満たしていれば必ず採択されますので、期限までに申請してください。',
    '審査中のため、結果が出るまでお待ちください。結果は必ず全員にお知らせします。',
    '抽選はこれからですが、必ず当たるとは限りませんので、ご了承ください。',
    '選考はまだ先ですが、応募者全員に必ず参加賞が当たります。',
    '入札はまだですが、必ず公正に審査を行います。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial: blind wave 84 kinds (unof84), an outcome asserted as certain, a proposal told as decided, a delay passed on, a view with one\'s own reason, the city\'s schedule told step first', () => {
  const flagged = (text: string) => summary(findingsOf(unofficial, text)).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each<[string, string]>([
    // R421W-030, R422X-031 kinds: someone's stance given as the proof that a measure will come
    ['新しいサッカー場の整備、市長も前向きですので、まず間違いありません。', 'unofficial/forecast:warn:市長も前向きですので、まず間違いありません'],
    ['国も前向きなので、新幹線の新駅はまず間違いないです。', 'unofficial/forecast:warn:国も前向きなので、新幹線の新駅はまず間違いない'],
    ['教育長もノリノリやけん、英語村の開設は時間の問題ですばい。', 'unofficial/forecast:warn:時間の問題'],
    // R422X-031 kind: a measure's realisation or introduction a matter of time
    ['スマート窓口の導入も、もう時間の問題です。', 'unofficial/forecast:warn:導入も、もう時間の問題'],
    ['屋内遊び場の整備も、もはや時間の問題でしょう。', 'unofficial/forecast:warn:整備も、もはや時間の問題'],
    // R422X-031 kind: a proposal in the council told as decided on an answer alone
    ['6月議会の代表質問で要望のあった屋根付き広場、市長が前向きな答弁をしたので、中央公園に設置されることに決まりました！', 'unofficial/undecided:warn:6月議会の代表質問で要望のあった屋根付き広場、市長が前向きな答弁をしたので、中央公園に設置されることに決まりました'],
    ['議員さんからの提案だった夜間窓口、課長が「検討する」と答弁し、来年度から開設されることになりました。', 'unofficial/undecided:warn:議員さんからの提案だった夜間窓口、課長が「検討する」と答弁し、来年度から開設されることになりました'],
    // R422X-046 kind: a future result, a record or a measure asserted as certain
    ['今年度のふるさと納税の寄附額が、10億円の大台を突破するのは確実です！', 'unofficial/forecast:warn:10億円の大台を突破するのは確実です'],
    ['この調子なら、新米の売上が過去最多になることはまず間違いないでしょう。', 'unofficial/forecast:warn:新米の売上が過去最多になることはまず間違いない'],
    ['秋の入札を見る限り、今季の落札価格は確実に過去最高を更新します。', 'unofficial/forecast:warn:今季の落札価格は確実に過去最高を更新します'],
    ['来年度には子どもの医療費が無料になるのは間違いありません。', 'unofficial/forecast:warn:来年度には子どもの医療費が無料になるのは間違いありません'],
    // R421W-024 kind: a placement or a selection promised to the reader who applies
    ['学童保育、今年は空きがありそうなので申し込めばまず間違いなく入れますよ。', 'unofficial/forecast:warn:申し込めばまず間違いなく入れます'],
    ['市営住宅の抽選、今回は応募者が少ないので、申請すれば絶対に当たります！', 'unofficial/forecast:warn:申請すれば絶対に当たります'],
    ['保育園の利用調整はこれからですが、4月入所なら申し込んでいただければほぼ確実に入園できますよ。', 'unofficial/forecast:warn:申し込んでいただければほぼ確実に入園でき'],
    // R422X-001 kind: a delay of what the city sends, issues or builds, passed on second-hand (dialect endings too)
    ['ふるさと納税の返礼品、お届けが年明けまで遅れそうって話です。', 'unofficial/rumour:warn:遅れそうって'],
    ['返礼品の配送がちょっと遅れるらしいっちゃんね', 'unofficial/rumour:warn:遅れるらしい'],
    ['お米の返礼品、出荷が遅れるって聞きました…ごめんなさい', 'unofficial/rumour:warn:遅れるって'],
    ['給付金の振込が来月にずれ込むらしいばい', 'unofficial/rumour:warn:込むらしい'],
    // R422X-057 kind: a view stated as the city's beside the writer's own reason for it
    ['本市としては、成人式は午前中に開催すべきと考えております。個人的に、午後は道が混んで苦手なもので。', 'unofficial/personal-view:warn:本市としては、成人式は午前中に開催すべきと考えており'],
    ['柳川市といたしましては、プールの夜間営業は不要と判断しております。正直、僕自身が夜の水辺は怖いので。', 'unofficial/personal-view:warn:柳川市といたしましては、プールの夜間営業は不要と判断しており'],
    ['正直、私自身は電子申請に不安がありますので、市としては窓口での申請を続けるべきだと考えています。', 'unofficial/personal-view:warn:市としては窓口での申請を続けるべきだ'],
    ['市としては、学校のプールは民間施設を使うほうがよいと考えております。わたし自身、子どものころから水泳が大の苦手でしたから。', 'unofficial/personal-view:warn:市としては、学校のプールは民間施設を使うほうがよいと考えており'],
    // R424Z-033 kind, the other side: a change as the topic, a hedge, the council still to decide, a merger keep the forecast
    ['市民プールの有料化は令和8年7月からとなる見込みです。詳しくは広報でお知らせします。', 'unofficial/forecast:warn:見込み'],
    ['新図書館の開館は令和9年3月ごろとなる見込みですが、予算案はこれから議会で審議されます。決まり次第お知らせします。', 'unofficial/forecast:warn:見込み'],
    ['統合後の新しい小学校の開校は令和9年4月となる見込みです。説明会は5月に開催する予定です。', 'unofficial/forecast:warn:見込み'],
    ['新しい体育館の開館は、たぶん10月ごろとなる見込みです。詳細は決まり次第お知らせします。', 'unofficial/forecast:warn:見込み'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text)).toContain(expected)
  })
  it.each([
    // a stance with no certainty, a decision made, 間違いのない (no predicate)
    '市長も前向きなので、今後の動きにご期待ください。',
    '部長も乗り気ですから、間違いのないよう準備を進めてまいります。',
    '3月議会で予算が可決され、市長も前向きなので、来年度の実施は確実です。',
    '部長も賛成してくれたので、間違いなく盛り上がります！',
    // a matter of time that is nature, a sale or works' progress
    '桜の満開も、もう時間の問題ですね🌸',
    '限定200個のうなぎパン、完売は時間の問題です！お早めに。',
    '工事は順調で、完成は時間の問題です。',
    // an answer reported, or a decision made through the budget
    '一般質問で議員から提案のあった通学路の安全対策について、市長は「前向きに検討する」と答弁しました。',
    '6月議会の一般質問で提案のあった公園の遊具について、市長が前向きに答弁しました。予算に計上され、秋に設置されることになりました。',
    // enjoyment, a crowd, a result already out, praise
    '初めての方でも楽しめるのは間違いありません！ぜひご参加ください。',
    '当日は駐車場が混雑するのは確実ですので、公共交通機関をご利用ください。',
    '昨年度の寄附額が過去最高となったのは、間違いなく皆さまのご支援のおかげです。',
    'ご家族みんなで満足できること間違いなしの一日です。',
    '新しい道の駅が、柳川の新たな観光拠点になるのは間違いありません。',
    // a rule, a doubt, every applicant, first come first served
    '申し込めば必ず入れるわけではありません。抽選の結果をお待ちください。',
    '定員に達するまでは、申し込めばどなたでも確実に参加できます。',
    '保育園の入所は、申し込めば確実に入れるとは限りません。利用調整の結果は2月にお知らせします。',
    '受付は先着順です。定員に空きがあれば、申し込めば確実に入れます。',
    // a delay stated, sourced, by the weather, or a question answered
    '返礼品の発送が遅れております。大変申し訳ございません。',
    '日本郵便によると、年末は年賀状の配達が遅れるそうです。',
    '大雪の影響で、宅配便の配達が遅れているみたいです。',
    '「給付金の振込が遅れるらしい」とのお問い合わせをいただきましたが、予定どおり25日に振り込みます。',
    // the city's view with the writer's experience as an example, or with no reason of one's own
    '市としては、早めの避難をすべきと考えております。私自身も昨年の豪雨で避難所に行きました。',
    '市としては、熱中症対策を徹底すべきと考えております。私自身も暑さに弱いので、皆さんもこまめに水分をとってください。',
    '市としては、空き家の適正管理を所有者に求めるべきと考えております。詳しくは下記のページをご覧ください。',
    // R424Z-033 kind: the city's dated schedule told step first in a formal notice
    '【お知らせ】新しい児童館の開館は令和8年4月ごろとなる見込みです。詳しくは決まり次第お知らせします。',
    'サテライトオフィスの開設は9月中旬となる見込みです。開設日は市報でお知らせする予定です。',
    '新庁舎の供用開始は令和9年1月の見込みです。問合せ：管財課',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial: a secret named and refused passes nothing on', () => {
  // words.ts secretNotTold: a word of secrecy or an informal channel, then the matter refused or said never to be posted.
  it.each([
    'オフレコで聞いた話なので、ここには書けません。',
    'オフレコの話はSNSには書きません。',
    '立ち話で聞いた話なので、詳しくは書けません。',
    'ここだけの話なので、詳しくはお伝えできません。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.severity !== 'info')).toEqual([])
  })
  it.each([
    'オフレコで聞いた話なので書けませんが、実は来年度から無料になります。',
    '立ち話で聞いた話なので書けませんが、来年度から無料になるそうです。',
    '内緒の話なので言えません。来年度から無料になります。',
  ])('flags %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.rule === 'unofficial/rumour' && f.severity === 'warn')).toBe(true)
  })
})

describe('unofficial: blind wave 85 kinds (unofA), a leaning or a reaction given as the reason of a measure foretold, a decision told before its formal step, 確定 asserted then a forecast', () => {
  const flagged = (text: string) => summary(findingsOf(unofficial, text)).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each<[string, string]>([
    // R428D-014, R427C-014 kind: a leaning or a reaction as the reason, the outcome a plain future or foretold with きっと / はず
    ['副市長も乗り気だったから、再来年度には新しい給食センターを建設します。', 'unofficial/forecast:warn:乗り気だったから、再来年度には新しい給食センターを建設します'],
    ['議長も前向きな答弁をしとったけん、来年から高校生までの医療費は無料になります！', 'unofficial/forecast:warn:前向きな答弁をしとったけん、来年から高校生までの医療費は無料になります！'],
    ['商談会で手応えがあったので、物流会社がきっと柳川に拠点を置いてくれるはずです。', 'unofficial/forecast:warn:手応えがあったので、物流会社がきっと柳川に拠点を置いてくれるはずです'],
    ['説明会での住民の皆さんの反応が上々だったので、来年はきっとコミュニティバスの路線が増えますよ。', 'unofficial/forecast:warn:反応が上々だったので、来年はきっとコミュニティバスの路線が増えますよ'],
    // R426B-004 kind: a measure told as decided while a formal step is conceded still ahead
    ['駅西口の再開発ですが、令和9年度に着工することが決まりました。まだ事業認可はこれからですが、担当として全力で取り組みます。', 'unofficial/undecided:warn:事業認可はこれからですが'],
    ['都市計画の決定はこれからですが、中央公園を防災公園として整備することが決まりました。', 'unofficial/undecided:warn:都市計画の決定はこれからですが'],
    // R426B-055 kind: 確定 / 決定 / 決まり asserted as a bare word, then a forecast of works or a measure
    ['スマートインターの整備、もう決定だから、来年度中には工事が始まるでしょう。', 'unofficial/forecast:warn:もう決定だから、来年度中には工事が始まるでしょう'],
    ['バイパスの4車線化、これで確定やけん、再来年には工事も終わって渋滞もなくなるはずばい。', 'unofficial/forecast:warn:これで確定やけん、再来年には工事も終わって渋滞もなくなるはず'],
    ['旧校舎の解体、ほぼ決まりなので、来年度中には工事が始まると思います。', 'unofficial/forecast:warn:ほぼ決まりなので、来年度中には工事が始まると思います'],
    ['沖端の無電柱化、これでもう決定ですから、きっと数年後には電柱が消えますね。', 'unofficial/forecast:warn:もう決定ですから、きっと数年後には電柱が消えますね'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text)).toContain(expected)
  })
  it.each([
    // a leaning with nothing foretold, a hope marked as a hope, the city's own event or decision after a reaction
    '市長が前向きな発言をされていたので、今後の議論に注目です。',
    '市長も前向きな姿勢を示されたので、担当課として準備を進めます。',
    '参加者の皆さんの反応がとてもよかったので、来年も開催できるといいですね。',
    '企業の皆さんの反応がよかったので、来年度も企業立地セミナーを実施したいと考えています。',
    'アンケートの反応がよかったので、次回も同じ会場で開催します。',
    '好評だったので、今年も臨時窓口を開設します。',
    '好評につき、4月から土曜日も窓口を開設します。',
    // a decided measure told with its basis
    '予算が成立したので、来年度から小学生の予防接種は無料になります。',
    '議会の議決を経て、来年度からの実施が決まりました。',
    '3月議会で可決されましたので、これで確定です。来年度中には工事が始まる予定です。',
    '来年度の予算が成立し、補助金の交付が決定しましたので、工事は夏から始まる予定です。',
    // a reader's procedure before a step, a step ahead with nothing told as decided
    '申請の手続き前に、必要書類をご確認ください。日程が決まりました。',
    'まだ事業認可の手続き前ですが、現地ではボーリング調査を行います。',
    // 確定 of a date or a result with no forecast of a measure
    '日程が確定なので、お知らせします。',
    'ハナショウブまつりの日程が確定なので、きっと今年もたくさんの方が来てくれるはずです。',
    '全国大会への出場決定なので、応援よろしくお願いします。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial: a stance grounded in the city\'s own declaration is the city\'s view', () => {
  it.each([
    '平和な世界を私は願っています。柳川市は平和都市宣言に基づき、核兵器廃絶を支持します。',
    '柳川市は非核平和都市宣言のまちとして、核兵器廃絶を支持します。',
    '市議会の決議を受けて、本市は原発の再稼働に反対の立場です。',
  ])('passes %s', (text) => {
    expect(findingsOf(unofficial, text).filter((f) => f.rule === 'unofficial/personal-view' && f.severity !== 'info')).toEqual([])
  })
  it.each(['私は核兵器廃絶を支持します。', '原発の再稼働には反対です。', '消費税はすぐにゼロにするべきだと思います。'])('flags %s', (text) => {
    expect(findingsOf(unofficial, text).some((f) => f.rule === 'unofficial/personal-view')).toBe(true)
  })
})

describe('unofficial: blind wave 86 kinds (unof86), a decision told before the council\'s report or the public comment, a rumour quoted then said heard, the city\'s own direction prepared', () => {
  const flagged = (text: string) => summary(findingsOf(unofficial, text)).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each<[string, string]>([
    // R429E-021 kind: decided while the report, the consultation or the public comment is still ahead
    ['市民プールの統合が決まりました。パブリックコメントはまだですが、方針に変わりはありませんので、ご承知おきください。', 'unofficial/undecided:warn:パブリックコメントはまだですが'],
    ['審議会への諮問はこれからですが、公民館の有料化は決定しました。', 'unofficial/undecided:warn:諮問はこれからですが'],
    ['総合計画の審議会の答申は秋ごろですが、中身はもう固まっていますので、新しい路線バスを前提にご検討ください。', 'unofficial/undecided:warn:審議会の答申は秋ごろですが'],
    ['検討委員会の答申は3月末ですが、保育園2園の統合が決まりましたので、お知らせします。', 'unofficial/undecided:warn:検討委員会の答申は3月末ですが'],
    // R430F-041 kind: a rumour of a change quoted in brackets, then said heard, passed on
    ['「市民プールの営業が今年で終わりになる」との情報を伺いましたので、お知らせまで。', 'unofficial/rumour:warn:「市民プールの営業が今年で終わりになる」との情報を伺い'],
    ['『北部の図書館分室が来年3月で廃止される』って話を小耳にはさんだので、共有しておきます。', 'unofficial/rumour:warn:'],
    ['「三橋体育館が再来年から有料になる」という噂を聞きました。共有しておきます。', 'unofficial/rumour:warn:'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each<[string, string]>([
    // the MG-049 kind's limits: a direction under talks, passed on, under a secret, a fee, or in the progressive stays a finding
    ['駐車場を増やす方向で調整中らしいです。', 'unofficial/'],
    ['ここだけの話、駐車場を増やす方向で準備を進めます。', 'unofficial/forecast:warn:方向で準備'],
    ['来年から駐車場を有料にする方向で準備を進めます。', 'unofficial/forecast:warn:方向で準備'],
    ['駐車場を増やす方向で準備を進めています。', 'unofficial/forecast:warn:方向で準備'],
  ])('still flags %s', (text, expected) => {
    expect(flagged(text).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    // a step ahead with nothing told as decided, a step done
    '審議会の答申は来月ですが、審議の状況は市のホームページでお知らせします。',
    '審議会の答申を受けて、中学校の統合が決まりました。',
    'パブリックコメントはこれからですが、計画案は市役所1階で閲覧できます。',
    // a rumour denied or asked about, a friendly word heard, words deplored or warned of
    '「図書館が来年閉館になる」という話を耳にしましたが、そのような予定はありません。',
    '「スタッフさんがとても親切だった」という話を聞きました。ありがとうございます。',
    '「来年から無料になる」という話を聞きましたが、本当ですか？',
    '「市役所から還付金がある」という話を聞きました。不審な電話にご注意ください。',
    // MG-049 kind: the city's own direction prepared, in its own voice
    '駐車場は来年、台数を増やす方向で準備を進めます。',
    '次回は、受付の窓口を広げる方向で準備いたします。',
    'ご意見を踏まえ、来年の大会では給水所を増やす方向で準備を進めてまいります。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial: blind wave 87 kinds (unofB87), a staff member\'s view given as the city\'s stance', () => {
  const flagged = (text: string) => summary(findingsOf(unofficial, text)).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each<[string, string]>([
    // R431G-030 kind: a candour marker inside the city's stance
    ['市民プールの料金が高いという声をいただいています。本市としては、率直に申し上げて、指定管理者の経営努力が足りないのが原因だと考えております。', 'unofficial/personal-view:warn:本市としては、率直に申し上げて'],
    ['柳川市は、ぶっちゃけ、商店街の衰退は店主さんたちの高齢化のせいだと見ています。', 'unofficial/personal-view:warn:柳川市は、ぶっちゃけ'],
    ['正直に言うと、市としては、保育士不足は給料の問題ではなく働き方の問題だと思っています。', 'unofficial/personal-view:warn:'],
    // R432H-023 kind: one's conviction equated with the city's policy, or one's feeling said shared by the city
    ['子育て支援の充実は、僕の信念がそのまま柳川市の方針です。', 'unofficial/personal-view:warn:僕の信念がそのまま柳川市の方針'],
    ['ペーパーレス化を進めます。これは担当者の考えであり、同時に市の方針でもあります。', 'unofficial/personal-view:warn:担当者の考えであり、同時に市の方針'],
    ['この取組は、私が広報担当として毎日感じていることですが、市の考えもまったく同じです。', 'unofficial/personal-view:warn:'],
    // R434K-017 kind: a dismissive judgement as the reason of a reorganisation told as the city's course
    ['利用の少ない出張所を続けても意味がないから、本市としては来年度から本庁の窓口に集約する方針です。', 'unofficial/personal-view:warn:本市としては来年度から本庁の窓口に集約'],
    ['古い市民会館を直し続けるのはムダなので、柳川市は解体する予定です。', 'unofficial/personal-view:warn:柳川市は解体'],
    ['参加者の少ない夏祭りをやっても仕方ないんで、市としては今後は秋のイベントに統合していきます。', 'unofficial/personal-view:warn:市としては今後は秋のイベントに統合'],
    // R434K-047 kind: a value judgement on residents' lives attributed to the city
    ['若い世代は地元に残って家業を継ぐのが当たり前だと、本市は考えております。', 'unofficial/personal-view:warn:のが当たり前だと、本市は考え'],
    ['市としては、結婚したら早めに子どもを持つのが幸せだと考えています。', 'unofficial/personal-view:warn:市としては、結婚したら'],
    ['定年後は郊外の持ち家を手放してまちなかで暮らすのが理想だと柳川市は思っています。', 'unofficial/personal-view:warn:のが理想だと柳川市は思'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    // candour: 正直な + a noun, honesty asked of readers, the marker in another sentence than the city's stance
    '市としては、皆さんの正直なご意見をお聞きしたいと考えています。',
    '柳川市としては、所得を正直に申告していただくことが大切だと考えています。',
    '正直なところ、私も最初は迷いました。柳川市としては、計画に基づき整備を進めていきたいと考えています。',
    '柳川市としては、率直に申し上げて、本市の説明が不十分であったと考えております。',
    // a disclaimer, a plain statement, the city's policy first and one's agreement after
    'この投稿は私個人の意見であり、市の見解ではありません。',
    '私の考えではなく、市の方針としてお伝えします。',
    'ごみの減量は市の方針であり、私自身の思いでもあります。',
    // a dismissive word as residents' voice, no city course, a course still weighed, a plan cited
    '路線を残しても仕方がないとのご意見もいただいていますが、市としては地域公共交通計画に基づき、現行の路線を維持します。',
    '雨が降っても仕方がないので、雨具をご用意ください。',
    '利用の少ない路線を続けても意味がないので、市としては今後、路線の再編を検討してまいります。',
    'コミュニティバスについては、地域公共交通計画（令和6年策定）では、乗合タクシーへの一本化を進めることとしています。',
    // a practical tip, the city's support told, a mayor's words quoted, a plan cited, a choice left to the person
    '住み替えを考えている方は、まず空き家バンクに登録するのが一番の近道です。',
    '柳川市は、高齢の方がまちなかへ住み替える際の費用を補助しています。',
    '市長は会見で「まちなかに住むのが一番便利だと思う」と述べました。',
    '柳川市は、立地適正化計画に基づき、まちなか居住を進めるのが望ましいと考えています。',
    '結婚や出産は、ご本人が決めることだと市は考えています。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial: blind wave 88 kinds (unof88)', () => {
  const flagged = (text: string) => summary(findingsOf(unofficial, text)).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each<[string, string]>([
    // R435L-024 kind: talk heard from someone outside the city, then a matter to come in the press's hedge or hearsay
    ['旅館組合の方からちょっと伺った話では、来年から大型クルーズ船が三池港に寄港する模様。', 'unofficial/rumour:warn:旅館組合の方からちょっと伺った話では'],
    ['建設業者さんから内々に教えてもらった話では、駅の東口に大きなホテルが建つみたいですよ。', 'unofficial/rumour:warn:建設業者さんから内々に教えてもらった話では'],
    ['ホテルの方からちらりと伺ったところでは、年明けに台湾の旅行会社の視察団が来る模様です。', 'unofficial/rumour:warn:ホテルの方からちらりと伺ったところでは'],
    // R436M-024 kind: what a weekly, the press or the net says about someone of the city, passed on
    ['ネット上では、副市長が近く退任するとささやかれています。', 'unofficial/rumour:warn:ネット上では、副市長が近く退任する'],
    ['一部報道によると、市議会議員の一人が逮捕される可能性があると報じられています。', 'unofficial/rumour:warn:一部報道によると'],
    ['スポーツ紙では、教育長が次の市長選に出馬するとも伝えられています。', 'unofficial/rumour:warn:スポーツ紙では'],
    // R436M-026 kind: a project not yet decided called certain
    ['新しい給食センターの誘致も、まず間違いないでしょう。', 'unofficial/forecast:warn:誘致も、まず間違いないでしょう'],
    ['陸上競技場の整備は、もう堅いと思います。', 'unofficial/forecast:warn:整備は、もう堅いと思'],
    ['図書館の建て替えは、まず確実でしょう。楽しみですね。', 'unofficial/forecast:warn:建て替えは、まず確実でしょう'],
    // R436M-052 kind: a hedged answer read as a decision
    ['市長は道の駅の整備について「研究してまいります」と答弁しました。ついに整備決定ですね！', 'unofficial/forecast:warn:ついに整備決定です'],
    ['議会で市長が「前向きに検討します」との回答。これでプールの再開は確定だ！', 'unofficial/forecast:warn:これでプールの再開は確定だ'],
    ['教育長が給食費の無償化を「検討する」と述べました。もう実現確実です。', 'unofficial/forecast:warn:もう実現確実です'],
    // R436M-055 kind: a bill only proposed told as in force
    ['先週の議会に提出された予算案で、来月から子ども医療費は高校生まで無料となります。', 'unofficial/undecided:warn:提出された予算案で'],
    ['今議会に上程された議案により、4月から国保税が引き下げになります。', 'unofficial/undecided:warn:上程された議案により'],
    ['昨日議会に提案した条例改正案によって、7月からごみ袋の料金が変わります！', 'unofficial/undecided:warn:提案した条例改正案によって'],
    // R435L-027 kind: the city's future course guessed on its behalf
    ['個人的には観光客が増えすぎだと思います。市としてもいずれ入域を制限する方向に動くでしょう。', 'unofficial/forecast:warn:制限する方向に動くでしょう'],
    ['行政としても、今後は補助金を縮小する方向に向かうはずです。', 'unofficial/forecast:warn:縮小する方向に向かうはず'],
    ['市もそろそろ廃止の方針に傾くと思います。', 'unofficial/forecast:warn:市もそろそろ廃止の方針に傾くと思います'],
    // R436M-032 kind: the executive's stance on a matter that is the council's own
    ['本市としては、議員報酬の引き下げに賛成だと思っています。', 'unofficial/personal-view:warn:本市としては、議員報酬の引き下げに賛成'],
    ['政務活動費の増額を求める請願が出ていますが、市としては反対が当然だと考えています。', 'unofficial/personal-view:warn:市としては反対が当然'],
    ['議員定数の見直しについて、柳川市は削減すべきだと考えております。', 'unofficial/personal-view:warn:柳川市は削減すべき'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    // heard talk: a feeling, history, the city's own department
    '旅行会社の方から伺った話では、参加されたお客さまがとても喜んでいたとのことです。',
    '地元の方から伺った話では、この橋は明治時代に架けられたものだそうです。',
    '担当課の方から伺った話では、申請は来月から受け付けるとのことです。',
    '観光協会さんから伺った話では、先週末の川下りはとても好評だったとのことです。',
    // the press or the net: denied, a saying about the town, warned against
    '一部報道で、市長が辞任するとの記事が出ていますが、そのような事実はありません。',
    'ネット上では、柳川は「水の都」と言われています。',
    'SNS上で「市役所が閉鎖される」と言われていますが、デマです。惑わされないようご注意ください。',
    // certainty: 確実に + a verb, a measure passed
    '工事は順調に進んでいます。確実に安全を確保しながら進めてまいります。',
    '3月議会で予算が可決され、来年度の着工は確実となりました。',
    '申請書類は確実にご提出ください。',
    // a hedged answer told as it is
    '市長は「検討する」と答弁しました。決まり次第、お知らせします。',
    '市長は駅前広場について「検討します」と答弁しました。今後の動きに注目です。',
    '一般質問で、バス路線の延伸について「研究してまいります」との答弁がありました。',
    // a bill: the proposal reported, the outcome conditional, the bill passed
    '本日の議会に、給食費を無料にする条例改正案を提案しました。',
    '本日の議会に提案された条例改正案が可決されれば、4月から給食費は無料になります。',
    '3月議会で可決された条例改正により、4月から給食費は無料になります。',
    // the city's course in its own voice, thanks
    '市としても、今後は規制のあり方について皆さまのご意見を伺ってまいります。',
    '市としても、皆さまのご協力に感謝しています。',
    '市も今後、支援を強化する方向で取り組んでまいります。',
    // a council matter reported or left to the council, a view on the city's own matter
    '議員定数の削減を求める陳情が提出されました。総務委員会で審査される予定です。',
    '議員定数については、議会でご判断いただくものと考えています。',
    '市としても、防災対策は強化すべきだと考えています。',
    // MK-034 kind: how participants took a held event
    '市の観光研修で、講師の方から「おもてなしは笑顔から」とのお話がありました。参加した皆さんにも好評だったようです。',
    '先日の防災講座、受講者の皆さんも備蓄を見直すきっかけになったようです。',
    '昨日の親子料理教室、参加した子どもたちも楽しんだようです。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
  it('still reads a change heard from participants as a forecast', () => {
    expect(flagged('参加者の皆さんの話では、来年度から講座は有料になったようです。').some((x) => x.startsWith('unofficial/'))).toBe(true)
  })
})

describe('unofficial: blind wave 89 kinds (unof89)', () => {
  const flagged = (text: string) => summary(findingsOf(unofficial, text)).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each<[string, string]>([
    // R439Q-011 kind: a measure stated as in force while the council is conceded to be deliberating it (progressive)
    ['4月から、全小学校に学校図書館司書が配置されます。6月議会で関連予算をご審議いただいているところですが、ご期待ください。', 'unofficial/undecided:warn:議会で関連予算をご審議いただいているところですが'],
    ['来年度より、市内の公民館にWi-Fiが導入されます！ただいま定例会で補正予算を審議している最中ですけど、便利になりますよ。', 'unofficial/undecided:warn:定例会で補正予算を審議している最中ですけど'],
    ['10月から、子ども医療費が高校生まで無料になります。現在、委員会で条例改正案を審査しているところですが、よろしくお願いします。', 'unofficial/undecided:warn:委員会で条例改正案を審査しているところですが'],
    // R439Q-024 kind: the city's stance on a family's own choice for its child
    ['市としては、小学生にスマホはまだ早いと考えています。', 'unofficial/personal-view:warn:市としては、小学生にスマホはまだ早い'],
    ['本市は、中学生のうちは携帯電話を持たせるべきではないと考えております。', 'unofficial/personal-view:warn:本市は、中学生のうちは携帯電話を持たせるべきではない'],
    ['当市としては、高校生にアルバイトは必要ないと考えています。', 'unofficial/personal-view:warn:当市としては、高校生にアルバイトは必要ない'],
    // R439Q-034 / R440R-035 / R440R-004 kind: hearsay in casual or a mascot's speech
    ['くるっぱだよ〜！来週の花火大会、シャトルバスが増便されるって聞いたよ〜！', 'unofficial/rumour:warn:って聞いた'],
    ['近所の人から、駅前のスーパーが年内で閉店するって聞きました！', 'unofficial/rumour:warn:って聞きました'],
    ['聞いちゃったんだけど、今度の夏祭りは花火がなくなるんだって！', 'unofficial/rumour:warn:なくなるんだって'],
    ['公園の遊具が壊されたって聞きました。皆さんも気をつけてください。', 'unofficial/rumour:warn:って聞きました'],
    // R440R-045 kind: a count forecast
    ['この調子なら、今年の観光客は去年の倍になるでしょう。', 'unofficial/forecast:warn:観光客は去年の倍になるでしょう'],
    ['来年は空き巣の被害も半減すると思います。', 'unofficial/forecast:warn:被害も半減すると思います'],
    ['今年の来場者は1万人に達するはずです！', 'unofficial/forecast:warn:来場者は1万人に達するはず'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    // the deliberation told alone, the measure conditional or hedged
    '現在開会中の3月議会で予算を審議しているところです。審議の様子はインターネットで中継しています。',
    '議会で審議しているところですが、可決されれば来年度から全中学校にエアコンが設置されます。',
    '来年度から新しい窓口が設置される予定です。現在、議会で予算を審議しているところですが、詳細は決まり次第お知らせします。',
    // the city's own rule, support offered, a judgement of the city's own work
    '市としては、学校へのスマートフォンの持ち込みは認めていません。',
    '市としては、子どもたちのスマートフォンの適切な利用を支援したいと考えています。',
    '市としては、新たな施設の整備は必要ないと考えています。',
    '市としては、中学生の部活動の地域移行を進める必要があると考えています。',
    // a feeling or thanks heard, the past, a state, a rumour denied, the city's department
    '昨日のイベント、子どもたちがすごく楽しかったって聞いたよ〜！',
    '参加した皆さんが喜んでくれたって聞きました。ありがとうございました！',
    '昔はこの辺りに映画館があったって聞きました。',
    '毎朝この公園でラジオ体操をしているって聞きました。',
    'SNSで「市民プールが閉鎖される」って聞いたという方へ。そのような事実はありません。',
    '担当課に聞いたんですが、申請は来月から受け付けるとのことです。',
    // a target, a result, a wish, the city's own estimate
    '市では、交通事故の件数を半分にすることを目指します。',
    '昨年は事故の件数が半分になりました。',
    '皆さんのご協力で、事故をゼロにしたいと思います。',
    '今年度の来場者数は2万人程度になる見込みです。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial: blind wave 90 kinds (unof90)', () => {
  const flagged = (text: string) => summary(findingsOf(unofficial, text)).filter((x) => x.includes(':warn') || x.includes(':block'))
  it.each<[string, string]>([
    // R441S-018 / R442T-056 kind: a lifting or a tax cut guessed at this pace
    ['このペースなら、再来年度には国民健康保険税の税率も引き下げられると思います。', 'unofficial/forecast:warn:'],
    ['今の調子なら、通行止めは明日の朝には解除されると思いますよ。', 'unofficial/forecast:warn:今の調子なら、通行止めは明日の朝には解除されると思います'],
    ['このままなら、来年度は水道料金の値下げもされるでしょう。', 'unofficial/forecast:warn:このままなら、来年度は水道料金の値下げもされるでしょう'],
    // R441S-046 / R442T-048 kind: a tax change or relief told as settled, sold as good news, with no decision or source
    ['うれしいお知らせ！4月から市営駐車場の使用料が無料になります。お楽しみに！', 'unofficial/undecided:warn:使用料が無料になります'],
    ['皆さんに朗報です。今年度の個人住民税は全員半額になります！', 'unofficial/undecided:warn:個人住民税は全員半額になります'],
    ['被災された方の国民健康保険料を免除します。安心してくださいね。', 'unofficial/undecided:warn:保険料を免除します'],
    // R444V-047 kind: a firm promise resting on funding not yet granted
    ['予算が通ったら、来年度から絶対に全校にエアコンを設置します！', 'unofficial/forecast:warn:予算が通ったら、来年度から絶対に'],
    ['交付金が採択されれば確実に体育館を建て替えられますので、ご安心ください。', 'unofficial/forecast:warn:交付金が採択されれば確実に'],
    ['県の補助金が下りれば必ず今年中に橋を架け替えます。約束します。', 'unofficial/forecast:warn:補助金が下りれば必ず'],
    // R442T-040 kind: a rumour quoted as going round, then acted on
    ['ネットで「明日から断水する」という書き込みが出回っています。念のため、飲み水を早めに確保してください。', 'unofficial/rumour:warn:という書き込みが出回'],
    ['LINEで「駅前のスーパーが閉店セールで全品半額」という情報が広まっています。急いで行ってみてくださいね。', 'unofficial/rumour:warn:という情報が広ま'],
    ['SNSで「市民プールで不審者が出た」という話が流れています。念のためお子さんだけで行かせないようにしましょう。', 'unofficial/rumour:warn:という話が流れ'],
    // R442T-016 kind: a hazard to come foretold by a private person
    ['近所の方の話では、今夜は川が氾濫するかもしれないそうです。念のため備えてください。', 'unofficial/rumour:warn:近所の方の話では'],
    ['友人の話だと、明日の大雪で道路が通れなくなりそう、とのこと。', 'unofficial/rumour:warn:友人の話だと'],
    ['知り合いから聞いた話だと、週末に台風が上陸するらしいです。', 'unofficial/rumour:warn:'],
    // R441S-059 kind: a system called unfair or wrong on the city's account
    ['柳川市としては、今の交付税の仕組みは不合理な制度だと考えています。', 'unofficial/personal-view:warn:柳川市としては、今の交付税の仕組みは不合理な制度だと考えて'],
    ['本市としましても、ふるさと納税は地方の努力を生かせない不公平な仕組みだと思っております。', 'unofficial/personal-view:warn:本市としましても'],
    ['市としては、現行の補助制度は時代遅れのルールだと考えております。', 'unofficial/personal-view:warn:市としては、現行の補助制度は時代遅れのルールだと考えて'],
    // R444V-052 / R442T-010 kind: the bare 正直 in the city's stance, or the city named just before the verb
    ['本市としても、あの事業の打ち切りは正直早すぎたと考えています。', 'unofficial/personal-view:warn:'],
    ['本音を言えば、駅前再開発の遅れが人口減少の一因だと本市では見ています。', 'unofficial/personal-view:warn:'],
    ['ぶっちゃけ、商店街の衰退は大型店の出店が原因だと市としては考えております。', 'unofficial/personal-view:warn:'],
  ])('flags %s', (text, expected) => {
    expect(flagged(text).some((x) => x.startsWith(expected))).toBe(true)
  })
  it.each([
    // a lifting announced, a target, a step weighed
    '避難指示は本日15時に解除されました。',
    'この調子なら、今年度の目標も達成できると思います。',
    'このまま水位が下がれば、避難指示の解除を検討します。',
    // a change with its legal basis or a page, relief applied for
    '令和8年度から軽自動車税の税率が変わります（条例改正）。',
    '災害で被害を受けた住宅の固定資産税について、減免の申請を受け付けています。',
    '朗報です！3月議会で可決され、来年度から手数料が引き下げになります。詳しくは市ホームページをご覧ください。',
    // works planned on a grant, a grant used, no vow resting on a grant
    '補助金が採択されれば、令和8年度に工事を行う予定です。',
    '国の補助金を活用して、今年度中に必ず補修を終えます。',
    '予算の範囲内で、必ず優先順位をつけて対応します。',
    // a rumour quoted and denied
    'SNS上で「ダムが今夜放流する」という情報が広がっていますが、事実ではありません。',
    'ネットで「給水が止まる」という投稿が出回っていますが、確認できていません。念のため市の公式情報をご確認ください。',
    '「水道料金が上がる」という話が広がっていますが、誤りです。',
    '「臨時バスが運休する」という書き込みが出回っていますが、現在も通常どおり運行しています。念のため、時刻表もご覧ください。',
    '「給食センターが閉鎖される」という話が出回っていますが、通常どおり運営しています。念のため、献立表もご確認ください。',
    // a forecast credited to the weather office, old times, a pleasant memory
    '福岡管区気象台によると、台風は週末に九州北部に接近する見込みです。',
    '近所の方の話では、昔はこの川でよく泳いだそうです。',
    '知り合いの話だと、昨日の花火大会はとてもきれいだったそうです。',
    // a fair system sought, a verdict denied, residents' voice
    '市としては、誰もが使いやすい公平な制度となるよう見直しを進めてまいります。',
    '市としては、ふるさと納税は不公平な制度ではないと考えております。',
    '国の制度は不公平だというご意見をいただきました。',
    // honesty asked of readers, an apology
    '市としては、市民の皆さまの正直なご意見をお聞きしたいと考えています。',
    '市としては、正直に申告していただくようお願いしております。',
    '正直に申し上げて、市の対応が不十分であったと考えております。深くお詫び申し上げます。',
    // R442T-012 kind: the office's own processing time with となる / になる
    '発行は、申請から10日後となる見込みです。',
    '審査結果の通知は、申請から1か月程度になる見通しです。',
    '認定証の交付は、おおむね3週間程度となる見込みです。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial: a rumour going round that the city says it looked into and found nothing of is set right, not relayed', () => {
  const flagged = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    // still unsure, then acted on: relayed
    '「橋が崩れた」という投稿が広がっています。被害はまだ確認できていません。念のため、近づかないでください。',
    'SNSで「公民館に不審者が出た」という話が回っているようです。詳しいことはわかりませんが、念のためお気をつけください。',
  ])('warns on %s', (text) => {
    expect(flagged(text).some((x) => x.startsWith('unofficial/rumour:warn'))).toBe(true)
  })
  it.each([
    '「橋が崩れた」という投稿が広がっていますが、市では被害は確認していません。念のため、近づかないでください。',
    '「堤防が決壊した」という書き込みが出回っていますが、そのような事実は確認されていません。念のため、最新の情報は市ホームページでご確認ください。',
    '「給水車が来ない」という話が広がっていますが、そうした事案は現時点で確認しておりません。念のため、給水所の場所をお知らせします。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial: blind wave 91 kinds (hu91: R445W-014, R446X-028, R446X-036), casual hearsay about a place named after history, complaints thrown back as a cut, a vote conceded ahead then foretold', () => {
  const flagged = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // casual hearsay of a matter ahead, a history word only in a place's name (R445W-014 kind)
    ['来月から城跡公園の駐車場が有料になるって聞いたよ〜！決まったらまたお知らせするね', 'unofficial/rumour:warn'],
    ['白秋記念館、来年度から休館日が変わるってきいたよ！', 'unofficial/rumour:warn'],
    ['今度、藩主の屋敷跡にカフェができるって聞いた〜！', 'unofficial/rumour:warn'],
    // complaints thrown back as the reason of a cut told as the city's course (R446X-028 kind)
    ['苦情がこんなに多いのですから、市としては今後、花壇を減らしていく方針です。', 'unofficial/personal-view:warn'],
    ['毎回文句ばかり言われるんだから、本市は来年から夏祭りをやめることにします。', 'unofficial/personal-view:warn'],
    ['騒音の苦情が多いので、柳川市としては公園の遊具を撤去していく方針です。これが私たちの答えです。', 'unofficial/personal-view:warn'],
    // the vote conceded still ahead, then foretold (R446X-036 kind)
    ['新しい図書館、再来年にはオープンするはず！議決はこれからですが、まず通ると思います。', 'unofficial/forecast:warn'],
    ['体育館の改修、本会議はまだですけど、きっと可決されるでしょう✨', 'unofficial/forecast:warn'],
    ['給食費の無償化、議会はまだだけど、たぶん通るはず！', 'unofficial/forecast:warn'],
  ])('warns on %s', (text, want) => {
    expect(flagged(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    '昔は白秋生家の前に舟着き場があったってきいたよ〜',
    '白秋は柳川の川下りが大好きだったってきいたよ',
    '白秋生家の入館料、来年度から市民は無料になります。',
    '落ち葉の苦情が多いことから、柳川市としては街路樹の管理計画に基づき、樹木を減らしていく方針です。',
    '苦情が多いので、市としては清掃の回数を増やしていく方針です。',
    '落ち葉の苦情が来ることから、市としては街路樹を減らすかどうか検討していきます。',
    '議会はまだですが、結果は決まり次第お知らせします。',
    '議会で可決されれば、来年の春から新しい遊具が設置されます。',
    'バスは議会前を通ると思います。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial: blind wave 92 kinds (unof: R447Y-011, R450B-029, R450B-035, R450B-038, R448Z-010, MP-023), an outcome awaited then told as decided, a tax or rule change guessed as sure, a sweeping verdict owned as the poster\'s, a property deal heard, the count\'s clock time', () => {
  const flagged = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // the deciding body's outcome conceded as awaited, then the reader told to take it as decided (R447Y-011 kind)
    ['検討委員会の結論はまだですが、建て替えで決まりと考えていただいて構いません。', 'unofficial/undecided:warn'],
    ['支所の統合は審議会の答申がこれからですけど、統合で決まりだと思ってもらって大丈夫です。', 'unofficial/undecided:warn'],
    ['学校の統合は委員会の結論待ちですが、統合されると考えていただいて結構です。', 'unofficial/undecided:warn'],
    ['公民館の建て替えは検討会の結論がまだですが、まず建て替えで間違いありません。', 'unofficial/undecided:warn'],
    // a change of a tax or a rule guessed as sure at a time ahead (R450B-029 kind)
    ['来年度には、ふるさと納税の控除がさらに縮小されるでしょう。今のうちに寄付をどうぞ。', 'unofficial/forecast:warn'],
    ['国で検討が進んでいるので、数年後には農地の転用規制がもっと厳しくなるはずです。', 'unofficial/forecast:warn'],
    ['県の議論を見る限り、再来年には浄化槽の点検が義務化されるのは確実です。', 'unofficial/forecast:warn'],
    ['国では議論が進んでおり、再来年には古い住宅が増税の対象になるはずです。', 'unofficial/forecast:warn'],
    // a sweeping verdict given as the city's thought, then owned as the poster's own feeling (R450B-035 kind)
    ['本市としては、結局のところ補助金を出しても無駄で、打ち切るべきだと考えております。これは私が担当として長年思ってきたことです。', 'unofficial/personal-view:warn'],
    ['市としては、歩きスマホは一切禁止にすべきだと思っています。正直、担当の僕が前から感じていたことでもあります。', 'unofficial/personal-view:warn'],
    ['柳川市といたしましては、敬老会の記念品は全部やめるべきだと考えています。これは担当者である私がずっと考えてきたことでもあるんです。', 'unofficial/personal-view:warn'],
    // a property said to be about to change hands, heard (R450B-038 kind)
    ['駅前の空き地、東京のホテルチェーンが買収するみたいです。', 'unofficial/rumour:warn'],
    ['旧小学校の跡地、民間企業に売却されるらしいよ〜', 'unofficial/rumour:warn'],
    ['川沿いの旅館、県外の投資家がまとめて購入するって！', 'unofficial/rumour:warn'],
    // the count's clock time still forecast when it tells who wins or leads, or a change (R448Z-010, MP-023 kinds kept strict)
    ['市長選は現職の当選確定が午後10時ごろの見込みです。', 'unofficial/forecast:warn'],
    ['開票の結果、新人候補が優勢で、確定は午後11時ごろの見込みです。', 'unofficial/forecast:warn'],
    ['来年度から開票所が総合体育館に移転し、確定は午前0時ごろになる見込みです。', 'unofficial/forecast:warn'],
    // a rate or a charge guessed as kept as it is next year (R451C-031 kind)
    ['介護保険料、来年度もおそらく変わらないと思います。安心してくださいね。', 'unofficial/forecast:warn'],
    ['下水道使用料は、来年度も値上げされないと思いますよ。', 'unofficial/forecast:warn'],
    ['水道料金はたぶん再来年も据え置かれるはずですよ！', 'unofficial/forecast:warn'],
    // a claim on another body's duty given as the city's thought, no request named (R452D-028 kind)
    ['本市としては、この県道の拡幅は本来は県が整備すべきだと思っております。', 'unofficial/personal-view:warn'],
    ['市としては、家電の回収は本来メーカーの責任で行うべきものと考えております。', 'unofficial/personal-view:warn'],
    ['柳川市といたしましては、子ども医療費の助成は本来、国の制度として行うべきだと考えています。', 'unofficial/personal-view:warn'],
    // decided told while the formal decision is conceded to come, in a plain sentence (R452D-056 kind)
    ['新庁舎の建設場所は、旧市民会館跡地に決定しました。正式な決定は12月議会での議決後となる予定です。', 'unofficial/undecided:warn'],
    ['給食センターの統合先は、旧三橋中跡地に決まりました！議会の議決を経て正式に決定される予定です。', 'unofficial/undecided:warn'],
    ['市民会館の移転先は駅南の市有地に決定しました。最終的な決定は来月の議会で行われる予定です。', 'unofficial/undecided:warn'],
    // a cost given with 見込み still guessed when hedged, heard or its budget still to be debated (R452D-015 kind kept strict)
    ['○事業費：約120億円の見込み（ただし、議会の予算審議はこれから）', 'unofficial/forecast:warn'],
    ['市民プールの改修費は、来年度には2億円に増える見込みらしいです。', 'unofficial/forecast:warn'],
  ])('warns on %s', (text, want) => {
    expect(flagged(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    // R447Y-011 kind kept clean: the outcome promised later, nothing decided said so, a fact of the procedure, a venue confirmed
    '検討委員会の結論はまだですが、決まり次第お知らせしますので、もうしばらくお待ちください。',
    '審議会の答申待ちですが、現時点では何も決まっていないと考えていただいて結構です。',
    '委員会の結論はまだですが、説明会の会場は市民会館で間違いありません。',
    '答申はこれからですが、いただいたご意見はすべて審議会にお伝えすると考えていただいて大丈夫です。',
    // R450B-029 kind kept clean: an effect of a rule, a relief with no time ahead, a rule in force applied
    '規制の強化により、来年度には違法駐車も減るはずです。',
    '医療費控除を受けると、税負担が軽くなるはずです。',
    '新しい基準は4月から適用されています。来年度の申請もこの基準で審査されるでしょう。',
    // R450B-035 kind kept clean: a stance grounded in a plan, the policy first and one's agreement after, one's own habit, an inclusive すべて
    '柳川市としては、地域猫活動を推進すべきだと考えています。これは市の動物愛護推進計画に基づくものです。',
    '空き家の活用は市の方針であり、私自身の思いでもあります。',
    '本市としては、ごみの分別を徹底していくべきだと考えています。私も担当として、日頃から分別を心がけています。',
    '市としては、すべての子どもに居場所が必要だと考えています。これは担当の私が相談窓口で日々感じていることでもあります。',
    // R450B-038 kind kept clean: a sale long past, goods bought
    'この古民家は、昭和の初めに地元の酒造会社が買い取ったらしいです。',
    '地元の人は野菜を直売所で購入するらしいです。',
    'お祭りの記念グッズは会場で購入するらしいです。',
    // R448Z-010, MP-023 kinds (clean): the clock time of the city's own count or announcement
    '開票は午後9時から始まり、結果の確定は午後11時ごろとなる見込みです。',
    '投票率の中間発表は午後2時、最終の発表は午後8時30分ごろの見込みです。',
    '【開票のお知らせ】\n○市長選挙　中間発表 午後9時30分、確定 午後10時30分頃の見込み\n結果は市ホームページでお知らせします。',
    '市民栄誉賞の審査結果の発表は、当日午後4時ごろの見込みです。',
    // R451C-031 kind kept clean: a rate kept by a decision or a vote, kept this year with no guess
    '国保税の税率について、令和8年度は据え置くことを決定しました。',
    '保険料率は来年度も据え置くことが3月議会で可決されました。',
    '固定資産税の税率は、今年度も据え置きとなっています。',
    // R452D-028 kind kept clean: the same thought with the city's request named, a stance with no other body
    '柳川市としては、ごみ処理にかかる費用は本来国が負担すべきものだと考えており、市長会として国に要望しています。',
    '本市としては、子ども医療費の助成は本来国が行うべきと考えており、毎年、県を通じて要望書を提出しています。',
    '市としては、本来あるべき姿に向けて、施設の在り方を見直すべきだと考えています。',
    // R452D-056 kind kept clean: a guide or a contract after the vote, a past decision, a shortlist with the decision ahead
    '説明会の日程が決まりました。正式な案内は後日郵送します。',
    '工事の請負業者が決まりました。議会の議決を経て、本契約を締結する予定です。',
    '建設地は、昨年2月の議会で正式に決定しました。',
    '候補地は3か所に絞られました。正式な決定は来年2月の議会で行われる予定です。',
    '新施設の名称が「やながわ館」に決まりました！条例の改正は3月の議会で行う予定です。',
    // R452D-015 kind (clean): the city's own published or budgeted cost of its project
    '【新図書館の建設】\n■場所：市役所東側\n■総事業費：約38億円の見込み\n■開館：令和10年春の予定',
    '新体育館の総工費は約25億円の見込みで、令和7年度当初予算に計上しています。',
    '学校給食センター整備の概算事業費は約18億5千万円の見込みです（市の整備計画で公表済み）。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial: blind wave 94 kinds (unof94a: R453E-016, R456H-034, MS-058, MT-027, R454F-016, R456H-048, R454F-005, R454F-039), the city\'s own schedule told with 見込み, a judged result or a count\'s surge called certain, a procedure\'s switch ahead told as settled or heard', () => {
  const flagged = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // the result of a contest or a selection others judge called certain before it is out (R454F-016 kind)
    ['県の書道展、うちの中学校の作品は出来がいいので、入賞は間違いないでしょう！', 'unofficial/forecast:warn'],
    ['絵画コンクールの審査は来週ですが、最優秀賞の受賞はほぼ確実だと思います。', 'unofficial/forecast:warn'],
    ['ロボットコンテストの全国大会、柳川高校の優勝はまず間違いありません。', 'unofficial/forecast:warn'],
    // a count's surge or a public resource's shortfall foretold as certain (R456H-048 kind)
    ['今年の冬はインフルエンザの患者が急増するのは間違いないです。', 'unofficial/forecast:warn'],
    ['この暑さだと、市内の避難所の毛布が不足するのはまず間違いありません。', 'unofficial/forecast:warn'],
    ['来月には、ごみの量が倍になるのは確実です。', 'unofficial/forecast:warn'],
    // a procedure's or a survey's switch at an occasion ahead, told as settled or heard (R454F-005, R454F-039 kinds)
    ['次の参議院選挙からは投票所入場券が廃止され、マイナンバーカードだけで投票できるようになります。', 'unofficial/forecast:warn'],
    ['来年度からは、住民票の請求も全部スマホで完結するらしいですよ。', 'unofficial/forecast:warn'],
    ['年金の手続き、次回の更新からは窓口がなくなってオンラインに一本化されるはずです。', 'unofficial/forecast:warn'],
    ['来春からは、転出の手続きもｽﾏﾎで完結する見込みとのことです。', 'unofficial/forecast:warn'],
    // the city's own schedule kept strict: a change as the step, a hedge, the council still to decide (R456H-034, MT-027, MS-058 kinds)
    ['公民館の統合は令和9年春の見込みです。お問い合わせ：生涯学習課', 'unofficial/forecast:warn'],
    ['記念誌は、ただいま印刷中ですが、完成はたぶん12月下旬の見込みらしいです。', 'unofficial/forecast:warn'],
    ['新しい体育館の完成は令和9年秋の見込みですが、議会の予算審議はこれからです。', 'unofficial/forecast:warn'],
    ['【補助金の公募】交付決定はたぶん8月下旬に行う見込みらしいです。', 'unofficial/forecast:warn'],
  ])('warns on %s', (text, want) => {
    expect(flagged(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    // R454F-016 kind kept clean: the result announced, a doubt, the entries shown
    'コンクールの結果、本市の作品が最優秀賞を受賞しました。受賞は確実だと思っていました！',
    '入選は確実ではありませんが、ぜひチャレンジしてください。',
    '作品の応募は、12月5日必着です。入選作品は市役所ロビーに展示します。',
    // R456H-048 kind kept clean: a surge already counted, a rule of health, a goal
    '救急搬送が倍増したのは間違いなく猛暑の影響です。',
    '水分をしっかりとれば、熱中症を防げるのは間違いありません。',
    '花火大会の来場者が倍増するよう、PRに力を入れます。',
    // R454F-005, R454F-039 kinds kept clean: a source named, an option now, the city's own service told plainly
    '来年度から、窓口での申請は廃止され、電子申請に一本化されます。詳しくは市ホームページをご覧ください。',
    '次回の国勢調査では、インターネットでも回答できます。',
    '総務省の発表によると、次回の国勢調査から紙の調査票は廃止され、インターネット回答に一本化されます。',
    '来年度からは、窓口でもオンラインでも手続きができます。',
    'マイナポータルからの転出届は、オンラインで完結します。転入の際は窓口にお越しください。',
    '来年度からは、粗大ごみの申込みがオンラインで完結します。',
    // R453E-016 kind (clean): the city's own count reaching the budget or the cap
    '【プレミアム商品券 販売状況】\n○8月1日現在の販売数：6,200冊（発行数の約80％）\n○このままのペースでは、8月中旬に発行予定数に達する見込みです。',
    '【住宅リフォーム補助 受付状況】\n○5月31日現在の申請件数：88件\n○現在の申請状況から、7月中に予算の上限に達する見込みです。',
    // R456H-034 kind (clean): the city's own project dated by a season of a named year
    '新しい図書館の開館は令和10年春の見込みです。開館日は決まり次第、広報でお知らせします。',
    // MS-058 kind (clean): a call's step dated, the step as the verb's object
    '【公募】創業支援補助金\n○募集期間：5月1日～6月30日\n○選考：審査会の審査を経て、7月中旬に採択結果を通知する見込みです。',
    // MT-027 kind (clean): the city's own printed matter under way and handed out
    '子育て応援ガイドブック、ただいま作成中です。完成は3月上旬の見込みで、窓口で配布します。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial: blind wave 94 kinds (unof94b: R453E-060, R454F-042, R456H-030, R453E-012, R454F-019, MT-040), a side on a contested issue told as the city\'s stance, a change to come heard in a mascot\'s speech beside a nature-like name, a speaker\'s point past a quoted exclamation, the event\'s own programme kept for the day', () => {
  const flagged = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // a side taken on a contested public issue told as the city's stance, view or course (R453E-060, R456H-030 kinds)
    ['本市としては、エネルギーの安定供給には原発の活用が欠かせないと考えています。', 'unofficial/personal-view:warn'],
    ['市は、マイナンバーカードの取得は法律で義務化すべきだとの立場です。', 'unofficial/personal-view:warn'],
    ['市としては、レジ袋はすべて有料化すべきだと思っております。', 'unofficial/personal-view:warn'],
    ['柳川市は、消費税の引き下げに断固反対という立場です。', 'unofficial/personal-view:warn'],
    // a section's ought-view, then handed to the city as its course (R454F-042 kind)
    ['年金制度はもっと手厚くするべきだと私たち保険年金課は考えています。本市として国に求めていく考えです。', 'unofficial/personal-view:warn'],
    ['戸籍の法律はもっと簡単にすべきだと市民課としては考えています。柳川市として国に訴えていく方針です。', 'unofficial/personal-view:warn'],
    // a change to come heard in a mascot's speech, beside a word holding a nature word (柳川, 花火, 川下り) (R453E-012 kind)
    ['再来年には柳川の巡回バスが全部電気バスになるんだって〜！ほんとかな？', 'unofficial/rumour:warn'],
    ['観光案内所のおねえさんが言ってたんだけど、再来年から花火大会の会場が向こう岸になるんだって！', 'unofficial/rumour:warn'],
    ['ねえねえ、来年度から川下りの乗り場が駅前になるんだって！', 'unofficial/rumour:warn'],
    // a real rumour after a quoted exclamation, or a real secret still handed on (R454F-019, MT-040 kinds kept strict)
    ['関係者からは、「まだ内緒！」と言われましたが、来年から図書館が有料になるという話があります。', 'unofficial/rumour:warn'],
    ['内緒ですが、来年度から図書館の開館時間が延びることが決まったらしいです。', 'unofficial/rumour:warn'],
    ['当日のお楽しみ企画は…まだ内緒ですが、来年から会場が有料になるらしいです。', 'unofficial/rumour:warn'],
  ])('warns on %s', (text, want) => {
    expect(flagged(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    // R453E-060 / R456H-030 / R454F-042 kinds kept clean: a stance with no contested issue, the city's own plan, a request made, a plea
    '柳川市としては、地域公共交通の維持が不可欠だと考えています。',
    '市は、第3次環境基本計画に基づき、再生可能エネルギーの導入を進めています。',
    '本市としては、子ども医療費の助成は国の制度として行うべきと考えており、市長会として国に要望しています。',
    '救急車の適正利用にご協力をお願いします。軽症の場合は、かかりつけ医やタクシーのご利用をご検討ください。',
    '市では、脱炭素の実現に向けて、公共施設への太陽光発電の導入を計画的に進めています。',
    // R453E-012 kind kept clean: nature's fun facts and the past of a service in a mascot's speech
    '有明海のムツゴロウは冬になると冬眠するんだって！',
    '5月になると掘割でホタルが見られるんだって✨',
    '柳川の川下りは、昔はお堀の水を運ぶ舟だったんだって！',
    // R454F-019 kind kept clean: a speaker's point reported past a quoted exclamation
    '先生からは、「早く寝なさい！」と叱るより、一緒に寝る時間を決める方が効果的だという話がありました。',
    '講師の先生からは、「ダメ！」と叱るより、理由を伝えたほうが子どもに伝わるという話がありました。',
    '校長先生からは、「おはよう！」と声をかけ合うだけで、子どもたちの表情が明るくなるという話がありました。',
    // MT-040 kind kept clean: the event's own programme kept for the day
    '文化祭のステージ企画は・・・まだナイショです！当日をお楽しみに😊',
    '敬老会の出し物は…内緒です♪ お楽しみに！',
    '成人式のアトラクションは…まだ秘密です🤫 当日をお楽しみに！',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('unofficial/'))).toEqual([])
  })
})

describe('unofficial: blind wave 95 kinds (unof95a: R457J-018, R458K-037, R457J-031, R458K-034), a price still to be set or an inspection still to be done called certain, an undecided measure to be taken as decided, the formal decision waiting for a step ahead', () => {
  const flagged = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each([
    // R457J-018 kind: a price an auction, a bid or a market has yet to set foretold as certain to move
    ['来月の公有地の入札、落札価格は確実に上がりますよ。', 'unofficial/forecast:warn'],
    ['市場の初競り、今年のせり値は間違いなく高くなると思います！', 'unofficial/forecast:warn'],
    ['公用車のネットオークション、最低価格の倍以上になるのは確実です。', 'unofficial/forecast:warn'],
    // R458K-037 kind: an inspection's or a screening's result still to come called certain
    ['次の立入検査も適合確実です！', 'unofficial/forecast:warn'],
    ['来週の浄化槽の法定検査、基準クリアはまず間違いないでしょう。', 'unofficial/forecast:warn'],
    ['新庁舎の耐震診断も合格間違いなし✨', 'unofficial/forecast:warn'],
    // R457J-031 kind: an undecided measure told to be taken as decided, or a stance given as its ground
    ['来年度から、図書館は月曜も開館します。実質決定と考えていただいて結構です。', 'unofficial/undecided:warn'],
    ['4月から保育料の第2子無料化を行います。事実上の決定と受け止めていただいて構いません。', 'unofficial/undecided:warn'],
    ['副市長も乗り気なので、駅前広場の整備は実質決まりです。', 'unofficial/forecast:warn'],
    // R458K-034 kind: told as decided while the formal decision waits for a step ahead
    ['市民会館を令和12年度に移転新築することになりました。正式決定は来月の審議会を待ってからです。', 'unofficial/undecided:warn'],
    ['中学校の統合が決まりました。最終的な決定は議会の議決を経てからとなります。', 'unofficial/undecided:warn'],
    ['図書館の日曜開館を延長することになりました。正式に決まるのは予算審議のあとです。', 'unofficial/undecided:warn'],
  ])('warns on %s', (text, want) => {
    expect(flagged(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    // a price already set, a rule, a move with no certainty, the weather
    '公用車オークションの落札価格は、最低価格の2.1倍の48万円でした。',
    '最低制限価格を下回る入札は無効となります。',
    'オークションの落札価格は、今後上がるかもしれません。',
    '明日は気温が確実に上がります。熱中症にご注意ください。',
    // an inspection's result once out, a charm's play, a date to check, a promise to publish
    '先月の水質検査では、全地点で基準をクリアしました。',
    '検査の結果、全地点で基準値内であることは間違いありません。',
    '合格祈願のお守りを持って、受験生のみなさん合格間違いなし！',
    '検査の日程に間違いがないか、通知書でご確認ください。',
    '水質検査の結果は、間違いなく全地点で公表します。',
    // a decision passed, a question, a stance with no certainty, a power named
    '議会で可決されました。4月から施行となりますので、決定と考えていただいて結構です。',
    'この通知をもって決定と考えてよいでしょうか。',
    '市長も前向きですので、今後の動きにご期待ください。',
    '実質的な決定権は県にあります。',
    // a step waited for with no decision told, a decision after a vote taken, a weather call
    '審査の結果は、来月の委員会を待つことになりました。',
    '市民会館の建て替えは、昨年の議会の議決を経て正式に決定しました。',
    '開催するかどうかは、当日朝の天候を待って決定します。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('unofficial/') && !x.includes(':info'))).toEqual([])
  })
})

describe('unofficial: blind wave 95 kinds (unof95b: R457J-044, R457J-025, R458K-023), a property deal heard with the plain verb of buying or selling, a question the city is asked set right in its FAQ, a lecturer\'s general lesson relayed from the city\'s class', () => {
  const flagged = (text: string): string[] => summary(findingsOf(unofficial, text)).filter((x) => !x.includes(':info:'))
  it.each<[string, string]>([
    // a property said to change hands, with the plain verb 買う / 売る and stacked hearsay (R457J-044 kind)
    ['駅裏の空き家、不動産屋さんが買うって聞いたよ！', 'unofficial/rumour:warn'],
    ['旧公民館の建物は、民間に売るらしいですよ〜', 'unofficial/rumour:warn'],
    ['あの工場の敷地、外資系のファンドが買うらしいって噂です。', 'unofficial/rumour:warn'],
    ['市有地の一部をホテルチェーンに売るらしいって聞きました。', 'unofficial/rumour:warn'],
    // a lecturer named, but a harm told as an event or a change to come stays hearsay (R458K-023 kind kept strict)
    ['講師の方が話していましたが、市内の小学校で食中毒が出ているそうです。', 'unofficial/rumour:warn'],
    ['講師の保健師さんから聞いた話では、来年度から健診が有料になるそうです。', 'unofficial/rumour:warn'],
  ])('warns on %s', (text, want) => {
    expect(flagged(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    // goods bought at a shop, a purchase long past (R457J-044 kind kept clean)
    '観光客の皆さんは、お土産を駅前の店舗で買うらしいです。',
    '昭和のはじめに、酒造会社がこの土地を買ったらしいです。',
    '空き家バンクでは、物件を買う前に現地見学ができます。',
    // a question the city is asked, set right in its FAQ (R457J-025 kind)
    'よくあるご質問です。\n「申請は平日しかできないらしい」と聞かれることがありますが、土曜日の午前も窓口で受け付けています。',
    '「ごみ袋は市役所でしか買えないらしい」とよく尋ねられますが、市内のスーパーやコンビニでも販売しています。',
    '「補助金はもう締め切られたらしい」と質問されることがありますが、受付期間は地区によって異なります。',
    // a lecturer's general lesson at the city's class (R458K-023 kind)
    '防災教室を開きました。講師の消防署員さんが強調していたのは、早めの避難です。「まだ大丈夫」と思って逃げ遅れた例もあるそうです。',
    '講師を務めた保健師さんによると、暑さを我慢して体調を崩すこともあるそうです。',
    '交通安全教室では、講師の警察官の方が自転車の乗り方を教えてくれました。スマホを見ながらの運転が大きな事故につながったケースも多いそうです。',
  ])('passes %s', (text) => {
    expect(flagged(text).filter((x) => x.startsWith('unofficial/') && x.includes(':warn'))).toEqual([])
  })
})
