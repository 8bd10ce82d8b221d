/**
 * hostility — critics answered with a put-down (checks early in PHRASES).
 *
 * The kinds of blind sets R80A–R161A, first in PHRASES: a critic or an asker answered by being told to check, read or look
 * properly first (ご確認いただいたうえでのご意見でしたら, 大きな字で書いてございます, 次はせめて目を開けて), mock admiration of their ignorance or their boldness, a
 * stance mock-praised as on top form (今日も絶好調ですね), the reader told to leave the town if they dislike it (嫌なら出ていってもらって結構です,
 * 文句しか言えんなら柳川に住まんでよか: curse), someone or their like called the worst nuisance or rubbish (あんたみたいなのが一番迷惑: insult), another town
 * sneered at or pitied, our own side set against its trouble, a named contractor blamed in public, a veiled threat on the road
 * home or at the addressee's records, harm suggested as a flippant remedy, and people set below an animal.
 *
 * Stays clean: an evacuation or a room left (火災のときは建物から出ていってください), housing advice with no complaint, a newcomer's greeting, a
 * discussion or a festival going well, a joint project with another town, our own fault owned.
 *
 * Its phrases run where index.ts puts them in PHRASES (the check order: a phrase earlier in PHRASES holds its span first).
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { sentenceOf, isReportedSpeech, phrase } from '../../words'
import { foldString } from '../../text'
import type { Phrase } from './context'
import { ABUSE_REPORTED, ADDRESSED102, AIM, ANIMAL72, ANIMAL_THAN, BEHAVING, CRITIC, CRITIC68, CRITIC96, DISPUTE, DULL47, FAULT76, FOR_A_WHILE, GONE_THING56, GOOD, GRUDGE, HARM_TRY, HAZARD76, HEAD_OF_ANIMAL, HELP49, HELP96, HIT_NOT, HOME_SUBJECT, INSTEAD, JOINT, KISAN, KNOW_EASILY, LABEL48, LABEL48_ABOUT, NATURAL_HAZARD, NOT_TOWN, OTHER_PLACE56, OTHER_TOWN47, OTHER_TOWN49, OUR_FEET, OUR_SIDE, OWN_FAULT, PEOPLE33, PEOPLE72, QUIZ, REPORTED90, SAFETY78, SAID_OF, SELF, SEND_OFF, STALE_OK, SYMPATHY, TOWN76, TROUBLE96, VISIT49, WARNED, afterTownTrouble, foldAll, namedOrAddressed, notNoNeed, notQuoted, notTeaching, ownWords, quotedInTeaching, sentenceText, thingAddressed, twoBefore, withNext, withPrevious } from './context'

// --- Round 71 ---
/**
 * Round 71 (R71A-042): harm to the reader's own body set as the condition before they may say it again (それなら一度事故って頭でも
 * 割ってから同じこと言ってみてください, いっぺん車にはねられてから同じこと言うてみ, 掘割に落ちてから同じこと言いんしゃい): a harm that
 * one only suffers in the て-form, then から (or それでも), then 同じこと / もう一度, then "say it" as a request or an imperative: the
 * writer wishes the harm on them (curse). A question (同じことが言えますか) only when the harm is wished with でも or tried (みてから).
 * Not a safety warning (事故にあってからでは遅い, けがをしてから同じことを言っても手遅れ), not a symptom (頭を打ってから同じことを
 * 何度も言っていないか).
 */
const HARM71 = '(?:事故って|事故(?:でも|を)?起こして|頭(?:を|でも|の一つでも|くらい|ぐらい)?(?:割って|かち割って|打って|ぶつけて|打ちつけて)|骨(?:を|でも|の一本でも|の一本や二本)?折って|(?:大|おお)?(?:けが|ケガ|怪我)(?:でも|を|の一つでも)?(?:して|されて|なさって)|骨折(?:でも)?(?:して|されて)|入院(?:でも)?(?:して|されて)|(?:車|トラック|バイク|自転車|電車)に(?:でも)?(?:はねられて|撥ねられて|轢かれて|ひかれて|はね飛ばされて)|熱中症(?:に(?:でも)?(?:なって|かかって)|で倒れて)|死にかけて|(?:痛い|ひどい|酷い|同じ)目(?:でも|に|を)?(?:見て|あって|遭って|遭われて|あわれて)|被害に(?:でも)?(?:あって|遭って|遭われて)|(?:川|掘割|堀|クリーク|海|用水路|水路|ドブ|どぶ)に(?:でも)?(?:落ちて|落ちられて|はまって|ハマって))'
const SAY_AGAIN = `(?:${HARM_TRY}|${HARM71})(?:み(?:て|られて))?(?:から|[、\\s]?それでも|[、\\s]?その上で)[、\\s]?[^。！？!?\\n]{0,6}?(?:(?:もう一度|もう一回|もういっぺん|もういちど|もっかい|改めて)[、\\s]?(?:同じ(?:こと|事|セリフ|台詞|言葉|意見|ご意見|主張))?|同じ(?:こと|事|セリフ|台詞|言葉|意見|ご意見|主張))(?:を|が)?[、\\s]?(?:(?:言っ|いっ|ゆっ|言う|ゆう|おっしゃっ|仰っ|書い|語っ)て(?:み(?:て(?:ください|下さい|くださいね|くださいよ|くれ|ほしい|欲しい|もらえますか|いただけますか|ね|よ|な)?|ろ|なさい|んね|んしゃい|い|なはれ)?|ください|下さい|くださいね|くれ|ほしい|欲しい|ごらん|いただけ(?:ます|ません)か|もらえ(?:ます|ません)?か)?(?=[。！!？?…w笑\\s😊🙄]|$)|(?:言い|いい)(?:んしゃい|なっせ|なさい|なはれ)|(?:言え|いえ)(?:や|よ)?(?=[。！!…w笑\\s]|$)|おっしゃい(?:ませ)?|(?:言え|いえ|おっしゃれ)(?:ます|る)(?:か|かね|かな|んか|んですか|のか|と|やろか)(?=[？?。！!…\\s]|$))`
/**
 * Blind sets R72A/R73A, as kinds.
 * - The reader told, after a complaint that something is hard to follow, that it is all written and they need only read it
 *   properly (チラシの裏面にすべて書いてありますので、裏までちゃんと読んでいただければ大丈夫かと思います, 最後までお読みいただければ
 *   分かると思います): the pressing adverb (ちゃんと, きちんと, 最後まで, 裏まで) and the condition say the reader did not read;
 *   not a manual's advice with no complaint answered (説明書をよく読んでいただければ安全にお使いいただけます).
 */
const READ_PROPERLY = '(?:ちゃんと|きちんと|しっかり(?:と)?|よく|よーく|まともに|最後まで|さいごまで|隅々まで|すみずみまで|裏まで|裏面まで|うらまで|全部|ぜんぶ)[、\\s]?(?:(?:ちゃんと|きちんと|しっかり(?:と)?|よく)[、\\s]?)?(?:(?:読ん|よん|見|目を通し|確認し|ご確認になっ|ご覧になっ|お読みになっ)(?:て|で)|お読み|ご覧|ご確認)(?:いただければ|いただけたら|いただけると|もらえれば|もらえたら|もろたら|くだされば|くれれば|くれたら)[、\\s]?[^。！？!?\\n]{0,14}?(?:大丈夫|だいじょうぶ|お分かり|おわかり|分か|わか|ご理解いただけ|理解でき|問題(?:は)?(?:ない|なか|ありません|ございません)|解決し|済む|すむ|書いて(?:あ|お)|載って|のって)'
/** A complaint answered: the reader found it hard to follow or said it was not written. */
const HARD_TO_FOLLOW = /分かりにく|わかりにく|分かりづら|わかりづら|分かりにく|見づら|見にく|読みにく|不親切|分からない|わからない|分からん|わからん|書いてない|書いていない|載ってない|載っていない|とのご意見|とのご指摘|とのこと|とおっしゃ|って言われ|と言われ|ご不満|苦情|文句/u
// Not the tail of a word (盲導犬, くださる方が: the view is folded, so サル is さる): a particle or no letter before it.
const BELOW_ANIMAL = `(?<=^|[^ぁ-ゖァ-ヺ一-龥々ー]|[のがはもにでをやと])${ANIMAL72}(?:の|たち|ら)?(?:ほう|方)が[、\\s]?(?:よっぽど|よほど|まだ|ずっと|はるかに|遥かに|断然|まだまだ|余程|何倍も)[、\\s]?[^。！？!?\\n]{0,8}?(?:賢|かしこ|利口|りこう|学習能力|学習し|学習でき|物覚え|ものおぼえ|覚えが|覚えも|物分かり|物わかり|ものわかり|聞き分け|ききわけ|行儀|マナー|分別|素直|お行儀|言うことを聞|いうことをき|ルールを守|ルールば守|決まりを守|きちんと|ちゃんと)`
/**
 * - The addressee's home or workplace said to be easily found from what the office keeps, said to a critic (お宅がどちらかは、苦情の
 *   受付記録を見ればすぐ分かりますので, どちらにお住まいかは、受付簿を見ればだいたい見当がつきます): a threat; not a reader told how to
 *   find their own district (お住まいの地区がどちらかは、ごみ収集カレンダーを見ればすぐ分かります).
 */
const HOME_FOUND72 = `(?:(?:${HOME_SUBJECT}|家|いえ|職場|会社|学校)(?:が|は)?[、\\s]?(?:どちら|どこ|どなた|何処|誰|だれ|何|なん)(?:か|なのか|なんか|やか)|(?:お名前|名前|本名)(?:が|は)?[、\\s]?(?:何|なん)(?:という|て)(?:の|ん)?(?:か|やか)|(?:どちら|どこ)(?:の(?:会社|企業|職場|お店|店|学校|中学|中学校|高校|大学|事業所|部署|病院|工場))?(?:に|で)(?:お住まい|住んで(?:いる|る|おられる|いらっしゃる|おらす)|お住みになって(?:いる|る)|お勤め|勤めて(?:いる|る|おられる|いらっしゃる)|勤めよ(?:る|らす)|働いて(?:いる|る|おられる|いらっしゃる)|働きよ(?:る|らす)|働かれて(?:いる|る)|通って(?:いる|る|おられる|いらっしゃる)|通われて(?:いる|る)|通いよ(?:る|らす))(?:の|なの|なん)?(?:か|やか))(?:は|も|くらい|ぐらい|なんて|なんか)?[、\\s]?[^。！？!?\\n]{0,20}?(?:れば|たら|りゃ|ば)[、\\s]?(?:すぐ(?:に)?|簡単に|一発で|だいたい|すぐにでも|もう)?[、\\s]?${KNOW_EASILY}`
/** Help to find one's own district or shelter, not the addressee found. */
const HOME_HELP = /マップ|地図|避難|収集日|カレンダー|ハザード|校区|地区|ご確認ください|ご覧ください|お問い合わせください|ご連絡ください/u
/**
 * - Critics looked down on: complaining or criticising said to be something anyone can do (スマホで文句を書くだけなら誰でもできますよね,
 *   批判するだけなら簡単, 苦情を言うだけならタダ); not a service anyone can use (申請するだけなら誰でもできます).
 */
const ANYONE_CAN = '(?:文句|批判|反対|苦情|悪口|不満|ケチ|けち|口出し|ヤジ|やじ|野次|評論|あら探し|粗探し|揚げ足取り|クレーム|好き勝手なこと|勝手なこと|言いたいこと|偉そうなこと|えらそうなこと)(?:を|ば)?[、\\s]?(?:言う|いう|ゆう|言っとく|書く|書き込む|つける|並べる|する|並べ立てる|垂れる|飛ばす|入れる|される|なさる|おっしゃる|書かれる|言われる|書き込まれる)?(?:だけ|の|ぐらい|くらい)(?:なら|だったら|やったら|でしたら|であれば|は)[、\\s]?(?:誰でも|だれでも|誰にでも|だれにでも|どなたでも|どなたにでも|子どもでも|子供でも|小学生でも|猿でも|サルでも|簡単|かんたん|楽(?!し)|ラク|らく(?!し)|たやすい|容易|タダ|ただ(?=です|や|だ|じゃ|ですから|ですもん))'
/**
 * Blind R76A: someone named with contempt (あんたみたいな人, あなたのような方, 文句ばかり言う連中) told they are not wanted in the
 * town: the town (柳川, この町, うちの市, ここ) then には and 要らない or 必要ない at once, in any dialect or register
 * (柳川に要らんけん, この町には必要ありません); not a thing not needed (柳川に要らないものなんてありません), not a paper not needed
 * (柳川市には届け出の必要はありません).
 */
const WHO76 = '(?:あんた|あなた|お前|おまえ|貴様|きさま|てめえ|(?:ような|みたいな|ごたる|ごたぁ|ない|てる|とる|よる|(?<=[うくすつぬむるぐぶたずん]))[、\\s]?(?:人|方|者|奴|やつ|ヤツ|連中|輩|人間|もん|手合い)(?:たち|達|ら|々|ども)?)'
const UNWANTED76 = `${WHO76}(?:は|なんか|なんて|など|こそ|ば|の(?:ような|ごたる)[^。！？!?\\n、]{0,4}?は)?[、\\s]?[^。！？!?\\n]{0,10}?${TOWN76}(?:に|にゃ|には|にや)[、\\s]?(?:もう|一切|全然|ぜんぜん|まったく|全く)?[、\\s]?(?:(?:要|い)(?:ら(?:ん|ない|ねえ|ねー|んけん|んばい|んと)|りません)|(?:必要|用)(?:は|が)?(?:ない|なか|無い|ありません|ございません|ねえ))`
/** …or asked or told to leave for elsewhere, or to leave the town (よそに出ていってくれんですか, この町から出ていってほしい). */
const LEAVE = `(?:(?:よそ|他所|ほか|他|別)(?:の(?:町|まち|市|自治体|土地|ところ|とこ|県|国|地域))?(?:に|へ)[、\\s]?(?:出て(?:いっ|行っ|っ)|引っ越し|ひっこし|移り住ん|移っ)|${TOWN76}(?:から|を|ば)[、\\s]?出て(?:いっ|行っ|っ))て(?:くれ(?:ん|ない|ません|へん)(?:です|でしょう)?か|くれ(?:ん|ない)?(?:かね|かな|ね)|くれ(?=[。！!…\\s]|$)|ほしい|欲しい|ほしか|もらえ(?:ません|ない|ん)?(?:です|でしょう)?か|もらいたい|いただきたい|頂きたい|いただけ(?:ません|ない)(?:でしょう)?か|ください|下さい|ちょうだい|くれんね|くれんか)`
/**
 * Blind R77A: harm suggested as a flippant remedy, marked by でも (いっそ掘割に落ちてでも頭を冷やされたらいかがでしょうか, 有明海に
 * でも飛び込んで頭を冷やされては, 車にでもはねられて入院されたらどう): a curse; not a hazard warned of (万一掘割にでも落ちてけがを
 * されたらどうしますか), not a harm that one risks oneself (叩かれてでも改革を進めたい).
 */
const HARM76 = '(?:落ちて|おちて|転げ落ちて|転がり落ちて|転落して|溺れて|おぼれて|沈んで|飛び込んで|とびこんで|はまって|ハマって|流されて|轢かれて|ひかれて|はねられて|撥ねられて|刺されて|噛まれて|かまれて|襲われて|殴られて|蹴られて|突き落とされて|突き飛ばされて|怪我して|けがして|ケガして|怪我を(?:して|されて)|けがを(?:して|されて)|骨(?:を|の一本でも)?折って|骨折して|入院して|頭(?:を|でも)?(?:打って|ぶつけて|打ちつけて)|(?:痛い|ひどい|酷い|同じ)目に(?:あって|遭って|遭われて|あわれて)|熱中症に(?:なって|なられて)|事故に(?:あって|遭って|遭われて))'
const HARM_EVEN = `(?:(?:に|へ|から)でも[、\\s]?${HARM76}|${HARM76}でも)[、\\s]?[^。！？!?\\n]{0,16}?(?:(?:たら|だら|れば|ては|では)[、\\s]?(?:いかが|如何|どう(?![しなすにも])|いい|よい|良い|よろしい|よか|ええ)|(?:て|で)(?:こい|きなさい|きんしゃい|きない|おいで|らっしゃい)(?=[。！!…\\s]|$))`
/**
 * Blind R76A: a critic told to read or look at the least thing first and only then criticise, after granting they may
 * (批判されるのは自由ですが、せめて議事録くらいは読んでからにしていただけると助かります😊) or with the least named (少しは広報紙を
 * 見てからにしてほしい): sarcasm in polite dress; not an order of steps (お食事は手を洗ってからにしてください), not a form's
 * directions with no critic.
 */
const CONCEDE = '(?:批判|ご批判|文句|苦情|ご意見|意見|クレーム|ケチ|けち|悪口|反対|ご不満|不満|難癖)(?:を|ば)?[、\\s]?(?:する|される|なさる|言う|いう|ゆう|言われる|おっしゃる|書く|書かれる|書き込む|書き込まれる|つける|つけられる|述べる|述べられる|寄せる|お寄せになる|言いよる)?(?:の|と)(?:は|も)[、\\s]?(?:ご自由|自由|ご勝手|勝手|結構|けっこう|構いません|かまいません|構わない|かまわない|よか|いい|ええ)'
const LEAST = '(?:せめて|少しは|ちょっとは|ちっとは|最低限|最低でも|(?:一度|一回|いっぺん|一ぺん)(?:くらい|ぐらい)(?:は)?|[^。！？!?\\n、]{1,12}?(?:くらい|ぐらい)(?:は))'
const READ_FIRST = `(?:${CONCEDE}[^。！？!?\\n]{0,8}?[、,\\s][^。！？!?\\n]{0,24}?|${LEAST}[、\\s]?[^。！？!?\\n]{0,16}?)(?:読ん|よん|お読みになっ|ご覧になっ|見|目を通し|確認し|ご確認になっ|調べ|お調べになっ|勉強し|確かめ|お確かめになっ|足を運ん|来|住ん|立っ|やっ|使っ|乗っ|参加し)(?:て|で)からに(?:して|なさって|され)(?:いただけ(?:ると|れば|たら|ますと|ませんか|ますか|ないでしょうか)|頂け(?:ると|れば|ますと)|もらえ(?:ると|れば|たら|ませんか|ますか|んか)|くれ(?:ると|れば|たら|んね|んか|ませんか)|ください|下さい|くださいね|ほしい|欲しい|ほしか|いただきたい|もらいたい)`
const WHOSE = '(?:あなた|あんた|お前|おまえ|お宅|おたく|ご自宅|そちら|' + KISAN + ')(?:ん|の|のところ|んとこ|のとこ|んところ)?(?:家|いえ|ち|うち|お宅|地区|町内|班|前|周り|まわり|近所|辺り|あたり)?'
const NEG78 = '(?:通ら|回ら|寄ら|直さ|照らさ|配ら|届け|助け|見回ら|行か|来|(?:回収|収集|除雪|掃除|清掃|草刈り|点検|修理|補修|対応|パトロール|巡回|救助|優先)(?:を)?(?:し|せ))(?:ん|ない|なか|ず)'
const WITHHELD78 = `${WHOSE}[^。！？!?\\n]{0,16}?(?:${NEG78}(?:(?:ごつ|ごと|よう(?:に)?|ことに)[、\\s]?(?:する|します|しとく|しときます|しておき|しましょう|させていただ|させてもら|したる|しちゃる|しよう)|(?:けん|からね|からな|ばい|ぞ))|(?:後回し|最後|一番最後)に(?:する|します|しとく|しときます|しておき|させていただ|させてもら|したる|しちゃる)|だけ(?:消し|止め|外し|飛ばし|抜かし|後回しにし)(?:て(?:おき|おく|やる|あげ|やり)|とく|ときます|ちゃう|たる|ます))`
/** …said in reply to a complaint or on a condition (文句ばっかり言いよったら, そんなに不満なら). */
const REPRISAL_CUE = /文句|苦情|批判|クレーム|ケチ|けち|難癖|反対|ご不満|不満|ご意見|書き込|言いよ|おっしゃ|(?:たら|なら|ようなら|続けるなら|のであれば)[、\s]/u
/** …not a notice of works, weather or a closure. */
const NOTICE = /工事|通行止|台風|大雨|災害|故障|休止|中止|運休|規制|のため|ご協力|ご不便|申し訳|お詫び|ご了承/u
/**
 * Blind R78A: told to mind the road home at night or their back, after a dispute or a brush-off (そこまで自治会が嫌なら…結構ですよ。
 * ただ、…夜道にはくれぐれも気をつけてくださいね（笑）, 文句ばっかり言いよるなら、夜道には気をつけたほうがよかよ): a veiled threat;
 * not a safety notice (夜道では反射材を身につけ、車に気をつけて), not a farewell (帰り道はお気をつけてお帰りください).
 * Blind R245M-024 kind: the walk alone at night named as what to mind (ご不満がおありでしたら、夜道の一人歩きにはくれぐれも
 * お気をつけくださいね), after the same dispute.
 */
const NIGHT_ROAD = '(?:夜道(?:の(?:一人歩き|独り歩き|ひとり歩き))?|よみち|帰り道|かえりみち|夜の(?:道|一人歩き|独り歩き|ひとり歩き)|暗い道|背後|後ろ|うしろ|身辺|夜間の外出)(?:に|では|には|は|も|の)?(?:は|も)?[、\\s]?(?:くれぐれも|せいぜい|十分|じゅうぶん|よくよく|重々|精々)?[、\\s]?(?:お気を(?:つけ|付け)(?:ください|下さい|くださいね|くださいませ|になって(?:ください|くださいね)?|て)|気(?:を|い|ぃ)?(?:つけ|付け)(?:て(?:ください|下さい|くださいね|くださいよ|くださいませ|ね|よ|な|おいて|おいてね|とって|とき|ときんしゃい|ときな|おかれ(?:ては|た方が|たほうが))?|ろ(?:よ)?|な(?:さい|はれ|っせ)?|んしゃい|なされ|ることです(?:ね|よ)?|ること(?:ね|だ)|た(?:ほう|方)が(?:いい|よい|よか|ええ|よろしい)|られた(?:ほう|方)が(?:いい|よい|よろしい)))'
/**
 * Blind R78A: the reader's ignorance excused in mock sympathy after they are said not to have read, looked or come (お読みになって
 * いないようですので、ご存じないのも無理はありませんね, 説明会にも来られていないのですから、お分かりにならないのも仕方ありませんね,
 * ホームページも読んどらんとやけん、知らんとも無理はなかですね); not the city's own want (案内が分かりにくかったため…申し訳ありません),
 * not a newcomer (転入されたばかりの方がご存じないのも無理はありません).
 */
const NO_WONDER = '(?:ご存じ|ご存知|知ら|お分かりになら|お分かりにならな|分から|わから|ご理解いただけ|理解でき|お分かりいただけ)(?:ない|ん|なか|ず|ねえ)(?:の|ん|と)?(?:も|は)[、\\s]?(?:無理(?:は|も)?(?:ない|ありません|ございません|なか|ねえ|ないです)|仕方(?:が|も)?(?:ない|ありません|ございません|なか|なかです)|しかた(?:が|も)?(?:ない|ありません|ございません)|当然|当たり前|あたりまえ)'
const NOT_READ = /(?:読|よ|見|ご覧|目を通|確認|調べ|聞|参加|出席|来られ|来て|お越し|足を運)[^。、！？!?\n]{0,10}?(?:ていない|てない|ておられない|ておらず|ていらっしゃらない|てらっしゃらない|になっていない|になってない|になっておられない|になっておらず|にならない|にならず|ず(?:に)?|ません(?:し|ので|から)|とらん|どらん|ちょらん|てなか|でいない|でない|でおられない)/u
/** …not the city's own want or a remedy promised (申し訳, 分かりにくい, 今後は…でもお知らせ). */
const OWN_FAULT78 = /申し訳|お詫び|おわび|失礼|不足|分かりにく|わかりにく|行き届|至らず|こちらの|私ども|当課|今後は|改善|転入|引っ越|お引越|初めて|はじめて|新しく/u
/**
 * Blind R79A: a critic's persistence mocked (毎回同じような建て替え反対のコメント、よく飽きませんね😊, 毎日毎日同じ批判ばかり、ようも
 * 飽きんね, 反対意見のリプ、よくまあ飽きもせず続けられますね); not children at play, not a dish or an event praised.
 */
const NOT_TIRED = '(?:よく|よくも|よう|ようも)[、\\s]?(?:まあ|まぁ)?[、\\s]?(?:飽き|あき)(?:もせず|ずに|(?:ません|ない(?:です)?|ん|んと|ひん)(?:ね|な|よね|ですね|ですな|ねえ|なあ|やね|ばい|ですこと)?(?=[。！!？?…\\s😊🙄😏🤣😂w笑(（]|$))'
/** …said to critics: their comments, complaints or opposition, or repeats (毎回, 何度も) with someone addressed. */
const PERSIST_CUE = /反対|批判|文句|苦情|クレーム|ケチ|けち|難癖|ご意見|コメント|書き込|投稿|リプ|お電話|電話|蒸し返|[@＠]|あなた|あんた/u
/** Blind R79A: asked whether they have no other hobby or pastime (ほかにご趣味はないんでしょうか, 他に楽しみはなかと？). */
const OTHER_HOBBY = '(?:ほか|他|外)に(?:ご|お)?(?:趣味|楽しみ|生きがい|生き甲斐|用事|ご用事)(?:は|が|も|とか)?(?:ない|無い|なか|ねえ|ありません|ございません|おありでない)(?:ん|の|と)?(?:です|でしょう|だろう|やろ|じゃろ)?(?:か|かね|かしら|かな)?(?:[？?]|(?<=か|かね|かしら|かな|と)(?=[。！!…\\s😊🙄😏w笑]|$))'
/**
 * Blind R79A: another town's new thing appraised as merely what its budget or size allows (まあ、規模もデザインも予算相応といったところ
 * でしょうか, 予算なりといったところですかね😏, 値段相応って感じでしたね); not our own plan (柳川市の新庁舎は予算相応の規模で), not a joint one.
 */
const BUDGET_FIT = '(?:予算|ご予算|お値段|値段|価格|お金|規模|人口|人口規模|身の丈|財政|財布|台所事情|お財布)(?:に)?(?:相応|そうおう|なり|並み|見合った|見合う)(?:の(?:出来|でき|仕上がり|内容|もの|クオリティ|レベル|規模|感じ))?(?:と(?:いった|いう)(?:ところ|とこ|感じ|程度)|って(?:ところ|とこ|感じ)|(?:です|でした|だ|や)(?:ね|な|よね)|でしょう(?:か|ね))'
/**
 * Blind R357E-033 kind: a taxpayer's demand answered by telling them to fit their demands to what they pay (払ってる額に見合ったご要望に
 * していただけると, 納めている税金の分に見合った要求を, お支払いの額相応のご期待で): a sneer at how little they pay, warn. Not the city's own
 * pledge to give service worth the tax (納めていただいた税金に見合ったサービスを): only a demand, a wish or a complaint fitted to the amount.
 */
const PAID_FIT_HR = '(?:(?:払って|はらって|納めて|おさめて)(?:る|いる|おられる|らっしゃる|はる|いただいてる|いただいている)|払った|納めた|お支払いの|お支払いいただいている|納税(?:の|された|している|してる))[、\\s]?(?:税金|税|住民税|市税|固定資産税)?(?:の)?(?:額|金額|分|税額|程度|ぶん)(?:に|と)?(?:見合った|見合う|相応の|相応な|そうおうの|なりの|程度の|くらいの|ぐらいの)(?:ご?要望|ご?要求|ご?注文|ご期待|期待|お願い|ご?意見|文句|クレーム|苦情|お叱り)'
/** Another town named in the paragraph before the jab, within the three sentences before it; our own side not named after it. */
function otherTownWithin(sq: string, s: number, e: number): boolean {
  const lead = twoBefore(sq, s, e)
  const upTo = lead.slice(0, lead.length - (sentenceOf(sq, s, e).end - s))
  const masked = upTo.replace(NOT_TOWN, (m) => '＃'.repeat(m.length))
  const town = [...masked.matchAll(new RegExp(`${OTHER_TOWN49.source}|${OTHER_TOWN47}|お隣|隣町|隣の(?:市|町|まち)`, 'gu'))].at(-1)
  if (!town || town.index === undefined) return false
  return !OUR_SIDE.test(upTo.slice(town.index + town[0].length))
}
/** A wish reported from residents (…とのご意見, という声). */
const WISH_REPORTED78 = /^[^。！？!?\n]{0,4}?(?:と|との|という|って)(?:ご意見|ご要望|要望|声|お声|ご指摘|お問い合わせ|ご相談|こと)/u
/** Someone addressed (@, あなた, 方、). */
const ADDRESSED_AT = /[@＠]|あなた|あんた|お前|おまえ|(?:方|人|さん|皆さん|皆様)、/u
/** …said to a critic (批判, 文句, ご意見, とのこと). */
const CRITIC76 = /批判|文句|苦情|ご意見|意見|クレーム|ケチ|けち|悪口|ご不満|不満|難癖|ご指摘|書き込|コメント|あなた|あんた|お前|とのこと|おっしゃ/u
/**
 * Blind R81A: the addressee told to have their own head checked or repaired (ご自分の頭の中を点検されたほうがよいのではないでしょうか,
 * あんたの頭ば一回検査してもろうたらどげんですか, お前の脳みそ修理してこい) or said to have it stuffed even to the head (頭の中まで二酸化炭素で
 * 詰まっとるっちゃない？): an insult about the head in any register, aimed at a critic or someone addressed. Not a health notice (頭を打ったら
 * 医療機関で検査を), not the writer's own head, not a child's head full of plans.
 */
const HEAD_OBJ = '(?:(?:ご自分|ご自身|自分|あなた|あんた|お前|おまえ|' + KISAN + '|おたく)(?:の|ん)|その|そん)[、\\s]?(?:頭|あたま|脳みそ|脳ミソ|脳味噌|おつむ|脳)(?:の中|ん中|んなか|の中身|の具合|の方|のほう)?(?:を|ば|も|こそ)?[、\\s]?(?:一度|いちど|一回|いっぺん|先に|まず|しっかり|よく|ちゃんと)?[、\\s]?'
const HEAD_FIX = '(?:(?:点検|検査|精密検査|修理|修繕|整備|メンテナンス|オーバーホール|診察|診断|掃除|チェック)(?:を)?(?:され|し|なさっ|してもらっ|してもろう|しても(?:らわれ|ろうた)|受けられ|受け)|(?:診|み|見)て(?:もらっ|もろう|もらわれ|いただい|いただかれ))'
const HEAD_END = '(?:(?:て|で)(?:こられ|来られ|き|来|こ|いらし|いらっしゃっ)(?:たら|ては)[、\\s]?(?:どう|いかが|如何|よか|いい|ええ|どげん|[？?])|(?:た|て)(?:ほう|方)が(?:いい|よい|よろしい|よか|ええ)|(?:て|で)(?:は|みては|みられては)?(?:いかが|どう|どげん)|たら(?:どう|いかが|よか|いい|ええ|どげん)|(?:て|で)(?:ください|下さい|きて|こい|きなさい|きんしゃい|こんね|もらえ|いただけ|ほしい|欲しい|ほしか))'
/**
 * Blind R234M-045 kind: the addressee's brains told to be washed, with the water named or not (一回その脳みそを掘割の水で洗ってこられたら
 * どうです？, お前の脳みそ洗ってこい, ご自分のおつむを一度きれいに洗われては): an insult about the head like a check-up. Brains only (脳みそ,
 * おつむ): washing one's hair or a child's head is not it; the rule's keep wants a critic or someone addressed and no health notice.
 */
const BRAIN_WASH = `(?:(?:ご自分|ご自身|自分|あなた|あんた|お前|おまえ|おたく)(?:の|ん)|その|そん)?[、\\s]?(?:脳みそ|脳ミソ|脳味噌|のうみそ|おつむ|オツム)(?:の中|ん中|の中身)?(?:を|ば|も)?[、\\s]?(?:(?:一度|いちど|一回|いっぺん|先に|まず|しっかり|よく|ちゃんと|きれいに|綺麗に)[、\\s]?){0,2}(?:[^。！？!?\\n、]{1,10}?で[、\\s]?)?(?:洗っ|あらっ|洗い流し|洗い直し|洗いなおし|すすい|ゆすい|洗浄し|洗濯し|丸洗いし|漂白し|消毒し|洗われ)${HEAD_END}`
const HEAD_CHECK = `${BRAIN_WASH}|${HEAD_OBJ}${HEAD_FIX}${HEAD_END}|(?:頭|あたま|脳みそ|おつむ)(?:の中|ん中)?まで[、\\s]?[^。！？!?\\n]{0,12}?(?:で|が)[、\\s]?(?:詰まっ|つまっ|埋まっ|うまっ|(?:いっぱい|一杯|満杯)(?:に)?(?:なっ)?)(?:と(?:る|っ|ん|ら)|て(?:る|いる|いらっしゃる|おられる|ん|ま))`
/** …not a health notice or first aid. */
const HEALTH80 = /打っ|ぶつけ|転倒|転ん|けが|怪我|痛|めまい|しびれ|脳卒中|認知症|健診|検診|ドック|病院|医療機関|医師|受診|症状|救急|熱中症|体調|ヘルメット|子ども|子供|こども|児童|生徒/u
/** …aimed at a critic or someone addressed, or set before the thing they complained of (段差より先に). */
function headAimed(sq: string, s: number, e: number): boolean {
  const w = withPrevious(sq, s, e)
  return CRITIC68.test(w) || ADDRESSED_AT.test(w) || /より(?:も)?先に|より前に/u.test(sentenceText(sq, s, e))
}
/**
 * Blind R80A: another town's step belittled as something anyone can do (お隣の大川市さんもゼロカーボンシティを宣言されたそうですね。まあ、
 * 宣言するだけなら誰でもできますから, 打ち出すだけならどこでもできますもんね, 言うだけならタダやけん): the same jab as 文句を書くだけなら
 * 誰でもできる (ANYONE_CAN), aimed at a neighbour named in the sentence or the two before. Not a joint venture, not an invitation (見学する
 * だけなら誰でもできますので、お気軽に), not 誰でも参加できます.
 */
const ANYONE_TOWN = '(?:する|される|なさる|掲げる|掲げられる|言う|いう|唱える|打ち出す|打ち出される|発表する|発表される|表明する|表明される|書く|作る|つくる|決める|名乗る|宣言する|宣言される|謳う|うたう|並べる|つける|付ける)(?:の)?だけ(?:なら|だったら|やったら|ならば)[、\\s]?(?:誰でも|だれでも|どこでも|どこの(?:市|町|まち|自治体)でも|どの(?:市|町|自治体)でも|子どもでも|子供でも)[、\\s]?(?:でき|出来)(?:る|ます|ますし|ますから|ますもん|ますけど|ますよね|ますね)|(?:言う|いう|掲げる|宣言する|唱える)(?:の)?だけ(?:なら|だったら|やったら)[、\\s]?(?:タダ|ただ)(?=です|や|だ|じゃ|けん|ですから|ですもん)'
const INVITE80 = /お気軽|ぜひ|是非|どうぞ|ご参加|参加|歓迎|お待ちして|見学|体験/u
/**
 * Blind R81A: a complainer offered a commonplace thing as if it were news (工事の騒音が気になるという方へ。ホームセンターに耳栓という大変
 * 便利なものが売っておりますので、ぜひご活用ください, 懐中電灯という素晴らしい道具がございます, うちわという文明の利器): sarcasm that sends the
 * complaint back; only with a complaint or someone addressed nearby. Not the city's own offer (防災ラジオという便利なものを無料でお配り), not
 * an app or a service introduced.
 */
const NOVELTY80 = '(?:という|って|とかいう)[、\\s]?(?:大変|たいへん|とても|非常に|実に|すごく|めっちゃ|まことに|誠に|たいそう)?[、\\s]?(?:便利な|便利か|素晴らしい|すばらしい|画期的な|優れた|ありがたい)(?:もの|物|道具|品物|品|アイテム|発明品|発明|乗り物|のりもの)|(?:という|って|とかいう)[、\\s]?文明の利器'
// Blind R315E-035 kind (host57): or an opinion about a fee or a worry (ご意見, 悩まれる: バスという便利な乗り物もありますので、ぜひ).
const COMPLAINER = /気になる|気になっ|うるさ|やかまし|文句|苦情|ご不満|不満|クレーム|おっしゃる|とのこと|ご意見|ご指摘|悩まれ|お悩み|高い|高すぎ|眠れ(?:ない|ん)|不便|お嫌|嫌な|[@＠]|あなた|あんた|(?:方|人|皆さん|皆様)(?:へ|、)/u
const OWN_OFFER = /無料|配布|お配り|貸し出|貸出|差し上げ|プレゼント|設置|導入|ご用意|用意し|取り付け|支給|助成|補助/u
/**
 * Blind R82A: a parent named or addressed for their complaints, and their child pitied (…大串さん。…こんなに話の通じない親御さん
 * は初めてです。お子さんが気の毒になります, こんな親を持ったお子さんが本当にかわいそうです, 子どもがかわいそかばい): contempt for the parent
 * through the child, an insult. The child stands alone in its clause or after a contemptuous modifier (こんな親を持った, あなたの), with a
 * parent or someone named and their fault in the sentence or the two before. Not a child pitied for a circumstance (炎天下で待たされる
 * お子さんがかわいそう, 事故で親を亡くしたお子さん), not a voice reported (「子どもがかわいそう」との声), not with no fault named.
 */
const CHILD_PITY = '(?:お子さん|お子様|お子さま|子ども|子供|こども|お嬢さん|息子さん|娘さん|お孫さん)(?:たち|達)?(?:が|は|も)[、\\s]?(?:本当に|ほんとうに|ほんとに|ほんと|正直|心から|ただただ|なんとも|とても)?[、\\s]?(?:気の毒|かわいそう|可哀想|可哀そう|かわいそか|不憫|ふびん)(?:に(?:なり(?:ます|ました)|なる|なって|思(?:います|う|えて|えます)|感じ(?:ます|る))|です|でした|だ|や|ばい|たい|ですね|でなりません|でなら(?:ない|ん)|でたまら(?:ない|ん)|で仕方(?:が)?(?:ない|ありません)|やね|だね|ね|ですよ)(?=[。！!…、\\s😢😞🙄w笑]|$)'
const CHILD_LEAD_BARE = /^[、\s]*(?:(?:正直|本当に|ほんとうに|ほんと|何より|なにより|それより|むしろ|ただ|でも|ただただ|まったく|ほんまに)[、\s]*)*$/u
const CHILD_LEAD_SCORN = /(?:あなた|あんた|お前|おまえ|お宅|おたく|そちら|そっち|こんな|そんな|あんな|その)(?:の|ん)?[、\s]?$|(?:親|親御さん|保護者|母親|父親|お母さん|お父さん|さん|様)(?:を持った|を持つ|に育てられ(?:る|た)|の(?:もと|下)で育つ|の)[、\s]?$/u
// Blind R315E-001 kind (host57): or the parent named by what they are like (信じ込んでしまうような方には…お子さんが気の毒でなりません).
const PARENT = /(?:ような|みたいな)(?:方|人)|親御さん|保護者|(?<![子肉両])親(?![子切戚善友睦指元])|お母さん|お父さん|母親|父親|ママ|パパ|[一-龥々]{1,4}(?:さん|様)|あなた|あんた|お前|おまえ|[@＠]/u
const FAULT82 = /信じ込|信じこ|鵜呑み|うのみ|真に受け|届かな|聞き入れ|耳を貸さ|話の通じ|話が通じ|通じない|苦情|文句|クレーム|怒鳴|どな(?:ら|り|る|っ)|非常識|常識|聞く耳|わがまま|身勝手|自分勝手|理不尽|しつこ|毎日のように|何度も|何回も|再三|書き込|言いがかり|いちゃもん|モンスター|払わ|守らな|守れな/u
function childPity(sq: string, s: number, e: number): boolean {
  const sen = sentenceOf(sq, s, e)
  const before = sq.slice(sen.start, s)
  const clause = before.slice(Math.max(before.lastIndexOf('、'), before.lastIndexOf(',')) + 1)
  if (!CHILD_LEAD_BARE.test(clause) && !CHILD_LEAD_SCORN.test(before)) return false
  const ctx = twoBefore(sq, s, e)
  return PARENT.test(ctx) && FAULT82.test(ctx)
}
/**
 * Blind R82A: someone named or complaining called a person one cannot reason with (こんなに話の通じない親御さんは初めてです, 話が通じない方
 * ですね, 道理の通じん連中): a put-down, a warning. Not 電話の通じない方 (a word inside another), not a quoted label or advice (「話の通じない
 * 人」と決めつけず), not denied (話の通じない人ではありません).
 */
const NO_SENSE = '(?<![一-龥々])(?:話|はなし|道理|理屈)(?:の|が)[、\\s]?(?:通じ|つうじ)(?:ない|ん|なか|ねえ)[、\\s]?(?:親御さん|親御様|親|保護者|方々|方|人|お客さん|お客様|客|連中|奴|やつ|クレーマー|お父さん|お母さん|父親|母親|じいさん|ばあさん|大人)'
const NO_SENSE_AIM = /[一-龥々]{1,4}(?:さん|様)|あなた|あんた|お前|おまえ|[@＠]|苦情|文句|クレーム|怒鳴|書き込|ご意見|毎日のように|何度も|何回も|再三|初めて/u
const NO_SENSE_NOT = /^[^。！？!?\n]{0,6}?(?:ではあり|ではな|じゃな|と決めつけ|と思われ|と思い込|扱い)|相談|ましょう|ないで(?:ください|ね)/u
/**
 * Blind R82A: the reader, told the thing was handed out or posted already, told that if they have not seen it they should check their own
 * side themselves, as a suggestion (献立表は毎月末に全家庭へ配布しております。ご覧になっていないのであれば、お子さんのランドセルの中を一度
 * 確認されてはいかがでしょうか, 見てないのなら自分の家の回覧板を探してみたらどうですか, 読んどらんとやったら…のぞいてみたらどげんですか): a
 * condescending brush-off. Not help offered (ご覧になっていない方はホームページでもご確認いただけます), not an invitation (まだご覧になって
 * いないのであれば、ぜひ足を運ばれてはいかが), not a thing that has not arrived.
 */
const UNSEEN_TRY = '(?:(?:ご覧になって|お読みになって|お目通しになって|見て|読んで|目を通して|確認されて|確認して|ご確認になって)(?:い|お)?(?:ない|らっしゃらない|られない|られん|ません)|(?:読ん|見|目ば通し)(?:どらん|とらん|ちょらん|でない|てない))(?:の|ん|と|よう)?(?:であれば|でしたら|なら|ならば|だったら|やったら|ようでしたら|ようなら)[、\\s]?[^。！？!?\\n]{0,30}?(?:確認|ご確認|確かめ|お確かめ|見|ご覧|探し|お探し|のぞ|覗|点検|調べ|お調べ|開け|めくっ)(?:され|し|になっ|なさっ|い|られ|て)?(?:て|で)?(?:は|みては|みられては|みたら|みれば)?(?:いかが|どう|どげん|よか)'
const ALREADY82 = /配布|お配り|配っ|配りよ|掲載|載せ|載っ|お知らせ|ご案内|お送り|送付|配信|記載|書いて|書いと|お伝え|周知|全戸|全家庭|回覧|すでに|既に/u
const INVITE82 = /ぜひ|是非|足を運|お越し|お気軽|お楽しみ|会期|開催|展示/u
/**
 * Blind R82A: told, before complaining (in the honorific or dialect: 不満を言われる前に, 苦情をおっしゃる前に, 文句を書き込まれる前に,
 * 文句ば言いよる前に), to look at their own side first (まずはご自分のお子さんが…迷惑をかけているか、ご確認いただけますでしょうか): the jab
 * of 文句を言う前に in keigo. Not the passive of a tip (近所から苦情を言われる前に、庭木を剪定しておきましょう).
 */
const COMPLAIN_FIRST = '(?:文句|不満|ご不満|批判|ご批判|苦情|クレーム|ケチ|難癖|いちゃもん)(?:を|ば|ばかり|ばっかり)?[、\\s]?(?:言われる|いわれる|おっしゃる|仰る|おっしゃられる|書かれる|書き込まれる|お書きになる|つけられる|付けられる|述べられる|並べられる|申される|される|なさる|言いなさる|言いよる|言いよらす|言わっしゃる|言いんしゃる)(?:より)?前に(?=[、\\s]?[^。！？!?\\n]{0,24}?(?:ご自分|ご自身|自分|お宅|おたく|あなた|あんた|そちら)(?:の|ん|が|で|自身))'
/**
 * Blind R82A: another town named coyly as the example of a wrong our city does not do (どこかの近隣市のように、定義を都合よく変えて「待機
 * 児童ゼロ」と胸を張るようなことは、本市はいたしません, よその自治体みたいに…隠すようなことは、うちはしませんよ, どっかの町んごと…ようなことは、
 * 柳川はせんけんね): a sneer at a neighbour. Not a humble contrast (よその町のように派手なことはしませんが), not できません, not a plain
 * neighbour as a model (近隣市のように、本市でも導入を).
 */
const COY_DONT = '(?:どこかの|どっかの|どこぞの|よその|他所の|某)(?:近隣|隣の|お隣の)?(?:市|町|村|県|自治体|まち|街|近隣市|隣町|市町村)(?:さん)?(?:の|ん)?(?:ように|ごと|みたいに)[、\\s]?[^。！？!?\\n]{0,40}?(?:ような|ごたる|みたいな|様な)?(?:こと|真似|まね)(?:は|ば|を)?[、\\s]?(?:本市|当市|柳川市|柳川|うち|私たち|わたしたち|我々|僕ら|こちら)?(?:は|では|で)?[、\\s]?(?:決して|絶対に|けっして|一切)?[、\\s]?(?:いたしません|致しません|しません|いたしておりません|しておりません|して(?:い)?ません|して(?:い)?ない|しとらん|やりません|やらない|やらん|せん(?:けん|ばい|よ|ね)?|しない)(?!が|けど|けれど|ものの)'
const HUMBLE = /派手|豪華|大規模|大がかり|大掛かり|大きな|立派な|盛大|たくさん|お金をかけ/u
/**
 * Blind R84A: a label for complainers predicated of someone named or addressed (…中原さん、…正直、福祉課ではすっかり有名なクレーマーですよ,
 * @abc あなたは立派なクレーマーです, 毎回電話してくる田中さん、完全にモンスターペアレントやね): an insult, as in round 48. Not a topic,
 * a question or a denial (クレーマーではありません, クレーマーですか？, クレーマーだと思われたくない), not the writer about themself.
 */
const LABEL_IS = `(?:${LABEL48})(?:そのもの)?(?:です|だ|や|じゃん|でしょう|だろ|やろ|ばい|たい|っす)(?:よ|ね|な|わ|よね|けん)?(?=[。！!…w笑\\s😤🙄💢]|$)`
/**
 * Blind R85A: rubbish (ゴミ, masked ゴ〇) as the one addressed, told to shut up or keep out (ケチばっかつけて、ゴ〇は黙っとって, ゴミは
 * 引っ込んでろ, 文句ばっかり言うゴミどもは口出すな): a person called rubbish, an insult. Only with a verb said of a person in the imperative
 * or a request; not a compound (粗大ごみ, 生ごみ), not rubbish carried home (ゴミは黙って持ち帰るのがマナー).
 */
const RUBBISH_HUSH = '(?<![一-龥々])(?:ゴミ|ごみ|ゴ[〇○●◯◎×✕✖*■□◇◆△▲]|ゴミクズ|ゴミカス)(?:ども|共|連中|たち|ら)?(?:は|が|こそ)[、\\s]?(?:(?:さっさと|とっとと|はよ|早く|もう|すっこんで)[、\\s]?)?(?:黙(?:れ|っと(?:って|いて|れ|け|き|かんね)|って(?:ろ|て|な|おけ|とけ|ください|くれ|ちょうだい))|だま(?:れ|っとって|っとけ|ってろ|ってて)|引っ込(?:め|んで(?:ろ|て|な|ください|くれ)|んどけ|んどれ|んどって)|ひっこ(?:め|んでろ|んでて|んどけ)|すっこ(?:め|んでろ|んでて|んどけ|んどれ)|口(?:を|ば)?(?:出す|挟む|はさむ|出さんで|挟まんで)な?|口出し(?:する|すん)な)(?=[。！!…、\\s😡💢w笑]|$|よ|や|ね|な)'
/**
 * Blind R85A: a critic told in keigo never again to look, come or write (市民会館の運営に毎回否定的な書き込みをされる方へ。二度とこの
 * ページを見ないでいただけますか, 二度とお越しにならないでいただきたい, 二度とコメントせんでもらえますか): the curse 二度と…ないでください
 * put as a humble request. Only at a critic or someone addressed; not a pledge against a harm (二度とこのような事故を起こさないで
 * いただきたいと遺族の方は話され), not advice to a victim.
 */
const NEVER_AGAIN = '二度と[^。！？!?\\n]{1,20}?(?:ないで|んで|んといて)(?:いただけ(?:ます|ません)(?:でしょう)?か|もらえ(?:ます|ません|ん)(?:です|でしょう)?か|くださ(?:い|いません|います)か|いただきたい|いただけると|いただければ|もらいたい|もらえると|もらえれば)'
const NEVER_HARM = /事故|事件|災害|被害|悲劇|悲し|犠牲|過ち|失敗|このような|こうした|同じ(?:こと|過ち|思い)|遭わ|あわ|起こさ|起き|詐欺|感染|病気|けが|怪我/u
/** 二度と…ないで said to a critic or someone addressed (in the two sentences before), not quoted, taught or reported, and not of a harm. */
function neverAgainAimed(sq: string, s: number, e: number): boolean {
  if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
  if (NEVER_HARM.test(sentenceText(sq, s, e))) return false
  const ctx = twoBefore(sq, s, e)
  return CRITIC68.test(ctx) || ADDRESSED_AT.test(ctx) || namedOrAddressed(ctx)
}
/**
 * Blind R87A: rubbish (カス, クズ, ゴミ) joined in one katakana word to an account or a kind of person (毎回いちゃもんばっかり
 * つけてくるｶｽアカウント, クズアカ, ゴミ垢, カス議員ども, ｸｽﾞ共): a person called rubbish, an insult (the word lists read カス only as a
 * word of its own, so the compound slipped past). Read on the squeezed view (half-width kana made whole, scripts kept): katakana
 * rubbish not after a katakana or kanji word (生ゴミ, 粗大ゴミ, 天カス, 紙クズ) and a person noun not running on into a longer word
 * (ゴミ共同回収, カスタマー).
 */
const RUBBISH_NAMED = /(?<![ァ-ヺー一-龥々])(?:カス|クズ|ゴミ)(?:アカウント|アカ|垢|野郎|ヤロー|ヤロウ|共|ども|連中|人間|民|市民|住民|客|ユーザー|リプ|クレーマー|議員|記者|職員|役人|公務員|親|保護者|ジジイ|ババア|オヤジ)(?![ァ-ヺー一-龥々])/gu
/**
 * Blind R86A: 筑後弁 くらす (殴る) made a blow by a count or a body part struck (いっぺんくらすぞ, 一発くらすけんな, 頭ばくらすばい,
 * 顔をくらしたろか): 暮らす takes neither, so the threat needs no person word in its own sentence, only someone it is said to (an @
 * reply, a critic named in the sentence or the two before). Not a stay somewhere (東京で一回くらすばい: a place before the count).
 */
const HIT_ONCE = '(?<![でにへ])(?:いっぺん|一遍|一ぺん|いっかい|一回|1回|いっぱつ|一発|1発|いっちょ|(?:頭|顔|横っ面|横面|尻|ケツ|けつ|背中|腹|鼻|口)(?:を|ば))[、\\s]?くら(?:す|し)(?:ぞ|っぞ|ど|ばい|けん(?:な|ね)?|からな|かんな|たる|ちゃる|てやる|たろか|ちゃろか)(?![ぁ-ゖ])'
/**
 * Blind R88A: the same harm wished on a wrongdoer in the passive (捨てた人、あなたも同じように雨の中へ放り出されればいいのに, 犯人も同じ
 * ように段ボールに入れて捨てられたらいいのに, あんたも同じ目に遭わされればよかとに): 同じように / 同じ目 marks the fate as the one they dealt,
 * then a verb of harm done to them in the passive and a wish (ればいい, たらいい, てしまえばいい). A curse. Only with a person in the sentence
 * (not 空き缶も同じように分別して捨てられればいい: a potential, no one's fate), not the writer, not a good fate (新しい飼い主に引き取られれば).
 */
const HARMED88 = '(?:放り出さ|ほうり出さ|ほっぽり出さ|放り込ま|放り投げら|投げ捨てら|捨てら|置き去りにさ|置いていか|置いてかれ|見捨てら|見放さ|追い出さ|締め出さ|閉じ込めら|突き落とさ|突き飛ばさ|叩か|殴ら|蹴ら|噛ま|咬ま|刺さ|轢か|はねら|撥ねら|埋めら|沈めら|焼か|燃やさ|晒さ|いじめら|虐待さ|痛めつけら|踏みつけら|遭わさ|あわさ)'
const SAME_HARM = `(?:同じ|おなじ)(?:ように|よーに|よう|ごと|目に|思いを|こと(?:を)?)[^。！？!?\\n]{0,20}?${HARMED88}(?:れ)?(?:れば|れたら|れて(?:しまえ|しまや|みれ)ば|れちまえば|れちゃえば|れてみたら)[、\\s]?(?:${GOOD}(?:のに|とに|と(?:思|おも)|んだ|んや|んじゃ|んです|わ|よ|ね|です|[。！!]|$)|どう|いかが)`
const GOOD_FATE = /引き取|迎え|もらわれ|拾われ|助けられ|救われ|選ばれ|愛され|可愛がら|かわいがら|守られ/u
/**
 * Blind R89A: told to go back to their country as a suggestion (ごみの日も守れんとなら、自分の国に帰ったらよかたい, ルールが守れないなら、
 * 国に帰られたらいかがですか, 文句ばっかり言うなら、自分の国に帰ればいいのに, 母国に帰った方がいいと思います): the same brush-off as
 * 国へ帰れ (round 13), a curse. Only after a fault or a dislike in the sentence or the one before; not a trip home wished well or a procedure
 * (お正月に国に帰ったら、ご家族に…, 一時帰国で国に帰られる方は転出の届出を).
 */
const GO_HOME88 = `(?:国|母国|自分の国|祖国|自国|本国)(?:に|へ)[、\\s]?(?:帰|かえ)(?:(?:っ|られ)たら|(?:られ)?れば|(?:っ|られ)た(?:ほう|方)が|(?:っ|られ)て(?:は|みては|みたら)|られる(?:ほう|方)が)[、\\s]?(?:${GOOD}(?:のに|とに|と(?:思|おも)|んじゃ|じゃ|やん|たい|ばい|けん|です|よ|ね|わ|[。！!？?]|$)|どう|いかが|よろし)|(?:国|母国|自分の国|祖国|自国|本国)(?:に|へ)[、\\s]?(?:帰|かえ)(?:る|られる)べき`
const GO_HOME_FAULT = /なら|嫌|いや(?:なら|だったら)|不満|文句|気に入ら|守れ|守ら|できな|できん|でけん|分から|わから|わからん|従え|従わ|合わな|なじめ|馴染め|迷惑/u
const GO_HOME_CARE = /無事|気をつけ|気を付け|元気で|安全に|ゆっくり|また来|またお越し|お待ちして|家族|ご家族|正月|夏休み|休暇|帰省|一時帰国|里帰り|手続|届|お土産|思い出|体調|看病|お見舞い/u
// --- Blind sets R92A–R95A ---
/** R92A-047: a family's upbringing blamed in a mock wish or said to be lacking (家庭でのしつけもぜひお願いしたいものです, 親御さんのしつけがなっていない). */
const UPBRINGING = '(?:家庭|ご家庭|お家|おうち|家|親御さん|保護者|親)(?:で|での|の|が)?[、\\s]?(?:しつけ|躾|教育)(?:も|を|は|くらい|ぐらい|くらいは|ぐらいは)?[、\\s]?(?:ぜひ|是非|しっかり|きちんと|ちゃんと|どうか|もう少し|少しは)?[、\\s]?(?:お願いしたい|お願いいたしたい|していただきたい|して頂きたい|してほしい|して欲しい|してもらいたい|なさってほしい|なさっていただきたい)(?:もの|もん)|(?:家庭|ご家庭|おうち|家|親御さん|保護者|親)(?:で|での|の)?[、\\s]?(?:しつけ|躾)(?:が|は)[、\\s]?(?:なって(?:い)?(?:ない|ません|なか)|なっとら(?:ん|ない)|できて(?:い)?(?:ない|ません)|足りて(?:い)?(?:ない|ません)|行き届いて(?:い)?(?:ない|ません)|どうなって)'
/** Blind R246S-024: a parent told to bring up their own child again (ご自分のお子さんの好き嫌いをしつけ直されてはいかがでしょうか). */
const REDO_UPBRINGING = '(?:ご自分|ご自身|自分|あなた|あんた|そちら)(?:の|ん)(?:お子さん|お子様|お子さま|子ども|子供|こども|子|娘さん|息子さん)(?:の[^。！？!?\\n、]{1,12}?)?(?:を|は|こそ|も)?[、\\s]?(?:まず|先に|きちんと|しっかり|ちゃんと|もう一度|一から)?[、\\s]?(?:しつけ|躾け?|教育し|教え|育て)(?:直|なお)(?:(?:され|し|なさっ)(?:ては|たら)[、\\s]?(?:いかが|如何|どう)|(?:して|なさって)(?:ください|下さい|ほしい|欲しい|もらいたい|いただきたい|頂きたい))'
/** Blind R246S-024: the parents' duty said to be pushed onto the school (親の責任を学校に押し付けないでください). */
const DUTY_PUSHED = '(?:親|保護者|ご家庭|家庭|親御さん)(?:の|で(?:の|やるべき))(?:責任|役目|役割|仕事|しつけ|躾|教育)(?:を|まで)[、\\s]?(?:学校|園|保育園|幼稚園|保育所|先生|教員|市|行政|学童|給食|施設)(?:側)?(?:に|へ)(?:押し付け|押しつけ|おしつけ|(?:転嫁|丸投げ)(?:し|す)?)(?:ないで|るな|んといて|んで(?:ください|下さい)|ないでいただき|ないでほしい|ないで欲しい|ないでもらい|るのは(?:やめ|おやめ|ご遠慮))'
/** …said after people's conduct is found wanting (済ませる方が多いようで残念です, 騒ぐ子が目立ちます). */
const WANTING = /残念|困り|困っ|目立|多いよう|多くて|迷惑|マナー|騒|破|汚|壊|落書き|ポイ捨て|できない|できん|守らない|守れない|守らん|返さない|ひどい|呆れ|あきれ/u
/** …not a course or a pet (子育て講座「ほめて伸ばすしつけ」, 犬のしつけ教室). */
const UPBRINGING_OK = /講座|教室|セミナー|相談|支援|悩|犬|ペット|ワンちゃん|猫|トイレトレーニング|虐待|ましょう|コツ/u
/** R92A-085: what "normal" people do before coming, said to someone who did otherwise (普通はホームページを見てから来られるものだと思います). */
const NORMAL = '(?:普通|ふつう|フツー|常識的に|常識では|一般的に)(?:は|なら|だったら|やったら|に考えて|考えれば|考えたら)?[、\\s]?[^。！？!?\\n]{0,30}?(?:てから|でから|前に|事前に|確認|調べ|読ん|見て|守)[^。！？!?\\n]{0,16}?(?:[うくすつぬむぶぐる](?:もの|もん)(?:だ|です|でしょう|でしょ|じゃ|や|ですよ|ですけど|だけど|やけど|ですが|と(?:思|存))|[うくすつぬむぶぐる](?:の|ん)が(?:普通|ふつう|常識|当たり前|あたりまえ|当然)(?:です|だ|でしょう|でしょ|じゃ|や|ですよ|と(?:思|存))?)'
/** …to someone addressed or answered (@handle, とのことですが, ご不満). */
const ANSWERED92 = /[@＠]|とのこと|おっしゃ|ご不満|不満|苦情|文句|ご指摘|クレーム|ご意見|あなた|あんた|お前|おまえ|(?:方|人|さん|様|皆さん)(?:、|へ)/u
/** R93A-086: the complainer's understanding presumed in a rhetorical question (もちろんご理解いただいていますよね？). */
const SURELY_KNOW = '(?:もちろん|当然|言うまでもなく|言わずもがな)[、\\s]?[^。！？!?\\n]{0,6}?(?:ご理解|ご承知|ご存じ|ご存知|お分かり|おわかり|ご納得|理解|承知|分かっ|わかっ|知っ|存じ)[^。！？!?\\n]{0,14}?(?:ます|です|る|てる|とる|でしょう)(?:よね|よな|やろ|ね)?[？?]'
/** R93A-088, R95A-122: another town said to copy us, its substance run down (当市の真似を…中身はまだまだ; 真似をなさるなら、せめて中身まで). */
const MIMIC = '(?:当市|本市|柳川(?:市)?|うち|ウチ|わが(?:市|町|まち)|我が(?:市|町|まち))の(?:真似|まね|マネ|後追い|二番煎じ)[^。！？!?\\n]{0,30}?(?:中身|中味|内容|質|レベル|クオリティ|出来|完成度)(?:は|が|の(?:方|ほう)は)?[、\\s]?(?:まだまだ|いまいち|イマイチ|今ひとつ|今一つ|いまひとつ|物足りな|もの足りな|伴って(?:い)?(?:ない|ません)|お粗末|薄っぺら|ついてきて(?:い)?(?:ない|ません)|追いついて(?:い)?(?:ない|ません))|(?:真似|まね|マネ)(?:を|ば)?[、\\s]?(?:なさる|される|する)(?:ん|の)?(?:なら|であれば|でしたら|だったら|やったら)[、\\s]?[^。！？!?\\n]{0,20}?(?:せめて|もう少し|もうちょっと|ちゃんと|しっかり|きちんと)[^。！？!?\\n]{0,20}?(?:て|で)(?:いただきたい|頂きたい|ほしい|欲しい|もらいたい|ください|いただけ)'
/** R95A-024: the complaint turned back on the complainer, told to look at their own part (ご自身がどれだけ楽しもうとされたかも、振り返ってみてください). */
const LOOK_BACK = '(?:ご自身|ご自分|自分|あなた|あんた|お前|おまえ|そちら)(?:が|の|で|自身|様)?[^。！？!?\\n]{0,30}?(?:(?:振り返|ふりかえ|省み|顧み|見つめ直|考え直)(?:って|して|て|られて|されて)(?:み(?:て|られて)?)?|反省(?:して|されて|なさって)(?:み(?:て)?)?)(?:は(?:いかが|どう)|ください|下さい|いただ(?:け|きた)|頂(?:け|きた)|ほし|欲し|もらいた|もらえ|んね|なさい|ごらん|たら(?:どう|いかが))'
/** …after a complaint heard (つまらなかったとのこと, 冷たいとおっしゃる方). */
const COMPLAINT92 = /不満|苦情|文句|批判|クレーム|ご指摘|つまらな|つまらん|退屈|最悪|ひどい|酷い|がっかり|物足りな|楽しくな|面白くな|おもしろくな|不親切|冷た|遅い|分かりにく|わかりにく|うるさ|高い|まずい/u
/** …the writer's own side looking back (職員一同、自分たちの進め方を振り返り). */
const OWN_SIDE = /私|わたし|僕|職員|私ども|当課|我々|私たち|市として|自分たち/u
// --- Blind sets R96A/R97A ---
/** R96A-021, R97A-131: personal records the office keeps (課税台帳, 住民票, カルテ, 健診の結果, 受付記録). */
const RECORDS = '(?:課税台帳|固定資産(?:税)?(?:課税)?台帳|住民基本台帳|住基台帳|台帳|住民票|戸籍|課税(?:情報|記録|データ)|納税(?:記録|情報|状況|データ)|税(?:の)?(?:記録|情報|データ)|所得(?:情報|記録|データ)|電子カルテ|カルテ|診療(?:記録|録|情報)|健診(?:の)?(?:結果|記録|データ)|検診(?:の)?(?:結果|記録|データ)|受診(?:歴|記録)|通院歴|病歴|既往歴|介護(?:記録|情報)|(?:申請|届出|受付|通報|相談|苦情|利用)(?:の)?(?:記録|履歴|データ)|名簿|個人情報|登録情報)'
/** R96A-021: the addressee's home said to be known, or knowable, from the office's records (どちらにお住まいかは課税台帳でだいたい分かります). */
const HOME_BY_RECORDS = `(?:(?:どこ|どちら|どの辺|どのあたり|どのへん)に(?:お住まい|住んで(?:い|らっしゃ|おられ)?る|住んど(?:る|ん))(?:の)?か|(?:お住まい|ご自宅|お宅|ご住所|ご実家|お勤め先|ご勤務先|(?:あなた|あんた|お前|おまえ|貴方|そちら)の(?:家|自宅|住所|職場|勤務先|実家))(?:の)?(?:辺り|あたり|場所|地区|住所)?)(?:は|も|が|くらい|ぐらい|なんて|なんか)?[、\\s]?[^。！？!?\\n]{0,12}?${RECORDS}(?:で|から|を(?:見|調べ|照会|確認|参照)(?:れば|たら|りゃ)|を(?:照会|確認|参照)(?:すれば|したら))[、\\s]?(?:も)?[、\\s]?(?:すぐ(?:に)?|簡単に|一発で|だいたい|大体|おおよそ|おおかた|ほぼ|ちゃんと|全部)?[、\\s]?(?:(?:分か|わか)(?:ります|る(?![かな])|っとる|っちょる|ってます|っています|っております|りました|った(?![らり]))|(?:特定|把握)(?:でき(?:ます|る)|して(?:い|お)?(?:ます|る)|しとる)|調べ(?:られ(?:ます|る)|がつき(?:ます|ました)|がつく)|お調べ(?:でき(?:ます|る)|いたせ(?:ます|る)))`
/** R97A-131: the addressee's own records said to be open to the office (あなたのカルテはこちらでも見られるんですけどね). */
const RECORDS_SEEN = `(?:あなた|あんた|お前|おまえ|貴方|貴殿|ご自身|ご自分|そちら|その方)(?:様|さま)?の[^。！？!?\\n]{0,8}?${RECORDS}(?:も|は|なら|くらい|ぐらい|まで|なんて|なんか|ば)?[、\\s]?[^。！？!?\\n]{0,14}?(?:(?:見られ|見れ|見え|閲覧でき|拝見でき|確認でき|照会でき|調べられ|お調べでき|把握でき|見ることができ|のぞけ|覗け)(?:る|ます)|把握し(?:て(?:い|お)?(?:ます|る)|とる))`
/** …the office as who looks (こちらでも, 職員は, 市では). */
const OFFICE = /こちら|こっち|当方|私ども|わたくしども|私たち|我々|職員|市役所|役所|市(?:で|でも|から|は|側|の方)|当課|当院|病院側|うち(?:で|でも|は|から)/u

/**
 * Blind R103A (R103A-010): a complainer told not to use or come, in any register (文句ばっか言いよるなら体育館使わんでよか,
 * 苦情があるなら来なくて結構です, ご不満がおありならご利用いただかなくて構いません): a complaint named with なら, then the facility
 * or a visit refused; a curse as 二度と来なくて結構. Not when the complaint is sent another way (電話やメールでも受け付けています).
 */
const COMPLAINER_AWAY = '(?:(?:もう|二度と)[、\\s]?)?(?:(?:使わ|来|利用せ|利用し|参加せ|参加し|いらっしゃら)(?:られ|れ)?|(?:ご利用|お越し|ご来館|ご来場|ご参加|ご来庁)(?:に)?(?:いただか|頂か|なら|なさら))(?:ん|なく)(?:で|て)(?:も)?(?:よか|いい|良い|よい|ええ|結構|けっこう|構いません|かまいません|構わん|かまわん)'
/** …after a complaint named with なら in its sentence (文句ばっか言いよるなら, 苦情があるなら、もう). */
const COMPLAINT_IF = /(?:文句|苦情|クレーム|ケチ|けち|いちゃもん|難癖|不満|愚痴)(?:ばっか(?:り|し)?|ばかり)?[^。！？!?\n]{0,16}?(?:なら|ならば|んなら|のなら|やったら|だったら|のであれば|ようなら|くらいなら|ぐらいなら)[、\s]?[^。！？!?\n]{0,14}$/u
/** …the complaint told to come another way instead (電話やメールでも受け付けています, フォームからどうぞ). */
const OTHER_WAY = /電話|メール|フォーム|オンライン|郵送|ファクス|fax|line|ネット|ウェブ|web|アンケート|ご意見箱|意見箱|手紙|はがき/iu
/**
 * Blind R103A (R103A-010): 二度と…ないで / んで asked as a casual or plain question (二度と来んでくれる？, 二度と来ないでくれますか,
 * 二度と書き込まんでくれんね, 二度と顔出さないでもらえる？): the curse put as a request, like NEVER_AGAIN.
 */
const NEVER_AGAIN103 = '二度と[^。！？!?\\n]{1,20}?(?:ないで|んで|んといて)(?:くれ(?:る|ない|ん|ません|ます)(?:か|かね|かな|ね)?|もらえ(?:る|ない|ん)(?:かな|ね)?|ちょうだい)(?=[。！!？?、\\s💢😤]|$)'
/**
 * Blind R103A (R103A-023): a complainer told that others manage, so they must not be trying (予約が取れないとのことですが、…アクセス
 * されている方はちゃんと取れていますよ。皆さんそのくらいの努力はされているようです😊, ほかの皆さんはきちんとできていますけどね,
 * みんなそれくらいしよるけん): sarcasm in reply to a complaint. Not without a complaint before it, not when help follows.
 */
const OTHERS_MANAGE = '(?:(?:他の|ほかの|他ん|ほかん|多くの|大半の|ほとんどの|周りの)(?:多くの|大半の|ほとんどの)?(?:方々|方|人たち|人|皆さん|みなさん|皆様|利用者|お客様|お客さま|お客さん|市民)(?:の(?:方々|方|皆さん|皆様))?|(?:ている|てる|ておられる|ていらっしゃる|された|した|とる|よる|とらす)(?:方々|方|人たち|人))(?:は|も)[、\\s]?[^。！？!?\\n]{0,16}?(?:ちゃんと|きちんと|普通に|ふつうに|問題なく|しっかり|迷わず|迷うことなく|難なく)[^。！？!?\\n]{0,12}?(?:(?:ています|てます|ている|てる|ております|ておられます|ていらっしゃいます|とります|とる|ちょる|ます)(?:よ|けど|けれど|ばい|けん|ですよ|が(?=[。…]|$))(?:ね)?|(?:ています|ております|ておられます|ていらっしゃいます|ます|とります|よります)(?:ので|から|けん)[、\\s]?[^。！？!?\\n]{0,8}?(?:不思議|ふしぎ|驚い|驚き|意外|理解に苦し|首をかしげ|首を傾げ|解せ))'
const EFFORT103 = '(?:皆さん|みなさん|皆様|みなさま|みんな|他の方々|ほかの方々|他の方|ほかの方|他の人|ほかの人|他ん人|周りの方|周りの人|多くの方)(?:は|も|たちは|たちも)?[、\\s]?(?:その|それ|そん|そげん|そがん)(?:くらい|ぐらい|位|程度)(?:の)?(?:努力|工夫|手間|苦労|準備|辛抱|我慢)?(?:は|を|も)?[、\\s]?(?:されて|して|なさって|しとら|しよら|しよる|しとる|やって|やっと|かけて|払って|重ねて)'
/** …a complaint in the sentence or the two before (取れないとのことですが, 文句言いよるけど, ご意見ですが). */
const COMPLAINED103 = /とのこと|とのご意見|とのご指摘|との件|ご指摘の|ご不満|不満|苦情|文句|クレーム|批判|取れ(?:ない|ん|ません)|とれ(?:ない|ん|ません)|でき(?:ない|ん|ません)|間に合わ|買え(?:ない|ん|ません)|[@＠]/u
/** …not help offered after it (ぜひお試しください, 登録はこちらから). */
const HELP103 = /ぜひ|是非|お試し|お気軽|ご案内|お手伝い|サポート|お問い合わせ|ご相談|こちらから|どうぞ|ください/u

/**
 * Blind R104A (R104A-050): violence threatened with a verb of hitting made sure by an intensifier or a time to come (今度窓口に
 * 来たとき本気でくらすばい, 次会うたらマジでしばくけんな, 今度来た時は思いっきりたたくぞ; くらす is 殴る in 筑後弁): the verb
 * right after 本気で / マジで / …とき, with an ending of resolve. Not a life somewhere (定年したら本気で柳川でくらすばい: a place
 * before the verb; 一人でくらす, 家族とくらす), not a drum; only said to a complainer or someone addressed.
 */
const HIT_MEANT = '(?:(?:とき|時|ときゃ)(?:は|に)?[、\\s]?(?:(?:本気で|本気|マジで|まじで|ガチで|ほんなこつ|ほんまに|思いっきり|おもいっきり|思い切り|おもいきり|絶対|ぜったい|容赦なく)[、\\s]?)?|(?:本気で|マジで|まじで|ガチで|ほんなこつ|ほんまに|思いっきり|おもいっきり|思い切り|おもいきり|容赦なく)[、\\s]?)(?:(?:頭|顔|尻|ケツ|けつ|あんた|お前|おまえ|てめえ)(?:を|ば)[、\\s]?)?(?:くらす|くらわす|たたく|叩く|しばく|どつく|殴る|なぐる|ぶん殴る|ぶっ飛ばす|ぶっとばす)(?:ぞ|っぞ|ど|ばい|けん(?:な|ね)?|からな|かんな|からね|よ|で|わ)(?![ぁ-ゖ])'
/** …someone it is said to: a complainer or critic, or a person addressed, in the sentence or the two before. */
const HIT_AT = /[@＠]|あなた|あんた|お前|おまえ|てめ|貴様|文句|苦情|クレーム|ケチ|けち|いちゃもん|難癖|書き込|コメント|批判|悪口|怒鳴|騒ぐ|騒い|しつこ|何度|毎日毎日/u
/**
 * Blind R104A (R104A-056): someone asked to vanish in a polite or plain question (もう消えてくれませんか, 消えていただけませんか,
 * いなくなってくれんか, 消えてもらえないですか), a zero-width character inside it being gone from the view: a curse, as 消えて
 * ほしい. Only with someone addressed or a caller named in the sentence or the two before; not a thing or a pain (この痛み、
 * 早く消えてくれませんかね), not a wish about an animal (カラスが).
 */
const GONE_ASK = '(?:消え失せ|消えうせ|消え|きえ|いなくなっ|居なくなっ|失せ)て(?:くれ(?:ません|ない|ん|へん)(?:です|でしょう)?か|もらえ(?:ない|ん)(?:です|でしょう)?か|(?:いただ|頂)け(?:ません|ない|ます)(?:でしょう)?か|くださいませんか|くれる[？?]|もらえる[？?])(?:ね|な|ねえ|なあ)?(?=[。！!？?💢\\s…、]|$)'
/** …someone the request is aimed at (方へ, あなた, 電話してこられる方, 苦情, @). */
const GONE_AT = /[@＠]|あなた|あんた|お前|おまえ|貴様|方|人|さん|様|連中|奴|やつ|クレーマー|文句|苦情|クレーム|批判|書き込|コメント|電話|しつこ|何度|毎日|毎回/u
/** …not a thing, a feeling or an animal before it in its sentence as its topic or the one addressed (痛みが, 雲は, この痛み、; THINGS). */
const GONE_THING104 = GONE_THING56
/**
 * Blind R105A (R105A-046): a person's head likened to an animal's (頭の中までイノシシ並み, 脳みそがサル以下, 知能はニワトリ
 * レベル, 頭ん中まで豚レベルやね): an insult, with someone named or addressed before it. Not an animal's own brain (イノシシの
 * 知能はイヌ並み, カラスは…知能はサル並み: an animal before it in its sentence), not a machine.
 */
const HEAD_ANIMAL = '(?:頭の中|頭ん中|あたまの中|脳みそ|脳ミソ|のうみそ|脳味噌|おつむ|オツム|知能|知性|頭)(?:まで|も|が|は|の程度は|のレベルは)?[、\\s]?(?:イノシシ|いのしし|猪|サル|猿|ブタ|豚|ニワトリ|にわとり|鶏|虫|ムシ|犬|イヌ|カラス|ミジンコ|ゾウリムシ|アメーバ|ゴリラ|チンパンジー|金魚|ハト|鳩|ネズミ|動物)(?:並み|なみ|レベル|以下|程度|同然)'
/** …someone it is said of, before it: a person named or addressed, a critic (坂田さん, あなた, 苦情ばかり書き込む人). */
const HEAD_AT105 = /[@＠]|あなた|あんた|お前|おまえ|貴様|さん|様|くん|君|人|方|連中|奴|やつ|クレーマー|文句|苦情|クレーム|批判|書き込|口ばかり|口だけ/u
/**
 * Blind R104A (R104A-084): another town's slogan or plan called bold in mock praise (なかなか思い切ったキャッチコピーですね, 大胆な
 * スローガン, 強気なネーミング), with our own better figure set beside it (ちなみに柳川市は3か所あります): sarcasm at a neighbour.
 * Only with another town named before it and our figure in the sentence or the next; not praise we learn from (見習いたい), not a
 * joint work (連携, 合同).
 */
const BOLD_COPY = '(?:なかなか|ずいぶん|随分|実に|かなり|とても|非常に|相当|えらく)?[、\\s]?(?:思い切った|思いきった|おもいきった|大胆な|強気な|勇気(?:の)?ある|攻めた|挑戦的な)(?:キャッチコピー|キャッチフレーズ|コピー|スローガン|ネーミング|うたい文句|謳い文句|看板|宣伝|PR|ＰＲ|打ち出し(?:方)?|アピール|表現|言い切り|名乗り)'
/** …our own figure beside it (ちなみに柳川市は, 本市では5か所, うちは3倍). */
const OUR_FIGURE = /ちなみに[、\s]?(?:柳川|本市|当市|うち|ウチ|わが(?:市|まち|町)|我が(?:市|町))|(?:柳川(?:市)?|本市|当市|うち|ウチ)(?:では|は|なら)[、\s]?[^。！？!?\n]{0,16}?[0-9０-９一二三四五六七八九十]+(?:か所|ヶ所|カ所|箇所|園|施設|人|件|倍|%|％|円|校)/u
/** …not a neighbour learned from or worked with. */
const BOLD_OK = /見習|学(?:び|ば|ん)|参考に|刺激|負けて(?:い|ら)れ|連携|合同|共同|ともに|共に|一緒に|素晴らし|すばらし|さすが/u
/**
 * Blind R104A (R104A-149): people who missed out mocked as ones who only now make a fuss, with a laugh (毎年この時期になると急に
 * 騒ぎ出す方、本当に多いんですよね（笑）, 締め切り前になって急に慌て出す人ほんと多いですよねｗ, 今更騒ぎ出す保護者の皆さん、
 * けっこういらっしゃるんですよ😅): sarcasm at a complainer. Only with a laugh after it; not a plain reminder (…方が多いので、早めの
 * お申し込みを), not children or animals, not the writer counting themself in (私も含めて).
 */
const FUSS = '(?:急に|とたんに|途端に|いきなり|今になって|今更|いまさら|今頃になって|今ごろになって|直前になって|直前に)[、\\s]?[^。！？!?\\n]{0,8}?(?:騒ぎ(?:出|だ|始め|はじめ|立て|たて)|慌て(?:出|だ|始め|はじめ)|あわて(?:出|だ|始め|はじめ)|焦り(?:出|だ|始め|はじめ)|あせり(?:出|だ|始め|はじめ)|文句を言い(?:出|だ|始め)|怒り(?:出|だ))(?:す|した|される|された|しよる|しなさる|さす)(?:方|人|人たち|方々|保護者|親御さん|親|連中|皆さん|みなさん)(?:々|たち|達)?(?:の(?:皆さん|みなさん|方々))?[、\\s]?[^。！？!?\\n]{0,10}?(?:多い|多か|おおい|いらっしゃ|おられ|おらす|いる|います|増え)'
/** …a laugh after it in its sentence (（笑）, ｗ, 😅). */
const FUSS_LAUGH = /[（(]笑[)）]|笑(?![顔いっみえわ])|(?<![a-z])[wｗ]+(?![a-z])|😂|🤣|😅|😏|🤭|😆/iu
/** …not the writer counting themself in. */
const FUSS_SELF = /私|わたし|僕|ぼく|自分|我々|うちら|職員も/u

/**
 * Whether a match at [s, e) is said of another place (お隣の市, 近隣の町) named in its sentence or the one before, with no joint work
 * (合同, 連携, 共同); our own town's names are left out of the look-back. The match must be the writer's own words (not quoted, not a
 * lesson).
 */
function againstOtherPlace(sq: string, s: number, e: number): boolean {
  if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
  const win = withPrevious(sq, s, e).replace(/柳川市?|本市|当市/gu, '')
  return OTHER_PLACE56.test(win) && !/合同|連携|共同/u.test(win)
}
// --- Blind sets R98A/R99A kinds ---
/** R98A-071: "shut up" as a bare dialect imperative of 黙っておく (黙っとき, 黙っとけ, 黙っとれ, 黙っとって) closing the sentence. */
const SHUT_UP_BARE = '(?:黙|だま)っと(?:(?:き|け|れ)(?:よ|や|な|って)?(?=[。！!？?…😡💢😤w笑]|\\s|$)|って(?:よ|や)?(?=[。！!…😡💢😤w笑]|\\s|$))'
/** …not a secret kept for someone (お母さんには黙っとってね, 内緒やけん) nor a story told (黙っとって、…という相談). */
const SECRET98 = /には|にも|内緒|ないしょ|ナイショ|秘密|ひみつ|サプライズ|びっくりさせ|当日まで|まだ言わ|相談|という/u
/** R98A-090: the one addressed, as a kind of person, called the worst nuisance (あんたみたいなのが一番迷惑). */
const YOUR_KIND_NUISANCE = '(?:あんた|アンタ|あなた|貴方|お前|おまえ|オマエ|てめえ|貴様|君|きみ)(?:ら|たち)?(?:みたいな|みたいなん|のような|なんか|ごたる|ごたぁ)(?:の|ん|もん|者|人|人間|奴|やつ|ヤツ|連中|輩|方)?(?:が|は|こそ|って|の方が|のほうが)[、\\s]?(?:一番|いちばん|いっちゃん|本当に|ほんとに|ほんと|ほんまに|最も|もっとも|正直|よっぽど)?[、\\s]?(?:迷惑|邪魔|じゃま|厄介|やっかい|害悪|お荷物|足手まとい|困る|困ります|困るとよ|困っとる)(?=[。！!…、\\s💢😤]|なん|なの|です|だ|や|じゃ|たい|ばい|よ|ね|けん|っちゃ|とよ|わ|$)'
/** …and told to leave their home or the town if they do not like it (嫌なら出ていってもらって結構です). */
const LEAVE_THEN = '(?:出て|でて)(?:行|い)って(?:もらって|もろうて|もろて|いただいて|くれて|くださって)(?:も)?[、\\s]?(?:結構|けっこう|構いません|かまいません|構わない|かまわない|構わん|かまわん|いい|良い|よい|よか|ええ)'
const DISLIKE = /(?:嫌|いや|イヤ|不満|ご不満|気に入ら(?:ない|ん)|気にいら(?:ない|ん)|文句|ご不便|不便|ご不服|不服)(?:なら|でしたら|だったら|であれば|があるなら|がおありなら|があるんなら|があるとなら|ば言うなら)/u
/** R98A-127: our own side set against another town's trouble told as hearsay, with reassurance and a laugh (柳川はそんなことありませんのでご安心を（笑）). */
const OUR_RELIEF = '(?:柳川|うち|ウチ|本市|当市|わが(?:市|町|まち)|我が(?:市|町|まち))(?:市)?(?:は|では|なら|だと)[、\\s]?[^。！？!?\\n]{0,24}?(?:ます|です|る|た|ました|ません|ない)(?:ので|から)[、\\s]?(?:ご安心(?:を|ください|下さい|くださいね)|安心して(?:ください|下さい|ね))?(?:ね|よ)?[〜ー～~]*(?=\\s?(?:[😊😏😌🙂😁😄😃😆🤭😎✨☺✌]|[（(]笑|笑|w))'
/** R98A-140: a party named after a failure told to practise or train first and only then come (練習してから来ていただきたいものです). */
const PRACTISE_FIRST = '(?:(?:練習|修行|修業|特訓|勉強|研修|訓練)(?:を)?(?:積んで|し直して|しなおして|して|されて|なさって)|腕(?:を)?磨(?:いて|き直して))(?:から[、\\s]?[^。！？!?\\n]{0,10}?(?:来て|きて|来られ|お越し|おいで|いらして|いらっしゃって|やって|施工して|工事して|作業して|出直して|現場に出て|仕事して|担当して)|(?:き|来)て|(?:こ|来)られて)[^。！？!?\\n]{0,3}?(?:いただき(?:たい|とう)|もらい(?:たい|とう)|もらえ(?:ませんか|ますか|んか|んやろか)|いただけ(?:ませんか|ますか|ないでしょうか)|ほしい|欲しい|ほしか|くれんね|くれん(?:か|かな)|ください|下さい)'
/** Blind R262J-026 kind: a firm named by its trade suffix, then its work called sloppy (筑後管工さんの施工がずさんだった). */
const NAMED_SLOPPY = '(?:[一-龥ァ-ヺー]{1,10})(?:さん|様|社|工業|建設|工務店|造園|土木|商事|産業|設備|管工|電設)の(?:[一-龥]{1,4}?)?(?:施工|工事|作業|仕事|管理|対応|点検|修理|整備|剪定|清掃|設計|監督|配達|運営)(?:が|は|も)[、\\s]?(?:本当に|ほんとに|あまりに|あまりにも|かなり|非常に|極めて|相当|大変)?[、\\s]?(?:ずさん|杜撰|手抜き|お粗末|いい加減|いいかげん|雑(?:な|で|だ|すぎ|でし))'
/** …or told the city never wants it again (二度と市の仕事を任せたくありません, 金輪際お願いしたくない). */
const NEVER_AGAIN_FIRM = '(?:二度と|金輪際|今後一切)[、\\s]?[^。！？!?\\n]{0,14}?(?:任せ|まかせ|頼み|たのみ|お願いし|発注し|依頼し|契約し|指名し|取引し)(?:たく(?:ない|ありません|はありません|ないです|はないです|ございません|なか)|たいとは(?:思いません|思わない|思えません))'
const FIRM_FAULT = /ひど|酷|最悪|お粗末|いい加減|いいかげん|不手際|遅れ|遅延|トラブル|原因/u
/** A consumer warning about rogue traders or fraud, not a grudge at one firm. */
const ROGUE_TRADER = /詐欺|悪質|不審|勧誘|訪問販売|点検商法|消費生活|消費者|ご注意|注意して|気をつけ|気を付け/u
const NAMED_PARTY = /(?:さん|様|さま|業者|会社|工業|建設|組|社|店|屋|議員|先生|局)(?:に|には|にも|は|も|、|って)/u
const FAILED98 = /陥没|壊|ミス|失敗|不具合|故障|やり直|欠陥|手抜き|ずさん|雑|下手|へた|間違|漏れ|漏水|割れ|崩|剥が|はが|枯|傾|ひび|もう(?:[^。！？!?\n]{0,10}?)(?:た|ました)|またも|また(?:壊|割|陥|漏|ミス|間違)/u
/** R99A-016: another town's late start praised in mock keigo or with an offer to teach it (周回遅れでも…ご立派です, お教えしますよ). */
const LATE_PRAISED = '(?:周回遅れ|ようやく|やっと|今さら|今更|いまさら|遅ればせ|遅まきながら|何年も遅れて|[0-9０-９一二三四五六七八九十]+(?:年|周)遅れ)[^。！？!?\\n]{0,24}?(?:ご立派|立派|おえらい|お偉い|えらい|偉い|大したもの|たいしたもの|大したもん|素晴らしい|すばらしい|感心)(?:です|でございます|だ|や|ですね|ですよ|ですな|ですこと|じゃないですか|じゃん|と思います|いたします|します)?(?=[。！!…\\s👏✨😊😏🙂]|$)'
const TEACH_OFFER = '(?:うち|ウチ|柳川|本市|当市|わが市|我が市|こちら)(?:市)?(?:の|で)[^。！？!?\\n]{0,12}?(?:ノウハウ|やり方|手法|知見|経験|事例|仕組み|前例)[^。！？!?\\n]{0,16}?(?:お教えし|お教えいたし|教えて(?:あげ|さしあげ|差し上げ)|伝授し|ご指導し|ご指南し|お貸しし)(?:ます|ましょう|ますけど|ますので)(?:よ|ね|けど|から)?(?=[。！!…\\s👏✨😊😏🙂（(笑w]|$)'
const LATE = /周回遅れ|ようやく|やっと|今さら|今更|いまさら|遅ればせ|遅まきながら|遅れ|[（(]笑|👏|😏/u
/** R99A-053: the staff's burden "enjoyed" in humble keigo and credited to someone (…のおかげで、深夜まで答弁書づくりを楽しませていただいております). */
const ENJOYED_BURDEN = '(?:答弁書|答弁|資料|書類|作業|残業|対応|仕事|業務|手続き|処理|集計|電話対応|苦情対応|徹夜|休日出勤|休日返上|夜なべ)(?:づくり|作り|作成|準備)?(?:を|も|ば)?[、\\s]?(?:存分に|大いに|たっぷり|心ゆくまで|毎晩|毎日|連日)?[、\\s]?(?:楽しませて|満喫させて|堪能させて|味わわせて|楽しく(?:させて|やらせて))(?:いただいて|いただき|いただけて|もらって|もろうて|もろう)(?:おります|います|ます|おりました|いました|ました|とります|とる)'
const CREDITED = /おかげ|お陰|おかげさまで|のせいで|のおかげをもちまして|皆様|皆さま|皆さん|先生方|議員/u
/** …and ご高尚な, an honorific that only mocks, on someone's words (ご高尚なご質問). */
const MOCK_LOFTY = 'ご高尚(?:な|で)(?:ご質問|ご意見|ご指摘|ご提案|お考え|ご高説|ご主張|ご発言|お言葉|ご見解|ご要望|お話)'
/** R100A-064: a bad motive imputed to the one addressed (わざと粗探しをしに来られているとしか思えません). */
const BAD_AIM = '(?:粗探し|あら探し|アラ探し|粗さがし|あらさがし|揚げ足取り|揚げ足を取る|難癖(?:を)?つけ|いちゃもん(?:を)?つけ|ケチ(?:を)?つけ|嫌がらせ|いやがらせ|冷やかし|ひやかし|炎上(?:狙い|目的|させる)|売名|注目(?:を)?集め(?:る)?|目立ち(?:たい)?|アクセス(?:数)?稼ぎ|PV稼ぎ|再生数稼ぎ|閲覧数稼ぎ|ネタ(?:作り|づくり|探し|集め)|面白半分|おもしろ半分|憂さ晴らし|うさ晴らし|鬱憤晴らし|ストレス発散|業務妨害|職員を困らせ)'
const IMPUTE = '(?:(?:と|ものと)?(?:しか|ようにしか)[、\\s]?(?:思え|考えられ|見え|受け取れ|感じられ|読め|取れ)(?:ません|ない|ん|なか|へん)|に(?:違い|ちがい|相違)(?:ありません|ない|なか|ございません)|(?:と|ものと)(?:お見受け|推察|拝察)(?:します|いたします|しております|いたしております))'
const MOTIVE102 = `(?:(?:わざと|わざっと|故意に|意図的に)[、\\s]?[^。！？!?\\n]{0,24}?|${BAD_AIM}(?:の|を)?(?:ため|目的|狙い|しに|をしに|で|に)?[^。！？!?\\n]{0,20}?)${IMPUTE}`
/** …not reported from someone (とのこと, という声) and not an animal or a machine (カラスがわざと). */
const NOT_PERSON102 = /カラス|からす|猫|ねこ|ネコ|犬|いぬ|イノシシ|サル|猿|鳥|ハト|動物|台風|天気|機械|システム|信号/u
/** R100A-094, R102A-121: "no wonder" sneered at a critic's or another town's shortfall (そりゃ見えんでしょうね, そりゃ空き巣も増えるでしょうね). */
const NO_WONDER102 = '(?:そりゃ(?:あ|ー)?|そら(?:あ)?|道理で|どうりで|それじゃ(?:あ)?|それでは)[、\\s]?[^。！？!?\\n]{0,16}?(?:でしょう(?:ね|な|よ|けど)?|でしょ|だろう(?:ね|な|よ)?|やろう?(?:ね|な|もん)?|わな|ですよね|はずです(?:よね|ね)?|(?:の|ん)も無理(?:は)?(?:ない|ありません|なか)|(?:の|ん)も当然(?:です|だ|や)?)(?=[。！!…\\s😏😅🤭（(笑w]|$)'
/** …a critic (と書いた旅ブロガーさん) or their words. */
const CRITIC102 = /[@＠]|あなた|あんた|お前|おまえ|と書(?:い|か)|書いた|書かれ|書き込|批判|酷評|悪評|レビュー|口コミ|ブログ|ブロガー|記事|とのこと|おっしゃ|ご指摘|ご意見|文句|苦情|クレーム|不満|と言(?:っ|わ)|といった|ディス/u
/** …whose shortfall is told (3時間しか滞在していない, 補助制度もない). */
const SHORTFALL102 = /しか[^。！？!?\n]{0,12}?(?:ない|なかった|ません|ず|ん(?:かった)?)|も(?:ない|なく|ありません|なかった|せず|しない|していない|されていない|してない|しとらん)|せず|ずに|ないまま|していない|してない|されていない|しとらん/u
const HEARSAY102 = /そう(?:です|だ|や|な|ね|で(?:[、,\s]|す))|らしい|らしか|とのことで|と聞|って聞|と評判|って評判|と噂|って噂|みたい|とか[、。]/u
const KIND102 = /お疲れ|ありがとう|感謝|頭が下が|お見舞い|ご無事|被災|災害|合同|連携|共同|応援|支援/u
/** R100A-094: told at least to open their eyes when they look (次はせめて目を開けて歩いてみてください). */
const OPEN_EYES = '(?:せめて|ちゃんと|しっかり|少しは|ちょっとは|今度は|次は|次こそ|もう少し)[、\\s]?目(?:を|ば|ん玉|の玉)?[、\\s]?(?:開け|あけ|見開い|見開け|ひらい|開い|ひん剥い|ひんむい)(?:て|た状態で)[、\\s]?[^。！？!?\\n]{0,10}?(?:ください|下さい|ほしい|欲しい|いただきたい|頂きたい|いただけ(?:ます|ません)か|もらいたい|もらえ(?:ます|ません)か|くれ|なさい|ごらん|ては(?:いかが|どう)|たら(?:どう|いかが)|みんね|きんしゃい|こい)'
const EYE_CARE = /目薬|眼科|検査|健診|検診|視力|プール|水泳|ゴーグル|泳|まぶた|瞼|赤ちゃん|乳児|授乳/u
/** R102A-103: mock admiration that someone who does not even know speaks so boldly (仕組みもご存じないまま、ここまで…書けるとは感心いたします). */
const IGNORANT_BOLD = '(?:ご存(?:じ|知)(?:ない|なく|でない)|知らない|知らず|知らん|知りもせず|調べもせず|調べず|確認もせず|確認せず|読みもせず|読まず|読まない|読まん|ご覧にならない|ご覧にならず|見もせず|理解(?:も)?(?:せず|されず|しない|されない))(?:まま|ままで|のに|で|に)?[、\\s]?[^。！？!?\\n]{0,24}?(?:書け|言え|いえ|おっしゃれ|語れ|断言でき|批判でき|発言でき|主張でき|投稿でき|コメントでき|お書きになれ|言い切れ|書き込め)(?:る|ます)(?:とは|なんて|もんやね|もんですね|ものですね|ものだ|もんだ)(?:[、\\s]?(?:本当に|ほんとに|ほんと|ある意味|逆に|むしろ|大変|まったく|正直|心から|いやはや))?[、\\s]?(?:感心|恐れ入|おそれい|脱帽|感服|尊敬|敬服|驚き|驚か|おどろ|頭が下が|すご|凄|さすが|立派|うらやまし|羨まし)'
const SELF102 = /私|わたし|僕|自分|職員|当課|私ども/u
/** R102A-121: after another town put down, its people invited to move here (柳川に引っ越してこられてはいかがですか). */
const MOVE_HERE102 = '(?:柳川|うち|ウチ|本市|当市|わが(?:市|町|まち)|我が(?:市|町|まち)|こっち|こちら)(?:市)?(?:に|へ)[、\\s]?[^。！？!?\\n]{0,6}?(?:引っ越|引越|ひっこ|移住|移り住|越して|住み替え|転居)[^。！？!?\\n]{0,12}?(?:は(?:いかが|どう)|たら(?:どう|いかが|よか|いい)|ませんか|てきて(?:ください|ね)|おいで|どうぞ|お待ちして|ご検討|検討して|大歓迎|歓迎|いいですよ|よかよ)'
/**
 * Round 113 (R113A-068): another town (お隣の市, 隣町, よその町, 大川市さん) mocked as still unable to do even something
 * (まだコンビニ交付もできない, まだキャッシュレスすら使えん) with a laugh, or its residents told they had better move here
 * (柳川に引っ越してくればいいのに, うちに住めばよかとに). Not a plain report of another town's state without the laugh,
 * not a joint venture, not a newcomer's guide (大川市から柳川に引っ越してきた方は…).
 */
const TOWN113 = `(?:${OTHER_TOWN47}|お隣さん|隣(?:町|まち|村|市)|[一-龠々]{1,4}(?:市|町|村)(?:さん|様))`
const UNABLE113 = `${TOWN113}[^。！？!?\\n]{0,24}?(?:まだ[^。！？!?\\n]{0,20}?(?:も|すら|さえ)|(?:も|すら|さえ)まだ)(?:でき|出来|使え|導入でき|対応でき)(?:ない|なか|ません|ん|とらん|てない|ていない|ていません|てません)`
const MOVE_HERE113 = '(?:柳川|うち|ウチ|本市|こっち|こちら)(?:市)?(?:に|へ|さ)(?:引っ越して|ひっこして|越して|移って|移住して|住んで|来て|きて)?(?:くれば|きたら|来れば|来たら|くりゃ|住めば|引っ越せば|移れば|移住すれば|越せば)(?:いい|よい|良い|よか|ええ)(?:のに|とに|っちゃない|やん|じゃん|んじゃない)'
const LAUGH113 = /[（(]笑[)）]|笑(?![顔いっみえわ])|(?<![a-z])w{1,8}(?![a-z])|😂|🤣|😅|😏|🤭|😆/u
const JOINT113 = /合同|連携|共同|一緒に|ともに|共に|協力|両市|両町|広域|見習|参考に/u
const SELF113 = /^(?:柳川|本市|当市)/u
const TOWN113_RE = phrase(TOWN113, 'u')
const MOVE_HERE113_RE = phrase(MOVE_HERE113, 'u')

/**
 * Blind R116A/R117A (R116A-085): a critic told, in keigo, to have done the thing themself first and only then write or speak
 * (ご自身で一度でも介護の現場に立たれてから、改めてお書きいただけると幸いでございます, 実際に窓口に立ってからおっしゃってください,
 * 一度でもご自分で除雪されてからご意見いただければ): the lead names the critic's own doing (ご自身で, 一度でも, 実際に). Only after
 * a criticism in the sentences before; not a form's steps (説明会に参加されてから、改めて申請書をお書きいただけます).
 */
const DONE_FIRST = '(?:(?:ご自身|ご自分|自分|あなた|あんた)(?:で|が|も)|一度でも|一回でも|いっぺんでも|実際に)[、\\s]?[^。！？!?\\n]{0,24}?(?:て|で)(?:み(?:て|られて))?から[、\\s]?(?:(?:改めて|あらためて|もう一度|再度)[、\\s]?)?(?:(?:お書き|ご意見|ご発言|ご批判|ご投稿|書き込み|コメント)(?:を)?(?:いただけると|いただければ|いただけますと|いただきたい|いただけます(?:でしょう)?か|ください|下さい|くだされば)|(?:おっしゃっ|仰っ|言っ|書い|書き込ん|批判し|文句を言っ)て(?:ください|下さい|いただけると|いただければ|いただきたい|いただけます(?:でしょう)?か|ほしい|欲しい|もらえ(?:ます|ません)?か|くれ))'
/**
 * Blind R117A (R117A-019): a critic told it is written for them and they would have had no trouble had they read it
 * (看板に大きく書いてございますので、お読みいただければ迷われることはないかと存じます, ホームページに明記してありますので、ご覧
 * いただければお困りになることはないかと): the reader's reading doubted in keigo. Only after a complaint or criticism in the
 * sentences before (ご意見ありがとうございます, とのことですが); not a notice (地図に書いてありますので、ご覧いただければ迷わず
 * お越しいただけます).
 */
const READ_IF117 = '(?:書いて|書い|記載して|明記して|掲示して|貼って|張って|載せて|載って|掲載して|お知らせして|ご案内して)(?:ございます|あります|おります|あり|ある|いる|る|お)(?:ので|から|けん)[、\\s]?[^。！？!?\\n]{0,8}?(?:(?:お読み|ご覧|ご確認)(?:いただければ|いただけたら|いただけますと|になれば|くだされば)|(?:読んで|見て|確認して)(?:いただければ|いただけたら|もらえれば|もらえたら|くだされば|くれれば|くれたら))[、\\s]?[^。！？!?\\n]{0,10}?(?:迷われる|迷う|お迷いになる|お困りになる|困る|間違える|お間違えになる|間違われる|分からなくなる|わからなくなる)(?:ような)?(?:ことは|ことも|ことなど)?(?:ない|なか|ありません|ございません|ないはず)'
const CRITIC_BEFORE = /(?:何度も|何回も|再三|毎回)[^。！？!?\n]{0,6}?(?:お電話|電話|お問い合わせ|問い合わせ)|ご意見|ご指摘|ご批判|批判|苦情|文句|ご不満|不満|クレーム|とのこと|との件|とお怒り|おっしゃ|書き込|とお電話/u
/** A criticism in the paragraph's words before the match (up to 120 characters back, its own sentence and the ones before). */
function criticInParagraphBefore(sq: string, s: number): boolean {
  const from = Math.max(0, s - 120, sq.lastIndexOf('\n', s - 1) + 1)
  return CRITIC_BEFORE.test(sq.slice(from, s))
}

/**
 * Blind R116A (R116A-074): another town put down by pitying the people who live there for what it does not do (隣の○○町なんか、
 * 高齢者施策は何もしとらんけん、住む人もかわいそうですよ, よその町は道路の整備もろくにしてないので、住んでいる方が気の毒です):
 * a town, a neglect (何も…ない, ろくに, 何の…も), then its residents pitied. Not a disaster's victims (豪雨で被害を受けた隣の町の
 * 皆さんがお気の毒です), not the past told (…と言われたそうです).
 */
const TOWN_PITY = `(?:${OTHER_TOWN47}|(?:隣|となり|お隣|よそ|他|ほか)の[^。！？!?\\n、]{0,6}?(?:市|町|村|まち))(?:なんか|なんて|なんぞ|は|って|じゃ|では)[^。！？!?\\n]{0,30}?(?:何も|なんも|ろくに|ろくな|何の|なんの|全然|まったく|全く|さっぱり)[^。！？!?\\n]{0,20}?(?:住む|住んで(?:る|いる|おる|いらっしゃる|おられる)|住んどる|住民|町民|市民|村民|あそこの|そこの)[^。！？!?\\n]{0,10}?(?:かわいそう|可哀想|可哀そう|気の毒|不憫|哀れ)`
/**
 * Blind R116A (R116A-122): a critic told, in keigo or plain, to have an adult's sense (大人としての分別をお持ちいただきたいと存じます,
 * いい大人なのですから、もう少し分別をわきまえていただきたい, 社会人としての常識を身につけていただきたい): an insult to the person.
 * Only after a criticism or someone addressed; not a campaign (大人としての分別をもって、飲酒は20歳から), not a speech reported.
 */
const ADULT_SENSE = '(?:(?:大人|社会人|いい大人|いい年|良い大人|成人|市民)(?:として|なの(?:です|だ)から|なんだから|なんやけん|やけん|なら)(?:の)?|もう少し|少しは)[、\\s]?[^。！？!?\\n]{0,6}?(?:分別|常識|良識|節度|見識|品位|思慮)(?:を|ば|は)?[、\\s]?(?:お持ち|持っ|わきまえ|弁え|身につけ|身に付け|お持ちになっ|お示し)(?:て)?(?:いただきたい|頂きたい|ほしい|欲しい|ほしか|もらいたい|ください|下さい|いただけ(?:ますか|ませんか|ると))'
/**
 * Blind R117A (R117A-074): callers or complainers told in a bare prohibition not to call or come (いちいち役所に電話してくるな,
 * 何度も窓口に来るな, 文句ば言いに来んな): a command barked at residents. Not quoted, not the next word (電話してくるなら, …くるなんて).
 */
const DONT_CALL = '(?:(?:電話|連絡|問い合わせ|コメント|書き込み|文句|苦情|クレーム|リプ)(?:を|ば)?(?:して|かけて|入れて|言いに|しに|つけに|寄越して|よこして)?|(?:窓口|役所|市役所|役場|ここ|こっち|うち|庁舎)(?:に|へ|には|まで)?)(?:くるな|来るな|くんな|来んな|きよるな|すんな|するな)(?=[。！!…、,\\s」』]|$|よ(?!う)|や|って|っ)'

/**
 * Blind set R118A, as kinds.
 * - Warn: a critic's ignorance mocked in a mock apology (R118A-022: 海苔の摘み取りが冬だということすらご存じない方にもお分かり
 *   いただけるよう、もっと易しく書くべきでしたね): すら / さえ and not knowing or understanding, said of the reader as 方 / 人, then
 *   understanding made possible (分かる / 伝わる …よう). Only after a criticism, or ending in a mock regret or offer (べきでした,
 *   ればよかった, ましょうか); not an invitation to beginners (柳川の名前すら知らない方にも楽しんでいただけるツアーです).
 */
const EVEN_IGNORANT = '(?:すら|さえ)[、\\s]?(?:ご存じ|ご存知|知ら|知っとら|分から|わから|お分かりになら|お分かりいただけ|読め|理解でき|ご理解いただけ|でき)(?:ない|ず|ん|ません|なか|ん)(?:ような|よな|よう)?(?:方|人|お方|かた|あなた)(?:々|たち|達)?(?:にも|でも)[、\\s]?[^。！？!?\\n]{0,16}?(?:分か|わか|伝わ|理解|読め|お分かり|おわかり)[^。！？!?\\n]{0,10}?(?:よう|ごと)'
const MOCK_REGRET = /^[^。！？!?\n]{0,40}?(?:べき(?:でした|だった|やった|じゃった)|ればよかった|たらよかった|(?:ましょう|ましょっ|とこう|ときましょう|ておきましょう)か|書き直しますね|しますね|いたしますね|書きますね)/u
/**
 * - Block: residents called by a contemptuous name (連中, 奴ら) and barked a rough order (R118A-085: 鳥獣被害の相談ばっかりしてくる
 *   あそこの地区の連中、柵くらい自分で作れや。甘えるな。): the name, then within the next sentence a bare imperative (作れや, しろ,
 *   甘えるな, 来るな). Not quoted or taught, not a warning about swindlers (詐欺の連中にだまされるな).
 */
const ROUGH_ORDER = '(?:連中|奴ら|やつら|奴等|輩|あいつら|こいつら|そいつら)(?:は|も|って|なんか|なんて|には|に|、)?[、\\s]?[^\\n]{0,40}?(?:甘え(?:るな|んな|とる|てんじゃねえ|てんじゃない)|甘ったれ(?:るな|んな|とる)|[一-龥々](?:れ|せ|え|け|て|べ|め|ろ)(?:や|よ|ー)(?=[。！!…、\\s]|$)|(?:しろ|せえ|せろ|やれ|来い|こい)(?:や|よ)?(?=[。！!…、\\s]|$)|(?:来る|くる|する)な(?=[。！!…、\\s]|$)|(?:来|く|す)んな(?=[。！!…、\\s]|$))'
const ROUGH_ORDER_OK = /詐欺|業者|犯人|不審|勧誘|悪質|泥棒|窃盗/u
/**
 * - Warn: another town's shop or facility sneered at (R118A-123: となり町の直売所なんて、しなびた野菜しか置いてませんもんね🤣): a
 *   town (隣町, となり町, よその町, お隣の市), なんて / なんか, then a put-down (しか…ない, しなびた, ろくな, しょぼい) in the same
 *   sentence. Not joint work, not praise (朝どれ野菜しか置いていないのがすごい), not quoted.
 */
const TOWN_SNEER = `(?:${OTHER_TOWN47}|(?:となり|隣|お隣|おとなり|よそ|他所|ほか|他)(?:の)?(?:町|まち|市|村|県))(?:の[^。！？!?\\n、]{0,10}?)?(?:なんて|なんか|なんぞ|ごとき)[、\\s]?[^。！？!?\\n]{0,24}?(?:(?:しなび|萎び|古い|古く|まずい|不味い|ぼろい|ボロい|汚い|きたない|高いだけ)[^。！？!?\\n]{0,12}?しか|しか[^。！？!?\\n]{0,10}?(?:ない|なか|ません|ありません|ないし|ないでしょ|ないもん)|ろくな|ろくに|${DULL47}|しょぼ|ショボ|ダサ|ださ|田舎くさ|大したこと(?:ない|なか|ありません)|たいしたこと(?:ない|なか|ありません)|話になら|比べ(?:物|もの)にならな|勝負にならな|相手にならな)`
const TOWN_SNEER_OK = /見習|すごい|すご(?:か|く)|素晴らし|すばらし|さすが|人気|おすすめ|お勧め|オススメ|合同|連携|共同|協力|一緒に|被害|被災|災害/u
/** R159D-090: someone addressed, or like them, named rubbish or vermin by what people call it (あんたみたいなのをゴミって言うんよ). */
const NAMED_RUBBISH = '(?:あんた|あなた|お前|おまえ|てめえ|貴様|きさま|きさん|君|きみ|お宅|おたく)(?:ら|たち|達)?(?:みたいな|みたいなん|のような|ごたる|ごたー|みてえな|みてーな)(?:の|ん|人|人間|奴|やつ|もん|者|輩|連中)(?:の)?(?:を|は|が|こそ)[、\\s]?(?:ゴミ|ごみ|粗大ごみ|粗大ゴミ|生ごみ|生ゴミ|産廃|害虫|寄生虫|ダニ|ゴキブリ|ごきぶり|ウジ虫|うじ虫|蛆虫|社会のゴミ|社会のごみ|税金泥棒|穀潰し|ごくつぶし)(?:って|と|ち|て)[、\\s]?(?:言う|いう|ゆう|言い|呼ぶ|呼び|言わ|呼ば)'
/** R158A-008: told not to live here or to leave, after a complaint or a dislike made the condition (文句しか言えんなら柳川に住まんでよかです, どうぞ出ていってください). */
const LEAVE_TOWN = '(?:(?:柳川|この町|このまち|この市|この街|ここ|うち|市内|本市|当市|この地域|地元)(?:に|には|で|では)?[、\\s]?(?:住ま|暮らさ|おら|居ら)(?:なくて|んで|んでも|なくても|れんでも|れなくても)(?:も)?[、\\s]?(?:いい|良い|よい|よか|ええ|結構|けっこう|構いません|かまいません|構わん|かまわん)|どうぞ[、\\s]?(?:よそへ|よそに|ほかへ|他所へ|外へ)?(?:出て|でて)(?:いって|行って|って|いかれて|行かれて)(?:ください|下さい|くれ|ね|もらって|いただいて|どうぞ)?|(?:出て|でて)(?:いって|行って|いかれて|行かれて)(?:もらって|いただいて)?(?:も)?[、\\s]?(?:結構|けっこう|構いません|かまいません|構わん|かまわん|いい|良い|よい|よか|ええ)(?=です|ばい|けん|よ|[。！!…\\s]|$))'
/** …the condition: a complaint or a dislike (文句しか言えんなら, ご不満なら, 嫌なら). */
const LEAVE_IF = /(?:文句|不満|ご不満|苦情|批判|悪口|嫌|いや|イヤ|気に入ら|我慢でき|満足でき)[^。！？!?\n]{0,14}?(?:なら|ならば|んなら|のなら|やったら|だったら|のであれば|でしたら|とやったら)/u
/**
 * Blind R161A-025: someone's stance or complaint praised in mockery as on top form again (雪でもノーマルタイヤで走る方の自己責任論、
 * 今日も絶好調ですね👏, そのご高説、相変わらず冴えてますね, 持論が炸裂してますね, クレームも本日も全開ですな): a stance word (…論 and
 * its holder …論者, ご意見, 持論, 理屈, 文句, 苦情, クレーム, 批判, マウント) joined to a word of top form (絶好調, 冴え, 炸裂, 健在,
 * 全開, キレッキレ) said to them (ですね, ですな, てますね). Not 議論, 討論, 弁論, 理論, 結論, 評論 (a discussion going well), not a
 * person's play or a festival (息子さんのピッチング、今日も絶好調ですね, 川下り、今日も絶好調), not 文句なし.
 */
const TOP_FORM = '(?:[\\p{Script=Han}]{1,6}(?<![議討弁結理推評序本各総概緒言])論(?:者(?:の(?:方|方々|皆さん|皆様|皆さま))?)?|ご意見|ご高説|ご主張|ご持論|持論|屁理屈|へ理屈|へりくつ|理屈|文句(?!な[しく]|無)|苦情|クレーム|ご批判|批判|揚げ足取り|マウント)(?:[、,\\s]{0,2}|(?:は|も|が|ぶり|っぷり)[、,\\s]{0,2})(?:(?:今日も|きょうも|本日も|今回も|今朝も|今年も|相変わらず|あいかわらず|いつもながら|いつも|毎度|毎回|ますます|一段と)[、,\\s]{0,2})?(?:絶好調|好調|快調|健在|全開|炸裂|大爆発|キレッキレ|キレキレ|フル回転|ノリノリ|冴え渡っ|冴えわたっ|冴え)(?:(?:して|て|で)(?:いらっしゃい|おられ|い|お)?(?:ます|る)|です|だ|や|でございます)?(?:ね|な|よね|ねえ|ねぇ|ねー|ですこと|こと)(?![ぁ-ゖ])'
/** R163A-127, R165I-066: people named before a verb of hitting made sure (騒いどった連中、次見かけたら本気でくらすけんね). */
const HIT_PEOPLE = /連中|奴ら|やつら|ヤツら|あいつら|こいつら|騒ぎ|騒い|騒ぐ|悪口|書きよ|書いとる|書いた/u
export const CRITICS_ANSWERED_PHRASES: Phrase[] = [
  // Blind R161A-025: a stance or complaint mock-praised as on top form again (…の自己責任論、今日も絶好調ですね👏, ご高説、相変わらず
  // 冴えてますね): sarcasm, warn. Not a discussion, a game or a festival going well (議論、今日も絶好調ですね, 川下り、今日も絶好調).
  {
    rule: 'hostility/confrontational',
    re: phrase(TOP_FORM),
    need: foldAll(['絶好調', '好調', '快調', '健在', '全開', '炸裂', '爆発', 'キレッキレ', 'キレキレ', 'フル回転', 'ノリノリ', '冴え']),
    instead: '相手の意見を皮肉らず、「ご意見ありがとうございます。雪の日は冬用タイヤの装着をお願いしています」のように、事実と市の案内だけを伝えてください',
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  // Blind R158A-008 (first, so the general 嫌なら…結構 warning does not hold the span): told not to live here or to leave, with a complaint or a dislike made the condition (R158A-008: 文句しか言えんなら柳川に住まんで
  // よかです。どうぞ出ていってください; ご不満なら、この町に住まなくて結構です): curse, block. Not an evacuation or a room left (火災の
  // ときは建物から出ていってください), not housing advice with no complaint (市外に住まなくても通えます).
  {
    rule: 'hostility/curse',
    re: phrase(LEAVE_TOWN),
    need: foldAll(['住ま', '暮らさ', 'おら', '居ら', '出て', 'でて']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (FOR_A_WHILE.test(sentenceText(sq, s, e))) return false
      return LEAVE_IF.test(withPrevious(sq, s, e).slice(0, withPrevious(sq, s, e).length - (sentenceOf(sq, s, e).end - s)))
    },
  },
  // Blind R159D-090 (first, before the general あんたみたいな warning holds the span): someone addressed, or like them, named rubbish or vermin by what people call it (R159D-090: あんたみたいなのをゴミって言うんよ;
  // お前みたいな奴を税金泥棒と呼ぶ): insult, block. Not praise (あんたみたいなのを働き者って言う), not reported.
  {
    rule: 'hostility/insult',
    re: phrase(NAMED_RUBBISH),
    need: foldAll(['みたい', 'のような', 'ごたる', 'ごたー', 'みてえ', 'みてー']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  // --- Blind set R119A kinds ---
  // The reader asked what on earth they were reading or watching, after being told it was sent or posted (R119A-019: 広報紙は
  // 毎月お手元に届いているはずですが、いったい何をお読みになっていたのでしょうか, 何回も放送しよるとに、いったい何ば聞きよったと?).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:いったい|一体|いったいぜんたい|一体全体)[、\\s]?何(?:を|ば)[^。！？!?\\n]{0,12}?(?:てい|てお|ていらっしゃ|ておられ|て|で|よ|と|とっ|よっ)(?:た|らした|られた|った)(?:の|ん)?(?:でしょう|だろう|やろ|ですか|ですかね|か|と|ね|かな)'),
    need: foldAll(['いったい', '一体']),
    instead: '相手を責めず、「お知らせが届きにくかったかもしれません。次回の申込期限は…です」のように、改めて案内してください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && /届い|届け|お送り|送っ|配布|配っ|掲載|載せ|載っ|書い|記載|お知らせ|案内|放送|周知|通知|広報|ホームページ|説明|お伝え|伝え/u.test(sq.slice(Math.max(0, s - 100), s)) && !/クイズ|問題です|答え|縄文|弥生|昔の人|調査|研究|なぞ|謎/u.test(sq.slice(Math.max(0, s - 100), e + 40)),
  },
  // A critic's view valued only on the condition that they had checked first (R119A-041: ご確認いただいたうえでのご意見でしたら、
  // 大変参考になりますね, 読んだ上での批判なら、ありがたいんですけどね): said it was not checked, in mock thanks.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:ご確認|確認|お読み|読ん|お調べ|調べ|ご覧|見|ご理解|理解)(?:いただいた|いただけた|になった|された|した|して|だ|た)?(?:うえ|上)(?:で)?(?:の|での)(?:ご意見|意見|ご指摘|指摘|ご批判|批判|苦情|ご質問|質問|コメント|お言葉)(?:でしたら|であれば|なら|ならば|やったら)[、\\s]?[^。！？!?\\n]{0,12}?(?:参考に(?:なり|なる|させ)|ありがた|有難|有り難|嬉し|うれし|助かり|助かる|歓迎)'),
    need: foldAll(['うえ', '上']),
    instead: '相手の確認不足をほのめかさず、「ご意見ありがとうございます。空き状況は毎月ホームページでお知らせしています」のように、事実だけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  // It is written large, so please do read it, after a criticism (R119A-127: 「注意事項」欄は大きな字で書いてございますので、一度
  // お目を通していただければ幸いに存じます, 赤字で書いてありますので、まずはご覧いただけますと助かります): the reader's reading doubted.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:大きな(?:字|文字)で|大きく|太字で|太い字で|赤字で|赤い字で|目立つ(?:ように|所に|ところに)|一番上に|冒頭に|はっきり(?:と)?)[^。！？!?\\n]{0,4}?(?:書いて|記載して|明記して|掲示して|掲載して|印刷して)(?:ござい|あり|おり|い|あ|お)(?:ます|る)?(?:ので|から|けん)[、\\s]?[^。！？!?\\n]{0,10}?(?:お目を通し|お目通し|お読み|ご覧|ご確認|読んで|見て)[^。！？!?\\n]{0,14}?(?:幸い|ありがた|助かり|存じ|ください|下さい|お願い)'),
    need: foldAll(['ので', 'から', 'けん']),
    instead: '「読めば分かる」と言わず、「分かりにくく申し訳ありません。注意事項の要点は…です」のように、改めて案内してください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && criticInParagraphBefore(sq, s) && !/書き直|見直し|改善|変更しました|新しく|お子|子ども|子供|初めて|はじめて|外国|やさしい日本語/u.test(withPrevious(sq, s, e)),
  },
  // Had the reader looked it up even a little, this misunderstanding would not have arisen (LO-4: ちょっとでも調べていただければ、
  // このような誤解は生じないかと存じます, 少しでもお読みいただければ、こうした勘違いは起きないはずです): the error pinned on them.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:ちょっとでも|少しでも|一度でも|ちっとでも|ちゃんと|きちんと|よく)[^。！？!?\\n]{0,12}?(?:お?調べ|ご?確認|お?読み|読ん|ご覧|見|お聞き|聞い)[^。！？!?\\n]{0,6}?(?:いただければ|いただけたら|いただいていれば|くだされば|てもらえれば|てもらえたら|てくれれば|てくれたら|になれば)[、\\s]?(?:このような|そのような|こうした|そうした|こんな|そんな|この|その|あのような)(?:ご?誤解|勘違い|思い違い|お?間違い|ご意見|ご指摘|ご質問|お問い合わせ|苦情)(?:は|も|など)?[^。！？!?\\n]{0,4}?(?:生じ|起き|起こ|出|な|せ|し|いただ)'),
    need: foldAll(['ちょっとでも', '少しでも', '一度でも', 'ちっとでも', 'ちゃんと', 'きちんと', 'よく']),
    instead: '相手の調べ不足を責めず、「分かりにくい点があり失礼しました。正しくは…です」のように、事実を丁寧に伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !/申し訳|お詫び|おわび|反省|再発|私ども|当課|職員が/u.test(sentenceText(sq, s, e)),
  },
  // A facility mocked for the name it dares to bear (R119A-069: あれで「支援」って名乗れるのがすごい😅, あれで公園と呼べるとは
  // 驚きです): contempt for what another party runs.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:あれ|あんなの|あんなもの|あんなん|あの程度|これ|こんなの|こんなもの|こんなん|あの規模|あの広さ)で[^。！？!?\\n]{0,14}?(?:名乗れる|名乗って|名乗る|呼べる|呼んで|と言える|って言える|を名乗|を称)[^。！？!?\\n]{0,4}?(?:の|ん|こと)?(?:が|は|とは|なんて|って)[、\\s]?[^。！？!?\\n]{0,6}?(?:すごい|すご|凄い|凄|驚き|驚く|びっくり|不思議|さすが|逆に|笑|ウケる|うける|図太)'),
    need: foldAll(['名乗', '呼べ', '呼ん', '言える', '称']),
    instead: '他の施設を見下さず、「柳川市の子育て支援センターでは…ができます」のように、柳川の良さだけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  // A rough plain imperative to critics to do something first and only then speak (R119A-003: まず自分の申請書ちゃんと読み直して
  // から言えって話, 調べてからものを言え, 現場ば見てから言わんか): block.
  {
    rule: 'hostility/insult',
    re: phrase('(?:て|で)から(?:もの|物)?(?:を)?(?:言え|いえ|言えや|言えよ|言わんか|言わんね|しゃべれ|喋れ|書け|書けや|文句言え|文句を言え|口を?出せ|口きけ)(?![ぁ-ゖ])|(?:て|で)から(?:もの|物)?(?:を)?(?:言え|いえ|書け)(?=って|っち|よ|や)'),
    need: foldAll(['から']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !quotedInTeaching(sq, s, e) && !/[」』](?:と|って|という|とか)/u.test(sq.slice(e, e + 4)),
  },
  // Told to leave with good riddance (R119A-068: そげん不満なら他の市に引っ越せばよかろうもん。誰も止めんばい, 嫌なら出ていけば
  // いい、誰も引き止めませんよ): block.
  {
    rule: 'hostility/insult',
    re: phrase('(?:(?:引っ越|ひっこ|引越|出て(?:行|い)|よそに行|よそへ行|よそ行|他に行|ほかに行|他所に行|去|辞め|やめ|転居|移住|移|移られ)[^。！？!?\\n]{0,12}?(?:ば|たら|ては|ても)[、\\s]?(?:いい|よい|良い|よか|ええ|どう|いかが)|出ていけ|出て行け|出てけ|出ていきなさい|出て行きなさい|去れ|失せろ)[^。！？!?\\n]{0,10}?[。、,\\s]?[^。！？!?\\n]{0,6}?誰(?:も|一人)(?:(?:引き止め|引きとめ|ひきとめ|止め|とめ)(?:ん|ない|ません|へん|やしない|はしない)|悲しま(?:ん|ない|ません)|寂しがら(?:ん|ない)|寂しがりません|困ら(?:ん|ない)|困りません)'),
    need: foldAll(['誰も', '誰一人']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !quotedInTeaching(sq, s, e),
  },
  // Blame thrown with the rude second person: the likes of you are why it goes wrong (R119A-100: あんたみたいなのがいるから子どもが
  // 泣くんだよ, お前らみたいな親がおるけん, てめえのような奴がいるから): block.
  {
    rule: 'hostility/insult',
    re: phrase('(?:あんた|お前|おまえ|てめえ|てめー|貴様|きさま)(?:ら|たち|達|ども)?(?:みたいな|のような|みたいなの|みたいなん|なんか)[^。！？!?\\n]{0,6}?(?:が|の)(?:いる|おる|居る|いっ|おっ)(?:から|けん|せいで|ので|で)'),
    need: foldAll(['あんた', 'お前', 'おまえ', 'てめえ', 'てめー', '貴様', 'きさま']),
    instead: INSTEAD.insult,
    // Not notTeaching: a post about abuse (虐待) can itself be the one that blames; a quoted example is still a mention.
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e) && !quotedInTeaching(sq, s, e),
  },
  // --- Blind set R118A kinds ---
  // A critic's ignorance mocked in a mock apology (R118A-022: …すらご存じない方にもお分かりいただけるよう、もっと易しく書くべきでしたね).
  {
    rule: 'hostility/confrontational',
    re: phrase(EVEN_IGNORANT),
    need: foldAll(['すら', 'さえ']),
    instead: '相手の知識を見下さず、「分かりにくい書き方で失礼しました。海苔の摘み取りは冬に行います」のように、事実を丁寧に伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && (criticInParagraphBefore(sq, s) || MOCK_REGRET.test(sq.slice(e, e + 60))),
  },
  // Residents called 連中 and barked a rough order (R118A-085: あそこの地区の連中、柵くらい自分で作れや。甘えるな。): block.
  {
    rule: 'hostility/insult',
    re: phrase(ROUGH_ORDER),
    need: foldAll(['連中', '奴ら', 'やつら', '奴等', '輩', 'いつら']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !quotedInTeaching(sq, s, e) && !ROUGH_ORDER_OK.test(sq.slice(Math.max(0, s - 30), e)),
  },
  // Another town's shop or facility sneered at (R118A-123: となり町の直売所なんて、しなびた野菜しか置いてませんもんね🤣).
  {
    rule: 'hostility/confrontational',
    re: phrase(TOWN_SNEER),
    need: foldAll(['なんて', 'なんか', 'なんぞ', 'ごとき']),
    instead: '他の自治体の施設を見下さず、「道の駅やながわでは、朝どれの新鮮な野菜を販売しています」のように、柳川の良さだけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !TOWN_SNEER_OK.test(sentenceText(sq, s, e)),
  },
  // Another town's residents pitied for what it does not do (R116A-074: 隣の○○町なんか、高齢者施策は何もしとらんけん、住む人も
  // かわいそうですよ).
  {
    rule: 'hostility/confrontational',
    re: phrase(TOWN_PITY),
    need: foldAll(['かわいそう', '可哀想', '可哀そう', '気の毒', '不憫', '哀れ']),
    instead: '他の自治体を論評せず、「柳川市の高齢者施策は…です」のように、市の取り組みそのものを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !NATURAL_HAZARD.test(sentenceText(sq, s, e)) && !/被害|被災|[ただ]そうです|と言われ|昔|当時|かつて|頃/u.test(sentenceText(sq, s, e)),
  },
  // An adult's sense demanded of a critic (R116A-122: 大人としての分別をお持ちいただきたいと存じます): block.
  {
    rule: 'hostility/insult',
    re: phrase(ADULT_SENSE),
    need: foldAll(['分別', '常識', '良識', '節度', '見識', '品位', '思慮']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !/述べ|式辞|あいさつ|挨拶|成人式|二十歳|20歳|飲酒|喫煙|運転|ましょう/u.test(sentenceText(sq, s, e)) && (criticInParagraphBefore(sq, s) || /騒|方々|方、|方は|方に|人は|人、|あなた|あんた/u.test(sq.slice(Math.max(0, s - 120), s))),
  },
  // A bare prohibition barked at callers (R117A-074: いちいち役所に電話してくるな): block.
  {
    rule: 'hostility/insult',
    re: phrase(DONT_CALL),
    need: foldAll(['くるな', '来るな', 'くんな', '来んな', 'きよるな', 'すんな', 'するな']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !quotedInTeaching(sq, s, e),
  },
  // --- Blind sets R116A/R117A kinds ---
  // A critic told to have done it themself first, then write (R116A-085: ご自身で一度でも介護の現場に立たれてから、改めてお書き
  // いただけると幸いでございます; 実際に窓口に立ってからおっしゃってください): after a criticism only.
  {
    rule: 'hostility/confrontational',
    re: phrase(DONE_FIRST),
    need: foldAll(['てから', 'でから']),
    instead: '「やってみてから言って」と突き放さず、「ご意見ありがとうございます。現場の状況については…」のように、事情を丁寧に伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && criticInParagraphBefore(sq, s) && !/私|わたし|僕|ぼく|わたくし|職員|当課/u.test(sq.slice(s, e)),
  },
  // It is written for them, so reading it would have spared the trouble (R117A-019: 看板に大きく書いてございますので、お読み
  // いただければ迷われることはないかと存じます): after a complaint or criticism only.
  {
    rule: 'hostility/confrontational',
    re: phrase(READ_IF117),
    need: foldAll(['ので', 'から', 'けん']),
    instead: '「読めば分かる」と言わず、「分かりにくく申し訳ありません。駐車場は…です」のように、改めて案内してください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && criticInParagraphBefore(sq, s) && !/お子|子ども|子供|初めて|はじめて|外国|やさしい日本語/u.test(sentenceText(sq, s, e)),
  },
  // --- Blind sets R100A–R102A kinds ---
  // A bad motive imputed to the one addressed, in any politeness (R100A-064: ブログのためにわざと粗探しをしに来られているとしか
  // 思えません; 嫌がらせ目的で書き込まれているとしか考えられません, 炎上狙いに違いなか; not reported: …としか思えないとのご意見,
  // not an animal: カラスがわざとごみ袋を狙っているとしか思えません).
  {
    rule: 'hostility/confrontational',
    re: phrase(MOTIVE102),
    need: foldAll(['思え', '考えられ', '見え', '受け取れ', '感じられ', '読め', '取れ', '違い', 'ちがい', '相違', 'お見受け', '推察', '拝察']),
    instead: '相手の動機を決めつけず、「ご指摘の点は担当課で確認します」のように事実と対応だけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const sen = sentenceText(sq, s, e)
      if (NOT_PERSON102.test(sen) || REPORTED90.test(sq.slice(e, e + 12))) return false
      return ANSWERED92.test(withPrevious(sq, s, e)) || ADDRESSED102.test(sq)
    },
  },
  // Another town mocked as still unable to do even something, with a laugh or with its residents told to move here
  // (R113A-068: お隣の市はまだコンビニ交付もできないらしいですね（笑）…柳川に引っ越してくればいいのに; not a report without a laugh).
  {
    rule: 'hostility/confrontational',
    re: phrase(UNABLE113),
    need: foldAll(['まだ']),
    instead: '他の自治体と比べて見下さず、柳川で利用できるサービスと手続きだけを案内してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || SELF113.test(sq.slice(s, e))) return false
      const sen = sentenceText(sq, s, e)
      if (JOINT113.test(sen)) return false
      // The laugh in the rest of the sentence (…らしいですね（笑）) or right after its end (…できないとか。笑).
      const tail = sq.slice(e, e + 30)
      const cut = tail.search(/[。！？!?\n]/u)
      return LAUGH113.test(cut < 0 ? tail : tail.slice(0, cut + 4)) || MOVE_HERE113_RE.test(sq)
    },
  },
  // Another town's residents told they had better move here (R113A-068: …柳川に引っ越してくればいいのに; not a newcomer's guide).
  {
    rule: 'hostility/confrontational',
    re: phrase(MOVE_HERE113),
    need: foldAll(['のに', 'とに', 'ない', 'やん', 'じゃん']),
    instead: '他の自治体の住民に転居を勧めるような言い方は避け、柳川の制度だけを案内してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const ctx = withPrevious(sq, s, e).replace(/柳川(?:市|町)?/gu, '')
      return TOWN113_RE.test(ctx) && !JOINT113.test(ctx)
    },
  },
  // "No wonder" sneered at a critic's or another town's shortfall told (R100A-094: 3時間しか滞在していないそうです。そりゃ見えんでしょうね;
  // R102A-121: お隣の市さんは防犯カメラの補助制度もないそうで、そりゃ空き巣も増えるでしょうね; not sympathy: 3時間しか寝ていない団員さん、
  // そりゃ疲れるでしょうね, not a town's disaster: お見舞い申し上げます).
  {
    rule: 'hostility/confrontational',
    re: phrase(NO_WONDER102),
    need: foldAll(['そりゃ', 'そら', '道理で', 'どうりで', 'それじゃ', 'それでは']),
    instead: '相手の不足を当然の結果のように言わず、柳川の取り組みや事実だけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const ctx = withPrevious(sq, s, e).replace(sq.slice(s, e), '')
      if (KIND102.test(sq) || SYMPATHY.test(sq.slice(s, e)) || SELF102.test(ctx)) return false
      const other = OTHER_TOWN49.test(ctx.replace(/柳川(?:市|町)?/gu, ''))
      return (other || CRITIC102.test(ctx)) && SHORTFALL102.test(ctx) && (other ? HEARSAY102.test(ctx) : true)
    },
  },
  // A critic told at least to open their eyes when they look (R100A-094: 次はせめて目を開けて歩いてみてください; ちゃんと目ば開けて
  // 見てこんね: not eye care: 目薬をさしたら、しっかり目を開けてください, not a swim lesson).
  {
    rule: 'hostility/confrontational',
    re: phrase(OPEN_EYES),
    need: foldAll(['目']),
    instead: '相手を揶揄せず、「ご覧いただきたい見どころは次のとおりです」のように魅力そのものを案内してください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && CRITIC102.test(sq) && !EYE_CARE.test(sq),
  },
  // Mock admiration that someone who does not even know speaks so boldly (R102A-103: 110番の仕組みもご存じないまま、ここまで自信
  // たっぷりに書けるとは感心いたします; 条例を読まずにここまで断言できるとは恐れ入ります; not a child's work praised:
  // 書き方も知らないまま、ここまで書けるとは感心しました, with no critic).
  {
    rule: 'hostility/confrontational',
    re: phrase(IGNORANT_BOLD),
    need: foldAll(['書け', '言え', 'いえ', 'おっしゃれ', '語れ', 'でき', '書きになれ', '言い切れ', '書き込め']),
    instead: '皮肉を込めず、「ご意見ありがとうございます。〇〇の仕組みは次のとおりです」のように事実を案内してください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && CRITIC102.test(sq) && !SELF102.test(sentenceText(sq, s, e)),
  },
  // After another town put down as hearsay, its people invited to move here (R102A-121: 安心して暮らしたい方は、柳川に引っ越して
  // こられてはいかがですか; not a plain move-in campaign, not help after a disaster, not a joint fair).
  {
    rule: 'hostility/confrontational',
    re: phrase(MOVE_HERE102),
    need: foldAll(['引っ越', '引越', 'ひっこ', '移住', '移り住', '越して', '住み替え', '転居']),
    instead: '他の自治体と比べて下げず、柳川の暮らしやすさを事実として伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const before = withPrevious(sq, s, e).slice(0, -(sentenceOf(sq, s, e).end - s))
      const other = before.replace(/柳川(?:市|町)?/gu, '')
      return OTHER_TOWN49.test(other) && HEARSAY102.test(other) && (TROUBLE96.test(other) || SHORTFALL102.test(other)) && !KIND102.test(sq) && !JOINT.test(other)
    },
  },
  // --- Blind sets R98A/R99A kinds ---
  // "Shut up" as a bare dialect imperative closing the sentence (R98A-071: 文句しか言えんとやったら黙っとき; 黙っとけ, 黙っとれよ,
  // 黙っとって: curse; not a secret kept for someone: お母さんには黙っとってね, not the て-form going on: 黙っとって、…).
  {
    rule: 'hostility/curse',
    re: phrase(SHUT_UP_BARE),
    need: foldAll(['黙', 'だまつと']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !SECRET98.test(sentenceText(sq, s, e)),
  },
  // The one addressed, as a kind of person, called the worst nuisance (R98A-090: あんたみたいなのが一番迷惑; あなたのような方が
  // 一番困ります: insult; not a thing: 迷惑メール, not a fraud warning: あなたのような方が困ることのないよう).
  {
    rule: 'hostility/insult',
    re: phrase(YOUR_KIND_NUISANCE),
    need: foldAll(['あんた', 'あなた', '貴方', 'お前', 'おまえ', 'てめえ', '貴様', '君', 'きみ']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e),
  },
  // Told to leave their home or the town if they do not like it (R98A-090: 嫌なら出ていってもらって結構です; 文句があるなら柳川から
  // 出ていってもらって構いません: curse; not a room left for a while: 撮影がお嫌でしたら、その間だけお部屋から出ていっていただいて結構です).
  {
    rule: 'hostility/curse',
    re: phrase(LEAVE_THEN),
    need: foldAll(['出て', 'でて']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const sent = sentenceText(sq, s, e)
      return DISLIKE.test(sent) && !FOR_A_WHILE.test(sent)
    },
  },
  // Our own side set against another town's trouble told as hearsay, reassurance with a laugh (R98A-127: お隣の町のデマンドタクシーは
  // 予約が全然とれないと評判ですが、柳川はそんなことありませんのでご安心を（笑）; not a plain reassurance: 柳川は影響ありませんのでご安心ください).
  {
    rule: 'hostility/confrontational',
    re: phrase(OUR_RELIEF),
    need: foldAll(['ので', 'から']),
    instead: '他の自治体と比べて下げず、柳川の対応そのものを事実として伝えてください',
    keep: afterTownTrouble,
  },
  // A party named after a failure told to practise or train first and only then come (R98A-140: 施工した筑後ロード工業さんには、
  // 一度ご自宅の前の道で練習してから来ていただきたいものです; not an event's advice: 事前にコースで練習してから来ていただくと安心です).
  {
    rule: 'hostility/confrontational',
    re: phrase(PRACTISE_FIRST),
    need: foldAll(['練習', '修行', '修業', '特訓', '勉強', '研修', '訓練', '磨']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const sent = sentenceText(sq, s, e)
      return NAMED_PARTY.test(sq.slice(sentenceOf(sq, s, e).start, s)) && FAILED98.test(withPrevious(sq, s, e)) && !OWN_FAULT.test(sent)
    },
  },
  /**
   * Blind R262J-026 kind: a named contractor or business blamed in public — its work called sloppy by name (筑後管工さんの施工がずさん
   * だった, ○○造園さんの剪定はいい加減で) or the firm told the city never wants it again after a failure (こういう業者には二度と市の仕事を
   * 任せたくありません). Warn: a grudge aired on the official account. Not a formal sanction stated (指名停止としました), not a consumer
   * warning about rogue traders (悪質な業者には二度と頼まないよう…), not a name with no fault.
   */
  {
    rule: 'hostility/confrontational',
    re: phrase(NAMED_SLOPPY),
    need: foldAll(['ずさん', '杜撰', '手抜き', 'お粗末', 'いい加減', 'いいかげん', '雑']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !ROGUE_TRADER.test(withPrevious(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(NEVER_AGAIN_FIRM),
    need: foldAll(['二度と', '金輪際', '今後一切']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const win = withPrevious(sq, s, e)
      return NAMED_PARTY.test(sq.slice(sentenceOf(sq, s, e).start, s)) && (FAILED98.test(win) || FIRM_FAULT.test(win)) && !ROGUE_TRADER.test(win)
    },
  },
  // Another town's late start praised in mock keigo or with an offer to teach it (R99A-016: お隣の市役所さんも、ようやく…始められたとか。
  // 周回遅れでも走り出されたのはご立派です👏 うちのノウハウでよければいつでもお教えしますよ; not a joint venture, not a sincere
  // congratulation with no mock: 大川市さんの新体育館がようやく完成したそうで、立派です).
  {
    rule: 'hostility/confrontational',
    re: phrase(LATE_PRAISED),
    need: foldAll(['立派', 'えらい', '偉い', '大した', 'たいした', '素晴らし', 'すばらし', '感心']),
    instead: '他の自治体の取り組みを評価したり比べたりせず、柳川の取り組みを事実として伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const win = withPrevious(sq, s, e).replace(/柳川(?:市|町)?/gu, '')
      const mock = /ご立派|おえらい|お偉い|周回遅れ|今さら|今更|いまさら|遅ればせ|遅まきながら|遅れ/u.test(sq.slice(s, e)) || /^\s?(?:👏|😏|[（(]笑|笑|w)/u.test(sq.slice(e, e + 3))
      return mock && OTHER_TOWN49.test(win) && !JOINT.test(win)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(TEACH_OFFER),
    need: foldAll(['教え', '伝授', '指導', '指南', 'お貸し']),
    instead: '他の自治体の取り組みを評価したり比べたりせず、柳川の取り組みを事実として伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const win = withPrevious(sq, s, e).replace(/柳川(?:市|町)?/gu, '')
      return OTHER_TOWN49.test(win) && LATE.test(win + sq.slice(e, e + 3)) && !JOINT.test(win)
    },
  },
  // The staff's burden "enjoyed" in humble keigo and credited to someone (R99A-053: 議員の皆様の大変ご高尚なご質問のおかげで、職員一同、
  // 深夜まで答弁書づくりを楽しませていただいております; not an event enjoyed: 皆さんのおかげで、夜遅くまで盆踊りを楽しませていただきました)
  // and ご高尚な on someone's words.
  {
    rule: 'hostility/confrontational',
    re: phrase(ENJOYED_BURDEN),
    need: foldAll(['楽しませ', '満喫', '堪能', '味わわ', '楽しく']),
    instead: '皮肉を込めず、「ご質問への答弁を準備しています」のように事実だけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && CREDITED.test(sentenceText(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(MOCK_LOFTY),
    need: foldAll(['高尚']),
    instead: '皮肉を込めず、「ご質問ありがとうございます」のように受け止めてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e),
  },
  // --- Blind sets R96A/R97A kinds, threats ---
  // The addressee's home said to be known, or knowable, from the office's records, to a critic or before a visit (R96A-021:
  // 匿名なら何を書いてもいいと思わないでくださいね。どちらにお住まいかは課税台帳でだいたい分かりますので、近いうちにご自宅へ
  // 伺うかもしれません; not a notice: お住まいの地区は課税台帳で確認できますので、通知書をご確認ください, not help sent).
  {
    rule: 'hostility/threat',
    re: phrase(HOME_BY_RECORDS),
    need: foldAll(['分か', 'わか', '特定', '把握', '調べ']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || ABUSE_REPORTED.test(sentenceText(sq, s, e))) return false
      if (HELP49.test(sentenceText(sq, s, e)) || HELP96.test(sentenceText(sq, s, e)) || /^[、\s]?(?:か(?:[？?。]|$)|かどうか|場合|ように|ようになり)/u.test(sq.slice(e, e + 8))) return false
      const after = sq.slice(e, e + 60)
      return CRITIC96.test(withPrevious(sq, s, e).replace(sq.slice(s, e), '')) || VISIT49.test(after) || WARNED.test(after)
    },
  },
  // The addressee's own records (カルテ, 健診の結果, 住民票) said to be open to the office, to a critic (R97A-131: 待ち時間のことで
  // 何度もコメントされている方へ。…あなたのカルテはこちらでも見られるんですけどね; not help: ご自身の健診結果は、マイナポータルで
  // 見られます, not a promise of privacy: 職員が同意なく見ることはできません).
  {
    rule: 'hostility/threat',
    re: phrase(RECORDS_SEEN),
    need: foldAll(['見られ', '見れ', '見え', '閲覧', '拝見', '確認でき', '照会', '調べ', '把握', '見ること', 'のぞけ', '覗け']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || ABUSE_REPORTED.test(sentenceText(sq, s, e))) return false
      const sen = sentenceText(sq, s, e)
      if (HELP49.test(sen) || HELP96.test(sen) || /^[、\s]?(?:か(?:[？?。]|$)|かどうか|ように|ようになり|ことはありません|ことはない)/u.test(sq.slice(e, e + 10))) return false
      return OFFICE.test(sen) && CRITIC96.test(withPrevious(sq, s, e).replace(sq.slice(s, e), ''))
    },
  },
  // Blind R246S-024 kind: a parent who complains told to bring up their own child again (ご自分のお子さんの好き嫌いをしつけ直されては
  // いかがでしょうか, ご自身のお子さんをきちんと教育し直してください): their parenting judged and corrected by the office, an insult, block.
  // Only said back at a complaint or a handle (`GRUDGE`: 文句, 苦情, ご不満, @); not a parenting column, not quoted.
  {
    rule: 'hostility/insult',
    re: phrase(REDO_UPBRINGING),
    need: foldAll(['直', 'なおさ', 'なおし', 'なおな']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && GRUDGE.test(withPrevious(sq, s, e)),
  },
  // Blind R246S-024 kind: the parents' own duty said to be pushed onto the school (親の責任を学校に押し付けないでください, 家庭のしつけを
  // 園に丸投げするのはやめてください): a complaining parent scolded, warn. Only said back at a complaint or a handle (`GRUDGE`).
  {
    rule: 'hostility/confrontational',
    re: phrase(DUTY_PUSHED),
    need: foldAll(['押し付け', '押しつけ', 'おしつけ', '転嫁', '丸投げ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && GRUDGE.test(withPrevious(sq, s, e)),
  },
  // --- Blind sets R92A–R95A kinds ---
  // A family's upbringing blamed after people's conduct is found wanting (R92A-047: …済ませる方が多いようで残念です。家庭での
  // しつけもぜひお願いしたいものです; 親御さんのしつけがなっていない; not a parenting course, not a pet's training).
  {
    rule: 'hostility/confrontational',
    re: phrase(UPBRINGING),
    need: foldAll(['しつけ', '躾', '教育']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || REPORTED90.test(sq.slice(e, e + 12))) return false
      const win = withPrevious(sq, s, e)
      return WANTING.test(win.replace(sq.slice(s, e), '')) && !UPBRINGING_OK.test(win)
    },
  },
  // What anyone would understand by reading it properly (R316M-029: 普通に読めばどのごみが何曜日かは分かるはずですので、お問い合わせの前に
  // まずご自身で…; ちゃんと見ていただければお分かりになるはずです): the reader's reading put at fault; not help offered when it is not clear
  // (分かるはずですが、分かりにくい場合はお気軽にお問い合わせください).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:普通に|ふつうに|ちゃんと|きちんと|しっかり|よく)[、\\s]?(?:読め|見れ|お読みになれ|ご覧になれ|読んでいただけれ|見ていただけれ|お読みいただけれ|ご覧いただけれ)ば[、\\s]?[^。！？!?\\n]{0,30}?(?:分かる|わかる|お分かりになる|お分かりいただける|ご理解いただける)(?:はず|と思い|と存じ)'),
    need: foldAll(['読め', '見れ', 'なれば', 'いただければ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/^[^。！？!?\n]{0,12}?(?:が|けれど|けど|ものの)[、\s]?[^。！？!?\n]{0,24}?(?:お気軽|遠慮なく|ご遠慮なく|お問い合わせください|お尋ねください|ご相談ください)/u.test(sq.slice(e, e + 48)),
  },
  // What "normal" people do first, said to someone answered (R92A-085: @… 閉館日を確認されずにお越しになったとのことですが、普通は
  // ホームページを見てから来られるものだと思います; not a delivery time: 普通は3日ほどで届くものですが, not an ordinary tip).
  {
    rule: 'hostility/confrontational',
    re: phrase(NORMAL),
    need: foldAll(['普通', 'ふつう', 'フツー', '常識', '一般的']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || REPORTED90.test(sq.slice(e, e + 12))) return false
      const win = withPrevious(sq, s, e)
      return ANSWERED92.test(win.replace(sq.slice(s, e), '')) && !OWN_FAULT.test(win) && !/ご不便|ご迷惑|すみません/u.test(win)
    },
  },
  // Another place put below our feet (R92A-130: お隣の市の図書館さんは…正直うちの足元にも及ばないと思います; 柳川には遠く及ばない;
  // not our own humility: うちは大川市さんの足元にも及びません, not ご心配には及びません).
  {
    rule: 'hostility/confrontational',
    re: phrase(OUR_FEET),
    need: foldAll(['足元', '足もと', '足下', 'あしもと', '及ば', 'およば', '及びませ', 'およびませ']),
    instead: INSTEAD.polite,
    keep: againstOtherPlace,
  },
  // --- Blind set R103A kinds ---
  // A complainer told not to use or come (R103A-010: 文句ばっか言いよるなら体育館使わんでよか; 苦情があるなら来なくて結構です, ご不満が
  // おありならご利用いただかなくて構いません: curse; not the complaint sent another way: 苦情があるなら窓口に来なくてもいいですよ。電話でも).
  {
    rule: 'hostility/curse',
    re: phrase(COMPLAINER_AWAY),
    need: foldAll(['なくて', 'なくても', 'んで', 'んでも']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e) || !notNoNeed(sq, s, e)) return false
      const lead = sq.slice(sentenceOf(sq, s, e).start, s)
      return COMPLAINT_IF.test(lead) && !OTHER_WAY.test(withNext(sq, s, e))
    },
  },
  // 二度と…ないで asked as a casual question (R103A-010: 二度と来んでくれる？; 二度と来ないでくれますか, 二度と書き込まんでくれんね),
  // to a critic or someone addressed; not a harm (二度と事故を起こさないでくれる？ said of a harm stays out).
  {
    rule: 'hostility/curse',
    re: phrase(NEVER_AGAIN103),
    need: foldAll(['二度と']),
    instead: INSTEAD.curse,
    keep: neverAgainAimed,
  },
  // A complainer told others manage, or that everyone makes that much effort (R103A-023: 予約が全然取れないとのことですが、…アクセス
  // されている方はちゃんと取れていますよ。皆さんそのくらいの努力はされているようです😊; not without a complaint, not when help follows).
  {
    rule: 'hostility/confrontational',
    re: phrase(`${OTHERS_MANAGE}|${EFFORT103}`),
    need: foldAll(['ちゃんと', 'きちんと', '普通に', 'ふつうに', '問題なく', 'しっかり', '迷わず', '迷うことなく', '難なく', 'くらい', 'ぐらい', '位', '程度']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const before = twoBefore(sq, s, e).replace(sq.slice(s, e), '')
      const after = withNext(sq, s, e).slice(sentenceText(sq, s, e).length)
      return COMPLAINED103.test(before) && !HELP103.test(sq.slice(e, e + 12) + after)
    },
  },
  // --- Blind set R104A/R105A kinds ---
  // A verb of hitting made sure by an intensifier or a time to come (R104A-050: …文句ばっか言いよると、今度窓口に来たとき本気で
  // くらすばい; 次会うたらマジでしばくけんな, 今度来た時は思いっきりたたくぞ): threat, said to a complainer or someone addressed; not a
  // life somewhere (定年したら本気で柳川でくらすばい), not a drum.
  {
    rule: 'hostility/threat',
    re: phrase(HIT_MEANT),
    need: foldAll(['くらす', 'くらわす', 'たたく', '叩く', 'しばく', 'どつく', '殴る', 'なぐる', '飛ばす', 'とばす']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const ctx = twoBefore(sq, s, e)
      return (HIT_AT.test(ctx) || HIT_PEOPLE.test(ctx)) && !HIT_NOT.test(sentenceText(sq, s, e))
    },
  },
  // Someone asked to vanish in a question (R104A-056: …電話してこられる方へ。…もう消\u200bえてくれませんか; 消えていただけませんか,
  // いなくなってくれんか): curse; not a thing, a pain or an animal before it (この痛み、早く消えてくれませんかね).
  {
    rule: 'hostility/curse',
    re: phrase(GONE_ASK),
    need: foldAll(['てくれ', 'てもらえ', 'ていただけ', 'て頂け', 'てくださ']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      if (GONE_THING104.test(sq.slice(sen.start, s)) || thingAddressed(sq.slice(sen.start, s))) return false
      const ctx = twoBefore(sq, s, e)
      return GONE_AT.test(ctx.slice(0, ctx.length - (sen.end - s)))
    },
  },
  // A person's head likened to an animal's (R105A-046: …坂田さん、…口ばかりで、頭の中までイノシシ並みですね; 脳みそがサル以下,
  // 知能はニワトリレベル): insult, with someone named or addressed before it; not an animal's own brain (イノシシの知能はイヌ並み).
  {
    rule: 'hostility/insult',
    re: phrase(HEAD_ANIMAL),
    need: foldAll(['並み', 'なみ', 'レベル', '以下', '程度', '同然']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      if (HEAD_OF_ANIMAL.test(sq.slice(sen.start, s))) return false
      const ctx = twoBefore(sq, s, e)
      return HEAD_AT105.test(ctx.slice(0, ctx.length - (sen.end - s)))
    },
  },
  // Another town's slogan called bold in mock praise, our better figure beside it (R104A-084: 大川市さんの…「子育てしやすいまち」とは、
  // なかなか思い切ったキャッチコピーですね。ちなみに柳川市は3か所あります): sarcasm at a neighbour; not praise we learn from.
  {
    rule: 'hostility/confrontational',
    re: phrase(BOLD_COPY),
    need: foldAll(['思い切った', '思いきった', 'おもいきった', '大胆な', '強気な', '勇気', '攻めた', '挑戦的な']),
    instead: '他の自治体を皮肉らず、柳川の取り組みや魅力そのものを紹介してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const ctx = twoBefore(sq, s, e)
      const before = ctx.slice(0, ctx.length - (sentenceOf(sq, s, e).end - s)).replace(/柳川市?|本市|当市/gu, '')
      const after = withNext(sq, s, e).slice(s - sentenceOf(sq, s, e).start)
      return OTHER_TOWN49.test(before) && OUR_FIGURE.test(after) && !BOLD_OK.test(ctx + after)
    },
  },
  // People who missed out mocked as ones who only now make a fuss, with a laugh (R104A-149: 入れなかったのは残念でしたね〜。でも毎年この
  // 時期になると急に騒ぎ出す方、本当に多いんですよね（笑）); not a plain reminder without a laugh, not the writer counting themself in.
  {
    rule: 'hostility/confrontational',
    re: phrase(FUSS),
    need: foldAll(['騒ぎ', '慌て', 'あわて', '焦り', 'あせり', '言い出', '言いだ', '言い始', '怒り']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      const rest = sq.slice(e, Math.min(sq.length, sen.end + 4)).split('\n')[0]!
      return FUSS_LAUGH.test(rest) && !FUSS_SELF.test(sentenceText(sq, s, e))
    },
  },
  // The complainer's understanding presumed in a rhetorical question (R93A-086: …音がうるさいとのことですが、…もちろんご理解
  // いただいていますよね？😊; not a teaser to all: もちろん皆さん知ってますよね？今年も花火大会が…).
  {
    rule: 'hostility/confrontational',
    re: phrase(SURELY_KNOW),
    need: foldAll(['もちろん', '当然', '言うまでもなく', '言わずもがな']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || QUIZ.test(sentenceText(sq, s, e))) return false
      const win = withPrevious(sq, s, e)
      return ANSWERED92.test(win.replace(sq.slice(s, e), '')) || COMPLAINT92.test(win.replace(sq.slice(s, e), ''))
    },
  },
  // Another town said to copy us, its substance run down (R93A-088: 当市の真似をしていただけるのは光栄ですが、中身はまだまだのよう
  // です; R95A-122: 真似をなさるなら、せめて中身までしっかり真似していただきたいものです; not our own copy, not a joint venture,
  // not a child copying a model).
  {
    rule: 'hostility/confrontational',
    re: phrase(MIMIC),
    need: foldAll(['真似', 'まね', 'マネ', '後追い', '二番煎じ']),
    instead: INSTEAD.polite,
    keep: againstOtherPlace,
  },
  // A complaint turned back on the complainer, told to look at their own part (R95A-024: 婚活イベントが「つまらなかった」とのこと、
  // ご自身がどれだけ楽しもうとされたかも、ぜひ一度振り返ってみてくださいね😊; not a reflection offered to all: 成人の皆さん、ご自身の
  // 20年を振り返ってみてください, not our own review).
  {
    rule: 'hostility/confrontational',
    re: phrase(LOOK_BACK),
    need: foldAll(['振り返', 'ふりかえ', '省み', '顧み', '見つめ直', '考え直', '反省']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const { start } = sentenceOf(sq, s, e)
      const before = withPrevious(sq, s, e).slice(0, -(sentenceOf(sq, s, e).end - s))
      return COMPLAINT92.test(before) && !OWN_SIDE.test(sq.slice(start, e))
    },
  },
  // --- Blind sets R88A/R89A kinds ---
  // The same harm wished on a wrongdoer in the passive (R88A-057: 捨てた人、あなたも同じように雨の中へ放り出されればいいのに).
  {
    rule: 'hostility/curse',
    re: phrase(SAME_HARM),
    need: foldAll(['同じ', 'おなじ']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => {
      // (Not notTeaching: the wrongdoer's deed may be いじめる or 虐待 itself.)
      if (!notQuoted(sq, s, e) || isReportedSpeech(sq, s, e) || GOOD_FATE.test(sq.slice(s, e))) return false
      const { start } = sentenceOf(sq, s, e)
      const before = sq.slice(start, s)
      return PEOPLE33.test(before) && !SELF.test(before)
    },
  },
  // Told to go back to their country as a suggestion, after a fault (R89A-012: ごみの日も守れんとなら、自分の国に帰ったらよかたい).
  {
    rule: 'hostility/curse',
    re: phrase(GO_HOME88),
    need: foldAll(['帰', 'かえ']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const win = withPrevious(sq, s, e)
      return !GO_HOME_CARE.test(win) && GO_HOME_FAULT.test(win.replace(sq.slice(s, e), ''))
    },
  },
  // --- Blind sets R86A/R87A kinds ---
  // Rubbish joined to an account or a kind of person (R87A-063: …いちゃもんばっかりつけてくるｶｽアカウントに答える義理はありません).
  {
    rule: 'hostility/insult',
    re: RUBBISH_NAMED,
    need: foldAll(['カス', 'クズ', 'ゴミ']),
    instead: INSTEAD.insult,
    squeezed: true,
  },
  // 筑後弁 くらす made a blow by a count or a body part (R86A-134: …文句ばっかり書き込んで、せからしか。…いっぺんくらすぞ).
  {
    rule: 'hostility/threat',
    re: phrase(HIT_ONCE),
    need: foldAll(['くらす', 'くらし']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && (/[@＠]/u.test(sq) || CRITIC68.test(twoBefore(sq, s, e)) || /お前|おまえ|あんた|てめ|貴様|きさま|こいつ|あいつ|そいつ|やつ|奴/u.test(twoBefore(sq, s, e))),
  },
  // --- Blind sets R84A/R85A kinds ---
  // A complainer label predicated of someone named or addressed (R84A-087: …中原さん、…すっかり有名なクレーマーですよ).
  {
    rule: 'hostility/insult',
    re: phrase(LABEL_IS),
    need: foldAll(['クレーマー', 'モンスター', 'モンペ']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const sen = sentenceText(sq, s, e)
      if (LABEL48_ABOUT.test(foldString(sen)) || /(?:私|わたし|僕|ぼく|自分)(?:は|って|が|も)/u.test(sq.slice(sentenceOf(sq, s, e).start, s))) return false
      return namedOrAddressed(twoBefore(sq, s, e))
    },
  },
  // Rubbish (ゴミ, ゴ〇) told to shut up or keep out (R85A-046: ケチばっかつけて、ゴ〇は黙っとって).
  {
    rule: 'hostility/insult',
    re: phrase(RUBBISH_HUSH),
    need: foldAll(['ゴミ', 'ごみ', 'ゴ']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e),
  },
  // A critic told in keigo never again to look or come (R85A-111: …書き込みをされる方へ。二度とこのページを見ないでいただけますか).
  {
    rule: 'hostility/curse',
    re: phrase(NEVER_AGAIN),
    need: foldAll(['二度と']),
    instead: INSTEAD.curse,
    keep: neverAgainAimed,
  },
  // --- Blind set R82A kinds ---
  // A parent named for their complaints, and their child pitied (R82A-006: …大串さん。…こんなに話の通じない親御さんは初めてです。
  // お子さんが気の毒になります): contempt through the child, an insult.
  {
    rule: 'hostility/insult',
    re: phrase(CHILD_PITY),
    need: foldAll(['気の毒', 'かわいそ', '可哀', '不憫', 'ふびん']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && childPity(sq, s, e),
  },
  // …and the parent called someone one cannot reason with (R82A-006: こんなに話の通じない親御さんは初めてです).
  {
    rule: 'hostility/confrontational',
    re: phrase(NO_SENSE),
    need: foldAll(['通じ', 'つうじ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && NO_SENSE_AIM.test(twoBefore(sq, s, e)) && !NO_SENSE_NOT.test(sq.slice(e, sentenceOf(sq, s, e).end)) && !/相談|ましょう/u.test(sentenceText(sq, s, e)),
  },
  // Told, after it was handed out, to check their own side if they have not seen it (R82A-025: ご覧になっていないのであれば、
  // お子さんのランドセルの中を一度確認されてはいかがでしょうか).
  {
    rule: 'hostility/confrontational',
    re: phrase(UNSEEN_TRY),
    need: foldAll(['いかが', 'どう', 'どげん', 'よか']),
    instead: '「献立表は毎月末に配布しています。お手元にない場合は、市ホームページ（URL）でもご覧いただけます」のように、見られる場所を添えて案内してください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && ALREADY82.test(withPrevious(sq, s, e)) && !INVITE82.test(sentenceText(sq, s, e)),
  },
  // Told, before complaining in the honorific, to look at their own side first (R82A-085: 不満を言われる前に、まずはご自分のお子さんが
  // 近所にどれだけ迷惑をかけているか、ご確認いただけますでしょうか).
  {
    rule: 'hostility/confrontational',
    re: phrase(COMPLAIN_FIRST),
    need: foldAll(['前に']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      // The passive of a tip (近所から苦情を言われる前に…しておきましょう): the source of the complaint is named.
      const lead = sq.slice(sentenceOf(sq, s, e).start, s)
      if (/(?:から|に|より)[、\s]?$/u.test(lead)) return false
      return !/ましょう|しよう|おこう|ておく|とこう/u.test(sq.slice(e, sentenceOf(sq, s, e).end))
    },
  },
  // Another town named coyly as the example of a wrong we do not do (R82A-116: どこかの近隣市のように、定義を都合よく変えて
  // 「待機児童ゼロ」と胸を張るようなことは、本市はいたしません).
  {
    rule: 'hostility/confrontational',
    re: phrase(COY_DONT),
    need: foldAll(['どこかの', 'どつかの', 'どこぞの', 'よその', '他所の', '某']),
    instead: '他の自治体を引き合いに出さず、「本市の待機児童数は、国の定義に基づき〇名です」のように、市の数字と取り組みだけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && !HUMBLE.test(sq.slice(s, e)),
  },
  // --- Blind sets R80A/R81A kinds ---
  // The addressee told to have their own head checked, or said to be stuffed even to the head (R81A-098: …内田さん、道路の段差より先に、
  // ご自分の頭の中を点検されたほうがよいのではないでしょうか; R80A-024: 頭の中まで二酸化炭素で詰まっとるっちゃない？).
  {
    rule: 'hostility/insult',
    re: phrase(HEAD_CHECK),
    need: foldAll(['頭', 'あたま', '脳', 'おつむ']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !HEALTH80.test(sentenceText(sq, s, e)) && headAimed(sq, s, e),
  },
  // Another town's step belittled as something anyone can do (R80A-086: お隣の大川市さんもゼロカーボンシティを宣言されたそうですね。
  // まあ、宣言するだけなら誰でもできますから).
  {
    rule: 'hostility/confrontational',
    re: phrase(ANYONE_TOWN),
    need: foldAll(['だけなら', 'だけだったら', 'だけやったら', 'だけならば']),
    instead: '他の自治体の取り組みを下げず、「柳川市も2050年のゼロカーボンに向けて…に取り組んでいます」のように、市の取り組みそのものを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && otherTownWithin(sq, s, e) && !JOINT.test(withPrevious(sq, s, e)) && !INVITE80.test(sentenceText(sq, s, e)),
  },
  // A complainer offered a commonplace thing as if it were news (R81A-029: 工事の騒音が気になるという方へ。ホームセンターに耳栓という
  // 大変便利なものが売っておりますので、ぜひご活用ください).
  {
    rule: 'hostility/confrontational',
    re: phrase(NOVELTY80),
    need: foldAll(['という', 'って', 'とかいう']),
    instead: '苦情に皮肉で返さず、「騒音でご迷惑をおかけしています。作業時間は…、ご相談は〇〇課（電話）へ」のように、状況と窓口を伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && COMPLAINER.test(withPrevious(sq, s, e)) && !OWN_OFFER.test(withNext(sq, s, e)),
  },
  // --- Blind sets R78A/R79A kinds ---
  // A public service withheld from a critic or their home as a reprisal (R78A-054: そげん文句ばっかり言いよったら、防犯パトロールも
  // あんたん家の前だけ通らんごつするけんね).
  {
    rule: 'hostility/threat',
    re: phrase(WITHHELD78),
    need: foldAll(['あなた', 'あんた', 'お前', 'おまえ', 'お宅', 'おたく', 'ご自宅', 'そちら', 'きさん']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && REPRISAL_CUE.test(withPrevious(sq, s, e)) && !NOTICE.test(sentenceText(sq, s, e)),
  },
  // A veiled threat: told to mind the road home at night or their back after a dispute (R78A-064: …嫌なら無理に入らなくて結構ですよ。
  // ただ、…夜道にはくれぐれも気をつけてくださいね（笑）).
  {
    rule: 'hostility/threat',
    re: phrase(NIGHT_ROAD),
    need: foldAll(['気を', '気い', '気ぃ']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const win = twoBefore(sq, s, e)
      if (SAFETY78.test(win) || /^[^。！？!?\n]{0,3}お(?:帰り|越し)/u.test(sq.slice(e, e + 8))) return false
      return DISPUTE.test(win.replace(/文句(?:なし|無し|のつけよう)/gu, ''))
    },
  },
  // The reader's ignorance excused in mock sympathy after they are said not to have read (R78A-078: お読みになっていないようですので、
  // ご存じないのも無理はありませんね).
  {
    rule: 'hostility/confrontational',
    re: phrase(NO_WONDER),
    need: foldAll(['無理', '仕方', 'しかた', '当然', '当たり前', 'あたりまえ']),
    instead: '「読んでいないから」と決めつけず、「回覧板でもお知らせしていますが、改めてご案内します。〇〇は…」のように案内してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const lead = withPrevious(sq, s, e).slice(0, -(sentenceOf(sq, s, e).end - s))
      return NOT_READ.test(lead) && !OWN_FAULT78.test(withNext(sq, s, e))
    },
  },
  // A critic's persistence mocked (R79A-012: 毎回同じような建て替え反対のコメント、よく飽きませんね😊).
  {
    rule: 'hostility/confrontational',
    re: phrase(NOT_TIRED),
    need: foldAll(['飽き', 'あき']),
    instead: '批判する方の熱意を皮肉らず、「ご意見ありがとうございます。建て替えの検討状況は…」のように受け止めてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && PERSIST_CUE.test(withPrevious(sq, s, e)) && !SELF.test(sentenceText(sq, s, e)) && !/^[^。！？!?\n]{0,3}(?:と|って)(?:よく)?(?:言われ|聞かれ)/u.test(sq.slice(e, e + 10)),
  },
  // …or asked whether they have no other hobby (R79A-012: ほかにご趣味はないんでしょうか).
  {
    rule: 'hostility/confrontational',
    re: phrase(OTHER_HOBBY),
    need: foldAll(['趣味', '楽しみ', '生きがい', '生き甲斐', '用事']),
    instead: '批判する方の暮らしを揶揄せず、「ご意見ありがとうございます」と受け止めたうえで事実だけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !SELF.test(sentenceText(sq, s, e)) && !/^[^。！？!?\n]{0,3}(?:と|って)(?:よく)?(?:言われ|聞かれ)/u.test(sq.slice(e, e + 10)) && (PERSIST_CUE.test(withPrevious(sq, s, e)) || CRITIC.test(withPrevious(sq, s, e))),
  },
  // Another town's new thing appraised as merely what its budget or size allows (R79A-041: お隣の市も新庁舎が完成したそうですね。
  // おめでとうございます。まあ、規模もデザインも予算相応といったところでしょうか).
  {
    rule: 'hostility/confrontational',
    re: phrase(BUDGET_FIT),
    need: foldAll(['相応', 'そうおう', 'なり', '並み', '見合']),
    instead: '他の自治体の施設や催しを品定めせず、「完成おめでとうございます」とだけ伝えるか、柳川の取り組みそのものを紹介してください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && otherTownWithin(sq, s, e) && !STALE_OK.test(sentenceText(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(PAID_FIT_HR),
    need: foldAll(['見合', '相応', 'そうおう', 'なりの', '程度の', 'くらいの', 'ぐらいの']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e),
  },
  // A critic told to do at least the least thing first and only then speak (team HSA-126: ご批判は結構ですが、せめて事実を確認して
  // からにしていただけますか？); not an order of steps said to everyone (お食事は、せめて手くらいは洗ってからにしてくださいね).
  {
    rule: 'hostility/confrontational',
    re: phrase('せめて[^。！？!?\\n]{0,16}?(?:て|して|で)から(?:に)?(?:して|なさって|され)(?:いただけ|頂け|もらえ|ください|下さい|くれ|ほしい|欲しい)'),
    need: foldAll(['せめて']),
    instead: INSTEAD.polite,
    // A wish reported from residents (…待ってからにしてほしいとのご意見をいただき) is theirs, not said to them.
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !WISH_REPORTED78.test(sq.slice(e, e + 12)) && (CRITIC76.test(withPrevious(sq, s, e)) || ADDRESSED_AT.test(withPrevious(sq, s, e))),
  },
  // --- Blind sets R76A/R77A kinds ---
  // Someone named with contempt told they are not wanted in the town (R76A-085: あんたみたいな人は柳川に要らんけん).
  {
    rule: 'hostility/insult',
    re: phrase(UNWANTED76),
    need: foldAll(['要ら', 'いら', '要り', 'いり', '必要', '用は', '用が']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !SAID_OF.test(sq.slice(e, e + 8)),
  },
  // …or told to leave for elsewhere or to leave the town (R76A-085: よそに出ていってくれんですか).
  {
    rule: 'hostility/curse',
    re: phrase(LEAVE),
    need: foldAll(['出て', '引っ越し', 'ひっこし', '移り住', '移って']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && (AIM.test(withPrevious(sq, s, e)) || (BEHAVING.test(sentenceText(sq, s, e)) && FAULT76.test(sentenceText(sq, s, e)))) && !SEND_OFF.test(sentenceText(sq, s, e)),
  },
  // Harm suggested to a critic as a flippant remedy, marked by でも (R77A-103: 渋滞に文句ばかり書き込まれる方は、いっそ花火の日に
  // 掘割に落ちてでも頭を冷やされたらいかがでしょうか).
  {
    rule: 'hostility/curse',
    re: phrase(HARM_EVEN),
    need: foldAll(['でも']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || HAZARD76.test(sentenceText(sq, s, e))) return false
      const w = withPrevious(sq, s, e)
      return CRITIC.test(w) || BEHAVING.test(w) || /お嫌|嫌な|ご不満|不満|気に入らな|ような(?:人|方)|みたいな(?:人|方)/u.test(w)
    },
  },
  // A critic told to read the least thing first and only then criticise (R76A-066: 批判されるのは自由ですが、せめて議事録くらいは
  // 読んでからにしていただけると助かります😊).
  {
    rule: 'hostility/confrontational',
    re: phrase(READ_FIRST),
    need: foldAll(['からにして', 'からになさって', 'からにされ']),
    instead: '批判された方を見下さず、「議事録は市ホームページで公開しています（URL）。ご意見ありがとうございます」のように、資料の案内だけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && CRITIC76.test(withPrevious(sq, s, e)),
  },
  // --- Blind sets R72A/R73A kinds ---
  // The reader told to read properly after a complaint that it is hard to follow (R72A-036: …分かりにくいとのご意見ですね。チラシの
  // 裏面にすべて書いてありますので、裏までちゃんと読んでいただければ大丈夫かと思います).
  {
    rule: 'hostility/confrontational',
    re: phrase(READ_PROPERLY),
    need: foldAll(['ちゃんと', 'きちんと', 'しっかり', 'よく', 'よーく', 'まともに', '最後まで', 'さいごまで', '隅々まで', 'すみずみまで', '裏まで', '裏面まで', 'うらまで', '全部', 'ぜんぶ']),
    instead: INSTEAD.polite,
    // Not notTeaching: a course's own page answers complaints too (講座の申込方法が分かりにくいとのご意見).
    keep: (sq, s, e) => notQuoted(sq, s, e) && HARD_TO_FOLLOW.test(withPrevious(sq, s, e)),
  },
  // People set below an animal (R73A-023: 何度お願いしても改善されませんね。カラスのほうがよっぽど学習能力が高いのではないでしょうか).
  {
    rule: 'hostility/confrontational',
    re: phrase(BELOW_ANIMAL),
    need: foldAll(['ほうが', '方が']),
    instead: '人を動物と比べず、「収集日の朝8時までに、ネットをかけて出してください」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => {
      // Not notTeaching: 学習能力 is the jab's own word.
      if (!notQuoted(sq, s, e)) return false
      const lead = sq.slice(sentenceOf(sq, s, e).start, s)
      // Two animals compared (猫より犬のほうが): not people.
      if (ANIMAL_THAN.test(lead)) return false
      return PEOPLE72.test(withPrevious(sq, s, e).replace(sq.slice(s, e), ''))
    },
  },
  // The addressee's home said to be easily found from the office's records (R73A-041: そこまで市の対応に文句があるなら、…。お宅が
  // どちらかは、苦情の受付記録を見ればすぐ分かりますので).
  {
    rule: 'hostility/threat',
    re: phrase(HOME_FOUND72),
    need: foldAll(['どちら', 'どこ', 'どなた', '何処']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !HOME_HELP.test(sentenceText(sq, s, e)) && CRITIC68.test(withPrevious(sq, s, e)),
  },
  // Critics looked down on: complaining is something anyone can do (R73A-052: スマホで文句を書くだけなら誰でもできますよね).
  {
    rule: 'hostility/confrontational',
    re: phrase(ANYONE_CAN),
    need: foldAll(['文句', '批判', '反対', '苦情', '悪口', '不満', 'ケチ', 'けち', '口出し', 'ヤジ', 'やじ', '野次', '評論', 'あら探し', '粗探し', '揚げ足取り', 'クレーム', 'こと']),
    instead: '批判する人を見下さず、「補修が遅れておりご不便をおかけしています。現在の進み具合は…です」のように、状況を伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e),
  },
  // --- Round 71 kinds ---
  // Harm to the reader set as the condition before they may say it again (R71A-042: …それなら一度事故って頭でも割ってから同じこと
  // 言ってみてください).
  {
    rule: 'hostility/curse',
    re: phrase(SAY_AGAIN),
    need: foldAll(['同じ', 'もう一度', 'もう一回', 'もういっぺん', 'もういちど', 'もっかい', '改めて']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const m = sq.slice(s, e)
      // A question (同じことが言えますか) only with the harm wished (頭でも割って) or tried (落ちてみてから).
      return !/(?:ます|る)(?:か|かね|かな|んか|んですか|のか|と|やろか)$/u.test(m) || /でも|みてから|みられてから/u.test(m)
    },
  },
]
