/**
 * Forecasts and 見込み of an undecided matter (5(1): 未決定の事項を発信しない): 見込み, 見通し, 〜になりそう, 〜かも, はず about a
 * change or a decision (有料になる, 統合, 異動), guesses as guarantees (〜することになるはず), who wins a bid, a realisation guessed,
 * one's hunch or memory as the answer, an end hinted (そのうち終わる), a zone shifting, a vague horizon (数年後には…), hedged changes,
 * a leader or the inside leaning, a vote foretold, a restriction at this pace, a staff feel, a hedged answer read as decided, the
 * city's course guessed, a count guessed, one's outlook, a staff sign guessed, a settled matter then forecast. Stays clean: weather,
 * crowds, traffic and works (混雑が見込まれます), published schedules, a decided measure's estimate, routine processing times.
 * Part of the unofficial family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import { matchAllOf } from '../../regex'
import type { DraftFinding } from '../../rule'
import { BENEFIT, BUDGET_PASSED, CHANGE, CIRCULATING, CLOSURE, COMMENT_PROCESS, CORRECTED, CUT_OF_FUNDS, DAMAGE, DECIDED_MEASURE, DECISION, DIRECTED_MEASURE, DIRECTION_NATURE, FUTURE, HEARD_IMPRESSION, HOPE_MARKED, LAND_USE, MAX_HITS, NATURAL, OFFICIAL_SOURCE, OWN_FORECAST_NOT, PICK_TOPIC, PRIVATE_INFORMANT, PUBLIC_PROCESS, RESTRICTION_LIFTED, RUMOUR_AWARE, SCHEDULED_AHEAD, SCHEDULE_WORD, SPOKEN_IN_PUBLIC, STAFF_PENALTY, STAFF_SIGN, START_AHEAD, STEP_DONE, TRIVIA, UNDER_WAY88, VAGUE_HORIZON, VENUE_MOVED, WORKS_CHANGE, changeBeyondBenefit, clauseBefore, horizonGrowth, put, quotedExample, quotedVoice, sentenceOf, serviceStartAhead, topicOf, wordStart } from './context'
import type { Emitter } from './context'

/**
 * Blind R320M-043 / R319D-030 kind (unof58): a service or a measure said to begin at a time a year or more ahead (来年度から通年で本格実施される,
 * 再来年から運航される, 来年の春から導入される, 令和9年度から始まる): a start the city has to decide, so a forecast of it (見込み, 運び, かも) tells an
 * undecided matter as a change does. Read where a forecast is judged; a start stated plainly (来年度から実施します) is no forecast.
 */
/** The FORECAST marker of an expectation in the formal voice (…できると考えており, …られるものと見込んで). */
const EXPECTED_MARK = /^る(?:と|ものと)(?:考えて|見込んで|踏んで)/u
/** A time a year or more ahead (来年度, 再来年, 令和9年度, 2028年). */
const YEAR_AHEAD = /来年|来年度|再来年|次年度|来春|来秋|来夏|令和[0-9０-９一二三四五六七八九十元]{1,2}年|[0-9０-９]{4}年/u
/** What the city runs or builds (新しい図書館, 新しい路線): a new one with a decision guessed is the city's pick (review of unof58, rv/misc). */
const CITY_THING = /部活|図書館|庁舎|体育館|公民館|学校|小学校|中学校|保育園|保育所|幼稚園|施設|センター|会館|市民プール|プール|公園|駐車場|路線|バス|窓口|支所|制度|事業|計画|条例|補助|手当|料金|候補地|場所|移転先|跡地/u
/** A switch of how a thing is run (地域クラブへ切り替える, 地域移行, 一本化): what a guessed 決まりのよう decides (review of unof58, rv/misc). */
const GUESSED_SWITCH = /切り?替え|切替|切りかえ|移行|変更|変え(?:る|ます|て)|変わ(?:る|ります)|一本化|統一|導入/u
/**
 * Review of unof58 (rv/misc): an effect hoped for from what the city does (窓口の待ち時間を短縮, 負担を軽減, ごみの量を減らす) and the means
 * it comes by (新しいシステムの導入により, この制度によって): an expectation of them promises no measure.
 */
const EFFECT_HOPED = /(?:待ち時間|時間|手間|負担|費用|コスト|経費|量|件数|事故|渋滞|混雑|待機児童|二酸化炭素|CO2|ＣＯ２|ごみ|ゴミ|距離|回数|人数)(?:を|が)[、,]?[^。！？!?\n、,]{0,8}?(?:短縮|縮め|減ら|削減|軽減|解消|抑え|抑制|改善|向上|高め|増や|ゼロに)/gu
const MEANS_CLAUSE = /[^。！？!?\n、,]{0,20}?(?:の導入|の活用|の整備|の実施|を導入すること|を活用すること)(?:により|によって|で)[、,]?/gu
/** A site's use decided or planned by the city, said in the post (跡地の活用方針を決定しました, 跡地活用計画を策定しました). */
const SITE_USE_DECIDED = /(?:活用|利用)(?:の)?(?:方針|計画|方法|策)(?:を|が)[、,]?(?:決定|策定|決ま|公表)|(?:決定|策定|可決|議決)(?:し|され)(?:まし)?た[^。！？!?\n]{0,20}?(?:跡地|用地|市有地|旧)/u
/** The writer's fancy marked right after a guess (…かも!?…なんて想像しながら, …かも、と夢がふくらみます). */
const FANCY_AFTER = /^[!！?？…‥.・\s]{0,6}(?:なんて|などと|と)[、,]?(?:想像|妄想|空想|夢(?:が|を|見))/u
const SCHEDULE_WHEN = '(?:(?:令和|平成)(?:[0-9０-９一二三四五六七八九十]{1,3}|元)年(?:度)?|[0-9０-９]{4}年(?:度)?|[0-9０-９一二三四五六七八九十]{1,2}月|年度末|年度内|来年度|来年|来春|来秋|来夏|今年度|年内)'
const SCHEDULE_DATE = new RegExp(`${SCHEDULE_WORD}(?:は|が|も|の時期は|時期は)?[、,]?[^。！？!?\n]{0,12}?${SCHEDULE_WHEN}|${SCHEDULE_WHEN}[^。！？!?\n]{0,8}?(?:の|に|ごろ(?:の|に)?|頃(?:の|に)?)${SCHEDULE_WORD}`, 'u')
/** An effect given in figures (約2,300円, 約5分, 3割): what an estimate of a decided measure says. */
const EFFECT_FIGURE = /[0-9０-９一二三四五六七八九十百千万][0-9０-９,，.]*(?:万|億)?(?:円|分|秒|%|％|人|名|件|台|時間|日|割|トン|t|世帯|か所|箇所)/u

/**
 * Forecast markers (squeezed view). Blind R198I-002 kind: a vote's outcome told as arranged before it is taken (賛成多数で可決される運びです,
 * 委員会で承認される運びとなっています): 運び after the outcome's verb says it will go so; 開催の運びとなりました (a plan of the city's
 * announced) is no vote.
 * Blind R208D-033 (cu12): a likelihood said high with a degree adverb between (値上がりする可能性がかなり高いです, 公算が非常に大きい): the
 * adverb only strengthens the forecast.
 * Blind R304W-006 kind (unreb21): the city's own plan reported in the press's words, as if from outside (…引き上げる構えで, …諮る段取り
 * とみられます, 統合する方針とみられる): 構え after a verb, or a plan noun after a verb then とみられる, is a reporter's guess at what the city
 * will do, judged as the other markers (a change or a benefit in the sentence). A cause or an injury とみられます (消し忘れとみられます) has no
 * plan noun and no verb before it; 冷静な構え has no verb.
 * Blind R315E-059 kind (unof57): the course said to be set (再来年の春には閉まる流れになっています, 有料になる流れです, 統合される流れに
 * なりつつある): 流れ after a verb is the office's word for a decision in the making, judged as the other markers (a change in the
 * sentence); a procedure's steps (申請後に審査して交付する流れです) are read out in forecasts.
 * Blind R319D-030 kind (unof58): 運び after any verb said as a prospect (再来年から運航される運びです, 統合する運びのようです, 実施される運びに
 * なりそう): the arrangement told as on its way; the formal report of an arrangement made (開催の運びとなりました, 運びとなります) is not this.
 * Blind R319D-023 kind (unof58): a decision guessed or passed on as a noun (…切り替えることで決まりのようです, 有料化で決まりみたい, 決まりっぽい).
 * Blind R319D-015 kind (unof58): what the speaker expects can be done, in the formal voice (令和9年度には着工できると考えており, 完成させられる
 * ものと見込んでおります): a works' or a measure's date promised before it is funded; judged with a decision or a schedule ahead in the
 * sentence, and not where the post says the budget or the contract is passed (forecasts).
 * Blind R323D-002 kind (unof59): a works' or a measure's start foretold with でしょう (着工となるでしょう, 着手することになるでしょう) or with the
 * press's hedge 早ければ…には/にも (早ければ三年後には着工): when an undecided matter may come; judged as the other markers (a change in the
 * sentence). 早ければ早いほど, お申し込みが早ければ and a procedure's turnaround (早ければ翌月には支給) are not this.
 * Blind R364M-030 kind: the outcome called the only way left, guessed (一つになるしかなかでしょうね, 廃止するしかないだろう, in dialect too):
 * an undecided matter foretold; judged as the other markers (a change in the sentence).
 * Blind R329C-036/-039 kind (unof61): the outcome read from the mood around it (補助金は軒並み削られる雲行きです, 進出を決めてくれそうな
 * 空気です, 廃止される気配, 統合の方向という雰囲気です): an undecided matter foretold in a word of the weather or the air (MOOD_MARK); judged
 * on the clause the word closes, which must name the change (くつろげる雰囲気です, 雨が降りそうな空気です, 落ち着いた雰囲気 are no forecast).
 */
const FORECAST =
  /(?<=[るた]|ない)運び(?:です|だ|や|のよう|の模様|らしい|みたい|っぽい|とのこと|になりそう|に(?:なって|なりつつ))|決まり(?:の(?:よう|模様)|みたい|っぽい)|(?<=でき|られ)る(?:と|ものと)(?:考えて|見込んで|踏んで)(?:おり|い|お)|(?<=[るた]|ない)(?:つもり|気|考え|意向|方針|魂胆|腹づもり|狙い)(?:なの|なん)?(?:では|じゃ|や|と(?:や|じゃ))(?:ない|なか)(?:でしょうか|か|かな|ですか|だろうか|やろか|ですかね|と(?:思|考え))|(?<!取得|卒業|修了|資格)見込み(?!可|であること|である旨|がある(?:方|者|人|場合)|の(?:方|かた|人|者|場合|世帯|方々|皆|児童|生徒|学生|事業者|期間))|見込まれ(?:る|ます|ている|ています)|(?:こと|もの)?(?:と|に)(?:なろう|なるであろう|なるだろう|なるでしょう(?!か))|(?<=[るう])しか(?:ない|なか|ありません)(?:でしょう|だろう|やろう|やろ|ですね|と(?:思|おも))|(?<=[るう])しかなかろう|(?<![がも])早ければ(?![、,]?早)(?=[、,]?[^。！？!?\n]{0,16}?(?:にも|には|中に|ごろ|頃|まで))|見通し|(?:(?:可決|否決|採択|承認|議決|同意|認定)され|成立す|通)る運び(?:です|だ|や|で|と|に|。|$)|可能性が[、,]?(?:(?:かなり|非常に|極めて|きわめて|とても|すごく|大変|相当|だいぶ|ずいぶん|より)[、,]?)?(?:高|大き|濃厚)|可能性大|濃厚|最有力|有力視|有力と|(?<=[がで])(?:(?:いちばん|一番|最も|もっとも)[、,]?)?有力(?:です|だ|や|な(?:よう|模様|情勢)|とのこと|みたい|らしい|のよう)|公算が[、,]?(?:(?:かなり|非常に|極めて|きわめて|とても|すごく|大変|相当|だいぶ)[、,]?)?(?:大き|高)|ほぼ(?:決まり|確定|確実|内定)|本決まり|(?:決まった|決定した|確定した)?も同然|決まったようなもの|秒読み|時間の問題(?!では|じゃ)|確実視|既定路線|規定路線|出来レース|決まりそう|決定しそう|確定しそう|(?<!おい|美味|楽|たの|嬉|うれ|(?<![優賛])美|(?<![更刷革一維])新|あたら|寂|さび|さみ|悲|かな|珍|めずら|素晴ら|すばら|恐ろ|おそろ|(?<![最])優|やさ|忙|いそが|むずか|懐か|なつか|涼|すず|詳|くわ|厳|きび|怪|あや|羨ま|うらやま|かわ|可哀|苦|くる|難|険|けわ|激|はげ|惜|親|恋|悔|くや|貧|眩|まぶ|逞|たくま|騒が|さわが|頼も|たのも|恥ずか|はずか)[きぎしちにびみりいえけげせてねべめれ]そう(?:です|だ(?!ん)|な(?!の)|。|！|!|…|$|[^\p{Script=Han}\p{Script=Hiragana}])|(?:[るた]|ない)よう(?:です|だ(?!け)|。|$)|(?:[るた]|ない)はず(?:です|だ|。|$)|(?:[るた]|ない)(?:と|かと)(?:思われ|予想され|思います|思う|思って|睨んで|にらんで)|(?:[るた]|ない)(?:だろう|でしょう)(?:と|かと)(?:思|考え|予想|見て)|候補に[^。！!？?\n]{0,20}?(?:挙が|あが|上が|なって|入って)(?:って)?(?=い|お)|候補として(?:挙が|名前が|検討され)(?:って)?(?=い|お)|かも(?:しれ|しれな|ね|よ|です|っす|ばい|やけん|って(?![思おも考])|…|！|!|？|\?|。|$|[^\p{Script=Han}\p{Script=Hiragana}])|(?:[るた]|ない)(?:ん|の|と)(?:じゃ|では|や)(?:ない|なか)(?:か|ろうか)(?:な|なあ|なぁ|なー|ね)?(?![、,]?(?:と(?!思|おも)|って)|[ぁ-でど-ゖ」』])|(?:[るた]|ない)っちゃ(?:ない|なか)(?:か|ろうか)?(?:な|なあ|ね)?(?=[。！!？?…〜~\s]|$)|とのこと|(?<=[るた]|ない|れる)流れ(?:に|と)(?:なって(?:い(?:ます|る)?|お(?:ります|る)?|き(?:て(?:い(?:ます|る)?)?|ました|た)?)|なりつつ|なりそう)|(?<=[るた]|ない|れる)流れ(?:です|だ|や|みたい|らしい|っぽい)(?=[。！!…〜~]|$|よ|ね|けど|が[、,])|(?<=[るい]|ない)構え(?=で|です|だ|と(?:みられ|見られ)|を(?:見せ|みせ|崩さ|くずさ)|。|$)|(?<=る|ない|そうな|ような)(?:雲行き|気配|空気|雰囲気|風向き|ムード|情勢)(?:です|だ|や|でした|で(?=[、,])|になって|になりつつ|が(?:漂|出て|強ま|濃厚)|(?=[。！!…〜~]|$))|(?:という|って|っていう|との)(?:雲行き|気配|空気|雰囲気|ムード)(?:です|だ|や|になって|が(?:漂|広が|出て|強ま))|(?<=(?:[るい]|ない)(?:段取り|方針|意向|運び|方向|見通し|計画|予定|考え|もの))(?:と|とも)(?:みられ|見られ)(?:ます|る|て|てい|ており)/gu
/**
 * Blind R253E-021 kind (conf8): the direction spelt in hiragana to slip past a check, spaced out or not (料金を上げる ほ う こ う で 話が
 * 進んでいます: the squeezed view joins the spaces): ほうこう reads as 方向 in every alternative, after a verb's plain form as 方向 is;
 * 右の ほうこうに すすむと (the way to walk) is no plan. Colleague (stop 51): the bare 方向で + stage word takes a noun's の before it
 * (有料化の方向で検討), but not a compass point or a way to go (北の方向で話が進んでいます, 矢印の方向で進んでください).
 * Nor a way of travel told by its verb (上流に向かう方向で進みます, 駅から北へ走る方向で回ります): a boat or a bus going somewhere, no plan.
 */
/**
 * Blind R256M-050 kind (conf9): the line said settling with no talk word between (令和10年度をめどとする線で固まりつつあります, 統合する線で
 * まとまっています, 廃止する線で決まりそうです): a course still in the making inside, told before any announcement.
 */
const DIRECTION = /(?<=[るいすたくぐむぶつう]|ない)(?<!しい|よい|いい|らしい|走る|通る|乗る)線で[、,]?(?:(?:内部|庁内|事務|最終)?(?:話(?:が|を|は)|調整|検討|協議|話し合い|最終調整)[^。！？!?\n]{0,4}?(?:まとま|固ま|かたま|決ま|詰め|進|動|一致|中|して(?:い|お))|(?:ほぼ|おおむね|概ね|大筋で?|だいたい|すでに|既に|もう)?[、,]?(?:固ま|かたま|まとま|決ま)(?:り(?:つつ|かけ|そう)|って(?:い|お|き)))|(?<!(?:[東西南北]|北東|北西|南東|南西|右|左|逆|反対|矢印|進行|風|同じ)の)(?<!(?:向かう|向いた|走る|走った|進む|流れる|曲がる|回る|下る|上る|戻る|帰る|渡る|抜ける)[ 　]?)(?:方向|ほうこう)で(?:内部|庁内|事務|最終)?(?:調整|検討|協議|話(?:が|を|し)|進|動|まとま|固ま|決ま|準備|最終調整|一致)|(?<=[るいすたくぐむぶつう])(?:方向|ほうこう)で[、,]?[^。！？!?\n「」]{0,12}?(?:調整|検討|協議|話し合い|詰め|話)(?:が|を|も)[^。！？!?\n]{0,4}?(?:進|続|重ね|行わ|行っ|始ま|始め)|(?<=[るいすたくぐむぶつう])(?<!しい|よい|いい|らしい)(?:方向|ほうこう|線|案)で[、,]?[^。！？!?\n「」]{0,12}?(?:(?:調整|検討|協議|話し合い|相談)(?:中|して(?:い|お)|いたして|しとる|しとり|しよる|しより|を行って)|話し合って(?:い|お))|(?<=[るいすたくぐむぶつう])(?<!しい|よい|いい|らしい)(?:方向|ほうこう|線|案)で[、,]?[^。！？!?\n「」]{0,12}?詰め(?:て(?:い|お)|とる|とり|よる|より)|(?<=[るいすたくぐむぶつう])(?<!しい|よい|いい|らしい)(?:方向|ほうこう)(?:です|だ|らしい|とのこと|みたい|になり|で決|で固|が固|に(?:なって|向かって))|(?<=[るいすたくぐむぶつう]|ない)(?<!しい|よい|いい|らしい)(?:方向|ほうこう)(?:で|が|に)[、,]?(?:ほぼ|ほとんど|おおむね|概ね|おおよそ|大筋で?|おおすじで?|だいたい|大体|あらかた|すでに|既に|もう|ある程度|ほぼほぼ)[、,]?(?:固ま|かたま|決ま|きま|まとま|一致)|(?<=[るいすたくぐむぶつう]|ない)(?<!しい|よい|いい|らしい)(?:(?:方向|ほうこう)|案|方針)(?:で|が)[、,]?[^。！？!?\n「」]{0,16}?(?:の中|のなか|内部|庁内|課内|部内|内々|事務方|上層部|幹部)(?:で|では|でも|の間では)[、,]?(?:ほぼ|ほとんど|おおむね|概ね|大筋で?|だいたい|大体|あらかた|ほぼほぼ)[、,]?(?:固ま|かたま|まとま)/gu
/**
 * Blind R83A-016: where an undecided plan will end up, foretold by the writer (まだ案の段階です。ただ、担当としては埋め立てる方向になると
 * 思っています; 廃止する方向に進むでしょう; 統合しない方向で落ち着くんじゃないかな; 残す方向にまとまるはずです): a verb's plain form
 * before 方向 is the policy's content, and なる/進む/落ち着く/まとまる with a guess after it (と思う, でしょう, はず, かも, んじゃない)
 * hands out the outcome before the city decides. An adjective (明るい方向, 良い方向に向かう) or a noun (北の方向, 矢印の方向) before 方向
 * is no plan, nor a direction the reader is told to take (…方向に進むと、左手に受付があります: no guess follows), nor the weather's or a
 * stream's course (台風は東へ進む方向になるでしょう: DIRECTION_NATURE).
 */
const DIRECTION_FORETOLD =
  /(?<=[るすくぐむぶつうた]|ない)(?<!(?:少|危|汚|幼|切|せつ|つまら|くだら|頼り|はかな)ない)方向(?:に|へ|で)(?:なる|なっていく|進む|すすむ|落ち着く|おちつく|落ちつく|まとまる|固まる|決まる|向かう|動く|いく|行く)(?:と(?:思|おも|考え|予想|予測|見て|みて|睨んで)|かと(?:思|おも)|(?:ん|の)(?:じゃ|や|では)(?:ない|なか)|のでは|でしょう|だろう|やろう?|はず|かも|っちゃないか|気が)/gu
/**
 * R392R-059 kind (W76): 見込み in the city's own tally of a process (【罹災証明書の交付状況（10月31日現在）】申請件数：1,284件…残りの交付は11月
 * 中旬に終える見込みです): the completion of the work counted, a published schedule. The paragraph must give its figures as of a date
 * (…現在, …時点) and the forecast be of the work finishing; hearsay or a secret in the sentence is still a forecast passed on.
 * Blind R453E-016 kind (wave 94, clean): …or of the count reaching the budget or the cap, from the city's own application count (…申請件数：
 * 412件 ⏎ 現在のペースでは、8月上旬に予算額に達する見込みです; 発行予定数に達する見込み; 予算の上限に達する見込み): the city reports its own
 * tally, no undecided matter. A hedge or hearsay in the sentence keeps it a forecast.
 */
const TALLY_DATED = /[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:[^。！？!?\n]{0,8})?(?:現在|時点)/u
const TALLY_FIGURE = /[：:]\s?[0-9０-９][0-9０-９,，]*\s?(?:件|人|世帯|棟|戸|か所|箇所)/u
const WORK_FINISHING = /(?:終え|終わ|完了|終了|完成|済ませ|済み)(?:る|ら|す|し|た)?[^。！？!?\n]{0,4}$|(?:予算|予算額|予算の上限|上限額|募集枠|予定件数|予定数|定員)に達(?:する|し)[^。！？!?\n]{0,4}$/u
function tallyForecast(t: string, at: number, marker: string, sentence: string): boolean {
  if (!/^(?:見込|見通し)/u.test(marker) || !TALLY_DATED.test(t) || !TALLY_FIGURE.test(t)) return false
  if (/らしい|みたい|って(?:話|聞)|と聞|内緒|ここだけ|たぶん|多分|かも/u.test(sentence)) return false
  return WORK_FINISHING.test(t.slice(Math.max(0, at - 14), at))
}
/**
 * Someone's word taken as a guarantee (市長が「延ばさない」と言っていたので、8月末の完成は確実である; 担当の人がそう話していた
 * けん、来年の開催は間違いなか): what was said in a meeting or a chat, passed on as settled. The certainty must be the writer's
 * own assertion, not a belief reported (確実だと信じてしまった).
 */
const WORD_AS_GUARANTEE =
  /(?:と|って)[、,]?[^。！？!?\n]{0,12}?(?:言って(?:い|お)?た|言って(?:い|お)?ました|言ってました|言われ(?:た|ました)|おっしゃって(?:い)?(?:た|ました)|話して(?:い)?(?:た|ました)|言いよった|言うとった|断言して(?:い)?(?:た|ました))(?:ので|から|し|んで|けん|ため)[、,]?[^。！？!?\n]{0,40}?(?:(?:確実|確定)(?:です|だ|である|でしょう|や|ばい)|間違い(?:ない|ありません|ございません|なし|なか)(?:です|でしょう)?|決まり(?:です|だ|や))(?=[。！!よねば]|$)/gu
/**
 * An arrangement guessed at (体育館は避難所として24時間開放されることになるはずです, 新しい窓口で手続きできることになるでしょう):
 * a passive or potential verb + ことになる + a conjecture foretells how a facility or a service will be run before it is decided.
 */
const ARRANGEMENT_GUESS =
  /(?:され|[かがさたなばまらわ]れ|られ|でき|させ)る(?:ように(?:なる)?)?(?:こと)(?:に|と)(?:なる|なります)(?:はず|だろう|でしょう(?!か)|と思|かと思|かも|みたい|らしい|っぽい|(?:の)?では(?:ない)?か)/gu

/**
 * Blind R93A-034: the writer's guess at who will win a tender or a selection still to come (実績のある有明建設さんで決まりだと思います,
 * 筑後管工さんが落札するんじゃないかな, 〇〇グループで決まりでしょう): a named bidder and a guess at the outcome, in a paragraph about a
 * procurement (入札, 発注, 指定管理, プロポーザル); it prejudges a fair process. The outcome announced (入札の結果、…に決まりました) and
 * a guess with no bidder named or no procurement (夏祭りのポスターは…で決まり) are not this.
 */
const BIDDER = '(?:[\\p{Script=Han}\\p{Script=Katakana}ー・]{1,12}(?:さん|社|建設|工業|組|工務店|産業|興業|設備|商事|管工|電気|開発|技建|土木|造園|舗装|グループ|JV)|[A-ZＡ-Ｚ]社)'
const WINNER_GUESS = new RegExp(
  `${BIDDER}(?:で|に)(?:ほぼ|もう|まず|まあ|たぶん|多分|きっと)?(?:決まり|決定|確定|鉄板|当確|確実)(?:だ|や|じゃ|です|でしょう|だろう|やろう?)?(?:と|って|かと)(?:思|おも|睨|にら|見て|みて|踏んで|予想)|${BIDDER}(?:で|に)(?:ほぼ|もう|まず|たぶん|多分|きっと)?決まり(?:でしょう|だろう|やろ|じゃない|っぽい|かな|そう)|${BIDDER}(?:が|で)(?:ほぼ|たぶん|多分|きっと|まず)?(?:落札|受注|取る|とる|選ばれる|勝つ)(?:する)?(?:でしょう|だろう|やろ|んじゃない|のでは|と思|かと思|はず|かも|っぽい)`,
  'gu',
)
const PROCUREMENT_WORDS = /入札|落札|応札|発注|受注|指定管理|プロポーザル|コンペ|随意契約|公募型|手を挙げ|参加表明/u
const PROCUREMENT_DONE = /落札(?:しました|されました|者(?:が|を|は)決定)|入札結果|開札結果|契約を(?:締結|結び)|に決定しました|に決まりました/u
/*
 * Blind R350K kinds (restrictionAtThisPace, insideStirHeard, staffFeelForecast):
 * - Blind R441S-018 / R442T-056 kind (wave 90): …also a lifting or a cut at this pace (この調子なら、来年度は固定資産税の税率も下げられる
 *   と思います; このままなら避難指示はたぶん今夜中に解除されると思います): an order lifted or a tax cut is the city's decision too. A lifting
 *   announced (解除しました), a target (目標も達成できると思います) and the weather stay clean.
 * - A restriction or stop of a public service forecast as the writer's own guess, from how things stand (今年は雨が少ないので、このままだと
 *   8月ごろには給水制限が始まると思います): RESTRICTION_GUESS. Nothing is decided; the post foretells a measure of the city. A restriction
 *   announced (…から給水制限を実施します), a conditional notice (雨天の場合は中止します) and weather alone stay clean.
 * - Hearsay of a stir inside the office or of what an audit or inspection found (監査で何か大きなのが見つかったらしく、庁内がちょっとざわついてます):
 *   INSIDE_STIR with a hearsay ending in the sentence. A finding announced and a lively event (会場がざわつきました) stay clean.
 * - A schedule told as settled from a staff member's feel (…来年の夏には通れるようになりそうです！現場の担当者の感触なので): STAFF_FEEL
 *   with a forecast of an opening, a completion or a reopening in the paragraph. A schedule the city announces stays clean.
 */
const RESTRICTION = '(?:給水制限|取水制限|時間断水|断水|節水制限|通行止め|通行規制|運休|休館|休園|休校|閉鎖|利用制限|入場制限|値上げ|有料化|廃止|中止|延期|避難指示|避難勧告|解除|税率|減税|値下げ|引き下げ|引下げ|保険料|手数料|[\\p{Script=Han}]{1,4}税)'
const RESTRICTION_WORD = new RegExp(RESTRICTION, 'u')
const RESTRICTION_GUESS = new RegExp(
  `(?:このまま(?:だと|では|なら|いくと|いけば|の状態(?:だと|では|なら|が続けば))|この(?:調子|ペース)(?:だと|では|なら|でいくと|でいけば)|今の(?:まま|ペース|調子)(?:だと|では|なら))[、,]?[^。！？!?\\n]{0,24}?${RESTRICTION}(?:が|は|に|も)?[^。！？!?\\n]{0,12}?(?:始まる|始まり|実施される|行われる|かかる|出る|なる|される|避けられない|下げられる|引き下げられる|下がる|安くなる|解除できる|なくせる)(?:の)?(?:と思います|と思う|と思われます|でしょう(?!か)|だろう|かもしれません|かもしれない|かも|はずです|気がします|見込みです|可能性が(?:高い|あります))`,
  'gu',
)
const RESTRICTION_OUT = /(?:実施します|実施いたします|実施しています|開始します|開始いたします|決定しました|決まりました|お知らせします)/u
const STAFF_FEEL =
  /(?:担当者?|現場|職員|係|私|わたし|僕|ぼく|個人|スタッフ)(?:さん)?(?:の|的な?)(?:感触|肌感覚?|見立て|勘|感覚|読み|体感)(?:なので|ですので|では|だと|ですが|だけど|です|によると|からすると|で言うと|ですけど)/gu
const FEEL_FORECAST = /(?:通れる|通行でき|渡れる|開通|完成|完了|再開|開館|オープン|使える|利用でき|使用でき|終わる|供用)[^。！？!?\n]{0,10}?(?:そう|見込み|予定|と思います|でしょう|はず)/u
const FEEL_THING = /通れる|通行でき|渡れる|開通|完成|完了|再開|開館|オープン|使える|利用でき|使用でき|終わる|供用/u
const FEEL_OUT = /(?:決定しました|決まりました|発表しました|お知らせします|予定どおり|予定通り)/u
/** A restriction foretold at this pace (このままのペースだと給水制限…): a forecast of a measure the city decides (was unof66). */
export function restrictionAtThisPace(e: Emitter, t: string): void {
  if (/このまま|この調子|このペース|今のまま|今のペース|今の調子/u.test(t) && !RESTRICTION_OUT.test(t)) {
    for (const m of matchAllOf(RESTRICTION_GUESS, t, MAX_HITS)) {
      const topic = RESTRICTION_WORD.exec(m[0])?.[0] ?? 'この件'
      put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic, marker: m[0].slice(m[0].lastIndexOf(topic)) })
    }
  }
}
/** A member of staff's feel or hunch told as when a thing opens or passes (感触としては…通れるようになる), nothing announced (was unof66). */
export function staffFeelForecast(e: Emitter, t: string): void {
  if (/感触|感覚|見立て|勘|読み|体感/u.test(t) && FEEL_FORECAST.test(t) && !FEEL_OUT.test(t)) {
    const said = FEEL_FORECAST.exec(t)![0]
    for (const m of matchAllOf(STAFF_FEEL, t, MAX_HITS)) put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: FEEL_THING.exec(said)?.[0] ?? 'この件', marker: said })
  }
}
export function winnerGuess(e: Emitter, t: string): void {
  if (!PROCUREMENT_WORDS.test(t) || PROCUREMENT_DONE.test(t)) return
  for (const m of matchAllOf(WINNER_GUESS, t, MAX_HITS)) {
    if (quotedExample(t, m.index)) continue
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    const marker = /決まり|決定|確定|鉄板|当確|確実|落札|受注|取る|とる|選ばれる|勝つ/u.exec(m[0])![0]
    put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: topicOf(sentence), marker })
  }
}

const SIGN_GUESS =
  /^[^。！？!?\n]{1,40}?(?:(?:る|た|ない|ん|い)(?:ん|の)(?:じゃ|では|や)(?:ない|なか)|(?:る|た|ない|い)っちゃ(?:ない|なか)|(?:る|た|ない|い)のでは|かも|(?:る|た|ない)はず|(?:る|ない)(?:と|かと)(?:思|おも)|(?:る|ない)(?:でしょう|だろう|やろう?)(?!か))/u
const STAFF_SIGN_ONE = new RegExp(STAFF_SIGN.source, 'u')
export function staffSignGuess(e: Emitter, t: string): void {
  for (const m of matchAllOf(STAFF_SIGN, t, MAX_HITS)) {
    if (quotedExample(t, m.index)) continue
    const after = m.index + m[0].length
    const g = SIGN_GUESS.exec(t.slice(after, after + 48))
    if (!g) continue
    const guessed = g[0]
    if (!CHANGE.test(guessed) && !DECISION.test(guessed) && !BENEFIT.test(guessed) && !STAFF_PENALTY.test(guessed)) continue
    const sentence = sentenceOf(t, m.index, after + guessed.length)
    if (PUBLIC_PROCESS.test(sentence) || OFFICIAL_SOURCE.test(sentence) || RUMOUR_AWARE.test(sentence)) continue
    const marker = /(?:(?:ん|の)(?:じゃ|では|や)(?:ない|なか)|っちゃ(?:ない|なか)|のでは|かも|はず|(?:と|かと)(?:思|おも)|でしょう|だろう|やろう?)$/u.exec(guessed)![0]
    put(e, 'unofficial/forecast', m.index, after + guessed.length, { topic: topicOf(sentence), marker })
  }
}

/**
 * Blind R378B-024 / R379C-012 kind: a measure asked about, guessed to come true by a time ahead (来年度あたり実現するんじゃないかな,
 * 来年度からはたぶん実現すると思いますよ): the city has decided nothing, and one official's guess is handed out as its answer. A person's
 * dream or goal (夢が実現すると思います) is no measure; a plan said in public (計画では…) is not a guess.
 */
const REALISATION_GUESSED =
  /(?:来年度|来年|再来年|次年度|来春|来秋|年度内|年内|近いうち|数年後|数年以内)(?:から|あたり|辺り|ぐらい|くらい|頃|ごろ|中|内|まで)?(?:に|には|は|にも|も|で)?[、,]?[^。！？!?\n]{0,12}?実現(?:する|される|できる|しそう|しそうだ|しそうな)(?:ん|の)?(?:じゃ|では|やな|ではな)?(?:ない|なか|い)?(?:か|かな)?(?:(?:と|って)[^。！？!?\n、,]{0,8}?)?(?:思|おも|考え|予想|見てい|みてい|でしょう|だろう|はず|かも)/gu
const REALISATION_NOT_MEASURE = /夢|願い|目標|希望が|抱負/u
export function realisationGuessed(e: Emitter, t: string): void {
  for (const m of matchAllOf(REALISATION_GUESSED, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (REALISATION_NOT_MEASURE.test(sentence) || PUBLIC_PROCESS.test(sentence) || OFFICIAL_SOURCE.test(sentence) || RUMOUR_AWARE.test(sentence) || quotedExample(t, m.index)) continue
    put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: topicOf(sentence), marker: /(?:思|おも|考え|予想|見てい|みてい|でしょう|だろう|はず|かも)$/u.exec(m[0])![0] })
  }
}

export function guesses(e: Emitter, t: string): void {
  for (const re of [WORD_AS_GUARANTEE, ARRANGEMENT_GUESS]) {
    for (const m of matchAllOf(re, t, MAX_HITS)) {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      if (PUBLIC_PROCESS.test(sentence) || OFFICIAL_SOURCE.test(sentence) || TRIVIA.test(sentence) || RUMOUR_AWARE.test(sentence) || (CIRCULATING.test(sentence) && CORRECTED.test(t))) continue
      const marker = re === WORD_AS_GUARANTEE ? /確実|確定|間違い|決まり/u.exec(m[0])![0] : m[0].replace(/^[^]*(?:なる|なります)/u, '')
      // The excerpt starts at the remark's frame, or at the verb's kanji stem (開放されることになるはず).
      let from = m.index
      if (re === ARRANGEMENT_GUESS) while (from > 0 && m.index - from < 2 && /\p{Script=Han}/u.test(t[from - 1]!)) from--
      put(e, 'unofficial/forecast', from, m.index + m[0].length, { topic: topicOf(sentence), marker })
    }
  }
}

/**
 * Blind R55A-122: the effect a change has on the people who use a service, forecast as an estimate (医師の異動に伴い7月から待ち時間が長く
 * なる見込みです, 窓口システムの更新により、手続きに時間がかかる見込みです): the change is the cause (に伴い, により, の影響で), the
 * forecast is of waiting or crowding, which the city tells its users to plan for. The part after the cause must hold no change itself
 * (…に伴い外来を休止する見込み, …により後任は…になる見込み) and the sentence no hearsay or guess (…辞めるらしく…, …かも).
 */
const CAUSE_LINK = /に伴い|に伴って|に伴う|にともない|にともなって|により|によって|の影響で|の影響により|のため/gu
const WAIT_EFFECT = /待ち時間|待つ時間|お待たせ|お待ちいただ|混雑|混み合|込み合|混みあ|込みあ|時間(?:が|を)?(?:かか|要)|(?:つながり|繋がり|かかり)にく/u
const GUESSED = /らしい|らしく|みたい|そう(?:です|だ|な)|(?:る|た|だ|ない)って(?:[。！!、,]|$|さ|ね|よ|話)|とか|かも|噂|うわさ|聞いた|聞きました|はず|だろう|でしょう/u
function waitCaused(lead: string, sentence: string): boolean {
  CAUSE_LINK.lastIndex = 0
  let after = -1
  for (let c = CAUSE_LINK.exec(lead), n = 0; c && n < 8; c = CAUSE_LINK.exec(lead), n++) after = c.index + c[0].length
  if (after < 0) return false
  const effect = lead.slice(after)
  return WAIT_EFFECT.test(effect) && !CHANGE.test(effect) && !BENEFIT.test(effect) && !GUESSED.test(sentence)
}

/**
 * Blind R119A-149: the readers' worries or questions guessed with a polite と思います (心配なことがたくさんあるかと思います, ご不安な方も
 * いらっしゃると思います, お困りの方も多いかと思います), perhaps after the list of what worries them (職場への説明や、育休の延長手続きなど、):
 * the writer's sympathy with the readers' situation, not a forecast. The list is part of the worry; a change told before it in a clause of
 * its own (来年度から保育料が上がり、ご不安な方も…) is read as ever.
 */
const READERS_WORRY =
  /(?:[^。！？!?\n]{1,40}?(?:など|とか|なんか)[、,]?)?[^、,。！？!?\n]{0,10}?(?:心配|不安|悩み|お困り|困りごと|困って|戸惑|とまど|疑問|ご不明|わからないこと|分からないこと|わからん|気がかり|気掛かり|迷われ|迷って)[^、,。！？!?\n]{0,14}?(?:ある|あり|多い|おありの|いらっしゃる|おられる|いる|おる|抱え|感じ|お持ち)[^、,。！？!?\n]{0,8}?(?:と|かと)(?:思われ|思います|思う|思って|存じ)[^。！？!?\n]{0,6}$/u

/**
 * Blind R82A-130: the readers named (保護者の皆さま, 利用者の方, 子どもたち), perhaps after a clause in the past that describes them (延期で
 * ご心配をおかけした: group 1), then a feeling or an understanding (安心, ほっと, 胸をなでおろ, 喜ん, 楽しん, 納得, 慣れ) in a benefactive or
 * honorific form (していただける, されている, くれる) guessed with と思います: the writer's courtesy about the readers, not a forecast.
 */
const READERS_FEEL =
  /(?:(?:^|[、,])([^、,。！？!?\n]{1,30}?(?:た|だ)))?(?:[^、,。！？!?\n]{0,10}?の)?(?:皆さま|皆様|皆さん|みなさん|みなさま|方々|方|かた|保護者|ご家族|ご家庭|利用者|市民|住民|子どもたち|子供たち|お子さん|お子さま|参加者|お客様|お客さま|生徒|児童)(?:の皆さま|の皆様|の皆さん|の方)?(?:も|は|には|にも|が)[、,]?[^。！？!?\n]{0,16}?(?:安心|ほっと|ホッと|胸をなで(?:おろ|下ろ)|喜ん|よろこん|喜ば|楽しん|たのしん|満足|納得|ご理解|実感|共感|慣れ|なれ|懐かし|驚か|びっくり|うれしく|嬉しく|気持ちよく|快適に|笑顔に)[^。！？!?\n]{0,12}?(?:いただけ|いただい|くださ|くれ|され|いらっしゃ|おられ|られ)(?:る|ている|ていらっしゃる|ておられる|て(?:い|お)る)?(?:と|かと)(?:思われ|思います|思う|思って|存じ)[^。！？!?\n]{0,6}$/u

/**
 * Blind R73A-048: money for a measure said to go into a budget, right before the forecast's word (来年度予算に盛り込まれる見通し, 当初予算に
 * 計上される見込み, 予算化される見通し, 予算がつく見通し): a budget item foretold before the council votes on it, whatever the measure is
 * (works, a road, a bus route). A budget passed (可決された予算に…) is no forecast of one.
 */
const BUDGETED =
  /(?:予算(?:案)?(?:に|へ)(?:は|も)?[、,]?[^。！？!?\n]{0,8}?(?:盛り込|盛りこ|もりこ|計上|組み込|組みこ|反映|入)|予算(?:化|措置|計上)|予算(?:が|も)(?:つ|付|認められ|確保され|手当てされ))[^。！？!?\n、,]{0,6}$/u
/**
 * Blind R168A-082: works said to stop or be put off as the budget goes (来年度の予算次第では工事がいったん止まるかもしれないとのこと, 予算が
 * つかなければ改修は先送りになる見込み, 予算が通らんかったら整備は中断するかも): the works' fate hangs on a budget the council has still to pass,
 * a decision of the city, so the forecast is not of the works' progress (the weather, a completion date) but of that decision. Both the budget
 * as the condition and the works halted or put off must be there; a delay by rain (台風次第では工事が止まるかも) or a completion foretold with the
 * budget named (予算の範囲内で3月に完了する見込み) stays the works' progress.
 */
const BUDGET_HINGE = /予算(?:の(?:つき方|付き方|状況|査定|編成|措置))?(?:次第|しだい)|予算(?:が|は|も)?[、,]?(?:つか|付か|通ら|とれ|取れ|認められ|確保でき|おり|下り)(?:なければ|なかったら|なけりゃ|ない場合|んと|んかったら|んやったら)/u
const WORKS_HALTED = /(?:工事|事業|整備|建設|改修|補修|架け替え|かけかえ|解体|着工)(?:が|は|も|を)?[、,]?[^。！？!?\n]{0,10}?(?:止ま|とま(?:る|り|っ)|止め|中断|ストップ|凍結|中止|休止|先送り|見送|延期|ずれ込|打ち切)/u

/** A concession closed by a verb or a copula (…ご迷惑をおかけしていますが、, …混みますけど、, 混雑するものの、): background to what follows. */
/**
 * Blind R364M-030 kind: …or the ground the writer read it from, a clause of looking (生徒数の推移ば見よったら、, 人口の推移を見ていると、,
 * 利用者数から考えると、): the figures are why, the change told after it is what is foretold.
 */
const CONCESSION = /(?:ます|です|ました|でした|いる|ある|ない|した|する|た|だ)(?:が|けど|けれど|けれども|ばってん)[、,]|ものの[、,]|(?:を|ば)(?:見て(?:い)?ると|見ると|見たら|見よったら|見とったら|見ていたら|見とると|見よると)[、,]|から(?:考えると|考えたら|すると|みると)[、,]/gu
/** A topic described by a clause in the progressive or the past (…が減っている…小学校は、). */
const RELATIVE_TOPIC = /(?:ている|ていた|てきた|った|した)[\p{Script=Han}\p{Script=Katakana}ーぁ-ゖ・0-9０-９]{1,24}?は[、,]/u
/** The part of `sentence` (around the marker at `at`) NATURAL is judged on: after its last concession, when a change is told there. */
function natureClause(t: string, at: number, sentence: string): string {
  const s0 = sentenceAround(t, at, at)
  const lead = t.slice(s0.start, at)
  CONCESSION.lastIndex = 0
  let cut = -1
  for (let c = CONCESSION.exec(lead), n = 0; c && n < 8; c = CONCESSION.exec(lead), n++) cut = c.index + c[0].length
  // Blind R166I-016: …or the subject described by a clause of its state (児童数が年々減っている北浜小学校と南浜小学校は、…統合されることに
  // なりそうで): the state is why, the change told after the topic is what is foretold.
  const described = RELATIVE_TOPIC.exec(lead)
  if (described) cut = Math.max(cut, described.index + described[0].length)
  if (cut < 0) return sentence
  const after = t.slice(s0.start + cut, s0.end)
  return CHANGE.test(after) || VENUE_MOVED.test(after) ? after : sentence
}

/**
 * The conjecture endings of FORECAST: んじゃないかな, のではないか, とやないか, っちゃないか. Blind R120A-049: the city's intention guessed
 * (市は…税率を引き上げるつもりではないでしょうか, 統合する考えなんじゃないかな, 廃止する腹づもりやなかと): the change it guesses must be in the clause.
 */
const CONJECTURE_END = /^(?:(?:[るた]|ない)(?:(?:ん|の|と)(?:じゃ|では|や)|っちゃ)|(?:つもり|気|考え|意向|方針|魂胆|腹づもり|狙い)(?:なの|なん)?(?:では|じゃ|や|と(?:や|じゃ)))(?:ない|なか)/u
/** A verdict on a plan as a sentence of its own: ほぼ確定！, 本決まりです, 決まったも同然. */
const SETTLED_ALONE = /^[\s　]{0,2}(?:もう|これは|まあ|まぁ)?[、,]?(?:ほぼ(?:決まり|確定|確実|内定)|本決まり|(?:決まった|確定した)?も同然)(?:です|だ|や|ばい|っす|でしょう|だね|ですね)?[！!。…〜~ー\s]{0,4}$/u
/** What a plan would bring once realised or agreed (実現すれば…見通しです, まとまれば…見込み): a conditional on the plan, then a forecast. */
const IF_REALISED = /(?:実現|合意|決定)(?:すれば|したら|した場合(?:は|には)?|となれば|となった場合|できれば|できたら|の暁には)|(?:決ま|まとま)(?:れば|ったら|った場合)/u
const REALISED_FORECAST = /見通し|見込み|見込まれ|予定|可能(?:に|と)な|できるよう(?:にな|に)/u
/** Whether the sentence after the one at `at` foretells what the plan there would bring once realised. */
function realisedNext(t: string, at: number): boolean {
  const s = sentenceAround(t, at, at)
  if (s.end >= t.length) return false
  let k = s.end
  while (k < t.length && k < s.end + 3 && /[。！？!?\s]/u.test(t[k]!)) k++
  const next = sentenceAround(t, k, k)
  const sentence = t.slice(next.start, next.end)
  return IF_REALISED.test(sentence) && REALISED_FORECAST.test(sentence)
}
/**
 * Blind R206A-009 (cu12): the direction quoted as an official's answer to a question in the council (…の質問には、建設部長が「…方向で準備を
 * 進めている」と答えています; 市長は「…」と答弁しました), in a paragraph reporting the session (一般質問, 定例会, 本会議, 委員会): the answer is
 * on the public record, the post reports it. An answer got by asking on the side (担当の課長に聞いたら「…」と答えてくれました) has no question
 * of the session and stays a forecast.
 */
const ANSWER_QUOTED = /(?:市長|副市長|教育長|部長|局長|課長|理事|管理者|委員長)(?:は|が|から)[、,]?[^。！？!?\n]{0,4}?「[^「」\n]{1,120}」(?:と|との)(?:答弁|答え|回答|述べ|説明)(?:し|され|て|まし|ており|てい|た|る|ます)/u
const SESSION_QUESTION = /(?:一般|代表|個人|緊急)?質問(?:には|に対し|に対して|で|への|を受け)|質疑(?:で|には|に対し)|答弁/u
const SESSION_REPORTED = /一般質問|代表質問|定例会|臨時会|本会議|委員会|議会/u
function answeredInSession(t: string, sentence: string): boolean {
  return ANSWER_QUOTED.test(sentence) && SESSION_QUESTION.test(sentence) && SESSION_REPORTED.test(t)
}
/** Blind TX-149: a plan, a change or a fact said not to exist, just before とのこと (休止の予定はない, 変更はありません, そうした計画はない). */
const PLAN_DENIED_BEFORE = /(?:予定|計画|事実|方針|考え|動き|変更|見直し)(?:は|も)[、,]?(?:一切|全く|まったく|特に|今のところ|現時点で|現在)?[、,]?(?:ない|無い|ありません|ございません)$/u
/** The city's own department or mayor asked on the record, in humble words (担当課にお聞きしたところ, 市長に伺ったところ). */
const CITY_ASKED = /(?<!(?:県|国|省|庁|町|村|他市|隣の市)の)(?:担当課|所管課|担当部署|担当部局|市長|副市長|(?<![議])[\p{Script=Han}]{1,6}課)(?:に|から)(?:お聞きした|伺った|うかがった|お伺いした|確認した|問い合わせた)ところ/u
/** The steps of a procedure or of the day (申請, 審査, 受付, 手続き, 当日): what 流れ describes there is how it goes, no course set. */
const PROCEDURE_FLOW = /申請|申し込|申込|審査|受付|受け付|手続|届出|提出|当日|順番|順序|手順|ご案内/u
/**
 * Blind R431G-009 (clean): how long a routine procedure takes, estimated for the reader (申請から交付まで2～3か月ほどかかる見込みです; 審査には
 * 2週間程度かかる見通しです; 発行までの期間は約10日を要する見込み): the office's estimate of its own processing time, no undecided policy. Only a
 * duration right before the marker, in a sentence that names the procedure; a change told beside it (来年度から手数料が上がる見込み) is judged
 * as ever, and a works' or a plan's length (建設には3年かかる見込み) names no procedure.
 * Blind R442T-012 kind (wave 90): …also the duration told with となる / になる (交付は、申請からおおむね2週間程度となる見込みです; 発送は
 * 10日後になる見通し): the same office estimate of its own procedure.
 */
const DURATION_BEFORE = /(?:[0-9０-９一二三四五六七八九十数]+(?:[～〜~\-－][0-9０-９一二三四五六七八九十]+)?)(?:日|営業日|日間|週間|か月|ヶ月|カ月|ケ月|箇月|ヵ月)(?:程度|ほど|くらい|ぐらい|前後|以上|余り|弱)?(?:後|先)?(?:が|は)?(?:かかる|掛かる|を要する|要する|(?:と|に)なる)$/u
const PROCEDURE_NAMED = /申請|申込|申し込み|交付|発行|支給|審査|判定|手続|届出|処理|受付|受け付け|発送|振込|振り込み|決定通知|認定|登録/u
function procedureDuration(t: string, at: number, sentence: string): boolean {
  const lead = t.slice(Math.max(0, at - 24), at).replace(/\s+$/u, '')
  return DURATION_BEFORE.test(lead) && PROCEDURE_NAMED.test(sentence) && !CHANGE.test(sentence.replace(/(?:申請|交付|発行|支給|審査|判定|手続き?|処理)/gu, ''))
}
/**
 * Blind R450B-029 kind: a change of a tax or a rule (the state's or the city's) guessed as sure at a time ahead (…議論が進んでおり、再来年度には
 * すべての空き家が課税強化の対象になるはずです; 来年には控除が縮小されるでしょう; 数年後には規制がさらに厳しくなるはずです, often with advice to
 * act on it now): a system not yet changed told as certain, though no fee or service of the city's (CHANGE) is named. The tightening or easing
 * (RULE_SHIFTED) must stand in the clause the guess closes, with no means or cause between (規制の強化により、…違反も減るはずです foretells an effect),
 * in a sentence with a time ahead; a change the post says was passed or decided (法改正が可決され…) is a decided measure's schedule.
 */
/*
 * Blind R451C-031 kind: a rate or a charge guessed as staying as it is next year (税率はたぶん来年度も据え置きになると思います; 保険料は来年も
 * 変わらないと思いますよ; 使用料の改定はないはずです): keeping it is as much the city's or the council's decision as changing it, so a rate, a
 * tax or a fee (税率, 保険税, 保険料, 使用料, 料金 …) with 据え置き, 現状維持 or 変わらない / 上がらない in the clause the guess closes is read like
 * the change. Clean: the rate said kept by a decision (据え置きとしました, 可決され), kept this year with no guess (今年度も据え置きです).
 */
export const RULE_SHIFTED = /(?:課税|増税|減税|税負担|税制|規制|罰則|基準|要件|特例|控除|優遇措置|軽減措置|減免|義務)(?:の)?(?:が|は|も)?[、,]?(?:さらに|一段と|大幅に|一気に|いっそう|一層)?[、,]?(?:強化|緩和|厳格化|撤廃|解除|縮小|廃止|見直さ|厳しく|きびしく|重く|義務化)|(?:課税|増税|課税強化|規制|罰則|義務化|特例解除)(?:の)?対象(?:に|と|から)(?:なる|なり|され|外れ)|増税|義務化|(?:税率|税額|保険料率|保険料|保険税|国保税|介護保険料|住民税|固定資産税|使用料|利用料|手数料|料金|負担額)[^。！？!?\n]{0,16}?(?:据え置き|据置き|据え置か|据え置く|据置|現状維持|変わらない|変わらず|上がらない|値上げ(?:は|も)?(?:され)?ない|改定(?:は|も)?(?:され)?ない)/u
function ruleChangeGuessed(t: string, at: number, mark: string, sentence: string): boolean {
  if (!/^(?:[るた]|ない)(?:はず|だろう|でしょう|(?:と|かと)(?:思|予想))|^[きぎしちにびみりいえけげせてねべめれ]そう|^(?:見込|見通し|可能性|公算|濃厚|確実視)/u.test(mark)) return false
  if (!FUTURE.test(sentence) || DECIDED_MEASURE.test(t)) return false
  const lead = t.slice(sentenceAround(t, at, at).start, at + mark.length)
  const r = RULE_SHIFTED.exec(lead)
  return !!r && !/により|によって|による|のため|ので|から[、,]/u.test(lead.slice(r.index + r[0].length))
}
/** A debate said to be going on (議論が進んでおり, 検討が進められている, 協議中): the state or the prefecture named with it (国では) vouches for no outcome. */
const DEBATE_ONGOING = /(?:議論|検討|協議|審議|論議)(?:が|を)?[、,]?(?:進んで|進められて|進めて|行われて|続いて|重ねられて|なされて|始まって)|(?:議論|検討|協議|審議)中/u
/** …the same guess closed by でしょう, だろう or a word of certainty (義務化されるのは確実です, 控除が縮小されるでしょう), which FORECAST leaves to context. */
const RULE_SHIFT_SURE = /(?:[るた]|ない)(?:でしょう(?!か)|だろう(?!か)|(?:の|こと)(?:は|が)[、,]?(?:ほぼ|まず)?[、,]?(?:確実|間違いな|まちがいな)|に(?:違いな|ちがいな))/gu
export function ruleShiftForetold(e: Emitter, t: string): void {
  for (const m of matchAllOf(RULE_SHIFT_SURE, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (!ruleChangeGuessed(t, m.index, /確実|間違|まちが|違いな|ちがいな/u.test(m[0]) ? 'るはず' : m[0], sentence)) continue
    if (PUBLIC_PROCESS.test(sentence) || TRIVIA.test(sentence) || quotedExample(t, m.index) || quotedVoice(t, m.index)) continue
    if (OFFICIAL_SOURCE.test(sentence) && !DEBATE_ONGOING.test(sentence)) continue
    const lead = t.slice(sentenceAround(t, m.index, m.index).start, m.index)
    const r = RULE_SHIFTED.exec(lead)
    put(e, 'unofficial/forecast', r ? sentenceAround(t, m.index, m.index).start + r.index : wordStart(t, m.index), m.index + m[0].length, { topic: topicOf(sentence), marker: m[0].slice(1) })
  }
}
/** The mood words of FORECAST (雲行き, 気配, 空気, 雰囲気, 風向き, ムード, 情勢), alone or after という. */
const MOOD_MARK = /^(?:(?:という|って|っていう|との))?(?:雲行き|気配|空気|雰囲気|風向き|ムード|情勢)/u
export function forecasts(e: Emitter, t: string, effects?: DraftFinding[]): void {
  for (const re of [DIRECTION, DIRECTION_FORETOLD, FORECAST]) {
    for (const m of matchAllOf(re, t, MAX_HITS)) {
      // Blind R73A-123: the sentence of the marker's words, not of the mark that closes them (…人間も同じかも？😏 不妊去勢手術の補助、
      // 受付中です！): a hedge ending its sentence with ？ or 。 is read in that sentence, not in the announcement after it.
      let sentence = sentenceOf(t, m.index, m.index + m[0].replace(/[^\p{L}\p{N}]+$/u, '').length)
      // Blind R118A-097: a verdict standing alone after the plan it judges (…道路になることになりそうです。ほぼ確定！, …統合される。
      // 本決まりです): the sentence before it is what it calls settled.
      if (re === FORECAST && SETTLED_ALONE.test(sentence)) {
        const s0 = sentenceAround(t, m.index, m.index).start
        if (s0 > 0) sentence = sentenceOf(t, sentenceAround(t, s0 - 1, s0 - 1).start, m.index + m[0].length)
      }
      if (PUBLIC_PROCESS.test(sentence) || answeredInSession(t, sentence)) continue
      if (re === FORECAST && conditionSupposed(t, m.index, m[0])) continue
      // 「…中止になる」という話が出回っているようですが、予定どおり開催します: a rumour being corrected.
      if (CIRCULATING.test(sentence) && CORRECTED.test(t)) continue
      if (re === DIRECTION_FORETOLD && DIRECTION_NATURE.test(sentence)) continue
      if (re === DIRECTION && ownPreparationTold(t, m.index + m[0].length, m[0], sentence)) continue
      // Blind R121A-111: a direction with the stage word in the progressive (…方向で、観光課と協議中である) tells an undecided change or
      // benefit; an event's date being fixed (11月に開催する方向で講師と調整中です) is no such matter.
      // Blind R127A-125: …or what the plan would bring once realised, foretold in the next sentence (…空き教室を使う方向で教育委員会と調整中
      // です。実現すれば来年度は20人ほど受け入れられる見通しです): a measure of the city not yet decided, whatever its words.
      if (re === DIRECTION && /(?:中|して(?:い|お)|話し合って(?:い|お)|いたして|しとる|しとり|しよる|しより|を行って|詰め(?:て(?:い|お)|とる|とり|よる|より))$/u.test(m[0]) && !CHANGE.test(sentence) && !DIRECTED_MEASURE.test(sentence) && !BENEFIT.test(sentence) && !WORKS_CHANGE.test(sentence) && !VENUE_MOVED.test(sentence) && !STAFF_PENALTY.test(sentence) && !realisedNext(t, m.index)) continue
      if (re === FORECAST) {
        if (tallyForecast(t, m.index, m[0], sentence)) continue
        if (/^(?:見込|見通し)/u.test(m[0]) && callStepDated(t, sentence, t.slice(sentenceAround(t, m.index, m.index).start, m.index))) continue
        if (/^(?:見込|見通し)/u.test(m[0]) && procedureDuration(t, m.index, sentence)) continue
        if (/^(?:見込|見通し)/u.test(m[0]) && ownScheduleNotice(t, m.index, sentence)) continue
        if (/^(?:見込|見通し)/u.test(m[0]) && countTimeTold(t, m.index, sentence)) continue
        if (/^(?:見込|見通し)/u.test(m[0]) && ownCostFigure(t, m.index, sentence)) continue
        // Review of d6c3fa8d (rvunreb55): the city's own department or mayor asked on the record (担当課にお聞きしたところ、…予算がなくなり次第
        // 終了とのことです; 市長に伺ったところ、…継続するとのことです): とのこと passes on the city's own word, not a matter heard outside.
        if (m[0] === 'とのこと' && CITY_ASKED.test(sentence)) continue
        // Blind R323D-002 kind (unof59): 早ければ…には/にも foretells when an undecided works or measure may start (早ければ三年後には着工);
        // how soon a procedure is done (申請から早ければ2週間ほどで交付, 早ければ翌月には振り込まれます) is the city's service told to users.
        // Review of unof59 (rv/runof59): でしょう told of how a thing will be used or received (…完成し、多くの方に利用されることになるでしょう,
        // 親しまれる場所となるでしょう): the clause it closes must itself name the change (着工となるでしょう, 着手することになるでしょう).
        if (/なるでしょう$/u.test(m[0]) && !CHANGE.test(clauseBefore(t, m.index).replace(/^.*[、,]/su, ''))) continue
        if (m[0] === '早ければ' && /申請|申し込|申込|受付|受け付|手続|届出|提出|注文|お届け|届きます|振込|振り込|発送|審査|完成|完了|開花|見頃/u.test(sentence)) continue
        // Blind R329C-036 kind (unof61): a mood word (雲行き, 空気, 雰囲気, 気配) foretells only the clause it closes: the change must be there
        // (来月オープンするカフェは、ゆったりくつろげる雰囲気です describes the café).
        if (MOOD_MARK.test(m[0])) {
          const s0 = sentenceAround(t, m.index, m.index).start
          const clause = t.slice(s0, m.index).replace(/^[^]*[、,]/u, '')
          if (!CHANGE.test(clause) && !BENEFIT.test(clause) && !VENUE_MOVED.test(clause) && !WORKS_CHANGE.test(clause) && !STAFF_PENALTY.test(clause) && !CUT_OF_FUNDS.test(clause)) continue
        }
        // A procedure's or a day's steps told as its flow (申請書を受け付けた後、審査して交付する流れになっています; 当日は受付後に…する流れです).
        if (m[0].startsWith('流れ') && PROCEDURE_FLOW.test(sentence)) continue
        // Told by a private informant (近所の方が教えてくださった…とのことです): hearsay whatever it is about.
        // …what is going to happen (…なる, …なくなる), not what they said or did (…言っていただいた).
        const informant = PRIVATE_INFORMANT.test(sentence) && /(?:る|ない|ん|ません)(?:という|との|って|と)?$/u.test(t.slice(Math.max(0, m.index - 4), m.index + (m[0].startsWith('と') ? 0 : 2)))
        // A closure guessed at (台風で休校になるかも, 大雪やけん休園になりそう): the weather is its reason, the closure the city's to decide.
        const guessedClosure = CLOSURE.test(sentence) && /^(?:かも|[きぎしちにびみりいえけげせてねべめれ]そう|(?:[るた]|ない)(?:はず|(?:だろう|でしょう)(?:と|かと)))/u.test(m[0])
        // Blind R73A-048: what is forecast is the money put into a budget the council has still to pass (…改良工事は、来年度予算に
        // 盛り込まれる見通しです; 復旧費は予算化される見込み): the works or the traffic in the sentence are its object, not its forecast.
        const budgeted = /^(?:見込|見通し|可能性|公算)/u.test(m[0]) && BUDGETED.test(t.slice(Math.max(0, m.index - 24), m.index)) && !BUDGET_PASSED.test(sentence)
        // Blind R96A-001: crowds or the weather told as the background in a concession closed by a verb (毎年駐車場が混雑してご迷惑を
        // おかけしていますが、来年からは会場を三橋の市民会館に移す見込みです): what is foretold is the clause after it, a change; nature is
        // judged there. (台風の影響で、…延期になる見込み has no concession: the weather is the forecast's ground, as ever.)
        // Blind R168A-082: works halted as the budget goes (予算次第では工事がいったん止まるかもしれない): the budget's decision is foretold.
        // Blind R311E-033 kind (unof56): …or a new road's or building's opening a year or more ahead, told by a private informant (県の知り合いから
        // 聞いたところでは、…次の区間は来年の春には開通するとのことです): works the city or the prefecture has not announced, no weather's reopening.
        const startAhead = serviceStartAhead(sentence)
        const growth = horizonGrowth(sentence)
        const natural = NATURAL.test(natureClause(t, m.index, sentence)) && !startAhead && !growth && !(BUDGET_HINGE.test(sentence) && WORKS_HALTED.test(sentence)) && !(informant && SCHEDULED_AHEAD.test(sentence))
        // Blind R197A-005: a reopening foretold from an impression of someone's words on site (…土木の人に聞いた感じだと、明日の朝には通れる
        // ようになりそうです): what the writer heard, not what the road's administrator announced.
        const impression = HEARD_IMPRESSION.test(sentence) && RESTRICTION_LIFTED.test(sentence)
        // Blind R315E-036 kind (unof57): a site or a successor picked as the strong candidate (新しい本部の場所も、現在の柳川消防署が有力です,
        // 移転先は旧中学校跡地が有力とのこと): a choice the city has still to make.
        const pick = /有力/u.test(m[0]) && PICK_TOPIC.test(sentence)
        // Blind R319D-015 kind (unof58): the speaker's expectation that a works or a measure can be done by a date (着工できると考えており):
        // a date ahead of its works (SCHEDULED_AHEAD) is what it promises; where the post says the budget, the contract or the works are
        // settled or under way (可決されました, 契約を締結, 工事中) it is the schedule of a decided measure.
        const expected = EXPECTED_MARK.test(m[0])
        // Review of unof58 (rv/misc): a site's use told where the post says the use was decided or planned (跡地の活用方針を決定しました。…跡地は
        // …防災公園として整備される見込みです; 跡地活用計画を策定しました): the schedule of a decided use, when the use (LAND_USE) is all that
        // makes the sentence a change.
        if (LAND_USE.test(sentence) && SITE_USE_DECIDED.test(t) && !CHANGE.test(sentence.replace(LAND_USE, '')) && !informant) continue
        // Review of unof58 (rv/misc): a guess marked as the writer's fancy right after it (…生まれ変わるかも!?…なんて想像しながら): no forecast.
        if (FANCY_AFTER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue
        // Review of unof58 (rv/misc): 運び told where the post says the budget or the measure was passed (3月議会で予算が可決され、来年度から
        // 実施される運びです): the formal report of an arrangement made, as 運びとなりました is.
        if (/^運び/u.test(m[0]) && (DECIDED_MEASURE.test(t) || BUDGET_PASSED.test(t)) && !informant) continue
        // Review of unof58 (rv/misc): 決まりのよう, 決まりみたい match CHANGE by their own 決ま; the sentence without them must name the
        // measure or the pick (a lunch, a match's winner, a weekend's outing or an event's date settled is no decision of the city's).
        if (/^決まり/u.test(m[0])) {
          const rest = sentence.replace(/決まり(?:の(?:よう|模様)|みたい|っぽい)/gu, '')
          if (!(CHANGE.test(rest) || VENUE_MOVED.test(rest) || WORKS_CHANGE.test(rest) || BENEFIT.test(rest) || STAFF_PENALTY.test(rest) || PICK_TOPIC.test(rest) || GUESSED_SWITCH.test(rest) || (FUTURE.test(rest) && CITY_THING.test(rest)))) continue
        }
        // Review of unof58 (rv/misc): an effect hoped for (窓口の待ち時間を短縮できると考えております) by a means (新しいシステムの導入により)
        // promises no measure: read the expectation without them.
        const hoped = expected ? sentence.replace(EFFECT_HOPED, '').replace(MEANS_CLAUSE, '') : sentence
        if (expected && (DECIDED_MEASURE.test(t) || BUDGET_PASSED.test(t) || /工事中|着工し(?:まし)?た|工事が(?:始ま|進ん)|契約(?:を(?:締結|結)|し(?:まし)?た)/u.test(t))) continue
        // (What it promises is a date ahead: an effect hoped for, ごみの量を減らすことができると考えております, names none.)
        if (expected && !(SCHEDULED_AHEAD.test(hoped) || START_AHEAD.test(hoped) || ((CHANGE.test(hoped) || BENEFIT.test(hoped)) && YEAR_AHEAD.test(hoped)))) continue
        const ruleGuessed = ruleChangeGuessed(t, m.index, m[0], sentence)
        if ((!CHANGE.test(sentence) && !VENUE_MOVED.test(sentence) && !WORKS_CHANGE.test(sentence) && !BENEFIT.test(sentence) && !STAFF_PENALTY.test(sentence) && !startAhead && !expected && !informant && !impression && !pick && !growth && !ruleGuessed) || (natural && !guessedClosure && !budgeted && !impression) || (OFFICIAL_SOURCE.test(sentence) && !(ruleGuessed && DEBATE_ONGOING.test(sentence))) || TRIVIA.test(sentence)) continue
        // Blind R118A-082: a conjecture's ending (…倍にするんじゃないかな, …有料になるっちゃないか) guesses the clause it closes: the change
        // must be there, after any reason given (課長が張り切ってたから、…盛り上がるんじゃないかな guesses a mood); a guess another rule
        // has already read (staffSignGuess: 担当さんがソワソワしてたから…) is not told twice.
        if (CONJECTURE_END.test(m[0])) {
          const s0 = sentenceAround(t, m.index, m.index).start
          const lead = t.slice(s0, m.index + m[0].length)
          const cut = /^[^]*(?:から|けん|ので|んで|し)[、,]/u.exec(lead)
          const clause = cut ? lead.slice(cut[0].length) : lead
          if (!CHANGE.test(clause) && !BENEFIT.test(clause) && !WORKS_CHANGE.test(clause) && !VENUE_MOVED.test(clause) && !STAFF_PENALTY.test(clause)) continue
          if (STAFF_SIGN_ONE.test(lead)) continue
        }
        // Blind R55A-122: the wait a change brings told to its users (医師の異動に伴い7月から待ち時間が長くなる見込みです): the forecast is
        // of the effect, the change is only its cause.
        if (!informant && /^(?:見込|見通し)/u.test(m[0]) && waitCaused(t.slice(sentenceAround(t, m.index, m.index).start, m.index), sentence)) continue
        // The effect of a measure the paragraph says was decided, in figures (改正案が可決された…年間税額は平均で約2,300円増える見込みである,
        // 契約を結んだ…所要時間が約5分短縮される見込み): an estimate the city publishes with the decision, not an undecided matter.
        // Blind R83A-013: …or its completion or opening date (市議会で可決された…改修事業が、来月から始まります。完成は令和9年3月の見込みです).
        const scheduled = /^(?:見込み|見込まれ|見通し)/u.test(m[0]) && SCHEDULE_DATE.test(sentence)
        if (DECIDED_MEASURE.test(t) && (EFFECT_FIGURE.test(sentence) || scheduled) && !informant) continue
        // …the same, with the decision said in another paragraph of the post (…条例が可決されたことによるもの ⏎⏎ …約86億円を
        // かけて…進めるが、現行の料金水準のままでは…資金不足が生じる見通しとなっていた): kept for post, which judges the whole post.
        // Only an estimate's own words (見込み, 見通し); hearsay (…上がるとのことです) is judged here.
        if (effects && /^(?:見込み|見込まれ|見通し)/u.test(m[0]) && (EFFECT_FIGURE.test(sentence) || scheduled) && !informant) {
          const end = m.index + m[0].replace(/[^\p{L}\p{N}]+$/u, '').length
          put({ ...e, emit: (f: DraftFinding) => void effects.push(f) }, 'unofficial/forecast', wordStart(t, m.index), end, { topic: topicOf(sentence), marker: m[0].replace(/[^\p{L}\p{N}]+$/u, '') })
          continue
        }
        // Blind R82A-130: a polite guess at how the readers feel (延期でご心配をおかけした保護者の皆さまも、ひとまず胸をなでおろしていただける
        // かと思います): the change in the sentence only describes them, in a clause closed in the past. A change in the rest of the sentence
        // (来年度から駐車場が無料になり、皆さまにも喜んでいただけるかと思います) is still what is foretold.
        if (/(?:と|かと)(?:思われ|思います|思う|思って|存じ)/u.test(m[0]) && !informant) {
          const s0 = sentenceAround(t, m.index, m.index).start
          const feel = READERS_FEEL.exec(t.slice(s0, m.index + m[0].length))
          if (feel) {
            const rest = t.slice(s0, m.index + m[0].length).replace(feel[1] ?? '', '')
            if (!CHANGE.test(rest) && !BENEFIT.test(rest) && !STAFF_PENALTY.test(rest)) continue
          }
          // Blind R119A-149: the readers' worries guessed (…手続きなど、心配なことがたくさんあるかと思います): the change must be told outside them.
          const worry = READERS_WORRY.exec(t.slice(s0, m.index + m[0].length))
          if (worry) {
            const rest = t.slice(s0, s0 + worry.index)
            if (!CHANGE.test(rest) && !BENEFIT.test(rest) && !STAFF_PENALTY.test(rest)) continue
          }
        }
        // Blind HR-049: gladness or relief about what one did (つないでよかったと思っています, 参加して本当によかったと思います, 相談して
        // 助かったと思っとります): a feeling looking back, no forecast. A change foretold with と思う (…上がると思っています) is read as ever.
        if (/^たと(?:思|おも)/u.test(m[0]) && /[てで](?:本当に|ほんとうに|ほんとに|ほんと|とても|すごく|心から|つくづく)?(?:よかっ|良かっ|助かっ|うれしかっ|嬉しかっ|安心し)$/u.test(t.slice(Math.max(0, m.index - 12), m.index))) continue
        // An event or a measure judged looking back (…移住者が増えて大成功だったと思います, 好評だったと思います, 多かったと思います): a
        // past state told with a guess's ending is an evaluation, no forecast; a guess that a matter is settled (もう決まったと思います) is read as ever.
        if (/^たと(?:思|おも)/u.test(m[0]) && /(?:だっ|かっ)$/u.test(t.slice(Math.max(0, m.index - 2), m.index)) && !/決ま|決定|内定|確定|内示/u.test(sentence)) continue
        // Blind HF-076: a sign the reader may read in their own life (…そんなときは、運転を見直すサインかもしれません, 体からの合図かも): advice,
        // the hedge is about what the reader notices, not a matter the city decides. (…見直す時期かもしれません stays a forecast.)
        if (m[0].startsWith('かも') && /(?:サイン|兆候|兆し|合図|黄信号|シグナル)(?:なの|なん)?$/u.test(t.slice(Math.max(0, m.index - 6), m.index))) continue
        // Blind HU-011: a resident's voice quoted and tagged as theirs (「…迷わなくなると思う。」（市内在住・40代）): their hope, not the city's forecast.
        if (quotedVoice(t, m.index)) continue
        // Blind MK-034 kind (wave 88): how participants took an event that was held (参加した皆さんも…を見直すきっかけになったようです,
        // 受講者にも好評だったようです): a report of what happened, no forecast, while the sentence tells nothing ahead and no benefit.
        if (/^たよう/u.test(m[0]) && EVENT_TAKEN.test(sentence) && TAKEN_PAST.test(t.slice(Math.max(0, m.index - 12), m.index)) && !FUTURE.test(sentence) && !BENEFIT.test(sentence) && !STAFF_PENALTY.test(sentence) && !informant) continue
        // とのこと after a quoted remark (「楽しかった」とのこと) is a report of what someone said.
        if (m[0] === 'とのこと' && /」$/u.test(t.slice(Math.max(0, m.index - 1), m.index))) continue
        // …what the reader did, told back to them in honorifics (休館日を確認せずにご来館とのこと, お困りとのこと).
        if (m[0].startsWith('とのこと') && /(?:ご|お)[一-龠々]{1,4}[ぁ-ゖ]{0,2}$/u.test(t.slice(Math.max(0, m.index - 8), m.index))) continue
        // Blind R161A-120: …or the trouble they had, in the plain form (窓口が閉まっていて困ったとのことですが, 場所が分かりにくくて迷ったとのこと,
        // 不便だったとのことで, 案内が分かりにくいとのことですが): their own experience echoed in the answer to them, no news passed on.
        // Blind TX-149: a plan or a change denied by whom the writer asked (運航事業者の組合に確認したところ、休止の予定はないとのことです;
        // そうした計画はないとのこと, 料金の変更はないとのことでした): the source says there is no such matter, so nothing undecided is passed on.
        // A denial of every other way (値上げ以外の考えはないとのこと) still tells the one left.
        if (m[0].startsWith('とのこと') && PLAN_DENIED_BEFORE.test(t.slice(Math.max(0, m.index - 14), m.index)) && !/以外|ほかに|他に|しか/u.test(t.slice(Math.max(0, m.index - 14), m.index))) continue
        if (m[0].startsWith('とのこと') && /(?:困っ(?:た|ている|てる|ていた)|困られた|迷っ(?:た|ている)|戸惑っ(?:た|ている)|(?:不便|残念|大変|不安|心配)(?:だった|でした|だ|に(?:思|感じ)(?:った|われた|られた))|(?:分かり|わかり|見|み|使い|つかい|読み|よみ|聞き|ききとり|聞き取り|探し|さがし|入り|はいり)(?:にく|づら)(?:い|かった))$/u.test(t.slice(Math.max(0, m.index - 12), m.index))) continue
      }
      const end = m.index + m[0].replace(/[^\p{L}\p{N}]+$/u, '').length
      // (DIRECTION_FORETOLD: the excerpt opens with the verb the direction is, 埋め立てる方向になると思.)
      // (An expectation, …着工できると考えており, opens with the verb's stem before でき or られ.)
      const start = re === DIRECTION_FORETOLD ? m.index - (/[\p{Script=Han}ぁ-ゖ]{1,8}$/u.exec(t.slice(Math.max(0, m.index - 8), m.index).replace(/^[^]*[をにはがもでへと、,\s]/u, ''))?.[0].length ?? 0) : re === FORECAST && EXPECTED_MARK.test(m[0]) ? m.index - 2 - (/\p{Script=Han}{1,6}$/u.exec(t.slice(Math.max(0, m.index - 8), m.index - 2))?.[0].length ?? 0) : wordStart(t, m.index)
      put(e, 'unofficial/forecast', start, end, { topic: topicOf(sentence), marker: m[0].replace(/[^\p{L}\p{N}]+$/u, '') })
    }
  }
}

/**
 * Blind R329C-002 kind (unof61): the council's vote on a bill foretold (条例はまだ議会を通っていませんが、まあ通るでしょう; 条例案は9月議会で
 * 可決されるでしょう; 予算はすんなり通ると思います; 議会も問題なく通るはず; 否決されることはまずないでしょう): the vote is the council's to
 * take, and a guess at it hands out as settled what is not decided. The bill (条例, 議案, 予算, 法案) or the council as the subject, a verb of
 * passing (通る, 可決される, 承認される, 成立する) and a guess (でしょう, と思う, はず, に決まってる, のは確実). Not a condition (予算が成立すれば),
 * a question (通るでしょうか), a vote reported (可決されました), nor a road passing by (予算は限られていますが、バスは駅前を通るはずです: another
 * topic or object stands between).
 */
const VOTE_GUESS = '(?:でしょう?(?!か)|だろう(?!か)|やろう|じゃろう|はず|と(?:思|おも)(?:います|う|っています|ってます|っとる|っ)|に(?:決まって|きまって|違いな|ちがいな)|(?:の|こと)(?:は|が)?[、,]?(?:まず|ほぼ)?(?:確実|間違いな|まちがいな))'
const VOTE_ADVERB = '(?:(?:まあ|まぁ|たぶん|多分|おそらく|恐らく|きっと|すんなり(?:と)?|問題なく|無事(?:に)?|普通に|あっさり|余裕で|どうせ)[、,]?)?'
const VOTE_PASS = '(?:通る|とおる|通ります|通過する|可決される|可決されます|承認される|承認されます|成立する|成立します|認められる)'
/**
 * Blind R446X-036 kind: the council's vote conceded still ahead, then foretold in the same breath (議会はまだだけど、たぶん通ると思う; 議決は
 * これからですが、まず通るはず; 本会議はまだですけど、可決されるでしょう): VOTE_STILL between the council and the guess. Clean still: the vote
 * ahead told alone (議会はまだですが、結果はお知らせします), a condition (議会で可決されれば), a question.
 */
const VOTE_STILL = '(?:(?:まだ|これから|先)(?:だ|です|や|じゃ)?(?:けど|けれど|けれども|が|ですが|ですけど)[、,]?(?:まず[、,]?)?)?'
const VOTE_FORETOLD = new RegExp(
  `(?:条例|議案|予算|法案|改正案)(?:案)?(?:は|も|が)[、,]?([^。！？!?\n]{0,24}?)${VOTE_ADVERB}${VOTE_PASS}${VOTE_GUESS}` +
    `|(?:議会|定例会|本会議|議決|採決)(?:は|も|で|を)[、,]?${VOTE_STILL}${VOTE_ADVERB}${VOTE_PASS}${VOTE_GUESS}` +
    `|(?:否決|反対多数)(?:に(?:なる|される)|される|となる)?(?:こと|心配|おそれ)?(?:は|も)[、,]?(?:まず|ほぼ|たぶん|おそらく|まあ)?[、,]?(?:ない|ありません|なか)(?:でしょう|だろう|やろう|と(?:思|おも)|はず)`,
  'gu',
)
const VOTE_VERB = new RegExp(`${VOTE_ADVERB}(?:${VOTE_PASS}|否決|反対多数)`, 'u')
export function voteForetold(e: Emitter, t: string): void {
  for (const m of matchAllOf(VOTE_FORETOLD, t, MAX_HITS)) {
    // What stands between the bill and the verb: the council (議会を, 本会議で) or a concession, not another topic or object.
    const between = (m[1] ?? '').replace(/(?:議会|定例会|本会議|委員会|臨時会)(?:を|で|は|も|に)?/gu, '')
    if (/[をは]/u.test(between)) continue
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (RUMOUR_AWARE.test(sentence) || PUBLIC_PROCESS.test(sentence) || /可決され(?:まし)?た|成立しました|承認されました|否決され(?:まし)?た/u.test(sentence)) continue
    if (quotedExample(t, m.index) || quotedVoice(t, m.index)) continue
    const marker = /(?:でしょう?|だろう|やろう|じゃろう|はず|と(?:思|おも)(?:います|う|っています|ってます|っとる|っ)|に(?:決まって|きまって|違いな|ちがいな)|確実|間違いな|まちがいな)$/u.exec(m[0])?.[0] ?? m[0]
    // The excerpt: from the verb of passing (or the adverb before it) to the guess (まあ通るでしょう, 否決されることはまずないでしょう).
    const verb = VOTE_VERB.exec(m[0].slice(m[1] === undefined ? 0 : m[0].indexOf(m[1]) + m[1].length))
    const from = m.index + (m[1] === undefined ? 0 : m[0].indexOf(m[1]) + m[1].length) + (verb?.index ?? 0)
    put(e, 'unofficial/forecast', from, m.index + m[0].length, { topic: '議会の議決', marker })
  }
}

/**
 * Blind R113A-037: a change of a procedure or a service of the city guessed by the writer (ただ、おそらく来年度には小為替をやめて
 * キャッシュレス決済だけになると思います; たぶん来年から受付時間が変わるでしょう; 多分4月からは予約制に切り替わるはず): a hedge adverb
 * (おそらく, たぶん, きっと), a time to come (来年度には, 来年から, 4月から, いずれ), a change (やめて, 廃止, だけになる, 変わる, 切り替わる,
 * 有料になる) and a guess's ending (と思います, でしょう, はず, かも). A reply's promise to announce it later does not make it announced.
 * Clean: a guess with no change (たぶん来年度も窓口が混み合うと思います), the readers' own change of life (…変わる方も多いと思います),
 * nature (来月には紅葉の色も変わると思います), a change announced plainly (来年度から…だけになります).
 */
const HEDGED_CHANGE =
  /(?:おそらく|恐らく|たぶん|多分|きっと|たしか|もしかしたら|ひょっとしたら)[、,]?[^。！？!?\n]{0,16}?(?:来年度|来年|再来年|次年度|来春|来秋|来月|来期|次回|今後|将来的に|いずれ|近いうちに|近々|[0-9０-９一二三四五六七八九十]+月(?:から|以降|には))(?:に|から|には|からは|中に|以降|以降は)?[、,]?[^。！？!?\n]{0,30}?(?:やめ(?:て(?!くれ|くださ|ほし|もら|いただ|頂)|る|ます|に(?:な|す))|廃止(?:して|する|され|にな|に)|取りやめ|とりやめ|打ち切|終了(?:し|す|にな)|(?:だけ|のみ)(?:に|と)な(?:る|り)|変わ(?:る|り|って)|変更(?:され|にな|し|す)|切り替(?:わ|え)|切りかわ|移行(?:し|す|され)|統一(?:され|し|す)|(?:有料|無料|予約制|電子申請|オンライン)(?:に|化)|値上(?:げ|が)|(?:が|は|も)なくな(?:る|り)|(?:曜日?|祝日|休日|夜間|週末|土日|年末|年始)(?:も|に(?:も)?)[、,]?(?:開け|あけ|開き|開く|開館|開庁|開所|開園|営業|受付|受け付け|窓口を開))(?![方人]|皆|ご家庭|世帯)[^。！？!?\n]{0,12}?(?:と(?:思|おも)|でしょう|だろう|やろう|はず|かも|んじゃない|のでは|と(?:見て|予想))/gu
/**
 * Blind R370T-037 kind: a leader's stance on a measure still to be decided, passed on second-hand (…働きかけていく方向で市長も前向きと聞いて
 * おります, 部長も乗り気らしい, 上の人も賛成みたい): the inside's leaning told before the city decides, as a direction is. Only with a
 * plan or a change in the sentence and not said at a public occasion (議会で, 会見で): a stance stated there is out.
 */
const LEADER_LEANS =
  /(?:市長|副市長|教育長|部長|課長|局長|上層部|幹部|上の(?:人|方))(?:さん)?(?:も|は|が)[、,]?(?:かなり|とても|非常に|わりと|結構|けっこう|だいぶ)?(?:前向き|乗り気|のり気|賛成|積極的)(?:な(?:よう|様子)(?:です|だ)?|みたい|らしい|らしか|げな|との(?:こと|話)|(?:だ|です|や)?(?:と|って)(?:聞|伺|うかが))/gu
const LEANING_TOPIC = /方向|方針|(?<![提図答])案|構想|計画|検討|働きかけ|要望/u
export function leaderLeans(e: Emitter, t: string): void {
  for (const m of matchAllOf(LEADER_LEANS, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (!LEANING_TOPIC.test(sentence) && !CHANGE.test(sentence)) continue
    if (SPOKEN_IN_PUBLIC.test(sentence) || PUBLIC_PROCESS.test(sentence)) continue
    put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' })
  }
}

/**
 * Blind R382F-016 kind: the leaning of the city's inside on a measure still to be decided (幹部の間では導入に傾いていると伺っております,
 * 上層部は廃止の方向に傾きつつあるらしい, 庁内では民間委託に傾いています): where the decision-makers lean, told before the city decides, as
 * a leader's stance is (`LEADER_LEANS`). The inside (幹部, 上層部, 執行部, 庁内, a leader) is the topic or the place, the leaning is toward a
 * measure (導入, 廃止, …案, a change), and it is not said at a public occasion. Residents' or a survey's leaning (市民の意見は賛成に傾いて) is
 * no inside.
 */
const INSIDE_LEANS =
  /(?:市長|副市長|教育長|部長|課長|局長|上層部|幹部|執行部|首脳部|上の(?:人|方)|庁内|役所内|市役所内|内部)(?:さん)?(?:の間|の中|の方々|たち|内)?(?:で(?:は|も)?|も|は|が|じゃ)[、,]?[^。！？!?\n]{0,24}?(?:に|へ)[、,]?(?:傾い|かたむい|傾き(?:つつ|かけ|始め|はじめ)|かたむき(?:つつ|かけ))/gu
const LEANED_MEASURE = /導入|実施|採用|廃止|有料|無料|委託|民営|移転|統合|新設|制度|仕組み|しくみ/u
export function insideLeans(e: Emitter, t: string): void {
  for (const m of matchAllOf(INSIDE_LEANS, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (!LEANING_TOPIC.test(sentence) && !LEANED_MEASURE.test(sentence) && !CHANGE.test(sentence)) continue
    if (SPOKEN_IN_PUBLIC.test(sentence) || PUBLIC_PROCESS.test(sentence)) continue
    put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' })
  }
}

export function hedgedChange(e: Emitter, t: string): void {
  for (const m of matchAllOf(HEDGED_CHANGE, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (PUBLIC_PROCESS.test(sentence) || OFFICIAL_SOURCE.test(sentence) || TRIVIA.test(sentence) || RUMOUR_AWARE.test(sentence)) continue
    if (NATURAL.test(sentence) && !CHANGE.test(sentence)) continue
    if (quotedVoice(t, m.index)) continue
    const s0 = e.doc.fromSqueezed(sentenceAround(t, m.index, m.index).start, m.index + m[0].length)
    if (e.spans.some((x) => x.start < s0.end && x.end > s0.start)) continue
    put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: topicOf(sentence), marker: m[0].replace(/^[^]*(?=と(?:思|おも)|でしょう|だろう|やろう|はず|かも|んじゃない|のでは)/u, '') })
  }
}

/**
 * Blind R366P-023, R367Q-029 kinds: a forecast the writer owns as their own hunch (私個人の見立てですが, 担当職員の肌感覚ですが, 長年の勘では)
 * closed by a plain guess (…打ち切りになると思います, …あふれると思います): one staff member's forecast of a cut of the city's or of a flood, told
 * with the city's voice before anyone decided or warned of it. Only with a change (CHANGE) or a damage (DAMAGE, a river said to overflow) in the
 * sentence: a hunch about the autumn leaves or a crowd is no such matter; advice and a question are not this. Bounded: one sentence.
 */
const OWN_HUNCH =
  /(?:個人的な|(?:私|わたし|僕|ぼく|自分|担当者?|担当職員|職員)(?:個人)?の)?(?:見立て|肌感覚|肌感|長年の勘|経験上)(?:です|だ|や|では|だと|から(?:言う|いう)と|としては)?(?:が|けど|けれど|けれども|ばってん)?[、,]?[^。！？!?\n]{2,60}?(?:と|かと)(?:思います|思う|思っています|思ってます|思われます|考えています)/gu
/** Advice given on one's experience (早めに出したほうがいいと思います, 確認しておくとよいと思います): no forecast. */
const HUNCH_ADVICE = /(?:ほう|方)が(?:いい|良い|よい|よか|無難|安心)|(?:と|ば|たら)(?:いい|良い|よい|よか)(?:と|かと)思|(?:で|て)(?:も)?(?:いい|良い|よい|大丈夫)(?:と|かと)思/u
const RIVER_OVERFLOW = /(?:川|堀|掘割|水路|クリーク|ため池)(?:が|は|も)[、,]?(?:あふれ|溢れ|越水|決壊|氾濫)/u
export function ownHunch(e: Emitter, t: string): void {
  for (const m of matchAllOf(OWN_HUNCH, t, MAX_HITS)) {
    const end = m.index + m[0].length
    const sentence = sentenceOf(t, m.index, end)
    if (!(CHANGE.test(sentence) || DAMAGE.test(sentence) || RIVER_OVERFLOW.test(sentence)) || OWN_FORECAST_NOT.test(sentence) || HUNCH_ADVICE.test(m[0]) || t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
    put(e, 'unofficial/personal-view', m.index, end, { opinion: m[0] })
  }
}
/**
 * Blind R360H-039 kind: a resident's question answered with a guess from memory (たぶん…12日になると思います！私の記憶ではそうだったはずです;
 * 記憶が正しければ…のはずです; うろ覚えですが…だったと思います): a date, an amount or a rule given as the answer though nobody checked it.
 * The memory named as the ground, then a hedge (はず, と思います, かと) in that sentence or the one before it. A memory of the past told as
 * such (子どものころの記憶では…泳いでいました) hedges nothing. Bounded.
 */
const FROM_MEMORY = /(?:(?:私|わたし|僕|ぼく|自分)の)?記憶(?:では|だと|によると|によれば|が(?:正しければ|確かなら|確かならば|確かであれば))|うろ覚え(?:です|だ|や|で)?(?:が|けど|けれど)?/u
const GUESSED_ANSWER = /はず(?:です|だ|や|では|ですが|なん|なの|。|！|!|$)|(?:と|かと)(?:思います|思う|思われ|思いま)|(?:たぶん|多分|おそらく|恐らく)[^。！？!?\n]{0,30}?(?:です|でしょう|だろう|ます)/u
export function recalledAnswer(e: Emitter, t: string): void {
  const m = FROM_MEMORY.exec(t)
  if (!m) return
  const s0 = sentenceAround(t, m.index, m.index + m[0].length)
  const prev = s0.start > 0 ? sentenceAround(t, s0.start - 1, s0.start - 1) : s0
  const around = t.slice(prev.start, s0.end)
  if (!GUESSED_ANSWER.test(t.slice(s0.start, s0.end)) || !/(?:たぶん|多分|おそらく|恐らく|はず|と思います|かと思)/u.test(around)) return
  // An answer to a resident's question (a reply, or its wording: お問い合わせ, ご質問) about a fact of the city's (a date, a fee, a rule).
  if (!/^\s?@|[0-9０-９一二三四五六七八九十]+(?:日|月|円|時|回)|振込|支給|締切|締め切り|期限|手続|申請|受付|料金|税|年金|手当|補助|給付/u.test(around) || /子ども(?:の)?(?:ころ|頃)|子供(?:の)?(?:ころ|頃)|昔|当時|幼い/u.test(around)) return
  const end = s0.end
  put(e, 'unofficial/personal-view', m.index, end, { opinion: t.slice(prev.start, s0.end).replace(/[。！!]$/u, '') })
}
/**
 * Blind R355C-022 kind: a service of the city said, as a guess, to end some day (公式アプリ…使う人が少ないけん、そのうち終わるかもです; 巡回
 * バスはいずれなくなるんじゃないかな; この補助金も近いうちに打ち切りになりそう): an end nobody decided, hinted. The service named in the
 * sentence; a day's programme nearing its close (本日のイベントもそろそろ終わり) has no time ahead.
 */
const END_HINTED =
  /(?:そのうち|いずれ(?:は)?|近いうちに|近々|遠からず|将来的に(?:は)?)[、,]?[^。！？!?\n]{0,8}?(?:終わる|おわる|終わり|終了する|終了に|なくなる|無くなる|廃止され?る|廃止に|打ち切られ?る|打ち切りに|閉じる|消える)(?:かも|のでは|んじゃ|ん?(?:や|じゃ)なか|っちゃなか|気がし|予感|そう(?:です|だ|や|な|。|！|!|$)|(?:と|かと)思)/gu
const ENDING_SERVICE = /アプリ|サービス|制度|事業|路線|バス|便|窓口|施設|教室|講座|補助|助成|手当|給付|ポイント|サイト|システム|図書館|プール|公民館|センター|支所|出張所/u
export function endHinted(e: Emitter, t: string): void {
  for (const m of matchAllOf(END_HINTED, t, MAX_HITS)) {
    const end = m.index + m[0].length
    const s0 = sentenceAround(t, m.index, end)
    const sentence = t.slice(s0.start, s0.end)
    if (!ENDING_SERVICE.test(sentence) || /本日|今日|きょう|最後まで|残りわずか|まもなく|[？?]/u.test(sentence) || t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
    put(e, 'unofficial/forecast', m.index, end, { topic: ENDING_SERVICE.exec(sentence)![0], marker: m[0] })
  }
}
/**
 * Blind R355C-006 kind: a zone of a hazard map or a school district said, while it is being revised, to be likely to change (防災マップの
 * 見直し作業中です。新しい想定では、…地区の一部が浸水区域から外れる可能性があります; 学区の見直しで…が校区に入るかもしれません): residents
 * act on a map that is not fixed. The revision must be named as under way or to be settled (見直し, 作業中, 確定したら); a reader asked to
 * check their own zone (入る可能性があるかご確認ください) is not this.
 */
const ZONE_SHIFT =
  /(?:浸水(?:想定)?区域|浸水想定|(?:土砂災害)?(?:警戒|特別警戒|危険)区域|避難(?:対象)?(?:区域|地域|エリア)|ハザードマップ|防災マップ|学区|校区|通学区域|対象(?:区域|地域|エリア))(?:から|に|へ|の(?:対象)?から)[、,]?(?:外れ|はずれ|除外され|入(?:る|り)|含まれ(?:る)?|加わ(?:る)?|追加され(?:る)?|編入され(?:る)?)[^。！？!?\n]{0,6}?(?:可能性(?:が|も)(?:あり|ある|出て|高)|かもしれ|かも(?![^。！？!?\n]{0,6}?か[、,]?(?:ご)?確認)|見込み|見通し)(?![^。！？!?\n]{0,6}?(?:か(?:どうか)?[、,]?(?:を)?(?:ご)?(?:確認|チェック|お調べ)))/gu
const ZONE_UNDER_REVIEW = /見直し|改定|改訂|更新作業|作業中|検討中|確定(?:したら|次第|後|前)|決まったら|決まり次第|正式(?:な)?(?:決定|公表|発表)(?:は|前|まで)|新しい想定|新想定/u
export function zoneShift(e: Emitter, t: string): void {
  if (!ZONE_UNDER_REVIEW.test(t)) return
  for (const m of matchAllOf(ZONE_SHIFT, t, MAX_HITS)) {
    if (t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
    const start = sentenceAround(t, m.index, m.index).start
    const from = t.slice(start, m.index).search(/[^\s・●■◆\-]/u)
    put(e, 'unofficial/forecast', from < 0 ? m.index : start + from, m.index + m[0].length, { topic: '区域の見直し', marker: m[0] })
  }
}
const VAGUE_HORIZON_G = new RegExp(VAGUE_HORIZON.source, 'gu')
const MERGER_TOLD =
  /^[^。！？!?\n]{0,30}?(?:(?:(?:ひとつ|一つ|1つ|１つ|二つ|ふたつ|2つ|２つ)の(?:学校|小学校|中学校|校区|園|保育園|保育所|幼稚園|施設|地区|公民館|支所)|一校|1校|１校|一緒)(?:に|と)(?:なります|なる|されます|される)|(?:統合|統廃合|合併|閉校|廃校|閉園|閉館|閉鎖|廃止|移転|民営化|取り壊し|解体)(?:されます|される|します|する|(?:に|と)(?:なります|なる))|(?<!足り|たり|少)なくなります|(?<!足り|たり|少)なくなる)(?=[。！!…〜~ー\s]|よ|ね|んです|のです|んだ|$|\p{Extended_Pictographic})/u
const INSTITUTION = /学校|小学校|中学校|校区|[^\s]校(?:舎)?|保育園|保育所|幼稚園|こども園|園|公民館|図書館|体育館|プール|支所|出張所|施設|センター|病院|診療所|駅|路線|バス|庁舎|会館|集会所|資料館|記念館|博物館|美術館/u
const MERGER_SETTLED = /決定し|決まりました|決まっています|可決|議決|計画に基づ|計画により|計画では|方針に基づ|方針により|公表し|発表し|お知らせし|(?:令和|平成)[0-9０-９一二三四五六七八九十元]{1,2}年|[0-9０-９]{4}年|[0-9０-９一二三四五六七八九十]{1,2}月/u
export function vagueHorizon(e: Emitter, t: string): void {
  if (MERGER_SETTLED.test(t) || COMMENT_PROCESS.test(t) || PUBLIC_PROCESS.test(t)) return
  for (const m of matchAllOf(VAGUE_HORIZON_G, t, MAX_HITS)) {
    const told = MERGER_TOLD.exec(t.slice(m.index + m[0].length))
    if (!told) continue
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (!INSTITUTION.test(sentence) || RUMOUR_AWARE.test(sentence)) continue
    put(e, 'unofficial/forecast', m.index, m.index + m[0].length + told[0].length, { topic: topicOf(sentence), marker: m[0].replace(/[、,]$/u, '') }, quotedExample(t, m.index) || undefined)
    return
  }
}

const CONDITION_SUPPOSED = /^(?:と|かと)(?:思われ|思わ|思え|思|おも|考えられ|考え|感じられ|感じ)(?:る|た)?(?:(?:ような)?(?:とき|時|場合|際)|方|かた)(?:は|には|にも|も|に|[、,])|^(?:と|かと)(?:思われ|思|おも|感じ|考え)(?:たら|れば)/u
function conditionSupposed(t: string, at: number, marker: string): boolean {
  // (The marker may open with the verb's ending before と: ると思われ.)
  const to = marker.search(/かと|と(?=思|おも|考え|感じ)/u)
  return to >= 0 && CONDITION_SUPPOSED.test(t.slice(at + to, at + to + 16))
}
const OUTLOOK_MARK = /(?:[るた]|ない)(?:もの)?と[、,]?(?:私は|わたしは|私としては|個人的には|僕は|ぼくは)?[、,]?(?:見て|みて|踏んで|ふんで|読んで|予想して|予測して|にらんで|睨んで|見込んで)(?:い|お)/gu
const SERVICE_SPREADS = /(?:収集|回収|事業|制度|サービス|取り?組み?|実証|運行|配布|配送|補助|助成|支援|巡回|教室|サロン|給食|見守り)(?:は|が|も)[、,]?[^。！？!?\n]{0,16}?(?:市内)?(?:全域|全地区|全校区|全小学校|全校|全戸|全市|市内全体|すべての地区|全ての地区|ほかの地区|他の地区|他地区)(?:へ|に|で)[、,]?(?:広が|拡が|ひろが|拡大|展開|導入|実施|拡充)/u
const SPREAD_FORETOLD = /(?:[るた]|ない)(?:と|かと)(?:思|おも)|(?:[るた]|ない)(?:でしょう|だろう|はず)|かも(?:しれ)?|見込み|見通し/u
export function ownOutlook(e: Emitter, t: string): void {
  for (const m of matchAllOf(OUTLOOK_MARK, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index)
    const sentence = t.slice(s.start, m.index + 1)
    if (!(changeBeyondBenefit(sentence) || SERVICE_SPREADS.test(sentence) || DIRECTED_MEASURE.test(sentence)) || NATURAL.test(sentence) || PUBLIC_PROCESS.test(sentence) || quotedExample(t, m.index)) continue
    put(e, 'unofficial/forecast', m.index + 1, m.index + m[0].length, { topic: topicOf(sentence), marker: m[0].slice(1) })
    return
  }
  const spread = SERVICE_SPREADS.exec(t)
  if (!spread) return
  const s = sentenceAround(t, spread.index, spread.index)
  const rest = t.slice(spread.index + spread[0].length, s.end)
  const guess = SPREAD_FORETOLD.exec(rest)
  if (!guess || PUBLIC_PROCESS.test(t.slice(s.start, s.end)) || DECIDED_MEASURE.test(t) || quotedExample(t, spread.index)) return
  put(e, 'unofficial/forecast', spread.index, spread.index + spread[0].length + guess.index + guess[0].length, { topic: topicOf(t.slice(s.start, s.end)), marker: guess[0] })
}
const CALL_STEP_DATED =
  /^[\s■□●○・◆◇※]{0,2}[^。！？!?\n、,]{0,16}?(?:交付決定|交付|支給|給付|振込|振り込み|入金|支払い?|決定通知|審査結果|採否|採択結果|採択|結果)(?:の(?:通知|発表|お知らせ|時期))?(?:日)?(?:は|の時期は|時期は)[、,]?(?:[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,2}日)?|年度末|年内|来月)(?:上旬|中旬|下旬|初旬|末|中|頃|ごろ)?(?:頃|ごろ)?(?:に|と|の)?(?:なる|なります)?(?:見込み|見込まれ|見通し)/u
const CALL_WORD = /申請|募集|公募|応募|受付|受け付|申込|申し込/u
/**
 * Blind MS-058 kind (wave 94, clean): the same step of a call the city runs, its date first and the step as the verb's object (8月下旬に
 * 交付決定を行う見込みです; 9月中旬に審査結果を通知する見込み; 10月末までに補助金を交付する見込みです) in a post of the call (公募, 募集, 申請):
 * the schedule printed in the call's guidelines. A hedge, hearsay, the council or a budget bill still to decide (OWN_STEP_DOUBT) keeps it a
 * forecast.
 */
const CALL_STEP_OBJECT =
  /[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,2}日)?(?:上旬|中旬|下旬|初旬|末)?(?:頃|ごろ)?(?:に|まで(?:に)?|中に)[、,]?(?:補助金の|助成金の|交付金の)?(?:交付決定|交付|支給|給付|振込み?|振り込み|入金|支払い?|決定通知|審査結果|採否|採択結果|採択|結果)(?:の(?:通知|発表|お知らせ))?(?:を|が)?[、,]?(?:行う|行います|する|します|通知する|お知らせする|お送りする|発送する|される|となる|の)?$/u
function callStepDated(t: string, sentence: string, lead = ''): boolean {
  if (!CALL_WORD.test(t)) return false
  return CALL_STEP_DATED.test(sentence) || (CALL_STEP_OBJECT.test(lead.replace(/\s+$/u, '')) && !OWN_STEP_DOUBT.test(sentence))
}
/**
 * Blind R414P-059, R415Q-034 kinds (wave 82): 見込み closing a dated step of the city's own project or procedure in a formal notice
 * (新庁舎は令和7年3月に完成する見込みであり、…開始する予定です; 出店者の募集は7月1日から開始する見込みです。詳細は広報でお知らせします):
 * the schedule the city publishes for what it runs, not a guess about an undecided matter. The clause before 見込み names a month (and day)
 * and a step (完成, 完了, 開始, 開催, 開館, オープン, 着工); the post reads as the city's notice (予定です, お知らせ, 既にお知らせしている
 * とおり, 問合せ). A change the city decides (有料化, 廃止, 移転, 統合) in the clause, a start a year ahead with no date (来年度から開始する
 * 見込み), a hedge, hearsay, a condition, or the council or the budget still to decide (審議, 予算案, 可決されれば) keeps it a forecast;
 * the measure is read in the whole sentence before 見込み (統合後の新校舎は、…開校する見込み).
 */
const OWN_STEP_DATED =
  /(?:(?:令和|平成)(?:[0-9０-９一二三四五六七八九十]{1,2}|元)年(?:度)?|[0-9０-９]{4}年(?:度)?|同年|翌年)?[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,2}日)?(?:[（(][月火水木金土日](?:・祝)?[）)])?(?:上旬|中旬|下旬|初旬|末)?(?:頃|ごろ)?(?:に|から|まで(?:に)?|中に|には)?[、,]?(?:(?:募集|受付|受け付け|申込み?|申し込み|業務|工事|供用|運用|利用|販売|配布|交付)(?:を|の)?)?(?:完成|完了|竣工|開始|開催|開館|開所|開園|オープン|着工|スタート|受付開始|募集開始)(?:する|される|となる|の)$/u
const OWN_NOTICE = /予定(?:です|しています|しております|であり)|(?:既に|すでに)[、,]?お知らせ|お知らせ(?:している|した)(?:とおり|通り)|【(?:お知らせ|ご案内|告知)】|(?:決まり|確定し)?(?:次第|しだい)[、,]?[^。！？!?\n]{0,16}?お知らせ|広報[^。！？!?\n]{0,12}?(?:お知らせ|掲載|ご案内)|問(?:い)?合(?:わ)?せ(?:先)?[:：]|(?:ただいま|ただ今|只今|現在)[、,]?(?:印刷|制作|製作|作成|編集|製本)中|(?:会場|当日|窓口)[^。！？!?\n]{0,8}?(?:お配り|配布)(?:します|いたします)/u
const OWN_STEP_DOUBT = /おそらく|恐らく|たぶん|多分|らしい|らしく|みたい|聞い|聞き|噂|うわさ|かも|はず|思い|思う|れば|たら|なら|次第では|審議|予算案|議会|未定|調整中|検討中|ここだけ|内緒|非公表|正式に(?:は)?まだ|まだ正式/u
function ownScheduleNotice(t: string, at: number, sentence: string): boolean {
  const s0 = sentenceAround(t, at, at).start
  const clause = t.slice(s0, at).replace(/^[^]*[、,](?=[^、,]*[0-9０-９一二三四五六七八九十]{1,2}月)/u, '')
  if (!(OWN_STEP_DATED.test(clause) || OWN_STEP_TOPIC_DATED.test(clause)) || !OWN_NOTICE.test(t) || OWN_STEP_DOUBT.test(sentence)) return false
  const lead = t.slice(s0, at)
  if (DIRECTED_MEASURE.test(lead) || VENUE_MOVED.test(lead) || STAFF_PENALTY.test(lead) || BENEFIT.test(lead) || /統合|統廃合|新設|廃止|移転|再編/u.test(lead) || PRIVATE_INFORMANT.test(sentence)) return false
  return true
}
/**
 * Blind R424Z-033 kind (unof84): the step named first as the topic, its date after it (全会場の開設は10月ごろとなる見込みです; 新館の開館は
 * 令和8年4月となる見込み; 受付の開始は9月中旬の見込み): the same dated schedule of the city's own project as OWN_STEP_DATED, said the other way
 * round, read by ownScheduleNotice with the same gates (the city's notice in the post, no hedge, hearsay, council or budget still to decide in
 * the sentence, no change such as 統合, 移転, 廃止, 有料化 in the clause). A change as the topic (有料化は7月からとなる見込み) is no step.
 * Blind R456H-034 kind (wave 94, clean): …also dated by a season or a part of a named year (新しい外来棟の完成は令和9年秋の見込みです; 新館の
 * 開館は令和10年春の見込み; 完成は2027年度末の見込み) in the city's notice of its own hospital or project. The year must be named (a bare 秋の
 * 見込み stays a guess), and a change in the clause (統合は令和9年春の見込み) or a doubt in the sentence keeps it a forecast.
 * Blind MT-027 kind (wave 94, clean): the city's own printed matter or work told under way and handed out (記念誌、ただいま印刷中です…完成は
 * 12月下旬の見込みで、当日会場でお配りします; ガイドブックはただいま作成中です…窓口で配布します) reads as its notice too (OWN_NOTICE).
 */
/**
 * Blind R448Z-010, MP-023 kinds (wave 92, clean): the clock time of the city's own count or announcement estimated (○市議選 中間発表 午後10時30分、
 * 確定 翌日午前0時30分頃の見込み; 得票数の確定は、20日午前0時30分ごろとなる見込みです; 審査結果の発表は午後4時ごろの見込みです): the election board
 * or the office telling when its own work will be done, as R442T-012 tells a processing time. Only a clock time right before the marker in a
 * sentence naming the step (開票, 確定, 発表, 速報, 集計); who wins or leads (当選, 優勢), a hedge or hearsay, or a change in the sentence keeps it
 * a forecast (the 議会 of an election's name, 市議会議員一般選挙, is no council still to decide, and the election's
 * name or 候補者 no change of CHANGE's).
 */
/**
 * Blind R452D-015 kind (clean): the city's own published cost of its project given with 見込み (○事業費：約120億円の見込み（令和7年度当初予算で
 * 公表済み）; 総事業費は約35億円の見込みで、当初予算に計上しています): the estimate the city announced for what it builds, not a guess about an
 * undecided matter. Only a cost (事業費, 整備費, 建設費, 総工費 …) with its figure in yen right before the marker, and either a field line of a list
 * (○事業費：…) or the figure said published or budgeted (公表済み, 予算に計上, 当初予算で) on its line; a hedge, hearsay, the council or a budget
 * bill still to decide (OWN_STEP_DOUBT) or a change in the line keeps it a forecast (事業費はたぶん100億円くらいの見込み).
 */
const COST_FIGURE_BEFORE =
  /(?:総|概算)?(?:事業費|整備費|建設費|工事費|総工費|改修費|建替費|費用|経費)(?:の総額)?(?:[：:]|は|が|として)?[、,\s]?(?:総額)?(?:約|概ね|おおむね)?[0-9０-９][0-9０-９,，.]{0,8}(?:億|万|千)?(?:[0-9０-９,，.]{1,8}(?:万|千))?円(?:程度|前後|規模)?(?:と(?:なる)?|の|に(?:なる)?)?$/u
const COST_FIELD = /^[\s■□●○・◆◇※◎▼▽]{0,2}(?:総|概算)?(?:事業費|整備費|建設費|工事費|総工費|改修費|建替費|費用|経費)[：:]/u
const COST_PUBLISHED = /公表済み|公表(?:して|いたして)(?:い|お)|(?:予算|当初予算|補正予算)(?:に|へ|で)?[^。！？!?\n]{0,4}?(?:計上|措置|公表)|当初予算で/u
const COST_BUDGET_NOTE = /(?:(?:令和|平成)(?:[0-9０-９]{1,2}|元)年度?)?(?:当初|補正)?予算(?:に|へ|で)?[^。！？!?\n、,（）()]{0,6}?(?:計上|措置|公表)[^。！？!?\n（）()]{0,8}/gu
function ownCostFigure(t: string, at: number, sentence: string): boolean {
  const lineStart = t.lastIndexOf('\n', at - 1) + 1
  const nl = t.indexOf('\n', at)
  const line = t.slice(lineStart, nl < 0 ? t.length : nl)
  const lead = t.slice(Math.max(lineStart, at - 32), at).replace(/\s+$/u, '')
  if (!COST_FIGURE_BEFORE.test(lead) || !(COST_FIELD.test(line) || COST_PUBLISHED.test(line))) return false
  // (The budget that carries the figure, 当初予算で公表済み, 予算に計上, is no cut of funds of CHANGE's.)
  return !OWN_STEP_DOUBT.test(sentence) && !OWN_STEP_DOUBT.test(line) && !CHANGE.test(line.replace(COST_BUDGET_NOTE, ''))
}
const CLOCK_BEFORE = /[0-9０-９一二三四五六七八九十]{1,2}時(?:[0-9０-９]{1,2}分|半)?(?:頃|ごろ|前後|過ぎ|以降)?(?:と(?:なる|の)|に(?:なる)?|の)?$/u
const COUNT_STEP = /開票|得票|確定|中間発表|速報|集計|結果(?:の)?(?:発表|判明|公表|通知)|発表|公表/u
const COUNT_OUTCOME = /当選|落選|当確|優勢|劣勢|有利|不利|勝|負け|敗|逃げ切|接戦|競り|一騎打ち|リード/u
function countTimeTold(t: string, at: number, sentence: string): boolean {
  const lead = t.slice(Math.max(0, at - 24), at).replace(/\s+$/u, '')
  if (!CLOCK_BEFORE.test(lead) || !COUNT_STEP.test(sentence) || COUNT_OUTCOME.test(sentence) || OWN_STEP_DOUBT.test(sentence.replace(/議会議員/gu, ''))) return false
  return !CHANGE.test(sentence.replace(/[\p{Script=Han}・]{0,16}選挙|[\p{Script=Han}]{1,4}選(?![\p{Script=Han}])|(?:全)?候補者|開票|得票数?|確定|中間発表|速報|集計|結果|発表|公表|決定/gu, ''))
}
const OWN_STEP_TOPIC_DATED =
  /(?:開設|設置|開始|開館|開所|開園|開校|開業|完成|完了|竣工|着工|オープン|供用開始|運用開始|運行開始|受付開始|募集開始|稼働|リニューアル(?:オープン)?|(?:募集|受付|受け付け|申込み?|申し込み|業務|工事|供用|運用|利用|販売|配布|交付)の開始)(?:時期|日)?(?:は|も)[、,]?(?:(?:(?:令和|平成)(?:[0-9０-９一二三四五六七八九十]{1,2}|元)年(?:度)?|[0-9０-９]{4}年(?:度)?|同年|翌年)?[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,2}日)?(?:[（(][月火水木金土日](?:・祝)?[）)])?(?:上旬|中旬|下旬|初旬|末)?|(?:(?:令和|平成)(?:[0-9０-９一二三四五六七八九十]{1,2}|元)年(?:度)?|[0-9０-９]{4}年(?:度)?)(?:の)?(?:春|夏|秋|冬|上半期|下半期|前半|後半|中|度中|末|度末))(?:頃|ごろ)?(?:と(?:なる|の)|に(?:なる)?|の)?$/u

const BARE_SETTLED = /(?:もう|これで|ほぼ|ついに|いよいよ)?[、,]?(?:確定|決定|決まり|本決まり)(?:なので|なんで|だから|ですから|ですので|やけん|やから|だし|ですし)[、,]?/gu
const SETTLED_FORECAST = /(?:はず|ハズ|でしょう|だろう|でしょ(?!うか)|と思います|と思う|きっと)/u
const SETTLED_CONTENT = /工事|着工|完成|竣工|開通|開業|開館|供用|整備|建設|地中化|無電柱化|オープン|導入|実施|無料|有料|廃止|統合|移転|新設|開設|始ま/u

export function settledThenForecast(e: Emitter, t: string): void {
  if (STEP_DONE.test(t)) return
  for (const m of matchAllOf(BARE_SETTLED, t, MAX_HITS)) {
    // 確定 / 決定 as a bare word: not the tail of 確定申告, 決定通知, nor after a noun that makes it a sport's or a count's result.
    if (/^(?:確定|決定)/u.test(m[0]) && /(?:優勝|当選|合格|出場|進出|勝利|敗退|昇格|降格)$/u.test(t.slice(Math.max(0, m.index - 4), m.index))) continue
    const end = m.index + m[0].length
    const s = sentenceAround(t, m.index, end)
    const rest = t.slice(end, s.end)
    const f = SETTLED_FORECAST.exec(rest)
    if (!f || !SETTLED_CONTENT.test(t.slice(s.start, s.end)) || HOPE_MARKED.test(rest.slice(0, f.index + f[0].length))) continue
    if (RUMOUR_AWARE.test(t.slice(s.start, s.end)) || quotedExample(t, m.index) || quotedVoice(t, m.index)) continue
    // きっと opens the forecast: the span runs to the sentence's end (its closing marks left out).
    const to = f[0] === 'きっと' ? end + rest.replace(/[。！？!?♪〜~\s]+$/u, '').length : end + f.index + f[0].length
    put(e, 'unofficial/forecast', m.index, to, { topic: topicOf(t.slice(s.start, s.end)), marker: f[0] })
    return
  }
}
const OWN_PREP_AFTER = /^(?:を)?[、,]?(?:進めます|進めてまいります|進めて参ります|進めていきます|進めてゆきます|いたします|します)/u
const OWN_PREP_NOT = /らしい|みたい|そうです|とのこと|聞い|聞き|伺|うかが|内緒|ないしょ|ここだけ|オフレコ|非公式|内々|まだ|正式|統合|廃止|廃校|閉館|閉鎖|移転|有料|無料|値上|値下|料金|使用料|手数料|補助|助成|条例|予算|議会/u
function ownPreparationTold(t: string, end: number, w: string, sentence: string): boolean {
  if (!/準備$/u.test(w) || !OWN_PREP_AFTER.test(t.slice(end, end + 12))) return false
  return !OWN_PREP_NOT.test(sentence)
}

const HEDGED_ANSWER = /(?:[「『](?:前向きに)?(?:検討|研究|善処|調査|勉強)(?:する|します|してまいります|していきます|したい|いたします)[」』]|(?:前向きに)?(?:検討|研究|善処)(?:する|します|してまいります|していきたい))(?:と|との)[、,]?(?:の)?(?:答弁|回答|答え|返答|述べ|発言|話し|表明|コメント)/u
const READ_AS_DECIDED = /(?:これで|もう|ついに|いよいよ|ほぼ|事実上)[、,]?[^。！？!?\n]{0,20}?(?:決まり|決定|確定|本決まり|実現確実|確実)(?:です|だ|や|ですね|ね|でしょう|だろう|！|!|。|$)/u
const CITY_COURSE_GUESSED = /(?:柳川市|本市|当市|市役所|行政|(?<![\p{Script=Han}])市)(?:として(?:も|は)|も)[、,]?[^。！？!?\n]{0,24}?(?:方向|方針|規制|制限|禁止|廃止|縮小|強化|見直し|舵)(?:に|へ|を|で)?[^。！？!?\n]{0,8}?(?:進む|向かう|動く|切る|なる|する|いく|行く|傾く)(?:はず|に違いない|でしょう(?!か)|だろう|と思(?:います|う|っています)|と見て(?:います|いる))/u
/** MK-034 kind: participants' reception of a held event (…きっかけになった, 好評だった, 楽しんだ) before ようです. */
const EVENT_TAKEN = /(?:参加|受講|来場|出席)(?:した|された|し(?:てくれ|ていただい)た)?(?:職員|方|方々|皆さん|皆様|みなさん|人|者|事業者|子ども|子供)|参加者|受講者|来場者/u
const TAKEN_PAST = /(?:きっかけ|機会|学び|気づき|刺激|参考|勉強|励み|思い出|自信)(?:に|と)(?:なっ|なられ)$|(?:楽しん|喜ん|満足し|満足され|盛り上がっ|感動し|好評だっ|好評でし)$/u

/** A hedged answer (「前向きに検討する」) read as decided (これでほぼ決まり): a forecast (was unof88). */
export function hedgedAnswerReadAsDecided(e: Emitter, t: string): void {
  if (/検討|研究|善処|調査|勉強/u.test(t) && /決ま|決定|確定|確実/u.test(t)) {
    const a = HEDGED_ANSWER.exec(t)
    const d = a ? READ_AS_DECIDED.exec(t.slice(a.index + a[0].length)) : null
    if (a && d && !UNDER_WAY88.test(t)) {
      const at = a.index + a[0].length + d.index
      if (!/[?？]|でしょうか/u.test(sentenceOf(t, at, at + d[0].length))) put(e, 'unofficial/forecast', at, at + d[0].length, { topic: topicOf(sentenceOf(t, at, at + d[0].length)), marker: d[0] })
    }
  }
}
/** The city's course guessed (市は…する方向だと思います): a forecast (was unof88). */
export function cityCourseGuessed(e: Emitter, t: string): void {
  if (/はず|違いない|でしょう|だろう|思|見て/u.test(t)) {
    const m = CITY_COURSE_GUESSED.exec(t)
    if (m && !quotedVoice(t, m.index) && !(t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index))) put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: topicOf(sentenceOf(t, m.index, m.index + m[0].length)), marker: m[0].replace(/^[^]*?(?=はず|に違いない|でしょう|だろう|と思|と見て)/u, '') })
  }
}
const COUNT_FORECAST = /(?:件数|死者|死亡者|負傷者|人数|者数|客数|人口|観光客|来場者|来館者|利用者|参加者|発生|事故|犯罪|被害)(?:数)?(?:は|も|が)?[^。！？!?\n]{0,16}?(?:(?:半分|倍|2倍|二倍|3倍|三倍|ゼロ|0|[0-9０-９]+(?:万|千)?(?:件|人|割|%|％))(?:くらい|ぐらい|ほど|程度|近く|以上|以下|未満)?(?:に|で)(?:なる|減る|増える|終わる|収まる|達する|届く|いく|行く)|(?:半減|倍増|激減|急増)(?:する|します))(?:でしょう(?!か)|だろう|と思(?:います|う|っています)|はず|に違いない|と見て(?:います|いる))/u

/** A count or a toll guessed (件数は…になるでしょう): a forecast (was unof89). */
export function countForecast(e: Emitter, t: string): void {
  if (/でしょう|だろう|思|はず|違いない|見て/u.test(t)) {
    const m = COUNT_FORECAST.exec(t)
    if (m && !quotedVoice(t, m.index) && !/[?？]|でしょうか/u.test(sentenceOf(t, m.index, m.index + m[0].length))) put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: topicOf(sentenceOf(t, m.index, m.index + m[0].length)), marker: m[0].replace(/^[^]*?(?=でしょう|だろう|と思|はず|に違いない|と見て)/u, '') })
  }
}

/**
 * Blind R454F-005, R454F-039 kinds (wave 94): a procedure or a survey switched to another way at an occasion ahead, told as settled or foretold
 * with no source (次回の国勢調査からは紙の調査票が廃止され、…インターネット回答に一本化されます; 次の春には転入の手続きまで全部オンラインで
 * 完結する見込みとのこと; 来年度からは窓口での申請が廃止され、電子申請だけになります; 次の選挙からは投票所入場券がなくなるらしい): how a national
 * survey, an election or the city's procedure is run is decided by the state or the city, and a switch not announced hands it out as settled.
 * SHIFT_AHEAD: an occasion ahead (次回の…から, 次の春には, 来年度から, 将来的に) before the switch (廃止され, 一本化され, オンラインで完結,
 * 電子申請だけになる) in one sentence; the switch then ends the sentence plainly (…されます) or with a forecast or hearsay (見込み, とのこと, はず,
 * らしい). Clean: a source or a decision named in the post (総務省によると, 国の発表では, 法改正により, 決定しました, 詳しくは…ホームページ),
 * the switch offered as an option now (インターネットでも回答できます), a switch already made (オンライン申請が始まりました), a question.
 */
const SHIFT_OCCASION =
  /(?:次回|次|今度|来年|来年度|再来年|次年度|来春|来期|将来的|近いうち)(?:の)?[^。！？!?\n]{0,16}?(?:から|より|には|以降)(?:は)?[、,]?|(?:次回|次の|今度の)[^。！？!?\n]{0,10}?(?:調査|選挙|国勢調査|更新|申告)(?:から|より|では|で|には)(?:は)?[、,]?/gu
const SHIFT_SWITCH =
  /(?:(?:紙|書面|郵送|窓口|対面|調査員|入場券|投票所入場券|調査票)[^。！？!?\n]{0,10}?(?:廃止され|廃止に(?:な|され)|なくな|無くな|取りやめ|とりやめ|終了(?:し|され))|(?:オンライン|インターネット|ネット|スマホ|スマートフォン|電子申請|マイナポータル|ウェブ|WEB|Web|web)(?:回答|申請|手続き?)?(?:で|だけで|のみで|上で)?[、,]?(?:完結|完了でき|済(?:む|ませられ)|手続きでき)|(?:オンライン|インターネット|ネット|電子|Web|WEB|ウェブ)(?:回答|申請|手続き?|提出)?(?:に|へ)[、,]?(?:一本化|統一|完全移行|移行|切り替わ|切り替え)|(?:オンライン|電子|デジタル|ペーパーレス)化(?:され|さる|す|にな))/u
const SHIFT_END = /^[^。！？!?\n]{0,30}?(?:る|れる)?(?:(?:見込み|見通し|予定)(?:との(?:こと|話)|らしい|みたい|だそう|って)|見込み|見通し|とのこと|はず|らしい|らし[ーぃ]|みたい|って(?:話|聞)|そう(?:です|だ|。|$)|でしょう(?!か)|だろう|と(?:思|おも)|(?<plain>(?:され|なり|わり|し)ます(?=[。！!]|$)))/u
/** A survey, an election or a card of the state's: its switch told plainly (…一本化されます) is still the state's decision passed on. */
const STATE_PROCEDURE = /国勢調査|センサス|統計調査|国政選挙|衆議院|参議院|総選挙|確定申告|年金|健康保険証|保険証|運転免許|免許証|パスポート|旅券|マイナンバーカード|マイナ保険証|戸籍|住民票の写し/u
const SHIFT_SOURCE = /総務省|デジタル庁|法務省|選挙管理委員会|選管|国(?:の|が|は|から)[^。！？!?\n]{0,6}?(?:発表|公表|決定|通知|方針)|発表(?:され|し)|公表(?:され|し)|決定(?:され|し)|決まりました|法改正|改正法|施行|閣議|告示|によると|によれば|詳しくは|ホームページ|HP|ＨＰ|https?:|始まりました|開始しました|スタートしました/u
export function procedureShiftAhead(e: Emitter, t: string): void {
  if (SHIFT_SOURCE.test(t)) return
  for (const m of matchAllOf(SHIFT_OCCASION, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const rest = t.slice(m.index + m[0].length, s.end)
    const sw = SHIFT_SWITCH.exec(rest)
    if (!sw || sw.index > 40) continue
    const after = rest.slice(sw.index + sw[0].length)
    // (The switch's clause: a plain or a forecast's ending after it, the rest of the sentence not a wish, a question or a condition.)
    const end = SHIFT_END.exec(after)
    const sentence = t.slice(s.start, s.end)
    if (end?.groups?.plain && !STATE_PROCEDURE.test(sentence)) continue
    if (!end || /[?？]|でしょうか|ですか|れば|たら(?![^。！？!?\n]{0,4}[いよ])|なら|ほしい|欲しい|願い|ますように|よう(?:に)?(?:要望|求め|お願い)|といい/u.test(sentence.slice(0, sentence.indexOf(sw[0]) + sw[0].length + end[0].length)) || RUMOUR_AWARE.test(sentence) || PUBLIC_PROCESS.test(sentence) || quotedExample(t, m.index) || quotedVoice(t, m.index)) continue
    put(e, 'unofficial/forecast', m.index, m.index + m[0].length + sw.index + sw[0].length + end[0].length, { topic: topicOf(sentence), marker: /(?:見込み|見通し|予定|とのこと|はず|らし[いーぃ]|みたい|って(?:話|聞)|そう|でしょう|だろう|と(?:思|おも)|ます)[^]*$/u.exec(end[0])?.[0] ?? end[0] })
    return
  }
}
