/**
 * hostility — the reader's literacy and writing doubted.
 *
 * Blind R318H–R324M kinds: the reader's literacy made a condition and their failure told after it (字が読めれば…それでもお分かりにならない:
 * insult), said to lack the ability to understand, people called cowardly by a person noun (卑怯な方), a visit or word to the
 * workplace made to hang on what they post next, a mock either-or about a fault; the critic's writing mocked as not even
 * Japanese (せめて日本語として意味の通る文章で), and the kinds of host59 (a reader asked whether they can read, an essay mocked, a child still,
 * told to start from the basics, effort mocked, who posts known, disclosure held over them, never taking part).
 *
 * Stays clean: a machine translation or a course (やさしい日本語講座), a document that can be read (記入例が読めれば大丈夫), small print or a
 * child, a lost-and-found owner traced, a fraud warning.
 *
 * Its phrases run where index.ts puts them in PHRASES (the check order: a phrase earlier in PHRASES holds its span first).
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { phrase, isReportedSpeech, sentenceOf } from '../../words'
import type { Phrase } from './context'
import { ASKED_AGAIN49, CHILD_TOPIC, COMPLAINT_H20B, CRITIC, CRITIC36, CRITIC43, CRITICISM, FAULT43, FAULT_H26, INSTEAD, INVITE, LEGIT_LEGAL, LOST_FOUND_OWNER, OWN53, SELF, THANKS_H26, TRACED_OK, VULGAR_NOT, WORRY_AFTER, atCaller, foldAll, lookBack, notForBeginners, notQuoted, notTeaching, notThreatTeaching, sentenceText, withNext, withPrevious } from './context'

// --- Blind R318H / R320M (host58), as kinds ---
/**
 * Blind R318H-039 kind: the reader's literacy made a condition and then their failure told after it (字が読めれば迷うことはないはずなのですが、
 * それでもお分かりにならないということでしたら…; 日本語が読めれば分かるはずです。それなのに分からないとおっしゃる): the conditional (round 17,
 * a warning alone) completed by "and yet you do not understand" says the reader cannot read: insult, block. Letters and the language only:
 * a document that can be read (記入例が読めれば大丈夫かと思いますが、それでも…) is the round-19 warning's. Not a language, small print or
 * a child (ひらがなが読めれば分かるはずですが、それでも難しいお子さんには…).
 */
const LITERATE_YET = '(?<![漢数英点])(?:字|文字|日本語|ひらがな|平仮名|カタカナ)(?:が|を|さえ|すら)?[、\\s]?(?:読め|よめ|お読みになれ|理解でき)(?:れば|たら|る方なら|る人なら|るなら|さえすれば)[、\\s]?[^。！？!?\\n]{0,24}?(?:はず|と思い|と思う|かと(?:思い|存じ)|でしょう)[^。！？!?\\n]{0,10}?(?:が|けど|けれど|のに|。)[、\\s]?[^。！？!?\\n]{0,6}?(?:それでも|なのに|にもかかわらず|それなのに|なぜ|どうして|何で|なんで)[、\\s]?[^。！？!?\\n]{0,12}?(?:お分かりにならな|お分かりいただけな|分からな|わからな|分かっていただけな|ご理解いただけな|迷われ|迷う|お困り|読めな|お読みになれな)'
const LITERATE_OK = /英語|外国語|中国語|韓国語|多言語|やさしい日本語|ふりがな|ルビ|点字|手話|音声|お子|子ども|子供|こども|小さな字|小さい字|老眼|視力|目の不自由|観光|旅行|海外|訪日|留学/u
/** Review (rv58): the trouble met with help or a change (それでも迷われた方は案内所へどうぞ; …多かったため、案内板を増やしました), not sent back to read again. */
const LITERATE_HELP_RV = /案内所|お手伝い|お声がけ|お声かけ|お気軽|スタッフ|職員が|ご案内(?:します|いたします)|増やし|改善|見直|加え|作りました|設置|ご用意|(?:と|って)(?:考え|思っ)て(?:い|おり)ました/u
/**
 * Blind R318H-043 kind: the reader said to lack the ability to understand (ご理解いただける能力をお持ちでない方に、これ以上お付き合いする
 * 時間はございません; 読解力のない方, 理解する頭をお持ちでない方, 判断力に欠けている人): contempt in polite dress, insult (block), with a
 * repeat, a critic or a question in the paragraph. Not a support or a legal measure (判断能力のない方には成年後見制度), not a course
 * for anyone (能力のない方でも参加できます).
 */
const ABILITY_LACK = '(?:(?:ご理解いただける|ご理解いただく|ご理解になる|理解する|理解できる|理解いただける|読み取る|読む|読める|文章を読む|判断する|考える|お分かりになる|分かる|わかる|お考えになる)(?:だけの|ほどの|程度の)?[、\\s]?)?(?:能力|知能|理解力|読解力|思考力|判断力|知性|知恵|頭|脳みそ|おつむ)(?:を|が|は|も|すら|さえ|の|に)?[、\\s]?(?:お持ちでない|お持ちでは(?:ない|ありません|ございません)|お持ちでいらっしゃらない|お持ち合わせでない|お持ち合わせのない|持ち合わせて(?:い|おられ|いらっしゃら)ない|持って(?:い|おられ|いらっしゃら)ない|お持ちにならない|(?<![十分])ない|無い|欠けて(?:いる|おられる|いらっしゃる)|欠けた|足りない|足りていない|乏しい|低い)(?:方|かた|人|お方|方々|人たち|あなた|連中|大人)'
const ABILITY_OK = /後見|成年|制度|支援|福祉|介護|認知症|障がい|障害|代理|財産|契約|詐欺|被害|サポート|ご家族|相談|補助|お手伝い|代筆|代読|向け|のため|でも|にも|免許|返納|運転|資格|試験|採用|応募|条件|募集|ならないよう|ましょう|大切|育て|育む|伸ば/u
const ASKED_H25 = /何度|何回|何べん|再三|幾度|同じ(?:ご)?(?:こと|質問|内容|お問い合わせ|問い合わせ|お尋ね|コメント|説明)|ご質問|お問い合わせ|ご意見|ご指摘|[@＠]/u
/**
 * Blind R318H-027 kind: people called cowardly or underhand by a person noun (匿名で文句しか言えない卑怯な方, 卑劣な連中, 姑息な人; 卑怯者 is round 9b's): insult (block).
 * Not an act (卑劣な犯行, 卑怯な行為はやめましょう), not a crime warned of (高齢者を狙う卑劣な詐欺), not a self-warning (卑怯な人にならないよう).
 */
const COWARD = '(?:卑怯|ひきょう|卑劣|姑息|こそく|陰湿)(?:な|極まりない|きわまりない|極まる)[、\\s]?(?:方|かた|人|人間|連中|奴|やつ|輩|お方|くれーまー|投稿者|あかうんと|方々|人たち)(?:々|たち|達|ども|ら)?'
const COWARD_OK = /詐欺|犯罪|犯人|事件|被害|昔話|物語|絵本|童話|映画|ドラマ|小説|盗|窃盗|空き巣|不法投棄|放火|ひったくり|痴漢|盗撮|落書き|器物|虐待|なりすまし|不審|戸締まり|鍵を|警察|110番|防犯/u
/**
 * Blind R318H-018 kind: a visit to the home or word to the workplace made to hang on what the addressee posts next (今後の書き込み内容に
 * よっては、担当の者がご自宅までお伺いすることもございます; 今後のご発言次第では、お勤め先にもご連絡いたします): threat, block. Not a consultation
 * or an application (ご相談の内容によっては、保健師がご自宅に伺います), not a post removed (投稿内容によっては削除します).
 */
const POSTS_DEPENDING = '(?:今後の|これからの|次の|以後の|今後も|今後)[、\\s]?(?:書き込み|書込み|ご投稿|投稿|コメント|ご発言|発言|言動|振る舞い|ふるまい|お振る舞い)(?:の)?(?:内容|状況|頻度|ご様子)?(?:によって(?:は)?|次第(?:で(?:は)?)?|いかんによって(?:は)?|如何によって(?:は)?)[、\\s]?[^。！？!?\\n]{0,30}?(?:(?:ご自宅|お宅|お住まい|ご住所|ご実家)(?:まで|に|へ|を)?[^。！？!?\\n]{0,10}?(?:伺|うかが|訪問|お邪魔|おじゃま|参り|参上|お訪ね|訪ね|押しかけ|行か|行き|直接)|(?:勤務先|お勤め先|職場|学校|ご家族|ご近所)(?:まで|に|へ|にも|の方)?[^。！？!?\\n]{0,10}?(?:ご連絡|連絡|お知らせ|伺|うかが|訪問|お伝え))'
/** Block kinds of host58, tried before every other phrase. */
export const LITERACY_FIRST_PHRASES: Phrase[] = [
  {
    rule: 'hostility/insult',
    re: phrase(LITERATE_YET),
    need: foldAll(['読め', 'よめ', 'お読みになれ', '理解でき']),
    instead: '相手の読み書きの力に触れず、「記入例は窓口とホームページにございます。分からない点は窓口でお手伝いします」のように、案内だけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !LITERATE_OK.test(sentenceText(sq, s, e) + sq.slice(s, e)) && !(LITERATE_HELP_RV.test(sq.slice(s, e) + withNext(sq, s, e).slice(e - sentenceOf(sq, s, e).start)) && !/もう一度|ゆっくり|よく(?:ご覧|お読み|読ん)/u.test(withNext(sq, s, e))),
  },
  {
    rule: 'hostility/insult',
    re: phrase(ABILITY_LACK),
    need: foldAll(['能力', '知能', '理解力', '読解力', '思考力', '判断力', '知性', '知恵', '頭', '脳みそ', 'おつむ']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (ABILITY_OK.test(sentenceText(sq, s, e)) || notForBeginners(sq, s, e) === false) return false
      return ASKED_H25.test(sq) || CRITIC.test(sq) || FAULT43.test(sq)
    },
  },
  {
    rule: 'hostility/insult',
    re: phrase(COWARD),
    need: foldAll(['卑怯', 'ひきょう', '卑劣', '姑息', 'こそく', '陰湿']),
    instead: INSTEAD.insult,
    // Review (rv58): a crime named in the next sentence too (…捨てていく卑怯な人がいます。不法投棄は犯罪です).
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !VULGAR_NOT.test(sq.slice(e, e + 24)) && !COWARD_OK.test(withNext(sq, s, e)),
  },
  {
    rule: 'hostility/threat',
    re: phrase(POSTS_DEPENDING),
    need: foldAll(['によって', '次第', 'いかん', '如何']),
    instead: INSTEAD.threat,
    // Not a school's word to the families about its pupils' posts; not a prize or a feature (Review rv58: 入賞者のご自宅まで賞状をお届け).
    keep: (sq, s, e) => notQuoted(sq, s, e) && notThreatTeaching(sq) && !isReportedSpeech(sq, s, e) && !CHILD_TOPIC.test(sq) && !/賞|プレゼント|記念品|お届け|表彰|特典|ご紹介|掲載させて|取材/u.test(sentenceText(sq, s, e)),
  },
]
/**
 * Blind R318H-001 kind: a mock either-or about someone's fault, both ways belittling (傍聴規則をお読みになれなかったのか、お読みになった
 * うえで守れなかったのか、どちらなのでしょうか; 掲示が読めなかったのか、読んだのに守らなかったのか; ルールをご存じなかったのか、知っていて
 * 無視されたのか): warn. Not a survey or a lesson (制度を知らなかったのか…どちらに当てはまりますか, 一緒に考えてみましょう), not a cause looked
 * into (原因を調べています), not the writer's own.
 */
const EITHER_FAIL = '(?:お読みになれ|お読みになら|読め|よめ|読ま|お分かりになら|お分かりになれ|分から|わから|理解でき|理解され|ご理解いただけ|ご存じ|ご存知|知ら|お気づきになら|気づか|気付か|ご覧になら|見え|見)(?:なかった|ない|ません(?:でした)?)(?:の|ん)?(?:か|でしょうか)[、\\s]?[^。！？!?\\n]{0,20}?(?:(?:守れ|まもれ|守ら|まもら|お守りになれ|お守りになら|お守りいただけ|従え|従わ|お従いになら|我慢でき)(?:なかった|ない|ません(?:でした)?)(?:の|ん)?(?:か|でしょうか)|(?:無視|スルー)(?:され|し|なさっ)(?:た|ている|ていらっしゃる|ておられる)(?:の|ん)(?:か|でしょうか)|(?:守る|従う)(?:気|つもり)(?:が|も)?(?:なかった|ない|ございませんでした)(?:の|ん)?か)'
// Review (rv58): or the people heard first (まずはお話を伺うことから始めます).
const EITHER_OK = /アンケート|お答え|当てはま|教えて|お聞かせ|改善|原因|調査|調べ|検証|考えて(?:み)?ましょう|話し合|一緒に|確認して(?:い|おり)|振り返|伺|お聞き|聞き取り|ヒアリング|寄り添/u
/**
 * Blind R318H-003 kind: a critic's leisure named with a knowing or admiring close (毎日のように長文でご意見をお寄せいただき、ずいぶんとお時間に
 * 余裕がおありなのだなと感心しております; お暇がたっぷりおありのようで。; 時間がいくらでもあるんだなと拝察します): warn, with a critic or a
 * caller who keeps writing in the sentence or the one before. Not an invitation (お時間に余裕がおありの方は、ぜひ…), not the writer's own.
 */
const LEISURE_H25 = '(?:お時間|時間|お暇|おひま|暇|ひま)(?:に|の)?[、\\s]?(?:余裕|ゆとり)?(?:が|は|も)?[、\\s]?(?:たっぷり|十分|じゅうぶん|たくさん|いくらでも|存分に|有り余るほど|ふんだんに)?[、\\s]?(?:おありになる|おあり|ある|あります|あり余って(?:いらっしゃる|おられる|いる)|有り余って(?:いらっしゃる|おられる|いる))(?:(?:な)?(?:の|ん|よう|ご様子|みたい)(?:な|なの|なん)?(?:だ|です|でございます|でしょう|だろう)?(?:な|ね|なあ|ねえ|よね)?(?:と|って)[、\\s]?(?:感心|拝察|推察|お見受け|思い|思わ|存じ|感じ|うらやまし|羨まし|驚|恐れ入|感服|頭が下が)|(?:の)?(?:よう|ご様子)で(?:(?:何より|結構|うらやまし|羨まし)[^。！？!?\\n]{0,6})?(?=[。！!…\\s（(笑w〜~]|$))|(?:お暇|おひま)(?:な)(?:の|ん)(?:だ|です)(?:な|ね)?(?:と|って)[、\\s]?(?:感心|拝察|推察|お見受け|思い|思わ|存じ|感じ|うらやまし|羨まし|驚|恐れ入|感服)|(?:お)?(?:時間|暇|ひま)を持て余(?:して(?:いらっしゃる|おられる|いる|る)|されて(?:いる|る))(?:よう|ご様子|みたい|の|ん)(?:で(?=[。！!…\\s（(笑w〜~]|$)|です(?:ね|な)?|でしょう(?:ね)?|だ(?:ね|な))'
/**
 * Blind R318H-005 kind: complainers said to lack the heart or the breadth to bear it (花火の音が気になるというお電話…年に一度の行事を楽しむ
 * 心の余裕もない方がいらっしゃるのは、少し寂しい; 寛容さのない方, 心の狭い方, 了見の狭い人): warn, after a complaint in the paragraph.
 * Not care for the stressed (子育てや介護で心の余裕がない方は、相談窓口へ), not a self-warning (心の狭い人にならないよう).
 */
const NO_HEART = '(?:心(?:の|に)(?:余裕|ゆとり|広さ)|(?:楽しむ|受け入れる|許す|見守る|大目に見る|おおらかに見る|我慢する|譲り合う)(?:心の)?(?:余裕|ゆとり)|寛容さ|寛大さ|寛容な心|広い心|おおらかさ|大らかさ|度量)(?:も|が|すら|さえ|の)?[、\\s]?(?:ない|無い|なか|お持ちでない|持ち合わせていない|持ち合わせておられない|持てない|欠けた|欠けている)(?:よう(?:な))?[、\\s]?(?:方|人|方々|人たち|大人|お方|連中|皆さん|皆様)|(?:心|了見|料簡|了簡|度量)(?:の|が)(?:狭い|せまい|小さい|ちいさい)(?:方|人|方々|人たち|大人|お方|連中)'
const NO_HEART_AT = /苦情|お電話|ご意見|文句|クレーム|ご指摘|うるさい|うるさか|気になる(?:という|との|って)|ご不満|不満|お叱り|おっしゃ|とのこと/u
// Review (rv58): or the city's own change after it (…いらっしゃるのも当然だと感じ、作業時間を見直しました).
const NO_HEART_OK = /相談|悩|ストレス|子育て|介護|窓口|支援|抱え込|休養|心身|メンタル|こころの|つらい|辛い|疲れ|ましょう|ないよう|大切|心がけ|心掛け|見直|改善|配慮|当然|無理もな|申し訳|お詫び/u
/**
 * Blind R318H-011 kind: "surely not, but just in case" left bare after a basic instruction (ＵＲＬの入力欄は画面のいちばん上にございます。まさかとは
 * 思いますが、念のため。; まさか電源を入れ忘れているとは思いませんが、一応): the reader taken for one who would not know, warn. Not a
 * request after it (まさかとは思いますが、迷惑メールフォルダを念のためご確認ください), not a fraud or a hazard warned of.
 */
const MASAKA = 'まさか[、\\s]?[^。！？!?\\n]{0,16}?(?:とは|と)[、\\s]?(?:思い|存じ|おもい)(?:ます|ません|ました)(?:が|けど|けれど|けども)[、\\s]?(?:念のため|念の為|ねんのため|一応|いちおう)(?:に)?[、\\s]?(?:(?:申し上げ|お伝えし|申し添え|書き添え|付け加え|お知らせし|ご案内し|書い|記し)(?:て(?:おき)?)?(?:ます|ました|とき(?:ます)?))?(?=[。！!…\\s（(笑w😊🙂]|$)'
const MASAKA_OK = /詐欺|不審|台風|地震|災害|避難|熱中症|感染|火災|防犯|迷惑メール|パスワード|なりすまし|還付金/u
/**
 * Blind R320M-046 kind: a sign or a rule told it is not for decoration (受付に大きく貼り紙をしていますが、あれは飾りではありませんので念のため;
 * 停止線は飾りじゃないですよ; 「土足厳禁」の表示も、ただの飾りではございません): a jab at people who ignore it, warn. Not a craft or an
 * heirloom in use (このさげもんは飾りではなく…, 展示の甲冑は飾りではありません。実際に使われたものです).
 */
const DECOR = '(?:あれ|これ|それ|あちら|こちら|(?:貼り紙|張り紙|はり紙|貼紙|張紙|掲示|掲示物|看板|標識|案内板|案内表示|表示|注意書き|ポスター|白線|停止線|矢印|番号札|整理券|発券機|呼び出し(?:番号|表示)|もにたー|ぼたん|信号|横断歩道|点字ぶろっく|るーる|規則|決まり|立て札|立札|お知らせ|案内))(?:(?:は|も|って)[、\\s]?(?:ただの|単なる|決して|けっして|別に)?[、\\s]?(?:お)?飾り(?:では|じゃ|でわ|や)[、\\s]?(?:ありません|ございません|ない(?![くけ])|ねえ|なか(?!っ))|(?:を|は|も|、)?[、\\s]?[^。！？!?\\n]{0,10}?(?:ただの|単なる)?(?:お)?飾り(?:か何か|かなにか|かなんか)?(?:だと|と|やと)[、\\s]?(?:思って(?:いらっしゃる|おられる|(?:い)?る(?:の|ん)|(?:い)?ません)|お思い|勘違い(?:され|なさ)|勘違いして(?:いらっしゃる|おられる|(?:い)?る(?:の|ん))|思われて(?:いる|る)(?:の|ん)|お考え))'
const SIGN = /貼り紙|張り紙|はり紙|掲示|看板|標識|案内|表示|ポスター|注意書き|線|札|ボタン|モニター|ルール|規則|決まり|お知らせ/u
/** … said as a jab: closed with 念のため or ですよ, or people who ignore it named around it (守らない, 後を絶ちません, 声を荒らげる方). A plain
 * instruction (このボタンは飾りではありません。押すと音声案内が流れます) is neither. */
const DECOR_JAB = /念のため|念の為|ですよ|ますよ|からね|けんね|んですが|のですが|よね|無視|守ら|守れ|見ない|見ずに|読まず|読まない|気づかな|お気づきでな|後を絶|声を荒|勝手に|止まらな|止まらず|(?:る|た|ない)方が(?:い|今|多)|(?:る|た|ない)人が(?:い|今|多)/u
// Review (rv58): or a sign promoted for what it holds (掲示板のポスターも飾りじゃないですよ！今月のイベント情報がぎっしりです).
const DECOR_OK = /実際に|本物|実用|使われて|使われた|使用され|着用|着て|伝統|歴史|江戸|明治|大正|昭和|文化財|展示|工芸|ひな|雛|さげもん|お守り|縁起|作品|ぎっしり|満載|情報が|載って|見られ|楽しめ|ライトアップ|QR|ＱＲ|読み取|スキャン/u
/**
 * Blind R318H-053 kind: the people who send a complaint said, as a class, not to have noticed or read the obvious (こうしたご意見をくださる
 * 方の多くは、トップページ右上の検索窓にまだお気づきでないことが多いです; 苦情を言われる方のほとんどは、カレンダーをご覧になっていない): warn.
 * Not a finding the office acts on (…ご存じなかったとのことでしたので、案内を改善しました), not who the senders are (子育て世代の方です).
 */
const CRITICS_MOSTLY = '(?:ご意見|ご不満|苦情|くれーむ|ご批判|批判|文句|お叱り|ご指摘|けち)(?:の(?:お)?(?:電話|めーる|手紙|お手紙|書き込み|こめんと))?(?:を|の)?[、\\s]?(?:かけてくる|かけてこられる|おかけになる|くださる|下さる|お寄せくださる|お寄せいただく|お寄せになる|寄せられる|いただく|される|なさる|おっしゃる|言われる|言う|いう|書かれる|書く|書き込まれる|書き込む|送られる|送ってくる|つける|つけられる|お持ちの)(?:方|人|方々|人たち|皆さん|皆様|皆さま|お客様)(?:の)?[、\\s]?(?:多く|大半|ほとんど|大部分|大多数|[0-9０-９八九]割|半分以上|たいてい|少なからず)(?:は|が)[、\\s]?[^。！？!?\\n]{0,40}?(?:お気づき(?:に)?(?:でない|なっていない|なっておられない|ではない|になられていない|ではありません)|気(?:づ|付)いて(?:い|おられ|いらっしゃら)?(?:ない|ません)|ご存(?:じ|知)(?:ない|でない|ありません)|知らない|知りません|ご覧になって(?:い|おられ)?(?:ない|ません)|お読みになって(?:い|おられ)?(?:ない|ません)|読んで(?:い)?(?:ない|ません)|読まれて(?:い)?(?:ない|ません)|見て(?:い)?(?:ない|ません)|見ておられ(?:ない|ません)|確認されて(?:い)?(?:ない|ません)|ご確認(?:いただけて|されて)(?:い)?(?:ない|ません)|理解されて(?:い)?(?:ない|ません)|勘違い|誤解|思い込み)'
const CRITICS_OK = /改善|工夫|見直|分かりやすく|わかりやすく|申し訳|お詫び|反省|私たち|私ども|周知不足|説明不足|案内不足|とのこと(?:でした|です)|ため、/u
/**
 * Blind R318H-021 / R318H-028 kinds, to a critic quoted (「どれも同じに見える」ってコメントくれたキミ〜): the critic's taste set aside as
 * theirs alone (センスは人それぞれだもんね, 見る目は人それぞれですから), consoled as one of "those people" (大丈夫、そういう人もいるよ〜), or
 * sent to come back with a magnifier or better prepared (虫めがねを持って出直しておいで, 出直していらっしゃい): warn. A critic must be
 * quoted or named in the paragraph before, and not with praise (「センスがいい」とのコメント). Not a remedy after a complaint
 * (「道に迷った」ってコメント、大丈夫、そういう人もいるよ！案内板を増やしたよ), not a nature class (虫めがねを持って観察に来てね).
 */
const SENSE_VARIES = '(?:せんす|美的せんす|美的感覚|美意識|審美眼|見る目|目利き)(?:は|って|も)[、\\s]?(?:人それぞれ|ひとそれぞれ|人によって(?:違|ちが)(?:う|い|います)|十人十色|個人差が(?:ある|あり))'
const SUCH_PEOPLE = '(?:大丈夫|だいじょうぶ|気にしないで|まあ|まぁ)(?:です(?:よ)?|だよ|よ)?[、\\s！!〜~ー]*(?:そういう|そんな|ああいう|こういう)(?:人|ひと|方|かた|子|お客さん)(?:も|だって)[、\\s]?(?:いる|います|いらっしゃいます|いらっしゃる|おる|おります|おられます)'
const COME_BACK = '出直し(?:て(?:おいで|いらっしゃ|いらし|こられ|来られ|くださ|下さ|くれ|みて|みては|ね(?=[。！!…\\s〜~]|$)))'
const MAGNIFIER_CRITIC = '(?:虫眼鏡|虫めがね|むしめがね|るーぺ|拡大鏡|老眼鏡|双眼鏡)(?:を|で|も)?[、\\s]?(?:持って|もって|かけて|片手に|使って|お持ちになって|ご持参(?:の上|のうえ|して))[、\\s]?[^。！？!?\\n]{0,12}?(?:出直|来て|きて|見て|みて|ご覧|お越し|見に|いらし|いらっしゃ|おいで)'
const PRAISE_QUOTE = /いい|良い|よい|素敵|すてき|ステキ|好き|最高|かわいい|可愛い|きれい|綺麗|美し|すご|おいし|美味|感動|楽し|ありがと|うれし|嬉し/u
const POOR_QUOTE = /ない|なかった|同じ|つまら|退屈|地味|微妙|イマイチ|いまいち|しょぼ|ショボ|ダサ|ださ|映えな|高い|遠い|分かりにく|わかりにく|見にく|ひど|最悪|がっかり|残念|イマイチ|劣|下手|へた/u
/** A critic quoted or named in the 160 characters before, not a word of praise quoted. */
function criticQuotedBefore(sq: string, s: number): boolean {
  const b = lookBack(sq, s)
  if (!(CRITIC43.test(b) || COMPLAINT_H20B.test(b) || CRITIC.test(b))) return false
  const q = /[「『]([^」』\n]{1,40})[」』][^「『]*$/u.exec(b)
  return !(q && PRAISE_QUOTE.test(q[1]!) && !POOR_QUOTE.test(q[1]!))
}
// Review (rv58): or help offered after it (大丈夫です、そういう方もいらっしゃいます。案内所でお待ちしています).
const SUCH_OK = /増やし|改善|ごめん|申し訳|すみません|分かりにく|わかりにく|迷わない|案内板|(?<!出)直し|次回は|工夫|安心して|初めて|案内所|お待ちして|お手伝い|お声がけ|お声かけ|お気軽|ご案内|スタッフ|地図|マップ/u
/** Review (rv58): tastes answered with a choice or taken on board (センスは人それぞれなので、いろいろな作品を展示しています; 参考にさせていただきます). */
const SENSE_OK_RV = /(?:次回|来年|今後)(?:は)?[^。！？!?\n]{0,20}?(?:します|いたします|ます[。！!]|ますね)|改善|展示|ご用意|用意して|選べ|選んで|揃え|そろえ|増やし|参考に|取り入れ|反映|検討|いろいろな|さまざまな|様々な|多様な/u
// Review (rv58): read in the sentence before too, with an apology (「今日は満席で乗れなかった」とのコメント、申し訳ありません。また出直していらしてくださいね).
const COME_BACK_OK = /書類|不備|申請|手続|受付時間|満席|定員|休館|雨|天候|台風|晴れ|混雑|満車|売り切れ|完売|申し訳|すみません|ごめん|残念/u
const MAGNIFIER_OK = /なくても|ずに|改善|大きく(?:し|な)|拡大|お貸し|貸し出し|ご用意|観察|生き物|昆虫|植物|星|自然/u
/**
 * Blind R318H-044 kind: those who cannot do a thing offered a children's guide (検索の仕方がお分かりにならない方には、カウンターにて
 * 小学生向けの利用案内もお渡ししております; 地図が読めない方には、子ども向けのイラスト地図もございます): the adult reader ranked with a
 * child, warn. Not a child helped (分からないお子さんには小学生向けの案内を), not a language or a course.
 */
const CHILD_GUIDE = '(?:分からない|わからない|分かんない|お分かりにならない|お分かりになれない|お分かりいただけない|できない|出来ない|お使いになれない|使えない|読めない|お読みになれない|理解できない|ご理解いただけない)(?:という|って|ような)?(?:方|人|方々|大人の方|皆さん|皆様|お方)(?:に(?:は|も)|は|向けに|のために|のためには)[、\\s]?[^。！？!?\\n]{0,24}?(?:小学生|小学校低学年|低学年|幼児|園児|幼稚園児|保育園児|子ども|子供|こども|きっず|児童)(?:向け|用)'
// Review (rv58): or a reading aid in the script itself (ひらがなが読めない方には、子ども向けの絵本コーナーもございます).
const CHILD_GUIDE_OK = /外国|日本語|やさしい|留学生|お子|親子|学習|教室|講座|夏休み|自由研究|ご家族|ひらがな|平仮名|カタカナ|漢字|ふりがな|ルビ|絵本|点字/u
/**
 * Blind R318H-024 kind: someone singled out for asking the same again (毎回同じ質問をされる議員もいらっしゃいますが、答弁は前回から変わって
 * おりませんので…過去の会議録をご確認いただければ幸いです; 何度も同じことをお尋ねになる方もいらっしゃいますが、回答は以前と変わりません):
 * the jab in the answer unchanged or the old record to read, warn. Not an FAQ made for them (よくある質問をまとめました), not a welcome.
 */
const REPEAT_ASKER_H25 = '(?:(?:毎回|毎度|いつも|何度も|何回も|繰り返し|くり返し|再三)[、\\s]?同じ(?:ご)?(?:質問|ご質問|こと|内容|お尋ね|ご指摘|ご要望|要望|お問い合わせ|問い合わせ|苦情)|同じ(?:ご)?(?:質問|ご質問|こと|内容|お尋ね|ご指摘|ご要望|要望|お問い合わせ|問い合わせ|苦情)(?:を)?[、\\s]?(?:毎回|毎度|いつも|何度も|何回も|繰り返し|くり返し|再三))(?:を|ばかり)?[、\\s]?(?:される|なさる|おっしゃる|お尋ねになる|尋ねられる|繰り返される|繰り返す|する|言う|言われる|書かれる|お寄せになる|寄せられる|くださる|いただく)(?:議員|委員|方|人|方々|人たち|お方|記者|先生|皆さん|皆様)(?:さん)?(?:も|が)[、\\s]?(?:いらっしゃいます|いらっしゃる(?:ようです)?|おられます|おられる|います|おります|いる)(?:が|けど|けれど|けども)'
const REPEAT_POINT = /変わ(?:って(?:おり|い)ません|りません|らない|っていない|っておりません)|同じ(?:です|でございます)|過去の|前回の|以前の|先日の|会議録|議事録|前回(?:と|から)|以前(?:と|から)/u
// Review (rv58): or the repeat valued (それだけ大切な課題です).
const REPEAT_OK = /まとめ|よくある質問|FAQ|Q&A|Ｑ＆Ａ|一覧|作りました|ありがた|関心|大歓迎|お気軽|何度でも|それだけ|大切な|重要な|熱心|感謝/u
/**
 * Blind R318H-043 kind: the asker told there is no more time to spend on them after repeats (これ以上お付き合いする時間はございません,
 * もうお相手する暇はありません): warn, with a repeat or a critic in the paragraph.
 */
const NO_TIME_H25 = '(?:これ以上|もう|いつまでも)[、\\s]?(?:お付き合い|おつきあい|付き合う|お相手|相手を|相手)(?:する|して(?:いる|いられる)|いたす|をする)?(?:時間|暇|ひま|余裕|義理)(?:は|など|も)?[、\\s]?(?:ございません|ありません|ない|なか)'
export const LITERACY_DOUBTED_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(EITHER_FAIL),
    need: foldAll(['守れ', 'まもれ', '守ら', 'まもら', '従え', '従わ', '我慢でき', '無視', 'スルー', '守る', '従う']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (EITHER_OK.test(withNext(sq, s, e)) || SELF.test(sq.slice(sentenceOf(sq, s, e).start, s))) return false
      return !CHILD_TOPIC.test(sentenceText(sq, s, e))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(LEISURE_H25),
    need: foldAll(['時間', '暇', 'ひま']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (SELF.test(sq.slice(sentenceOf(sq, s, e).start, s)) || INVITE.test(sq.slice(e, sentenceOf(sq, s, e).end))) return false
      return atCaller(sq, s, e) || CRITIC43.test(withPrevious(sq, s, e)) || /長文|毎日のように|連日|何度も|何回も/u.test(withPrevious(sq, s, e))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(NO_HEART),
    need: foldAll(['余裕', 'ゆとり', '広さ', '寛容', '寛大', '広い心', 'おおらか', '大らか', '度量', '狭い', 'せまい', '小さい', 'ちいさい']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && NO_HEART_AT.test(lookBack(sq, s)) && !NO_HEART_OK.test(withNext(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(MASAKA),
    need: foldAll(['まさか']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e) && sentenceOf(sq, s, e).start > 0 && !MASAKA_OK.test(withPrevious(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(DECOR),
    need: foldAll(['飾り']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (DECOR_OK.test(withNext(sq, s, e))) return false
      // The mistaking form (看板を飾りだと思っていらっしゃる) is the jab itself; the plain denial needs its cue.
      if (!/思|勘違い|お考え/u.test(sq.slice(s, e)) && !DECOR_JAB.test(withPrevious(sq, s, e) + withNext(sq, s, e).slice(sentenceOf(sq, s, e).end - sentenceOf(sq, s, e).start))) return false
      return !/^(?:あれ|これ|それ|あちら|こちら)/u.test(sq.slice(s, e)) || SIGN.test(withPrevious(sq, s, e))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(CRITICS_MOSTLY),
    need: foldAll(['多く', '大半', 'ほとんど', '大部分', '大多数', '割', '半分以上', 'たいてい', '少なからず']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !CRITICS_OK.test(withNext(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(SENSE_VARIES),
    need: foldAll(['それぞれ', '違', 'ちが', '十人十色', '個人差']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && criticQuotedBefore(sq, s) && !SENSE_OK_RV.test(withNext(sq, s, e).slice(e - sentenceOf(sq, s, e).start)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(SUCH_PEOPLE),
    need: foldAll(['そういう', 'そんな', 'ああいう', 'こういう']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && criticQuotedBefore(sq, s) && !SUCH_OK.test(withNext(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(COME_BACK),
    need: foldAll(['出直し']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && criticQuotedBefore(sq, s) && !COME_BACK_OK.test(withPrevious(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(MAGNIFIER_CRITIC),
    need: foldAll(['眼鏡', 'めがね', 'ルーペ', '拡大鏡']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      // Review (rv58): the whole sentence (虫めがねを持って観察会に来てね: the class is inside the span).
      return criticQuotedBefore(sq, s) && !MAGNIFIER_OK.test(sq.slice(sen.start, sen.end))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(CHILD_GUIDE),
    need: foldAll(['向け', '用']),
    instead: '相手を子どもと比べず、「検索の方法はカウンターでご案内します」のように、手助けの方法だけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !CHILD_GUIDE_OK.test(sentenceText(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(REPEAT_ASKER_H25),
    need: foldAll(['同じ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const after = sq.slice(e, sentenceOf(sq, s, e).start + withNext(sq, s, e).length)
      return REPEAT_POINT.test(after) && !REPEAT_OK.test(withNext(sq, s, e))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(NO_TIME_H25),
    need: foldAll(['時間', '暇', 'ひま', '余裕', '義理']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && (ASKED_AGAIN49.test(sq) || CRITIC.test(withPrevious(sq, s, e))),
  },
]

// --- Blind R322H / R324M (host59), as kinds ---
/**
 * Blind R322H-010 kind: the critic's writing mocked as not even Japanese, with せめて / 最低限 (せめて日本語として意味の通る文章でお送り
 * いただけますと幸いです, 最低限、文章として成立するものを) or said of their post (日本語として意味の通らないご意見): insult, block. Not a
 * machine translation or a course (翻訳アプリの訳文は日本語として意味の通らない場合があります, やさしい日本語講座).
 */
const NOT_JAPANESE = '(?:せめて|最低限|最低でも|もう少し|もうすこし|少しは|すこしは)[、\\s]?(?:日本語|文章|日本文|文)として[、\\s]?(?:意味の通る|意味が通る|意味の通じる|意味が通じる|意味の(?:分かる|わかる)|筋の通る|成立する|成立している|成り立つ|成り立っている|通じる|まともな|読める)|(?:日本語|文章|日本文)として(?:の)?[、\\s]?(?:意味が|意味の|筋が|筋の)?(?:通ら|通じ|通っ|成立し|成り立た|成り立っ)(?:て(?:い|お))?(?:ない|ません|ておりません)|(?:日本語|文章|日本文)として[、\\s]?(?:意味の通る|意味が通る|意味の通じる|意味の(?:分かる|わかる)|筋の通る|成立する|成り立つ|まともな)[、\\s]?(?:文章|文|日本語|もの|内容|形)(?:に(?:して|直して|されて|整えて)(?:から)?|で)[、\\s]?[^。！？!?\\n]{0,10}?(?:お送り|送っ|お書き|書い|書き込|ご投稿|投稿|コメント|お寄せ|ご連絡|連絡)'
const NOT_JAPANESE_OK = /翻訳|アプリ|機械|自動|ＡＩ|AI|変換|やさしい日本語|講座|教室|学習|留学生|外国|実習生|子ども|子供|児童|生徒|作文|練習|応募|審査|作品|川柳|俳句|短歌|投句|コンテスト|コンクール|募集|選考|お詫び|おわび|訂正|申し訳|失礼(?:いた)?しました|私ども|当課|市の(?:案内|文書|文章|お知らせ)/u
/** … said of the critic's words: their post, comment or letter named, or the words asked of them (お送り, 書き込んで). */
const THEIR_WORDS = /いただいた|お寄せ|ご意見|意見|コメント|書き込|書込|ご投稿|投稿|お手紙|メール|お送り|送っ|お書き|せめて|最低限/u
/** …the せめて / 最低限 form is a demand of the reader (お送りいただけますと幸いです, 書き込んでください), not a rule told (…ものを審査の対象とします). */
const ASKED_OF_THEM = /いただけ|いただき|ください|下さい|願い|幸い|ほしい|欲しい|もらえ|もらい|ませんか|ますか|(?:て|で)(?:から|もらわ)/u
/**
 * Blind R322H-010 kind: the critic described as able to write only such things (このような書き込みしかおできにならない方のご意見は…, こんな
 * 文句しか書けない人): insult, block. Not the writer's own (この程度の説明しかできない私どもの力不足).
 */
const ONLY_SUCH = '(?:この|その|こんな|そんな|こういう|そういう|このような|そのような|こうした|そうした|あのような|ああいう|あんな)(?:程度の|レベルの|たぐいの|類の)?[、\\s]?(?:書き込み|書込み|コメント|文章|言葉|言い方|投稿|ご投稿|ご意見|意見|ご批判|批判|文句|悪口|メール|お手紙|手紙|ご発言|発言)しか(?:おできにならない|おできになれない|お書きになれない|お書きにならない|書けない|書けん|できない|できん|出来ない|言えない|言えん|おっしゃれない|送れない|なさらない|なされない)(?:よう(?:な))?[、\\s]?(?:方|人|方々|人たち|お方|連中|皆さん|皆様|皆さま)'
/** …not help or a welcome for such people (…書けない方のために代筆を, …しかできない方も、窓口では丁寧に伺います). */
const ONLY_SUCH_HELP = /^(?:も|でも|にも|のため|の(?:ための|方の)?ため|向け|に向け|へ(?:の)?(?:支援|サポート|ご案内))/u
const ONLY_SUCH_OK = /代筆|お手伝い|手伝い|サポート|支援|ご相談(?:ください|いただけ|を受け|に応じ)|丁寧に|安心|歓迎|お気軽|ご案内します|ご案内いたします|伺います|うかがいます/u
/**
 * Blind R322H-051 kind: the reader's understanding named as "the problem", asked as a question or a dilemma with malice (理解力の問題なのか、
 * わざとなのか、どちらなのでしょうか; 読解力の問題でしょうか; 理解力に問題がおありなのでしょうか): insult, block, beside a repeat, a critic or
 * a fault. Not a study or a lesson (子どもの読解力の問題は…, 調査), not care (記憶力の問題なのか…医師にご相談を), not negated (…の問題ではなく).
 */
const ABILITY_Q = '(?:理解力|読解力|読む力|理解する力|日本語力|国語力|記憶力|思考力|判断力|知能|能力|おつむ)(?:の)?(?:問題|もんだい)(?:なの|なん|なわけ)?(?:か|でしょうか|ですか|かな|だろうか|でしょう|やろか|なのでしょうか|(?:では|じゃ)(?:ないか|ないでしょうか|ありませんか|ないかと))|(?:理解力|読解力|日本語力|国語力|記憶力|思考力|判断力|知能|おつむ)(?:に|が)[、\\s]?(?:問題|難)(?:が)?[、\\s]?(?:おあり|ある|あり)(?:なの|なん)?(?:か|でしょうか|ですか|では)'
const ABILITY_Q_OK = /調査|テスト|学力|授業|学習|研究|アンケート|教室|講座|脳トレ|話題|クイズ|ゲーム|話し合|議論|検討|(?:案内|説明|表示|書き方|伝え方|周知|資料|制度|仕組み)の問題|検査|診断|認知|医師|病院|受診|ご相談|相談|症状|聴力|視力|加齢|高齢|発達|支援|ではなく|じゃなく|とは限ら|見直|説明不足|周知不足|分かりにく|わかりにく|申し訳|お詫び|改善/u
/** The press or a critic in the paragraph, the core the host26 jabs at a reader's reading or writing are judged against (each adds its own words). */
const PRESS_OR_CRITIC = '記者|報道|記事|新聞|番組|ご意見|ご指摘|ご批判|批判|苦情|コメント|書き込'
/**
 * Blind R322H-052 kind: the reader asked whether they read the thing at all before writing (記事の本文を最後までお読みになったのでしょうか,
 * 議事録をきちんとご覧になったのでしょうか, ちゃんと読んだんですか): warn, with a critic, the press or the writer of a headline before it.
 * Not a reading class for children, not a survey (最後まで読んだのかな？感想を聞かせてね).
 */
const READ_DOUBT = '(?:本当に|ほんとうに|ちゃんと|きちんと|しっかり|最後まで|全部|すべて|全文|一度でも|一度は)[^。！？!?\\n]{0,12}?(?:お読みになった|お読みになられた|読まれた|読んだ|ご覧になった|ご覧になられた|目を通され(?:た)?|目を通した|お目通しになった|ご確認になった)(?:の|ん)(?:でしょうか|ですか|だろうか|かな|でしょう)'
const READ_DOUBT_AT = new RegExp(`見出し|${PRESS_OR_CRITIC}|文句|おっしゃ|とのこと|(?:つけ|付け|お付けになっ|書かれ|書い|お書きになっ)た方|議員`, 'u')
const READ_DOUBT_OK = /子ども|子供|こども|児童|生徒|お子|感想|読書|クイズ|アンケート|絵本|図書館/u
/**
 * Blind R322H-052 kind: an article or a critic's account called a fine composition or fiction (大変興味深い作文として拝読いたしました,
 * 想像力豊かな創作ですね, 小説として楽しませていただきました): warn, with the press or a critic in the paragraph. Not a pupil's essay or a
 * contest (児童の作文を興味深く拝読, 作文コンクール).
 */
const ESSAY = '(?:興味深い|面白い|おもしろい|ユニークな|独創的な|想像力豊かな|想像力あふれる|創造的な|楽しい|見事な|よくできた|よく出来た|立派な|素晴らしい|すばらしい)[、\\s]?(?:作文|創作|小説|フィクション|物語|おとぎ話|お伽話|ファンタジー|読み物|空想)(?:として|でした|ですね|でございました|を拝読)|(?:作文|創作|フィクション|小説|おとぎ話|ファンタジー|空想)として[、\\s]?(?:拝読|拝見|読ませて|楽しく読|楽しませて)'
const ESSAY_AT = new RegExp(`見出し|${PRESS_OR_CRITIC}|週刊|紙面`, 'u')
const ESSAY_OK = /コンクール|応募|入選|入賞|受賞|作品|子ども|子供|こども|児童|生徒|お子|図書|読書|文学|作家|講座|教室|小学|中学|高校/u
/**
 * Blind R324M-051 kind: a guide said to be written so that a child could follow it, then those who still cannot named with という or a
 * trailing ellipsis (小学生でも分かるように書いてあります。それでも分からないという方は……; 子どもでも読めるようになっています。これでも
 * 読めない人は…): warn. Not a guide made so with help for the points still unclear (それでも分からない点は窓口へ).
 */
const CHILD_STILL = '(?:小学生|中学生|子ども|子供|こども|幼稚園児|保育園児|園児|児童|幼児)(?:で|に)も[、\\s]?[^。！？!?\\n]{0,10}?(?:分かる|わかる|理解できる|読める|できる|書ける)(?:よう(?:に)?|ほど(?:に)?|くらい(?:に)?|ぐらい(?:に)?)[、\\s]?(?:書いて|作って|なって|できて|まとめて|記載して|お作りして|ご用意して)(?:あり|おり|い)(?:ます|る)[^。！？!?\\n]{0,12}?[。！!]\\s?(?:それでも|これでも|それでもなお|それでもまだ)[、\\s]?[^。！？!?\\n]{0,8}?(?:分から|わから|お分かりにならない|お分かりになれない|お分かりいただけない|理解でき|理解され|読め|書け|使え|守れ|でき)(?:ない|ん|ません)(?:という|って|とおっしゃる|と言う|とか言う)?(?:方|人|方々|人たち)'
/**
 * Blind R322H-017 kind: the press or a critic asked, in mock concern, whether they should have been taught from the basics (記者の方には、
 * 予算書の読み方から一度ご説明差し上げたほうがよろしかったでしょうか; 基礎から教えて差し上げたほうがよかったですかね): warn. Not an offer
 * in a class (初めての方には基礎からご説明したほうがよろしいでしょうか？お気軽にお申し付けください).
 */
const FROM_BASICS = '(?:読み方|見方|読み|基礎|基本|いろは|初歩|一|いち|abc|仕組み|しくみ)から[、\\s]?(?:一度|改めて|もう一度|丁寧に|じっくり)?[、\\s]?(?:ご説明|説明|お教え|教え|ご指導|指導|ご講義|講義|れくちゃー|お勉強)(?:を)?(?:差し上げ|さしあげ|し|いたし|申し上げ)?(?:て(?:差し上げ|さしあげ|おい))?た(?:ほう|方)が(?:よろしかった|よかった|良かった|よろしい|いい|よい)(?:の)?(?:でしょうか|ですか|かしら|ですかね|でしょうかね|かな)'
const FROM_BASICS_AT = new RegExp(`${PRESS_OR_CRITIC}|文句|おっしゃ|とのこと|議員|拝見しました|拝読しました`, 'u')
const FROM_BASICS_OK = /お気軽|お申し付け|初めての|はじめての|初心者|講座|教室|研修|新人|新規/u
/**
 * Blind R322H-019 kind: callers told a mistake would not have happened had they not grudged the trouble of looking (お手元の紙を一度ご覧になる
 * 手間さえ惜しまなければ、防げることばかりかと存じます; 確認する手間を惜しまなければ): warn, after calls or complaints told of.
 */
const EFFORT_H26 = '(?:ご覧になる|ご覧いただく|見る|読む|お読みになる|お読みいただく|確認する|ご確認になる|ご確認いただく|ご確認される|確認される|目を通す|目を通される|お目通しいただく|調べる|お調べになる|お調べいただく|見比べる|ちぇっくする)(?:だけの|程度の|くらいの|ぐらいの)?[、\\s]?(?:手間|ひと手間|一手間|労)(?:さえ|すら|も|を)[、\\s]?(?:惜しま|おしま|惜しみ|省か|はぶか|面倒がら|めんどうがら|嫌がら)(?:なければ|れなければ|ずにいれば|ずにいただければ|ないでいただければ|なかったら|れなかったら|ずにおけば)'
const EFFORT_TIP = /ぜひ|是非|ましょう|おすすめ|お勧め|スムーズ|短く|便利|役立|ご活用|ご利用ください|貼って|安心/u
const CALLS = /お電話|電話を|電話は|問い合わせ|お問い合わせ|苦情|ご意見|ご指摘|とのこと|クレーム|いただいて(?:い|お)|寄せられ|ご不満|お叱り/u
/**
 * Blind R322H-053 kind: a complainant reminded the choice was theirs (駅前にお住まいを選ばれたのはご自身ですよね; ここに家を建てられたのは
 * あなたでしょう; 申し込まれたのはご本人です): warn, after a complaint.
 */
const OWN_CHOICE = '(?:選ばれた|お選びになった|選んだ|選択された|決められた|お決めになった|決めた|購入された|ご購入された|ご購入になった|買われた|お買いになった|お求めになった|住まわれた|お住まいになった|引っ越してこられた|越してこられた|越してきた|移り住まれた|移り住んだ|申し込まれた|お申し込みになった|契約された|ご契約された|建てられた)の(?:は|も)[、\\s]?(?:ご自身|ご自分|あなた|あんた|ご本人|そちら|皆さん|皆様|お客様)(?:様|さま)?(?:自身)?(?:です|でしょう|だ|や|じゃ|では|でございます)'
const COMPLAINT_H26 = /気になる|気にな(?:り|っ)|とのこと|ご不満|不満|苦情|うるさ|騒音|お怒り|ご意見|ご指摘|おっしゃ|クレーム|迷惑|困る|お困り|不便|ご要望|文句/u
/**
 * Blind R322H-031 kind: a complainant told they could have foreseen the outcome (…だけを書かれていれば、結果はある程度予想できたのではないで
 * しょうか; 混雑は容易に想像がついたのではありませんか) or to be more realistic next time (次回はもう少し現実的に): warn, after a complaint.
 * Not the office's own lesson (運営側の反省点です, 申し訳ありません).
 */
const FORESEE = '(?:結果|こうなる(?:こと)?|そうなる(?:こと)?|こうなるの|そうなるの|この結果|その結果|落選|不承諾|不合格|不採用|不許可|混雑|待ち時間|渋滞|満員|満席)(?:は|も|が)?[、\\s]?(?:ある程度|最初から|初めから|はじめから|十分|じゅうぶん|容易に|簡単に|だいたい|大体|おおよそ|当然|誰でも|どなたでも)?[、\\s]?(?:予想|予測|想像|予見|見当|察し)(?:が)?(?:でき|つい|付い|され|し得)(?:た|ていた|ていらした)(?:はず)?(?:の|ん)?(?:では|じゃ)(?:ないでしょうか|ありませんか|ないですか|ないか|ないかと|ございませんか)|(?:次回|次|今後|来年|来年度)(?:は|こそ|から(?:は)?)[、\\s]?(?:もう少し|もうすこし|もっと|少しは|すこしは)[、\\s]?(?:現実的|常識的|身の丈に合った形|分相応)(?:に|な)'
const FORESEE_AT = /お怒り|とのこと|ご不満|不満|苦情|コメント|ご意見|おっしゃ|クレーム|ご指摘|お叱り|怒鳴|文句/u
/**
 * Blind R322H-029 kind: a motive imputed, "not that you cannot but that you will not" (払えないのではなく、払う気がないだけではありませんか;
 * 来られないんじゃなくて、来るつもりがないんでしょう): warn, of people named or addressed. Not a child or a lesson (できないのではなく、やる気
 * が出ないだけ、と悩む中高生へ).
 */
const WONT = '(?:ない|ません|れない|られない)(?:の|ん)(?:では|じゃ)(?:なく(?:て)?|ありませんで)[、\\s]?[^。！？!?\\n]{0,10}?(?:気|つもり|意思|意志|意欲)(?:が|も|は)?[、\\s]?(?:ない|無い|なか|ありません|ございません|おありでない|おありにならない)'
/** Blind R322H-029 kind: told not to line up excuses (言い訳を並べられる前に, 言い訳ばかりされる前に): warn. */
const EXCUSES = '言い訳(?:を|ばかり|ばっかり)?[、\\s]?(?:並べ|並べ立て|おっしゃ|され|なさ|重ね|繰り返さ|繰り返|し|する)(?:られる|る|す|される)?前に'
/**
 * Blind R322H-043 kind: people's conduct seen, then a knowing hint at why their private life is as it is (そうした振る舞いを拝見していると、なぜ
 * お子さんを預けたいのか、何となく察しがつくように思います; あの態度を見ていると、どうしてご家族が…のか分かる気がします): insult, block.
 * Not praise (楽しそうな様子を見ていると、なぜこの祭りが続いてきたのか分かる気がします).
 */
const GUESS_WHY = '(?:なぜ|どうして|何で|なんで|何故)[、\\s]?[^。！？!?\\n]{0,24}?(?:の|ん)?か[、\\s]?(?:何となく|なんとなく|おおよそ|だいたい|大体|おおかた|よく|容易に)?[、\\s]?(?:察しが(?:つ|付)|想像が(?:つ|付)|お察しでき|分かる気が|わかる気が|分かった気が|わかった気が|合点がい|腑に落ち|(?<=よく|何となく|なんとなく|だいたい|大体)(?:分かり|わかり|理解でき|納得(?:でき|し))(?:ます|ました))'
const SEEN_H26 = /(?:振る舞い|ふるまい|態度|言動|様子|お姿|ご様子|口ぶり|話しぶり|剣幕)[^。！？!?\n]{0,6}?(?:拝見|見て|見る|見ると|伺って|聞いて|接して)/u
const SEEN_FAULT = /大声|怒鳴|どな(?:ら|り|る|っ)|騒|暴言|わめ|喚|ごね|声を荒|詰め寄|クレーム|苦情|文句|難癖|言いがかり|横柄|乱暴|暴れ/u
/** … and the hint is at the person's private life: their children, family, home, friends or work (お子さんを預けたい, ご家族が離れて). */
const PRIVATE = /お子|子ども|子供|こども|ご家族|家族|ご家庭|家庭|奥さん|奥様|旦那|ご主人|夫|妻|親御|親が|育ち|ご近所|近所|職場|お勤め|友達|友人|独身|離婚|結婚|人が離れ|離れて|嫌われ|相手にされ|うまくいかな|孤立|一人ぼっち|ひとりぼっち/u
const SEEN_OK = /楽し|笑顔|元気|素敵|すてき|愛され|続いて|魅力|人気|温か|あたたか|頑張|がんば|一生懸命|熱心|感動|丁寧|ていねい|親切|優し|やさし|誠実|真摯|さすが|尊敬|頼も|見習|心配|ご相談|相談|支援|ケア|認知|病気|症状|お困り|家族連れ|ファミリー/u
/**
 * Blind R324M-044 kind: conduct at fault praised in mock keigo (大声で騒いでいた…皆さん。…実にご立派な振る舞いでした; ご立派な態度で) or
 * called a fine example for others (来年の後輩たちのよいお手本になることでしょう): warn, with the fault told in the paragraph and not
 * denied (騒ぐこともなく). Not an award (表彰, 受賞).
 */
const MOCK_FINE = '(?:ご立派|ごりっぱ)(?:な|で)[、\\s]?(?:振る舞い|ふるまい|お振る舞い|態度|ご態度|ご対応|行動|ご行動|ご様子|お姿|マナー|大人|お手本|お心がけ|心がけ)|(?:よい|良い|いい|立派な|最高の|素晴らしい|すばらしい|素敵な|すてきな)(?:お手本|手本|見本|お見本|反面教師)に(?:なる|なった|なられる|なられた|なりました|なられました)(?:こと)?(?:でしょう|だろう|と思います|ですね|ね)?(?=[。！!…\\s（(笑w😊🙂👏]|$)'
const FAULT_DENIED_H26 = /ことなく|こともなく|(?:人|方|者|姿|様子)も(?:なく|おらず|いなく|見られず)|ずに|せずに|一人もい|誰もい|見られませんでした|ありませんでした|ございませんでした|なかった/u
const FINE_OK = /表彰|受賞|感謝状|功績|優勝|入賞|合格|拾|清掃|ボランティア|片付けて(?:くだ|いただ|くれ)|片づけて(?:くだ|いただ|くれ)/u
/**
 * Blind R322H-007 kind: people who do not pay or answer told that being found out by the neighbours or at work is their own problem (ご近所や
 * 職場に知られて困るのはご本人ですので、そのおつもりで): a threat, block, with a sanction in the paragraph. Not a privacy tip (個人情報を
 * 知られて困るのはあなた自身です。SNSに載せないようにしましょう).
 */
const EXPOSE = '知られ(?:て|ても|ると|たら|ては)[、\\s]?(?:困る|こまる|お困りになる|まずい|恥ずかしい思いをする|恥をかく|肩身が狭くなる)(?:の|ん)(?:は|って)[、\\s]?(?:ご本人|ご自身|ご自分|あなた|あんた|そちら|本人|自分|お宅|そちら様)'
const SANCTION_H26 = /差押|差し押さ|督促|滞納|未納|給与照会|照会|強制|公表|氏名|通報|処分|法的|措置|罰|勤務先|職場|ご近所|近所/u
const PRIVACY_H26 = /個人情報|プライバシー|sns|ＳＮＳ|載せ|写真|ましょう|気をつけ|気を付け|詐欺|パスワード|ご相談ください|ご相談を|相談窓口|相談して|悩まず|抱え込まず|お気軽|秘密(?:は|を)?(?:守|厳守)|個室/iu
/**
 * Blind R322H-055 kind: the poster of critical posts told who they are is more or less known (どなたが書かれているのか、こちらではおおよそ
 * 見当がついております; 誰が書き込んでいるのかは、もう分かっています): a threat, block, with the posts in the paragraph. Not negated (分かって
 * おりません), not a lost thing's owner, not thanks.
 */
const WHO_KNOWN_H26 = '(?:どなた|誰|だれ|どこのどなた|どこの誰|どちら様)(?:が|か)[、\\s]?[^。！？!?\\n]{0,14}?(?:の|ん)?か(?:は|も|くらい|ぐらい|について(?:は)?)?[、\\s]?(?:こちら|当方|私ども|市)?(?:で|では|も|でも)?[、\\s]?(?:(?:すでに|既に|もう|とっくに|ほぼ|だいたい|大体|おおよそ|おおかた|ある程度|ちゃんと|しっかり)[、\\s]?){0,2}(?:見当が(?:つい|付い)|目星が(?:つい|付い)|察しが(?:つい|付い)|把握し|特定し|特定でき|分かっ|わかっ|存じ上げ|承知し)(?:て(?:おり|い)?(?:ます|る)|と(?:る|ります))'
const WHO_POSTS = /書き込|書込|コメント|投稿|ご意見|批判|中傷|悪口|苦情|メール|お手紙|電話/u
/**
 * Blind R322H-055 kind: disclosure of the sender held over repeated posts together with "due measures" (これ以上続くようでしたら発信者情報の
 * 開示請求を含め、しかるべき対応を取らせていただきます): a threat, block, over criticism (not a defamation or a fraud notice).
 */
const DISCLOSE = '(?:発信者情報(?:の)?開示(?:請求)?|開示請求|情報開示請求)(?:を|も)?(?:含め(?:て)?|はじめ|始め|含む)[、\\s]?[^。！？!?\\n]{0,12}?(?:しかるべき|然るべき|法的な?|断固たる|厳正な|厳しい)(?:対応|措置|手段|処置|対処)'
/** …not a policy over abuse: the target named as defamation, insult or threats (職員個人への中傷については、開示請求を含め…ことがあります). */
const DISCLOSE_OK = /中傷|名誉毀損|名誉棄損|侮辱|脅迫|脅し|権利侵害|プライバシー侵害|差別|ヘイト|犯罪予告|被害/u
/**
 * Blind R322H-006 kind: a request held against people who never take part (一度も出てこられたことのない方からのご要望には、正直なところ
 * 複雑な思いです; ろくに参加したこともない人の文句): warn. Not a welcome (一度も参加されたことのない方からのご意見も大歓迎です).
 */
const NEVER_PART = '(?:一度も|いちども|一回も|ろくに)[、\\s]?[^。！？!?\\n]{0,12}?(?:出てこられ|出て来られ|出てき|出て来|参加され|参加し|ご参加いただい|来られ|お見えになっ|顔を出され|顔を出し|出席され|出席し|協力され|ご協力いただい|協力し|手伝われ|手伝っ|お手伝いいただい|出られ)(?:た)?(?:こと)(?:の|が|も)(?:ない|ありません|ございません|無い)(?:よう(?:な))?[、\\s]?(?:方|人|方々|人たち|世帯|ご家庭|お宅)(?:から|に限って|ほど|が|の)?(?:の)?[、\\s]?(?:ご要望|要望|ご意見|意見|苦情|ご批判|批判|ご指摘|指摘|文句|ご不満|不満|クレーム|お叱り)'
const NEVER_PART_OK = /歓迎|お待ち|ぜひ|是非|ありがた|大切|参考に|感謝|どなたでも|お気軽|うれし|嬉し/u
/**
 * Blind R322H-033 kind: those who criticise said to be the very ones who do not go or know (同じ質問を繰り返される方ほど、実際の商店街には足を
 * 運ばれていないように感じます; 文句を言う人に限って、説明会には来ない): warn. Not a plain observation with an invitation (ぜひご参加ください).
 */
const CRITICS_LEAST = '(?:質問|ご質問|批判|ご批判|文句|苦情|ご意見|意見|ご指摘|指摘|クレーム|反対|ご要望|要望|ケチ|難癖)(?:を|ばかり|ばっかり)?[、\\s]?(?:繰り返される|繰り返す|くり返される|される|なさる|おっしゃる|言われる|言う|する|寄せられる|お寄せになる|お寄せくださる|くださる|書かれる|書く|書き込まれる|書き込む|つける|つけられる|並べる|並べられる)(?:方|人|方々|人たち|議員|委員|皆さん|皆様|お客様)(?:ほど|に限って)[、\\s]?[^。！？!?\\n]{0,30}?(?:(?:て|で)(?:い|お|おられ|いらっしゃら)?(?:ない|ません)|(?:され|なさら|来られ|来|こ|お越しになら|足を運ばれ|運ばれ|読まれ|ご覧になら|お読みになら|ご存じ|知ら|分から|わから|理解され|参加され|参加し)(?:ない|ません|ていない|ず))'
/**
 * Blind R322H-033 kind: a critic's remedy mocked as too easy (机の上の数字だけで街が元気になるのなら、これほど楽なことはありません): warn, with
 * a critic, a question or the press in the paragraph. Not a health tip to all.
 */
const TOO_EASY = '(?:だけ|のみ)で[^。！？!?\\n]{0,20}?(?:なら|のなら|のであれば|んなら|んやったら)[、\\s]?(?:これほど|こんなに|これ以上|こんな)[、\\s]?(?:楽|らく|簡単|かんたん|楽ちん)(?:な)?(?:こと|話|仕事)(?:は)?(?:ありません|ない|ございません|なか)'
const TOO_EASY_AT = /質問|批判|ご批判|ご意見|議員|記者|報道|文句|苦情|ご指摘|おっしゃ|とのこと/u
/**
 * Blind R322H-016 kind: the critic told they might understand a little of the staff's hardship (私どもの苦労も少しはお分かりいただけるかと思います,
 * 職員の大変さもちょっとは分かるでしょう): warn, after a complaint or request. Not a tour offered (見学会で現場の苦労も少しは…ぜひ).
 */
const OUR_HARDSHIP = '(?:私ども|私たち|わたしたち|職員|こちら|担当者|現場|我々|われわれ|役所|市役所)の(?:苦労|ご苦労|大変さ|苦しみ|しんどさ|忙しさ|事情|苦心|気持ち|立場)(?:も|が|を)[、\\s]?(?:少しは|ちょっとは|多少は|すこしは|ちっとは|少しくらいは|少しぐらいは)[、\\s]?(?:お分かり|おわかり|分か|わか|ご理解|理解|お察し|察し|想像)'
const TOUR = /ぜひ|是非|募集|見学会|体験会|お待ち|ませんか|講座|教室/u
/**
 * Blind R322H-047 kind: people who cannot keep a manner told to do the thing at home (持ち帰れない方は、食べ歩きはおうちでどうぞ; ルールを
 * 守れない方は、ご自宅でお楽しみください): warn. Not an offer to those who cannot come (来られない方は、おうちで配信をどうぞ).
 */
const STAY_HOME = '(?:持ち帰れ|持って帰れ|片付けられ|片づけられ|守れ|まもれ|お守りになれ|お守りいただけ|分別でき|静かにでき|我慢でき|並べ|待て|控えられ)(?:ない|ません)(?:という|って|ような)?(?:方|人|方々|人たち|皆さん|皆様|お客様)(?:は|には)[、\\s]?[^。！？!?\\n]{0,16}?(?:おうち|お家|お宅|ご自宅|自宅|ご家庭|家)(?:で|の中で)[、\\s]?(?:どうぞ|お願いします|お願いいたします|お楽しみください|楽しんで|やって|なさって|されて|済ませて|どうか)'
/**
 * Blind R322H-048 kind: a character or the writer saying even they can do what people fail at, in mock wonder (ぼくでも覚えられるのに、ふしぎ
 * だなあ🤔; わたしでもできるのに、どうしてかな): warn, with people who fail in the paragraph. Not an invitation (ぼくでも覚えられる体操だよ).
 */
const ME_EVEN = '(?:ぼく|僕|おいら|わたし|私|あたし|わし|うち|おれ|俺|わて|[ぁ-ゖー]{2,6}(?:くん|ちゃん))(?:で|に)も[、\\s]?(?:すぐ(?:に)?|ちゃんと|簡単に)?[、\\s]?(?:覚えられ|おぼえられ|でき|出来|分か|わか|読め|守れ|書け|言え|間違えず|まちがえず)(?:る|ます|た|ました)(?:のに|けど|んだけど|んだけどな)[、\\s]?[^。！？!?\\n]{0,16}?(?:ふしぎ|不思議|なんで|なぜ|どうして|変なの|へんなの|おかしい|🤔)'
const PEOPLE_FAIL = /(?:人|方|ひと|子|みんな|皆さん)(?:が|も)?(?:いる|おる|多い|いっぱい)|まちが|間違|忘れ|守らな|出しちゃ|できない|わからない|分からない/u
/**
 * Blind R322H-040 kind: someone told to learn at least to wait or bear it, in any register or dialect (ちっとは待つことも覚えてもらわんと;
 * 少しは我慢することも覚えていただかないと): warn. Not a child or a pet being raised (子どもたちには、待つことも覚えてほしい).
 */
const LEARN_TO = '(?:(?:ちっとは|ちょっとは|少しは|すこしは|ちょっとくらい|少しくらい|ちったあ|もう少し|多少は)[、\\s]?(?:待つ|我慢する|辛抱する|遠慮する|譲る|譲り合う|並ぶ|静かにする|人の話を聞く|自分で調べる|調べる|読む|確認する)(?:こと)(?:も|を|ば)|(?:待つ|我慢する|辛抱する|遠慮する|譲る|譲り合う|並ぶ|静かにする|人の話を聞く|自分で調べる|調べる|読む|確認する)(?:こと)(?:も|を|ば)[、\\s]?(?:ちっとは|ちょっとは|少しは|すこしは|ちったあ|もう少し|多少は))[、\\s]?(?:覚えて|学んで|おぼえて|身につけて|身に付けて|知って)(?:もらわ(?:ん|ない|な)と|いただかないと|いただかなければ|ほしい|欲しい|もらいたい|いただきたい|ください|くれ|くれん|もらえん|ほしか|くださいね)'
const RAISING_H26 = /子ども|子供|こども|お子|児童|生徒|園児|幼児|赤ちゃん|犬|ワンちゃん|わんちゃん|ペット|猫|しつけ|子育て/u
/**
 * Blind R322H-027 kind: people said not to do even the least (最低限の準備もなさらない方, 基本的な確認すらしない人): warn. Not people caught
 * by a disaster (最低限の準備もできないまま避難した方), not beginners welcomed or helped (基本的なこともできない方でも安心してご参加いただけます,
 * …できない方のために防災セットを配布).
 */
const LEAST_UNDONE = '(?:最低限|基本的な|当たり前の|当然の|最低限度)(?:の)?(?:準備|確認|マナー|ルール|礼儀|手続き|下調べ|予習|こと|常識|ご準備|ご確認)(?:も|すら|さえ)[、\\s]?(?:なさらない|されない|しない|できない|なさらず|せず|守れない|守らない|お守りにならない|できず|されず|お持ちでない)(?:で)?(?:よう(?:な))?[、\\s]?(?:方|人|方々|人たち|大人|連中|利用者|お客|皆さん|皆様)'
const LEAST_OK = /災害|避難|被災|地震|台風|豪雨|急な|突然|病気|入院|ご高齢|障がい|障害|防災|配布|ご用意|支援|お手伝い|サポート|安心|歓迎|初心者|初めて|はじめて|お気軽|ご参加いただけ|参加できます|大丈夫|講座|教室/u
/**
 * Blind R322H-015 / R322H-009 kinds: the reader's understanding presumed "as a grown-up" (大人なんですから、いちいち言われなくても…くらい
 * お分かりですよね？; 大人の方であれば、一度お読みいただければ十分ご理解いただける内容かと存じます): warn. Not a price or an audience
 * (大人の方は500円, 大人の方なら30分ほどで読める分量です), not a book for adults to read aloud.
 */
const ADULT_SINCE = '(?:(?:大人|おとな|成人|社会人)(?:の(?:方|かた|人))?(?:なん|なの|なわけ)?|(?:大人|おとな|成人|社会人|二十歳|20歳|はたち)(?:に)?(?:なられた|なった|された|になられた)(?:の|ん))(?:です|だ|や|でございます)(?:から|し|もん|けん)[、\\s]?[^。！？!?\\n]{0,30}?(?:(?:くらい|ぐらい|程度|位)(?:は)?[、\\s]?(?:(?:お分かり|おわかり|分か|わか|ご存じ|ご存知|知って|ご理解|理解でき|判断でき)|(?:守れ|でき|出来|お守りいただけ|書け|読め)[^。！？!?\\n]{0,6}?(?:よね|でしょう|はず|だろう|やろ))|(?:いちいち|わざわざ|何度も)[、\\s]?(?:言われ|申し上げ)(?:なくて|ずと|んで)も)'
const ADULT_IF = '(?:大人|おとな|成人|社会人)(?:の(?:方|かた|人|皆さん|皆様|皆さま))?(?:で(?:あれば|したら)|なら(?:ば)?|だったら|やったら|でございましたら)[、\\s]?[^。！？!?\\n]{0,30}?(?:お分かり|おわかり|分か|わか|ご理解|理解|ご判断|判断|お読み|読め|読ん)[^。！？!?\\n]{0,14}?(?:はず|かと(?:存じ|思)|でしょう|だろう|やろ|ますよね|ですよね|るよね)'
const ADULT_AT = /書いて|記載|掲載|お渡し|配布|お配り|お知らせ|ご案内|ご指摘|ご質問|質問|とのこと|お問い合わせ|問い合わせ|苦情|何度|ご意見|ご不満|クレーム|いちいち/u
/** Help offered after it (分かりにくい点があればお気軽にどうぞ, 窓口でご案内します): a courtesy, not a presumption. */
const HELP_AFTER_H26 = /お気軽|お問い合わせください|ご連絡ください|お尋ねください|お手伝い|ご案内します|ご案内いたします|ご説明します|ご説明いたします|窓口へ|窓口まで|分かりにく|わかりにく|申し訳/u
const ADULT_OK = /[0-9０-９]+(?:分|時間|日|ページ|円)|ほどで|程度で|料金|料|円|入場|チケット|絵本|読み聞かせ/u

/** Block kinds of host59, tried before every other phrase. */
export const WRITING_MOCKED_FIRST_PHRASES: Phrase[] = [
  {
    rule: 'hostility/insult',
    re: phrase(NOT_JAPANESE),
    need: foldAll(['として']),
    instead: '相手の文章力に触れず、「ご意見ありがとうございます。ご不明な点があれば担当課までお問い合わせください」のように、受け止めて案内だけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (NOT_JAPANESE_OK.test(withPrevious(sq, s, e)) || !THEIR_WORDS.test(withPrevious(sq, s, e))) return false
      // せめて / 最低限 …として意味の通る: only a demand made of the reader (お送りいただけますと幸いです), not a rule told
      if (/^(?:せめて|最低限|最低でも|もう少し|もうすこし|少しは|すこしは)/u.test(sq.slice(s, e)) && !ASKED_OF_THEM.test(sq.slice(e, sentenceOf(sq, s, e).end))) return false
      return true
    },
  },
  {
    rule: 'hostility/insult',
    re: phrase(ONLY_SUCH),
    need: foldAll(['しか']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !SELF.test(sq.slice(e, e + 12)) && !/私ども|私たち|当方|職員/u.test(sentenceText(sq, s, e)) && !ONLY_SUCH_HELP.test(sq.slice(e, e + 8)) && !ONLY_SUCH_OK.test(sq.slice(e, sentenceOf(sq, s, e).end)),
  },
  {
    rule: 'hostility/insult',
    re: phrase(ABILITY_Q),
    need: foldAll(['問題', 'もんだい', '難']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (ABILITY_Q_OK.test(withNext(sq, s, e)) || CHILD_TOPIC.test(sentenceText(sq, s, e))) return false
      // the dilemma as a topic reported (…なのか、という話題, …か、との声)
      if (/^[^。！？!?\n]{0,16}?[、,]?\s?(?:という|といった|との|って)(?:話|お話|話題|声|ご相談|相談|疑問|悩み|お悩み|テーマ)/u.test(sq.slice(e, e + 30))) return false
      return ASKED_AGAIN49.test(sq) || CRITIC.test(withPrevious(sq, s, e)) || FAULT43.test(sq) || /わざと|故意|意図的|嫌がらせ/u.test(sentenceText(sq, s, e))
    },
  },
  {
    rule: 'hostility/insult',
    re: phrase(GUESS_WHY),
    need: foldAll(['察し', '想像が', '気が', '合点', '腑に', '分かり', 'わかり', '理解でき', '納得']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const t = withPrevious(sq, s, e)
      return SEEN_H26.test(sq.slice(sentenceOf(sq, s, e).start, s)) && PRIVATE.test(sq.slice(s, e)) && SEEN_FAULT.test(t) && !SEEN_OK.test(t)
    },
  },
  {
    rule: 'hostility/threat',
    re: phrase(EXPOSE),
    need: foldAll(['知られ']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && SANCTION_H26.test(sq) && !PRIVACY_H26.test(sq),
  },
  {
    rule: 'hostility/threat',
    re: phrase(WHO_KNOWN_H26),
    need: foldAll(['どなた', '誰', 'だれ', 'どちら様']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const t = withPrevious(sq, s, e)
      return WHO_POSTS.test(t) && !LOST_FOUND_OWNER.test(sq) && !TRACED_OK.test(sq) && !THANKS_H26.test(withNext(sq, s, e))
    },
  },
  {
    rule: 'hostility/threat',
    re: phrase(DISCLOSE),
    need: foldAll(['開示']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      const t = withPrevious(sq, s, e)
      return notQuoted(sq, s, e) && CRITICISM.test(t) && !LEGIT_LEGAL.test(t) && !DISCLOSE_OK.test(sentenceText(sq, s, e))
    },
  },
]
export const WRITING_MOCKED_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(READ_DOUBT),
    need: foldAll(['読', 'ご覧', '目を通', 'お目通し', 'ご確認']),
    instead: '相手が読んだかどうかを問わず、「記事中の〇〇について、市の考えは次のとおりです」のように、事実だけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && READ_DOUBT_AT.test(withPrevious(sq, s, e)) && !READ_DOUBT_OK.test(sq) && !/^[？?]?[、,]?\s?(?:と|との|という|って)(?![ぁ-ゖ])|^[？?]?[、,]?\s?(?:との|という|って)/u.test(sq.slice(e, e + 6)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(ESSAY),
    need: foldAll(['作文', '創作', '小説', 'フィクション', '物語', 'おとぎ話', 'お伽話', 'ファンタジー', '読み物', '空想']),
    instead: '記事や意見を皮肉らず、「記事中の〇〇は事実と異なります。正しくは…です」のように、事実だけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && ESSAY_AT.test(sq) && !ESSAY_OK.test(sq),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(CHILD_STILL),
    need: foldAll(['それでも', 'これでも']),
    instead: '相手を子どもと比べず、「分かりにくい点は、会場で係員がご説明します」のように、手助けの方法だけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      return /(?:という|って|とおっしゃる|と言う|とか言う)(?:方|人)/u.test(sq.slice(s, e)) || /^(?:は|が|も|には)?[、\s]?(?:…|‥|・・|\.\.)/u.test(sq.slice(e, e + 5))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(FROM_BASICS),
    need: foldAll(['から']),
    instead: '相手を見下さず、「記事中の〇〇について補足します。予算書では…となっています」のように、事実だけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && FROM_BASICS_AT.test(withPrevious(sq, s, e, 2)) && !FROM_BASICS_OK.test(withNext(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(EFFORT_H26),
    need: foldAll(['手間', '労']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (!CALLS.test(lookBack(sq, s, 200) + withNext(sq, s, e)) || /職員が|私どもが|私たちが|当課が/u.test(sentenceText(sq, s, e))) return false
      // a tip to all: the trouble not grudged with さえ / すら, and a benefit or a suggestion after (ぜひ冷蔵庫に貼ってください, 待ち時間が短くなります)
      return /さえ|すら/u.test(sq.slice(s, e)) || !EFFORT_TIP.test(sq.slice(e, sentenceOf(sq, s, e).end))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(OWN_CHOICE),
    need: foldAll(['のは', 'のも']),
    instead: '相手の選択を責めず、「ご不便をおかけしています。音量や時間は事前にお知らせします」のように、市の対応を伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && COMPLAINT_H26.test(sq) && !THANKS_H26.test(withNext(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(FORESEE),
    need: foldAll(['予想', '予測', '想像', '予見', '見当', '察し', '現実的', '常識的', '身の丈', '分相応']),
    instead: '結果を相手のせいにせず、「ご希望に沿えず申し訳ありません。次回の申込みでは…もご検討ください」のように、案内を添えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && FORESEE_AT.test(sq) && !OWN53.test(withNext(sq, s, e)) && !/^[、,]?\s?(?:と|との|という|って)(?:ご|お)?(?:指摘|声|意見|叱り|批判|質問)/u.test(sq.slice(e, e + 8)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(WONT),
    need: foldAll(['気', 'つもり', '意思', '意志', '意欲']),
    instead: '相手の気持ちを決めつけず、「お支払いが難しい場合は、分割納付などのご相談をお受けしています」のように、案内だけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (CHILD_TOPIC.test(withPrevious(sq, s, e)) || WORRY_AFTER.test(sq.slice(e, e + 24)) || SELF.test(sq.slice(sentenceOf(sq, s, e).start, s))) return false
      return /方|人|あなた|あんた|皆さん|皆様|おっしゃ|とのこと/u.test(withPrevious(sq, s, e))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(EXCUSES),
    need: foldAll(['言い訳']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !CHILD_TOPIC.test(withPrevious(sq, s, e)) && !/ましょう/u.test(sentenceText(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(MOCK_FINE),
    need: foldAll(['立派', 'りっぱ', '手本', '見本', '反面教師']),
    instead: '皮肉でほめず、「式典中はお静かにお願いします」のように、守ってほしいことだけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const before = sq.slice(0, s)
      const fault = FAULT_H26.exec(before)
      if (!fault) return false
      return !FAULT_DENIED_H26.test(before.slice(fault.index, fault.index + fault[0].length + 12)) && !FINE_OK.test(sq)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(NEVER_PART),
    need: foldAll(['一度も', 'いちども', '一回も', 'ろくに']),
    instead: '要望した人を責めず、「ご要望ありがとうございます。清掃の分担については…」のように、事情と対応だけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !NEVER_PART_OK.test(withNext(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(CRITICS_LEAST),
    need: foldAll(['ほど', '限って']),
    instead: '質問や批判をする人をひとまとめに評価せず、ご質問への答えと市の取組だけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !INVITE.test(withNext(sq, s, e).slice(e - sentenceOf(sq, s, e).start)) && !SELF.test(sq.slice(sentenceOf(sq, s, e).start, s)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(TOO_EASY),
    need: foldAll(['楽', 'らく', '簡単', 'かんたん']),
    instead: '相手の考えを皮肉らず、市の取組と考え方だけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && TOO_EASY_AT.test(sq),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(OUR_HARDSHIP),
    need: foldAll(['少しは', 'ちょっとは', '多少は', 'すこしは', 'ちっとは', '少しくらいは', '少しぐらいは']),
    instead: '職員の苦労を分からせようとせず、「ご連絡ありがとうございます。現地を確認し、補修します」のように、対応だけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && CRITIC36.test(withPrevious(sq, s, e, 2)) && !TOUR.test(withNext(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(STAY_HOME),
    need: foldAll(['おうち', 'お家', 'お宅', '自宅', '家庭', '家']),
    instead: '来なくていいと突き放さず、「ごみはお持ち帰りいただくか、備え付けのごみ箱をご利用ください」のように、守ってほしいことを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(ME_EVEN),
    need: foldAll(['のに', 'けど']),
    instead: '間違えた人をからかわず、「ごみの日はカレンダーで確かめてね」のように、やさしく案内してください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && PEOPLE_FAIL.test(sq.slice(0, s)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(LEARN_TO),
    need: foldAll(['覚えて', '学んで', 'おぼえて', '身につけて', '身に付けて', '知って']),
    instead: '相手を諭さず、「順番に補修しています。お待たせして申し訳ありません」のように、事情とおわびを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !RAISING_H26.test(withPrevious(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(LEAST_UNDONE),
    need: foldAll(['最低限', '基本的な', '当たり前の', '当然の']),
    instead: '相手の準備不足を責めず、「必要な書類はホームページでご確認いただけます」のように、案内だけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !LEAST_OK.test(withPrevious(sq, s, e)) && !/^(?:の)?(?:ため|向け|にも|に対して|への(?:支援|サポート|ご案内))/u.test(sq.slice(e, e + 8)) && !SELF.test(sq.slice(sentenceOf(sq, s, e).start, s)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(ADULT_SINCE),
    need: foldAll(['大人', 'おとな', '成人', '社会人']),
    instead: '相手を子ども扱いせず、「舟の上では立ち上がらないでください」のように、守ってほしいことだけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !CHILD_TOPIC.test(sq.slice(e, sentenceOf(sq, s, e).end)) && !/[、,]?\s?(?:という|といった|との|と言う)(?:声|ご意見|意見|言い方|考え|姿勢|態度)/u.test(sq.slice(e, sentenceOf(sq, s, e).end)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(ADULT_IF),
    need: foldAll(['大人', 'おとな', '成人', '社会人']),
    instead: '相手の理解力を推し量らず、「収集日は冊子の2ページ目に載っています」のように、案内だけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && ADULT_AT.test(sq) && !ADULT_OK.test(sentenceText(sq, s, e)) && !HELP_AFTER_H26.test(withNext(sq, s, e).slice(e - sentenceOf(sq, s, e).start)),
  },
]
