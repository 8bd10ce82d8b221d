/**
 * confidential — An inquiry by a committee (第三者委員会, 調査委員会, 検証委員会) still under way told with how far it has got and what it
 * has found so far, and a closed case conference on children or people at risk (要保護児童対策地域協議会, 要対協, 個別ケース検討会議,
 * 地域ケア個別会議) told with how its cases stand (runCommitteeFindingAndCaseCouncilKinds, first caught by blind wave 89). What stays
 * clean: a committee's report published, an inquiry announced with no findings (まとまり次第お知らせします), a conference said to be held
 * with no case told (役割分担を確認しました), a yearly count the city publishes and training.
 *
 * Guideline clause 5(1): 秘密情報・機密情報を発信しない (rule ids confidential/*, metadata in meta.ts).
 */
import { sentenceAround } from '../../doc'
import { CASE_MEETING_NAME, ParagraphGate, type ParagraphKindContext, emitAll } from './context'

/*
 * Blind wave 89 kinds (R439Q):
 * - Blind R439Q-035 kind: an inquiry still under way by a committee or on a grave case (第三者委員会による調査が進んでいます; 調査委員会が
 *   検証を続けています; 重大事態の調査中), with how far it has got (関係生徒への聞き取りは終わり; ヒアリングが済み; 聴き取りは終了して),
 *   told with what it has found: a thing done or left undone, named as the point at issue or found (…報告していなかった点が焦点; …伝えて
 *   いなかったことが分かってきて; …上げていなかったことが争点): FOUND in a paragraph with BODY_AT_WORK and PROGRESS (wave 84's
 *   FINDINGS_SO_FAR needs これまでの調査で or …ことまで分かっています and a case word). A committee's report published (報告書を公表,
 *   答申), an inquiry announced with no findings and a past case told in a lesson stay clean.
 * - Blind R439Q-051 kind: a case conference on people at risk (要対協の実務者会議, 個別ケース検討会議, 地域ケア個別会議) named as held, then
 *   how its cases stand: some of the cases counted out of those it follows (進行管理中の12ケースのうち2件は; 見守り中の8世帯のうち1世帯;
 *   30件中3件で), or a count of cases with their state (状況が悪化, 一時保護): CASE_COUNCIL with CASES_STAND in its sentence or the
 *   next ones (the family's CASE_MEETING_HELD needs the name before a pause and a word such as 虐待 or 見守り対象 by the count). A
 *   conference said to be held with nothing of its cases told, a count the city publishes for the year (年度, 市HP, 統計) and the
 *   policy tier (代表者会議) stay clean.
 */
/** The committee or the grave case under inquiry, still at work (第三者委員会による調査が進んで; 調査委員会が検証を続けて). */
const BODY_AT_WORK =
  /(?:第三者委員会|第三者調査委員会|調査委員会|検証委員会|外部調査委員|調査部会|重大事態)[^。！？!?\n]{0,24}?(?:調査|検証|調べ|聞き取り|聴き取り|審議)(?:が|を|は|も)?[、,]?(?:進んで|進めて|進行中|続いて|続けて|続いと|続けと|継続|行って|行われて|中)/u
/** How far it has got (関係生徒への聞き取りは終わり; ヒアリングが済み; 聴き取りは終了して). */
const PROGRESS =
  /(?:聞き取り|聴き取り|ヒアリング|面談|事情聴取|アンケート|聞き取り調査|聴取)(?:調査)?(?:は|が|も)[、,]?(?:すでに|既に|ほぼ|ひととおり|一通り|全員分)?[、,]?(?:終わ|終了|済|完了|終え|一段落)/u
/** What it has found: a thing done or left undone named as the point at issue or found (…報告していなかった点が焦点). */
const FOUND =
  /(?:なかった|ていた|でいた|ておった|とった)(?:点|こと|事実)(?:が|も|は)[、,]?(?:焦点|争点|論点|問題視|問題に|明らかに|判明|分か|わか|確認され|指摘され|浮かび上が|浮上|問われ)/gu
/** The report out or the findings put off. */
const FINDINGS_OUT = /報告書|答申|公表|発表|記者会見|報道|新聞|ニュース|会議録|議事録|概要版|ホームページ|市HP|次第|研修|事例/u
/** A case conference named (要対協の実務者会議; 個別ケース検討会議; 地域ケア個別会議). */
const CASE_COUNCIL = new RegExp(`${CASE_MEETING_NAME}(?:の)?(?:(?:実務者|個別ケース検討|ケース検討|ケース)会議)?`, 'gu')
const COUNT89 = '[0-9０-９一二三四五六七八九十百]{1,4}(?:ケース|件|世帯|家庭|家族|人|名|例)'
/** How its cases stand: some counted out of those it follows, or a count with their state. */
const CASES_STAND = new RegExp(
  `${COUNT89}(?:のうち|中|の中で|の中から|のうちの)[、,]?[^。！？!?\\n]{0,10}?${COUNT89}(?:は|が|で|について|に(?:つい|関し))` +
    `|${COUNT89}[^。！？!?\\n]{0,24}?(?:状況|状態|様子|症状)(?:が|は)[^。！？!?\\n]{0,6}?(?:悪化|深刻|改善せず|改善していな|好転せず|進んで)` +
    `|${COUNT89}[^。！？!?\\n]{0,24}?一時保護(?:を|が|も|に)`,
  'u',
)
/** A count the city publishes, training or the policy tier. */
const CASES_PUBLIC = /年度|ホームページ|市HP|公表|統計|白書|報告書|研修|啓発|代表者会議/u
const COMMITTEE_FINDING_AND_CASE_COUNCIL_GATE = new ParagraphGate([FOUND, CASE_COUNCIL])
/** The wave-89 kinds (see the comment above BODY_AT_WORK), run where the paragraph has no finding yet. */
export function runCommitteeFindingAndCaseCouncilKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = COMMITTEE_FINDING_AND_CASE_COUNCIL_GATE.scan(t)
  if (published(t)) return
  if (q.may(FOUND) && BODY_AT_WORK.test(t) && PROGRESS.test(t) && !FINDINGS_OUT.test(t)) {
    emitAll(q, doc, t, FOUND, 'confidential/investigation', emit, spans, once(notAware))
  }
  if (q.may(CASE_COUNCIL)) {
    emitAll(q, doc, t, CASE_COUNCIL, 'confidential/meeting', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const window = t.slice(here.start, Math.min(t.length, end + 200))
      return notAware(m) && CASES_STAND.test(window) && !CASES_PUBLIC.test(window)
    }))
  }
}
