/**
 * reply — 4(3): 専ら情報発信を行うアカウントは、原則として返信（リプライ）を行わない.
 * Replies, comments and a post that opens with @mentions (a reply in all but name) from a
 * broadcast-only account are a warning. In a disaster replies are allowed (安否・避難の問い合わせ
 * に答える): with 災害時モード on, or when the reply is about a disaster, it is only a note.
 * A drill or a disaster-prevention class (防災訓練で避難所の開設体験), with nothing going on now, is no disaster reply.
 * Nor is a disaster only forecast while the set-up is said not planned now (R86A-029), and even in 災害時モード a reply that
 * recommends leisure (紅葉の見ごろ…ぜひお越しください, R86A-128) is not what the exception allows: it stays a warning.
 * Nor is a disaster whose effect is denied in the past or that has gone by (台風の影響はありませんでしたので…予定どおり開催します, R91A-104).
 * Nor is a closure by a disaster told in the past before the service comes back (台風の影響でお休みしていた市民プールは、明日から通常どおり営業
 * します, R165I-016), nor a reply about getting ready spread over paragraphs with nothing going on now in any (防災マップの入手方法…想定される
 * 浸水の深さ…防災メール, R166I-002).
 * Nor is a disaster word naming what a subscription service carries (友だち登録をしていただくと、避難情報などをお届けします, R194A-021).
 * Quoting another account's post is noted so the writer checks what they amplify.
 */
import type { RuleFamily } from '../rule'
import type { Span } from '../text'
import { sentenceOf } from '../words'
import { meta } from './reply.meta'

const LEADING_MENTIONS = /^\s{0,20}(?:@[A-Za-z0-9_.]{1,30}\s{0,5}){1,10}/u

/** What the reply rule needs of one paragraph (offsets in the paragraph). */
export interface ReplyFacts {
  /** Leading @mentions (only the first paragraph's count: they must open the post). Norm offsets. */
  mentions: Span | null
  /** The first line with text, at most 40 characters. Norm offsets. */
  firstLine: Span | null
  /** The first 40 characters. Norm offsets. */
  opening: Span | null
  /** The first disaster word (地震, 避難 …). Paragraph offsets. */
  disaster: Span | null
  /**
   * The paragraph opens by addressing one person (先ほどお問い合わせくださった方へ, 山田さんへ) or answers
   * what a quoted post asked (ご質問にお答えします, この方のおっしゃるとおりです): a reply in another form.
   */
  addressed: boolean
  answers: boolean
  /**
   * Blind R166I-002 kind: the paragraph is about getting ready (`PREPARING`: 防災マップ, ハザードマップ, 日頃から) with nothing going on
   * now, and whether anything is going on now in it (`ONGOING`): a reply about getting ready spread over paragraphs (■防災マップの入手方法
   * ⏎⏎■マップで確認していただきたいこと ・想定される浸水の深さ ・最寄りの指定避難所 ⏎⏎■防災メール…避難情報や気象警報を受け取る) is one
   * topic, so the other paragraphs' disaster words are of getting ready too, unless one of them tells of something going on now.
   */
  preparing: boolean
  ongoing: boolean
  /** The paragraph recommends leisure or invites to it (`LEISURE`, `PROMOTE`), with no disaster going on in it: see R86A-128. */
  leisure: boolean
  /** Norm offsets to paragraph offsets. */
  source: (start: number, end: number) => Span
}

/**
 * Opening words that address one person: …くださった方へ, …さんへ, 昨日ブログで当市を批判された方へ (a category of readers,
 * 要精密検査と判定された方へ or 申請された方へ, is no one person).
 */
const ADDRESSED = /^\s{0,4}[^。！？!?\n]{0,24}?(?:くださった|下さった|いただいた|頂いた|してくれた)(?:方|お客様|皆様のうちのお一人)へ|^\s{0,4}(?=[^。！？!?\n]{0,24}?(?:先ほど|さきほど|先程|昨日|昨夜|今朝|本日|今日|先日|ブログ|SNS|投稿|コメント|書き込|問い合わせ|問合せ|連絡|電話|メール|来庁|来館|指摘|批判|意見))[^。！？!?\n]{0,24}?(?:された|なさった)(?:方|お客様)へ|^\s{0,4}[^。！？!?\n\s]{1,12}(?<!皆|みな|お客|客|利用者の|保護者の|関係者の|住民の|市民の)(?:さん|様|さま)へ(?=[。、！!\s]|$)/u
/**
 * Words that answer the post being quoted.
 * Blind R255Q-049 kind: a quote post that tells of one question or inquiry received (ご質問をいただきました。…, お問い合わせを頂きました
 * ので) or thanks the one who asked (お問い合わせいただいた方、ありがとうございました, ご質問くださった方へ, ご質問ありがとうございます):
 * the quoted post is a resident's question and the quote answers it, a reply in effect. Not questions received by many (多くの方から
 * ご質問をいただいています: a notice to all), not a desk to ask (お問い合わせは観光協会へ, 県税事務所へご相談ください).
 */
const ANSWERS = /(?:ご質問|ご意見|お問い合わせ|ご指摘)(?:に|へ)(?:お答え|回答|ご回答)|(?:この|こちらの)方の(?:おっしゃる|言う|ご指摘)|おっしゃる(?:とおり|通り)です|ご指摘の(?:とおり|通り)です|(?:ご質問|お問い合わせ)(?:いただいた|の)件(?:です|ですが|について)|(?<!(?:多くの|たくさんの|多数の|複数の|数多くの|様々な|さまざまな|同様の|同じ|よく|毎年|例年|皆様から|皆さまから|皆さんから|方々から|方から|市民の皆様から)(?:の)?)(?:ご質問|お問い合わせ|お問合せ)(?:を)?(?:いただき|頂き|いただい|頂い)(?:まし)?た(?=[。！!、]|ので)|(?:ご質問|お問い合わせ|お問合せ|質問)(?:を)?(?:いただいた|頂いた|くださった|下さった|してくださった|された)方(?:[、,へ]|に(?:お礼|感謝)|、?ありがとう)|(?:ご質問|お問い合わせ)(?:を)?(?:いただき)?(?:[、,])?ありがとうございま/u
/**
 * After a disaster word: a figure of speech (台風の目みたいに忙しい, 嵐のような一日).
 * Blind R287L-052 kind: a comparison in any spelling (台風なみの人気ぶり, 地震級の盛り上がり, 洪水のような人出, 嵐級に, 台風顔負けの): the
 * word measures something else, no disaster. Not when what is compared is weather or a shaking itself (台風並みの暴風, 台風級の勢力,
 * 嵐のような強風, 地震並みの揺れ): that is the storm or quake going on.
 */
const FIGURE_AFTER = /^(?:の目)?(?:みたい|のよう|並み|なみ|級(?:の|に|だ|です)|さながら|顔負け|ばり)(?!な?(?:の|に|な)?(?:暴風|強風|突風|風|雨|大雨|豪雨|雨量|雨風|風雨|勢力|低気圧|揺れ|高潮|高波|波|雷|被害|災害|浸水))/u

/** Before a disaster word: it happened some time ago (先日の大雨, 昨年の台風). */
const PAST_BEFORE = /(?:先日|昨日|先週|先月|以前|昨年|去年|一昨年|過日|この前|こないだ|あの)の?\s?$/u
/**
 * Blind R61A-096: before a disaster word, a time long past set up as the topic (昨年は大雨で中止となりましたが、今年は…, 去年も台風で,
 * 前回は地震の影響で, 昨年の秋は大雨で, 3年前は浸水で): the disaster is that time's, told as the background of today's news. Only the
 * clause up to the next 、 is that time's (…中止しましたが、今回は地震の影響で断水が続いているため: the second is today's); a gap
 * that names now (今年は, 現在) is not that time's.
 */
const PAST_TOPIC = /(?:昨年|去年|一昨年|おととし|前年|前回|先月|昨夏|昨秋|昨冬|昨シーズン|[0-9０-９一二三四五六七八九十数]{1,2}年前)(?:の[^。！？!?\n、,]{1,6}?)?(?:は|も|には|にも|では)[、,]?[^。！？!?\n、,]{0,8}$/u
const NOW_IN_GAP = /今|現在|ただいま|本日/u
/** Where a clause ends. */
const CLAUSE_STOP = /[、,。！？!?\n]/u

/** A shelter being opened or used now (開設済み, 開いています, 避難してください, 受け入れ中). */
const SHELTER_OPEN = /開設|開い|開け|避難して|へ避難|に避難|受け入れ中|受入中|満員|満杯|混雑/u
/** A shelter or a map named as a place (指定避難所, 避難場所, ハザードマップ): a facility, not a disaster. */
const SHELTER_WORD = /(?:指定)?避難(?:所|場所)|ハザードマップ|防災マップ/u
/**
 * After a disaster word: it has passed or is only prepared for (台風一過, 大雨の際の, 台風シーズンの前に), it names a
 * prevention topic (火災予防のポスター, 地震訓練), or it was the cause of an event put off (大雨で延期になった清掃は…).
 * Review (no blind id): が過ぎ / が去 count as over only in the past or the resulting state (台風が過ぎました, 過ぎ去り, 去った, 過ぎ、);
 * a condition or a wait (台風が過ぎてから, 過ぎたら, 過ぎるまで, 去ってから, 過ぎた後に) speaks of a disaster now or coming.
 */
const PAST_AFTER = /^(?:一過|が(?:(?:過ぎ|すぎ)(?:去り(?:まし)?た|去っ(?:た|て(?:いま|おり|しまい|しまっ))|去り(?=[、,])|(?:まし)?た|て(?:いま|おり|しまい|しまっ)|と(?:ります|る|った)|(?=[、,]))|去(?:り(?:まし)?た|っ(?:た|て(?:いま|おり|しまい|しまっ))|り(?=[、,])))(?!ら|後に|あとに|場合|とき|時|際)|の際の|のときの|の時の|の後|のあと|後の|から一夜|シーズン|に備え|への備え|の前に|前に|対策|に関する(?:学習|講座|訓練)|(?:の)?(?:予防|防止|訓練|報知器|警報器|保険|啓発|週間|運動|講習|教室|ポスター)|(?:で|のため|により|の影響で)(?:中止|延期|順延|休止|休館|休業)(?:に|と)?(?:なった|した|された|なっていた|していた))/u

/**
 * Blind R165I-016 kind: after a disaster word, what it closed told in the past (お休みしていた, 運休となっておりました, 休館していた) and, in
 * the same sentence, the service said to reopen or run as usual (台風の影響でお休みしていた市民プールは、明日から通常どおり営業します,
 * 大雨で運休していたバスは本日から平常どおり運行します, 地震の影響で休館しておりましたが、本日から開館します): the closure is over, the reply
 * is about the service coming back, not a disaster going on. Not a closure still on (休館しています, 運休中), not a wait (休んでいたら), and
 * not a reopening hoped for or still off (再開のめどは立っていません, まだ再開していません: `REOPEN_DENIED`). Bounded.
 */
const REOPENS_AFTER =
  /^(?:で|のため|により|によって|の影響で|の影響により)(?:お休み|休み|休園|休校|休場|休店|運休|欠航|閉鎖|閉園|休館|休業|休止|中止|営業停止|利用停止|使用中止|通行止め)(?:に|と)?(?:なって|して|させて|させていただいて)(?:い|お)(?:た|りました|ました)(?:が[、,]?)?[^。！？!?\n]{0,40}?(?:再開|通常(?:どおり|通り)|平常(?:どおり|通り)|いつも(?:どおり|通り)|(?:営業|開館|開園|運行|運航|開所)(?:いた)?し(?:ます|ております|ています)|開きます|ご利用(?:いただけます|できます))/u
/** After the reopening: it is denied or not yet (再開のめどは立っていません, 再開していません, 再開は未定). */
const REOPEN_DENIED = /^[^。！？!?\n]{0,12}?(?:めど|目途|見込み|見通し)(?:は|が)?(?:立って|たって)(?:い|お)(?:ません|らず)|^(?:して|されて|できて)(?:い|お)(?:ません|らず)|^(?:は|の)?(?:時期|日程|日)?(?:は|も)?未定/u

/**
 * Blind R85A-068: after a disaster word, a negative condition on it (台風が来なければ予定どおり開催します, 大雨にならなければ, 警報が
 * 出なければ, 台風さえ来なければ, 台風の来んやったら, 大雨でなければ, 台風が来ない限り): an ordinary plan told with the weather it hangs on,
 * not a disaster going on. The disaster's own alert may come between (大雨警報が出なければ). Bounded: a word or two between.
 */
const NEG_COND = String.raw`^(?:特別警報|警報|注意報)?(?:が|の|に|で|でも|さえ|など)?(?:(?:来|こ|出|降ら|ふら|なら|接近し|上陸し|直撃し|発令され|発表され|出され)(?:なければ|なけりゃ|なかったら|ない限り|ないかぎり|んかったら|んやったら|んなら|ん限り)|(?:なければ|なかったら|ない限り|でなければ|じゃなければ|でない限り))`
/**
 * Blind R210A-008 kind: the disaster word coordinated with other weather nouns before the condition (大雨や強風のときは運休になります,
 * 大雨・洪水の日は, 台風か大雪の際は, 大雨と雷のときも): the condition covers each of them, so the first word of the list is read like
 * the last, a rule for such days. Only short nouns joined by や/・/と/か/または/もしくは/及び (no verb, no 、 clause between). Bounded.
 */
const COORDINATED = String.raw`(?:(?:や|・|と|か|または|もしくは|および|及び)[一-龥ァ-ヺー]{1,6}){0,3}`
/**
 * Blind R111A-053: the disaster word compounded with 時 (災害時の要援護者名簿, 地震時の, 大雨時には, 災害発生時における, 停電時用の)
 * names the case a standing service or rule covers (…は民生委員を通じて受け付けています), like の時は below: with nothing going on now
 * (`ONGOING`: 現在, 発令, 開設しています, 避難してください), no disaster reply.
 * Blind R28B-060 kind: the disaster word with the season it comes in (台風の時期は運休が気になりますよね, 大雨の季節には, 台風が多い時期も) names
 * such days of the year, like の日は: with nothing going on now, no disaster reply.
 * After a disaster word: a condition or a rule for such days, not a disaster now (大雨の日は散布を中止しています,
 * 「大雨の日も開いていますか」, 雷注意報が出た場合は営業を中止します, 台風のときでも).
 */
const GENERAL_AFTER = new RegExp(String.raw`^${COORDINATED}(?:など)?(?:の日|のとき|の時|の際|の場合|の日中|(?:の|が多い|の多い)(?:時期|季節))(?:は|も|に|には|でも|、)|^(?:発生)?時(?:の|に|には|は|も|でも|における|に(?:備え|そなえ)|用の?|、)|^(?:が|の)(?:出た|出る|出ている|出され(?:た|る)|発表され(?:た|る)|発令され(?:た|る)|あった|ある|降った|降る|来た|来る|近づいた|近づく|接近した|接近する|上陸した|上陸する)(?:場合|とき|時|日|ら)|${NEG_COND}`, 'u')

/**
 * Blind R299D-032 kind: an alert made the condition of a standing rule, with the time or stage it is checked at between (大雨警報が
 * 朝7時の時点で出ている場合は臨時休校になります, 警報が午前6時に出ていれば, 暴風警報が登校時刻までに出たときは): a rule for such days
 * explained in ordinary time, like 警報が出た場合は in `GENERAL_AFTER`, only read further (the time phrase is a bounded run with no 、).
 * With something going on now (現在, ただいま, 発令, 避難: `ONGOING`) it stays a disaster reply.
 */
const TIMED_ALERT_COND = /^(?:特別警報|警報|注意報)?(?:が|の)(?:[^。！？!?\n、,]{1,12}?(?:時点|段階|時刻|時間)(?:で|では|に|には|まで(?:に)?)|[^。！？!?\n、,]{1,8}?[時分](?:まで(?:に)?|に|で))(?:出た|出る|出ている|出ていた|出て(?:い)?れば|出され(?:た|る|ている|ていれば)|発表され(?:た|る|ている|ていれば))(?:場合|とき|時|日|ら|(?<=ば))/u

/** Getting ready for a disaster, not living through one: 防災マップ, ハザードマップ, シーズン前, 日頃から, 事前に. */
const PREPARING = /ハザードマップ|防災マップ|シーズン前|シーズンの前|日頃から|日ごろから|普段から|事前に|平時|備えて|備え(?:を|る|ましょう|ください)|確認しておいて|ご確認ください/u
/**
 * Blind R166I-002: the materials and habits of getting ready that make a whole reply about it (防災マップ, ハザードマップ, 日頃から, 平時), read
 * across its paragraphs; and the words of a disaster on its way or here today that keep it a disaster reply (接近, 降り続く, 水位, 本日).
 */
const PREPARING_TOPIC = /ハザードマップ|防災マップ|防災ハンドブック|防災ガイドブック|日頃から|日ごろから|普段から|平時|平常時/u
const NOW_WORDS = /接近|近づ|発表され|発令|降って|降り続|水位|上昇|避難を|早めの避難|被害|停電して|断水して|通行止め|本日|今日|今朝|今夜|明日|今後|ただいま|現在/u
/** Round 44: what is stocked or kept for a disaster (避難所の備蓄品, 非常食, 防災倉庫, 防災用品): getting ready too, unless in use now. */
const STOCK = /備蓄|非常食|非常持ち出し|非常用持ち出し|防災用品|防災グッズ|防災倉庫/u
/** Supplies being handed out or running short now (備蓄品を配布しています, 毛布が不足しています): the stock in use, not kept. */
const SUPPLY_NOW = /配布し(?:てい|てお|ます|まし)|配布中|お配りし(?:てい|てお|ます|まし)|お渡しし(?:てい|てお)|不足し(?:てい|てお)|足りていません|足りません|足りない状況/u
/**
 * Round 53: a drill or a disaster-prevention class (総合防災訓練では、各地区の避難所で開設体験と炊き出し訓練を行います, 津波避難訓練の当日は
 * サイレンを鳴らします, 防災教室): a disaster only acted out, with nothing going on now. Not 職業訓練 (a school that may be flooded), not
 * 「これは訓練ではありません」 (`NOT_A_DRILL`).
 * Blind R72A-018: a disaster word as the head of a compound that names a simulation to try (地震体験車, 津波体験VR, 火災体験ハウス,
 * 台風体験コーナー, 地震の揺れを体験): an event's exhibit, a disaster acted out like a drill (a real one going on still counts: ONGOING).
 */
const DRILL = /(?:地震|津波|台風|大雨|豪雨|洪水|水害|浸水|冠水|火災|噴火|土砂災害|土石流|竜巻|暴風|風水害|災害)(?:体験|疑似体験|シミュレーター|シミュレータ)|地震の揺れ(?:を|が)?体験|(?:防災|避難|消防|総合|合同|地震|津波|水防|土砂災害|図上|災害対応|避難所運営|避難所開設|開設|炊き出し|救命|救助|初期消火|消火|通報|情報伝達|安否確認|一斉|シェイクアウト)訓練|訓練(?:を(?:行|実施|おこな)|に(?:ご)?参加|の(?:ご)?案内|のお知らせ|日|当日|会場)|(?:開設|避難所|避難所生活|避難生活|炊き出し|起震車|煙)体験|防災(?:教室|講座|講習|学習|キャンプ|フェア|イベント|体験|まち歩き|ウォーク)|シェイクアウト/u
/**
 * Blind R75A-131: a disaster word as the qualifier in the name of a programme, a relief, an insurance or a deduction (災害による固定資産税
 * の減免, 災害減免, 災害弔慰金, 災害援護資金, 被災者生活再建支援金, 台風被害の見舞金, 地震で被害を受けた住宅の減額, 緊急小口資金, 災害共済;
 * 火災保険 and 地震保険料控除 are `PAST_AFTER`'s 保険): the word names a kind of case a rule covers, not a disaster going on, so it makes no
 * disaster reply. Only nouns between (固定資産税の, 住宅の; no verb or で: 大雨の影響で給付金の支給が遅れています keeps 大雨), bounded.
 */
const RELIEF_AFTER =
  /^(?:(?:による|に係る|にかかる|に係わる|に伴う|に関する|で|により|によって|の)?(?:被害|被災|損害)(?:を受けた|にあった|に遭った|に遭われた|を受けられた|された)?|による|に係る|にかかる|に係わる|に伴う|に関する|に対する)?[一-龥ァ-ヺー・の]{0,14}?(?:減免|減額|免除|控除|猶予|還付|特例|非課税|給付|支給|手当|見舞金|弔慰金|支援金|援護資金|資金|貸付|融資|助成|補助|共済|保険|制度|事業)/u
/**
 * Blind R77A-130: 避難 as the head of a compound that names a building's or a venue's safety facility or equipment (避難経路, 避難経路図,
 * 避難口, 避難路, 避難階段, 避難はしご, 避難器具, 避難通路, 避難誘導灯, 避難案内図): a fixture told like 救護所 or 非常口 in an event's or a
 * facility's guide, not a disaster; nor 避難行動要支援者 (名簿, 制度: a standing register, blind R111A-053). With nothing going on now (`ONGOING_ACT`), that word makes no disaster reply; 避難して, 避難指示 or
 * another disaster word beside it (冠水, 氾濫) is its own hit. Bounded: the compound's next word only.
 */
const FACILITY_AFTER = /^(?:行動要支援者|経路|路|口|階段|はしご|ハシゴ|梯子|器具|通路|誘導灯|誘導標識|誘導表示|案内図|案内板|動線)(?:図|の?案内図|マップ|表示|標識)?/u
/**
 * Blind R89A-143: a disaster word (避難, 緊急, 安否) after a harm done by a person, in its clause (配偶者からの暴力で避難を考えている,
 * DVから避難したい, 夫の暴力から逃れて避難, ストーカー被害で一時避難, 虐待から避難せんといかん, DV被害で緊急に, 虐待が疑われる子どもの安否):
 * a flight from violence or abuse at home, a matter for a counselling desk, not a disaster. With nothing going on now in the sentence
 * (`ONGOING_ACT`: 台風接近中のため避難してください), that word makes no disaster reply. A harm named after the word (避難所での暴力の相談)
 * leaves it a disaster's; 暴力団 is no harm done to the asker. Bounded: a few characters, no comma, between.
 */
const HARM_BEFORE =
  /(?:暴力(?!団)|DV|dv|ドメスティック・?バイオレンス|虐待|ストーカー|つきまとい|付きまとい|つきまとわれ|モラハラ|モラルハラスメント|ハラスメント|加害者)[^。！？!?\n、,]{0,12}$/u
/**
 * Blind R194A-021 kind: a disaster word naming what a subscription service carries (友だち登録をしていただくと、避難情報などをスマートフォンに
 * お届けします, 防災メールに登録すると警報や避難情報を受け取れます): the kind of message a standing channel sends when it is needed, told to
 * explain the channel, not a disaster going on. Only where the sentence says how to subscribe (`SUBSCRIBE`: 登録, 友だち追加, アプリ, 受信設定)
 * and with nothing going on now (`ONGOING_ACT`): 避難情報を配信しました in a reply during a storm stays a disaster reply. Bounded.
 */
const SERVICE_INFO_AFTER =
  /^(?:情報|指示|警報|速報)?(?:など|等|や[^。！？!?\n、,]{1,16}?)?(?:を|が|も)[^。！？!?\n、,]{0,16}?(?:お届け|配信|受け取|受信|届き|届く|届け|通知|お知らせし)/u
const SUBSCRIBE = /登録|友だち追加|友達追加|友だち|友達|アプリ|受信設定|配信設定|ダウンロード|購読|お申し込み|お申込み|申し込む|申込む/u
/** 「これは訓練ではありません」: a disaster going on, said to be no drill. */
const NOT_A_DRILL = /訓練(?:では|じゃ)(?:ありません|ない|なく|ございません)/u
/**
 * Blind R384H-045 kind: a class or an exercise for a disaster only assumed (地震を想定した防災研修, 津波の発生を想定して図上演習を行います,
 * 大雨を想定した避難の練習, 災害対応研修, 危機管理セミナー): staff or residents trained for a disaster that is not going on, like a drill. The
 * disaster word is what the class assumes (を想定した, 想定の) or the class is named by its topic (防災研修, 災害対応演習). A real one going on
 * still counts (`ONGOING`), as for a drill.
 */
const REHEARSAL = /(?:地震|津波|台風|大雨|豪雨|洪水|水害|浸水|火災|噴火|土砂災害|風水害|災害)(?:の発生|発生時|が(?:起き|発生し)た(?:とき|時|場合))?(?:を|と)?想定(?:し(?:た|て)|の)[^。！？!?\n]{0,16}?(?:訓練|研修|演習|講習|講座|セミナー|勉強会|ワークショップ|シミュレーション|教室|練習)|(?:防災|減災|災害対応|危機管理|避難所運営|地震|津波|水害)(?:研修|演習|セミナー|勉強会|ワークショップ)/u
function rehearsed(sq: string): boolean {
  return REHEARSAL.test(sq) && !NOT_A_DRILL.test(sq)
}

/**
 * The disaster set-up said not to be in place now: 開設しておりません, 発令されていません, 出ていません (a shelter, a volunteer
 * centre, an alert). Blind R86A-029: or not planned now (開設する予定はありません, 開設の予定はございません, 発令する予定はなかです).
 */
const NOT_NOW = /(?:開設|設置|開所|発令|発表|運営)(?:は|も)?(?:して|されて|され)(?:お(?:り|ら)|い)(?:ません|ない|ず)|(?:開設|設置|開所|発令|運営)(?:する|の)?予定(?:は|も)?(?:今のところ|いまのところ|現時点では|現在)?[、,]?(?:ありません|ございません|ない|無い|なか)|(?:警報|注意報|避難指示|指示|勧告)(?:は|も)?(?:出て|発令されて|発表されて)(?:お(?:り|ら)|い)(?:ません|ない|ず)/u

/**
 * Blind R63A-040: after a disaster word, its forecast, alert or threat said not to be there (大雨の予報は出ていませんので, 台風が接近する
 * 予報は出ていない, 大雨の恐れもありません, 大雨の予報も出とらんけん, 台風の心配はなかです): the word names a disaster that is not coming, so
 * it makes no disaster reply. Only the disaster's own forecast or threat, right after it (の, or a short が…する clause with no other
 * disaster word, which the word list finds on its own): この地震による津波の心配はありません keeps 地震 (the quake is today's), and damage
 * or effects denied (被害はありません, 影響はありません) tell of a disaster that came. Bounded: a few characters between.
 */
/**
 * Blind R257P-056 kind (extends `DENIED_AFTER`): the disaster word said not to reach its own degree (明日は大雨というほどの予報では
 * ありませんので, 台風というほどの勢力ではない, 大雨と言えるほどではなか, 大雨になるほどの雨ではないけん): weather named only to deny it, so
 * no disaster reply. Only というほど / と言えるほど / になるほど right after the word and a negative copula in the same clause. Bounded.
 */
const DEGREE_DENIED = String.raw`(?:という|と言う|といった|と言える|といえる|になる|となる)ほど(?:の)?[^。！？!?\n、,]{0,6}?(?:では|じゃ)(?:ありません|ございません|ない(?![かよ]?[?？])|なく|なか)`
const DEGREE_DENIED_AFTER = new RegExp(String.raw`^${DEGREE_DENIED}`, 'u')
const DENIED_AFTER =
  /^(?:の|が[^。！？!?\n、,]{1,6}?(?:する|す|の))?(?:予報|予想|予測|予報や警報|警報|注意報|恐れ|おそれ|心配|見込み|可能性|気配|兆し)(?:は|も|が)?[、,]?(?:(?:出て|出され|発表され|発令され|出さ)(?:て)?(?:お(?:り|ら)|い)?(?:ません|ない|ず|ん)|出と(?:らん|りません|らず)|出ちょら(?:ん|ず)|(?:あり|ござい)ません|ない(?![かよ]?[?？])|なく|無く|なし|無し|なか(?!っ)|なかです|なかけん)/u

/**
 * Blind R91A-104: after a disaster word, its effect or damage denied in the past or the continuative (台風の影響はありませんでしたので,
 * 大雨による被害はなく, 地震の影響は特になかったけん, 台風による市内の被害は幸いございませんでした), or the disaster said to have gone by
 * (台風は過ぎ去りましたので, 通り過ぎ, 遠ざかり, 通過しました): a disaster that did not touch the city or is gone, told as the reason an
 * ordinary plan goes ahead. With nothing going on now (`ONGOING_ACT`), the word makes no disaster reply. Not an effect still there or a
 * check asked (影響がなくなるまで, 被害がなかったか確認しています), not the present (被害は確認されていません: a check going on), not
 * the effect itself (台風の影響で停電が続いています). Bounded: a few nouns between.
 */
/**
 * Blind R101A-082: the ways Japanese says a disaster has gone by, in the past or the resulting state (過ぎ去りました, 通り過ぎた, 遠ざかって
 * いきました, 通過しました, 抜けました, 抜けた, 抜けとります, 過ぎました, 去りました, 去った, 離れました, 峠を越えました, 峠は越えた):
 * over, told as the reason an ordinary plan goes ahead. Not a condition or a wait (抜けたら, 過ぎてから, 離れた場合, 抜けるまで), not a
 * denial or a not-yet (まだ抜けていません, 抜けきっていない), not 過去 (去 inside another word).
 */
const GONE_BY = String.raw`(?:(?:過ぎ去|すぎ去|すぎさ|(?<!過)去|遠ざか)(?:り(?:まし)?た|った|って(?:い|お|しま|いき|行き|っ)|り(?=[、,]))|(?:通り過ぎ|通りすぎ|とおりすぎ|(?<![りちきみびぎじいし])(?:過ぎ|すぎ)|抜け|ぬけ|離れ|はなれ|通過し)(?:(?:まし)?た|て(?:い|お|しま|いき|行き|っ)|と(?:ります|る|った))|峠(?:を|は|も)?(?:越え|こえ|超え)(?:(?:まし)?た|て(?:い|お)|と(?:ります|る)))(?!たら|ら|から|場合|とき|時|際|後に|あとに|(?:い|お)?(?:ません|ない|ず))`
const NONE_AFTER =
  new RegExp(String.raw`^(?:(?:の|による|に伴う|で|での|からの)?[^。！？!?\n、,]{0,6}?(?:影響|被害|損害|けが人|怪我人|負傷者)(?:は|も|が|など)?[、,]?(?:特に|とくに|何も|なにも|まったく|全く|一切|いっさい|ほとんど|幸い|幸いにも)?(?:(?:あり|ござい)ませんでした|(?:なかった|無かった)(?!か)|(?:なく|無く)(?!な|ても)|確認されませんでした|出ませんでした|出なかった(?!か))|(?:は|も|が)?[^。！？!?\n、,]{0,12}?(?:${GONE_BY}))`, 'u')

/**
 * Blind R65A-071: after a disaster word, its forecast conceded (大雨の予報ですが、, 豪雨の予報が出とりますばってん、, 台風の予想ですけど、) and,
 * in the same sentence, an ordinary event said to go ahead (移住相談会は予定どおり開催します, 朝市は予定通りやります, 雨天決行です): weather
 * to come, not a disaster going on, so the word makes no disaster reply. Only with nothing going on now (`ONGOING_ACT`): a forecast told
 * as a warning (大雨の予報が出ています。土のうを配布しています) has no event going ahead, and a shelter named (避難所) is its own word.
 * Bounded: a few characters between.
 */
/**
 * Blind R106A-078: the same with the disaster said to be on its way, not here (台風が近づいていますが、, 台風が接近しておりますけれども、,
 * 台風の近づいとりますばってん、, 台風が九州に近づきつつありますが、, 大雨が心配されますが、): weather to come, conceded before an ordinary event that goes ahead. Not a disaster
 * already here (大雨が降っていますが、: no approach verb), and a shelter or an order named beside it is its own word.
 */
const APPROACHING = String.raw`(?:が|の|は|も)?(?:[^。！？!?\n、,]{1,8}?(?:に|へ))?(?:(?:近づいて|近付いて|接近して|迫って|北上して|向かって)(?:い|お)(?:ます|る|ります)|(?:近づいと|近づいちょ|近付いと|接近しと|接近しちょ)(?:ります|る)|近づきつつあります|(?:心配|予想)されて(?:い|お)(?:ます|る|ります)|(?:心配|予想)されます)`
/**
 * Blind R250G-037 kind: the disaster word as the contingency an ordinary plan hangs on (台風の進路次第ではありますが、現時点で週末の川下り
 * は通常どおり運航の予定です, 大雨の状況によっては変更もありえますが、今のところ予定どおり開催します, 台風次第ですけど、): weather that may
 * come, conceded before a service that runs as usual, not a disaster going on. Only the words of a contingency (次第, によっては, いかんでは),
 * not of a cause (台風により欠航していますが: no match), and no suspension or harm in the gap. Bounded.
 */
const CONTINGENT = String.raw`(?:の|が|は)?(?:進路|動き|状況|影響|接近|様子|動向|予報|規模|勢力|具合|程度)?(?:次第|しだい|によっては|いかんでは|如何では)(?:(?!運休|欠航|中止|休止|休館|休業|見合わせ|閉鎖|通行止め|被害|避難|開設)[^。！？!?\n、,]){0,16}?`
const FORECAST_GOES_AHEAD = new RegExp(
  String.raw`^(?:(?:の|が[^。！？!?\n、,]{1,6}?(?:する|す|の))?(?:予報|予想|見込み)(?:が出て(?:い|お)|が出と|が出ちょ)?(?:り|る)?(?:ます|です|でございます)?|${APPROACHING}|${CONTINGENT})(?:が|けど|けれど|けれども|ばってん|ばって|ものの)[、,][^。！？!?\n]{0,30}?(?:予定(?:どおり|通り)|通常(?:どおり|通り)|平常(?:どおり|通り)|決行|開催(?:し|いた)|実施(?:し|いた)|運航(?:し|いた)|営業(?:し|いた)|開館(?:し|いた)|開きます|行います|おこないます|やります)`,
  'u',
)
/**
 * Blind R107A-095: the same with an advisory or a warning said to be out (大雨注意報が出ていますが、, 大雨・洪水警報が発表されておりますが、,
 * 警報の出とりますばってん、, 注意報が出ているものの、) before an ordinary event that goes ahead (人権講演会は予定どおり開催します): the
 * weather of the day conceded, a reply about an event's schedule, not evacuation, safety or damage, so no disaster reply. Read after a
 * disaster word (大雨 of 大雨注意報) or after 警報 itself. Not 特別警報 (a danger to life), not an order (避難指示: its own word, and
 * 発令 is `ONGOING_ACT`), not relief going ahead (炊き出し, 給水, 土のう: `RELIEF_GOES_AHEAD`), and a shelter named is its own word.
 */
const ALERT_OUT = String.raw`(?:[・、,]?(?:大雨|洪水|暴風|強風|波浪|高潮|雷|大雪|風雪|濃霧|乾燥|竜巻|土砂災害)){0,3}(?<!特別)(?:注意報|警報)?(?:が|は|も|の)?[、,]?(?:(?:出て|発表されて|出されて)(?:い|お)(?:ます|る|ります)|(?:出と|出ちょ)(?:ります|る))`
const ALERT_GOES_AHEAD = new RegExp(
  String.raw`^${ALERT_OUT}(?:が|けど|けれど|けれども|ばってん|ばって|ものの)[、,](?![^。！？!?\n]{0,30}?(?:炊き出し|給水|土のう|土嚢|救援|救護|避難|ボランティア))[^。！？!?\n]{0,30}?(?:予定(?:どおり|通り)|通常(?:どおり|通り)|平常(?:どおり|通り)|いつも(?:どおり|通り)|決行|開催(?:し|いた)|実施(?:し|いた)|運航(?:し|いた)|営業(?:し|いた)|開館(?:し|いた)|開きます|行います|おこないます|やります)`,
  'u',
)
/**
 * Blind R86A-029: in the clause of a disaster word, after it, its forecast or threat (台風は週明けに接近する見込みですが, 大雨は明日の夜から
 * 強まる予報です, 接近するおそれがありますが, 上陸するかもしれんですが): weather to come. With the set-up said not in place or not planned now
 * (`NOT_NOW`: 現時点で避難所を開設する予定はありません) and nothing going on now (`ONGOING_ACT`), the word makes no disaster reply: a reply in
 * normal times that reassures. A forecast told with a shelter open (避難所を開設しました) or an order in force stays one.
 */
const FORECAST_WORD = /見込み|見通し|予報|予想|予測|おそれ|恐れ|可能性|かもしれ|かも知れ/u
/**
 * Blind R86A-128: a reply whose business is leisure, not the disaster: a sightseeing spot, a season's sight, a festival or a local dish
 * (`LEISURE`) recommended or the asker invited to come (`PROMOTE`: 見ごろは…です, ぜひお越しください, 遊びに来てね, おすすめです; not a bare ぜひ: 観光客の方はぜひ宿の指示に従って), not a
 * notice that it is suspended (`SUSPENDED`: 運休, 中止). Even in 災害時モード, the exception for disaster replies (安否・避難の問い合わせ)
 * does not cover it, so a broadcast-only account's reply stays a warning. A disaster word in it only as a sympathy (台風で大変な中ですが,
 * 大雨でお困りのところ: `SYMPATHY_AFTER`) or as over (台風が過ぎたら) is not its business; a disaster going on named beside it (避難所を
 * 開設しています) is.
 */
const LEISURE = /観光|見ごろ|見頃|見どころ|紅葉|花見|桜の|花火|川下り|舟下り|川くだり|祭り|まつり|グルメ|温泉|イルミネーション|うなぎ|鰻|名物|お土産|おみやげ|散策|旅行|ツアー|ドライブ/u
const PROMOTE = /見ごろ|見頃|見どころ|見ごたえ|楽しめ|楽しんで|お楽しみ|おすすめ|オススメ|お勧め|遊びに|お待ちして|お越しください|お越し下さい|来てください|来てね|来んね|来てみて|お立ち寄り|(?:ぜひ|是非)[、,]?(?:お越し|来て|来ん|遊びに|お立ち寄り|ご来場|味わ|ご賞味|乗りに|乗って|見に|行って)/u
/**
 * Blind R367Q-045 kind: a fan's reply to a performer (ライブおつかれさまでした！アンコールの曲、最高でした, また行きます): a show someone gave
 * (`FAN_SHOW`) and the writer's own cheer for it (`FAN_CHEER`). Like leisure, it is not the disaster's business, so in 災害時モード the
 * exception does not cover it. A show suspended (ライブは中止です) is judged as before.
 */
const FAN_SHOW = /ライブ|コンサート|公演|演奏会|舞台|ステージ|アンコール|新曲|推し|試合|ゲーム/u
const FAN_CHEER = /最高(?:でした|だった|です|[！!✨])|(?:よかった|良かった|楽しかった|感動しました|かっこよかった|カッコよかった)(?:です)?[！!✨。]|お?(?:つかれ|疲れ)(?:さま|様)でした|また(?:行き|いき|見に|観に|聴き)(?:ます|たい)|応援して(?:います|ます|る)/u
const SUSPENDED = /運休|欠航|中止|休止|休館|休業|見合わせ|閉鎖|延期|取りやめ|取り止め|通行止め|立ち入り禁止|立入禁止|近づかない/u
const SYMPATHY_AFTER = /^(?:の影響|の被害|の接近|の中|のなか)?(?:で|により|の中|のなか)?[^。！？!?\n、,]{0,4}?(?:大変な|たいへんな|大変だった|お困りの|ご不便な|ご不安な|不安な|心配な|お疲れの)(?:中|なか|ところ|時|とき|状況|時期|折|日々|毎日)/u
/**
 * Review (no blind id): in a leisure reply, a disaster word followed by a wait for its end (台風が過ぎたらぜひお越しください, 大雨が
 * やんでから, 台風通過後に): the invitation is for after it, so like a sympathy the word is not the reply's business. Outside a leisure
 * reply the same wait keeps a disaster reply (台風が過ぎてから被害の確認を行います: `PAST_AFTER` reads it as not over).
 */
const WAIT_AFTER = /^(?:が|は|も)?(?:過ぎ|すぎ|過ぎ去っ|去っ|通り過ぎ|抜け|通過し|通過|おさまっ|収まっ|落ち着い|やん|止ん)(?:[ただ]ら|[てで]から|[ただ]後|[ただ]あと|後)/u
/** Something going on now (ONGOING without the bare time words 今夜, 現在: 今夜は大雨の予報ですが is weather to come). */
const ONGOING_ACT = /発令|開設し(?:まし|てい|てお)|開設中|避難して(?:ください|下さい)|避難指示|直ちに|ただちに|警戒して|接近中|上陸|氾濫|決壊|被害が出|被害が発生|停電中|断水中|安否/u

/**
 * Blind R67A-004/020/036/108: the clause of a disaster word tells of the aftermath, with nothing going on now (`ONGOING_ACT`): the
 * disaster or its set-up said to be over in the affirmative past or resulting state (停電はすべて復旧しています, ボランティアセンターは
 * 閉所しました, 通行止めも解除されました, 復旧しとります, 撤去済み), or the administrative follow-up or clean-up after it (台風の罹災証明書,
 * 倒れた街路樹の撤去, 被災された方への見舞金, 災害ごみ, 仮設住宅). A reply about that is an ordinary one. Not a restoration still awaited
 * (復旧していません, 復旧する見込み, 復旧作業中), and not a conditional (解除されたら, 終了した場合は).
 */
const AFTERMATH_DONE =
  /(?:復旧|解除|閉所|閉鎖|終了|鎮火|収束|撤収|完了|解消|再開)(?:済み|済(?!ま)|(?:と|に)なり(?:まし)?た|(?:し|され|いたし)(?:まし)?た(?!ら|り|場合|とき|時|際)|(?:し|され)て(?:います|いる|おります|おる|あります|ある)|し(?:とります|とる|ちょります|ちょる))/u
const AFTERMATH_FOLLOWUP =
  /罹災証明|り災証明|被災証明|罹災届|被害認定|撤去|後片付け|片付け|片づけ|災害ごみ|災害ゴミ|がれき|瓦礫|復旧工事|復興|義援金|見舞金|支援金|生活再建|応急修理|仮設住宅|公費解体/u
const AFTERMATH = new RegExp(`${AFTERMATH_DONE.source}|${AFTERMATH_FOLLOWUP.source}`, 'u')

/** The clause of `t` around a span: its sentence, cut at the contrasts before and after it (…復旧しましたが、|断水は続いています). */
function clauseOf(t: string, h: Span): Span {
  const s = sentenceOf(t, h.start, h.end)
  let from = s.start
  for (const c of t.slice(s.start, h.start).matchAll(CONTRAST)) from = s.start + c.index + c[0].length
  let to = s.end
  for (const c of t.slice(h.end, s.end).matchAll(CONTRAST)) {
    to = h.end + c.index + c[0].length
    break
  }
  return { start: from, end: to }
}

const NOT_NOW_ALL = new RegExp(NOT_NOW.source, 'gu')
/** A clause joined by a contrast (…ていますが、, …けど、): what comes after it is another statement. */
const CONTRAST = /(?:が|けど|けれど|けれども|ものの)[、,]/gu

/**
 * The clauses that say the disaster set-up is not in place now (NOT_NOW), as spans of `t`: from the start of the
 * sentence, or the last contrast before it (大雨で川が氾濫していますが、|避難所は開設していません), to the end of the denial.
 */
function quietSpans(t: string): Span[] {
  const out: Span[] = []
  for (const m of t.matchAll(NOT_NOW_ALL)) {
    const { start } = sentenceOf(t, m.index, m.index + m[0].length)
    let from = start
    for (const c of t.slice(start, m.index).matchAll(CONTRAST)) from = start + c.index + c[0].length
    out.push({ start: from, end: m.index + m[0].length })
  }
  return out
}

/**
 * Blind R97A-104: 警報 of a disease's spread, a food poisoning or the air (インフルエンザの流行警報, インフルエンザ警報, 感染性胃腸炎の
 * 警報, 食中毒警報, 光化学スモッグ警報, 手足口病が警報レベル) is a public-health alert, not a disaster: no one is to be found or moved
 * (安否・避難), so a reply about it is an ordinary one. Only when the health topic stands right before 警報 in the same clause (a few
 * characters between, no 、): 暴風警報のため予防接種は中止します, インフルエンザで休校中ですが、大雨警報が… stay the weather's.
 */
const HEALTH_ALERT_BEFORE =
  /(?:流行|感染症|インフルエンザ|インフル|ノロウイルス|ノロ|ロタウイルス|感染性胃腸炎|胃腸炎|手足口病|ヘルパンギーナ|溶連菌|RSウイルス|咽頭結膜熱|プール熱|水痘|水ぼうそう|百日せき|百日咳|麻しん|麻疹|はしか|風しん|風疹|新型コロナ|コロナ|食中毒|光化学スモッグ|光化学オキシダント|オキシダント|スモッグ|PM2\.5|大気汚染)(?:の|が|に関する|についての)?(?:流行)?(?:の)?$/u

/**
 * Blind R309C-004 kind: a disaster word that only tells where or about what a voice was given (避難所でいただいたお声は、担当の部署に届けます,
 * 防災訓練へのご意見ありがとうございます, 避難所についてのご感想): the reply thanks the writer and passes the voice on, its business the thanks,
 * not 安否 or 避難. With nothing going on now (`ONGOING`), that word makes no disaster reply. Bounded: a few characters between.
 */
const VOICE_AFTER =
  /^(?:所|場所|生活|訓練)?(?:で|での|にて|の|へ|への|について(?:の)?|に関する|に対する)[^。！？!?\n、,]{0,8}?(?:お声|ご意見|ご感想|ご要望|ご提案|ご指摘|声|感想|意見|アンケート|メッセージ|コメント)/u
/** What the reply does with the voice: thanks for it, or passes it on (届けます, お伝えします, 共有します, 参考にします, 活かします). */
const VOICE_TAKEN = /ありがと|感謝|届け|伝え|共有|参考に|活か|生か|反映|検討/u
/** Relief the reply tells delivered (毛布をお届けします, 炊き出しを行います, 給水車は…到着予定, 排水ポンプを稼働): a disaster reply, whatever voice it thanks. */
const RELIEF_GIVEN = /(?:毛布|段ボールベッド|炊き出し|給水車|給水|仮設トイレ|簡易トイレ|排水ポンプ|ポンプ車|支援物資|救援物資|物資|非常食|飲料水|土のう|土嚢)[^。！？!?\n]{0,12}?(?:届け|配布|配り|追加|行い|行います|実施|到着|稼働|設置|手配|用意|搬入|派遣|出動)/u

/** A disaster going on now: 発令, 開設しました, 避難してください, 現在, 接近中 (接近しています, 近づいております), 決壊. */
const ONGOING = /発令|開設し(?:まし|てい|てお)|開設中|避難して(?:ください|下さい)|避難指示|ただいま|現在|今夜|今晩|直ちに|ただちに|警戒して|接近中|(?:接近し|近づい)て(?:い(?:ます|る)|お(?:ります|る))|上陸|氾濫|決壊|被害が出|被害が発生|停電中|断水中|安否/u

export const reply: RuleFamily<ReplyFacts> = {
  id: 'reply',
  meta,
  run({ doc }) {
    const t = doc.norm.text
    const mention = LEADING_MENTIONS.exec(t)
    const trimmedStart = t.length - t.trimStart().length
    let lineEnd = t.indexOf('\n', trimmedStart)
    if (lineEnd === -1) lineEnd = t.length
    // A disaster that is over (台風一過, 先日の大雨の際の…) makes no reply a disaster reply.
    const sq = doc.squeezed.text
    const hits = doc.hits('disaster')
    // A clause that says the disaster set-up is not in place now (災害ボランティアセンターは現在開設しておりません) tells of no
    // disaster going on: its words are not read as one going on.
    const quiet = NOT_NOW.test(sq) ? quietSpans(sq) : []
    const live = quiet.length === 0 ? sq : quiet.reduceRight((t, s) => t.slice(0, s.start) + t.slice(s.end), sq)
    // A disaster word in a condition (大雨の日は, 注意報が出た場合は) speaks of such days, unless something is going on now.
    const general = !ONGOING.test(live)
    // A closure by the disaster told in the past before the service's return (お休みしていた市民プールは、明日から通常どおり営業します).
    const reopens = (h: Span): boolean => {
      const m = REOPENS_AFTER.exec(sq.slice(h.end, h.end + 96))
      return m !== null && !REOPEN_DENIED.test(sq.slice(h.end + m[0].length, h.end + m[0].length + 24))
    }
    const past = hits
      .filter((h) => PAST_BEFORE.test(sq.slice(Math.max(0, h.start - 8), h.start)) || PAST_AFTER.test(sq.slice(h.end, h.end + 12)) || FIGURE_AFTER.test(sq.slice(h.end, h.end + 6)) || (general && reopens(h)) || (general && GENERAL_AFTER.test(sq.slice(h.end, h.end + 10))) || (general && TIMED_ALERT_COND.test(sq.slice(h.end, h.end + 32))))
      .map((h) => sentenceOf(sq, h.start, h.end))
    // A disaster of a time long past set up as the topic (昨年は大雨で中止となりましたが、): that clause only.
    for (const h of hits) {
      const before = sq.slice(Math.max(0, h.start - 20), h.start)
      const m = PAST_TOPIC.exec(before)
      if (!m || NOW_IN_GAP.test(m[0])) continue
      const s = sentenceOf(sq, h.start, h.end)
      const stop = CLAUSE_STOP.exec(sq.slice(h.end, s.end))
      past.push({ start: s.start, end: stop ? h.end + stop.index : s.end })
    }
    // Every disaster word of a sentence about a past disaster is past too (先日の大雨の際の避難所運営).
    // A reply about getting ready (防災マップ, 台風シーズン前, 日頃から, 避難所の備蓄品) with nothing going on now is no disaster reply.
    // A drill (防災訓練では避難所で開設体験を行います) with nothing going on now acts a disaster out: no disaster reply either.
    const preparing = hits.length > 0 && (PREPARING.test(sq) || (STOCK.test(sq) && !SUPPLY_NOW.test(sq)) || (DRILL.test(sq) && !NOT_A_DRILL.test(sq)) || rehearsed(sq)) && !ONGOING.test(sq)
    // A shelter named as where to go (市の指定避難所をご利用ください) in a reply about such days (大雨の際の…) is no disaster going on
    // when nothing is going on now; a shelter named alone (避難所は市民体育館です) may be today's.
    const shelterNamed = (h: { start: number; end: number }): boolean => {
      if (!general || past.length === 0 || !SHELTER_WORD.test(sq.slice(Math.max(0, h.start - 2), h.end + 2))) return false
      const s = sentenceOf(sq, h.start, h.end)
      return !SHELTER_OPEN.test(sq.slice(s.start, s.end))
    }
    // A disaster whose forecast or threat is denied (大雨の予報は出ていません) is not coming: that word makes no disaster reply.
    // A forecast conceded before an ordinary event that goes ahead (大雨の予報ですが、相談会は予定どおり開催します) is weather to come.
    const calm = !ONGOING_ACT.test(live)
    // A disaster only forecast (台風は週明けに接近する見込みですが、) in a reply that says the set-up is not in place or planned now is weather to come.
    const forecastOnly = (h: Span): boolean => {
      const c = clauseOf(sq, h)
      return FORECAST_WORD.test(sq.slice(h.end, c.end)) && !ONGOING_ACT.test(sq.slice(c.start, c.end))
    }
    const isQuiet = (h: Span): boolean =>
      quiet.some((s) => s.start <= h.start && h.end <= s.end) || DENIED_AFTER.test(sq.slice(h.end, h.end + 24)) || DEGREE_DENIED_AFTER.test(sq.slice(h.end, h.end + 24)) || (calm && FORECAST_GOES_AHEAD.test(sq.slice(h.end, h.end + 64))) || (calm && !/特別警報/u.test(sq.slice(h.start, h.end)) && ALERT_GOES_AHEAD.test(sq.slice(h.end, h.end + 80))) || (calm && quiet.length > 0 && forecastOnly(h))
    // A disaster word in a clause about the aftermath (停電はすべて復旧しています, 台風の罹災証明書, 倒れた街路樹の撤去), with nothing
    // going on now, makes no disaster reply.
    const over: Span[] = []
    if (calm && AFTERMATH.test(sq)) {
      for (const h of hits) {
        const c = clauseOf(sq, h)
        if (AFTERMATH.test(sq.slice(c.start, c.end))) over.push(c)
      }
    }
    // A disaster word naming a programme, a relief or a deduction (災害による固定資産税の減免, 災害弔慰金) makes no disaster reply, nor
    // 避難 naming a safety fixture (避難経路, 避難口) with nothing going on now.
    // A reply about leisure (紅葉の見ごろ…ぜひお越しください) with a disaster word only in a sympathy (台風で大変な中ですが) is no disaster reply.
    const leisure = ((LEISURE.test(sq) && PROMOTE.test(sq)) || (FAN_SHOW.test(sq) && FAN_CHEER.test(sq))) && !SUSPENDED.test(sq)
    // A flight from a person's violence or abuse (配偶者からの暴力で避難を考えている場合は) with nothing going on now is no disaster.
    const harmFlight = (h: Span): boolean => {
      const s = sentenceOf(sq, h.start, h.end)
      // (The word itself is not what goes on: 安否 is one of ONGOING_ACT's words, so the sentence is read without it.)
      return HARM_BEFORE.test(sq.slice(Math.max(s.start, h.start - 24), h.start)) && !ONGOING_ACT.test(sq.slice(s.start, h.start) + '\n' + sq.slice(h.end, s.end))
    }
    // A disaster word naming what a subscription service carries (登録すると、避難情報などをお届けします) is no disaster going on.
    const serviceInfo = (h: Span): boolean => calm && SERVICE_INFO_AFTER.test(sq.slice(h.end, h.end + 40)) && SUBSCRIBE.test(sq.slice(sentenceOf(sq, h.start, h.end).start, sentenceOf(sq, h.start, h.end).end))
    // A disaster word that only says where a voice was given (避難所でいただいたお声は…届けます) with nothing going on now is no disaster reply.
    // Relief told anywhere in the reply makes it a disaster reply: read once per paragraph, and only if a voice word needs it.
    let relief: boolean | undefined
    const voiceOnly = (h: Span): boolean => general && !(relief ??= RELIEF_GIVEN.test(sq)) && VOICE_AFTER.test(sq.slice(h.end, h.end + 24)) && VOICE_TAKEN.test(sq.slice(sentenceOf(sq, h.start, h.end).start, sentenceOf(sq, h.start, h.end).end) + sq.slice(0, sentenceOf(sq, h.start, h.end).start))
    // 警報 of a disease's spread or of the air (インフルエンザの流行警報, 光化学スモッグ警報) is no disaster.
    const healthAlert = (h: Span): boolean => /^(?:特別)?警報$/u.test(sq.slice(h.start, h.end)) && HEALTH_ALERT_BEFORE.test(sq.slice(Math.max(0, h.start - 16), h.start))
    const disaster = preparing
      ? undefined
      : hits.find((h) => !isQuiet(h) && !(calm && NONE_AFTER.test(sq.slice(h.end, h.end + 28))) && !RELIEF_AFTER.test(sq.slice(h.end, h.end + 28)) && !(calm && FACILITY_AFTER.test(sq.slice(h.end, h.end + 8))) && !past.some((s) => s.start <= h.start && h.end <= s.end) && !over.some((s) => s.start <= h.start && h.end <= s.end) && !shelterNamed(h) && !harmFlight(h) && !healthAlert(h) && !serviceInfo(h) && !voiceOnly(h) && !(leisure && (SYMPATHY_AFTER.test(sq.slice(h.end, h.end + 16)) || WAIT_AFTER.test(sq.slice(h.end, h.end + 10)))))
    return {
      mentions: mention ? { start: mention.index, end: mention.index + mention[0].trimEnd().length } : null,
      firstLine: lineEnd > trimmedStart ? { start: trimmedStart, end: Math.min(lineEnd, trimmedStart + 40) } : null,
      opening: t.length > 0 ? { start: 0, end: Math.min(t.length, 40) } : null,
      disaster: disaster ? doc.fromSqueezed(disaster.start, disaster.end) : null,
      addressed: ADDRESSED.test(t),
      answers: ANSWERS.test(t),
      leisure: leisure && !disaster,
      preparing: PREPARING_TOPIC.test(sq) && !ONGOING.test(sq),
      ongoing: ONGOING.test(live) || NOW_WORDS.test(live),
      source: doc.normMapper(),
    }
  },
  post({ text, facts, spans, ctx, emit }) {
    const first = facts[0]
    if (!first) return
    /** Paragraph p's norm span as post offsets. */
    const place = (p: number, s: Span): Span => {
      const src = facts[p]!.source(s.start, s.end)
      return { start: src.start + spans[p]!.start, end: src.end + spans[p]!.start }
    }
    const mention = ctx.mode === 'post' && first.mentions ? place(0, first.mentions) : null
    // A post that opens by addressing one person, or a quote that answers the quoted post, is a reply too.
    const replying = ctx.mode === 'reply' || ctx.mode === 'comment' || mention !== null || (ctx.mode === 'post' && first.addressed) || (ctx.mode === 'quote' && facts.some((f) => f.answers))
    const what = ctx.mode === 'comment' ? 'コメント' : '返信'
    if (replying && ctx.incident === 'flaming') {
      // 6(2): while the account handles a 炎上, every reply is a deliberate act (any account, even in a disaster).
      const withText = facts.findIndex((f) => f.firstLine !== null)
      const span = mention ?? (withText >= 0 ? place(withText, facts[withText]!.firstLine!) : null)
      if (span) emit({ rule: 'reply/incident', clause: '6(2)', start: span.start, end: span.end, data: { what } })
    }
    if (replying && ctx.broadcastOnly) {
      // The span: the leading mentions, or the first line of the reply.
      const withText = facts.findIndex((f) => f.firstLine !== null)
      const span = mention ?? (withText >= 0 ? place(withText, facts[withText]!.firstLine!) : null)
      if (!span) return
      // A reply about getting ready over several paragraphs (防災マップの入手方法, マップで確認すること, 防災メール), nothing going on now in
      // any of them: its disaster words are of getting ready.
      const getReady = facts.some((f) => f.preparing) && !facts.some((f) => f.ongoing)
      const withDisaster = getReady ? -1 : facts.findIndex((f) => f.disaster !== null)
      // In 災害時モード, a reply about leisure with no disaster in it (紅葉の見ごろ…ぜひお越しください) is not what the exception allows.
      const offTopic = withDisaster < 0 && facts.some((f) => f.leisure)
      if ((ctx.emergency && !offTopic) || withDisaster >= 0) {
        const at = withDisaster >= 0 ? spans[withDisaster]!.start : 0
        const d = withDisaster >= 0 ? { start: facts[withDisaster]!.disaster!.start + at, end: facts[withDisaster]!.disaster!.end + at } : null
        const reason = ctx.emergency ? '災害時モードが有効' : `災害に関する内容（「${text.slice(d!.start, d!.end)}」）`
        emit({ rule: 'reply/emergency', start: span.start, end: span.end, data: { reason, what } })
      } else {
        // In 災害時モード the reply is off the disaster's topic: telling staff to switch the mode on would be no help.
        const modeAdvice = ctx.emergency ? `災害時モード中でも、観光や催しなど災害と関係のない問い合わせへの${what}は認められません。` : '災害対応中であれば災害時モードを有効にしてください。'
        emit({ rule: 'reply/broadcast-only', start: span.start, end: span.end, data: { what, modeAdvice } })
      }
    }
    if (ctx.mode === 'quote' && first.opening) {
      const span = place(0, first.opening)
      emit({ rule: 'reply/quote', start: span.start, end: span.end })
    }
  },
}
