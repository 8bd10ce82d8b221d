/**
 * hostility — lecturing and belittling asides in long notices.
 *
 * Blind R201A–R204D kinds (warn), after every kind of the main list: people at fault ranked below a child as mock wonder
 * (小学生でも守れる約束がどうして大人にはできない), grown-ups told they are grown-ups as a reproach, the least sense demanded (くらいの常識は家から持ってきてください),
 * the asker lectured to look things up before asking, a critic mocked as having time for one thing and not the other, a
 * neighbouring town's event said to be no match for ours, the reader's words ranked below a child's, repeated calls called a
 * nuisance to the caller's face.
 *
 * Stays clean: a child's lesson or a school notice (子どもたちに教えています), an invitation that looks things up for the reader, a scam
 * warning (詐欺, 不審な電話), a joint event with a neighbour.
 *
 * Its phrases run where index.ts puts them in PHRASES (the check order: a phrase earlier in PHRASES holds its span first).
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { phrase, isReportedSpeech, sentenceOf } from '../../words'
import type { Phrase } from './context'
import { CHILD_TOPIC, SELF, foldAll, notQuoted, putsDownPlace, sentenceText, withPrevious } from './context'

// --- Blind R201A–R204D (host11), as kinds (warn): lecturing and belittling asides in long notices, jibes at people or a neighbour ---
/**
 * - People at fault ranked below a child, as mock wonder (R201A-020: …督促…知らん顔の方…、小学生でも守れる約束がどうして大人にはできない
 *   のか、不思議でなりません): a child can do it (子どもでも, 小学生でも + a potential verb) and they cannot, asked with どうして / なぜ, or
 *   said of the people who fail (…でもできる分別をできない方が). Not an easy task offered (小学生でもできる簡単な工作です), not a lesson
 *   the reader is invited to think over (…のか、一緒に考えてみましょう), not a study reported.
 */
const CHILD_H11 = '(?:小学生|中学生|幼稚園児|保育園児|園児|幼児|子ども|子供|こども|小さな子|小さい子|児童)(?:で|に)も[、\\s]?[^。！？!?\\n]{0,20}?(?:できる|出来る|守れる|分かる|わかる|読める|理解できる|言える|書ける|片付けられる|並べる|待てる)'
const CANNOT_H11 = '(?:でき|出来|守れ|分から|わから|読め|理解でき|言え|書け|片付けられ|並べ|待て)(?:ない|ません|ん)'
const BELOW_CHILD_H11 = `${CHILD_H11}[^。！？!?\\n]{0,16}?(?:(?:どうして|なぜ|何で|なんで|何故)[、\\s]?[^。！？!?\\n]{0,12}?${CANNOT_H11}(?:の|ん)?(?:か|でしょう|だろう|やろ)|(?:を|が)[、\\s]?${CANNOT_H11}(?:大人|方|人|方々|人たち|人達|連中|利用者))`
const LESSON_H11 = /^[^。！？!?\n]{0,16}?(?:考えて(?:み)?ましょう|考えよう|話し合|一緒に|調べて(?:み)?ましょう)|^[^\n]{0,12}?(?:実は|調査|アンケート|データ|統計|研究|理由は)/u
/**
 * - Grown-ups told they are grown-ups as a reproach (R202A-005: …おしゃべりをしていた方が…。いい大人なのですから、…くらいの常識は家から
 *   持ってきてください): いい大人 / いい年 / 大の大人 + なのだから. Not かっこいい大人 or 頭のいい, not quoted advice to parents (「もういい大人
 *   なんだから」と突き放さず), not the writer among them.
 */
const GROWN_H11 = '(?<!こ|の|が|ち|格好)(?:いい|良い|ええ)(?:大人|年|歳|年齢)(?:なの|なん|なわけ)(?:です|だ|や)(?:から|し)|大の大人(?:なの|なん)(?:です|だ|や)(?:から|し)'
/**
 * - The least sense demanded (same item: 人の話を黙って聞くくらいの常識は家から持ってきてください): くらい / 程度 + の + 常識 / マナー / 礼儀
 *   + は + bring it or have it, as a request. Not a wish for children (あいさつくらいのマナーは身につけてほしい, about 子ども), not
 *   knowledge recommended (基本くらいの知識は持っておくと安心).
 */
const LEAST_SENSE = '(?:くらい|ぐらい|程度)の(?:常識|良識|マナー|礼儀|分別|モラル|節度|社会常識)(?:は|くらいは|ぐらいは|を)[、\\s]?[^。！？!?\\n]{0,12}?(?:持って|身につけて|身に付けて|わきまえて|弁えて|お持ち(?:になって)?|持ち合わせて|備えて)[^。！？!?\\n]{0,4}?(?:ください|下さい|ほしい|欲しい|いただきたい|頂きたい|もらいたい|くれ|こい|来い)'
/**
 * - The asker lectured to look things up before asking (R202A-019: この質問は毎月のようにいただくのですが…書いてあります。何でも人に聞く
 *   前に、…を開いてみる習慣をつけていただけると助かります): 何でも / いちいち + asking + 前に / のではなく, then a habit or a request.
 *   Not an invitation to ask (分からないことは何でも職員にお尋ねください), not a children's lesson (調べ学習: …前に、自分で調べてみよう).
 */
const ASK_FIRST = '(?:何でも|なんでも|何もかも|何かにつけ(?:て)?|いちいち|何かあるとすぐ(?:に)?)[、\\s]?(?:人|他人|職員|窓口|役所|市役所|役場|こちら|私たち|私ども|誰か)?(?:に|へ)?[、\\s]?(?:聞く|きく|尋ねる|たずねる|質問する|問い合わせる|頼る|電話する|電話をかける|お尋ねになる|お問い合わせになる|聞かれる|尋ねられる|質問される)(?:前に|より(?:先に|も前に)?|のではなく|のでなく)[、\\s]?[^。！？!?\\n]{0,40}?(?:習慣|癖|クセ|ください|下さい|ほしい|欲しい|いただけると|いただきたい|頂きたい|もらいたい|べき)'
/**
 * - A critic mocked as having time for the one thing and not the other (R203I-064: こういう投稿をされる方って、市役所に電話する時間はない
 *   のに、SNSに書き込む時間はたっぷりおありなんですね): 時間 / 暇 は ない のに … 時間 は ある + a knowing ending (んですね, ようですね). Not
 *   the writer's own (私は…時間はないのに…), not a voice reported (…時間はあるという声を受けて), not children's habits.
 */
const TIME_FOR = '(?:時間|暇|ヒマ|ひま|余裕)(?:は|が)[、\\s]?(?:ない|無い|なか|ありません|とれない|取れない|作れない|ございません)(?:のに|けど|けれど|くせに|ようですが|みたいですが|のですが|んですが|ようなのに)[、\\s]?[^。！？!?\\n]{0,30}?(?:時間|暇|ヒマ|ひま|余裕)(?:は|が|だけは)[、\\s]?(?:たっぷり|十分|じゅうぶん|しっかり|ちゃんと|いくらでも|山ほど)?[、\\s]?(?:おあり|ある|あり|あって)(?:に)?(?:なる)?(?:な)?(?:ん|の|よう|みたい|らしい|と)(?:です|だ|や)?(?:ね|な|よね|か)'
const TIME_TARGET = /方|人|連中|皆さん|皆様|あなた|あんた|投稿|書き込|コメント|苦情|文句|クレーム|批判|[@＠]/u
/**
 * - A neighbouring town's event said to be no match for ours (R204D-005: お隣の大川市さんでも花見のイベントがあるそうですね。まあ…も、うちと
 *   比べるまでもないでしょうけど😊): our side named + と + 比べるまでもない, with another town named in the sentence or the one before. Not
 *   the other town owned better (…うちと比べるまでもなく、大川市さんの方が多い), not a general fact with no town (昨年と比べるまでもなく).
 */
const NO_CONTEST = '(?:うち|ウチ|柳川|本市|当市|こちら|こっち|わが(?:市|町|まち)|我が(?:市|町|まち))(?:の[^。！？!?\\n、]{0,8}?)?(?:と|とは)[、\\s]?(?:比べる|くらべる|比較する)(?:まで|べく)も(?:ない|なか|なく|ありません|ございません)'
const THEIRS_BETTER = /(?:さん|様|市|町|村|隣|向こう|あちら)(?:の)?(?:方|ほう)が|(?:うち|柳川|当市|本市)(?:は|が)[^。！？!?\n]{0,10}?(?:負け|かな(?:わ|い)|及ば)/u
/**
 * - Blind R354B-026 kind: the reader's words ranked below what a child would do (ご意見拝見しました。…小学生でももう少し筋の通った
 *   文章を書くと思います😊, 中学生でももっとましな質問をするでしょう): a child + でも + more (もう少し, もっと) + what they would do, said as
 *   a guess (と思います, でしょう, はず), in an answer to someone's words. Not a condition (もう少し大きくなれば…できると思います), not a
 *   child's event (小学生でももっと楽しめるよう…).
 */
const BETTER_CHILD = '(?:小学生|中学生|幼稚園児|保育園児|園児|幼児|子ども|子供|こども|小さな子|小さい子|児童)(?:で|だって)も[、\\s]?(?:もう少し|もうちょっと|もうちょい|もっと|まだ)[^。！？!?\\n]{1,24}?(?:と思います|と思いますよ|と思う|でしょう|だろう|やろう|はずです|はず)'
const ANSWERED_H11 = /ご意見|ご質問|質問|コメント|文章|投稿|書き込|ご指摘|あなた|あんた|お前|おまえ|[@＠]/u
/**
 * - Blind R354B-009 kind: someone's repeated calls or messages called a nuisance to their face (夜の10時過ぎに何べんも電話してくるの、
 *   正直いい迷惑です, 毎晩しつこくコメントしてこられるのは迷惑なんですよ): 何度も / しつこく … + てくる / てこられる + の(は) + 迷惑 +
 *   a copula. Not a scam or sales call warned of (不審な電話が何度もかかってくるのは迷惑ですよね。詐欺にご注意).
 */
const PESTER = '(?:何べん|何遍|なんべん|何度|何回|なんど|なんかい|毎日|毎晩|毎回|しつこく|いちいち|夜中に)(?:も)?[^。！？!?\\n]{0,16}?(?:して|送って|かけて|書いて|書き込んで|言って)(?:くる|くん|こられる|きよる|きとる)(?:の|のは|のって|んは|とは)?[、\\s]?(?:正直|ほんと|本当に|ほんとに|まじで|マジで|はっきり言って)?[、\\s]?(?:いい|えらい|大|とんだ)?迷惑(?:です|だ|や|なん|ばい|たい|っす)'
const SCAM_H11 = /詐欺|不審|勧誘|セールス|営業の電話|迷惑電話|迷惑メール|注意|ご用心|相談窓口/u
export const LECTURING_ASIDE_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(PESTER),
    need: foldAll(['迷惑']),
    instead: '相手の連絡を迷惑と責めず、「受付時間は平日8時30分から17時15分です」のように、連絡できる時間や窓口だけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e) && !SCAM_H11.test(sq),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(BETTER_CHILD),
    need: foldAll(['でも']),
    instead: '子どもと比べて見下さず、「ご意見ありがとうございます。担当課で確認します。」のように、受け止めと市の対応だけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || isReportedSpeech(sq, s, e) || /れば|たら|なら|ように|よう、/u.test(sq.slice(s, e))) return false
      return ANSWERED_H11.test(withPrevious(sq, s, e)) && !SELF.test(sentenceText(sq, s, e))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(BELOW_CHILD_H11),
    need: foldAll(['でも', 'にも']),
    instead: '子どもと比べて見下さず、「返却期限を過ぎた本は、返却ポストからでも返していただけます」のように、お願いと方法だけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e) && !LESSON_H11.test(sq.slice(e, e + 30)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(GROWN_H11),
    need: foldAll(['大人', '年', '歳']),
    instead: '相手を「いい大人」と責めず、「説明の間は、お静かにお聞きください」のように、お願いだけを丁寧に伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e) && !SELF.test(sq.slice(sentenceOf(sq, s, e).start, s)) && !/私たち|わたしたち|我々|われわれ|お互い/u.test(sentenceText(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(LEAST_SENSE),
    need: foldAll(['常識', '良識', 'マナー', '礼儀', '分別', 'モラル', '節度']),
    instead: '「常識」を求めて責めず、「説明の間は、お静かにお聞きください」のように、お願いだけを丁寧に伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e) && !CHILD_TOPIC.test(sentenceText(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(ASK_FIRST),
    need: foldAll(['前に', 'より', 'ではなく', 'でなく']),
    instead: '質問した人を諭さず、「母子健康手帳の〇ページに接種スケジュールを掲載しています」のように、答えと載っている場所を案内してください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e) && !CHILD_TOPIC.test(sentenceText(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(TIME_FOR),
    need: foldAll(['時間', '暇', 'ヒマ', 'ひま', '余裕']),
    instead: '投稿した人を皮肉らず、「ご意見は〇〇課（電話番号）でも承っています」のように、窓口を丁寧に案内してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const t = withPrevious(sq, s, e)
      return TIME_TARGET.test(t) && !SELF.test(sq.slice(sentenceOf(sq, s, e).start, s)) && !CHILD_TOPIC.test(t)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(NO_CONTEST),
    need: foldAll(['比べる', 'くらべる', '比較する']),
    instead: '他の自治体と比べて下げず、柳川の魅力そのものを紹介してください',
    keep: (sq, s, e) => putsDownPlace(sq, s, e, false) && !THEIRS_BETTER.test(sentenceText(sq, s, e)),
  },
]
