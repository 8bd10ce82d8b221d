/**
 * Unannounced and arranged matters (5(1): 未発表の事項を発信しない): 未発表ですが, まだ正式には決まっていませんが, a
 * release awaited (正式発表はまだですが), arrangements made inside (…の運びとなりました), an operator foretold, a schedule awaited.
 * Stays clean: a date to be announced (決まり次第お知らせします), the city's own notices, responses to an incident.
 * Part of the unofficial family (index.ts runs the detectors in their order).
 */
import { sentenceAround, sentencesAround } from '../../doc'
import { matchAllOf } from '../../regex'
import { AMOUNT_CHANGE, ASIDE_NEWS, BENEFIT, BUDGET_PASSED, CHANGE, COMMENT_PROCESS, CORRECTED, DECIDED, DECIDED_MEASURE, DECISION, DETAIL_TOPIC, DIRECTED_MEASURE, FUTURE, INSIDE_PROGRESS, INTERNAL_TALK, LEAK_CONTENT, MAX_HITS, NATURAL, NEXT_POST_PUBLIC, NOTICE_NOT_OUT, NOTICE_WHO, OFFICIAL_SOURCE, PAST_ERA, PEOPLE_CLAIM, PERSONNEL, PLAN_FORMING, PUBLIC_PROCESS, RUMOUR_AWARE, RUMOUR_TOPIC, TALKED_ABOUT, TALK_DENIED, TALK_OUT, TBD_LATER, TRIVIA, UNANNOUNCED, VENUE_MOVED, buzzOfThing, detailArranged, publicAround, put, quotedExample, sentenceOf, serviceStartAhead, topicOf } from './context'
import type { Emitter } from './context'

/**
 * An aside that what follows may not be said in public yet (大きな声では言えませんが, 大きか声じゃ言えんばってん, 表立っては
 * 言えないけど, 公にはまだ申し上げられませんが, 本当はまだ言っちゃいけないんですが): the writer says the matter is not out and
 * tells it anyway. It counts when a change, a benefit or a future matter with a change follows (ASIDE_NEWS); a joke about
 * oneself (大きな声では言えませんが、実はピーマンが苦手です) or 大きな声では言えない悩み (no concession) stays clean.
 * Blind R89A-116: the same aside told as a fact about the matter's publicity (まだ表には出ていないのですが, まだ公になっていませんが, 表には
 * まだ出とらんばってん, まだ公表していないのですが): the writer says it is not out and tells it (…任期を終えて帰国される予定と伺っております).
 * Blind R129I-033: まだ alone before the forbidding (まだ言っちゃダメなんですが、…ロケ地になります).
 * Something not out of doors (子猫はまだ表に出ていないので) concedes nothing; a thing to be published once ready (完成しだいお知らせします)
 * carries no news.
 * Blind R224T-012 kind: the aside in the potential (まだ表には出せないのですが), and what it tells a pick among candidates (…がほぼ本命みたいです,
 * 最有力, 第一候補: ASIDE_PICK), a decision in the making whatever its words.
 * Blind R311E-041 kind (unof56): the writer told not to say it yet (まだ言っちゃダメって言われてるんだけど…, まだ内緒にしてって頼まれてるけど,
 * 口止めされてるんですが, まだ言わないでねと念を押されていますが): the same concession that the matter is not out, told anyway.
 */
const SECRET_ASIDE =
  /(?:(?:大き(?:な|い|か)|おおき(?:な|い|か)|でかい|でっかい)声|大声|おおごえ)(?:で|じゃ|では|でん|には)(?:は|も)?(?:まだ)?(?:言え|いえ|言わ|申し上げられ|お伝えでき|お話しでき|話せ|書け)(?:ない|ません|ん|へん|なか|れん)(?:のです|んです|のですが|んやけど|っちゃけど)?(?:が|けど|けれど|けれども|けども|ばってん|ばって|けん(?:ど|が))|(?:公|おおやけ|表立って|おおっぴら|大っぴら|表向き|外)(?:に|で)?(?:は)?(?:まだ)?(?:言え|いえ|申し上げられ|お伝えでき|お話しでき|話せ|書け)(?:ない|ません|ん|へん|なか)(?:のです|んです|んやけど|っちゃけど)?(?:が|けど|けれど|けれども|けども|ばってん|ばって)|(?:(?:本当|ほんと|ホント|本来)(?:は|なら)?(?:まだ)?|(?<![\p{Script=Han}ぁ-ゖ])まだ)(?:言っちゃ|言っては|言うたら|言ったら|書いちゃ|書いては|出しちゃ)(?:いけない|いけません|いかん|ダメ|だめ|駄目|まずい)(?:な(?=ん|の))?(?:のです|んです|んやけど|っちゃけど)?(?:が|けど|けれど|けれども|けども|ばってん)|(?:まだ(?:表|おもて|公|おおやけ|世間|表沙汰|オープン)|(?:表|おもて|公|おおやけ|世間)(?:に|へ)?(?:は|で)?まだ)(?:に|へ|で)?(?:は|も)?(?:出て|出して|出され|出せ|出と|なって|なっと|して|され)(?:い|お)?(?:ない|ません|りません|らん|らない|ん)(?:の|ん|話|こと|情報)?(?:なん|なの)?(?:です|だ|や)?(?:が|けど|けれど|けれども|けども|ばってん|ばって)|まだ(?:公表|発表|公開|外部に|外に)(?:は|も)?(?:して|しと|しておら|出して)(?:い|お)?(?:ない|ません|りません|らん|ん)(?:の|ん|話|こと|情報)?(?:なん|なの)?(?:です|だ|や)?(?:が|けど|けれど|けれども|けども|ばってん|ばって)|(?:(?:まだ)?(?:言っちゃ|言っては|言うたら|言ったら|話しちゃ|話しては|書いちゃ|書いては|出しちゃ|発表しちゃ|公表しちゃ|バラしちゃ|ばらしちゃ)(?:いけない|いけん|いかん|ダメ|だめ|駄目|まずい)|(?:まだ)?(?:言わ|話さ|書か|バラさ|ばらさ|しゃべら|喋ら)(?:ないで|んで)(?:ね|よ|ください|下さい)?|まだ(?:内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ|オフレコ)(?:に(?:して|しといて|しておいて)(?:ね|よ|ください)?)?|(?:まだ)?(?:黙って(?:て|いて|おいて|とけ|おけ)|口外(?:しないで|するな)|言うな|しゃべるな|喋るな))(?:って|と)[、,]?(?:[^。！？!?\n]{0,10}?(?:に|から))?(?:言われ|いわれ|頼まれ|念を押され|釘を刺され|くぎを刺され|止められ)(?:て|と|た|ちゃ)(?:る|い(?:る|ます)|ます|お(?:る|ります)|た|ました)?(?:ん|の)?(?:です|だ|や)?(?:が|けど|けれど|けれども|けども|ばってん)|口止め(?:されて|されと|され)(?:る|い(?:る|ます)|ます|おります|た|ました)?(?:ん|の)?(?:です|だ|や)?(?:が|けど|けれど|けれども|けども|ばってん)/gu
/** Blind R224T-012 kind: a pick among candidates told after a secret aside (ほぼ本命みたい, 最有力, 第一候補, 濃厚): a choice the city has still to make. */
const ASIDE_PICK = /本命|最有力|有力(?:候補|視|な(?:候補|案))|第一候補|(?:が|で)(?:濃厚|有力)/u
/**
 * News hinted at before it is announced: 年明けに何か大きな発表があるかも…？, 近々うれしいお知らせができるかもしれません,
 * 春には重大発表があるはず (a dated announcement, 明日10時に発表します, is not a hint).
 */
const HINTED_NEWS =
  /(?:何か|なにか|近々|近いうちに|そのうち|もうすぐ|年明け(?:に|には)|春(?:に|には)|来月(?:に|には)?|来年度(?:に|には)?)[^。！？!?\n]{0,12}?(?:発表|お知らせ|ニュース|ご報告|報告)(?:が|を)?(?:ある|あり|でき|出|出せ|届け|お届けでき|し)[^。！？!?\n]{0,6}?(?:かも|はず|予感|そう(?:です|だ|な)|みたい|らしい|かな)/gu
/** Conjecture passed on: 出るんじゃないかと言われています, 統合されるのではないかとささやかれて. */
const CONJECTURE = /(?:る|ない|た)(?:ん|の)(?:じゃ|では)(?:ない)?(?:か|かな)(?:と|って)(?:言われ|いわれ|噂|うわさ|思われ|見られ|みられ|ささやかれ|囁かれ|話題|聞)/gu
const DISCUSSED = /議論|検討され|話し合|話題|噂|うわさ|見方|浮上|協議され|持ち上が|出て(?:い|ま)|ささやかれ|広が|(?:(?:に|と)(?:なり|決まり)そう|決まりそう|(?:に|と)なる(?:かも|だろう|でしょう|はず|んじゃ)|かも(?:しれ(?:ない|ません))?|濃厚|有力|確実)[、,]?\s?(?:と|って)[、,]?\s?(?:話し|はなし|言っ|言いよ|言うと|噂)/u

/**
 * Blind R59A-023: the city's own deliberation said in plain words, still going on (市役所の中で話し合っているところです, いま しやくしょ の
 * なか で はなしあって いる ところ です, 役場の中で相談しよるところです, 教育委員会の中で検討しています) — the plain or やさしい日本語 way
 * of 庁内で協議中 — while the sentence or the one next to it tells the change it is about as a possibility (来年からは土曜日の朝もあるかも
 * しれません). Talk that ends in a decision (話し合って決めました), a meeting shown in a photo (話し合っているところを写真で), consultation
 * offered to residents (市役所の中で相談できます) and a plan put out for comment are not this.
 */
const DELIBERATING =
  /(?:市役所|しやくしょ|役所|やくしょ|役場|やくば|庁舎|ちょうしゃ|教育委員会|きょういくいいんかい|[\p{Script=Han}]{1,4}課|[\p{Script=Han}]{1,4}部)の(?:中|なか|内部)で(?:は|も)?[、,]?[^。！？!?\n]{0,16}?(?:(?:話し合|はなしあ|相談し|そうだんし|考え|かんがえ|検討し|けんとうし|議論し|ぎろんし|協議し|きょうぎし|調整し|ちょうせいし)(?:て|っ(?:て|と)|よ)(?:い|お)?(?:る|ます|ります|り)|(?:話し合い|はなしあい|相談|そうだん|検討|けんとう|協議|きょうぎ|調整|ちょうせい)(?:中|ちゅう|の最中|のさいちゅう))(?:ところ|とこ|最中|さいちゅう|段階|だんかい)?(?=です|でございます|だ|や|ばい|たい|よ|ね|けど|けれど|が|ので|から|[。！!、,…]|$)/gu
/**
 * Blind R235I-051 kind: talks with another party said to be still under way in plain words (駅の方とはいままさにお話を詰めているところ,
 * 県と交渉を詰めている最中です, 協議を詰めている段階): 協議中 without the stage word, while the same or the next sentence tells the change
 * it is about as coming (来年の夏には駅の東口側にお引っ越しです). Details of a thing decided being worked out (詳細を詰めているところです。
 * 決まり次第お知らせします) name no change.
 */
/**
 * Blind R244U-001 kind (unof6): …or the line itself being worked out inside, a disposal or a change named among its options (跡地は民間への
 * 売却も含めて、庁内で活用の方向性を詰めているところです; 統合も視野に、方針を詰めている段階). Judged as the talks are: with a change in
 * the sentences around; an event's plan being shaped (来年度の催しの方向性を詰めているところです) names none.
 */
/**
 * Blind R246S-015 kind (unofmask7): …or the measure worked out with another section or body named as the partner, 詰める with no object
 * noun (給食費の完全無償化、来年度からスタートできるよう財政課とただいま詰めているところです; 県と今まさに詰めている最中です): the same
 * talks under way, judged as they are (a change and a time to come in the sentences around). An event's details with a speaker (講師の
 * 先生と日程を詰めているところです) name no change.
 */
const TALKS_PARTNER = '(?:[\\p{Script=Han}\\p{Script=Katakana}ー]{1,8}(?:課|部|室|局|係|省|庁|当局|委員会|事務所|事業者|業者|会社|組合|協会)|関係課|担当課|関係部署|関係機関|関係者|国|県|(?<![\\p{Script=Han}])市)(?:さん)?(?:と|との間で)[、,]?(?:ただいま|いま|今|現在|目下|いままさに|今まさに|まさに)?[、,]?(?:[^。！？!?\\n、,]{1,8}?を[、,]?)?'
const TALKS_UNDER_WAY = new RegExp(
  `(?:(?:お?話|話し合い|協議|交渉|調整|方向性|方針|活用策|活用方法|あり方|在り方)(?:を|の)?[、,]?|${TALKS_PARTNER})(?:最終的に)?(?:詰めて|詰めと|詰めよ|煮詰めて)(?:い|お)?(?:る|ます|ります)?(?:ところ|とこ|最中|段階)`,
  'gu',
)
/**
 * Blind R270C-005 kind: a plan with another body whose assent is said not to have come yet, told with the city's aim for when it starts
 * (大川市さんと…周遊バスの共同運行について話し合いを重ねています。大川市側のゴーサインはまだですが、来年の夏には走らせたい考えです;
 * 県の了承はまだですが、来年度から始めたいと思っています; 先方のOKはまだもらえていませんが、秋には開業する予定です): a matter not yet
 * agreed put out as if it will happen. The partner's answer awaited with nothing planned (先方からの返事はまだです), a plan said agreed
 * (合意しました, 協定を結び) and an event's own schedule stay clean.
 */
const PARTNER_NOD_PENDING = new RegExp(
  '(?:[\\p{Script=Han}\\p{Script=Katakana}ー]{1,8}(?:市|町|村|県|国|省|庁|会社|組合|協会|団体|さん|様)|[\\p{Script=Hiragana}\\p{Script=Han}]{2,6}(?:市|町|村)|先方|相手方|相手側|あちら|向こう|国|県)(?:側)?(?:の|から(?:の)?)' +
    '(?:ゴーサイン|ゴー|GOサイン|OK|オーケー|了承|ご了承|了解|ご了解|同意|ご同意|合意|承諾|ご承諾|返事|お返事|回答|ご回答|許可|内諾|賛同|理解)(?:は|が|も)?[、,]?' +
    '(?:まだ|いただけていない|いただけていません|得られていない|得られていません|もらえていない|もらえていません|出ていない|出ていません|取れていない|取れていません)',
  'gu',
)
/** …with the city's aim for the plan, dated (来年の夏には走らせたい考えです, 来年度から始めたい, 秋には運行する予定). */
const PLAN_AIMED = /(?:たい|したい)(?:考え|意向|と考え|と思|です|ところ)|目指し|めざし|予定|方向で|見込み|つもり/u
const PLAN_AGREED = /合意しました|合意に至|協定を(?:結|締結)|締結し|調印|正式に決定|決定しました|了承をいただき|了承を得/u

/** Blind R244U-001 kind (unof6): a disposal or a change named as one of the options weighed (売却も含めて, 統合も視野に, 廃止も選択肢に). */
const OPTION_WEIGHED = /(?:売却|譲渡|払い?下げ|統合|統廃合|廃止|閉鎖|閉校|閉館|移転|民営化|民間委託|解体|取り壊し|有料化|値上げ)(?:を|も)[、,]?(?:含め|ふくめ|視野に|選択肢に|念頭に)/u
/**
 * Blind R292E-021 kind (conf18): a fee to be charged, or raised, named as an option the city has in view (来年度は教室の参加費を1回300円ほど
 * いただく形にすることも視野に入れているところです; 駐車場の利用料を徴収することも選択肢に): the undecided charge let out in passing, whatever the
 * report around it. Judged with a time to come or a change in the sentence, and not with a public process.
 */
const FEE_WEIGHED = /(?:参加費|受講料|利用料|使用料|料金|手数料|会費|入館料|入場料|観覧料|駐車料金?|負担金|自己負担|施設使用料)(?:を|は|も|について(?:は)?)[、,]?[^。！？!?\n]{0,16}?(?:いただく|頂く|頂戴する|徴収する|徴収|取る|ご負担いただく|負担していただく|有料に(?:する)?|有料化|値上げ|引き上げ|上げる)(?:形|方向|かたち)?(?:に(?:する|すること)|とする)?(?:こと)?(?:も|を)[、,]?(?:視野に|選択肢に|念頭に|選択肢の一つ)/gu
const MOVE_OR_CHANGE = /(?:お?引っ越し|引越し|ひっこし|移転|移設|統合|廃止|有料化?|無料化?)(?:です|します|しま|する|となり|になり|に(?:なる|な)|予定)/u
/** The change a deliberation is about, told as a possibility or as coming (かもしれません, 来年からは, 変更, 新しく). */
const POSSIBLE_CHANGE =
  /かも(?:しれ|知れ)|可能性|(?:来年|らいねん|再来年|さらいねん|来月|らいげつ|次年度|来年度|らいねんど)(?:度)?(?:から|は|に|の|も|、)|変更|へんこう|廃止|はいし|新しく|あたらしく|新た|(?:変わ|かわ)る(?:かも|予定|みたい|らしい|そう)/u

/**
 * Who takes a post next, told as settled or second-hand: 次の係長は…木下さんで決まり, 新しい館長には…さんが就くらしい,
 * 後任の課長は…さんが濃厚 (a move announced, …さんが就任しました, is not this).
 */
const NEXT = '(?:次の|次期|新しい|今度の|後任の|来年度の|新年度の|来春の|(?<![0-9０-９])[0-9０-９]+月からの)[^。！？!?\\n]{0,10}?(?:(?<![会班組団隊船])長|リーダー|責任者|担当)'
const HOLDER = '(?:さん|氏|様|さま|くん|先生|課長|次長|係長|部長|補佐|主査)'
const NEXT_POST = new RegExp(
  `${NEXT}(?:は|には|に|って|も|、|,)[、,]?[^。！？!?\\n]{0,20}?${HOLDER}(?:(?=らしい|みたい|だって|ですって|とか|っぽい|って(?:話|噂|うわさ|聞))|(?:で|に)(?:決まり(?!まし)|決定(?!しまし|いたしまし|です)|内定|確定(?!しまし)|固ま|ほぼ)|が(?:濃厚|有力|確実|最有力|就く(?=らしい|みたい|そう|って|とか|予定|こと)|なる(?=らしい|みたい|そう|って|とか)|来る(?=らしい|みたい|そう|って|とか)))|` +
    `${HOLDER}(?:が|は)[、,]?${NEXT}(?:に|として)(?:(?:なる|就く|就任する|着任する|来る)(?=らしい|みたい|そう|って|とか|予定|こと|ようです|っぽい)|(?:決まった|内定した)(?=らしい|みたい|そう|って|とか|っぽい|ようです))`,
  'gu',
)
/**
 * Blind R236I-019 kind: who takes a role next named by the unit they work in now (4月から…中の人が替わります！新しい担当は、いま商工
 * 振興課にいる方です; 次の係長は、現在税務課の田中さん): someone still in another unit named for the role is a move not made yet, let out
 * before the city's notice. Only a unit of the office (…課, 係, 室, 支所, センター) as where they are now and a person after it; a move
 * announced (辞令, 4月1日付で, 発表しました: NEXT_POST_PUBLIC) is not this.
 */
const SUCCESSOR_NOW_AT = new RegExp(
  `${NEXT}(?:は|には|、|,)[、,]?[^。！？!?\\n]{0,12}?(?:いま|今|現在|目下)(?![年日月回後度週朝晩夜の])(?:は)?[、,]?[\\p{Script=Han}ァ-ヺーぁ-ゖ]{1,10}(?:課|係|室|支所|出張所|センター|事務所)(?:に(?:いる|いらっしゃる|おられる|在籍している|所属している|勤めている|勤務している|いてる)|で(?:働いている|働いていらっしゃる|勤務している)|の)[、,]?(?:方|人|職員|者|かた|[一-龠々]{1,4}(?:さん|係長|主査|主任|課長|補佐))(?!で(?!す|した|ござい)|に|へ)`,
  'gu',
)
const PERSONNEL_PUBLIC = /公表|発表し|ホームページ|掲載|付で|付け|辞令交付|式|広報|説明会|選挙/u

/** The inside as where talk goes on (the start of UNANNOUNCED's 庁内で議論 alternatives). */
const INSIDE_AT = /^(?:庁内|役所内|課内|内部|内々|水面下|非公式に)/u
/**
 * The talk's verb closed as done and followed by what it decided, told as the city's decision (…話し合った結果、…ことにしました; …検討した
 * うえで…決定しました; …協議の末、…となりました). A talk still going on (話し合っているところです) or one whose outcome is only expected (…ことに
 * なりそうです) is not this.
 */
const TALK_DECIDED =
  /^(?:い|っ|し)?(?:た|の)?(?:結果|末|うえ|上)(?:に|で)?[、,]?[^。！？!?\n]{0,48}?(?:ことにしました|ことといたしました|こととしました|ことに決めました|ことに決定しました|決めました|決定しました|決定いたしました|となりました|ことになりました)(?:[。！!]|$)/u
/** The plan's verb in the past-experience form closing the sentence (持ち上が|ったこともあります, 出|たことがありました). */
const PLAN_PAST_EXPERIENCE = /^(?:った|た|した|された|ていた|っていた)こと(?:も|が)(?:あります|ありました|ある|あった|あるんです|あったんです|あるそうです|あったそうです)(?:[。！!]|$)/u
const RECENT_TIME = /今年|今年度|去年|昨年|昨年度|先月|先週|最近|先日|このほど|今回|今月|先ごろ/u
/** The plan's verb in the past (出され|た, 出て|いた, 浮上|した, 挙が|った, 有力|だった). */
const PLAN_PAST_TAIL = /^(?:た|ました|(?:い|お)(?:た|ました)|ていた|ていました|した|しました|った|りました|だった|でした)/u
/**
 * Blind R323D-040 kind (unof59): a change told as arranged in the formal voice (来年度より…延長される運びとなっております, 統合することとなって
 * おります) while the post says the city is still working it out inside (現在、庁内で詳細を詰めているところでございます; 関係課と調整しております;
 * 内部で検討を進めております): the arrangement is the inner stage, not a decision. A decision reported in the past (…ことになりました), a plan
 * (予定です) and an arrangement after the budget or the vote (可決され) are not this; nor details worked out with no change told.
 */
const ARRANGED_FORMAL = /(?<=[るた]|ない)(?:運び|こと)(?:と|に)(?:なって(?:い|お)(?:ます|る|ります)|なっております|なります)/gu
const INSIDE_WORKING =
  /(?:庁内|役所内|市役所内|課内|部内|内部|関係課|関係部署|関係部局|担当課|関係機関)(?:で|において|の中で|と|との間で)(?:は|も)?[、,]?[^。！？!?\n]{0,12}?(?:詰めて|詰めの(?:段階|作業)|(?:調整|検討|協議|議論|精査)(?:中|して(?:い|お)|を(?:進め|行っ|重ね))|話し合(?:って|いを))/u
export function arrangedInside(e: Emitter, t: string): void {
  const inside = INSIDE_WORKING.exec(t)
  // Review of unof59 (rv/runof59): a detail said to be set inside and announced once decided (詳しい時間は現在、関係課と調整中です。決まり次第
  // お知らせします): the arrangement is told with its open detail, as detailArranged reads it.
  if (inside && TBD_LATER.test(t) && DETAIL_TOPIC.test(t.slice(Math.max(sentenceAround(t, inside.index, inside.index).start, inside.index - 24), inside.index))) return
  if (!inside || DECIDED_MEASURE.test(t) || BUDGET_PASSED.test(t) || PUBLIC_PROCESS.test(t) || COMMENT_PROCESS.test(t)) return
  for (const m of matchAllOf(ARRANGED_FORMAL, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (!(CHANGE.test(sentence) || DIRECTED_MEASURE.test(sentence) || BENEFIT.test(sentence) || serviceStartAhead(sentence)) || quotedExample(t, m.index)) continue
    put(e, 'unofficial/undecided', inside.index, inside.index + inside[0].length, { noun: topicOf(sentence) })
    return
  }
}

/**
 * Blind R339W-019 kind (misc63): the concession that the city has announced nothing yet, without まだ (現時点で市からの正式発表はございませんが,
 * 公式なお知らせはありませんが, 正式には発表されていないものの), then the matter told as in the making, expected or heard (…夏頃の発行で最終
 * 調整に入ったと伺っております, …実施される見込みです, …予定と聞いています): a third party (a chamber of commerce, an operator) or staff handing
 * out an undecided matter of the city before its release. (UNANNOUNCED reads the concession with まだ.) What it introduces is the rest of its
 * sentence, or the next sentence when the concession closes its own; it must tell a stage, a forecast or hearsay (IN_THE_MAKING). A rumour put
 * right (…という情報は誤りです, 公式の情報をご確認ください), the weather and a promise to announce once decided (決まり次第お知らせします) are not
 * this.
 */
const NO_RELEASE_YET =
  /(?:正式|公式)(?:な|の)?(?:発表|公表|お知らせ|アナウンス|決定|告知|発信)(?:は|が|も|等は|などは)[、,]?(?:まだ|いまだ|未だ(?:に)?|現在|現時点で(?:は)?|今のところ)?[、,]?(?:ございません|ありません|ない|無い|(?:出て|出され|され|行われ)(?:て)?(?:い|お)(?:ません|りません|ない))(?:の|ん)?(?:です|でございます)?(?:が|けど|けれど|けれども|ものの)|(?:正式|公式)に(?:は)?(?:発表|公表|決定|告知)(?:され|し)て(?:い|お)(?:ません|りません|ない)(?:の|ん)?(?:です)?(?:が|けど|けれど|けれども|ものの)/gu
const IN_THE_MAKING = /調整|検討|協議|詰め|準備が進|進められ|見込|見通し|予定|方向|伺|うかが|聞い|聞き|らしい|そう(?:です|だ|で)|とのこと|ようです|決ま|固ま|内定|運び|可能性/u
/**
 * …and a decision of the city said to be in its final arrangement, its content before で (夏頃の発行で最終調整に入ったと伺っております, 7月からの
 * 実施で調整の最終段階に入ったそうです), handed on as heard: a stage of the inside passed on. The words right before で must be a measure, a time or
 * a figure (FINAL_CONTENT), not a place or a rehearsal (会場で最終調整, 各学校で調整に入った, 選手たちは大会に向けて最終調整に入りました).
 */
const FINAL_ARRANGING =
  /(?<=[\p{Script=Han}\p{Script=Katakana}ーぁ-ゖ0-9０-９%％])で[、,]?(?:(?:最終|詰めの)調整|調整の最終段階|最終的な調整)(?:に入(?:っ|り|る)|の段階に入|段階に入|が(?:大詰め|進ん|進め|続)|を(?:進め|行っ)|して(?:い|お)|中)|(?<=[\p{Script=Han}\p{Script=Katakana}ーぁ-ゖ0-9０-９%％])で[、,]?調整に入(?:っ|り|る)/gu
const FINAL_CONTENT = /(?:発行|販売|実施|開催|導入|開始|移転|廃止|統合|値上げ?|値下げ?|有料化?|無料化?|延長|建設|整備|着工|開業|開館|開庁|オープン|再開|運行|運用|支給|給付|配布|交付|拡充|拡大|縮小|改定|見直し|新設|設置|売却|委託|頃|ごろ|[0-9０-９一二三四五六七八九十](?:月|日|年度|%|％|割|円|万円|億円)|上旬|中旬|下旬|年度内|年内|方向|案|線|形)(?:から|まで|以降)?(?:の(?:方向|形|案|線|予定))?$/u
const FINAL_HEARD = /^[^。！？!?\n]{0,16}?(?:と(?:伺|うかが|聞|お聞き)|とのこと|(?:だ|ん|る|た)?そう(?:です|だ|で)|らしい|みたい|ようです|との(?:話|情報)|という(?:話|情報))/u
export function releaseAwaited(e: Emitter, t: string): void {
  for (const m of matchAllOf(NO_RELEASE_YET, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    let told = t.slice(m.index + m[0].length, s.end)
    if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{4}/u.test(told) && s.end < t.length) told = sentenceOf(t, s.end, s.end)
    if (!IN_THE_MAKING.test(told) || TBD_LATER.test(told) || RUMOUR_AWARE.test(told) || CORRECTED.test(told) || (NATURAL.test(told) && !CHANGE.test(told)) || quotedExample(t, m.index)) continue
    put(e, 'unofficial/unannounced', m.index, m.index + m[0].length)
  }
  for (const m of matchAllOf(FINAL_ARRANGING, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const content = t.slice(Math.max(s.start, m.index - 16), m.index)
    const lead = content.slice(Math.max(0, content.search(/[^、,]*$/u)))
    if (!FINAL_CONTENT.test(lead) || /会場|現地|本番|練習|リハーサル|選手|チーム|ステージ|舞台/u.test(content)) continue
    const end = m.index + m[0].length
    const heard = FINAL_HEARD.test(t.slice(end, s.end))
    const unreleased = NO_RELEASE_YET.test(t) || /(?:正式|公式)(?:な|の)?(?:発表|公表)(?:は|が|も)?[、,]?まだ|未発表|公表前|発表前/u.test(t)
    NO_RELEASE_YET.lastIndex = 0
    if (!(heard || unreleased) || TBD_LATER.test(t.slice(s.start, Math.min(t.length, s.end + 30))) || PUBLIC_PROCESS.test(t.slice(s.start, s.end)) || quotedExample(t, m.index)) continue
    put(e, 'unofficial/undecided', m.index + 1, end, { noun: topicOf(t.slice(s.start, s.end)) })
  }
}

/**
 * Blind R339W-056 kind (misc63): who runs a facility in the next term told as expected before it is designated (来年度以降も引き続き当社が本施設の
 * 運営を担当する見通しとなりました; 次期も当協会が管理を担う見込みです; 4月からは○○社が運営を引き継ぐ方向です; 指定管理者に当社が引き続き選ばれる
 * 見込み): a designated manager or a contractor is the city's choice, made by a selection and the council's vote (議決), so the outcome told
 * ahead hands out an undecided matter whether the operator changes or not (OPERATOR_CHANGE reads a change). The sentence must put it in a term
 * to come (引き続き, 次期, 来年度, 以降, 4月から). Not once the post says the vote or the designation is done (議決を経て, 指定を受けました,
 * 可決), nor where a selection's result is published (選定結果を公表).
 */
const OPERATOR_NEXT_TERM =
  /(?:運営|管理|管理運営|運営管理|指定管理(?:業務)?|業務|委託業務)(?:を|も|は)?[、,]?(?:引き続き|継続して|続けて|新たに|新しく|当社が|弊社が|私どもが)?[、,]?(?:担当|担|受託|継続|続け|引き継|引き受|お引き受|お預か|預か|任さ|行|務め|させていただ)[ぁ-ゖ]{0,6}?(?:見通し|見込み|方向|運び|公算|可能性が(?:高|大き)|(?:こと|形)(?:に|と)(?:なりそう|なる見込|なりつつ|ほぼ決まり)|ことが(?:ほぼ)?(?:決まりそう|内定|固まり)|ことで(?:ほぼ)?(?:決まりそう|調整))|(?:指定管理者|運営事業者|運営者|委託先|受託者|受託事業者)(?:に|として)[、,]?[^。！？!?\n]{0,12}?(?:選ばれ|選定され|指定され|決まり|決ま|内定し)(?:る|そう)?(?:見通し|見込み|方向|公算|可能性|らしい|みたい|ことになりそう|のは(?:ほぼ)?確実)/u
const OPERATOR_TERM = /引き続き|継続して|次期|来年度|再来年度|次年度|以降|[0-9０-９]+年度|[0-9０-９一二三四]月から|来春|今後も|これからも|次の(?:期間|指定期間|契約)|更新/u
const OPERATOR_SETTLED = /議決|可決|議会の(?:承認|同意)|指定(?:を受け|され|いただ)(?:まし)?た|指定を受けて|選定結果|指定管理者(?:の)?指定(?:を|が)(?:受け|され|行われ)|正式に決(?:定|まり)/u
/**
 * Blind R346C-025 kind: who gets the next contract guessed in the writer's own voice (運営委託、今回も前と同じ会社で落ち着くんじゃないかな;
 * 次の指定管理も今の団体になるでしょう; 清掃業務は地元の業者さんに決まると思います): a firm or a body named with an outcome verb and a guess,
 * in a term to come (今回, 次, 来年度). A question (どの会社に決まるんでしょうか), a contract concluded and the city's plain statement stay clean.
 */
const OPERATOR_GUESSED =
  /[^。！？!?\n、,]{0,8}?(?:会社|業者|事業者|団体|法人|企業|ところ|社|さん)(?:さん)?(?:で|に)[、,]?(?:落ち着|おちつ|決ま|きま|収ま|おさま|なる|なり|なっ|続投|継続)[ぁ-ゖ]{0,3}?(?:(?:ん|の)?(?:じゃ|や|では)(?:ない|なか)(?:かな|か(?![らも])|ろうか|でしょうか)?|(?:でしょう|だろう|やろ)(?![かもけ])|(?:と|って)(?:思(?:う|い|っ|わ)|み(?:て|と)|見(?:て|と)|予想|踏ん|読ん)|気がし|感じ(?:です|がし)|っぽい|かも)/u
const OPERATOR_GUESS_TERM = /今回|今度|次回|次の|次期|次も|来年度|来期|引き続き|更新/u
const OPERATOR_GUESS_SETTLED = /(?:契約|委託|締結|決定|選定)(?:しました|いたしました|されました)|決まりました|議決|可決|入札結果|落札しました/u
export function operatorForetold(e: Emitter, t: string): void {
  const g = OPERATOR_GUESSED.exec(t)
  if (g && /委託|入札|契約|指定管理|受託|受注|落札|プロポーザル|業者選定/u.test(t) && !OPERATOR_GUESS_SETTLED.test(t)) {
    const sentence = sentenceOf(t, g.index, g.index + g[0].length)
    const asked = /どの|どこ|何|なに|どちら|誰|だれ/u.test(t.slice(Math.max(0, g.index - 4), g.index + g[0].length))
    if (OPERATOR_GUESS_TERM.test(sentence) && !asked && !RUMOUR_AWARE.test(sentence) && !quotedExample(t, g.index)) {
      put(e, 'unofficial/forecast', g.index, g.index + g[0].length, { topic: '契約の相手方の選定', marker: g[0].replace(/^[^]*?(?:で|に)[、,]?(?=落ち着|おちつ|決ま|きま|収ま|おさま|なる|なり|なっ|続投|継続)/u, '') })
      return
    }
  }
  const m = OPERATOR_NEXT_TERM.exec(t)
  if (!m || OPERATOR_SETTLED.test(t)) return
  const sentence = sentenceOf(t, m.index, m.index + m[0].length)
  if (!OPERATOR_TERM.test(sentence) || RUMOUR_AWARE.test(sentence) || quotedExample(t, m.index)) return
  put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: '施設の運営者（指定管理者）の選定', marker: m[0].replace(/^[^]*?(?=見通し|見込み|方向|運び|公算|可能性|こと|形|らしい|みたい|のは)/u, '') })
}

export function unannounced(e: Emitter, t: string): void {
  for (const m of e.has.unannounced ? matchAllOf(UNANNOUNCED, t, MAX_HITS) : []) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const rest = t.slice(m.index + m[0].length, s.end)
    if (TBD_LATER.test(rest)) continue
    if (/^(?:という|との|って)案/u.test(m[0]) && PUBLIC_PROCESS.test(t)) continue
    // Blind HL-128: a plan put forward in a past era, told in the past tense (昭和五十年代、…下水路にする案も出された; かつて…案が浮上
    // したこともある; 戦後まもなく…案が出ていた): history, not a plan in the making. A plan out now (…案が出ています) or put forward lately
    // with no era (先月の会議で…案も出されました) still is one.
    if (/^案/u.test(m[0]) && PAST_ERA.test(t.slice(s.start, m.index)) && PLAN_PAST_TAIL.test(t.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue
    // Talk inside (庁内で話し合い, 内部で検討): the draft it made put out for comment (庁内で話し合いが進んでいる…素案について、ご意見を
    // 募集します) is published; talk denied (庁内では検討していません) tells none.
    if (INSIDE_AT.test(m[0]) && (COMMENT_PROCESS.test(t) || PUBLIC_PROCESS.test(t.slice(s.start, s.end)) || TALK_DENIED.test(t.slice(m.index + m[0].length, s.end)))) continue
    // Review of unof59 (rv/runof59): a detail of a decided change said to be set inside (…期間を延長することとなりました。開始日は庁内で
    // 調整中です; 詳細は庁内で検討しております。決まり次第お知らせします): the decision is announced, the detail honestly said to be open.
    if (INSIDE_AT.test(m[0]) && detailArranged(t, s, m.index)) continue
    // Talk inside that ended in the decision the post announces (課内で話し合った結果、今年も8月に開催することにしました; 庁内で検討の
    // 末、…を延長することといたしました): the outcome is the city's own word now, not talk passed on.
    if (INSIDE_AT.test(m[0]) && TALK_DECIDED.test(t.slice(m.index + m[0].length, s.end))) continue
    put(e, 'unofficial/unannounced', m.index, m.index + m[0].length)
  }
  if (e.has.planForming) {
    for (const m of matchAllOf(PLAN_FORMING, t, MAX_HITS)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      if (!(CHANGE.test(sentence) || AMOUNT_CHANGE.test(sentence) || BENEFIT.test(sentence) || DECISION.test(sentence) || FUTURE.test(sentence))) continue
      if (COMMENT_PROCESS.test(t) || publicAround(t, s)) continue
      put(e, 'unofficial/unannounced', m.index, m.index + m[0].length, undefined, quotedExample(t, m.index) || undefined)
    }
  }
  if (e.has.asideWords) {
    for (const m of matchAllOf(SECRET_ASIDE, t, MAX_HITS)) {
      // What the aside introduces: the rest of its sentence, or the next sentence when the aside ends its own (…言えませんが…。).
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      let told = t.slice(m.index + m[0].length, s.end)
      // Blind R234M-074 kind: the aside put in brackets after what it concedes (…ほぼ話がついています（まだ表には出ていない話ですが）。):
      // what it is about stands before it in its sentence.
      if (/[（(]$/u.test(t.slice(Math.max(s.start, m.index - 1), m.index)) && /^[）)]/u.test(t.slice(m.index + m[0].length))) told = t.slice(s.start, m.index)
      else if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{4}/u.test(told) && s.end < t.length) told = sentenceOf(t, s.end, s.end)
      // Blind R237M-018 kind: …or an office moved or gathered into one (大和支所の窓口は令和9年度に本庁舎へまとめる形で固まりつつあります).
      if (!(CHANGE.test(told) || VENUE_MOVED.test(told) || BENEFIT.test(told) || ASIDE_PICK.test(told) || ((FUTURE.test(told) || DECISION.test(told)) && ASIDE_NEWS.test(told)))) continue
      if (NATURAL.test(told) && !CHANGE.test(told)) continue
      put(e, 'unofficial/unannounced', m.index, m.index + m[0].length, undefined, quotedExample(t, m.index) || undefined)
    }
  }
  if (e.has.newsWords) {
    for (const m of matchAllOf(HINTED_NEWS, t, MAX_HITS)) {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      // A weather or disaster notice (気象台から発表があるかもしれません) is not news of the city's.
      if (NATURAL.test(sentence) || OFFICIAL_SOURCE.test(sentence) || /警報|注意報|気象|地震|台風|避難/u.test(sentence)) continue
      put(e, 'unofficial/unannounced', m.index, m.index + m[0].length)
    }
  }
  for (const re of [CONJECTURE, TALK_OUT]) {
    if (re === TALK_OUT && !(e.has.planWords && e.has.talkOut)) continue
    if (re === CONJECTURE && !e.has.nai) continue
    for (const m of matchAllOf(re, t, MAX_HITS)) {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      // TRIVIA is asked of the sentence without the match: と言われ is the conjecture's own verb here.
      const rest = sentence.replace(m[0], '')
      if (PUBLIC_PROCESS.test(sentence) || TRIVIA.test(rest) || NATURAL.test(sentence) || TBD_LATER.test(sentence)) continue
      if (!(CHANGE.test(sentence) || DECISION.test(sentence) || VENUE_MOVED.test(sentence) || (re === CONJECTURE && FUTURE.test(sentence)))) continue
      // Blind IT-146: talk of a plan told in the past-experience form closing its sentence (埋め立てて下水路にする計画が持ち上がったことも
      // あります, 移転の話が出たこともありました): history, as a plan in a past era is; not with a time of late in the sentence (去年, 先月).
      if (re === TALK_OUT && PLAN_PAST_EXPERIENCE.test(t.slice(m.index + m[0].length, m.index + m[0].length + 24)) && !RECENT_TIME.test(sentence)) continue
      put(e, 'unofficial/unannounced', m.index, m.index + m[0].length)
    }
  }
  for (const m of e.has.internalTalk ? matchAllOf(INTERNAL_TALK, t, MAX_HITS) : []) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    const talk = DISCUSSED.exec(sentence.slice(sentence.indexOf(m[0])))
    if (!talk || PUBLIC_PROCESS.test(sentence)) continue
    // Review of unof58 (rv/misc): the staff's buzz about a thing (職員の間で噂になっているパン屋さん, 課内で話題の絵本): a popular shop or
    // book, no matter of the city, while the sentence tells no change, decision, benefit, rumour's topic or hearsay.
    if (/^(?:噂|うわさ|ウワサ|話題)$/u.test(talk[0])) {
      const rest = sentence.slice(sentence.indexOf(m[0]) + talk.index + talk[0].length)
      if ((buzzOfThing(rest) || TALKED_ABOUT.test(rest.slice(0, 16))) && !CHANGE.test(sentence) && !DECISION.test(sentence) && !BENEFIT.test(sentence) && !RUMOUR_TOPIC.test(sentence) && !PEOPLE_CLAIM.test(sentence) && !/らしい|みたい|そうです|そうだ|んだって|だってさ|げな|って話|と聞|聞いた|という|との/u.test(sentence)) continue
    }
    // Talk denied (料金の改定について、内部での議論は進んでいません; 庁内では検討されていません): nothing is under way to pass on.
    const after = sentence.indexOf(m[0]) + talk.index + talk[0].length
    if (TALK_DENIED.test(sentence.slice(after))) continue
    // …or talk that ended in the decision the post announces (課内で話し合った結果、…ことにしました: TALK_DECIDED).
    if (TALK_DECIDED.test(sentence.slice(after))) continue
    put(e, 'unofficial/unannounced', m.index, m.index + m[0].length)
  }
  if (e.has.insideProgress) {
    for (const m of matchAllOf(INSIDE_PROGRESS, t, MAX_HITS)) {
      const end = m.index + m[0].length
      // 議論は進んでいません: no talk going on.
      if (/^(?:い|お)?(?:ません|ない|おらず|へん|なか)/u.test(t.slice(end, end + 6))) continue
      const sentence = sentenceOf(t, m.index, end)
      if (!(LEAK_CONTENT.test(sentence) || BENEFIT.test(sentence)) || DECIDED.test(sentence) || PUBLIC_PROCESS.test(sentence) || COMMENT_PROCESS.test(t)) continue
      put(e, 'unofficial/unannounced', m.index, end, undefined, quotedExample(t, m.index) || undefined)
    }
  }
  if (e.has.deliberating) {
    for (const m of matchAllOf(DELIBERATING, t, MAX_HITS)) {
      // The sentence and the ones either side of it: the change may be told just before (…あるかもしれません。いま…話し合っています).
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const wide = sentencesAround(t, m.index, m.index + m[0].length)
      const around = t.slice(wide.start, wide.end)
      // 考えています alone is a stance (市役所の中で、みなさんの安全を考えています); only 考えているところ is a deliberation under way.
      if (/考え|かんがえ/u.test(m[0]) && !/(?:ところ|とこ|最中|さいちゅう|段階|だんかい)$/u.test(m[0])) continue
      if (!POSSIBLE_CHANGE.test(around) || COMMENT_PROCESS.test(t) || PUBLIC_PROCESS.test(t.slice(s.start, s.end))) continue
      put(e, 'unofficial/unannounced', m.index, m.index + m[0].length, undefined, quotedExample(t, m.index) || undefined)
    }
  }
  // Blind R292E-021 kind (conf18): a charge to come named as an option in view (参加費を…いただく形にすることも視野に入れている).
  if (/視野に|選択肢|念頭に/u.test(t)) {
    for (const m of matchAllOf(FEE_WEIGHED, t, MAX_HITS)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      if (!(FUTURE.test(sentence) || POSSIBLE_CHANGE.test(sentence)) || COMMENT_PROCESS.test(t) || PUBLIC_PROCESS.test(sentence)) continue
      put(e, 'unofficial/unannounced', m.index, m.index + m[0].length, undefined, quotedExample(t, m.index) || undefined)
    }
  }
  if (/詰め/u.test(t)) {
    for (const m of matchAllOf(TALKS_UNDER_WAY, t, MAX_HITS)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const wide = sentencesAround(t, m.index, m.index + m[0].length)
      const around = t.slice(wide.start, wide.end)
      // The line itself worked out (方向性を詰めて) only with a measure named among its options (売却も含めて): 決まり次第 is no change.
      if (/^(?:方向性|方針|活用|あり方|在り方)/u.test(m[0])) {
        if (!OPTION_WEIGHED.test(around)) continue
      } else if (!(CHANGE.test(around) || VENUE_MOVED.test(around) || MOVE_OR_CHANGE.test(around)) || !(FUTURE.test(around) || POSSIBLE_CHANGE.test(around))) continue
      if (COMMENT_PROCESS.test(t) || PUBLIC_PROCESS.test(t.slice(s.start, s.end))) continue
      put(e, 'unofficial/unannounced', m.index, m.index + m[0].length, undefined, quotedExample(t, m.index) || undefined)
    }
  }
  // Blind R270C-005 kind: a plan with a partner whose assent has not come, told with the city's dated aim (…側のゴーサインはまだですが、来年の夏には…たい考え).
  if (/まだ|ていない|ていません/u.test(t)) {
    for (const m of matchAllOf(PARTNER_NOD_PENDING, t, MAX_HITS)) {
      const wide = sentencesAround(t, m.index, m.index + m[0].length)
      const around = t.slice(wide.start, wide.end)
      if (!PLAN_AIMED.test(around) || !FUTURE.test(around) || PLAN_AGREED.test(t) || COMMENT_PROCESS.test(t)) continue
      put(e, 'unofficial/unannounced', m.index, m.index + m[0].length, undefined, quotedExample(t, m.index) || undefined)
    }
  }
  if (e.has.nextWords && e.has.postWords && !(e.has.nextPostPublic && NEXT_POST_PUBLIC.test(t))) {
    for (const m of matchAllOf(NEXT_POST, t, MAX_HITS)) {
      // The holder named first (古賀課長が…): the excerpt starts at the name.
      let from = m.index
      while (from > 0 && m.index - from < 4 && /\p{Script=Han}/u.test(t[from - 1]!)) from--
      put(e, 'unofficial/personnel', from, m.index + m[0].length)
    }
    for (const m of matchAllOf(SUCCESSOR_NOW_AT, t, MAX_HITS)) put(e, 'unofficial/personnel', m.index, m.index + m[0].length)
  }
  for (const m of e.has.personnel ? matchAllOf(PERSONNEL, t, MAX_HITS) : []) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    // …or a ceremony told in the paragraph (委嘱式の様子は後日お知らせします): the appointment is the city's own announcement.
    if (PERSONNEL_PUBLIC.test(sentence) || /委嘱式|着任式|就任式|入庁式|任命式|委嘱状|辞令交付式/u.test(t)) continue
    // 4月の人事異動で担当が変わりました: a move that has happened is no longer unpublished.
    // (…が就任することになりました is a move still to come: the post is told before the city announces it.)
    if (/異動で$/u.test(m[0]) && /ました|でした/u.test(sentence) && !/そう|見込|予定|らしい|かも|みたい|決ま|(?:する|になる|される)(?:こと|運び)(?:に|と)な/u.test(sentence)) continue
    // Review of unof58 (rv/misc): the notice itself said to be not out yet or due (人事異動の内示はまだ先です, 異動の内示は例年3月中旬です):
    // nothing of anyone's move is told, while the sentence names no person, no post to be filled and no hearsay.
    if (/の内示$/u.test(m[0]) && NOTICE_NOT_OUT.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12)) && !NOTICE_WHO.test(sentence)) continue
    put(e, 'unofficial/personnel', m.index, m.index + m[0].length)
  }
}

/*
 * Blind R406F-031, R406F-053, LV-009, LV-047 kinds (one block):
 * - A date, a venue or a measure's start told as likely while the answer it waits on has not come (11月の集団健診は16日の日曜、三橋公民館で
 *   いけそうです！会場からの返事待ちではありますが…; 助成は、たぶん秋には始まると思います。まだ正式ではありませんが…): the writer's guess
 *   handed out as the schedule. The guess (SCHEDULE_GUESS: いけそう, 始まりそう, 始まると思います, たぶん…でしょう) names a time or a place
 *   (SCHEDULE_NAMED) in its sentence; the paragraph concedes the answer is awaited or the matter not yet formal (ANSWER_AWAITED: 返事待ち,
 *   回答がまだ, まだ正式ではない, 未確定). Not the weather or a crowd, a question, a rumour warned against, nor a quote.
 * - A scam warning whose fake contact asks for a secret or impersonates the city in the continuative (柳川市をかたり、…カード番号やパスワード
 *   の入力を求めるメールが届いたとの情報があります): the city's notice of what it was told, as SCAM_DECEIT's are (SCAM_ASKS_SECRET).
 * - ここだけの話 before what is most popular among the staff (ここだけの話…職員の中でいちばん人気の返礼品は、のり佃煮だったりします): a
 *   favourite told as a playful confidence, as TIP_ASIDE's recommendation is (FAVOURITE_ASIDE).
 */
const SCHEDULE_GUESS =
  /(?:いけ|行け|でき|やれ|決まり|きまり|なり|始まり|はじまり|開け|使え|確定し)そう(?:です|だ|や|な(?:ので|んで|ん)|かな|[！!。…〜~]|$)|(?:始まる|はじまる|スタートする|開始される|開始する|実施される|実施する|開催される|開催する|できる|なる|決まる)(?:と|かと)(?:思います|思う|思いま|思って)|(?:たぶん|多分|おそらく|恐らく)[^。！？!?\n]{0,30}?(?:でしょう|だろう|はず)/gu
const SCHEDULE_NAMED =
  /[0-9０-９一二三四五六七八九十]{1,2}(?:月|日)|[月火水木金土日]曜|上旬|中旬|下旬|(?:春|夏|秋|冬|年内|年度内|年明け|来年度|来年|来月|来週)(?:に(?:は)?|から|頃|ごろ|まで|中)|日程|日取り|会場|公民館|体育館|ホール|開催|開始|始ま|はじま|スタート/u
const ANSWER_AWAITED =
  /(?:返事|返答|回答|お返事|ご返答|ご回答|許可|承認|決裁|OK|オーケー|ゴーサイン|正式決定)(?:の)?待ち|(?:返事|返答|回答|お返事|ご回答|ご返答|許可|承認)(?:が|は)[、,]?(?:まだ|来て(?:い)?な|きて(?:い)?な|届いて(?:い)?な|出て(?:い)?な)|まだ(?:正式|公式)(?:じゃ|では|に(?:決まっ|決定し|発表し)て(?:い|お)?)(?:ない|なか|ありません|ません)|正式(?:決定|発表)(?:前|はまだ|じゃない|ではない)|(?:確定|本決まり)(?:では|じゃ)(?:ない|なく|ありません)|未確定/u
export function scheduleAwaited(e: Emitter, t: string): void {
  if (!ANSWER_AWAITED.test(t)) return
  for (const m of matchAllOf(SCHEDULE_GUESS, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    if (!SCHEDULE_NAMED.test(t.slice(s.start, m.index + m[0].length)) || /[？?]|(?:でしょう|ます)か/u.test(sentence)) continue
    if ((NATURAL.test(sentence) && !CHANGE.test(sentence)) || RUMOUR_AWARE.test(sentence) || quotedExample(t, m.index)) continue
    put(e, 'unofficial/unannounced', s.start + (sentence.length - sentence.trimStart().length), m.index + m[0].length)
    return
  }
}
