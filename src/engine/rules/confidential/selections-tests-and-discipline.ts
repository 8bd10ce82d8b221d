/**
 * confidential — A price change asked by a contractor, a selection's progress, a named member of staff's sick leave, a
 * figure settled or a request's items before approval, a colleague's penalty, a worker let go, a matter told after a rule not to put
 * it out (runSelectionSicknessAndPriceKinds); a test's finding before its release, an incident not yet told to those it concerns, a
 * sum offered in talks, a criterion not in the guide, an exam to come, selection results, a figure before the council, discipline
 * under way, a move before its notice (runTestResultDisciplineAndMoveKinds). What stays clean: each announced or published.
 *
 * Guideline clause 5(1): 秘密情報・機密情報を発信しない (rule ids confidential/*, metadata in meta.ts).
 */
import type { Span } from '../../text'
import { sentenceAround } from '../../doc'
import {
  BUDGET_INSIDE, BUDGET_OUT58, CASE_CONFERENCE_WORDS, CASE_MEETING_HELD, CASE_TOLD, CONSUMER, DISCIPLINE_WHO, EXAM_NAMED, EXAM_PART,
  EXAM_PRACTICE_CLASS, EXAM_PUBLISHED_PART, EXAM_THEME_PUBLIC, EXAM_TO_COME, FORMAL_DISCIPLINE, INCIDENT_ANNOUNCED, MISCONDUCT,
  PUBLIC_PART, ParagraphGate, type ParagraphKindContext, REQUEST_PUBLIC, STAFF_CASE, VALUE58, emitAll,
} from './context'

/*
 * ── conf59 (blind R321C-009/010/013/014/015/021/026/031/033/035/040/042/044/045/052/054/058/060, R324M-035, KE-002) ──
 * Good-faith leaks by staff of sections, contractors and designated managers: a price talked with a contractor, a budget request before
 * the assessment, a selection's progress, a colleague's discipline or sick leave, an internal figure. Each kind is read as Japanese says
 * it in general; its public counterpart stays clean. Kinds read by widening the family's own patterns are noted where they are (開札 in
 * WORDS.bidContext, PRE_RELEASE's verbs of telling, AUDIT_HIDDEN's report still to be put together, MOVE_TOLD's promotion, STILL_ON's next
 * visit, NOTICE_NOT_YET's maker of a work, REQUEST_AMOUNT's bare 要求は, QUOTE_FIGURE's vendors one by one, ORDERED_THERE); those here:
 * - A price change the other side of a contract asks for (業者さんからは月額38万円を45万円に上げたいとの提示があり; 委託先から…単価を420円
 *   から480円に上げてほしいとの申し入れ): PRICE_ASKED with a counterpart. A deal settled, a fare put to its public procedure (申請,
 *   審議会) and consumer advice stay clean.
 * - A selection's progress before its result (12名のうち書類で5名に絞り…評価が一番高かった; 委員7名のうち5名が東都書籍を推しました; 2社まで
 *   絞られていて): STANDING with DECISION_PENDING59. A result published, a vote taken in public (可決) and a contest's finalists stay clean.
 * - A named member of staff's sick leave (課長は先月から病気休暇に入っており): SICK_LEAVE_NAMED. A rule, a published count, an absence for
 *   a day (体調不良のため本日お休み) and a patient visited stay clean.
 * - A figure settled with a contractor while the internal approval is still to come (設計変更の増額分は1,740万円…来週、課内で決裁を回します):
 *   APPROVAL_AHEAD with a contract's figure. An approval given, a notice to wait and no figure stay clean.
 * - A budget request's items with their sums put to the finance section (財政課には ⏎ ・…1億2,300万円 ⏎ を出しています; 二億一千万円を積んで
 *   います): REQUEST_PUT. A budget announced, passed or a request to the state stay clean.
 * - A colleague's penalty told (となりの係の先輩が先週処分を受けて減給になり): PENALIZED. News of another city's, a warning and a disposal
 *   stay clean.
 * - A worker let go for misconduct (受付スタッフの一人が売上金の扱いでミスを重ねたため…勤務を終えることになりました): STAFF_LET_GO. A
 *   retirement with no fault named and an apology for the city's own error stay clean.
 * - A rule not to put a matter out, then the matter told in the next sentence (学校別の結果は出さないことになっていますが…。…数学が県平均より
 *   8.4点低い): NOT_OUT_RULE. The public part told and a notice stay clean.
 * - A figure told, then labelled unpublished (実際には312件でした。後者は非公表の数字なので、取扱いにご注意ください): UNPUBLISHED_FIGURE.
 *   A refusal (お答えできません, ご了承ください) stays clean.
 */
/** A figure: an amount, a count, a score (2,400食分, 312件, 8.4点). */
const FIG59 = /[0-9０-９〇一二三四五六七八九十百千][0-9０-９〇一二三四五六七八九十百千,.．，]*(?:万|億|千)?(?:円|人|名|件|世帯|戸|軒|棟|食|個|本|台|枚|箱|%|％|割|倍|点|位|か所|箇所|社|校|店|団体|トン|kg|回|ポイント)/u
/** The other side of a contract or a negotiation (委託先, 業者さん, 元請け, 先方, 地権者). */
const COUNTERPART59 = /委託先|受託者|受託事業者|受注者|元請|下請|請負業者|業者|事業者|先方|相手方|相手側|取引先|地権者|所有者|テナント|出店者|指定管理者|運営会社|会社側|メーカー/u
/** A price change asked for (月額38万円を45万円に上げたいとの提示; 単価を420円から480円に上げてほしいとの申し入れ). */
const PRICE_ASKED = new RegExp(
  `${VALUE58}(?:から|を)[、,]?${VALUE58}(?:に|へ|まで)[、,]?(?:上げ|引き上げ|値上げし|増額し|下げ|引き下げ|値下げし|減額し)(?:たい|て(?:ほしい|欲しい|もらいたい|いただきたい|ください|くれ)|させて(?:ほしい|ください|いただきたい)|るよう|てもらえないか)[^。！？!?\\n]{0,8}?(?:との|という|と|って)?(?:ご)?(?:申し入れ|申入れ|要望|要求|提示|打診|相談|お話|話|依頼|申し出|申出|通告|ご提案|提案)`,
  'gu',
)
/**
 * Review of conf59 (rvconf59): …asked by the other side of a contract in that sentence (委託先, 元請, 業者さん; not 事業者, the businesses a
 * subsidy is for), for a price of a contract, not for a benefit the city pays out (事業者から、補助の上限を10万円から20万円に引き上げて
 * ほしいとの要望があり、来年度から拡充しました).
 */
const PRICE_PARTY = /委託先|受託者|受託事業者|受注者|元請|下請|請負業者|(?<!事)業者|先方|相手方|相手側|取引先|地権者|所有者|テナント|指定管理者|運営会社|会社側|メーカー/u
const PRICE_BENEFIT = /補助|助成|給付|手当|奨励|支援金|交付金|プレミアム|還元|ポイント/u
/** …not a fare or a fee put to its public procedure (運賃の認可申請, 審議会, 条例). */
const PRICE_PROCEDURE = /運賃|認可|公聴会|審議会|条例|議案|料金改定のお知らせ/u
/** …nor settled. */
const PRICE_SETTLED = /合意しました|合意いたしました|合意に至|妥結|締結しました|契約しました|決着しました|まとまりました|折り合いがつ/u
/** A selection or an adoption (面接, 選考, 採択の協議会, プロポーザル). */
const SELECTION59 = /面接|選考|採用|審査|応募|候補|協議会|選定|採択|プロポーザル|委託先|指定管理/u
/** A selection's standing told: who is rated highest, how the members split, how far it is narrowed. */
const STANDING = new RegExp(
  `(?:評価|点数|得点|評点|印象|評判)(?:が|は)[、,]?(?:一番|いちばん|最も|もっとも|断トツで|ダントツで|圧倒的に|頭ひとつ)(?:高|良|よ)(?:かった|い|く)` +
    `|(?:委員|審査員|選考委員|評価委員|選定委員|出席者|メンバー)[^。！？!?\\n]{0,4}?[0-9一二三四五六七八九十]{1,3}(?:名|人)(?:の)?(?:うち|中)[、,]?[0-9一二三四五六七八九十]{1,3}(?:名|人)(?:が|は|も)[^。！？!?\\n]{0,20}?(?:推し|推薦|推す|支持|賛成|反対|選ん|評価し|票を)` +
    `|[0-9一二三四五六七八九十]{1,3}(?:名|人|社|者|案|団体|グループ|作品|点|件)(?:のうち|の中から|中|から)[、,]?[^。！？!?\\n]{0,8}?[0-9一二三四五六七八九十]{1,3}(?:名|人|社|者|案|団体|作品|点|件)(?:に|まで)(?:絞|しぼ)` +
    `|[0-9一二三四五六七八九十]{1,3}(?:社|者|名|人|案|団体|グループ)(?:まで|に)(?:絞られ|絞り込まれ|絞り込ん|しぼられ)`,
  'gu',
)
/** …while the decision or its notice is still to come (結果は今週中にご連絡します; 次回の協議会で採択します). */
const DECISION_PENDING59 =
  /(?:結果|合否|採否|選考結果|審査結果)(?:は|を|について(?:は)?)[、,]?[^。！？!?\n]{0,12}?(?:ご?連絡|通知|お知らせ|ご案内)(?:します|いたします|する予定|の予定|予定)|(?:次回|来週|来月|今度|後日|週明け|最終(?:審査|選考|面接))[^。！？!?\n]{0,16}?(?:採択|決定|選定|決め|選び|選考|審査|面接|採用)(?:します|いたします|する予定|る予定|ます|の予定|を行い|が行われ|です)|(?:まだ|これから)[^。！？!?\n]{0,4}?(?:決ま|決め|選|絞)|(?:最終|二次|2次|次の)?(?:面接|審査|選考|協議会?|選定委員会)(?:は|を|が)[、,]?[^。！？!?\n]{0,8}?(?:来週|来月|次回|明日|あす|後日|週明け|[0-9]{1,2}日|これから)/u
/** …not a result published or a vote taken in public. */
const STANDING_OUT = /公表|発表し|ホームページ|市HP|可決|否決|議決|採決/u
/**
 * Review of conf59 (rvconf59): how many were narrowed to how many is a selection's public progress (応募15団体のうち書類審査で6団体に絞り
 * ました。公開プレゼン審査は来月です; 応募20名のうち書類選考で8名に絞りました。最終面接は来週行います): only those left named before the
 * count (東都書籍と光陽出版の2社まで絞られていて) tell the standing. Nor is the highest rated a standing when it names an order to follow
 * (評価が一番高かった方から順にご案内します).
 */
const STANDING_NAMED = /[\p{Script=Han}\p{Script=Katakana}ー]{2,}(?:さん|社|氏)?(?:と|・)[\p{Script=Han}\p{Script=Katakana}ー]{2,}(?:さん|社|氏)?の$/u
const STANDING_ORDER = /^(?:方|者|人|もの|案|社|作品)?(?:から)?順(?:に|番)/u
/** The narrowing of a contest's entries is its public progress (一次審査で120点から10点に絞りました). */
const CONTEST = /コンテスト|コンクール|グランプリ|大会|選手権|作品|表彰|入賞|受賞|発表会/u
/**
 * Review of conf59 (rvconf59): the staff member whose leave is told. A notice from a school or an office that an unnamed teacher or member of
 * staff is away for health reasons, and who covers (担任の先生が病気療養のため、しばらくお休みされます。その間は教頭先生が…; 館長が入院のため、
 * 副館長が代行いたします; 同僚が手術のため入院していましたが、今週復帰しました), is an ordinary notice: the leave is personnel information only of
 * a person the reader can tell, by a name (課長の山田さん, 山田課長, 山田先生) or by a post held by one person with its office named in the
 * clause or as the writer of the post (防災危機管理課からのお知らせです。課長は…; 観光課の課長は, 観光課長は).
 */
const SICK_POST = '(?:課長補佐|課長|部長|係長|所長|館長|園長|校長|教頭|局長|次長|室長|支所長|センター長)'
const SICK_WHO =
  `(?:${SICK_POST}|担任|主任|先輩|同僚|上司|後輩|担当)の[\\p{Script=Han}]{1,4}(?:さん|先生|氏)|${SICK_POST}|担任(?:の先生)?|主任|主査|担当者|担当の[^。！？!?\\n、]{0,6}?|先輩|同僚|上司|後輩|[\\p{Script=Han}]{1,4}先生|職員の(?:一人|ひとり|1人|方)|スタッフの(?:一人|ひとり|1人|方)`
/** …a name before or after the post (課長の山田さん, 山田課長, 担任の佐藤先生, 山田先生): not a post word before 先生 (校長先生, 担任の先生). */
const SICK_NAME = new RegExp(
  `(?:${SICK_POST}|担任|主任|先輩|同僚|上司|後輩|担当)の[\\p{Script=Han}]{1,4}(?:さん|先生|氏)$|^(?!副|総|新|前|元|次期)[\\p{Script=Han}]{2,8}${SICK_POST}$|(?:^|[^\\p{Script=Han}])(?!(?:校長|教頭|園長|担任|副担任|主任|学年主任|養護|保健|教務|主幹|指導|専科|講師|主治|担当|副校長|副園長|教|医)先生)[\\p{Script=Han}]{1,4}先生$`,
  'u',
)
/** …an office named as the writer of the post or before the post (防災危機管理課からのお知らせです, 【観光課】, 観光課の課長). */
const SICK_OFFICE = /[\p{Script=Han}\p{Script=Katakana}ー]{1,12}(?:課|部|室|局|支所|センター|事務所|図書館|公民館|美術館|博物館|資料館|保育園|保育所|幼稚園|こども園|小学校|中学校|学校|病院|出張所)(?:から(?:の)?(?:お知らせ|ご案内|ご報告|ご連絡)|です[。！!]|より|】|の(?:課長補佐|課長|部長|係長|所長|館長|園長|校長|教頭|局長|次長|室長|支所長|センター長))/u
/** A member of staff's sick leave (課長は先月から病気休暇に入っており; 観光課の山田課長は入院されています); who it is, is read after. */
const SICK_LEAVE_NAMED = new RegExp(
  `(?:${SICK_WHO})(?:は|が|も)[、,]?[^。！？!?\\n]{0,16}?(?:病気休暇|病休|休職|療養休暇|病気療養|療養|入院|手術)(?!の(?:方|人|患者|お|ご|家族|子|高齢者|皆))(?:に入(?:って|り|った|られ)|中(?!の(?!ため))|し(?:て|ており|ています|ました)|され(?:て|ており|ています|ました)|を取(?:って|られ|得)|となって|のため)(?!の(?:方|人|患者|お|ご|家族|子|高齢者|皆))`,
  'gu',
)
const SICK_PUBLIC = /人事行政|公表|発表し|ホームページ|市HP|全国|統計|制度|取得率|調査結果/u
/** …whose subject the reader can tell: a name, or a one-person post with its office named in the clause or as the post's writer. */
function sickWhoKnown(t: string, m: RegExpExecArray): boolean {
  const who = /^[^はがも]+/u.exec(m[0])?.[0] ?? ''
  const lead = /[\p{Script=Han}]*$/u.exec(t.slice(Math.max(0, m.index - 8), m.index))?.[0] ?? ''
  if (SICK_NAME.test(lead + who)) return true
  if (!new RegExp(`^${SICK_POST}$`, 'u').test(who)) return false
  const before = t.slice(0, m.index + who.length)
  return SICK_OFFICE.test(before)
}
/** The internal approval still to come (来週、課内で決裁を回します; 決裁はこれから; 稟議を上げるところ). */
const APPROVAL_AHEAD =
  /(?:決裁|稟議|起案)(?:を|は|が|も)?[、,]?(?:これから|まだ|来週|明日|週明け)?[^。！？!?\n]{0,4}?(?:回し(?:ます|て(?:い|お)?|たい)|回す|上げ(?:ます|る|て)|取り(?:ます|に)|とり(?:ます|に)|これから|まだ|待ち|前|中|に回|にかけ)|(?:決裁|稟議)(?:が|は)(?:まだ)?[、,]?(?:下り|おり|通っ|通ら)(?:て(?:い|お)?(?:ない|ません|りません)|ない|ず)/gu
/** …a figure talked with a contractor (設計変更の増額分は1,740万円, 変更契約の額). */
const CONTRACT_TALK = /増額|減額|設計変更|変更契約|契約変更|請負|元請|業者|見積|契約額|工事費|委託料|単価|精算|追加工事/u
const APPROVAL_NOTICE = /次第|お待ち|改めて|後日|ホームページ|市HP|公表し|発表し/u
/** A budget request's sums put to the finance section (…2億1,000万円 ⏎ を出しています; 二億一千万円を積んでいます). */
const REQUEST_PUT = new RegExp(
  `${VALUE58}[)）]?\\s?(?:を|で)[、,]?(?:財政課に|財政に)?(?:予算)?(?:出し|提出し|要求し|要望し|積ん|上げ)(?:て(?:い|お)|で(?:い|お)|ました|た|とる|ちょる)`,
  'gu',
)
/** A colleague's penalty told (となりの係の先輩が先週処分を受けて減給になり; 同僚が停職になった). */
const PENALIZED = new RegExp(
  `(?:先輩|後輩|同僚|上司|同期|うちの(?:課長|係長|部長|所長|館長)|(?:隣|となり|同じ)の?(?:係|課|部署|職場|班)の[^。！？!?\\n]{0,6}?(?:人|方|職員|さん|課長|係長))(?:が|は|も)[、,]?[^。！？!?\\n]{0,12}?` +
    `(?:(?:懲戒処分|処分|減給処分|停職処分|戒告処分|訓告処分)を受け(?!な|ず|ぬ|る(?:こと|かも|可能))|(?:減給|停職|戒告|訓告|降格|免職|懲戒免職)(?:処分)?(?:に(?:なり|なっ)|と(?:なり|なっ)|を食ら|をくら|され(?:まし|た|て)))`,
  'gu',
)
const PENALIZED_PUBLIC = /公表|発表し|ホームページ|市HP|お詫び|おわび|報道|新聞|ニュース|他の自治体|他市|他県|全国|ドラマ|漫画|小説|映画/u
/** A worker let go for misconduct (受付スタッフの一人が…ミスを重ねたため、本社の判断で今月いっぱいで勤務を終えることになりました). */
const STAFF_LET_GO = new RegExp(
  `(?:スタッフ|職員|社員|従業員|アルバイト|パート|嘱託(?:職員)?|係員|担当者|指導員|支援員|作業員|講師|運転手|警備員|調理員|清掃員|管理人)(?:さん)?(?:の(?:一人|1人|ひとり|方|うち[^。！？!?\\n]{0,6}?))?(?:が|は)[、,]?[^。！？!?\\n]{0,30}?` +
    `(?:ミス|不正|不祥事|トラブル|問題を起こ|苦情|クレーム|遅刻|無断欠勤|欠勤|不適切|違反|着服|横領|使い込)[^。！？!?\\n]{0,16}?(?:ため|ので|により|ことから|結果|として)[、,]?[^。！？!?\\n]{0,24}?` +
    `(?:勤務を終え|退職(?:する|とな|にな|し|いただ)|辞め(?:る|ること|て|ていただ)|解雇|雇い?止め|契約(?:を)?(?:打ち切|解除|終了し|更新しない|更新せず)|担当(?:から|を)外|現場(?:から|を)外|配置換え|出勤停止|自宅待機|交代(?:する|とな|にな|し|させ|いただ))`,
  'gu',
)
const LET_GO_PUBLIC = /お詫び|おわび|申し訳|公表|発表し|懲戒処分を行|記者/u
/** A rule not to put a matter out, said as a concession (学校別の結果は出さないことになっていますが). */
const NOT_OUT_RULE =
  /(?:出さ|出せ|公表し|公開し|発表し|載せ|掲載し)(?:ない|ません|ず)(?:という|って)?(?:こと|決まり|方針|ルール|扱い|約束)(?:に|と)(?:なって(?:い|お)(?:ます|る|り(?:ます)?)|なっとる|なっちょる|して(?:い|お)(?:ます|る|り(?:ます)?))(?:ん|の)?(?:です|だ|や)?(?:が|けど|けれど|けども|ばってん)/gu
/** …then the matter told: a rank or a figure (8.4点低い, 1位, 最下位). */
const RULE_TOLD = /[0-9０-９][0-9０-９.,]*(?:点|位|%|％|ポイント|人|件|円|倍)|一番|トップ|最下位|ダントツ|断トツ/u
/**
 * Review of conf59 (rvconf59): what the rule keeps in is a breakdown (学校別の結果, 店舗別の売上, 地区別の数字, 個別の, 各校の), one part of
 * which is then told; a rule about another thing (入賞者以外の点数は発表しない…今年の最高点は98点; 写真は載せない…参加者は120人) tells none.
 */
const RULE_HELD_BREAKDOWN = /[\p{Script=Han}\p{Script=Katakana}ー]別|個別|個々|内訳|各(?:校|店|地区|施設|社|団体|事業所|学校|園)/u
const RULE_HELD = /ご了承|ご理解|お答え(?:でき|いたしかね|は控え)|控えさせ|差し控え|お問い合わせ|ご確認ください/u
/** A figure told, then labelled unpublished (後者は非公表の数字なので、取扱いにご注意ください). */
const UNPUBLISHED_FIGURE =
  /(?:非公表|未公表|非公開|未発表|公表前|発表前|外に出せない|外部に出せない|公表していない|公表されていない|発表していない)の(?:数字|数値|件数|人数|金額|額|データ|集計|値|実数|内訳)(?:です|なので|ですので|なん(?:です|で)|だから|ですが|だけど|につき|のため|になります|でして)/gu
/**
 * Review of conf59 (rvconf59): the label is on the figure just told when it has no subject of its own or points back to it (後者は, こちらは,
 * この数字は), or when the sentence before gave several figures; a label on another thing (来場者は3万人でした。内訳は非公表のデータなので;
 * 応募は120件でした。作品の点数は非公開のデータなので掲載しません) keeps that thing back.
 */
const FIGURE_BACKREF = /^(?:(?:ただ|なお|ちなみに|でも|実は|※|ただし)[、,]?)?(?:(?:後者|前者|こちら|これ|それ|この(?:数字|数値|件数|人数|値|データ|数)?|その(?:数字|数値|件数|人数|値|データ|数)?|上記|いずれ|どちら|両方|実数|実際の(?:数字|件数|数))(?:は|も|が)?[、,]?)?(?:まだ)?$/u
const FIGURE_HELD = /ご了承|ご理解|お答え|控え|差し控え|でき(?:ません|ない|かね)|(?:掲載|公開|公表|記載)(?:し|いたし)ません|載せません|(?:掲載|公開|公表|記載|お示し)(?:して|いたして)(?:い|お)(?:ません|りません|ない)|載せて(?:い|お)(?:ません|りません|ない)/u
const SELECTION_SICKNESS_AND_PRICE_GATE = new ParagraphGate([
  COUNTERPART59, PRICE_ASKED, PRICE_PROCEDURE, PRICE_SETTLED, SELECTION59, STANDING, DECISION_PENDING59, STANDING_OUT, CONTEST,
  SICK_LEAVE_NAMED, SICK_PUBLIC, APPROVAL_AHEAD, CONTRACT_TALK, APPROVAL_NOTICE, REQUEST_PUT, PENALIZED, PENALIZED_PUBLIC,
  STAFF_LET_GO, LET_GO_PUBLIC, NOT_OUT_RULE, UNPUBLISHED_FIGURE,
])
/** The selection, sick-leave and price kinds (first caught as conf59) (see the comment above FIG59), run after the conf58 ones. */
export function runSelectionSicknessAndPriceKinds({ input, t, spans, notAware, aware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = SELECTION_SICKNESS_AND_PRICE_GATE.scan(t)
  const sentence = (at: number, to: number): Span => sentenceAround(t, at, to)
  /** The sentence of a match, with the one before it and the one after it (within the line). */
  const around3 = (m: RegExpExecArray): { here: Span; prev: Span; next: Span } => {
    const here = sentence(m.index, m.index + m[0].length)
    const prev = here.start > 0 && t[here.start - 1] !== '\n' ? sentence(here.start - 1, here.start - 1) : here
    const next = here.end < t.length && t[here.end - 1] !== '\n' ? sentence(here.end, here.end) : here
    return { here, prev, next }
  }
  // A price change the other side of a contract asks for.
  if (q.has(COUNTERPART59) && !q.has(PRICE_SETTLED) && !q.has(PRICE_PROCEDURE) && !CONSUMER.test(t)) {
    emitAll(q, doc, t, PRICE_ASKED, 'confidential/negotiation', emit, spans, once((m) => {
      const here = sentence(m.index, m.index + m[0].length)
      const clause = t.slice(here.start, here.end)
      return notAware(m) && !published(t) && PRICE_PARTY.test(clause) && !PRICE_BENEFIT.test(clause)
    }))
  }
  // A selection's progress before its result.
  if (q.has(SELECTION59) && q.has(DECISION_PENDING59) && !q.has(STANDING_OUT)) {
    const contest = q.has(CONTEST)
    emitAll(q, doc, t, STANDING, 'confidential/pre-release', emit, spans, once((m) => {
      const narrowed = /絞|しぼ/u.test(m[0])
      const lead = t.slice(sentence(m.index, m.index).start, m.index)
      return notAware(m) && !(contest && narrowed) && (!narrowed || STANDING_NAMED.test(lead)) && !STANDING_ORDER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12))
    }))
  }
  // A named member of staff's sick leave.
  if (!q.has(SICK_PUBLIC)) emitAll(q, doc, t, SICK_LEAVE_NAMED, 'confidential/personnel', emit, spans, once((m) => notAware(m) && sickWhoKnown(t, m)))
  // A contract's figure while its internal approval is still to come.
  if (q.has(CONTRACT_TALK) && !q.has(APPROVAL_NOTICE)) {
    emitAll(q, doc, t, APPROVAL_AHEAD, 'confidential/pre-release', emit, spans, once((m) => {
      const { here, prev } = around3(m)
      const region = t.slice(prev.start, here.end)
      return notAware(m) && new RegExp(VALUE58, 'u').test(region) && CONTRACT_TALK.test(region)
    }))
  }
  // A budget request's sums put to the finance section.
  if (q.may(REQUEST_PUT) && BUDGET_INSIDE.test(t) && /要求|要望/u.test(t) && !BUDGET_OUT58.test(t) && !REQUEST_PUBLIC.test(t)) {
    emitAll(q, doc, t, REQUEST_PUT, 'confidential/budget', emit, spans, once(notAware))
  }
  // A colleague's penalty told.
  // (Review of conf59, rvconf59: not a penalty supposed, 先輩が減給になったらどうしよう; 処分を受けても.)
  if (!q.has(PENALIZED_PUBLIC)) emitAll(q, doc, t, PENALIZED, 'confidential/personnel', emit, spans, once((m) => notAware(m) && !/^(?:た|だ)?(?:ら(?!し)|ては|ても|でも|れば|ちゃったら)/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 6))))
  // A worker let go for misconduct.
  if (!q.has(LET_GO_PUBLIC)) emitAll(q, doc, t, STAFF_LET_GO, 'confidential/personnel', emit, spans, once(notAware))
  // A rule not to put a matter out, then the matter told in that sentence or the next.
  emitAll(q, doc, t, NOT_OUT_RULE, 'confidential/pre-release', emit, spans, once((m) => {
    const { here, next } = around3(m)
    const told = t.slice(m.index + m[0].length, Math.max(here.end, next.end))
    const held = t.slice(here.start, m.index)
    return notAware(m) && RULE_HELD_BREAKDOWN.test(held) && RULE_TOLD.test(told) && !PUBLIC_PART.test(told) && !RULE_HELD.test(told) && !published(told)
  }))
  // A figure told, then labelled unpublished.
  emitAll(q, doc, t, UNPUBLISHED_FIGURE, 'confidential/pre-release', emit, spans, once((m) => {
    const { here, prev } = around3(m)
    const subject = t.slice(here.start, m.index)
    const earlier = t.slice(prev.start, here.start)
    const told = FIGURE_BACKREF.test(subject) || (earlier.match(new RegExp(FIG59.source, 'gu')) ?? []).length >= 2
    return notAware(m) && told && FIG59.test(t.slice(prev.start, here.end)) && !FIGURE_HELD.test(t.slice(here.start, here.end)) && !aware(t.slice(prev.start, here.end))
  }))
}
/*
 * conf60 kinds (blind R325C: staff of schools, nurseries, the fire service, the hospital and the waterworks telling an internal matter in
 * good faith). Each is read as a kind, in the wordings a member of staff would use; they are read only where the paragraph has no finding
 * of the family yet, as the conf56 kinds are.
 * - A test or a measurement's finding (…が暫定目標値の8割ほどの値で検出されました) while its formal release is said to come later (正式な
 *   公表は再検査の結果がそろう来月になります; 正式な発表はまだ; 公表前): TEST_FINDING with FORMAL_LATER60. A finding announced, nothing
 *   found (検出されませんでした) and a release promised with nothing told stay clean.
 * - An incident (給食に金属片が混じっていた件, 誤って, けが) while those it concerns are said not yet told (学校や保護者の皆さんへのお知らせは、
 *   原因がはっきりしてからにする予定; 保護者への説明はまだ): AFFECTED_NOT_TOLD60 with INCIDENT60. A change decided inside (…を3人から2人に
 *   減らすことが、院内の会議で決まりました) with those affected not yet told: the same, with DECIDED_INSIDE. A notice being sent (お知らせを
 *   配布しました, これから配布します), an apology and an event's date stay clean.
 * - An arrangement made inside a unit on where cases go because of a gap in staffing (内科当直ひとりだけの日が多く…久留米方面の病院へ運ぶよう、
 *   隊内で申し合わせています): INSIDE_AGREED with DIVERTED and SHORTFALL. A safety habit agreed (マスクの着用を申し合わせ) and a
 *   hospital's own notice of where to go stay clean.
 * - A sum the city offered in talks still awaiting the other side's answer (年間1,200万円の派遣協力金をお示ししており、…先方のお返事を待って
 *   いる): OFFERED60 with AWAIT. A request for a subsidy, a deal concluded and consumer advice stay clean.
 * - A criterion said not to be in the published guide, told with its figure (満点基準を40回に引き上げました。募集要項には載せていない基準
 *   ですが): NOT_IN_GUIDE. A question answered by pointing to the guide, and a refusal, stay clean.
 * - A count of families under watch at one unit, from a case conference (見守りが必要なおうちが園全体で7世帯…2世帯は児童相談所とも連絡):
 *   CASE_AT_UNIT, and the family's CASE_MEETING_HELD read with 今年度 as no published year. A city-wide yearly count published stays clean.
 * - An exam to come, with where a question sits or what it is built on (算数は、…運賃を使った割合の問題が大問二に入っています): QUESTION_PLACED;
 *   a passage chosen for an exam being set (今年の国語の長文は、北原白秋の随筆から「水郷柳河」の一節を選びました): EXAM_SOURCE; an essay's
 *   theme with words between (作文、今年のテーマは「…」に決まりました): EXAM_THEME60; an interview question set (受験者全員に、最初に「…か」を
 *   聞くことにしています): QUESTION_SET. Past papers, scopes, results, a contest's theme and a class's lesson stay clean.
 * - A selection's results counted (申込３１２人に対して入所決定が２４１人, 合格は十一人になりました; ボーダーは…38点) while the notice or the
 *   announcement is still to come (結果通知の発送は2月14日です; 発表は来週): RESULT_COUNT with RESULT_NOTICE_LATER. A plan of how many to
 *   hire, a published result, last year's figures and a citizens' test stay clean.
 * - A figure labelled as before the council (議会にかける前の金額なので, 議決前の契約額): BEFORE_COUNCIL with a figure; a price got down in
 *   talks said to be kept here (4,300万円まで下げてもらいました…ここだけで): NEGOTIATED_DOWN. A public comment before the council and a
 *   refusal stay clean.
 * - A budget request's sum with how the internal assessment went (来年度予算で３億８，０００万円を要求し、…財政課との協議でほぼ満額認めて
 *   もらえました): REQUESTED60. A budget published (当初予算案を公表しました…計上) stays clean.
 * - A member of staff's discipline under way (署員一人が、…飲酒に関わる件で現在懲戒の手続きに入っています; 処分の内容は来月の審査会で決まります):
 *   DISCIPLINE_UNDERWAY. A penalty announced with an apology, a promise to publish once decided and a rule of procedure stay clean.
 * - A colleague's move decided while the formal notice is still to come (教頭先生が他校へ転任されることが決まっています。…正式なお知らせは
 *   3月末の新聞発表の後になりますが): MOVE_DECIDED. Moves published and one's own 内示 stay clean.
 */
const N60 = '[0-9〇一二三四五六七八九十百千][0-9〇一二三四五六七八九十百千,]{0,12}'
/** The formal release or notice said to come later (正式な公表は…来月になります; 正式なお知らせは…予算発表までお待ちください). */
const FORMAL_LATER60 =
  /(?:(?:正式|公式)(?:な|の|に)?|確定(?:値|版|結果)?の)(?:(?:結果|数値|数字|データ|値|ご案内)の)?(?:公表|発表|お知らせ|ご報告|報告|公開|通知|ご案内|発表資料)(?:は|が)[、,]?[^。！？!?\n]{0,30}?(?:(?:来月|来週|後日|年明け|来年|週明け|月末|年度末|[0-9]{1,2}月|[0-9]{1,2}日|以降|あと|後|てから|でから|そろ(?:う|って)|出(?:る|て)|まとま(?:る|って))(?:に|と)?(?:なり(?:ます|そう)|なる(?:予定|見込み)?|の予定|予定|を予定|します|いたします|行います|です)|まで(?:お待ち|待って|もう少し|しばらく)|まだ(?:です|先|これから|出て))|(?:正式|公式)(?:な|の)?(?:公表|発表|お知らせ)(?:を|まで)[、,]?(?:待って|お待ち)|(?:公表|発表)(?:前|はまだ|はこれから)|まだ(?:公表|発表)(?:して|され)(?:い)?(?:ない|ません)/u
/** A test or a measurement's finding (…の値で検出されました; 基準値の8割; 0.05mg/L). */
const TEST_FINDING =
  /(?:検出(?:され(?:まし)?た|されて(?:い|お)|しました|した)|(?:基準値|目標値|暫定目標値|指針値|管理目標値|上限値|規制値|基準)(?:の[0-9一二三四五六七八九十.]+(?:割|%|倍)|を(?:超え|上回|下回)|に(?:近い|迫る|近づ))|[0-9][0-9.]{0,12}(?:mg|μg|ng|ppm|ppb|Bq|ベクレル|ミリグラム|マイクログラム|ナノグラム|マイクロシーベルト)|(?:菌|ウイルス|化合物|アスベスト|石綿|鉛|ヒ素|水銀|PFAS|PFOS|PFOA|有害物質)(?:が|も)[^。！？!?\n]{0,12}?(?:見つか(?:りました|った)|出ました|出た))/gu
const TEST_CONTEXT = /検査|測定|分析|調査|採水|水質|モニタリング|測った|計測/u
const TEST_NONE = /(?:されません|されず|ありません|ありませんでした|なかった|不検出|検出限界未満|未満でした)/u
const RELEASED = /(?:公表|発表|公開|掲載)(?:しました|いたしました|されました|して(?:い|お)(?:ます|ります))|ホームページ|市HP|お詫び|おわび|記者会見を(?:開|行)/u
/** Those a matter concerns, said not yet told (保護者の皆さんへのお知らせは、…してからにする予定; 患者さんやご家族への説明はまだこれから). */
const AFFECTED = '(?:保護者|学校|利用者|入所者|入居者|患者|家族|ご遺族|遺族|住民|地元|自治会|区長|関係者|児童|生徒|子ども|子供|お子さん|市民|当事者|被害者|本人|対象者|受給者|契約者|組合|利用者|乗客|お客様|入院中の方)'
const AFFECTED_NOT_TOLD60 = new RegExp(
  `${AFFECTED}(?:さん|様|さま)?(?:の(?:皆さん|皆様|皆さま|方々|方))?(?:には|にも|へは|にさえ)[、,]?(?:まだ)[^。！？!?\\n]{0,8}?(?:伝えて|知らせて|お知らせして|ご説明して|説明して|報告して|ご報告して|連絡して|言って|話して|お伝えして)(?:い|お)?(?:ない|ません|らん|ん)|` +
  `${AFFECTED}(?:さん|様|さま)?(?:の(?:皆さん|皆様|皆さま|方々|方))?(?:(?:や|と|・|、)[^。！？!?\\n、]{0,12}?)?(?:へ|に|に対して|に対する|向け)(?:の)?(?:ご|お)?(?:お知らせ|知らせ|説明|報告|連絡|通知|周知|公表|案内|話)(?:は|が|も)[、,]?[^。！？!?\\n]{0,24}?(?:まだ|未だ|済んで(?:い)?(?:ない|ません)|して(?:い)?(?:ない|ません)|できて(?:い)?(?:ない|ません)|前(?:です|なので|ですので|ですが|だけど|やけど|の段階|なん)|これから(?:です|なので|ですが|なん|で|の段階)|(?:て|で)から(?:に(?:する|します|したい|なる|なります)|の予定)|(?:の)?(?:後|あと)に(?:なり|なる|する|します))`,
  'gu',
)
/** An incident (異物の混入, 誤って, けが, 紛失). */
const INCIDENT60 = /異物|混入|混じ|金属片|ガラス片|事故|ミス|誤(?:って|り|配|送|交付|投与|接種|飲|嚥|請求|徴収|支給|発送)|取り違え|ケガ|けが|怪我|負傷|骨折|転倒|転落|紛失|漏えい|漏洩|流出|盗難|食中毒|ノロ|集団感染|体調不良|アレルギー|不具合|破損|体罰|いじめ|不祥事|不適切/u
/** A change decided inside (院内の会議で決まりました; 課内の打合せで決定しました). */
const DECIDED_INSIDE = /(?:院内|庁内|課内|部内|署内|園内|校内|局内|所内|館内|社内|施設内|センター内|事業所内|内部|幹部|職員|経営)(?:の)?(?:会議|打ち合わせ|打合せ|協議|話し合い|検討会|委員会|運営会議|幹部会|会合)(?:で|にて|において)[、,]?[^。！？!?\n]{0,10}?(?:決ま|決定|了承|承認|固ま|まとま)/u
/** A practice stated for any case (けがをしたときは…連絡は手当の後になることもあります): no event told. */
const GENERIC_PRACTICE = /こともあ|場合(?:は|に|も|が)|(?:とき|時|際)(?:は|には)|たら[、,]/u
const NOTICE_GOING_OUT = /(?:配布|配付|送付|郵送|発送|お送り)(?:しました|いたしました|済み)|説明会を(?:開きました|行いました|開催しました)/u
/** An arrangement made inside a unit (隊内で申し合わせています, 署内の取り決めで). */
const INSIDE_AGREED =
  /(?:隊内|署内|院内|課内|庁内|部内|係内|園内|校内|局内|班内|内々|内部|隊員|職員|スタッフ|医師|現場)(?:の間|同士|みんな)?(?:で|では)[、,]?[^。！？!?\n]{0,6}?(?:申し合わせ|申合せ|取り決め|取決め|決めて(?:い|お)|ルール(?:化|に)して|統一して)|(?:隊内|署内|院内|課内|庁内|部内|係内|園内|校内|局内|内部|内々)の(?:申し合わせ|申合せ|取り決め|取決め|ルール|約束事)/gu
/** …on where or whether cases go (…の病院へ運ぶよう, 受け入れないことに, 回すように). */
const DIVERTED = /(?:運ぶ|運んで|搬送する|搬送して|回す|回して|断る|お断りする|受け入れない|受けない|後回しにする|見送る|連れて行く|送る)(?:よう|ように|ことに|方針)/u
/** …because of a gap in staffing (内科当直ひとりだけ, 医師がいない, 受け入れが難しい). */
const SHORTFALL = /当直(?:医)?(?:が)?(?:ひとり|一人|1人|不在|いない)|手薄|人手(?:が)?(?:不足|足りな)|人員(?:が)?(?:不足|足りな)|(?:医師|看護師|職員|専門医|当直医|小児科医|救急医)(?:が)?(?:いない|不在|足りな|不足|ひとり|一人|1人)|(?:ひとり|一人|1人)だけ|受け入れ(?:が|を)?(?:でき(?:ない|ず)|難し|制限|停止|困難|止め)|休診/u
/** A sum the city offered in talks (年間1,200万円の派遣協力金をお示ししており). */
const OFFERED60 = new RegExp(
  `${VALUE58}(?:の[^。！？!?\\n]{0,14}?)?(?:を|で)[、,]?(?:[^。！？!?\\n、,]{0,8}?(?:に|へ)(?:は)?[、,]?)?(?:お示し|ご提示|提示|ご提案|提案|打診)(?:(?:し|いたし)(?:て(?:おり|います|いる|あり)|ました|た)|中|済み|しとる|しちょる)`,
  'gu',
)
/** …the answer awaited (先方のお返事を待っている; 回答待ち; ご判断をいただく予定). */
const AWAIT = /(?:お返事|ご返事|返事|ご回答|回答|返答|ご判断|判断|ご検討|結論)(?:を|が)?[^。！？!?\n]{0,6}?(?:待って|待ち|お待ち|待つ|いただく予定|もらう予定|来る予定)|(?:返事|回答|返答)待ち|(?:話し合い|交渉|協議)を続けて/u
const OFFER_OUT = /補助|助成|交付金|寄附|寄付|ふるさと納税|相談窓口|消費生活|合意しました|合意いたしました|合意に至|締結|契約しました|妥結|公表し|発表し|ホームページ|市HP|議決|可決/u
/** A criterion said not to be in the published guide (募集要項には載せていない基準ですが; 非公表の採点基準). */
const CRITERION = '(?:基準|採点基準|配点|合格基準|合格ライン|評価基準|評価項目|採点項目|満点基準|条件|ライン|目安|内規|ルール)'
const NOT_IN_GUIDE = new RegExp(
  `(?:募集要項|要項|要綱|受験案内|試験案内|案内|ホームページ|公表資料|要領|パンフレット|チラシ)(?:に|には|にも|では)[、,]?(?:載せて|載って|書いて|記載して|記載されて|掲載して|掲載されて|明記して|明記されて|示して|出して|公表して)(?:い)?(?:ない|ません)(?:が|けど)?[、,]?(?:という|って)?${CRITERION}` +
    `|(?:非公表|非公開|公表していない|公開していない|外には?出していない|表には?出していない)の(?:内部)?${CRITERION}`,
  'gu',
)
/** …the criterion told with its figure (腕立て伏せの満点基準を40回に, 50m走は8秒以内). */
const CRITERION_FIGURE = /[0-9〇一二三四五六七八九十百]+(?:回|点|秒|分|%|メートル|m|キロ|kg|cm|センチ|位|割|ポイント)/u
/** Families under watch counted at one unit (見守りが必要なおうちが園全体で7世帯; 2世帯は児童相談所とも連絡を取り合っています). */
const CASE_AT_UNIT = new RegExp(
  `(?:見守りが必要|見守りの必要|見守り対象|見守っている|要保護|要支援(?!学級)|虐待(?:が|の)疑われる|ネグレクト(?:が|の)疑われる|気になる(?:ご)?家庭|心配な(?:ご)?家庭)[^。！？!?\\n]{0,12}?(?:園全体|園内|当園|本園|うちの園|この園|本校|当校|学校全体|校内|全校|クラス|学級|学年|病棟|施設全体|施設内)(?:で|に|では|には)?[、,]?(?:は|も)?${N60}(?:世帯|家庭|人|名|件|家族|ケース|組|軒)` +
    `|${N60}(?:世帯|家庭|人|名|家族|組|軒)(?:は|が|とも|も)?[、,]?(?:児童相談所|児相)(?:と|とも|に|へ)[^。！？!?\\n]{0,6}?(?:連絡|連携|相談|つない|通告|情報共有)`,
  'gu',
)
const CASE_UNIT_OUT = /市全体|全国|県内|統計|白書|公表|ホームページ|市HP|研修|啓発|以上の|未満の|の場合/u
/** A published year of counts (昨年度の相談件数, 令和5年度): 今年度 alone is no publication. */
const CASE_YEAR_PUBLIC = /(?:昨年度|前年度|令和[0-9元]+年度|平成[0-9元]+年度|年度末|年度の(?:相談|通告|件数|実績))|ホームページ|市HP|公表|統計|白書|報告書|研修|啓発|代表者会議/u
/** An exam subject (算数は, 国語の長文). */
const SUBJECT60 = '(?:国語|算数|数学|英語|理科|社会|地理|歴史|公民|物理|化学|生物|教養|専門|一般教養|適性|作文|論文|小論文|リスニング|読解|記述|長文|古文|漢文)'
/** Where a question sits in an exam to come or what it is built on (割合の問題が大問二に入っています; 大問3は…を使った問題です). */
const QUESTION_PLACED = new RegExp(
  `(?:${SUBJECT60}|試験|テスト|調査|入試)(?:は|では|には|で)[、,]?[^。！？!?\\n]{2,40}?(?:問題|設問|文章|題材|長文|問い|グラフ|資料|文章題)(?:が|を|も)[、,]?[^。！？!?\\n]{0,8}?(?:大問|第|問)[0-9一二三四五六七八九十]+(?:問)?(?:に|で|として)[、,]?(?:入って|入り|入れ|出し|出ます|出る|出題|登場|使)` +
    `|(?:大問|第)[0-9一二三四五六七八九十]+(?:問)?(?:は|では|で|に|には)[、,]?[^。！？!?\\n]{2,30}?(?:を使った|を題材に(?:した)?|についての|に関する|をテーマに(?:した)?|を扱った)(?:問題|出題|設問|文章|長文)(?:です|になります|が(?:出|入)|を(?:出|入れ))` +
    `|(?:今年|今回|本番|明日|明後日|来週|次)の${SUBJECT60}(?:は|では)[、,]?[^。！？!?\\n]{2,30}?(?:を使った|を題材に(?:した)?|を扱った|が出てくる|をテーマに(?:した)?)(?:問題|設問|文章題|長文|出題)(?:が|を)[^。！？!?\\n]{0,6}?(?:出ます|出題され(?:ます|る)|出題します|入って|出します|入れて|用意)`,
  'gu',
)
const EXAM_WORD60 = /学力調査|学力テスト|学力検査|テスト|試験|入試|検定|考査|選抜|作問/u
const EXAM_AHEAD60 = /明日|あした|あす|明後日|あさって|来週|来月|来春|今度|次回|本番|当日|受験生|受験する|受験される|受ける|に向けて|に向けた|に向け|控え|迎え|頑張|がんば/u
const EXAM_OUT60 = /過去問|過去の|昨年|去年|前年|前回|例年|出題範囲|範囲|解答速報|解説|例題|見本|サンプル|公開されて|公表されて|結果|正答率|でした|されました|出ました/u
/** A passage chosen for an exam being set (長文は、…の一節を選びました). */
const EXAM_SOURCE =
  /(?:長文|本文|課題文|題材|出典|読解問題|英文|古文|漢文|詩|小説|評論|随筆|説明文|物語文|リスニング|作品)(?:は|には|として|で)[、,]?[^。！？!?\n]{2,40}?(?:を選びました|を選んで|を選び|に決めました|にしました|を採用し|を使います|を使うことに|から出題し|から出します|を出題し|から取りました|から選びました|に決まりました)/gu
const EXAM_SETTING = /作問|問題作成|問題づくり|問題を作|出題|入試|入学者選抜|選抜|学力検査|採用試験|試験問題|テスト問題/u
/** An essay's theme with words between (作文、今年のテーマは「…」に決まりました). */
const EXAM_THEME60 = new RegExp(
  `${EXAM_PART}(?:試験)?[、,]?[^。！？!?\\n「」『』]{0,10}?(?:テーマ|課題|題目|お題|題)(?:は|が)[、,]?[「『][^「」『』\\n]{2,60}[」』](?:に|と)(?:決まり|決定し|なり|しまし|決め)`,
  'gu',
)
/** An interview question set for all (受験者全員に、最初に「…か」を聞くことにしています). */
const QUESTION_SET =
  /「[^「」\n]{4,60}(?:か|ください|下さい|\?|なさい)」(?:(?:と|や|、)「[^「」\n]{2,60}」){0,3}(?:を|と|って|という(?:質問|問い)を|の(?:質問|問い)を)[、,]?[^。！？!?\n「」]{0,8}?(?:聞く|質問する|尋ねる|問う|お聞きする|お尋ねする)(?:こと(?:に|と)(?:して|し|なって|決め|なり)|予定|つもり|方針|ことが決ま)/gu
const INTERVIEW = /面接|試験|選考|受験/u
/** A selection's results counted (入所決定が２４１人; 合格は十一人; ボーダーは…38点). */
const RESULT_COUNT = new RegExp(
  `(?:合格(?:者)?|入所決定(?:者)?|入所内定|入園決定|採用決定|採用内定|内定(?:者)?|当選(?:者)?|通過(?:者)?|採用者|決定者)(?:数)?(?:は|が)[、,]?[^。！？!?\\n]{0,8}?${N60}(?:人|名|世帯|組|社|団体)(?!(?:程度|以内|まで|を予定|の予定|予定|を募集|募集|以上))` +
    `|${N60}(?:人|名)(?:の方)?(?:が)[、,]?(?:合格|採用決定|内定|当選|入所決定|入所が決ま|通過)(?!予定|の予定|を予定)` +
    `|(?:合格|採用|内定|当選|通過)(?:した|された|となった|が決まった|できた)(?:の|方)(?:は|が)[、,]?${N60}(?:人|名)` +
    `|(?:合格者|内定者|当選者|入所決定者|採用決定者)${N60}(?:人|名)(?!(?:程度|以内|まで|を予定|の予定|予定|を募集|募集|以上))` +
    `|(?:申込|申し込み|応募|受験|志願)(?:者)?(?:は|が)?${N60}(?:人|名|件)に対し(?:て)?[、,]?[^。！？!?\\n]{0,12}?${N60}(?:人|名|件)` +
    `|(?:ボーダー(?:ライン)?|合格ライン|合格最低点|最低点|合格基準点|足切り(?:ライン|点)?|当落線)(?:は|が)[、,]?[^。！？!?\\n]{0,14}?${N60}(?:点|ポイント)`,
  'gu',
)
/** …while the notice or the announcement is still to come (結果通知の発送は2月14日です; 発表は来週なので). */
const RESULT_NOTICE_LATER =
  /(?:結果|合否|選考結果|合格|採否|審査結果)?(?:の)?(?:通知|発表|公表|お知らせ|ご連絡|連絡)(?:書)?(?:の)?(?:発送|送付|郵送)?(?:は|が)[、,]?[^。！？!?\n]{0,16}?(?:来週|来月|後日|明日|あす|週明け|[0-9]{1,2}月|[0-9]{1,2}日|予定|これから|まだ)|(?:発表|通知|公表)(?:前|まで)|まだ(?:通知|発表|公表|お知らせ)(?:して|され|前)|待って(?:て)?(?:ください|くださいね|ね)|お待ちください/u
const RESULT_OUT = /(?:合格|結果|合格者)(?:を|の)?(?:発表|公表|掲載|通知)(?:しました|いたしました|されました)|受験番号を(?:掲載|公表)|ホームページ|市HP|昨年|前年|昨年度|例年|過去|検定|コンテスト|コンクール|大会|抽選会/u
/**
 * …not a count given as a concession before the rest is held back (合格者は3名ですが、それまでは私からは何も言わないでおきますね): the writer
 * keeps who they are until the notice.
 */
const RESULT_CONCEDED = /^(?:です|でした|だ)?(?:が|けど|けれど)[、,]?(?:それまで|詳し|名前|氏名|誰|どなた|個別|どの方)/u
const RESULT_SELECTION = /採用|選考|入所|入園|面接|試験|選抜|審査|内定/u
/** A figure labelled as before the council (議会にかける前の金額なので; 議決前の契約額). */
const BEFORE_COUNCIL =
  /(?:議会|市議会|委員会|全員協議会|理事会|議決)(?:に|へ|で)?(?:かける|諮る|お諮りする|出す|提案する|上程する|提出する|報告する|説明する|お示しする)?前の(?:金額|数字|額|価格|値段|数値|案|内容|話|情報|データ|見積(?:もり|り)?|契約額|予算額)|(?:(?:議会|市議会|委員会|全員協議会|理事会)(?:に|へ|で)(?:かける|諮る|お諮りする|出す|提案する|上程する|提出する|報告する|説明する|お示しする)|議決|(?:議会|委員会)(?:への|に)?(?:提出|上程|提案|報告|説明))前(?:なので|ですので|ですが|だけど|やけど|ばってん|で[、,])/gu
const COUNCIL_FIGURE = new RegExp(`${VALUE58}|[0-9０-９][0-9,]*(?:人|件|台|%|％|世帯)`, 'u')
const COUNCIL_OUT = /パブリックコメント|意見募集|ご意見|説明会を(?:開|行|開催)|公表し|発表し|ホームページ|市HP|議決されました|可決|お答え(?:でき|いたしかね|は控え)|控えさせ|差し控え/u
/** A price got down in talks (4,300万円まで下げてもらいました). */
const NEGOTIATED_DOWN = new RegExp(
  `${VALUE58}(?:まで|に)[、,]?(?:下げて|値引きして|まけて|安くして|抑えて|引き下げて)(?:もら|いただ|くれ|くださ)`,
  'gu',
)
const HELD_HERE = /ここだけ|内緒|ないしょ|内密|オフレコ|🤫|まだ言え|まだ公表|まだ発表|議会に(?:かける|出す|諮る|提案する)前|議決前/u
const NEGOTIATED_SETTLED = /契約しました|契約を締結|締結しました|落札|入札結果|議決|可決|公表し|発表し|ホームページ|市HP/u
/** A budget request's sum with how the internal assessment went (来年度予算で３億８，０００万円を要求し、…ほぼ満額認めてもらえました). */
const REQUESTED60 = new RegExp(
  `(?:予算|予算要求|要求)(?:で|として|に|は)[、,]?${VALUE58}(?:を|の)[、,]?(?:予算)?(?:要求|要望)(?:し|して|した|しています|しました|を出し)` +
    `|${VALUE58}(?:を|の)(?:予算)?要求(?:を出し|を上げ|を提出|し(?:て|た|ました|ています|ており))` +
    `|(?:予算)?要求額(?:は|が)[、,]?${VALUE58}`,
  'gu',
)
const ASSESSED = /財政課|財政担当|財政当局|査定|満額|全額(?:を)?認め|認めて(?:もらえ|いただけ|もら|いただ)|認められ|ついた|付いた|削られ|カットされ/u
const REQUEST_OUT = /概算要求|国の予算|政府予算|(?:国|政府|県)(?:に|へ)(?:の)?(?:予算)?(?:要求|要望)|要求状況|(?:予算案|予算)(?:を|が)?(?:発表|公表)(?:しました|されました|いたしました)|可決|議決|成立し|決算|ホームページ|市HP/u
/** A member of staff's discipline under way (懲戒の手続きに入っています; 処分の内容は来月の審査会で決まります). */
const DISCIPLINE_UNDERWAY =
  /(?:懲戒|処分|分限)(?:処分)?(?:の|に向けた|を前提とした)?(?:手続き|手続|審査|検討)(?:に入って|に入り|に入りました|を進めて|を始めて|中|にかけ)|(?:処分|懲戒)(?:の内容|の程度|の量定)?(?:は|が)[、,]?(?:来月|来週|次回|今月|月内|近く|週明け|[0-9]{1,2}日)(?:の)?[^。！？!?\n]{0,12}?(?:審査会|審査委員会|委員会|会議)で(?:決ま|決定|決め|判断)/gu
const DISCIPLINE_OUT60 = /次第[、,]?(?:公表|お知らせ|発表|ご報告)|お詫び|おわび|申し訳|記者|報道|処分しました|処分といたしました|懲戒処分と(?:しました|いたしました)|処分を行いました|他の自治体|他市|全国|指針|規程|規則/u
/** A colleague's move decided (教頭先生が他校へ転任されることが決まっています). */
const MOVE_DECIDED =
  /(?:(?:教頭|校長|副校長|園長|副園長|所長|館長|課長|部長|係長|局長|次長|室長|署長|院長|看護師長|師長|主任|担任)(?:先生|さん)?|(?<![\p{Script=Han}])[\p{Script=Han}]{1,4}(?:先生|さん))(?:が|は)[、,]?[^。！？!?\n]{0,20}?(?:転任|転勤|異動|転出|退職|退任|昇任|昇格|栄転|離任)(?:(?:される|する|となる|になる|なさる)?(?:こと)?(?:が|に)(?:決まって|決まり|決定し|なって|なりました)|(?:されます|します|となります|になります|の予定です|予定です|されるそうです))/gu
const MOVE_LATER = /(?:新聞|報道|記者)発表(?:の)?(?:前|後|まで|は)|内示|辞令(?:は|の交付は)?(?:まだ|これから|前)|(?:公表|発表)(?:前|はまだ|はこれから|されるまで)|ここだけ|内緒|ないしょ|オフレコ/u
const MOVE_OUT60 = /(?:人事異動|異動|人事)(?:を|について|が)?(?:発表|公表|発令)(?:しました|いたしました|されました)|発表されたとおり|発表のとおり|新聞でも|報道のとおり|着任しました|就任しました|ホームページ|市HP/u
const TEST_RESULT_DISCIPLINE_AND_MOVE_GATE = new ParagraphGate([
  FORMAL_LATER60, TEST_FINDING, TEST_CONTEXT, RELEASED, AFFECTED_NOT_TOLD60, INCIDENT60, DECIDED_INSIDE, NOTICE_GOING_OUT,
  INSIDE_AGREED, DIVERTED, SHORTFALL, OFFERED60, AWAIT, OFFER_OUT, NOT_IN_GUIDE, CRITERION_FIGURE, CASE_AT_UNIT, CASE_UNIT_OUT,
  QUESTION_PLACED, EXAM_WORD60, EXAM_AHEAD60, EXAM_SOURCE, EXAM_SETTING, EXAM_THEME60, QUESTION_SET, INTERVIEW,
  RESULT_COUNT, RESULT_NOTICE_LATER, RESULT_OUT, RESULT_SELECTION, BEFORE_COUNCIL, COUNCIL_OUT, NEGOTIATED_DOWN, HELD_HERE,
  NEGOTIATED_SETTLED, REQUESTED60, ASSESSED, REQUEST_OUT, DISCIPLINE_UNDERWAY, DISCIPLINE_WHO, DISCIPLINE_OUT60, MOVE_DECIDED,
  MOVE_LATER, MOVE_OUT60,
])
/** The test-result, discipline and move kinds (first caught as conf60) (see the comment above N60), run after the conf59 ones. */
export function runTestResultDisciplineAndMoveKinds({ input, t, p, spans, notAware, aware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = TEST_RESULT_DISCIPLINE_AND_MOVE_GATE.scan(t)
  const sentence = (at: number, to: number): Span => sentenceAround(t, at, to)
  const sentenceText = (m: RegExpExecArray): string => {
    const s = sentence(m.index, m.index + m[0].length)
    return t.slice(s.start, s.end)
  }
  // A test's finding while its formal release is said to come later.
  if (q.has(FORMAL_LATER60) && q.has(TEST_CONTEXT) && !q.has(RELEASED)) {
    emitAll(q, doc, t, TEST_FINDING, 'confidential/pre-release', emit, spans, once((m) => {
      const here = sentenceText(m)
      return notAware(m) && !TEST_NONE.test(here) && !published(here)
    }))
  }
  // An incident, or a change decided inside, while those it concerns are not yet told.
  if (q.may(AFFECTED_NOT_TOLD60) && !q.has(NOTICE_GOING_OUT)) {
    const incident = q.has(INCIDENT60) && !INCIDENT_ANNOUNCED.test(t)
    const decided = q.has(DECIDED_INSIDE)
    if (incident || decided) {
      emitAll(q, doc, t, AFFECTED_NOT_TOLD60, incident ? 'confidential/incident' : 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !GENERIC_PRACTICE.test(sentenceText(m)) && !published(t) && !aware(t)))
    }
  }
  // An arrangement made inside a unit on where cases go, because of a gap in staffing.
  if (q.has(DIVERTED) && q.has(SHORTFALL)) {
    emitAll(q, doc, t, INSIDE_AGREED, 'confidential/staff-only', emit, spans, once((m) => {
      const s = sentence(m.index, m.index + m[0].length)
      return notAware(m) && DIVERTED.test(t.slice(s.start, s.end)) && !published(t.slice(s.start, s.end))
    }))
  }
  // A sum offered in talks still awaiting the other side's answer.
  if (q.has(AWAIT) && !q.has(OFFER_OUT) && !CONSUMER.test(t)) {
    emitAll(q, doc, t, OFFERED60, 'confidential/negotiation', emit, spans, once(notAware))
  }
  // A criterion not in the published guide, told with its figure.
  if (q.has(CRITERION_FIGURE)) {
    emitAll(q, doc, t, NOT_IN_GUIDE, 'confidential/staff-only', emit, spans, once((m) => {
      const s = sentence(m.index, m.index + m[0].length)
      const prev = s.start > 0 ? sentence(s.start - 1, s.start - 1) : s
      const region = t.slice(prev.start, s.end)
      return notAware(m) && CRITERION_FIGURE.test(region) && !RULE_HELD.test(t.slice(s.start, s.end)) && !published(region)
    }))
  }
  // Families under watch counted at one unit; a case conference named, its cases counted in this year's words.
  if (!q.has(CASE_UNIT_OUT)) emitAll(q, doc, t, CASE_AT_UNIT, 'confidential/duty-secret', emit, spans, once(notAware))
  if (p.has(CASE_CONFERENCE_WORDS) && p.has(CASE_TOLD)) {
    emitAll(p, doc, t, CASE_MEETING_HELD, 'confidential/meeting', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentence(m.index, end)
      const after = t.slice(end, Math.min(t.length, end + 150))
      const window = t.slice(here.start, Math.min(t.length, end + 150))
      return notAware(m) && CASE_TOLD.test(after) && !CASE_YEAR_PUBLIC.test(window) && !published(window)
    }))
  }
  // An exam to come: where a question sits, the passage chosen, the essay's theme, an interview question set.
  if (q.has(EXAM_WORD60) && q.has(EXAM_AHEAD60)) {
    const notPast = (m: RegExpExecArray): boolean => {
      const here = sentenceText(m)
      return notAware(m) && !EXAM_OUT60.test(here) && !EXAM_PRACTICE_CLASS.test(t) && !published(here)
    }
    emitAll(q, doc, t, QUESTION_PLACED, 'confidential/pre-release', emit, spans, once(notPast))
    if (q.has(EXAM_SETTING)) emitAll(q, doc, t, EXAM_SOURCE, 'confidential/pre-release', emit, spans, once(notPast))
  }
  if (p.has(EXAM_NAMED) && p.has(EXAM_TO_COME) && !p.has(EXAM_THEME_PUBLIC)) {
    emitAll(q, doc, t, EXAM_THEME60, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !EXAM_PRACTICE_CLASS.test(t) && !EXAM_PUBLISHED_PART.test(sentenceText(m))))
  }
  if (q.has(INTERVIEW) && p.has(EXAM_TO_COME)) {
    emitAll(q, doc, t, QUESTION_SET, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !EXAM_PRACTICE_CLASS.test(t) && !EXAM_PUBLISHED_PART.test(sentenceText(m))))
  }
  // A selection's results counted while the notice or the announcement is still to come.
  if (q.has(RESULT_NOTICE_LATER) && q.has(RESULT_SELECTION) && !q.has(RESULT_OUT)) {
    emitAll(q, doc, t, RESULT_COUNT, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !RESULT_CONCEDED.test(t.slice(m.index + m[0].length, m.index + m[0].length + 16)) && !published(t)))
  }
  // A figure labelled as before the council; a price got down in talks, kept here or before the council.
  if (q.has(COUNCIL_FIGURE) && !q.has(COUNCIL_OUT)) {
    emitAll(q, doc, t, BEFORE_COUNCIL, 'confidential/pre-release', emit, spans, once((m) => {
      const s = sentence(m.index, m.index + m[0].length)
      const prev = s.start > 0 ? sentence(s.start - 1, s.start - 1) : s
      return notAware(m) && COUNCIL_FIGURE.test(t.slice(prev.start, s.end)) && !published(t)
    }))
  }
  if (q.has(HELD_HERE) && !q.has(NEGOTIATED_SETTLED)) emitAll(q, doc, t, NEGOTIATED_DOWN, 'confidential/negotiation', emit, spans, once(notAware))
  // A budget request's sum with how the internal assessment went.
  if (q.has(ASSESSED) && !q.has(REQUEST_OUT)) emitAll(q, doc, t, REQUESTED60, 'confidential/budget', emit, spans, once((m) => notAware(m) && !published(t)))
  // A member of staff's discipline under way.
  if (q.has(DISCIPLINE_WHO) && (p.has(MISCONDUCT) || p.has(STAFF_CASE)) && !q.has(DISCIPLINE_OUT60) && !FORMAL_DISCIPLINE.test(t)) {
    emitAll(q, doc, t, DISCIPLINE_UNDERWAY, 'confidential/personnel', emit, spans, once((m) => notAware(m) && !published(t)))
  }
  // A colleague's move decided while the formal notice is still to come.
  if ((q.has(MOVE_LATER) || q.has(FORMAL_LATER60)) && !q.has(MOVE_OUT60)) {
    emitAll(q, doc, t, MOVE_DECIDED, 'confidential/personnel', emit, spans, once((m) => notAware(m) && !published(t)))
  }
}
