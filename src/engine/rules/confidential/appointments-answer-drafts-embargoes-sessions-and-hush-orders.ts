/**
 * confidential — An appointment that needs the council's consent told as settled before the council is asked, a draft answer to a
 * council question shared or its answer told ahead, an embargoed press paper shown before its embargo, a closed session said to be
 * closed and then told all the same, and an order to keep a matter quiet reported with the matter (runAppointmentDraftEmbargoSessionAndHushKinds,
 * first caught by blind wave 88). What stays clean: an appointment the council consented to or a proposal filed, drafting named as
 * work, a press paper sent with its content kept till the embargo, a public session's report and a refusal to tell a closed one,
 * and a saying with no matter of the city in it.
 *
 * Guideline clause 5(1): 秘密情報・機密情報を発信しない (rule ids confidential/*, metadata in meta.ts).
 */
import { sentenceAround } from '../../doc'
import { HARVEST_SEASON, ParagraphGate, type ParagraphKindContext, emitAll } from './context'

/*
 * Blind wave 88 kinds (R436M):
 * - Blind R436M-011 kind: who is to fill a post the council must consent to (副市長, 教育長, 監査委員, 教育委員, 公平委員 …) told as
 *   settled or being settled (教育長には…部長が就く方向でほぼ決まりました; 次の副市長は…さんで固まった; 監査委員に…を充てる線で固まり)
 *   while the consent is still to come in the paragraph (同意案件として出される予定, 人事案を提出する予定, 議会の同意が得られれば,
 *   議会同意はこれから): APPOINTMENT with CONSENT_AHEAD. Until the mayor files the proposal, who is meant is the executive's.
 *   The appointment made after the consent (同意を得て…就任しました), the proposal filed (人事案を提出しました), consent explained as a
 *   rule (議会の同意が必要です) and a proposal announced with no person stay clean.
 * - Blind R436M-019 kind: a draft answer to a council question (答弁書案, 答弁の素案, 想定問答の原稿) shared or shown, with an aside or a
 *   way of showing between (答弁書案（まだ調整中のもの）、写真で共有しますね; …の素案、スクショで貼っておきます), or named and followed by
 *   what the answer is to be (市長の答えは「…」になる見込み; 答弁は…で行く方向とのこと): ANSWER_DRAFT88 (wave 64's ANSWER_DRAFT64 needs the
 *   verb right after the noun). Drafting named as work, a draft shared among staff (課内で共有), a lesson on writing one, the answer's
 *   date only (答弁は11日の予定) and the answer given or published stay clean.
 * - Blind R436M-020 kind: a press paper named with its embargo still to come (明日11時解禁の記者発表資料; あさって10時解禁のプレスリリース;
 *   報道資料（解禁は来週月曜）), then shown or told (できたて, 写真, 📄, チラ見せ, a figure): EMBARGOED_PAPER. A paper sent to the press
 *   with its content kept till the embargo (解禁後に…お知らせします, お楽しみに), 報道解禁 explained in general, a paper already
 *   published and a fishing season's opening stay clean.
 * - Blind R436M-029 kind: a session said to be closed in a clause of concession (全協は秘密会でしたが; 協議会は非公開だったけど; ヒミツ会
 *   (read back as 秘密会)), then in the rest of that sentence or the two after what it was told: a shortlist, a choice, a direction, a
 *   figure, hearsay (候補地は三か所にしぼられて…だそうです): CLOSED_CONCEDED with SESSION_TOLD (the older kinds need a verb of
 *   telling after ちょっとだけ, or the outcome in the same sentence). A public session's report, a refusal (内容はお伝えできません), a
 *   notice to wait and thanks to the gallery stay clean.
 * - Blind R436M-040 kind: an order to keep a matter quiet (表にはまだ出すな, 外に漏らすな, 口外するな, 内緒にしておけ) reported as said
 *   (」とのこと, と言われ, って指示が), with the city's matter it covers in the quote or the sentence before (補助金は来年度から半分に削る):
 *   HUSH_ORDER with MATTER88. Telling the order tells what it covers. A saying with no matter of the city (家のことはよそに言うな),
 *   a weather warning and a post saying the matter is now published stay clean.
 */
/** Posts filled with the council's consent (地方自治法 162, 地方教育行政法 4, …). */
const CONSENT_POST = '(?:副市長|副町長|副村長|教育長|教育委員|代表監査委員|監査委員|固定資産評価審査委員(?:会委員)?|公平委員|農業委員|人権擁護委員)'
const APPOINT_VERB88 =
  '(?:就く|就かれる|就任する|就任される|なる|なられる|起用する|起用される|充てる|充てられる|選任する|選任される|任命する|任命される|登用する|据える|就任|起用|選任|任命|登用)'
/** Blind R436M-011 kind: who is to fill a consent post, told as settled or being settled (…が就く方向でほぼ決まり; 次の教育長は…で固まった). */
const APPOINTMENT = new RegExp(
  `${CONSENT_POST}(?:に|には|として|の後任(?:に|には|として)?|について(?:は)?)[、,]?[^。！？!?\\n]{0,30}?(?:が|を)?[、,]?${APPOINT_VERB88}(?:の)?(?:方向|方針|見通し|見込み|線|案|形|こと)(?:で|に|が|と)?[^。！？!?\\n]{0,8}?(?:決ま|固ま|内定|調整|まとま|落ち着|濃厚|有力|確実)|` +
    `(?:次の|次期|新しい|新|後任の)${CONSENT_POST}(?:は|には)[、,]?[^。！？!?\\n]{0,30}?(?:で|に)(?:ほぼ|ほぼほぼ|事実上|内々に|もう)?(?:決まり|決まっ|固まり|固まっ|内定)`,
  'gu',
)
/** …with the council's consent still to come (同意案件として出される予定, 人事案を提出する予定, 議会の同意が得られれば, 議会同意はこれから). */
const CONSENT_AHEAD = new RegExp(
  '(?:同意案件|人事案件|人事案|同意案|選任案|任命案|人事議案)(?:と|として|が|を|は|も)?[^。！？!?\\n]{0,16}?' +
    '(?:(?:出され|提出され|提案され|上程され|諮られ|かけられ)(?:る(?:予定|見込み|見通し|方向|こと|はず|そう|とのこと|らしい)|ます)|(?:出す|提出する|提案する|上程する|諮る|かける)(?:予定|見込み|見通し|方向|こと|はず|つもり|そう)|(?:提出|提案|上程)(?:予定|前|の見込み))|' +
    '議会(?:の|で|に|へ)?[^。！？!?\\n]{0,6}?(?:同意|承認)(?:を)?(?:得られれば|得られたら|いただければ|いただけたら|もらえれば|経て|待ち|次第|前|が(?:得られれば|得られたら|出れば|出たら)|を得る(?:予定|見込み|前)|される(?:予定|見込み)|求める)|' +
    '(?:同意|承認)(?:を得|をいただ|をもら|され)る前|(?:議会)?(?:の)?同意(?:は|が)(?:まだ|これから)',
  'u',
)
/** The appointment made, the consent given or the proposal filed. */
const CONSENT_DONE =
  /同意(?:を得て|をいただき|され|が得られ)[^。！？!?\n]{0,24}?(?:任命し|選任し|就任し|決定し|着任し|任命され|選任され|就任され)(?:まし)?た|同意(?:されました|いたしました|しました|を得ました|をいただきました)|可決され|就任しました|就任いたしました|着任しました|任命しました|辞令(?:を)?交付|(?:提出|提案|上程)(?:しました|いたしました|されました)/u
const DRAFT_ANSWER_NOUN = '(?:答弁|答弁書|想定問答|答弁資料)(?:の)?(?:案|原案|素案|下書き|原稿|草稿|たたき台|ドラフト|文案|ゲラ)'
/** Blind R436M-019 kind: a draft answer shared or shown, with an aside or the way of showing between (答弁書案（調整中）、写真で共有しますね). */
const ANSWER_DRAFT88 = new RegExp(
  `${DRAFT_ANSWER_NOUN}(?:\\([^)\\n]{0,20}\\))?(?:を|も|は)?[、,]?[^。！？!?\\n]{0,24}?(?:共有|掲載|公開|ご紹介|紹介|アップ|転載|お見せ|見せ|載せ|のせ|貼っ|貼り|晒し|さらし)(?:いたし|し|させていただき|しちゃい|ちゃい)?(?:ます|ておきます|とき(?:ます)?|ちゃう|る(?:ね|よ))(?![かの])|` +
    `${DRAFT_ANSWER_NOUN}`,
  'gu',
)
const SHARE_VERB = /(?:共有|掲載|公開|ご紹介|紹介|アップ|転載|お見せ|見せ|載せ|のせ|貼っ|貼り|晒し|さらし)(?:いたし|し|させていただき|しちゃい|ちゃい)?(?:ます|ておきます|とき(?:ます)?|ちゃう|る(?:ね|よ))$/u
/** …shared among staff, or a lesson on how to write one: not shown to the public. */
const SHARED_INSIDE = /課内|庁内|係内|部内|関係課|担当課|職員|内部|執行部(?:と|に|へ)|事務局(?:と|に|へ)|書き方|作り方|作成方法|様式|テンプレート|ひな形|雛形|ポイント|研修/u
/** …or named and followed by what the answer is to be (市長の答えは「…」になる見込み, 答弁は…で行く方向とのこと). */
const ANSWER_FORECAST = /(?:答え|答弁|回答)(?:は|が)[、,]?[^。！？!?\n]{0,30}?(?:見込み|予定|方向|はず|そう(?:です|だ|な)|とのこと|らしい)/u
/** …its content, not its date (答弁は11日の予定です): a wording quoted or a stance. */
const ANSWER_STANCE = /「|前向き|後ろ向き|検討|慎重|見送|困難|難し|実施|導入|否定|肯定|でき(?:ない|ません)|しない|ゼロ回答|拡充|縮小|廃止/u
const PRESS_PAPER = '(?:(?:記者発表|報道発表|記者会見|会見|プレス|ニュース|報道)(?:用の?)?(?:資料|リリース)|プレスリリース|ニュースリリース|発表資料|発表文|資料提供の資料|資料)'
const EMBARGO_WHEN88 =
  '(?:明日|あした|あす|明後日|あさって|来週|来月|週明け|今夜|今晩|夕方|このあと|この後|のちほど|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}日|[月火水木金土日]曜(?:日)?)(?:\\([月火水木金土日]\\))?(?:の)?(?:午前|午後|朝|夕方|夜)?(?:[0-9]{1,2}(?:時|:[0-9]{2})(?:[0-9]{1,2}分|半)?)?'
/** Blind R436M-020 kind: a press paper with its embargo still to come (明日11時解禁の記者発表資料; 報道資料（解禁は来週月曜）). */
const EMBARGOED_PAPER = new RegExp(
  `${EMBARGO_WHEN88}[^。、！？!?\\n]{0,4}?(?:報道|情報|取材|記事|掲載|放送)?解禁(?:予定)?(?:の|となる|になる)[^。！？!?\\n]{0,6}?${PRESS_PAPER}|` +
    `${PRESS_PAPER}(?:の|は|、|\\()?(?:報道|情報|取材)?解禁(?:日時|日|時刻)?(?:は|が)?[、,]?${EMBARGO_WHEN88}`,
  'gu',
)
/** …then shown or told: a photo, the paper fresh, a look ahead, a figure. */
const PAPER_SHOWN88 =
  /写真|画像|スクショ|📄|📷|📸|📎|🗒|PDF|添付|お見せ|見せ(?:ちゃ|ます|る)|載せ|のせ|アップ(?:し|ます)|チラ見せ|ちら見せ|できたて|出来たて|出来立て|ほやほや|一足|ひと足|いち早く|先取り|フライング|こっそり|内緒|ないしょ|お先に|先にどうぞ|[0-9][0-9,.]{0,12}(?:(?:万|億|千)[0-9]{0,4})?(?:円|%|％|件|人)/u
/** …unless the content is kept till the embargo (解禁後にお知らせします, 解禁までお待ちください, お楽しみに). */
const PAPER_HELD88 = /解禁(?:後|以降|時刻以降|まで(?:は)?(?:お待ち|お控え|内緒|秘密|伏せ))|(?:解禁|公表|発表)(?:され)?(?:次第|たら|てから)|お楽しみに|お待ちください/u
/** Blind R436M-029 kind: a session said to be closed in a clause of concession (全協は秘密会でしたが, 協議会は非公開だったけど). */
const CLOSED_CONCEDED = new RegExp(
  '(?:秘密会|(?:会議|協議会|委員会|全協|審議会|審査会|懇談会|理事会|部会|会合|本会議|分科会|ヒアリング)[^。！？!?\\n]{0,12}?非公開)' +
    '(?:でした|だった|やった|で行われ(?:まし)?た|で開かれ(?:まし)?た|に(?:なり|なっ)(?:まし)?た|と(?:なり|なっ)(?:まし)?た|扱いでした)(?:ん|の)?(?:です|だ|や)?' +
    '(?:が|けど|けれど|けども|ばってん)[、,]?',
  'gu',
)
/** …then what it was told: a shortlist, a choice, a direction, a figure, hearsay. */
const SESSION_TOLD =
  /しぼられ|絞られ|絞り込|しぼり込|(?:に|で)決ま(?!り次第|りましたら|ったら)|固ま(?:っ|り)|方向(?:で|に)|見込み|候補(?:地|者)?(?:は|が)|[0-9０-９一二三四五六七八九十百千]+(?:か所|ヶ所|カ所|箇所|件|割|%|％|億|万円|円|案|地区)|だそう(?:です|な)|とのこと|らしい|って(?:話|こと)|と(?:の)?(?:説明|報告)が/u
/** …unless what follows is a refusal or a notice (内容はお伝えできません, 公表され次第お知らせします, 傍聴ありがとう). */
const SESSION_NOT_TOLD = /でき(?:ません|ない)|いたしかね|控え|ホームページ|市HP|次第|後日|お待ち|お楽しみ|傍聴/u
/** Blind R436M-040 kind: an order to keep a matter quiet reported as said (表にはまだ出すな」とのこと, 口外するなって言われ). */
const HUSH_ORDER = new RegExp(
  '(?:(?:表|おもて|外|そと|外部|よそ|公|おおやけ|マスコミ|記者|報道)(?:に|へ)(?:は)?[、,]?(?:まだ|絶対に?|ぜったい|決して|当分|しばらく|一切)?[、,]?' +
    '(?:出すな|出さんでくれ|出さないでくれ|漏らすな|もらすな|言うな|話すな|しゃべるな|喋るな|流すな|出しちゃ(?:いかん|だめ|ダメ))|' +
    '(?:まだ|絶対に?|当分|しばらく|一切)?(?:口外|他言)(?:する|は)?な|(?:まだ|当分|しばらく|絶対)?(?:内緒|ないしょ|秘密|内密|オフレコ)に(?:しておけ|しとけ|しろ|しといてくれ|しておいてくれ))' +
    '(?:よ|ぞ|ね)?[」』]?(?:とのこと|との(?:指示|お達し|厳命|命令|お言葉|話)|(?:と|って)(?:言われ|いわれ|指示|釘|くぎ|クギ|念|命じ|厳命|おっしゃ|言って|話して|こと|話)|だそう|らしい)',
  'gu',
)
/** …with the city's matter it covers, in the quote or the sentence before (補助金は来年度から半分に削る). */
const MATTER88 = /補助金|助成|予算|事業|廃止|削減|削る|削ら|カット|縮小|増や|減ら|短縮|延長|見直|変更|導入|新設|統合|閉鎖|休止|移転|売却|値上げ|値下げ|有料|無料化|人事|異動|処分|契約|入札|来年度|新年度|方針|計画|半分|半額|[0-9〇一二三四五六七八九十]+(?:円|万|億|割|%|％)/u
/** …unless the matter is said to be published now. */
const MATTER_OUT = /公表し|発表し|公開し|ホームページ|市HP|掲載し/u
const APPOINTMENT_DRAFT_EMBARGO_SESSION_AND_HUSH_GATE = new ParagraphGate([APPOINTMENT, ANSWER_DRAFT88, EMBARGOED_PAPER, CLOSED_CONCEDED, HUSH_ORDER])
/** The end of the sentence after `at`'s, `n` sentences on (not past a blank line). */
function sentencesEnd(t: string, start: number, end: number, n: number): number {
  let to = sentenceAround(t, start, end).end
  for (let i = 0; i < n && to < t.length; i++) {
    if (t[to - 1] === '\n' && t[to] === '\n') break
    to = sentenceAround(t, to, to).end
  }
  return to
}
/** The start of the sentence before `at`'s (or of `at`'s, at the paragraph's start). */
function sentenceBeforeStart(t: string, at: number): number {
  const here = sentenceAround(t, at, at)
  return here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1).start : here.start
}
/** The wave-88 kinds (see the comment above CONSENT_POST), run after the wave-87 ones where the paragraph has no finding yet. */
export function runAppointmentDraftEmbargoSessionAndHushKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = APPOINTMENT_DRAFT_EMBARGO_SESSION_AND_HUSH_GATE.scan(t)
  if (q.may(APPOINTMENT) && CONSENT_AHEAD.test(t) && !CONSENT_DONE.test(t)) {
    emitAll(q, doc, t, APPOINTMENT, 'confidential/personnel', emit, spans, once(notAware))
  }
  if (q.may(ANSWER_DRAFT88) && !published(t)) {
    emitAll(q, doc, t, ANSWER_DRAFT88, 'confidential/pre-release', emit, spans, once((m) => {
      if (!notAware(m)) return false
      const end = m.index + m[0].length
      if (SHARE_VERB.test(m[0])) return !SHARED_INSIDE.test(m[0])
      const told = ANSWER_FORECAST.exec(t.slice(end, sentencesEnd(t, m.index, end, 1)))
      return told !== null && ANSWER_STANCE.test(told[0])
    }))
  }
  if (q.may(EMBARGOED_PAPER) && !PAPER_HELD88.test(t)) {
    emitAll(q, doc, t, EMBARGOED_PAPER, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      // 明日解禁のアユ漁の資料: a season's opening named up to the paper is no embargo.
      return notAware(m) && PAPER_SHOWN88.test(t.slice(end)) && !HARVEST_SEASON.test(t.slice(here.start, end)) && !published(t)
    }))
  }
  if (q.may(CLOSED_CONCEDED) && !published(t)) {
    emitAll(q, doc, t, CLOSED_CONCEDED, 'confidential/meeting', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const rest = t.slice(end, sentencesEnd(t, m.index, end, 2))
      const next = t.slice(end, sentencesEnd(t, m.index, end, 1))
      return notAware(m) && SESSION_TOLD.test(rest) && !SESSION_NOT_TOLD.test(next)
    }))
  }
  if (q.may(HUSH_ORDER) && !MATTER_OUT.test(t)) {
    emitAll(q, doc, t, HUSH_ORDER, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && MATTER88.test(t.slice(sentenceBeforeStart(t, m.index), m.index))))
  }
}
