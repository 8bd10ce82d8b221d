/**
 * hostility — armchair critics and consequences left unsaid.
 *
 * Blind R308T–R315E kinds: a complaint granted only as how things look to people of a low standard, critics said to complain
 * from home, people who did not come forward praised for being so busy, a fault praised as creative, a culprit told their face
 * and car number are on camera, a repeat caller told everyone knows who they are, retribution wished; a consequence left
 * unsaid to someone addressed for what they did (どうなるかお分かりですよね, どうぞ楽しみにお待ちください: threat, some first in PHRASES), and the asker
 * told to fill in the form at home at least (くらいご自宅で書いてから).
 *
 * Stays clean: a plain request (申請書は事前にご自宅でご記入のうえお越しください), a tale or a proverb, an awareness post listing such sayings, our
 * own resolve, a real thank-you for volunteers.
 *
 * Its phrases run where index.ts puts them in PHRASES (the check order: a phrase earlier in PHRASES holds its span first).
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { phrase, isReportedSpeech, sentenceOf } from '../../words'
import type { Phrase } from './context'
import { ALREADY_OUT, ALT_SERVICE, ASKER43, COMPLAINT_H20B, CRITIC, CRITIC43, CROWD_TROUBLE, GRIEVANCE_H22, HAZARD, HUMBLE_H20, IDENT_CRITIC, IDENT_FRIENDLY, IDENT_HELP, IDENT_WARN, INSTEAD, MISUSE, OFFENCE, RELEARN_AT, SELF, SELF_FIRST_OK, VULGAR_NOT, WRONGDOER33, foldAll, lookBack, notQuoted, notTeaching, notThreatTeaching, sentenceText, withNext, withPrevious, wrongdoerBefore } from './context'

/**
 * Blind R308T-057 / R309C-017 kinds: a complaint answered by granting it only as how things look to people of a low standard or who
 * never left home (スーパーの特売うなぎで満足できる方には、確かに割高に感じられるかもしれませんね; 家から一歩も出ずにスマートフォンで
 * 状況をご覧になっていた皆さまには、さぞ遅く見えたことでしょう): mock agreement, warn. The concession (…方には…感じられるかもしれません,
 * …見えたことでしょう, …思えるのも無理はありません) with a low standard or an armchair named in the people before it, and a complaint
 * in the paragraph. A concession to first-time visitors or to people without a car (初めての方には割高に感じられるかもしれません) stays clean.
 */
const CONCEDE_H23 = '(?:方|人|皆さま|皆様|皆さん|みなさん|方々|人たち|お客様|お客さま)(?:に(?:は|とって(?:は)?)|から(?:すれば|見れば|したら|すると|見ると|見たら))[、\\s]?(?:確かに|たしかに|さぞ(?:かし)?|きっと|なるほど|当然|もちろん|まあ|まぁ)?[、\\s]?[^。！？!?\\n]{0,16}?(?:感じ|思え|思われ|見え|映|聞こえ)(?:られる|られた|る|た|ます|ました)?(?:の|こと|ん)?(?:も)?(?:かもしれ|でしょう|だろう|でしょ|無理(?:は|も)?(?:ない|ありません|ございません)|当然|仕方(?:が|も)?(?:ない|ありません)|もっとも|うなずけ)'
/** … a low standard, an easy life or an armchair named of those people (特売, スーパー, で満足できる, 一歩も出ず, 画面越し). */
const LOW_STANDARD_H23 = /(?:特売|安売り|格安|激安|スーパー|コンビニ|100円|百円|ファストフード|ファーストフード|インスタント|冷凍食品|レトルト|チェーン店)[^。！？!?\n]{0,12}?(?:で(?:ご)?(?:満足|十分|事足り|済ませ|済ます|済まされ)|しか)|(?:本物|本場|本当の)[^。！？!?\n]{0,8}?を(?:知ら|ご存じ|ご存知|見たこと(?:が|も)?な|味わったこと(?:が|も)?な)|一歩も(?:出|外)|(?:家|自宅|お宅|部屋|ソファ|こたつ|布団)(?:の中)?から(?:一歩も)?(?:出|動か)(?:ず|ないで)|安全な(?:場所|ところ|所|お部屋|お宅|ご自宅)から|画面越し|高みの見物|寝転|寝ころ|ごろごろ|ゴロゴロ|(?:暖房|冷房|エアコン)の(?:効いた|きいた)/u
/**
 * Blind R309C-017 kind: critics described as complaining from home without going out (家から一歩も出ずに文句を言っている人, 画面越しに
 * 批判されている方々): a jab, warn, with a complaint in the paragraph. Advice to stay in (家から一歩も出ずに、最新情報をご確認ください) or
 * people who stayed in and followed the news (家から一歩も出ずに市のSNSを見ていた方も多かった) stay clean.
 */
const ARMCHAIR = '(?:(?:家|自宅|ご自宅|お宅|部屋|お部屋|ソファ|こたつ|布団)(?:の中)?から[、\\s]?(?:一歩も)?[、\\s]?(?:出|動か)(?:ず|ない|ないで|ることなく)(?:に)?|一歩も(?:外に|外へ|外)?出(?:ず|ない|ないで|ることなく)(?:に)?|(?:家|自宅|ご自宅|お宅|部屋|お部屋)(?:の中)?(?:に(?:こもって|こもったまま|いながら)|で(?:寝転んで|ごろごろしながら|くつろぎながら))|画面越しに|安全な(?:場所|ところ|所|お部屋)から)[、\\s]?[^。！？!?\\n]{0,24}?(?:おっしゃって|言って|書き込んで|書き込まれて|書いて|コメントして|コメントされて|批判して|批判されて|文句を言って|苦情を言って|ご意見(?:を)?(?:くださって|送って))(?:い|おられ|いらっしゃ)?(?:た|る)(?:だけの)?(?:方|人|皆さま|皆様|皆さん|みなさん|方々|人たち)'
/**
 * Blind R310H-002 kind: people who did not come forward praised for being so busy (ボランティア募集、今回も応募はゼロでした。市民の皆さんは
 * 本当にお忙しいようで、さすがです; お忙しそうで何よりです): mock praise, warn, after a shortfall told (応募はゼロ, 誰も来ませんでした).
 * A busy shop congratulated (商売繁盛でお忙しいようで何よりです) or a good turnout praised (さすが柳川の皆さんです) stays clean.
 */
const SHORTFALL_H23 = /(?:応募|参加|申し込み|申込み|申込|エントリー|立候補|手伝い|お手伝い|ボランティア)(?:者|の方)?(?:は|が|も)?[、\s]?(?:今回も|今年も|また|結局)?[、\s]?(?:ゼロ|0人|0名|0件|0|零|なし|無し|ありませんでした|ございませんでした|いませんでした|おりませんでした|集まりませんでした)|(?:誰|だれ|どなた|一人|ひとり|1人)(?:も|一人)?[、\s]?(?:来|こ|集ま|応募|参加|手を挙げ|名乗り|協力|手伝|出て)(?:られ|され|て(?:くれ|いただけ))?(?:ませんでした|なかった|ず(?:じまい)?(?:でした)?(?=[。、!！]))/u
const MOCK_BUSY = '(?:お忙しい|ご多忙な?|ご多用な?|お忙し)(?:ん|の)?(?:よう|みたい|そう|ご様子)(?:で|です(?:ね|な)?[。、\\s]?|でございます(?:ね)?[。、\\s]?)[、\\s]?(?:さすが|流石|何より|なにより|結構|うらやまし|羨まし|ご立派|立派|素晴らし|すばらし|感心|頭が下が)'
const SASUGA = '(?:さすが|流石)(?!に)(?:は)?[^。！？!?\\n]{0,16}?(?:です|でございます|だ|や)(?:ね|な|よ|わ)?(?=[。！!…\\s]|$)'
/** … a real achievement or thanks beside it (優勝, 満員, ありがとう): praise, not a jab. */
const ACHIEVED = /おめでと|優勝|受賞|入賞|成功|盛況|満員|満席|達成|記録|完売|好評|ありがと|感謝|集まりました|集まって|応募があり|応募をいただ|参加いただ|参加してくださ|(?:でした|ました|だった|心配も?ありました)が[、\s]?(?:今年|今回|当日|その後)|[0-9０-９]+(?:人|名|件)(?:が|も|の)/u
/**
 * Blind R311E-009 kind: a fault praised as creative (燃えるごみの袋から空き缶やスプレー缶がたくさん見つかりました。柳川市民の皆さまの
 * 独創的な分別には、収集担当一同いつも感心させられております; 斬新な駐車の仕方には脱帽です): sarcasm, warn, with the fault told in the
 * paragraph. Children's creative works admired (子どもたちの独創的な作品には感心しました) or a creative idea stay clean.
 */
const MOCK_CREATIVE = '(?:独創的|斬新|個性的|芸術的|ユニーク|自由|大胆|前衛的|画期的|クリエイティブ|独特|創造的|豪快|おおらか|大らか|奔放|自由奔放|型破り|革新的|オリジナリティ(?:あふれる|溢れる|豊か))な[、\\s]?(?:ごみの|ゴミの|お)?[^。！？!?\\n、]{0,10}?(?:分別|出し方|捨て方|駐車|駐輪|停め方|止め方|置き方|解釈|使い方|並び方|運転|マナー|ルール)(?:方法|の仕方|の方法|ぶり|っぷり)?(?:に|には|は|を|も|が|に(?:は)?いつも)?[、\\s]?[^。！？!?\\n]{0,24}?(?:感心|脱帽|頭が下が|恐れ入|敬服|驚かされ|感服|舌を巻|目を見張|唸ら|うなら|感嘆|拍手|尊敬)'
const CREATIVE_FAULT = /混ざ|混じ|まざ|まじっ|混入|紛れ|見つか|入って(?:い|お)|入れられ|違反|守られ|守らな|守って(?:いただけ|もらえ)|放置|はみ出|出されて|間違|できていな|回収でき|置かれ|置いていか|停められ|止められ|路上|ルール|マナー|困って|苦慮/u
const CREATIVE_EARNEST = /作品|コンテスト|アート|工作|自由研究|アイデア|アイディア|デザイン|子どもたち|子供たち|こどもたち|児童|生徒|園児|受賞|入賞/u
/**
 * Blind R311E-011 kind: a culprit told their face and car number are on camera (捨てていかれた方。車のナンバーもお顔も、しっかり映って
 * います): threat, block, with the culprit addressed; and told to come forward "while they still can" (ご自分から名乗り出るなら今のうち
 * ですよ, 今のうちに自首したほうが身のため). A notice (防犯カメラ作動中, 警察に相談しています) or event photos stay clean.
 */
const FACE_ON_CAMERA = '(?:お顔|(?<![一-龥ぁ-ゖァ-ヺ])顔|人相|ナンバー|車番|車両番号)(?:も|は|が|まで)[、\\s]?(?:[^。！？!?\\n]{0,12}?(?:も|まで)[、\\s]?)?(?:全部|ぜんぶ|すべて|全て|しっかり|ばっちり|バッチリ|はっきり|くっきり|鮮明に|きれいに|ちゃんと)?[、\\s]?(?:映って|写って|撮れて|記録されて|残って|録画されて|撮影されて)(?:い|お)?(?:ます|ります|る)'
/** Review of 3e1eb183 (rvhost56): advice to a victim (被害に遭われた方へ…相手のナンバーが映っている場合があります。警察にご相談ください). */
const VICTIM_H23 = /被害に(?:遭|あ)|被害を受け|被害者|相手の(?:車|ナンバー|顔|お顔)|(?:警察|交番|110番)(?:に|へ)[^。！？!?\n]{0,4}?(?:ご)?(?:相談|連絡|届け|通報)/u
const CULPRIT_ADDRESSED = /(?:た|る|ている|ていた|てる|ない)(?:方|人|者|方々)(?:へ|[。、]|に(?:申し上げ|告ぐ|お伝え))|あなた|あんた|お前|おまえ|犯人(?:の方)?(?:へ|[、。])/u
const COME_FORWARD = '(?:(?:ご自分|ご自身|自分)から|自ら|みずから|正直に|素直に)?[、\\s]?(?:(?:名乗り出|名のり出)(?:る|られる|なさる|てくる|てこられる|ていただける|てくださる)|(?:自首|出頭)(?:する|される|なさる|して(?:くる|こられる|いただける|くださる)))(?:の)?(?:なら|ならば|のであれば|んやったら|とやったら)[、\\s]?(?:今のうち|いまのうち|今だけ|今しか)|(?:今のうち|いまのうち)に[、\\s]?(?:(?:ご自分|ご自身|自分)から|自ら|正直に|素直に)?[、\\s]?(?:名乗り出|名のり出|自首|出頭)(?:た|られた|なさった|ていただいた|てこられた|し(?:た|ておいた))(?:ほう|方)が'
/**
 * Blind R311E-014 kind: a repeat caller told everyone knows who they are (毎年…何度もお電話をくださる方へ。地域の皆さんも、それがどなたなのかは
 * 薄々お気づきです; 誰のことか、ご近所はとっくにご存じですよ): threat, block, after a complaint or a repeat. A quiz (誰だか分かりますか？),
 * an owner sought (どなたの落とし物か、ご存じの方はご連絡ください) stay clean.
 */
const OTHERS_KNOW = '(?:どこのどなた|どちらの方|どなた|誰|だれ)(?:の(?:こと|仕業|しわざ))?(?:なの|なん)?(?:か|だか)(?:は|も|くらい|ぐらい)?[、\\s]?[^。！？!?\\n]{0,12}?(?:もう|既に|すでに|とっくに|薄々|うすうす|だいたい|おおよそ|おおかた|みんな|皆さん|ちゃんと)?[、\\s]?(?:お気づき|お気付き|気づいて|気付いて|ご存じ|ご存知|知って|察して|分かって|わかって)(?:です|でしょう|のはず|のよう|(?:い|おられ|いらっしゃい|おり)?ます|(?:い|おられ|いらっしゃ)?る(?:ん|の)?(?:です|でしょう)?|とる|ちょる)(?![か？?])'
const REPEAT_CALLER = /何度|何回|毎年|毎回|毎日|毎晩|毎朝|再三|しつこ|繰り返し|くりかえし|苦情|クレーム|文句|お電話|電話を|書き込|投稿を/u
/**
 * Blind R311E-044 kind: retribution wished on wrongdoers in polite form (荒らしていった方々へ。…それ相応の報いを受けられることを心から
 * 願っております; 天罰が下ることを祈っています, 報いを受けてほしい): curse, block. Thanks repaid (ご期待に報いることができるよう) or
 * efforts rewarded (努力が報われることを願って) stay clean.
 */
const RETRIB_WISH = '(?:(?:それ)?相応の|それなりの|しかるべき|然るべき|当然の|手痛い)?[、\\s]?(?:報い|むくい|天罰|神罰|(?<![一-龥々])罰|バチ|ばち|しっぺ返し|しっぺがえし)(?:を|が|の)?[、\\s]?(?:受け|うけ|下(?:さ|り|る)|くだ(?:さ|り|る)|当た|あた|食らい|食らわ|くらい|くらわ|ある|あり)(?:られ|させられ)?(?:る|ます)?(?:こと|よう)(?:を|に)?[、\\s]?(?:心から|心より|切に|強く|陰ながら|ひそかに|密かに|ただただ)?[、\\s]?(?:願|祈|望)|(?:報い|むくい|天罰|(?<![一-龥々])罰|バチ|ばち|しっぺ返し)(?:を|が)?[、\\s]?(?:受け|当たっ|あたっ|下っ|くだっ)(?:て(?:ほしい|欲しい|もらいたい|いただきたい)|れば(?:いい|よい|良い|よか))'
const RETRIB_TALE = /昔話|物語|言い伝え|伝説|ことわざ|童話|絵本|紙芝居|民話/u
/** … a wrong done (荒らして, 踏みにじった, 抜いていった, 持ち去った), not 報い as a reward earned (頑張った人にはそれ相応の報いがあってほしい). */
const RETRIB_WRONG = /踏みにじ|荒らし|荒らさ|裏切|傷つけ|犯人|抜いて(?:い|行)|引き抜|持ち去|持って(?:い|行)か|奪|汚し|汚さ|切り倒|枯らし|傷め|傷つけ/u
const RETRIB_EARNED = /努力|頑張|がんば|尽力|貢献|善行|報われ|真面目|まじめ|誠実|正直者/u
/**
 * Blind R311E-015 kind: an asker who missed a notice given big asked whether it was hard to find (トップに大きく載せています。見つけにく
 * かったでしょうか？), or told to read it again calmly (もう一度、落ち着いてゆっくりご覧になってみてください): talking down, warn. An apology
 * after (分かりにくかったでしょうか。申し訳ありません) or advice on a scam (もう一度落ち着いて内容をご確認ください) stays clean.
 */
const FEIGNED_HARD = '(?:見つけ|みつけ|探し|さがし|分かり|わかり|読み|よみ|見|み)(?:にく|づら)かった(?:の)?(?:でしょう|ですかね|ですか|かな|かしら)(?:か)?(?:ね)?[？?]'
/** … not a fix promised after it (分かりやすい場所に移しますね). */
const FIX_AFTER = /移し|移動|変更|見直|工夫|検討|改め|直し|リンク|お送り|ご案内(?:し|いたし)|掲載場所/u
const PROMINENT = /大きく|大きな(?:字|文字)|おおきく|トップ(?:ページ)?(?:に|の)|目立つ|太字|はっきり|赤字|冒頭|一番上|表紙|でかでか/u
const CALM_AGAIN = '(?:(?:もう一度|もう一回|もういちど|もういっかい|再度|改めて|あらためて|今一度|いま一度)[、\\s]?(?:落ち着いて|おちついて|冷静に)|(?:落ち着いて|おちついて|冷静に)[、\\s]?(?:もう一度|もう一回|もういちど|再度|改めて|今一度))[、\\s]?(?:ゆっくり(?:と)?|よく|じっくり(?:と)?|しっかり(?:と)?)?[、\\s]?(?:ご覧|お読み|お目通し|ご確認|読んで|よんで|見て|確認して|目を通して|読み直|見直)'
const CALM_OK = /詐欺|不審|災害|地震|津波|避難|緊急|119|110|火事|火災|事故|けが|怪我|急病|救急|通報/u
/**
 * Blind R311E-034 kind: people who asked the staff to fill in their forms told to begin with "the obvious" next time (書類の書き方を一から
 * 職員に尋ねる方も多く見られましたので、来年は事前に手引きに目を通していただくという、ごく当たり前のことから始めていただければと
 * 存じます; 来年こそは手引きを読んでからお越しください): talking down, warn, after people at fault. A campaign of one's own (手洗いという
 * 当たり前のことから始めましょう) or a tip (来年は事前に手引きを読んでからお越しいただくとスムーズです) stays clean.
 */
const OBVIOUS = '(?:ごく|ごくごく|至極|ほんの)?[、\\s]?(?:当たり前の|あたりまえの|当然の|初歩的な|基本中の基本の|最低限の|ごく基本的な)(?:こと|事|ところ)(?:から|くらい|ぐらい|だけ|は|を|も|すら){0,2}[、\\s]?[^。！？!?\\n]{0,16}?(?:て|で)(?:いただ(?:ければ|けると|けたら|きたい|けますよう|けませんか|けないでしょうか|けますか)|くださいね|ください|下さい|もらえれば|もらえると|もらいたい|ほしい|欲しい)'
const NEXT_LEARN = '(?:来年|来年度|次回|次から|次は|今度|次の機会)(?:は|こそ|から(?:は)?|まで(?:に|には)?)?(?:は)?[、\\s]?[^。！？!?\\n]{0,24}?(?:覚えて|勉強して|予習して|練習して|身につけて|身に付けて|読んで|目を通して|お読みになって|ご覧になって|お読みいただいて|ご確認いただいて|確認して)(?:から|きて|こられて|おいて)[、\\s]?(?:お越し|来て|いらして|ご来場|ご来庁|ご来所|来場|来庁)?[^。！？!?\\n]{0,6}?(?:ください|下さい|いただ|頂|ほしい|欲しい|もらえ|もらいた|願)'
const FAULTY_MANY = /(?:方|人|人たち|方々)(?:も|が)[、\s]?(?:多く|多数|大勢|たくさん|目立|いらっしゃ|おられ|見られ|散見|後を絶|少なくあり|少なくな)|職員に[^。！？!?\n]{0,10}?(?:尋ね|聞|頼|任せ|書いて|書かせ|記入|代筆|教えて)|何度(?:も)?[、\s]?(?:お願い|お伝え|ご案内|説明|お知らせ)|再三|守られ(?:てい)?ない|守らない|できていない/u
const STAFF_RELIED = /職員に[^。！？!?\n]{0,10}?(?:尋ね|聞|頼|任せ|書いて|書かせ|記入|代筆|教えて)|(?:一から|全部|すべて|全て)[^。！？!?\n]{0,6}?(?:職員|窓口|係)|(?:職員|窓口|係)(?:任せ|まかせ)/u
const PRESSED_H23 = /こそ|せめて|少しは|最低限|最低でも|くらい|ぐらい|ちゃんと|きちんと|当たり前|ごく|(?:ご自身|ご自分|自分)で/u
const OWN_RESOLVE_H23 = /私たち|わたしたち|私ども|職員一同|我々|市として|市でも|当課でも|ましょう|ていきます|てまいります/u
/**
 * Blind R311E-039 kind: a proverb of earliness or of one's own doing thrown at latecomers (配り終わってから「もうないの？」って来る人、
 * 毎年いるよね〜。早起きは三文の徳って言葉、知ってるかな？; 後悔先に立たず、ですね): a jab, warn, with latecomers named. A proverb to
 * cheer an early market (早起きは三文の徳！朝市は6時から) or taught stays clean.
 */
const LATE_PROVERB = '(?:早起きは(?:三|3)文の(?:徳|得)|先んずれば人を制す|後悔先に立たず|後の祭り|あとの祭り|身から出た(?:錆|さび|サビ)|時は金なり|備えあれば憂いなし|転ばぬ先の杖|因果応報|遅かりし由良之助)[」』]?(?:って|という|とは|と(?:いう|いふ))?(?:言葉|ことば|ことわざ|諺)?(?:、|は|を|が)?[、\\s]?(?:(?:知って|しって)(?:る|い(?:る|ます)|ます|いらっしゃいます|おられます)?(?:かな|かしら|か|の)?|ご存(?:じ|知)(?:ですか|でしょうか|かな|ですかね)|(?:よく)?(?:言った|いった)もの|まさに|このこと|です(?:ね|よ)|だ(?:ね|よ)|だよね|ですよね)'
const LATECOMER = /(?:配り終わ|終わって|終了後|締め切り|締切|過ぎて|遅れて|遅刻|寝坊|ギリギリ|ぎりぎり|売り切れ|なくなって|間に合わ)[^。！？!?\n]{0,24}?(?:人|方|皆さん|皆さま|皆様|お客|連中|子)|もうないの|まだあるの/u
const PROVERB_LESSON = /その名も|商品|グッズ|お土産|教室|授業|学習|クイズ|由来|語源|意味は|例文|覚えよう/u
/**
 * Blind R311E-059 kind: a notice said to be written so that a child would understand it, then the people at fault told to read it this time
 * (小学生でも分かるように書いたチラシを全戸に配っていますので、予約なしで出される方は、今度こそ最後までお読みください): talking down, warn.
 * An easy leaflet offered (小学生でも分かるように書いたチラシを配布しました。ぜひご覧ください) stays clean.
 */
const CHILD_WRITTEN = '(?:小学生|しょうがくせい|子ども|子供|こども|お子さん|園児|幼稚園児|中学生)(?:で|に)も[、\\s]?(?:分かる|わかる|読める|理解できる|お分かりいただける)(?:ように|よう|くらい|ぐらい|ほど)[^。！？!?\\n]{0,12}?(?:書いた|書いて|作った|作って|まとめた|まとめて|説明した|説明して|作成した|作成して|ご用意した|ご用意して)'
const AT_FAULT_H23 = /(?:される|なさる|する|しない|されない|守らない|守られない|出される|出す|出している|されている)(?:方|人|方々|皆さん|皆さま|皆様)(?:は|へ|も|[、。])/u
/** … and what they do wrong (予約なしで, 守らない, 間違えて). */
const FAULT_DONE = /間違|誤っ|守ら|守れ|違反|忘れ|無視/u
const POINTED_READ = /(?:今度こそ|次こそ|今回こそ|いい加減|最後まで|ちゃんと|きちんと|しっかり|一度くらい|せめて)[^。！？!?\n]{0,10}?(?:お読み|読んで|ご覧|ご確認|目を通|確認して)/u
// Review of 3e1eb183 (rvhost56), as kinds:
/** A sincere answer around it: an apology, a fix, thanks (申し訳ありません, 改善します, 発信を増やします, ありがとうございました). */
const SINCERE = /申し訳|すみません|すいません|お詫び|おわび|失礼(?:いた)?しました|ご不便|ご迷惑|改善|見直|増や|工夫|検討|努め|対応(?:いた)?します|ありがと|感謝|お礼/u
/** People thanked or served (…方々、ありがとうございました; …方にも届くよう), not blamed. */
const SERVED_H23 = /^[^。！？!?\n]{0,6}?(?:にも|に|へも|へ)[、\s]?(?:届く|伝わる|お届け|見やすく|分かりやすく|わかりやすく|お伝え)/u
/** A bad thing at zero is good news (途中棄権の参加者はゼロ, 熱中症で救護所を訪れた参加者は0人, けが人は一人も). */
const BAD_ZERO = /(?:棄権|リタイア|熱中症|けが|怪我|負傷|救護|救急|搬送|事故|違反|迷子|トラブル|苦情|体調不良|脱落|失格|遅刻|欠席|被害)[^。！？!?\n]{0,16}?(?:ゼロ|0人|0名|0件|０|零|一人も|ひとりも|いません|ありません|なし)/u
function shortfallTold(t: string): boolean {
  return SHORTFALL_H23.test(t) && !BAD_ZERO.test(t)
}
/** The busyness given a reason (田植えでお忙しい, 収穫期でご多忙): respect, not a jab. */
const BUSY_REASON = /[一-龥々ァ-ヺー]{1,8}(?:で|の(?:時期|季節|最中)で|期で|中で)[、\s]?(?:お忙しい|ご多忙|ご多用|お忙し)/u
/** Rules said kept (ルールを守りながら, マナーを守って): no fault told. */
const RULE_KEPT = /(?:ルール|マナー|決まり|きまり|約束)を[、\s]?(?:きちんと|しっかり|ちゃんと)?守(?:り|って|る|った)(?!て(?:いただけ|もらえ|ください)|ない|らな)/gu
/** A low bar offered as enough (最低限のことから始めていただければ十分です, …うれしいです): reassurance. */
const ENOUGH_AFTER = /^[^。！？!?\n]{0,6}?(?:十分|じゅうぶん|大丈夫|うれしい|嬉しい|幸い|結構|OK|ＯＫ|オッケー)/u
/** An invitation after (明日も朝7時からお待ちしています, ぜひお早めに). */
const INVITE_AFTER = /お待ちして|お越しくだ|お越しを|お越しいただ|ぜひ|是非|どうぞ|いらしてくだ|来てね|来てください/u
/** The person at fault told as doing wrong (守らない方, 予約なしで出される方), not an ordinary user (ごみを出す方, 避難する方). */
const FAULT_PERSON = /(?:ない|ず|なしで|無しで|間違え(?:て|た|る)|誤って)[^。、！？!?\n]{0,10}?(?:方|人|方々|皆さん|皆さま|皆様)(?:は|へ|も|[、。])/u
/** The one known named as a third party (花火師さんが誰なのか), not the caller (それが誰なのか). */
function thirdPartyKnown(sq: string, s: number): boolean {
  const m = /([^、。！？!?\n\s]{1,12})が[、\s]?$/u.exec(sq.slice(Math.max(0, s - 16), s))
  return !!m && !/(?:それ|その方|その人|あなた|この方|あの方|この人|あの人|こちら|そちら)$/u.test(m[1] ?? '')
}
export const ARMCHAIR_CRITIC_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(CONCEDE_H23),
    need: foldAll(['感じ', '思え', '思わ', '見え', '映', '聞こえ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const who = sq.slice(sentenceOf(sq, s, e).start, s + 2)
      return LOW_STANDARD_H23.test(who) && (CRITIC43.test(lookBack(sq, s)) || COMPLAINT_H20B.test(lookBack(sq, s))) && !SINCERE.test(sq.slice(e, sentenceOf(sq, s, e).end + 60))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(ARMCHAIR),
    need: foldAll(['から', 'こもつ', 'いながら', '寝転', 'ごろごろ', 'くつろぎ', '画面越し']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && (CRITIC43.test(sq) || COMPLAINT_H20B.test(sq)) && !SERVED_H23.test(sq.slice(e, e + 20)) && !/ありがと|感謝|お礼|応援/u.test(sq.slice(e, sentenceOf(sq, s, e).end + 2)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(MOCK_BUSY),
    need: foldAll(['忙し', '多忙', '多用']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && shortfallTold(lookBack(sq, s) + sentenceText(sq, s, e)) && !ACHIEVED.test(sentenceText(sq, s, e)) && !BUSY_REASON.test(sq.slice(Math.max(0, s - 12), e)) && !/見直|再度|改めて(?:開催|実施|募集)|日程を/u.test(sq.slice(e, e + 80)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(SASUGA),
    need: foldAll(['さすが', '流石']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceText(sq, s, e)
      const around = withPrevious(sq, s, e)
      return shortfallTold(around) && /市民|皆さん|皆さま|皆様|みなさん|方々|住民|大人|人たち/u.test(around) && !ACHIEVED.test(around) && !SELF.test(sen)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(MOCK_CREATIVE),
    need: foldAll(['的な', '斬新な', 'ユニークな', '自由な', '大胆な', 'クリエイティブな', '独特な', '豪快な', 'おおらかな', '大らかな', '奔放な', '型破りな', 'オリジナリティ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const around = (lookBack(sq, s) + sentenceText(sq, s, e)).replace(RULE_KEPT, '')
      return CREATIVE_FAULT.test(around) && !CREATIVE_EARNEST.test(around)
    },
  },
  {
    rule: 'hostility/threat',
    re: phrase(FACE_ON_CAMERA),
    need: foldAll(['映つ', '写つ', '撮れ', '記録され', '残つ', '録画され', '撮影され']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e) && wrongdoerBefore(sq, s, e) && CULPRIT_ADDRESSED.test(lookBack(sq, s, 100)) && !/作動中|設置|防止のため|ご協力/u.test(sentenceText(sq, s, e)) && !VICTIM_H23.test(lookBack(sq, s, 100) + sentenceText(sq, s, e) + sq.slice(e, e + 60)),
  },
  {
    rule: 'hostility/threat',
    re: phrase(COME_FORWARD),
    need: foldAll(['名乗り出', '名のり出', '自首', '出頭']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const t = lookBack(sq, s, 120) + sentenceText(sq, s, e)
      return OFFENCE.test(t) || WRONGDOER33.test(t) || /犯人|犯行/u.test(t)
    },
  },
  {
    rule: 'hostility/threat',
    re: phrase(OTHERS_KNOW),
    need: foldAll(['気づ', '気付', 'ご存じ', 'ご存知', '知つ', '察し', '分かつ', 'わかつ']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e) || thirdPartyKnown(sq, s)) return false
      const sen = sentenceText(sq, s, e)
      const after = sq.slice(e, e + 40)
      if (IDENT_HELP.test(sen) || IDENT_HELP.test(after) || IDENT_FRIENDLY.test(sen + after)) return false
      const before = lookBack(sq, s)
      return IDENT_CRITIC.test(before) && REPEAT_CALLER.test(before)
    },
  },
  {
    rule: 'hostility/curse',
    re: phrase(RETRIB_WISH),
    need: foldAll(['報い', 'むくい', '罰', 'ばち', 'しつぺ']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const t = lookBack(sq, s, 120) + sentenceText(sq, s, e)
      return !RETRIB_TALE.test(t) && !RETRIB_EARNED.test(t) && (OFFENCE.test(t) || WRONGDOER33.test(t) || RETRIB_WRONG.test(t))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(FEIGNED_HARD),
    need: foldAll(['にくかつた', 'づらかつた']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const prev = lookBack(sq, s, 100)
      if (/申し訳|すみません|すいません|お詫び|ご不便|ご迷惑|ありがと|つもり(?:でした|だった)|こちら(?:です|から|をご覧)/u.test(sq)) return false
      return PROMINENT.test(prev) && (/^\s*[@＠]/u.test(sq) || ASKER43.test(prev)) && !FIX_AFTER.test(sq.slice(e, e + 40)) && !HUMBLE_H20.test(sq.slice(e, e + 40).replace(/^[^。！？!?\n]{0,2}/u, '').replace(/分かりにく|わかりにく|見つけにく|見づら|読みづら/gu, ''))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(CALM_AGAIN),
    need: foldAll(['落ち着いて', 'おちついて', '冷静に']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !CALM_OK.test(sq) && (/^\s*[@＠]/u.test(sq) || ASKER43.test(lookBack(sq, s)) || ALREADY_OUT.test(lookBack(sq, s))),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(OBVIOUS),
    need: foldAll(['当たり前', 'あたりまえ', '当然の', '初歩的', '基本中の基本', '最低限', '基本的な']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && FAULTY_MANY.test(lookBack(sq, s)) && !OWN_RESOLVE_H23.test(sentenceText(sq, s, e)) && !ENOUGH_AFTER.test(sq.slice(e, e + 16)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(NEXT_LEARN),
    need: foldAll(['来年', '次回', '次から', '次は', '今度', '次の機会']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const sen = sentenceText(sq, s, e)
      return STAFF_RELIED.test(lookBack(sq, s)) && PRESSED_H23.test(sq.slice(s, e)) && !OWN_RESOLVE_H23.test(sen) && !/^[^。！？!?\n]{0,4}?(?:と|ば)[、\s]?[^。！？!?\n]{0,12}?(?:スムーズ|早く|短く|便利|安心)/u.test(sq.slice(e, e + 30))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(`[「『]?${LATE_PROVERB}`),
    need: foldAll(['三文', '3文', '人を制す', '先に立たず', '祭り', '身から出た', '金なり', '憂いなし', '先の杖', '因果応報', '由良之助']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const around = lookBack(sq, s, 120) + sentenceText(sq, s, e)
      return LATECOMER.test(around) && !PROVERB_LESSON.test(around) && !/申し訳|すみません|お詫び/u.test(around) && !INVITE_AFTER.test(sq.slice(e, e + 60)) && !/増や|改善|見直/u.test(sq.slice(e, e + 60))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(CHILD_WRITTEN),
    need: foldAll(['でも', 'にも']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const rest = sq.slice(s, Math.min(sq.length, sentenceOf(sq, s, e).end + 80))
      return AT_FAULT_H23.test(rest) && FAULT_PERSON.test(rest) && (MISUSE.test(rest) || OFFENCE.test(rest) || FAULT_DONE.test(rest)) && (POINTED_READ.test(rest) || /何度|再三|それでも|いまだに|未だに/u.test(lookBack(sq, s) + rest))
    },
  },
]

// --- Blind R312P–R315E (host57), as kinds ---
/**
 * Blind R314Y-026 / R315E-029 / R315E-057 kinds: a consequence left unsaid, said to someone addressed for what they did (持ち帰った方へ。
 * …今週中に返しに来なければ、どうなるかお分かりですよね; …次にお見えになった際は、それなりの対応をさせていただきますので、どうぞ楽しみに
 * お待ちください; 書き込みを今後も続けられるのであれば、こちらもそれ相応の覚悟で臨みます): threat, block. Three forms of the one construction:
 * - "you know what will happen" in any politeness (どうなるかお分かりですね, どうなるか分かってるよね, どうなるかはご想像にお任せします,
 *   どうなるか、お察しください), with a condition or a next time in the sentence or the one before; not a genuine question (ご存じですか？);
 * - a vague step (それなりの対応, それ相応の措置, しかるべき対処) capped with a sarcastic "look forward to it" or a cue to think hard
 *   (楽しみにお待ちください, 覚悟, よくお考え, そのおつもりで); a firm notice naming the step (警察に通報します) or a vague step with no cue stays clean;
 * - the writer's own 覚悟 (こちらもそれ相応の覚悟で臨みます) on a condition that the addressee goes on doing it (続けられるのであれば, これ以上…なら).
 * Each needs someone addressed for a wrong, a critic or their posts in the 160 characters before; a hazard (大雨, 熱中症) is a warning, not a threat.
 */
// Blind R374X-012 kind: or the reader bidden to look forward to what will happen (次にご来館の際はどうなるか、楽しみにしていてください,
// どうなるか楽しみにお待ちください), the sarcastic cue of a vague step said of the unsaid consequence itself.
const KNOWS_WHAT = 'どうなる(?:か|の)(?:は|ぐらい|くらい|位)?[、\\s]?(?:もう|よく|十分|じゅうぶん|ちゃんと|きっと|さすがに)?[、\\s]?(?:(?:お分かり|おわかり)(?:です|でしょう|ですよね|いただけ|になります|になる|ですね|かと)|(?:分かって|わかって|分かっと|わかっと)(?:い|おられ|いらっしゃ)?(?:ます|る|らっしゃる)(?:よね|ね|な|でしょう|でしょ|だろう|だろ|やろ|じゃろ|よな)|(?:分かり|わかり)ます(?:よね|ね)|(?:分かる|わかる)(?:よね|でしょう|だろう|やろ|な(?=[。！!…\\s]|$))|ご想像(?:に(?:お任せ|おまかせ)|いただけ|できる|のとおり|の通り)|想像(?:が|は)?(?:つき|つく|付き|付く)(?:ます(?:よね|ね)|でしょう|よね|かと)|お察し(?:ください|いただけ|の(?:とおり|通り))|(?:ご存じ|ご存知|知って)(?:ですよね|ますよね|いますよね|るよね|るでしょう|でしょう(?!か))|(?:楽しみ|見もの|見物)(?:です|だ|や)?(?:ね|な|よ|ですね|ですよ)|楽しみに(?:お待ち|待って|待っと|して(?:い|お)?て|しとって|しとい|しとけ|なさって))'
const CONDITION_H24 = /(?:なけれ|なかったら|ないなら|ないと|んと|んかったら|んなら|んやったら|んとやったら|ないようなら|なければ|ば|たら|なら|ならば|のであれば|ようであれば|ようなら|際は|際には|ときは|時は|場合は|場合には|ないうちに|までに)[、\s]?|次に|次回|今度|これ以上|今後も|引き続き|再び|二度と/u
const TARGETED_H24 = /(?:た|る|ている|ていた|てる|ない|れた|れる|れている|れていた)(?:方|人|者|方々|お客様|お客さま|お客さん|皆さん|皆様|皆さま)(?:へ|に(?:申し上げ|告ぐ|お伝え)|[。、])|あなた|あんた|お前|おまえ|犯人|[@＠]|書き込|ご投稿|投稿を|コメント|ご発言|大声|怒鳴|どなっ|暴言|持ち帰|持ち去|盗|無断|勝手に|いたずら|落書き|ポイ捨て|不法投棄|捨てていか|荒らし|迷惑行為/u
/** What makes a vague step a menace: a sarcastic "look forward to it" or a cue to think hard (楽しみにお待ちください, 覚悟, よくお考え). */
const MENACE_CUE_H24 = /(?:行動|出方|態度|ご対応|今後の対応|お返事|ご返答)次第|楽しみに(?:お待ち|待って|して(?:い|お)?て|しとって|しとけ|しといて|なさって)|(?:お)?覚悟(?:を|して|しと|なさ|くださ|のうえ|の上|ください|召され)|よく(?:お)?考え|よーく考え|よう考え|そのおつもり|そのつもりで|お分かり(?:です|でしょう|いただけ)|肝に銘じ|身のため|後悔|逃げ(?:られ|切れ)ると/u
const VAGUE_STEP = '(?:(?:それ)?(?:なり|相応|相当)の|しかるべき|然るべき)[、\\s]?(?:対応|対処|措置|処置|お返し|ご挨拶|ごあいさつ|おもてなし|お出迎え|扱い|手段|ご対応)'
const OWN_RESOLVE_H24 = '(?:それ)?(?:相応|なり|しかるべき|然るべき|相当|並々ならぬ|断固たる|固い)の?[、\\s]?(?:覚悟|決意)(?:(?:で|を(?:もって|持って)|をして)[、\\s]?(?:臨|のぞ|対応|対処|向き合|挑|当たら|あたら|まいり|参り)|(?:が|は|も)[、\\s]?(?:ございます|ございますので|あります|ありますので|できて(?:おり|い)ます|できとる|ある(?:けん|から|ので)))'
const GOES_ON_H24 = /(?:続け|つづけ|繰り返|くりかえ|お続け|重ね)(?:られる|る|される|さる|なさる|になる|られ|ていく|て(?:い|いか|おられ|いらっしゃ)(?:る|れる))?(?:の|ん)?(?:であれば|でしたら|なら|ならば|ようであれば|ようなら|場合(?:は|には|、)?|とすれば)|これ以上[^。！？!?\n]{0,20}?(?:なら|ならば|であれば|ようなら|場合)|今後も[^。！？!?\n]{0,24}?(?:なら|ならば|であれば|ようなら|場合)|(?:次|今度|再び)[^。！？!?\n]{0,20}?(?:たら|れば|際|とき|時|場合|ようなら)/u
/** … nor a rhetorical question answered right after it (分別しないと、どうなるかお分かりですよね？実は収集されずに残ってしまいます). */
const EXPLAINED = /実は|答えは|正解は|その答え|つまり|収集され|回収され|焼却|環境|罰金|過料|反則金|海に|川に|[0-9０-９]+(?:円|万円|年|割|%|％)/u
const NOT_MENACE_H24 = /台風|地震|豪雨|大雨|洪水|津波|浸水|冠水|災害|熱中症|火災|火事|土砂|増水|噴火|竜巻|高潮|感染|病気|体調|健康|温暖化|人口|財政|クイズ|問題です|正解|答え|昔話|物語|ゲーム|映画|ドラマ|小説|次号|続きは|お楽しみ/u
/**
 * The evidence said kept (防犯カメラの映像は残っています, 映像はしっかり保存しております, 記録はすべて手元に残っております, スクリーンショットも
 * 保存済みです): block when a menace cue or "you know what will happen" follows within the sentence after, to someone addressed for a wrong.
 * A call for witnesses (お心当たりの方はご連絡ください), a procedure (応募の記録は残っておりますのでご安心ください) or a plain notice of a step
 * (映像は警察に提供しました) stays clean.
 */
const EVIDENCE_KEPT = '(?:(?:防犯|監視)?カメラ|ドライブレコーダー|ドラレコ)(?:に|で)(?:は|も)?[、\\s]?(?:(?:全部|ぜんぶ|すべて|全て|しっかり|ばっちり|バッチリ|はっきり|きちんと|ちゃんと)[、\\s]?){0,2}(?:映って|写って|記録されて|録画されて|撮影されて|残って|捉えられて|とらえられて)(?:おり|い|と)?(?:ます|る)|(?:映像|録画|動画|画像|写真|記録|ログ|履歴|証拠|スクリーンショット|スクショ|魚拓|通話|録音|投稿内容|書き込み内容|書き込み|書込み|ご投稿|投稿|コメント|ご発言|発言|やりとり|やり取り|メール|お電話の内容)(?:は|も|が|を|なら)[、\\s]?(?:(?:全部|ぜんぶ|すべて|全て|しっかり|ばっちり|バッチリ|きちんと|ちゃんと|確実に|こちらで|こちらの|当方で|市で|手元に|お手元|サーバーに|端末に)[、\\s]?){0,3}(?:残って|保存して|保存させて(?:いただいて)?|保存されて|保存済み|保管して|保管させて(?:いただいて)?|保管されて|控えて|記録して|記録されて|押さえて|残し(?:て|と))(?:おり|い|あり|お|と)?(?:ます|る|です|ますので|ますから)?'
/** A menace no help beside it undoes (心当たりのある方は、早めに返却されたほうが身のためですよ). */
const STRONG_MENACE = /身のため|どうなるか|(?:お)?覚悟(?:を|して|しと|なさ|くださ|召され)|楽しみに(?:お待ち|待って|して)|そのおつもり|そのつもりで|後悔|逃げ(?:られ|切れ)ると/u
const EVIDENCE_HELP = /ご安心|お心当たり|心当たりのある|情報提供|情報をお寄せ|お寄せください|ご連絡ください|お問い合わせ|落とし物|忘れ物|迷子|申請|手続|応募|品質|サービス向上|ご了承|お受け取り/u
function targetedBefore(sq: string, s: number): boolean {
  const before = sq.slice(Math.max(0, s - 160), s + 1)
  return TARGETED_H24.test(before) || IDENT_CRITIC.test(before) || OFFENCE.test(before) || WRONGDOER33.test(before) || ADDRESSED_H24.test(before)
}
/** Someone addressed by name or title (…の親御さんへ, 〇〇様へ, 関係者各位). */
const ADDRESSED_H24 = /(?:さん|様|さま|方|方々|各位|皆さん|皆様)へ(?:[。、\s]|$)/u
/**
 * Blind R315E-001 kind: people named by a fault with ような (or by believing a hoax) and said to be beyond reach of any explanation
 * (ネットの怪しい動画をそのまま信じ込んでしまうような方には、こちらが何をご説明しても届かないのかもしれませんね; あなたのような方に何を
 * 言っても無駄でしょう; デマを鵜呑みにされる方には、いくらお伝えしても通じない): contempt, insult (block). Not a support for a need
 * (耳の不自由な方には、筆談をご用意しています: no ような), not the writer about themself (私のような者には), not an awareness post.
 */
const NO_REACH = '(?:ような|みたいな|ようなお|(?:こういう|ああいう|そういう|こういった|ああいった|そういった|あの手の|この手の|あんな|こんな)(?:お)?|(?:信じ込|信じこ|思い込|思いこ)(?:ん|ま)(?:で(?:しまう|しまわれる|いる|いらっしゃる|おられる|る)|れる|れている|れた)|(?:鵜呑み|うのみ)に(?:する|される|なさる|して(?:いる|しまう|る)|されて(?:いる|る))|真に受け(?:る|られる|て(?:しまう|いる|る)))(?:方|かた|人|人たち|方々|連中|お方|人間)(?:に|には|は|って|相手に|相手では)[、\\s]?[^。！？!?\\n]{0,24}?(?:(?:何を|なにを|何と|なんと|いくら|どれだけ|どんなに|何度|どう)[、\\s]?[^。！？!?\\n]{0,12}?(?:説明|ご説明|言|申し上げ|お伝え|伝え|お話し|話|お答え|答え|訴え|お願い)(?:し|して|っ|え|て|いたし)?(?:も|ても|たって|でも)|(?:どんな|どのような|いかなる|どれほどの)[、\\s]?(?:説明|ご説明|言葉|お言葉|お話|情報|データ|根拠)(?:も|でも|を(?:示して|お示しして)も))[、\\s]?(?:届か|通じ|伝わら|響か|無駄|むだ|ムダ|ご理解いただけ|理解され|理解して(?:いただけ|もらえ)|分かって(?:いただけ|もらえ)|わかって(?:いただけ|もらえ)|聞き入れ|耳に入ら|意味が(?:ない|ありません|ございません)|仕方(?:が)?(?:ない|ありません)|しかた(?:が)?(?:ない|ありません))'
/** … not a stance denied after it (…響かないと諦めず, …届かないとは限りません, …無駄だと思わずに). */
const NO_REACH_NOT = /^[^。！？!?\n]{0,8}?(?:と(?:は)?[、\s]?(?:諦め|あきらめ|思わ|思い込ま|決めつけ|決め付け|言わ)|とは限ら|わけでは|わけじゃ)/u
const NO_REACH_OK = /筆談|手話|通訳|やさしい日本語|多言語|点字|音声|ふりがな|お手伝い|ご用意|サポート|支援|相談窓口|ご相談|私のような|わたしのような|僕のような|自分のような|私たちのような/u
/**
 * Blind R315E-035 kind: a complaint about a small cost or trouble answered with mock admiration of the complainer (500円の駐車料金でそこまで
 * 悩まれるなんて、よっぽど節約上手なんですね; たかが10分の待ち時間でそんなに怒られるとは、さぞお急ぎのご身分なのでしょう; そこまで
 * 気にされるなんて、よほど几帳面な方なんですね): sarcasm, warn. The minimising (そこまで…なんて, たかが, たった, わずか…円で) before an
 * intensifier and a trait of thrift, leisure, zeal or fussiness; or the same after a complaint reported. Sincere praise (3回も来てくださるなんて、
 * よほど柳川がお好きなんですね) has no trait of the list and no complaint.
 */
const MOCK_TRAIT = '(?:よっぽど|よほど|さぞ(?:かし|や)?|相当|ずいぶん(?:と)?|随分(?:と)?|大層|たいそう)[、\\s]?[^。！？!?\\n]{0,12}?(?:節約上手|節約家|倹約家|倹約上手|やりくり上手|しっかり者|お金持ち|ご裕福|裕福|余裕(?:が|の)?(?:おあり|ある|あって|おありの)|ご身分|お暇|おひま|(?<!お)暇|ヒマ|ご熱心|熱心|几帳面|神経質|繊細|心配性|お急ぎ|せっかち|気が短|気の短|こだわり(?:が強|派|屋)|細か(?:い|な)(?:方|性格|ところ))(?:な|の|で|でいらっしゃる)?(?:方|お方|人)?(?:なん|なの|の|ん|よう|ご様子|みたい)?(?:です|でしょう|だ|や|でございます|ですこと)?(?:ね|な|よね|か(?:ね)?)?(?=[。！!…？?〜~\\s😊🙂😄😁😌🤭😏w笑（(]|$)'
// The lead must make a complaint of it (悩まれる, 怒られる, 文句を言われる) or belittle the amount (たかが, わずか…円): そこまで調べてくださるなんて is praise.
const MINIMISED = /(?:たかが|たった|わずか|これしき|それしき|ほんの|こんなことで|そんなことで)[^。！？!?\n]{0,24}?(?:なんて|とは|のは|って)|(?:そこまで|そんなに|それほど|あれほど|これほど)[^。！？!?\n]{0,16}?(?:悩|怒|騒|文句|気にされ|気になさ|気にな|こだわ|おっしゃ|言われ|不満|苦情|嘆|迷われ|心配され|ご立腹|お怒り|イライラ|クレーム|ごね|渋)[^。！？!?\n]{0,8}?(?:なんて|とは|のは|って)|[0-9０-９,，]+円(?:程度|くらい|ぐらい|ほど)?(?:の[^。！？!?\n]{0,8}?)?(?:で|に)[^。！？!?\n]{0,12}?(?:なんて|とは)/u
/**
 * Blind R315E-019 kind: a critic or writer of opinions told to relearn reading and writing Japanese itself (日本語の読み書きから学び直されては
 * いかがでしょうか, 日本語から勉強し直してこい, ひらがなから習い直してください): the reader called illiterate, insult (block; a school
 * subject such as 国語 or 算数 stays the round-17 / R115A warning). Not a course or a learner (日本語教室, 外国人, 学習者, 夜間中学), not the writer's own staff.
 */
const LITERACY_RELEARN = '(?:日本語|(?<![一-龥々])読み書き|ひらがな|平仮名|あいうえお|(?:文字|字)の読み書き)(?:の(?:読み書き|勉強|基本|基礎|書き方|読み方))?(?:から|を)[、\\s]?(?:もう一度|一から|いちから|改めて)?[、\\s]?(?:学び直|学びなお|まなび直|勉強し直|勉強しなお|お勉強し直|やり直|やりなお|習い直|ならい直)(?:され|し|して|さ|なさっ|なさ)?[^。！？!?\\n]{0,6}?(?:ては|てみては|たら|ることを|た(?:ほう|方)が|てこ|てき(?:て|なさい)|なさい|てください|て下さい|ていただ|てほしい|て欲しい|てもらい|るべき|ろ(?=[。！!]|$))'
const LITERACY_OK = /外国|留学生|技能実習|実習生|学習者|日本語教室|日本語学校|教室|講座|夜間中学|学び直し講座|リカレント|ボランティア|研修|職員(?:一同)?(?:が|は|も)|私ども|私たち|我々|当課|当方|反省|お詫び|申し訳|子ども|子供|こども|児童|生徒/u
/**
 * Blind R312P-019 kind: a complaint about a notice answered by offering a child's version of it as a mock question (「字が多くて読む気が
 * しない」とのご意見…次号からは…全部ひらがなで、絵本のようにお作りしましょうか？; 小学生向けに紙芝居にしましょうか？; 三行だけに
 * しましょうか？): sarcasm, warn, after a complaint. A real offer for children or learners (子ども向けのひらがな版を作りました, 外国の方向けに
 * やさしい日本語版を) stays clean.
 */
const CHILD_VERSION = '(?:(?:全部|すべて|全て|全文|ぜんぶ)[、\\s]?(?:ひらがな|平仮名|ふりがな付き|カタカナ|イラスト|絵)|(?:ひらがな|平仮名|イラスト|絵)(?:だけ|のみ)|絵本(?:の(?:よう|形)|みたい|風|仕立て)|紙芝居|(?:幼児|幼稚園児|園児|保育園児|小学生|小学校低学年|低学年|子ども|子供|こども)(?:向け|用)|(?:一|1|１|三|3|３)行(?:だけ|のみ|で|に)|赤ちゃん(?:向け|用|言葉))[^。！？!?\\n]{0,24}?(?:(?:お作り|作り|つくり|お書き|書き|まとめ|お届け|お出し|ご用意|用意|お直し|直し)?(?:し|いたし|致し)?(?:ましょう|ましょ|ましょっ|よう|よっ)か(?:ね|な|しら)?|(?:して|いたして|作って|お作りして|書いて|まとめて)(?:おき|とき)ます(?:ね|よ))(?=[？?。！!…😊🙂😄w笑（(\\s]|$)'
const CHILD_VERSION_OK = /外国|留学生|やさしい日本語|多言語|視覚|高齢|お年寄り|お子さん|お子様|子どもたち|子供たち|こどもたち|児童|親子|キッズ|アンケート|ご希望|ご要望(?:が|を)|リクエスト/u
/**
 * Blind R314Y-005 kind: a complaint about a price or a distance answered with a hard alternative spun as good for the complainer (「川下りって
 * 高くない？」ってコメントくれたみんな〜 じゃあ歩いて掘割を一周してみてね♪ 4時間くらいかかるけど、足腰は鍛えられるよ; 片道1時間ですが、
 * いい運動になりますよ): sarcasm, warn, only after a complaint is reported. The hardship granted (かかるけど, 大変ですが, 疲れますが) and the
 * body or health said to gain. An event's own promise (約3時間かかりますが、足腰が鍛えられます！ご参加ください) has no complaint.
 */
const HARDSHIP_GAIN = '(?:(?:かかる|かかります|かかっちゃう|かかっちゃいます|かかるかも|大変|たいへん|疲れる|疲れます|つかれる|きつい|きついです|しんどい|遠い|遠いです|とおい|歩きます|歩く|汗だく)(?:けど|けれど|けども|ですが|が|かもしれませんが|かもだけど|だろうけど|でしょうが)[、\\s]?(?:その分|そのぶん|でも|まあ|まぁ|きっと)?|(?:その分|そのぶん|その代わり|そのかわり))[、\\s]?(?:(?:足腰|足|脚|体力|脚力|筋力|心肺|健脚|ふくらはぎ|太もも|お尻)(?:は|が|も|を)?[、\\s]?(?:しっかり|きっと|かなり|ばっちり|バッチリ|十分|すごく|めっちゃ)?[、\\s]?(?:鍛えられ|きたえられ|鍛わ|鍛え(?:られ)?ます|つき|付き|つく|付く|強くな)|(?:いい|よい|良い|ちょうどいい|最高の)(?:運動|トレーニング|ダイエット|筋トレ)(?:に|には)?(?:なる|なり|なっ)|(?:運動不足|ダイエット|健康)(?:の)?(?:解消|対策)?(?:に|には)?(?:なる|なり|なっ|ぴったり|ちょうど|もってこい)|(?:健康|体|からだ|お体|お身体)に(?:は)?(?:いい|良い|よい|ええ))'
/**
 * Blind R315E-038 kind: a complaint of crowding answered as proof of our popularity (混んでいて乗れなかったとのこと、それだけ柳川が人気って
 * ことですね！; 予約が取れないとのお声、それだけ好評ということですね): a brush-off, warn, after a complaint of not getting in. Our own record
 * (過去最多の来場者…それだけ人気ということですね) or an apology beside it stays clean.
 */
const POPULAR = '(?:それだけ|それほど|それくらい|それぐらい|それって|裏を返せば|逆に言えば|言い換えれば)[、\\s]?[^。！？!?\\n]{0,12}?(?:人気|大人気|盛況|好評|注目|魅力的|魅力がある|愛されて)(?:が(?:ある|あります)|されて(?:いる|る)|を集めて(?:いる|る)|いただいて(?:いる|る)|(?:を)?いただいて(?:いる|る))?(?:って|という|ってこと|ということ|の(?:証拠|証|あかし|裏返し))(?:こと)?(?:です|だ|や|でしょう|ですから|ですもんね)?(?:ね|よね|な|よ)?'
const CROWD_COMPLAINT = /(?:乗れ|入れ|買え|取れ|座れ|停められ|止められ|入場でき|参加でき|予約でき|申し込め|見られ|見れ)(?:なかった|ない|ません|ず)|売り切れ|混んで|混雑|待たされ|待ち時間|並ば(?:され|な)|行列|満車|満席|とのこと|ご不満|苦情|お叱り/u
const OWN_SORRY = /申し訳|お詫び|おわび|すみません|ご迷惑|ご不便|反省|増便|増発|改善|検討|拡充|ご用意|お応え/u
/**
 * Blind R315E-038 kind: the complainer told not to grudge even the least effort of their own (空いている日をご自分で調べるくらいの手間は、
 * 惜しまないでいただけると助かります; ご自身で確認するくらいの手間はかけていただきたい; それくらいの努力はご自分でしてほしい): warn. Our own
 * effort (手作りのため、それくらいの手間は惜しみません) and a campaign's ひと手間 (少しの手間を惜しまず、分別にご協力を) stay clean.
 * Blind R458K-026 kind: the same put with くらい after the noun (ご自分で調べる手間くらいは惜しまないでいただけますか; ご自身で確認する
 * 労力ぐらいはかけてもらえませんか) and asked as a question (いただけますか, もらえませんか): the asker's least effort demanded, warn.
 * A preparedness or a class request (ご自宅でできる程度の備えはしていただけますか in a 防災 notice) stays clean (SELF_FIRST_OK).
 */
const LEAST_EFFORT_H24 = '(?:ご自分|ご自身|自分|ご自宅)で[^。！？!?\\n]{0,20}?(?:(?:くらい|ぐらい|程度)の(?:手間|手間暇|手間ひま|努力|労力|こと|準備|下調べ)(?:は|も|くらいは|ぐらいは)?|(?:手間|手間暇|手間ひま|努力|労力|下調べ)(?:くらい|ぐらい)(?:は|も))[、\\s]?(?:惜しまない|惜しまず|惜しまん|おしまない|おしまず|かけて|掛けて|して|なさって|されて)(?:で)?[^。！？!?\\n]{0,8}?(?:いただけると|いただきたい|いただけ(?:ません|ない)|いただけます(?:か|でしょうか)|もらえ(?:ます|ません)か|ほしい|欲しい|もらいたい|もらえると|くださ|下さ|助か|幸い|願)'
/**
 * Blind R315E-039 kind: an asker told that anyone would understand on reading it (一度ゆっくりご覧いただければ、どなたでもお分かりになるかと
 * 存じます; 読めば誰でも分かります) or that the answer sits in the most visible place, big (トップページの、いちばん目立つところに大きく
 * 掲載しております): talking down, warn, to someone who asked when the answer is out already. A design told in a notice (見ればどなたでも分かる
 * ように工夫しました) or a help offered after it stays clean.
 */
const ANYONE_GETS = '(?:ご覧いただけれ|ご覧になれ|ご覧になっていただけれ|お読みいただけれ|お読みになれ|ご確認いただけれ|ご確認になれ|お目通しいただけれ|目を通していただけれ|見ていただけれ|読んでいただけれ|見てもらえれ|読んでもらえれ|見れ|読め|確認すれ|確認されれ|確認していただけれ)ば[、\\s]?(?:どなたでも|誰でも|だれでも|どなたにも|誰にでも|だれにでも|どんな方でも|子どもでも|子供でも|小学生でも)[、\\s]?(?:すぐに|すぐ|簡単に|一目で|ひと目で|容易に)?[、\\s]?(?:お分かり|おわかり|分か|わか|ご理解いただけ|理解でき|理解いただけ)'
const PROMINENT_REPLY = '(?:(?:いちばん|一番|最も|もっとも)[、\\s]?目立つ(?:ところ|所|場所|位置|箇所|欄)(?:に|で)[、\\s]?(?:大きく|大きな(?:字|文字)で|太字で|赤字で|でかでかと|大々的に)?|(?:特に|非常に|とても)[、\\s]?目立つ(?:ところ|所|場所|位置|箇所|欄)(?:に|で)[、\\s]?(?:大きく|大きな(?:字|文字)で|太字で|赤字で|でかでかと|大々的に)|(?:大きく|大きな(?:字|文字)で)[、\\s]?(?:太字|赤字|色付き)で|でかでかと)[、\\s]?[^。！？!?\\n]{0,6}?(?:掲載し|載せ|記載し|表示し|書い|掲示し|お知らせし|ご案内し|掲載させ|掲載いたし)(?:て|ていただいて)(?:おり|い|あり|ござい|お)(?:ます|る)'
const ASKED_H24 = /[@＠]|ご質問|質問|お問い合わせ|問い合わせ|問合せ|お尋ね|尋ね|ご意見|ご指摘|分からない|わからない|分かりにく|わかりにく|見つから|知らなかった|載っていない|書いていない/u
const DESIGN_OR_HELP = /ように(?:工夫|作|つく|まとめ|改善|し|なって|いたし|配慮|デザイン)|お気軽|ご不明|お問い合わせください|ご連絡ください|ご案内いたします|ご案内します|お送りします|お電話ください|お手伝い|リンク|URL|https?:|申し訳|お詫び|失礼いたしました|分かりにくく/u
/**
 * Blind R315E-055 kind: people called vulgar or low to their face or in a diary (ああいう品のない方のお相手をしていると、こちらまで人間の程度が
 * 下がりそうです; 下品な客, 品性のかけらもない連中, 程度の低い人たち): insult (block). The person noun after the modifier; a word or an act
 * (品のない言葉, 下品な表現はやめましょう) or a self-warning (品のない大人にならないよう) stays clean. And contact with them said to lower the
 * writer (お相手をしていると、こちらまで程度が下がりそう, 関わるとこっちの品位まで落ちる).
 */
const VULGAR_PEOPLE = '(?:品(?:の|が)(?:ない|無い|なか|ねえ|ない感じの)|品性(?:の|が)?(?:ない|無い|かけらもない|欠片もない|のかけらもない|の欠片もない|を疑う(?:ような)?)|下品な|下劣な|低俗な|卑しい|いやしい|育ち(?:の|が)悪い|教養のない|教養の無い|(?:程度|民度)の低い|知性のかけらもない|知性の欠片もない)[、\\s]?(?:方|かた|人|人間|人たち|方々|連中|客|お客|お客様|お客さん|利用者|住民|市民|親|保護者|大人|輩|奴|やつ|ヤツ|クレーマー|男|女|おじさん|おばさん|じいさん|ばあさん)(?:々|たち|達|ども|ら)?(?!から|へ|に合わせ|向け|を選|の(?:コース|クラス|方|ため))'
/** … nor safety advice about rough people (柄の悪い人に絡まれたら110番). */
const VULGAR_SAFETY = /110|警察|通報|絡まれ|からまれ|防犯|ご注意|気をつけ|ましょう/u
const LOWERED = '(?:お相手|相手|応対|対応|お付き合い|付き合い|つきあい)(?:を|ば)?(?:して(?:いると|いたら|ると|たら)|させられ(?:ていると|ると|たら)|すると|していて)[、\\s]?[^。！？!?\\n]{0,16}?(?:こちら|こっち|私|わたし|自分|職員|僕|我々)(?:まで|も|の方まで)[、\\s]?[^。！？!?\\n]{0,8}?(?:程度|品位|品格|レベル|格|人間性|民度|品性)(?:が|まで)[、\\s]?(?:下が|さが|落ち|低く|下がり)'
/** Block kinds of host57, tried before every other phrase: a warning phrase of an earlier round on the same words must not hold the span. */
export const CONSEQUENCE_UNSAID_FIRST_PHRASES: Phrase[] = [
  {
    rule: 'hostility/threat',
    re: phrase(KNOWS_WHAT),
    need: foldAll(['どうなる']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notThreatTeaching(sq) || isReportedSpeech(sq, s, e)) return false
      const around = withPrevious(sq, s, e)
      if (NOT_MENACE_H24.test(around) || HAZARD.test(sentenceText(sq, s, e)) || EXPLAINED.test(sq.slice(e, e + 50))) return false
      return CONDITION_H24.test(around.slice(0, around.length - (sentenceOf(sq, s, e).end - s))) && targetedBefore(sq, s)
    },
  },
  {
    rule: 'hostility/threat',
    re: phrase(VAGUE_STEP),
    need: foldAll(['なりの', '相応の', '相当の', 'しかるべき', '然るべき']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notThreatTeaching(sq) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      const cue = sq.slice(e, Math.min(sq.length, sen.end + 40))
      return MENACE_CUE_H24.test(cue) && !NOT_MENACE_H24.test(withPrevious(sq, s, e)) && targetedBefore(sq, s)
    },
  },
  {
    rule: 'hostility/threat',
    re: phrase(OWN_RESOLVE_H24),
    need: foldAll(['覚悟', '決意']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notThreatTeaching(sq) || isReportedSpeech(sq, s, e)) return false
      const around = withPrevious(sq, s, e)
      if (NOT_MENACE_H24.test(around) || HAZARD.test(around)) return false
      return GOES_ON_H24.test(around) && targetedBefore(sq, s)
    },
  },
  {
    rule: 'hostility/threat',
    re: phrase(EVIDENCE_KEPT),
    need: foldAll(['残つ', '保存', '保管', '控え', '記録', '押さえ', '残し', '映つ', '写つ', '録画', '撮影', '捉え', 'とらえ']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notThreatTeaching(sq) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      // From the evidence to the end of the sentence after it.
      const after = sq.slice(e, Math.min(sq.length, sen.start + withNext(sq, s, e).length))
      if (NOT_MENACE_H24.test(after)) return false
      if ((EVIDENCE_HELP.test(sq.slice(sen.start, sen.end)) || EVIDENCE_HELP.test(after)) && !STRONG_MENACE.test(after)) return false
      const menace = MENACE_CUE_H24.test(after) || IDENT_WARN.test(after) || new RegExp(KNOWS_WHAT, 'u').test(after)
      return menace && targetedBefore(sq, s)
    },
  },
  {
    rule: 'hostility/insult',
    re: phrase(NO_REACH),
    need: foldAll(['ような', 'みたいな', 'ようなお', '込ん', 'こん', '込ま', 'こま', '鵜呑み', 'うのみ', '真に受け', 'こういう', 'ああいう', 'そういう', 'こういった', 'ああいった', 'そういった', 'あの手', 'この手', 'あんな', 'こんな']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !NO_REACH_OK.test(sentenceText(sq, s, e)) && !NO_REACH_NOT.test(sq.slice(e, e + 16)),
  },
  {
    rule: 'hostility/insult',
    re: phrase(LITERACY_RELEARN),
    need: foldAll(['直', 'なお']),
    instead: '相手の読み書きの力を見下さず、「ご意見ありがとうございます。担当課で確認します」のように、内容に丁寧に答えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (LITERACY_OK.test(sentenceText(sq, s, e))) return false
      return RELEARN_AT.test(sq) || CRITIC.test(sq) || /送って|お送り|長文|フォーム|メール|お便り|ご投稿|投書/u.test(sq)
    },
  },
  {
    rule: 'hostility/insult',
    re: phrase(VULGAR_PEOPLE),
    need: foldAll(['品', '下劣', '低俗', '卑しい', 'いやしい', '育ち', '教養の', '低い', 'かけら', '欠片']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !VULGAR_NOT.test(sq.slice(e, e + 24)) && !VULGAR_SAFETY.test(sentenceText(sq, s, e)),
  },
  {
    rule: 'hostility/insult',
    re: phrase(LOWERED),
    need: foldAll(['程度', '品位', '品格', 'レベル', '格', '人間性', '民度', '品性']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
]
export const CONSEQUENCE_UNSAID_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(MOCK_TRAIT),
    need: foldAll(['よつぽど', 'よほど', 'さぞ', '相当', 'ずいぶん', '随分', '大層', 'たいそう']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      const lead = sq.slice(sen.start, s)
      if (SELF.test(lead)) return false
      return MINIMISED.test(lead) || ((CRITIC43.test(lookBack(sq, s)) || COMPLAINT_H20B.test(lookBack(sq, s))) && GRIEVANCE_H22.test(lookBack(sq, s)))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(CHILD_VERSION),
    need: foldAll(['ひらがな', '平仮名', 'ふりがな', 'かたかな', 'いらすと', '絵', '紙芝居', '向け', '用', '行', '赤ちやん']),
    instead: '皮肉で返さず、「ご意見ありがとうございます。読みやすい紙面づくりの参考にします」のように受け止めてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const before = lookBack(sq, s)
      return (CRITIC43.test(before) || COMPLAINT_H20B.test(before)) && !CHILD_VERSION_OK.test(before + sentenceText(sq, s, e))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(HARDSHIP_GAIN),
    need: foldAll(['かか', '大変', 'たいへん', '疲れ', 'つかれ', 'きつ', 'しんど', '遠い', 'とおい', '歩', '汗だく', 'その分', 'そのぶん', 'その代わり', 'そのかわり']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e) && COMPLAINT_H20B.test(sq.slice(0, s)) && GRIEVANCE_H22.test(sq.slice(0, s)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(POPULAR),
    need: foldAll(['人気', '盛況', '好評', '注目', '魅力', '愛され']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const before = lookBack(sq, s, 120)
      return CROWD_COMPLAINT.test(before) && (CRITIC43.test(before) || COMPLAINT_H20B.test(before) || /[@＠]/u.test(sq)) && !OWN_SORRY.test(sq)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(LEAST_EFFORT_H24),
    need: foldAll(['くらいの', 'ぐらいの', '程度の', 'くらいは', 'ぐらいは', 'くらいも', 'ぐらいも']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !OWN_RESOLVE_H23.test(sentenceText(sq, s, e)) && !SELF_FIRST_OK.test(sentenceText(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(ANYONE_GETS),
    need: foldAll(['どなた', '誰', 'だれ', 'どんな方', 'でも']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const before = sq.slice(0, s)
      if (DESIGN_OR_HELP.test(sq.slice(e, e + 40)) || DESIGN_OR_HELP.test(sentenceText(sq, s, e))) return false
      return ASKED_H24.test(before) && (ALREADY_OUT.test(before) || PROMINENT.test(before))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(PROMINENT_REPLY),
    need: foldAll(['目立つ', '大きく', '大きな', 'でかでか']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && ASKED_H24.test(sq.slice(0, s)) && !DESIGN_OR_HELP.test(sentenceText(sq, s, e)),
  },
]
/**
 * Blind R315E-026 kind, without the child: a crowd scolded for not doing its forms at home (申請書くらいご自宅で書いてきてください;
 * 家で記入してくるだけのことが、なぜできないのでしょうか; 申請書は事前に書いてくるのが常識です): warn, after a crowd's trouble at the counter
 * (混雑, 待ち時間, 窓口で書き始める). A plain request (申請書は事前にご自宅でご記入のうえお越しください) has no くらい, だけ or 常識.
 * The span leaves the verb of writing out (くらいご自宅で, くるだけのことが, くるのが常識): a form's own 書いて・記入し is ordinary prose.
 */
const HOMEWORK = '(?:くらい|ぐらい|程度|位)(?:は)?[、\\s]?(?:ご自宅|自宅|家|お家|お宅|事前)(?:で|に)(?=[、\\s]?(?:書いて|かいて|記入して|ご記入(?:いただいて|して|のうえ|の上)?|済ませて|すませて|準備して|ご準備(?:いただいて|のうえ)?|用意して)(?:から)?[、\\s]?(?:き|こ|お越し|来|いら|おいで))|(?<=(?:ご自宅|自宅|家|お家|事前)(?:で|に)[、\\s]?[^。！？!?\\n]{0,8}?(?:書いて|記入して|ご記入して|済ませて|準備して))(?:くる|こられる|おく|おかれる|いらっしゃる|お越しになる)(?:だけ|くらい|ぐらい|程度)(?:の(?:こと|話|手間|作業))?(?:が|も|すら|さえ|なのに|です|でしょう|ですので|なので)|(?<=(?:書いて|記入して|ご記入いただいて|ご記入して|準備して|済ませて))(?:くる|こられる|おく|おかれる)のが(?:常識|当たり前|あたりまえ|当然|普通|マナー|筋|基本)'
export const HOMEWORK_AT_HOME_PHRASE: Phrase = {
  rule: 'hostility/confrontational',
  re: phrase(HOMEWORK),
  need: foldAll(['くらい', 'ぐらい', '程度', '位', 'だけ', '常識', '当たり前', 'あたりまえ', '当然', '普通', 'マナー', '筋', '基本']),
  instead: '来庁者を責めず、「申請書はご自宅で記入してお持ちいただくと、待ち時間が短くなります（記入例：URL）」のように、お願いと方法だけを伝えてください',
  keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && (CROWD_TROUBLE.test(sq) || /窓口|受付|来庁|ご来場|会場/u.test(sq)) && !ALT_SERVICE.test(sentenceText(sq, s, e)),
}
