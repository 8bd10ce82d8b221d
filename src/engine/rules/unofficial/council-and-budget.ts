/**
 * Council and budget steps still ahead (5(1)): a measure stated as decided while the council still has it (審議中ですが…
 * 上げます), a plan before the council, works dated while their budget is still to pass, an unsettled budget, a budget guessed, the
 * council not briefed yet, a bill proposed told as settled, a measure in force while deliberated, a proposal told as decided from an
 * answer, decided before its step. Stays clean: bills passed, budgets published, conditionals (可決されれば), hedged measures.
 * Part of the unofficial family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import { matchAllOf } from '../../regex'
import type { DraftFinding } from '../../rule'
import { AIMED, AMOUNT_CHANGE, BENEFIT, BUDGET_PASSED, BUDGET_UNSETTLED, CHANGE, COMMENT_PROCESS, DECIDED, DECISION, DIRECTED_MEASURE, FUTURE, MAX_HITS, RUMOUR_AWARE, SCOPE_WIDENED, STEP_DONE, SURE_DECIDED, TBD_LATER, TBD_SUBJECT, VENUE_MOVED, put, quotedExample, quotedVoice, sentenceOf, topicOf, wordStart } from './context'
import type { Emitter, UnofficialFacts } from './context'

/** …while the same post says it is still before the council or the budget: 市議会では現在審議中です, 予算成立前. */
const STILL_OPEN = /審議中|協議中|検討中|調整中|審議され(?:ている|ています|ておりま)|議決前|可決前|予算(?:の)?成立前|正式決定前|正式には(?:まだ|決まって)|承認前|決裁前|(?:審議|議決|採決|承認|決裁)(?:は|が|も)?(?:これから(?!も)|まだ|今後|来月|次の議会)|議会(?:の(?:議決|承認|審議))?(?:は|が|も)?(?:まだ|これから(?!も))/u

/**
 * A decision announced while the post itself says it is still open (…が決定しました！（市議会では現在審議中です））:
 * the open stage is the finding.
 */
/**
 * The council or the budget still to come, said plainly (予算案は3月議会で審議予定, まだ議会の審議前, 関連議案を6月議会に
 * 提出予定, 議会を通っとらん): with a decision announced, or a measure stated as certain, the matter is still open.
 * (調整中 / 検討中 alone may be a schedule: only DECIDED pairs with them.)
 * Blind R235I-022 kind: the budget's passing named as a condition (3月議会で予算が通れば、…販売する段取りです): the measure hangs on a vote
 * still to come, so stated as settled (有料の観覧席ができます！) it is told before the council decides.
 * Blind R236I-039 kind: …also as a point in time (3月議会で予算がまとまり次第ですが、来年4月から…給食費は全額市が負担する形になります;
 * 予算が成立し次第): the measure still waits for the vote.
 * Blind R206A-002 (cu12): a session named by its month with the vote told as past (3月定例会で議決をいただいた予算, 6月議会で議決された
 * 条例, 審議済み) is the council's process done, not still to come; a vote still hoped for (議決をいただいたら) stays pending.
 */
/**
 * Blind R252A-004 kind (conf8): the council's deliberation still to come said with the humble or plain verb before 前 (まだ議会にお諮りする
 * 前の段階で, 議会に提案する前ですが): a measure stated as settled (制度を始めることになりました) is told before the council votes it.
 * Blind R311E-051 kind (unof56): …or its vote awaited as the last step (市長も前向きですし、あとは議会の判断を待つばかり; 議会の承認を待つだけ;
 * あとは議会次第です): a measure stated as settled beside it (来年4月から…給食費が無料になります！) is told before the council decides.
 */
// Blind R315E-054 kind (unof57): …the same with an intransitive or passive verb (まだ議会にはかかっていませんが, 議会に上がっていない).
// Blind R323D-047 kind (unof59): …or the advisory council's report still to come (答申前ですが, 答申の前).
// Blind R319D-025 kind (unof58): …or the deliberation said to have only just begun (審議会での話し合いが始まったところですが, 検討委員会で議論を
// 始めたばかりですが, 審議会に諮問したところです): the outcome cannot be settled yet.
const COUNCIL_PENDING =
  /(?:審議会|委員会|協議会|検討会|懇話会|部会|議会)[^。！？!?\n]{0,12}?(?:話し合い|議論|審議|検討|協議)(?:が|は|を)?[、,]?(?:始まった|始め(?:た|まし(?:た)?)|スタートし(?:た|まし(?:た)?)|始まり(?:まし(?:た)?)?)(?:ばかり|ところ)(?:で|です|だ|なので)|(?:審議会|委員会|協議会)(?:に|へ)(?:諮問し(?:た|まし(?:た)?)|お諮りし(?:た|まし(?:た)?))(?:ばかり|ところ)(?:で|です|だ|なので)|(?:予算|議案|条例案?)(?:が|は|も)?[、,]?(?:無事に?)?(?:(?:まとまり|通り|成立し|可決され|承認され|認められ|つき|付き)(?:次第|しだい)|通れば|通ったら|通りましたら|つけば|付けば|ついたら|付いたら|認められれば|成立すれば|成立したら|可決されれば|可決されたら)|(?:議会|定例会)(?:で|の)[、,]?(?:議決|可決|承認)(?:を|が)?(?:いただければ|頂ければ|得られれば|されれば)|(?:議会|定例会|臨時会|委員会)(?:に|へ)(?:提出|提案|上程|付議)(?:する|される)(?=[^。！？!?\n]{0,6}?(?:予算|議案|条例))|正式(?:な|の)?(?:発表|公表|決定|お知らせ)(?:は|が)[、,]?[^。！？!?\n]{0,12}?(?:議会|定例会|議決|可決|審議)(?:の)?(?:あと|後|終了後|閉会後|が終わって|を経て)|(?:議論|審議|協議|話し合い)(?:は|が)?(?:まだ|いまだに?|現在も|今も|引き続き)(?:続いて|続けて|続けられて|継続して|行われて|重ねて|進めて)|(?:審議|協議)(?:中|の途中)(?:です|だ)?(?:が|けど|けれど|ものの)(?=[、,])|(?:審議|議決|採決|上程|提案|提出|答申)(?:の)?前|(?:議会|定例会|委員会)(?:に|へ)(?:お?諮り?する|諮る|お?かけする|かける|提案する|提出する|上程する|出す)前|(?:審議|採決|議決|上程|提案|提出|付議)(?:される|する|を行う|いただく|頂く)?予定|(?:審議|議決|採決|可決|承認|決裁)(?:は|が|も)(?:これから(?!も)|まだ|今後)|(?:これから|今後|来月|次の|(?<![0-9０-９])[0-9０-９]+月)(?:の)?(?:市)?(?:議会|定例会)(?:で|に)(?:ご)?(?:審議|議決|採決|諮)(?![^。！？!?\n]{0,6}?(?:いただいた|いただき(?:まし)?た(?!ら)|頂いた|頂き(?:まし)?た(?!ら)|され(?:まし)?た(?!ら)|しました|済)(?!ら))|(?:議会|定例会|臨時会|委員会)(?:に|へ)(?:諮る|かける|諮り|提案し|提出し|上程し)(?:ます|たうえで|た上で)|(?:議会|予算|議案|条例案?)(?:は|が|を|ば)?(?:まだ)?(?:通って|通過して|成立して|可決されて|承認されて|通っと)(?:い)?(?:ない|ません|らん|らず|なか)|議会(?:を|ば)?通る前|(?:議会|委員会)(?:に|へ)(?:は)?(?:まだ)?(?:かけ|かかっ|上がっ|諮っ|諮られ|出し|提案し|上程し|提出し|提案され|上程され|提出され|お?諮りし|おかけし|お出しし|ご?提案し|ご?提出し)(?:て(?:い|お)?(?:ない|ません|りません|らず)|とらん|とりません|てな(?:い|か))|(?:議会|議決|可決|承認|審議)(?:を|が)?(?:待って|待ち)(?:の|で|です|ですが|だけど|ですけど|状態)|(?:議会|議決|可決|承認|審議|採決)(?:の|で)?(?:判断|結論|結果|議決|承認|審議|採決|ゴーサイン|了承|可決)?(?:を|が)?(?:待つ|待ち)(?:ばかり|だけ|のみ)|(?:あとは|後は)[、,]?(?:議会|議決|採決)(?:の(?:判断|結論|議決|承認|採決|ゴーサイン|了承))?(?:次第|しだい|待ち|だけ)|議会(?:の(?:判断|結論|議決|承認|採決))?(?:次第|しだい)(?:です|だ|や|ですが|だけど|ですけど|[。！!、,]|$)|(?:議会|定例会)(?:で|を)[^。！？!?\n]{0,8}?(?:通る|可決される|承認される)の(?:を)?(?:待つ|待ち)(?:ばかり|だけ|のみ|です)|(?:議会の)?(?:議決|可決|承認|採決)(?:を|が)?[、,]?(?:残す|残る)(?:のみ|だけ)|残る(?:は|のは)[、,]?(?:議会|議決|採決|可決)|(?:議会|定例会|予算|議案|審議|議決|採決)(?:は|が|の方は|のほうは)(?:まだ)?これから(?!も|[^。！？!?\n]{0,8}(?:議会|審議|定例会))|(?:たぶん|多分|おそらく|きっと)?(?:議会|予算|議案)?(?:も|は)?(?:通る|通ります|可決される|可決されます|承認される)(?:と思|でしょう|はず|だろう)/u
/**
 * Blind R319D-013 kind (unof58): the briefing of those concerned conceded as still to be held (保護者の皆さまへの説明会はまだ開いていませんが、
 * 先にお知らせします; 地元説明会はこれからですが; 住民の皆さまへの説明の前ですが): a measure stated as settled after it is told before the
 * people it concerns are heard, as before the council's vote. Only in the concession (…が、, …けど); a briefing dated or to follow a decision
 * announced (統合が決定しました。説明会は来月開催します; 説明会はこれからです) is the next step of a decided measure.
 */
const BRIEFING_PENDING =
  /(?:説明会|説明の場|(?:住民|保護者|地元|地域|関係者|利用者)(?:の皆(?:さま|様|さん))?(?:へ|に|への|に対する)(?:の)?(?:ご)?説明)(?:は|を|が|も)?[、,]?(?:まだ[^。！？!?\n、,]{0,8}?(?:て|で)(?:い|お)?(?:ません|ない|りません)(?:が|けど|けれど|けれども|ものの)|(?:まだ(?:先|これから)?|これから|(?:の)?前)(?:です|だ|なん(?:です|だ)|な(?:の|ん)です)?(?:が|けど|けれど|けれども|ものの))(?=[、,])/u
/**
 * Blind R230A-020 kind: works given a date to start or finish, stated as certain (来年4月に着工し、再来年の白秋祭までに完成します) while the
 * post says their budget is still to go to the council (来週開会する臨時議会に提出する補正予算に計上しています): the works told as decided
 * before the council votes their money. In the same paragraph through ASSERTED; across paragraphs through the facts (WORKS_BUDGET_PENDING).
 */
const WORKS_DATED = /(?:[0-9０-９一二三四五六七八九十]月|年度|年|春|夏|秋|冬|年度内|年内|末|まで)(?:に|には)[、,]?[^。！？!?\n]{0,20}?(?:完成|着工|完了|竣工|開通|供用開始|開館|開業|オープン)(?:し|いたし)?(?:ます|する)(?=[。！!)）\n]|$)/u
/** …the pending budget naming the works' own cost (整備費は…議会に提出する補正予算に計上, 事業費を盛り込んだ予算案は3月議会で審議予定). */
const WORKS_COST = /(?:整備|事業|工事|改修|建設|改築|補修|修繕|設計)費|本事業|この事業/u
/** A measure stated as certain (配置します, 始まります, 無料になります) or as a sure thing (まず間違いありません, 確実です). */
/**
 * Blind R236I-010 kind: a facility's end stated as certain at a time (市民プールは、今年の夏で営業を終えます; 今年度末をもって閉館します)
 * while the post says the bill to abolish it is still to go to the council (廃止の条例案は9月議会に提出しますが): the closure told as
 * decided before the council votes.
 */
const END_DATED = /(?:年度|年|月|春|夏|秋|冬|年内|年度内|末|シーズン)(?:で|いっぱいで|限りで|をもって|をもちまして)[、,]?[^。！？!?\n]{0,10}?(?:営業|運営|運行|運航|業務|受付|事業|開館|開園|診療|役目|歴史)?(?:を|は)?[、,]?(?:終えます|終えることになります|終了します|終了いたします|終了となります|廃止します|廃止いたします|廃止となります|閉館します|閉館いたします|閉館となります|閉鎖します|閉鎖となります|閉園します|閉園となります|閉所します|閉店します|休止します)(?=[。！!)）\n]|$)/u
/**
 * Blind R315E-054 kind (unof57): a measure on the city's premises stated with its year (令和10年度に御花周辺へ移転・新築します, 来年度中に2校を
 * 統合します, 再来年の春までに閉館します): told as decided, which beside a council not yet asked is before the decision.
 */
const MEASURE_DATED =
  /(?:年度|年|月|春|夏|秋|冬|年度内|年内|末|ごろ|頃)(?:に|には|中に|までに|をめどに|を目途に)[、,]?[^。！？!?\n]{0,24}?(?:移転|新築|建て替え|建替え|改築|統合|統廃合|廃止|閉鎖|閉館|閉校|閉園|新設|開設|民営化|有料化|無料化|移設|集約|一本化|取り壊|取壊|解体|売却)(?:・[\p{Script=Han}]{1,4})?(?:(?:し|いたし)?(?:ます|する)|され(?:ます|る)|(?:と|に)(?:なります|なる)|(?:し|され)て[^。！？!?\n]{0,12}?(?:に|と)(?:なります|なる))(?=[。！!)）\n]|$)/u
/**
 * Blind R329C-002 kind (unof61): a measure taken as the premise of the office's work (4月から「こども未来部」ができる前提で、フロアの引っ越しの段取りを
 * 考え始めました; 窓口が統合される前提で準備を進めています; 可決されることを前提に): told as settled, which beside a council not yet through is
 * before the decision. Only a change or a vote as what is assumed (雨が降る前提で is never beside a council pending).
 */
const PREMISED = /(?:でき|な|され|始ま|はじま|変わ|かわ|移|発足す|スタートす|通|とお)る(?:こと|もの)?(?:を)?前提(?:で|に|として)/u
const ASSERTED = new RegExp(`${PREMISED.source}|${WORKS_DATED.source}|${END_DATED.source}|${MEASURE_DATED.source}|${/(?:年度|年|月|[0-9０-９]日|春|夏|秋|冬|来期|次期|以降)(?:の[一-龠々ァ-ヺー]{1,8})?(?:から|より)(?:は)?[、,]?[^。！？!?\n]{0,40}?(?:します|いたします|になります|なります|始まります|始めます|できます|変わります|されます|られます|上がります|下がります|上げます|下げます|増やします|減らします|延ばします|伸ばします|早めます|行います|設けます|開きます|配ります|届けます|増えます|減ります|変えます|移ります|終わります|建てます|広げます|走ります|通ります|動きます|入ります|着手します|取りかかります|取り掛かります|(?:す|と)?(?:る|なる)|始まる|変わる|できる|される|られる|行う|開く)(?:よ|ね|ばい|たい|けん|っす|んです|のです)?(?=[。！!)）\n〜~♪]|\p{Extended_Pictographic}|$)|ことに(?:なりました|なります|決まりました)|こととなりました|こととなります|(?:まず|ほぼ|絶対|100%)?(?:間違いありません|間違いない|間違いなし|確実です|確実だ|確定です|決まりです)/u.source}`, 'u')
/** The statement hedged, as it should be (予算が成立すれば, 可決された場合, 予定です, 目指します, 提案します). */
const HEDGED = /れば|たら|場合|予定|見込み|目指|方向|検討|提案|提出|上程|諮|盛り込|計上|案を|お知らせします|ご案内します|お待ちください|ご確認/u

export function budgetUnsettled(e: Emitter, t: string): void {
  if (COMMENT_PROCESS.test(t)) return
  for (const m of matchAllOf(BUDGET_UNSETTLED, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const prev = s.start > 0 ? sentenceAround(t, s.start - 1, s.start - 1).start : s.start
    const next = s.end < t.length ? sentenceAround(t, s.end, s.end).end : s.end
    // (予算 is the stage's own word: the measure is read without it.)
    const around = t.slice(prev, next).replace(/予算/gu, '')
    const measure = CHANGE.test(around) || BENEFIT.test(around) || AMOUNT_CHANGE.test(around) || SCOPE_WIDENED.test(around) || ((DECISION.test(around) || AIMED.test(around)) && FUTURE.test(around))
    if (!measure) continue
    // Published, passed or put to the council already: the measure is out.
    if (/公表し|発表し|可決され|議決され|成立し|議会に提案し|議会に提出し|(?:予算案?|議案)(?:を|は)(?:公表|発表|掲載|公開)/u.test(t.slice(prev, next))) continue
    // A request the city makes of the state or the prefecture (国への予算要望, 県に対して予算を要求しています) is its public stance, not its own budget.
    if (/(?:国|県|政府|省|庁)(?:に|へ|への|に対し(?:て)?|に対する)[、,]?[^。！？!?\n]{0,20}$/u.test(t.slice(s.start, m.index))) continue
    put(e, 'unofficial/undecided', m.index, m.index + m[0].length, { noun: topicOf(around) }, quotedExample(t, m.index) || undefined)
  }
}

/**
 * Blind R230A-020 kind, across paragraphs: a paragraph that says the works' budget is still to go to the council (WORKS_COST with
 * COUNCIL_PENDING in one sentence, nothing passed or published), and works dated and stated as certain elsewhere (WORKS_DATED, not
 * hedged), kept for post. (Within one paragraph decidedYetOpen reads them.)
 */
export function worksBudget(e: Emitter, t: string, facts: UnofficialFacts): void {
  if (!/費|事業|完成|着工|完了|竣工|開通|供用開始|開館|開業|オープン/u.test(t)) return
  const passed = /可決され|議決され|承認され|成立しました|可決済|議決済|(?:予算案?|議案|条例案)(?:の概要)?(?:を|は)(?:公表|発表|掲載|公開)し/u
  const pending = /議会|定例会|臨時会|委員会|審議|議決|上程|提案|提出/u.test(t) ? COUNCIL_PENDING.exec(t) : null
  if (pending && !passed.test(t)) {
    const sentence = sentenceOf(t, pending.index, pending.index + pending[0].length)
    if (WORKS_COST.test(sentence) && /予算|議案/u.test(sentence)) facts.worksPending = true
  }
  const dated = WORKS_DATED.exec(t)
  if (!dated || passed.test(t)) return
  const sentence = sentenceOf(t, dated.index, dated.index + dated[0].length)
  if (HEDGED.test(sentence) || /議会|定例会|臨時会|開会|会期|本会議|審議|委員会/u.test(sentence)) return
  put({ ...e, emit: (f: DraftFinding) => void facts.worksDated.push(f) }, 'unofficial/undecided', dated.index, dated.index + dated[0].length, { noun: topicOf(sentence) || '事業' })
}

/**
 * Blind R297H-030 kind (conf19): a plan being prepared told while the post says the council has not yet been asked (議会にはまだお諮り
 * していませんが、…上限額を50万円から100万円に引き上げる案で準備を進めています; 議会前ですが、…統合する方針で作業を進めております): the
 * measure is the city's draft, not its decision. The not-yet stage (COUNCIL_NOT_YET) and the plan in preparation (PLAN_PREPARED) in one
 * paragraph; a council's vote told as done (議会で可決されました) is a decision.
 */
// Blind R315E-054 kind (unof57): the bill said not to have reached the council, intransitive or passive (議会にはかかっていません, まだ上がっていない).
const COUNCIL_NOT_YET = /(?:議会|定例会|委員会)(?:に|へ|で)(?:は)?(?:まだ)?(?:お?諮りし|諮っ|諮られ|かけ|かかっ|上がっ|おかけし|出し|お出しし|ご?提案し|ご?提出し|上程し|提案され|提出され|上程され|審議し|審議され|ご審議いただい)(?:て(?:い|お)?(?:ない|ません|りません|らず)|とらん|てな(?:い|か))|(?:議会|定例会|委員会)(?:に|へ)(?:お?諮り?する|諮る|お?かけする|かける|提案する|提出する|上程する|出す)前|議会前|議決前|可決前|議会(?:の)?(?:審議|議決|承認)(?:は|が)?(?:まだ|これから(?!も))/u
const PLAN_PREPARED = /(?:案|方針|方向|形|内容)(?:で|に(?:向けて|沿って))[、,]?[^。！？!?\n]{0,6}?(?:準備|調整|作業|手続き|詰め|検討)(?:を)?[^。！？!?\n]{0,4}?(?:進めて|進めており|して(?:い|お)(?:ます|ります)|中)/u
export function planBeforeCouncil(e: Emitter, t: string): void {
  const pending = COUNCIL_NOT_YET.exec(t)
  if (!pending || /可決され|議決され|承認され|成立しました|可決済|議決済/u.test(t)) return
  const plan = PLAN_PREPARED.exec(t)
  if (!plan || RUMOUR_AWARE.test(sentenceOf(t, plan.index, plan.index + plan[0].length))) return
  put(e, 'unofficial/undecided', plan.index, plan.index + plan[0].length, { noun: topicOf(sentenceOf(t, plan.index, plan.index + plan[0].length)) || '事業' })
}

export function decidedYetOpen(e: Emitter, t: string): void {
  let open = DECIDED.test(t) ? STILL_OPEN.exec(t) ?? COUNCIL_PENDING.exec(t) : null
  if (!open) {
    // A measure stated as certain while the post says the council or the budget is still to come.
    const pending = COUNCIL_PENDING.exec(t) ?? BRIEFING_PENDING.exec(t)
    // Passed already, or the bill itself published (議案を掲載しました, 予算案を公表しました): the council's process is public.
    if (!pending || /可決され|議決され|承認され|成立しました|可決済|議決済|(?:予算案?|議案|条例案)(?:の概要)?(?:を|は)(?:公表|発表|掲載|公開)し/u.test(t)) return
    const said = ASSERTED.exec(t)
    const sentence = said ? sentenceOf(t, said.index, said.index + said[0].length) : ''
    // The council's own schedule (6月定例会は6月10日から開会します) is not a measure.
    // (Read in the assertion and the words just before it: the pending council may be named earlier in the same sentence.)
    // (From the last comma: 審議中ですが、|4月から…廃止になります is the measure after the pending stage.)
    const claim = said ? t.slice(Math.max(0, said.index - 12), said.index + said[0].length).replace(/^[^]*[。！？!?\n、,]/u, '') : ''
    // Blind R257P-053 kind (conf9): the vote itself as the only hedge (議会で予算が通れば、来年の春から…循環バスが走ります): the condition
    // names the pending vote, and the measure after it is stated as sure, so the sentence is read without the condition. A further hedge
    // (…走る予定です, 実施を目指します) still keeps it clean.
    // (An emoji after the statement ends it as a full stop would: 走ります🚌 もう少しだけお待ちください is a new sentence.)
    let stated = sentence
    if (said) {
      const from = sentenceAround(t, said.index, said.index).start
      const tail = t.slice(said.index + said[0].length, from + sentence.length)
      const stop = tail.search(/\p{Extended_Pictographic}/u)
      if (stop >= 0) stated = t.slice(from, said.index + said[0].length + stop)
    }
    // (A body named 検討委員会 or 検討会 is no hedge of the measure: R319D-025 kind, its deliberation only just begun.)
    const named = stated.replace(/検討(?=委員会|会議|会|部会)/gu, '')
    const unhedged = said && named.includes(pending[0]) ? named.replace(pending[0], '') : named
    if (!said || HEDGED.test(unhedged) || /議会|定例会|臨時会|開会|会期|本会議|傍聴|審議|委員会/u.test(claim)) return
    // Review of unof58 (rv/misc): a works briefing still to come before works stated to start (工事説明会はまだですが、4月から下水道工事が
    // 始まります): the briefing of works the city has let, not of a measure it has still to decide; a closure, a fee or a move stays.
    if (!COUNCIL_PENDING.test(t) && /工事/u.test(sentenceOf(t, pending.index, pending.index + pending[0].length) + stated) && !DIRECTED_MEASURE.test(stated) && !CHANGE.test(stated.replace(/工事|着工|説明会?|始まり?ます|始めます|行います/gu, ''))) return
    // …and the pending stage is this measure's (予算案, 関連議案, まだ), not the council's agenda.
    // (Blind R311E-051 kind, unof56: the vote awaited as the last step, あとは議会の判断を待つばかり, 議会次第, 残るは議会の議決だけ, is this
    // measure's own.)
    // (Blind R434K-053 kind: the deliberation conceded, 市議会で審議中ですが、…, is this measure's own, with or without まだ.)
    if (!/予算|議案|条例|関連|この|本事業|事業|まだ|これから|正式|あとは|後は|待つ|待ち|次第|しだい|残る|残す|かかっ|上がっ|諮られ|ばかり|ところ|説明|答申|(?:審議|協議)(?:中|の途中)(?:です|だ)?(?:が|けど|けれど|ものの)[、,]/u.test(sentenceOf(t, pending.index, pending.index + pending[0].length))) return
    open = pending
  }
  if (!open) return
  // 運行が決定しました。時刻表は現在調整中です: the schedule is still being fixed, not the decision.
  const around = sentenceAround(t, open.index, open.index + open[0].length)
  const sentence = t.slice(around.start, around.end)
  // …協議中です。決まりましたらお知らせします: the announcement promised (its 決まりましたら is no decision).
  if (/^(?:協議中|検討中|調整中)$/u.test(open[0]) && (TBD_SUBJECT.test(t.slice(Math.max(0, open.index - 12), open.index)) || TBD_LATER.test(sentence) || (TBD_LATER.test(t.slice(around.end, around.end + 30)) && !DECISION.test(sentence)))) return
  put(e, 'unofficial/undecided', open.index, open.index + open[0].length, { noun: topicOf(t.slice(0, open.index)) || topicOf(sentence) })
}

/**
 * Blind R163A-069: a change told as decided (移転することになりました, 廃止が決まりました) while the post says the council has not been briefed
 * on it yet (議会への説明はこれからですが, 議会にはまだ報告していませんが, 議会に諮る前ですが): the decision handed out before the body that
 * must hear it first, as grave as a policy leaked. A plan with no decision told (…について議会への説明はこれからです) and a decision the
 * council passed (可決されました) are not this.
 */
const COUNCIL_UNBRIEFED = /議会(?:へ|に|で)の(?:ご)?(?:説明|報告|提案|提出|付議|審議)(?:は|が|も)?[、,]?(?:まだ|これから(?!も))|議会(?:に|へ)(?:は)?まだ(?:説明|報告|諮っ|かけ|かかっ|上がっ|提案|提出|話)|議会(?:に|へ)(?:の)?(?:説明|報告|提案|提出|諮る|かける)(?:する|される)?前/u
/**
 * Blind R282V-011 / R280C-040 kind (conf15): the writer's own leaning or outlook on a measure told while the council has not heard it
 * (…誘致する方向で、ほぼ腹を固めております。議会へのご説明はこれからですが; 議会に諮る前の段階ではありますが、担当としてはかなり前向きな
 * 手応えを感じています。実現すれば…): no decision is said, but the direction is handed out before the body that must hear it first. A
 * direction already put to the council (方向で検討していることを議会で説明しました) has no COUNCIL_UNBRIEFED and is not this.
 */
const LEANING_TOLD = /腹(?:を|は|も)(?:ほぼ)?(?:固め|決め|くくっ|括っ)|腹(?:は|が)(?:ほぼ)?決ま|意向を固め|決意を固め|(?:する|させる|とする|で進める|を目指す)方向で[、,]?(?:ほぼ)?(?:固め|固ま|考えて|調整|進め|検討を進め|腹)|前向きな(?:手応え|手ごたえ|感触)|(?:手応え|手ごたえ|感触)を(?:感じ|得|つかん|掴ん)|実現すれば|実現の(?:見通し|見込み|可能性(?:は|が)高)/gu
const TOLD_DECIDED = /(?:する|される|となる|になる)ことになりました|(?:が|は)(?:正式に)?(?:決まりました|決定しました|決定いたしました|確定しました)|ほぼ確定|本決まり/gu
/**
 * Blind R165I-024: whether a measure has its budget, guessed or passed on (予算もまだついとらんっぽいし, 予算が取れなかったらしい, 予算が足りない
 * みたいで): the state of the city's budget told from hearsay or a guess, about works or a service of the city in the sentence or the one before
 * (復旧, 改修, 整備, 遊歩道, 事業). A budget stated (予算を計上しました) or a reader's own budget (ご予算に合わせて) is not this.
 */
const BUDGET_GUESSED = /予算(?:が|も|は)?[、,]?(?:まだ)?(?:つい|付い|とれ|取れ|通っ|おり|下り|足り|つか|付か|とら|取ら|あ)(?:て(?:い|お)?|と)?(?:ない|らん|ません|なかった|ん|ず|なか)(?:ん)?(?:っぽい|みたい|らしい|らしか|げな|ごたる|よう(?:です|だ)|そう(?:です|だ)|って(?:話|聞)|とか|かも)/u
const PUBLIC_WORKS = /復旧|改修|修繕|補修|整備|建設|建て替え|工事|遊歩道|道路|橋|公園|施設|事業|庁舎|体育館|図書館|学校|市|役所/u
export function budgetGuessed(e: Emitter, t: string): void {
  const m = BUDGET_GUESSED.exec(t)
  if (!m) return
  const s0 = sentenceAround(t, m.index, m.index + m[0].length)
  const before = s0.start > 0 ? sentenceAround(t, s0.start - 1, s0.start - 1).start : s0.start
  if (!PUBLIC_WORKS.test(t.slice(before, s0.end)) || /ご予算|お客様の予算|家計/u.test(t.slice(s0.start, s0.end)) || quotedExample(t, m.index)) return
  put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: topicOf(t.slice(before, s0.end)), marker: m[0] })
}

export function councilUnbriefed(e: Emitter, t: string): void {
  if (!COUNCIL_UNBRIEFED.test(t) || BUDGET_PASSED.test(t)) return
  // Blind R282V-011 / R280C-040 kind (conf15): a leaning or outlook told before the council hears it (ほぼ腹を固めております, 前向きな手応え).
  for (const m of matchAllOf(LEANING_TOLD, t, MAX_HITS)) {
    if (quotedExample(t, m.index)) continue
    put(e, 'unofficial/forecast', wordStart(t, m.index), m.index + m[0].length, { topic: topicOf(sentenceOf(t, m.index, m.index + m[0].length)), marker: m[0] })
    break
  }
  for (const m of matchAllOf(TOLD_DECIDED, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (!CHANGE.test(sentence) && !VENUE_MOVED.test(sentence) && !BENEFIT.test(sentence)) continue
    put(e, 'unofficial/leak', wordStart(t, m.index), m.index + m[0].length)
    return
  }
}

const PROPOSAL_IN_SESSION = /(?:一般質問|代表質問|委員会|議会)[^。！？!?\n]{0,16}?(?:提案|要望|質問|提言)|議員(?:さん)?(?:から|が|の)[^。！？!?\n]{0,6}?(?:提案|要望|提言)/u
const ANSWER_LEANING = /前向き(?:に|な)[^。！？!?\n]{0,6}?(?:答弁|答え|回答)|(?:検討|研究)(?:する|したい|していく|を進める)[」』]?(?:と|旨)[^。！？!?\n]{0,4}?(?:答弁|答え|回答)/u
const SESSION_TOLD_DECIDED = /(?:される|する|できる)ことに(?:なりました|決まりました)|(?:が|は)決まりました|(?:が|は)決定しました|(?:整備|設置|建設|導入|実施)(?:され|し)ます(?=[。！!]|$)/gu
export function proposalToldDecided(e: Emitter, t: string): void {
  if (!PROPOSAL_IN_SESSION.test(t) || !ANSWER_LEANING.test(t) || SURE_DECIDED.test(t) || /予算(?:に|へ)[^。！？!?\n]{0,8}?(?:計上|盛り込)|予算化/u.test(t)) return
  for (const m of matchAllOf(SESSION_TOLD_DECIDED, t, MAX_HITS)) {
    if (quotedExample(t, m.index) || quotedVoice(t, m.index)) continue
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    put(e, 'unofficial/undecided', s.start, m.index + m[0].length, { noun: '議会で提案された事業' })
    return
  }
}
const FORMAL_STEP_AHEAD =
  /(?:都市計画(?:の)?決定|事業(?:の)?認可|事業計画(?:の)?決定|議会(?:の)?(?:議決|承認|可決)|議決|正式(?:な|の)?決定|正式決定|正式発表|認可|承認|(?:審議会|協議会|検討委員会|委員会)(?:の|から(?:の)?)?(?:答申|審議|結論|意見)|答申|諮問|パブリックコメント|パブコメ|意見募集)(?:の)?(?:手続き|手続)?(?:(?:の)?前|(?:は|が|も)[、,]?(?:まだ|これから|今後|来週|来月|来年度?|年明け|今月末|月末|[0-9０-９]{1,2}月(?:上旬|中旬|下旬|末)?(?:ごろ|頃)?|(?:秋|冬|春|夏)(?:ごろ|頃)?)(?:先)?|待ち)(?:の段階)?(?:では|で)?(?:ありますが|ございますが|ありますけど|あるけど|あるものの|すが|だが|だけど|ですけど|ですけれど|ですが|けど|ながら|とはいえ)/u
const DECIDED_TOLD = /(?:ことが|ことに|のが|が|は|で|(?<=[\p{Script=Han}ァ-ヴー])に)[、,]?(?:決まりました|決定しました|決定いたしました|確定しました|決まっています|決まりです|決定です)|ことになりました|(?:方向性|方向|結論|中身|内容)(?:は|も)[、,]?(?:もう|すでに|既に)[、,]?(?:固まって|決まって)(?:い|お)(?:ます|る|ります)/gu
/**
 * Blind R452D-056 kind: the formal decision said in a plain sentence or an aside to be still ahead, with no concession's ですが (…に決まりました！
 * （正式な決定は来年2月の議会で行われる予定です）; 最終決定は来月の審議会で行われる見込みです; 議会の議決を経て正式に決定される予定です): the post
 * tells as decided what the council or the deciding body has yet to decide. Only 正式/最終 決定 or the council's vote as the subject with a time
 * or a plan ahead (予定, 見込み, これから) and no past ending; a notice or a guide to come (正式な案内は後日) or a contract signed after the vote
 * (議決を経て本契約を締結する予定です) is no decision ahead, and a decision made at a past session (昨年2月の議会で正式に決定しました) stays clean.
 */
/*
 * Blind R458K-034 kind (wave 95): …also the formal decision said to wait for a step still ahead (…建て替えることになりました。正式な決定は
 * 来年度の計画見直しを待つことになりますが; 正式決定は来月の審議会を待ってからです; 最終的な決定は議会の議決を経てからとなります; 正式に
 * 決まるのは予算審議のあとです): を待つ / を経て / のあと after the formal decision, or 正式に決まるのは as its subject. The index's gate
 * now lets 待つ, 待って, 経て through. A step waited for with no decision told (結果は来月の審査を待つことになりました), a decision made
 * after a vote already taken (議決を経て正式に決定しました) stay clean.
 */
const FORMAL_DECISION_SCHEDULED =
  /(?:正式(?:な|の)?決定|正式決定|最終(?:的な)?決定|最終判断|議会(?:の|で(?:の)?)?(?:議決|承認|可決)|議決|(?:正式|最終的)に(?:決まる|決定する|決定される)の)(?:は|が)[、,]?[^。！？!?\n（）()]{0,24}?(?:予定|見込み|これから|行われます|されます|なります|を待(?:つ|って|ちます|ってから)|を経て(?:から)?|の(?:あと|後)(?:です|になります|となります|で)|以降(?:です|になります|となります))(?!した)|(?:議会|議決|審議会|委員会|答申)[^。！？!?\n（）()]{0,12}?(?:を経て|を待って|の後|ののち)[、,]?正式に(?:決定|決ま)(?:される|する|します|いたします|ります|る)(?:予定|見込み)?/u
const FORMAL_DECISION_SCHEDULED_ALL = new RegExp(FORMAL_DECISION_SCHEDULED.source, 'gu')
export function decidedBeforeStep(e: Emitter, t: string): void {
  // (議決を経て正式に決定される予定 names the vote still ahead, no step done.)
  if (STEP_DONE.test(t.replace(FORMAL_DECISION_SCHEDULED_ALL, ''))) return
  const ahead = FORMAL_STEP_AHEAD.exec(t) ?? FORMAL_DECISION_SCHEDULED.exec(t)
  if (!ahead || quotedExample(t, ahead.index)) return
  // The decision told in the same paragraph as the concession.
  const paraStart = t.lastIndexOf('\n', ahead.index) + 1
  const nl = t.indexOf('\n', ahead.index)
  const paraEnd = nl < 0 ? t.length : nl
  for (const m of matchAllOf(DECIDED_TOLD, t, MAX_HITS)) {
    if (m.index < paraStart || m.index >= paraEnd || quotedExample(t, m.index) || quotedVoice(t, m.index)) continue
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    if (/[?？]|でしょうか/u.test(t.slice(s.start, s.end))) continue
    put(e, 'unofficial/undecided', ahead.index, ahead.index + ahead[0].length, { noun: topicOf(t.slice(s.start, s.end)) })
    return
  }
}
const BILL_PROPOSED = /(?:提案|提出|上程|付議)(?:された|されている|中の|予定の|した|しました?)(?:ばかりの)?[^。！？!?\n]{0,6}?(?:条例(?:の)?(?:改正|改正案|案)?|改正案|予算案|補正予算|議案)(?:により|によって|で|に基づき|を受けて)[、,]?[^。！？!?\n]{0,50}?(?:になります|となります|に変わります|が始まります|を(?:支給|実施|開始|無料化|廃止)します|ます[！!]?)(?=[。！!\n]|$)/u
const BILL_CONDITIONAL = /可決されれば|可決された(?:場合|ら)|成立すれば|成立した(?:場合|ら)|議決を経て|通れば|承認されれば|予定です|見込み/u
/** A bill proposed told as settled before its vote (BILL_PROPOSED): undecided; a conditional (可決されれば) stays clean (was unof88). */
export function billProposedAsPassed(e: Emitter, t: string): void {
  if (/提案|提出|上程|付議/u.test(t) && !STEP_DONE.test(t)) {
    const m = BILL_PROPOSED.exec(t)
    if (m && !BILL_CONDITIONAL.test(sentenceOf(t, m.index, m.index + m[0].length)) && !quotedVoice(t, m.index)) put(e, 'unofficial/undecided', m.index, m.index + m[0].length, { noun: topicOf(sentenceOf(t, m.index, m.index + m[0].length)) })
  }
}
/*
 * Blind wave 89 kinds (measureInForceWhileDeliberated, cityFamilyStance, casualHearsay, countForecast):
 * - Blind R439Q-011 kind: a measure stated as in force (…が設置されます, …が始まります) while the post concedes the council is deliberating
 *   it in the progressive (議会で予算を審議しているところですが, 委員会でご審議いただいている最中ですが): told before the decision
 *   (unofficial/undecided). Clean: the deliberation told alone (審議の様子は中継しています), the measure hedged or conditional on the vote
 *   (予定です, 可決されれば), the bill passed.
 * - Blind R439Q-024 kind: the city's stance asserted on a family's own choice for its child (市としては、小学生にスマホは必要ないと
 *   考えています; 本市は、中学生のうちは携帯電話を持たせるべきではないと考えております): one person's view given as the city's
 *   (unofficial/personal-view). Clean: the city's own measure or rule (学校への持ち込みは認めていません), support offered (適切な利用を
 *   支援します), a judgement of the city's own work (新たな施設は必要ないと考えています).
 * - Blind R439Q-034 / R440R-035 / R440R-004 kind: hearsay in casual or a mascot's speech (…出してくれるって聞いたよ; …持っていかれた
 *   って聞きました; 廊下で聞いちゃったんだけど、…はじまるんだって): a matter to come, or an incident no one has announced, passed on as
 *   heard (unofficial/rumour). Clean: a feeling or a thanks heard (楽しかったって聞いたよ, 喜んでくれたって聞きました), the past or history
 *   (昔は…あったって聞きました), a question, the city's own department named as the source, a report denied.
 * - Blind R440R-045 kind: a count forecast (事故の件数も半分くらいになると思います; 来場者は倍になるでしょう; 死者はゼロで終わるはず):
 *   one person's guess at a statistic (unofficial/forecast). Clean: a target (半分にすることを目指します), a result (半分になりました),
 *   a wish (ゼロにしたいと思います), the city's own estimate (見込みです).
 */
const COUNCIL_DELIBERATING = /(?:議会|定例会|臨時会|委員会|本会議)[^。！？!?\n]{0,24}?(?:審議|審査|議論)(?:を)?(?:し|いただい|して(?:いただい)?|され)て?(?:い|お)(?:る|ります|ます)(?:ところ|最中|段階)?(?:です|だ|でございます)?(?:が|けど|けれど|けれども|ものの)/u
const MEASURE_IN_FORCE = /(?:年度|年|月|春|夏|秋|冬|以降)(?:から|より)(?:は)?[、,]?[^。！？!?\n]{0,40}?(?:設置|導入|開始|実施|開設|配置|新設|無料化|有料化|廃止|支給|創設)?(?:されます|されることになります|します|いたします|始まります|はじまります|になります|となります|できます|変わります)(?:よ|ね)?(?=[。！!)）\n〜~♪]|\p{Extended_Pictographic}|$)/u
const MEASURE_HEDGED = /れば|たら|場合|予定|見込み|目指|方向|検討|お知らせします|ご案内します|方針/u
/** A measure told as in force from a date while the council is still deliberating it: undecided; a hedged measure stays clean (was unof89). */
export function measureInForceWhileDeliberated(e: Emitter, t: string): void {
  if (/審議|審査|議論/u.test(t) && !/可決され|議決され|承認され|成立しました|可決済|議決済/u.test(t)) {
    const open = COUNCIL_DELIBERATING.exec(t)
    const said = open ? MEASURE_IN_FORCE.exec(t) : null
    if (open && said) {
      const sentence = sentenceOf(t, said.index, said.index + said[0].length)
      const claim = sentence.includes(open[0]) ? sentence.replace(open[0], '') : sentence
      if (!MEASURE_HEDGED.test(claim) && !/[?？]|でしょうか/u.test(claim) && !quotedVoice(t, said.index)) put(e, 'unofficial/undecided', open.index, open.index + open[0].length, { noun: topicOf(sentence) })
    }
  }
}
