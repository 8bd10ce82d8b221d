/**
 * confidential — Inquiries and releases, selections and bargains, unreleased matters, undisclosed deals, money not yet decided,
 * enforcement and rules, the mayor's office, requesters and unreported matters, matters told though unreleased, inquiries under way
 * and finished reviews (the run…Kinds detectors of this file, in their call order). What stays clean: each kind's public
 * counterpart (an inquiry or a release announced, a deal concluded, a budget passed, a review's published outcome).
 *
 * Guideline clause 5(1): 秘密情報・機密情報を発信しない (rule ids confidential/*, metadata in meta.ts).
 */
import { sentenceAround } from '../../doc'
import {
  CITY_MATTER, CONSUMER, EXAM_OVER, INQUIRY_IN_PRACTICE, KEEP_ASK, NOT_ANNOUNCED, PENALTY_PUBLIC, ParagraphGate,
  type ParagraphKindContext, STAFF, UNION_TALKS, YEN_FIGURE, emitAll, sentenceOf,
} from './context'

/*
 * Blind R366P/R367Q kinds: enforcement and test results told before their time.
 *
 * - An inquiry told while the other party does not know yet (相手にはまだ気づかれていない, 飼い主さんにはまだ伝えていません, 業者には
 *   知らせずに), with the next step planned in the paragraph (警察と段取りを詰めてから動きます, 来週水曜の朝に現地へ入ります): the party
 *   would be warned by the post (confidential/investigation). A practice stated in general (…ことがあります), a party not of an inquiry
 *   (a surprise for a child or a family) and no step planned stay clean.
 * - A surprise inspection announced with its time or its targets (今月下旬、事前のご連絡なしに立入りを行います。対象は…計4か所; 来週、
 *   抜き打ちで査察に入ります): told ahead, it defeats itself. The practice said in general (予告なしで立入検査を行っています, …ことがあります)
 *   and a drill (抜き打ちの避難訓練) stay clean.
 * - A measured value or a test result told while its release by the prefecture or the city is still to come or it is said not yet out (県の
 *   発表はまだ先なんですけど…BODが基準の倍近く; まだ外に出していない今月分の数字です→ 0.08mg/L; 公表のタイミングは相談中). A result
 *   published, a release awaited with no value told and a refusal stay clean.
 * - A result told in the paragraph while the writer says they were asked to keep it until the release (陽性となりました。…それまでは外部に
 *   出さないよう言われています). The request alone, given as the reason nothing is told, stays clean.
 * - A matter said not yet on the city's site (まだ市のホームページにも出ていない話ですが) with an internal meeting or paper as its source,
 *   or a finding said still unpublished (この結果はこれまで公表されていません): the negated site is no publication.
 */
const INQUIRY_PARTY = '(?:相手|本人|当人|先方|向こう|飼い主|所有者|持ち主|業者|事業者|行為者|投棄者|容疑者|当事者|住人|居住者|家主|店側|会社側|施設側|経営者|オーナー)(?:さん|様|側)?'
const PARTY_UNAWARE = new RegExp(
  `${INQUIRY_PARTY}(?:に|には|にも|の方に|の方には)[、,]?(?:まだ|今のところ|いまのところ|現時点では|現時点で)?[、,]?(?:(?:気づかれ|気付かれ|感づかれ|勘づかれ|悟られ|知られ|バレ|ばれ)(?:て(?:い|お)?(?:ない|ません|りません)|てない|とらん|ないうちに|ないよう)|(?:伝え|知らせ|連絡し|通知し|言っ|話し|告げ|お伝えし|お知らせし|予告し)(?:て(?:い|お)?(?:ない|ません|りません)|てない|とらん)|(?:伝え|知らせ|連絡せ|通知せ|言わ|話さ|告げ|予告せ)ずに|(?:伝え|知らせ|連絡し|通知し|予告し)ないまま)`,
  'gu',
)
/** …with a step of an inquiry or an enforcement in the paragraph. */
const ENFORCEMENT = /警察|捜査|立入|立ち入|現地(?:に|へ)|踏み込|乗り込|調査|特定|保健所|指導|摘発|張り込|差し押|差押|家宅|証拠|不法投棄|通報|違反|行政処分|勧告/u
/** …planned ahead (動きます, 入ります, 来週水曜の朝に). */
const STEP_PLANNED = /(?:動き|入り|行き|向かい|伺い|踏み込み|乗り込み|訪問し|実施し|行い|確認し|詰め)ます|予定|段取り|来週|再来週|明日|明後日|あさって|今週|週明け|[0-9]+日|[月火水木金土日]曜/u
const INQUIRY_IN_GENERAL = /ことがあります|場合があります|こともあります|ことになっています|場合は|ときは|時は|際は|ましょう|ください/u
const SURPRISE_INSPECTION =
  /(?:抜き打ち|抜打ち|ぬきうち|予告なし|予告無し|アポなし|事前(?:の)?(?:ご)?(?:連絡|通知|通告|予告|告知|お知らせ)(?:なし|無し|なく|をせず|せず|をしないで))(?:で|に|の)?[^。！？!?\n]{0,20}?(?:立入|立ち入|検査|査察|点検|監査|パトロール|調査)[^。！？!?\n]{0,12}?(?:を)?(?:行います|行う予定|実施します|実施する予定|入ります|入る予定|伺います|回ります|予定)/gu
const INSPECTION_WHEN = /今月|来月|来週|再来週|今週|週明け|明日|明後日|あさって|[上中下]旬|[0-9]+月|[0-9]+日|[月火水木金土日]曜/u
const INSPECTION_TARGETS = /対象|[0-9一二三四五六七八九十]+(?:か所|カ所|ヶ所|箇所|件|社|店|事業所|施設)|[町区]/u
const MEASURED_VALUE = /[0-9][0-9,]*(?:mg|μg|µg|ng|ppm|ppb|Bq|μSv|µSv|mSv|CFU|個\/|倍|%|％)|基準(?:値)?(?:の|を)[^。！？!?\n]{0,8}?(?:倍|超え|超過|上回|オーバー|ぎりぎり|ギリギリ|すれすれ)|(?:陽性|陰性|検出され|検出し)/u
const MEASURE_WORD = /検査|測定|分析|採水|水質|数値|数字|濃度|残留塩素|大腸菌|BOD|COD|放射線/u
const NOT_RELEASED =
  /(?:発表|公表|公開|お知らせ)(?:は|が)?[、,]?(?:まだ(?:先|です|で|だ|なん|なの|前|これから)|これから|前(?:です|で|なん|なの|だ))|(?:発表|公表|公開)前|未公表|未発表|まだ(?:外|表|公)(?:に|へ)(?:は)?出(?:して|て)(?:い|お)?(?:ない|ません)|(?:公表|発表)(?:の)?(?:タイミング|時期|日)(?:は|を)?[^。！？!?\n]{0,10}?(?:相談中|調整中|検討中)/gu
const VALUE_REFUSED = /(?:でき|出来)(?:ません|ない|かね)|いたしかね|控え(?:ます|させ)|お待ちください|お待ち下さい|ホームページ(?:で|に)(?:公表|掲載|お知らせ)し(?:ます|てい)/u
const HOLD_UNTIL_RELEASE_ASKED =
  /(?:発表|公表|解禁|会見|それ)(?:の日)?まで(?:は)?[、,]?(?:外部に|外に|よそに|表に|公に)(?:は)?(?:出さ|漏らさ|言わ)(?:ない|ん)よう(?:に)?[、,]?(?:と)?(?:言われ|いわれ|指示され|頼まれ|求められ|念を押され|釘を刺され|くぎを刺され)/gu
const RESULT_TOLD = /陽性|陰性|判明|確定し|検出|発生し|決まりました|決定し(?:まし)?た|と(?:判定|診断)され|となりました/u
const HOLD_OUT = /詐欺|サプライズ|誕生日|プレゼント|お楽しみ|ネタバレ/u
const UNPOSTED =
  /(?:ホームページ|HP|サイト|広報紙?|広報誌|報道|ニュース|新聞)(?:に|にも|で|でも|では)(?:は|も)?[、,]?(?:まだ)?(?:出て|載って|掲載されて|公開されて|アップされて|発表されて)(?:い|お)?(?:ない|ません)(?:話|情報|こと|内容|件|もの)?(?:です|なんです|なん|だ|や)?(?:が|けど|けれど)/gu
const UNPUBLISHED_RESULT =
  /(?:この|その|今回の)(?:結果|内容|数字|数値|情報|事実|判定|診断)(?:は|も)[、,]?(?:これまで|まだ|現時点で|いまだ|今まで|未だ)?[、,]?(?:公表|発表|公開)(?:されて|して)(?:い|お)?(?:ない|ません|りません)(?![^。！？!?\n]{0,4}?でした)/gu
const INSIDE_SOURCE_TOLD = /庁内|課内|部内|内部|会議|幹部|上から|上層部|判定|診断|検査結果|調査結果/u
const RELEASE_NOW = /(?:本日|今日|ここに)[^。！？!?\n]{0,12}?(?:公表|発表|公開)(?:します|いたします|しました)/u
const INQUIRY_AND_RELEASE_GATE = new ParagraphGate([PARTY_UNAWARE, SURPRISE_INSPECTION, NOT_RELEASED, HOLD_UNTIL_RELEASE_ASKED, UNPOSTED, UNPUBLISHED_RESULT])
/** The inquiry and release kinds (see the comment above INQUIRY_PARTY), run after the conf69 ones where the paragraph has no finding yet. */
export function runInquiryAndReleaseKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = INQUIRY_AND_RELEASE_GATE.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  // The party of an inquiry not yet aware, with the next step planned.
  if (ENFORCEMENT.test(t) && STEP_PLANNED.test(t) && !INQUIRY_IN_GENERAL.test(t)) {
    emitAll(q, doc, t, PARTY_UNAWARE, 'confidential/investigation', emit, spans, once((m) => notAware(m) && !published(t)))
  }
  // A surprise inspection announced with its time or targets.
  emitAll(q, doc, t, SURPRISE_INSPECTION, 'confidential/investigation', emit, spans, once((m) => {
    const s = sentenceText(m)
    return notAware(m) && !/訓練|テスト|試験/u.test(s) && !INQUIRY_IN_GENERAL.test(s) && INSPECTION_WHEN.test(t) && INSPECTION_TARGETS.test(t) && !published(t)
  }))
  // A measured value told before its release.
  if (MEASURE_WORD.test(t) && MEASURED_VALUE.test(t) && !VALUE_REFUSED.test(t)) {
    emitAll(q, doc, t, NOT_RELEASED, 'confidential/pre-release', emit, spans, once(notAware))
  }
  // A result told while asked to hold it until the release.
  if (RESULT_TOLD.test(t) && !HOLD_OUT.test(t)) emitAll(q, doc, t, HOLD_UNTIL_RELEASE_ASKED, 'confidential/pre-release', emit, spans, once(notAware))
  // A matter not yet on the city's site, from inside; a result said still unpublished.
  if (!RELEASE_NOW.test(t)) {
    emitAll(q, doc, t, UNPOSTED, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && INSIDE_SOURCE_TOLD.test(t.slice(m.index + m[0].length))))
    emitAll(q, doc, t, UNPUBLISHED_RESULT, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && INSIDE_SOURCE_TOLD.test(t.slice(0, m.index))))
  }
}
/*
 * Blind R368R kinds: a selection's or a bargain's inside told before its result or its notice.
 * - An exam still to come, its theme or question seen or heard and told (今年の論文試験、机の上でチラッと見えちゃったテーマは『…』でした;
 *   本番の面接のお題、こっそり聞いちゃいました。「…」だそうです): EXAM_THEME_SEEN with a leak cue in the sentence and the exam ahead in
 *   the paragraph. A past exam's theme, or this year's told after it was held (受験された皆さん、お疲れさまでした), stays clean.
 * - A question the writer's own section made for an exam to come, its options or answer given (うちの係で1問作りました。選択肢は…・…・…):
 *   EXAM_QUESTION_GIVEN with EXAM_MADE. The scope an exam covers (一般知識から40問出題します) stays clean.
 * - The city's bottom line in labour talks, or the card it still holds back (当局としては0.05月分の上乗せまでなら呑める; 組合にはまだ0.02月分しか
 *   示していない): UNION_CEILING with UNION_TALKS. An agreement reached or a pay recommendation reported stays clean.
 * - A bidder's standing in a tender's evaluation before its result (技術点はA社がかなり抜けていて…ほぼ決まりかな; 結果の公表は月末):
 *   BID_STANDING with a procurement word and the result still to come. The published result (落札者に決定しました) stays clean.
 * - A member of staff's next post told before the announcement (田中次長、4月から総務部長だそうです！正式な発表は来週): STAFF_MOVE with
 *   NOT_ANNOUNCED. A move announced (4月1日付の人事異動で…就任しました) stays clean.
 * - Selection results by exam number before the official notice (受験番号1024・1031の2名が最終面接に進むことで決まりました。正式な通知は金曜に
 *   発送します): NUMBERS_PASSED with SELECTION_NOTICE_TO_COME. The official list of passers (合格者の受験番号を掲載しました) stays clean.
 */
const EXAM_TERM = '(?:試験|検定|選考|面接|入試|考査)'
const EXAM_THEME_SEEN = new RegExp(
  `${EXAM_TERM}[^。！？!?\\n「」『』]{0,32}?(?:テーマ|お題|課題|題目|設問|問題|質問)(?:(?:は|が|って)[、,]?[^。！？!?\\n「」『』]{0,6}?[「『][^「」『』\\n]{2,40}[」』]|を[^「」『』\\n]{0,24}?[「『][^「」『』\\n]{2,40}[」』]|(?:は|が|って)[、,]?[^。！？!?\\n「」『』]{4,36}?(?:でした|です|だって|らしい|みたい|っぽい|だそう))`,
  'gu',
)
const EXAM_SEEN_CUE = /見え(?:ちゃ|て|た|まし)|見ちゃ|見てしま|見かけ|チラ|ちら(?:っと|り|見)|のぞ|覗|こっそり|内緒|ないしょ|ナイショ|ここだけ|机の上|聞いちゃ|聞いてしま|耳に(?:し|入)|これ以上は(?:言え|書け|話せ)|ヒント/u
const EXAM_AHEAD = /今年|今年度|今回|次回|本番|来週|来月|明日|あす|今度|当日|受験生|受験される|受験予定|ラストスパート|頑張|がんば/u
/** A question made by the writer or the writer's section (うちの係で作りました, 私が作問しました). */
const EXAM_MADE = /(?:作っ|作成し|考え)た(?:の)?は(?:うちの|私たちの|僕らの)?(?:係|課|班|チーム|私|僕)|(?:うちの|私たちの|僕らの|当)?(?:係|課|班|担当|チーム)(?:で|が)(?:作り|作っ|作成し|考え)(?:ました|た|てい|とる)|(?:私|わたし|僕|自分)(?:が|で)(?:作り|作っ|作成し|作問し|考え)(?:ました|た)|作問(?:しました|した|中|してい)/u
const EXAM_QUESTION_GIVEN =
  /(?:選択肢|正解|答え|解答|問題文)(?:は|が)[、,]?(?![^。！？!?\n]{0,8}?(?:秘密|ヒミツ|ひみつ|内緒|ないしょ|言えません|言えない|お楽しみ|当日|本番|まだ|ありません|[0-9０-９一二三四五六]つ|[0-9０-９一二三四五六]択))[^。！？!?\n]{3,40}|[^。！？!?\n、,]{2,16}?(?:から|について)[0-9０-９一二三四五]問(?:出す|出し|出題|作)/gu
const UNION_CEILING =
  /(?:当局|市側|市|こちら|当方|うち|人事課|財政課?)(?:として(?:は)?|側(?:は|として(?:は)?)?|は|の(?:腹|本音)は)[、,]?[^。！？!?\n]{0,30}?(?:[0-9０-９.．]+(?:か|ヶ|カ|ケ)?月分?|[0-9０-９.．]+(?:%|％)|[0-9０-９,，]+円)[^。！？!?\n]{0,16}?(?:まで(?:なら|は|だったら)?[^。！？!?\n]{0,6}?(?:呑め|飲め|のめ|出せ|譲れ|応じられ|いけ|行け|上げられ|認められ|許容|OK|オッケー)|が(?:上限|限度|限界|ぎりぎり|ギリギリ|精一杯|最後|最終))|(?:最後の|最終|ぎりぎりの|ギリギリの)(?:ライン|線|カード)(?:と|という|だ|です|で)|(?:組合|職員団体|相手)(?:さん|側)?(?:に|へ)(?:は)?[、,]?まだ[^。！？!?\n]{0,12}?[0-9０-９.．]+[^。！？!?\n]{0,6}?しか(?:示|提示|出|言|伝え)/gu
const UNION_DONE = /合意しました|合意いたしました|合意に至|妥結し|妥結いたし|決着しました|まとまりました|人事院|人事委員会の勧告|公表し|ホームページ|市HP/u
/**
 * Blind R447Y-003 kind (widened in wave 92): the standing or score of bidders or applicants in a selection not yet decided, in more
 * ways: the committee's scores read (委員の評価点では, 得点では, 順位は), an organisation named as firms and operators write it (…㈱,
 * （株）…, 株式会社…, …協会, …事業団, …共同企業体), its rank (第1順位, 1番手, 最上位, 85点でトップ), in a designated-manager or a
 * committee's selection (指定管理, 選定委員会) said still under deliberation (審議中, 選定中, まだ決まっていない, ほぼ決まりの雰囲気).
 * The published result (候補者に選定しました, 結果を公表しました), a selection's procedure or weights and a committee merely sitting
 * (審議中です; 結果は決まり次第お知らせします) with no one's standing stay clean.
 */
const BID_FIRM = '(?:[A-Za-zＡ-Ｚａ-ｚ](?:社|者)|(?:株式会社|有限会社|㈱|㈲|[(（][株有][)）])[\\p{Script=Han}\\p{Script=Katakana}A-Za-zＡ-Ｚａ-ｚー・]{1,16}|[\\p{Script=Han}\\p{Script=Katakana}A-Za-zＡ-Ｚａ-ｚー・]{1,16}(?:社|建設|工業|組|工務店|設計|コンサル|株式会社|有限会社|㈱|㈲|[(（][株有][)）]|協会|事業団|財団|振興会|共同企業体|JV|グループ))(?:さん)?'
const BID_RANK = '(?:抜けて|抜きん出|頭(?:ひとつ|一つ)|一歩リード|リード|トップ|首位|(?:第)?[1１一](?:順)?位|[1１一]番手|最上位|一番|優勢|有利|圧倒|ダントツ|断トツ|飛び抜け|高得点|最高点|高く|高い|高かっ|良かっ|よかっ)'
const BID_STANDING = new RegExp(
  `(?:技術点|評価点|価格点|総合点|得点|点数|順位|技術評価|提案内容|プレゼン|審査|採点|評価)(?:は|では|で(?:は|も)?|の(?:方|ほう)は)?[、,]?[^。！？!?\\n]{0,8}?${BID_FIRM}(?:が|の(?:方|ほう)が)[^。！？!?\\n]{0,10}?${BID_RANK}`,
  'gu',
)
const BID_EVALUATION_CONTEXT = /入札|総合評価|プロポーザル|業者|事業者|落札|受注|契約|審査委員|指定管理|(?:選定|選考|審査|評価)委員|委託先/u
const BID_RESULT_AHEAD = /(?:公表|発表|通知|決定)(?:は|が)[^。！？!?\n]{0,10}?(?:月末|来週|来月|明日|後日|これから|まだ|[0-9０-９]+日|週明け)|公表前|発表前|(?:ほぼ|もう)?決まり(?:かな|そう|っぽ|の(?:雰囲気|空気|流れ|様子))|ほぼ決まり|感触|次第では|(?:審議|審査|選定|選考|協議|採点)(?:の|は|が)?(?:まだ|いまだ)?(?:中|途中|最中|続いて|継続中)|(?:まだ|いまだ)[^。！？!?\n]{0,8}?(?:審議|審査|選定|選考|決まって(?:い|お)?(?:ない|ません))/u
const BID_RESULT_OUT = /(?:落札者|受注者|契約(?:の)?相手方?|優先交渉権者)(?:に|を|が)(?:決定し|決まりまし|選定し)|公表しました|公表しています|発表しました|ホームページ|市HP/u
const STAFF_MOVE =
  /(?:[\p{Script=Han}]{1,4}(?:さん|氏|課長|部長|次長|係長|所長|館長|局長|参事|主幹|課長補佐|室長)|(?:課長|部長|次長|係長|所長|館長|局長)さん)[、,]?[^。！？!?\n]{0,8}?(?:[0-9０-９]{1,2}月|来月|来年度|新年度|次の異動|この春|春)(?:から|より|付けで|付で)[、,]?[^。！？!?\n]{0,12}?(?:部長|課長|次長|係長|所長|館長|局長|室長|参事|副市長|教育長|センター長|支所長|[\p{Script=Han}]{1,6}(?:課|部|局|所|館)(?:へ|に)?)(?:に|へ)?(?:就任|昇任|昇格|昇進|異動|栄転|内定)?(?:だそう|らしい|みたい|になる|になります|になるって|ですって|って|です|だ|で決ま|に決ま|が決ま|内定)/gu
const MOVE_OUT = /付の人事|付け?の?(?:人事)?異動で|辞令交付|ホームページ|市HP|発表しました|公表しました|掲載しました|就任しました|着任しました|異動しました|おめでとう/u
const NUMBERS_PASSED =
  /受験番号[^。！？!?\n]{0,40}?(?:合格|通過|不合格|内定|採用|進む|進み|進ん|残り|残っ|落ち|決まり|決定)/gu
const SELECTION_NOTICE_TO_COME = /正式(?:な|の)?(?:通知|発表|連絡|結果|合格発表)|(?:通知|発表|連絡)(?:は|が)?(?:まだ|これから)|(?:通知|発表)(?:の|する|される)?前/u
const NUMBERS_OUT = /合格発表|(?:合格者|通過者)(?:の)?(?:受験番号)?(?:を|は)(?:発表|掲載|公表|以下|次の)|以下のとおり|次のとおり|掲載し|ホームページ|市HP/u
const SELECTION_AND_BARGAIN_GATE = new ParagraphGate([EXAM_THEME_SEEN, EXAM_QUESTION_GIVEN, UNION_CEILING, BID_STANDING, STAFF_MOVE, NUMBERS_PASSED])
/** The selection and bargain kinds (see the comment above EXAM_TERM), run after the conf69 ones where the paragraph has no finding yet. */
export function runSelectionAndBargainKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = SELECTION_AND_BARGAIN_GATE.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  const examAhead = EXAM_AHEAD.test(t) && !EXAM_OVER.test(t)
  // An exam's theme or question seen or heard, told before the exam.
  if (examAhead) emitAll(q, doc, t, EXAM_THEME_SEEN, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && EXAM_SEEN_CUE.test(sentenceText(m))))
  // A question the writer's section made for an exam to come, its options or answer given.
  if (examAhead && EXAM_MADE.test(t) && new RegExp(EXAM_TERM, 'u').test(t)) emitAll(q, doc, t, EXAM_QUESTION_GIVEN, 'confidential/pre-release', emit, spans, once(notAware))
  // The city's bottom line in labour talks.
  if (UNION_TALKS.test(t) && !UNION_DONE.test(t)) emitAll(q, doc, t, UNION_CEILING, 'confidential/negotiation', emit, spans, once(notAware))
  // A bidder's standing in an evaluation before its result.
  if (BID_EVALUATION_CONTEXT.test(t) && BID_RESULT_AHEAD.test(t) && !BID_RESULT_OUT.test(t) && !published(t)) emitAll(q, doc, t, BID_STANDING, 'confidential/pre-release', emit, spans, once(notAware))
  // A member of staff's next post before the announcement.
  if (NOT_ANNOUNCED.test(t) && !MOVE_OUT.test(t)) emitAll(q, doc, t, STAFF_MOVE, 'confidential/personnel', emit, spans, once(notAware))
  // Selection results by exam number before the official notice.
  if (SELECTION_NOTICE_TO_COME.test(t) && !NUMBERS_OUT.test(t) && !published(t)) emitAll(q, doc, t, NUMBERS_PASSED, 'confidential/pre-release', emit, spans, once(notAware))
}
/*
 * Unreleased internal matters (blind R373W, R374X, R375Y, R376Z kinds): how Japanese tells a matter of the city before its party or the public has it.
 * - A visit of an inspection or a correction planned with its day, the party not to be told beforehand (お店には前もって言わない決まり;
 *   所有者には当日まで伝えない予定です): PARTY_NOT_FOREWARNED with an inspection word and a day. The rule put in general (…ことになっています,
 *   毎年) stays clean.
 * - A plan all but settled, its official notice said to come later, and the reader asked to keep it (正式なお知らせは…終わってからなので、
 *   それまでは胸にしまっておいて): NOTICE_LATER_KEEP with a city matter.
 * - A post's next holder named before the announcement (次は…係長になるみたい; ご本人もまだ知らないかも): NEXT_HOLDER_NAMED, hearsay or with
 *   the person or the public not yet told. An announced move stays clean.
 * - An inspection's or an audit's finding told while its official notice is still to come (立入検査で基準超過を指摘されていて…正式にお知らせ
 *   するまで): FINDING_TOLD with FINDING_NOTICE_TO_COME.
 * - Who filed an information-disclosure request (請求されたのは…会社の社長さんです): DISCLOSURE_REQUESTER in a paragraph on disclosure.
 * - A decision told before its party is notified (開示の決定はまだ請求された方にもお知らせしていない段階ですが、…一部開示になります):
 *   DECISION_PARTY_UNTOLD with DECISION_TOLD after it. A notice still to be sent, with nothing told, stays clean.
 * - An accusation against staff passed on in quotes (匿名で「ある課の係長が…水増ししている」という告発): ACCUSATION_QUOTED. A notice of the
 *   reporting channel stays clean.
 * - An irregularity found and said not yet out anywhere (領収書が…見つからないことがわかって、まだどこにも出ていない話): NOT_OUT_ANYWHERE with
 *   IRREGULARITY_FOUND and an inside source.
 * - A proposed penalty for a member of staff with its content (処分案は停職1か月で): PENALTY_PROPOSAL.
 */
const FOREWARNED_PARTY = `(?:${INQUIRY_PARTY}|お店|店舗|各店|事業所|施設|工場|相手方|対象(?:者|店|事業所|施設|先))`
const PARTY_NOT_FOREWARNED = new RegExp(
  `${FOREWARNED_PARTY}(?:に|には|へは|にも)[、,]?(?:前もって|事前に|あらかじめ|予め|当日まで|直前まで|その日まで)(?:は)?[、,]?(?:一切|何も)?(?:言わ|伝え|知らせ|お知らせし|連絡し|連絡せ|通知し|通知せ|予告し|予告せ|告げ|教え)(?:ない|ず|ません)`,
  'gu',
)
const VISIT_STEP = /立入|立ち入|検査|査察|点検|監査|パトロール|調査|チェック|指導|是正|取り締ま|取締|摘発|監視|見回|見て回|巡回/u
const VISIT_DAY = /来週|再来週|今週|週明け|明日|明後日|あさって|[0-9]{1,2}日|[月火水木金土日]曜/u
const VISIT_IN_GENERAL = /毎年|毎月|例年|定期的|ことになっています|場合は|ときは|時は|際は|しましょう/u
const NOTICE_LATER_KEEP = new RegExp(
  `(?:お知らせ|発表|公表|通知|リリース|告知)(?:は|が)[、,]?[^。！？!?\\n]{0,24}?(?:なので|ですので|のため|やけん|だから|なんで|ですから)[、,]?[^。！？!?\\n]{0,16}?${KEEP_ASK}`,
  'gu',
)
const KEEP_LATER_OUT = /詐欺|犯罪|サプライズ|誕生日|プレゼント|お楽しみ|ネタバレ/u
const HOLDER_POST = '(?:館長|課長|部長|次長|係長|局長|所長|室長|園長|校長|教頭|センター長|支所長|事務局長|副市長|教育長|参事|主幹)'
const NEXT_HOLDER_NAMED = new RegExp(
  `(?:後任|次(?:の${HOLDER_POST})?|新しい${HOLDER_POST}|新${HOLDER_POST})(?:は|が)[、,]?[^。！？!?\\n]{0,16}?[\\p{Script=Han}]{1,4}(?:${HOLDER_POST}|さん|氏)(?:に|が)?(?:なる|なり|就く|来る|来られる|就任する|昇格する|昇任する|着任する)?(?:みたい|らしい|そう(?:です|だ|な|よ)|って|ようです|との(?:こと|噂|うわさ)|っぽい|予定|で決まり|に決まり|に内定)`,
  'gu',
)
const POST_CHANGING = new RegExp(`${HOLDER_POST}(?:が|は|も)?[、,]?(?:替わ|代わ|かわ|交代|退任|退職|転出)|後任|人事|異動|就任|昇任|昇格|内示`, 'u')
const HOLDER_HEARSAY = /みたい|らしい|そう(?:です|だ|な|よ)|って$|ようです|との(?:噂|うわさ)|っぽい/u
const HOLDER_UNTOLD = /(?:ご)?本人(?:も|は|に(?:も|は)?)[、,]?(?:まだ)?(?:知らな|知らされて(?:い)?な|聞いて(?:い)?な|伝わって(?:い)?な|伝えて(?:い)?な)/u
const FINDING_TOLD =
  /(?:立入検査|立ち入り検査|立入調査|検査|監査|査察|点検|調査)(?:で|の結果|において|の際に?)[、,]?[^。！？!?\n]{0,20}?(?:基準(?:値)?(?:を)?(?:超過|超え|オーバー|上回)|違反|不備|不適合|不適切|不正|改善(?:を)?(?:求め|指示))[^。！？!?\n]{0,10}?(?:指摘され|指導され|見つか|判明し|確認され|受け|求められ)/gu
const FINDING_NOTICE_TO_COME = /正式に(?:お知らせ|発表|公表|ご報告|報告|お伝え)(?:する|できる|いたす|される)?(?:まで|前)|正式(?:な|の)(?:お知らせ|発表|公表|報告)(?:は|まで|が)|(?:公表|発表)(?:は|が)?(?:まだ|これから|前)|未公表|まだ(?:どこ|外|表|公)(?:に|にも)(?:は)?出/u
const FINDING_CASE = /場合|ときは|時は|たら|れば/u
const DISCLOSURE_REQUESTER =
  /(?:請求(?:を)?(?:され|し|なさっ|出さ|出し|出され)た(?:の|方|人|者|かた)|請求(?:者|人))(?:は|が)[、,]?[^。！？!?\n]{0,30}?(?:さん|様|氏|方|社長|会社|業者|事業者|議員|記者|団体|新聞社|弁護士|住民|男性|女性)(?:です|でした|だ|だった|や|らしい|みたい|とのこと|なんです)/gu
const DISCLOSURE_MATTER = /開示|情報公開|公開請求/u
const DECISION_PARTY = '(?:請求(?:され|し)た方|請求(?:者|人)|申請(?:され|し)た方|申請者|申立人|相手方|ご本人|本人|当事者|応募(?:され|し)た方|応募者|対象者|受験者)(?:さん|様)?'
const DECISION_PARTY_UNTOLD = new RegExp(
  `${DECISION_PARTY}(?:に|へ)(?:も|は)?[、,]?(?:まだ)?(?:お知らせ|通知|連絡|お伝え|ご連絡|お送り|送付)(?:して|いたして|されて)?(?:い|お)?(?:ない|ません|りません)(?:段階|状態|ところ)?(?:です|なん(?:です)?|だ)?(?:が|けど|けれど|けども)`,
  'gu',
)
const DECISION_TOLD = /一部開示|不開示|非開示|全部開示|部分開示|全面開示|黒塗り|(?:開示|公開|許可|不許可|採択|不採択|合格|不合格|承認|却下|認定|支給|不支給)(?:に|と)(?:なり|決まり|なる)|結論(?:から言うと|を言うと|から申し上げると)/u
const ACCUSED = '(?:職員|係長|課長|部長|次長|主任|主査|主事|所長|館長|園長|校長|教頭|先生|議員|上司|同僚|担当者|課の|係の)'
const MISDEED = '(?:水増し|着服|横領|不正|使い込|流用|私的(?:に)?(?:使|利用)|改ざん|改竄|ハラスメント|パワハラ|セクハラ|カラ出張|空出張|賄賂|わいろ|収賄|接待|飲酒運転|虚偽|ごまかし|誤魔化|談合|口利き|癒着|横流し)'
const ACCUSATION_QUOTED = new RegExp(
  `[「『][^「」『』\\n]{0,30}?${ACCUSED}[^「」『』\\n]{0,30}?${MISDEED}[^「」『』\\n]{0,20}[」』](?:という|との|って|みたいな|といった)[^。！？!?\\n]{0,6}?(?:告発|内部通報|通報|投書|タレコミ|たれこみ|密告|訴え|手紙|メール|電話)|(?:告発|内部通報|投書|タレコミ|密告)(?:の内容|の中身)?(?:は|が|で|によると)?[、,]?[「『][^「」『』\\n]{0,30}?${ACCUSED}[^「」『』\\n]{0,30}?${MISDEED}`,
  'gu',
)
const ACCUSATION_NOTICE = /(?:通報|相談|受付)窓口|受け付け|受付|制度|保護|研修|ご相談|相談は|しましょう|場合|ください|判明|公表|発表|報道|お詫び|おわび/u
const NOT_OUT_ANYWHERE =
  /まだ(?:どこ|外|表|公|世間)(?:に|へ)(?:も|は)?(?:出て|出して|発表して|公表して|知られて)(?:い|お)?(?:ない|ません|へん)(?:話|情報|こと|件|内容|段階|もの)?/gu
const IRREGULARITY_FOUND = /見つからない|見つかりません|見当たらない|紛失|無くな|なくなっ|不正|不適切|過払い|未払い|二重(?:払い|支給|計上)|誤り|ミス|漏れ|水増し|使途不明|横領|着服/u
const IRREGULARITY_SOURCE = /監査|検査|調査|事務局|課内|庁内|内部|中の人/u
const PENALTY_PROPOSAL =
  /(?:懲戒)?処分(?:の)?(?:案|原案|方向|見込み|方針)(?:は|が|で|として)[、,]?[^。！？!?\n]{0,10}?(?:懲戒免職|諭旨免職|諭旨退職|免職|停職|減給|戒告|訓告|降格|降任)/gu
const UNRELEASED_MATTER_GATE = new ParagraphGate([PARTY_NOT_FOREWARNED, NOTICE_LATER_KEEP, NEXT_HOLDER_NAMED, FINDING_TOLD, DISCLOSURE_REQUESTER, DECISION_PARTY_UNTOLD, ACCUSATION_QUOTED, NOT_OUT_ANYWHERE, PENALTY_PROPOSAL])
/** The unreleased internal matter kinds (see the comment above FOREWARNED_PARTY), run where the paragraph has no finding yet. */
export function runUnreleasedMatterKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = UNRELEASED_MATTER_GATE.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  // An inspection's or a correction's visit planned with its day, the party not told beforehand.
  if (VISIT_STEP.test(t) && VISIT_DAY.test(t) && !VISIT_IN_GENERAL.test(t)) emitAll(q, doc, t, PARTY_NOT_FOREWARNED, 'confidential/investigation', emit, spans, once((m) => notAware(m) && !published(t)))
  // A city matter, its notice later, the reader asked to keep it till then.
  if (CITY_MATTER.test(t) && !KEEP_LATER_OUT.test(t)) emitAll(q, doc, t, NOTICE_LATER_KEEP, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !published(t)))
  // A post's next holder named before the announcement.
  if (POST_CHANGING.test(t) && !MOVE_OUT.test(t)) {
    const untold = HOLDER_UNTOLD.test(t) || NOT_ANNOUNCED.test(t)
    emitAll(q, doc, t, NEXT_HOLDER_NAMED, 'confidential/personnel', emit, spans, once((m) => notAware(m) && (untold || HOLDER_HEARSAY.test(m[0]))))
  }
  // An inspection's finding told before its official notice.
  if (FINDING_NOTICE_TO_COME.test(t) && !published(t)) emitAll(q, doc, t, FINDING_TOLD, 'confidential/audit', emit, spans, once((m) => notAware(m) && !FINDING_CASE.test(sentenceText(m))))
  // Who filed a disclosure request.
  if (DISCLOSURE_MATTER.test(t)) emitAll(q, doc, t, DISCLOSURE_REQUESTER, 'confidential/complainant', emit, spans, once(notAware))
  // A decision told before its party is notified.
  emitAll(q, doc, t, DECISION_PARTY_UNTOLD, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && DECISION_TOLD.test(t.slice(m.index + m[0].length))))
  // An accusation against staff passed on.
  if (!ACCUSATION_NOTICE.test(t)) emitAll(q, doc, t, ACCUSATION_QUOTED, 'confidential/audit', emit, spans, once(notAware))
  // An irregularity found, said not yet out anywhere.
  if (IRREGULARITY_FOUND.test(t) && IRREGULARITY_SOURCE.test(t)) emitAll(q, doc, t, NOT_OUT_ANYWHERE, 'confidential/audit', emit, spans, once((m) => notAware(m) && !published(t)))
  // A proposed penalty with its content.
  if (STAFF.test(t) && !PENALTY_PUBLIC.test(t)) emitAll(q, doc, t, PENALTY_PROPOSAL, 'confidential/personnel', emit, spans, once(notAware))
}
/*
 * Undisclosed deals and papers (blind R370T, R372V): how Japanese tells a deal or a paper the other side or the public has not yet been given.
 * - A candidate site narrowed while its landowners are still to be told (候補地を…約8.5ヘクタールに絞り込みました…地権者の皆さまへのご説明は
 *   これから): SITE_NARROWED with AFFECTED_YET.
 * - A paper said not yet given to the press or the council, then shown (まだ記者さんにも出してないんですが…完成イメージ図…チラ見せ):
 *   NOT_GIVEN_YET with DESIGN_PAPER_SHOWN.
 * - The quotes of vendors not chosen, with their sums (ほかに見積もりをもらった2社は1,150円と1,240円): LOSING_QUOTES.
 * - A board in a photo with the firms in talks and the terms (ホワイトボードには今やりとりしている5社の名前、…こちらが出せる条件まで):
 *   BOARD_TALKS.
 * - A firm's name held at its wish while the deal's place, time or size is told (企業名は先方のご意向により控えますが、場所は…): NAME_HELD_BUT.
 * - The price paid to a supplier, settled in talks (…さんとの話し合いで卸値は1セット6,800円に): SUPPLY_PRICE with SUPPLY_TALKS.
 * - A donor's wish not to be named, said, then overridden (「名前は出さんでいい」とおっしゃってたけど、…紹介させてください): UNNAMED_WISH_BUT.
 * - A private application's review told while under way (建築確認の審査中に構造計算の不備が2か所見つかり): REVIEW_FINDING.
 * - The council or the press not yet told, so the reader is asked to keep what was just told (議会への説明がまだなので、…胸にしまっておいて
 *   ください): UNTOLD_KEEP.
 * A notice of a briefing, a published result, advice and a case put (場合は) stay clean.
 */
export const SITE_NARROWED = /(?:候補地|予定地|建設地|建設場所|移転先|用地|進出先)(?:を|は)[、,]?[^。！？!?\n]{0,30}?(?:に|へ)(?:絞り込(?:み|ん)|絞っ|絞り)(?:ました|だ|で(?:い|お)|て(?:い|お)|た)/gu
export const AFFECTED_YET = /(?:地権者|地元|住民|権利者|所有者|自治会|町内会|区長|関係地区)(?:さん|様|の(?:皆さん|皆様|皆さま|方々|方))?(?:へ|に|への)?(?:の)?(?:説明(?:会)?|ご説明)(?:が|は|も)?[、,]?(?:まだ|これから|済んでいない|済んでいません|終わっていない|前)/u
const NOT_GIVEN_YET = /まだ(?:記者|報道|マスコミ|プレス|新聞社?|メディア|市議会|議会|議員)(?:さん|の(?:皆さん|皆様|皆さま|方々))?(?:に|へ)(?:も|は)?(?:出し|発表し|公表し|お見せし|見せ|リリースし|お知らせし)(?:て(?:い)?(?:ない|ません)|とらん|てへん)(?:ん|の)?(?:です|だ|や)?(?:が|けど|けれど)/gu
const DESIGN_PAPER_SHOWN = /(?:イメージ図|完成図|完成予想図|パース|図面|設計図|デザイン案?|レイアウト)[^。！？!?\n]{0,40}?(?:チラ見せ|ちら見せ|お見せ|見せ(?:ちゃ|ます|る)|公開し|載せ|ご紹介|お披露目し)/u
const LOSING_QUOTES = /(?:ほか|他|残り)に(?:見積(?:もり|り)?|見積書|相見積(?:もり|り)?)(?:を)?(?:もらった|取った|とった|いただいた|頂いた|お願いした|出してもらった|依頼した)[0-9一二三四五六七八九十]社(?:は|が|も)[、,]?[^。！？!?\n]{0,10}?[0-9][0-9,]*(?:万|億)?円/gu
const QUOTES_PUBLISHED = /入札結果|開札結果|落札|公表し|ホームページ|市HP/u
const BOARD_TALKS = /(?:ホワイトボード|黒板|ボード|模造紙|スクリーン|モニター|画面)(?:に|には|にも)[、,]?[^。！？!?\n]{0,20}?(?:やりとり|やり取り|交渉|協議|商談|折衝)(?:中|して|を)[^。！？!?\n]{0,12}?(?:社名|企業名|会社名|社の名前|企業の名前|会社の名前)[^。！？!?\n]{0,30}?(?:条件|金額|面積|単価|価格|提示額)/gu
const NAME_HELD_BUT = /(?:企業名|社名|会社名|相手(?:先|方)?(?:の)?(?:名前|名称))(?:は|を)[、,]?(?:先方|相手方|相手先|相手|企業|会社)(?:様|さん)?の(?:ご)?(?:意向|要望|希望|要請)(?:により|で|から|もあり|に沿って)[、,]?(?:控え|伏せ|非公表|公表を控え|お伝えでき|申し上げられ)[^。！？!?\n]{0,8}?(?:が|けど|けれど)[、,]?[^。！？!?\n]{0,20}?(?:場所|所在地|立地|候補地|用地|時期|規模|条件|金額|業種|雇用)(?:は|が|も)/gu
const DEAL_TALKS = /(?:協議|交渉|調整|話し合い)(?:を)?(?:進め|中|して(?:い|お))/u
const SUPPLY_PRICE = /(?:卸値|おろし値|オロシ値|卸価格|卸単価|仕入れ?値|仕入れ?価格|仕入れ?単価|納入価格|納入単価|買取価格)(?:は|が)[、,]?[^。！？!?\n]{0,10}?[0-9][0-9,]*(?:万|億)?円/gu
const SUPPLY_TALKS = /(?:さん|様|社|事業者|業者|先方|組合|農協|漁協)(?:と|との)[^。！？!?\n]{0,6}?(?:話し合い|協議|交渉|調整|相談|取り決め)/u
const UNNAMED_WISH_BUT = /(?:名前|お名前|社名|企業名|会社名|実名)(?:は|を)[、,]?(?:出さ|載せ|公表し|公開し|書か)(?:ん|ない|なく)(?:で|て)?(?:いい|よい|良い|ええ|よか|かまわ|ください|ほしい|欲しい)[^。！？!?\n]{0,4}?(?:と|って)[、,]?[^。！？!?\n]{0,6}?(?:おっしゃ|仰|言われ|言って|いわれ)[^。！？!?\n]{0,8}?(?:けど|けれど|が|のに|ものの)[、,]?[^。！？!?\n]{0,16}?(?:紹介|お伝え|載せ|書かせ|発表|お名前を)/gu
const REVIEW_FINDING = /(?:建築確認|確認申請|開発許可|許可申請|農地転用)[^。！？!?\n]{0,8}?(?:の)?審査(?:中|の過程|の途中|の段階)(?:に|で)[、,]?[^。！？!?\n]{0,16}?(?:不備|不足|誤り|違反|不適合|ミス)[^。！？!?\n]{0,12}?(?:見つか|判明|確認され)(?:り|った|りました|ました)/gu
const REVIEW_CASE = /場合|ときは|時は|たら|れば/u
const UNTOLD_KEEP = new RegExp(
  `(?:議会|議員|委員会|記者|報道|地元|地権者)(?:さん)?(?:へ|に)?の?(?:ご)?(?:説明|報告|発表|公表)(?:が|は)[、,]?(?:まだ|これから)(?:なので|ですので|のため|やけん|だから|なんで)[、,]?[^。！？!?\\n]{0,20}?${KEEP_ASK}`,
  'gu',
)
const UNDISCLOSED_DEAL_GATE = new ParagraphGate([SITE_NARROWED, NOT_GIVEN_YET, LOSING_QUOTES, BOARD_TALKS, NAME_HELD_BUT, SUPPLY_PRICE, UNNAMED_WISH_BUT, REVIEW_FINDING, UNTOLD_KEEP])
/** The undisclosed deal and paper kinds (see the comment above SITE_NARROWED), run where the paragraph has no finding yet. */
export function runUndisclosedDealKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = UNDISCLOSED_DEAL_GATE.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  if (AFFECTED_YET.test(t)) emitAll(q, doc, t, SITE_NARROWED, 'confidential/pre-release', emit, spans, once(notAware))
  if (DESIGN_PAPER_SHOWN.test(t) && !published(t)) emitAll(q, doc, t, NOT_GIVEN_YET, 'confidential/pre-release', emit, spans, once(notAware))
  if (!QUOTES_PUBLISHED.test(t) && !CONSUMER.test(t)) emitAll(q, doc, t, LOSING_QUOTES, 'confidential/negotiation', emit, spans, once(notAware))
  emitAll(q, doc, t, BOARD_TALKS, 'confidential/negotiation', emit, spans, once(notAware))
  if (DEAL_TALKS.test(t)) emitAll(q, doc, t, NAME_HELD_BUT, 'confidential/negotiation', emit, spans, once(notAware))
  if (SUPPLY_TALKS.test(t) && !published(t)) emitAll(q, doc, t, SUPPLY_PRICE, 'confidential/negotiation', emit, spans, once(notAware))
  emitAll(q, doc, t, UNNAMED_WISH_BUT, 'confidential/pre-release', emit, spans, once(notAware))
  emitAll(q, doc, t, REVIEW_FINDING, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !REVIEW_CASE.test(sentenceText(m))))
  if (CITY_MATTER.test(t)) emitAll(q, doc, t, UNTOLD_KEEP, 'confidential/pre-release', emit, spans, once(notAware))
}
const SUM_WITH_FINANCE = /(?:財政課|財政部|財政当局|財政担当|財務課|予算担当)(?:と|との間で|に)[、,]?[^。！？!?\n]{0,8}?(?:金額|額|数字|予算額|補助額|単価)(?:を|の)?[^。！？!?\n]{0,4}?(?:詰め|調整し|協議し|折衝し|交渉し|すり合わせ)(?:て(?:い|お)|とる|中|ている)/gu
const AMONG_US_UNTIL = /(?:決まる|決定する|確定する|発表する|公表する|発表される|公表される|議決される|決まって|正式決定)まで(?:は)?[、,]?[^。！？!?\n]{0,12}?(?:だけ|限り)の(?:話|秘密|こと)に(?:して|しと|しとい|しておい|とどめ|留め)/gu
const SUM_SETTLED_OUT = /予算案に計上しました|予算が成立|議決されました|可決されました|公表しました|発表しました|ホームページ|市HP/u
const LAND_PRICE = /(?:坪|1?(?:㎡|m2|平米|平方メートル)|反|アール)(?:あたり|当たり)?[0-9〇一二三四五六七八九十百千万,.]+(?:万|千)?円で[^。！？!?\n]{0,16}?(?:買い取|買収|取得|購入|譲り受け|買い上げ|売却|譲渡)/gu
const LANDOWNER_TALKS = /(?:地権者|所有者|地主|権利者)[^。！？!?\n]{0,16}?(?:話がつ|話がまとま|合意|了承|内諾|折り合|判子|ハンコ|はんこ|押印|交渉|調整)/u
const LAND_DONE = /契約(?:を)?(?:締結|結びました|しました)|登記|取得しました|購入しました|買収しました|議決|公表し|ホームページ|市HP/u
const SECRETARIAT_STANCE = /(?:事務局|担当課|所管課|当課|市)(?:として|側として|側)(?:は)?[、,]?[^。！？!?\n]{0,24}?(?:で|の線で|の方向で)(?:意見|見解|方針|結論|判断|原案|意見書)(?:を)?(?:まとめ|固め|整え|整理し)(?:て(?:い|お)|とる|ました|た)/gu
const AGENDA_AHEAD = /(?:明日|あす|明後日|来週|次回|今度|[0-9]+日)の[^。！？!?\n]{0,12}?(?:委員会|審議会|総会|審査会|協議会|会議)(?:に|で)(?:かけ|諮|付議|提出|審議)|(?:委員|委員会|審議会)の(?:皆さん|皆様|方々)?の?(?:ご)?(?:判断|審議|決定)(?:です|次第|を待)/u
const BIDDERS_NAMED = /指名(?:する|した|予定の|予定)?(?:業者|事業者|会社|企業)(?:は|を)[、,]?[^。！？!?\n]{0,8}?[0-9一二三四五六七八九十]+社(?:に|へ)?(?:絞り|絞っ|決め|決まり|選び|選ん|内定)/gu
const TENDER_AHEAD = /入札(?:は|を|日は)?[^。！？!?\n]{0,12}?(?:予定|行います|実施します|これから)|入札前/u
const TENDER_OUT = /入札結果|開札結果|落札(?:者|しました|決定)|公表し|ホームページ|市HP/u
const SCREENED_OUTCOME = /[0-9]+件(?:のうち|中)[、,]?[0-9]+件(?:が|を)?[、,]?(?:通る|通り|通っ|採択|交付決定|不採択|見送り|落選|当選|内定)|(?:地区|地域|町|校区)の(?:方|皆さん|皆様|申請)?(?:は|が)[^。！？!?\n]{0,8}?(?:ぜんぶ|全部|すべて|全て|全員)(?:が)?[、,]?(?:見送り|不採択|落選|通りません|通らな)/gu
const APPLICANT_NOTICE_AHEAD = /(?:お知らせ|通知|結果|決定通知|通知書)(?:が|は)?[^。！？!?\n]{0,6}?(?:届く|届き|届け|お送り|発送|お伝え|出る)[^。！？!?\n]{0,10}?(?:来月|来週|後日|これから|まだ|以降|先)|(?:通知|発表|公表)(?:前|の前)/u
const NOTICE_SENT = /通知(?:を)?(?:しました|お送りしました|発送しました)|(?:公表|発表)しました|ホームページ|市HP/u
const HOLD_ORDER_BUT = /(?:発表|公表|記者発表|報道発表|解禁|議決|決定|提出|正式決定)(?:する|される)?まで(?:は)?[、,]?(?:外|表|よそ|外部|誰|だれ)(?:に|へ)(?:は|も)?(?:出さ|漏らさ|言わ|話さ|しゃべら)(?:ない|ん|ず)(?:よう|ように)[、,]?(?:に)?(?:と)?[^。！？!?\n]{0,6}?(?:言われ|指示され|念を押され|釘を刺され|くぎを刺され|止められ)(?:て(?:い|お)(?:ます|る)|た|ました)(?:が|けど|けれど|ものの)[、,]?[^。！？!?\n]{0,20}?(?:早めに|先に|一足先に|ひと足先に|特別に|こっそり|ここだけ|フライング|内緒で|お伝えしたく|お知らせしたく|お伝えしちゃ|お知らせしちゃ|書いちゃ|言っちゃ)/gu
const LITIGATION = /裁判|訴訟|訴え|係争|示談|和解|賠償|顧問弁護士|調停|控訴/u
const LITIGATION_STANCE = new RegExp(
  String.raw`(?:示談|和解|賠償)(?:金|額)?(?:は|を)?[、,]?[^。！？!?\n]{0,6}?[0-9〇一二三四五六七八九十百千万億,]+(?:万|億)?円(?:が|を|まで(?:が)?)(?:上限|限度|天井|精一杯|ぎりぎり)` +
    String.raw`|(?:顧問|弁護士|先生)[^。！？!?\n]{0,6}?の(?:見立て|見解|見通し|感触|読み)(?:だと|では|によると|としては|は)[、,]?[^。！？!?\n]{0,16}?(?:過失|責任|勝て|負け|勝訴|敗訴|不利|有利)` +
    String.raw`|(?:和解|示談)(?:に|には)(?:は)?応じ(?:ず|ない)[^。！？!?\n]{0,24}?(?:方向|方針|つもり|腹づもり|腹積もり)` +
    String.raw`|(?:負け|敗訴し)(?:た場合|たら|ても)(?:も)?[、,]?[^。！？!?\n]{0,6}?控訴(?:する|します)(?:方向|方針|つもり|腹づもり|腹積もり)?` +
    String.raw`|(?:相手方|原告|被告|相手)(?:側)?の主張の弱(?:い|み)`,
  'gu',
)
const LITIGATION_OUT = /控訴しました|控訴いたしました|判決が(?:出|言い渡)|判決を受け|和解が成立し|議会で(?:説明|報告)|記者会見|公表しました|発表しました|ホームページ|市HP|一般論|場合があります|ことがあります/u
const ANSWER_SETTLED = /(?:市長|副市長|教育長|部長|課長)?答弁(?:書|案)?(?:は|の内容は|の中身は)[、,]?[^。！？!?\n]{0,48}?(?:という|との|って)?(?:線|方向|方針|内容)で(?:落ち着|まとま|固ま|決ま|いく|行く|調整)/gu
const SESSION_AHEAD = /(?:明日|あす|来週|次の|今度の|[0-9]+日の)[^。！？!?\n]{0,8}?(?:一般質問|代表質問|議会|本会議|委員会|定例会)|答弁書(?:を|も)?[^。！？!?\n]{0,8}?(?:仕上げ|作成中|作って|書いて|準備)/u
const ANSWER_GIVEN = /答弁しました|答弁いたしました|と答弁|会議録|議事録|中継|ホームページ|市HP/u
const OWN_LIMIT = /(?:こちら|当方|市|うち|市側|当局)(?:は|としては|側は|の方は)[、,]?[^。！？!?\n]{0,12}?(?:[0-9.]+(?:倍|%|割)|[0-9〇一二三四五六七八九十百千万億,]+(?:万|億)?円)(?:まで(?:なら|は|だったら)|以内なら|以下なら|を上限に|が上限)[^。！？!?\n]{0,8}?(?:受ける|受け入れ|のむ|呑む|飲む|応じ|出せ|払え|譲れ|妥協)[^。！？!?\n]{0,4}?(?:腹づもり|腹積もり|つもり|考え|方針|線|方向|覚悟)/gu
const OWN_LIMIT_TALKS = /交渉|協議|折衝|契約更新|値上げ|値下げ|見積/u
const SETTLEMENT_SUM = /(?:和解金|示談金|賠償金|解決金|損害賠償額|和解額|賠償額)[^。！？!?\n]{0,6}?[0-9〇一二三四五六七八九十百千万億,]+(?:万|億)?円で[^。！？!?\n]{0,16}?(?:調整がつ|合意|まとま|話がつ|折り合)/gu
const RELEASE_AHEAD = /(?:議決|可決|議会の(?:承認|同意))[^。！？!?\n]{0,10}?(?:経て|後|上で|を待って|され次第)[^。！？!?\n]{0,10}?(?:発表|公表|お知らせ)|(?:正式に|改めて)(?:発表|公表)(?:する|します|いたします)(?:予定)?|(?:発表|公表|議決)前/u
/** The settlement already made or released (和解が成立しました, 議決されました, 発表しました); 公表します after the vote is still ahead. */
const SETTLEMENT_DONE = /成立し|議決されました|可決されました|公表しました|発表しました|ホームページ|市HP/u
const UNDECIDED_MONEY_GATE = new ParagraphGate([SUM_WITH_FINANCE, AMONG_US_UNTIL, LAND_PRICE, SECRETARIAT_STANCE, BIDDERS_NAMED, SCREENED_OUTCOME, HOLD_ORDER_BUT, LITIGATION_STANCE, ANSWER_SETTLED, OWN_LIMIT, SETTLEMENT_SUM])
/** The undecided money and position kinds (see the comment above YEN_FIGURE), run where the paragraph has no finding yet. */
export function runUndecidedMoneyKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = UNDECIDED_MONEY_GATE.scan(t)
  if (YEN_FIGURE.test(t) && !SUM_SETTLED_OUT.test(t) && !published(t)) emitAll(q, doc, t, SUM_WITH_FINANCE, 'confidential/budget', emit, spans, once(notAware))
  if (CITY_MATTER.test(t) && !SUM_SETTLED_OUT.test(t)) emitAll(q, doc, t, AMONG_US_UNTIL, 'confidential/pre-release', emit, spans, once(notAware))
  if (LANDOWNER_TALKS.test(t) && !LAND_DONE.test(t) && !published(t)) emitAll(q, doc, t, LAND_PRICE, 'confidential/negotiation', emit, spans, once(notAware))
  if (AGENDA_AHEAD.test(t) && !published(t)) emitAll(q, doc, t, SECRETARIAT_STANCE, 'confidential/meeting', emit, spans, once(notAware))
  if (TENDER_AHEAD.test(t) && !TENDER_OUT.test(t) && !published(t)) emitAll(q, doc, t, BIDDERS_NAMED, 'confidential/pre-release', emit, spans, once(notAware))
  if (APPLICANT_NOTICE_AHEAD.test(t) && !NOTICE_SENT.test(t) && !published(t)) emitAll(q, doc, t, SCREENED_OUTCOME, 'confidential/pre-release', emit, spans, once(notAware))
  emitAll(q, doc, t, HOLD_ORDER_BUT, 'confidential/pre-release', emit, spans, once(notAware))
  if (LITIGATION.test(t) && !LITIGATION_OUT.test(t) && !published(t)) emitAll(q, doc, t, LITIGATION_STANCE, 'confidential/negotiation', emit, spans, once(notAware))
  if (SESSION_AHEAD.test(t) && !ANSWER_GIVEN.test(t) && !published(t)) emitAll(q, doc, t, ANSWER_SETTLED, 'confidential/pre-release', emit, spans, once(notAware))
  if (OWN_LIMIT_TALKS.test(t) && !published(t)) emitAll(q, doc, t, OWN_LIMIT, 'confidential/negotiation', emit, spans, once(notAware))
  if (RELEASE_AHEAD.test(t) && !SETTLEMENT_DONE.test(t)) emitAll(q, doc, t, SETTLEMENT_SUM, 'confidential/pre-release', emit, spans, once(notAware))
}
/*
 * The city's enforcement plans, internal criteria and papers not meant for the public (blind R377A, R378B, R380D): how Japanese tells
 * a step the city takes before it happens, a criterion kept off the public rules, or a thing the writer knows is not to be told.
 * - A seizure, a home search or an execution on named days (来週の火曜から木曜にかけて…12件に一斉に給与差押えを入れます; 明後日の朝8時…
 *   滞納者の家の捜索に行ってきます): ENFORCEMENT_DATED, with its targets, a count or a secrecy cue (照会済み, 知られたら) in the paragraph.
 * - An inspection the targets are not told of, with its time and targets (来週の一斉立入検査…12店舗が対象…前もって言わずに行く):
 *   UNANNOUNCED_VISIT.
 * - Undeclared incomes or properties found, their count told before the taxpayers are contacted (37人に申告漏れが見つかりました。順番に
 *   連絡していきます; 申告がなかった物件が12件あって…一軒ずつ回る予定): UNDECLARED_FOUND with CONTACT_AHEAD.
 * - The arrears threshold from which seizure starts (滞納額が30万円を超えていて…人から差押えの準備に入ります): ARREARS_THRESHOLD.
 * - An unwritten criterion at the counter, from above (要綱には書いてないけど、上からそう言われてる): UNWRITTEN_RULE.
 * - A rule against telling, named and broken (学校名は出さない決まりですが、保護者の方は知っておいたほうが): RULE_AGAINST_BUT.
 * - A notice restricted to the agencies, posted as is (「…関係機関内での共有にとどめ、外部への提供は控えること」…そのまま載せます):
 *   RESTRICTION_LINE with PASTED_AS_IS.
 * - Figures told while their official release is still ahead (正式に出るのはまだ先ですが…8％前後…上がる数字): OFFICIAL_LATER_BUT.
 * General notices (差押えを行うことがあります, 場合は), a release already made and a refusal to tell stay clean.
 */
const ENFORCEMENT_DATED =
  /(?:明日|あす|明後日|あさって|来週|再来週|今週|週明け|[0-9]{1,2}日|[月火水木金土日]曜)[^。！？!?\n]{0,40}?(?:差し?押さ?え|差押|捜索|強制執行|タイヤロック)(?:を|に)?(?:入れ|行き|行っ|実施し|かけ|着手し|踏み切り|入り|踏み込み)(?:ます|てきます)/gu
const ENFORCEMENT_TARGET = /[0-9一二三四五六七八九十]+(?:件|人|名|世帯|社|軒|店舗)|滞納者|の家|自宅|勤務先|照会|知られ|バレ|ばれ|静かに|こっそり|内緒/u
const ENFORCEMENT_IN_GENERAL = /ことがあります|場合があります|こともあります|場合は|ときは|際は|ましょう|ください|お早めに|ご相談/u
/** A rule in general (立入検査は事前に知らせずに行うこともあります), not a plan. */
const RULE_IN_GENERAL = /ことがあります|場合があります|こともあります|ことになっています|場合は|ときは|際は/u
const UNANNOUNCED_VISIT =
  /(?:前もって|事前に|あらかじめ)(?:は)?[、,]?(?:言わ|知らせ|伝え|連絡せ|通知せ|予告せ|告げ)(?:ず(?:に)?|ないで)[、,]?(?:行|伺|入|回|実施|検査|訪問|踏み込)/gu
const VISIT_KIND = /立入|立ち入|検査|査察|監査|調査|捜索|差押|差し押/u
const UNDECLARED_FOUND =
  /(?:申告漏れ|申告もれ|無申告|未申告|課税漏れ|所得隠し|申告(?:が|の)(?:なかった|ない|されていない|されてない))[^。！？!?\n]{0,12}?(?:が|も)?[、,]?(?:見つかり|見つかっ|判明し|発覚し|確認され|あっ|あり)/gu
const FOUND_COUNT = /[0-9一二三四五六七八九十]+(?:件|人|名|社|世帯|軒|物件)/u
const CONTACT_AHEAD =
  /(?:これから|順番に|順次|今後|来週|明日|近く|近日中に|一軒ずつ|一件ずつ|個別に)[^。！？!?\n]{0,16}?(?:連絡|回|訪問|伺|調査|通知|電話)(?:し|る|り|いたし)?(?:ます|ていき|ていく|予定)/u
const ARREARS_THRESHOLD =
  /(?:滞納額|滞納|未納額|未納|滞納期間)(?:が|を)?[^。！？!?\n]{0,6}?[0-9一二三四五六七八九十]+(?:万円|円|か月|ヶ月|カ月|年)(?:を超え|以上|超|を過ぎ)[^。！？!?\n]{0,40}?(?:差し?押さ?え|差押|財産調査|強制執行)(?:の準備)?(?:に入り|に入る|に着手|を始め|に踏み切|に動き)/gu
const UNWRITTEN_RULE =
  /(?:要綱|要領|規則|条例|基準|規定|マニュアル|募集要項)(?:に|には|にも)(?:は)?(?:書いて|書かれて|載って|明記されて|記載されて)(?:い|お)?(?:ない|ません|りません|なかった)(?:ん|の)?(?:です|だ)?(?:が|けど|けれど|けども)[、,]?[^。！？!?\n]{0,20}?(?:上|上司|課長|部長|所長|幹部|上層部)(?:から|に)(?:は)?[^。！？!?\n]{0,24}?(?:言われ|指示され)/gu
const RULE_AGAINST_BUT =
  /(?:出さ|載せ|公表し|公開し|明かさ|言わ|教え|書か)(?:ない|ず)(?:決まり|ルール|方針|約束|取り決め)(?:に(?:なって|して)(?:い|お)(?:ます|る))?(?:なん|な)?(?:です|でした|だ|や)?(?:が|けど|けれど|けども)[、,]?[^。！？!?\n]{0,30}?(?:知っておいた|知ってほしい|知っておいて|知るべき|お伝えし|書いちゃ|言っちゃ|載せちゃ|載せます|書きます|教えます|こっそり|特別に|ここだけ)/gu
const RESTRICTION_LINE =
  /(?:関係機関|関係者|関係部署|関係課|庁内|内部|課内)(?:内)?(?:で|での)(?:の)?共有に(?:とどめ|留め)|(?:外部|部外|第三者)(?:へ|に)の?(?:提供|公表|公開|転載|提示|持ち出し)(?:は|を)(?:控え|禁止|禁じ|行わ)/gu
const PASTED_AS_IS = /そのまま(?:載せ|のせ|貼り|貼っ|アップし|公開し|掲載し|共有し|転載し)(?:ます|ました|ちゃ|とき|てお)/u
const OFFICIAL_LATER_BUT =
  /正式(?:に|な)?(?:出る|発表される|公表される|決まる|通知される|発表|公表|決定|通知)(?:の)?(?:は|が)[、,]?(?:まだ)?(?:先|これから|来月|来年)(?:です|だ|なん|なの|や)?(?:が|けど|けれど|けども)/gu
const FIGURE_AFTER_HOLD = /[0-9０-９]+(?:\.[0-9]+)?(?:%|％|割|ポイント|倍|万円|円)/u
const ENFORCEMENT_AND_RULE_GATE = new ParagraphGate([ENFORCEMENT_DATED, UNANNOUNCED_VISIT, UNDECLARED_FOUND, ARREARS_THRESHOLD, UNWRITTEN_RULE, RULE_AGAINST_BUT, RESTRICTION_LINE, OFFICIAL_LATER_BUT])
/** The enforcement, criterion and not-to-be-told kinds (see the comment above ENFORCEMENT_DATED), run where the paragraph has no finding yet. */
export function runEnforcementAndRuleKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = ENFORCEMENT_AND_RULE_GATE.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  const notGeneral = (m: RegExpExecArray): boolean => notAware(m) && !RULE_IN_GENERAL.test(sentenceText(m)) && !published(t)
  const notNotice = (m: RegExpExecArray): boolean => notGeneral(m) && !ENFORCEMENT_IN_GENERAL.test(sentenceText(m))
  if (ENFORCEMENT_TARGET.test(t)) emitAll(q, doc, t, ENFORCEMENT_DATED, 'confidential/investigation', emit, spans, once(notNotice))
  if (VISIT_KIND.test(t) && INSPECTION_WHEN.test(t) && INSPECTION_TARGETS.test(t)) emitAll(q, doc, t, UNANNOUNCED_VISIT, 'confidential/investigation', emit, spans, once(notGeneral))
  if (CONTACT_AHEAD.test(t)) emitAll(q, doc, t, UNDECLARED_FOUND, 'confidential/investigation', emit, spans, once((m) => notGeneral(m) && FOUND_COUNT.test(sentenceText(m))))
  emitAll(q, doc, t, ARREARS_THRESHOLD, 'confidential/staff-notice', emit, spans, once(notNotice))
  emitAll(q, doc, t, UNWRITTEN_RULE, 'confidential/staff-notice', emit, spans, once(notAware))
  emitAll(q, doc, t, RULE_AGAINST_BUT, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !published(t)))
  if (PASTED_AS_IS.test(t)) emitAll(q, doc, t, RESTRICTION_LINE, 'confidential/staff-notice', emit, spans, once(notAware))
  if (!VALUE_REFUSED.test(t)) emitAll(q, doc, t, OFFICIAL_LATER_BUT, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && FIGURE_AFTER_HOLD.test(t.slice(m.index + m[0].length)) && !published(t)))
}
/*
 * The mayor's office and what reaches it (blind R379C): how Japanese tells what the office keeps from the public.
 * - A meeting or a trip said kept off the published schedule (公表日程には載せていない件です, 先方の希望で表の日程には入れていません),
 *   with a meeting, a dinner or a trip in the paragraph: OFF_SCHEDULE with SCHEDULED_MEETING.
 * - Another leader's words quoted from a talk held without the press (懇談（報道陣なし）…知事からは「…」とお話がありました):
 *   LEADER_WORDS_QUOTED with CLOSED_TALK.
 * - An embargoed release told to followers before the press may run it (新聞やテレビで出るのは木曜の朝からなんですが、…特別に):
 *   EMBARGO_AHEAD.
 * - A contest's result hinted while its winner is still to be told (受賞した方にはまだ連絡してないので…みやま市の方の一枚です):
 *   WINNER_UNTOLD with RESULT_HINTED.
 * - An official's illness the office has chosen not to publish (入院しています。…公表はしない方針なので): NOT_PUBLISHED_POLICY with
 *   OFFICIAL_ILL.
 * - A citizen's letter to the office retold, its writer described (大和町の80代の男性から…が書かれていました, 自治会長さんからも手紙が
 *   来てますよ…とまで書いてありました): LETTER_CONTENT_TOLD with LETTER_WORD and LETTER_SENDER.
 * A schedule already published, a talk open to the press, a release after its time, a winner already told, a letter shown with its
 * writer's consent and a lesson about such cases stay clean.
 */
const OFF_SCHEDULE = /(?:公表|公開|公式|表|正式|対外)(?:の|用の)?(?:日程|スケジュール|予定表?|行程)(?:に|には|へ|にも)(?:は|も)?[、,]?(?:載せ|入れ|出し|掲載し|記載し|書い|のせ)(?:て(?:い)?(?:ない|ません)|とらん|てへん|ず|ない)/gu
const SCHEDULED_MEETING = /面会|会食|懇談|会談|面談|会合|上京|出張|訪問|視察|打ち合わせ|打合せ/u
const CLOSED_TALK = /(?:報道陣|報道|記者|マスコミ|カメラ)(?:なし|抜き|は入らず|は入らない|を入れず|を入れない|非公開)|非公開(?:の|で)(?:懇談|会談|面談|意見交換|会合|協議|会議)/u
const LEADER_WORDS_QUOTED = /(?:知事|大臣|議長|社長|会長|市長|町長|村長|理事長|会頭|頭取|教育長)(?:さん|様)?(?:から|が)(?:は|も)?[、,]?[^。！？!?\n「]{0,30}?「[^」\n]{1,60}」(?:と|って|との)[^。！？!?\n]{0,16}?(?:お話|発言|言われ|話され|おっしゃ|述べ|話があ|お言葉|意見があ)/gu
const EMBARGO_AHEAD = /(?:新聞|テレビ|ニュース|報道|メディア|記者発表|プレスリリース|ラジオ)(?:や|・|、|と)?(?:新聞|テレビ|ニュース|ラジオ|ネット|報道)?(?:で|に)(?:出る|流れる|報じられる|報道される|発表される|公開される|載る|解禁される)の(?:は|が)[^。！？!?\n]{0,16}?(?:なん|な)?(?:です|だ|や)?(?:が|けど|けれど|ですが)[、,]?[^。！？!?\n]{0,24}?(?:特別に|ひと足|一足|いち早く|先に|こっそり|フライング|内緒で)/gu
const WINNER_UNTOLD = /(?:受賞|入賞|当選|優勝|グランプリ|最優秀賞?|大賞|金賞)(?:した|された|者|の)?(?:方|人|者|ご本人|皆さん)?(?:に|へ)(?:は|も)?[、,]?まだ(?:ご)?(?:連絡|通知|お知らせ|伝え|お伝え)(?:し|でき)?(?:て(?:い)?(?:ない|ません)|とらん|てへん)/gu
const RESULT_HINTED = /(?:もう|すでに|既に|実は)(?:決まっ|決定し|選ばれ)|(?:市|町|村|区|県)(?:在住)?の(?:方|かた|人|男性|女性|[0-9]+代)|(?:作品|一枚|写真|作)(?:です|でした)/u
const NOT_PUBLISHED_POLICY = /(?:公表|発表|公開|公に)(?:は|を)?(?:しない|せず|しません|控える|差し控える)(?:方針|こと|予定)|(?:伏せる|伏せておく|非公表とする|非公表の)方針/gu
const OFFICIAL_ILL = /(?:市長|副市長|教育長|議長|部長|課長)[^。！？!?\n]{0,20}?(?:入院|にゅういん|ニュウイン|手術|療養|体調不良|体調を崩|病気|検査入院|倒れ)/u
const LETTER_CONTENT_TOLD = /(?:が|と|とまで|って|ことが)?(?:書かれて|書いて|綴られて|つづられて|したためられて)(?:い|あり|おり)?(?:ました|ます|た|る)/gu
const LETTER_WORD = /手紙|投書|お便り|便箋|はがき|ハガキ/u
/** The letter's writer described, as whom it came from (大和町の80代の男性からで, 同じ地区の自治会長さんからも). */
const LETTER_SENDER = /(?:[0-9０-９一二三四五六七八九十]+代の(?:男性|女性|方)|(?:町|地区|校区|地域|区)の[^。！？!?\n]{0,10}?(?:男性|女性|方|会長さん|区長さん)|(?:自治会長|区長|町内会長|老人会長|会長)さん)(?:から|より)/u
const LETTER_CONSENT = /了承|了解を(?:得|いただ)|許可を(?:得|いただ)|承諾|同意を(?:得|いただ)|ご本人の(?:希望|ご希望)で(?:紹介|掲載)/u
const MAYOR_OFFICE_GATE = new ParagraphGate([OFF_SCHEDULE, LEADER_WORDS_QUOTED, EMBARGO_AHEAD, WINNER_UNTOLD, NOT_PUBLISHED_POLICY, LETTER_CONTENT_TOLD])
/** The mayor's office kinds (see the comment above OFF_SCHEDULE), run where the paragraph has no finding yet. */
export function runMayorOfficeKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = MAYOR_OFFICE_GATE.scan(t)
  if (SCHEDULED_MEETING.test(t)) emitAll(q, doc, t, OFF_SCHEDULE, 'confidential/meeting', emit, spans, once(notAware))
  if (CLOSED_TALK.test(t)) emitAll(q, doc, t, LEADER_WORDS_QUOTED, 'confidential/meeting', emit, spans, once(notAware))
  emitAll(q, doc, t, EMBARGO_AHEAD, 'confidential/pre-release', emit, spans, once(notAware))
  if (RESULT_HINTED.test(t) && !published(t)) emitAll(q, doc, t, WINNER_UNTOLD, 'confidential/pre-release', emit, spans, once(notAware))
  if (OFFICIAL_ILL.test(t)) emitAll(q, doc, t, NOT_PUBLISHED_POLICY, 'confidential/personnel', emit, spans, once(notAware))
  if (LETTER_WORD.test(t) && LETTER_SENDER.test(t) && !LETTER_CONSENT.test(t)) emitAll(q, doc, t, LETTER_CONTENT_TOLD, 'confidential/complainant', emit, spans, once(notAware))
}
/*
 * Who asked for the city's papers, and what the city found before it is reported up (blind R375Y, R378B).
 * - A disclosure request counted and its requester told as a person one can name (１件は現職の市議さんからでした, うち2件は同じ新聞社の
 *   記者から): REQUEST_COUNTED_FROM, with 情報公開請求 or 開示請求 in the paragraph. The yearly statistics by class (市民が12件) are not this.
 * - An error or a shortfall found inside and counted, told while it is not yet reported up or published (まだ上にも報告前なので,
 *   課長にもまだ上げていない段階ですが): NOT_REPORTED_UP with FINDING_COUNTED. A finding already reported or published stays clean.
 */
const REQUEST_COUNTED_FROM =
  /(?:[0-9０-９一二三四五六七八九十]{1,3}件|うち|残り|もう一つ|もう1つ)(?:は|が)[、,]?[^。！？!?\n]{0,12}?(?:現職の|元|前|同じ|地元の|ある)?(?:市議会議員|市議|議員|県議|新聞社|新聞記者|記者|報道機関|テレビ局|競合(?:する)?業者|同業者)(?:さん|の方|の先生)?(?:から|による|からの)/gu
const DISCLOSURE_REQUEST_WORD = /情報公開請求|開示請求|公開請求/u
const NOT_REPORTED_UP =
  /(?:まだ)?(?:上|上司|課長|部長|幹部|市長|上層部|庁議)(?:に|へ)(?:も|は)?(?:まだ)?(?:報告|説明|相談|上げ)(?:前|する前|していない|してない|していません|て(?:い)?ない)/gu
const FINDING_COUNTED = /(?:誤っ|誤り|間違っ|間違い|ミス|漏れ|もれ|不備|過大|過少|未徴収|徴収漏れ)[^。！？!?\n]{0,24}?[0-9０-９一二三四五六七八九十百]+(?:件|世帯|人|名|か所|箇所)|[0-9０-９一二三四五六七八九十百]+(?:件|世帯|人|名|か所|箇所)[^。！？!?\n]{0,12}?(?:誤っ|誤り|間違っ|間違い|ミス|漏れ|不備)/u
const REPORTED_ALREADY = /報告しました|報告いたしました|公表しました|発表しました|お詫び|おわび|ホームページ|市HP/u
const REQUESTER_AND_UNREPORTED_GATE = new ParagraphGate([REQUEST_COUNTED_FROM, NOT_REPORTED_UP])
/** The requester and unreported-finding kinds (see the comment above REQUEST_COUNTED_FROM), run where the paragraph has no finding yet. */
export function runRequesterAndUnreportedKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = REQUESTER_AND_UNREPORTED_GATE.scan(t)
  if (DISCLOSURE_REQUEST_WORD.test(t)) emitAll(q, doc, t, REQUEST_COUNTED_FROM, 'confidential/complainant', emit, spans, once(notAware))
  if (FINDING_COUNTED.test(t) && !REPORTED_ALREADY.test(t) && !published(t)) emitAll(q, doc, t, NOT_REPORTED_UP, 'confidential/investigation', emit, spans, once(notAware))
}
/*
 * A matter said not to be out yet, then told (blind R381E, R382F, R384H): one reading of the construction, in any word order, instead of
 * one more enumeration beside PRE_RELEASE, NOT_PUBLIC, NOT_OUT_KEEP or OFFICIAL_LATER_BUT.
 * - (a) A clause saying the matter is not public yet: a publicity word (正式, 公式, 公表, 記者発表, 解禁, 内示, 告知, 周知, 表, 外) read as
 *   not yet: a negative of letting out (まだ正式には出せないんですが, まだ正式には出ていませんが, 公表されていない), the release still ahead or
 *   unsettled (公表の手続きはこれからですが, 公表の時期はまだ決まっていません, 正式な発表は来週), its day named ahead (正式に発表されるのは来週,
 *   正式に出るのは3月末), before it (内示前なので), or the occasion closed (非公開の場でしたが): UNRELEASED_CLAUSE. A bare 発表 (結果発表は
 *   これから, 研究発表は来週) is an event, not a release, and is not read.
 * - (b) Joined to what is told as a concession or a reason, or standing as the sentence before or after it: the told matter is looked for in
 *   the clause's sentence and the sentences either side of it (…ことになりました〜！ 正式に発表されるのは来週なので…ナイショです).
 * - (c) A told matter: a decision or result (ことになりました, 決まりました, 固まった, 結論, 方向で, 構え), a finding (分かりました), a penalty,
 *   hearsay or a near-certainty (だそうです, らしい, …とか, ほぼ間違いない), a name given (「…」です): MATTER_TOLD_AROUND. A notice to wait
 *   (決まり次第お知らせします, 改めてお知らせ, お待ちください) or the release itself announced (…の式典で行います) in the clause's sentence or the
 *   next, a case put (場合は), advice not to post such things, and a release already made (公表しました, ホームページ) stay clean:
 *   UNRELEASED_HELD.
 * Two neighbours of the reading, told while the matter is still being settled inside rather than said unreleased:
 * - A penalty for a member of staff told as the line being worked out (停職1か月とする方向で人事課と詰めている): PENALTY_BEING_SETTLED.
 * - The leadership's split on the city's response told as it stands (幹部の中でまだ意見が割れています): LEADERSHIP_SPLIT.
 * And an exam's content passed on as what its setter said (…から多めに出るって、作問担当の人が言ってました): EXAM_SETTER_SAID.
 */
const UNRELEASED_NEG = '(?:て(?:い)?(?:ない|なか|ません|へん)|ておら(?:ん|ず)|ておりません|とら(?:ん|ない|ず|へん)|とりません)'
const UNRELEASED_AHEAD =
  '(?:まだ(?:先|これから|決まって(?:い)?(?:ない|ません)|未定)|これから|未定|決まって(?:い)?(?:ない|ません)|(?:来週|来月|来年度?|再来週|年明け|週明け|明日|あす|明後日|今月末|月末)(?:の[^。！？!?\\n]{0,8}?)?|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?(?:末|中|上旬|中旬|下旬|ごろ|頃)?|[0-9０-９]{1,2}日)'
/**
 * Blind R385J, R386K, R387L: more ways of saying the matter is not out yet. The release awaited (総務省の公表を待つ必要がありますが), the
 * release set for a coming conference (来週の記者会見で発表されるけど), the website not yet carrying it (まだホームページには載せていない),
 * a plan still weighed inside (庁内で検討している段階) or an agreement awaiting the other side's approval (先方理事会の承認を待っている段階),
 * and the formal step still ahead (正式な結果通知は来月, 正式な手続きはまだですが).
 */
const RELEASE_AWAITED =
  '(?:公表|発表|正式発表|公式発表|記者発表)を待(?:つ|た(?:なければ|ねば|なきゃ|ないと)(?:なりません|ならない|いけません|いけない)?)(?:必要が(?:あり(?:ます)?|ある))?(?:が|けど|けれど|ですが)' +
  '|(?:来週|来月|明日|あす|近く|後日|今月末|月末|週明け|[0-9０-９]{1,2}日)(?:の)?[^。！？!?\\n]{0,8}?(?:記者会見|会見|定例会|議会|委員会)(?:で|にて)(?:発表|公表|報告)(?:される|する)(?:ん(?:だ|です))?(?:けど|けれど|が)' +
  `|まだ(?:ホームページ|HP|ウェブサイト|公式サイト|市報|広報紙?)(?:に|には|へ|で)(?:は|も)?[、,]?(?:載せ|のせ|掲載し|アップし|公開し|出し)${UNRELEASED_NEG}` +
  `|(?:ホームページ|HP|ウェブサイト|公式サイト)(?:に|には|へ|で)(?:は|も)?[、,]?まだ(?:載せ|のせ|載っ|掲載し|掲載され|アップし|アップされ|公開し|公開され|出し|出)${UNRELEASED_NEG}` +
  '|(?:庁内|内部|課内|部内|役所内)(?:で|の)[、,]?(?:検討|協議|調整)(?:している|しとる|中の|を進めている)(?:段階|ところ)' +
  '|(?:理事会|取締役会|議会|総会|先方|相手方)(?:の)?(?:承認|議決|決裁|了承|同意)を待って(?:いる|おる)(?:段階|ところ|状態)' +
  '|(?:正式|公式)(?:な|の)?(?:結果)?(?:通知|報告|手続き?|届け?出?)(?:は|が)[、,]?(?:まだ(?:です|だ|なん|ですが|だけど|やけど|で)|来週|来月|来年度?|再来週|年明け|週明け|後日)'
const UNRELEASED_CLAUSE = new RegExp(
  // まだ正式には出せない, 正式には出ていません, 外部にはまだ言えない; まだ表に出していない, 外にはまだ出せない (表, 外 only with まだ:
  // 外に出ていないか確認 is a door, not a release)
  `(?:(?:まだ)?(?:正式|公式|対外的|外部)(?:に|には)(?:は|も)?[、,]?(?:まだ)?|まだ(?:表|外|公|おおやけ|世間)(?:に|には)(?:は|も)?[、,]?|(?:表|外|公|おおやけ|世間)(?:に|には)(?:は|も)?[、,]?まだ)` +
    `(?:(?:出せ|言え|話せ|お伝えでき|お知らせでき|発表でき|公表でき)(?:ん|ない|ません|なか)|(?:出|出し|出さ?れ|発表し|発表され|公表し|公表され|公開し|公開され|告知し|周知し)${UNRELEASED_NEG})` +
    // まだ公表されていません, 内示も出ていない
    `|まだ(?:公表|正式発表|公式発表|記者発表|報道発表|解禁|告知|周知)(?:は|も)?(?:され|し)${UNRELEASED_NEG}|(?:公表|内示|辞令)(?:は|も)まだ(?:出|され|し)?${UNRELEASED_NEG}?` +
    // 公表の手続きはこれから, 公表の時期はまだ決まっていません, 正式な発表は来週
    `|(?:(?:正式|公式)(?:な|の)?(?:発表|公表|お知らせ|通知|告知)|公表|記者発表|報道発表|解禁|内示)(?:の|される|する)?(?:手続き|時期|日程|タイミング|日)?(?:は|が)[、,]?${UNRELEASED_AHEAD}` +
    // 正式に発表されるのは来週, 正式に出るのは3月末
    `|(?:(?:正式|公式)(?:に)?(?:出る|出す|発表される|発表する|公表される|公表する|お知らせする|解禁される)|(?:公表|解禁|内示)(?:される|する|が出る))の(?:は|が)[、,]?(?:たぶん|おそらく|多分)?${UNRELEASED_AHEAD}` +
    // 非公開の場でしたが, 内示前なので
    `|非公開(?:の(?:場|席|会議|協議|交渉|会合|審議|話し合い|打ち合わせ))?(?:でした|だった|やった|ですが|だけど)` +
    `|(?:公表|正式発表|公式発表|記者発表|報道発表|内示|解禁)(?:の|する|される)?前(?:の段階)?(?:なので|なんで|ですが|だけど|やけど|やけん|ですので|につき|ですけど)|${RELEASE_AWAITED}`,
  'gu',
)
/** …and what is told with it: a decision, a finding, a penalty, hearsay or a name given. */
const MATTER_TOLD_AROUND =
  /ことに(?:なり|なっ|決まり|決まっ)|決まり(?:ました|そう)|決まっ(?:た|て(?:い|お)?(?:ます|る))|決定し(?:ました|た)|固ま(?:り|っ)|内定|結論|(?:方向|方針|線)で(?:す|調整|固ま|進|決ま)|構え|腹(?:づもり|積もり)|間違いな(?:い|さそう)|(?:[るたいだ]|の|ん)そう(?:です|だ|や|な)|らしい(?:です|よ|。|$)|とか[。！!…\n]|(?:って|と)[、,]?[^。！？!?\n]{0,10}?(?:言って|話して|聞い)|ことが(?:分か|わか)り|判明し|明らかにな|停職|減給|戒告|免職|訓告|[」』](?:です|でした|に決ま)/u
/**
 * …and more told matters (blind R385J, R386K, R387L): a figure counted inside (足し上げたところ…人口は60,112人; 集計が出ました。満足度は38.2％), words said to the
 * city (「…」と厳しめに言われました), a draft's content (協定案では…負担し, …案が盛り込まれています), a party's intention consulted
 * (取り下げの相談がありました).
 */
const MATTER_TOLD_MORE =
  /(?:集計|足し上げ|積み上げ|試算|算出|計算し|数え|取りまとめ|とりまとめ)[^！？!?\n]{0,30}?(?:は|が)[、,]?(?:約|およそ|ほぼ)?[0-9０-９][0-9０-９,.]*(?:％|%|ポイント|人|万人|万円|億円|万)|(?:って|と)[、,]?[^。！？!?\n]{0,10}?(?:言われ|指摘され|指摘を受け)|(?:案|素案|原案|草案|骨子)(?:では|には|によると|によれば)[、,]?[^。！？!?\n]{0,50}?(?:盛り込|内容|負担|設置|再編|統合|廃止|[0-9０-９]+(?:万|億)?円)|案が(?:盛り込|示され|出て)|(?:取り下げ|取下げ|辞退|撤回|辞職|退職|辞任)(?:の|を|したいと?の?)[、,]?(?:ご)?(?:相談|申し出|申出|意向|連絡|打診)(?:が|を)/u
/**
 * A notice to wait or the release itself announced (決まり次第お知らせします, 詳細もそこでお伝えします, 正式な発表は来月の式典で行います), a case
 * put or advice against posting, in the clause's sentence or the next: nothing is told ahead.
 */
const UNRELEASED_HELD = /次第|改めて(?:お知らせ|ご案内|ご報告|発表)|お待ち(?:ください|下さい)|お楽しみに|(?:お知らせ|ご案内|ご報告|お伝え)(?:します|いたします|する予定)|ご覧ください|(?:で|にて)(?:行います|行う予定|発表します|発表いたします)|場合(?:は|に|には)|ないよう(?:に)?|しないで|書かないで|投稿しない|禁止|厳禁|控えて/u
/** A penalty for a member of staff told as the line being worked out (停職1か月とする方向で人事課と詰めている). */
const PENALTY_BEING_SETTLED =
  /(?:懲戒免職|諭旨免職|諭旨退職|免職|停職|減給|戒告|訓告|降格|降任)[^。！？!?\n]{0,12}?(?:と|に)(?:する|なる|して)?(?:方向|方針|線|案)(?:で|にて)[、,]?[^。！？!?\n]{0,12}?(?:調整|詰め|検討|協議|話し合|進め|固め)/gu
/** The leadership's split on the city's course told as it stands (幹部の中でまだ意見が割れています). */
const LEADERSHIP_SPLIT =
  /(?:幹部|上層部|執行部|三役|庁議|部長会議?|首脳部?|市長室|トップ)(?:の中|の間|内部|同士|の(?:皆さん|方々))?(?:で|では|でも)[、,]?(?:まだ|いまだに|今も)?[、,]?(?:意見|見解|考え|判断|方針)(?:が|は)[、,]?(?:まだ)?(?:割れ|分かれ|わかれ|まとまら)(?:て(?:い|お)(?:ます|る)|とる|ており|ず|ない)/gu
const SPLIT_SETTLED = /決定しました|決まりました|公表し|発表し|ホームページ|市HP|議会|委員会|審議会|市民の|住民の/u
/** An exam's content passed on as what its setter said (…から多めに出るって、作問担当の人が言ってました; 出題委員によると…が出る). */
const EXAM_SETTER_SAID =
  /(?:出る|出ます|出題される|出題します|出す|問われる|聞かれる)(?:って|と|らしい(?:と|って)?)[、,]?[^。！？!?\n]{0,4}?(?:作問|出題|問題作成|試験作成|採点)(?:の|を)?(?:担当|係|委員|者|チーム|側|する)[^。！？!?\n]{0,8}?(?:が|から)[、,]?(?:言って|話して|聞(?:い|き)|教えて|言われ)|(?:作問|出題|問題作成|試験作成)(?:の|を)?(?:担当|係|委員|者|チーム|側)[^。！？!?\n]{0,8}?(?:によると|によれば|から聞いた|の話では|が言うには)[、,]?[^。！？!?\n]{0,40}?(?:出る|出ます|出題され|問われ|聞かれ)/gu
const EXAM_WORD_AROUND = /試験|択一|論文|筆記|記述|面接|検定|選考|問題/u
const EXAM_PAST = /昨年|去年|前回|過去|例年|範囲|受験案内|募集要項|ホームページ|市HP/u
const UNRELEASED_TOLD_GATE = new ParagraphGate([UNRELEASED_CLAUSE, PENALTY_BEING_SETTLED, LEADERSHIP_SPLIT, EXAM_SETTER_SAID])
/** The unreleased-then-told reading and its neighbours (see the comment above UNRELEASED_NEG), run where the paragraph has no finding yet. */
export function runUnreleasedButToldKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = UNRELEASED_TOLD_GATE.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  /** The clause's sentence and the sentences either side of it, the clause itself left out. */
  const toldAround = (m: RegExpExecArray): string => {
    const here = sentenceAround(t, m.index, m.index + m[0].length)
    const from = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1).start : here.start
    const to = here.end < t.length ? sentenceAround(t, here.end, here.end).end : here.end
    return t.slice(from, m.index) + '。' + t.slice(m.index + m[0].length, to)
  }
  emitAll(q, doc, t, UNRELEASED_CLAUSE, 'confidential/pre-release', emit, spans, once((m) => {
    const here = sentenceAround(t, m.index, m.index + m[0].length)
    const next = here.end < t.length ? sentenceAround(t, here.end, here.end).end : here.end
    if (!notAware(m) || UNRELEASED_HELD.test(t.slice(here.start, next))) return false
    const around = toldAround(m)
    return (MATTER_TOLD_AROUND.test(around) || MATTER_TOLD_MORE.test(around)) && !published(around)
  }))
  if (STAFF.test(t) && !PENALTY_PUBLIC.test(t)) emitAll(q, doc, t, PENALTY_BEING_SETTLED, 'confidential/personnel', emit, spans, once(notAware))
  if (!SPLIT_SETTLED.test(t)) emitAll(q, doc, t, LEADERSHIP_SPLIT, 'confidential/meeting', emit, spans, once((m) => notAware(m) && !published(t)))
  if (EXAM_WORD_AROUND.test(t)) emitAll(q, doc, t, EXAM_SETTER_SAID, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !EXAM_PAST.test(sentenceText(m))))
}
/*
 * An inquiry still under way, told with what it holds (blind R381E, R382F, R384H): how Japanese tells a case the police, the city or a
 * section is still looking into, together with what the inquiry has found or whom it suspects.
 * - An inquiry in a progressive or unfinished form (今も調べています, 事実関係を確認しています, 当事者への聞き取りをしている最中, 契約書類を
 *   洗い直しているところ, 警察と一緒に調べてるんだけど): INQUIRY_UNDER_WAY, with what it holds in the paragraph: a party described
 *   (30代くらいの同じ男性とみられ, 申請者は県外の40代男性で, 不正に取得した疑いのある県南部の行政書士, 同じ人がやってる可能性が高い),
 *   what an internal inquiry found (内部監査で…ことが見つかりました), a misconduct report's content (公益通報…という通報が届いていて) or a
 *   count tied to one section (セクハラ3件は全部同じ部署から).
 * - What an internal inquiry or review found (…だったことが、課内の聞き取りで分かりました; 検証会議で…ことが原因と結論付けられました) while
 *   the decision on it is still to come (本人をどう扱うかはまだ決まっていません, 処分は来週決まります): INTERNAL_FINDING with DECISION_PENDING.
 * - Who did it, guessed inside before any finding (作ったのは市の元職員じゃないかという見方が庁内で…まだ確証はない): CULPRIT_GUESSED with a
 *   view held inside or no proof yet.
 * The city's notice with nothing found told (原因を調査中です。分かり次第お知らせします; 警察と連携して対応しています), an apology or a published
 * report, a scam or suspicious-person alert with its advice (ご注意ください, 110番), a practice in general (場合は…確認しています) and
 * statistics with no inquiry going on stay clean.
 */
const INQUIRY_UNDER_WAY =
  /(?:調べ|調査し|捜査し|確認し|照会し|照合し|検証し|精査し|洗い直し|洗い出し|突き合わせ|(?:聞き取り|聴き取り|事情聴取|ヒアリング)(?:を)?し|(?:話|事情)を(?:聞い|伺っ))(?:てい(?:ます|る)|ており|てる|とる|とります|よる|よります)|(?:調査|捜査|確認|照会|検証|精査|聞き取り|聴き取り)(?:を)?進めて(?:い|お)|(?:調査|捜査|聞き取り|聴き取り|検証)中/gu
/** A party described as the one suspected (30代くらいの同じ男性とみられ, 申請者は県外の40代男性で, 疑いのある…行政書士, 同じ人がやってる). */
const PARTY_SUSPECTED = new RegExp(
  [
    '(?:[0-9〇一二三四五六七八九十]+代(?:くらい|ぐらい|前半|後半)?の|同じ|県外の|市外の|県内の|市内の)[^。！？!?\\n、,]{0,8}?(?:男性|女性|男|女|人物|者|グループ)(?:とみられ|と見られ|とみて|と見て|らしい|の(?:犯行|仕業|しわざ|可能性)|の疑い)',
    '(?:申請者|請求者|犯人|容疑者|加害者|投稿者|差出人|送り主|行為者)(?:は)[、,]?[^。！？!?\\n]{0,12}?(?:[0-9〇一二三四五六七八九十]+代|男性|女性|職員|業者|少年|少女|生徒|学生)',
    '疑い(?:の|が)ある[^。！？!?\\n]{0,16}?(?:男性|女性|人物|者|業者|事業者|書士|職員|会社|法人|店)(?:について|に(?:つ|対)して|は|が|を)',
    '同じ(?:人|人物|者|男|女|男性|女性|グループ|犯人|業者)(?:が|の)[^。！？!?\\n]{0,10}?(?:可能性|らしい|みたい|とみられ|と見られ|疑い|仕業|犯行)',
  ].join('|'),
  'u',
)
/** An inquiry inside the city or one of its sections (内部監査, 課内の聞き取り, 本部内の検証会議). */
const INSIDE_INQUIRY = '(?:内部監査|内部調査|庁内調査|内部(?:の)?(?:聞き取り|聴き取り|検証|点検)|(?:課内|部内|係内|庁内|署内|本部内|局内|所内)(?:の|で(?:の)?)?(?:聞き取り|聴き取り|調査|検証会議|検証|点検|監査|調べ)|検証会議)'
const FOUND_BY = '(?:分かり|わかり|判明し|見つかり|発覚し|確認され|特定され|断定され|結論付け|結論づけ)'
/** What an internal inquiry found (内部監査で…ことが見つかりました, ことが、課内の聞き取りで分かりました). */
const INTERNAL_FINDING = new RegExp(
  `${INSIDE_INQUIRY}(?:で|では|の結果|によると|によれば)[、,]?[^。！？!?\\n]{0,60}?(?:ことが|のが|と)[、,]?${FOUND_BY}|(?:ことが|のが)[、,]?${INSIDE_INQUIRY}(?:で|によって|により)[、,]?${FOUND_BY}`,
  'gu',
)
const INTERNAL_FINDING_AT = new RegExp(INTERNAL_FINDING.source, 'u')
/** A misconduct report's content (…という通報が届いていて), with the misconduct or the whistle-blowing named in the paragraph. */
const REPORT_RECEIVED = /(?:という|との|って)(?:通報|告発|内部通報|公益通報|相談|申し出|申出|訴え|情報)(?:が|も)/u
const MISCONDUCT_REPORTED = /公益通報|内部通報|内部告発|ハラスメント|パワハラ|セクハラ|不正|横領|着服|癒着|談合|便宜|有利に|見返り|接待|改ざん|隠ぺい|隠蔽/u
/** A count tied to one section (3件は全部同じ部署から). */
const COUNT_ONE_SECTION = /[0-9〇一二三四五六七八九十]+(?:件|人|名)(?:は|とも|が|の)?[、,]?(?:全部|すべて|全て|いずれも|みんな|どれも)?[、,]?同じ(?:部署|課|係|職場|部(?![屋分品位材活])|所属|事業所|上司)/u
/** The decision on what was found still to come (どう扱うかはまだ決まっていません, 処分は来週決まります). */
const DECISION_PENDING = /(?:処分|処遇|扱い|扱う|対応|進退|懲戒)[^。！？!?\n]{0,12}?(?:まだ決まって(?:い|お)?(?:ない|ません|らん)|決まって(?:い|お)?(?:ない|ません)|(?:来週|来月|明日|近く|近々|今後|これから|後日|週明け)(?:に|中に)?(?:は)?決ま|(?:検討|協議)中|未定)/u
/** Who did it, guessed (作ったのは市の元職員じゃないか, 犯人は…らしい). */
const CULPRIT_GUESSED =
  /(?:(?:作っ|投稿し|撮影し|書き込ん|書い|壊し|盗ん|持ち出し|漏らし|流し|送っ|火をつけ|放火し|やっ|申請し|請求し|取得し|開設し)た(?:の|人|者)|犯人)(?:は)[、,]?[^。！？!?\n]{0,20}?(?:じゃない|ではない|じゃなか|とちが|とみられ|と見られ|らしい|の可能性|っぽい|みたい|に違いない)/gu
/** …as a view held inside, or with no proof yet. */
const VIEW_INSIDE = /(?:という|との|って)(?:見方|声|疑い|話|見立て|意見)(?:が|も)?[、,]?(?:庁内|課内|部内|内部|職員の間|署内|本部内|幹部の間)|(?:確証|証拠|裏付け)(?:は|が)?(?:まだ)?(?:ない|ありません|な[いか]けど|取れて(?:い)?(?:ない|ません))|まだ(?:特定|断定)(?:は|に)?(?:できて|至って|されて)(?:い)?(?:ない|ません)/u
/** The city's notice, an apology, a published report, a press item or an alert with its advice: told to the public, not leaked. */
const INQUIRY_TOLD_OPENLY = /お詫び|おわび|申し訳|ご迷惑|ご心配をおかけ|公表し|公表いたし|公表します|発表し|記者会見|報道|新聞|ニュース|ホームページ|市HP|次第|改めて(?:お知らせ|ご報告)|ご注意|お気をつけ|気をつけ|気を付け|110番|不審者|見かけ|心当たり|情報提供をお願い|ご連絡ください|逮捕|書類送検|戸締まり|防犯(?!カメラ)/u
/** A trainee named (研修中の新人職員, 研修生): no lesson. */
const TRAINEE = /研修(?:中|生)/gu
/**
 * Blind R381E-019 / R381E-049: the inside rule for checking who a person is, told (内規では、…答えていただければ、写真付きの証明書がなくても
 * 交付してよいことになっています; うちの課では、…顔写真が出てこんかったら、まず奥の席に回ってもろうて、その間に入管に照会かける): the
 * R297H-045 kind (an exception the office grants inside, RULE_EXCEPTION) and the R297H-002 kind (the step an inside rule sets off,
 * INTERNAL_THRESHOLD) read for identity checks: an inside rule named as the frame, then the exception it allows (…がなくても交付してよい) or
 * the step it takes unseen (その間に…照会), with an identity check or a forgery in the paragraph. The published rule (お持ちでない場合は…
 * 交付できることがあります) names no inside rule; an ordinary practice of a section (うちの課では…番号札をお配りして) has no check.
 */
const INSIDE_CHECK_RULE =
  /(?:内規|内部規定|内部規程|内部基準|内部(?:の)?(?:取扱い|取り扱い|基準|ルール|決まり|運用)|(?:課内|庁内|部内|係内)(?:の)?(?:取扱い|取り扱い|取扱|運用|基準|ルール|決まり|申し合わせ)|うちの(?:課|係|窓口|部署|班|署))(?:では|で(?:は)?[、,]|として|上は|によると|によれば|だと)[、,]?[^。！？!?\n]{0,80}?(?:(?:なくても|無くても|なしでも|無しでも|お持ちでなくても|足りなくても)[、,]?[^。！？!?\n]{0,16}?(?:交付|発行|受け付け|受付|通し|通す|認め)(?:して|し|でき|を)?(?:よい|良い|いい|可|る|ます|OK)|(?:その間に|裏で|こっそり|気づかれ(?:ない|ん)よう|悟られ(?:ない|ん)よう)[、,]?[^。！？!?\n]{0,16}?(?:照会|確認|連絡|通報|問い合わせ|問合せ))/gu
/** …with an identity check or a forgery in the paragraph. */
const IDENTITY_CHECK = /本人確認|偽造|偽物|なりすまし|成りすまし|身分証|証明書|在留カード|運転免許証|マイナンバーカード|確認書類|不正取得|不正請求/u
const INQUIRY_UNDER_WAY_GATE = new ParagraphGate([INQUIRY_UNDER_WAY, INTERNAL_FINDING, CULPRIT_GUESSED, INSIDE_CHECK_RULE])
/** The inquiry-under-way kinds (see the comment above INQUIRY_UNDER_WAY), run where the paragraph has no finding yet. */
export function runInquiryUnderWayKinds({ input, t, spans, notAware, aware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = INQUIRY_UNDER_WAY_GATE.scan(t)
  if (published(t)) return
  // The inside rule for identity checks, its exception or its unseen step, told.
  if (IDENTITY_CHECK.test(t)) emitAll(q, doc, t, INSIDE_CHECK_RULE, 'confidential/staff-only', emit, spans, once(notAware))
  if (INQUIRY_TOLD_OPENLY.test(t)) return
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  // A trainee (研修中の新人職員) is no lesson on keeping secrets: the awareness test is read without the word.
  const notLesson = (m: RegExpExecArray): boolean => {
    if (notAware(m)) return true
    const span = doc.fromSqueezed(m.index, m.index + m[0].length)
    return !spans.some((s) => s.start < span.end && s.end > span.start) && !aware(sentenceText(m).replace(TRAINEE, ''))
  }
  const holds = (): boolean =>
    PARTY_SUSPECTED.test(t) || INTERNAL_FINDING_AT.test(t) || COUNT_ONE_SECTION.test(t) || (REPORT_RECEIVED.test(t) && MISCONDUCT_REPORTED.test(t))
  emitAll(q, doc, t, INQUIRY_UNDER_WAY, 'confidential/investigation', emit, spans, once((m) => notLesson(m) && !INQUIRY_IN_PRACTICE.test(sentenceText(m)) && holds()))
  if (DECISION_PENDING.test(t)) emitAll(q, doc, t, INTERNAL_FINDING, 'confidential/investigation', emit, spans, once(notLesson))
  if (VIEW_INSIDE.test(t)) emitAll(q, doc, t, CULPRIT_GUESSED, 'confidential/investigation', emit, spans, once((m) => notLesson(m) && !INQUIRY_IN_PRACTICE.test(sentenceText(m))))
}
/*
 * A finished internal inquiry or personnel review told before its release (blind R382F, R384H).
 * - An inquiry the city made inside (内部調査, 庁内調査, 課内の聞き取り, 内部監査) said finished or its result out (がまとまりました, の結果が
 *   出ました, が終わり), its finding told (総額およそ…万円, 計12件, …と判明), while the writer was asked to keep it until the report or tells
 *   it ahead of one still to come (議会への報告は来月で、それまでは外に出さないよう; 公表前ですが; 報告は来週ですが、先にお伝えします):
 *   INQUIRY_FINISHED with INQUIRY_RESULT_TOLD and KEPT_UNTIL_REPORT, or INQUIRY_REPORT_PENDING with INQUIRY_TOLD_FIRST.
 * - A penalty or measure against a member of staff under review, told before that person has been told (本人にはまだ伝えていませんが、
 *   処分を含めて検討しています; 懲戒処分の方向で調整中で、ご本人への通知は来週): PENALTY_UNDER_REVIEW with SUBJECT_NOT_YET_TOLD and
 *   a member of staff named in the paragraph.
 * An inquiry's result published, a finished inquiry with its report announced and nothing told, a penalty announced, a surprise kept from
 * a colleague and goods or waste disposed of (粗大ごみの処分を検討) stay clean.
 */
const INQUIRY_FINISHED =
  /(?:内部|庁内|課内|部内|局内|団内|署内|組織内|内々|独自)(?:の|で(?:の)?)?(?:調査|監査|点検|聞き取り|ヒアリング|検証|事実確認)(?:の結果)?(?:が|は|で|も)[、,]?(?:ようやく|やっと|一通り|ひととおり)?(?:まとまり|まとまっ|終わり|終わっ|終了し|完了し|出まし|出た|出て|判明し|わかり|分かり)/gu
const INQUIRY_RESULT_TOLD =
  /(?:総額|合計|総計|計|およそ|約|全部で|合わせて|あわせて|延べ)[^。！？!?\n]{0,6}?[0-9０-９一二三四五六七八九十百千]+[0-9０-９,，.]*(?:万|億)?(?:円|件|人|名|回|か所|箇所|世帯)|[0-9０-９]+[0-9０-９,，.]*(?:万|億)円|(?:と|が|ことが)判明|ことが(?:わかり|分かり)/u
const KEPT_UNTIL_REPORT =
  /(?:外|外部|表|よそ)(?:に|へ)(?:は)?(?:出さ|出せ|漏らさ|漏らせ|言わ)|口外(?:し|でき|無用|禁止)|(?:それまで|発表まで|公表まで|報告まで)(?:は)?[^。！？!?\n]{0,6}?(?:内密|内緒|ないしょ|秘密|伏せ|黙っ|言わない)|(?:公表|発表|報告)(?:する)?前(?:です|なの|だ|の段階)/u
const INQUIRY_REPORT_PENDING = /(?:議会|委員会|記者|報道|公表|発表|報告)[^。！？!?\n]{0,10}?(?:来月|来週|これから|まだ|後日|週明け|[0-9０-９]{1,2}日|予定)/u
const INQUIRY_TOLD_FIRST = /(?:先に|一足早く|ひと足早く|一足先に|ひと足先に|先行して|特別に|こっそり|内緒で)[^。！？!?\n]{0,6}?(?:お伝え|お知らせ|伝え|知らせ|教え|言い|話し|共有)/u
const PENALTY_UNDER_REVIEW =
  /(?:懲戒|処分|降格|降任|減給|戒告|訓告|停職|免職|分限|厳重注意|配置換え|配置転換)(?:処分)?(?:を|も)?(?:含めて|含め|視野に|前提に|の方向で)?[、,]?[^。！？!?\n]{0,10}?(?:検討|調整|協議|話し合)(?:し|中|を|する|され)/gu
const SUBJECT_NOT_YET_TOLD =
  /(?:本人|ご本人|当人|当該職員|その職員)(?:に|へ)(?:は|も)?[、,]?(?:まだ)?[^。！？!?\n]{0,6}?(?:伝え|知らせ|言っ|話し|通知し|告げ)(?:て(?:い|お)?(?:ない|ません|なく)|ず)|(?:本人|ご本人|当人)(?:への)?(?:通知|告知|説明|伝達)(?:は|が)[、,]?(?:まだ|これから|来週|来月|後日)|(?:本人|ご本人|当人)(?:は|も)[、,]?まだ(?:知らな|知りませ|気づいて)/u
const STAFF_NAMED = /課長|部長|係長|次長|室長|所長|館長|職員|主任|主査|主事|教員|教諭|隊員|署員|団員|担当者/u
const GOODS_DISPOSED = /ごみ|ゴミ|不用品|廃棄|粗大|物品|土地|財産|在庫|車両|備品|書類|遺品/u
const FINISHED_REVIEW_GATE = new ParagraphGate([INQUIRY_FINISHED, PENALTY_UNDER_REVIEW])
/** A finished internal inquiry or a penalty under review told before its release (see the comment above INQUIRY_FINISHED). */
export function runFinishedReviewKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = FINISHED_REVIEW_GATE.scan(t)
  if (published(t)) return
  if (INQUIRY_RESULT_TOLD.test(t) && (KEPT_UNTIL_REPORT.test(t) || (INQUIRY_REPORT_PENDING.test(t) && INQUIRY_TOLD_FIRST.test(t)))) {
    emitAll(q, doc, t, INQUIRY_FINISHED, 'confidential/investigation', emit, spans, once(notAware))
  }
  if (SUBJECT_NOT_YET_TOLD.test(t) && STAFF_NAMED.test(t)) {
    emitAll(q, doc, t, PENALTY_UNDER_REVIEW, 'confidential/personnel', emit, spans, once((m) => notAware(m) && !GOODS_DISPOSED.test(sentenceOf(t, m.index, m.index + m[0].length))))
  }
}
