/**
 * confidential — A sale's floor price, an internal meeting's direction, a siting talk's feel, a paper kept inside then
 * shared, a draft in work shown (runSaleFloorAndDirectionKinds); a promise not to name a matter, the writer told to keep quiet, the
 * reader asked to feign ignorance, a blind exercise's scenario, a talks paper, what the police suspect (runKeepQuietAndSuspectKinds);
 * a search or seizure planned, arrears firm, a matter to be told later told now (runSearchArrearsAndTellLaterKinds). What stays clean:
 * a sale or direction announced, an exercise held as planned, a case announced, a matter told after its release.
 *
 * Guideline clause 5(1): 秘密情報・機密情報を発信しない (rule ids confidential/*, metadata in meta.ts).
 */
import type { Span } from '../../text'
import { sentenceAround } from '../../doc'
import {
  COURTED_OUT, PLAN_OUT, ParagraphGate, type ParagraphKindContext, REFUSED61, SITING, VALUE61, emitAll, sentenceOf,
} from './context'

/*
 * conf66 kinds (blind R350K):
 * - A public sale's floor price settled inside before the sale's notice (最低売却価格は1億2,800万円でいくことになりました。公告は来月なので):
 *   SALE_FLOOR with SALE_AHEAD66. A price in a notice published, a sale concluded and the price told with no notice still ahead stay clean.
 * - An internal meeting's direction told with its figure while it is settling (今日の局内会議、水道料金は…平均18％の引き上げで話がまとまり
 *   つつあります): MEETING_DIRECTION. A decision the city announces, a meeting with no figure and a published outcome stay clean.
 * - A company's siting talk with how the other side feels (…進出についての意見交換で、先方からは前向きな感触をいただいています):
 *   COUNTERPART_FEEL in a paragraph about a siting with a company. An agreement signed or announced, a seminar stay clean.
 * - A paper said to be handled inside only, then shared (評価シートは庁内だけの扱いになっていますが、反省を込めて共有します):
 *   INSIDE_ONLY_SHARED. The handling given as the reason nothing is shown stays clean.
 * - A draft still being worked over inside, shown (課内でまだ赤ペン入れまくってる段階の原稿です…表紙と…だけチラ見せ): DRAFT_IN_WORK with
 *   a showing verb after it. A draft said not to be shown, or shown once it is finished, stays clean.
 */
const SALE_FLOOR = new RegExp(
  `(?:最低売却価格|売却予定価格|予定売却価格|最低入札価格|最低落札価格|売払(?:い)?予定価格|最低貸付(?:料|価格))(?:は|を|が)[、,]?[^。！？!?\\n]{0,8}?${VALUE61}[^。！？!?\\n]{0,4}?(?:で|に)(?:いく|行く|する|決ま|決定|固ま|落ち着|まとま|設定する)`,
  'gu',
)
const SALE_AHEAD66 = /(?:公告|入札|公募|公売|開札|売却)(?:は|が)[、,]?[^。！？!?\n]{0,8}?(?:来週|来月|再来月|来年|来春|月末|これから|まだ)|(?:公告|入札|公募|公売)(?:前|の前|を控え)/u
const SALE_OUT = /公告(?:しました|いたしました|中|文)|募集要項を|落札|入札結果|開札結果|契約(?:を)?締結|(?:公表|公開|掲載)(?:しました|いたしました|して(?:い|お))|ホームページ|市HP/u
const MEETING_DIRECTION =
  /(?:(?:庁内|局内|部内|課内|係内|幹部|部長|課長)(?:の)?(?:会議|会合|打ち?合わ?せ|ミーティング|検討会)|庁議)(?:で|では|の中で|、|,)[、,]?[^。！？!?\n]{0,36}?(?:で|に|と)(?:話が|方向が|方針が|案が)?[、,]?(?:ほぼ)?(?:まとまりつつ|まとまりかけ|固まりつつ|固まりかけ|まとまりそう|固まりそう|落ち着きそう|決まりそう|ほぼ決まり|ほぼ固まり|まとまって(?:き|い)|固まって(?:き|い))/gu
const DIRECTION_FIGURE = /[0-9０-９〇一二三四五六七八九十百千][0-9０-９,.]*(?:%|％|パーセント|割|万円|億円|円|人|件)/u
const DIRECTION_OUT = /(?:決定しました|決まりました|発表しました|公表しました|お知らせします)|ホームページ|市HP|パブリックコメント|意見募集/u
const COUNTERPART_FEEL =
  /(?:先方|相手方|相手側|企業側|会社側|向こう(?:側|さん)?|役員の方|社長)(?:から|に|の|は)?(?:は|も)?[、,]?[^。！？!?\n]{0,8}?(?:前向きな|好意的な|良い|いい|良好な|確かな)(?:感触|手応え|手ごたえ|反応|ご回答|お返事)|好感触/gu
const COURTED_COMPANY = /会社|企業|メーカー|事業者|法人|株式会社|グループ|ホールディングス/u
const INSIDE_ONLY_SHARED =
  /(?:庁内|課内|部内|局内|職員|内部|関係者)(?:だけ|のみ)の(?:扱い|取り?扱い|資料|もの|情報)(?:に(?:なって|して)(?:い|お)(?:ます|る|ります)|と(?:なって|されて)(?:い|お)(?:ます|る|ります)|です|だ|なん)?(?:が|けど|けれど|けれども|ですが|んですが|んだけど)[、,]?[^。！？!?\n]{0,24}?(?:共有|お見せ|見せ|公開|紹介|載せ|お伝え|お知らせ|アップ)(?:します|しちゃ|いたします|しておきます|ます|しますね)/gu
const DRAFT_IN_WORK =
  /(?:課内|庁内|部内|局内|係内|内部)(?:で|の)(?:まだ)?[^。！？!?\n]{0,16}?(?:段階|途中|最中|真っ最中)の(?:原稿|素案|原案|案|資料|計画|下書き|草稿|データ|図面|たたき台)/gu
const DRAFT_SHOWN = /^[^\n]{0,60}?(?:チラ見せ|お見せ(?:します|しちゃ)|見せちゃ|見せます|公開(?:します|しちゃ)|載せ(?:ます|ちゃ|とき)|アップ(?:します|しちゃ))/u
const DRAFT_HELD = /でき(?:ません|ない)|次第|後日|改めて|完成したら|お待ち/u
const SALE_FLOOR_AND_DIRECTION_GATE = new ParagraphGate([SALE_FLOOR, SALE_AHEAD66, SALE_OUT, MEETING_DIRECTION, DIRECTION_OUT, COUNTERPART_FEEL, INSIDE_ONLY_SHARED, DRAFT_IN_WORK])
/** The sale-floor, direction and draft-in-work kinds (first caught as conf66) (see the comment above SALE_FLOOR), run after the conf64 ones where the paragraph has no finding yet. */
export function runSaleFloorAndDirectionKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = SALE_FLOOR_AND_DIRECTION_GATE.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  // A public sale's floor price settled inside before the notice.
  if (q.has(SALE_AHEAD66) && !q.has(SALE_OUT)) emitAll(q, doc, t, SALE_FLOOR, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !published(t)))
  // An internal meeting's direction told with its figure while it is settling.
  if (!q.has(DIRECTION_OUT)) emitAll(q, doc, t, MEETING_DIRECTION, 'confidential/meeting', emit, spans, once((m) => notAware(m) && DIRECTION_FIGURE.test(sentenceText(m)) && !published(t)))
  // A company's siting talk with how the other side feels.
  if (SITING.test(t) && COURTED_COMPANY.test(t) && !COURTED_OUT.test(t)) emitAll(q, doc, t, COUNTERPART_FEEL, 'confidential/negotiation', emit, spans, once((m) => notAware(m) && !published(t)))
  // A paper handled inside only, then shared.
  emitAll(q, doc, t, INSIDE_ONLY_SHARED, 'confidential/staff-only', emit, spans, once(notAware))
  // A draft still worked over inside, shown.
  emitAll(q, doc, t, DRAFT_IN_WORK, 'confidential/staff-only', emit, spans, once((m) => {
    const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 80)
    return notAware(m) && DRAFT_SHOWN.test(rest) && !DRAFT_HELD.test(rest)
  }))
}
/*
 * conf68 kinds (blind R353A, R355C, R356D, R357E, R360H): matters kept until their release, told by staff in any register.
 * - A promise or an agreement not to name a matter yet, conceded, while it is told (先方との約束で本当はまだ名前を出せないんですが、地元の方には
 *   先に知っておいてほしくて): CANT_SAY_YET. Withheld with a notice (決まり次第お知らせします) stays clean.
 * - The writer told to keep a matter quiet until a step (処分が出るまで誰にも言うなって言われたけど): TOLD_TO_KEEP, with a city matter in the
 *   paragraph. A scam warning (「誰にも言わないで」と言われたら詐欺) and a surprise stay clean.
 * - The reader asked to feign ignorance, or a deal said to be trouble if it came out (議員さんに聞かれても知らないで通してください; 表に出ると
 *   困るので): KEEP_QUIET, with a matter of the council, talks or the city's business in the paragraph.
 * - A blind exercise's scenario told ahead (ブラインド型防災訓練、想定をこっそり教えちゃいます): EXERCISE_SPOILED. The exercise announced,
 *   its scenario withheld or told after it stay clean.
 * - A paper said to be kept to the section (この表は課内での共有にとどめてください): SHARE_INSIDE. A rule taught stays clean.
 * - A paper used in talks or land acquisition, shown (用地交渉で使っている補償単価の一覧…写真に撮って貼っておきます): TALKS_PAPER.
 * - A route or a site settled inside while the briefing or the release is still to come, or with a hint to landowners (延伸ルート…でほぼ固まった
 *   みたいです。地元説明会はまだ先なので): PLAN_SETTLED68. A plan published, put out for comment or explained stays clean.
 * - A contract's party or price being worked out (別の業者さんと1食あたり420円で詰めているところです): TERMS_IN_TALKS. A contract made stays clean.
 * - What the police suspect in a case, heard from the inside (警察は…放火の疑いで捜査を進めていて…事情を聞いている): SUSPECTED68 with the source
 *   inside or a hold. The police's or the press's announcement stays clean.
 */
const CANT_SAY_YET =
  /(?:(?:約束|契約|協定|申し合わせ|取り決め|意向|口止め)(?:で|により|上|があって|があるので|なので|もあって)[、,]?(?:本当は|ほんとは|本来は|実は)?[、,]?(?:まだ)?|(?:本当は|ほんとは|本来は)[、,]?まだ)[^。！？!?\n]{0,10}?(?:出せ|言え|明かせ|公表でき|発表でき|お伝えでき|お話しでき|公にでき|お出しでき|出しちゃいけ|言っちゃいけ)(?:ない|ません|ん)(?:ん|の)?(?:です|だ|や)?(?:が|けど|けれど|けども|ばってん)/gu
const TOLD_AHEAD68 = /先に|特別に|こっそり|知っておいて|知ってほしく|知ってもらい|お伝えし|教えちゃ|言っちゃい|お話しし|ここだけ/u
const NAMED_BEFORE = /[」』](?:さん|様|社)|(?:株式会社|工業|建設|産業|精密|製作所|商事|電機|食品|物流)(?:さん|様)?(?:です|に決ま|で決ま)/u
const WITHHELD68 = /次第|お待ち|お楽しみ|改めて|後日|でき(?:ない|ません)ので/u
const TOLD_TO_KEEP =
  /(?:まで(?:は)?|それまで(?:は)?)[、,]?(?:誰にも|だれにも|外に|外部に|よそに|他言|口外)[^。！？!?\n]{0,6}?(?:言うな|言わないで|言わんで|言っちゃ(?:だめ|ダメ|いけない)|話すな|話さないで|漏らすな|出すな|するな|しないで)(?:って|と|よう(?:に)?)(?:言われ|念を押され|釘を刺され|口止めされ)/gu
const CITY_MATTER68 = /処分|懲戒|人事|異動|内示|調査|聴き取り|聞き取り|事情聴取|事故|不祥事|公金|契約|入札|予算|議会|係長|課長|部長|職員/u
const KEEP_OUT68 = /詐欺|犯罪|被害|いじめ|虐待|相談窓口|ご注意|気をつけ|気を付け|サプライズ|誕生日|プレゼント|お楽しみ/u
const KEEP_QUIET =
  /(?:聞かれても|尋ねられても|問われても|聞かれたら)[、,]?[^。！？!?\n]{0,6}?(?:知らない|知らん|分からない|わからない|存じ(?:ない|ません))(?:で通|ふり|振り|フリ|と(?:答え|言っ|通し)|ことに)|表に出ると(?:困る|まず|マズ|やば|ヤバ)|(?:外に|外部に)(?:漏れ|出)ると(?:困る|まず|マズ|やば|ヤバ)/gu
const QUIET_MATTER = /会派|議員|議会|交渉|予算|契約|人事|処分|入札|補正|条件|賛成|反対|合意|まとま/u
const QUIET_OUT = /詐欺|個人情報|パスワード|セキュリティ|ウイルス|研修/u
const BLIND_EXERCISE = /(?:ブラインド|シナリオ非提示|シナリオ非公開|抜き打ち|抜打ち)(?:型|方式|式)?(?:の)?[^。！？!?\n]{0,12}?訓練/u
const EXERCISE_SPOILED =
  /(?:想定|シナリオ|状況付与|筋書き|発災時刻|日時|内容)(?:を|は|、)?[^。！？!?\n]{0,10}?(?:こっそり|先に|特別に|ちょっとだけ|少しだけ|ひと足先に|一足先に)[^。！？!?\n]{0,6}?(?:教え|お伝え|公開し|バラ|ばら|明か|お知らせ|言っちゃ)|ネタバレ/gu
const EXERCISE_HELD = /でき(?:ない|ません)|しません|伏せ|当日(?:に)?(?:お知らせ|発表|付与)|実施しました|行いました|でした/u
const SHARE_INSIDE =
  /(?:課内|庁内|(?<![\p{Script=Han}])部内|係内|局内|職員間|職員の間)(?:で|だけで|のみで)?(?:の)?(?:共有|回覧|閲覧|利用|使用|取り?扱い)(?:に|のみに|だけに)(?:とどめ|留め|止め|限定し|限っ)/gu
const SHARE_RULE = /原則|ルール|研修|しましょう|決まりです|なっています|ことになって/u
const TALKS_PAPER =
  /(?:用地交渉|用地買収|交渉|補償|買収|地権者)[^。！？!?\n]{0,8}?(?:で|に|の際に|のときに|の時に)(?:使って|使用して|用いて|使っと)(?:い|お)?る[^。！？!?\n]{0,8}?(?:補償単価|単価|基準|一覧|表|資料|シート|マニュアル|要領|リスト)/gu
const PAPER_SHOWN68 = /写真|撮って|撮影|貼っ|貼り|載せ|のせ|アップ|共有し|お見せ|添付/u
const PLAN_SETTLED68 =
  /(?:ルート|路線|線形|ルート案|延伸|予定地|建設地|候補地|計画地|区域|位置|場所)[^。！？!?\n]{0,40}?(?:で|に)[、,]?(?:ほぼ|大体|だいたい|おおむね)?(?:固まっ|固まり|決まっ|決まり|内定)/gu
const PLAN_AHEAD = /(?:地元|住民)?(?:説明会|公表|発表|縦覧|告示)(?:は|が)?[^。！？!?\n]{0,4}?(?:まだ|これから|先|前)|土地を?(?:持って|お持ち)[^。！？!?\n]{0,20}?(?:手放さ|売らな|売らん|買っ|買い|今のうち)|今のうちに(?:土地|買)/u
const PLAN_CONTEXT = /道路|都市計画|区画整理|バイパス|工場|施設|庁舎|駅|線路|堤防|用地|センター|学校|公園|体育館|処分場/u
const TERMS_IN_TALKS = new RegExp(
  String.raw`(?:業者|事業者|会社|企業|先方|相手方)(?:さん|様)?(?:と|との間で)[、,]?[^。！？!?\n]{0,16}?${VALUE61}[^。！？!?\n]{0,6}?(?:で|を)[、,]?(?:詰めて|調整して|交渉して|協議して|話を進めて|折衝して|話し合って)`,
  'gu',
)
const TERMS_OUT68 = /契約しました|締結|合意しました|決定しました|落札|入札結果|(?:公表|発表)(?:しました|いたしました)|ホームページ|市HP/u
const SUSPECTED68 =
  /(?:警察|県警|署)(?:は|では|が|も)[、,]?[^。！？!?\n]{0,24}?(?:の疑い|とみて|を視野に|の可能性)[^。！？!?\n]{0,8}?(?:捜査|調べ)/gu
const SUSPECT_SOURCE = /聞いた話|から聞い|外部には出さない|外には出さない|外に出さない|内密|ここだけ|内緒|オフレコ/u
const SUSPECT_OUT68 = /発表|報道|ニュース|新聞|会見|によると/u
const KEEP_QUIET_AND_SUSPECT_GATE = new ParagraphGate([CANT_SAY_YET, TOLD_TO_KEEP, KEEP_QUIET, EXERCISE_SPOILED, SHARE_INSIDE, TALKS_PAPER, PLAN_SETTLED68, TERMS_IN_TALKS, SUSPECTED68])
/** The keep-quiet, talks-paper and suspect kinds (first caught as conf68) (see the comment above CANT_SAY_YET), run after the conf66 ones where the paragraph has no finding yet. */
export function runKeepQuietAndSuspectKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = KEEP_QUIET_AND_SUSPECT_GATE.scan(t)
  const matchSentence = (m: RegExpExecArray): Span => sentenceAround(t, m.index, m.index + m[0].length)
  // A promise not to name a matter yet, conceded, while it is told.
  emitAll(q, doc, t, CANT_SAY_YET, 'confidential/pre-release', emit, spans, once((m) => {
    const end = m.index + m[0].length
    const rest = t.slice(end, matchSentence(m).end)
    return notAware(m) && (TOLD_AHEAD68.test(rest) || NAMED_BEFORE.test(t.slice(0, m.index))) && !WITHHELD68.test(rest)
  }))
  // The writer told to keep a matter quiet until a step.
  if (CITY_MATTER68.test(t) && !KEEP_OUT68.test(t)) emitAll(q, doc, t, TOLD_TO_KEEP, 'confidential/pre-release', emit, spans, once(notAware))
  // The reader asked to feign ignorance, or a deal said to be trouble if it came out.
  if (QUIET_MATTER.test(t) && !QUIET_OUT.test(t)) emitAll(q, doc, t, KEEP_QUIET, 'confidential/negotiation', emit, spans, once(notAware))
  // A blind exercise's scenario told ahead.
  if (BLIND_EXERCISE.test(t)) {
    emitAll(q, doc, t, EXERCISE_SPOILED, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !EXERCISE_HELD.test(t.slice(m.index + m[0].length, matchSentence(m).end))))
  }
  // A paper said to be kept to the section.
  emitAll(q, doc, t, SHARE_INSIDE, 'confidential/staff-only', emit, spans, once((m) => {
    const s = matchSentence(m)
    return notAware(m) && !SHARE_RULE.test(t.slice(s.start, s.end))
  }))
  // A paper used in talks or land acquisition, shown.
  emitAll(q, doc, t, TALKS_PAPER, 'confidential/negotiation', emit, spans, once((m) => {
    const s = matchSentence(m)
    return notAware(m) && PAPER_SHOWN68.test(t.slice(m.index, s.end)) && !REFUSED61.test(t.slice(s.start, s.end)) && !published(t)
  }))
  // A route or a site settled inside while the briefing is still to come.
  if (PLAN_AHEAD.test(t) && PLAN_CONTEXT.test(t) && !PLAN_OUT.test(t)) {
    emitAll(q, doc, t, PLAN_SETTLED68, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !published(t)))
  }
  // A contract's party or price being worked out.
  if (!TERMS_OUT68.test(t)) emitAll(q, doc, t, TERMS_IN_TALKS, 'confidential/negotiation', emit, spans, once((m) => notAware(m) && !published(t)))
  // What the police suspect in a case, heard from the inside.
  if (SUSPECT_SOURCE.test(t) && !SUSPECT_OUT68.test(t)) emitAll(q, doc, t, SUSPECTED68, 'confidential/investigation', emit, spans, once(notAware))
}
/*
 * conf69 kinds (blind R362K, R363L, R364M): matters told before their notice, report or release.
 * - A matter said to be told to those concerned later, or not yet told to them (来週の講評で課長に伝える予定の話ですが; 当事者にはまだ伝えて
 *   いません): TELL_LATER / PARTIES_UNTOLD with an audit or a case in the paragraph. An instruction (まだ連絡していない場合は) stays clean.
 * - A figure not yet given to the council (まだ議会にも出してない速報値で97.4%): COUNCIL_UNTOLD with a figure in the sentence.
 * - The targets of a seizure settled inside (差押え対象、法人分はほぼ固まりました) or delinquent firms named with their arrears:
 *   SEIZURE_SET / ARREARS_FIRM. What may be seized, told as a rule, and a public sale's notice stay clean.
 * - A search or a seizure planned for a day (来週火曜の朝イチ、…の滞納案件2件に捜索に入ります): SEARCH_PLANNED with arrears in the paragraph.
 * - A suspected case found and being looked into (2回投票した疑いのある事案が1件見つかり、いま…で調べています): SUSPECT_CASE. An apology or
 *   an announcement stays clean.
 * - The reader asked to keep a matter until its notice or release (それまでは外部に出ないよう取扱いにご注意ください; 正式発表まではくれぐれも
 *   口外しないよう): KEEP_UNTIL with a decision or a paper in the paragraph. A surprise or a scam warning stays clean.
 * - The city said to have decided to keep a matter from the public (市としては表に出さないことになったらしい): HUSHED. A rule that names are not
 *   published stays clean.
 * - A matter that cannot be said aloud yet, settled before its release (まだ大きな声では言えないんですが…会見でお披露目予定…契約がまとまりました):
 *   LOUD_CANT. A confession of taste stays clean.
 * - A result decided inside and held until its day, with hints (審査会ではもう決まっていて公表は式典当日までお預け…ヒントを出すと): HINTED69.
 * - A sealed letter's content summarised (親展文書の件、概要を共有しておきます): SEALED_SHARED. A notice sent 親展 stays clean.
 * - A meeting marked unofficial or unrecorded (面談（非公式・記録なし）): OFF_RECORD_MEETING.
 * - A report to be published later read ahead (来週公表される…報告書、先に目を通しましたが): READ_AHEAD.
 */
const TELL_LATER =
  /(?:講評|監査|報告|説明|通知|会議|委員会|議会|会見)[^。！？!?\n]{0,16}?(?:伝える|報告する|説明する|通知する|発表する|公表する|お知らせする|お伝えする)予定の(?:話|件|内容|こと|もの)(?:です|なん(?:です)?|だ|や)?(?:が|けど|けれど|けども|ばってん)/gu
const PARTIES_UNTOLD =
  /(?:当事者|当該職員|本人|ご本人|請求人|対象者|相手方|関係者|担当者)(?:に|へ)(?:は|も)?[、,]?まだ(?:伝えて|お伝えして|通知して|知らせて|お知らせして|連絡して|言って|話して)(?:い|お)?(?:ない|ません|りません)(?!場合|方)/gu
const AUDIT_CASE = /監査|検査|指摘|不正|二重|過大|過払|不適切|支給/u
const COUNCIL_UNTOLD =
  /(?:議会|委員会|議員)(?:に|へ)(?:も|は)?[、,]?(?:まだ)?(?:出して|報告して|説明して|示して|提出して|上げて)(?:い)?(?:ない|ません|ねー|なか)/gu
const FIGURE69 = /[0-9０-９][0-9０-９,.]*(?:%|％|パーセント|ポイント|割|万円|億円|円|人|件|世帯)/u
const SEIZURE_SET =
  /(?:差押え?|差し押さえ|差押|捜索|公売)(?:の)?(?:対象|予定|候補|先)[^。！？!?\n]{0,12}?(?:ほぼ|もう|だいたい|大体)?(?:固まり|固まっ|決まりました|決まった|絞り込|絞れ|リストアップ)/gu
const ARREARS_FIRM = /(?:株式会社|有限会社|合同会社|㈱|㈲)[^\n。、]{1,16}?[（(]?約?[0-9０-９][0-9０-９,]*万円/gu
const ARREARS69 = /滞納/u
const SEARCH_PLANNED =
  /(?:捜索|差押え?|差し押さえ|差押)(?:に|を)[、,]?(?:入ります|入る予定|入るので|入る段取り|行います|実施します|かけます|かける予定)/gu
const TARGETS69 = /[0-9０-９一二三四五六七八九十]+(?:件|社|軒|世帯|宅|か所|カ所|箇所)|案件|対象者?(?:宅|の家)/u
const WHEN_PLANNED = /来週|再来週|明日|明後日|あさって|今週|[0-9０-９]+日|[月火水木金土日]曜|朝イチ|朝一/u
const SUSPECT_CASE =
  /(?:疑い|疑いのある|可能性のある|おそれのある)(?:の)?(?:ある)?(?:事案|ケース|案件|事例)[^。！？!?\n]{0,20}?(?:見つかり|見つかった|判明し|確認され|ありまして|あり)[^。！？!?\n]{0,20}?(?:調べて|調査して|確認して|調査中|確認中|調べとる|精査して)/gu
const SUSPECT_OUT69 = /お詫び|おわび|申し訳|発表|公表|報道|ホームページ|市HP/u
const KEEP_UNTIL =
  /(?:発表|公表|通知|解禁|それ)まで(?:は)?[、,]?(?:くれぐれも|絶対に|決して)?[、,]?(?:外部に|外に|よそに)?(?:口外し|他言し|出さ|出|漏らさ|漏れ|漏れ出)(?:ない|ぬ)よう/gu
const KEEP_OUT69 = /詐欺|犯罪|サプライズ|誕生日|プレゼント|お楽しみ|ネタバレ/u
const KEEP_MATTER = /ことになりました|決まりました|決定し|合議|結果|文書|資料|案が|概要|方針/u
const HUSHED =
  /(?:表に出さない|表に出さん|公表しない|公表せず|公にしない|伏せる|伏せておく|伏せとく|発表しない)(?:ことに(?:なった|なりました|した|しました|決まった)|方向で|方針に)/gu
const HUSHED_OUT = /氏名|個人|プライバシー|ご遺族|ご家族/u
const LOUD_CANT = /(?:大きな|大きい|おおきな)声(?:で|じゃ)(?:は)?言え(?:ない|ません|ん)/gu
const LOUD_RELEASE = /会見|発表|お披露目|公表|解禁/u
const LOUD_SETTLED = /まとまり|まとまっ|決まり|決まっ|決定|契約|合意/u
const HINTED69 =
  /(?:決まって(?:い|お)?(?:て|ます|る)|決定して(?:い|お)(?:て|ます|る))[^。！？!?\n]{0,24}?(?:公表|発表|お披露目)(?:は)?[^。！？!?\n]{0,12}?(?:お預け|まで(?:は)?(?:内緒|秘密|伏せ|言えな))/gu
const HINT = /ヒント(?:を(?:出す|出し|出そ|あげ|少し|ちょっと|ひとつ|一つ)|だけ(?:出|お出し|ね|ど)|は[、,]?[「『]|、)/u
const SEALED_SHARED =
  /親展(?:の)?(?:文書|通知|書類|封書|文|扱い)[^。！？!?\n]{0,16}?(?:概要|内容|中身|要点)(?:を|は)?[、,]?(?:共有|お知らせ|紹介|まとめ|お伝え|載せ)/gu
const OFF_RECORD_MEETING =
  /(?:面談|面会|会談|会食|協議|打合せ|打ち合わせ|懇談)[（(][^）)\n]{0,4}?(?:非公式|記録なし|記録を残さない|記録残さず|オフレコ)/gu
const READ_AHEAD =
  /(?:公表|発表|公開)(?:される|予定の|前の)[^。！？!?\n]{0,24}?(?:報告書|資料|結果|データ|答申)[^。！？!?\n]{0,12}?(?:先に|一足先に|ひと足先に|事前に|こっそり)[、,]?(?:目を通|読ん|読ませ|見せ|拝見|見まし|見た)/gu
const SEARCH_ARREARS_AND_TELL_LATER_GATE = new ParagraphGate([TELL_LATER, PARTIES_UNTOLD, COUNCIL_UNTOLD, SEIZURE_SET, ARREARS_FIRM, SEARCH_PLANNED, SUSPECT_CASE, KEEP_UNTIL, HUSHED, LOUD_CANT, HINTED69, SEALED_SHARED, OFF_RECORD_MEETING, READ_AHEAD])
/** The search, arrears and tell-later kinds (first caught as conf69) (see the comment above TELL_LATER), run after the conf68 ones where the paragraph has no finding yet. */
export function runSearchArrearsAndTellLaterKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = SEARCH_ARREARS_AND_TELL_LATER_GATE.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  const pub = (): boolean => published(t)
  if (AUDIT_CASE.test(t)) {
    // A matter told before it is told to those concerned.
    emitAll(q, doc, t, TELL_LATER, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !pub()))
    emitAll(q, doc, t, PARTIES_UNTOLD, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !WITHHELD68.test(t) && !pub()))
  }
  // A figure not yet given to the council.
  emitAll(q, doc, t, COUNCIL_UNTOLD, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && FIGURE69.test(sentenceText(m)) && !pub()))
  if (ARREARS69.test(t) || /差押|差し押さえ/u.test(t)) {
    // The targets of a seizure settled, delinquent firms named, a search planned.
    emitAll(q, doc, t, SEIZURE_SET, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !pub()))
    if (ARREARS69.test(t)) emitAll(q, doc, t, ARREARS_FIRM, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !pub()))
    emitAll(q, doc, t, SEARCH_PLANNED, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && WHEN_PLANNED.test(sentenceText(m)) && TARGETS69.test(sentenceText(m)) && !pub()))
  }
  // A suspected case being looked into.
  if (!SUSPECT_OUT69.test(t)) emitAll(q, doc, t, SUSPECT_CASE, 'confidential/investigation', emit, spans, once(notAware))
  // The reader asked to keep a matter until its release.
  if (KEEP_MATTER.test(t) && !KEEP_OUT69.test(t)) emitAll(q, doc, t, KEEP_UNTIL, 'confidential/pre-release', emit, spans, once(notAware))
  // The city decided to keep a matter from the public.
  emitAll(q, doc, t, HUSHED, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !HUSHED_OUT.test(sentenceText(m))))
  // Cannot be said aloud yet, settled before its release.
  if (LOUD_RELEASE.test(t) && LOUD_SETTLED.test(t)) emitAll(q, doc, t, LOUD_CANT, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !pub()))
  // Decided inside, held until its day, with hints.
  if (HINT.test(t)) emitAll(q, doc, t, HINTED69, 'confidential/pre-release', emit, spans, once(notAware))
  // A sealed letter's content summarised.
  emitAll(q, doc, t, SEALED_SHARED, 'confidential/staff-only', emit, spans, once(notAware))
  // A meeting marked unofficial or unrecorded.
  emitAll(q, doc, t, OFF_RECORD_MEETING, 'confidential/meeting', emit, spans, once(notAware))
  // A report to be published later read ahead.
  emitAll(q, doc, t, READ_AHEAD, 'confidential/pre-release', emit, spans, once(notAware))
}
