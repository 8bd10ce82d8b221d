/**
 * confidential — A draft budget's figures before its release, a section's budget request before the assessment, withheld
 * parts of a disclosed paper told, an exam's or interview's question told, a screening's scores (runBudgetRequestAndExamQuestionKinds);
 * bids received while the tender is open, a bid's estimate, designated bidders, a pass mark, labour talks and other talks still going
 * on, a drill's scenario, moves to come, a settlement sum, a selection's scores (runBidExamAndTalksKinds). What stays clean: a release
 * to come with no figure, a budget announced or passed, the national 概算要求, past or practice questions, results published.
 *
 * Guideline clause 5(1): 秘密情報・機密情報を発信しない (rule ids confidential/*, metadata in meta.ts).
 */
import type { Span } from '../../text'
import { sentenceAround } from '../../doc'
import {
  AHEAD, BID_COMPANY, BID_CONTEXT58, BID_OVER, BUDGET_INSIDE, BUDGET_OUT58, CONSUMER, DRAFT_BUDGET_FIGURE, DRAFT_BUDGET_NOUN,
  DRAFT_BUDGET_OUT, EARLIER_YEAR_FIGURE, EXAM_NAMED, EXAM_PART, EXAM_PRACTICE_CLASS, EXAM_PUBLISHED_PART, EXAM_THEME_PUBLIC, EXAM_TO_COME,
  EXAM_TO_COME58, INCIDENT_ANNOUNCED, type KindContext, MOVE_ANNOUNCED, NEG_PARTY, OFFER_WORD, PARTY_FIGURE, PEEK, PEEK_CONTENT,
  PRELIM_FIGURE, ParagraphGate, type ParagraphKindContext, RELEASE_LATER, REQUEST_PUBLIC, REVEAL_NOTICE, STILL_GOING, TALKS_CONCLUDED,
  TALKS_ONGOING, TELL, UNION_TALKS, VALUE, VALUE58, emitAll,
} from './context'

/**
 * A release still to come: a day or an hour to come, then a press conference or release to be held or to announce (来週14日の市長定例記者
 * 会見で発表する, 明日10時から…記者発表を行います, 本日15時の会見で公表予定). Past forms (発表しました, 行いました) are not this.
 */
const RELEASE_EVENT = '(?:記者会見|定例会見|臨時会見|会見|記者発表|報道発表|プレスリリース|発表会|記者レク)(?:で|にて|を|が|は|に|の場で)?[^。！？!?\\n]{0,12}?'
const RELEASE_VERB =
  '(?:(?:発表|公表|お披露目|公開|説明)(?:する|します|される|されます|いたします|予定|の予定)|(?:行い|開き|開催し|実施し|予定して(?:い|お))(?:ます|り)|(?:行う|開く|開催する|実施する)(?:予定|ので|ため|こと)|予定(?:です|して|となって|になって)|を控え|に先立)'
const RELEASE_STILL_TO_COME = new RegExp(
  `(?:明日|あす|あした|明後日|あさって|来週|再来週|来月|今週|週明け|今度の|次回の|後日|[0-9]{1,2}日|[0-9]{1,2}時)[^。！？!?\\n]{0,24}?(?:${RELEASE_EVENT}${RELEASE_VERB}|(?:発表|公表|お披露目)(?:する|します|される|されます|いたします|予定|の予定))|(?:本日|今日)[^。！？!?\\n]{0,24}?${RELEASE_EVENT}${RELEASE_VERB}`,
  'u',
)
/** Blacked-out or withheld parts of a disclosed document, explained by telling what they hold. */
const BLACKED_OUT_TOLD = new RegExp(
  `(?:黒塗り|墨塗り|マスキング|非開示|不開示|黒く塗りつぶ|塗りつぶ|伏せ)(?:に|と)?(?:し|され|いたし)?(?:た|ている|てある|ました)?(?:部分|箇所|個所|ところ|所|項目|情報|内容|数字|金額|理由|もの|の)(?:は|には|の中身は|の内容は|って|[、,]実は)[、,]?[^。！？!?\\n]{0,40}?(?:${VALUE}|[\\p{Script=Han}]{1,4}(?<![皆各長員])(?:さん|様|氏)(?=[のとがは、,(]))`,
  'gu',
)
/** A section's budget request with its amount (4,200万円で要求を出しました, 要求額は4,200万円). */
const REQUEST_AMOUNT = new RegExp(
  `${VALUE}(?:で|を|の)?(?:予算)?要求(?:を出|を提出|を(?:し|行)|し(?:まし|た|て)|中|して|書|ベース|段階|が通|は通|[、。！!])|(?:予算)?要求(?:額|金額|した額|したの)?(?:は|が)[、,]?[^。！？!?\\n]{0,16}?${VALUE}`,
  'gu',
)
/** …inside the city's budgeting (財政課, 査定, 予算編成). */
const REQUEST_INSIDE = /財政課|財政担当|財政当局|財政部|査定|予算編成|予算要求/u
/** An exam's numbered question told ahead (本番の第12問は「…」についての問題です, 次の検定の問3は…). */
const EXAM_QUESTION_TOLD =
  /(?:本番|今年|今年度|今回|今度|次回|明日|あした|あす|来週|来月|次)の[^。！？!?\n]{0,16}?(?:第[0-9一二三四五六七八九十]{1,3}問|問[0-9一二三四五六七八九十]{1,3}(?![0-9題])|大問[0-9一二三四五六七八九十]{1,2}|最終問題|最後の問題|記述問題|論述問題|論文(?:の)?(?:テーマ|課題))(?:は|って|では|で)[、,]?[^。！？!?\n]{0,40}?(?:「[^」\n]{2,60}」|について|に関する|を問う|から出|の問題)/gu
/**
 * Blind R454F-009 kind: the answer to a question of a closed test told (研修の確認テスト、問2の正解は「…」; 説明会の理解度テストの答えは
 * ③です; 昇任試験の第5問の解答は…): a test set to staff, enumerators or trainees is sat again by the next group, so its answers are as
 * secret as its questions, whether the test is past or to come. The test is closed (CLOSED_TEST) or the answer is passed on to those who
 * sit it next (EXAM_NEXT_TAKERS). A quiz's answer (クイズの正解は…), a test's date and place, and answers the city publishes (解答速報,
 * 過去問, ホームページに掲載) stay clean.
 */
const EXAM_ANSWER_TOLD =
  /(?:第[0-9０-９一二三四五六七八九十]{1,3}問(?:目)?|問[0-9０-９一二三四五六七八九十]{1,3}(?![0-9０-９題])|大問[0-9０-９一二三四五六七八九十]{1,2}|最後の問題|最終問題|テスト|試験|考査|設問)(?:の)?(?:答え|正解|解答|正答|模範解答)(?:は|が|って)[、,]?[^。！？!?\n「」]{0,12}?(?:「[^」\n]{1,60}」|[①-⑩]|[(（][1-9１-９A-DＡ-Ｄア-エ][)）]|[1-9１-９ア-エA-DＡ-Ｄ#]番?(?=で(?:す|した)|だよ|。|！|!|$)|[○×〇]|マル|バツ)/gu
/** A closed test: one set in training or to staff (理解度テスト, 確認テスト, 修了試験, 効果測定, 研修の…テスト, 採用試験, 昇任試験). */
const CLOSED_TEST =
  /理解度(?:テスト|確認)|確認テスト|修了(?:テスト|試験|考査)|効果測定|小テスト|(?:研修|説明会|講習|講座|養成|調査員|職員)[^。！？!?\n]{0,12}?(?:テスト|試験|考査)|(?:採用|昇任|昇格|昇進|係長|主任|管理職|認定|資格)試験/u
/** …or the answer passed on to those who sit it next (次回の…参加される方は参考に, これから受ける方). */
const EXAM_NEXT_TAKERS = /次回|次の(?:回|方|人|受験)|これから受け|受ける(?:方|人|皆)|受験(?:する|予定の)|参加される方|予習|対策に/u
/** …not answers the city publishes, nor a prize quiz. */
const EXAM_ANSWER_PUBLIC = /公表|掲載|ホームページ|市HP|過去問|解答速報|正解発表|正解者|抽選|プレゼント|応募/u
/** An interview's or an exam's question quoted and said to be asked (今年の面接では「…」という質問を全員にする予定, ズバリ「…」と聞きます). */
const INTERVIEW_QUESTION_TOLD =
  /(?:(?:本番|今年|今年度|今回|今度|次回|明日|あした|あす|来週|来月|次)の[^。！？!?\n]{0,12}?(?:面接|面接試験|口述試験|試験|検定|選考|集団討論|グループ討論|グループディスカッション|討論)|本番)(?:では|で|の質問は|のテーマは|の課題は|のお題は)[、,]?[^。！？!?\n「」]{0,12}?「([^」\n]{2,80})」(?:と|って|という|との|を|について|が)(?:いう|の)?(?:質問|問題|お題|テーマ|課題)?(?:を|が|は)?[^。！？!?\n]{0,12}?(?:聞かれます|聞かれる(?:予定|よ|ので|から)|質問されます|問われます|出題されます|出されます|課されます|聞きます|聞く(?:予定|つもり|そう|ので|から|よ|こと)|尋ねます|お尋ねします|お聞きします|伺います|質問します|質問する(?:予定|つもり|ので)|出題します|出題する(?:予定|ので)|出します|出ます|出る(?:よ|ので|から|予定)|する予定|します|予定です)/gu
/** The standard questions every interview guide names (志望動機, 自己PR): no question of this year's told. */
const STANDARD_QUESTION = /^(?:志望動機|志望理由|自己PR|自己紹介|長所|短所|長所と短所|長所・短所|趣味|特技|趣味・特技|学生時代に力を入れたこと|ガクチカ)$/u
/** The question an exam to come will ask, named and quoted (今年の面接で聞く質問は「…」です). */
const EXAM_QUESTION_NAMED =
  /(?:本番|今年|今年度|今回|今度|次回|明日|あした|あす|来週|来月|次)の[^。！？!?\n]{0,12}?(?:面接|面接試験|口述試験|試験|検定|選考|集団討論|グループ討論|討論)(?:で|では)[、,]?(?:聞く|尋ねる|出す|出題する|使う|する)(?:予定の)?(?:質問|問題|お題|テーマ|設問)(?:は|が)[、,]?「([^」\n]{2,80})」/gu
/** …not a past exam, a practice one, an example or what the guide publishes. */
/** …in a post about an exam (not a quiz series). */
const EXAM_WORD = /試験|検定|テスト|入試|考査|面接|選考|受験|討論/u
const QUIZ_WORD = /クイズ|なぞなぞ|謎解き/u
const EXAM_NOT_AHEAD = /出題範囲|範囲|分野|科目|過去|昨年|去年|例年|前回|練習|例題|サンプル|模擬|過去問|例えば|たとえば|など(?:を|について|の)|募集要項|試験案内|受験案内|ホームページ|市HP|公表|掲載|聞かれ(?:まし|た)|出(?:まし)?た|出題され(?:まし)?た/u
/** A screening's rejected ones with their scores (不採択となった3団体はいずれも50点台でした, 48点で不採用となりました). */
const REJECTED_SCORE =
  /(?:不採択|不採用|落選|選外|不合格|不選定|非選定|選考漏れ|(?:採択|採用|選定)(?:され|に至ら)(?:なかった|ず)|選ばれなかった|落ちた)(?:と|に)?(?:なった|なりました|された|だった|の)?[^。！？!?\n]{0,24}?[0-9一二三四五六七八九十]{1,3}点(?:台|差|でした|だった|で|、|,|と|に|止まり|どまり|しか)|[0-9]{1,3}点(?:台)?(?:で|に(?:とど|止)まり|だった)[^。！？!?\n]{0,12}?(?:不採択|不採用|落選|選外|不合格)(?:と|に)?(?:なり|なった|でした|だった)/gu
/** The top or bottom of a screening named with its score (最高点は沖端の商店会で87点). */
const TOP_SCORE = /(?:最高点|最低点|最下位|トップ|次点|1位|一位)(?:は|が)[、,]?[^。！？!?\n]{1,20}?(?:で|の|が)[0-9]{1,3}点/gu
/** …a screening of applications (審査, 採択, プロポーザル, 補助金), not an exam's results. */
const SCREENING_CONTEXT = /審査|選考|採択|選定|プロポーザル|補助金|助成金|応募/u
/** …in a screening with rejected ones (審査, 選考, 応募; 不採択). */
const SCREENING_REJECTED = /不採択|不採用|落選|選外|不合格|不選定|選考漏れ|(?:採択|採用|選定)(?:され|に至ら)(?:なかった|ず)|選ばれなかった|落ちた/u
/** …not a contest of works (作品, 入賞) nor results the city publishes. */
const SCREENING_PUBLIC = /作品|力作|入賞|入選|受賞|表彰|コンテスト|コンクール|(?:結果|点数|得点)(?:を|は)?(?:ホームページ|市HP)|(?:公表|掲載)(?:しています|しております|しました)/u
/** A figure set as the basis of talks still going on (上限を年1,900万円として協議しています, 月50万円で交渉中). */
const FIGURE_IN_TALKS = new RegExp(
  `${VALUE}(?:程度|前後|以内|以下)?(?:として|で|を軸に|を目安に|を基準に|を前提に|をベースに|を上限に|を下限に)[、,]?[^。！？!?\\n]{0,10}?(?:協議|交渉|折衝|話し合|商談)(?:し|中|を(?:進め|続け|重ね))`,
  'gu',
)
/** …nor talks between public bodies on a project's cost (国と協議, 県との協議). */
const TALKS_PUBLIC_BODY = /(?:国|県|国土交通省|農林水産省|文部科学省|厚生労働省|総務省|環境省|経済産業省|財務省)(?:と|との|へ|に)/u
/** A personnel move told: who goes where, who succeeds (後任には…課長補佐が昇任して着任します, 観光課長は総務部付となり). */
const MOVE_TOLD =
  /(?:後任(?:に)?(?:は|には|として)|(?:次の|新しい|次期|新)[\p{Script=Han}\p{Script=Katakana}ー]{0,6}?(?:課長|部長|局長|次長|所長|館長|室長|係長|園長|校長|教頭|センター長|支所長|教育長)(?:は|には|に|として))[、,]?[^。！？!?\n]{0,30}?(?:課長|部長|局長|次長|所長|館長|室長|係長|補佐|主幹|参事|主査|主任|さん|氏|職員)[^。！？!?\n]{0,10}?(?:昇任|昇格|就任|着任|異動|就く|就き|起用|充て|着く|来られ|来ます|なります|となります|入ります|です|の予定|に決ま|で決ま)|(?:課長|部長|局長|次長|所長|館長|室長|係長|園長|校長|教頭|センター長|支所長|参事|主幹|課長補佐)(?:は|が)[、,]?[^。！？!?\n]{0,20}?(?:付(?:と|に)(?:なり|なる)|(?:へ|に)(?:異動|転出|昇任|昇格|栄転|転任|出向)(?:し|する|します|となり|となります|になります|予定|が決ま)|(?:部長|課長|局長|次長|所長|館長|室長|係長|参事|主幹|副市長|教育長|支所長|センター長|園長|校長|教頭|[\p{Script=Han}]{1,6}(?:課|部|室|局|支所|センター|事務所))(?:に|へ)(?:上が|昇|昇格|昇任|就|移|抜擢|栄転|格上げ)(?:る|り|ります|って|られ|す|します|され)|で退職|を退き|勇退)/gu
/** …while the formal step is still to come (辞令の交付はまだ先, 内示の段階, 正式な発表は来週, ひと足先に). */
const MOVE_PENDING =
  /辞令(?:の交付|交付)?(?:は|が)?[^。！？!?\n]{0,6}?(?:まだ|これから|先|後日|来週|来月|前)|内示(?:前|の段階|段階|はまだ|が出た|を受けた|があった|がありました|が出ました)|発令(?:前|はまだ|はこれから|まで)|(?:正式|公式)(?:な|に)?(?:発表|発令|公表|辞令)(?:は|が|前|まで)|(?:公表|発表)(?:前|はまだ|はこれから|されるまで)|先にお(?:伝え|知らせ)|ひと足先に|一足先に|一足早く|ここだけ|内緒|ないしょ|オフレコ/u
/** An incident's count (接種間違いが9件, 9件の誤送付). */
const INCIDENT_NOUN =
  '(?:接種(?:間違い|ミス|誤り|事故)|誤接種|取り違え|誤投与|誤配|過払い|二重払い|誤発行|誤記載|間違い|誤り|ミス|事故|誤交付|誤送付|誤送信|誤発送|誤配布|誤支給|誤請求|誤徴収|過大徴収|紛失|漏えい|漏洩|流出|過誤|不適切な(?:事務|処理|取り扱い|取扱い))'
const INCIDENT_COUNT = new RegExp(
  `${INCIDENT_NOUN}(?:が|は)?[、,]?[^。！？!?\\n]{0,8}?[0-9一二三四五六七八九十]{1,4}(?:件|人|名|回|世帯|校|か所)|[0-9一二三四五六七八九十]{1,4}件の${INCIDENT_NOUN}`,
  'gu',
)
/** …while its report and publication are still to come (県への報告と公表はこれから, 公表前, まだ公表していない). */
const INCIDENT_REPORT_AHEAD =
  /(?:報告|公表)(?:と(?:公表|報告))?(?:は|が|も)?(?:まだ|これから|今後)|(?:公表|報告)(?:は|が)?[^。！？!?\n]{0,8}?(?:予定|来週|来月|後日)|(?:公表|発表|報告)前|まだ(?:公表|発表|報告)(?:して|され)(?:い)?(?:ない|ません)/u
const BUDGET_REQUEST_AND_EXAM_QUESTION_GATE = new ParagraphGate([
  DRAFT_BUDGET_NOUN, RELEASE_STILL_TO_COME, DRAFT_BUDGET_FIGURE, DRAFT_BUDGET_OUT, BLACKED_OUT_TOLD, REQUEST_AMOUNT, REQUEST_INSIDE, REQUEST_PUBLIC,
  EXAM_QUESTION_TOLD, EXAM_ANSWER_TOLD, INTERVIEW_QUESTION_TOLD, EXAM_QUESTION_NAMED, EXAM_WORD, QUIZ_WORD, REJECTED_SCORE, TOP_SCORE, SCREENING_CONTEXT, SCREENING_REJECTED, SCREENING_PUBLIC, PARTY_FIGURE, FIGURE_IN_TALKS,
  TALKS_ONGOING, TALKS_CONCLUDED, MOVE_TOLD, MOVE_PENDING, MOVE_ANNOUNCED, INCIDENT_COUNT, INCIDENT_REPORT_AHEAD, INCIDENT_ANNOUNCED,
])
/** The budget-request, exam-question and screening-score kinds (first caught as conf57) (see the comment above DRAFT_BUDGET_NOUN), run after the family's other readings so theirs keep their span. */
export function runBudgetRequestAndExamQuestionKinds({ input, t, spans, notAware, aware, once, futureRelease }: KindContext): void {
  const { doc, emit } = input
  const q = BUDGET_REQUEST_AND_EXAM_QUESTION_GATE.scan(t)
  const sentence = (m: RegExpExecArray): Span => sentenceAround(t, m.index, m.index + m[0].length)
  // A draft budget's figures while its release is still to come.
  if (q.has(DRAFT_BUDGET_NOUN) && q.has(RELEASE_STILL_TO_COME) && !q.has(DRAFT_BUDGET_OUT)) {
    emitAll(q, doc, t, DRAFT_BUDGET_FIGURE, 'confidential/pre-release', emit, spans, once((m) => {
      const here = sentence(m)
      return notAware(m) && !EARLIER_YEAR_FIGURE.test(t.slice(here.start, m.index + m[0].length))
    }))
  }
  // The release named for later in wordings FUTURE_RELEASE misses, then told first (…市長定例記者会見で発表する…、ひと足先に…).
  if (!futureRelease && q.has(RELEASE_STILL_TO_COME)) {
    emitAll(q, doc, t, PEEK, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && PEEK_CONTENT.test(t.slice(m.index + m[0].length, m.index + m[0].length + 60))))
  }
  // Withheld parts of a disclosed document, told.
  emitAll(q, doc, t, BLACKED_OUT_TOLD, 'confidential/staff-only', emit, spans, once(notAware))
  // A section's budget request amount inside the budgeting.
  if (q.has(REQUEST_INSIDE) && !q.has(REQUEST_PUBLIC)) emitAll(q, doc, t, REQUEST_AMOUNT, 'confidential/budget', emit, spans, once(notAware))
  // An exam's or an interview's question told ahead.
  const examKeep = once((m) => {
    const here = sentence(m)
    return notAware(m) && !EXAM_NOT_AHEAD.test(t.slice(here.start, here.end))
  })
  if (q.has(EXAM_WORD) && !q.has(QUIZ_WORD)) {
    emitAll(q, doc, t, EXAM_QUESTION_TOLD, 'confidential/pre-release', emit, spans, examKeep)
    emitAll(q, doc, t, INTERVIEW_QUESTION_TOLD, 'confidential/pre-release', emit, spans, (m) => !STANDARD_QUESTION.test(m[1] ?? '') && examKeep(m))
    emitAll(q, doc, t, EXAM_QUESTION_NAMED, 'confidential/pre-release', emit, spans, (m) => !STANDARD_QUESTION.test(m[1] ?? '') && examKeep(m))
    if (q.may(EXAM_ANSWER_TOLD) && (CLOSED_TEST.test(t) || EXAM_NEXT_TAKERS.test(t)) && !EXAM_ANSWER_PUBLIC.test(t)) {
      emitAll(q, doc, t, EXAM_ANSWER_TOLD, 'confidential/pre-release', emit, spans, once(notAware))
    }
  }
  // A screening's scores with the rejected ones'.
  if (q.has(SCREENING_REJECTED) && !q.has(SCREENING_PUBLIC)) {
    const scoreKeep = once(notAware)
    emitAll(q, doc, t, REJECTED_SCORE, 'confidential/pre-release', emit, spans, scoreKeep)
    if (q.has(SCREENING_CONTEXT)) emitAll(q, doc, t, TOP_SCORE, 'confidential/pre-release', emit, spans, scoreKeep)
  }
  // A negotiation's offers while it goes on.
  if (q.has(TALKS_ONGOING) && !q.has(TALKS_CONCLUDED)) {
    emitAll(q, doc, t, PARTY_FIGURE, 'confidential/negotiation', emit, spans, once((m) => {
      const here = sentence(m)
      return notAware(m) && OFFER_WORD.test(t.slice(m.index, Math.min(here.end, m.index + m[0].length + 16)))
    }))
    emitAll(q, doc, t, FIGURE_IN_TALKS, 'confidential/negotiation', emit, spans, once((m) => {
      const here = sentence(m)
      return notAware(m) && !TALKS_PUBLIC_BODY.test(t.slice(here.start, here.end))
    }))
  }
  // A personnel move before its formal step.
  if (q.has(MOVE_PENDING) && !q.has(MOVE_ANNOUNCED)) emitAll(q, doc, t, MOVE_TOLD, 'confidential/personnel', emit, spans, once(notAware))
  // An incident's count before its report and publication.
  if (q.has(INCIDENT_REPORT_AHEAD) && !q.has(INCIDENT_ANNOUNCED)) {
    emitAll(q, doc, t, INCIDENT_COUNT, 'confidential/incident', emit, spans, once((m) => {
      const here = sentence(m)
      const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
      return notAware(m) && !aware(t.slice(here.start, next.end)) && INCIDENT_REPORT_AHEAD.test(t.slice(here.start, Math.max(here.end, next.end)))
    }))
  }
}
/*
 * ── conf58 (blind R317C-001/009/011/012/013/016/018/023/024/031/033/034/038/039/040/044/045/046/053/054/059, R320M-053) ──
 * 'Things staff leak in good faith': an internal, not-yet-public matter (a process still running or an internal paper) told with its
 * concrete value, in an ordinary sentence. Each kind is read as Japanese says it in general; its public counterpart stays clean.
 * - Bids received while the tender is still open (封筒が2通しか届いていません, 入札書は今のところ3社から, 入札は2社だけ): BID_RECEIVED
 *   with BID_OPEN. A result published, a past tender and the rules of submission stay clean.
 * - A survey's or a tally's figures told ahead of its report (報告書がまとまるのは3月ですが、ひと足早くお届けします): AHEAD58 with
 *   REPORT_LATER and a figure. A report published and a notice to wait stay clean.
 * - A section's budget request and the finance office's assessment with their sums (2億1,400万円を財政課に要求しました; 要求した1億4,000万円の
 *   うち、ついたのは9,000万円): REQUEST_TO_FINANCE, ASSESSED_FIGURE. A budget announced, passed or published stays clean.
 * - An exam's pass mark told before the results are announced (採点が終わりました。教養試験は62点以上の方が2次試験に進みます。合格発表は…):
 *   PASS_LINE. A pass mark as a published rule (検定は70点以上で合格), results announced stay clean.
 * - The result of labour talks before it is published (期末手当の上乗せは0.05月分…で合意しています。組合ニュースが配られる前ですが):
 *   UNION_AGREED. A bill put to the council, a pay revision published stay clean.
 * - A negotiation's offers while it goes on, in the wordings conf57's TALKS_ONGOING misses (条件をつめているところ…3回目の面談) and a price
 *   moved (最初は坪22万円…いまは坪18万5千円まで歩み寄って): PARTY_FIGURE with TALKS_ONGOING58, PRICE_MOVED. A deal concluded, a listing's price
 *   lowered and a fee at an event stay clean.
 * - A drill's scenario kept from staff, told (職員には想定を知らせない形で…震度6弱、本庁舎東棟3階から出火、という想定): DRILL_SCENARIO with
 *   BLIND_DRILL. A public drill's time and siren, a drill done and a definition stay clean.
 * - A plan decided inside while those it affects are still to be told (地権者の皆さんへの説明会がまだなので…斜めに抜ける線で決まっています):
 *   AFFECTED_NOT_TOLD then DECIDED58. A briefing announced with nothing told, and a plan published stay clean.
 * - An exam's content told by one who set it, or a past question said to be set again (作問を手伝った立場から…択一は地方自治法から15問;
 *   去年の第3問は数字を変えて再び出しています): EXAM_SETTER with EXAM_CONTENT, REUSED_QUESTION. Past papers and published scopes stay clean.
 * - Quotes taken from competing vendors, with their sums, before the contract (3社から見積もりをいただき、いちばん安かったのは…382万8千円):
 *   QUOTE_FIGURE with QUOTES_TAKEN. A contract concluded or a bid result published stays clean.
 * - An exam part's theme given with the theme before the word (論文は「…」をテーマに…出題します; 作文は「…」がテーマです): EXAM_THEME_GIVEN58,
 *   read with the family's EXAM_TO_COME (and 今のうちに, 練習して). Past themes and prep classes stay clean.
 * - Personnel moves to come, counted or by post (4月の異動、今年は課長級で11人が動きます; 観光課と…は課長が両方とも入れ替わります):
 *   MOVES_AHEAD. Moves announced (人事異動を発表しました) and a move made stay clean.
 * - The estimated price of a tender still to be opened (目安として税抜き2,740万円前後で積算しています): BID_ESTIMATE. A price published
 *   beforehand (事前公表) and a result stay clean.
 * - How many staff of a unit are off sick (私の部だけでも…休職している職員が6人): SICK_LEAVE_COUNT. A city-wide figure published stays clean.
 * - A settlement sum offered in a lawsuit still going on (解決金を320万円とする市の案を…代理人にお示ししました): SETTLEMENT_OFFER. A settlement
 *   reached, a bill for it and the claim stay clean.
 * - A selection's scores of the applicants before publication (現在の管理者が72点、新たに応募された事業者が81点): APPLICANT_SCORES. Scores
 *   published and a contest's results stay clean.
 * - Designated bidders named before the opening (…建設株式会社、…の3社を指名いたしました): BIDDERS_DESIGNATED. A result stays clean.
 * - A decision in the mayor's voice after the release is said to come later (報道発表は来週になりますが、…跡地に建設することにいたしました):
 *   RELEASE_LATER with DECIDED_CLAUSE. A figure to be reported to the council first, told ahead (12月議会の委員会でご報告する数字ですが、
 *   皆さまにはひと足早くお伝えします): REPORTED_LATER_FIGURE.
 * Review (rvconf): AHEAD_TOLD needs its verb in every alternative (a bare いち早く told nothing); a promise to tell once ready (まとまり次第
 * いち早く), a drill's hazard alone, a briefing's own date or a work's start, a briefing announced, an exam sat, a question said not to come
 * again, consumer advice on quotes and settlements, a citizens' test or an exam guide, others' wage talks, moves from the press release and a
 * selection published stay clean. Outside this block: one's own 内示 (ownNaijiEvent), a formal penalty the city imposed (FORMAL_DISCIPLINE),
 * a 予定価格 said 事前公表 in the paragraph and a call for bidders (【入札参加者募集】).
 */
/** Told ahead: ひと足早くお届けします, いちばんに見てほしくて, 先行してお伝えします. */
const AHEAD58 =
  /(?:一足|ひと足|ひとあし)(?:早く|先に|お先に|はやく)|いち早く|先行して|先んじて|いちばんに|一番に|真っ先に|誰よりも早く/u
const AHEAD_TOLD = new RegExp(
  `(?:${AHEAD58.source})[^。！？!?\\n]{0,14}?(?:お届け|届け|お伝え|伝え|お知らせ|お見せ|見せ|見てほし|見ていただき|ご報告|ご紹介|紹介|公開|載せ)`,
  'gu',
)
/** A report or a result still to be put together or released (報告書がまとまるのは3月, 正式な結果が出るのは来月, 報告書の公表は3月の予定). */
const REPORT_LATER =
  /(?:報告書|調査結果|集計結果|結果|正式な?(?:結果|数字|数値)|確定値|確定版|最終報告|取りまとめ|とりまとめ)(?:の(?:公表|発表|公開|完成))?(?:が|は)[、,]?[^。！？!?\n]{0,8}?(?:(?:まとまる|出る|出そろう|出揃う|公表される|発表される|公開される|完成する|できあがる|確定する)(?:の)?(?:は|が)[、,]?[^。！？!?\n]{0,10}?(?:[0-9]{1,2}月|来月|来週|年度末|年明け|来年|先)|(?:[0-9]{1,2}月|来月|年度末|年明け)[^。！？!?\n]{0,6}?(?:の予定|予定|になり|にな|ごろ|頃))/u
const SURVEY_WORD = /調査|アンケート|集計|統計|診断|検査|測定|点検/u
const SURVEY_FIGURE = /[0-9][0-9.,]*(?:%|％|ポイント|人|件|世帯|円|倍|割|点)/u
/**
 * Review of conf58 (rvconf): told ahead only once the report is ready (まとまり次第いち早くお届けします, 結果が出たら真っ先にお知らせします) is a
 * promise of the release, nothing told before it.
 */
const ONCE_READY = /(?:次第|(?:出|まとまっ|まとまり|でき|そろっ|揃っ|確定し|公表され|発表され|届い|入っ)(?:たら|ましたら)|(?:公表|発表|公開)(?:後|の後|され次第))[、,]?\s?$/u
const SURVEY_OUT = /(?:公表|公開|発表|掲載)(?:しました|いたしました|して(?:い|お)(?:ます|ります)|済み)|ホームページ|市HP|速報(?:版|値)?を(?:公表|公開|掲載)/u
/** Bids or proposals received, counted, while the tender is still open (封筒が2通しか届いていません, 3社から入札書が届いています, 入札は今のところ2社だけ). */
const BID_PAPERS = '(?:入札書|封筒|応札|企画提案書|提案書|参加申請書?|参加申込書?|見積書|応募|(?<![入落応])札)'
const BID_RECEIVED = new RegExp(
  `${BID_PAPERS}(?:に|へ)?(?:が|は|も)[、,]?(?:今のところ|いまのところ|現時点で|現在|今日時点で|今日までに|まだ|すでに)?[、,]?(?:わずか|たった|まだ)?[0-9一二三四五六七八九十]{1,3}(?:通|件|社|者|枚|部)(?:から)?(?:も|しか|だけ|ほど|のみ)?[、,]?(?:届|来て|来と|集ま|入っ|提出され|寄せられ|ありませ|です|でした|となって)` +
    `|[0-9一二三四五六七八九十]{1,3}(?:社|者|業者)(?:しか|だけ|のみ)?(?:から)?(?:の)?${BID_PAPERS}(?:が|しか|は)?[、,]?(?:届|来て|来と|集ま|入っ|提出され)` +
    `|入札(?:に|へ)?(?:は|も|が)[、,]?(?:今のところ|いまのところ|現時点で|現在|まだ)?[、,]?(?:わずか|たった)?[0-9一二三四五六七八九十]{1,2}(?:社|者|業者)(?:しか|だけ|のみ)`,
  'gu',
)
const BID_OPEN =
  /締(?:め)?切(?:り)?(?:日)?(?:まで|は)(?:あと|まだ|残り)|あと[0-9一二三四五六七八九十]{1,2}日|まだ間に合|受付(?:期間)?中|公告中|(?:来週|明日|あす|来月|[0-9]{1,2}日)の?開札|開札(?:は|が)?(?:まだ|これから|来週|明日|[0-9]{1,2}日)|今のところ|いまのところ|現時点で|お待ちしています|お待ちしております/u
const REQUEST_TO_FINANCE = new RegExp(
  `${VALUE58}(?:を|で)[、,]?[^。！？!?\\n、,]{0,10}?(?:財政課|財政担当|財政当局|財政部|財政|市長査定)(?:に|へ)(?:予算)?(?:要求|要望)(?:しました|した|して(?:い|お)|しとる|を(?:出|提出|し))`,
  'gu',
)
/** What the assessment left of a request (要求した1億4,000万円のうち、ついたのは9,000万円; 認められたのは半分の3千万円). */
const ASSESSED_FIGURE = new RegExp(
  `要求(?:した|していた|しとった|額の?)[^。！？!?\\n]{0,4}?${VALUE}(?:の)?(?:うち|に対して|に対し|から|が)[、,]?[^。！？!?\\n]{0,16}?(?:つい|付い|認められ|通っ|残っ|査定され|削られ|計上され|減らされ|カットされ)` +
    `|(?:つい|付い|認められ|通っ|残っ|計上され)たの(?:は|が)[、,]?[^。！？!?\\n]{0,10}?${VALUE}` +
    `|(?:財政課|財政担当|財政当局|財政)(?:に|へ)(?:出した|提出した|上げた)(?:予算)?要求(?:額)?(?:は|が)[、,]?[^。！？!?\\n]{0,10}?${VALUE}` +
    `|査定(?:で|では|の結果)[、,]?[^。！？!?\\n]{0,16}?${VALUE}(?:に|まで)(?:減|削|圧縮|カット|抑え|減額)`,
  'gu',
)
/** An exam's pass mark (62点以上の方が2次試験に進みます; 合格ラインは62点; ボーダーは58点). */
const PASS_LINE =
  /[0-9]{1,3}点(?:以上|を超え(?:た|る)|超え)(?:の)?(?:方|人|者|受験者|皆さん|皆さま)?(?:が|は|で)[、,]?[^。！？!?\n]{0,16}?(?:合格(?:です|となり|になり|とな|にな|し)|通過(?:です|し|とな)|突破|(?:次の?|[0-9一二三]次)(?:試験|選考|面接|審査)?に進|進みます|進めます|進むこと)|(?:合格|通過)(?:ライン|ボーダー|基準点|最低点)(?:は|が)[、,]?[^。！？!?\n]{0,8}?[0-9]{1,3}点|(?:ボーダー(?:ライン)?|足切り(?:ライン|点)?)(?:は|が)[、,]?[^。！？!?\n]{0,8}?[0-9]{1,3}点|[0-9]{1,3}点(?:が|で)[、,]?(?:合格|通過)?(?:ライン|ボーダー|合格最低点|最低点|基準点)/gu
const EXAM_SCORED = /(?:採点|集計|審査)(?:が|を|は|も)?[、,]?(?:すべて|全て|ようやく)?(?:終わ|終え|済み|済ませ|完了)/u
const CITY_EXAM_NOW = /(?:今年|今回|今年度|本年度)の[^。！？!?\n]{0,8}?(?:職員採用|採用試験|昇任試験|昇格試験|[一二1-2]次試験|第[一二1-2]次)/u
const PASS_PENDING =
  /合格(?:者)?(?:の)?発表(?:は|が)(?![^。！？!?\n]{0,12}?(?:終わ|済み|行いました|しました|いたしました))|(?:合格|結果)(?:発表|通知|公表)?(?:の)?(?:前|まで|はまだ|はこれから)|結果(?:の)?(?:通知|発表|公表|お知らせ)(?:は|が)[^。！？!?\n]{0,16}?(?:予定|来週|後日|曜|日)|お待ちください/u
/**
 * Review of conf58 (rvconf): a pass mark told after the marking is the city's secret only for a staff exam (採用, 昇任, 一次試験); a citizens'
 * test states its pass mark as a standing rule (柳川検定の採点が終わりました。…なお、70点以上で合格です).
 */
const STAFF_EXAM = /採用|昇任|昇格|昇進|係長試験|主任試験|管理職試験|[一二1-2１２]次(?:試験|選考)?|教養試験|専門試験|職員/u
/** …and the exam's published guide stating its pass mark (今年の職員採用試験の案内です。…60点以上の方が2次試験に進みます). */
const EXAM_GUIDE58 = /試験(?:の)?案内|受験案内|募集案内|募集要項|実施要領|実施要綱|試験要綱|(?:試験|採用)[^。！？!?\n]{0,10}?の案内です/u
const PASS_PUBLIC = /合格(?:者)?(?:を)?発表(?:しました|いたしました)|合格者(?:の)?(?:受験番号)?を(?:掲載|公表)|満点の/u
/** …a figure settled or offered in them (上乗せは0.05月分, 1,080円から1,120円に上げることで合意). */
const UNION_AGREED = new RegExp(
  `(?:[0-9.]+(?:か|ヶ|カ)?月分|${VALUE}|[0-9.]+(?:%|％|パーセント|時間|日|人|名)|[0-9]+号給)[^。！？!?\\n]{0,40}?(?:ことで|ことに|線で|内容で|で)?(?:合意|妥結|決着|まとま(?:り|っ)|折り合|回答(?:が|を)?(?:あ|得|いただ|し)|提示(?:し|され|が|を))`,
  'gu',
)
const UNION_OUT = /市内企業|民間|全国|県内|国内|企業の|商工会議所|連合|経団連|調べ|集計|人事院|人事委員会|議会|条例|議案|可決|公表し|発表し|ホームページ|市HP|広報/u
/** Talks still going on, in wordings conf57's TALKS_ONGOING misses (条件をつめているところ, 3回目の面談, もうひと踏ん張り). */
const TALKS_ONGOING58 =
  /(?:条件|価格|金額|単価|細部|詳細|中身|契約内容)(?:を|の)?(?:つめ|詰め)(?:て(?:いる|います|おり|る|いき|いく)|の段階|ている最中)|(?:つめ|詰め)ている(?:ところ|最中|段階)|[0-9一二三四五六七八九十]+回目の(?:面談|協議|交渉|話し合い|打ち合わせ|打合せ|商談)|(?:面談|協議|交渉|話し合い|商談)を(?:重ね|続け)|もう(?:ひと|一)(?:踏ん張り|押し|息)|あと(?:ひと|一)(?:踏ん張り|押し|息)|年内に(?:は)?(?:まとめ|合意)|まとめられるよう|まとめたい|合意を目指|(?:お返事|回答|返答|返事)(?:が|を)(?:ありました|あった|いただき|いただいた|もらい|もらった)/u
const TALKS_PARTY = /先方|相手方|相手側|地権者|所有者|地主|用地|買収|買い取り|買取|借地|土地|企業|メーカー|事業者|社長|会社|オーナー|交渉|協議|面談/u
const OFFER_WORD58 = /どうか|いかが|お返事|返事|回答|打診|提示|希望|要求|要望|条件|提案|主張|限界|上限/u
/** A price moved in the talks (最初は坪22万円とのお話でしたが、いまは坪18万5千円まで歩み寄って). */
const PRICE_MOVED = new RegExp(
  `(?:最初|当初|はじめ|初め)(?:は|の(?:ご)?(?:提示|希望|お話)(?:は)?)[、,]?[^。！？!?\\n]{0,16}?${VALUE}[^。！？!?\\n]{0,30}?${VALUE}(?:まで|に)[、,]?[^。！？!?\\n]{0,6}?(?:歩み寄|下が|下げ|譲歩|値下げ|上が|引き上げ|縮ま|近づ|近付)` +
    `|${VALUE}(?:まで|に)(?:歩み寄|譲歩し|折れ)(?:って|り|ってい|ていただ|いただ|てくださ|てもら)`,
  'gu',
)
const TALKS_DONE = /合意しました|合意いたしました|合意に至りました|締結|契約しました|契約を結び|妥結|決着しました|まとまりました|議決|可決|取得しました|購入しました/u
const PRICE_LISTED = /空き家バンク|物件|売り出|内覧|販売価格|分譲|売地|売家|購入希望|入居|出店料|出展料|参加費|利用料|使用料/u
/** A drill held without telling staff its scenario (職員には想定を知らせない形で, ブラインド型訓練, 抜き打ちで). */
const BLIND_DRILL =
  /(?:想定|シナリオ|訓練内容|発生時刻|発災時刻|内容|日時)(?:を|は)[、,]?(?:職員|参加者|参加職員|対象者|受講者|各課|現場|当日まで)?(?:に(?:は|も)?)?[、,]?(?:事前に|あらかじめ|前もって)?(?:知らせ|伝え|明かさ|示さ|教え|お知らせし|公表し)(?:ない|ず|ません)|ブラインド(?:型|方式)?(?:の)?訓練|シナリオ非提示|抜き打ち(?:の|で)?(?:訓練|形|で(?:行|実施|やり))/u
/** …and its scenario told (午前10時12分に震度6弱、本庁舎東棟3階から出火、という想定). */
const DRILL_SCENARIO =
  /(?:震度[0-9一二三四五六七]|出火|火災(?:が)?発生|地震(?:が)?発生|津波|浸水|停電|けが人|負傷者|不審者|爆発)[^。！？!?\n]{0,30}?(?:という|との)?(?:想定|シナリオ)|(?:想定|シナリオ)(?:は|で(?:は)?)[、,]?[^。！？!?\n]{0,30}?(?:震度|出火|発生|[0-9]{1,2}時|[0-9]{1,2}分)/gu
/**
 * Review of conf58 (rvconf): the scenario kept from staff is its details, a time or a place (午後2時に…, 本庁舎2階の給湯室から出火); the hazard
 * alone (震度6強の地震を想定した訓練です) is what every drill notice says.
 */
const DRILL_DETAIL = /[0-9０-９]{1,2}時|[0-9０-９]{1,2}分|午前|午後|正午|[0-9０-９一二三四五六七八九]階|から出火|付近|給湯室|[室棟館]から|号館/u
const DRILL_TO_COME = /実施します|行います|予定|来月|来週|準備を進め|準備して/u
const DRILL_EXAMPLE = /例えば|たとえば|など|といった|のような/u
/** Those a plan affects not yet told (地権者の皆さんへの説明会がまだなので, 地元への説明前ですが). */
const AFFECTED_NOT_TOLD =
  /(?:地権者|地元|住民|権利者|所有者|自治会|町内会|区長|関係者|関係地区|沿線)(?:さん|様|の(?:皆さん|皆様|皆さま|方々|方))?(?:へ|に|への|に対する|向けの)?(?:の)?(?:説明(?:会)?|ご説明)(?:が|は|も)?[、,]?(?:まだ|これから|済んでいない|済んでいません|終わっていない|前)/gu
/** …then the plan told as decided (…斜めに抜ける線で決まっています). */
const DECIDED58 =
  /(?:で|に|と)(?:決ま|固ま)(?:って(?:い|お)|りました|った|っとる)|ことに(?:決ま|決定|な)(?:って|りました|った)|決定して(?:い|お)|確定して(?:い|お)|(?:ルート|路線|線形|建設地|建設場所|候補地|予定地|移転先|場所|区域|対象(?:地|地区|区域|世帯|者)?)(?:(?:に|と)なる(?:の)?)?(?:は|が)[、,]?[^。！？!?\n]{1,30}?(?:です|になります|となります|になる予定|となる予定|の予定です)/u
/**
 * Review of conf58 (rvconf): what is settled is the briefing itself or a work's start (説明会の日程は6月15日に決まりました, 工事は12月に始まる
 * ことになりました), or the briefing is announced to the affected in the post (来月から順次開催します, 引き続き開催します) with no site, route
 * or purchase in it: a notice, nothing decided over their heads.
 */
const BRIEFING_ITSELF = /(?:説明会|会議|会)(?:の)?(?:日程|日時|開催日|会場|場所)|(?:日程|日時|開催日|会場)(?:は|が|も)/u
const WORK_START = /(?:[0-9０-９]{1,2}月|来月|来年|来年度|年明け|[0-9０-９]{1,2}日)[^。！？!?\n]{0,10}?(?:から|に|より)?[、,]?[^。！？!?\n]{0,4}?(?:始ま|開始|着工|着手|再開|完了|終わ|開通|供用)/u
const BRIEFING_HELD = /(?:説明会|説明)(?:を|は|も)?[^。！？!?\n]{0,16}?(?:開催(?:します|いたします|を予定|予定)|行います|開きます|実施します)|(?:順次|引き続き|改めて)(?:開催|実施|ご説明)/u
const PLAN_CHOICE = /ルート|路線|線形|建設地|建設場所|候補地|予定地|移転先|跡地|買収|換地|用地|方針|[0-9０-９一二三四五六七八九十]+(?:軒|世帯|戸|筆)/u
const PLAN_OUT58 = /公表|発表し|ホームページ|市HP|都市計画決定|告示|縦覧|説明会(?:で|にて)[^。！？!?\n]{0,10}?(?:お示し|ご説明|説明)(?:します|いたします|する予定)/u
/** One who set or marks an exam (作問を手伝った立場から, 問題作成を担当していて). */
const EXAM_SETTER = /(?:作問|出題|問題作成|試験問題(?:の)?作成|採点)(?:を|に)(?:手伝|担当|関わ|かかわ|携わ|協力|参加)|(?:作問|出題|試験|問題作成)委員(?:を|に|として|の一人)/u
/** …and the exam's content told (今年の択一は地方自治法から15問). */
const EXAM_CONTENT =
  /(?:今年|今年度|今回|本番|次回|次)の[^。！？!?\n]{0,10}?(?:択一|筆記|問題|試験|出題|記述|論文)[^。！？!?\n]{0,10}?(?:は|では)[、,]?[^。！？!?\n]{0,24}?(?:から|より)?[0-9一二三四五六七八九十]{1,3}問/gu
/** A past question said to be set again (去年の第3問と第7問は、数字を変えて再び出しています). */
const REUSED_QUESTION =
  /(?:去年|昨年|前回|過去|昨年度|前年度)の[^。！？!?\n]{0,16}?(?:第?[0-9一二三四五六七八九十]{1,3}問|問題|設問)[^。！？!?\n]{0,24}?(?:再び|また|もう一度|そのまま|再度|再)(?:出して|出し(?:ます|てい)|出題し(?:ます|てい)|出します|出ます|出る)/gu
/** …in a post about an exam to come (今年の, 受ける皆さん). */
const EXAM_AHEAD58 = /今年|今年度|今回|本番|次回|受ける|受けられる|受験する|受験される|臨む|臨まれる/u
/** Quotes taken from competing vendors (3社から見積もりをいただき). */
const QUOTES_TAKEN = /(?:[0-9一二三四五六七八九十]+社|複数(?:の)?(?:社|業者|事業者|会社))(?:から|に)[、,]?(?:見積(?:もり|り)?|見積書|お見積り)(?:を)?(?:いただき|いただい|取り|取っ|徴(?:し|取)|もらい|もらっ|依頼し|お願いし|出して)|(?:見積(?:もり|り)?|見積書|お見積り)(?:を)?[、,]?(?:[0-9一二三四五六七八九十]+社|複数(?:の)?(?:社|業者|事業者|会社))(?:から|に)[、,]?(?:いただき|いただい|頂き|頂い|取り|取っ|徴(?:し|取)|もらい|もらっ|依頼し|お願いし|出して)/u
/** …with their sums (いちばん安かったのは税込み382万8千円, ほかの2社は450万円台). */
/** A vendor named with its quote (有明管工さん, 筑後テクノ様, 株式会社みずほ設備:). */
const QUOTE_VENDOR = '(?:(?:株式会社|有限会社)?[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}ー]{2,10}?(?:さん|様|社|株式会社|\\(株\\))(?:は|が|:)?[、,]?(?:約|税込み?|税抜き?)?)'
const QUOTE_FIGURE = new RegExp(
  `(?:いちばん|一番|最も|もっとも)(?:安かった|安い|低かった|高かった|高い)(?:の|ところ|業者|会社|社)?(?:は|が)[、,]?[^。！？!?\\n]{0,16}?${VALUE}|(?:ほか|他|残り|その他)の[0-9一二三四五六七八九十]社(?:は|が|も)[、,]?[^。！？!?\\n]{0,10}?${VALUE}|見積(?:もり|り)?(?:額|金額)?(?:は|が)[、,]?[^。！？!?\\n]{0,10}?${VALUE}|(?:[A-Z]社|[0-9]社目)(?:が|は|の見積(?:もり|り)?(?:は|が))[、,]?(?:約|税込み?|税抜き?)?${VALUE}` +
    // Blind R321C-013 kind (conf59): the vendors named one by one with their sums (有明管工さん295万円、筑後テクノさん318万円).
    `|${QUOTE_VENDOR}${VALUE58}[、,・/]\\s?${QUOTE_VENDOR}${VALUE58}`,
  'gu',
)
const CONTRACT_AHEAD = /契約(?:の)?(?:手続き|手続|準備)(?:に入|を進め|を始め)|(?:来週|来月|これから|今後)[^。！？!?\n]{0,6}?契約|契約(?:前|予定|はまだ|はこれから)|契約(?:は|を)[^。！？!?\n]{0,8}?(?:予定|来週|来月|これから|今後)|発注(?:予定|前)|(?:業者|会社|事業者|どこ)(?:を|に)?(?:決め(?:る|ます)|選び(?:ます)?|選ぶ)|(?:どこ|どの(?:業者|会社|社))(?:に|と)(?:お願い|発注|委託|契約|依頼|頼)(?:する|す)か[^。！？!?\n]{0,12}?(?:決め|選)/u
const CONTRACT_DONE = /契約しました|契約を締結|締結しました|落札|入札結果|(?:公表|掲載)(?:し|いたし)(?:ました|て(?:い|お))/u
/** An exam part's theme given with the theme before the word (論文は「…」をテーマに出題します; 作文は「…」がテーマです). */
const EXAM_THEME_GIVEN58 = new RegExp(
  `${EXAM_PART}(?:試験)?(?:[(（][^)）\\n]{0,8}[)）])?(?:は|では)[、,]?[「『][^「」『』\\n]{2,60}[」』](?:を|が|について|に関する)?(?:テーマ|課題|題|お題)(?:に(?![^。！？!?\\n]{0,12}?(?:でした|しました|出題されま))|と(?:して|し)|として|です|になります|となります|で(?!した))`,
  'gu',
)
const EXAM_THEME_PAST = /でした|出題されました|出ました|行いました|終わりました|お疲れ/u
/** Personnel moves to come, counted or by post (4月の異動、今年は課長級で11人が動きます; 観光課と…は課長が両方とも入れ替わります). */
const MOVES_AHEAD = new RegExp(
  `(?:[0-9一二三四五六七八九十]{1,2}月(?:末|1日付|1日|初め)?の|今度の|次の|来年度の|春の|今春の|今年の|定期)(?:定期)?(?:人事)?異動[^。！？!?\\n]{0,30}?(?:[0-9一二三四五六七八九十]{1,3}(?:人|名)(?:が|も|ほど|くらい)?[、,]?(?:動き|動く|異動し|異動する|替わり|替わる|代わり|代わる|入れ替わ|交代し|交代する)|(?:課長|部長|所長|館長|局長|次長|校長|園長|係長|センター長)(?:が|も)[^。！？!?\\n]{0,10}?(?:入れ替わ|替わ|代わ|交代|異動|動き|動く)(?=[^\\n]{0,60}?(?:内示|まだ|ここだけ|内緒|ないしょ|オフレコ|正式(?:な|に)?(?:発表|公表)|(?:発表|公表)(?:前|はまだ|はこれから))))(?:ます|る|りそう|る予定|る見込み|そう)?` +
    `|(?:[0-9一二三四五六七八九十]{1,2}月(?:末|1日付|1日|初め)?の|今度の|次の|来年度の|春の|今春の|今年の)(?:定期)?(?:人事)?異動(?:の)?(?:規模|対象|人数|対象者)?(?:は|が)[、,]?[^。！？!?\\n]{0,12}?[0-9一二三四五六七八九十百]{1,4}人(?:規模|程度|ほど|くらい|前後)?(?:に|と)?(?:なり(?:ます|そう)|なる(?:見込み|予定|そう)|の見込み|の予定|になりそう)` +
    `|[\\p{Script=Han}]{1,8}課(?:と|や|・)[\\p{Script=Han}]{1,10}課(?:は|では)[、,]?(?:課長|部長|係長|所長|館長)(?:が|も)[^。！？!?\\n]{0,8}?(?:入れ替わ|替わ|代わ|交代|異動)(?:ります|る|りそう|します|する)`,
  'gu',
)
const MOVES_CONTEXT = /異動|人事/u
const MOVES_OUT = /新聞|記者発表|報道発表|(?:発表|公表)(?:より|による|によると|によれば|資料)|離任式|退任式|お別れ|送別|(?:人事異動|異動|人事)(?:を|について|が|の)?(?:発表|公表|発令|内示)(?:しました|いたしました|されました|がありました)|辞令|付の人事|付で|ホームページ|市HP|広報|着任しました|就任しました|異動しました|替わりました|代わりました/u
/** The estimated price of a tender still to be opened (目安として税抜き2,740万円前後で積算しています). */
const BID_ESTIMATE = new RegExp(
  `${VALUE}(?:前後|程度|くらい|ぐらい|ほど|弱|強)?(?:で|と|に)[、,]?(?:積算|見積|試算|設計|算定|設定|見込)(?:し|もっ|っ|んで)?(?:て(?:い|お)|ました|た|ている|ます)|(?:積算|設計|見積)(?:額|金額|価格)(?:は|が)[、,]?[^。！？!?\\n]{0,8}?${VALUE}`,
  'gu',
)
const BID_AHEAD58 = /開札後に公表|事後公表|(?:来週|明日|あす|来月|今月|[0-9]{1,2}日)の?開札|開札(?:は|が)?(?:まだ|これから|来週|明日)|入札(?:前|予定|はこれから|はまだ)|公告(?:前|予定|中)|(?:これから|今後|来月|来週|近く)[^。！？!?\n]{0,8}?入札/u
const BID_PRICE_OUT = /事前公表|入札公告|公告しました|公告文|落札|開札結果|入札結果|開札しました|契約(?:を)?締結|ホームページ|市HP/u
/** How many staff of a unit are off sick (いま心の不調で休職している職員が6人). */
const SICK_LEAVE_COUNT = new RegExp(
  String.raw`(?:休職|病気休暇|病休|療養休暇|療養)(?:して|中(?:の)?|している|中で)?(?:いる|おる)?(?:職員|人|方|者|メンバー)(?:が|は)[、,]?(?:今|いま|現在)?[、,]?[0-9一二三四五六七八九十]{1,3}(?:人|名)|[0-9一二三四五六七八九十]{1,3}(?:人|名)(?:の職員)?(?:が|も)[、,]?[^。！？!?\n]{0,10}?(?:休職|病気休暇|病休|療養休暇)(?:して|中|しています|しており|に入って)|(?:不調|病気?|メンタル|体調|長期)[^。！？!?\n]{0,6}?休んで(?:いる|おる)(?:職員|人|方|者|メンバー)(?:が|は)[、,]?(?:今|いま|現在)?[、,]?[0-9一二三四五六七八九十]{1,3}(?:人|名)` +
    // Blind R346C-015 kind: staff on leave counted unit by unit (休職中の職員を課ごとに数えてみたら、建設課が6人で突出; 病休者を部署別に集計すると…が4人).
    String.raw`|(?:休職|病気休暇|病休|療養休暇|長期休暇)[^。！？!?\n]{0,10}?(?:職員|人|者|メンバー)(?:の(?:数|人数))?(?:を|は)?[、,]?(?:課|部|部署|所属|係|職場|出先機関)(?:ごと|別)(?:に|で)[^。！？!?\n]{0,24}?(?:が|は|で|も)[、,]?[0-9一二三四五六七八九十]{1,3}(?:人|名)`,
  'gu',
)
const SICK_UNIT = /私の部|私の課|うちの(?:部|課|係|職場|チーム)|(?:部|課|係|室|班|所|館|センター)内|当課|本課|この課|職場|部署|部だけ|課だけ|係だけ|(?:課|部|所属|係)(?:ごと|別)/u
const SICK_PUBLISHED = /人事行政|公表|発表し|ホームページ|市HP|全国|全職員|市全体|調査結果|統計/u
/** A settlement sum offered in a lawsuit still going on (解決金を320万円とする市の案を…代理人にお示ししました). */
const SETTLEMENT_OFFER = new RegExp(
  `(?:解決金|和解金|和解案|賠償金|賠償額|損害賠償(?:金|額)?|示談金|補償金)(?:を|は|として|の額を)?[、,]?[^。！？!?\\n]{0,10}?${VALUE}[^。！？!?\\n]{0,30}?(?:提示|お示し|示し|提案|申し入れ|打診|回答し|お伝え)` +
    `|(?:和解|示談|調停)(?:に向け|の(?:条件|協議|交渉)|協議|交渉)[^。！？!?\\n]{0,30}?${VALUE}`,
  'gu',
)
/** Review of conf58 (rvconf): a resident's own dispute in a consultation notice (示談金50万円を提示されたという相談が増えています). */
const DISPUTE_ADVICE = /法律相談|相談(?:が|を|に|窓口|会|日)|保険会社から|消費生活|ご相談ください|という方|という人/u
const LAWSUIT = /訴訟|裁判|和解|示談|調停|原告|被告|代理人|弁護士/u
const SETTLED = /和解(?:が)?成立|和解しました|和解いたしました|示談(?:が)?成立|可決|議決|議案|専決処分|判決|報告しました|公表し/u
/** A selection's scores of the applicants (現在の管理者が72点、新たに応募された事業者が81点). */
const SCORES_OF_APPLICANTS =
  /[^。！？!?\n、,]{1,24}?(?:が|は)[、,]?(?:約)?[0-9]{1,3}(?:\.[0-9])?点[、,][^。！？!?\n]{1,30}?(?:が|は)[、,]?(?:約)?[0-9]{1,3}(?:\.[0-9])?点|(?:が|は)[、,]?(?:約)?[0-9]{1,3}(?:\.[0-9])?点で(?:トップ|1位|一位|首位|最高点|最下位|2位|二位)/gu
const SELECTION58 = /選定委員会|選考委員会|審査委員会|評価委員会|選定会議|選考会|審査会|プロポーザル|指定管理|委託先(?:の)?選定|業者選定/u
/** …not the weights of a scoring rule (提案内容が60点、価格が40点の配点). */
const SCORE_RULE = /配点|満点|点満点|基準|以上|以下|未満|上限|内訳/u
const SCORES_OUT = /(?:選定|選考|決定)(?:しました|いたしました)|候補者(?:に|を|として)(?:選定|決定)|結果(?:の)?(?:公表|発表)(?:[】\]]|です)|(?<!(?:来週|来月|後日|今後|改めて|後ほど|[0-9]{1,2}日)[^。！？!?\n]{0,6})結果(?:を|について)(?:公表|発表|お知らせ)(?:します|いたします)|(?:公表|発表|掲載|公開)(?:しました|いたしました|して(?:い|お)(?:ます|ります)|済み)|ホームページ|市HP|作品|コンテスト|コンクール|大会|入賞|受賞|試合/u
/** Designated bidders named before the opening (…建設株式会社、…の3社を指名いたしました). */
const BIDDERS_DESIGNATED = new RegExp(
  `${BID_COMPANY}(?:株式会社|有限会社)?(?:さん|様)?(?:(?:、|,|・|と|及び|および)${BID_COMPANY}(?:株式会社|有限会社)?(?:さん|様)?){0,8}(?:の)?(?:[0-9一二三四五六七八九十]{1,2}(?:社|者))?を指名(?:いたしました|しました|しています|しております|する予定|します|いたします)` +
    `|指名(?:した|する|いたした|いたします)(?:の)?(?:は|業者は|事業者は|会社は)[、,]?[^。！？!?\\n]{0,8}?${BID_COMPANY}`,
  'gu',
)
const BID_NOT_OPENED = /(?:行います|実施します|予定|来週|来月|明日|[0-9]{1,2}月[0-9]{1,2}日に)/u
/** A decision in the speaker's own voice (…跡地に建設することにいたしました). */
const DECIDED_CLAUSE = /ことに(?:いた)?し(?:ました|た)|ことと(?:いた)?し(?:ました|た)|ことにな(?:りました|った)|ことが決ま|ことを決め|と決め(?:ました|た)|に決め(?:ました|た)/u
/** …the release a formal or a press one (報道発表, 記者発表, 正式な公表, 会見). */
const FORMAL_RELEASE = /報道|記者|正式|公式|公表|リリース|会見|資料提供/u
/** A figure to be reported to the council or the press first (12月議会の委員会でご報告する数字ですが). */
const REPORTED_LATER_FIGURE =
  /(?:議会|委員会|定例会|全員協議会|記者会見|会見|記者発表|報道発表|総会|理事会)(?:で|に|へ|にて)[、,]?(?:ご)?(?:報告|説明|発表|公表|お示し|提出)(?:する|される|いたす|予定の|します|させていただく)(?:予定の)?(?:数字|数値|内容|結果|金額|額|資料|データ|もの|話)(?:です|なん(?:です)?|だ|や|でございます)?(?:が|けど|けれど|ばってん)/gu
/** Told ahead, in the rest of the sentence (ひと足先にお伝えします, 先にお知らせします). */
const AHEAD_TELL = new RegExp(`${AHEAD}[^。！？!?\\n]{0,12}?(?:${TELL}|お届け)`, 'u')
const BID_EXAM_AND_TALKS_GATE = new ParagraphGate([
  AHEAD58, REPORT_LATER, SURVEY_WORD, SURVEY_FIGURE, SURVEY_OUT, BID_RECEIVED, BID_CONTEXT58, BID_OPEN, BID_OVER, REQUEST_TO_FINANCE, ASSESSED_FIGURE,
  BUDGET_INSIDE, BUDGET_OUT58, PASS_LINE, EXAM_SCORED, CITY_EXAM_NOW, PASS_PENDING, PASS_PUBLIC, UNION_TALKS, UNION_AGREED, UNION_OUT, TALKS_ONGOING58,
  TALKS_PARTY, NEG_PARTY, PRICE_MOVED, TALKS_DONE, PRICE_LISTED, BLIND_DRILL, DRILL_SCENARIO, DRILL_TO_COME, AFFECTED_NOT_TOLD, PLAN_OUT58, EXAM_SETTER,
  EXAM_CONTENT, REUSED_QUESTION, EXAM_AHEAD58, QUOTES_TAKEN, QUOTE_FIGURE, CONTRACT_AHEAD, CONTRACT_DONE, EXAM_THEME_GIVEN58, EXAM_TO_COME58, MOVES_AHEAD,
  MOVES_CONTEXT, MOVES_OUT, BID_ESTIMATE, BID_AHEAD58, BID_PRICE_OUT, SICK_LEAVE_COUNT, SICK_UNIT, SICK_PUBLISHED, SETTLEMENT_OFFER, LAWSUIT,
  SETTLED, FORMAL_RELEASE, SCORES_OF_APPLICANTS, SELECTION58, SCORES_OUT, BIDDERS_DESIGNATED, BID_NOT_OPENED, REPORTED_LATER_FIGURE,
])
/** The bid, exam and talks kinds (first caught as conf58) (see the comment above AHEAD58), run after the conf57 ones. */
export function runBidExamAndTalksKinds({ input, t, p, spans, notAware, aware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = BID_EXAM_AND_TALKS_GATE.scan(t)
  const sentence = (m: RegExpExecArray): Span => sentenceAround(t, m.index, m.index + m[0].length)
  const sentenceText = (m: RegExpExecArray): string => {
    const s = sentence(m)
    return t.slice(s.start, s.end)
  }
  /** The sentence of a match with the one before and the one after it. */
  const around = (m: RegExpExecArray): string => {
    const here = sentence(m)
    const prev = here.start > 0 && t[here.start - 1] !== '\n' ? sentenceAround(t, here.start - 1, here.start - 1) : here
    const next = here.end < t.length && t[here.end - 1] !== '\n' ? sentenceAround(t, here.end, here.end) : here
    return t.slice(prev.start, next.end)
  }
  // Bids received while the tender is still open.
  if (q.has(BID_CONTEXT58) && q.has(BID_OPEN) && !q.has(BID_OVER)) {
    emitAll(q, doc, t, BID_RECEIVED, 'confidential/pre-release', emit, spans, once(notAware))
  }
  // A survey's figures told ahead of its report.
  if (q.has(REPORT_LATER) && q.has(SURVEY_WORD) && q.has(SURVEY_FIGURE) && !q.has(SURVEY_OUT)) {
    emitAll(q, doc, t, AHEAD_TOLD, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !ONCE_READY.test(t.slice(sentence(m).start, m.index))))
  }
  // A budget request and its assessment, with their sums.
  if (q.has(BUDGET_INSIDE) && !q.has(BUDGET_OUT58)) {
    const keep = once(notAware)
    emitAll(q, doc, t, REQUEST_TO_FINANCE, 'confidential/budget', emit, spans, keep)
    emitAll(q, doc, t, ASSESSED_FIGURE, 'confidential/budget', emit, spans, keep)
  }
  // An exam's pass mark before the results are announced.
  if (((q.has(EXAM_SCORED) && STAFF_EXAM.test(t)) || (q.has(CITY_EXAM_NOW) && !EXAM_GUIDE58.test(t))) && q.has(PASS_PENDING) && !q.has(PASS_PUBLIC)) {
    emitAll(q, doc, t, PASS_LINE, 'confidential/pre-release', emit, spans, once(notAware))
  }
  // The result of labour talks before it is published.
  if (q.has(UNION_TALKS) && !q.has(UNION_OUT)) emitAll(q, doc, t, UNION_AGREED, 'confidential/negotiation', emit, spans, once(notAware))
  // A negotiation's offers while it goes on, and a price moved in it.
  if ((q.has(TALKS_ONGOING58) || p.has(STILL_GOING)) && q.has(TALKS_PARTY) && !q.has(TALKS_DONE) && !q.has(PRICE_LISTED)) {
    const keep = once((m) => notAware(m) && !published(sentenceText(m)))
    if (q.has(TALKS_ONGOING58)) {
      emitAll(q, doc, t, PARTY_FIGURE, 'confidential/negotiation', emit, spans, (m) => {
        const here = sentence(m)
        return OFFER_WORD58.test(t.slice(m.index, Math.min(here.end, m.index + m[0].length + 16))) && keep(m)
      })
    }
    if (q.has(NEG_PARTY)) emitAll(q, doc, t, PRICE_MOVED, 'confidential/negotiation', emit, spans, keep)
  }
  // A drill's scenario kept from staff, told.
  if (q.has(BLIND_DRILL) && q.has(DRILL_TO_COME)) {
    emitAll(q, doc, t, DRILL_SCENARIO, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !DRILL_EXAMPLE.test(sentenceText(m)) && DRILL_DETAIL.test(sentenceText(m))))
  }
  // A plan decided inside while those it affects are still to be told.
  if (!q.has(PLAN_OUT58)) {
    emitAll(q, doc, t, AFFECTED_NOT_TOLD, 'confidential/pre-release', emit, spans, once((m) => {
      const here = sentence(m)
      const next = here.end < t.length && t[here.end - 1] !== '\n' ? sentenceAround(t, here.end, here.end) : here
      const prev = here.start > 0 && t[here.start - 1] !== '\n' ? sentenceAround(t, here.start - 1, here.start - 1) : here
      if (BRIEFING_HELD.test(t) && !PLAN_CHOICE.test(t)) return false
      const after = t.slice(m.index + m[0].length, Math.max(here.end, next.end))
      const before = t.slice(prev.start, prev === here ? prev.start : prev.end)
      const decided = (s: string): boolean => {
        const d = DECIDED58.exec(s)
        if (!d) return false
        const clause = s.slice(0, d.index + d[0].length)
        return !BRIEFING_ITSELF.test(clause) && !WORK_START.test(clause.slice(Math.max(0, clause.length - 40)))
      }
      return notAware(m) && (decided(after) || decided(before))
    }))
  }
  // An exam's content told by one who set it, or a past question said to be set again.
  // Review of conf58 (rvconf): the content told in the past, the exam sat (今回の試験は全50問でした; 採点を担当した先生方、ありがとう), stays clean.
  if (q.has(EXAM_SETTER)) emitAll(q, doc, t, EXAM_CONTENT, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !/(?:でした|ました|出題され)[^。！？!?\n]{0,4}$/u.test(sentenceText(m).replace(/[。！？!?\s]+$/u, ''))))
  // Review of conf58 (rvconf): a question said not to come again (去年の問題と同じものがまた出ることはありません) tells nothing.
  if (q.has(EXAM_SETTER) || q.has(EXAM_AHEAD58)) emitAll(q, doc, t, REUSED_QUESTION, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !/^(?:こと(?:は|も)?(?:ありません|ない|ございません)|ません|ない|わけでは)/u.test(t.slice(m.index + m[0].length))))
  // Quotes from competing vendors before the contract.
  if (q.has(QUOTES_TAKEN) && q.has(CONTRACT_AHEAD) && !q.has(CONTRACT_DONE) && !CONSUMER.test(t)) emitAll(q, doc, t, QUOTE_FIGURE, 'confidential/pre-release', emit, spans, once(notAware))
  // An exam part's theme given ahead, with the theme before the word.
  if (p.has(EXAM_NAMED) && (p.has(EXAM_TO_COME) || q.has(EXAM_TO_COME58)) && !p.has(EXAM_THEME_PUBLIC) && !p.has(EXAM_PRACTICE_CLASS)) {
    emitAll(q, doc, t, EXAM_THEME_GIVEN58, 'confidential/pre-release', emit, spans, once((m) => {
      const s = sentenceText(m)
      return notAware(m) && !EXAM_PUBLISHED_PART.test(s) && !EXAM_THEME_PAST.test(s.replace(/[「『][^「」『』\n]{0,80}[」』]/gu, ''))
    }))
  }
  // Personnel moves to come.
  if (q.has(MOVES_CONTEXT) && !q.has(MOVES_OUT)) emitAll(q, doc, t, MOVES_AHEAD, 'confidential/personnel', emit, spans, once(notAware))
  // The estimated price of a tender still to be opened.
  if (q.has(BID_AHEAD58) && !q.has(BID_PRICE_OUT)) emitAll(q, doc, t, BID_ESTIMATE, 'confidential/pre-release', emit, spans, once(notAware))
  // How many staff of a unit are off sick.
  if (q.has(SICK_UNIT) && !q.has(SICK_PUBLISHED)) emitAll(q, doc, t, SICK_LEAVE_COUNT, 'confidential/personnel', emit, spans, once(notAware))
  // A settlement sum offered in a lawsuit still going on.
  if (q.has(LAWSUIT) && !q.has(SETTLED) && !DISPUTE_ADVICE.test(t)) emitAll(q, doc, t, SETTLEMENT_OFFER, 'confidential/negotiation', emit, spans, once(notAware))
  // A selection's scores of the applicants before publication.
  if (q.has(SELECTION58) && !q.has(SCORES_OUT)) emitAll(q, doc, t, SCORES_OF_APPLICANTS, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !SCORE_RULE.test(sentenceText(m)) && !aware(around(m))))
  // Designated bidders named before the opening.
  if (q.has(BID_CONTEXT58) && q.has(BID_NOT_OPENED) && !q.has(BID_OVER)) emitAll(q, doc, t, BIDDERS_DESIGNATED, 'confidential/pre-release', emit, spans, once(notAware))
  // A decision told after the release is said to come later.
  if (p.may(RELEASE_LATER)) {
    emitAll(p, doc, t, RELEASE_LATER, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const rest = t.slice(end, sentenceAround(t, end, end).end)
      return notAware(m) && FORMAL_RELEASE.test(t.slice(Math.max(0, m.index - 4), end)) && DECIDED_CLAUSE.test(rest) && !REVEAL_NOTICE.test(rest)
    }))
  }
  // A figure to be reported to the council first, told ahead.
  emitAll(q, doc, t, REPORTED_LATER_FIGURE, 'confidential/pre-release', emit, spans, once((m) => {
    const end = m.index + m[0].length
    const here = sentence(m)
    const rest = t.slice(end, here.end)
    const prev = here.start > 0 && t[here.start - 1] !== '\n' ? sentenceAround(t, here.start - 1, here.start - 1) : here
    const next = here.end < t.length && t[here.end - 1] !== '\n' ? sentenceAround(t, here.end, here.end) : here
    const figure = PRELIM_FIGURE.test(t.slice(prev.start, m.index)) || PRELIM_FIGURE.test(t.slice(here.end, next.end))
    return notAware(m) && AHEAD_TELL.test(rest) && figure && !published(t.slice(prev.start, Math.max(here.end, next.end)))
  }))
}
