/**
 * confidential — An internal meeting's deliberations told speaker by speaker, the city's own inquiry into a staff incident told while
 * open, a bidder's quote breakdown compared with the others', a private firm's internal paper read and its plan told, a budget request
 * told with its figure while the assessment goes on (runDeliberationIncidentQuoteAndFirmPaperKinds, first caught by blind wave 87), and
 * (blind wave 95) what an internal meeting found on a case still under inquiry or held back. What stays clean: published minutes, an
 * apology announcing an incident, a contract announced with its amount, a firm's own release cited, a budget published or passed, a
 * finding announced.
 *
 * Guideline clause 5(1): 秘密情報・機密情報を発信しない (rule ids confidential/*, metadata in meta.ts).
 */
import { sentenceAround } from '../../doc'
import { BUDGET_OUT58, ParagraphGate, type ParagraphKindContext, VALUE58, emitAll } from './context'
import { CONFIDENCE_KEPT, INQUIRY_OUT85 } from './embargo-exams-and-confidences'

/*
 * Blind wave 87 kinds (R432H, R434K):
 * - Blind R432H-024 kind: an internal meeting of the city's leadership (庁議, 部長会議, 幹部会議, 課長会議) named as the occasion or the
 *   topic (今朝の庁議は…が議題でした; 昨日の部長会議、…), then, in that sentence or the two after, what its members said or where they
 *   stood, by post (副市長からは…慎重な意見, 総務部長は前向き, 教育長が難色を示し): MEETING_STANCES87 with two stances, or one and the
 *   conclusion still open (結論は次回に持ち越し, まとまらず, 継続して協議). The deliberations before a decision are closed by nature.
 *   Minutes published (会議録を公開しました), a meeting as a routine (週の始まりは庁議です), one official's own stance with the matter
 *   decided and a council committee's public session stay clean.
 * - Blind R432H-036 kind: the city's own inquiry into an incident of its staff (紛失, 漏えい, 誤送付, 不祥事) still under way (聞き取りを
 *   続けています, 調査中), told with the member of staff pinned by section (紛失したのは税務課の職員で; 担当は…係の主任) and what is
 *   still only suspected or weighed (…可能性が高く, …とみられ, 懲戒処分を視野に, 処分を検討): STAFF_PINNED. An apology announcing the
 *   incident (お詫び申し上げます), a penalty imposed (処分を行いました), a notice to wait (判明次第) and an inquiry with no one pinned stay
 *   clean.
 * - Blind R432H-049 kind: a bidder's quote or proposal read in its breakdown (見積内訳を見ると, 見積書の明細では, 提案書の中身によると)
 *   and told against the other bidders' (他社より3割安く, 2位の業者より…高い) or with the firm's undisclosed technique (特許出願前の):
 *   QUOTE_BREAKDOWN. Bidders' commercial information is theirs. A contract announced with its amount, vendors asked to attach a
 *   breakdown and a shop's own price comparison stay clean.
 * - Blind R434K-004 kind: a private firm's internal paper (社内資料, 社内向けの文書, 取締役会の資料) said to have been shown to or read by
 *   the writer, then what it holds told in that sentence or the next (…撤退する計画だそうです, 来春に閉鎖予定): FIRM_PAPER. A firm's own
 *   press release or announcement cited, a paper read with the telling refused and a firm's papers as a topic of a seminar stay clean.
 * - Blind R434K-015 kind: a budget request named (予算要求, 要求額) with its figure while the assessment still goes on, in either order
 *   (…1,200万円で財政課と調整中; 財政課と協議中の要求額は…円; 査定中ですが要求は…円): BUDGET_PENDING87 (wave 84's BUDGET_UNDER_REVIEW
 *   needs the stage before the figure and a change named). A budget published, proposed or passed, the state's 概算要求 and a request
 *   named with no figure stay clean.
 */
/** Blind R432H-024 kind: an internal leadership meeting named as the occasion or the topic (its members' stances read after it). */
const INTERNAL_MEETING =
  /(?:庁議|幹部会議?|部長会議?|課長会議?|部課長会議?|政策会議|経営会議|庁内会議|庁内協議|(?:庁内|幹部|部長|課長)(?:の)?(?:会議|協議|打ち?合わ?せ|ミーティング)|(?:災害|水防|危機|防災|緊急)?(?:対策|警戒)?本部(?:員)?会議)(?=は|で|では|の|、|,|に|において)/gu
/** A member, by post, and what they said or where they stood. */
const STANCE =
  /(?:市長|副市長|教育長|副教育長|消防長|本部長|副本部長|危機管理監|防災監|会計管理者|[\p{Script=Han}]{0,6}(?:部長|局長|課長|室長|次長|理事|参事|所長|署長|センター長))(?:から(?:は|も)?|は|が|も)[、,]?[^。！？!?\n]{0,40}?(?:慎重|前向き|後ろ向き|積極的|消極的|否定的|肯定的|難色|懸念|心配|異論|疑問|反対|賛成|乗り気|渋って|渋い|強く(?:主張|推|求め))/gu
/** The conclusion still open (結論は次回に持ち越し, 結論は出ず, まとまらず, 継続して協議). */
const UNDECIDED = /結論(?:は|が|を)?[^。！？!?\n]{0,10}?(?:持ち越|先送り|出ず|出なかった|出ません|見送)|まとまらず|まとまりませんでした|継続(?:審議|協議|して(?:協議|検討))/u
/**
 * Blind R442T-013 kind: a proposal said to have come up in the closed meeting (…解除する案が出ていました, 延期すべきとの意見も出た) or
 * the call left to its head (最終的には本部長の判断になりそう): with one member's stance, what went on inside is told. The decision
 * announced after the meeting (…を解除することを決定しました) names no stance and stays clean.
 */
const PROPOSAL_RAISED =
  /(?:案|意見|声|提案)(?:が|も)[、,]?(?:出て|出まし|出た|出され|示され|挙が|上が)|(?:最終的(?:に)?(?:は)?|最後は)[^。！？!?\n]{0,8}?(?:判断|決断|一任)(?:に|を|と)?(?:なりそう|なる見込み|委ね|待ち|なるよう)|(?:判断|決断)(?:に|は)[^。！？!?\n]{0,4}?(?:委ね|持ち越)/u
/** Minutes or the outcome published, or a public session. */
const MINUTES_OUT = /会議録|議事録|議事要旨|公開し|公表し|発表し|ホームページ|市HP|傍聴|公開で/u
/** An incident of the city's staff (紛失, 誤送付, 事故, 不祥事). */
const INCIDENT87 = /紛失|事故|事案|盗難|漏えい|漏洩|流出|誤送付|誤送信|誤交付|誤配布|置き忘れ|不祥事|横領|着服|飲酒運転|ハラスメント/u
/** The incident's inquiry still under way (聞き取りを続けています, 調査中, 調査状況). */
const STAFF_INQUIRY =
  /(?:調査|聞き取り|聴き取り|事実確認|確認)(?:中|を続けて|を進めて|を行って|して(?:い|お)り|しています)|調査状況/u
/** Blind R432H-036 kind: the member of staff pinned by section (税務課の職員, 担当は市民係の主任), in a paragraph with an incident, its inquiry under way and what is suspected. */
const STAFF_PINNED =
  /[\p{Script=Han}\p{Script=Katakana}ー]{1,10}(?:課|係|室|局|センター|事務所|支所|出張所)の(?:男性|女性|[0-9０-９]{2}代の?)?(?:職員|担当者|係長|課長補佐|主任|主査|主事|会計年度任用職員|臨時職員|嘱託職員)/gu
/** What is still suspected or weighed: a likely cause, discipline in view. */
const SUSPECTED87 = /可能性が(?:高|大き|濃厚)|とみられ|と見られ|疑いが(?:強|濃)|(?:懲戒)?処分(?:も|を)?(?:含め(?:て)?|視野に|検討)|懲戒(?:を|も)?(?:視野|検討)/u
/**
 * Blind R432H-049 kind: a bidder's quote or proposal read in its breakdown (見積内訳を見ると, 見積書の明細によると, 提案書の中身を見ると).
 * Blind R457J-048 kind: the paper named with its 書 and read in the past, then told (見積内訳書を拝見しましたが, 工事費内訳書を見せて
 * もらったところ, 積算内訳書を確認したら): the same breakdown, read by the city from a firm's submission.
 */
const QUOTE_BREAKDOWN =
  /(?:見積(?:もり|り)?(?:書)?(?:の)?(?:内訳|明細|中身)(?:書)?|(?:積算|工事費|請負代金|入札金額|入札書)(?:の)?(?:内訳|明細)(?:書)?|内訳書|提案書(?:の)?(?:中身|内訳|内容)|提案価格の内訳)(?:を見ると|を見たら|を見て|をみると|を拝見すると|を拝見したら|では|によると|によれば|を確認すると|(?:を|も)[、,]?(?:拝見し|見(?!積)|確認し|読み?)[^。！？!?\n]{0,8}?(?:が|けど|けれど|ところ|ら|限り))/gu
/** …told against the other bidders' or with the firm's undisclosed technique. */
const AGAINST_OTHERS =
  /(?:他社|他の(?:業者|会社|事業者|応募者|参加者|提案者)|ほかの(?:業者|会社|事業者|[0-9０-９一二三四五]社)|[0-9０-９一二三四五]位の(?:業者|会社|事業者)|[A-ZＡ-Ｚ]社)(?:より|と比べ(?:て)?|に比べ(?:て)?)[^。！？!?\n]{0,24}?(?:安|高|割|円|%|％|倍)|(?:特許出願前|特許申請前|特許出願中|特許申請中|未発表|未公開)の/u
/**
 * Blind R457J-048 kind: …or told with the firm's own cost, margin or unit price read in it (原価の半値近くまで抑えている, 利益率は1割,
 * 労務単価を相場より2割下げて): a firm's trade secret learned from what it submitted to the city. A breakdown read with only a mistake or a
 * missing entry found (記載漏れ, 再提出) and costs in general (一般に) name no firm's cost with a degree and stay clean.
 */
const FIRM_COST_READ =
  /(?:原価|仕入れ?(?:値|価格|単価)|利益率|利益|粗利|利幅|マージン|労務単価|材料単価|資材単価|(?:諸)?経費率|値引き?率)(?:の|は|が|を|率|割れ|並み)?[、,]?[^。！？!?\n]{0,16}?(?:半値|半額|割|%|％|円|倍|安く|安い|抑え|下回|上回|切っ|ぎりぎり|ギリギリ|すれすれ|ゼロ|ほぼなし|ほとんどな)/u
/** Blind R434K-004 kind: a private firm's internal paper shown to, read by or cited by the writer (社内資料を見せてもらった, 取締役会の資料によると). */
const FIRM_PAPER =
  /(?:社内|社内向け|会社の内部|取締役会|役員会|経営会議)(?:の)?(?:資料|文書|書類|メモ|データ|計画書|報告書|メール)(?:を|も)?[、,]?(?:見せて(?:もらっ|いただい|くれ)|拝見し|入手し|見(?:まし|た|て|ちゃ)|読(?:みまし|んだ|んで)|いただい|もらっ|によると|によれば|では)/gu
/** What is then told: a plan, a move, a figure, a hearsay ending. */
const FIRM_TOLD = /計画|予定|方針|見込み|撤退|廃止|閉鎖|閉店|移転|売却|縮小|削減|値上げ|そうです|らしい|とのこと|[0-9０-９]{1,4}(?:月|年|円|万|億|人|名|件|路線|店|%|％|割)/u
/** The firm's own release cited. */
const FIRM_RELEASED = /プレスリリース|ニュースリリース|発表し|公表し|記者会見|ホームページ|公式サイト|報道/u
const REQUEST = '(?:予算要求|要求額|要求(?:の)?段階|当初要求|予算の要求)'
const PENDING87 =
  '(?:財政(?:課|当局|担当|部)?(?:と|に|で)[^。！？!?\\n]{0,6}?(?:調整|協議|折衝|ヒアリング)(?:中|して(?:い|お)|を(?:続け|進め))|査定(?:中|待ち|次第|の前|前|の最中)|(?:調整|協議)中)'
/** Blind R434K-015 kind: a budget request's figure while the assessment goes on, in either order (…1,200万円で財政課と調整中; 財政課と調整中の要求額は…円). */
const BUDGET_PENDING87 = new RegExp(
  `${REQUEST}[^。！？!?\\n]{0,40}?${VALUE58}[^。！？!?\\n]{0,24}?${PENDING87}|${PENDING87}[^。！？!?\\n]{0,12}?${REQUEST}[^。！？!?\\n]{0,20}?${VALUE58}`,
  'gu',
)
/**
 * Blind R442T-034, R444V-001 kind: a sum said to be entered while the budget is still being worked out (…2億円ほどを計上する方向です;
 * …3,800万円を計上中です; …を盛り込む方針), in a paragraph where it is still with the finance section or before its assessment (財政課と
 * 詰めているところ, 査定はまだこれから, 予算の要求で, 金額はまだ動く): BUDGET_ENTERED with BUDGET_STAGE. A budget passed or published,
 * a sum entered already (計上しました, 計上しています) and the state's requests stay clean.
 * Blind R447Y-050, R448Z-034 kind (widened in wave 92): a sum in a budget request or a draft budget before it is announced, told with
 * how it moved or where it is heading (…800万円から500万円に減額; …が300万円に削られ; …約120万円になりそう; …で落ち着く見込み):
 * BUDGET_MOVED, in a paragraph at a stage of the internal assessment or drafting (一次査定で, 財政課の査定で, 財政課と調整中, 未定稿,
 * 要求段階, 議会への提出前). A budget the city has announced (当初予算案を公表しました, 議会に提出した予算案では), a settled account
 * (決算) and a sum changed with no stage of the budgeting named stay clean.
 */
const BUDGET_ENTERED = new RegExp(
  `${VALUE58}(?:ほど|程度|前後|くらい|ぐらい|余り|規模)?(?:を|で)?[、,]?(?:計上|要求|盛り込)(?:中|する方向|の方向|する方針|する予定|する見込み|しようと|したいと|む見込み|む方向|む方針|む予定)`,
  'gu',
)
const BUDGET_STAGE =
  /財政(?:課|当局|担当|部)?(?:と|に|で)[^。！？!?\n]{0,8}?(?:詰め|調整|協議|折衝|ヒアリング|相談)|査定(?:は|が)?(?:まだ|これから|中|前|待ち)|予算(?:の)?要求|要求(?:の)?段階|(?:金額|数字|額)(?:は|も)?(?:まだ)?(?:動く|変わる|固まって)|(?:一次|二次|最終|財政課|財政部|財務課|財政当局|市長|副市長|予算)(?:の|による)?査定(?:で|では|の結果|の段階|段階)|(?:予算|要求)[^。！？!?\n]{0,16}?未定稿|未定稿の(?:予算|要求)|予算(?:案)?[^。！？!?\n]{0,8}?(?:議会|定例会)(?:に|へ)(?:の)?(?:提出|上程)(?:前|する前)/u
/** Blind R447Y-050, R448Z-034 kind: a budget sum told with how it moved in the budgeting or where it is heading (…から500万円に減額; 約120万円になりそう). */
const BUDGET_MOVED = new RegExp(
  `${VALUE58}(?:から[、,]?(?:約)?${VALUE58})?(?:に|へ|まで)?[、,]?(?:減額|増額|削減|縮減|圧縮|半減|カット|削られ|削ら|減らされ|増やされ|引き下げ|引き上げ|上積み|上乗せ)` +
    `|${VALUE58}(?:ほど|程度|前後|くらい|ぐらい|規模)?(?:に|と|で)[、,]?(?:なりそう|なる見込み|なる見通し|なる方向|なる予定|なるかも|落ち着きそう|落ち着く見込み|収まりそう|決まりそう|固まりそう)`,
  'gu',
)
/** The budget told to all: published, proposed, passed, or the state's own requests. */
const BUDGET_OUT87 = /可決|議決|成立し|上程し|提案し(?:まし|てい)|議会に提出(?!する)|公表し|発表し|記者発表|ホームページ|市HP|概算要求|国の予算|政府予算/u
/**
 * Blind R458K-053 kind: what an internal meeting found or was told (庁内連絡会議で…不備があったことが分かりました; 課内の打ち合わせで…
 * と報告がありました; 関係課の会議で…が判明した), about an incident or a case, in a paragraph where that case is still under an inquiry
 * (警察の調べ, 捜査中, 運輸安全委員会の調査) or the city is said to hold it back (公表しない方針, 公表は控える, まだ発表されていない):
 * MEETING_FOUND with CASE_HELD95. What was found before those outside are told is closed by nature. A meeting that only set a date or
 * confirmed a response, a finding the police or the city announced (公表しました, 記者会見, 報道) and a finding with no internal meeting
 * named stay clean.
 */
const MEETING_FOUND =
  /(?<![\p{Script=Han}])(?:庁内|課内|部内|係内|局内|内部|幹部|庁議|関係課|関係部署|部課長|部長|課長)[\p{Script=Han}\p{Script=Katakana}ー・の]{0,10}?(?:会議|連絡会|会合|打ち?合わ?せ|協議会|ミーティング|検討会|調整会)(?:で|の場で|では|において|の席で)[、,]?[^。！？!?\n]{0,70}?(?:分かりました|わかりました|分かった|わかった|判明しました|判明した|明らかになりました|明らかになった|(?:こと|の)(?:が|も)(?:確認|報告|共有)され(?:ました|た)|(?:との|という|と)(?:報告|説明)(?:が|も)(?:あり|あっ))/gu
/** …about an incident or a case. */
const CASE95 = /事故|事件|不祥事|不正|事案|被害|疑い|違反|不備|虐待|紛失|漏えい|漏洩|転覆|火災|負傷|死亡/u
/** …still under another body's or the city's inquiry, or held back from the public. */
const CASE_HELD95 =
  /(?:警察|県警|警察署|海上保安(?:部|署|庁)?|海保|運輸安全委員会|労働基準監督署|労基署|消防)(?:の|が|による|で)?[^。！？!?\n]{0,4}?(?:調べ|捜査|調査|聴取|検証)|捜査中|調査中|調べ(?:が|を)(?:終わ|続|進め)|公表しない|発表しない|公表(?:は|を)[^。！？!?\n]{0,4}?(?:控え|見送|差し控え|まだ|待っ)|伏せ(?:る|て|とく|ておく)|まだ(?:公表|発表)(?:されて|して)(?:い)?(?:ない|ません)|非公表/u
/** The finding announced, reported or apologised for. */
const FOUND_OUT95 = /公表(?:しました|いたしました|されました|され(?:た|て)|済み)|発表(?:しました|いたしました|され(?:まし)?た|によると)|報道|記者会見|お詫び|おわび|ホームページ|市HP/u
const DELIBERATION_INCIDENT_QUOTE_AND_FIRM_PAPER_GATE = new ParagraphGate([INTERNAL_MEETING, STAFF_PINNED, QUOTE_BREAKDOWN, FIRM_PAPER, BUDGET_PENDING87, BUDGET_ENTERED, BUDGET_MOVED, MEETING_FOUND])
/** The sentence of `at` and the `n` after it. */
function sentencesFrom(t: string, start: number, end: number, n: number): string {
  const here = sentenceAround(t, start, end)
  let to = here.end
  for (let i = 0; i < n && to < t.length; i++) {
    if (t[to - 1] === '\n' && t[to] === '\n') break
    to = sentenceAround(t, to, to).end
  }
  return t.slice(here.start, to)
}
/** The wave-87 kinds (see the comment above INTERNAL_MEETING), run after the wave-85/86 ones where the paragraph has no finding yet. */
export function runDeliberationIncidentQuoteAndFirmPaperKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = DELIBERATION_INCIDENT_QUOTE_AND_FIRM_PAPER_GATE.scan(t)
  if (published(t)) return
  if (q.may(INTERNAL_MEETING) && !MINUTES_OUT.test(t)) {
    emitAll(q, doc, t, INTERNAL_MEETING, 'confidential/meeting', emit, spans, once((m) => {
      const told = sentencesFrom(t, m.index, m.index + m[0].length, 2)
      const stances = told.match(STANCE)?.length ?? 0
      return notAware(m) && (stances >= 2 || (stances === 1 && (UNDECIDED.test(told) || PROPOSAL_RAISED.test(told))))
    }))
  }
  if (q.may(STAFF_PINNED) && INCIDENT87.test(t) && STAFF_INQUIRY.test(t) && SUSPECTED87.test(t) && !INQUIRY_OUT85.test(t)) {
    emitAll(q, doc, t, STAFF_PINNED, 'confidential/investigation', emit, spans, once(notAware))
  }
  if (q.may(QUOTE_BREAKDOWN)) {
    emitAll(q, doc, t, QUOTE_BREAKDOWN, 'confidential/negotiation', emit, spans, once((m) => {
      const told = sentencesFrom(t, m.index, m.index + m[0].length, 1)
      return notAware(m) && (AGAINST_OTHERS.test(told) || FIRM_COST_READ.test(told.slice(m.index + m[0].length - sentenceAround(t, m.index, m.index).start)))
    }))
  }
  if (q.may(FIRM_PAPER) && !FIRM_RELEASED.test(t)) {
    emitAll(q, doc, t, FIRM_PAPER, 'confidential/negotiation', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const told = sentencesFrom(t, m.index, end, 1)
      const rest = told.slice(end - sentenceAround(t, m.index, end).start)
      return notAware(m) && FIRM_TOLD.test(rest) && !CONFIDENCE_KEPT.test(told)
    }))
  }
  if (q.may(BUDGET_PENDING87) && !BUDGET_OUT87.test(t) && !BUDGET_OUT58.test(t)) {
    emitAll(q, doc, t, BUDGET_PENDING87, 'confidential/budget', emit, spans, once(notAware))
  }
  if (q.may(BUDGET_ENTERED) && BUDGET_STAGE.test(t) && !BUDGET_OUT87.test(t) && !BUDGET_OUT58.test(t)) {
    emitAll(q, doc, t, BUDGET_ENTERED, 'confidential/budget', emit, spans, once(notAware))
  }
  if (q.may(BUDGET_MOVED) && BUDGET_STAGE.test(t) && !BUDGET_OUT87.test(t) && !BUDGET_OUT58.test(t)) {
    emitAll(q, doc, t, BUDGET_MOVED, 'confidential/budget', emit, spans, once(notAware))
  }
  if (q.may(MEETING_FOUND) && CASE_HELD95.test(t) && !FOUND_OUT95.test(t)) {
    emitAll(q, doc, t, MEETING_FOUND, 'confidential/meeting', emit, spans, once((m) => notAware(m) && CASE95.test(sentencesFrom(t, m.index, m.index + m[0].length, 1))))
  }
}
