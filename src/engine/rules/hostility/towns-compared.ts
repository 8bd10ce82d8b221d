/**
 * hostility — other towns compared down, critics told to do it first.
 *
 * The kinds of rounds 33–71: another town or its event, produce, plan or money belittled by a coy or smug comparison, mock
 * envy or hearsay (お隣のまちの花火大会、今年も雨で中止だったそうで, お金があっていいですね), told to learn from us; a critic told to do the job or the least
 * thing first and only then speak (いっぺん船頭さんの仕事ばしてから言いない), asked whether they mistake a shelter for a hotel, a veiled threat
 * that we have our own ideas too or that their family is easily found out, a person named by a hurtful thing they said told
 * their face is remembered, the press said to act for ratings, a question called needless, the reader's ability to read made a
 * condition, retribution predicted, told to keep quiet and do as told, threats to hit, a neighbouring place put down with a
 * taunt.
 *
 * Stays clean: a joint event or a friendly rivalry with another town, our own resolve, a real comparison of figures in a
 * report, a hazard told (台風が直撃すれば…), an FAQ's question answered, a request to read a number with help offered.
 *
 * Its phrases run where index.ts puts them in PHRASES (the check order: a phrase earlier in PHRASES holds its span first).
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { sentenceOf, phrase, isReportedSpeech, isMentionAt } from '../../words'
import type { Phrase } from './context'
import { ABUSE_REPORTED, ADDRESSED32, AIMED, ALREADY_OUT, ASKED_AGAIN49, BEHAVING, CRITIC, CRITIC36, CRITIC68, DISPUTE, DULL47, FACULTY, FAULT43, GONE_THING56, GOOD, HAZARD, HELP49, HIT_NOT, HUMBLE56, IDENTITY_SUBJECT, INSTEAD, IRONIC_ADMIRE, JOINT55, JOINT, KNOW_DONE, KNOW_EASILY, LANGUAGE_HELP, OPINION, OTHER_PLACE56, OTHER_TOWN47, OTHER_TOWN49, OUR_SIDE, OWN53, OWN_FAULT, PEOPLE33, QUARREL, QUIZ, READ_IF53, READ_OK, SAFETY78, SELF, SHARED, SMIRK56, TAKEN_BACK, TEACHING, TRACED_OK, VISIT49, WARNED, doersGone, foldAll, notAboutThing, notForBeginners, notOwnFault, notQuoted, notTeaching, ownWords, putsDownPlace, sentenceText, twoBefore, withNext, withPrevious, wrongdoerBefore } from './context'

/** …or how it was found: from the addressee's own posts or photos. */
const HOW_FOUND = /写真|画像|動画|景色|背景|映り込|写り込|映って|写って|投稿|書き込|ツイート|ポスト|アイコン|プロフィール|ip|IP|アイピー|開示|足跡|行動/u
/** Round 41: a failure or a complaint before the praise (何度お知らせしても守っていただけない方, とのご意見): what turns it to a sneer. */
const FAILED41 = /何度|何回|再三|繰り返し|(?:ない|ず|ません|なかった)(?:方|人|皆|者|連中)|守って(?:いただけ|もらえ|くれ)(?:ない|ません)|守らな|守れな|読まな|読まず|見てな|見ていな|文句|苦情|批判|クレーム|ご意見|ご指摘|書き込|コメント|あなた|あんた|[@＠]/u
/** … not a quiz, a prize or a child praised in earnest. */
const EARNEST41 = /クイズ|正解|合格|入賞|優勝|受賞|入選|表彰|おめでと|挑戦|コンテスト|コンクール|大会|子ども|子供|こども|児童|生徒|園児/u
/** Blind R411L-019 kind: what turns praise of a spirit into a sneer — a remark told (「…」って, とのご意見), a complaint, someone addressed, さすが. */
const VIRTUE_CRITIC = /[」』](?:って|と|という|との)(?:コメント|ご意見|意見|声|書き込み|お声|メッセージ|ご指摘|苦情|クレーム|文句)|コメント|ご意見|ご指摘|書き込み|苦情|クレーム|文句|批判|あなた|あんた|[@＠]/u
/** …not sincere thanks, admiration or a prize (頭が下がります, ありがとう, 感謝, 受賞). */
const VIRTUE_EARNEST = /頭が下が|ありがと|感謝|尊敬|敬意|見習|受賞|表彰|おめでと|心強|励み|支えられ/u
/** Round 41: things that keep or last (切り花は3日ももちません, 電池が1日ももたない): not people told they will fail. */
const LASTING_THING = /花|電池|バッテリー|充電|食品|食材|野菜|果物|生もの|生物|刺身|肉|魚|牛乳|弁当|おにぎり|料理|保存|冷蔵|冷凍|常温|賞味|消費期限|氷|天気|晴れ|雨|タイヤ|靴|傘|薬|苗|植物|建物|堤防|家電|機械|スマホ|携帯/u
/** Round 43: an earnest occasion (a prize, a child, thanks): praise there is praise. */
const EARNEST43 = /クイズ|正解|合格|入賞|優勝|受賞|入選|表彰|おめでと|子ども|子供|こども|児童|生徒|園児|ありがと|感謝|ご無事|無事/u
/** Round 43: a saying or a tale (昔から…と言われ, 昔話, ことわざ): retribution told, not wished on anyone. */
const TALE = /昔話|民話|物語|お話|伝説|言い伝え|ことわざ|諺|昔から|おばあちゃん|おじいちゃん|祖母|祖父|絵本|紙芝居|アニメ|映画|ドラマ|ゲーム/u
const NEEDLESS = '(?:この|その|こんな|そんな|こげな|そげな|こがん|そがん|こういう|そういう|このような|そのような|こうした|あのような|わざわざ)[、\\s]?(?:ご|お)?(?:質問|問い合わせ|問合せ|お問い合わせ|電話|苦情|指摘|批判|誤解|勘違い|クレーム|意見|叱り|文句|不満)[^。！？!?\\n]{0,14}?(?:(?:なら|生じ|起き|起こら|出|せ|し|され|いただか|もらわ|来|こ|いら|要ら|必要(?:も|は)?|こと(?:も|は)?)(?:なかった|んかった|んやった|ずに済んだ|ずにすんだ|なくて済んだ|なくてすんだ|んで済んだ|んですんだ)|不要だった|ありませんでした|ございませんでした|済んだ|すんだ)'
/**
 * Round 53: another town named and beaten, the gap put down to the other's want of quality (今年はお隣の大川市さんを抜かせて
 * いただきました。返礼品の質の差がそのまま出た, 企画力の差がはっきり表れた, 魅力の差は歴然): our win said, then the quality gap.
 */
const GAP = '(?:質|品質|クオリティ|実力|魅力|格|センス|レベル|努力|人気|やる気|熱意|本気度|企画力|発信力|集客力|地力|底力|民度|知名度|ブランド力|おもてなし)の(?:差|違い)(?:が|は|も)?[、\\s]?(?:そのまま|はっきり|如実に|歴然と|露骨に|まざまざと|明らかに|きっちり|ちゃんと|しっかり|見事に|くっきり)?[、\\s]?(?:出(?:た|ま|て|と|る|ち)|で(?:た|ま|て|と)|表れ|現れ|あらわれ|つい(?:た|て)|つきま|歴然|明らか|明白|一目瞭然|でしょう|ですかね|ですね|かな|やろ|だろう)'
/** …our win over it, in the sentence or the one before (抜かせていただきました, 上回りました, 圧勝, より人出が多かった). */
const WIN = /抜(?:かせ|いた|きま|いて|いち|いと|いだ)|追い抜|上回|勝(?:っ|ち|利)|圧勝|超え(?:まし|た)|越え(?:まし|た)|(?:人|名|件|組|台|万|千)(?:を)?(?:超え|突破)|過去最多|過去最高|大盛況|定員(?:いっぱい|に達)|満員御礼|引き離|差をつけ|より[^。！？!?\n]{0,8}?(?:多|高|上回|人気|売れ|集ま)|(?:1|１|一)位/u
/** …not our own loss taken to heart, nor a joint venture (抜かれました, 見習いたい, 連携). */
const LOSS53 = /抜かれ|負け|及ば|見習|学(?:び|ば|ん)|参考に|悔し|完敗|力不足|反省|課題|改善|追いつ|届かな|受け止め|両市|両町|合同|連携|ともに|共に/u
/**
 * Round 53: mock praise followed by a wish that the reader would at last understand (さすがのご見識ですね。その調子で耐震工事の
 * 必要性もご理解いただけるとよいのですが, その勢いで工事の中身もわかってくれたらよかっちゃけどね): その調子で / その勢いで points back at
 * what was praised, and the wish trails off in が / けど.
 */
const KEEP_UP = '(?:その調子で|その勢いで|その意気で|そのご見識で|その(?:ご)?(?:熱意|知識|情熱|ご知見|知見)で)[、\\s]?[^。！？!?\\n]{0,24}?も[、\\s]?(?:ご理解|ご納得|お分かり|お読み|ご覧|お調べ|ご確認|お気づき|理解し|理解して|分かっ|わかっ|納得し|読んで|調べ|気づい)[^。！？!?\\n]{0,8}?(?:れば|たら|ると|ても)(?:よい|いい|良い|ええ|よか|うれしい|嬉しい|助かる|ありがたい|有難い)(?:ん|の|っちゃ|と)?(?:です|だ|や)?(?:が|けど|けれど|けども)(?:ね|な|なあ|ねえ)?(?=[。！!…\\s笑w（(😊🙂🙄😏]|$)'

// --- Round 54 ---
/** Round 54: the reader's literacy (not a language, not small print) named in a condition. */
const READ_COND54 = '(?:字|文字|活字|日本語|文章|説明文|案内文)(?:を|が|い|は)?(?:(?:読む|よむ|お読みになる|理解する)(?:の|こと|と)(?:が|は)?(?:(?:お|ご)?(?:苦手|不得意|不得手|嫌い|きらい|負担|面倒|めんどう|億劫|おっくう)(?:で|じゃ|では)(?:なければ|ないなら|ないのなら|ないのであれば|ないのでしたら|なかったら|ありませんでしたら|ございませんでしたら|なかなら|ないんやったら|なかったら)|(?:難し|むずかし|つら|辛|しんど)く(?:なければ|ないなら|ないのであれば|なかったら|ありませんでしたら|ございませんでしたら))|(?:読め|よめ|お読みになれ)(?:ない|ん)(?:わけ|訳)(?:で|じゃ)(?:なければ|ないなら|ないのであれば|ありませんでしたら|ございませんでしたら|なかったら)|(?:読め|よめ|お読みになれ)る(?:の|ん)(?:でしたら|であれば|なら|ならば|やったら|だったら))'
/** … and then told to check or read it, or said to understand it. */
const READ_ASK54 = '(?:(?:ご確認|ご覧|お読み|お目通し|お確かめ)(?:ください|下さい|いただけ|願い|になって|になれ|くださいね)|(?:確認し|確かめ|見|読ん|目を通し)(?:て|で)(?:ください|下さい|ね|みて|みんね|ごらん|もらえ|いただけ)|(?:分か|わか|お分かり|理解|ご理解)(?:る|ります|になる|いただける|できる)(?:はず|かと|でしょう|と思))'
/** Round 54: the critic's own home or self named as what they mistook for the thing they complain of. */
const MISTAKE = '(?:ご自宅|お宅|おうち|お家|ご自身|ご自分|自分|あなた|あんた|お前|おまえ|ご家庭|お部屋|お住まい)の[^。！？!?\\n]{0,16}?と(?:の)?(?:勘違い|かんちがい|思い違い|聞き間違|聞きまちが|聞き違|見間違|見まちが|取り違|嗅ぎ間違|混同)[^。！？!?\\n]{0,10}?(?:ないか|ませんか|んか|ないでしょうか|のでは|んじゃ|ではない|じゃない|[？?])'
/** Round 54: another town, named or as the neighbour, as a topic. */
const TOWN54 = '(?:(?:柳川|本市|当市|うち|ウチ|わが(?:市|町|まち)|我が(?:市|町|まち))(?:市)?の(?:お)?隣(?:の(?:市|町|村|まち|自治体|県))?|お隣(?:の(?:市|町|村|まち|自治体|県)|さん)?|隣(?:町|まち|村|県|市|の(?:市|町|村|まち|自治体|県))|(?:近く|近隣|周り|まわり|周辺)の(?:市|町|村|まち|自治体|市町村)|[一-龠々]{1,4}(?:市|町|村)(?:さん|様)?)(?:って|は|には|にゃ|なんて|なんか|とか|も)'
/** … said to have nothing (何もない, 見るところがない); not a past report (何もなかった), not 何もない日. */
const NOTHING = '(?:(?:特に|とくに|本当に|ほんとに|ほんと|マジで|まじで|ほぼ|まあ|まぁ|ぶっちゃけ)[、\\s]?)?(?:(?:何も|なにも|なんも|なーんも|なんにも|なーんにも)(?:ない|無い|なか(?!つ)|ありません|ございません|ねえ|ねー|あらへん)|(?:見る|観る|行く|遊ぶ|寄る)(?:ところ|とこ|所|場所)(?:が|も|は)?(?:何も|なんも|ひとつも|一つも)?(?:ない|無い|なか(?!つ)|ありません|ございません)|見どころ(?:が|も|は)?(?:ひとつも|一つも|何も)?(?:ない|無い|なか(?!つ)|ありません|ございません))(?!日|時|とき|場合|よう|まま|か|と(?:の|いう)?(?:こと|連絡|報告|情報))'
/** The town part is our own city, or a kind of town, not another municipality. */
const NOT_TOWN54 = /^(?:柳川市?|本市|当市|都市|市町村|城下町|港町|門前町|下町|宿場町|温泉町|田舎町|商店街)(?!の(?:お)?隣)/u
/** A report or a notice, not a town put down (被害は何もない, 変更は特にありません). */
const REPORT = /被害|異常|問題|影響|連絡|報告|変更|予定|情報|心配|支障|事故|故障|渋滞|規制|通行止|停電|断水|手続|申請|持ち物|費用|料金/u
/** … not a privacy tip (個人情報の書き込みにはお気をつけください). */
const PRIVACY54 = /個人情報|プライバシー|特定され|詐欺|なりすまし/u

// --- Round 55 ---
/**
 * Round 55: the reader's own coming, calling or waiting said to have been needless had they read or looked (一度でもご覧
 * いただいていれば、窓口に二度お越しいただくこともなかったかと存じます, 見とったら何べんも来んでよかったとにね): the counterfactual on
 * reading (READ_IF53), then the reader's act, then said not to have been needed.
 */
const ACT55 = '(?:(?:二度|2度|２度|何度|何回|何べん|なんべん|再度|もう一度|わざわざ|改めて|長々と|長い間|長時間|長く)(?:も)?[、\\s]?)?(?:お越し(?:いただく|になる|くださる)|ご来庁(?:いただく|される|なさる)?|来庁(?:される|する|いただく)|来(?:られる|ていただく|てもらう|る)|足を運(?:ぶ|んでいただく|ばれる|んでもらう)|ご足労(?:いただく|をおかけする)?|出直(?:す|される|していただく|してもらう)|お電話(?:いただく|をいただく|される|をかけられる)|電話(?:する|される|をかける|してくる)|お問い合わせ(?:いただく|される)|問い合わせ(?:る|する|される)|お尋ね(?:いただく|になる)|並(?:ぶ|ばれる)|お並び(?:いただく|になる)|お待ち(?:いただく|になる)|待(?:つ|たれる)|(?:お)?待たせする|二度手間|無駄足|書き込(?:む|まれる|んでいただく|みいただく)|お書き込みいただく|書(?:く|かれる|いていただく)|お書き(?:になる|いただく)|投稿(?:する|される|なさる|いただく)|コメント(?:する|される|なさる|いただく|をいただく|を書く)|(?:ご)?質問(?:する|される|なさる|いただく|をいただく))'
const NONE55 = '(?:の)?(?:こと|必要|手間|時間|思い|羽目)(?:も|は)?[、\\s]?(?:なかった|無かった|なかつた|ありませんでした|ございませんでした|なかったろう|なかったでしょう|なかったはず|なかったのに|なかったとに|なかったやろ)'
const SPARED = '(?:来|こ|お越しいただか|お越しになら|ご足労いただか|足を運ば|電話せ|お電話いただか|問い合わせ|お問い合わせいただか|並ば|お待ちいただか|待た|出直さ|書き込ま|書か|投稿せ|コメントせ|質問せ)(?:んで|なくて|なくても|ずに|ずとも)(?:済んだ|すんだ|済みました|すみました|よかった|良かった|よかったとに|よかったのに)'
/**
 * Round 55: another town's measure praised only for its surface (金額だけは立派ですが, デザインだけはご立派ですね) or said to
 * matter only if anyone wants it (住みたいと思う方がいらっしゃればの話でしょうか, 来る人がおればの話たい): hollow praise or a doubt
 * that anyone is there, with another town named in the sentence or just before.
 */
const HOLLOW = '[ぁ-ゖァ-ヶー一-龠々]{1,8}だけは[、\\s]?(?:ご)?(?:立派|りっぱ|一人前|いっちょまえ|一丁前|豪華|ごうか|派手|ハデ|一流|大層|たいそう|すごい|すごか|スゴい|すばらしい|素晴らしい|大きい|でかい|でかか|きれい|綺麗|おしゃれ|お洒落|オシャレ|華やか|にぎやか|賑やか|ご大層|豪勢)'
const ANYONE = '(?:方|人|人たち|人達|希望者|移住者|利用者|観光客|お客さん|お客様|お客|客|住民|若い人|若者|誰か|だれか|子ども|子供)(?:が|も|の)?[、\\s]?(?:いらっしゃれ|おられれ|いれ|居れ|おれ|来れ|こられれ|来られれ|来てくれれ|集まれ|いてくれれ|お見えになれ)ば(?:の)?(?:話|はなし)'
/** The sentence around [s, e) and the two before it (the town named, its measure praised, then the doubt). */
function withTwoPrevious(sq: string, s: number, e: number): string {
  const cur = sentenceOf(sq, s, e)
  if (cur.start === 0 || sq[cur.start - 1] === '\n') return sq.slice(cur.start, cur.end)
  return withPrevious(sq, cur.start - 1, cur.start - 1) + sq.slice(cur.start, cur.end)
}
/**
 * Round 55: the reader's ability to read a number, a sign or letters made the condition of a request (番号が読めるようでしたら、
 * お手元の整理券と表示板をもう一度お見比べいただけますと幸いです): READ_COND54 with what is read on a ticket or a board, and a
 * request to compare; not legibility of print or a meter (印字がかすれて, メーターの数字), not a device reading a code.
 */
const READ_COND55 = '(?:番号|数字|表示|掲示|貼り紙|張り紙|看板|標識|案内|整理券|漢字|ひらがな|平仮名|カタカナ|片仮名|字|文字|日本語|文章)(?:を|が|い|は|の)?(?:(?:読め|よめ|お読みになれ)る(?:よう|ん|の|と)(?:でしたら|であれば|なら|ならば|やったら|だったら|でございましたら)|(?:読め|よめ|お読みになれ)(?:ます|る)(?:なら|ならば|のであれば|のでしたら))'
const READ_ASK55 = '(?:(?:お見比べ|お照らし合わせ|ご照合|ご確認|ご覧|お読み|お目通し|お確かめ|お探し)(?:ください|下さい|いただけ|いただき|願い|になって|になれ|くださいね)|(?:見比べ|照らし合わせ|照合し|探し|確認し|確かめ|見|読ん|目を通し)(?:て|で)(?:ください|下さい|ね|みて|みんね|ごらん|もらえ|いただけ|くれ)|(?:分か|わか|お分かり|理解|ご理解)(?:る|ります|になる|いただける|できる)(?:はず|かと|でしょう|と思))'
const LEGIBLE = /かすれ|掠れ|汚れ|にじ|滲|濡れ|破れ|消え|薄く|見えにく|読みにく|読み取|印字|印刷|メーター|検針|qr|QR|コード|端末|スマホ|スマートフォン|アプリ|カメラ|機種|画面|拡大/u

// --- Round 56 ---
/**
 * Round 56: someone wished gone or dead in the desiderative, in any tense or ending (マジで消えてほしかった, いなくなって
 * ほしかったわ, 死んでほしいと思った, 消えてもらいたかった, はよ消えてくれんかな): the bare 消えてほしい is a curse above; these are
 * the same wish said in the past, with an ending or as a request. Not negated (いなくなってほしくない). Blind R354B-017 kind: 死 hidden
 * as a digit (4んでくれんかな, ４んでほしい; not after another digit).
 */
const GONE56 = '(?:消え失せ|消えうせ|消え|きえ|(?:姿|すがた)を消し|いなくなっ|居なくなっ|失せ|くたばっ|死ん|氏ん|タヒん|(?<![0-9])4ん)(?:て|で)(?:(?:ほし|欲し)(?:かった|いと(?:思|願|おも|ねが)|いんだ|いんです|いんよ|いです|いわ|いなあ|いなぁ|いな(?![んら])|いね|いよ|いけど|いのに|くて(?:たまら|仕方|しかた|しょうが))|もらいた(?:い|かった)|くれ(?:ない|ん|へん|ません)か(?:な|なあ|ね)|くれ(?:たら|れば)(?:いい|良い|よい|よか)|(?:いただ|頂)(?:け(?:る|れば|たら|ます|ません|ない)|きたい|きとう)|もら(?:え(?:る|れば|たら|ます|ません|ない)|いたい)|くださ(?:れば|いませんか|いますか))'
/** … said it never was wished (消えてほしいと思ったことはない). */
const GONE_DENIED = /^[^。！？!?\n]{0,12}?(?:ことは|ことなど|ことなんて|とは)(?:一度も)?(?:ない|なか|ありません|ございません)/u
/** Whether a wish to be gone at [s, e) is aimed at a person named in the sentence or the one before, not at a thing. */
function goneAtPerson(sq: string, s: number, e: number): boolean {
  const sen = sentenceOf(sq, s, e)
  const before = sq.slice(sen.start, s)
  const clause = before.slice(Math.max(before.lastIndexOf('、'), before.lastIndexOf(',')) + 1)
  if (GONE_THING56.test(clause) || GONE_THING56.test(sq.slice(e, sen.end)) || GONE_DENIED.test(sq.slice(e, sen.end))) return false
  return AIMED.test(withPrevious(sq, s, e)) || PEOPLE33.test(withPrevious(sq, s, e))
}

/**
 * Round 56: another place's product or event put down by a comparison: comparing is called a pity or rude to it (比べる
 * のもかわいそうなくらい（笑）, 比べるのは気の毒, 比べるのも失礼), or it is said to be no match with a smirk (比べもんにならんばい（笑）,
 * 勝負にならんね😏); only with another town, prefecture or producing area named in the sentence or the one before (佐賀の海苔,
 * 大川市さん, お隣の町, 他の産地); not our own year compared (去年と比べるのもかわいそうなくらいの不作), not a joint venture, not humble.
 */
// Blind R311E-002 kind (host56): in the same ring (同じ土俵で比べるのは少し気の毒), with a softening adverb between, or called harsh (酷).
const PITY56 = '(?:比べる|くらべる|比較する|並べる)(?:の|こと)(?:も|は|すら|さえ)[、\\s]?(?:少し|すこし|ちょっと|少々|いささか|さすがに|正直|あまりに|やや|どうにも)?[、\\s]?(?:お)?(?:かわいそう|可哀想|可哀そう|可哀相|かわいそか|気の毒|失礼|申し訳な|気が引け|(?:酷|こく)(?:な|です|だ|でしょう|かな|というもの|ってもの))'
const OUTCLASS56 = '(?:比べ(?:物|もの|もん)に(?:なら|なりませ|ならん)|勝負に(?:なら|なりませ|ならん)|相手に(?:なら(?!ない(?:で|よう))|なりませ|ならん)|格が違|レベルが違|次元が違|土俵が違|同じ土俵に(?:すら|さえ)?(?:立て|上が|あが|乗れ|のぼれ)(?:ない|ません|ん)|雲泥の差|月とすっぽん)'
/** Whether a comparison at [s, e) puts down another place named nearby. */
/**
 * Review of 3e1eb183 (rvhost56): the other place is the partner set beside us (人口150万人の福岡市と同じ土俵で比べるのは酷ですが、柳川市も…;
 * 佐賀のバルーンフェスタと並べるのは気の毒ですが、柳川のひな祭りも…): the pity is for our own city, humble, not a jab. Our own thing as the
 * partner (うちのお祭りと同じ土俵で, 柳川と並べるのは), or ours set above after it (比べるのも失礼なくらい、柳川の…は見事), still is.
 */
function ownSidePitied(sq: string, s: number, e: number): boolean {
  const before = sq.slice(sentenceOf(sq, s, e).start, s)
  const m = /([^、。！？!?\n]{1,30})と[^、。！？!?\nと]{0,10}$/u.exec(before)
  if (!m) return false
  const partner = (m[1] ?? '') + 'と'
  if (/柳川|うち|ウチ|本市|当市|わが|我が|私たち|こちら/u.test(partner)) return false
  // …and our own side then granted its merit as the underdog (…ですが、柳川市も健闘しています), not set above (比べるのも失礼なくらい、柳川の…は見事)
  return OTHER_PLACE56.test(partner) && /^[^。！？!?\n]{0,8}?(?:が|けど|けれど|けれども)[、\s]?[^。！？!?\n]{0,16}?(?:柳川|うち|ウチ|本市|当市|わが|我が)[^。！？!?\n]{0,16}?も/u.test(sq.slice(e, e + 60))
}

/**
 * Round 56: mock envy at another town's money or service, with our own lack set against it (お隣は増便ですか、お金があって
 * うらやましいですね〜 うちは減便ですけど😇, 財政が豊かで羨ましい限りです, 予算のあるとこはうらやましかね): sarcasm at a neighbour;
 * only with another town named nearby and money named before the envy or our own lack after it; not a sincere
 * compliment (素敵, 見習いたい), not a voice reported (うらやましいという声も), not a joint venture.
 */
const ENVY56 = '(?:うらやまし|羨まし)(?:い|か|すぎ)(?!という|との|と(?:の|いう)|がら)'
const MONEY56 = /お金|おかね|予算|財源|財政|裕福|金持ち|潤沢|税収|交付金|補助金|豊か|余裕|景気/u
const OUR_LACK = /^[^。\n]{0,16}?(?:うち|ウチ|柳川|本市|当市|こっち|こちら|わが(?:市|町|まち)|我が(?:市|町|まち))(?:は|なんか|なんて|には|では)[^。！？!?\n]{0,24}?(?:けど|けれど|のに|ですが|ばってん|が(?=[。、…\s]|$)|😇|🙃|😂|😭|🥲)/u
const EARNEST56 = /見習|参考|頑張|がんば|負けない|連携|合同|共同|おめでと|素敵|すてき|ステキ|ぜひ|是非|職人|技術|美しい|きれい|綺麗/u
function mockEnvy(sq: string, s: number, e: number): boolean {
  if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
  const win = withPrevious(sq, s, e).replace(/柳川市?|本市|当市/gu, '')
  if (!OTHER_PLACE56.test(win) || EARNEST56.test(sentenceText(sq, s, e)) || JOINT55.test(win)) return false
  const sen = sentenceOf(sq, s, e)
  return MONEY56.test(sq.slice(sen.start, s)) || OUR_LACK.test(sq.slice(e, e + 60))
}

// --- Round 60 ---
/**
 * Round 60: the questioner sent back to read it themself first and only then ask again (R60A-034: まずはご自身でお読みになって
 * から、改めてご質問いただけますでしょうか; 一度ご自身でお目通しいただいたうえで, まず自分で読んでから聞いてくれんね), when the
 * answer is said to be out already (すべて掲載しております, 全部書いてあります, 載せとるけん) and the reading is pressed (まずは,
 * 一度, 少しは) or the asking is put again (改めて, もう一度); not a notice (ご自身でご確認のうえ、ご不明な点はお問い合わせください).
 */
const READ_THEN_ASK = '(?:ご自身|ご自分|自分|自身)で[、\\s]?[^。！？!?\\n]{0,16}?(?:お読み|読ん|読ま|読み|よん|目を通|お目通し|ご覧|見て|調べ|お調べ|ご確認|確認|チェック)[^。！？!?\\n]{0,10}?(?:てから|でから|たうえで|た上で|だうえで|だ上で|のうえ|の上|たあとで|た後で|だあとで|だ後で)[、\\s]?(?:改めて|あらためて|もう一度|もういちど|再度|それから|その上で|そのうえで)?[、\\s]?(?:ご質問|質問|お尋ね|尋ね|お問い合わせ|問い合わせ|問合せ|聞い|聞き|聞く|聞か|お聞き|ご連絡|連絡|コメント)'
/** … the reading pressed or the asking put again. */
const PRESSED60 = /まずは|まず|一度|いちど|いっぺん|少しは|せめて|ちゃんと|きちんと|よく|改めて|あらためて|もう一度|もういちど|再度/u

/**
 * Blind R225R-028 kind: the critic guessed to have been in no state to judge (きっと舟酔いでそれどころではなかったんでしょうね,
 * たぶん楽しむ余裕もなかったのでしょう, 上の空だったんでしょうね): the verdict put down to the critic's own state, as sarcasm. Read by
 * SAW_LITTLE with its maker-or-critic and poor-word conditions; an apology or a remedy of ours with it is sympathy (keep below).
 */
const NO_STATE = '(?:それどころ|(?:見る|楽しむ|味わう|ゆっくりする|ご覧になる)?余裕)(?:では|じゃ|で|が|も|は)?(?:な(?:か|く|い)|無(?:か|く|い)|ありませ|ござい(?:ませ)?ん)|上の空|うわの空'
const NO_STATE_AT = new RegExp(NO_STATE, 'u')
const NO_STATE_OK = /申し訳|お詫び|おわび|すみません|ご不便|ご迷惑|改善|見直し|反省|力不足|ぜひ|是非|お待ちし/u
/**
 * Round 60: the maker of a programme or an article, or a critic, said by a knowing guess to have seen only a little before
 * they judged (R60A-071: 番組では「ほかには特に何もない町」とも紹介されていましたが、ディレクターさんはきっと川下りだけ乗って、
 * うなぎも食べずにお帰りになったのでしょうね; 記者さんはたぶん駅前しか歩いていないんでしょうね, どうせ掘割も見んで帰ったっちゃろうね):
 * sarcasm that picks a fight; only with a maker or a critic and a poor word about the town in the sentence or the one before (not a
 * guess at a guest's fun: きっと時間が足りなかったのでしょうね, 記者さんはきっと良さを記事にしてくださるのでしょう).
 */
const SAW_LITTLE = `(?:きっと|たぶん|多分|おそらく|恐らく|どうせ|さぞ)[、\\s]?[^。！？!?\\n]{0,30}?(?:(?:だけ|しか)[^。！？!?\\n]{0,30}?(?:ずに|ず[、\\s]|ないで|んで|んと[、\\s]|ないまま|んまま|ていない|てない|ておられない|ていらっしゃらない|とらん|とらっしゃらん|なかった|んかった|お帰りに|帰(?:ら|り|っ|る|ん))|(?:も|すら|さえ)[^。！？!?\\n]{0,12}?(?:ずに|ず[、\\s]|ないで|んで|んと[、\\s]|ないまま|んまま|ていない|てない|なかった|んかった)|${NO_STATE})[^。！？!?\\n]{0,24}?(?:のでしょう|んでしょう|のだろう|んだろう|のでは|んじゃ|んやろ|っちゃろ|とやろ|に(?:違|ちが)い(?:な|あり|ござ)|に決まって)`
/** … a maker, a writer or a critic of the town named (ディレクター, 記者, 番組, 口コミ, 「…」と書かれ). */
const MAKER = /[」』](?:と|って)(?:の)?(?:ご)?(?:感想|意見|評価|レビュー|お声|声)|ディレクター|プロデューサー|制作|製作|スタッフ|記者|ライター|筆者|編集|レポーター|リポーター|取材|番組|放送|記事|雑誌|新聞|ガイドブック|テレビ|口コミ|クチコミ|レビュー|投稿|書き込|コメント|[」』](?:と|って|とも)(?:紹介|書|言|評|おっしゃ)/u
/** … and a poor word about the town (何もない, つまらない, 見どころが少ない, 退屈). */
const POOR_WORD = /何も(?:ない|なか|ありません)|なにも(?:ない|なか)|なんも(?:ない|なか)|つまらな|つまらん|退屈|見どころ(?:が|も)?(?:ない|少な|なか)|見所(?:が|も)?(?:ない|少な)|飽き|イマイチ|いまいち|微妙|物足りな|期待外れ|がっかり|地味|寂れ|さびれ|しか(?:ない|なか|ありません)|だけの町|だけの街|田舎/u

/**
 * Round 60: the poster told who they are is known, then warned about what they say next (R60A-086: 市を中傷する投稿を繰り返されて
 * いる件、発信元はすでに特定しておりますので、今後の発言には十分お気をつけください; 投稿者はもう特定できとるけん、これ以上は書かんほうが
 * よかですよ, あなたが誰なのかはすでに分かっています。発言には気をつけた方がいいですよ): a threat; not a fraud or a hoax traced (なりすまし
 * メールの発信元は特定済みです。不審なメールにはご注意ください), not an owner found (持ち主が特定できましたので), not negated (特定されていません).
 */
const KNOWN60 = `(?:${IDENTITY_SUBJECT}|アカウントの(?:持ち主|主|所有者|運営者)|(?:投稿|書き込み|書き込|コメント)(?:を)?(?:して|され|した|された)(?:いる|ている|ておられる)?(?:方|人|者)|中の人|(?:あなた|あんた|お前|おまえ|貴方|そちら)(?:様)?(?:が|は)?(?:誰|どなた|何者)(?:なの|か|なのか|やか)?|(?:あなた|あんた|お前|おまえ|貴方)の(?:身元|正体|お名前|名前|本名|氏名))(?:は|も|が|を|について|くらい|ぐらい)?[、\\s]?(?:すでに|既に|もう|とっくに|ほぼ|だいたい|大体|おおよそ|ちゃんと|しっかり)?[、\\s]?${KNOW_DONE}`

/**
 * Blind R269H-035 kind (host12): finding out the poster said to be no hard task, in a litotes (こうした投稿の発信元を調べることは、それほど
 * 難しいことではございません, 投稿者を特定するのは簡単なことです), then a warning about their next posts (keep: WARNED): the FINDABLE_H6
 * threat said of the act of tracing.
 */
const FINDING_EASY = `${IDENTITY_SUBJECT}(?:を)?[、\\s]?(?:調べる|特定する|突き止める|割り出す|探し出す)(?:こと|の)(?:は|も|など|なんて|くらい|ぐらい)[、\\s]?(?:それほど|さほど|そんなに|そう|別に|べつに|決して|けっして|何ら|なんら|ちっとも|少しも|実は|案外|意外と)?[、\\s]?(?:(?:難し|むずかし)(?:くは|く|い(?:こと|もの)(?:では|じゃ))|困難(?:では|なことでは|なものでは))(?:な|あり|ござい)|${IDENTITY_SUBJECT}(?:を)?[、\\s]?(?:調べる|特定する|突き止める|割り出す|探し出す)(?:こと|の)(?:は|も|など|なんて|くらい|ぐらい)[、\\s]?(?:実は|案外|意外と|意外に|そう)?[、\\s]?(?:簡単|容易|たやすい|造作(?:も)?ない|わけ(?:も)?ない)(?!(?:な(?:こと|もの))?(?:では|じゃ|には))`
const FINDABLE_H6 = `${FINDING_EASY}|${IDENTITY_SUBJECT}(?:というもの|ってもの|というの)?(?:は|も|くらい|ぐらい)[、\\s]?[^。！？!?\\n]{0,24}?(?:いずれ|すぐ(?:に)?|簡単に|容易に|必ず|いつでも|そのうち|ちゃんと)[、\\s]?(?:分かる|わかる|判明する|特定できる|特定される|割り出せる|突き止められる)(?:もの|こと|んです|のです)?(?:です|でございます|なんです|ですよ|ですから|ですので|だ|よ)?`

/**
 * Round 60: a neighbouring town belittled by a comparison, our own praise said to follow of course (R60A-133: みやま市から来られた
 * お客さまが「柳川は都会ですね」とおっしゃっていました。まあ、お隣と比べたらそうなりますよね😏; 大川市さんと比べたらそりゃそうなりますよね,
 * 隣町と比べれば、どこでもにぎやかに見えるでしょうけどね): only with our praise in the sentence or the one before (都会, にぎやか, 便利);
 * not a fact (お隣と比べると人口は約2倍), not our own want (雨が多いですね…お隣と比べたらそうなりますね).
 */
const BESIDE60 = '(?:お隣(?:さん|の(?:市|町|村|まち))?|隣(?:町|まち|村|市|の(?:市|町|村|まち))|よその(?:市|町|村|まち)|[ぁ-ゖァ-ヶー一-龠々]{2,5}(?:市|町|村)(?:さん|様)?|向こう|むこう|あちら|あっち|そちら|そっち)(?:と|に)(?:比べ|くらべ|比較し)(?:まし)?(?:たら|れば|ると|りゃ|ちゃ)[、\\s]?(?:まあ|まぁ|そりゃ|そりゃあ|そら|当然|もちろん|さすがに|どうしても)?[、\\s]?(?:そう(?:なり(?:ます|ましょう)|なる|なっちゃ|でしょう|だろう|やろ|ですよ|ですね|見え|思え|感じ)|どこ(?:でも|だって)|何(?:でも|だって)|誰(?:でも|だって)|(?:柳川|うち|ウチ)(?:なんて|でも|だって))'
/** … our town praised nearby (都会, にぎやか, 便利, 栄えて). */
const PRAISED60 = /都会|都市|都心|栄え|さかえ|にぎやか|賑やか|賑わ|にぎわ|便利|発展|大き|人が多|お店が多|店が多|進んで|おしゃれ|洗練|立派|垢抜け|あか抜け|都会的/u
/** … another town named (みやま市から, 大川市の, お隣, 隣町). */
const TOWN_NAMED60 = /[ぁ-ゖァ-ヶー一-龠々]{2,6}(?:市|町|村)(?:から|の|さん|様|に|へ|で|は|と|より|出身)|お隣|隣(?:町|まち|村|市|の(?:市|町|村|まち))|よその(?:市|町|村|まち)/u
// --- Round 62 ---
/**
 * Round 62 (R62A-081): people who do a thing asked, as a rhetorical question, whether they are aware of the wrong it does (…救急車を呼ぶ
 * 常連の方もいますが、税金の無駄遣いをしている自覚があるのでしょうか; 迷惑をかけている自覚はおありでしょうか, 税金を無駄にしとる自覚
 * あるんかな？, 無駄遣いをしているとは思わないのでしょうか): reproach, not a request; only with a wrong named (無駄遣い, 迷惑, 負担, 命を
 * 危険に) and people named in the sentence or the one before. Not a self-check of health (疲れがたまっている自覚はありますか), not a
 * statement (迷惑をかけている自覚がないまま…), not our own duty (無駄遣いをしていないか、常に自覚を持って).
 */
const WRONG62 = '(?:無駄遣い|無駄使い|無駄づかい|むだづかい|むだ遣い|無駄に(?:し|使)|むだに(?:し|使)|浪費|迷惑(?:を)?(?:かけ|掛け)|迷惑に(?:なっ)|邪魔(?:を)?し|妨げ|負担(?:を)?(?:かけ|掛け|強い)|足を引っ張|(?:命|時間|機会|順番)を(?:奪|危険にさら|危険に)|危険にさら|食いつぶ|食い物にし|困らせ)'
const AWARE = `${WRONG62}[^。！？!?\\n]{0,16}?(?:(?:という|との|って)?(?:こと)?(?:の|に|へ)?(?:ご)?(?:自覚|認識)(?:は|が|を|って)?[、\\s]?(?:ある|あり|おあり|お持ち|持って|持たれて|ない|無い|なか|ござい)(?:ます|ません|です|でいらっしゃる)?(?:ん|の|と)?|(?:とは|と|って)(?:思わ|考え)(?:ない|ん|なか|ません)(?:ん|の|と)?)(?:でしょうか|ですか|だろうか|でしょう(?=[？?])|かな|かね|やろか|やろうか|じゃろか|っちゃろか|か(?=[？?]))`
const PEOPLE62 = /人|方|者|常連|利用者|あなた|あんた|お前|おまえ|貴方|皆さん|皆様|みなさん|連中|客|ドライバー|住民|市民|保護者|議員|業者|[@＠]/u
/**
 * Round 62 (R62A-093): a broadcaster, a writer or a critic thanked for a put-down they made of the town, the put-down quoted (○○テレビさん、
 * 昨夜の番組で柳川を「ド田舎」と紹介してくださり、ありがとうございました🙂; 「何もない町」と書いていただき光栄です): sarcastic thanks that
 * picks a fight; only when the quoted words are a poor word (田舎, 何もない, つまらない) and not praise (田舎の良さ, それがいい).
 * And the maker told to do the homework before coming next time (次はちゃんと地図を見てからお越しくださいね, 今度はよく調べてから記事に
 * してください), with a maker and a poor word in the sentence or the one before; not a guest told to check the weather.
 */
const THANKED62 = '[」』](?:と|って)[、\\s]?(?:ご)?(?:紹介|評|書い|書か|言っ|言わ|おっしゃ|呼ん|表現|放送|報じ|称|評価|お書き|ご紹介)[^。！？!?\\n]{0,12}?(?:くださ(?:り|って|いまして|った)|いただ(?:き|いて|きまして|いた)|頂(?:き|いて)|くれ(?:て|た))[、\\s]?(?:誠に|本当に|ほんとうに|ほんとに|ほんと|どうも|まことに)?(?:ありがとう|ありがと|感謝|光栄|恐縮|うれしい|嬉しい)'
const PRAISE_IN_QUOTE = /良さ|よさ|魅力|素敵|すてき|ステキ|それがいい|がいい|好き|癒|のどか|ほっと|落ち着|懐かし|美し|きれい|綺麗|おいし|美味|最高|贅沢|ぜいたく|豊か|ゆったり|のんびり/u
const NEXT_TIME = '(?:次は|次回は|今度は|次からは|次回からは|今後は)[、\\s]?(?:ちゃんと|きちんと|しっかり|よく|少しは|せめて|一度|事前に)[^。！？!?\\n]{0,12}?(?:見|調べ|確認し|勉強し|下調べし|読ん|取材し|歩い|食べ|乗っ)(?:て|で)から(?:お越し|来|き|いら|おいで|取材|ロケ|紹介|放送|記事|書|番組|お書き|ご紹介|発信|投稿|報道)'
/**
 * Round 62 (R62A-128): a person named for a fault beyond measure (勉強不足にもほどがあると思います, 不勉強にも程があります, 無責任にも
 * ほどがあるばい) or said to leave the writer exasperated (…野口議員には、正直あきれました, あの記者さんにはほとほとあきれました): public
 * reproach. Not one's own fault (私の勉強不足にもほどがありました), not a joke's limit (冗談にもほどがある), not あきれるほど元気.
 */
const BEYOND = '(?:勉強不足|不勉強|無知|認識不足|準備不足|確認不足|非常識|無責任|失礼|無礼|不誠実|怠慢|的外れ|見当違い|傲慢|横柄|厚かましい|図々しい|ずうずうしい|無神経|不見識)(?:に)?も(?:ほど|程)が(?:あ(?:る|り|っ)|ござ)'
const FED_UP = '(?:議員|委員|記者|さん|氏|様|会長|社長|先生|ディレクター|ユーチューバー|担当者|市民|住民|(?<![一-龥])人|(?<![一-龥])方|(?<![一-龥])者|連中|方々|人たち)(?:の(?:方|皆さん))?(?:に|には|にも)[、\\s]?(?:正直|本当に|ほんとに|ほとほと|心底|まったく|全く|つくづく|さすがに|いささか|少々|もう)?[、\\s]?(?:あきれ|呆れ)(?:ました|た(?=[。！!、…]|$|よ|ね|わ|ばい)|ます|て(?:しまいました|ものも言え|言葉も|何も言え)|果て|返)'
// --- Round 63 ---
/**
 * Round 63 (R63A-016): one resident singled out in public by how they keep contacting the office (ペット火葬のことで毎日お電話くださる大和町
 * の方へ。…いい加減にしてください。…正直迷惑しています, 何度も窓口に来られる男性の方、…迷惑です): a public reprimand of one person, which
 * the word list reads only as a warning; block. The addressee is someone who keeps calling, coming or writing, marked as the one spoken to
 * (〜の方へ, 〜さん、); the scolding is いい加減に… or 迷惑して(い)ます / 迷惑です later in the post. Not our own apology (ご迷惑をおかけし),
 * not 迷惑していません, not an address with thanks or an answer only. Blind R89A (R89A-079): the address may stand as a sentence of its own
 * when the scolding opens the next (毎日のように電話してこられる大和町の原口さん。いい加減にしてください; not …田中さん。ようやく部品が届きました).
 */
const KEEPS_CONTACTING = /(?:毎日|毎朝|毎晩|毎週|毎回|連日|何度も|何回も|何度となく|いつも|しつこく|再三|繰り返し|たびたび|度々|一日に何度も|朝から晩まで)[^。！？!?\n]{0,20}?(?:お?電話|ご?来庁|窓口|お越し|来られ|来て|いらっしゃ|メール|お手紙|手紙|コメント|ご意見|苦情|お問い合わせ|問い合わせ|問合せ|ご要望|要望|書き込|投稿|リプ|DM|ＤＭ)[^。！？!?\n]{0,14}?(?:方|人|様|さん|男性|女性|お客様|お客さん)(?:へ|に告ぐ|に申し上げます|に一言|、|,|\s|[。！!](?=\s?(?:いい|よか|ええ|正直|本当に|ほんとに|もう|[^。！？!?\n]{0,12}?迷惑)))/u
const SCOLD63 = '(?:(?:いい|よか)加減に(?:して|しといて|しとって)(?:ください|下さい|くださいね|くれ(?:ませんか|んね|んか|ん)?|ほしい|欲しい|もらえ(?:ません|ん)か|いただけ(?:ません|ない)(?:でしょう)?か|ね|よ)?|(?<!ご)迷惑(?:して|しと|しており)(?:います|いる|ます|ります|る)(?![ぁ-ゖ])|(?<!ご)迷惑(?:です|なんです|なのです|でしかない|千万))'
/**
 * Round 63 (R63A-020): another town, named or as the neighbour, set against ours and told to learn from us (お隣の市さんは清掃を業者任せに
 * しているそうですが、柳川は自分たちの手でやっています。見習っていただきたいものですね, 少しは見習ってほしいですね😏, ぜひお手本にして
 * いただきたいものです): condescension that picks a fight; only with another town and our own side in the sentence or the one before. Not our
 * own wish to learn (見習いたい, 見習わなければ: not matched), not the other town as the model (大川市さんの取り組みを見習って), not our
 * residents or children asked to learn (市民の皆さんにもぜひ見習っていただきたい), not a town praised (素晴らしい, さすが).
 */
const LEARN_FROM_US = '(?:(?:見習|みなら)(?:っ(?:て(?:いただきたい|いただけたら|いただければ|ほしい|欲しい|ほしか|欲しか|もらいたい|もらえたら|くれたら|くださ(?:い|れば)|みては|みたら))|ったら(?:どう|いかが|よか|ええ)|えば(?:いい|よい|よか|ええ)(?:のに)?|うべき|わせたい|わんと(?:いかん|いけん))|(?:お手本|手本|模範)に(?:して|され)(?:いただきたい|いただけたら|ほしい|欲しい|もらいたい|くれたら|はいかが|みては|みたら|たらどう|たらいかが))'
const LEARNERS = /(?:子ども|子供|こども|若い|市民|住民|皆さん|皆様|みなさん|職員|私たち|僕ら|我々|みんな|後輩|生徒|児童|地域の方)[^。！？!?\n]{0,8}?(?:に|にも|も)[、\s]?(?:ぜひ|是非|どんどん)?[、\s]?$/u
const PRAISED63 = /素晴らし|すばらし|見事|さすが|すごい|すご(?:か|く)|学び|感心|尊敬|先進|お手本となる|憧れ|あこがれ/u
/**
 * Round 63 (R63A-058): a person named by a hurtful thing they said or wrote (「雑種はいらん」って言いよったお客さん, 「キモい」って書いとった人)
 * or by a wrong they did, then told their face is remembered, in any dialect or polite form and with an emoji after (…ちゃーんと顔ば覚えとる
 * けんね😊, お顔はしっかり記憶しております): a threat dressed up as a joke. Not a visitor who was kind (迎えてくれた, 言ってくれた), not a face
 * that remembers us (顔ば覚えてくれた), not a notice.
 */
const FACE63 = '(?:お顔|顔|顔写真|人相|ナンバー|車のナンバー)(?:は|も|を|ば|、|,)?[、\\s]?(?:もう|しっかり|ばっちり|バッチリ|ちゃんと|ちゃーんと|ちゃあんと|全部|きっちり|よーく|よく)?[、\\s]?(?:覚え|おぼえ|控え|記憶し|記録し|押さえ)(?:ました|させていただきました|させてもらいました|とる|とります|てる|ています|てます|ておる|ております|ちょる|た|ちゃった)(?:から(?:ね|な)?|けん(?:ね|な)?|ばい|よ(?:ね)?|ので|ね|ぞ|で)?(?=[。！!…\\s〜~ー]|\\p{Extended_Pictographic}|$)'
const SAID_ILL = /[「『]([^」』\n]{1,30})[」』](?:って|と)[、\s]?(?:言|い|書|か|叫|怒鳴|どな|わめ|吐き捨て)[^。！？!?\n、]{0,8}?(?:お客さん|お客様|客|人|方|おじさん|おばさん|おじちゃん|おばちゃん|お兄さん|お姉さん|あなた|あんた|お前|おまえ|奴|やつ|連中|皆さん)/u
const HURTFUL = /いらん|いらない|要らない|要らん|いらね|嫌(?:い|だ|や)|きらい|汚|きたな|臭|くさい|うるさ|邪魔|じゃま|ブサ|ぶさ|不細工|ダメ|だめ|最悪|キモ|きも[いかっ]|しょぼ|つまら|まず[いか]|不味|捨て|早くしろ|遅(?:い|か)|のろ|バカ|ばか|アホ|あほ|何もな|なんもな|ダサ|ださ|ぼったくり|金返せ|ゴミ|ごみ|クズ|カス/u
const KIND = /(?:て|で)(?:くれ|くださ|いただ|もら)|ありがと|感謝|また来|お待ち|待っと|待って|常連|応援/u
function saidIll(sq: string, s: number, e: number): boolean {
  const t = sq.slice(Math.max(0, sentenceOf(sq, s, e).start - 80), s)
  const m = SAID_ILL.exec(t)
  if (!m || !HURTFUL.test(m[1]!)) return false
  return !KIND.test(sq.slice(Math.max(0, sentenceOf(sq, s, e).start - 80), sentenceOf(sq, s, e).end).replace(m[0], ''))
}
// --- Round 66 ---
/**
 * Round 66 (R66A-051): a named party told, after a mock-gracious concession, that it should at least have done something (隣町の
 * 子ども食堂さん、…真似されるのは光栄ですけど、せめて一言あってもよかったんじゃないですかね): a rhetorical reproach in 〜てもよかったん
 * じゃないですか, aimed at someone addressed (〜さん、, @). Not our own regret (私たちも…よかったのではと反省), not a voice relayed
 * (…よかったのでは、とのご意見).
 */
const SHOULD_HAVE = '(?:せめて|一言|ひとこと|一声|ひと声|ご一報|一報|ご連絡|連絡|ご相談|相談|お断り|断り|ご挨拶|挨拶|あいさつ)[^。！？!?\\n]{0,16}?(?:て|で)?も[、\\s]?(?:よかった|良かった|よかつた|よか)(?:ん|の|と)[、\\s]?(?:じゃ|では|や|ぢゃ)(?:ない|なか|ありません|ございません)?(?:です|でしょう|やろ|と|ろう)?(?:か|かね|かな|ね|ねえ)?(?=[。！？!?…\\s〜ー]|$)'
const OWN_REGRET = /申し訳|お詫び|おわび|反省|私たちも|わたしたちも|私どもも|我々も|こちらも|当方も|職員も|市も|とのご意見|というご意見|との声|という声|と(?:感じ|思われ)た方/u
/** Round 66 (R66A-096): the asker told that asking again and again is a bother (同じ質問を何度もされても困ります, 毎回電話されても迷惑です). */
const BOTHER = '(?:何度も|何回も|何べんも|なんべんも|なんども|毎回|毎度|いちいち|再三|しょっちゅう|繰り返し|同じ(?:こと|事|質問|ご質問|内容|問い合わせ|お問い合わせ|電話|話)(?:を|で|ばかり|ばっかり)?)[^。！？!?\\n]{0,16}?(?:聞か|訊か|きか|質問さ|尋ねら|お尋ねにな|問い合わせら|問い合わせさ|お問い合わせさ|電話さ|お電話さ|来ら|こら|言わ|書き込ま|コメントさ|(?:を|も)[、\\s]?さ)(?:れ)?(?:まし)?(?:ても|ちゃ|ては|ると|たら|よっても)[、\\s]?(?:こちらも|こっちも|正直|ほんとに|本当に)?[、\\s]?(?:困り|困る|こまり|こまる|困っ|困ります|迷惑|対応しきれ|キリがな|きりがな|手が回りませ)'
const BOTHER_NOT = /詐欺|不審|勧誘|セールス|業者|という方|といった方|との声|という声|という悩み|とお悩み/u
/**
 * Round 67 (R67A-051): another town's failing reported in hearsay with a smile (お隣の市さんは避難所の開設がかなり遅かったようですね) and
 * our own better record set against it in the same or the next sentence (柳川は21時には全避難所を開けていましたので、念のため): a jab at
 * a neighbour. Not shared (柳川も, 本市でも), not sympathy or help (お見舞い, 応援, 支援), not our own past.
 */
const FAILED67 = '(?:遅(?:かった|れた|れていた|れとった|れちょった)|後手に回(?:った|られた)|手間取(?:った|られた)|間に合わなかった|間に合わんかった|追いつかなかった|追いつかんかった|できなかった|出来なかった|できんかった|不十分だった|混乱した|混乱していた|ばたばたした|バタバタした|対応が(?:悪|まず)かった)(?:ようです|ようでした|ようで|みたいです|みたいでした|みたいで|らしいです|らしいですね|らしか|とか|そうです|そうで|と(?:聞|伺)(?:き|い)ました)(?:ね|ねえ|な|けど|が)?'
const OUR_BETTER = /(?:柳川|うち|ウチ|本市|当市|わが市|我が市|こちら|こっち)(?:市)?(?:は|では|なんて|なんか)(?![^。！？!?\n]{0,30}?(?:遅|できなかった|間に合わなかった|課題))/u
/**
 * Round 67 (R67A-098): a complainer asked whether they mistake the place for a hotel, a restaurant or their own home (避難所が寒いって、
 * …ホテルと勘違いしとらんですか？, レストランと勘違いされてませんか, 自分の家と思っとらん？): sarcasm; only after a complaint or to someone
 * addressed, as a question. Not a notice of a confusion (ホテルと勘違いされる方がいらっしゃいます), not help with a booking.
 */
const MISTAKEN = '(?:ホテル|旅館|高級旅館|リゾート|レストラン|料亭|高級店|一流ホテル|別荘|ご自宅|自宅|自分の家|自分ん家|ご実家|実家|託児所|便利屋|何でも屋|なんでも屋|召使い|家政婦|コンシェルジュ|執事|お母さん|ママ)(?:か何か|かなにか|かなんか|か何かと|か)?(?:と|だと|やと)[、\\s]?(?:勘違い|かんちがい|思い違い|間違え|お間違え|取り違え|思って|お思い|思っと|おもっと|思いよ)[^。！？!?\\n]{0,14}?(?:[？?]|(?:ません|ない|らん|ん|ませ)(?:です|でしょう|ん|の)?か|でしょうか|ですか|やろか|やか)'
const COMPLAINT67 = /[@＠]|って[、,\s]|とのこと|との(?:ご)?(?:意見|指摘|苦情|声)|と(?:おっしゃ|言われ|書かれ|言いよ)|文句|苦情|不満|クレーム|ケチ/u
const HELP67 = /ご予約|予約|ご確認|確認ください|施設名|名称|住所|地図|ご案内|お問い合わせ先/u
/**
 * Round 68 (R68A-060): a veiled threat, "we have our own ideas too", held over someone after a condition or said to someone addressed
 * (学校にそんな文句言いに来るなら、こっちにも考えがあるけんね, これ以上続けられるようでしたら当方にもそれなりの考えがございます): block.
 */
const OWN_IDEA = '(?:こっち|こちら|うち|当方|こちら側|こっち側|私ども|わたしども|わたくしども|こちらとして|俺|おれ|わし)(?:に|と|側)?(?:も|だって|として(?:も)?)[、\\s]?(?:それなりの|それ相応の|しかるべき|然るべき|いろいろ|色々)?[、\\s]?考え(?:が|は)[、\\s]?(?:ある|あり|ござい|あっ|あんぞ|あるぞ)'
/** Blind R241E-023: OWN_IDEA on the squeezed view, for a keep. */
const OWN_IDEA_AT = new RegExp(OWN_IDEA, 'u')
const CONDITION68 = /(?:なら|ようなら|ようでしたら|のでしたら|たら|だら|れば|場合(?:は|には)?|限り|続けるなら|続くなら)[、,\s]/u
/** … and the addressee's family or home said to be easily found out (どこの家の親かくらい、すぐ分かるっちゃけん): block. */
const WHO_KNOWN = `(?:どこの|どちらの)[、\\s]?(?:家|うち|いえ|お宅|誰|だれ|どなた|子|親|学校|会社|人|者|方)(?:の[^。！？!?\\n]{0,6}?)?(?:か|やか|なのか|かは|かも|なんか)(?:くらい|ぐらい|なんて|なんか|は|も)?[、\\s]?(?:調べれば|調べたら|見れば|すぐに?|もう|とっくに|簡単に|だいたい|ちゃんと|すぐにでも)?[、\\s]?${KNOW_EASILY}(?:る|り|っ)?(?<=[るりっつ])(?:ます)?(?:っちゃけん|けんね|けんな|けん|から(?:ね|な)?|んですよ|んですから|んですからね|ですよ|ますよ|ますから(?:ね)?|ぞ|ばい|よ|んやけん|っちゃん|んだぞ|んだよ|とよ|っちゃが)(?=[。！!…\\s〜ー]|$)`
/**
 * Blind R241E-023 kind: whom the veiled "we have our own ideas" is held over, with no critic named: someone headed as 〜した方へ, their
 * conduct said recorded, or their home said guessed (昨夜、…詰め寄った方へ。その様子はすべて記録してあります。お住まいもだいたい見当が
 * ついていますので、このまま続けるようでしたら、こちらにも考えがあります).
 */
const HELD_OVER = /(?:た|だ|る|ない)(?:方|人|方々|皆さん|皆様)へ(?:[。、！!\s]|$)|記録(?:して|させて|いたして)(?:あり|あ|おり|い|ま)|(?:録画|録音|撮影)(?:して|させて)(?:あり|おり|い)|(?:お住まい|ご自宅|お宅|ご住所|お勤め先)[^。！？!?\n]{0,10}?(?:見当|目星|把握|分かって|わかって|存じ)/u
/**
 * Round 68 (R68A-114): the reader's diligence presumed lacking, as "anyone who reads it properly would know" (ちゃんと学校だよりを読んで
 * いる方ならお分かりだと思いますが, きちんとお読みになっている方ならご理解いただけるかと): condescension; the pressing adverb says the
 * reader does not. Not a friendly nod to regular readers (いつも読んでくださっている方ならご存じのとおり), not a quiz.
 */
const DILIGENT = '(?:ちゃんと|きちんと|しっかり|まともに|よく|よう)[、\\s]?[^。！？!?\\n]{0,14}?(?:(?:読ん|よん|お読みになっ|ご覧になっ|見|目を通し|確認し|ご確認になっ)(?:て|で)(?:いる|いらっしゃる|おられる|る|くださっている|くださってる|いただいている|いただいてる|おる)|(?:読ん|よん)どる|(?:見|目を通し|確認し)とる)(?:方|人|かた|お方|方々|大人)(?:なら|ならば|であれば|でしたら|だったら|やったら)[、\\s]*[^。！？!?\\n]{0,10}?(?:お分かり|おわかり|分か|わか|ご理解|理解|ご存じ|ご存知|知って|お気づき|気づ)[^。！？!?\\n]{0,12}?(?:と思います(?:けど|けれど|が)|と思うんですけど|と思うんですが|と思うけど|と思うが|かと(?:思いますが|思いますけど|存じますが|存じますけど|存じます|思います)|はず(?:です(?:が|けど)?|だ(?:が|けど)?|なんですが|なんですけど|やけど|やろ)?|でしょう(?:けど|が|ね)?|ですよね|よね|やろ(?:けど)?|っしょ)(?=[ねな、。！？!?…w笑\\n（(]|$)'
/**
 * Round 68 (R68A-135): the press or a critic said by a knowing guess to act for ratings or sales (学校を叩いておけば視聴率が取れると思って
 * いるのでしょうか, 批判記事を書いておけば部数が伸びると思っとるんやろね): a base motive imputed in a rhetorical question; picking a
 * fight with a broadcaster. Not our own hope taken back (話題になれば注目が集まると思っていましたが), not a voice relayed.
 */
const MOTIVE = '(?:視聴率|数字|部数|再生数|再生回数|閲覧数|アクセス数|アクセス|pv|いいね|注目|話題|売上|売り上げ|ウケ|うけ|受け|金|お金)(?:が|は|を)?[、\\s]?(?:取れる|とれる|稼げる|かせげる|上がる|あがる|伸びる|のびる|集まる|売れる|増える|もらえる|入る)(?:と|って)|(?:ウケる|うける|受ける|バズる|ばずる|売れる|目立てる)(?:と|って)(?:でも)?[、\\s]?(?:思って|おもって|お思い|考えて|お考え|思っと|おもっと|思いよ|思われて)(?:いる|いらっしゃる|おられる|る|になって(?:いる|る)?|なん|な|らっしゃる)?(?:ん|の|と)?(?:でしょうか|でしょうね|でしょう|だろうか|だろうね|だろう|やろか|やろね|やろうか|やろ|ですか|ですかね|かな|かね|じゃろか|っちゃろか|っちゃろ)(?=[。！？!?…\\s〜ーw笑（(]|$)'
const PRESS = /報じ|報道|記事|紙面|新聞|日報|新報|番組|放送|テレビ|TV|ＴＶ|局|特集|週刊|ワイドショー|メディア|マスコミ|記者|ディレクター|ユーチューバー|YouTuber|動画|まとめサイト|ネットニュース|[@＠]/u
// --- Round 69 ---
/**
 * Round 69 (R69A-006): the reader told to check it for themself before posting or complaining, after the answer is said to be out
 * already (…ホームページにも同じものが載っています。書き込まれる前に、一度くらいはご自分の目で確かめていただけると助かります,
 * 批判する前に少しはご自身で調べてもらえませんか, 書き込む前に自分の目で見てきてくれんね): the post is presumed made without looking;
 * the looking is pressed (一度くらいは, 少しは, せめて) or put on the reader (ご自分の目で). Not an inquiry guided (お問い合わせの前に
 * よくある質問をご確認ください: not a post), not literacy advice (投稿する前に…確かめましょう), not our own care (職員が自分の目で).
 */
const POSTED69 = '(?:(?:書き込|書込)(?:む|まれる|みになる|みをする|みをされる)|(?:投稿|コメント|ポスト|リプ|ツイート|拡散|批判|反論)(?:を)?(?:する|される|なさる|なされる)|つぶや(?:く|かれる)|呟(?:く|かれる)|(?:文句|苦情|クレーム|悪口)(?:を)?(?:言う|いう|言われる|おっしゃる|書く|書かれる|つける|つけられる)|騒(?:ぐ|がれる)|(?:書き込み|書込み|投稿|コメント|ポスト|リプ|ツイート|批判|文句|苦情|クレーム)の)前に'
const LOOK69 = `${POSTED69}[、\\s]?[^。！？!?\\n]{0,16}?(?:(?:ご自分|ご自身|自分|自身)(?:の目|の手|の足)?で|一度くらい(?:は)?|一回くらい(?:は)?|いっぺんくらい(?:は)?|一度ぐらい(?:は)?|少しくらい(?:は)?|少しは|ちょっとは|せめて)[、\\s]?[^。！？!?\\n]{0,16}?(?:お確かめ|確かめ|ご確認|確認|お調べ|調べ|お読み|読ん|読み|よん|ご覧|目を通|見て|見に|見てき|見とい)`
/** … the answer said to be out already, or the post answered with @: not a rule for all posters. */
const OWN_CHECK = /私|わたし|職員|私ども|当課|我々|担当者|スタッフ/u
/**
 * Round 69 (R69A-049): another town set below ours by a coy or smug comparison (お隣のまちの花火大会、今年も雨で中止だったそうですね☔
 * …どこかのまちとは一味違います😏, どっかの町とはわけが違いますね（笑）, どこぞの市とは格が違うけん): the town is named coyly (どこかの,
 * どこぞの, 某) after another town's mishap or named plainly with a smirk. Not a plain difference (ほかの市町村とは違い、申請は不要です),
 * not our own effort (どこかの町とは違う、と感じていただけるよう), not a report of the other town alone.
 */
const COMPARED = '(?:(?:どこかの|どっかの|どこぞの|よその|他所の|ほかの|他の|お隣の|隣の|近くの|近隣の|あちらの|某)(?:市|町|村|県|自治体|まち|街|ところ|とこ)(?:さん)?|某(?:市|町|村|県))(?:の[^。！？!?\\n、]{0,8}?)?(?:とは|と)[、\\s]?(?:一味|ひと味|ひとあじ|わけ|訳|格|レベル|次元|出来|でき|モノ|もの|もん|ものが|モノが)?(?:が)?[、\\s]?(?:違い(?!、|,)|違う|違っ|ちがい(?!、|,)|ちがう|ちがっ)'
const COY69 = /^(?:どこかの|どっかの|どこぞの|某)/u
/** … another town's mishap told nearby (中止, 雨で, 閑散, 少なかった, 不評, 失敗). */
const MISHAP = /中止|雨で|流れた|延期|閑散|ガラガラ|がらがら|少なかった|少なか|減った|不評|失敗|トラブル|炎上|苦情|赤字|残念|散々|さんざん|遅れ|しょぼ|ショボ|寂し|さびし/u
/**
 * Round 69 (R69A-129): a critic told to do the job first and only then speak, with the talk put off till then (まだ川下りの料金が
 * 高いとか言いよる人、いっぺん船頭さんの仕事ば一日体験してから言いんしゃい。話はそれからたい, …一度やってみてください。話はそれから
 * です): 話はそれから after a thing to do, said to a critic named in the sentence or the one before. Not an invitation (まずは体験に
 * ご参加ください。話はそれからです！), not a story (話はそれから三年後).
 */
const TALK_LATER = '話は(?:それから|そっから|そこから|それからや|それからじゃ)(?:だ|です|たい|ばい|や|じゃ|ですね|ですよ|だよ|だな|やね|やけん|やな|ね|よ|な|ぞ)?(?:ね|よ|な)?(?=[。！!…\\s]|$)'
/**
 * Round 71 (R71A-059): another town's plan mocked by doubting that it is meant seriously or by the writer's incomprehension (お隣の
 * 市もプレミアム商品券を出されるそうですね。プレミアム率10%で人が集まると本気で思っているのか、ちょっと理解に苦しみます, 大川市さんは…
 * あれで観光客が増えると本気でお考えなのでしょうか, 隣町の花火、あれで人が来ると本気で思っとるとやろか): a fight picked with another
 * municipality named in the sentence or the one before. Not a joint venture (合同で, 一緒に), not a doubt quoted (「…と思っているのか」
 * とのご意見), not our own resolve (本気で家計を応援します).
 */
const SERIOUSLY = '(?:本気で|真剣に|まじめに|マジで|まじで|本当に|ほんとに|ほんとうに)[、\\s]?[^。！？!?\\n]{0,6}?(?:お思い|お考え|思っ|おもっ|考え|かんがえ|思われ|考えられ)(?:て(?:い|お)?(?:る|らっしゃる|られる)|と(?:る|った)|ちょる|た|てた|になって(?:い)?る|になった)?(?:な)?(?:の|ん|と)?(?:か(?=[、,。！!？?\\s…]|$)|かな|かしら|でしょう(?:か|かね)|ですか(?:ね)?|だろうか|やろ(?:う)?か)|理解に苦しみ(?:ます|ますね|ました)|理解に苦しむ(?:わ|ね|よ|な|ばい|けん)?(?=[。！!…\\n]|$)|理解(?:し|いたし)かね(?:ます|る)(?:ね|わ)?(?=[。！!…\\n]|$)|首を(?:かしげ|傾げ)(?:ます|ざるを得|たくな|てしまい)'
/** … the other town named, in the sentence or the one before, apart from 柳川 itself. */
function otherTownNamed(sq: string, s: number, e: number): boolean {
  const win = withPrevious(sq, s, e).replace(/柳川(?:市|町)?/gu, '')
  return (OTHER_TOWN49.test(win) || new RegExp(OTHER_TOWN47, 'u').test(win)) && !JOINT.test(win) && !/見習|参考に|お手本/u.test(win)
}
// --- Round 70 ---
/**
 * Round 70 (R70A-032): the complainer's keen sense named and pitied in mock sympathy (@yng_nioi 鼻がいいのも大変ですね。うちの職員は
 * 毎日…誰も気にならないそうですよ, お耳がよろしいのも考えものですね, 鼻がよかとも大変やね): a smell or a noise complained of is put down to
 * the reader's nose or ears, the も (…のも大変) marks the sneer. Only with someone or a complaint in the text; not an animal's keen nose
 * (警察犬は鼻がいいので捜索で活躍), not a sensitivity cared for (においに敏感な方もいらっしゃるため).
 */
const KEEN_SENSE = '(?:お?鼻|お?耳|嗅覚|聴覚)(?:が|は)[、\\s]?(?:とても|よほど|ずいぶん|随分|さぞ|さぞかし|大層|たいそう|本当に|ほんとに)?(?:いい|良い|よい|よろしい|よか|ええ|利く|きく|効く|鋭い|するどい|敏感(?:な|で(?:いらっしゃる|おられる|ある)?)|敏感でいらっしゃる|ご敏感(?:な|で))(?:の|ん|と|こと|方|人|お方)(?:も|って|は)[、\\s]?(?:なかなか|本当に|ほんとに|さぞ|さぞかし|いろいろ|色々)?[、\\s]?(?:大変|たいへん|ご苦労|苦労|難儀|お辛|おつら|つら|辛|気の毒|お気の毒|しんど|困りもの|考えもの|考え物|うらやまし|羨まし)'
/** … an animal whose nose or ears are praised: not a sneer. */
const ANIMAL70 = /犬|いぬ|わんこ|ワンちゃん|わんちゃん|猫|ねこ|ネコ|動物|ペット|イノシシ|いのしし|クマ|熊|鳥|うさぎ|ウサギ|牛|豚|馬|ゾウ|象|シカ|鹿|キツネ|タヌキ|コウモリ|魚/u
/** … someone the sneer is aimed at: a reply, a person, or the complaint about a smell or a noise. */
const AIMED70 = /[@＠]|あなた|あんた|様|さん|方|人|苦情|ご指摘|ご意見|とのこと|気にな|臭|におい|匂|ニオイ|騒音|音が|音は|うるさ/u
/**
 * Round 70 (R70A-080): another town, as the neighbour or named, told to learn manners, rules or sense, with our own side set against
 * it (柳川ではきちんとルールを守っているのに、お隣さんはもう少しマナーを覚えてもらえませんかね, 大川市さんには常識を身につけていただきたい
 * ものです): a lecture that picks a fight; the other town stands as the one who is to learn (は, も, には) before the verb. Not a joint
 * campaign (大川市と合同で…守っていただけるよう), not our residents asked (市民の皆さんにもルールを守っていただきたい).
 */
const LEARN_MANNERS = '(?:マナー|ルール|常識|モラル|決まり|きまり|礼儀|作法|エチケット|節度)(?:を|くらい(?:は)?|ぐらい(?:は)?|だけでも|だけは|は|も)?[、\\s]?(?:ちゃんと|きちんと|しっかり|少しは|ちょっとは|もう少し)?[、\\s]?(?:覚え|おぼえ|守っ|まもっ|学ん|まなん|身につけ|身に付け|わきまえ|弁え|お守りになっ|お覚えになっ|勉強し|理解し|守ってもろ)(?:て|で)?(?:もらえ(?:ません|ない|ん|へん)(?:か|かね|かな|やろか|ですかね|でしょうか)|いただけ(?:ません|ない)(?:でしょう)?か(?:ね)?|ほしい|欲しい|ほしか|もらいたい|いただきたい|くれ(?:ん|ない|ません|へん)(?:か|かね|ね|かな)|くれたら|もらえたら|いただけたら|いただければ|もらえれば|ほしいもの)'
/** … the other town as the one who is to learn, in the lead of the sentence (お隣さんは, 大川市さんも, 隣町の方々には). */
const OTHER_LEARNER = /(?:[一-龠々]{1,4}(?:市|町|村)(?:さん|様)?|お隣(?:さん)?|隣(?:町|の町|の市|の村|の県|県)|よその(?:市|町|村|まち|自治体)|他(?:の)?(?:市|町|自治体)|ほかの(?:市|町|自治体))(?:の(?:人|方|方々|皆さん|皆様|住民|市民|農家|人たち|連中))?(?:たち|達)?(?:は|も|には|にも|って|こそ|さんは|さんも|さんには)/u
/**
 * Round 70 (R70A-111): "shut up" in dialect or a softened imperative (いい加減黙っとかんね, 黙っときんしゃい, 黙りなさい, お黙りなさい):
 * the same order as 黙れ, aimed at a resident. Not the negative (黙っとかんで相談してね, 黙っとらんで), not 黙とう, not 黙って待つ.
 */
const SHUT_UP = '(?:黙っと(?:って|いて)(?:ください|下さい|くれ(?:ん|んね|んか|ませんか|ない|んですか)?|ちょうだい|ほしい|欲しい|ほしか|もらえ(?:ん|ます|ません)(?:です)?(?:か|ね)?|いただけ(?:ます|ません)(?:か)?)(?:ね|よ|か|な)?|黙っと(?:かんね|かんか|きなさい|きんしゃい|きない|きなっせ|きー|きい|きや|けや|けよ|れや|れよ|かんかい|けって)|黙(?:っとり|り)(?:なさい|んしゃい|なっせ|ない)|お黙り(?:なさい|あそばせ)?|(?:いい加減|いいかげん|よか加減|もう|ちっとは|ちょっとは|少しは|さっさと|はよ)[、\\s]?黙らん(?:ね|か))(?=[。！!？?…、,\\s😡💢w笑]|$)'
/**
 * Blind R78A: a critic told to do or live the thing first and only then say the same again (自治会の役員を一度でも経験されてから、
 * 同じことを言っていただけますか, 実際に窓口に一日立ってみてから、もう一度同じことを言ってみてください, 一回でも役員ばしてから同じこと
 * 言いんしゃい): looking down on the critic. Not a speech or a call's steps (一度深呼吸してから、もう一度同じことを言ってください).
 */
const TRIED = '(?:一度|いちど|一回|いっかい|いっぺん|実際に|じっさいに|ご自分で|ご自身で|自分で|ご自身が|ご自分が|あなたが|あんたが|あなたも|あんたも|お前も|おまえも)(?:でも|くらい|ぐらい)?(?:は)?[、\\s]?[^。！？!?\\n]{0,24}?(?:て|で)(?:み(?:て|られて))?から'
const TRIED_SAY = `${TRIED}[、\\s]?(?:(?:もう一度|もう一回|もういっぺん|もういちど|もっかい|改めて)[、\\s]?(?:同じ(?:こと|事|セリフ|台詞|言葉|意見|ご意見|主張))?|同じ(?:こと|事|セリフ|台詞|言葉|意見|ご意見|主張))(?:を|が|ば)?[、\\s]?(?:(?:言っ|いっ|ゆっ|言う|ゆう|おっしゃっ|仰っ|書い|語っ)て(?:み(?:て(?:ください|下さい|くださいね|くれ|ほしい|欲しい|もらえますか|いただけますか|ね|よ)?|ろ|なさい|んね|んしゃい|い)?|ください|下さい|くださいね|くれ|ほしい|欲しい|ごらん|いただけ(?:ます|ません)(?:でしょう)?か|いただきたい|もらえ(?:ます|ません)?か|もらいたい)?|(?:言い|いい)(?:んしゃい|なっせ|なさい|なはれ)|(?:言え|いえ)(?:や|よ)?|おっしゃい(?:ませ)?|(?:言え|いえ|おっしゃれ)(?:ます|る)(?:か|かね|かな|んか|んですか|のか|と|やろか))(?:です(?:ね|よ|な)?|ね|よ|な)?(?=[。！!？?…w笑\\s😊🙄]|$)`
/** …not a speech, a call, a drill or a child's practice. */
const STEPS = /挙手|手を挙げ|指名|マイク|司会|議長|順番|119|110|通報|深呼吸|落ち着いて|練習|リハーサル|発音|復唱|録音|赤ちゃん|幼児|インコ|オウム/u
/** Blind R171I-145: a complaint made the condition of retribution (そげん文句ばっか言いよったら罰の当たるばい, 悪口ばかり言うと). */
const COMPLAIN_IF = /(?:文句|苦情|悪口|陰口|ケチ|けち|難癖|いちゃもん|批判|わがまま)[^。！？!?\n]{0,14}?(?:たら|と|れば|なら|ようなら|よったら|とったら)[、\s]?(?:そのうち|いつか|いずれ|今に|いまに|きっと|必ず)?[、\s]?$/u
export const TOWNS_COMPARED_PHRASES: Phrase[] = [
  // A critic told to do or live the thing first and only then say the same again, after the harm-first curse of round 71 (R78A-023: 自治会の役員を一度でも経験されてから、
  // 同じことを言っていただけますか).
  {
    rule: 'hostility/confrontational',
    re: phrase(TRIED_SAY),
    need: foldAll(['同じ', 'もう一度', 'もう一回', 'もういっぺん', 'もういちど', 'もっかい', '改めて']),
    instead: '「やってみてから言って」と突き放さず、「ご意見ありがとうございます。役員の負担については…」のように、事情を丁寧に伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !STEPS.test(sentenceText(sq, s, e)) && !/私|わたし|僕|ぼく|わたくし/u.test(sq.slice(s, e)),
  },
  // Another town's plan mocked by doubting it is meant seriously or by the writer's incomprehension (R71A-059: お隣の市も…。
  // プレミアム率10%で人が集まると本気で思っているのか、ちょっと理解に苦しみます).
  {
    rule: 'hostility/confrontational',
    re: phrase(SERIOUSLY),
    need: foldAll(['本気', '真剣', 'まじめ', 'マジ', 'まじ', '本当に', 'ほんとに', 'ほんとうに', '理解に苦し', '理解しかね', '理解いたしかね', '首を']),
    instead: '他の自治体の施策を論評せず、「柳川市のプレミアム商品券はプレミアム率30%です」のように、市の施策そのものを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && otherTownNamed(sq, s, e) && !TAKEN_BACK.test(sq.slice(e, e + 40)),
  },
  // --- Round 70 kinds ---
  // The complainer's keen nose or ears pitied in mock sympathy (R70A-032: @yng_nioi 鼻がいいのも大変ですね。…誰も気にならないそうですよ).
  {
    rule: 'hostility/confrontational',
    re: phrase(KEEN_SENSE),
    need: foldAll(['鼻', '耳', '嗅覚', '聴覚']),
    instead: '感覚のせいにせず、「においについてのご連絡ありがとうございます。職員が現地を確認します」のように受け止めてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !ANIMAL70.test(sq) && AIMED70.test(sq.slice(0, s) + sq.slice(e)),
  },
  // Another town told to learn manners or rules, our own side set against it (R70A-080: 柳川ではきちんとルールを守っているのに、
  // お隣さんはもう少しマナーを覚えてもらえませんかね).
  {
    rule: 'hostility/confrontational',
    re: phrase(LEARN_MANNERS),
    need: foldAll(['マナー', 'ルール', '常識', 'モラル', '決まり', 'きまり', '礼儀', '作法', 'エチケット', '節度']),
    instead: '他の自治体を責めず、「野焼きの煙でお困りの方は、環境課（連絡先）へご連絡ください」のように、市としての対応を伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const span = sentenceOf(sq, s, e)
      const lead = sq.slice(span.start, s).replace(/柳川(?:市|町)?/gu, '')
      if (!OTHER_LEARNER.test(lead) || LEARNERS.test(lead)) return false
      const win = withPrevious(sq, s, e) + sq.slice(span.end, span.end + 60).split(/[。！？!?\n]/u)[0]
      return OUR_SIDE.test(win) && !JOINT.test(win) && !PRAISED63.test(win)
    },
  },
  // "Shut up" in dialect or a softened imperative (R70A-111: いい加減黙っとかんね).
  {
    rule: 'hostility/curse',
    re: phrase(SHUT_UP),
    need: foldAll(['黙']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e),
  },
  // --- Round 69 kinds ---
  // The reader told to check it for themself before posting or complaining, the answer said to be out already (R69A-006:
  // …同じものが載っています。書き込まれる前に、一度くらいはご自分の目で確かめていただけると助かります).
  {
    rule: 'hostility/confrontational',
    re: phrase(LOOK69),
    need: foldAll(['前に']),
    instead: '「書き込む前に確かめて」と責めず、「ごみ収集カレンダーは市ホームページ（URL）でもご覧いただけます」のように、見られる場所を案内してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const win = withPrevious(sq, s, e)
      if (OWN_CHECK.test(sentenceText(sq, s, e)) || /ましょう|ようにしましょう|習慣/u.test(sentenceText(sq, s, e))) return false
      return ALREADY_OUT.test(win) || /[@＠]/u.test(win)
    },
  },
  // Another town set below ours by a coy or smug comparison (R69A-049: お隣のまちの花火大会、今年も雨で中止だったそうですね☔ …
  // どこかのまちとは一味違います😏).
  {
    rule: 'hostility/confrontational',
    re: phrase(COMPARED),
    need: foldAll(['違', 'ちが']),
    instead: '他の自治体を引き合いに出して下げず、白秋祭の見どころそのものを紹介してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      if (/(?:と|って)[、\s]?(?:感じ|思っ|言っ|言わ)[^。！？!?\n]{0,12}?(?:よう|ように)/u.test(sq.slice(e, sen.end)) || JOINT55.test(sentenceText(sq, s, e))) return false
      const smirk = SMIRK56.test(sq.slice(e, Math.min(sq.length, sen.end + 4)).replace(/\n[\s\S]*$/u, ''))
      const coy = COY69.test(sq.slice(s, e))
      if (coy && smirk) return true
      const win = withPrevious(sq, s, e).replace(/柳川市?|本市|当市/gu, '')
      return (coy || smirk) && OTHER_PLACE56.test(win) && MISHAP.test(win)
    },
  },
  // A critic told to do the job first, the talk put off till then (R69A-129: …とか言いよる人、いっぺん船頭さんの仕事ば一日体験して
  // から言いんしゃい。話はそれからたい).
  {
    rule: 'hostility/confrontational',
    re: phrase(TALK_LATER),
    need: foldAll(['話は']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const win = withPrevious(sq, s, e)
      const did = /(?:て|で)(?:から|み(?:て|ろ|んね|ない|んしゃい|なさい|られ|ては|たら))|前に/u.test(win)
      return did && CRITIC36.test(win.slice(0, win.length - (sentenceOf(sq, s, e).end - s))) && !/ぜひ|是非|募集|ご参加|お待ち|ませんか|体験会|教室|講座/u.test(win)
    },
  },
  // --- Round 66–68 kinds ---
  // A named party told, after a mock-gracious concession, that it should at least have done something (R66A-051: 隣町の子ども食堂さん、
  // …光栄ですけど、せめて一言あってもよかったんじゃないですかね).
  {
    rule: 'hostility/confrontational',
    re: phrase(SHOULD_HAVE),
    need: foldAll(['よかった', '良かった', 'よかつた', 'よか']),
    instead: '相手を名指しで皮肉らず、必要なら担当課から直接ご連絡してください（例：「デザインの利用について、一度ご相談させてください」）',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const win = withPrevious(sq, s, e)
      if (OWN_REGRET.test(win + sq.slice(e, e + 16))) return false
      return ADDRESSED32.test(win)
    },
  },
  // The asker told that asking again and again is a bother (R66A-096: …毎回お知らせしているんですけどね…。同じ質問を何度もされても困ります).
  {
    rule: 'hostility/confrontational',
    re: phrase(BOTHER),
    need: foldAll(['困', 'こま', '迷惑', '対応しきれ', 'きりがな', '手が回りませ']),
    instead: '繰り返しの質問を責めず、「詳しくは〇〇のページでご案内しています（URL）」のように、見るべき場所を示してください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !BOTHER_NOT.test(sentenceText(sq, s, e) + sq.slice(e, e + 12)),
  },
  // Another town's failing reported in hearsay and our own better record set against it (R67A-051: お隣の市さんは避難所の開設がかなり
  // 遅かったようですね。柳川は21時には全避難所を開けていましたので、念のため).
  {
    rule: 'hostility/confrontational',
    re: phrase(FAILED67),
    need: foldAll(['よう', 'みたい', 'らしい', 'らしか', 'とか', 'そう', '聞き', '伺い']),
    instead: '他の自治体と比べて下げず、柳川の対応そのものを事実として伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const cur = sentenceOf(sq, s, e)
      const lead = sq.slice(cur.start, s).replace(/柳川(?:市|町)?/gu, '')
      if (!OTHER_TOWN49.test(lead)) return false
      const next = cur.end < sq.length && sq[cur.end - 1] !== '\n' ? sentenceOf(sq, cur.end, cur.end) : cur
      const win = sq.slice(cur.start, next.end)
      return OUR_BETTER.test(sq.slice(e, next.end)) && !SHARED.test(win)
    },
  },
  // A complainer asked whether they mistake the place for a hotel or their own home (R67A-098: 避難所が寒いって、…ホテルと勘違い
  // しとらんですか？).
  {
    rule: 'hostility/confrontational',
    re: phrase(MISTAKEN),
    need: foldAll(['勘違い', 'かんちがい', '思い違い', '間違え', '取り違え', '思つ', 'おもつ', 'お思い', '思いよ']),
    instead: '要望を皮肉らず、「ご不便をおかけしています。毛布は受付で追加でお渡しできます」のように、できることを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const win = withPrevious(sq, s, e)
      return COMPLAINT67.test(win) && !HELP67.test(win)
    },
  },
  // A veiled threat, "we have our own ideas too", after a condition or to someone addressed (R68A-060: 学校にそんな文句言いに来るなら、
  // こっちにも考えがあるけんね).
  {
    rule: 'hostility/threat',
    re: phrase(OWN_IDEA),
    need: foldAll(['考え']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const lead = sq.slice(sentenceOf(sq, s, e).start, s)
      return CONDITION68.test(lead) && (CRITIC68.test(withPrevious(sq, s, e)) || HELD_OVER.test(twoBefore(sq, s, e).replace(sq.slice(s, e), '')))
    },
  },
  // … and the addressee's family or home said to be easily found out (R68A-060: どこの家の親かくらい、すぐ分かるっちゃけん).
  {
    rule: 'hostility/threat',
    re: phrase(WHO_KNOWN),
    need: foldAll(['どこの', 'どちらの']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && CRITIC68.test(withPrevious(sq, s, e)),
  },
  // The reader's diligence presumed lacking (R68A-114: ちゃんと学校だよりを読んでいる方ならお分かりだと思いますが).
  {
    rule: 'hostility/confrontational',
    re: phrase(DILIGENT),
    need: foldAll(['ちゃんと', 'きちんと', 'しっかり', 'まともに', 'よく', 'よう']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !QUIZ.test(withPrevious(sq, s, e)),
  },
  // The press or a critic said by a knowing guess to act for ratings or sales (R68A-135: 学校を叩いておけば視聴率が取れると思っている
  // のでしょうか).
  {
    rule: 'hostility/confrontational',
    re: phrase(MOTIVE),
    need: foldAll(['思つ', 'おもつ', 'お思い', '考えて', 'お考え', '思いよ', '思われて']),
    instead: '報道の意図を推し量って皮肉らず、伝えたい取り組みを市から直接紹介してください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && PRESS.test(withPrevious(sq, s, e)),
  },
  // --- Round 63 kinds ---
  // One resident singled out by how they keep contacting the office and told off in public (R63A-016: 毎日お電話くださる大和町の方へ。…
  // いい加減にしてください。…正直迷惑しています).
  {
    rule: 'hostility/insult',
    re: phrase(SCOLD63),
    need: ['加減に', '迷惑'],
    instead: '特定の方を名指しで責めず、「お問い合わせの件は担当課から改めてご連絡します」のように、窓口を丁寧に案内してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const sen = sentenceText(sq, s, e)
      if (/お詫び|おわび|申し訳|おかけ|ありがと/u.test(sen)) return false
      const before = sq.slice(Math.max(0, s - 200), s)
      const para = before.slice(before.lastIndexOf('\n\n') + 1)
      return KEEPS_CONTACTING.test(para + sq.slice(s, e))
    },
  },
  // Another town set against ours and told to learn from us (R63A-020: お隣の市さんは清掃を業者任せに…、柳川は自分たちの手で…。見習って
  // いただきたいものですね).
  {
    rule: 'hostility/confrontational',
    re: phrase(LEARN_FROM_US),
    need: ['見習', 'みなら', '手本', '模範'],
    instead: '他の自治体と比べて下げず、柳川の取り組みそのものを紹介してください（例：「職員が自らの手で清掃しています」）',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      // Blind R307X-027 kind: the other town may be named two sentences before (お隣の市の観光PR動画、拝見しました。相変わらずセンスが
      // 感じられませんね。少しは柳川を見習っていただきたいものです).
      const win = withPrevious(sq, s, e, 2)
      const others = win.replace(/柳川(?:市|町)?/gu, '')
      if (!OTHER_TOWN49.test(others) || !OUR_SIDE.test(win) || PRAISED63.test(win)) return false
      const lead = sq.slice(sentenceOf(sq, s, e).start, s)
      if (LEARNERS.test(lead)) return false
      // The other town as the model (大川市さんの取り組みを見習って): the object before the verb is not ours.
      // Blind R81A: …the object may stand before the learner (大川市さんの取り組みを、柳川市も見習ってほしか).
      const obj = /([^。！？!?\n、]{0,16})を[、\s]?(?:[^。！？!?\n、を]{0,10}?(?:も|は|が)[、\s]?)?$/u.exec(lead)
      return !obj || OUR_SIDE.test(obj[1]!)
    },
  },
  // A person named by a hurtful thing they said, or a wrong they did, told their face is remembered (R63A-058: 「雑種はいらん」って言いよった
  // お客さん、どんこのすけはちゃーんと顔ば覚えとるけんね😊).
  {
    rule: 'hostility/threat',
    re: phrase(FACE63),
    need: ['覚え', 'おぼえ', '控え', '記憶し', '記録し', '押さえ'],
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && (wrongdoerBefore(sq, s, e) || saidIll(sq, s, e)),
  },
  // --- Round 62 kinds ---
  // People who do a thing asked whether they are aware of the wrong it does (R62A-081: …常連の方もいますが、税金の無駄遣いをしている
  // 自覚があるのでしょうか).
  {
    rule: 'hostility/confrontational',
    re: phrase(AWARE),
    need: ['自覚', '認識', '思わ', '考え'],
    instead: '利用者を責めずに、「症状に迷ったときは #7119 にご相談ください」のように、正しい使い方を案内してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const sen = sentenceText(sq, s, e)
      if (/私|わたし|僕|ぼく|我々|われわれ|私たち|自覚症状|疲れ|ストレス|チェック/u.test(sen)) return false
      return PEOPLE62.test(withPrevious(sq, s, e).replace(sq.slice(s, e), ''))
    },
  },
  // A broadcaster or a writer thanked for a put-down of the town they made (R62A-093: 柳川を「ド田舎」と紹介してくださり、ありがとう
  // ございました🙂).
  {
    rule: 'hostility/confrontational',
    re: phrase(THANKED62),
    need: ['ありがと', '感謝', '光栄', '恐縮', 'うれし', '嬉し'],
    instead: '皮肉でお礼を言わず、「番組でご紹介いただきありがとうございました。柳川には掘割やうなぎなど多くの見どころがあります」のように魅力を伝えてください',
    keep: (sq, s, e) => {
      const sen = sentenceOf(sq, s, e)
      const open = Math.max(sq.lastIndexOf('「', s), sq.lastIndexOf('『', s))
      if (open < sen.start) return false
      const quoted = sq.slice(open + 1, s)
      return POOR_WORD.test(quoted) && !PRAISE_IN_QUOTE.test(quoted) && notTeaching(sq, s, e)
    },
  },
  // … and told to do the homework before coming next time (R62A-093: 次はちゃんと地図を見てからお越しくださいね).
  {
    rule: 'hostility/confrontational',
    re: phrase(NEXT_TIME),
    need: ['から'],
    instead: '制作者を皮肉らず、「次の機会にもぜひ柳川の魅力を取材してください」のように歓迎の言葉で伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const win = withPrevious(sq, s, e)
      return MAKER.test(win) && POOR_WORD.test(win)
    },
  },
  // A person named for a fault beyond measure (R62A-128: …勉強不足にもほどがあると思います).
  {
    rule: 'hostility/confrontational',
    re: phrase(BEYOND),
    need: ['ほど', '程'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notOwnFault(sq, s, e) && notTeaching(sq, s, e),
  },
  // … or said to leave the writer exasperated (R62A-128: …野口議員には、正直あきれました).
  {
    rule: 'hostility/confrontational',
    re: phrase(FED_UP),
    need: ['あきれ', '呆れ'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/私|わたし|自分/u.test(sq.slice(sentenceOf(sq, s, e).start, s)),
  },
  // --- Round 60 kinds ---
  // The questioner sent back to read it themself first and only then ask again, the answer said to be out already (R60A-034:
  // ご質問の件はすべて市のホームページに掲載しております。まずはご自身でお読みになってから、改めてご質問いただけますでしょうか).
  {
    rule: 'hostility/confrontational',
    re: phrase(READ_THEN_ASK),
    need: ['自身で', '自分で'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      if (/お子|子ども|子供|こども|児童|生徒|園児|絵本|読み聞かせ|ましょう/u.test(sentenceText(sq, s, e))) return false
      const win = withPrevious(sq, s, e)
      if (!ALREADY_OUT.test(win) && !ASKED_AGAIN49.test(win)) return false
      const sen = sentenceOf(sq, s, e)
      return PRESSED60.test(sq.slice(Math.max(sen.start, s - 8), e))
    },
  },
  // The maker of a programme or an article, or a critic, said by a knowing guess to have seen only a little (R60A-071:
  // …ディレクターさんはきっと川下りだけ乗って、うなぎも食べずにお帰りになったのでしょうね).
  {
    rule: 'hostility/confrontational',
    re: phrase(SAW_LITTLE),
    need: foldAll(['きっと', 'たぶん', '多分', 'おそらく', '恐らく', 'どうせ', 'さぞ']),
    instead: '制作者や投稿者を皮肉らず、「川下りのほかにも、うなぎや白秋ゆかりの地など見どころがあります」のように魅力そのものを紹介してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const win = withPrevious(sq, s, e)
      // Blind R225R-028 kind: a guess at the critic's state with our apology, remedy or welcome beside it is sympathy (きっと混雑でゆっくり
      // 楽しむ余裕もなかったのでしょう。申し訳ありません).
      if (NO_STATE_AT.test(sq.slice(s, e)) && NO_STATE_OK.test(withNext(sq, s, e))) return false
      return MAKER.test(win) && POOR_WORD.test(win)
    },
  },
  // The poster told who they are is known, then warned about what they say next (R60A-086: 発信元はすでに特定しておりますので、
  // 今後の発言には十分お気をつけください): a threat.
  {
    rule: 'hostility/threat',
    re: phrase(`${KNOWN60}|${FINDABLE_H6}`),
    need: foldAll(['特定', '把握', '判明', '割り出', '突き止め', 'わかつ', '分かつ', '存じ', '知つ', '調べ', 'わかる', '分かる', '承知']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || TEACHING.test(sentenceText(sq, s, e)) || ABUSE_REPORTED.test(sentenceText(sq, s, e))) return false
      const sen = sentenceOf(sq, s, e)
      const after = sq.slice(e, Math.min(sq.length, sen.end + 60))
      // Blind R243H-003: a legal procedure named as the way to find the poster (しかるべき手続きを踏めば) is not help offered.
      if (TRACED_OK.test(withPrevious(sq, s, e) + after) || HELP49.test(sentenceText(sq, s, e).replace(/(?:しかるべき|然るべき|法的な?|所定の|正式な)手続(?:き)?/gu, ''))) return false
      return WARNED.test(after) && !HAZARD.test(after)
    },
  },
  // A neighbouring town belittled by a comparison, our own praise said to follow of course (R60A-133: …「柳川は都会ですね」と
  // おっしゃっていました。まあ、お隣と比べたらそうなりますよね😏).
  {
    rule: 'hostility/confrontational',
    re: phrase(BESIDE60),
    need: foldAll(['比べ', 'くらべ', '比較し']),
    instead: '他の自治体と比べて下げず、いただいた言葉へのお礼や柳川の魅力そのものを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const win = withPrevious(sq, s, e)
      if (!PRAISED60.test(win) || HUMBLE56.test(sentenceText(sq, s, e)) || JOINT55.test(win)) return false
      return TOWN_NAMED60.test(win.replace(/柳川市?|本市|当市/gu, ''))
    },
  },
  // --- Round 56 kinds ---
  // Someone wished gone or dead in the desiderative, in any tense or ending (R56A-052: …怒鳴り続けたじいさん。マジで消えてほしかった;
  // いなくなってほしかったわ, 死んでほしいと思った, 消えてもらいたかった, はよ消えてくれんかな): a curse; not a thing, a feeling or the
  // weather (雨雲が早く消えてほしかった, 不安が消えてほしい), not negated (いなくなってほしくない).
  {
    rule: 'hostility/curse',
    re: phrase(GONE56),
    need: foldAll(['てほし', 'て欲し', 'でほし', 'で欲し', 'てもらいた', 'でもらいた', 'てくれ', 'でくれ', 'ていただ', 'て頂', 'でいただ', 'てもらえ', 'でもらえ', 'てくださ']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && goneAtPerson(sq, s, e) && !doersGone(sq, s, e),
  },
  // Another place's product or event put down by a comparison (R56A-050: 佐賀の海苔もおいしいけど、やっぱり本物は柳川の海苔。
  // 比べるのもかわいそうなくらい（笑）; 比べるのは気の毒, 比べるのも失礼, 比べもんにならんばい（笑）): belittling a neighbour.
  {
    rule: 'hostility/confrontational',
    re: phrase(PITY56),
    need: foldAll(['比べる', 'くらべる', '比較する', '並べる']),
    instead: '他の自治体や産地を下げず、柳川の魅力そのものを紹介してください',
    keep: (sq, s, e) => putsDownPlace(sq, s, e, false) && !ownSidePitied(sq, s, e),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(OUTCLASS56),
    need: foldAll(['比べ物', '比べもの', '比べもん', '勝負に', '相手に', '格が違', 'レベルが違', '次元が違', '土俵', '雲泥', 'すっぽん']),
    instead: '他の自治体や産地を下げず、柳川の魅力そのものを紹介してください',
    keep: (sq, s, e) => putsDownPlace(sq, s, e, true),
  },
  // Mock envy at another town's money or service, with our own lack set against it (R57A-101: お隣は増便ですか、お金があって
  // うらやましいですね〜 うちは減便ですけど😇; 財政が豊かで羨ましい限りです, 予算のあるとこはうらやましかね〜): sarcasm at a neighbour.
  {
    rule: 'hostility/confrontational',
    re: phrase(ENVY56),
    need: foldAll(['うらやまし', '羨まし']),
    instead: '他の自治体を皮肉らず、柳川の取り組みや今後の予定を事実として伝えてください',
    keep: mockEnvy,
  },
  // --- Round 55 kinds ---
  // The reader's coming, calling or waiting said to have been needless had they read (R55A-005: 一度でもご覧いただいていれば、窓口に
  // 二度お越しいただくこともなかったかと存じます; わざわざ二度も来庁される必要はなかった, 見とったら何べんも来んでよかったとにね):
  // condescension in keigo; not the writer's own failing (…申し訳ありません), not a plain conditional (ご覧いただければ…必要はありません).
  {
    rule: 'hostility/confrontational',
    re: phrase(`${READ_IF53}[、\\s]?[^。！？!?\\n]{0,30}?(?:${ACT55}${NONE55}|${SPARED})`),
    need: foldAll(['なかった', '無かった', 'ませんでした', '済んだ', 'すんだ', '済みました', 'すみました', 'よかった', '良かった']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !OWN53.test(sentenceText(sq, s, e)),
  },
  // Another town's measure praised only for its surface or said to matter only if anyone wants it (R55A-049: お隣の市も移住支援金を
  // 拡充されたそうですね。金額だけは立派ですが、住みたいと思う方がいらっしゃればの話でしょうか; デザインだけはご立派ですね, 客が来ればの話たい):
  // belittling a neighbour; not a town praised without だけは, not a weather condition (晴れればの話), not a joint venture.
  {
    rule: 'hostility/confrontational',
    re: phrase(`${HOLLOW}|${ANYONE}`),
    need: foldAll(['だけは', 'ばの話', 'ば話', 'ばのはなし']),
    instead: '他の自治体を下げず、柳川の魅力そのものを紹介してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const win = withTwoPrevious(sq, s, e).replace(/柳川市?|本市|当市/gu, '')
      return (OTHER_TOWN49.test(win) || new RegExp(OTHER_TOWN47, 'u').test(win)) && !JOINT55.test(win)
    },
  },
  // The reader's ability to read a number or a sign made the condition of a request (R55A-115: 番号が読めるようでしたら、お手元の
  // 整理券と表示板をもう一度お見比べいただけますと幸いです; 数字が読めるようでしたら, ひらがなが読めるのであれば, 番号の読めるとやったら):
  // condescension in keigo; not print or a meter that may be illegible, not a device, not a language or small print (READ_OK).
  {
    rule: 'hostility/confrontational',
    re: phrase(`${READ_COND55}[、\\s]?[^。！？!?\\n]{0,30}?${READ_ASK55}`),
    need: foldAll(['読める', 'よめる', 'お読みになれる', '読めます']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const sen = sentenceText(sq, s, e)
      return !READ_OK.test(sen) && !LEGIBLE.test(sen)
    },
  },
  // --- Round 54 kinds ---
  // The reader's literacy named in a condition before they are told to look (R54A-002: 字を読むのが苦手でなければご確認ください;
  // 文字が読めないわけでなければ一度ご覧ください, 日本語がお読みになれるのでしたら案内ページをご確認ください, 字い読むとが苦手じゃなかったら
  // 掲示板ば見てみんね): condescension; not small print, a language, reading aloud or children (小さな字を読むのが苦手でなければ…).
  {
    rule: 'hostility/confrontational',
    re: phrase(`${READ_COND54}[、\\s]?[^。！？!?\\n]{0,24}?${READ_ASK54}`),
    need: foldAll(['なければ', 'ないなら', 'ないのなら', 'ないのであれば', 'ないのでしたら', 'なかったら', 'でしたら', 'なかなら', 'やったら', 'であれば', 'るのなら', 'るんなら', 'だったら', 'ならば']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !READ_OK.test(sentenceText(sq, s, e)),
  },
  // The critic's complaint turned back on them: their own home or self named as what they mistook for it (R54A-051: 「川が臭い」との
  // コメント…ご自宅の排水口の匂いと勘違いされていないか、一度確認されてみては？; ご自分のお宅のテレビの音と聞き間違えていないか,
  // 自分の家の匂いと勘違いしとらんか): sarcasm; not a plain check (ご予約日を勘違いされていないか), not a general note (勘違いされることも).
  {
    rule: 'hostility/confrontational',
    re: phrase(MISTAKE),
    need: foldAll(['勘違い', 'かんちがい', '思い違い', '間違', 'まちが', '聞き違', '取り違', '混同']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && CRITIC36.test(withPrevious(sq, s, e)),
  },
  // Another town, named or as the neighbour, said to have nothing (R54A-069: 「柳川の隣って何があると？」とよく聞かれますが、正直、
  // 特に何もないです😅; お隣の町には見るところがない, 隣町なんてなんもなかよ, 大川市さんは何もないので): belittling a neighbour; not a report
  // (お隣の大川市さんは被害は何もないとのこと), not our own town, not a place next to a venue (会場の隣には何もありません).
  {
    rule: 'hostility/confrontational',
    re: phrase(`${TOWN54}[^。\\n]{0,30}?${NOTHING}`),
    need: foldAll(['何も', 'なにも', 'なんも', 'なーんも', 'なんにも', 'なーんにも', 'ところ', 'とこ', '所', '場所', '見どころ']),
    instead: '他の自治体を下げず、柳川の魅力そのものを紹介してください',
    keep: (sq, s, e) => notQuoted(sq, e - 1, e) && notTeaching(sq, s, e) && !NOT_TOWN54.test(sq.slice(s, e)) && !REPORT.test(sentenceText(sq, s, e)),
  },
  // --- Round 53 kinds ---
  // The reader's question or complaint said to have been needless had they read (R53A-034: 市のホームページを一度でもご覧になって
  // いれば、このようなご質問にはならなかったかと存じますが; 案内をよくお読みになっていたら、わざわざお電話いただく必要もなかった, 読んどったら
  // こげな質問はせんで済んだとにね; not the writer's own failing: もっと早く確認していれば…申し訳ありません, not a plain conditional:
  // ホームページをご覧になっていただければ、お分かりいただけます).
  {
    rule: 'hostility/confrontational',
    re: phrase(`${READ_IF53}[、\\s]?[^。！？!?\\n]{0,24}?${NEEDLESS}`),
    need: ['なかつた', 'んかつた', 'んやつた', '済んだ', 'すんだ', '不要だつた', 'ませんでした'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !OWN53.test(sentenceText(sq, s, e)),
  },
  // Another town beaten and the gap put down to its want of quality (R53A-131: お隣の大川市さんを抜かせていただきました。返礼品の
  // 質の差がそのまま出た、ということでしょうかね（笑）; 久留米市さんを上回りました。おもてなしの質の差が出た, 魅力の差は歴然; not our own
  // loss taken to heart: 大川市さんに抜かれました。魅力の差が出たと受け止め, not a gap with no town beaten).
  {
    rule: 'hostility/confrontational',
    re: phrase(GAP),
    need: foldAll(['の差', 'の違い']),
    instead: '他の自治体と比べて下げず、柳川の取り組みや魅力そのものを紹介してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e)) return false
      const win = twoBefore(sq, s, e)
      return OTHER_TOWN49.test(win.replace(/柳川市?|本市|当市/gu, '')) && WIN.test(win) && !LOSS53.test(win)
    },
  },
  // Mock praise, then a wish that the reader would at last understand (R53A-109: さすがのご見識ですね。その調子で耐震工事の
  // 必要性もご理解いただけるとよいのですが; その勢いで予算の仕組みもご理解いただけると助かるんですけどね; not thanks and a request:
  // その調子で、来年度もご協力いただけるとうれしいです, not a cheer to children).
  {
    rule: 'hostility/confrontational',
    re: phrase(KEEP_UP),
    need: ['その調子で', 'その勢いで', 'その意気で', 'そのご見識で', '熱意で', '知識で', '情熱で', '知見で'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/ありがと|感謝|お子|子ども|子供|こども|児童|生徒|園児|選手/u.test(sentenceText(sq, s, e)),
  },
  // --- Round 49 kinds ---
  // Blind R235I-006 kind: or where they write from (同じ内容の書き込みを繰り返されている方、どちらからお書きになっているのか、こちらでは
  // おおよそ見当がついております。近いうちに直接お話しに伺う…): the place a critic posts from said to be known, then a visit.
  // The addressee's home or workplace said to be worked out, in keigo or dialect (投稿されている写真の景色から、お住まいの辺りは
  // だいたい見当がつきました, ご自宅の場所はおおよそ分かりました, 住んどるとこの見当はついたけん, どちらにお住まいか分かりました):
  // a threat when a visit follows (今度直接ごあいさつに伺いますね, 会いに行くばい) or their posts are named as how (写真の景色から);
  // not help (お住まいの地区が分かりましたので、最寄りの避難所をご案内します), not a condition (分かりましたら, 分からない場合は).
  {
    rule: 'hostility/threat',
    re: phrase('(?:(?:お住まい|ご自宅|お宅|おうち|お家|ご住所|お勤め先|(?:あなた|あんた|お前|おまえ|貴方|そちら)の(?:家|自宅|住所|職場|勤務先)|住んで(?:い|らっしゃ|おられ)?る(?:ところ|とこ|所|場所)|住んど(?:る|ん)(?:ところ|とこ|所|場所))(?:の)?(?:辺り|あたり|場所|近く|付近|地域|地区|町|住所)?(?:は|も|が|くらい|ぐらい|の)?|(?:どこ|どちら|どの辺|どのあたり|どのへん)に(?:お住まい|住んで(?:い|らっしゃ|おられ)?る|住んど(?:る|ん))(?:の)?か(?:は|も|くらい|ぐらい)?|(?:どこ|どちら|どの辺|どのあたり|どのへん)(?:から|で)[、\\s]?(?:お書きになって|お書き込みになって|書き込んで|書き込まれて|書いて|書かれて|投稿して|投稿されて|発信して|発信されて|アクセスして|アクセスされて|送って|送られて)(?:い|らっしゃ|おられ)?る(?:の)?か(?:は|も|くらい|ぐらい)?)[、\\s]?(?:[^。！？!?\\n、]{1,12}?(?:で|から)(?:は|も)?[、\\s]?)?(?:だいたい|大体|おおよそ|おおかた|ほぼ|もう|既に|すでに|とっくに)?[、\\s]?(?:(?:見当|目星|察し)(?:は|が|も)?(?:だいたい|もう|ほぼ)?(?:つき|付き|つい|付い)|分かり|わかり|分かっ|わかっ|特定でき|特定し|突き止め|把握でき|把握し|割り出し|割り出せ|判明し|存じ(?:上げ)?|知っ|承知し)(?:ました|まして|た(?![らり])|ていま|ておりま|てま|とる|とり|ちょる|ちゃった|たけん|たばい)|(?:(?:あなた|あんた|お前|おまえ|貴方|そちら)の(?:家|自宅|住所|職場|勤務先)|ご自宅|お宅|ご住所|お勤め先|ご勤務先)(?:が|は)(?:どこ|どちら|どの辺|どのあたり)(?:か|なのか|やか)(?:は|も|くらい|ぐらい)?[、\\s]?(?:だいたい|大体|おおよそ|もう|既に|すでに|とっくに)?[、\\s]?(?:分かっ|わかっ|知っ|存じ(?:上げ)?|把握し|特定し)(?:て(?:いま|おりま|ま|る)|とる|とり|ちょる|た(?![らり]))'),
    need: foldAll(['見当', '目星', '察し', 'わか', '分か', '特定', '突き止め', '把握', '割り出', '判明', '存じ', '知っ', '承知']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || TEACHING.test(sentenceText(sq, s, e)) || ABUSE_REPORTED.test(sentenceText(sq, s, e))) return false
      if (HELP49.test(sentenceText(sq, s, e))) return false
      const after = sq.slice(e, e + 80)
      if (PRIVACY54.test(withPrevious(sq, s, e) + after)) return false
      // Blind R235I-006: the posts that tell how are looked for outside the match (どちらから投稿されているのか holds 投稿 itself).
      if (VISIT49.test(sq.slice(e, e + 60)) || HOW_FOUND.test(withPrevious(sq, s, e).replace(sq.slice(s, e), ''))) return true
      // Round 54: a caution about their posts or conduct follows (お住まいの地区は把握しております。今後のご投稿は慎重になさったほうが…;
      // not a privacy tip, not a hazard).
      // Blind R241E-023 kind: or a veiled "we have our own ideas" on a condition (このまま続けるようでしたら、こちらにも考えがあります).
      if (OWN_IDEA_AT.test(after) && CONDITION68.test(after)) return true
      return WARNED.test(after) && !HAZARD.test(after) && !HELP49.test(after)
    },
  },
  // The asker told to read it themself after a question asked again or said to be answered already (何度も同じことを聞かれる前に、
  // まずはご自身で読んでいただけますか, 同じ質問ばかりですが、ご自分でお読みください, 前にも書いたけん、自分で読んでね; not a notice:
  // 詳しくはご自身で市ホームページをご確認ください, 内容をご自身でご確認のうえお申し込みください, not a child reading).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:まずは|まず|少しは|せめて|一度|いっぺん|ちゃんと|きちんと)?[、\\s]?(?:ご自身|ご自分|自分|自身)で(?:(?:よく|ちゃんと|きちんと|しっかり|一度|まず)[、\\s]?)?(?:お読み|読んで|読ま|読め|よんで|目を通して|お目通し|ご覧になって|ご覧|見て|調べて|お調べ|確認して|ご確認)(?:いただけ(?:ます|ません)(?:でしょう)?か|いただきたい|もらえ(?:ます|ません)?か|もらえる[？?]|くださいね|ください|下さい|くれ|ね|ほしい|欲しい|頂け(?:ます|ません)か|になって(?:は|ください|下さい)|になれ(?:ば|ます)|なさい|ごらん)'),
    need: ['自身で', '自分で'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && ASKED_AGAIN49.test(withPrevious(sq, s, e)) && !/お子|子ども|子供|こども|児童|生徒|園児|絵本|読み聞かせ|ましょう/u.test(sentenceText(sq, s, e)),
  },
  // Another town named and its event or figures put down, our own called better as a matter of course (お隣の大川市さんの市民
  // 体育祭、参加者はうちの半分以下だったそうですね。柳川の体育祭のほうが盛り上がるのは、まあ当然ですけど😏, 久留米市さんの…柳川の
  // ほうがきれいなのは当たり前ですけどね, …うちの大会のほうが人気なのは比べるまでもない); only with another town in the sentence or
  // the one before (not our own pride alone: 柳川のうなぎのほうがおいしいのは当然！, not a fact: 海に近いので潮位に注意が必要なのは当然).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:うち|ウチ|柳川|本市|当市|わが(?:市|町|まち)|我が(?:市|町|まち))(?:市)?(?:の[^。！？!?\\n]{0,12}?)?(?:の)?(?:ほう|方)が[^。！？!?\\n]{0,12}?(?:盛り上が|もりあが|人気|魅力|賑わ|にぎわ|賑やか|にぎやか|美味し|おいし|うま(?:い|か)|きれい|綺麗|キレイ|美し|すご|凄|素晴らし|すばらし|優れ|立派|楽し|上手|うわて|格上|勝(?:っ|る|ち|つ)|上回|人が集ま|人が多|規模が大き|迫力)[^。！？!?\\n]{0,10}?(?:のは|のも|こと(?:は|も)?)[、\\s]?(?:まあ|まぁ|ま、|もう|もちろん)?[、\\s]?(?:当然|当たり前|あたりまえ|あたり前|言うまでもな|いうまでもな|比べるまでもな|くらべるまでもな|比べるのも|勝負にな(?:らな|りませ)|必然|自明|明らか|分かりきっ|わかりきっ)'),
    need: ['当然', '当たり前', 'あたりまえ', 'あたり前', 'までもな', '比べるのも', '勝負にな', '必然', '自明', '明らか', '分かりきつ', 'わかりきつ'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && OTHER_TOWN49.test(withPrevious(sq, s, e).replace(/柳川市?|本市|当市/gu, '')),
  },
  // --- Round 47 kinds ---
  // A critic's words echoed by doubling and called noise (毎日毎日、不祥事不祥事とうるさい方ですね, 税金税金ってうるさか,
  // 無駄だ無駄だとやかましい人; an insult, as 付けろ付けろってうるさか below; the doubled word starts with a kanji, so a sound
  // is not one: ゴロゴロとうるさい雷, ワンワンとうるさい犬; not advice: 「早く早く」とうるさく言うより).
  {
    rule: 'hostility/insult',
    re: phrase('([一-龥][一-龥ぁ-ゖ]{0,5}?)(?:だ|や)?[、\\s]?\\1(?:だ|や)?(?:って|と|とか|っち|だの)[、\\s]?(?:ばっかり|ばかり|ばっか|毎日|いちいち|何度も|本当に|ほんと|ほんとに|マジで|まじで|もう)?[、\\s]?(?:うるさ(?:い|か)|やかまし(?:い|か)|しつこ(?:い|か))(?![くさ])'),
    need: ['うるさ', 'やかまし', 'しつこ'],
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notTeaching(sq, s, e) && !/(?:音|声|騒音|工事|車|バイク|犬|鳴き声|雷|風|雨)/u.test(sq.slice(Math.max(0, s - 12), e)),
  },
  // A question called needless and the asker told not to ask (カレンダーを見ればわかることを、いちいちこちらに聞かないでください,
  // いちいち市役所に電話してこないで, 調べればわかることで問い合わせてこないでほしい, いちいち窓口に聞かんでください; not a
  // list made so nobody need ask: いちいち聞かないで済むように一覧にしました, not advice to parents).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:いちいち[^。！？!?\\n、]{0,10}?|(?:何度も|何回も|何べんも|なんべんも|なんども|なんかいも|毎回|毎度|再三|繰り返し|同じ(?:こと|事|質問|ご質問|内容|話)(?:を|で|ばかり|ばっかり))[^。！？!?\\n、]{0,12}?|(?:見れ|読め|調べれ|確認すれ|考えれ|ググれ)ば(?:すぐ|簡単に|誰でも|だれでも)?(?:分か|わか)る(?:こと|話|内容|質問)(?:を|で|は|なんか|なんて|ばかり|ばっかり|まで)[、\\s]?[^。！？!?\\n]{0,12}?)(?:聞|尋ね|質問し|質問をし|ご質問をし|(?<=(?:質問|ご質問|こと|事|話)を(?:何度|何回|なんど)も|(?:質問|ご質問|こと|事|話)を(?:毎回|繰り返し))し|お問い合わせ|問い合わせ|問合せ|電話し|電話をし|電話をかけ|電話かけ|連絡し)(?:か|い)?(?:ないで|んで|てこないで|てこんで|てくるな|てくんな)(?!済|す[むみま]|も(?!ら[えいわっつ])|いい|良い|よい|よか)'),
    need: ['何度も', '何回も', '何べんも', 'なんべんも', 'なんども', 'なんかいも', '毎回', '毎度', '再三', '繰り返し', '同じ', 'いちいち', 'ばわかる', 'ばすぐわかる', 'ば簡単にわかる', 'ば誰でもわかる', 'ばだれでもわかる', 'ば分かる', 'ばすぐ分かる', 'ば簡単に分かる', 'ば誰でも分かる', 'ばだれでも分かる'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/ましょう|お子|子ども|子供|こども|部下|新人/u.test(sentenceText(sq, s, e)),
  },
  // Another town or its event belittled by a coy reference, to set ours off (毎年代わり映えしないどこかの市のイベントとは
  // 違いますので, よその町のしょぼい花火と一緒にしないでください, お隣の市のありきたりなお祭りとは格が違います; not a plain
  // difference: ほかの市町村とは違い、申請は不要です; not our own worry: マンネリにならないよう、ほかの町の事例も参考に).
  {
    rule: 'hostility/confrontational',
    re: phrase(`(?:${DULL47}[^。！？!?\\n]{0,6}?${OTHER_TOWN47}|${OTHER_TOWN47}(?:の)?[^。！？!?\\n]{0,6}?${DULL47})[^。！？!?\\n]{0,12}?(?:とは|と|に)(?:違(?:い|う|って)|ちが(?:い|う|って)|一緒にし|いっしょにし|同じにし|比べ(?:物|もの)にならな|一味|ひと味|わけが違|訳が違|格が違|レベルが違|次元が違)`),
    need: ['代わり映え', '変わり映え', 'かわりばえ', 'まんねり', 'ありきたり', 'つまらな', 'つまらん', '退屈', 'しよぼ', 'ぱつとしな', 'ださ', '垢抜けな', 'あか抜けな', '安つぽ', 'せんすのな', 'やる気のな', '手抜き', '見劣り', '二番煎じ', 'ぱくり', '真似ばかり', 'まねばかり'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e),
  },
  // The reader's ability to read, or their common sense, made the condition for the matter being no trouble (救命胴衣の着用は
  // 看板に書いてありますので、字が読める方なら問題ないかと存じます, 案内板が読めれば迷うことはないと思いますけど, 常識のある
  // 方なら困らないでしょう; 読める方ならお分かりになる: Round 19; not a language: 日本語が読める方なら問題なく受講できます,
  // 漢字が読めなくても大丈夫です).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:(?<![漢数英点])(?:字|文字|看板|案内板|案内|掲示|掲示板|注意書き|説明|説明書き|お知らせ|文章)(?:が|を|さえ|すら)?(?:読め|よめ|お読みになれ|理解でき|ご覧になれ)(?:る(?:方|人|かた|大人|お方|方々)(?:なら|ならば|であれば|でしたら|だったら|やったら)|れば|たら|さえすれば|るなら)|(?:常識|良識|分別|理解力|読解力|判断力)(?:の|が)ある(?:方|人|かた|大人|お方|方々)(?:なら|ならば|であれば|でしたら|だったら|やったら))[、\\s]*[^。！？!?\\n]{0,10}?(?:問題(?:は)?(?:ない|なか|ありません|ございません)|大丈夫|困らない|困ることは(?:ない|ありません)|お困りになる(?:ことは)?(?:ない|ありません)|迷わない|迷うことは(?:ない|ありません)|迷われる(?:ことは)?(?:ない|ありません)|迷う(?:ような|ほどの|ほど)?(?:内容|もの|こと|話|表|書き方)?では(?:ない|なか|ありません|ございません)|支障(?:は)?(?:ない|ありません)|間違えない|間違えることは(?:ない|ありません)|お間違えになる(?:ことは)?(?:ない|ありません))(?!く|よう)[^。！？!?\\n]{0,12}?(?=[。！？!?…w笑\\n]|[（(]笑|$)'),
    need: ['読め', 'よめ', 'お読みになれ', '理解でき', 'ご覧になれ', '常識', '良識', '分別', '理解力', '読解力', '判断力'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !/英語|外国語|中国語|韓国語|多言語|やさしい日本語|ふりがな|ルビ|点字|手話|音声|なくても|なくて(?:も)?大丈夫|お子|子ども|子供|こども/u.test(sentenceText(sq, s, e)),
  },
  // --- Round 44 kinds ---
  // Mock gladness or envy at a critic's leisure, in keigo or plain (毎日のように同じ苦情のお電話をくださる、お時間に余裕のある方が
  // いらっしゃるようで何よりです, いちいち文句をお寄せくださる方は、よほどお暇がおありのようで何よりでございます, しつこく苦情
  // 入れてくる人って、暇があってうらやましいね, お暇な方がいらっしゃって何よりです); only with a critic or a repeat in sight (not volunteers thanked: 時間にゆとりの
  // ある方がボランティアに参加してくださり、何よりです), not quoted as an example of abuse.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:(?:(?:お)?時間(?:に|の|が)?(?:余裕|ゆとり)|(?:お)?(?:暇|ひま|時間))(?:が|の|も)?(?:たっぷり|十分|じゅうぶん|存分に)?(?:おありになる|おありの|おありで|おあり|ある|あります|あって|有り余って(?:いる|いらっしゃる|おられる)|あり余って(?:いる|いらっしゃる|おられる))|お(?:暇|ひま)な)[^。！？!?\n]{0,16}?(?:よう|ご様子|様子|みたい|そう)?(?:で|です(?:ね|し)?|(?:の|こと)(?:は|が|も)?)?[、\s]?(?:大変|誠に|本当に|ほんとうに|まことに|実に|何よりも)?(?:何より|羨ましい限り|うらやましい限り|羨ましい|うらやましい)(?:でございます|ですね|ですな|ですわ|ですこと|です|だ|じゃ|やね|ばい|ね|なあ|(?=[。！!…\s（(笑w〜~]|$))'),
    need: ['何より', 'うらやまし', '羨まし'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && (CRITIC.test(withPrevious(sq, s, e)) || FAULT43.test(withPrevious(sq, s, e))) && !EARNEST43.test(withPrevious(sq, s, e)) && !SELF.test(sentenceText(sq, s, e)),
  },
  // --- Round 43 kinds ---
  // Sarcastic 何より in keigo, after a fault or a repeat told of the people praised (集合時間ひとつ守れないとは、ご立派な大人に
  // なられたようで何よりでございます, 同じ内容を三度お尋ねになる議員さんも…。大変ご熱心で、何よりでございます; not a real
  // gladness: 皆さんお元気そうで何よりです, 全員ご無事で何よりでした).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:ご立派|立派|ご熱心|熱心|ご活発|お元気|お達者|ご盛ん|お盛ん|頼もしい|たのもしい|たくましい|ご丁寧|ご勉強熱心|勉強熱心|お忙しい|ご多忙|ご健在|お若い|お若く|ご成長|お幸せ|のんき|呑気|のんびり|おおらか|大らか|マイペース)[^。！？!?\\n]{0,16}?(?:よう|様子|ご様子|そう)?(?:で|です(?:ね|し)?)[、\\s]?(?:大変|誠に|本当に|まことに|実に|何よりも)?何より(?:です|でございます|ですね|ですな|ですわ|だ|じゃ|やね|ばい|(?=[。！!…\\s（(笑w]|$))'),
    need: ['何より'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && FAULT43.test(withPrevious(sq, s, e)) && !EARNEST43.test(withPrevious(sq, s, e)) && !OWN_FAULT.test(sentenceText(sq, s, e)),
  },
  // Retribution predicted on people named (blind R171I-145: dialect の for が and a complaint as the condition: そげん文句ばっか言いよったら罰の当たるばい;
  // デマを言いふらしている方には、いずれ天罰が下ることでしょう, ポイ捨てする連中には
  // そのうちバチが当たるぞ, 嘘を広める人は必ず報いを受けますよ; not a saying or a tale: 食べ物を粗末にすると罰が当たると昔から
  // 言われています, not a sanction: 処罰が下ります, not nature's revenge).
  {
    rule: 'hostility/curse',
    re: phrase('(?:天罰|神罰|仏罰|(?<![一-龥々])罰|バチ|ばち)(?:が|は|の)?(?:下|くだ|当た|あた)(?:る|ります|ろう|りましょう)|(?:報い|むくい|しっぺ返し|しっぺがえし)(?:を|は)?(?:受け|食らい|くらい)(?:る|ます|ましょう)'),
    need: ['天罰', '罰', 'ばち', '神罰', '仏罰', '報い', 'むくい', 'しつぺ'],
    instead: INSTEAD.curse,
    keep: (sq, s, e) => {
      // A prediction (ことでしょう, だろう, ますよ, ぞ, はず), not a saying reported (…と言われています) or a condition (当たるなら).
      const after = sq.slice(e, e + 14)
      if (!/^(?:こと|の)?(?:に(?:なる|なります))?(?:でしょう|だろう|でしょ|やろ|じゃろ|と思います|と思う|と思いますよ|と(?:思って|信じて)(?:います|いる|おります|おる)(?:よ|ね)?(?=[。！!…\s]|$)|はず|に違い|に決まって|ぞ|よ|ですよ|からね|からな|けん|ばい|ね|(?=[。！!…\s]|$))/u.test(after) || /^[^。！？!?\n]{0,6}(?:と|って)(?:言われ|いわれ|言う|いう|昔)/u.test(after)) return false
      const before = sq.slice(sentenceOf(sq, s, e).start, s)
      // Blind R171I-145: said to someone addressed or for their complaints, a hazard after it is the harm held over them (…罰の
      // 当たるばい😇 台風で家ごと流されんごと気をつけて), not nature's revenge: only what comes before is asked.
      const ctx = withPrevious(sq, s, e)
      const upTo = ADDRESSED32.test(before) || COMPLAIN_IF.test(before) ? ctx.slice(0, ctx.length - (sentenceOf(sq, s, e).end - e)) : ctx
      return notQuoted(sq, s, e) && notTeaching(sq, s, e) && (BEHAVING.test(before) || ADDRESSED32.test(before) || COMPLAIN_IF.test(before)) && !TALE.test(ctx) && !HAZARD.test(upTo) && !/自然|環境/u.test(before) && !SELF.test(before)
    },
  },
  // Told to keep quiet and do as told, as a request (黙って待っててください, 黙って従ってもらえますか, 黙って並んでいて
  // ほしい; 黙って待ってろ: below; not a performance or a minute's silence).
  {
    rule: 'hostility/curse',
    re: phrase('(?:黙|だま)って[、\\s]?(?:待っ|まっ|従っ|したがっ|払っ|はらっ|見|聞い|きい|並ん|ならん|座っ|すわっ|我慢し|がまんし|言うことを聞い|言うこと聞い|受け入れ)(?:て|で)(?:いて|て|おいて|といて)?(?:ください|下さい|くれ|ほしい|欲しい|もらえ|もらい(?:たい|ます)|いただけ|いただき(?:たい|ます)|なさい)'),
    need: ['黙つて', 'だまつて'],
    instead: INSTEAD.curse,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !/黙とう|黙祷|試験|テスト|演奏|上映|録音|撮影|読み聞かせ|お静かに|試合|観戦|鑑賞|公演|ライブ|舞台|劇|手品|マジック/u.test(sentenceText(sq, s, e)),
  },
  // The caller asked to put on someone who can read or understand (せめて日本語が読める方に代わっていただけますでしょうか, 話の
  // 分かる人と代わってください, 字の読めるご家族に替わってもらえますか; not help offered: 日本語の分かるご家族に代わっていただいても
  // 構いません).
  {
    rule: 'hostility/insult',
    re: phrase('(?:読め|よめ|分か|わか|お分かりにな|理解でき|理解され|通じ)る(?:方|人|お方|ご家族|家族の方|者|大人)(?:に|と)[、\\s]?(?:代わ|替わ|かわ|交代し|交替し)(?:って|り)(?:いただけ|いただき|もらえ|もらい|ください|下さい|ほしい|欲しい|くれ)|(?:話|お話)の(?:分か|わか|通じ)る(?:方|人|お方|者)(?:を|に|と)[、\\s]?(?:出して|呼んで|代わって|替わって|連れてきて)'),
    need: ['代わ', '替わ', 'かわ', '交代', '交替', '出して', '呼んで', '連れてきて'],
    instead: INSTEAD.insult,
    keep: (sq, s, e) => {
      const t = withPrevious(sq, s, e)
      return notQuoted(sq, s, e) && notTeaching(sq, s, e) && !LANGUAGE_HELP.test(sentenceText(sq, s, e)) && (/せめて|少しは|まともに|ちゃんと|もう少し/u.test(sq.slice(sentenceOf(sq, s, e).start, s)) || /何度|何回|再三|読めば|見れば|書いて(?:あり|ござい|ある|いる|おり)|載せて|同じ(?:こと|質問|内容)/u.test(t))
    },
  },
  // A critic said to lack the palate or the sense to appreciate it (『高いだけ』と書き込んでいる方、味のわからない方には何を
  // お出ししても同じでしょう, デザインの良さが分からない人, バカ舌; not those welcomed: 味の違いが分からない方でも楽しめます).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:味|違い|良さ|よさ|価値|魅力|風情|本物|ありがたみ|有難み|美味しさ|おいしさ|うまさ|旨さ|センス|楽しみ方|楽しさ|面白さ|おもしろさ|美しさ|趣|味わい|見どころ|見所)(?:の|が)(?:わから|分から|お分かりになら|理解でき|理解され|わかん|分かん)(?:ない|ん)(?:よう|ような)?(?:方|人|お方|連中|方々|人たち|お客様|お客|客|奴|やつ)|味音痴|バカ舌|ばか舌|馬鹿舌'),
    need: ['わから', '分から', 'お分かりになら', '理解でき', '理解され', 'わかん', '分かん', '味音痴', 'ばか舌', '馬鹿舌'],
    instead: INSTEAD.polite,
    // Review (rv58): not help offered to them too (…分からない方にも、撮影スポットの看板を立てました), not denied (魅力が分からない人はいない).
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && notForBeginners(sq, s, e) && (CRITIC.test(withPrevious(sq, s, e)) || OPINION.test(withPrevious(sq, s, e))) && !/ため|向け|でも楽し|でも安心|^(?:々|たち)?にも|^(?:々|たち)?(?:は|など|なんて)?(?:いない|いません|おりません|いらっしゃいません)/u.test(sq.slice(e, e + 12)),
  },
  // --- Round 41 kinds (two more writers) ---
  // A wrongdoer told they are on camera, with a menacing ending (粗大ごみを捨てていった人。防犯カメラに全部映ってますからね,
  // ポイ捨てした人、カメラにばっちり写っとるけんな; not a notice: 防犯カメラで録画していますので、不法投棄はおやめください, not event
  // photos: 子どもたちの元気な姿、カメラにばっちり映ってますからね).
  {
    rule: 'hostility/threat',
    re: phrase('(?:カメラ|防犯カメラ|監視カメラ|映像|録画|動画)(?:に|には|にも)[、\\s]?(?:全部|ぜんぶ|全て|すべて|しっかり|ばっちり|ちゃんと|くっきり|はっきり|バッチリ)?[、\\s]?(?:映っ|写っ|残っ|記録され|撮られ)(?:て(?:い|お)?(?:ます|る|ります)?|とる|とります|ちょる|てる)(?:から(?:ね|な)|けん(?:ね|な)?|ぞ|よ(?:ね)?|で)(?=[。！!…\\s〜~]|$)'),
    need: ['映つ', '写つ', '残つ', '記録され', '撮られ'],
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && wrongdoerBefore(sq, s, e),
  },
  // … or that their face or number is remembered, with a comma for the particle (顔、覚えましたよ, ナンバー、控えましたからね;
  // not regulars greeted: 常連さんの顔、覚えましたよ！また来てね).
  {
    rule: 'hostility/threat',
    re: phrase('(?:お顔|顔|顔写真|人相|ナンバー|車のナンバー|車番)(?:は|も|[、,])[、\\s]?(?:もう|しっかり|ばっちり|ちゃんと|全部|きっちり)?[、\\s]?(?:覚え|控え|記録し|押さえ)(?:ました|させていただきました|とる|てる|ています|てます|た|ちゃった)(?:から(?:ね|な)?|けん(?:ね|な)?|よ(?:ね)?|ので|ね|ぞ)?(?=[。！!…\\s〜~]|$)'),
    need: ['覚え', '控え', '記録し', '押さえ'],
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && wrongdoerBefore(sq, s, e),
  },
  // The reader's faculties praised in sarcasm after a failure or a complaint (何度お知らせしても守っていただけない方が…。皆さま、
  // ずいぶんとご立派な読解力をお持ちなんですね, 大した記憶力ですこと; not a quiz winner: 全問正解、素晴らしい記憶力をお持ちですね).
  {
    rule: 'hostility/confrontational',
    re: phrase(`(?:ずいぶん(?:と)?|随分(?:と)?|大変|実に|なんとも|さぞ(?:かし)?|よほど)?[、\\s]?(?:ご立派|立派|ご大層|大層|たいそう|大した|たいした|結構|見事|素晴らしい|すばらしい|優れた|豊かな|鋭い|高い)な?${FACULTY}(?:を|が|も)?(?:お持ち|おあり|持って(?:いらっしゃ|おられ|る)|でいらっしゃ|です|だ)(?:な(?:ん|の)ですね|なんでしょうね|なのでしょうね|ですね|ですな|ですこと|のようで(?:すね)?|います(?:ね|な)|(?:い|る)(?:ん|の)ですね|ね|こと)(?=[。！!…\\s〜~（(w笑🙄😊]|$)`),
    need: ['読解力', '理解力', '記憶力', '想像力', '国語力', '日本語力', '判断力', '注意力', '観察力', '集中力', '語彙力', '発想力', '常識', '見識', '感性'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && FAILED41.test(withPrevious(sq, s, e)) && !EARNEST41.test(withPrevious(sq, s, e)) && !OWN_FAULT.test(sentenceText(sq, s, e)),
  },
  // Blind R411L-019 kind: commenters' virtue or spirit mock-praised in keigo after their remark or complaint is told (「…」ってコメント、
  // 今日も5件目です。さすが皆さん、ご立派な愛護精神をお持ちで👏, …とのご意見。大層な正義感をお持ちなことで, 結構なこだわりをお持ちですこと):
  // warn. The remark, a complaint or someone addressed in the sentence or the two before (VIRTUE_CRITIC) turns the praise into a sneer.
  // Not volunteers thanked for their spirit (奉仕の精神をお持ちの皆さまに感謝します; no sarcastic ending), not sincere thanks or a prize
  // (素晴らしいおもてなしの心をお持ちで、頭が下がります: VIRTUE_EARNEST).
  {
    rule: 'hostility/confrontational',
    re: phrase(`(?:ご立派|立派|りっぱ|ご大層|大層|たいそう|大した|たいした|結構|ご結構|高尚|お高い|お見事|見事|素晴らしい|すばらしい|崇高|お優しい|お熱い|ご熱心)な?[^。！？!?\\n]{0,8}?(?:精神|お心|心|心がけ|お心がけ|心意気|正義感|道徳心|倫理観|良心|良識|信念|価値観|美意識|ポリシー|こだわり|愛情|お考え|ご意見|ご見解|ご主張)(?:を|が|も|は)?(?:お持ち|おあり|お持ちでいらっしゃ)(?:で|なことで|ですこと|なこと|でいらっしゃること|なんですね|なのですね|ですね|ですな|いますこと|ることで)(?=[。！!…\\s〜~👏🙄😊😏🤭✨（(w笑]|$)`),
    need: ['お持ち', 'おあり'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && VIRTUE_CRITIC.test(withPrevious(sq, s, e, 2)) && !VIRTUE_EARNEST.test(sentenceText(sq, s, e)),
  },
  // Blind R243H-001 kind: a critic's faculty admired for its abundance after they criticised without reading (ホームページを一度も
  // ご覧にならずに、ここまでご批判いただけるとは、その想像力の豊かさにただただ感服いたしております, その読解力の高さには恐れ入ります);
  // not a child's or a prize-winner's (子どもたちの発想力の豊かさには本当に感心しました).
  {
    rule: 'hostility/confrontational',
    re: phrase(`${FACULTY}の(?:豊かさ|高さ|鋭さ|素晴らしさ|すばらしさ|確かさ|たくましさ|逞しさ|見事さ)(?:に|には|にだけは)${IRONIC_ADMIRE}`),
    need: ['読解力', '理解力', '記憶力', '想像力', '国語力', '日本語力', '判断力', '注意力', '観察力', '集中力', '語彙力', '発想力', '常識', '見識', '感性'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && FAILED41.test(withPrevious(sq, s, e)) && !EARNEST41.test(withPrevious(sq, s, e)) && !OWN_FAULT.test(sentenceText(sq, s, e)),
  },
  // Blind R243H-005 kind: a critic told the subject is beyond them (…とお書きになる方に市の観光政策を論じていただくのは、少々荷が重い
  // のではないかと拝察いたします, あなたに財政を語るのは荷が重すぎます); not a task shared out (一人で介護を抱えるのは荷が重いので、ご相談ください).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:方|人|あなた|あなた様|あんた|貴方|そちら(?:様)?)(?:に|には|にとって)[、\\s]?[^。！？!?\\n]{0,24}?(?:論じ|語|議論|評価|批判|ご批判|ご意見|意見|口を出|口出し|判断|ご判断|ご理解|理解)[^。！？!?\\n]{0,12}?(?:のは|には|こと(?:は|自体))[、\\s]?(?:少々|少し|ちょっと|いささか|やや|かなり|まだ|とても|だいぶ)?[、\\s]?荷が(?:重|勝ち)'),
    need: ['荷が'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && /ご意見|ご指摘|ご批判|批判|お書き|書き込|コメント|[@＠]|あなた|あんた/u.test(withPrevious(sq, s, e)) && !/ご相談|相談窓口|支援|サポート|お手伝い|介護|子育て|育児|一人で|ひとりで/u.test(withPrevious(sq, s, e)),
  },
  // Blind R243H-006 kind: a complainant's difficulty put down to their age, with mock sympathy (使いにくいとのことですが、ご年齢的に
  // スマホ操作が難しいのは仕方ないですよね, お年ですから分からなくても無理はありませんね); not help offered for it (ご年齢的に操作が
  // 難しい方は、窓口でもお手続きいただけます).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:ご年齢|お年|お歳|ご高齢|年齢)(?:的に|的にも|のせいで|のせいか|のせいもあって|を考えると|ですから|ですので|なので|だから)[、\\s]?[^。！？!?\\n]{0,24}?(?:仕方(?:ない|なし|ありません|がない|がありません)|しかたな|しょうがな|無理(?:も|は)(?:ない|ありません)|当然|当たり前|やむを得な)(?:い)?(?:こと)?(?:です|でしょう|だ)?(?:よね|ね|な|わ)'),
    need: ['年齢', 'お年', 'お歳', '高齢'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/窓口|お手伝い|サポート|支援|ご相談|代行|講座|教室|体操|健康|体力|転倒|熱中症|ご無理|無理をせず|無理せず|お体|お大事/u.test(withPrevious(sq, s, e) + withNext(sq, s, e)),
  },
  // Blind R243H-004 kind: a critic invited to go out into a hazard (そこまでお嫌いでしたら、次の大雨の晩にでも掘割沿いをお散歩なさってみては
  // いかがでしょう, 台風の日に海でも見に行かれたらどうですか): harm wished as a suggestion, after a dispute; not a safety notice
  // (大雨の日に川沿いを歩くのは危険です).
  {
    rule: 'hostility/curse',
    re: phrase('(?:大雨|豪雨|台風|嵐|増水|洪水|高潮|大荒れ|吹雪|雷雨)(?:の)?(?:晩|夜|日|とき|時|最中|真っ最中|中)(?:に|にでも|でも)?[、\\s]?[^。！？!?\\n]{0,16}?(?:沿い|ほとり|河川敷|川べり|川辺|海岸|海辺|岸|堤防|土手|水辺|掘割|お堀|川|海|水路|用水路|山)(?:を|に|へ|で|まで)?[^。！？!?\\n]{0,10}?(?:散歩|散策|歩い|歩か|歩き|行っ|行か|出かけ|お出かけ|見に|泳|釣り)[^。！？!?\\n]{0,12}?(?:(?:ては|たら|れては|れたら)[、\\s]?(?:いかが|どう|如何|いい|よろし)|ことを(?:お勧め|おすすめ|オススメ))'),
    need: ['大雨', '豪雨', '台風', '嵐', '増水', '洪水', '高潮', '大荒れ', '吹雪', '雷雨'],
    instead: INSTEAD.curse,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const win = twoBefore(sq, s, e)
      if (SAFETY78.test(win) || /危険|危ない|近づか|近寄ら|避難|警報|注意報/u.test(win)) return false
      return DISPUTE.test(win)
    },
  },
  // Blind R245M-027 kind: a rival town's produce run down as not to be put beside ours (柳川の海苔を、近くの某市で獲れるようなものと
  // 一緒にしないでいただきたいですね, よその町のなんかと比べものになりません); not a rule for sorting (他の市町村の指定袋と一緒に出さないでください).
  {
    rule: 'hostility/confrontational',
    re: phrase(`${OTHER_TOWN47}[^。！？!?\\n]{0,16}?(?:ような|みたいな|なんか|なんぞ|ごとき|如き|程度の)(?:もの|モノ|物|品|やつ|ヤツ|の)?(?:と|なんかと)[、\\s]?(?:一緒にし|いっしょにし|同じにし|同列に|並べ|比べ(?:物|もの)にならな|比べないで|比べられ)`),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/合同|連携|共同|協力|両市|両町|広域|見習|参考に|お手本|分別|出さない|出さず|捨て/u.test(sentenceText(sq, s, e)),
  },
  // A critic's words belittled as all they can manage (「税金泥棒」と書き込んでいる方々、その程度の言葉しか出てこないんですね,
  // そんな悪口しか思いつかんとね; not thanks: 感謝の言葉しか出てきません).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:その|この|そんな|こんな|あんな|あの)(?:程度|レベル|くらい|ぐらい)?(?:の)?(?:言葉|ことば|表現|語彙|悪口|言い方|書き方|文章|批判|反論|罵倒|悪態|煽り)しか(?:出てこ|出て来|でてこ|思いつか|思い浮かば|浮かば|言え|書け|出せ|使え|知ら)(?:ない|ません|ん|なかった)(?:ん|の)?(?:です(?:ね|か|かね)|でしょう(?:ね|か)|だね|やね|かな|と(?:ね|[？?])|か[？?])'),
    need: ['しか'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && CRITIC.test(withPrevious(sq, s, e)) && !SELF.test(sentenceText(sq, s, e)),
  },
  // A curse in polite form, the harm asked for with 〜てください or wished with 〜てほしい (詐欺業者の皆さん、地獄に落ちてください,
  // 滅びてくださいね, 罰が当たってほしい; not 滅びてほしくない伝統, not a wish about a thing).
  {
    rule: 'hostility/curse',
    re: phrase('(?:地獄|じごく)(?:に|へ)(?:落ち|堕ち|おち|行っ|いっ)て(?:ください|下さい|くださいね|くださいませ|くれ|ほしい|欲しい|もらいたい|いただきたい|ちょうだい)|(?:滅び|滅ん|くたばっ|野垂れ死ん|のたれ死ん|朽ち果て|不幸になっ|呪われ|破滅し|天罰(?:が|を)?(?:下っ|くだっ)|罰が当たっ|バチが当たっ|ばちが当たっ|痛い目(?:に|を)(?:遭っ|あっ|見)|路頭に迷っ)(?:て|で)(?:ください|下さい|くださいね|くださいませ|くれ|ほしい(?!く)|欲しい(?!く)|もらいたい|いただきたい|ちょうだい)'),
    need: ['地獄', 'じごく', '滅び', '滅ん', 'くたばつ', '死ん', '朽ち果て', '不幸になつ', '呪われ', '破滅し', '天罰', '当たつ', '痛い目', '路頭に'],
    instead: INSTEAD.curse,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notAboutThing(sq, s, e) && !/伝統|文化|祭り|行事|技術|産業|商店街|自然|風景|景色/u.test(sentenceText(sq, s, e)),
  },
  // Sarcastic thanks for a question or a complaint repeated (同じご質問を何度もいただけるとは光栄です, 毎日苦情をいただけるなんて
  // ありがたいことです; not a return visit: 何度もご来館いただけるとは光栄です).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:同じ(?:ご|お)?(?:質問|問い合わせ|こと|話|内容|苦情|指摘|クレーム|電話|メール)|(?:苦情|クレーム|文句|お叱り|ご批判|批判))(?:を|が)?[^。！？!?\\n]{0,10}?(?:いただけ|頂け|いただく|頂く|もらえ|くださ|受け|寄せられ|聞かれ|言われ)(?:る)?(?:とは|なんて)[、\\s]?(?:大変|誠に|本当に|まことに|実に)?(?:光栄|ありがた|有難|うれし|嬉し|恐縮|感激|幸せ|名誉|幸甚)'),
    need: ['光栄', 'ありがた', '有難', 'うれし', '嬉し', '恐縮', '感激', '幸せ', '名誉', '幸甚'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e),
  },
  // Told to begin from the least, after a question or a complaint (まずは文章を最後まで読むところから始めていただけますと幸いです,
  // 調べるところから始めてください; not advice: まずは体重を確認することから始めましょう).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:読む|読まれる|お読みになる|見る|ご覧になる|調べる|お調べになる|確認する|ご確認いただく|理解する|目を通す|聞く|考える)(?:ところ|こと)から(?:始め|はじめ|スタートし|やり直し)(?:て(?:いただけ|いただき|いただく|ください|下さい|ほしい|欲しい|もらえ|は(?:いかが|どう))|られ(?:ては|たら|れば)(?:いかが|どう)|たら(?:いかが|どう)|れば(?:いかが|どう))'),
    need: ['ところから', 'ことから'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && (CRITIC.test(withPrevious(sq, s, e)) || /何度|何回|再三|同じ(?:ご)?(?:質問|こと)|書いて(?:あり|ござい)|載せて|掲載して/u.test(withPrevious(sq, s, e))) && !/講座|教室|初心者|初めての方|はじめての方|ましょう|ませんか/u.test(sentenceText(sq, s, e)),
  },
  // A quick failure predicted for people addressed (都会から来る皆さま、田舎をなめてかかると1年ももちませんので, あんたら3日も
  // 続かんやろ; not a thing that keeps: 皆さま、切り花は夏場は3日ももちません; not a worry taken back).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:[0-9０-９一二三四五六七八九十半数]+(?:日|週間|か月|ヶ月|カ月|ヵ月|年)|ひと月|ひと夏)(?:も|と)(?:もち|持ち|もた|持た|続き|続か|いられ|居られ|耐えられ|たえられ)(?:ません|ない|ん|ねえ)(?:よ|ね|から|ので|でしょう|だろう|やろ|けん|ばい|と思います|と思う)?'),
    need: ['もち', '持ち', 'もた', '持た', '続き', '続か', 'いられ', '居られ', '耐えられ', 'たえられ'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      const t = withPrevious(sq, s, e)
      return notQuoted(sq, s, e) && (ADDRESSED32.test(t) || /あんたら|お前ら|おまえら/u.test(t)) && !LASTING_THING.test(sentenceText(sq, s, e)) && !SELF.test(sentenceText(sq, s, e)) && !/^(?:か)?(?:と|って)(?:思っ|思わ|言われ|心配|不安|感じ|覚悟)|^かと(?:心配|不安)/u.test(sq.slice(e, e + 6))
    },
  },
  // --- Round 37 kinds (two more writers) ---
  // People who keep at it, named and scorned (毎日しつこく絡んでくる方、正直もううんざりです, 何度も電話してくる人には辟易して
  // います; not the weather: 長雨にうんざりの方は、ぜひ室内プールへ).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:しつこく|毎日|毎回|何度(?:も)?|何回(?:も)?|再三|いつも|繰り返し)[^。！？\\n]{0,16}?(?:[てで]くる|[てで]こられる|[てで]くださる|される|られる|する|[てで]いる|[てで]る|とる|どる|(?<=[ぁ-ゖ])ない)(?:方|人|連中|方々|人たち|やつ|奴)(?:、|には|は|に)[、\\s]?(?:正直|本当に|ほんとに|もう|いい加減)?[、\\s]?(?:もう)?(?:うんざり|辟易|げんなり|へきえき)'),
    need: foldAll(['うんざり', '辟易', 'げんなり', 'へきえき']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e),
  },
  // R125A-019: people named by what they do, then the writer's exasperation at them with no repeat said
  // (海苔の色落ちを全部市のせいにする人たち、正直うんざりです, 文句ばかり言う連中にはほとほと困ったものだ, 路上に停める
  // ドライバーには辟易しています; not who feels it: 暑さにうんざりしている方は, 待たされる方はうんざりするかもしれません,
  // not our apology: 並ばれた方、うんざりするほどお待たせし). W13: or said to be too many (読まずにお問い合わせくださる方が多すぎて、
  // 正直うんざりしております; not who feels it: 並ぶ方が多くてうんざりされるかもしれません).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:[るうくすつぬむぶぐた]|ない|[てで]る|とる|よる)(?:お?[一-龥]{1,3}り?の)?(?:人|者|方(?![式法針向面角策])|連中|奴|やつ|輩|客|利用者|ドライバー|観光客|親|保護者|住民|市民|新成人|若者|若い(?:人|子|もん)|学生|生徒|高校生|中学生|年寄り|老人|高齢者|傍聴者|傍聴人|参加者|来場者|見物客|花見客|釣り人|家族連れ|子ども|子供|ガキ)(?:々|たち|達|ら|ども)?(?:、|には|にも|に|って|(?:が|も)(?:多すぎて|多過ぎて|多くて|ばかりで|ばっかりで|後を絶たず|後を絶たなくて)(?:、)?|(?:ばかりで|ばっかりで|だらけで)(?:、)?)[、\\s]{0,2}(?:正直|本当に|ほんとに|ほんと|もう|いい加減|まったく|全く|ほとほと|心底|つくづく|さすがに|マジで|まじで)?[、\\s]{0,2}(?:もう)?(?:(?:うんざり|辟易|げんなり|へきえき)(?:です|だ|や|ばい|たい|ですね|ですわ|しています|してます|しとる|しとります|してる|している|します|しました|しております|していました|してました|した(?=[。！!…w\\n]|$)|でした|する(?=[。！!…w\\n]|$)|(?=[。！!…w笑\\n]|$))|(?:うるさい|うるさか|うるせー|うるせえ|鬱陶しい|うっとうしい|うざったい|面倒くさい|めんどくさい|めんどい)(?:です|だ|ですね|ですわ|んです|んだ|っす|ばい|たい|(?=[。！!…w笑😥😩😓😤💢\\n]|$))|困ったもの(?:です|だ|や|ですね|ですわ|ばい|(?=[。！!…w笑\\n]|$)))(?!(?:か|かも|でしょう|と思い|と思わ|という|との))'),
    need: foldAll(['うんざり', '辟易', 'げんなり', 'へきえき', '困ったもの', 'うるさ', 'うるせ', '鬱陶し', 'うっとうし', 'うざった', '面倒くさ', 'めんどくさ', 'めんどい']),
    instead: INSTEAD.polite,
    // Too many who cannot read (日本語が読めない方ばかりで困ったものです) is the insult reader's (block), after this one.
    keep: (sq, s, e) => ownWords(sq, s, e) && notOwnFault(sq, s, e) && !(/多すぎて|多過ぎて|多くて|ばかりで|ばっかりで|だらけで|後を絶た/u.test(sq.slice(s, e)) && /(?:読め|よめ|読ま|よま|理解でき|理解し|書け|お読みになれ)$/u.test(sq.slice(Math.max(0, s - 6), s))),
  },
  // R126/R127 kinds: a person belittled by their bearing (相手チームの監督は品がなかったですね, あの議員って品がない; not goods:
  // 在庫品がない) or set up as what the writer would never become (ああいう大人にはなりたくないものです; not a wish: こういう大人に
  // なりたい).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:監督|コーチ|選手|審判|議員|職員|店員|客|人|方|親|保護者|大人|おじさん|おばさん|連中|あいつ|あの人|あの方)(?:たち|達|ら)?(?:は|って|も|、)[、\\s]{0,2}(?:本当に|ほんとに|正直|まったく|全く|ちょっと|少し|なんだか)?[、\\s]{0,2}品が(?:ない|なかった|ありません|ありませんでした|無い|無かった|ねえ|なさすぎ)|(?:ああいう|ああいった|ああゆう|あんな|あのような)(?:大人|人|人間|親|指導者|監督|大人たち|人たち)(?:に|には)(?:は|だけは)?(?:なりたくない|なりたくありません|なっちゃいけない|なってはいけない|ならないように)'),
    need: foldAll(['品が', 'なりたく', 'なっちゃいけ', 'なってはいけ', 'ならないよう']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && notQuoted(sq, s, e),
  },
  // Askers told in sarcastic keigo to make the least effort (少しは告知を読んでいただけますか, 少しはご自分で調べてもらえませんか,
  // もう少し考えてから書いてくれませんかね; not an offer: 少しはお役に立てましたか).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:少しは|すこしは|ちょっとは|もう少し|もうちょっと)[^。！？\\n]{0,12}?(?:読んで|よんで|調べて|しらべて|考えて|かんがえて|見て|確認して|お読みになって|ご覧になって|ご確認になって|お調べになって)(?:から[^。！？\\n]{0,8}?)?(?:いただけ|いただけませ|もらえ|もらえませ|くれ|くれませ|くださ)(?:ますか|んか|ないか|ない[？?]|ませんか|ませんかね|ますかね|ないですか|んかね)'),
    need: foldAll(['少しは', 'すこしは', 'ちょっとは', 'もう少し', 'もうちょっと']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && notQuoted(sq, s, e) && (OPINION.test(withPrevious(sq, s, e)) || /質問|問い合わせ|問合せ|お問合せ|電話|同じこと|何度|毎回|いつも|方が(?:い|お)/u.test(withPrevious(sq, s, e))),
  },
  // People called hard-headed and written off (地元のおじいちゃんたち、頭が固すぎて話にならない（笑）, あの役員は石頭で話に
  // ならん; not advice: 年を取ると頭が固くなりがち, not a price: この値段では話にならない).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:人|方|たち|達|連中|おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|じいさん|ばあさん|年寄り|役員|上司|住民|議員|職員|おじさん|おばさん|親|大人)(?:たち|達|ら|ども)?(?:は|って|、|も)[、\\s]{0,2}(?:本当に|ほんとに|正直|マジで|まじで|みんな)?[、\\s]{0,2}(?:頭が(?:固|かた)(?:すぎ|過ぎ|くて|い(?=[。！!w笑（(…\\n]|$)|いんです|いです)|石頭|頑固(?:すぎ|過ぎ)|話が通じ(?:ない|なさすぎ|ん))'),
    need: foldAll(['頭が固', '頭がかた', '石頭', '頑固すぎ', '頑固過ぎ', '話が通じ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && notQuoted(sq, s, e) && notTeaching(sq, s, e),
  },
  // A neighbouring place put down with a taunt (大川なんて何もないし🤣, 隣町なんかダサいし（笑）; not our own town
  // doubted in a question: 柳川なんて何もないと思っていませんか, not a past: 昔は駅前なんて何もなかった).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?<![のが我わ])(?:[一-龥]{1,4}(?:市|町|村|県)?|隣町|隣の市|隣の町|となり町)(?:なんて|なんか|なんぞ)[、\\s]{0,2}(?:何も|なんも|なーんも|なにも)(?:ない|無い|ねえ|ねー|ありません)(?:し|じゃん|よね|よな|もんね|やん|けん)?(?:[🤣😂😆w笑（(]|$)|(?:[一-龥]{1,4}(?:市|町|村)?|隣町|となり町)(?:なんて|なんか)[、\\s]{0,2}(?:ダサい|ださい|田舎すぎ|しょぼい|ショボい|つまらない|大したことない)(?:し|じゃん|よね)?(?:[🤣😂😆w笑（(]|$)'),
    need: foldAll(['なんて', 'なんか', 'なんぞ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && notQuoted(sq, s, e) && !/(?:うち|この|我が|わが|当)[^。！？\n]{0,2}$/u.test(sq.slice(Math.max(0, s - 4), s)),
  },
  // Someone told they will be identified and visited at home or work (中の人、特定して家まで行きますから覚悟しといてください,
  // 身元を割り出して職場まで押しかけるぞ; Blind W12 widened: これ以上しつこいなら、IPから特定して家まで行きますよ, 住所を調べて
  // 会いに行きます, 開示請求して家に行く). Not a survey or a service (発生源を特定して、ご自宅まで調査に伺いますのでご協力ください,
  // 漏水箇所を特定して修理に伺います); a home found by looking it up (住所を調べて会いに行きます) needs a quarrel around it
  // (これ以上, しつこい, なら, お前, @), for a family visit is said the same way.
  {
    rule: 'hostility/threat',
    re: phrase('(?:(?:特定|割り出|わりだ)(?:して|し|したら|し次第|次第)|(?:突き止め|つきとめ)(?:て|たら|次第)|(?:住所|家|自宅|居場所|身元|勤務先|職場|勤め先|本名)(?:を|も)?(?:調べ|しらべ)(?:上げ|あげ)?(?:て|たら|次第)|(?:開示請求|情報開示)(?:して|し|したら|で))[、\\s]{0,2}[^。！？!?\\n]{0,16}?(?:(?:お前の|おまえの|あなたの|あんたの|その人の|そちらの)?(?:家|自宅|ご自宅|お宅|職場|会社|勤務先|勤め先|学校|住所|実家)(?:の前)?(?:まで|に|へ)(?:も)?[^。！？!?\\n]{0,4}?|(?:直接)?(?:会い|あい|お会いし|話をつけ|文句を言い)に[、\\s]?)(?:行き|いき|行く|いく|行っ|いっ|伺い|伺う|うかがい|押しかけ|押し掛け|乗り込|のりこ|訪ね|参り|まいり)(?:[^。！？\\n]{0,10}?(?:から|ぞ|ぜ|覚悟|待って|首を洗)|(?:ます|まーす|る|む|み(?:ます)?|て(?:やる|やります|もいい))?(?:よ|ね|よね|からね|からな|けん|けんね|わ|で)?(?=[。！!…\\s〜ー💢]|$))'),
    need: foldAll(['特定', '割り出', 'わりだ', '突き止め', 'つきとめ', '調べ', 'しらべ', '開示']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || isMentionAt(sq, s, e)) return false
      const m = sq.slice(s, e)
      if (/調査|点検|修理|回収|説明|測定|検査|確認|配達|お届け|届け|訪問|ご案内|見守り|保護|救助|送り届/u.test(m)) return false
      if (/^(?:特定|割り出|わりだ|突き止め|つきとめ)/u.test(m)) return true
      return QUARREL.test(withPrevious(sq, s, e))
    },
  },
  // Households or people with an infection told to keep off the streets and called a nuisance (感染者が出た家の人は、しばらく外を
  // 歩かないでほしい。正直迷惑です; not a health notice: 陽性となった方は、発症から5日間は外出を控えてください).
  {
    rule: 'hostility/insult',
    re: phrase('(?:感染者|陽性者|感染した|感染された|陽性になった|陽性だった|コロナにかかった|コロナになった|濃厚接触者)[^。！？\\n]{0,10}?(?:人|方|家族|家|者|ひと)(?:たち|達|の人|の方)?(?:は|って|には|、)[^。！？\\n]{0,16}?(?:歩かないで|出歩かないで|外に出ないで|出てこないで|出てこんで|来ないで|こないで|近づかないで|近寄らないで|出ていって|引っ越して)(?:ほしい|欲しい|もらいたい|くれ|ほしか)'),
    need: foldAll(['感染', '陽性', 'コロナ', '濃厚接触']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || !notQuoted(sq, s, e) || isMentionAt(sq, s, e)) return false
      // The wish is the writer's contempt: a nuisance, fear or disgust said beside it.
      const around = sq.slice(Math.max(0, s - 60), Math.min(sq.length, e + 60))
      return /迷惑|めいわく|うんざり|怖い|こわい|気持ち悪|きもちわる|汚い|きたな|うつさないで|うつすな|非常識|自覚/u.test(around)
    },
  },
  // Visitors or a group held in exasperation for their manners (観光客のマナーの悪さには本当にうんざりです, あの国の人のマナーの
  // なさには呆れる; not a campaign: マナーの悪さが目立つため、看板を設置しました).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:観光客|客|人|外国人|住民|利用者|若者|連中|ドライバー|学生|家族連れ)(?:たち|達|ら|ども)?の(?:マナー|態度|民度)の(?:悪さ|なさ|低さ|ひどさ)(?:には|に|は)[、\\s]{0,2}(?:本当に|ほんとに|ほんと|正直|もう|ほとほと|心底|まったく|全く)?[、\\s]{0,2}(?:うんざり|辟易|げんなり|呆れ|あきれ|腹が立|はらがた|頭にく|ムカつ|むかつ)'),
    need: foldAll(['うんざり', '辟易', 'げんなり', '呆れ', 'あきれ', '腹が立', 'はらがた', '頭にく', 'ムカつ', 'むかつ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && notQuoted(sq, s, e) && notOwnFault(sq, s, e),
  },
  // Told to relearn from school, plain or in keigo (もう一度小学校の国語から学び直されることをお勧めいたします, 中学校から
  // やり直してこい; not a course: 大人の学び直し講座で中学校の数学から学び直しませんか).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:小学校|小学生|中学校|中学生|義務教育|幼稚園|保育園|一年生|1年生)(?:の)?[^。！？\\n]{0,12}?(?:から|で)[、\\s]?(?:学び直|まなび直|勉強し直|勉強しなお|やり直|やりなお|習い直|出直)(?:さ|し|す)(?:れ)?(?:ることを|ては|たら|た方|たほう|てこ|てき|なさい|てください|て下さい|てもらえ|ていただ|るべき|ろ|れば|られては|られたら|られること|られた方)'),
    need: foldAll(['直']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/講座|教室|講習|リカレント|ませんか|ましょう|募集|参加|受講|夜間中学/u.test(sentenceText(sq, s, e)),
  },
  // A critic's opinion answered with mock praise of their knowledge (とのご意見、さすが何でもよくご存じで素晴らしいですね, 批判される方は
  // さすがお詳しいことで; not a quiz answered: 正解！さすがよくご存じですね).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:さすが|流石|さすがは)[、\\s]?[^。！？\\n]{0,12}?(?:ご存じ|ご存知|お詳しい|お詳しく|博識|物知り|ものしり|事情通|よく知って|よくお分かり|お見通し)[^。！？\\n]{0,12}?(?:ですね|ですな|ですこと|ことで|ことですね|でいらっしゃ|素晴らし|すばらし|恐れ入り|感服|尊敬)'),
    need: foldAll(['さすが', '流石']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && OPINION.test(withPrevious(sq, s, e)) && !/正解|クイズ|ありがとう|感謝/u.test(withPrevious(sq, s, e)),
  },
  // Told to read before asking again, after a question counted (何回同じことを聞かれるんでしょうか…まず読んでから質問してください,
  // 同じ質問ばっかり、ちゃんと読んでから聞いて; not a notice: 募集要項をお読みのうえ、ご質問ください).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:まず|まずは|ちゃんと|きちんと|よく|しっかり)[、\\s]?(?:読んで|よんで|見て|調べて|確認して)から[、\\s]?(?:質問して|聞いて|きいて|電話して|問い合わせて|書き込んで|コメントして|言って)(?:ください|くれ|ほしい|欲しい|もらえ|よ|ね|(?=[。！!]|$))'),
    need: foldAll(['から']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && /何回|何度|なんかい|なんど|同じ(?:こと|質問|問い合わせ)|毎回|いつも|またですか|また同じ/u.test(sq.slice(Math.max(0, s - 200), s)),
  },
  // Harm wished as what they deserve, by regret after the harm (自分の家が燃えてから後悔すればいい, 事故に遭うてから後悔したら
  // よか, 痛い目に遭えばいいんです; not advice: やらずに後悔するより, 後悔しないように). Blind R211D-039: the harm softened by a
  // focus particle is still wished (痛い目にでもあえばいいのに, ひどい目の一つでも見ればいい, 同じ目に一度遭ったらいい).
  {
    rule: 'hostility/curse',
    re: phrase('(?:て|で)(?:から|初めて|はじめて)[、\\s]?(?:後悔|こうかい|泣|反省|思い知)(?:すれ|し|け|れ)?(?:ば|たら|りゃ)[、\\s]?' + GOOD + '|(?:痛い目|ひどい目|酷い目|同じ目)(?:を|に)?(?:でも|くらい|ぐらい|の一つでも|のひとつでも|一度|いっぺん|いちど)?(?:見れ|見|遭え|あえ|遭っ|あっ)(?:ば|たら)[、\\s]?' + GOOD),
    need: foldAll(['後悔', 'こうかい', '泣', '反省', '思い知', '痛い目', 'ひどい目', '酷い目', '同じ目']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/やらずに|やらない後悔|挑戦|チャレンジ|失敗して|失敗から|経験/u.test(sentenceText(sq, s, e)),
  },
  // Shut out for good after a condition, in plain speech (これ以上騒ぐようでしたら、警察を呼んで二度とここに来られないようにします
  // からね, 次やったら出入りできんようにするけんな; not a pledge: 二度とこのような事故が起きないようにします).
  {
    rule: 'hostility/threat',
    re: phrase('(?:たら|ようなら|ようでしたら|場合は|なら)[、\\s]?[^。！？\\n]{0,20}?(?:二度と|もう二度と|金輪際|もう)[^。！？\\n]{0,12}?(?:来られ|来れ|これ|入れ|はいれ|立ち入れ|近寄れ|近づけ|出入りでき|利用でき|顔を出せ|歩け|住め)(?:ない|なく|ん|ん)(?:よう)(?:に)?(?:し|させ)(?:ます|ますからね|ますよ|ますので|ますけん|ますね|(?:る|ます)(?:ぞ|けん|からな|からね|ばい))'),
    need: ['二度と', '金輪際', 'もう'],
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/事故|被害|災害|再発|起き|起こ/u.test(sq.slice(s, e)),
  },
  // Told they cannot read even the least (ホームページくらい読めませんか？, 案内ぐらい読めんと？, お知らせすら読まれないのでしょうか;
  // not a help: 文字が読めない方は、窓口でお手伝いします).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:くらい|ぐらい|すら|さえ)(?:は)?[、\\s]?(?:読め|よめ|読ま|見れ|見られ|調べられ|確認でき|お読みになれ|ご覧になれ)(?:ません|ない|ん|ないん|んの|ないの)(?:です|でしょう)?(?:か|と|かね|のか|や)?[？?]'),
    need: ['くらい', 'ぐらい', 'すら', 'さえ'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e),
  },
  // --- Round 33 kinds (two more writers) ---
  // Violence threatened with a verb of hitting, in standard speech or dialect, in a form that promises it (しばくぞ, どついたる,
  // 一発くらわしてやる, ぶん殴ったろか, 叩きのめすけんな, ボコボコにしてやる, ぶちくらすぞ) or asks whether they want it
  // (しばかれたいんか, 殴られたいのか); not a drum or a ball (太鼓を叩く, ボールを蹴る) and not quoted abuse.
  {
    rule: 'hostility/threat',
    re: phrase('(?:しば|どつ)(?:く(?:ぞ|ど|けん(?:な|ね)?|からな|かんな|ばい)|いた(?:る|ろか)|いてやる|いちゃる|き(?:倒|たお|回|まわ|あげ|上げ)(?:すぞ|したる|してやる|したろか))|(?:ぶん|ぶち)(?:殴|なぐ)(?:る(?:ぞ|ど|けん|からな|ばい)?|った(?:る|ろか)|ってやる|っちゃる)|(?:殴|なぐ)(?:った(?:る|ろか)|ってやる|っちゃる|りに(?:行|い)く(?:ぞ|けん|からな))|(?:くらわ|食らわ|喰らわ)(?:す(?:ぞ|ど|けん|からな|ばい)|し(?:た(?:る|ろか)|てやる|ちゃる)|せ(?:たる|てやる|るぞ|ちゃる))|(?:ぶち|ぶっ)くら(?:す(?:ぞ|ど|けん|ばい)?|した(?:る|ろか)|しちゃる)|(?:ぶちのめ|叩きのめ|たたきのめ|張り倒|はり倒|はりたお)(?:す(?:ぞ|ど|けん|からな|かんな|ばい)|し(?:た(?:る|ろか)|てやる|ちゃる))|ぼこぼこに(?:し(?:た(?:る|ろか)|てやる|ちゃる)|する(?:ぞ|けん|からな))|いて(?:こま|まう)(?:す)?(?:ぞ|で|けん)|いわし(?:たろか|たる|てまう|てやる)|いてもう(?:たろか|たる)|ぶち(?:まわ|回)(?:すぞ|したる|したろか|してやる)|(?:しばか|どつか|殴ら|なぐら|くらわさ|くらさ|ぶっ飛ばさ|ぶっとばさ|ぼこら|ぶちのめさ)れ(?:たい|てえ|たか)(?:ん|の|と)?(?:です)?(?:か|や|ね)?(?=[？?。！!…\\s]|$)'),
    need: foldAll(['いわした', 'いわして', 'いてもう', 'ぶちまわ', 'ぶち回', 'しばく', 'しばい', 'しばき', 'しばか', 'どつ', 'ぶん殴', 'ぶんなぐ', 'ぶち殴', 'ぶちなぐ', '殴っ', 'なぐっ', '殴り', 'なぐり', '殴ら', 'なぐら', 'くらわ', '食らわ', '喰らわ', 'ぶちくら', 'ぶっくら', 'くらさ', 'のめ', '張り倒', 'はり倒', 'はりたお', 'ぼこ', 'いてこま', 'いてまう', 'ぶっ飛ばさ', 'ぶっとばさ']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !/ゲーム|漫才|ツッコミ|お笑い|映画|ドラマ|台詞|セリフ/u.test(sentenceText(sq, s, e)),
  },
  // … with a verb that hits only in context (くらす is 殴る in 筑後弁, ぶっ飛ばす, 蹴る, 叩く): after a condition aimed at the
  // person (次見かけたらくらすぞ, 今度やったら、ぶっ飛ばすけんな; not 定年したら田舎でくらすぞ, not 暑さをぶっ飛ばすぞ).
  // Round 48: the condition may be と after a verb or an adjective, in dialect too (あんまりしつこかと くらすぞ, 言わすと、くらすけんね,
  // 調子に乗っとると頭ばくらすばい; not 家族とくらすばい, ちゃんとくらすけんね: と after a noun or an adverb).
  {
    rule: 'hostility/threat',
    re: phrase('(?:たら|れば|なら|ようなら|(?<=[かいうくすつぬむぶぐる])と)[、\\s]?(?:(?:本気で|マジで|まじで|ガチで|ほんとに|ほんとうに|本当に|ほんなこつ|ほんまに|絶対|ぜったい|容赦なく)[、\\s]?)?(?:(?:頭|顔|尻|ケツ|けつ|あいつ|そいつ|お前|おまえ|あんた|てめえ)(?:を|ば)?[、\\s]?)?(?:くらす|ぶっ飛ばす|ぶっとばす|蹴り飛ばす|けり飛ばす|蹴る|叩く|たたく|殴る|なぐる|ぼこる|締める|しめる)(?:ぞ|っぞ|ど|ばい|けん(?:な|ね|(?=[。！!…\\s]|$))|からな|かんな)(?![ぁ-ゖ])'),
    need: foldAll(['くらす', '飛ばす', 'とばす', '蹴る', '叩く', 'たたく', '殴る', 'なぐる', 'ぼこる', '締める', 'しめる']),
    instead: INSTEAD.threat,
    // Blind R163A-127, R165I-066: an intensifier between (次見かけたら本気でくらすけんね, 書きよったら、ほんとにくらすけんね); then not
    // a life somewhere (定年したら本気でくらすけん: HIT_NOT).
    keep: (sq, s, e) => notQuoted(sq, s, e) && !/暑さ|寒さ|疲れ|ストレス|眠気|太鼓|ドラム|ボール|鐘|扉|ドア|スイッチ|ゲーム|試合|練習/u.test(sentenceText(sq, s, e)) && !(/本気|マジ|まじ|ガチ|ほん|本当|絶対|ぜったい|容赦/u.test(sq.slice(s, e)) && HIT_NOT.test(sentenceText(sq, s, e))),
  },
  // A wish to hit people named (ポイ捨てする連中、ぶん殴りたい, 割り込む客はしばきたくなる; not a punching bag at a gym).
  {
    rule: 'hostility/threat',
    re: phrase('(?:ぶん|ぶち)(?:殴|なぐ)り(?:たい|たく)|(?:しば|どつ)き(?:回し|まわし|倒し|たおし|あげ|上げ)?(?:たい|たく)|(?:くらわ|食らわ|喰らわ)し(?:たい|たく)|(?:張り倒|はり倒|ぶっ飛ば|ぶっとば|ぶちのめ|叩きのめ|たたきのめ)し(?:たい|たく)'),
    need: foldAll(['ぶん殴り', 'ぶんなぐり', 'ぶち殴り', 'ぶちなぐり', 'しばき', 'どつき', 'くらわし', '食らわし', '喰らわし', '倒した', '倒しく', '飛ばした', '飛ばしく', 'とばした', 'とばしく', 'のめした', 'のめしく']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && PEOPLE33.test(sq.slice(sentenceOf(sq, s, e).start, s)) && !/暑さ|寒さ|疲れ|ストレス|眠気|サンドバッグ|ミット|ボール|ジム|教室|ゲーム/u.test(sentenceText(sq, s, e)),
  },
]
