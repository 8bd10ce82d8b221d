/**
 * hostility — brush-offs, mock questions and jabs at members, rivals and callers.
 *
 * Blind R335U–R340G kinds: a mock either-or about a repeat asker (forgot, or never listened), the staff said not to be idle,
 * other towns set below us as copies by a guess at their naive belief, a rival gathering people by any means, a venue or hobby
 * jab, a word said unknown, a demotion, told to change themself, told to read once; and polite brush-offs, mock questions and
 * trailing laments at callers, critics and wrongdoers (mutual waste of time, a critic addressed, told to dare once, a sanction
 * if, harm seen, left to suffer, a plea with a but, some first in PHRASES).
 *
 * Stays clean: a staff blog's own day told (決して暇ではありませんが、やりがいのある仕事です), a real either-or question, a welcome to a rival team, a
 * sanction told as policy.
 *
 * Its phrases run where index.ts puts them in PHRASES (the check order: a phrase earlier in PHRASES holds its span first).
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { phrase, isReportedSpeech, sentenceOf } from '../../words'
import type { Phrase } from './context'
import { ALREADY_OUT, CHILD_TOPIC, FAULT_H26, INSTEAD, KIDS_OR_ANIMALS_H, PEOPLE72, REQUEST_H, SELF, TEACHING, foldAll, notQuoted, notTeaching, notThreatTeaching, sentenceText, withNext, withPrevious } from './context'

// --- Blind R335U (host62), as kinds: polite sarcasm and jabs at council members, residents, contractors, teams, candidates and other towns ---
/**
 * Blind R335U-007 kind: a mock either-or about someone who repeats themself, both ways a fault of theirs: forgot, or never listened
 * or read (前回の答弁をお忘れになったのか、それともお聞きになっていなかったのか; 聞いていなかったのか、忘れてしまわれたのか; ご説明を
 * 覚えていらっしゃらないのか、そもそも読んでおられないのか): warn. One way must be forgetting or not listening (the older EITHER_FAIL
 * reads "could not read or keep"). Not a check offered to the reader (申請をお忘れなのか、書類が届いていないのか、窓口でご確認ください),
 * not the writer's own, not children.
 */
const FORGOT = '(?:お忘れになった|お忘れになって(?:いる|いらっしゃる|おられる)|お忘れ(?:な|だった)|忘れてしまわれた|忘れてしまった|忘れて(?:いらっしゃる|おられる|いる|る)|忘れられた|忘れた|ご記憶にない|ご記憶にございません|覚えて(?:いらっしゃら|おられ|い)ない|覚えてらっしゃらない)'
const NOT_HEARD = '(?:お聞きになって(?:い|おられ|おら|いらっしゃら|らっしゃら)?(?:なかった|ない)|お聞きになら(?:なかった|ない)|聞いて(?:い|おられ|おら|いらっしゃら|らっしゃら)?(?:なかった|ない)|聞いとら(?:ん|んかった)|聞こえて(?:い|おられ|おら|いらっしゃら|らっしゃら)?(?:なかった|ない)|耳に入って(?:い|おられ|おら)?(?:なかった|ない)|耳に入らなかった|聞く気が(?:なかった|ない|ございません)|お読みになって(?:い|おられ|おら|いらっしゃら|らっしゃら)?(?:なかった|ない)|読んで(?:い|おられ|おら|いらっしゃら|らっしゃら)?(?:なかった|ない)|読む気が(?:なかった|ない)|ご覧になって(?:い|おられ|おら|いらっしゃら|らっしゃら)?(?:なかった|ない)|目を通して(?:い|おられ|おら|いらっしゃら|らっしゃら)?(?:なかった|ない)|理解されて(?:い|おられ|おら)?(?:なかった|ない)|ご理解いただけて(?:い)?(?:なかった|ない)|お分かりになって(?:い|おられ|おら)?(?:なかった|ない)|上の空(?:だった|でいらっしゃった))'
const EITHER_KIND = `(?:${FORGOT}|${NOT_HEARD})`
const EITHER_FORGOT = `${EITHER_KIND}(?:の|ん)?(?:か|でしょうか|のか)[、\\s]?(?:それとも|あるいは|もしくは|または|はたまた|そもそも)?[、\\s]?[^。！？!?\\n]{0,20}?${EITHER_KIND}(?:の|ん)?(?:か|でしょうか)`
const EITHER_FORGOT_OK = /ご確認|確認して|お問い合わせ|ご連絡|ご相談|窓口|場合|ときは|時は|際は|アンケート|当てはま|調査|原因|教えて|お聞かせ|考えて(?:み)?ましょう|話し合|一緒に|振り返|改善|申し訳|お詫び|おわび/u
/**
 * …and the same repeat asker asked whether they have already forgotten the answer (毎回同じご質問をいただきますが、前回の答弁はもうお忘れ
 * でしょうか; 何度もお答えしていますが、先日のご説明をお忘れになったのでしょうか): warn, with a repeat named in the sentence or the one before.
 * Not a reminder to all (申請をお忘れではありませんか, パスワードをお忘れの方は).
 */
const ANSWER_FORGOT = '(?:前回|先日|以前|この前|先週|先月|前にも|何度も|毎回|昨年|去年|前の)(?:の)?[^。！？!?\\n]{0,12}?(?:答弁|お答え|ご回答|回答|ご説明|説明|ご案内|お伝えした(?:こと|内容)|お示しした|お話しした(?:こと|内容))(?:を|は|も|について(?:は)?)?[、\\s]?(?:もう|もはや|すっかり|早くも|早々に)?[、\\s]?(?:お忘れ(?:になった|になって(?:しまわれた|いる|いらっしゃる|おられる))?|忘れてしまわれた|忘れられた|忘れた|ご記憶にない|覚えて(?:いらっしゃら|おられ|らっしゃら)ない)(?:の|ん)?(?:でしょうか|ですか|ですかね|か(?=[?？])|でしょう(?:ね)?(?=[。！!…]|$))'
const REPEAT = /同じ(?:ご)?(?:質問|内容|こと|お尋ね|問い)|毎回|何度|何回|繰り返|くりかえ|再三|またしても|今回も|今回も|蒸し返/u
/**
 * Blind R335U-021 kind: the staff said not to be idle, to a resident who wrote or called (職員も暇を持て余しているわけではございませんので、
 * 次回は要点をまとめて…; 私どもも暇ではありませんので; こっちも暇じゃないんで; 職員は手が空いているわけではありません): warn, with a request
 * after it or a writer or caller before. Not a staff blog's day told (決して暇ではありませんが、やりがいのある仕事です), not a holiday.
 */
const NOT_IDLE = '(?:職員|私ども|わたくしども|私たち|わたしたち|こちら|こっち|うち|当課|当方|担当者|担当|窓口|市役所|役所|役場|我々|われわれ|スタッフ)(?:も|は|とて|だって|も決して|は決して)[、\\s]?(?:[^。！？!?\\n]{0,20}?ほど)?(?:決して|けっして|そう|それほど|そんなに|別に)?[、\\s]?(?:(?:お)?(?:暇|ひま)(?:を持て余して|をもてあまして)(?:いる|おる|る)(?:わけ|訳)|(?:暇|ひま)(?:人|じん)|(?:お)?(?:暇|ひま)(?:な(?:わけ|訳|の|ん))?|手が(?:空いて|あいて|余って)(?:いる|おる|る)(?:わけ|訳)|時間を持て余して(?:いる|おる|る)(?:わけ|訳)|遊んで(?:いる|おる|る)(?:わけ|訳))(?:では|じゃ|でわ)[、\\s]?(?:ございません|ありません|ない(?![かくけ])|ないです|なか(?!っ)|ねえ|ありませんので|ないので|ないんで|ございませんので)'
const NOT_IDLE_AT = /ご意見|ご要望|ご質問|お問い合わせ|問い合わせ|お電話|電話|メール|お手紙|長文|長い|何度|何回|毎日|毎回|しつこ|苦情|クレーム|文句|書き込|コメント|[@＠]|あなた|あんた/u
const NOT_IDLE_OK = /やりがい|充実|楽し|たのし|働きがい|一日を|1日を|ご紹介|密着|募集|採用|インターン|お休み|休暇|夏休み|年末年始/u
/**
 * Blind R335U-025 kind: other towns that take our name or our sight set below us as copies, by a knowing guess at their naive belief
 * (舟を浮かべれば水郷になると思っていらっしゃるのかもしれませんが, 掘割を一本掘れば水郷だとお考えのようで) or as names without substance
 * («水郷»を名乗るまちがあちこちに増えました…本物をお求めの方は柳川へ; 一朝一夕には真似できません): warn. The belief read only with a
 * place or other towns in the sentence or the two before; not health advice (運動すれば健康になると思っている方も), not a joint venture.
 */
const NAIVE_BELIEF = '(?:れば|たら|さえすれば|だけで|ておけば|とけば)[、\\s]?[^。！？!?\\n]{0,14}?(?:になる|になれる|なれる|に見える|と呼べる|を名乗れる|名乗れる|と言える|同じ|十分|勝てる|追いつける|人が来る|客が来る|人が集まる|客が集まる|だ|です)(?:と|って)[、\\s]?(?:思って|お思い|お考え|考えて|勘違いして|勘違いされて|信じて|思い込んで|思われて|考えられて)(?:いらっしゃる|おられる|いる|る|おいで)?(?:の|ん|よう)?(?:かもしれ(?:ません|ない)|でしょう|だろう|です(?:が|ね|けど)|みたい|らしい|では)'
const PLACE_NAMED62 = /(?:まち|町|街|市|村|自治体|ところ|所|地域|観光地|温泉地)(?:さん)?(?:が|も|は|の)|名乗|お隣|隣町|よそ|他所|他の|ほかの|あちこち|各地|全国/u
const NAIVE_OK = /健康|運動|ダイエット|睡眠|食事|病気|熱中症|予防|詐欺|防災|避難|子ども|子供|お子|連携|協力|合同|共同|一緒に|ともに|共に|姉妹都市|交流/u
const CALLED_TOO = '(?:を|と)[、\\s]?名乗(?:る|って(?:いる|る|いらっしゃる|おられる)|られる|っている)(?:まち|町|街|市|村|自治体|ところ|所|地域|観光地|温泉地|場所)(?:さん)?(?:が|も|は)'
const FAKE = /本物|本家|元祖|真似|まね|マネ|一朝一夕|偽物|ニセ|にせもの|二番煎じ|猿真似|なんちゃって|名ばかり|名前だけ|看板だけ|うわべ|上辺|形だけ|見よう見まね|笑わせ/u
const CALLED_TOO_OK = /連携|協力|協議会|合同|共同|一緒に|ともに|共に|姉妹都市|交流|サミット|仲間|それぞれ(?:の|に)(?:魅力|良さ|よさ)|素晴らし|すばらし/u
/**
 * Blind R335U-030 kind: another town or group insinuated as gathering people by any means (毎年あの手この手で選手を集めていらっしゃる町も
 * ありますが, なりふり構わず観光客を呼び込んでいる市もあるようですが, お金にものを言わせて選手を集めるチーム): warn. Not a fraud warning
 * (あの手この手で近づく詐欺), not our own effort (本市もあの手この手で), not a joint campaign.
 */
const BY_ANY_MEANS = '(?:あの手この手|手段を選ばず|手段を選ばない|手段を問わず|なりふり構わず|なりふりかまわず|形振り構わず|手を替え品を替え|手を変え品を変え|躍起になって|お金にものを言わせ|お金に物を言わせ|金にものを言わせ|金に物を言わせ|札束で|札びらを切って|強引に|ごり押しで|無理やり|無理矢理|よそから|外から|引き抜いて|引き抜き)[、\\s]?[^。！？!?\\n]{0,20}?(?:ていらっしゃる|ておられる|ている|てる|ておいでの|ていた|る|た)(?:町|まち|街|市|村|自治体|ところ|所|地域|チーム|学校|団体|クラブ|方々)(?:さん)?(?:も|が|は)'
const BY_ANY_OK = /詐欺|犯人|不審|悪質|だまし|騙し|振り込め|勧誘|協力|連携|合同|共同|一緒に|見習|すごい|素晴らし|すばらし|感心し(?:ます|ました)|学び/u
const COY_JAB = /ご苦労|ごくろう|お疲れ|おつかれ|お気の毒|ご愁傷|大変ですね|大変でしょう|さすが|[（(]笑[）)]|笑$|w$|😏|🤭|🙄|😅/u
const BY_ANY_OURS = /本市|当市|私たち|私ども|わたしたち|我々|われわれ|柳川|うちの|わが|我が/u
/** …and a concessive about such a town or group closed by mock thanks (…町もありますが、今年もご苦労さまでした😊). */
const COY_THANKS = '(?:町|まち|街|市|村|自治体|ところ|所|地域|チーム|学校|団体|クラブ)(?:さん)?(?:も|が)[、\\s]?(?:あります|ございます|ある(?:よう|みたい)です|あるようです|あった(?:よう)?です|ありました|いらっしゃいます)(?:が|けど|けれど|けれども)[、\\s]?[^。！？!?\\n]{0,20}?(?:ご苦労さま|ご苦労様|ごくろうさま|ご苦労なこと|お疲れさま|お疲れ様|おつかれさま|ご愁傷さま|ご愁傷様|お気の毒|頭が下がり|ご立派|お見事|大変ですね|大変でしょう)'
/**
 * Blind R335U-042 kind: a boat, a hall or a park told it is not a karaoke box, a hotel or a playground, after people who use it so are
 * named or with 念のため (念のため申し上げますが、どんこ舟はカラオケボックスではございません; 図書館は昼寝のためのホテルではありません;
 * 公園は宴会場じゃないですよ): warn. Not a plain notice with no one at fault (この広場はキャンプ場ではありませんので、テントは…) and not a
 * place open to all; and those people sent away with their "hobby" (そういったご趣味の方は、ぜひ駅前のお店をご利用ください).
 */
const VENUE62 = '(?:カラオケ(?:ボックス|店|ルーム)?|ホテル|ビジネスホテル|旅館|宿|宿泊施設|居酒屋|飲み屋|酒場|宴会場|宴会会場|ビアガーデン|遊園地|テーマパーク|遊び場|運動場|グラウンド|ゲームセンター|ゲーセン|ライブ会場|ライブハウス|コンサート会場|ダンスホール|ディスコ|クラブ|寝室|ベッド|お昼寝(?:部屋|スペース)?|昼寝(?:部屋|場所|スペース)|託児所|保育所|ファミレス|食堂|レストラン|喫茶店|カフェ|キャンプ場|サーキット|撮影スタジオ|スタジオ|ステージ|舞台|銭湯|お風呂|プール|ごみ箱|ゴミ箱|ごみ捨て場|ゴミ捨て場|トイレ|更衣室|私物置き場|物置)'
const NOT_VENUE = `(?:舟|船|ふね|どんこ舟|川下り|遊覧船|屋形船|バス|電車|列車|車内|船内|館内|図書館|公園|広場|庁舎|ロビー|待合室|待合|会場|ここ|こちら|公民館|施設|窓口|ベンチ|掘割|お堀|堀|川|水路|歩道|道路|境内|お寺|神社|病院|学校|校庭|体育館|閲覧室|会議室|議場|傍聴席|客席|観覧席)(?:は|って|も)[、\\s]?(?:決して|けっして|ただの|単なる|別に|あくまで)?[、\\s]?(?:[^。！？!?\\n、]{0,8}?(?:ための|用の|がわりの|代わりの))?${VENUE62}(?:会場|ルーム|店|屋|スペース|代わり|がわり)?(?:では|じゃ|でわ|や)[、\\s]?(?:ございません|ありません|ない(?![かくけ])|ないです|なか(?!っ)|ねえ)`
const VENUE_JAB = /念のため|念の為|まさか|言うまでもなく|言うまでもありません|申し上げるまでもなく|ご存じかと|ご存知かと|当然ですが|当たり前ですが|ですよ|ますよ|からね|けんね|よね/u
const VENUE_AT = /(?:[うくすつぬふむゆるぐずぶ]|ない|た|てる|でる)(?:方|人|方々|人たち|皆さん|皆様|皆さま|お客様|お客さま|お客さん|利用者|観光客|乗客|若者|グループ|団体)(?:が|も|は|、|へ)|増えて|後を絶|いらっしゃ|おられ|見受けられ|目立|迷惑|苦情|騒|大声|歌い|歌う|寝て|寝る|寝そべ|横にな|飲酒|酔|宴会|ポイ捨て|放置|占領|私物化/u
const VENUE_OK = /どなたでも|誰でも|だれでも|自由に|お気軽|ご利用いただけ|開放|くつろ|安心|ご安心|のように|のような|みたいに|みたいな|楽しめ|楽しん|生まれ変わ|リニューアル|実は|歴史/u
const HOBBY_FAULT = /宴会|歌い続け|歌う|歌って|歌われ|大声|大きな声|騒|酔|飲酒|お酒を飲|寝そべ|横にな|占領|占拠|迷惑|苦情|マナー|ではございません|ではありません/u
const HOBBY_AWAY = '(?:そういった|そのような|そういう|そんな|そうした|こういった|このような)[、\\s]?(?:ご趣味|趣味|ご嗜好|嗜好|ご趣向|お好み|ご性分|性分|お楽しみ)(?:を|が)?[、\\s]?(?:お持ちの|持つ|お持ちでいらっしゃる|おありの|ある)?[、\\s]?(?:方|方々|皆さま|皆様|皆さん|人|お客様)(?:は|には|へは|も)[、\\s]?[^。！？!?\\n]{0,24}?(?:ご利用|お越し|行かれ|いらして|お出かけ|おいで|どうぞ|へ(?=[。！!]|$)|に(?:いらっしゃ|行っ|お出かけ))'
/**
 * Blind R335U-046 kind: someone said not to know the word for what they fail at, in any ending («工期»という言葉をご存じないようでして,
 * 納期という言葉を知らないらしく, 締め切りという概念がおありでないようです, 「期限」という文字はご辞書にないようで): warn. The older
 * rule reads it as a question (…ご存じないのでしょうか); this one as a knowing guess. Not a general audience (…という言葉を知らない方も
 * 多いと思います。…とは), not children learning, not help.
 */
const WORD_UNKNOWN = '(?:という|って|との)[、\\s]?(?:言葉|ことば|日本語|単語|概念|二文字|三文字|四文字|文字|熟語|四字熟語)(?:を|も|は|が|すら|さえ|自体)?[、\\s]?(?:(?:ご存じ|ご存知)(?:で)?(?:ない|なかった|ありません|ございません|なく)|知ら(?:ない|なかった|ず|ん)|お持ちで(?:ない|なかった)|おありで(?:ない|なかった)|お忘れ(?:になった|になって(?:いる|いらっしゃる|おられる))?|(?:[^。！？!?\\n]{0,12}?の)?(?:ご)?(?:辞書|頭|頭の中|ご記憶|記憶)(?:に|には)[、\\s]?(?:ない|なかった|ありません|ございません|載って(?:い)?ない|入って(?:い)?ない))(?:よう|ようで|みたい|らしい|らしく|ご様子|かのよう|(?:の|ん)(?:でしょう|だろう|でしょうね|かな|かしら|かも))'
/**
 * Blind R445W-011 kind: a group named by its complaint (…が高いとお感じの方は, …が不要とお考えの方は, 文句をおっしゃる方は) told they
 * perhaps do not know or understand the thing at stake (文化財の価値というものをあまりご存じないのかもしれませんね; 事情がお分かりにならない
 * のでしょう; 大切さを分かっていないのかもしれません): a knowing guess at their ignorance, warn. Clean: help offered for what they may not
 * know (割引制度をご存じないのかもしれません。窓口でご案内します), a group named with no guess (高いとお感じの方もいらっしゃるかもしれません),
 * the writer's own want (私たちの説明が十分でなかったのかもしれません).
 */
const COMPLAINERS_UNKNOWING = '(?:(?:ご存じ|ご存知)(?:で)?(?:ない|ありません|ございません)|(?:お分かり|おわかり|お解り)(?:に(?:ならない|なっていない|なりません|なっていらっしゃらない)|でない)|ご理解(?:されて|いただけて|なさって)(?:い|おら)?ない|(?:分かって|わかって|理解して)(?:い|おられ|らっしゃら)?ない)(?:の|ん)(?:かもしれません|かもしれない|かも|でしょう(?!か)|だろう(?!か)|ではないでしょうか|じゃないでしょうか|じゃないかな)'
const COMPLAINT_GROUP = /(?:と|って)[、\s]?(?:お感じ|感じ(?:る|ている|られる|ておられる)|お考え|考え(?:る|ている|られる|ておられる)|お思い|思(?:う|われる|っている|っておられる)|おっしゃる|仰る|言う|言われる|言っている|お嘆き|ご不満)(?:に(?:なる|なっている))?(?:の)?[、\s]?(?:方|方々|皆さま|皆様|皆さん|人|人たち|あなた)(?:は|には|も|って)|(?:ご不満|お怒り|ご立腹|文句|苦情|批判|クレーム)(?:の|を(?:言う|おっしゃる|寄せる|言われる|言っている))[、\s]?(?:方|方々|皆さま|皆様|皆さん|人|人たち)(?:は|には|も)/u
const COMPLAINERS_HELPED = /制度|割引|減免|助成|補助|ご案内|ご説明|ご相談|お気軽|お問い合わせ|窓口|詳しく|こちら|私たち|私ども|わたしたち|市の説明|説明(?:が|不足)|周知/u
const WORD_UNKNOWN_OK = /方も(?:多|いら|おら|少な)|人も(?:多|いる|少な)|方が(?:多|増え|少な)|人が(?:多|増え|少な)|方のために|方に向け|ために|とは[、\s]|意味|子ども|子供|こども|児童|生徒|お子|学習|授業|講座|クイズ|若い世代|若者の間|若い方/u
/**
 * Blind R335U-047 kind: people named by what they did wrong told in a mock recommendation to take part next time from the stands, from home
 * or only as onlookers (審判の判定に文句をおっしゃっていたチームの皆さまは、来年は観客席からのご参加をおすすめいたします; ヤジを飛ばしていた方
 * には、次回はご自宅からのご観戦をお勧めします): warn. Not care or a tip to all (雨天時は観客席からのご観戦をおすすめします, 体調に不安の
 * ある方は見学でのご参加を).
 */
const DEMOTE = '(?:観客席|客席|スタンド|応援席|観覧席|見学席|見学|見物|ベンチ|場外|外野|ご自宅|自宅|おうち|お家|テレビ|画面|遠く|遠方|外|柵の外|ネット裏)(?:から|で|の|にて|越し)(?:の)?[、\\s]?(?:ご参加|参加|ご観戦|観戦|ご見学|見学|ご覧|ご応援|応援|ご観覧|観覧|ご鑑賞|鑑賞|ご出場|出場)(?:を|に|が|だけ(?:を|に)?|のみ(?:を)?)?[、\\s]?(?:強く|心から|ぜひ|是非)?[、\\s]?(?:おすすめ|お勧め|お薦め|オススメ|すすめ|勧め|ご提案|推奨)'
const DEMOTE_FAULT = /文句|ヤジ|野次|やじ|怒鳴|暴言|抗議|クレーム|苦情|判定に|審判に|騒(?:い|ぐ|が)|大声|マナー|ルールを守|守らな|守られな|割り込|ポイ捨て|放置|けんか|喧嘩|言いがかり|難癖|ケチ|悪態|乱暴|ラフプレー|挑発|遅刻|ドタキャン/u
const DEMOTE_OK = /雨天|雨の|天候|体調|不安|ご高齢|高齢の|お子さま連れ|お子様連れ|お子さん連れ|小さなお子|妊娠|けが|ケガ|怪我|感染|熱中症|混雑|満員|定員|密/u
/**
 * Blind R335U-051 kind: what should change said to be not the town but the person (変えるべきは柳川ではなく、ご自身の勉強不足のほうではないか;
 * 直すべきなのは制度ではなく、あなたの姿勢でしょう; 問題なのは市ではなく、ご自分の…): warn. Not the writer's own resolve (変えるべきは制度
 * ではなく、私たちの意識です), not a lesson to all (変えられるのは他人ではなく自分自身です).
 */
const CHANGE_YOU = '(?:変える|変わる|かえる|直す|なおす|改める|見直す|反省する|正す|磨く|鍛える|学ぶ|勉強する|改善する|問われる|責められる|問題がある|足りない|欠けている)(?:べき)?(?:は|なのは|のは)[、\\s]?[^。！？!?\\n]{0,20}?(?:では|じゃ)(?:なく(?:て)?|ありません|ない)[、\\s]?(?:むしろ|実は)?[、\\s]?(?:ご自身|ご自分|あなた|あんた|お前|おまえ|ご本人|その方|そちら|ご当人)(?:様|さま)?(?:の|自身|ご自身|のほう|の方)?'
const CHANGE_YOU_OK = /講座|セミナー|研修|ましょう|かもしれません|職員一同|市として/u
/** …and that person's own want of study or of understanding named (ご自身の勉強不足, あなたの認識不足, ご自分の不勉強). */
const YOUR_WANT = '(?:ご自身|ご自分|あなた|あんた|お前|おまえ|ご本人|その方|ご当人)(?:様|さま)?(?:の)[、\\s]?(?:勉強不足|不勉強|認識不足|理解不足|知識不足|見識不足|勉強の足りなさ|ご理解の不足|無知|無理解)'
const YOUR_WANT_OK = /講座|教室|セミナー|研修|不安|相談|悩|ぜひ|是非|お気軽|ましょう|感じて(?:いる|いらっしゃる|おられる)方|という方/u
/**
 * Blind R335U-052 kind: someone at fault offered, in a mock wish, a beginners' course or a child's tool (金額が膨らんでいく業者さんには、
 * 生涯学習講座「やさしい算数」をご紹介したいくらいです; 何度も計算を間違える方には、電卓をプレゼントしたいほどです; 毎回遅れる業者さんに
 * 時計の読み方教室をおすすめしたい): warn, with the fault named before. Not help for a beginner or a child (初めての方には、入門講座を
 * ご紹介したいと思います), not a plain guide to the forms (間違えやすい方には、窓口で書き方講座をご案内します).
 */
const OFFER_COURSE = '(?:さん|様|さま|方|方々|人|人たち|業者|議員|記者|あなた|あんた|皆さま|皆様|皆さん|チーム|会社|担当者)(?:たち|達)?(?:に|には|にゃ|へは|へ)[、\\s]?[^。！？!?\\n]{0,30}?(?:講座|教室|コース|ドリル|教材|入門書|テキスト|教本|授業|クラス|セミナー|研修|電卓|計算機|そろばん|算盤|辞書|辞典|国語辞典|時計|目覚まし時計|カレンダー|老眼鏡|眼鏡|メガネ|めがね|虫眼鏡|ルーペ|地図|耳栓|補聴器|教科書|参考書|絵本|ひらがな表|九九の表|九九表)[」』]?[^。！？!?\\n]{0,16}?(?:を|の受講を|へのご参加を|への参加を|のご受講を)?[、\\s]?(?:ぜひ|強く|心から|そっと)?[、\\s]?(?:ご紹介|紹介|おすすめ|お勧め|お薦め|オススメ|推薦|ご推薦|ご案内|案内|プレゼント|お贈り|贈り|差し上げ|お送り|送り|お渡し|渡し|お貸し|貸し|ご提案|提案)(?:し|させていただき|いたし|申し上げ|してさしあげ|して差し上げ)?(?:たい|たく|ます|ましょうか|てあげたい|て差し上げたい)'
const BASIC = /算数|さんすう|計算|足し算|引き算|掛け算|割り算|九九|国語|日本語|読み書き|ひらがな|漢字|読解|時計の読み方|カレンダーの読み方|小学生|小学校|一年生|1年生|１年生|子ども向け|こども向け|初心者|入門|やさしい|易しい|はじめて|初めて|基礎|基本|いろは|電卓|そろばん|算盤|辞書|辞典|時計|カレンダー|老眼鏡|虫眼鏡|ルーペ|耳栓|補聴器|絵本/u
const OFFER_FAULT = /たびに|度に|毎回|何度|何回|いつも|またしても|ばかり|ばっかり|間違|まちがえ|ミス|誤り|誤っ|計算違い|遅れ|遅刻|膨らん|膨れ|増えて|守らな|守られな|守れな|読まな|読まず|読んでいな|読まれていな|文句|苦情|クレーム|怒鳴|無視/u
const OFFER_OK = /初めての方|初心者の方|はじめての方|興味|関心|ご希望|お子さん|お子様|子ども(?:たち|さん)?(?:に|には)|児童|生徒|苦手|不安|心配|困って|お困り|たい方|たい人|という方|といった方|ご高齢|高齢の|お年寄り/u
/**
 * Blind R335U-055 kind: a group singled out and wished to open the papers even once (一部の議員さんには、質問の前に配付資料を一度だけでも
 * 開いていただけると; 一度でいいので目を通していただきたいものです; せめて一度くらいは議事録をお読みいただけると): warn, with the group or
 * a critic named. Not an invitation (ぜひ一度でもご覧いただければ嬉しいです), not a tip to first-time users.
 * Blind R446X-021 kind: an asker told it is plainly written there (要項にちゃんと書いてありますよ; 案内にきちんと載っています), then wished to
 * read it "at least once" (一度くらいは目を通していただけると助かるんですけどね; 一回ぐらいはご確認いただけると): the same jab, the papers named in
 * the sentence before, the wish capped by a sigh (…んですけどね) or the plain-written cue. Clean: a plain request (お申し込みの前に、一度
 * ご確認いただけると幸いです), an invitation (ぜひ一度くらいはご覧いただければ嬉しいです), the papers pointed to with no "at least once".
 */
const ONCE_READ = '(?:(?:一度|一回|1回|１回|いちど|いっぺん)(?:(?:だけ|くらい|ぐらい|位)?(?:でも|でいいので|でいいから|で結構ですので|で構いませんので)|(?:くらい|ぐらい|位)は)|せめて[^。！？!?\\n]{0,12}?(?:一度|一回|1回|１回|いちど|いっぺん)(?:だけ|くらい|ぐらい|位)?(?:は|でも)?)[、\\s]?[^。！？!?\\n]{0,12}?(?:(?:目を通し|お目通し|通読し|お読みになっ|お読みいただい|読ん|ご覧になっ|ご覧いただい|開い|ひらい|お開きになっ|お開きいただい|めくっ|確認し|ご確認になっ|ご確認いただい|お調べになっ|調べ)(?:て|で)(?:から[^。！？!?\\n]{0,12}?(?:て|で))?[、\\s]?(?:いただけ(?:ると|れば|たら|ますと|ませんか|ないでしょうか)|いただきたい|いただければ|もらえ(?:ると|れば|たら|ませんか)|もらいたい|ほしい|欲しい|くださ(?:ると|れば|い))|(?:お読み|ご覧|ご確認|お目通し|お開き|お調べ)(?:いただけ(?:ると|れば|たら|ますと|ませんか|ないでしょうか)|いただきたい|いただければ|くださ(?:ると|れば)))'
/**
 * Blind R450B-059 kind: the same jab after "we sent it" or "it is posted": the asker urged to check their own mailbox, inbox or papers
 * "once, carefully" as a mock suggestion (ハガキでお送りしております。郵便受けの中身、一度ゆっくりご確認なさってみてはいかがでしょうか😊;
 * メールで送信済みです。受信箱を一度よく見てみてはどうでしょう): warn, in a reply. The place checked is the asker's own (郵便受け, ポスト,
 * 受信箱, 迷惑メール, お手元) and the sending or posting is told before it. Clean: a plain request (お手数ですが、郵便受けをご確認ください), an
 * invitation to read a brochure sent (パンフレットをお送りしました。一度ゆっくりご覧になってみてはいかがでしょうか).
 */
const ONCE_SLOWLY = '(?:一度|一回|1回|１回|いちど|いっぺん|今一度|いま一度)[、\\s]?(?:ゆっくり|よく|よーく|きちんと|ちゃんと|じっくり|しっかり|丁寧に|落ち着いて|隅々まで|すみずみまで)[、\\s]?(?:ご確認|確認|ご覧|見|お確かめ|確かめ|お探し|探し|お調べ|調べ|のぞい|覗い|お開け|開け)(?:に)?(?:なさって|なって|されて|して|いただいて|て)?(?:み)?(?:て)?(?:は|も)[、\\s]?(?:いかが|どう)'
const OWN_BOX = /郵便受け|郵便箱|ポスト|新聞受け|受信箱|受信フォルダ|迷惑メール|メールボックス|お手元|ご自宅の|お宅の|引き出し|書類の山|机の上|ご家族/u
const SENT = /(?:お送り|送付|郵送|発送|送信|お届け|配達|投函|配布|配付|お配り)(?:し|させていただい|いたし|済|され)|送っており|送っています/u
const ONCE_PAPERS = /資料|配付|配布|議案|会議録|議事録|答弁|ホームページ|HP|ＨＰ|お知らせ|案内|広報|チラシ|手引き|マニュアル|要項|要綱|説明書|通知|書類|規約|ルール|掲示|回覧|ガイド|パンフレット/u
const ONCE_AT = /(?:ちゃんと|きちんと|しっかり|はっきり)[、\s]?(?:書いて|載って|記載して|記載され|明記して|明記され|お知らせして|ご案内して)|(?:ん|の)です(?:けど|けれど|が)ね|んだ(?:けど|けれど|が)ね|一部の|一部|さんには|様には|さまには|方には|方々には|皆さんには|皆さまには|議員|記者|業者|あなた|あんた|文句|苦情|批判|ご意見|ご指摘|クレーム|質問(?:の|される|する)前|質問前|書き込(?:む|まれる)前|お電話の前|来られる前|毎回|何度|何回|いつも/u
const ONCE_OK = /ぜひ|是非|嬉し|うれし|楽しみ|おすすめ|お勧め|魅力|初めての|はじめての|初心者|観光|旅行|ご来場|お越し/u
/**
 * Blind R335U-056 kind: people's conduct met with mock-polite wonder (毎日のように17時10分に駆け込んで来られる方が多いのは、私どもにとりましても
 * 大変不思議でなりません; なぜ締め切り当日に来られる方ばかりなのか、不思議で仕方ありません; …方が後を絶たないのは、窓口の七不思議です): warn.
 * Not wonder at nature or a sight (ホタルが毎年同じ場所に戻ってくるのは不思議でなりません), not the good taken for granted, not negated.
 */
const WONDER_END = '(?:不思議|ふしぎ|フシギ)(?:で(?:なりません|ならない|ならん|たまりません|たまらない|仕方(?:が)?(?:ありません|ない|なか)|しかた(?:が)?(?:ありません|ない)|しょうが(?:ありません|ない)|しようが(?:ありません|ない)|ございます|しかありません|すね|すよね|す(?=[。！!…]|$)|した)|というほか(?:ありません|ない)|としか(?:言いようが|いいようが)(?:ありません|ない)|に思えて(?:なりません|ならない)|に感じて(?:おります|います))|七不思議|(?:大きな|最大の|永遠の|一番の|まったくの|全くの|最大級の)謎(?:です|でございます|でしかありません|のひとつ|の一つ|なんです)'
const WONDER_PEOPLE = `(?:方|方々|人|人たち|皆さん|皆さま|皆様|お客様|お客さま|利用者|保護者|ドライバー|大人|議員|業者)(?:さん)?(?:が|も|ばかり|ばっかり)?[、\\s]?[^。！？!?\\n、]{0,8}?(?:多い|少なくない|いる|いらっしゃる|おられる|後を絶たない|あとを絶たない|絶えない|減らない|なくならない|いなくならない)?(?:な)?(?:の|こと|ん)(?:は|が|も|か)[、\\s]?[^。！？!?\\n]{0,24}?${WONDER_END}`
const WONDER_DOING = /(?:[うくすつぬふむゆるぐずぶ]|ない|ず|た|だ|てる|でる|られる|れる|ている|でいる|ておられる|ていらっしゃる)(?:方|方々|人|人たち|皆さん|皆さま|皆様|お客様|お客さま|利用者|保護者|ドライバー|大人|議員|業者)/u
const WONDER_OK = /ホタル|蛍|鳥|渡り鳥|カモ|魚|うなぎ|ウナギ|花|桜|自然|景色|風景|星|月|歴史|伝説|神秘|おいし|美味し|素敵|すてき|魅力|ありがた|うれし|嬉し|感謝|ご縁|縁|ぜひ|是非|ご来場|リピーター|愛され|人気/u
export const COUNCIL_AND_TOWN_JAB_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(EITHER_FORGOT),
    need: foldAll(['忘れ', 'ご記憶', '覚えて', '覚えてらっしゃ', '聞いて', '聞き', '聞こえ', '聞いと', '耳に入', '聞く気', '読ん', '読み', '読む気', 'ご覧', '目を通', '理解', 'お分かり', '上の空']),
    instead: '相手の落ち度を二択で問わず、「前回の答弁の要旨は次のとおりです」のように、答えをもう一度示してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const hit = sq.slice(s, e)
      if (!/忘れ|ご記憶|覚えて|覚えてらっしゃ|聞い|聞き|聞こえ|耳に入|聞く気|上の空/u.test(hit)) return false
      const sen = sentenceOf(sq, s, e)
      if (EITHER_FORGOT_OK.test(withNext(sq, s, e)) || SELF.test(sq.slice(sen.start, s)) || CHILD_TOPIC.test(sq.slice(sen.start, sen.end))) return false
      const prev = withPrevious(sq, s, e).replace(hit, '')
      return PEOPLE72.test(prev) || /議員|業者|記者|委員|さん|様/u.test(prev) || REPEAT.test(prev)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(ANSWER_FORGOT),
    need: foldAll(['忘れ', 'ご記憶', '覚えて']),
    instead: '忘れたのかと問わず、「前回の答弁の要旨は次のとおりです」のように、答えをもう一度示してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      if (SELF.test(sq.slice(sen.start, s)) || CHILD_TOPIC.test(sq.slice(sen.start, sen.end))) return false
      return REPEAT.test(withPrevious(sq, s, e))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(NOT_IDLE),
    need: foldAll(['暇', 'ひま', '手が', '持て余', 'もてあま', '遊んで']),
    instead: '職員の忙しさを持ち出さず、「ご意見は要点を箇条書きにしていただくと、担当課で確認しやすくなります」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      if (NOT_IDLE_OK.test(sq.slice(sen.start, sen.end))) return false
      const after = sq.slice(e, sen.end)
      // Blind host63 (use): the staff's load said with a promise to the reader after it (年末は窓口も暇ではありませんが、できるだけ早くご案内します).
      if (PROMISE.test(after)) return false
      return /ので|から|んで|けん|[、]/u.test(after.slice(0, 4)) && (REQUEST_H.test(after) || /いただけ|いただき|もらえ|お控え|ご遠慮|助かり/u.test(after)) || NOT_IDLE_AT.test(withPrevious(sq, s, e).replace(sq.slice(s, e), ''))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(NAIVE_BELIEF),
    need: foldAll(['思って', 'お思い', 'お考え', '考えて', '勘違い', '信じて', '思い込', '思われて', '考えられて']),
    instead: '他の自治体を下げず、「柳川の掘割は約400年の歴史があります」のように、柳川の魅力そのものを紹介してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const t = withPrevious(sq, s, e, 2)
      if (NAIVE_OK.test(t) || SELF.test(sq.slice(sentenceOf(sq, s, e).start, s))) return false
      return PLACE_NAMED62.test(t.replace(/柳川(?:市)?|本市|当市|この(?:まち|町|市)|うちの(?:まち|町|市)/gu, '')) && (FAKE.test(sq) || /名乗|まね|真似|増え|あちこち|よそ|他所|お隣|隣町/u.test(t))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(CALLED_TOO),
    need: foldAll(['名乗']),
    instead: '他の自治体を下げず、「柳川の掘割は約400年の歴史があります」のように、柳川の魅力そのものを紹介してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (CALLED_TOO_OK.test(sq)) return false
      return FAKE.test(sq.slice(s))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(BY_ANY_MEANS),
    need: foldAll(['あの手', '手段', 'なりふり', '形振り', '品を', '躍起', 'ものを言わせ', '物を言わせ', '札束', '札びら', '強引', 'ごり押し', '無理やり', '無理矢理', 'よそから', '外から', '引き抜']),
    instead: '他の自治体やチームを当てこすらず、「柳川の子どもたちが優勝しました！応援ありがとうございました」のように、自分たちの結果だけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      if (BY_ANY_OK.test(sq.slice(sen.start, sen.end)) || BY_ANY_OURS.test(sq.slice(sen.start, s))) return false
      // Said as an insinuation (…町もありますが, …チームもあるようですけど) or with a jab after it, not reported (…自治体も多いそうです).
      return /^[^。！？!?\n]{0,12}?(?:が|けど|けれど|中)[、\s]/u.test(sq.slice(e, e + 16)) || COY_JAB.test(withNext(sq, s, e).slice(e - sen.start))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(COY_THANKS),
    need: foldAll(['苦労', 'くろう', '疲れ', 'つかれ', '愁傷', '気の毒', '頭が下が', '立派', '見事', '大変']),
    instead: '他の自治体やチームを当てこすらず、「柳川の子どもたちが優勝しました！応援ありがとうございました」のように、自分たちの結果だけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      const t = sq.slice(sen.start, sen.end)
      return !/被害|被災|災害|大雨|豪雨|地震|台風|復旧|連携|協力|合同|共同|一緒に|ボランティア|皆さま|皆さん|皆様|みなさま|みなさん|の方々|ありがと|取り組|活動|清掃/u.test(t)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(NOT_VENUE),
    need: foldAll(['ではございません', 'ではありません', 'ではない', 'じゃない', 'じゃありません', 'ではなか', 'じゃなか', 'やない', 'じゃねえ']),
    instead: '相手を皮肉らず、「乗船中は、ほかのお客様のご迷惑となる大きな声での歌唱はご遠慮ください」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      if (VENUE_OK.test(sq.slice(e, Math.min(sq.length, sen.end + 30))) || KIDS_OR_ANIMALS_H.test(sq.slice(sen.start, s))) return false
      return VENUE_AT.test(withPrevious(sq, s, e).replace(sq.slice(s, e), '')) || VENUE_JAB.test(sq.slice(sen.start, sen.end))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(HOBBY_AWAY),
    need: foldAll(['趣味', '嗜好', '趣向', 'お好み', '性分', 'お楽しみ']),
    instead: '相手を皮肉らず、「乗船中は、ほかのお客様のご迷惑となる大きな声での歌唱はご遠慮ください」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const t = withPrevious(sq, s, e, 2)
      return FAULT_H26.test(t) || HOBBY_FAULT.test(t)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(WORD_UNKNOWN),
    need: foldAll(['言葉', 'ことば', '日本語', '単語', '概念', '文字', '熟語']),
    instead: '相手を皮肉らず、「工事の完了時期は、施工業者と調整のうえ改めてお知らせします」のように、事実と見通しだけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      if (WORD_UNKNOWN_OK.test(sq.slice(sen.start, sen.end)) || SELF.test(sq.slice(sen.start, s))) return false
      return true
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(COMPLAINERS_UNKNOWING),
    need: foldAll(['ご存じ', 'ご存知', 'お分かり', 'おわかり', 'お解り', 'ご理解', '分かって', 'わかって', '理解して']),
    instead: '相手を見下さず、「入館料は文化財の保存と公開に充てています。ご意見ありがとうございます」のように、事実と感謝だけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      const lead = sq.slice(sen.start, s)
      const group = COMPLAINT_GROUP.exec(lead)
      if (!group || SELF.test(lead)) return false
      // (Help is read after the group: what they may not know, and the next sentence.)
      return !COMPLAINERS_HELPED.test(withNext(sq, s, e).slice(group.index + group[0].length))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(DEMOTE),
    need: foldAll(['すすめ', '勧め', '薦め', 'オススメ', '提案', '推奨']),
    instead: '参加者を当てこすらず、「審判の判定へのご意見は、大会本部で承ります」のように、ルールと窓口だけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notThreatTeaching(sq) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      const t = sq.slice(sen.start, sen.end)
      if (DEMOTE_OK.test(t)) return false
      return DEMOTE_FAULT.test(sq.slice(sen.start, s))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(CHANGE_YOU),
    need: foldAll(['ご自身', 'ご自分', 'あなた', 'あんた', 'お前', 'おまえ', 'ご本人', 'その方', 'そちら', 'ご当人']),
    instead: '相手を諭さず、「市政へのご提案は、担当課で承ります」のように、事実と窓口だけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      return !CHANGE_YOU_OK.test(sq.slice(sen.start, sen.end)) && !SELF.test(sq.slice(sen.start, s))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(YOUR_WANT),
    need: foldAll(['不足', '不勉強', '足りなさ', '無知', '無理解']),
    instead: '相手の勉強不足を指摘せず、「市政へのご提案は、担当課で承ります」のように、事実と窓口だけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      return !YOUR_WANT_OK.test(sentenceText(sq, s, e))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(OFFER_COURSE),
    need: foldAll(['紹介', 'すすめ', '勧め', '薦め', 'オススメ', '推薦', '案内', 'プレゼント', '贈り', '差し上げ', '送り', '渡し', '貸し', '提案']),
    instead: '相手を小ばかにせず、「見積額の増額理由を、項目ごとにご説明いただくようお願いしています」のように、事実と対応だけを伝えてください',
    keep: (sq, s, e) => {
      const hit = sq.slice(s, e)
      // The course offered is named in the hit (生涯学習講座): the paragraph teaches only if it does so elsewhere.
      if (!notQuoted(sq, s, e) || TEACHING.test(sq.slice(0, s) + sq.slice(e)) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      const lead = sq.slice(sen.start, s)
      if (OFFER_OK.test(lead + hit) || SELF.test(lead)) return false
      if (!OFFER_FAULT.test(withPrevious(sq, s, e).replace(hit, '') + lead)) return false
      const after = sq.slice(e, sen.end)
      return /^(?:くらい|ぐらい|位|ほど|程|気分|気持ち|ところ|もの|と思い|と存じ|と思っ)/u.test(after) || BASIC.test(hit)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(ONCE_READ),
    need: foldAll(['一度', '一回', '1回', '１回', 'いちど', 'いっぺん']),
    instead: '相手を皮肉らず、「質問の前に、配付資料の○ページをご参照ください」のように、見てほしい箇所を具体的に示してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const t = withPrevious(sq, s, e)
      if (ONCE_OK.test(sentenceText(sq, s, e))) return false
      // (The papers may be named in the sentence before, where the asker is told it is written there: 要項にちゃんと書いてあります。…一度くらいは.)
      return (ONCE_PAPERS.test(sentenceText(sq, s, e)) || (ONCE_PAPERS.test(t) && /(?:書いて|載って|記載|明記)/u.test(t))) && ONCE_AT.test(t)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(ONCE_SLOWLY),
    need: foldAll(['一度', '一回', '1回', '１回', 'いちど', 'いっぺん']),
    instead: '相手の確認不足をほのめかさず、「3月末に登録のご住所へハガキでお送りしています。お手元にない場合は再発行しますのでご連絡ください」のように、案内と次の手だけを伝えてください',
    replyOnly: true,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      const t = withPrevious(sq, s, e, 2)
      return OWN_BOX.test(sq.slice(Math.max(sen.start, s - 30), s)) && (SENT.test(t) || ALREADY_OUT.test(t.replace(sq.slice(sen.start, sen.end), '')))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(WONDER_PEOPLE),
    need: foldAll(['不思議', 'ふしぎ', 'フシギ', '謎']),
    instead: '相手の行動を皮肉らず、「窓口の受付は17時15分までです。お手続きには15分ほどかかりますので、お早めにお越しください」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      const t = sq.slice(sen.start, sen.end)
      if (WONDER_OK.test(t) || CHILD_TOPIC.test(t)) return false
      return WONDER_DOING.test(sq.slice(sen.start, e))
    },
  },
]

// --- Blind R337F / R340G (host63), as kinds: polite brush-offs, mock questions and trailing laments at callers, critics and wrongdoers ---
/**
 * Blind R337F-007 kind: a caller told that the time is wasted on both sides, then asked to stop (お互いの時間がもったいないので、今後は
 * お控えいただけますと幸いです; お互いの時間の無駄ですので; お互い時間がもったいなかですけん): warn, with the caller's repeats named before or
 * a request to stop after. Not a tip for meetings or booking (待ち時間がもったいないので、オンライン予約を; お互いの時間を大切に), not ours.
 */
const MUTUAL_WASTE = '(?:お互い|おたがい|双方)(?:の|に|にとって)?[、\\s]?(?:貴重な)?(?:時間|お時間|手間|労力)(?:が|を|も|の)?[、\\s]?(?:もったいない|勿体ない|もったいなか|もったいのう|無駄|むだ|ムダ|浪費)'
const MUTUAL_WASTE_AT = /お電話|電話|お問い合わせ|問い合わせ|ご質問|質問|お尋ね|ご意見|苦情|クレーム|文句|毎日|毎回|何度|何回|同じ|繰り返|しつこ|お控え|ご遠慮|控えて|やめて|おやめ|ご容赦|お引き取り/u
const MUTUAL_WASTE_OK = /ましょう|会議|打ち合わせ|打合せ|予約|オンライン|電子申請|事前に|効率|待ち時間|短縮|スムーズ/u
/**
 * Blind R337F-011 kind: a critic addressed by the words they wrote (「農家は補助金で楽してる」ってコメントくれた方、…) then mocked for not
 * knowing, with a laugh (画面からだと田んぼってよく見えないですよね〜(笑), 現場のことは分からないですよね笑) or dared to come and try it once
 * (一回、朝4時に長靴で来てみます？, 一度ご自分でやってみたらどうです？): warn. The words must be a criticism; not a question or a wish answered
 * (「川下りしてみたい」ってコメントくれた方、一度来てみませんか？), not thanks, not an invitation (ぜひ, お待ちしています).
 */
const CRITIC_ADDRESSED = '(?:(?:って|と)[、\\s]?(?:言う|いう|ゆう|おっしゃる|書く|書き込む|コメントする|投稿する|つぶやく)[、\\s]?(?:方|かた|人|ひと|皆さん|皆様|みなさん|皆さま)(?:々|たち|達)?(?:へ|に告ぐ|、|[!！]|って|は)|(?:って|と)[、\\s]?(?:コメント(?:を)?(?:くれ|くださっ|下さっ|され|し|いただい|書い)|書き込(?:ま|ん)|お書きになっ|書かれ|書い|投稿(?:さ|し)|おっしゃっ|おっしゃられ|言っ|言われ|いわれ|つぶやい|つぶやかれ|呟い|呟かれ|リプ(?:を)?(?:くれ|くださっ|され|し))(?:て(?:くれ|くださっ|下さっ|い|おられ|らっしゃ|いらっしゃ)|で(?:い|おられ))?(?:た|だ|る|てる|ている|でる|でいる)[、\\s]?(?:方|かた|人|ひと|あなた|皆さん|皆様|みなさん|皆さま|アカウント(?:の方)?|そこのあなた)(?:々|たち|達)?(?:へ|に告ぐ|、|[!！]|って|は))'
const MOCK_NOT_KNOW = '(?:見え|分から|わから|分かり|わかり|知ら|知り|ご存じ|ご存知|気づか|気付か|読め|理解でき|想像でき|想像つか|ピンと来|ピンとこ)(?:ない|ません|なかった|ん|ないん|ないの)(?:ん|の)?(?:です|でしょう|だろう|やろ)?(?:よね|ね|かね|かな|よな)[〜ー～~]*[、\\s]?(?:[(（]笑[)）]|笑|w{1,4}|草|🤣|😂|🤭|😏|🙄|😅|😆)'
const DARE_ONCE = '(?:一回|一度|いっぺん|いちど|1回|１回|一日|1日|１日|試しに|ためしに)[、\\s]?[^。！？!?\\n]{0,24}?(?:て|で)(?:み(?:ます|ません|たら|れば|ては|る|んね|らんね|なさい|な|ろ)|ごらん(?:になったら|になっては)?)(?:か|どう|いかが)?(?:です|でしょう)?(?:か)?[？?]'
const CRITIC_WORDS = /(?:すぎ|過ぎ)(?:る|や|だ|でしょ|じゃ|[」』！!w]|$)|楽(?:し)?て(?:る|いる|ん|ばっかり|ばかり)|ずる|高(?:い|すぎ|過ぎ)|無駄|ムダ|むだ|税金|ばかり|ばっかり|おかし|ひど|最悪|つまら|何もな|なんもな|しょぼ|ショボ|遅(?:い|すぎ)|汚|臭|下手|へた|ダサ|だせ|いらな|要らな|意味(?:が)?な|やる気|怠慢|サボ|さぼ|暇|ひま|不便|不親切|迷惑|うるさ|ぼったくり|嘘|ウソ|ダメ|だめ|できてない|してない|ないじゃん|だけ(?:じゃ|で)/u
/** Praise in the quote (「楽しすぎ！」, 「最高」): a fan addressed, not a critic. */
const QUOTE_PRAISE = /楽しすぎ|楽し過ぎ|おいしすぎ|美味しすぎ|うますぎ|きれいすぎ|綺麗すぎ|かわいすぎ|可愛すぎ|すごすぎ|良すぎ|よすぎ|最高|すごい|素敵|すてき|好き|行きたい|来たい|見たい|食べたい|してみたい|やってみたい|ありがと|感動/u
const CRITIC_MOCK_OK = /ありがと|感謝|嬉し|うれし|励み|お待ちして|お待ちしとり|歓迎|ぜひ|是非|お気軽|ご安心|申し訳|すみません|お詫び|おわび/u
/**
 * Blind R337F-012 kind: a sanction promised to be carried out where the neighbours, the workplace or the family will see it (ご近所にも分かる
 * 形で差押えを進めることになります, 勤務先にも知られる形で給与の差押えを行います, 近所の方の目に触れるように督促に伺います): a threat, block,
 * with a condition before (応じていただけないままですと, 納付がない場合は). Not discretion promised (ご近所に分からないよう配慮して), not a sign
 * or a map made plain to the neighbours, not a survey's results.
 */
const SEEN_BY = '(?:ご近所|近所|隣近所|向こう三軒両隣|近隣|ご近隣|周り|まわり|周囲|ご家族|家族|職場|勤務先|お勤め先|会社|学校|世間|ご親戚|親戚|地域)(?:の(?:方|皆さん|皆様|皆さま|人|住民)(?:々|たち|達)?)?(?:に|にも|から(?:も)?|の目に(?:も)?)[、\\s]?(?:分かる|わかる|知られる|知れる|知れ渡る|見える|気づかれる|気付かれる|目立つ|伝わる|触れる|バレる|ばれる|丸見えの|筒抜けの)(?:ような|よう(?:な)?)?(?:形|かたち|方法|やり方|よう|ように)(?:で|に|にて)?'
const SANCTION = /差押|差し押さ|差し押え|強制執行|執行|公売|タイヤロック|滞納処分|捜索|取り立て|取立て|督促|臨戸|徴収|訪問|伺|氏名(?:を|の)?公表|お名前(?:を|の)?公表|公表|代執行|強制撤去|撤去|立入|立ち入/u
const SANCTION_IF = /(?:ない|ません|ず|なかった)(?:まま)?(?:の|ん)?(?:です|でしたら|ですと|だと|と|ば|なら|であれば|場合(?:は|には)?|ようでしたら|ようであれば|ようなら|とき(?:は)?)|なけれ(?:ば)?|ままですと|ままだと|ままでは|場合(?:は|には)|ようでしたら|ようであれば|これ以上|今後も/u
/**
 * Blind R337F-014 kind: after a rule broken, the wrongdoers asked in mock wonder whether they want to see the disaster it may cause
 * (収集車が燃える瞬間をご覧になりたい方がいらっしゃるのでしょうか, 配管が詰まるところを見たいのでしょうか, 火事をお望みなのでしょうか):
 * warn. Not an invitation to a show or a drill (消防車の放水の様子をご覧になりたい方は、防災フェアへ), not a sincere question answered.
 */
const HARM_SEEN = '(?:燃える|燃え上がる|燃えて|炎上する|火が出る|火を噴く|爆発する|破裂する|火事|火災|爆発|事故|大事故|惨事|大惨事|故障する|壊れる|詰まる|あふれる|溢れる|逆流する|水浸し|大けが|大怪我|けがをする|怪我をする|ケガをする|被害|大火事|引火する)(?:瞬間|ところ|様子|光景|場面|姿|の)?'
const WANT_HARM_Q = `(?:${HARM_SEEN}(?:を|が)[、\\s]?(?:ぜひ|よほど|どうしても|一度)?[、\\s]?|(?:を|が)[、\\s]?(?:燃やし|燃え上がらせ|爆発させ|破裂させ|壊し|故障させ|詰まらせ|あふれさせ|溢れさせ|火事にし|火をつけ|事故を起こし|事故を起こさせ|けがをさせ|怪我をさせ)たい)(?:ご覧になりたい|ご覧になりたく|見たい|見てみたい|拝みたい|体験したい|ご体験したい|経験したい|味わいたい|お望み|お望みの|望んで(?:いる|いらっしゃる|おられる|る)|期待して(?:いる|いらっしゃる|おられる|る)|心待ちにして(?:いる|いらっしゃる|おられる|る)|お待ちかね|待ち望んで(?:いる|いらっしゃる|おられる|る))?(?:方|人|方々|人たち|お宅|連中|皆さん|皆様)?(?:が|でも|も)?[、\\s]?(?:いらっしゃる|いる|おられる|おる|おいでになる)?(?:の|ん|と)(?:でしょうか|ですか|ですかね|でしょうかね|だろうか|かな|かしら|やろか|やろうか|ですかね|か(?=[？?]))`
const RULE_BROKEN = /出され|出して|出す方|捨て|混ぜ|混ざ|混入|入って|入れ|違反|守られ|守らな|守れ|放置|置きっぱなし|分別|ポイ捨て|無視|流し|流す|止め|停め|駐車|いたずら|悪戯|また|今週も|今月も|何度|繰り返/u
/**
 * Blind R337F-021, R337F-049 kind: a lament trailing off in のですが that the calls would halve, the ambulance would arrive sooner, if only
 * the callers did a simple thing or such callers were fewer (電話の前にコップ1杯の水を流していただければ、当課の電話は半分に減るのですが;
 * タクシー代わりで119番される方が減れば、本当に必要な方のところへもっと早く着けるのですが; 確認してから来ていただければ、窓口の行列も
 * なくなるんですけどね): warn. Said as a jab only when it trails off (ends in のですが, んですけどね) with the callers' fault or a critic named
 * (前に, ほとんど, 代わり, おっしゃる). Not a plain tip (オンラインで申請していただければ、待ち時間は半分に減ります), not a request with 助かる,
 * not the weather or our own means (晴れていれば、もっときれいに見えるのですが; 予算があれば…).
 */
const TRAIL_END = '(?:の|ん)(?:です|だ|や)?(?:が|けど|けれど|けども|けれども|がね|けどね|けどなあ|ですがね)(?:ね|ねえ|なあ|な)?[…‥]*(?=[。！!…]|$)'
const IF_THEY_DID = `(?:いただければ|いただけたら|いただけると|いただけますと|くだされば|くださると|てもらえれば|てもらえたら|てもらえると|てくれれば|てくれたら|てくれると|てもろたら)[、\\s]?[^。！？!?\\n]{0,40}?(?:電話|問い合わせ|お問い合わせ|苦情|件数|出動|出場|窓口|行列|待ち時間|職員|当課|担当課|私ども|救急|消防)[^。！？!?\\n]{0,16}?(?:減る|減り|減ら|半分|半減|なくなる|無くなる|ゼロ|激減|空く|少なくなる|三分の一|3分の1|１／３|1/3|済む|すむ|済みます)[^。！？!?\\n]{0,8}?${TRAIL_END}`
const IF_FEWER = `(?:方|人|方々|人たち|ケース|通報|お電話|電話|呼び出し|利用|要請)(?:が|さえ)[、\\s]?(?:減れ|減ってくれれ|減っていただけれ|いなくなれ|なくなれ|(?:い|おら|いらっしゃら|おられ)なけれ|いなくなってくれれ)ば[、\\s]?[^。！？!?\\n]{0,40}?${TRAIL_END}`
const CALLER_FAULT = /(?:こんなに|そんなに|これほど|これだけ|毎日のように|毎日|何度も)[^。！？!?\n]{0,6}?(?:電話|問い合わせ|苦情|ご質問|質問)|前に|ほとんど|大半|たいてい|大抵|多くが|半分|代わり|がわり|軽症|軽い|切り傷|不要不急|おっしゃる|おっしゃい|文句|苦情|クレーム|遅い|ご自宅の|ご自分|ご自身|本当に必要|本当に困って|本当に急/u
const TRAIL_OK = /助かる|助かり|ありがた|有難|幸い|うれし|嬉し|晴れ|天気|天候|雨|予算|人手|職員(?:が|を)(?:増|確保)|私たち(?:が|も)|申し訳|お詫び|おわび/u
/**
 * Blind R337F-022 kind: a complaint sent on, in jest, to the sky, the weather, the gods or an animal (文句はお天道さまに言うてください,
 * 苦情は空にお願いします, 苦情なら雨雲に直接どうぞ, 文句はカラスに言ってください): warn. Not the complaint's real office (苦情は環境課に
 * お寄せください), not the order reversed as a saying (お天気に文句を言っても始まりません).
 */
const COMPLAIN_SKY = '(?:文句|苦情|クレーム|ご不満|不満|恨み言|うらみごと|お怒り|怒り|抗議|ご意見)(?:は|なら|があるなら|がおありなら|があれば|がございましたら|のある方は)[、\\s]?(?:ぜひ|どうぞ|直接|じかに)?[、\\s]?(?:お天道(?:様|さま|さん)|おてんと(?:う)?さま|おてんとさん|天|天の神様|空|お空|神様|神さま|かみさま|お天気|天気|雨雲|雲|太陽|お日さま|お日様|台風|梅雨前線|前線|気圧|自然|カラス|からす|猫|ねこ|イノシシ|いのしし|カエル|かえる|蛙|セミ|せみ|蝉|虫|鳥|ハト|鳩|カモ)(?:さん)?(?:に|へ|まで)[、\\s]?(?:直接|じかに)?[、\\s]?(?:言(?:って|うて|いなっせ|いなさい|ってや|ってね|ってくれ|えば|ってもらえ)|いうて|ゆうて|ゆって|おっしゃって|お伝え|伝えて|ぶつけて|どうぞ|お願い|お申し付け|申し立て|お寄せ|寄せて|お届け)'
/**
 * Blind R337F-024 kind: people at fault wished left in the trouble they caused (管を詰まらせたお宅は、そのままあふれさせておけばいいと本気で
 * 思います, ルールを守らない人は困っていればいい, 避難しなかった人は放っておけばいいんです, 勝手に泣かせておけばよか): a curse, block. A person
 * named by what they did wrong (…たお宅は, 守らない人は) or addressed must stand before it; not care for a child (しばらく泣かせておけば
 * いいですよ), not a thing (カビは放っておけばいいというものではありません), not a lesson (というものでは, わけではありません).
 */
const LEFT_TO_SUFFER = '(?:(?:そのまま|ずっと|一生|勝手に|しばらく|好きなだけ|いつまでも|自分で|ご自分で|ご自身で)?[、\\s]?(?:あふれさせ|溢れさせ|困らせ|苦しませ|苦しめ|泣かせ|ほったらかしにし|放置し|見捨て|水浸しにし|水びたしにし|凍えさせ|路頭に迷わせ|痛い目を見させ|痛い目にあわせ|痛い目に遭わせ|後悔させ|放っ|ほっ|ほうっ|困っ|苦しん|泣い|途方に暮れ|詰まらせ|あふれさせ)(?:て|と|で)(?:おけば|おきゃ|おいたら|いれば|おれば|れば|けば|きゃ|いたら|たら)[、\\s]?|(?:困れ|苦しめ|泣きを見れ|途方に暮れれ|路頭に迷え)ば[、\\s]?)(?:いい|よい|よか|ええ|良い)(?!(?:という|っていう|とは|わけ|訳|もの|物|ですよ|ですからね|と思いま(?:す|した)が|でしょうか[？?]|のでしょうか|ですか))'
const AT_FAULT_PERSON = /(?:[うくすつぬふむゆるぐずぶた]|だ|ない|ん|てる|ている)(?:お宅|方|人|家|連中|者|奴|やつ|輩|家庭|世帯|客|ドライバー|利用者|住民|人たち|方々|人ら)(?:たち|達|ら|々)?(?:は|には|なんて|なんか|なんぞ|って|も|、)|あなた|あんた|お前|おまえ|そういう(?:人|方|連中|奴|やつ|お宅)|こういう(?:人|方|連中|奴|やつ|お宅)|そんな(?:人|方|連中|奴|やつ|お宅)/u
const LEFT_OK = /赤ちゃん|乳児|幼児|お子|子ども|子供|こども|赤ん坊|ペット|犬|猫|植物|苗|野菜|カビ|かび|汚れ|シミ|キズ|ケガ|けが|発熱|熱が|風邪|症状|生地|パン|発酵|煮込|冷ま|寝かせ/u
/**
 * Blind R337F-030 kind: people named by what they do and their "level" said to show (このような投稿をなさる方の程度が知れますね, 文句ばかり
 * 言う方のレベルが知れる, こんな書き込みをする人の品性が知れます, お育ちが知れますね): insult, block. The older rule reads 人の程度が知れる;
 * this one takes 方, あなた and the other nouns. Not 人となり (a glimpse of someone), not a thing's level.
 */
const LEVEL_KNOWN = '(?:方|かた|お方|者|あなた|あんた|お前|おまえ|奴|やつ|輩|大人|保護者|記者|議員|さん|様)(?:たち|達|々|ら)?(?:の|も)[、\\s]?(?:程度|レベル|れべる|品性|品格|お育ち|育ち|教養|知性|お里|器)(?:が|も)[、\\s]?(?:知れ|しれ)(?:る|ます|ますね|ますな|ますわ|るね|るわ|るな|ますよ|ています|とる|ちゃう|ますこと|たもの|たもん|よう)?'
/**
 * Blind R337F-034 kind: a resident's plea of hardship quoted and set against what staff saw them do (「払うお金はない」とおっしゃりながら、最新の
 * スマートフォンで動画をご覧になっている方もいて; 「生活が苦しい」と言いながら高級車で来られる方): warn. The plea must be of money or means and
 * the conduct a luxury or a leisure. Not a cheerful anecdote (「もう年だから」とおっしゃりながら、毎朝体操に参加されている方もいて).
 */
const PLEA_BUT = '[」』](?:と|って)[、\\s]?(?:おっしゃり|仰り|おっしゃい|言い|いい|言われ|申され|話され|訴え)(?:ながら(?:も)?|つつ(?:も)?|ている割に|る割に|るわりに|ている(?:のに|くせに))[、\\s]?[^。！？!?\\n]{0,40}?(?:て|で)(?:いる|いらっしゃる|おられる|る|おいでの|こられる|来られる|来る|くる)(?:方|人|方々|人たち|お客様|お客さま|皆さん)'
const PLEA_MONEY = /お金|おかね|金が|金は|払え|払う|払わ|払い|納め|納付|納税|税金|生活が|余裕|貧乏|苦し|困窮|ない(?:ん|の)?です|ありません|無理|できない|出せない|ゼロ/u
const LUXURY = /スマートフォン|スマホ|最新|高級|ブランド|外車|新車|高級車|旅行|海外|パチンコ|競馬|競輪|ボート|飲み|ゴルフ|動画|ゲーム|タバコ|たばこ|ネイル|エステ|ブランド品|宝石|腕時計|ライブ|課金/u
/** …and a resident's conduct at the counter called, in mock appreciation, a fine sight (なかなか味わい深い光景でした, 実に興味深い一コマでした). */
const MOCK_SCENE = '(?:なかなか|実に|大変|とても|非常に|なんとも|何とも|まことに|誠に|たいへん)?[、\\s]?(?:味わい深い|味わい深く|趣深い|趣のある|興味深い|面白い|おもしろい|微笑ましい|ほほえましい|見ごたえのある|見応えのある|乙な|オツな|ユニークな|シュールな)(?:光景|眺め|場面|ひととき|一コマ|ひとコマ|風景|景色|瞬間|出来事|姿)'
const SCENE_FAULT = /払わ|払え|払う(?:お)?金|滞納|未納|お金(?:は|が)?(?:ない|ありません)|文句|苦情|ごね|言い訳|クレーム|怒鳴|割り込|横入り|ながら|つつ|くせに|割に|わりに/u
const SCENE_OK = /ありがと|感謝|元気|笑顔|お祭り|祭り|伝統|舟|川下り|子ども|子供|こども|お子|園児|児童|生徒|花|桜|鳥|ホタル|うなぎ|作品|展示|ボランティア|練習|熱心|一生懸命|仲良く|楽しそう|嬉しそう|うれしそう/u
/**
 * Blind R337F-040 kind: a worry or a complaint waved off, the reader told that the help comes if only they learn the basics, trailing off in
 * ので (ご心配には及びません。119番の正しいかけ方さえ覚えていただければ、救急車はきちんと参りますので; 正しい出し方さえ守っていただければ、
 * ちゃんと収集しますから): warn. Not a plain guide (正しい使い方さえ守っていただければ、どなたでも安全にご利用いただけます。), not with a
 * request after it.
 */
const ONLY_IF_LEARN = '(?:正しい|ちゃんとした|きちんとした|基本的な|普通の|最低限の|基本の|簡単な|ごく普通の|当たり前の)[^。！？!?\\n、]{0,10}?(?:[一-龥]{0,2}[ぁ-ゖ]{1,3}方|見方|ルール|マナー|手順|決まり|日本語)(?:さえ|だけでも|だけ|くらい|ぐらい)[、\\s]?(?:覚えて|おぼえて|身につけて|身に付けて|守って|理解して|ご理解|お覚え|マスターして|知って|ご存じで|ご存知で|学んで|習得して|分かって|わかって)(?:いただけ(?:れば|たら|ますと)|いただきさえすれば|くだされば|もらえれば|おいていただければ|おいてもらえれば|いれば|おられれば|いらっしゃれば)[、\\s]?[^。！？!?\\n]{0,30}?(?:ので|から|けん|んで|のですが|んですが|んですけど|んですけどね)(?:ね)?(?=[。…！!]|$)'
const WAVED_OFF63 = /ご心配には及び|心配には及び|ご心配(?:は|も)?(?:ご無用|いりません|要りません|なく)|心配(?:は|も)?(?:ご無用|無用|いりません|要りません)|とのことですが|とおっしゃ|おっしゃいますが|おっしゃる|遅い|遅かった|来ない|来なかった|来てくれない|文句|苦情|ご不満|ご意見|お叱り|[@＠]/u
/**
 * Blind R337F-057 kind: a critic told their words would carry weight only once they do their own part first (納期限までにきちんと納めていただいて
 * からおっしゃっていただけると、より説得力があるかと存じます; ご自分で一度参加されてから言っていただいたほうが、重みがあると思います): warn,
 * with the critic's words named in the sentence or the one before. Not advice on presenting (データを集めてから発言すると、説得力が増します).
 */
const SPEAK_AFTER = '(?:て|で)から[、\\s]?(?:おっしゃ(?:って|る|られ|い)|仰(?:って|る|い)|言(?:って|う|われ)|ご意見(?:を)?(?:いただ|くださ|され|述べ)|ご発言|発言(?:さ|し|な)|ご主張|主張(?:さ|し|な)|ご批判|批判(?:さ|し|な)|お書き|書き込|書いて)[^。！？!?\\n]{0,20}?(?:と|ほうが|方が|ば|たら|のが|のも)[、\\s]?[^。！？!?\\n]{0,10}?(?:説得力|重み|信ぴょう性|信憑性|納得感|聞く耳|真実味)(?:が|も)?[、\\s]?(?:ある|あり|増す|増し|出る|出て|違う|違い|変わる|変わり|生まれる|高まる|格段に)'
/** …or wished to speak only after it (きちんと納税してからおっしゃってほしいものです), the part first a duty or a look of their own. */
const SPEAK_AFTER_WISH = '(?:納め|納税し|納付し|払っ|支払っ|参加し|参加され|体験し|体験され|経験し|経験され|働い|住ん|来|見|読ん|調べ|確認し|勉強し|やっ|手伝っ|ご覧になっ|お読みになっ|お越しになっ|足を運ん)(?:て|で)(?:いただいて|もらって|くださって)?から[、\\s]?(?:おっしゃって|仰って|言って|ご意見(?:を)?(?:いただき|述べ)|ご発言|発言して|主張して|批判して|文句を言って)(?:ほしい|欲しい|いただきたい|頂きたい|もらいたい|いただけると(?:ありがたい|幸い|助かる))(?:もの|ところ)?(?:です|でございます|だ|ですね|ですな|ですけどね)?'
const SPEAK_CRITIC = /ご意見|意見|批判|ご批判|文句|苦情|クレーム|おっしゃ|とのこと|という声|とのお声|というお声|ご指摘|[@＠]|あなた|あんた|[」』](?:と|って|という|との)/u
/**
 * Blind R337F-059 kind: a complaint answered with a trivial step the complainant should take, called the quickest (ご自宅で臭いが気になる
 * ようでしたら、窓を閉めていただくのが一番早いかと存じます; 音が気になるなら耳栓をされるのが一番確実です; まぶしいようでしたらカーテンを
 * 閉めていただくのが手っ取り早いかと): warn, with a complaint or a reply before. Not a health or hazard notice (煙が気になる方は窓を閉めて
 * ください; PM2.5が多い日は窓を閉めるのが一番です), not with an apology or a step of ours.
 */
const TRIVIAL_FIX = '(?:気になる|気になられる|気になります|うるさい|うるさく感じる|うるさく感じられる|まぶしい|眩しい|臭う|におう|匂う|臭い|くさい|ご不快|不快|お嫌|嫌|耐えられない|我慢できない|眠れない|お困り)(?:よう|の)?(?:でしたら|であれば|なら|ならば|でございましたら|場合(?:は|には)?|ときは|時は|方は|とのことですが|とのことでしたら|とのことであれば|とのことなら|とのことですので)[、\\s]?[^。！？!?\\n]{0,16}?(?:(?:窓|まど|窓ガラス|カーテン|雨戸|シャッター|耳|目|鼻|口)(?:を|は)?[、\\s]?(?:閉め|しめ|ふさ|塞|つぶ|つむ|覆|閉じ|とじ|そむけ|背け)|(?:耳栓|耳せん|アイマスク|マスク|サングラス|イヤホン|ヘッドホン|消臭剤|芳香剤)(?:を|は)?[、\\s]?(?:し|され|使|つけ|付け|着け|お使い|ご使用|ご利用|なさ)|(?:見|聞か|嗅が|気にし)(?:ない|なけれ)|(?:外出|お出かけ|引っ越|お引っ越|転居)(?:を|は)?[、\\s]?(?:し|され|なさ|ご検討))[^。！？!?\\n]{0,14}?(?:のが|のも|のは|ことが|と|ば|たら|のが、)?[、\\s]?(?:一番|いちばん|最も|もっとも|何より)[、\\s]?(?:早い|はやい|手っ取り早い|確実|簡単|よろしい|良い|いい|ええ|効果的|有効)?'
const TRIVIAL_AT = /ご意見|苦情|とのこと|ご指摘|お問い合わせ|問い合わせ|お電話|電話|お声|[@＠]|ご不満|クレーム|おっしゃ|ご要望|ご相談いただ/u
const TRIVIAL_OK = /申し訳|お詫び|おわび|ご不便|ご迷惑|確認します|確認いたします|対応します|対応いたします|調査|改善|点検|対策|PM2\.?5|ＰＭ２\.?５|黄砂|花粉|光化学|煙|野焼き|火災|火事|感染|熱中症|台風|消毒|散布|薬剤/u
/**
 * Blind R340G-039 kind: help refused next time to people who did not follow an order or a rule (次に同じことをされたら、もう助けには行きません
 * からね; 避難しない方は、二度と救助に伺いません; 今度残っとっても助けに行かんけんね): a threat, block, with a repeat or a wrongdoer before.
 * Not what cannot be done (救助に行けません), not told not to go (一人で助けに行かないでください).
 */
const NO_RESCUE = '(?:もう|二度と|次は|今度は|次回は|今後は|一切|絶対に)?[、\\s]?(?:助け|救助|救出|救援|お助け)(?:に|には|は|にも|にゃ)[、\\s]?(?:もう|二度と|一切|絶対(?:に)?|誰も|だれも)?[、\\s]?(?:行きません|行かない(?!で|よう|ように|こと)|行かん(?!で)|いかん(?=[。！!よけばぞねか])|いきません|伺いません|うかがいません|参りません|まいりません|来ません|向かいません|出動しません|駆けつけません|駆け付けません|行きませんので|行けませんからね|行ってあげません|行ってやらない|行ってやらん|行ったりしません)|(?:もう|二度と|次は|今度は|次回は|今後は)[、\\s]?(?:もう|二度と|一切|絶対(?:に)?)?[、\\s]?(?:お助け|助け|救助|救出)(?:し|いたし)?(?:ません(?:から|よ|けん|ので|。|$)|ない(?:から|よ|けん|ぞ)|ん(?:けん|ばい|ぞ|からね)|てあげません|てやらない|てやらん|てさしあげません|て差し上げません)'
const RESCUE_FAULT = /次に|次回|今度|二度と|また|同じこと|同じ事|(?:ない|なかった|ず|ん)(?:方|人|者|連中|お宅)|残った|残っ(?:て|と)|従わ|無視|聞かず|聞かな|避難しな|避難せず|大丈夫|自己責任|勝手に/u
const PROMISE = /^(?:が|けど|けれど|けれども)[、,\s]?[^。！？!?\n]{0,24}?(?:いたします|します|いたしてまいります|してまいります|努めます|務めます|頑張ります|がんばります|対応します|ご案内します|お答えします|お届けします|進めます|お待ちしています|お待ちしております|ご連絡します|お返事します)(?=[。！!]|$)/u
export const BRUSH_OFF_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(MUTUAL_WASTE),
    need: foldAll(['お互い', 'おたがい', '双方']),
    instead: '時間の話は持ち出さず、「この件のご回答は次のとおりです。ご不明な点は〇〇課（電話番号）までお問い合わせください」のように、回答と窓口だけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      if (MUTUAL_WASTE_OK.test(sq.slice(sen.start, sen.end))) return false
      return MUTUAL_WASTE_AT.test(withPrevious(sq, s, e).replace(sq.slice(s, e), ''))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(`${CRITIC_ADDRESSED}[^\\n]{0,60}?(?:${MOCK_NOT_KNOW}|${DARE_ONCE})`),
    need: foldAll(['笑', 'w', '草', '🤣', '😂', '🤭', '😏', '🙄', '😅', '😆', '?', '？']),
    instead: 'コメントした方を茶化さず、「ご意見ありがとうございます。農家の皆さんの一日の作業を、写真でご紹介します」のように、事実を紹介してください',
    keep: (sq, s, e) => {
      if (!notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      // The critic's words: the quote or the words before the address, in its line.
      const back = sq.slice(Math.max(0, s - 60), s)
      const lead = back.slice(back.lastIndexOf('\n') + 1)
      if (!CRITIC_WORDS.test(lead) || QUOTE_PRAISE.test(lead) || /[？?][」』]/u.test(lead)) return false
      return !CRITIC_MOCK_OK.test(sq.slice(e, Math.min(sq.length, e + 60)) + sq.slice(s, e))
    },
  },
  {
    rule: 'hostility/threat',
    re: phrase(`${SEEN_BY}[^。！？!?\\n]{0,24}?(?:差押|差し押さ|差し押え|強制執行|執行|公売|たいやろっく|滞納処分|捜索|取り立て|取立て|督促|臨戸|徴収|訪問|伺|公表|代執行|強制撤去|撤去|立入|立ち入)`),
    need: foldAll(['分かる', 'わかる', '知られ', '知れ', '見える', '気づかれ', '気付かれ', '目立つ', '伝わる', '触れる', 'バレる', 'ばれる', '丸見え', '筒抜け']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      const t = withPrevious(sq, s, e)
      if (/配慮|プライバシー|秘密|内密|分からない|わからない|知られない|目立たない|見えない|ご安心|防犯|詐欺|不審/u.test(sq.slice(sen.start, sen.end))) return false
      return SANCTION.test(sq.slice(s, e)) && SANCTION_IF.test(t.replace(sq.slice(s, e), ''))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(WANT_HARM_Q),
    need: foldAll(['ご覧', '見たい', '見てみたい', '拝みたい', '体験したい', '経験したい', '味わいたい', '望み', '望んで', '期待して', '心待ち', 'お待ちかね', 'せたい', 'したい', 'つけたい']),
    instead: '皮肉な問いかけはやめ、「スプレー缶は中身を使い切り、燃えないごみの日に出してください。収集車の火災につながります」のように、理由とお願いを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      if (SELF.test(sq.slice(sen.start, s)) || /ぜひ|是非|お待ちして|どうぞ|ご参加|ご来場|体験会|訓練|防災フェア|フェア|イベント|見学/u.test(sq.slice(sen.start, sen.end))) return false
      return RULE_BROKEN.test(withPrevious(sq, s, e, 2).replace(sq.slice(s, e), ''))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(IF_THEY_DID),
    need: foldAll(['ですが', 'だが', 'んですが', 'けど', 'けれど', 'がね', 'がね']),
    instead: '相手の落ち度を当てこすらず、「下水のにおいは、流しの水切れが原因のことがあります。まずコップ1杯の水を流してみてください」のように、確かめ方だけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      if (TRAIL_OK.test(sq.slice(sen.start, sen.end)) || SELF.test(sq.slice(sen.start, s))) return false
      return CALLER_FAULT.test(withPrevious(sq, s, e))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(IF_FEWER),
    need: foldAll(['ですが', 'だが', 'んですが', 'けど', 'けれど', 'がね']),
    instead: '相手の落ち度を当てこすらず、「救急車は、命に関わる症状のときにご利用ください。迷ったときは救急安心センター（#7119）へ」のように、正しい使い方だけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      if (TRAIL_OK.test(sq.slice(sen.start, sen.end))) return false
      return CALLER_FAULT.test(withPrevious(sq, s, e)) && PEOPLE72.test(sq.slice(sen.start, e))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(COMPLAIN_SKY),
    need: foldAll(['文句', '苦情', 'クレーム', '不満', '恨み', 'うらみ', '怒り', '抗議', 'ご意見']),
    instead: '冗談で突き放さず、「少雨で用水の水量が少なくなっています。配水の予定は〇〇でお知らせします」のように、事実と対応を伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  {
    rule: 'hostility/curse',
    re: phrase(LEFT_TO_SUFFER),
    need: foldAll(['おけば', 'おきゃ', 'おいたら', 'いれば', 'おれば', 'とけば', 'ときゃ', 'れば', 'いたら']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      const lead = sq.slice(sen.start, s)
      if (LEFT_OK.test(sq.slice(sen.start, sen.end)) || SELF.test(lead.replace(/(?:ご)?自(?:分|身)で$/u, ''))) return false
      return AT_FAULT_PERSON.test(lead)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(PLEA_BUT),
    need: foldAll(['ながら', 'つつ', '割に', 'わりに', 'のに', 'くせに']),
    instead: '窓口でお見かけした方の様子は書かず、「納付が難しい方は、分割納付などのご相談を承っています」のように、相談窓口を伝えてください',
    keep: (sq, s, e) => {
      if (!notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const q = sq.lastIndexOf('「', s)
      const plea = q >= 0 && s - q < 40 ? sq.slice(q, s + 1) : sq.slice(Math.max(0, s - 30), s + 1)
      const sen = sentenceOf(sq, s, e)
      if (!PLEA_MONEY.test(plea) || SCENE_OK.test(sq.slice(sen.start, sen.end))) return false
      return LUXURY.test(sq.slice(s, e))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(MOCK_SCENE),
    need: foldAll(['光景', '眺め', '場面', 'ひととき', 'コマ', '風景', '景色', '瞬間', '出来事', '姿']),
    instead: '窓口でお見かけした方の様子を評さず、「納付が難しい方は、分割納付などのご相談を承っています」のように、相談窓口を伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const t = withPrevious(sq, s, e)
      if (SCENE_OK.test(t)) return false
      return SCENE_FAULT.test(t.replace(sq.slice(s, e), '')) && PEOPLE72.test(t)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(ONLY_IF_LEARN),
    need: foldAll(['さえ', 'だけでも', 'だけ', 'くらい', 'ぐらい']),
    instead: '相手が知らないことを当てこすらず、「119番では、まず『火事ですか、救急ですか』とお尋ねします。落ち着いて住所をお伝えください」のように、正しい手順を丁寧に伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      if (SELF.test(sq.slice(sen.start, s)) || /初めて|はじめて|どなたでも|誰でも|だれでも|お子|子ども|子供|こども|講座|教室/u.test(sq.slice(sen.start, sen.end))) return false
      return WAVED_OFF63.test(withPrevious(sq, s, e).replace(sq.slice(s, e), ''))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(`${SPEAK_AFTER}|${SPEAK_AFTER_WISH}`),
    need: foldAll(['説得力', '重み', '信ぴょう性', '信憑性', '納得感', '聞く耳', '真実味', 'ほしい', '欲しい', 'いただきたい', '頂きたい', 'もらいたい', 'いただけると']),
    instead: '批判した方に条件をつけず、「ご意見ありがとうございます。税の使い道は『予算の概要』でご紹介しています（URL）」のように、受け止めて情報を示してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      if (SELF.test(sq.slice(sen.start, s)) || /講座|研修|授業|ディベート|プレゼン|発表会|ましょう/u.test(sq.slice(sen.start, sen.end))) return false
      // Someone else's wish reported (…発言してほしいとのご意見がありました, …という声も).
      if (/^(?:もの|ところ)?(?:です|だ)?(?:と|って|という|といった|との)/u.test(sq.slice(e, e + 8))) return false
      return SPEAK_CRITIC.test(withPrevious(sq, s, e).replace(sq.slice(s, e), ''))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(TRIVIAL_FIX),
    need: foldAll(['一番', 'いちばん', '最も', 'もっとも', '何より']),
    instead: '相手に我慢や自衛を求めず、「においの原因を担当課で確認し、結果をお知らせします」のように、市の対応を伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (TRIVIAL_OK.test(sq)) return false
      return TRIVIAL_AT.test(withPrevious(sq, s, e))
    },
  },
  {
    rule: 'hostility/threat',
    re: phrase(NO_RESCUE),
    need: foldAll(['助け', '救助', '救出', '救援']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      if (/できません|できない|行けません|行けない|場合があります|こともあります|可能性|危険|ご注意|早めの避難を|お願いします/u.test(sq.slice(e, sen.end))) return false
      return RESCUE_FAULT.test(withPrevious(sq, s, e, 2).replace(sq.slice(s, e), ''))
    },
  },
]
// The people's level said to show is an insult (block): tried before the weaker readings that would hold part of its span (文句ばかり言う方).
export const BRUSH_OFF_FIRST_PHRASES: Phrase[] = [
  {
    rule: 'hostility/insult',
    re: phrase(LEVEL_KNOWN),
    need: foldAll(['知れ', 'しれ']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !/人となり|ひととなり|お人柄|人柄/u.test(sentenceText(sq, s, e)),
  },
]
