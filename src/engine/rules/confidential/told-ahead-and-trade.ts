/**
 * confidential — Matters told ahead of their release or turn, police cases, pending deals, matters told before their owner or
 * the body in charge discloses them, findings before release, exams and case records, business dealings, bids and screenings ahead,
 * quotes from an open case and a test's setter, trade terms (the run…Kinds detectors of this file, in their call order). What stays
 * clean: each kind's public counterpart (a release, a case announced, a deal published, an access safeguard named).
 *
 * Guideline clause 5(1): 秘密情報・機密情報を発信しない (rule ids confidential/*, metadata in meta.ts).
 */
import { sentenceAround } from '../../doc'
import {
  BID_COMPANY, BID_CONTEXT, BID_DONE, BID_ENTRANTS_PUBLIC, BID_ENTRANT_COUNT, BID_PUBLIC, BUSINESS_NAMED, CASE_MEETING_NAME, EXAM_OVER,
  INCIDENT_OBJECT, INCIDENT_PUBLIC, INQUIRY_IN_PRACTICE, MISCONDUCT, MOVE_ANNOUNCED, NOTIFIED_PARTY, PENALTY, PENALTY_DECIDED,
  PENALTY_PUBLIC, POST_WORD, PRELIM_AS_RELEASE, ParagraphGate, type ParagraphKindContext, RELEASE_NOUN, SITING_CONCLUDED, STAFF,
  TRADE_FIRM, VALUE, YEN_FIGURE, emitAll, sentenceOf,
} from './context'

/*
 * Told ahead of its release, in forms that are more than a matter said unreleased (blind R385J-010, R386K-041, R386K-050, R387L-026):
 * - The blacked-out part of a disclosed document told (黒塗りにした部分ですが、要は…の記録です; 非開示の箇所は実は…): MASKED_PART_TOLD. The
 *   reason for a non-disclosure explained in general (黒塗りにした部分は、個人の氏名や印影です; 非開示の部分は実は法律で決まっている項目) has no
 *   要は / 実は of a secret let out, or no party or record after it (MASKED_CONTENT).
 * - Firms still being compared, named with their rates (A社さん（手数料率8.5％）と、B社さん（7.9％）の2社で条件を詰めています):
 *   FIRM_WITH_RATE twice with a bargaining still going (NEGOTIATION_GOING). A published result list or a choice made (NEGOTIATION_SETTLED) stays clean.
 * - A restricted notice quoted (通知（自治体限りの扱いで…）によると; 部外秘の事務連絡では): RESTRICTED_NOTICE_QUOTED.
 * - The police's coming action passed on (今月中に摘発される見通しだそうです): ENFORCEMENT_COMING, with hearsay or a police source and no
 *   press report in the paragraph.
 */
const MASKED_PART_TOLD =
  /(?:黒塗り|墨塗り|非開示|不開示|マスキング)(?:に|と)?(?:した|された|して(?:い|お)る|なって(?:い|お)る|の)?(?:部分|箇所|ところ|ページ)(?:は|って|ですが|だけど|なんですが|ですけど|やけど|について(?:は|ですが)?)[、,]?[^。！？!?\n]{0,8}?(?:要は|実は|実際(?:に)?は|中身は|ぶっちゃけ|ここだけの話)/gu
const FIRM_WITH_RATE = /(?:社|さん|様|株式会社)[（(](?:手数料率?|料率|見積(?:額|もり)?|提示額?|単価|金額|委託料)?[：:]?(?:約)?[0-9０-９][0-9０-９,.]*(?:％|%|万円|円|億円)[）)]/gu
const NEGOTIATION_GOING =
  /(?:[2-9２-９二三四五]社|両社|[2-9二三四五]者)(?:で|と|に|の間で|を)[、,]?[^。！？!?\n]{0,10}?(?:条件を詰め|詰めて|交渉(?:中|して(?:い|お))|協議(?:中|して(?:い|お))|比較(?:中|して(?:い|お))|競わせ|絞り込(?:み中|んで(?:い|お))|天秤)|もう一声|下げてくれれば|(?:どちら|どっち)に(?:する|決める|なる)か/u
/** …unless the choice is made and told (A社さんに決定しました, 落札). */
const NEGOTIATION_SETTLED = /決定しました|決まりました|契約しました|締結しました|選定しました|落札/u
/** What the blacked-out part holds, told: a party or a record (相手は…さん, 業者との打合せ記録). */
const MASKED_CONTENT = /業者|会社|[^会]社(?:の|と|で|です|でした)|さん|様|相手|打合せ|打ち合わせ|協議|交渉|面談|記録|メモ|やりとり|やり取り/u
const RESTRICTED_MARK =
  '(?:(?:自治体|市町村|関係者|庁内|行政機関)限り|部外秘|取扱注意|取り扱い注意|公表不可|(?:ホームページ|HP|ウェブサイト|外部)(?:に|には|へ|で)(?:は)?[、,]?(?:まだ)?(?:載せ|掲載し|公開し|出さ|公表し)(?:ない|ず)よう)'
const RESTRICTED_NOTICE_QUOTED = new RegExp(
  `(?:通知|通達|事務連絡|文書|資料|メール)[（(][^）)\\n]{0,16}?${RESTRICTED_MARK}[^）)\\n]{0,30}?[）)](?:によると|によれば|では|には|の内容)|${RESTRICTED_MARK}(?:の|扱いの|とされた|とされている)?(?:通知|通達|事務連絡|文書|資料)(?:によると|によれば|では|には|の内容)`,
  'gu',
)
const ENFORCEMENT_COMING =
  /(?:摘発|逮捕|家宅捜索|強制捜査|立件|送検|書類送検|手入れ|ガサ入れ)(?:される|する|が入る|に入る|に踏み切る|に着手する)(?:見通し|見込み|予定|方針|方向|らしい|そう|みたい)/gu
const POLICE_WORD_PASSED = /(?:警察|県警|署|捜査)[^。！？!?\n]{0,12}?(?:から聞いた|から聞き|に聞いた|によると|の話では)|捜査関係者|だそう|らしい|みたい|とのこと/u
const PRESS_REPORTED = /報道|新聞|ニュース|発表し|公表し|記者会見/u
const TOLD_AHEAD_GATE = new ParagraphGate([MASKED_PART_TOLD, FIRM_WITH_RATE, RESTRICTED_NOTICE_QUOTED, ENFORCEMENT_COMING])
/** The told-ahead kinds (see the comment above MASKED_PART_TOLD), run where the paragraph has no finding yet. */
export function runToldAheadKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = TOLD_AHEAD_GATE.scan(t)
  emitAll(q, doc, t, MASKED_PART_TOLD, 'confidential/duty-secret', emit, spans, once((m) => notAware(m) && MASKED_CONTENT.test(t.slice(m.index + m[0].length, m.index + m[0].length + 80))))
  if (NEGOTIATION_GOING.test(t) && !NEGOTIATION_SETTLED.test(t) && (t.match(FIRM_WITH_RATE) ?? []).length >= 2 && !published(t)) emitAll(q, doc, t, FIRM_WITH_RATE, 'confidential/negotiation', emit, spans, once(notAware))
  emitAll(q, doc, t, RESTRICTED_NOTICE_QUOTED, 'confidential/staff-notice', emit, spans, once(notAware))
  if (POLICE_WORD_PASSED.test(t) && !PRESS_REPORTED.test(t)) emitAll(q, doc, t, ENFORCEMENT_COMING, 'confidential/investigation', emit, spans, once(notAware))
}
/*
 * Told before its turn (blind R389N, R390P): a matter the city holds, told before those who must hear it first.
 * - A firm named while the measure on it is still to come (いま県と一緒に調べている業者は「…」です…正式な処分はまだですが; 「…」を名乗る
 *   電話勧誘の相談は…事業者への指導はこれからですが): FIRM_NAMED with MEASURE_PENDING. A scam alert naming the caller with no measure
 *   pending, a measure already taken (業務停止命令を出しました) and guidance that goes on (指導はこれからも続けます) stay clean.
 * - A decision told while the council or the party it concerns has not yet been told (…ことが決まりました…議会で説明があるのは12月なので;
 *   示談がまとまりました…議会への報告は6月の予定; …と課内で決めました…学校にはまだ伝えていないので): DECIDED_HERE with
 *   FIRST_HEARERS_UNTOLD and a sign that it is told first (先に, 先取り, それまでは広めないで, 詳しくはそのときに, a sum).
 * - A personnel move told while its order is not yet out (まだ辞令は出ていませんが、…の江上さんが来られることになっています):
 *   PERSON_MOVING with ORDER_NOT_OUT. One's own move (まだ辞令は出ていませんが、4月から新しい職場です) names no one coming.
 * - Kept clean: footage or records said to be seen only by designated staff (決められた職員しか見られないように管理): the city's safeguard,
 *   not a paper marked for insiders (accessSafeguard, read in the staff-only reading).
 */
const FIRM_WORD = '(?:業者|事業者|会社|企業|販売店|法人|業者さん)'
const FIRM_SUFFIX = '(?:工業|建設|商事|産業|興業|工務店|株式会社|リフォーム|サービス|通信|設備|電工|不動産)'
/** A firm named: in brackets after 業者は (業者は、…「有明ルーフ工業」です), as a caller's name (「…」を名乗る), or by its trade suffix. */
const FIRM_NAMED = new RegExp(
  `${FIRM_WORD}(?:名)?(?:は|が)[、,]?[^。！？!?\\n「」]{0,24}?(?:「[^」\\n]{2,24}」|[\\p{Script=Han}\\p{Script=Katakana}ー]{1,12}${FIRM_SUFFIX})(?:です|でした|という|だ(?:そう|と)|で[、,])|「[^」\\n]{2,24}」(?:を名乗る|と名乗る|という(?:名前の|名の)?${FIRM_WORD}|の(?:名前|名称)で)`,
  'gu',
)
/** …while the measure on it is still to come (正式な処分はまだ, 指導はこれから, 勧告する前の段階). */
const MEASURE_PENDING =
  /(?:処分|指導|勧告|命令|業務停止|立入検査|立ち入り検査|(?:社名|事業者名|業者名)の?公表)(?:は|が|も)?[、,]?(?:まだ|これから(?!も)|今後(?:です|になり|の予定)|検討中|未定|決まって(?:い)?(?:ない|ません))|(?:処分|指導|勧告|命令)(?:が出る|を出す|する|される|が決まる)?前(?:です|なので|ですが|の段階)/u
/** …not a measure already taken and told. */
const MEASURE_TAKEN = /(?:処分|指導|勧告|命令)(?:を)?(?:行い|行った|出し|し)(?:ました|た)|(?:処分|指導|勧告|命令)(?:を受け|され)(?:ました|た)/u
/** A decision told as made (…ことが決まりました, 示談がまとまりました, 和解がまとまり、, 9か所と課内で決めました). */
const DECIDED_HERE = /(?:決まり|決め|決定し|まとまり|固まり|ことになり|合意し)(?:ました|[、,])|(?:決まっ|決め|決定し|まとまっ|固まっ|合意し)た(?:ので|ため|[。、,])/gu
/** …not a draft for the council (予算案が, 条例案を): a draft is published before it is explained. */
const DRAFT_DECIDED = /案(?:が|は|を|も)?[、,]?$/u
/** …while the council or the party it concerns is still to hear it (議会で説明があるのは12月, 議会への報告は6月の予定, 学校にはまだ伝えていない). */
const FIRST_HEARERS_UNTOLD = new RegExp(
  [
    '(?:市議会|議会|全員協議会|常任委員会|定例会|議員(?:の(?:皆さん|皆様|皆さま))?)(?:で|に|へ|への|での)?(?:の)?(?:ご)?(?:説明|報告)(?:が|を)?(?:ある|する|される|いたす)?(?:の)?(?:は|が)[、,]?[^。！？!?\\n]{0,8}?(?:[0-9]{1,2}月|来月|来週|再来週|これから|まだ|後日|予定|先)',
    '(?:学校|地元|地区|自治会|町内会|保護者|利用者|相手方|先方|ご?本人|地権者|関係者|関係団体|住民|区長)(?:さん|側|の(?:皆さん|皆様|皆さま|方々|方))?(?:に|へ)(?:は|も)?[、,]?まだ[^。！？!?\\n]{0,4}?(?:伝え|知らせ|お知らせし|説明し|ご説明し|通知し|連絡し|ご連絡し|話し|お伝えし|報告し)(?:て(?:い|お)?(?:ない|ません)|とらん|ず)',
  ].join('|'),
  'u',
)
/** …told first all the same: said ahead, kept till then, deferred to the report, or with a sum. */
const TOLD_FIRST_SIGN =
  /先に|先取り|こっそり|一足早く|ひと足早く|一足先|ひと足先|フライング|それまで(?:は)?[^。！？!?\n]{0,8}?(?:広め|言わ|内緒|ないしょ|秘密|黙っ|口外|拡散)|詳しく(?:は)?[、,]?(?:その|そちらの)(?:とき|時|際)/u
/** A member of staff said to come to or leave a post (…の江上さんが来られることになっています, 田中係長が異動する予定). */
const PERSON_MOVING =
  /(?:さん|氏|課長|部長|係長|主査|主任|補佐|主幹|参事|次長|室長|所長|館長)(?:が|は)[、,]?[^。！？!?\n]{0,16}?(?:来られる|来る|来て(?:くれる|くださる|いただける|もらえる)|着任する|就任する|就く|異動してくる|異動してこられる|戻って(?:くる|こられる)|入られる|後任(?:に|と)なる|転出する|異動する|移られる|移る)(?:ことになって(?:い|お)|ことになり|ことが決まっ|ことに決まっ|予定|見込み|そう|みたい|らしい|ようです)/gu
/** …while the order is not yet out (まだ辞令は出ていませんが, 内示はまだ, 発令前ですが). */
const ORDER_NOT_OUT =
  /まだ(?:正式な?)?(?:辞令|内示|発令)(?:は|が|も)?(?:出て|出され|交付され|下りて|おりて|され|あって)(?:い|お)?(?:ない|ません|らん)|(?:辞令|内示|発令)(?:は|が)[、,]?まだ(?:です|出て|ない|ありません|先)|(?:辞令|内示|発令)(?:が出る|交付|の)?前(?:です|ですが|なので|だけど|の段階)/u
/** 職員しか見られないように管理: who may see is the safeguard itself (…ように管理, …よう制限, …ない設定にして). */
const ACCESS_SAFEGUARD =
  /^(?:ない|ません)?(?:よう(?:に)?[、,]?[^。！？!?\n]{0,12}?(?:管理|制限|保管|設定|運用|施錠|限定|して(?:い|お)|なって(?:い|お))|ない(?:仕組み|設定|場所|状態|形)(?:で|に)(?:管理|保管|運用|して|なって))/u
const SHOWN_ANYWAY = /お見せ|見せ(?:ちゃ|ます)|公開し|載せ|ご紹介|紹介し|お伝えし|チラ見せ|内緒|ここだけ/u
/** Whether a staff-only match is the city's safeguard of what it holds (決められた職員しか見られないように管理していて). */
export function accessSafeguard(t: string, end: number, sentence: string): boolean {
  return ACCESS_SAFEGUARD.test(t.slice(end, end + 30)) && !SHOWN_ANYWAY.test(sentence)
}
const TOLD_BEFORE_TURN_GATE = new ParagraphGate([FIRM_NAMED, DECIDED_HERE, PERSON_MOVING])
/** The told-before-its-turn kinds (see the comment above FIRM_WORD), run where the paragraph has no finding yet. */
export function runToldBeforeTurnKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  if (published(t)) return
  const q = TOLD_BEFORE_TURN_GATE.scan(t)
  if (MEASURE_PENDING.test(t) && !MEASURE_TAKEN.test(t)) emitAll(q, doc, t, FIRM_NAMED, 'confidential/investigation', emit, spans, once(notAware))
  // A draft put to the council (予算案がまとまりました, 条例案を決めました) is published before it is explained: not a decision told early.
  if (FIRST_HEARERS_UNTOLD.test(t) && (TOLD_FIRST_SIGN.test(t) || YEN_FIGURE.test(t))) emitAll(q, doc, t, DECIDED_HERE, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !DRAFT_DECIDED.test(t.slice(Math.max(0, m.index - 4), m.index))))
  if (ORDER_NOT_OUT.test(t) && !MOVE_ANNOUNCED.test(t)) emitAll(q, doc, t, PERSON_MOVING, 'confidential/personnel', emit, spans, once(notAware))
}
/*
 * What the police are doing or know about an open case, passed on by staff before any release (blind R389N, R390P):
 * - A police source said to have shared it privately (県警から内々に回ってきたリストによると, 警察の方から内々に聞いたところ, 内密に刑事さんから
 *   教えてもらった): POLICE_TOLD_PRIVATELY.
 * - The suspects said known before any arrest (すでに目星がついているそうです, 犯人はもう特定できているらしい): SUSPECTS_KNOWN, with the police
 *   in the paragraph or hearsay, the negative (目星はついていない, 特定されていません) not.
 * - A stake-out or a sting under way or planned (柳川署と一緒に…張り込みをします; 被害に遭いかけた方に話を合わせてもらっていて; 現金を受け取りに
 *   来たところを押さえる段取り): COVERT_OPERATION with the police or a suspect in the paragraph, STING_PLAYED_ALONG with a fraud in it,
 *   CAPTURE_PLANNED.
 * - An inquiry from the police about a party, received (同じ会社について警察から照会が来ている): POLICE_QUERY_RECEIVED with whom it is about in
 *   its sentence, not a practice (照会があった場合は).
 * - The police's own tally said still to come, with the figures told ahead of it (県警のまとめが出るのはまだ先ですが、…23件、被害総額は…):
 *   POLICE_TALLY_PENDING with CASE_FIGURE after it.
 * An awareness post that asks people to report or to help, a case the police announced (逮捕されました, 県警の発表によると, 柳川警察署からの
 * お知らせ), a practice, a net set in the sea (秋芽網の張り込み), a section (部署) and a signature (署名) stay clean.
 */
const POLICE_AGENCY = '(?:警察|県警|(?<!税務|消防|労基|監督|部)署(?!名)|刑事(?:さん)?|捜査員|捜査関係者|おまわりさん|駐在さん)'
const POLICE_PERSON = '(?:の(?:方|人|担当者?|知り合い|友人))?'
const SHARED_PRIVATELY = '(?:内々に|内々で|内密に|非公式に|オフレコで|ここだけの話(?:として|で)?)'
const PASSED_TO_STAFF = '(?:聞い|聞き|聞か|伺っ|伺い|教えて|教わ|回って|回っ|共有|もらっ|届い|来た|来て|渡さ)'
const POLICE_TOLD_PRIVATELY = new RegExp(
  `${POLICE_AGENCY}${POLICE_PERSON}(?:から|より)[、,]?${SHARED_PRIVATELY}[、,]?[^。！？!?\\n]{0,8}?${PASSED_TO_STAFF}|${SHARED_PRIVATELY}[、,]?${POLICE_AGENCY}${POLICE_PERSON}(?:から|より)[^。！？!?\\n]{0,8}?${PASSED_TO_STAFF}`,
  'gu',
)
/**
 * Blind R455G-011 kind (widening SUSPECTS_KNOWN): the suspects said nearly or already identified in more wordings: the act pinned on a
 * group (…3人組による犯行とほぼ特定された; 少年らの仕業と断定された), a suspect narrowed down with a hedge (犯人はほぼ絞り込まれて;
 * 人物をかなり絞り込めている), 目星を付けている, a suspect as object (容疑者を特定し), and the source a report the writer received
 * (…と報告を受けています, HEARSAY). A suspect said not yet identified, an arrest the police announced and a cause located (漏水の原因箇所
 * はほぼ特定できた) stay clean.
 */
const SUSPECTS_KNOWN =
  /目星(?:が|は|も)[、,]?(?:もう|すでに|既に|だいたい|大体|ほぼ)?(?:つい|付い)(?:て|た|とる)|目星を(?:もう|すでに|既に|だいたい|大体|ほぼ)?(?:つけ|付け)(?:て|た|とる)|(?:犯人|容疑者|犯行グループ|受け子|出し子|実行犯|主犯)(?:は|が|も|を)[、,]?[^。！？!?\n]{0,10}?(?:特定(?:でき|され|済み|し)|絞り込(?:め|まれ|ん)|割れ|(?:わかっ|分かっ)て(?:い|お|る))|(?:による|の)(?:犯行|仕業|しわざ)(?:と|だと|であると)[、,]?(?:ほぼ|ほとんど|だいたい|大体|おおむね|概ね|ほぼほぼ|すでに|既に|もう)?(?:特定|断定|確定)(?:され|でき|し)|(?:犯人|容疑者|人物|犯行|男性?|女性?|少年|少女|グループ|人組)[^。！？!?\n]{0,16}?(?:ほぼ|ほとんど|だいたい|大体|おおむね|概ね|かなり|ほぼほぼ)(?:特定|絞り込)(?:され|でき|まれ|め|ん|済み)/gu
/** …said not yet (目星はついていない, 特定されていません): nothing known told. */
const NOT_KNOWN_AFTER = /^[^。！？!?\n]{0,4}?(?:ない|ません|ず|なか|ん)/u
const COVERT_OPERATION =
  /(?:張り込み|張込み|おとり捜査|囮捜査|潜入捜査|内偵|(?:だまされた|騙された)(?:ふり|振り)作戦)(?:を|も|の|に)?[、,]?[^。！？!?\n]{0,8}?(?:します|しま[すし]|する(?:予定|つもり|こと)|して(?:い|お|ます|る)|してる|しとる|中|始め|開始|実施|行い|行って|行う|予定|準備|段取り|手はず)/gu
const STING_PLAYED_ALONG =
  /(?:(?:だまされた|騙された|話に乗った|信じた|引っかかった|引っ掛かった)(?:ふり|振り)を(?:して|続けて)|話を合わせて)(?:もらって|もらい|いただいて|いただき)(?:い|お|ます)/gu
const CAPTURE_PLANNED =
  /(?:ところ|とこ|瞬間|現場)を[、,]?(?:押さえ|取り押さえ|捕まえ|とっ捕まえ|捕らえ|確保す|逮捕す|検挙す)る[^。！？!?\n]{0,4}?(?:段取り|手はず|手筈|予定|作戦|計画|つもり|算段|方向|方針)/gu
const POLICE_QUERY_RECEIVED = new RegExp(
  `${POLICE_AGENCY}(?:から|より)[、,]?(?:の)?(?:照会|問い合わせ|問合せ|捜査関係事項照会(?:書)?|資料(?:の)?提出(?:の)?(?:依頼|要請|求め)|捜査(?:への)?協力(?:の)?(?:依頼|要請))(?:が|も|を)?[、,]?(?:来て|来た|来とる|来ま|入って|入っ|入り|あって|あり|あった|受けて|受け)`,
  'gu',
)
/** Whom the inquiry is about, before it in its sentence (同じ会社について, あの業者の件で). */
const QUERY_ABOUT = /(?:について|に関して|に関する|の件で|のことで|をめぐって|をめぐり)/u
const POLICE_TALLY_PENDING = new RegExp(
  `${POLICE_AGENCY}(?:の|による|から(?:の)?)?(?:正式な?)?(?:まとめ|取りまとめ|発表|公表|集計|統計|数字)(?:が|は)?(?:出る|出す|出され|ある|あり|される|する)?(?:の|ん)?(?:は|が)?[、,]?(?:まだ先|まだ|来月|来週|これから|後日|月末|年明け|年度末)`,
  'gu',
)
const CASE_FIGURE = /[0-9０-９一二三四五六七八九十百千][0-9０-９,，.一二三四五六七八九十百千万億]{0,10}(?:件|人|名|円)/u
const POLICE_IN_PARAGRAPH = new RegExp(POLICE_AGENCY, 'u')
const SUSPECT_OR_FRAUD = /受け子|出し子|掛け子|かけ子|犯人|容疑者|窃盗|詐欺|名乗る(?:電話|男|女|人)|オレオレ|還付金/u
const HEARSAY = /そう(?:です|だ|な)|らしい|とのこと|みたい|報告を受け|と(?:聞いて|伺って|うかがって)(?:い|お)/u
/** The case told by the police or the press, or solved (逮捕されました, 県警の発表によると, 柳川警察署からのお知らせ). */
const CASE_ANNOUNCED = new RegExp(`${PRESS_REPORTED.source}|発表によ|逮捕(?:され|し)ま|逮捕され(?:た|て)|からのお知らせ|注意喚起`, 'u')
/** An awareness post asking people to report or to help (110番, ご協力ください, ご相談ください). */
const ASKS_REPORT = /ご協力(?:を|くだ|お願)|情報(?:提供)?を?(?:お願い|お寄せ|くださ)|通報(?:を|して|くだ)|110番|#9110|ご相談くだ|ご連絡くだ|お寄せくだ|お知らせくだ/u
/**
 * Blind R442T-028, R444V-055 kind: what the police said of an open case, heard by the writer and passed on (警察から聞いたところでは,
 * 警察の方から伺った捜査の状況では, 署の担当者の話では), with a suspect's profile come up (…の男性が浮上しており; 作ったのは以前…で働いて
 * いた方) or a step of the inquiry (近く事情を聴く予定, すでに任意で事情を聴いている, 家宅捜索): POLICE_HEARD with POLICE_DETAIL in
 * the rest of its sentence or the next. The police's own call for information, a general warning heard from them (…の手口が増えて
 * いるそうです) and a case announced or solved stay clean.
 * Blind R445W-005, R446X-054 kind (widened in wave 91): the police or an inquiry cited in more ways (警察の捜査では, 県警の調べによると,
 * 捜査関係者によると, 警察から聞いたんですが), and more of what an inquiry holds: a suspect's profile (元臨時職員, 中学生3人組, 内部の者,
 * 顔見知り) or a step (絞り込めている, 補導される見込み, 任意同行, 書類送検, 持ち出した可能性が高い). The police's public appeal
 * (情報提供をお願いします, 110番), an arrest the police announced (…を逮捕したと発表しました) and a theft told with no inquiry details
 * stay clean.
 * Blind R448Z-027 kind (widened in wave 92): an inquiry said to have started on a named suspicion (買収の疑いで警察の捜査が入り,
 * 公選法違反の容疑で県警が捜査に乗り出し, 選挙違反の疑いで内偵が進んでいる) stands for the citation, with what it holds after it: those
 * questioned (運動員二名が任意で事情を聞かれ), a query the police sent the city on the case (…について照会がありました), or a count of
 * those involved (配った相手は十数人, 関係者は二十人近く). The city saying it will cooperate with no details, an offence named in a
 * warning and an arrest told from the police's own release stay clean.
 */
const POLICE_HEARD = new RegExp(
  `${POLICE_AGENCY}${POLICE_PERSON}(?:から|より|に)[、,]?(?:聞い|聞き|伺っ|伺い|うかがっ|教えて(?:もらっ|いただい))[^。！？!?\\n]{0,12}?(?:ところ(?:では|によると|によれば|だと)?|話(?:では|によると|だと)|(?:捜査|調べ|状況|内容)(?:の状況)?(?:では|によると|だと))` +
    `|${POLICE_AGENCY}${POLICE_PERSON}(?:の|から(?:の)?)(?:話|説明)(?:では|によると|によれば|だと)` +
    `|${POLICE_AGENCY}${POLICE_PERSON}(?:から|より|に)[、,]?(?:聞い|伺っ|うかがっ)た(?:ん|の)(?:です|だ)?(?:が|けど|けれど)` +
    `|${POLICE_AGENCY}(?:の)?(?:捜査|調べ|取り調べ|取調べ)(?:では|によると|によれば|だと)|${POLICE_AGENCY}${POLICE_PERSON}(?:によると|によれば)` +
    `|(?:疑い|容疑|嫌疑)(?:で|により|があるとして)[、,]?[^。！？!?\\n]{0,16}?(?:${POLICE_AGENCY}(?:の|が|も)?)?(?:強制捜査|捜査|家宅捜索|内偵|調べ)(?:が|に|を)?[、,]?(?:入り|入っ|入った|始ま|着手し|乗り出し|進んで|進められ|進め|受け)`,
  'gu',
)
const POLICE_DETAIL =
  /浮上|浮かび上が|捜査線上|特定(?:され|でき|し)|関与(?:が|を|し)|事情を(?:聴|聞|訊)(?:く|き|いて|いた|かれ)|事情聴取|任意(?:で|の)(?:事情|聴取|同行|取り調べ|取調べ)|家宅捜索|取り調べ|取調べ|逮捕状|立件|送検|(?:[0-9０-９]{1,2}代|[0-9０-９]{1,3}歳)(?:くらい|ぐらい|ほど)?の(?:男性|女性|男|女|人物)|(?:以前|かつて|元)[^。！？!?\n]{0,10}?(?:働いて|勤めて|勤務して)(?:い|お)た|絞り込(?:め|まれ|ん|み)|補導|任意同行|逮捕(?:する|される|に踏み切る)?(?:見込み|見通し|方針|予定|方向)|(?:持ち出し|盗ん|盗っ|壊し|関与し|関わっ)た可能性|犯行の可能性|元(?:臨時|非常勤|嘱託|パート)?(?:職員|社員|従業員|店員|作業員)|(?:臨時|非常勤|嘱託|派遣)(?:の)?(?:職員|社員)|内部の(?:者|人間|人|犯行)|顔見知り|(?:中学生|高校生|小学生|少年|少女|大学生)(?:ら|数人|[0-9０-９一二三四五]人)|[0-9０-９一二三四五]人組|照会(?:が|を)(?:あり|あっ|受け|来)|(?:運動員|関係者|後援会員|支持者|相手|対象者?)(?:は|が|も)?[^。！？!?\n]{0,6}?(?:[0-9０-９一二三四五六七八九十]{1,3}|十数|数十|数)(?:人|名)(?:に(?:のぼ|上|達)|近く|以上|ほど|余り|あまり|いる|い(?:て|ま))/u
/**
 * Blind R452D-037 kind (widening POLICE_HEARD to the city's own joint inquiry): the city said to be looking into a case with the police
 * (警察と連携して調査中, 県警と協力して調べています, 警察が捜査中で) and then, in the paragraph, who did it (投棄したのは市内の…業者で;
 * 持ち去ったのは近所の男性) or what the one questioned said (聞き取りでは容疑の一部を認め; 事情聴取に対し関与を否定; 本人は…と話して
 * いる): POLICE_JOINT_INQUIRY with SUSPECT_TOLD after it. The joint inquiry told with no details (詳細は分かり次第), a patrol with the
 * police, an arrest or a case the police announced and an appeal for information stay clean.
 */
const POLICE_JOINT_INQUIRY = new RegExp(
  `${POLICE_AGENCY}(?:と|とも)(?:連携|協力|合同で|一緒に|共同で)(?:して|し|しながら)?[、,]?(?:事実関係の)?(?:(?:調査|捜査|確認|聞き取り)(?:中|を進め|を行っ|をして|して|を続け)|調べ(?:中|を進め|て(?:い|お)|を続け))|${POLICE_AGENCY}(?:が|で|も)(?:捜査|調べ)(?:中|を進め|て(?:い|お))`,
  'gu',
)
const SUSPECT_TOLD =
  /(?:した|していた|やった|捨てた|盗んだ|持ち去った|壊した|置いた)(?:の|人物)は[、,]?[^。！？!?\n]{0,20}?(?:業者|会社|法人|事業者|者|男性?|女性?|人|少年|少女|生徒|学生|職員|住民|社員|従業員)|(?:聞き取り|聴き取り|事情聴取|取り調べ|取調べ|調べ)(?:で|では|に対し(?:て)?)[、,]?[^。！？!?\n]{0,24}?(?:認め|否認|否定|供述|話して|説明して)|(?:容疑|疑い|関与|犯行)(?:の一部|の大筋)?を(?:認め|否認|否定)/u
const POLICE_CASE_GATE = new ParagraphGate([POLICE_JOINT_INQUIRY, POLICE_HEARD, POLICE_TOLD_PRIVATELY, SUSPECTS_KNOWN, COVERT_OPERATION, STING_PLAYED_ALONG, CAPTURE_PLANNED, POLICE_QUERY_RECEIVED, POLICE_TALLY_PENDING])
/** The police-case kinds (see the comment above POLICE_AGENCY), run where the paragraph has no finding yet. */
export function runPoliceCaseKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  if (published(t) || CASE_ANNOUNCED.test(t)) return
  const q = POLICE_CASE_GATE.scan(t)
  emitAll(q, doc, t, POLICE_TOLD_PRIVATELY, 'confidential/investigation', emit, spans, once(notAware))
  if (!ASKS_REPORT.test(t)) {
    emitAll(q, doc, t, POLICE_HEARD, 'confidential/investigation', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
      return notAware(m) && POLICE_DETAIL.test(t.slice(end, Math.max(here.end, next.end)))
    }))
  }
  if (POLICE_IN_PARAGRAPH.test(t) || HEARSAY.test(t)) {
    emitAll(q, doc, t, SUSPECTS_KNOWN, 'confidential/investigation', emit, spans, once((m) => notAware(m) && !NOT_KNOWN_AFTER.test(t.slice(m.index + m[0].length))))
  }
  if (!ASKS_REPORT.test(t) && (POLICE_IN_PARAGRAPH.test(t) || SUSPECT_OR_FRAUD.test(t))) emitAll(q, doc, t, COVERT_OPERATION, 'confidential/investigation', emit, spans, once(notAware))
  if (SUSPECT_OR_FRAUD.test(t)) emitAll(q, doc, t, STING_PLAYED_ALONG, 'confidential/investigation', emit, spans, once(notAware))
  emitAll(q, doc, t, CAPTURE_PLANNED, 'confidential/investigation', emit, spans, once(notAware))
  emitAll(q, doc, t, POLICE_QUERY_RECEIVED, 'confidential/investigation', emit, spans, once((m) => {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    return notAware(m) && QUERY_ABOUT.test(t.slice(s.start, m.index)) && !INQUIRY_IN_PRACTICE.test(t.slice(s.start, s.end))
  }))
  emitAll(q, doc, t, POLICE_TALLY_PENDING, 'confidential/investigation', emit, spans, once((m) => notAware(m) && CASE_FIGURE.test(t.slice(m.index + m[0].length))))
  if (!ASKS_REPORT.test(t)) {
    emitAll(q, doc, t, POLICE_JOINT_INQUIRY, 'confidential/investigation', emit, spans, once((m) => notAware(m) && SUSPECT_TOLD.test(t.slice(m.index + m[0].length, m.index + m[0].length + 160))))
  }
}
/*
 * A deal still being worked out with its other party, told in public (blind R393S, R394T):
 * - A work's insurance value in the loan contract (借用契約では、保険評価額は1億8千万円): INSURED_VALUE with a loan of a work in the
 *   paragraph (WORK_ON_LOAN). A volunteer insurance's cover (ボランティア保険の保険金額は死亡時1,000万円) names no loan.
 * - An appraisal's verdict or value while its owner has not been told (先生の見立てでは時価 弐千萬圓 前後…持ち主の方にはまだお伝えして
 *   いない; 真筆で間違いない): APPRAISAL_VERDICT with OWNER_UNTOLD. Values may be written in the old forms of deeds (弐千萬圓). An appraisal
 *   event announced (鑑定会を開きます; 結果はその場でお伝えします) tells no verdict kept from its owner.
 * - A gift, a loan or a purchase under talks, with the other side's state or the talks' progress (ご遺族と…一括寄贈について話し合いを重ねて
 *   います…お考えが分かれている; 初版本を貸していただけないか…やり取りしてもらっています。先方の感触はかなりいい): DEAL_IN_TALKS with
 *   PARTY_STANCE, unless concluded (ご寄贈いただきました, 受け入れが決まりました). A public appeal for loans or gifts has no party's stance.
 * - Each side's figure in a bargaining still going on (先方は3.2%から下げない、市は2.5%までしか出せない): PARTY_LIMIT with BARGAINING
 *   in the paragraph. A fee list (手数料は1通300円) and a rate agreed (2.5%で合意しました) stay clean.
 */
/** A sum, in Arabic, kanji or the old forms of deeds (1億8千万円, 二千万円, 弐千萬圓). */
const DEAL_SUM = '(?:約|およそ)?[0-9〇一二三四五六七八九十壱弐参拾][0-9〇一二三四五六七八九十百千万億壱弐参拾萬阡佰仟,.]{0,14}(?:円|圓)'
const INSURED_VALUE = new RegExp(`(?:保険評価額|保険価額|保険金額|付保額|付保評価額|保険(?:の)?評価額)(?:は|が|を|で)[、,]?[^。！？!?\\n]{0,10}?${DEAL_SUM}`, 'gu')
const WORK_ON_LOAN = /借用|お借り|借り受け|借り入れ|貸借|貸与|貸し出|貸出|出品|寄託/u
const APPRAISAL_VERDICT = new RegExp(
  `(?:鑑定|査定|見立て|目利き|評価)(?:の)?(?:結果|額)?(?:では|だと|によると|によれば|は|で)[、,]?[^。！？!?\\n]{0,16}?(?:${DEAL_SUM}|真筆|真作|本物|偽物|贋作|模写)` +
    `|(?:時価|評価額|鑑定額|査定額)(?:は|が)?[、,]?[^。！？!?\\n]{0,6}?${DEAL_SUM}|(?:真筆|真作|本物|偽物|贋作)(?:で|と|に)(?:間違いない|間違いありません|確定|判明|断定)`,
  'gu',
)
const OWNER_UNTOLD =
  /(?:持ち主|所有者|所蔵者|お持ちの方|依頼者|依頼主|ご依頼の方|ご本人|ご遺族|ご家族)(?:の方|さん|様)?(?:に|へ)(?:は|も)?[、,]?まだ[^。！？!?\n]{0,6}?(?:伝え|知らせ|連絡|報告|話し|言っ)(?:し)?(?:て(?:い|お)?(?:ない|ません|なく)|ず|とらん)|(?:持ち主|所有者|ご本人)(?:の方|さん|様)?(?:は|も)[、,]?まだ(?:ご存じ|ご存知|知らな|知りませ)/u
const DEAL_KIND = '(?:寄贈|寄付|寄託|譲渡|譲り受け|買い取り|買取り?|購入|借用|借り受け|貸し出し|貸与|移管|受け入れ)'
const DEAL_IN_TALKS = new RegExp(
  `${DEAL_KIND}(?:の件|について|に向けて|をめぐって|に関して|のお話|の話)(?:は|も|で)?[、,]?[^。！？!?\\n]{0,16}?(?:話し合い|協議|交渉|相談|打ち合わせ|やり取り|やりとり|調整)(?:を)?(?:重ね|続け|進め|して(?:い|お)|中|させて)` +
    '|(?:貸し|お貸し|譲っ|お譲り|寄贈し|ご寄贈|寄託し|出品し|売っ|お売り|手放し)(?:て)?(?:いただけ|もらえ|くださ|くれ)(?:ない|る|ません)か[、,]?[^。！？!?\\n]{0,20}?(?:やり取り|やりとり|交渉|打診|お願いし|相談し|話し合|協議|調整)',
  'gu',
)
const PARTY_STANCE =
  /感触|手応え|手ごたえ|前向き|乗り気|難色|渋っ|渋られ|迷って|迷われ|悩んで|悩まれ|(?:お)?考えが分かれ|意見が分かれ|決めかね|お返事(?:待ち|を待っ|はまだ)|返事(?:待ち|を待っ|はまだ)|もう一度[^。！？!?\n]{0,10}?(?:伺|訪|お会い|お話)|再度[^。！？!?\n]{0,8}?(?:伺|訪|お会い)|実現しそう|たぶん実現|多分実現|まとまりそう|まとまれば|いけそう/u
const DEAL_CONCLUDED = /いただきました|(?:いただく|いただける|する)ことになりました|ことが決まりました|合意しました|締結しました|調印|受け入れ(?:ました|が決まり)|寄贈式|贈呈式|感謝状/u
const PARTY_LIMIT = new RegExp(
  '(?:先方|相手方|相手|向こう|あちら|業者|事業者|会社|市|こちら|当方|うち)(?:側|さん)?(?:は|が|としては)[、,]?[^。！？!?\\n、,]{0,10}?' +
    `(?:[0-9][0-9.,]*(?:%|パーセント|割)|${DEAL_SUM})(?:から|まで|以上|以下|以内|より)(?:は)?(?:しか|なら)?[、,]?(?:下げ|譲|出せ|払え|のめ|飲め|呑め|応じ|引け|引か|上げ|動か|受け|折れ)`,
  'gu',
)
const BARGAINING = /交渉(?:して|中|を続|が続|の最中|しとる)|協議(?:して|中)|折り合|詰めて|条件(?:を|の)(?:詰め|調整)/u
const BARGAIN_SETTLED = /合意しました|締結しました|契約しました|決定しました|決まりました|妥結/u
const PENDING_DEAL_GATE = new ParagraphGate([INSURED_VALUE, APPRAISAL_VERDICT, DEAL_IN_TALKS, PARTY_LIMIT])
/** The pending-deal kinds (see the comment above DEAL_SUM), run where the paragraph has no finding yet. */
export function runPendingDealKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  if (published(t)) return
  const q = PENDING_DEAL_GATE.scan(t)
  if (WORK_ON_LOAN.test(t)) emitAll(q, doc, t, INSURED_VALUE, 'confidential/negotiation', emit, spans, once(notAware))
  if (OWNER_UNTOLD.test(t)) emitAll(q, doc, t, APPRAISAL_VERDICT, 'confidential/pre-release', emit, spans, once(notAware))
  if (PARTY_STANCE.test(t) && !DEAL_CONCLUDED.test(t)) emitAll(q, doc, t, DEAL_IN_TALKS, 'confidential/negotiation', emit, spans, once(notAware))
  if (BARGAINING.test(t) && !BARGAIN_SETTLED.test(t)) emitAll(q, doc, t, PARTY_LIMIT, 'confidential/negotiation', emit, spans, once(notAware))
}
/*
 * Told before its owner discloses it (blind R393S, R394T, R396V):
 * - A holding line given to staff until the owner's release (県の発表（2月14日）までは、…聞かれても「調査中です」とだけ答えてください; 正式発表
 *   までは問い合わせには「確認中」とお答えください): HOLDING_REPLY_UNTIL; the notice itself labelled for a house's staff (【館内共有】, 【課内連絡】):
 *   INTERNAL_SHARE_LABEL.
 * - A veiled reference of another's unveiled (この「ある作家の未公開資料」というのは、当館の…のこと), with the thing said unreleased: VEIL_LIFTED;
 *   the content said not to be told yet, then told with a count (中身はまだ言えませんが、…書簡も12通挟まっていました): CONTENT_WITHHELD_BUT.
 * - An incident with residents' data whose release is put off till after a later step (正式な公表は議会への報告のあとになる見込み):
 *   INCIDENT_RELEASE_DEFERRED with DATA_EXPOSED and the family's INCIDENT_OBJECT; an apology or a release made (INCIDENT_PUBLIC) stays clean.
 * - A paper bound by a promise not to give it out, given anyway (契約上は第三者に出さない約束になっているものですが、…単価表を添付します):
 *   NOT_TO_THIRD_PARTY with a concession and SHOWN_HERE; the promise stated, or given as the reason it is not shown, stays clean.
 * - A policy settled inside while the council is still to hear it (…方向で、課内ではほぼ固まりました。議会に説明するのはこれから):
 *   SETTLED_INSIDE, or a decision with an aside that it cannot be said aloud yet (OFF_RECORD_ASIDE), with FIRST_HEARERS_UNTOLD.
 */
const HOLDING_ASKED =
  '(?:(?:聞かれ|尋ねられ|たずねられ|問われ|質問され|取材され)(?:ても|たら|た(?:場合|時|とき|際)(?:は|も)?)|(?:問い合わせ|問合せ|取材|質問|お尋ね|電話)(?:が(?:あっ|来)(?:ても|たら)|に(?:は|も)?|へは))'
const HOLDING_REPLY_UNTIL = new RegExp(
  `${RELEASE_NOUN}(?:\\([^()\\n]{1,14}\\))?(?:が(?:ある|出る|され(?:る)?))?(?:日)?まで(?:は)?[、,]?[^。！？!?\\n]{0,24}?${HOLDING_ASKED}[、,]?[^。！？!?\\n「」]{0,6}?(?:「[^」\\n]{1,24}」(?:と|とだけ|の一点張りで|で)|ノーコメント(?:で|と))[^。！？!?\\n]{0,4}?(?:(?:お答え|ご回答|ご説明|お伝え|ご対応)(?:ください|下さい|願います|をお願い)|(?:答え|回答し|返答し|対応し|伝え|言っ|説明し|通し|統一し)(?:て(?:ください|下さい|ね|おいて|もらえ|いただ)|る(?:よう|こと)|ましょう)|(?:回答|返答|対応|説明|統一)(?:で|を)お願い)`,
  'gu',
)
const INTERNAL_SHARE_LABEL = /[【\[〔《〈]\s?(?:館|課|庁|部|局|係|室|所|署|センター)内(?:共有|連絡|周知|回覧)(?:事項|メモ)?\s?[】\]〕》〉]/gu
const VEIL_LIFTED =
  /「(?:ある|某|とある|さる|謎の)[^」\n]{1,22}」(?:というの|っていうの|って|とは)(?:は)?[、,]?[^。！？!?\n]{1,40}?の(?:こと|事)(?:です|でした|なんです|なの|[。、,!！]|$)/gu
const VEIL_UNRELEASED = /未公開|非公開|未発表|未公表|まだ(?:言え|明かせ|お伝えでき|公表|発表|公開|出せ)|伏せ|内緒|ないしょ/u
const VEIL_OPENED = /初公開|一般公開|特別公開|公開(?:します|いたします|しました|中)|展示(?:し|中|いたし|され)|お披露目|発表しました|公表しました/u
const CONTENT_WITHHELD_BUT =
  /(?:中身|内容|詳細|詳しいこと|正体|中の(?:こと|詳細))(?:は|を)?[、,]?まだ(?:言え|明かせ|お伝えでき|お話しでき|お見せでき|出せ|公表でき)(?:ない|ません|ん)(?:ん|の)?(?:です|だ)?(?:が|けど|けれど|けども)[、,]?[^。！？!?\n]{0,30}?[0-9０-９一二三四五六七八九十百]{1,4}(?:通|点|枚|冊|件|人|名|本|箱|束|ページ|箇所|か所)/gu
const WITHHELD_TEASER = /お楽しみ|お待ち|次第|後日|改めて/u
/** Residents' data exposed, sent astray or lost (…がほかの申請者の画面からも見える状態, 誤送信, 記録媒体の紛失): narrower than INCIDENT (ミス柳川). */
const DATA_EXPOSED = /(?:見え|見られ|閲覧でき|開け|ダウンロードでき)る状態|閲覧可能(?:な|の)?状態|漏えい|漏洩|流出|誤送信|誤送付|誤発送|誤配布|誤交付|誤掲載|紛失|行方不明|盗難|盗まれ|不正アクセス|置き忘れ/u
const INCIDENT_RELEASE_DEFERRED =
  /(?:正式な|公式な|正式の)?(?:公表|発表)(?:は|が)[、,]?[^。！？!?\n]{0,20}?(?:の(?:あと|後)|より後|以降|を待って|を経て|(?:し|され|終わっ|済ん|出)て(?:から))/gu
const NOT_TO_THIRD_PARTY =
  /(?:契約|協定|覚書|約束|取り決め|取決め|申し合わせ)(?:上|で|により|の条件で)?(?:は)?[、,]?[^。！？!?\n]{0,10}?(?:第三者|外部|部外|他社|外|よそ)(?:に|へ)(?:は)?(?:出さ|開示し|提供し|見せ|公開し|公表し|漏らさ|渡さ)(?:ない|ず)(?:という|との|って)?(?:約束|取り決め|決まり|条件|ルール|こと)(?:に|と)?(?:なって(?:いる|おり|います|る)|して(?:いる|います|る)|した)?(?:もの|資料|書類|表)?(?:です|だ|なん(?:です|だ)?|な(?=んですが))?(?:が|けど|けれど|けども|ものの)/gu
const SHOWN_HERE = /添付し|載せ(?:ます|ておき|とき|ちゃ)|掲載し(?:ます|ておき)|公開し(?:ます|ちゃ)|お見せし|アップし|貼っ(?:て|とき)|共有し(?:ます|ておき)/u
const BOUND_PAPER_WITHHELD = /(?:でき|出来|いたしかね)(?:ません|ない)|控え(?:ます|させ)/u
const SETTLED_INSIDE =
  /(?:課内|庁内|部内|局内|係内|内部|内々|執行部|幹部(?:の間)?|担当課)(?:で|では|的には|の中では)[、,]?(?:もう|ほぼ|おおむね|概ね|大筋|だいたい|事実上)?(?:で)?(?:固まり|固まっ|まとまり|まとまっ|決まり|決まっ|合意し|一致し)(?:ました|た|て(?:い|お)|つつ)/gu
/** A policy's own verb of stopping a service (紙の全戸配布をやめて電子版に), not a plea to stop (…のはやめてください). */
const POLICY_STOPPED = /をやめて(?!くだ|下さ|ね|ほし|欲し|もら|いただ|頂)/gu
const OFF_RECORD_ASIDE = /大きな声で(?:は)?(?:言え|いえ)(?:ない|ません|ん)|おおっぴらに(?:は)?(?:言え|いえ)|表立って(?:は)?(?:言え|いえ)|公に(?:は)?(?:言え|いえ)(?:ない|ません)/u
const BEFORE_OWNER_GATE = new ParagraphGate([HOLDING_REPLY_UNTIL, INTERNAL_SHARE_LABEL, VEIL_LIFTED, CONTENT_WITHHELD_BUT, INCIDENT_RELEASE_DEFERRED, NOT_TO_THIRD_PARTY, SETTLED_INSIDE, DECIDED_HERE])
/** The told-before-its-owner-discloses-it kinds (see the comment above HOLDING_ASKED), run where the paragraph has no finding yet. */
export function runBeforeOwnerDisclosesKinds({ input, t, spans, notAware, aware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  /** notAware, with a policy's own verb (紙の配布をやめて電子版に) not read as a plea (…するのはやめて). */
  const notPlea = (m: RegExpExecArray): boolean => {
    if (notAware(m)) return true
    const span = doc.fromSqueezed(m.index, m.index + m[0].length)
    return !spans.some((s) => s.start < span.end && s.end > span.start) && !aware(sentenceOf(t, m.index, m.index + m[0].length).replace(POLICY_STOPPED, ''))
  }
  if (published(t)) return
  const q = BEFORE_OWNER_GATE.scan(t)
  emitAll(q, doc, t, HOLDING_REPLY_UNTIL, 'confidential/staff-notice', emit, spans, once(notAware))
  emitAll(q, doc, t, INTERNAL_SHARE_LABEL, 'confidential/staff-notice', emit, spans, once(notAware))
  if (VEIL_UNRELEASED.test(t) && !VEIL_OPENED.test(t)) emitAll(q, doc, t, VEIL_LIFTED, 'confidential/pre-release', emit, spans, once(notAware))
  if (!WITHHELD_TEASER.test(t)) emitAll(q, doc, t, CONTENT_WITHHELD_BUT, 'confidential/pre-release', emit, spans, once(notAware))
  if (DATA_EXPOSED.test(t) && INCIDENT_OBJECT.test(t) && !INCIDENT_PUBLIC.test(t)) emitAll(q, doc, t, INCIDENT_RELEASE_DEFERRED, 'confidential/incident', emit, spans, once(notAware))
  if (SHOWN_HERE.test(t) && !BOUND_PAPER_WITHHELD.test(t)) emitAll(q, doc, t, NOT_TO_THIRD_PARTY, 'confidential/staff-only', emit, spans, once(notAware))
  if (FIRST_HEARERS_UNTOLD.test(t)) {
    emitAll(q, doc, t, SETTLED_INSIDE, 'confidential/pre-release', emit, spans, once(notPlea))
    if (OFF_RECORD_ASIDE.test(t)) emitAll(q, doc, t, DECIDED_HERE, 'confidential/pre-release', emit, spans, once((m) => notPlea(m) && !DRAFT_DECIDED.test(t.slice(Math.max(0, m.index - 4), m.index))))
  }
}
/*
 * A finding or a figure told before its owner releases it (blind R397W):
 * - A test or inspection result over its limit while the prefecture's or the city's release is still to come (基準値を超える…が検出…
 *   県の公表は来週; 基準値をわずかに上回る数値…再検査の結果待ち…まだ正式に発表されていない): LIMIT_EXCEEDED with RESULT_RELEASE_PENDING.
 *   A result released with its date, or a recall announced (回収しています), stays clean (published, RESULT_RELEASED).
 * - Applicants of a screening with findings against some of them (…社の応募があって、うち2社は…衛生面の指摘): APPLICANTS_FAULTED in a
 *   paragraph of a screening (SCREENING_HELD). A tender result (3社が応札し、うち1社が落札) names no finding.
 * - The city's offer in a compensation talk told before the other side's meeting (1漁家あたり45万円までなら補償できるとお伝え…総会前):
 *   OFFER_CEILING with TALKS_STILL_OPEN.
 * - A unit price agreed with some owners while another still negotiates (坪あたり6万8千円で仮契約…残るお一人との交渉はこれから):
 *   UNIT_PRICE_AGREED with OWNERS_REMAINING.
 * - A named supplier's cost of a gift for the hometown tax (寄附額1万円に対して仕入れ2,950円で契約): GIFT_COST with a supplier named
 *   (SUPPLIER_NAMED). The general rule (返礼品は寄附額の3割以下) has no supplier's sum.
 */
const LIMIT_EXCEEDED =
  /(?:基準値|規制値|許容値|暫定規制値|上限値|指針値|基準)(?:を|の)?[^。！？!?\n]{0,6}?(?:上回|超え|超過)[^。！？!?\n]{0,24}?(?:検出|数値|値|結果)|(?:検出|数値|値)[^。！？!?\n]{0,10}?(?:基準値|規制値|許容値|上限値|指針値)(?:を|の)?[^。！？!?\n]{0,6}?(?:上回|超え|超過)/gu
const RESULT_RELEASE_PENDING =
  /(?:公表|発表|公式発表)(?:は|が)[、,]?[^。！？!?\n]{0,12}?(?:来週|来月|明日|明後日|週明け|後日|予定|これから|まだ)|(?:まだ|未だ)[^。！？!?\n]{0,4}?(?:正式に|公式に)?(?:発表|公表)(?:され|し)て(?:い|お)?(?:ない|ません)|再検査[^。！？!?\n]{0,6}?結果待ち|(?:公表|発表)前/u
const RESULT_RELEASED = /回収(?:して|しています|を行|いたし)|自主回収|(?:公表|発表)(?:しました|されました|いたしました)|[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:に|付)[^。！？!?\n]{0,8}?(?:公表|発表)/u
/** A finding denied right after it (…検出されませんでした, …は出ていません). */
const RESULT_DENIED = /^[^。！？!?\n]{0,10}?(?:ません|ず[、。,]|なかっ|ない)/u
const SCREENING_HELD = /審査|選考|現地確認|立入|立ち入り|書類確認|選定/u
const APPLICANTS_FAULTED =
  /うち[0-9０-９一二三四五六七八九十]{1,3}(?:社|者|件|店|事業者|団体)(?:は|が|に|で|から)[、,]?[^。！？!?\n]{0,30}?(?:指摘|不備|不適合|改善指導|是正|問題点|衛生面)/gu
const OFFER_CEILING = new RegExp(
  `${DEAL_SUM}(?:まで|以内|以下)(?:なら|であれば|でしたら|は)[、,]?(?:補償|補てん|補填|支払|お支払い|負担|買い取|買取|お出し|出せ|払え|出す)(?:できる|できます|可能|する|します|いたし)?`,
  'gu',
)
const TALKS_STILL_OPEN = /(?:総会|協議|交渉|合意|妥結|調印|契約|説明会)(?:の)?前|交渉(?:中|は?これから|が続|を続)|協議(?:中|を続|が続)|外に出さ|口外|内緒|ここだけ|まだ(?:決まって|合意|正式)/u
const UNIT_PRICE_AGREED = new RegExp(
  `(?:坪|平米|平方メートル|㎡|m2)(?:あたり|当たり|単価)(?:は)?[^。！？!?\\n]{0,4}?${DEAL_SUM}(?:で|にて)[^。！？!?\\n]{0,8}?(?:仮契約|合意|内諾|ご承諾|ご了承|話がまとま|契約)`,
  'gu',
)
const OWNERS_REMAINING = /(?:残る|残り|あと)(?:の)?(?:お一人|お二人|[0-9０-９一二三]{1,2}(?:名|人|件|筆)|方)[^。！？!?\n]{0,10}?(?:交渉|協議|説得|話し合い|お願い|調整)|(?:交渉|協議|説得)(?:は|が)[、,]?(?:まだ|これから|続いて|継続)/u
const GIFT_COST = new RegExp(
  `寄(?:附|付)(?:額|金額)?${DEAL_SUM}(?:に対し(?:て)?|あたり|の(?:品|場合)|で)[、,]?[^。！？!?\\n]{0,14}?(?:仕入れ|仕入|調達|納品|納入|事業者(?:さん|様)?に入る|原価|卸)(?:額|価格|値|単価)?(?:は|が)?[^。！？!?\\n]{0,4}?${DEAL_SUM}`,
  'gu',
)
const SUPPLIER_NAMED = /「[^」\n]{1,20}」(?:さん|様)|[^\s、。,]{1,10}(?:商店|商会|水産|海産|物産|食品|株式会社|屋)(?:さん|様)/u
const RELEASE_OWNER_GATE = new ParagraphGate([LIMIT_EXCEEDED, APPLICANTS_FAULTED, OFFER_CEILING, UNIT_PRICE_AGREED, GIFT_COST])
/** The finding-or-figure-before-its-release kinds (see the comment above LIMIT_EXCEEDED), run where the paragraph has no finding yet. */
export function runFindingBeforeReleaseKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  if (published(t)) return
  const q = RELEASE_OWNER_GATE.scan(t)
  if (RESULT_RELEASE_PENDING.test(t) && !RESULT_RELEASED.test(t)) emitAll(q, doc, t, LIMIT_EXCEEDED, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !RESULT_DENIED.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12))))
  if (SCREENING_HELD.test(t)) emitAll(q, doc, t, APPLICANTS_FAULTED, 'confidential/pre-release', emit, spans, once(notAware))
  if (TALKS_STILL_OPEN.test(t)) emitAll(q, doc, t, OFFER_CEILING, 'confidential/negotiation', emit, spans, once(notAware))
  if (OWNERS_REMAINING.test(t)) emitAll(q, doc, t, UNIT_PRICE_AGREED, 'confidential/negotiation', emit, spans, once(notAware))
  if (SUPPLIER_NAMED.test(t)) emitAll(q, doc, t, GIFT_COST, 'confidential/staff-only', emit, spans, once(notAware))
}
/**
 * Blind R398X, R399Y: a matter told before the body that must handle or release it.
 * - A matter said to be out of sight till a body's step (本会議で許可されるまでは外に出ていない話), or said unsayable till its release and
 *   then hinted (発表が議会のあとだから言えない…ヒントだけ：…): NOT_OUT_TILL_STEP, or RELEASE_AFTER_UNSAYABLE with HINT_GIVEN after it.
 * - A misuse or an over-payment found, with its figure, whose release or penalty is still to come (使い込みが判明…公表と処分はこれから;
 *   来月公表の定期監査…過大交付が3件、合計412万円; 点検中の…二重計上が2件…点検終了後に公表): MISUSE_FOUND with TALLY_OR_SUM and
 *   RELEASE_STILL_AHEAD; a result already released (公表しました) stays clean.
 * - The blacked-out part of a disclosed paper told with its value (黒塗りにした単価の欄ですが、実は…38円): MASKED_VALUE_TOLD.
 * - A report read while still a draft, and what it says (報告書、まだ案の段階のものを読ませてもらいました…と書いてあります):
 *   DRAFT_PAPER_READ with DRAFT_CONTENT_TOLD and the paper not yet public.
 * - An exam's item told before it is held (明日の学力調査、国語の大問3は…): EXAM_ITEM_AHEAD; its date and subjects stay clean.
 * - A record passed round inside only, told with its tally (庁内にだけ回ってる…の集計、今年度は14件): INSIDE_ONLY_RECORD with TALLY_OR_SUM.
 */
const NOT_OUT_TILL_STEP =
  /(?:本会議|議会|委員会|審議会|理事会|総会|協議会|定例会|臨時会|議決|許可|承認|決定|発表|公表|公開|報告)(?:で|に|が|を)?[^。！？!?\n]{0,12}?(?:まで|前|の(?:あと|後)|以降)(?:は|だから|なので|なんで|だし)?[、,]?(?:まだ)?(?:外|表|世間|よそ)(?:に|へ)(?:は)?(?:出て(?:い)?(?:ない|ません)|出せ(?:ない|ません)|出さない)(?:話|情報|こと|件|内容|ネタ)/gu
const RELEASE_AFTER_UNSAYABLE =
  /(?:発表|公表|公開|解禁|お披露目)(?:が|は)[^。！？!?\n]{0,14}?(?:の(?:あと|後)|以降|まで)(?:だから|なので|なんで|だし|のため)?[、,]?(?:まだ)?(?:言え|話せ|書け|明かせ|お伝えでき)(?:ない|ません)/gu
const HINT_GIVEN = /ヒント(?:だけ|を少し|をひとつ|を一つ)?(?:[:：]|で(?:す|も)|を言う)|ちょっとだけ(?:言う|言います|教え)|ここだけの話/u
const MISUSE_FOUND =
  /(?:使い込み|使いこみ|着服|横領|不正(?:受給|支出|請求|経理|使用)|過大(?:交付|支出|支給|請求|計上)|二重(?:計上|払い|支払い?|請求|受給|申請)|水増し|架空(?:請求|計上|発注|出張))/gu
const TALLY_OR_SUM = /[0-9]{1,6}(?:[,.][0-9]{1,3})?(?:万|千|億)?(?:円|件|人|名)|[一二三四五六七八九十百千]{1,4}万円/u
const RELEASE_STILL_AHEAD =
  /(?:公表|発表|処分)(?:と|や)?(?:処分|公表|発表)?(?:は|も)?[、,]?(?:これから|今後|後日|追って|まだ(?:これから|先|です))|(?:来月|来週|後日|近日|月末|年度末|終了後|終わってから|(?:終了|完了)次第)[^。！？!?\n]{0,10}?(?:公表|発表)(?:の|予定|します|する|され|になり)|公表日まで|公表前|発表前/u
const RELEASED_ALREADY = /(?:公表|発表|公開)(?:しました|いたしました|済み|され(?:まし)?た(?!ら)|されて(?:い|お)(?:ます|る))|ホームページ|記者会見で/u
const MASKED_VALUE_TOLD =
  /(?:黒塗り|墨塗り|非開示|不開示|マスキング|伏せ)(?:に|と)?(?:し|され)?(?:た|ている|てある|の)?[^。！？!?\n、,]{0,8}?(?:部分|箇所|欄|ところ|項目|金額|数字|単価|額)(?:なんですが|ですが|だけど|ですけど|は|って|の中身は)?[、,]?[^。！？!?\n]{0,10}?(?:実は|本当は|ほんとは|実際は|中身は|ぶっちゃけ|ここだけの話)[、,]?[^。！？!?\n]{0,16}?[0-9]{1,7}(?:[,.][0-9]{1,3})?(?:万|千|億)?(?:円|%|パーセント|割)/gu
const DRAFT_PAPER_READ =
  /(?:報告書|答申|提言|調査結果|検証結果|報告)[^。！？!?\n]{0,12}?(?:案|素案|原案|草案|ドラフト|下書き)(?:の段階|段階)?(?:の(?:もの|もん|やつ))?(?:を|も)?(?:読ませて|見せて|読んで|読み|拝見し|目を通し)/gu
const DRAFT_CONTENT_TOLD = /と(?:書いて(?:あ|あり)|書かれて|記載され|結論づけ|指摘され)|によると/u
const DRAFT_NOT_PUBLIC = /まだ|公表され(?:たら|る前|れば)|公表前|発表前|未公表|非公表/u
const EXAM_ITEM_AHEAD =
  /(?:明日|あした|明後日|あさって|来週|週明け|今度|次回|本番)の[^。！？!?\n、,]{0,10}?(?:調査|テスト|試験|検定|考査)[、,は]?[^。！？!?\n]{0,12}?(?:(?:大問|小問|設問|第)[0-9一二三四五六七八九十]{1,2}(?:問)?(?:は|って|が)|出題(?:される(?:の|問題)|の(?:テーマ|内容))(?:は|って))/gu
const INSIDE_ONLY_RECORD =
  /(?:庁内|課内|部内|局内|署内|館内|職員|内部)(?:に|で|向け|間)?(?:だけ|のみ|限り)(?:で|に)?[^。！？!?\n]{0,4}?(?:回って|回され|出回って|配られ|配布され|共有され|回覧され)/gu
const BEFORE_BODY_GATE = new ParagraphGate([NOT_OUT_TILL_STEP, RELEASE_AFTER_UNSAYABLE, MISUSE_FOUND, MASKED_VALUE_TOLD, DRAFT_PAPER_READ, EXAM_ITEM_AHEAD, INSIDE_ONLY_RECORD])
/** The told-before-the-body-handles-it kinds (see the comment above NOT_OUT_TILL_STEP), run where the paragraph has no finding yet. */
export function runBeforeBodyHandlesKinds({ input, t, spans, notAware, once }: ParagraphKindContext): void {
  const { doc, emit } = input
  if (RELEASED_ALREADY.test(t)) return
  const q = BEFORE_BODY_GATE.scan(t)
  emitAll(q, doc, t, NOT_OUT_TILL_STEP, 'confidential/pre-release', emit, spans, once(notAware))
  emitAll(q, doc, t, RELEASE_AFTER_UNSAYABLE, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && HINT_GIVEN.test(t.slice(m.index))))
  if (TALLY_OR_SUM.test(t) && RELEASE_STILL_AHEAD.test(t)) emitAll(q, doc, t, MISUSE_FOUND, 'confidential/audit', emit, spans, once(notAware))
  emitAll(q, doc, t, MASKED_VALUE_TOLD, 'confidential/staff-only', emit, spans, once(notAware))
  if (DRAFT_NOT_PUBLIC.test(t)) emitAll(q, doc, t, DRAFT_PAPER_READ, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && DRAFT_CONTENT_TOLD.test(t.slice(m.index))))
  emitAll(q, doc, t, EXAM_ITEM_AHEAD, 'confidential/pre-release', emit, spans, once(notAware))
  if (TALLY_OR_SUM.test(t)) emitAll(q, doc, t, INSIDE_ONLY_RECORD, 'confidential/staff-only', emit, spans, once(notAware))
}
/*
 * Blind R404D, R402B: a recruitment exam's inside before its release, a penalty settled before its set release, a case conference's
 * record put up.
 * - The pass line of an exam told with its score while the results are still to come (気になるボーダーですが、…200点中126点あたりで線が
 *   引かれたと聞いてます。発表まではドキドキ; 合格ラインは7割ちょっとだったらしいです。結果発表は来週): PASS_LINE_TOLD with an exam named
 *   and RESULTS_AHEAD. A past year's line, a line published with the results and the scale of a notice (PASS_LINE_PUBLIC) stay clean.
 * - One candidate's result told before the release (結果の発表は来週金曜の予定ですが、お問い合わせの受験番号の方は一次を通過されています):
 *   CANDIDATE_RESULT_TOLD with RESULTS_AHEAD. A result said to be found on the list once it is out, or a step told as a condition
 *   (通過された場合は) stays clean.
 * - A field of an exam still to come told with the topics it will ask and how many (明日の一次試験、時事分野は今年「…」と「…」からそれぞれ
 *   2問ずつです): EXAM_FIELD_COUNTED with the exam ahead (EXAM_FIELD_AHEAD). The published scope (教養試験は社会科学・人文科学…から40問
 *   出題します; 出題範囲は募集要項のとおり) names no topic in quotes and gives no tip, and a past exam stays clean.
 * - A staff penalty settled whose release is set for later (処分は減給10分の1・1か月で固まりました。市としての公表は次週の定例会見で行い
 *   ます): PENALTY with PENALTY_DECIDED and PENALTY_RELEASE_SET; the set release is no announcement made (PENALTY_PUBLIC is read without it).
 * - A case conference's record or papers put up for followers (要保護児童対策地域協議会の個別ケース検討会議の記録、写真で上げておきます;
 *   名前は消してあるけん): CASE_RECORD_POSTED. Records kept or handled, a rule against posting them and a published report stay clean.
 */
const PASS_LINE_WORD = '(?:ボーダー(?:ライン)?|合格ライン|合格点|合格最低点|最低合格点|合格基準点|合否(?:の)?(?:ライン|基準点)|足切り(?:ライン|点)?)'
const PASS_LINE_TOLD = new RegExp(
  `${PASS_LINE_WORD}(?:は|が|って|ですが|なんですが|だけど|ですけど|やけど|、|,)[、,]?[^。！？!?\\n]{0,40}?[0-9]{1,3}(?:\\.[0-9])?(?:点|割|%|パーセント)` +
    `|[0-9]{1,3}点(?:あたり|前後|くらい|ぐらい|ほど|付近|辺り|ちょっと|ちょうど|台)?(?:で|に)[、,]?(?:線|ライン|ボーダー|足切り)(?:が|を)?(?:引かれ|引い|引く|引き|なっ|なる|なり|決ま)`,
  'gu',
)
const PASS_LINE_EXAM = /試験|選考|受験|入試|検定|一次|二次|最終/u
const PASS_LINE_PUBLIC = /昨年|去年|前年|過去|例年|年度の|これまで|公表して|公表しま|公表いたし|発表しま|発表いたし|掲載|ホームページ|市HP|募集要項|受験案内|満点(?:で|中)|満点です|配点/u
const RESULTS_AHEAD =
  /(?:合格発表|結果発表|発表|公表|通知|合否|結果)(?:は|が|も)?[、,]?[^。！？!?\n]{0,12}?(?:まだ|これから|来週|来月|明日|あす|明後日|後日|週明け|近日|[月火水木金土日]曜)|(?:合格発表|結果発表|発表|公表|通知)(?:まで|の前|前|を待|待ち)/u
const RESULTS_OUT = /(?:発表|公表|掲載)(?:しました|いたしました|済み|されました|されています)|合格者(?:の)?(?:受験番号)?(?:を|は)(?:発表|掲載|公表)/u
const CANDIDATE_RESULT_TOLD =
  /(?:お問い?合わ?せ(?:の|いただいた|いただきました|のあった)[^。！？!?\n、,]{0,8}?|受験番号[0-9]{0,6}(?:番)?の|[0-9]{2,6}番の|息子さん|娘さん|お子さん|お子様|ご本人|あなた|貴方)(?:方|かた|受験者)?(?:は|も|ですが|ですけど|、|,)[、,]?[^。！？!?\n]{0,16}?(?:(?:通過|合格|突破|内定)(?:され(?:てい|てお|まし)|し(?:てい|てお|まし)|です|でした|となって|となりま|になって|になりま)|不合格(?:です|でした|とな|にな)|(?:通っ|落ち|残っ)(?:てい|てま|てお|ちゃ|とる|たよ|たので)|(?:二次|三次|次|最終)(?:試験|面接|選考)?(?:に|へ)(?:進まれ|進めます|進めること|進んで|進むこと))/gu
const EXAM_FIELD_COUNTED =
  /(?:分野|科目|領域|ジャンル|時事|問題|出題|試験|テスト)(?:は|では|で|から|って)[、,]?(?:今年|今回|本番|今度)?(?:は|も)?[、,]?(?:「[^「」\n]{1,20}」(?:と|や|、|,)?){1,4}(?:から|について|に関して|で)[^。！？!?\n]{0,8}?[0-9一二三四五六七八九十]{1,2}問/gu
const EXAM_FIELD_AHEAD = /明日|あした|あす|明後日|あさって|来週|今度の|次回|本番|受験生|受験予定|受験される|追い込み|直前/u
const EXAM_FIELD_OVER = /でした|出ました|出題されました|お疲れ|おつかれ|終わりました|終了しました|昨年|去年|前年|前回|過去問|例年/u
const PENALTY_RELEASE_SET =
  /(?:公表|発表)(?:は|を|が|も)?[、,]?[^。！？!?\n]{0,8}?(?:次週|翌週|来週|来月|翌月|後日|近日|週明け|今週中|今月中|月内|週内|月末|年明け|次の|次回)[^。！？!?\n]{0,16}?(?:行い(?:ます|たい)|行う|いたします|します|する|され(?:ます|る)|予定|見込み|になります|となります|です)|(?:次週|翌週|来週|来月|後日|週明け|次回)の[^。！？!?\n]{0,12}?(?:会見|記者発表|議会|委員会)で(?:公表|発表)(?:します|する|いたします|され(?:ます|る)|の予定|予定)/u
const PENALTY_CASE_MATTER = /事故|違反|紛失|漏えい|漏洩|ミス/u
const CASE_RECORD_POSTED = new RegExp(
  `${CASE_MEETING_NAME}(?:\\([^()\\n]{1,16}\\))?(?:の)?(?:(?:実務者|個別ケース検討|ケース検討|ケース)会議)?(?:の)?(?:配布|配付|当日の)?(?:記録|資料|議事録|会議録|ケース記録|議事メモ|メモ|レジュメ|名簿|一覧|シート)(?:の(?:写し|コピー|一部|写真|画像|抜粋))?(?:を|も|は|、|,)?[、,]?[^。！？!?\\n]{0,16}?(?:上げ(?:て|と|ま)|あげ(?:て|と|ま)|アップ|載せ|のせ|掲載し|投稿|貼っ|貼り|添付し|公開し|お見せ|見せ(?:ま|ちゃ|て)|写真で|画像で|スクショ)`,
  'gu',
)
const CASE_RECORD_KEPT = /(?:ない|ません|禁止|ダメ|だめ|いけ|厳禁|控え|保管|管理|回収|代表者会議)/u
const EXAM_AND_CASE_GATE = new ParagraphGate([PASS_LINE_TOLD, CANDIDATE_RESULT_TOLD, EXAM_FIELD_COUNTED, PENALTY_RELEASE_SET, CASE_RECORD_POSTED])
/** The exam, penalty and case-record kinds (see the comment above PASS_LINE_WORD), run where the paragraph has no finding yet. */
export function runExamAndCaseRecordKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = EXAM_AND_CASE_GATE.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  const resultsAhead = RESULTS_AHEAD.test(t) && !RESULTS_OUT.test(t) && !published(t)
  // An exam's pass line told with its score before the results.
  if (resultsAhead && PASS_LINE_EXAM.test(t)) emitAll(q, doc, t, PASS_LINE_TOLD, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !PASS_LINE_PUBLIC.test(sentenceText(m))))
  // One candidate's result told before the release.
  if (resultsAhead) {
    emitAll(q, doc, t, CANDIDATE_RESULT_TOLD, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !/^(?:た|し|され)?(?:場合|ら|際|時|とき|れば)/u.test(t.slice(m.index + m[0].length))))
  }
  // A field of an exam to come told with its topics and count.
  if (EXAM_FIELD_AHEAD.test(t) && PASS_LINE_EXAM.test(t)) emitAll(q, doc, t, EXAM_FIELD_COUNTED, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !EXAM_FIELD_OVER.test(sentenceText(m)) && !published(t)))
  // A staff penalty settled whose release is set for later.
  if (q.has(PENALTY_RELEASE_SET) && STAFF.test(t)) {
    if (!PENALTY_PUBLIC.test(t.replace(PENALTY_RELEASE_SET, '。'))) {
      emitAll(q, doc, t, PENALTY, 'confidential/personnel', emit, spans, once((m) => {
        if (/^(?:処分|戒告|訓告)/u.test(m[0]) && !(MISCONDUCT.test(t) || PENALTY_CASE_MATTER.test(t))) return false
        return notAware(m) && PENALTY_DECIDED.test(t.slice(m.index + m[0].length, m.index + m[0].length + 24))
      }))
    }
  }
  // A case conference's record or papers put up.
  emitAll(q, doc, t, CASE_RECORD_POSTED, 'confidential/meeting', emit, spans, once((m) => notAware(m) && !CASE_RECORD_KEPT.test(t.slice(m.index + m[0].length, sentenceAround(t, m.index, m.index + m[0].length).end)) && !CASE_RECORD_KEPT.test(m[0]) && !published(sentenceText(m))))
}
const SITES_NARROWED =
  /(?:候補地|建設地|建設予定地|進出先|立地先|移転先|候補)(?:は|が|も)[、,]?[^。！？!?\n]{0,20}?(?:絞られ|絞り込|絞って|絞った|二択|本命|最有力|有力|一本化)/gu
const SIGNING_AIMED =
  /(?:協定|契約|覚書|進出|立地)(?:の)?(?:調印|締結|正式決定)(?:は|を|に向け(?:て)?)[、,]?[^。！？!?\n]{0,12}?(?:目指|詰め|調整し|調整中|大詰め|見込)/gu
const INCENTIVE_OFFERED =
  /(?:市|当市|本市|こちら|当方)(?:から|として|側から)(?:は|も)?[、,]?[^。！？!?\n]{0,30}?(?:免除|減免|軽減|無償|奨励金|補助|助成|優遇|貸与)[^。！？!?\n]{0,16}?(?:ご)?(?:提示|提案|お示し|打診)(?:して|し|いたし|させて)/gu
const SITING_WORD = /工場|進出|立地|誘致|拠点|事業所|センター|本社|用地|工業団地|産業団地/u
const DECISION_AHEAD = /(?:判断|回答|返事|返答|結論|決定|決断)(?:は|が)[、,]?[^。！？!?\n]{0,12}?(?:来月|来週|来年|年明け|見込|待ち|これから|まだ|予定)/u
const LOAN_WORD = /融資|貸付|貸し付け|借入|借り入れ|保証協会|信用保証|与信|(?:銀行|金融機関)の審査/u
const LOAN_SCREENED =
  /(?:保証協会|信用保証|融資|貸付|金融機関|銀行|与信)(?:の|で|側の)?(?:審査|判断)(?:の結果)?(?:で|では|に|が|は)[、,]?[^。！？!?\n]{0,30}?(?:見送り|否決|通らな|通りませ|通らず|通りまし|通った|通って|落ち|不承認|承認(?:され|とな|が下り|が出)|通過|減額|足りな|不足|謝絶|断ら|難し|NG|ダメ|だめ)/gu
/** …with a sum in ten thousands right after it, or after the loan's word (…さんの3,000万円, …さんへの融資額は5千万円). */
const LOANED_SUM = new RegExp(
  `(?:${BUSINESS_NAMED.source})(?:の|へ(?:の)?|に|は)[、,]?(?:(?:融資|貸付|借入|借り入れ)(?:額|残高)?(?:は|が)?[、,]?)?(?:約|およそ)?[0-9〇一二三四五六七八九十百千][0-9〇一二三四五六七八九十百千,.]{0,8}(?:万|億)[0-9〇一二三四五六七八九十百千,.]{0,8}円`,
  'gu',
)
const REPAYMENT_DOUBTED = /(?:返済|延滞|滞納|焦げ付|貸し倒れ)(?:が|は|も|の)?[^。！？!?\n]{0,8}?(?:危な|危う|厳し|怪し|滞って|遅れて|心配|ヤバ|やば|焦げ付)/gu
const RESULT_BEFORE_RELEASE =
  /(?:結果|採択結果|審査結果|選考結果|採否)(?:の)?(?:公表|発表|通知|お知らせ|公開)(?:は|が)[、,]?[^。！？!?\n]{0,12}?(?:来週|来月|明日|あす|後日|週明け|これから|まだ|予定|月末)(?:の予定)?(?:です|だ)?(?:が|けど|けれど|けども)[、,]?[^。！？!?\n]{0,40}?(?:さん|様|さま|社|団体|会)(?:は|が|も|とも)[、,]?[^。！？!?\n]{0,24}?(?:通過|採択|内定|不採択|落選|選ばれ|通って|通り|決まり)/gu
const CLOSURE_PLANNED =
  /(?:(?:工場|店|店舗|お店|事業|会社|営業|操業|事業所|支店|営業所|旅館|ホテル|医院|工房|農園|酒蔵)(?:(?:を|は|も)[、,]?[^。！？!?\n]{0,10}?)?(?:閉め|畳|たた|閉じ|やめ|止め|閉鎖|廃業|撤退)|閉店|閉院|廃業|撤退|解散)(?:し|す|み|む|る)?(?:たい|る(?:予定|方向|つもり|こと)|予定|方向|つもり|こと|意向|ようと|ざるを得)/gu
const CLOSURE_UNTOLD =
  /(?:従業員|社員|スタッフ|パート|従業者|取引先|お客)[^。！？!?\n]{0,8}?(?:に|へ)(?:は|も)?[、,]?(?:まだ)?[、,]?(?:伝え|知らせ|話し|話せ|言っ|言え|説明し|公表し|発表し)(?:て)?(?:い|お)?(?:ない|ません|ず|ておら)|まだ[、,]?(?:従業員|社員|スタッフ|パート|従業者|取引先|お客)[^。！？!?\n]{0,8}?(?:に|へ)(?:は|も)?[、,]?(?:伝え|知らせ|話し|話せ|言っ|言え|説明し)(?:て)?(?:い|お)?(?:ない|ません|ず)|(?:公表|発表)(?:前|はまだ|されていない)/u
const BUSINESS_DEALINGS_GATE = new ParagraphGate([SITES_NARROWED, SIGNING_AIMED, INCENTIVE_OFFERED, LOAN_SCREENED, LOANED_SUM, REPAYMENT_DOUBTED, RESULT_BEFORE_RELEASE, CLOSURE_PLANNED])
/** The named-business-dealings kinds (see the comment above BUSINESS_NAMED), run where the paragraph has no finding yet. */
export function runBusinessDealingsKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = BUSINESS_DEALINGS_GATE.scan(t)
  if (BUSINESS_NAMED.test(t) && !SITING_CONCLUDED.test(t) && !published(t)) {
    if (SITING_WORD.test(t)) emitAll(q, doc, t, SITES_NARROWED, 'confidential/negotiation', emit, spans, once(notAware))
    if (SITING_WORD.test(t)) emitAll(q, doc, t, SIGNING_AIMED, 'confidential/negotiation', emit, spans, once(notAware))
    if (SITING_WORD.test(t) || DECISION_AHEAD.test(t)) emitAll(q, doc, t, INCENTIVE_OFFERED, 'confidential/negotiation', emit, spans, once(notAware))
  }
  if (BUSINESS_NAMED.test(t) && LOAN_WORD.test(t)) {
    emitAll(q, doc, t, LOAN_SCREENED, 'confidential/duty-secret', emit, spans, once(notAware))
    emitAll(q, doc, t, LOANED_SUM, 'confidential/duty-secret', emit, spans, once(notAware))
    emitAll(q, doc, t, REPAYMENT_DOUBTED, 'confidential/duty-secret', emit, spans, once(notAware))
  }
  if (!published(t)) emitAll(q, doc, t, RESULT_BEFORE_RELEASE, 'confidential/pre-release', emit, spans, once(notAware))
  if (CLOSURE_UNTOLD.test(t)) emitAll(q, doc, t, CLOSURE_PLANNED, 'confidential/duty-secret', emit, spans, once(notAware))
}
/**
 * Blind R405E/R408H kinds: a tender's or a screening's internals told before the opening, the award or the notice.
 * (a) A tender's price named by its reading in kana, as a mascot or a child would write it (さいていせいげんかかく 7,350,000えん;
 * よていかかくは1,200まんえん): the same secret as 最低制限価格は…円. A reading with no value stays clean.
 * (b) The lowest quote so far in a 見積合わせ or a tender still open, with its amount (現時点でいちばん安い見積はA事務機さんの283万円;
 * 今のところ最安値は…): the figure the others would undercut. A quote chosen once the contract is made stays clean.
 * (c) The price refused, then given as a rough figure a clause later (金額は言えんとよ〜。まあ去年とだいたい同じで、1,480万ばちょこっと
 * 超えるくらい; 予定価格はお答えできませんが、2千万円弱とだけ): the hint is the price. A refusal with no figure stays clean.
 * (d) Who came forward for a tender, said as a cleft (申し込みがあったのは…さんと…さんの2社だけでした), while the opening is still to come
 * (開札は今週金曜です). A count after the opening, a past tender's and a briefing's sign-ups stay clean.
 * (e) Bid-rigging suspected and still being looked into (受注する順番を業者同士で事前に決めていた形跡があり…調べています; 談合の疑いが
 * あって調査中): an inquiry the city has not made public. A penalty announced, an arrest reported and a lesson on 談合 stay clean.
 * Blind R457J-027 kind (widened): a contractor's other misdeeds on a tender or a contract (入札妨害, 不正請求, 水増し請求, 手抜き工事)
 * likewise, and a penalty still being weighed in the paragraph (…の指名停止とする方向で調整中, SANCTION_PENDING) no longer reads as the
 * case made public. A penalty given or announced, and the same words said of what is done whenever it happens, stay clean.
 * (f) A screening's result, the ones chosen named, while their notice is still to come in the paragraph (審査の結果…さんと…さんが通過です。
 * ご本人たちへの連絡は来週なので): the result before those it concerns hear it. A result published, or a notice with no one named, stays clean.
 * (g) A preliminary figure held by the section, given while the formal release is said to come later (正式には決算がまとまってからの公表に
 * なりますが、担当で把握している速報値では…約6億3千万円). A preliminary the city releases as such (a festival's 速報値), or another
 * body's, stays clean.
 */
const KANA_BID_PRICE = /(?:さいていせいげんかかく|にゅうさつよていかかく|よていかかく|ちょうさきじゅんかかく|せっけいきんがく)(?:は|が|:|：|って)?[\s「」]{0,2}(?:[0-9][0-9,.]{0,12}(?:えん|円|まんえん|万円|万)|[〇一二三四五六七八九十百千万億]{1,12}(?:えん|円))/gu
const KANA_PRICE_PUBLISHED = /じぜんこうひょう|事前公表|こうひょうされ|公表され/u
const LOWEST_QUOTE = new RegExp(
  `(?:いちばん|一番|最も|もっとも)(?:安い|低い|安かった|低かった)(?:見積(?:もり|り)?|見積(?:もり|り)?(?:額|金額)|金額|提示額|価格|札)(?:は|が)[、,]?[^。！？!?\\n]{0,24}?${VALUE}` +
    `|最安(?:値)?(?:の見積(?:もり|り)?)?(?:は|が)[、,]?[^。！？!?\\n]{0,24}?${VALUE}`,
  'gu',
)
const QUOTES_CONTEXT = /見積(?:もり|り)?合わ?せ|相見積|随意契約|随契|入札|プロポーザル/u
const QUOTES_STILL_OPEN = /締(?:め)?切(?:り)?(?:は|が)?[^。！？!?\n]{0,6}?(?:来週|明日|あす|来月|まだ|これから|今週|週明け)|現時点|今のところ|いまのところ|現段階|途中経過|まだ(?:受付|受け付け)|受付中|開札(?:は|が)?[^。！？!?\n]{0,8}?(?:今週|来週|明日|あす|週明け|まだ|これから)|(?:来週|明日|あす|今週)の?(?:開札|締(?:め)?切)/u
const QUOTES_DONE = /契約(?:を)?(?:締結|しました|いたしました|を結び)|落札(?:者|業者|金額|額|し|となり)|決定しました|に決まりました|入札結果|開札結果|公表し/u
const PRICE_REFUSED_HINT =
  /(?:金額|価格|予定価格|最低制限価格|値段|いくら)(?:は|を|も|まで)?[^。！？!?\n]{0,10}?(?:言え|いえ|教えられ|教えれ|お伝えでき|お答えでき|明かせ|出せ|申し上げられ)(?:ん|ない|ません|なか)[^。！？!?\n]{0,8}?(?:[。！？!?\n]|が|けど|けれど|ばってん|〜|ー)[^\n]{0,40}?(?:[0-9][0-9,.]{0,12}(?:億|万)|[〇一二三四五六七八九十百千]{1,6}(?:億|万))[^。！？!?\n]{0,8}?(?:くらい|ぐらい|程度|ほど|前後|超え|こえ|ちょっと|ちょこっと|弱|強|台|あたり|付近|近く)/gu
const ENTRANTS_CLEFT = new RegExp(
  `(?:申し?込み|申込|参加申請|参加表明|参加の申し?込み|応募|応札|入札書の提出)(?:が|の)(?:あった|来た|きた|届いた|出てきた|出た)(?:の|ところ|業者|会社)(?:は)[、,]?[^。！？!?\\n]{0,40}?(?:${BID_ENTRANT_COUNT}|${BID_COMPANY}|[\\p{Script=Han}\\p{Script=Katakana}ー]{2,12}(?:さん|様))`,
  'gu',
)
const OPENING_AHEAD = /開札(?:日)?(?:は|が)[^。！？!?\n]{0,10}?(?:今週|来週|明日|あす|明後日|週明け|[月火水木金土日]曜)(?![^。！？!?\n]{0,12}?(?:行いました|しました|終わ|済))|(?:今週|来週|明日|あす)[^。！？!?\n]{0,4}?の?開札/u
const RIGGING_PROBED =
  /(?:談合|受注調整|入札妨害|不正請求|水増し請求|手抜き工事|(?:受注|落札)(?:する|の)?(?:順番|順序|業者|予定者|者)を[^。！？!?\n]{0,14}?(?:決め|割り振|調整し))[^。！？!?\n]{0,24}?(?:形跡|疑い|疑惑|可能性|情報|証拠|うわさ|噂|通報)[^。！？!?\n]{0,30}?(?:(?:調べて|調査して|捜査して|確認して)(?:い|お)(?:ます|る|ります)|調べとる|調べよる|調べちょる|調査中|捜査中|確認中|内偵中|調査を進めて(?:い|お)(?:ます|る|ります))/gu
const RIGGING_PUBLIC = /公表|発表しました|処分|指名停止|排除措置|課徴金|逮捕|起訴|報道/u
/**
 * Blind R457J-027 kind: the penalty still being weighed, not given (6か月の指名停止とする方向で調整中; 処分を検討しています; 指名停止に
 * する見込み): it is no sign the case is public, it is more of the inquiry told. Removed before RIGGING_PUBLIC is read; a penalty
 * given (指名停止としました, 処分を行いました) or announced still keeps the paragraph clean. The board that weighs it (指名停止等審査委員会)
 * named is no penalty either.
 */
const SANCTION_PENDING =
  /(?:処分(?:は|について(?:は)?|としては)[、,]?)?(?:[0-9０-９一二三四五六七八九十]{1,3}(?:か月|カ月|ヶ月|ケ月|箇月|週間|日間)の)?(?:指名停止|処分|営業停止|取引停止|入札参加(?:資格)?停止)(?:等?(?:審査|審議)?(?:委員会|会議|審査会)|(?:措置)?(?:と|に|を)?(?:する|すること)?(?:の)?[^。！？!?\n]{0,6}?(?:方向で(?:最終)?(?:調整|検討|協議)|(?:で|を)(?:最終)?(?:調整|検討|協議)(?:中|して(?:い|お))|を?視野に|も?含めて検討|見込み|見通し|方針(?:で|です|とのこと|らしい)|予定(?:で|です|とのこと|らしい)))/gu
/** …said of what is done whenever it happens, not of a case (談合の情報が寄せられた場合は…確認しています). */
const RIGGING_GENERAL = /場合|際(?:は|に)|とき(?:は|に)|たら|れば|ように/u
const RESULT_NAMED_AHEAD =
  /(?:審査|選考|選定|抽選|書類審査|面接)(?:の)?結果[、,]?[^。！？!?\n]{0,40}?(?:さん|様|さま|社|氏)[」』]?(?:が|は|も)[、,]?(?:無事)?(?:通過|採択|合格|選定|当選|内定|決定|選ばれ|決まり)/gu
const NOTICE_STILL_TO_COME = new RegExp(
  `${NOTIFIED_PARTY}(?:たち|達)?(?:へ|に)(?:の|対する)?(?:ご)?(?:通知|連絡|お知らせ|お伝え|結果通知)(?:は|が)[、,]?(?:まだ|これから|未だ|来週|明日|後日|週明け|来月|[0-9]{1,2}日)`,
  'u',
)
const PRELIM_BEFORE_FORMAL =
  /正式(?:に|な|の)?(?:は)?[^。！？!?\n]{0,20}?(?:公表|発表|公開|お知らせ)(?:に(?:なり|な)|となり|する予定|の予定|予定|し(?:ます|ますの))[^。！？!?\n]{0,6}?(?:が|けど|けれど|けれども|ばってん)[、,]?[^。！？!?\n]{0,12}?(?:担当|課内|係内|庁内|内部|手元|こちらで|当課|把握して)[^。！？!?\n]{0,12}?(?:速報値?|暫定値?|見込み値?|途中経過|仮の数字|概算|集計|数字)(?:では|で(?:は)?|だと|やと|によると|によれば|は)[、,]?[^。！？!?\n]{0,30}?(?:[0-9０-９〇一二三四五六七八九十百千][0-9０-９〇一二三四五六七八九十百千万億,.]*(?:億|万|円|件|人|%|％|割))/gu
const PRELIM_OTHERS = /(?:発表|公表)(?:した|された|されている)(?:速報|暫定|見込み)|(?:国|県|総務省|財務省)の(?:速報|暫定)/u
const BID_SCREENING_AHEAD_GATE = new ParagraphGate([
  KANA_BID_PRICE, LOWEST_QUOTE, PRICE_REFUSED_HINT, ENTRANTS_CLEFT, RIGGING_PROBED, RESULT_NAMED_AHEAD, PRELIM_BEFORE_FORMAL,
])
/** The tender and screening internals told ahead (see the comment above KANA_BID_PRICE), run where the paragraph has no finding yet. */
export function runBidAndScreeningAheadKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = BID_SCREENING_AHEAD_GATE.scan(t)
  if (!KANA_PRICE_PUBLISHED.test(t)) emitAll(q, doc, t, KANA_BID_PRICE, 'confidential/pre-release', emit, spans, once(notAware))
  if (QUOTES_CONTEXT.test(t) && QUOTES_STILL_OPEN.test(t) && !QUOTES_DONE.test(t)) emitAll(q, doc, t, LOWEST_QUOTE, 'confidential/pre-release', emit, spans, once(notAware))
  if (BID_CONTEXT.test(t) && !BID_DONE.test(t) && !BID_PUBLIC.test(t)) emitAll(q, doc, t, PRICE_REFUSED_HINT, 'confidential/pre-release', emit, spans, once(notAware))
  if (BID_CONTEXT.test(t) && OPENING_AHEAD.test(t) && !BID_DONE.test(t) && !QUOTES_DONE.test(t)) {
    emitAll(q, doc, t, ENTRANTS_CLEFT, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !BID_ENTRANTS_PUBLIC.test(sentenceOf(t, m.index, m.index + m[0].length))))
  }
  if (!RIGGING_PUBLIC.test(t.replace(SANCTION_PENDING, ''))) emitAll(q, doc, t, RIGGING_PROBED, 'confidential/investigation', emit, spans, once((m) => notAware(m) && !RIGGING_GENERAL.test(m[0])))
  if (NOTICE_STILL_TO_COME.test(t) && !published(t)) emitAll(q, doc, t, RESULT_NAMED_AHEAD, 'confidential/pre-release', emit, spans, once(notAware))
  if (!PRELIM_OTHERS.test(t) && !PRELIM_AS_RELEASE.test(t)) emitAll(q, doc, t, PRELIM_BEFORE_FORMAL, 'confidential/pre-release', emit, spans, once(notAware))
}
/*
 * Blind wave 81 kinds (R409J, R411L): a case still open, a contractor's quote and an exam's content, told by staff who know them on duty.
 * - Blind R409J-020 kind: someone said to be questioned on suspicion of an offence, now or just reported to the writer (運動員が…の疑いで
 *   事情聴取を受けていて; 社長が詐欺の疑いで警察の取り調べを受けているらしい; 放火の容疑で任意で事情を聴かれている): QUESTIONED_ON_SUSPICION.
 *   The city's own statement with its apology, a case announced or reported by the press, a warning of what can happen (…を受けることが
 *   あります), a rumour denied, a film's or a novel's plot and a story from history stay clean.
 * - Blind R411L-024 kind: a case being built for prosecution, told while the evidence is still being gathered (立件に向けて証拠を集めている
 *   ところ; 書類送検する方向で裏付けを固めている; 告発に向けて資料をそろえています): PROSECUTION_PREPARED. A deterrent said of any case
 *   (刑事告発も視野に厳正に対処します), a lesson (立件に向けた証拠の集め方), a complaint already filed and an appeal for information stay clean.
 * - Blind R411L-023 kind: what a contractor's quote or proposal says, with its figure and how it moved (来期の見積もりを見たら人件費を2割も
 *   削って; 見積書を見ると燃料費を3割も上乗せ; 提案書、人件費が他社より1,200万円も安い): QUOTE_CONTENT with a business named and a contract
 *   in the paragraph, a firm's business secret. A call for quotes, how proposals are judged, a selection result published, advice on
 *   taking quotes from any trader (業者さんから見積もりを取る際は…) and a household's own repair quote stay clean.
 * - Blind R411L-049 kind: one who sets an exam tips candidates on what to study (作問側からこっそりヒント…第5条と第6条あたりを読んでおく;
 *   出題担当としてこっそり教えちゃうと、…のところは要チェック): SETTER_VOICE with a study tip (STUDY_TIP) on a named part (STUDY_PART) or
 *   said in secret. The published scope, what a setter says at the exam's briefing, a setter's word on how to sit the exam, a study method and
 *   a word after the exam stay clean.
 */
const QUESTIONED_ON_SUSPICION =
  /(?:疑い|容疑|嫌疑)(?:で|により|をかけられて)[、,]?[^。！？!?\n]{0,12}?(?:(?:事情聴取|取り調べ|取調べ|任意聴取|聴取|事情を(?:聞か|聴か|訊か)|家宅捜索|捜索|任意同行)(?:を)?(?:受け|され|れ)(?:てい|ており|とる|てる|よる|ちょる|たそう|たらしい|たみたい|たって|たと聞|たとのこと)|(?:事情聴取|取り調べ|取調べ|聴取)中)/gu
/** The city's own statement, a case announced or reported, an apology. */
const CASE_TOLD_OPENLY = /お詫び|おわび|申し訳|ご迷惑|ご心配をおかけ|報道|新聞|ニュース|発表し|公表し|記者会見|発表によ|逮捕(?:され|し)ま|逮捕され(?:た|て)|からのお知らせ|(?:分かり|わかり|判明し)次第|改めて(?:お知らせ|ご報告)/u
/** The case quoted as a rumour and denied (…という噂は事実ではありません). */
const RUMOUR_DENIED = /事実ではあり|事実ではない|事実無根|誤りです|デマ|根拠のない/u
/** A plot (映画, 小説) or a story from history (明治時代, 伝わっています). */
const STORY_OR_HISTORY = /映画|ドラマ|小説|物語|舞台|演劇|上映|上演|作品|ミステリー|推理|時代|明治|大正|昭和|江戸|戦前|戦時|当時|伝わ|史料|古文書|郷土史|年前/u
const PROSECUTION_PREPARED =
  /(?:立件|書類送検|送検|刑事告発|告発|告訴|摘発|起訴)(?:に向けて|に向けた|をにらんで|を視野に(?:入れて)?|の方向で|する方向で|を目指して|するため(?:に)?|できるよう(?:に)?)[、,]?[^。！？!?\n]{0,20}?(?:証拠|裏付け|裏づけ|資料|調べ|捜査|調査|聞き取り|聴き取り|確認|準備|詰め)(?:を|が|も)?[^。！？!?\n]{0,6}?(?:集め|固め|そろえ|揃え|進め|詰め|重ね|積み上げ|し)(?:てい|ており|とる|てる|よる|ちょる)/gu
/** An appeal for information or a notice of the city's handling: told to all. */
const CASE_APPEAL = /ご協力(?:を|くだ|お願)|通報(?:を|して|くだ)|110番|#9110|情報提供をお願い|心当たり|ご連絡くだ|お寄せくだ|次第|改めて(?:お知らせ|ご報告)/u
const QUOTE_CONTENT =
  /(?:見積(?:もり|り)?(?:書|額|金額)?|提案書|提案額|提示額|入札書|応札額)(?:を見たら|を見ると|を見る限り|を開けたら|では|だと|によると|によれば|には|で(?:は|も)?|が届いた(?:けど|けれど|が|ら)|(?:は|が)|[、,])[、,]?[^。！？!?\n]{0,30}?(?:[0-9０-９一二三四五六七八九十百千][0-9０-９,，.一二三四五六七八九十百千万億]{0,10}(?:割|%|％|パーセント|万円|億円|円)|半分|倍)(?:も|ほど|近く|以上|くらい|ぐらい)?[^。！？!?\n]{0,10}?(?:削|下げ|減ら|カット|圧縮|上乗せ|上げ|増や|盛っ|積み増|安く|高く|抑え|値引|安い|高い|安かっ|高かっ)/gu
/** The quote's author: a business named (…さん, クリーンやながわさん, …社, 株式会社…), not everyone (皆さん), a customer or any trader (業者さん). */
const QUOTING_FIRM = /[\p{Script=Han}\p{Script=Katakana}A-Za-zＡ-Ｚ][\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}A-Za-zＡ-Ｚー・]{1,15}(?<![皆客]|みな|お子|お母|お父|業者|工事屋|大工)(?:さん|様|さま|社|\([株有]\))|株式会社|有限会社|[A-ZＡ-Ｚ]社/u
const CONTRACT_CONTEXT = /指定管理|委託|入札|契約|来期|来年度|次期|更新|随意契約|随契|発注|業者|事業者|受託|プロポーザル/u
const QUOTE_SETTLED = /選定結果|審査結果|入札結果|落札(?:者|業者|金額|額|し|となり)|契約(?:を)?(?:締結|しました|いたしました)|公表|発表し|ホームページ|市HP/u
const SETTER_VOICE =
  /(?:作問|出題|問題作成|試験問題(?:の)?作成|問題(?:を)?作っ(?:た|てる|ている))(?:側|者|担当(?:者)?|委員|チーム(?:の一人)?|メンバー|(?:の|する|した)?(?:立場|側|人間))(?:から|として|より|的には|目線で)/gu
const STUDY_TIP = /読んでおく|読んどく|読んでおけ|読んでおい|読み込んで|目を通して|目を通しておい|押さえて|おさえて|抑えて|押さえとい|覚えて|覚えとい|復習して|勉強して|確認しておい|見ておく|見ておい|見とい|要チェック|チェックして|狙い目|ヤマ|出ます|出るよ|出るかも|損はない/u
const STUDY_PART = /第[0-9０-９一二三四五六七八九十百]+(?:条|章|節|項|問)|条文|[\p{Script=Han}]{2,12}法|のところ|あたり|周辺|分野|単元/u
const SAID_IN_SECRET = /こっそり|内緒|ないしょ|ナイショ|ここだけ|特別に|🤫/u
const EXAM_WORD81 = /試験|検定|考査|選考|テスト|入試/u
/** The exam's own guide or briefing: what it says is told to all. */
const EXAM_GUIDE81 = /説明会|募集要項|試験案内|受験案内|実施要項|ホームページ|市HP|公表/u
const OPEN_CASE_QUOTE_AND_SETTER_GATE = new ParagraphGate([QUESTIONED_ON_SUSPICION, PROSECUTION_PREPARED, QUOTE_CONTENT, SETTER_VOICE])
/** The wave-81 kinds (see the comment above QUESTIONED_ON_SUSPICION), run where the paragraph has no finding yet. */
export function runOpenCaseQuoteAndSetterKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = OPEN_CASE_QUOTE_AND_SETTER_GATE.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  if (!published(t) && !CASE_TOLD_OPENLY.test(t)) {
    emitAll(q, doc, t, QUESTIONED_ON_SUSPICION, 'confidential/investigation', emit, spans, once((m) => notAware(m) && !STORY_OR_HISTORY.test(t) && !RUMOUR_DENIED.test(t) && !INQUIRY_IN_PRACTICE.test(sentenceText(m))))
    if (!CASE_APPEAL.test(t)) emitAll(q, doc, t, PROSECUTION_PREPARED, 'confidential/investigation', emit, spans, once((m) => notAware(m) && !INQUIRY_IN_PRACTICE.test(sentenceText(m))))
  }
  if (q.may(QUOTE_CONTENT) && QUOTING_FIRM.test(t) && CONTRACT_CONTEXT.test(t) && !QUOTE_SETTLED.test(t) && !published(t)) {
    emitAll(q, doc, t, QUOTE_CONTENT, 'confidential/negotiation', emit, spans, once((m) => notAware(m) && !INQUIRY_IN_PRACTICE.test(sentenceText(m))))
  }
  if (q.may(SETTER_VOICE) && EXAM_WORD81.test(t) && !EXAM_OVER.test(t) && !EXAM_GUIDE81.test(t)) {
    emitAll(q, doc, t, SETTER_VOICE, 'confidential/pre-release', emit, spans, once((m) => {
      const after = t.slice(m.index, m.index + m[0].length + 120)
      return notAware(m) && STUDY_TIP.test(after) && (STUDY_PART.test(after) || SAID_IN_SECRET.test(after))
    }))
  }
}
/*
 * Blind wave 82 kinds (R413N, R416R): a firm's terms of trade, a meeting's handling settled beforehand, a post filled before the order and
 * an inquiry's interim findings, told by one who heard them on duty.
 * - Blind R413N-002, R416R-050 kind: a named business's unit price, purchase price or the discount it gives others (見積単価は1時間あたり
 *   …円; …をトン…円という単価で仕入れている; 他の自治体には2割引きで出している): TRADE_TERMS with a firm named in the paragraph, a
 *   business's trade secret (widening the wave-81 quote kind to unit prices, purchase prices and discounts offered to others). A unit price
 *   the city publishes (contract results on its site), the city's own fees, a price list a shop puts out and a sale in a shop stay clean.
 * - Blind R413N-014 kind: how a petition, a bill or a motion is to be handled, agreed at a pre-meeting before the committee sits (事前打合せ…
 *   請願は継続審査にする方向で段取りが固まりました; 根回しで…陳情は不採択とすることでまとまった): HANDLING_AGREED with a pre-meeting word
 *   (PRE_MEETING). The committee's result after it sits, the schedule fixed at a pre-meeting, and what 継続審査 means stay clean.
 * - Blind R413N-027 kind: a post said to be filled by a named person while it is still being settled (事務局長には総務部の…次長が就く方向で
 *   最終調整中; …課長が部長に昇格する線で固まりつつある): POST_FILLED_AHEAD. A personnel list announced, a move already made (着任しました),
 *   a search for the post with no one named and a vote of the council on a nominee stay clean.
 * - Blind R416R-036 kind: an inquiry's interim findings (調査の途中経過では…可能性が高く; 中間段階の分析だと…) with a named firm's blame or the
 *   formal release said to be still to come: INTERIM_FINDING. An interim report the city releases, a finding already announced, a promise to
 *   tell when it is known and another body's report in the press stay clean.
 */
const TRADE_TERMS = new RegExp(
  `(?:見積|契約|仕入れ?|卸|納入|取引|発注|請負|受注|時間)単価(?:は|が|を|で)?[、,]?[^。！？!?\\n]{0,14}?${VALUE}` +
    `|(?:${VALUE}|[0-9][0-9,.]{0,8}円)(?:という|の)[^。！？!?\\n]{0,8}?単価で(?:仕入|買い付け|買付|調達|納め|納入|卸|取引|契約|請け負|引き受け|引受|受け|請け|やって|運んで|配送|対応)` +
    `|(?:見積(?:もり|り)?|相見積(?:もり)?)(?:を)?(?:取|と)った[^。！？!?\\n]{0,4}?(?:他社|他の(?:業者|会社)|ほかの(?:業者|会社)|[A-ZＡ-Ｚ]社|[0-9０-９一二三]社)(?:さん)?(?:は|が|の(?:見積(?:もり|り)?|金額|額)は)[、,]?[^。！？!?\\n]{0,12}?(?:倍|割高|割増|高かった|高い|${VALUE})` +
    `|(?:仕入れ|仕入|卸|原価|調達)(?:値|価格|単価|額|コスト)(?:は|が)[、,]?[^。！？!?\\n]{0,14}?${VALUE}` +
    `|(?:他の|ほかの|他|よその|別の)(?:自治体|市町村|市|町|村|会社|企業|取引先|お客さん|顧客|業者|団体)(?:さん)?(?:には|に対しては|に対して|向けには|向けは|相手には)[、,]?[^。！？!?\\n]{0,10}?(?:[0-9０-９一二三四五六七八九十]{1,3}割(?:引き?|安く|値引き)|[0-9０-９]{1,3}(?:%|％|パーセント)(?:引き?|オフ|安く|値引き)|値引きして|安く(?:出し|卸し|売っ|して))`,
  'gu',
)
/** A unit price the city puts out, its own fee, a shop's price list or a sale. */
const TRADE_TERMS_PUBLIC = /契約結果|入札結果|落札(?:者|業者|金額|額|単価|し|となり)|公表し|公表してい|ホームページ|市HP|料金表|価格表|チラシ|特売|セール|販売してい|お買い得|使用料|手数料/u
const PRE_MEETING = /事前(?:の)?(?:打ち?合わ?せ|打合せ|協議|調整|相談|すり合わせ|勉強会)|下打ち?合わ?せ|根回し|水面下|正副委員長(?:と|で|会議|会|打)|(?:委員会|本会議|審査)(?:の)?(?:当日|前に|前の|の前)/u
const HANDLING_AGREED =
  /(?:請願|陳情|議案|案件|条例案|補正予算案?|意見書案?|動議|決議案)(?:は|を|について(?:は)?|の扱い(?:は)?)[、,]?[^。！？!?\n]{0,16}?(?:継続審査|閉会中審査|不採択|採択|否決|可決|見送|先送|審議未了|取り下げ|一部修正|修正可決|原案(?:どおり|通り))(?:に|と)?(?:する|とする|して|し|る)?(?:方向|段取り|方針|線|こと|形)(?:で|が|に)[^。！？!?\n]{0,10}?(?:固ま|まとま|決ま|一致|調整|合意|話がつ|落ち着|整)/gu
/** The committee's result after it sits, said as such. */
const HANDLING_DONE = /審査の結果|採決の結果|採決し|議決|となりました|に決定しました|決しました|されました/u
const POST_FILLED_AHEAD = new RegExp(
  `${POST_WORD}(?:に|には|のポスト(?:に|には)|の後任(?:に|には|として)?|の後釜(?:に|には)?)[、,]?[^。！？!?\\n]{0,24}?(?:が|を)(?:就く|就任|起用|充て|昇格|昇任|異動|座る|着任|就け|据え|抜擢|なる|横滑り|戻る)[^。！？!?\\n]{0,6}?(?:方向|見込み|見通し|線|案|こと|予定)(?:で|が|と|に)[^。！？!?\\n]{0,6}?(?:最終)?(?:調整|検討|固ま|まとま|内定|詰め|根回し)` +
    `|[\\p{Script=Han}\\p{Script=Katakana}]{1,8}(?:さん|氏|${POST_WORD})が[、,]?[^。！？!?\\n]{0,16}?${POST_WORD}に(?:就く|就任|起用|昇格|昇任|異動|座る|着任|なる|横滑り|戻る|抜擢)[^。！？!?\\n]{0,6}?(?:方向|見込み|見通し|線|案|こと)(?:で|が|と|に)[^。！？!?\\n]{0,6}?(?:最終)?(?:調整|検討|固ま|まとま|内定|詰め|根回し)`,
  'gu',
)
/**
 * Blind R442T-020, R444V-053 kind: a named post-holder's move at a personnel round to come (10月の人事では…課長が…に異動して…ことに
 * なりそう; 課長は4月の人事で異動となる方向で、現在調整が進んでいます), said to be likely or being settled: POST_MOVE_AT_ROUND. A list
 * announced (4月1日付人事異動を発表しました), a move already made (異動しました, 異動となりました) and a policy of a round with no one moving
 * (次の人事では若手を登用する方向) stay clean.
 */
const MOVE_ROUND = '(?:[0-9０-９一二三四五六七八九十]{1,2}月|来月|今月|次|今度|来年度|新年度|春|秋|今春|今秋|来春|年度末|年度途中)の(?:定期)?(?:人事異動|人事|異動)(?:で|では|に|にて|において|により)[、,]?'
const MOVER = `(?:${POST_WORD}|さん|氏|職員|主査|主任|主事)`
const MOVE_VERB = '(?:異動|転出|転任|昇格|昇任|栄転|交代|退任|配置換え|出向)(?:と(?:なる|なり)|に(?:なる|なり)|する|して|し[、,]|させる|させ)'
const MOVE_SETTLING = '(?:方向|見込み|見通し|線|案|こと)(?:で|が|に|と)[、,]?[^。！？!?\\n]{0,8}?(?:最終)?(?:調整|検討|固ま|まとま|内定|詰め|根回し|話が進|進ん|進め|なりそう|なる見込み|なる予定|なる見通し|なるらしい|なるよう)'
const POST_MOVE_AT_ROUND = new RegExp(
  `${MOVER}(?:は|が|も)[、,]?[^。！？!?\\n]{0,12}?${MOVE_ROUND}[^。！？!?\\n]{0,24}?${MOVE_VERB}[^。！？!?\\n]{0,14}?${MOVE_SETTLING}` +
    `|${MOVE_ROUND}[^。！？!?\\n]{0,24}?${MOVER}(?:は|が|も)[、,]?[^。！？!?\\n]{0,20}?${MOVE_VERB}[^。！？!?\\n]{0,14}?${MOVE_SETTLING}`,
  'gu',
)
/** A list announced or a move made, or a nominee put to the council. */
const POST_ANNOUNCED = /発表し|公表し|辞令|内示(?:があり|を受け|され)|着任しました|就任しました|議会の同意|同意案|選任案|ホームページ|市HP|広報/u
const INTERIM_FINDING =
  /(?:(?:調査|捜査|検証|点検|分析|調べ)(?:の)?(?:途中経過|中間(?:報告|結果|段階(?:の分析)?)|途中|現段階|現時点|これまで(?:の結果)?)|(?:これまでの|現時点の|現段階の|途中の|今の)(?:調査|捜査|検証|分析|調べ))(?:では|によると|によれば|だと|やと|で(?:は)?|の話では)[、,]?[^。！？!?\n]{0,60}?(?:可能性が(?:高|大き|濃|強)|とみられ|と見られ|とみて|濃厚|疑い(?:が|も)|原因(?:は|が)|責任(?:も|が)?問われ)/gu
/** A named firm's blame (…さんの責任も問われそう) or the formal release said to come later. */
const FIRM_BLAMED = /(?:さん|社|業者|会社|組)(?:の|に|にも)(?:責任|過失|落ち度|不備|ミス|賠償)(?:も|が)?(?:問われ|ある|あり|濃厚|求め|生じ)/u
const FORMAL_STILL_TO_COME = /正式(?:な|の|に)?(?:発表|公表|報告|結果)(?:は|が)?[^。！？!?\n]{0,6}?(?:まだ|これから|先|後日|未定|待ち|来週|来月|今週|週明け|明日|あす)|まだ(?:発表|公表)(?:され|して)(?:い)?(?:ない|ません|ておら)|公表前|発表前/u
/** An interim report released, another body's report in the press. */
const INTERIM_PUBLIC = /中間報告を(?:公表|発表|公開)|公表し|発表し|報道|新聞|ニュース|記者会見|ホームページ|市HP/u
const TRADE_TERMS_AND_AHEAD_GATE = new ParagraphGate([TRADE_TERMS, HANDLING_AGREED, POST_FILLED_AHEAD, POST_MOVE_AT_ROUND, INTERIM_FINDING])
/** The wave-82 kinds (see the comment above TRADE_TERMS), run where the paragraph has no finding yet. */
export function runTradeTermsAndAheadKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = TRADE_TERMS_AND_AHEAD_GATE.scan(t)
  if (published(t)) return
  if (q.may(TRADE_TERMS) && TRADE_FIRM.test(t) && !TRADE_TERMS_PUBLIC.test(t)) {
    emitAll(q, doc, t, TRADE_TERMS, 'confidential/negotiation', emit, spans, once((m) => notAware(m) && !INQUIRY_IN_PRACTICE.test(sentenceOf(t, m.index, m.index + m[0].length))))
  }
  if (q.may(HANDLING_AGREED) && PRE_MEETING.test(t) && !HANDLING_DONE.test(t)) {
    emitAll(q, doc, t, HANDLING_AGREED, 'confidential/meeting', emit, spans, once(notAware))
  }
  if (q.may(POST_FILLED_AHEAD) && !POST_ANNOUNCED.test(t)) {
    emitAll(q, doc, t, POST_FILLED_AHEAD, 'confidential/personnel', emit, spans, once(notAware))
  }
  if (q.may(POST_MOVE_AT_ROUND) && !POST_ANNOUNCED.test(t)) {
    emitAll(q, doc, t, POST_MOVE_AT_ROUND, 'confidential/personnel', emit, spans, once(notAware))
  }
  if (q.may(INTERIM_FINDING) && (FIRM_BLAMED.test(t) || FORMAL_STILL_TO_COME.test(t)) && !INTERIM_PUBLIC.test(t)) {
    emitAll(q, doc, t, INTERIM_FINDING, 'confidential/investigation', emit, spans, once(notAware))
  }
}
