/**
 * hostility — warnings placed late, so a stronger rule holds the span.
 *
 * The kinds of rounds 36–65 and blind sets R75A–R108A, after the blocks of the lists above so that an insult, curse or threat
 * on the same words keeps its finding (口だけは達者): a critic or wrongdoer told they will be identified (last so an older kind
 * keeps its span), a label for complainers (モンスターペアレント, クレーマー, モンペ) put on people the post describes, English jibes, and
 * warnings (confrontational) of sarcasm, condescension and mock thanks at critics and askers, and other towns belittled.
 *
 * Stays clean: a label named as a topic (カスハラ研修, モンスターペアレント対策), a critic's words quoted in a report of opinions, our own
 * shortfall owned, a real invitation.
 *
 * Its phrases run where index.ts puts them in PHRASES (the check order: a phrase earlier in PHRASES holds its span first).
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { phrase, foldSource, sentenceOf, isReportedSpeech } from '../../words'
import { foldString } from '../../text'
import type { Phrase } from './context'
import { ABUSE_REPORTED, ADDRESSED102, ALT_SERVICE, CHILD_TOPIC, CRITIC36, CRITIC96, CRITIC_NEAR, CROWD_TROUBLE, DEVICE, ENERGY, GOOD, HARM_TRY, HELP49, HELP96, INSTEAD, JOINT, KISAN, LABEL48, LABEL48_ABOUT, NOT_TOWN, OTHER_TOWN47, OTHER_TOWN49, OUR_SIDE, OWN_FAULT, QUIZ, REPORTED90, SELF, STALE_OK, TEACHING, TOLD_ON, VISIT49, WARNED, afterTownTrouble, foldAll, namedOrAddressed, notAboutThing, notQuoted, notQuotedEn, notTeaching, sentenceText, twoBefore, withNext, withPrevious } from './context'

/** TEACHING on the folded view (labelledComplainer reads a folded sentence: やめましょう, リテラシー are やめましよう, りてらしー there). */
const TEACHING_FO = phrase(TEACHING.source, 'u')
/** … not a school's, a hospital's or a lost child's notice (発熱した場合は保護者の勤務先に, 迷子を保護した場合はご家族に), nor a scam warned of. */
const TOLD_ON_OK = /発熱|体調|急病|救急|搬送|けが|怪我|事故|緊急|災害|避難|安否|迷子|保護し|落とし物|忘れ物|お迎え|欠席|遅刻|詐欺|不審|架空請求|なりすまし|脅す|脅さ|手口|ご注意|気をつけ|相談/u
const LABEL48_WHO = foldSource('方々|方(?![式法針向面角策])|人たち|人達|人(?![権格気口生間])|皆さん|皆様|みなさん|みなさま|さん|様|たち|達|ども|共|連中|ら(?![ぁ-ゖ])')
const LABEL48_ENDS_WHO = new RegExp(`(?:${LABEL48_WHO})$`, 'u')
/** What the label is about when it is the topic, right after it (…対策, …への対応研修, …と呼ばれる, …扱い). */
const LABEL48_TOPIC = phrase('^(?:への|に対する|との|からの|による)?(?:対策|対応(?:策|マニュアル|研修|方法|の仕方)|問題|研修|講演|講座|セミナー|マニュアル|事例|と(?:呼|よ)ば|と言わ|とい(?:う|った)(?:言葉|呼び方|レッテル)|扱い|呼ばわり|化|予備軍|被害|から(?:職員|教員|先生|教職員)を守)', 'u')
/** Who did it, just before the label (…かけてくるような、いわゆる, 守らない, 文句ばかりの). */
const LABEL48_DID = phrase('(?:[うくすつぬむぶぐるたい]|ない|ず|ような|みたいな|ばかりの|ばっかりの|ばっかの)[、\\s]?(?:いわゆる|所謂|例の|あの)?[、\\s]?$', 'u')
/** Complaining, for モンペ (which is also the work trousers: 久留米絣のモンペをはいて). */
const LABEL48_COMPLAIN = phrase('文句|苦情|クレーム|電話|怒鳴|どな|言って|言う|言い|騒|理不尽|要求|無理難題|口を出|口出し|押しかけ|乗り込', 'u')
function labelledComplainer(sq: string, s: number, e: number): boolean {
  const { start, end } = sentenceOf(sq, s, e)
  const sen = foldString(sq.slice(start, end))
  const at = s - start
  const label = foldString(sq.slice(s, e))
  const after = sen.slice(at + label.length)
  if (LABEL48_TOPIC.test(after) || LABEL48_ABOUT.test(sen) || TEACHING_FO.test(sen)) return false
  const who = LABEL48_ENDS_WHO.test(label)
  // The label alone must end its word (モンスターペアレント, not モンスターペアレント制度の…).
  if (!who && /^[ぁ-ゖー\p{Script=Han}]/u.test(after) && !/^(?:が|は|を|に|の|も|へ|と|から|や|ばかり|ばつかり|[、,])/u.test(after)) return false
  const did = LABEL48_DID.test(sen.slice(Math.max(0, at - 24), at))
  if (/^もんぺ/u.test(label)) return (who && !/^(?:の)?(?:方|人|様)/u.test(label.slice(3))) || (did && LABEL48_COMPLAIN.test(sen))
  return who || did
}
/** … and the ending that wishes it (みればいい, みたらよか, みるといいですよ, みてはいかが, みんしゃい). */
const TRY_WISH = `(?:みれば|みたら|みると|みりゃ|みりや|みんしゃったら)${GOOD}(?=の|ん|と|です|でしょ|じゃ|や|よ|ね|わ|けど|[。！!？?…w笑\\s]|$)|みて(?:は|も)?(?:いかが|どう|如何)|(?:みろ|みなさい|みんしゃい|みんね|みい)(?=[。！!…w笑\\s]|$)`
/** Round 52: what made someone explain or say it again and again, asked of them (何度同じ説明をさせるんでしょうか). */
const CAUSE_AGAIN = '(?:何度|何回|何べん|何遍|なんべん|なんど|なんかい|幾度|いつまで)(?:も)?[、\\s]?[^。！？!?\\n]{0,12}?(?:説明させ|ご説明させ|言わせ|いわせ|書かせ|繰り返させ|くり返させ|答えさせ|お答えさせ|(?:説明|話|こと|事|質問|お願い|案内|ご案内|電話|返事|返信|回答)(?:を)?させ)(?:る|られる)(?:ん|の)?(?:おつもり|つもり|気)?(?:なん|なの)?(?:でしょうか|ですか|だろうか|か|かね|かな|だ|や|と|ね)?(?:ね|な)?(?=[？?。！!…w笑\\s]|$)|(?:何度|何回|何べん|何遍|なんべん|なんど|なんかい|幾度|いつまで)(?:も)?[、\\s]?[^。！？!?\\n]{0,12}?(?:説明させ|ご説明させ|言わせ|いわせ|書かせ|繰り返させ|くり返させ|答えさせ|(?:説明|話|こと|事|質問|お願い|案内|ご案内|電話|返事|返信|回答)(?:を)?させ)(?:れば|たら)(?:気が済|きがす|わか|分か|ご理解|ご納得|理解|納得)'
/** …its 気が済む / 分かる said as the writer's question, not a worry reported (…させるのか、と悩む). */
const WORRY_AFTER52 = /^[？?]?\s?(?:と|って)(?:悩|お悩|思|感じ|嘆|いう|言う|イライラ|いらいら|叱|おっしゃ|言われ|お叱り)/u
/** Round 52: the complaint made without reading (手引きも読まずに文句ばかり, 案内すら見ないで苦情を言われても). */
const UNREAD_COMPLAINT = '(?:も|すら|さえ)[、\\s]?(?:よく|ろくに|ちゃんと|きちんと|一度も)?(?:(?:読ま|見|目を通さ|確認せ|調べ|お読みになら|ご覧になら|ご確認なさら)(?:ず(?:に)?|ないで|ずじまいで)|(?:読ま|見|確認せ|調べ)ん(?:で|と)|(?:読み|見|確認し|調べ|目を通し|ご覧になり|お読みになり)も(?:せず(?:に)?|しないで))[、\\s]?[^。！？!?\\n]{0,12}?(?:文句|苦情|批判|ご批判|クレーム|不満|ご不満|悪口|いちゃもん|難癖|ケチ|けち)(?:ばかり|ばっかり|ばっか|だけ|を(?:言|書|並べ|つけ|おっしゃ|送)|(?:を)?(?:言われ|書かれ|おっしゃられ|送られ|並べられ)(?:ても|まして|ては))'
/** Round 52: the time spent writing or calling held against the reader, with what they could have read instead (長文を書く時間があるなら、手引きの1ページくらいは読めたのでは). */
const TIME_SPENT = '(?:書く|書かれる|お書きになる|書き込む|書き込まれる|投稿する|投稿される|コメントする|コメントされる|打ち込む|並べる|並べられる|送る|送られる|送ってくる|(?:お)?電話(?:を)?(?:する|される|なさる|かける|かけられる|かけてくる|してくる)|言う|言ってくる|おっしゃる|文句を言う|騒ぐ|怒る|怒鳴る)(?:時間|暇|ひま|余裕|元気|気力|エネルギー|労力|体力|根気)(?:が|の)?(?:ある(?:ん|の)?(?:なら|でしたら|だったら|やったら|とやったら)|あったら|あれば|おありなら|おありでしたら|おありになるなら)[、,\\s]?[^。！？!?\\n]{0,40}?(?:(?:読め|読ま|お読みになれ|ご覧になれ|目を通せ|目を通され|調べられ|お調べになれ|確認でき|ご確認いただけ|ご確認になれ|見られ|見れ|でき|理解でき|わかっ|分かっ|お分かりになっ|把握でき)(?:た|る)(?:ん|の)?(?:では|じゃ|はず|でしょう|だろう|と思|やろ|ろう)|(?:読め|お読みになれ|ご覧になれ|調べられ|確認でき|見られ|見れ|でき)たろう|(?:読ん|目を通し|調べ|確認し|ご確認し|ご覧になっ|お読みになっ|お調べになっ|確認され|読まれ)(?:て|で)(?:は(?:いかが|どう)|みては|みたら|いただけ|いただきた|もらえ|もらいた|ください|くれ|ほしい|欲しい))'
/** Round 59: English insults said to someone as a form of address. */
const EN_INSULT = '(?:idiot|moron|dumbass|imbecile|dimwit|halfwit|nitwit|cretin|loser|stupid|fool|jerk)'
const EN_INSULT_ADJ = '(?:stupid|dumb|bloody|silly|total|complete|absolute|fucking|f\\*{1,4}ing)'
/** Round 64/65: a speech called poor (要領を得ず, 的外れ, 何が言いたいのか, お粗末). */
const BELITTLED = '(?:要領(?:を|ば|の|が)?得(?:ず|ない|ません|ん|なかっ|られ(?:ず|ない|ません|ん))|的外れ|まとはずれ|意味不明|支離滅裂|お粗末|おそまつ|何が言いたいの|何ば言いたいと|何を言いたいのか|聞くに(?:堪|耐)え|見るに(?:堪|耐)え|レベルが低|中身が(?:な|薄|空)|中身のな|稚拙|ピント外れ|しどろもどろ|ぐだぐだ|グダグダ)'
/** … denied or relayed right after (ではありません, との声, という批判). */
const BELITTLED_NOT = phrase('^[^。！？!?\\n]{0,6}?(?:では(?:な|あり)|じゃな|とは(?:言え|思い|限)|との|という|といった|と(?:の)?(?:声|批判|ご指摘|ご意見)|と(?:言|い)われ|と(?:書|か)かれ)', 'u')
/** … our own apology in the sentence (ご迷惑をおかけ, お詫び, 申し訳). */
const BELITTLED_OWN = phrase('ご迷惑をおかけ|お詫び|おわび|申し訳|反省|失礼いたしました|すみません', 'u')
/** Round 65: a resident's words said back before the question (…っておっしゃいますけど, …って言われても, …と言いよるけど). */
const RETORT_FRAME = phrase('(?:って|と)[、\\s]?(?:おっしゃ|仰|言われ|言い|いわれ|言う|いう|言っ|書かれ|書い|書き込ま)[^。！？!?\\n]{0,8}?(?:けど|けれど|が[、,]|ても|ましても|ですが)', 'u')
/**
 * Blind set R75A, as kinds.
 * - The asker told that asking again will not change the answer (R75A-097: 何度も同じご説明をしておりますが、…。これ以上同じ質問を
 *   繰り返されても、お答えは変わりません; 何度お問い合わせいただいても、回答は同じです, 何回聞かれても答えは一緒ですけん, いくらお電話を
 *   いただきましても市の回答が変わることはございません, 繰り返しご質問いただいても、これ以上お答えできることはございません): a repeat marker,
 *   a verb of asking in the passive or in honorific giving (聞かれ, ご質問いただい), 〜ても, then the answer said not to change or no more
 *   to be said: a brush-off. Not a fee or a result that does not change however often one uses or applies (何度ご利用いただいても、料金は
 *   変わりません, 何度申請されても審査結果は変わりません: no asking), not asking without a repeat (電話でお問い合わせいただいても、窓口で
 *   お尋ねいただいても、回答は同じです), not a reassurance (ご安心ください), not a complaint reported (…とのご意見).
 */
const REPEAT_ASK = '(?:これ以上|(?:何度|何回|何べん|なんべん|なんど|なんかい|幾度|何遍)(?:も|と)?|いくら|繰り返し|くり返し|再三|毎回|毎度)[、\\s]?[^。！？!?\\n]{0,16}?(?:(?:聞か|訊か|きか|尋ねら|たずねら|問い合わせら|質問さ|お問い合わせさ|問い合わせさ|電話さ|お電話さ|言わ|いわ|ゆわ|書き込ま|コメントさ|繰り返さ|くり返さ|おっしゃら|求めら|要望さ)れ|(?:お|ご)?(?:問い合わせ|問合せ|質問|電話|尋ね|聞き|訊き|相談|連絡|要望)(?:を)?(?:いただい|いただき|頂い|頂き|くださっ|下さっ|され|なさっ|になっ|し))(?:ても|たって|たっちゃ|たとしても|まして(?:も)?)[、\\s]?[^。！？!?\\n]{0,12}?(?:(?:お答え|答え|こたえ|回答|ご回答|結論|結果|返事|お返事|返答|ご返答|説明|ご説明|市の考え|考え|方針|判断|工期|予定|日程|計画|スケジュール|期間|時期|決定|扱い|順番|ルール|規則|工事の予定|工事期間)(?:は|が|も)?[、\\s]?(?:変わり(?:ません|ませ|は(?:しません|ありません))|変わらない|変わらん|かわらん|かわりません|変わることは(?:ありません|ございません|ない|なか)|同じ(?:です|でございます|だ|や|ですけん|ですよ|ですので|ですから|なんで|なので)|おんなじ(?:です|だ|や|ですけん)?|一緒(?:です|だ|や|ですけん|ですよ)|変更(?:は)?(?:ありません|ございません|できません))|(?:これ以上)?[、\\s]?(?:お答えできる|お答えする|申し上げる|申し上げられる|ご説明できる|ご説明する|回答できる|回答する|お伝えできる|お伝えする)こと(?:は|も)?[、\\s]?(?:何も|なにも)?(?:ありません|ございません|ない|なか))'
/**
 * - …and the answer opened, in a reply, by telling the asker it has been explained the same way again and again (何度も同じご説明を
 *   しておりますが、免除の申請は…, 再三同じご案内をしておりますが, 何回も同じ説明しよるけど, 何度も同じことをお伝えしていますけど): the
 *   asker is reproached before being answered. Not an apology (何度も同じご説明をしてしまい申し訳ありません, 同じご案内になり恐縮ですが),
 *   not a reminder marked as one (大切なことなので改めて), not a post (a notice repeated to everyone).
 */
const SAID_AGAIN = '(?:(?:何度|何回|何べん|なんべん|なんど|幾度|何遍)(?:も)|再三|再々|繰り返し|くり返し|毎回|毎度)[、\\s]?同じ(?:ご説明|説明|ご案内|案内|回答|ご回答|お答え|こと|事|内容|話)(?:を|ば)?[、\\s]?(?:し|いたし|させていただい|させてもらっ|お伝えし|お伝えいたし|申し上げ|書い|お書きし)(?:て|と|よ|ちょ)?(?:おります|おりました|います|いました|いる|る|ります|ました|きました|きたんです|まいりました|ます|る)?(?:が|けど|けれど|けども|のですが|んですが|んやけど|っちゃけど)(?=[、,\\s])|(?:(?:何度|何回|何べん|なんべん|なんど|幾度|何遍)(?:も)|再三|再々|繰り返し|くり返し|毎回|毎度)[、\\s]?同じ(?:ご説明|説明|ご案内|案内|回答|ご回答|お答え|こと|事|内容|話)(?:に|と)[、\\s]?(?:なり(?:ます)?|なる|なっ(?:てしまい|ちゃい)?ます|なっとる|なりよる|なるっちゃ|なるばってん)(?:が|けど|けれど|けども|のですが|んですが|んやけど|っちゃけど|ばってん)?(?=[、,\\s])'
/** The opener as an apology or a reminder marked as one. */
const SAID_AGAIN_OK = /申し訳|すみません|恐縮|お詫び|おわび|失礼|大切|大事|重要|念のため|念の為|改めて|あらためて|ありがとう/u
/** A reassurance or a complaint reported around it (ご安心ください, とのご意見). */
const REPEAT_ASK_OK = /安心|お気軽|遠慮なく|どうぞ|ぜひ|とのご意見|というご意見|との声|という声|とのご指摘|というご指摘|と言われ|とお叱り|お叱り|詐欺|不審|勧誘|セールス|業者/u
/**
 * - Another town, named or as the neighbour, and what it offers called stale or dull (R75A-137: お隣の筑水市さんの返礼品、毎年同じ
 *   ラインナップで正直ネタ切れ感ありますよね笑; 隣町の花火大会、今年もマンネリ気味でしたね😏, 大川市さんのゆるキャラ、正直もう代わり映え
 *   しないっすね（笑）, よその町のマルシェって毎回おんなじ店ばっかりで飽きるよね〜w, お隣さんの返礼品はぱっとせんけん): a jab at a
 *   neighbour. Not a joint venture or a shared worry (合同で、マンネリ化しないよう; 柳川も; 課題), not our own offering (柳川の返礼品は…
 *   ネタ切れ感がありました), not negated or praised (マンネリ知らず, 飽きませんね), not a finding reported (…しやすいとのことです).
 */
const STALE = '(?:ネタ切れ|ねた切れ|ネタぎれ|マンネリ|(?:代わり映え|変わり映え|かわりばえ)(?:が|の|も)?(?:しな|せん|せず|しませ)|(?:新鮮味|新鮮さ|目新しさ)(?:が|も|の)?(?:ない|無い|なか|ありません|ゼロ|皆無)|(?:飽き|あき(?!たこまち|たけん|た県|た市|る野))(?:る|た|ちゃ|てき|が(?:来|き)|られ|ます(?!ん)|まし(?=た))|(?:ぱっと|パッと)(?:しな|せん|せな|しませ)|しょぼ(?:い|か|す|く)|ショボ(?:い|か|す|く)|ありきたり|二番煎じ|古臭|古くさ|時代遅れ|地味(?:すぎ|過ぎ|やな|だな))(?!(?:化)?(?:しな|せず|させな|知らず|しらず|とは無縁|を防|を打破|を脱|からの脱|打破|防止|対策|解消|にならな|になりませ|を感じさせな|ない|なし|無し|(?:では|じゃ)(?:ない|なか|ありません)))'
/** The stale word negated a little later (飽きる様子もなく, マンネリになることはありません). */
const STALE_NEGATED = /^[^。！？!?\n、]{0,8}?(?:なく|ない|ません|ず(?:に)?|なか|無縁|知らず)/u
/** The other town named before the stale word, in the sentence or the one before, and not our own side named after it. */
function otherTownBefore(sq: string, s: number, e: number): boolean {
  const cur = sentenceOf(sq, s, e)
  const from = cur.start === 0 || sq[cur.start - 1] === '\n' ? cur.start : sentenceOf(sq, cur.start - 1, cur.start - 1).start
  const lead = sq.slice(from, s)
  const masked = lead.replace(NOT_TOWN, (m) => '＃'.repeat(m.length))
  const town = [...masked.matchAll(new RegExp(`${OTHER_TOWN49.source}|${OTHER_TOWN47}|お隣|隣町|隣の(?:市|町|まち)`, 'gu'))].at(-1)
  if (!town || town.index === undefined) return false
  // Our own side named after the other town (大川市の友人に、柳川の祭りはマンネリと言われました): ours is what is called stale.
  return !OUR_SIDE.test(lead.slice(town.index + town[0].length))
}
/** Blind HK: ご意見 as the topic of a procedure said to everyone, with no least thing named and no critic nearby. */
function opinionProcedure(sq: string, s: number, e: number): boolean {
  const m = sq.slice(s, e)
  if (!/^(?:ご意見|意見)/u.test(m)) return false
  if (/せめて|少しは|ちょっとは|くらい|ぐらい|ちゃんと|きちんと|一度くらい|まず(?:は)?ご自分|ご自分|ご自身|実際に/u.test(m)) return false
  const rest = withPrevious(sq, s, e).replace(m, '')
  return !/[@＠]|あなた|あんた|お前|文句|苦情|批判|クレーム|ケチ|難癖|とのこと|おっしゃ|書き込|ご不満|不満/u.test(rest)
}
/**
 * Blind R84A: a group of residents described by a duty they leave undone, set against the complaints they still make (施設にすべて
 * 任せきりで面会にも来ないのに、苦情だけは毎週お電話くださるご家族が一部いらっしゃいます, 行事には参加しないくせに、文句だけは一人前の保護者,
 * 会費も払わんとに、注文ばっかり多か人): a dig at those people, in keigo or dialect. The contrast is a negated verb before のに / くせに
 * and only the complaint (苦情だけは, 文句ばかり), then the people. Not an adjective (参加者が少ないのに), not ご意見 thanked, not a
 * voice reported.
 */
const UNDONE = '(?<!少|危|汚|幼|問題|関係|仕方|仕方が|しかた|申し訳|もったい|間違い|違い|足り|切れ)(?:ない|ず|ん|へん|なか|ません)(?:のに|くせに|くせして|とに|ってのに)[、\\s]?(?:苦情|文句|クレーム|注文|要求|口出し|口|不満|権利|いちゃもん|ケチ|難癖)(?:だけ|ばかり|ばっかり|ばっか)(?:は|が|を|で)?(?=[^。！？!?\\n]{0,24}?(?:方|人|者|ご家族|家族|保護者|親御さん|親|利用者|住民|市民|連中|お客さん|お客様|客|奴|やつ|輩))'
const UNDONE_OK = /感謝|ありがと|お礼|との(?:声|ご意見)|という(?:声|ご意見)/u
/**
 * Blind R84A: a critic or the reader addressed credited, by a knowing guess in keigo, with a confidence that they will never meet the
 * fate they deny others (ご自身は一生年を取らず、病気にもならない自信がおありなんでしょうね, あなたは一生病院にかからない自信があるんでしょうね,
 * 自分は死ぬまで車いすば使わん自信があるっちゃろうね, 一生年ば取らんおつもりなんやろね): sarcasm. The addressee is the subject (ご自身は,
 * あなたは); a never (一生, 絶対, 死ぬまで) and a negation come before 自信 / つもり. Not advice (…自信がある方も、健診は受けましょう),
 * not an athlete admired (選手の皆さんは、絶対に負けない自信がおありなんでしょうね).
 */
const NEVER_SURE = '(?:一生|絶対(?:に)?|永遠に|死ぬまで|生涯|決して|この先ずっと|いつまでも)[^。！？!?\\n]{0,30}?(?:ない|ず|ん|なか|ません)[、\\s]?(?:という|って|との)?[、\\s]?(?:(?:ご)?(?:自信|確信|保証)(?:が|を|でも)?[、\\s]?(?:おあり|お持ち|ある|あり|あっ|持って(?:い|お)?(?:る|られる|らっしゃる)?)|(?:お)?つもり)(?:なの|なん|の|ん|と|で(?:いらっしゃる|おられる)(?:の|ん))?(?:でしょう|だろう|やろう|やろ|っちゃろう|っちゃろ|じゃろう|じゃろ)(?:ね|な|ねえ|か)?(?=[。！!…、w笑\\s😊🙄😌]|$)'
const NEVER_WHO = /(?:ご自身|ご自分|ご本人|あなた|あんた|お前|おまえ|(?<![私僕俺])自分)(?:だけ|ら|たち)?(?:は|が|って|こそ|も)/u
/**
 * Blind R84A/R85A: an exasperated "by now" request to someone addressed or who keeps at it (…これまでに何度もご説明しております。
 * そろそろご理解いただけませんでしょうか, 毎回…書き込んでくる中原さん、そろそろ静かにしてもらえますか？, いい加減覚えてもらえませんか,
 * そろそろ分かってくれんですか): a brush-off that talks down, a warning. Only after repeats or with someone named or addressed; not a
 * notice to everyone (キャンプ場の皆さん、そろそろお静かにしていただけますか), not a past question (ご理解いただけましたでしょうか).
 */
const BY_NOW = '(?:そろそろ|いい加減|いいかげん|よか加減|ええ加減|いい加減に|もういい加減)[、\\s]?(?:(?:ご理解|ご納得|ご承知|お分かり|おわかり)(?:いただけ|願え)(?:ます|ません|ん|ない)(?:でしょう)?か|(?:理解|納得|把握|学習)(?:して|し)(?:いただけ|もらえ|くれ)(?:ます|ません|ん|ない)(?:です|でしょう)?か|(?:覚え|おぼえ|分かっ|わかっ|(?:お)?静かにし|しずかにし|黙っ|だまっ|おとなしくし|大人しくし)(?:て|で)(?:いただけ|もらえ|くれ|くださ)(?:ます|ません|ん|ない|らん|へん)(?:です|でしょう)?か)(?=[。！!？?…、\\s😤🙄💢]|$)'
const BY_NOW_CUE = /何度|何回|何べん|再三|繰り返し|毎回|毎度|毎日|毎週|いつも|これまで|以前から|前にも|以前にも|同じ(?:こと|質問|ご質問|内容|説明|ご説明)|書き込|投稿欄|コメント欄|文句|苦情|クレーム/u
/**
 * Blind R86A: the addressee's complaints called noise with a gap for what they do with them (毎日毎日避難所の文句ばっかり書き込んで、
 * せからしか, 苦情ばっかり言うてきて、ほんとうるさか, 文句ばかり並べて、やかましい人ですね; せからしい is 筑後弁 うるさい): a
 * warning, as 要望ばっかりでうるさい. Not a noise quoted or reported (…花火がうるさいとの苦情ばかり), not a source of noise in the gap.
 */
const COMPLAINTS_NOISY = '(?:文句|苦情|クレーム|注文|要求|いちゃもん|ケチ|けち|批判|難癖|不満)(?:ばっかり|ばかり|ばっか|ばっかし|ばかし)[^。！？!?\\n]{1,14}?(?:せからし(?:か|い|かね|かばい|かー|かぁ|かっちゃ|かけん)?|うるさ(?:い|か|いわ|いです|いんよ)|やかまし(?:い|か|いわ|いです))(?![くさげが])'
const COMPLAINTS_NOISY_OK = /音|声|騒音|工事|車|バイク|犬|鳴き声|雷|花火|が|という|との|って言/u
/** …and the people addressed in the gap (苦情ばかり書き込んでいる皆さん、うるさいです): called noisy themselves, the insult of round 28 reads it. */
const COMPLAINTS_NOISY_WHO = /皆さん|皆様|みなさん|方々|方、|人、|あなた|あんた|お前|おまえ|連中|奴ら|やつら/u
/**
 * Blind R86A: a complainer told to stay home or go elsewhere if they are unhappy, said as a permission (ご不満でしたら、ご自宅で過ごして
 * いただいて結構です, お嫌でしたら、ご自宅でお過ごしいただいても構いません, ご不満なら家に帰ってもらって結構です, 嫌なら家におってよか):
 * a brush-off, the positive twin of 嫌なら来なくて結構. The gap must send them home or away (自宅, 家, よそ, 帰って, 移って); not help
 * offered (担当課までご連絡いただいて結構です, オンラインで参加していただいても結構, 別の回にお申し込みいただいても構いません), and 嫌 (not ご不満) only after a complaint.
 */
const DISLIKE_AWAY = '(?:お?嫌い|お?嫌|ご不満|不満|気に入らない|お気に召さない)(?:なら|でしたら|のでしたら|のなら|だったら|であれば|ならば|とおっしゃるなら|というなら)[、\\s]?([^。！？!?\\n]{1,24}?)(?:(?:て|で)(?:いただいて|頂いて|もらって|くださって)?|いただいて|頂いて)(?:も)?[、\\s]?(?:結構|構いません|かまいません|構わない|かまわない|いい(?:です|よ|ですよ)?(?=[。！!、\\s]|$)|よい(?:です)?(?=[。！!、\\s]|$)|よか(?:よ|ばい|です|けん)?(?=[。！!、\\s]|$))'
/** Told, if unhappy, to use another place's facility instead: the condition, another place, then use offered as a suggestion. */
const DISSATISFIED_ELSEWHERE = '(?:お?嫌い|お?嫌|ご不満|不満|気に入らない|お気に召さない)(?:なら|でしたら|のでしたら|のなら|だったら|であれば|ならば|とおっしゃるなら|というなら)[、\\s]?(?:お隣|隣|よそ|他所|他の|ほかの|別の|近隣|近くの|民間)[^。！？!?\\n]{0,16}?(?:ご利用|利用|お使い|使|行か|行っ|行け|移)[^。！？!?\\n]{0,12}?(?:いかが|どう(?:です|でしょう|ですか|か)|よろしい(?:かと|のでは)|いい(?:のでは|んじゃ|と思|ですよ)|よか(?:です|ばい|よ|たい)?(?=[。！!、\\s]|$))'
const AWAY86 = /自宅|自分の家|お家|おうち|お宅|家に|家で|家へ|家に帰|実家|よその|よそで|よそへ|よそに|他所|帰って|お帰り|帰られ|出て|移って|移られ|お移り/u
const AWAY_OK = /申し込|申込|相談|連絡|問い合わせ|お知らせ|申し出|ご意見|お寄せ|お聞かせ|交換|返金|取り替え|オンライン|参加|配信|視聴|受け取|郵送|申請|予約/u
const COMPLAINED86 = /[@＠]|とのこと|ご意見|ご指摘|苦情|文句|批判|クレーム|不満|冷たい|まずい|遅い|狭い|寒い|暑い|うるさい/u
const CRITIC_ENERGY = `(?:文句|苦情|批判|クレーム|悪口|ケチ|いちゃもん|難癖|陰口|誹謗|中傷|揚げ足|あら探し|粗探し)(?:を|の|ばかり|ばっかり|ばっか)?[^。！？!?\\n]{0,10}?(?:書|言|い(?:う|っ)|する|さ(?:れ|る)|なさ|おっしゃ|寄せ|投稿|電話|並べ|つけ|付け|ぶつけ|送|叩|たた|打ち込|くださ|こられ)[^。！？!?\\n]{0,8}?(?:(?:ほどの|ほど|だけの|くらいの|ぐらいの)?${ENERGY}(?:が|の)(?:ある|あり余る|有り余る|(?:あり|有り)?余って(?:いる|る|いらっしゃる|おられる)|おあり(?:になる|の)?)|(?:ほど|くらい|ぐらい)?(?:お?元気|お?暇|ひま)(?:な|そうな))(?:方|人|方々|皆さん|皆様|みなさん|みなさま|お方|人たち|連中)(?:は|には|なら|でしたら)?[、\\s]?[^。！？!?\\n]{0,14}?(?:(?:その|そのお|同じ)${ENERGY}(?:を|ば|は|で|の一部(?:でも)?を)[^。！？!?\\n]{0,24}?(?:向け|使|回|注|生か|活か|役立て|充て|費や|割い|割け)|(?:ぜひ|是非|どうぞ)[^。！？!?\\n]{0,20}?(?:ボランティア|手伝|お手伝|参加|清掃|草取り|土のう|泥かき))`
const CRITIC_ENERGY_OK = /恐れ|気にせ|気にし|受け止め|負けず|めげず|乗り越え/u
/**
 * Blind R87A: the asker told, before asking again, to check what they already have first (何度もお尋ねになる前に、まずはお手元の資料を
 * ご確認いただけますと助かります, 同じことを何回も聞かれる前に、一度お手元の案内をお読みいただけますか, 何べんも電話してくる前に、まず
 * 広報ば見てくれんね): condescension in keigo, a warning. The repeat (何度も, 何回も, 毎回, いちいち) and the asking come before 前に;
 * not a notice's order (お問い合わせの前に、まずは入場券をご確認ください), not a visit spared (何度も窓口に来ていただく前に、まずはお電話で).
 */
const ASK_AGAIN_FIRST = '(?:何度も|何回も|何べんも|何遍も|再三|毎回|いちいち|しょっちゅう|たびたび|度々)[^。！？!?\\n]{0,10}?(?:お尋ね|尋ね|聞か|聞く|聞いて|きく|きか|お聞き|質問|ご質問|お問い合わせ|問い合わせ|問合せ|お電話|電話|コメント|書き込)[^。！？!?\\n]{0,8}?前に[、\\s]?[^。！？!?\\n]{0,20}?(?:ご確認|確認|お読み|読んで|読め|ご覧|見て|目を通|調べ|お調べ)'
/**
 * Blind R88A: sarcastic thanks to people for a nuisance, the thanks marked by an eye-roll (今日も熱心なエサやりおつかれさまです🙄, ご熱心
 * ですね😒) or a pest credited as glad of it (おかげでカラスも毎朝大喜びですね, おかげでネズミも元気いっぱいです): a warning. Not thanks with
 * a smile (おつかれさまです😊), not a pest kept away (防鳥ネットのおかげで、カラスも寄り付かなくなりました), not a creature that is welcome
 * (清掃のおかげで、ホタルも大喜び).
 */
// (Blind R265G-041 kind: …the thanks drawn out with a wave dash before the eye-roll: 通報ごっこおつかれさま〜🙄.)
const EYE_ROLL = '(?:お疲れ(?:さま|様)|おつかれ(?:さま|様)|ご苦労(?:さま|様)|ありがとう(?:ございます)?|感謝(?:して(?:おり)?ます|いたします|です)|ご熱心(?:ですね|なこと|です)|さすが(?:です)?|頭が下がります)(?:です|でした)?(?:ね|よ|ねえ)?[〜ー～~]{0,3}[、\\s]?(?:🙄|😒|😑|（呆）|\\(呆\\)|（あきれ）)'
const PEST88 = '(?:カラス|からす|鴉|烏|ハト|はと|鳩|ネズミ|ねずみ|鼠|ゴキブリ|ハエ|はえ|蠅|蚊|害虫|野良猫|野良ねこ|のら猫|イノシシ|いのしし|猪|アライグマ|シロアリ|ムクドリ|ドバト)'
const PEST_GLAD = `おかげ(?:さま)?で[、\\s]?[^。！？!?\\n]{0,12}?${PEST88}(?:たち|達|ども)?(?:も|が|は|まで)[、\\s]?[^。！？!?\\n]{0,8}?(?:大喜び|喜んで|よろこんで|大満足|ご満悦|大繁殖|増え放題|元気いっぱい|まるまる太|丸々と太|太って|大はしゃぎ|集まり放題|食べ放題)`
/**
 * Blind R89A: the reader's ability presumed after repeated failures, said with さすがに / いくらなんでも (何度貼っても読んでくださらない方が
 * …作り直しました。さすがにこれなら読めますよね, さすがにここまですれば分かりますよね？, いくらなんでもこれなら理解できるでしょう): sarcasm
 * at residents, a warning. Only after a failure or to someone addressed in the sentence or the two before; not a riddle answered
 * (さすがにこれは読めませんよね: negative), not a hardship (さすがにこれだけ寒いと…).
 */
const SURELY_NOW = '(?:さすがに|流石に|いくらなんでも|いくら何でも)[、\\s]?(?:これ|ここまで|この|こんだけ|これだけ|こんなに)[^。！？!?\\n]{0,12}?(?:読め(?:ます|る)|(?:分|わ)か(?:ります|る)|(?:お分|おわ)かり(?:いただけ(?:ます|る)|になります|になる|でしょう)|理解(?:でき(?:ます|る)|いただけ(?:ます|る))|ご理解いただけ(?:ます|る)|お読み(?:いただけ|になれ)(?:ます|る)|見え(?:ます|る)|(?:見つけ|覚え)られ(?:ます|る)|守れ(?:ます|る)|気づけ(?:ます|る))(?:よね|でしょう|でしょ|だろう|だろ|やろ|じゃろ|よな)'
const FAILED88 = /何度|何回|何べん|再三|繰り返し|ない方|ない人|ない皆|くださらない|いただけない|もらえない|守らない|守られない|読まない|読まれない|見ない|見てない|分からない|わからない|伝わらない|気づかない|[@＠]|あなた|あんた|お前|おまえ/u
/**
 * Blind R89A: another town's event run down as empty, set against ours doing well (お隣のまちの国際交流イベントは、毎年ガラガラだと
 * 聞きますが、柳川のフェスタは今年も大盛況でした, 大川市さんの花火はいつも閑古鳥らしいですが、うちは毎回満員です): a fight picked with
 * a neighbour, a warning. The other town, then its emptiness, then ours doing well, in the sentence or the next; not a joint event, not
 * our own empty hall, not a report of the other town alone (お隣のまちのバスは昼間はガラガラだそうで…).
 */
const TOWN88 = '(?:お隣|おとなり|隣|となり|近隣|よそ|他所|ほか|他|近く|どこか|どっか)の(?:まち|町|街|市|村|自治体|地域|県)(?:さん)?|[一-龠々]{1,4}(?:市|町|村)さん'
const EMPTY_THEIRS = `(?:${TOWN88})[^\\n]{0,40}?(?:ガラガラ|がらがら|ガラ空き|がら空き|閑古鳥|閑散|人がまばら|まばら|人が(?:来ない|こない|少ない|集まらない)|誰も(?:来ない|こない|いない)|盛り上がらない|盛り上がってない|不人気|寂しい|さびしい)[^\\n]{0,60}?(?:柳川|やながわ|うち(?:の|は|では)|本市|当市|こちら(?:は|の))[^\\n]{0,30}?(?:大盛況|盛況|にぎわ|賑わ|満員|満席|完売|行列|大成功|大人気|好評)`
/**
 * Blind R89A: feigned surprise that the critic addressed did not read or check even the least (伝統を大切になさる方が、まさか講座の
 * 案内文すら最後まで読まれていないとは思いませんでした, チラシすら見ていないとは驚きました, 議事録さえ確認されていないとは意外でした):
 * sarcasm, a warning. すら / さえ (or まさか with も) before a reading verb denied, then とは and surprise; only with a person in the sentence,
 * not the writer's own slip (まさか私自身が…読んでいなかったとは; an apology), not a praise (最後まで読んでくださる方が多いとは).
 */
const NOT_EVEN_READ = '(?:すら|さえ|まさか[^。！？!?\\n]{0,20}?も)[、\\s]?[^。！？!?\\n]{0,12}?(?:読ま|お読みにな|目を通さ|目を通され|ご覧にな|見て(?:い|お)?|見ら|確認(?:さ|し|され|して(?:い|お)?)|ご確認(?:さ|され)|調べ|お調べにな)(?:れ|っ)?(?:て|で)?(?:い|お|おられ|いらっしゃら)?(?:ない|なかった|ず|ません|とらん|とらんかった|ておられない)(?:とは|なんて)[、\\s]?(?:思いませんでした|思わなかった|思わんかった|思いもしませんでした|思いもよりませんでした|驚き|おどろき|意外|夢にも|びっくり|想像もし)'
const PERSON88 = /方|人|者|さん|様|あなた|あんた|お前|おまえ|[@＠]|皆|連中/u
// --- Blind sets R90A/R91A kinds ---
/** R90A-029: the reader's ability to read or understand doubted with まさか…ないわけではないですよね？ */
const MASAKA_CANT = 'まさか[、\\s]?[^。！？!?\\n]{0,16}?(?:読め|よめ|お読みになれ|分から|わから|お分かりになら|理解でき|ご理解いただけ|見え|見れ|見られ|書け|数えられ|聞こえ)(?:ない|ん)(?:わけ|って(?:こと|わけ)|なんてこと|ということ)?(?:は|では|じゃ|や)?(?:ない|ありません|ございません|なか|ねえ)(?:(?:です|でしょう|やろ|っしょ)?(?:よね|よな)[？?]?|(?:です|でしょう|やろ)?(?:か|ね)?[？?])'
/** R90A-051: mock wonder that someone holds a job with so poor a showing (よくあれで…務まるものだ). */
const HOW_HELD = '(?:よく|よくも|よう|ようも)[、\\s]?(?:あれ|それ|あんなん|そんなん|あんなの|そんなの|あの程度|その程度|この程度|あのレベル|そのレベル|あの程度の[^。！？!?\\n]{0,10}?|その程度の[^。！？!?\\n]{0,10}?)で[、\\s]?[^。！？!?\\n]{0,16}?(?:(?:務ま|勤ま|つとま)(?:る|ります|って(?:いる|います|おられ|いらっしゃ|る|ます))|通用(?:する|します|してい)|やって(?:いけ|いられ|られ)(?:る|ます)|(?:お金|給料|報酬)(?:が|を)?(?:取れ|もらえ|いただけ)(?:る|ます)|(?:記者|プロ|専門家|議員|担当)(?:を)?名乗れ(?:る|ます))'
/** R90A-078: a parent told to do the least thing for their child at home (お子さんの宿題くらい、ご家庭で見てあげてはいかが). */
const CHILD_LEAST = '(?:子|子ども|子供|こども|お子さん|お子様|お子さま|孫)の[^。！？!?\\n]{0,8}?(?:くらい|ぐらい)(?:は)?[、\\s]?(?:自分|ご自分|ご自身|親|親御さん|保護者|ご家庭|家庭|家|おうち|ご自宅|自宅)(?:で|が)[^。！？!?\\n]{0,12}?(?:(?:ては|たら|れては|れたら)(?:いかが|どう|如何)|てください|て下さい|てほしい|て欲しい|ていただけ|ていただきたい|てもらえ|とかんね|とけ|なさい|るべき|べき)'
/** R90A-078: the school or the office said not to be a servant service, as the reason for a brush-off (学校は託児所ではございませんので). */
const NOT_SERVANT = '(?:学校|市役所|役所|役場|市|窓口|図書館|公民館|施設|ここ|こちら|うち|当館|当課|職員|先生|教員|教師|行政)(?:は)[、\\s]?(?:託児所|便利屋|何でも屋|なんでも屋|よろず屋|ベビーシッター|家政婦|召使い|お手伝いさん|タクシー|あなたの(?:召使い|家政婦|秘書|お母さん))(?:では|じゃ)(?:ございません|ありません|ない|なか|ねえ)(?:ので|から|けん|んで|んですよ|んです|ですから)(?:ね)?(?=[。！!…\\s]|$)'
/** R91A-006: the asker asked whether they read it all before asking (最後までお読みになったうえでのご質問でしょうか？). */
const READ_FIRST_Q = '(?:お読みにな|読ん|読まれ|ご覧にな|目を通さ|目をお通しにな|確認さ|ご確認にな|ご確認いただい|お調べにな|調べ|調べられ)(?:っ|れ)?(?:た|だ)(?:うえ|上|後|あと)での(?:ご質問|質問|ご意見|意見|ご批判|批判|コメント|ご指摘|指摘|書き込み|ご発言|発言|ご主張|主張|お問い合わせ|問い合わせ)(?:でしょうか|ですか|なのでしょうか|なんでしょうか|なんですか|ですかね|でしょうかね|やろか|と(?:です|や)か)'
/** R91A-006: the asker asked for a question with more substance next time (もう少し中身のあるご質問をいただけると助かります). */
const SUBSTANCE = '(?:もう少し|もうちょっと|もうちょい|少しは|ちょっとは|もっと)[、\\s]?(?:(?:中身|内容|意味|実)(?:の)?(?:ある|伴った|伴う)|まともな|ましな|マシな|建設的な|生産的な|有意義な)(?:ご質問|質問|ご意見|意見|コメント|ご指摘|ご批判|批判|ご主張|主張|議論|書き込み|投稿)(?:を|が)?[^。！？!?\\n]{0,8}?(?:いただけ|いただき|ください|下さい|ほしい|欲しい|お願い|願いたい|助かり|期待|もらえ|くれ)'
/** R91A-035: thanks for the effort said in sarcasm (ご苦労さまなことです, ご苦労なこった). */
const GOKUROU = '(?:ご苦労|御苦労|ごくろう)(?:さま|様|さん)?(?:な|なる)(?:こと|こった|事)(?:です|でございます|だ|で|やね|ですね|ですこと|ですな)?'
/** R91A-090: opponents' case called only emotional (感情的なご主張ばかりで). */
const EMOTIONAL = '(?:感情的な|感情論の|感情論ばかりの|感情だけの|感情任せの)(?:ご主張|主張|ご意見|意見|ご批判|批判|コメント|投稿|書き込み|反論|言い分|お話|ご発言|発言|訴え)(?:ばかり|ばっかり|ばかし|だけ|のみ)(?!(?:では|じゃ|でなく|が|を|に|の|と|も))'
/** R91A-090: opponents said by a knowing guess not to mean to talk in earnest (建設的な議論をされるおつもりはないようですね). */
const NO_INTENT = '(?:建設的な|冷静な|まともな|真面目な|まじめな|前向きな|誠実な)?[、\\s]?(?:議論|話し合い|お話し合い|対話|ご対話|意見交換)(?:を|に)?(?:する|される|なさる|していただく|応じる|応じられる)?(?:お)?(?:つもり|気|意思|ご意思|お気持ち)(?:は|が|も)[、\\s]?(?:ない|ありません|ございません|おありでない|なか|なさそう)(?:よう|らしい|みたい|と見え|のでしょう|んでしょう|んやろ|っちゃろ)'
/** R96A-040: weariness at what residents say (その言い訳はもう聞き飽きました, 同じ苦情は耳にタコができました). */
const HEARD_ENOUGH = '(?:言い訳|言いわけ|いいわけ|言い分|弁解|弁明|苦情|文句|クレーム|ご意見|ご質問|質問|お問い合わせ|問い合わせ|お話|話|セリフ|せりふ|台詞|同じこと|同じ事)(?:は|も|なんか|なんて|には|を)?[、\\s]?(?:正直|もう|いい加減|いいかげん|本当に|ほんとに|ほんと|さすがに|とっくに|すっかり|毎年|毎回)?[、\\s]?(?:もう|正直)?[、\\s]?(?:(?:聞き飽き|聞きあき|ききあき|聞き厭き|聴き飽き|見飽き)(?:ました|まして|た(?![らりか])|ています|ておりま|てます|てる|とる|ちょる|とります)|聞き飽い(?:た|とる|ちょる)(?![らりか])|耳にタコ(?:が)?[、\\s]?(?:でき(?:ました|た|とる|ています|てます|そう)|できる(?:ほど|くらい|ぐらい)[^。！？!?\\n]{0,6}?(?:聞きました|聞いた|聞いとる|聞いています)))'
/** R96A-040: a lapse called a thing simply solved by the person's own care (カレンダーに書いておけば済む話です). */
const SIMPLE_FIX = '(?:書いて|メモして|控えて|覚えて|確認して|チェックして|見て|読んで|調べて|登録して|入れて|貼って|セットして)(?:おけ|おきさえすれ|おきゃ|おきゃあ)ば[、\\s]?(?:それで|すぐ|簡単に)?[、\\s]?済(?:む|んだ)(?:だけの)?(?:話|こと)(?:です|でしょう|だ|や|じゃ|なんです|なんですけど|なのに|ですけど|ですよね|ですが|ですよ|やろ|たい|ばい)|(?:確認|チェック)(?:すれ|さえすれ)ば[、\\s]?(?:それで|すぐ|簡単に)?[、\\s]?済(?:む|んだ)(?:だけの)?(?:話|こと)(?:です|でしょう|だ|や|じゃ|なんです|なんですけど|なのに|ですけど|ですよね|ですが|ですよ|やろ|たい|ばい)'
/** …after a lapse or an excuse heard (うっかり忘れとった, 言い訳, 毎年同じ). */
const LAPSE = /言い訳|言いわけ|いいわけ|忘れ|うっかり|滞納|遅れ|毎年|毎回|何度|何回|またですか|文句|苦情|できない|しない|守らない|守れない|聞き飽き/u
/** R97A-078: our own side set against another town's trouble with a smug けど and an emoji (柳川はいつでもちゃんと取れますけど😊). */
const OUR_SMUG = '(?:柳川|うち|ウチ|本市|当市|わが(?:市|町|まち)|我が(?:市|町|まち))(?:市)?(?:は|では|なら|だと)[、\\s]?[^。！？!?\\n]{0,24}?(?:ます|です|る|た|ました|ません|ない)(?:けど|けれど)(?:ね|な)?[〜ー～~]*(?=\\s?(?:[😊😏😌🙂😁😄😃😆🤭😎✨☺✌]|[（(]笑|笑|w|…|[。！!]|$))'
/** R97A-116: the asker told that if they read it properly even a child could follow (説明書をちゃんと読めば小学生でも分かるように書いてあります). */
const READ_CHILD = '(?:ちゃんと|きちんと|しっかり|よく|普通に|ふつうに|素直に|最後まで|落ち着いて|一度でも|いっぺん|まともに)[、\\s]?(?:[^。！？!?\\n、]{0,10}?(?:を|ば)[、\\s]?)?(?:お読み(?:になれ|いただけれ)|読んで(?:いただけれ|もらえれ|くれれ|おれ)|読め|読みさえすれ|ご覧(?:になれ|いただけれ)|見れ|目を通せ|目を通していただけれ|確認すれ|ご確認(?:になれ|いただけれ))ば[、\\s]?[^。！？!?\\n]{0,16}?(?:小学生|小学校低学年|小学校の低学年|幼稚園児|保育園児|園児|子ども|子供|こども|中学生|猿|サル|誰|だれ|どなた)(?:でも|だって|ですら)[^。！？!?\\n]{0,8}?(?:分か|わか|理解でき|読め|でき|使え|書け|お分かりになれ|ご理解いただけ)(?:る|ます)'
/** …answering someone who asked or found it hard (@handle, 使い方が分からない, 何度も). */
const ASKER = /[@＠]|わから|分から|わかりにく|分かりにく|難し|むずかし|できな|使えな|使い方|とのこと|ご質問|質問|お問い合わせ|問い合わせ|お尋ね|文句|苦情|ご不満|何度|何回/u
/** …not a guide made so or an invitation (ふりがなを付けて作りました, 親子でぜひ). */
const GUIDE96 = /作りました|作成しました|ご用意|用意しました|ぜひ|是非|お楽しみ|親子で|ご家族で|お気軽|ご参加|工作|キット/u
/** R97A-132: a critic said to like fault-finding better than their own good (ご自身の健康より、市の粗探しのほうがお好きなようですね). */
const FOND_OF_FAULTS = '(?:粗探し|あら探し|アラ探し|粗さがし|あらさがし|揚げ足取り|あげ足取り|揚げ足を取る(?:こと|の)|重箱の隅をつつく(?:こと|の)|文句(?:を|ば)?(?:言う|いう|つける|書く|書き込む)(?:こと|の|と)|文句|批判(?:する(?:こと|の))?|悪口(?:を|ば)?(?:言う|書く)(?:こと|の|と)|ケチ(?:を|ば)?つける(?:こと|の|と)|難癖(?:を|ば)?つける(?:こと|の|と)|いちゃもん(?:を|ば)?つける(?:こと|の|と)|クレーム(?:を|ば)?(?:つける|入れる)(?:こと|の|と)|苦情(?:を|ば)?(?:言う|入れる)(?:こと|の|と)|叩く(?:こと|の)|叩き)(?:の)?(?:ほう|方)?が[、\\s]?(?:よほど|よっぽど|ずっと|何より|一番|断然)?[、\\s]?(?:お好き|好き|大好き|お得意|得意|ご趣味|趣味|生きがい|生き甲斐|お楽しみ|楽しい|大事|大切)(?:な|の)?(?:よう|ご様子|みたい|らしい|ごた(?:る|っ))'
// --- Blind sets R100A–R102A kinds ---
/** R100A-113, R102A-063: the addressee's home said to be easily known by some means (どこに住んどるかくらい調べればすぐわかるけんね). */
const HOME_KNOWN = '(?:(?:どこ|どちら|どの辺|どのへん|どのあたり|どの辺り)に(?:お住まい|住んで(?:い|らっしゃ|おられ|お)?る|住んで(?:い|らっしゃ|おられ)?ます|住んど(?:る|ん|らす)|住んじょ(?:る|ん)|住んで(?:ん|はる))(?:の|ん|と)?か(?:は|も|が|くらい|ぐらい|なんて|なんか|くらいは|ぐらいは)?|(?<=(?:あなた|あんた|アンタ|お前|おまえ|貴方|君|きみ)(?:さん|様|さま)?(?:の|が)[、\\s]?)(?:家|自宅|住所|住まい|お住まい|ご自宅|ご住所|実家|居場所|勤め先|職場)(?:が(?:どこ|どちら)(?:か|なのか|なんか|やか))?(?!の)(?:は|も|が|くらい|ぐらい|なんて|なんか|くらいは|ぐらいは)?|(?:お住まい|ご自宅|ご住所|ご実家)(?:が(?:どこ|どちら)(?:か|なのか|なんか|やか))?(?:くらい|ぐらい|なんて|なんか)(?:は)?)[、\\s]?[^。！？!?\\n]{0,16}?(?:すぐ(?:に)?|簡単に|一発で|だいたい|大体|おおよそ|おおかた|ほぼ|すーぐ)[、\\s]?(?:(?:分か|わか)(?:ります|る(?![かな])|っとる|っちょる|ってます|っています|っております|りました|った(?![らり]))|(?:特定|把握)(?:でき(?:ます|る)|して(?:い|お)?(?:ます|る)|しとる)|割り出せ(?:ます|る)|突き止め(?:られ(?:ます|る)|れる)|調べ(?:られ(?:ます|る)|がつ(?=[くき])))'
/**
 * Blind set R106A, as kinds (warnings).
 * - The reader's pressure said not to change the outcome (R106A-003: 窓口で大きな声を出されても結果は変わりません; 怒鳴られても
 *   判定は覆りません, 何べん文句言うたっちゃ結論は変わらんけん, 声を荒らげられましても決定は変わりかねます): a raised voice, anger,
 *   complaining or insisting, done by the reader (passive or honorific, or plain in a dialect brush-off), then 〜ても and the result said
 *   not to change: the resident is pushed away with irritation. Not a cheer (大きな声で応援しても), not a result that does not change
 *   whatever the weather, not a fraud warning (業者に怒鳴られても契約する必要はありません: no outcome named as ours).
 *   Blind R187I-039: or said not to come any sooner (夜中に何度も電話をかけてきて怒鳴られても、水は早く出ません, 騒がれてもすぐには直りません).
 */
const PRESSURE_NO_CHANGE = '(?:(?:大きな|大きい|でかい|強い)?(?:声|大声)(?:を|ば)?[、\\s]?(?:出さ|荒らげ|荒げ|張り上げ|あげ|上げ)(?:られ|れ)|大声で[^。！？!?\\n]{0,6}?(?:言わ|いわ|話さ|おっしゃら|叫ば|責めら)れ|(?:怒鳴|どな)ら(?:れ)?|(?:騒が|凄ま|すごま|詰め寄ら|責め立てら|ごねら|粘ら|脅さ|おどさ|抗議さ|お怒りにな(?:ら)?|怒ら)れ|(?:文句|苦情|クレーム|不満|ご不満|無理)(?:を|ば)?[、\\s]?(?:言わ|いわ|ゆわ|おっしゃら|入れら|申し立てら|並べら)れ|(?:文句|苦情|クレーム)(?:を|ば)?[、\\s]?(?:言う|言っ|ゆう|ゆっ)|(?:怒鳴|どな)っ|騒い|ごね)(?:ても|たって|たっちゃ|ましても|たところで|られましても)[、\\s]?[^。！？!?\\n]{0,10}?(?:(?:早く|はやく|すぐ(?:に)?|今すぐ)(?:は)?[、\\s]?(?:出|直り|なおり|来|届き|とどき|進み|すすみ|終わり|復旧し|開き|通じ|戻り|もどり)(?:ません|ない(?![ぁ-ゖ])|ん(?![ぁ-ゖ])|は(?:しません|しない))|(?:結果|判定|認定|決定|結論|審査結果|判断|答え|お答え|回答|ご回答|方針|順番|金額|税額|評価|点数|処分)(?:は|が|も)?[、\\s]?(?:変わり(?:ません|ませ|は(?:しません|ありません)|かねます)|変わらない|変わらん|かわらん|かわりません|変わることは(?:ありません|ございません|ない|なか)|覆り(?:ません|は(?:しません|ありません))|覆らない|覆らん|変更(?:は)?(?:ありません|ございません|できません|いたしかねます|しません)|どうにも(?:なりません|ならない|ならん)))'
/** A cheer, a song or the weather, not pressure from the reader; a fraud or a scam warned of. */
const PRESSURE_OK = /応援|声援|歌|合唱|カラオケ|かけ声|掛け声|詐欺|業者|勧誘|セールス|訪問販売|悪質|ご注意|注意して|気をつけ|相談してください|ご相談ください/u
/**
 * - The reader blamed in keigo for not doing the least a duty asks (R106A-048: ご家族なのですから、調査員にきちんと普段の様子を伝える
 *   くらいはしていただかないと困ります; 保護者なんですから連絡くらいはしてもらわないと困ります, 本人やけん書類ぐらい出してくれんと
 *   困るっちゃけど, せめて期限くらいは守っていただきませんと困ります): a reason that presumes the duty (〜なのですから) or the least thing
 *   (くらい, せめて), then a giving verb made a must (いただかないと, もらわないと, くれんと) and 困る. Not staff told (職員), not a worry
 *   reported (…と困っている方へ), not a reason without a giving verb (30分くらい前に来ないと困ります is not matched).
 */
const LEAST_DUTY = '(?:(?:なの|なん)(?:です|だ|や|じゃ)?(?:から|けん|けえ|し)|(?<=[一-龠々ァ-ヶー])(?:や|じゃ|だ)(?:けん|けえ|から)|(?:くらい|ぐらい)(?:は|の(?:こと)?(?:は)?|も|(?![にでのま前後]|から))|位は|せめて)[、\\s]?[^。！？!?\\n]{0,30}?(?:て|で)?(?:(?:いただか|頂か|もらわ|貰わ|くれ|下さら|くださら|いただけ)(?:ない|ん|なきゃ|なければ|なくては|ねえ|にゃ)|(?:いただき|頂き|もらい|ください|くれ)ませ(?:ん|ねば))(?:と)?[、\\s]?(?:本当に|ほんとに|ほんと|正直)?(?:困り(?:ます|ますね|ますよ|ものです)|困る(?:ん|の)?(?:です|ですよ|ですが|ですけど|だ|よ|ね|っちゃ|ばい|けん|わ|な)?|こまり(?:ます)|こまる)'
const LEAST_DUTY_OK = /職員|私ども|当課|担当者|わたし|私たち|(?:と|って)(?:お悩み|悩|困って|お困り|嘆|思って|感じて)|というお悩み|という声|とのご相談/u
/**
 * - Residents belittled for what they know only from the net or hearsay (R106A-080: ネットで調べた知識だけで窓口に来られる方も
 *   いらっしゃいますが、…; 聞きかじった情報だけでお電話してくる人, ネットで見ただけの知識で文句言いよる人, インターネットの情報のみを
 *   もとにご意見を寄せられる方々): half knowledge named, then people who come, call or complain on it. Not advice not to rely on it (ネットで
 *   調べた知識だけで判断せず、医師に相談を), not a fraud warning, not a welcome (…の方にも、職員が丁寧にご説明します).
 */
const HALF_KNOWN = '(?:ネット|インターネット|ｓｎｓ|SNS|sns|ウェブ|検索|グーグル|ググっ|ユーチューブ|YouTube|youtube|テレビ|噂|うわさ|聞きかじ|生半可|中途半端|にわか|うろ覚え|付け焼き刃|つけやきば)[^。！？!?\\n、]{0,10}?(?:(?:知識|情報|知恵)(?:だけ|のみ|ばかり|ばっかり)|(?:だけ|のみ)の(?:知識|情報|知恵))(?:で|を(?:頼りに|鵜呑みに|うのみに|もとに|元に|根拠に)(?:して)?|を?もとに)[、\\s]?[^。！？!?\\n]{0,16}?(?:来られる|来る|来よる|来らす|いらっしゃる|お越しになる|お越しの|お電話(?:を)?(?:される|くださる|いただく|してくる)|電話(?:を)?(?:して|かけて)(?:くる|こられる|きよる)|問い合わせ(?:て|を(?:して|され))(?:くる|こられる|る)|(?:文句|苦情|クレーム|ご意見|意見|批判)(?:を)?(?:言う|言われる|言いよる|言って(?:くる|こられる)|寄せられる|書き込む|書き込まれる|される|おっしゃる)|書き込む|書き込まれる|主張される|主張する|騒ぐ|おっしゃる)[、\\s]?(?:方|人|者|連中|方々|皆さん|皆様|人たち|住民|市民|利用者|保護者|ご家族)'
const HALF_KNOWN_OK = /判断せず|判断しないで|鵜呑みにせず|うのみにせず|鵜呑みにしないで|詐欺|ご注意|注意して|気をつけ|丁寧に|お気軽|ご遠慮なく|遠慮なく|大歓迎|歓迎|安心して|大丈夫|どなたでも|ご相談ください|お手伝い|サポート/u
/**
 * Blind set R107A, as kinds (warnings).
 * - A complainer pushed away by "if you have no will to, you need not" (R107A-018: 毎回同じご意見を送ってこられますが、読む気が
 *   ないなら無理に読まなくていいと思いますよ; 読む気がないのであれば、無理にお読みいただかなくても結構です, 使う気のなかなら無理して
 *   使わんでよかよ, 見る気ないなら見なくていいじゃん): a verb's 〜気 (読む気, 使う気; not 元気, 人気) said to be lacking, made a
 *   condition (なら, のであれば, ようでしたら, やったら), then the reader released from doing it (〜なくていい, 〜んでよか, 〜なくても
 *   結構): the complaint is answered by sending its writer away. Only where a complaint or an opinion is in the text; not a child or a
 *   patient spared (食べる気がないようなら無理に食べさせなくても大丈夫: causative, no complaint), not a saying quoted as what we do not do.
 */
const NO_WILL_NEED_NOT = '(?<=[うくすつぬふむゆるぐぶ])気(?:が|は|も|の)?[、\\s]?(?:ない|無い|なか|ありません|ございません)(?:の|ん|よう|と)?(?:です|だ|や|でし)?(?:なら|ならば|であれば|たら|ったら|やったら)[、\\s]?[^。！？!?\\n]{0,16}?(?:なく|ん|ず)(?:て|で|と)?(?:も)?[、\\s]?(?:いい|よい|良い|ええ|よか|結構|けっこう|構いません|かまいません|構わない|かまわない|構わん|かまわん|大丈夫|よろしい)'
/** A complaint, an opinion or a repeat the reply answers (ご意見, とのこと, 苦情, 毎回同じ). */
const COMPLAINED107 = /ご意見|意見|ご指摘|指摘|ご不満|不満|苦情|文句|クレーム|ご要望|要望|とのこと|とのご|おっしゃ|言いよ|書き込|毎回|毎度|何度も|何回も|いつも同じ|同じ(?:ご意見|こと|内容|質問|ご質問|苦情|文句)|読みにく|使いにく|分かりにく|わかりにく|見にく/u
/**
 * - A complaint about discomfort answered by telling the complainer to change their own body or tolerance first and only then come
 *   (R107A-048: 傍聴席の椅子が硬いとのこと、お尻を鍛えてからお越しいただければ幸いです😊; 寒さに慣れてからお越しください, 足腰を
 *   お鍛えになってからご来館いただければと存じます, 尻ば鍛えてから来んね): a body part, a sense or stamina trained, hardened or built
 *   (お尻を鍛えて, 体力をつけて), or the discomfort itself got used to (暑さに慣れて, 騒音に耐えられるようになって), then a visit asked for.
 *   Only after a complaint in the text; not an event's advice (10kmを歩きます。足腰を鍛えてからご参加いただければ幸いです), not a class or
 *   heat-stroke advice, not the city's own fix (座布団を用意しました).
 */
const TOUGHEN_FIRST = '(?:(?:お尻|おしり|尻|しり|ケツ|足腰|脚|腰|身体|からだ|お体|お身体|体力|体|腹筋|背筋|筋肉|耳|お耳|鼓膜|鼻|お鼻|お肌|肌|皮膚|根性|精神|メンタル|忍耐力|我慢強さ|心臓|胃|舌)(?:を|ば)?[、\\s]?(?:鍛え|きたえ|鍛え直し|鍛えなおし|お鍛えになっ|鍛えられ|慣らし|ならし|慣らされ|強くし|丈夫にし|つけ|付け)|(?:暑さ|寒さ|硬さ|かたさ|固さ|狭さ|騒音|音|におい|匂い|臭い|揺れ|段差|階段|坂道|坂|距離|待ち時間|混雑|人混み|人ごみ|ほこり|蚊)(?:に|にも)?[、\\s]?(?:慣れ|なれ|お慣れになっ|慣れられ|耐えられるようになっ|我慢できるようになっ|辛抱できるようになっ))て(?:から)?[、\\s]?[^。！？!?\\n]{0,10}?(?:お越し|おいで|来て|きて|来られ|こられ|来ら|いらして|いらっしゃっ|ご来場|ご来館|ご来庁|ご来所|ご参加|参加し|ご利用|利用し|ご傍聴|傍聴し|出直し|来ん(?=ね|か|しゃい)|来な(?=っせ|さい|い)|き(?=なっせ|んしゃい|んさい))[^。！？!?\\n]{0,12}?(?:幸い|ください|下さい|いただけ|いただき|頂け|頂き|ほしい|欲しい|ほしか|もらえ|もらい|くれ|ね|なっせ|んしゃい|さい|いかが|どう|よか)'
/** Sincere advice or an offer: a class, heat-stroke care, the city's own fix. */
const TOUGHEN_OK = /講座|教室|練習会|体操|ストレッチ|準備運動|熱中症|予防|健康づくり|トレーニング|無理をせず|無理せず|ご無理の|用意しました|設置しました|ご用意|貸し出し|貸出|改善/u
/**
 * Blind set R108A, as kinds (warnings).
 * - A complainer asked in contempt to guess the staff's load (R108A-138: 電話がつながらないとのことですが、今夜何件かかってきていると
 *   お思いですか; 毎日何人が並んでいると思っとるとですか, どれだけの問い合わせに対応しているとお思いなんでしょうね): a count or an
 *   amount asked for (何件, 何人, どれだけ, どれほど) then と(お)思い…か / 思って(い)る…か: a rhetorical question that answers the
 *   complaint with a reproach. Only after a complaint or to someone addressed (@, とのこと, ご意見, 苦情); not a quiz or an awareness
 *   post that gives the answer (正解は, 実は, 答えは).
 */
const GUESS_LOAD = '(?:何(?:件|人|回|時間|日|通|本|百件|十件|千件|百人|十人|千人)|どれだけ|どれほど|どれくらい|どれぐらい|どのくらい|どのぐらい)[^。！？!?\\n]{0,24}?(?:と|って)[、\\s]?(?:お思い(?:です|でしょう|なんです|なんでしょう|なのです|なのでしょう|になっているんです|になっていらっしゃるんです|になっておられるんです)?(?:か|かね|ね)|思って(?:いる|る|いらっしゃる|おられる|いらっしゃいます|おられます|います|ます|ん)(?:ん|の)?(?:です|でしょう)?(?:か|かね)|思っと(?:る|っと)(?:と|ん|の)?(?:です)?(?:か|ね)?|思われ(?:ます|てる|ている)(?:ん|の)?(?:です)?か|思います(?:か)|思う(?:ん|の)?(?:です)?か)(?=[。？?！!…\\s]|$)'
/** The answer of a quiz or an awareness post (正解は, 実は, 答えは). */
const ANSWERED108 = /正解|答えは|こたえは|実は|じつは|クイズ|問題です|約[0-9０-９]|[0-9０-９]+(?:件|人|回)(?:です|でした|にのぼ|を超え|以上)/u
/** A complaint answered or someone addressed before the jab. */
const COMPLAINT108 = /[@＠]|とのこと|とのご|ご意見|意見|ご指摘|ご不満|不満|苦情|文句|クレーム|おっしゃ|言いよ|つながらない|繋がらない|つながらん|遅い|遅すぎ|対応が悪/u
/**
 * - The reader told to at least try to imagine or think (R108A-138: 少しは想像していただきたいものです; ちょっとは考えてくれんね,
 *   ちっとは察してほしか, 少しはこちらの事情もご理解いただけませんか): 少しは / ちょっとは / ちっとは (the least, implying none so far)
 *   with a verb of thinking or consideration, in any request form: a reproach to the one addressed. Not 少しは休んで (a care), not a
 *   report (少しは考えてくれるようになりました), not a lesson (人権, いじめ). Blind R187I-039: also told to think first and only then get in
 *   touch (少しは状況を考えてからご連絡ください).
 */
const THINK_AT_LEAST = '(?:少しは|すこしは|ちょっとは|ちっとは|少しくらい(?:は)?|ちょっとくらい(?:は)?|ちょっとぐらい(?:は)?|いい加減)[、\\s]?[^。！？!?\\n]{0,12}?(?:想像|考え|お考え|察し|お察し|配慮|ご配慮|思いやり|気を遣|気を使|気をつかっ|気を配|理解|ご理解|ご想像|わかっ|分かっ|お分かり|頭を使|頭ば使|自覚|ご自覚|我慢|がまん|辛抱|しんぼう|ご辛抱)(?:を|ば)?(?:し|され|なさっ|いただ|くだ)?(?:て|で)?(?:から[、\\s]?[^。！？!?\\n]{0,12}?(?:ください|下さい|いただけ(?:ます|ません)か|いただきたい|頂きたい|ほしい|欲しい|もらえ(?:ます|ません)か)|いただきたい|頂きたい|いただけ(?:ません|ない)(?:もの)?(?:か|でしょうか|ですかね)|(?:いただけ|もらえ|くれ)(?:る|ます|れ)(?:と|ば|たら)[、\\s]?[^。！？!?\\n]{0,10}?(?:助か|ありがた|有難|幸い)|もらいたい|ほしい|欲しい|ほしか|ください|下さい|くれ(?=[。！!…\\s]|$|ん|ませんか|ないか|ない[？?])|くれん(?:ね|か)?|もらえ(?:ません|ない|ん)(?:か|と)?|ちょうだい|(?:ん|な)しゃい|なっせ|たらどう|てはどう|てはいかが|たらいかが|られてはいかが|られたらいかが)'
/** Care or a report, not a reproach: rest, a change seen, a lesson. */
const THINK_OK = /休|休憩|息抜き|楽に|甘え|頼って|頼り|ようになり|ようになっ|ようになれ|授業|講座|ワークショップ|研修/u
/**
 * - The press mocked for a report and told it will be refused (R108A-145: 昨夜のＦＢＳ筑後の報道、避難所の様子を大げさに映して不安を
 *   あおるだけでしたね。ああいう記者さんの取材は、今後お断りしたいくらいです): a report, a programme or a paper named (報道, 番組, 記事,
 *   ニュース) and called an exaggeration or fear-mongering as a fact about it (大げさに映して, 不安をあおるだけでした, 面白おかしく書き立てて
 *   ばかり), or the reporters named with a contemptuous demonstrative (ああいう記者, あんなマスコミ) or after such a report refused
 *   coverage (取材はお断りしたい, お受けしたくない). Not a plea to all not to be swayed (不安をあおるだけの情報に惑わされないで), not a
 *   procedure (プライバシー保護のため避難所内での取材はお断りしています), not a report praised.
 */
const PRESS108 = '(?:報道|放送|番組|ニュース|記事|特集|中継|ワイドショー|新聞|テレビ|記者|マスコミ|メディア|取材|局)'
const PRESS_MOCKED = `${PRESS108}[^。！？!?\\n]{0,30}?(?:(?:大げさ|大袈裟|おおげさ|誇張|面白おかしく|おもしろおかしく)(?:に|して)?[、\\s]?[^。！？!?\\n]{0,6}?(?:映し|映っ|うつし|報じ|伝え|書き立て|書きたて|書い|取り上げ|騒ぎ立て|騒い|扱っ|盛っ|流し)(?:て|た|と(?:る|っ)|てる)|(?:あお|煽)(?:る|っ(?:て|た))(?:だけ|ばかり|ばっかり|ばっか)|(?:あお|煽)り(?:立て|たて)(?:る|て|た)(?:だけ|ばかり|ばっかり)|(?:偏っ|かたよっ)た|偏向|でたらめ|デタラメ|いい加減な)[^。！？!?\\n]{0,10}?(?:でしたね|でしたよね|でしたよ|でした|だったね|だった|やったね|やった|ですね|ですよね|でしたな|とったね|てましたね|ていましたね|でしか(?:ありません|なかった)|(?:た|だ)(?:ね|な|よ)|ばい|たい|やん|じゃん)`
const PRESS_REFUSED = `(?:取材|出演依頼|インタビュー|撮影)(?:依頼|のご依頼|の申し込み|申し込み|の申込み)?(?:は|を|には|も)?[、\\s]?[^。！？!?\\n]{0,8}?(?:(?:お断り|断り|拒否|ご遠慮)(?:し|させていただき|させてもらい|いたし)?たい|(?:お受けし|お受け|受け|応じ|ご協力し|協力し)たく(?:ない|ありません|なか)|(?:お断り|断り|拒否)(?:します|いたします|させていただきます|です|だ|したかね))`
/** Contempt for the press named: a demonstrative of disdain or a mocked report in the text. */
const PRESS_DISDAIN = /(?:ああいう|ああいった|ああした|ああゆう|あんな|あのような|あげな|あげん|ああいうふうな)[^。！？!?\n]{0,14}?(?:記者|マスコミ|メディア|報道|局|新聞|番組|テレビ|会社|媒体|レポーター|リポーター|ディレクター)|大げさ|大袈裟|おおげさ|誇張|面白おかしく|あおるだけ|煽るだけ|あおってばかり|煽ってばかり|偏向|でたらめ|デタラメ|書き立て|書きたて/u
/** Advice to all, a procedure or praise, not a jab at a report. */
const PRESS_OK = /惑わされ|まどわされ|ご注意|注意して|気をつけ|お気をつけ|鵜呑み|うのみ|公式|正確な情報|ご確認|確認して|プライバシー|個人情報|避難者の|安全のため|許可|事前に|感染|詐欺|なりすまし|不審|ないよう|ことのないよう|ましょう|ありがと|感謝|丁寧|わかりやすく|分かりやすく/u
export const LATE_WARNINGS_PHRASES: Phrase[] = [
  // — Round 36, as kinds —
  // The critic told to do the thing themself first and only then speak (ご自分で一度…まとめてきてから仰ってください, まず
  // (Blind R94A-029: an emergency number is an instruction only when the call is spoken of, not when critics are told to learn it
  // before writing: まずは119番の正しいかけ方を覚えてから書き込んでくださいね.)
  // ご自宅の排水管を点検されてからおっしゃっていただけますか, 自分でやってみてから言え; not a meeting's order: まず挙手をして
  // から発言してください, not an emergency call: 落ち着いてから住所を言ってください).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:ご自分|ご自身|自分|あなた|あんた|お前|おまえ|まず|まずは|一度|いっぺん|せめて)[^。！？\\n]{0,30}?(?:て|で)から[、\\s]?(?:ものを|物を|文句を|ご意見を|意見を|批判を)?(?:おっしゃって|おっしゃい|仰って|仰い|言って|言うて|言いなさい|言いんしゃい|言いんさい|言いない|言いなっせ|言いなはれ|言え|言わんね|言わんか|物を言って|ものを言って|発言して|発言され|ご発言|批判して|批判され|書いて|書き込んで|お書きに)[^。！？\\n]{0,10}?(?:(?<=みては|みたら|みられては|みられたら)[、\\s]?(?:いかが|どう)|ください|下さい|いただけ|頂け|いただき|頂き|いただく|もらえ|もらい|ほしい|欲しい|なさい|ちょうだい|くれ|ね(?=[。！!？?…\\s]|$)|な(?=[。！!？?…\\s]|$)|よ(?=[。！!？?…\\s]|$)|(?<=言え|言わんね|言わんか|言いんしゃい|言いんさい|言いない|言いなっせ|言いなはれ)(?=[。！!？?…\\s]|$))'),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && CRITIC36.test(withPrevious(sq, s, e).slice(0, -(e - s) - (sentenceOf(sq, s, e).end - e))) && !/挙手|指名|名乗|マイク|司会|議長|順番|深呼吸|落ち着いて/u.test(sentenceText(sq, s, e)) && !(/119|110|通報/u.test(sentenceText(sq, s, e)) && !/書き込|書いて|お書き|批判/u.test(sq.slice(s, e))),
  },
  // … "if you say so, you try it" (そげん言うならあんたが代わりに夜まで働いてみんね, そこまでおっしゃるならご自身で運営してみては
  // いかがですか, あなたが代わりにやってみてください; not an invitation: あなたも一度参加してみませんか).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:(?:言う|いう|ゆう|おっしゃる|仰る|言われる|文句がある|文句を言う|文句言う|ご不満|不満|ご不満がある|不満がある)(?:ん|の)?(?:なら|ならば|んなら|やったら|のでしたら|でしたら|だったら)[、\\s]?[^。！？\\n]{0,16}?(?:あなた|あんた|お前|おまえ|ご自分|ご自身|自分|そちら|' + KISAN + ')(?:が|で|も)|(?:あなた|あんた|お前|おまえ|ご自分|ご自身|そちら|' + KISAN + ')(?:が|で)[、\\s]?(?:代わりに|かわりに))[^。！？\\n]{0,24}?(?:て|で)(?:みろ|みんね|みなさい|みたら|みては|みれば|みてください|みて下さい|みていただけ|みてほしい|みて欲しい|みてくれ|みてよ|みい|みな(?=[。！!？?\\s]|$)|ごらん|みられては|みられたら|みられれば)'),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/ぜひ|是非|募集|ボランティア|お待ち|ませんか/u.test(sentenceText(sq, s, e)) && !/(?:子|さん|様|家族|方|人)(?:が|は|に)[^、]{0,6}(?:ご自分|ご自身|自分)/u.test(sq.slice(s, e)),
  },
  // … the same with the complaint as topic (文句は、一度ご自分で窓口に立ってからにしてください, 批判はまず現場を見てからにしてほしい)
  // or without a pronoun after a heated condition (そげん言うならやってみんね, そこまでおっしゃるなら一度やってみてください).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:文句|批判|ご批判|ご意見|苦情|クレーム|口出し|ケチ)(?:は|なら|を言うのは|を言うなら)[、\\s]?[^。！？\\n]{0,24}?(?:て|で)から(?:に)?(?:して(?:ください|下さい|いただけ|頂け|いただき|ほしい|欲しい|もらえ|くれ|ね)|しろ|せえ|しなさい|しんしゃい)|(?:そんなに|そこまで|そげん|そがん|そげに|偉そうに|えらそうに|文句を|文句)(?:言う|いう|ゆう|おっしゃる|仰る|言われる)(?:ん|の)?(?:なら|ならば|んなら|やったら|のでしたら|でしたら|だったら)[、\\s]?(?:一度|いっぺん|まず|自分で|ご自分で|ご自身で)?[、\\s]?(?:やって|して)(?:みろ|みんね|みなさい|みたら|みては|みてください|みて下さい|みてほしい|みい|ごらん|みられては|みられたら)'),
    instead: INSTEAD.polite,
    // Blind HK: ご意見 (the city's own word for what it collects) as the topic of a procedure said to everyone (パブリックコメントへの
    // ご意見は、資料を読んでからにしていただけると助かります) is not a jab unless the least thing is named or a critic is nearby.
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/ぜひ|是非|募集|ボランティア|お待ち|ませんか/u.test(sentenceText(sq, s, e)) && !opinionProcedure(sq, s, e),
  },
  // The critic told they would understand if they tried it themself (ご自分で一日窓口業務をやってみれば分かりますよ, あなたも一度
  // 役所で働いてみたらどうですか。大変さが分かると思いますよ; not an invitation: 妊婦体験をしてみませんか).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:あなた|あんた|お前|おまえ|ご自分|ご自身|自分)(?:で|も|が)[、\\s]?[^。！？\\n]{0,24}?(?:て|で)(?:みれば|みたら|みりゃ|みると|みられれば|みられたら|みていただければ|みていただけたら|みてもらえれば|みてもらったら|みていただくと)[、\\s]?[^。！？\\n]{0,16}?(?:分か|わか|お分かりにな|ご理解いただけ|お分かりいただけ|ご理解いただけ)(?:る|ります|るよ|りますよ|るはず|るでしょう|ると思います|ると思いますよ|るっちゃ|るけん|るかと思います|るかと存じます)|(?:あなた|あんた|お前|ご自分|ご自身)(?:も|が|で)[、\\s]?[^。！？\\n]{0,20}?(?:て|で)(?:みたら|みては|みれば)(?:どう|いかが)(?:です|でしょう)?(?:か)?[。？?\\s]{0,2}(?:大変さ|苦労|しんどさ|きつさ|難しさ)が(?:分か|わか)'),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && CRITIC36.test(withPrevious(sq, s, e)) && !/ぜひ|是非|募集|ボランティア|お待ち|ませんか|体験会|教室|講座/u.test(withPrevious(sq, s, e)),
  },
  // Told off before they speak again (偉そうに言う前に、ご自身で草刈りをされてはいかが, とやかく言う前に自分でやってみろ).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:偉そうに|えらそうに|とやかく|ぐちぐち|グチグチ|ごちゃごちゃ|ガタガタ|がたがた|四の五の|つべこべ)(?:言う|いう|おっしゃる|仰る|書く|書き込む|言われる)前に'),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/子ども|子供|お子|ましょう/u.test(sentenceText(sq, s, e)),
  },
  // Sent to move away after a dislike or a wish (ルールのない町がお好みなら、どうぞ引っ越しをご検討ください, ご不満なら遠慮なく
  // 転出されて結構です; not a move offered: 柳川への移住をご希望なら、ぜひご相談ください).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:お好み|お好き|お望み|ご希望|お嫌|嫌|ご不満|不満|気に入らない|お気に召さない)(?:の)?(?:なら|でしたら|だったら|のでしたら)[、\\s]?[^。！？\\n]{0,12}?(?:どうぞ|遠慮なく|ご自由に|さっさと|とっとと)[、\\s]?[^。！？\\n]{0,8}?(?:お引っ越し|引っ越し|引越し|転居|転出|よその|他所の|ほかの(?:町|市|自治体|まち))'),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && CRITIC36.test(withPrevious(sq, s, e)) && !/ぜひ|是非|ご相談|窓口|支援|補助|助成|移住|定住/u.test(sentenceText(sq, s, e)),
  },
  // People said to expect the office to do everything for them (市役所に言えば何でもしてくれると思っとる人が多すぎ, 行政が全部
  // やってくれると勘違いしている方ばかり; not a myth answered: …と思っていませんか？実は…).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:言えば|頼めば|電話すれば|市が|市役所が|役所が|行政が|職員が)[^。！？\\n]{0,10}?(?:何でも|なんでも|全部|ぜんぶ|すべて|全て)[^。！？\\n]{0,8}?(?:してくれる|やってくれる|してもらえる|解決してくれる|してくれて当然|やって当然)と(?:思って|思っと|思い込んで|思いこんで|勘違いして|勘違いしと|お考え|お思い)(?:いる|る|とる|る|おられる|の|になっている)?(?:人|方|方々|連中|市民|住民)(?:が|は)?(?:多すぎ|ばかり|ばっかり|ばっか|多くて困|いて困|おって困|呆れ|うんざり)'),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e),
  },
  // Residents' requests quoted and called noise (柵ば付けろ付けろってうるさか！, 何とかしろとやかましい, 直せ直せってうるさいんだよ:
  // insult; 要望ばっかりでうるさい: warning; not advice: 「早くしなさい」とうるさく言うより).
  {
    rule: 'hostility/insult',
    re: phrase('(?:ろ|れ|せ|え|け|て|くれ|ください|ほしい|欲しい)(?:って|と|とか|っち|ち|だの|だとか|やら)[、\\s]?(?:ばっかり|ばかり|ばっか|毎日|いちいち|何度も|本当に|ほんと|ほんとに|マジで|まじで|もう)?[、\\s]?(?:うるさ(?:い|か|いわ|いな|いんだ|いんや|いんよ|いです|いっちゃ|いよ)|やかまし(?:い|か|いわ|いです)|しつこ(?:い|か|いわ|いんだ|いんよ|いです))(?![くさ])'),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notTeaching(sq, s, e) && !/(?:音|声|騒音|工事|車|バイク|犬|鳴き声)/u.test(sq.slice(Math.max(0, s - 12), s)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:要望|ご要望|苦情|文句|クレーム|注文|要求|注文)(?:が|ばっかり|ばかり|ばっか|ばかりで|ばっかりで|ばっかで|ばっかし)(?:本当に|ほんと|ほんとに|マジで|まじで|もう)?[、\\s]?(?:うるさ(?:い|か)|やかまし(?:い|か))(?![く])'),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e),
  },
  // Their own children left to them, with a scold (自分の子どもくらい自分で見とかんね, 我が子ぐらいご自分でしっかり見ていてください,
  // 子どもくらい親がちゃんと見とけ; not a campaign: 子どもの安全は地域で見守りましょう).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:自分の|ご自分の|ご自身の|我が|わが|うちの)?(?:子|子ども|子供|こども|お子さん|お子様|孫)(?:の面倒|の世話|の安全|の身)?(?:くらい|ぐらい)(?:は)?[、\\s]?(?:自分|ご自分|ご自身|親|親御さん|保護者|家)(?:で|が)[^。！？\\n]{0,12}?(?:とかんね|ときんしゃい|んしゃい|とけ|ときなさい|ときや|なさい|ろ(?=[。！!？?\\s]|$)|てください|て下さい|ていてください|てほしい|て欲しい|てもらえ|ていただけ|ていただきたい|ないと|なきゃ|なければ|るべき|べき|てよ|んね|んか|ちょうだい)'),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/ましょう|年齢|歳|才|サイズ|身長/u.test(sentenceText(sq, s, e)),
  },
  // A grim prediction as a jab at someone addressed (その調子では社会に出て通用しませんよ（笑）, そんな甘い考えじゃやっていけんよ,
  // そんな態度では先が思いやられますね; not the town's own future: このままでは担い手が足りません).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:(?:その|そんな|こんな|あんな|そげな|そげん|そんなん)(?:調子|態度|考え|考え方|甘い考え|甘い考え方|姿勢|意識|性格|根性|こと|ことばかり|ことばっかり|ことを言って|こと言って|ことを書いて|こと書いて)?(?:では|じゃ|じゃあ|だと|やと|やったら|なら)|(?:その程度|そのくらい|その程度の[^。！？\\n]{0,10}?しか|それくらい)[^。！？\\n]{0,12}?(?:ない|ん|ないよう|んよう)(?:では|じゃ|じゃあ|やと|だと))[、\\s]?[^。！？\\n]{0,16}?(?:通用し(?:ない|ません|んよ|んばい|んぞ|ねえ)|やっていけ(?:ない|ません|んよ|んばい|んぞ|ねえ)|(?:先|将来|行く末)が思いやられ|ろくな(?:大人|社会人|人間)|社会人失格|大人になれ(?:ない|ません|ん)|誰(?:も|からも)相手にされ|痛い目を見|苦労しますよ|苦労するよ|苦労するばい|嫌われますよ|嫌われるよ|誰(?:も|からも)(?:雇って|相手にして|助けて|信用して|認めて)(?:くれ|もらえ)(?:ない|ません|ん))'),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && /さん|くん|君|あなた|あんた|お前|おまえ|生徒|学生|若者|新人|方へ|人|[（(]笑|w$|ｗ/u.test(withPrevious(sq, s, e) + sq.slice(e, e + 4)) && !/時代|地域|まち|町|市|企業|産業|農業|商店|業界|経営|制度/u.test(sentenceText(sq, s, e).slice(0, Math.max(0, s - sentenceOf(sq, s, e).start))),
  },
  // — Round 42, as kinds —
  // A task someone asked about called easy enough for a child, as its predicate (書き方がわからないとのお電話…小学生でも書ける
  // 内容ですので, 子どもでも分かる手続きです; not a guide made so: 小学生でも分かる内容の手引きを作りました, not an invitation:
  // 小学生でもできる工作です。親子でどうぞ).
  // Blind R315E-026 kind (host57): or a crowd scolded for a step it did not take (申請書をご自宅で記入してからお越しいただければ、待ち時間は
  // すぐに短くなります。小学生でもできることですので、ご協力をお願いいたします; 子どもにもできますよね): the step asked of the readers after a
  // trouble they caused (混雑, 待ち時間, 記入漏れ, 不備), with 小学生にも and the endings ますので, ますよね, はず, and 誰でもできることですので
  // said the same way; not an easier service offered (オンライン申請なら子どもでもできます).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:小学生|小学校低学年|小学校の低学年|低学年の子|幼稚園児|保育園児|園児|子ども|子供|こども|中学生|誰|だれ|どなた)(?:でも|にも|だって)(?:すぐ(?:に)?|簡単に|一目で|ひと目で|容易に)?(?:わか|分か|でき|書け|読め|理解でき|記入でき|解け|お書きになれ)(?:る|ます)(?:(?:ような|程度の|くらいの|ぐらいの)?(?:内容|程度|レベル|もの|話|手続き|手続|作業|書類|問題|こと|仕組み|しくみ|ルール|決まり)(?:です|でございます|だ(?=[。！!よね]|$)|なので|ですので|ですから|ですよ|ですね|かと|でしょう|のはず|なんです|なのに|ですけど|ですが)|(?:ので|から|よね|よ(?=[。！!]|$)|はず|でしょう)(?!か))'),
    need: ['でも', 'にも', 'だつて'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      if (/安心|ぜひ|是非|お気軽|ご参加|お楽しみ|ご家族で|親子で|作りました|作成しました|ご用意/u.test(sq.slice(e, e + 30))) return false
      const before = sq.slice(0, s)
      // 誰でも / どなたでも, and the bare verb (できますよ, できますので), only after a crowd's trouble: to an asker they are as often the
      // plain "anyone may" (どなたでも申請できますよ, 議会の傍聴は中学生でもできますよ).
      const bare = /^(?:誰|だれ|どなた)/u.test(sq.slice(s, e)) || /(?:る|ます)(?:ので|から|よね|よ|はず|でしょう)$/u.test(sq.slice(s, e))
      if (!bare && /(?:わから|分から|わかりにく|分かりにく|難し|むずかし|書けな|できな|読めな|複雑|面倒)[^。！？\n]{0,8}?(?:との|という|って|と)[^。！？\n]{0,4}?(?:お電話|電話|お問い合わせ|問い合わせ|ご意見|声|お声|ご質問|質問|苦情|ご指摘|コメント|ご相談|相談)|文句|苦情|クレーム|ご不満|[@＠]/u.test(before)) return true
      if (ALT_SERVICE.test(sentenceText(sq, s, e))) return false
      // Blind R318H-017 kind (host58): the step asked may be the sentence after (…小学生でもすぐに理解できるものです。どうか順番を飛ばして…ご遠慮ください).
      return CROWD_TROUBLE.test(before) && (READERS_ASKED.test(sq.slice(Math.max(0, s - 80), Math.min(sq.length, sentenceOf(sq, s, e).end + 20))) || READERS_ASKED.test(withNext(sq, s, e))) && !CHILD_TOPIC.test(sq.slice(Math.max(0, s - 40), s))
    },
  },
  // The reader's ability to read or understand made a condition, sarcastically (カレンダーを読む能力がおありでしたら、今回の変更も
  // きっとご理解いただけるはずですね, 文章を理解する頭があれば分かるでしょう; not a requirement: 日本語を読む能力があれば、どなたでも
  // 受験できます).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:読む|読める|読み解く|理解する|理解できる|考える|字が読める|文字が読める)(?:だけの)?(?:能力|知能|頭|脳みそ|読解力|理解力|知性)(?:が|を|くらい|ぐらい|さえ)?(?:おありでしたら|おありなら|おありであれば|お持ちでしたら|お持ちなら|お持ちであれば|あるなら|あれば|あるのなら|ある方なら|ある方であれば|おありの方なら|お持ちの方なら)[、\\s]?[^。！？\\n]{0,30}?(?:分か|わか|理解|お分かり|ご理解)[^。！？\\n]{0,12}?(?:はず|でしょう|だろう|と思い|と思う|かと|ですよね|ますよね|ますね|ですね)'),
    need: ['能力', '知能', '頭', '脳みそ', '読解力', '理解力', '知性'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/受験|受講|応募|資格|条件|対象|募集|どなたでも|ボランティア/u.test(sentenceText(sq, s, e)),
  },
  // A fault praised as a virtue (3年もお手元に置いておける図太さには、本当に頭が下がります, 毎回割り込まれる厚かましさには感服
  // いたします; not praise of nerve on a stage: 度胸, 根性).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:図太さ|図々しさ|ずうずうしさ|厚かましさ|あつかましさ|面の皮の厚さ|神経の太さ|無神経さ|身勝手さ|鈍感さ|無頓着さ|ふてぶてしさ|厚顔ぶり|図太い神経|太い神経)(?:ぶり)?(?:に|には|は|にだけは|には本当に)?[、\\s]?(?:本当に|ほんとうに|ほんとに|実に|まことに|誠に|心から|いつも|ただただ|もはや|思わず|ある意味)?[、\\s]?(?:頭が下がり|頭が下がる|頭が上がり|感服|敬服|感心(?:し|いた|させ)|尊敬(?:し|いた|に値)|脱帽|恐れ入り|おそれいり|見習いたい|見習わせ|羨ましい|うらやましい|あっぱれ|天晴|お見事|恐縮)'),
    need: ['図太', '図々し', 'ずうずうし', '厚かまし', 'あつかまし', '面の皮', '神経', '身勝手さ', '鈍感さ', '無頓着さ', 'ふてぶてし', '厚顔'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e),
  },
  // Complainers' senses praised in keigo (苦情を入れてくださる方々、たいへんお耳がよろしいようで何よりです, ご指摘の方はずいぶん
  // お目が高いようで; not a shop's お目が高い to a buyer, not a hearing check).
  {
    rule: 'hostility/confrontational',
    re: phrase('お(?:耳|目|鼻)(?:が|は)?(?:たいへん|大変|とても|非常に|ずいぶん|随分|本当に|実に|さぞ)?(?:よろしい|良い|よい|いい|鋭い|敏感|お早い|早い|肥えて|お高い|高い)(?:よう(?:で|です)|みたい|んですね|のですね|のでしょう|ですね|こと|でいらっしゃ)|(?:地獄耳|目ざと|目敏)(?:い|く)?(?:で)?(?:いらっしゃ|ですね|なんですね|のようで|ようで)'),
    need: ['お耳', 'お目', 'お鼻', '地獄耳', '目ざと', '目敏'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && /苦情|文句|クレーム|ご指摘|指摘|ご批判|批判|ご不満|いちいち|わざわざ|あなた|あんた|[@＠]/u.test(withPrevious(sq, s, e)),
  },
  // People said unable to do even the least, as the writer's weariness (保育料無償化の仕組みも理解できない保護者の方が多くて…
  // 正直こちらも疲れます, ルールすら守れない人ばかりでうんざりです; not a worry reported: …が多くて困っている、という声を受けて教室を開きます).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:[一-龥ァ-ヺー]{1,8}[ぁ-ゖ]?)?(?:も|すら|さえ)(?:理解でき|理解し|理解され|分から|わから|お分かりになら|読め|覚えられ|守れ|守ら|でき)(?:ない|ん|へん)(?:ような)?(?:保護者|利用者|住民|市民|方|人|方々|人たち|連中|大人|親|お客|ドライバー|観光客)(?:の方|の方々|さん)?(?:が|も)?(?:多くて|多すぎて|多過ぎて|多く[、,]|多い(?:ので|から|のには|のが)|ばかりで|ばっかりで|だらけで|いて|おって|いらっしゃって)[^。！？\\n]{0,40}?(?:困|疲れ|うんざり|呆れ|あきれ|嫌にな|いやにな|情けな|参り|参る|まいり|まいる|勘弁|手を焼|お手上げ|頭が痛|がっかり|嘆かわし|ため息|げんなり|辟易)'),
    need: ['も', 'すら', 'さえ'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/^[^。！？\n]{0,12}?(?:という|との|といった|と(?:の)?(?:声|ご相談|お悩み))/u.test(sq.slice(e, e + 20)) && !/教室|講座|支援|サポート|お手伝い|ご相談ください|外国|高齢|お年寄り|障害|障がい|申し訳|お詫び|分かりにく|わかりにく|見直|改善/u.test(withPrevious(sq, s, e)),
  },
  // — Round 45, as kinds —
  // A task called simple and the people it is hard for named, after notices repeated or a complaint (何度もお知らせしてきました。…
  // 文字を読むという簡単なことが難しい方にも、一からご説明いたします, 書類を見るだけの簡単な作業もできない方が多くて; not help offered to
  // those it is really hard for: ボタンを押すといった簡単な操作が難しい高齢の方には、職員がお手伝いします).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:簡単な|単純な|当たり前の|あたりまえの|基本的な|初歩的な|ごく簡単な|ごく当たり前の|誰にでもできる|だれにでもできる|子どもでもできる|子供でもできる)(?:こと|事|作業|手続き|手続|操作)(?:が|も|すら|さえ)[、\\s]?(?:難しい|むずかしい|できない|出来ない|おできにならない|苦手な|お分かりにならない|分からない|わからない|ままならない)(?:ような)?(?:方|人|方々|人たち|皆さん|皆さま|皆様|連中|市民|住民|保護者|利用者)'),
    need: ['簡単な', '単純な', '当たり前の', 'あたりまえの', '基本的な', '初歩的な', 'できる'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && /何度も|何回も|再三|繰り返し|くりかえし|おっしゃる|言われる|聞いていない|知らなかった|文句|苦情|クレーム|ご不満|それでも/u.test(withPrevious(sq, s, e)) && !/高齢|お年寄り|障害|障がい|視覚|聴覚|外国|日本語|病気|けが|怪我|お子さん|小さな子/u.test(sentenceText(sq, s, e)),
  },
  // A sarcastic suggestion after a worry or a dislike said to be so great (そこまで給食がご心配でしたら、毎日お弁当をお持たせになれば
  // よろしいのではないでしょうか, そんなに不満なら、ご自分でやられたらいかがですか; not help offered: そんなに心配なら、まず窓口に
  // ご相談ください, 心配な方は健診を受けてみてはいかが).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:そこまで|そんなに|それほど|そげん|そがん|そげに|あれほど|あんなに)[、\\s]?[^。！？\\n]{0,16}?(?:ご心配|心配|ご不安|不安|ご不満|不満|お嫌|嫌|気になる|お気になる|気に入らない|お気に召さない|ご不便|不便|お困り)(?:なの|な)?(?:でしたら|なら|ならば|のでしたら|だったら|であれば|やったら)[、\\s]?[^。！？\\n]{0,30}?(?:(?:れ|せ|け|え|て|め|べ|ね|げ|ら)ば(?:よろしい|いい|良い|よい|よか)(?:のでは|んじゃ|のじゃ|かと|でしょう|と思います)|(?:れ|ら|し)(?:ては|たら)(?:いかが|どう)(?:です|でしょう)?(?:か)?|ご自分で|ご自身で)'),
    need: ['そこまで', 'そんなに', 'それほど', 'そげん', 'そがん', 'そげに', 'あれほど', 'あんなに'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/相談|問い合わせ|問合せ|窓口|受診|健診|検診|ご連絡|お電話|お気軽|ご案内|制度|補助|助成|支援|ぜひ|是非/u.test(sentenceText(sq, s, e)),
  },
  // An admonition to people addressed that presumes their misbehaviour (今年こそおとなしくしててくださいね, 今回こそは騒がずに
  // 過ごしてください, 恥ずかしい大人にならないように; not a cheer: 今年こそ健診を受けてくださいね, not the writer's own resolve:
  // 私たちも恥ずかしい大人にならないよう).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:今年|今回|今度|次|次回|来年|今日|今夜)こそ(?:は)?[、\\s]?(?:[^。！？\\n]{0,6}?)(?:おとなしく|大人しく|静かに|まともに|行儀よく|お行儀よく|騒がず(?:に)?|暴れず(?:に)?|羽目を外さず(?:に)?|はめを外さず(?:に)?|迷惑をかけず(?:に)?|問題を起こさず(?:に)?)[^。！？\\n]{0,10}?(?:てください|て下さい|てね|ててね|ててください|てくださいね|しなさい|しろ|してよ|してほしい|して欲しい|お願いします|願います)|(?:恥ずかしい|みっともない|情けない|痛い)(?:大人|社会人|人間|親|新成人)(?:に|には)(?:ならないように|ならないよう|ならんように|なりませんように|ならないでね|ならないでください|ならないで)'),
    need: ['こそ', '大人', '社会人', '人間', '親', '新成人'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/私|わたし|僕|ぼく|我々|われわれ|自分|私たち|わたしたち|職員|自戒/u.test(sentenceText(sq, s, e)),
  },
  // People named by a fault said to be the loudest or the most demanding (決まりを守らない方ほど声が大きいのは、どこも同じようですね,
  // 並ばない人に限って文句が多い, 払ってない人ほど要求ばかり; not a health tendency: 健診を受けない方ほど重症化しやすい).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:ない|ず|ん|ねえ|てない|ていない|る|た)(?:方|人|方々|人たち|連中|者|利用者|客|住民|親|保護者)(?:ほど|に限って|に限り|ばかりが|ばかり)[、\\s]?[^。！？\\n]{0,10}?(?:声が大きい|声がでかい|声が大きか|声がでかか|文句が多い|文句を言う|文句ばかり|文句ばっかり|苦情が多い|苦情を言う|クレームが多い|うるさい|うるさか|権利ばかり|権利だけは|要求が多い|要求ばかり|注文が多い|口だけは|主張が強い|騒ぐ|騒ぎ立てる|吠える)'),
    need: ['ほど', '限', 'ばかり'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e),
  },
  // Round 41, last so an older kind keeps its span (したら、身元を特定して職場に連絡します): a critic or wrongdoer told they will be identified and their employer, school or family told (これ以上続けるなら、発信元を特定して
  // 勤務先にもご連絡させていただきます, 次にやったら家族と職場に電話するけんな; not a notice: 発熱した場合は保護者の勤務先にご連絡
  // させていただきます, 迷子のお子さんを保護した場合はご家族にご連絡します; not a scam quoted).
  {
    rule: 'hostility/threat',
    re: phrase('(?:これ以上|次に|次は|次回|今度|また同じ|同じことを|今後も|続ける(?:なら|ようなら|ようでしたら|場合は|のであれば)|続けたら|続けられるなら|続けられる場合は|やめない(?:なら|場合は|ようなら)|やめなければ|改めない(?:なら|場合は)|改められない場合は|特定し(?:て|た上で|たうえで|次第)|特定の(?:上|うえ)|突き止め(?:て|た上で|次第)|割り出し(?:て|次第))[^。！？!?\\n]{0,30}?(?:勤務先|勤め先|職場|会社|学校|ご家族|家族|ご実家|実家|親御さん|ご両親|両親|上司|ご近所)(?:の方)?(?:に|へ|まで)(?:も)?[、\\s]?(?:直接)?(?:ご|お)?(?:連絡|通報|報告|知らせ|電話|ご報告)(?:を)?(?:させていただき|させていただく|させてもらい|させてもらう|いたし|致し|し|する|しちゃ|したる|しちゃる)(?:ます|ますので|ますね|ますよ|ますから|まーす|ぞ|から|けん|う|い|(?=[。！!、\\s]|$))'),
    need: ['勤務先', '勤め先', '職場', '会社', '学校', '家族', '実家', '親御さん', '両親', '上司', '近所'],
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && TOLD_ON.test(withPrevious(sq, s, e)) && !TOLD_ON_OK.test(withPrevious(sq, s, e)),
  },
  // Round 48: a label for complainers (モンスターペアレント, クレーマー, モンペ) put on people the post describes by what they did or names
  // as people (…電話をかけてくるような、いわゆるモンスターペアレントの方々の対応に追われ, 納得されない、いわゆるクレーマーの方々,
  // モンペさんたち): an insult even after いわゆる and in a sentence about 対応; not the topic (モンスターペアレント対策, …問題の研修,
  // 「…」と呼ばれる, クレーマー扱いされるのではと心配せず) and not the work trousers (久留米絣のモンペ).
  {
    rule: 'hostility/insult',
    re: phrase(`(?:${LABEL48})(?:(?:の)?(?:${LABEL48_WHO}))?`),
    need: foldAll(['モンスター', 'モンペ', 'クレーマー']),
    instead: INSTEAD.insult,
    keep: labelledComplainer,
  },
  // --- Round 50 kinds ---
  // The reader's head asked whether it is all right, as a jab, in any script or dialect (ｱﾀﾏ大丈夫？, あたまだいじょうぶ？,
  // 頭大丈夫なん？, おつむ大丈夫と？, 頭、ほんとに大丈夫ですかね): an insult; not care after a fall or a blow (頭をぶつけた子に
  // 「頭、大丈夫？」と声をかけて, ヘルメットで頭は大丈夫でした), not a question about the head's health (頭の中は大丈夫か検査).
  // Blind R277T-004 kind (host13): the doubt told as the writer's worry (正直、あ た ま 大丈夫かなと少し心配に; spaced letters are joined on
  // the squeezed view): still the jab.
  {
    rule: 'hostility/insult',
    re: phrase('(?:頭|アタマ|おつむ|脳みそ|脳ミソ)(?:は|が|って)?[、\\s]?(?:ほんとに|本当に|ほんと|マジで|まじで|ちゃんと)?[、\\s]?(?:大丈夫|だいじょうぶ|だいじょぶ)(?:(?:です|でしょう|なん|なんです|なの|やろ|っす|と|け)?(?:か(?:ね|な|いな)?)?(?=[？?])|(?:です|でしょう|なんです|っす)?か(?:ね|な|いな)?(?![ぁ-ゖ一-龥])|(?:なの|なん)?か(?:な|しら)(?=と[、\\s]?(?:少し|すこし|ちょっと|正直|本気で|本当に|ほんとに|心から)?[、\\s]?(?:心配|不安|思|疑)))'),
    need: foldAll(['大丈夫', 'だいじょうぶ', 'だいじょぶ']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !/(?<![ぁ-ゖ一-龥])(?:頭|アタマ|あたま)(?:の中|を)|打|ぶつけ|転|けが|ケガ|怪我|ヘルメット|落ち|熱中|痛|衝撃|事故|ボール|検査|診|ドック|脳卒中|症状|めまい|たんこぶ/u.test(withPrevious(sq, s, e)),
  },
  // The reader's own failure (not looking, not reading, missing a date) called their own problem, fault or responsibility
  // (ご覧になっていないのはご自身の問題かと, 読まれていないのはあなたの責任ですよ, 見逃したのはご自分の落ち度でしょう,
  // 来んかったとはそっちの問題やろ, 確認しなかった方の責任です): blame laid on the reader; not reassurance that it is not
  // theirs (届いていないのはご自身の問題ではありません), not a device's trouble, not a choice left to them (ご自身の判断で).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:(?:ない|なかった|んかった|忘れた|逃した|落とした|怠った|間違えた|遅れた)(?:の|こと|と)(?:は|が)[、\\s]?(?:正直|単に|単純に|あくまで|完全に|明らかに)?[、\\s]?(?:ご自身|ご自分|あなた|あんた|そちら|そっち|お宅)(?:様|さま)?(?:側)?の|(?:ない|なかった|んかった)(?:方|人|ほう|側)(?:の|に))(?:問題|責任|落ち度|せい|非|過失|不注意|怠慢|自己責任)(?=です|でしょう|でしょ|かと|では|じゃ|だ|や|ですよ|でございます|と存じ|と思|が(?:ある|あり)|[。！!？?]|$)'),
    need: foldAll(['問題', '責任', '落ち度', 'せい', '非', '過失', '不注意', '怠慢']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !/^(?:では|じゃ)(?:ない(?!(?:です|でしょう)?か)|ありません(?!か)|なく|なか|ござい)/u.test(sq.slice(e, e + 12)) && !DEVICE.test(sentenceText(sq, s, e)) && !/場合|ときは|時は/u.test(sentenceText(sq, s, e)),
  },
  // Those who do not get it told they never will, the same verb said twice (わからん人にはわからんかぁ, 分からない方には一生分から
  // ないでしょうね, 良さが理解できない人には理解できないんです, 分からん人にゃ分からんけんね): a dismissal looking down on critics; not
  // help for those who do not understand (わからない人には、わかるまでご説明します, 分からない方には分かりやすい冊子を).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:わから|分から|理解でき|理解され|お分かりになら)(?:ない|ん|へん)(?:人|方|ひと|かた|者|もん|方々|人たち|やつ|奴)(?:に|にゃ)(?:は|や)?[、\\s]?(?:一生|永遠に|ずっと|どうせ|やっぱり|やっぱ|結局|いつまでも|いくら説明しても|何を言っても|なんぼ言うても)?[、\\s]?(?:わから|分から|理解でき|理解され|お分かりになら|伝わら)(?:ない|ん|へん)(?=でしょう|だろう|やろ|じゃろ|よね|よ|か|ん(?:です|だ|やろ|よ|ですよ)|の(?:です|だ|でしょう|よ)|もん|けん|ばい|ね|な|わ|って|[。！!…〜~ー\\s、,]|$)'),
    need: foldAll(['わから', '分から', '理解でき', '理解され', 'お分かりになら']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e),
  },
  // Told to study or research more first and only then come, cover, write or speak, as a wish or a request to the press or a critic
  // (もう少し勉強してから取材に来ていただきたいものです, 少しは勉強してから書いてほしいですね, もうちょっと下調べしてから来て
  // もらえませんかね, ちゃんと調べてから記事にしてほしか); not advice to check before coming (休館日をよく確認してからお越しください),
  // not a visit done (しっかり勉強してから取材に来てくれました), not the writer's own resolve.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:(?:もう少し|もうちょっと|もうちょい|少しは|ちょっとは|ちっとは|もっと|せめて)[、\\s]?[^。！？!?\\n]{0,12}?(?:お)?(?:勉強|学習|下調べ|調べ|勉強し直|勉強しなお|取材)(?:を)?(?:し|され|なさっ)?(?:て|で)から[、\\s]?[^。！？!?\\n]{0,10}?(?:取材|記事|報道|放送|番組|ニュース|書|発言|発信|コメント|批判|論評|来|お越し|おいで|いらっしゃ|おっしゃ|言|意見|ご意見|質問|ご質問)|(?:ちゃんと|きちんと|しっかり)[、\\s]?[^。！？!?\\n]{0,12}?(?:お)?(?:勉強|学習|下調べ|調べ|取材)(?:を)?(?:し|され)?(?:て|で)から[、\\s]?[^。！？!?\\n]{0,6}?(?:取材|記事|報道|放送|番組|ニュース))[^。！？!?\\n]{0,12}?(?:いただきたい|頂きたい|いただけ(?:ませんか|ますか|ないでしょうか|ないですか)|ほしい|欲しい|ほしか|もらいたい|もらえ(?:ませんか|ますか|んか|ないか)|ください|下さい|願いたい|くれ(?:ませんか|んか|ないか|(?=[。！!]|$))|んね|なさい|べき|ては(?:いかが|どう)|たら(?:いかが|どう))'),
    need: foldAll(['てから', 'でから']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !/私|わたし|僕|ぼく|職員|我々|われわれ|私たち|子ども|子供|こども|児童|生徒|受験/u.test(sentenceText(sq, s, e)),
  },
  // --- Round 52 kinds ---
  // Harm wished on someone as a thing to try, in polite form or dialect (あなたのような方こそ、一度掘割に落ちてみればよいと
  // 思います, いっぺん痛い目にあってみたらよかとに, 同じ目に遭ってみてはいかがでしょうか, 一度溺れてみんしゃい): a curse; not a
  // lesson told (プールに落ちてみると服を着て泳ぐ難しさが分かります), not a good thing to come of it (落ちてみればいい経験になる).
  {
    rule: 'hostility/curse',
    re: phrase(`${HARM_TRY}(?:${TRY_WISH})`),
    need: foldAll(['みれば', 'みたら', 'みると', 'みりゃ', 'みんしゃ', 'みては', 'みても', 'みてどう', 'みていかが', 'みろ', 'みなさい', 'みんね', 'みい']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notAboutThing(sq, s, e) && !/訓練|講習|体験|教室|授業|救命|着衣泳|シミュレーション|VR|ＶＲ/u.test(sentenceText(sq, s, e)),
  },
  // The reader asked why they make the writer explain or say it again and again (何度同じ説明をさせるんでしょうか, 何回同じこと
  // 言わせると？, いつまで同じ質問に答えさせられるんですかね, 何べん説明させたら気が済むんですか): blame pushed on the reader; not an
  // apology (何度も同じ説明をさせてしまい), not a plan (同じ説明をさせることのないよう), not a worry reported (…させるのか、と悩む).
  {
    rule: 'hostility/confrontational',
    re: phrase(CAUSE_AGAIN),
    need: foldAll(['何度', '何回', '何べん', '何遍', 'なんべん', 'なんど', 'なんかい', '幾度', 'いつまで']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !WORRY_AFTER52.test(sq.slice(e, e + 8)) && !/申し訳|お詫び|おわび|すみません|失礼/u.test(sentenceText(sq, s, e)),
  },
  // The reader blamed for complaining without reading what was given them (手引きも読まずに文句ばかり書かれても, 案内すら見ないで
  // 苦情を言われても, お知らせもろくに読まんで文句ばっかり): not a plan or a hope (…も読まずに批判するのではなく).
  {
    rule: 'hostility/confrontational',
    re: phrase(UNREAD_COMPLAINT),
    need: foldAll(['文句', '苦情', '批判', 'クレーム', '不満', '悪口', 'いちゃもん', '難癖', 'ケチ', 'けち']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/^[^。！？!?\n]{0,8}?(?:のではなく|ではなく|じゃなく|ことのない|ないよう|ませんか|ましょう)/u.test(sq.slice(e, e + 16)) && !/私|わたし|我々|職員|当課/u.test(sq.slice(sentenceOf(sq, s, e).start, s)),
  },
  // The time the reader spent writing, calling or complaining held against them, with what they could have read instead (長文を
  // 書く時間があるなら、手引きの1ページくらいは読めたのではないでしょうか, 電話してくる暇があったらホームページを見てください,
  // こげん長か文ば書く暇のあるなら手引きくらい読めたろうもん): sarcasm; not an invitation (書く時間があるなら、ぜひ発信を), not a child's book.
  {
    rule: 'hostility/confrontational',
    re: phrase(TIME_SPENT),
    need: foldAll(['時間', '暇', 'ひま', '余裕', '元気', '気力', 'エネルギー', '労力', '体力', '根気']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/お子|子ども|子供|こども|絵本|読み聞かせ|読書|ましょう/u.test(sentenceText(sq, s, e)),
  },
  // — Round 59, as kinds (English) —
  // An English insult said to the reader as a form of address, set off by a comma or a dash or after hey/listen (…eat at a
  // convenience store, idiot.; Read the sign, moron!; Hey stupid, …; Idiots, …): insult, block. Not a noun in a list or with
  // an article (not a loser, The Idiot), not beef jerky.
  {
    rule: 'hostility/insult',
    re: phrase(`(?:[,，、—–]|(?<=\\s)-(?=\\s))\\s{0,2}(?:you\\s{1,2})?(?:${EN_INSULT_ADJ}\\s{1,2})?${EN_INSULT}s?(?=\\s{0,2}(?:[.!?…🙄😒😤💢😡🤡🤣😂]|lol(?![a-z])|lmao|$))|(?<![a-z'’])(?:(?:hey|oi)[,\\s]{1,3}|(?:listen|look|ok|okay|yeah|yes)\\s{0,2},\\s{0,2})(?:you\\s{1,2})?(?:${EN_INSULT_ADJ}\\s{1,2})?${EN_INSULT}s?(?![a-z])|(?:^|(?<=[.!?]\\s{1,2}))(?:you\\s{1,2})?(?:idiot|moron|dumbass|imbecile|dimwit|halfwit|nitwit|cretin|stupid)s?\\s{0,2}[,!]`, 'giu'),
    need: ['idiot', 'moron', 'dumbass', 'imbecile', 'dimwit', 'halfwit', 'nitwit', 'cretin', 'loser', 'stupid', 'fool', 'jerk'],
    instead: INSTEAD.insult,
    squeezed: true,
  },
  // A visitor's complaint pushed away in English (nobody is forcing you, if you don't like it, just leave; just go home and
  // eat at a convenience store): confrontational, in a reply or comment. Not an invitation (Nobody is forcing you to join, but
  // we'd love to see you), not advice to someone unwell (just go home and rest).
  {
    rule: 'hostility/confrontational',
    re: phrase(`(?<![a-z])(?:no\\s{0,2}(?:one|body)(?:['’]s|\\s{1,2}is)\\s{1,2}forcing\\s{1,2}(?:you|u)|if\\s{1,2}you\\s{1,2}(?:don['’]?t|do\\s{1,2}not)\\s{1,2}like\\s{1,2}it[,\\s]{1,3}(?:then\\s{1,2})?(?:just\\s{1,2})?(?:go|leave|stay\\s{1,2}(?:home|away)|don['’]?t\\s{1,2}(?:come|buy|eat|visit))(?=[\\s.!,]|$)|just\\s{1,2}go\\s{1,2}(?:back\\s{1,2})?(?:home|away|elsewhere|somewhere\\s{1,2}else)(?=\\s{1,2}and|\\s{0,2}[.!,]|$))`, 'giu'),
    need: ['forcing', 'like it', 'just go'],
    instead: INSTEAD.polite,
    squeezed: true,
    replyOnly: true,
    keep: (sq, s, e) => !/\b(?:but|love|welcome|happy|optional|feel free|sick|fever|unwell|ill|rest|tired|symptoms?|typhoon|storm|rain|evacuat)/iu.test(sentenceText(sq, s, e)),
  },
  // Blind R137I-102: a suspect or a stranger mocked by their looks as if guilty by face (捕まった自転車泥棒、見た目からしていかにも
  // やりそうな顔してました笑, 犯人、顔からして悪そうやった, 人相の悪い男でした笑): contempt for a person, warn. Only of a person (泥棒,
  // 犯人, 容疑者, 男, 客 …); not a villain in a play or a demon at 節分 (いかにも悪そうな顔の鬼), not the lesson against it (見た目で
  // 判断しないで, 人は見た目によらない).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:見た目|顔|顔つき|人相|外見|風貌|面構え)(?:から(?:して)?|で|を見(?:れば|たら|ても)|見(?:れば|たら|ても))[、,\\s]?[^。！？\\n]{0,12}?(?:やりそう|悪そう|わるそう|悪かそう|怪しそう|あやしそう|犯人っぽ|泥棒っぽ|犯罪者っぽ|悪人|盗みそう|悪いことしそう|悪さしそう|前科)|いかにも[^。！？\\n]{0,8}?(?:やりそう|悪そう|わるそう|悪かそう|盗みそう|犯人っぽい|泥棒っぽい|犯罪者っぽい|悪いことしそう|悪さしそう)な(?:顔|顔つき|人相|見た目|面|ツラ|つら|外見|風貌)|(?:人相|顔つき|目つき)(?:の|が|も)(?:悪|わる)(?:い|かった|すぎ|か)[^。！？\\n]{0,12}?(?:笑|ｗ|w|草|😂|🤣|😆)'),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      const t = sentenceText(sq, s, e)
      const around = sq.slice(Math.max(0, s - 60), Math.min(sq.length, e + 30))
      return notQuoted(sq, s, e)
        && /泥棒|どろぼう|犯人|容疑者|被疑者|犯罪者|万引き|窃盗|空き巣|不審者|痴漢|男|女|(?<![一-龥])人|客|少年|少女|あいつ|こいつ|奴|やつ|おじさん|おばさん|兄ちゃん|姉ちゃん/u.test(around)
        && !/鬼|キャラ|役(?!所)|悪役|怪獣|人形|劇|映画|ドラマ|仮装|お面|判断(?:し|せ)(?:ない|ん|ず)|決めつけ|とは限ら|によらない|によらず|偏見|ではありません|ではない/u.test(t)
    },
  },
  // Blind R137I-106, as kinds (English): people called disgusting or worse to their face (To the tourists who keep leaving trash:
  // you're disgusting; you people are pathetic; you are all a disgrace; shame on you all): insult, block. Not a thing called so
  // (the smell is disgusting, it's a disgrace that…), not quoted (signs saying "you're disgusting" were removed).
  {
    rule: 'hostility/insult',
    re: phrase(`(?<![a-z'’])(?:you|u|y['’]?all|you\\s{1,2}(?:people|lot|guys|tourists|visitors)|(?:these|those)\\s{1,2}(?:tourists|visitors|people|litterers|idiots))(?:['’]re|\\s{1,2}are)(?:\\s{1,2}(?:all|so|just|truly|really|absolutely|simply|completely|honestly|such))?\\s{1,2}(?:disgusting|pathetic|gross|vile|filthy|shameless|worthless|despicable|revolting|trash|garbage|scum|vermin|animals|pigs|savages|idiots|morons|clowns|a\\s{1,2}(?:disgrace|joke|plague|pest)|an\\s{1,2}(?:embarrassment|eyesore|disgrace))(?![a-z])|(?<![a-z'’])shame\\s{1,2}on\\s{1,2}(?:you|all\\s{1,2}of\\s{1,2}you)(?:\\s{1,2}all)?(?=\\s{0,2}[.!,]|$)`, 'giu'),
    need: ['you', 'u', 'these', 'those', 'shame'],
    instead: INSTEAD.insult,
    squeezed: true,
    keep: (sq, s, e) => notQuotedEn(sq, s, e),
  },
  // Told to go home or back to their country in English, for not keeping the rules or as visitors (If you can't follow our rules, go
  // home; if you won't respect our town, stay away; Tourists go home; go back to your own country): confrontational, warn. Not a
  // condition of illness or weather (if you feel unwell, go home and rest), not how to get home (go home by train).
  {
    rule: 'hostility/confrontational',
    re: phrase(`(?<![a-z])if\\s{1,2}you\\s{1,2}(?:can['’]?t|cannot|can\\s{1,2}not|won['’]?t|will\\s{1,2}not|don['’]?t|do\\s{1,2}not|refuse\\s{1,2}to)\\s{1,2}(?:follow|respect|obey|keep\\s{1,2}to|behave|clean\\s{1,2}up|pick\\s{1,2}up|take\\s{1,2}(?:your|home)|stop)[^.!?\\n]{0,40}?[,\\s]{1,3}(?:then\\s{1,2})?(?:just\\s{1,2}|please\\s{1,2})?(?:go\\s{1,2}(?:back\\s{1,2})?home|go\\s{1,2}back\\s{1,2}to\\s{1,2}(?:your|where)|leave|get\\s{1,2}out|stay\\s{1,2}(?:home|away|out)|don['’]?t\\s{1,2}(?:come|bother\\s{1,2}coming|visit))(?![a-z])|(?<![a-z])(?:tourists?|visitors?|foreigners?|outsiders?)[,\\s]{1,3}go\\s{1,2}(?:back\\s{1,2})?home(?![a-z])|(?<![a-z])go\\s{1,2}back\\s{1,2}to\\s{1,2}(?:your\\s{1,2}(?:own\\s{1,2})?(?:country|countries|home\\s{1,2}country)|where\\s{1,2}you\\s{1,2}came\\s{1,2}from)(?![a-z])`, 'giu'),
    need: ['if you', 'go home', 'go back'],
    instead: INSTEAD.polite,
    squeezed: true,
    keep: (sq, s, e) => notQuotedEn(sq, s, e) && !/\b(?:sick|fever|unwell|ill|symptoms?|typhoon|storm|rain|evacuat|safely|by (?:train|bus|taxi))/iu.test(sentenceText(sq, s, e)),
  },
  // A questioner talked down to in English: the times it was written counted (as we wrote three times in the guide), told to read
  // before asking, or told it is not so difficult with a tag (It is not so difficult, I think.; not that complicated, is it?):
  // confrontational, in a reply or comment. Not a rule read before boarding, not help offered (It's not so difficult! Our staff…).
  {
    rule: 'hostility/confrontational',
    re: phrase(`(?<![a-z])(?:(?:as\\s{1,2})?(?:we|i)(?:['’]ve|\\s{1,2}have|['’]d|\\s{1,2}had)?\\s{1,2}(?:already\\s{1,2})?(?:wrote|written|said|stated|explained|mentioned|posted|announced|answered|told\\s{1,2}you|repeated)[^.!?\\n]{0,40}?(?:(?:many|several|three|two|four|five|multiple|countless|numerous|so\\s{1,2}many|a\\s{1,2}(?:few|dozen|hundred)|\\d{1,3})\\s{1,2}times|over\\s{1,2}and\\s{1,2}over|again\\s{1,2}and\\s{1,2}again|repeatedly)|(?:please\\s{1,2}|kindly\\s{1,2}|just\\s{1,2}|try\\s{1,2}to\\s{1,2}|maybe\\s{1,2})?read\\s{1,2}(?:[^.!?\\n]{0,40}?\\s)?(?:first\\s{1,2})?(?:before|prior\\s{1,2}to)\\s{1,2}(?:asking|you\\s{1,2}ask|posting|commenting|you\\s{1,2}(?:post|comment|write)|writing\\s{1,2}(?:to\\s{1,2}us|in))|(?:it['’]s|that['’]s|is|are)\\s{1,2}(?:really\\s{1,2}|honestly\\s{1,2}|just\\s{1,2})?not\\s{1,2}(?:so|that|very|too|really)\\s{1,2}(?:difficult|hard|complicated|complex)(?=\\s{0,2}(?:,\\s{0,2}(?:i\\s{1,2}think|is\\s{1,2}it|right|you\\s{1,2}know|honestly|really)(?=\\s{0,2}(?:[.!?…🙂🙄😒😑🙃]|$))|[🙄😒😑🙃])))`, 'giu'),
    need: ['times', 'over and over', 'again and again', 'repeatedly', 'before', 'prior to', 'difficult', 'hard', 'complicated', 'complex'],
    instead: INSTEAD.polite,
    squeezed: true,
    replyOnly: true,
  },
  // — Round 64/65, as kinds —
  // A named councillor's or official's speech belittled (松尾議員の質問は今回も要領を得ず, 田中議員の一般質問、相変わらず的外れで,
  // 山本委員の発言は…何が言いたいのか, 古賀議員の質問はまた要領ば得んで): ridicule of a person by their work, warn. Not a relayed
  // criticism (…が的外れだとの声もありますが), not our own apology (部長の説明が要領を得ず、ご迷惑をおかけしました), not the thing denied.
  {
    rule: 'hostility/confrontational',
    re: phrase(`(?:議員|議長|委員|委員長|市長|副市長|町長|村長|知事|部長|課長|局長|係長|室長|大臣|氏|先生|さん)(?:の)?(?:一般)?(?:質問|答弁|発言|説明|演説|討論|質疑|主張|提案|スピーチ|挨拶|あいさつ)(?:は|も|って|が|、)[、\\s]?[^。！？!?\\n]{0,16}?${BELITTLED}`),
    need: foldAll(['要領', '的外れ', 'まとはずれ', '意味不明', '支離滅裂', '粗末', 'そまつ', '言いたいの', '言いたいと', '言いたいか', '堪え', '耐え', 'レベルが低', '中身', '稚拙', 'ピント外れ', 'しどろもどろ', 'ぐだぐだ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !BELITTLED_NOT.test(foldString(sq.slice(e, e + 14))) && !BELITTLED_OWN.test(foldString(sentenceText(sq, s, e))),
  },
  // A resident's complaint repeated back, then the reader asked whether they know a basic service (…って、おっしゃいますけど、
  // コンビニ交付って知ってます？🙄, …って言われても、オンライン予約ってご存じないんですか？, 分別アプリとか知っとる？😒): talking down,
  // warn. Not a quiz or an introduction (柳川のさげもんって知ってます？ ひな祭りの…), not help offered to those who cannot come (平日に
  // 来られない方へ。コンビニ交付ってご存じですか？), not a question quoted.
  {
    rule: 'hostility/confrontational',
    re: phrase(`(?:って|とか|というの|っての|のこと|を)(?:は)?[、\\s]?(?:知って(?:ます|る|ない|いますか|いらっしゃいます|おられます)|知っと(?:る|ると|らん|らんと)|ご存[じ知](?:です|ない|なかった|ありません|でしょうか))[^。！？!?\\n]{0,6}?(?:[？?🙄😒😏🤷]|$)`),
    need: foldAll(['知って', '知っと', 'ご存じ', 'ご存知']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && (RETORT_FRAME.test(foldString(sq.slice(sentenceOf(sq, s, e).start, s))) || /^[^。！？!?\n]{0,6}?[🙄😒😏🤷]/u.test(sq.slice(s, e + 3))),
  },
  // A critic told to do their duty first and only then give an opinion (ご不満は承知しましたが、まずは納めるべきものを納めてから
  // ご意見をいただけますか, 払うもん払うてから文句言わんね, ご自身の義務を果たされてからご意見いただけますでしょうか): pushing a
  // resident away, warn. Not an order of steps with no critic before (まずは展示をご覧いただいてから、ご意見・ご感想をお寄せください).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:まず|まずは|先に|せめて|ご自分|ご自身|自分|あなた|あんた|お前|おまえ|べき(?:もの|もん|こと)|払う(?:もの|もん)|納める(?:もの|もん)|やる(?:こと|もん)|義務)[^。！？!?\\n]{0,30}?(?:て|で)から[、\\s]?(?:ご意見|ご指摘|ご批判|ご要望|ご不満|苦情|文句|意見|不満|要望|批判|クレーム)(?:を|は)?(?:いただけ|頂け|いただき|頂き|いただく|お聞かせ|お寄せ|おっしゃ|仰|言って|言うて|言い|言え|言わんね|言わんか|くださ|下さ|お申し出|申し出|述べ|お述べ|にして|お願い)'),
    need: foldAll(['てから', 'でから']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && CRITIC36.test(withPrevious(sq, s, e).slice(0, -(e - s) - (sentenceOf(sq, s, e).end - e))),
  },
  // --- Blind set R75A kinds ---
  // The asker told that asking again will not change the answer (R75A-097: 何度も同じご説明をしておりますが、…。これ以上同じ質問を
  // 繰り返されても、お答えは変わりません).
  {
    rule: 'hostility/confrontational',
    re: phrase(REPEAT_ASK),
    need: foldAll(['これ以上', '何度', '何回', '何べん', 'なんべん', 'なんど', 'なんかい', '幾度', '何遍', 'いくら', '繰り返し', 'くり返し', '再三', '毎回', '毎度']),
    instead: '繰り返しの質問を突き放さず、「分かりにくくて申し訳ありません。要点は…です。詳しくは〇〇課（電話）へ」のように、改めて案内してください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !REPEAT_ASK_OK.test(sentenceText(sq, s, e) + sq.slice(e, e + 16)),
  },
  // …and the answer opened in a reply by saying it has been explained the same way again and again (R75A-097: 何度も同じご説明を
  // しておりますが、免除の申請は前年の所得で判断します).
  {
    rule: 'hostility/confrontational',
    re: phrase(SAID_AGAIN),
    need: foldAll(['同じ']),
    replyOnly: true,
    instead: '繰り返しの質問を責める前置きをやめ、「お問い合わせありがとうございます。免除の申請は…」のように、答えだけを丁寧に伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !SAID_AGAIN_OK.test(sentenceText(sq, s, e)),
  },
  // Another town and what it offers called stale or dull (R75A-137: お隣の筑水市さんの返礼品、毎年同じラインナップで正直ネタ切れ感
  // ありますよね笑).
  {
    rule: 'hostility/confrontational',
    re: phrase(STALE),
    need: foldAll(['ネタ切れ', 'ねた切れ', 'ネタぎれ', 'マンネリ', '代わり映え', '変わり映え', 'かわりばえ', '新鮮味', '新鮮さ', '目新しさ', '飽き', 'あき', 'ぱっと', 'パッと', 'しょぼ', 'ショボ', 'ありきたり', '二番煎じ', '古臭', '古くさ', '時代遅れ', '地味']),
    instead: '他の自治体を下げず、柳川の魅力そのものを紹介してください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !STALE_NEGATED.test(sq.slice(e, e + 12)) && otherTownBefore(sq, s, e) && !STALE_OK.test(withPrevious(sq, s, e) + sq.slice(e, e + 16)),
  },
  // --- Blind sets R84A/R85A kinds, warnings: last, so that an insult or a curse above holds its span first (口だけは達者) ---
  // People described by a duty undone set against the complaints they still make (R84A-054: …面会にも来ないのに、苦情だけは毎週
  // お電話くださるご家族が一部いらっしゃいます).
  {
    rule: 'hostility/confrontational',
    re: phrase(UNDONE),
    need: foldAll(['のに', 'くせ', 'とに']),
    instead: '特定の利用者や家族を当てこすらず、「ご意見・ご相談は〇〇課（電話）で承ります」のように、窓口だけを丁寧に伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !UNDONE_OK.test(sentenceText(sq, s, e)),
  },
  // The addressee credited with a confidence never to meet the fate they deny others (R84A-070: ご自身は一生年を取らず、病気にも
  // ならない自信がおありなんでしょうね).
  {
    rule: 'hostility/confrontational',
    re: phrase(NEVER_SURE),
    need: foldAll(['でしょう', 'だろう', 'やろ', 'ちやろ', 'じやろ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && NEVER_WHO.test(sq.slice(sentenceOf(sq, s, e).start, s + 40)),
  },
  // An exasperated "by now" request to someone who keeps at it (R85A-129: …これまでに何度もご説明しております。そろそろご理解いただけ
  // ませんでしょうか; R84A-087: 毎回…書き込んでくる中原さん、そろそろ静かにしてもらえますか？).
  {
    rule: 'hostility/confrontational',
    re: phrase(BY_NOW),
    need: foldAll(['そろそろ', '加減', 'かげん']),
    instead: '「改めてご案内します。〇〇は次のとおりです」のように、繰り返しであることには触れずに案内してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const ctx = twoBefore(sq, s, e)
      return BY_NOW_CUE.test(ctx) || namedOrAddressed(ctx)
    },
  },
  // --- Blind sets R88A/R89A kinds, warnings ---
  // Sarcastic thanks for a nuisance, marked by an eye-roll or a pest credited as glad of it (R88A-050: 「猫おばさん」の皆さん、今日も熱心な
  // エサやりおつかれさまです🙄 おかげでカラスも毎朝大喜びですね).
  {
    rule: 'hostility/confrontational',
    re: phrase(`${EYE_ROLL}|${PEST_GLAD}`),
    need: foldAll(['🙄', '😒', '😑', '呆', 'あきれ', 'おかげ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e),
  },
  /**
   * Blind R265G-041 kind: critics named or hailed as アンチ (アンチのみなさん、…おつかれさま, アンチの方々がまた騒いでいますが, アンチさん
   * 見てる〜？): the account labelling the people who criticise it as haters, a provocation. Warn. Only the word for people (アンチの皆さん,
   * アンチさん, アンチ勢), not a compound (アンチエイジング, アンチウイルス), not quoted, not a lesson on online abuse (アンチの人から
   * ひどいコメントが来たら、ひとりで悩まず相談してね).
   */
  {
    rule: 'hostility/confrontational',
    re: phrase('(?<![ァ-ヺー])アンチ(?:の(?:皆さん|みなさん|皆様|みなさま|皆さま|皆|みんな|方々|方たち|方|人たち|人達|人|連中|奴ら|やつら)|さん(?:たち|達)?|ども|諸君|各位|勢|たち|達)'),
    need: foldAll(['アンチ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/相談|悩|傷つ|被害|対処|対策|守る|守り|ブロック機能|通報機能/u.test(sentenceText(sq, s, e)),
  },
  // The reader's ability presumed after repeated failures with さすがに (R89A-027: …読んでくださらない方が…。さすがにこれなら読めますよね).
  {
    rule: 'hostility/confrontational',
    re: phrase(SURELY_NOW),
    need: foldAll(['さすがに', '流石に', 'いくらなんでも', 'いくら何でも']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !QUIZ.test(sentenceText(sq, s, e)) && FAILED88.test(twoBefore(sq, s, e).replace(sq.slice(s, e), '')),
  },
  // Another town's event run down as empty, set against ours doing well (R89A-089: お隣のまちの…イベントは、毎年ガラガラだと聞きますが、
  // 柳川のフェスタは今年も大盛況でした).
  {
    rule: 'hostility/confrontational',
    re: phrase(EMPTY_THEIRS),
    need: foldAll(['ガラガラ', 'ガラ空き', '閑古鳥', '閑散', 'まばら', '来ない', 'こない', '少ない', '集まらない', 'いない', '盛り上がらない', '盛り上がってない', '不人気', '寂しい', 'さびしい']),
    instead: '他の自治体と比べて下げず、柳川の取り組みそのものを紹介してください（例：「今年も多くの方にお越しいただきました」）',
    keep: (sq, s, e) => notQuoted(sq, s, e) && !JOINT.test(sq.slice(s, e)),
  },
  // Feigned surprise that the critic did not read even the least (R89A-130: 伝統を大切になさる方が、まさか講座の案内文すら最後まで読まれて
  // いないとは思いませんでした).
  {
    rule: 'hostility/confrontational',
    re: phrase(NOT_EVEN_READ),
    need: foldAll(['すら', 'さえ', 'まさか']),
    instead: INSTEAD.polite,
    // (Not notTeaching: the critic's miss is often a course's own notice, 講座の案内文.)
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const { start } = sentenceOf(sq, s, e)
      const before = sq.slice(start, s)
      return PERSON88.test(before) && !SELF.test(before) && !/お詫び|おわび|申し訳|反省/u.test(sentenceText(sq, s, e))
    },
  },
  // --- Blind sets R86A/R87A kinds, warnings ---
  // Complaints called noise with what is done with them between (R86A-134: 毎日毎日避難所の文句ばっかり書き込んで、せからしか).
  {
    rule: 'hostility/confrontational',
    re: phrase(COMPLAINTS_NOISY),
    need: foldAll(['せからし', 'うるさ', 'やかまし']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !COMPLAINTS_NOISY_OK.test(sq.slice(s + 2, e) + sq.slice(e, e + 4)) && !COMPLAINTS_NOISY_WHO.test(sq.slice(s, e)),
  },
  // Told to stay home or go elsewhere if unhappy, as a permission (R86A-101: ご不満でしたら、ご自宅で過ごしていただいて結構です).
  {
    rule: 'hostility/confrontational',
    re: phrase(DISLIKE_AWAY),
    need: foldAll(['嫌', '不満', '気に入らない', 'お気に召さない']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const hit = sq.slice(s, e)
      if (!AWAY86.test(hit) || AWAY_OK.test(hit)) return false
      return /不満/u.test(hit) || COMPLAINED86.test(withPrevious(sq, s, e).replace(hit, ''))
    },
  },
  // Told, if unhappy, to use another town's or another place's facility instead, as a suggestion (ご不満なら隣の市のプールをご利用に
  // なってはいかがでしょうか, 嫌ならよその図書館を使えばよかです; not a neighbour's facility offered to all without 不満なら).
  {
    rule: 'hostility/confrontational',
    re: phrase(DISSATISFIED_ELSEWHERE),
    need: foldAll(['嫌', '不満', '気に入らない', 'お気に召さない']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  // Critics' energy or time redirected in sarcasm (R86A-145: 批判を書き込む元気のある方は、ぜひその元気を泥かきボランティアにも).
  {
    rule: 'hostility/confrontational',
    re: phrase(CRITIC_ENERGY),
    need: foldAll(['文句', '苦情', '批判', 'クレーム', '悪口', 'ケチ', 'いちゃもん', '難癖', '陰口', '誹謗', '中傷', '揚げ足', 'あら探し', '粗探し']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !CRITIC_ENERGY_OK.test(sq.slice(s, e)),
  },
  // Told, before asking again, to check what they have first (R87A-024: 何度もお尋ねになる前に、まずはお手元の資料をご確認いただけますと).
  {
    rule: 'hostility/confrontational',
    re: phrase(ASK_AGAIN_FIRST),
    need: foldAll(['何度も', '何回も', '何べんも', '何遍も', '再三', '毎回', 'いちいち', 'しょっちゅう', 'たびたび', '度々']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/ましょう|お子|子ども|子供|こども|児童|生徒|園児/u.test(sentenceText(sq, s, e)),
  },
  // --- Blind sets R90A/R91A kinds, warnings (last: a stronger rule on the same words keeps its finding) ---
  // The reader's ability doubted with まさか…ないわけではないですよね？ (R90A-029: 学校だよりに全部書いてありますが、まさか読めないわけではないですよね？;
  // not a quiz, not the writer's own, not a worry reported).
  {
    rule: 'hostility/confrontational',
    re: phrase(MASAKA_CANT),
    need: foldAll(['まさか']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e) || REPORTED90.test(sq.slice(e, e + 12))) return false
      const { start } = sentenceOf(sq, s, e)
      return !QUIZ.test(sentenceText(sq, s, e)) && !SELF.test(sq.slice(start, e)) && !/私ども|当課|職員/u.test(sq.slice(start, e))
    },
  },
  // Mock wonder that someone holds a job with so poor a showing (R90A-051: よくあれで教育面の担当が務まるものだと感心いたしました;
  // not a small body praised: あんな小さな体で、よく大役が務まった, not the writer's own early days).
  {
    rule: 'hostility/confrontational',
    re: phrase(HOW_HELD),
    need: foldAll(['よく', 'よう']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || REPORTED90.test(sq.slice(e, e + 12))) return false
      return !SELF.test(withPrevious(sq, s, e)) && !/私ども|当課|職員/u.test(sentenceText(sq, s, e))
    },
  },
  // A parent told to do the least thing for their child at home (R90A-078: ご自分のお子さんの宿題くらい、ご家庭で見てあげてはいかがでしょうか;
  // not a health tip: 仕上げみがきくらいは保護者がしてあげましょう, not an amount: 1日10分くらい).
  {
    rule: 'hostility/confrontational',
    re: phrase(CHILD_LEAST),
    need: foldAll(['くらい', 'ぐらい']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/ましょう|おすすめ|お勧め|ぜひ|是非|[0-9０-９一二三四五六七八九十]\s?(?:分|回|日|時間|ページ|冊)|歯|健康|年齢|歳|才/u.test(sentenceText(sq, s, e)),
  },
  // The school or the office said not to be a servant service as the reason for a brush-off (R90A-078: 学校は託児所ではございませんので。;
  // not an explanation: 学童保育は託児所ではなく、生活の場です).
  {
    rule: 'hostility/confrontational',
    re: phrase(NOT_SERVANT),
    need: foldAll(['託児所', '便利屋', '何でも屋', 'なんでも屋', 'よろず屋', 'ベビーシッター', '家政婦', '召使い', 'お手伝いさん', 'タクシー', '秘書', 'お母さん']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !REPORTED90.test(sq.slice(e, e + 12)),
  },
  // The asker asked whether they read it before asking, or asked for a question with more substance (R91A-006: 最後までお読みになった
  // うえでのご質問でしょうか？…もう少し中身のあるご質問をいただけると助かります; not a call for questions, not a wish reported).
  {
    rule: 'hostility/confrontational',
    re: phrase(`${READ_FIRST_Q}|${SUBSTANCE}`),
    need: foldAll(['うえでの', '上での', '後での', 'あとでの', 'もう少し', 'もうちょっと', 'もうちょい', '少しは', 'ちょっとは', 'もっと']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e) || REPORTED90.test(sq.slice(e, e + 12))) return false
      const { start } = sentenceOf(sq, s, e)
      return !SELF.test(sq.slice(start, s)) && !/私ども|当課|職員|市として|市も/u.test(sentenceText(sq, s, e))
    },
  },
  // Thanks for the effort said in sarcasm (R91A-035: この寒い中、本当にご苦労さまなことです; not ご苦労さまです, not ご苦労の多いことと存じます).
  {
    rule: 'hostility/confrontational',
    re: phrase(GOKUROU),
    need: foldAll(['ご苦労', '御苦労', 'ごくろう']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/^[、\s]?(?:と(?:存|思|お察|拝察)|に(?:存|思))/u.test(sq.slice(e, e + 6)) && !REPORTED90.test(sq.slice(e, e + 12)),
  },
  // Opponents' case called only emotional, or said by a knowing guess not to mean to talk in earnest (R91A-090: 感情的なご主張ばかりで、
  // 建設的な議論をされるおつもりはないようですね; not a balance reported: 感情的なご意見ばかりではなく, not a trend on social media).
  {
    rule: 'hostility/confrontational',
    re: phrase(`${EMOTIONAL}|${NO_INTENT}`),
    need: foldAll(['感情', 'つもり', '気', '意思', 'お気持ち']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e) || REPORTED90.test(sq.slice(e, e + 12))) return false
      const around = withPrevious(sq, s, e)
      const { start } = sentenceOf(sq, s, e)
      return PERSON88.test(around.replace(sq.slice(s, e), '')) || /反対|会さん|団体|陣営|[@＠]/u.test(around) ? !SELF.test(sq.slice(start, s)) && !/私ども|当課|市として/u.test(sq.slice(start, s)) : false
    },
  },
  // --- Blind sets R96A/R97A kinds, warnings (last: a stronger rule on the same words keeps its finding) ---
  // Weariness at what residents say, or a lapse called a thing simply solved by their own care (R96A-040: 「うっかり忘れとった」と
  // いう方が…。正直、その言い訳はもう聞き飽きました。…カレンダーに書いておけば済む話です; not 聞き飽きない民謡, not 聞き飽きたかも
  // しれませんが (the writer's own reminder), not an easy online step: スマホで申請すれば済みます).
  {
    rule: 'hostility/confrontational',
    re: phrase(`${HEARD_ENOUGH}|${SIMPLE_FIX}`),
    need: foldAll(['聞き飽', '聞きあき', 'ききあき', '聞き厭き', '聴き飽き', '見飽き', '耳にタコ', '済む', '済ん']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e) || REPORTED90.test(sq.slice(e, e + 12))) return false
      if (/^[、\s]?(?:と(?:言われ|いわれ|思われ)|って(?:言われ|思われ))/u.test(sq.slice(e, e + 8))) return false
      if (/済/u.test(sq.slice(s, e))) return LAPSE.test(withPrevious(sq, s, e).replace(sq.slice(s, e), '')) && !OWN_FAULT.test(sentenceText(sq, s, e))
      return true
    },
  },
  // Our own side set against another town's trouble told as hearsay, with a smug けど and an emoji (R97A-078: 隣の市の健診は予約が
  // ぜんぜん取れないそうですね。柳川はいつでもちゃんと取れますけど😊; not an invitation: 柳川でも受診できますので, not our own alone,
  // not a joint event, not けど、 going on to a caution).
  {
    rule: 'hostility/confrontational',
    re: phrase(OUR_SMUG),
    need: foldAll(['けど', 'けれど']),
    instead: '他の自治体と比べて下げず、柳川の対応そのものを事実として伝えてください',
    keep: afterTownTrouble,
  },
  // The asker told that if they read it properly even a child could follow (R97A-116: @mom_of3 母子手帳アプリの使い方は、説明書を
  // ちゃんと読めば小学生でも分かるように書いてあります; not a guide made so: ちゃんと読めば小学生でも分かるように作りました, not a kit).
  {
    rule: 'hostility/confrontational',
    re: phrase(READ_CHILD),
    need: foldAll(['でも', 'だつて', 'ですら']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceText(sq, s, e)
      if (GUIDE96.test(sen) || GUIDE96.test(sq.slice(e, e + 30))) return false
      return ASKER.test(withPrevious(sq, s, e).replace(sq.slice(s, e), ''))
    },
  },
  // A critic said to like fault-finding better than their own good (R97A-132: @kenko_critic ご自身の健康より、市の粗探しのほうが
  // お好きなようですね; not the writer's own: 私は粗探しのほうが得意なようです, not children at play: 宝探しのほうが好きなようです).
  {
    rule: 'hostility/confrontational',
    re: phrase(FOND_OF_FAULTS),
    need: foldAll(['好き', '得意', '趣味', '生きがい', '生き甲斐', 'お楽しみ', '楽しい', '大事', '大切']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e) || REPORTED90.test(sq.slice(e, e + 12))) return false
      const { start } = sentenceOf(sq, s, e)
      const lead = sq.slice(start, s).replace(/ご自分|ご自身/gu, '')
      return !SELF.test(lead) && !/私ども|当課|職員|市として/u.test(lead)
    },
  },
  // Blind sets R100A–R102A (last, so older rules of the kind keep their excerpts): the addressee's home said to be easily known, by any means, to a critic or someone addressed (R100A-113: どこに住んどるかくらい
  // 調べればすぐわかるけんね; R102A-063: 防犯カメラの映像を見れば、あんたがどこに住んどるかくらいすぐ分かるけんね; お住まいなんて
  // すぐ特定できますよ: threat; not help: お住まいの地区の収集日はアプリを見ればすぐ分かります, not a lost pet's home).
  {
    rule: 'hostility/threat',
    re: phrase(HOME_KNOWN),
    need: foldAll(['分か', 'わか', '特定', '把握', '割り出', '突き止', '調べ']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const sen = sentenceText(sq, s, e)
      if (ABUSE_REPORTED.test(sen) || HELP49.test(sen) || HELP96.test(sen) || /かどうか|場合|ように/u.test(sq.slice(s, e)) || REPORTED90.test(sq.slice(e, e + 12))) return false
      if (/^[、\s]?(?:か(?:[？?。]|$)|かどうか|場合|ように|ようになり)/u.test(sq.slice(e, e + 8))) return false
      return ADDRESSED102.test(sq) || CRITIC96.test(withPrevious(sq, s, e).replace(sq.slice(s, e), '')) || VISIT49.test(sq.slice(e, e + 60)) || WARNED.test(sq.slice(e, e + 60))
    },
  },
  // --- Blind set R106A kinds, warnings (last: older rules of the kind keep their excerpts) ---
  // The reader's pressure said not to change the outcome (R106A-003: 窓口で大きな声を出されても結果は変わりません).
  {
    rule: 'hostility/confrontational',
    re: phrase(PRESSURE_NO_CHANGE),
    need: foldAll(['変わ', 'かわら', 'かわり', '覆', '変更', 'どうにも', '早く', 'はやく', 'すぐ']),
    instead: '強い口調を責めず、「ご不安な点をお聞かせください。結果について不服がある場合は、次の手続きがあります」のように、手続きを丁寧に案内してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e) || REPORTED90.test(sq.slice(e, e + 12))) return false
      return !PRESSURE_OK.test(sentenceText(sq, s, e)) && !/^[、\s]?(?:と(?:思|諦|あきら|お考え|考え)|って(?:思|諦|あきら))/u.test(sq.slice(e, e + 6))
    },
  },
  // The reader blamed in keigo for not doing the least a duty asks (R106A-048: ご家族なのですから、…伝えるくらいはしていただかないと困ります).
  {
    rule: 'hostility/confrontational',
    re: phrase(LEAST_DUTY),
    need: foldAll(['困', 'こまり', 'こまる']),
    instead: '相手を責めず、「次回の調査では、普段のご様子をお伝えいただけると正確な判定につながります」のように、お願いとして伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e) || REPORTED90.test(sq.slice(e, e + 12))) return false
      const { start } = sentenceOf(sq, s, e)
      if (/^[^。！？!?\n]{0,4}?(?:と|って)[、\s]?[^。！？!?\n]{0,10}?(?:笑|話し|話さ|言っ|言わ|言い|おっしゃ|語|ぼや|こぼ)/u.test(sq.slice(e, e + 24))) return false
      return !LEAST_DUTY_OK.test(sq.slice(start, s)) && !LEAST_DUTY_OK.test(sq.slice(e, e + 12))
    },
  },
  // Residents belittled for what they know only from the net or hearsay (R106A-080: ネットで調べた知識だけで窓口に来られる方も).
  {
    rule: 'hostility/confrontational',
    re: phrase(HALF_KNOWN),
    need: foldAll(['知識', '情報', '知恵']),
    instead: '相手の知識を見下さず、「制度の詳しい説明は市ホームページに掲載しています。ご不明な点は〇〇課へ」のように案内してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      return !HALF_KNOWN_OK.test(sentenceText(sq, s, e))
    },
  },
  // --- Blind set R107A kinds, warnings ---
  // A complainer pushed away by "if you have no will to, you need not" (R107A-018: 読む気がないなら無理に読まなくていいと思いますよ).
  {
    rule: 'hostility/confrontational',
    re: phrase(NO_WILL_NEED_NOT),
    need: foldAll(['気が', '気は', '気も', '気の', '気な', '気無']),
    instead: '突き放さず、「読みにくいとのご意見を受け、要点をまとめた版も作成しています」のように、改善や代わりの方法を案内してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e) || REPORTED90.test(sq.slice(e, e + 12))) return false
      if (/させ(?:なく|ん|ず)|せ(?:なく|ん|ず)(?:て|で)/u.test(sq.slice(s, e))) return false
      return COMPLAINED107.test(sq.slice(0, s))
    },
  },
  // A complaint about discomfort answered by telling the complainer to toughen up first and only then come (R107A-048: 椅子が硬いとのこと、
  // お尻を鍛えてからお越しいただければ幸いです😊).
  {
    rule: 'hostility/confrontational',
    re: phrase(TOUGHEN_FIRST),
    need: foldAll(['鍛え', 'きたえ', '慣ら', 'ならし', '慣れ', 'なれ', 'つけ', '付け', '強くし', '丈夫にし', '耐えられ', '我慢でき', '辛抱でき']),
    instead: '相手に我慢を求めず、「硬いとのご意見を受け、座布団の貸し出しを始めました」のように、改善や対応を伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (TOUGHEN_OK.test(sentenceText(sq, s, e))) return false
      return CRITIC_NEAR.test(withPrevious(sq, s, e)) || /とのこと|とのご|って言|と言われ|言いよ|というお声|という声|苦情|文句/u.test(withPrevious(sq, s, e))
    },
  },
  // --- Blind set R108A kinds, warnings ---
  // A complainer asked in contempt to guess the staff's load (R108A-138: 今夜何件かかってきているとお思いですか).
  {
    rule: 'hostility/confrontational',
    re: phrase(GUESS_LOAD),
    need: foldAll(['思い', '思つ', '思わ', '思う']),
    instead: '相手に推し量らせず、「お電話がつながりにくく申し訳ありません。回線を増やして対応しています」のように、お詫びと状況を伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (ANSWERED108.test(sq.slice(e, e + 60)) || QUIZ.test(sq)) return false
      return COMPLAINT108.test(sq.slice(0, s))
    },
  },
  // The reader told to at least try to imagine or think (R108A-138: 少しは想像していただきたいものです).
  {
    rule: 'hostility/confrontational',
    re: phrase(THINK_AT_LEAST),
    need: foldAll(['少しは', 'すこしは', 'ちょっとは', 'ちっとは', '少しくらい', 'ちょっとくらい', 'ちょっとぐらい', 'いい加減']),
    instead: '相手に察しを求めず、「大変混み合っており、ご不便をおかけしています」のように、状況とお詫びを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      return !THINK_OK.test(sq.slice(s, e))
    },
  },
  // A report mocked as exaggeration or fear-mongering (R108A-145: 昨夜の…報道、…大げさに映して不安をあおるだけでしたね).
  {
    rule: 'hostility/confrontational',
    re: phrase(PRESS_MOCKED),
    need: foldAll(['大げさ', '大袈裟', 'おおげさ', '誇張', '面白おかしく', 'おもしろおかしく', 'あお', '煽', '偏', 'かたよ', 'でたらめ', 'デタラメ', 'いい加減']),
    instead: '報道を揶揄せず、「現在の避難所の状況は次のとおりです」のように、正確な情報を市から発信してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      return !PRESS_OK.test(sentenceText(sq, s, e))
    },
  },
  // The press refused coverage after a mocked report or named with disdain (R108A-145: ああいう記者さんの取材は、今後お断りしたいくらいです).
  {
    rule: 'hostility/confrontational',
    re: phrase(PRESS_REFUSED),
    need: foldAll(['取材', '出演依頼', 'インタビュー', '撮影']),
    instead: '報道機関と対立せず、事実と異なる点があれば「○○の点は、正しくは次のとおりです」と市から丁寧に伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const t = withPrevious(sq, s, e)
      return PRESS_DISDAIN.test(t) && !PRESS_OK.test(sentenceText(sq, s, e))
    },
  },
]
/** … and the step asked of them (ご自宅で記入してから, ご協力を, お願いいたします, ください). */
const READERS_ASKED = /ご協力|お願い|ください|下さい|いただければ|いただけると|いただきたい|(?:ご自宅|家|事前)で[^。！？!?\n]{0,10}?(?:記入|準備|確認|ご記入|ご準備)/u
