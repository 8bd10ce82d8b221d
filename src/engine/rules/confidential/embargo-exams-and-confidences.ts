/**
 * confidential — An embargo broken, a successor named ahead, a firm's business told before it does (runEmbargoSuccessorAndBusinessKinds);
 * a budget under review, an inquiry's findings so far, what was given in confidence (runBudgetReviewAndConfidenceKinds); an inquiry
 * under way with a pinned party, a panel's talk, an exam's area or scoring hinted, a firm's talks (runInquiryPanelAndExamAreaKinds);
 * an exam's items hinted, a plan heard in confidence, an insider's account of a finding on a pinned party
 * (runExamItemAndInsiderFindingKinds, run at the end of runInquiryPanelAndExamAreaKinds). What stays clean: a test date announced,
 * past questions published, a plan announced by the firm, a telling refused, an investigation announced with no findings, an insider
 * on a cause with no party.
 *
 * Guideline clause 5(1): 秘密情報・機密情報を発信しない (rule ids confidential/*, metadata in meta.ts).
 */
import { sentenceAround } from '../../doc'
import {
  AHEAD, BUSINESS_NAMED, INQUIRY_IN_PRACTICE, POST_WORD, ParagraphGate, type ParagraphKindContext, SITING_CONCLUDED, TELL,
  TOLD_AHEAD_WORD, TRADE_FIRM, VALUE, emitAll, sentenceOf,
} from './context'

/*
 * Blind wave 83 kinds (R418T, R420V): an embargo asked by the owner broken with the matter told before it, a named firm's unreleased
 * business facts told as heard from it, and a post-holder's successor told while it is still being settled.
 * - Blind R418T-002 kind: the owner's hold until its release day reported in a concession (情報解禁日まで伏せてほしいと言われているんですが;
 *   放送日までは内緒にしてと頼まれていますが; 発売日まで口外しないよう念を押されていますが), then a telling ahead announced (一足先にお知らせ
 *   しちゃいます, 特別に先に書いちゃいます), the matter told in the sentence before or the one after (a date, a name, a plan): EMBARGO_BROKEN.
 *   A release already come (本日解禁となりました, 解禁されたので), a notice to wait (決まり次第お知らせします, お楽しみに), a telling refused
 *   (詳しくはお伝えできません) and a hold kept with no telling ahead stay clean.
 * - Blind R418T-057, R420V-042 kind: a named firm's unreleased business facts (a work's or a product's cost or budget with a figure, its main
 *   sponsor, an unreleased product to be launched) told with a mark that they were heard in confidence or are not out (こっそり教えてもらい
 *   ました, まだどこにも出ていない情報, 教えていただいたのですが): BUSINESS_FACT (generalising the wave-82 unit price kind); a product's
 *   launch only with a mark of confidence (SECRET_STRONG), as a firm may tell its own launch gladly. A firm's
 *   launch announced or on sale, a cost told at a press event or in the news, the city's own budget and a tip of a firm's that is no fact of
 *   its business (おいしい食べ方を教えていただきました) stay clean.
 * - Blind R420V-004 kind: a successor named while it is still being settled, said with 後任 and any verb of going to the post (後任には…課長が
 *   行く方向で調整中; 後釜に…さんが入る線で話が進んでいる; …さんが会長を退任し、…さんが引き継ぐ方向で調整), or a named person's leaving a
 *   post being settled: SUCCESSOR_AHEAD (generalising the wave-82 post kind). A list announced, a successor already in the post, a
 *   search with no one named and a successor chosen by an open call stay clean.
 */
const RELEASE_DAY = '(?:情報|報道|取材)?(?:解禁|発表|公表|公開|放送|放映|オンエア|発売|封切り?|リリース|告知|記者発表|正式発表|公式発表|お披露目|初日)(?:日|の日)?(?:まで|までの間)(?:は)?[、,]?'
const KEEP = '(?:伏せ(?:て|と)?(?:おいて|おく|とい?て|て)?|内緒に(?:して|しといて|しておいて)?|ないしょに(?:して)?|内密に(?:して)?|秘密に(?:して)?|黙って(?:おいて|いて|て)?|口外し(?:ない|ないで)|他言し(?:ない|ないで)|(?:外|表|外部|よそ)(?:に|へ)(?:は)?出さ(?:ない|ないで)|公表し(?:ない|ないで)|言わ(?:ない|ないで)|出さ(?:ない|ないで))'
const EMBARGO_BROKEN = new RegExp(
  `${RELEASE_DAY}[^。！？!?\\n]{0,8}?${KEEP}(?:ほしい|欲しい|ください|下さい|くれ|ね|よう(?:に)?|で)?(?:と|って)?[、,]?[^。！？!?\\n]{0,8}?(?:言われ|いわれ|頼まれ|お願いされ|念を押され|釘を刺され|くぎを刺され|求められ|口止めされ)(?:て|と)?(?:いる|いた|おり|ます|る|とる|ちょる)?[ぁ-ん]{0,6}?(?:が|けど|けれど|けども|ものの|のに|ばってん)(?=[、,]|[^ぁ-ん])`,
  'gu',
)
/** The telling ahead or on purpose, in the rest of that sentence (一足先にお知らせしちゃいます, 特別にお伝えします, こっそり書いちゃいます). */
const TELL_AHEAD = new RegExp(`(?:${AHEAD}|特別に|こっそり|ここだけで)[^。！？!?\\n]{0,10}?${TELL}|${TOLD_AHEAD_WORD}|フライング`, 'u')
/** The release already come, or the telling refused or put off. */
const EMBARGO_KEPT = /解禁(?:と)?なり|解禁され|解禁日を迎え|解禁しました|(?:公開|発表|公表|放送)(?:され|し)ました|次第|お待ち|お楽しみ|(?:でき|出来|られ)(?:ません|ない|ず)|控え/u
/** What is told: a date, a figure with its counter, a cast, a plan. */
const MATTER83 = /[0-9０-９]{1,4}(?:月|日|年|時|人|名|件|万|億)|主演|出演|撮影|ロケ|公開予定|発売予定|予定|決ま|決定|内定|『[^』\n]{1,20}』|「[^」\n]{1,20}」/u
const COST = `(?:制作費|製作費|開発費|総事業費|製造原価|原価|製造コスト|仕入れ値|仕入値|利益率|粗利|売上目標|広告費|宣伝費|出演料|ギャラ|(?:次回作|新作|新商品|新製品|新店舗?)の(?:予算|総予算|投資額))`
const BUSINESS_FACT = new RegExp(
  `${COST}(?:は|が|も)[、,]?[^。！？!?\\n]{0,12}?(?:${VALUE}|[0-9０-９]{1,3}(?:%|％|割))` +
    `|(?:メインスポンサー|筆頭スポンサー|冠スポンサー|スポンサー|出資者|出資元|提携先|資本提携先|買収先|出資企業)(?:は|が)[、,]?[^。！？!?\\n]{1,16}?(?:です|だ(?:そう|って|と)|に決ま|で決ま|になる|に内定|らしい|とのこと|の予定)` +
    `|(?:新商品|新製品|新作|新メニュー|新サービス|次回作|新店舗|新店|[0-9０-９]号店)[「『]?[^。！？!?\\n]{0,24}?(?:を|の)?(?:発売|販売|発表|出店|開店|オープン|公開|投入|売り出|出)(?:する|す)?(?:予定|見込み|計画|方向|準備)`,
  'gu',
)
/** An unreleased product (the third branch of BUSINESS_FACT): a firm may tell its own launch gladly, so only a mark of confidence counts. */
const PRODUCT_AHEAD = /^(?:新商品|新製品|新作|新メニュー|新サービス|次回作|新店舗|新店|[0-9０-９]号店)/u
const SECRET_STRONG = /こっそり|内緒|ないしょ|ナイショ|ここだけ|オフレコ|🤫|内々|まだ(?:どこにも|世間に|外に|表に|誰にも|公に)[^。！？!?\n]{0,6}?(?:出て|出し|言っ|話し|発表|公表)(?:い)?(?:ない|ません)|未発表|未公表/u
/** A firm named: TRADE_FIRM, a name in brackets with さん (「スタジオ有明」さん), or a maker called by its trade (…製菓さん). */
const FIRM83 = /[」』](?:さん|様|さま|社)|株式会社|有限会社|合同会社|(?:会社|メーカー|製菓|製作所|工業|産業|商店|酒造|醸造|プロダクション|スタジオ)(?:さん|様)/u
/** Heard in confidence, or said not to be out. */
const HEARD_SECRET = /こっそり|内緒|ないしょ|ナイショ|ここだけ|オフレコ|🤫|内々|まだ(?:どこにも|世間に|外に|表に|誰にも|公に)[^。！？!?\n]{0,6}?(?:出て|出し|言っ|話し|発表|公表)(?:い)?(?:ない|ません)|未発表|未公表|(?:教えて|聞かせて)(?:いただ|もら|くださ|くれ)|(?:から|に)(?:伺|うかが|聞)(?:いま|った|いた)/u
/** The firm's own release, a press event, a product on sale. */
const BUSINESS_PUBLIC = /発表し|公表し|会見|記者発表|プレスリリース|ニュースリリース|報道|新聞|ニュース|テレビで|ホームページ|公式サイト|市HP|発売中|発売され|発売しました|販売中|販売開始|好評|お買い求め|店頭に並|予約受付|説明会|お披露目|公募/u
const SUCCESSOR_VERB = '(?:就く|就任|起用|充て|昇格|昇任|異動|座る|着任|就け|据え|抜擢|なる|横滑り|戻る|行く|いく|入る|来る|くる|回る|上がる|引き継ぐ|継ぐ|務める)'
const SETTLING = '(?:方向|見込み|見通し|線|案|こと|予定)(?:で|が|と|に)[^。！？!?\\n]{0,8}?(?:最終)?(?:調整|検討|固ま|まとま|内定|詰め|根回し|話が進|進ん|進め)'
const SUCCESSOR_AHEAD = new RegExp(
  `(?:後任|後釜|後継)(?:者)?(?:に|には|として|は)[、,]?[^。！？!?\\n]{0,24}?(?:が|を)[、,]?${SUCCESSOR_VERB}[^。！？!?\\n]{0,4}?${SETTLING}` +
    `|[\\p{Script=Han}\\p{Script=Katakana}]{1,8}(?:さん|氏|${POST_WORD}|会長|理事長|社長|代表)が[、,]?[^。！？!?\\n]{0,16}?(?:退任|辞任|勇退|退職|交代|更迭|降格)(?:する|される|となる|し)?[^。！？!?\\n]{0,4}?${SETTLING}`,
  'gu',
)
/** A successor by open call or with no one named, or the move already announced or made. */
const SUCCESSOR_OPEN = /公募|選考中|未定|決まり次第|発表し|公表し|辞令|内示(?:があり|を受け|され)|着任しました|就任しました|退任しました|議会の同意|同意案|選任案|ホームページ|市HP|広報|総会で(?:承認|選任)/u
const EMBARGO_SUCCESSOR_AND_BUSINESS_GATE = new ParagraphGate([EMBARGO_BROKEN, BUSINESS_FACT, SUCCESSOR_AHEAD])
/** The embargo, successor and business kinds (first caught by blind wave 83) (see the comment above RELEASE_DAY), run where the paragraph has no finding yet. */
export function runEmbargoSuccessorAndBusinessKinds({ input, t, spans, notAware, aware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = EMBARGO_SUCCESSOR_AND_BUSINESS_GATE.scan(t)
  if (q.may(EMBARGO_BROKEN)) {
    emitAll(q, doc, t, EMBARGO_BROKEN, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const rest = t.slice(end, here.end)
      // The request's own words (口外しないよう) are no lesson: awareness is read in the rest of the sentence.
      if (aware(t.slice(here.start, m.index) + rest) || !TELL_AHEAD.test(rest) || EMBARGO_KEPT.test(t.slice(here.start, here.end))) return false
      const before = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1) : here
      const after = here.end < t.length ? sentenceAround(t, here.end + 1, here.end + 1) : here
      const told = (before.start < here.start ? t.slice(before.start, before.end) : '') + '\n' + (after.end > here.end ? t.slice(after.start, after.end) : '')
      return MATTER83.test(told) && !EMBARGO_KEPT.test(told)
    }))
  }
  if (published(t)) return
  if (q.may(BUSINESS_FACT) && (FIRM83.test(t) || TRADE_FIRM.test(t)) && HEARD_SECRET.test(t) && !BUSINESS_PUBLIC.test(t)) {
    emitAll(q, doc, t, BUSINESS_FACT, 'confidential/negotiation', emit, spans, once((m) => notAware(m) && (!PRODUCT_AHEAD.test(m[0]) || SECRET_STRONG.test(t)) && !INQUIRY_IN_PRACTICE.test(sentenceOf(t, m.index, m.index + m[0].length))))
  }
  if (q.may(SUCCESSOR_AHEAD) && !SUCCESSOR_OPEN.test(t)) {
    emitAll(q, doc, t, SUCCESSOR_AHEAD, 'confidential/personnel', emit, spans, once(notAware))
  }
}
/*
 * Blind wave 84 kinds (R422X, R424Z): a budget request under assessment told with its figures, a marker said to be on the paper being
 * told, the city's own investigation or audit under way told with its findings so far, and information given in confidence then told.
 * - Blind R422X-024 kind: a budget request still under assessment or being compiled (査定中の予算案では; 予算要求の段階ですが; 財政課と協議中の
 *   要求額は) told with its figure and the change asked (…円から…円に増額, …%削減, 新設): BUDGET_UNDER_REVIEW in one sentence. A budget
 *   published or passed (予算案を公表しました, 議会で可決), an assessment named with no figure (査定中のため窓口が混み合います) and the
 *   state's published requests stay clean.
 *   Blind R457J-030 kind (widened): revenue as well as spending (売却収入として…を見込んでいます, 使用料収入は…と想定), a sum in mixed
 *   units (2億8千万円, 8千万円, 二億八千万円) and the stage in brackets (要求段階（財政課の査定前）の数字ですが). The new predicates
 *   (見込む, 想定, 充当, 確保) need the budget named in the paragraph: a car's appraisal (車の査定前に…高く売れる見込み) is no budget.
 *   A budget published or passed and a figure with no stage named stay clean.
 * - Blind R422X-030 kind: a marker quoted as the label of the paper being told (表紙に「庁内限り」と書いてある資料なんですが…), then a leak
 *   (先出し, ちょっとだけ, 内緒で, こっそり) or contents still under adjustment with a figure (上限…円で調整しています): markerOnToldPaper,
 *   which makes the quoted marker a use, not a mention. A marker explained in training (「庁内限り」の資料は外に出さないでください), a
 *   telling refused (お見せできません) and a paper found public stay clean.
 * - Blind R422X-033, R424Z-043 kind: the city's own investigation, audit or check under way (調査を進めています, 監査中です, 確認中) on a case
 *   (疑い, 事案, 不正, 事故) told with its findings so far (…まで分かっています, これまでの聞き取りで, 判明しています): FINDINGS_SO_FAR in a
 *   paragraph with INQUIRY_UNDER_WAY84 (generalising the wave-82 interim findings kind). An investigation announced with no findings
 *   (結果は判明次第お知らせします), audit results published, an apology or an official statement and a case in the press stay clean.
 * - Blind R424Z-053 kind: information said to be given in confidence (非公開でいただいた, 内々に伺った, オフレコで聞いた, ここだけの話として
 *   教えてもらった) then told in the same sentence or the next (…によると…撤退を検討しているそうです): GIVEN_IN_CONFIDENCE. A telling
 *   refused (内容はお伝えできません), a meeting held in closed session with nothing told and a paper later published stay clean.
 */
const BUDGET_UNDER_REVIEW =
  /(?:査定中|査定前|査定段階|査定の段階|要求段階|要求の段階|予算編成中|編成作業中|財政課(?:と|の|で)(?:協議|査定|ヒアリング)中|財政(?:課|当局)に(?:上が|上げ|出し|要求し))[^。！？!?\n]{0,60}?(?:[0-9０-９][0-9０-９,，.]{0,12}(?:億(?:[0-9０-９,，]{1,5}[千百]?万)?|[千百]?万|千)?円|[〇一二三四五六七八九十百千]{1,8}(?:万|億)[〇一二三四五六七八九十百千万]{0,8}円|[0-9０-９]{1,3}(?:%|％|割))[^。！？!?\n]{0,30}?(?:増額|減額|引き上げ|引き下げ|上乗せ|拡充|削減|削ら|計上|新設|廃止|倍増|半減|要求し|要求して|盛り込|見込ん|見込み|見込む|見積も|見積っ|想定し|想定して|充て|充当|確保し)/gu
/** Blind R457J-030 kind: the widened predicates (a revenue or a spending figure expected, 見込んでいます, 想定しています) name no budget on their own. */
const BUDGET_EXPECTED = /見込|見積|想定|充て|充当|確保/u
/** …so the paragraph must name the budget (予算, 歳入, 歳出, 財政, 要求) for them. */
const BUDGET_NAMED = /予算|歳入|歳出|財政|要求|事業費/u
/** The budget told to all: published, passed, sent to the council, or the state's own published requests. */
const BUDGET_OUT84 = /可決|議決|成立し|上程し|提案し(?:まし|てい)|議会に提出|公表し|発表し|記者発表|報道|ホームページ|市HP|国の|県の|省の|概算要求/u
const INQUIRY_UNDER_WAY84 =
  /(?:調査|監査|確認|検査|聞き取り|聴き取り|事実確認|実態把握|検証)(?:中|を進めて(?:い|お)|を行って(?:い|お)|をして(?:い|お)|して(?:い|お)り|しています|を続けて(?:い|お))/u
/** A case: a suspicion, an incident, wrongdoing. */
const CASE84 = /疑い|事案|不正|不適切|事故|虐待|死亡|被害|違反|過大|水増し|改ざん|横領|着服/u
/**
 * Blind R434K-048 kind: the body doing the inquiry named (監査委員事務局が調査中で, 第三者委員会が調べています) stands for the case when
 * the paragraph names none of CASE84's words (…領収書のない支出が約28万円あることまでは分かっています; まで then は is read too).
 */
const AUDIT_BODY = /監査委員|監査事務局|第三者委員会|調査委員会|百条委員会|外部調査委員/u
const FINDINGS_SO_FAR =
  /(?:これまでの|現時点までの|今までの|現在までの)(?:調査|監査|調べ|聞き取り|聴き取り|確認|検査)(?:で|では|によると|によれば|の結果)[、,]?[^。！？!?\n]{4,80}?(?:分かって|わかって|判明して|確認されて|確認できて|明らかになって)|(?:こと|の)(?:まで(?:は)?|が|も)(?:分かって|わかって|判明して|明らかになって)(?:い|お)|(?:ことまで|までは)(?:確認|把握)(?:でき|して|され)(?:てい|てお|ま)/gu
/** The findings told officially: released, apologised for, in the press, or put off (判明次第). */
const INQUIRY_OUT84 = /公表し|発表し|記者会見|報道|新聞|ニュース|お詫び|おわび|申し訳|ご迷惑|ご心配をおかけ|次第|改めて(?:お知らせ|ご報告)|ホームページ|市HP|監査結果|調査結果(?:を|が)(?:まとま|出)/u
const GIVEN_IN_CONFIDENCE =
  /(?:非公開|内々|内内|オフレコ|内密|極秘|ここだけの話)(?:で|に|として|の(?:話|情報|資料)として)[^。！？!?\n]{0,8}?(?:いただい|頂い|もらっ|受け取っ|提供(?:され|いただい|を受け)|教えて(?:いただい|もらっ|くれ)|伺っ|うかがっ|聞い|聞かせて(?:いただい|もらっ)|見せて(?:いただい|もらっ))(?:た|て)/gu
/** What is then told: a plan, a figure, a hearsay ending. */
const CONFIDENCE_TOLD = /によると|によれば|では|には|そうです|らしい|とのこと|検討して|検討中|予定|方針|見込み|決ま|撤退|[0-9０-９]{1,4}(?:月|年|円|万|億|人|名|件|%|％|割)/u
/** A telling refused or the paper released. */
export const CONFIDENCE_KEPT = /(?:でき|出来|られ)(?:ません|ない|ず|かね)|控え|書けません|言えません|公表され|公開され|発表され|次第/u
/**
 * Blind R451C-018 kind (widening FINDINGS_SO_FAR to the city's own inquiry into a named firm): the findings so far told as a known sum or
 * fact (これまでに分かった不正請求額は約…円; 現時点で判明している過大受給は…件; 今のところ確認できた水増し分は…; …ことも確認済み)
 * while the inquiry on a wrongdoing (疑い, 不正, 架空, 水増し, 違反) is under way and the party is named (「…整骨院」, …工務店さん,
 * 株式会社…, …クリニック): FINDINGS_TOLD with INQUIRY_UNDER_WAY85, WRONGDOING and PARTY_NAMED in the paragraph. A disaster
 * survey's count (これまでに確認された被害は住宅15棟), an inquiry with no party named, findings put off (分かり次第) and a penalty
 * announced stay clean.
 */
const FINDINGS_TOLD =
  /(?:これまでに|これまで|現時点で|現時点までに|現在までに|今までに|今のところ|いまのところ)(?:に)?(?:分かった|わかった|分かっている|わかっている|判明した|判明している|確認された|確認できた|確認している|把握した|把握できた|把握している)(?:だけで(?:も)?|範囲で(?:は|も)?|ところ(?:では)?)?[、,]?[^。！？!?\n]{0,24}?(?:は|が|で|も)[、,]?[^。！？!?\n]{0,24}?(?:[0-9０-９]|[一二三四五六七八九十百千]{1,4}(?:件|人|名|万|億|円|割|か所|回|枚))|(?:こと|の)(?:も|が|を|は)確認済み/gu
const WRONGDOING = /疑い|不正|架空|水増し|過大(?:請求|受給|支給)|違反|不法|違法|偽装|横領|着服|改ざん|無許可|無届|虚偽/u
const PARTY_NAMED = new RegExp(
  `「[^」\\n]{2,20}?(?:院|医院|病院|クリニック|店|所|社|園|館|堂|屋|会|センター|薬局|ホーム|工務店|商店|建設)」|${BUSINESS_NAMED.source}|[\\p{Script=Han}\\p{Script=Katakana}ー]{2,10}(?:整骨院|接骨院|鍼灸院|治療院|医院|歯科|クリニック|薬局|工務店|建設|不動産|介護センター|デイサービス)(?:さん|様)?(?:は|が|を|で|の|に)`,
  'u',
)
const BUDGET_REVIEW_AND_CONFIDENCE_GATE = new ParagraphGate([BUDGET_UNDER_REVIEW, FINDINGS_SO_FAR, GIVEN_IN_CONFIDENCE, FINDINGS_TOLD])
/** The budget-review, findings-so-far and confidence kinds (first caught by blind wave 84) (see the comment above BUDGET_UNDER_REVIEW), run where the paragraph has no finding yet. */
export function runBudgetReviewAndConfidenceKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = BUDGET_REVIEW_AND_CONFIDENCE_GATE.scan(t)
  if (published(t)) return
  if (q.may(BUDGET_UNDER_REVIEW) && !BUDGET_OUT84.test(t)) {
    emitAll(q, doc, t, BUDGET_UNDER_REVIEW, 'confidential/budget', emit, spans, once((m) => notAware(m) && (BUDGET_NAMED.test(t) || !BUDGET_EXPECTED.test(m[0]))))
  }
  if (q.may(FINDINGS_SO_FAR) && INQUIRY_UNDER_WAY84.test(t) && (CASE84.test(t) || AUDIT_BODY.test(t)) && !INQUIRY_OUT84.test(t)) {
    emitAll(q, doc, t, FINDINGS_SO_FAR, 'confidential/investigation', emit, spans, once((m) => notAware(m) && !INQUIRY_IN_PRACTICE.test(sentenceOf(t, m.index, m.index + m[0].length))))
  }
  if (q.may(FINDINGS_TOLD) && INQUIRY_UNDER_WAY85.test(t) && WRONGDOING.test(t) && PARTY_NAMED.test(t) && !INQUIRY_OUT84.test(t) && !INQUIRY_OUT85.test(t)) {
    emitAll(q, doc, t, FINDINGS_TOLD, 'confidential/investigation', emit, spans, once((m) => notAware(m) && !INQUIRY_IN_PRACTICE.test(sentenceOf(t, m.index, m.index + m[0].length))))
  }
  if (q.may(GIVEN_IN_CONFIDENCE)) {
    emitAll(q, doc, t, GIVEN_IN_CONFIDENCE, 'confidential/negotiation', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const next = here.end < t.length ? sentenceAround(t, here.end + 1, here.end + 1) : here
      const rest = t.slice(end, next.end > here.end ? next.end : here.end)
      return notAware(m) && rest.length >= 6 && CONFIDENCE_TOLD.test(rest) && !CONFIDENCE_KEPT.test(t.slice(here.start, next.end > here.end ? next.end : here.end))
    }))
  }
}
/*
 * Blind wave 85 kinds (R426B, R427C): the city's investigation under way told with its findings as plain facts and the party pinned, an
 * upcoming exam's areas hinted by its setter, a screening panel's private talk told, a named firm's siting talks told with their terms
 * while the announcement is still to come.
 * - Blind R426B-029, R427C-019 kind: an investigation, audit or check still under way (調査を続けています, 警察と連携して調べを進めて
 *   おります) on a case (違反, 不正, 疑い, 不法) told, in another sentence, with the party named or pinned (㈱…, 株式会社…, …工務店;
 *   当該店舗は…町の…店) and a finding told as plain facts with its figure (6棟すべてで…超えていて; 売上の約4割が…でした):
 *   PARTY_PINNED with FOUND_FACT in its sentence (generalising wave 84's FINDINGS_SO_FAR, which needs 分かっています/判明).
 *   An investigation announced with no findings (分かり次第お知らせします), a penalty announced (営業停止処分を行いました) and a shop
 *   pinned with no case under inquiry stay clean.
 * - Blind R426B-059 kind: the areas an upcoming exam will ask, said by the setter side (今度の専門試験は…から多めに出題します; 次回の
 *   昇任試験は…あたりから重点的に出しますね; …から出ますよ) with a hint framing (ヒント, ここだけ, ちょっとだけ) or a weight (多めに,
 *   重点的に, 中心に): EXAM_AREA_HINTED (generalising EXAM_QUESTION_TOLD, which reads 第N問). A scope published in the guide (試験案内に
 *   掲載の出題分野), a local quiz's announced scope and advice to study past papers stay clean.
 * - Blind R427C-039 kind: what was said among a screening's reviewers, quoted or reported (審査委員の間では「…辛めに採点しよう」という話
 *   も出ていた; 面接官の間では「…は落とそう」との申し合わせ), on how to score or whom to pass: PANEL_TALK. A panel's praise (どの作品も
 *   甲乙つけがたいという声), a published review (講評) or minutes (議事録, 会議録) and a result's published counts stay clean.
 * - Blind R427C-043 kind: talks with a named firm (…株式会社さんと第2工場の立地について協議) told with their terms (用地は…でほぼ合意,
 *   雇用は80人規模, 投資額は約12億円, 賃料は…万円) while the announcement is still to come (正式発表はできませんが, 公表は秋の予定,
 *   発表はまだ先): FIRM_TALKS with SITING_TERMS and ANNOUNCE_AHEAD85 in the paragraph. A siting agreement signed or announced (立地
 *   協定を締結しました), talks with no firm named and talks on a pact with no terms stay clean.
 */
const INQUIRY_UNDER_WAY85 =
  /(?:調査|調べ|監査|確認|検査|聞き取り|聴き取り|事実確認|実態把握|検証|立入り|立ち入り)(?:中|を進めて(?:い|お)|を行って(?:い|お)|をして(?:い|お)|して(?:い|お)り|しています|を続けて(?:い|お)|を継続して|を重ねて)/u
const CASE85 = /疑い|事案|不正|不適切|事故|虐待|被害|違反|過大|水増し|改ざん|横領|着服|不法|違法|偽装|無許可|無届/u
const PARTY_PINNED =
  /(?:㈱|㈲|株式会社|有限会社|合同会社|[（(][株有][）)])[\p{Script=Han}\p{Script=Katakana}A-Za-zー・]{2,12}|[\p{Script=Han}\p{Script=Katakana}ー]{2,10}(?:建設|工務店|工業|産業|商事|商店|ホームズ|ハウス|不動産|住宅|興業|食品|運輸|運送)(?:さん|様)?(?:が|の|は|で)|当該(?:店舗|店|事業者|業者|事業所|施設|法人|会社|工場|園|医院|薬局|団体)(?:は|が)[、,]?[^。！？!?\n]{0,16}?(?:町|区|地区|丁目|駅前|通り|村)(?:の|にある)[^。！？!?\n]{0,12}?(?:店|業者|会社|事業所|施設|工場|医院|薬局|園|ホーム)/gu
/** A finding told as a plain fact with its figure (6棟すべてで…超えていて; 約4割が…でした; 約30トンの廃材が見つかりました). */
const FOUND_FACT =
  /(?:[0-9０-９]{1,5}(?:[.．][0-9０-９]{1,2})?(?:棟|件|人|名|戸|店|店舗|台|回|割|%|％|倍|万円|円|億円|園|世帯|か所|カ所|箇所|トン|t|kg|点|本)|[一二三四五六七八九十]割)[^。！？!?\n]{0,30}?(?:でした|ました|ていて|ていた|てい(?:まし)?た|ありました|あった|超えて|上回って|下回って|足りず|不足して)/u
/** The matter made public or closed: a penalty given, a charge, an arrest, a release. */
export const INQUIRY_OUT85 = /処分を(?:行い|行っ|し)|処分しました|指名停止|営業停止|業務停止|告発し|逮捕|書類送検|公表し|発表し|記者会見|報道|次第|お詫び|おわび|申し訳/u
const EXAM_AREA_HINTED =
  /(?:本番|今年|今年度|本年度|今回|今度|次回|明日|あす|来週|来月|次)の[^。！？!?\n]{0,14}?(?:試験|テスト|検定|筆記|問題)(?:は|では|で|って)[、,]?[^。！？!?\n]{2,50}?(?:から|より|を中心に|を重点的に|について|に関して|の分野|の範囲|あたり)[^。！？!?\n]{0,10}?(?:出題(?:します|しま|する(?:予定|つもり|よ|ので|から)|されます|される(?:予定|よ|ので))|出し(?:ます|まーす)|出す(?:予定|つもり|よ|ので|から)|出ます|出る(?:よ|ので|から|予定|かも)|問います|問う(?:予定|つもり))/gu
/** A hint framing in the paragraph. */
const EXAM_HINT = /ヒント|ここだけ|内緒|ないしょ|ナイショ|こっそり|ちょっとだけ|少しだけ|特別に|ヤマ|狙い目|教えちゃ|先出し|オフレコ/u
/** A weight on the areas named (多めに, 重点的に). */
const EXAM_WEIGHT = /多め|多く|重点|中心|集中|必ず|ズバリ|ずばり|絶対/u
/** The scope published or pointed to. */
const EXAM_SCOPE_PUBLISHED = /試験案内|受験案内|募集要項|要項|要綱|ホームページ|市HP|掲載|公表|公開|過去問|過去の問題|例年どおり|例年通り/u
const PANEL_TALK =
  /(?:(?:審査|選考|選定|評価|採点|面接)(?:委員|員|官)(?:会)?(?:の方々|の皆さん|たち|さん)?(?:の間|の中|同士|内部|の内輪)|(?:審査会|選考会|選定会議|審査の場|選考の場|採点会議))(?:では|で|でも|には)[、,]?([^。！？!?\n]{0,70}?)(?:という|といった|との|って)(?:話|意見|声|発言|方針|申し合わせ|空気|雰囲気|議論|こと)(?:も|が|は|に)?[^。！？!?\n]{0,6}?(?:出て|出た|出まし|出され|あり|あっ|上が|聞か|にな|なっ|決ま)/gu
/** What was said is on how to score or whom to pass. */
const SCORING = /採点|点数|点を|点をつけ|点を付け|減点|加点|辛め|甘め|厳しめ|厳しく|厳しい目|落と|外そう|外す|通さ|通そう|通す|通りやす|不利|有利|優先|後回し|見送|不採択|採択しない/u
const PANEL_PUBLISHED = /講評|議事録|会議録|議事要旨|公開し|公表し|掲載し|ホームページ|市HP/u
const FIRM_TALKS = new RegExp(
  `(?:${BUSINESS_NAMED.source})(?:さん|様|さま)?(?:と|との)[^。！？!?\\n]{0,30}?(?:協議|交渉|折衝|話し合い|商談|打ち?合わ?せ|打合せ)`,
  'gu',
)
const SITING_TERMS =
  /(?:用地|候補地|土地|敷地|建設地|跡地|雇用|採用|投資額|設備投資|賃料|価格|奨励金|補助)(?:は|が|も)?[^。！？!?\n]{0,24}?(?:合意|まとま|固ま|決ま|見込|なりそう|規模|で調整|折り合|[0-9０-９]{1,5}(?:人|名|億|万|ha|ヘクタール|㎡|平方メートル))/u
const ANNOUNCE_AHEAD85 =
  /(?:正式(?:な|の)?(?:発表|公表|決定)|発表|公表|プレスリリース|記者発表|公式発表)(?:は|が|まで(?:は)?|の前|前)?[^。！？!?\n]{0,12}?(?:できません|できない|出来ません|まだ|これから|来月|来週|予定|控え|先|伏せ|内緒|オフレコ|言えません|書けません)|それまで[^。！？!?\n]{0,10}?(?:発表|公表|言え|書け|出せ)/u
const INQUIRY_PANEL_AND_EXAM_AREA_GATE = new ParagraphGate([PARTY_PINNED, EXAM_AREA_HINTED, PANEL_TALK, FIRM_TALKS])
/** The inquiry, panel and exam-area kinds (first caught by blind wave 85) (see the comment above INQUIRY_UNDER_WAY85), run where the paragraph has no finding yet. */
export function runInquiryPanelAndExamAreaKinds(ctx: ParagraphKindContext): void {
  const { input, t, spans, notAware, once, published } = ctx
  const { doc, emit } = input
  const q = INQUIRY_PANEL_AND_EXAM_AREA_GATE.scan(t)
  if (published(t)) return
  if (q.may(PARTY_PINNED) && INQUIRY_UNDER_WAY85.test(t) && CASE85.test(t) && !INQUIRY_OUT85.test(t)) {
    emitAll(q, doc, t, PARTY_PINNED, 'confidential/investigation', emit, spans, once((m) => {
      const here = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(here.start, here.end)
      return notAware(m) && !INQUIRY_UNDER_WAY85.test(sentence) && FOUND_FACT.test(t.slice(m.index, here.end)) && !INQUIRY_IN_PRACTICE.test(sentence)
    }))
  }
  if (q.may(EXAM_AREA_HINTED) && !EXAM_SCOPE_PUBLISHED.test(t)) {
    emitAll(q, doc, t, EXAM_AREA_HINTED, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && (EXAM_HINT.test(t) || EXAM_WEIGHT.test(m[0]))))
  }
  if (q.may(PANEL_TALK) && !PANEL_PUBLISHED.test(t)) {
    emitAll(q, doc, t, PANEL_TALK, 'confidential/meeting', emit, spans, once((m) => notAware(m) && SCORING.test(m[1] ?? '')))
  }
  if (q.may(FIRM_TALKS) && SITING_TERMS.test(t) && ANNOUNCE_AHEAD85.test(t) && !SITING_CONCLUDED.test(t)) {
    emitAll(q, doc, t, FIRM_TALKS, 'confidential/negotiation', emit, spans, once(notAware))
  }
  runExamItemAndInsiderFindingKinds(ctx)
}
/*
 * Blind wave 86 kinds (R429E, R430F): an upcoming test's questions hinted item by item, a plan heard in confidence with the confidence
 * word after the content, an investigation under way with an insider's account of the finding on a pinned party.
 * - Blind R429E-051 kind: in a post about a test to come (来週の…テスト, 次回の検定, 明日の試験) with a hint framing (ヒント, ここだけ,
 *   ちょっとだけ), an item of the paper named with its topic and a coming tense (大問３は円周角…から出るよ; 第2問は…が出ます; 大問1は…を
 *   出します): EXAM_ITEM_HINTED (generalising wave 85's EXAM_AREA_HINTED, which needs 試験は…から出題します). A test date announced,
 *   past questions published (過去問, 市HP) and last year's items told in the past (大問3は…が出ました) stay clean.
 * - Blind R430F-008 kind: a plan, move or intention told, then said to have been heard in confidence (…新工場を建てる計画があると内々に
 *   伺いました; …撤退を検討しているとオフレコで聞きました; …移転する方向だと内密に教えていただきました): CONFIDED_AFTER (wave 84's
 *   GIVEN_IN_CONFIDENCE with the confidence word after the content). A telling refused (詳細はお伝えできません), a plan announced by the
 *   firm and a meeting held in confidence with nothing told stay clean.
 * - Blind R430F-014 kind: an investigation under way on a case (調査を進めています; 不正受給の疑い) told, in the paragraph, with an insider's
 *   account (関係者によると, 関係者の話では) of a finding (可能性が高い, 疑いが強い, …ていたとみられる) on a pinned party (当該法人の事務局長,
 *   団体の代表が): INSIDER_FINDING with PARTY_ROLE in its sentence (generalising wave 84/85's findings, which need 分かっています or a
 *   plain fact with a figure). An investigation announced with no findings, an insider's word on the cause with no party pinned and a
 *   case made public (公表しました, 分かり次第) stay clean.
 */
const EXAM_ITEM_HINTED =
  /(?:大問|第)[0-9０-９一二三四五六七八九十]{1,2}問?(?:目)?(?:は|では|には|って)[、,]?[^。！？!?\n]{1,40}?(?:出(?:る(?:よ|から|ので|かも|って|ぞ|！|!)|ます|まーす|ま〜す)|出題(?:します|されます|する(?:よ|から|ので|予定))|出し(?:ます|まーす)|出す(?:よ|から|ので|予定|つもり))/gu
/** A test still to come in the paragraph. */
const TEST_AHEAD86 = /(?:本番|今度|次回|明日|あす|あした|来週|来月|今週|週明け|今年|今回|次)の[^。！？!?\n]{0,14}?(?:試験|テスト|検定|考査|模試)/u
const CONFIDED_AFTER =
  /(?:計画|予定|方針|構想|意向|方向|見込み|検討|撤退|移転|閉鎖|閉店|進出|新設|建設|増設|出店|統合|合併|買収|売却|人員削減|廃業|休業)[^。！？!?\n]{0,14}?(?:と|って)[、,]?(?:非公開|内々|内内|オフレコ|内密|極秘|ここだけの話)(?:で|に|として)[、,]?(?:お?伺い|お?うかがい|お?聞き|聞かせて(?:いただき|もらい|いただい|もらっ)|教えて(?:いただき|もらい|くれ|もらっ|いただい)|伺っ|うかがっ|聞い|耳にし)/gu
const INSIDER_FINDING =
  /(?:関係者|関係筋|事情を知る(?:人|方|職員)|内部の(?:人|方|職員))(?:に(?:よると|よれば)|の話では|の話によると|から聞いた話では)[、,]?[^。！？!?\n]{4,70}?(?:可能性が(?:高い|大きい|濃厚)|疑いが(?:強い|濃厚)|(?:た|る)(?:と|も)(?:みられ|見られ)|ていた(?:よう|らしい|模様|とのこと|そう))/gu
/** The party pinned: 当該…, an organisation's officer. */
const PARTY_ROLE =
  /当該|(?:法人|団体|会社|社|店|事業者|事業所|施設|園|協会|組合)の(?:代表|理事長|理事|事務局長|社長|会長|役員|経理担当|会計担当|担当者|職員|従業員|園長|施設長)|(?:代表者|理事長|事務局長|社長|会長|園長|施設長|会計担当者?)が/u
const EXAM_ITEM_AND_INSIDER_FINDING_GATE = new ParagraphGate([EXAM_ITEM_HINTED, CONFIDED_AFTER, INSIDER_FINDING])
/** The exam-item, confided-plan and insider-finding kinds (first caught by blind wave 86) (see the comment above EXAM_ITEM_HINTED), run at the end of runInquiryPanelAndExamAreaKinds. */
function runExamItemAndInsiderFindingKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = EXAM_ITEM_AND_INSIDER_FINDING_GATE.scan(t)
  if (published(t)) return
  if (q.may(EXAM_ITEM_HINTED) && TEST_AHEAD86.test(t) && EXAM_HINT.test(t) && !EXAM_SCOPE_PUBLISHED.test(t)) {
    emitAll(q, doc, t, EXAM_ITEM_HINTED, 'confidential/pre-release', emit, spans, once(notAware))
  }
  if (q.may(CONFIDED_AFTER)) {
    emitAll(q, doc, t, CONFIDED_AFTER, 'confidential/negotiation', emit, spans, once((m) => {
      const here = sentenceAround(t, m.index, m.index + m[0].length)
      const next = here.end < t.length ? sentenceAround(t, here.end + 1, here.end + 1) : here
      return notAware(m) && !CONFIDENCE_KEPT.test(t.slice(here.start, next.end > here.end ? next.end : here.end))
    }))
  }
  if (q.may(INSIDER_FINDING) && INQUIRY_UNDER_WAY85.test(t) && CASE85.test(t) && !INQUIRY_OUT85.test(t)) {
    emitAll(q, doc, t, INSIDER_FINDING, 'confidential/investigation', emit, spans, once((m) => {
      const here = sentenceAround(t, m.index, m.index + m[0].length)
      return notAware(m) && PARTY_ROLE.test(t.slice(here.start, here.end))
    }))
  }
}
