/**
 * hostility — polite sarcasm and jabs in replies to reviews and complaints.
 *
 * Blind R326H–R332M kinds: the press or an asker told to at least read the materials first, to make a habit of reading to the
 * end, a request capped with a mock benefit, a critic told to choose somewhere else that suits them, a habit mocked, an
 * asker's senses said off, mock faculties, few said to have sense; and front-line staff's polite and joking jabs at residents
 * who complain or break manners (a place said not theirs, told to use a faculty just a little: 想像力をほんの少しだけ働かせていただければ, the same
 * done back, told what they learnt as a child).
 *
 * Stays clean: a survey, an invitation to read more, a real recommendation, a rule told to all residents, a training course.
 *
 * Its phrases run where index.ts puts them in PHRASES (the check order: a phrase earlier in PHRASES holds its span first).
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { phrase, isReportedSpeech, sentenceOf } from '../../words'
import type { Phrase } from './context'
import { ANIMAL72, ANIMAL_THAN, ASKED_AGAIN49, CHILD_TOPIC, CRITIC, FAULT_H26, INSTEAD, KIDS_OR_ANIMALS_H, OWN53, PEOPLE72, REQUEST_H, SELF, foldAll, notQuoted, notTeaching, sentenceText, withNext, withPrevious } from './context'

// --- Blind R326H / R328M (host60), as kinds: polite sarcasm, insinuation, condescension and brushing-off in replies to reviews and complaints ---
/** A complaint, a review or a critic's verdict in the paragraph: what the brush-off and mock-praise kinds of host60 answer. */
const COMPLAINT_H = /とのこと|とのご意見|とのご指摘|とのお声|とのコメント|とのお問い合わせ|とのご質問|ご意見|ご指摘|ご感想|ご不満|不満|苦情|クレーム|文句|批判|口コミ|クチコミ|レビュー|割高|高い|高すぎ|値段|料金|届かない|届かず|遅い|遅れ|待ち時間|つまらな|物足りな|がっかり|期待外れ|かわいくない|可愛くない|イマイチ|いまいち|微妙|ダサ|[」』](?:と|って)(?:の)?(?:コメント|ご意見|お声|書き込|レビュー)|[@＠]/u
/** The office's own apology, fix or help in the paragraph: a sincere answer, not a brush-off. */
const SINCERE_H = /申し訳|お詫び|おわび|ご不便をおかけ|ご迷惑をおかけ|ご心配をおかけ|お手数|反省|修正|訂正|努め|改善(?:し|いた|に努め|を検討|してまいり)|見直し|検討(?:し|いた)て?(?:まいり|いき)?ます|参考にさせ|ありがたく|真摯|受け止め/u
/**
 * Blind R326H-008 kind: the press or an asker told to "at least" read or check the materials first and only then ask (せめて市の発表資料を一読
 * されたうえでご質問いただけますと…, 少しは資料に目を通してから取材に来てください, 最低限ホームページをご確認のうえお問い合わせを): warn. Not a
 * step told without せめて (募集要項をご確認のうえご連絡ください), not a child or a class, not the writer's own habit.
 */
const AT_LEAST_READ_H = '(?:せめて|少しは|すこしは|最低限|最低でも|一度くらいは|一度ぐらいは|ちょっとは)[、\\s]?[^。！？!?\\n]{0,24}?(?:一読|お読み|読ん|読ま|読み|目を通|お目通し|ご覧|ご確認|確認|お調べ|調べ|下調べ|予習|勉強)[^。！？!?\\n]{0,10}?(?:てから|でから|たうえで|た上で|だうえで|だ上で|のうえ|の上)[、\\s]?[^。！？!?\\n]{0,10}?(?:ご質問|質問|お問い合わせ|問い合わせ|問合せ|取材|ご連絡|連絡|お電話|電話|コメント|ご意見|意見|ご批判|批判|書き込|ご投稿|投稿|お尋ね|尋ね|ご指摘|指摘|記事|報道|お越し|来て|来られ)'
/**
 * Blind R326H-016 kind: an asker told to make a habit of reading or checking the city's page to the end (申込ページを最後までスクロールする習慣
 * を身につけていただけますと, 案内をよく読む癖をつけてください): warn, said to one asker (@, …とのお問い合わせですが). Not a habit urged on
 * all (毎朝気象情報を確認する習慣を), not children (本を読む習慣を).
 */
const HABIT_H = '(?:読む|お読みになる|読まれる|確認する|ご確認になる|確認される|ご確認いただく|見る|ご覧になる|ご覧いただく|目を通す|目を通される|スクロールする|調べる|お調べになる|チェックする)(?:という|といった)?[、\\s]?(?:習慣|癖|クセ|くせ)(?:を|も|が)?[、\\s]?(?:身につけて|身に付けて|つけて|付けて|おつけ|お付け|お持ちいただ|持って|お持ちになって)[^。！？!?\\n]{0,4}?(?:いただけ|いただき|いただく|ください|下さい|もらえ|もらい|ほしい|欲しい|くだされ|いただいて)'
/** …the thing they did not read: the city's page, notice or form, or read "to the end" (最後まで, きちんと). */
const HABIT_OBJECT_H = /最後まで|きちんと|ちゃんと|しっかり|よく|隅々|すみずみ|ページ|案内|お知らせ|説明|要項|ホームページ|サイト|メール|通知|書類|チラシ|広報|注意書き|記載|画面/u
const ONE_ASKER_H = /[@＠]|とのお問い合わせ|とのご質問|とのこと|とのご意見|とのご指摘|お問い合わせの件|ご質問の件|お問い合わせですが|ご質問ですが/u
/**
 * Blind R326H-016 / R326H-008 kind: a request to read or check first capped with a mock benefit for both sides or for the press (…いただけます
 * と、お互いにとって幸せかと存じます; 記者の皆様にとっても有意義なお時間になるかと): warn, with a read or check asked in the sentence and an asker
 * or the press in the paragraph. Not an event's 有意義な時間 (ご参加の皆様にとって有意義な時間になるよう…).
 */
const MUTUAL_H = '(?:(?:お互い|双方)(?:に)?(?:とって|のため)(?:も)?[、\\s]?(?:幸せ|しあわせ|ハッピー|幸福|平和)|(?:記者|報道関係者|取材者|質問者|お客様|あなた|ご自身)(?:の)?(?:皆様|皆さま|皆さん|方々|様)?(?:に)?(?:とって|のため)も[、\\s]?(?:有意義|幸せ|しあわせ|ハッピー|有益|実りある))'
const MUTUAL_READ_H = /一読|お読み|読んで|読み|目を通|お目通し|ご覧|ご確認|確認|お調べ|調べ|スクロール|習慣|癖|クセ/u
const MUTUAL_AT_H = /[@＠]|お問い合わせ|問い合わせ|ご質問|質問|取材|記者|報道|とのこと|ご指摘|ご意見|苦情/u
/**
 * Blind R326H-012 kind: a critic of a price or a sight told to choose a destination, a shop or a service elsewhere that suits them (ご自身の
 * 価値観に合う観光地をお選びになるのがよろしいかと存じます, ご予算に見合ったほかの旅先を探されては): warn, after a complaint or a review. Not a
 * course or a plan offered within ours (ご自身の体力に合ったコースをお選びください), not with an apology or a fix.
 */
const SUIT_ELSEWHERE_H = '(?:ご自身|ご自分|ご本人|お客様|あなた|そちら|ご予算|予算|ご希望|お好み|好み|価値観|金銭感覚|お財布|ご趣味|感覚)(?:様)?(?:の)?[^。！？!?\\n]{0,10}?(?:に)?(?:合う|合った|あう|あった|見合う|見合った|ふさわしい|向いた|向いている|合わせた|お似合いの)[、\\s]?(?:別の|ほかの|他の|よその)?[^。！？!?\\n]{0,6}?(?:観光地|旅先|行き先|行先|旅行先|お出かけ先|お店|店|業者|施設|自治体|まち|町|街|地域|寄附先|寄付先|サイト|通販|過ごし方|楽しみ方)(?:を|へ|に|で)[、\\s]?(?:お選び|選んで|選ばれ|選ぶ|お探し|探して|探され|探す|ご利用|利用され|利用する|お出かけ|行かれ|お求め|ご寄附|寄附され|お楽しみ)'
/** …sent elsewhere outright, or the review's verdict shrugged off as a matter of taste (人それぞれ, 価値観). */
const ELSEWHERE_H = /観光地|旅先|行き先|行先|旅行先|お出かけ先|お店|店|業者|施設|自治体|まち|町|街|地域|寄附先|寄付先|サイト|通販|別の|ほかの|他の|よその|価値観|人それぞれ|ひとそれぞれ|無理に|必要は(?:ござ|あり)/u
/**
 * Blind R326H-039 kind: a critic of a price told they need not use it if they do not see its worth (…に価値を感じていただけない方に、無理に
 * お乗りいただく必要はございません; 無理にご利用いただかなくても結構です): warn, after a complaint about the price or quality. Not care for the
 * unwell or the weather (体調のすぐれない方は、無理にご参加いただく必要はありません), not a cancellation offered.
 */
const NEED_NOT_H = '無理(?:に|して)[、\\s]?[^。！？!?\\n]{0,12}?(?:(?:必要|こと)(?:は|も)[、\\s]?(?:ございません|ありません|ない|なか|ないです)|(?:なくて|なくても|なくとも)[、\\s]?(?:結構|けっこう|大丈夫|構いません|かまいません|いいです|よいです|よかです|差し支え))'
const VALUE_NOT_H = '(?:価値|良さ|よさ|魅力|意義|ありがたみ|値打ち|素晴らしさ|すばらしさ)(?:を|が)[、\\s]?(?:感じて|お感じに|感じ|理解して|ご理解|分かって|わかって|お分かりに|おわかりに|見出して|見いだして)(?:いただけ|もらえ|くださら|なれ|なら|おられ|いらっしゃら|い)(?:ない|ません)(?:よう(?:な))?[、\\s]?(?:方|人|方々|お客様|皆さん|皆様)(?:に|には|は|へ)(?!も)'
/** Care for the unwell, the weather or safety, or a cancellation or refund offered: not a brush-off. */
const CARE_H = /体調|具合|心配|不安|怖|こわ|酔い|苦手|自信のない|自信がない|お体|お身体|ご気分|気分が|熱|疲れ|けが|怪我|安全|危険|雨|天候|荒天|暑|寒|ご高齢|お子|妊娠|持病|障が|障害|アレルギー|苦手な方|お酒|飲酒|キャンセル|返金|払い戻し|取り消し|無料|ご予約の変更/u
/**
 * Blind R326H-036 kind: a complainant's wish restated as a condition, then told that another service would suit them better (すぐに届かないと
 * 困るということでしたら、通販サイトをご利用になる方が向いていらっしゃるかもしれませんね; 待つのがお嫌でしたら、タクシーの方が合っている
 * のでは): warn. Not advice within ours (小さなお子さま連れの方は、こちらのコースの方が向いているかもしれません).
 */
const BETTER_SUITED_H = '(?:ほう|方)が[、\\s]?(?:向いて|お向き|合って|お合い|あって|お似合い)(?:いらっしゃる|いらっしゃいます|おられる|おられます|いる|います|らっしゃる|おります|なる|になる)?(?:の)?(?:かもしれ|かも|のでは|かと|と思|でしょう|んじゃ|ん?ですよ)'
const WISH_AS_CONDITION_H = /(?:という|との|と)(?:こと|お話|ご意見)(?:でしたら|であれば|なら)|とおっしゃる(?:なら|のであれば|のでしたら)|(?:ないと|なければ)(?:困る|お困り|嫌|いや)(?:の)?(?:でしたら|であれば|なら|ようでしたら)|(?:お嫌|嫌|いや|ご不満|不満|気に入らない|お気に召さない|待てない|待てません)(?:でしたら|なら|であれば|のでしたら|のであれば|ようでしたら)/u
const OTHER_SERVICE_H = /通販|ネット|他の|ほかの|よその|別の|民間|業者|お店|店舗|デパート|百貨店|スーパー|コンビニ|タクシー|ホテル|旅館|他社|サイト|アプリ/u
/**
 * Blind R326H-031 kind: a critic told to do better themself if they can, as a mock invitation (ご自身でもっと素敵なキャラクターが描けるようでし
 * たら、ぜひ次回の公募にご応募ください; そこまでおっしゃるなら、もっと良い企画を考えられるのであれば…): warn, with a critic's verdict in the
 * paragraph. Not an invitation with no critic (もっと素敵なアイデアがある方は、ぜひご応募ください).
 */
const DO_BETTER_H = '(?:ご自身|ご自分|あなた|あんた|そちら)(?:様)?(?:で|が|でも|なら)?[、\\s]?(?:もっと|より|さらに|これ以上に|これより|それ以上に)[、\\s]?[^。！？!?\\n]{0,16}?(?:描け|かけ|書け|作れ|つくれ|撮れ|考えられ|考え付け|考えつけ|思いつけ|思い付け|デザインでき|でき|出来|お描きになれ|お作りになれ|お書きになれ|お考えになれ|撮影でき|企画でき|運営でき)(?:る|ます)(?:よう|ん|の|と)?(?:でしたら|であれば|なら|ならば|のでしたら|のであれば|やったら|だったら|とおっしゃるなら)'
const DO_BETTER_AT_H = /ご感想|感想|ご意見|ご指摘|ご批判|批判|文句|苦情|とのこと|コメント|拝見|ダサ|かわいくない|可愛くない|微妙|イマイチ|いまいち|センスがな|下手|へた|おっしゃ/u
/**
 * Blind R326H-033 kind: a critic's failure to see the charm put down to their own senses, in a knowing guess (ボクのかわいさが分からないなんて、
 * きっと目がすごーく疲れてるんだね; この味が分からないとは、舌がお疲れなのでしょう; …って言う人は、たぶん耳が悪いんだね): warn. Not care
 * for tired eyes with no critic (スマホの見すぎで、きっと目が疲れているはず。休憩しましょう).
 */
const SENSES_OFF_H = '(?:きっと|たぶん|多分|さては|おそらく|恐らく|もしかして|もしかしたら|よっぽど|よほど|相当)[、\\s]?[^。！？!?\\n]{0,8}?(?:お目|目|眼|お耳|耳|お鼻|鼻|舌|味覚|感性|センス|美的感覚|視力|お目め|おめめ)(?:が|も|は)?[、\\s]?[^。！？!?\\n]{0,6}?(?:疲れ|お疲れ|悪い|お悪い|悪く|悪か|おかしい|おかしく|おかしか|鈍|にぶ|ずれ|曇|くもっ|弱っ|老眼|節穴|麻痺|まひ|バカに|ばかに)'
const SENSES_VERDICT_H = /(?:良さ|よさ|かわいさ|可愛さ|魅力|美しさ|おいしさ|美味しさ|うまさ|味|価値|素晴らしさ|すばらしさ|すごさ|凄さ|面白さ|おもしろさ|風情|趣)(?:が|を)[、\s]?(?:分から|わから|お分かりにならな|理解でき|理解され|感じられ|感じ取れ|伝わら)|かわいくない|可愛くない|まずい|美味しくない|おいしくない|うまくない|微妙|ダサ|イマイチ|いまいち|つまらない|つまんない|(?:って|と)(?:コメント|言われ|言う|いう|言っ|書か|書い|おっしゃ)/u
const SENSES_CARE_H = /目薬|ブルーライト|眼精疲労|検診|健診|受診|ストレッチ|休憩しましょう|休養|休息|寝不足|睡眠不足|サイン|体調|健康|疲労|予防|熱中症|花粉/u
/** Thanks or warm words in the paragraph: the admiration is meant. */
const WARM_H = /ありがと|感謝|素敵|すてき|ステキ|うれし|嬉し|おかげ|お陰/u
/**
 * Blind R326H-041 kind: a complainer mocked for not thinking of even a simple step (朝一番の便を選ぶという簡単な工夫すら思いつかなかったのは、
 * 残念でしたね; ちょっと調べることさえ思いつかなかったとは驚きです): warn. Not the writer's own slip (私どもも、そんな工夫すら思いつかなかったこと
 * を反省しています), not praise (誰も思いつかなかった工夫).
 */
const NOT_EVEN_THOUGHT_H = '(?:工夫|こと|発想|準備|確認|下調べ|手|方法|選択肢|知恵|段取り)(?:すら|さえ|も)[、\\s]?(?:思いつか|思い付か|思いつけ|思い付け|思い浮かば|考えつか|考え付か|考えが及ば|お気づきにならな|お気付きにならな|気づか|気付か|お考えにならな|頭に浮かば|思いつかれ|思い付かれ|思い至ら|お思いつきにならな)(?:なかった|ない|れなかった|れない|ず|んかった|ん)'
const SIMPLE_H = /簡単|かんたん|ちょっとした|ささいな|些細な|基本的|当たり前|初歩的|単純|ごく普通|一番|ちょっと|少し|朝一|前もって|事前に/u
/**
 * Blind R326H-049 kind: people at fault told to go back to primary school as a "let's" or a mild imperative (大人の皆さん、小学校からやり直し
 * ましょ✋, 幼稚園からやり直しませんか笑): warn, with the people addressed or a fault told. Not a course (大人の学び直し講座で小学校の算数から
 * やり直しませんか).
 */
const RELEARN_LETS_H = '(?:小学校|小学生|中学校|中学生|義務教育|幼稚園|保育園|一年生|1年生|１年生)(?:の)?[^。！？!?\\n]{0,10}?(?:から|で)[、\\s]?(?:学び直|まなび直|勉強し直|勉強しなお|やり直|やりなお|習い直|出直)(?:し|さ)(?:ましょ|ません|よう|よっか|ましょっか)'
const RELEARN_AT_H = /皆さん|皆様|皆さま|みなさん|方々|方(?:こそ|は|も)|あなた|あんた|大人|連中|人たち|客|ご意見|ご指摘|おっしゃ|コメント|批判|文句|苦情|[🙄💢😤✋]|マナー|ルール|守らな|守れな|触る|触っ|さわる|さわっ|ベタベタ|騒|割り込/u
const RELEARN_OK_H = /講座|教室|講習|リカレント|募集|受講|夜間中学|生涯学習|学び直し|私|わたし|僕|ぼく|一緒に|ドリル|問題集|親子/u
/**
 * Blind R326H-053 kind: a writer's piece mock-admired as a talent "in a sense" (あれだけ自信たっぷりに書けるというのは、ある意味で才能なのだと
 * 感心しております; 逆にすごいと思います): warn, with the press or a critic in the paragraph. Not an artwork praised (ある意味で芸術的な落ち葉の
 * 模様), not the writer's own.
 */
const IN_A_SENSE_H = '(?:逆に|ある意味|ある意味で|ある意味では|ある種の)[、\\s]?(?:才能|天才|尊敬|すご|凄|感心|見事|お見事|大したもの|大したもん|たいしたもの|立派|ご立派|偉業|芸術)'
const PRESS_CRITIC_H = /記者|記事|報道|新聞|朝刊|夕刊|番組|取材|書かれ|書け|書いた|ライター|筆者|コメント|ご意見|ご指摘|批判|苦情|クレーム|文句|口コミ|レビュー|[@＠]|あなた|あんた/u
/**
 * Blind R326H-053 / R326H-058 kinds: a critic's or the press's faculty mock-admired (記者の方の想像力には脱帽です; 皆さまの鋭い審美眼には、担当
 * 一同いつも感服しております; その観察眼の鋭さには恐れ入ります): warn, with the press or critics in the paragraph and no sincere answer (改善,
 * 参考にさせていただきます), unless the critics' word is set in scare quotes (「ご意見」). Not children, entrants or craftsmen praised.
 */
const MOCK_FACULTY_H = '(?:ご)?(?:審美眼|観察眼|鑑識眼|批評眼|眼力|慧眼|着眼点|お目の高さ|見識|感性|美意識|想像力|妄想力|創作力|創造力|発想力|空想力|洞察力|読解力|文章力|筆力|記憶力|執念|目の付け所|目のつけどころ|チェック)(?:の(?:鋭さ|豊かさ|確かさ|高さ|細かさ|厳しさ|たくましさ))?(?:には|に|は)[、\\s]?(?:担当一同|職員一同|編集部一同|一同|私ども|私たち|わたくしども)?[、\\s]?(?:いつも|毎回|毎号|本当に|ほんとうに|ただただ|心より|心から|まったく|全く|すっかり|つくづく|大変|たいへん|まことに|誠に)?[、\\s]?(?:感服|脱帽|恐れ入|おそれい|敬服|頭が下が|舌を巻|畏れ入|感心させられ|感嘆|参りました|まいりました|お手上げ)'
const SCARE_QUOTE_H = /[「『](?:ご意見|ご指摘|ご感想|ご提案|ご助言|アドバイス|ご要望|ご批判|ご教示|ご高説|ご心配)[」』]/u
const FACULTY_OK_H = /作品|応募|コンテスト|コンクール|子ども|子供|こども|児童|生徒|園児|職人|選手|ボランティア|受賞|入賞|表彰|研究|先生|講師|審査|写真展|展示|出展/u
/**
 * Blind R328M-044 kind: thanks for a complaint, then the complaint said to show how few have the plain idea (公共交通機関で来るという発想を
 * お持ちの方が少ないことが、大変よく分かりました; …という常識をお持ちでない方が多いことがよく分かりました): warn. Not a survey's finding
 * (アンケートで…という方が少ないことが分かりました), not our own notice to improve.
 */
const FEW_HAVE_SENSE_H = '(?:発想|考え|お考え|常識|知恵|視点|選択肢|意識|ご認識|認識|心がけ|配慮|気遣い|想像力|判断力|思考)(?:を|が|の)[、\\s]?(?:(?:お持ちの|おありの|ある|持った|持っている|持っておられる|お持ちでいらっしゃる|おありになる|備えた|お備えの)[、\\s]?(?:方|人|方々|人たち|皆さん|皆様|お客様)(?:が|は)[、\\s]?(?:少ない|少なかった|少なく|いない|いらっしゃらない|おられない|ほとんどいない|ほとんどいらっしゃらない|限られ|まれ|稀)|(?:お持ちでない|おありでない|お持ちにならない|持っていない|持たない|ない)[、\\s]?(?:方|人|方々|人たち|皆さん|皆様|お客様)(?:が|は)[、\\s]?(?:多い|多かった|多く|大半|ほとんど|大勢))[^。！？!?\\n]{0,12}?(?:こと|の|よう)(?:が|を)?[、\\s]?[^。！？!?\\n]{0,10}?(?:分かり|わかり|分かった|わかった|判明|理解でき|痛感|実感|よく分か|承知)'
const SURVEY_H = /調査|アンケート|統計|回答|集計|データ|結果|周知|案内を(?:強化|充実)|お知らせを(?:強化|充実)|強化します|充実させ/u

export const REVIEW_REPLY_SARCASM_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(AT_LEAST_READ_H),
    need: foldAll(['せめて', '少しは', 'すこしは', '最低限', '最低でも', '一度くらいは', '一度ぐらいは', 'ちょっとは']),
    instead: '「せめて」と相手に求めず、「発表資料は市ホームページに掲載しています。ご不明な点は広報室までお問い合わせください」のように、案内だけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceText(sq, s, e)
      if (CHILD_TOPIC.test(sen) || SELF.test(sq.slice(sentenceOf(sq, s, e).start, s)) || /講座|教室|授業|研修|ましょう/u.test(sen)) return false
      // told to come only after reading: only to a complainer or a repeat asker (not 開館日をご確認のうえお越しください)
      return !/(?:お越し|来て|来られ)$/u.test(sq.slice(s, e)) || COMPLAINT_H.test(sq) || ASKED_AGAIN49.test(sq)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(HABIT_H),
    need: foldAll(['習慣', '癖', 'クセ', 'くせ']),
    instead: '相手の習慣を正そうとせず、「発送状況は申込ページの下部でご確認いただけます」のように、確かめ方だけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const span = sentenceOf(sq, s, e)
      const before = sq.slice(span.start, s) + sq.slice(s, e)
      return HABIT_OBJECT_H.test(before) && ONE_ASKER_H.test(sq) && !CHILD_TOPIC.test(sq) && !/防災|避難|気象|災害|健康|運動/u.test(sq.slice(span.start, span.end))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(MUTUAL_H),
    need: foldAll(['とって', 'ため']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const span = sentenceOf(sq, s, e)
      return MUTUAL_READ_H.test(sq.slice(span.start, s)) && MUTUAL_AT_H.test(sq) && !SINCERE_H.test(sq)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(SUIT_ELSEWHERE_H),
    need: foldAll(['合う', '合った', 'あう', 'あった', '見合', 'ふさわしい', '向いた', '向いている', '合わせた', 'お似合い']),
    instead: 'ほかへ行くよう勧めず、「ご意見ありがとうございます。料金には…が含まれています」のように、事情と市の対応を伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceText(sq, s, e)
      const rest = sq.slice(e, sentenceOf(sq, s, e).end)
      return COMPLAINT_H.test(sq) && ELSEWHERE_H.test(sen) && !SINCERE_H.test(sq) && !CARE_H.test(sen) && !/よう|ため|マップ|一覧|ガイド|特集|検索|紹介/u.test(rest)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(NEED_NOT_H),
    need: foldAll(['無理']),
    instead: '利用しなくてよいと突き放さず、「ご意見ありがとうございます。料金には…が含まれています」のように、事情を丁寧に伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const t = withPrevious(sq, s, e) + withNext(sq, s, e)
      // a group cared for (…が心配な方は、無理に…), not the critic pushed away
      if (/(?:方|人|皆さん|皆様)は[、\s]?$/u.test(sq.slice(sentenceOf(sq, s, e).start, s))) return false
      return COMPLAINT_H.test(sq) && !SINCERE_H.test(sq) && !CARE_H.test(t)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(VALUE_NOT_H),
    need: foldAll(['価値', '良さ', 'よさ', '魅力', '意義', 'ありがたみ', '値打ち', '素晴らしさ', 'すばらしさ']),
    instead: '価値を分からない人として扱わず、「料金には船頭の案内と…が含まれています」のように、内容を丁寧に伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const rest = sq.slice(e, sentenceOf(sq, s, e).end)
      return COMPLAINT_H.test(sq) && !SINCERE_H.test(sq) && !/ように|よう|ため|向け|ぜひ|是非|体験|お試し|ご案内|お伝え/u.test(rest)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(BETTER_SUITED_H),
    need: foldAll(['ほうが', '方が']),
    instead: 'ほかのサービスを勧めて突き放さず、「お届けまでお時間をいただいております。発送状況は…でご確認いただけます」のように、事情を伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const before = sq.slice(sentenceOf(sq, s, e).start, s)
      return WISH_AS_CONDITION_H.test(before) && OTHER_SERVICE_H.test(before) && COMPLAINT_H.test(sq) && !SINCERE_H.test(sq) && !CARE_H.test(before)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(DO_BETTER_H),
    need: foldAll(['もっと', 'より', 'さらに', '以上に']),
    instead: '「それならご自身で」と返さず、「ご感想ありがとうございます。今後の参考にさせていただきます」のように受け止めてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && DO_BETTER_AT_H.test(sq) && !SINCERE_H.test(sq),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(SENSES_OFF_H),
    need: foldAll(['きっと', 'たぶん', '多分', 'さては', 'おそらく', '恐らく', 'もしかして', 'もしかしたら', 'よっぽど', 'よほど', '相当']),
    instead: '批判した人の感覚をからかわず、「いろいろな感想をありがとう！これからもよろしくね」のように受け止めてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const t = withPrevious(sq, s, e)
      return SENSES_VERDICT_H.test(t.slice(0, t.length - (sentenceOf(sq, s, e).end - s))) && !SENSES_CARE_H.test(sq) && !SELF.test(sq.slice(sentenceOf(sq, s, e).start, s))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(NOT_EVEN_THOUGHT_H),
    need: foldAll(['思いつ', '思い付', '思い浮', '考えつ', '考え付', '考えが及', '気づか', '気付か', 'お気づき', 'お気付き', 'お考えにな', '頭に浮', '思い至']),
    instead: '相手の工夫不足を責めず、「お待たせして申し訳ありません。朝の便は比較的すいています」のように、案内を添えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const span = sentenceOf(sq, s, e)
      const before = sq.slice(span.start, s)
      if (SELF.test(before) || OWN53.test(sq.slice(span.start, span.end))) return false
      return (/すら|さえ/u.test(sq.slice(s, e)) || SIMPLE_H.test(before)) && COMPLAINT_H.test(sq)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(RELEARN_LETS_H),
    need: foldAll(['直']),
    instead: '相手を子ども扱いせず、「展示品には手を触れないようお願いします」のように、守ってほしいことだけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && RELEARN_AT_H.test(withPrevious(sq, s, e)) && !RELEARN_OK_H.test(sentenceText(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(IN_A_SENSE_H),
    need: foldAll(['逆に', 'ある意味', 'ある種']),
    instead: '皮肉でほめず、「記事中の〇〇は事実と異なります。正しくは…です」のように、事実だけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      return PRESS_CRITIC_H.test(withPrevious(sq, s, e)) && !SELF.test(sentenceText(sq, s, e)) && !FACULTY_OK_H.test(sq) && !WARM_H.test(sq)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(MOCK_FACULTY_H),
    need: foldAll(['感服', '脱帽', '恐れ入', 'おそれい', '敬服', '頭が下が', '舌を巻', '畏れ入', '感心させられ', '感嘆', '参りました', 'まいりました', 'お手上げ']),
    instead: '皮肉でほめず、「ご指摘ありがとうございます。〇〇については…です」のように、受け止めて事実を伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (FACULTY_OK_H.test(sq) || SELF.test(sq.slice(sentenceOf(sq, s, e).start, s).replace(/私ども|私たち|わたくしども/gu, ''))) return false
      if (SCARE_QUOTE_H.test(sq)) return true
      return PRESS_CRITIC_H.test(sq) && !SINCERE_H.test(sq) && !WARM_H.test(sq)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(FEW_HAVE_SENSE_H),
    need: foldAll(['分かり', 'わかり', '分かった', 'わかった', '判明', '理解でき', '痛感', '実感', '承知']),
    instead: '相手の考え方を評価せず、「ご意見ありがとうございます。GW期間は臨時バスも運行しています」のように、案内だけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && COMPLAINT_H.test(sq) && !SURVEY_H.test(sq) && !SINCERE_H.test(sq),
  },
]

// --- Blind R330H / R332M (host61), as kinds: polite and joking jabs by front-line staff at residents who complain or break manners ---
/**
 * Blind R330H-010 kind: people at fault asked in mock wonder whether they take a place or the staff for something of their own
 * (大きな声でお話しされる方は、ここをご自宅のリビングとでもお思いなのでしょうか, 職員を召使いとでも思っているんですかね, 図書館を自分の部屋と
 * 勘違いされているのでしょうか): warn. とでも + a verb of thinking + a question or a knowing guess; without とでも only where the place is
 * taken for one's own (自宅, 自分の部屋, 私物, 専用). Not an instruction (散歩とでも思って気軽にご参加ください), not 〜とでも言いましょうか,
 * not children or animals at home in a place (子どもたちはここを秘密基地とでも思っているのでしょうか), not warmth (第二の故郷).
 */
const THINK_Q_H = '(?:(?:の|ん|と)?(?:でしょうか|でしょう(?:かね|ね)?|ですか(?:ね)?|ですかね|だろうか|だろう(?:ね)?|かしら|かな|やろか|やろう(?:か|ね)|っちゃろか|とですか|か(?=[?？]))|(?:の|ん)(?:では|じゃ)(?:ない(?:でしょうか|ですか|か|かな)|[?？]))'
const SO_THINK_H = `とでも[、\\s]?(?:お思い|思って(?:いらっしゃる|おられる|いる|る|おいで)?|思っと(?:る|ら(?:す|れる))|思うとる|思いよる|思われて(?:いる|る)|思い込んで(?:いらっしゃる|おられる|いる|る)|お考え|考えて(?:いらっしゃる|おられる|いる|る)|考えられて(?:いる|る)|勘違い(?:されて|して|なさって)(?:いらっしゃる|おられる|いる|る)?|お勘違い|信じて(?:いらっしゃる|おられる|いる|る))(?:に(?:なって(?:いる|る)|なられて(?:いる|る)))?(?:なの|なん)?${THINK_Q_H}`
const OWN_PLACE_H = `(?:ご自宅|自宅|自分の家|ご自分の家|自分ち|おうち|お家|家のリビング|リビング|居間|自分の部屋|ご自分の部屋|自室|私室|書斎|自分の庭|ご自分の庭|私物|私有地|自分専用の[^。！？!?\\n、]{1,6}|ご自分専用の[^。！？!?\\n、]{1,6}|専用の(?:休憩所|遊び場|駐車場|物置|倉庫|ごみ箱|ゴミ箱|部屋|席)|ごみ箱|ゴミ箱|ごみ捨て場|ゴミ捨て場|無料のホテル|ホテル|託児所|貸し切り|貸切)(?:か何か|かなにか|か何か)?(?:と|だと)[、\\s]?(?:勘違い(?:されて|して|なさって)(?:いらっしゃる|おられる|いる|る)?|お間違え(?:に(?:なって(?:いる|る))?)?|間違えて(?:いらっしゃる|おられる|いる|る)|お思い(?:に(?:なって(?:いる|る))?)?|思って(?:いらっしゃる|おられる|いる|る)|思われて(?:いる|る))(?:なの|なん)?${THINK_Q_H}`
const OWN_PLACE_Q_H = `(?:ご自宅|自宅|自分の家|ご自分の家|自分ち|おうち|お家|家のリビング|リビング|自分の部屋|ご自分の部屋|自分の庭|ご自分の庭|ホテル|ごみ箱|ゴミ箱)(?:か何か|かなにか)?(?:と|だと)[、\\s]?(?:勘違い|お間違え|間違え)(?:して|されて|なさって)(?:い|らっしゃら|おられ)?(?:ない|ません)(?:か|かね|かな|です(?:か|かね))?(?=[?？])`
/**
 * …said flatly: a public place or the staff said not to be the addressee's own (ここはあなたの家ではありません, 図書館はご自宅のリビングでは
 * ございません, 公園はあんたの庭じゃなかよ). Not a place open to all (この広場は私有地ではありません、どなたでも), not a slogan with no one's
 * own (川はごみ箱ではありません).
 */
const PLACE_NOT_YOURS_H = '(?:ここ|こちら|そこ|図書館|公園|館内|ロビー|庁舎|市役所|役所|窓口|広場|芝生広場|駐車場|駐輪場|廊下|共用廊下|施設|共用部|歩道|道路|ベンチ|待合室|待合|閲覧室|閲覧席|ホール|会場|公民館|集会所)(?:は|って)[、\\s]?(?:(?:あなた|あんた|お前|おまえ|ご自分|自分|特定の方|一部の方|お客様)(?:様|さま)?(?:の|専用の)[、\\s]?(?:ご自宅|自宅|お家|おうち|家|うち|リビング|居間|お部屋|部屋|庭|お庭|私物|物置|ごみ箱|ゴミ箱|寝室|遊び場|駐車場|休憩室|専用席|書斎|もの|物|持ち物|所有物)|(?:ご自宅|ご自宅のリビング|自宅|自分の家|ご自分の家|ご自分のお部屋|自分の部屋|ご自分の庭|自分の庭))(?:では|じゃ)(?:ございません|ありません|ない|なか|なかよ|ないよ|ないです)'
const TAKEN_FOR_OK_H = /故郷|ふるさと|実家|第二の|お気に入り|愛着|常連|毎年|帰ってき|うれし|嬉し|ありがと|ありがた|楽し|かわい|可愛|微笑まし|ほほえまし/u
/** ご自分, ご自身: the one addressed, not the writer (SELF reads 自分). */
const YOUR_OWN_H = /ご自分|ご自身|自分専用|自分の(?:家|部屋|庭)|私物|私有|私語|私的|私立|私道/gu
/**
 * Blind R332M-030 kind: a complainant's belief restated and mock-praised (雪がほとんど降らない柳川に除雪車が何十台も待機しているとお考えとは、
 * 夢があって素敵ですね, 予算が無限にあるとお思いだなんて、おめでたいですね, …と信じていらっしゃるなんて、うらやましい限りです): warn, with a
 * complaint or a why-question in the paragraph. Not children's or entrants' dreams praised (子どもたちが…と考えているとは、夢があって素敵ですね).
 */
const BELIEF_PRAISED_H = '(?:と|って)[、\\s]?(?:お考え|お思い|考えて(?:いらっしゃる|おられる|いる|る)|思って(?:いらっしゃる|おられる|いる|る)|思われて(?:いる|る)|考えられて(?:いる|る)|信じて(?:いらっしゃる|おられる|いる|る)|お信じ|思い込んで(?:いらっしゃる|おられる|いる|る)|期待されて(?:いる|る)|想像されて(?:いる|る))(?:に(?:なって(?:いる|る)|なられて(?:いる|る)))?(?:の(?:方|方々|皆さま|皆様|皆さん)(?:が|も)[、\\s]?(?:いらっしゃる|おられる|多い)(?:よう(?:で|です(?:ね|が)?)|とは|なんて)|(?:の)?(?:とは|なんて|だなんて|とか|ようで))[、\\s]?[^。！？!?\\n]{0,6}?(?:夢が(?:あ|お)|夢のある|夢のような|夢みたいな|夢いっぱい|夢見がち|ロマンが(?:あ|お)|ロマンチック|ロマンティック|メルヘン|素敵|すてき|おめでた|うらやまし|羨まし|幸せな|しあわせな|お幸せ|純粋|楽観的|おおらか|前向き|かわいらし|可愛らし|微笑まし|ほほえまし)'
const WHY_COMPLAINT_H = /なぜ|どうして|何で|なんで|何故|ないのか|せんのか|のか[」』]/u
/**
 * Blind R330H-015 kind: the same done back to the offender's home, as a wish or an offer (放置して帰る飼い主さん、あなたの玄関先にも同じものを
 * 置いて差し上げたいくらいです, ポイ捨てする人の家の前に、拾ったごみを全部返しに行きたい, お宅の庭にまいてやろうか): a threat (block), with the
 * offence named in the sentence or the one before. Not a delivery or help (ご自宅の玄関先に置いておきます), not kindness returned (同じ花を飾って).
 */
const WHOSE_HOME_H = '(?:あなた|あんた|お前|おまえ|貴方|お宅|おたく|そちら|その方|その人|そいつ|犯人|飼い主(?:さん)?|持ち主(?:さん)?|捨てた(?:方|人|やつ|奴)|捨てる(?:方|人|やつ|奴)|放置した(?:方|人)|放置する(?:方|人))(?:様|さま)?(?:の)[、\\s]?(?:ご自宅|自宅|お家|おうち|家|うち|玄関|玄関先|家の前|お庭|庭|車|お車|郵便受け|ポスト|敷地|門前|門の前|軒先|車庫|ベランダ|布団|枕元|机|机の上|部屋)'
const SAME_BACK_H = `${WHOSE_HOME_H}(?:の前|先|の中|の上|の横|の脇)?(?:に|へ|まで)(?:も)?[、\\s]?[^。！？!?\\n]{0,12}?(?:置い|おい|捨て|すて|撒い|まい|ばらまい|ばら撒い|投げ入れ|投げ込ん|放り込ん|ぶちまけ|積ん|返し|お返し|送り返し|届け|お届け|持って(?:行|い)き|持っていっ|戻し|し)(?:(?:て|で)(?:差し上げ|さしあげ|あげ|やり|おき)(?:たい|ましょうか|ましょっか)|(?:て|で)(?:やる|やろう(?:か)?|やろか|やろっか|あげよう(?:か)?|あげよっか|あげましょうか|差し上げましょうか|おこうか|おこっか)|に(?:行き|いき|伺い|うかがい)たい|たい|(?:し)?ましょうか|(?:し)?ましょっか|(?:た|ちゃ)ろ(?:か|う)|ちゃおう(?:か)?|ちゃおっか)`
const OFFENCE_H = /放置|置きっぱなし|置いて(?:帰|いか|いく|行)|捨て|ポイ捨て|不法投棄|フン|ふん|糞|散らか|吸い殻|吸殻|空き缶|落書き|汚し|荒らし|騒音|迷惑/u
const SAME_THING_H = /同じ|おなじ|そっくり|そのまま|全部|まとめて|拾った|ごみ|ゴミ|フン|ふん|糞|吸い殻|吸殻|空き缶/u
/**
 * Blind R330H-016 kinds: the reader told to use a faculty just a little (想像力をほんの少しだけ働かせていただければ幸いです, ほんの少しでいいので
 * 常識を持っていただけると, ちょっとだけ頭を使っていただければ): warn, with someone at fault in the paragraph; and people at fault guessed in mock
 * charity to have forgotten that others exist (夜中に洗濯機を回される方は、お隣にも人が住んでいることをお忘れなのかもしれませんね, 周りにも利用者
 * がいることにお気づきでないのでしょう). Not a class or children (子どもたちの想像力を少しでも働かせて), not manners asked of all (ほんの少しの
 * 思いやりで), not a reminder of a date (期限をお忘れの方もいるかもしれません).
 */
const FACULTY_H = '(?:想像力|常識|良識|社会性|協調性|デリカシー|頭|あたま|おつむ|脳みそ|知恵|思考力|判断力|想像)'
const LITTLE_H = '(?:ほんの|もう)?(?:少し|すこし|ちょっと|ちょっぴり|わずか|僅か|一ミリ|1ミリ|１ミリ|ひとかけら|少々)(?:だけ|でも|は|くらい|ぐらい)?(?:で(?:いい|よい|結構|構わない)(?:ので|から))?'
const USE_A_LITTLE_H = `(?:${FACULTY_H}(?:を|も)[、\\s]?${LITTLE_H}|${LITTLE_H}[、\\s]?${FACULTY_H}(?:を|も))[、\\s]?(?:働かせ|はたらかせ|使っ|つかっ|お使い|持っ|もっ|お持ち|発揮し|ご発揮|巡らせ|めぐらせ|回し|まわし|ひねっ)(?:て|に(?:なって)?)?[、\\s]?(?:いただけ|いただき|ください|くださ|ほしい|欲しい|もらえ|もらい|くれ|みて(?:は|ください|いただけ))`
const IMAGINE_PLEASE_H = '(?:想像力|常識|良識|デリカシー)(?:を|も)[、\\s]?(?:働かせ|はたらかせ|使っ|お使い|持っ|お持ち|発揮し|ご発揮)(?:て|に(?:なって)?)?[、\\s]?(?:いただけ|いただき|ください|くださ|ほしい|欲しい|もらえ|もらい)'
const OTHERS_FORGOT_H = '(?:(?:人|方|方々|住民|利用者|ご家族|家族|赤ちゃん|お年寄り|高齢の方|病人|ほかの方|他の方|ほかの人|他の人)(?:が|も)[、\\s]?(?:住んで|暮らして|生活して|いらっしゃる|いる|おられる|利用して|使って|眠って|寝て|休んで|待って|並んで)(?:いらっしゃる|おられる|いる|る)?|(?:公共の場|みんなの場所|皆さんの場所|共用|共有)(?:で(?:ある|す))?)(?:こと|の)(?:を|に|が)?[、\\s]?(?:お忘れ|忘れて(?:いらっしゃる|おられる|いる|る|しまわれて(?:いる|る))|忘れられて(?:いる|る)|ご存じない|ご存じでない|ご存知ない|ご存知でない|お気づきでない|お気付きでない|お気づきになっていない|お気付きになっていない|気づいて(?:いらっしゃら|おられ|い)ない|気付いて(?:いらっしゃら|おられ|い)ない|ご想像いただけない|想像でき(?:ない|ていない))(?:なの|なん|の|ん)?(?:かもしれ(?:ません|ない)|でしょう|でしょうか|だろう|ですかね|かな|かしら)'
const AT_FAULT_H = /(?:[うくすつぬふむゆるぐずぶ]|ない|た|てる|でる)(?:方|人|方々|人たち|皆さん|皆様|皆さま)(?:は|、|も|が|へ|に)|騒音|生活音|苦情|ご相談が|迷惑|放置|ポイ捨て|マナー|夜中|深夜|大声|大きな声|割り込|騒|違反|守らな|守られな|守れな/u
const CLASS_OR_KIDS_H = /講座|教室|授業|研修|ワークショップ|絵本|読み聞かせ|工作|作品|子ども|子供|こども|お子|児童|生徒|園児|ましょう|しよう|ませんか/u
/**
 * Blind R330H-019 kind: a plain rule said to be learnt in kindergarten or primary school, in feigned surprise after people failed it
 * (「順番」という言葉は幼稚園で習うものだと思っておりました, 列に並ぶのは小学校で教わることだと思っていました, ごみの分別は保育園で習いますよね): warn,
 * with people at fault in the sentence or the one before. Not trivia going on with が (ローマ字は小学校で習うものだと思っていましたが、今は…), not a
 * class or a school's curriculum, not the writer's own childhood.
 */
const LEARNT_AS_KID_H = '(?:幼稚園|保育園|保育所|こども園|小学校|小学生|義務教育|低学年|一年生|1年生|１年生|幼児期|子どもの(?:頃|ころ|うち)|子供の(?:頃|ころ|うち)|小さい(?:頃|ころ|うち)|幼い(?:頃|ころ))(?:で|の(?:うち|時|とき|頃|ころ)に?|までに|から)[、\\s]?(?:最初に|真っ先に|まず|一番に)?[、\\s]?(?:習う|教わる|習った|教わった|学ぶ|学んだ|覚える|覚えた|身につける|身につけた|身に付ける|身に付けた|しつけられる|教えられる|教えられた)(?:もの|こと|はず)?(?:だ|です|だった)?(?:と|って)[、\\s]?(?:思って(?:おりました|いました|いた|た|おったんですけど|おったっちゃけど)|思い込んで(?:おりました|いました|いた)|信じて(?:おりました|いました|いた))(?=[。！!…]|(?:が|けど|けれど)[、\\s]?[^。！？!?\\n]{0,12}?(?:違|ちが|そうでも|そうではな|らしい|ようです|みたい)|$)|(?:幼稚園|保育園|保育所|こども園|小学校|義務教育|低学年)(?:で|の(?:時|とき|頃|ころ)に?)[、\\s]?(?:(?:習い|教わり|学び|覚え)ます(?:よね|けどね|でしょう)|(?:習い|教わり|学び|覚え)ませんでした(?:っけ|か)|(?:習わ|教わら|学ば|覚え)なかった(?:っけ|(?:の|ん)(?:でしょうか|ですか|かな|かね|ですかね)))'
const LEARNT_AT_H = /(?:方|人|方々|人たち|大人|利用者|お客様|お客さん|皆さん|皆様)(?:が|も|は|、)|いらっしゃ|おられ|割り込|順番|並ば|並ん|守らな|守られな|守れな|無視|直接|お取りにならず|取らず|騒|ポイ捨て|放置|マナー|ルール/u
const LEARNT_OK_H = /授業|教科書|カリキュラム|指導要領|講座|教室|親子|お子さん|子どもたち|児童|生徒|私|わたし|僕|ぼく|昔は|今は|最近は|現在は|新しく/u
/**
 * Blind R330H-022 kind: people addressed by what they do wrong asked in mock cheer whether they knew a plain rule (一日中場所取りされてる皆さま〜、
 * 公園はみんなのものって知ってました？😊, 歩道に自転車を停めてる方〜、そこ点字ブロックってご存じでした？) or told to learn it now (知らなかったなら今日覚えて
 * 帰ってくださいね♪): warn. Not trivia (うなぎのせいろ蒸しは江戸時代生まれって知ってました？), not a rule taught to all (ポイ捨ては条例で禁止されているって
 * 知ってました？) with no one at fault addressed.
 */
const KNEW_Q_H = '(?:(?:って|と(?:いう(?:こと|の))?(?:を|は)?)[、\\s]?|(?<=[~〜！!。、…]\\s?))(?:知って(?:ました|いました|た|る|ます|ましたか|いましたか|ますか|いますか|たか|るか|ましたかね)|ご存じ(?:でした|です|でしたか|ですか|でしょうか|でしたかね)?|ご存知(?:でした|です|でしたか|ですか|でしょうか|でしたかね)?)(?=[?？]|か)'
const LEARN_NOW_H = '知らなかった(?:の|ん)?(?:なら|やったら|だったら|でしたら|方は|人は|皆さんは|皆さまは)[、\\s]?(?:今日|きょう|この機会に|これを機に|今から|今のうちに|今日から|ここで)?[、\\s]?(?:覚えて|おぼえて|学んで|知って)(?:帰って|かえって|おいて|いって|いただいて|もらって)?(?:ください|くださいね|ね|もらえると|いただけると|いただければ)'
const FAULT_VOC_H = /(?:喫煙|たばこ|タバコ|飲食|通話|場所取り|陣取|占領|占拠|独占|放置|置きっぱなし|ポイ捨て|捨て|路駐|違法駐車|停め|止め|駐車|騒|大声|割り込|無視|散らか|持ち込|吸って|吸われ|走らせ|走って|乗り入れ|横入り|はみ出|食べ歩き|寝そべ|ノーリード|踏み込|入り込|立ち入|私物化|貸し切|貸切)[^。！？!?\n]{0,16}?(?:皆さま|皆様|皆さん|皆さ[~～〜ー]+ん|みなさん|みなさ[~～〜ー]+ん|みなさま|方々|方|人たち|人|あなた)(?:たち|達)?(?:へ|に)?[~～〜ー！!、,]/u
/**
 * Blind R330H-025 kind: users named by a bad habit (ずっとスマホばかり見ていらっしゃる保護者の方も、来月はぜひ顔を上げて…遊んであげてくださいね,
 * おしゃべりばかりされている親御さんは、少しはお子さんを見ていてくださいね): warn. Not children (ゲームばかりしている子どもたち), not an event
 * offered (スマホばかり見ている方も、星空観察会に参加しませんか), not a habit's health advice.
 */
const HABIT_DOERS_H = '(?:スマホ|スマートフォン|携帯|ケータイ|画面|ゲーム|おしゃべり|お喋り|雑談|世間話|井戸端会議|文句|苦情|居眠り|たばこ|タバコ|煙草|ご自分のこと|自分のこと|ご自分の都合|自分の都合)(?:(?:ばかり|ばっかり|ばっか)(?:を)?[、\\s]?(?:見て|みて|いじって|触って|さわって|して|されて|なさって|眺めて|言って|おっしゃって|吸って|気にして|使って|操作して|考えて)(?:いらっしゃる|おられる|いる|る|らっしゃる|おいでの)|に(?:夢中|釘付け|くぎ付け|くぎづけ)(?:の|な|になって(?:いらっしゃる|おられる|いる|る)))[、\\s]?(?:保護者|親御さん|親御様|お父さん|お母さん|お父様|お母様|パパ|ママ|ご家族|飼い主|大人|利用者|お客様|お客さん)(?:の方|の皆さん|の皆さま|の皆様|さん|たち|方)?(?:も|は|へ|、)'
const HABIT_EVENT_H = /開催|イベント|観察会|教室|講座|参加|募集|ませんか|おすすめ|お勧め|お待ちして|ご来場|体験|デトックス|健康|視力|目の疲れ|ストレッチ/u
/**
 * Blind R330H-043 kind: the staff said not to be a caller's own helper (職員は特定の方の専用相談相手ではございません, 窓口の職員はあなたの話し相手
 * ではありません, 私どもは皆さまの召使いではございません): warn. A menial word alone, or a role word made someone's own (専用, 専属, 特定の方の,
 * あなたの). Not a desk sent elsewhere (市民課の窓口は税の相談窓口ではございません。税務課へ).
 */
const NOT_YOUR_H = '(?:職員|私ども|わたくしども|わたしたち|私たち|市役所|役所|役場|窓口|担当者|担当職員|スタッフ|相談員|ケアマネジャー|ケアマネ|保育士|司書|看護師|保健師|当課|当センター)(?:は|も|って)[、\\s]?(?:(?:特定の(?:方|人|個人|お客様)|あなた|あんた|お客様|皆さま|皆様|皆さん|どなたか|一個人|個人|お一人|一部の方)(?:様|さま)?(?:の|専用の|専属の)[、\\s]?(?:専用の|専属の|専用|専属|個人的な|私的な|プライベートな)?|(?:専用の|専属の|個人的な|私的な|プライベートな))[、\\s]?(?:相談相手|話し相手|お話し相手|おしゃべり相手|聞き役|愚痴の聞き役|相談窓口|窓口|秘書|電話番|お手伝いさん|付き人|カウンセラー|相手|お母さん|母親|ママ|お父さん|父親|パパ|親|お友達|友達|友だち)(?:では|じゃ)(?:ございません|ありません|ない|なか)|(?:職員|私ども|わたくしども|わたしたち|私たち|市役所|役所|役場|窓口|担当者|担当職員|スタッフ|相談員|保育士|司書|看護師|保健師|当課|公務員)(?:は|も|って)[、\\s]?(?:市民|住民|皆さま|皆様|皆さん|あなた|あんた|お客様|利用者|どなたか)?(?:様|さま)?(?:の)?[、\\s]?(?:召使い|召し使い|めしつかい|家政婦|便利屋|何でも屋|なんでも屋|御用聞き|使用人|執事|家来|下僕|しもべ|奴隷|サンドバッグ|サンドバック|ストレスのはけ口|はけ口|暇つぶし(?:の相手)?|愚痴のはけ口)(?:では|じゃ)(?:ございません|ありません|ない|なか)'
/**
 * Blind R330H-044 kind: people set below an animal that keeps a rule (ごみ出しのルール、カラスのほうがよっぽど守ってくれてる気がする今日この頃,
 * 分別は猫の方がまだ分かってるんじゃないかな): warn, with the rule or its keepers named; not two animals compared, not training (しつけ, 訓練).
 */
const ANIMAL_KEEPS_H = `(?<=^|[^ぁ-ゖァ-ヺ一-龥々ー]|[のがはもにでをやと、])${ANIMAL72}(?:の|たち|ら)?(?:ほう|方)が[、\\s]?(?:(?:よっぽど|よほど|まだ|ずっと|はるかに|遥かに|断然|まだまだ|余程|何倍も|ちゃんと|きちんと)[、\\s]?[^。！？!?\\n]{0,8}?)?(?:守って|守れて|守れる|守る|守り|まもって|まもれ|分かって|わかって|理解して|理解でき|できて|出来て|覚えて|わきまえて|弁えて)`
const RULE_TOPIC_H = /ルール|マナー|決まり|きまり|分別|ごみ出し|ゴミ出し|ごみの出し方|ゴミの出し方|収集日|出す日|時間|約束|順番|列|信号|交通/u
const TRAINING_H = /しつけ|躾|訓練|トレーナー|ドッグ|調教|飼育|研究|実験|学者|によると/u
const RESIDENTS_RULE_H = /ごみ|ゴミ|分別|収集|駐車|駐輪|マナー/u
/**
 * Whether a jab about whose place it is (OWN_PLACE_Q_H, OWN_PLACE_H) is aimed at people: not quoted, taught or reported, not about
 * children or animals, not a place taken for fine, not the writer's own, and people named in this sentence or the one before.
 * `sq` is the squeezed text, `s`/`e` the hit's offsets in it.
 */
const placeJabKept = (sq: string, s: number, e: number): boolean => {
  if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
  const sen = sentenceOf(sq, s, e)
  const lead = sq.slice(sen.start, s)
  if (KIDS_OR_ANIMALS_H.test(lead) || TAKEN_FOR_OK_H.test(sq.slice(sen.start, sen.end)) || SELF.test(lead.replace(YOUR_OWN_H, ''))) return false
  return PEOPLE72.test(withPrevious(sq, s, e).replace(sq.slice(s, e), ''))
}
export const FRONT_LINE_JAB_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(OWN_PLACE_Q_H),
    need: foldAll(['勘違い', 'お間違え', '間違え']),
    instead: '相手の考えを皮肉らず、「閲覧室での通話はご遠慮ください。通話はロビーでお願いします」のように、お願いだけを伝えてください',
    keep: placeJabKept,
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(PLACE_NOT_YOURS_H),
    need: foldAll(['ではございません', 'ではありません', 'ではない', 'じゃない', 'じゃありません', 'ではなか', 'じゃなか']),
    instead: '相手を責めず、「館内での通話はご遠慮ください。通話はロビーでお願いします」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      return !KIDS_OR_ANIMALS_H.test(sq.slice(sen.start, s)) && !/どなたでも|誰でも|だれでも|自由に|お気軽|ご利用いただけ|開放|くつろ|のように|のような|安心/u.test(sq.slice(e, sen.end + 30))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(SO_THINK_H),
    need: foldAll(['とでも']),
    instead: '相手の考えを皮肉らず、「閲覧室での通話はご遠慮ください。通話はロビーでお願いします」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      const lead = sq.slice(sen.start, s)
      if (KIDS_OR_ANIMALS_H.test(lead) || TAKEN_FOR_OK_H.test(sq.slice(sen.start, sen.end)) || SELF.test(lead.replace(YOUR_OWN_H, ''))) return false
      return PEOPLE72.test(withPrevious(sq, s, e).replace(sq.slice(s, e), '')) || /を[、\s]?[^。！？!?\n]{0,16}?とでも/u.test(sq.slice(sen.start, e))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(OWN_PLACE_H),
    need: foldAll(['勘違い', 'お間違え', '間違えて', 'お思い', '思って', '思われて']),
    instead: '相手の考えを皮肉らず、「閲覧室での通話はご遠慮ください。通話はロビーでお願いします」のように、お願いだけを伝えてください',
    keep: placeJabKept,
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(BELIEF_PRAISED_H),
    need: foldAll(['とは', 'なんて', 'とか', 'ようで']),
    instead: '相手の考えを皮肉らず、「柳川市では降雪が少ないため、除雪は県と協力して主要道路から行っています」のように、事情を丁寧に伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const t = withPrevious(sq, s, e)
      if (CHILD_TOPIC.test(t) || /作品|応募|アイデア|アイディア|夢を|将来|未来の/u.test(sentenceText(sq, s, e))) return false
      return (COMPLAINT_H.test(sq) || WHY_COMPLAINT_H.test(t)) && !SINCERE_H.test(sq)
    },
  },
  {
    rule: 'hostility/threat',
    re: phrase(SAME_BACK_H),
    need: foldAll(['自宅', '家', 'うち', '玄関', '庭', '車', '郵便受け', 'ポスト', '敷地', '門', '軒先', 'ベランダ', '布団', '枕元', '机', '部屋']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const hit = sq.slice(s, e)
      // …し(たい) only with the same thing done (同じことをして差し上げたい), not any verb
      if (/し(?:て|で|たい|た|ちゃ)/u.test(hit.slice(-8)) && !/同じ|おなじ|そっくり/u.test(hit)) return false
      if (/花|プレゼント|贈り物|お土産|おみやげ|回覧板|お届け物|荷物|郵便物|書類|野菜|お菓子|手紙|お礼/u.test(hit)) return false
      return OFFENCE_H.test(withPrevious(sq, s, e)) && SAME_THING_H.test(sentenceText(sq, s, e))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(USE_A_LITTLE_H),
    need: foldAll(['少し', 'すこし', 'ちょっと', 'ちょっぴり', 'わずか', '僅か', 'ミリ', 'ひとかけら', '少々']),
    instead: '相手の想像力や常識を問わず、「夜間の洗濯機のご使用はお控えいただけますようお願いします」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceText(sq, s, e)
      if (CLASS_OR_KIDS_H.test(sen) || SELF.test(sq.slice(sentenceOf(sq, s, e).start, s))) return false
      return AT_FAULT_H.test(withPrevious(sq, s, e, 2)) || CRITIC.test(withPrevious(sq, s, e, 2))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(IMAGINE_PLEASE_H),
    need: foldAll(['想像力', '常識', '良識', 'デリカシー']),
    instead: '相手の想像力や常識を問わず、「夜間の洗濯機のご使用はお控えいただけますようお願いします」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceText(sq, s, e)
      if (CLASS_OR_KIDS_H.test(sen) || /防災|災害|避難|地震|台風|豪雨|備え|もしも|万一|事故/u.test(sen) || SELF.test(sq.slice(sentenceOf(sq, s, e).start, s))) return false
      return AT_FAULT_H.test(withPrevious(sq, s, e, 2))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(OTHERS_FORGOT_H),
    need: foldAll(['忘れ', 'ご存じ', 'ご存知', '気づ', '気付', '想像']),
    instead: '相手が忘れていると皮肉らず、「夜10時以降の洗濯機のご使用はお控えください」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      if (SELF.test(sq.slice(sen.start, s)) || CLASS_OR_KIDS_H.test(sq.slice(sen.start, s))) return false
      return AT_FAULT_H.test(withPrevious(sq, s, e))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(LEARNT_AS_KID_H),
    need: foldAll(['習', '教わ', '教え', '学', '覚え', '身につけ', '身に付け', 'しつけ']),
    instead: '大人を子ども扱いせず、「番号札をお取りになり、順番にお待ちください」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceText(sq, s, e)
      if (LEARNT_OK_H.test(sen)) return false
      return LEARNT_AT_H.test(withPrevious(sq, s, e).replace(sq.slice(s, e), ''))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(KNEW_Q_H),
    need: foldAll(['知って', 'ご存じ', 'ご存知']),
    instead: '相手をからかわず、「芝生広場での終日の場所取りはご遠慮ください。みんなで譲り合ってご利用ください」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      return FAULT_VOC_H.test(withPrevious(sq, s, e)) || (/[@＠]/u.test(sq) && (FAULT_H26.test(sq) || CRITIC.test(sq.replace(/[@＠][A-Za-z0-9_]+/gu, ''))) && /ルール|決まり|マナー|禁止|みんなの|公共/u.test(sentenceText(sq, s, e)))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(LEARN_NOW_H),
    need: foldAll(['知らなかった']),
    instead: '相手をからかわず、「芝生広場での終日の場所取りはご遠慮ください」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && FAULT_VOC_H.test(withPrevious(sq, s, e, 2)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(HABIT_DOERS_H),
    need: foldAll(['ばかり', 'ばっかり', 'ばっか', '夢中', '釘付け', 'くぎ付け', 'くぎづけ']),
    instead: '利用者の振る舞いを当てこすらず、「ひろばでは、お子さんと一緒に遊べるおもちゃを用意しています」のように、楽しみ方を伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      const t = sq.slice(sen.start, sen.end)
      if (HABIT_EVENT_H.test(t) || SELF.test(sq.slice(sen.start, s))) return false
      return REQUEST_H.test(sq.slice(e, sen.end)) || /ね[。!！]?$|ましょう|いかが|てみては/u.test(sq.slice(e, sen.end))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(NOT_YOUR_H),
    need: foldAll(['ではございません', 'ではありません', 'ではない', 'じゃない', 'じゃありません', 'ではなか', 'じゃなか']),
    instead: '相手を突き放さず、「ご相談は平日9時〜17時に承っています。内容により担当の窓口をご案内します」のように、受け付け方を伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !/ロボット|AI|ＡＩ|チャットボット|自動応答/u.test(sentenceText(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(ANIMAL_KEEPS_H),
    need: foldAll(['ほうが', '方が']),
    instead: '人を動物と比べず、「収集日の朝8時までに、ネットをかけて出してください」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e)) return false
      const lead = sq.slice(sentenceOf(sq, s, e).start, s)
      if (ANIMAL_THAN.test(lead)) return false
      const t = withPrevious(sq, s, e)
      if (TRAINING_H.test(t)) return false
      return RULE_TOPIC_H.test(t) && (PEOPLE72.test(t.replace(sq.slice(s, e), '')) || REQUEST_H.test(sq) || RESIDENTS_RULE_H.test(t))
    },
  },
]
