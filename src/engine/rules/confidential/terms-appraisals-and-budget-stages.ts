/**
 * confidential — A section's own estimate, a zoning change's area, a company courted with its terms, a budget paper in the
 * photo, a contract's terms in talks, a session with the press kept out, an appraisal before a sale, a tender's price bounds, an
 * assessment stage's amount, the invited bidders, a move told ahead, a budget total or a draft budget before its release, a land price
 * in talks (runTermsAppraisalAndBudgetStageKinds). What stays clean: terms or plans made public, a public session, a refusal.
 *
 * Guideline clause 5(1): 秘密情報・機密情報を発信しない (rule ids confidential/*, metadata in meta.ts).
 */
import type { Span } from '../../text'
import { sentenceAround } from '../../doc'
import {
  BID_CONTEXT58, BID_OVER, BUDGET_OUT58, BUDGET_PENDING, CONSUMER, COURTED_OUT, DRAFT_BUDGET_FIGURE, DRAFT_BUDGET_NOUN,
  DRAFT_BUDGET_OUT, EARLIER_YEAR_FIGURE, NEG_PARTY, OFFER_WORD, PARTY_FIGURE, PLAN_OUT, ParagraphGate, type ParagraphKindContext,
  REFUSED61, SITING, TALKS_CONCLUDED, TALKS_ONGOING, VALUE61, emitAll, refusedFor,
} from './context'

/*
 * conf61 kinds (blind R329C, R332M: finance, contracts, planning, city-planning, the assembly secretariat and the mayor's office telling
 * unreleased figures and negotiations in good faith). Each is read as a kind, in the wordings a member of staff would use; they are read only
 * where the paragraph has no finding of the family yet, as the conf56 and conf60 kinds are.
 * - A figure worked out by a section itself (係で試算を重ねた結果…17.4%引き上げないと…という数字が出ました; うちの課の試算では) while the body
 *   that will deliberate on it is still to hear it (審議会にお諮りするのは来月です; 議会への説明は2月): INSIDE_ESTIMATE with STEP_LATER.
 *   The city's own estimate for residents (市で試算したところ), a figure with no step to come and a step already taken stay clean.
 * - A zoning or planning change told with its area (蒲池交差点から南へ約800mの範囲を、第一種住居地域から準工業地域に変える) while its map
 *   or its publication is still to come (地図の公開は審議会の後になります; 公表前): PLAN_CHANGE with PLAN_LATER. A change put out for
 *   inspection or comment (縦覧, 意見書, パブリックコメント), one published and a plan's schedule with no area stay clean.
 * - A company being courted named with the terms in talk (食品メーカー「ナニワデリカ株式会社」…区画Bを前提に、土地の単価と奨励金の額について
 *   …お話ができました; ヤマセ電装株式会社の本社で、…工場進出について社長と直接条件を詰める予定): COURTED_TERMS with a company in the
 *   sentence and a siting in the paragraph. An agreement signed or announced, the city's incentives explained and a factory visit stay clean.
 * - A paper of the budget process or one made or used inside for a deliberation, shown in the post's photo (来年度予算の課ごとの査定結果の
 *   一覧表…写真の右側に写ってるのがそれです; ワーキングで使っている…コストの一覧です。課内で作った資料なので…写真を載せておきます):
 *   BUDGET_PAPER and INSIDE_PAPER with PHOTO_OF. A photo kept clear, a paper for residents (パンフレット, 説明会) and a paper published
 *   stay clean.
 * - The terms of a contract in talks, the city's ask or the other side's offer, in any unit (手数料を9.5%から8%に下げてもらう交渉をしています;
 *   先方の担当の方は8.5%までなら): TERMS_ASKED, TERMS_OFFERED. A change agreed or announced, a request to the state and a resident's
 *   own dispute stay clean.
 * - A session held with the press or the public kept out (報道の方も入らない形で行われましたが), then what was shown or said in it (…に減らす案が
 *   執行部から示され): CLOSED_FORM with CLOSED_TOLD61. A notice of such a session with nothing told and minutes published stay clean.
 * - A property's appraisal before the city sells it (不動産鑑定の結果…評価額は1億3,600万円です。公募の最低価格は、この数字をもとに決める):
 *   APPRAISAL with SALE_AHEAD61. A sale's notice giving its minimum price, goods appraised and land values published stay clean.
 * - A tender's price bounds told before the opening, in any numerals (上限は四千二百万円、下限はその八十八パーセント…入札はあさってです):
 *   BID_BOUNDS. A cap of a grant, a proposal's published ceiling, prices published in advance and a result stay clean.
 * - An amount at a stage of the internal budget assessment (要求額3億1,200万円のうち…課長査定では2億4,500万円まで落としています):
 *   ASSESSED_STAGE. A trade-in appraisal, the assessment's schedule and a budget announced stay clean.
 * - The companies invited to a tender not yet held (今回お声がけしたのは、柳川建設工業、有明土木、筑後舗道、沖端組の4社): BIDDERS_INVITED.
 *   Results, companies thanked outside a tender and an event's guests stay clean.
 * - A member of staff's move told ahead: after an informal word (人事課から内々に連絡がありました。…田代さんが、4月から…政策係長になります)
 *   or a post holder's next post for April with no announcement named (4月からは今の建設部長が総務部長に回られることになった): MOVE61.
 *   Moves announced (付の人事異動, 発表しました, 新聞), one's own move with a farewell and a new head introduced stay clean.
 * - A budget's total after the internal assessment while its release is awaited (一般会計の総額は391億4千万円でまとまり…2月の発表まで、
 *   もう少しだけお待ちください): DRAFT_BUDGET_FIGURE with RELEASE_AWAIT. A budget announced and a release with no figure stay clean.
 * - A unit price in land talks still going on (残るお一人とは1㎡あたり4万8千円でお話を続けています): UNIT_PRICE_TALK, TALK_FIGURE.
 *   Land for sale, published land values and a purchase concluded stay clean.
 * - Amounts of a draft budget said to be before the council (まだ議会に出す前の当初予算案ですが、…記念品に1,840万円…を計上しています):
 *   DRAFT_PUT_IN with BUDGET_PENDING. A budget put to the council or published stays clean.
 */
const N61 = '[0-9〇一二三四五六七八九十百千][0-9〇一二三四五六七八九十百千,.]{0,12}'
/** A rate or a share (17.4%, 八十八パーセント, 2割). */
const RATE = `${N61}(?:%|パーセント|割)`
const FIGURE61 = new RegExp(`${VALUE61}|${RATE}|${N61}(?:人|件|世帯|戸|か所|箇所|ha|ヘクタール|m2|平方メートル|点)`, 'u')
/** A section's own estimate (係で試算を重ねた結果, うちの課の試算では, 担当でシミュレーションしたところ). */
const INSIDE_ESTIMATE =
  /(?:(?<![\p{Script=Han}])(?:係|課|班|担当(?:課|係|者)?|係内|課内|部内|庁内|内部|事務局)|うち(?:の(?:係|課|班|部))?|私たち|わたしたち|チーム)(?:で|の方で|の中で|の)[、,]?(?:何度も|繰り返し|独自に|ざっと|改めて)?[、,]?(?:試算|推計|シミュレーション|再計算|積算|収支計算|計算)(?:を)?(?:重ね|繰り返|し直|やり直|行っ|して?み|し)?(?:し)?(?:た|て)?(?:結果|ところ|ら|では|だと|によると)/gu
/** …the body that deliberates still to hear it (審議会にお諮りするのは来月です; 議会への説明は2月; 委員会に諮る前ですが). */
const STEP_LATER =
  /(?:審議会|議会|市議会|委員会|協議会|懇話会|理事会|定例会|検討会)(?:に|へ|で|の|への|に対する|での)?(?:お諮り|諮問|諮る|諮り|ご報告|報告|ご説明|説明|提出|提案|上程|お示し|示す|かける|出す|審議)(?:する|します|いたします|される)?(?:の|こと)?(?:は|が)[、,]?[^。！？!?\n]{0,10}?(?:来月|来週|再来月|来年|年明け|今度|次回|[0-9]{1,2}月|[0-9]{1,2}日|これから|先|まだ|後日|今後)|(?:審議会|議会|市議会|委員会|協議会|懇話会|理事会)(?:に|へ|で)(?:お諮り|諮る|諮り|ご報告|報告|ご説明|説明|提出|提案|上程|お示し|かける|出す)(?:する)?前/u
const ESTIMATE_OUT61 = /(?:公表|発表|公開|掲載)(?:しました|いたしました|されました|して(?:い|お)(?:ます|ります)|済み)|ホームページ|市HP|答申|可決|議決/u
/** A zoning or planning change told with its area (…の範囲を、第一種住居地域から準工業地域に変える; …地区を市街化区域に編入). */
const PLAN_CHANGE =
  /(?:範囲|区域|エリア|一帯|周辺|沿い|地区|付近|一角|一部|部分|土地|農地|区画|街区|ヘクタール|ha)(?:を|は|が)[、,]?[^。！？!?\n]{0,24}?(?:地域|区域|地区|ゾーン)(?:に|へ)(?:変え|変更|編入|指定|切り替え|切替え|格上げ|見直)|(?:[^。！？!?\n]{0,2}(?:地域|区域|地区))から[^。！？!?\n]{0,12}?(?:地域|区域|地区)(?:に|へ)(?:変え|変更|編入|切り替え|切替え|格上げ)|(?:範囲|区域|エリア|一帯|周辺|地区|付近|一角|一部|部分|農地|街区|ヘクタール|ha)(?:を)[、,]?[^。！？!?\n]{0,16}?(?:地域|区域|地区|対象)(?:から|に)(?:外す|外し|除外|含め|入れ|加え|編入)/gu
/** A planned road's route told (計画道路のルートは、…小の北側を通って国道に抜ける線で固まりました). */
const ROUTE =
  /(?:ルート|路線|線形|計画線|バイパス)(?:は|が|を)[、,]?[^。！？!?\n]{0,30}?(?:通る|通す|通って|抜ける|抜けて|経由|沿いに|横切)[^。！？!?\n]{0,16}?(?:固ま|決ま|決定|になり|になる|とする|で調整|で進め|案)/gu
const PLAN_WORD = /計画道路|道路計画|バイパス|用途地域|都市計画|区域区分|市街化|地区計画|線引き|区画整理|立地適正化|誘導区域|防火地域|高度地区|容積率|建ぺい率|建蔽率/u
/** …the area's concreteness (交差点, 沿い, 800m, 丁目, 号線). */
const PLACE61 = /交差点|沿い|丁目|号線|国道|県道|市道|駅|地区|[\p{Script=Han}]町|周辺|一帯|付近|[0-9]+(?:m|メートル|km|キロ|ha|ヘクタール|m2|平方メートル)|(?:東|西|南|北)(?:へ|側|に)/u
/** …its map or its publication still to come (地図の公開は審議会の後になります; 公表前). */
const PLAN_LATER =
  /(?:地図|図面|区域図|案|変更案|計画案|内容|詳細|区域|範囲|ルート|(?:^|[。！？!?\n、,])(?:正式な|正式の|正式)?)(?:の)?(?:公開|公表|お披露目|発表)(?:は|が)[、,]?[^。！？!?\n]{0,16}?(?:後|あと|以降|来月|来年|来春|秋|春|夏|冬|年度末|予定|これから|先|まだ)|(?:公開|公表|発表)(?:前|はまだ|はこれから)|まだ(?:公開|公表|発表)(?:して|され)(?:い)?(?:ない|ません)|まで(?:は)?(?:公開|公表|発表)(?:しません|しない|できません|されません)|(?:審議会|議会|委員会)(?:の|を経た)?(?:後|あと)(?:に|で)?[、,]?(?:公開|公表|発表|お示し)/u
/** A company named (ナニワデリカ株式会社, 株式会社…, 精密部品メーカーのヤマセ電装). */
const COMPANY =
  /[\p{Script=Han}\p{Script=Katakana}ー]{2,12}(?:株式会社|有限会社|ホールディングス|\(株\)|㈱)|(?:株式会社|有限会社|\(株\)|㈱)[\p{Script=Han}\p{Script=Katakana}ー]{2,12}|(?:メーカー|企業|会社|商社|チェーン)(?:の|「|『)[\p{Script=Han}\p{Script=Katakana}A-Za-zー]{2,14}/u
/** …and its terms talked over (土地の単価と奨励金の額について…お話ができました; 条件を詰める予定). */
const COURTED_TERMS =
  /(?:条件|単価|価格|奨励金|補助金?|助成(?:金)?|優遇(?:措置)?|賃料|地代|面積|区画|雇用(?:の)?(?:人数|規模)|税(?:の)?(?:減免|軽減)|固定資産税)[^。！？!?\n]{0,20}?(?:について|を|の)[、,]?[^。！？!?\n]{0,16}?(?:詰め|交渉|協議|話し合|お話|話(?:を|が|し|に)|商談|打ち合わせ|打合せ|ご提示|提示|ご相談|すり合わせ|調整)/gu
/** …an event with the company, not its siting (工場見学, イベント, 職場体験). */
const COMPANY_EVENT = /イベント|見学|体験|講座|セミナー|説明会|フェア|祭|展示会|交流会|ツアー/u
/** A paper of the budget process (査定結果の一覧表, 各課の要求額の表, 予算配分の資料). */
const BUDGET_PAPER =
  /(?:査定(?:結果|額|状況|内容|用)?|予算(?:要求|査定|配分|の(?:配分|内訳|割り振り))|要求額|(?:各課|課ごと|部ごと|事業ごと)(?:の)?(?:予算|要求|査定)(?:額)?)[^。！？!?\n]{0,8}?(?:一覧表?|表|資料|リスト|内訳|シート|書類|ファイル)/gu
/** A paper made or used inside for a deliberation (課内で作った資料, ワーキングで使っている…一覧). */
const INSIDE_PAPER =
  /(?:課内|庁内|部内|係内|局内|内部|ワーキング(?:グループ)?|WG|プロジェクトチーム|打ち合わせ|打合せ|庁議|部長会議?|課長会議?|幹部会議?|査定|ヒアリング)(?:で|の中で|用に)[、,]?(?:作った|作成した|まとめた|使っている|使ってる|使った|使う|使用している|配られた|配布された|回している|回っている|検討している)[^。！？!?\n]{0,24}?(?:資料|一覧表?|表|データ|メモ|シート|リスト|スライド|試算|集計|ペーパー)/gu
/** A paper of a deliberation: used in one (ワーキングで使っている) or about what is weighed (コスト, 統廃合, 候補, 見直し). */
const DELIBERATION = /^(?:ワーキング|WG|プロジェクトチーム|打ち合わせ|打合せ|庁議|部長会|課長会|幹部会|査定|ヒアリング)/u
const WEIGHED = /検討|議論|話し合|統廃合|再編|見直し|削減|廃止|候補|比較|コスト|費用|試算|順位|評価|方針|案(?!内)/u
/** …not a paper for the public (皆さんにも, ご家庭で, ご活用ください). */
const FOR_PUBLIC = /皆さんにも|皆様にも|市民の(?:皆|方)|住民の(?:皆|方)|ご家庭|ご自宅|ご活用|ご利用ください|お役立て|参考にしてください/u
/** …shown in the post's photo (写真を載せておきます, 写真の右側に写ってるのがそれです, 📸). */
const PHOTO_OF =
  /(?:写真|画像|スクショ|スクリーンショット)(?:の[^。！？!?\n]{0,8}?)?(?:に|で|を|は|が)?[^。！？!?\n]{0,8}?(?:写って|映って|写り込|載せ|のせ|アップ|添付|お見せ|見せ|貼|撮っ|撮り|撮影)|(?:写って|映って)(?:る|いる|ます)(?:の|もの)(?:が|は)|(?:写真|画像)(?:は|が)[、,]?[^。！？!?\n]{2,30}?(?:です|でした|だよ|やけど|だけど)|📸|📷/u
/** …or shown in the post (一枚だけお見せします, 公開しちゃいます, 共有します). */
const SHOWN61 = /お見せ|見せちゃ|見せます|公開し(?:ちゃ|ます)|載せ(?:て|ます|とき|ちゃ)|アップし|添付し|共有し(?:ます|ちゃ)/u
const PHOTO_OUT = /ぼかし|ボカシ|モザイク|写らない|写り込まない|写りこまない|写っていない|写らんよう|見えないよう|伏せ|隠し|市民向け|住民向け|パンフレット|チラシ|ポスター|リーフレット|説明会|出前講座|講座で|会見|記者発表|(?:公表|公開|掲載)(?:しました|いたしました|されました|して(?:い|お)(?:ます|ります)|済み)|ホームページ|市HP|可決|議決/u
/** The terms asked in talks (手数料を9.5%から8%に下げてもらう交渉をしています). */
const TERM = `(?:${VALUE61}|${RATE}|${N61}(?:か月|ヶ月|カ月|年|日))`
const TERMS_ASKED = new RegExp(
  `${TERM}(?:から|→)${TERM}(?:に|へ|まで)[、,]?(?:下げ|上げ|引き下げ|引き上げ|値下げ|値上げ|減額|増額|縮め|延ば|短縮|延長)(?:て|して)?(?:もらう|もらえる|いただく|いただける|くれる)?(?:よう|ように|ための|方向で)?[、,]?(?:交渉|協議|お願い|調整|折衝|話し合い|働きかけ|申し入れ)(?:を)?(?:して(?!み|くださ|ほし|もら)|中|進め|続け|重ね)`,
  'gu',
)
/** The other side's offer (先方の担当の方は8.5%までなら, 相手方からは年600万円なら). */
const TERMS_OFFERED = new RegExp(
  `(?:先方|相手方|相手側|向こう(?:側|さん)?|事業者(?:さん|側)?|業者(?:さん|側)?|会社側|企業側)(?:の[^。！？!?\\n]{0,8}?)?(?:は|から(?:は)?|も)[、,]?[^。！？!?\\n]{0,8}?${TERM}(?:まで(?:なら|は|であれば)|なら|であれば|で(?:あれば|なら))`,
  'gu',
)
/** A side's figure in talks, asked or held to (先方は手数料12%を希望; 市としては8%が限界). */
const TERMS_HELD = new RegExp(
  `(?:先方|相手方|相手側|向こう(?:側|さん)?|事業者(?:さん|側)?|業者(?:さん|側)?|会社側|企業側)(?:は|から(?:は)?|が)[、,]?[^。！？!?\\n]{0,12}?(?:${RATE}|${N61}(?:か月|ヶ月|カ月|年))(?:を|で|の)?[、,]?(?:希望|要求|要望|提示|求め|主張|譲ら|出して|言って|示して)` +
    `|(?:市として(?:は)?|当市(?:として)?(?:は)?|こちら(?:として)?(?:は)?|当方(?:は)?|うち(?:として)?(?:は)?)[、,]?[^。！？!?\\n]{0,12}?${TERM}(?:まで(?:しか|なら|が限界)|が限界|が精一杯|以上は(?:出せ|無理|難し|払え))`,
  'gu',
)
/** Talks still going on, in wordings TALKS_ONGOING misses (話を詰めています, 差は5千万円まで縮まりました, 決着させたい). */
const TALKS_ONGOING61 =
  /(?:話|条件|金額|価格|内容)を詰め|詰めの(?:協議|交渉|段階|話)|差(?:は|が)[^。！？!?\n]{0,12}?(?:縮ま|埋ま)|歩み寄|決着(?:させ|を(?:目指|図))|交渉(?:中|を続け)|協議中|お返事(?:待ち|を待)|回答(?:待ち|を待)/u
const TERMS_OUT61 = /補助|助成|支給|給付|割引|還元|合意しました|合意いたしました|合意に至りました|締結|契約しました|妥結|決着しました|まとまりました|(?:発表|公表)(?:しました|いたしました)|ホームページ|市HP|(?:国|県|政府)(?:に|へ|と)/u
/** A session held with the press or the public kept out (報道の方も入らない形で行われましたが). */
const CLOSED_FORM =
  /(?:報道(?:陣|機関|関係者)?|記者|マスコミ|メディア|傍聴(?:者|人|席)?|一般(?:の方|の傍聴者)?|市民)(?:の方々?|の皆さん|の皆様)?(?:も|は|を|が)?[、,]?(?:入らない|入れない|入れず(?:に)?|入らず|入れないで|いない|おらず|抜きの?|お断りし(?:て|た)|シャットアウトし(?:て|た))(?:形|かたち|形式|方式|状態|まま)?(?:で|の)?[、,]?(?:行われ|開かれ|開催され|実施され|行い|開き|開催し|進められ)(?!ます|る|ること)|(?:報道(?:陣|機関|関係者)?|記者|マスコミ|傍聴(?:者|人)?|一般の方)(?:の方々?|の皆さん|の皆様)?(?:に|には)[、,]?(?:ご)?退席(?:いただ|して(?:いただ|もら)|願)(?:いた|った)(?:後|あと)/gu
/** A session of members only (議員だけの勉強会で, 委員のみの協議会で), then a figure or a proposal shown in it. */
const CLOSED_MEMBERS =
  /(?:議員|委員|理事|執行部と議員)(?:の方)?(?:だけ|のみ|限り)(?:の|で)(?:開かれた|行われた|開いた)?(?:勉強会|協議会|会議|会合|説明会|懇談会|検討会)(?:で|の場で|にて|では)/gu
const CLOSED_FIGURE = /[0-9〇一二三四五六七八九十百千]+(?:万|億|千)?(?:円|人|名|件|世帯|%|割|倍|校|か所|箇所|社)|示され|提示され|説明があ|報告があ|案が出/u
/** …a meeting (協議会, 委員会, 審議, 勉強会), not an event closed to the public. */
const MEETING61 = /会議|協議会|委員会|審議|審査|議会|全協|勉強会|懇談会|会合|部会|庁議|説明会|ヒアリング/u
/** …then what was shown or said in it (…案が執行部から示され, 質問が相次ぎ). */
const CLOSED_TOLD61 = /[0-9〇一二三四五六七八九十百千]+(?:万|億|千)?(?:円|人|名|件|世帯|%|割|倍|校|か所|箇所|社)|示され|提示され|説明があ|報告があ|案が出|意見が(?:相次|出|分かれ)|質問が相次|紛糾|異論|反対意見|方向|決ま(?!り次第)|固ま/u
/** A property's appraisal with its value (不動産鑑定の結果…評価額は1億3,600万円です). */
const APPRAISAL = new RegExp(
  `(?:評価額|鑑定額|鑑定評価額|鑑定価格|鑑定評価|鑑定(?:の)?結果)(?:が|は)[、,]?(?:出|届|わかり|分かり|まとま)[^。！？!?\\n]{0,6}?[。!！]\\s?(?:約)?${VALUE61}` +
    `|(?:評価額|鑑定額|鑑定評価額|鑑定価格|鑑定評価)(?:は|が)[、,]?[^。！？!?\\n]{0,8}?${VALUE61}|鑑定(?:士)?(?:さん)?(?:の|による)(?:評価|見立て|査定)(?:額)?(?:は|が|で(?:は)?)[、,]?[^。！？!?\\n]{0,8}?${VALUE61}|(?:不動産鑑定|鑑定評価|鑑定)(?:の|、|,)?(?:結果|額)(?:は|が|で|では|によると)?[、,]?[^。！？!?\\n]{0,16}?${VALUE61}`,
  'gu',
)
const APPRAISED_PROPERTY = /不動産鑑定|鑑定評価|鑑定士/u
/** …before the sale it will set the price of (公募の最低価格は、この数字をもとに決めることになります; 売却は来年度). */
const SALE_AHEAD61 =
  /(?:最低(?:売却)?価格|予定価格|売却価格|貸付料|価格)(?:は|を)[、,]?[^。！？!?\n]{0,20}?(?:決める|決めます|決めること|決まる|設定する|設定します|これから|今後|予定)|(?:売却|公募|入札|公売|売り払い|払い下げ|貸付)(?:は|の|を)?[^。！？!?\n]{0,10}?(?:これから|来月|来年|来春|今後|予定|前)|(?:売却|公募|入札|公売|貸付)(?:要項|要綱|の準備|の手続き?|手続き?)(?:を)?(?:まとめ|準備|進め|作成|整え)/u
const APPRAISAL_OUT = /公告|申込み|申し込み|参加資格|募集要項|ご応募|受付|お宝|骨董|美術品|鑑定団|鑑定会|路線価|公示地価|基準地価|固定資産税評価|相続|買取|(?:公表|公開|掲載)(?:しました|いたしました|されました|して(?:い|お)(?:ます|ります))|ホームページ|市HP/u
/** A tender's price bounds with a value (上限は四千二百万円, 下限はその八十八パーセント, 最低制限価格は予定価格の88%). */
const BID_BOUNDS = new RegExp(
  `(?:上限|下限|予定価格|最低制限価格|最低制限|調査基準価格|低入札調査基準(?:価格)?|最低価格|天井)(?:の)?(?:額|金額|価格|ライン)?(?:は|を|が)[、,]?[^。！？!?\\n]{0,8}?(?:${VALUE61}|(?:その|予定価格の|上限の)?${RATE})`,
  'gu',
)
const BID_AHEAD = /(?:明日|あす|あした|明後日|あさって|来週|再来週|来月|今週|週明け|[0-9]{1,2}日)[^。！？!?\n]{0,4}?(?:の)?(?:入札|開札)|(?:入札|開札)(?:は|が|日は)[、,]?[^。！？!?\n]{0,10}?(?:明日|あす|あした|明後日|あさって|来週|再来週|来月|今週|週明け|[0-9]{1,2}日|予定|これから|まだ)|入札(?:前|予定|はこれから|はまだ|を控え)|開札(?:前|予定|はまだ|はこれから)/u
const BID_BOUNDS_OUT = /事前公表|入札公告|公告(?:しました|文|中)|落札|開札結果|入札結果|開札しました|契約(?:を)?締結|プロポーザル|提案上限|募集要項|参加申込|ホームページ|市HP|補助|助成/u
/** An amount at a stage of the internal budget assessment (課長査定では2億4,500万円まで落としています; 要求額3億1,200万円のうち). */
const ASSESSED_STAGE = new RegExp(
  `(?:課長|部長|副市長|市長|財政課長?|財政部長?|財務課|一次|二次|最終|事務|理事者)査定(?:で|では|の段階で|の結果|後(?:は|で)?|を経て)[、,]?[^。！？!?\\n]{0,16}?${VALUE61}(?:まで|に|へ|と|で)?[、,]?(?:落と|削|減|圧縮|抑え|絞|なり|なっ|収ま|とどま|止ま|つき|付き|認め|残)` +
    `|(?:予算)?要求(?:額)?(?:は|が)?[、,]?${VALUE61}(?:の)?(?:うち|に対し(?:て)?)`,
  'gu',
)
const ASSESSED_CONTEXT = /査定|財政課|予算/u
/** …not an appraisal of goods or a claim (買い取り査定, 保険の査定). */
const ASSESSED_OUT = /買取|買い取り|下取り|中古|保険|査定士|車検/u
/** The companies invited to a tender (今回お声がけしたのは、柳川建設工業、有明土木、筑後舗道、沖端組の4社). */
const NAME61 = '[\\p{Script=Han}\\p{Script=Katakana}ー]{2,16}(?:\\(株\\))?(?:さん|様)?'
/** A name with a company's suffix or an honorific (有明電設さん, 柳川設備株式会社). */
const COMPANY_NAME = '[\\p{Script=Han}\\p{Script=Katakana}ー]{2,16}(?:\\(株\\))?(?<!業者|事業者|会社|企業|関係者|皆|各|取引先|担当者|職員|市民|住民|区長)(?:さん|様|社)'
const BIDDERS_INVITED = new RegExp(
  `(?:お声がけ|お声掛け|声がけ|声掛け|お声かけ|声をかけ|指名|ご案内を(?:差し上げ|お送り|出)|案内を出|ご招待|招待|参加をお願い|参加を依頼|指名通知を(?:出|送))(?:し|いたし)?(?:た|ました|ている|ています|とる)?(?:の|業者|会社|先|事業者)(?:は|が)[、,]?${NAME61}(?:(?:、|,|・|と|及び|および)${NAME61}){0,8}(?:の${N61}(?:社|者))?` +
    `|${NAME61}(?:(?:、|,|・|と|及び|および)${NAME61}){1,8}の${N61}(?:社|者)(?:に|へ|を)[、,]?(?:お声がけ|お声掛け|声がけ|声をかけ|指名|ご案内|案内|参加をお願い|参加を依頼)` +
    `|${COMPANY_NAME}(?:(?:、|,|・|と|及び|および)${COMPANY_NAME}){0,8}(?:の${N61}(?:社|者))?(?:に|へ)(?:は|も)?[、,]?(?:お声がけ|お声掛け|声がけ|声掛け|お声かけ|声をかけ|指名通知|ご案内を(?:差し上げ|お送り|出)|参加をお願い|参加を依頼)` +
    `|(?:指名通知|指名の通知|ご案内|案内状|招待状)(?:は|を)[、,]?${NAME61}(?:(?:、|,|・|と|及び|および)${NAME61}){0,8}(?:の${N61}(?:社|者))?(?:に|へ)(?:送|出|お送り|発送|通知|差し上げ)` +
    `|${N61}(?:社|者)[(（]${NAME61}(?:(?:、|,|・|と)${NAME61}){1,8}[)）](?:を|に)[、,]?(?:指名|お声がけ|声をかけ|ご案内)`,
  'gu',
)
/** A member of staff's next post told (田代さんが、4月から…企画課の政策係長になります; 今の建設部長が総務部長に回られる). */
const POST61 = '(?:部長|課長|局長|次長|所長|館長|室長|係長|課長補佐|センター長|支所長|校長|園長|教育長|副市長|主幹|主査|参事|理事)'
const MOVE61 = new RegExp(
  `(?:(?:今の|現在の|現|うちの|当課の|本課の|[\\p{Script=Han}]{1,8}(?:課|部|室|局|所|館|センター|支所)の)[\\p{Script=Han}\\p{Script=Katakana}ー]{0,8}?${POST61}|[\\p{Script=Han}\\p{Script=Katakana}]{1,6}(?:さん|氏|くん|${POST61}))(?:さん)?(?:が|は|、|,)[、,]?[^。！？!?\\n]{0,24}?(?:${POST61}|[\\p{Script=Han}]{1,8}(?:課|部|室|局|支所|センター|事務所|学校|園|委員会|事務局|県庁|市役所|病院|公民館|図書館)(?:の[\\p{Script=Han}]{0,6}?(?:長|係長|担当))?)(?:に|へ)[、,]?(?:回られ|回る|回り|移られ|移る|移り|異動(?:し|され|する|になり|になる|とな)|なります|なる(?:予定|そう|こと)|なられ|就かれ|就く|就き|昇任|昇格|昇進|上がられ|上がる|上がり|着任|行かれ|行く|栄転|転出|出向)`,
  'gu',
)
/** …for April or the new year (4月から, 来年度から, 新年度は). */
const MOVE_WHEN = /(?:[0-9]{1,2}月|来年度|新年度|来春|次年度|春)(?:1日)?(?:から|より|以降)|(?:来年度|新年度|次年度)(?:は|に)/u
/** …told after an informal word (人事課から内々に連絡; 内示; こっそり教えてもらった). */
const MOVE_INFORMAL = /内々に|内々の|内々で|内示|非公式に|こっそり|内緒|ないしょ|ここだけ|オフレコ|まだ(?:発表|公表)(?:前|されていない|されて(?:い)?ません)/u
const MOVE_OUT61 = /(?:人事異動|異動|人事)(?:を|について|が|の)?(?:発表|公表|発令)(?:しました|いたしました|されました|がありました)|付(?:の|で)(?:人事|異動)|[0-9]{1,2}月[0-9]{1,2}日付|辞令|新聞|報道|ホームページ|市HP|着任しました|就任しました|異動しました|発表のとおり|発表されたとおり/u
/** One's own move or a farewell after the announcement (お世話になりました): no leak unless said told informally. */
const MOVE_FAREWELL = /よろしくお願い|ようこそ|歓迎|新しい仲間|お世話になりました|ありがとうございました|お疲れさま|お疲れ様|送別|離任|お別れ|(?:^|[。！？!?\n])(?:私|わたし|僕|ぼく|自分)(?:は|も|が)/u
/** A release awaited (2月の発表まで、もう少しだけお待ちください; 発表は来月の予定). */
const RELEASE_AWAIT =
  /(?:発表|公表|お披露目|記者発表|公開)(?:まで|の日まで)[、,]?[^。！？!?\n]{0,10}?(?:お待ち|待って|楽しみ|お楽しみ)|(?:予算(?:案)?の)?(?:発表|公表)(?:は|が)[^。！？!?\n]{0,12}?(?:来月|[0-9]{1,2}月|来週|予定|まだ|これから|先)|(?:発表|公表)前/u
const BUDGET_SETTLED = /査定(?:が|は|を|も)?[、,]?(?:すべて|全て|ようやく|無事|やっと)?[、,]?(?:終わ|終え|完了|済)|(?:まとま|固ま)(?:り|った|りました)|着地|確定し|出そろ|出揃|仕上が|組み上が|(?:に|と)なりました|(?:に|と)なる見込み|(?:に|と)なりそう/u
/** The year now running (今年度の予算規模は…): not the draft's figure. */
const THIS_YEAR = /(?:今年度|本年度|今年)(?:の|は|当初)/u
/** A unit price in land talks (1㎡あたり4万8千円でお話を続けています). */
const UNIT_PRICE_TALK = new RegExp(
  `(?:1|一)?\\s?(?:m2|平方メートル|平米|坪|反|アール|区画)(?:あたり|当たり|につき)?[、,]?(?:約)?${VALUE61}[^。！？!?\\n]{0,6}?(?:で|を|の)[、,]?[^。！？!?\\n]{0,6}?(?:お話|話|交渉|協議|ご提示|提示|お願い|話し合い|ご相談|折衝|調整|打診)`,
  'gu',
)
/** A figure set as the basis of talks, said with お話 or お願い (…円でお話を続けています). */
const TALK_FIGURE = new RegExp(
  `${VALUE61}(?:程度|前後|以内|以下)?(?:として|で|を軸に|を目安に|を基準に|を前提に|をベースに)[、,]?[^。！？!?\\n]{0,8}?(?:お話|お願い|ご提示|ご相談|打診|すり合わせ)(?:を)?(?:続け|進め|して(?:い|お)|中|させていただいて)`,
  'gu',
)
const LAND_PARTY = /地権者|所有者|地主|持ち主|用地|買収|買い取り|買取|借地|先方|相手方|相手側/u
const LAND_OWNER = /地権者|所有者|地主|持ち主|用地|買収|買い取り|買取|借地/u
const LAND_OUT = /合意しました|合意いたしました|締結|契約しました|契約を結び|取得しました|購入しました|議決|可決|分譲|販売|売り出|公示地価|基準地価|路線価|空き家バンク|物件/u
/** Amounts of a draft budget said to be before the council (まだ議会に出す前の当初予算案ですが、…記念品に1,840万円…を計上しています). */
const DRAFT_PUT_IN = new RegExp(
  `(?:予算案|補正予算|当初予算|予算要求)(?:ですが|ですけど|だけど|やけど|では|で|には|に|は)?[、,]?[^。！？!?\\n]{0,40}?${VALUE61}[^。！？!?\\n]{0,12}?(?:を|が|も)?(?:計上|盛り込|盛りこ|措置|確保|入れ|つけ|付け)`,
  'gu',
)
/** …the council said to be ahead (議会に出す前の; 3月議会に出す予定の予算案). */
const COUNCIL_AHEAD = /(?:議会|定例会)(?:に|へ)(?:出す|提出する|提案する|かける|上程する|お諮りする)(?:予定|見込み)の/u
/** …the matter put to the public on the way (説明会, ご意見, パブリックコメント). */
const COUNCIL_PUBLIC = /説明会|ご意見|意見募集|パブリックコメント|ホームページ|市HP|公表し|発表し/u
const DRAFT_OUT61 = /(?:会見|記者発表)(?:で|にて)?[^。！？!?\n]{0,12}?(?:しました|いたしました|されました|行いました)|(?:提出|提案|上程)(?:しました|いたしました|されました)|(?:発表|公表|公開|掲載)(?:しました|いたしました|しております|しています|されました|済み)|可決|議決され|成立しました|ホームページ|市HP/u
const TERMS_APPRAISAL_AND_BUDGET_STAGE_GATE = new ParagraphGate([
  INSIDE_ESTIMATE, STEP_LATER, ESTIMATE_OUT61, PLAN_CHANGE, PLAN_WORD, PLACE61, PLAN_LATER, PLAN_OUT, COMPANY, SITING,
  COURTED_TERMS, COURTED_OUT, BUDGET_PAPER, INSIDE_PAPER, PHOTO_OF, PHOTO_OUT, TERMS_ASKED, TERMS_OFFERED, TERMS_OUT61,
  CLOSED_FORM, CLOSED_TOLD61, APPRAISAL, APPRAISED_PROPERTY, SALE_AHEAD61, APPRAISAL_OUT, BID_BOUNDS, BID_AHEAD,
  BID_BOUNDS_OUT, ASSESSED_STAGE, ASSESSED_CONTEXT, BIDDERS_INVITED, MOVE61, MOVE_WHEN, MOVE_INFORMAL, MOVE_OUT61,
  REFUSED61, THIS_YEAR, FOR_PUBLIC, WEIGHED, LAND_OWNER, COMPANY_EVENT, TALKS_ONGOING61, COUNCIL_PUBLIC, MOVE_FAREWELL, RELEASE_AWAIT, SHOWN61, MEETING61, ASSESSED_OUT, ROUTE, TERMS_HELD, CLOSED_MEMBERS, CLOSED_FIGURE, COUNCIL_AHEAD, BUDGET_SETTLED, UNIT_PRICE_TALK, TALK_FIGURE, LAND_PARTY, LAND_OUT, DRAFT_PUT_IN, DRAFT_OUT61,
])
/** The terms, appraisal and budget-stage kinds (first caught as conf61) (see the comment above N61), run after the conf60 ones where the paragraph has no finding yet. */
export function runTermsAppraisalAndBudgetStageKinds({ input, t, p, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = TERMS_APPRAISAL_AND_BUDGET_STAGE_GATE.scan(t)
  const sentence = (at: number, to: number): Span => sentenceAround(t, at, to)
  const sentenceText = (m: RegExpExecArray): string => {
    const s = sentence(m.index, m.index + m[0].length)
    return t.slice(s.start, s.end)
  }
  /** The sentence of a match and the one after it. */
  const withNext = (m: RegExpExecArray): string => {
    const s = sentence(m.index, m.index + m[0].length)
    const next = s.end < t.length ? sentence(s.end, s.end) : s
    return t.slice(s.start, Math.max(s.end, next.end))
  }
  // A section's own estimate with its figure, the deliberating body still to hear it.
  if (q.has(STEP_LATER) && !q.has(ESTIMATE_OUT61)) {
    emitAll(q, doc, t, INSIDE_ESTIMATE, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && FIGURE61.test(withNext(m)) && !published(t)))
  }
  // A zoning or planning change told with its area, its publication still to come.
  if (q.has(PLAN_WORD) && q.has(PLAN_LATER) && !q.has(PLAN_OUT)) {
    emitAll(q, doc, t, PLAN_CHANGE, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && PLACE61.test(sentenceText(m)) && !published(t)))
    emitAll(q, doc, t, ROUTE, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && PLACE61.test(sentenceText(m)) && !published(t)))
  }
  // A company being courted named with the terms in talk.
  if (q.has(COMPANY) && q.has(SITING) && !q.has(COURTED_OUT)) {
    emitAll(q, doc, t, COURTED_TERMS, 'confidential/negotiation', emit, spans, once((m) => {
      const here = sentence(m.index, m.index + m[0].length)
      const prev = here.start > 0 ? sentence(here.start - 1, here.start - 1) : here
      const window = t.slice(prev.start, here.end)
      return notAware(m) && COMPANY.test(window) && SITING.test(window) && !COMPANY_EVENT.test(window) && !published(t)
    }))
  }
  // A paper of the budget process or one made or used inside, shown in the post's photo.
  if ((q.has(PHOTO_OF) || q.has(SHOWN61)) && !q.has(PHOTO_OUT)) {
    emitAll(q, doc, t, BUDGET_PAPER, 'confidential/budget', emit, spans, once((m) => {
      const around = withNext(m)
      return notAware(m) && PHOTO_OF.test(around) && !REFUSED61.test(around) && !refusedFor(t, m.index + m[0].length)
    }))
    emitAll(q, doc, t, INSIDE_PAPER, 'confidential/staff-only', emit, spans, once((m) => {
      const around = withNext(m)
      return notAware(m) && (PHOTO_OF.test(around) || SHOWN61.test(around)) && (DELIBERATION.test(m[0]) || WEIGHED.test(around)) && !FOR_PUBLIC.test(around) && !REFUSED61.test(around) && !refusedFor(t, m.index + m[0].length)
    }))
  }
  // The terms of a contract in talks: the city's ask, the other side's offer.
  if (!q.has(TERMS_OUT61) && !CONSUMER.test(t)) {
    emitAll(q, doc, t, TERMS_ASKED, 'confidential/negotiation', emit, spans, once(notAware))
    emitAll(q, doc, t, TERMS_OFFERED, 'confidential/negotiation', emit, spans, once(notAware))
    if (p.has(TALKS_ONGOING) || NEG_PARTY.test(t)) emitAll(q, doc, t, TERMS_HELD, 'confidential/negotiation', emit, spans, once(notAware))
    if (q.has(TALKS_ONGOING61) && !TALKS_CONCLUDED.test(t)) {
      emitAll(q, doc, t, PARTY_FIGURE, 'confidential/negotiation', emit, spans, once((m) => {
        const here = sentence(m.index, m.index + m[0].length)
        return notAware(m) && OFFER_WORD.test(t.slice(m.index, Math.min(here.end, m.index + m[0].length + 16)))
      }))
    }
  }
  // A session held with the press or the public kept out, then what was shown or said in it.
  emitAll(q, doc, t, CLOSED_FORM, 'confidential/meeting', emit, spans, once((m) => {
    const end = m.index + m[0].length
    const rest = withNext(m).slice(Math.max(0, end - sentence(m.index, end).start))
    return notAware(m) && CLOSED_TOLD61.test(rest) && MEETING61.test(withNext(m)) && !published(t)
  }))
  emitAll(q, doc, t, CLOSED_MEMBERS, 'confidential/meeting', emit, spans, once((m) => {
    const end = m.index + m[0].length
    const rest = withNext(m).slice(Math.max(0, end - sentence(m.index, end).start))
    return notAware(m) && CLOSED_FIGURE.test(rest) && !published(t)
  }))
  // A property's appraisal before the city sells it.
  if (q.has(APPRAISED_PROPERTY) && q.has(SALE_AHEAD61) && !q.has(APPRAISAL_OUT)) {
    emitAll(q, doc, t, APPRAISAL, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !published(t)))
  }
  // A tender's price bounds told before the opening.
  if (q.has(BID_AHEAD) && !q.has(BID_BOUNDS_OUT)) {
    emitAll(q, doc, t, BID_BOUNDS, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !published(t)))
  }
  // An amount at a stage of the internal budget assessment.
  if (q.has(ASSESSED_CONTEXT) && !q.has(ASSESSED_OUT) && !BUDGET_OUT58.test(t)) {
    emitAll(q, doc, t, ASSESSED_STAGE, 'confidential/budget', emit, spans, once((m) => notAware(m) && /査定/u.test(t) && !published(t)))
  }
  // The companies invited to a tender not yet held.
  if (BID_CONTEXT58.test(t) && !BID_OVER.test(t)) {
    emitAll(q, doc, t, BIDDERS_INVITED, 'confidential/pre-release', emit, spans, once(notAware))
  }
  // A member of staff's move told ahead: after an informal word, or for April with no announcement named.
  if (!q.has(MOVE_OUT61)) {
    const informal = q.has(MOVE_INFORMAL)
    if (informal || (q.has(MOVE_WHEN) && !q.has(MOVE_FAREWELL))) {
      emitAll(q, doc, t, MOVE61, 'confidential/personnel', emit, spans, once((m) => notAware(m) && (informal || MOVE_WHEN.test(sentenceText(m))) && !published(t)))
    }
  }
  // A budget's total after the internal assessment while its release is awaited.
  const councilAhead = (): boolean => ((q.has(STEP_LATER) && /議会|定例会/u.test(t)) || p.has(BUDGET_PENDING) || q.has(COUNCIL_AHEAD)) && !q.has(COUNCIL_PUBLIC)
  if (DRAFT_BUDGET_NOUN.test(t) && ((q.has(RELEASE_AWAIT) && q.has(BUDGET_SETTLED)) || councilAhead()) && !DRAFT_BUDGET_OUT.test(t) && !q.has(DRAFT_OUT61)) {
    emitAll(q, doc, t, DRAFT_BUDGET_FIGURE, 'confidential/budget', emit, spans, once((m) => {
      const here = sentence(m.index, m.index + m[0].length)
      const before = t.slice(here.start, m.index + m[0].length)
      return notAware(m) && !EARLIER_YEAR_FIGURE.test(before) && !THIS_YEAR.test(before)
    }))
  }
  // A unit price in land talks still going on.
  if (q.has(LAND_PARTY) && !q.has(LAND_OUT)) {
    emitAll(q, doc, t, UNIT_PRICE_TALK, 'confidential/negotiation', emit, spans, once(notAware))
    if (q.has(LAND_OWNER)) emitAll(q, doc, t, TALK_FIGURE, 'confidential/negotiation', emit, spans, once(notAware))
  }
  // Amounts of a draft budget said to be before the council.
  if ((p.has(BUDGET_PENDING) || q.has(COUNCIL_AHEAD)) && !q.has(DRAFT_OUT61) && !q.has(COUNCIL_PUBLIC)) {
    emitAll(q, doc, t, DRAFT_PUT_IN, 'confidential/budget', emit, spans, once((m) => notAware(m) && !published(t)))
  }
}
