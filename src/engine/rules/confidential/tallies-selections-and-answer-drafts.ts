/**
 * confidential — An audit just held, a health investigation's findings so far, one facility's case counts to an
 * enquirer, figures shared in an internal meeting, an exam tip, a count before the tally (runTallyAuditAndExamTipKinds); an offer in
 * talks, who leads a selection, a report's draft, figures normally not shown, a class's harm survey, a test question known, a rival's
 * bid, discipline under way, an exam part's theme (runSelectionDisciplineAndExamThemeKinds); a draft answer to the council, the city's
 * estimate told to bidders, a staff survey's counts (runAnswerDraftAndStaffSurveyKinds). What stays clean: each announced or published.
 *
 * Guideline clause 5(1): 秘密情報・機密情報を発信しない (rule ids confidential/*, metadata in meta.ts).
 */
import type { Span } from '../../text'
import { sentenceAround } from '../../doc'
import {
  DISCIPLINE_WHO, EXAM_THEME_PUBLIC, EXAM_TO_COME, EXAM_TO_COME58, PUBLIC_PART, ParagraphGate, type ParagraphKindContext, VALUE61,
  emitAll, meetingBasis, sentenceOf,
} from './context'

/*
 * conf62 kinds (blind R336D: health and welfare sections telling facts not yet published, in good faith). Each is read as a kind, in
 * the wordings a member of staff would use, only where the paragraph has no finding of the family yet (as the conf56–conf61 kinds).
 * - An audit or an inspection of the city's work just held (先日、県による生活保護の指導監査がありました; 先週の内部監査で; 今回の実地指導では),
 *   then its findings told with their count (ケース記録の更新漏れが47件…指摘されています; 指摘事項は5件で): AUDIT_COUNT with AUDIT_HELD.
 *   A result published (公表しました, ホームページ, 措置状況), a count of none (指摘はゼロ) and an audit told of in general (例年, 監査とは) stay clean.
 * - A health investigation still going on (食中毒の疑いで調査中の飲食店; 集団発生…疫学調査の中間報告), then what it has found so far (保健所の
 *   聞き取りでは、…ことが分かってきました; 発症者23人のうち19人が3歳児クラスに集中しており、給食は原因から外れました): INQUIRY_FOUND with
 *   HEALTH_CASE and a case of its own (SPECIFIC_CASE). The authority's release (県の発表によると), surveillance reports (発生動向調査)
 *   and advice on hygiene stay clean.
 * - One facility's case counts given to an enquirer (お問い合わせの件ですが、担当課に確認したところ、該当の施設の感染者は職員3名・入所者5名
 *   で): FACILITY_CASES with ENQUIRY. A release of the city's or the prefecture's, counts for the whole city and a facility's notice
 *   with no count stay clean.
 * - Figures shared in an internal meeting, told (庁内連絡会議で共有された数字ですが、…約210人で、その3割が…): MEETING_FIGURE with a figure in
 *   that sentence or the next. A meeting's figures published and a meeting named with no figure stay clean.
 * - What this year's exam will ask, passed on as a tip to candidates (今年の市の保健師採用試験の専門試験は、母子保健と感染症対策からの出題が
 *   中心です。…必ず押さえておいてください): EXAM_TOPIC with EXAM_TIP62 or hearsay. The published scope or subjects (出題範囲, 試験科目,
 *   受験案内), past exams and a notice with no tip stay clean.
 * - A count told while its official tally is said not to be done (正式な集計はまだですが、…十月末の時点で百十二件と; 集計の途中ですが、…320件を
 *   超えています), in any numerals: TALLY_NOT_DONE with a figure after it in that sentence or the next. A tally promised with no figure
 *   (集計がまとまり次第お知らせします) and a published tally stay clean.
 */
const N62 = '[0-9〇一二三四五六七八九十百千][0-9〇一二三四五六七八九十百千万,.]{0,12}'
/** A count of people, cases, households or money (約210人, 百十二件, 3割, 47件). */
const COUNT62 = new RegExp(`${N62}(?:件|人|名|世帯|棟|戸|か所|箇所|ヶ所|カ所|施設|校|園|社|円|%|％|割|ポイント)`, 'u')
/** An audit or inspection of the city's work (指導監査, 内部監査, 定期監査, 実地指導, 会計検査). */
const AUDIT_WORD = /監査|実地指導|実地検査|会計検査|指導検査|監察/u
/** …told as just held (先日…監査がありました; 先週の内部監査で; 今回の実地指導では; 監査を受けました). */
const AUDIT_HELD =
  /(?:先日|先週|先月|昨日|きのう|本日|今日|今週|このたび|この度|今回|今年度|本年度|今期|先ほど|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}日)(?:の|に|は|、|,)?[^。！？!?\n]{0,30}?(?:監査|実地指導|実地検査|会計検査|指導検査|監察)|(?:監査|実地指導|実地検査|会計検査|指導検査|監察)(?:が|を)(?:あり|ありま|入り|入っ|行われ|実施され|受け|終わ|終え)|(?:監査|実地指導|実地検査|会計検査|指導検査|監察)(?:の)?(?:講評|際|最中|場)(?:で|では|に)/u
/** …its findings with their count (更新漏れが47件…指摘されています; 指摘事項は5件; 3点の改善指摘を受け). */
const AUDIT_COUNT = new RegExp(
  `${N62}(?:件|点|項目|か所|箇所|ヶ所|カ所)[^。！？!?\\n]{0,24}?(?:指摘|不備|改善(?:を求め|指導|事項|の指示)|是正)` +
    `|(?:指摘|不備|改善事項|指導事項|注意事項|是正事項|文書指摘|口頭指摘)(?:事項)?(?:が|は|を)?[、,]?[^。！？!?\\n]{0,12}?${N62}(?:件|点|項目|か所|箇所)`,
  'gu',
)
/** …a result published or a count of none. */
const AUDIT_OUT = /公表(?:し|いたし|され)|ホームページ|市HP|掲載し|公開し|措置(?:状況|の状況)|(?:^|[^0-9])0件|ゼロ|ありませんでした|なしでした|例年|毎年|一般的に|とは[、,]|報道|ニュース|新聞|全国/u
/** A health case: food poisoning, an outbreak, an infection (食中毒, 集団発生, 感染性胃腸炎, 疫学調査). */
const HEALTH_CASE = /食中毒|集団発生|集団感染|院内感染|施設内感染|感染性胃腸炎|胃腸炎|ノロウイルス|インフルエンザ|結核|麻しん|はしか|腸管出血性|O157|クラスター|疫学調査|有症者|発症者|感染源|感染経路|原因施設|原因食品/u
/** …one case of the city's own, still being looked into (調査中の飲食店, 市内の保育施設で発生した, 今回の, 当該). */
const SPECIFIC_CASE = /調査中の|調査を(?:続け|進め)て|(?:で|において)(?:発生|起き|起こっ)た|今回の|この度の|このたびの|当該|該当の|先週の|先日の|昨日の|中間報告|途中経過/u
/** The inquiry cited as the source of what is told (保健所の聞き取りでは, 疫学調査の中間報告では, これまでの調査で). */
const INQUIRY_FOUND =
  /(?:聞き取り|聴き取り|疫学調査|立入検査|立ち入り検査|調査|調べ|検査)(?:の)?(?:中間報告|途中経過|中間(?:の)?(?:まとめ|取りまとめ)|結果)?(?:では|で(?:は)?|によると|によれば|から|(?<=結果)[、,])[、,]?/gu
/** …what it has found so far (…ことが分かってきました; …に集中しており; 給食は原因から外れました). */
const FOUND_SO_FAR = new RegExp(
  `ことが(?:分か|わか|判明|明らかに|確認され)|と(?:判明|分か)(?:り|っ)|(?:原因|感染源|発生源|感染経路|原因食品|原因施設)(?:から|の候補から|としては|は|が)[^。！？!?\\n]{0,12}?(?:外れ|除外|特定|絞|浮上|濃厚|可能性|とみ|考えられ)|に集中|(?:から|より)[^。！？!?\\n]{0,12}?検出され|${N62}(?:人|名)のうち${N62}(?:人|名)|(?:不十分|不適切|不備)(?:だった|であった)|ていた(?:こと|よう|とのこと)`,
  'u',
)
/** …not the authority's release, a surveillance report or advice. */
const INQUIRY_OUT62 = /発表(?:し|され|によると|では|より|資料)|公表|報道|ホームページ|市HP|記者会見|プレスリリース|動向調査|週報|定点|研究|昨年|前年|過去|例年|毎年/u
/** An enquiry answered (お問い合わせの件ですが, ご質問の件, 担当課に確認したところ). */
const ENQUIRY = /お問い合わせ|お問合せ|お尋ね|ご質問|ご照会|(?:確認|問い合わせ|照会)(?:いたし|し)(?:まし)?たところ|(?:聞いた|伺った|聞きました)ところ/u
/** One facility's case counts (該当の施設の感染者は職員3名・入所者5名; 当該施設では職員2名の陽性が確認). */
const FACILITY_CASES = new RegExp(
  `(?:(?:該当|当該|その|同|問題の|お尋ねの|ご質問の|お問い合わせの|例の)(?:の)?[\\p{Script=Han}\\p{Script=Katakana}ー]{0,8}?|[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}ー]{1,12}?)(?:施設|事業所|園|学校|病院|店舗|お店|医院|クリニック|ホーム|センター|苑|荘)(?:の|で(?:は)?|における|内(?:の|で)?)[、,]?[^。！？!?\\n]{0,12}?(?:(?:感染者|陽性者|発症者|患者|有症者|罹患者|入院者|感染(?:した|された)方)(?:の数|数)?(?:は|が)[、,]?[^。！？!?\\n]{0,16}?${N62}(?:人|名)|${N62}(?:人|名)(?:の|が)(?:感染(?:し|され|が確認|して|者)|陽性(?:と|に|が|で|反応)|発症(?:し|して|が確認)|入院(?:し|中|して|され)))`,
  'gu',
)
/** …in a paragraph about an infection or an outbreak (感染, 陽性, 集団, 食中毒). */
const FACILITY_HEALTH = /感染|陽性|発症|クラスター|集団|食中毒|インフル|コロナ|ノロ|結核|胃腸炎/u
const FACILITY_OUT = /公表(?:し|いたし|され)|発表(?:し|され|によると|では)|ホームページ|市HP|報道|記者会見/u
/** Figures shared in an internal meeting (庁内連絡会議で共有された数字ですが, 課内の打ち合わせで出た件数では). */
const MEETING_FIGURE =
  /(?<![\p{Script=Han}])(?:庁内|課内|部内|係内|局内|内部|幹部|庁議|関係課|関係部署|部課長|部長|課長)[\p{Script=Han}\p{Script=Katakana}ー・の]{0,10}?(?:会議|連絡会|会合|打ち?合わ?せ|協議会|ミーティング|検討会|調整会|勉強会)(?:で|の場で|において|の席で|では)[、,]?(?:(?:共有|報告|提示|説明|配布|配付|紹介|披露)?(?:され|し|出|出てき|示され|配られ|上が|あが|挙が)た|(?:報告|説明|提示)(?:が|の)あった)(?:数字|数値|データ|資料|件数|人数|集計|統計|情報|内容|話|結果)/gu
const MEETING_FIGURE_OUT = /公表(?:し|いたし|され)|発表(?:し|され)|ホームページ|市HP|掲載し|公開し/u
/** What this year's exam will ask (今年の…採用試験の専門試験は、母子保健と感染症対策からの出題が中心です). */
const EXAM_TOPIC =
  /(?:今年|今年度|今回|次回|本番|来月|来週|明日|あす|[0-9]{1,2}月)の[^。！？!?\n「」]{0,24}?(?:試験|選考|検定|入試|考査)[^。！？!?\n「」]{0,16}?(?:は|では|で|も)[、,]?[^。！？!?\n「」]{2,40}?(?:から|を中心に|中心に|について|に関して|に関する|の分野から|分野の)?(?:の)?(?:出題(?:され(?:る|ます)?)?|出る|出ます|問われ(?:る|ます)?|聞かれ(?:る|ます)?)(?:が中心|が多|があり|になり|です|ます|そう|らしい|みたい|とのこと|(?=[。！!]|$))/gu
/** …passed on as a tip to candidates (必ず押さえておいてください, 重点的に, 要チェック) or as heard. */
const EXAM_TIP62 = /押さえて|おさえて|重点的に|しっかり(?:勉強|復習|対策|準備)|(?:勉強|復習|対策|準備|チェック)(?:を)?して(?:おいて|おく|おき|ください)|必ず出|狙い目|ヤマ|要チェック|山を張|耳より|耳寄り|ここだけ|内緒|ないしょ|こっそり|有利|裏情報|そうです|らしい|みたい|とのこと|って聞/u
const EXAM_OUT62 = /範囲|科目|過去問|過去の|昨年|前年|前回|例年|受験案内|募集要項|試験案内|公表し|ホームページ|市HP|志望動機|自己PR|自己紹介|長所|短所|学生時代|SPI|SCOA|適性検査|教養試験/u
/** …the city's own staff exam (採用試験, 職員採用, 昇任試験, 市の…試験), not a national or a school one. */
const EXAM_CITY = /採用|職員|昇任|昇格|任用|登用|市の/u
/** A tally said not done, then a count (正式な集計はまだですが; 集計の途中ですが; まだ確定していませんが). */
const TALLY_NOT_DONE =
  /(?:(?:正式な|正式の|公式の|最終的な|最終の|確定した)(?:集計|数字|数値|件数|人数|統計|取りまとめ|とりまとめ)(?:は|が)?[、,]?(?:まだ(?:です|で|ですけど|だけど|途中|これから|先|出て(?:い)?(?:ない|ません)|まとまって(?:い)?(?:ない|ません)|確定して(?:い)?(?:ない|ません)|出ていない|ですが)|これから|出ていません|出ていない)|(?:集計|取りまとめ|とりまとめ)(?:は|が|の)?[、,]?(?:まだ)?(?:途中|中)(?:です|の段階です|だ|ながら|)|集計(?:は|が)?[、,]?まだ(?:です|で|終わって(?:い)?(?:ない|ません)|済んで(?:い)?(?:ない|ません))|(?:正式な|正式の)?集計(?:の)?前(?:です|で|ですけど|だけど|の数字|の数値|の段階)|(?:途中|中間)集計(?:です|だ|の段階です|の段階)|確定値(?:では|じゃ)(?:ありません|ない|なく)|(?:数字|数値|件数|集計)(?:は|が)?[、,]?まだ確定して(?:い)?(?:ない|ません))(?:のです|んです|んだ)?(?:が|けど|けれど|けれども|やけど|ばってん|ので参考までに|(?<=ながら)[、,])/gu
/** …not those thanked for their part or the replies being counted (ご協力いただいた1,024人の皆さま; 回答は1,024人からいただきました). */
const TALLY_THANKS = /ありがとう|感謝|お礼|ご協力|ご回答|ご応募|ご参加いただ|いただきました|(?:回答|応募)(?:者|数)?(?:は|が)/u
const TALLY_OUT = /公表(?:し|いたし|され)(?!て(?:い|お)(?:ない|ません|らず))|ホームページに掲載し|次第/u
const TALLY_AUDIT_AND_EXAM_TIP_GATE = new ParagraphGate([
  COUNT62, AUDIT_WORD, AUDIT_HELD, AUDIT_COUNT, AUDIT_OUT, HEALTH_CASE, SPECIFIC_CASE, INQUIRY_FOUND, FOUND_SO_FAR, INQUIRY_OUT62,
  ENQUIRY, FACILITY_CASES, FACILITY_HEALTH, FACILITY_OUT, MEETING_FIGURE, MEETING_FIGURE_OUT, EXAM_TOPIC, EXAM_TIP62, EXAM_OUT62, TALLY_NOT_DONE,
  TALLY_OUT,
])
/** The tally, audit and exam-tip kinds (first caught as conf62) (see the comment above N62), run after the conf61 ones where the paragraph has no finding yet. */
export function runTallyAuditAndExamTipKinds({ input, t, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = TALLY_AUDIT_AND_EXAM_TIP_GATE.scan(t)
  const sentence = (at: number, to: number): Span => sentenceAround(t, at, to)
  /** From a match's end to the end of the sentence after the match's. */
  const restWithNext = (m: RegExpExecArray): string => {
    const end = m.index + m[0].length
    const s = sentence(m.index, end)
    const next = s.end < t.length && t[s.end - 1] !== '\n' ? sentence(s.end, s.end) : s
    return t.slice(end, Math.max(s.end, next.end))
  }
  // An audit of the city's work just held, then its findings with their count.
  if (q.has(AUDIT_WORD) && q.has(AUDIT_HELD) && !q.has(AUDIT_OUT)) {
    emitAll(q, doc, t, AUDIT_COUNT, 'confidential/audit', emit, spans, once((m) => notAware(m) && !published(t)))
  }
  // A health investigation still going on, then what it has found so far.
  if (q.has(HEALTH_CASE) && q.has(SPECIFIC_CASE) && q.has(FOUND_SO_FAR) && !q.has(INQUIRY_OUT62)) {
    emitAll(q, doc, t, INQUIRY_FOUND, 'confidential/investigation', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const rest = t.slice(end, sentence(m.index, end).end)
      return notAware(m) && FOUND_SO_FAR.test(rest) && !published(t)
    }))
  }
  // One facility's case counts given to an enquirer.
  if (q.has(ENQUIRY) && q.has(FACILITY_HEALTH) && !q.has(FACILITY_OUT)) {
    emitAll(q, doc, t, FACILITY_CASES, 'confidential/investigation', emit, spans, once((m) => notAware(m) && !published(t)))
  }
  // Figures shared in an internal meeting, told.
  if (q.has(COUNT62) && !q.has(MEETING_FIGURE_OUT)) {
    emitAll(q, doc, t, MEETING_FIGURE, 'confidential/meeting', emit, spans, once((m) => notAware(m) && COUNT62.test(restWithNext(m)) && !published(t) && !meetingBasis(t, m.index + m[0].length)))
  }
  // What this year's exam will ask, passed on as a tip or as heard.
  if (q.has(EXAM_TIP62) && !q.has(EXAM_OUT62)) {
    emitAll(q, doc, t, EXAM_TOPIC, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && EXAM_CITY.test(m[0]) && !published(t)))
  }
  // A count told while its official tally is said not to be done.
  if (q.has(COUNT62) && !q.has(TALLY_OUT)) {
    emitAll(q, doc, t, TALLY_NOT_DONE, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const rest = t.slice(end, sentence(m.index, end).end)
      return notAware(m) && COUNT62.test(rest) && !TALLY_THANKS.test(rest) && !published(t)
    }))
  }
}
/*
 * conf63 kinds (blind R338N, R340G: schools, the board of education, sports facilities and the mayor's office telling in good faith
 * what is still under way). Each is read as a kind, only where the paragraph has no finding of the family yet (as the conf56–conf62 kinds).
 * - A figure on the table in talks still going on, told as the topic: the city's own offer (こちらから提示しているのは1平方メートルあたり
 *   2万4千円で; 市の提示額は坪8万円; 当方からお示ししている金額は総額1億2千万円) or the other side's (先方提示は用地取得費込みで約8億円;
 *   地権者さんの希望額は坪15万円; 相手方の要求は年300万円): OFFER_TOPIC with talks in the paragraph (交渉, 協議, 話し合い, 地権者, 誘致).
 *   A deal struck or published, a request to the state or the prefecture, a subsidy or a call for tenders stay clean.
 * - Who leads in a selection still under way (現時点の評価ではカナダ出身の方が一歩リードしています; 今のところA社の提案が最も評価が高く;
 *   面接ではBさんが頭一つ抜けています): FRONT_RUNNER in a paragraph about a selection (採用, 選考, 審査, 公募, プロポーザル) whose result is
 *   still to come. A public vote's interim count, a match or a contest, and a selection announced stay clean.
 * - What a report's draft says before it is formally submitted or published (第三者委員会の報告書案では、…「組織的対応の遅れ」があったと
 *   記載されております; 答申の素案によると…とされています): REPORT_DRAFT with an inquiry body or the formal step still to come. A draft
 *   put out for comment or published, and a draft named with nothing told stay clean.
 * - Figures normally not shown, told anyway (学校別の数字は普段お見せしていませんが、市内トップは皿垣小の72.4%; 通常は公表していない
 *   のですが、地区別では…が最下位): NORMALLY_HIDDEN with a data noun before and a figure after. A site or a treasure opened specially
 *   (普段は非公開の蔵を特別公開します) and a refusal stay clean. Figures shared in a meeting of officials (指導主事会で共有された…正答率,
 *   校長会で報告された…件数), told with a figure: OFFICIALS_SHARED.
 * - A harm survey's or inquiry's result told for one class (2年3組では32人中9人が「仲間外れを見たことがある」と答えており; このクラスでは
 *   現在、個別の聞き取りを進めています): CLASS_HARM with bullying or harm in the paragraph. A school's total, a lesson about bullying and
 *   a class's event stay clean.
 * - A question of a test to come said to be one the pupils know (2年数学の最後の大問は、…期末テストと同じ三角形の合同の証明がそのまま
 *   出ます; 明日の試験にはこのプリントと同じ問題が出ます; 大問3は教科書の例題の数字を変えただけです): EXAM_SAME with the test ahead. A
 *   test's range, its format, a past test and a question asked of the teacher stay clean.
 * - Another applicant's bid or proposal figure before the selection (もう一方の団体の提案額は年4,100万円で、当協会より120万円低い;
 *   B社の見積額は…; 他の応募者は…円で提案しています): RIVAL_BID with a selection in the paragraph. A result published, a past round and
 *   the writer's own figure stay clean.
 * - A disciplinary process under way for a member of staff (教諭1名が、現在、懲戒処分に向けた手続きの対象となっており、自宅待機として
 *   おります; 処分を検討しているところです): DISCIPLINE63 with the formal step still ahead (議会への報告前, 公表前, 詳細は控え).
 *   A penalty announced with an apology and a rule of procedure stay clean.
 * - The theme of a part of a hiring exam still to come, told to those preparing for it (今年の二次試験の模擬授業は、小学校4年の社会
 *   「掘割と水のめぐみ」がテーマになります。…しっかり準備して臨んでください; 場面指導の課題は…です): EXAM_THEME63 with an exam named in the
 *   sentence and EXAM_TO_COME. A theme stated alone (the city's notice), published in the guide or given on the day, a past exam and a
 *   practice class stay clean.
 */
/** An amount in any numerals (2万4千円, 約8億円, 年4,100万円). */
const VALUE63 = VALUE61
/** A figure of any kind (72.4%, 32人中9人, 20ポイント, 1位). */
const FIG63 = /[0-9〇一二三四五六七八九十百千][0-9〇一二三四五六七八九十百千万,.]{0,12}(?:%|パーセント|ポイント|点|位|人|名|件|円|万|億|割|倍|校|世帯|社|団体)/u
/** Who offered or asked: the city's side or the other side of the talks. */
const OFFER_PARTY =
  '(?:こちら|当方|私ども|わたしども|(?<![\\p{Script=Han}])市|本市|当市|市側|行政|先方|相手方|相手側|向こう(?:側|さん)?|地権者(?:さん|様|の方)?|所有者(?:さん|様|の方)?|地主(?:さん|様)?|企業側|会社側|事業者側|[\\p{Script=Han}\\p{Script=Katakana}ー]{2,12}(?:社|さん|様|株式会社))'
/** A figure on the table told as the topic of the sentence (こちらから提示しているのは…円; 先方提示は…約8億円; 市の提示額は…). */
const OFFER_TOPIC = new RegExp(
  `${OFFER_PARTY}(?:から|側から|として|の方(?:から)?|が)?(?:は|の|が)?[、,]?(?:現在|今|いま)?[、,]?(?:ご)?(?:提示|提案|お示し|示し|打診|要求|要望|希望)(?:して(?:いる|いた|おる|おります|います)|した|された|されている|しとる|中)?(?:の|額|金額|価格|単価|条件|の額|の金額|の条件)?(?:は|が|:)[、,]?[^。！？!?\\n]{0,24}?${VALUE63}` +
    // The gap between the two sides' figures (こちらの提示額と先方の希望額の差は約300万円).
    `|(?:提示額|提示価格|提示金額|希望額|希望価格|要求額|提案額)(?:と|との)[^。！？!?\\n]{0,12}?(?:差|開き|隔たり)(?:は|が)[、,]?[^。！？!?\\n]{0,10}?${VALUE63}` +
    // A figure put forward by a side (先方からは坪12万円という数字が出ています).
    `|${OFFER_PARTY}(?:から|側から)(?:は|も)?[、,]?[^。！？!?\\n]{0,12}?${VALUE63}(?:という|との)?(?:数字|金額|額|条件|提示|回答|ご提示)(?:が|を)(?:出て|出され|示され|提示され|届|あり|いただ)`,
  'gu',
)
/** …in talks (交渉, 協議, 話し合い, 地権者, 誘致, 開きがあります). */
const TALKS = /交渉|協議|話し合|折衝|商談|地権者|所有者|地主|用地|買収|買い取|誘致|先方|相手方|開きが|折り合|歩み寄/u
/** …not a deal struck or published, a request to a public body, or a public offer. */
const TALKS_OUT = /合意しました|合意いたしました|合意に至|締結|契約しました|契約を結び|妥結|決着しました|まとまりました|議決|可決|(?:公表|発表)(?:しました|いたしました|して(?:い|お)|済)|ホームページ|市HP|取得しました|購入しました|(?:国|県|政府)(?:に|へ|と)(?:の)?(?:要望|要求|提案|協議)|補助|助成|給付|募集|公募|入札|空き家バンク|物件|売り出|内覧|販売価格|分譲|売地|売家|出店料|出展料|参加費|利用料|使用料/u
/** Who leads in a selection (…の方が一歩リード, …が頭一つ抜けて, …の評価が最も高く). */
const FRONT_RUNNER =
  /[^。！？!?\n、,]{1,24}?(?:が|は|の)[、,]?(?:現時点で|今のところ|いまのところ|やや|少し|わずかに|頭)?[、,]?(?:一歩リード|(?:一番|いちばん|最も|もっとも)(?:評価|点数|得点)(?:が)?(?:高|良)|最高(?:点|得点)(?:です|で|を)|リード(?:して|し(?:てい|とる)|を保|を広げ)|(?:ひとつ|一つ|1つ)(?:抜け|抜き|リード)|頭(?:ひとつ|一つ|1つ)(?:抜け|抜き|リード)|抜きん出|抜け出して|優勢|最有力|有力(?:視|候補|です|な候補)|本命|(?:評価|点数|得点|採点)(?:が|は)(?:一番|いちばん|最も|もっとも|最高|トップ)|トップ(?:です|を走|に立)|首位(?:です|に立))/gu
/** …said of someone, not a rule naming the best (評価が一番高かった方から順にご案内します; 最も評価が高い提案を採用します). */
const LEAD_RULE = /^(?:高|良|よ)?(?:かった|い|き)?(?:方|者|人|もの|案|提案|社|作品|団体|事業者)(?:から|を|に|が|は|の|と)/u
/** …in a selection (採用, 選考, 審査, 公募, プロポーザル, 面接). */
const SELECTION63 = /採用|選考|面接|審査|選定|公募|プロポーザル|応募者|候補者|委託先|指定管理/u
/** …whose result is still to come. */
const SELECTION_PENDING63 = /(?:結果|合否|決定|選定|採否)(?:は|を)?[^。！？!?\n]{0,12}?(?:お知らせ|発表|通知|ご連絡|お伝え|決ま|公表)(?:します|いたします|する予定|予定|される|になります)|(?:選考|審査|選定)(?:中|の途中|はこれから|はまだ|が続)|経過(?:報告|のご報告)|途中経過|現時点|現段階|今のところ|いまのところ|最終(?:面接|審査|選考)(?:に進|を控え|は|が)/u
/** …not a public vote, a match, a contest or an election, nor a selection decided. */
const SELECTION_OUT = /投票|得票|大会|試合|選手権|予選|リーグ|レース|コンテスト|コンクール|選挙|[^\p{Script=Han}]賞|表彰|入賞|受賞|選ばれました|(?:選定|決定|採用|内定)(?:しました|いたしました|されました)|に決まりました|(?:公表|発表)(?:しました|いたしました)|パブリックコメント|アンケート/u
/** What a report's draft says (報告書案では, 答申の素案によると, 最終報告のたたき台には). */
const REPORT_DRAFT =
  /(?:報告書|答申|答申書|提言|提言書|最終報告|中間報告|調査報告|調査報告書|意見書|検証報告|検証報告書|調査結果)(?:の)?(?:案|素案|原案|たたき台|ドラフト|草案|下書き)(?:の段階)?(?:では|によると|によれば|には|を見ると|を見たら|を読むと|の中で(?:は)?|で(?:は)?[、,]|に(?:よると|は))[、,]?/gu
/** …told (…と記載されて, 「…」, …とされ, …ことが). */
const DRAFT_TOLD = /と(?:の)?(?:記載|記述|明記|指摘|結論|判断|認定|評価|書かれ|書いて|され|なって|まとめ|して(?:い|お)|の(?:記載|記述|指摘))|[「『]|ことが|との|という|があった|がなかった|不適切|不十分|認め/u
/** …by an inquiry body, or with the formal step still to come. */
const DRAFT_PENDING = /第三者委員会|調査委員会|検証委員会|調査部会|事故調査|重大事態|正式に|正式な|提出され(?:る|ます)|提出予定|(?:公表|提出|報告)(?:され|する)?(?:予定|前)|まとまり次第|確定(?:前|して(?:い|お)(?:ない|ません))|来月|来週/u
const DRAFT_OUT63 = /パブリックコメント|パブコメ|意見募集|ご意見を(?:募集|お寄せ)|(?:公表|公開|掲載)(?:しました|いたしました|して(?:い|お)|されて(?:い|お)|済)|ホームページ|市HP|説明会/u
/** Figures normally not shown, then told (普段お見せしていませんが, 通常は公表していないのですが, 本来は非公表ですが). */
const NORMALLY_HIDDEN =
  /(?:普段|通常|ふだん|いつも|本来|日頃|日ごろ)(?:は)?[、,]?[^。！？!?\n]{0,12}?(?:非公表|非公開|(?:お見せ|見せ|公表|公開|発表|お出し|出|掲載|お伝え|伝え|お知らせ|知らせ)(?:し|せ)?(?:て|で)?(?:は)?(?:い|お|でき|き)?(?:ない|ません|ず|りません))(?:の|ん)?(?:です|だ|や|でございます)?(?:が|けど|けれど|けども|ばってん)[、,]?/gu
/** …a figure or a breakdown named before (学校別の数字, 地区別の順位, 平均正答率). */
const DATA_NOUN = /数字|数値|データ|結果|順位|点数|正答率|成績|内訳|件数|金額|集計|一覧|ランキング|[\p{Script=Han}]別/u
/** …not a site, a treasure or an event opened specially, nor a refusal. */
const OPENED = /公開(?:します|いたします|され|中)|展示|見学|ご案内|特別公開|一般公開|内覧|ツアー|ご覧いただけ|お答え(?:でき|いたしかね)|控え/u
/** Figures shared in a meeting of officials (指導主事会で共有された, 校長会で報告された). */
const OFFICIALS_SHARED =
  /(?:指導主事|校長|教頭|園長|所長|館長|事務長|係長|主任|管理職|幹部)(?:会議|会|連絡会|協議会|研修会)(?:で|において|の場で|の席で|では)[、,]?(?:共有|報告|配布|配付|提示|説明|紹介)(?:され|し|があっ)た[^。！？!?\n]{0,24}?(?:数字|数値|データ|結果|順位|点数|正答率|成績|内訳|件数|集計|一覧)/gu
const OFFICIALS_OUT = /(?:公表|発表|公開|掲載)(?:しました|いたしました|して(?:い|お)|されて(?:い|お)|済)|ホームページ|市HP/u
/** One class named (2年3組, 5年A組, このクラス, その学級). */
const CLASS63 =
  '(?:[0-9一二三四五六](?:年生?|年生の)[0-9一二三四五六七八九十A-D]{1,2}組|[0-9一二三四五六]年生?の?[0-9]クラス|(?:この|その|あの|ある|特定の|同じ)(?:クラス|学級))'
/** …with a harm survey's split or an inquiry under way (32人中9人が, 30人のうち4人, 聞き取りを進めています). */
const CLASS_HARM = new RegExp(
  `${CLASS63}(?:では|で|の|は|において|には)[、,]?[^。！？!?\\n]{0,40}?(?:${N62}(?:人|名)(?:中|のうち)[、,]?${N62}(?:人|名)(?=(?:が|の|も)[^。！？!?\\n]{0,50}?(?:(?:と|って)(?:答え|回答|書い|訴え)|ことがある|を受けた|を見た))|${N62}(?:人|名)(?:が|も)[^。！？!?\\n]{0,40}?(?:と|って)(?:答え|回答)|(?:個別の)?(?:聞き取り|聴き取り|事実確認|調査|面談|個別指導)(?:を)?(?:進めて|行って|続けて|実施して)(?:い|お)|(?:聞き取り|聴き取り|事実確認|調査)(?:中|を継続))`,
  'gu',
)
/** …about bullying or harm (いじめ, 仲間外れ, 嫌がらせ, 暴力). */
const HARM63 = /いじめ|イジメ|嫌なこと|いやなこと|嫌な思い|いやな思い|陰口|仲間外れ|仲間はずれ|無視され|嫌がらせ|いやがらせ|悪口|からかい|からかわれ|暴力|叩かれ|たたかれ|蹴られ|けられ|ネットいじめ|ハラスメント|体罰|不登校/u
const CLASS_OUT63 = /全国|県内|市全体|市内全体|統計|(?:公表|発表)(?:しました|いたしました|して(?:い|お))|ホームページ|市HP/u
/** A slot of a test (最後の大問, 大問3, 問5, 記述問題). */
const SLOT63 =
  '(?:(?:最後|最初|ラスト|一番最後|いちばん最後|最終)の(?:大問|問題|設問|問い|記述問題|応用問題|証明問題|文章題)|大問[0-9一二三四五六七八九十]{1,2}|第[0-9一二三四五六七八九十]{1,2}問|問[0-9一二三四五六七八九十]{1,2}|(?:テスト|試験|考査)の(?:問題|設問))'
/** …said to be one the pupils know (…と同じ…がそのまま出ます; …の数字を変えただけです). */
const EXAM_SAME = new RegExp(
  `${SLOT63}(?:は|では|に|には|で|も)[、,]?[^。！？!?\\n]{0,40}?(?:と同じ(?![くよ])|と全く同じ|とまったく同じ|とほぼ同じ|そのまま|そっくり|丸ごと|まるごと|(?:数字|数値)(?:だけ)?(?:を)?変え)[^。！？!?\\n]{0,20}?(?:出ます(?!か)|出る(?!か|の)|出題(?:され)?(?:ます|る)(?!か)|出します|です(?!か)|になります|を出す|使います|だけです)` +
    `|(?:と|の)(?:同じ|全く同じ|まったく同じ|ほぼ同じ|そっくりの?)(?:問題|証明|計算|文章題|設問|問い)(?:が|を)[、,]?(?:そのまま)?(?:出ます(?!か)|出る(?!か|の)|出題(?:され)?(?:ます|る)(?!か)|出します)`,
  'gu',
)
/** …a test still to come (明日からの学年末テスト, 来週の期末考査, 次のテスト). */
const TEST_AHEAD63 = /(?:明日|あした|あす|明後日|あさって|来週|今週|週明け|今度|次|次回|本番)(?:から)?の[^。！？!?\n]{0,10}?(?:テスト|試験|考査|入試|検定)|(?:テスト|試験|考査|入試|検定)(?:は|が)[^。！？!?\n]{0,6}?(?:明日|あした|あす|来週|週明け)|に向けて|を控え/u
const TEST_PAST = /(?:出ました|出たので|出題されました|でした(?:ね|よ)?[。！!]|終わりました|お疲れ)/u
/** Another applicant's bid or proposal figure (もう一方の団体の提案額は…; B社の見積額は…; 他の応募者は…円で提案). */
const RIVAL =
  '(?:もう一方|もう片方|他|ほか|相手|ライバル|競合|別|もう1つ|もうひとつ|もう一つ|残り|対抗|[A-Z]社|[\\p{Script=Han}\\p{Script=Katakana}ー]{2,12}(?:社|さん|様|グループ|JV|共同体))(?:の)?(?:団体|社|事業者|業者|法人|グループ|会社|応募者|提案者|応募団体|応募事業者|共同体|陣営)?'
const BID_FIGURE_NOUN = '(?:提案額|提案価格|提案金額|見積額|見積金額|見積もり額|見積り額|入札額|入札価格|応札額|応札価格|提示額|提示価格|提示金額|希望額)'
const RIVAL_BID = new RegExp(
  `${RIVAL}(?:の|から(?:の)?)${BID_FIGURE_NOUN}(?:は|が|:)[、,]?[^。！？!?\\n]{0,12}?${VALUE63}` +
    `|${RIVAL}(?:は|が|も)[、,]?[^。！？!?\\n]{0,16}?${VALUE63}[^。！？!?\\n]{0,6}?(?:で|を)(?:提案|応募|入札|応札|提示)(?:して|し|され)`,
  'gu',
)
/** …in a selection (公募, 指定管理, プロポーザル, 入札, 審査). */
const BID_SELECTION = /公募|指定管理|プロポーザル|入札|応札|審査|選定|応募|コンペ|委託先/u
const BID_OUT = /(?:選定|決定|落札|契約)(?:しました|いたしました|されました)|落札者|契約を締結|(?:公表|発表)(?:しました|いたしました|して(?:い|お)|されて(?:い|お))|ホームページ|市HP|昨年|前回|前年度|過去/u
/** A disciplinary process under way (懲戒処分に向けた手続きの対象となっており; 処分を検討しているところ; 自宅待機としております). */
const DISCIPLINE63 =
  /(?:懲戒|分限)(?:処分)?(?:に向けた|を前提とした|の)?(?:手続き|手続|審査|検討|調査)(?:の対象|に入|を進め|中|にかけ|が進|を行って)|(?:懲戒|処分)(?:を|について)(?:検討|審査)(?:して(?:い|お)|中|しとる)|自宅待機(?:と|に)(?:して|させて|なって|いたして|しており|なっており)|(?:出勤停止|謹慎)(?:と|に)(?:して|させて|なって|いたして)(?:い|お)/gu
/** …of a member of staff, with the formal step still ahead. */
const DISCIPLINE_AHEAD = /(?:議会|委員会|教育委員会)(?:へ|に)?(?:の)?(?:報告|説明)(?:前|はまだ|はこれから|の前)|(?:公表|発表)(?:前|はまだ|はこれから|の前)|詳細(?:は|については)?(?:控え|差し控え)|処分(?:は|が|の内容は)?(?:まだ|これから|未定|決まって(?:い|お)(?:ない|ません))|決まり次第/u
/** …in a matter of misconduct (処分, 懲戒, 不祥事, 事案): 自宅待機 for an illness or a storm is not this. */
const DISCIPLINE_MATTER = /処分|懲戒|不祥事|不適切|事案|問題行為|服務/u
const DISCIPLINE_OUT63 = /(?:処分|懲戒処分)(?:を行いました|しました|といたしました|としました|を決定しました)|感染|陽性|濃厚接触|体調|発熱|療養|インフル|コロナ|台風|大雨|警報|災害|お詫び申し上げ|おわび申し上げ|記者会見|報道発表|他の自治体|他市|全国|規程|規則|指針/u
/** The theme of a part of a hiring exam still to come (模擬授業は、…「…」がテーマになります; 場面指導の課題は…です). */
const EXAM_PART63 = '(?:論文|小論文|作文|課題作文|面接|集団面接|個人面接|討論|集団討論|グループ討論|グループディスカッション|グループワーク|プレゼン(?:テーション)?|口述|模擬授業|模擬保育|場面指導|指導案|実技|実技試験|ディベート)'
const EXAM_THEME63 = new RegExp(
  `${EXAM_PART63}(?:試験)?(?:は|では)[、,]?[^。！？!?\\n]{0,30}?(?:[「『][^「」『』\\n]{2,40}[」』])?(?:が|を|について|に関する)?(?:テーマ|課題|題材|お題|単元|題目)(?:に(?:なります|なる|決まり|決定)|と(?:なります|なる|して|し)|です(?!か)|で(?!した))` +
    `|${EXAM_PART63}(?:試験)?の(?:テーマ|課題|題材|お題|単元|題目)(?:は|が)[、,]?[^。！？!?\\n]{2,40}?(?:です(?!か)|になります|となります|に決まりました|に決定しました)`,
  'gu',
)
/** …with an exam named in the sentence (二次試験, 採用試験, 選考). */
const EXAM_NAMED63 = /試験|選考|採用|受験|入試|検定/u
const EXAM_THEME_OUT = /でした|出題されました|行いました|終わりました|お疲れ|昨年|去年|前年|前回|過去|例年|募集要項|受験案内|実施要項|事前に(?:公表|提示|お知らせ|発表)|あらかじめ|当日(?:に)?(?:提示|発表|お知らせ|お伝え|ご案内)|対策(?:講座|教室|講習|クラス|セミナー|授業)|練習会|講習会|模擬(?:試験|面接|テスト)|模試/u
const SELECTION_DISCIPLINE_AND_EXAM_THEME_GATE = new ParagraphGate([
  OFFER_TOPIC, TALKS, TALKS_OUT, FRONT_RUNNER, SELECTION63, SELECTION_PENDING63, SELECTION_OUT, REPORT_DRAFT, DRAFT_PENDING, DRAFT_OUT63,
  NORMALLY_HIDDEN, OFFICIALS_SHARED, OFFICIALS_OUT, CLASS_HARM, HARM63, CLASS_OUT63, EXAM_SAME, TEST_AHEAD63, RIVAL_BID, BID_SELECTION, BID_OUT,
  DISCIPLINE63, DISCIPLINE_AHEAD, DISCIPLINE_MATTER, DISCIPLINE_OUT63, EXAM_THEME63, EXAM_NAMED63,
])
/** The selection, discipline and exam-theme kinds (first caught as conf63) (see the comment above VALUE63), run after the conf62 ones where the paragraph has no finding yet. */
export function runSelectionDisciplineAndExamThemeKinds({ input, t, p, spans, notAware, once, published }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = SELECTION_DISCIPLINE_AND_EXAM_THEME_GATE.scan(t)
  const sentence = (at: number, to: number): Span => sentenceAround(t, at, to)
  const sentenceText = (m: RegExpExecArray): string => {
    const s = sentence(m.index, m.index + m[0].length)
    return t.slice(s.start, s.end)
  }
  /** From a match's end to the end of the sentence after the match's. */
  const restWithNext = (m: RegExpExecArray): string => {
    const end = m.index + m[0].length
    const s = sentence(m.index, end)
    const next = s.end < t.length && t[s.end - 1] !== '\n' ? sentence(s.end, s.end) : s
    return t.slice(end, Math.max(s.end, next.end))
  }
  // A figure on the table in talks still going on, told as the topic.
  if (q.has(TALKS) && !q.has(TALKS_OUT)) {
    emitAll(q, doc, t, OFFER_TOPIC, 'confidential/negotiation', emit, spans, once((m) => notAware(m) && !published(t)))
  }
  // Who leads in a selection still under way.
  if (q.has(SELECTION63) && q.has(SELECTION_PENDING63) && !q.has(SELECTION_OUT)) {
    emitAll(q, doc, t, FRONT_RUNNER, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !LEAD_RULE.test(t.slice(m.index + m[0].length)) && !published(t)))
  }
  // What a report's draft says before it is submitted or published.
  if (q.has(DRAFT_PENDING) && !q.has(DRAFT_OUT63)) {
    emitAll(q, doc, t, REPORT_DRAFT, 'confidential/audit', emit, spans, once((m) => {
      const end = m.index + m[0].length
      return notAware(m) && DRAFT_TOLD.test(t.slice(end, sentence(m.index, end).end))
    }))
  }
  // Figures normally not shown, told anyway.
  emitAll(q, doc, t, NORMALLY_HIDDEN, 'confidential/pre-release', emit, spans, once((m) => {
    const here = sentence(m.index, m.index + m[0].length)
    const rest = restWithNext(m)
    return notAware(m) && DATA_NOUN.test(t.slice(here.start, m.index + m[0].length)) && FIG63.test(rest) && !OPENED.test(rest) && !PUBLIC_PART.test(rest)
  }))
  // Figures shared in a meeting of officials, told with a figure.
  if (!q.has(OFFICIALS_OUT)) {
    emitAll(q, doc, t, OFFICIALS_SHARED, 'confidential/meeting', emit, spans, once((m) => notAware(m) && FIG63.test(restWithNext(m)) && !meetingBasis(t, m.index + m[0].length)))
  }
  // A harm survey's or inquiry's result told for one class.
  if (q.has(HARM63) && !q.has(CLASS_OUT63)) {
    emitAll(q, doc, t, CLASS_HARM, 'confidential/duty-secret', emit, spans, once((m) => {
      // Bullying or harm named in the class's sentence or the one before it.
      const here = sentence(m.index, m.index + m[0].length)
      const before = here.start > 0 ? sentence(here.start - 1, here.start - 1) : here
      return notAware(m) && HARM63.test(t.slice(before.start, here.end))
    }))
  }
  // A question of a test to come said to be one the pupils know.
  if (q.has(TEST_AHEAD63)) {
    emitAll(q, doc, t, EXAM_SAME, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !TEST_PAST.test(sentenceText(m))))
  }
  // Another applicant's bid or proposal figure before the selection.
  if (q.has(BID_SELECTION) && !q.has(BID_OUT)) {
    emitAll(q, doc, t, RIVAL_BID, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !published(t)))
  }
  // A disciplinary process under way for a member of staff, with the formal step still ahead.
  if (q.has(DISCIPLINE_AHEAD) && q.has(DISCIPLINE_MATTER) && !q.has(DISCIPLINE_OUT63)) {
    emitAll(q, doc, t, DISCIPLINE63, 'confidential/personnel', emit, spans, once((m) => notAware(m) && DISCIPLINE_WHO.test(t) && !published(t)))
  }
  // The theme of a part of a hiring exam still to come, told to those preparing for it (a theme stated alone is the city's notice).
  if ((p.has(EXAM_TO_COME) || EXAM_TO_COME58.test(t)) && !p.has(EXAM_THEME_PUBLIC) && !q.has(EXAM_THEME_OUT)) {
    emitAll(q, doc, t, EXAM_THEME63, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && EXAM_NAMED63.test(sentenceText(m)) && !published(t)))
  }
}
/*
 * conf64 kinds (blind R346C):
 * - A draft answer to the council shared before the session (執行部から届いた市長答弁の案を共有します; 想定問答の原稿を載せておきます;
 *   答弁書の素案、ちょっとだけお見せします): ANSWER_DRAFT64. What a draft answer says is the executive's until it is given in the chamber.
 *   Drafting named as work (答弁案の作成に追われています), a how-to, the answer given or the minutes published stay clean.
 * - The city's own estimate or ceiling for a purchase told to the firms who will bid or propose (市の見積りでは上限1億2千万円くらいで考えて
 *   います。ご提案いただく事業者の皆さんは…; 課内の積算では8,000万円程度を想定しているので、業者さんは…): CITY_ESTIMATE with VENDORS. A
 *   ceiling published in the call (提案上限額, 公告, 仕様書に記載), an estimate for residents (市の試算では…効果) and a result stay clean.
 * - An internal personnel survey of staff told with its counts (自己申告書（異動希望調書）は84人が提出…転出希望が11人と一番多く; 人事評価の
 *   集計ではS評価が12人): STAFF_SURVEY with STAFF64. A survey named with no count, a training on the system, a published report of
 *   personnel administration (人事行政の運営等の状況) and residents' declarations stay clean.
 */
/** A draft answer to the council (答弁の案, 答弁書の素案, 想定問答の原稿, 答弁案), then shared or shown. */
const ANSWER_DRAFT64 =
  /(?:答弁|答弁書|想定問答)(?:の)?(?:案|原案|素案|下書き|原稿|草稿|たたき台|ドラフト|文案)(?:を|も|[、,])?[、,]?(?:(?:少し|ちょっと|ちょこっと)だけ|こっそり|そのまま|先に|特別に|下に|以下に|ここに|皆(?:さん|様|さま)に(?:も)?|皆(?:さん|様|さま)と)?[、,]?(?:共有|掲載|公開|ご紹介|紹介|アップ|転載|お見せ|見せ|載せ|のせ|貼っ|貼り|お知らせ)(?:いたし|し|させていただき)?(?:ます|ておきます|とき(?:ます)?|ちゃいます|ちゃう|る(?:ね|よ))(?![かの])/gu
const ANSWER_OUT = /作り方|書き方|作成(?:の)?(?:方法|手順|ポイント|要領)|コツ|研修|講座|会議録|議事録|録画|中継|(?:終わ|終了し|行われ|答弁され|答弁し)(?:まし)?た|ホームページ|市HP|公開され/u
/** The city's own estimate or ceiling for a purchase (市の見積りでは上限1億2千万円くらいで考えています; 課内の積算では…を想定). */
const CITY_ESTIMATE = new RegExp(
  String.raw`(?:(?<![\p{Script=Han}])市|当市|本市|こちら|当方|役所|市役所|課内|庁内|内部|事務局|担当課|うち)(?:の|で|側の|側で)(?:見積り|見積もり|見積|積算|試算|想定|予算|予定価格)(?:額|金額|価格)?(?:では|だと|で(?:は)?|上(?:は)?|によると|によれば)[、,]?[^。！？!?\n]{0,12}?${VALUE61}[^。！？!?\n]{0,10}?(?:で|を|と|に|が)[、,]?(?:考えて|想定して|見て|みて|見込んで|置いて|設定して|抑え|おさえ|収め|おさめ|上限)`,
  'gu',
)
/** …told to the firms who will bid or propose (ご提案いただく事業者の皆さん, 業者さんは, 応札される方). */
const VENDORS = /(?:事業者|業者|提案者|応募者|メーカー|ベンダー|受注者|入札参加者)(?:さん|の(?:皆さん|皆様|皆さま|方|方々))|ご提案(?:いただ|くださ|下さ)|提案(?:して|を)(?:いただ|くださ|下さ)|応札(?:され|する|いただ)|見積書(?:を|の)(?:ご)?(?:提出|お出し)/u
const ESTIMATE_OUT64 = /提案上限額|上限額(?:は|を)(?:公表|公告|仕様書)|公告|仕様書(?:に|で)(?:記載|明記|お示し|示し)|事前公表|(?:公表|公開)(?:して(?:い|お)|しました|済)|ホームページ|市HP|落札|入札結果|契約(?:を)?締結|補助|助成|給付|経済効果|効果額/u
/** An internal personnel survey of staff told with its counts (自己申告書は84人が提出; 転出希望が11人; 人事評価の集計ではS評価が12人). */
const STAFF_SURVEY = new RegExp(
  String.raw`(?:自己申告書?|異動希望調書|異動希望|身上調書|意向調書|人事評価|勤務評定|キャリアシート)(?:[（(][^（）()\n]{1,12}[）)])?(?:の(?:集計|結果|提出|回答)(?:結果)?)?(?:は|では|を見ると|によると|を集計すると|を集計したら|を数えたら|を数えると|で)[、,]?[^。！？!?\n]{0,20}?[0-9一二三四五六七八九十百]{1,4}(?:人|名|件|%|割)` +
    String.raw`|(?:転出|異動|転勤|配置換え|転属|転課|昇任|降任)希望(?:者)?(?:が|は)[、,]?[^。！？!?\n]{0,8}?[0-9一二三四五六七八九十]{1,3}(?:人|名)`,
  'gu',
)
/** …about staff (職員, 人事, 異動, 部署). */
const STAFF64 = /職員|人事|異動|転出|転勤|配属|部署|昇任|管理職/u
const SURVEY_OUT64 = /研修|説明会|制度(?:の)?(?:導入|見直し|概要)|対象に|実施して|人事行政|(?:公表|発表|公開)(?:しました|いたしました|して(?:い|お)|済)|ホームページ|市HP|全国|他市|他の自治体|募集|確定申告|所得|市民税|住民税/u
const ANSWER_DRAFT_AND_STAFF_SURVEY_GATE = new ParagraphGate([ANSWER_DRAFT64, ANSWER_OUT, CITY_ESTIMATE, VENDORS, ESTIMATE_OUT64, STAFF_SURVEY, STAFF64, SURVEY_OUT64])
/** The answer-draft, city-estimate and staff-survey kinds (first caught as conf64) (see the comment above ANSWER_DRAFT64), run after the conf63 ones where the paragraph has no finding yet. */
export function runAnswerDraftAndStaffSurveyKinds({ input, t, spans, notAware, once }: ParagraphKindContext): void {
  const { doc, emit } = input
  const q = ANSWER_DRAFT_AND_STAFF_SURVEY_GATE.scan(t)
  const sentenceText = (m: RegExpExecArray): string => sentenceOf(t, m.index, m.index + m[0].length)
  // A draft answer to the council shared before the session.
  emitAll(q, doc, t, ANSWER_DRAFT64, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !ANSWER_OUT.test(sentenceText(m))))
  // The city's own estimate or ceiling told to the firms who will bid or propose.
  if (q.has(VENDORS) && !q.has(ESTIMATE_OUT64)) emitAll(q, doc, t, CITY_ESTIMATE, 'confidential/pre-release', emit, spans, once(notAware))
  // An internal personnel survey of staff told with its counts.
  if (q.has(STAFF64) && !q.has(SURVEY_OUT64)) emitAll(q, doc, t, STAFF_SURVEY, 'confidential/personnel', emit, spans, once(notAware))
}
