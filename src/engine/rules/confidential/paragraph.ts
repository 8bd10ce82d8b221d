/**
 * confidential — The confidential family's check of one paragraph (runParagraph) and the second reading across line breaks (readAcrossBreaks),
 * with the word lists the paragraph gate is built from. runParagraph reads the markers, meetings, pre-release, staff-only,
 * negotiation, personnel, budget, bid, audit and incident kinds told in the module docstring of index.ts, then calls the later kind
 * detectors (the other files of this folder) in their fixed order, each where the paragraph has no finding yet; that order is the
 * order findings are pushed and must not change. What stays clean is told beside each check (public counterparts: 入札結果, 予算案の
 * 可決, 人事異動の発表, published 会議録, an apology announcing a loss).
 *
 * Guideline clause 5(1): 秘密情報・機密情報を発信しない (rule ids confidential/*, metadata in meta.ts).
 */
import { Doc, sentenceAround } from '../../doc'
import type { DraftFinding, RuleInput } from '../../rule'
import { NeedGate } from '../../gate'
import type { Span } from '../../text'
import { quoteAround } from '../../words'
import { requiredLiterals } from '../../literals'
import {
  AHEAD_FIGURE, AHEAD_MARK, ANNOUNCE_AHEAD, BILL_AHEAD, BUSINESS_INSPECTED, CHOICE_TOLD, CLOSED_INSPECTION, CLOSED_MATTER,
  CLOSED_MATTER_TOLD, DEMAND_BARGAIN, DEMAND_RATIO, DEMAND_STATED, DRAFT_NAMED, DRAFT_RELEASE_YET, DRAFT_TOTAL, EMBARGO_LABEL,
  HEARD_AHEAD, HEARING_RECORD, HISTORIC_ERA, INQUIRY_FINDING, INQUIRY_OPEN, INQUIRY_OWN_REPORT, INQUIRY_PENDING, INQUIRY_REPORTED,
  INSIDE_ONLY_PAPER, INSIDE_PAPER_TOLD, INSPECTION_FINDING, INSPECTION_MEASURE, INSPECTION_PUBLIC, INTERNAL_FALLBACK, LABEL_AFTER_RELEASE,
  LISTING_OFFER, MEETING_HEARD, MEETING_PAPER_MADE, NDA_HELD, NDA_MATTER, NDA_TOLD, NOTICE_BEFORE, NOTICE_BEFORE_HELD, NOTICE_PENDING,
  NOTICE_PENDING_HELD, NOTICE_STILL_AHEAD, NOTIFY_NOTICE, NOT_NOTIFIED, PRESS_CONTEXT, READ_OFF_BOARD, RETURN_MARKED_BUT,
  RETURN_MARKED_TOLD, STAFF_MEETING_PAPER, WITHHELD_KIND, WITHHELD_PART, WITHHELD_REFUSED, WITHHELD_TOLD, WORDS, attendedOnly,
  confidedCase, historicPaper, markedPaperShown, photoLesson, scamPitch,
} from './asides-and-marked-papers'
import { runBidExamAndTalksKinds, runBudgetRequestAndExamQuestionKinds } from './budget-requests-bids-and-exams'
import {
  AWARENESS, AWARENESS_WORDS, BID_CONTEXT, BID_DONE, BID_ENTRANTS_PUBLIC, BID_PUBLIC, BUDGET_PENDING, CASE_CONFERENCE_WORDS,
  CASE_MEETING_HELD, CASE_TOLD, CITY_MATTER, CLOSED_TOLD_VALUE, COUNTERPART, EXAM_NAMED, EXAM_PART, EXAM_PRACTICE_CLASS,
  EXAM_PUBLISHED_PART, EXAM_THEME_PUBLIC, EXAM_TO_COME, FORMAL_DISCIPLINE, INCIDENT_OBJECT, INCIDENT_PUBLIC, MARKED_HELD, MARKED_ON,
  MAX_HITS, MISCONDUCT, NOTIFIED_PARTY, NOT_ANNOUNCED, PEEK, PEEK_CONTENT, PEEK_TOLD, PENALTY, PENALTY_DECIDED, PENALTY_PUBLIC,
  PRELIM_AS_RELEASE, PRELIM_FIGURE, PUBLIC_PART, ParagraphGate, RELEASE_LATER, REVEAL_NOTICE, SHOWN_REFUSED, STAFF, STAFF_CASE,
  STILL_GOING, TOLD_ANYWAY, VALUE, emitAll, markedButPassed, markedPaperGlimpsed, markerOnToldPaper, meetingBasis, plainWords,
  quotedExample, refusedFor, secrecyAskedButShown, sentenceAndNext, sentenceOf, stampIgnored,
} from './context'
import { runKeepQuietAndSuspectKinds, runSaleFloorAndDirectionKinds, runSearchArrearsAndTellLaterKinds } from './directions-and-keep-quiet'
import {
  runBudgetReviewAndConfidenceKinds, runEmbargoSuccessorAndBusinessKinds, runInquiryPanelAndExamAreaKinds,
} from './embargo-exams-and-confidences'
import {
  runEnforcementAndRuleKinds, runFinishedReviewKinds, runInquiryAndReleaseKinds, runInquiryUnderWayKinds, runMayorOfficeKinds,
  runRequesterAndUnreportedKinds, runSelectionAndBargainKinds, runUndecidedMoneyKinds, runUndisclosedDealKinds, runUnreleasedButToldKinds,
  runUnreleasedMatterKinds,
} from './inquiries-and-deals'
import {
  AHEAD_AMOUNT, AHEAD_CHANGE_TOLD, AHEAD_HELD, AHEAD_NOTICE, APPLICANT_ADDRESSED, APPOINTMENT_ARRANGED, ARRANGED_PUBLIC,
  ASSESSMENT_AMOUNT, ASSESSMENT_BUDGET, ASSESSMENT_PUBLIC, ASSESSMENT_STAGE, AWAITING_APPROVAL, BILL_TO_COME, BUDGET_AGREED,
  BUDGET_ASSESSED, BUDGET_BILL, BUDGET_CUT, BUDGET_PUBLIC, CASE_CONFERENCE, CASE_COUNT_ONLY, CASE_COUNT_PUBLIC, CASE_DETAIL,
  CASE_PAPER_SHARED, CLOSED_CRITERIA, CLOSED_GATHERING, CLOSED_SELECTION, CLOSED_SHARED, CONSULT_CASE_TOLD, CONTRACT_DECIDED,
  COUNCIL_LATER_CANT_SAY, COUNCIL_PAPER_PUBLIC, COUNCIL_PAPER_REFUSED, COUNCIL_PENDING_PAPER, COUNTER_LINE_GATE, COUNTER_LINE_TOLD,
  CRITERIA_BASIS, CRITERIA_CONTENT, DOCUMENT, DUTY_SETTING, EN_AWARE, EN_KEEP_QUIET, EN_MATTER, FIGURE_HEARD_INSIDE,
  FIGURE_LABELLED_AHEAD, FIGURE_RELEASED_LATER, GROUP_NAME, HANDLE_WITH_CARE, HANDOUT_PUBLIC, HANDOUT_PUT_OUT, HELD_BACK,
  INCIDENT_REPORT_CITED, INCIDENT_TOLD, INFLUENCE_MATTER, INQUIRY_AGENCY, INQUIRY_PUBLISHED, INQUIRY_RECORD, INSIDE_SOURCE,
  INSIDE_WIP_HELD, INSIDE_WIP_SHOWN, INTERNAL_CHANNEL_REPOST, INTERNAL_NOTICE, INTERNAL_PAPER_STAGE, INTERNAL_PRELIM,
  INTERNAL_RECORD_CITED, INTERNAL_RECORD_TALLY, INTERNAL_RECORD_WORDS, INTERNAL_SOURCE, INTERNAL_STAGE, INTERNAL_TALLY_AHEAD,
  INVESTIGATION, INVESTIGATION_PUBLIC, JUDGES_PAPER, MANUAL_PUBLIC, MARKED_PAPER_TOLD, MARKER_IN_USE, MEMBERS_ONLY, NOTICE_AFTER,
  NO_RECORD_GATE, NO_RECORD_ORDER, OTHERS_STANDING, PAPER_SHOWN_IN_PHOTO, PAST_FIGURE, PEEKED_PAPER, PENDING_BILL, PENDING_BILL_PUBLIC,
  PENDING_REQUEST_CONTENT, POLICE, PRELIM_HELD, PRESS_FILE_FILED, PRESS_FILE_HELD, PRESS_LINE, PRIVATE_REMARK, PROCUREMENT, PUBLIC_TALK,
  PUBLIC_VOTE, RECORD_AGGREGATE, RECORD_CASE_SPECIFIC, RECORD_CASE_TOLD, RECORD_COUNT, RECORD_ERROR_COUNT, REPORT_BEFORE, REPORT_FINDING,
  REPORT_STILL_AHEAD, RESULT_FIGURE, RESULT_RELEASED_LATER, SCORES_KEPT, SCORE_GAP, SECRECY_DUTY, SELECTION_ERROR, SELECTION_FIGURE,
  SELECTION_FRONT_RUNNER, SELECTION_PAPER_READ, SELECTION_SCORES, SELECTION_UNDERWAY, SELF_HOLD, SELF_HOLD_FIGURE, STAFF_ADDRESSED,
  STAFF_CHAT, STAFF_CHAT_GATE, STAFF_DOC, STAFF_MANUAL_QUOTED, STAFF_MANUAL_SHARED, STAGE_PUBLISHED, STANDING_COMPARED, STANDING_TOLD,
  STAT_SURVEY, STILL_AHEAD_TOLD_ANYWAY, SURVEY_FORM_READ, SURVEY_HOUSEHOLD, SURVEY_PROCESS, SURVEY_RESPONDENT_FACT, SURVEY_RESPONDENT_NAMED, SURVEY_SHARE, TALLY_FIGURE, TALLY_HIDDEN,
  TALLY_PRODUCED, TALLY_RELEASE_AHEAD, TOLD_BEFORE_REPORT, UNPUBLISHED_BUT, USED_INSIDE_PAPER, WORKS_CONTEST, draftAtWork, lessonTopic,
  markerInUse, parcelLabel, rightsNotice, ruleTaught, seasonOpening, wasteLabel, withSentenceBefore,
} from './marker-exemptions'
import {
  ADVANCE_TOLD, AFTER_RELEASE, AHEAD_BEFORE, ASSESSED_BUDGET, ASSESSED_HELD, ASSESSED_SHOWN, BEFORE_COUNCIL_REVEAL, BIDDERS_LISTED,
  BID_AMOUNT, BID_LATER_AMOUNT, BID_NOTICE, BID_RESULT_TOLD, BID_SAID_CLOSED_BEFORE, BID_SECRET, BRACKET, CANT_SAY_TOLD, CIRCLED_HI,
  CIRCLE_FIGURE, CIRCLE_KEEP, CLOSED_BUT, CLOSED_CANT_SAY_BUT, CLOSED_DOC, CLOSED_HELD, CLOSED_MEETING, CLOSED_PAPER_CITED, CLOSED_REMARK,
  CLOSED_SESSION, CLOSED_SESSION_CLAUSE, CLOSED_THEN_TOLD, CONTENT_PROMISED, CONTEST_OUTCOME, COVERTLY, DECIDED_BEFORE, DECIDED_THEN_OUT,
  DECIDED_THERE, DELIBERATION_STATE, EARLY_REVEAL, EMBARGOED_RELEASE, EMBARGO_AT, EMBARGO_HOLD, EMBARGO_PAST, ENGLISH, EN_INTERNAL_AWARE,
  EN_INTERNAL_SOURCE, FORMAL_LATER, GRIPE_AWARE, HOLD_ASKED, HOLD_ASKED_BUT, HOLD_BROKEN_TOLD, HOLD_KEEP, HOLD_NAME_AT, HOLD_NEG,
  HOLD_NOTICE, HOLD_PREFACED_SHOWN, HOLD_STRONG, HOLD_TOLD, HOLD_WEAK, INSIDE_GRIPE, INTERNAL_USE_FIGURE, INTERNAL_USE_HELD,
  INTERNAL_USE_READ, IN_PROCESS, IN_PROCESS_GIVEN, KANA_MARKER_MAY, KEEP_TILL_RELEASE, KEEP_TILL_THEN, KEPT_MATTER, LEAK, LENDING,
  LITERARY_CONTEXT, MARKER_IN_BRACKET, MARKER_TOKEN, MEETING, MEETING_CONTENT, MEETING_DISCORD, MEETING_PAPER, NAME_TOLD,
  NONPUBLIC_PAPER_SHOWN, NOT_OUT, NOT_OUT_KEEP, NOT_TO_COUNCIL_HELD, NOT_TO_COUNCIL_YET, NOT_YET, NO_TAKING_SHOWN, OTHER_COST,
  OUTCOME_PUBLISHED, OUTCOME_REACHED, PAPER_NOUN, PAPER_OPENED, PAPER_REFUSED, PAST_TOLD, PLACE_TOURED, PRESENTED_WORK, PRESS_EMBARGO,
  PRESS_HANDLING, PRESS_HANDLING_ASK, PRE_ASSESSMENT, PRE_RELEASE, PRICE_SAID_CLOSED, PROMOTED_AHEAD, PUBLIC_CHOICE, PUBLISHED,
  RECORD_KEPT, RELEASE_DAY_TO_COME, RELEASE_TO_COME, REPORTED_CONTENT, REPORTED_THERE, RESTRICTED_PAPER, REVEAL, SEASON_OPENS,
  SECRET_PREFIX, SELECTION_TALK, SESSION_CONTENT, SESSION_NOTICE, SESSION_OUTCOME, SESSION_OUTCOME_NOTICE, SHARED_ANYWAY, SHARED_COVERTLY,
  SHARE_HEAD, SHARE_NOTICE, STAFF_ONLY, TELL_AFTER, TOLD_AHEAD, TOLD_AHEAD_BEFORE, TOLD_MATTER, TOUR_OFFERED, WAIT_NOTICE,
  announcedOutcome, confidentialService, enAdvice, kanaMarkerRead, keptInPledge, literaryDraft, openedToPublic, orderedThere,
  outsideIsInformation, ownNaijiEvent, paperOnlyNamed, paperRefusedOrAsked, placeToured, playfulCompound, routineSharedDocument,
  ruleCategory,
} from './markers'
import {
  APPOINTMENT_PUBLIC, AUDIT, AUDIT_FINDING, AUDIT_HIDDEN, BID_ENTRANTS_TOLD, BID_NAMED, BID_PRICE_IN_PHOTO, BID_STILL_OPEN, BID_TO_COME,
  BIZ_CONSULT_RECORD, BIZ_HEARD, BIZ_HEARD_GENERIC, BIZ_TROUBLE, CASE_DETAIL_TOLD, CASE_HELD, CLOSED_SWITCH, CLOSED_TOLD, COMPLAINANT,
  COMPLAINANT_NOT, COMPLAINT_TALLY_WHO, CONCESSION_LIMIT, CONCESSION_TALKS, CONTAINED_AFTER, CONTRACTOR_DISPUTE, CONTRACTOR_NOTICE,
  DISCLOSED, DISCLOSURE_GROUND, EMBARGO_LIFTED, EMBARGO_UNTIL_ASK, ESTIMATE, EXAM_AHEAD_NAMED, EXAM_ASKED_HEARD, EXAM_CONTENT_AHEAD,
  EXAM_DRAFT_SHOWN, EXAM_LEAK, EXAM_QUESTIONS_AHEAD, EXAM_THEME_TIPPED, EXAM_TIP, FIGURE_NOT_OUT, FIGURE_RELEASED, FOR_THEIR_SAKE,
  FUTURE_APPOINTMENT, FUTURE_RELEASE, GOOD_DEED, HANDLED_QUIETLY, HANDLED_QUIETLY_DENIED, HEARD_INSIDE, HELD_BACK_BUT, HIDDEN_MATTER,
  INCIDENT, INCIDENT_UNDISCLOSED, INQUIRY_HEARING_FOUND, INQUIRY_WORKER, INSIDERS_ONLY, INTERNAL_EXCERPT, INTERNAL_HANDED_SOURCE,
  INTERNAL_INQUIRY, INTERNAL_SCREEN, LAWYER_OPINION, LAWYER_STRATEGY, LOOK_CONCEDED, LOOK_SHOWN, MATTER, MATTER_IN_PHOTO, MATTER_MORE,
  MEASURE_ANNOUNCED, MOVE, MOVE_PUBLIC, NAME_WITHHELD, NEGOTIATED_COMPANY, NEGOTIATED_PRICE, NEGOTIATING, NEGOTIATION, NEGOTIATION_PUBLIC,
  NONPUBLIC_FIGURE, NOTICE_TO_COME, NOT_PUBLIC, NOT_PUBLISHED_RULE, NOT_RELEASED_BUT, NOT_YET_SAID, OFFER, OFFER_PUBLIC, OFF_ASIDE,
  OFF_RECORD, OFF_RECORD_FIGURE, OPINION_PUBLISHED, OUTBREAK_MATTER, PAPER_HELD, PAPER_NOT_OUT_HELD, PAPER_NOT_OUT_YET, PAPER_NOT_PUBLIC,
  PEEK_COVERT, PENALTY_EXPECTED, PENALTY_INQUIRY_PUBLISHED, PENALTY_PROPOSED, PENALTY_UNDER_WAY, PHOTO_BLURRED, PHOTO_IS_MATTER,
  PHOTO_SHOWS_PAPER, PRICE_HELD, PRIVATE_DECISION, PUBLIC_OCCASION, QUIETLY_MAY, RECORDS_SYSTEM_SHOWN, REMARK, REMARK_PUBLIC,
  REPEAT_COMPLAINER, REPEAT_FILER, REPORT_TO_COME, RESIDENTS_OWN_PAPER, RESULT_LATER, RESULT_PUBLIC, RESULT_TOLD_ANYWAY,
  RESULT_UNPUBLISHED_HEAD, SCORES, SCREEN_FIGURE, SECRET_TILL, SELECTION, SESSION_PEOPLE, SESSION_REMARK, SETTLEMENT_FORECAST,
  SETTLEMENT_MAY, SETTLEMENT_PENDING, SHOWN_AT_PUBLIC_MEETING, SHOWN_PAPER, SITE_OPENED, STAFF_MEASURE, STAFF_NOTE_IN_PHOTO,
  STAFF_ONLY_LOOK, STAFF_SINGLED, STAFF_SURVEY_BREAKDOWN, STILL_ON, SURVEY_PUBLISHED, SUSPECT_DEED, SUSPECT_HELD, SUSPECT_INQUIRY,
  SUSPECT_PUBLIC, SUSPECT_WHO, TALLY_FILED, TEASER, TERM_PUBLISHED, THING_NOT_OUT, TOLD_PRIVATE_MEETING, UNDER_INQUIRY_CASE,
  UNPUBLISHED_TERM, WHO_DECIDED, WINNER_TOLD, discussedDone, reviewUsed, routineMeeting, toldBeforePeek, withheldAsPractice,
  withheldIdentity,
} from './meetings'
import { runSelectionSicknessAndPriceKinds, runTestResultDisciplineAndMoveKinds } from './selections-tests-and-discipline'
import {
  runAnswerDraftAndStaffSurveyKinds, runSelectionDisciplineAndExamThemeKinds, runTallyAuditAndExamTipKinds,
} from './tallies-selections-and-answer-drafts'
import { runTermsAppraisalAndBudgetStageKinds } from './terms-appraisals-and-budget-stages'
import { runFirmSecretCostAndSetterHintKinds } from './firm-secrets-costs-and-setter-hints'
import { runDeliberationIncidentQuoteAndFirmPaperKinds } from './deliberations-incidents-quotes-and-firm-papers'
import { runAppointmentDraftEmbargoSessionAndHushKinds } from './appointments-answer-drafts-embargoes-sessions-and-hush-orders'
import { runCommitteeFindingAndCaseCouncilKinds } from './committee-findings-and-case-councils'
import {
  accessSafeguard, runBeforeBodyHandlesKinds, runBeforeOwnerDisclosesKinds, runBidAndScreeningAheadKinds, runBusinessDealingsKinds,
  runExamAndCaseRecordKinds, runFindingBeforeReleaseKinds, runOpenCaseQuoteAndSetterKinds, runPendingDealKinds, runPoliceCaseKinds,
  runToldAheadKinds, runToldBeforeTurnKinds, runTradeTermsAndAheadKinds,
} from './told-ahead-and-trade'

/** Blind R457J-034 kind: a value followed by a bound that picks works out (を超える工事, 以上の案件, 未満のもの, 超の): a threshold, no price. */
const PRICE_AS_BOUND = /^(?:円)?(?:[(（]税(?:込み?|抜き?)[)）])?(?:を(?:超える|超えた|上回る|下回る)|超(?:の|え(?:る|の))|以上(?:の|と(?:なる|なった))|以下の|未満の)/u

/**
 * What a bracket's marker token (MARKER_TOKEN, read with the i flag) cannot match without: the literals of the pattern as written
 * (the i flag changes nothing for kana and kanji, which have no case), or, for the English tokens, a letter that the i flag reads
 * as a Latin one (A–Z, a–z, and ſ and K, which fold to s and k).
 */
const MARKER_TOKEN_AS_WRITTEN = new RegExp(MARKER_TOKEN.source, MARKER_TOKEN.flags.replace('i', ''))
const CASED_LATIN = new RegExp('[A-Za-z\u017F\u212A]', 'u')
/** Whether a bracket's text can hold a marker token (the same words, looked up in the bracket alone). */
const TOKEN_WORDS = new NeedGate(() => [requiredLiterals(MARKER_TOKEN_AS_WRITTEN), plainWords(CASED_LATIN)])
/** Between the marker tokens of one bracket (【秘・取扱注意】). */
const TOKEN_SEPARATOR = /[・、,/\s]+/u
/**
 * Blind R264Y-008 kind: a figure the city is bound not to publish (by a contract, an agreement or a rule), named so attributively and then
 * given (貸出元との契約で公表しないことになっている保険評価額が2億4千万円). The attributive form only: a concession (…は公表しないことに
 * なっていますが、応募総数は52件でした) tells a different, public figure, and the bound named with no figure tells nothing.
 */
const AGREED_UNPUBLISHED =
  /(?:契約|約束|取り決め|取決め|申し合わせ|協定|覚書|合意|条件|規定|決まり)(?:で|により|によって|上|に基づき|に従い)?[、,]?(?:は)?(?:(?:公表|公開|開示|口外|発表)(?:し|いたし)?(?:ない|せん|しない)こと(?:に|と)(?:なって(?:いる|いた|おり|る)|している|した)|(?:公表|公開|開示)しない約束の|非公表(?:と|に)(?:なって(?:いる|いた|る)|されている|した))(?=[\p{Script=Han}\p{Script=Katakana}])/gu
/** …then the thing so bound, with its figure, in the rest of the sentence (保険評価額が2億4千万円). */
const AGREED_FIGURE = /^[\p{Script=Han}\p{Script=Katakana}ー]{1,12}(?:は|が|も|、|:)?[^。！？!?\n]{0,8}?[0-9０-９〇一二三四五六七八九十百千][0-9０-９〇一二三四五六七八九十百千万億,.]{0,12}(?:円|人|名|件|社|点|%|％|割|票|世帯|倍)/u
/**
 * Blind R264Y-009 kind: a paper said by the post itself to be normally kept inside (本来は外に出さない表ですが, 普段は非公開の資料だけど),
 * shown anyway (写真で載せておきます, お見せします). A place or a work opened on a special day (普段は公開していない古文書を特別展で展示),
 * a refusal (お見せできません) and the marker named with nothing shown stay clean.
 */
const NORMALLY_KEPT =
  /(?:本来|本当|ほんと|ホント|普段|ふだん|通常|いつも)(?:は|なら)?[、,]?(?:(?:外|外部|表)(?:に|へ)(?:は)?(?:出さ|出せ)(?:ない|ん)|(?:公開|公表|お見せ|開示)(?:し|でき)?(?:ない|ません|ん)|見せ(?:ちゃ|ては|たら)(?:いけない|いかん|ダメ|だめ)|非公開|非公表|部外秘|門外不出|(?:内部|庁内|課内|部内|係内)(?:だけ|のみ)で(?:使う|扱う|回す))(?:の)?(?:表|資料|一覧|書類|データ|シート|名簿|メモ|文書|数字|記録|やつ|もの)(?:です|だ|なん(?:です|だ)?|な(?=んですが))?(?:が|けど|けれど|けども)/gu
const KEPT_PAPER_SHOWN = /載せ|のせ|アップ|写真|📷|📸|お見せ|見せ(?:ちゃ|ます|る)|貼っ|貼り|共有し|公開し/u
const KEPT_PAPER_EXHIBITED = /展示|企画展|特別展|特別公開|一般公開|公開日|見学|ご覧いただけ|閲覧|期間限定|(?:でき|出来)(?:ません|ない|かね)/u
/**
 * Blind R266W-009 kind: an exam's answers listed (問1 ③ 問2 ① …, 第1問 ア …) while the post says they are not yet released or gives them on
 * the quiet (前半の正解だけこっそり…残りは後日の正式発表を). The official answers published (正答を公表します) and a quiz's answers stay clean.
 */
/** One answer: 問1 3, 第2問 ア; a circled numeral (③) is # in the squeezed view, a hashtag is not an answer. */
const ANSWER_PAIR = '(?:問|第)\\s?[0-9]{1,2}(?:問)?\\s?[:：.)=→]?\\s?(?:[0-9]|[ア-オ]|[a-eA-E]|#(?![\\p{L}\\p{N}]))(?![0-9])'
const EXAM_ANSWERS_LISTED = new RegExp(`${ANSWER_PAIR}(?:[\\s、,/]{0,3}${ANSWER_PAIR}){1,19}`, 'gu')
const EXAM_ANSWERED = /(?:試験|テスト|検定|考査|入試)[^\n]{0,60}?(?:正解|正答|解答|答え)|(?:正解|正答|解答|答え)[^\n]{0,60}?(?:試験|テスト|検定|考査|入試)/u
const ANSWERS_NOT_OUT = /こっそり|内緒|ないしょ|ナイショ|ここだけ|(?:正式|公式)(?:な|の)?(?:発表|公表)(?:を|は|が|まで)|後日[^。！？!?\n]{0,8}?(?:発表|公表)|発表前|公表前|未発表|未公表|まだ(?:発表|公表)/u
/**
 * Blind R266W-039 kind: a paper kept inside cited in brackets as the source of the figures just told (…相談は17件で、そのうち3件は…（研修用の
 * 内部資料より）). A citation is a use of the paper, not a mention, even in a training report; a paper named with no figure stays clean.
 */
const INSIDE_PAPER_CITED = /[(（](?:[^()（）\n]{0,12}?の)?(?:内部|庁内|課内|部内|局内|係内)(?:資料|文書|メモ|データ|報告書?|集計)(?:より|から|による|参照|を基に|をもとに)[)）]/gu
/**
 * Blind R266W-056 kind: the questions of an exam still to come quoted word for word and said to be asked for sure (今年の二次面接では「…
 * ですか」と「…ください」の2問が必ず聞かれますよ). The city's guidance names topics (「志望動機」などをお聞きします), not a question verbatim
 * told as certain; a past exam or the scope (EXAM_PUBLISHED_PART) stays clean.
 */
const EXAM_ASKED_SURE =
  /「[^「」\n]{2,60}」(?:(?:と|や|、)「[^「」\n]{2,60}」){0,3}(?:の[0-9一二三四五]問)?(?:を|が|は|も|について)[^。！？!?\n「」]{0,4}?(?:必ず|絶対(?:に)?|確実に|間違いなく)(?:(?:聞かれ|質問され|尋ねられ|問われ|出題され|出され)(?:る|ます)|出(?:る|ます))/gu
const QUESTION_QUOTED = /(?:か|ください|下さい|\?|？|なさい)」/u
/**
 * Blind R268D-019 kind: what a consultation counter's record shows about who came, told (相談窓口の記録を確認したところ、昨年度ご相談に
 * 来られた方のうち2名は市職員でした; 相談記録によると、相談者のうち3人が同じ地区の方): a few of those who consulted singled out by what
 * they are is what the counter keeps in confidence, the more so in a reply. A record kept or protected (相談記録は5年間保存します), a total
 * count (相談件数は延べ120件) and a large share in published statistics (相談者120人のうち40人が10代) are not this: the count singled
 * out must be small (one to nine).
 */
const CONSULT_RECORD_WHO = new RegExp(
  '(?:相談|ご相談)(?:窓口|室|センター|支援|対応)?(?:の)?(?:記録|記録簿|台帳|受付簿|履歴|データ|カード|票)' +
    '(?:を(?:確認|調べ|見|見返|さかのぼ|遡)(?:した|た|て|っ|る)[^。！？!?\\n、,]{0,6}?(?:ところ|ら|みると|みたら)|によると|によれば|によりますと|では|を見ると|を見たら|ば見たら)[、,]?' +
    '[^。！？!?\\n]{0,30}?(?:方|人|者|かた)(?:の)?(?:うち|中で|なかで|中に|なかに)(?:は)?[、,]?[^。！？!?\\n0-9０-９]{0,8}?(?<![0-9０-９一二三四五六七八九十百])(?:[1-9１-９]|[一二三四五六七八九])(?:名|人)(?:は|が|の方)',
  'gu',
)
/**
 * Blind R270C-010 kind: the scores of an internal screening of applications (a subsidy, a tender, a hiring) said to be written up on a
 * board or a screen shown in the post (ホワイトボードには…補助金の審査で各団体が何点だったか書き出しています; スクリーンに選定委員会の
 * 各社の得点が映っています): the photo hands out how each applicant was marked before, or instead of, the city publishing it. A public
 * contest's scores (料理コンテストで各チームの得点を書き出して発表), a scoring method explained, a photo blurred and a result published
 * stay clean.
 */
const SCORES_ON_BOARD =
  /(?:ホワイトボード|黒板|ボード|模造紙|スクリーン|モニター|画面|写真)(?:に|には|にも|の)[、,]?[^。！？!?\n]{0,30}?(?:審査|選考|選定|採点|評価)[^。！？!?\n]{0,16}?(?:点数|得点|何点|評価点|採点結果|採点表|順位|(?<![0-9０-９])[0-9０-９]{1,3}点)[^。！？!?\n]{0,16}?(?:書き出|書い|書かれ|貼|張|並ん|写|映|出て|表示)/gu
/** …a screening of applicants: a subsidy, a tender, a hiring, bodies or businesses marked. */
const APPLICANT_SCREENING = /補助金|助成金|交付金|補助事業|採択|指定管理|プロポーザル|委託先|入札|採用|面接|申請|団体|事業者|業者|応募者|申込者|各社/u
/** …not a public contest. */
const PUBLIC_CONTEST = /コンテスト|コンクール|グランプリ|大会|選手権|作品|表彰|入賞|受賞|発表会/u
/**
 * Blind R270C-035 kind: both sides' figures in a negotiation still going on, the city's offer and what the other side wants (市からは稚魚
 * 1尾あたり120円の補助を出すと伝えていて、組合さんは150円を希望されています; 市側は坪10万円を提示、地権者さんは15万円を求めて): the
 * positions on the table, even of a subsidy, are the negotiation's secret. Needs both figures in the paragraph, the city's as offered or
 * conveyed and the other's as asked; a deal struck or published (合意しました, 締結, 公表し) and a subsidy notice with no counterpart's ask
 * stay clean.
 */
const CITY_OFFERED = new RegExp(
  `(?:市|本市|当市|市側|こちら|行政)(?:から(?:は|も)?|側(?:から)?(?:は)?|としては)[、,]?[^。！？!?\\n]{0,20}?${VALUE}[^。！？!?\\n]{0,16}?(?:と|を|で)(?:伝え|お伝え|提示|ご提示|提案|ご提案|示し|お示し|打診|申し入れ|お願い|回答)`,
  'gu',
)
const COUNTER_ASKED = new RegExp(
  `${COUNTERPART}(?:が|は|から(?:は)?|の方(?:から|は)|も)[、,]?[^。！？!?\\n]{0,14}?${VALUE}[^。！？!?\\n]{0,12}?(?:を|ば|で|は|が|って|と)?(?:求め|要求|要望|希望|主張|言って(?:き|こ|おら)|おっしゃ|譲ら)`,
  'gu',
)
/** …a deal struck or the figures published: no longer a secret. */
const BOTH_OFFERS_SETTLED = /合意し(?:ました|た)|合意に至|合意でき|妥結|締結|まとまりました|決まりました|決定しました|了承(?:いただき|され|を得)|折り合いがつ|公表し|ホームページ|議決|可決/u
/**
 * conf56 (blind R308T–R311E): twelve kinds missed as a whole.
 *
 * Blind R308T-039 kind: data the writer was given on the condition that it not go outside, the condition said (「外部には出さないで
 * ください」と念押しされて共有いただいたデータ; 公表しないという条件でいただいた数字; 非公表を条件にご提供いただいた資料), then its content
 * told in that sentence or the next two (売上の上位3店で全体の6割). The data only named, kept (鍵付きの保管庫で管理しています) or refused
 * (ここでは紹介できません) stays clean.
 */
const GIVEN_ON =
  '(?:(?:ご)?(?:共有|提供|開示)(?:して|され)?(?:いただい|頂い|もらっ|くださっ|くれ)|(?:ご)?(?:共有|提供|開示)され|いただい|頂い|もらっ|貰っ|受け取っ|預かっ|お預かりし|お借りし|借り|(?:見せ|教え|送っ|回し)(?:て)?(?:いただい|頂い|もらっ|くださっ|くれ)|お(?:送り|見せ)(?:いただい|頂い))(?:た|て(?:いる|いた|る|おる|おった))'
const HELD_DATA = '(?:データ|資料|数字|数値|情報|一覧|名簿|リスト|表|統計|集計|売上|内訳|ファイル|報告書|調査結果)'
const CONDITIONAL_DATA = new RegExp(
  `(?:(?:${HOLD_STRONG}|${HOLD_WEAK})(?:ない|ず)(?:という|との|って|と)?(?:条件|約束|前提|お約束)(?:で|のもと|の下|付きで)` +
    `|(?:非公表|非公開|口外無用|他言無用|門外不出|外部非公開|部外秘|外部秘|公表しないこと|口外しないこと|外に出さないこと)(?:を|の|という|との)?(?:条件|約束|前提|お約束)(?:で|に|として|のもと|付きで)` +
    `|(?:${HOLD_STRONG}${HOLD_NEG}|${HOLD_KEEP}|(?:ここだけの話|ここだけ|内緒|オフレコ|他言無用|口外無用)(?:で|に(?:して)?)?(?:お願いします|お願い|ください|ね)?)[」』]?(?:と|って|との)[、,]?[^。！？!?\\n]{0,8}?(?:念押し(?:され|を受け)|念を押され|${HOLD_ASKED})(?:て|た上で|たうえで|ながら)?)` +
    `[、,]?[^。！？!?\\n]{0,12}?${GIVEN_ON}[^。！？!?\\n]{0,4}?${HELD_DATA}`,
  'gu',
)
/** …what is then told from it: a share, a rank, a rate, a count, a rise or fall. */
const CONDITIONAL_TOLD = /[0-9][0-9,.]*(?:%|割|倍|位|円|人|件|店|社|万|億|千|ポイント|世帯)|[〇一二三四五六七八九十百千]+(?:万|億)(?:円|人)?|上位|トップ|最下位|過去最[多高低少]|前年比|占め|伸び|落ち込/u
/** …unless the telling is refused or the data only kept. */
const CONDITIONAL_HELD = /でき(?:ません|ない|かね)|いたしかね|控え|書けませ|載せられ|お見せできな|管理して|保管して|保管し(?:ます|ており)/u
/**
 * …unless the data was only a source the city aggregated into its own statistic, told as a whole (…ご提供いただいたデータをもとに集計した
 * ところ、市全体の観光客数は前年比5%増; …売上データを集計し、市内の宿泊客数は過去最多): a published aggregate, not the data. A share of a few
 * named or ranked providers (上位5社だけで, 3店舗) stays told.
 */
const CONDITIONAL_AGGREGATED = /^[^。！？!?\n]{0,16}?(?:集計|取りまとめ|とりまとめ|合算)(?:し|した|の結果|結果)/u
const CONDITIONAL_WHOLE = /市全体|市内全体|全市|市内の|市の/u
const CONDITIONAL_FEW = /上位|トップ|最下位|だけで|のみで|[0-9０-９一二三四五六七八九十]+(?:社|店|者|事業者|軒)/u
const EXAM_THEME_GIVEN = new RegExp(
  `${EXAM_PART}(?:試験|考査)?(?:の)?(?:(?:出題)?(?:テーマ|課題|題目|お題|題|設問)|出題)(?:は|が)[、,]?[「『][^「」『』\\n]{2,60}[」』](?!(?:でした|だった|でしたが|など|等|といった|のような|のように|と(?:いう|いった)(?:テーマ|題|例)))`,
  'gu',
)
const EXAM_REAL_THEME = /(?:本番|今年|今年度|実際|当日)の[^。！？!?\n「」]{0,12}$|(?:試験|入試|検定|選考)の[^。！？!?\n「」]{0,6}$/u
/**
 * Blind R310H-059 kind: an amount put into a budget proposal or a request while the proposal is still in the internal assessment or before
 * it goes to the council (当初予算案に約1億2,400万円を盛り込みました。まだ市長査定の段階で議会への提出も2月ですが、いち早く…): the budget's
 * content before it is published. A budget announced, proposed, passed or published (BUDGET_PUBLIC) and a budget figure with no stage still
 * to come (今年度予算に約500万円を計上しています) stay clean.
 */
const BUDGET_PUT_IN = new RegExp(
  `(?:補正予算案?|当初予算案?|予算案|予算要求|来年度予算|新年度予算|次年度予算|予算)(?:に|には|では|で|として|へ)[^。！？!?\\n]{0,30}?${VALUE}[^。！？!?\\n]{0,6}?(?:が|を|も)?(?:計上|盛り込|盛りこ|積み増|組み込|組みこ|要求|措置)` +
    `|(?:予算)?(?:要求額|要求金額|計上額|概算要求額?|予算額)(?:は|が)[、,]?[^。！？!?\\n]{0,12}?${VALUE}`,
  'gu',
)
/**
 * Blind R311E-008 kind: a session held with no public gallery named as where what is told was explained or handed out (傍聴なしで開かれた
 * 今日の議員協議会で説明があった内容ですが、…14億円から28億円に膨らんでいます; 傍聴不可の全員協議会で示された数字ですが…), then a figure or
 * an outcome told in that sentence or the next. A notice (傍聴なしの会議ですので、入場はご遠慮ください), minutes published and a session with
 * nothing told stay clean.
 */
const CLOSED_BRIEFING_TOLD =
  /(?:傍聴(?:者|人)?(?:なし|無し|不可)|傍聴者?を入れ(?:ず|ない)|報道(?:陣)?を(?:入れず|締め出し))(?:の|で|に|て)?(?:(?:行われ|開かれ|開催され|実施され|行っ|開い)た)?[^。！？!?\n、,]{0,16}?(?:会議|協議会|説明会|委員会|勉強会|懇談会|審議会|会合|部会|協議)[\p{Script=Han}ァ-ヴー]{0,6}?(?:で|にて|の場で|の席で)[、,]?(?:の)?(?:ご)?(?:説明|報告|提示|示され|お示し|配られ|配布され|配付され|出(?:た|され|てき)|話(?:が|され)|聞い)[^。！？!?\n]{0,10}?(?:内容|話|数字|数値|資料|こと|件|もの)?(?:なん|な)?(?:ですが|だけど|ですけど|やけど|ばってん|では|によると|によれば|として|ですけれど|だと)/gu
const BRIEFING_TOLD = /[0-9〇一二三四五六七八九十百千]+(?:万|億|千)?(?:円|人|名|件|世帯|%|割|倍|校|か所|箇所|年|社)|膨ら|増え|減っ|減ら|見直さ|上が|下が|超え|方向|見送|廃止|統合|決ま(?!り次第)|内定|固ま/u
/**
 * Blind R311E-019 kind: a price come down to in the purchase of land or a building from its owner, the talks still going on (跡地の買い取り、
 * 所有者さんとのやり取りで、坪あたり十八万円まで下がってきました。あと一息、粘ります): NEGOTIATED_PRICE with a land deal still open.
 */
const LAND_DEAL = /地権者|所有者|地主|持ち主|用地|買収|買い取り|買取|跡地|土地|借地|立ち退/u
/**
 * …not a fee the city's event charges its vendors or participants, held on a site (旧校舎跡地のイベントに出店するキッチンカーの出店料、交渉の結果
 * 1日3,000円まで下がりました！引き続き出店者を募集): the site is only where, no land is dealt. With the land's owner or its purchase named
 * (LAND_TRADE) it is a land deal still.
 */
const LAND_TRADE = /地権者|所有者|地主|持ち主|用地|買収|買い取り|買取|借地|立ち退|売却|譲渡|賃料|地代|坪/u
const PRICE_IS_FEE = /(?:出店|出展|参加|使用|利用|入場|受講|ブース|会場|レンタル)(?:料|費)|会費/u
const LAND_SETTLED = /合意しました|合意に至り|合意いたしました|契約を締結|締結しました|議決|可決|公表し|ホームページ|市HP|取得しました|購入しました|(?:売買|譲渡)契約を結び/u
/**
 * Blind R311E-024 kind: money whose use or source cannot be accounted for, found in the books of a body the city keeps and told with its sum
 * while the inquiry still goes on (公民館の会計で見つかった使途の分からないお金…三百四十万円ほどに…いま、当時の担当者から順番に話を聞いて
 * います): an audit's finding before anything is announced. The city's own announcement (お詫び, 公表, 記者会見, 分かり次第お知らせ) and a
 * warning about it stay clean.
 */
const UNEXPLAINED_MONEY =
  /(?:使途|使い道|使いみち|出どころ|出所)(?:の|が)?(?:不明|分から(?:ない|ん)|わから(?:ない|ん)|不詳|はっきりしない|確認できない|つかめない)(?:な|の)?(?:お金|金|支出|出金|入金|金額|額|現金|経費|資金)|(?:行き先|行方)(?:の|が)(?:分から(?:ない|ん)|わから(?:ない|ん)|不明な?|はっきりしない)(?:お金|現金|資金|売上金|会費|寄付金|寄附金|積立金)|使途不明(?:金|の)?|不明金|帳簿(?:と|に)(?:合わ|あわ)ない(?:お金|金額|額|現金|分)?|(?:残高|現金|通帳)(?:と|が)[^。！？!?\n、,]{0,4}?(?:合わ|あわ)(?:ない|ず)|説明のつかない(?:お金|支出|出金|入金|金額)/gu
const MONEY_AMOUNT = /[0-9][0-9,.]*(?:万|億|千)?[0-9,]*円|[〇一二三四五六七八九十百千]+(?:万|億)(?:[〇一二三四五六七八九十百千]+)?円?/u
const MONEY_INQUIRY = /(?:話|事情|経緯|説明)を(?:聞|伺|うかが|お聞き|お伺い|求め)|聞き取り|聴き取り|ヒアリング|調査中|調べ(?:て|と|ている)|確認中|確認して(?:い|お)|確認を進め|精査|洗い出|さかのぼ|遡|突き合わせ|照合/u
const MONEY_PUBLIC = /お詫び|おわび|申し訳|公表(?:し|いたし)|発表(?:し|いたし)|記者会見|会見を|報道|ホームページ|市HP|分かり次第|判明次第|わかり次第|改めて(?:お知らせ|ご報告)|再発防止|被害届を(?:提出|出し)|告発し|議会に報告し/u
/**
 * Blind R311E-049 kind: the arrears of a few households singled out by their size, with a sum (家賃の滞納、今月時点で多い順に３世帯だけで
 * 合計２１０万円; 滞納が最も多い世帯で約80万円): what the collection section knows of particular households. A total of all the arrears
 * (滞納額は合計1,200万円、滞納世帯は42世帯) and a published count stay clean.
 */
const ARREARS_FEW = new RegExp(
  `(?:滞納|未納|延滞|滞っ|払えて(?:い)?ない)[^。！？!?\\n]{0,24}?(?:多い順に|多い方から|大きい順に|高い順に|上位|ワースト|最も多い|一番多い|いちばん多い|特に多い|最多の|大口の?)[^。！？!?\\n]{0,8}?(?:[1-9][0-9]?|[一二三四五六七八九十]{1,3})(?:世帯|軒|件|人|名|戸|社|事業所|お宅|家庭)(?:だけ)?(?:で|の|が|は|に)[^。！？!?\\n]{0,16}?${VALUE}` +
    `|(?:滞納|未納|延滞)[^。！？!?\\n]{0,16}?(?:最も|一番|いちばん|特に)(?:多い|大きい|高い)(?:ご)?(?:世帯|お宅|方|人|家庭|事業者|店|ところ|ケース)(?:で|は|が|だと)[、,]?[^。！？!?\\n]{0,10}?${VALUE}`,
  'gu',
)
/**
 * Blind R311E-054 kind: the result of a screening told while the notice to the applicant is still to come, the notice named as a noun
 * (ご本人への通知はまだですが、おめでとうございます！; 申請者への連絡は来週ですが): the result before those it concerns hear it. The notice
 * with no result told, and a notice to wait (今しばらくお待ちください) stay clean.
 */
const NOTICE_NOT_YET = new RegExp(
  `(?:${NOTIFIED_PARTY}|保護者|ご家族|提案者|申込者|各団体|各事業者|撮影者|作者|出品者|制作者|投稿者|応募された方|受賞された方|入賞された方)(?:さん|様|さま|の方)?(?:へ|に)(?:の|対する)?(?:ご)?(?:通知|連絡|お知らせ|結果通知|決定通知|お伝え|内示)(?:は|が|も)[、,]?(?:まだ|これから|未だ|来週|明日|後日|週明け|[0-9]{1,2}日)(?:の予定)?(?:(?:です|でございます|だ|や|なん(?:です|だ|や)?|な(?=ん|の))?(?:ん|の)?(?:です|だ)?(?:が|けど|けれど|けども|ばってん)|(?:です|でございます|だ|や)(?![\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Han}ー]))` +
    `|(?:合格|採択|不採択|交付決定|決定|結果|審査結果|選考結果|採用)通知(?:書)?(?:は|が|も)[、,]?(?:まだ|これから|来週|明日|後日|週明け)[^。！？!?\\n]{0,10}?(?:ですが|だけど|ですけど|やけど|ばってん|なんですが|なんですけど|と思いますが|と思うけど)`,
  'gu',
)
const SCREENING_RESULT = /最高点|最高得点|トップ|[1１一]位|首位|満点|採択|不採択|合格|不合格|落選|当選|選ばれ|決ま(?!り次第|りましたら)|内定|最優秀|[0-9]+点/u
/**
 * …not an award only said to be decided, with no winner named (審査の結果、最優秀賞が決まりました！受賞者への連絡はこれからですが、表彰式は
 * 3月1日です): nothing of the result is told. The phrase is set aside before SCREENING_RESULT is looked for; a winner or a count named
 * (〇〇さん, 3団体, 「…」) is told still.
 */
const AWARD_WINNER_NAMED = /さん|様|さま|氏|くん|ちゃん|[0-9０-９一二三四五六七八九十]+(?:団体|社|事業者|名|人|校|チーム|作品)|「[^」\n]{1,40}」|『[^』\n]{1,40}』|(?:中学校|小学校|高校|商店|株式会社|会社|グループ|チーム)(?:の|が|さん)/u
const AWARD_ONLY_DECIDED = /(?:(?:最優秀|優秀|大|金|銀|銅|特別|審査員特別|市長|奨励|グランプリ)?賞|グランプリ|受賞者|入賞者|受賞作品|入賞作品)(?:が|は|も)[、,]?(?:無事に?|ついに|いよいよ)?決まり(?:ました|ます)?/gu
/**
 * Blind R309C-037 kind: a member of staff pointed at by a case, their penalty and their move told together, or the penalty said to be settled
 * in an internal meeting (当該職員の処分（減給10分の1・1か月）と、来月1日付での企画課への異動が本日の人事協議で決まりました): a personnel
 * matter of one person before the city announces it (and the move of one disciplined is never announced with it). The city's announcement
 * (懲戒処分を行いました, 公表, お詫び) and a rule (指針, 基準) stay clean.
 */
const STAFF_POINTED = '(?:当該|該当|問題の|その|担当の?|件の|例の)(?:の)?(?:職員|社員|教員|担当者)'
const PENALTY_WORD = '(?:懲戒処分|懲戒免職|停職|減給|戒告|訓告|免職|降格|懲戒|処分)'
const MOVE_WORD = '(?:異動|配置換え|配置替え|転属|配属替え|左遷|転出|出向)'
/** Settled, not to be settled (来週の審査委員会で決まりますが is a date). */
const PENALTY_SETTLED = '(?:(?:決ま|固ま|まとま)(?:りまし|った|って|りそう)|内定し|決定し(?:まし|た)|ことにな(?:りまし|った|っており|る(?:そう|らしい|予定|見込み))|になりました|になる(?:そう|らしい|予定|見込み))'
const PENALTY_AND_MOVE = new RegExp(
  `${STAFF_POINTED}(?:さん)?(?:の|へ(?:の)?|に(?:は|対する)?|は|が)[^。！？!?\\n]{0,20}?${PENALTY_WORD}[^。！？!?\\n]{0,40}?${MOVE_WORD}[^。！？!?\\n]{0,24}?${PENALTY_SETTLED}` +
    `|処分(?:は|が)[、,]?[^。！？!?\\n]{0,12}?(?:減給|停職|戒告|訓告|免職|降格)[^。！？!?\\n]{0,30}?${MOVE_WORD}[^。！？!?\\n]{0,16}?${PENALTY_SETTLED}` +
    `|${STAFF_POINTED}(?:さん)?(?:の|へ(?:の)?|に(?:は|対する)?|は|が)[^。！？!?\\n]{0,20}?${PENALTY_WORD}[^。！？!?\\n]{0,40}?(?:人事協議|懲戒審査委員会|分限懲戒審査|審査委員会|庁内(?:の)?協議|幹部会議?|内部(?:の)?協議)で[、,]?[^。！？!?\\n]{0,12}?${PENALTY_SETTLED}`,
  'gu',
)
/**
 * Blind R308T-041 / R311E-026 / R311E-029 kinds: the city's own position in a negotiation still going on or a tender not yet opened, told
 * with its term: its ceiling (市としての上限は900円です; 市としては上限を1億2千万円ほどで組んでいます) or the term it holds out for (市として
 * は3年間で交渉を続けております), against what the other side asks (先方からは…1,500円の手数料を求められていますが; 運営会社からは…5年間
 * 免除してほしいとの提示を受けています). A grant's limit (補助の上限は10万円), a deal settled or published, and a price published before the
 * tender (事前公表, 公告) stay clean.
 */
const NEG_TERM = `(?:${VALUE}(?:千万|百万|千|百|万)?円?|[0-9〇一二三四五六七八九十]{1,4}(?:年間?|か月|ヶ月|カ月|割|%|パーセント|倍|区画|台|戸|店舗))`
const NEG_DEMAND = new RegExp(
  `${COUNTERPART}(?:から(?:は)?|の方から(?:は)?|側から(?:は)?|は|が)[、,]?[^。！？!?\\n]{0,30}?${NEG_TERM}[^。！？!?\\n]{0,24}?(?:求められ|要求され|要望され|希望され|提示を受け|提示され|申し入れ(?:を受け|られ)|打診され|言われ|ほしい(?:との|という|と)|欲しい(?:との|という|と)|を条件と)`,
  'u',
)
const CITY_SIDE = '(?:(?<![\\p{Script=Han}])市|柳川市|本市|当市|市側|こちら|当方|行政)(?:として(?:は|の)?|側(?:として)?(?:は|の)?|の(?:方|ほう)(?:で|から)?(?:は)?|から(?:は)?|は|の)'
const CITY_POSITION = new RegExp(
  `${CITY_SIDE}[、,]?[^。！？!?\\n]{0,16}?(?:(?:上限|限度|天井|最高|譲れる(?:線|ライン)|最終ライン|ボトムライン|ぎりぎり|ギリギリ|精一杯|出せる(?:の|額|金額)?|払える(?:の|額|金額)?)(?:額|価格)?(?:は|を|が|として|で|も)?[、,]?[^。！？!?\\n]{0,10}?${NEG_TERM}` +
    `|${NEG_TERM}[^。！？!?\\n]{0,10}?(?:で|を|まで)(?:交渉|協議|調整|折衝|詰め|押し返|ご?提示|回答|主張|粘|譲らず|踏みとどま)` +
    `|${NEG_TERM}(?:が|まで|程度|くらい|ぐらい)?(?:が)?[^。！？!?\\n]{0,4}?(?:上限|限度|限界|精一杯|ぎりぎり|ギリギリ|最大))`,
  'gu',
)
const CEILING_WORD = /上限|限度|限界|天井|最高|最大|譲れる|最終ライン|ボトムライン|ぎりぎり|ギリギリ|精一杯|出せる|払える/u
const NEG_CONTEXT = /先方|相手方|相手側|交渉|折衝|詰め(?:て|る|ます)|地権者|所有者/u
const GRANT_CONTEXT = /補助|助成|支給|給付|交付|募集|申請|申し込|申込/u
const NEG_SETTLED = /合意し(?:ました|た)|合意に至|妥結|締結|まとまりました|決まりました|決定しました|了承(?:いただき|され|を得)|承認(?:され|を得|いただ)|同意(?:を得|いただ)|折り合いがつ|公表し|ホームページ|市HP|議決|可決/u
/**
 * Blind R311E-031 kind: a figure told, then the formal release said to come later, then the writer owning up to telling it first (寄附額は
 * …23億8千万円…！正式な発表は5月ですが、担当としてうれしくてつい書いてしまいました; 正式発表は来月なんですけど、待ちきれずフライングです).
 */
const TOLD_CONFESSED = /(?:(?:(?<=[てで、,\s!！。])|(?<![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]))(?:ついつい|つい)(?![てたとにでき]|先|さっき|最近|この間|こないだ)|思わず|我慢でき(?:ず|なくて)|待ちきれ(?:ず|なくて)|黙って(?:い|お)られ(?:ず|なくて))[^。！？!?\n「」]{0,10}?(?:書い|書き|言っ|言い|投稿|載せ|つぶや|呟|しゃべ|喋|漏ら|報告し|発信し|ポスト|お伝え|伝え|教え|お知らせ|シェア|アップ)|フライング(?:です|で|しちゃ|しまし|気味|ですが|だけど|失礼|ごめん|すみません|すいません|お許し|[!。])/u
/** Every pattern `run` asks the paragraph gate about. */
/**
 * Blind R297H-002 kind (conf19): an internal enforcement threshold told (課内の取扱いでは、滞納額が30万円を超えた時点で給与や預金の差押えに
 * 向けた手続きに入る; 内規で3回目の催告のあとは…): the trigger the office keeps inside for seizure, a reminder, a penalty or a review. The inside
 * rule is named as the basis, then an amount or a count crossed, then the step it sets off, in one sentence. The law's published rule
 * (督促状の発付後10日を経過すると差押え) names no inside rule and stays clean.
 */
const INSIDE_RULE = '(?:(?:課内|庁内|部内|係内|内部|内々|内輪)(?:の|で(?:の)?)(?:取扱い|取り扱い|取扱|運用|基準|ルール|目安|線引き|決まり|申し合わせ)|内部基準|内規|内部規定|内部規程)'
const INTERNAL_THRESHOLD = new RegExp(
  `${INSIDE_RULE}(?:では|として|上は|で(?:は)?[、,]|により|によって|によれば|だと|に(?:沿って|従って|基づき|もとづき))[、,]?[^。！？!?\\n]{0,30}?[0-9０-９〇一二三四五六七八九十百千]{1,8}(?:(?:万|千|億)?(?:円|件|回|か月|ヶ月|カ月|ケ月|日|年|期|%|％|割)(?:分)?(?:を|に|が)?(?:超え|以上|上回|達し|達する|過ぎ|経過|超過|滞っ|滞納)|(?:回目|度目)[^。！？!?\\n]{0,8}?(?:あと|後|以降))[^。！？!?\\n]{0,30}?(?:差押|差し押さ|督促|処分|審査|催告|捜索|公売|強制|法的措置|給水停止|停止|打ち切|不許可|却下|財産調査)`,
  'gu',
)
/**
 * Blind R297H-045 kind (conf19): an internal discretion told, mostly in a reply (所得が基準額を少し超えていても、実は課長決裁で減免が通る
 * ケースもあります（あくまで内部の取扱いですが）; 期限を過ぎていても内々に受け付けています): an exception to a published rule that the office
 * grants inside. Needs the inside framing in the paragraph (DISCRETION_INSIDE) and the exception in a sentence (RULE_EXCEPTION). A published
 * rule (減免の基準は市ホームページに掲載しています; 期限を過ぎても申請できます) has no inside framing.
 */
const DISCRETION_INSIDE = /(?:内部|課内|庁内|部内)(?:の|的な?)(?:取扱い|取り扱い|取扱|運用|判断|裁量)|内々に|内内に|非公式に|表向きは|(?:課長|部長|所長|係長|上司|上)(?:の)?(?:決裁|判断|裁量|一存)で/u
const RULE_EXCEPTION = /(?:基準|基準額|要件|条件|上限|限度|期限|締め?切り?|所得|収入)(?:を|に|が)?[^。！？!?\n]{0,8}?(?:超えて(?:いて)?も|超えていても|満たなくても|満たしていなくても|満たさなくても|届かなくても|足りなくても|過ぎて(?:いて)?も|外れて(?:いて)?も|対象外でも)[、,]?[^。！？!?\n]{0,30}?(?:通る|通り|通っ|通す|認め|受け付け|受付|でき(?:る|ます|ちゃ)|可能|対象にな|減免|免除|OK|大丈夫)/gu
/**
 * Blind R297H-060 kind (conf19): a list of arrears cases shown in a photo post (ホワイトボードに今月の重点滞納案件の一覧（世帯名と滞納額）を書き出して
 * …📸; 未納者リスト（氏名・金額）を貼り出した様子): the picture publishes who owes what. A list of arrears, collection or seizure cases with the
 * households' names or sums, in a paragraph that shows a picture (LIST_PHOTO). A meeting's picture with no list (打ち合わせの様子です📸) is clean.
 */
const ARREARS_LIST = /(?:滞納|未納|延滞|督促|差押え?|差し押さえ|徴収|収納|生活保護|受給)[\p{Script=Han}]{0,6}?(?:の)?(?:一覧|リスト|名簿|台帳)(?:表)?[^。！？!?\n]{0,8}?(?:世帯名|氏名|名前|個人名|宛名|住所|滞納額|未納額|金額)|(?:世帯名|氏名|名前|個人名|宛名)(?:と|や|・|、)[^。！？!?\n]{0,4}?(?:滞納額|未納額|金額|住所)[^。！？!?\n]{0,10}?(?:一覧|リスト|名簿)/gu
const LIST_PHOTO = /写真|画像|📸|📷|風景|様子|撮影|撮っ|パシャ|ホワイトボード|掲示板/u
/** …not said to be kept out of the picture (写らないように, 隠して, 外して, ぼかし) nor refused. */
const LIST_KEPT_OUT = /写らない|映らない|写さない|隠し|外し|伏せ|ぼかし|モザイク|消して|ありません|しません|いたしません|できません|禁止|厳禁|ないよう/u
/**
 * Blind R296Y-009 kind (conf19): the results kept on an internal evaluation sheet told (人事課で内部用につけている評価シートでは、今年は全員が
 * B以上…コメント欄に「…」): the stop-17 評定票 kind widened from a paper's criteria to its grades and comments. The paper said to be for inside
 * use (内部用の, 内部で, 課内の) before it, and a grade, a rank or a written comment told after it in the sentence or the next one.
 */
const INTERNAL_EVAL_SHEET = /(?:内部用|庁内用|課内用|職員用|内部|課内|庁内|部内|人事課)(?:に|の|で|として)[^。！？!?\n]{0,14}?(?:評価シート|評価表|評価票|評定表|評定票|評定|人事評価|勤務評定|評価記録|評価メモ)(?:では|で(?:は)?[、,]|によると|によれば|を見ると|の(?:結果|中身|内容)(?:は|では))/gu
const EVAL_RESULT_TOLD = /(?:全員|みんな|皆|半数|大半|ほとんど|[0-9０-９一二三四五六七八九十]+(?:人|名))(?:が|は|とも)[A-EＡ-ＥSＳ][+＋]?(?:以上|以下|評価|判定|ランク)?|[A-EＡ-ＥSＳ](?:評価|判定|ランク)(?:が|は|を|で)|コメント欄に|(?:評価|評定|所見)(?:は|が)[^。！？!?\n]{0,8}?(?:最高|最低|高|低|[0-9０-９]+点)/u
/**
 * Blind R298K-026 kind (conf19): a member of staff identifiable by description, told to be suspended or under investigation (市民課の窓口で
 * 長年ご案内していた年配の男性職員は、昨年の公金の件で現在自宅待機): a personnel matter before any published announcement. A place of work and
 * a description (男性, 年配, ベテラン) of the worker, then the stay at home or the inquiry, in a paragraph about misconduct (STAFF_CASE).
 * 職員の懲戒処分について（公表） is the city's own release (PENALTY_PUBLIC).
 */
const DESCRIBED_STAFF_HELD = /(?:[\p{Script=Han}]{1,8}(?:課|係|室|所|センター|窓口|支所|館))[^。！？!?\n]{0,30}?(?:男性|女性|年配|若手|ベテラン|新人|中堅|[0-9０-９]{2}代)[^。！？!?\n]{0,6}?(?:職員|係員|担当者|担当|課長|係長|主査|主任|の方)(?:は|が|について|さん)[、,]?[^。！？!?\n]{0,30}?(?:自宅待機|謹慎|停職|出勤停止|調査中|調査を受け|事情(?:を)?聴取|取り調べ|処分(?:を)?(?:待|検討|予定|前))/gu
/**
 * Blind R300S-042 kind (conf20): the real reason behind the official one told (中止理由は表向きは雨天となっていますが、実際は昨年の事故の責任
 * 問題を課内で整理しきれていないため; 建前は老朽化ですが、本当は予算が回らないから): the official account set against an inside matter (課内, 責任,
 * 予算, 上層部, トラブル …). A contrast with no inside matter (表向きは静かな町ですが、実は祭りが熱い) stays clean.
 * Blind R304W-058 kind (conf21): the public account named as the notice's (お知らせでは「設備点検のため」としていますが、実のところは屋根の
 * 雨漏りが深刻で、修繕の予算がつくまで再開のめどは立っていない; 発表では…となっていますが、本当は…): the same official reason set against the
 * inside one. A notice corrected (お知らせでは10時としていましたが、正しくは…) is past tense and stays clean.
 */
const FACADE_REASON =
  /(?:(?:表向き(?:に)?は|建前(?:上)?は|建て前は|公式には|対外的には|(?:理由|原因|名目)(?:は|として(?:は)?)[、,]?(?:一応|いちおう|形式上|形の上で|(?=[^。！？!?\n]{1,30}?(?:ということに|ことに)なって)))[、,]?[^。！？!?\n]{1,30}?|(?:お知らせ|告知|掲示|貼り紙|張り紙|案内|発表|公式発表)(?:で|上)は[、,]?[^。！？!?\n]{0,30}?(?:ため|理由|都合|による|により)[^。！？!?\n]{0,12}?(?<!ました|でした|いた|った|訂正))(?:が|けど|けれど|けれども|ものの|ばってん)[、,]?[^。！？!?\n]{0,8}?(?:実際(?:に)?は|実のところ|本当は|ほんとは|本当のところ|実は|真相は|本音は)[、,]?[^。！？!?\n]{0,40}?(?:課内|庁内|部内|内部|上層部|幹部|(?:市長|副市長)の(?:意向|判断|一声|鶴の一声|指示)|議員(?:から|の)(?:要望|圧力|口利き|横やり|横槍)|責任問題|責任|事故の|不祥事|トラブル|予算(?:が|の)?(?:足り|つか|付か|回ら|取れ|不足|都合|ない|なく|削ら|厳し)|人手|職員(?:が|の)?(?:不足|足り|ミス|不祥事)|苦情|クレーム|業者|契約|ミス|不備|揉め|もめ|調整|雨漏り|老朽化が深刻|故障|破損|めどは?立っ|目途は?立っ|見通しは?立っ)/gu
/**
 * Review (conf22) kind: FACADE_REASON needs the official account to be a stated reason or explanation (…の理由は, …のため, となっています,
 * としています, ということになっています) or a measure explained (中止, 休館, 縮小, 延期 …) before the contrast; a nickname, a period of
 * history, a mascot's character or good news told with 表向きは…実は is not an official reason set against an inside one. Tested on the
 * sentence up to the match's end.
 */
const FACADE_FRAME = /理由|原因|名目|ため|となって(?:い|お)|として(?:い|お)|ことになって|(?:中止|休館|休止|縮小|延期|変更|廃止|取りやめ|取り止め|閉鎖|見送り|撤去|改修|工事|休業|休園|運休|通行止め)/u
/**
 * Blind R302K-054 kind (conf20): a member of staff identified by the thread (お問い合わせのあった窓口職員, 当該職員, ご指摘の担当者) told to be kept
 * from work or awaiting a penalty's process (出勤を控えさせており, 自宅待機, どのような処分にするかは来月の審査会で): a personnel action before any
 * announcement. The city's own release (職員の懲戒処分について（公表）) and a line that only promises a response stay clean.
 */
const IDENTIFIED_STAFF_HELD =
  /(?:お問い?合わ?せ(?:の|のあった|をいただいた|いただいた)|ご指摘(?:の|のあった|いただいた)|ご意見(?:の|のあった|いただいた)|苦情(?:の|のあった)|当該|例の|件の|問題の)(?:[\p{Script=Han}]{1,6}(?:課|係|室|所|センター|支所|館)の?)?(?:窓口|受付)?(?:の)?(?:職員|係員|担当者|担当職員)(?:ですが|については|につきましては|につきまして|は|に(?:つきまして|ついて)は)[、,]?[^。！？!?\n]{0,40}?(?:出勤を(?:控えさせ|停止さ|停止し|見合わせさせ)|自宅待機|謹慎|出勤停止|(?:処分|懲戒)[^。！？!?\n]{0,24}?(?:審査会|審議会|懲戒委員会|分限懲戒|来月|来週|[0-9０-９]{1,2}(?:月|日)))/gu
/**
 * Review (conf22) kind: the identifier must come from the thread (お問い合わせの, ご指摘の, 当該), not a rule's その (大雨警報が出た場合、その
 * 担当職員は自宅待機); and a worker's own absence told to explain a delay (体調不良のため出勤を控えております。明日、折り返しご連絡いたします)
 * is not a measure: 出勤を控え counts only as a measure taken (控えさせ), and an illness, leave or training in the sentence clears it.
 */
const STAFF_OWN_ABSENCE = /体調不良|体調を崩|病気|療養|通院|休暇|有給|研修|出張|忌引/u
/**
 * Blind R300S-047 kind (conf20): a board or screen in the post's photo said to show a negotiation still open, its status or the sums offered
 * (ホワイトボードには来年度の協賛企業との交渉状況と、各社から提示いただいた金額…まだ契約前…しっかり写っちゃってますね; 画面に各社の見積額が
 * 映っています、契約前ですが): the picture hands out the negotiation. Needs the deal still open or the showing admitted in the paragraph
 * (NEGOTIATION_SHOWN_HELD); a picture said to keep the figures out (写らないようにしています) with no slip stays clean.
 * Blind R304W-022 kind (conf21): the board listing the firms still to be asked and what each is expected to give (ホワイトボードには、協賛を
 * お願いする企業さんの候補と、それぞれの見込み金額まで書き出して): candidates and expected sums are a negotiation not yet opened, so the list
 * itself says it is not settled. A board of sponsors thanked by name with no sums, and a meeting photo with no board content, stay clean.
 */
const NEGOTIATION_ON_BOARD =
  /(?:ホワイトボード|黒板|ボード|模造紙|スクリーン|モニター|画面|パソコン|写真|画像)(?:に|には|にも|の)[、,]?[^。！？!?\n]{0,30}?(?:交渉(?:状況|の状況|経過|の経過|内容|の内容|の進み具合)|(?:提示|ご提示|提案|ご提案)(?:いただいた|頂いた|された|してもらった|のあった)?(?:金額|額|価格|単価)|見積(?:もり|り)?(?:額|金額)|協賛(?:金額|額)|(?:協賛|寄附|寄付|出資|広告)?見込み(?:の)?(?:金額|額)|(?:協賛|スポンサー|出資|広告)[^。！？!?\n]{0,14}?(?:企業|会社|事業者|団体)(?:さん|様)?の候補)/gu
const NEGOTIATION_SHOWN_HELD = /契約前|(?:企業|協賛|スポンサー|会社|事業者|出資)[^。！？!?\n]{0,10}?候補|候補(?:の|となる)?(?:企業|協賛|スポンサー|会社|事業者)|見込み(?:の)?(?:金額|額)|交渉中|未契約|まだ契約|締結前|合意前|公表前|発表前|(?:写|映)っ(?:ちゃ|てしま|ちゃって)|(?:写|映)り込(?!ま(?:ない|せん|ず|ぬ))|丸見え|本当は[^。！？!?\n、,]{0,6}?(?:お)?見せ(?:でき|られ)ない|内緒|ナイショ|ないしょ|ここだけ/u
/**
 * Blind R304W-055 kind (conf21): a screen, board or slide in the photo said to show the budget's inside figures, the sections' requests or
 * the finance section's assessed sums (写真右側のモニターには、各課から提出された要求額と、財政課による査定後の金額の一覧を表示しています):
 * the assessment is worked inside before the budget proposal is published. A photo of the budget work with no figures named (予算編成作業中
 * の財政課の様子です) and the published proposal shown (公表した予算案の概要) stay clean.
 */
const BUDGET_ON_SCREEN =
  /(?:ホワイトボード|黒板|ボード|スクリーン|モニター|ディスプレイ|画面|スライド|パソコン|写真|画像)(?:に|には|にも|上に|上には)[、,]?[^。！？!?\n]{0,30}?(?:要求(?:額|金額)|(?:査定|内示)(?:後|前|中)?の?(?:金額|額|結果)|査定額|内示額|要求と査定|予算の?(?:要望|要求)[^。！？!?\n]{0,16}?(?:削った|削られた|削減した|カットした|査定(?:した|された)?)(?:後|あと)?の?(?:数字|数値|金額|額|結果))/gu
/** …a picture said to keep the figures out. Review (conf22) kind: also 写り込まない(よう)/映り込まない(よう)/写り込まないように配慮. */
const NEGOTIATION_KEPT_OUT = /(?:写|映)(?:り込|りこ)?まない|写らない|映らない|写さない|映さない|隠し|伏せ|ぼかし|モザイク|消して/u
/** Review of conf21 (rvconf55): a notice's next update promised or an apology (改めてお知らせします) — an honest update, not a facade. */
const UPDATE_PROMISED = /(?:改めて|あらためて|追って|分かり次第|わかり次第|決まり次第)[^。！？!?\n]{0,6}?(?:お知らせ|ご案内|ご連絡|ご報告|お伝え)|お詫び|おわび/u
/**
 * Review of conf21 (rvconf55): a figure presented at a report or briefing meeting (報告会を開きました。画面には今年度の寄附見込み額…を示し) is
 * released there, and a budget screen at a public council session (市議会予算特別委員会…質疑) shows public figures.
 */
const FIGURE_PRESENTED = /報告会|説明会|発表会|報告しました|ご報告|(?:を|と)示し|お示し/u
const BOARD_SLIP = /契約前|交渉中|未契約|まだ契約|締結前|合意前|公表前|発表前|(?:写|映)っ(?:ちゃ|てしま)|(?:写|映)り込(?!ま(?:ない|せん|ず|ぬ))|丸見え|内緒|ナイショ|ないしょ|ここだけ/u
const PUBLIC_SESSION = /議会|(?:予算|決算|常任|特別)委員会|質疑|傍聴|公開の|公開で|審議/u
const PARAGRAPH = new ParagraphGate([
  ...Object.values(WORDS),
  MARKER_IN_BRACKET, MARKER_TOKEN_AS_WRITTEN, CASED_LATIN, AWARENESS_WORDS,
  APPOINTMENT_PUBLIC, ARRANGED_PUBLIC, AUDIT, AUDIT_FINDING, BID_DONE, BID_PUBLIC, BID_TO_COME, BILL_TO_COME, BUDGET_PUBLIC, CITY_MATTER,
  COVERTLY, EN_AWARE, EN_MATTER, FORMAL_LATER, FUTURE_RELEASE, PEEK_COVERT, REPORTED_CONTENT, NO_TAKING_SHOWN, CLOSED_HELD, EXAM_AHEAD_NAMED, EXAM_ASKED_HEARD, GOOD_DEED, HEARD_INSIDE, INCIDENT, INCIDENT_OBJECT, INCIDENT_PUBLIC,
  INQUIRY_AGENCY, INSIDE_SOURCE, INVESTIGATION_PUBLIC, LEAK, MATTER, MISCONDUCT, MOVE_PUBLIC, NEGOTIATING, NOTICE_TO_COME, NOT_ANNOUNCED,
  NOT_OUT, NOT_YET_SAID, OFFER_PUBLIC, OUTCOME_PUBLISHED, PENALTY_PUBLIC, PENDING_BILL_PUBLIC, POLICE, PRESENTED_WORK, PROCUREMENT,
  PUBLISHED, RELEASE_TO_COME, RESULT_PUBLIC, SELECTION, SESSION_PEOPLE, STAFF, STILL_ON, TEASER, TOLD_MATTER, WAIT_NOTICE, WHO_DECIDED,
  BRACKET, CIRCLED_HI, ENGLISH, EN_INTERNAL_SOURCE, EN_INTERNAL_AWARE, MEETING, SELECTION_TALK, CLOSED_SESSION, CLOSED_MEETING, CLOSED_DOC, PRE_RELEASE, IN_PROCESS,
  BEFORE_COUNCIL_REVEAL, NOT_TO_COUNCIL_YET, FIGURE_NOT_OUT, PAPER_NOT_OUT_YET, PAPER_NOT_OUT_HELD, CLOSED_BUT, OUTCOME_REACHED, RELEASE_LATER, EMBARGO_AT, EMBARGOED_RELEASE, NOT_YET, BID_AMOUNT, BID_SECRET,
  EARLY_REVEAL, EXAM_LEAK, EXAM_DRAFT_SHOWN, STAFF_ONLY, INSIDERS_ONLY, NEGOTIATION, NOT_PUBLIC, OFF_RECORD, PRIVATE_DECISION, PENALTY, MOVE, COMPLAINANT, CLOSED_TOLD,
  AUDIT_HIDDEN, ESTIMATE, OFFER, INCIDENT_UNDISCLOSED, SCORES, HELD_BACK_BUT, SECRET_TILL, KEEP_TILL_RELEASE, KEEP_TILL_THEN, PEEK, FUTURE_APPOINTMENT,
  APPOINTMENT_ARRANGED, BUDGET_AGREED, BUDGET_ASSESSED, BUDGET_BILL, BUDGET_CUT, PENDING_BILL, EN_KEEP_QUIET, STAFF_ADDRESSED, PRESS_LINE,
  EXAM_THEME_TIPPED, EXAM_TIP, WINNER_TOLD, RESULT_LATER,
  CLOSED_SWITCH, UNPUBLISHED_TERM, NONPUBLIC_FIGURE, STAFF_MEASURE, STAFF_SINGLED, INSIDE_GRIPE, GRIPE_AWARE,
  BID_NAMED, NEGOTIATED_COMPANY, NEGOTIATION_PUBLIC, BIZ_CONSULT_RECORD, BIZ_TROUBLE,
  JUDGES_PAPER, MARKED_PAPER_TOLD, USED_INSIDE_PAPER, PAPER_SHOWN_IN_PHOTO, CLOSED_CRITERIA, SELECTION_SCORES, UNPUBLISHED_BUT, HELD_BACK, CLOSED_THEN_TOLD, CLOSED_SESSION_CLAUSE, STAFF_DOC,
  INTERNAL_NOTICE, INTERNAL_SOURCE, REPORT_FINDING, PRIVATE_REMARK, DUTY_SETTING, PUBLIC_TALK, REPORT_BEFORE, CLOSED_SHARED, AWAITING_APPROVAL, SHARED_COVERTLY, MEMBERS_ONLY, SCORE_GAP, STANDING_TOLD, SCORES_KEPT,
  CONTRACT_DECIDED, INVESTIGATION, INQUIRY_RECORD, OFF_ASIDE, HOLD_ASKED_BUT, HOLD_BROKEN_TOLD, HOLD_PREFACED_SHOWN, HOLD_TOLD, HOLD_NAME_AT, NAME_TOLD, HOLD_NOTICE, CLOSED_GATHERING, HANDOUT_PUT_OUT, HANDOUT_PUBLIC,
  SURVEY_FORM_READ, STAT_SURVEY, SURVEY_HOUSEHOLD, SURVEY_SHARE, SURVEY_PROCESS, PLACE_TOURED, PAPER_NOUN, TOUR_OFFERED, LITERARY_CONTEXT,
  CASE_CONFERENCE, CASE_CONFERENCE_WORDS, CASE_MEETING_HELD, CASE_TOLD, SELECTION_PAPER_READ, OTHERS_STANDING, APPLICANT_ADDRESSED, PRESS_EMBARGO, PRESS_HANDLING, CIRCLE_KEEP, EMBARGO_HOLD, CLOSED_PAPER_CITED, RESTRICTED_PAPER,
  INTERNAL_TALLY_AHEAD, TALLY_FIGURE, TALLY_RELEASE_AHEAD, RESULT_RELEASED_LATER, FIGURE_RELEASED_LATER, INTERNAL_PRELIM, PRELIM_FIGURE, PRELIM_HELD, DELIBERATION_STATE, CONSULT_CASE_TOLD, PENDING_REQUEST_CONTENT,
  INTERNAL_STAGE, INTERNAL_PAPER_STAGE, REPEAT_FILER, COMPLAINT_TALLY_WHO, TALLY_FILED, REPEAT_COMPLAINER, INTERNAL_RECORD_TALLY, RECORD_COUNT, INCIDENT_REPORT_CITED, INCIDENT_TOLD, INTERNAL_CHANNEL_REPOST,
  HEARING_RECORD, INQUIRY_OPEN, MARKER_IN_USE, NOT_NOTIFIED, CHOICE_TOLD, NOTIFY_NOTICE, CLOSED_INSPECTION, INSPECTION_FINDING, INSPECTION_PUBLIC, HISTORIC_ERA, EMBARGO_LABEL, PRESS_CONTEXT, WITHHELD_PART, NDA_MATTER, PEEKED_PAPER, PEEK_TOLD,
  CLOSED_CANT_SAY_BUT, CANT_SAY_TOLD, INTERNAL_USE_READ, INTERNAL_USE_FIGURE, NEGOTIATED_PRICE, PRICE_HELD,
  NO_RECORD_GATE, COUNTER_LINE_GATE, INFLUENCE_MATTER, STAFF_CHAT_GATE, PRE_ASSESSMENT,
  BIDDERS_LISTED, SELECTION_UNDERWAY, SELECTION_FRONT_RUNNER, INTERNAL_RECORD_CITED, INTERNAL_RECORD_WORDS,
  BID_ENTRANTS_TOLD, BID_STILL_OPEN, BID_CONTEXT, BID_ENTRANTS_PUBLIC, MATTER_IN_PHOTO, PHOTO_BLURRED, PUBLIC_OCCASION, INTERNAL_SCREEN, SCREEN_FIGURE,
  STAFF_NOTE_IN_PHOTO, PHOTO_SHOWS_PAPER, PAPER_NOT_PUBLIC, PAPER_HELD, RECORDS_SYSTEM_SHOWN, BID_PRICE_IN_PHOTO,
  TOLD_BEFORE_REPORT, NONPUBLIC_PAPER_SHOWN, PAPER_OPENED, FIGURE_HEARD_INSIDE, NOTICE_BEFORE, NOTICE_BEFORE_HELD, INSIDE_ONLY_PAPER, INSIDE_PAPER_TOLD, STAFF_MEETING_PAPER,
  ANNOUNCE_AHEAD, AHEAD_FIGURE, READ_OFF_BOARD, HEARD_AHEAD, MEETING_HEARD, NOTICE_STILL_AHEAD, AHEAD_MARK, BILL_AHEAD, STAFF_MANUAL_QUOTED,
  NOTICE_PENDING, INSPECTION_MEASURE, DEMAND_RATIO, DEMAND_STATED, INTERNAL_FALLBACK, MEETING_PAPER_MADE, CLOSED_MATTER,
  SELF_HOLD, SELF_HOLD_FIGURE, ASSESSMENT_STAGE, ASSESSMENT_AMOUNT, INSIDE_WIP_SHOWN, NOT_RELEASED_BUT, INQUIRY_FINDING, INQUIRY_PENDING, INQUIRY_OWN_REPORT, RELEASE_DAY_TO_COME, SEASON_OPENS,
  AGREED_UNPUBLISHED, NORMALLY_KEPT, KEPT_PAPER_SHOWN, KEPT_PAPER_EXHIBITED, EXAM_ANSWERS_LISTED, EXAM_ANSWERED, ANSWERS_NOT_OUT, INSIDE_PAPER_CITED, EXAM_ASKED_SURE,
  CONSULT_RECORD_WHO, SCORES_ON_BOARD, APPLICANT_SCREENING, PUBLIC_CONTEST, CITY_OFFERED, COUNTER_ASKED, BOTH_OFFERS_SETTLED,
  RETURN_MARKED_BUT, PRESS_FILE_FILED, PRESS_FILE_HELD, INTERNAL_INQUIRY, INQUIRY_WORKER,
  INTERNAL_THRESHOLD, DISCRETION_INSIDE, RULE_EXCEPTION, ARREARS_LIST, LIST_PHOTO, INTERNAL_EVAL_SHEET, DESCRIBED_STAFF_HELD, STAFF_CASE,
  FACADE_REASON, IDENTIFIED_STAFF_HELD, NEGOTIATION_ON_BOARD, NEGOTIATION_SHOWN_HELD, NEGOTIATION_KEPT_OUT, BUDGET_ON_SCREEN,
  PRELIM_AS_RELEASE, TALLY_HIDDEN, DEMAND_BARGAIN, LISTING_OFFER, UPDATE_PROMISED, FIGURE_PRESENTED, BOARD_SLIP, PUBLIC_SESSION,
  CONDITIONAL_DATA, EXAM_THEME_GIVEN, EXAM_NAMED, EXAM_TO_COME, EXAM_THEME_PUBLIC, BUDGET_PUT_IN, BUDGET_PENDING, LAND_DEAL, STILL_GOING, LAND_SETTLED,
  UNEXPLAINED_MONEY, MONEY_INQUIRY, MONEY_PUBLIC, ARREARS_FEW, NOTICE_NOT_YET, SCREENING_RESULT, PENALTY_AND_MOVE, NEG_DEMAND, CITY_POSITION,
  NEG_CONTEXT, GRANT_CONTEXT, NEG_SETTLED, CLOSED_BRIEFING_TOLD, BRIEFING_TOLD,
])
/**
 * The family's check of one paragraph (its body keeps the indentation it had as `run`). Returns the draft papers it found named only as
 * the work in hand (draftAtWork; paragraph offsets), which `post` reports when a photo or video goes with the post.
 */
export function runParagraph(input: RuleInput): Span[] {
    const { doc } = input
    const atWork: Span[] = []
    /** Whether a finding (not a mention) has been given in this paragraph yet: the conf56 kinds add one only where none stands. */
    let found = false
    /** The spans of the findings given so far that are not mentions (a quoted request reported is one, yet what follows it may be told). */
    const used: Span[] = []
    const emit = (f: DraftFinding): void => {
      if (f.mention === undefined) {
        found = true
        used.push({ start: f.start, end: f.end })
      }
      input.emit(f)
    }
    const t = doc.squeezed.text
    const p = PARAGRAPH.scan(t)
    const spans: Span[] = []
    // Tests of slices of the paragraph (a sentence, the text around a match): a pattern whose literals are not in the
    // paragraph is in none of its slices.
    const awareMay = p.may(AWARENESS_WORDS)
    const aware = (slice: string): boolean => awareMay && AWARENESS.test(slice)
    const publishedMay = p.may(PUBLISHED)
    const published = (slice: string): boolean => publishedMay && PUBLISHED.test(slice)
    const marker = (m: RegExpExecArray): boolean => !aware(sentenceOf(t, m.index, m.index + m[0].length))
    /** The text as typed right after a squeezed offset (with the spaces the squeezed view drops). */
    const typedAfter = (at: number): string => {
      const e = doc.fromSqueezed(Math.max(0, at - 1), at).end
      return doc.raw.slice(e, e + 12)
    }
    // Brackets: 【秘】 ［庁内限］ （回覧用） 【案・課内限り】 《取扱注意》.
    // A bracket is a marker only with a marker token in it (MARKER_TOKEN, read case-insensitively) or markers run together
    // (MARKER_IN_BRACKET): with none of their words in the paragraph, no bracket of it is one.
    // Blind R173I-069: a marker spelt in kana (【ナイ部資料・とりあつかい注意】) is read back into kanji first.
    const kanaMay = KANA_MARKER_MAY.test(t)
    const tokensMay = p.may(MARKER_TOKEN_AS_WRITTEN) || p.has(CASED_LATIN) || kanaMay
    const runTogetherMay = p.may(MARKER_IN_BRACKET) || kanaMay
    if (p.has(WORDS.bracketOpen) && (tokensMay || runTogetherMay)) {
      emitAll(p, doc, t, BRACKET, 'confidential/marker', emit, spans, (m) => {
        const inner = kanaMay && KANA_MARKER_MAY.test(m[1]!) ? kanaMarkerRead(m[1]!) : m[1]!
        // 【マル秘】 is a marker; 「マル秘作戦」 (a secrecy prefix run on to a playful head) is not.
        const runTogether = (): boolean => {
          if (!runTogetherMay) return false
          for (const x of inner.matchAll(MARKER_IN_BRACKET)) {
            const rest = inner === m[1] ? typedAfter(m.index + 1 + x.index + x[0].length) : inner.slice(x.index + x[0].length)
            if (!(SECRET_PREFIX.test(x[0]) && playfulCompound(rest))) return true
          }
          return false
        }
        const markers = tokensMay && TOKEN_WORDS.tries(inner).length > 0 ? inner.split(TOKEN_SEPARATOR).filter((tok) => tok.length > 0 && MARKER_TOKEN.test(tok)) : []
        if (markers.length === 0 && !runTogether()) return false
        // 箱に「取扱注意」のシール (a parcel's label), 「内部資料」のため掲載できません (a refusal): no marker on what is told.
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        // Blind R224T-015 kind: the squeezed view drops ・ between a parcel's words (「天地無用・取扱注意」 reads 天地無用取扱注意), so the
        // label's tokens are found run together: a parcel's label still when every marker word in the bracket is handle-with-care.
        const labelled = markers.length > 0 ? markers : [...inner.matchAll(MARKER_IN_BRACKET)].map((x) => x[0])
        if (labelled.length > 0 && labelled.every((tok) => parcelLabel(tok, sentence))) return false
        // スプレー缶は「取扱注意」の危険ごみです: a class of waste, not a marker (blind IG-069).
        if (markers.length > 0 && markers.every((tok) => HANDLE_WITH_CARE.test(tok)) && wasteLabel(t, m.index, m.index + m[0].length)) return false
        // 藩の日記には「極秘」と朱書きされた記録も残っています: the marking of a paper of a past era (blind R92A-083).
        if (historicPaper(sentence)) return false
        // （イラストの転載・複製禁止）: a rights notice on published work (blind GX-104). The squeezed view runs the bracket's words together.
        const found = [...markers, ...[...inner.matchAll(MARKER_IN_BRACKET)].map((x) => x[0])]
        const around = withSentenceBefore(t, m.index, m.index + m[0].length)
        if (found.length > 0 && found.every((tok) => rightsNotice(tok, around))) return false
        if (refusedFor(t, m.index + m[0].length)) return false
        // （持出禁止） on a library's or an archive's material for reading there: a lending rule, not a classification.
        return !(/^持ち?出し?禁止$/u.test(m[1]!) && LENDING.test(sentenceOf(t, m.index, m.index + m[0].length)))
      })
    }
    // A paper restricted to the bodies concerned, cited or handed on (関係機関限りの連絡票によると…).
    if (p.has(WORDS.restricted)) {
      emitAll(p, doc, t, RESTRICTED_PAPER, 'confidential/marker', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return marker(m) && !refusedFor(t, m.index + m[0].length) && !published(sentence) && !/開示|情報公開/u.test(sentence)
      })
    }
    if (p.has(WORDS.circledHi)) emitAll(p, doc, t, CIRCLED_HI, 'confidential/marker', emit, spans, (m) => marker(m) && !(SECRET_PREFIX.test(m[0]) && playfulCompound(typedAfter(m.index + m[0].length)) && !markedPaperShown(t, m.index + m[0].length)))
    if (p.has(WORDS.latin)) emitAll(p, doc, t, ENGLISH, 'confidential/marker', emit, spans, (m) => marker(m) && !confidentialService(t, m) && !enAdvice(t, m))
    // An internal paper cited in English as the source (according to our internal budget briefing, …).
    if (p.has(WORDS.latin) && !p.has(EN_INTERNAL_AWARE)) emitAll(p, doc, t, EN_INTERNAL_SOURCE, 'confidential/staff-only', emit, spans, (m) => marker(m) && !published(sentenceOf(t, m.index, m.index + m[0].length)))
    // ㊙ becomes a bare 秘 under NFKC, so it is found in the original text.
    for (let i = doc.raw.indexOf('㊙'); i !== -1; i = doc.raw.indexOf('㊙', i + 1)) {
      // ㊙作戦 (a playful compound) marks no document; ㊙資料 does.
      // ㊙マークついてたけど…チラ見せ: the mark on a paper shown, not a playful compound.
      if (playfulCompound(doc.raw.slice(i + 1, i + 12)) && !markedPaperShown(doc.raw, i + 1)) continue
      spans.push({ start: i, end: i + 1 })
      emit({ rule: 'confidential/marker', start: i, end: i + 1 })
    }
    // (非公開 alone opens it too: the closed part of a gathering, 非公開の部で出た話, names no meeting word.)
    if (p.has(WORDS.meeting) || p.has(WORDS.closed)) {
      emitAll(p, doc, t, MEETING, 'confidential/meeting', emit, spans, (m) => !reviewUsed(t, m[0], m.index + m[0].length) && !meetingBasis(t, m.index + m[0].length) && !routineMeeting(t, m[0], m.index + m[0].length) && !orderedThere(t, m.index + m[0].length) && !published(sentenceOf(t, m.index, m.index + m[0].length)) && !(p.has(OUTCOME_PUBLISHED) && !p.has(LEAK)) && !((DECIDED_THERE.test(t.slice(m.index + m[0].length, m.index + m[0].length + 16)) || DECIDED_THEN_OUT.test(t.slice(m.index + m[0].length, m.index + m[0].length + 72))) && !p.has(LEAK) && !p.has(NOT_OUT)) && (MEETING_CONTENT.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12)) || (MEETING_PAPER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12)) && !/^(?:庁内|内部|課内|部内|係内)/u.test(m[0])) || MEETING_DISCORD.test(t.slice(m.index + m[0].length, sentenceAround(t, m.index, m.index + m[0].length).end)) || m[0].startsWith('非公開')))
      // What was said in a selection or evaluation meeting (面接の評価会議では『…』という声が多く出ていました): its deliberations are closed by nature.
      emitAll(p, doc, t, SELECTION_TALK, 'confidential/meeting', emit, spans, (m) => !published(sentenceOf(t, m.index, m.index + m[0].length)) && !aware(sentenceOf(t, m.index, m.index + m[0].length)))
      // 本日の地域ケア会議（非公開）の共有です。…との報告がありました: a closed meeting named as the head of a share, then what was reported.
      const sharedThenTold = (end: number): boolean => {
        if (!SHARE_HEAD.test(t.slice(end, end + 16))) return false
        const para = t.indexOf('\n\n', end)
        const after = t.slice(end, Math.min(para === -1 ? t.length : para, end + 240))
        return REPORTED_THERE.test(after) && !SHARE_NOTICE.test(after) && !published(after) && !aware(after)
      }
      // 全員協議会（非公開）、…の選定でかなり紛糾しました。…有力っぽいです: how the closed deliberation went (blind R160I-048).
      const deliberationTold = (start: number, end: number): boolean => {
        const here = sentenceAround(t, start, end)
        const next = here.end < t.length && t[here.end - 1] !== '\n' ? sentenceAround(t, here.end, here.end) : here
        const told = t.slice(end, Math.max(end, next.end))
        const around = t.slice(here.start, next.end)
        return DELIBERATION_STATE.test(told) && !SESSION_NOTICE.test(t.slice(here.start, here.end)) && !SESSION_OUTCOME_NOTICE.test(around) && !published(around) && !/報道|報じ|新聞|ニュース/u.test(around) && !p.has(OUTCOME_PUBLISHED) && !aware(around)
      }
      emitAll(p, doc, t, CLOSED_SESSION, 'confidential/meeting', emit, spans, (m) => {
        const end = m.index + m[0].length
        const sentence = sentenceOf(t, m.index, end)
        // The outcome published (in any sentence of the paragraph) or a notice about the session: not its content.
        if (published(sentence) || p.has(OUTCOME_PUBLISHED) || SESSION_NOTICE.test(sentence) || aware(sentence)) return false
        // 非公開の会議の資料を開示してほしいとのご要望をいただきました; …の資料はお見せできません: a request or a refusal, nothing told.
        if (paperRefusedOrAsked(sentence, sentenceAndNext(t, m.index, end))) return false
        // 非公開で行われた審査の結果、最優秀賞は…に決定しました: the city announcing the decision (as CLOSED_MEETING's announcedOutcome).
        if (announcedOutcome(t, m.index, end)) return false
        const span = doc.fromSqueezed(m.index, end)
        if (spans.some((s) => s.start < span.end && s.end > span.start)) return false
        if (LEAK.test(sentence) || CLOSED_REMARK.test(sentence)) return true
        // Blind R252A-038 kind (conf8): the closed session named in one sentence, what was said in it told in the next (非公開の意見交換会が
        // ありました。組合側からは「…」との強い発言があり…).
        const next = sentenceAndNext(t, m.index, end)
        if (next.length > sentence.length && CLOSED_REMARK.test(next.slice(sentence.length)) && !published(next) && !aware(next)) return true
        if (sharedThenTold(end)) return true
        // さっきまでの非公開の審査会、…白熱しすぎて2時間延長😂 補助金はたぶん…さんに決まりそう: the session named as the occasion, then how
        // its deliberation went or where it is heading (blind R170I-010).
        if (deliberationTold(m.index, end)) return true
        // 非公開の審査会で選ばれた作品を展示します: the session's decision, which the city announces, not its deliberation.
        const after = t.slice(end, end + 10)
        return SESSION_CONTENT.test(after) && !/^(?:で|より|から)(?:は|の)?(?:選ばれ|決まっ|決定し|決定され|選定され|承認され|採択され|認定され|表彰)/u.test(after)
      })
      emitAll(p, doc, t, CLOSED_MEETING, 'confidential/meeting', emit, spans, (m) => {
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        const end = m.index + m[0].length
        // 連絡会（非公開）の議事メモは、事務局で保管しています: the record kept or said not to be shown, not its content told.
        // Blind R157I-057: 審査（非公開）の結果、…を契約候補者に選定しました: the city announcing the review's decision, not its deliberation.
        if (announcedOutcome(t, m.index, end)) return false
        // 全員協議会（非公開）で説明した内容は、市ホームページで公表しました; …については結果がまとまり次第ホームページでお知らせします: what
        // the session dealt with, said to be (or to be) published by the city: no content told. A leak's sign in the sentence still tells.
        const said = sentenceOf(t, m.index, end)
        if (published(said) && !LEAK.test(said)) return false
        if (paperRefusedOrAsked(said, sentenceAndNext(t, m.index, end))) return false
        return !spans.some((s) => s.start < span.end && s.end > span.start) && !RECORD_KEPT.test(sentenceOf(t, m.index, end)) && (SESSION_CONTENT.test(t.slice(end, end + 8)) || (LEAK.test(sentenceOf(t, m.index, end)) && !SESSION_NOTICE.test(sentenceOf(t, m.index, end))) || sharedThenTold(end) || deliberationTold(m.index, end))
      })
    }
    if (p.has(WORDS.closedDoc)) {
      emitAll(p, doc, t, CLOSED_DOC, 'confidential/marker', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        if (!marker(m) || /開示|情報公開|閲覧|掲載(?:は|を)?(?:でき|いたし|しており|して(?:い|お))(?:ません|かね)|お答え(?:でき|いたしかね)/u.test(sentence)) return false
        // Blind UG-012: 条例で定める非公開情報に当たる部分は黒塗り: a category of the rule being explained, nothing told.
        if (ruleCategory(t, m.index, m.index + m[0].length, sentence)) return false
        // 普段は非公開の古文書を、文化の日に特別にお見せします: a public opening; 非公開の資料はお見せできません / …を見せてほしいとの
        // ご請求がありました: a refusal or a request, nothing told (only the bare 非公開の… kind: a marker word or a citation keeps it).
        if (/^(?:非公開|公表前|公開前|公表されていない|外に出せない)/u.test(m[0]) && (openedToPublic(sentence, sentenceAndNext(t, m.index, m.index + m[0].length)) || paperRefusedOrAsked(sentence, sentenceAndNext(t, m.index, m.index + m[0].length)))) return false
        // Reviewer (conf10): a paper only named with the marker as its attribute (非公開の資料を確認しました: a warning; 課内で検討中の案は、
        // まとまり次第ご紹介します: clean), nothing of it told or shown; a marker word of its own (内部資料, 庁内限り) is not this.
        if (/^(?:非公開|公表前|公開前|公表されていない|外に出せない|内部|庁内|課内|部内|係内|幹部)/u.test(m[0]) && !/[()（）]/u.test(m[0])) {
          const named = paperOnlyNamed(t, m.index, m.index + m[0].length)
          if (named === 'clean') return false
          if (named === 'warn') {
            const span = doc.fromSqueezed(m.index, m.index + m[0].length)
            spans.push(span)
            emit({ rule: 'confidential/marker', start: span.start, end: span.end, severity: 'warn' })
            return false
          }
        }
        return true
      })
    }
    if (p.has(WORDS.preRelease)) {
      emitAll(p, doc, t, PRE_RELEASE, 'confidential/pre-release', emit, spans, (m) => {
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        if (spans.some((s) => s.start < span.end && s.end > span.start) || /公開前の(?:準備|点検|清掃|内覧|見学)/u.test(m[0])) return false
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        // 公表前の情報を発信しないよう…: a rule about it; 結果はまだ公表されていません。公表され次第お知らせします: a notice to wait.
        if (aware(sentence) && !/[「『"]$/u.test(t.slice(Math.max(0, m.index - 1), m.index))) return false
        // A statement that ends there (まだ公表前の段階です。解禁をお楽しみに！) tells nothing: only with a notice to wait.
        const rest = t.slice(m.index + m[0].length, sentenceAround(t, m.index, m.index + m[0].length).end)
        // …or a notice that it will be told later (結果はまだ未公表ですが、決まり次第お知らせします).
        if (/^[、,が\s]*[^。！？!?\n]{0,10}?(?:次第|お待ち|改めて|後日|追って)/u.test(rest)) return false
        // Review of conf59 (rvconf59): …or only the briefing to come (まだ地元にご説明していない計画ですが、説明会は来月開催します): the public step
        // named, nothing of the matter told.
        if (/^[、,が\s]*(?:[^。！？!?\n]{0,8}?の)?(?:説明会|住民説明会|報告会|意見交換会|ご説明|ご報告|お知らせ|公表|発表)(?:は|を)[、,]?[^。！？!?\n0-9０-９]{0,16}?(?:予定|開催|開き|行い|行います|設け|いたします|します)[^。！？!?\n0-9０-９]{0,8}[。！!]?$/u.test(rest)) return false
        // お名前は公表していませんが、80代の方です: what is held back is who a person is, and no one is named after it (colleague).
        if (withheldIdentity(t, m.index, rest)) return false
        // A plain concession with no まだ (個別の相談内容は公表していませんが、昨年度の相談件数は52件でした; 詳細は公表していませんが、
        // ご了承ください): the city says what it keeps back as its practice, then gives the public part, asks for understanding or
        // points to where the public figures are. Still a leak when the rest tells a value (…ですが、落札額は1200万円でした).
        if (/^公表(?:されて|して)(?:い)?(?:ない|ません)(?:けど|が)$/u.test(m[0]) && withheldAsPractice(t.slice(Math.max(0, m.index - 20), m.index), rest)) return false
        return !(/^まだ/u.test(m[0]) && /^[^、,が]{0,12}(?:[。！!\n]|$)/u.test(rest) && !/けど|けれど/u.test(rest) && p.has(WAIT_NOTICE))
      })
    }
    if (p.has(WORDS.inProcess)) {
      emitAll(p, doc, t, IN_PROCESS, 'confidential/pre-release', emit, spans, (m) => {
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        // A matter in process named only to say it will be told once decided, with nothing of it given (査定中の予算については、決まり
        // 次第お知らせします; 起案中の計画はお答えできません): the status, not the document.
        if (ASSESSED_HELD.test(sentence) && !IN_PROCESS_GIVEN.test(sentence)) return false
        return !spans.some((s) => s.start < span.end && s.end > span.start) && !aware(sentence)
      })
    }
    // A budget request shown while still before the internal assessment (予算要求一覧です📷 まだ財政課の査定前なので金額は変わるかも).
    if (p.has(WORDS.budget)) {
      emitAll(p, doc, t, PRE_ASSESSMENT, 'confidential/pre-release', emit, spans, (m) => {
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return !spans.some((s) => s.start < span.end && s.end > span.start) && ASSESSED_BUDGET.test(t) && ASSESSED_SHOWN.test(t) && !ASSESSED_HELD.test(sentence) && !aware(sentence) && !published(t)
      })
    }
    // A draft shown before the council or the announcement (議会の全員協議会の前に、見直し案を少しだけお見せします).
    // (A draft put out for public comment before the council is public: パブリックコメント, 意見募集.)
    if (p.has(WORDS.beforeCouncil)) emitAll(p, doc, t, BEFORE_COUNCIL_REVEAL, 'confidential/pre-release', emit, spans, (m) => !aware(sentenceOf(t, m.index, m.index + m[0].length)) && !/パブリックコメント|パブコメ|意見募集|ご意見を(?:お寄せ|募集|お聞かせ)/u.test(sentenceOf(t, m.index, m.index + m[0].length)))
    // Blind R162I-086: a figure not yet put before the council, said in a clause of reason or concession (まだ議会にも出していない数字なので).
    emitAll(p, doc, t, NOT_TO_COUNCIL_YET, 'confidential/pre-release', emit, spans, (m) => !aware(sentenceOf(t, m.index, m.index + m[0].length)) && !NOT_TO_COUNCIL_HELD.test(sentenceOf(t, m.index, m.index + m[0].length)))
    // Blind R176D-022: a figure said not yet to be let out, beside the figure given (対外的にはまだ出せない数字ですが…).
    if (p.has(WORDS.notPublic) && p.has(PRELIM_FIGURE)) emitAll(p, doc, t, FIGURE_NOT_OUT, 'confidential/pre-release', emit, spans, (m) => !aware(sentenceOf(t, m.index, m.index + m[0].length)))
    // A matter said to be closed, then told in the same sentence: 金額は非公開ですが、最安の提案は年間180万円でした,
    // 結論はまだ非公開ですが、駅前への設置は見送りの方向です (not 結果は非公開ですが、決まり次第お知らせします).
    const closedThenTold = (m: RegExpExecArray, meeting: boolean): boolean => {
      const end = m.index + m[0].length
      const own = sentenceAround(t, end, end).end
      // A teaser that ends the sentence (未公表なんですがひと足先に！), then the value in the next one.
      const teaser = own - end <= 12 && !COVERTLY.test(t.slice(end, own)) && /ひと足|一足|先に|特別に|少しだけ|ちょっとだけ|お見せ|公開|発表|お伝え/u.test(t.slice(end, own))
      const rest = t.slice(end, teaser && own < t.length ? sentenceAround(t, own + 1, own + 1).end : own)
      const span = doc.fromSqueezed(m.index, end)
      return !spans.some((s) => s.start < span.end && s.end > span.start) && (CLOSED_TOLD_VALUE.test(rest) || (meeting && TOLD_PRIVATE_MEETING.test(rest))) && !REVEAL_NOTICE.test(rest) && !aware(sentenceOf(t, m.index, end))
    }
    if (p.has(WORDS.closedBut)) emitAll(p, doc, t, CLOSED_BUT, 'confidential/pre-release', emit, spans, (m) => closedThenTold(m, false))
    if (p.has(WORDS.formal) && p.has(FORMAL_LATER)) emitAll(p, doc, t, OUTCOME_REACHED, 'confidential/pre-release', emit, spans, (m) => !aware(sentenceOf(t, m.index, m.index + m[0].length)) && !PUBLIC_CHOICE.test(sentenceOf(t, m.index, m.index + m[0].length)) && !CONTEST_OUTCOME.test(sentenceOf(t, m.index, m.index + m[0].length)) && !(PROMOTED_AHEAD.test(t) && !/契約|調印/u.test(t)))
    if (p.has(WORDS.concession)) {
      emitAll(p, doc, t, RELEASE_LATER, 'confidential/pre-release', emit, spans, (m) => {
        const end = m.index + m[0].length
        const span = doc.fromSqueezed(m.index, end)
        const rest = t.slice(end, sentenceAround(t, end, end).end)
        // …or a decision told just before, then given out ahead (…方針が決定いたしました。正式な公表は3月の予定でございますが、あらかじめお知らせいたします).
        const before = t.slice(Math.max(0, m.index - 120), m.index)
        const ahead = ADVANCE_TOLD.test(rest) && DECIDED_BEFORE.test(before)
        // …or figures given in the sentence before (or earlier in this one), then said to be told ahead (…先にお伝えしておきます).
        const here = sentenceAround(t, m.index, end)
        const prev = here.start > 0 && t[here.start - 1] !== '\n' ? sentenceAround(t, here.start - 1, here.start - 1) : here
        const figuresBefore = t.slice(prev.start, m.index)
        // Blind R311E-031 kind (conf56): …or the writer owning up to telling it first (正式な発表は5月ですが、…つい書いてしまいました).
        const toldAhead = (TOLD_AHEAD.test(rest) || TOLD_CONFESSED.test(rest)) && PRELIM_FIGURE.test(figuresBefore) && !published(figuresBefore) && !AHEAD_HELD.test(figuresBefore)
        return !spans.some((s) => s.start < span.end && s.end > span.start) && (REVEAL.test(rest) || ahead || toldAhead) && !REVEAL_NOTICE.test(rest)
      })
    }
    if (p.has(WORDS.embargoAt) && p.has(WORDS.ahead)) {
      emitAll(p, doc, t, EMBARGO_AT, 'confidential/pre-release', emit, spans, (m) => {
        const end = m.index + m[0].length
        const rest = t.slice(end, sentenceAround(t, end, end).end)
        const span = doc.fromSqueezed(m.index, end)
        return !spans.some((x) => x.start < span.end && x.end > span.start) && TOLD_AHEAD.test(rest) && !AFTER_RELEASE.test(rest) && !aware(sentenceOf(t, m.index, end))
      })
    }
    // The same, said attributively (明日10時解禁の記者発表資料の内容を、先行してお知らせします).
    if (p.has(WORDS.embargoed) && p.has(WORDS.aheadOrNotWaiting)) {
      emitAll(p, doc, t, EMBARGOED_RELEASE, 'confidential/pre-release', emit, spans, (m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const rest = t.slice(end, here.end)
        const before = t.slice(here.start, m.index)
        // Blind R288S-009 kind (conf17): the casual teaser shown first, then the release it comes from named (ひと足お先にチラ見せしちゃいます📱 明日10時解禁の記者資料からなので).
        const ahead = TOLD_AHEAD.test(rest) || (AHEAD_BEFORE.test(before) && TELL_AFTER.test(rest)) || TOLD_AHEAD_BEFORE.test(before) || TOLD_AHEAD.test(before) ||
          (m.index - here.start <= 4 && here.start > 0 && t[here.start - 1] !== '\n' && TOLD_AHEAD.test(t.slice(sentenceAround(t, here.start - 1, here.start - 1).start, here.start)))
        const span = doc.fromSqueezed(m.index, end)
        return !spans.some((x) => x.start < span.end && x.end > span.start) && ahead && !AFTER_RELEASE.test(rest) && !SEASON_OPENS.test(t.slice(here.start, here.end)) && !aware(t.slice(here.start, here.end))
      })
    }
    if (p.has(WORDS.notYet)) {
      emitAll(p, doc, t, NOT_YET, 'confidential/pre-release', emit, spans, (m) => {
        const end = m.index + m[0].length
        const span = doc.fromSqueezed(m.index, end)
        if (spans.some((s) => s.start < span.end && s.end > span.start)) return false
        const rest = t.slice(end, sentenceAround(t, end, end).end)
        // A scheduled release then a notice to wait (…を予定しておりますが、詳細は決まり次第お知らせします) tells nothing.
        if (m[0].includes('予定') && /次第|改めて|あらためて|お知らせします|お伝えします/u.test(rest)) return false
        return m[0].includes('待たず') || (REVEAL.test(rest) && !REVEAL_NOTICE.test(rest))
      })
    }
    // (内部評価 is the city's published self-assessment: an evaluation is closed only when said non-public.)
    if (p.has(WORDS.bidAmount)) emitAll(p, doc, t, BID_AMOUNT, 'confidential/pre-release', emit, spans, (m) => !aware(sentenceOf(t, m.index, m.index + m[0].length)) && !(m[1] !== undefined && m[0].startsWith('内部')))
    // A bid's price said to be published only later, then told anyway (予定価格は事後公表としておりますが、…48億6,000万円で設定).
    if (p.has(WORDS.bidLater)) {
      emitAll(p, doc, t, BID_LATER_AMOUNT, 'confidential/pre-release', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        if (spans.some((x) => x.start < span.end && x.end > span.start)) return false
        return !OTHER_COST.test(m[1] ?? '') && !p.has(BID_DONE) && !aware(sentence)
      })
    }
    if (p.has(WORDS.bid)) {
      // Blind R290P-009 kind (conf17): the designated bidders listed before the opening (not once the result is out, nor in a notice).
      emitAll(p, doc, t, BIDDERS_LISTED, 'confidential/pre-release', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        if (BID_RESULT_TOLD.test(t) && PAST_TOLD.test(sentence)) return false
        return !aware(sentence) && !p.has(BID_DONE) && !BID_PUBLIC.test(sentence) && !BID_NOTICE.test(t) && !spans.some((x) => x.start < span.end && x.end > span.start)
      })
      emitAll(p, doc, t, BID_SECRET, 'confidential/pre-release', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        if (aware(sentence) || p.has(BID_DONE)) return false
        // Review of afb4b410 (rvconf): the designated bidders told in the past with the result (結果を公表します。指名業者は次の5社でした).
        if (m[0].startsWith('指名') && BID_RESULT_TOLD.test(t) && PAST_TOLD.test(sentence)) return false
        // Blind R256M-027 kind (conf9): the price said closed in its own words (予定価格（事前非公表）は…円): a secret told, even in a notice.
        // Blind R377A-021 kind: the bid said closed earlier in the sentence, then its price told (今回は事前公表しない案件ですが、予定価格は…円).
        const closed = PRICE_SAID_CLOSED.test(m[0]) || BID_SAID_CLOSED_BEFORE.test(t.slice(sentenceAround(t, m.index, m.index).start, m.index))
        if (!closed && (BID_PUBLIC.test(sentence) || BID_NOTICE.test(t))) return false
        // Review of conf58 (rvconf): a notice's heading or call for bidders (【入札参加者募集】, 入札参加資格) names no bidder.
        if (/^(?:入札参加|参加予定|応札)[^。！？!?\n]{0,6}?(?:募集|資格|要件|登録|説明会)/u.test(m[0])) return false
        // Review of conf58 (rvconf): the price said published beforehand in the paragraph (予定価格は事前公表しています。…予定価格は3,200万円です).
        if (!closed && /^(?:入札)?予定価格/u.test(m[0]) && /予定価格[^。！？!?\n]{0,12}?事前公表/u.test(t)) return false
        // Blind R457J-034 kind: 予定価格 as the bound of which works are meant (予定価格250万円を超える工事, 予定価格が1,000万円以上の案件,
        // 予定価格130万円未満のもの): a threshold of a rule or a published outlook, no price told. 予定価格は250万円です stays a price.
        if (!closed && /^(?:入札)?予定価格/u.test(m[0]) && PRICE_AS_BOUND.test(t.slice(m.index + m[0].length, m.index + m[0].length + 14))) return false
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        if (spans.some((x) => x.start < span.end && x.end > span.start)) return false
        // 予定価格 alone is often published before a bid; it is a secret only when the paragraph is about a bid not yet opened.
        return closed || !/^(?:入札)?予定価格/u.test(m[0]) || p.has(WORDS.bidContext)
      })
    }
    const releaseDay = p.has(RELEASE_DAY_TO_COME) && !p.has(SEASON_OPENS)
    if (p.has(WORDS.oneStep) && (p.has(RELEASE_TO_COME) || releaseDay) && !p.has(PRESENTED_WORK)) emitAll(p, doc, t, EARLY_REVEAL, 'confidential/pre-release', emit, spans, () => true)
    if (p.has(WORDS.staffOnly)) {
      emitAll(p, doc, t, STAFF_ONLY, 'confidential/staff-only', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        // 普段は関係者しか見られない水門の内部を、見学会で特別にご案内します: a place opened on a tour, not a paper shown.
        return !published(sentence) && !DISCLOSED.test(sentence) && !/ませんか|相談|悩/u.test(sentence) && !aware(sentence) && !placeToured(t, m.index + m[0].length, sentence) && !accessSafeguard(t, m.index + m[0].length, sentence) && !keptInPledge(t, m, sentence) && !routineSharedDocument(t, m, sentence) && !(/^(?:外|表|公)(?:に|には)(?:出せ|出し|出さ|でき)(?:ない|ません)$/u.test(m[0]) && !outsideIsInformation(t, m)) && !historicPaper(sentence) && !(/話し$/u.test(m[0]) && discussedDone(t, m.index + m[0].length))
      })
    }
    // Blind R227W-018 kind: a grievance voiced inside the section told (課内からも「もう限界」という声が出ています), at warn.
    if (p.may(INSIDE_GRIPE) && !p.has(GRIPE_AWARE)) {
      INSIDE_GRIPE.lastIndex = 0
      let n = 0
      for (let m = INSIDE_GRIPE.exec(t); m && n < MAX_HITS; m = INSIDE_GRIPE.exec(t), n++) {
        if (aware(sentenceOf(t, m.index, m.index + m[0].length))) continue
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        if (spans.some((x) => x.start < span.end && x.end > span.start)) continue
        spans.push(span)
        emit({ rule: 'confidential/staff-only', start: span.start, end: span.end, severity: 'warn' })
      }
    }
    if (p.has(WORDS.only)) {
      emitAll(p, doc, t, INSIDERS_ONLY, 'confidential/staff-only', emit, spans, (m) => {
        const end = m.index + m[0].length
        return /決ま|決定|確定|内定|人事|予算|方針|異動|落札|合格/u.test(t.slice(end, sentenceAround(t, end, end).end))
      })
    }
    if (p.has(WORDS.negotiation)) emitAll(p, doc, t, NEGOTIATION, 'confidential/negotiation', emit, spans, () => true)
    // A company named as the party in a negotiation still going on (いま交渉中の九州精密部品株式会社が来月にも進出を決める見込み).
    if (p.has(WORDS.negotiation) || t.includes('商談')) {
      emitAll(p, doc, t, NEGOTIATED_COMPANY, 'confidential/negotiation', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        return !spans.some((x) => x.start < span.end && x.end > span.start) && !NEGOTIATION_PUBLIC.test(sentence) && !aware(sentence)
      })
    }
    // The designated bidders or the expected winner of a tender not yet opened (指名業者は有明建設・…, ほぼ有明建設で決まりだろう).
    if (p.has(WORDS.bid) || /指名/u.test(t)) {
      emitAll(p, doc, t, BID_NAMED, 'confidential/pre-release', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        return !spans.some((x) => x.start < span.end && x.end > span.start) && /入札|指名|落札|受注|開札/u.test(t) && !BID_PUBLIC.test(sentence) && !p.has(BID_DONE) && !aware(sentence)
      })
    }
    // Blind R162I-091: how many have come forward for a tender still open, or who withdrew (締切前ですが今のところ参加表明は3社です).
    if (p.has(BID_CONTEXT) && p.has(BID_STILL_OPEN) && !p.has(BID_DONE)) {
      emitAll(p, doc, t, BID_ENTRANTS_TOLD, 'confidential/pre-release', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        return !spans.some((x) => x.start < span.end && x.end > span.start) && !BID_ENTRANTS_PUBLIC.test(sentence) && !aware(sentence)
      })
    }
    // Blind R163A-045: next year's budget or personnel caught in the photo (ホワイトボードに来年度の予算配分がばっちり写ってますが).
    if (!p.has(BUDGET_PUBLIC) && !p.has(PUBLIC_OCCASION)) {
      const caught = (m: RegExpExecArray): boolean => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        return !spans.some((x) => x.start < span.end && x.end > span.start) && !PHOTO_BLURRED.test(sentence) && !photoLesson(t, m.index, m.index + m[0].length) && !aware(sentence) && !published(sentence)
      }
      emitAll(p, doc, t, MATTER_IN_PHOTO, 'confidential/pre-release', emit, spans, caught)
      // Blind R173I-073: 写ってる数字は来年度の各課の人員配置計画です (the photo's content named first).
      emitAll(p, doc, t, PHOTO_IS_MATTER, 'confidential/pre-release', emit, spans, caught)
    }
    // Blind R248B-042 kind: the price list of a bid still to come named as what the board or the photo shows.
    if (p.has(WORDS.bid) && (p.has(BID_TO_COME) || p.has(BID_STILL_OPEN)) && !p.has(BID_PUBLIC) && !p.has(BID_DONE) && !BID_NOTICE.test(t)) {
      emitAll(p, doc, t, BID_PRICE_IN_PHOTO, 'confidential/pre-release', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        return !spans.some((x) => x.start < span.end && x.end > span.start) && !PHOTO_BLURRED.test(sentence) && !photoLesson(t, m.index, m.index + m[0].length) && !aware(sentence)
      })
    }
    // Blind R168A-011: a staff-only note left on a board in the photo (後ろのホワイトボードに課内の打ち合わせメモ…が残ってますが).
    emitAll(p, doc, t, STAFF_NOTE_IN_PHOTO, 'confidential/staff-only', emit, spans, (m) => {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      return !spans.some((x) => x.start < span.end && x.end > span.start) && !PHOTO_BLURRED.test(sentence) && !photoLesson(t, m.index, m.index + m[0].length) && !aware(sentence) && !published(sentence)
    })
    // Blind R168A-010: the photo said to show a paper, which the paragraph says is not public (写真のスライドは…を示したものです。資料は非公開ですが).
    if (p.has(PAPER_NOT_PUBLIC) && !p.has(PAPER_HELD) && !p.has(PHOTO_BLURRED)) {
      emitAll(p, doc, t, PHOTO_SHOWS_PAPER, 'confidential/staff-only', emit, spans, (m) => {
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        return !spans.some((x) => x.start < span.end && x.end > span.start) && !aware(sentenceOf(t, m.index, m.index + m[0].length)) && !p.has(PUBLISHED) && !RESIDENTS_OWN_PAPER.test(m[0]) && !SHOWN_AT_PUBLIC_MEETING.test(t)
      })
    }
    // Blind R170I-003: a residents' records system shown with their data (住民記録システム…こんなふうに世帯全員の情報が一覧で出てきます).
    emitAll(p, doc, t, RECORDS_SYSTEM_SHOWN, 'confidential/staff-only', emit, spans, (m) => {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      return !spans.some((x) => x.start < span.end && x.end > span.start) && !/研修|講座|マニュアル|操作方法|ご自身|ご自分|自分の/u.test(sentence) && !aware(sentence)
    })
    // Blind R162I-024: a staff system's screen shown with its figures (コールセンターの管理画面をちょっとだけ公開！…43件).
    if (p.has(SCREEN_FIGURE)) {
      emitAll(p, doc, t, INTERNAL_SCREEN, 'confidential/staff-only', emit, spans, (m) => {
        const end = m.index + m[0].length
        const sentence = sentenceOf(t, m.index, end)
        const span = doc.fromSqueezed(m.index, end)
        return !spans.some((x) => x.start < span.end && x.end > span.start) && SCREEN_FIGURE.test(t.slice(end, end + 120)) && !/研修|講座|説明会|マニュアル|操作方法|使い方/u.test(sentence) && !aware(sentence) && !published(sentence)
      })
    }
    // Blind R173I-087: what one named business told the city in a hearing about its own figures (ヒアリングで聞いた話、A社さんは売上が…3割減).
    emitAll(p, doc, t, BIZ_HEARD, 'confidential/duty-secret', emit, spans, (m) => {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      return !spans.some((x) => x.start < span.end && x.end > span.start) && !BIZ_HEARD_GENERIC.test(m.groups?.biz ?? '') && !aware(sentence) && !published(sentence)
    })
    // A business's consultation record cited for its troubles (市の融資相談の記録にも載っとったけん…身売り).
    if (p.has(BIZ_TROUBLE)) {
      emitAll(p, doc, t, BIZ_CONSULT_RECORD, 'confidential/duty-secret', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        return !spans.some((x) => x.start < span.end && x.end > span.start) && !aware(sentence) && !published(sentence)
      })
    }
    const free = (m: RegExpExecArray): boolean => {
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      return !spans.some((s) => s.start < span.end && s.end > span.start)
    }
    // A paper only insiders may look at, then shown (まだ関係者しか見たらいかん資料なんやけど…ちょっとだけ見せちゃう).
    if (p.has(WORDS.staffOnly)) {
      emitAll(p, doc, t, STAFF_ONLY_LOOK, 'confidential/staff-only', emit, spans, (m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
        const sentence = t.slice(here.start, here.end)
        return free(m) && (LOOK_CONCEDED.test(t.slice(end, here.end)) || LOOK_SHOWN.test(t.slice(end, Math.min(next.end, end + 80)))) && !published(sentence) && !DISCLOSED.test(sentence) && !aware(sentence)
      })
    }
    let publishedHere: boolean | undefined
    const paragraphPublished = (): boolean => (publishedHere ??= p.has(PUBLISHED) || p.has(OUTCOME_PUBLISHED))
    /** One finding per paragraph for kinds whose parts repeat (a penalty named twice, several scores). */
    const once = (keep: (m: RegExpExecArray) => boolean): ((m: RegExpExecArray) => boolean) => {
      let done = false
      return (m) => !done && (done = keep(m))
    }
    // The embargo line of a press release posted with it (【取材解禁は10月16日10時です。それまでは公表しないでください】).
    if (p.has(WORDS.embargo)) {
      const pressLine = (m: RegExpExecArray): boolean => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const before = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1).start : here.start
        return free(m) && quoteAround(t, m.index, end, 40) === null && !SEASON_OPENS.test(t.slice(before, here.end)) && !aware(t.slice(here.start, here.end))
      }
      emitAll(p, doc, t, PRESS_EMBARGO, 'confidential/pre-release', emit, spans, once((m) => pressLine(m) && !EMBARGO_PAST.test(t.slice(m.index + m[0].length, m.index + m[0].length + 24))))
      emitAll(p, doc, t, EMBARGO_HOLD, 'confidential/pre-release', emit, spans, once((m) => {
        const here = sentenceAround(t, m.index, m.index + m[0].length)
        const before = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1).start : here.start
        return pressLine(m) && /解禁/u.test(t.slice(before, m.index + m[0].length))
      }))
    }
    // Blind R239N-054 kind: the embargo line in other words (※新聞・テレビ等での取扱いは、11月14日（金）午後3時以降でお願いいたします).
    if (p.has(WORDS.pressHandling)) {
      emitAll(p, doc, t, PRESS_HANDLING, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        return free(m) && quoteAround(t, m.index, end, 40) === null && PRESS_HANDLING_ASK.test(t.slice(end, here.end)) && !EMBARGO_PAST.test(t.slice(end, end + 24)) && !aware(t.slice(here.start, here.end))
      }))
    }
    // Not yet public, said before telling a matter (まだ表に出とらん話ですけど, 記者発表の前なので).
    // Blind R360H-035 kind: an outbreak in a facility is such a matter too (まだ表には出とらんばってん、市内の特養で集団感染が出とるとよ).
    const outbreak = OUTBREAK_MATTER.test(t)
    if (p.has(WORDS.notPublic) && (p.has(MATTER) || p.has(MATTER_MORE) || outbreak)) {
      emitAll(p, doc, t, NOT_PUBLIC, 'confidential/pre-release', emit, spans, (m) => free(m) && (p.has(MATTER) || outbreak || THING_NOT_OUT.test(m[0])) && !aware(sentenceOf(t, m.index, m.index + m[0].length)))
    }
    // A paper the writer calls not yet given outside, handed on by the post (まだ外部には出していない資料なので、…使わないでください).
    if (p.has(WORDS.notPublic)) {
      emitAll(p, doc, t, PAPER_NOT_OUT_YET, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const rest = t.slice(end, sentenceAround(t, m.index, end).end)
        return free(m) && !PAPER_REFUSED.test(rest) && !HOLD_NOTICE.test(rest) && !PAPER_NOT_OUT_HELD.test(rest) && !aware(sentenceOf(t, m.index, end))
      }))
    }
    // Off the record, with a decision of the city in the sentence or the next (ここだけの話、…に決まりました).
    if (p.has(WORDS.offRecord)) {
      emitAll(p, doc, t, OFF_RECORD, 'confidential/pre-release', emit, spans, (m) => {
        const end = m.index + m[0].length
        const next = sentenceAround(t, end, end)
        const after = next.end < t.length ? sentenceAround(t, next.end, next.end) : next
        const told = t.slice(sentenceAround(t, m.index, end).start, after.end)
        return free(m) && (CITY_MATTER.test(told) || OFF_RECORD_FIGURE.test(told)) && !aware(t.slice(next.start, next.end)) && !p.has(TEASER)
      })
    }
    if (p.has(WORDS.privately)) emitAll(p, doc, t, PRIVATE_DECISION, 'confidential/pre-release', emit, spans, free)
    // Blind R282V-049 kind (conf15): handled without publishing, then told with what was hidden (公表しないまま内々に処理してきた…（約480万円）).
    if (p.has(QUIETLY_MAY)) {
      emitAll(p, doc, t, HANDLED_QUIETLY, 'confidential/pre-release', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return free(m) && HIDDEN_MATTER.test(sentence) && !HANDLED_QUIETLY_DENIED.test(sentence) && !published(sentence) && !/記者会見|公表(?:しました|いたしました|します|いたします)|発表(?:しました|いたしました)|お詫び|おわび/u.test(sentence) && !aware(sentence)
      })
    }
    // Blind R281B-018 kind (conf15): a settlement sum forecast while the talks go on (和解金は…380万円程度になる見通し…公表はまだ先).
    if (p.has(SETTLEMENT_MAY) && p.has(SETTLEMENT_PENDING)) {
      emitAll(p, doc, t, SETTLEMENT_FORECAST, 'confidential/negotiation', emit, spans, (m) => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length)))
    }
    // Disciplinary action against staff, decided but not announced (処分は減給で固まったそうです。発表は来週やけん).
    if (p.has(WORDS.penalty) && p.has(NOT_YET_SAID) && !p.has(PENALTY_PUBLIC)) {
      emitAll(p, doc, t, PENALTY, 'confidential/personnel', emit, spans, once((m) => {
        // A bare 処分 is a penalty of staff only in a paragraph about misconduct; 戒告 and 訓告 are also notices to anyone.
        if (/^(?:処分|戒告|訓告)/u.test(m[0]) && !(p.has(STAFF) && p.has(MISCONDUCT))) return false
        const after = t.slice(m.index + m[0].length, m.index + m[0].length + 24)
        return free(m) && (PENALTY_DECIDED.test(after) || (PENALTY_PROPOSED.test(after) && p.has(STAFF) && !aware(sentenceOf(t, m.index, m.index + m[0].length))))
      }))
    }
    // Blind R293T-008 kind (conf18): an internal inquiry about a worker, then the penalty expected (処分は乗務停止3日間となる見込み).
    if (p.has(INTERNAL_INQUIRY) && p.has(INQUIRY_WORKER) && !p.has(PENALTY_PUBLIC)) {
      emitAll(p, doc, t, PENALTY, 'confidential/personnel', emit, spans, once((m) => {
        const end = m.index + m[0].length
        return free(m) && PENALTY_EXPECTED.test(t.slice(end, end + 28)) && !aware(sentenceOf(t, m.index, end))
      }))
    }
    // Blind R274K-012 kind: a disciplinary process under way, or an internal inquiry's findings, told (厳正な処分に向けて手続きを進めております).
    if (p.has(STAFF) && !p.has(PENALTY_PUBLIC) && !p.has(PENALTY_INQUIRY_PUBLISHED)) {
      emitAll(p, doc, t, PENALTY_UNDER_WAY, 'confidential/personnel', emit, spans, once((m) => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R273B-005 kind: the city's bottom line in a negotiation still going on (賃料は月額四十万円までなら譲歩できる).
    if (p.has(WORDS.yen) && p.has(CONCESSION_TALKS) && !p.has(OFFER_PUBLIC)) {
      emitAll(p, doc, t, CONCESSION_LIMIT, 'confidential/negotiation', emit, spans, once((m) => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R273B-009 kind: a named contractor's internal dispute (…建設さんが下請けさんへの支払いで揉めていて).
    emitAll(p, doc, t, CONTRACTOR_DISPUTE, 'confidential/duty-secret', emit, spans, once((m) => {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      return free(m) && !CONTRACTOR_NOTICE.test(sentence) && !aware(sentence)
    }))
    // Blind R273B-018 kind: an internal staff survey's results by department, or its free comments naming a manager.
    if (!p.has(SURVEY_PUBLISHED)) {
      emitAll(p, doc, t, STAFF_SURVEY_BREAKDOWN, 'confidential/staff-only', emit, spans, once((m) => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R275W-047 kind: the hold line of a press release with no 解禁 (※取扱い：1月9日(金)15時までは報道・公表をお控えください).
    emitAll(p, doc, t, EMBARGO_UNTIL_ASK, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      return free(m) && quoteAround(t, m.index, end, 40) === null && !EMBARGO_LIFTED.test(t.slice(end, here.end)) && !aware(t.slice(here.start, here.end))
    }))
    // A personnel move told before it is announced (異動が決まりました…正式な発表は来週なので).
    if (p.has(NOT_ANNOUNCED) && !p.has(MOVE_PUBLIC) && p.has(WORDS.move)) {
      emitAll(p, doc, t, MOVE, 'confidential/personnel', emit, spans, once(free))
    }
    // Who filed a complaint or a request (要望を出されたのは、お隣の方ではなかですよ).
    if (p.has(WORDS.filed)) {
      emitAll(p, doc, t, COMPLAINANT, 'confidential/complainant', emit, spans, (m) => free(m) && !COMPLAINANT_NOT.test(sentenceOf(t, m.index, m.index + m[0].length)) && !p.has(GOOD_DEED))
    }
    // A tally of complaints, then one put to a person (苦情が3件…うち1件は近隣の自治会長さんからのものでした).
    if (p.has(TALLY_FILED) && !p.has(GOOD_DEED)) {
      emitAll(p, doc, t, COMPLAINT_TALLY_WHO, 'confidential/complainant', emit, spans, (m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const before = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1).start : here.start
        const around = t.slice(before, here.end)
        return free(m) && TALLY_FILED.test(around) && !COMPLAINANT_NOT.test(t.slice(here.start, here.end)) && !aware(t.slice(here.start, here.end))
      })
    }
    // The same household said to complain again and again (同じ世帯からの繰り返しの苦情も目立ちます).
    if (p.has(WORDS.repeat) && p.has(TALLY_FILED)) emitAll(p, doc, t, REPEAT_FILER, 'confidential/complainant', emit, spans, once((m) => free(m) && TALLY_FILED.test(t.slice(0, m.index)) && /[0-9０-９一二三四五六七八九十]+件/u.test(t.slice(0, m.index)) && !/^[^。！？!?\n]{0,6}?(?:場合|とき|時|際|こと(?:も|が)あ)/u.test(t.slice(m.index + m[0].length)) && !aware(sentenceOf(t, m.index, m.index + m[0].length)) && !COMPLAINANT_NOT.test(sentenceOf(t, m.index, m.index + m[0].length))))
    if (p.has(WORDS.repeat)) emitAll(p, doc, t, REPEAT_COMPLAINER, 'confidential/complainant', emit, spans, once((m) => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length)) && !COMPLAINANT_NOT.test(sentenceOf(t, m.index, m.index + m[0].length))))
    // A closed session, then what was said in it (非公開の回でしたが、委員の方から「…」という発言も).
    if ((p.has(WORDS.closed) || p.has(WORDS.noGallery)) && p.has(SESSION_PEOPLE) && !paragraphPublished()) {
      emitAll(p, doc, t, CLOSED_TOLD, 'confidential/meeting', emit, spans, (m) => {
        const end = m.index + m[0].length
        const rest = t.slice(m.index, Math.min(t.length, end + 160))
        const r = REMARK.exec(rest)
        if (!r || !free(m)) return false
        const at = m.index + r.index
        const said = sentenceOf(t, at, at + r[0].length)
        return !SESSION_NOTICE.test(sentenceOf(t, m.index, end)) && !SESSION_NOTICE.test(said) && !REMARK_PUBLIC.test(said) && !aware(sentenceOf(t, m.index, end))
      })
    }
    // A session turned closed, then what someone said in it (傍聴なしの協議会に切り替わってから…議長が「…」とおっしゃって).
    emitAll(p, doc, t, CLOSED_SWITCH, 'confidential/meeting', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const next = here.end < t.length ? sentenceAround(t, here.end + 1, here.end + 1) : here
      const r = SESSION_REMARK.exec(t.slice(end, Math.min(next.end, end + 200)))
      if (!r || !free(m)) return false
      const at = end + r.index
      const said = sentenceOf(t, at, at + r[0].length)
      const sentence = t.slice(here.start, here.end)
      return !SESSION_NOTICE.test(sentence) && !SESSION_NOTICE.test(said) && !REMARK_PUBLIC.test(said) && !aware(sentence) && !aware(said) &&
        !published(sentence) && !published(said) && !OUTCOME_PUBLISHED.test(said)
    }))
    // Audit findings before the report, or hidden (監査で漏れが見つかった…報告書出る前にこっそり直しとこ).
    if (p.has(AUDIT) && p.has(AUDIT_FINDING) && !paragraphPublished()) {
      emitAll(p, doc, t, AUDIT_HIDDEN, 'confidential/audit', emit, spans, once((m) => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // The city's estimate for a bid not yet held (設計の段階で見積もった額が二千三百万円, これから入札).
    if (p.has(WORDS.estimate) && p.has(BID_TO_COME)) {
      emitAll(p, doc, t, ESTIMATE, 'confidential/pre-release', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return free(m) && !BID_PUBLIC.test(sentence) && !aware(sentence)
      })
    }
    // Blind R262J-007 kind: the other side's demand as a multiple of the city's offer, or the city's internal fallback, in a negotiation still
    // going on (所有者の方が市の提示額のおよそ1.5倍を求めておられ、課内では土地収用の手続きに入ることも視野に).
    if (p.has(NEGOTIATING) && p.has(STILL_ON) && !p.has(OFFER_PUBLIC)) {
      emitAll(p, doc, t, DEMAND_RATIO, 'confidential/negotiation', emit, spans, free)
      // Blind R304W-039 kind (conf21): the other side's asking price told (先方のご希望額は市の不動産鑑定額の約1.8倍で).
      if (p.has(DEMAND_BARGAIN) && !p.has(LISTING_OFFER)) {
        emitAll(p, doc, t, DEMAND_STATED, 'confidential/negotiation', emit, spans, (m) => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length)))
      }
      emitAll(p, doc, t, INTERNAL_FALLBACK, 'confidential/negotiation', emit, spans, free)
    }
    // A price offered in a negotiation still going on (市からは一平方メートルあたり一万二千円でお願いしとる).
    if (p.has(WORDS.yen) && p.has(NEGOTIATING) && p.has(STILL_ON) && !p.has(OFFER_PUBLIC)) {
      emitAll(p, doc, t, OFFER, 'confidential/negotiation', emit, spans, free)
    }
    // Blind R270C-035 kind: both sides' figures in a negotiation still going on (市からは…120円の補助を出すと伝えていて、組合さんは150円を希望).
    if (p.may(CITY_OFFERED) && p.may(COUNTER_ASKED) && !p.has(BOTH_OFFERS_SETTLED)) {
      const asks = [...t.matchAll(COUNTER_ASKED)].filter((m) => !/^(?:柳川)?(?:市|本市|当市|こちら|行政)/u.test(m[0]))
      emitAll(p, doc, t, CITY_OFFERED, 'confidential/negotiation', emit, spans, once((m) => {
        const end = m.index + m[0].length
        return free(m) && !aware(sentenceOf(t, m.index, end)) && asks.some((a) => a.index >= end || a.index + a[0].length <= m.index)
      }))
    }
    // Blind R268D-019 kind: a few of those who consulted singled out from the counter's record (…のうち2名は市職員でした).
    emitAll(p, doc, t, CONSULT_RECORD_WHO, 'confidential/duty-secret', emit, spans, once((m) => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length))))
    // Blind R270C-010 kind: an internal screening's scores written up on a board in the photo (ホワイトボードには…審査で各団体が何点だったか).
    if (p.has(APPLICANT_SCREENING) && !p.has(PUBLIC_CONTEST) && !p.has(RESULT_PUBLIC)) {
      emitAll(p, doc, t, SCORES_ON_BOARD, 'confidential/pre-release', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return free(m) && !PHOTO_BLURRED.test(sentence) && !photoLesson(t, m.index, m.index + m[0].length) && !aware(sentence)
      }))
    }
    // An incident not announced (記録媒体が行方不明…公表するかどうかは上で話し合い中).
    if (p.has(INCIDENT) && p.has(INCIDENT_OBJECT) && !p.has(INCIDENT_PUBLIC)) {
      // A private person's name withheld for their sake (ご本人のご意向により、お名前は伏せて) protects them; it hides no incident.
      emitAll(p, doc, t, INCIDENT_UNDISCLOSED, 'confidential/incident', emit, spans, once((m) => free(m) && !confidedCase(t, m.index, m.index + m[0].length) && !(m[0].startsWith('伏せ') && NAME_WITHHELD.test(t.slice(Math.max(0, m.index - 12), m.index)) && FOR_THEIR_SAKE.test(sentenceOf(t, m.index, m.index + m[0].length)))))
    }
    // Scores or ranks of a selection told before those concerned are notified.
    if (p.has(SELECTION) && p.has(NOTICE_TO_COME) && !p.has(RESULT_PUBLIC)) {
      emitAll(p, doc, t, SCORES, 'confidential/pre-release', emit, spans, once(free))
    }
    // Blind R290P-007 kind (conf17): a named candidate told as the front-runner while the selection is under way.
    if (p.has(SELECTION) && p.has(SELECTION_UNDERWAY) && !p.has(RESULT_PUBLIC) && !(PUBLIC_VOTE.test(t) && !CLOSED_SELECTION.test(t))) {
      emitAll(p, doc, t, SELECTION_FRONT_RUNNER, 'confidential/pre-release', emit, spans, once((m) => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R286A-006 / R286A-008 kinds (conf17): an internal working record cited, then a specific household's case told from it.
    if (p.has(INTERNAL_RECORD_WORDS)) {
      emitAll(p, doc, t, INTERNAL_RECORD_CITED, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, end, end)
        const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
        const told = t.slice(end, Math.min(next.end, end + 120))
        // Review of afb4b410 (rvconf): a class counted or shared out (犬の飼い主のマナーに関する苦情が全体の4割) is an aggregate, not a case.
        if (RECORD_AGGREGATE.test(told) && !RECORD_CASE_SPECIFIC.test(told)) return false
        return free(m) && RECORD_CASE_TOLD.test(told) && !published(t.slice(here.start, here.end)) && !aware(t.slice(here.start, here.end))
      }))
    }
    // Details held back because the release has not come, then told anyway (議会への報告前なので詳しくは出せませんが、対象は約120世帯で…).
    if (p.has(WORDS.heldBackBut) && p.has(WORDS.negative)) emitAll(p, doc, t, HELD_BACK_BUT, 'confidential/pre-release', emit, spans, once(free))
    // Round 10 kinds.
    const notAware = (m: RegExpExecArray): boolean => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length))
    // A price a supplier came down to in a negotiation, told before the bid or asked to be kept (交渉で1個780円まで下がりました。入札前なので…).
    // Blind R311E-019 kind (conf56): …or a land deal with its owner still going on (所有者さんとのやり取りで、坪あたり十八万円まで下がってきました。あと一息、粘ります).
    if (p.has(WORDS.yen) && p.has(NEGOTIATING) && (p.has(BID_TO_COME) || p.has(PRICE_HELD) || (p.has(LAND_DEAL) && (p.has(LAND_TRADE) || !p.has(PRICE_IS_FEE)) && p.has(STILL_GOING) && !p.has(LAND_SETTLED))) && !p.has(BID_PUBLIC) && !p.has(BID_DONE)) {
      emitAll(p, doc, t, NEGOTIATED_PRICE, 'confidential/negotiation', emit, spans, once(notAware))
    }
    // A secret until the release, with who was chosen named (発表日まではないしょ…さんに決まった).
    if (p.has(WORDS.untilOrYet) && p.has(WHO_DECIDED)) emitAll(p, doc, t, SECRET_TILL, 'confidential/pre-release', emit, spans, once(notAware))
    // Asked to keep it secret until the release, with a figure or a decision told (…約12万人で、過去最多でした。発表まではご内密にお願いいたします).
    if (p.has(WORDS.until) && p.has(TOLD_MATTER) && !p.has(TEASER)) {
      emitAll(p, doc, t, KEEP_TILL_RELEASE, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const told = t.slice(0, m.index) + t.slice(end)
        return free(m) && TOLD_MATTER.test(told) && !aware(sentenceOf(t, m.index, end))
      }))
      // The same, with the release named first and "until then" pointing back to it (記者発表は…の予定なので、それまでは…胸の中に).
      emitAll(p, doc, t, KEEP_TILL_THEN, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const told = t.slice(0, m.index) + t.slice(end)
        return free(m) && TOLD_MATTER.test(told) && !aware(sentenceOf(t, end - 1, end))
      }))
    }
    // Blind R239N-005 kind: the figures just told asked to be kept inside a circle (この数字は委員会の中だけに留めてください).
    if (p.has(WORDS.circleKeep)) {
      emitAll(p, doc, t, CIRCLE_KEEP, 'confidential/staff-only', emit, spans, once((m) => {
        const here = sentenceAround(t, m.index, m.index + m[0].length)
        return free(m) && CIRCLE_FIGURE.test(t.slice(Math.max(0, here.start - 240), here.start)) && !aware(t.slice(here.start, here.end))
      }))
    }
    // Said not to be out yet, as the reason the reader is asked to keep it (公式にはまだ出せない話なので、ここだけでお願いします).
    if (p.has(WORDS.preRelease)) {
      emitAll(p, doc, t, NOT_OUT_KEEP, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const told = t.slice(0, here.start) + t.slice(end)
        return free(m) && (TOLD_MATTER.test(told) || KEPT_MATTER.test(told) || MATTER.test(told)) && !aware(t.slice(here.start, here.end))
      }))
    }
    // Asked by the owner of a matter to hold it back until its release, then told (県からは正式発表まで外に出さないよう言われていますが、…).
    if (p.has(WORDS.asked)) {
      emitAll(p, doc, t, HOLD_ASKED_BUT, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const rest = t.slice(end, here.end)
        // The request's own words (しないよう) are no lesson: awareness is read in the rest of the sentence.
        if (!free(m) || aware(t.slice(here.start, m.index) + rest) || HOLD_NOTICE.test(rest)) return false
        if (HOLD_TOLD.test(rest)) return true
        // Blind R278M-008 kind (conf14): a name held at an authority's request (施設名を出さないよう言われておりますが), then given.
        if (HOLD_NAME_AT.test(m[0]) && NAME_TOLD.test(rest)) return true
        // Blind R226E-011 kind: …or the sentence announces telling it ahead (ひと足先にお伝えします) and the next one tells it (…に決まりました！).
        if (!TOLD_AHEAD.test(rest) && !HOLD_BROKEN_TOLD.test(rest)) return false
        // Blind R235I-039 kind: a hold promised to the press until a time (…金曜17時までは表に出さないとお約束している件ですが), then the
        // telling ahead announced (一足先にお伝えします): the embargo broken on the account, whatever paragraph the matter is told in.
        if (/約束|申し合わせ|取り決め/u.test(m[0])) return !/でき(?:ません|ない|かね)|いたしかね|しかね|控え/u.test(rest)
        if (here.end >= t.length) return false
        const next = sentenceAround(t, here.end + 1, here.end + 1)
        const said = t.slice(next.start, next.end)
        return HOLD_TOLD.test(said) && !HOLD_NOTICE.test(said)
      }))
    }
    // Blind R292E-034 kind (conf18): a paper marked for return, passed on anyway (「会議後回収」とありましたが、…共有すると、…9世帯).
    emitAll(p, doc, t, RETURN_MARKED_BUT, 'confidential/marker', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const rest = t.slice(end, here.end)
      return free(m) && MARKED_ON.test(t.slice(here.start, here.end)) && RETURN_MARKED_TOLD.test(rest) && !MARKED_HELD.test(rest) && !aware(t.slice(here.start, here.end))
    }))
    // Blind R294I-006 kind (conf18): a press event's paper put in the shared folder, the hold asked in the paragraph.
    if (p.has(PRESS_FILE_HELD)) emitAll(p, doc, t, PRESS_FILE_FILED, 'confidential/staff-notice', emit, spans, once(notAware))
    // Blind R297H-002 kind (conf19): an internal enforcement threshold told (課内の取扱いでは、滞納額が30万円を超えた時点で…差押え).
    emitAll(p, doc, t, INTERNAL_THRESHOLD, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    // Blind R297H-045 kind (conf19): an exception to a published rule granted inside (基準額を少し超えていても…課長決裁で減免が通る).
    if (p.has(DISCRETION_INSIDE)) {
      emitAll(p, doc, t, RULE_EXCEPTION, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R297H-060 kind (conf19): a list of arrears cases with names or sums, in a post that shows a picture.
    if (p.has(LIST_PHOTO) && !p.has(PHOTO_BLURRED)) {
      emitAll(p, doc, t, ARREARS_LIST, 'confidential/duty-secret', emit, spans, once((m) => notAware(m) && !LIST_KEPT_OUT.test(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R296Y-009 kind (conf19): an internal evaluation sheet's grades or comments told (内部用につけている評価シートでは、全員がB以上).
    emitAll(p, doc, t, INTERNAL_EVAL_SHEET, 'confidential/staff-only', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const next = here.end < t.length ? sentenceAround(t, here.end + 1, here.end + 1) : here
      return notAware(m) && EVAL_RESULT_TOLD.test(t.slice(end, Math.max(here.end, next.end))) && !published(t.slice(here.start, here.end)) && !/開示|情報公開|様式|記入例/u.test(t.slice(here.start, here.end))
    }))
    // Blind R298K-026 kind (conf19): a described member of staff told to be suspended or under inquiry, nothing published.
    if (p.has(STAFF_CASE) && !p.has(PENALTY_PUBLIC)) {
      emitAll(p, doc, t, DESCRIBED_STAFF_HELD, 'confidential/personnel', emit, spans, once(notAware))
    }
    // Blind R300S-042 kind (conf20): the official reason set against the inside one (表向きは雨天…実際は…責任問題を課内で整理しきれていない).
    // Review of conf21 (rvconf55): an honest update that promises the next notice (改めてお知らせします, お詫び) hides nothing.
    emitAll(p, doc, t, FACADE_REASON, 'confidential/staff-only', emit, spans, once((m) => {
      const sentence = sentenceAround(t, m.index, m.index + m[0].length)
      return notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length)) && FACADE_FRAME.test(t.slice(sentence.start, m.index + m[0].length)) && !(/^(?:お知らせ|告知|掲示|貼り紙|張り紙|案内|発表|公式発表)/u.test(m[0]) && p.has(UPDATE_PROMISED))
    }))
    // Blind R302K-054 kind (conf20): a member of staff identified by the thread, kept from work or awaiting a penalty's review.
    if (!p.has(PENALTY_PUBLIC)) {
      emitAll(p, doc, t, IDENTIFIED_STAFF_HELD, 'confidential/personnel', emit, spans, once((m) => notAware(m) && !STAFF_OWN_ABSENCE.test(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R300S-047 kind (conf20): a board or screen in the photo showing an open negotiation's status or offered sums.
    if (p.has(NEGOTIATION_SHOWN_HELD) && !p.has(PHOTO_BLURRED) && !(p.has(FIGURE_PRESENTED) && !p.has(BOARD_SLIP)) && !(p.has(NEGOTIATION_KEPT_OUT) && !/(?:写|映)っ(?:ちゃ|てしま)|(?:写|映)り込(?!ま(?:ない|せん|ず|ぬ))|丸見え/u.test(t))) {
      emitAll(p, doc, t, NEGOTIATION_ON_BOARD, 'confidential/negotiation', emit, spans, once((m) => notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R304W-055 kind (conf21): a screen in the photo showing the sections' budget requests and the assessed sums.
    if (!p.has(PHOTO_BLURRED) && !p.has(PUBLISHED) && !p.has(NEGOTIATION_KEPT_OUT) && !p.has(PUBLIC_SESSION)) {
      emitAll(p, doc, t, BUDGET_ON_SCREEN, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R206A-022: the source's own request to keep it inside, quoted as the preface of what was shown, then its content told
    // (「…外には出さないでほしい」と前置きのうえで見せていただいた見直し案では、…80万円から50万円に減額).
    emitAll(p, doc, t, HOLD_PREFACED_SHOWN, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const rest = t.slice(end, here.end)
      return free(m) && !aware(t.slice(here.start, m.index) + rest) && HOLD_TOLD.test(rest) && !HOLD_NOTICE.test(rest)
    }))
    // Blind R133I-079: a question of an exam not yet sat, shown before it (明日の…テスト、数学の大問3はこれです→「…」).
    emitAll(p, doc, t, EXAM_LEAK, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !/範囲|過去問|出題傾向|解答速報|解説/u.test(t.slice(m.index, m.index + m[0].length))))
    // Blind R182I-053/R179I-004: a question or an essay's theme of an exam to come, told (来週の…試験…「…」が出ます; 論文のテーマは「…」です).
    if (p.has(WORDS.figures) || /来週|明日|あした|あす|明後日|あさって|来月|今度|次回|今年|本番|週明け/u.test(t)) {
      emitAll(p, doc, t, EXAM_CONTENT_AHEAD, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !EXAM_PUBLISHED_PART.test(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R236I-018 kind: an exam's theme passed on as a tip (今年の採用試験の論文は…にかかわるテーマが出ます…有利かも).
    if (p.has(EXAM_TIP)) {
      emitAll(p, doc, t, EXAM_THEME_TIPPED, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !EXAM_PUBLISHED_PART.test(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R236I-040 kind: a contest's winner given away before its announcement (結果発表は来月ですが…大賞は…あの一枚です).
    if (p.has(SELECTION) && p.has(RESULT_LATER) && !p.has(RESULT_PUBLIC)) {
      emitAll(p, doc, t, WINNER_TOLD, 'confidential/pre-release', emit, spans, once(notAware))
    }
    // Blind R234M-034 kind: an exam to come, then its questions passed on as heard from the examiners' side (…「…」を必ず聞くそうなので).
    if (p.has(EXAM_AHEAD_NAMED)) {
      emitAll(p, doc, t, EXAM_ASKED_HEARD, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !EXAM_PUBLISHED_PART.test(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // Blind R137I-078: questions of an exam still being written, shown early (…作成中の問題の一部を特別に紹介します).
    emitAll(p, doc, t, EXAM_DRAFT_SHOWN, 'confidential/pre-release', emit, spans, once((m) => notAware(m)))
    // A release named for later, told first (明日の記者会見で発表する…ひと足先にちょっとだけ…無料になります).
    if (p.has(FUTURE_RELEASE)) {
      emitAll(p, doc, t, PEEK, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && (PEEK_CONTENT.test(t.slice(m.index + m[0].length, m.index + m[0].length + 60)) || toldBeforePeek(t, m.index) || PEEK_COVERT.test(t.slice(Math.max(0, m.index - 120), m.index + m[0].length + 40)))))
    }
    // A named member of staff to take a post later, stated as settled.
    if (!p.has(APPOINTMENT_PUBLIC)) emitAll(p, doc, t, FUTURE_APPOINTMENT, 'confidential/personnel', emit, spans, once(notAware))
    // Who is to be given a post, told as being arranged inside before it is put to the council or announced.
    if (p.has(WORDS.appoint) && !p.has(ARRANGED_PUBLIC)) emitAll(p, doc, t, APPOINTMENT_ARRANGED, 'confidential/personnel', emit, spans, once(notAware))
    // A budget figure before its release: agreed with 財政課, in a bill before its notice, a cut read in internal papers.
    if (p.has(WORDS.budget) && !p.has(BUDGET_PUBLIC)) {
      emitAll(p, doc, t, BUDGET_AGREED, 'confidential/budget', emit, spans, once(notAware))
      emitAll(p, doc, t, BUDGET_ASSESSED, 'confidential/budget', emit, spans, once(notAware))
      if (p.has(BILL_TO_COME)) emitAll(p, doc, t, BUDGET_BILL, 'confidential/budget', emit, spans, once(notAware))
      if (p.has(INSIDE_SOURCE)) emitAll(p, doc, t, BUDGET_CUT, 'confidential/budget', emit, spans, once(notAware))
    }
    // An item put into a budget or a bill before the bill goes to the council (議会に出す前の補正予算案に…入れてもらった).
    if (p.has(WORDS.beforeThe) && p.has(WORDS.bill) && !p.has(PENDING_BILL_PUBLIC)) emitAll(p, doc, t, PENDING_BILL, 'confidential/budget', emit, spans, once(notAware))
    // Team R8-177 kind: a draft named as before its briefing to the council (議会に説明する前の「小学校統合案」だよ).
    if (p.has(WORDS.beforeThe) && !p.has(COUNCIL_PAPER_PUBLIC)) emitAll(p, doc, t, COUNCIL_PENDING_PAPER, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !refusedFor(t, m.index + m[0].length) && !COUNCIL_PAPER_REFUSED.test(sentenceOf(t, m.index, m.index + m[0].length))))
    // Asked in English to keep a matter of the city quiet (…signed internally…so keep it between us).
    if (p.has(WORDS.latin) && (p.has(EN_MATTER) || p.has(CITY_MATTER)) && !p.has(EN_AWARE)) emitAll(p, doc, t, EN_KEEP_QUIET, 'confidential/pre-release', emit, spans, once(notAware))
    // A notice meant for staff, or the line to take with the press.
    if (p.has(WORDS.staffAddressed)) emitAll(p, doc, t, STAFF_ADDRESSED, 'confidential/staff-notice', emit, spans, once(free))
    // An instruction to keep no record of a matter, or the line to give about it at the counter (記録は残さない方針で…「検討中」とだけ伝えて).
    if (p.has(NO_RECORD_GATE)) emitAll(p, doc, t, NO_RECORD_ORDER, 'confidential/staff-notice', emit, spans, once(notAware))
    if (p.has(COUNTER_LINE_GATE) && p.has(INFLUENCE_MATTER)) emitAll(p, doc, t, COUNTER_LINE_TOLD, 'confidential/staff-notice', emit, spans, once(notAware))
    // Staff's chat pasted (【課内チャット】, 係長：…⏎担当：…).
    if (p.has(STAFF_CHAT_GATE)) emitAll(p, doc, t, STAFF_CHAT, 'confidential/staff-notice', emit, spans, once(notAware))
    if (p.has(WORDS.press)) {
      emitAll(p, doc, t, PRESS_LINE, 'confidential/staff-notice', emit, spans, once((m) => notAware(m) && !/個人|プライバシー|配慮|ご遺族|被害者/u.test(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // A paper for examiners or judges shown (面接官用の評価シート、特別にちょっとだけ見せちゃいます).
    if (p.has(WORDS.judges)) emitAll(p, doc, t, JUDGES_PAPER, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    // Blind R172A-071: a manual made for staff or used inside, shared (【職員向け】窓口応対マニュアル（抜粋）).
    if (!p.has(MANUAL_PUBLIC)) emitAll(p, doc, t, STAFF_MANUAL_SHARED, 'confidential/staff-only', emit, spans, once(notAware))
    // Blind R208D-045: a passage of a staff manual quoted (職員向けマニュアルに、こんな一節があります。「…」).
    if (!p.has(MANUAL_PUBLIC)) emitAll(p, doc, t, STAFF_MANUAL_QUOTED, 'confidential/staff-only', emit, spans, once(notAware))
    // A selection's or an internal meeting's paper, or each applicant's scores, shown in a photo or on a screen.
    if (p.has(WORDS.paperShown)) {
      emitAll(p, doc, t, PAPER_SHOWN_IN_PHOTO, 'confidential/meeting', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return notAware(m) && !published(sentence) && !/開示|情報公開/u.test(sentence)
      }))
    }
    // Blind R262J-009 kind: a paper made for an internal meeting shown as it is (課内の打合せ用にまとめた資料…そのまま写真でお見せします).
    if (p.has(WORDS.paperShown)) {
      emitAll(p, doc, t, MEETING_PAPER_MADE, 'confidential/meeting', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        const rest = t.slice(m.index + m[0].length, sentenceAround(t, m.index, m.index + m[0].length).end)
        return notAware(m) && !published(sentence) && !/開示|情報公開|研修/u.test(sentence) && !/^[^。！？!?\n]{0,8}?(?:でき(?:ません|ない|ず)|しかね|いたしかね|控え)/u.test(rest)
      }))
    }
    // A judging paper said to be the one actually used inside, handed out (人事課内で実際に使っている面接評価シートを写真で載せておきます).
    if (p.has(WORDS.criteria)) {
      emitAll(p, doc, t, USED_INSIDE_PAPER, 'confidential/staff-only', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return notAware(m) && !published(sentence) && !/開示|情報公開|募集要項|受験案内|募集案内/u.test(sentence)
      }))
    }
    // A paper marked non-public in brackets, its content told (評価シート（非公開）の項目をちょっとだけ教えちゃいます).
    if (t.includes('(')) {
      emitAll(p, doc, t, MARKED_PAPER_TOLD, 'confidential/staff-only', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return free(m) && notAware(m) && !published(sentence) && !/開示|情報公開|閲覧/u.test(sentence)
      }))
    }
    // Judging criteria kept inside, cited as the basis, their content told (課内で使っている非公開の採点表にもとづき、面接60点未満の方は不採用).
    if (p.has(WORDS.criteria)) {
      emitAll(p, doc, t, CLOSED_CRITERIA, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const after = t.slice(end, here.end)
        const basis = CRITERIA_BASIS.exec(after)
        if (!basis) return false
        const sentence = t.slice(here.start, here.end)
        return free(m) && notAware(m) && CRITERIA_CONTENT.test(after.slice(basis[0].length, basis[0].length + 48)) && !published(sentence) && !/開示|情報公開|募集要項|要項|公開して|公表して/u.test(sentence)
      }))
    }
    if (p.has(WORDS.scores)) emitAll(p, doc, t, SELECTION_SCORES, 'confidential/pre-release', emit, spans, (m) => !aware(sentenceOf(t, m.index, m.index + m[0].length)) && !published(sentenceOf(t, m.index, m.index + m[0].length)))
    if (p.has(WORDS.unpublished)) {
      emitAll(p, doc, t, UNPUBLISHED_BUT, 'confidential/pre-release', emit, spans, (m) => {
        const rest = t.slice(m.index + m[0].length, sentenceAround(t, m.index, m.index + m[0].length).end)
        const at = doc.fromSqueezed(m.index, m.index + m[0].length)
        if (spans.some((x) => x.start < at.end && x.end > at.start)) return false
        return rest.length >= 12 && !aware(sentenceOf(t, m.index, m.index + m[0].length)) && !NOTICE_AFTER.test(rest)
      })
    }
    // A term of a contract said unpublished with a verb, then its figure told (手数料は公表していないんですが、寄附額の12％なんです).
    emitAll(p, doc, t, UNPUBLISHED_TERM, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const rest = t.slice(end, sentenceAround(t, m.index, end).end)
      return free(m) && notAware(m) && !TERM_PUBLISHED.test(rest) && !NOTICE_AFTER.test(rest)
    }))
    // A rule that a matter is not published, then the matter told (学校別は公表しない決まりなんですが、今年も…がダントツの１位で).
    emitAll(p, doc, t, NOT_PUBLISHED_RULE, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const rest = t.slice(end, sentenceAround(t, m.index, end).end)
      return free(m) && notAware(m) && !PUBLIC_PART.test(rest) && !NOTICE_AFTER.test(rest) && !(SITE_OPENED.test(rest) && !SHOWN_PAPER.test(rest))
    }))
    // A figure not yet public, told with its amount (まだ非公開の被害額の見積もり、約十二億円だって).
    emitAll(p, doc, t, NONPUBLIC_FIGURE, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const sentence = t.slice(here.start, here.end)
      return free(m) && notAware(m) && !FIGURE_RELEASED.test(sentence)
    }))
    // A personnel measure on an identifiable member of staff told (当該職員には注意処分を行っております).
    emitAll(p, doc, t, STAFF_MEASURE, 'confidential/personnel', emit, spans, once((m) => free(m) && notAware(m) && !MEASURE_ANNOUNCED.test(t) && !(FORMAL_DISCIPLINE.test(m[0]) && !NOT_YET_SAID.test(t))))
    // Blind R237M-008 kind: complaints counted against one member of staff (…同じ職員についてのものが4件ありました).
    emitAll(p, doc, t, STAFF_SINGLED, 'confidential/personnel', emit, spans, once(notAware))
    // A paper kept inside named as the source, an excerpt put out (課内の集計資料から、…を抜粋してお知らせします).
    emitAll(p, doc, t, INTERNAL_EXCERPT, 'confidential/staff-only', emit, spans, once((m) => {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      // 掲載します here is the leak itself, so PUBLISHED is not asked; a paper said published or disclosed is.
      return free(m) && notAware(m) && !DISCLOSED.test(sentence) && !/公表済|公開済|公表して(?:い|お)|公開して(?:い|お)|開示/u.test(sentence)
    }))
    // A case under investigation, then its parties told (調査中の件、…少しだけ。加害側とされてるのは同じバスケ部の3人で).
    emitAll(p, doc, t, UNDER_INQUIRY_CASE, 'confidential/investigation', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
      const around = t.slice(end, Math.min(next.end, end + 120))
      return free(m) && notAware(m) && CASE_DETAIL_TOLD.test(around) && !CASE_HELD.test(t.slice(here.start, here.end))
    }))
    // Staff or a board member suspected of misconduct, told as looked into inside (…謝礼を受け取った疑いで、いま内部で調査しよるところです).
    if (p.has(SUSPECT_DEED) && p.has(SUSPECT_WHO)) {
      emitAll(p, doc, t, SUSPECT_INQUIRY, 'confidential/investigation', emit, spans, once((m) => {
        const here = sentenceAround(t, m.index, m.index + m[0].length)
        const sentence = t.slice(here.start, here.end)
        const inside = /内部|庁内|課内|部内|局内|身内|人事|監察|事務局|内々|こっそり/u.test(m[0])
        return free(m) && notAware(m) && SUSPECT_DEED.test(sentence) && SUSPECT_WHO.test(sentence) && (inside || p.has(SUSPECT_HELD)) && !p.has(SUSPECT_PUBLIC)
      }))
    }
    // What an inquiry's hearings found so far, told before its report (第三者委員会のこれまでの聞き取りでは、…ことが分かっています).
    emitAll(p, doc, t, INQUIRY_HEARING_FOUND, 'confidential/investigation', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
      return free(m) && notAware(m) && REPORT_TO_COME.test(t.slice(m.index, next.end)) && !INQUIRY_REPORTED.test(t.slice(here.start, next.end))
    }))
    // Questions of an exam to come told, or an internal paper handed out cited as their source (（課内で配られた面接要領より）).
    emitAll(p, doc, t, EXAM_QUESTIONS_AHEAD, 'confidential/staff-only', emit, spans, once((m) => free(m) && notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    emitAll(p, doc, t, INTERNAL_HANDED_SOURCE, 'confidential/staff-only', emit, spans, once((m) => {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      return free(m) && notAware(m) && !published(sentence) && !DISCLOSED.test(sentence)
    }))
    // The city's case in a suit, from its lawyer (顧問弁護士と打合せを行い、…争点を…に絞り; 顧問弁護士の意見書によれば…不利).
    emitAll(p, doc, t, LAWYER_STRATEGY, 'confidential/negotiation', emit, spans, once((m) => free(m) && notAware(m) && !OPINION_PUBLISHED.test(sentenceOf(t, m.index, m.index + m[0].length))))
    emitAll(p, doc, t, LAWYER_OPINION, 'confidential/negotiation', emit, spans, once((m) => free(m) && notAware(m) && !OPINION_PUBLISHED.test(sentenceOf(t, m.index, m.index + m[0].length))))
    if (p.has(WORDS.heldBack)) emitAll(p, doc, t, HELD_BACK, p.has(WORDS.personnel) ? 'confidential/personnel' : 'confidential/meeting', emit, spans, once((m) => {
      // …told anyway: a clause of content follows, not a notice (ご了承ください, 結果は後日お知らせします).
      const rest = t.slice(m.index + m[0].length, sentenceAround(t, m.index, m.index + m[0].length).end)
      return notAware(m) && rest.length >= 10 && !NOTICE_AFTER.test(rest)
    }))
    // Blind R234M-052 kind: a meeting said held in closed session, then what was reported in it (…は非公開で開催されました。席上、…旨の報告がありました).
    if (p.has(WORDS.closed) && !paragraphPublished()) {
      emitAll(p, doc, t, CLOSED_HELD, 'confidential/meeting', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const next = here.end < t.length && t[here.end - 1] !== '\n' ? sentenceAround(t, here.end, here.end) : here
        const told = t.slice(end, Math.max(here.end, next.end))
        return free(m) && REPORTED_CONTENT.test(told) && !SHARE_NOTICE.test(told) && !SESSION_OUTCOME_NOTICE.test(told) && !aware(t.slice(here.start, Math.max(here.end, next.end)))
      }))
    }
    // A closed meeting, then how its deliberation stands (…検討会議は非公開でしたが、…案が優勢でした).
    if (p.has(WORDS.closed)) emitAll(p, doc, t, CLOSED_THEN_TOLD, 'confidential/meeting', emit, spans, once(notAware))
    // A session said to be closed, then its outcome told in the same sentence (委員会は非公開なので…86点でトップ, 秘密会になったんですけど…流れになりました).
    if (p.has(WORDS.closedSession) && !paragraphPublished()) {
      emitAll(p, doc, t, CLOSED_SESSION_CLAUSE, 'confidential/meeting', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const rest = t.slice(end, here.end)
        const sentence = t.slice(here.start, here.end)
        // Blind R133I-043: or told anyway, what was said following in the paragraph (…秘密会でしたが、少しだけ紹介します。補助金は…).
        // Blind R158A-010: the promise names the session's content (ちょっとだけ中身をお話しします, 内容を少しだけご紹介します): what follows,
        // in this paragraph or the next, is what was deliberated there.
        const toldAnyway = SHARED_ANYWAY.test(rest) && !/でき(?:ません|ない|ず)|次第|後日|公表(?:され|後)/u.test(rest) && (t.slice(here.end).replace(/\s+/gu, '').length >= 10 || CONTENT_PROMISED.test(rest))
        return free(m) && (SESSION_OUTCOME.test(rest) || toldAnyway) && !SESSION_OUTCOME_NOTICE.test(rest) && !published(sentence) && !aware(sentence)
      }))
    }
    // Blind R260K-006 kind: a session turned closed as the matter's qualifier, then what it heard (秘密会となった…の件ですが、滞納額は約2,300万円).
    if (p.has(WORDS.closedSession) && !paragraphPublished()) {
      emitAll(p, doc, t, CLOSED_MATTER, 'confidential/meeting', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const rest = t.slice(end, here.end)
        const sentence = t.slice(here.start, here.end)
        return free(m) && (CLOSED_MATTER_TOLD.test(rest) || REPORTED_CONTENT.test(rest) || SESSION_OUTCOME.test(rest)) && !SESSION_OUTCOME_NOTICE.test(rest) && !/開示|情報公開/u.test(sentence) && !published(sentence) && !aware(sentence)
      }))
    }
    // A closed gathering given as the reason nothing can be told, then told anyway (非公開の場なので詳しくは書けませんが、…さんと…さんの2者だけです).
    if (p.has(WORDS.cantSay)) {
      emitAll(p, doc, t, CLOSED_CANT_SAY_BUT, 'confidential/meeting', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const rest = t.slice(end, here.end)
        const sentence = t.slice(here.start, here.end)
        return free(m) && CANT_SAY_TOLD.test(rest) && !SESSION_OUTCOME_NOTICE.test(rest) && !published(sentence) && !aware(sentence)
      }))
    }
    // A paper marked for internal use in round brackets, read, then its figures (滞納者リスト（課内用）を見ながら…14世帯).
    if (p.has(WORDS.internalUse)) {
      emitAll(p, doc, t, INTERNAL_USE_READ, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
        const told = t.slice(end, Math.min(next.end, end + 160))
        return notAware(m) && INTERNAL_USE_FIGURE.test(told) && !INTERNAL_USE_HELD.test(told) && !DISCLOSED.test(told)
      }))
    }
    if (p.has(WORDS.staffDoc)) emitAll(p, doc, t, STAFF_DOC, 'confidential/staff-notice', emit, spans, once((m) => {
      if (!notAware(m)) return false
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      return !routineSharedDocument(t, m, sentence) && !published(sentence) && !DISCLOSED.test(sentence)
    }))
    if (p.has(WORDS.notice)) emitAll(p, doc, t, INTERNAL_NOTICE, 'confidential/staff-notice', emit, spans, once((m) => notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    // A record the section keeps, gone through and its counts told (課内の苦情対応記録簿をまとめてみると、…127件).
    if (p.has(WORDS.record) && p.has(RECORD_COUNT)) {
      emitAll(p, doc, t, INTERNAL_RECORD_TALLY, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const sentence = t.slice(here.start, here.end)
        return notAware(m) && RECORD_COUNT.test(t.slice(end, Math.min(here.end, end + 80)).replace(RECORD_ERROR_COUNT, '')) && !published(sentence) && !/開示|情報公開/u.test(sentence)
      }))
    }
    // An internal incident report cited, then what it holds (院内のインシデント報告書によりますと、…4件で、うち1件は小児科病棟で).
    if (p.has(WORDS.incident) && p.has(INCIDENT_TOLD) && !paragraphPublished()) {
      emitAll(p, doc, t, INCIDENT_REPORT_CITED, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const sentence = t.slice(here.start, here.end)
        return notAware(m) && INCIDENT_TOLD.test(t.slice(end, Math.min(here.end, end + 80))) && !/開示|情報公開/u.test(sentence)
      }))
    }
    // A channel staff talk on named as the source of what is posted (（課内チャットより転載）).
    if (p.has(WORDS.channel)) emitAll(p, doc, t, INTERNAL_CHANNEL_REPOST, 'confidential/staff-notice', emit, spans, once(notAware))
    // An internal report or tally cited as the source of figures; figures before they go up.
    if (p.has(WORDS.figuresOrCut) && !paragraphPublished()) {
      // 内部資料 and its kin are the word list's markers; a 内部統制 report is published by law.
      emitAll(p, doc, t, INTERNAL_SOURCE, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !/^(?:内部|庁内|課内|部内)(?:資料|メモ|文書)/u.test(m[0]) && !/^内部統制/u.test(m[0])))
    } else if (p.has(REPORT_FINDING) && !paragraphPublished()) {
      // …or of a finding, with no figure (内部報告書では原因は…となっています).
      emitAll(p, doc, t, INTERNAL_SOURCE, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const rest = t.slice(end, Math.min(sentenceAround(t, m.index, end).end, end + 60))
        return notAware(m) && !/^(?:内部|庁内|課内|部内)(?:資料|メモ|文書)/u.test(m[0]) && !/^内部統制/u.test(m[0]) && REPORT_FINDING.test(rest)
      }))
    }
    // Blind R186D-066: a figure heard from the section in charge, then given (滞納整理の担当から聞いた1月末の数字では、…約3億1千万円).
    if (p.has(WORDS.figures)) {
      emitAll(p, doc, t, FIGURE_HEARD_INSIDE, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const sentence = t.slice(here.start, here.end)
        return notAware(m) && PRELIM_FIGURE.test(t.slice(end, here.end)) && !published(sentence) && !PRELIM_HELD.test(sentence) && !STAGE_PUBLISHED.test(sentence)
      }))
    }
    // A working paper of the section peeked at, then what it showed (課の集計表をのぞいたら、…112点以上の人しか通ってなかった).
    if (p.has(WORDS.peek) && p.has(PEEK_TOLD)) {
      emitAll(p, doc, t, PEEKED_PAPER, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const sentence = t.slice(here.start, here.end)
        return notAware(m) && PEEK_TOLD.test(t.slice(end, Math.min(here.end, end + 80))) && !published(sentence) && !/ホームページ|市HP|公表|公開|掲載/u.test(sentence)
      }))
    }
    // A matter still at an internal stage, told with a count or parties (まだ課内の集計段階の話ですが、…の3社については…).
    // Blind R107A-139: an internal tally told with its figures while its release is still to come (庁内の集計では、反対意見が7割…公表は来月の予定).
    if (p.has(TALLY_FIGURE) && p.has(TALLY_RELEASE_AHEAD) && !STAGE_PUBLISHED.test(t)) {
      emitAll(p, doc, t, INTERNAL_TALLY_AHEAD, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        if (TALLY_PRODUCED.test(m[0]) && p.has(PRELIM_AS_RELEASE) && !p.has(TALLY_HIDDEN)) return false
        return notAware(m) && TALLY_FIGURE.test(t.slice(end, Math.min(here.end, end + 80))) && !published(t.slice(here.start, here.end))
      }))
    }
    // Blind R107A-094: one consultation case put to a district and told (相談が12件あり、そのうち大和町の事例では、…話し合いが続いている).
    emitAll(p, doc, t, CONSULT_CASE_TOLD, 'confidential/duty-secret', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const rest = t.slice(end, Math.min(here.end, end + 100))
      return notAware(m) && rest.length >= 6 && CASE_DETAIL.test(rest) && !CASE_COUNT_ONLY.test(rest) && !published(t.slice(here.start, here.end))
    }))
    // Blind R107A-111: what pending disclosure requests concern (現在の請求の中には…政務活動費に関するものが3件あり).
    if (p.has(WORDS.disclosure)) {
      emitAll(p, doc, t, PENDING_REQUEST_CONTENT, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    if (p.has(WORDS.figures)) emitAll(p, doc, t, INTERNAL_STAGE, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !STAGE_PUBLISHED.test(t)))
    // Blind R283Q-005 kind (conf16): an internal paper's stage said, then its decision told (庁内の打合せメモ段階の情報ですが、…有料化する整理となっております).
    if (p.has(/段階/u)) emitAll(p, doc, t, INTERNAL_PAPER_STAGE, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !STAGE_PUBLISHED.test(t)))
    // Blind R161A-021: a figure labelled an internal preliminary value (…1,842人でした（課内の速報値なので、正式な数字はあとで出ます）).
    if (p.has(WORDS.figures) && p.has(WORDS.prelim)) {
      emitAll(p, doc, t, INTERNAL_PRELIM, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const prev = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1) : here
        const sentence = t.slice(here.start, here.end)
        return notAware(m) && PRELIM_FIGURE.test(t.slice(prev.start, here.end)) && !PRELIM_HELD.test(sentence) && !STAGE_PUBLISHED.test(t) && !published(sentence)
      }))
    }
    // A named person's private remark, heard on duty, told (廊下で…候補者の…さんが「…」とこぼしておられました).
    if (p.has(DUTY_SETTING)) {
      emitAll(p, doc, t, PRIVATE_REMARK, 'confidential/duty-secret', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const prev = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1) : here
        const around = t.slice(prev.start, end)
        const speaker = /^[^が は も]*?(?:さん|さま|様|氏|候補者|立候補者|候補|議員|社長|会長|理事長|組合長|院長|園長|校長)/u.exec(m[0])?.[0] ?? ''
        return notAware(m) && !GROUP_NAME.test(speaker) && DUTY_SETTING.test(around) && !PUBLIC_TALK.test(around) && !quotedExample(t, m.index, m.index + 1)
      }))
    }
    // What a survey's forms hold, told by one who handled them (回収した調査票を見ていて気づいたのは、…一人暮らしの高齢の方がとても多い),
    // or what they say of one named respondent (…有限会社…さんは売上が…: blind R454F-011 kind).
    if (p.has(WORDS.surveyForm)) {
      emitAll(p, doc, t, SURVEY_FORM_READ, 'confidential/duty-secret', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
        const told = t.slice(end, Math.min(next.end, end + 120))
        const around = t.slice(here.start, Math.min(next.end, end + 120))
        return notAware(m) && (/^(?:調査票|調査用紙|世帯票)/u.test(m[0]) || p.has(STAT_SURVEY)) && ((SURVEY_HOUSEHOLD.test(told) && SURVEY_SHARE.test(told)) || (SURVEY_RESPONDENT_NAMED.test(told) && SURVEY_RESPONDENT_FACT.test(told))) && !SURVEY_PROCESS.test(around) && !published(around)
      }))
    }
    // Figures before they go up (…この数字は議会への報告前のものですが、…掲載します): 掲載 here is the leak, not a publication.
    if (p.has(WORDS.figures) && !p.has(OUTCOME_PUBLISHED)) emitAll(p, doc, t, REPORT_BEFORE, 'confidential/pre-release', emit, spans, once(notAware))
    // The handout of a closed gathering put out (説明会（非公開）…当日お配りした資料から、…抜粋して掲載します).
    if (p.has(WORDS.handout) && p.has(CLOSED_GATHERING)) {
      emitAll(p, doc, t, HANDOUT_PUT_OUT, 'confidential/meeting', emit, spans, once((m) => {
        const here = sentenceAround(t, m.index, m.index + m[0].length)
        const sentence = t.slice(here.start, here.end)
        return free(m) && !aware(sentence) && !HANDOUT_PUBLIC.test(sentence) && CLOSED_GATHERING.test(t.slice(0, m.index + m[0].length))
      }))
    }
    if (p.has(WORDS.closed)) emitAll(p, doc, t, CLOSED_SHARED, 'confidential/staff-only', emit, spans, once(notAware))
    // Blind R182I-023/R181D-012/R179I-049: a figure the post places before its report or release (議会報告前の速報値で…％, …万円
    // （議会への報告はこれからです）, 議会に出すのは2月なので…まだ言えませんが、…).
    if (p.has(WORDS.figures)) {
      emitAll(p, doc, t, FIGURE_LABELLED_AHEAD, 'confidential/pre-release', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return notAware(m) && AHEAD_AMOUNT.test(sentence) && !AHEAD_HELD.test(sentence)
      }))
      emitAll(p, doc, t, REPORT_STILL_AHEAD, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const sentence = t.slice(here.start, here.end)
        if (!notAware(m) || AHEAD_HELD.test(sentence)) return false
        if (AHEAD_AMOUNT.test(sentence)) return true
        // …まだですが、参考までにお伝えします: the amount told in the sentence before or after (blind R184I-005).
        if (!STILL_AHEAD_TOLD_ANYWAY.test(t.slice(end, here.end))) return false
        const told = (slice: string): boolean => AHEAD_AMOUNT.test(slice) && !AHEAD_HELD.test(slice) && !published(slice)
        const prev = here.start > 0 && t[here.start - 1] !== '\n' ? sentenceAround(t, here.start - 1, here.start - 1) : undefined
        const next = here.end < t.length && t[here.end - 1] !== '\n' ? sentenceAround(t, here.end, here.end) : undefined
        return (prev !== undefined && told(t.slice(prev.start, here.start))) || (next !== undefined && next.start >= here.end && told(t.slice(next.start, next.end)))
      }))
      // Blind R194A-018: 来月公表される…調査の本市の結果は、…3.1ポイント下回り.
      emitAll(p, doc, t, RESULT_RELEASED_LATER, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const rest = t.slice(end, here.end)
        return notAware(m) && RESULT_FIGURE.test(rest) && !REVEAL_NOTICE.test(rest) && !AHEAD_HELD.test(rest) && !published(t.slice(here.start, here.end))
      }))
      // Blind R209I-017 kind: 来週の記者発表で出す予定の寄附額、…38億円を超えた.
      emitAll(p, doc, t, FIGURE_RELEASED_LATER, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const rest = t.slice(end, here.end)
        return notAware(m) && RESULT_FIGURE.test(rest) && !PAST_FIGURE.test(rest) && !REVEAL_NOTICE.test(rest) && !AHEAD_HELD.test(rest) && !published(t.slice(here.start, here.end))
      }))
      // Blind R187I-005: 議会への報告に先立ち申し上げますと、…約380万円の経費を要しております.
      emitAll(p, doc, t, TOLD_BEFORE_REPORT, 'confidential/pre-release', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return notAware(m) && AHEAD_AMOUNT.test(sentence) && !AHEAD_HELD.test(sentence) && !published(sentence)
      }))
    }
    emitAll(p, doc, t, COUNCIL_LATER_CANT_SAY, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const rest = t.slice(end, here.end)
      return notAware(m) && AHEAD_CHANGE_TOLD.test(rest) && !AHEAD_NOTICE.test(rest)
    }))
    if (p.has(WORDS.approval)) emitAll(p, doc, t, AWAITING_APPROVAL, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    // What is not public, handed over on the quiet (非公開データをこっそり共有します, 未公表ですが特別にお見せします).
    // Blind R234M-070 kind: a paper said not to be taken away, photographed and put on the account (持ち帰りダメって言われた…配布資料、…載せます).
    emitAll(p, doc, t, NO_TAKING_SHOWN, 'confidential/staff-only', emit, spans, once((m) => {
      const here = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(here.start, here.end)
      return notAware(m) && !SHOWN_REFUSED.test(t.slice(m.index + m[0].length, here.end)) && !LENDING.test(sentence) && !/許可|了承|承諾|ご厚意|公開して(?:い|お)|ホームページ|市HP/u.test(sentence)
    }))
    if (p.has(COVERTLY)) emitAll(p, doc, t, SHARED_COVERTLY, 'confidential/staff-only', emit, spans, once(notAware))
    // A document handed only to members, shared.
    if (p.has(WORDS.membersOnly)) {
      emitAll(p, doc, t, MEMBERS_ONLY, 'confidential/staff-only', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return notAware(m) && DOCUMENT.test(sentence) && !published(sentence) && p.has(LEAK) && !p.has(WORDS.gift)
      }))
    }
    // How a procurement selection went (scores, the gap, the panel split), not published.
    if (p.has(PROCUREMENT) && !p.has(RESULT_PUBLIC)) emitAll(p, doc, t, SCORE_GAP, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !WORKS_CONTEST.test(sentenceOf(t, m.index, m.index + m[0].length))))
    // One party's standing in a selection told where the post says the scores are not published (御社は3位でした…点数は公表しないことになって).
    if ((p.has(PROCUREMENT) || p.has(SELECTION)) && p.has(SCORES_KEPT) && !p.has(RESULT_PUBLIC)) {
      emitAll(p, doc, t, STANDING_TOLD, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !WORKS_CONTEST.test(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // A contractor chosen inside before the contract.
    if (p.has(WORDS.contract) && !p.has(BID_PUBLIC)) emitAll(p, doc, t, CONTRACT_DECIDED, 'confidential/pre-release', emit, spans, once(notAware))
    // A police investigation told before it is public.
    if (p.has(POLICE) && !p.has(INVESTIGATION_PUBLIC)) emitAll(p, doc, t, INVESTIGATION, 'confidential/investigation', emit, spans, once(notAware))
    // What a police or coast-guard inquiry recorded, cited as the source (…の事情聴取メモによると, 捜査資料によれば).
    if (p.has(INQUIRY_AGENCY) && p.has(WORDS.inquiry)) {
      emitAll(p, doc, t, INQUIRY_RECORD, 'confidential/investigation', emit, spans, once((m) => {
        const s = sentenceAround(t, m.index, m.index + m[0].length)
        return notAware(m) && INQUIRY_AGENCY.test(t.slice(Math.max(0, s.start - 120), s.end)) && !INQUIRY_PUBLISHED.test(t.slice(s.start, s.end))
      }))
    }
    // A paper said to be non-public, cited as the source of what is told (非公開の調査報告書によると、当該教諭は…).
    if (p.has(WORDS.closedPaper)) {
      emitAll(p, doc, t, CLOSED_PAPER_CITED, 'confidential/staff-only', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        if (m[0].includes('(') && (RECORD_KEPT.test(sentence) || PAPER_HELD.test(sentence))) return false
        return notAware(m) && !published(sentence) && !/開示|情報公開|閲覧/u.test(sentence)
      }))
      // Blind R185A-052: 非公開の図面をちょっとだけお見せします.
      emitAll(p, doc, t, NONPUBLIC_PAPER_SHOWN, 'confidential/staff-only', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return notAware(m) && !published(sentence) && !PAPER_OPENED.test(sentence) && !openedToPublic(sentence, sentenceAndNext(t, m.index, m.index + m[0].length)) && !PAPER_HELD.test(sentence) && !RECORD_KEPT.test(sentence)
      }))
    }
    // A case conference on people at risk, bound by a duty of secrecy, cited as the source of what is told (要保護児童対策地域協議会
    // （個別ケース検討会議）の資料によると…; ケース会議で出た話やけど…).
    if (p.has(CASE_CONFERENCE_WORDS)) {
      emitAll(p, doc, t, CASE_CONFERENCE, 'confidential/meeting', emit, spans, once((m) => notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // A case conference named as an occasion, then what its cases are told (昨日の要対協の個別ケース検討会議、…見守り対象…42世帯).
    if (p.has(CASE_CONFERENCE_WORDS) && p.has(CASE_TOLD)) {
      emitAll(p, doc, t, CASE_MEETING_HELD, 'confidential/meeting', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const after = t.slice(end, Math.min(t.length, end + 150))
        const window = t.slice(here.start, Math.min(t.length, end + 150))
        const shared = CASE_PAPER_SHARED.test(after)
        return notAware(m) && CASE_TOLD.test(after) && (shared || !CASE_COUNT_PUBLIC.test(window)) && !published(window)
      }))
    }
    // An internal paper of a selection read out with its figures; other applicants' standing told to one (…最下位より2点足りません).
    if (p.may(SELECTION_PAPER_READ) || p.may(OTHERS_STANDING)) {
      emitAll(p, doc, t, SELECTION_PAPER_READ, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const rest = t.slice(end, here.end)
        return notAware(m) && SELECTION_FIGURE.test(rest) && !SELECTION_ERROR.test(rest) && !published(t.slice(here.start, here.end))
      }))
      if (p.has(APPLICANT_ADDRESSED)) {
        emitAll(p, doc, t, OTHERS_STANDING, 'confidential/staff-only', emit, spans, once((m) => {
          const here = sentenceAround(t, m.index, m.index + m[0].length)
          const sentence = t.slice(here.start, here.end)
          return notAware(m) && STANDING_COMPARED.test(sentence) && !published(sentence) && !/ホームページ|市HP|公表|公開/u.test(sentence)
        }))
      }
    }
    // The record of a hearing in an inquiry into staff cited while it is open (まだ調査の途中ですが、…聴取記録によると…).
    if (p.has(WORDS.hearing) && (p.has(MISCONDUCT) || p.has(INQUIRY_OPEN))) {
      emitAll(p, doc, t, HEARING_RECORD, 'confidential/audit', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return notAware(m) && !INQUIRY_AGENCY.test(sentence) && !INQUIRY_REPORTED.test(sentence)
      }))
    }
    // Blind R246S-007 / R249C-006 kind: an internal inquiry's findings told while the case is open (内部調査の結果、…ことが分かっています。処分は協議中).
    if (p.has(INQUIRY_PENDING) && !p.has(INQUIRY_OWN_REPORT)) {
      emitAll(p, doc, t, INQUIRY_FINDING, 'confidential/audit', emit, spans, once((m) => notAware(m) && !INQUIRY_AGENCY.test(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // The embargo label of a press release posted with it (（解禁：11月20日 5時）の概要を…).
    if (p.has(WORDS.embargo) && p.has(PRESS_CONTEXT) && !p.has(TEASER)) {
      emitAll(p, doc, t, EMBARGO_LABEL, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const sentence = t.slice(here.start, here.end)
        return free(m) && !SEASON_OPENS.test(sentence) && !LABEL_AFTER_RELEASE.test(sentence) && !EMBARGO_PAST.test(t.slice(end, end + 24)) && !aware(sentence) && quoteAround(t, m.index, end, 40) === null
      }))
    }
    // What a withheld part of a disclosed paper says (黒塗り部分には「…」と書かれているだけです).
    if (p.has(WORDS.withheld)) {
      emitAll(p, doc, t, WITHHELD_PART, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const rest = t.slice(end, here.end)
        const told = WITHHELD_TOLD.exec(rest)
        if (!told) return false
        const between = told[0].replace(/[「『][^」』\n]{0,40}[」』]/gu, '')
        return notAware(m) && !WITHHELD_KIND.test(between) && !WITHHELD_REFUSED.test(t.slice(here.start, here.end)) && quoteAround(t, m.index, end, 40) === null
      }))
    }
    // A matter under a confidentiality agreement, then told (守秘義務契約を結んで進めている…ドラマでは、…撮影は1月下旬に行われます).
    if (p.has(WORDS.nda)) {
      emitAll(p, doc, t, NDA_MATTER, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const rest = t.slice(end, sentenceAround(t, m.index, end).end)
        return notAware(m) && NDA_TOLD.test(rest) && !NDA_HELD.test(rest)
      }))
    }
    // Blind R93A-006, R95A-011: a choice told before those it concerns are notified (合格者の方にはまだ通知をお送りしていませんが、…に決まりました).
    if (p.has(WORDS.notNotified)) {
      emitAll(p, doc, t, NOT_NOTIFIED, 'confidential/pre-release', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return free(m) && CHOICE_TOLD.test(sentence) && !NOTIFY_NOTICE.test(sentence) && !aware(sentence) && !published(sentence)
      }))
    }
    // Blind R259H-007 kind: an inspection's finding or measure told while the notice to the body is still to come (…改善勧告を出す見込みです。
    // 事業所への正式な通知がまだなので…).
    emitAll(p, doc, t, NOTICE_PENDING, 'confidential/audit', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const before = here.start > 0 && t[here.start - 1] !== '\n' ? sentenceAround(t, here.start - 1, here.start - 1) : here
      const window = t.slice(Math.min(before.start, here.start), here.end)
      return free(m) && INSPECTION_MEASURE.test(window) && !NOTICE_PENDING_HELD.test(t.slice(here.start, here.end)) && !aware(window) && !published(window)
    }))
    // Blind R190A-066: a selection's figures told before the notice reaches those concerned (まだ…通知の届く前なんですが、…23人の申し込み).
    emitAll(p, doc, t, NOTICE_BEFORE, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const sentence = t.slice(here.start, here.end)
      return free(m) && TOLD_MATTER.test(t.slice(end, here.end)) && !NOTICE_BEFORE_HELD.test(sentence) && !aware(sentence) && !published(sentence)
    }))
    // Blind R191I-012 / R192D-069: a figure read off a meeting room's board, or heard ahead, before its announcement (ホワイトボードに、…
    // 上限3億2千万円って書いてありました。正式発表が楽しみです; 発表される予定の乗船者数、ひと足先に聞いちゃいました。前年より3割以上).
    if (p.has(ANNOUNCE_AHEAD) && p.has(AHEAD_FIGURE)) {
      emitAll(p, doc, t, READ_OFF_BOARD, 'confidential/pre-release', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return free(m) && AHEAD_FIGURE.test(m[0]) && !aware(sentence) && !published(sentence)
      }))
      emitAll(p, doc, t, HEARD_AHEAD, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
        const told = t.slice(end, Math.max(here.end, next.end))
        return free(m) && AHEAD_FIGURE.test(told) && !aware(t.slice(here.start, here.end)) && !published(t.slice(here.start, Math.max(here.end, next.end)))
      }))
    }
    // Blind R207I-011 / R208D-029: a figure told with a telling-ahead word, the release or the bill's going to the council still to come
    // (…11万2千人でした！正式な発表はまだですが、ひと足お先に; 来週の議会に出る補正予算案、ちょっとだけ先出しします。…1億8千万円を計上).
    if ((p.has(ANNOUNCE_AHEAD) || p.has(BILL_AHEAD)) && p.has(AHEAD_FIGURE)) {
      emitAll(p, doc, t, AHEAD_MARK, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const prev = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1) : here
        const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
        const around = t.slice(prev.start, Math.max(here.end, next.end))
        return free(m) && AHEAD_FIGURE.test(around) && (ANNOUNCE_AHEAD.test(around) || BILL_AHEAD.test(around)) && !aware(t.slice(here.start, here.end)) && !published(around)
      }))
    }
    // Blind R305G-002 kind (conf22): a draft's total told while its formal release is still to come (当初予算案…総額は402億8千万円…正式な発表は…記者会見まで).
    if (DRAFT_RELEASE_YET.test(t) && !published(t) && !AHEAD_HELD.test(t)) {
      emitAll(p, doc, t, DRAFT_TOTAL, 'confidential/pre-release', emit, spans, once((m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        return free(m) && DRAFT_NAMED.test(sentence) && !aware(sentence)
      }))
    }
    // Blind R192D-055: a meeting's content heard, the official notice still to come (打合せで、原因は…と聞いています。正式な通知はまだですが).
    if (p.has(NOTICE_STILL_AHEAD)) {
      emitAll(p, doc, t, MEETING_HEARD, 'confidential/pre-release', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
        const around = t.slice(here.start, Math.max(here.end, next.end))
        return free(m) && NOTICE_STILL_AHEAD.test(around) && !aware(around) && !published(around)
      }))
    }
    // Blind R190A-023: a paper that goes round only inside, read and told (教育委員会の中でしか回っとらん資料ば見たら、…月4,850円に上がる).
    if (p.has(WORDS.only)) {
      emitAll(p, doc, t, INSIDE_ONLY_PAPER, 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const sentence = t.slice(here.start, here.end)
        return free(m) && INSIDE_PAPER_TOLD.test(t.slice(end, here.end)) && !DISCLOSED.test(sentence) && !aware(sentence) && !published(sentence)
      }))
    }
    // Blind R211D-070: a paper handed round at a section's meeting, read and its count told (係の打合せで回ってきた一覧を見ると、…23世帯).
    emitAll(p, doc, t, STAFF_MEETING_PAPER, 'confidential/staff-only', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const sentence = t.slice(here.start, here.end)
      const told = t.slice(end, here.end)
      return free(m) && INTERNAL_USE_FIGURE.test(told) && !INTERNAL_USE_HELD.test(told) && !DISCLOSED.test(sentence) && !aware(sentence) && !published(sentence)
    }))
    // Team R11A-028 kind: a business pointed at, said to have been cited in an inspection (あちらの旅館は…立入検査で指摘を受けております).
    if (p.has(WORDS.inspection)) emitAll(p, doc, t, BUSINESS_INSPECTED, 'confidential/audit', emit, spans, once((m) => free(m) && !aware(sentenceOf(t, m.index, m.index + m[0].length))))
    // Blind R93A-015: what a closed inspection found (立入検査（非公開）で、…改ざんが見つかりました).
    if (p.has(WORDS.inspection) && p.has(WORDS.closed)) {
      emitAll(p, doc, t, CLOSED_INSPECTION, 'confidential/audit', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const sentence = t.slice(here.start, here.end)
        return free(m) && INSPECTION_FINDING.test(t.slice(end, here.end)) && !INSPECTION_PUBLIC.test(sentence) && !aware(sentence)
      }))
    }
    // Off the record as an aside, around what was heard in a meeting or from inside (…と聞きました。ここだけの話で…),
    // when nothing else in the paragraph has been reported.
    if (spans.length === 0 && p.has(WORDS.aside) && p.has(HEARD_INSIDE) && !p.has(TEASER)) {
      emitAll(p, doc, t, OFF_ASIDE, p.has(WORDS.asideMeeting) ? 'confidential/meeting' : 'confidential/staff-only', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const here = sentenceAround(t, m.index, end)
        const prev = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1) : here
        const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
        const around = t.slice(prev.start, next.end)
        return free(m) && HEARD_INSIDE.test(around) && !aware(around) && !published(around)
      }))
    }
    // Blind R198I/R199A: the writer's own hold on a matter told (…なので外には出さないでほしいのですが、…平均1.8%).
    emitAll(p, doc, t, SELF_HOLD, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      // What was told just before may be a sentence or two back, on a line of its own (…18万4千人！過去最高⏎…外に出しちゃダメなやつやけど).
      const around = t.slice(Math.max(0, here.start - 60), here.end)
      return notAware(m) && SELF_HOLD_FIGURE.test(around) && !HOLD_NOTICE.test(t.slice(end, here.end)) && !published(around)
    }))
    // Blind R198I-009: the budget's figure at a stage of the internal assessment (財政課の査定を終えた時点で…億円; まだ市長査定が残っていますが).
    if (p.has(WORDS.budget)) emitAll(p, doc, t, ASSESSMENT_STAGE, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const prev = here.start > 0 && t[here.start - 1] !== '\n' ? sentenceAround(t, here.start - 1, here.start - 1) : undefined
      const around = m[0].startsWith('まだ') ? t.slice(prev?.start ?? here.start, here.end) : t.slice(end, here.end)
      return notAware(m) && ASSESSMENT_BUDGET.test(t) && ASSESSMENT_AMOUNT.test(around) && !ASSESSMENT_PUBLIC.test(t) && !ASSESSED_HELD.test(t.slice(here.start, here.end))
    }))
    // Blind R199A-039: a paper still worked on inside, shown as a favour (課内で集計中の表をちょっとだけお見せします).
    emitAll(p, doc, t, INSIDE_WIP_SHOWN, 'confidential/staff-only', emit, spans, once((m) => {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      return notAware(m) && !INSIDE_WIP_HELD.test(sentence) && !published(sentence) && !PAPER_OPENED.test(sentence)
    }))
    // Blind R248B-028 / R248B-031 kind: not let out to the press or outside, or its result not published, then told (after the family's
    // other readings of a concession, so that theirs keep their span).
    emitAll(p, doc, t, NOT_RELEASED_BUT, 'confidential/pre-release', emit, spans, (m) => closedThenTold(m, true) && !withheldIdentity(t, m.index, t.slice(m.index + m[0].length)) && (!RESULT_UNPUBLISHED_HEAD.test(m[0]) || RESULT_TOLD_ANYWAY.test(t.slice(m.index + m[0].length))))
    // Blind R264Y-008 kind: a figure bound by contract not to be published, named so and given (契約で公表しないことになっている…が2億4千万円).
    emitAll(p, doc, t, AGREED_UNPUBLISHED, 'confidential/pre-release', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      return notAware(m) && AGREED_FIGURE.test(t.slice(end, here.end))
    }))
    // Blind R264Y-009 kind: a paper said to be normally kept inside, shown anyway (…採点一覧を写真で載せておきます。本来は外に出さない表ですが).
    if (p.has(KEPT_PAPER_SHOWN) && !p.has(KEPT_PAPER_EXHIBITED)) emitAll(p, doc, t, NORMALLY_KEPT, 'confidential/staff-only', emit, spans, once((m) => notAware(m) && !published(t)))
    // Blind R266W-009 kind: an exam's answers listed while said to be not yet released or given on the quiet (正解だけこっそり…問1 ③ 問2 ①).
    if (p.has(EXAM_ANSWERED) && p.has(ANSWERS_NOT_OUT) && !published(t)) emitAll(p, doc, t, EXAM_ANSWERS_LISTED, 'confidential/pre-release', emit, spans, once(free))
    // Blind R266W-039 kind: a paper kept inside cited in brackets as the source of the figures told (…17件で…（研修用の内部資料より）).
    emitAll(p, doc, t, INSIDE_PAPER_CITED, 'confidential/staff-only', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const here = sentenceAround(t, m.index, end)
      const before = t.slice(here.start, m.index)
      const quoted = (before.match(/[「『]/gu)?.length ?? 0) > (before.match(/[」』]/gu)?.length ?? 0)
      return free(m) && !quoted && INTERNAL_USE_FIGURE.test(before) && !published(t.slice(here.start, here.end))
    }))
    // Blind R266W-056 kind: an exam to come, its questions quoted verbatim and said to be asked for sure (「…ですか」の2問が必ず聞かれますよ).
    if (p.has(EXAM_AHEAD_NAMED)) {
      emitAll(p, doc, t, EXAM_ASKED_SURE, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && QUESTION_QUOTED.test(m[0]) && !EXAM_PUBLISHED_PART.test(sentenceOf(t, m.index, m.index + m[0].length))))
    }
    // conf56 (blind R308T–R311E) kinds: each only where the paragraph has no finding yet.
    if (!found) heldDataAndPendingMatterKinds()
    function heldDataAndPendingMatterKinds(): void {
    /** The sentence of a match, with the one before it and the one after it. */
    const around3 = (start: number, end: number): { here: Span; prev: Span; next: Span } => {
      const here = sentenceAround(t, start, end)
      const prev = here.start > 0 && t[here.start - 1] !== '\n' ? sentenceAround(t, here.start - 1, here.start - 1) : here
      const next = here.end < t.length && t[here.end - 1] !== '\n' ? sentenceAround(t, here.end, here.end) : here
      return { here, prev, next }
    }
    // Blind R308T-039 kind: data given on the condition that it not go outside, then told (「外部には出さないでください」と念押しされて共有いただいた
    // データですが、…少しだけ。…上位3店だけで全体の6割).
    emitAll(p, doc, t, CONDITIONAL_DATA, 'confidential/staff-only', emit, spans, once((m) => {
      const end = m.index + m[0].length
      const { here, next } = around3(m.index, end)
      const after = next.end < t.length && t[next.end - 1] !== '\n' ? sentenceAround(t, next.end, next.end) : next
      const told = t.slice(end, Math.max(after.end, here.end))
      const span = doc.fromSqueezed(m.index, end)
      const aggregated = CONDITIONAL_AGGREGATED.test(t.slice(end, here.end)) && CONDITIONAL_WHOLE.test(told) && !CONDITIONAL_FEW.test(told)
      return !used.some((x) => x.start < span.end && x.end > span.start) && !aggregated && CONDITIONAL_TOLD.test(told) && !CONDITIONAL_HELD.test(t.slice(end, Math.max(next.end, here.end))) && !published(told) && !aware(t.slice(here.start, here.end))
    }))
    // Blind R310H-010 / R311E-032 kind: the theme of a part of an exam still to come, given in brackets (今年の作文のテーマは『…』です…本番を迎えて).
    if (p.has(EXAM_NAMED) && p.has(EXAM_TO_COME) && !p.has(EXAM_THEME_PUBLIC)) {
      const practice = p.has(EXAM_PRACTICE_CLASS)
      emitAll(p, doc, t, EXAM_THEME_GIVEN, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && !EXAM_PUBLISHED_PART.test(sentenceOf(t, m.index, m.index + m[0].length)) &&
        (!practice || EXAM_REAL_THEME.test(t.slice(Math.max(0, m.index - 20), m.index)))))
    }
    // Blind R310H-059 kind: an amount put into a budget proposal while it is still in the assessment or before the council (当初予算案に約1億
    // 2,400万円を盛り込みました。まだ市長査定の段階で議会への提出も2月ですが).
    if (p.has(BUDGET_PENDING) && !p.has(BUDGET_PUBLIC)) {
      emitAll(p, doc, t, BUDGET_PUT_IN, 'confidential/budget', emit, spans, once((m) => {
        const { prev, next } = around3(m.index, m.index + m[0].length)
        return notAware(m) && BUDGET_PENDING.test(t.slice(prev.start, next.end))
      }))
    }
    // Blind R311E-024 kind: money unaccounted for, with its sum, while the inquiry goes on (使途の分からないお金…三百四十万円ほど…話を聞いています).
    if (p.may(UNEXPLAINED_MONEY) && p.has(MONEY_INQUIRY) && !p.has(MONEY_PUBLIC)) {
      emitAll(p, doc, t, UNEXPLAINED_MONEY, 'confidential/audit', emit, spans, once((m) => {
        const { here, next } = around3(m.index, m.index + m[0].length)
        return notAware(m) && MONEY_AMOUNT.test(t.slice(here.start, next.end)) && !published(t.slice(here.start, next.end))
      }))
    }
    // Blind R311E-049 kind: the arrears of a few households singled out with a sum (多い順に３世帯だけで合計２１０万円).
    emitAll(p, doc, t, ARREARS_FEW, 'confidential/duty-secret', emit, spans, once((m) => notAware(m) && !published(sentenceOf(t, m.index, m.index + m[0].length))))
    // Blind R311E-054 kind: a screening's result told while the notice to the applicant is still to come (ご本人への通知はまだですが、おめでとう).
    if (p.has(SELECTION) && p.has(SCREENING_RESULT)) {
      const resultAround = (m: RegExpExecArray): boolean => {
        const { here, prev, next } = around3(m.index, m.index + m[0].length)
        const sentence = t.slice(here.start, here.end)
        const region = t.slice(prev.start, next.end)
        const bare = region.replace(AWARD_ONLY_DECIDED, '')
        return (SCREENING_RESULT.test(bare) || (bare !== region && AWARD_WINNER_NAMED.test(bare))) && !NOTIFY_NOTICE.test(sentence) && !/お待ち|次第/u.test(t.slice(here.start, next.end)) && !published(t.slice(prev.start, next.end))
      }
      emitAll(p, doc, t, NOTICE_NOT_YET, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && resultAround(m)))
      if (p.has(WORDS.notNotified)) emitAll(p, doc, t, NOT_NOTIFIED, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && resultAround(m)))
    }
    // Blind R309C-037 kind: a member of staff's penalty and move told together, or the penalty settled in an internal meeting.
    // (A bare 処分は… needs a member of staff and misconduct in the paragraph, as PENALTY's does.)
    if (p.has(WORDS.penalty) && !p.has(PENALTY_PUBLIC)) emitAll(p, doc, t, PENALTY_AND_MOVE, 'confidential/personnel', emit, spans, once((m) => notAware(m) && (!m[0].startsWith('処分') || (p.has(STAFF) && (p.has(MISCONDUCT) || p.has(STAFF_CASE))))))
    // Blind R308T-041 / R311E-026 / R311E-029 kinds: the city's ceiling or the term it holds out for, against the other side's ask, or a
    // tender's ceiling before its opening.
    if (p.may(CITY_POSITION) && !p.has(NEG_SETTLED)) {
      const demand = p.has(NEG_DEMAND)
      const bidOpen = (p.has(BID_TO_COME) || (p.has(BID_STILL_OPEN) && p.has(BID_CONTEXT))) && !p.has(BID_PUBLIC) && !p.has(BID_NOTICE)
      const negotiation = p.has(NEG_CONTEXT) && !p.has(GRANT_CONTEXT)
      emitAll(p, doc, t, CITY_POSITION, 'confidential/negotiation', emit, spans, once((m) => {
        if (!notAware(m)) return false
        // The other side's ask stands elsewhere in the paragraph (not inside the city's own clause).
        if (demand && NEG_DEMAND.test(t.slice(0, m.index) + '。' + t.slice(m.index + m[0].length))) return true
        return negotiation && CEILING_WORD.test(m[0])
      }))
      if (bidOpen) emitAll(p, doc, t, CITY_POSITION, 'confidential/pre-release', emit, spans, once((m) => notAware(m) && CEILING_WORD.test(m[0])))
    }
    // Blind R311E-008 kind: a session with no public gallery named as where what is told was explained, then a figure or an outcome.
    if (p.has(WORDS.noGallery) || p.has(WORDS.press)) {
      emitAll(p, doc, t, CLOSED_BRIEFING_TOLD, 'confidential/meeting', emit, spans, once((m) => {
        const end = m.index + m[0].length
        const { here, next } = around3(m.index, end)
        const told = t.slice(end, Math.max(here.end, next.end))
        return notAware(m) && BRIEFING_TOLD.test(told) && !published(t.slice(here.start, Math.max(here.end, next.end))) && !SESSION_OUTCOME_NOTICE.test(t.slice(end, here.end))
      }))
    }
    }
    // conf57 kinds (its own detector file in this folder).
    runBudgetRequestAndExamQuestionKinds({ input, t, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE) })
    // conf58 kinds (its own detector file in this folder).
    runBidExamAndTalksKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // conf59 kinds (its own detector file in this folder).
    runSelectionSicknessAndPriceKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // conf60 kinds (its own detector file in this folder): only where the paragraph has no finding yet.
    if (!found) runTestResultDisciplineAndMoveKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // conf61 kinds (its own detector file in this folder): only where the paragraph still has no finding.
    if (!found) runTermsAppraisalAndBudgetStageKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // conf62 kinds (its own detector file in this folder): only where the paragraph still has no finding.
    if (!found) runTallyAuditAndExamTipKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // conf63 kinds (its own detector file in this folder): only where the paragraph still has no finding.
    if (!found) runSelectionDisciplineAndExamThemeKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // conf64 kinds (its own detector file in this folder): only where the paragraph still has no finding.
    if (!found) runAnswerDraftAndStaffSurveyKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // conf66 kinds (its own detector file in this folder): only where the paragraph still has no finding.
    if (!found) runSaleFloorAndDirectionKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // conf68 kinds (its own detector file in this folder): only where the paragraph still has no finding.
    if (!found) runKeepQuietAndSuspectKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // conf69 kinds (its own detector file in this folder): only where the paragraph still has no finding.
    if (!found) runSearchArrearsAndTellLaterKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // An inquiry's party unaware, a surprise inspection, a value or result before its release (blind R366P, R367Q; the block near the end of the file): only where the paragraph still has no finding.
    if (!found) runInquiryAndReleaseKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // An exam, a bargain, a tender standing, a staff move or selection results before their notice (blind R368R; its own detector file in this folder): only where the paragraph still has no finding.
    if (!found) runSelectionAndBargainKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A visit unannounced to its party, a matter kept till its notice, a next post-holder, a finding, a disclosure requester or decision, an accusation, a penalty proposal told early (blind R373W–R376Z; the block near the end of the file).
    if (!found) runUnreleasedMatterKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A deal or a paper not yet given to the other side, the press or the council, told (blind R370T, R372V; its own detector file in this folder).
    if (!found) runUndisclosedDealKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // The city's undecided money and positions told before they are decided or released (blind R373W–R376Z; its own detector file in this folder).
    if (!found) runUndecidedMoneyKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // The city's enforcement plans, internal criteria and papers not to be told, told (blind R377A, R378B, R380D; its own detector file in this folder).
    if (!found) runEnforcementAndRuleKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // The mayor's office: its off-schedule meetings, closed talks, embargoes, contest results, illness and citizens' letters (blind R379C; its own detector file in this folder).
    if (!found) runMayorOfficeKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A disclosure request's requester named, and an internal finding told before it is reported up (blind R375Y, R378B; its own detector file in this folder).
    if (!found) runRequesterAndUnreportedKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A matter said not to be out yet, then told, in any order; a penalty being settled, the leadership's split, an exam setter's word (blind R381E, R382F, R384H; its own detector file in this folder).
    if (!found) runUnreleasedButToldKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // An inquiry still under way told with what it holds, an internal finding before the decision on it, who did it guessed inside (blind R381E, R382F, R384H; its own detector file in this folder).
    if (!found) runInquiryUnderWayKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A finished internal inquiry or a penalty under review told before its release (blind R382F, R384H; its own detector file in this folder).
    if (!found) runFinishedReviewKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A blacked-out part revealed, firms compared with their rates, a restricted notice quoted, the police's coming action passed on (blind R385J–R387L; its own detector file in this folder).
    if (!found) runToldAheadKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A firm named before its penalty, a decision told before the council or its party, a move before its order (blind R389N, R390P; its own detector file in this folder).
    if (!found) runToldBeforeTurnKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // What the police are doing or know about an open case, passed on before any release (blind R389N, R390P; its own detector file in this folder).
    if (!found) runPoliceCaseKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A deal still being worked out told: a loan's insurance value, an appraisal kept from its owner, a gift or loan under talks, each side's figure (blind R393S, R394T; its own detector file in this folder).
    if (!found) runPendingDealKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A holding line till the owner's release, a veil of another's lifted, a leak's release put off, a paper promised not to be given out, a policy settled inside before the council (blind R393S, R394T, R396V; its own detector file in this folder).
    if (!found) runBeforeOwnerDisclosesKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A test result over its limit before its release, a screening's findings, a compensation offer or a land price in talks, a supplier's cost of a gift (blind R397W; its own detector file in this folder).
    if (!found) runFindingBeforeReleaseKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A matter told before the body that must handle it: held till a step, a misuse before its release, a blacked-out value, a draft report, an exam item, an inside-only tally (blind R398X, R399Y; its own detector file in this folder).
    if (!found) runBeforeBodyHandlesKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // An exam's pass line, a candidate's result or a field's questions before the release, a penalty before its set release, a case conference's record put up (blind R402B, R404D; its own detector file in this folder).
    if (!found) runExamAndCaseRecordKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A named business's siting talks, loan screening or standing, a grant result before its release, a closure plan not yet told (blind R401A; its own detector file in this folder).
    if (!found) runBusinessDealingsKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A tender's price in kana, its lowest quote or its entrants before the opening, a price hinted, bid-rigging being looked into, a screening's result or a preliminary figure before the notice or the release (blind R405E, R408H; its own detector file in this folder).
    if (!found) runBidAndScreeningAheadKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // Someone questioned on suspicion, a case built for prosecution, a contractor's quote, an exam setter's tip (blind R409J, R411L; its own detector file in this folder).
    if (!found) runOpenCaseQuoteAndSetterKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A firm's unit price or discount, a petition's handling agreed at a pre-meeting, a post filled before the order, an inquiry's interim findings (blind R413N, R416R; its own detector file in this folder).
    if (!found) runTradeTermsAndAheadKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // An embargo broken with the matter told before it, a named firm's unreleased business facts, a successor still being settled (blind R418T, R420V; its own detector file in this folder).
    if (!found) runEmbargoSuccessorAndBusinessKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A budget under assessment with its figures, the city's investigation under way with its findings, information given in confidence told (blind R422X, R424Z; its own detector file in this folder).
    if (!found) runBudgetReviewAndConfidenceKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // The city's investigation under way with its findings and party pinned, an exam's areas hinted, a panel's private talk, a named firm's siting terms before the announcement (blind R426B, R427C; its own detector file in this folder).
    if (!found) runInquiryPanelAndExamAreaKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A firm's trade secret shown on a visit, a trading partner's cost price heard in a meeting, an exam setter's hint (blind R437N, R438P; its own detector file in this folder).
    if (!found) runFirmSecretCostAndSetterHintKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // An internal meeting's deliberations by speaker, a staff incident's inquiry while open, a bidder's quote breakdown compared, a firm's internal paper's plan, a budget request's figure in the assessment (blind R432H, R434K; its own detector file in this folder).
    if (!found) runDeliberationIncidentQuoteAndFirmPaperKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A consent post's holder told before the council is asked, a draft answer shared or its answer told, an embargoed press paper shown, a closed session told after a concession, a hush order reported with its matter (blind R436M; its own detector file in this folder).
    if (!found) runAppointmentDraftEmbargoSessionAndHushKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // A committee's inquiry under way told with its progress and findings, a case conference on people at risk told with how its cases stand (blind R439Q; its own detector file in this folder).
    if (!found) runCommitteeFindingAndCaseCouncilKinds({ input, t, p, spans, notAware, aware, once, futureRelease: p.has(FUTURE_RELEASE), published })
    // 【機密】 or 機密資料によると in a sentence that also speaks of a training: a marker in use (colleague).
    if (p.has(WORDS.secret)) emitAll(p, doc, t, MARKER_IN_USE, 'confidential/marker', emit, spans, (m) => free(m) && markerInUse(t, m.index, m.index + m[0].length) && !refusedFor(t, m.index + m[0].length))
    for (const h of doc.hits('confidential')) {
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      if (spans.some((s) => s.start < end && s.end > start)) continue
      // 応援団の「マル秘作戦」, 極秘ミッション: a secrecy prefix in a playful compound marks no document or information.
      if (SECRET_PREFIX.test(t.slice(h.start, h.end)) && playfulCompound(typedAfter(h.end)) && !markedPaperShown(t, h.end)) continue
      if (!h.mention && aware(sentenceOf(t, h.start, h.end)) && !/秘|限り|回覧|注意|禁止|解禁|オフレコ/u.test(t.slice(h.start, h.end)) && !markerInUse(t, h.start, h.end)) continue
      // 機密情報について秘密保持義務を負い: the information named as what a duty keeps, not a marker on what is told.
      if (!h.mention && /^(?:機密|秘密情報|内部情報|非公開情報|未公開情報)$/u.test(t.slice(h.start, h.end)) && !/[【\[〔《〈<(「『]$/u.test(t.slice(Math.max(0, h.start - 1), h.start)) && SECRECY_DUTY.test(t.slice(h.end, h.end + 48)) && !TOLD_ANYWAY.test(sentenceOf(t, h.start, h.end))) continue
      // 不開示の主な理由は、…法人の内部情報が含まれていたこと: a class of information named as the ground of a non-disclosure (blind R91A-074).
      if (!h.mention && /^(?:内部情報|秘密情報|非公開情報|機密)$/u.test(t.slice(h.start, h.end)) && CONTAINED_AFTER.test(t.slice(h.end, h.end + 16)) && DISCLOSURE_GROUND.test(sentenceOf(t, h.start, h.end)) && !TOLD_ANYWAY.test(sentenceOf(t, h.start, h.end))) continue
      // 条例で定める非公開情報に当たる部分は黒塗り: a category of the rule being explained (blind UG-012).
      if (!h.mention && ruleCategory(t, h.start, h.end, sentenceOf(t, h.start, h.end))) continue
      // 機密情報の取り扱いや…について確認しました (a training report): the class named as a topic of a lesson (blind R87A-082).
      if (!h.mention && /^(?:機密|秘密情報|内部情報|非公開情報)$/u.test(t.slice(h.start, h.end)) && lessonTopic(t, h.start, h.end)) continue
      // 機密情報の持ち出し禁止、USBメモリの使用ルール…を確認しました: a rule of handling named as a topic of a training (blind TX-133).
      if (!h.mention && ruleTaught(t, h.start, h.end)) continue
      // ■解禁前の準備が肝心 ⏎ 摘み取りの解禁前は…: a harvest's opening named in the paragraph, not in the heading's sentence (blind GY-016).
      if (!h.mention && seasonOpening(t.slice(h.start, h.end), t)) continue
      // 割れ物のため、箱に「取扱注意」のシール: a parcel's label; 内部資料のため写真はお見せできません: a refusal, nothing told.
      if (!h.mention && (parcelLabel(t.slice(h.start, h.end), sentenceOf(t, h.start, h.end)) || wasteLabel(t, h.start, h.end) || refusedFor(t, h.end))) continue
      // 白秋が晩年に書き残した未定稿の詩のノート: a writer's unfinished manuscript, a literary term (blind GZ-053).
      if (!h.mention && literaryDraft(t, h.start, h.end)) continue
      // 議会前なので答弁案の作成に追われています: a draft paper named as the work in hand, nothing of it told (a photo makes it a warning in post).
      if (!h.mention && draftAtWork(t, h.start, h.end)) {
        atWork.push({ start, end })
        continue
      }
      // 人事異動の内示がありました。お世話になった皆さん、ありがとうございました: one's own 内示, nothing told (review of conf58).
      if (!h.mention && ownNaijiEvent(t, h.start, h.end)) continue
      // ※掲載写真の無断転載・複製禁止: a rights notice on published work, not a marker (blind GX-104).
      if (!h.mention && rightsNotice(t.slice(h.start, h.end), withSentenceBefore(t, h.start, h.end))) continue
      // 式典は関係者限りで開催しました: who attended an event, no paper marked (blind R76A, colleague).
      if (!h.mention && attendedOnly(t, h.start, h.end)) continue
      // 藩の日記には「極秘」と朱書きされた記録も残っています: the marking of a paper of a past era, local history (blind R92A-083).
      if (historicPaper(sentenceOf(t, h.start, h.end))) continue
      // 社外秘の売上表が写っていた、という失敗は珍しくない: a paper named as what a photo must not catch (blind TV-115).
      if (!h.mention && photoLesson(t, h.start, h.end)) continue
      spans.push({ start, end })
      // 「上場企業の内部情報があるので必ずもうかる」といった勧誘: a swindler's pitch quoted in a warning, a mention (blind TV-001).
      if (!h.mention && scamPitch(t, h.start, h.end)) {
        emit({ rule: 'confidential/marker', start, end, mention: true })
        continue
      }
      // 資料に「取 扱 注 意」と書いてありましたが、…大丈夫ですよね: the marked paper passed on, no example (blind R76A-123).
      // Blind R250G-009 / R247T-009 kinds: a stamp readers are asked to overlook, a secrecy request reported then broken by the post.
      const passedOn = h.mention === true && (markedButPassed(t, h.end) || markedPaperGlimpsed(t, h.end) || stampIgnored(t, h.end) || secrecyAskedButShown(t, h.end) || markerOnToldPaper(t, h.end))
      emit({ rule: 'confidential/marker', start, end, ...(h.mention && !passedOn ? { mention: h.mention } : {}) })
    }
    // Blind R189I-031: a marker broken by a line break (…約9万2千人、庁内⏎限りの数字なので…): the word read across the break.
    if (doc.raw.includes('\n')) readAcrossBreaks(input, spans)
    return atWork
}
/**
 * Blind R189I-031: a word of the list broken by a line break (庁内⏎限りの数字なのでまだ内緒ですが…, 部外⏎秘の資料): still the word, as
 * unofficial reads 異⏎動. A break with a kanji or kana on both sides is taken out, and only when a word of the list then runs across it
 * (looked up in a few characters around the break first) is the family run again on the joined text; of what that run finds, only what
 * runs across such a break is kept (mapped back onto the text as typed), so a line that merely goes on (…の⏎説明会) changes nothing and
 * the joined run's other sentences are not read twice. The joined text has no such break left, so the second run stops there.
 */
const WORD_BREAK = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々])\n(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々])/gu
/** How far around a break a word of the list is looked for before the family is run again (the longest words are about 10). */
const BREAK_REACH = 10
function readAcrossBreaks(input: RuleInput, spans: readonly Span[]): void {
  const raw = input.doc.raw
  const cuts: number[] = []
  WORD_BREAK.lastIndex = 0
  for (let m = WORD_BREAK.exec(raw); m && cuts.length < MAX_HITS; m = WORD_BREAK.exec(raw)) cuts.push(m.index)
  if (cuts.length === 0) return
  // A break a word of the list runs across, looked up in its own window first (a Doc of 20 characters).
  const broken = cuts.filter((at) => {
    const from = Math.max(0, at - BREAK_REACH)
    const to = Math.min(raw.length, at + 1 + BREAK_REACH)
    const w = new Doc(raw.slice(from, at) + raw.slice(at + 1, to), input.policy)
    const joint = at - from
    return w.hits('confidential').some((h) => {
      const s = w.fromSqueezed(h.start, h.end)
      return s.start < joint && s.end > joint
    })
  })
  if (broken.length === 0) return
  // The joined text and where each removed break sat in it (the offset of the character after it).
  const joints: number[] = []
  let joined = ''
  let at = 0
  for (const c of cuts) {
    joined += raw.slice(at, c)
    at = c + 1
    joints.push(joined.length)
  }
  joined += raw.slice(at)
  const brokenJoints = broken.map((c) => joints[cuts.indexOf(c)]!)
  const toRaw = (j: number, end: boolean): number => j + joints.filter((x) => (end ? x < j : x <= j)).length
  const doc = new Doc(joined, input.policy)
  runParagraph({
    ...input,
    doc,
    emit: (d) => {
      if (!brokenJoints.some((x) => d.start < x && x < d.end)) return
      const start = toRaw(d.start, false)
      const end = toRaw(d.end, true)
      if (spans.some((s) => s.start < end && s.end > start)) return
      input.emit({ ...d, start, end })
    },
  })
}
